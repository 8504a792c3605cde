"""The ``held-back-194`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-192 set. It was
written WITHOUT looking at cleanpipe's code (nothing under ``cleanpipe/`` but the generator's
model and template types in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names
come from `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"does not replace a visit to your vet" line or an advertisement marker. The publishers are
veterinary clinics, pet-care magazines and animal-welfare charities in English, Icelandic,
Irish, Polish, Malay and Lao: a British pet-care magazine, a British veterinary practice group's
news pages, a Polish pet magazine, a British animal-rescue charity, a Malaysian pet magazine (in
Malay), an Icelandic animal hospital, a Polish animal-shelter foundation, an Irish animal
sanctuary writing in English and Irish, a Lao pet clinic in Vientiane, an American dog-gear
review site, a Malaysian veterinary clinic (in Malay) and an Icelandic animal-welfare society.
The families are the kinds a crawl of such sites holds: dates localised day by day in English,
Polish (month names in the genitive), Irish, Icelandic, Malay and Lao, several changing form on
the day of a redesign; lines that turn every day (today's opening hours with the weekday, bank
holidays, Icelandic public holidays and summer hours; "prices were accurate as of" with the
day's date), every week (a rescue's pet of the week, turned each Monday) and every month (the
vaccination-reminder banner naming the month); notices that follow the calendars of these sites
(Crufts, Bonfire Night and New Year fireworks, Christmas and Easter hazards, heatwaves, kitten
season, the Polish 1% tax season and Cat Day, Seachtain na Gaeilge and Oíche Shamhna, Ramadan,
the two Eids with their Hijri years, Merdeka, Chinese New Year closures, Lao New Year, World
Rabies Day, Prime Day and Black Friday, an annual general meeting, the 2017 rabies outbreak in
Sarawak, African swine fever, the 2020 lockdowns); amounts that change over the years (health-plan
and sponsorship fees, magazine prices, vaccination prices in pounds, złoty, krónur, ringgit
and kip with Malaysia's GST coming and going, membership fees); disclaimers, affiliate and
Amazon lines, GDPR, AmazonSmile and fundraising-regulator notices reworded in 2015-2020,
Ireland's compulsory microchipping; adoption and sponsorship lines, product picks, photo
credits, related links and advertisement markers mid-body (some up to two times); multi-line
blocks (charity numbers, addresses, imprints, copyright), bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    easter,
    iso_day,
    last_weekday,
    nth_weekday,
    thanksgiving,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Polish month names in the genitive, as a date prints them ("5 marca 2016").
MIESIACA = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
MIONNA = ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa",
          "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig")
LAETHANTA = ("Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn",
             "Dé Domhnaigh")
MANUDIR = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
           "október", "nóvember", "desember")
DAGAR = ("Mánudagur", "Þriðjudagur", "Miðvikudagur", "Fimmtudagur", "Föstudagur",
         "Laugardagur", "Sunnudagur")
# The accusative, as "í dag, föstudaginn 19. júní" prints it.
DAGINN = ("mánudaginn", "þriðjudaginn", "miðvikudaginn", "fimmtudaginn", "föstudaginn",
          "laugardaginn", "sunnudaginn")
BULAN = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
         "Oktober", "November", "Disember")
HARI = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
DUEAN = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ",
         "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ")
WAN = ("ວັນຈັນ", "ວັນອັງຄານ", "ວັນພຸດ", "ວັນພະຫັດ", "ວັນສຸກ", "ວັນເສົາ", "ວັນອາທິດ")

# --- helpers of this set ------------------------------------------------------------------


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def amounts(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting an amount that changes on the days of `table`: from
    the oldest day the amount in force on the set's first day, then one from each later
    day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def english_bank_holidays(y: int) -> dict[dt.date, str]:
    """The bank holidays of England and Wales in `y`, with substitute days (2020's early May
    holiday moved to VE Day, a Friday)."""
    days = {easter(y) - 2 * ONE: "Good Friday", easter(y) + ONE: "Easter Monday",
            nth_weekday(y, 5, 0, 1): "the Early May bank holiday",
            last_weekday(y, 5, 0): "the Spring bank holiday",
            last_weekday(y, 8, 0): "the Summer bank holiday"}
    if y == 2020:
        del days[nth_weekday(y, 5, 0, 1)]
        days[dt.date(2020, 5, 8)] = "the VE Day bank holiday"
    new_year = dt.date(y, 1, 1)
    days[new_year + ONE * {5: 2, 6: 1}.get(new_year.weekday(), 0)] = "New Year's Day"
    christmas, boxing = dt.date(y, 12, 25), dt.date(y, 12, 26)
    if christmas.weekday() == 5:  # Saturday: Monday and Tuesday off
        days[christmas + 2 * ONE], days[christmas + 3 * ONE] = "Christmas Day", "Boxing Day"
    elif christmas.weekday() == 6:  # Sunday: Boxing Day on Monday, Christmas on Tuesday
        days[boxing], days[christmas + 2 * ONE] = "Boxing Day", "Christmas Day"
    else:
        days[christmas] = "Christmas Day"
        days[boxing + 2 * ONE if boxing.weekday() == 5 else boxing] = "Boxing Day"
    return days


@cache
def _bank_holidays() -> dict[dt.date, str]:
    out: dict[dt.date, str] = {}
    for y in range(2014, 2022):
        out.update(english_bank_holidays(y))
    return out


def first_thursday_after_18_april(y: int) -> dt.date:
    """Sumardagurinn fyrsti, Iceland's first day of summer."""
    day = dt.date(y, 4, 19)
    return day + ONE * ((3 - day.weekday()) % 7)


def icelandic_holidays(y: int) -> dict[dt.date, str]:
    """The days an Icelandic clinic closes in `y` (24 and 31 December: mornings only)."""
    e = easter(y)
    return {dt.date(y, 1, 1): "nýársdagur", e - 3 * ONE: "skírdagur",
            e - 2 * ONE: "föstudagurinn langi", e: "páskadagur", e + ONE: "annar í páskum",
            first_thursday_after_18_april(y): "sumardagurinn fyrsti",
            dt.date(y, 5, 1): "1. maí", e + 39 * ONE: "uppstigningardagur",
            e + 50 * ONE: "annar í hvítasunnu", dt.date(y, 6, 17): "þjóðhátíðardagurinn",
            nth_weekday(y, 8, 0, 1): "frídagur verslunarmanna", dt.date(y, 12, 25): "jóladagur",
            dt.date(y, 12, 26): "annar í jólum"}


@cache
def _icelandic_holidays() -> dict[dt.date, str]:
    out: dict[dt.date, str] = {}
    for y in range(2014, 2022):
        out.update(icelandic_holidays(y))
    return out


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week: the day a weekly line turns."""
    return day - ONE * day.weekday()


def hijri_year(y: int) -> int:
    """The Hijri year of Ramadan and both Eids in Gregorian year `y` (2015-2020)."""
    return 1436 + (y - 2015)


# Malaysia's dates, as its sites kept them (the first day of Ramadan, Hari Raya Aidilfitri,
# Hari Raya Aidiladha, the first day of Chinese New Year).
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
AIDILFITRI = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
              2019: "2019-06-05", 2020: "2020-05-24"}
AIDILADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-22",
             2019: "2019-08-11", 2020: "2020-07-31"}
CNY = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
       2019: "2019-02-05", 2020: "2020-01-25"}
PKP = (dt.date(2020, 3, 18), dt.date(2020, 5, 3))  # the Movement Control Order


# --- a British pet-care magazine ----------------------------------------------------------

PW_REDESIGN = dt.date(2017, 3, 9)  # relaunched on the first day of Crufts 2017
PW_GDPR = dt.date(2018, 5, 25)
PW_DISCLAIMER = dt.date(2018, 6, 1)
PW_AFFILIATE = dt.date(2019, 2, 1)
CRUFTS = {2015: ("2015-03-05", "2015-03-08"), 2016: ("2016-03-10", "2016-03-13"),
          2017: ("2017-03-09", "2017-03-12"), 2018: ("2018-03-08", "2018-03-11"),
          2019: ("2019-03-07", "2019-03-10"), 2020: ("2020-03-05", "2020-03-08")}
HEATWAVES = (("2018-06-25", "2018-08-05"), ("2019-07-22", "2019-07-27"),
             ("2020-08-06", "2020-08-14"))
PW_SUBS = (("2014-09-01", "£19.99"), ("2016-01-01", "£21.99"), ("2017-09-01", "£23.99"),
           ("2019-01-01", "£24.99"), ("2020-03-01", "£26.99"))


def _pw_dated(day: dt.date) -> str:
    if day < PW_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"Published {day.day} {MONTHS[day.month - 1][:3]} {day.year} · {{read_min}} min read"


@cache
def _pw_notice() -> Wordings:
    base = _steps((_OLD, "Get Pawprint Weekly's free newsletter every Friday"),
                  (PW_GDPR.isoformat(), "📧 Vet tips, reader offers and the cutest pet photos: "
                                        "sign up to the Pawprint Weekly newsletter. "
                                        "Unsubscribe any time."))
    pandemic = [_span("2020-03-23", "2020-06-30", "🦠 Coronavirus and your pet: what the "
                                                  "lockdown means for walks and vet visits")]
    heat = [_span(first, last, "☀️ Heatwave warning: walk your dog early, carry water and "
                               "never leave a pet in a parked car") for first, last in HEATWAVES]
    crufts = [_span(first, last, f"🏆 Crufts {y}: our coverage from the NEC, day by day")
              for y, (first, last) in CRUFTS.items()]
    fireworks = _yearly("11-05", 11, 1, lambda y: "🎆 Fireworks season: our guide to keeping "
                                                  "frightened pets calm")
    christmas = _yearly("12-25", 10, 1, lambda y: f"🎄 Christmas {y}: chocolate, grapes, "
                                                  f"tinsel and other festive dangers")
    return _calendar(base, pandemic, heat, crufts, fireworks, christmas)


def pawprint_style() -> PublisherStyle:
    """A British pet-care magazine: a topic kicker from a pool, the long date turned the short
    date with the reading time on the first day of Crufts 2017 (a wording per day), "By"
    turned the writer and the vet who checked the piece (a pool), an affiliate line reworded
    in 2019, "Related:" and advertisement markers up to twice, a product pick and a photo
    credit from pools, a does-not-replace-your-vet disclaimer reworded in 2018, the
    subscription price (changing five times), a newsletter line reworded for GDPR and turned
    by Crufts, heatwaves, Bonfire Night, Christmas and the lockdown, the publisher line and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="pawprintweekly.co.uk", site="Pawprint Weekly", base_size=250,
        subdomains=(("www.", 100),),
        sections=("dogs", "cats", "small-pets", "health", "behaviour", "reviews"),
        n_authors=14, url_path="/{section}/{slug}",
        pools={
            "kicker": ("DOGS", "CATS", "HEALTH", "BEHAVIOUR", "NUTRITION", "SMALL PETS",
                       "REVIEWS", "PUPPIES"),
            "vet": ("Dr Helen Marsh BVSc MRCVS", "Dr Owen Pryce BVM&S MRCVS",
                    "Dr Priya Nair BVetMed MRCVS", "Dr Sam Kerr BVSc MRCVS"),
            "pick": ("Hartley & Finch padded harness, £34.99", "Snugglenook calming bed, £42",
                     "Tidy Tails lick mat, £8.50", "Brook & Bramble grain-free kibble, £27.99",
                     "Kitkin scratching post, £19.99", "Wagwell GPS tracker, £49"),
            "shop": ("Petsy", "Amazon", "Pets Corner", "Zooplus"),
            "photo": ("Getty Images", "Shutterstock", "Alamy", "Pawprint Weekly reader",
                      "iStock"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_pw_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (PW_REDESIGN.isoformat(), "Words: {author} · Vet-checked by {vet}")),
            _f("affiliate", HEADER, 0.25,
               (_OLD, "This article contains affiliate links."),
               (PW_AFFILIATE.isoformat(), "We may earn commission when you buy through links "
                                          "on this page. It never affects what we "
                                          "recommend.")),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("pick", MIDDLE, 0.2, (_OLD, "Our pick: {pick} at {shop}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("disclaimer", FOOTER, 0.45,
               (_OLD, "This article is for information only and is not a substitute for "
                      "veterinary advice."),
               (PW_DISCLAIMER.isoformat(), "Our advice is general and doesn't replace a visit "
                                           "to your vet. If you're worried about your pet, "
                                           "call your practice.")),
            _f("subscribe", FOOTER, 0.2, *amounts(PW_SUBS, lambda v: (
                f"Subscribe to Pawprint Weekly: 13 issues for {v}, delivered to your door."))),
            _f("notice", FOOTER, 0.3, *_pw_notice()),
            _f("publisher", FOOTER, 0.3, (_OLD, "Pawprint Weekly is published by Hound & Hearth "
                                                "Media Ltd, 3 Tanner Row, York YO1 6JB.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Hound & Hearth Media Ltd. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong dose for a puppy.")),
        ),
    )


# --- a British veterinary practice group's news pages -------------------------------------

MB_REDESIGN = dt.date(2018, 9, 3)
MB_HOURS = dt.date(2019, 4, 1)  # open to 7pm on weekdays
MB_VIDEO = dt.date(2020, 3, 24)
MB_OOH = dt.date(2017, 1, 1)
MB_LOCKDOWN = (dt.date(2020, 3, 24), dt.date(2020, 5, 31))
MB_PLAN = (("2014-04-01", "£11.50"), ("2016-04-01", "£12.00"), ("2017-04-01", "£12.50"),
           ("2018-04-01", "£13.25"), ("2019-04-01", "£13.75"), ("2020-04-01", "£14.50"))
MB_PHONE = "01632 960 451"


def _mb_dated(day: dt.date) -> str:
    if day < MB_REDESIGN:
        return f"Posted {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _mb_today(day: dt.date) -> str:
    when = f"Today, {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    holiday = _bank_holidays().get(day)
    if holiday:
        return f"{when}: closed for {holiday}. Emergencies: {MB_PHONE}"
    if day.weekday() == 6:
        return f"{when}: closed. Emergencies: {MB_PHONE}"
    if MB_LOCKDOWN[0] <= day <= MB_LOCKDOWN[1]:
        return f"{when}: urgent cases only, please phone before you come in"
    if day.weekday() == 5 or (day.month, day.day) in ((12, 24), (12, 31)):
        return f"{when}: open 8.30am–12.30pm"
    return f"{when}: open {'8.30am–6.30pm' if day < MB_HOURS else '8am–7pm'}"


def _mb_booster(day: dt.date) -> str:
    return (f"💉 Booster due in {MONTHS[day.month - 1]} {day.year}? Book your pet's "
            f"vaccination online")


def _mb_season(day: dt.date) -> str:
    if 4 <= day.month <= 10:
        return "🐌 Lungworm is spread by slugs and snails: ask us about monthly prevention"
    return "⚖️ Is your pet carrying extra weight? Book a free weight check with our nurses"


@cache
def _mb_seasonal() -> Wordings:
    pandemic = [(MB_LOCKDOWN[0], MB_LOCKDOWN[1] + ONE,
                 "🦠 We are seeing emergencies and urgent cases only. Please phone, don't "
                 "just arrive.")]
    eggs = _movable(easter, 10, 1, lambda y: f"🍫 Easter {y}: chocolate eggs are poisonous to "
                                             f"dogs. Keep them out of reach")
    fireworks = _yearly("11-05", 35, 1, lambda y: "🎆 Firework fears? Talk to us about calming "
                                                  "options well before 5 November")
    christmas = _yearly("12-25", 14, 6, lambda y: f"🎄 Christmas {y}: see our festive opening "
                                                  f"hours, and keep mince pies away from dogs")
    return _calendar(_mb_season, pandemic, eggs, fireworks, christmas)


def meadowbank_style() -> PublisherStyle:
    """A British veterinary practice group's news pages: a category from a pool, "Posted"
    with the numeric date turned the weekday and the long date on 3 September 2018 (a
    wording per day), the writer with the role, today's opening hours naming the day (a
    wording per day: Saturdays, Sundays, bank holidays with their substitute days, longer
    hours from April 2019, the lockdown), the vaccination-reminder banner naming the month
    (a wording per month), a booking line reworded for video consultations, a seasonal line
    (lungworm, weight checks) turned by Easter, fireworks, Christmas and the lockdown, the
    health plan's monthly fee (changing each April), the out-of-hours line reworded in 2017,
    a general-advice disclaimer, the accreditation line and the company line (a block), a
    rare update."""
    return PublisherStyle(
        domain="meadowbankvets.co.uk", site="Meadowbank Vets", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "pet-advice", "practice-news", "offers"),
        n_authors=8, url_path="/news/{slug}",
        pools={
            "category": ("Practice news", "Pet health", "Dogs", "Cats", "Rabbits",
                         "Exotics", "Offers"),
            "beat": ("Veterinary Surgeon", "Registered Veterinary Nurse", "Clinical Director",
                     "Practice Manager", "Client Care Team"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "Posted in {category}")),
            _f("dated", HEADER, 0.85, *_by_day(_mb_dated)),
            _f("writer", HEADER, 0.5, (_OLD, "Written by {author}, {author_beat}")),
            _f("today", HEADER, 0.35, *_by_day(_mb_today)),
            _f("booster", HEADER, 0.25, *_by_day(_mb_booster)),
            _f("book", MIDDLE, 0.3, (_OLD, "Book an appointment online, day or night"),
               (MB_VIDEO.isoformat(), "Video consultations are available: book online, day or "
                                      "night")),
            _f("seasonal", FOOTER, 0.3, *_mb_seasonal()),
            _f("plan", FOOTER, 0.25, *amounts(MB_PLAN, lambda v: (
                f"Join the Pet Health Club from {v} a month: vaccinations, flea and worm "
                f"treatment included."))),
            _f("out-of-hours", FOOTER, 0.5,
               (_OLD, f"Out-of-hours emergencies: {MB_PHONE}"),
               (MB_OOH.isoformat(), f"Out of hours? Call {MB_PHONE}: a vet is on duty 24 hours "
                                    f"a day, 365 days a year.")),
            _f("disclaimer", FOOTER, 0.35, (_OLD, "This advice is general. If you are worried "
                                                  "about your pet, please contact the "
                                                  "practice.")),
            _f("accredited", FOOTER, 0.3, (_OLD, "Meadowbank Vets is an RCVS Accredited "
                                                 "Practice.")),
            _f("company", FOOTER, 0.3, (_OLD, "Meadowbank Veterinary Group Ltd · Registered in "
                                              "England no. 07123456 · © {year}")),
            _f("update", HEADER, 0.04, (_OLD, "Update: our Saturday opening times have changed "
                                              "since this was posted.")),
        ),
    )


# --- a Polish pet magazine ----------------------------------------------------------------

OW_REDESIGN = dt.date(2019, 2, 17)  # relaunched on Dzień Kota, Poland's cat day
OW_AFILIACJA = dt.date(2017, 6, 1)
OW_NEWSLETTER = dt.date(2018, 3, 1)
OW_CENA = (("2013-01-01", "9,99 zł"), ("2017-01-01", "10,99 zł"), ("2019-03-01", "11,99 zł"),
           ("2020-07-01", "12,99 zł"))


def _ow_data(day: dt.date) -> str:
    if day < OW_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return (f"Opublikowano: {DNI[day.weekday()]}, {day.day} {MIESIACA[day.month - 1]} "
            f"{day.year}, godz. {{time}}")


@cache
def _ow_komunikat() -> Wordings:
    base = _steps((_OLD, "Dołącz do nas na Facebooku i Instagramie!"),
                  (OW_NEWSLETTER.isoformat(), "📩 Zapisz się na newsletter Ogon i Wąsy: porady "
                                              "weterynarzy i behawiorystów co czwartek"))
    pandemia = [_span("2020-03-25", "2020-04-19", "🦠 Koronawirus a zwierzęta: spacer z psem "
                                                  "wciąż jest dozwolony, blisko domu")]
    upal = [_span("2015-08-07", "2015-08-16", "☀️ Upał! Nie zostawiaj psa w samochodzie "
                                              "i pamiętaj o misce z wodą"),
            _span("2019-06-25", "2019-06-30", "☀️ Upał! Nie zostawiaj psa w samochodzie "
                                              "i pamiętaj o misce z wodą")]
    kot = _yearly("02-17", 3, 0, lambda y: f"🐈 Dzień Kota {y}: pokaż nam swojego mruczka!")
    pies = _yearly("07-01", 2, 0, lambda y: f"🐕 Dzień Psa {y}: wszystkiego najlepszego, "
                                            f"czworonogi!")
    sylwester = _yearly("12-31", 5, 1, lambda y: f"🎆 Sylwester {y}: jak pomóc psu, który boi "
                                                 f"się fajerwerków")
    return _calendar(base, pandemia, upal, kot, pies, sylwester)


def ogoniwasy_style() -> PublisherStyle:
    """A Polish pet magazine: a section from a pool, the numeric date and time turned
    "Opublikowano:" with the weekday and the month in the genitive on Dzień Kota 2019 (a
    wording per day), "Autor:" turned the writer and the vet consulted (a pool), an
    affiliate line reworded in 2017, "REKLAMA" up to twice and "Czytaj także:" mid-body, a
    photo credit from a pool, a does-not-replace-a-vet line, the magazine's cover price
    (changing three times), a line of the social pages reworded for the newsletter and
    turned by Cat Day, Dog Day, New Year's Eve fireworks, heatwaves and the lockdown, the
    publisher and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="ogoniwasy.pl", site="Ogon i Wąsy", base_size=195,
        subdomains=(("www.", 90), ("", 10)),
        sections=("psy", "koty", "gryzonie", "zdrowie", "zywienie", "adopcje"),
        n_authors=9, url_path="/{section}/{slug},{n}",
        pools={
            "dzial": ("Psy", "Koty", "Gryzonie", "Zdrowie", "Żywienie", "Wychowanie",
                      "Adopcje"),
            "wet": ("lek. wet. Joanna Zielińska", "lek. wet. Piotr Kaczmarek",
                    "lek. wet. Marta Wróbel", "dr n. wet. Tomasz Lis"),
            "foto": ("Shutterstock", "Adobe Stock", "archiwum redakcji", "materiały prasowe",
                     "Pixabay"),
        },
        families=(
            _f("dzial", HEADER, 0.5, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.85, *_by_day(_ow_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}"),
               (OW_REDESIGN.isoformat(), "Tekst: {author} | Konsultacja: {wet}")),
            _f("afiliacja", HEADER, 0.2, (_OLD, "Materiał zawiera linki partnerskie."),
               (OW_AFILIACJA.isoformat(), "Artykuł zawiera linki afiliacyjne: jeśli coś przez "
                                          "nie kupisz, otrzymamy niewielką prowizję.")),
            _f("reklama", MIDDLE, 0.35, (_OLD, "REKLAMA"), count=2),
            _f("czytaj", MIDDLE, 0.4, (_OLD, "Czytaj także: {other_title}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Fot. {foto}")),
            _f("porada", FOOTER, 0.4, (_OLD, "Porady zamieszczone w serwisie mają charakter "
                                             "informacyjny i nie zastępują wizyty u lekarza "
                                             "weterynarii.")),
            _f("cena", FOOTER, 0.15, *amounts(OW_CENA, lambda v: (
                f"Nowy numer miesięcznika Ogon i Wąsy już w kioskach, cena {v}."))),
            _f("komunikat", FOOTER, 0.3, *_ow_komunikat()),
            _f("wydawca", FOOTER, 0.25, (_OLD, "Wydawca: Wydawnictwo Pazur sp. z o.o., "
                                               "ul. Lipowa 12, 30-702 Kraków")),
            _f("prawa", FOOTER, 0.4, (_OLD, "Copyright © {year} Ogon i Wąsy. Wszelkie prawa "
                                            "zastrzeżone.")),
            _f("aktualizacja", HEADER, 0.04, (_OLD, "Aktualizacja: poprawiliśmy dawkowanie "
                                                    "podane w pierwszej wersji tekstu.")),
        ),
    )


# --- a British animal-rescue charity ------------------------------------------------------

HR_REDESIGN = dt.date(2019, 1, 14)
HR_REGULATOR = dt.date(2016, 7, 7)  # the Fundraising Regulator took over from the FRSB
HR_GDPR = dt.date(2018, 5, 25)
HR_APPEAL = dt.date(2018, 2, 1)
HR_LOTTERY = dt.date(2019, 4, 5)
HR_SMILE = dt.date(2017, 1, 16)
HR_SPONSOR = (("2014-01-01", "£3"), ("2017-04-01", "£4"), ("2020-01-01", "£5"))
PETS_OF_THE_WEEK = (
    ("Bramble", "a shy lurcher who would love a quiet home and a soft sofa"),
    ("Pickle", "a one-eyed tabby with a very loud purr"),
    ("Duke", "a senior Staffie who still loves a game of tug"),
    ("Hazel and Nutmeg", "two bonded rabbits looking for a home together"),
    ("Skye", "a young collie cross who needs an active family"),
    ("Mr Biscuit", "a gentle ginger cat who has waited 200 days for a home"),
    ("Pepper", "a terrier full of beans, best as the only dog"),
    ("Juniper", "a greyhound retired from racing, calm and sweet"),
    ("Ziggy", "a cheeky ferret who loves to explore"),
    ("Luna", "a black cat who is a little shy at first"),
    ("Rolo", "a Jack Russell who adores older people"),
    ("Tilly", "a spaniel cross who is house-trained and good in the car"),
    ("Smudge", "a deaf white cat who needs an indoor home"),
    ("Bear", "a big-hearted mastiff cross looking for experienced owners"),
)


def _hr_dated(day: dt.date) -> str:
    if day < HR_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"News · {day.day} {MONTHS[day.month - 1]} {day.year}"


def pet_of_the_week(day: dt.date) -> tuple[str, str]:
    """The rescue's pet of the week, a new one each Monday."""
    return PETS_OF_THE_WEEK[monday_of(day).toordinal() // 7 % len(PETS_OF_THE_WEEK)]


def _hr_pet(day: dt.date) -> str:
    name, about = pet_of_the_week(day)
    return f"🐾 Pet of the week: {name}, {about}"


@cache
def _hr_donate() -> Wordings:
    base = _steps((_OLD, "Please donate today: £10 could feed a rescue dog for a week."),
                  (HR_APPEAL.isoformat(), "Please give what you can today: £15 could feed a "
                                          "rescue dog for a week."))
    emergency = [_span("2020-03-20", "2020-07-31", "🆘 Emergency appeal: our charity shops are "
                                                   "closed, but our animals still need "
                                                   "feeding")]
    christmas = _yearly("12-10", 20, 21, lambda y: f"🎄 Christmas Appeal {y}: give a rescue "
                                                   f"animal a warm kennel this winter")
    fireworks = _yearly("11-05", 8, 1, lambda y: "🎆 Fireworks night is coming: keep cats in "
                                                 "and walk dogs before dusk")
    walk = _movable(lambda y: nth_weekday(y, 9, 6, 2), 21, 0, lambda y: (
        f"🐕 Join the Hollybrook Big Walk on Sunday {nth_weekday(y, 9, 6, 2).day} September "
        f"{y}"))
    kittens = _yearly("06-15", 45, 45, lambda y: "🐱 It's kitten season: please neuter your cat "
                                                 "from four months old")
    return _calendar(base, emergency, christmas, fireworks, walk, kittens)


def hollybrook_style() -> PublisherStyle:
    """A British animal-rescue charity: "Posted on" with the American-order date turned "News ·"
    and the British-order date on 14 January 2019 (a wording per day), a category from a pool,
    the pet of the week (a wording per week, turned each Monday), the animals looking for homes
    from a pool, a kennel sponsorship at a monthly amount (raised twice), a lottery line
    reworded for a bigger prize, a shop-to-give line reworded for AmazonSmile, a donation appeal
    reworded in 2018 and turned by the Christmas appeal, fireworks, the sponsored walk on the
    second Sunday of September, kitten season and the 2020 emergency appeal, the Gift Aid line,
    the FRSB line reworded for the Fundraising Regulator, a data line reworded for GDPR, the
    charity numbers (ending the block), a rare reservation update."""
    return PublisherStyle(
        domain="hollybrookrescue.org.uk", site="Hollybrook Animal Rescue", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "rehoming", "appeals", "events", "advice"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "category": ("Rehoming", "Appeals", "Events", "Happy endings", "Welfare advice"),
            "animal": ("Bramble (lurcher, 4)", "Pickle (cat, 7)", "Duke (Staffie, 11)",
                       "Skye (collie cross, 2)", "Rolo (Jack Russell, 9)",
                       "Hazel and Nutmeg (rabbits, 1)", "Luna (cat, 3)"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_hr_dated)),
            _f("category", HEADER, 0.4, (_OLD, "Filed under: {category}")),
            _f("pet-of-the-week", HEADER, 0.3, *_by_day(_hr_pet)),
            _f("homes", MIDDLE, 0.3, (_OLD, "Looking for a home: {animal_list}")),
            _f("sponsor", MIDDLE, 0.25, *amounts(HR_SPONSOR, lambda v: (
                f"Sponsor a kennel for {v} a month and get news from the dogs you help."))),
            _f("lottery", MIDDLE, 0.15,
               (_OLD, "Play the Hollybrook Lottery: £1 a week, a chance to win £1,000 every "
                      "Friday"),
               (HR_LOTTERY.isoformat(), "Play the Hollybrook Lottery: £1 a week, a chance to "
                                        "win £2,000 every Friday")),
            _f("shop-giving", MIDDLE, 0.12,
               (_OLD, "Shopping online? Raise free donations for us with Give as you Shop."),
               (HR_SMILE.isoformat(), "Shop at smile.amazon.co.uk and Amazon gives a share of "
                                      "every purchase to Hollybrook Animal Rescue.")),
            _f("donate", FOOTER, 0.35, *_hr_donate()),
            _f("gift-aid", FOOTER, 0.25, (_OLD, "UK taxpayer? Gift Aid adds 25p to every £1 you "
                                                "give, at no extra cost to you.")),
            _f("regulator", FOOTER, 0.3,
               (_OLD, "Hollybrook Animal Rescue is a member of the Fundraising Standards "
                      "Board."),
               (HR_REGULATOR.isoformat(), "We are registered with the Fundraising Regulator "
                                          "and follow the Code of Fundraising Practice.")),
            _f("data", FOOTER, 0.2, (_OLD, "We will never sell or swap your details."),
               (HR_GDPR.isoformat(), "We'll never sell your data. Our privacy notice explains "
                                     "how we use it.")),
            _f("charity", FOOTER, 0.45, (_OLD, "Hollybrook Animal Rescue · Registered charity no. "
                                               "1123456 · Company no. 06543210")),
            _f("reserved", HEADER, 0.04, (_OLD, "UPDATE: this dog has now been reserved. Thank "
                                                "you to everyone who shared.")),
        ),
    )


# --- a Malaysian pet magazine (in Malay) --------------------------------------------------

SB_REDESIGN = dt.date(2018, 6, 15)  # relaunched on Hari Raya Aidilfitri 2018
SB_AFILIASI = dt.date(2019, 11, 11)  # the 11.11 sales
SB_HARGA = (("2014-01-01", "RM8.90"), ("2016-07-01", "RM9.90"), ("2019-01-01", "RM10.90"))


def _sb_tarikh(day: dt.date) -> str:
    if day < SB_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Dikemas kini: {HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year}"


def ramadan_events(text: Callable[[int], str]) -> list[Event]:
    """Ramadan each year, from its first day to the eve of Hari Raya Aidilfitri."""
    return [(iso_day(RAMADAN[y]), iso_day(AIDILFITRI[y]), text(y)) for y in YEARS]


@cache
def _sb_notis() -> Wordings:
    base = _steps((_OLD, "Ikuti kami di Facebook dan Instagram: @sahabatberbulu"))
    pkp = [(PKP[0], PKP[1] + ONE, "🏠 PKP: duduk di rumah, peluk si bulus. Klinik haiwan masih "
                                  "dibuka untuk kes kecemasan.")]
    rabies = [_span("2017-07-04", "2017-12-31", "⚠️ Wabak rabies di Sarawak: pastikan anjing "
                                                "dan kucing anda divaksin")]
    balik = [(iso_day(AIDILFITRI[y], -7), iso_day(AIDILFITRI[y]),
              "Raya 2020: tiada balik kampung tahun ini, beraya di rumah bersama si bulus"
              if y == 2020 else f"Balik kampung Raya {y}? Tempah hotel kucing anda awal-awal")
             for y in YEARS]
    raya = [(iso_day(AIDILFITRI[y]), iso_day(AIDILFITRI[y], 7),
             f"Selamat Hari Raya Aidilfitri {hijri_year(y)}H, maaf zahir dan batin dari kami "
             f"semua") for y in YEARS]
    ramadan = ramadan_events(lambda y: f"🌙 Salam Ramadan {hijri_year(y)}H buat semua pembaca")
    haji = [(iso_day(AIDILADHA[y], -1), iso_day(AIDILADHA[y], 3),
             f"Salam Aidiladha {hijri_year(y)}H") for y in YEARS]
    merdeka = _yearly("08-31", 1, 1, lambda y: f"🇲🇾 Selamat Hari Merdeka ke-{y - 1957}!")
    return _calendar(base, pkp, balik, raya, ramadan, haji, merdeka, rabies)


def sahabatberbulu_style() -> PublisherStyle:
    """A Malaysian pet magazine (in Malay): a category from a pool, the numeric date turned
    "Dikemas kini:" with the Malay weekday and month on Hari Raya Aidilfitri 2018 (a wording
    per day), "Oleh", an affiliate line reworded on 11 November 2019, "IKLAN" up to twice
    and "Baca juga:" mid-body, a breed line and a product with its price from pools, a
    not-a-substitute-for-your-vet line, the magazine's price (changing twice), a line of the
    social pages turned by Ramadan, Hari Raya Aidilfitri (no balik kampung in 2020), Hari
    Raya Aidiladha with their Hijri years, Merdeka counted, the 2017 rabies outbreak in
    Sarawak and the Movement Control Order, the advertising contact and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="sahabatberbulu.com.my", site="Sahabat Berbulu", base_size=150,
        subdomains=(("www.", 100),),
        sections=("kucing", "anjing", "arnab", "burung", "kesihatan", "tips"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "kategori": ("Kucing", "Anjing", "Arnab", "Burung", "Ikan Hiasan", "Kesihatan",
                         "Tips"),
            "baka": ("Parsi", "British Shorthair", "Maine Coon", "Siam", "Kucing kampung",
                     "Scottish Fold"),
            "produk": ("makanan kucing 1.5kg, RM32.90", "pasir kucing tofu 6L, RM18.50",
                       "ubat kutu titis, RM24.00", "sangkar lipat, RM89.00",
                       "mainan tikus bulu, RM6.90"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_sb_tarikh)),
            _f("penulis", HEADER, 0.55, (_OLD, "Oleh {author}")),
            _f("afiliasi", HEADER, 0.2, (_OLD, "Artikel ini mengandungi pautan afiliasi."),
               (SB_AFILIASI.isoformat(), "Kami mungkin menerima komisen kecil jika anda membeli "
                                         "melalui pautan di halaman ini, tanpa kos tambahan "
                                         "kepada anda.")),
            _f("iklan", MIDDLE, 0.35, (_OLD, "IKLAN"), count=2),
            _f("baca", MIDDLE, 0.4, (_OLD, "Baca juga: {other_title}")),
            _f("baka", MIDDLE, 0.15, (_OLD, "Baka: {baka}")),
            _f("produk", MIDDLE, 0.2, (_OLD, "Beli di Shopee: {produk}")),
            _f("penafian", FOOTER, 0.35, (_OLD, "Penafian: Maklumat dalam artikel ini adalah "
                                                "panduan umum dan bukan pengganti rawatan "
                                                "doktor veterinar.")),
            _f("harga", FOOTER, 0.12, *amounts(SB_HARGA, lambda v: (
                f"Majalah Sahabat Berbulu kini di pasaran, hanya {v} senaskhah."))),
            _f("notis", FOOTER, 0.3, *_sb_notis()),
            _f("iklan-hubungi", FOOTER, 0.25, (_OLD, "Untuk pengiklanan dan kerjasama: "
                                                     "iklan@sahabatberbulu.com.my")),
            _f("hakcipta", FOOTER, 0.4, (_OLD, "Hak cipta terpelihara © {year} Sahabat "
                                               "Berbulu")),
            _f("pembetulan", HEADER, 0.04, (_OLD, "Pembetulan: Artikel ini telah dikemas kini "
                                                  "untuk membetulkan nama baka.")),
        ),
    )


# --- an Icelandic animal hospital ---------------------------------------------------------

DS_REDESIGN = dt.date(2019, 4, 25)  # relaunched on sumardagurinn fyrsti 2019
DS_NETBOKUN = dt.date(2018, 2, 1)
DS_PHONE = "480 1299"
DS_VERD = (("2014-01-01", "7.900"), ("2016-01-01", "8.400"), ("2017-01-01", "8.900"),
           ("2018-01-01", "9.400"), ("2019-01-01", "9.900"), ("2020-01-01", "10.500"))
DS_COVID = (dt.date(2020, 3, 16), dt.date(2020, 5, 3))


def _ds_dags(day: dt.date) -> str:
    if day < DS_REDESIGN:
        return f"{day.day}.{day.month}.{day.year} kl. {{time}}"
    return f"{DAGAR[day.weekday()]} {day.day}. {MANUDIR[day.month - 1]} {day.year}"


def _ds_opid(day: dt.date) -> str:
    when = f"Í dag, {DAGINN[day.weekday()]} {day.day}. {MANUDIR[day.month - 1]}"
    holiday = _icelandic_holidays().get(day)
    if holiday:
        return f"{when}: lokað ({holiday}). Bráðavakt í síma {DS_PHONE}"
    if (day.month, day.day) in ((12, 24), (12, 31)):
        return f"{when}: opið kl. 9–12"
    if day.weekday() == 6:
        return f"{when}: lokað. Bráðavakt í síma {DS_PHONE}"
    if day.weekday() == 5:
        return f"{when}: opið kl. 10–13"
    return f"{when}: opið kl. {'8–16 (sumaropnun)' if 6 <= day.month <= 8 else '8–18'}"


@cache
def _ds_tilkynning() -> Wordings:
    base = _steps((_OLD, "Fylgist með okkur á Facebook"))
    covid = [(DS_COVID[0], DS_COVID[1] + ONE, "🦠 COVID-19: aðeins einn fylgi hverju dýri inn "
                                              "á stofuna. Hringið á undan ykkur.")]
    paskar = _movable(easter, 6, 1, lambda y: (
        f"Lokað um páskana {y}: skírdag, föstudaginn langa og annan í páskum"))
    jol = _yearly("12-24", 10, 2, lambda y: f"Opnunartími um jól og áramót {y}: lokað 25. og "
                                            f"26. desember")
    aramot = _yearly("01-03", 5, 3, lambda y: "🎆 Flugeldar hræða dýrin: haldið þeim inni um "
                                              "áramótin og á þrettándanum", years=range(2015, 2022))
    orma = _yearly("10-15", 30, 45, lambda y: f"Ormahreinsun hunda haustið {y}: munið árlega "
                                              f"hreinsun")
    return _calendar(base, covid, paskar, jol, aramot, orma)


def dyrasudur_style() -> PublisherStyle:
    """An Icelandic animal hospital: a category from a pool, the numeric date and time
    turned the weekday and the long date on sumardagurinn fyrsti 2019 (a wording per day),
    the writer (a vet), today's opening hours naming the day in the accusative (a wording
    per day: Saturdays, Sundays, the Icelandic public holidays with Easter, Ascension,
    Whit Monday, the first day of summer and the August holiday, shorter summer hours,
    mornings only on 24 and 31 December), a vaccination reminder reworded for online
    booking, a photo credit, the price of a dog's vaccination (changing each January), a
    does-not-replace-a-vet line, a notice turned by Easter closures, Christmas hours, the
    fireworks of New Year and Þrettándinn, autumn deworming and COVID-19, the phone line and
    the copyright line with the address (a block), a rare correction."""
    return PublisherStyle(
        domain="dyrasudur.is", site="Dýraspítali Suðurlands", base_size=120,
        subdomains=(("www.", 100),),
        sections=("frettir", "hundar", "kettir", "hestar", "fraedsla"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "flokkur": ("Fréttir", "Hundar", "Kettir", "Hestar", "Kanínur", "Fræðsla"),
            "mynd": ("Dýraspítali Suðurlands", "Shutterstock", "aðsend", "úr safni"),
        },
        families=(
            _f("flokkur", HEADER, 0.45, (_OLD, "{flokkur}")),
            _f("dags", HEADER, 0.85, *_by_day(_ds_dags)),
            _f("hofundur", HEADER, 0.4, (_OLD, "{author}, dýralæknir")),
            _f("opid", HEADER, 0.35, *_by_day(_ds_opid)),
            _f("bolusetning", HEADER, 0.2,
               (_OLD, "Munið árlega bólusetningu hunda og katta. Pantið tíma í síma 480 1200."),
               (DS_NETBOKUN.isoformat(), "Munið árlega bólusetningu hunda og katta. Nú er hægt "
                                         "að bóka tíma á netinu.")),
            _f("mynd", MIDDLE, 0.25, (_OLD, "Mynd: {mynd}")),
            _f("verd", MIDDLE, 0.15, *amounts(DS_VERD, lambda v: (
                f"Bólusetning hunda kostar {v} kr. og skoðun er innifalin."))),
            _f("fyrirvari", FOOTER, 0.35, (_OLD, "Greinin er almenns eðlis og kemur ekki í stað "
                                                 "skoðunar hjá dýralækni.")),
            _f("tilkynning", FOOTER, 0.3, *_ds_tilkynning()),
            _f("simi", FOOTER, 0.3, (_OLD, "Sími 480 1200 · Bráðavakt 480 1299")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Dýraspítali Suðurlands ehf. · "
                                                 "Austurvegi 40, 800 Selfossi")),
            _f("leidretting", HEADER, 0.04, (_OLD, "Leiðrétting: Í fyrri útgáfu fréttarinnar var "
                                                   "rangt símanúmer.")),
        ),
    )


# --- a Polish animal-shelter foundation ---------------------------------------------------

FP_REDESIGN = dt.date(2018, 1, 2)
FP_RODO = dt.date(2018, 5, 25)  # the GDPR (RODO) day
FP_ODWIEDZINY = dt.date(2020, 3, 13)
FP_WIRTUALNA = (("2014-01-01", "20 zł"), ("2018-01-01", "25 zł"), ("2020-06-01", "30 zł"))
FP_KRS = "0000412345"


def _fp_data(day: dt.date) -> str:
    if day < FP_REDESIGN:
        return f"Dodano: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MIESIACA[day.month - 1]} {day.year} r."


@cache
def _fp_wsparcie() -> Wordings:
    base = _steps((_OLD, "Wesprzyj nas: nr konta 12 1090 2590 0000 0001 3456 7890, tytuł "
                         "„darowizna na cele statutowe”"))
    pandemia = [_span("2020-03-13", "2020-05-17", "🦠 Schronisko jest zamknięte dla "
                                                  "odwiedzających. Karmę można zostawić przy "
                                                  "bramie.")]
    procent = [(dt.date(y, 1, 2), dt.date(y, 5, 1),
                f"Przekaż 1% podatku zwierzakom z Przystani: w zeznaniu PIT za {y - 1} r. "
                f"wpisz KRS {FP_KRS}") for y in YEARS]
    zima = _yearly("11-15", 14, 15, lambda y: "❄️ Idzie zima: potrzebujemy słomy, koców i "
                                              "ocieplanych bud")
    swieta = _yearly("12-12", 11, 11, lambda y: f"🎄 Świąteczna zbiórka karmy {y}: "
                                                f"pomóż nam napełnić miski")
    return _calendar(base, pandemia, procent, zima, swieta)


def fundacjaprzystan_style() -> PublisherStyle:
    """A Polish animal-shelter foundation: "Dodano:" with the numeric date turned the long
    date with "r." on 2 January 2018 (a wording per day), "Autor:", an animal for adoption
    from a pool, a virtual adoption at a monthly amount (raised twice), a photo line, a
    support line with the bank account turned by the 1% tax season each January to April
    (naming the tax year), the winter straw appeal, the Christmas food collection and the
    lockdown's closure, the visiting hours reworded in 2020, a volunteering line, a data
    line reworded for RODO, the foundation's registration line (ending the block), a rare
    update."""
    return PublisherStyle(
        domain="fundacjaprzystan.pl", site="Fundacja Przystań dla Zwierząt", base_size=100,
        subdomains=(("www.", 100),),
        sections=("aktualnosci", "do-adopcji", "znalazly-dom", "pomoc"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={"zwierzak": ("Burek, pies, ok. 3 lata", "Mruczka, kotka, 2 lata",
                            "Kropka, suczka, ok. 8 lat", "Fredek, kot, 5 lat",
                            "Bursztyn, pies, ok. 1 rok", "Pani Zosia, kotka, 12 lat")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_fp_data)),
            _f("autor", HEADER, 0.3, (_OLD, "Autor: {author}")),
            _f("adopcja", MIDDLE, 0.35, (_OLD, "Do adopcji: {zwierzak}")),
            _f("wirtualna", MIDDLE, 0.2, *amounts(FP_WIRTUALNA, lambda v: (
                f"Wirtualna adopcja: zostań opiekunem na odległość już od {v} miesięcznie."))),
            _f("zdjecia", MIDDLE, 0.2, (_OLD, "Zdjęcia: wolontariusze fundacji")),
            _f("wsparcie", FOOTER, 0.4, *_fp_wsparcie()),
            _f("odwiedziny", FOOTER, 0.25,
               (_OLD, "Schronisko jest otwarte dla odwiedzających od wtorku do niedzieli w godz. "
                      "11–15."),
               (FP_ODWIEDZINY.isoformat(), "Odwiedziny i spacery z psami wyłącznie po "
                                           "wcześniejszym umówieniu się telefonicznym.")),
            _f("wolontariat", FOOTER, 0.2, (_OLD, "Chcesz zostać wolontariuszem? Napisz do nas: "
                                                  "wolontariat@fundacjaprzystan.pl")),
            _f("rodo", FOOTER, 0.15,
               (_OLD, "Dane darczyńców wykorzystujemy wyłącznie po to, by im podziękować."),
               (FP_RODO.isoformat(), "Administratorem Twoich danych osobowych jest fundacja. "
                                     "Szczegóły znajdziesz w polityce prywatności (RODO).")),
            _f("opp", FOOTER, 0.45, (_OLD, f"Fundacja Przystań dla Zwierząt · KRS {FP_KRS} · "
                                           f"Organizacja Pożytku Publicznego")),
            _f("aktualizacja", HEADER, 0.04, (_OLD, "AKTUALIZACJA: znalazł dom! Dziękujemy "
                                                    "wszystkim za udostępnienia.")),
        ),
    )


# --- an Irish animal sanctuary (in English and Irish) -------------------------------------

TA_REDESIGN = dt.date(2018, 3, 1)  # relaunched bilingual for Seachtain na Gaeilge 2018
TA_MICROCHIP = dt.date(2016, 3, 31)  # every dog in Ireland must be microchipped
TA_RCN = dt.date(2016, 10, 17)
TA_SPONSOR = (("2014-01-01", "5"), ("2017-01-01", "6"), ("2019-09-01", "8"))


def _ta_data(day: dt.date) -> str:
    if day < TA_REDESIGN:
        return f"Posted {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{LAETHANTA[day.weekday()]} {day.day} {MIONNA[day.month - 1]} {day.year}"


@cache
def _ta_notice() -> Wordings:
    base = _steps((_OLD, "Donate · Tabhair síntiús: every euro feeds our animals"))
    closed = [_span("2020-03-27", "2020-06-07", "🦠 We are closed to visitors, but our team "
                                                "is caring for every animal. Please donate if "
                                                "you can.")]
    seachtain = _yearly("03-09", 8, 8, lambda y: f"Seachtain na Gaeilge {y}: beannachtaí ó "
                                                 f"na hainmhithe go léir!")
    samhain = _yearly("10-31", 10, 1, lambda y: "🎃 Oíche Shamhna: keep pets indoors, the "
                                                "fireworks terrify them")
    nollaig = _yearly("12-13", 12, 13, lambda y: f"🎄 Thinking of a pet for Christmas {y}? "
                                                 f"Please wait and adopt in the new year.")
    return _calendar(base, closed, seachtain, samhain, nollaig)


def tearmann_style() -> PublisherStyle:
    """An Irish animal sanctuary (in English and Irish): "Posted" with the English date
    turned the Irish weekday and month on 1 March 2018 (a wording per day), the bilingual
    name line, "Léigh tuilleadh / Read more:" mid-body, an animal ready for adoption from a
    pool, a microchipping line reworded when it became compulsory, a kennel sponsorship in
    euro in both languages (raised twice), a donation line turned by Seachtain na Gaeilge,
    Oíche Shamhna, Christmas and the lockdown, the thanks line in Irish and English, the
    charity numbers with the RCN added in 2016 (ending the block), a rare adoption update."""
    return PublisherStyle(
        domain="tearmannchonamara.ie", site="Tearmann Ainmhithe Chonamara", base_size=85,
        subdomains=(("www.", 100),),
        sections=("news", "adopt", "nuacht", "fundraising"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"animal": ("Bríd, a collie cross", "Oisín, a lurcher", "Cáit, a tabby cat",
                          "Seamie, a terrier", "Róisín and Niamh, two kittens",
                          "Ned, a donkey")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_ta_data)),
            _f("ainm", HEADER, 0.4, (_OLD, "Tearmann Ainmhithe Chonamara · Connemara Animal "
                                           "Sanctuary")),
            _f("leigh", MIDDLE, 0.3, (_OLD, "Léigh tuilleadh / Read more: {other_title}")),
            _f("adopt", MIDDLE, 0.3, (_OLD, "Ready for adoption: {animal}. Ring 091 555 0199 or "
                                            "apply online.")),
            _f("microchip", MIDDLE, 0.15,
               (_OLD, "Please microchip your dog: it is the surest way home."),
               (TA_MICROCHIP.isoformat(), "Every dog in Ireland must now be microchipped and "
                                          "registered. Ask us how.")),
            _f("sponsor", FOOTER, 0.25, *amounts(TA_SPONSOR, lambda v: (
                f"Sponsor a kennel for €{v} a month · Déan urraíocht ar chró ar €{v} sa mhí"))),
            _f("notice", FOOTER, 0.35, *_ta_notice()),
            _f("buiochas", FOOTER, 0.3, (_OLD, "Go raibh míle maith agaibh as bhur dtacaíocht. "
                                               "Thank you for your support.")),
            _f("charity", FOOTER, 0.45, (_OLD, "CHY 17654"),
               (TA_RCN.isoformat(), "Registered Charity Number 20081234 · CHY 17654")),
            _f("adopted", HEADER, 0.04, (_OLD, "UPDATE: adopted! Thank you all for sharing. "
                                               "Uchtaithe!")),
        ),
    )


# --- a Lao pet clinic in Vientiane --------------------------------------------------------

VP_REDESIGN = dt.date(2019, 1, 7)
VP_EMERGENCY = dt.date(2018, 7, 2)
VP_LOCKDOWN = (dt.date(2020, 3, 30), dt.date(2020, 5, 3))
VP_RABIES = (("2014-01-01", "50.000"), ("2016-01-01", "60.000"), ("2018-01-01", "70.000"),
             ("2020-01-01", "80.000"))


def _vp_date(day: dt.date) -> str:
    if day < VP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WAN[day.weekday()]}, ວັນທີ {day.day} {DUEAN[day.month - 1]} {day.year}"


@cache
def _vp_prakat() -> Wordings:
    base = _steps((_OLD, "ຢ່າລືມພາສັດລ້ຽງມາສັກຢາວັກຊີນຕາມກຳນົດ"))
    lockdown = [(VP_LOCKDOWN[0], VP_LOCKDOWN[1] + ONE, "ມາດຕະການປິດເມືອງ: ກະລຸນາໂທນັດລ່ວງໜ້າ "
                                                       "ກ່ອນພາສັດລ້ຽງມາຄລີນິກ")]
    asf = [_span("2019-06-20", "2019-08-31", "ລະວັງພະຍາດອະຫິວາໝູອາຟຣິກາ: ແຈ້ງສັດຕະວະແພດທັນທີ "
                                             "ຖ້າໝູເຈັບປ່ວຍ")]
    pimai = _yearly("04-14", 7, 2, lambda y: f"ປິດບໍລິການຊ່ວງບຸນປີໃໝ່ລາວ 14-16 ເມສາ {y}")
    rabies = _yearly("09-28", 14, 2, lambda y: f"ວັນພະຍາດໝາບ້າໂລກ 28 ກັນຍາ {y}: ພາໝາ ແລະ ແມວ "
                                               f"ມາສັກຢາກັນພະຍາດໝາບ້າ")
    return _calendar(base, lockdown, asf, pimai, rabies)


def vtepetclinic_style() -> PublisherStyle:
    """A Lao pet clinic in Vientiane (in Lao): the numeric date turned the Lao weekday and
    month on 7 January 2019 (a wording per day), "ໂດຍ" with the writer, the opening hours
    reworded for a 24-hour emergency line, "ໂຄສະນາ" and "ອ່ານເພີ່ມເຕີມ:" mid-body, a photo
    credit from a pool, the price of a rabies vaccination in kip (raised three times), a
    does-not-replace-a-vet line, a vaccination reminder turned by Lao New Year, World Rabies
    Day, African swine fever and the 2020 lockdown, the address and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="vtepetclinic.la", site="ຄລີນິກສັດລ້ຽງວຽງຈັນ", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "health", "dogs", "cats"),
        n_authors=3, url_path="/{section}/{n}",
        pools={"phap": ("ຄລີນິກສັດລ້ຽງວຽງຈັນ", "ແຟ້ມພາບ", "ອິນເຕີເນັດ")},
        families=(
            _f("wanthi", HEADER, 0.85, *_by_day(_vp_date)),
            _f("doi", HEADER, 0.45, (_OLD, "ໂດຍ {author}")),
            _f("pert", HEADER, 0.3, (_OLD, "ເປີດບໍລິການທຸກວັນ 8:00-20:00 ໂມງ"),
               (VP_EMERGENCY.isoformat(), "ເປີດບໍລິການທຸກວັນ 8:00-20:00 ໂມງ · ສຸກເສີນ 24 ຊົ່ວໂມງ "
                                          "ໂທ 020 5555 1234")),
            _f("khosana", MIDDLE, 0.25, (_OLD, "ໂຄສະນາ")),
            _f("aan", MIDDLE, 0.3, (_OLD, "ອ່ານເພີ່ມເຕີມ: {other_title}")),
            _f("phap", MIDDLE, 0.2, (_OLD, "ພາບ: {phap}")),
            _f("lakha", FOOTER, 0.15, *amounts(VP_RABIES, lambda v: (
                f"ສັກຢາກັນພະຍາດໝາບ້າ ລາຄາ {v} ກີບ"))),
            _f("khamtuean", FOOTER, 0.3, (_OLD, "ຂໍ້ມູນໃນບົດຄວາມນີ້ບໍ່ສາມາດທົດແທນການກວດຈາກ"
                                                "ສັດຕະວະແພດໄດ້")),
            _f("prakat", FOOTER, 0.3, *_vp_prakat()),
            _f("thiyu", FOOTER, 0.35, (_OLD, "ບ້ານໂພນທັນ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ · "
                                             "ໂທ 021 555 123")),
            _f("copyright", FOOTER, 0.35, (_OLD, "ສະຫງວນລິຂະສິດ © {year} ຄລີນິກສັດລ້ຽງວຽງຈັນ")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "ແກ້ໄຂ: ບົດຄວາມນີ້ໄດ້ແກ້ໄຂເວລາເປີດບໍລິການໃຫ້ຖືກຕ້ອງ")),
        ),
    )


# --- an American dog-gear review site -----------------------------------------------------

GD_REDESIGN = dt.date(2018, 10, 1)
GD_DISCLOSURE = (dt.date(2017, 11, 1), dt.date(2020, 2, 3))
GD_READERS = dt.date(2019, 5, 1)
PRIME_DAYS = {2015: ("2015-07-15", "2015-07-15"), 2016: ("2016-07-12", "2016-07-12"),
              2017: ("2017-07-10", "2017-07-11"), 2018: ("2018-07-16", "2018-07-17"),
              2019: ("2019-07-15", "2019-07-16"), 2020: ("2020-10-13", "2020-10-14")}


def _gd_dated(day: dt.date) -> str:
    if day < GD_REDESIGN:
        return f"Published {day.month:02d}/{day.day:02d}/{day.year}"
    return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _gd_prices(day: dt.date) -> str:
    return (f"Prices were accurate as of {MONTHS[day.month - 1]} {day.day}, {day.year}, and "
            f"they change often.")


@cache
def _gd_deals() -> Wordings:
    base = _steps((_OLD, "Join 40,000 dog people who get our gear picks by email"),
                  (GD_READERS.isoformat(), "🐶 Join 85,000 dog people who get our tested gear "
                                           "picks every Sunday"))
    prime = [(iso_day(first, -3), iso_day(last, 1),
              f"🛍️ Prime Day {y}: the dog gear deals that are actually worth it")
             for y, (first, last) in PRIME_DAYS.items()]
    black_friday = _movable(thanksgiving, 3, 4, lambda y: (
        f"🛍️ Black Friday {y}: our running list of the best deals on beds, crates and "
        f"harnesses"))
    return _calendar(base, prime, black_friday)


def gooddoggear_style() -> PublisherStyle:
    """An American dog-gear review site: "Published" with the American numeric date turned
    "Updated" with the long date on 1 October 2018 (a wording per day), the writer, the vet
    who reviewed the piece from a pool, an affiliate disclosure reworded twice, "Check price"
    buttons up to twice and the top pick from a pool mid-body, "Prices were accurate as of"
    with the day's date (a wording per day), an Amazon line, a see-your-veterinarian
    disclaimer, a newsletter line reworded for more readers and turned by Prime Day and
    Black Friday, the copyright line, a rare editor's note."""
    first, second = GD_DISCLOSURE
    return PublisherStyle(
        domain="gooddoggear.com", site="Good Dog Gear", base_size=55,
        subdomains=(("www.", 100),),
        sections=("harnesses", "beds", "toys", "food", "training"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "vet": ("Dr. Lauren Whitfield, DVM", "Dr. Marcus Bell, DVM",
                    "Dr. Ana Ruiz, DVM, DACVN"),
            "pick": ("Trailbound No-Pull Harness", "Cozyden Orthopedic Bed",
                     "ChewForge Tough Ball", "Packwell Travel Crate", "Sniffwise Puzzle Feeder"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_gd_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}")),
            _f("reviewed", HEADER, 0.3, (_OLD, "Medically reviewed by {vet}")),
            _f("disclosure", HEADER, 0.92,
               (_OLD, "This post may contain affiliate links."),
               (first.isoformat(), "Good Dog Gear is reader-supported. When you buy through "
                                   "links on our site, we may earn an affiliate commission."),
               (second.isoformat(), "We test everything we recommend ourselves. We may earn a "
                                    "commission when you buy through our links.")),
            _f("check-price", MIDDLE, 0.4, (_OLD, "Check price on Amazon"), count=2),
            _f("top-pick", MIDDLE, 0.3, (_OLD, "Our top pick: {pick}")),
            _f("prices", FOOTER, 0.35, *_daily(_gd_prices)),
            _f("amazon", FOOTER, 0.4, (_OLD, "We take part in Amazon's affiliate program and "
                                             "earn from qualifying purchases.")),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "Nothing on this site replaces advice from your "
                                                 "veterinarian. Ask them before you change your "
                                                 "dog's diet or medication.")),
            _f("deals", FOOTER, 0.2, *_gd_deals()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Good Dog Gear LLC. All rights "
                                                "reserved.")),
            _f("editors-note", HEADER, 0.04, (_OLD, "Editor's note: we removed a product its "
                                                    "maker has recalled.")),
        ),
    )


# --- a Malaysian veterinary clinic (in Malay) ---------------------------------------------

SD_REDESIGN = dt.date(2019, 9, 1)
SD_VAKSIN = (("2014-01-01", "RM45"), ("2015-04-01", "RM45 (termasuk GST 6%)"),
             ("2017-01-01", "RM50 (termasuk GST 6%)"), ("2018-06-01", "RM50 (GST 0%)"),
             ("2018-09-01", "RM50"), ("2019-07-01", "RM55"))
SD_PHONE = "012-345 6789"


def _sd_tarikh(day: dt.date) -> str:
    if day < SD_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


@cache
def _sd_waktu() -> Wordings:
    base = _steps((_OLD, "Waktu operasi: Isnin–Sabtu 9 pagi–9 malam, Ahad dan cuti umum 10 "
                         "pagi–1 petang"))
    pkp = [(PKP[0], PKP[1] + ONE, "PKP: klinik dibuka 10 pagi–5 petang untuk kes kecemasan "
                                  "sahaja")]
    raya = []
    for y in YEARS:
        day = iso_day(AIDILFITRI[y])
        raya.append((day - 10 * ONE, day + 2 * ONE,
                     f"Klinik ditutup {day.day}–{day.day + 1} {BULAN[day.month - 1]} {y} "
                     f"sempena Hari Raya Aidilfitri. Kecemasan: {SD_PHONE}"))
    cny = []
    for y in YEARS:
        day = iso_day(CNY[y])
        cny.append((day - 7 * ONE, day + 2 * ONE,
                    f"Klinik ditutup {day.day}–{day.day + 1} {BULAN[day.month - 1]} {y} "
                    f"sempena Tahun Baru Cina. Kecemasan: {SD_PHONE}"))
    return _calendar(base, pkp, raya, cny)


def seridamai_style() -> PublisherStyle:
    """A Malaysian veterinary clinic (in Malay): the numeric date turned the Malay month on
    1 September 2019 (a wording per day), the opening hours turned by the closures for Hari
    Raya Aidilfitri and Chinese New Year (naming the days) and the Movement Control Order, a
    WhatsApp booking line mid-body, the price of a cat's vaccination with GST at 6%, then
    0%, then gone, a get-your-pet-checked disclaimer, the address and the phone line (a
    block), the copyright line, a rare note."""
    return PublisherStyle(
        domain="klinikseridamai.com.my", site="Klinik Veterinar Seri Damai", base_size=40,
        subdomains=(("www.", 100),),
        sections=("berita", "tips", "promosi"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("tarikh", HEADER, 0.8, *_by_day(_sd_tarikh)),
            _f("waktu", HEADER, 0.35, *_sd_waktu()),
            _f("temujanji", MIDDLE, 0.25, (_OLD, f"Buat temujanji melalui WhatsApp: {SD_PHONE}")),
            _f("vaksin", MIDDLE, 0.2, *amounts(SD_VAKSIN, lambda v: (
                f"Pakej vaksin kucing dari {v}"))),
            _f("penafian", FOOTER, 0.3, (_OLD, "Artikel ini hanya panduan. Bawa haiwan "
                                               "kesayangan anda untuk diperiksa oleh doktor "
                                               "veterinar.")),
            _f("alamat", FOOTER, 0.35, (_OLD, "Klinik Veterinar Seri Damai, No. 12, Jalan Damai "
                                              "3, 43300 Seri Kembangan, Selangor")),
            _f("telefon", FOOTER, 0.35, (_OLD, f"Tel: 03-8945 1234 · WhatsApp: {SD_PHONE}")),
            _f("hakcipta", FOOTER, 0.3, (_OLD, "© {year} Klinik Veterinar Seri Damai. Hak cipta "
                                               "terpelihara.")),
            _f("nota", HEADER, 0.04, (_OLD, "Nota: Waktu operasi dalam artikel ini telah dikemas "
                                            "kini.")),
        ),
    )


# --- an Icelandic animal-welfare society --------------------------------------------------

DV_AUR = dt.date(2018, 9, 1)
DV_ARGJALD = (("2014-01-01", "3.000"), ("2017-01-01", "3.500"), ("2019-01-01", "4.000"))


@cache
def _dv_tilkynning() -> Wordings:
    base = _steps((_OLD, "Gerstu félagi og styddu dýravernd á Norðurlandi"))
    frestun = [_span("2020-03-05", "2020-05-31", "Aðalfundi félagsins er frestað vegna "
                                                 "samkomubanns.")]
    fundur = _movable(lambda y: last_weekday(y, 3, 3), 21, 0, lambda y: (
        f"Aðalfundur félagsins verður haldinn fimmtudaginn {last_weekday(y, 3, 3).day}. mars "
        f"{y} kl. 20."))
    aramot = _yearly("01-03", 5, 3, lambda y: "🎆 Flugeldar hræða dýrin: hugum að "
                                              "gæludýrunum um áramótin", years=range(2015, 2022))
    return _calendar(base, frestun, fundur, aramot)


def dyravinir_style() -> PublisherStyle:
    """An Icelandic animal-welfare society: the long date (a wording per day), "Höfundur:",
    a foster-home appeal mid-body, the bank account line reworded for the Aur app, the
    yearly membership fee (raised twice), a notice turned by the annual general meeting on
    the last Thursday of March (put off in 2020), New Year fireworks, the copyright line
    with the registration number, a rare correction."""
    return PublisherStyle(
        domain="dyravinir-nord.is", site="Dýravinir Norðursins", base_size=30,
        subdomains=(("www.", 100),),
        sections=("frettir", "fosturheimili", "felagid"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("dags", HEADER, 0.8, *_by_day(
                lambda day: f"{day.day}. {MANUDIR[day.month - 1]} {day.year}")),
            _f("hofundur", HEADER, 0.3, (_OLD, "Höfundur: {author}")),
            _f("fosturheimili", MIDDLE, 0.25, (_OLD, "Okkur vantar fósturheimili! Hafðu samband "
                                                     "á netfangið dyravinir@dyravinir-nord.is")),
            _f("styrkja", FOOTER, 0.35,
               (_OLD, "Styrktu starfið: reikningur 0162-26-004512, kt. 500298-1239"),
               (DV_AUR.isoformat(), "Styrktu starfið: reikningur 0162-26-004512, kt. "
                                    "500298-1239, eða með Aur í síma 777 4512")),
            _f("argjald", FOOTER, 0.15, *amounts(DV_ARGJALD, lambda v: (
                f"Árgjald félagsins er {v} kr."))),
            _f("tilkynning", FOOTER, 0.3, *_dv_tilkynning()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Dýravinir Norðursins · kt. "
                                                 "500298-1239")),
            _f("leidretting", HEADER, 0.04, (_OLD, "Leiðrétting: rangt nafn var á kisunni í "
                                                   "fyrri útgáfu.")),
        ),
    )


def heldout194_styles() -> list[PublisherStyle]:
    """The held-back-194 styles, in the order the generator hands them to publishers."""
    return [
        pawprint_style(), meadowbank_style(), ogoniwasy_style(), hollybrook_style(),
        sahabatberbulu_style(), dyrasudur_style(), fundacjaprzystan_style(), tearmann_style(),
        vtepetclinic_style(), gooddoggear_style(), seridamai_style(), dyravinir_style(),
    ]
