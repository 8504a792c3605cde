"""The ``held-back-112`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-110 set
(`tests.bench.heldout_templates_110`). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. The publishers are outlets of West Africa, Anglophone and Francophone, large
and small: an English daily in Lagos, an English news site in Accra, a French daily in Dakar
with Wolof touches, a French news site in Abidjan, a bilingual English and French daily in
Yaounde, a Hausa news site in Kano, a French daily in Bamako with Bambara greetings, a Yoruba
news site in Ibadan, an English radio station in Kumasi with Twi touches, a Wolof and French
community radio in Kaolack, a Bambara and French community bulletin in Segou (its dates later
also in N'Ko digits) and a small English fact-checking desk in Abuja. The families are the
kinds a crawl of such sites holds: dates localised day by day in English, French, Hausa (with
its hooked letters), Yoruba (traditional month names, later the months by number), Wolof,
Bambara and Twi weekdays (several changing form on the day of a redesign), lines that turn
every day, every week or by season (the naira at the parallel market, the lottery's draw by
weekday, Dakar's prayer times with their Wolof names, a daily's issue number on weekdays, the
proverb of the day, a radio's programme by weekday, the Niger's level at Bamako every Monday,
grain prices at Kano's and Segou's markets every Monday, the cocoa and groundnut farm-gate
prices by campaign, a weekly fact-check round-up), the seasons of rains, harmattan and heat,
bylines and datelines of many shapes, section kickers and verdicts, read-also and related
links (some up to two times), photo credits, sources, a cross-post from the air, disclaimer,
licence, fair-use and copyright lines, donation (by mobile money), membership, subscription,
newsletter and social appeals, prices in naira and CFA francs (several rising over the
years), notices reworded in 2016-2020, notices that follow the region's calendars (votes, a
postponed election, a referendum, an internet cut, attacks, states of emergency, a coup and
its curfew, load-shedding, curfews and lockdowns of 2020, #EndSARS, football titles,
independence, national, youth and democracy days with their counts, Ramadan, Korite and
Tabaski, the Magal of Touba, the Maouloud, Easter, Christmas, the Osun Osogbo festival,
Akwasidae every 42 days, Farmers' Day and fact-checking day), multi-line blocks, mid-body
inserts, bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    easter,
    nth_weekday,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
HAUSA_MONTHS = ("Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta",
                "Satumba", "Oktoba", "Nuwamba", "Disamba")
HAUSA_WEEKDAYS = ("Litinin", "Talata", "Laraba", "Alhamis", "Juma'a", "Asabar", "Lahadi")
YORUBA_OLD_MONTHS = ("Ṣẹ́rẹ́", "Èrèlé", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ",
                     "Ògún", "Ọ̀wẹ́wẹ̀", "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀")
YORUBA_MONTHS = ("Oṣù Kìíní", "Oṣù Kejì", "Oṣù Kẹta", "Oṣù Kẹrin", "Oṣù Karùn-ún",
                 "Oṣù Kẹfà", "Oṣù Keje", "Oṣù Kẹjọ", "Oṣù Kẹsàn-án", "Oṣù Kẹwàá",
                 "Oṣù Kọkànlá", "Oṣù Kejìlá")
YORUBA_WEEKDAYS = ("Ọjọ́ Ajé", "Ọjọ́ Ìṣẹ́gun", "Ọjọ́rú", "Ọjọ́bọ̀", "Ọjọ́ Ẹtì",
                   "Ọjọ́ Àbámẹ́ta", "Ọjọ́ Àìkú")
WOLOF_WEEKDAYS = ("Altine", "Talaata", "Àllarba", "Alxamis", "Àjjuma", "Gaawu", "Dibéer")
BAMBARA_MONTHS = ("Zanwuyekalo", "Feburuyekalo", "Marisikalo", "Awirilikalo", "Mɛkalo",
                  "Zuwɛnkalo", "Zuluyekalo", "Utikalo", "Sɛtanburukalo", "Ɔkutɔburukalo",
                  "Nowanburukalo", "Desanburukalo")
BAMBARA_WEEKDAYS = ("Ntɛnɛ", "Tarata", "Araba", "Alamisa", "Juma", "Sibiri", "Kari")
TWI_WEEKDAYS = ("Dwoada", "Benada", "Wukuada", "Yawoada", "Fiada", "Memeneda", "Kwasiada")
NKO_ZERO = "\u07c0"

# The feasts of the region's calendars, as its outlets kept them (a day either side of what
# another country's moon sighting gave is normal).
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
KORITE = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
          2019: "2019-06-04", 2020: "2020-05-24"}
TABASKI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
           2019: "2019-08-11", 2020: "2020-07-31"}
TABASKI_SN = {2015: "2015-09-24", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
              2019: "2019-08-12", 2020: "2020-08-01"}
MAGAL = {2015: "2015-12-01", 2016: "2016-11-20", 2017: "2017-11-08", 2018: "2018-10-29",
         2019: "2019-10-18", 2020: "2020-10-06"}
MAOULOUD = {2015: "2015-12-24", 2016: "2016-12-12", 2017: "2017-12-01", 2018: "2018-11-21",
            2019: "2019-11-10", 2020: "2020-10-29"}


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weeks_since(day: dt.date, weekday: int) -> int:
    """How many `weekday`s have passed from the first one of the set's period to `day`'s
    latest one (0 in the first week)."""
    return (latest(day, weekday) - latest(FIRST_DAY + dt.timedelta(days=6), weekday)).days // 7


def year_wave(day: dt.date, peak: int) -> float:
    """A yearly wave: 1 on day-of-year `peak`, -1 half a year away."""
    return math.cos(2 * math.pi * (day.timetuple().tm_yday - peak) / 365.25)


def hhmm(minutes: float) -> str:
    m = round(minutes)
    return f"{m // 60:02d}:{m % 60:02d}"


def thousands(n: int) -> str:
    """`n` with a comma between thousands, as English-language West African sites print it."""
    return f"{n:,}"


def spaced(n: int) -> str:
    """`n` with a space between thousands, as French-language sites print CFA francs."""
    return f"{n:,}".replace(",", " ")


def nko(number: int | str, width: int = 0) -> str:
    """`number` in N'Ko digits."""
    return digits(number, NKO_ZERO, width)


def _iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _feast(days: dict[int, str], before: int, after: int, text: str) -> list[Event]:
    """A feast's notice each year from `before` days before to `after` days after."""
    return _movable(_listed(days), before, after, lambda _: text)


def _ramadan(text: str) -> list[Event]:
    """A notice through Ramadan, from its first day to the eve of Korite."""
    return [(_iso(RAMADAN[y]), _iso(KORITE[y]) - dt.timedelta(days=1), text) for y in YEARS]


# --- an English daily in Lagos ----------------------------------------------------------------

NG_REDESIGN = dt.date(2017, 10, 1)  # relaunched on Independence Day
NG_WHATSAPP = dt.date(2019, 3, 4)

NAIRA_BANDS = (("2015-01-01", 205), ("2015-03-01", 222), ("2015-07-01", 238),
               ("2016-01-01", 300), ("2016-04-01", 340), ("2016-07-01", 380),
               ("2016-09-01", 455), ("2017-02-01", 490), ("2017-04-01", 390),
               ("2017-06-01", 365), ("2018-01-01", 363), ("2019-01-01", 360),
               ("2020-03-20", 410), ("2020-06-01", 450), ("2020-09-01", 465))


def naira_rate(day: dt.date) -> int:
    """The made-up parallel-market rate of the naira to the dollar on `day`: the band of its
    period (the 2016 slide, the 2017 recovery, the 2020 fall), a few naira either way."""
    band = [rate for start, rate in NAIRA_BANDS if start <= day.isoformat()][-1]
    return band + hashed(day, "naira", -4, 4)


def _ng_dated(day: dt.date) -> str:
    if day < NG_REDESIGN:
        return f"Published {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} | {{time12}}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ng_naira(day: dt.date) -> str:
    return (f"💱 Naira at the parallel market, {day.day}/{day.month}: ₦{naira_rate(day)} to "
            f"$1")


def _ng_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Twitter @EkoDailyTimes and like our Facebook page"),
                  (NG_WHATSAPP.isoformat(), "📲 Breaking news on WhatsApp: save 0800 000 0000 "
                                            "and send NEWS"))
    news: list[Event] = [
        _span("2015-02-08", "2015-02-14", "🗳️ INEC moves the general elections to March 28 "
                                          "and April 11"),
        _vote("2015-03-28", "🗳️ Elections 2015: live results from the 36 states and the FCT",
              before=6, after=3),
        _vote("2015-04-11", "🗳️ Governorship and House of Assembly elections: live updates",
              before=3, after=2),
        _span("2019-02-16", "2019-02-22", "🗳️ INEC postpones the polls by a week: voting now "
                                          "on February 23"),
        _vote("2019-02-23", "🗳️ Elections 2019: live results from the 36 states and the FCT",
              before=0, after=4),
        _vote("2019-03-09", "🗳️ Governorship and House of Assembly elections: live updates",
              before=3, after=2),
        _span("2020-03-30", "2020-05-03", "🦠 Lagos, Ogun and the FCT are on lockdown: stay "
                                          "at home, wash your hands"),
        _span("2020-10-20", "2020-10-31", "🚨 Curfew in Lagos: our reporters are working "
                                          "from home"),
    ]
    feasts = _yearly("10-01", 1, 0, lambda y: f"🇳🇬 Happy {ordinal(y - 1960)} Independence "
                                              f"anniversary, Nigeria")
    feasts += _movable(lambda y: dt.date(y, 5, 29) if y < 2019 else dt.date(y, 6, 12), 0, 0,
                       lambda _: "🇳🇬 Happy Democracy Day")
    feasts += _yearly("12-24", 1, 1, lambda _: "🎄 Season's greetings from all of us at Eko "
                                               "Daily Times")
    return _calendar(base, news, feasts)


def eko_style() -> PublisherStyle:
    """An English daily in Lagos: a kicker, "Published" with the date and time turned the
    weekday and the long date on Independence Day 2017 (a wording per day), "By" turned the
    writer with the bureau, "READ ALSO:" (up to twice), a photo credit from a pool, an
    advertisement marker, the naira's parallel-market rate every day, a social line turned a
    messenger appeal and turned by two elections (one postponed each time), the 2020 lockdown
    and the #EndSARS curfew, Independence with its count, Democracy Day (moved to 12 June in
    2019) and Christmas, an e-paper price rising, a tip line, a reproduction line and a
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="ekodailytimes.com.ng", site="Eko Daily Times", base_size=240,
        subdomains=(("www.", 80), ("", 20)),
        sections=("news", "politics", "metro", "business", "sports", "opinion"),
        n_authors=10, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("NEWS", "POLITICS", "METRO", "BUSINESS", "SPORTS", "OPINION", "HEALTH"),
            "bureau": ("Lagos", "Abuja", "Port Harcourt", "Kano", "Ibadan", "Enugu", "Benin"),
            "photo": ("Eko Daily Times", "NAN", "State House", "Twitter", "Instagram"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_ng_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (NG_REDESIGN.isoformat(), "{author}, {bureau}")),
            _f("read-also", MIDDLE, 0.3, (_OLD, "READ ALSO: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement")),
            _f("naira", FOOTER, 0.2, *_by_day(_ng_naira)),
            _f("notice", FOOTER, 0.3, *_ng_notice()),
            _f("epaper", FOOTER, 0.15, (_OLD, "Read the full edition on our e-paper: ₦1,500 a "
                                              "month"),
               ("2017-01-02", "Read the full edition on our e-paper: ₦2,000 a month or ₦20,000 "
                              "a year"),
               ("2020-01-06", "Read the full edition on our e-paper: ₦2,500 a month or ₦25,000 "
                              "a year")),
            _f("tips", FOOTER, 0.25, (_OLD, "Got a story? Email tips@ekodailytimes.com.ng")),
            _f("reproduction", FOOTER, 0.3, (_OLD, "No part of this story may be reproduced, "
                                                   "rewritten or broadcast without the written "
                                                   "consent of Eko Daily Times.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Eko Daily Times Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "gave the wrong local government area.")),
        ),
    )


# --- an English news site in Accra ------------------------------------------------------------

GH_REDESIGN = dt.date(2018, 3, 6)  # relaunched on Independence Day
GH_CHANNELS = dt.date(2019, 1, 7)
NLA_DRAWS = ("Monday Special", "Lucky Tuesday", "Mid-Week", "Fortune Thursday",
             "Friday Bonanza", "National Weekly", "Sunday Aseda")


def _gh_dated(day: dt.date) -> str:
    if day < GH_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()][:3]}, {day.day} "
                f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}} GMT"


def _gh_draw(day: dt.date) -> str:
    return (f"🎱 Tonight's NLA draw ({ENGLISH_WEEKDAYS[day.weekday()]}): "
            f"{NLA_DRAWS[day.weekday()]}")


def _gh_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook and follow @OsuObserver on Twitter"),
                  (GH_CHANNELS.isoformat(), "📲 Join our WhatsApp and Telegram channels for "
                                            "breaking news"))
    news: list[Event] = [
        _span("2015-07-01", "2016-03-31", "⚡ Dumsor: check the load-shedding timetable for "
                                          "your area on our power page"),
        _vote("2016-12-07", "🗳️ Election 2016: results as the Electoral Commission declares "
                            "them", before=3, after=2),
        _span("2019-12-15", "2019-12-31", "✈️ Year of Return: our guide to December in Ghana"),
        _span("2020-03-30", "2020-04-19", "🦠 Partial lockdown in Accra and Kumasi: stay home, "
                                          "stay safe"),
        _vote("2020-12-07", "🗳️ Election 2020: results as the Electoral Commission declares "
                            "them", before=3, after=2),
    ]
    feasts = _yearly("03-06", 1, 0, lambda y: f"🇬🇭 Happy {ordinal(y - 1957)} Independence "
                                              f"Day, Ghana")
    feasts += _movable(lambda y: nth_weekday(y, 12, 4, 1), 1, 0,
                       lambda y: f"🌽 National Farmers' Day {y}: congratulations to this "
                                 f"year's award winners")
    return _calendar(base, news, feasts)


def osu_style() -> PublisherStyle:
    """An English news site in Accra: a kicker, the short weekday and date turned a dotted
    date with the time in GMT on Independence Day 2018 (a wording per day), "Written by"
    turned the writer with the site, "Also read:" once, a photo credit, a source from a pool,
    the lottery's draw by weekday, a social line turned a messenger appeal and turned by
    load-shedding, two elections, the Year of Return and the 2020 lockdown, Independence
    with its count and Farmers' Day, a disclaimer, an advertising line and a copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="osuobserver.com.gh", site="The Osu Observer", base_size=220,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("news", "politics", "business", "sports", "regional", "entertainment"),
        n_authors=9, url_path="/{section}/{slug}-{n}",
        pools={
            "kicker": ("General News", "Politics", "Business", "Sports", "Regional News",
                       "Entertainment", "Health"),
            "source": ("Ghana News Agency", "The Osu Observer", "Press release",
                       "Regional correspondent", "Parliament News"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_gh_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Written by {author}"),
               (GH_REDESIGN.isoformat(), "{author} | The Osu Observer")),
            _f("also-read", MIDDLE, 0.3, (_OLD, "Also read: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo credit: {author2}")),
            _f("source", FOOTER, 0.35, (_OLD, "Source: {source}")),
            _f("draw", FOOTER, 0.15, *_by_day(_gh_draw)),
            _f("notice", FOOTER, 0.3, *_gh_notice()),
            _f("disclaimer", FOOTER, 0.2, (_OLD, "Disclaimer: the views expressed in this "
                                                 "article are the writer's own and not those "
                                                 "of The Osu Observer.")),
            _f("advertise", FOOTER, 0.25, (_OLD, "To advertise with us, call 030 000 0000 or "
                                                 "email ads@osuobserver.com.gh")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} The Osu Observer")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the name of the district chief "
                                                  "executive has been corrected.")),
        ),
    )


# --- a French daily in Dakar ------------------------------------------------------------------

SN_REDESIGN = dt.date(2019, 4, 4)  # relaunched on Independence Day
SN_WHATSAPP = dt.date(2018, 6, 1)


def prayer_times(day: dt.date) -> tuple[str, str, str, str, str]:
    """Made-up prayer times in Dakar on `day` (Fajr, Dhuhr, Asr, Maghrib, Isha): the sun
    rises earliest in June and latest in February, sets latest in July."""
    rise = 7 * 60 + 18 - 27 * year_wave(day, 172)
    noon = 13 * 60 + 52 + 8 * math.sin(2 * math.pi * (day.timetuple().tm_yday - 20) / 365.25)
    fall = 19 * 60 + 2 + 25 * year_wave(day, 190)
    return (hhmm(rise - 78), hhmm(noon + 14), hhmm(noon + 200 + 12 * year_wave(day, 172)),
            hhmm(fall + 3), hhmm(fall + 80))


def _sn_prayer(day: dt.date) -> str:
    fajar, tisbar, takusaan, timis, gee = prayer_times(day)
    return (f"🕌 Heures de prière à Dakar ({FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]}) : Fajar {fajar} · Tisbar {tisbar} · Takusaan "
            f"{takusaan} · Timis {timis} · Gee {gee}")


def _sn_dated(day: dt.date) -> str:
    if day < SN_REDESIGN:
        return (f"Publié le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year} à {{time}}")
    return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"


def _sn_independence(y: int) -> str:
    if y == 2020:
        return "🇸🇳 4 avril : pas de défilé cette année, la fête se vit à la maison"
    return f"🇸🇳 {y - 1960}e anniversaire de l'indépendance : le programme du défilé"


def _sn_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Dakar Matin sur Facebook et Twitter"),
                  (SN_WHATSAPP.isoformat(), "📲 Rejoignez notre chaîne WhatsApp pour les "
                                            "alertes info"))
    news: list[Event] = [
        _vote("2016-03-20", "🗳️ Référendum constitutionnel : les résultats bureau par bureau",
              before=5, after=2),
        _vote("2017-07-30", "🗳️ Législatives 2017 : les résultats département par "
                            "département", before=5, after=3),
        _vote("2019-02-24", "🗳️ Présidentielle 2019 : les résultats région par région",
              before=6, after=4),
        _span("2020-03-24", "2020-06-29", "🌙 Couvre-feu de 20h à 6h : la rédaction reste "
                                          "mobilisée"),
    ]
    feasts = _feast(MAGAL, 2, 0, "🕌 Grand Magal de Touba : bon Magal à tous nos lecteurs")
    feasts += _feast(TABASKI_SN, 1, 1, "🐑 Tabaski : Dewenati ! Bonne fête à tous")
    feasts += _feast(KORITE, 1, 1, "🌙 Korité : Dewenati ! Bonne fête à tous")
    independence = _yearly("04-04", 1, 0, _sn_independence)
    return _calendar(base, independence, news, feasts)  # the 2020 one breaks into the curfew


def dakar_style() -> PublisherStyle:
    """A French daily in Dakar with Wolof touches: a section, "Publié le" with the weekday,
    the date and the time turned a slashed date and time on Independence Day 2019 (a wording
    per day), "Par" turned the writer with the paper, "Lire aussi :" (up to twice), a photo
    credit from a pool, the day's prayer times by their Wolof names, a social line turned a
    messenger appeal and turned by a referendum, two votes and the 2020 curfew, the Magal,
    Tabaski and Korite with a Wolof greeting and Independence with its count (no parade in
    2020), a subscription price rising, a Wolof thank-you, a reproduction line and a
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="dakarmatin.sn", site="Dakar Matin", base_size=195,
        subdomains=(("www.", 100),),
        sections=("politique", "societe", "economie", "sport", "culture", "religion"),
        n_authors=8, url_path="/{section}/{slug}_a{n}.html",
        pools={
            "rubrique": ("Politique", "Société", "Économie", "Sport", "Culture", "Religion",
                         "International"),
            "credit": ("Dakar Matin", "APS", "DR", "Présidence de la République", "Archives"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_sn_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (SN_REDESIGN.isoformat(), "{author} (Dakar Matin)")),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {credit}")),
            _f("priere", FOOTER, 0.15, *_by_day(_sn_prayer)),
            _f("avis", FOOTER, 0.3, *_sn_notice()),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Abonnez-vous à l'édition numérique : 1 500 "
                                                  "FCFA par mois"),
               ("2018-01-01", "Abonnez-vous à l'édition numérique : 2 000 FCFA par mois, "
                              "20 000 FCFA par an")),
            _f("jerejef", FOOTER, 0.15, (_OLD, "Jërëjëf ! Merci de nous lire chaque matin.")),
            _f("droits", FOOTER, 0.3, (_OLD, "Toute reproduction, même partielle, est interdite "
                                             "sans l'accord écrit de Dakar Matin.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Dakar Matin – Tous droits "
                                                 "réservés")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : le nom du ministre cité a "
                                                    "été corrigé.")),
        ),
    )


# --- a French news site in Abidjan ------------------------------------------------------------

CI_REDESIGN = dt.date(2016, 8, 7)  # relaunched on Independence Day
CI_NEWSLETTER = dt.date(2018, 9, 3)

# The cocoa farm-gate price by campaign: (first day, campaign, crop, CFA francs a kilo).
COCOA = (("2014-10-01", "2014-2015", "principale", 850),
         ("2015-04-01", "2014-2015", "intermédiaire", 850),
         ("2015-10-01", "2015-2016", "principale", 1000),
         ("2016-04-01", "2015-2016", "intermédiaire", 1100),
         ("2016-10-01", "2016-2017", "principale", 1100),
         ("2017-04-01", "2016-2017", "intermédiaire", 700),
         ("2017-10-01", "2017-2018", "principale", 700),
         ("2018-04-01", "2017-2018", "intermédiaire", 750),
         ("2018-10-01", "2018-2019", "principale", 750),
         ("2019-04-01", "2018-2019", "intermédiaire", 750),
         ("2019-10-01", "2019-2020", "principale", 825),
         ("2020-04-01", "2019-2020", "intermédiaire", 825),
         ("2020-10-01", "2020-2021", "principale", 1000))


def _ci_cocoa() -> Wordings:
    out = [(_OLD if i == 0 else start, f"🍫 Cacao, campagne {season} ({crop}) : prix bord "
                                       f"champ garanti {spaced(price)} FCFA/kg")
           for i, (start, season, crop, price) in enumerate(COCOA)]
    return tuple(out)


def _ci_dated(day: dt.date) -> str:
    if day < CI_REDESIGN:
        return f"Publié le {day.day:02d}-{day.month:02d}-{day.year}"
    return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} | Mis à jour à {{time}}")


def _ci_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook : Lagune Info"),
                  (CI_NEWSLETTER.isoformat(), "📩 Recevez chaque matin la newsletter de Lagune "
                                              "Info"))
    news: list[Event] = [
        _span("2015-02-09", "2015-02-11", "🏆 Les Éléphants champions d'Afrique ! Revivez la "
                                          "finale"),
        _vote("2015-10-25", "🗳️ Présidentielle 2015 : suivez les résultats en direct",
              before=5, after=3),
        _span("2016-03-13", "2016-03-20", "🕯️ Attaque de Grand-Bassam : nos pensées vont aux "
                                          "victimes et à leurs familles"),
        _vote("2016-10-30", "🗳️ Référendum constitutionnel : suivez les résultats en direct",
              before=5, after=2),
        _vote("2016-12-18", "🗳️ Législatives 2016 : suivez les résultats en direct",
              before=4, after=2),
        _span("2020-03-24", "2020-05-14", "🌙 Couvre-feu de 21h à 5h : restez chez vous"),
        _vote("2020-10-31", "🗳️ Présidentielle 2020 : suivez les résultats en direct",
              before=5, after=3),
    ]
    feasts = _yearly("08-07", 1, 0, lambda y: f"🇨🇮 {y - 1960}e anniversaire de "
                                              f"l'indépendance de la Côte d'Ivoire")
    feasts += _feast(TABASKI, 1, 0, "🐑 Bonne fête de Tabaski à tous nos lecteurs")
    feasts += _yearly("12-24", 1, 1, lambda _: "🎄 Joyeux Noël à tous nos lecteurs")
    return _calendar(base, news, feasts)


def abidjan_style() -> PublisherStyle:
    """A French news site in Abidjan: a section, "Publié le" with a dashed date turned the
    weekday, the long date and the update time on Independence Day 2016 (a wording per day),
    an agency-style dateline with a town from a pool and the long date, "Par" turned the
    writer with the site, "Lire aussi >>" once, a photo credit, the cocoa farm-gate price by
    campaign, a social line turned a newsletter and turned by a football title, five votes,
    the Grand-Bassam attack and the 2020 curfew, Independence with its count, Tabaski and
    Christmas, an e-paper price rising, the publisher's address, a reproduction line and a
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="lagune-info.ci", site="Lagune Info", base_size=170,
        subdomains=(("www.", 85), ("", 15)),
        sections=("politique", "economie", "societe", "sport", "regions", "culture"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "rubrique": ("Politique", "Économie", "Société", "Sport", "Régions", "Culture",
                         "Faits divers"),
            "ville": ("Abidjan", "Bouaké", "Yamoussoukro", "San-Pédro", "Korhogo", "Daloa",
                      "Man"),
            "credit": ("Lagune Info", "AIP", "DR", "Présidence CI"),
        },
        families=(
            _f("rubrique", HEADER, 0.4, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_ci_dated)),
            _f("dateline", HEADER, 0.3, (_OLD, "{ville}, le {date_fr} (Lagune Info) –")),
            _f("auteur", HEADER, 0.4, (_OLD, "Par {author}"),
               (CI_REDESIGN.isoformat(), "{author} | Lagune Info")),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi >> {other_title}")),
            _f("credit", MIDDLE, 0.2, (_OLD, "(Photo : {credit})")),
            _f("cacao", FOOTER, 0.15, *_ci_cocoa()),
            _f("avis", FOOTER, 0.3, *_ci_notice()),
            _f("epaper", FOOTER, 0.12, (_OLD, "Édition numérique : 200 FCFA le numéro"),
               ("2019-01-02", "Édition numérique : 300 FCFA le numéro, 6 000 FCFA par mois")),
            _f("editeur", FOOTER, 0.25, (_OLD, "Lagune Info est édité par Lagune Médias SARL, "
                                               "Abidjan-Cocody, 00 BP 000 Abidjan 00")),
            _f("droits", FOOTER, 0.3, (_OLD, "Reproduction interdite sauf autorisation de la "
                                             "rédaction.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Lagune Info")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : le montant annoncé dans une "
                                                    "première version était erroné.")),
        ),
    )


# --- a bilingual English and French daily in Yaounde -------------------------------------------

CM_REDESIGN = dt.date(2018, 5, 20)  # relaunched on National Day
CM_WHATSAPP = dt.date(2019, 3, 4)


def issue_number(day: dt.date) -> int:
    """The daily's running number on `day`: one more every Monday to Friday."""
    return 1800 + sum((FIRST_DAY + dt.timedelta(days=k)).weekday() < 5
                      for k in range((day - FIRST_DAY).days + 1))


def _cm_issue(day: dt.date) -> str:
    return f"📰 Issue No. {issue_number(day)} | Édition N° {issue_number(day)}"


def _cm_dated(day: dt.date) -> str:
    if day < CM_REDESIGN:
        return (f"{day.day} {FRENCH_MONTHS[day.month - 1]} {day.year} | "
                f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}")
    return f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} · {{time}}"


def _cm_national(y: int) -> str:
    if y == 2020:
        return "🇨🇲 National Day without a parade this year | Fête nationale sans défilé"
    return f"🇨🇲 {ordinal(y - 1972)} National Day | {y - 1972}e Fête nationale de l'Unité"


def _cm_notice() -> Wordings:
    base = _steps((_OLD, "Follow us | Suivez-nous : @LePontTheBridge"),
                  (CM_WHATSAPP.isoformat(), "📲 Join our WhatsApp channel | Rejoignez notre "
                                            "chaîne WhatsApp"))
    news: list[Event] = [
        _span("2017-02-05", "2017-02-08", "🏆 Indomitable Lions, African champions! | Les "
                                          "Lions indomptables champions d'Afrique !"),
        _span("2017-01-17", "2017-04-20", "🌐 Internet cut in the North West and South West: "
                                          "our correspondents file by phone"),
        _vote("2018-10-07", "🗳️ Presidential election | Élection présidentielle : results "
                            "and reactions", before=6, after=15),
        _vote("2020-02-09", "🗳️ Legislative and municipal elections | Législatives et "
                            "municipales", before=5, after=1),
        _span("2020-03-18", "2020-04-30", "🦠 Borders closed, schools shut: wash your hands | "
                                          "Lavez-vous les mains"),
    ]
    feasts = _yearly("05-20", 2, 0, _cm_national)
    feasts += _yearly("02-11", 1, 0, lambda y: f"🎉 {ordinal(y - 1966)} Youth Day | "
                                               f"{y - 1966}e Fête de la Jeunesse")
    return _calendar(base, news, feasts)  # the football breaks into the internet cut


def yaounde_style() -> PublisherStyle:
    """A bilingual English and French daily in Yaounde: a bilingual section, the date in
    French and in English turned the weekday, a slashed date and the time on National Day
    2018 (a wording per day), "By / Par" turned the writer with the town, a bilingual
    read-also once, a photo credit, the issue number every weekday, a social line turned a
    messenger appeal and turned by the internet cut, a football title, two votes and the 2020
    closures, National Day with its count (no parade in 2020) and Youth Day with its count,
    a readers' club price rising, the publisher, a reproduction line and a copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="lepont-thebridge.cm", site="Le Pont – The Bridge", base_size=150,
        subdomains=(("www.", 100),),
        sections=("politics", "society", "economy", "sports", "regions", "culture"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "rubrique": ("Politics | Politique", "Society | Société", "Economy | Économie",
                         "Sports", "Regions | Régions", "Culture"),
            "ville": ("Yaoundé", "Douala", "Buea", "Bamenda", "Garoua", "Bafoussam"),
        },
        families=(
            _f("rubrique", HEADER, 0.4, (_OLD, "{rubrique}")),
            _f("dated", HEADER, 0.8, *_by_day(_cm_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By / Par {author}"),
               (CM_REDESIGN.isoformat(), "{author} in {ville}")),
            _f("read-also", MIDDLE, 0.3, (_OLD, "Read also | Lire aussi : {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {author2}")),
            _f("issue", HEADER, 0.2, *_by_day(_cm_issue)),
            _f("notice", FOOTER, 0.3, *_cm_notice()),
            _f("club", FOOTER, 0.12, (_OLD, "Readers' club | Club des lecteurs : 10 000 FCFA a "
                                            "year | par an"),
               ("2019-01-01", "Readers' club | Club des lecteurs : 12 000 FCFA a year | par "
                              "an, e-paper included")),
            _f("publisher", FOOTER, 0.25, (_OLD, "Published by | Édité par Le Pont Média SA, "
                                                 "B.P. 0000 Yaoundé")),
            _f("reproduction", FOOTER, 0.25, (_OLD, "Reproduction prohibited without permission "
                                                    "| Reproduction interdite sans "
                                                    "autorisation")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Le Pont – The Bridge")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction | Rectificatif : the mayor's name "
                                                  "has been corrected.")),
        ),
    )


# --- a Hausa news site in Kano ----------------------------------------------------------------

HA_REDESIGN = dt.date(2017, 5, 29)  # relaunched on Democracy Day
HA_WHATSAPP = dt.date(2019, 6, 10)

MAIZE = {2015: 7000, 2016: 11500, 2017: 13000, 2018: 9500, 2019: 10000, 2020: 14500}
RICE = {2015: 9500, 2016: 16000, 2017: 17500, 2018: 15000, 2019: 16500, 2020: 22000}


def dawanau_prices(day: dt.date) -> tuple[int, int]:
    """Made-up prices (naira) of a sack of maize and of a bag of rice at Kano's Dawanau grain
    market in the week of `day` (set on Mondays, by the year's level)."""
    monday = latest(day, 0)
    y = min(max(monday.year, 2015), 2020)  # the first and last weeks take their neighbours'
    return (MAIZE[y] + 100 * hashed(monday, "masara", -8, 8),
            RICE[y] + 100 * hashed(monday, "shinkafa", -8, 8))


def _ha_market(day: dt.date) -> str:
    monday = latest(day, 0)
    maize, rice = dawanau_prices(day)
    return (f"🌾 Kasuwar Dawanau, makon {monday.day} ga {HAUSA_MONTHS[monday.month - 1]}: "
            f"buhun masara ₦{thousands(maize)}, buhun shinkafa ₦{thousands(rice)}")


def _ha_dated(day: dt.date) -> str:
    if day < HA_REDESIGN:
        return (f"{HAUSA_WEEKDAYS[day.weekday()]}, {day.day} ga {HAUSA_MONTHS[day.month - 1]}, "
                f"{day.year}")
    return f"{day.day:02d}/{day.month:02d}/{day.year} | {{time}}"


def _ha_notice() -> Wordings:
    base = _steps((_OLD, "Ku biyo mu a Facebook da Twitter"),
                  (HA_WHATSAPP.isoformat(), "📲 Ku shiga tasharmu ta WhatsApp don samun "
                                            "labarai da dumi-dumi"))
    news: list[Event] = [
        _vote("2015-03-28", "🗳️ Zaben 2015: sakamakon zabe daga jihohi", before=6, after=3),
        _vote("2019-02-23", "🗳️ Zaben 2019: sakamakon zabe daga jihohi", before=6, after=4),
        _span("2020-04-16", "2020-05-31", "🦠 Dokar hana fita a Kano: ku zauna a gida, ku "
                                          "wanke hannuwanku"),
    ]
    eids = _feast(KORITE, 1, 2, "🌙 Barka da Sallah! Allah ya maimaita mana")
    eids += _feast(TABASKI, 1, 2, "🐏 Barka da Babbar Sallah! Allah ya karbi ibadunmu")
    ramadan = _ramadan("🌙 Barka da azumin watan Ramadan")
    independence = _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Murnar cikar Najeriya shekara "
                                                    f"{y - 1960} da samun 'yancin kai")
    return _calendar(base, news, eids, ramadan, independence)  # the lockdown wins


def kano_style() -> PublisherStyle:
    """A Hausa news site in Kano: a category, the Hausa weekday and date turned a slashed
    date with the time on Democracy Day 2017 (a wording per day), "Daga" with the writer
    turned with the town, "Karanta kuma:" (up to twice), a photo credit, the grain prices at
    Dawanau market every Monday, a social line turned a messenger appeal and turned by two
    elections and the Kano lockdown, Ramadan, both Sallahs and Independence with its count,
    an opinion disclaimer, an advertising line and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="muryararewa.com.ng", site="Muryar Arewa", base_size=130,
        subdomains=(("www.", 70), ("hausa.", 30)),
        sections=("labarai", "siyasa", "kasuwanci", "wasanni", "lafiya", "addini"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rukuni": ("Labarai", "Siyasa", "Kasuwanci", "Wasanni", "Lafiya", "Ilimi",
                       "Addini"),
            "birni": ("Kano", "Kaduna", "Katsina", "Sokoto", "Abuja", "Maiduguri", "Bauchi"),
        },
        families=(
            _f("rukuni", HEADER, 0.45, (_OLD, "{rukuni}")),
            _f("kwanan-wata", HEADER, 0.75, *_by_day(_ha_dated)),
            _f("marubuci", HEADER, 0.5, (_OLD, "Daga {author}"),
               (HA_REDESIGN.isoformat(), "Daga {author}, {birni}")),
            _f("karanta", MIDDLE, 0.3, (_OLD, "Karanta kuma: {other_title}"), count=2),
            _f("hoto", MIDDLE, 0.2, (_OLD, "Hoto: {author2}")),
            _f("kasuwa", FOOTER, 0.15, *_by_day(_ha_market)),
            _f("sanarwa", FOOTER, 0.3, *_ha_notice()),
            _f("raayi", FOOTER, 0.15, (_OLD, "Ra'ayoyin da ke cikin wannan rubutu na marubucin "
                                             "ne, ba na Muryar Arewa ba.")),
            _f("talla", FOOTER, 0.25, (_OLD, "Don tallata hajarku, a kira 0800 000 0000")),
            _f("hakki", FOOTER, 0.35, (_OLD, "© {year} Muryar Arewa. Haƙƙin mallaka.")),
            _f("gyara", HEADER, 0.04, (_OLD, "Gyara: an gyara sunan ƙaramar hukumar da aka "
                                             "ambata a baya.")),
        ),
    )


# --- a French daily in Bamako -----------------------------------------------------------------

ML_REDESIGN = dt.date(2018, 9, 22)  # relaunched on Independence Day
ML_WHATSAPP = dt.date(2019, 1, 21)


def river_level(day: dt.date) -> int:
    """The made-up level of the Niger at Bamako in centimetres, read on Mondays: lowest in
    spring, highest in mid-September."""
    monday = latest(day, 0)
    return round(285 + 225 * year_wave(monday, 258)) + hashed(monday, "djoliba", -12, 12)


def _ml_river(day: dt.date) -> str:
    monday = latest(day, 0)
    return (f"🌊 Cote du fleuve Niger à Bamako (relevé du lundi {monday.day} "
            f"{FRENCH_MONTHS[monday.month - 1]}) : {river_level(day)} cm")


def _ml_dated(day: dt.date) -> str:
    if day < ML_REDESIGN:
        return f"Bamako, le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} - {{time}}")


def _ml_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Le Djoliba sur Facebook"),
                  (ML_WHATSAPP.isoformat(), "📲 Recevez nos alertes sur WhatsApp au 70 00 00 "
                                            "00"))
    news: list[Event] = [
        _span("2015-11-20", "2015-12-01", "⚠️ État d'urgence décrété après l'attaque de "
                                          "l'hôtel Radisson Blu"),
        _vote("2018-07-29", "🗳️ Présidentielle, premier tour : les résultats par région",
              before=5, after=3),
        _vote("2018-08-12", "🗳️ Présidentielle, second tour : les résultats par région",
              before=4, after=3),
        _vote("2020-03-29", "🗳️ Législatives, premier tour : les résultats par "
                            "circonscription", before=4, after=2),
        _vote("2020-04-19", "🗳️ Législatives, second tour : les résultats par "
                            "circonscription", before=4, after=2),
        _span("2020-03-26", "2020-05-08", "🌙 Couvre-feu de 21h à 5h : la rédaction reste "
                                          "joignable par téléphone"),
        _span("2020-08-19", "2020-09-05", "⚠️ Couvre-feu et frontières fermées après le 18 "
                                          "août : suivez nos mises à jour"),
    ]
    feasts = _yearly("09-22", 1, 0, lambda y: f"🇲🇱 {y - 1960}e anniversaire de "
                                              f"l'indépendance du Mali")
    feasts += _feast(TABASKI, 1, 1, "🐑 Bonne fête de Tabaski – Sambè sambè !")
    feasts += _feast(KORITE, 1, 1, "🌙 Bonne fête de Ramadan – Sambè sambè !")
    feasts += _feast(MAOULOUD, 1, 0, "🕌 Bonne fête du Maouloud à tous nos lecteurs")
    return _calendar(base, news, feasts)  # the second round of 2020 wins over the curfew


def bamako_style() -> PublisherStyle:
    """A French daily in Bamako with Bambara greetings: a section, the town with the long date
    turned the weekday, the long date and the time on Independence Day 2018 (a wording per
    day), "Par" turned the writer with the paper, "Lire également :" once, a photo credit,
    the Niger's level at Bamako every Monday, the seasons of heat, rains and harmattan, a
    social line turned a messenger appeal and turned by the state of emergency, two votes of
    two rounds, the 2020 curfew and the coup's curfew, Independence with its count, Tabaski,
    the end of Ramadan and the Maouloud, a subscription price rising, the address and a
    rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="ledjoliba.ml", site="Le Djoliba", base_size=110,
        subdomains=(("www.", 100),),
        sections=("politique", "nation", "societe", "securite", "economie", "sport"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"rubrique": ("Politique", "Nation", "Société", "Sécurité", "Économie",
                            "Sport", "Culture")},
        families=(
            _f("rubrique", HEADER, 0.4, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_ml_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (ML_REDESIGN.isoformat(), "{author} / Le Djoliba")),
            _f("lire", MIDDLE, 0.25, (_OLD, "Lire également : {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Crédit photo : {author2}")),
            _f("fleuve", FOOTER, 0.15, *_by_day(_ml_river)),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("03-15", "🌡️ Fortes chaleurs : hydratez-vous, surtout les enfants et les "
                          "personnes âgées"),
                ("06-15", "🌧️ Hivernage : prudence dans les quartiers riverains des "
                          "marigots"),
                ("11-01", "🌬️ Harmattan : protégez-vous de la poussière et du froid du "
                          "matin"))),
            _f("avis", FOOTER, 0.3, *_ml_notice()),
            _f("abonnement", FOOTER, 0.12, (_OLD, "Abonnement annuel : 25 000 FCFA"),
               ("2019-01-02", "Abonnement annuel : 30 000 FCFA, livraison à Bamako comprise")),
            _f("adresse", FOOTER, 0.3, (_OLD, "Le Djoliba, Hamdallaye ACI 2000, Bamako – Tél. : "
                                              "20 00 00 00")),
            _f("droits", FOOTER, 0.35, (_OLD, "© {year} Le Djoliba. Reproduction interdite sans "
                                              "autorisation.")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : le bilan donné dans une "
                                                    "première version a été corrigé.")),
        ),
    )


# --- a Yoruba news site in Ibadan -------------------------------------------------------------

YO_REDESIGN = dt.date(2019, 5, 29)  # relaunched on the governor's swearing-in
PROVERBS = (
    "Ìgbà kan ń lọ, ìgbà kan ń bọ̀.",
    "Ọ̀rọ̀ púpọ̀ kì í kún agbọ̀n.",
    "Ilé ọba tó jó, ẹwà ló bù kún un.",
    "Àgbà kì í wà lọ́jà kí orí ọmọ títún wọ́.",
    "Bí ọmọdé bá ní aṣọ bí àgbà, kò lè ní àkísà bí àgbà.",
    "Ọwọ́ ọmọdé kò tó pẹpẹ, ti àgbà kò wọ kèrègbè.",
    "Ìwà lẹwà.",
)
OSUN_OSOGBO = {2015: "2015-08-21", 2016: "2016-08-19", 2017: "2017-08-18", 2018: "2018-08-24",
               2019: "2019-08-23", 2020: "2020-08-14"}


def proverb(day: dt.date) -> str:
    """The proverb of the day (the list in turn, one a day)."""
    return PROVERBS[day.toordinal() % len(PROVERBS)]


def _yo_proverb(day: dt.date) -> str:
    return f"📜 Òwe ọjọ́ òní ({day.day}/{day.month}): {proverb(day)}"


def _yo_dated(day: dt.date) -> str:
    if day < YO_REDESIGN:
        return (f"{YORUBA_WEEKDAYS[day.weekday()]}, {day.day} {YORUBA_OLD_MONTHS[day.month - 1]}"
                f", {day.year}")
    return f"{day.day} {YORUBA_MONTHS[day.month - 1]}, {day.year}"


def _yo_notice() -> Wordings:
    base = _steps((_OLD, "Ẹ tẹ̀lé wa lórí Facebook àti Twitter"),
                  (YO_REDESIGN.isoformat(), "📲 Ẹ darapọ̀ mọ́ wa lórí WhatsApp fún ìròyìn "
                                            "tuntun"))
    news: list[Event] = [
        _vote("2015-03-28", "🗳️ Ìdìbò gbogbogbò 2015: ẹ jáde lọ dìbò yín", before=4,
              after=1),
        _vote("2015-04-11", "🗳️ Ìdìbò gómìnà 2015: ẹ jáde lọ dìbò yín", before=3, after=1),
        _vote("2019-02-23", "🗳️ Ìdìbò gbogbogbò 2019: ẹ jáde lọ dìbò yín", before=0,
              after=1),
        _vote("2019-03-09", "🗳️ Ìdìbò gómìnà 2019: ẹ jáde lọ dìbò yín", before=3, after=1),
        _span("2020-03-30", "2020-05-03", "🦠 Ẹ dúró sílé, ẹ sì máa fọ ọwọ́ yín"),
    ]
    feasts = _feast(TABASKI, 1, 1, "🐏 Ẹ kú ọdún Iléyá")  # before the festival of 2018
    feasts += _movable(_listed(OSUN_OSOGBO), 3, 0, lambda y: f"🌊 Ọdún Ọ̀ṣun Òṣogbo {y}")
    feasts += _movable(easter, 2, 1, lambda _: "✝️ Ẹ kú ọdún Àjíǹde")
    feasts += _yearly("12-24", 1, 2, lambda _: "🎄 Ẹ kú ọdún Kérésìmesì")
    return _calendar(base, news, feasts)


def ibadan_style() -> PublisherStyle:
    """A Yoruba news site in Ibadan: a section, the Yoruba weekday and the date with the
    traditional month turned the date with the month by number on 29 May 2019 (a wording per
    day), "Láti ọwọ́" turned the writer with the town, "Ẹ ka èyí náà:" once, a photo credit,
    the proverb of the day, a social line turned a messenger appeal and turned by four polls
    and the 2020 lockdown, the Osun Osogbo festival, Ileya, Easter and Christmas, an
    advertising line and a rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="iroyinokeogun.com.ng", site="Ìròyìn Òkè-Ògùn", base_size=95,
        subdomains=(("www.", 100),),
        sections=("iroyin", "oselu", "oro-aje", "idaraya", "asa"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={"eka": ("Ìròyìn", "Òṣèlú", "Ètò Ọrọ̀ Ajé", "Eré Ìdárayá", "Ìlera", "Àṣà")},
        families=(
            _f("eka", HEADER, 0.4, (_OLD, "{eka}")),
            _f("ojo", HEADER, 0.7, *_by_day(_yo_dated)),
            _f("onkowe", HEADER, 0.45, (_OLD, "Láti ọwọ́ {author}"),
               (YO_REDESIGN.isoformat(), "{author}, Ìbàdàn")),
            _f("ka-eyi", MIDDLE, 0.25, (_OLD, "Ẹ ka èyí náà: {other_title}")),
            _f("aworan", MIDDLE, 0.15, (_OLD, "Àwòrán: {author2}")),
            _f("owe", FOOTER, 0.2, *_by_day(_yo_proverb)),
            _f("ikede", FOOTER, 0.3, *_yo_notice()),
            _f("ipolowo", FOOTER, 0.25, (_OLD, "Fún ìpolówó ọjà, ẹ pè wá lórí 0800 000 0000")),
            _f("eto", FOOTER, 0.35, (_OLD, "© {year} Ìròyìn Òkè-Ògùn. Gbogbo ẹ̀tọ́ wà ní "
                                           "ìpamọ́.")),
            _f("atunse", HEADER, 0.04, (_OLD, "Àtúnṣe: a ti ṣàtúnṣe orúkọ ìlú tí a kọ "
                                              "tẹ́lẹ̀.")),
        ),
    )


# --- an English radio station in Kumasi ---------------------------------------------------------

GC_REDESIGN = dt.date(2017, 9, 21)  # relaunched on Founder's Day
GC_APP = dt.date(2019, 3, 6)
AKWASIDAE_FIRST = dt.date(2015, 1, 18)  # a Sunday; the festival comes round every 42 days

SHOWS = (
    "Anɔpa Nkommɔ 6–10am, Midday News 12pm, Sports Arena 4–6pm",
    "Anɔpa Nkommɔ 6–10am, Midday News 12pm, Health Line 7–8pm",
    "Anɔpa Nkommɔ 6–10am, Midday News 12pm, Farmers' Hour 5–6pm",
    "Anɔpa Nkommɔ 6–10am, Midday News 12pm, Political Platform 7–9pm",
    "Anɔpa Nkommɔ 6–10am, Midday News 12pm, Friday Highlife Party 8pm–midnight",
    "Weekend Breakfast 7–10am, Football Saturday 2–6pm, Nnwom Dɛdɛɛ 8–11pm",
    "Sunday Gospel Hour 6–9am, Asɛm Pa 10am–12pm, Sunday Sports Review 6–8pm",
)


def akwasidae(first: dt.date = AKWASIDAE_FIRST) -> list[dt.date]:
    """Every Akwasidae (a Sunday, 42 days apart) from `first` to the set's last day."""
    out, day = [], first
    while day <= LAST_DAY:
        out.append(day)
        day += dt.timedelta(days=42)
    return out


def _gc_on_air(day: dt.date) -> str:
    return (f"🎙️ On air today, {ENGLISH_WEEKDAYS[day.weekday()]} "
            f"({TWI_WEEKDAYS[day.weekday()]}): {SHOWS[day.weekday()]}")


def _gc_dated(day: dt.date) -> str:
    if day < GC_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} {{time12}}"
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year}"


def _gc_notice() -> Wordings:
    base = _steps((_OLD, "Call or WhatsApp the studio on 020 000 0000"),
                  (GC_APP.isoformat(), "📱 Download the Garden City FM app and listen "
                                       "anywhere"))
    news: list[Event] = [
        _vote("2016-12-07", "🗳️ Election 2016: results from every constituency in Ashanti",
              before=4, after=2),
        _span("2020-03-30", "2020-04-19", "🦠 Kumasi is under partial lockdown: stay home "
                                          "and keep listening"),
        _vote("2020-12-07", "🗳️ Election 2020: results from every constituency in Ashanti",
              before=4, after=2),
    ]
    festivals: list[Event] = [
        (day - dt.timedelta(days=1), day + dt.timedelta(days=1),
         "👑 Akwasidae: live from Manhyia on Sunday") for day in akwasidae()]
    feasts = _yearly("03-06", 0, 0, lambda y: f"🇬🇭 Happy {ordinal(y - 1957)} Independence "
                                              f"Day from Garden City FM")
    feasts += _yearly("12-24", 1, 2, lambda _: "🎄 Afehyia pa! Merry Christmas to all our "
                                               "listeners")
    return _calendar(base, news, festivals, feasts)


def kumasi_style() -> PublisherStyle:
    """An English radio station in Kumasi with Twi touches: a kicker, the long date with the
    time turned a short date on Founder's Day 2017 (a wording per day), "Story by:" turned
    the writer with the newsroom, "ALSO READ:" once, a photo credit, the day's programmes by
    weekday with the Twi weekday, a line that the story was first aired on a show, a social
    line turned an app and turned by two elections and the lockdown, Akwasidae every 42
    days, Independence with its count and Christmas in Twi, a listen-live line turned with a
    new platform, a phone-in line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="gardencityfm.com.gh", site="Garden City FM", base_size=80,
        subdomains=(("www.", 100),),
        sections=("news", "sports", "politics", "showbiz", "regional"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "kicker": ("News", "Sports", "Politics", "Showbiz", "Regional"),
            "show": ("Anɔpa Nkommɔ", "Midday News", "Sports Arena", "Political Platform",
                     "Farmers' Hour"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.7, *_by_day(_gc_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "Story by: {author}"),
               (GC_REDESIGN.isoformat(), "{author} | Garden City FM News")),
            _f("also-read", MIDDLE, 0.25, (_OLD, "ALSO READ: {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo: Garden City FM")),
            _f("on-air", FOOTER, 0.2, *_by_day(_gc_on_air)),
            _f("aired", FOOTER, 0.15, (_OLD, "This story was first aired on {show}.")),
            _f("notice", FOOTER, 0.3, *_gc_notice()),
            _f("listen", FOOTER, 0.3, (_OLD, "📻 Listen live on 100.0 FM in Kumasi and online"),
               ("2018-08-01", "📻 Listen live on 100.0 FM in Kumasi, online and on TuneIn")),
            _f("phone-in", FOOTER, 0.25, (_OLD, "Join the conversation: call 032 000 0000 or "
                                                "text 1400")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Garden City FM, Kumasi. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "misspelt the chief's stool name.")),
        ),
    )


# --- a Wolof and French community radio in Kaolack --------------------------------------------

SL_REDESIGN = dt.date(2018, 10, 1)
SL_WAVE = dt.date(2019, 6, 3)

# The groundnut producer price by campaign: (the campaign's opening day, campaign, CFA francs
# a kilo).
GROUNDNUT = (("2014-12-01", "2014-2015", 200), ("2015-12-01", "2015-2016", 200),
             ("2016-12-01", "2016-2017", 210), ("2017-12-04", "2017-2018", 210),
             ("2018-12-03", "2018-2019", 210), ("2019-12-02", "2019-2020", 210),
             ("2020-12-01", "2020-2021", 250))
PROGRAMMES = ("Mbay mi (agriculture)", "Wér gi yaram (santé)", "Jàngale (éducation)",
              "Ndaw ñi (jeunesse)", "Waxtaan ak imam bi (religion)", "Làmb (lutte)",
              "Sabar ak mbalax (musique)")


def _sl_programme(day: dt.date) -> str:
    return (f"📻 Tey, {WOLOF_WEEKDAYS[day.weekday()]} : xibaar yi ci wolof 7h, journal en "
            f"français 12h, {PROGRAMMES[day.weekday()]} 18h")


def _sl_groundnut() -> Wordings:
    return tuple((_OLD if i == 0 else start, f"🥜 Campagne arachidière {season} : prix au "
                                             f"producteur {price} FCFA le kilo")
                 for i, (start, season, price) in enumerate(GROUNDNUT))


def _sl_dated(day: dt.date) -> str:
    if day < SL_REDESIGN:
        return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return f"{WOLOF_WEEKDAYS[day.weekday()]} {day.day:02d}/{day.month:02d}/{day.year}"


def _sl_notice() -> Wordings:
    base = _steps((_OLD, "Dégluleen Saloum FM ci 100.0 FM"),
                  (SL_REDESIGN.isoformat(), "📲 Saloum FM ci WhatsApp : 77 000 00 00"))
    news: list[Event] = [
        _vote("2017-07-30", "🗳️ Législatives : résultats des bureaux de Kaolack en direct",
              before=3, after=2),
        _vote("2019-02-24", "🗳️ Présidentielle : résultats des bureaux de Kaolack en direct",
              before=3, after=3),
        _span("2020-03-24", "2020-06-29", "🦠 Couvre-feu : raxasleen seen loxo, lavez-vous "
                                          "les mains"),
    ]
    feasts = _feast(MAGAL, 1, 0, "🕌 Magal Touba : notre direct de Touba, Magal bu baax !")
    feasts += _feast(MAOULOUD, 1, 0, "🕌 Gamou : émission spéciale en direct de Tivaouane")
    feasts += _feast(TABASKI_SN, 1, 1, "🐑 Tabaski : Dewenati !")
    feasts += _feast(KORITE, 1, 1, "🌙 Korité : Dewenati !")
    return _calendar(base, news, feasts)


def kaolack_style() -> PublisherStyle:
    """A Wolof and French community radio in Kaolack: the French weekday and date turned the
    Wolof weekday and a slashed date in October 2018 (a wording per day), "Par" turned a
    Wolof byline, "Jàngal tamit :" once, the day's programmes by the Wolof weekday, the
    groundnut producer price by campaign, the Wolof seasons, a listening line turned a
    messenger number and turned by two votes and the 2020 curfew, the Magal, the Gamou,
    Tabaski and Korite, a mobile-money donation appeal turned with a second service, the
    network membership and a copyright line (a block), a rare transmitter notice."""
    return PublisherStyle(
        domain="saloumfm.sn", site="Saloum FM", base_size=60,
        subdomains=(("www.", 100),),
        sections=("xibaar", "agriculture", "societe", "sport"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("date", HEADER, 0.6, *_by_day(_sl_dated)),
            _f("auteur", HEADER, 0.4, (_OLD, "Par {author}, Saloum FM"),
               (SL_REDESIGN.isoformat(), "Xibaar yi, ak {author}")),
            _f("jangal", MIDDLE, 0.2, (_OLD, "Jàngal tamit : {other_title}")),
            _f("programme", FOOTER, 0.2, *_by_day(_sl_programme)),
            _f("arachide", FOOTER, 0.15, *_sl_groundnut()),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("03-01", "☀️ Noor : fortes chaleurs, buvez beaucoup d'eau"),
                ("07-01", "🌧️ Nawet : semis en cours, conseils agricoles chaque lundi à 18h"),
                ("10-15", "🌾 Lolli : récoltes et ouverture prochaine des points de collecte"))),
            _f("avis", FOOTER, 0.3, *_sl_notice()),
            _f("soutien", FOOTER, 0.2, (_OLD, "Soutenez votre radio communautaire : envoyez "
                                              "votre don par Orange Money au 77 000 00 00"),
               (SL_WAVE.isoformat(), "Soutenez votre radio communautaire : envoyez votre don "
                                     "par Orange Money ou Wave au 77 000 00 00")),
            _f("membre", FOOTER, 0.3, (_OLD, "Membre de l'Union des radios associatives et "
                                             "communautaires du Sénégal")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Saloum FM – Radio communautaire de "
                                                 "Kaolack")),
            _f("emetteur", HEADER, 0.04, (_OLD, "⚠️ Émetteur en maintenance : écoutez-nous en "
                                                "ligne jusqu'à nouvel ordre")),
        ),
    )


# --- a Bambara and French community bulletin in Segou -------------------------------------------

SG_REDESIGN = dt.date(2019, 1, 20)  # relaunched on Army Day
SG_WHATSAPP = dt.date(2019, 10, 1)

RICE_SEGOU = {2015: 330, 2016: 340, 2017: 345, 2018: 350, 2019: 345, 2020: 365}
MILLET_SEGOU = {2015: 165, 2016: 175, 2017: 190, 2018: 200, 2019: 170, 2020: 210}


def segou_prices(day: dt.date) -> tuple[int, int]:
    """Made-up prices (CFA francs a kilo) of rice and millet at Segou's Monday market in the
    week of `day`: the year's level, millet dearer before the harvest."""
    monday = latest(day, 0)
    lean = 15 if 6 <= monday.month <= 9 else 0
    y = min(max(monday.year, 2015), 2020)
    return (RICE_SEGOU[y] + 5 * hashed(monday, "malo", -3, 3),
            MILLET_SEGOU[y] + lean + 5 * hashed(monday, "nyo", -3, 3))


def _sg_market(day: dt.date) -> str:
    monday = latest(day, 0)
    rice, millet = segou_prices(day)
    return (f"🛒 Segu sugu ba, {BAMBARA_WEEKDAYS[0]} {monday.day} "
            f"{BAMBARA_MONTHS[monday.month - 1]} : malo {rice} FCFA/kg, ɲɔ {millet} FCFA/kg")


def _sg_dated(day: dt.date) -> str:
    if day < SG_REDESIGN:
        return (f"{BAMBARA_WEEKDAYS[day.weekday()]} {day.day} {BAMBARA_MONTHS[day.month - 1]} "
                f"{day.year}")
    return (f"{day.day:02d}.{day.month:02d}.{day.year} · {nko(day.day, 2)}.{nko(day.month, 2)}."
            f"{nko(day.year)} – Ségou")


def _sg_notice() -> Wordings:
    base = _steps((_OLD, "Aw ye an tugu Facebook kan"),
                  (SG_WHATSAPP.isoformat(), "📲 An ka WhatsApp : 70 00 00 00"))
    news: list[Event] = [
        _vote("2018-07-29", "🗳️ Kalata : aw ye taa aw ka kalata kɛ", before=3, after=0),
        _vote("2018-08-12", "🗳️ Kalata : aw ye taa aw ka kalata kɛ", before=3, after=0),
        _span("2020-03-26", "2020-05-08", "🦠 Aw ye aw bolo ko ni safunɛ ye"),
        _span("2020-08-19", "2020-09-05", "⚠️ Couvre-feu : an ka kunnafoniw bɛ arajo kan "
                                          "dɔrɔn"),
    ]
    feasts = _feast(TABASKI, 1, 1, "🐑 Seli ba : sanba sanba !")
    feasts += _feast(KORITE, 1, 1, "🌙 Sunkalo seli : sanba sanba !")
    feasts += _yearly("09-22", 0, 0, lambda y: f"🇲🇱 Yɛrɛmahɔrɔnya san {y - 1960}nan")
    return _calendar(base, news, feasts)


def segou_style() -> PublisherStyle:
    """A Bambara and French community bulletin in Segou: the Bambara weekday and date turned a
    dotted date also in N'Ko digits with the town on Army Day 2019 (a wording per day), a
    bilingual byline, a bilingual read-also once, the rice and millet prices at the Monday
    market, the seasons by their Bambara names, a social line turned a messenger number and
    turned by the two rounds of 2018, the 2020 hand-washing appeal and the coup's curfew, the
    two feasts' greeting and Independence with its count, a thank-you donation appeal, a
    supporter's line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="segukunnafoni.ml", site="Segu Kunnafoni", base_size=45,
        subdomains=(("", 100),),
        sections=("kunnafoniw", "sene", "kenyeya", "kalan"),
        n_authors=3, url_path="/{section}/{slug}.html",
        families=(
            _f("don", HEADER, 0.6, *_by_day(_sg_dated)),
            _f("sebennikela", HEADER, 0.4, (_OLD, "Sɛbɛnnikɛla / Auteur : {author}")),
            _f("kalan", MIDDLE, 0.2, (_OLD, "A kalan fana / Lire aussi : {other_title}")),
            _f("sugu", FOOTER, 0.2, *_by_day(_sg_market)),
            _f("waati", FOOTER, 0.15, *_seasons(
                ("03-01", "☀️ Tilema / Saison chaude : aw ye ji min kosɛbɛ"),
                ("06-15", "🌧️ Samiya / Hivernage : conseils aux cultivateurs chaque jeudi"),
                ("12-01", "🥶 Nɛnɛ / Saison froide : protégez les enfants du froid du "
                          "matin"))),
            _f("kibaru", FOOTER, 0.3, *_sg_notice()),
            _f("deme", FOOTER, 0.2, (_OLD, "Aw ni ce ! Soutenez votre bulletin par Orange Money "
                                           "au 70 00 00 00")),
            _f("appui", FOOTER, 0.25, (_OLD, "Ce bulletin paraît avec l'appui des auditeurs et "
                                             "des associations de la région de Ségou.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Segu Kunnafoni")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : le nom du village a été "
                                                    "corrigé.")),
        ),
    )


# --- a small English fact-checking desk in Abuja ---------------------------------------------

FW_REDESIGN = dt.date(2019, 4, 2)  # relaunched on International Fact-Checking Day
FW_IFCN = dt.date(2018, 7, 2)
FW_PAYSTACK = dt.date(2019, 1, 7)
FW_COVID = dt.date(2020, 3, 30)


def roundup_number(day: dt.date) -> int:
    """The number of the weekly round-up out on `day` (on Fridays)."""
    return 41 + weeks_since(day, 4)


def _fw_roundup(day: dt.date) -> str:
    friday = latest(day, 4)
    return (f"🧾 Fact-check round-up No. {roundup_number(day)}, week ending "
            f"{ENGLISH_MONTHS[friday.month - 1]} {friday.day}")


def _fw_dated(day: dt.date) -> str:
    if day < FW_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Published {day.day:02d}/{day.month:02d}/{day.year}"


def _fw_notice() -> Wordings:
    base = _steps((_OLD, "Follow @FactWatchNG on Twitter for our latest checks"),)
    news: list[Event] = [
        _vote("2019-02-23", "🗳️ Election fact-check desk: we are checking claims live",
              before=7, after=5),
        _span("2020-03-30", "2020-06-30", "🦠 Coronavirus: before you forward that voice note, "
                                          "check it with us"),
        _span("2020-10-12", "2020-10-31", "📵 #EndSARS: many videos are old or from elsewhere; "
                                          "check before you share"),
    ]
    feasts = _yearly("04-02", 0, 0, lambda _: "✅ Happy International Fact-Checking Day",
                     years=range(2017, 2021))  # first held in 2017
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Nigeria at {y - 1960}: our check of "
                                               f"the anniversary claims")
    return _calendar(base, news, feasts)


def abuja_style() -> PublisherStyle:
    """A small English fact-checking desk in Abuja: a verdict from a pool, the long date
    turned "Published" with a slashed date on International Fact-Checking Day 2019 (a
    wording per day), "Fact-checked by" turned a researcher and an editor, a related check
    once, the weekly round-up's number turning on Fridays, a methodology line, a fair-use
    line for images, a social line turned by the 2019 election desk, the pandemic and
    #EndSARS, fact-checking day and Independence with its count, a donation appeal turned
    with amounts and then an emergency appeal, a tip line, a non-partisan line turned the
    code of principles, a licence line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="factwatch.org.ng", site="FactWatch Abuja", base_size=30,
        subdomains=(("", 100),),
        sections=("fact-checks", "explainers", "health"),
        n_authors=2, url_path="/fact-check/{slug}",
        pools={"verdict": ("VERDICT: FALSE", "VERDICT: MISLEADING", "VERDICT: PARTLY FALSE",
                           "VERDICT: TRUE", "VERDICT: UNPROVEN")},
        families=(
            _f("verdict", HEADER, 0.5, (_OLD, "{verdict}")),
            _f("dated", HEADER, 0.6, *_by_day(_fw_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "Fact-checked by {author}"),
               (FW_REDESIGN.isoformat(), "Researcher: {author} | Editor: {author2}")),
            _f("related", MIDDLE, 0.2, (_OLD, "Related fact-check: {other_title}")),
            _f("roundup", FOOTER, 0.15, *_by_day(_fw_roundup)),
            _f("methodology", FOOTER, 0.3, (_OLD, "How we rate claims: read our methodology.")),
            _f("fair-use", FOOTER, 0.15, (_OLD, "Screenshots are used under fair use for the "
                                                "purpose of fact-checking.")),
            _f("notice", FOOTER, 0.3, *_fw_notice()),
            _f("donate", FOOTER, 0.25, (_OLD, "Support independent fact-checking: donate ₦2,000 "
                                              "today"),
               (FW_PAYSTACK.isoformat(), "Support independent fact-checking: give ₦2,000, "
                                         "₦5,000 or ₦10,000"),
               (FW_COVID.isoformat(), "Misinformation is spreading faster than the virus: give "
                                      "₦5,000 to keep our desk open")),
            _f("tipline", FOOTER, 0.25, (_OLD, "Seen a claim you want checked? WhatsApp 0800 "
                                               "000 0000")),
            _f("about", FOOTER, 0.25, (_OLD, "FactWatch Abuja is a non-partisan, non-profit "
                                             "newsroom."),
               (FW_IFCN.isoformat(), "FactWatch Abuja is a verified signatory of the IFCN's "
                                     "Code of Principles.")),
            _f("licence", FOOTER, 0.25, (_OLD, "Republish our fact-checks for free under "
                                               "Creative Commons BY-NC-ND 4.0.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} FactWatch Abuja")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this check was updated after a "
                                                  "reader sent us the original video.")),
        ),
    )


def heldout112_styles() -> list[PublisherStyle]:
    """The held-back-112 styles, in the order the generator hands them to publishers."""
    return [
        eko_style(), osu_style(), dakar_style(), abidjan_style(), yaounde_style(),
        kano_style(), bamako_style(), ibadan_style(), kumasi_style(), kaolack_style(),
        segou_style(), abuja_style(),
    ]
