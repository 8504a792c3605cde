"""The held-back-164 template set (`tests.bench.heldout_templates_164`): its localised dates
(printed day by day in British and American English with ordinals, AP-style months and
British summer and winter time, German, French, Dutch, Czech with its weekday cases,
simplified Chinese and traditional Chinese with the Minguo year, several changing form on the
day of a redesign), the embargo lines naming the day, the lines that turn every day, week and
month (a digest's issue number, the sunrise and sunset, the sky this week with the Moon's
phases, a preprint identifier, last month's arXiv submissions, the society's next meeting),
the calendars some notices follow (Nobel weeks, eclipses, transits of Mercury, the Perseids,
lunar missions, science festivals, researchers' nights, a dies natalis, the Spring Festival,
shutdowns, arXiv's holidays, the pandemic), the prices, incomes and staff numbers that change
over the years, the lines in several languages and scripts, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares are in
`tests/test_bench_heldout_sets.py`. Most styles have few articles of their own (the
generator's Zipf sizes), so most checks look at a style together with its renamed variants
("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_templates_164 import (
    CB_INCOME,
    CB_MEDIA,
    CB_REDESIGN,
    CB_UKRI,
    CR_FISCAL,
    CR_REDESIGN,
    CS_ABO,
    CS_LETTRE,
    CS_REDESIGN,
    FETE_SCIENCE,
    FIRST_DAY,
    GREAT_CONJUNCTION,
    GZ_REDESIGN,
    GZ_SHENGMING,
    GZ_WEIXIN,
    HO_NEWSLETTER,
    HO_PRINT,
    HO_REDESIGN,
    KEJI_ZHOU,
    LANGE_NACHT,
    LAST_DAY,
    LUNAR_ECLIPSES_EU,
    MERCURY_TRANSITS,
    NOC_VEDCU,
    NUIT_ETOILES,
    PP_CAUTION,
    PP_LAUNCH,
    PP_REDESIGN,
    PP_SUPPORT,
    SPRING_FESTIVAL,
    TYDEN_VEDY,
    UK_GRANT,
    UK_REDESIGN,
    UK_STAFF,
    US_ECLIPSE,
    V_DNY,
    VH_REDESIGN,
    WA_FEES,
    WA_LOCKDOWN,
    WA_REDESIGN,
    WK_ABO,
    WK_NEWSLETTER,
    WK_REDESIGN,
    WM_FOUNDED,
    WM_FUNDING,
    WM_PEOPLE,
    WM_REDESIGN,
    XH_PIAOJIA,
    XH_REDESIGN,
    XH_SKY,
    issue,
    moon_phases,
    next_meeting,
    nobel_monday,
    roc_year,
    submissions,
    summer_time,
    sun_times,
    sunday_of,
    weekend_van_de_wetenschap,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_script,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_look_ups_agree,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_reworded_on,
    assert_sister_sites_share,
    assert_variants_drop_site_names,
    assert_varied,
    by_family,
    every_day,
    group_lines,
    norm,
    per_doc,
    planted_docs,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-164"
SITES = ("Helix & Orbit", "University of Calderbridge", "Wissenschaftskurier", "Preprint Pulse",
         "Le Carnet des sciences", "格致科学网", "Universiteit Waalmond", "Hvězdárna Vlčí hora",
         "Wealdmoor Astronomical Society", "Cascade Ridge National Laboratory", "星海天文館",
         "Ústav krajinné ekologie AV ČR")
HO, CB, WK, PP = ("helixandorbit.com", "calderbridge.ac.uk", "wissenschaftskurier.de",
                  "preprintpulse.org")
CS, GZ, WM, VH = ("carnetdessciences.fr", "gezhikexue.cn", "uwaalmond.nl",
                  "hvezdarna-vlcihora.cz")
WA, CR, XH, UK = ("wealdmoorastro.org.uk", "cascaderidge.gov", "xinghai-astro.org.tw",
                  "ukeav.cz")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day), embargo lines among them.
DAILY = ((HO, "dated"), (CB, "dated"), (CB, "embargo"), (WK, "datum"), (PP, "digest"),
         (CS, "date"), (GZ, "riqi"), (WM, "datum"), (WM, "embargo"), (VH, "datum"),
         (WA, "posted"), (CR, "dateline"), (XH, "riqi"), (UK, "datum"), (UK, "embargo"))
# The lines that turn by the week.
WEEKLY = ((VH, "obloha", 0), (WA, "sky", 0), (XH, "tianxiang", 6))  # (.., weekday it turns)
# The notices that follow calendars.
BANNERS = ((HO, "newsletter"), (WK, "newsletter"), (PP, "subscribe"), (CS, "lettre"),
           (GZ, "guanzhu"), (WM, "nieuwsbrief"), (VH, "akce"), (VH, "pozorovani"),
           (WA, "outreach"), (CR, "notice"), (XH, "kaifang"), (UK, "akce"))
# Amounts in force from given days.
TABLES = ((HO, "print", HO_PRINT), (CB, "about", CB_INCOME), (WK, "abo", WK_ABO),
          (PP, "support", PP_SUPPORT), (CS, "abonnement", CS_ABO), (WM, "over", WM_PEOPLE),
          (WA, "membership", WA_FEES), (CR, "about", CR_FISCAL), (XH, "piaojia", XH_PIAOJIA),
          (UK, "o-ustavu", UK_STAFF))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (HO, "newsletter"): "Get the best of Helix & Orbit in your inbox every Friday",
    (WK, "newsletter"): "Den Wissenschaftskurier-Newsletter kostenlos bestellen",
    (PP, "subscribe"): "Get Preprint Pulse in your inbox every weekday morning.",
    (CS, "lettre"): "Inscrivez-vous à notre lettre d'information hebdomadaire",
    (GZ, "guanzhu"): "扫描二维码，关注格致科学网微信公众号",
    (WM, "nieuwsbrief"): "Blijf op de hoogte van ons onderzoek: meld je aan voor de nieuwsbrief",
    (VH, "akce"): "Sledujte nás na Facebooku a přihlaste se k odběru novinek.",
    (VH, "pozorovani"): "Pozorování pro veřejnost: úterý až sobota od 19:00, za jasného "
                        "počasí.",
    (WA, "outreach"): "Our observatory at Hollins Farm is open to the public on clear Friday "
                      "evenings.",
    (CR, "notice"): "Subscribe to Cascade Ridge science news by email.",
    (XH, "kaifang"): "開放時間：週二至週日 9:00–17:00，週六延長至 20:00，週一休館",
    (UK, "akce"): "Sledujte ústav na Twitteru a Facebooku.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + BANNERS + tuple((s, f) for s, f, _ in WEEKLY) + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (PP, "identifier"), (PP, "submissions"), (VH, "slunce"), (VH, "vstupne"),
        (WA, "meeting")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 8, 21), d(2018, 4, 1), d(2019, 10, 7),
        d(2020, 4, 1), d(2020, 12, 21), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert sunday_of(d(2020, 6, 19)) == d(2020, 6, 14) == sunday_of(d(2020, 6, 14))
    assert roc_year(2020) == 109 and issue(PP_LAUNCH) == 1 and issue(d(2014, 9, 8)) == 6
    assert issue(d(2014, 9, 6)) == issue(d(2014, 9, 7)) == 5
    assert [nobel_monday(y) for y in (2015, 2019, 2020)] == [d(2015, 10, 5), d(2019, 10, 7),
                                                            d(2020, 10, 5)]
    assert weekend_van_de_wetenschap(2019) == d(2019, 10, 5)
    assert next_meeting(d(2016, 3, 5)) == d(2016, 3, 11) == next_meeting(d(2016, 3, 11))
    assert next_meeting(d(2019, 7, 13)) == d(2019, 9, 13)  # no meeting in August
    # The mean lunation lands within a day of the true phases.
    known = ((d(2015, 9, 28), 2), (d(2017, 8, 21), 0), (d(2018, 7, 27), 2), (d(2019, 1, 21), 2),
             (d(2020, 6, 21), 0), (d(2016, 3, 9), 0))
    for day, phase in known:
        assert any(abs((p - day).days) <= 1 and q == phase for p, q in moon_phases(day.year))
    gaps = [(b - a).days for (a, _), (b, _) in zip(moon_phases(2018), moon_phases(2018)[1:],
                                                   strict=False)]
    assert set(gaps) <= {7, 8}
    rise, sets = sun_times(d(2020, 6, 19), 51.1, -0.4, 0)
    assert rise.startswith("4:") and sets.startswith("21:")
    rise, sets = sun_times(d(2020, 12, 7), 51.1, -0.4, 0)
    assert rise.startswith("7:") and sets.startswith("15:")
    values = [submissions(y, m) for y in range(2015, 2021) for m in range(1, 13)]
    assert 7500 < min(values) and max(values) < 16500 and values[-3] > values[2]


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HO, "dated", old, "Mar 5, 2016")
    full(HO, "dated", new, r"19 June 2020 · \d+ min read")
    full(CB, "dated", old, "Published: 05 March 2016")
    full(CB, "dated", new, "Research news · 19 June 2020")
    full(CB, "embargo", old, rf"EMBARGOED UNTIL {clock} GMT SATURDAY 5 MARCH 2016")
    full(CB, "embargo", new, rf"Under embargo until {clock} UK time \(BST\), Friday 19 June 2020")
    full(CB, "embargo", winter, rf"Under embargo until {clock} UK time \(GMT\), Monday 7 "
                                r"December 2020")
    full(WK, "datum", old, rf"05\.03\.2016, {clock}")
    full(WK, "datum", new, r"Freitag, 19\. Juni 2020")
    full(PP, "digest", old, "Daily digest for Saturday, March 5, 2016")
    full(PP, "digest", new, rf"Issue {issue(new):,} · Friday, June 19, 2020")
    full(PP, "identifier", new, r"arXiv:2006\.\d{5}")
    full(PP, "submissions", new, r"arXiv received \d\d,\d\d\d new submissions in May 2020\.")
    full(CS, "date", old, "Publié le 05/03/16")
    full(CS, "date", new, r"vendredi 19 juin 2020 · \d+ min de lecture")
    full(GZ, "riqi", old, rf"2016-03-05 {clock}")
    full(GZ, "riqi", new, "发布时间：2020年6月19日 星期五")
    full(WM, "datum", old, "05-03-2016")
    full(WM, "datum", new, "Gepubliceerd op vrijdag 19 juni 2020")
    full(WM, "embargo", new, r"EMBARGO: niet publiceren voor vrijdag 19 juni 2020, "
                             r"\d\d\.\d\d uur")
    full(VH, "datum", old, "5. 3. 2016")
    full(VH, "datum", new, "Publikováno v pátek 19. června 2020")
    full(VH, "obloha", new, r"Obloha tento týden \(15\. 6\. – 21\. 6\.\): .+")
    full(VH, "slunce", new, r"Slunce dnes vychází v 4:\d\d a zapadá v 21:\d\d\.")
    full(WA, "posted", old, "Posted on March 5, 2016 by Ada Brook")
    full(WA, "posted", new, "19th June 2020 · Ada Brook")
    full(WA, "sky", new, r"Sky this week \(15–21 Jun\): .+; sunset 21:\d\d BST")
    full(WA, "sky", winter, r"Sky this week \(7–13 Dec\): .+; sunset 15:\d\d GMT")
    full(WA, "meeting", old, r"Next meeting: Friday 11 March 2016, 7\.30pm, Wealdmoor Village "
                             r"Hall\. Visitors welcome \(£2 on the door\)\.")
    full(WA, "meeting", new, r"Next meeting: Friday 10 July 2020, 7\.30pm, online on Zoom "
                             r"\(members are sent the link\)\.")
    full(CR, "dateline", old, "CASCADE FALLS, Wash. — March 5, 2016 —")
    full(CR, "dateline", winter, "CASCADE FALLS, Wash. — Dec. 7, 2020 —")
    full(XH, "riqi", old, "發布日期：105-03-05")
    full(XH, "riqi", new, "發布日期：民國109年6月19日（五）")
    full(XH, "tianxiang", new, r"本週天象（6/14～6/20）：.+")
    full(UK, "datum", old, "V Brně dne 5. 3. 2016")
    full(UK, "datum", new, "Brno, 19. června 2020")
    full(UK, "embargo", new, rf"EMBARGO do pátku 19\. června 2020, {clock}")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(HO, "dated", day).endswith("min read") == (day >= HO_REDESIGN)
        assert on(CB, "dated", day).startswith("Research news") == (day >= CB_REDESIGN)
        assert on(CB, "embargo", day).startswith("EMBARGOED UNTIL") == (day < CB_REDESIGN)
        assert ("GMT" in on(CB, "embargo", day)) == (not summer_time(day))
        assert ("Uhr" not in on(WK, "datum", day)) and ("{time}" in on(WK, "datum", day)) == (
            day < WK_REDESIGN)
        assert on(PP, "digest", day).startswith("Issue") == (day >= PP_REDESIGN)
        assert on(CS, "date", day).startswith("Publié") == (day < CS_REDESIGN)
        assert on(GZ, "riqi", day).startswith("发布时间") == (day >= GZ_REDESIGN)
        assert on(WM, "datum", day).startswith("Gepubliceerd") == (day >= WM_REDESIGN)
        assert on(VH, "datum", day).startswith("Publikováno") == (day >= VH_REDESIGN)
        if day >= VH_REDESIGN:
            assert V_DNY[day.weekday()] in on(VH, "datum", day)
        assert on(WA, "posted", day).startswith("Posted on") == (day < WA_REDESIGN)
        assert ("民國" in on(XH, "riqi", day)) == (day >= XH_REDESIGN)
        assert str(roc_year(day.year)) in on(XH, "riqi", day)
        assert on(UK, "datum", day).startswith("V Brně") == (day < UK_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:6]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    days = every_day()
    assert len(changes(VH, "slunce")) >= 0.7 * len(days)
    for style, family, weekday in WEEKLY:
        turns = changes(style, family)
        assert len(turns) >= 310 and all(day.weekday() == weekday for day in turns), family
    ids = changes(PP, "identifier")
    assert ids == {day for day in days if day.day == 1} - {FIRST_DAY}
    counts = changes(PP, "submissions")
    assert len(counts) == 72 and all(day.day == 3 for day in counts)
    meetings = changes(WA, "meeting")
    assert {d(2018, 9, 1), WA_LOCKDOWN} <= meetings
    others = meetings - {d(2018, 9, 1), WA_LOCKDOWN}
    assert len(others) >= 60 and all(day.weekday() == 5 and 9 <= day.day <= 15
                                     for day in others)
    assert all(day.month != 8 for day in others)  # no meeting in August
    phases = {m[1] for t in group_lines(SET, WA, "sky")
              if (m := re.search(r"(New Moon|First Quarter|Full Moon|Last Quarter)", norm(t)))}
    assert len(phases) >= 3
    moons = found(VH, "obloha", r": (nov|první čtvrť|úplněk|poslední čtvrť) ")
    assert moons == {"nov", "první čtvrť", "úplněk", "poslední čtvrť"}
    assert "Měsíc" in " ".join(found(VH, "obloha", r"\): (Měsíc \w+)$"))


def test_notices_follow_the_calendars() -> None:
    for key, text in FIRST_WORDINGS.items():
        assert on(*key, QUIET) == text, key
    for y in range(2015, 2021):
        assert f"Nobel Prizes {y}" in on(HO, "newsletter", nobel_monday(y)), y
        assert f"Nobelpreise {y}" in on(WK, "newsletter", nobel_monday(y) + 2 * one), y
        assert f"24 December {y}" in on(PP, "subscribe", d(y, 12, 28)), y
        a, b = map(iso, FETE_SCIENCE[y])
        assert f"Fête de la science {y} : du {a.day} au {b.day}" in on(CS, "lettre", a), y
        assert f"Nuits des étoiles {y}" in on(CS, "lettre", iso(NUIT_ETOILES[y])), y
        assert f"{y}年全国科技活动周" in on(GZ, "guanzhu", iso(KEJI_ZHOU[y][0])), y
        assert f"{y}年春节快乐" in on(GZ, "guanzhu", iso(SPRING_FESTIVAL[y])), y
        assert f"Weekend van de Wetenschap {y}" in on(WM, "nieuwsbrief",
                                                      weekend_van_de_wetenschap(y)), y
        assert f"Perseidy {y}" in on(VH, "akce", d(y, 8, 12)), y
        assert f"Noc vědců {y}" in on(VH, "akce", iso(NOC_VEDCU[y])), y
        assert f"Perseids {y}" in on(WA, "outreach", d(y, 8, 12)), y
        assert "24. až 26. prosince" in on(VH, "pozorovani", d(y, 12, 24)), y
        assert f"{y}年除夕休館" in on(XH, "kaifang", iso(SPRING_FESTIVAL[y]) - one), y
    assert "Gravitational waves" in on(HO, "newsletter", d(2016, 2, 11))
    assert "Great American Eclipse" in on(HO, "newsletter", US_ECLIPSE)
    assert "black hole" in on(HO, "newsletter", d(2019, 4, 10))
    assert "Coronavirus" in on(HO, "newsletter", d(2020, 4, 1))
    assert found(WK, "newsletter", r"Lange Nacht .* (\d{4}):") == {str(y) for y in LANGE_NACHT}
    assert "Coronavirus" in on(WK, "newsletter", d(2020, 4, 1))
    assert "24 December 2014" in on(PP, "subscribe", FIRST_DAY)
    assert "COVID-19" in on(PP, "subscribe", d(2020, 5, 1))
    assert "Confinement" in on(CS, "lettre", d(2020, 4, 1))
    for day, text in (("2019-01-05", "嫦娥四号"), ("2020-07-25", "天问一号"),
                      ("2020-12-01", "嫦娥五号"), ("2020-02-15", "新冠肺炎")):
        assert text in on(GZ, "guanzhu", iso(day)), day
    assert found(WM, "nieuwsbrief", r"bestaat (\d+) jaar") == {
        str(y - WM_FOUNDED) for y in range(2015, 2020)}  # in 2020 the campus was shut
    assert "coronavirus" in on(WM, "nieuwsbrief", d(2020, 6, 17))
    assert "lockdown" in on(WM, "nieuwsbrief", d(2020, 12, 20))
    assert "zatmění Slunce" in on(VH, "akce", d(2015, 3, 20))
    assert "zatmění Slunce" not in on(VH, "akce", d(2015, 3, 22))
    for day in LUNAR_ECLIPSES_EU:
        assert "Zatmění Měsíce" in on(VH, "akce", day)
        assert "Lunar eclipse" in on(WA, "outreach", day)
    for day in MERCURY_TRANSITS:
        assert "Přechod Merkuru" in on(VH, "akce", day)
        assert "Transit of Mercury" in on(WA, "outreach", day)
    assert "Velká konjunkce" in on(VH, "akce", GREAT_CONJUNCTION)
    assert "Jupiter and Saturn" in on(WA, "outreach", GREAT_CONJUNCTION)
    assert "21:30" in on(VH, "pozorovani", d(2016, 7, 1))
    assert "do odvolání" in on(VH, "pozorovani", d(2020, 4, 1))
    assert "opět uzavřena" in on(VH, "pozorovani", d(2020, 11, 1))
    assert "Solar eclipse" in on(WA, "outreach", d(2015, 3, 20))
    assert "lockdown" in on(WA, "outreach", d(2020, 5, 1))
    assert "NEOWISE" in on(WA, "outreach", d(2020, 7, 15))
    assert "lapse in federal appropriations" in on(CR, "notice", d(2018, 1, 21))
    assert "lapse in federal appropriations" in on(CR, "notice", d(2019, 1, 10))
    assert "lapse" not in on(CR, "notice", d(2019, 1, 26))
    assert "Total solar eclipse" in on(CR, "notice", US_ECLIPSE)
    assert "limited operations" in on(CR, "notice", d(2020, 6, 1))
    for day, name in XH_SKY:
        assert name in on(XH, "kaifang", iso(day)), day
    assert "量測體溫" in on(XH, "kaifang", d(2020, 3, 1))
    assert "實聯制" in on(XH, "kaifang", d(2020, 8, 1))
    for y, (first, _) in TYDEN_VEDY.items():
        assert f"Týden vědy a techniky AV ČR {y}" in on(UK, "akce", iso(first)), y
        assert f"Noc vědců {y}" in on(UK, "akce", iso(NOC_VEDCU[y])), y
    assert "uzavřen" in on(UK, "akce", d(2020, 4, 1))
    assert "online" in on(UK, "akce", d(2020, 11, 27))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HO, "byline", HO_REDESIGN, "By {author}", "{author_beat}"),
        (HO, "credit", HO_REDESIGN, "Image: {credit}", "Image credit"),
        (HO, "newsletter", HO_NEWSLETTER, "every Friday", "Lab Notes"),
        (CB, "embargo", CB_REDESIGN, "EMBARGOED UNTIL", "Under embargo"),
        (CB, "funding", CB_UKRI, "{funder_list}", "UK Research and Innovation"),
        (CB, "contact", CB_MEDIA, "Press Office", "Media Relations"),
        (WK, "autor", WK_REDESIGN, "Von {author}", "Text:"),
        (WK, "newsletter", WK_NEWSLETTER, "kostenlos bestellen", "Jeden Donnerstag"),
        (PP, "unreviewed", PP_CAUTION, "it has not been", "clinical practice"),
        (PP, "summary", PP_REDESIGN, "Summary by {author}", "min read"),
        (CS, "auteur", CS_REDESIGN, "Par {author}", "journaliste"),
        (CS, "lettre", CS_LETTRE, "hebdomadaire", "Chaque mercredi"),
        (GZ, "shengming", GZ_SHENGMING, "传播更多信息", "转载请注明"),
        (GZ, "guanzhu", GZ_WEIXIN, "扫描二维码", "微博"),
        (WM, "financiering", WM_FUNDING, "werd gefinancierd", "mogelijk gemaakt"),
        (WA, "meeting", WA_LOCKDOWN, "Village Hall", "Zoom"),
        (CR, "release", CR_REDESIGN, "NEWS RELEASE", "For immediate release"),
        (UK, "grant", UK_GRANT, "Grantovou agenturou", "Strategie AV21")))
    assert_groups_reworded(SET, (
        (HO, "dated", ", 20", "min read"),
        (HO, "byline", "By ", ", "),
        (CB, "dated", "Published:", "Research news"),
        (WK, "datum", ".20", ". "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) < d(2021, 1, 1)}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            if iso(start) <= LAST_DAY:
                assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "87,73" in on(WK, "abo", d(2020, 7, 1)) and "89,40" in on(WK, "abo", LAST_DAY)
    assert changes(VH, "vstupne") == {d(2017, 1, 1), d(2019, 4, 1)}
    assert "80 Kč" in on(VH, "vstupne", d(2020, 1, 1))
    assert "£3 on the door" in on(WA, "meeting", d(2018, 9, 1))
    assert "£2 on the door" in on(WA, "meeting", d(2018, 8, 31))
    incomes = {m[1] for t in group_lines(SET, CB, "about") if (m := re.search(r"(£[\d.]+m)",
                                                                              norm(t)))}
    assert len(incomes) >= 3


def test_several_languages_and_scripts() -> None:
    cjk = r"[\u4e00-\u9fff]"
    assert_groups_in_script(SET, (
        (GZ, "laiyuan", cjk), (GZ, "bianji", cjk), (GZ, "shengming", cjk),
        (XH, "riqi", cjk), (XH, "danwei", cjk), (XH, "kaifang", cjk),
        (VH, "pozorovani", r"[áéíóúůýčďěňřšťž]"), (UK, "kontakt", r"[áéíóúůýčďěňřšťž]"),
        (CS, "reproduction", r"[éèàùêâô]")))
    assert any("發布日期：民國" in t for t in group_lines(SET, XH, "riqi"))
    assert any(t.startswith("发布时间：") for t in group_lines(SET, GZ, "riqi"))
    assert any(re.search(r"^\w+, \d+\. \w+ \d{4}$", t) for t in group_lines(SET, WK, "datum"))
    assert any(t.endswith("BST") for t in group_lines(SET, WA, "sky"))
    assert any(re.search(r"\d(st|nd|rd|th) ", t) for t in group_lines(SET, WA, "posted"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HO}/dated", f"{HO}/byline", f"{HO}/related", f"{HO}/kicker",
                         f"{HO}/credit", f"{HO}/copyright", f"{HO}/reference", f"{CB}/dated",
                         f"{CB}/paper", f"{CB}/funding", f"{WK}/datum", f"{WK}/original"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HO}/publisher", f"{HO}/comments", f"{CB}/notes", f"{CB}/ends", f"{WK}/impressum",
        f"{HO}/podcast"))
    assert_carried_share(docs, HO, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("print", 0.05, 0.3), ("newsletter", 0.2, 0.5), ("podcast", 0.02, 0.2)])
    assert_carried_share(docs, CB, [("ends", 0.35, 0.65), ("embargo", 0.1, 0.4),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{HO}/related", f"{HO}/advert", f"{HO}/credit", f"{WK}/anzeige"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((HO, "podcast"), (CB, "caption"), (WK, "bild"), (WK, "mehr"),
                               (CS, "credit"), (GZ, "tupian"), (WM, "foto"), (VH, "foto"),
                               (WA, "image"), (CR, "photo"), (XH, "tupian"), (UK, "foto")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HO, "correction", 16), (CB, "correction"), (WK, "korrektur"), (PP, "update"),
        (CS, "erratum"), (GZ, "gengzheng", 6), (WM, "rectificatie"), (VH, "oprava"),
        (WA, "correction"), (CR, "correction"), (XH, "gengzheng"), (UK, "oprava")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{HO}/related", "Related: "), (f"{WK}/mehr", "Mehr zum Thema: "),
        (f"{CS}/lire", "Lire aussi | "), (f"{PP}/also", "Also today: "),
        (f"{GZ}/xiangguan", "相关阅读：")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (HO, "advert", "Advertisement"), (WK, "anzeige", "Anzeige"),
        (CS, "publicite", "Publicité"), (CB, "ends", "– ENDS –"), (CR, "ends", "###"),
        (WA, "clear-skies", "Clear skies!"), (UK, "tz", "Tisková zpráva"),
        (GZ, "dayin", "【打印本页】【关闭窗口】"), (WM, "deel", "Deel dit bericht"),
        (CB, "notes", "Notes to editors")))
    assert_group_values_from_pool(SET, (
        (HO, "kicker", "kicker"), (CB, "faculty", "faculty"), (WK, "rubrik", "rubrik"),
        (CS, "rubrique", "rubrique"), (WM, "soort", "soort")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (HO, "advert", "Advertisement"),
        (CB, "ends", "– ENDS –"),
        (WK, "anzeige", "Anzeige")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HO: (["publisher", "copyright"], 2),
        CB: (["ends", "notes", "about", "contact"], 3),
        WK: (["impressum", "copyright"], 2),
        CS: (["reproduction", "copyright"], 2),
        WM: (["noot", "contact", "over"], 2),
        CR: (["ends", "about", "media"], 2),
        UK: (["kontakt", "o-ustavu"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
