"""The held-back-5 template set (`tests.bench.heldout_templates_5`): its localised dates, the
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

SET = "held-back-5"


def test_localised_dates_and_times() -> None:
    day = dt.date(2017, 6, 21)
    dotted = rendered(SET, "setouchi-times.jp", "date", day)
    assert re.fullmatch(r"2017\.06\.21 \d\d:\d\d JST", dotted), dotted
    kanji = rendered(SET, "setouchi-times.jp", "date", dt.date(2019, 6, 21))
    assert kanji == "2019\u5e7406\u670821\u65e5 / Jun 21, 2019", kanji
    quebec = rendered(SET, "echodufjord.ca", "date", day)
    assert re.fullmatch(r"Publi\u00e9 le 21 juin 2017 \u00e0 \d\d h \d\d", quebec), quebec
    mexican = rendered(SET, "centineladelbajio.mx", "fecha", day)
    assert re.fullmatch(r"21 de junio de 2017 \| \d\d:\d\d hrs", mexican), mexican
    kenyan = rendered(SET, "savannabusiness.co.ke", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Published 21 June 2019 at \d\d:\d\d EAT", kenyan), kenyan


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers and pools change the text between articles
    assert_varied(fams, ("malabarexpress.in/updated", "malabarexpress.in/also-read",
                         "malabarexpress.in/byline", "setouchi-times.jp/date",
                         "highveldpost.co.za/byline", "centineladelbajio.mx/fecha",
                         "echodufjord.ca/date", "savannabusiness.co.ke/markets"))
    # notices reworded between years: both wordings occur
    dates = fams["setouchi-times.jp/date"]
    assert any(re.fullmatch(r"\d{4}\.\d\d\.\d\d \d\d:\d\d JST", t) for t in dates)
    assert any(re.fullmatch(r"\d{4}\u5e74\d\d\u6708\d\d\u65e5 / [A-Z][a-z]{2} \d{1,2}, \d{4}", t)
               for t in dates)
    code = set(fams["highveldpost.co.za/press-code"])
    assert any("South African Press Code" in t for t in code)
    assert any("Code of Ethics and Conduct" in t for t in code)
    social = set(fams["malabarexpress.in/social"])
    assert any(t.startswith("Follow ") for t in social)
    assert any(t.startswith("\U0001f4f2 ") for t in social)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "malabarexpress.in/social", "malabarexpress.in/disclaimer", "setouchi-times.jp/ja-link",
        "highveldpost.co.za/press-code", "highveldpost.co.za/briefing",
        "centineladelbajio.mx/redes"))
    # lines in only some articles, some families in a small share
    assert_carried_share(docs, "malabarexpress.in", [
        ("advertisement", 0.65, 0.97), ("disclaimer", 0.08, 0.4), ("inputs", 0.1, 0.45)])
    # a mid-body insert can occur twice in one article
    assert 2 in per_doc(docs, "malabarexpress.in/advertisement")
    # the article's own title (a Pinterest line) and other articles' titles
    own = own_title_lines(docs, "weekendworkbench.com/pin")
    assert own and all(title in text for title, text in own)
    titles = {d.lines[0].text for d in docs}
    also = {t.removeprefix("Also Read | ").removeprefix("ALSO READ: ")
            for t in fams["malabarexpress.in/also-read"]}
    assert also & titles
    # names at the start of lines
    for fam in ("savannabusiness.co.ke/twitter", "ballykeelchampion.ie/byline"):
        assert fams[fam] and all(t.split()[0][0].isupper() for t in fams[fam]), fam
    assert all(len(t.split()) >= 2 for t in fams["ballykeelchampion.ie/byline"])
    # the group footer: the same lines on three sister papers
    for sister in ("ballykeelchampion.ie", "borderfarmer.co.uk"):
        assert set(fams["glenardenadvertiser.co.uk/heatherbank"]) & set(
            fams[f"{sister}/heatherbank"])
        assert set(fams["glenardenadvertiser.co.uk/titles"]) & set(fams[f"{sister}/titles"])
    assert len({f.partition("/")[0] for f in fams if f.endswith("/heatherbank")}) >= 4


def test_multi_line_blocks_stay_together() -> None:
    assert_blocks_stay_together(planted_docs(SET), {
        "weekendworkbench.com": (["glance-head", "cost", "time-needed", "difficulty"], 3),
        "setouchi-times.jp": (["info-head", "access", "inquiries"], 2),
        "trilakestransit.org": (["title-vi", "espanol"], 2),
    })
