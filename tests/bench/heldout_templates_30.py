"""The thirtieth held-back template set (``held-back-30``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the twenty-ninth
held-back set (`tests.bench.heldout_templates_29`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first twenty-nine held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 95.64% at 5a96971; studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Pashto-language provincial news
site (Jalalabad, Nangarhar), a Dhivehi-language news site in Thaana (Malé), an Upper
Sorbian-language regional news site (Budyšin / Bautzen), a Guaraní and Spanish (jopara)
community news site (Concepción, Paraguay), a bilingual Friulian and Italian town council's
news (Friuli), a Tongan-language island news site (Vavaʻu), a community wind energy
co-operative's members' news (Orkney), a rodeo association's results (Alberta), a fell
running club's race reports (Cumbria), a dog agility club's news (Western Australia), a
Morris side's news (Oxfordshire) and an independent bicycle shop's news (Galway). None of
these kinds is in an earlier held-back set, nor these languages; Thaana is a new script.

Variation: article dates localised day by day (the Afghan solar date with a Pashto weekday
in Extended Arabic-Indic digits, the Gregorian date beside it from Nowruz 1397; Dhivehi
weekdays and months beside the date of the arithmetic Hijri calendar after an English one;
Upper Sorbian weekdays and genitive months after a dotted one; Guaraní weekdays and months
after a Spanish one; an Italian numeric date turned Friulian and Italian weekday dates side
by side; Tongan weekdays and months with their glottal stops and macrons after an English
one; an Australian slashed date no slot prints), the day of Ramadan printed day by day, a
turbine's output against its forecast month by month, English, US and ISO date slots on the
other sites, bylines of many shapes (a city, an island, a photographer, a town's
correspondent, a staff post), notices reworded in 2015-2020 (social lines gaining YouTube or
Instagram; a site platform changing version; legal links gaining the GDPR notice; a
newsletter reworded for it; subscriptions, memberships, subs and services raised; entries
moved online; a kit rule; VAT cut in 2020), election and emergency lines (Afghanistan's 2018
parliamentary and 2019 presidential elections and the 2020 lockdown; the Maldives' 2017
council, 2018 presidential and 2019 parliamentary votes and the 2020 advice; Germany's 2017
federal and Saxony's 2019 votes and both 2020 lockdowns; Paraguay's 2015 municipal, 2017
primary and 2018 general votes and the 2020 quarantine; Italy's 2016-2020 referendums and
elections and the 2020 lockdown; Tonga's 2017 election, Cyclone Gita and the 2020 emergency;
Storm Ophelia; the 2020 closures, suspensions and reopenings), notices that follow a
calendar (Nowruz with the solar year, both Eids and Independence Day with its anniversary;
Ramadan and the Eids of the arithmetic calendar, Independence, Victory and Republic Days
with their anniversaries; the Birds' Wedding, the Easter riders and Christmas; San Blas,
Independence Day, the Chaco Peace, the Day of the Guaraní Language and Caacupé; the Epiphany
bonfire, the Feast of the Friulian Homeland with its count, the village fair and two tax
deadlines a year; Emancipation and Constitution Days with their counts, the King's birthday
and the whale season; an AGM, members' interest and grant rounds; a rodeo season, its finals
and the Stampede; winter and summer training, a fell race and a Christmas handicap; a summer
heat policy, a Christmas break and championships; Plough Monday, May Morning, Boxing Day and
a charity of the year; Ireland's bank holidays), names at the start of lines or after a
label, the article's own title (a breadcrumb) and other articles' titles (links in five
languages and a previous-post link), amounts (market prices in afghanis, guaraní exchange
rates, megawatt hours and percentages, rodeo points, seconds and prize money, race times,
climbs and distances, agility times, euro, dollar and pound prices), versions, attachments
with their sizes, keyword lists, read counts, phone numbers in several countries' formats,
multi-line blocks, mid-body inserts (some up to two times), bare lines (ad labels in five
languages, language switches, block headings), Pashto letters (ټ, ډ, ړ, ږ, ښ, ګ, ۍ) and a
zero-width non-joiner, Thaana, Sorbian letters (č, ć, ě, ł, ř, ž), Guaraní nasal vowels and
a g with a combining tilde, Friulian circumflexes, Tongan ʻ and macrons, symbols and emoji
where such sites use them, and families in only 3-6% of articles beside ones in nearly all.
Renamed variants of a style keep the lines that do not name the site, so sister sites share
a network footer.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, last_weekday, nth_weekday
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

EASTER_WESTERN = {2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16",
                  2018: "2018-04-01", 2019: "2019-04-21", 2020: "2020-04-12"}
# The two Eids as most of Afghanistan kept them (with Saudi Arabia) in these years.
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}

PASHTO_WEEKDAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
PASHTO_MONTHS = ("جنوري", "فبروري", "مارچ", "اپرېل", "مۍ", "جون", "جولای", "اګست", "سپټمبر",
                 "اکتوبر", "نومبر", "ډسمبر")
# The Afghan solar year (Hijri Shamsi), from Nowruz (taken as 21 March): six months of 31
# days, five of 30, and the last to the next Nowruz; the Gregorian year less 621.
SOLAR_MONTHS_PS = ("وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ",
                   "مرغومی", "سلواغه", "کب")
DHIVEHI_MONTHS = ("ޖަނަވަރީ", "ފެބްރުއަރީ", "މާރިޗު", "އޭޕްރިލް", "މޭ", "ޖޫން", "ޖުލައި",
                  "އޮގަސްޓު", "ސެޕްޓެމްބަރު", "އޮކްޓޫބަރު", "ނޮވެމްބަރު", "ޑިސެމްބަރު")
DHIVEHI_WEEKDAYS = ("ހޯމަ", "އަންގާރަ", "ބުދަ", "ބުރާސްފަތި", "ހުކުރު", "ހޮނިހިރު", "އާދިއްތަ")
HIJRI_MONTHS_DV = ("މުޙައްރަމް", "ޞަފަރު", "ރަބީޢުލްއައްވަލް", "ރަބީޢުލްއާޚިރު",
                   "ޖުމާދަލްއޫލާ", "ޖުމާދަލްއާޚިރާ", "ރަޖަބު", "ޝަޢުބާން", "ރަމަޟާން",
                   "ޝައްވާލް", "ޛުލްޤަޢިދާ", "ޛުލްޙިއްޖާ")
SORBIAN_MONTHS_GEN = ("januara", "februara", "měrca", "apryla", "meje", "junija", "julija",
                      "awgusta", "septembra", "oktobra", "nowembra", "decembra")
SORBIAN_WEEKDAYS = ("póndźela", "wutora", "srjeda", "štwórtk", "pjatk", "sobota", "njedźela")
GUARANI_MONTHS = ("jasyteĩ", "jasykõi", "jasyapy", "jasyrundy", "jasypo", "jasypoteĩ",
                  "jasypokõi", "jasypoapy", "jasyporundy", "jasypa", "jasypateĩ", "jasypakõi")
GUARANI_WEEKDAYS = ("arateĩ", "arakõi", "araapy", "ararundy", "arapo", "arapoteĩ", "arapokõi")
FRIULIAN_MONTHS = ("zenâr", "fevrâr", "març", "avrîl", "mai", "jugn", "lui", "avost",
                   "setembar", "otubar", "novembar", "dicembar")
FRIULIAN_WEEKDAYS = ("lunis", "martars", "miercus", "joibe", "vinars", "sabide", "domenie")
ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre")
ITALIAN_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
                    "domenica")
TONGAN_MONTHS = ("Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai", "ʻAokosi",
                 "Sepitema", "ʻOkatopa", "Nōvema", "Tīsema")
TONGAN_WEEKDAYS = ("Mōnite", "Tūsite", "Pulelulu", "Tuʻapulelulu", "Falaite", "Tokonaki",
                   "Sāpate")

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _changes, _seasons = _PERIOD.daily, _PERIOD.changes, _PERIOD.seasons


def _monthly(text: Callable[[int, int], str]) -> list[tuple[str, str]]:
    """One wording per month, from the first of each month, January 2015 to January 2021."""
    out = [(_OLD, text(2015, 1))]
    for y in range(2015, 2021):
        for m in range(1, 13):
            if (y, m) != (2015, 1):
                out.append((f"{y}-{m:02d}-01", text(y, m)))
    out.append(("2021-01-01", text(2021, 1)))
    return out


PASHTO_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def _ps(text: int | str) -> str:
    """`text` with its ASCII digits as the Extended Arabic-Indic ones Afghan sites print."""
    return "".join(PASHTO_DIGITS[int(c)] if c.isdigit() else c for c in str(text))


# --- a Pashto-language provincial news site (Jalalabad, Nangarhar) ---------------------------

PS_BOTH = dt.date(2018, 3, 21)  # from Nowruz 1397, the Gregorian date beside the solar one
PS_BYLINE = dt.date(2019, 2, 1)  # "لیکوال:" turned "د ... راپور" (the writer mid-line)
PS_SOCIAL = dt.date(2018, 9, 1)  # the follow line gained YouTube
SOLAR_LENGTHS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30)  # then the last month
# Jalalabad's market: (item, afghanis a kilo or a litre).
MANDAI = (("رومي بانجان", 25), ("پیاز", 18), ("اوړه", 30), ("کچالو", 20), ("بوره", 55),
          ("غوړي", 95))


def solar_hijri(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the Afghan solar calendar: the year starts on Nowruz,
    21 March, and is the Gregorian year less 621."""
    y = day.year if day >= dt.date(day.year, 3, 21) else day.year - 1
    offset = (day - dt.date(y, 3, 21)).days
    month = 1
    for length in SOLAR_LENGTHS:
        if offset < length:
            break
        offset -= length
        month += 1
    return y - 621, month, offset + 1


def independence_years_af(y: int) -> int:
    """Years since Afghanistan's independence (19 August 1919)."""
    return y - 1919


def _ps_dated(day: dt.date) -> str:
    sy, sm, sd = solar_hijri(day)
    text = f"{PASHTO_WEEKDAYS[day.weekday()]}، {_ps(sd)} {SOLAR_MONTHS_PS[sm - 1]} {_ps(sy)} ل"
    if day >= PS_BOTH:
        text += f" ({_ps(day.day)} {PASHTO_MONTHS[day.month - 1]} {_ps(day.year)} ز)"
    return text


def _ps_jashn() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "موږ په فېسبوک او ټویټر کې تعقیب کړئ."),
            (PS_SOCIAL.isoformat(), "موږ په فېسبوک، ټویټر او یوټیوب کې تعقیب کړئ.")]
    events: list[Event] = []
    for y in YEARS:
        events.append((dt.date(y, 3, 20), dt.date(y, 3, 23),
                       f"🌷 نوی لمریز کال {_ps(y - 621)} مو مبارک شه!"))
        fitr, adha = _day(EID_FITR[y]), _day(EID_ADHA[y])
        events.append((fitr, fitr + dt.timedelta(days=3), "🌙 کوچنی اختر مو مبارک شه!"))
        events.append((adha, adha + dt.timedelta(days=4), "🐑 لوی اختر مو مبارک شه!"))
        events.append((dt.date(y, 8, 18), dt.date(y, 8, 20),
                       f"🇦🇫 د خپلواکۍ د {_ps(independence_years_af(y))}مې کلیزې جشن مو "
                       "مبارک!"))
    return _timeline(base, events)


def _ps_takane() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 خبر لرئ؟ موږ ته یې ولېږئ: 0799 550 143 (واټساپ)")]
    return _timeline(base, [
        (dt.date(2018, 10, 6), dt.date(2018, 10, 21),
         "🗳️ پارلماني ټاکنې: شنبه، ۲۸ تله ۱۳۹۷ — خپله رایه وکاروئ!"),
        (dt.date(2019, 9, 14), dt.date(2019, 9, 29),
         "🗳️ ولسمشریزې ټاکنې: شنبه، ۶ تله ۱۳۹۸ — خپله رایه وکاروئ!"),
        (dt.date(2020, 3, 28), dt.date(2020, 6, 1),
         "😷 په کور کې پاتې شئ او قرنطین ته درناوی وکړئ."),
        (dt.date(2020, 6, 1), None, "😷 ماسک واغوندئ او فزیکي واټن وساتئ."),
    ])


def nangarhar_style() -> PublisherStyle:
    """A Pashto-language provincial news site (Jalalabad, Nangarhar): a section kicker, the
    Afghan solar date with a Pashto weekday and Extended Arabic-Indic digits, the Gregorian
    date beside it from Nowruz 1397 (a wording per day), "لیکوال:" turned "د ... راپور" with
    the writer mid-line, a read count, market prices in afghanis, "اعلان" and "دا هم ولولئ:"
    (up to twice) and photo inserts, a keyword list, a follow line (gaining YouTube) turned
    Nowruz with the solar year, both Eids and Independence Day with its anniversary, a tip
    line turned the 2018 and 2019 elections, the 2020 lockdown and masks, a radio line, a
    comment rule, a rare border closure, a copyright line."""
    return PublisherStyle(
        domain="nangarhargagh.af", site="ننګرهار غږ", base_size=880,
        subdomains=(("www.", 80), ("", 20)),
        sections=("khabarona", "nangarhar", "siasat", "iqtisad", "warzish", "roghtia", "narai"),
        n_authors=6, url_path="/ps/{section}/{n}",
        pools={
            "barkha": ("خبرونه", "ننګرهار", "سیاست", "اقتصاد", "ورزش", "روغتیا", "نړۍ",
                       "کلتور"),
            "likwal": ("نورالله شینواری", "زرمینه احمدزۍ", "حمیدالله مومند", "شبنم صافي",
                       "عبدالرحمان خوګیانی", "ملالۍ ننګرهاري"),
            "saraghina": ("ننګرهار غږ", "ارشیف", "ټولنیزې رسنۍ", "ولایتي مقام", "لوستونکی"),
            "kalimat": ("ننګرهار", "کابل", "تورخم", "ټاکنې", "کرونا", "ښوونځي", "کرنه", "سوله",
                        "روغتیا", "ورزش"),
            "mandai": tuple(f"🛒 د جلال اباد منډۍ: {item} {_ps(price)} افغانۍ"
                            for item, price in MANDAI),
        },
        families=(
            _f("barkha", HEADER, 0.3, (_OLD, "{barkha}")),
            _f("neta", HEADER, 0.85, *_daily(_ps_dated)),
            _f("likwal", HEADER, 0.6, (_OLD, "لیکوال: {likwal}"),
               (PS_BYLINE.isoformat(), "د {likwal} راپور")),
            _f("lidal", HEADER, 0.45, (_OLD, "{count} ځله لوستل شوی")),
            _f("mandai", HEADER, 0.15, (_OLD, "{mandai}")),
            _f("elan", MIDDLE, 0.45, (_OLD, "اعلان"), count=2),
            _f("wolwalai", MIDDLE, 0.4, (_OLD, "دا هم ولولئ: {other_title}"), count=2),
            _f("anzor", MIDDLE, 0.3, (_OLD, "انځور: {saraghina}")),
            _f("kalimat", FOOTER, 0.35, (_OLD, "کلیدي ټکي: {kalimat_list}")),
            _f("jashn", FOOTER, 0.25, *_ps_jashn()),
            _f("takane", FOOTER, 0.2, *_ps_takane()),
            _f("radio", FOOTER, 0.25, (_OLD, "📻 هره ورځ موږ ته په ۹۱٫۵ FM غوږ ونیسئ.")),
            _f("nazar", FOOTER, 0.3,
               (_OLD, "په خپلو نظرونو کې ادب مراعات کړئ؛ سپکې سپورې نه خپرېږي.")),
            _f("torkham", FOOTER, 0.04,
               (_OLD, "⚠️ د تورخم لار نن د تګ راتګ پر مخ تړل شوې ده.")),
            _f("haq", FOOTER, 0.6, (_OLD, "© {year} ننګرهار غږ. ټول حقونه خوندي دي.")),
        ),
    )


# --- a Dhivehi-language news site in Thaana (Malé) -------------------------------------------

DV_DAILY = dt.date(2016, 7, 26)  # from Independence Day 2016, dates in Dhivehi and Hijri
DV_BYLINE = dt.date(2019, 1, 1)  # "ލިޔުނީ:" turned the writer and an island
DV_SOCIAL = dt.date(2018, 4, 1)  # the follow line gained Instagram
HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 (the arithmetic calendar)


def hijri_ordinal(y: int, m: int, d: int) -> int:
    """The proleptic Gregorian ordinal of Hijri day `d` of month `m` of year `y`, by the
    arithmetic (tabular) Islamic calendar."""
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + HIJRI_EPOCH - 1


def hijri(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the arithmetic Islamic calendar."""
    o = day.toordinal()
    y = (30 * (o - HIJRI_EPOCH) + 10646) // 10631
    m = min(12, math.ceil((o - (29 + hijri_ordinal(y, 1, 1))) / 29.5) + 1)
    return y, m, o - hijri_ordinal(y, m, 1) + 1


def hijri_day(y: int, m: int, d: int) -> dt.date:
    return dt.date.fromordinal(hijri_ordinal(y, m, d))


def ramadan_year(y: int) -> int:
    """The Hijri year whose Ramadan falls in Gregorian year `y` (2015 to 2020: in spring or
    summer, so the Hijri year of 1 June)."""
    return hijri(dt.date(y, 6, 1))[0]


def independence_years_mv(y: int) -> int:
    """Years since the Maldives' independence (26 July 1965)."""
    return y - 1965


def _dv_dated(day: dt.date) -> str:
    hy, hm, hd = hijri(day)
    return (f"{DHIVEHI_WEEKDAYS[day.weekday()]}، {day.day} {DHIVEHI_MONTHS[day.month - 1]} "
            f"{day.year} · {hd} {HIJRI_MONTHS_DV[hm - 1]} {hy}")


def _dv_moosun(day: dt.date) -> str:
    _, hm, hd = hijri(day)
    return f"🌙 ރަމަޟާން މަހުގެ {hd} ވަނަ ދުވަސް" if hm == 9 else "{moosun}"


def _dv_dhuvas() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "އަޅުގަނޑުމެން ފޮލޯ ކުރައްވާ: Facebook · Twitter"),
            (DV_SOCIAL.isoformat(), "އަޅުގަނޑުމެން ފޮލޯ ކުރައްވާ: Facebook · Twitter · "
             "Instagram")]
    events: list[Event] = []
    for y in YEARS:
        hy = ramadan_year(y)
        ramadan, fitr, adha = hijri_day(hy, 9, 1), hijri_day(hy, 10, 1), hijri_day(hy, 12, 10)
        events.append((ramadan - dt.timedelta(days=2), ramadan + dt.timedelta(days=2),
                       "🌙 ރަމަޟާން މުބާރަކް!"))
        events.append((fitr - dt.timedelta(days=1), fitr + dt.timedelta(days=3),
                       "🌙 ފިޠުރު ޢީދު މުބާރަކް!"))
        events.append((adha - dt.timedelta(days=1), adha + dt.timedelta(days=4),
                       "🐐 ޢީދުލް އަޟްޙާ މުބާރަކް!"))
        events.append((dt.date(y, 7, 25), dt.date(y, 7, 28),
                       f"🇲🇻 ޤައުމީ މިނިވަން ދުވަހުގެ {independence_years_mv(y)} ވަނަ އަހަރީ "
                       "ދުވަހަށް މަރުޙަބާ!"))
        events.append((dt.date(y, 11, 2), dt.date(y, 11, 4),
                       f"🇲🇻 ނަޞްރުގެ ދުވަހުގެ {y - 1988} ވަނަ އަހަރީ ދުވަސް"))
        events.append((dt.date(y, 11, 10), dt.date(y, 11, 12),
                       f"🇲🇻 ޖުމްހޫރީ ދުވަހުގެ {y - 1968} ވަނަ އަހަރީ ދުވަސް"))
    return _timeline(base, events)


def _dv_inthikhaab() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 ޚަބަރެއް އޮތްތޯ؟ ވައިބަރ / ވަޓްސްއެޕް: 755 0143")]
    return _timeline(base, [
        (dt.date(2017, 4, 22), dt.date(2017, 5, 7),
         "🗳️ ލޯކަލް ކައުންސިލް އިންތިޚާބު: ހޮނިހިރު 6 މޭ. ވޯޓުލާން ހަނދާން ކުރައްވާ!"),
        (dt.date(2018, 9, 9), dt.date(2018, 9, 24),
         "🗳️ ރިޔާސީ އިންތިޚާބު: އާދިއްތަ 23 ސެޕްޓެމްބަރު. ވޯޓުލާން ހަނދާން ކުރައްވާ!"),
        (dt.date(2019, 3, 23), dt.date(2019, 4, 7),
         "🗳️ ރައްޔިތުންގެ މަޖިލީހުގެ އިންތިޚާބު: ހޮނިހިރު 6 އޭޕްރިލް"),
        (dt.date(2020, 3, 12), dt.date(2020, 7, 15),
         "😷 ގޭގައި ތިއްބަވާ! HPA ގެ އިރުޝާދުތަކަށް ތަބާވެލައްވާ."),
    ])


def raalhu_style() -> PublisherStyle:
    """A Dhivehi-language news site in Thaana (Malé): a language switch, a section kicker, an
    English date slot with the time turned a Dhivehi weekday and month beside the date of
    the arithmetic Hijri calendar (a wording per day, from Independence Day 2016), the
    weather and sea (a pool) turned the day of Ramadan (a wording per day), "ލިޔުނީ:" turned
    the writer and an island, a read count, "އިޢުލާން" and "ގުޅޭ ޚަބަރު:" (up to twice) and
    photo inserts, a follow line (gaining Instagram) turned Ramadan, both Eids (by the same
    calendar), Independence Day, Victory Day and Republic Day with their anniversaries, a tip
    line turned three elections and the 2020 advice, a comment disclaimer and a reuse rule
    naming the site, a rare high-waves warning, a copyright line."""
    return PublisherStyle(
        domain="raalhunews.mv", site="ރާޅު ނިއުސް", base_size=760,
        subdomains=(("", 100),),
        sections=("news", "politics", "business", "sports", "world", "report"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "bai": ("ޚަބަރު", "ސިޔާސީ", "ވިޔަފާރި", "ކުޅިވަރު", "ދުނިޔެ", "ރިޕޯޓު",
                    "ޞިއްޙަތު"),
            "liyunee": ("ޢަލީ ނާޡިމް", "އާމިނަތު ޝިފާ", "ފާޠިމަތު ލީޒާ", "އިބްރާހީމް ސަމީރު",
                        "މަރިޔަމް ޝާހިދާ", "ޙުސައިން ފައިސަލް"),
            "rashu": ("މާލެ", "އައްޑޫ", "ފުވައްމުލައް", "ކުޅުދުއްފުށި", "ހުޅުމާލެ", "ތިނަދޫ"),
            "fotoge": ("ރާޅު ނިއުސް", "ސޯޝަލް މީޑިއާ", "އާކައިވް", "ފުލުހުން", "ރައީސް އޮފީސް"),
            "moosun": ("🌤️ މޫސުން: ވިލާގަނޑު", "🌧️ މޫސުން: ވާރޭ", "🌊 ކަނޑު: މަޑު",
                       "🌊 ކަނޑު: ގަދަ"),
        },
        families=(
            _f("bahuru", HEADER, 0.2, (_OLD, "ދިވެހި | English")),
            _f("bai", HEADER, 0.3, (_OLD, "{bai}")),
            _f("thaareekh", HEADER, 0.85, (_OLD, "{date_dmy} {time}"),
               *_daily(_dv_dated, DV_DAILY)),
            _f("moosun", HEADER, 0.15, *_changes(_dv_moosun)),
            _f("liyunee", HEADER, 0.6, (_OLD, "ލިޔުނީ: {liyunee}"),
               (DV_BYLINE.isoformat(), "{liyunee}، {rashu}")),
            _f("kiyun", HEADER, 0.4, (_OLD, "{count} ފަހަރު ކިޔާފައި")),
            _f("ishthihaaru", MIDDLE, 0.45, (_OLD, "އިޢުލާން"), count=2),
            _f("gulhey", MIDDLE, 0.4, (_OLD, "ގުޅޭ ޚަބަރު: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "ފޮޓޯ: {fotoge}")),
            _f("dhuvas", FOOTER, 0.25, *_dv_dhuvas()),
            _f("inthikhaab", FOOTER, 0.2, *_dv_inthikhaab()),
            _f("komment", FOOTER, 0.3,
               (_OLD, "ކޮމެންޓުތަކުގައި ފާޅުކުރާ ޚިޔާލުތަކަކީ ރާޅު ނިއުސްގެ ޚިޔާލެއް ނޫން.")),
            _f("nakal", FOOTER, 0.3,
               (_OLD, "ރާޅު ނިއުސްގެ ލިޔުންތައް ނަކަލުކުރާނަމަ ސޯސް ބަޔާންކުރުން ލާޒިމް.")),
            _f("kandu", FOOTER, 0.04,
               (_OLD, "⚠️ ކަނޑު ގަދަވެފައިވާތީ ކަނޑު ދަތުރުތަކުގައި ސަމާލުވުމަށް މެޓް އޮފީހުން "
                "އެދެއްޖެ.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} ރާޅު ނިއުސް. ހުރިހާ ޙައްޤެއް "
                                              "ލިބިގެންވޭ.")),
        ),
    )


# --- an Upper Sorbian-language regional news site (Budyšin / Bautzen) -------------------------

SB_DAILY = dt.date(2017, 1, 25)  # from the Birds' Wedding 2017, dates in Upper Sorbian
SB_BYLINE = dt.date(2018, 9, 1)  # "Awtor:" turned "Tekst: ... | Foto: ..."
SB_SOCIAL = dt.date(2019, 3, 1)  # the follow line gained Instagram
SB_PRICE = dt.date(2019, 1, 1)  # the digital subscription went up


def _sb_dated(day: dt.date) -> str:
    return (f"{SORBIAN_WEEKDAYS[day.weekday()]}, {day.day}. "
            f"{SORBIAN_MONTHS_GEN[day.month - 1]} {day.year}")


def _sb_swjedzenje() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Sćěhujće nas na Facebooku."),
            (SB_SOCIAL.isoformat(), "Sćěhujće nas na Facebooku a Instagramje.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Wjesołe hody a zbožowne nowe lěto!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 1, 23), dt.date(y, 1, 26),
                       "🐦 Ptači kwas 25. januara: dźěći dóstanu słódke ptački a sroki."))
        easter = _day(EASTER_WESTERN[y])
        text = (f"🐎 Křižerske procesiony jutrownu njedźelu, {easter.day}. "
                f"{SORBIAN_MONTHS_GEN[easter.month - 1]}: prošu njezadźěwajće jěcharjam."
                if y != 2020 else "🐎 Křižerske procesiony lětsa wupadnu.")
        events.append((easter - dt.timedelta(days=6), easter + dt.timedelta(days=1), text))
    return _timeline(base, events)


def _sb_wolby() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📧 Maće tip? Pisajće nam: redakcija@hlosluzicy.de")]
    return _timeline(base, [
        (dt.date(2017, 9, 11), dt.date(2017, 9, 25),
         "🗳️ Wólby do Zwjazkoweho sejma 24. septembra: njezabudźće wolić!"),
        (dt.date(2019, 5, 13), dt.date(2019, 5, 27),
         "🗳️ Europske a komunalne wólby 26. meje: njezabudźće wolić!"),
        (dt.date(2019, 8, 19), dt.date(2019, 9, 2),
         "🗳️ Wólby do Sakskeho krajneho sejma 1. septembra"),
        (dt.date(2020, 3, 16), dt.date(2020, 5, 4),
         "😷 Wostańće doma, jeli je to móžno: škitajće sebje a druhich."),
        (dt.date(2020, 11, 2), None, "😷 Wot 2. nowembra płaća zaso krućiše prawidła: "
         "wobmjezujće kontakty."),
    ])


def hlos_style() -> PublisherStyle:
    """An Upper Sorbian-language regional news site (Budyšin / Bautzen): a language switch, a
    rubric kicker, a German dotted date slot turned a Sorbian weekday and genitive month (a
    wording per day, from the Birds' Wedding 2017), "Awtor:" turned a writer and a
    photographer, "Wabjenje" and "Čitajće tež:" (up to twice) and photo inserts, a digital
    subscription raised in 2019, a follow line (gaining Instagram) turned the Birds'
    Wedding, the Easter riders (none in 2020) and Christmas, a tip line turned three
    elections and the 2020 rules, a funding line, a comment rule, a two-line imprint, a rare
    wolf sighting, a copyright line."""
    return PublisherStyle(
        domain="hlosluzicy.de", site="Hłós Łužicy", base_size=660,
        subdomains=(("www.", 100),),
        sections=("luzica", "politika", "kultura", "sport", "wera", "rec", "hospodarstwo"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "rubrika": ("Łužica", "Politika", "Kultura", "Sport", "Wěra", "Rěč", "Hospodarstwo",
                        "Šula"),
            "awtor": ("Marja Šołćina", "Jan Bjeńš", "Hanka Krawcec", "Pětr Delan",
                      "Lucija Wjeselina", "Měrćin Nawka"),
            "fotograf": ("Hłós Łužicy", "Jurij Pjech", "Milena Žurec", "archiw", "priwatny",
                         "Domowina"),
        },
        families=(
            _f("rec", HEADER, 0.2, (_OLD, "serbsce | deutsch")),
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.85, (_OLD, "{date_de}"), *_daily(_sb_dated, SB_DAILY)),
            _f("awtor", HEADER, 0.6, (_OLD, "Awtor: {awtor}"),
               (SB_BYLINE.isoformat(), "Tekst: {awtor} | Foto: {fotograf}")),
            _f("wabjenje", MIDDLE, 0.45, (_OLD, "Wabjenje"), count=2),
            _f("citajce", MIDDLE, 0.4, (_OLD, "Čitajće tež: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {fotograf}")),
            _f("abonement", FOOTER, 0.2,
               (_OLD, "Digitalny abonement: 9,90 € wob měsac, za studentow połojca."),
               (SB_PRICE.isoformat(), "Digitalny abonement: 11,50 € wob měsac, za studentow "
                "połojca.")),
            _f("swjedzenje", FOOTER, 0.25, *_sb_swjedzenje()),
            _f("wolby", FOOTER, 0.2, *_sb_wolby()),
            _f("spechowanje", FOOTER, 0.25,
               (_OLD, "Wudawa so ze spěchowanjom Załožby za serbski lud.")),
            _f("komentary", FOOTER, 0.3,
               (_OLD, "Komentary so před wozjewjenjom přepruwuja. Hanjace přinoški "
                "wotstronimy.")),
            _f("impresum-head", FOOTER, 0.4, (_OLD, "Impresum")),
            _f("impresum", FOOTER, 0.38,
               (_OLD, "Hłós Łužicy · Póstowe naměsto 2 · 02625 Budyšin · tel. 03591 550143")),
            _f("wjelk", FOOTER, 0.04,
               (_OLD, "🐺 Wjelk je so pola Radworja widźał: njewostajće psy bjez dohlada.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Hłós Łužicy – wšitke prawa wuměnjene")),
        ),
    )


# --- a Guaraní and Spanish (jopara) community news site (Concepción, Paraguay) -----------------

PY_DAILY = dt.date(2016, 8, 25)  # from the Day of the Guaraní Language 2016, dates in Guaraní
PY_BYLINE = dt.date(2019, 4, 1)  # "Ohai:" turned the writer as a town's correspondent
PY_SOCIAL = dt.date(2018, 7, 1)  # the follow line gained Instagram
# The site's Joomla! version, from a few weeks after each release it moved to.
JOOMLA = (("3.4", _OLD), ("3.6", "2016-08-01"), ("3.8", "2017-10-02"), ("3.9", "2018-11-19"))
# Guaraníes to the dollar (buying, selling) at Concepción's exchange houses, by era.
DOLAR_PY = {"dolar_a": ((5120, 5200), (5480, 5560), (5650, 5740), (5790, 5860)),
            "dolar_b": ((5580, 5650), (5720, 5800), (6040, 6120), (6390, 6470)),
            "dolar_c": ((6480, 6560), (6820, 6900), (6950, 7040))}
PY_ERAS = (("2017-01-01", "dolar_b"), ("2020-01-01", "dolar_c"))


def _py_dated(day: dt.date) -> str:
    return (f"{GUARANI_WEEKDAYS[day.weekday()]}, {day.day} {GUARANI_MONTHS[day.month - 1]} "
            f"{day.year}")


def _guaranies(n: int) -> str:
    return f"G. {n:,}".replace(",", ".")


def independence_years_py(y: int) -> int:
    """Years since Paraguay's independence (14 and 15 May 1811)."""
    return y - 1811


def _py_arete() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Eñemoirũ ñanderehe Facebook-pe."),
            (PY_SOCIAL.isoformat(), "Eñemoirũ ñanderehe Facebook ha Instagram-pe.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 2),
                       "🎄 Vy'apavẽ Navidad ha Ary Pyahu! · ¡Feliz Navidad y próspero Año "
                       "Nuevo!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 2, 2), dt.date(y, 2, 4),
                       "⛪ San Blas ára, Paraguay rerekuáre · Día de San Blas, patrono del "
                       "Paraguay"))
        events.append((dt.date(y, 5, 13), dt.date(y, 5, 16),
                       f"🇵🇾 {independence_years_py(y)} ary Tetã Sãso · ¡Felices "
                       f"{independence_years_py(y)} años de independencia!"))
        events.append((dt.date(y, 6, 11), dt.date(y, 6, 13),
                       "🕊️ Chaco ñorairõ paha ára · Día de la Paz del Chaco"))
        events.append((dt.date(y, 8, 24), dt.date(y, 8, 26),
                       "📚 Ñane ñe'ẽ guarani ára! · 25 de agosto, Día del Idioma Guaraní"))
        events.append((dt.date(y, 12, 6), dt.date(y, 12, 9),
                       "🙏 Tupãsy Ka'akupe ára · 8 de diciembre, Virgen de Caacupé"))
    return _timeline(base, events)


def _py_poravo() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Emondo ne marandu WhatsApp-pe · Enviá tu noticia: 0981 550 143")]
    return _timeline(base, [
        (dt.date(2015, 11, 1), dt.date(2015, 11, 16),
         "🗳️ Poravo municipal 15 jasypateĩ · Elecciones municipales el domingo 15"),
        (dt.date(2017, 12, 3), dt.date(2017, 12, 18),
         "🗳️ Internas partidarias 17 jasypakõi · Internas el domingo 17"),
        (dt.date(2018, 4, 8), dt.date(2018, 4, 23),
         "🗳️ Poravo guasu 22 jasyrundy · Elecciones generales el domingo 22"),
        (dt.date(2020, 3, 20), dt.date(2020, 5, 4), "😷 Epyta nde rógape · Quedate en casa"),
        (dt.date(2020, 5, 4), None, "😷 Eiporu tapaju · Usá tapabocas y lavate las manos"),
    ])


def _py_dolar() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "{dolar_a}"),) + tuple((start, "{" + era + "}") for start, era in PY_ERAS)


def neepyahu_style() -> PublisherStyle:
    """A Guaraní and Spanish (jopara) community news site (Concepción, Paraguay): a language
    switch, a bilingual section kicker, a Spanish date slot turned a Guaraní weekday and
    month (a wording per day, from the Day of the Guaraní Language 2016), "Ohai:" turned the
    writer as a town's correspondent, the dollar at the exchange houses (a pool per era),
    bilingual ad labels, "Emoñe'ẽ avei:" (up to twice) and photo inserts, a radio line (with
    a g and a combining tilde), a follow line (gaining Instagram) turned San Blas,
    Independence Day with its anniversary, the Chaco Peace, the Day of the Guaraní Language,
    Caacupé and Christmas, a WhatsApp tip line turned three elections and the 2020
    quarantine and masks, the Joomla! version, a motto, a bilingual comment disclaimer, a
    rare flood warning, a copyright line."""
    return PublisherStyle(
        domain="neepyahu.com.py", site="Ñe'ẽ Pyahu", base_size=560,
        subdomains=(("www.", 100),),
        sections=("marandu", "teta", "nemuha", "nembosarai", "arandu", "tekoha"),
        n_authors=6, url_path="/index.php/{section}/{n}-{slug}",
        pools={
            "vore": ("Marandu · Noticias", "Tetã · País", "Ñemuha · Economía",
                     "Ñembosarái · Deportes", "Arandu · Educación", "Tekoha · Comunidad"),
            "ohaihare": ("Ramona Benítez", "Celso Ayala", "Nidia Cabañas", "Arsenio Giménez",
                         "Liz Ojeda", "Teodoro Ñamandú"),
            "tava": ("Horqueta", "Belén", "Yby Yaú", "Loreto", "Vallemí", "Concepción"),
            "taanga": ("Ñe'ẽ Pyahu", "Municipalidad", "Archivo", "Gentileza", "Redes sociales"),
            **{era: tuple(f"💱 Dólar: compra {_guaranies(b)} · venta {_guaranies(s)}"
                          for b, s in rates) for era, rates in DOLAR_PY.items()},
        },
        families=(
            _f("nee", HEADER, 0.2, (_OLD, "Guarani | Castellano")),
            _f("vore", HEADER, 0.3, (_OLD, "{vore}")),
            _f("ara", HEADER, 0.85, (_OLD, "{date_es}"), *_daily(_py_dated, PY_DAILY)),
            _f("ohaihare", HEADER, 0.6, (_OLD, "Ohai: {ohaihare}"),
               (PY_BYLINE.isoformat(), "{ohaihare} · Corresponsal en {tava}")),
            _f("dolar", HEADER, 0.15, *_py_dolar()),
            _f("publicidad", MIDDLE, 0.45, (_OLD, "Ñemoherakuã · Publicidad"), count=2),
            _f("emonee", MIDDLE, 0.4, (_OLD, "Emoñe'ẽ avei: {other_title}"), count=2),
            _f("taanga", MIDDLE, 0.3, (_OLD, "Ta'ãnga: {taanga}")),
            _f("radio", FOOTER, 0.3,
               (_OLD, "🎙️ Ehendu ko'ág̃a ñande radio 98.3 FM-pe · Escuchanos en vivo")),
            _f("arete", FOOTER, 0.25, *_py_arete()),
            _f("poravo", FOOTER, 0.2, *_py_poravo()),
            _f("joomla", FOOTER, 0.3, *((start, f"Plataforma: Joomla! {version} · Diseño: "
                                         "Tembiapo Web") for version, start in JOOMLA)),
            _f("tekove", FOOTER, 0.25,
               (_OLD, "Ñane ñe'ẽ, ñande reko: ñamombarete guarani.")),
            _f("derecho", FOOTER, 0.3,
               (_OLD, "Umi comentario ndaha'éi ñande remimo'ã · Los comentarios no reflejan "
                "nuestra opinión.")),
            _f("ysyry", FOOTER, 0.04,
               (_OLD, "⚠️ Ysyry Paraguay ojupi: Defensa Civil ojerure ñañangareko ysyry "
                "rembe'ýpe.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Ñe'ẽ Pyahu · Concepción, Paraguay")),
        ),
    )


# --- a bilingual Friulian and Italian town council's news (Friuli) ----------------------------

FUR_BILINGUAL = dt.date(2017, 4, 3)  # from the Feast of the Friulian Homeland, dates in both
FUR_PAGOPA = dt.date(2020, 1, 1)  # taxes payable with pagoPA too
FUR_GDPR = dt.date(2018, 5, 25)  # the footer links gained the GDPR notice


def _fur_dated(day: dt.date) -> str:
    if day < FUR_BILINGUAL:
        return f"Pubblicato il {day:%d/%m/%Y}"
    return (f"Publicât: {FRIULIAN_WEEKDAYS[day.weekday()]} {day.day} di "
            f"{FRIULIAN_MONTHS[day.month - 1]} dal {day.year} · Pubblicato: "
            f"{ITALIAN_WEEKDAYS[day.weekday()]} {day.day} {ITALIAN_MONTHS[day.month - 1]} "
            f"{day.year}")


def homeland_years(y: int) -> int:
    """Years since the Patriarchate of Aquileia was founded as a state (3 April 1077)."""
    return y - 1077


def sagra_weekend(y: int) -> tuple[dt.date, dt.date]:
    """The village fair: Friday to Sunday of the second weekend of August."""
    friday = nth_weekday(y, 8, 4, 2)
    return friday, friday + dt.timedelta(days=2)


def _fur_fieste() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Seguici su Facebook: Comune di Pradello")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Bon Nadâl e bon an gnûf! · Buon Natale e felice anno nuovo!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 1, 4), dt.date(y, 1, 6),
                       "🔥 Pignarûl: il falò dell’Epifania, 5 gennaio alle 20 nel prato della "
                       "sagra."))
        events.append((dt.date(y, 4, 1), dt.date(y, 4, 4),
                       f"💛💙 Fieste de Patrie dal Friûl: {homeland_years(y)} agns · Festa della "
                       "Patria del Friuli"))
        friday, sunday = sagra_weekend(y)
        text = (f"🎪 Sagre di San Laurinç: dai {friday.day} ai {sunday.day} di avost · Sagra "
                f"di San Lorenzo: dal {friday.day} al {sunday.day} agosto" if y != 2020 else
                "🎪 Chest an la sagre no si fâs · Quest’anno la sagra non si fa")
        events.append((dt.date(y, 7, 25), sunday + dt.timedelta(days=1), text))
    return _timeline(base, events)


def _fur_elezions() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📢 Avvisi e allerte: iscriviti al servizio SMS del Comune.")]
    return _timeline(base, [
        (dt.date(2016, 11, 20), dt.date(2016, 12, 5),
         "🗳️ Referendum costituzionale: domenica 4 dicembre, seggi aperti dalle 7 alle 23."),
        (dt.date(2018, 2, 18), dt.date(2018, 3, 5),
         "🗳️ Elezioni politiche: domenica 4 marzo, seggi aperti dalle 7 alle 23."),
        (dt.date(2018, 4, 15), dt.date(2018, 4, 30),
         "🗳️ Elezioni regionali: domenica 29 aprile, seggi aperti dalle 7 alle 23."),
        (dt.date(2019, 5, 12), dt.date(2019, 5, 27),
         "🗳️ Elezioni europee: domenica 26 maggio, seggi aperti dalle 7 alle 23."),
        (dt.date(2020, 3, 9), dt.date(2020, 5, 18),
         "🦠 Coronavirus: restate a casa. Per informazioni chiamate il numero verde "
         "regionale."),
        (dt.date(2020, 9, 6), dt.date(2020, 9, 22),
         "🗳️ Referendum: domenica 20 e lunedì 21 settembre."),
    ])


def _fur_tributi() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, "💶 Tributi comunali: pagamento con modello F24.")]
    for y in YEARS:
        base = ("💶 Tributi comunali: pagamento con F24 o pagoPA." if y >= FUR_PAGOPA.year
                else out[0][1])
        out += [(f"{y}-01-01", base),
                (f"{y}-06-01", f"💶 IMU: acconto entro il 16 giugno {y}."),
                (f"{y}-06-17", base),
                (f"{y}-12-01", f"💶 IMU: saldo entro il 16 dicembre {y}."),
                (f"{y}-12-17", base)]
    return tuple(out)


def pradello_style() -> PublisherStyle:
    """A bilingual Friulian and Italian town council's news (Friuli): a breadcrumb with the
    article's own title, an office kicker, an Italian numeric date turned a Friulian and an
    Italian weekday date side by side (a wording per day, from the Feast of the Friulian
    Homeland 2017), attachments with their sizes, office hours (by appointment in 2020), a
    waste calendar with the year, council taxes (two IMU deadlines a year; pagoPA from 2020),
    an alerts line turned five votes and the 2020 lockdown, a follow line naming the council
    turned the Epiphany bonfire, the Feast of the Homeland with its count, the village fair
    (the second weekend of August; none in 2020) and Christmas, a certified e-mail line, legal
    links gaining the GDPR notice, a two-line contact block, a rare water cut."""
    return PublisherStyle(
        domain="comune.pradello.ud.it", site="Comune di Pradello", base_size=470,
        subdomains=(("www.", 100),),
        sections=("notizie", "avvisi", "eventi", "servizi"),
        n_authors=3, url_path="/it/{section}/{slug}",
        pools={
            "ufizi": ("Anagrafe", "Tributs · Tributi", "Servizis sociâi · Servizi sociali",
                      "Lavôrs publics · Lavori pubblici", "Culture · Cultura",
                      "Protezion civîl · Protezione civile"),
            "allegato": ("📎 Avviso_pubblico.pdf (245 KB)",
                         "📎 Modulo_domanda_contributo.pdf (312 KB)",
                         "📎 Graduatoria_definitiva.pdf (1,2 MB)",
                         "📎 Ordinanza_sindacale.pdf (98 KB)",
                         "📎 Calendario_raccolta.pdf (2,4 MB)"),
        },
        families=(
            _f("via", HEADER, 0.3, (_OLD, "Home › Gnovis · Notizie › {title}")),
            _f("ufizi", HEADER, 0.3, (_OLD, "{ufizi}")),
            _f("publicat", HEADER, 0.85, *_daily(_fur_dated)),
            _f("allegati", MIDDLE, 0.3, (_OLD, "{allegato}")),
            _f("orari", FOOTER, 0.3,
               (_OLD, "Orari al pubblico: lunedì–venerdì 9.00–12.00, giovedì anche "
                "15.00–17.00."),
               ("2020-03-12", "Gli uffici ricevono solo su appuntamento: telefonare allo "
                "0432 555143."),
               ("2020-06-03", "Uffici aperti su appuntamento, con mascherina: lunedì–venerdì "
                "9.00–12.00.")),
            _f("racuelte", FOOTER, 0.25,
               (_OLD, "♻️ Racuelte diferenziade · Raccolta differenziata: scarica il "
                "calendario {year}")),
            _f("tributi", FOOTER, 0.2, *_fur_tributi()),
            _f("elezions", FOOTER, 0.2, *_fur_elezions()),
            _f("fieste", FOOTER, 0.25, *_fur_fieste()),
            _f("pec", FOOTER, 0.35, (_OLD, "PEC: comune.pradello@certgov.fvg.it")),
            _f("privacy", FOOTER, 0.3,
               (_OLD, "Privacy · Note legali · Accessibilità · Amministrazione trasparente"),
               (FUR_GDPR.isoformat(), "Privacy · Informativa GDPR · Note legali · "
                "Accessibilità · Amministrazione trasparente")),
            _f("contatti-head", FOOTER, 0.4, (_OLD, "Comune di Pradello · Comun di Pradiel")),
            _f("contatti", FOOTER, 0.38,
               (_OLD, "Piazza Libertà 1 · 33030 Pradello (UD) · tel. 0432 555143 · "
                "C.F. 80001430301")),
            _f("aghe", FOOTER, 0.04,
               (_OLD, "🚱 Domani interruzione dell’acqua dalle 8 alle 13 in via Roma per "
                "lavori.")),
        ),
    )


# --- a Tongan-language island news site (Vavaʻu) ----------------------------------------------

TO_DAILY = dt.date(2017, 7, 4)  # from the King's birthday 2017, dates in Tongan
TO_BYLINE = dt.date(2018, 7, 1)  # "ʻE" with the writer turned the writer and a town
TO_SOCIAL = dt.date(2018, 3, 1)  # the follow line gained Instagram
_FERRY = "🚢 ʻOku folau ʻa e vaka ki Nukuʻalofa ʻi he Tūsite mo e Falaite."


def _to_dated(day: dt.date) -> str:
    return (f"{TONGAN_WEEKDAYS[day.weekday()]}, {day.day} {TONGAN_MONTHS[day.month - 1]} "
            f"{day.year}")


def emancipation_years(y: int) -> int:
    """Years since Tonga's Emancipation Act (4 June 1862)."""
    return y - 1862


def constitution_years(y: int) -> int:
    """Years since Tonga's Constitution (4 November 1875)."""
    return y - 1875


def _to_katoanga() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Muimui mai ʻi he Facebook."),
            (TO_SOCIAL.isoformat(), "Muimui mai ʻi he Facebook mo e Instagram.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Kilisimasi Fiefia mo e Taʻu Foʻou Fiefia!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 6, 3), dt.date(y, 6, 5),
                       f"🇹🇴 ʻAho Tauʻatāina: taʻu ʻe {emancipation_years(y)}"))
        events.append((dt.date(y, 7, 3), dt.date(y, 7, 5),
                       "👑 ʻAho ʻAloʻi ʻo ʻEne ʻAfio ko e Tuʻi"))
        events.append((dt.date(y, 11, 3), dt.date(y, 11, 5),
                       f"📜 ʻAho Konisitūtone: taʻu ʻe {constitution_years(y)}"))
    return _timeline(base, events)


def _to_fili() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 ʻOku ʻi ai haʻo ongoongo? Telefoni mai: 70 143 pe 775 0143")]
    return _timeline(base, [
        (dt.date(2017, 11, 2), dt.date(2017, 11, 17),
         "🗳️ Fili Fale Alea: Tuʻapulelulu 16 Nōvema. ʻOua naʻa ngalo ke ke fili!"),
        (dt.date(2018, 2, 10), dt.date(2018, 2, 20),
         "🌀 Saikolone Gita: muimui ki he ngaahi fakahinohino ʻa e NEMO."),
        (dt.date(2020, 3, 20), dt.date(2020, 6, 1),
         "😷 Fakatuʻutāmaki fakafonua: fanofano ho nima pea nofo ʻi ʻapi."),
    ])


def vavau_style() -> PublisherStyle:
    """A Tongan-language island news site (Vavaʻu): a language switch, a section kicker, an
    English date slot turned a Tongan weekday and month (a wording per day, from the King's
    birthday 2017), "ʻE" with the writer turned the writer and a town, "Tuʻuaki" and "Lau
    foki:" (up to twice) and photo inserts, the ferry to Nukuʻalofa (held for a cyclone and
    the 2020 lockdown), the whale season and a welcome, a follow line (gaining Instagram)
    turned Emancipation Day and Constitution Day with their anniversaries, the King's
    birthday and Christmas, a tip line turned the 2017 election, Cyclone Gita and the 2020
    emergency, a Sunday rule, a comment rule, a rare tsunami warning, a copyright line."""
    return PublisherStyle(
        domain="ongoongovavau.to", site="Ongoongo Vavaʻu", base_size=420,
        subdomains=(("", 100),),
        sections=("ongoongo", "fonua", "sipoti", "pisinisi", "lotu", "ako"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "konga": ("Ongoongo", "Fonua", "Sipoti", "Pisinisi", "Lotu", "Ako", "Moana",
                      "Moʻui"),
            "faitohi": ("Mele Fifita", "Sione Taufa", "ʻAna Kioa", "Tevita Fonua",
                        "Losaline Pulu", "Viliami Lātū"),
            "kolo": ("Neiafu", "Nukuʻalofa", "Pangai", "ʻOhonua", "Falevai", "Taoa"),
            "tata": ("Ongoongo Vavaʻu", "Mālō ʻo Tonga", "NEMO", "ʻAkaivi", "Laumālie Tupou"),
        },
        families=(
            _f("lea", HEADER, 0.2, (_OLD, "Lea Faka-Tonga | English")),
            _f("konga", HEADER, 0.3, (_OLD, "{konga}")),
            _f("aho", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_to_dated, TO_DAILY)),
            _f("tohi", HEADER, 0.6, (_OLD, "ʻE {faitohi}"),
               (TO_BYLINE.isoformat(), "{faitohi}, {kolo}")),
            _f("tuuaki", MIDDLE, 0.45, (_OLD, "Tuʻuaki"), count=2),
            _f("lau", MIDDLE, 0.4, (_OLD, "Lau foki: {other_title}"), count=2),
            _f("ta", MIDDLE, 0.3, (_OLD, "Tā: {tata}")),
            _f("vaka", FOOTER, 0.3, (_OLD, _FERRY),
               ("2018-02-11", "🚢 Kuo toloi ʻa e folau ʻa e vaka koeʻuhi ko e saikolone Gita."),
               ("2018-02-17", _FERRY),
               ("2020-03-29", "🚢 ʻOku ʻikai ha folau lolotonga ʻa e lockdown."),
               ("2020-04-20", "🚢 Kuo toe folau ʻa e vaka: ʻoku fiemaʻu ke ke tohi kimuʻa.")),
            _f("tofuaa", FOOTER, 0.25, *_seasons(
                ("07-01", "🐋 Faʻahitaʻu tofuaʻa: ʻoua naʻa ofi ange ʻi he mita ʻe 100 ki he "
                          "tofuaʻa."),
                ("11-01", "🌺 Talitali lelei ki Vavaʻu! Mālō ʻaupito ʻi hoʻo ʻaʻahi mai."))),
            _f("katoanga", FOOTER, 0.25, *_to_katoanga()),
            _f("fili", FOOTER, 0.2, *_to_fili()),
            _f("sapate", FOOTER, 0.25,
               (_OLD, "ʻOku tāpuni ʻa e ngaahi falekoloa mo e ngaahi pisinisi ʻi he Sāpate.")),
            _f("talanoa", FOOTER, 0.3,
               (_OLD, "Kātaki ʻo fakaʻapaʻapa ʻi hoʻo fakamatala. ʻE toʻo ʻa e ngaahi lea "
                "fakaʻita.")),
            _f("mofuike", FOOTER, 0.04,
               (_OLD, "⚠️ Mofuike mo e peau kula: tokanga ki he ngaahi fanongonongo ʻa e "
                "NEMO.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Ongoongo Vavaʻu · Neiafu, Vavaʻu")),
        ),
    )


# --- a community wind energy co-operative's members' news (Orkney) ----------------------------

# The turbine's forecast output by month (MWh), windy winters to calm summers; what it made
# varies about it, and it stood for a gearbox repair in November 2019.
FORECAST_MWH = (330, 290, 290, 220, 180, 140, 140, 160, 220, 280, 310, 330)
GEARBOX = (2019, 11)
# Interest paid to members on their shares, set at each AGM (the last Friday of September).
INTEREST = {2014: 5.0, 2015: 5.0, 2016: 4.5, 2017: 4.5, 2018: 4.0, 2019: 3.5, 2020: 2.0}
FUND_GRANT = {2015: "2,000", 2016: "2,000", 2017: "2,000", 2018: "2,500", 2019: "2,500",
              2020: "3,000"}
_FUND = "A fifth of our surplus goes to the community fund every year."


def generated_mwh(y: int, m: int) -> int:
    """What the turbine generated in month `m` of `y` (MWh): 70-130% of the forecast, and
    little in the month of the gearbox repair."""
    forecast = FORECAST_MWH[m - 1]
    if (y, m) == GEARBOX:
        return round(forecast * 0.21)
    return round(forecast * (0.7 + zlib.crc32(f"{y}-{m:02d}".encode()) % 61 / 100))


def _generation(y: int, m: int) -> str:
    """The line on the first of month `m` of `y`: the month before's output."""
    first = dt.date(y, m, 1) - dt.timedelta(days=1)
    mwh = generated_mwh(first.year, first.month)
    pct = round(100 * mwh / FORECAST_MWH[first.month - 1])
    repair = " (gearbox repair)" if (first.year, first.month) == GEARBOX else ""
    return f"⚡ {first:%B} {first.year}: {mwh} MWh generated, {pct}% of forecast{repair}."


def agm_day(y: int) -> dt.date:
    """The AGM: the last Friday of September."""
    return last_weekday(y, 9, 4)


def _interest() -> tuple[tuple[str, str], ...]:
    def text(y: int) -> str:
        return f"💷 Members’ interest for {y}: {INTEREST[y]:.1f}%, paid in October."

    return ((_OLD, text(2014)),) + tuple(((agm_day(y) + dt.timedelta(days=1)).isoformat(),
                                          text(y)) for y in YEARS)


def _agm() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Members can read our annual report and accounts on the website.")]
    events: list[Event] = []
    for y in YEARS:
        day = agm_day(y)
        where = "online by Zoom" if y == 2020 else "in the community hall"
        events.append((dt.date(y, 9, 1), day + dt.timedelta(days=1),
                       f"📋 AGM: Friday {day.day} September, 7pm, {where}. Members only."))
    return _timeline(base, events)


def _fund() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _FUND)]
    for y in YEARS:
        grant = FUND_GRANT[y]
        out += [(f"{y}-03-01", f"💷 Community fund: apply by 31 March for a grant of up to "
                               f"£{grant}."),
                (f"{y}-04-01", _FUND),
                (f"{y}-09-01", f"💷 Community fund: apply by 30 September for a grant of up "
                               f"to £{grant}."),
                (f"{y}-10-01", _FUND)]
    return tuple(out)


def rousay_style() -> PublisherStyle:
    """A community wind energy co-operative's members' news (Orkney): a kind kicker, "Posted
    ... by" turned "Members’ news" with a weekday date, last month's output against its
    forecast (a wording per month; a gearbox repair in November 2019), members' interest
    set at each AGM (the last Friday of September; online in 2020), a reports line turned the
    AGM, community fund rounds twice a year (grants raised in 2018 and 2020), two share
    offers, a grid line, a registration line naming the society, a feed-in tariff line, a
    newsletter line reworded for the GDPR, a contact block, a rare service stop."""
    return PublisherStyle(
        domain="rousaywind.coop", site="Rousay Wind Co-operative", base_size=360,
        subdomains=(("www.", 100),),
        sections=("news", "turbine", "fund", "members"),
        n_authors=2, url_path="/news/{yyyy}/{slug}",
        pools={"kind": ("Members’ news", "Turbine", "Community fund", "AGM", "Share offer")},
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted {date_dmy} by {author}"),
               ("2018-03-01", "Members’ news · {weekday} {date_dmy}")),
            _f("generation", HEADER, 0.25, *_monthly(_generation)),
            _f("interest", FOOTER, 0.25, *_interest()),
            _f("agm", FOOTER, 0.2, *_agm()),
            _f("fund", FOOTER, 0.25, *_fund()),
            _f("share", FOOTER, 0.2, *_timeline(
                [(_OLD, "Our share offer is closed: members can ask the board to withdraw "
                        "shares.")],
                [(dt.date(2016, 9, 1), dt.date(2016, 12, 1),
                  "📈 Share offer open: invest from £250 to £20,000 by 30 November."),
                 (dt.date(2019, 5, 1), dt.date(2019, 7, 1),
                  "📈 Share offer for our second turbine: from £100, closing 30 June.")])),
            _f("grid", FOOTER, 0.2,
               (_OLD, "Orkney’s grid is full on windy days, so our output is sometimes "
                "curtailed.")),
            _f("society", FOOTER, 0.25,
               (_OLD, "Rousay Wind Co-operative Ltd is a community benefit society registered "
                "in Scotland, no. SP002143.")),
            _f("fit", FOOTER, 0.2,
               (_OLD, "Our 900 kW turbine is accredited under the Feed-in Tariff scheme.")),
            _f("newsletter", FOOTER, 0.2, (_OLD, "Sign up for our members’ newsletter."),
               ("2018-05-25", "We’ll only email you if you’ve opted in: update your "
                "preferences any time.")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Get in touch")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "The Pier Store, Rousay, Orkney KW17 2PR · 01856 555143")),
            _f("service", FOOTER, 0.04,
               (_OLD, "🌬️ The turbine is stopped today for its annual service.")),
        ),
    )


# --- a rodeo association's results (Alberta) ---------------------------------------------------

RESULTS = ("🤠 Saddle bronc: 1st Cody Harland, 82.5 points",
           "🤠 Bareback: 1st Tyler Wescott, 84 points",
           "🤠 Bull riding: 1st Dalton Kreutzer, 86.5 points",
           "🤠 Barrel racing: 1st Kasey Lund, 15.214 seconds",
           "🤠 Tie-down roping: 1st Reid Macleod, 9.8 seconds",
           "🤠 Steer wrestling: 1st Brody Stahl, 4.6 seconds")
LEADERS = ("🏆 Saddle bronc leader: Cody Harland, $4,215",
           "🏆 Bull riding leader: Dalton Kreutzer, $5,870",
           "🏆 Barrel racing leader: Shayla Orr, $3,940",
           "🏆 All-around leader: Reid Macleod, $7,310")
_WRAP = "❄️ That’s a wrap for the season: see you in the spring!"


def stampede_start(y: int) -> dt.date:
    """The Calgary Stampede's first day: the first Friday after 2 July (ten days)."""
    day = dt.date(y, 7, 3)
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


def finals_weekend(y: int) -> tuple[dt.date, dt.date]:
    """The association's finals: the first Friday to Sunday of October."""
    friday = nth_weekday(y, 10, 4, 1)
    return friday, friday + dt.timedelta(days=2)


def _rodeo_season() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _WRAP)]
    for y in YEARS:
        members = f"📝 Memberships for the {y} season are on sale now."
        if y == 2020:
            out += [("2020-01-15", members),
                    ("2020-03-16", "🛑 All rodeos are postponed because of COVID-19."),
                    ("2020-06-01", "🛑 The 2020 season is cancelled: memberships roll over to "
                     "2021.")]
            continue
        friday, sunday = finals_weekend(y)
        out += [(f"{y}-01-15", members),
                (f"{y}-04-20", "🤠 The season is on: see the schedule for this weekend’s "
                 "rodeos."),
                (f"{y}-09-20", f"🏆 Finals: {friday.day}–{sunday.day} October at the Ag "
                 "Centre, Okotoks."),
                ((sunday + dt.timedelta(days=1)).isoformat(), _WRAP)]
    return tuple(out)


def _stampede() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Follow us on Facebook for results and photos.")]
    events: list[Event] = []
    for y in YEARS:
        start = stampede_start(y)
        last = start + dt.timedelta(days=9)
        text = (f"🎪 Stampede: {start.day}–{last.day} July. No association rodeos that week."
                if y != 2020 else "🎪 No Calgary Stampede this year: see you in 2021.")
        events.append((start - dt.timedelta(days=14), last + dt.timedelta(days=1), text))
    return _timeline(base, events)


def foothills_style() -> PublisherStyle:
    """A rodeo association's results (Alberta): a kind kicker, a long date slot turned
    "Posted" with a short date and the writer, the standings leaders (names and money),
    results (names, points and seconds), the season (memberships, the season, the finals on
    the first weekend of October, a wrap; postponed, then cancelled, in 2020), a follow line
    turned the Stampede (the first Friday after 2 July, ten days; none in 2020), entries by
    phone turned online in 2018, memberships raised in 2019, an attire rule, a welfare line,
    a sponsors block, a rare lightning delay."""
    return PublisherStyle(
        domain="foothillsrodeo.ca", site="Foothills Rodeo Association", base_size=300,
        subdomains=(("www.", 100),),
        sections=("results", "standings", "schedule", "news"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"kind": ("Results", "Standings", "Schedule", "News", "Finals"),
               "result": RESULTS, "leader": LEADERS},
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_long}"),
               ("2019-01-01", "Posted {date_short} by {author}")),
            _f("leader", HEADER, 0.2, (_OLD, "{leader}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("season", FOOTER, 0.3, *_rodeo_season()),
            _f("stampede", FOOTER, 0.25, *_stampede()),
            _f("entries", FOOTER, 0.25,
               (_OLD, "Entries: call the entry office Monday and Tuesday, 7–9pm."),
               ("2018-03-01", "Entries: online at foothillsrodeo.ca, or call the entry office "
                "Monday 7–9pm.")),
            _f("cards", FOOTER, 0.2, (_OLD, "Membership: adult card $125, youth $60."),
               ("2019-01-01", "Membership: adult card $150, youth $75.")),
            _f("attire", FOOTER, 0.25,
               (_OLD, "Western attire is required in the arena: long-sleeved shirt, hat and "
                "boots.")),
            _f("welfare", FOOTER, 0.2,
               (_OLD, "A veterinarian checks all stock before every performance.")),
            _f("sponsors-head", FOOTER, 0.4, (_OLD, "Thank you to our sponsors")),
            _f("sponsors", FOOTER, 0.38,
               (_OLD, "Hi-Line Feeds · Ridgeview Ford · Bow River Co-op · Chinook Trailers")),
            _f("lightning", FOOTER, 0.04,
               (_OLD, "⛈️ Tonight’s performance is delayed: lightning in the area.")),
        ),
    )


# --- a fell running club's race reports (Cumbria) ---------------------------------------------

# Fell Runners Association categories: A at least 50 m of climb a km, B 25, C 20; S under
# 10 km, M under 20 km, L from 20 km.
RACES = ("Cat AS · 6 km · 420 m ascent", "Cat AM · 11 km · 760 m ascent",
         "Cat AL · 27 km · 1,980 m ascent", "Cat BM · 14 km · 560 m ascent",
         "Cat CS · 5 km · 110 m ascent")
WINNERS = ("🏃 First man: Tom Ashcroft, 1:02:14 · first woman: Hannah Rigg, 1:11:39",
           "🏃 First man: Josh Gaskell, 0:38:51 · first woman: Ellie Tyson, 0:44:07",
           "🏃 First man: Ben Fearon, 3:21:45 · first woman: Kirsty Nixon, 3:49:02",
           "🏃 First man: Luke Sowerby, 1:24:30 · first woman: Amy Wilkinson, 1:33:18")
_WINTER = "🔦 Tuesday training: 6.30pm from the Moot Hall. Head torch essential."
_SUMMER = "☀️ Tuesday training: 6.30pm from the Moot Hall, about an hour on the fells."
_SIXES = "Training is back in groups of six: sign up in the members’ WhatsApp."


def borrowdale_day(y: int) -> dt.date:
    """The Borrowdale fell race: the first Saturday of August."""
    return nth_weekday(y, 8, 5, 1)


def christmas_handicap(y: int) -> dt.date:
    """The Christmas handicap: the last Sunday before Christmas Day."""
    day = dt.date(y, 12, 24)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def _fixtures() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Club championship: see the fixtures page for this year’s counting races.")]
    events: list[Event] = []
    for y in YEARS:
        race = borrowdale_day(y)
        text = (f"⛰️ Borrowdale fell race: Saturday {race.day} August. Marshals wanted!"
                if y != 2020 else "⛰️ No Borrowdale fell race this year.")
        events.append((dt.date(y, 7, 20), race + dt.timedelta(days=1), text))
        hcap = christmas_handicap(y)
        text = (f"🎄 Christmas handicap: Sunday {hcap.day} December, mince pies after."
                if y != 2020 else "🎄 No Christmas handicap this year: run it on your own!")
        events.append((dt.date(y, 12, 5), hcap + dt.timedelta(days=1), text))
    return _timeline(base, events)


def glenderamackin_style() -> PublisherStyle:
    """A fell running club's race reports (Cumbria): a date with the writer turned "Race
    report:" with a weekday date, the race's category, length and climb, the first man and
    woman with their times, the kit rule reworded in 2016, Tuesday training in winter and
    summer (suspended, in sixes, suspended again and back in 2020), a championship line
    turned the Borrowdale race (the first Saturday of August; none in 2020) and the Christmas
    handicap (the last Sunday before Christmas), subs raised in 2019, a recce rule, an
    emergency line, Strava gaining WhatsApp, a secretary block, a rare cattle warning."""
    return PublisherStyle(
        domain="glenderamackinfr.org.uk", site="Glenderamackin Fell Runners", base_size=250,
        subdomains=(("www.", 100),),
        sections=("races", "news", "juniors"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"race": RACES, "winner": WINNERS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy} · {author}"),
               ("2017-09-01", "Race report: {weekday} {date_dmy}")),
            _f("race", HEADER, 0.25, (_OLD, "{race}")),
            _f("winner", MIDDLE, 0.3, (_OLD, "{winner}")),
            _f("kit", FOOTER, 0.35,
               (_OLD, "FRA kit: full waterproof body cover, hat, gloves, map, compass, whistle "
                "and emergency food."),
               ("2016-04-01", "FRA kit: waterproof jacket and trousers with taped seams, hat, "
                "gloves, map, compass, whistle and emergency food.")),
            _f("training", FOOTER, 0.3, *_seasons(
                ("04-01", _SUMMER), ("10-01", _WINTER),
                special={2020: [("2020-03-17", "Club training is suspended: run alone or with "
                                 "your household."),
                                ("2020-08-01", _SIXES),
                                ("2020-11-05", "Club training is suspended again during the "
                                 "lockdown."),
                                ("2020-12-02", _SIXES)]})),
            _f("fixtures", FOOTER, 0.25, *_fixtures()),
            _f("subs", FOOTER, 0.2,
               (_OLD, "Subs: £15 a year, juniors £5, plus the England Athletics fee."),
               ("2019-04-01", "Subs: £18 a year, juniors £6, plus the England Athletics fee.")),
            _f("recce", FOOTER, 0.25,
               (_OLD, "Please recce responsibly: close gates, keep to paths and share lifts.")),
            _f("emergency", FOOTER, 0.2,
               (_OLD, "In an emergency dial 999, ask for the police, then Mountain Rescue.")),
            _f("strava", FOOTER, 0.2, (_OLD, "Join our Strava club."),
               ("2019-03-01", "Join our Strava club and the members’ WhatsApp group.")),
            _f("sec-head", FOOTER, 0.4, (_OLD, "Club secretary")),
            _f("sec", FOOTER, 0.38, (_OLD, "14 Station Street, Keswick CA12 5HH · 017687 55143")),
            _f("cows", FOOTER, 0.04,
               (_OLD, "🐄 Cows with calves on the Latrigg path: take the road instead.")),
        ),
    )


# --- a dog agility club's news (Western Australia) --------------------------------------------

AG_REDESIGN = dt.date(2019, 7, 1)  # "Posted dd/mm/yyyy by" turned a weekday date and a post
AG_RESULTS = ("🐕 Jumping Masters: 1st ‘Zip’ (Border Collie) with Kerry Doyle, clear in 31.42 s",
              "🐕 Agility Novice: 1st ‘Biscuit’ (Kelpie) with Dean Morrow, clear in 48.07 s",
              "🐕 Jumping Excellent: 1st ‘Pip’ (Papillon) with Sandra Lee, clear in 36.90 s",
              "🐕 Agility Open: 1st ‘Ruckus’ (Border Collie) with Jo Whitford, clear in 39.55 s",
              "🐕 Gamblers: 1st ‘Tilly’ (Shetland Sheepdog) with Ravi Menon, 58 points")
_HOT = "☀️ Summer heat policy: trials start at 7am and stop at 36°C."
_COOL = "🍂 Winter trials start at 9am: walk the course from 8.30am."


def _ag_posted(day: dt.date) -> str:
    return f"Posted {day:%d/%m/%Y} by {{author}}"


def champs_day(y: int) -> dt.date:
    """The club championships: the first Sunday of November."""
    return nth_weekday(y, 11, 6, 1)


def _ag_training() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Training: Tuesday and Thursday from 6pm; beginners’ classes start each "
                   "school term.")]
    events: list[Event] = [(dt.date(2020, 3, 23), dt.date(2020, 5, 18),
                            "Training is cancelled until the WA restrictions ease.")]
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 15), dt.date(y + 1, 1, 15),
                       "🎄 No training over the Christmas break: back in mid-January."))
    return _timeline(base, events)


def _ag_champs() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Volunteers make our trials happen: ring stewards are always wanted.")]
    events: list[Event] = []
    for y in YEARS:
        day = champs_day(y)
        events.append((dt.date(y, 10, 15), day + dt.timedelta(days=1),
                       f"🏆 Club championships: Sunday {day.day} November, all grades "
                       "welcome."))
    return _timeline(base, events)


def swanvalley_style() -> PublisherStyle:
    """A dog agility club's news (Western Australia): "Posted" with an Australian slashed
    date (a wording per day; no slot prints it) and the writer turned a weekday date with
    the writer's post, a class kicker, results (a dog's name in quotes, its breed, its
    handler and a time), a summer heat policy (December to March), training turned the
    Christmas break and the 2020 restrictions, membership raised in July 2018, a
    vaccination rule, a clean-up rule, an in-season rule, a volunteers line turned the club
    championships (the first Sunday of November), a find-us block, a rare snake warning."""
    return PublisherStyle(
        domain="swanvalleyagility.org.au", site="Swan Valley Dog Agility Club", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "results", "training"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={"class": ("Jumping · Masters", "Agility · Novice", "Jumping · Excellent",
                         "Agility · Open", "Games · Gamblers"),
               "result": AG_RESULTS,
               "beat": ("Trial secretary", "Training coordinator", "Club president")},
        families=(
            _f("posted", HEADER, 0.8, *_daily(_ag_posted, last=AG_REDESIGN - dt.timedelta(
                days=1)), (AG_REDESIGN.isoformat(), "{weekday}, {date_dmy} · {author_beat}")),
            _f("class", HEADER, 0.25, (_OLD, "{class}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("heat", FOOTER, 0.3, *_seasons(("04-01", _COOL), ("12-01", _HOT))),
            _f("training", FOOTER, 0.25, *_ag_training()),
            _f("fees", FOOTER, 0.2, (_OLD, "Membership: $60 single, $90 family."),
               ("2018-07-01", "Membership: $70 single, $100 family.")),
            _f("vax", FOOTER, 0.2,
               (_OLD, "All dogs must be vaccinated (C5) and registered with their council.")),
            _f("clean", FOOTER, 0.25,
               (_OLD, "Please pick up after your dog: bags are at the gate.")),
            _f("inseason", FOOTER, 0.2,
               (_OLD, "Bitches in season may not attend trials or training.")),
            _f("champs", FOOTER, 0.2, *_ag_champs()),
            _f("find-head", FOOTER, 0.4, (_OLD, "Find us")),
            _f("find", FOOTER, 0.38,
               (_OLD, "Bullsbrook Reserve, Great Northern Highway, Bullsbrook WA 6084 · "
                "0400 555 143")),
            _f("snake", FOOTER, 0.04,
               (_OLD, "🐍 Snake seen near ring 2: keep dogs on lead in the long grass.")),
        ),
    )


# --- a Morris side's news (Oxfordshire) --------------------------------------------------------

CHARITIES = {2015: "Banbury Young Carers", 2016: "the air ambulance",
             2017: "Bodicote village school", 2018: "the Banbury food bank",
             2019: "the hospice at home team", 2020: "the Cherwell riverside path",
             2021: "the Banbury food bank"}  # chosen at each October AGM for the next year
PHOTOGRAPHERS = ("Sue Pargeter", "Mike Denton", "the Banbury Guardian", "a kind passer-by")
_SUMMER_DANCE = "Summer: we dance out on Wednesday evenings at local pubs, 7.30pm."
_WINTER_PRACTICE = "Winter practice: Thursdays 8pm at Bodicote village hall."


def plough_monday(y: int) -> dt.date:
    """Plough Monday: the first Monday after Twelfth Night (6 January)."""
    day = dt.date(y, 1, 7)
    return day + dt.timedelta(days=(0 - day.weekday()) % 7)


def _danceouts() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Find us dancing at pubs and fetes all summer: see the calendar.")]
    events: list[Event] = []
    for y in YEARS:
        plough = plough_monday(y)
        events.append((dt.date(y, 1, 1), plough + dt.timedelta(days=1),
                       f"🌾 Plough Monday: dancing round the village from 7pm, Monday "
                       f"{plough.day} January."))
        may = dt.date(y, 5, 1)
        text = (f"🌅 May Morning: we dance the sun up on Crouch Hill at 5.30am, {may:%A} 1 May."
                if y != 2020 else "🌅 May Morning: dance the sun up with us online at 5.30am!")
        events.append((dt.date(y, 4, 20), dt.date(y, 5, 2), text))
        text = ("🎄 Boxing Day: The Plough, Bodicote, 11am. Mulled wine after!" if y != 2020
                else "🎄 No Boxing Day dance-out this year: stay safe.")
        events.append((dt.date(y, 12, 10), dt.date(y, 12, 27), text))
    return _timeline(base, events)


def _charity() -> tuple[tuple[str, str], ...]:
    def text(y: int) -> str:
        return f"Charity of the year {y}: {CHARITIES[y]}"

    return ((_OLD, text(2015)),) + tuple((f"{y}-10-01", text(y + 1)) for y in YEARS)


def cherwell_style() -> PublisherStyle:
    """A Morris side's news (Oxfordshire): a date with the writer turned "Bagman’s notes"
    with a date, photo credits, a previous-post link (another article's title), dance-outs
    turned Plough Monday (the first Monday after Twelfth Night), May Morning (online in
    2020) and Boxing Day (none in 2020), summer dance-outs and winter practice (suspended,
    outdoors, suspended again in 2020), a welcome line, a booking line, the charity of the
    year (chosen each October), the squire and foreman changing at AGMs, a contact block, a
    rare rained-off notice."""
    return PublisherStyle(
        domain="cherwellvalemorris.org.uk", site="Cherwell Vale Morris", base_size=190,
        subdomains=(("www.", 100),),
        sections=("news", "dance-outs", "archive"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"photog": PHOTOGRAPHERS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy} – {author}"),
               ("2017-05-01", "Bagman’s notes, {date_dmy}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photog}")),
            _f("previous", FOOTER, 0.3, (_OLD, "← Previous: {other_title}")),
            _f("danceouts", FOOTER, 0.3, *_danceouts()),
            _f("practice", FOOTER, 0.3, *_seasons(
                ("05-01", _SUMMER_DANCE), ("10-01", _WINTER_PRACTICE),
                special={2020: [("2020-03-16", "Practices are suspended: stay well, and keep "
                                 "your hankies clean."),
                                ("2020-09-01", "Outdoor practice in the hall car park, "
                                 "Thursdays 7pm, in groups of six."),
                                ("2020-11-05", "Practices are suspended again during the "
                                 "lockdown.")]})),
            _f("welcome", FOOTER, 0.25,
               (_OLD, "New dancers and musicians are always welcome: no experience needed.")),
            _f("book", FOOTER, 0.2,
               (_OLD, "Book us for your fete or wedding: we ask for a donation to our charity "
                "of the year.")),
            _f("charity", FOOTER, 0.2, *_charity()),
            _f("squire", FOOTER, 0.2, (_OLD, "Squire: Pete Harwood · Foreman: Dave Lyle"),
               ("2016-10-01", "Squire: Dave Lyle · Foreman: Jim Pargeter"),
               ("2019-10-01", "Squire: Jim Pargeter · Foreman: Rob Tancred")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Bagman")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "bagman@cherwellvalemorris.org.uk · 07700 900143")),
            _f("rain", FOOTER, 0.04,
               (_OLD, "🌧️ Tonight’s dance-out is rained off: see you next week.")),
        ),
    )


# --- an independent bicycle shop's news (Galway) -----------------------------------------------

SHOP_OFFERS = ("🚲 This week: 20% off all helmets", "🚲 This week: winter tune-up for €39",
               "🚲 This week: kids’ bikes from €149", "🚲 This week: free lights with every "
               "commuter bike", "🚲 This week: Schwalbe Marathon tyres €32 each")
WAITS = ("🔧 Workshop wait: about 2 working days", "🔧 Workshop wait: about 5 working days",
         "🔧 Workshop wait: same day for punctures", "🔧 Workshop wait: about a week")
_OPEN_2020 = "Open Monday to Saturday 10am–5pm: masks please, and two customers at a time."


def st_patrick_holiday(y: int) -> dt.date:
    """St Patrick's Day, or the Monday after when it falls at a weekend."""
    day = dt.date(y, 3, 17)
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def bank_holidays(y: int) -> list[tuple[dt.date, str]]:
    """Ireland's bank holidays from March to October of `y` and what the shop says."""
    easter_monday = _day(EASTER_WESTERN[y], 1)
    patrick = st_patrick_holiday(y)
    out = [(patrick, f"🍀 Closed {patrick:%A} {patrick.day} March for St Patrick’s Day."),
           (easter_monday, f"🐣 Closed Easter Monday, {easter_monday.day} "
                           f"{easter_monday:%B}.")]
    for day in (nth_weekday(y, 5, 0, 1), nth_weekday(y, 6, 0, 1), nth_weekday(y, 8, 0, 1),
                last_weekday(y, 10, 0)):
        out.append((day, f"🇮🇪 Closed Monday {day.day} {day:%B} for the bank holiday."))
    return out


def _bankhol() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Follow us on Instagram for new stock and Saturday spins.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 19), dt.date(y, 12, 27),
                       "🎄 Closed on Christmas Day and St Stephen’s Day: happy Christmas!"))
        if y == 2014:
            continue
        for day, text in bank_holidays(y):
            events.append((day - dt.timedelta(days=6), day + dt.timedelta(days=1), text))
    return _timeline(base, events)


def corrib_style() -> PublisherStyle:
    """An independent bicycle shop's news (Galway): a date turned "Posted by" with a weekday,
    the workshop's wait, the week's offer (euro prices), opening hours (closed for Storm
    Ophelia; essential repairs, then masks, then Level 5 in 2020), a follow line turned
    every bank holiday (St Patrick's moved off a weekend, Easter Monday, the May, June and
    August Mondays, the last Monday of October) and Christmas, service prices raised in 2019,
    a Bike to Work line, a VAT line cut from 23% to 21% in September 2020, a find-us block,
    a rare fully booked notice."""
    return PublisherStyle(
        domain="corribcycles.ie", site="Corrib Cycles", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "offers", "workshop"),
        n_authors=2, url_path="/blogs/{section}/{slug}",
        pools={"offer": SHOP_OFFERS, "wait": WAITS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-02-01", "Posted by {author} on {weekday}")),
            _f("wait", HEADER, 0.2, (_OLD, "{wait}")),
            _f("offer", MIDDLE, 0.3, (_OLD, "{offer}")),
            _f("hours", FOOTER, 0.3, *_timeline(
                [(_OLD, "Open Monday to Saturday 9.30am–6pm. Closed Sundays and bank "
                        "holidays."),
                 ("2020-05-18", _OPEN_2020)],
                [(dt.date(2017, 10, 16), dt.date(2017, 10, 17),
                  "🌀 Closed today for Storm Ophelia: stay safe."),
                 (dt.date(2020, 3, 28), dt.date(2020, 5, 18),
                  "We’re open for essential workers’ bike repairs only: ring 091 555 143 "
                  "first."),
                 (dt.date(2020, 10, 22), dt.date(2020, 12, 1),
                  "Level 5: we’re open as essential retail for repairs and sales. Masks "
                  "please.")])),
            _f("bankhol", FOOTER, 0.25, *_bankhol()),
            _f("service", FOOTER, 0.2, (_OLD, "Service: standard €45, full €85, parts extra."),
               ("2019-03-01", "Service: standard €50, full €95, parts extra.")),
            _f("biketowork", FOOTER, 0.2,
               (_OLD, "We’re a Bike to Work supplier: save up to 52% on a new bike up to "
                "€1,000.")),
            _f("vat", FOOTER, 0.25, (_OLD, "All prices include VAT at 23%."),
               ("2020-09-01", "All prices include VAT at 21%.")),
            _f("find-head", FOOTER, 0.4, (_OLD, "Visit the shop")),
            _f("find", FOOTER, 0.38,
               (_OLD, "14 Upper Dominick Street, Galway H91 X2Y3 · 091 555 143")),
            _f("booked", FOOTER, 0.04,
               (_OLD, "🛠️ The workshop is fully booked this week: new bookings from Monday.")),
        ),
    )


def heldout30_styles() -> list[PublisherStyle]:
    """The held-back-30 styles, in the order the generator hands them to publishers."""
    return [
        nangarhar_style(), raalhu_style(), hlos_style(), neepyahu_style(), pradello_style(),
        vavau_style(), rousay_style(), foothills_style(), glenderamackin_style(),
        swanvalley_style(), cherwell_style(), corrib_style(),
    ]
