"""The twenty-eighth held-back template set (``held-back-28``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the twenty-seventh
held-back set (`tests.bench.heldout_templates_27`, which has since had its first run and is
now studied). It was written WITHOUT looking at cleanpipe's code (nothing under
``cleanpipe/`` or ``configs/`` was read; the slot names come from the earlier sets' modules,
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the first twenty-seven held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 96.97% at 942c411; studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Belarusian-language regional news
site in Cyrillic (Hrodna), a Nepali-language news site in Devanagari (Gangtok, Sikkim), a
Shona-language regional news site (Mutare), a Luganda-language regional news site (Masaka),
a Māori-language iwi news site (Rotorua), a GP surgery's practice news (Nottinghamshire), a
Women's Institute branch's news (Hertfordshire), a motorcycle touring club's ride reports
(Colorado), a community choir's news (Stirling), a youth soccer club's news (Virginia), an
independent bakery's journal (York) and a karate dojo's news (Calgary). None of these kinds
is in an earlier held-back set, nor these languages as a site's language.

Variation: article dates localised day by day (Belarusian genitive months after the time,
turned from a numeric date slot; Nepali dates in Devanagari numerals, reordered with the
time after a redesign; Shona dates with the weekday and time after a numeric date slot;
Luganda month-first dates with the weekday after a short date slot with a 12-hour time;
Māori dates with the weekday after a numeric date slot, from Māori Language Week 2017), a
monthly meeting line naming the next second Wednesday (none in August; suspended, then on
Zoom in 2020), English date slots on the other sites, bylines of many shapes, notices
reworded in 2015-2020 (Belarus's new ruble in July 2016; Zimbabwe's own dollar in June 2019;
social lines gaining Viber, Instagram, YouTube or WhatsApp; a new editor; the NHS App;
subscriptions, dues, term and class fees raised), election and emergency lines (Belarus's
2015 and 2020 presidential, 2016 and 2019 parliamentary and 2018 local elections and the
2020 masks; Sikkim's 2019 assembly and Lok Sabha polls and count, the 2020 lockdown and
masks; Zimbabwe's 2018 harmonised elections, Cyclone Idai and the 2020 lockdown; Uganda's
2016 general election, the 2020 curfew, masks and the 2021 campaign; New Zealand's 2017
and 2020 elections and the 2020 alert levels), notices that follow a calendar (Radaunitsa
nine days after Orthodox Easter, Independence Day, Kupalle, Dziady and both Christmases;
Dashain and Tihar with the Bikram Sambat year, Sikkim's State Day with its anniversary and
the monsoon; Zimbabwe's Independence Day with its anniversary, Heroes' and Defence Forces
Days and Christmas; Martyrs' Day, Uganda's Independence Day with its anniversary and
Christmas; Waitangi Day with its anniversary, Māori Language Week on its moving dates and
Christmas; flu clinics, Easter and Christmas closures; the WI centenary and Christmas
party; Memorial Day and a toy run; summer and Christmas concerts; registration seasons;
Shrove Tuesday, hot cross buns and Christmas orders; gradings three times a year; riding
and winter seasons), names at the start of lines or after a label, the article's own title
(a breadcrumb) and other articles' titles (links in five languages), amounts (ruble rates
before and after the redenomination, cardamom prices in rupees, prices in US and Zimbabwe
dollars, shilling rates and coffee prices, weather; fees and prices in pounds and dollars),
phone numbers in several countries' formats, multi-line blocks, mid-body inserts (some up
to two times), bare lines (ad labels in five languages, a language switch, block headings),
Cyrillic with Belarusian letters (і, ў), Devanagari with its numerals, Shona and Luganda
Latin, Māori with macrons, symbols and emoji where such sites use them, and families in
only 3-6% of articles beside ones in nearly all. Renamed variants of a style keep the lines
that do not name the site, so sister sites share a network footer.
"""

from __future__ import annotations

import datetime as dt

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
EASTER_ORTHODOX = {2015: "2015-04-12", 2016: "2016-05-01", 2017: "2017-04-16",
                   2018: "2018-04-08", 2019: "2019-04-28", 2020: "2020-04-19"}
# Vijaya Dashami and Laxmi Puja (Tihar) as Nepal's calendar kept them.
DASHAIN = {2015: "2015-10-22", 2016: "2016-10-11", 2017: "2017-09-30", 2018: "2018-10-19",
           2019: "2019-10-08", 2020: "2020-10-26"}
TIHAR = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
         2019: "2019-10-27", 2020: "2020-11-14"}
# Te Wiki o te Reo Māori: late July in 2015, early July in 2016, mid-September since 2017.
REO_WEEK = {2015: ("2015-07-27", "2015-08-02"), 2016: ("2016-07-04", "2016-07-10"),
            2017: ("2017-09-11", "2017-09-17"), 2018: ("2018-09-10", "2018-09-16"),
            2019: ("2019-09-09", "2019-09-15"), 2020: ("2020-09-14", "2020-09-20")}

BELARUSIAN_MONTHS = ("студзеня", "лютага", "сакавіка", "красавіка", "траўня", "чэрвеня",
                     "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня")
DEVANAGARI_DIGITS = "०१२३४५६७८९"
NEPALI_MONTHS = ("जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट",
                 "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर")
NEPALI_WEEKDAYS = ("सोमबार", "मङ्गलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार", "आइतबार")
SHONA_MONTHS = ("Ndira", "Kukadzi", "Kurume", "Kubvumbi", "Chivabvu", "Chikumi", "Chikunguru",
                "Nyamavhuvhu", "Gunyana", "Gumiguru", "Mbudzi", "Zvita")
SHONA_WEEKDAYS = ("Muvhuro", "Chipiri", "Chitatu", "China", "Chishanu", "Mugovera", "Svondo")
LUGANDA_MONTHS = ("Janwali", "Febwali", "Marisi", "Apuli", "Maayi", "Juuni", "Julaayi",
                  "Agusito", "Sebuttemba", "Okitobba", "Novemba", "Desemba")
LUGANDA_WEEKDAYS = ("Bbalaza", "Lwakubiri", "Lwakusatu", "Lwakuna", "Lwakutaano",
                    "Lwamukaaga", "Sabbiiti")
MAORI_MONTHS = ("Kohitātea", "Huitanguru", "Poutūterangi", "Paengawhāwhā", "Haratua", "Pipiri",
                "Hōngongoi", "Hereturikōkā", "Mahuru", "Whiringa-ā-nuku", "Whiringa-ā-rangi",
                "Hakihea")
MAORI_WEEKDAYS = ("Rāhina", "Rātū", "Rāapa", "Rāpare", "Rāmere", "Rāhoroi", "Rātapu")

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _seasons = _PERIOD.daily, _PERIOD.seasons


def _digits(n: int | str, digits: str) -> str:
    """`n` in a script's numerals (`digits`, zero to nine; other characters kept)."""
    return "".join(digits[int(c)] if c.isdigit() else c for c in str(n))


def _comma(x: float, places: int = 2) -> str:
    """`x` with `places` decimals and a decimal comma."""
    return f"{x:.{places}f}".replace(".", ",")


# --- a Belarusian-language regional news site in Cyrillic (Hrodna) -------------------------

BY_DAILY = dt.date(2017, 4, 1)  # the numeric date slot became the time and a genitive month
BY_BYLINE = dt.date(2019, 1, 15)  # "Аўтар:" turned "Тэкст:" with the photographer
BY_SOCIAL = dt.date(2018, 3, 1)  # Telegram and VK turned Telegram, Viber and Instagram
REDENOMINATED = dt.date(2016, 7, 1)  # 10,000 old rubles became one new ruble
KURS_OLD = ((15630, 17420), (15080, 16890), (18620, 20350), (20150, 22080))
KURS_BYN = ((1.9685, 2.2011), (1.9312, 2.3080), (2.0410, 2.3716), (2.1143, 2.3567),
            (2.4385, 2.8710), (2.5790, 3.1420))


def _spaced(n: int) -> str:
    """`n` with a space between thousands."""
    return f"{n:,}".replace(",", " ")


def _by_dated(day: dt.date) -> str:
    return f"{{time}}, {day.day} {BELARUSIAN_MONTHS[day.month - 1]} {day.year}"


def radaunitsa(y: int) -> dt.date:
    """Radaunitsa, a day off in Belarus: the Tuesday nine days after Orthodox Easter."""
    return _day(EASTER_ORTHODOX[y], 9)


def _by_svyaty() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Падпісвайцеся на наш канал у Telegram і групу ў VK."),
            (BY_SOCIAL.isoformat(), "Падпісвайцеся на наш Telegram, Viber і Instagram.")]
    events: list[Event] = []
    for y in range(2015, 2022):
        events.append((dt.date(y, 1, 6), dt.date(y, 1, 8), "🎄 З Раством Хрыстовым!"))
        if y == 2021:
            continue
        day = radaunitsa(y)
        events.append((day - dt.timedelta(days=2), day + dt.timedelta(days=1),
                       f"🕯 Радаўніца — аўторак, {day.day} {BELARUSIAN_MONTHS[day.month - 1]}: "
                       "выхадны дзень, да могілак ходзяць дадатковыя аўтобусы."))
        events.append((dt.date(y, 7, 2), dt.date(y, 7, 4),
                       "🎆 3 ліпеня — Дзень Незалежнасці. Святочны салют а 23:00."))
        events.append((dt.date(y, 7, 6), dt.date(y, 7, 8), "🌿 Шчаслівага Купалля!"))
        events.append((dt.date(y, 11, 1), dt.date(y, 11, 3), "🕯 Дзяды: успомнім продкаў."))
        events.append((dt.date(y, 12, 24), dt.date(y, 12, 27),
                       "🎄 Вясёлых Калядаў усім, хто святкуе 25 снежня!"))
    return _timeline(base, events)


def _by_vybary() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Ёсць навіна? Пішыце нам у Viber і Telegram: +375 29 555-01-43")]
    return _timeline(base, [
        (dt.date(2015, 10, 1), dt.date(2015, 10, 12),
         "🗳 Выбары Прэзідэнта — 11 кастрычніка. Датэрміновае галасаванне — з 6 кастрычніка."),
        (dt.date(2016, 9, 1), dt.date(2016, 9, 12),
         "🗳 Выбары ў Палату прадстаўнікоў — 11 верасня."),
        (dt.date(2018, 2, 5), dt.date(2018, 2, 19),
         "🗳 Выбары ў мясцовыя Саветы дэпутатаў — 18 лютага."),
        (dt.date(2019, 11, 4), dt.date(2019, 11, 18),
         "🗳 Выбары ў Палату прадстаўнікоў — 17 лістапада."),
        (dt.date(2020, 7, 27), dt.date(2020, 8, 10),
         "🗳 Выбары Прэзідэнта — 9 жніўня. Датэрміновае галасаванне — з 4 жніўня."),
        (dt.date(2020, 10, 30), None,
         "😷 Насіце маскі ў транспарце, крамах і іншых грамадскіх месцах."),
    ])


def nioman_style() -> PublisherStyle:
    """A Belarusian-language regional news site in Cyrillic (Hrodna): a rubric kicker, a
    ruble strip in old rubles with thousands spaces turned new rubles with four decimals on
    the redenomination, a numeric date slot turned the time and a genitive month (a wording
    per day), "Аўтар:" turned "Тэкст:" with the photographer, "Рэклама" and "Чытайце
    таксама:" (up to twice) and photo inserts, a follow line (Telegram and VK, then Viber
    and Instagram) turned both Christmases, Radaunitsa, Independence Day, Kupalle and Dziady,
    a tip line turned five elections and the 2020 masks, a reuse rule, a comment
    disclaimer, a registration line, a rare fog warning, a copyright line."""
    return PublisherStyle(
        domain="niomanvesnik.by", site="Нёманскі веснік", base_size=860,
        subdomains=(("", 70), ("m.", 30)),
        sections=("horad", "rehijon", "hramadstva", "ekanomika", "kultura", "sport",
                  "zdaroue"),
        n_authors=6, url_path="/{section}/{n}.html",
        pools={
            "rubryka": ("Горад", "Рэгіён", "Грамадства", "Эканоміка", "Культура", "Спорт",
                        "Здароўе", "Гісторыя"),
            "kurs_old": tuple(f"💵 Курс НБРБ: USD {_spaced(u)} руб., EUR {_spaced(e)} руб."
                              for u, e in KURS_OLD),
            "kurs": tuple(f"💵 Курс НБРБ: USD {_comma(u, 4)}, EUR {_comma(e, 4)} руб."
                          for u, e in KURS_BYN),
            "autar": ("Алеся Каліноўская", "Андрэй Жук", "Вольга Лапіцкая", "Сяргей Дубовік",
                      "Наталля Шыманская", "Ігар Савіцкі"),
            "foto": ("Нёманскі веснік", "архіў", "з адкрытых крыніц", "Гродзенскі аблвыканкам",
                     "чытач", "Instagram"),
        },
        families=(
            _f("rubryka", HEADER, 0.3, (_OLD, "{rubryka}")),
            _f("kurs", HEADER, 0.12, (_OLD, "{kurs_old}"),
               (REDENOMINATED.isoformat(), "{kurs}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_de} | {time}"), *_daily(_by_dated, BY_DAILY)),
            _f("autar", HEADER, 0.6, (_OLD, "Аўтар: {autar}"),
               (BY_BYLINE.isoformat(), "Тэкст: {autar} · Фота: {foto}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Рэклама"), count=2),
            _f("chytaite", MIDDLE, 0.4, (_OLD, "Чытайце таксама: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фота: {foto}")),
            _f("tuman", FOOTER, 0.04,
               (_OLD, "🌫 Увага, туман: бачнасць на дарогах вобласці — да 200 метраў.")),
            _f("svyaty", FOOTER, 0.25, *_by_svyaty()),
            _f("vybary", FOOTER, 0.2, *_by_vybary()),
            _f("peradruk", FOOTER, 0.4,
               (_OLD, "Пры выкарыстанні матэрыялаў гіперспасылка на «Нёманскі веснік» "
                "абавязковая.")),
            _f("kamentary", FOOTER, 0.3,
               (_OLD, "Рэдакцыя не нясе адказнасці за змест каментарыяў чытачоў.")),
            _f("rehistracyja", FOOTER, 0.2,
               (_OLD, "Сродак масавай інфармацыі зарэгістраваны Міністэрствам інфармацыі, "
                "пасведчанне № 1143.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© 2014–{year} Нёманскі веснік")),
        ),
    )


# --- a Nepali-language news site in Devanagari (Gangtok, Sikkim) ---------------------------

NP_REDESIGN = dt.date(2018, 1, 15)  # the weekday moved first, the month before the day, a time
NP_BYLINE = dt.date(2019, 6, 1)  # "our correspondent" with a place turned a named reporter
NP_SOCIAL = dt.date(2018, 8, 1)  # the Facebook line gained YouTube
NP_EDITOR = dt.date(2017, 4, 1)  # a new editor in the imprint
CARDAMOM = (1450, 1180, 760, 920, 1650, 1320)  # large cardamom, rupees a kilo


def _np(n: int | str) -> str:
    return _digits(n, DEVANAGARI_DIGITS)


def _np_dated(day: dt.date) -> str:
    weekday, month = NEPALI_WEEKDAYS[day.weekday()], NEPALI_MONTHS[day.month - 1]
    if day < NP_REDESIGN:
        return f"{_np(day.day)} {month} {_np(day.year)}, {weekday}"
    return f"{weekday}, {month} {_np(day.day)}, {_np(day.year)} | {{time}}"


def bikram_sambat_year(y: int) -> int:
    """The Bikram Sambat year in force in October and November of `y`."""
    return y + 57


def state_day_years(y: int) -> int:
    """Years since Sikkim became a state of India (16 May 1975)."""
    return y - 1975


def _np_chad() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "ताजा समाचारका लागि हाम्रो फेसबुक पेज लाइक गर्नुहोस्।"),
            (NP_SOCIAL.isoformat(), "ताजा समाचारका लागि हामीलाई फेसबुक र युट्युबमा फलो "
             "गर्नुहोस्।")]
    events: list[Event] = []
    for y in YEARS:
        events.append((dt.date(y, 5, 15), dt.date(y, 5, 17),
                       f"🎉 सिक्किम राज्य दिवसको {_np(state_day_years(y))}औं वर्षगाँठको "
                       "हार्दिक शुभकामना!"))
        dashami, tihar = _day(DASHAIN[y]), _day(TIHAR[y])
        bs = _np(bikram_sambat_year(y))
        events.append((dashami - dt.timedelta(days=9), dashami + dt.timedelta(days=2),
                       f"🙏 बडा दशैं {bs} को हार्दिक मंगलमय शुभकामना!"))
        events.append((tihar - dt.timedelta(days=2), tihar + dt.timedelta(days=3),
                       f"🪔 शुभ दीपावली! तिहार {bs} को शुभकामना।"))
    return _timeline(base, events)


_PAHIRO = "🌧️ पहिरोको खतरा: यात्रा गर्नुअघि राष्ट्रिय राजमार्ग १० को अवस्था बुझ्नुहोस्।"
_PERMIT = "🏔️ छाङ्गु र नाथुला जाने पर्यटकले अनुमतिपत्र लिनुपर्छ।"


def _np_nirvachan() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📧 समाचार पठाउनुहोस्: samachar@himalisandesh.com")]
    return _timeline(base, [
        (dt.date(2019, 3, 25), dt.date(2019, 4, 12),
         "🗳️ विधानसभा तथा लोकसभा निर्वाचन: ११ अप्रिलमा मतदान।"),
        (dt.date(2019, 5, 20), dt.date(2019, 5, 24),
         "📊 २३ मेमा मतगणना: पल पलको नतिजा हाम्रो वेबसाइटमा।"),
        (dt.date(2020, 3, 25), dt.date(2020, 6, 1),
         "😷 लकडाउन: घरमै बस्नुहोस्, सुरक्षित रहनुहोस्।"),
        (dt.date(2020, 6, 1), None, "😷 घरबाहिर निस्कँदा मास्क लगाउनुहोस्, दूरी कायम राख्नुहोस्।"),
    ])


def himali_style() -> PublisherStyle:
    """A Nepali-language news site in Devanagari (Gangtok, Sikkim): a section kicker, a date
    in Devanagari numerals turned weekday-first with the time (a wording per day), "our
    correspondent" with a place turned a named reporter, cardamom prices, "विज्ञापन" and
    "यो पनि पढ्नुहोस्:" (up to twice) and photo inserts, a Facebook line (gaining YouTube)
    turned Sikkim's State Day with its anniversary, Dashain and Tihar with the Bikram Sambat
    year, the monsoon from June to September beside a permit line, a news line turned the
    2019 polls and count, the 2020 lockdown and masks, a comment rule, an imprint with a new
    editor in 2017, a rare rain warning, a copyright line."""
    return PublisherStyle(
        domain="himalisandesh.com", site="हिमाली सन्देश", base_size=760,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("sikkim", "darjeeling", "rashtriya", "antarrashtriya", "khelkud",
                  "manoranjan", "sahitya"),
        n_authors=6, url_path="/news/{n}",
        pools={
            "khanda": ("सिक्किम", "दार्जिलिङ", "राष्ट्रिय", "अन्तर्राष्ट्रिय", "खेलकुद", "मनोरञ्जन",
                       "साहित्य", "पर्यटन"),
            "sthan": ("गान्तोक", "नाम्ची", "ग्याल्सिङ", "मङ्गन", "सिङ्ताम", "रङ्पो"),
            "samvaddata": ("सुमन राई", "प्रमिला छेत्री", "विकास प्रधान", "अनिता लिम्बू",
                           "रोशन गुरुङ", "दीक्षा शर्मा"),
            "tasbir": ("हिमाली सन्देश", "फाइल तस्बिर", "सामाजिक सञ्जाल", "सूचना विभाग", "पाठक"),
            "alainchi": tuple(f"🌿 अलैंचीको भाउ: ₹{_np(f'{p:,}')} प्रति केजी" for p in CARDAMOM),
        },
        families=(
            _f("khanda", HEADER, 0.3, (_OLD, "{khanda}")),
            _f("miti", HEADER, 0.85, *_daily(_np_dated)),
            _f("samvaddata", HEADER, 0.6, (_OLD, "हाम्रो संवाददाता, {sthan}"),
               (NP_BYLINE.isoformat(), "{samvaddata} | {sthan}")),
            _f("alainchi", HEADER, 0.12, (_OLD, "{alainchi}")),
            _f("bigyapan", MIDDLE, 0.45, (_OLD, "विज्ञापन"), count=2),
            _f("padhnus", MIDDLE, 0.4, (_OLD, "यो पनि पढ्नुहोस्: {other_title}"), count=2),
            _f("tasbir", MIDDLE, 0.3, (_OLD, "तस्बिर: {tasbir}")),
            _f("chad", FOOTER, 0.25, *_np_chad()),
            _f("mausam", FOOTER, 0.2, *_seasons(("06-01", _PAHIRO), ("10-01", _PERMIT))),
            _f("nirvachan", FOOTER, 0.2, *_np_nirvachan()),
            _f("tippani", FOOTER, 0.3,
               (_OLD, "टिप्पणी गर्दा शिष्ट भाषा प्रयोग गर्नुहोस्। अपमानजनक टिप्पणी हटाइनेछ।")),
            _f("prakashak", FOOTER, 0.3,
               (_OLD, "सम्पादक: राजेन्द्र प्रधान | प्रकाशक: हिमाली सन्देश प्रा. लि., गान्तोक"),
               (NP_EDITOR.isoformat(), "सम्पादक: मीना गुरुङ | प्रकाशक: हिमाली सन्देश प्रा. लि., "
                "गान्तोक")),
            _f("varsha", FOOTER, 0.04,
               (_OLD, "⚠️ भारी वर्षाको चेतावनी: खोला किनार र पहिरो जाने ठाउँमा नजानुहोस्।")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} हिमाली सन्देश। सर्वाधिकार सुरक्षित।")),
        ),
    )


# --- a Shona-language regional news site (Mutare) -------------------------------------------

SN_DAILY = dt.date(2016, 6, 1)  # the numeric date slot became a Shona weekday, date and time
SN_BYLINE = dt.date(2019, 4, 1)  # "Na" turned "Mutori wenhau:" with a place
SN_WHATSAPP = dt.date(2018, 5, 1)  # the follow line gained WhatsApp
ZWL_ONLY = dt.date(2019, 6, 24)  # the Zimbabwe dollar became the sole currency
MITENGO_USD = ("🛒 Mitengo yanhasi: chingwa US$1.00",
               "🛒 Mitengo yanhasi: upfu (10kg) US$5.50",
               "🛒 Mitengo yanhasi: mafuta ekubikisa (2L) US$3.20",
               "⛽ Peturu US$1.39, dhiziri US$1.27 parita")
MITENGO_ZWL = ("🛒 Mitengo yanhasi: chingwa ZWL$35.00",
               "🛒 Mitengo yanhasi: upfu (10kg) ZWL$140.00",
               "🛒 Mitengo yanhasi: mafuta ekubikisa (2L) ZWL$120.00",
               "⛽ Peturu ZWL$16.74, dhiziri ZWL$15.62 parita")


def _sn_dated(day: dt.date) -> str:
    return (f"{SHONA_WEEKDAYS[day.weekday()]}, {day.day} {SHONA_MONTHS[day.month - 1]} "
            f"{day.year} · {{time}}")


def heroes_day(y: int) -> dt.date:
    """Heroes' Day: the second Monday of August (Defence Forces Day the day after)."""
    return nth_weekday(y, 8, 0, 2)


def independence_years_zw(y: int) -> int:
    """Years since Zimbabwe's independence (18 April 1980)."""
    return y - 1980


def _sn_zororo() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Titeverei paFacebook nepaTwitter."),
            (SN_WHATSAPP.isoformat(), "Titeverei paFacebook, Twitter nepaWhatsApp.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Kisimusi yakanaka uye gore idzva rakanaka!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 4, 17), dt.date(y, 4, 19),
                       f"🇿🇼 Makorokoto pazuva reRusununguko! Makore "
                       f"{independence_years_zw(y)}."))
        heroes = heroes_day(y)
        events.append((heroes - dt.timedelta(days=3), heroes + dt.timedelta(days=2),
                       f"🎖️ Zororo reMagamba neReMauto eZimbabwe: Muvhuro {heroes.day} "
                       f"naChipiri {heroes.day + 1} Nyamavhuvhu."))
    return _timeline(base, events)


_CHIFUKIDZO = "😷 Pfekai chifukidzo chemhino nemuromo kana muchibuda panze."


def _sn_sarudzo() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📱 Mune nhau? Titumirei paWhatsApp: 0772 555 143")]
    return _timeline(base, [
        (dt.date(2018, 7, 16), dt.date(2018, 7, 31),
         "🗳️ Sarudzo huru: Muvhuro 30 Chikunguru. Ongororai kwamuchavhotera."),
        (dt.date(2019, 3, 16), dt.date(2019, 4, 15),
         "🌀 Dutu reIdai: kubatsira vakakuvadzwa muChimanimani, enderai kuhofisi yedu "
         "muHerbert Chitepo Street."),
        (dt.date(2020, 3, 30), dt.date(2020, 5, 17),
         "😷 Nyika yakavharwa: garai mudzimba menyu."),
        (dt.date(2020, 5, 17), None, _CHIFUKIDZO),
    ])


def manyika_style() -> PublisherStyle:
    """A Shona-language regional news site (Mutare): a section kicker, a numeric date slot
    turned a Shona weekday, date and time (a wording per day), "Na" turned "Mutori wenhau:"
    with a place, prices in US dollars turned Zimbabwe dollars in June 2019,
    "SHAMBADZIRO" and "VERENGAI ZVIMWE:" (up to twice) and photo inserts, a follow line
    (gaining WhatsApp) turned Independence Day with its anniversary, Heroes' and Defence
    Forces Days (the second Monday of August and the day after) and Christmas, a WhatsApp
    tip line turned the 2018 elections, Cyclone Idai, the 2020 lockdown and masks, a
    comment rule, a reuse rule, a rare power cut notice, a copyright line."""
    return PublisherStyle(
        domain="nhaudzemanyika.co.zw", site="Nhau dzeManyika", base_size=660,
        subdomains=(("www.", 100),),
        sections=("nhau", "manyika", "nyika", "mitambo", "bhizimusi", "hutano"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "chikamu": ("Nhau", "Manyika", "Nyika", "Pasi rose", "Mitambo", "Bhizimusi",
                        "Hutano", "Zvekurima"),
            "mutori": ("Tendai Moyo", "Rutendo Chikwanha", "Tafadzwa Mupfumi", "Nyasha Mutasa",
                       "Farai Makoni", "Chipo Dube"),
            "nzvimbo": ("Mutare", "Chipinge", "Rusape", "Nyanga", "Chimanimani", "Murambinda"),
            "mufananidzo": ("Nhau dzeManyika", "Faira", "Facebook", "ZBC", "Vaverengi"),
            "mutengo": MITENGO_USD,
            "mutengo_zwl": MITENGO_ZWL,
        },
        families=(
            _f("chikamu", HEADER, 0.3, (_OLD, "{chikamu}")),
            _f("zuva", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_sn_dated, SN_DAILY)),
            _f("mutori", HEADER, 0.6, (_OLD, "Na {mutori}"),
               (SN_BYLINE.isoformat(), "Mutori wenhau: {mutori}, {nzvimbo}")),
            _f("mitengo", HEADER, 0.12, (_OLD, "{mutengo}"),
               (ZWL_ONLY.isoformat(), "{mutengo_zwl}")),
            _f("shambadziro", MIDDLE, 0.45, (_OLD, "SHAMBADZIRO"), count=2),
            _f("verengai", MIDDLE, 0.4, (_OLD, "VERENGAI ZVIMWE: {other_title}"), count=2),
            _f("mufananidzo", MIDDLE, 0.3, (_OLD, "Mufananidzo: {mufananidzo}")),
            _f("zororo", FOOTER, 0.25, *_sn_zororo()),
            _f("sarudzo", FOOTER, 0.2, *_sn_sarudzo()),
            _f("maonero", FOOTER, 0.3,
               (_OLD, "Maonero evaverengi haasi maonero edu. Mashoko ekutuka achabviswa.")),
            _f("kodzero", FOOTER, 0.35,
               (_OLD, "Hazvibvumirwi kutora nhau dzedu pasina kutaura kuti dzabva kuNhau "
                "dzeManyika.")),
            _f("magetsi", FOOTER, 0.04,
               (_OLD, "⚡ ZESA: magetsi achadzimwa muSakubva neChikanga kubva 8am kusvika 5pm.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Nhau dzeManyika. Kodzero dzose dzakachengetedzwa.")),
        ),
    )


# --- a Luganda-language regional news site (Masaka) -----------------------------------------

LG_DAILY = dt.date(2018, 2, 1)  # the short date with a 12-hour time became a Luganda date
LG_BYLINE = dt.date(2019, 8, 1)  # "our reporter" with a place turned a named reporter
LG_YOUTUBE = dt.date(2017, 9, 1)  # the follow line gained YouTube
UGX = (3390, 3525, 3610, 3705, 3712, 3698)
KAAWA = ("☕ Emiwendo gya kaawa: kiboko Shs 2,300 kkiro",
         "☕ Emiwendo gya kaawa: kase (FAQ) Shs 5,200 kkiro",
         "☕ Emiwendo gya kaawa: kiboko Shs 2,600 kkiro",
         "☕ Emiwendo gya kaawa: kase (FAQ) Shs 4,800 kkiro")


def _lg_dated(day: dt.date) -> str:
    return (f"{LUGANDA_WEEKDAYS[day.weekday()]}, {LUGANDA_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def independence_years_ug(y: int) -> int:
    """Years since Uganda's independence (9 October 1962)."""
    return y - 1962


def _lg_ennaku() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Tugoberere ku Facebook ne Twitter."),
            (LG_YOUTUBE.isoformat(), "Tugoberere ku Facebook, Twitter ne YouTube.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Ssekukkulu ennungi n'omwaka omuggya omulungi!"))
        if y == 2014:
            continue
        text = ("🙏 Olunaku lw'Abajulizi: abalamazi b'e Namugongo mutambule mirembe."
                if y != 2020 else
                "🙏 Olunaku lw'Abajulizi: tewali kulamaga e Namugongo mwaka guno, musabire "
                "awaka.")
        events.append((dt.date(y, 5, 25), dt.date(y, 6, 4), text))
        events.append((dt.date(y, 10, 8), dt.date(y, 10, 11),
                       f"🇺🇬 Olunaku lw'Ameefuga: emyaka {independence_years_ug(y)}!"))
    return _timeline(base, events)


def _lg_okulonda() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Olina amawulire? Tukubire ku 0772 555143 oba ku WhatsApp.")]
    return _timeline(base, [
        (dt.date(2016, 2, 4), dt.date(2016, 2, 19),
         "🗳️ Okulonda kwa Pulezidenti n'Ababaka: Lwakuna 18 Febwali."),
        (dt.date(2020, 3, 31), dt.date(2020, 6, 4),
         "😷 Kafyu okuva ssaawa emu ez'akawungeezi: sigala waka."),
        (dt.date(2020, 6, 4), dt.date(2020, 11, 9),
         "😷 Yambala masiki ng'ovudde awaka era weewale ebibiina."),
        (dt.date(2020, 11, 9), None,
         "🗳️ Kampeyini z'okulonda kwa 2021 zigenda mu maaso: yambala masiki."),
    ])


def buddu_style() -> PublisherStyle:
    """A Luganda-language regional news site (Masaka): a section kicker, a short date slot
    with a 12-hour time turned a month-first Luganda date with the weekday (a wording per
    day), "Bya Musasi Waffe" with a place turned "Bya" with a named reporter, a shilling
    rate and coffee prices, "KALANGO" and "SOMA NE:" (up to twice) and photo inserts, a
    follow line (gaining YouTube) turned Martyrs' Day (no pilgrimage in 2020), Independence
    Day with its anniversary and Christmas, a tip line turned the 2016 election, the 2020
    curfew, masks and the 2021 campaign, a comment disclaimer, a rare heavy rain warning, a
    copyright line."""
    return PublisherStyle(
        domain="amawulirebuddu.co.ug", site="Amawulire ga Buddu", base_size=580,
        subdomains=(("www.", 100),),
        sections=("amawulire", "masaka", "eggwanga", "ebyemizannyo", "bizinensi",
                  "ebyobulamu"),
        n_authors=6, url_path="/{section}/{n}/{slug}",
        pools={
            "kitundu": ("Amawulire", "Masaka", "Eggwanga", "Ensi yonna", "Ebyemizannyo",
                        "Bizinensi", "Ebyobulamu", "Ebyobulimi"),
            "muwandiisi": ("Joseph Ssemakula", "Sarah Nakato", "Moses Kateregga",
                           "Prossy Namubiru", "Henry Lubega", "Annet Nalwoga"),
            "kifo": ("Masaka", "Kalungu", "Lwengo", "Rakai", "Kyotera", "Bukomansimbi"),
            "ekifaananyi": ("Amawulire ga Buddu", "Fayiro", "Facebook", "UPDF", "Omusomi"),
            "ssente": tuple(f"💱 Doola emu = Shs {u:,}" for u in UGX) + KAAWA,
        },
        families=(
            _f("kitundu", HEADER, 0.3, (_OLD, "{kitundu}")),
            _f("olunaku", HEADER, 0.85, (_OLD, "{date_short} | {time12}"),
               *_daily(_lg_dated, LG_DAILY)),
            _f("bya", HEADER, 0.6, (_OLD, "Bya Musasi Waffe, {kifo}"),
               (LG_BYLINE.isoformat(), "Bya {muwandiisi}")),
            _f("ssente", HEADER, 0.12, (_OLD, "{ssente}")),
            _f("kalango", MIDDLE, 0.45, (_OLD, "KALANGO"), count=2),
            _f("soma", MIDDLE, 0.4, (_OLD, "SOMA NE: {other_title}"), count=2),
            _f("ekifaananyi", MIDDLE, 0.3, (_OLD, "Ekifaananyi: {ekifaananyi}")),
            _f("ennaku", FOOTER, 0.25, *_lg_ennaku()),
            _f("okulonda", FOOTER, 0.2, *_lg_okulonda()),
            _f("ebirowoozo", FOOTER, 0.3,
               (_OLD, "Ebirowoozo by'abasomi si bye birowoozo by'olupapula luno.")),
            _f("app", FOOTER, 0.2,
               (_OLD, "📲 Wanula app yaffe ku Google Play osome amawulire buli lunaku.")),
            _f("enkuba", FOOTER, 0.04,
               (_OLD, "🌧️ Enkuba ey'amaanyi: abali okumpi n'ennyanja n'emigga mwegendereze.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Amawulire ga Buddu. Eddembe lyonna likuumibwa.")),
        ),
    )


# --- a Māori-language iwi news site (Rotorua) -----------------------------------------------

MI_DAILY = _day(REO_WEEK[2017][0])  # from Māori Language Week 2017, dates in te reo Māori
MI_BYLINE = dt.date(2019, 2, 1)  # "Nā" with the writer gained the photographer
MI_SOCIAL = dt.date(2018, 6, 1)  # the follow line gained Instagram and YouTube
HUARERE = (("☀️", 22, "he rangi paki"), ("🌧️", 13, "he ua"), ("⛅", 17, "he kapua"),
           ("❄️", 6, "he hukapapa i te ata"), ("🌬️", 15, "he hau kaha"))


def _mi_dated(day: dt.date) -> str:
    return f"{MAORI_WEEKDAYS[day.weekday()]}, {day.day} {MAORI_MONTHS[day.month - 1]} {day.year}"


def treaty_years(y: int) -> int:
    """Years since the Treaty of Waitangi was first signed (6 February 1840)."""
    return y - 1840


def _mi_hararei() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Whāia mai mātou ki Facebook."),
            (MI_SOCIAL.isoformat(), "Whāia mai mātou ki Facebook, Instagram me YouTube.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Meri Kirihimete me te Hape Nū Ia!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 2, 5), dt.date(y, 2, 7),
                       f"🇳🇿 Rā o Waitangi: {treaty_years(y)} tau mai i te hainatanga o Te "
                       "Tiriti."))
        first, last = REO_WEEK[y]
        events.append((_day(first), _day(last, 1), "🗣️ Te Wiki o te Reo Māori: kia kaha te reo!"))
    return _timeline(base, events)


def _mi_poti() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 He kōrero āu? Tukuna mai ki korero@tehaurotoiti.co.nz")]
    return _timeline(base, [
        (dt.date(2017, 9, 11), dt.date(2017, 9, 24),
         "🗳️ Pōti Whānui: Rāhoroi, 23 Mahuru. Kua rēhita koe?"),
        (dt.date(2020, 3, 26), dt.date(2020, 4, 28),
         "😷 Taumata Whakatūpato 4: noho ki tō kāinga, tiakina tō mirumiru."),
        (dt.date(2020, 4, 28), dt.date(2020, 5, 14),
         "😷 Taumata Whakatūpato 3: noho tonu ki tō mirumiru."),
        (dt.date(2020, 5, 14), dt.date(2020, 6, 9),
         "😷 Taumata Whakatūpato 2: kia mataara, horoia ō ringaringa."),
        (dt.date(2020, 10, 3), dt.date(2020, 10, 18),
         "🗳️ Pōti Whānui me ngā tāpaetanga e rua: Rāhoroi, 17 Whiringa-ā-nuku."),
    ])


def rotoiti_style() -> PublisherStyle:
    """A Māori-language iwi news site (Rotorua): a language switch, a breadcrumb with the
    article's own title, Rotorua weather, a numeric date slot turned a Māori weekday and
    month (a wording per day, from Māori Language Week 2017), "Nā" with the writer gaining
    the photographer, "PĀNUI" and "Pānuihia hoki:" (up to twice) and photo inserts, a
    follow line (gaining Instagram and YouTube) turned Waitangi Day with its anniversary,
    Māori Language Week on its moving dates and Christmas, a story line turned the 2017
    and 2020 elections and the 2020 alert levels, a radio line, a comment rule, a rare road
    closure, a copyright line."""
    return PublisherStyle(
        domain="tehaurotoiti.co.nz", site="Te Hau o Rotoiti", base_size=500,
        subdomains=(("www.", 100),),
        sections=("korero", "iwi", "hakinakina", "matauranga", "hauora", "ahurea"),
        n_authors=6, url_path="/korero/{slug}",
        pools={
            "wahanga": ("Kōrero", "Iwi", "Hākinakina", "Mātauranga", "Hauora", "Ahurea",
                        "Taiao", "Tōrangapū"),
            "kaituhi": ("Aroha Tamihana", "Wiremu Pōtae", "Mere Ruawai", "Hēmi Te Rangi",
                        "Kiri Manahi", "Rāwiri Ngāwhika"),
            "whakaahua": ("Te Hau o Rotoiti", "Kōnae", "Facebook", "RNZ", "Nā te whānau"),
            "huarere": tuple(f"{mark} Te huarere i Rotorua: {t}°, {sky}"
                             for mark, t, sky in HUARERE),
        },
        families=(
            _f("reo", HEADER, 0.2, (_OLD, "Te Reo Māori | English")),
            _f("ara", HEADER, 0.25, (_OLD, "Kāinga › {wahanga} › {title}")),
            _f("huarere", HEADER, 0.12, (_OLD, "{huarere}")),
            _f("ra", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_mi_dated, MI_DAILY)),
            _f("na", HEADER, 0.6, (_OLD, "Nā {kaituhi}"),
               (MI_BYLINE.isoformat(), "Nā {kaituhi} | Whakaahua: {whakaahua}")),
            _f("panui", MIDDLE, 0.45, (_OLD, "PĀNUI"), count=2),
            _f("panuihia", MIDDLE, 0.4, (_OLD, "Pānuihia hoki: {other_title}"), count=2),
            _f("whakaahua", MIDDLE, 0.3, (_OLD, "Whakaahua: {whakaahua}")),
            _f("hararei", FOOTER, 0.25, *_mi_hararei()),
            _f("poti", FOOTER, 0.2, *_mi_poti()),
            _f("irirangi", FOOTER, 0.25,
               (_OLD, "📻 Whakarongo mai ki 95.3FM, i ngā rā katoa, mai i te 6 i te ata.")),
            _f("korero", FOOTER, 0.3,
               (_OLD, "Kia tika, kia pono, kia aroha ā koutou kōrero. Ka mukua ngā kōrero "
                "kino.")),
            _f("huarahi", FOOTER, 0.04,
               (_OLD, "⚠️ Kua katia te huarahi SH30 i Ōkere: he horo whenua.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Te Hau o Rotoiti. Kua tiakina ngā mana katoa.")),
        ),
    )


# --- a GP surgery's practice news (Nottinghamshire) -----------------------------------------

HEALTH_TIPS = ("💊 Did you know? Your local pharmacist can help with coughs, colds and hay "
               "fever, no appointment needed",
               "💊 Did you know? You can see a physiotherapist without seeing a GP first",
               "💊 Did you know? Our Care Navigators can book you with the right person first "
               "time",
               "💊 Did you know? Blood test results are usually back within five working days",
               "💊 Did you know? You can self-refer to Let’s Talk Wellbeing for talking "
               "therapies")
DNA = ("🚫 Last month 143 patients did not attend their appointment: if you can’t make it, "
       "please cancel",
       "🚫 Last month 118 patients did not attend their appointment: if you can’t make it, "
       "please cancel",
       "🚫 Last month 161 patients did not attend their appointment: if you can’t make it, "
       "please cancel",
       "🚫 Last month 97 patients did not attend their appointment: if you can’t make it, "
       "please cancel")

_FLU = ("💉 Flu clinics are running now: if you are 65 or over, pregnant or have a long-term "
        "condition, book your free flu jab at reception.")
_FLU_2020 = ("💉 Flu jabs are by appointment only this year, at our car park clinic: please "
             "don’t come in without booking.")
_DETAILS = "Moved house or changed your number? Please let reception know."


def _surgery_closed() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Opening hours: Monday to Friday 8am–6:30pm. When we are closed, call NHS "
                   "111."),
            ("2020-03-23", "We are open, but please don’t come to the surgery without calling "
             "first: every appointment starts with a phone call."),
            ("2020-07-01", "Please wear a face covering when you visit, and call before you "
             "come in.")]
    events: list[Event] = []
    for y in YEARS:
        easter = _day(EASTER_WESTERN[y])
        friday, monday = easter - dt.timedelta(days=2), easter + dt.timedelta(days=1)
        events.append((friday - dt.timedelta(days=7), monday + dt.timedelta(days=1),
                       f"🐣 We are closed on Good Friday {friday.day} {friday:%B} and Easter "
                       f"Monday {monday.day} {monday:%B}: for urgent help call NHS 111."))
        events.append((dt.date(y, 12, 10), dt.date(y + 1, 1, 2),
                       "🎄 We are closed on Christmas Day, Boxing Day and New Year’s Day: "
                       "please order repeat prescriptions early."))
    return _timeline(base, events)


def brookfield_style() -> PublisherStyle:
    """A GP surgery's practice news (Nottinghamshire): "Posted on" with a date turned
    "Practice news" with a long date and the writer's post, a kind kicker, health tips,
    flu clinics from mid-September (by appointment in 2020) beside a details line, opening
    hours turned Easter and Christmas closures (phone first, then face coverings, in 2020),
    SystmOnline turned the NHS App in 2019, missed appointments, a patient group line, an
    abuse rule, a three-line contact block, a rare phone fault line."""
    return PublisherStyle(
        domain="brookfieldsurgery.nhs.uk", site="Brookfield Medical Practice", base_size=440,
        subdomains=(("www.", 100),),
        sections=("news", "flu", "appointments", "prescriptions", "staff"),
        n_authors=3, url_path="/news/{slug}/",
        pools={
            "beat": ("Practice Manager", "Lead GP", "Practice Nurse"),
            "kind": ("Practice News", "Flu Clinics", "Appointments", "Prescriptions",
                     "Staff News", "Health Advice"),
            "tip": HEALTH_TIPS,
            "dna": DNA,
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted on {date_dmy}"),
               ("2019-04-01", "Practice news · {date_long} · {author_beat}")),
            _f("tip", MIDDLE, 0.25, (_OLD, "{tip}")),
            _f("flu", FOOTER, 0.3, *_seasons(
                ("01-01", _DETAILS), ("09-15", _FLU),
                years=range(2015, 2022),
                special={2020: [("2020-01-01", _DETAILS), ("2020-09-15", _FLU_2020)]})),
            _f("closed", FOOTER, 0.3, *_surgery_closed()),
            _f("online", FOOTER, 0.25,
               (_OLD, "Order repeat prescriptions and book appointments online with "
                "SystmOnline."),
               ("2019-01-01", "Order repeat prescriptions and book appointments with the NHS "
                "App.")),
            _f("dna", FOOTER, 0.2, (_OLD, "{dna}")),
            _f("ppg", FOOTER, 0.2,
               (_OLD, "Join our Patient Participation Group: we meet four times a year, and new "
                "members are always welcome.")),
            _f("abuse", FOOTER, 0.25,
               (_OLD, "We do not tolerate abuse of our staff: violent or abusive patients may "
                "be removed from our list.")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Contact us")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "Brookfield Medical Practice, 22 Victoria Street, Mansfield NG18 5RR · "
                "01623 555143")),
            _f("lines", FOOTER, 0.36,
               (_OLD, "Phone lines open at 8am for same-day appointments.")),
            _f("phones", FOOTER, 0.04,
               (_OLD, "⚠️ Our phone lines are down this morning: please use online services or "
                "call back later.")),
        ),
    )


# --- a Women's Institute branch's news (Hertfordshire) -------------------------------------

SPEAKERS = ("🎤 Our speaker: Jean Harris on “Bees in the Back Garden”",
            "🎤 Our speaker: Dr Anita Shah on “The Secret Life of Hedgerows”",
            "🎤 Our speaker: Pat Goodwin on “A Century of Hats”",
            "🎤 Our speaker: Sergeant Mike Rowe on scams and how to spot them",
            "🎤 Our speaker: Linda Price on “Crafting with Recycled Fabric”")


def wi_meeting(y: int, m: int) -> dt.date:
    """A monthly meeting: the second Wednesday of the month."""
    return nth_weekday(y, m, 2, 2)


def _meeting_text(day: dt.date) -> str:
    extra = " — our Christmas party" if day.month == 12 else ""
    return f"📅 Next meeting: Wednesday {day.day} {day:%B}, 7.30pm{extra}"


def _next_meeting() -> tuple[tuple[str, str], ...]:
    months = [(y, m) for y in range(2015, 2021) for m in range(1, 13) if m != 8]
    out = [(_OLD, _meeting_text(wi_meeting(2015, 1)))]
    for (y, m), (ny, nm) in zip(months, months[1:], strict=False):
        if (y, m) > (2020, 3):
            break
        out.append(((wi_meeting(y, m) + dt.timedelta(days=1)).isoformat(),
                    _meeting_text(wi_meeting(ny, nm))))
    out[-1] = ("2020-03-12", "📅 Our meetings are suspended for now: we’ll keep in touch by "
               "phone and email.")
    out.append(("2020-06-01", "📅 Meetings are on Zoom for now, on the second Wednesday at "
                "7.30pm: ask the Secretary for the link."))
    return tuple(out)


def _wi_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Find us on Facebook for photos from our meetings and outings.")]
    events: list[Event] = [
        (dt.date(2015, 9, 1), dt.date(2015, 10, 1),
         "🎉 Celebrating 100 years of the WI: 1915–2015. Happy centenary to every member!")]
    for y in YEARS:
        party = wi_meeting(y, 12)
        text = (f"🎄 Christmas party at our meeting on {party.day} December: bring a plate and "
                "a Secret Santa gift (£5 limit)." if y != 2020 else
                "🎄 Christmas party on Zoom this year: mince pies are on us, delivered to your "
                "door.")
        events.append((dt.date(y, 11, 15), party + dt.timedelta(days=1), text))
    return _timeline(base, events)


def ashwell_style() -> PublisherStyle:
    """A Women's Institute branch's news (Hertfordshire): a date from the writer's post
    turned a weekday date with the writer, the speaker, the next meeting (the second
    Wednesday of each month, none in August; suspended, then on Zoom in 2020), a Facebook
    line turned the WI centenary in 2015 and the Christmas party (on Zoom in 2020),
    membership raised in 2018 and 2020, a visitors line, a tea rota line, a hall block, a
    rare snow cancellation."""
    return PublisherStyle(
        domain="ashwellgreenwi.org.uk", site="Ashwell Green WI", base_size=390,
        subdomains=(("", 100),),
        sections=("news", "meetings", "outings", "crafts"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"beat": ("President", "Secretary", "Press Officer"), "speaker": SPEAKERS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "From our {author_beat}, {date_dmy}"),
               ("2018-09-01", "{weekday} {date_dmy} | {author}")),
            _f("speaker", MIDDLE, 0.25, (_OLD, "{speaker}")),
            _f("next", FOOTER, 0.3, *_next_meeting()),
            _f("events", FOOTER, 0.25, *_wi_events()),
            _f("subs", FOOTER, 0.2,
               (_OLD, "Membership is £38.50 a year, including WI Life magazine."),
               ("2018-01-01", "Membership is £41 a year, including WI Life magazine."),
               ("2020-01-01", "Membership is £44 a year, including WI Life magazine.")),
            _f("visitors", FOOTER, 0.25,
               (_OLD, "Visitors are always welcome: £4 a meeting, and your first visit is "
                "free.")),
            _f("tea", FOOTER, 0.3,
               (_OLD, "Tea and cake are served after every meeting: please add your name to the "
                "rota.")),
            _f("hall-head", FOOTER, 0.4, (_OLD, "Where we meet")),
            _f("hall", FOOTER, 0.38,
               (_OLD, "Ashwell Green Village Hall, Church Lane, Hertfordshire SG7 · "
                "secretary@ashwellgreenwi.org.uk")),
            _f("snow", FOOTER, 0.04,
               (_OLD, "❄️ Tonight’s meeting is cancelled because of the snow: stay safe and "
                "warm!")),
        ),
    )


# --- a motorcycle touring club's ride reports (Colorado) ------------------------------------

RIDES = ("🏍️ Today’s loop: 212 miles, Peak to Peak Highway to Estes Park, 14 riders",
         "🏍️ Today’s loop: 168 miles, Poudre Canyon to Cameron Pass, 11 riders",
         "🏍️ Today’s loop: 245 miles, Independence Pass and back by Leadville, 9 riders",
         "🏍️ Today’s loop: 96 miles, Left Hand Canyon breakfast run, 18 riders",
         "🏍️ Today’s loop: 187 miles, Guanella Pass and Georgetown, 12 riders")

_RIDING = ("🏍️ Sunday rides leave at 9am sharp from the Loveland Safeway lot: full tank, "
           "kickstands up at 9:15.")
_WINTER = ("❄️ Winter schedule: breakfast meetups only, first Saturday of the month at 8am, "
           "weather permitting.")


def memorial_day(y: int) -> dt.date:
    """Memorial Day: the last Monday of May."""
    return last_weekday(y, 5, 0)


def toy_run(y: int) -> dt.date:
    """The toy run: the first Sunday of December."""
    return nth_weekday(y, 12, 6, 1)


def _ride_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ride your own ride: never ride beyond your skill or comfort level.")]
    events: list[Event] = []
    for y in YEARS:
        day = memorial_day(y)
        text = (f"🇺🇸 Memorial Day ride to Fort Logan National Cemetery: Monday {day.day} May, "
                "kickstands up at 8am." if y != 2020 else
                "🇺🇸 No group Memorial Day ride this year: ride to remember them on your own.")
        events.append((dt.date(y, 5, 15), day + dt.timedelta(days=1), text))
        run = toy_run(y)
        text = (f"🧸 Toy Run: Sunday {run.day} December, leaving at 10am. Bring a new, unwrapped "
                "toy." if y != 2020 else
                f"🧸 Toy Run is a drop-off only this year: Sunday {run.day} December, 10am–2pm "
                "at the Loveland Safeway lot.")
        events.append((dt.date(y, 11, 10), run + dt.timedelta(days=1), text))
    return _timeline(base, events)


def frontrange_style() -> PublisherStyle:
    """A motorcycle touring club's ride reports (Colorado): a kind kicker, a short date with
    "Ride report by" turned a weekday long date with the writer, the day's loop, a photos
    insert, a riding season from April to October beside a winter schedule, a riding line
    turned Memorial Day (the last Monday of May; none in 2020) and the toy run (the first
    Sunday of December; drop-off in 2020), dues raised in 2018, a gear rule, a formation
    line, an insurance line, a meetings block, a rare storm cancellation."""
    return PublisherStyle(
        domain="frontrangetouring.org", site="Front Range Touring Riders", base_size=340,
        subdomains=(("www.", 100),),
        sections=("rides", "news", "safety", "charity"),
        n_authors=3, url_path="/rides/{yyyy}/{slug}",
        pools={
            "kind": ("Ride Reports", "Club News", "Safety", "Charity Rides", "Tech Tips"),
            "ride": RIDES,
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_short} — Ride report by {author}"),
               ("2019-03-01", "Ride Report | {weekday}, {date_long} | {author}")),
            _f("ride", MIDDLE, 0.3, (_OLD, "{ride}")),
            _f("photos", MIDDLE, 0.2, (_OLD, "📷 Photos: {author2}")),
            _f("season", FOOTER, 0.25, *_seasons(("04-01", _RIDING), ("11-01", _WINTER))),
            _f("events", FOOTER, 0.25, *_ride_events()),
            _f("dues", FOOTER, 0.2,
               (_OLD, "Dues are $30 a year per rider and $15 per passenger, payable at any "
                "meeting."),
               ("2018-01-01", "Dues are $35 a year per rider and $20 per passenger, payable at "
                "any meeting.")),
            _f("gear", FOOTER, 0.25,
               (_OLD, "Full gear on every club ride: DOT helmet, jacket, gloves and boots. No "
                "exceptions.")),
            _f("formation", FOOTER, 0.2,
               (_OLD, "New riders: read our hand-signals guide before your first group ride, "
                "and keep a staggered formation.")),
            _f("insurance", FOOTER, 0.2,
               (_OLD, "All riders must carry valid insurance and registration on club rides.")),
            _f("meet-head", FOOTER, 0.4, (_OLD, "Monthly meetings")),
            _f("meet", FOOTER, 0.38,
               (_OLD, "Third Tuesday at 7pm, Old Town Pizza back room, Loveland, CO · (970) "
                "555-0143")),
            _f("storm", FOOTER, 0.04,
               (_OLD, "⛈️ Today’s ride is cancelled: severe thunderstorms are forecast over the "
                "mountains.")),
        ),
    )


# --- a community choir's news (Stirling) ----------------------------------------------------

REPERTOIRE = ("🎶 This term we’re learning: “Caledonia”, “Bridge over Troubled Water” and "
              "“Shosholoza”",
              "🎶 This term we’re learning: “The Parting Glass”, “Hallelujah” and a Gaelic "
              "waulking song",
              "🎶 This term we’re learning: “Loch Lomond”, “Africa” and “Sing Gently”",
              "🎶 This term we’re learning: “The Water Is Wide”, “Fix You” and “Dona Nobis "
              "Pacem”",
              "🎶 This term we’re learning: “Ae Fond Kiss”, “Lean on Me” and a Georgian "
              "folk song")


def summer_concert(y: int) -> dt.date:
    """The summer concert: the third Saturday of June."""
    return nth_weekday(y, 6, 5, 3)


def christmas_concert(y: int) -> dt.date:
    """The Christmas concert: the second Saturday of December."""
    return nth_weekday(y, 12, 5, 2)


def _choir_rehearsals() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "Rehearsals are every Tuesday at 7.30pm in term time: no auditions, and no "
                   "need to read music."),
            ("2020-03-17", "Rehearsals are suspended for now: stay well, and keep singing at "
             "home!"),
            ("2020-05-05", "We’re rehearsing on Zoom every Tuesday at 7.30pm: email us for the "
             "link."))


def _concerts() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "New singers are welcome at the start of every term: just come along.")]
    events: list[Event] = []
    for y in YEARS:
        summer = summer_concert(y)
        text = (f"☀️ Summer concert: Saturday {summer.day} June at 7pm in the Church of the Holy "
                "Rude. Tickets £10, children free." if y != 2020 else
                "☀️ No summer concert this year: watch our virtual choir video on YouTube.")
        events.append((summer - dt.timedelta(days=21), summer + dt.timedelta(days=1), text))
        xmas = christmas_concert(y)
        text = (f"🎄 Christmas concert: Saturday {xmas.day} December at 7pm in the Church of the "
                "Holy Rude. Tickets £10, children free." if y != 2020 else
                f"🎄 Our Christmas concert is online this year: premiere on YouTube, Saturday "
                f"{xmas.day} December at 7pm.")
        events.append((dt.date(y, 11, 15), xmas + dt.timedelta(days=1), text))
    return _timeline(base, events)


def forthvalley_style() -> PublisherStyle:
    """A community choir's news (Stirling): a kind kicker, a date with the writer turned
    "Choir notes" with a short date, the term's songs, rehearsals (suspended, then on Zoom in
    2020), a new singers line turned the summer concert (the third Saturday of June) and
    the Christmas concert (the second Saturday of December), term fees raised in 2019, a
    folder line, a charity line, a hall block, a rare cancelled rehearsal."""
    return PublisherStyle(
        domain="forthvalleychoir.org.uk", site="Forth Valley Community Choir", base_size=290,
        subdomains=(("www.", 100),),
        sections=("news", "concerts", "rehearsals"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "kind": ("Concerts", "Rehearsals", "Choir News", "Workshops", "Socials"),
            "songs": REPERTOIRE,
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy} · {author}"),
               ("2018-08-15", "Choir notes · {date_short}")),
            _f("songs", MIDDLE, 0.25, (_OLD, "{songs}")),
            _f("rehearsals", FOOTER, 0.3, *_choir_rehearsals()),
            _f("concerts", FOOTER, 0.25, *_concerts()),
            _f("fees", FOOTER, 0.2,
               (_OLD, "Term fees are £60, or £30 for students and anyone on a low income."),
               ("2019-08-01", "Term fees are £70, or £35 for students and anyone on a low "
                "income.")),
            _f("folder", FOOTER, 0.2,
               (_OLD, "Please bring your folder, a pencil and a bottle of water to every "
                "rehearsal.")),
            _f("charity", FOOTER, 0.25,
               (_OLD, "We are a Scottish charity, SC043143: if you pay tax, please Gift Aid "
                "your donation.")),
            _f("where-head", FOOTER, 0.4, (_OLD, "Rehearsals")),
            _f("where", FOOTER, 0.38,
               (_OLD, "Allan Park South Church Hall, Stirling FK8 · "
                "hello@forthvalleychoir.org.uk")),
            _f("cancelled", FOOTER, 0.04,
               (_OLD, "🤒 Tonight’s rehearsal is cancelled, as our Musical Director is "
                "unwell.")),
        ),
    )


# --- a youth soccer club's news (Virginia) ---------------------------------------------------

SCORES = ("⚽ Weekend results: U12 Girls Travel 3–1 Charlottesville Alliance",
          "⚽ Weekend results: U14 Boys Travel 2–2 Staunton Strikers",
          "⚽ Weekend results: U10 Girls Travel 4–0 Waynesboro FC",
          "⚽ Weekend results: U16 Boys Travel 1–3 Winchester United",
          "⚽ Weekend results: U13 Girls Travel 2–1 Lynchburg Fury")

_QUESTIONS = "Questions about registration? Email the registrar: we reply within two days."
_SPRING = ("📝 Spring registration is open until February 28: $95 per player, with a $20 "
           "late fee after that.")
_FALL = "📝 Fall registration is open until July 31: $110 per player, scholarships available."
_FALL_2020 = ("📝 Fall registration is open until August 15: $110 per player, fully refunded if "
              "the season is cancelled.")


def _fields() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "Field status is posted by 7am on game days: check before you drive."),
            ("2020-03-14", "All club activity is suspended until further notice."),
            ("2020-06-22", "Small-group training is back: no scrimmages, and bring your own ball "
             "and water."),
            ("2020-09-08", "Fall rec games are back: parents on one sideline only, and masks "
             "off the field."))


def rockingham_style() -> PublisherStyle:
    """A youth soccer club's news (Virginia): a kind kicker, "Posted" with a long date
    turned a short date with the writer's post, weekend results, field status (suspended
    and back in stages in 2020), registration seasons (spring from mid-January, fall from
    June; refunds in 2020) beside a questions line, a lightning rule, a concussion line, a
    referees line, a volunteers line, a sponsors line, a complex block, a rare closure."""
    return PublisherStyle(
        domain="rockinghamunitedsc.org", site="Rockingham United Soccer Club", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "travel", "rec", "coaches"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "beat": ("Club Director", "Registrar", "Fields Coordinator"),
            "kind": ("Registration", "Tryouts", "Fields", "Travel", "Rec League", "Coaches"),
            "score": SCORES,
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted {date_long}"),
               ("2018-02-01", "{date_short} | {author_beat}")),
            _f("score", MIDDLE, 0.3, (_OLD, "{score}")),
            _f("fields", FOOTER, 0.3, *_fields()),
            _f("register", FOOTER, 0.25, *_seasons(
                ("01-15", _SPRING), ("03-01", _QUESTIONS), ("06-01", _FALL),
                ("08-01", _QUESTIONS),
                special={2020: [("2020-01-15", _SPRING), ("2020-03-01", _QUESTIONS),
                                ("2020-06-01", _FALL_2020), ("2020-08-16", _QUESTIONS)]})),
            _f("lightning", FOOTER, 0.25,
               (_OLD, "⚡ If you see lightning or hear thunder, clear the field at once: play "
                "resumes 30 minutes after the last strike.")),
            _f("concussion", FOOTER, 0.2,
               (_OLD, "When in doubt, sit them out: every coach completes concussion training "
                "before the season.")),
            _f("refs", FOOTER, 0.2,
               (_OLD, "Respect the ref: many of our referees are teenagers, and abuse from the "
                "sideline is never OK.")),
            _f("volunteers", FOOTER, 0.2,
               (_OLD, "Every family volunteers two hours a season: sign up for concessions or "
                "field setup.")),
            _f("sponsors", FOOTER, 0.2,
               (_OLD, "Thank you to our sponsors: Valley Orthodontics, Blue Ridge Pizza and "
                "Harrisonburg Auto Body.")),
            _f("complex-head", FOOTER, 0.4, (_OLD, "Home fields")),
            _f("complex", FOOTER, 0.38,
               (_OLD, "Smithland Road Soccer Complex, Harrisonburg, VA · (540) 555-0143")),
            _f("closed", FOOTER, 0.04,
               (_OLD, "🚫 All fields are closed today: waterlogged after last night’s rain.")),
        ),
    )


# --- an independent bakery's journal (York) --------------------------------------------------

BAKES = ("🥖 This week’s special: rye and caraway sourdough, Thursday to Saturday",
         "🥖 This week’s special: cardamom buns, every morning until they’re gone",
         "🥖 This week’s special: Yorkshire curd tarts with nutmeg",
         "🥖 This week’s special: spelt and honey loaf, Friday and Saturday only",
         "🥖 This week’s special: Parkin, with a drop of black treacle")


def _bakery_hours() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "Open Tuesday to Saturday 8am–4pm, and Sunday 9am–1pm."),
            ("2020-03-24", "The shop is closed, but we’re delivering bread within the ring road: "
             "order online by 6pm."),
            ("2020-06-15", "The shop is open again: one customer at a time, and cards only "
             "please."))


def _bakery_seasons() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Order by 2pm for collection the next day: we bake in small batches.")]
    events: list[Event] = []
    for y in YEARS:
        easter = _day(EASTER_WESTERN[y])
        shrove = easter - dt.timedelta(days=47)
        events.append((shrove - dt.timedelta(days=3), shrove + dt.timedelta(days=1),
                       f"🥞 Pancake Day is Tuesday {shrove.day} {shrove:%B}: crêpes to take away "
                       "all day."))
        saturday = easter - dt.timedelta(days=1)
        text = (f"🐣 Hot cross buns are back until Saturday {saturday.day} {saturday:%B}: "
                "pre-order them by the dozen." if y != 2020 else
                "🐣 Hot cross buns for delivery only this year: order online by Wednesday.")
        events.append((easter - dt.timedelta(days=16), easter, text))
        events.append((dt.date(y, 11, 20), dt.date(y, 12, 25),
                       "🎄 Christmas orders are open: stollen, mince pies and panettone. Last "
                       "orders 18 December, collection by Christmas Eve."))
    return _timeline(base, events)


def micklegate_style() -> PublisherStyle:
    """An independent bakery's journal (York): a weekday date turned "Bakery journal" with a
    short date and the writer, the week's special, an ordering line turned Shrove Tuesday,
    hot cross buns until Easter Saturday (delivery only in 2020) and Christmas orders, shop
    hours (delivery only, then one customer at a time, in 2020), an allergens line, a bread
    bag line, a wholesale line, a shop block, a rare sold-out line."""
    return PublisherStyle(
        domain="micklegatebakehouse.co.uk", site="Micklegate Bakehouse", base_size=210,
        subdomains=(("www.", 100),),
        sections=("journal", "bread", "cakes"),
        n_authors=2, url_path="/journal/{slug}",
        pools={"bake": BAKES},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{weekday} {date_dmy}"),
               ("2019-05-01", "Bakery journal · {date_short} · {author}")),
            _f("bake", MIDDLE, 0.25, (_OLD, "{bake}")),
            _f("seasonal", FOOTER, 0.3, *_bakery_seasons()),
            _f("hours", FOOTER, 0.3, *_bakery_hours()),
            _f("allergens", FOOTER, 0.25,
               (_OLD, "Everything is made in a kitchen that handles wheat, nuts, sesame, milk "
                "and eggs: please ask us about allergens.")),
            _f("bag", FOOTER, 0.2,
               (_OLD, "Bring back your bread bag and we’ll take 20p off your loaf.")),
            _f("wholesale", FOOTER, 0.2,
               (_OLD, "We bake for cafés and restaurants across York: ask us about "
                "wholesale.")),
            _f("find-head", FOOTER, 0.4, (_OLD, "Visit us")),
            _f("find", FOOTER, 0.38, (_OLD, "14 Micklegate, York YO1 6JX · 01904 555143")),
            _f("sold", FOOTER, 0.04,
               (_OLD, "🥐 Sold out of croissants by 10am today, sorry! Come early tomorrow.")),
        ),
    )


# --- a karate dojo's news (Calgary) ----------------------------------------------------------

GRADING_MONTHS = (3, 6, 11)
BELTS = ("🥋 Congratulations to our new yellow belts: Ethan, Priya and Mateo",
         "🥋 Congratulations to our new orange belts: Ava, Noah and Harpreet",
         "🥋 Congratulations to our new green belts: Liam, Sofia and Wei",
         "🥋 Congratulations to our new purple belts: Olivia and Jacob",
         "🥋 Congratulations to Sensei Kim on passing her third dan")


def grading_day(y: int, m: int) -> dt.date:
    """A kyu grading: the last Saturday of March, June or November."""
    return last_weekday(y, m, 5)


def _dojo_classes() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "Classes: Monday and Wednesday, kids 6–7pm and adults 7–8:30pm."),
            ("2020-03-16", "The dojo is closed until further notice: join our kata classes on "
             "Zoom."),
            ("2020-07-06", "Classes are back in the dojo, with no partner work: book your spot "
             "online, twelve at a time."))


def _gradings() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Beginners can start any week: your first class is free.")]
    events: list[Event] = []
    for y in YEARS:
        for m in GRADING_MONTHS:
            day = grading_day(y, m)
            text = (f"🥋 Kyu grading: Saturday {day.day} {day:%B} at 10am. Bring your grading "
                    "card and fee.")
            if y == 2020 and m == 3:
                text = "🥋 The March grading is postponed: we’ll grade everyone when we reopen."
            elif y == 2020 and m == 6:
                text = ("🥋 The June grading is by video this term: film your kata and send it "
                        "to Sensei.")
            events.append((day - dt.timedelta(days=14), day + dt.timedelta(days=1), text))
    return _timeline(base, events)


def bowriver_style() -> PublisherStyle:
    """A karate dojo's news (Calgary): a long date with the writer turned "Dojo news" with
    a weekday long date, new belts, classes (closed, on Zoom, then back without partner
    work in 2020), a beginners line turned gradings (the last Saturday of March, June and
    November; postponed and by video in 2020), fees raised in 2019, an etiquette rule, a
    licence line, a dojo block, a rare blizzard cancellation."""
    return PublisherStyle(
        domain="bowrivershotokan.ca", site="Bow River Shotokan Karate", base_size=170,
        subdomains=(("", 100),),
        sections=("news", "gradings", "tournaments"),
        n_authors=2, url_path="/news/{slug}/",
        pools={"belts": BELTS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_long} · {author}"),
               ("2018-09-01", "Dojo news · {weekday}, {date_long}")),
            _f("belts", MIDDLE, 0.25, (_OLD, "{belts}")),
            _f("classes", FOOTER, 0.3, *_dojo_classes()),
            _f("gradings", FOOTER, 0.3, *_gradings()),
            _f("fees", FOOTER, 0.2,
               (_OLD, "Monthly fees: $60 for kids and $75 for adults, with family rates "
                "available."),
               ("2019-01-01", "Monthly fees: $65 for kids and $80 for adults, with family rates "
                "available.")),
            _f("etiquette", FOOTER, 0.25,
               (_OLD, "Bow when you enter and leave the dojo, and no jewellery on the mat, "
                "please.")),
            _f("licence", FOOTER, 0.2,
               (_OLD, "Every member must hold a current provincial karate licence to train and "
                "grade.")),
            _f("dojo-head", FOOTER, 0.4, (_OLD, "The dojo")),
            _f("dojo", FOOTER, 0.38,
               (_OLD, "Unit 7, 3220 5 Avenue NE, Calgary, AB · (403) 555-0143")),
            _f("blizzard", FOOTER, 0.04,
               (_OLD, "❄️ Classes are cancelled tonight because of the blizzard: stay home and "
                "practise your kata!")),
        ),
    )


def heldout28_styles() -> list[PublisherStyle]:
    """The held-back-28 styles, in the order the generator hands them to publishers."""
    return [
        nioman_style(), himali_style(), manyika_style(), buddu_style(), rotoiti_style(),
        brookfield_style(), ashwell_style(), frontrange_style(), forthvalley_style(),
        rockingham_style(), micklegate_style(), bowriver_style(),
    ]
