"""The held-back-14 template set (`tests.bench.heldout_templates_14`): its localised dates,
the notices it rewords by date, the variation it promises and its multi-line blocks actually
occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it (held-back-14 was written as an unseen set; its first run is recorded in
its module). The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Some styles have few articles of
their own (the generator's Zipf sizes), so several checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

from cleanpipe.sample.model import label_family
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_marked,
    assert_groups_mostly_bare,
    assert_more_texts_than_wordings,
    assert_variants_drop_site_names,
    assert_varied,
    by_family,
    group_docs,
    group_lines,
    mostly,
    mostly_full,
    norm,
    own_title_lines,
    per_doc,
    planted_docs,
    pool,
    rendered,
)

SET = "held-back-14"
SITES = ("Emajõe Sõnumid", "Շիրակի Լուրեր", "Kelani Observer", "Ibaizabal Egunero",
         "Windfront", "Tamarack State Lottery", "Ashcombe Museum of Natural History",
         "Carrow Magazine", "Fernbrook Vets", "Northern Lakes Junior Hockey League",
         "Guru Nanak Darbar Eastfield", "Larkfield Estate Tenants' Association")


def test_localised_dates_and_times() -> None:
    old, new = dt.date(2016, 3, 5), dt.date(2019, 6, 21)
    et_old = rendered(SET, "emajoesonumid.ee", "kuupaev", old)
    assert re.fullmatch(r"05\.03\.2016 \d\d:\d\d", et_old), et_old
    et_new = rendered(SET, "emajoesonumid.ee", "kuupaev", new)
    assert re.fullmatch(r"21\.06\.2019, kell \d\d:\d\d", et_new), et_new
    hy_old = rendered(SET, "shiraklurer.am", "amsativ", old)
    assert re.fullmatch(r"05\.03\.2016 \| \d\d:\d\d", hy_old), hy_old
    hy_new = rendered(SET, "shiraklurer.am", "amsativ", new)
    assert re.fullmatch(r"\d\d:\d\d, 21\.06\.2019", hy_new), hy_new
    lk_old = rendered(SET, "kelaniobserver.lk", "dateline", old)
    assert lk_old == "Saturday, 5 March 2016 00:00", lk_old
    lk_new = rendered(SET, "kelaniobserver.lk", "dateline", new)
    assert re.fullmatch(r"21 June 2019, \d{1,2}:\d\d [AP]M \| \d+ views", lk_new), lk_new
    eu_old = rendered(SET, "ibaizabalegunero.eus", "data", old)
    assert re.fullmatch(r"2016-03-05 \d\d:\d\d", eu_old), eu_old
    eu_new = rendered(SET, "ibaizabalegunero.eus", "data", new)
    assert re.fullmatch(r"2019-06-21 · \d\d:\d\d · Irakurtzeko \d+ minutu", eu_new), eu_new
    wind_old = rendered(SET, "windfrontmag.com", "byline", old)
    assert wind_old == "Ada Brook | 5 March 2016", wind_old
    wind_new = rendered(SET, "windfrontmag.com", "byline", new)
    assert re.fullmatch(r"Ada Brook, [A-Z]\w+ · 21 June 2019 · \d+ min read", wind_new), wind_new
    lotto_old = rendered(SET, "tamaracklottery.com", "posted", old)
    assert re.fullmatch(r"Posted 03/05/2016 \d{1,2}:\d\d [AP]M", lotto_old), lotto_old
    lotto_new = rendered(SET, "tamaracklottery.com", "posted", new)
    assert lotto_new == "Winners · Friday, June 21, 2019", lotto_new
    museum_old = rendered(SET, "ashcombemuseum.org.uk", "date", old)
    assert museum_old == "5 March 2016", museum_old
    museum_new = rendered(SET, "ashcombemuseum.org.uk", "date", new)
    assert re.fullmatch(r"Friday 21 June 2019 · \d+ minute read", museum_new), museum_new
    issue = rendered(SET, "carrow.edu", "issue", new)
    assert re.fullmatch(r"From the (Spring|Summer|Fall|Winter) 2019 issue", issue), issue
    vet_old = rendered(SET, "fernbrookvets.co.uk", "posted", old)
    assert vet_old == "05/03/2016 | Ada Brook", vet_old
    vet_new = rendered(SET, "fernbrookvets.co.uk", "posted", new)
    assert re.fullmatch(r"Ada Brook [A-Z][\w&() ]+ · 21/06/2019", vet_new), vet_new
    hockey_old = rendered(SET, "nljhl.ca", "posted", old)
    assert hockey_old == "Posted Mar 5, 2016 by Ada Brook", hockey_old
    hockey_new = rendered(SET, "nljhl.ca", "posted", new)
    assert hockey_new == "Ada Brook · League Communications · Jun 21, 2019", hockey_new
    assert rendered(SET, "nljhl.ca", "standings-asof", new) == "Standings as of Jun 21, 2019"
    darbar_old = rendered(SET, "gndeastfield.org.uk", "posted", old)
    assert darbar_old == "5 March 2016", darbar_old
    darbar_new = rendered(SET, "gndeastfield.org.uk", "posted", new)
    assert darbar_new == "Sangat Notice · Friday 21 June 2019", darbar_new
    tenants_old = rendered(SET, "larkfieldtenants.org.uk", "posted", old)
    assert tenants_old == "5 March 2016", tenants_old
    tenants_new = rendered(SET, "larkfieldtenants.org.uk", "posted", new)
    assert tenants_new == "Posted on 21 June 2019 by Ada Brook", tenants_new


def test_notices_follow_their_dates() -> None:
    def says(domain: str, family: str, *steps: tuple[dt.date, str]) -> None:
        for day, words in steps:
            text = rendered(SET, domain, family, day)
            assert words in text, (domain, family, day, text)

    def never(domain: str, family: str, day: dt.date, words: str) -> None:
        text = rendered(SET, domain, family, day)
        assert words not in text, (domain, family, day, text)

    d = dt.date
    says("emajoesonumid.ee", "digipakett", (d(2019, 6, 1), "4,99 €"),
         (d(2020, 4, 1), "Eriolukorra ajal"))
    says("emajoesonumid.ee", "kommentaarid", (d(2019, 6, 1), "vastutab"))
    says("emajoesonumid.ee", "copyright", (d(2017, 6, 1), "Kõik õigused kaitstud"),
         (d(2019, 6, 1), "Rüütli 12"))
    says("shiraklurer.am", "copyright", (d(2017, 6, 1), "Բոլոր իրավունքները"),
         (d(2019, 6, 1), "+374 312"))
    says("shiraklurer.am", "meknabanutyun", (d(2019, 6, 1), "պատասխանատվություն"))
    says("kelaniobserver.lk", "comments", (d(2018, 6, 1), "moderated"),
         (d(2019, 6, 1), "racial or religious hatred"))
    says("kelaniobserver.lk", "alerts", (d(2018, 6, 1), "Twitter"), (d(2020, 1, 1), "WhatsApp"))
    says("kelaniobserver.lk", "subscribe", (d(2018, 6, 1), "Rs. 1,560"),
         (d(2019, 6, 1), "Rs. 1,820"))
    says("ibaizabalegunero.eus", "copyright", (d(2017, 6, 1), "Eskubide guztiak"),
         (d(2018, 6, 1), "Creative Commons BY-SA 4.0"))
    says("ibaizabalegunero.eus", "harpidetza", (d(2019, 6, 1), "30 euro"),
         (d(2020, 4, 1), "Konfinamenduan"))
    says("windfrontmag.com", "summit", (d(2019, 6, 1), "save €300"),
         (d(2020, 5, 1), "postponed to 2021"))
    says("windfrontmag.com", "paywall", (d(2018, 6, 1), "Log in"), (d(2019, 10, 1), "€49"))
    says("tamaracklottery.com", "claim", (d(2019, 6, 1), "Monday–Friday"),
         (d(2020, 4, 1), "closed to the public"), (d(2020, 8, 1), "reopened"))
    says("tamaracklottery.com", "deadline", (d(2019, 6, 1), "180 days"),
         (d(2020, 4, 1), "extended by 90 days"))
    says("tamaracklottery.com", "responsible", (d(2019, 1, 1), "Please play responsibly"),
         (d(2019, 8, 1), "Call or text"))
    says("ashcombemuseum.org.uk", "visit", (d(2019, 6, 1), "Open daily"),
         (d(2020, 4, 1), "temporarily closed"), (d(2020, 9, 1), "timed ticket"))
    says("ashcombemuseum.org.uk", "donate", (d(2019, 6, 1), "£5"),
         (d(2020, 5, 1), "doors closed"))
    says("ashcombemuseum.org.uk", "friends", (d(2018, 6, 1), "£30"), (d(2019, 6, 1), "£35"))
    says("carrow.edu", "giving", (d(2019, 6, 1), "Carrow Fund"),
         (d(2020, 5, 1), "Emergency Fund"))
    says("carrow.edu", "reunion", (d(2019, 6, 1), "each June"), (d(2020, 5, 1), "postponed"))
    says("carrow.edu", "masthead", (d(2018, 6, 1), "three times a year"),
         (d(2019, 6, 1), "twice a year"))
    says("fernbrookvets.co.uk", "hours", (d(2019, 6, 1), "Mon–Fri"),
         (d(2020, 4, 1), "urgent cases only"), (d(2020, 7, 1), "routine appointments"))
    says("fernbrookvets.co.uk", "health-club", (d(2018, 6, 1), "£12.50"),
         (d(2019, 6, 1), "£13.75"))
    says("fernbrookvets.co.uk", "book", (d(2020, 5, 1), "Video consultations"))
    says("nljhl.ca", "tickets", (d(2018, 6, 1), "adults $12"), (d(2019, 10, 1), "adults $14"),
         (d(2020, 5, 1), "cancelled"), (d(2020, 11, 1), "without spectators"))
    says("nljhl.ca", "about", (d(2018, 6, 1), "of 8 teams"), (d(2019, 7, 1), "of 9 teams"))
    says("gndeastfield.org.uk", "langar", (d(2019, 6, 1), "served daily"),
         (d(2020, 4, 1), "takeaway meals"), (d(2020, 8, 1), "reopened"))
    says("gndeastfield.org.uk", "programme-live", (d(2019, 6, 1), "Darbar Radio"),
         (d(2020, 4, 1), "YouTube"))
    says("gndeastfield.org.uk", "donate", (d(2019, 6, 1), "Gift Aid"))
    never("gndeastfield.org.uk", "donate", d(2019, 1, 1), "Gift Aid")
    says("larkfieldtenants.org.uk", "meetings", (d(2019, 6, 1), "first Monday"),
         (d(2020, 4, 1), "suspended"))
    says("larkfieldtenants.org.uk", "community", (d(2019, 6, 1), "£250"),
         (d(2020, 4, 1), "Self-isolating"))
    says("larkfieldtenants.org.uk", "social", (d(2018, 6, 1), "Facebook"),
         (d(2019, 6, 1), "WhatsApp"))
    says("larkfieldtenants.org.uk", "repairs-line", (d(2019, 7, 1), "online"))
    never("larkfieldtenants.org.uk", "repairs-line", d(2019, 1, 1), "online")


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, counts, ids and pools change the text between articles
    assert_varied(fams, ("emajoesonumid.ee/kuupaev", "emajoesonumid.ee/autor",
                         "emajoesonumid.ee/loe-ka", "emajoesonumid.ee/foto",
                         "emajoesonumid.ee/kommentaarid", "emajoesonumid.ee/rubriik",
                         "shiraklurer.am/amsativ", "shiraklurer.am/heghinak",
                         "shiraklurer.am/kardacek", "shiraklurer.am/ditumner",
                         "shiraklurer.am/lusankar", "shiraklurer.am/bazhin",
                         "shiraklurer.am/poxarzheq", "shiraklurer.am/meknabanutyun",
                         "kelaniobserver.lk/dateline", "kelaniobserver.lk/byline",
                         "kelaniobserver.lk/also-read", "kelaniobserver.lk/desk",
                         "kelaniobserver.lk/pic", "ibaizabalegunero.eus/data",
                         "ibaizabalegunero.eus/egilea", "ibaizabalegunero.eus/lotutakoa",
                         "ibaizabalegunero.eus/iruzkinak", "ibaizabalegunero.eus/atala",
                         "windfrontmag.com/byline", "windfrontmag.com/photo",
                         "windfrontmag.com/kicker", "tamaracklottery.com/posted",
                         "tamaracklottery.com/caption", "tamaracklottery.com/game",
                         "ashcombemuseum.org.uk/date", "ashcombemuseum.org.uk/author",
                         "ashcombemuseum.org.uk/filed", "carrow.edu/byline",
                         "carrow.edu/issue", "carrow.edu/photo", "carrow.edu/department",
                         "fernbrookvets.co.uk/posted", "nljhl.ca/posted",
                         "gndeastfield.org.uk/posted", "gndeastfield.org.uk/photo",
                         "larkfieldtenants.org.uk/posted"))
    for style, family, want in (("windfrontmag.com", "project-link", 5),
                                ("tamaracklottery.com", "ticket-prize", 5),
                                ("tamaracklottery.com", "ticket-sold", 3),
                                ("ashcombemuseum.org.uk", "specimen", 4),
                                ("fernbrookvets.co.uk", "pet-photo", 4), ("nljhl.ca", "team", 4),
                                ("nljhl.ca", "standings-asof", 3),
                                ("gndeastfield.org.uk", "hukamnama", 5),
                                ("gndeastfield.org.uk", "signoff", 4),
                                ("larkfieldtenants.org.uk", "signoff", 4)):
        # small pools (five or six items) on a few dozen articles: `want` distinct texts
        assert len(set(group_lines(SET, style, family))) >= want, (style, family)
    # notices reworded between years: both wordings occur
    for fam, old, new in (
            ("emajoesonumid.ee/copyright", "Kõik õigused kaitstud", "Rüütli 12"),
            ("emajoesonumid.ee/kuupaev", ":", ", kell "),
            ("emajoesonumid.ee/digipakett", "4,99 €", "Eriolukorra"),
            ("shiraklurer.am/copyright", "Բոլոր իրավունքները", "+374 312"),
            ("shiraklurer.am/heghinak", "Հեղինակ՝ ", ", Շիրակի Լուրեր"),
            ("kelaniobserver.lk/dateline", " 00:00", " views"),
            ("kelaniobserver.lk/copyright", "All Rights Reserved", "Kandy Road"),
            ("ibaizabalegunero.eus/copyright", "Eskubide guztiak", "Creative Commons"),
            ("ibaizabalegunero.eus/data", ":", "Irakurtzeko")):
        texts = set(fams[fam])
        assert any(old in t for t in texts) and any(new in t for t in texts), fam
    komentarai = set(fams["emajoesonumid.ee/kommentaarid"])
    assert any(re.fullmatch(r"Kommentaarid \(\d+\)", t) for t in komentarai)
    assert any("vastutab" in t for t in komentarai)
    for style, family, old, new in (
            ("kelaniobserver.lk", "comments", "moderated", "racial or religious"),
            ("kelaniobserver.lk", "alerts", "Twitter", "WhatsApp"),
            ("windfrontmag.com", "byline", " | ", "min read"),
            ("windfrontmag.com", "copyright", "All rights reserved", "CVR"),
            ("tamaracklottery.com", "posted", "Posted ", "Winners · "),
            ("tamaracklottery.com", "responsible", "Please play", "Call or text"),
            ("ashcombemuseum.org.uk", "date", " 20", "minute read"),
            ("ashcombemuseum.org.uk", "author", "By ", ", "),
            ("carrow.edu", "masthead", "three times", "twice"),
            ("carrow.edu", "byline", "By ", "Photos by"),
            ("fernbrookvets.co.uk", "posted", " | ", "MRCVS"),
            ("nljhl.ca", "posted", "Posted ", "League Communications"),
            ("nljhl.ca", "about", "of 8 teams", "of 9 teams"),
            ("gndeastfield.org.uk", "posted", " 20", "Sangat Notice"),
            ("larkfieldtenants.org.uk", "posted", " 20", "Posted on")):
        group = group_lines(SET, style, family)
        assert any(old in t for t in group) and any(new in t for t in group), (style, family)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "emajoesonumid.ee/copyright", "shiraklurer.am/copyright",
        "kelaniobserver.lk/copyright", "ibaizabalegunero.eus/copyright",
        "emajoesonumid.ee/digipakett", "emajoesonumid.ee/vihje",
        "shiraklurer.am/meknabanutyun", "shiraklurer.am/telegram"))
    # lines in only some articles beside lines in nearly all
    assert_carried_share(docs, "emajoesonumid.ee", [
        ("rubriik", 0.15, 0.45), ("vihje", 0.05, 0.3), ("sisuturundus", 0.01, 0.15),
        ("lugemisaeg", 0.1, 0.35), ("kuupaev", 0.8, 0.98), ("reklaam", 0.75, 0.97)])
    assert_carried_share(docs, "shiraklurer.am", [
        ("poxarzheq", 0.02, 0.25), ("lezu", 0.08, 0.35), ("amsativ", 0.75, 0.98)])
    assert_carried_share(docs, "kelaniobserver.lk", [
        ("desk", 0.08, 0.45), ("dateline", 0.75, 0.99)])
    # a mid-body insert can occur two or three times in one article
    for fam in ("emajoesonumid.ee/reklaam", "emajoesonumid.ee/foto", "emajoesonumid.ee/loe-ka",
                "shiraklurer.am/govazd", "shiraklurer.am/lusankar",
                "kelaniobserver.lk/advertisement", "kelaniobserver.lk/also-read",
                "kelaniobserver.lk/pic"):
        assert max(per_doc(docs, fam)) >= 2, fam
    for fam in ("emajoesonumid.ee/reklaam", "kelaniobserver.lk/advertisement"):
        assert 3 in per_doc(docs, fam), fam
    for style, family in (("ibaizabalegunero.eus", "publizitatea"),
                          ("ibaizabalegunero.eus", "lotutakoa"),
                          ("windfrontmag.com", "photo"), ("ashcombemuseum.org.uk", "specimen"),
                          ("carrow.edu", "photo"), ("fernbrookvets.co.uk", "pet-photo"),
                          ("gndeastfield.org.uk", "photo")):
        counts = [sum(label_family(line.label) == family for line in d.lines)
                  for d in group_docs(SET, style)]
        assert max(counts) >= 2, (style, family)


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # the article's own title: an alumni letters line and a museum citation line
    for style, family in (("carrow.edu", "/letters"), ("ashcombemuseum.org.uk", "/cite")):
        own = own_title_lines(group_docs(SET, style), family)
        assert len(own) >= 3, style
        assert sum(title in text for title, text in own) >= 0.75 * len(own), style
        assert all("“" in text or '"' in text for _, text in own), style
    letters = group_lines(SET, "carrow.edu", "letters")
    assert sum(t.startswith("Have a thought about ") for t in letters) >= 0.8 * len(letters)
    cites = group_lines(SET, "ashcombemuseum.org.uk", "cite")
    assert sum(t.startswith("Cite this post: ") for t in cites) >= 0.8 * len(cites)
    # other articles' titles: "read also" and "related" links
    titles = {d.lines[0].text for d in docs}
    for fam, prefix in (("emajoesonumid.ee/loe-ka", "Loe ka: "),
                        ("shiraklurer.am/kardacek", "Կարդացեք նաև՝ "),
                        ("kelaniobserver.lk/also-read", "ALSO READ >> "),
                        ("ibaizabalegunero.eus/lotutakoa", "Lotutako albistea: ")):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefix) for t in texts) >= 0.9 * len(texts), fam
        assert {t.removeprefix(prefix) for t in texts} & titles, fam
    for style, family, prefix in (("windfrontmag.com", "more-on", "More on this: "),
                                  ("ashcombemuseum.org.uk", "also-like",
                                   "You might also like: ")):
        texts = [norm(t) for t in group_lines(SET, style, family)]
        assert texts and sum(t.startswith(prefix) for t in texts) >= 0.9 * len(texts), style
        assert {t.removeprefix(prefix) for t in texts} & titles, style
    for doc in docs:  # never the article's own title
        for line in doc.lines:
            if label_family(line.label) in ("loe-ka", "kardacek", "also-read", "lotutakoa",
                                            "more-on", "also-like"):
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_names_at_line_start() -> None:
    fams = by_family(planted_docs(SET))
    autor = fams["emajoesonumid.ee/autor"]
    assert all(t[0].isupper() for t in autor)
    roles = pool(SET, "emajoesonumid.ee", "beat")
    assert any(t.rpartition(", ")[2] in roles for t in autor)
    assert any("," not in t for t in autor)
    heghinak = fams["shiraklurer.am/heghinak"]
    names = pool(SET, "shiraklurer.am", "heghinak")
    assert any(t.endswith(", Շիրակի Լուրեր") and t.partition(", ")[0] in names
               for t in heghinak)
    assert any(t.startswith("Հեղինակ՝ ") for t in heghinak)
    towns = pool(SET, "kelaniobserver.lk", "beat")
    bylines = fams["kelaniobserver.lk/byline"]
    assert any(t.startswith("By ") for t in bylines)
    assert any(not t.startswith("By ") and t.rpartition(" reporting from ")[2] in towns
               for t in bylines)
    desks = fams["kelaniobserver.lk/desk"]
    assert sum(t in pool(SET, "kelaniobserver.lk", "desk") for t in desks) >= 0.8 * len(desks)
    posts = pool(SET, "ashcombemuseum.org.uk", "beat")
    staff = [t for t in group_lines(SET, "ashcombemuseum.org.uk", "author")
             if not t.startswith("By")]
    assert staff and sum(norm(t).partition(", ")[2] in posts for t in staff) >= 0.8 * len(staff)
    assert all(t[0].isupper() for t in staff)
    nominals = pool(SET, "fernbrookvets.co.uk", "beat")
    vets = [norm(t) for t in group_lines(SET, "fernbrookvets.co.uk", "posted") if " · " in t]
    assert vets and sum(any(f" {n} · " in t for n in nominals) for t in vets) >= 0.8 * len(vets)
    assert all(not t[0].isdigit() for t in vets)
    captions = group_lines(SET, "tamaracklottery.com", "caption")
    mostly(captions, r"^[A-Z][\w.]* .* of [A-Z][\w ]+ with the ceremonial check$")
    assert any(t.partition(" of ")[0] in pool(SET, "tamaracklottery.com", "winner")
               for t in captions)
    hockey = [t for t in group_lines(SET, "nljhl.ca", "posted") if not t.startswith("Posted")]
    mostly(hockey, r"^[A-Z]\w+ \S.* · League Communications · \w{3} \d{1,2}, \d{4}$")
    officers = pool(SET, "gndeastfield.org.uk", "beat")
    signoffs = group_lines(SET, "gndeastfield.org.uk", "signoff")
    mostly(signoffs, r"^[A-Z]\w+ \S.*, [A-Z][\w ]+, on behalf of the Management Committee$")
    assert any(t.split(", ")[1] in officers for t in signoffs)
    tenants = group_lines(SET, "larkfieldtenants.org.uk", "signoff")
    mostly(tenants, r"^[A-Z]\w+ \S.* \([A-Z][\w ,]+\)$")
    assert any(t.rpartition(" (")[2].rstrip(")") in pool(SET, "larkfieldtenants.org.uk", "beat")
               for t in tenants)
    classes = pool(SET, "carrow.edu", "beat")
    writers = group_lines(SET, "carrow.edu", "byline")
    assert writers and sum(any(f" {c}" in t for c in classes) for t in writers) >= 0.7 * len(
        writers)


def test_bare_lines_scripts_symbols_and_amounts() -> None:
    fams = by_family(planted_docs(SET))
    # bare lines: ad labels and fixed labels (too short for small edits), kickers, credits
    for fam, bare in (("emajoesonumid.ee/reklaam", "Reklaam"),
                      ("emajoesonumid.ee/sisuturundus", "Sisuturundus"),
                      ("shiraklurer.am/govazd", "Գովազդ"),
                      ("kelaniobserver.lk/advertisement", "ADVERTISEMENT"),
                      ("ibaizabalegunero.eus/publizitatea", "Publizitatea")):
        assert set(fams[fam]) == {bare}, fam
    langs = [norm(t) for t in fams["shiraklurer.am/lezu"]]
    assert langs and langs.count("Հայ | Рус | Eng") >= 0.8 * len(langs)
    assert_groups_mostly_bare(SET, (("kelaniobserver.lk", "language",
                                     "සිංහල | தமிழ் | English"),
                                    ("ibaizabalegunero.eus", "laguntza",
                                     "Bizkaiko Foru Aldundiaren laguntzarekin"),
                                    ("gndeastfield.org.uk", "greeting",
                                     "ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਹਿ"),
                                    ("windfrontmag.com", "project-head", "Project file"),
                                    ("tamaracklottery.com", "ticket-head",
                                     "Winning Ticket Details"),
                                    ("nljhl.ca", "standings-head", "Standings"),
                                    ("gndeastfield.org.uk", "programme-head", "Weekly Programme"),
                                    ("larkfieldtenants.org.uk", "repairs-head",
                                     "Reporting repairs")))
    for fam, pool_name in (("emajoesonumid.ee/rubriik", "rubriik"),
                           ("shiraklurer.am/bazhin", "bazhin"),
                           ("kelaniobserver.lk/desk", "desk"),
                           ("ibaizabalegunero.eus/atala", "atala"),
                           ("windfrontmag.com/kicker", "kicker"),
                           ("tamaracklottery.com/game", "game"),
                           ("carrow.edu/department", "department")):
        assert fams[fam] and set(fams[fam]) <= pool(SET, fam.partition("/")[0], pool_name), fam
    for style, family, pool_name in (("nljhl.ca", "team", "team"),
                                     ("fernbrookvets.co.uk", "species", "species"),
                                     ("windfrontmag.com", "project-line", "project")):
        group = group_lines(SET, style, family)
        assert group and set(group) <= pool(SET, style, pool_name), (style, family)
    credits = {norm(t).removeprefix("Foto: ") for t in fams["emajoesonumid.ee/foto"]}
    assert credits and credits <= pool(SET, "emajoesonumid.ee", "foto")
    # Armenian, Sinhala, Tamil, Gurmukhi and Cyrillic script; Estonian and Basque words
    assert all(re.search(r"[\u0531-\u058a]{5}", t) for t in fams["shiraklurer.am/copyright"])
    assert all(re.search(r"[\u0531-\u058a]{4}", t) for t in fams["shiraklurer.am/heghinak"])
    assert any("Рус" in t for t in fams["shiraklurer.am/lezu"])
    language = group_lines(SET, "kelaniobserver.lk", "language")
    assert all(re.search(r"[\u0d80-\u0dff]", t) and re.search(r"[\u0b80-\u0bff]", t)
               for t in language)
    for family in ("greeting", "hukamnama", "classes"):
        group = group_lines(SET, "gndeastfield.org.uk", family)
        assert group and all(re.search(r"[\u0a00-\u0a7f]{3}", t) for t in group), family
    mostly_full(group_lines(SET, "gndeastfield.org.uk", "hukamnama"),
                 r"ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ · Ang \d{1,4} · Raag \w+")
    assert any("õ" in t for t in fams["emajoesonumid.ee/copyright"])
    assert any("Irakurtzeko" in t for t in fams["ibaizabalegunero.eus/data"])
    # symbols and emoji
    assert_groups_marked(SET, (("shiraklurer.am", "telegram", "📢 "),
                                ("ibaizabalegunero.eus", "buletina", "📩 "),
                                ("windfrontmag.com", "newsletter", "🌬️ "),
                                ("tamaracklottery.com", "jackpot", "💰 "),
                                ("tamaracklottery.com", "second-chance", "🎟️ "),
                                ("ashcombemuseum.org.uk", "exhibition", "🦕 "),
                                ("fernbrookvets.co.uk", "health-club", "🐾 "),
                                ("nljhl.ca", "potg", "⭐ "),
                                ("larkfieldtenants.org.uk", "survey", "📋 ")))
    for domain, family, mark in (("gndeastfield.org.uk", "programme-live", "📺 "),
                                 ("fernbrookvets.co.uk", "book", "📱 ")):
        assert rendered(SET, domain, family, dt.date(2020, 6, 1)).startswith(mark), family
    # amounts, rates, ids, handles and phones
    mostly_full(group_lines(SET, "shiraklurer.am", "poxarzheq"),
                 r"ԿԲ փոխարժեք՝ 1 USD = \d{3}\.\d\d ֏")
    mostly_full(group_lines(SET, "kelaniobserver.lk", "gold"),
                 r"Gold today: 22 carat Rs\. \d\d,\d{3} per sovereign")
    mostly(group_lines(SET, "tamaracklottery.com", "jackpot"), r"jackpot: \$\d+ million$")
    mostly(group_lines(SET, "tamaracklottery.com", "ticket-prize"), r"^Prize: \$\d[\d,]* ")
    mostly(group_lines(SET, "tamaracklottery.com", "ticket-sold"), r"^Sold at: .*#?\d")
    mostly(group_lines(SET, "windfrontmag.com", "project-line"),
           r" · \d.* × \d+(\.\d)? MW turbines$")
    mostly(group_lines(SET, "windfrontmag.com", "project-link"), r"/projects/\d{6}$")
    mostly(group_lines(SET, "tamaracklottery.com", "draw"), r"/results/draw/\d{6}$")
    mostly(group_lines(SET, "nljhl.ca", "box-score"), r"/stats/game/\d{6}$")
    mostly(group_lines(SET, "larkfieldtenants.org.uk", "survey"), r"survey\?id=\d{6}$")
    mostly(group_lines(SET, "ashcombemuseum.org.uk", "specimen"), r"ASHNH\.[A-Z]\.[\d.]+$")
    mostly(group_lines(SET, "nljhl.ca", "potg"), r"#\d+ ")
    mostly(group_lines(SET, "nljhl.ca", "standings-top"), r"^1\. .* \d+ pts · 2\. ")
    assert any("€" in t for t in group_lines(SET, "windfrontmag.com", "summit"))
    assert any("4,99 €" in t for t in fams["emajoesonumid.ee/digipakett"])
    assert any("@KelaniObserver" in t for t in group_lines(SET, "kelaniobserver.lk", "alerts"))
    assert any("@NLJHL" in t for t in group_lines(SET, "nljhl.ca", "social"))
    assert any("t.me/" in t for t in fams["shiraklurer.am/telegram"])
    assert any("+372 5550 1234" in t for t in fams["emajoesonumid.ee/vihje"])
    assert any("+374 312" in t for t in fams["shiraklurer.am/copyright"])
    assert any("+94 11" in t for t in fams["kelaniobserver.lk/copyright"])
    assert any("01632 960 214" in t for t in group_lines(SET, "fernbrookvets.co.uk", "hours"))
    assert any("1-800-555-0123" in t
               for t in group_lines(SET, "tamaracklottery.com", "responsible"))
    assert any("£" in t for t in group_lines(SET, "ashcombemuseum.org.uk", "exhibition"))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    """Each line of a block has its own share, so an article carries some or all of them,
    always adjacent and in the block's order; some article of the style's group carries at
    least `want` of them. The hockey league's standings box is too rare in this corpus (about
    one article in five of its group carries a line of it) for two of its lines to meet in
    one article, so only its order and adjacency are checked."""
    blocks = {
        "windfrontmag.com": (["project-head", "project-line", "project-status",
                              "project-link"], 2),
        "tamaracklottery.com": (["ticket-head", "ticket-prize", "ticket-sold"], 2),
        "nljhl.ca": (["standings-head", "standings-top", "standings-asof"], 1),
        "gndeastfield.org.uk": (["programme-head", "programme-diwan", "programme-live"], 2),
        "larkfieldtenants.org.uk": (["repairs-head", "repairs-line", "repairs-job"], 2),
    }
    assert_group_blocks_stay_together(SET, blocks)
