"""The held-back-8 template set (`tests.bench.heldout_templates_8`): its localised dates, the
variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data. The checks every held-back set shares (every
wording renders, labels, publishers, ...) are in `tests/test_bench_heldout_sets.py`.
"""

from __future__ import annotations

import datetime as dt
import re

from tests.heldout_checks import (
    assert_blocks_stay_together,
    assert_carried_share,
    assert_more_texts_than_wordings,
    assert_varied,
    by_family,
    own_title_lines,
    per_doc,
    planted_docs,
    rendered,
)

SET = "held-back-8"


def test_localised_dates_and_times() -> None:
    finnish_old = rendered(SET, "jarviseudunsanomat.fi", "julkaistu", dt.date(2017, 6, 21))
    assert re.fullmatch(r"21\.06\.2017 \d\d\.\d\d", finnish_old), finnish_old
    finnish_new = rendered(SET, "jarviseudunsanomat.fi", "julkaistu", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Julkaistu 21\.06\.2019 \d\d\.\d\d", finnish_new), finnish_new
    argentine = rendered(SET, "lapostadelsur.com.ar", "fecha", dt.date(2019, 6, 21))
    assert re.fullmatch(r"21 de junio de 2019 · Actualizado a las \d\d:\d\d hs",
                        argentine), argentine
    israeli = rendered(SET, "haifabaytimes.co.il", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"21/06/2017 \d\d:\d\d", israeli), israeli
    kyiv = rendered(SET, "podilpost.com.ua", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"21 June 2019 at \d\d:\d\d \(Kyiv time\)", kyiv), kyiv
    hawaii = rendered(SET, "kohalasentinel.com", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Posted Friday, June 21, 2019 · \d{1,2}:\d\d [AP]M HST", hawaii), hawaii
    lahore = rendered(SET, "ravichronicle.com.pk", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Updated Jun 21, 2019 \d{1,2}:\d\d [AP]M PKT", lahore), lahore
    coding = rendered(SET, "nullpointernotes.dev", "meta", dt.date(2019, 6, 21))
    assert coding.startswith("Updated 2019-06-21 · "), coding


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers, ids and pools change the text between articles
    assert_varied(fams, ("jarviseudunsanomat.fi/julkaistu", "jarviseudunsanomat.fi/lue-myos",
                         "lapostadelsur.com.ar/fecha", "lapostadelsur.com.ar/mira",
                         "podilpost.com.ua/date", "podilpost.com.ua/shortlink",
                         "ravichronicle.com.pk/date", "haifabaytimes.co.il/date",
                         "kohalasentinel.com/date", "meridianmedj.org/cite"))
    # notices reworded between years: both wordings occur
    dates = fams["jarviseudunsanomat.fi/julkaistu"]
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d\.\d\d", t) for t in dates)
    assert any(t.startswith("Julkaistu ") for t in dates)
    tips = set(fams["lapostadelsur.com.ar/whatsapp"])
    assert any("WhatsApp" in t for t in tips)
    assert any("Telegram" in t for t in tips)
    owner = set(fams["lapostadelsur.com.ar/propiedad"])
    assert any("en trámite" in t for t in owner)
    assert any("RL-2018-" in t for t in owner)
    reprint = set(fams["podilpost.com.ua/reprint"])
    assert any("no lower than the first paragraph" in t for t in reprint)
    assert any("Усі права захищено" in t for t in reprint)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "jarviseudunsanomat.fi/vinkki", "ravichronicle.com.pk/comments",
        "haifabaytimes.co.il/comments", "podilpost.com.ua/mistake", "kohalasentinel.com/obits",
        "meridianmedj.org/copyright"))
    # lines in only some articles, some families in a small share
    assert_carried_share(docs, "jarviseudunsanomat.fi", [
        ("mainos", 0.6, 0.9), ("tilaajille", 0.08, 0.35), ("osasto", 0.3, 0.62)])
    # a mid-body insert can occur two or three times in one article
    for fam in ("jarviseudunsanomat.fi/mainos", "lapostadelsur.com.ar/publicidad"):
        assert max(per_doc(docs, fam)) >= 2, fam
    assert 3 in per_doc(docs, "lapostadelsur.com.ar/publicidad")
    # the article's own title (a citation line) and other articles' titles
    own = own_title_lines(docs, "meridianmedj.org/cite")
    assert own and sum(title in text for title, text in own) >= 0.9 * len(own)
    titles = {d.lines[0].text for d in docs}
    also = {t.removeprefix("Lue myös: ") for t in fams["jarviseudunsanomat.fi/lue-myos"]}
    assert also & titles
    # names at the start of lines
    for fam in ("kohalasentinel.com/photo", "ashvalerfc.co.uk/reporter",
                "northgateopera.org.uk/bio", "pisteandpowder.com/byline"):
        assert fams[fam] and all(t.split()[0][0].isupper() and not t.startswith("By ")
                                 for t in fams[fam]), fam
    assert any(", MD, reviewing " in t for t in fams["meridianmedj.org/byline"])
    # Finnish, Spanish, Ukrainian, Hebrew and Hawaiian lines, symbols and emoji
    assert "Mainos" in fams["jarviseudunsanomat.fi/mainos"]
    assert any(t.startswith("Mirá también: ") for t in fams["lapostadelsur.com.ar/mira"])
    assert any("Українська" in t for t in fams["podilpost.com.ua/ukrainian"])
    assert any("בעברית" in t for t in fams["haifabaytimes.co.il/hebrew"])
    assert any("Hawaiʻi" in t for t in fams["kohalasentinel.com/copyright"])
    assert any(t.startswith("❄️ ") for t in fams["pisteandpowder.com/report-head"])
    assert any(" → " in t for t in fams["ravichronicle.com.pk/related"])
    # the leisure group's footer: the same lines on the sailing magazine and the ski site
    for fam in ("group-titles", "group-company"):
        assert set(fams[f"closereach.co.uk/{fam}"]) & set(fams[f"pisteandpowder.com/{fam}"])


def test_multi_line_blocks_stay_together() -> None:
    assert_blocks_stay_together(planted_docs(SET), {
        # the surf box is in about a fifth of the paper's articles, line by line
        "kohalasentinel.com": (["surf-head", "surf-north", "surf-south"], 1),
        "closereach.co.uk": (["data-head", "data-loa", "data-disp", "data-price"], 3),
        "pisteandpowder.com": (["report-head", "report-depth", "report-fresh",
                                "report-lifts"], 3),
        "northgateopera.org.uk": (["on-stage", "sung", "running", "tickets"], 2),
        "ashvalerfc.co.uk": (["tries", "kicks", "motm"], 3),
    })
