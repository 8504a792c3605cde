"""The held-back-131 template set (`tests.bench.heldout_templates_131`): its localised dates
(printed day by day in English with AP-style months and British ordinals, German, Spanish,
Dutch, Japanese with the kanji weekday, French and Polish with its genitive months, several
changing form on the day of a redesign), the lines that turn every day or two, every other
week and every month (press-release numbers, the radio's evening show, the next school-board
meeting, print issue numbers with the Japanese era, Heisei turned Reiwa), the calendars the
notices follow (academic breaks and terms, freshers' weeks, union elections, application
deadlines and entrance exams, introduction weeks, festivals, juwenalia, school holidays,
reunions, academic meetings, the pandemic), the volumes, fees, prices and codes that change
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

from tests.bench.heldout_calendar import easter, nth_weekday, thanksgiving
from tests.bench.heldout_templates_131 import (
    AG_LETTERS,
    AG_PAPERLESS,
    AHA_MEETINGS,
    AL_BOLETIN,
    AL_REDESIGN,
    CENTER_TEST,
    CR_COURRIER,
    CR_REDESIGN,
    CREDIT_PRICES,
    DB_FOUNDED,
    DB_LETTERS,
    DB_PODCAST,
    DB_REDESIGN,
    ENTRANCE_EXAMS,
    FEES,
    FIRST_DAY,
    GIVING_MATCH,
    KS_DAB,
    KS_REDESIGN,
    LAST_DAY,
    LECTURE_PERIODS,
    LH_NEWSLETTER,
    LH_REDESIGN,
    LP_HOME,
    LP_PODCAST,
    LP_REDESIGN,
    MEALS,
    MH_REDESIGN,
    MH_TEXT,
    MH_VIRTUAL,
    QD_DONATE,
    QD_LETTERS,
    QD_REDESIGN,
    REIWA,
    SHOWS,
    SS_MEETING,
    SS_REDESIGN,
    STUDENTS,
    TUITION,
    UP_WEEKS,
    WK_LINE,
    WK_REDESIGN,
    WK_TAX,
    board_meetings,
    commencement,
    fall_classes,
    festival,
    first_school_day,
    freshers_week,
    homecoming,
    info_day,
    introduction_week,
    issue_of,
    issue_season,
    japanese_era,
    juwenalia,
    meeting_day,
    monthly_issue,
    next_board_meeting,
    next_issue,
    release_number,
    reunion,
    roman,
    spring_break,
    spring_classes,
    su_polls_close,
    winter_break,
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

SET = "held-back-131"
SITES = ("The Quadrangle Daily", "Saltmarsh Student", "Universität Lindenhain", "Campus Almenara",
         "Het Dijkblad", "若葉大学新聞", "Le Crayon Rouge", "Radio Akademickie Kaskada",
         "Maple Hollow Unified School District", "Ashgrove Magazine",
         "Larkspur University Press", "IES Río Alberche")
QD, SS, LH, AL = ("quadrangledaily.com", "saltmarshstudent.co.uk", "uni-lindenhain.de",
                  "campusalmenara.es")
DB, WK, CR, KS = "dijkblad.nl", "wakaba-shimbun.jp", "lecrayonrouge.fr", "radiokaskada.pl"
MH, AG, LP, IR = "mhusd.org", "ashgrove.edu", "larkspurpress.org", "iesrioalberche.es"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((QD, "dated"), (SS, "dated"), (LH, "datum"), (AL, "fecha"), (DB, "datum"),
         (WK, "hizuke"), (CR, "date"), (KS, "data"), (MH, "posted"), (LP, "posted"),
         (IR, "fecha"))
# The lines that turn by day, every other week, month or issue.
TURNING = ((LH, "pm-nr"), (KS, "dzis"), (MH, "board"), (WK, "go"), (CR, "numero"),
           (AG, "issue"), (AG, "deadline"), (QD, "editorial"), (LP, "discount"))
# The notices that follow calendars.
BANNERS = ((QD, "schedule"), (QD, "donate"), (SS, "notice"), (LH, "hinweis"), (AL, "aviso"),
           (DB, "melding"), (WK, "oshirase"), (CR, "rejoindre"), (KS, "ogloszenie"),
           (MH, "alert"), (AG, "notice"), (LP, "notice"), (IR, "aviso"))
# Amounts in force from given days.
TABLES = ((LH, "vorlesungszeit", LECTURE_PERIODS), (LH, "ueber", STUDENTS),
          (AL, "precio", CREDIT_PRICES), (DB, "collegegeld", TUITION), (CR, "frais", FEES),
          (MH, "meals", MEALS))

QUIET = d(2015, 2, 18)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (QD, "schedule"): "The Quadrangle Daily publishes online every day and in print Monday "
                      "through Thursday during the academic year.",
    (QD, "donate"): "Support independent student journalism: donate to The Quadrangle Daily.",
    (SS, "notice"): "Want to write for us? Come to our writers' meeting, Tuesdays at 6pm in "
                    "the SU building.",
    (LH, "hinweis"): "Die Universität Lindenhain auf Twitter und Facebook: @unilindenhain",
    (AL, "aviso"): "Sigue la actualidad de la Universidad de Almenara en redes sociales",
    (DB, "melding"): "Volg Het Dijkblad ook op Instagram",
    (WK, "oshirase"): "最新ニュースは本紙公式ツイッターでも配信しています",
    (CR, "rejoindre"): "Le Crayon Rouge recrute ! Conférence de rédaction tous les mardis à "
                       "18 h, bâtiment B",
    (KS, "ogloszenie"): "Dołącz do nas! Nabór do redakcji trwa cały rok: "
                        "rekrutacja@radiokaskada.pl",
    (MH, "alert"): "Download the district app for school news, lunch menus and emergency "
                   "alerts.",
    (AG, "notice"): "Keep in touch: update your contact information at alumni.ashgrove.edu",
    (LP, "notice"): "Sign up for our e-newsletter for new releases and exclusive discounts.",
    (IR, "aviso"): "Horario de Secretaría: de lunes a viernes, de 9:00 a 14:00",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + TURNING + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 18), d(2018, 8, 27), d(2019, 5, 1),
        d(2019, 11, 28), d(2020, 4, 1), d(2020, 12, 1), LAST_DAY))


def test_helpers() -> None:
    assert roman(126) == "CXXVI" and roman(131) == "CXXXI" and roman(49) == "XLIX"
    assert japanese_era(d(2019, 4, 30)) == "平成31年" and japanese_era(REIWA) == "令和元年"
    assert japanese_era(d(2016, 3, 5)) == "平成28年" and japanese_era(d(2020, 1, 1)) == "令和2年"
    assert issue_of(d(2015, 1, 20)) == (1201, d(2015, 1, 1))
    assert issue_of(d(2015, 8, 20)) == (1207, d(2015, 7, 1))
    assert issue_of(d(2015, 9, 2)) == (1208, d(2015, 9, 1))
    assert issue_of(d(2016, 1, 2))[0] == 1212
    assert monthly_issue(d(2015, 1, 5)) == (65, d(2015, 1, 1))
    assert monthly_issue(d(2015, 8, 5)) == (70, d(2015, 6, 1))
    assert monthly_issue(d(2015, 9, 1))[0] == 71 and monthly_issue(d(2016, 9, 1))[0] == 81
    assert next_board_meeting(d(2016, 3, 5)) == d(2016, 3, 8)
    assert next_board_meeting(d(2016, 3, 9)) == d(2016, 3, 22)
    assert next_board_meeting(d(2016, 7, 13)) == d(2016, 8, 9)  # one meeting in July
    assert board_meetings(2016, 12) == [d(2016, 12, 13)]
    assert winter_break(2016) == (d(2016, 12, 17), d(2017, 1, 2))
    assert winter_break(2017) == (d(2017, 12, 23), d(2018, 1, 8))
    assert fall_classes(2018) == QD_REDESIGN and spring_classes(2016) == d(2016, 1, 19)
    assert spring_break(2016) == d(2016, 3, 12) and commencement(2016) == d(2016, 5, 15)
    assert freshers_week(2017) == SS_REDESIGN == d(2017, 9, 18)
    assert su_polls_close(2016) == d(2016, 3, 10)
    assert release_number(d(2016, 1, 1)) == 1 and release_number(d(2016, 12, 31)) == 229
    assert issue_season(d(2016, 2, 28)) == ("Fall", 2015) and next_issue(d(2016, 2, 28)) == (
        "Spring", 2016)
    assert issue_season(d(2016, 10, 15)) == ("Fall", 2016)
    assert introduction_week(2018) == DB_REDESIGN == d(2018, 8, 20)
    assert first_school_day(2019) == MH_REDESIGN == d(2019, 8, 14)
    assert festival(2019) == d(2019, 11, 1) and juwenalia(2019) == d(2019, 5, 9)
    assert reunion(2017) == d(2017, 6, 2) and homecoming(2017) == d(2017, 10, 21)
    assert meeting_day(2018) == d(2018, 9, 11) and info_day(2018) == d(2018, 11, 21)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(QD, "dated", old, "March 5, 2016")
    full(QD, "dated", d(2017, 9, 14), r"Sept\. 14, 2017")
    full(QD, "dated", new, r"Published Friday, June 19, 2020 at \d{1,2}:\d\d [AP]M")
    full(SS, "dated", old, "5th March 2016")
    full(SS, "dated", d(2016, 11, 22), "22nd November 2016")
    full(SS, "dated", new, "Posted on 19 June 2020")
    full(LH, "datum", old, r"05\.03\.2016")
    full(LH, "datum", new, r"Freitag, 19\. Juni 2020")
    full(LH, "pm-nr", old, "Pressemitteilung Nr. 041/2016")
    full(AL, "fecha", old, "05/03/2016")
    full(AL, "fecha", new, "viernes, 19 de junio de 2020")
    full(DB, "datum", old, "05-03-2016")
    full(DB, "datum", new, f"vrijdag 19 juni 2020 om {clock}")
    full(WK, "hizuke", old, "2016年3月5日")
    full(WK, "hizuke", new, "2020年6月19日（金）")
    full(WK, "go", old, "本紙第1214号（平成28年3月1日発行）掲載")
    full(WK, "go", new, "本紙第1261号（令和2年6月1日発行）掲載")
    full(WK, "go", d(2019, 5, 20), "本紙第1249号（令和元年5月1日発行）掲載")
    full(CR, "date", old, "Publié le 05/03/2016")
    full(CR, "date", new, "Publié le vendredi 19 juin 2020")
    full(CR, "numero", old, r"Article paru dans Le Crayon Rouge n° 77 \(mars 2016\)")
    full(KS, "data", old, r"05\.03\.2016")
    full(KS, "data", new, f"piątek, 19 czerwca 2020, {clock}")
    full(KS, "dzis", old, "Dziś, sobota 5 marca, o 20:00: „Sobotni Koncert Życzeń”")
    full(KS, "dzis", d(2019, 7, 3), "Wakacyjna ramówka: dziś, środa 3 lipca, od 20:00 muzyka "
                                    "bez przerw")
    full(MH, "posted", old, "Posted on 03/05/2016")
    full(MH, "posted", new, "Posted Friday, June 19, 2020")
    full(MH, "board", old, r"Next regular Board of Education meeting: Tuesday, March 8, 2016, "
                           r"6:30 p\.m\., District Office Boardroom")
    full(AG, "issue", old, "From the Spring 2016 issue")
    full(AG, "deadline", old, "Class Notes deadline for the Summer 2016 issue: April 15, 2016")
    full(LP, "posted", old, "Posted on March 5, 2016 by Ada Brook")
    full(LP, "posted", new, r"June 19, 2020 · Ada Brook, [A-Z][\w ]+")
    full(IR, "fecha", old, "sábado, 5 de marzo de 2016")
    full(IR, "fecha", new, "Publicado el 19 junio, 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(QD, "dated", day).startswith("Published") == (day >= QD_REDESIGN)
        assert on(SS, "dated", day).startswith("Posted on") == (day >= SS_REDESIGN)
        assert (re.match(r"\d\d\.", on(LH, "datum", day)) is None) == (day >= LH_REDESIGN)
        assert ("/" in on(AL, "fecha", day)) == (day < AL_REDESIGN)
        assert (" om " in on(DB, "datum", day)) == (day >= DB_REDESIGN)
        assert ("（" in on(WK, "hizuke", day)) == (day >= WK_REDESIGN)
        assert ("/" in on(CR, "date", day)) == (day < CR_REDESIGN)
        assert ("," in on(KS, "data", day)) == (day >= KS_REDESIGN)
        assert on(MH, "posted", day).startswith("Posted on") == (day < MH_REDESIGN)
        assert on(LP, "posted", day).startswith("Posted on") == (day < LP_REDESIGN)
        assert ("令和" in on(WK, "go", day)) == (day >= REIWA)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:6]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    assert any(t.endswith("PM") or t.endswith("AM") for t in group_lines(SET, QD, "dated"))


def test_lines_that_turn_by_day_week_month_and_issue() -> None:
    assert len(changes(KS, "dzis")) == len(every_day()) - 1
    for day in every_day():
        assert f"{day.day} " in on(KS, "dzis", day)
        if day.month not in (7, 8):
            assert SHOWS[day.weekday()] in on(KS, "dzis", day)
    releases = changes(LH, "pm-nr")
    assert 0.55 * len(every_day()) <= len(releases) <= 0.7 * len(every_day())
    # The next board meeting changes the day after each meeting.
    board = changes(MH, "board")
    assert all((day - one).weekday() == 1 for day in board) and len(board) >= 120
    assert "held virtually" in on(MH, "board", MH_VIRTUAL - 13 * one)
    assert "Boardroom" in on(MH, "board", MH_VIRTUAL - 14 * one)
    monthly = changes(WK, "go")
    assert monthly == {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)
                       if m != 8 and d(y, m, 1) > FIRST_DAY}
    assert changes(CR, "numero") == {d(y, m, 1) for y in range(2015, 2021)
                                     for m in (1, 2, 3, 4, 5, 6, 9, 10, 11, 12)
                                     if d(y, m, 1) > FIRST_DAY}
    issues = {d(y, m, dd) for y in range(2015, 2021) for m, dd in ((3, 1), (7, 1), (10, 15))}
    assert changes(AG, "issue") == issues and changes(AG, "deadline") == issues
    assert changes(QD, "editorial") == {d(y, 4, 1) for y in range(2015, 2021)}
    assert found(QD, "editorial", r"Vol\. (\w+) ") == {roman(n) for n in range(125, 132)}
    assert changes(LP, "discount") == {d(y, 1, 1) for y in range(2016, 2021)} | {LP_HOME}
    assert found(LP, "discount", r"code (LUP\d\d)") == {f"LUP{y % 100}" for y in range(2015,
                                                                                          2021)}


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for y in range(2015, 2020):
        tg = thanksgiving(y)
        assert "Thanksgiving break" in on(QD, "schedule", tg), y
        back = tg + 4 * one
        assert f"resumes Monday, {back:%B} {back.day}." in on(QD, "schedule", tg), y
        assert "winter break" in on(QD, "schedule", d(y, 12, 28)), y
        assert "Spring break" in on(QD, "schedule", spring_break(y) + 2 * one), y
        assert "weekly during the summer" in on(QD, "schedule", d(y, 7, 1)), y
        assert GIVING_MATCH[y] in on(QD, "donate", tg + 5 * one), y
        assert "Freshers' Fair" in on(SS, "notice", freshers_week(y)), y
        assert f"SU Elections {y}" in on(SS, "notice", su_polls_close(y)), y
        assert "exam season" in on(SS, "notice", d(y, 5, 20)), y
        assert "Christmas" in on(SS, "notice", d(y, 12, 28)), y
        assert f"15. Juli {y}" in on(LH, "hinweis", d(y, 7, 10)), y
        assert f"Hochschulinformationstag am {info_day(y).day}." in on(LH, "hinweis",
                                                                       info_day(y)), y
        assert f"1. Januar {y + 1}" in on(LH, "hinweis", d(y, 12, 30)), y
        name, first, _ = ENTRANCE_EXAMS[y]
        assert f"{name} {y}" in on(AL, "aviso", iso(first)), y
        assert "Semana Santa" in on(AL, "aviso", easter(y) - 3 * one), y
        assert f"curso {y}-{y + 1}" in on(AL, "aviso", d(y, 7, 25)), y
        assert f"Introductieweek {y}" in on(DB, "melding", introduction_week(y)), y
        assert f"{y - DB_FOUNDED}e verjaardag" in on(DB, "melding", d(y, 2, 8)), y
        assert f"universiteitsraad {y}" in on(DB, "melding", d(y, 5, 22)), y
        d1, d2 = CENTER_TEST[y]
        assert f"1月{d1}日・{d2}日" in on(WK, "oshirase", d(y, 1, d1)), y
        assert "ご入学" in on(WK, "oshirase", d(y, 4, 4)), y
        assert f"11月{festival(y).day}日" in on(WK, "oshirase", festival(y)), y
        assert f"mardi {meeting_day(y).day} septembre" in on(CR, "rejoindre", meeting_day(y))
        assert "partiels" in on(CR, "rejoindre", d(y, 12, 20)), y
        assert f"rentrée {y} !" in on(CR, "rejoindre", d(y, 8, 1)), y
        assert f"Inauguracja roku akademickiego {y}/{y + 1}" in on(KS, "ogloszenie",
                                                                   d(y, 9, 30)), y
        assert "Sesja zimowa" in on(KS, "ogloszenie", d(y, 2, 5)), y
        assert f"Juwenalia {y}" in on(KS, "ogloszenie", juwenalia(y)), y
        assert f"August {first_school_day(y).day}, {y}" in on(MH, "alert",
                                                              first_school_day(y)), y
        assert "Labor Day" in on(MH, "alert", nth_weekday(y, 9, 0, 1)), y
        assert "Thanksgiving break" in on(MH, "alert", tg), y
        assert "Winter break" in on(MH, "alert", d(y, 12, 26)), y
        assert "Martin Luther King" in on(MH, "alert", nth_weekday(y, 1, 0, 3)), y
        assert "Presidents' Day" in on(MH, "alert", nth_weekday(y, 2, 0, 3)), y
        assert f"Reunion Weekend {y}" in on(AG, "notice", reunion(y)), y
        assert f"June 30, {y}" in on(AG, "notice", d(y, 6, 20)), y
        assert "Giving Tuesday" in on(AG, "notice", tg + 5 * one), y
        assert f"Homecoming {y}" in on(AG, "notice", homecoming(y)), y
        assert f"curso {y}-{y + 1}" in on(IR, "aviso", d(y, 5, 1)), y
        assert "Semana Santa" in on(IR, "aviso", easter(y) - 4 * one), y
        assert f"8 de enero de {y + 1}" in on(IR, "aviso", d(y, 12, 30)), y
    for first, last, city, booth in AHA_MEETINGS:
        assert f"in {city}? Visit us at booth {booth}" in on(LP, "notice", iso(first)), first
        assert f"booth {booth}" in on(LP, "notice", iso(last))
    for first, last in UP_WEEKS:
        assert f"#UPWeek {first[:4]}" in on(LP, "notice", iso(last)), first
    assert "virtual" in on(LP, "notice", d(2021, 1, 5))
    assert "共通テスト" in on(WK, "oshirase", d(2021, 1, 5))
    assert "オンラインで開催" in on(WK, "oshirase", festival(2020))
    assert "odwołane" in on(KS, "ogloszenie", juwenalia(2020))
    assert "Reunion 2020 is going virtual" in on(AG, "notice", reunion(2020))
    assert "EBAU 2020" in on(AL, "aviso", d(2020, 7, 6))
    assert "Estado de alarma" in on(AL, "aviso", easter(2020))
    for domain, family, day, word in (
            (QD, "schedule", d(2020, 4, 15), "suspended"), (QD, "schedule", d(2020, 10, 1),
                                                            "once a week"),
            (QD, "donate", d(2020, 5, 1), "advertising revenue"),
            (SS, "notice", d(2020, 5, 20), "online only"),
            (LH, "hinweis", d(2020, 4, 1), "Präsenzbetrieb"),
            (DB, "melding", d(2020, 12, 20), "Lockdown"),
            (WK, "oshirase", d(2020, 4, 20), "緊急事態宣言"),
            (CR, "rejoindre", d(2020, 11, 10), "Reconfinement"),
            (KS, "ogloszenie", d(2020, 4, 1), "zawieszone"),
            (MH, "alert", d(2020, 4, 1), "closed"), (MH, "alert", d(2020, 9, 1),
                                                     "distance learning"),
            (IR, "aviso", d(2020, 4, 1), "aula virtual"),
            (IR, "aviso", d(2020, 5, 25), "telemática")):
        assert word in on(domain, family, day), (domain, family, day)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (QD, "byline", QD_REDESIGN, "By {author}", "{author_beat}"),
        (QD, "letters", QD_LETTERS, "400 words", "450 words"),
        (QD, "donate", QD_DONATE, "Support independent", "student-run"),
        (SS, "writer", SS_REDESIGN, "Written by", "{author_beat}"),
        (SS, "notice", SS_MEETING, "Tuesdays", "Wednesday"),
        (LH, "hinweis", LH_NEWSLETTER, "Twitter", "Newsletter"),
        (AL, "aviso", AL_BOLETIN, "redes sociales", "boletín"),
        (DB, "tekst", DB_REDESIGN, "Tekst: {author}", "Foto"),
        (DB, "english", d(2016, 9, 1), "summary", "English version"),
        (DB, "ingezonden", DB_LETTERS, "400", "350"),
        (DB, "melding", DB_PODCAST, "Instagram", "podcast"),
        (WK, "oshirase", WK_LINE, "ツイッター", "LINE"),
        (WK, "kodoku", WK_TAX, "2,000円", "2,040円"),
        (CR, "courrier", CR_COURRIER, "Une réaction", "Droit de réponse"),
        (KS, "autor", KS_REDESIGN, "Autor: {author}", "{author_beat}"),
        (KS, "fm", KS_DAB, "98,7 FM", "DAB+"),
        (MH, "alert", MH_TEXT, "app", "JOIN"),
        (AG, "notice", AG_PAPERLESS, "Keep in touch", "paperless"),
        (AG, "letters", AG_LETTERS, "We welcome", "Write to us"),
        (LP, "notice", LP_PODCAST, "e-newsletter", "podcast")))
    assert_groups_reworded(SET, (
        (QD, "dated", ", 20", "Published "),
        (QD, "byline", "By ", " | "),
        (SS, "dated", "th ", "Posted on"),
        (DB, "english", "summary", "English version"),
        (KS, "fm", "98,7", "DAB+"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "Digitales Sommersemester 2020" in on(LH, "vorlesungszeit", d(2020, 5, 1))
    assert "CVEC" in on(CR, "frais", d(2018, 9, 1)) and "sécurité sociale" in on(
        CR, "frais", d(2018, 6, 30))
    assert "free" in on(MH, "meals", d(2020, 9, 1))
    assert "Whitfield" in on(MH, "superintendent", d(2018, 6, 30))
    assert "Arroyo" in on(MH, "superintendent", d(2018, 7, 1))
    assert changes(WK, "kodoku") == {WK_TAX}
    assert found(QD, "donate", r"up to (\$[\d,]+)") == set(GIVING_MATCH.values())


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (WK, "hizuke", r"[年月日]"), (WK, "mudan", r"[\u3040-\u30ff\u4e00-\u9fff]"),
        (WK, "kokoku", r"[\u4e00-\u9fff]"), (KS, "prawa", r"[ąćęłńóśźż]"),
        (KS, "fm", r"[ąćęłńóśźż]"), (LH, "kontakt-kopf", r"[äöüß]"),
        (CR, "rejoindre", r"[éèàù]"), (AL, "contacto", r"[áéíóúñ]"),
        (IR, "navegacion", r"[áéíóúñ]"), (MH, "espanol", r"[áéíóúñ]")))
    assert any(re.search(r"[ąćęłńóśźż]", t) for t in group_lines(SET, KS, "data"))
    assert any("（" in t for t in group_lines(SET, WK, "hizuke"))
    assert any("平成" in t for t in group_lines(SET, WK, "go"))
    assert any("令和" in t for t in group_lines(SET, WK, "go"))
    assert any(re.search(r"\d(st|nd|rd|th) ", t) for t in group_lines(SET, SS, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{QD}/dated", f"{QD}/byline", f"{QD}/related", f"{QD}/kicker",
                         f"{QD}/photo", f"{QD}/copyright", f"{QD}/print", f"{SS}/dated",
                         f"{SS}/writer", f"{SS}/tags", f"{LH}/datum", f"{LH}/pm-nr"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{QD}/publisher", f"{QD}/opinion", f"{QD}/tip", f"{SS}/independent",
        f"{SS}/comments", f"{LH}/kontakt"))
    assert_carried_share(docs, QD, [
        ("dated", 0.82, 0.99), ("related", 0.45, 0.75), ("correction", 0.0, 0.1),
        ("editorial", 0.0, 0.2), ("copyright", 0.35, 0.65)])
    assert_carried_share(docs, SS, [("dated", 0.75, 0.97), ("nightline", 0.0, 0.15),
                                    ("tags", 0.3, 0.6)])
    for fam in (f"{QD}/related", f"{QD}/advert", f"{DB}/lees-ook", f"{WK}/kanren"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((QD, "photo"), (SS, "image"), (LH, "bild"), (AL, "foto"),
                               (DB, "advertentie"), (WK, "kokoku"), (CR, "credit"),
                               (KS, "reklama")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (QD, "correction", 16), (SS, "correction"), (LH, "korrektur"), (AL, "fe-de-errores"),
        (DB, "correctie"), (WK, "teisei"), (CR, "erratum"), (KS, "sprostowanie"),
        (MH, "note"), (AG, "correction"), (LP, "correction"), (IR, "correccion")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{QD}/related", "RELATED: "), (f"{WK}/kanren", "関連記事："),
        (f"{CR}/lire", "À lire aussi : "),
        (f"{LH}/mehr", "Mehr zum Thema: "), (f"{DB}/lees-ook", "Lees ook: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (QD, "advert", "Advertisement"), (DB, "advertentie", "Advertentie"),
        (WK, "kokoku", "広告"), (KS, "reklama", "REKLAMA"), (SS, "share", "Share this article"),
        (LP, "comments", "Comments are closed."), (LH, "kontakt-kopf",
                                                   "Kontakt für die Medien:")))
    assert_group_values_from_pool(SET, (
        (QD, "kicker", "kicker"), (SS, "category", "category"), (LH, "rubrik", "rubrik"),
        (AL, "seccion", "seccion"), (DB, "rubriek", "rubriek"), (WK, "kubun", "kubun"),
        (CR, "rubrique", "rubrique"), (KS, "kategoria", "kategoria"),
        (MH, "category", "category"), (AG, "department", "department"),
        (LP, "category", "category")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (QD, "advert", "Advertisement"),
        (SS, "share", "Share this article"),
        (IR, "publicar-comentario", "Publicar un comentario")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        QD: (["publisher", "copyright"], 2),
        LH: (["kontakt-kopf", "kontakt", "ansprechpartner"], 3),
        AL: (["contacto", "diario", "copyright"], 2),
        WK: (["mudan", "copyright"], 2),
        CR: (["association", "copyright"], 2),
        KS: (["kontakt", "prawa"], 2),
        MH: (["espanol", "nondiscrimination", "contact"], 2),
        LP: (["tags", "comments", "copyright"], 2),
        IR: (["publicado-por", "etiquetas", "sin-comentarios", "publicar-comentario",
              "navegacion", "suscribirse"], 4)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + ((KS, "dzis"),):
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
