"""The held-back-187 template set (`tests.bench.heldout_templates_187`): its localised dates
(printed day by day in English with Eastern time, Spanish, Indonesian with WIB, Polish with
genitive months, Swahili with EAT and Greek, several changing form on the day of a
redesign), the lines that turn every day (countdowns to polling day, moved when a vote was
annulled or postponed, a daily polling average frozen during Spain's ban on polls, a
generic-ballot average), every week (fieldwork dates and voting intention each Thursday, a
polls database, a Greek average and a Polish seat projection each Monday) and every month (a
state's electoral roll), the notices that follow the calendars of elections (election
nights, primaries, bans on polls, electoral silence, quiet days, blackouts, the pandemic's
postponements), the "provisional results" notices and data-licence lines reworded between
2015 and 2020, the amounts that change over the years (electoral rolls, poll workers' pay, a
panel's size, a network's members), the lines in several languages and scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

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

from tests.bench.heldout_templates_187 import (
    BL_GITHUB,
    BL_METHOD,
    BL_NEWSLETTER,
    BL_REDESIGN,
    CENSO,
    DPT,
    EM_METHOD,
    EM_REDESIGN,
    EM_TELEGRAM,
    ES_VOTES,
    FIRST_DAY,
    GR_REGISTERED,
    GR_VOTES,
    HP_EDUCATION,
    HP_GDPR,
    HP_PANEL,
    HP_REDESIGN,
    ID_VOTES,
    IE_PROCESO,
    IE_REDESIGN,
    IE_REFORM,
    IOWA,
    KE_ANNULLED,
    KE_ELECTION,
    KE_REGISTER,
    KINAL_FROM,
    KO_FROM,
    KP_CEKDPT,
    KP_HASHTAG,
    KP_PERPPU,
    KP_REDESIGN,
    KP_SEHAT,
    KP_SIREKAP,
    KW_LICENCE,
    KW_REDESIGN,
    LAST_DAY,
    LD_KPU,
    LD_RILIS,
    MC_MAIL,
    MC_MOVED,
    MC_REDESIGN,
    MC_VOTES,
    MESES,
    MIESIACE,
    MINES,
    MM_MEMBERS,
    MW_PATRONITE,
    MW_REDESIGN,
    MX_VOTES,
    PL_VOTES,
    POLL_WORKER_PAY,
    PS_NEWSLETTER,
    PS_REDESIGN,
    SUPER_TUESDAY,
    TK_FORMS,
    TK_REDESIGN,
    TZ_VOTES,
    UK_LOCAL,
    UNIDAS,
    UNIDOS,
    US_GENERAL,
    US_OFF_YEAR,
    VOX_FROM,
    comma,
    dots,
    drift,
    fieldwork_span,
    general_ban,
    ke_vote,
    kp_vote,
    lista_nominal,
    mc_votes,
    next_vote,
    noise,
    polls_in_database,
    seats,
    voting_intention,
    weekday_on_or_before,
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

SET = "held-back-187"
SITES = ("BallotLens", "Hartwell Polling", "Electómetro", "KPU Kabupaten Tanjung Sari",
         "Kwadrant", "Takwimu za Kura", "Ψηφοδέλτιο", "Instituto Electoral de Tierra Alta",
         "Marlow County Board of Elections", "Lingkar Data Survei", "Mapa Wyborcza",
         "Mtandao wa Waangalizi wa Uchaguzi")
BL, HP, EM, KP = ("ballotlens.com", "hartwellpolling.co.uk", "electometro.es",
                  "kpu-tanjungsarikab.go.id")
KW, TK, PS, IE = ("kwadrant-badania.pl", "takwimuzakura.co.ke", "psifodeltio.gr",
                  "ieta.org.mx")
MC, LS, MW, MM = ("marlowcountyvotes.gov", "lingkardata.id", "mapawyborcza.pl",
                  "waangalizi.or.tz")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((BL, "dated"), (HP, "dated"), (EM, "fecha"), (KP, "tanggal"), (KW, "data"),
         (TK, "tarehe"), (PS, "imerominia"), (IE, "fecha"), (MC, "dated"), (LS, "tanggal"),
         (MW, "data"), (MM, "tarehe"))
# The lines that change every day.
EVERY_DAY = ((BL, "countdown"), (BL, "average"), (MC, "countdown"))
# The lines that change on some days only: by the week, the month, or a countdown that stops.
TURNING = ((HP, "fieldwork"), (HP, "vi"), (BL, "database"), (PS, "mesos-oros"),
           (MW, "projekcja"), (KW, "proba"), (IE, "lista"), (EM, "promedio"),
           (KP, "hitung-mundur"), (TK, "siku"), (MC, "unofficial"))
# The notices that follow calendars.
BANNERS = ((BL, "notice"), (HP, "notice"), (EM, "aviso"), (KP, "pengumuman"), (KW, "cisza"),
           (PS, "eklogi"), (IE, "aviso"), (LS, "hitung-cepat"), (MM, "kalenda"))
# Amounts in force from given days.
TABLES = ((EM, "censo", CENSO), (KP, "dpt", DPT), (HP, "panel", HP_PANEL),
          (PS, "eggegrammenoi", GR_REGISTERED), (MC, "pay", POLL_WORKER_PAY),
          (TK, "wapiga-kura", KE_REGISTER), (MM, "kuhusu", MM_MEMBERS),
          (IE, "proceso", IE_PROCESO))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    BL: "Get The Crosstab, our Sunday newsletter on polls and elections",
    HP: "Join our panel and earn points for every survey you complete",
    EM: "Recibe cada nueva encuesta en tu correo: suscríbete al boletín de Electómetro",
    KP: "Layanan informasi publik: ajukan permohonan melalui PPID KPU Kabupaten Tanjung Sari",
    KW: "Najnowsze wyniki badań publikujemy w każdy czwartek",
    PS: "Ακολουθήστε το Ψηφοδέλτιο στο Twitter για κάθε νέα μέτρηση",
    IE: "Ubica tu casilla: consulta el encarte en ieta.org.mx/casillas",
    LS: "Hasil survei merupakan potret opini publik saat survei dilakukan, bukan prediksi "
        "hasil pemilihan.",
    MM: "Fuatilia taarifa zetu za uangalizi kupitia tovuti hii na mitandao ya kijamii",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + TURNING + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 2), d(2018, 8, 16), d(2019, 11, 7),
        d(2020, 5, 9), d(2020, 12, 9), LAST_DAY))


def test_helpers() -> None:
    days = [d(2019, 1, 1) + k * one for k in range(60)]
    assert all(-1 <= noise(day, "x") <= 1 for day in days)
    assert len({round(noise(day, "x"), 6) for day in days}) == 60
    anchors = (("2019-01-01", 10.0), ("2019-01-11", 20.0))
    assert drift(d(2018, 6, 1), anchors) == 10 and drift(d(2019, 1, 6), anchors) == 15
    assert drift(d(2020, 1, 1), anchors) == 20
    assert weekday_on_or_before(d(2020, 6, 19), 3) == d(2020, 6, 18)
    assert weekday_on_or_before(d(2020, 6, 18), 3) == d(2020, 6, 18)
    assert weekday_on_or_before(d(2020, 6, 17), 0) == d(2020, 6, 15)
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")
    assert fieldwork_span(d(2017, 6, 5), d(2017, 6, 7), months) == "5–7 Jun 2017"
    assert fieldwork_span(d(2017, 5, 30), d(2017, 6, 1), months) == "30 May – 1 Jun 2017"
    assert fieldwork_span(d(2019, 12, 31), d(2020, 1, 1), months) == (
        "31 Dec 2019 – 1 Jan 2020")
    assert comma(28.74) == "28,7" and dots(36510952) == "36.510.952"
    assert next_vote(d(2016, 11, 8), US_GENERAL) == d(2016, 11, 8)
    assert next_vote(d(2016, 11, 9), US_GENERAL) == d(2018, 11, 6)
    assert kp_vote(KP_PERPPU - one) == (d(2020, 9, 23), "Pilkada Serentak 2020")
    assert kp_vote(KP_PERPPU) == (d(2020, 12, 9), "Pilkada Serentak 2020")
    assert kp_vote(d(2020, 12, 10)) is None
    assert ke_vote(KE_ANNULLED) is None and ke_vote(KE_ELECTION)[0] == KE_ELECTION
    assert ke_vote(d(2017, 9, 10))[0] == d(2017, 10, 17)
    assert ke_vote(d(2017, 9, 21))[0] == d(2017, 10, 26)
    assert d(2020, 3, 17) in [v for v, _ in mc_votes(MC_MOVED - one)]
    assert d(2020, 6, 2) in [v for v, _ in mc_votes(MC_MOVED)]
    assert lista_nominal(d(2020, 6, 9))[0] == d(2020, 4, 30)
    assert lista_nominal(d(2020, 6, 10))[0] == d(2020, 5, 31)
    assert lista_nominal(d(2015, 1, 1))[0] == d(2014, 11, 30)
    assert general_ban(d(2019, 4, 23)) == d(2019, 4, 28) and general_ban(d(2019, 4, 22)) is None
    assert general_ban(d(2019, 4, 28)) is None and general_ban(d(2019, 5, 22)) is None
    for day in every_day()[::7]:
        assert sum(voting_intention(weekday_on_or_before(day, 3))) == 100
        assert sum(seats(weekday_on_or_before(day, 0))) == 460
    counts = list(polls_in_database().values())
    assert counts == sorted(counts) and len(set(counts)) == len(counts)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # Saturday, Friday
    clock, clock12 = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(BL, "dated", old, "Mar 5, 2016")
    full(BL, "dated", new, rf"Updated June 19, 2020, {clock12} ET")
    full(BL, "countdown", new, r"137 days until the 2020 general election \(November 3\)")
    full(BL, "average", new, r"Generic ballot average, Jun 19: D\+\d\.\d")
    full(BL, "database", new, r"Our database holds [\d,]+ polls and is updated every Monday\.")
    full(HP, "dated", old, "Posted on 05/03/2016")
    full(HP, "dated", new, "Friday 19 June 2020")
    full(HP, "fieldwork", new, r"Fieldwork: 16–17 June 2020 · Sample: [\d,]+ GB adults")
    full(HP, "vi", new, r"Westminster voting intention \(18 Jun\): CON \d\d%, LAB \d\d%, "
                        r"LD \d+%, others \d+%")
    full(EM, "fecha", old, rf"05/03/2016 - {clock}")
    full(EM, "fecha", new, rf"Actualizado: viernes, 19 de junio de 2020 · {clock} h")
    full(EM, "promedio", new, r"Promedio de encuestas \(19 de junio\): PP \d\d,\d % · PSOE "
                              r"\d\d,\d % · Unidas Podemos \d\d,\d % · Cs \d,\d % · Vox "
                              r"\d\d,\d %")
    full(KP, "tanggal", old, "Sabtu, 5 Maret 2016")
    full(KP, "tanggal", new, rf"Diposting pada 19 Juni 2020 pukul {clock} WIB")
    full(KP, "hitung-mundur", new, r"H-173 menuju pemungutan suara Pilkada Serentak 2020, "
                                   r"Rabu, 9 Desember 2020")
    full(KW, "data", old, r"Warszawa, 05\.03\.2016")
    full(KW, "data", new, r"Warszawa, 19 czerwca 2020 r\.")
    full(KW, "proba", new, r"Badanie zrealizowano w dniach 8–10 czerwca 2020 r\. metodą .+ na "
                           r"reprezentatywnej próbie \d+ dorosłych mieszkańców Polski\.")
    full(TK, "tarehe", old, "05/03/2016")
    full(TK, "tarehe", new, rf"Ilisasishwa: Ijumaa, 19 Juni 2020, {clock} EAT")
    full(TK, "siku", new, r"Zimebaki siku 781 kabla ya Uchaguzi Mkuu \(9 Agosti 2022\)")
    full(PS, "imerominia", old, rf"05\.03\.2016 \| {clock}")
    full(PS, "imerominia", new, "Δημοσιεύθηκε: Παρασκευή 19 Ιουνίου 2020")
    full(PS, "mesos-oros", new, r"Μέσος όρος δημοσκοπήσεων \(15 Ιουνίου\): ΝΔ \d\d,\d% · "
                                r"ΣΥΡΙΖΑ \d\d,\d% · ΚΙΝΑΛ \d,\d%")
    full(IE, "fecha", old, r"San Andrés del Valle, a 5 de marzo de 2016\.")
    full(IE, "fecha", new, "San Andrés del Valle, viernes 19 de junio de 2020")
    full(IE, "lista", new, r"Lista nominal con corte al 31 de mayo de 2020: \d,\d{3},\d{3} "
                           r"ciudadanas y ciudadanos")
    full(MC, "dated", old, "Posted on 3/5/2016")
    full(MC, "dated", new, "Published Friday, June 19, 2020")
    full(MC, "countdown", new, r"137 days until the General Election, November 3, 2020\. "
                               r"Registration closes October 4\.")
    full(MC, "unofficial", new, r"Unofficial results\. The June 2, 2020 results will be "
                                r"certified on June 16\.")
    full(LS, "tanggal", new, "Jakarta, 19 Juni 2020")
    full(MW, "data", old, "5 marca 2016")
    full(MW, "data", new, rf"Opublikowano: 19\.06\.2020, {clock}")
    full(MW, "projekcja", new, r"Projekcja mandatów z \d+ sondaży \(tydzień od 15 czerwca\): "
                               r"PiS \d{3}, KO \d{3}, pozostali \d+")
    full(MM, "tarehe", new, "Dar es Salaam, 19 Juni 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(BL, "dated", day).startswith("Updated") == (day >= BL_REDESIGN)
        assert on(HP, "dated", day).startswith("Posted on") == (day < HP_REDESIGN)
        assert on(EM, "fecha", day).startswith("Actualizado") == (day >= EM_REDESIGN)
        assert on(KP, "tanggal", day).startswith("Diposting") == (day >= KP_REDESIGN)
        assert on(KW, "data", day).endswith(" r.") == (day >= KW_REDESIGN)
        assert on(TK, "tarehe", day).startswith("Ilisasishwa") == (day >= TK_REDESIGN)
        assert on(PS, "imerominia", day).startswith("Δημοσιεύθηκε") == (day >= PS_REDESIGN)
        assert on(IE, "fecha", day).endswith(".") == (day < IE_REDESIGN)
        assert on(MC, "dated", day).startswith("Posted on") == (day < MC_REDESIGN)
        assert on(MW, "data", day).startswith("Opublikowano") == (day >= MW_REDESIGN)
        assert MIESIACE[day.month - 1] in on(KW, "data", day) or day < KW_REDESIGN
        assert MINES[day.month - 1] in on(PS, "imerominia", day) or day < PS_REDESIGN
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day() -> None:
    for key in EVERY_DAY:
        assert len(changes(*key)) == len(every_day()) - 1, key
    for day in every_day():
        vote = next_vote(day, US_GENERAL)
        text = on(BL, "countdown", day)
        if day == vote:
            assert text.startswith(f"It's Election Day {day.year}"), day
        else:
            assert text.startswith(f"{(vote - day).days} day"), day
            assert f"the {vote.year} " in text
        assert on(BL, "average", day).startswith(f"Generic ballot average, {day:%b} {day.day}:")
    averages = [float(m[1]) for t in group_lines(SET, BL, "average")
                if (m := re.search(r"D\+(\d+\.\d)", norm(t)))]
    assert averages and all(0 < a < 14 for a in averages)
    assert "midterm" in on(BL, "countdown", d(2017, 1, 1))
    assert on(BL, "countdown", d(2020, 11, 4)).startswith("734 days until the 2022")


def test_lines_that_turn_by_week_and_month_and_countdowns_that_stop() -> None:
    for key, weekday in (((HP, "fieldwork"), 3), ((HP, "vi"), 3), ((KW, "proba"), 3),
                         ((BL, "database"), 0), ((PS, "mesos-oros"), 0),
                         ((MW, "projekcja"), 0)):
        weekly = changes(*key)
        assert len(weekly) >= 300 and all(day.weekday() == weekday for day in weekly), key
    assert changes(IE, "lista") == {d(y, m, 10) for y in range(2015, 2021) for m in range(1, 13)}
    frozen = {day for day in every_day() if general_ban(day)}
    assert len(frozen) == 20
    # The average turns every day but the four after a ban's first, which it is frozen on.
    assert changes(EM, "promedio") == set(every_day()[1:]) - {
        day for day in frozen if general_ban(day - one)}
    for day in frozen:
        assert on(EM, "promedio", day).startswith("Promedio congelado"), day
    assert "Podemos 2" in on(EM, "promedio", UNIDOS - one)
    assert "Unidos Podemos" in on(EM, "promedio", UNIDOS)
    assert "Unidas Podemos" in on(EM, "promedio", UNIDAS)
    assert "Vox" in on(EM, "promedio", VOX_FROM) and "Vox" not in on(EM, "promedio",
                                                                     VOX_FROM - one)
    assert "ΚΙΝΑΛ" in on(PS, "mesos-oros", KINAL_FROM) and "ΠΑΣΟΚ" in on(PS, "mesos-oros",
                                                                          KINAL_FROM - one)
    assert "KO " in on(MW, "projekcja", KO_FROM + 6 * one)
    assert "PO " in on(MW, "projekcja", KO_FROM - 2 * one)
    # The regency's countdown turns each day up to the 2020 vote, then thanks the voters.
    assert changes(KP, "hitung-mundur") == {day for day in every_day()[1:]
                                            if day <= d(2020, 12, 10)}
    assert "23 September 2020" in on(KP, "hitung-mundur", KP_PERPPU - one)
    assert "9 Desember 2020" in on(KP, "hitung-mundur", KP_PERPPU)
    assert on(KP, "hitung-mundur", d(2019, 4, 17)).startswith("Hari ini pemungutan suara")
    # Kenya's: the annulled vote, the date set and moved, the fresh vote, then 2022.
    assert changes(TK, "siku") == set(every_day()[1:]) - {d(2017, 9, 2), d(2017, 9, 3)}
    assert on(TK, "siku", KE_ELECTION).startswith("Leo ni siku")
    assert on(TK, "siku", KE_ANNULLED).startswith("Mahakama ya Juu")
    assert "17 Oktoba 2017" in on(TK, "siku", d(2017, 9, 20))
    assert "26 Oktoba 2017" in on(TK, "siku", d(2017, 9, 21))
    assert on(TK, "siku", d(2017, 10, 26)).startswith("Leo ni siku")
    assert "9 Agosti 2022" in on(TK, "siku", d(2017, 10, 27))
    assert "March 17, 2020" in on(MC, "countdown", MC_MOVED - one)
    assert "June 2, 2020" in on(MC, "countdown", MC_MOVED)
    # The "unofficial results" line names the last vote: it turns on each polling day.
    assert changes(MC, "unofficial") == {iso(v) for v, _ in MC_VOTES if iso(v).year <= 2020}


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for day in US_GENERAL[:3]:
        for when in (iso(day) - 2 * one, iso(day), iso(day) + one):
            assert f"Election night {day[:4]}" in on(BL, "notice", when), when
    for day in SUPER_TUESDAY:
        assert f"Super Tuesday {day[:4]}" in on(BL, "notice", iso(day))
    for day in IOWA:
        assert f"Iowa caucuses {day[:4]}" in on(BL, "notice", iso(day))
    for day in US_OFF_YEAR:
        assert f"Off-year elections {day[:4]}" in on(BL, "notice", iso(day))
    assert "delayed" in on(BL, "notice", d(2020, 2, 5))
    assert "Still counting" in on(BL, "notice", d(2020, 11, 7))
    assert "8 June 2017" in on(HP, "notice", d(2017, 5, 4))  # the campaign over local polls
    for day in UK_LOCAL[:1] + UK_LOCAL[2:]:
        assert f"Local elections {iso(day).day} May" in on(HP, "notice", iso(day)), day
    assert "EU referendum" in on(HP, "notice", d(2016, 6, 23))
    assert "vote to Leave" in on(HP, "notice", d(2016, 7, 1))
    assert "12 December 2019" in on(HP, "notice", d(2019, 12, 12))
    assert "lockdown" in on(HP, "notice", d(2020, 4, 1))
    for text, kind in ES_VOTES.items():
        vote = iso(text)
        for day in (vote - 5 * one, vote - one):
            ban = on(EM, "aviso", day)
            assert ban.startswith("⛔ Veda electoral") and f"el {vote.day} de" in ban, day
            assert f"elecciones {kind}" in ban
        for day in (vote, vote + one):
            assert f"Noche electoral: el escrutinio de las elecciones {kind}" in on(
                EM, "aviso", day), day
        assert "Veda" not in on(EM, "aviso", vote - 6 * one)
    assert "Aplazadas" in on(EM, "aviso", d(2020, 3, 20))
    for text in ("2015-12-09", "2019-04-17", "2020-12-09"):
        vote = iso(text)
        assert on(KP, "pengumuman", vote - 3 * one).startswith("Masa tenang"), vote
        assert on(KP, "pengumuman", vote - one).startswith("Masa tenang"), vote
        assert "Rekapitulasi" in on(KP, "pengumuman", vote + 9 * one), vote
    assert "ditunda" in on(KP, "pengumuman", d(2020, 4, 1))
    for text in PL_VOTES:
        vote = iso(text)
        for day in (vote - one, vote):
            silence = on(KW, "cisza", day)
            assert "cisza wyborcza" in silence and (
                f"({vote.day} {MIESIACE[vote.month - 1]}, godz. 21:00)") in silence, day
        assert "late poll" in on(KW, "cisza", vote + one), vote
        assert "cisza" not in on(KW, "cisza", vote - 2 * one), vote
    assert "nie odbędzie się" in on(KW, "cisza", d(2020, 5, 9))
    for text, kind in GR_VOTES.items():
        vote = iso(text)
        assert on(PS, "eklogi", vote).startswith(f"{kind} {vote.day} {MINES[vote.month - 1]}")
        assert "19:00" in on(PS, "eklogi", vote - 3 * one)
    assert on(PS, "eklogi", d(2015, 7, 5)).startswith("Δημοψήφισμα 5 Ιουλίου")
    for text, name in MX_VOTES.items():
        vote = iso(text)
        assert on(IE, "aviso", vote - 3 * one).startswith("Veda electoral del"), vote
        assert on(IE, "aviso", vote).startswith(name), vote
    assert "COVID-19" in on(IE, "aviso", d(2020, 5, 1))
    for text in ID_VOTES:
        assert "15.00 WIB" in on(LS, "hitung-cepat", iso(text)), text
        assert "15.00 WIB" not in on(LS, "hitung-cepat", iso(text) - one), text
    for text, before, _, notice in TZ_VOTES:
        assert on(MM, "kalenda", iso(text)) == notice
        assert on(MM, "kalenda", iso(text) - before * one) == notice
    assert found(MM, "kalenda", r"(Zanzibar)") == {"Zanzibar"}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (BL, "byline", BL_REDESIGN, "By {author}", "{author_beat}"),
        (BL, "table-head", BL_REDESIGN, "Pct.", "Est. vote counted"),
        (BL, "method", BL_METHOD, "how recently", "pollster rating"),
        (BL, "licence", BL_GITHUB, "Creative Commons", "GitHub"),
        (BL, "notice", BL_NEWSLETTER, "Get The Crosstab", "Sign up free"),
        (HP, "weighting", HP_EDUCATION, "social grade and", "education"),
        (HP, "moe", HP_REDESIGN, "95% confidence", "no true margin"),
        (HP, "tables", HP_REDESIGN, "Full data tables", "XLSX"),
        (HP, "notice", HP_GDPR, "Join our panel", "GDPR"),
        (EM, "autor", EM_REDESIGN, "Por {author}", "{author_handle}"),
        (EM, "metodo", EM_METHOD, "antigüedad.", "acierto"),
        (EM, "aviso", EM_TELEGRAM, "boletín", "Telegram"),
        (KP, "penulis", KP_REDESIGN, "Penulis: {author}", "Editor"),
        (KP, "sementara", KP_SIREKAP, "Situng", "Sirekap"),
        (KP, "tagar", KP_HASHTAG, "#AyoMemilih", "#KPUMelayani"),
        (KP, "tagar", KP_SEHAT, "#PemiluBerintegritas", "#PilkadaSehat"),
        (KP, "pengumuman", KP_CEKDPT, "lindungihakmu", "cekdptonline"),
        (KW, "autor", KW_REDESIGN, "Opracowanie", "Autor raportu"),
        (KW, "cytowanie", KW_LICENCE, "wyłącznie", "CC BY 4.0"),
        (KW, "cisza", KW_REDESIGN, "Najnowsze", "zapisz się"),
        (TK, "mwandishi", TK_REDESIGN, "Na {author}", "{mji}"),
        (TK, "matokeo", TK_FORMS, "ya muda;", "fomu 34A"),
        (PS, "eklogi", PS_NEWSLETTER, "Twitter", "email"),
        (IE, "prep", IE_REFORM, "carácter informativo", "efectos jurídicos"),
        (IE, "tabla", IE_REFORM, "Porcentaje", "independiente"),
        (MC, "mail", MC_MAIL, "Absentee", "vote by mail"),
        (LS, "rilis", LD_RILIS, "Rilis Survei", "Hitung Cepat"),
        (LS, "dana", LD_KPU, "dibiayai", "terdaftar di KPU"),
        (MW, "wsparcie", MW_PATRONITE, "Dziękujemy", "Patronite")))
    assert_groups_reworded(SET, (
        (BL, "dated", ", 20", "Updated "),
        (BL, "byline", "By ", " · "),
        (HP, "dated", "Posted on ", "day "),
        (HP, "tables", "Full data", "XLSX"),
        (KP, "tanggal", ", ", "Diposting"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "$200" in on(MC, "pay", d(2020, 10, 1)) and "$150" in on(MC, "pay", d(2020, 6, 30))
    assert "37.001.379" in on(EM, "censo", LAST_DAY)
    rolls = [int(m[1].replace(",", "")) for t in group_lines(SET, IE, "lista")
             if (m := re.search(r": ([\d,]+) ciudadanas", norm(t)))]
    assert rolls and all(2_400_000 < n < 2_650_000 for n in rolls)
    # The Conservatives' spring 2020 peak and the Brexit Party's spring 2019 squeeze.
    assert voting_intention(d(2020, 4, 16))[0] >= 47
    assert voting_intention(d(2019, 5, 23))[0] <= 27
    found_shares = {m[1] for t in group_lines(SET, HP, "vi")
                    if (m := re.search(r"CON (\d+)%", norm(t)))}
    assert len(found_shares) >= 5


def test_several_languages_and_scripts() -> None:
    greek, polish, spanish = r"[\u0370-\u03ff]", r"[ąćęłńóśźż]", r"[áéíóúñ]"
    assert_groups_in_script(SET, (
        (PS, "piges", greek), (PS, "diafimisi", greek), (PS, "pinakas", greek),
        (KW, "blad", polish), (KW, "komunikat", polish), (MW, "mapa", polish),
        (EM, "ficha", spanish), (EM, "tabla", spanish), (IE, "contacto", spanish),
        (KP, "tagar", r"^#"), (TK, "jedwali", r"Mgombea"), (MM, "awali", r"uangalizi")))
    assert any(re.search(greek, t) for t in group_lines(SET, PS, "imerominia"))
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4} \| \d\d:\d\d", norm(t))
               for t in group_lines(SET, PS, "imerominia"))
    assert any(t.endswith(" WIB") for t in group_lines(SET, KP, "tanggal"))
    assert any(t.endswith(" EAT") for t in group_lines(SET, TK, "tarehe"))
    assert any(t.endswith(" ET") for t in group_lines(SET, BL, "dated"))
    assert any(re.search(r"\d+,\d %", t) for t in group_lines(SET, EM, "promedio"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{BL}/dated", f"{BL}/byline", f"{BL}/related", f"{BL}/kicker",
                         f"{BL}/chart", f"{BL}/copyright", f"{BL}/countdown",
                         f"{BL}/average", f"{HP}/dated", f"{HP}/fieldwork", f"{HP}/author",
                         f"{EM}/fecha", f"{EM}/interesar"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{BL}/method", f"{BL}/licence", f"{HP}/bpc", f"{HP}/press", f"{HP}/company",
        f"{EM}/licencia", f"{EM}/metodo"))
    assert_carried_share(docs, BL, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("countdown", 0.15, 0.45), ("notice", 0.15, 0.45), ("copyright", 0.3, 0.6)])
    assert_carried_share(docs, HP, [("dated", 0.8, 0.98), ("bpc", 0.3, 0.6),
                                    ("update", 0.0, 0.12)])
    for fam in (f"{BL}/related", f"{BL}/advert", f"{EM}/interesar", f"{EM}/publicidad",
                f"{KP}/baca-juga"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((HP, "moe"), (EM, "ficha"), (KW, "proba"), (TK, "utafiti"),
                               (PS, "taftotita"), (IE, "prep"), (MC, "unofficial"),
                               (BL, "chart")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (BL, "correction", 16), (HP, "update"), (EM, "fe-de-errores"), (KP, "ralat"),
        (KW, "sprostowanie"), (TK, "marekebisho"), (PS, "diorthosi"), (IE, "fe-de-erratas"),
        (MC, "update"), (LS, "ralat"), (MW, "errata"), (MM, "marekebisho")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{BL}/related", "Related: "), (f"{EM}/interesar", "Te puede interesar: "),
        (f"{KP}/baca-juga", "Baca juga: "), (f"{TK}/soma-pia", "Soma pia: "),
        (f"{PS}/diavaste", "Διαβάστε επίσης: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (BL, "advert", "Advertisement"), (EM, "publicidad", "Publicidad"),
        (PS, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"), (TK, "tangazo", "TANGAZO"), (MM, "mwisho", "-MWISHO-"),
        (KW, "komunikat", "Komunikat z badań")))
    assert_group_values_from_pool(SET, (
        (BL, "kicker", "kicker"), (HP, "category", "category"), (EM, "seccion", "seccion"),
        (KP, "kategori", "kategori"), (TK, "kundi", "kundi"), (PS, "enotita", "enotita")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (BL, "advert", "Advertisement"),
        (BL, "table-head", "Candidate | Party | Votes | Pct."),
        (HP, "table-head", "Party | Share | Change on last poll"),
        (EM, "publicidad", "Publicidad")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        BL: (["notice", "copyright"], 2),
        HP: (["bpc", "press", "company"], 3),
        EM: (["aviso", "copyright"], 2),
        KP: (["sumber", "alamat", "hak-cipta"], 2),
        KW: (["ofbor", "kontakt", "copyright"], 2),
        TK: (["leseni", "haki"], 2),
        PS: (["piges", "adeia", "copyright"], 2),
        IE: (["contacto", "privacidad", "derechos"], 2),
        MC: (["phone", "address"], 2),
        LS: (["persepi", "dana", "narahubung", "hak-cipta"], 2),
        MW: (["licencja", "copyright"], 2),
        MM: (["mwisho", "kuhusu", "mawasiliano", "haki"], 3)})


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
    # The roll published on 10 December 2014 is the one in force on the first day.
    assert f"30 de {MESES[10]} de 2014" in on(IE, "lista", FIRST_DAY)
    assert f"31 de {MESES[11]} de 2014" in on(IE, "lista", d(2015, 1, 10))
