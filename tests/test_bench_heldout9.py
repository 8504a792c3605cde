"""The held-back-9 template set (`tests.bench.heldout_templates_9`): its localised dates, the
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

SET = "held-back-9"


def test_localised_dates_and_times() -> None:
    korean_old = rendered(SET, "namsantimes.co.kr", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Published : Jun 21, 2017 - \d\d:\d\d", korean_old), korean_old
    korean_new = rendered(SET, "namsantimes.co.kr", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Posted : 2019\.06\.21 \d\d:\d\d KST", korean_new), korean_new
    norwegian = rendered(SET, "sunnfjordavis.no", "publisert", dt.date(2016, 6, 21))
    assert re.fullmatch(r"Publisert 21\.06\.2016 kl\. \d\d\.\d\d", norwegian), norwegian
    romanian = rendered(SET, "muresonline.ro", "data", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Publicat: 21\.06\.2017, ora \d\d:\d\d", romanian), romanian
    moroccan = rendered(SET, "echoriental.ma", "date", dt.date(2017, 6, 21))
    assert re.fullmatch(r"Le 21 juin 2017 à \d\dh\d\d", moroccan), moroccan
    peru_old = rendered(SET, "elvigiadelsur.pe", "fecha", dt.date(2017, 6, 21))
    assert peru_old == "Arequipa, 21 de junio de 2017", peru_old
    peru_new = rendered(SET, "elvigiadelsur.pe", "fecha", dt.date(2019, 6, 21))
    assert re.fullmatch(r"Actualizado el 21/06/2019 a las \d\d:\d\d h", peru_new), peru_new
    athletics = rendered(SET, "bexleystatesports.com", "date", dt.date(2019, 6, 21))
    assert re.fullmatch(r"06/21/2019 \d{1,2}:\d\d [AP]M", athletics), athletics
    security = rendered(SET, "bastionlabs.io", "meta", dt.date(2019, 6, 21))
    assert security.startswith("Ada Brook · 2019-06-21 · "), security


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, numbers, ids and pools change the text between articles
    assert_varied(fams, ("namsantimes.co.kr/date", "namsantimes.co.kr/related",
                         "sunnfjordavis.no/publisert", "sunnfjordavis.no/les-ogsa",
                         "muresonline.ro/data", "muresonline.ro/citeste", "echoriental.ma/date",
                         "elvigiadelsur.pe/fecha", "harwicklibrary.org/posted",
                         "bastionlabs.io/meta"))
    # notices reworded between years: both wordings occur
    dates = fams["sunnfjordavis.no/publisert"]
    assert any(" kl. " in t for t in dates)
    assert any("Sist oppdatert" in t for t in dates)
    korean = set(fams["namsantimes.co.kr/copyright"])
    assert any("All Rights Reserved" in t for t in korean)
    assert any("무단전재" in t for t in korean)
    romanian = set(fams["muresonline.ro/copyright"])
    assert any("link activ" in t for t in romanian)
    assert any("cookie-uri" in t for t in romanian)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "namsantimes.co.kr/korean", "elvigiadelsur.pe/reclamaciones",
        "muresonline.ro/comentarii", "echoriental.ma/arabe", "harwickzoo.org/aza",
        "bastionlabs.io/disclaimer", "sunnfjordavis.no/abonnent"))
    # lines in only some articles, some families in a small share
    assert_carried_share(docs, "sunnfjordavis.no", [
        ("pluss", 0.1, 0.42), ("abonnent", 0.04, 0.3), ("les-ogsa", 0.45, 0.82)])
    # a mid-body insert can occur two or three times in one article
    for fam in ("sunnfjordavis.no/annonse", "plinthmag.com/photo"):
        assert max(per_doc(docs, fam)) >= 2, fam
    assert 3 in per_doc(docs, "sunnfjordavis.no/annonse")
    # the article's own title (an obituary heading) and other articles' titles
    own = own_title_lines(docs, "hartwellfuneral.com/obituary-of")
    assert own and sum(title in text for title, text in own) >= 0.9 * len(own)
    titles = {d.lines[0].text for d in docs}
    also = {t.removeprefix("▶ Related: ") for t in fams["namsantimes.co.kr/related"]}
    assert also & titles
    # names at the start of lines
    for fam in ("bastionlabs.io/meta", "bexleystatesports.com/contact", "plinthmag.com/bio",
                "harwicklibrary.org/bio", "hartwellfuneral.com/signoff"):
        assert fams[fam] and all(t.split()[0][0].isupper() and not t.startswith("By ")
                                 for t in fams[fam]), fam
    assert any(t.endswith(", journalist") for t in fams["sunnfjordavis.no/byline"])
    # Norwegian, Romanian, Korean, Arabic and Spanish lines, symbols and emoji
    assert "ANNONSE" in fams["sunnfjordavis.no/annonse"]
    assert any(t.startswith("CITEȘTE ȘI: ") for t in fams["muresonline.ro/citeste"])
    assert any("한국어" in t for t in fams["namsantimes.co.kr/korean"])
    assert any("العربية" in t for t in fams["echoriental.ma/arabe"])
    assert "Libro de Reclamaciones" in fams["elvigiadelsur.pe/reclamaciones"]
    assert any(t.startswith("📅 ") for t in fams["harwicklibrary.org/event-when"])
    assert any(t.startswith("ⓒ ") or "ⓒ" in t for t in fams["namsantimes.co.kr/copyright"])
    assert any("▲" in t or "▼" in t for t in fams["namsantimes.co.kr/markets"])
    # the city portal footer: the same lines under the library's blog and the zoo's news
    for fam in ("city-portal", "city-legal"):
        assert set(fams[f"harwicklibrary.org/{fam}"]) & set(fams[f"harwickzoo.org/{fam}"])


def test_multi_line_blocks_stay_together() -> None:
    assert_blocks_stay_together(planted_docs(SET), {
        "harwicklibrary.org": (["event-when", "event-where", "event-register"], 3),
        "bastionlabs.io": (["adv-cve", "adv-cvss", "adv-status"], 2),
        "harwickzoo.org": (["facts-head", "facts-status", "facts-diet"], 2),
        "bexleystatesports.com": (["next-head", "next-game", "next-watch"], 2),
        "plinthmag.com": (["credits-head", "credits-architect", "credits-location",
                           "credits-completed"], 3),
        "wealdbees.org.uk": (["meeting-head", "meeting-when", "meeting-visitors"], 1),
        "hartwellfuneral.com": (["service-head", "service-visitation",
                                 "service-location"], 3),
    })
