"""CLDR's month and weekday words (`cleanpipe/segment/cldr_date_words.txt`, written by
`tests.bench.cldr_date_words`): dates of languages that `mask._DATE_WORDS` does not list
fold to one form, and the words left out or taken by a name stay words."""

import pyarrow as pa
import pytest
from babel import Locale
from babel.dates import format_date

from cleanpipe.segment.mask import _CLDR_DATE_WORDS, _DATE_WORDS, normalize_array
from tests.bench import cldr_date_words
from tests.bench.date_coverage import DATES, written


def forms(lines: list[str]) -> list[str]:
    return normalize_array(pa.array(lines)).to_pylist()


# Languages whose weekdays or months only the CLDR list holds: Azerbaijani, Wolof, Lao,
# Guarani, Sesotho, Chichewa, Romansh. (Not all of Tongan, Breton and Yoruba: their names of
# three letters or fewer, "Mē", "Sul", "Ẹtì", are left out, as words elsewhere.)
@pytest.mark.parametrize("name", "az wo lo gn st ny rm".split())
def test_a_publishers_date_line_folds_in_languages_the_hand_list_lacks(name):
    locale = Locale.parse(name)
    lines = [f"{written(d, 'full', locale)} | Radio Kanal" for d in DATES]
    assert len(set(forms(lines))) == 1, sorted(set(zip(forms(lines), lines, strict=True)))[:3]


def test_without_the_cldr_words_those_dates_do_not_fold():
    """The test above could fail: the hand list alone leaves Tongan's weekdays as words."""
    locale = Locale.parse("to")
    weekdays = [format_date(d, format="EEEE", locale=locale).lower() for d in DATES[12:]]
    assert not any(w in _DATE_WORDS.to_pylist() for w in weekdays)
    assert all(w in _CLDR_DATE_WORDS.to_pylist() for w in weekdays)


def test_a_name_inside_a_line_keeps_its_slot():
    """"Juma" is Friday in Uzbek, and a given name: inside a byline it stays a name, so
    "Na Juma Mwakyusa" and "Na Ali Mwakyusa" share one form; "sonda" (Saturday in
    Romansh, a probe elsewhere) is left out for Slovak's stoplist."""
    assert forms(["Na Juma Mwakyusa", "Na Ali Mwakyusa"]) == ["na X", "na X"]
    assert forms(["Vella, sonda, ils 31 da mars 2018"]) != ["0"]


@pytest.mark.parametrize("word", ["here", "mars", "king", "anna", "masa", "tháng", "dydd",
                                  "tnejn", "τρίτη", "sun"])
def test_words_of_running_text_are_left_out(word):
    listed = set(_CLDR_DATE_WORDS.to_pylist())
    assert word not in listed
    assert forms([f"the {word} of the valley council"]) == [f"the {word} of the valley council"]


def test_the_file_holds_what_babel_gives_for_a_sample_of_languages():
    """Regenerating for a few languages gives words the file holds (the whole file:
    `python -m tests.bench.cldr_date_words --check`, a minute)."""
    shipped = set(_CLDR_DATE_WORDS.to_pylist()) | set(_DATE_WORDS.to_pylist())
    sample = cldr_date_words.date_words(["to", "az", "br", "mi", "wo", "ar_MA"])
    assert "mōnite" in sample and "pulelulu" in sample and "axşamı" in sample
    assert set(sample) <= shipped, sorted(set(sample) - shipped)[:10]


def test_dropped_follows_its_rules():
    stop = {"Slovak": frozenset({"sonda"})}
    assert cldr_date_words.dropped("sonda", "Romansh", 1, stop)
    assert not cldr_date_words.dropped("sonda", "Slovak", 1, stop)
    assert cldr_date_words.dropped("tháng", "Vietnamese", 12, {})
    assert cldr_date_words.dropped("juma", "Uzbek", 1, {})
    assert cldr_date_words.dropped("mon", "English", 1, {})
    assert cldr_date_words.dropped("m01", "Haitian", 1, {})
    assert not cldr_date_words.dropped("pulelulu", "Tongan", 1, {})


def test_a_zero_width_joiner_is_no_part_of_a_word_to_compare():
    """Sinhala writes "බ්‍රහස්පතින්දා" (Thursday) and "අප්‍රේල්" with a zero-width joiner
    or without it; with it, the word was two. Sri Lanka's press writes the Gregorian
    months, which CLDR does not give (it gives the traditional "දුරුතු"): a date line folds
    whatever its month and weekday."""
    zwj = "\u200d"
    assert forms([f"බ්{zwj}රහස්පතින්දා", "බ්රහස්පතින්දා"]) == ["0", "0"]
    lines = [f"{y} {m} {d} වැනි {w}" for y, m, d, w in (
        (2015, "දෙසැම්බර්", 21, "සඳුදා"), (2017, "ජනවාරි", 26, f"බ්{zwj}රහස්පතින්දා"),
        (2016, f"අප්{zwj}රේල්", 3, "ඉරිදා"))]
    assert len(set(forms(lines))) == 1, forms(lines)
    # Persian's zero-width non-joiner too: "می‌شود" and "میشود" are one word.
    assert forms(["می\u200cشود"]) == forms(["میشود"])
