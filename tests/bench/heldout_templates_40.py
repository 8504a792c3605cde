"""The fortieth held-back template set (``held-back-40``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the thirty-ninth
held-back set (`tests.bench.heldout_templates_39`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them (month and weekday names from the CLDR
data where it has the language). All wording is original; none is copied from the data,
from the tuning styles or from the first thirty-nine held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 95.44% at 68b6653 (99.98% content kept; the
session-start code b0eb9e3: 95.44% too); studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Variation: article dates localised day by day (two scripts with their own numerals,
a year-first date, month names of several words, a creole's and a Pacific language's names,
the Coptic calendar, the Shahenshahi calendar of the Parsis with its thirty day names and
five Gatha days, the day of the year), quarterly issues, reading windows with a countdown, a
church's fasts and feasts by the Julian Easter, a fire season with total fire ban days,
monthly set subjects, a dateline fragment, bylines of many shapes, notices reworded in
2016-2020 (social lines gaining a network, appeals gaining a wallet, prices raised), election
and emergency lines, notices that follow a calendar, the article's own title (share lines)
and other articles' titles (links), source and cross-post notices, a fair-dealing notice,
newsletter lines, amounts, tag lists, view counts, phone numbers, multi-line blocks,
mid-body inserts (some up to two times), bare lines, symbols and emoji where such sites use
them, and families in only 3-6% of articles beside ones in nearly all. Renamed variants of a
style keep the lines that do not name the site, so sister sites share a network footer.
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, nth_weekday
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

# Easter by the Julian computus (the Coptic and the other Orthodox churches).
EASTER_ORTHODOX = {2015: "2015-04-12", 2016: "2016-05-01", 2017: "2017-04-16",
                   2018: "2018-04-08", 2019: "2019-04-28", 2020: "2020-04-19",
                   2021: "2021-05-02"}
# Eid al-Fitr and Eid al-Adha (Tabaski) as Guinea and Sierra Leone kept them.
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
OL_CHIKI_DIGITS = "᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙"
SANTALI_WEEKDAYS = ("ᱚᱛᱮ", "ᱵᱟᱞᱮ", "ᱥᱟᱹᱜᱩᱱ", "ᱥᱟᱹᱨᱫᱤ", "ᱡᱟᱹᱨᱩᱢ", "ᱧᱩᱦᱩᱢ", "ᱥᱤᱸᱜᱮ")
SANTALI_MONTHS = ("ᱡᱟᱱᱣᱟᱨᱤ", "ᱯᱷᱟᱨᱣᱟᱨᱤ", "ᱢᱟᱨᱪ", "ᱟᱯᱨᱮᱞ", "ᱢᱮ", "ᱡᱩᱱ", "ᱡᱩᱞᱟᱭ", "ᱟᱜᱟᱥᱛ",
                  "ᱥᱮᱯᱴᱮᱢᱵᱟᱨ", "ᱚᱠᱴᱚᱵᱟᱨ", "ᱱᱟᱣᱟᱢᱵᱟᱨ", "ᱫᱤᱥᱟᱢᱵᱟᱨ")
ADLAM_DIGITS = "𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙"
ADLAM_WEEKDAYS = ("𞤀𞥄𞤩𞤵𞤲𞥋𞤣𞤫", "𞤃𞤢𞤱𞤦𞤢𞥄𞤪𞤫", "𞤐𞤶𞤫𞤧𞤤𞤢𞥄𞤪𞤫", "𞤐𞤢𞥄𞤧𞤢𞥄𞤲𞤣𞤫", "𞤃𞤢𞤱𞤲𞤣𞤫",
                  "𞤖𞤮𞤪𞤦𞤭𞤪𞥆𞤫", "𞤈𞤫𞤬𞤦𞤭𞤪𞥆𞤫")
ADLAM_MONTHS = ("𞤅𞤭𞥅𞤤𞤮", "𞤕𞤮𞤤𞤼𞤮", "𞤐𞤦𞤮𞥅𞤴𞤮", "𞤅𞤫𞥅𞤼𞤮", "𞤁𞤵𞥅𞤶𞤮", "𞤑𞤮𞤪𞤧𞤮", "𞤃𞤮𞤪𞤧𞤮",
                "𞤔𞤵𞤳𞤮", "𞤅𞤭𞤤𞤼𞤮", "𞤒𞤢𞤪𞤳𞤮", "𞤔𞤮𞤤𞤮", "𞤄𞤮𞤱𞤼𞤮")
ADLAM_COMMA = "⹁"
TSONGA_WEEKDAYS = ("Musumbhunuku", "Ravumbirhi", "Ravunharhu", "Ravumune", "Ravuntlhanu",
                   "Mugqivela", "Sonta")
TSONGA_MONTHS = ("Sunguti", "Nyenyenyani", "Nyenyankulu", "Dzivamisoko", "Mudyaxihi",
                 "Khotavuxika", "Mawuwani", "Mhawuri", "Ndzhati", "Nhlangula", "Hukuri",
                 "N’wendzamhala")
LUO_WEEKDAYS = ("Wuok Tich", "Tich Ariyo", "Tich Adek", "Tich Ang’wen", "Tich Abich", "Ngeso",
                "Jumapil")
LUO_MONTHS = ("Dwe mar Achiel", "Dwe mar Ariyo", "Dwe mar Adek", "Dwe mar Ang’wen",
              "Dwe mar Abich", "Dwe mar Auchiel", "Dwe mar Abiriyo", "Dwe mar Aboro",
              "Dwe mar Ochiko", "Dwe mar Apar", "Dwe mar Apar gi achiel",
              "Dwe mar Apar gi ariyo")
KRIO_WEEKDAYS = ("Mɔnde", "Tyusde", "Wɛnsde", "Tɔsde", "Fraide", "Satide", "Sɔnde")
KRIO_MONTHS = ("Janwari", "Fɛbwari", "Mach", "Epril", "Me", "Jun", "Julay", "Ɔgɔs",
               "Sɛptɛmba", "Ɔktoba", "Nɔvɛmba", "Disɛmba")
RAROTONGAN_WEEKDAYS = ("Monite", "Ruʻirua", "Ruʻitoru", "Paraparau", "Varaire", "Maʻanākai",
                       "Sābati")
RAROTONGAN_MONTHS = ("Tiānuare", "Pēpuare", "Māti", "Āperira", "Mē", "Tiūnu", "Tiurai",
                     "Aukute", "Tepetema", "Okotopa", "Noema", "Tītema")
COPTIC_MONTHS = ("Thout", "Paopi", "Hathor", "Koiak", "Tobi", "Meshir", "Paremhat", "Parmouti",
                 "Pashons", "Paoni", "Epip", "Mesori", "Pi Kogi Enavot")
ROJ = ("Hormazd", "Bahman", "Ardibehesht", "Shehrevar", "Spendarmad", "Khordad", "Amardad",
       "Depadar", "Adar", "Avan", "Khorshed", "Mohor", "Tir", "Gosh", "Depmeher", "Meher",
       "Srosh", "Rashne", "Fravardin", "Behram", "Ram", "Govad", "Depdin", "Din",
       "Ashishvangh", "Ashtad", "Asman", "Zamyad", "Mahrespand", "Aneran")
MAH = ("Fravardin", "Ardibehesht", "Khordad", "Tir", "Amardad", "Shehrevar", "Meher", "Avan",
       "Adar", "Dae", "Bahman", "Aspandard")
GATHAS = ("Ahunavad", "Ushtavad", "Spentomad", "Vohukshathra", "Vahishtoisht")

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _changes, _yearly = _PERIOD.daily, _PERIOD.changes, _PERIOD.yearly_since


def _seasons(*steps: tuple[str, str], years: range = YEARS,
             first: str = "") -> tuple[tuple[str, str], ...]:
    """A notice that changes on the same days each year: `steps` ((month-day, text), ...);
    `first` is in force before."""
    out = [(_OLD, first or steps[-1][1])]
    for y in years:
        out += [(f"{y}-{md}", text) for md, text in steps]
    return tuple(out)


def _around(days: dict[int, str], before: int, after: int, text: str) -> list[Event]:
    """A notice shown each year around a movable day (`days`: year -> iso day)."""
    return [(_day(days[y], -before), _day(days[y], after + 1), text) for y in YEARS]


def _in_digits(n: int | str, digits: str) -> str:
    """`n` in a script's numerals (`digits`, zero to nine)."""
    return "".join(digits[int(c)] if c.isdigit() else c for c in str(n))


def ol_chiki(n: int | str) -> str:
    """`n` in Ol Chiki numerals."""
    return _in_digits(n, OL_CHIKI_DIGITS)


def adlam(n: int | str) -> str:
    """`n` in Adlam numerals."""
    return _in_digits(n, ADLAM_DIGITS)


# --- a Santali-language news site in Ol Chiki (Dumka, Jharkhand) ---------------------------------

SA_DAILY = dt.date(2017, 6, 30)  # from Hul Maha 2017, Santali dates in Ol Chiki numerals
SA_BYLINE = dt.date(2018, 11, 15)  # from Jharkhand Day 2018, the writer with the place
SA_SOCIAL = dt.date(2019, 2, 1)  # the follow line gained YouTube
SA_WALLET = dt.date(2019, 9, 1)  # the appeal gained Paytm


def _sa_dated(day: dt.date) -> str:
    return (f"{SANTALI_WEEKDAYS[day.weekday()]}, {ol_chiki(day.day)} "
            f"{SANTALI_MONTHS[day.month - 1]} {ol_chiki(day.year)} | {{time}}")


def _sa_juraw() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "ᱯᱷᱮᱥᱵᱩᱠ ᱨᱮ ᱟᱞᱮ ᱥᱟᱶᱛᱮ ᱡᱩᱲᱟᱹᱣ ᱢᱮ"),
            (SA_SOCIAL.isoformat(), "ᱯᱷᱮᱥᱵᱩᱠ ᱟᱨ ᱭᱩᱴᱭᱩᱵ ᱨᱮ ᱟᱞᱮ ᱥᱟᱶᱛᱮ ᱡᱩᱲᱟᱹᱣ ᱢᱮ")]
    events = _yearly(1855, "06-30", 1, 0, lambda n: f"🏹 {ol_chiki(n)} ᱛᱮᱭ ᱦᱩᱞ ᱢᱟᱦᱟ ᱨᱮᱭᱟᱜ "
                                                     f"ᱡᱚᱦᱟᱨ!")
    events += _yearly(2000, "11-15", 0, 0, lambda n: f"🌳 ᱡᱷᱟᱨᱠᱷᱚᱸᱰ ᱫᱤᱥᱚᱢ ᱨᱮᱭᱟᱜ "
                                                     f"{ol_chiki(n)} ᱥᱮᱨᱢᱟ ᱯᱩᱨᱟᱹᱣ ᱮᱱᱟ")
    events += _yearly(0, "01-10", 0, 4, lambda _: "🐂 ᱥᱚᱦᱨᱟᱭ ᱨᱮᱭᱟᱜ ᱡᱚᱦᱟᱨ!")
    return _timeline(base, events)


def _sa_khobor() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 ᱠᱷᱚᱵᱚᱨ ᱢᱮᱱᱟᱜᱼᱟ? ᱦᱚᱣᱟᱴᱥᱮᱯ: 94311 27058")]
    return _timeline(base, [
        (dt.date(2019, 4, 29), dt.date(2019, 5, 24),
         "🗳️ ᱞᱚᱠᱥᱚᱵᱷᱟ ᱵᱷᱚᱴ: ᱫᱩᱢᱠᱟ ᱨᱮ ᱑᱙ ᱢᱮ ᱨᱮ"),
        (dt.date(2019, 11, 25), dt.date(2019, 12, 24),
         "🗳️ ᱵᱤᱫᱷᱟᱱᱥᱚᱵᱷᱟ ᱵᱷᱚᱴ: ᱫᱩᱢᱠᱟ ᱨᱮ ᱒᱐ ᱫᱤᱥᱟᱢᱵᱟᱨ, ᱞᱮᱠᱷᱟ ᱒᱓ ᱫᱤᱥᱟᱢᱵᱟᱨ"),
        (dt.date(2020, 3, 25), dt.date(2020, 6, 1), "😷 ᱞᱟᱠᱰᱟᱣᱩᱱ: ᱚᱲᱟᱜ ᱨᱮ ᱛᱟᱦᱮᱸᱱ ᱢᱮ᱾"),
        (dt.date(2020, 10, 20), dt.date(2020, 11, 11), "🗳️ ᱫᱩᱢᱠᱟ ᱩᱯᱪᱩᱱᱟᱣ: ᱓ ᱱᱟᱣᱟᱢᱵᱟᱨ"),
    ])


def dumka_style() -> PublisherStyle:
    """A Santali-language news site in Ol Chiki (Dumka, Jharkhand): a script switch, a
    section kicker, a long date slot with the time turned the Santali weekday, the day and
    year in Ol Chiki numerals and the month (a wording per day, from Hul Maha 2017), a
    writer label turned the writer "from" the place, a read count, an ad label and "read
    also" (up to twice) and photo inserts, a tag list, a source notice, a follow line
    (gaining YouTube) turned Hul Maha and Jharkhand's foundation day with their counts and
    Sohrae, a tip line turned three votes and the 2020 lockdown, an appeal gaining Paytm, a
    rare elephant warning, a copyright line."""
    return PublisherStyle(
        domain="disomkhobor.in", site="ᱫᱤᱥᱚᱢ ᱠᱷᱚᱵᱚᱨ", base_size=880,
        subdomains=(("", 60), ("m.", 40)),
        sections=("dumka", "jharkhand", "rajniti", "khel", "sanskriti", "kheti"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}-{n}",
        pools={
            "hatin": ("ᱫᱩᱢᱠᱟ", "ᱥᱟᱱᱛᱟᱞ ᱯᱟᱨᱜᱟᱱᱟ", "ᱡᱷᱟᱨᱠᱷᱚᱸᱰ", "ᱨᱟᱡᱱᱤᱛᱤ", "ᱠᱷᱮᱞ",
                      "ᱥᱮᱨᱮᱧ ᱮᱱᱮᱡ", "ᱯᱟᱲᱦᱟᱣ", "ᱪᱟᱥ ᱵᱟᱥ"),
            "olij": ("ᱥᱩᱱᱤᱞ ᱢᱩᱨᱢᱩ", "ᱥᱟᱞᱚᱢᱤ ᱦᱮᱢᱵᱨᱚᱢ", "ᱵᱟᱵᱩᱞᱟᱞ ᱥᱚᱨᱮᱱ", "ᱢᱟᱞᱟᱛᱤ ᱛᱩᱰᱩ",
                     "ᱨᱟᱢᱡᱤᱵᱟᱱ ᱦᱟᱸᱥᱫᱟ", "ᱯᱟᱨᱵᱟᱛᱤ ᱠᱤᱥᱠᱩ"),
            "than": ("ᱫᱩᱢᱠᱟ", "ᱡᱟᱢᱛᱟᱲᱟ", "ᱯᱟᱠᱩᱲ", "ᱥᱟᱦᱮᱵᱜᱟᱱᱡ", "ᱜᱚᱰᱰᱟ", "ᱫᱮᱣᱜᱷᱟᱨ"),
            "chobi": ("ᱫᱤᱥᱚᱢ ᱠᱷᱚᱵᱚᱨ", "ᱥᱚᱥᱟᱞ ᱢᱤᱰᱤᱭᱟ", "ᱯᱷᱟᱭᱤᱞ ᱯᱷᱚᱴᱚ", "ᱡᱤᱞᱟ ᱯᱨᱚᱥᱟᱥᱚᱱ"),
            "teg": ("ᱦᱩᱞ", "ᱥᱚᱦᱨᱟᱭ", "ᱵᱟᱦᱟ", "ᱚᱞ ᱪᱤᱠᱤ", "ᱡᱟᱦᱮᱨ ᱛᱷᱟᱱ", "ᱢᱟᱥᱟᱱᱡᱚᱲ",
                    "ᱥᱤᱫᱚ ᱠᱟᱱᱦᱩ", "ᱡᱷᱟᱨᱠᱷᱚᱸᱰ", "ᱪᱟᱥ", "ᱯᱟᱲᱦᱟᱣ"),
            "jayga": ("PTI", "IANS", "ᱡᱤᱞᱟ ᱯᱨᱚᱥᱟᱥᱚᱱ", "ᱫᱤᱥᱚᱢ ᱠᱷᱚᱵᱚᱨ"),
        },
        families=(
            _f("lipi", HEADER, 0.2, (_OLD, "ᱚᱞ ᱪᱤᱠᱤ | देवनागरी | Roman")),
            _f("hatin", HEADER, 0.3, (_OLD, "{hatin}")),
            _f("tarikh", HEADER, 0.85, (_OLD, "{date_long} | {time}"),
               *_daily(_sa_dated, SA_DAILY)),
            _f("olij", HEADER, 0.6, (_OLD, "ᱚᱞᱤᱡ: {olij}"),
               (SA_BYLINE.isoformat(), "{than} ᱠᱷᱚᱱ {olij}")),
            _f("parhaw", HEADER, 0.35, (_OLD, "{count} ᱦᱚᱲ ᱯᱟᱲᱦᱟᱣ ᱠᱮᱫᱮᱭᱟ")),
            _f("bijnapon", MIDDLE, 0.45, (_OLD, "ᱵᱤᱡᱧᱟᱯᱚᱱ"), count=2),
            _f("arho", MIDDLE, 0.4, (_OLD, "ᱟᱨ ᱦᱚᱸ ᱯᱟᱲᱦᱟᱣ ᱢᱮ: {other_title}"), count=2),
            _f("chobi", MIDDLE, 0.3, (_OLD, "ᱪᱷᱚᱵᱤ: {chobi}")),
            _f("teg", FOOTER, 0.35, (_OLD, "ᱴᱮᱜ: {teg_list}")),
            _f("jayga", FOOTER, 0.25, (_OLD, "ᱠᱷᱚᱵᱚᱨ ᱧᱟᱢ ᱡᱟᱭᱜᱟ: {jayga}")),
            _f("juraw", FOOTER, 0.25, *_sa_juraw()),
            _f("khobor", FOOTER, 0.2, *_sa_khobor()),
            _f("goro", FOOTER, 0.2,
               (_OLD, "💚 ᱟᱞᱮ ᱜᱚᱲᱚ ᱢᱮ: UPI ᱛᱮ ₹50 ᱠᱷᱚᱱ"),
               (SA_WALLET.isoformat(), "💚 ᱟᱞᱮ ᱜᱚᱲᱚ ᱢᱮ: UPI ᱟᱨ Paytm ᱛᱮ ₹50 ᱠᱷᱚᱱ")),
            _f("hati", FOOTER, 0.04,
               (_OLD, "⚠️ ᱦᱟᱹᱛᱤ ᱫᱚᱞ ᱟᱛᱩ ᱥᱮᱴᱮᱨ ᱠᱟᱱᱟ: ᱦᱩᱥᱤᱭᱟᱹᱨ ᱛᱟᱦᱮᱸᱱ ᱢᱮ!")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} ᱫᱤᱥᱚᱢ ᱠᱷᱚᱵᱚᱨ ᱾ ᱡᱚᱛᱚ ᱦᱚᱠ ᱨᱟᱠᱷᱟ ᱜᱮᱭᱟ ᱾")),
        ),
    )


# --- a Pular (Fula) news site in the Adlam script (Labé, Guinea) ----------------------------------

FF_DAILY = dt.date(2017, 10, 2)  # from Independence Day 2017, Adlam dates and numerals
FF_BYLINE = dt.date(2018, 6, 1)  # the writer label turned the writer "in" the place
FF_SOCIAL = dt.date(2018, 3, 1)  # the follow line gained WhatsApp
FF_WALLET = dt.date(2019, 7, 1)  # the appeal gained MTN MoMo


def _ff_dated(day: dt.date) -> str:
    return (f"{ADLAM_WEEKDAYS[day.weekday()]} {adlam(day.day)} {ADLAM_MONTHS[day.month - 1]}"
            f"{ADLAM_COMMA} {adlam(day.year)}")


def _ff_tokkee() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "𞤚𞤮𞤳𞥆𞤫𞥅 𞤥𞤭𞤲 𞤫 Facebook"),
            (FF_SOCIAL.isoformat(), "𞤚𞤮𞤳𞥆𞤫𞥅 𞤥𞤭𞤲 𞤫 Facebook 𞤫 WhatsApp")]
    events = _around(EID_FITR, 0, 2, "🌙 𞤔𞤵𞥅𞤤𞤣𞤫 𞤑𞤮𞥅𞤪𞤳𞤢: 𞤀𞤤𞥆𞤢 𞤶𞤢𞤩𞤵!")
    events += _around(EID_ADHA, 1, 2, "🐏 𞤔𞤵𞥅𞤤𞤣𞤫 𞤁𞤮𞤲𞤳𞤭𞤲: 𞤀𞤤𞥆𞤢 𞤶𞤢𞤩𞤵!")
    events += _yearly(1958, "10-02", 1, 0, lambda n: f"🇬🇳 𞤐𞤣𞤭𞤥𞤢𞥄𞤺𞤵 𞤘𞤭𞤲𞤫: 𞤣𞤵𞥅𞤩𞤭 "
                                                     f"{adlam(n)}")
    return _timeline(base, events)


def _ff_kabaaru() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 𞥟𞤀 𞤱𞤮𞥅𞤣𞤭 𞤳𞤢𞤦𞤢𞥄𞤪𞤵؟ 𞤐𞤮𞤣𞥆𞤵 𞤥𞤭𞤲: 𞥖𞥒𞥒 𞥔𞥑 𞥕𞥗 𞥓𞥐")]
    return _timeline(base, [
        (dt.date(2015, 1, 1), dt.date(2015, 9, 27),
         "⚠️ 𞤉𞤦𞤮𞤤𞤢: 𞤲𞤮𞤣𞥆𞤵 𞥑𞥑𞥕 𞤧𞤮 𞤢 𞤴𞤭𞥇𞤭𞥅 𞤻𞤢𞤱𞤯𞤮"),
        (dt.date(2015, 9, 27), dt.date(2015, 10, 12),
         "🗳️ 𞤅𞤵𞤩𞤢𞥄𞤯𞤫 𞤸𞤮𞥅𞤪𞤫𞥅𞤶𞤮 𞤤𞤫𞤴𞤣𞤭: 𞥑𞥑 𞤒𞤢𞤪𞤳𞤮"),
        (dt.date(2020, 3, 8), dt.date(2020, 3, 23),
         "🗳️ 𞤅𞤵𞤩𞤢𞥄𞤯𞤫 𞤣𞤫𞤨𞤭𞤼𞤫𞥅𞤩𞤫: 𞥒𞥒 𞤐𞤦𞤮𞥅𞤴𞤮"),
        (dt.date(2020, 3, 26), dt.date(2020, 6, 15),
         "😷 𞤑𞤮𞤪𞤮𞤲𞤢: 𞤤𞤮𞥅𞤼𞤫𞥅 𞤶𞤵𞥅𞤯𞤫 𞤥𞤮𞤲⹁ 𞤩𞤮𞤪𞤲𞤫𞥅 𞤥𞤢𞤧𞤳𞤫𞤼"),
        (dt.date(2020, 10, 4), dt.date(2020, 10, 19),
         "🗳️ 𞤅𞤵𞤩𞤢𞥄𞤯𞤫 𞤸𞤮𞥅𞤪𞤫𞥅𞤶𞤮 𞤤𞤫𞤴𞤣𞤭: 𞥑𞥘 𞤒𞤢𞤪𞤳𞤮"),
    ])


def labe_style() -> PublisherStyle:
    """A Pular (Fula) news site in the Adlam script (Labé, Guinea): a script switch, a
    section kicker, a day-month-year slot with the time turned the Adlam weekday, day, month
    and year (Adlam numerals, the reversed comma; a wording per day, from Independence Day
    2017), a writer label turned the writer "in" the place, a view count, an ad label and
    "read also" (up to twice) and photo inserts, a share line with the article's own title,
    a keyword list, a follow line (gaining WhatsApp) turned the two Eids and Independence Day
    with its count, a tip line turned Ebola, three votes and the 2020 state of emergency, an
    appeal gaining a second wallet, a comment rule, a rare bush-fire line, a copyright
    line."""
    return PublisherStyle(
        domain="kabaarulabe.com", site="𞤑𞤢𞤦𞤢𞥄𞤪𞤵 𞤂𞤢𞤦𞤫", base_size=760,
        subdomains=(("www.", 70), ("", 30)),
        sections=("kabaaru", "laamu", "ngaynaaka", "cellal", "diine", "fijirde"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "fannu": ("𞤑𞤢𞤦𞤢𞥄𞤪𞤵", "𞤂𞤢𞥄𞤥𞤵", "𞤐𞤺𞤢𞤴𞤲𞤢𞥄𞤳𞤢", "𞤐𞤣𞤫𞤥𞤢", "𞤕𞤫𞤤𞥆𞤢𞤤", "𞤁𞤭𞥅𞤲𞤫",
                      "𞤔𞤢𞤽𞤣𞤫", "𞤊𞤢𞤺𞥆𞤵𞤣𞤵", "𞤊𞤭𞤶𞤭𞤪𞤣𞤫"),
            "winndiido": ("𞤃𞤢𞤥𞤢𞤣𞤵 𞤅𞤢𞤤𞤭𞤱𞤵 𞤔𞤢𞤤𞥆𞤮", "𞤑𞤢𞤣𞤭𞤴𞤢𞤼𞤵 𞤄𞤢𞤸", "𞤀𞤤𞤬𞤢 𞤓𞤥𞤢𞤪 𞤅𞤮𞤱",
                          "𞤖𞤢𞤱𞤢𞥄𞤱𞤵 𞤄𞤢𞤪𞥆𞤭", "𞤋𞤦𞤪𞤢𞤸𞤭𞥅𞤥𞤢 𞤅𞤮𞤪𞤭 𞤅𞤮𞤸",
                          "𞤊𞤢𞤼𞤵𞤥𞤢𞤼𞤢 𞤄𞤭𞤲𞤼𞤢 𞤔𞤢𞤤𞥆𞤮"),
            "nokku": ("𞤂𞤢𞤦𞤫", "𞤆𞤭𞤼𞤢", "𞤃𞤢𞤤𞤭", "𞤑𞤵𞤦𞤭𞤴𞤢", "𞤂𞤫𞤤𞤵𞤥𞤢", "𞤚𞤵𞤺𞤫"),
            "natal": ("𞤑𞤢𞤦𞤢𞥄𞤪𞤵 𞤂𞤢𞤦𞤫", "Facebook", "AFP", "𞤅𞤮𞤧𞤭𞤴𞤢𞤤"),
            "konngi": ("𞤂𞤢𞤦𞤫", "𞤊𞤵𞥅𞤼𞤢 𞤔𞤢𞤤𞤮𞤲", "𞤐𞤺𞤢𞤴𞤲𞤢𞥄𞤳𞤢", "𞤆𞤵𞤤𞤢𞤪", "𞤀𞤣𞤤𞤢𞤥",
                       "𞤐𞤣𞤭𞤴𞤢𞤥", "𞤂𞤢𞥄𞤱𞤮𞤤", "𞤔𞤢𞤽𞤣𞤫", "𞤇𞤢𞤥𞤼𞤢𞥄𞤪𞤫", "𞤂𞤢𞤣𞥆𞤫"),
        },
        families=(
            _f("binndi", HEADER, 0.2, (_OLD, "𞤀𞤣𞤤𞤢𞤥 | Latin | Français")),
            _f("fannu", HEADER, 0.3, (_OLD, "{fannu}")),
            _f("nyalaande", HEADER, 0.85, (_OLD, "{date_dmy} {time}"),
               *_daily(_ff_dated, FF_DAILY)),
            _f("winndiido", HEADER, 0.6, (_OLD, "𞤏𞤭𞤲𞥆𞤣𞤭𞥅𞤯𞤮: {winndiido}"),
               (FF_BYLINE.isoformat(), "{winndiido}⹁ 𞤳𞤢 {nokku}")),
            _f("yiaama", HEADER, 0.3, (_OLD, "𞤒𞤭𞥇𞤢𞥄𞤥𞤢 𞤤𞤢𞥄𞤦𞤭 {count}")),
            _f("jeeygol", MIDDLE, 0.45, (_OLD, "𞤔𞤫𞥅𞤴𞤺𞤮𞤤"), count=2),
            _f("janngu", MIDDLE, 0.4, (_OLD, "𞤔𞤢𞤲𞥆𞤺𞤵 𞤳𞤢𞤣𞤭: {other_title}"), count=2),
            _f("natal", MIDDLE, 0.3, (_OLD, "𞤐𞤢𞤼𞤢𞤤: {natal}")),
            _f("senndu", FOOTER, 0.25, (_OLD, "𞤅𞤫𞤲𞥆𞤣𞤵 𞤯𞤵𞤥: {title}")),
            _f("konngi", FOOTER, 0.35, (_OLD, "𞤑𞤮𞤲𞥆𞤺𞤭: {konngi_list}")),
            _f("tokkee", FOOTER, 0.25, *_ff_tokkee()),
            _f("kabaaru", FOOTER, 0.2, *_ff_kabaaru()),
            _f("wallu", FOOTER, 0.2,
               (_OLD, "💳 𞤏𞤢𞤤𞥆𞤵 𞤥𞤭𞤲: Orange Money"),
               (FF_WALLET.isoformat(), "💳 𞤏𞤢𞤤𞥆𞤵 𞤥𞤭𞤲: Orange Money 𞤱𞤢𞤤𞥆𞤢 MTN MoMo")),
            _f("miijo", FOOTER, 0.3,
               (_OLD, "𞤏𞤭𞤲𞥆𞤣𞤵 𞤥𞤭𞥅𞤶𞤮 𞤥𞤢𞥄 𞤫 𞤼𞤫𞤣𞥆𞤵𞤲𞤺𞤢𞤤. 𞤑𞤮 𞤻𞤭𞤽𞤢𞥄𞤯𞤭 𞤬𞤮𞤬 𞤥𞤮𞤥𞤼𞤫𞤼𞤫.")),
            _f("jayngol", FOOTER, 0.04, (_OLD, "🔥 𞤔𞤢𞤴𞤲𞤺𞤮𞤤 𞤤𞤢𞤣𞥆𞤫: 𞤲𞤣𞤫𞥅𞤲𞤫𞥅!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} 𞤑𞤢𞤦𞤢𞥄𞤪𞤵 𞤂𞤢𞤦𞤫. 𞤖𞤢𞤳𞥆𞤫𞥅𞤶𞤭 𞤬𞤮𞤬 𞤲𞤣𞤫𞥅𞤲𞤢𞥄𞤥𞤢.")),
        ),
    )


# --- a Xitsonga-language news site (Giyani, Limpopo) ---------------------------------------------

TS_DAILY = dt.date(2016, 4, 27)  # from Freedom Day 2016, year-first Xitsonga dates
TS_BYLINE = dt.date(2017, 9, 24)  # from Heritage Day 2017, "Xiviko xa" with the place
TS_SOCIAL = dt.date(2018, 2, 1)  # the follow line gained Twitter
TS_PRICE = dt.date(2019, 7, 1)  # the monthly support went up


def _ts_dated(day: dt.date) -> str:
    return (f"{day.year} {TSONGA_MONTHS[day.month - 1]} {day.day}, "
            f"{TSONGA_WEEKDAYS[day.weekday()]} · {{time}}")


def _ts_landzela() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Hi landzeleni eka Facebook"),
            (TS_SOCIAL.isoformat(), "Hi landzeleni eka Facebook na Twitter")]
    events = _yearly(1994, "04-27", 1, 0, lambda n: f"🇿🇦 Siku ra Ntshuxeko: malembe ya {n} "
                                                     f"ya xidemokirasi")
    events += _yearly(0, "09-24", 0, 0, lambda _: "🥁 Siku ra Ndzhaka: tlangela ndhavuko wa "
                                                  "wena!")
    events += _yearly(0, "12-24", 0, 8, lambda _: "🎄 Khisimusi lerinene ni Lembe lerintshwa "
                                                  "lerinene!", years=range(2014, 2021))
    return _timeline(base, events)


def _ts_mahungu() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 U na mahungu? Hi rhumele WhatsApp eka 082 415 7306")]
    return _timeline(base, [
        (dt.date(2016, 7, 20), dt.date(2016, 8, 4), "🗳️ Nhlawulo wa masipala: 3 Mhawuri. "
                                                     "Vhota!"),
        (dt.date(2019, 4, 24), dt.date(2019, 5, 9), "🗳️ Nhlawulo wa tiko: 8 Mudyaxihi. "
                                                     "Vhota!"),
        (dt.date(2020, 3, 26), dt.date(2020, 6, 1), "😷 Lockdown: tshamani ekaya, hlambani "
                                                     "mavoko."),
    ])


def giyani_style() -> PublisherStyle:
    """A Xitsonga-language news site (Giyani, Limpopo): a section kicker, an ISO date slot
    with the time turned the CLDR's year-first Xitsonga date with the weekday after the day
    and a time slot (a wording per day, from Freedom Day 2016), "Hi" turned "Xiviko xa" with
    the place, a read count, "Vuxavisi" and "Hlaya na swona:" (up to twice) and photo
    inserts, a share line with the article's own title, a follow line (gaining Twitter)
    turned Freedom Day with its count, Heritage Day and Christmas, a tip line turned two
    votes and the 2020 lockdown, a monthly support raised in 2019, a comment rule, a rare
    heat warning, a copyright line."""
    return PublisherStyle(
        domain="mahunguyagiyani.co.za", site="Mahungu ya Giyani", base_size=650,
        subdomains=(("www.", 100),),
        sections=("mahungu", "tipolitiki", "mintlangu", "ikhonomi", "rihanyo", "ndhavuko"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "xiyenge": ("Mahungu", "Tipolitiki", "Mintlangu", "Ikhonomi", "Rihanyo",
                        "Dyondzo", "Ndhavuko", "Vurimi"),
            "mutsari": ("Nyiko Baloyi", "Tsakani Maluleke", "Hlulani Chauke", "Rhulani Mathebula",
                        "Khensani Shikwambana", "Vutomi Ngobeni"),
            "ndhawu": ("Giyani", "Malamulele", "Tzaneen", "Elim", "Nkowankowa", "Phalaborwa"),
            "xifaniso": ("Mahungu ya Giyani", "GCIS", "Xifaniso xa vahlayi", "Masipala wa "
                         "Greater Giyani"),
        },
        families=(
            _f("xiyenge", HEADER, 0.3, (_OLD, "{xiyenge}")),
            _f("siku", HEADER, 0.85, (_OLD, "{date_iso} {time}"), *_daily(_ts_dated, TS_DAILY)),
            _f("hi", HEADER, 0.6, (_OLD, "Hi {mutsari}"),
               (TS_BYLINE.isoformat(), "Xiviko xa {mutsari}, {ndhawu}")),
            _f("hlayiwile", HEADER, 0.3, (_OLD, "Ri hlayiwile minkarhi ya {count}")),
            _f("vuxavisi", MIDDLE, 0.45, (_OLD, "Vuxavisi"), count=2),
            _f("hlaya", MIDDLE, 0.4, (_OLD, "Hlaya na swona: {other_title}"), count=2),
            _f("xifaniso", MIDDLE, 0.3, (_OLD, "Xifaniso: {xifaniso}")),
            _f("avelana", FOOTER, 0.25, (_OLD, "Avelana: {title}")),
            _f("landzela", FOOTER, 0.25, *_ts_landzela()),
            _f("mahungu", FOOTER, 0.2, *_ts_mahungu()),
            _f("seketela", FOOTER, 0.2,
               (_OLD, "💛 Seketela mahungu ya laha kaya: R20 hi n’hweti."),
               (TS_PRICE.isoformat(), "💛 Seketela mahungu ya laha kaya: R25 hi n’hweti, hi "
                                      "SnapScan kumbe EFT.")),
            _f("mavonelo", FOOTER, 0.3,
               (_OLD, "Tsala mavonelo ya wena hi xichavo. Marito yo biha ma ta susiwa.")),
            _f("kuhisa", FOOTER, 0.04,
               (_OLD, "🌡️ Ku hisa ngopfu namuntlha: nwana mati, u tshama endzhutini.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Mahungu ya Giyani. Timfanelo hinkwato ti hlayisiwile.")),
        ),
    )


# --- a Dholuo-language news site (Kisumu) --------------------------------------------------------

LU_DAILY = dt.date(2016, 6, 1)  # from Madaraka Day 2016, Dholuo dates with "sa"
LU_BYLINE = dt.date(2018, 1, 1)  # "Ondiko gi" turned the name with the site's writer title
LU_SOCIAL = dt.date(2017, 3, 1)  # the follow line gained Twitter
LU_WALLET = dt.date(2019, 10, 1)  # the appeal gained Airtel Money


def _lu_dated(day: dt.date) -> str:
    return (f"{LUO_WEEKDAYS[day.weekday()]}, {day.day} {LUO_MONTHS[day.month - 1]} {day.year} "
            f"· sa {{time}}")


def _lu_luwa() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Luwa wa e Facebook"),
            (LU_SOCIAL.isoformat(), "Luwa wa e Facebook kod Twitter")]
    events = _yearly(1963, "06-01", 0, 0, lambda n: f"🇰🇪 Madaraka Day: higni {n} mar loch")
    events += _yearly(1963, "12-12", 0, 0, lambda n: f"🇰🇪 Jamhuri Day maber! Higni {n} mar "
                                                     f"thuolo")
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 Nyasi mar Krismas maber!")
    return _timeline(base, events)


def _lu_wach() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 In gi wach? Gochnwa kata ioruwa WhatsApp: 0722 415 730")]
    return _timeline(base, [
        (dt.date(2017, 7, 25), dt.date(2017, 8, 9), "🗳️ Ombulu: 8 Dwe mar Aboro. Dhi iyier!"),
        (dt.date(2017, 10, 12), dt.date(2017, 10, 27),
         "🗳️ Ombulu manyien mar jatelo: 26 Dwe mar Apar"),
        (dt.date(2020, 3, 27), dt.date(2020, 7, 7),
         "😷 Kafyu: dong’ e ot chakre sa achiel otieno nyaka sa apar gi achiel okinyi"),
    ])


def kisumu_style() -> PublisherStyle:
    """A Dholuo-language news site (Kisumu): a tagline naming the site, a section kicker, a
    day-month-year slot turned the Dholuo weekday and the month of several words ("Dwe mar
    Auchiel") with "sa" and a time slot (a wording per day, from Madaraka Day 2016), "Ondiko
    gi" turned the name with the site's writer title, a reader count, "Landruok" and "Som
    bende:" (up to twice) and photo inserts, an English tag list, a source notice, a follow
    line (gaining Twitter) turned Madaraka and Jamhuri Days with their counts and Christmas,
    a tip line turned the two 2017 votes and the 2020 curfew, an appeal gaining Airtel Money,
    a comment rule, a rare lake storm warning, a copyright line."""
    return PublisherStyle(
        domain="wechenam.co.ke", site="Weche Nam", base_size=560,
        subdomains=(("www.", 100),),
        sections=("weche", "siasa", "tugo", "ohala", "puodho", "thieth"),
        n_authors=4, url_path="/{section}/{n}/{slug}",
        pools={
            "bath": ("Weche", "Siasa", "Tugo", "Ohala", "Puodho", "Thieth", "Nam Lolwe",
                     "Kisumu"),
            "jandiko": ("Otieno Ouma", "Akinyi Atieno", "Odhiambo Okoth", "Anyango Awino",
                        "Ochieng’ Onyango"),
            "picha": ("Weche Nam", "KNA", "Picha mar jasomo", "Ofis mar Gavana"),
            "tag": ("Kisumu", "Nam Lolwe", "rech", "Kondele", "Gor Mahia", "puodho", "sukari",
                    "ombulu", "thieth", "yore"),
            "oa": ("KNA", "Reuters", "Ofis mar Gavana Kisumu", "Weche Nam"),
        },
        families=(
            _f("tagline", HEADER, 0.15, (_OLD, "Weche Nam — Dwond Nam Lolwe")),
            _f("bath", HEADER, 0.3, (_OLD, "{bath}")),
            _f("tarik", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_lu_dated, LU_DAILY)),
            _f("ondiko", HEADER, 0.6, (_OLD, "Ondiko gi {jandiko}"),
               (LU_BYLINE.isoformat(), "{jandiko}, Jandik Weche Nam")),
            _f("josomo", HEADER, 0.3, (_OLD, "Josomo {count}")),
            _f("landruok", MIDDLE, 0.45, (_OLD, "Landruok"), count=2),
            _f("som", MIDDLE, 0.4, (_OLD, "Som bende: {other_title}"), count=2),
            _f("picha", MIDDLE, 0.3, (_OLD, "Picha: {picha}")),
            _f("tags", FOOTER, 0.35, (_OLD, "Tags: {tag_list}")),
            _f("oa", FOOTER, 0.25, (_OLD, "Wach ni oa kuom: {oa}")),
            _f("luwa", FOOTER, 0.25, *_lu_luwa()),
            _f("wach", FOOTER, 0.2, *_lu_wach()),
            _f("konywa", FOOTER, 0.2,
               (_OLD, "💚 Konywa timo weche: M-Pesa Paybill 522 733."),
               (LU_WALLET.isoformat(), "💚 Konywa timo weche: M-Pesa Paybill 522 733 kata "
                                       "Airtel Money.")),
            _f("paro", FOOTER, 0.3,
               (_OLD, "Ndik pachi gi luor. Weche mag ayany ok nonyisre.")),
            _f("yamo", FOOTER, 0.04,
               (_OLD, "⚠️ Yamo maduong’ e Nam Lolwe: jolupo, kik udhi e nam kawuono.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Weche Nam. Ratiro duto okan.")),
        ),
    )


# --- a Krio-language news site (Freetown, Sierra Leone) ------------------------------------------

KR_DAILY = dt.date(2018, 4, 27)  # from Independence Day 2018, Krio dates
KR_BYLINE = dt.date(2017, 6, 1)  # "Na ... rayt am" turned the name with "Ripɔta"
KR_SOCIAL = dt.date(2016, 5, 1)  # the follow line gained WhatsApp
KR_WALLET = dt.date(2019, 3, 1)  # the appeal gained Afrimoney


def _kr_dated(day: dt.date) -> str:
    return f"{KRIO_WEEKDAYS[day.weekday()]}, {day.day} {KRIO_MONTHS[day.month - 1]} {day.year}"


def _kr_fala() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Fala wi na Facebook"),
            (KR_SOCIAL.isoformat(), "Fala wi na Facebook ɛn WhatsApp")]
    events = _yearly(1961, "04-27", 1, 0, lambda n: f"🇸🇱 Appi Indipɛndɛns Dé! Salone dɔn "
                                                     f"rich {n} ia.")
    events += _around(EID_FITR, 0, 1, "🌙 Appi Pray Dé to ɔl wi Muslim brɔda ɛn sista dɛn!")
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 Kompliment fɔ di sizin!")
    return _timeline(base, events)


def _kr_alat() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Yu gɛt nyuz? Kɔl ɔ WhatsApp wi: 076 415 730")]
    return _timeline(base, [
        (dt.date(2015, 1, 1), dt.date(2015, 11, 8),
         "⚠️ Ebola: wash yu an ɛn kɔl 117 if yu si sik pɔsin."),
        (dt.date(2017, 8, 14), dt.date(2017, 8, 29),
         "🕯️ Wi de pre fɔ di wan dɛn we di Rijɛnt mɔdslayd tek."),
        (dt.date(2018, 2, 25), dt.date(2018, 4, 1),
         "🗳️ Ilɛkshɔn 2018: fɔs raund 7 Mach, rɔnɔf 31 Mach. Go vot!"),
        (dt.date(2020, 3, 31), dt.date(2020, 7, 1),
         "😷 Kɔvid-19: wɛr mask, wash yu an, ɛn kip yu distans."),
    ])


def freetown_style() -> PublisherStyle:
    """A Krio-language news site (Freetown, Sierra Leone): a section kicker, an upper-case
    dateline fragment with a dash, a long date slot turned the Krio weekday and month (a
    wording per day, from Independence Day 2018), "Na ... rayt am" turned the name with
    "Ripɔta", a reader count, an upper-case ad label and "Rid ɔlsɔ:" (up to twice) and photo
    inserts, a cross-post notice, a share line with the article's own title, a follow line
    (gaining WhatsApp) turned Independence Day with its count, Pray Day and Christmas, a
    tip line turned Ebola, the 2017 mudslide, the 2018 vote and Covid-19, an appeal gaining
    Afrimoney, a comment rule, a rare power-cut line, a copyright line."""
    return PublisherStyle(
        domain="salonenyuz.com", site="Salone Nyuz", base_size=480,
        subdomains=(("www.", 100),),
        sections=("nyuz", "politiks", "spot", "biznes", "elt", "provins"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seksion": ("Nyuz", "Pɔlitiks", "Spɔt", "Biznɛs", "Ɛlt", "Ɛntatenmɛnt",
                        "Provins"),
            "ples": ("FRITAUN", "BO", "KENEMA", "MAKƐNI", "KOIDU", "PƆT LOKO"),
            "riporta": ("Abu Bakarr Kamara", "Isatu Sesay", "Mohamed Conteh", "Fatmata Koroma",
                        "Emmanuel Cole"),
            "foto": ("Salone Nyuz", "Stet Haus", "Sosh Midia", "AFP"),
            "pepa": ("Awoko", "Concord Times", "Standard Times"),
        },
        families=(
            _f("seksion", HEADER, 0.3, (_OLD, "{seksion}")),
            _f("ples", HEADER, 0.35, (_OLD, "{ples} —")),
            _f("de", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_kr_dated, KR_DAILY)),
            _f("rayt", HEADER, 0.6, (_OLD, "Na {riporta} rayt am"),
               (KR_BYLINE.isoformat(), "{riporta}, Salone Nyuz Ripɔta")),
            _f("pipul", HEADER, 0.3, (_OLD, "{count} pipul dɛn dɔn rid am")),
            _f("advatisment", MIDDLE, 0.45, (_OLD, "ADVATISMƐNT"), count=2),
            _f("rid", MIDDLE, 0.4, (_OLD, "Rid ɔlsɔ: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("fos", FOOTER, 0.15, (_OLD, "Dis stori bin fɔs kɔmɔt na {pepa}.")),
            _f("sheb", FOOTER, 0.25, (_OLD, "Sheb dis stori: {title}")),
            _f("fala", FOOTER, 0.25, *_kr_fala()),
            _f("alat", FOOTER, 0.2, *_kr_alat()),
            _f("sopot", FOOTER, 0.2,
               (_OLD, "🤝 Sɔpɔt indipɛndɛnt jɔnalizim: Orange Money 076 415 730."),
               (KR_WALLET.isoformat(), "🤝 Sɔpɔt indipɛndɛnt jɔnalizim: Orange Money ɔ "
                                       "Afrimoney 076 415 730.")),
            _f("koment", FOOTER, 0.3,
               (_OLD, "Rayt yu kɔmɛnt wit rɛspɛkt. Wi nɔ go pablish swɛ ɔ lay.")),
            _f("lait", FOOTER, 0.04, (_OLD, "💡 EDSA se lait go ɔf tide na Ist Ɛnd.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Salone Nyuz. Ɔl rayt rizav.")),
        ),
    )


# --- a Cook Islands Māori and English island news site (Aitutaki) --------------------------------

CK_DAILY = dt.date(2017, 8, 4)  # from Constitution Day 2017, Cook Islands Māori dates
CK_BYLINE = dt.date(2018, 10, 26)  # from Gospel Day 2018, "Tātaia e" with the village
CK_SOCIAL = dt.date(2019, 2, 1)  # the follow line gained Instagram
CK_PRICE = dt.date(2019, 7, 1)  # the print edition went up
_TUTAKA = "🧹 Tūtaka this month: island-wide inspections, tidy your yards and water tanks."
_TUTAKA_DONE = "Tūtaka results are posted at the Island Council office. Meitaki maʻata!"


def _ck_dated(day: dt.date) -> str:
    return (f"{RAROTONGAN_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{RAROTONGAN_MONTHS[day.month - 1]} {day.year} · {{time}} CKT")


def _ck_meitaki() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Meitaki maʻata for reading! Follow us on Facebook."),
            (CK_SOCIAL.isoformat(), "Meitaki maʻata for reading! Follow us on Facebook and "
                                    "Instagram.")]
    events = _yearly(1965, "08-04", 7, 1, lambda n: f"🌺 Te Maeva Nui: {n} years of "
                                                    f"self-government. Kia manuia!")
    events += _yearly(1821, "10-26", 0, 0, lambda n: f"⛪ Gospel Day: {n} years since the "
                                                     f"Gospel came to Araura.")
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 Kia manuia te Kiritimeti!")
    return _timeline(base, events)


def _ck_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 News from your village? Call 31 415 or message us on Facebook.")]
    return _timeline(base, [
        (dt.date(2018, 6, 1), dt.date(2018, 6, 15),
         "🗳️ General election: Thursday 14 June. Polling booths open 8am to 6pm."),
        (dt.date(2020, 3, 25), dt.date(2020, 6, 1),
         "😷 Borders closed to visitors: follow Te Marae Ora’s updates."),
    ])


def aitutaki_style() -> PublisherStyle:
    """A Cook Islands Māori and English island news site (Aitutaki): a greeting, a language
    switch, a section kicker, a long date slot turned the Cook Islands Māori weekday and
    month with a time slot and CKT (a wording per day, from Constitution Day 2017), "Na"
    turned "Tātaia e" with the village, "Advertisement" and "Also read:" (up to twice) and
    photo inserts, a newsletter line naming the site, a thank-you and follow line (gaining
    Instagram) turned Te Maeva Nui and Gospel Day with their counts and Christmas, the
    Tūtaka inspections twice a year, a tip line turned the 2018 vote and the 2020 border
    closure, a print price raised in 2019, a rare flight delay, a copyright line."""
    return PublisherStyle(
        domain="araura.co.ck", site="Te Reo o Araura", base_size=420,
        subdomains=(("www.", 100),),
        sections=("nuti", "kavamani", "ekalesia", "takaro", "apii", "moana"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "tuanga": ("Nūti", "Kāvamani", "Ekalesia", "Tākaro", "ʻĀpii", "Tere", "Moana",
                       "Tūtaka"),
            "tata": ("Mata Tangimetua", "Teina Rongo", "Ngapoko Mokoroa", "Tauei Solomona",
                     "Rima Tuteru"),
            "kainga": ("Arutanga", "Amuri", "Ureia", "Nikaupara", "Vaipae", "Tautu"),
            "photo": ("Te Reo o Araura", "Aitutaki Island Council", "Supplied", "Cook Islands "
                      "Tourism"),
        },
        families=(
            _f("kiaorana", HEADER, 0.15, (_OLD, "Kia orana!")),
            _f("reo", HEADER, 0.2, (_OLD, "Māori Kūki ʻĀirani | English")),
            _f("tuanga", HEADER, 0.3, (_OLD, "{tuanga}")),
            _f("ra", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_ck_dated, CK_DAILY)),
            _f("na", HEADER, 0.6, (_OLD, "Na {tata}"),
               (CK_BYLINE.isoformat(), "Tātaia e {tata}, {kainga}")),
            _f("advert", MIDDLE, 0.4, (_OLD, "Advertisement"), count=2),
            _f("also", MIDDLE, 0.4, (_OLD, "Also read: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("newsletter", FOOTER, 0.25,
               (_OLD, "📬 Get Te Reo o Araura in your inbox every Friday: news@araura.co.ck")),
            _f("meitaki", FOOTER, 0.25, *_ck_meitaki()),
            _f("tutaka", FOOTER, 0.2, *_seasons(("03-01", _TUTAKA), ("04-01", _TUTAKA_DONE),
                                                ("09-01", _TUTAKA), ("10-01", _TUTAKA_DONE))),
            _f("tip", FOOTER, 0.2, *_ck_tip()),
            _f("print", FOOTER, 0.2,
               (_OLD, "📰 Print edition every Friday: $2 at the island stores."),
               (CK_PRICE.isoformat(), "📰 Print edition every Friday: $2.50 at the island "
                                      "stores.")),
            _f("flight", FOOTER, 0.04,
               (_OLD, "✈️ Today’s flights from Rarotonga are delayed by weather: check with "
                "the airport.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Te Reo o Araura")),
        ),
    )


# --- a Coptic Orthodox parish's news (Perth) -----------------------------------------------------

CO_DAILY = dt.date(2016, 9, 11)  # from Nayrouz 1733 A.M., the Coptic date beside the civil one
CO_BYLINE = dt.date(2018, 1, 7)  # from the Nativity 2018, the writer "for the Church Office"
CO_TAP = dt.date(2019, 4, 28)  # from Easter 2019, giving by card in the hall too
CO_CLOSED = dt.date(2020, 3, 23)  # churches closed; liturgies streamed
CO_BOOKING = dt.date(2020, 6, 14)  # reopened, by booking only
READINGS = ("📖 Memory verse: “Be still, and know that I am God.” (Psalm 46:10)",
            "📖 Memory verse: “The Lord is my shepherd; I shall not want.” (Psalm 23:1)",
            "📖 Memory verse: “Love never fails.” (1 Corinthians 13:8)",
            "📖 Memory verse: “Come to Me, all you who labour.” (Matthew 11:28)")


def coptic(day: dt.date) -> tuple[int, int, int]:
    """The Coptic date of `day`: (year Anno Martyrum, month 1-13, day). Twelve months of
    thirty days and the little month (Pi Kogi Enavot) of five, six before a Gregorian leap
    year; the year begins on 1 Thout, 11 September (12 September before a leap year)."""
    jdn = day.toordinal() + 1721425
    epoch = 1825030  # 1 Thout 1 A.M., 29 August 284 in the Julian calendar
    year = (4 * (jdn - epoch) + 1463) // 1461
    k = jdn - (epoch + 365 * (year - 1) + year // 4)
    return year, k // 30 + 1, k % 30 + 1


def coptic_date(day: dt.date) -> str:
    """"Paoni 14, 1735 A.M."."""
    year, month, d = coptic(day)
    return f"{COPTIC_MONTHS[month - 1]} {d}, {year} A.M."


def _co_dated(day: dt.date) -> str:
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year} · {coptic_date(day)}")


def _co_season(day: dt.date) -> str:
    """The fast or feast of the day, by the Julian Easter and the Coptic months."""
    easter = _day(EASTER_ORTHODOX[day.year])
    year, month, d = coptic(day)
    if easter <= day < easter + dt.timedelta(days=50):
        return "☦️ Ⲡⲭ̅ⲥ̅ ⲁϥⲧⲱⲛϥ! Christ is risen! المسيح قام! (the Holy Fifty Days)"
    if easter - dt.timedelta(days=7) <= day < easter:
        return "✝️ Holy Week (Pascha): services every evening at 6pm."
    if easter - dt.timedelta(days=55) <= day < easter:
        n = (day - easter).days + 56
        return f"🕯️ Great Lent, day {n} of 55."
    if easter - dt.timedelta(days=69) <= day <= easter - dt.timedelta(days=67):
        return "🐋 The Fast of Nineveh (Jonah’s Fast), Monday to Wednesday."
    if easter + dt.timedelta(days=50) <= day <= dt.date(day.year, 7, 11):
        return "The Apostles’ Fast, until the Feast of Sts Peter and Paul on 12 July."
    if month == 12 and d <= 15:
        return "The Fast of the Virgin Mary, 7 to 21 August (Mesori 1 to 15)."
    if month == 1 and d <= 16:
        return f"🌴 Happy Nayrouz! The Coptic New Year {year} A.M. · عيد نيروز سعيد"
    if day.month == 1 and day.day == 7:
        return "🎄 Christ is born! The Feast of the Nativity. · عيد ميلاد مجيد"
    if day.month == 1 and day.day == 19:
        return "🕊️ The Feast of the Theophany (Epiphany): Liturgy at 7pm on the eve."
    if day.month == 1 and 7 < day.day < 19:
        return "No fasting from the Nativity to the Theophany."
    if (day.month, day.day) >= (11, 25) or (day.month, day.day) < (1, 7):
        christmas = dt.date(day.year + (day.month == 12 or day.month == 11), 1, 7)
        n = (christmas - day).days
        return f"The Nativity Fast: {n} days to the Feast of the Nativity on 7 January."
    return "Wednesdays and Fridays are days of fasting."


def _co_liturgy() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Divine Liturgy: Sundays 7am (Arabic) and 9.30am (English); Fridays 8am.")]
    return _timeline(base, [
        (CO_CLOSED, CO_BOOKING, "⛪ The church is closed: liturgies are streamed live on our "
                                "YouTube channel."),
        (CO_BOOKING, None, "⛪ Liturgies by booking only, under our COVID-safe plan."),
    ])


def coptic_style() -> PublisherStyle:
    """A Coptic Orthodox parish's news (Perth): a language switch, a long date slot turned the
    civil date with the Coptic date Anno Martyrum (a wording per day, from Nayrouz 1733), the
    church office turned a writer "for the Church Office", the fast or feast of the day (the
    Holy Fifty Days with the Paschal greeting in Coptic, English and Arabic, Holy Week, Great
    Lent counted to 55, Jonah's Fast, the Apostles' Fast, the Fast of the Virgin, Nayrouz
    with its year, the Nativity Fast counted down, the Nativity and the Theophany), prayer and
    memory-verse inserts, a liturgy line turned the 2020 closure and booking, a giving line
    gaining card payments, Sunday School by term, a two-line office block, a rare car-park
    closure."""
    return PublisherStyle(
        domain="stminaperth.org.au", site="St Mina Coptic Orthodox Church", base_size=360,
        subdomains=(("www.", 100),),
        sections=("news", "youth", "services"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"reading": READINGS},
        families=(
            _f("lang", HEADER, 0.2, (_OLD, "English | عربي")),
            _f("dated", HEADER, 0.8, (_OLD, "{date_long}"), *_daily(_co_dated, CO_DAILY)),
            _f("posted", HEADER, 0.4, (_OLD, "Posted by the Church Office"),
               (CO_BYLINE.isoformat(), "{author}, for the Church Office")),
            _f("season", HEADER, 0.4, *_changes(_co_season)),
            _f("prayer", MIDDLE, 0.25,
               (_OLD, "🙏 Remember in your prayers the sick, the travellers and the "
                "departed.")),
            _f("reading", MIDDLE, 0.2, (_OLD, "{reading}")),
            _f("liturgy", FOOTER, 0.3, *_co_liturgy()),
            _f("giving", FOOTER, 0.25,
               (_OLD, "Tithes and offerings: BSB 086-420, account 4157 3062. Thank you."),
               (CO_TAP.isoformat(), "Tithes and offerings: BSB 086-420, account 4157 3062, or "
                                    "tap and go in the church hall. Thank you.")),
            _f("sunday-school", FOOTER, 0.2, *_seasons(
                ("02-01", "👧 Sunday School meets after the Liturgy in the hall, all term."),
                ("12-15", "Sunday School is on its summer break until February."))),
            _f("office-head", FOOTER, 0.4, (_OLD, "Church office")),
            _f("office", FOOTER, 0.38,
               (_OLD, "41 Kelvin Road, Maddington WA 6109 · (08) 9459 4157")),
            _f("carpark", FOOTER, 0.04,
               (_OLD, "🚗 The car park is closed this Sunday for resurfacing: please park in "
                "the street.")),
        ),
    )


# --- a Parsi community weekly (Mumbai) -----------------------------------------------------------

NAVROZ_1389 = dt.date(2019, 8, 17)  # Roj Hormazd, Mah Fravardin, 1389 Y.Z.
PA_DAILY = dt.date(2016, 8, 17)  # from Navroz 1386 Y.Z., the Shahenshahi date beside the civil
PA_BYLINE = dt.date(2018, 3, 21)  # from Jamshedi Navroz 2018, the correspondent named
PA_PRICE = dt.date(2019, 8, 17)  # from Navroz 1389, the print price went up


def shahenshahi(day: dt.date) -> tuple[int, int, int]:
    """The Shahenshahi date of `day`: (year Y.Z., month 1-12 or 0 for the Gatha days, day).
    Twelve months of thirty days, then the five Gatha days, and no leap year."""
    k = (day - NAVROZ_1389).days
    r = k % 365
    if r < 360:
        return 1389 + k // 365, r // 30 + 1, r % 30 + 1
    return 1389 + k // 365, 0, r - 359


def shahenshahi_date(day: dt.date) -> str:
    """"Roj Meher, Mah Ardibehesht, 1388 Y.Z." or "Gatha Ushtavad, 1388 Y.Z."."""
    year, month, d = shahenshahi(day)
    if month == 0:
        return f"Gatha {GATHAS[d - 1]}, {year} Y.Z."
    return f"Roj {ROJ[d - 1]}, Mah {MAH[month - 1]}, {year} Y.Z."


def _pa_dated(day: dt.date) -> str:
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year} · {shahenshahi_date(day)}")


def _pa_days(day: dt.date) -> str:
    """The community notice of the day: the observances of the Shahenshahi year."""
    year, month, d = shahenshahi(day)
    if month == 0 and d == 5:
        return f"🙏 Pateti: the last day of {year} Y.Z. Hamazor!"
    if month == 0 or (month == 12 and d >= 26):
        n = d + 5 if month == 0 else d - 25
        return f"🕯️ Muktad, the Farvardegan days: day {n} of 10."
    if (month, d) == (1, 1):
        return f"🎉 Navroz Mubarak! Saal Mubarak {year} Y.Z. · નવું વર્ષ મુબારક"
    if (month, d) == (1, 6):
        return "🎂 Khordad Sal Mubarak!"
    if (month, d) == (10, 11):
        return "🙏 Zarthost no Diso: prayers at the agiaries and atash behrams."
    if (month, d) == (8, 10):
        return "💧 Avan Ardvisur Jashan: offerings at the sea front."
    if (month, d) == (9, 9):
        return "🔥 Adar Jashan: prayers at the agiaries."
    if (day.month, day.day) == (3, 21):
        return "🌷 Jamshedi Navroz Mubarak!"
    return "Send your navjote, wedding and community news to news@baugbulletin.in"


def parsi_style() -> PublisherStyle:
    """A Parsi community weekly (Mumbai): a long date slot turned the civil date with the
    Shahenshahi roj and mah and the Yazdegerdi year (the five Gatha days at the year's end; a
    wording per day, from Navroz 1386), "By" turned the name with the paper's correspondent
    title, a community notice turned the Shahenshahi observances (Muktad counted to ten,
    Pateti, Navroz with its year, Khordad Sal, Zarthost no Diso, the Avan and Adar jashans)
    and Jamshedi Navroz, ad and "Also read:" (up to twice) and photo inserts, a matrimonials
    line, a print price raised at Navroz 1389, an obituary deadline, a two-line office block,
    a rare monsoon line, a copyright line."""
    return PublisherStyle(
        domain="baugbulletin.in", site="The Baug Bulletin", base_size=300,
        subdomains=(("www.", 100),),
        sections=("community", "baugs", "food", "sport", "people"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"photo": ("The Baug Bulletin", "Courtesy the family", "File photo",
                         "Courtesy BPP")},
        families=(
            _f("dated", HEADER, 0.8, (_OLD, "{date_long}"), *_daily(_pa_dated, PA_DAILY)),
            _f("by", HEADER, 0.5, (_OLD, "By {author}"),
               (PA_BYLINE.isoformat(), "{author} | Baug Bulletin Correspondent")),
            _f("days", HEADER, 0.35, *_changes(_pa_days)),
            _f("ad", MIDDLE, 0.4, (_OLD, "Advertisement"), count=2),
            _f("also", MIDDLE, 0.3, (_OLD, "Also read: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("matrimonial", FOOTER, 0.2,
               (_OLD, "💍 Matrimonials and classifieds are on the back page of the print "
                "edition.")),
            _f("price", FOOTER, 0.25,
               (_OLD, "Print edition ₹10 every Saturday; a year’s subscription ₹400."),
               (PA_PRICE.isoformat(), "Print edition ₹12 every Saturday; a year’s subscription "
                                      "₹500.")),
            _f("obituary", FOOTER, 0.2,
               (_OLD, "Obituary and uthamna notices: call 022-2414 5730 by Wednesday noon.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Our office")),
            _f("office", FOOTER, 0.38,
               (_OLD, "Dadar Parsee Colony, Mumbai 400014 · news@baugbulletin.in")),
            _f("monsoon", FOOTER, 0.04,
               (_OLD, "🌧️ Heavy rain: the colony lanes are waterlogged, avoid Hindmata "
                "junction.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} The Baug Bulletin")),
        ),
    )


# --- a quarterly poetry journal's site (Norwich) -------------------------------------------------

LR_FIRST_YEAR = 2010  # issue 1: Spring 2010
LR_BYLINE = dt.date(2018, 3, 1)  # "Posted" turned the editor with the date
LR_FEE = dt.date(2019, 1, 1)  # the fee per poem went up
LR_SUBS = dt.date(2019, 6, 1)  # subscriptions went up
LR_EXTENDED = 2020  # the summer reading window ran to 31 August that year
SEASONS = ("Spring", "Summer", "Autumn", "Winter")


def issue(day: dt.date) -> tuple[int, str]:
    """The issue out on `day` and its season: Spring from 1 March, Summer from 1 June,
    Autumn from 1 September, Winter from 1 December ("Winter 2019–20")."""
    y, m = day.year, day.month
    if m < 3:
        y, k = y - 1, 3
    else:
        k = min((m - 3) // 3, 3)
    label = f"{SEASONS[k]} {y}" if k < 3 else f"Winter {y}–{(y + 1) % 100:02d}"
    return (y - LR_FIRST_YEAR) * 4 + k + 1, label


def _lr_issue(day: dt.date) -> str:
    n, label = issue(day)
    return f"Issue {n} · {label}"


def reading_window(day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The reading window open on `day` (first and last days), or None: 1 January to
    14 February and 1 July to 15 August (31 August in 2020)."""
    y = day.year
    summer_end = dt.date(y, 8, 31) if y == LR_EXTENDED else dt.date(y, 8, 15)
    for first, last in ((dt.date(y, 1, 1), dt.date(y, 2, 14)), (dt.date(y, 7, 1), summer_end)):
        if first <= day <= last:
            return first, last
    return None


def _lr_window(day: dt.date) -> str:
    window = reading_window(day)
    if window is None:
        opens = "1 July" if 2 <= day.month < 7 else "1 January"
        return f"Submissions are closed. Our next reading window opens on {opens}."
    last = window[1]
    n = (last - day).days
    if n == 0:
        return "✍️ Submissions close tonight at midnight."
    extended = " (extended this year)" if last.month == 8 and last.day == 31 else ""
    return (f"✍️ Submissions are open until {last.day} {ENGLISH_MONTHS[last.month - 1]}"
            f"{extended}: {n} day{'s' * (n != 1)} left.")


def poetry_style() -> PublisherStyle:
    """A quarterly poetry journal's site (Norwich): the issue out with its season (Winter
    across two years), a date slot turned the editor with the date, the reading windows with
    a countdown (extended in 2020), a permission line and an archive label inserted, a fee
    per poem raised in 2019, a fair-dealing notice, a mailing-list line, a funding line
    naming the journal, a two-line subscription block raised in 2019, a rare book-fair
    line."""
    return PublisherStyle(
        domain="lintelreview.co.uk", site="The Lintel Review", base_size=250,
        subdomains=(("www.", 100),),
        sections=("poems", "reviews", "news"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={},
        families=(
            _f("issue", HEADER, 0.6, *_changes(_lr_issue)),
            _f("posted", HEADER, 0.5, (_OLD, "Posted {date_long}"),
               (LR_BYLINE.isoformat(), "{author}, Poetry Editor · {date_long}")),
            _f("window", HEADER, 0.35, *_changes(_lr_window)),
            _f("permission", MIDDLE, 0.3,
               (_OLD, "Poem © the poet; reproduced here with permission.")),
            _f("archive", MIDDLE, 0.15, (_OLD, "From the archive")),
            _f("fee", FOOTER, 0.3,
               (_OLD, "We pay £25 per poem on publication, and every contributor receives two "
                "copies."),
               (LR_FEE.isoformat(), "We pay £30 per poem on publication, and every contributor "
                                    "receives two copies.")),
            _f("fair-dealing", FOOTER, 0.2,
               (_OLD, "Quotations in our reviews are used under fair dealing for the purposes "
                "of criticism and review.")),
            _f("mailing", FOOTER, 0.25,
               (_OLD, "Join our mailing list for news of each issue and reading window.")),
            _f("funded", FOOTER, 0.25,
               (_OLD, "The Lintel Review is supported using public funding by Arts Council "
                "England.")),
            _f("subscribe-head", FOOTER, 0.4, (_OLD, "Subscribe")),
            _f("subscribe", FOOTER, 0.38,
               (_OLD, "Four issues a year: £24 in the UK, £32 to the rest of the world."),
               (LR_SUBS.isoformat(), "Four issues a year: £26 in the UK, £36 to the rest of "
                                     "the world.")),
            _f("bookfair", FOOTER, 0.04,
               (_OLD, "📚 Our editors are at the small press fair this weekend: say hello at "
                "stand 12.")),
        ),
    )


# --- a bird observatory's daily log (Suffolk) ----------------------------------------------------

BO_DAILY = dt.date(2016, 3, 15)  # from the 2016 season's opening, the log with the day of the year
BO_BYLINE = dt.date(2018, 4, 1)  # the observers turned the warden who compiled the log
BO_FRIENDS = dt.date(2019, 4, 1)  # the Friends' subscription went up
HIGHLIGHTS = ("⭐ Bird of the day: Wryneck", "⭐ Bird of the day: Red-backed Shrike",
              "⭐ Bird of the day: Yellow-browed Warbler", "⭐ Bird of the day: Bluethroat",
              "⭐ Bird of the day: Pallas’s Warbler", "⭐ Bird of the day: Long-eared Owl")


def _bo_dated(day: dt.date) -> str:
    return (f"Daily log · {ENGLISH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1]} {day.year} · day {day.timetuple().tm_yday}")


def birdobs_style() -> PublisherStyle:
    """A bird observatory's daily log (Suffolk): a long date slot turned the log's date with
    the day of the year (a wording per day, from the 2016 season), the observers turned the
    warden who compiled it, the wind and sky from pools, ringing totals and a bird of the
    day inserted, the hostel by season, a records line, a colour-ring line, a Friends'
    subscription raised in 2019, a two-line visiting block, a rare rarity etiquette line."""
    return PublisherStyle(
        domain="sallownessbirdobs.org.uk", site="Sallowness Bird Observatory", base_size=220,
        subdomains=(("www.", 100),),
        sections=("log", "ringing", "news"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "wind": ("NE 3", "E 4-5", "SW 2", "W 5-6", "N 3-4", "calm", "SE 2-3", "NW 4"),
            "sky": ("clear", "overcast, drizzle at dawn", "fog until 9am", "showers",
                    "bright and sunny", "low cloud"),
            "highlight": HIGHLIGHTS,
        },
        families=(
            _f("log", HEADER, 0.8, (_OLD, "{date_long}"), *_daily(_bo_dated, BO_DAILY)),
            _f("observers", HEADER, 0.5, (_OLD, "Observers: {author} and {author2}"),
               (BO_BYLINE.isoformat(), "Log compiled by {author} (warden)")),
            _f("weather", HEADER, 0.45, (_OLD, "Wind {wind}; {sky}")),
            _f("ringed", MIDDLE, 0.3, (_OLD, "Ringed today: {count} birds")),
            _f("highlight", MIDDLE, 0.2, (_OLD, "{highlight}")),
            _f("hostel", FOOTER, 0.3, *_seasons(
                ("03-15", "🏠 The hostel is open for the season: book a bunk through the "
                          "warden."),
                ("11-16", "The hostel is closed for the winter; the log continues at "
                          "weekends."))),
            _f("records", FOOTER, 0.25,
               (_OLD, "All records are subject to acceptance by the county records "
                "committee.")),
            _f("colour-rings", FOOTER, 0.2,
               (_OLD, "Seen a colour-ringed bird? Send the colours, their order and the leg to "
                "the warden.")),
            _f("friends", FOOTER, 0.25,
               (_OLD, "Friends of the Observatory: £15 a year, £20 for a family."),
               (BO_FRIENDS.isoformat(), "Friends of the Observatory: £18 a year, £24 for a "
                                        "family.")),
            _f("visit-head", FOOTER, 0.4, (_OLD, "Visiting")),
            _f("visit", FOOTER, 0.38,
               (_OLD, "Open daily, dawn to dusk; dogs on leads, please. The car park closes "
                "at 8pm.")),
            _f("rarity", FOOTER, 0.04,
               (_OLD, "🦅 Rarity on site: follow the warden’s directions and keep to the "
                "paths.")),
        ),
    )


# --- a volunteer rural fire brigade's news (East Gippsland, Victoria) ---------------------------

FB_BYLINE = dt.date(2018, 7, 1)  # the date turned the secretary's post with the weekday
FB_ONLINE = (dt.date(2020, 3, 24), dt.date(2020, 6, 23))  # training online
# The Fire Danger Period in the shire: first day, last day.
FIRE_DANGER_PERIODS = ((dt.date(2014, 11, 24), dt.date(2015, 5, 4)),
                       (dt.date(2015, 11, 16), dt.date(2016, 5, 2)),
                       (dt.date(2016, 11, 28), dt.date(2017, 5, 1)),
                       (dt.date(2017, 11, 20), dt.date(2018, 5, 7)),
                       (dt.date(2018, 11, 12), dt.date(2019, 5, 6)),
                       (dt.date(2019, 11, 18), dt.date(2020, 5, 11)),
                       (dt.date(2020, 11, 23), dt.date(2021, 5, 3)))
# Days of total fire ban in the district, as the brigade posted them.
TOTAL_FIRE_BANS = (dt.date(2015, 1, 2), dt.date(2015, 12, 19), dt.date(2016, 1, 13),
                   dt.date(2017, 2, 9), dt.date(2018, 1, 6), dt.date(2018, 1, 28),
                   dt.date(2019, 1, 4), dt.date(2019, 1, 25), dt.date(2019, 11, 21),
                   dt.date(2019, 12, 20), dt.date(2019, 12, 30), dt.date(2020, 1, 4),
                   dt.date(2020, 1, 31))
INCIDENTS = ("🚒 Turnout: grass fire on the Old Coach Road, contained in forty minutes.",
             "🚒 Turnout: tree down across the highway, cleared with the SES.",
             "🚒 Turnout: car fire at the rest area; no one was hurt.",
             "🚒 Turnout: smoke sighting, a permitted burn-off, no action needed.")


def _fb_period(day: dt.date) -> str:
    if day in TOTAL_FIRE_BANS:
        return "⛔ TOTAL FIRE BAN today in the district: no fires in the open."
    for first, last in FIRE_DANGER_PERIODS:
        if first <= day <= last:
            return "🔥 The Fire Danger Period is in force: you need a permit to burn off."
        if first - dt.timedelta(days=14) <= day < first:
            return (f"The Fire Danger Period starts on Monday {first.day} "
                    f"{ENGLISH_MONTHS[first.month - 1]}: finish burning off before then.")
    return "The Fire Danger Period has ended: check the shire’s local laws before burning off."


def clock_change(y: int, month: int) -> dt.date:
    """Victoria's clock changes: the first Sunday of April and of October."""
    return nth_weekday(y, month, 6, 1)


def _fb_prepare() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Plan and prepare: check your bushfire survival plan before summer.")]
    events: list[Event] = [(clock_change(y, m) - dt.timedelta(days=1),
                            clock_change(y, m) + dt.timedelta(days=2),
                            "⏰ The clocks change this weekend: test your smoke alarms.")
                           for y in YEARS for m in (4, 10)]
    return _timeline(base, events)


def brigade_style() -> PublisherStyle:
    """A volunteer rural fire brigade's news (East Gippsland, Victoria): a day-month-year slot
    turned the secretary's post with the weekday, the Fire Danger Period (coming, in force,
    ended) with days of total fire ban, a fire danger rating from a pool, turnout inserts, a
    training line turned online in 2020, a prepare line turned the clock changes, a
    recruiting line, a warnings source line, a two-line station block, a rare tree-down
    line."""
    return PublisherStyle(
        domain="bellbirdcreekfire.org.au", site="Bellbird Creek Fire Brigade", base_size=190,
        subdomains=(("www.", 100),),
        sections=("news", "turnouts", "community"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"rating": ("Low-Moderate", "High", "Very High", "Severe", "Extreme"),
               "incident": INCIDENTS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               (FB_BYLINE.isoformat(), "Posted {weekday} {date_dmy} by {author}, Brigade "
                                       "Secretary")),
            _f("period", HEADER, 0.4, *_changes(_fb_period)),
            _f("rating", HEADER, 0.25, (_OLD, "Fire danger rating for the district today: "
                                              "{rating}")),
            _f("incident", MIDDLE, 0.25, (_OLD, "{incident}")),
            _f("training", FOOTER, 0.3, *_timeline(
                [(_OLD, "Training is on Tuesdays at 7pm at the station. New members welcome.")],
                [(FB_ONLINE[0], FB_ONLINE[1], "Training is online on Tuesdays at 7pm while "
                                              "station activities are restricted.")])),
            _f("prepare", FOOTER, 0.25, *_fb_prepare()),
            _f("recruit", FOOTER, 0.2,
               (_OLD, "We need volunteers: firefighters, drivers and support members. No "
                "experience needed.")),
            _f("warnings", FOOTER, 0.25,
               (_OLD, "For warnings: the VicEmergency app, emergency.vic.gov.au or 1800 226 "
                "226.")),
            _f("station-head", FOOTER, 0.4, (_OLD, "Our station")),
            _f("station", FOOTER, 0.38,
               (_OLD, "5 Station Street, Bellbird Creek VIC 3889 · In an emergency call "
                "000")),
            _f("tree", FOOTER, 0.04,
               (_OLD, "🌳 Tree down on the Bellbird Creek Road: avoid the area.")),
        ),
    )


# --- a photographic society's news (the West Midlands) ------------------------------------------

PS_BYLINE = dt.date(2017, 9, 1)  # the date gained the weekday and the programme secretary
PS_SUBS = dt.date(2019, 9, 1)  # subscriptions went up
PS_ZOOM = dt.date(2020, 3, 19)  # club nights moved to Zoom
SUBJECTS = (("01-01", "Monochrome"), ("02-01", "Water"), ("03-01", "Portraits"),
            ("04-01", "Abstract"), ("09-01", "Open"), ("10-01", "Reflections"),
            ("11-01", "Street"))
JUDGES = ("Tonight’s judge: a visiting judge from the federation’s judges list",
          "Tonight’s judge: a past club champion",
          "Tonight’s judge: a professional landscape photographer",
          "Tonight’s judge: a wildlife photographer from a neighbouring club")


def _ps_subject_steps() -> tuple[tuple[str, str], ...]:
    steps = [(md, f"📷 Set subject for {ENGLISH_MONTHS[int(md[:2]) - 1]}: {subject}. "
                  f"Entries close on the first club night.") for md, subject in SUBJECTS]
    steps.append(("05-01", "📷 May: the AGM and the print of the year. No set subject."))
    steps.append(("06-01", "Summer programme: photo walks on Thursday evenings; set subjects "
                           "return in September."))
    steps.append(("12-01", "📷 December: the Christmas social. No set subject."))
    return _seasons(*sorted(steps))


def photo_style() -> PublisherStyle:
    """A photographic society's news (the West Midlands): a day-month-year slot turned the
    weekday with the programme secretary, the month's set subject (a summer programme, the
    AGM, the Christmas social), judge and image-copyright inserts, subscriptions raised in
    2019, an affiliation line, a welcome line turned Zoom in 2020, a two-line club-night
    block, a rare exhibition line."""
    return PublisherStyle(
        domain="wrenfordphoto.org.uk", site="Wrenford Photographic Society", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "competitions", "programme"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"judge": JUDGES},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               (PS_BYLINE.isoformat(), "{weekday} {date_dmy} · posted by {author}, Programme "
                                       "Secretary")),
            _f("subject", HEADER, 0.4, *_ps_subject_steps()),
            _f("judge", MIDDLE, 0.25, (_OLD, "{judge}")),
            _f("image-rights", MIDDLE, 0.3,
               (_OLD, "All images © the photographer and not to be used without "
                "permission.")),
            _f("subs", FOOTER, 0.3,
               (_OLD, "Subscriptions: £45 a year, students £15, visitors £3 a night."),
               (PS_SUBS.isoformat(), "Subscriptions: £50 a year, students £15, visitors £4 a "
                                     "night.")),
            _f("affiliated", FOOTER, 0.2,
               (_OLD, "The Society is affiliated to the Midland Counties Photographic "
                "Federation.")),
            _f("welcome", FOOTER, 0.25, *_timeline(
                [(_OLD, "New members and visitors welcome: your first two club nights are "
                        "free.")],
                [(PS_ZOOM, None, "Club nights are on Zoom until further notice: email the "
                                 "secretary for the link.")])),
            _f("nights-head", FOOTER, 0.4, (_OLD, "Club nights")),
            _f("nights", FOOTER, 0.38,
               (_OLD, "Thursdays, 7.30pm, St Luke’s Church Hall, Mill Lane")),
            _f("exhibition", FOOTER, 0.04,
               (_OLD, "🖼️ Our annual exhibition is at the library all this week.")),
        ),
    )


def heldout40_styles() -> list[PublisherStyle]:
    """The held-back-40 styles, in the order the generator hands them to publishers."""
    return [
        dumka_style(), labe_style(), giyani_style(), kisumu_style(), freetown_style(),
        aitutaki_style(), coptic_style(), parsi_style(), poetry_style(), birdobs_style(),
        brigade_style(), photo_style(),
    ]
