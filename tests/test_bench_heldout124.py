"""The held-back-124 template set (`tests.bench.heldout_templates_124`): its localised dates
(printed day by day in American and British English with summer and winter time, Spanish with
CET and CEST, French with "1er", German, Dutch, Hindi, later in Devanagari digits, and
Indonesian, several changing form on the day of a redesign), the embargo lines worked out from
the day, the press-release and bulletin numbers climbing through the year, the weekly issue
and epidemiological week, the daily pollen forecast and COVID-19 count with its weekly
traffic light, a ranking turning each August, DOI and trial-registry lines by year, the
evidence labels, the seasons, the notices it rewords by date, the calendars some notices
follow (health days and months, flu seasons and campaigns, outbreaks, science events, the
semesters, Yoga Day, Ramadan and Lebaran, National Health Day, electoral blackouts, the 2020
pandemic), the amounts in its prices and "about" lines, the lines in several languages and
scripts, the variation it promises, its multi-line blocks and the hard negatives of its corpus
actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Most styles have few articles of
their own (the generator's Zipf sizes), so most checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_calendar import nth_weekday
from tests.bench.heldout_templates_124 import (
    FETE_DE_LA_SCIENCE,
    FIRST_DAY,
    FS_REDESIGN,
    GV_DISCLAIMER,
    GV_REDESIGN,
    GV_REVIEW,
    HS_LOCKED,
    HS_REDESIGN,
    HW_DISCLAIMER,
    HW_EDITORIAL,
    HW_NEWSLETTER,
    HW_PRIVACY,
    HW_REDESIGN,
    HW_REVIEW,
    LAST_DAY,
    LEBARAN,
    LH_NONDISCRIMINATION,
    LH_REDESIGN,
    LH_SOCIAL,
    PULSE_POLIO,
    RAMADAN,
    SD_DISCLAIMER,
    SD_REDESIGN,
    SD_REVIEW,
    SH_APP,
    SH_DISCLAIMER,
    SH_REDESIGN,
    SH_REVIEW,
    SK_REDESIGN,
    UH_REDESIGN,
    UZ_REDESIGN,
    UZ_REGISTER,
    VA_COVID_LINE,
    VA_GOVERNMENT,
    VA_HOTLINE,
    VA_TRAFFIC_LIGHT,
    WAAW,
    WJ_INTERESTS,
    WJ_JOURNALISTS,
    WJ_LABELS,
    WJ_REDESIGN,
    WJ_REMOTE,
    covid_cases,
    epi_week,
    french_day,
    issue_of,
    lectures_start,
    next_weekday,
    pollen_level,
    ranking_season,
    summer_time,
    traffic_light,
    yearly_number,
)
from tests.heldout_checks import (
    ascii_digits,
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
    pool,
    rendered,
    template,
    wording_on,
    wordings_by_start,
)

SET = "held-back-124"
SITES = ("Healthwise Daily", "Westmoor Medical Journal", "Lakemont Health", "Salud al Día",
         "Horizon Sciences", "Universität Hohenmark", "सेहत दर्पण", "Gezond Vandaag",
         "SehatKini", "Frontier Science", "Secretaría de Salud de Valle Alto", "UMC Zuidwold")
HW, WJ, LH, SD = ("healthwisedaily.com", "wmjournal.org", "lakemonthealth.org",
                  "saludaldia.es")
HS, UH, SH, GV = ("horizonsciences.fr", "uni-hohenmark.de", "sehatdarpan.com",
                  "gezondvandaag.nl")
SK, FS, VA, UZ = ("sehatkini.co.id", "frontierscience.co.uk", "saludvallealto.gob.mx",
                  "umczuidwold.nl")

d = dt.date
one = dt.timedelta(days=1)
DEVANAGARI = "०१२३४५६७८९"

# The dates printed day by day (every one from the first day).
DAILY = ((HW, "dated"), (LH, "dated"), (SD, "fecha"), (HS, "date"), (UH, "datum"),
         (SH, "tarikh"), (GV, "datum"), (SK, "tanggal"), (FS, "dated"), (VA, "fecha"),
         (UZ, "datum"))
# The embargo lines, worked out from the day.
EMBARGOES = ((WJ, "embargo"), (UH, "sperrfrist"), (UZ, "embargo"))
# The numbers that climb through the year.
NUMBERED = ((UH, "nummer"), (VA, "boletin"))
# The lines that turn every week.
WEEKLY = ((FS, "issue"), (VA, "semana"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((HW, "notice"), (WJ, "notice"), (LH, "notice"), (SD, "aviso"), (HS, "lettre"),
           (UH, "hinweis"), (SH, "suchna"), (GV, "melding"), (SK, "info"), (FS, "newsletter"),
           (VA, "aviso"), (UZ, "bezoek"))

QUIET = {domain: d(2015, 5, 5) for domain, _ in BANNERS}  # a day no event turns them
QUIET[VA] = d(2015, 10, 5)  # between the 2015 blackout, the dengue and the flu seasons
FIRST_WORDINGS = {
    HW: "Get the Wellness Wire newsletter: health news you can use, twice a week",
    WJ: "Journalists can register for embargoed access to our press releases",
    LH: "Find a doctor or schedule an appointment: call 1-800-000-5866 or use MyLakemont",
    SD: "Recibe cada semana nuestro boletín de salud en tu correo",
    HS: "Recevez chaque vendredi la lettre d'Horizon Sciences",
    UH: "Abonnieren Sie unsere Pressemitteilungen per E-Mail oder RSS",
    SH: "सेहत से जुड़ी हर खबर के लिए हमें फेसबुक पर फॉलो करें",
    GV: "Schrijf je in voor de gratis nieuwsbrief van Gezond Vandaag",
    SK: "Ikuti SehatKini di Instagram dan YouTube untuk tips sehat setiap hari",
    FS: "Get the best of our science journalism every Friday: sign up to our free newsletter",
    VA: "Síguenos en Facebook y Twitter: @SaludValleAlto",
    UZ: "Volg UMC Zuidwold op Twitter en LinkedIn",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def in_force(domain: str, family: str) -> list[tuple[dt.date, str]]:
    """The family's wordings in force from 2015 to 2020, each with the first of those days it
    is in force (the first one from 1 January 2015), dropping a wording the same as the one
    before."""
    starts, texts = wordings_by_start(SET, domain, family)
    first, last = every_day()[0], every_day()[-1]
    out = [(first, on(domain, family, first))]
    for start, text in zip(starts, texts, strict=True):
        day = iso(start)
        if first < day <= last and text != out[-1][1]:
            out.append((day, text))
    return out


def found_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for _, text in in_force(domain, family) if (m := re.search(pattern, text))}


def changes(domain: str, family: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family differs from the day
    before's."""
    return {day for day, _ in in_force(domain, family)[1:]}


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def years(*span: int) -> set[str]:
    return {str(y) for y in range(*span)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EMBARGOES + NUMBERED + WEEKLY + BANNERS + (
        (LH, "ranking"), (HS, "doi"), (VA, "covid"), (SD, "temporada"), (GV, "pollen")), (
        d(2015, 1, 1), d(2015, 5, 5), d(2016, 3, 5), d(2017, 4, 7), d(2018, 7, 2),
        d(2019, 6, 21), d(2020, 3, 18), d(2020, 6, 1), d(2020, 12, 31), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert summer_time(d(2019, 10, 26)) and not summer_time(d(2019, 10, 27))
    assert next_weekday(d(2019, 6, 25), 1) == d(2019, 7, 2)  # a Tuesday: the next one
    assert next_weekday(d(2019, 6, 24), 2) == d(2019, 6, 26)
    assert epi_week(d(2015, 1, 1)) == (2014, 53) and epi_week(d(2015, 1, 4)) == (2015, 1)
    assert epi_week(d(2020, 1, 1)) == (2020, 1) and epi_week(d(2019, 12, 28)) == (2019, 52)
    assert epi_week(d(2020, 12, 31)) == (2020, 53) and epi_week(d(2019, 6, 21)) == (2019, 25)
    assert yearly_number(d(2019, 1, 1), 180) == 1 and yearly_number(d(2019, 12, 31), 180) < 181
    assert issue_of(d(2015, 1, 1)) == (3001, d(2015, 1, 1))
    assert issue_of(d(2015, 1, 7)) == (3001, d(2015, 1, 1))
    assert issue_of(d(2019, 6, 21)) == (3234, d(2019, 6, 20))
    assert ranking_season(d(2018, 7, 31)) == 2017 and ranking_season(d(2018, 8, 1)) == 2018
    assert french_day(d(2019, 6, 1)) == "1er" and french_day(d(2019, 6, 2)) == "2"
    assert lectures_start(2019) == d(2019, 10, 21)
    assert pollen_level(d(2019, 12, 2)) == "geen"
    assert traffic_light(d(2020, 8, 2)) == "rojo"  # the week of Monday 27 July
    days = [VA_COVID_LINE + k * one for k in range(300)]
    assert all(covid_cases(a) <= covid_cases(b) for a, b in zip(days, days[1:], strict=False))
    assert covid_cases(d(2020, 12, 31)) > 20 * covid_cases(VA_COVID_LINE)
    for day in every_day():
        assert day < next_weekday(day, 2) <= day + 7 * one and next_weekday(day, 2).weekday() == 2


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2019, 6, 21), d(2019, 12, 2)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HW, "dated", old, "Published March 5, 2016")
    full(HW, "dated", new, "Updated on June 21, 2019")
    full(HW, "dated", winter, r"Updated on Dec\. 2, 2019")
    full(WJ, "embargo", old, "EMBARGOED UNTIL 23:30 UK TIME, TUESDAY 8 MARCH 2016")
    full(WJ, "embargo", new, "Embargoed until 00:01 BST Wednesday 26 June 2019")
    full(WJ, "embargo", winter, "Embargoed until 00:01 GMT Wednesday 4 December 2019")
    full(LH, "dated", old, "March 5, 2016")
    full(LH, "dated", new, "Friday, June 21, 2019")
    full(LH, "ranking", new, "Recognized among the best regional hospitals in Ohio, 2018-19")
    full(SD, "fecha", old, rf"Actualizado: 05/03/2016 {clock}")
    full(SD, "fecha", new, rf"21 JUN 2019 - {clock} CEST")
    full(SD, "fecha", winter, rf"02 DIC 2019 - {clock} CET")
    full(HS, "date", old, rf"Publié le 05/03/2016 à {clock}")
    full(HS, "date", new, "Publié le vendredi 21 juin 2019")
    full(HS, "date", d(2019, 6, 1), "Publié le samedi 1er juin 2019")
    full(HS, "doi", new, r"DOI : 10\.1038/s41586-019-\d{6}")
    full(UH, "nummer", new, "Pressemitteilung Nr. 85/2019")
    full(UH, "datum", old, r"Hohenmark, den 05\.03\.2016")
    full(UH, "datum", new, "Veröffentlicht am 21. Juni 2019")
    full(UH, "sperrfrist", new, r"Sperrfrist: Mittwoch, 26\.06\.2019, 17:00 Uhr MESZ")
    full(UH, "sperrfrist", winter, r"Sperrfrist: Mittwoch, 04\.12\.2019, 17:00 Uhr MEZ")
    full(SH, "tarikh", old, "अपडेट किया गया: 05-03-2016")
    full(SH, "tarikh", new, "शुक्रवार, २१ जून २०१९")
    full(GV, "datum", old, rf"05-03-2016 \| {clock}")
    full(GV, "datum", new, "vrijdag 21 juni 2019")
    full(GV, "pollen", winter, "🌾 Hooikoortsradar maandag 2 december: geen")
    full(GV, "pollen", new, "🌾 Hooikoortsradar vrijdag 21 juni: (laag|matig|hoog|zeer hoog)")
    full(SK, "tanggal", old, rf"Sabtu, 05/03/2016 {clock} WIB")
    full(SK, "tanggal", new, rf"Diperbarui 21 Jun 2019, {clock} WIB")
    full(FS, "dated", old, "5 March 2016")
    full(FS, "dated", new, rf"Fri 21 Jun 2019, updated {clock} BST")
    full(FS, "dated", winter, rf"Mon 2 Dec 2019, updated {clock} GMT")
    full(FS, "issue", new, "From issue 3234 · on sale 20 June 2019")
    full(VA, "boletin", new, "Boletín de prensa 197/2019")
    full(VA, "fecha", old, "[^,]+, Valle Alto, a 5 de marzo de 2016")
    full(VA, "fecha", new, r"Viernes 21 de junio de 2019 \| .+")
    full(VA, "semana", new, "Corte epidemiológico: semana 25 de 2019")
    full(VA, "covid", new, "Consulta el panorama epidemiológico semanal de Valle Alto en "
                           "nuestro portal")
    full(VA, "covid", d(2020, 5, 4), r"🦠 COVID-19 en Valle Alto al 4 de mayo: [\d,]+ casos "
                                     r"confirmados acumulados")
    full(VA, "covid", d(2020, 10, 6), r"🦠 COVID-19 en Valle Alto al 6 de octubre: \d{1,2},"
                                      r"\d{3} casos confirmados acumulados · Semáforo amarillo")
    full(UZ, "datum", old, "Zuidwold, 05-03-2016")
    full(UZ, "datum", new, "Vrijdag 21 juni 2019")
    full(UZ, "embargo", new, "EMBARGO tot woensdag 26 juni 2019, 23.00 uur")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(HW, "dated", day).startswith("Published") == (day < HW_REDESIGN)
        assert on(LH, "dated", day)[-6] == "," and (
            on(LH, "dated", day).split(",")[0] in (
                "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                "Sunday")) == (day >= LH_REDESIGN)
        assert on(SD, "fecha", day).startswith("Actualizado") == (day < SD_REDESIGN)
        assert (" à " in on(HS, "date", day)) == (day < HS_REDESIGN)
        assert on(UH, "datum", day).startswith("Hohenmark") == (day < UH_REDESIGN)
        assert on(SH, "tarikh", day).startswith("अपडेट") == (day < SH_REDESIGN)
        assert ("|" in on(GV, "datum", day)) == (day < GV_REDESIGN)
        assert on(SK, "tanggal", day).startswith("Diperbarui") == (day >= SK_REDESIGN)
        assert ("updated" in on(FS, "dated", day)) == (day >= FS_REDESIGN), day
        assert on(VA, "fecha", day).startswith("{ciudad}") == (day < VA_GOVERNMENT)
        assert on(UZ, "datum", day).startswith("Zuidwold") == (day < UZ_REDESIGN)
        if day >= FS_REDESIGN:
            zone = "BST" if summer_time(day) else "GMT"
            assert on(FS, "dated", day).endswith(f"{{time}} {zone}"), day
        if day >= SD_REDESIGN:
            zone = "CEST" if summer_time(day) else "CET"
            assert on(SD, "fecha", day).endswith(f"{{time}} {zone}"), day
        if day.day == 1 and day >= HS_REDESIGN:
            assert " 1er " in on(HS, "date", day)
        assert on(GV, "pollen", day).endswith(": geen") == (day.month in (11, 12, 1))
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    # The Hindi portal prints Devanagari digits since its redesign.
    assert any(re.search("[०-९]", t) for t in group_lines(SET, SH, "tarikh"))
    assert all(bool(re.search("[०-९]", on(SH, "tarikh", day))) == (day >= SH_REDESIGN)
               for day in every_day())


def test_embargoes_worked_out_from_the_day() -> None:
    months = "January February March April May June July August September October November " \
             "December".split()
    for day in every_day():
        tuesday, wednesday = next_weekday(day, 1), next_weekday(day, 2)
        line = on(WJ, "embargo", day)
        if day < WJ_REDESIGN:
            assert line.endswith(f"TUESDAY {tuesday.day} {months[tuesday.month - 1].upper()} "
                                 f"{tuesday.year}"), day
        else:
            zone = "BST" if summer_time(wednesday) else "GMT"
            assert line == (f"Embargoed until 00:01 {zone} Wednesday {wednesday.day} "
                            f"{months[wednesday.month - 1]} {wednesday.year}"), day
        zone = "MESZ" if summer_time(wednesday) else "MEZ"
        assert on(UH, "sperrfrist", day).endswith(
            f"{wednesday.day:02d}.{wednesday.month:02d}.{wednesday.year}, 17:00 Uhr {zone}")
        assert f"woensdag {wednesday.day} " in on(UZ, "embargo", day)
    for domain, family in EMBARGOES:
        turned = changes(domain, family)
        assert 300 <= len(turned) <= 320, domain  # once a week
    # The embargo lines turn the day after the embargo day: Wednesdays (or Thursdays).
    assert {day.weekday() for day in changes(UH, "sperrfrist")} == {2}
    assert {day.weekday() for day in changes(WJ, "embargo") if day > WJ_REDESIGN} == {2}
    assert {day.weekday() for day in changes(WJ, "embargo") if day < WJ_REDESIGN} == {1}


def test_numbers_that_climb_through_the_year() -> None:
    for domain, family in NUMBERED:
        assert len(changes(domain, family)) >= 900, domain
        for day in every_day():
            number, year = map(int, re.search(r"(\d+)/(\d{4})$", on(domain, family, day))
                                .groups())
            assert year == day.year
            before = re.search(r"(\d+)/\d{4}$", on(domain, family, day - one))
            if day.month == 1 and day.day == 1:
                assert number == 1, (domain, day)
            else:
                assert 0 <= number - int(before[1]) <= 2, (domain, day)
    numbers = {int(m[1]) for t in group_lines(SET, UH, "nummer")
               if (m := re.search(r"Nr\. (\d+)/", t))}
    assert len(numbers) >= 10 and max(numbers) <= 180


def test_lines_that_turn_every_week() -> None:
    turned = changes(FS, "issue")
    assert turned and {day.weekday() for day in turned} == {3}  # Thursdays
    issues = [int(m[1]) for day in sorted(turned)
              if (m := re.search(r"issue (\d+)", on(FS, "issue", day)))]
    assert issues == list(range(issues[0], issues[0] + len(issues)))
    assert {day.weekday() for day in changes(VA, "semana")} == {6}  # Sundays
    assert "semana 53 de 2014" in on(VA, "semana", d(2015, 1, 1))
    assert "semana 53 de 2020" in on(VA, "semana", d(2020, 12, 31))
    assert found_in(VA, "semana", r"semana (\d+) de 2019") == {str(w) for w in range(1, 53)}
    weeks = {norm(t) for t in group_lines(SET, VA, "semana")}
    assert len(weeks) >= 4


def test_daily_counts_and_the_weekly_traffic_light() -> None:
    turned = changes(VA, "covid")
    assert min(turned) == VA_COVID_LINE and len(turned) == (d(2020, 12, 31) - VA_COVID_LINE
                                                             ).days + 1
    counts = [int(m[1].replace(",", "")) for day in every_day() if day >= VA_COVID_LINE
              if (m := re.search(r": ([\d,]+) casos", on(VA, "covid", day)))]
    assert counts == sorted(counts) and len(counts) == len(turned)
    lights = {}
    for day in every_day():
        line = on(VA, "covid", day)
        assert ("Semáforo" in line) == (day >= VA_TRAFFIC_LIGHT), day
        if day >= VA_TRAFFIC_LIGHT:
            lights.setdefault(day - day.weekday() * one, set()).add(line.rsplit(" ", 1)[1])
    assert all(len(colours) == 1 for colours in lights.values())
    assert set().union(*lights.values()) == {"rojo", "naranja", "amarillo"}
    # The pollen forecast names its day, so it turns every day.
    assert len(changes(GV, "pollen")) == len(every_day()) - 1  # from the second day
    assert len({norm(t) for t in group_lines(SET, GV, "pollen")}) >= 3
    levels = found_in(GV, "pollen", r": ([a-z ]+)$")
    assert levels == {"geen", "laag", "matig", "hoog", "zeer hoog"}


def test_ranking_doi_and_registry_lines_by_year() -> None:
    assert {day for day in changes(LH, "ranking")} == {d(y, 8, 1) for y in range(2015, 2021)}
    assert found_in(LH, "ranking", r"Ohio, (\d{4}-\d\d)") == {
        "2014-15", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21"}
    assert changes(HS, "doi") == {d(y, 1, 1) for y in range(2016, 2021)}
    assert found_in(HS, "doi", r"s41586-(\d{3})-") == {f"0{y % 100}" for y in range(2015, 2021)}
    assert "NCT02{n}" in on(WJ, "trial", d(2016, 9, 30))
    assert "NCT03{n}" in on(WJ, "trial", d(2016, 10, 1))
    assert "NCT04{n}" in on(WJ, "trial", d(2019, 6, 1))
    trials = [norm(t) for t in group_lines(SET, WJ, "trial")]
    assert trials and all(re.fullmatch(r"Trial registration: ClinicalTrials\.gov NCT0[234]\d{6}",
                                       t) for t in trials)
    register = [norm(t) for t in group_lines(SET, UZ, "trialregister")]
    assert register and all(re.search(r"nummer (NTR5|NL7)\d{3}\.$", t) for t in register)
    # The DOI and the link to the paper carry the same number on a page.
    for doc in planted_docs(SET):
        lines = {line.label.rpartition("/")[2]: line.text for line in doc.lines
                 if line.is_boilerplate}
        if doc.publisher == WJ and "doi" in lines and "link" in lines:
            assert norm(lines["doi"]).removeprefix("DOI: ") in lines["link"]


def test_evidence_labels_introduced_in_2018() -> None:
    assert_reworded_on(SET, (
        (WJ, "peer-review", WJ_LABELS, "Peer reviewed research", "Externally peer reviewed?"),
        (WJ, "evidence", WJ_LABELS, "Study type:", "Evidence type:")))
    lines = [norm(t) for t in group_lines(SET, WJ, "evidence")]
    values = [t.split(": ", 1)[1] for t in lines if ": " in t]
    assert values and sum(v in pool(SET, WJ, "evidence") for v in values) >= 0.9 * len(values)
    assert any(t.startswith("Study type:") for t in lines)
    assert any(t.startswith("Evidence type:") for t in lines)
    subjects = Counter(norm(t) for t in group_lines(SET, WJ, "subjects"))
    assert subjects.most_common(1)[0][0] == "Subjects: People"


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "polen" in on(SD, "temporada", d(y, 4, 10))
        assert "golpe de calor" in on(SD, "temporada", d(y, 7, 10))
        assert "gripe" in on(SD, "temporada", d(y, 10, 10))
        assert "invierno" in on(SD, "temporada", d(y, 1, 10))
    assert len(changes(SD, "temporada")) >= 20


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET[domain]) == text, domain
    # Healthwise Daily: Zika, the pandemic, the vaccines, health days and months
    assert "Zika" in on(HW, "notice", d(2016, 6, 1))
    assert "new coronavirus" in on(HW, "notice", d(2020, 2, 15))
    assert "CDC" in on(HW, "notice", d(2020, 4, 7))  # the pandemic wins over World Health Day
    assert "vaccines" in on(HW, "notice", d(2020, 12, 20))
    # Zika wins over World Health Day 2016, the pandemic over 2020's.
    assert found_in(HW, "notice", r"World Health Day (\d{4})") == years(2015, 2020) - {"2016"}
    assert "depression" in on(HW, "notice", d(2017, 4, 7))
    assert found_in(HW, "notice", r"World AIDS Day (\d{4})") == years(2015, 2020)
    assert all("Breast Cancer" in on(HW, "notice", d(y, 10, 15)) for y in (2015, 2017, 2018,
                                                                           2019))
    assert found_in(HW, "notice", r"Flu season (\d{4}-\d\d)") == {
        "2015-16", "2017-18", "2018-19", "2019-20"}  # Zika's 2016, the pandemic's 2020
    # Westmoor Medical Journal: the awareness week (renamed), Christmas, the pandemic
    for y, first in WAAW.items():
        kind = "Antimicrobial" if y == 2020 else "Antibiotic"
        assert f"World {kind} Awareness Week {y}" in on(WJ, "notice", iso(first)), y
    assert found_in(WJ, "notice", r"Christmas issue (\d{4})") == years(2015, 2021)
    assert "closed from 23 December 2019 to 2 January 2020" in on(WJ, "notice", d(2020, 1, 2))
    assert on(WJ, "notice", d(2016, 1, 3)) == FIRST_WORDINGS[WJ]
    assert "coronavirus research" in on(WJ, "notice", d(2020, 6, 1))
    # Lakemont Health: flu-season restrictions, the 2020 visitor and mask rules
    for y in range(2015, 2021):
        assert "Flu season visitor" in on(LH, "notice", d(y, 1, 20)), y
    assert "visitors are not allowed" in on(LH, "notice", d(2020, 4, 1))
    assert "Masks are required" in on(LH, "notice", d(2020, 12, 20))  # wins over the flu
    # Salud al Día: the states of alarm, World Cancer Day, the donors, the flu campaign
    assert "Estado de alarma" in on(SD, "aviso", d(2020, 4, 1))
    assert "Nueva normalidad" in on(SD, "aviso", d(2020, 8, 1))
    assert "Segundo estado de alarma" in on(SD, "aviso", d(2020, 11, 15))
    assert found_in(SD, "aviso", r"contra el Cáncer (\d{4})") == years(2015, 2021)
    assert all("Donante de Sangre" in on(SD, "aviso", d(y, 6, 14)) for y in range(2015, 2020))
    assert found_in(SD, "aviso", r"gripe (\d{4})-") == years(2015, 2020)
    # Horizon Sciences: eclipses, Rosetta, the lockdowns, the Fête, the stars, the Nobels
    assert "Éclipse partielle" in on(HS, "lettre", d(2015, 3, 20))
    assert "Rosetta" in on(HS, "lettre", d(2016, 9, 30))
    assert "États-Unis" in on(HS, "lettre", d(2017, 8, 21))
    assert "Covid-19" in on(HS, "lettre", d(2020, 4, 1))
    assert "Reconfinement" in on(HS, "lettre", d(2020, 11, 15))
    assert found_in(HS, "lettre", r"Fête de la science (\d{4})") == years(2015, 2021)
    assert found_in(HS, "lettre", r"Nuits des étoiles (\d{4})") == years(2015, 2021)
    for y in range(2015, 2021):
        nobel = nth_weekday(y, 10, 0, 1)
        in_fete = iso(FETE_DE_LA_SCIENCE[y][0]) <= nobel <= iso(FETE_DE_LA_SCIENCE[y][1])
        assert ("Prix Nobel" in on(HS, "lettre", nobel)) != in_fete, y
    # Universität Hohenmark: the Lange Nacht, Girls'Day, semesters, excellence, the pandemic
    assert found_in(UH, "hinweis", r"Lange Nacht der Wissenschaften (\d{4})") == years(
        2015, 2020)
    assert found_in(UH, "hinweis", r"Girls'Day (\d{4})") == years(2015, 2020)
    assert "Girls'Day 2019" in on(UH, "hinweis", d(2019, 3, 28))
    assert found_in(UH, "hinweis", r"Wintersemester (\d{4})/\d\d: Willkommen") == years(2015, 2020)
    assert found_in(UH, "hinweis", r"Sommersemester (\d{4})") == years(2015, 2020)
    assert "Exzellenzcluster" in on(UH, "hinweis", d(2018, 9, 28))
    assert "Präsenzlehre ausgesetzt" in on(UH, "hinweis", d(2020, 4, 14))
    assert "2020/21 überwiegend digital" in on(UH, "hinweis", lectures_start(2020))
    # सेहत दर्पण: Yoga Day with its ordinal, pulse polio, the lockdown, dengue and smog
    assert found_in(SH, "suchna", r"(\S+) अंतरराष्ट्रीय योग") == {
        "पहला", "दूसरा", "तीसरा", "चौथा", "पांचवां", "छठा"}
    for y, day in PULSE_POLIO.items():
        assert f"पल्स पोलियो अभियान {y}" in on(SH, "suchna", iso(day)), y
    assert "लॉकडाउन" in on(SH, "suchna", d(2020, 4, 15))
    assert "अनलॉक" in on(SH, "suchna", d(2020, 9, 1))  # the unlock wins over dengue
    assert all("डेंगू" in on(SH, "suchna", d(y, 9, 15)) for y in range(2015, 2020))
    assert all("प्रदूषण" in on(SH, "suchna", d(y, 11, 10)) for y in range(2015, 2020))
    # Gezond Vandaag: the 2020 measures, the heat plan, the flu shot, KWF, Stoptober
    assert "RIVM" in on(GV, "melding", d(2020, 4, 1))
    assert "Gedeeltelijke lockdown" in on(GV, "melding", d(2020, 11, 1))
    assert "19 januari" in on(GV, "melding", d(2020, 12, 20))
    assert all("Hitteplan" in on(GV, "melding", iso(first)) for first in ("2015-06-30",
                                                                          "2019-07-25"))
    # The 2020 partial lockdown, from 14 October, wins over the flu shot's campaign.
    assert found_in(GV, "melding", r"Griepprik (\d{4})") == years(2015, 2020)
    assert found_in(GV, "melding", r"KWF-collecteweek (\d{4})") == years(2015, 2021)
    assert found_in(GV, "melding", r"Stoptober (\d{4})") == years(2015, 2021)
    # SehatKini: Ramadan, Lebaran (at home in 2020), National Health Day, 2020, dengue
    for y in range(2015, 2021):
        assert f"Ramadan {y}" in on(SK, "info", iso(RAMADAN[y])), y
        assert "Lebaran" in on(SK, "info", iso(LEBARAN[y])), y
    assert "jangan mudik" in on(SK, "info", iso(LEBARAN[2020]))
    assert found_in(SK, "info", r"Kesehatan Nasional ke-(\d+)") == {str(n) for n in
                                                                     range(51, 57)}
    assert "#DiRumahAja" in on(SK, "info", d(2020, 4, 1))
    assert "Ingat pesan ibu" in on(SK, "info", d(2020, 10, 1))
    assert all("DBD" in on(SK, "info", d(y, 2, 1)) for y in range(2015, 2021))
    # Frontier Science: eclipses, waves, the black hole, 2020, Science Week, meteors, Nobels
    assert "Solar eclipse on 20 March" in on(FS, "newsletter", d(2015, 3, 18))  # wins over BSW
    assert "Gravitational waves" in on(FS, "newsletter", d(2016, 2, 12))
    assert "black hole" in on(FS, "newsletter", d(2019, 4, 10))
    assert "Coronavirus" in on(FS, "newsletter", d(2020, 3, 10))  # wins over Science Week
    assert found_in(FS, "newsletter", r"British Science Week (\d{4})") == years(2015, 2020)
    assert found_in(FS, "newsletter", r"Perseid meteor shower (\d{4})") == years(2015, 2020)
    assert found_in(FS, "newsletter", r"Nobel prizes (\d{4})") == years(2015, 2020)
    # Secretaría de Salud de Valle Alto: blackouts, 2020, flu and dengue seasons
    assert found_in(VA, "aviso", r"Veda electoral (\d{4})") == {"2015", "2017", "2018"}
    assert "hasta el 1 de julio" in on(VA, "aviso", d(2018, 5, 1))  # wins over the flu
    assert "Sana Distancia" in on(VA, "aviso", d(2020, 4, 1))
    assert "Nueva normalidad" in on(VA, "aviso", d(2020, 11, 1))
    assert found_in(VA, "aviso", r"Temporada invernal (\d{4})-") == years(2014, 2020)
    assert all("dengue" in on(VA, "aviso", d(y, 8, 1)) for y in range(2015, 2020))
    # UMC Zuidwold: visitors, the donor law, masks
    assert "bezoek beperkt" in on(UZ, "bezoek", d(2020, 4, 1))
    assert "Donorwet" in on(UZ, "bezoek", d(2020, 7, 1))
    assert "mondkapje" in on(UZ, "bezoek", d(2020, 12, 1))
    assert on(UZ, "bezoek", d(2020, 9, 1)) == FIRST_WORDINGS[UZ]


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (HW, "reviewed", HW_REVIEW, "Reviewed by", "Medically reviewed by"),
        (HW, "editorial", HW_EDITORIAL, "strict sourcing", "tertiary"),
        (HW, "disclaimer", HW_DISCLAIMER, "informational purposes", "not intended"),
        (HW, "notice", HW_NEWSLETTER, "twice a week", "Tuesday and Friday"),
        (HW, "policies", HW_PRIVACY, "Advertising Policy", "Do Not Sell"),
        (WJ, "kicker", WJ_REDESIGN, "PRESS RELEASE", "News release"),
        (WJ, "notes", WJ_REDESIGN, "Notes for", "Notes to"),
        (WJ, "competing", WJ_INTERESTS, "none declared", "Declaration of interests"),
        (WJ, "contact", WJ_REMOTE, "+44", "working remotely"),
        (WJ, "notice", WJ_JOURNALISTS, "can register", "apply on our press page"),
        (LH, "nondiscrimination", LH_NONDISCRIMINATION, "equal opportunity", "civil rights"),
        (LH, "social", LH_SOCIAL, "Facebook and Twitter", "LinkedIn"),
        (LH, "about", d(2017, 9, 1), "six hospitals and 40", "seven hospitals and 44"),
        (LH, "about", d(2019, 7, 1), "and 44", "and 52"),
        (SD, "revisado", SD_REVIEW, "Revisado por:", "Contenido revisado por"),
        (SD, "aviso-medico", SD_DISCLAIMER, "no sustituye", "divulgativo"),
        (HS, "abonnes", HS_LOCKED, "Article réservé", "🔒"),
        (HS, "abonnement", d(2017, 1, 1), "4,90 €", "5,40 €"),
        (HS, "abonnement", d(2019, 9, 1), "5,40 €", "5,90 €"),
        (UH, "ueber", d(2016, 10, 1), "27.000", "28.500"),
        (UH, "ueber", d(2020, 10, 1), "29.800", "30.400"),
        (SH, "review", SH_REVIEW, "द्वारा समीक्षित", "मेडिकली रिव्यूड"),
        (SH, "asvikaran", SH_DISCLAIMER, "अस्वीकरण", "डिस्क्लेमर"),
        (SH, "suchna", SH_APP, "फेसबुक", "ऐप"),
        (SH, "premium", d(2018, 4, 1), "₹49", "₹79"),
        (GV, "gecontroleerd", GV_REVIEW, "Medisch advies", "gecontroleerd door"),
        (GV, "disclaimer", GV_DISCLAIMER, "geen vervanging", "Twijfel"),
        (SK, "penulis", SK_REDESIGN, "Penulis:", "Ditulis oleh"),
        (SK, "konsultasi", d(2018, 1, 1), "Rp15.000", "Rp25.000"),
        (FS, "subscribe", d(2020, 9, 3), "£4.99", "£5.49"),
        (VA, "contacto", VA_HOTLINE, "atención ciudadana", "COVID-19"),
        (VA, "gobierno", VA_GOVERNMENT, "2011-2017", "2017-2023"),
        (UZ, "trialregister", UZ_REGISTER, "NTR5", "NL7"),
        (UZ, "over", d(2020, 1, 1), "12.000", "13.000")))
    assert_groups_reworded(SET, (
        (HW, "dated", "Published", "Updated on"),
        (HW, "disclaimer", "informational purposes", "not intended"),
        (HW, "reviewed", "Reviewed by", "Medically reviewed by"),
        (WJ, "embargo", "EMBARGOED UNTIL", "Embargoed until"),
        (WJ, "competing", "none declared", "Declaration of interests"),
        (LH, "dated", "2016", "day, "),
        (SD, "fecha", "Actualizado:", " CE"),
    ))


def test_amounts_in_prices_and_about_lines() -> None:
    assert "₹99" in on(SH, "premium", d(2020, 6, 1)) and "₹49" in on(SH, "premium",
                                                                     d(2017, 6, 1))
    assert "Rp35.000" in on(SK, "konsultasi", d(2020, 6, 1))
    assert "£3.99" in on(FS, "subscribe", d(2016, 6, 1))
    assert found_in(FS, "subscribe", r"£(\d\.\d\d)") == {"3.99", "4.49", "4.99", "5.49"}
    assert found_in(HS, "abonnement", r"(\d,\d\d) €") == {"4,90", "5,40", "5,90"}
    assert found_in(UH, "ueber", r"rund ([\d.]+) Studierenden") == {
        "27.000", "28.500", "29.800", "30.400"}
    assert found_in(UZ, "over", r"ruim ([\d.]+) medewerkers") == {"11.000", "12.000",
                                                                   "13.000"}
    assert found_in(LH, "about", r"of (\w+) hospitals") == {"six", "seven"}
    prices = [norm(t) for t in group_lines(SET, HS, "abonnement")]
    assert prices and all(re.search(r"\d,\d\d € par mois$", t) for t in prices)


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (SH, "tarikh", r"[\u0900-\u097f]"), (SH, "suchna", r"[\u0900-\u097f]"),
        (SH, "asvikaran", r"[\u0900-\u097f]"), (SH, "ye-bhi", r"^ये भी पढ़ें: "),
        (SD, "aviso-medico", r"[áéíóúñ]"), (HS, "date", r"Publié\s+le"),
        (UH, "hinweis", r"[a-zäöüß]"), (GV, "melding", r"[a-z]"),
        (SK, "disclaimer", r"dokter"), (VA, "leyenda", r"político")))
    assert any(t.endswith("CEST") for t in group_lines(SET, SD, "fecha"))
    assert any(t.endswith(" CET") for t in group_lines(SET, SD, "fecha"))
    assert any(t.endswith("BST") for t in group_lines(SET, FS, "dated"))
    assert any("WIB" in t for t in group_lines(SET, SK, "tanggal"))
    assert any(re.search(r"\d{2}-\d{2}-\d{4}", t) for t in group_lines(SET, SH, "tarikh"))
    dutch = "|".join(("januari", "februari", "maart", "april", "mei", "juni", "juli",
                      "augustus", "september", "oktober", "november", "december"))
    assert any(re.search(dutch, t) for t in group_lines(SET, GV, "datum"))
    assert any(re.search(r"semana \d+ de \d{4}", t) for t in group_lines(SET, VA, "semana"))
    assert ascii_digits("२१ जून २०१९", DEVANAGARI) == "21 जून 2019"


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{HW}/dated", f"{HW}/byline", f"{HW}/reviewed", f"{HW}/related",
                         f"{HW}/sources", f"{HW}/topic", f"{HW}/copyright", f"{WJ}/embargo",
                         f"{WJ}/doi", f"{WJ}/funding", f"{LH}/dated", f"{LH}/related"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{HW}/disclaimer", f"{HW}/editorial", f"{WJ}/competing", f"{WJ}/about",
        f"{LH}/about", f"{LH}/nondiscrimination", f"{SD}/aviso-medico", f"{HS}/editeur"))
    assert_carried_share(docs, HW, [
        ("dated", 0.75, 0.95), ("disclaimer", 0.82, 0.98), ("related", 0.4, 0.75),
        ("correction", 0.0, 0.1), ("fact-checked", 0.03, 0.2), ("notice", 0.15, 0.5)])
    assert_carried_share(docs, WJ, [("embargo", 0.7, 0.97), ("correction", 0.0, 0.15)])
    for fam in (f"{HW}/related", f"{HW}/advert", f"{SD}/interesar"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{LH}/photo", f"{LH}/related"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((LH, "photo"), (HS, "publicite"), (HS, "credit"),
                               (UH, "bild"), (SH, "vigyapan"), (GV, "advertentie"),
                               (SK, "iklan"), (FS, "image"), (VA, "foto")))
    reviewers = [norm(t).removeprefix("Medically reviewed by ").removeprefix("Reviewed by ")
                 for t in group_lines(SET, HW, "reviewed")]
    assert reviewers and sum(r in pool(SET, HW, "reviewer") for r in reviewers) >= (
        0.9 * len(reviewers))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (HW, "correction"), (WJ, "correction"), (LH, "correction"), (SD, "fe-de-errores"),
        (HS, "rectificatif"), (UH, "berichtigung"), (SH, "sudhar"), (GV, "rectificatie"),
        (SK, "ralat"), (FS, "correction"), (VA, "fe-de-erratas"), (UZ, "rectificatie")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{HW}/related", "Related: "), (f"{LH}/related", "Related story: "),
        (f"{SD}/interesar", "Te puede interesar: "), (f"{HS}/lire", "À lire aussi : "),
        (f"{SH}/ye-bhi", "ये भी पढ़ें: "), (f"{GV}/lees-ook", "Lees ook: "),
        (f"{SK}/baca-juga", "Baca Juga: "), (f"{FS}/read-more", "Read more: ")))
    # The press releases cite their own title as the paper's.
    own = [(doc.lines[0].text, line.text) for doc in planted_docs(SET) for line in doc.lines
           if doc.publisher == UH and line.label.endswith("/original")]
    assert own and sum(f": {title}. " in text for title, text in own) >= 0.9 * len(own)


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (HW, "advert", "Advertisement"), (SD, "publicidad", "Publicidad"),
        (HS, "publicite", "Publicité"), (SH, "vigyapan", "विज्ञापन"),
        (GV, "advertentie", "Advertentie"), (SK, "iklan", "Iklan"), (LH, "ends", "###"),
        (WJ, "ends", "ENDS"), (UZ, "persbericht", "PERSBERICHT"),
        (LH, "release", "FOR IMMEDIATE RELEASE")))
    assert_group_values_from_pool(SET, (
        (HW, "topic", "topic"), (LH, "category", "category"), (SD, "seccion", "seccion"),
        (HS, "rubrique", "rubrique"), (SH, "shreni", "shreni"), (GV, "rubriek", "rubriek"),
        (SK, "kanal", "kanal"), (FS, "section", "section_kicker")))
    for style, family, pattern, pool_name in (
            (HW, "sources", r"^Sources: ([^,]+)", "source"),
            (WJ, "funding", r"^Funding: ([^,]+)", "funder"),
            (WJ, "contact", r"^Media enquiries: ([^,(]+?)(?:,| \()", "press_officer"),
            (LH, "dateline", r"^(\S+), Ohio —$", "city"),
            (LH, "contact", r"^Media Contact: (.+)$", "contact"),
            (SD, "revisado", r"revisado por:? (.+)$", "revisor"),
            (HS, "credit", r"^Crédit : (.+)$", "credit"),
            (HS, "source", r"^Source : (.+)$", "revue"),
            (UH, "ansprechpartner", r"^Wissenschaftliche Ansprechpartner: (.+)$", "professor"),
            (UH, "foerderung", r"^Förderung: (.+)$", "foerderer"),
            (SH, "review", r": (.+)$", "doctor"),
            (GV, "gecontroleerd", r"(?:advies: |door )(.+)$", "arts"),
            (SK, "ditinjau", r"^Ditinjau oleh: (.+)$", "dokter"),
            (FS, "image", r"^Image: (.+)$", "credit"),
            (FS, "journal", r"^Journal reference: (.+), DOI", "journal"),
            (UZ, "woordvoerder", r"^Meer informatie: ([^,]+),", "woordvoerder"),
            (UZ, "financiering", r"gefinancierd door (.+)\.$", "financier")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    cities = {m[1] for t in group_lines(SET, VA, "fecha")
              if (m := re.search(r"(?:^|\| )([^,|]+?)(?:, Valle Alto|$)", norm(t)))}
    assert cities and cities <= pool(SET, VA, "ciudad")


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (HW, "advert", "Advertisement"),
        (HW, "disclaimer", "This article is for informational purposes only and is not a "
                           "substitute for professional medical advice, diagnosis or "
                           "treatment."),
        (WJ, "ends", "ENDS"),
        (LH, "release", "FOR IMMEDIATE RELEASE")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        HW: (["hon-code", "copyright", "policies"], 2),
        WJ: (["doi", "link", "funding", "competing"], 3),
        LH: (["ends", "about", "ranking"], 2),
        SD: (["editor", "derechos"], 2),
        HS: (["editeur", "droits"], 2),
        UH: (["idw", "copyright"], 2),
        SH: (["srot", "asvikaran"], 2),
        GV: (["uitgever", "copyright"], 2),
        SK: (["pedoman", "copyright"], 2),
        FS: (["newsletter", "copyright"], 2),
        VA: (["coordinacion", "gobierno"], 2),
        UZ: (["noot", "woordvoerder"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert HW in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
