"""The held-back-168 template set (`tests.bench.heldout_templates_168`): its localised dates
(printed day by day in American English with Eastern summer and winter time, British
English, Italian, Norwegian, Hungarian, Turkish and Swahili, several changing form on the
day of a redesign), the lines that turn every day, week and month (gear prices "accurate
as of" the day, a gym's classes of the day, the countdown to the Nairobi Marathon, the
workout of the week, a club's next Sunday race, the first-Thursday webinar), the
registration reminders with their deadlines and entry fees, the calendars some notices
follow (the big marathons, the Giro and Milan-San Remo, Holmenkollstafetten, the Vivicittá,
championships, ECSS, 17 May, Ramadan and the Bayrams, the 1% and 5x1000 seasons, the
pandemic), the membership fees and prices that change over the years, the lines in several
languages, the variation it promises, its multi-line blocks and the hard negatives of its
corpus actually occur.

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

from tests.bench.heldout_templates_168 import (
    AG_ADA,
    AG_DAKTARI,
    AG_REDESIGN,
    BUDAPEST_MARATON,
    CHAMPIONSHIPS,
    CHICAGO,
    CS_CERTIFICATO,
    CS_REDESIGN,
    CS_TELEGRAM,
    ECSS,
    ES_DIGEST,
    ES_DISCLAIMER,
    ES_MEMBERSHIP,
    ES_REDESIGN,
    ET_AIDAT,
    ET_REDESIGN,
    ET_SAGLIK,
    ET_UCRET,
    FF_DIJ,
    FF_HIRLEVEL,
    FF_ORVOS,
    FF_REDESIGN,
    FIRST_DAY,
    FK_CLOSED,
    FK_DOKTOR,
    FK_KULUP,
    FK_KVKK,
    FK_REDESIGN,
    FK_UCRET,
    GF_QUOTA,
    GIRO,
    HOLMENKOLL,
    KP_ABONNEMENT,
    KP_EDITOR,
    KP_LEGE,
    KP_REDESIGN,
    KP_START,
    KURBAN,
    LAST_DAY,
    NAIROBI,
    NAIROBI_ADA,
    NAIROBI_CANCELLED,
    OSLO_MARATON,
    PT_NEVEZES,
    PT_REDESIGN,
    PT_TAGDIJ,
    PV_CERTIFICATO,
    PV_QUOTA,
    PV_REDESIGN,
    PV_SUSPENDED,
    RAMADAN,
    RL_ADAK,
    RL_REDESIGN,
    RL_WHATSAPP,
    SANREMO,
    SL_AFFILIATE,
    SL_DOCTOR,
    SL_PLUS,
    SL_REDESIGN,
    VI_ARSMOTE,
    VI_GRASROT,
    VI_KONTINGENT,
    VI_REDESIGN,
    VI_SPOND,
    VIVICITTA,
    boston,
    felmaraton,
    first_thursday,
    forint,
    granfondo,
    izmir_sprint,
    kondislopet,
    new_york,
    next_sunday,
    next_webinar,
    pilis_kupa,
    us_summer_time,
    vikaslopet,
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
    wording_on,
)

SET = "held-back-168"
SITES = ("Stride Lab", "Ciclosalita", "Kondisposten", "Futóföld", "FitKale", "Riadha Leo",
         "Evidence in Sport", "Podisti Valbrembo", "Vikåsen IL", "Pilisi Tekerők SE",
         "Ege Triatlon Kulübü", "Afya Gym")
SL, CS, KP, FF = "stridelab.com", "ciclosalita.it", "kondisposten.no", "futofold.hu"
FK, RL, ES, PV = ("fitkale.com.tr", "riadhaleo.co.ke", "evidenceinsport.co.uk",
                  "podistivalbrembo.it")
VI, PT, ET, AG = "vikasen-il.no", "pilisitekerok.hu", "egetriatlon.org.tr", "afyagym.co.tz"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((SL, "dated"), (CS, "data"), (KP, "dato"), (FF, "datum"), (FK, "tarih"),
         (RL, "tarehe"), (ES, "dated"), (PV, "pubblicato"), (VI, "publisert"), (PT, "datum"),
         (ET, "tarih"), (AG, "tarehe"))
# The lines that name the day they are printed on.
EVERY_DAY = ((SL, "prices"),)
# The notices that follow calendars.
BANNERS = ((SL, "notice"), (CS, "avviso"), (KP, "terminliste"), (FF, "felhivas"),
           (FK, "saatler"), (RL, "habari"), (ES, "notice"), (PV, "cinque"), (VI, "melding"),
           (PT, "szazalek"), (AG, "saa"))
# Registration reminders, worded by the day they are printed on.
REGISTRATION = ((CS, "granfondo"), (KP, "lopet"), (FF, "nevezes"), (RL, "usajili"),
                (PT, "kupa"), (ET, "kayit"))
# Amounts in force from given days.
TABLES = ((SL, "membership", SL_PLUS), (KP, "abonnement", KP_ABONNEMENT),
          (FK, "ucret", FK_UCRET), (FK, "kulupler", FK_KULUP),
          (ES, "membership", ES_MEMBERSHIP), (PT, "tagdij", PT_TAGDIJ),
          (ET, "aidat", ET_AIDAT), (AG, "ada", AG_ADA))

YEARS_WITH_FEES = range(2015, 2021)
QUIET = d(2015, 9, 8)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    SL: "Find your next race in the Stride Lab Race Finder",
    CS: "Seguici su Facebook per le notizie del giorno",
    KP: "Finn ditt neste løp i terminlisten vår",
    FF: "Kövess minket a Facebookon is!",
    FK: "Kulüplerimiz hafta içi 06:00-23:00, hafta sonu 08:00-20:00 saatleri arasında "
        "açıktır.",
    RL: "Tufuate Facebook na Twitter kwa habari za riadha kila siku",
    ES: "Follow us on Twitter for daily research summaries",
    PV: "Sostieni l'associazione: diventa socio sostenitore",
    VI: "Følg Vikåsen IL på Facebook for siste nytt",
    PT: "Kövesd egyesületünket a Facebookon is!",
    AG: "Tunafungua kila siku saa 11 alfajiri hadi saa 4 usiku",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + REGISTRATION + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (KP, "okt"), (RL, "siku"), (ES, "webinar"), (PV, "gara"), (PV, "quota"),
        (PV, "allenamenti"), (VI, "kontingent"), (ET, "antrenman")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 16), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert [boston(y) for y in (2015, 2018, 2019)] == [d(2015, 4, 20), d(2018, 4, 16),
                                                       d(2019, 4, 15)]
    assert [new_york(y) for y in (2016, 2019)] == [d(2016, 11, 6), d(2019, 11, 3)]
    assert us_summer_time(d(2019, 3, 10)) and not us_summer_time(d(2019, 3, 9))
    assert us_summer_time(d(2019, 11, 2)) and not us_summer_time(d(2019, 11, 3))
    assert next_sunday(d(2020, 6, 19)) == d(2020, 6, 21) == next_sunday(d(2020, 6, 21))
    assert first_thursday(2020, 7) == d(2020, 7, 2)
    assert next_webinar(d(2020, 7, 2)) == d(2020, 7, 2)
    assert next_webinar(d(2020, 7, 3)) == d(2020, 8, 6)
    assert next_webinar(d(2019, 12, 6)) == d(2020, 1, 2)
    assert forint(10500) == "10 500" and forint(900) == "900"
    assert granfondo(2019) == d(2019, 6, 9) and felmaraton(2018) == d(2018, 5, 6)
    assert kondislopet(2017) == d(2017, 8, 26) and vikaslopet(2016) == d(2016, 9, 3)
    assert pilis_kupa(2019) == d(2019, 5, 26) and izmir_sprint(2018) == d(2018, 9, 16)


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(SL, "dated", old, "Mar 5, 2016")
    full(SL, "dated", new, r"Published June 19, 2020 · \d{1,2}:\d\d [AP]M EDT")
    full(SL, "dated", winter, r"Published December 7, 2020 · \d{1,2}:\d\d [AP]M EST")
    full(SL, "prices", new, r"Prices were accurate at the time of publishing, June 19, "
                            r"2020\.")
    full(CS, "data", old, rf"05/03/2016 - {clock}")
    full(CS, "data", new, rf"venerdì 19 giugno 2020, ore {clock}")
    full(KP, "dato", old, rf"05\.03\.2016 {clock}")
    full(KP, "dato", new, rf"Publisert fredag 19\. juni 2020 kl\. {clock}")
    full(KP, "okt", new, r"Ukens økt \(uke 25\): .+")
    full(FF, "datum", old, rf"2016\. 03\. 05\. {clock}")
    full(FF, "datum", new, rf"2020\. június 19\., péntek {clock}")
    full(FK, "tarih", old, r"05\.03\.2016")
    full(FK, "tarih", new, "19 Haziran 2020 Cuma")
    full(FK, "dersler", old, "Bugün, 5 Mart Cumartesi grup dersleri: 10:00 Body Pump · "
                             "11:15 Spinning · 13:00 Pilates")
    full(FK, "dersler", d(2020, 4, 1), "Bugün, 1 Nisan Çarşamba: kulüplerimiz kapalı; 19:00'da "
                                       "Instagram'da canlı evde antrenman")
    full(RL, "tarehe", old, "Jumamosi, Machi 5, 2016")
    full(RL, "tarehe", new, rf"Imechapishwa: 19/06/2020 saa {clock}")
    full(RL, "siku", new, "Zimebaki siku 128 kabla ya Nairobi Marathon 2020")
    full(ES, "dated", old, "Posted on 5 March 2016")
    full(ES, "dated", new, r"19 June 2020 · \d+ min read")
    full(ES, "webinar", new, r"Next live webinar: Thursday 2 July, 7pm UK time – .+")
    full(PV, "pubblicato", old, "Pubblicato il 05/03/2016 da Ada Brook")
    full(PV, "pubblicato", new, "19 giugno 2020 – Ada Brook")
    full(PV, "gara", old, "Prossima gara: domenica 6 marzo – .+")
    full(VI, "publisert", old, "Publisert 05.03.2016 av Ada Brook")
    full(VI, "publisert", new, "19. juni 2020 · Ada Brook")
    full(PT, "datum", old, "2016. március 5.")
    full(PT, "datum", new, rf"Közzétéve: 2020\. 06\. 19\. {clock}")
    full(ET, "tarih", old, "05 Mart 2016")
    full(ET, "tarih", new, r"Yayın tarihi: 19\.06\.2020")
    full(AG, "tarehe", old, "5 Machi 2016")
    full(AG, "tarehe", new, "Ijumaa, 19 Juni 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # A gym's classes of the day name the weekday and the day, not the year: they turn
    # every day.
    assert len(changes(FK, "dersler")) == len(every_day()) - 1
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(SL, "dated", day).startswith("Published") == (day >= SL_REDESIGN)
        assert ("ore" in on(CS, "data", day)) == (day >= CS_REDESIGN)
        assert on(KP, "dato", day).startswith("Publisert") == (day >= KP_REDESIGN)
        assert bool(re.search(r"\d{4}\. [a-zá]", on(FF, "datum", day))) == (day >= FF_REDESIGN)
        assert bool(re.search(r"[A-Za-z]", on(FK, "tarih", day))) == (day >= FK_REDESIGN)
        assert on(RL, "tarehe", day).startswith("Imechapishwa") == (day >= RL_REDESIGN)
        assert on(ES, "dated", day).endswith("min read") == (day >= ES_REDESIGN)
        assert on(PV, "pubblicato", day).startswith("Pubblicato") == (day < PV_REDESIGN)
        assert on(VI, "publisert", day).startswith("Publisert") == (day < VI_REDESIGN)
        assert on(PT, "datum", day).startswith("Közzétéve") == (day >= PT_REDESIGN)
        assert on(ET, "tarih", day).startswith("Yayın") == (day >= ET_REDESIGN)
        assert ("," in on(AG, "tarehe", day)) == (day >= AG_REDESIGN)
        if day >= SL_REDESIGN:
            assert on(SL, "dated", day).endswith("EDT" if us_summer_time(day) else "EST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    weekly = changes(KP, "okt")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    races = changes(PV, "gara") - {PV_SUSPENDED[0], PV_SUSPENDED[1] + one}
    assert len(races) >= 250 and all(day.weekday() == 0 for day in races)
    monthly = changes(ES, "webinar")
    assert len(monthly) >= 70
    assert all(day - one == first_thursday((day - one).year, (day - one).month)
               for day in monthly)
    countdown = {day for day in changes(RL, "siku") if day <= NAIROBI_CANCELLED}
    assert len(countdown) == (NAIROBI_CANCELLED - FIRST_DAY).days
    for y, race in NAIROBI.items():
        if y < 2020:
            assert on(RL, "siku", iso(race)).startswith("Leo ni siku"), y
            assert f"siku 7 kabla ya Nairobi Marathon {y}" in on(RL, "siku", iso(race) - 7 * one)
    assert "imefutwa" in on(RL, "siku", d(2020, 10, 25))
    for day in every_day():
        if FK_CLOSED[0] <= day <= FK_CLOSED[1]:
            assert "kapalı" in on(FK, "dersler", day), day


def test_registration_reminders_with_deadlines_and_fees() -> None:
    for y in range(2015, 2020):
        assert f"quota agevolata {GF_QUOTA[y]} €" in on(CS, "granfondo", d(y, 2, 1)), y
        close = granfondo(y) - 10 * one
        assert f"quota {GF_QUOTA[y] + 10} €" in on(CS, "granfondo", d(y, 5, 1)), y
        assert re.search(rf"fino al {close.day} (maggio|giugno)$", on(CS, "granfondo", close)), y
        assert on(CS, "granfondo", granfondo(y)).startswith("Iscrizioni chiuse"), y
        assert "classifiche" in on(CS, "granfondo", granfondo(y) + one), y
        fees = FF_DIJ[y]
        assert f"{forint(fees[0])} Ft (I. szakasz" in on(FF, "nevezes", d(y, 1, 15)), y
        assert f"{forint(fees[1])} Ft (II. szakasz" in on(FF, "nevezes", d(y, 2, 15)), y
        assert f"{forint(fees[2])} Ft, nevezési" in on(FF, "nevezes", d(y, 4, 1)), y
        assert f"Félmaraton {y + 1}" in on(FF, "nevezes", d(y, 11, 15)), y
        assert "lezárult" in on(FF, "nevezes", felmaraton(y)), y
        assert f"Startkontingent {KP_START[y]} kr" in on(KP, "lopet", d(y, 6, 1)), y
        assert "stengt" in on(KP, "lopet", kondislopet(y)), y
        assert "Resultatene" in on(KP, "lopet", kondislopet(y) + one), y
        assert f"{forint(PT_NEVEZES[y])} Ft" in on(PT, "kupa", d(y, 3, 1)), y
        assert "eredményei" in on(PT, "kupa", pilis_kupa(y) + one), y
        assert f"{ET_UCRET[y]} TL" in on(ET, "kayit", d(y, 7, 1)), y
        assert "Kayıtlar kapandı" in on(ET, "kayit", izmir_sprint(y)), y
        assert f"KSh {NAIROBI_ADA[y]}" in on(RL, "usajili", d(y, 7, 1)), y
    assert "annullata" in on(CS, "granfondo", d(2020, 4, 1))
    assert "elmarad" in on(FF, "nevezes", d(2020, 4, 1))
    assert "Félmaraton 2021" in on(FF, "nevezes", d(2020, 11, 15))
    assert "avlyst" in on(KP, "lopet", d(2020, 6, 1))
    assert "elmarad" in on(PT, "kupa", d(2020, 4, 1))
    assert "iptal" in on(ET, "kayit", d(2020, 7, 1))
    assert "KSh" not in on(RL, "usajili", d(2020, 7, 1))
    for domain, family in REGISTRATION:
        assert len(changes(domain, family)) >= 10, (domain, family)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2020):
        assert f"Boston Marathon {y}" in on(SL, "notice", boston(y)), y
        assert f"Chicago Marathon {y}" in on(SL, "notice", iso(CHICAGO[y])), y
        assert f"New York City Marathon {y}" in on(SL, "notice", new_york(y)), y
        assert f"Milano-Sanremo {y}" in on(CS, "avviso", iso(SANREMO[y])), y
        assert f"Holmenkollstafetten {y}" in on(KP, "terminliste", iso(HOLMENKOLL[y])), y
        assert f"Oslo Maraton {y}" in on(KP, "terminliste", iso(OSLO_MARATON[y])), y
        assert f"Vivicittá {y}" in on(FF, "felhivas", iso(VIVICITTA[y])), y
        first, last = RAMADAN[y]
        assert f"Ramazan ayı boyunca ({y})" in on(FK, "saatler", iso(first)), y
        assert "Ramazan Bayramı" in on(FK, "saatler", iso(last) + one), y
        assert "Kurban Bayramı" in on(FK, "saatler", iso(KURBAN[y]) + 3 * one), y
        assert f"Ramadhani Kareem! Mwezi huu ({y})" in on(AG, "saa", iso(last)), y
        assert f"Eid el Fitr {y}" in on(AG, "saa", iso(last) + one), y
        assert f"redditi {y}" in on(PV, "cinque", d(y, 4, 15)), y
        assert f"{y}. május 20-ig" in on(PT, "szazalek", d(y, 3, 1)), y
        assert f"17. mai {y}" in on(VI, "melding", d(y, 5, 17)), y
        assert "Årsmøte" in on(VI, "melding", iso(VI_ARSMOTE[y])), y
        assert f"Vikåsløpet {vikaslopet(y).day}. september {y}" in on(VI, "melding",
                                                                       vikaslopet(y)), y
    for y in range(2015, 2021):
        first, last = GIRO[y]
        assert f"Giro d'Italia {y}" in on(CS, "avviso", iso(first)), y
        assert f"Giro d'Italia {y}" in on(CS, "avviso", iso(last)), y
        assert f"Budapest Maraton {y}" in on(FF, "felhivas", iso(BUDAPEST_MARATON[y])), y
        assert f"({y})" in on(VI, "melding", d(y, 12, 24)), y
        assert on(PV, "cinque", d(y, 9, 1)) == FIRST_WORDINGS[PV]
        assert on(PT, "szazalek", d(y, 6, 1)) == FIRST_WORDINGS[PT]
        assert on(PV, "allenamenti", d(y, 12, 1)).endswith("18:30 dal campo sportivo")
        assert on(ET, "antrenman", d(y, 6, 1)).startswith("Yaz dönemi")
        assert on(ET, "antrenman", d(y, 12, 1)).startswith("Kış dönemi")
    for first, last, name in CHAMPIONSHIPS:
        assert name in on(RL, "habari", iso(first)) and name in on(RL, "habari", iso(last))
    for first, _, city in ECSS:
        assert f"ECSS {city} {first[:4]}" in on(ES, "notice", iso(first))
    assert "virtual" in on(ES, "notice", d(2020, 10, 29))
    assert "virtual Boston" in on(SL, "notice", d(2020, 9, 10))
    assert "COVID-19" in on(SL, "notice", d(2020, 4, 20))  # no Boston in April 2020
    assert "Emergenza Covid-19" in on(CS, "avviso", d(2020, 4, 1))
    assert "Korona" in on(KP, "terminliste", d(2020, 4, 1))
    assert "Maradj otthon" in on(FF, "felhivas", d(2020, 4, 1))
    assert "geçici olarak kapalıdır" in on(FK, "saatler", d(2020, 5, 1))  # in Ramadan
    assert "HES kodu" in on(FK, "saatler", iso(KURBAN[2020]))
    assert "mashindano yote" in on(RL, "habari", d(2020, 4, 1))
    assert "lockdown" in on(ES, "notice", d(2020, 4, 1))
    assert "stanset" in on(VI, "melding", d(2020, 4, 1))
    assert "Smittevern" in on(VI, "melding", d(2020, 5, 17))  # no parade in 2020
    assert "Corona" in on(AG, "saa", d(2020, 5, 1))
    assert "sospesi" in on(PV, "allenamenti", d(2020, 4, 1))
    assert on(PV, "allenamenti", d(2019, 6, 1)).endswith("19:30 dal campo sportivo")


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (SL, "byline", SL_REDESIGN, "By {author}", "{author_beat}"),
        (SL, "affiliate", SL_AFFILIATE, "small commission", "We test"),
        (SL, "doctor", SL_DOCTOR, "informational purposes", "not a substitute"),
        (SL, "newsletter", SL_REDESIGN, "every Tuesday", "Stride Lab Daily"),
        (CS, "autore", CS_REDESIGN, "di {author}", "Foto {foto}"),
        (CS, "certificato", CS_CERTIFICATO, "Ricorda", "pettorale"),
        (CS, "avviso", CS_TELEGRAM, "Facebook", "Telegram"),
        (KP, "av", KP_REDESIGN, "Av {author}", "Tekst:"),
        (KP, "lege", KP_LEGE, "medisinsk undersøkelse", "rådføre"),
        (KP, "redaktor", KP_EDITOR, "Ingrid Hovland", "Per Arne Sæther"),
        (FF, "szerzo", FF_REDESIGN, "Szerző:", "| Futóföld"),
        (FF, "orvos", FF_ORVOS, "tájékoztató", "szakorvosi"),
        (FF, "felhivas", FF_HIRLEVEL, "Facebookon", "hírlevelünkre"),
        (FK, "yazar", FK_REDESIGN, "Yazar:", "{author_beat}"),
        (FK, "doktor", FK_DOKTOR, "bilgilendirme", "tıbbi tavsiye"),
        (FK, "kvkk", FK_KVKK, "Gizlilik", "KVKK"),
        (RL, "mwandishi", RL_REDESIGN, "Na {author}", "{mji}"),
        (RL, "dawa", RL_ADAK, "inaunga mkono", "ADAK"),
        (RL, "habari", RL_WHATSAPP, "Facebook", "WhatsApp"),
        (ES, "author", ES_REDESIGN, "By {author}", "Written by"),
        (ES, "disclaimer", ES_DISCLAIMER, "educational purposes", "HCPC"),
        (ES, "notice", ES_DIGEST, "Twitter", "research digest"),
        (PV, "certificato", PV_CERTIFICATO, "obbligatorio", "Attenzione"),
        (VI, "pamelding", VI_SPOND, "e-post", "Spond"),
        (VI, "grasrot", VI_GRASROT, "Norsk Tipping", "grasrotmottaker"),
        (ET, "saglik", ET_SAGLIK, "güncel", "ibareli"),
        (AG, "daktari", AG_DAKTARI, "kitabibu", "kisukari")))
    assert_groups_reworded(SET, (
        (SL, "dated", ", 20", "Published "),
        (SL, "byline", "By ", " | "),
        (KP, "dato", ".", "Publisert"),
        (CS, "data", "/", " ore "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "£59" in on(ES, "membership", d(2020, 6, 1))  # cut in the lockdown
    assert changes(VI, "kontingent") == {d(y, 1, 1) for y in range(2016, 2021)}
    for y in YEARS_WITH_FEES:
        adult = VI_KONTINGENT[y][0]
        assert f"Medlemskontingent {y}: {adult} kr" in on(VI, "kontingent", d(y, 6, 1))
        assert f"Quota associativa {y}: {PV_QUOTA[y]} €" in on(PV, "quota", d(y, 6, 1))
        assert f"Rinnovo tesseramento {y + 1}: {PV_QUOTA[y + 1]} €" in on(PV, "quota",
                                                                          d(y, 11, 2))
    assert changes(PV, "quota") == ({d(y, 11, 1) for y in range(2015, 2021)}
                                    | {d(y, 1, 1) for y in range(2016, 2021)})
    prices = {m[1] for t in group_lines(SET, SL, "membership")
              if (m := re.search(r"\$([\d.]+) a year", norm(t)))}
    assert len(prices) >= 2


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (FK, "doktor", r"[çğışöü]"), (FK, "tarih", r"\d"), (FF, "orvos", r"[áéíóöőúüű]"),
        (KP, "lege", r"[æøå]"), (KP, "varsom", r"Vær|presseskikk"),
        (CS, "certificato", r"[àèéìòù]|medico"), (RL, "dawa", r"\b(za|na|kwa)\b"),
        (AG, "daktari", r"daktari|mazoezi"),
        (PT, "sisak", r"[áéíóöőúüű]"), (ET, "saglik", r"[çğışöü]"),
        (VI, "politiattest", r"politiattest|trenere"), (PV, "certificato", r"certificato|medico")))
    assert any(t.endswith("EDT") for t in group_lines(SET, SL, "dated"))
    assert any(t.endswith("EST") for t in group_lines(SET, SL, "dated"))
    assert any(re.search(r"\d{4}\. [a-zá]+ \d+\.,", t) for t in group_lines(SET, FF, "datum"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{SL}/dated", f"{SL}/byline", f"{SL}/related", f"{SL}/kicker",
                         f"{SL}/photo", f"{SL}/copyright", f"{SL}/prices", f"{SL}/plan",
                         f"{CS}/data", f"{CS}/leggi", f"{KP}/dato", f"{KP}/program"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{SL}/affiliate", f"{SL}/doctor", f"{CS}/testata", f"{KP}/varsom",
        f"{FF}/impresszum", f"{FK}/doktor"))
    assert_carried_share(docs, SL, [
        ("dated", 0.8, 0.99), ("related", 0.5, 0.85), ("correction", 0.0, 0.1),
        ("prices", 0.08, 0.35), ("notice", 0.15, 0.5)])
    assert_carried_share(docs, CS, [("data", 0.75, 0.97), ("granfondo", 0.1, 0.4),
                                    ("errata", 0.0, 0.12)])
    for fam in (f"{SL}/related", f"{SL}/advert", f"{CS}/pubblicita", f"{KP}/annonse",
                f"{FF}/hirdetes", f"{RL}/tangazo"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((SL, "photo"), (SL, "plan"), (CS, "foto"), (KP, "program"),
                               (FF, "eredmeny"), (FK, "program"), (ES, "source"),
                               (PV, "foto"), (PT, "tav")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (SL, "correction", 16), (CS, "errata"), (KP, "rettelse"), (FF, "helyesbites"),
        (FK, "duzeltme"), (RL, "marekebisho"), (ES, "correction"), (PV, "rettifica"),
        (VI, "oppdatert"), (PT, "helyesbites"), (ET, "duzeltme"), (AG, "marekebisho")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{SL}/related", "Related: "), (f"{CS}/leggi", "Leggi anche: "),
        (f"{KP}/les", "Les også: "), (f"{FF}/kapcsolodo", "Kapcsolódó cikk: "),
        (f"{FK}/ilgili", "Bunu da okuyun: "), (f"{RL}/soma", "Soma pia: ")))


def test_bare_lines_results_headers_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (SL, "advert", "Advertisement"), (CS, "pubblicita", "Pubblicità"),
        (KP, "annonse", "Annonse"), (FF, "hirdetes", "Hirdetés"), (RL, "tangazo", "TANGAZO"),
        (KP, "resultater", "Plass | Startnr. | Navn | Klubb | Klasse | Tid"),
        (FF, "eredmeny", "Hely | Rajtszám | Név | Egyesület | Kategória | Nettó idő"),
        (RL, "matokeo", "Nafasi | Jina | Nchi/Klabu | Muda")))
    assert_group_values_from_pool(SET, (
        (SL, "kicker", "kicker"), (CS, "rubrica", "rubrica"), (FF, "rovat", "rovat"),
        (FK, "kategori", "kategori"), (RL, "kitengo", "kitengo"), (VI, "gruppe", "gruppe")))
    weeks = {m[1] for t in group_lines(SET, SL, "plan") if (m := re.search(r"Week (\d+)$", t))}
    assert len(weeks) >= 5 and all(1 <= int(w) <= 16 for w in weeks)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (SL, "advert", "Advertisement"),
        (SL, "doctor", "This article is not a substitute for medical advice. Talk to your "
                       "doctor before you start any new exercise or diet program."),
        (CS, "pubblicita", "Pubblicità"),
        (KP, "lege", "Har du sykdom eller skade, bør du rådføre deg med lege før du starter "
                     "et nytt treningsopplegg.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        SL: (["notice", "membership", "newsletter", "copyright"], 3),
        CS: (["testata", "copyright"], 2),
        KP: (["redaktor", "varsom", "copyright"], 3),
        FF: (["impresszum", "copyright"], 2),
        FK: (["kulupler", "kvkk", "copyright"], 3),
        ES: (["company", "copyright"], 2),
        PV: (["sponsor", "asd", "contatti"], 2),
        VI: (["melding", "klubb"], 2),
        PT: (["szazalek", "kapcsolat"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY + ((FK, "dersler"),):
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
