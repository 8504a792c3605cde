"""The fifty-third held-back template set (``held-back-53``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the fifty-second
held-back set (`tests.bench.heldout_templates_52`; a fifty-fourth was being written at the
same time by another session, unseen by this one). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from the earlier
sets' modules, `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets. Every site, domain, person, telephone
number and registration number is made up.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 98.31% at 539001f (the session-start code c9dffc4:
97.87%); studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. The publishers are from regions no earlier set covered (the
Kashmir Valley, Santander, Aden, southern Puerto Rico, Guyana, San Marino, São Vicente, the
Denguélé, Manipur, Jersey, Tarawa, Liechtenstein), in a dozen languages and four scripts
(Latin, Arabic beside Latin, N'Ko beside Latin, Meitei Mayek beside Latin), some printing two
languages on one line. The families are the kinds a crawl of news and notices holds: dates
localised day by day (a database's default date string that pads one-digit days and hours
with a space, a month-first Spanish date turned one with a space before its comma, a US
month-day order on a Spanish-language site, a two-digit year, the year of a republic counted
from its foundation and turning each 3 September, numerals in Meitei Mayek and N'Ko, weekday
names of another calendar tradition, Swiss dates without leading zeros), bylines and
signatures of many shapes (a correspondent tied to a town, an editor's initials after a
slash, a Twitter handle after the name, a dateline with a space before its colon, a date
glued to a category), notices reworded in 2015-2020 (some by year, some by season, some on
the day a state became a union territory or a council changed hands), notices that follow a
calendar (votes and a five-month recount counted day by day, curfews, blockades, cyclones,
earthquakes, an island-wide power restoration counted week by week in per cent, feasts on
the Western and Islamic calendars, anniversaries with their counts and ordinals) and the
seasons (a capital that moves twice a year, a mountain road, hedge cutting, hurricanes,
green-waste rounds), amounts (a representative exchange rate, a currency that split in two
markets, a currency pegged to the euro, fuel prices through a blockade, parish rates, cover
prices), two heads of state who change every six months, rotating number-plate bans, the
article's own title and other articles' titles, tag lists, cross-post and fair-use notices,
donation appeals through mobile money, multi-line blocks, mid-body inserts (some up to two
times), bare lines, and families in only 4-5% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, carnival_tuesday, easter, ordinal
from tests.bench.heldout_calendar import election as _election
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import first_come as _first_come
from tests.bench.heldout_calendar import iso_day as _day

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies


def _timeline(base: list[tuple[str, str]], events: list[Event]) -> tuple[tuple[str, str], ...]:
    """The wordings of a notice: `base` ((first day, text), ...; the first from `_OLD`) in
    force except during `events`, which must not overlap nor hide a base rewording."""
    def base_at(day: dt.date) -> str:
        return [text for start, text in base if start <= day.isoformat()][-1]

    out = dict(base)
    previous_end = dt.date.min
    for start, end, text in sorted(events, key=lambda e: e[0]):
        assert start >= previous_end, (start, text)
        assert not any(start.isoformat() <= s < (end or dt.date.max).isoformat()
                       for s, _ in base if s != _OLD), (start, text)
        out[start.isoformat()] = text
        if end is not None:
            out[end.isoformat()] = base_at(end)
        previous_end = end or dt.date.max
    return tuple(sorted(out.items()))


_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _yearly = _PERIOD.daily, _PERIOD.yearly_since


def _seasons(*steps: tuple[str, str], years: range = range(2015, 2022)) -> list[tuple[str, str]]:
    """A notice that changes on the same days each year: `steps` ((month-day, text), ...,
    in order); the last is in force before the first year's first step."""
    out = [(_OLD, steps[-1][1])]
    for y in years:
        out += [(f"{y}-{md}", text) for md, text in steps]
    return out


def _movable(days: Callable[[int], dt.date], before: int, after: int,
             text: Callable[[int], str], years: range = YEARS) -> list[Event]:
    """A notice shown each year around a movable day (`days`: year -> day); `text` gets
    the year."""
    return [(days(y) - dt.timedelta(days=before), days(y) + dt.timedelta(days=after + 1),
             text(y)) for y in years]


def _listed(days: dict[int, str]) -> Callable[[int], dt.date]:
    """A movable day as the site's readers kept it (`days`: year -> iso day)."""
    return lambda y: _day(days[y])


def funkensonntag(y: int) -> dt.date:
    """The Alemannic bonfire Sunday: the first Sunday of Lent, 42 days before Easter."""
    return easter(y) - dt.timedelta(days=42)


def nth_weekday(y: int, month: int, weekday: int, n: int) -> dt.date:
    """The `n`th `weekday` (Monday 0) of `month` in `y` (n = -1: the last)."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def thanksgiving(y: int) -> dt.date:
    """US Thanksgiving: the fourth Thursday of November."""
    return nth_weekday(y, 11, 3, 4)


def battle_of_flowers(y: int) -> dt.date:
    """Jersey's Battle of Flowers parade: the second Thursday of August."""
    return nth_weekday(y, 8, 3, 2)


def medieval_days(y: int) -> dt.date:
    """The Friday that opens San Marino's medieval festival: the last weekend of July."""
    return nth_weekday(y, 7, 6, -1) - dt.timedelta(days=2)


def ordinal_fr(n: int) -> str:
    """`n` as a French ordinal: 1er, 2e, 56e."""
    return "1er" if n == 1 else f"{n}e"


def dotted(n: int) -> str:
    """`n` with dots between thousands (Colombian and Italian usage)."""
    return f"{n:,}".replace(",", ".")


URDU_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # the extended Arabic-Indic digits Urdu prints
MEITEI_DIGITS = "꯰꯱꯲꯳꯴꯵꯶꯷꯸꯹"
NKO_DIGITS = "߀߁߂߃߄߅߆߇߈߉"


def in_digits(value: int | str, digits: str) -> str:
    """`value` with its ASCII digits written in a script's numerals (`digits`, 0 to 9)."""
    return "".join(digits[int(c)] if c.isdigit() else c for c in str(value))


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
URDU_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
               "اکتوبر", "نومبر", "دسمبر")
URDU_WEEKDAYS = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre")
ITALIAN_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
                    "domenica")
PORTUGUESE_MONTHS = ("Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho",
                     "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro")
PORTUGUESE_WEEKDAYS_SHORT = ("Segunda", "Terça", "Quarta", "Quinta", "Sexta", "Sábado",
                             "Domingo")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
MEITEI_WEEKDAYS = ("Ningthoukaba", "Leibakpokpa", "Yumsakeisa", "Sagolsen", "Eerai",
                   "Thangja", "Nongmaijing")
GILBERTESE_MONTHS = ("Tianuari", "Beberuari", "Mati", "Eberi", "Mei", "Tune", "Turai",
                     "Aokati", "Tebetembwa", "Okitobwa", "Noembwa", "Ritembwa")
GERMAN_WEEKDAYS_SHORT = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")

# Movable days as the sites' readers kept them.
EID_FITR_IN = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-16",
               2019: "2019-06-05", 2020: "2020-05-25"}
EID_ADHA_IN = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
               2019: "2019-08-12", 2020: "2020-08-01"}
RAMADAN_YE = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
              2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_YE = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_YE = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}
PHAGWAH_GY = {2015: "2015-03-06", 2016: "2016-03-23", 2017: "2017-03-12", 2018: "2018-03-02",
              2019: "2019-03-21", 2020: "2020-03-10"}
DIWALI_GY = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
             2019: "2019-10-27", 2020: "2020-11-14"}
EID_ADHA_GY = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-22",
               2019: "2019-08-12", 2020: "2020-07-31"}
TABASKI_CI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
              2019: "2019-08-11", 2020: "2020-07-31"}
KORITE_CI = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
             2019: "2019-06-04", 2020: "2020-05-24"}
YAOSHANG = {2015: "2015-03-05", 2016: "2016-03-23", 2017: "2017-03-12", 2018: "2018-03-01",
            2019: "2019-03-20", 2020: "2020-03-09"}
BAIA_DAS_GATAS = {2015: "2015-08-28", 2016: "2016-08-19", 2017: "2017-08-11",
                  2018: "2018-08-24", 2019: "2019-08-16"}


# --- a Kashmiri English-language daily with an Urdu sister edition (Srinagar) ---------------------

KS_REDESIGN = dt.date(2018, 7, 2)  # the database date string turned "Updated: ... IST"
KS_APP = dt.date(2017, 3, 6)  # the follow line turned an app
KS_BLOCKADE = dt.date(2019, 8, 5)  # the communication blockade began
KS_UT = dt.date(2019, 10, 31)  # the state became a union territory
KS_EPAPER = dt.date(2019, 3, 4)  # the e-paper line gained a subscription price


def sql_date(day: dt.date) -> str:
    """`day` as a database's default date string prints it: "Jun  1 2019" (a one-digit day
    padded with a space)."""
    return f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.day:>2} {day.year}"


def _ks_published(day: dt.date) -> str:
    if day < KS_REDESIGN:
        return f"Publish Date: {sql_date(day)} {{sqltime}}"
    return (f"Updated: {ENGLISH_WEEKDAYS[day.weekday()][:3]}, {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.year}, {{time12}} IST")


def _ks_place(day: dt.date) -> str:
    return f"{{jagah}}, {ENGLISH_MONTHS[day.month - 1]} {day.day}:"


def _ks_urdu(day: dt.date) -> str:
    return (f"{URDU_WEEKDAYS[day.weekday()]}، {in_digits(day.day, URDU_DIGITS)} "
            f"{URDU_MONTHS[day.month - 1]} {in_digits(day.year, URDU_DIGITS)}ء")


def _ks_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Like us on Facebook and follow us on Twitter for breaking news from the "
                   "Valley"),
            (KS_APP.isoformat(), "📱 Download the Vitasta Herald app for Android and iOS")]
    news: list[Event] = [
        (dt.date(2016, 7, 9), dt.date(2016, 9, 1), "⚠️ Curfew and shutdown in the Valley: "
                                                    "follow our live updates"),
        (dt.date(2018, 11, 17), dt.date(2018, 12, 12), "🗳️ Panchayat polls 2018: phase-wise "
                                                        "voting and results"),
        (dt.date(2019, 4, 11), dt.date(2019, 5, 24), "🗳️ Lok Sabha 2019: polling in "
                                                      "Anantnag, Srinagar and Baramulla"),
        (KS_BLOCKADE, dt.date(2020, 3, 5), "📵 With internet services suspended in Kashmir, "
                                           "this website is being updated from New Delhi"),
        (dt.date(2020, 3, 22), dt.date(2020, 6, 8), "😷 COVID-19 lockdown in J&K: red zones, "
                                                     "helplines and essential services"),
        (dt.date(2020, 11, 28), dt.date(2020, 12, 23), "🗳️ DDC elections 2020: phase-wise "
                                                        "polling and results"),
    ]
    feasts = _movable(_listed(EID_FITR_IN), 0, 1, lambda _: "🌙 Eid Mubarak to all our "
                                                            "readers! عید مبارک")
    feasts += _movable(_listed(EID_ADHA_IN), 0, 1, lambda _: "🐑 Eid-ul-Adha Mubarak! عید "
                                                             "الاضحیٰ مبارک")
    return _timeline(base, _first_come(news, feasts))


def srinagar_style() -> PublisherStyle:
    """A Kashmiri English-language daily with an Urdu sister edition (Srinagar): an edition
    kicker turned "J&K (UT)" the day the state became a union territory, an Urdu switch, the
    Urdu weekday and date in Urdu digits with "ء", a database's default date string ("Publish
    Date: Jun  1 2019  9:05AM", one-digit days and hours padded with a space) turned
    "Updated: ... IST" in 2018 (wordings per day), a town and the English date with a colon,
    "Posted by:" turned "By", a desk line, "Also Read:" (turned "ALSO READ |"; up to twice),
    "Advertisement" and photo inserts with the photographer's paper initials, an opinion
    disclaimer, a follow line turned an app, the 2016 curfew, three votes, the 2019
    communication blockade, the 2020 lockdown, both Eids in English and Urdu, the
    highway's status under the mountain road's season, the Darbar Move of the secretariat
    between the summer and winter capitals, the e-paper line (with a rupee price from 2019),
    the press registration number, a copyright line naming the web vendor, a rare
    power-curtailment notice."""
    return PublisherStyle(
        domain="vitastaherald.com", site="The Vitasta Herald", base_size=900,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("kashmir", "jammu", "ladakh", "business", "sports", "opinion"),
        n_authors=8, url_path="/{section}/{slug}-{n}",
        pools={
            "kicker": ("Kashmir", "Jammu", "Ladakh", "Business", "Sports", "Opinion", "Health",
                       "Education"),
            "jagah": ("Srinagar", "Anantnag", "Baramulla", "Sopore", "Kupwara", "Pulwama",
                      "Ganderbal", "Jammu", "Budgam", "Shopian"),
            "sqltime": ("11:45PM", " 9:05AM", "10:12AM", " 1:30PM", " 7:58PM", "12:04PM",
                        " 4:26PM"),
            "desk": ("Special Correspondent", "Our Staff Reporter", "Web Desk", "News Desk",
                     "Agencies"),
            "foto": ("Javid Lone/VH", "Nasir Mir/VH", "File", "Special arrangement",
                     "Social media", "Irfan Dar/VH"),
            "nh": ("open for two-way traffic", "one-way traffic from Jammu to Srinagar",
                   "one-way traffic from Srinagar to Jammu", "closed after landslides near "
                   "Ramban"),
        },
        families=(
            _f("edition", HEADER, 0.25, (_OLD, "Jammu & Kashmir | {kicker}"),
               (KS_UT.isoformat(), "J&K (UT) | {kicker}")),
            _f("urdu", HEADER, 0.2, (_OLD, "اردو میں پڑھیں | Read in Urdu")),
            _f("urdu-date", HEADER, 0.2, *_daily(_ks_urdu)),
            _f("published", HEADER, 0.8, *_daily(_ks_published)),
            _f("place", HEADER, 0.45, *_daily(_ks_place)),
            _f("byline", HEADER, 0.5, (_OLD, "Posted by: {author}"),
               (KS_REDESIGN.isoformat(), "By {author}")),
            _f("desk", HEADER, 0.15, (_OLD, "{desk}")),
            _f("alsoread", MIDDLE, 0.35, (_OLD, "Also Read: {other_title}"),
               (KS_REDESIGN.isoformat(), "ALSO READ | {other_title}"), count=2),
            _f("advt", MIDDLE, 0.3, (_OLD, "Advertisement")),
            _f("photo", MIDDLE, 0.25, (_OLD, "—Photo: {foto}")),
            _f("disclaimer", FOOTER, 0.15,
               (_OLD, "Disclaimer: Views expressed here are the author's own; the facts and "
                "opinions in this piece do not reflect the editorial policy of The Vitasta "
                "Herald.")),
            _f("follow", FOOTER, 0.3, *_ks_follow()),
            _f("highway", FOOTER, 0.2, *_seasons(
                ("04-20", "🚗 Mughal Road open | Jammu-Srinagar NH-44: {nh}"),
                ("12-05", "❄️ Mughal Road closed for winter | Jammu-Srinagar NH-44: {nh}"))),
            _f("darbar", FOOTER, 0.12, *_seasons(
                ("05-06", "🏛️ Darbar Move: the Civil Secretariat functions from Srinagar, the "
                          "summer capital"),
                ("11-04", "🏛️ Darbar Move: the Civil Secretariat functions from Jammu, the "
                          "winter capital"))),
            _f("epaper", FOOTER, 0.2,
               (_OLD, "Read today's print edition on our e-paper: epaper.vitastaherald.com"),
               (KS_EPAPER.isoformat(), "E-paper: epaper.vitastaherald.com | Subscribe for ₹150 "
                                       "a month")),
            _f("rni", FOOTER, 0.25, (_OLD, "RNI Regn. No. JKENG/2008/25417")),
            _f("copyright", FOOTER, 0.45,
               (_OLD, "© {year} The Vitasta Herald | Designed & Developed by Koshur Web "
                "Solutions")),
            _f("powercut", HEADER, 0.04,
               (_OLD, "⚡ PDD: scheduled power curtailment in parts of Srinagar city today "
                "from 10 am to 4 pm")),
        ),
    )


# --- a Colombian regional daily (Bucaramanga, Santander) ------------------------------------------

CO_REDESIGN = dt.date(2018, 2, 12)  # the month-first date turned "21 de junio 2019 , ..."
CO_WHATSAPP = dt.date(2019, 5, 6)  # the follow line turned a WhatsApp list
CO_PAYWALL = dt.date(2019, 9, 2)  # the registration line turned a paywall
CO_QUARANTINE = (dt.date(2020, 3, 25), dt.date(2020, 9, 1))  # no plate ban: an ID-number ban
CO_DAYS_WITHOUT_VAT = (dt.date(2020, 6, 19), dt.date(2020, 7, 3), dt.date(2020, 7, 19))

# The representative market rate (TRM) of the peso the paper printed, by quarter.
CO_TRM = ((_OLD, "2.392,46"), ("2015-04-01", "2.576,05"), ("2015-07-01", "2.585,11"),
          ("2015-10-01", "3.121,47"), ("2016-01-01", "3.149,47"), ("2016-04-01", "3.022,35"),
          ("2016-07-01", "2.916,15"), ("2016-10-01", "2.880,08"), ("2017-01-01", "3.000,71"),
          ("2017-04-01", "2.880,24"), ("2017-07-01", "3.038,26"), ("2017-10-01", "2.936,67"),
          ("2018-01-01", "2.984,00"), ("2018-04-01", "2.780,47"), ("2018-07-01", "2.930,80"),
          ("2018-10-01", "2.972,18"), ("2019-01-01", "3.249,75"), ("2019-04-01", "3.174,79"),
          ("2019-07-01", "3.205,67"), ("2019-10-01", "3.462,01"), ("2020-01-01", "3.277,14"),
          ("2020-04-01", "4.064,81"), ("2020-07-01", "3.756,28"), ("2020-10-01", "3.865,47"))

CO_PLATE_PAIRS = ((1, 2), (3, 4), (5, 6), (7, 8), (9, 0))


def co_plates(day: dt.date) -> tuple[int, int] | None:
    """The plate endings banned from driving on `day` (weekdays only): the weekday's pair,
    rotated by one each half-year."""
    if day.weekday() > 4:
        return None
    half = (day.year - 2015) * 2 + (day.month > 6)
    return CO_PLATE_PAIRS[(day.weekday() + half) % 5]


def _co_dated(day: dt.date) -> str:
    month = SPANISH_MONTHS[day.month - 1]
    if day < CO_REDESIGN:
        return f"{month.capitalize()} {day.day} de {day.year} - {{hora}}"
    return f"{day.day} de {month} {day.year} , {{hora2}}"


def _co_pico(day: dt.date) -> str:
    if CO_QUARANTINE[0] <= day < CO_QUARANTINE[1]:
        return "🚗 Pico y placa suspendido en Bucaramanga: rige el pico y cédula"
    plates = co_plates(day)
    if plates is None:
        return "🚗 Hoy no hay pico y placa en Bucaramanga"
    return (f"🚗 Pico y placa hoy en Bucaramanga: placas terminadas en {plates[0]} y "
            f"{plates[1]}")


def _co_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Síganos en Facebook, Twitter e Instagram"),
            (CO_WHATSAPP.isoformat(), "📲 Reciba las noticias de Santander en su WhatsApp: "
                                      "escriba ALTA al 317 555 0123")]
    news: list[Event] = [
        _election("2015-10-25", "🗳️ Elecciones regionales 2015: resultados para Gobernación "
                                "y Alcaldía"),
        _election("2016-10-02", "🗳️ Plebiscito por la paz: así votó Santander"),
        _election("2018-03-11", "🗳️ Elecciones legislativas 2018: boletines de la "
                                "Registraduría"),
        _election("2018-05-27", "🗳️ Primera vuelta presidencial: resultados en Santander"),
        _election("2018-06-17", "🗳️ Segunda vuelta presidencial: resultados en Santander"),
        _election("2018-08-26", "🗳️ Consulta anticorrupción: ¿se superó el umbral?"),
        _election("2019-10-27", "🗳️ Elecciones regionales 2019: resultados para Gobernación "
                                "y Alcaldía"),
        (dt.date(2019, 11, 21), dt.date(2019, 11, 29), "📢 Paro nacional: así avanzan las "
                                                        "marchas en Bucaramanga"),
        (CO_QUARANTINE[0], dt.date(2020, 6, 1), "😷 Cuarentena: consulte el pico y cédula de "
                                                 "hoy en el área metropolitana"),
    ]
    news += [(day, day + dt.timedelta(days=1), "🛍️ Día sin IVA: horarios del comercio y lo "
                                               "que debe saber") for day in CO_DAYS_WITHOUT_VAT]
    feasts = _yearly(1810, "07-20", 0, 0, lambda n: f"🇨🇴 20 de Julio: {n} años del Grito de "
                                                     f"Independencia")
    feasts += _yearly(0, "09-15", 4, 4, lambda y: f"🎡 Feria Bonita {y}: programación de "
                                                   f"conciertos y desfiles")
    feasts += _yearly(0, "12-07", 0, 0, lambda _: "🕯️ ¡Feliz Noche de Velitas!")
    return _timeline(base, _first_come(news, feasts))


def bucaramanga_style() -> PublisherStyle:
    """A Colombian regional daily (Bucaramanga): a section kicker, the month-first Spanish
    date with a time in "a. m." and "p. m.", turned the day-first date with a space before
    the comma and a zero-padded time in 2018 (a wording per day), "Por:" turned the name and
    Twitter handle, the day's number-plate ban (the weekday's pair of endings, rotated each
    half-year, none at weekends, suspended during the quarantine; a wording per day), "Lea
    también:" (turned "Le puede interesar:"; up to twice), "Publicidad" and photo inserts,
    the representative exchange rate by quarter, a follow line turned a WhatsApp list, seven
    votes, the national strike, the quarantine, three days without VAT, Independence with its
    count, the city fair and the night of candles, a tag list, a registration line turned a
    paywall, a comment rule, a bilingual copyright line, a data-protection line naming the
    domain, a rare water-rationing notice."""
    return PublisherStyle(
        domain="laceibadesantander.com.co", site="La Ceiba de Santander", base_size=780,
        subdomains=(("www.", 100),),
        sections=("area-metropolitana", "santander", "judicial", "politica", "economia",
                  "deportes"),
        n_authors=7, url_path="/{section}/{n}-{slug}",
        pools={
            "seccion": ("Área Metropolitana", "Santander", "Judicial", "Política", "Economía",
                        "Deportes", "Colombia", "Vivir"),
            "hora": ("7:05 a. m.", "9:40 a. m.", "11:18 a. m.", "12:30 p. m.", "3:15 p. m.",
                     "6:52 p. m.", "10:05 p. m."),
            "hora2": ("07:05 a. m.", "09:40 a. m.", "11:18 a. m.", "12:30 p. m.",
                      "03:15 p. m.", "06:52 p. m.", "10:05 p. m."),
            "foto": ("Archivo", "Suministrada", "Colprensa", "Cortesía", "Jaime del Río",
                     "Andrea Pabón"),
            "tema": ("Bucaramanga", "Santander", "Floridablanca", "Girón", "Piedecuesta",
                     "Elecciones", "Covid-19", "Metrolínea"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_daily(_co_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por: {author}"),
               (CO_REDESIGN.isoformat(), "Por {author} - {author_handle}")),
            _f("pico", HEADER, 0.25, *_daily(_co_pico)),
            _f("lea", MIDDLE, 0.4, (_OLD, "Lea también: {other_title}"),
               (CO_REDESIGN.isoformat(), "Le puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("trm", FOOTER, 0.2,
               *((start, f"💵 Dólar TRM: ${rate}") for start, rate in CO_TRM)),
            _f("siganos", FOOTER, 0.3, *_co_follow()),
            _f("temas", FOOTER, 0.25, (_OLD, "Temas: {tema_list}")),
            _f("registro", FOOTER, 0.2,
               (_OLD, "Regístrese gratis para comentar y recibir nuestro boletín diario."),
               (CO_PAYWALL.isoformat(), "🔒 Contenido exclusivo para suscriptores digitales. "
                                        "Suscríbase desde $9.900 al mes.")),
            _f("comentarios", FOOTER, 0.15,
               (_OLD, "Los comentarios publicados son responsabilidad exclusiva de sus autores "
                "y no representan la opinión de La Ceiba de Santander.")),
            _f("derechos", FOOTER, 0.45,
               (_OLD, "© {year} La Ceiba de Santander. Se prohíbe reproducir o traducir este "
                "contenido, total o parcialmente, sin permiso escrito. Reproduction or "
                "translation without written permission is prohibited.")),
            _f("datos", FOOTER, 0.12,
               (_OLD, "Política de tratamiento de datos personales (Ley 1581 de 2012): "
                "laceibadesantander.com.co/habeas-data")),
            _f("agua", HEADER, 0.04,
               (_OLD, "💧 Racionamiento de agua: el acueducto anuncia cortes en el norte de "
                "Bucaramanga esta semana")),
        ),
    )


# --- a Yemeni Arabic news site (Aden) -------------------------------------------------------------

YE_REDESIGN = dt.date(2018, 9, 3)  # the 12-hour date turned "نُشر في:" and an ISO date
YE_LINKS = dt.date(2019, 1, 7)  # "طالع أيضاً:" turned "🔗 ذات صلة:"
YE_APP = dt.date(2019, 2, 4)  # the Facebook line turned an app
YE_SPLIT = dt.date(2020, 1, 6)  # the rate line split into Aden's and Sanaa's markets

# The market rates of the Yemeni riyal in Aden: (first day, dollar buy, dollar sell, Saudi riyal
# buy, Saudi riyal sell); then, the banknotes split, Aden's and Sanaa's dollar and Saudi riyal.
YE_RATES = ((_OLD, 214, 216, 57, 58), ("2015-04-06", 240, 245, 63, 64),
            ("2015-10-05", 250, 252, 66, 67), ("2016-04-04", 255, 258, 67, 68),
            ("2016-09-05", 305, 310, 80, 81), ("2017-01-09", 320, 323, 84, 85),
            ("2017-06-05", 370, 375, 97, 98), ("2017-11-06", 410, 415, 108, 109),
            ("2018-01-15", 480, 485, 126, 127), ("2018-04-02", 485, 490, 128, 129),
            ("2018-08-06", 560, 565, 147, 148), ("2018-09-03", 630, 640, 166, 168),
            ("2018-10-01", 750, 760, 197, 199), ("2018-11-05", 640, 650, 168, 170),
            ("2018-12-03", 520, 525, 137, 138), ("2019-03-04", 575, 580, 151, 152),
            ("2019-08-05", 590, 595, 155, 156), ("2019-11-04", 600, 605, 158, 159))
YE_SPLIT_RATES = ((YE_SPLIT.isoformat(), 640, 168, 598, 157), ("2020-04-06", 660, 173, 600, 158),
                  ("2020-07-06", 740, 194, 600, 158), ("2020-10-05", 820, 215, 600, 158),
                  ("2020-12-07", 850, 223, 601, 158))


def _ye_rates() -> tuple[tuple[str, str], ...]:
    out = [(start, f"💱 أسعار الصرف في عدن اليوم: الدولار {buy} شراء / {sell} بيع | الريال "
                   f"السعودي {sbuy} / {ssell}") for start, buy, sell, sbuy, ssell in YE_RATES]
    out += [(start, f"💱 عدن: الدولار {aden} | السعودي {aden_sar} — صنعاء: الدولار {sanaa} | "
                    f"السعودي {sanaa_sar}")
            for start, aden, aden_sar, sanaa, sanaa_sar in YE_SPLIT_RATES]
    return tuple(out)


def _ye_dated(day: dt.date) -> str:
    month = ARABIC_MONTHS[day.month - 1]
    if day < YE_REDESIGN:
        return f"{ARABIC_WEEKDAYS[day.weekday()]} {day.day:02d} {month} {day.year} - {{waqt}}"
    return f"نُشر في: {day.year}-{day.month:02d}-{day.day:02d} | {{time}}"


def _ye_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "تابعونا على صفحتنا في فيسبوك لمتابعة آخر الأخبار أولاً بأول"),
            (YE_APP.isoformat(), "📲 حمّلوا تطبيق المعلا برس على أندرويد وآيفون")]
    news: list[Event] = [
        (dt.date(2015, 11, 1), dt.date(2015, 11, 6), "🌀 إعصار تشابالا: متابعة مستمرة لسواحل "
                                                      "حضرموت وشبوة"),
        (dt.date(2017, 4, 27), dt.date(2017, 8, 1), "🦠 الكوليرا: إرشادات الوقاية وأرقام مراكز "
                                                     "العلاج في عدن"),
        (dt.date(2018, 1, 28), dt.date(2018, 2, 2), "⚠️ تغطية مستمرة: المواجهات في عدن"),
        (dt.date(2018, 5, 24), dt.date(2018, 5, 29), "🌀 إعصار ميكونو: الوضع في سقطرى"),
        (dt.date(2019, 8, 7), dt.date(2019, 8, 15), "⚠️ تغطية مستمرة: أحداث عدن"),
        (dt.date(2019, 11, 5), dt.date(2019, 11, 7), "📝 اتفاق الرياض: النص الكامل وبنوده"),
        (dt.date(2020, 4, 21), dt.date(2020, 4, 28), "🌊 سيول عدن: الأحياء المتضررة وأرقام "
                                                      "الطوارئ"),
        (dt.date(2020, 5, 4), dt.date(2020, 7, 1), "😷 كورونا في عدن: الإجراءات الاحترازية "
                                                    "وأرقام الطوارئ"),
    ]
    feasts = _yearly(1963, "10-14", 0, 0, lambda n: f"🇾🇪 الذكرى الـ{n} لثورة 14 أكتوبر "
                                                     f"المجيدة")
    feasts += _yearly(1967, "11-30", 0, 0, lambda n: f"🇾🇪 الذكرى الـ{n} لعيد الاستقلال 30 "
                                                      f"نوفمبر")
    feasts += _movable(_listed(RAMADAN_YE), 0, 2, lambda _: "🌙 رمضان كريم")
    feasts += _movable(_listed(EID_FITR_YE), 1, 2, lambda _: "🌙 عيد فطر مبارك، وكل عام وأنتم "
                                                             "بخير")
    feasts += _movable(_listed(EID_ADHA_YE), 1, 2, lambda _: "🐑 عيد أضحى مبارك")
    return _timeline(base, _first_come(news, feasts))


def aden_style() -> PublisherStyle:
    """A Yemeni Arabic news site (Aden): a section kicker, the weekday and zero-padded date
    with a 12-hour time ("صباحاً", "مساءً"), turned "نُشر في:" with an ISO date and a 24-hour
    time in 2018 (a wording per day), a town dateline naming the site in guillemets with a
    kind of report ("خاص", "متابعات"), "كتب /", "طالع أيضاً:" (turned "🔗 ذات صلة:"; up to
    twice), an advertising-space label and photo inserts, the market rates of the dollar
    and the Saudi riyal in Aden (buying and selling) through the riyal's fall, split into
    Aden's and Sanaa's markets from 2020, a source ("نقلاً عن"), a follow line turned an app,
    two cyclones, cholera, two rounds of fighting, the Riyadh agreement, the 2020 flood and
    epidemic, the 14 October and 30 November anniversaries with their counts, Ramadan and
    both Eids, a republishing rule naming the site, a send-your-news line, a copyright
    range, a rare fuel-crisis notice."""
    return PublisherStyle(
        domain="muallapress.net", site="المعلا برس", base_size=650,
        subdomains=(("www.", 100),),
        sections=("local", "aden", "reports", "politics", "economy", "sports"),
        n_authors=6, url_path="/news/{n}",
        pools={
            "qism": ("محليات", "عدن", "تقارير", "سياسة", "اقتصاد", "رياضة", "حضرموت",
                     "عربي ودولي"),
            "waqt": ("08:15 صباحاً", "10:40 صباحاً", "11:55 صباحاً", "01:05 مساءً",
                     "04:30 مساءً", "07:20 مساءً", "09:45 مساءً"),
            "madina": ("عدن", "المكلا", "تعز", "لحج", "أبين", "شبوة", "سيئون", "الضالع"),
            "naw": ("خاص", "متابعات", "تقرير"),
            "sura": ("صورة أرشيفية", "من الأرشيف", "مواقع التواصل", "المعلا برس"),
            "masdar": ("وكالة سبأ", "صحيفة الأيام", "قناة عدن المستقلة", "سكاي نيوز عربية",
                       "العربية نت", "مواقع التواصل الاجتماعي"),
        },
        families=(
            _f("qism", HEADER, 0.3, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.8, *_daily(_ye_dated)),
            _f("khas", HEADER, 0.35, (_OLD, "{madina} - «المعلا برس» - {naw}")),
            _f("kataba", HEADER, 0.4, (_OLD, "كتب / {author}")),
            _f("tala", MIDDLE, 0.35, (_OLD, "طالع أيضاً: {other_title}"),
               (YE_LINKS.isoformat(), "🔗 ذات صلة: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.25, (_OLD, "مساحة إعلانية")),
            _f("sura", MIDDLE, 0.25, (_OLD, "📷 {sura}")),
            _f("sarf", FOOTER, 0.25, *_ye_rates()),
            _f("naqlan", FOOTER, 0.15, (_OLD, "نقلاً عن: {masdar}")),
            _f("tabiouna", FOOTER, 0.3, *_ye_follow()),
            _f("tanwih", FOOTER, 0.15,
               (_OLD, "تنويه: يُسمح بإعادة نشر المواد بشرط ذكر المصدر «المعلا برس» ووضع رابط "
                "المادة")),
            _f("murasalat", FOOTER, 0.15,
               (_OLD, "لإرسال أخباركم ومشاركاتكم عبر واتساب: 00967777555012")),
            _f("huquq", FOOTER, 0.45, (_OLD, "جميع الحقوق محفوظة لـ«المعلا برس» © 2013 - {year}")),
            _f("wuqud", HEADER, 0.04,
               (_OLD, "⛽ أزمة وقود: طوابير طويلة أمام محطات البترول في عدن")),
        ),
    )


# --- a Puerto Rican Spanish-language news site (Ponce) --------------------------------------------

PR_REDESIGN = dt.date(2018, 1, 8)  # the Spanish date turned the US month/day/year order
PR_DONATE = dt.date(2018, 3, 5)  # the advertising line turned a donation appeal
PR_LINKS = dt.date(2019, 3, 4)  # "Lee también:" turned "También te puede interesar:"
PR_BYLINE = dt.date(2019, 3, 4)  # the byline gained the site's name
PR_FOLLOW = dt.date(2018, 10, 1)  # the follow line turned a WhatsApp list
PR_IRMA = (dt.date(2017, 9, 5), dt.date(2017, 9, 9))
PR_MARIA_WARNING = dt.date(2017, 9, 18)
PR_MARIA = dt.date(2017, 9, 20)
PR_RESTORED = dt.date(2018, 8, 14)  # the power authority declared service restored
PR_BLACKOUT = (dt.date(2018, 4, 18), dt.date(2018, 4, 20))  # an island-wide blackout
PR_QUAKES = (dt.date(2020, 1, 6), dt.date(2020, 2, 16))

# Customers with power after Hurricane María, in per cent, on some Mondays (linear between).
PR_POWER = ((dt.date(2017, 9, 18), 0), (dt.date(2017, 10, 2), 8), (dt.date(2017, 10, 16), 15),
            (dt.date(2017, 10, 30), 30), (dt.date(2017, 11, 13), 45),
            (dt.date(2017, 11, 27), 57), (dt.date(2017, 12, 11), 65), (dt.date(2018, 1, 8), 72),
            (dt.date(2018, 2, 5), 82), (dt.date(2018, 3, 5), 89), (dt.date(2018, 4, 2), 94),
            (dt.date(2018, 5, 7), 97), (dt.date(2018, 6, 4), 99), (dt.date(2018, 8, 13), 99))


def pr_power(day: dt.date) -> int:
    """The share of customers with power the site printed in the week of `day` (updated each
    Monday), between María and the restoration."""
    monday = day - dt.timedelta(days=day.weekday())
    for (d0, p0), (d1, p1) in zip(PR_POWER, PR_POWER[1:], strict=False):
        if d0 <= monday < d1:
            return p0 + (p1 - p0) * (monday - d0).days // (d1 - d0).days
    return PR_POWER[-1][1]


def _pr_dated(day: dt.date) -> str:
    if day < PR_REDESIGN:
        return (f"{SPANISH_WEEKDAYS[day.weekday()]}, {day.day} de {SPANISH_MONTHS[day.month - 1]} "
                f"de {day.year} - {{time12}}")
    return f"Publicado: {day.month:02d}/{day.day:02d}/{day.year} {{time12}}"


def _pr_energy(day: dt.date) -> str:
    if PR_IRMA[0] <= day < PR_IRMA[1]:
        return "🌀 Huracán Irma: refugios abiertos en Ponce y la zona sur"
    if PR_MARIA_WARNING <= day < PR_MARIA:
        return "🌀 Huracán María: aviso de huracán para todo Puerto Rico"
    if PR_BLACKOUT[0] <= day < PR_BLACKOUT[1]:
        return "⚡ Apagón general: toda la isla sin servicio eléctrico"
    if PR_MARIA <= day < PR_RESTORED:
        return f"⚡ Clientes de la AEE con servicio eléctrico: {pr_power(day)}%"
    if PR_RESTORED <= day < PR_RESTORED + dt.timedelta(days=14):
        return ("⚡ La AEE da por restablecido el servicio en toda la isla, 11 meses después de "
                "María")
    if PR_QUAKES[0] <= day < PR_QUAKES[1]:
        return "🌎 Terremotos en el sur: refugios, inspección de estructuras y ayuda en Ponce"
    if (6, 1) <= (day.month, day.day) < (12, 1):
        return "🌀 Temporada de huracanes: ten listo tu plan familiar, agua y radio de baterías"
    return "📻 Escucha nuestro resumen de noticias del sur, de lunes a viernes a las 6:00 PM"


def _pr_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Síguenos en Facebook e Instagram"),
            (PR_FOLLOW.isoformat(), "📲 Recibe nuestras noticias por WhatsApp: envía 'Sur' al "
                                    "787-555-0199")]
    news: list[Event] = [
        _election("2016-11-08", "🗳️ Elecciones generales 2016: resultados en Ponce"),
        _election("2017-06-11", "🗳️ Plebiscito de estatus 2017: dónde votar"),
        (dt.date(2019, 7, 13), dt.date(2019, 7, 25), "📢 Verano del 19: cobertura de las "
                                                      "manifestaciones frente a La Fortaleza"),
        (dt.date(2020, 3, 15), dt.date(2020, 7, 1), "😷 Toque de queda: horarios y excepciones "
                                                     "en Puerto Rico"),
        (dt.date(2020, 8, 3), dt.date(2020, 8, 17), "🗳️ Primarias 2020: centros de votación "
                                                     "en el sur y reanudación del proceso"),
        _election("2020-11-03", "🗳️ Elecciones generales 2020: resultados en Ponce"),
    ]
    feasts = _yearly(0, "01-06", 0, 0, lambda _: "👑 ¡Feliz Día de Reyes!")
    feasts += _movable(carnival_tuesday, 5, 0, lambda y: f"🎭 Carnaval Ponceño {y}: desfiles "
                                                         f"y vejigantes")
    feasts += _movable(thanksgiving, 0, 0, lambda _: "🦃 ¡Feliz Día de Acción de Gracias!")
    feasts += _yearly(1868, "09-23", 0, 0, lambda n: f"🇵🇷 Grito de Lares: {n} años")
    return _timeline(base, _first_come(news, feasts))


def ponce_style() -> PublisherStyle:
    """A Puerto Rican Spanish-language news site (Ponce): a language switch, the Spanish
    weekday and date with a 12-hour "AM"/"PM" time, turned "Publicado:" with the US
    month/day/year order in 2018 (a wording per day), an "updated ... ago" line, "Por"
    gaining the site's name, a header line by season (the hurricane season, a radio
    bulletin) broken by two hurricanes, the share of the power authority's customers with
    power week by week from María to the restoration, an island-wide blackout and the 2020
    earthquakes (a wording per day), "Lee también:" (turned "También te puede interesar:";
    up to twice), "Anuncio" and photo inserts in parentheses, a follow line turned a
    WhatsApp list, two votes, a plebiscite, the 2019 protests, the curfew, the primaries,
    the Three Kings, the carnival, Thanksgiving and the Grito de Lares with its count, an
    advertising line turned a donation appeal through a local mobile payment, a corrections
    line, a site line naming the publisher, an English-version line, a rare swell
    warning."""
    return PublisherStyle(
        domain="surenoaldia.com", site="Sureño al Día", base_size=520,
        subdomains=(("www.", 100),),
        sections=("ponce", "la-isla", "gobierno", "deportes", "entretenimiento", "opinion"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "hace": ("2 horas", "3 horas", "5 horas", "9 horas", "1 día", "2 días"),
            "foto": ("Archivo", "Cortesía", "Xavier Rosado", "Marta Quiñones", "Facebook",
                     "Suministrada"),
        },
        families=(
            _f("idioma", HEADER, 0.15, (_OLD, "Español | English")),
            _f("fecha", HEADER, 0.8, *_daily(_pr_dated)),
            _f("actualizado", HEADER, 0.25, (_OLD, "Actualizado hace {hace}")),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (PR_BYLINE.isoformat(), "Por {author} / Sureño al Día")),
            _f("energia", HEADER, 0.3, *_daily(_pr_energy)),
            _f("lee", MIDDLE, 0.35, (_OLD, "Lee también: {other_title}"),
               (PR_LINKS.isoformat(), "También te puede interesar: {other_title}"), count=2),
            _f("anuncio", MIDDLE, 0.3, (_OLD, "Anuncio")),
            _f("foto", MIDDLE, 0.25, (_OLD, "(Foto: {foto})")),
            _f("siguenos", FOOTER, 0.3, *_pr_follow()),
            _f("donar", FOOTER, 0.2,
               (_OLD, "Anúnciate con nosotros: ventas@surenoaldia.com | 787-555-0123"),
               (PR_DONATE.isoformat(), "Apoya el periodismo del sur: haz tu aportación por ATH "
                                       "Móvil a /SurenoAlDia o por PayPal.")),
            _f("correcciones", FOOTER, 0.12,
               (_OLD, "¿Encontraste un error? Escríbenos a correcciones@surenoaldia.com")),
            _f("derechos", FOOTER, 0.45,
               (_OLD, "Sureño al Día © {year} | Ponce, Puerto Rico | Una publicación de Medios "
                "del Sur, LLC")),
            _f("english", FOOTER, 0.1, (_OLD, "🇺🇸 Read this story in English")),
            _f("marejadas", HEADER, 0.04,
               (_OLD, "🌊 Aviso de marejadas para la costa sur hasta las 6:00 PM del sábado")),
        ),
    )


# --- a Guyanese English-language daily (Georgetown) -----------------------------------------------

GY_TIPS = dt.date(2018, 5, 7)  # the tip line moved to WhatsApp; the follow line to an app
GY_LINKS = dt.date(2019, 6, 3)  # "SEE ALSO:" turned "► Related:"
GY_BYLINE = dt.date(2017, 9, 4)  # "By" turned "Written by"
GY_PRICE = dt.date(2019, 1, 7)
GY_RECOUNT = (dt.date(2020, 5, 6), dt.date(2020, 6, 9))  # the national recount's days


def _gy_dated(day: dt.date) -> str:
    return f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.day}, {day.year} {{kategory}}"


def _gy_notice() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Like us on Facebook and follow us on Twitter for breaking news"),
            (GY_TIPS.isoformat(), "📲 Get the Demerara Beacon app for breaking news and the "
                                  "e-paper")]
    news: list[Event] = [
        _election("2015-05-11", "🗳️ Elections 2015: results as GECOM declares them",
                  before=3),
        _election("2016-03-18", "🗳️ Local Government Elections 2016: results by NDC"),
        _election("2018-11-12", "🗳️ Local Government Elections 2018: results by NDC",
                  before=3),
        (dt.date(2018, 12, 21), dt.date(2018, 12, 28), "🏛️ No-confidence motion: the vote "
                                                        "and what follows"),
        (dt.date(2019, 12, 20), dt.date(2019, 12, 27), "🛢️ First oil: the Liza field begins "
                                                        "production"),
        (dt.date(2020, 2, 25), GY_RECOUNT[0], "🗳️ Elections 2020: follow our coverage of the "
                                              "polls and the Region Four count"),
        (GY_RECOUNT[1], dt.date(2020, 8, 3), "⚖️ Elections 2020: the court challenges and "
                                             "the declaration"),
        (dt.date(2020, 8, 3), dt.date(2020, 8, 10), "🇬🇾 GECOM declares the final results of "
                                                     "the 2020 elections"),
    ]
    day, k = GY_RECOUNT[0], 1
    while day < GY_RECOUNT[1]:
        news.append((day, day + dt.timedelta(days=1), f"🗳️ National recount, Day {k}: follow "
                                                      f"the count at the Arthur Chung "
                                                      f"Conference Centre"))
        day, k = day + dt.timedelta(days=1), k + 1
    feasts = _yearly(1970, "02-23", 0, 0, lambda n: f"🇬🇾 Happy Mashramani! {ordinal(n)} "
                                                     f"Republic Anniversary")
    feasts += _yearly(1966, "05-26", 0, 0, lambda n: f"🇬🇾 Happy {ordinal(n)} Independence "
                                                      f"Anniversary!")
    feasts += _yearly(1838, "08-01", 0, 0, lambda n: f"✊🏾 Emancipation Day: {n} years")
    feasts += _yearly(1838, "05-05", 0, 0, lambda n: f"🪷 Arrival Day: {n} years since the "
                                                      f"first indentured labourers from India")
    feasts += _movable(_listed(PHAGWAH_GY), 0, 0, lambda _: "🎨 Happy Phagwah!")
    feasts += _movable(_listed(DIWALI_GY), 0, 0, lambda _: "🪔 Happy Diwali!")
    feasts += _movable(_listed(EID_ADHA_GY), 0, 0, lambda _: "🌙 Eid ul-Adha Mubarak!")
    return _timeline(base, _first_come(news, feasts))


def georgetown_style() -> PublisherStyle:
    """A Guyanese English-language daily (Georgetown): the abbreviated date glued to a
    category without a separator ("Jun 21, 2019 News"; a wording per day), "By" turned
    "Written by", "SEE ALSO:" (turned "► Related:"; up to twice), photo credits in
    parentheses and "ADVERTISEMENT" inserts, a follow line turned an app, three votes, the
    no-confidence motion, first oil, the 2020 elections with the national recount counted
    day by day, the court challenges and the declaration, Mashramani and Independence with
    their ordinals, Emancipation and Arrival Day with their counts, Phagwah, Diwali and Eid,
    a news-tip line moved to WhatsApp, a letters disclaimer, the cambio rates, the cover
    prices that rose in 2019, a copyright line with the street address, a rare flood
    alert."""
    return PublisherStyle(
        domain="demerarabeacon.gy", site="The Demerara Beacon", base_size=430,
        subdomains=(("www.", 100),),
        sections=("news", "features", "sports", "letters", "business", "regional"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kategory": ("News", "Features", "Sports", "Letters", "Business", "Regional",
                         "Editorial", "Court"),
            "foto": ("DPI", "GINA", "File", "Kwame Lashley", "Beacon"),
            "gbuy": ("204", "205", "206", "207"),
            "gsell": ("212", "213", "214", "215"),
        },
        families=(
            _f("date", HEADER, 0.8, *_daily(_gy_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (GY_BYLINE.isoformat(), "Written by {author}")),
            _f("seealso", MIDDLE, 0.35, (_OLD, "SEE ALSO: {other_title}"),
               (GY_LINKS.isoformat(), "► Related: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "({foto} photo)")),
            _f("ad", MIDDLE, 0.2, (_OLD, "ADVERTISEMENT")),
            _f("notice", FOOTER, 0.3, *_gy_notice()),
            _f("tips", FOOTER, 0.2,
               (_OLD, "Got a story? Call our newsroom on 225-5012 or 227-0123"),
               (GY_TIPS.isoformat(), "Got a story? WhatsApp our newsroom on +592 655 0123")),
            _f("letters", FOOTER, 0.15,
               (_OLD, "Letters may be edited for length and clarity. The views expressed are "
                "the writer's and not necessarily those of this newspaper.")),
            _f("cambio", FOOTER, 0.2,
               (_OLD, "Cambio rates today: US$1 = G${gbuy} buying / G${gsell} selling")),
            _f("print", FOOTER, 0.15, (_OLD, "Daily edition G$100 | Sunday edition G$200"),
               (GY_PRICE.isoformat(), "Daily edition G$120 | Sunday edition G$220")),
            _f("copyright", FOOTER, 0.45,
               (_OLD, "© {year} The Demerara Beacon Inc. | Lot 12 Robb Street, Lacytown, "
                "Georgetown")),
            _f("flood", HEADER, 0.04,
               (_OLD, "⚠️ Flood alert: the Civil Defence Commission warns residents of the "
                "East Coast Demerara")),
        ),
    )


# --- a San Marino Italian-language news site (Città di San Marino) --------------------------------

SM_REDESIGN = dt.date(2017, 10, 2)  # the long Italian date turned "21 Giu 2019 | 10:45"
SM_LINKS = dt.date(2019, 4, 1)  # "LEGGI ANCHE:" turned "👉 Leggi anche ➜"
SM_FOLLOW = dt.date(2018, 2, 12)  # the follow line turned a Telegram channel
SM_COOKIE = dt.date(2015, 6, 2)  # the cookie banner
SM_GDPR = dt.date(2018, 5, 25)  # the banner cited the GDPR
SM_DIRECTOR = dt.date(2018, 1, 8)  # a new editor-in-chief

# The Captains Regent, who change each 1 April and 1 October (the names are made up).
SM_REGENTS = (
    ("2014-10-01", "Marco Gasperoni", "Lucia Bollini"),
    ("2015-04-01", "Paolo Ceccoli", "Giorgio Michelotti"),
    ("2015-10-01", "Elena Tamagnini", "Davide Righi"),
    ("2016-04-01", "Roberto Guidi", "Sara Montanari"),
    ("2016-10-01", "Luca Stolfi", "Anna Maria Casali"),
    ("2017-04-01", "Fabrizio Bucci", "Ilaria Della Balda"),
    ("2017-10-01", "Gabriele Morri", "Silvia Lonfernini"),
    ("2018-04-01", "Matteo Venturini", "Paola Crescentini"),
    ("2018-10-01", "Giovanni Forcellini", "Monica Bevitori"),
    ("2019-04-01", "Alberto Mularoni", "Francesca Zonzini"),
    ("2019-10-01", "Stefano Canti", "Manuela Gennari"),
    ("2020-04-01", "Andrea Tonnini", "Giulia Reffi"),
    ("2020-10-01", "Nicola Valentini", "Elisa Selva"),
)


def dfr(day: dt.date) -> int:
    """The year "dalla Fondazione della Repubblica" (301) on `day`, turning each 3 September,
    the feast of the foundation: 2019/1718 until 2 September 2019, 2019/1719 from the 3rd."""
    return day.year - 300 if (day.month, day.day) >= (9, 3) else day.year - 301


def _it_day(day: dt.date) -> str:
    return "1°" if day.day == 1 else str(day.day)


def _sm_dated(day: dt.date) -> str:
    month = ITALIAN_MONTHS[day.month - 1]
    if day < SM_REDESIGN:
        return f"{ITALIAN_WEEKDAYS[day.weekday()].capitalize()} {_it_day(day)} {month} {day.year}"
    return f"{day.day} {month[:3].capitalize()} {day.year} | {{time}}"


def _sm_communique(day: dt.date) -> str:
    return (f"COMUNICATO STAMPA — San Marino, {_it_day(day)} {ITALIAN_MONTHS[day.month - 1]} "
            f"{day.year}/{dfr(day)} d.F.R.")


def _sm_regency() -> tuple[tuple[str, str], ...]:
    out = []
    for i, (start, first, second) in enumerate(SM_REGENTS):
        begin = dt.date.fromisoformat(start)
        end_month = 10 if begin.month == 4 else 4
        end_year = begin.year + (begin.month == 10)
        text = (f"🏛️ Reggenza 1° {ITALIAN_MONTHS[begin.month - 1]} {begin.year} – 1° "
                f"{ITALIAN_MONTHS[end_month - 1]} {end_year}: Ecc.mi Capitani Reggenti {first} "
                f"e {second}")
        out.append((_OLD if i == 0 else start, text))
    return tuple(out)


def _sm_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Seguici su Facebook e Twitter"),
            (SM_FOLLOW.isoformat(), "📲 Iscriviti al nostro canale Telegram per ricevere le "
                                    "notizie dal Titano")]
    news: list[Event] = [
        _election("2016-11-20", "🗳️ Elezioni politiche 2016: risultati e seggi"),
        _election("2016-12-04", "🗳️ Ballottaggio 2016: i risultati"),
        _election("2019-12-08", "🗳️ Elezioni politiche 2019: risultati e preferenze"),
        (dt.date(2020, 3, 14), dt.date(2020, 5, 5), "😷 Coronavirus: tutti i decreti e i "
                                                     "numeri utili dell'ISS"),
    ]
    feasts = _yearly(1740, "02-05", 0, 0, lambda n: f"🎺 Festa di Sant'Agata: {n} anni dalla "
                                                     f"liberazione della Repubblica")
    feasts += _yearly(1906, "03-25", 0, 0, lambda n: f"🏛️ Anniversario dell'Arengo: {n} anni")
    feasts += _yearly(0, "04-01", 0, 0, lambda _: "🎖️ Oggi l'insediamento dei nuovi Capitani "
                                                  "Reggenti: la cerimonia in diretta")
    feasts += _yearly(0, "10-01", 0, 0, lambda _: "🎖️ Oggi l'insediamento dei nuovi Capitani "
                                                  "Reggenti: la cerimonia in diretta")
    feasts += _yearly(301, "09-03", 0, 0, lambda n: f"🇸🇲 Buona Festa di San Marino! {n}° "
                                                     f"anniversario della Fondazione")
    feasts += _movable(medieval_days, 0, 2, lambda y: f"🏰 Giornate Medioevali {y}: il "
                                                      f"programma", years=range(2015, 2020))
    return _timeline(base, _first_come(news, feasts))


def sanmarino_style() -> PublisherStyle:
    """A San Marino Italian-language news site: the capitalised Italian weekday and date
    ("1°" on the first of the month), turned an abbreviated month and a time in 2017 (a
    wording per day), a press-communiqué line with the date and the year since the
    foundation of the Republic ("2019/1719 d.F.R."; a wording per day), the semester's two
    Captains Regent (new each 1 April and 1 October), "di" turned "A cura di", a source
    line, "LEGGI ANCHE:" (turned "👉 Leggi anche ➜"; up to twice), "– Pubblicità –" and
    "Ph." photo credits, a follow line turned a Telegram channel, three votes, the 2020
    decrees, Sant'Agata and the Arengo with their counts, the two investitures, the
    foundation's feast with its count and the medieval days, a privacy line turned a cookie
    banner and then a GDPR notice, the registration, the editor-in-chief (changed in 2018)
    and the copyright line with the economic-operator code as a block, a rare snow
    notice."""
    return PublisherStyle(
        domain="vocedeltitano.sm", site="La Voce del Titano", base_size=360,
        subdomains=(("www.", 100),),
        sections=("politica", "cronaca", "economia", "sport", "cultura", "esteri"),
        n_authors=5, url_path="/{section}/{slug}-{n}.html",
        pools={
            "fonte": ("Segreteria di Stato per gli Affari Esteri", "Ufficio Stampa Consiglio "
                      "Grande e Generale", "Gendarmeria", "ISS", "Comitato Olimpico "
                      "Sammarinese", "Segreteria Istituzionale"),
            "foto": ("Segreteria Istituzionale", "Archivio", "CONS", "Ufficio Stampa",
                     "Giorgio Bollini"),
        },
        families=(
            _f("data", HEADER, 0.75, *_daily(_sm_dated)),
            _f("comunicato", HEADER, 0.2, *_daily(_sm_communique)),
            _f("reggenza", HEADER, 0.15, *_sm_regency()),
            _f("autore", HEADER, 0.5, (_OLD, "di {author}"),
               (SM_REDESIGN.isoformat(), "A cura di {author}")),
            _f("fonte", HEADER, 0.2, (_OLD, "Fonte: {fonte}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "LEGGI ANCHE: {other_title}"),
               (SM_LINKS.isoformat(), "👉 Leggi anche ➜ {other_title}"), count=2),
            _f("pubblicita", MIDDLE, 0.25, (_OLD, "– Pubblicità –")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Ph. {foto}")),
            _f("seguici", FOOTER, 0.3, *_sm_follow()),
            _f("cookie", FOOTER, 0.15, (_OLD, "Privacy | Note legali | Contatti"),
               (SM_COOKIE.isoformat(), "Questo sito utilizza cookie tecnici e di terze parti. "
                                       "Proseguendo nella navigazione acconsenti al loro "
                                       "utilizzo."),
               (SM_GDPR.isoformat(), "Utilizziamo i cookie per migliorare la tua esperienza. "
                                     "Informativa ai sensi del Regolamento (UE) 2016/679.")),
            _f("registrazione", FOOTER, 0.25,
               (_OLD, "Registrazione Segreteria di Stato Affari Interni n. 47/2011")),
            _f("direttore", FOOTER, 0.25, (_OLD, "Direttore responsabile: Marcello Ugolini"),
               (SM_DIRECTOR.isoformat(), "Direttore responsabile: Chiara Giardi")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© {year} La Voce del Titano – Repubblica di San Marino – COE SM 21437")),
            _f("neve", HEADER, 0.04,
               (_OLD, "❄️ Neve sul Titano: obbligo di catene o pneumatici invernali sulla "
                "Superstrada")),
        ),
    )


# --- a Cape Verdean Portuguese-language news site with Kriolu lines (Mindelo) ---------------------

CV_REDESIGN = dt.date(2018, 4, 2)  # "Publicado em 21/06/2019, às 10h45" turned a short weekday
CV_FOLLOW = dt.date(2017, 5, 8)  # the Facebook line turned a WhatsApp group
CV_BYLINE = dt.date(2018, 4, 2)  # "Por" turned "Reportagem de"
CV_PEG = "110,265"  # escudos per euro, fixed since 1998

# The euro's value in dollars by quarter, from which the site's dollar rate follows the peg.
CV_EURUSD = ((_OLD, 1.13), ("2015-04-01", 1.10), ("2015-07-01", 1.11), ("2015-10-01", 1.09),
             ("2016-01-01", 1.11), ("2016-10-03", 1.06), ("2017-04-03", 1.10),
             ("2017-07-03", 1.17), ("2018-01-01", 1.23), ("2018-07-02", 1.16),
             ("2019-01-01", 1.12), ("2020-01-01", 1.10), ("2020-07-01", 1.18),
             ("2020-10-01", 1.19))


def cv_usd(eurusd: float) -> str:
    """Escudos per dollar at the peg, as the site prints it: "97,58"."""
    return f"{110.265 / eurusd:.2f}".replace(".", ",")


def _cv_dated(day: dt.date) -> str:
    if day < CV_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year}, às {{hora}}"
    return (f"{PORTUGUESE_WEEKDAYS_SHORT[day.weekday()]}, {day.day} "
            f"{PORTUGUESE_MONTHS[day.month - 1]} {day.year} {{time}}")


def _cv_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Siga-nos no Facebook"),
            (CV_FOLLOW.isoformat(), "📲 Receba as notícias de Cabo Verde no telemóvel: junte-se "
                                    "ao nosso grupo de WhatsApp")]
    news: list[Event] = [
        _election("2016-03-20", "🗳️ Legislativas 2016: resultados por círculo eleitoral"),
        _election("2016-09-04", "🗳️ Autárquicas 2016: resultados por município"),
        _election("2016-10-02", "🗳️ Presidenciais 2016: resultados"),
        (dt.date(2020, 3, 28), dt.date(2020, 5, 30), "😷 Estado de emergência: as medidas em "
                                                      "vigor em São Vicente"),
        _election("2020-10-25", "🗳️ Autárquicas 2020: resultados por município"),
    ]
    feasts = _movable(carnival_tuesday, 3, 0, lambda y: f"🎭 Carnaval do Mindelo {y}: os "
                                                        f"grupos e o desfile")
    feasts += _yearly(1975, "07-05", 0, 0, lambda n: f"🇨🇻 5 de Julho: {n} anos de "
                                                      f"Independência Nacional")
    feasts += _yearly(0, "06-24", 0, 0, lambda _: "🥁 Kola San Jon! Bom São João a todos")
    feasts += _movable(_listed(BAIA_DAS_GATAS), 0, 2, lambda y: f"🎶 Festival da Baía das "
                                                                f"Gatas {y}",
                       years=range(2015, 2020))
    feasts += _yearly(1973, "01-20", 0, 0, lambda n: f"🕊️ Dia dos Heróis Nacionais: {n} anos "
                                                      f"sem Amílcar Cabral")
    return _timeline(base, _first_come(news, feasts))


def mindelo_style() -> PublisherStyle:
    """A Cape Verdean Portuguese-language news site with Kriolu lines (Mindelo): a Kriolu
    greeting naming the site, an island kicker, "Publicado em" with a numeric date and a
    time written "10h45", turned a short weekday without "-feira" and the capitalised month
    in 2018 (a wording per day), "Por" turned "Reportagem de", "LEIA MAIS >>" (up to twice),
    "Publicidade" and "Fotografia:" inserts, a Kriolu thank-you, the escudo's euro peg with
    the dollar rate that follows it by quarter, a follow line turned a WhatsApp group, four
    votes, the 2020 emergency, the Mindelo carnival, Independence and Heroes' Day with
    their counts, São João and the Baía das Gatas festival, a comment rule, a rights line
    that allows reproduction with credit, a rare dust-haze notice."""
    return PublisherStyle(
        domain="ventodemontecara.cv", site="Vento de Monte Cara", base_size=300,
        subdomains=(("www.", 100),),
        sections=("sociedade", "politica", "economia", "cultura", "desporto", "diaspora"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "ilha": ("São Vicente", "Santo Antão", "Santiago", "Sal", "Boa Vista", "Fogo",
                     "São Nicolau", "Brava", "Maio", "Diáspora"),
            "hora": ("8h15", "9h40", "10h45", "12h05", "14h30", "16h20", "18h50", "21h10"),
            "foto": ("Arquivo", "Inforpress", "Vento de Monte Cara", "Câmara Municipal de São "
                     "Vicente", "Facebook"),
        },
        families=(
            _f("mantenha", HEADER, 0.1, (_OLD, "Mantenha! Bem-vindo ao Vento de Monte Cara")),
            _f("ilha", HEADER, 0.3, (_OLD, "{ilha}")),
            _f("data", HEADER, 0.75, *_daily(_cv_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (CV_BYLINE.isoformat(), "Reportagem de {author}")),
            _f("leia", MIDDLE, 0.35, (_OLD, "LEIA MAIS >> {other_title}"), count=2),
            _f("pub", MIDDLE, 0.25, (_OLD, "Publicidade")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Fotografia: {foto}")),
            _f("kriolu", FOOTER, 0.2, (_OLD, "Obrigadu pa bu leitura! Partilha ku bus amigu.")),
            _f("cambio", FOOTER, 0.2,
               *((start, f"💶 Câmbio: 1 EUR = {CV_PEG} CVE | 1 USD = {cv_usd(rate)} CVE")
                 for start, rate in CV_EURUSD)),
            _f("siga", FOOTER, 0.3, *_cv_follow()),
            _f("comentarios", FOOTER, 0.15,
               (_OLD, "Os comentários publicados são da inteira responsabilidade dos seus "
                "autores.")),
            _f("direitos", FOOTER, 0.45,
               (_OLD, "© {year} Vento de Monte Cara – Mindelo, São Vicente. A reprodução é "
                "permitida desde que citada a fonte.")),
            _f("bruma", HEADER, 0.04,
               (_OLD, "🌫️ Bruma seca: voos inter-ilhas cancelados no Aeroporto Internacional "
                "Cesária Évora")),
        ),
    )


# --- an Ivorian French-language news site with N'Ko lines (Odienné, Denguélé) ---------------------

CI_REDESIGN = dt.date(2017, 10, 2)  # "21/06/19 à 10:45" turned "Mis en ligne le ... GMT"
CI_FOLLOW = dt.date(2018, 3, 5)  # the follow line turned a WhatsApp list
CI_DONATE = dt.date(2019, 9, 2)  # the advertising line turned a mobile-money appeal


def _ci_dated(day: dt.date) -> str:
    if day < CI_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d} à {{time}}"
    first = "1er" if day.day == 1 else str(day.day)
    return f"Mis en ligne le {first} {FRENCH_MONTHS[day.month - 1]} {day.year} | {{time}} GMT"


def _ci_nko(day: dt.date) -> str:
    return (f"ߒߞߏ | {in_digits(day.day, NKO_DIGITS)}.{in_digits(day.month, NKO_DIGITS)}."
            f"{in_digits(day.year, NKO_DIGITS)}")


def _ci_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Suivez-nous sur Facebook et Twitter"),
            (CI_FOLLOW.isoformat(), "📲 Recevez nos informations sur WhatsApp : écrivez « INFO » "
                                    "au 07 55 01 23")]
    news: list[Event] = [
        (dt.date(2015, 2, 8), dt.date(2015, 2, 15), "🏆 CAN 2015 : les Éléphants champions "
                                                     "d'Afrique !"),
        _election("2015-10-25", "🗳️ Présidentielle 2015 : les résultats dans le Denguélé"),
        _election("2016-10-30", "🗳️ Référendum constitutionnel : où voter à Odienné"),
        _election("2016-12-18", "🗳️ Législatives 2016 : les résultats par circonscription"),
        (dt.date(2017, 1, 6), dt.date(2017, 1, 14), "⚠️ Mutineries : la situation dans les "
                                                     "casernes du pays"),
        (dt.date(2017, 5, 12), dt.date(2017, 5, 17), "⚠️ Mutineries : la situation heure par "
                                                      "heure"),
        _election("2018-10-13", "🗳️ Municipales et régionales 2018 : les résultats"),
        (dt.date(2020, 3, 23), dt.date(2020, 5, 15), "😷 Covid-19 : couvre-feu de 21h à 5h et "
                                                      "mesures barrières"),
        _election("2020-10-31", "🗳️ Présidentielle 2020 : les résultats dans le Denguélé"),
    ]
    feasts = _yearly(1960, "08-07", 0, 0, lambda n: f"🇨🇮 7 août : {ordinal_fr(n)} anniversaire "
                                                     f"de l'indépendance")
    feasts += _movable(_listed(TABASKI_CI), 0, 1, lambda _: "🐑 Bonne fête de Tabaski ! Sambè "
                                                            "sambè !")
    feasts += _movable(_listed(KORITE_CI), 0, 1, lambda _: "🌙 Bonne fête de Ramadan à tous nos "
                                                           "lecteurs !")
    return _timeline(base, _first_come(news, feasts))


def odienne_style() -> PublisherStyle:
    """An Ivorian French-language news site with N'Ko lines (Odienné): a French and N'Ko
    language switch, a numeric date with a two-digit year ("21/06/19 à 10:45"), turned "Mis
    en ligne le" with "1er" and the time in "GMT" in 2017, the date in N'Ko numerals (both
    wordings per day), "Par" turned the writer and the town of which each writer is the
    correspondent, "LIRE AUSSI -" (turned "👉 Lire aussi :"; up to twice), "Publicité" and
    photo inserts, the editors' initials after a slash, a follow line turned a WhatsApp
    list, the 2015 Cup of Nations, five votes, two mutinies, the 2020 curfew, Independence
    with its French ordinal, Tabaski with a Dioula greeting and the end of Ramadan, a
    Dioula thank-you in Latin and N'Ko, an advertising line turned a mobile-money appeal, a
    copyright line, a rare sanitary-border notice."""
    return PublisherStyle(
        domain="echosdudenguele.ci", site="Échos du Denguélé", base_size=250,
        subdomains=(("www.", 100),),
        sections=("actualite", "politique", "societe", "economie", "sport", "culture"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "beat": ("Odienné", "Touba", "Minignan", "Madinani", "Séguélon", "Kaniasso"),
            "photo": ("DR", "AIP", "Archives", "Échos du Denguélé", "Page Facebook"),
            "sigle": ("ko/kp", "sd/tm", "bk/fmo", "ak/ls", "zt/cmas"),
        },
        families=(
            _f("langue", HEADER, 0.25, (_OLD, "Français | ߒߞߏ")),
            _f("date", HEADER, 0.75, *_daily(_ci_dated)),
            _f("nko-date", HEADER, 0.15, *_daily(_ci_nko)),
            _f("par", HEADER, 0.5, (_OLD, "Par {author}"),
               (CI_REDESIGN.isoformat(), "Par {author}, correspondant à {author_beat}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "LIRE AUSSI - {other_title}"),
               (CI_REDESIGN.isoformat(), "👉 Lire aussi : {other_title}"), count=2),
            _f("pub", MIDDLE, 0.25, (_OLD, "Publicité")),
            _f("photo", MIDDLE, 0.2, (_OLD, "(Photo : {photo})")),
            _f("sigle", FOOTER, 0.3, (_OLD, "{sigle}")),
            _f("suivez", FOOTER, 0.3, *_ci_follow()),
            _f("merci", FOOTER, 0.2, (_OLD, "I ni ce ! | ߌ ߣߌ ߗߍ ! Merci de nous lire.")),
            _f("soutien", FOOTER, 0.2,
               (_OLD, "Pour vos annonces et communiqués : pub@echosdudenguele.ci | 07 55 01 23"),
               (CI_DONATE.isoformat(), "Soutenez l'information de proximité : faites un don "
                                       "par Orange Money, MTN MoMo ou Moov Money au 07 55 01 "
                                       "23.")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© Échos du Denguélé {year} – Toute reproduction, même partielle, est "
                "interdite sans l'accord écrit de la rédaction.")),
            _f("frontiere", HEADER, 0.04,
               (_OLD, "⚠️ Fièvre hémorragique : la frontière avec la Guinée reste sous "
                "surveillance sanitaire")),
        ),
    )


# --- a Manipuri English-language daily with Meitei Mayek lines (Imphal) ---------------------------

MN_REDESIGN = dt.date(2018, 6, 4)  # "IMPHAL, Jun 21 :" turned "IMPHAL | JUNE 21, 2019"
MN_FOLLOW = dt.date(2018, 1, 15)  # the Facebook line turned a WhatsApp broadcast
MN_BLOCKADE = (dt.date(2016, 11, 1), dt.date(2017, 2, 26))  # the economic blockade

# Petrol in Imphal, rupees a litre (the blockade's black market in between).
MN_PETROL = ((_OLD, "66.20"), ("2015-07-01", "68.10"), ("2016-01-01", "62.45"),
             ("2016-07-01", "64.80"), ("2017-03-20", "71.30"), ("2017-07-03", "66.95"),
             ("2018-01-01", "71.60"), ("2018-07-02", "76.85"), ("2018-10-01", "82.40"),
             ("2019-01-01", "69.90"), ("2019-07-01", "72.60"), ("2020-01-01", "76.10"),
             ("2020-07-01", "79.95"), ("2020-10-01", "80.40"))


def _mn_petrol() -> tuple[tuple[str, str], ...]:
    out = [(start, f"⛽ Petrol in Imphal today: Rs {price} a litre") for start, price in
           MN_PETROL]
    out.append((MN_BLOCKADE[0].isoformat(), "⛽ Economic blockade: petrol sold at up to Rs 250 "
                                            "a litre in Imphal; queues at the few open outlets"))
    return tuple(sorted(out))


def _mn_masthead(day: dt.date) -> str:
    digits = ".".join(in_digits(v, MEITEI_DIGITS) for v in (day.day, day.month, day.year))
    return (f"{MEITEI_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} | {digits}")


def _mn_dateline(day: dt.date) -> str:
    if day < MN_REDESIGN:
        return f"{{town}}, {ENGLISH_MONTHS[day.month - 1][:3]} {day.day} :"
    return f"{{town}} | {ENGLISH_MONTHS[day.month - 1].upper()} {day.day}, {day.year}"


def _mn_notice() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Like our Facebook page for news from Manipur and the Northeast"),
            (MN_FOLLOW.isoformat(), "📲 Join our WhatsApp broadcast for news from Manipur: send "
                                    "LT to 98625 55012")]
    news: list[Event] = [
        (MN_BLOCKADE[0], MN_BLOCKADE[1], "⚠️ Economic blockade: essential supplies, fuel "
                                         "outlets and convoy timings"),
        (MN_BLOCKADE[1], dt.date(2017, 3, 12), "🗳️ Assembly Elections 2017: phase-wise "
                                               "polling, counting on March 11"),
        (dt.date(2019, 4, 5), dt.date(2019, 5, 24), "🗳️ Lok Sabha 2019: Inner and Outer "
                                                     "Manipur polling and results"),
        (dt.date(2019, 12, 11), dt.date(2019, 12, 18), "📜 Inner Line Permit extended to "
                                                        "Manipur: what it means"),
        (dt.date(2020, 3, 25), dt.date(2020, 6, 1), "😷 Lockdown in Manipur: essential services "
                                                     "and helplines"),
    ]
    feasts = _yearly(1972, "01-21", 0, 0, lambda n: f"🎉 Happy {ordinal(n)} Statehood Day, "
                                                     f"Manipur!")
    feasts += _yearly(1891, "04-23", 0, 0, lambda n: f"⚔️ {ordinal(n)} Khongjom Day: "
                                                      f"remembering the heroes of 1891")
    feasts += _yearly(1891, "08-13", 0, 0, lambda n: f"🕯️ Patriots' Day: {n} years since 13 "
                                                      f"August 1891")
    feasts += _movable(_listed(YAOSHANG), 0, 4, lambda y: f"🎨 Happy Yaoshang {y}!")
    return _timeline(base, _first_come(news, feasts))


def imphal_style() -> PublisherStyle:
    """A Manipuri English-language daily with Meitei Mayek lines (Imphal): a language switch
    in Latin and Meitei Mayek, a masthead with the Meitei weekday name, the English date and
    the date in Meitei Mayek numerals, an uppercase town dateline with a space before its
    colon, turned a pipe and the uppercase date in 2018 (both wordings per day), a reporter
    line, "➤ Also see:" (up to twice), "Representational image" and photo inserts, petrol in
    Imphal through the economic blockade's black market, a Facebook line turned a WhatsApp
    broadcast, the blockade, two votes, the Inner Line Permit, the 2020 lockdown, Statehood,
    Khongjom and Patriots' Day with their ordinals and counts, Yaoshang, a letters line, the
    office address in Latin and Meitei Mayek, a copyright line, a rare general-strike
    notice."""
    return PublisherStyle(
        domain="loktaktribune.in", site="Loktak Tribune", base_size=210,
        subdomains=(("www.", 100),),
        sections=("manipur", "northeast", "editorial", "sports", "business", "features"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "town": ("IMPHAL", "THOUBAL", "CHURACHANDPUR", "BISHNUPUR", "UKHRUL", "SENAPATI",
                     "KAKCHING", "MOIRANG"),
            "reporter": ("Our Staff Reporter", "Our Correspondent", "From Our Kakching "
                         "Correspondent", "Sports Reporter", "By A Staff Reporter"),
            "foto": ("LT", "Special arrangement", "File", "DIPR Manipur", "Social media"),
        },
        families=(
            _f("lang", HEADER, 0.25, (_OLD, "English | ꯃꯩꯇꯩꯂꯣꯟ")),
            _f("masthead", HEADER, 0.6, *_daily(_mn_masthead)),
            _f("dateline", HEADER, 0.55, *_daily(_mn_dateline)),
            _f("reporter", HEADER, 0.4, (_OLD, "{reporter}")),
            _f("seealso", MIDDLE, 0.3, (_OLD, "➤ Also see: {other_title}"), count=2),
            _f("repimg", MIDDLE, 0.15, (_OLD, "Representational image")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {foto}")),
            _f("fuel", FOOTER, 0.2, *_mn_petrol()),
            _f("notice", FOOTER, 0.3, *_mn_notice()),
            _f("letters", FOOTER, 0.15,
               (_OLD, "Letters to the editor can be sent to letters@loktaktribune.in. Views "
                "expressed are the writers' own.")),
            _f("address", FOOTER, 0.2,
               (_OLD, "Thangal Bazar, Imphal 795001 | ꯊꯥꯡꯒꯜ ꯕꯥꯖꯥꯔ, ꯏꯝꯐꯥꯜ")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© {year} Loktak Tribune. Printed and published from Imphal, Manipur.")),
            _f("bandh", HEADER, 0.05,
               (_OLD, "⚠️ 24-hour general strike from midnight: markets and transport off in "
                "the valley")),
        ),
    )


# --- a Jersey parish's news site in English with Jèrriais and French lines (St Ouen) --------------

JE_DATE = dt.date(2018, 9, 3)  # "Posted on ... by" turned the weekday, the date and a dot
JE_NEWSLETTER = dt.date(2017, 9, 4)  # the newsletter went from paper to email
JE_CLOSED = dt.date(2020, 3, 30)  # the Parish Hall closed to the public
JE_REOPENED = dt.date(2020, 5, 11)  # reopened by appointment, mornings

# The parish rates set each year at the Rates Assembly (pence per quarter): foncier, personnel.
JE_RATES = {2014: ("1.10", "1.28"), 2015: ("1.12", "1.30"), 2016: ("1.15", "1.33"),
            2017: ("1.15", "1.33"), 2018: ("1.18", "1.37"), 2019: ("1.21", "1.40"),
            2020: ("1.24", "1.44")}


def _je_rates() -> tuple[tuple[str, str], ...]:
    def text(y: int) -> str:
        foncier, personnel = JE_RATES[y]
        return (f"🏠 Parish rates for {y}: foncier {foncier}p and personnel {personnel}p per "
                f"quarter")

    return tuple([(_OLD, text(2014))] + [(f"{y}-03-01", text(y)) for y in YEARS])


def _je_notice() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Pick up our monthly parish newsletter at the Parish Hall"),
            (JE_NEWSLETTER.isoformat(), "📧 Get parish news by email: subscribe to our "
                                        "newsletter")]
    news: list[Event] = [
        _election("2018-05-16", "🗳️ Election day: polling station at the Parish Hall, 8am to "
                                "8pm"),
        (JE_CLOSED, JE_REOPENED, "🏠 Stay home, stay safe: the Parish Hall team is still here "
                                 "for you by phone"),
    ]
    feasts = _yearly(1945, "05-09", 0, 0, lambda n: f"🇯🇪 Happy Liberation Day! {n} years since "
                                                     f"9 May 1945")
    feasts += _movable(battle_of_flowers, 0, 0, lambda y: f"🌸 Battle of Flowers {y}: road "
                                                          f"closures on Victoria Avenue",
                       years=range(2015, 2020))
    feasts += _yearly(0, "12-25", 2, 0, lambda _: "🎄 Bouon Noué! Merry Christmas from the "
                                                  "Parish")
    return _timeline(base, _first_come(news, feasts))


def stouen_style() -> PublisherStyle:
    """A Jersey parish's news site in English with Jèrriais and French lines (St Ouen):
    "Posted on ... by" turned the weekday, the date and a middle dot, a Jèrriais greeting, a
    vingtaine line, a Jèrriais word of the week inserted mid-body, the hedge-cutting
    (Branchage) notice by season, the parish rates set each year, the parish assembly's
    convocation in French as a two-line block, the Parish Hall's address, opening hours
    (closed in 2020, then by appointment) and telephone with the honorary police as a
    block, a newsletter line turned email, the 2018 election, the 2020 closure, Liberation
    Day with its count, the Battle of Flowers and Christmas in Jèrriais, a copyright line, a
    rare spring-tide warning."""
    return PublisherStyle(
        domain="vingtainevoice.je", site="Vingtaine Voice", base_size=170,
        subdomains=(("www.", 100),),
        sections=("parish-news", "events", "roads", "honorary-police", "notices", "history"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "vingtaine": ("Léoville", "La Ville Bagot", "Vinchelez", "Millais", "Les Landes"),
            "mot": ("vraic (seaweed gathered for the fields)", "crapaud (a toad, and a "
                    "Jersey person)", "bouônjour (hello)", "la mielle (the sand dunes)",
                    "la gâche (Jersey fruit loaf)", "nièr beurre (black butter)"),
            "assemblee": ("mercredi 11 mars", "mardi 23 juin", "jeudi 8 octobre",
                          "mercredi 2 décembre"),
        },
        families=(
            _f("posted", HEADER, 0.6, (_OLD, "Posted on {date_dmy} by {author}"),
               (JE_DATE.isoformat(), "{weekday}, {date_dmy} · {author}")),
            _f("bouonjour", HEADER, 0.2, (_OLD, "Bouônjour! Welcome to the news from the "
                                               "parish of St Ouën")),
            _f("vingtaine", HEADER, 0.3, (_OLD, "Vingtaine: {vingtaine}")),
            _f("mot", MIDDLE, 0.2, (_OLD, "📜 Jèrriais word of the week: {mot}")),
            _f("branchage", FOOTER, 0.25, *_seasons(
                ("06-01", "✂️ Branchage: hedges and trees overhanging roads and paths must be "
                          "cut back before the first Visite du Branchage in early July."),
                ("07-15", "✂️ Second Branchage: please finish trimming before the Visite in "
                          "mid-September."),
                ("09-20", "🍂 The Branchage season is over for this year. Thank you to all "
                          "landowners and tenants."))),
            _f("rates", FOOTER, 0.2, *_je_rates()),
            _f("assembly-head", FOOTER, 0.3,
               (_OLD, "Paroisse de St Ouën — Assemblée Paroissiale")),
            _f("assembly-body", FOOTER, 0.28,
               (_OLD, "Les principaux et les électeurs de la Paroisse sont convoqués à une "
                "Assemblée à la Salle Paroissiale, le {assemblee}, à 19h30.")),
            _f("hall", FOOTER, 0.3, (_OLD, "Parish Hall, La Grande Route de St Ouën, JE3 2QX")),
            _f("opening", FOOTER, 0.28, (_OLD, "Open Monday to Friday, 9am – 5pm"),
               (JE_CLOSED.isoformat(), "Parish Hall closed to the public: call us or email "
                                       "enquiries@vingtainevoice.je"),
               (JE_REOPENED.isoformat(), "Open Monday to Friday, 9am – 1pm, by appointment")),
            _f("phone", FOOTER, 0.28,
               (_OLD, "Tel: 01534 555012 | Honorary Police (non-urgent): 01534 555099")),
            _f("notice", FOOTER, 0.3, *_je_notice()),
            _f("copyright", FOOTER, 0.35,
               (_OLD, "© Vingtaine Voice {year} · Written by volunteers for the parishioners of "
                "St Ouën")),
            _f("tides", HEADER, 0.05,
               (_OLD, "⚓ Spring tides this weekend: the slipway at L'Étacq may flood at high "
                "water")),
        ),
    )


# --- a Kiribati news site in English and Gilbertese (South Tarawa) --------------------------------

KI_FOLLOW = dt.date(2018, 7, 2)  # the Facebook line turned a radio bulletin
KI_PRICE = dt.date(2018, 1, 8)


def _ki_dated(day: dt.date) -> str:
    return (f"{day.day} {GILBERTESE_MONTHS[day.month - 1]} {day.year} / {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1]} {day.year}")


def _ki_notice() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Like Te Itoi on Facebook for news from all the islands"),
            (KI_FOLLOW.isoformat(), "📻 Listen to our news bulletin on 1440 AM every evening at "
                                    "7pm")]
    news: list[Event] = [
        (dt.date(2015, 12, 23), dt.date(2016, 1, 8), "🗳️ General Election: results from each "
                                                      "island as they come in"),
        _election("2016-03-09", "🗳️ Presidential election: results"),
        (dt.date(2019, 9, 20), dt.date(2019, 9, 27), "🤝 Kiribati switches diplomatic ties "
                                                      "from Taipei to Beijing"),
        (dt.date(2020, 3, 26), dt.date(2020, 4, 8), "😷 State of Public Emergency: travel "
                                                     "restrictions and health advice"),
        (dt.date(2020, 4, 8), dt.date(2020, 4, 22), "🗳️ General Election 2020: results from "
                                                     "each island"),
        (dt.date(2020, 4, 22), dt.date(2020, 6, 16), "😷 State of Public Emergency: travel "
                                                      "restrictions and health advice"),
        _election("2020-06-22", "🗳️ Presidential election 2020: results"),
    ]
    feasts = _yearly(1979, "07-12", 1, 0, lambda n: f"🇰🇮 Happy {ordinal(n)} Independence "
                                                     f"Anniversary! Mauri, Kiribati!")
    feasts += _yearly(0, "12-25", 1, 0, lambda _: "🎄 Merry Christmas! Kam na bane n tekeraoi")
    return _timeline(base, _first_come(news, feasts))


def tarawa_style() -> PublisherStyle:
    """A Kiribati news site in English and Gilbertese (South Tarawa): a language switch, the
    date with the Gilbertese month beside the English one (a wording per day), an uppercase
    place dateline, a greeting naming the site, "MORE:" and photo inserts, a cross-post
    notice naming the regional outlet the story first ran on, a fair-use notice, a
    Gilbertese thank-you, a Facebook line turned a radio bulletin, two general and two
    presidential elections, the switch of diplomatic ties, the 2020 emergency,
    Independence with its ordinal and Christmas in Gilbertese, the print price in
    Australian dollars that rose in 2018, a copyright line, a rare king-tide warning."""
    return PublisherStyle(
        domain="teitoi.ki", site="Te Itoi", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "outer-islands", "pacific", "sport", "church", "community"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "place": ("BAIRIKI", "BETIO", "BIKENIBEU", "BONRIKI", "KIRITIMATI", "ABAIANG"),
            "foto": ("Te Itoi", "Supplied", "Office of Te Beretitenti", "File"),
            "origin": ("RNZ Pacific", "Pacnews", "ABC Pacific Beat", "Islands Business"),
        },
        families=(
            _f("lang", HEADER, 0.25, (_OLD, "Te taetae ni Kiribati | English")),
            _f("date", HEADER, 0.7, *_daily(_ki_dated)),
            _f("dateline", HEADER, 0.4, (_OLD, "{place}, {date_dmy}")),
            _f("mauri", HEADER, 0.15, (_OLD, "Mauri! Welcome to Te Itoi")),
            _f("more", MIDDLE, 0.3, (_OLD, "MORE: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {foto}")),
            _f("crosspost", FOOTER, 0.2,
               (_OLD, "This story first appeared on {origin} and is republished here with "
                "permission.")),
            _f("fairuse", FOOTER, 0.1,
               (_OLD, "Fair use: Te Itoi republishes some regional news for readers in "
                "Kiribati. No copyright infringement is intended; the material remains the "
                "property of its owners.")),
            _f("korabwa", FOOTER, 0.25, (_OLD, "Ko rabwa ae bati! Thank you for reading.")),
            _f("notice", FOOTER, 0.3, *_ki_notice()),
            _f("print", FOOTER, 0.2,
               (_OLD, "Print edition A$1 at shops in Bairiki, Betio and Bikenibeu"),
               (KI_PRICE.isoformat(), "Print edition A$1.50 at shops in Bairiki, Betio and "
                                      "Bikenibeu")),
            _f("copyright", FOOTER, 0.35,
               (_OLD, "© {year} Te Itoi, Bairiki, South Tarawa, Republic of Kiribati")),
            _f("kingtide", HEADER, 0.05,
               (_OLD, "🌊 King tide warning: seawater may flood low-lying parts of Betio and "
                "Bairiki this week")),
        ),
    )


# --- a Liechtenstein municipality's newsletter site (Schaan) --------------------------------------

LI_BYLINE = dt.date(2018, 6, 4)  # "Bericht:" turned "Von"
LI_APP = dt.date(2019, 1, 7)  # the newsletter line turned an app; the subscription rose
LI_VORSTEHER = dt.date(2019, 5, 1)  # a new head of the municipality after the 2019 vote


def _li_dated(day: dt.date) -> str:
    return f"{GERMAN_WEEKDAYS_SHORT[day.weekday()]}, {day.day}.{day.month}.{day.year}"


def _li_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Den Dorfspiegel gibt es auch als Newsletter: jetzt abonnieren"),
            (LI_APP.isoformat(), "📲 Neu: die Gemeinde-App «Schaan» – alle Termine und "
                                 "Meldungen aufs Handy")]
    news: list[Event] = [
        _election("2015-03-22", "🗳️ Gemeindewahlen 2015: die Resultate"),
        _election("2017-02-05", "🗳️ Landtagswahlen 2017: die Resultate aus Schaan"),
        _election("2019-03-24", "🗳️ Gemeindewahlen 2019: die Resultate"),
        (dt.date(2020, 3, 16), dt.date(2020, 5, 15), "😷 Coronavirus: Die Gemeindeverwaltung ist "
                                                      "nur telefonisch und per E-Mail "
                                                      "erreichbar"),
    ]
    feasts = _yearly(0, "08-15", 0, 0, lambda _: "🇱🇮 Wir wünschen einen schönen "
                                                 "Staatsfeiertag!")
    feasts += _movable(funkensonntag, 0, 0, lambda _: "🔥 Funkensonntag: Das Funkenabbrennen "
                                                      "beginnt bei Einbruch der Dunkelheit")
    feasts += _yearly(1719, "01-23", 0, 0, lambda n: f"🇱🇮 {n} Jahre Fürstentum Liechtenstein")
    return _timeline(base, _first_come(news, feasts))


def schaan_style() -> PublisherStyle:
    """A Liechtenstein municipality's newsletter site (Schaan), in Swiss spelling (no "ß"):
    the short weekday and the date without leading zeros (a wording per day), a rubric
    kicker, "Bericht:" turned "Von", an official-notice heading, "Mehr zum Thema:" and
    "Bild:" inserts, the green-waste round by season, a newsletter line turned an app, three
    votes, the 2020 closure, the national holiday, the bonfire Sunday and the principality's
    anniversary with its count, the subscription for readers outside the village in francs
    with ".–", a readers' letters rule, the sign-off for the council and the head of the
    municipality (a new one, and a feminine title, in 2019) as a block, an imprint with the
    street address, a rare high-water notice."""
    return PublisherStyle(
        domain="dorfspiegel-schaan.li", site="Schaaner Dorfspiegel", base_size=110,
        subdomains=(("www.", 100),),
        sections=("gemeinde", "vereine", "kultur", "sport", "amtliches", "jugend"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "rubrik": ("Gemeinde", "Vereine", "Kultur", "Sport", "Amtliches", "Jugend",
                       "Senioren"),
            "bild": ("Gemeinde Schaan", "zVg", "Archiv", "Paul Trummer", "Vereinsarchiv"),
        },
        families=(
            _f("datum", HEADER, 0.6, *_daily(_li_dated)),
            _f("rubrik", HEADER, 0.3, (_OLD, "{rubrik}")),
            _f("autor", HEADER, 0.4, (_OLD, "Bericht: {author}"),
               (LI_BYLINE.isoformat(), "Von {author}")),
            _f("kundmachung", HEADER, 0.15, (_OLD, "Amtliche Kundmachung")),
            _f("mehr", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("bild", MIDDLE, 0.2, (_OLD, "Bild: {bild}")),
            _f("gruen", FOOTER, 0.2, *_seasons(
                ("03-15", "🌿 Grüngutabfuhr: jeden Montag von Mitte März bis Ende November"),
                ("12-01", "🌿 Grüngutabfuhr im Winter: nur am ersten Montag des Monats"))),
            _f("folgen", FOOTER, 0.25, *_li_follow()),
            _f("abo", FOOTER, 0.15, (_OLD, "Abonnement für Auswärtige: CHF 40.– pro Jahr"),
               (LI_APP.isoformat(), "Abonnement für Auswärtige: CHF 45.– pro Jahr")),
            _f("leserbrief", FOOTER, 0.12,
               (_OLD, "Leserbriefe geben die Meinung der Verfasser wieder, nicht jene der "
                "Redaktion.")),
            _f("fuer", FOOTER, 0.2, (_OLD, "Für die Gemeindevorstehung:")),
            _f("vorsteher", FOOTER, 0.2, (_OLD, "Markus Wanger, Gemeindevorsteher"),
               (LI_VORSTEHER.isoformat(), "Petra Frick, Gemeindevorsteherin")),
            _f("impressum", FOOTER, 0.35,
               (_OLD, "© {year} Gemeinde Schaan · Redaktion Schaaner Dorfspiegel · Landstrasse "
                "19, 9494 Schaan")),
            _f("rhein", HEADER, 0.05,
               (_OLD, "⚠️ Hochwasser: Der Rheindamm ist zwischen Schaan und Vaduz für "
                "Fussgänger gesperrt")),
        ),
    )


def heldout53_styles() -> list[PublisherStyle]:
    """The held-back-53 styles, in the order the generator hands them to publishers."""
    return [
        srinagar_style(), bucaramanga_style(), aden_style(), ponce_style(), georgetown_style(),
        sanmarino_style(), mindelo_style(), odienne_style(), imphal_style(), stouen_style(),
        tarawa_style(), schaan_style(),
    ]
