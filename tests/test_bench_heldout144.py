"""The held-back-144 template set (`tests.bench.heldout_templates_144`): its localised dates
(printed day by day in English, French with "1er", Spanish, German, Dutch, Malay and
Swahili, several changing form on the day of a redesign), its release and issue numbers
counted through each year, its embargo lines, its next-release calendars and copy deadlines,
the sitting status of a House and of the Bunge, the inflation figures and policy rates that
turn on their days, the fees and tariffs that change each year, the notices that follow the
calendars of government (elections, referendums, Budgets, Brexit votes, Prinsjesdag,
recesses, census rounds, Holy Week, Hari Raya, National Day, Union Day, budget day, the
pandemic), the lines in several languages, the variation it promises, its multi-line blocks
and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_144 import (
    AIDILFITRI,
    BUDGET_DAYS,
    BUDGETS,
    BUNGE_MEETINGS,
    CASH_RATE,
    CD_BYLINE,
    CD_EMAIL,
    CD_HANSARD,
    CD_REDESIGN,
    COMMONS_BREAKS,
    DODOMA_CITY,
    FIRST_DAY,
    GENERAL_ELECTIONS,
    HB_REDESIGN,
    HB_YOUTUBE,
    JO_ELECTRONIQUE,
    JO_LICENCE,
    JO_REDESIGN,
    JO_TARIFS,
    KG_FEES,
    KG_ONLINE,
    KG_REDESIGN,
    KN_APP,
    KN_REDESIGN,
    KN_TERUGKIJKEN,
    LAST_DAY,
    LN_MEDIATHEK,
    LN_PRESSESTELLE,
    LN_REDESIGN,
    MEANINGFUL_VOTES,
    PK_APP,
    PK_PERMULAAN,
    PK_REDESIGN,
    RA_NOTA,
    RA_REDESIGN,
    RA_TWITTER,
    RS_ALERTS,
    RS_PROVISIONAL,
    RS_REDESIGN,
    RS_UNCONFIRMED,
    SN_PORTAL,
    SN_REDESIGN,
    SN_VORLAEUFIG,
    TR_LICENCE,
    TR_REDESIGN,
    TR_VIDEO,
    VG_DIRECTEUR,
    VG_LETTRE,
    VG_PROVISOIRE,
    VG_REDESIGN,
    census_collection,
    copy_deadline,
    fr_long,
    gazette_issues,
    jo_issue,
    kamer_recess,
    kamer_recesses,
    next_on,
    pk_release_day,
    plenary_week,
    prinsjesdag,
    ra_meeting,
    ra_rates,
    rs_release_day,
    sn_release_day,
    tr_decision_day,
    vg_release_day,
    weekdays_upto,
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
    pool_in_order,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-144"
SITES = ("The Commons Digest", "Office for Regional Statistics",
         "Institut de la statistique du Val-de-Garonne", "Tasman Reserve Bank",
         "Banco de la Reserva Andina", "Statistisches Landesamt Nordmark", "Kamernieuws",
         "Jabatan Perangkaan Negeri Kenanga", "Habari za Bunge", "Kerrow Government Gazette",
         "Landtag Nordmark", "Journal officiel de Saint-Aurèle")
CD, RS, VG, TR = ("commonsdigest.org.uk", "regionalstatistics.gov.uk", "stat-valdegaronne.fr",
                  "tasmanreserve.org")
RA, SN, KN, PK = ("reservaandina.org", "statistik-nordmark.de", "kamernieuws.nl",
                  "perangkaankenanga.gov.my")
HB, KG, LN, JO = ("habarizabunge.go.tz", "kerrowgazette.gov.im", "landtag-nordmark.de",
                  "jo-saintaurele.fr")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CD, "dated"), (RS, "release"), (VG, "parution"), (TR, "dated"), (RA, "fecha"),
         (SN, "pm"), (KN, "datum"), (PK, "tarikh"), (HB, "tarehe"), (KG, "published"),
         (LN, "datum"))
# The lines that name the day they are printed on.
EVERY_DAY = ((TR, "embargo"), (RA, "embargo"), (PK, "embargo"), (JO, "version"))
# The notices that follow calendars.
BANNERS = ((CD, "notice"), (RS, "notice"), (VG, "avertissement"), (TR, "notice"),
           (RA, "aviso"), (SN, "hinweis"), (KN, "mededeling"), (PK, "pengumuman"),
           (HB, "tangazo"), (KG, "schedule"), (LN, "hinweis"), (JO, "abonnement"))
# The lines that follow a release, meeting or issue calendar.
CALENDARS = ((CD, "sitting"), (RS, "next"), (RS, "cpi"), (VG, "numero"), (VG, "prochaine"),
             (TR, "number"), (TR, "next-decision"), (RA, "numero"), (RA, "proxima"),
             (RA, "inflacion"), (SN, "vpi"), (SN, "naechste"), (KN, "reces"),
             (KN, "stemmingen"), (PK, "ihp"), (PK, "kalendar"), (HB, "mkutano"),
             (KG, "issue"), (KG, "deadline"), (LN, "nr"), (LN, "tagung"), (JO, "date"))
# Amounts in force from given days.
TABLES = ((TR, "ocr", CASH_RATE), (RA, "tasa", ra_rates()), (KG, "fees", KG_FEES),
          (JO, "tarif", JO_TARIFS))

QUIET = d(2015, 9, 8)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    CD: "Get the Commons Digest morning email: the day in Parliament before 8am",
    RS: "Sign up for release alerts: get an email when new statistics are published",
    VG: "Recevez nos avis de parution par courriel",
    TR: "Subscribe to receive our publications by email",
    RA: "Reciba nuestras publicaciones por correo electrónico: suscríbase aquí",
    SN: "Weitere Ergebnisse finden Sie in unserer Datenbank NORDSTAT.",
    KN: "Volg het Kamernieuws ook via Twitter: @kamernieuws",
    PK: "Ikuti kami di Facebook dan Twitter: @PerangkaanKenanga",
    HB: "Fuatilia vikao vya Bunge moja kwa moja kupitia Bunge TV",
    KG: "The Gazette is published every Tuesday and Friday.",
    LN: "Besuchergruppen melden sich beim Besucherdienst an: "
        "besucherdienst@landtag-nordmark.de",
    JO: "Abonnez-vous au sommaire quotidien du Journal officiel",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + CALENDARS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 8), d(2018, 4, 6), d(2019, 9, 24),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert weekdays_upto(d(2020, 1, 1)) == 1 and weekdays_upto(d(2020, 1, 5)) == 3
    assert weekdays_upto(d(2019, 12, 31)) == 261
    assert next_on(d(2020, 7, 15), rs_release_day) == d(2020, 8, 19)
    assert next_on(d(2020, 7, 14), rs_release_day) == d(2020, 7, 15)
    assert fr_long(d(2020, 5, 1)) == "1er mai 2020" and fr_long(d(2020, 5, 2)) == "2 mai 2020"
    assert census_collection(2019) == (d(2019, 1, 17), d(2019, 2, 16))
    assert [sn_release_day(2020, m) for m in (6, 11, 12)] == [d(2020, 6, 26),
                                                               d(2020, 11, 27), d(2020, 12, 28)]
    for start, _ in CASH_RATE[1:-1]:
        day = iso(start)
        assert tr_decision_day(day.year, day.month) == day, start
    assert tr_decision_day(2020, 3) != d(2020, 3, 16)  # the emergency cut was unscheduled
    for start, _ in ra_rates()[1:]:
        assert iso(start) == ra_meeting(iso(start).year, iso(start).month)
    for y in range(2015, 2021):
        issues = gazette_issues(y)
        good_friday = easter(y) - 2 * one
        assert good_friday not in issues and good_friday - one in issues
        assert d(y, 12, 25) not in issues and d(y, 12, 26) not in issues
        assert all(i.weekday() in (1, 4) or i == good_friday - one for i in issues)
    assert copy_deadline(d(2020, 6, 23)) == d(2020, 6, 19)
    assert copy_deadline(d(2020, 6, 19)) == d(2020, 6, 17)
    for day in (d(2019, 3, 5), d(2020, 6, 22), d(2020, 12, 31)):
        n, issue = jo_issue(day)
        start = d(issue.year, 1, 1)
        assert n == sum((start + k * one).weekday() != 0
                        for k in range((issue - start).days + 1))
        assert issue == (day - one if day.weekday() == 0 else day)
    names = Counter(name for _, _, name in kamer_recesses())
    assert set(names) == {"voorjaarsreces", "meireces", "zomerreces", "herfstreces",
                          "kerstreces"}
    assert all(back.weekday() == 0 and first.weekday() == 4
               for first, back, _ in kamer_recesses())
    assert plenary_week(2019, 7) is None and plenary_week(2017, 5) is None
    assert plenary_week(2019, 6) == d(2019, 6, 19)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # Saturday, Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CD, "dated", old, "5 March 2016")
    full(CD, "dated", new, rf"Published Fri 19 Jun 2020 · {clock}")
    full(CD, "dated", d(2020, 6, 1), rf"Published Mon 01 Jun 2020 · {clock}")
    full(CD, "sitting", new, r"Sitting today, Friday 19 June: the House meets at 9\.30am\.")
    full(RS, "release", old, "Release date: 5 March 2016")
    full(RS, "release", new, r"Released: Friday 19 June 2020, 9:30am")
    full(RS, "next", new, "Next release: 15 July 2020")
    full(RS, "cpi", new, r"Consumer prices index \(CPI\): -?\d\.\d% in the 12 months to May "
                         r"2020")
    full(VG, "parution", old, "Paru le : 05/03/2016")
    full(VG, "parution", new, "Paru le : vendredi 19 juin 2020")
    full(VG, "parution", d(2020, 5, 1), "Paru le : vendredi 1er mai 2020")
    full(VG, "numero", new, f"Publication n° 2020-{weekdays_upto(new):03d}")
    full(VG, "prochaine", new, "Prochaine publication : 10 juillet 2020")
    full(TR, "dated", old, "5 March 2016")
    full(TR, "dated", new, rf"Issued: Friday 19 June 2020, {clock}")
    full(TR, "embargo", new, r"Embargoed until 2\.00pm Friday 19 June 2020")
    full(TR, "next-decision", new, "Next Official Cash Rate decision: Wednesday 12 August 2020")
    full(RA, "fecha", old, "Altamira, 5 de marzo de 2016")
    full(RA, "fecha", new, rf"Altamira, viernes 19 de junio de 2020 – {clock} h")
    full(RA, "embargo", new, "EMBARGADA HASTA LAS 18:00 H DEL VIERNES 19 DE JUNIO DE 2020")
    full(RA, "proxima", new, "Próxima reunión de política monetaria: viernes 26 de junio de "
                             "2020")
    full(RA, "inflacion", new, r"Inflación anual a mayo de 2020: \d,\d %")
    full(SN, "pm", old, r"Pressemitteilung Nr\. \d+/2016 vom 05\.03\.2016")
    full(SN, "pm", new, r"Pressemitteilung Nr\. \d+/2020 · Freitag, 19\. Juni 2020")
    full(SN, "vpi", new, r"Verbraucherpreisindex Mai 2020: [+-]\d,\d % gegenüber dem "
                         r"Vorjahresmonat")
    full(SN, "naechste", new, r"Nächste Veröffentlichung zu diesem Thema voraussichtlich am "
                              r"26\.06\.2020")
    full(KN, "datum", old, "5 maart 2016")
    full(KN, "datum", new, r"Nieuwsbericht \| vrijdag 19 juni 2020")
    full(KN, "reces", new, "Plenaire agenda voor de week van maandag 15 juni 2020")
    full(KN, "stemmingen", new, "Volgende stemmingen: dinsdag 23 juni 2020, aan het eind van "
                                "de vergadering")
    full(PK, "tarikh", old, "5 Mac 2016")
    full(PK, "tarikh", new, "Tarikh keluaran: Jumaat, 19 Jun 2020")
    full(PK, "embargo", new, r"EMBARGO: Hanya untuk siaran selepas jam 12\.00 tengah hari, "
                             r"Jumaat 19 Jun 2020")
    full(PK, "ihp", new, r"IHP April 2020: -\d\.\d peratus berbanding tahun sebelumnya")
    full(PK, "kalendar", new, "Penerbitan IHP seterusnya: 24 Jun 2020")
    full(HB, "tarehe", old, "5 Machi 2016")
    full(HB, "tarehe", new, "Imewekwa: Ijumaa, 19 Juni 2020")
    full(HB, "mkutano", new, "Bunge limevunjwa. Uchaguzi Mkuu: 28 Oktoba 2020")
    full(KG, "published", old, "Publication date: 5 March 2016")
    full(KG, "published", new, "Published 19/06/2020")
    full(KG, "issue", new, r"Issue No\. \d+ of 2020 · Friday 19 June 2020")
    full(KG, "deadline", new, r"Copy deadline for Issue No\. \d+: 12 noon, Friday 19 June")
    full(LN, "datum", old, r"05\.03\.2016")
    full(LN, "datum", new, r"Nordhafen, 19\. Juni 2020")
    full(LN, "tagung", new, r"Plenartagung: heute, Freitag, 19\. Juni 2020")
    full(JO, "date", old, "Publié le 5 mars 2016")
    full(JO, "date", new, r"JO n° \d+ du vendredi 19 juin 2020")
    full(JO, "date", d(2020, 6, 22), r"JO n° \d+ du dimanche 21 juin 2020")
    full(JO, "version", new, "Version en vigueur au 19 juin 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(CD, "dated", day).startswith("Published") == (day >= CD_REDESIGN)
        assert on(RS, "release", day).startswith("Released") == (day >= RS_REDESIGN)
        assert ("/" in on(VG, "parution", day)) == (day < VG_REDESIGN)
        assert on(TR, "dated", day).startswith("Issued") == (day >= TR_REDESIGN)
        assert ("{time}" in on(RA, "fecha", day)) == (day >= RA_REDESIGN)
        assert (" vom " in on(SN, "pm", day)) == (day < SN_REDESIGN)
        assert on(KN, "datum", day).startswith("Nieuwsbericht") == (day >= KN_REDESIGN)
        assert on(PK, "tarikh", day).startswith("Tarikh") == (day >= PK_REDESIGN)
        assert on(HB, "tarehe", day).startswith("Imewekwa") == (day >= HB_REDESIGN)
        assert on(KG, "published", day).startswith("Publication") == (day < KG_REDESIGN)
        assert on(LN, "datum", day).startswith("Nordhafen") == (day >= LN_REDESIGN)
        jo = on(JO, "date", day)
        assert jo.startswith("JO n°") == (day >= JO_REDESIGN)
        if day > JO_REDESIGN and day.weekday() == 0:
            assert jo == on(JO, "date", day - one) and "dimanche" in jo
        assert (" 1er " in on(JO, "version", day)) == (day.day == 1)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_numbers_counted_through_each_year() -> None:
    numbers = changes(VG, "numero")
    assert len(numbers) >= 1500
    assert all(day.weekday() < 5 or (day.month, day.day) == (1, 1) for day in numbers)
    assert min(found(VG, "numero", r"-(\d{3})$")) == "001"
    for y in range(2016, 2021):
        first = min(day for day in every_day() if day.year == y)
        assert on(TR, "number", first) == f"Media release {y}/01"
        assert on(RA, "numero", first) == f"N.º 001-{y}"
        assert on(SN, "pm", first).startswith(f"Pressemitteilung Nr. 1/{y}")
        assert on(LN, "nr", first) == f"Landtag aktuell Nr. 1/{y}"
    issues = changes(KG, "issue")
    assert issues == {i for y in range(2015, 2021) for i in gazette_issues(y)}
    assert {on(KG, "issue", gazette_issues(y)[0]).split(" of ")[0] for y in range(2015, 2021)} \
        == {"Issue No. 1"}
    assert 100 <= max(int(n) for n in found(KG, "issue", r"No\. (\d+) ")) <= 105
    deadlines = changes(KG, "deadline")
    assert deadlines and all(copy_deadline(issue) + one in deadlines
                             for y in range(2016, 2020) for issue in gazette_issues(y)[1:-1])
    jo = changes(JO, "date")
    assert all(day.weekday() != 0 for day in jo if day > JO_REDESIGN)
    assert max(int(n) for n in found(JO, "date", r"n° (\d+) ")) in (313, 314)


def test_release_calendars() -> None:
    third_wednesdays = {rs_release_day(y, m) for y in range(2015, 2021) for m in range(1, 13)}
    assert changes(RS, "cpi") == third_wednesdays
    nxt = changes(RS, "next")
    # The next release turns on each release day (the one after it is then the next).
    assert {day for day in nxt if not RS_UNCONFIRMED[0] <= day <= RS_UNCONFIRMED[1]} <= (
        third_wednesdays)
    assert on(RS, "next", d(2020, 4, 20)) == "Next release: to be confirmed"
    assert changes(VG, "prochaine") == {
        vg_release_day(y, m) for y in range(2015, 2021) for m in range(1, 13)}
    assert changes(TR, "next-decision") == {
        tr_decision_day(y, m) for y in range(2015, 2021) for m in range(1, 13)
        if tr_decision_day(y, m) is not None}
    assert changes(RA, "proxima") == {ra_meeting(y, m) for y in range(2015, 2021)
                                      for m in range(1, 13)}
    assert changes(RA, "inflacion") == {d(y, m, 5) for y in range(2015, 2021)
                                        for m in range(1, 13)}
    assert changes(SN, "naechste") == {
        sn_release_day(y, m) for y in range(2015, 2021) for m in range(1, 13)}
    assert changes(SN, "vpi") == {sn_release_day(y, m) for y in range(2015, 2021)
                                  for m in range(1, 13)}
    assert changes(PK, "ihp") == {pk_release_day(y, m) for y in range(2015, 2021)
                                  for m in range(1, 13)}
    assert changes(PK, "kalendar") == changes(PK, "ihp")
    tuesdays = changes(KN, "stemmingen")
    assert len(tuesdays) >= 200 and all(day.weekday() == 1 and kamer_recess(day) is None
                                        for day in tuesdays)
    for day in every_day():
        vote = iso_from_nl(on(KN, "stemmingen", day))
        assert vote.weekday() == 1 and vote > day and kamer_recess(vote) is None
    plenary = found(LN, "tagung", r"^Nächste Plenartagung: (\d+)\. bis")
    assert plenary <= {str(n) for n in range(15, 22)}
    assert "Plenartagung: heute, Mittwoch, 19. Juni 2019" == on(LN, "tagung", d(2019, 6, 19))
    assert not any(on(LN, "tagung", d(y, 7, 15)).startswith("Plenartagung: heute")
                   for y in range(2015, 2021))


def iso_from_nl(text: str) -> dt.date:
    """The date in a Dutch "dinsdag 23 juni 2020" line."""
    months = ("januari februari maart april mei juni juli augustus september oktober "
              "november december").split()
    m = re.search(r"(\d+) (\w+) (\d{4})", text)
    assert m, text
    return dt.date(int(m[3]), months.index(m[2]) + 1, int(m[1]))


def test_sitting_status_of_the_houses() -> None:
    for first, back, kind in COMMONS_BREAKS:
        day = iso(first)
        if FIRST_DAY <= day <= d(2020, 12, 31):
            text = on(CD, "sitting", day)
            if kind.startswith("dissolved"):
                poll = iso(kind.split()[1])
                assert f"Polling day: Thursday {poll.day} {poll:%B} {poll.year}" in text
            elif kind == "prorogued":
                assert text.startswith("Parliament is prorogued") and f"{iso(back).day} " in text
            else:
                assert text == (f"The House is in recess. It next sits on {iso(back):%A} "
                                f"{iso(back).day} {iso(back):%B} {iso(back).year}.")
            assert on(CD, "sitting", iso(back)).startswith("Sitting today"), back
    assert "MPs return on Wednesday 25 September" in on(CD, "sitting", d(2019, 9, 20))
    assert "hybrid House" in on(CD, "sitting", d(2020, 5, 5))
    assert on(CD, "sitting", d(2018, 11, 17)).startswith("No sitting today")
    assert "11.30am" in on(CD, "sitting", d(2018, 11, 20))
    meetings = found(HB, "mkutano", r"Mkutano wa (\d+ wa Bunge la \d+)")
    assert {f"{n} wa Bunge la {p}" for _, _, n, p in BUNGE_MEETINGS[:-1]} == meetings
    for day in every_day():
        text = on(HB, "mkutano", day)
        if text.startswith("Mkutano"):
            assert ("jijini" in text) == (day >= DODOMA_CITY)
    assert on(HB, "mkutano", d(2015, 9, 1)) == "Bunge limevunjwa. Uchaguzi Mkuu: 25 Oktoba 2015"
    assert on(HB, "mkutano", d(2015, 11, 1)) == "Bunge limeahirishwa hadi Jumanne, 17 Novemba 2015"
    assert on(HB, "mkutano", HB_REDESIGN).startswith("Mkutano wa 7 ")
    assert found(KN, "reces", r"met (\w+reces)") == {"voorjaarsreces", "meireces", "zomerreces",
                                                     "herfstreces", "kerstreces"}
    weekly = changes(KN, "reces")
    assert len(weekly) >= 250 and all(day.weekday() in (0, 4) for day in weekly)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for _, poll in GENERAL_ELECTIONS:
        assert "General election" in on(CD, "notice", iso(poll))
        assert "Pre-election period" in on(RS, "notice", iso(poll) - 3 * one)
    assert "EU referendum" in on(CD, "notice", d(2016, 6, 23))
    for day in MEANINGFUL_VOTES:
        assert "Meaningful vote" in on(CD, "notice", iso(day)), day
    for day, name in BUDGETS.items():
        assert f"{name} {day[:4]}:" in on(CD, "notice", iso(day)), day
    assert "Census 2021" in on(RS, "notice", d(2020, 12, 1))
    assert found(RS, "notice", r"Christmas (\d{4})") == {str(y) for y in range(2015, 2020)}
    for y in range(2015, 2021):
        first, last = census_collection(y)
        assert f"Recensement {y} : la collecte a lieu du {first.day} janvier" in on(
            VG, "avertissement", first), y
        thursday = easter(y) - 3 * one
        if y < 2020:
            assert f"jueves {thursday.day}" in on(RA, "aviso", thursday), y
            assert f"Thursday {thursday.day}" in on(KG, "schedule", thursday), y
            assert f"Selamat Hari Raya Aidilfitri {y}" in on(PK, "pengumuman",
                                                              iso(AIDILFITRI[y])), y
            assert f"Christmas {y}" in on(KG, "schedule", d(y, 12, 20)), y
        assert f"Prinsjesdag {y}" in on(KN, "mededeling", prinsjesdag(y)), y
        if y < 2020:  # the 2020 census notice wins over National Day
            assert f"Hari Kebangsaan ke-{y - 1957}" in on(PK, "pengumuman", d(y, 8, 31)), y
        budget = iso(BUDGET_DAYS[y])
        assert f"Bajeti Kuu ya Serikali {y}/{(y + 1) % 100:02d}" in on(HB, "tangazo", budget)
        if y < 2020:
            assert f"miaka {y - 1964}" in on(HB, "tangazo", d(y, 4, 26)), y
            assert f"Sommerpause {y}" in on(LN, "hinweis", d(y, 8, 1)), y
    assert "semana santa" not in on(RA, "aviso", d(2020, 4, 9)).lower()  # the pandemic won
    assert "Oekraïne" in on(KN, "mededeling", d(2016, 4, 6))
    assert "Tweede Kamerverkiezingen" in on(KN, "mededeling", d(2017, 3, 20))
    assert "Banci" in on(PK, "pengumuman", d(2020, 8, 1))
    assert "Perintah Kawalan Pergerakan" in on(PK, "pengumuman", d(2020, 4, 1))
    assert "Uchaguzi Mkuu 28 Oktoba 2020" in on(HB, "tangazo", d(2020, 10, 20))
    assert "Corona" in on(HB, "tangazo", d(2020, 4, 26))
    assert "Landtagswahl" in on(LN, "hinweis", d(2017, 5, 1))
    assert "Corona" in on(LN, "hinweis", d(2020, 8, 1))
    assert "Bundestagswahl" in on(SN, "hinweis", d(2017, 9, 25))
    assert "Zensus" in on(SN, "hinweis", d(2020, 12, 1))
    assert "présidentielle" in on(JO, "abonnement", d(2017, 5, 7))
    assert "municipales" in on(JO, "abonnement", d(2020, 3, 15))
    assert "17 octobre 2020" in on(JO, "abonnement", LAST_DAY)
    assert "banknotes" in on(TR, "notice", d(2015, 10, 12))
    assert "Our offices close from 24 December 2019" in on(TR, "notice", d(2019, 12, 30))
    assert "recensement 2021" in on(VG, "avertissement", LAST_DAY)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CD, "byline", CD_BYLINE, "By {author}", "{author_beat}"),
        (CD, "notice", CD_EMAIL, "morning email", "The Week Ahead"),
        (CD, "hansard", CD_HANSARD, "Official Report", "Read every word"),
        (RS, "provisional", RS_PROVISIONAL, "may be revised", "survey returns"),
        (RS, "notice", RS_ALERTS, "Sign up", "choose your topics"),
        (VG, "provisoire", VG_PROVISOIRE, "Données provisoires", "dernier trimestre"),
        (VG, "avertissement", VG_LETTRE, "par courriel", "lettre mensuelle"),
        (VG, "directeur", VG_DIRECTEUR, "Directeur", "Directrice"),
        (TR, "watch", TR_VIDEO, "live at 3pm", "video link"),
        (TR, "copyright", TR_LICENCE, "{year}", "Creative Commons"),
        (RA, "tipo", RA_NOTA, "Comunicado", "Nota"),
        (RA, "aviso", RA_TWITTER, "correo", "Twitter"),
        (SN, "vorlaeufig", SN_VORLAEUFIG, "Vorläufige Ergebnisse.", "Hinweis"),
        (SN, "hinweis", SN_PORTAL, "Datenbank", "Statistik-Portal"),
        (KN, "debat-direct", KN_TERUGKIJKEN, "Bekijk", "Terugkijken"),
        (KN, "mededeling", KN_APP, "Twitter", "app"),
        (PK, "permulaan", PK_PERMULAAN, "Angka", "suku tahun"),
        (PK, "pengumuman", PK_APP, "Facebook", "aplikasi"),
        (HB, "mwandishi", HB_REDESIGN, "Na {author}", "Dodoma"),
        (HB, "tangazo", HB_YOUTUBE, "moja kwa moja", "YouTube"),
        (KG, "copyright", KG_REDESIGN, "Printer", "Gazette Office"),
        (KG, "schedule", KG_ONLINE, "published every", "online"),
        (LN, "herausgeber", LN_REDESIGN, "Der Präsident", "Die Präsidentin"),
        (LN, "kontakt", LN_PRESSESTELLE, "Pressesprecher", "Pressestelle:"),
        (LN, "video", LN_MEDIATHEK, "Mediathek des", "/mediathek"),
        (LN, "drucksache", LN_REDESIGN, "18/", "19/"),
        (JO, "authentique", JO_ELECTRONIQUE, "imprimé", "électronique"),
        (JO, "licence", JO_LICENCE, "Licence Ouverte", "2.0")))
    assert_groups_reworded(SET, (
        (CD, "dated", " 20", "Published "),
        (CD, "byline", "By ", ", "),
        (RS, "release", "Release date", "Released"),
        (VG, "parution", "/", "juin"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
        first = max(start for start, _ in table if iso(start) <= FIRST_DAY)
        for start, value in table:
            if start >= first:
                assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert on(TR, "ocr", d(2020, 3, 15)) == "Official Cash Rate: 1.00%"
    assert on(TR, "ocr", d(2020, 3, 16)) == "Official Cash Rate: 0.25%"
    assert "le caractère" in on(JO, "tarif", LAST_DAY)
    assert "(unchanged)" in on(KG, "fees", d(2020, 4, 1))
    assert ": -" in on(SN, "vpi", d(2020, 12, 29)) and ": +" in on(SN, "vpi", d(2019, 9, 1))
    assert ": -" in on(PK, "ihp", d(2020, 6, 1)) and ": +" in on(PK, "ihp", d(2017, 6, 1))
    assert len({norm(t) for t in group_lines(SET, TR, "ocr")}) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (VG, "reproduction", r"[éè]"), (VG, "parution", r"^Paru\b"),
        (RA, "cifras", r"[áéíóú]"), (RA, "reproduccion", r"reproducci|citando"),
        (SN, "nachdruck", r"[äöüß]"), (SN, "vorlaeufig", r"[äöü]"),
        (KN, "disclaimer", r"\bgeen\b"), (KN, "lees-ook", r"^Lees\b"),
        (PK, "hubungi", r"hubungi|pertanyaan|Komunikasi"), (PK, "hakcipta", r"^Hak\b"),
        (HB, "imetolewa", r"^Imetolewa\b"), (HB, "mwisho", r"MWISHO"),
        (LN, "herausgeber", r"^Herausgeber"), (JO, "authentique", r"^Seule\b")))
    assert any(re.search(r"\b1er\b", t) for t in group_lines(SET, VG, "parution"))
    assert any(re.search(r"\b(Mac|Ogos|Disember)\b", t) for t in group_lines(SET, PK, "tarikh"))
    assert any(re.search(r"\b(Machi|Agosti|Desemba)\b", t)
               for t in group_lines(SET, HB, "tarehe"))
    assert any(re.search(r"\b(maart|augustus)\b", t) for t in group_lines(SET, KN, "datum"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CD}/dated", f"{CD}/byline", f"{CD}/related", f"{CD}/house",
                         f"{CD}/committee", f"{CD}/sitting", f"{CD}/notice", f"{RS}/release",
                         f"{RS}/contact", f"{RS}/figure", f"{RS}/next", f"{VG}/parution",
                         f"{VG}/numero"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CD}/licence", f"{CD}/publisher", f"{CD}/press", f"{RS}/ogl", f"{RS}/revisions",
        f"{VG}/reproduction"))
    assert_carried_share(docs, CD, [
        ("dated", 0.82, 0.99), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("sitting", 0.15, 0.45), ("advert", 0.05, 0.28)])
    assert_carried_share(docs, RS, [("release", 0.8, 0.98), ("next", 0.6, 0.88),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{CD}/related", f"{RS}/figure", f"{RS}/download", f"{VG}/graphique"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CD, "committee"), (CD, "advert"), (RS, "provisional"),
                               (VG, "source"), (TR, "chart"), (KN, "commissie"),
                               (HB, "picha"), (KG, "authority"), (JO, "nor")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CD, "correction", 16), (RS, "correction", 14), (VG, "erratum"), (TR, "correction"),
        (RA, "fe-de-erratas"), (SN, "korrektur"), (KN, "rectificatie"), (PK, "pembetulan"),
        (HB, "marekebisho"), (KG, "correction"), (LN, "korrektur"), (JO, "erratum")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CD}/related", "Related: "), (f"{VG}/savoir-plus", "Pour en savoir plus : "),
        (f"{KN}/lees-ook", "Lees ook: "), (f"{PK}/baca-juga", "Baca juga: "),
        (f"{HB}/soma-pia", "Soma pia: "), (f"{TR}/related", "Related: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CD, "advert", "Advertisement"), (RS, "download", "Download this chart"),
        (TR, "ends", "ENDS"), (HB, "mwisho", "MWISHO"),
        (SN, "download", "Tabelle herunterladen (XLSX)")))
    assert_group_values_from_pool(SET, (
        (CD, "house", "house"), (RS, "kind", "kind"), (VG, "collection", "collection"),
        (TR, "kind", "kind"), (KN, "soort", "soort"), (PK, "jenis", "jenis"),
        (HB, "kundi", "kundi"), (KG, "kind", "kind"), (LN, "rubrik", "rubrik"),
        (JO, "rubrique", "rubrique")))
    # Longer titles from pools: mostly (small edits aside) a value of the pool.
    for style, family in ((RS, "figure"), (VG, "graphique"), (TR, "chart"), (RA, "cuadro"),
                          (PK, "carta")):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        values = set(pool_in_order(SET, style, family))
        assert lines and sum(t in values for t in lines) >= 0.9 * len(lines), family
        assert len(set(lines) & values) >= 3, family


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (TR, "ends", "ENDS"),
        (RS, "download", "Download this chart"),
        (SN, "nachdruck", "Vervielfältigung und Verbreitung, auch auszugsweise, mit "
                          "Quellenangabe gestattet.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CD: (["hansard", "licence", "press", "publisher"], 3),
        RS: (["ogl", "crown"], 2),
        VG: (["contact", "reproduction", "directeur", "copyright"], 3),
        TR: (["ends", "media"], 2),
        RA: (["contacto", "reproduccion"], 2),
        SN: (["auskunft", "presse", "nachdruck"], 2),
        KN: (["disclaimer", "pers", "copyright"], 2),
        PK: (["dikeluarkan", "hubungi", "hakcipta"], 2),
        HB: (["mwisho", "imetolewa", "mawasiliano", "hakimiliki"], 3),
        KG: (["disclaimer", "contact", "copyright"], 2),
        LN: (["herausgeber", "kontakt"], 2),
        JO: (["licence", "contact"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
