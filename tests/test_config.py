from pathlib import Path

import pytest

from cleanpipe.config import Config, ConfigError, load_config

CONFIGS = Path(__file__).resolve().parent.parent / "configs"


def test_default_yaml_spells_out_the_defaults():
    assert load_config(CONFIGS / "default.yaml") == Config()


def test_every_shipped_config_loads():
    for path in CONFIGS.glob("*.yaml"):
        load_config(path)


def test_overrides_are_typed():
    cfg = load_config(None, ["detect.min_docs=5", "detect.min_share=0.2", "run.workers=1",
                             "extract.favor_precision=true"])
    assert cfg.detect.min_docs == 5 and cfg.detect.min_share == 0.2
    assert cfg.run.workers == 1 and cfg.extract.favor_precision is True


@pytest.mark.parametrize(
    ("text", "overrides", "message"),
    [
        ("detect:\n  min_dox: 3\n", [], "unknown field 'min_dox'"),
        ("detect: [1]\n", [], "expected a mapping"),
        ("", ["detect.min_docs=three"], "expected a number"),
        ("", ["sign.bands=7"], "multiple of bands"),
        ("", ["detect.min_share=2"], "between 0 and 1"),
        ("", ["detect.min_share_prefix=1.5"], "min_share_prefix: must be between 0 and 1"),
        ("", ["detect.footer_block_max_words=-1"], "footer_block_max_words: at least 0, got -1"),
        ("", ["detect.head_label_min_values=-2"], "head_label_min_values: at least 0, got -2"),
        ("", ["detect.min_publishers=0"], "detect.min_publishers: at least 1, got 0"),
        ("", ["detect.wordy_many_docs=-1"], "detect.wordy_many_docs: at least 0, got -1"),
        ("", ["nodot=1"], "section.field=value"),
        ("a: [\n", [], "not valid YAML"),
    ],
)
def test_bad_config_names_the_field(tmp_path, text, overrides, message):
    path = tmp_path / "c.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message) as err:
        load_config(path, overrides)
    assert "\n" not in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "nope.yaml")
