"""The ``held-back-152`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-144 set. It was
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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
cultural warning, an advertisement marker or a funder's line. The publishers are Indigenous
and First Nations newsrooms, tribal newspapers, Māori and Aboriginal broadcasters' web pages
and Indigenous-language services, in English, Māori, Cree (in Cree syllabics), Navajo,
Quechua, Greenlandic (with Danish) and Hawaiian: a Canadian national Indigenous news site, a
Māori news site, an Aboriginal community radio station's news pages in South Australia, a
Navajo Nation weekly newspaper, a Greenlandic news site, a Native Hawaiian news site, a
Quechua community radio station in Cusco, a Cree-language radio station in northern
Saskatchewan, an Ojibwe band's monthly newspaper, an iwi radio station, an Aboriginal
community newspaper in the Northern Territory and a Navajo-language AM radio station.

The families are the kinds a crawl of such sites holds: dates localised day by day in
English (with Mountain, Central Australian and Navajo Nation daylight time), Associated-Press
month abbreviations, Māori, Cree syllabics, Navajo, Quechua, Greenlandic and Hawaiian,
several changing form on the day of a redesign (National Indigenous Peoples Day, Te Wiki o te
Reo Māori, NAIDOC Week, Navajo Code Talkers Day, Ullortuneq, the month of the Hawaiian
language, Inti Raymi); lines that turn every day (a word of the day in te reo Māori, on-air
schedules that name the day), every week (a Hawaiian proverb of the week, radio-bingo
jackpots to each Thursday) and every month (a band newspaper's issue number, its submission
deadline and the next council meeting); acknowledgement-of-country and treaty-territory lines
(one reworded to "Elders past and present" in 2020), cultural warnings about people who have
died (reworded to add their voices), residential-school content warnings with support lines,
language-of-publication notes (te reo Māori and English, Greenlandic and Danish, Quechua and
Spanish, Diné bizaad), credits for Elders' words and their translators, community-radio
frequencies and schedules; notices that follow the calendars of these communities (National
Aboriginal Day renamed National Indigenous Peoples Day in 2017, Orange Shirt Day, Red Dress
Day, the MMIWG final report, NAIDOC Week with its themes and its move to November in 2020,
Reconciliation Week and Sorry Day, Matariki's new moons, Te Wiki o te Reo Māori, Waitangi Day,
Koroneihana, the Navajo Nation Fair and Code Talkers Day, the Gold King Mine spill, Merrie
Monarch with its 2020 cancellation, Maunakea, Inti Raymi, Quyllurit'i, Peru's day of original
languages, Ullortuneq, Treaty Days, the Garma Festival, powwow and wild-rice seasons, tribal,
national and territorial elections, the 2020 pandemic with its lockdowns, curfews and closed
communities); amounts that change over the years (subscription and cover prices, per capita
payments, community-announcement fees, radio-bingo card prices); pools of sections, photo
credits, translators and chapters; related-story and listen-again links and advertisement
markers mid-body (some up to two times); multi-line blocks (acknowledgement, funder and
copyright lines; imprints), bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    easter,
    iso_day,
    nth_weekday,
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
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MARAMA = ("Kohitātea", "Huitanguru", "Poutūterangi", "Paengawhāwhā", "Haratua", "Pipiri",
          "Hōngongoi", "Hereturikōkā", "Mahuru", "Whiringa-ā-nuku", "Whiringa-ā-rangi",
          "Hakihea")
RA = ("Rāhina", "Rātū", "Rāapa", "Rāpare", "Rāmere", "Rāhoroi", "Rātapu")
# Plains Cree moons and days in Standard Roman Orthography (written in syllabics by
# `syllabics`).
PISIM = ("kisê-pîsim", "mikisiwi-pîsim", "niski-pîsim", "ayîki-pîsim", "sâkipakâwi-pîsim",
         "pâskâwihowi-pîsim", "paskowi-pîsim", "ohpahowi-pîsim", "nôcihitowi-pîsim",
         "pinâskowi-pîsim", "ihkopiwi-pîsim", "pawâcakinasîsi-pîsim")
KISIKAW = ("pôni-ayamihêwi-kîsikâw", "nîso-kîsikâw", "âpihtawi-kîsikâw", "nêwo-kîsikâw",
           "niyânano-kîsikâw", "mâtinawê-kîsikâw", "ayamihêwi-kîsikâw")
DINE_MONTHS = ("Yas Niłtʼees", "Atsá Biyáázh", "Wóózhchʼį́į́d", "Tʼą́ą́chil", "Tʼą́ą́tsoh",
               "Yaʼiishjááshchilí", "Yaʼiishjáástsoh", "Biniʼantʼą́ą́tsʼózí",
               "Biniʼantʼą́ą́tsoh", "Ghąąjįʼ", "Níłchʼitsʼósí", "Níłchʼitsoh")
DINE_DAYS = ("Damóo Biiskání", "Naakijį́ Ndaalʼnish", "Tágíjį́ Ndaalʼnish", "Dį́ʼíjį́ Ndaalʼnish",
             "Ndaʼiiníísh", "Yiską́ Damóo", "Damóo")
KILLA = ("Qhulla Puquy", "Hatun Puquy", "Pawqar Waray", "Ayriway", "Aymuray", "Inti Raymi",
         "Anta Situwa", "Qhapaq Situwa", "Quya Raymi", "Uma Raymi", "Aya Marqay",
         "Qhapaq Raymi")
P_UNCHAW = ("Killachaw", "Atichaw", "Quyllurchaw", "Illapachaw", "Chʼaskachaw", "Kʼuychichaw",
            "Intichaw")
QAAMMAT = ("januaari", "februaari", "marsi", "apriili", "maaji", "juuni", "juuli", "aggusti",
           "septembari", "oktobari", "novembari", "decembari")
ULLUT = ("ataasinngorneq", "marlunngorneq", "pingasunngorneq", "sisamanngorneq",
         "tallimanngorneq", "arfininngorneq", "sapaat")
MAHINA = ("Ianuali", "Pepeluali", "Malaki", "ʻApelila", "Mei", "Iune", "Iulai", "ʻAukake",
          "Kepakemapa", "ʻOkakopa", "Nowemapa", "Kekemapa")
LA = ("Pōʻakahi", "Pōʻalua", "Pōʻakolu", "Pōʻahā", "Pōʻalima", "Pōʻaono", "Lāpule")

# --- helpers of this set ------------------------------------------------------------------

_SYLLABLES = {
    "": "ᐁᐃᐅᐊᐄᐆᐋ", "p": "ᐯᐱᐳᐸᐲᐴᐹ", "t": "ᑌᑎᑐᑕᑏᑑᑖ", "k": "ᑫᑭᑯᑲᑮᑰᑳ",
    "c": "ᒉᒋᒍᒐᒌᒎᒑ", "m": "ᒣᒥᒧᒪᒦᒨᒫ", "n": "ᓀᓂᓄᓇᓃᓅᓈ", "s": "ᓭᓯᓱᓴᓰᓲᓵ",
    "y": "ᔦᔨᔪᔭᔩᔫᔮ", "w": "ᐍᐏᐓᐘᐑᐕᐚ",
}
_VOWELS = "êioaîôâ"
_FINALS = {"p": "ᑊ", "t": "ᐟ", "k": "ᐠ", "c": "ᐨ", "m": "ᒼ", "n": "ᐣ", "s": "ᐢ", "y": "ᐩ",
           "h": "ᐦ", "w": "ᐤ"}


def syllabics(sro: str) -> str:
    """Plains Cree in Standard Roman Orthography written in syllabics (hyphens dropped; a
    consonant before a vowel makes a syllable, any other one a final)."""
    out, i = [], 0
    text = sro.replace("-", "")
    while i < len(text):
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in _SYLLABLES and ch and nxt in _VOWELS and nxt:
            out.append(_SYLLABLES[ch][_VOWELS.index(nxt)])
            i += 2
            continue
        if ch in _VOWELS:
            out.append(_SYLLABLES[""][_VOWELS.index(ch)])
        else:
            out.append(_FINALS.get(ch, ch))
        i += 1
    return "".join(out)


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from 0 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") / 0xFFFFFFFF


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def north_american_daylight(day: dt.date) -> bool:
    """Daylight time in Canada and on the Navajo Nation: from the second Sunday of March to
    the first Sunday of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def south_australian_daylight(day: dt.date) -> bool:
    """Daylight time in South Australia: from the first Sunday of October to the first Sunday
    of April."""
    return day >= nth_weekday(day.year, 10, 6, 1) or day < nth_weekday(day.year, 4, 6, 1)


def labour_day(y: int) -> dt.date:
    """The first Monday of September (Labor Day in the United States)."""
    return nth_weekday(y, 9, 0, 1)


def thursday_of(day: dt.date) -> dt.date:
    """The Thursday a radio bingo game on or after `day` is played (the same day if it is
    one)."""
    return day + dt.timedelta(days=(3 - day.weekday()) % 7)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def first_tuesday_from(day: dt.date) -> dt.date:
    """The first Tuesday of `day`'s month if it is not past, else of the next month."""
    tuesday = nth_weekday(day.year, day.month, 1, 1)
    if day <= tuesday:
        return tuesday
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, 1, 1)


PANDEMIC = dt.date(2020, 3, 16)


# --- a Canadian national Indigenous news site ---------------------------------------------

FW_REDESIGN = dt.date(2018, 6, 21)  # relaunched on National Indigenous Peoples Day 2018
FW_NEWSLETTER = dt.date(2017, 2, 1)
FW_LJI = dt.date(2019, 5, 1)  # its first Local Journalism Initiative reporters
FW_SUPPORT = dt.date(2019, 6, 3)  # the MMIWG inquiry's final report
FW_PRINT = (("2014-01-01", "$45"), ("2017-01-01", "$52"), ("2019-01-01", "$60"))
CANADA_ELECTIONS = ("2015-10-19", "2019-10-21")


def _fw_dated(day: dt.date) -> str:
    if day < FW_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    zone = "MDT" if north_american_daylight(day) else "MST"
    return (f"Published {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} at {{time12}} {zone}")


def _fw_june21(y: int) -> str:
    name = "National Aboriginal Day" if y < 2017 else "National Indigenous Peoples Day"
    return f"🪶 {name} {y}: celebrations, powwows and ceremonies near you"


@cache
def _fw_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for the Four Winds Ledger weekly newsletter"),
                  (FW_NEWSLETTER.isoformat(), "📬 Indigenous news from across Turtle Island, "
                                              "in your inbox every Friday. Sign up free"))
    news = [
        _span("2019-06-03", "2019-06-16", "MMIWG inquiry final report: read all our "
                                          "coverage"),
        _span("2020-02-10", "2020-03-08", "Wetʼsuwetʼen solidarity blockades: live updates"),
        _span("2020-03-16", "2020-06-30", "🦠 COVID-19 in First Nations communities: our "
                                          "live tracker"),
    ]
    elections = [(iso_day(day, -14), iso_day(day, 2), f"🗳️ Federal election {day[:4]}: where "
                                                      f"the parties stand on First Nations "
                                                      f"issues")
                 for day in CANADA_ELECTIONS]
    june21 = _yearly("06-21", 7, 0, _fw_june21)
    orange = _yearly("09-30", 7, 0, lambda y: f"🧡 Orange Shirt Day {y}: Every Child Matters. "
                                              f"Survivors share their stories")
    red_dress = _yearly("05-05", 2, 0, lambda y: f"❤️ Red Dress Day {y}: remembering missing "
                                                 f"and murdered Indigenous women and girls")
    return _calendar(base, news, elections, june21, orange, red_dress)


def fourwinds_style() -> PublisherStyle:
    """A Canadian national Indigenous news site: a section kicker from a pool, the short date
    turned the weekday, the long date, the time and Mountain daylight or standard time on
    National Indigenous Peoples Day 2018 (a wording per day), "By" turned "Local Journalism
    Initiative Reporter" in 2019, a residential-school content warning with the crisis line
    (reworded with a second help line on the day of the MMIWG final report), "RELATED:" and
    "ADVERTISEMENT" up to twice mid-body, a photo credit from a pool, the Treaty 6 territory
    line, a newsletter line reworded and turned by National Aboriginal Day (renamed National
    Indigenous Peoples Day in 2017), Orange Shirt Day, Red Dress Day, the MMIWG report, the
    federal elections, the Wetʼsuwetʼen blockades and the pandemic, the print subscription
    price (raised in 2017 and 2019), the ownership line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="fourwindsledger.ca", site="Four Winds Ledger", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "justice", "arts", "sports", "education", "health"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("NEWS", "POLITICS", "JUSTICE", "ARTS & CULTURE", "SPORTS", "EDUCATION",
                       "HEALTH", "LAND & WATER"),
            "photo": ("Supplied", "Four Winds Ledger file photo", "The Canadian Press",
                      "Submitted by the family", "Facebook"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_fw_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (FW_LJI.isoformat(), "By {author}, Local Journalism Initiative Reporter")),
            _f("warning", HEADER, 0.12,
               (_OLD, "Warning: this story discusses residential schools. The Indian "
                      "Residential Schools Crisis Line is open 24 hours a day at "
                      "1-866-925-4419."),
               (FW_SUPPORT.isoformat(), "Warning: this story contains details some readers "
                                        "may find distressing. Support is available 24 hours "
                                        "a day: Indian Residential Schools Crisis Line "
                                        "1-866-925-4419; Hope for Wellness Help Line "
                                        "1-855-242-3310.")),
            _f("related", MIDDLE, 0.4, (_OLD, "RELATED: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("treaty", FOOTER, 0.3,
               (_OLD, "Four Winds Ledger is published on Treaty 6 territory, the traditional "
                      "lands of the Cree, Dene, Blackfoot, Saulteaux and Nakota Sioux, and "
                      "the homeland of the Métis.")),
            _f("notice", FOOTER, 0.3, *_fw_notice()),
            _f("print", FOOTER, 0.15, *by_table(FW_PRINT, lambda v: (
                f"Get the print edition: {v} a year in Canada, half price for Elders and "
                f"students."))),
            _f("owned", FOOTER, 0.35, (_OLD, "Four Winds Ledger is an independent, "
                                             "Indigenous-owned news organization.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Four Winds Ledger Media Inc. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misspelled the name of the First "
                                                  "Nation.")),
        ),
    )


# --- a Māori news site ---------------------------------------------------------------------

TP_REDESIGN = dt.date(2017, 9, 11)  # relaunched on the first day of Te Wiki o te Reo Māori
TP_NEWSLETTER = dt.date(2018, 3, 1)
TP_BILINGUAL = dt.date(2019, 7, 1)
TE_WIKI = {2015: ("2015-07-27", "2015-08-02"), 2016: ("2016-07-04", "2016-07-10"),
           2017: ("2017-09-11", "2017-09-17"), 2018: ("2018-09-10", "2018-09-16"),
           2019: ("2019-09-09", "2019-09-15"), 2020: ("2020-09-14", "2020-09-20")}
# The new moon after Matariki rises, which the site marks as the Māori New Year.
MATARIKI = {2015: "2015-06-16", 2016: "2016-07-04", 2017: "2017-06-24", 2018: "2018-07-13",
            2019: "2019-07-02", 2020: "2020-07-20"}
NZ_ELECTIONS = ("2017-09-23", "2020-10-17")
KUPU = (("aroha", "love, compassion"), ("whānau", "family"), ("kai", "food"),
        ("mahi", "work"), ("kōrero", "talk, story"), ("whenua", "land"), ("wai", "water"),
        ("ako", "to learn, to teach"), ("manaakitanga", "hospitality, care for others"),
        ("kaitiakitanga", "guardianship"), ("tamariki", "children"), ("kaumātua", "elder"),
        ("hui", "meeting"), ("karakia", "prayer, incantation"), ("moana", "sea"),
        ("maunga", "mountain"), ("awa", "river"), ("rangatahi", "young people"),
        ("tika", "right, correct"), ("pono", "true, honest"), ("māra kai", "food garden"))


def _tp_dated(day: dt.date) -> str:
    if day < TP_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{RA[day.weekday()]}, {day.day} {MARAMA[day.month - 1]} {day.year}"


def kupu_of(day: dt.date) -> tuple[str, str]:
    """The word of the day: the list in turn, one a day."""
    return KUPU[day.toordinal() % len(KUPU)]


def _tp_kupu(day: dt.date) -> str:
    word, meaning = kupu_of(day)
    return f"Kupu o te rā: {word} – {meaning}"


@cache
def _tp_notice() -> Wordings:
    base = _steps((_OLD, "Whakauruhia mai ki tā mātou pānui ā-īmēra"),
                  (TP_NEWSLETTER.isoformat(), "📬 Ngā kōrero Māori o te motu, ia rā, ki tō "
                                              "pouaka īmēra. Sign up free"))
    covid = [
        _span("2020-03-26", "2020-04-27", "🦠 Noho ki te kāinga: COVID-19 Alert Level 4"),
        _span("2020-04-28", "2020-05-13", "🦠 COVID-19 Alert Level 3: kia tūpato, kia "
                                          "haumaru"),
    ]
    elections = [(iso_day(day, -10), iso_day(day, 2), f"🗳️ Pōti {day[:4]}: ngā tūru Māori e "
                                                      f"whitu") for day in NZ_ELECTIONS]
    wiki = [_span(first, last, f"Te Wiki o te Reo Māori {y}: kia kaha te reo Māori!")
            for y, (first, last) in TE_WIKI.items()]
    matariki = [(iso_day(day), iso_day(day, 8), f"✨ Mānawatia a Matariki {y}!")
                for y, day in MATARIKI.items()]
    waitangi = _yearly("02-06", 4, 0, lambda y: f"Waitangi Day {y}: live from Te Tii Marae "
                                                f"and the Treaty Grounds")
    return _calendar(base, covid, elections, wiki, matariki, waitangi)


def tepae_style() -> PublisherStyle:
    """A Māori news site, in te reo Māori and English: a section from a pool (in Māori), the
    English date turned the Māori weekday, day and month on the first day of Te Wiki o te
    Reo Māori 2017 (a wording per day), "Nā" with the writer, a language note reworded for
    bilingual stories in 2019, "Pānuitia hoki:" and "Pānui hokohoko" (up to twice) mid-body,
    a photo credit from a pool, the word of the day (a wording per day), a newsletter line
    reworded and turned by Te Wiki o te Reo Māori, Matariki's new moons, Waitangi Day, the
    elections' Māori seats and the COVID-19 alert levels, the funder's line and the copyright
    line (a block), a rare correction in Māori."""
    return PublisherStyle(
        domain="tepaekorero.co.nz", site="Te Pae Kōrero", base_size=220,
        subdomains=(("www.", 100),),
        sections=("rongo", "torangapu", "te-reo", "hakinakina", "matauranga", "hauora"),
        n_authors=10, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "wahanga": ("Ngā Rongo", "Tōrangapū", "Te Reo", "Hākinakina", "Mātauranga",
                        "Hauora", "Taiao"),
            "whakaahua": ("Te Pae Kōrero", "RNZ", "Supplied", "Getty Images",
                          "Nā te whānau"),
        },
        families=(
            _f("wahanga", HEADER, 0.5, (_OLD, "{wahanga}")),
            _f("ra", HEADER, 0.9, *_by_day(_tp_dated)),
            _f("na", HEADER, 0.65, (_OLD, "Nā {author}")),
            _f("reo", HEADER, 0.25, (_OLD, "This story is in te reo Māori, with an English "
                                           "version below."),
               (TP_BILINGUAL.isoformat(), "He kōrero reo rua tēnei – this story is in te reo "
                                          "Māori and English.")),
            _f("panuitia", MIDDLE, 0.35, (_OLD, "Pānuitia hoki: {other_title}"), count=2),
            _f("hokohoko", MIDDLE, 0.3, (_OLD, "Pānui hokohoko"), count=2),
            _f("whakaahua", MIDDLE, 0.25, (_OLD, "Whakaahua: {whakaahua}")),
            _f("kupu", FOOTER, 0.3, *_daily(_tp_kupu)),
            _f("notice", FOOTER, 0.3, *_tp_notice()),
            _f("tautoko", FOOTER, 0.35, (_OLD, "He mea tautoko e Te Māngai Pāho.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Te Pae Kōrero. All rights "
                                                "reserved.")),
            _f("whakatika", HEADER, 0.04, (_OLD, "Whakatika: i hē te ingoa o te marae i te "
                                                 "putanga tuatahi o tēnei kōrero.")),
        ),
    )


# --- an Aboriginal community radio station's news pages (South Australia) ------------------

WR_REDESIGN = dt.date(2018, 7, 8)  # relaunched on the first day of NAIDOC Week 2018
WR_WARNING = dt.date(2017, 3, 1)
WR_APP = dt.date(2016, 9, 1)
WR_FNMA = dt.date(2017, 1, 1)
WR_ACK = dt.date(2020, 7, 1)
NAIDOC = {2015: ("2015-07-05", "2015-07-12", "We All Stand on Sacred Ground"),
          2016: ("2016-07-03", "2016-07-10", "Songlines: The living narrative of our nation"),
          2017: ("2017-07-02", "2017-07-09", "Our Languages Matter"),
          2018: ("2018-07-08", "2018-07-15", "Because of her, we can!"),
          2019: ("2019-07-07", "2019-07-14", "Voice. Treaty. Truth."),
          2020: ("2020-11-08", "2020-11-15", "Always Was, Always Will Be.")}
WR_SHOWS = ("Breakfast with Aunty Dot, 6–9am", "Deadly Yarns, 10am–noon",
            "Language Lesson, 11am", "Country & Gospel Hour, 1pm",
            "Footy Talk, 5–7pm", "Saturday Request Show, 9am–1pm",
            "Sunday Gospel & Memories, 8–11am")


def _wr_dated(day: dt.date) -> str:
    if day < WR_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    zone = "ACDT" if south_australian_daylight(day) else "ACST"
    return (f"Posted {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} {zone}")


def naidoc_on(day: dt.date) -> tuple[int, str] | None:
    """The year and theme of the NAIDOC Week `day` falls in, if any."""
    for y, (first, last, theme) in NAIDOC.items():
        if iso_day(first) <= day <= iso_day(last):
            return y, theme
    return None


def _wr_on_air(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    naidoc = naidoc_on(day)
    if naidoc:
        return f"On air {when}: NAIDOC Week {naidoc[0]} live broadcast, all day"
    if (day.month, day.day) == (1, 26):
        return f"On air {when}: Survival Day concert, live from the park, 10am–6pm"
    return f"On air {when}: {WR_SHOWS[day.weekday()]}"


@cache
def _wr_notice() -> Wordings:
    base = _steps((_OLD, "Tune in on 101.5 FM or stream us live at wirrinradio.org.au"),
                  (WR_APP.isoformat(), "📻 Listen live on 101.5 FM, online, or on the "
                                       "Indigitube app"))
    covid = [_span("2020-03-26", "2020-06-05", "🦠 Remote communities are closed to visitors "
                                               "under the Biosecurity Act. Stay on Country, "
                                               "stay safe")]
    naidoc = [_span(first, last, f"NAIDOC Week {y}: {theme}")
              for y, (first, last, theme) in NAIDOC.items()]
    sorry = _yearly("05-26", 0, 0, lambda y: f"National Sorry Day {y}: we remember the Stolen "
                                             f"Generations")
    nrw = _yearly("05-27", 0, 7, lambda y: f"National Reconciliation Week {y}, 27 May – 3 "
                                           f"June")
    survival = _yearly("01-26", 3, 0, lambda y: f"26 January {y}: Survival Day events near "
                                                f"you")
    return _calendar(base, covid, naidoc, sorry, nrw, survival)


def wirrin_style() -> PublisherStyle:
    """An Aboriginal community radio station's news pages in South Australia, in English: a
    category from a pool, the numeric date turned "Posted" with the weekday, the long date,
    the time and Central Australian daylight or standard time on the first day of NAIDOC Week
    2018 (a wording per day), a cultural warning about people who have died (reworded to
    add their voices), "By", the day's on-air line (a wording per day: the weekday's show,
    NAIDOC Week broadcasts, 26 January), "🎧 Listen:" and sponsorship announcements (up to
    twice) mid-body, the acknowledgement of Traditional Owners (reworded to "Elders past and
    present" in 2020), a listen-live line reworded for the app and turned by NAIDOC Week and
    its themes (in November in 2020), Sorry Day, Reconciliation Week, 26 January and the
    closed remote communities, the network line (renamed in 2017), the funder's line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="wirrinradio.org.au", site="Wirrin Country Radio", base_size=195,
        subdomains=(("www.", 100),),
        sections=("news", "community", "sport", "music", "culture", "health"),
        n_authors=6, url_path="/news/{slug}",
        pools={"category": ("Community", "Sport", "Music", "Culture", "Health",
                            "Land & Sea", "Language")},
        families=(
            _f("category", HEADER, 0.45, (_OLD, "{category}")),
            _f("dated", HEADER, 0.88, *_by_day(_wr_dated)),
            _f("warning", HEADER, 0.3,
               (_OLD, "Aboriginal and Torres Strait Islander readers are warned that this "
                      "story contains names and images of people who have died."),
               (WR_WARNING.isoformat(), "⚠️ Cultural warning: this story contains the names, "
                                        "images and voices of Aboriginal and Torres Strait "
                                        "Islander people who have passed away.")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("on-air", HEADER, 0.22, *_daily(_wr_on_air)),
            _f("listen", MIDDLE, 0.3, (_OLD, "🎧 Listen: {other_title}")),
            _f("sponsor", MIDDLE, 0.2, (_OLD, "Community sponsorship announcement"), count=2),
            _f("ack", FOOTER, 0.5,
               (_OLD, "Wirrin Country Radio acknowledges the Traditional Owners of the lands "
                      "on which we broadcast, and pays respect to Elders past, present and "
                      "emerging."),
               (WR_ACK.isoformat(), "Wirrin Country Radio acknowledges the Traditional "
                                    "Owners of the lands on which we broadcast, and pays "
                                    "respect to Elders past and present.")),
            _f("notice", FOOTER, 0.3, *_wr_notice()),
            _f("network", FOOTER, 0.2,
               (_OLD, "A member station of the Indigenous Remote Communications "
                      "Association."),
               (WR_FNMA.isoformat(), "A member station of First Nations Media Australia.")),
            _f("funding", FOOTER, 0.3, (_OLD, "Supported by the Australian Government through "
                                              "the Indigenous Advancement Strategy.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Wirrin Aboriginal Media Association "
                                                "Inc.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this story was updated to fix "
                                                  "the spelling of a community's name.")),
        ),
    )


# --- a Navajo Nation weekly newspaper ------------------------------------------------------

DC_REDESIGN = dt.date(2016, 8, 14)  # relaunched on Navajo Code Talkers Day 2016
DC_DIGITAL = dt.date(2018, 1, 4)
DC_PRICE = (("2013-01-01", "75¢ on the Navajo Nation, $1 elsewhere"),
            ("2017-01-05", "$1 on the Navajo Nation, $1.25 elsewhere"),
            ("2019-01-03", "$1 on the Navajo Nation, $1.50 elsewhere"))
NAVAJO_ELECTIONS = (("2015-04-21", "Navajo Nation presidential election"),
                    ("2018-08-28", "Navajo Nation primary election"),
                    ("2018-11-06", "Navajo Nation general election"),
                    ("2020-11-03", "Election Day"))


def _dc_dated(day: dt.date) -> str:
    if day < DC_REDESIGN:
        return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "MDT" if north_american_daylight(day) else "MST"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} | "
            f"{{time12}} {zone}")


def _dc_bizaad(day: dt.date) -> str:
    return f"{DINE_DAYS[day.weekday()]}, {DINE_MONTHS[day.month - 1]} {day.day}, {day.year}"


@cache
def _dc_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to the Dinétah Courier and get the paper mailed every "
                         "Thursday"),
                  (DC_DIGITAL.isoformat(), "📰 Read every Thursday's edition online: digital "
                                           "subscriptions from $5 a month"))
    news = [
        _span("2015-08-05", "2015-09-06", "Animas River spill: what we know about the Gold "
                                          "King Mine and our farms"),
        _span("2020-03-17", "2020-04-09", "🦠 Public health emergency on the Navajo Nation: "
                                          "stay home, stay safe"),
        _span("2020-04-10", "2020-08-31", "🦠 57-hour weekend lockdowns are in force across "
                                          "the Navajo Nation"),
    ]
    elections = [(iso_day(day, -7), iso_day(day, 2), f"🗳️ {name} {day[:4]}: results by "
                                                     f"chapter") for day, name in
                 NAVAJO_ELECTIONS]
    fair = _movable(labour_day, 0, 6, lambda y: f"Navajo Nation Fair {y}: rodeo, powwow and "
                                                f"parade schedules", years=range(2015, 2020))
    code_talkers = _yearly("08-14", 1, 0, lambda y: f"Navajo Code Talkers Day {y}: honoring "
                                                    f"the men who served")
    return _calendar(base, news, elections, fair, code_talkers)


def dinetah_style() -> PublisherStyle:
    """A Navajo Nation weekly newspaper, in English with Navajo: the Associated-Press date
    turned the weekday, the long date, the time and daylight or standard time (the Navajo
    Nation keeps daylight time) on Navajo Code Talkers Day 2016 (a wording per day), the same
    date in Navajo (a wording per day), "By" turned "Story and photos by", "Related story:"
    and "Advertisement" (up to twice) mid-body, a credit for an Elder's words translated from
    Diné bizaad by a translator from a pool, a chapter line from a pool, the cover price
    (raised in 2017 and 2019), a letters policy, a subscription line reworded for the digital
    edition and turned by the Gold King Mine spill, the tribal elections, the Navajo Nation
    Fair, Code Talkers Day and the pandemic's lockdowns, a rarer obituaries line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="dinetahcourier.com", site="Dinétah Courier", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "sports", "culture", "business", "obituaries"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "translator": ("Lorraine Begay", "Harold Tsosie", "Marlene Yazzie",
                           "Calvin Benally", "Roberta Nez"),
            "chapter": ("Chinle", "Tuba City", "Shiprock", "Kayenta", "Crownpoint", "Ganado",
                        "Window Rock"),
        },
        families=(
            _f("dated", HEADER, 0.88, *_by_day(_dc_dated)),
            _f("bizaad-date", HEADER, 0.3, *_by_day(_dc_bizaad)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (DC_REDESIGN.isoformat(), "Story and photos by {author}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related story: {other_title}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("translated", MIDDLE, 0.15, (_OLD, "Elder's words translated from Diné bizaad "
                                                  "by {translator}.")),
            _f("chapter", HEADER, 0.25, (_OLD, "{chapter} Chapter")),
            _f("price", FOOTER, 0.2, *by_table(DC_PRICE, lambda v: f"Single copy: {v}.")),
            _f("letters", FOOTER, 0.2, (_OLD, "Letters to the editor must include the "
                                              "writer's name, chapter and phone number, and "
                                              "may be edited for length.")),
            _f("notice", FOOTER, 0.3, *_dc_notice()),
            _f("obituaries", FOOTER, 0.06, (_OLD, "To place an obituary or a thank-you notice, "
                                                  "call the Dinétah Courier at (928) "
                                                  "555-0142.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Dinétah Courier. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: a previous version of this "
                                                  "story gave the wrong chapter for the "
                                                  "council delegate.")),
        ),
    )


# --- a Greenlandic news site ---------------------------------------------------------------

NU_REDESIGN = dt.date(2018, 6, 21)  # relaunched on Ullortuneq 2018
NU_APP = dt.date(2019, 3, 1)
NU_SUBSCRIPTION = (("2014-01-01", "1.095"), ("2017-01-01", "1.195"), ("2019-01-01", "1.295"))
GREENLAND_VOTES = (("2015-06-18", "Folketingimut qinersineq"),
                   ("2018-04-24", "Inatsisartunut qinersineq"),
                   ("2019-06-05", "Folketingimut qinersineq"))


def _nu_dated(day: dt.date) -> str:
    if day < NU_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} kl. {{time}}"
    return (f"{ULLUT[day.weekday()]} {day.day}. {QAAMMAT[day.month - 1]} {day.year}, "
            f"nal. {{time}}")


@cache
def _nu_notice() -> Wordings:
    base = _steps((_OLD, "Nuuk Ullumi Facebookimi malinnaaffigiuk"),
                  (NU_APP.isoformat(), "📱 Nutaarsiassat sukkanerpaat: Nuuk Ullumi app-imi "
                                       "atuakkit"))
    news = [
        _span("2016-03-06", "2016-03-12", "Arctic Winter Games 2016 Nuummi: angusat tamarmik"),
        _span("2019-08-16", "2019-08-25", "Trump Kalaallit Nunaannik pisiniarpoq: "
                                          "nutaarsiassat"),
        _span("2020-03-16", "2020-06-14", "🦠 Corona: Kalaallit Nunaanni malittarisassat "
                                          "nutaat"),
    ]
    votes = [(iso_day(day, -10), iso_day(day, 2), f"🗳️ {name} {day[:4]}") for day, name in
             GREENLAND_VOTES]
    national_day = _yearly("06-21", 2, 0, lambda y: f"🇬🇱 Ullortuneq {y}: pilluaritsi!")
    christmas = _yearly("12-24", 4, 2, lambda y: f"🎄 Juullimi pilluaritsi {y}")
    return _calendar(base, news, votes, national_day, christmas)


def nuuk_style() -> PublisherStyle:
    """A Greenlandic news site, in Greenlandic with Danish: a section from a pool, the
    numeric date with "kl." turned the Greenlandic weekday, day and month with "nal." on
    Ullortuneq 2018 (a wording per day), "Allattoq:" with the writer, a note that the article
    is also in Danish (shortened in 2018), "Aamma atuaruk:" and "Annonce" (up to twice)
    mid-body, a photo credit from a pool, a follow line reworded for the app and turned by
    the Arctic Winter Games, the purchase offer of 2019, the Folketing and Inatsisartut
    elections, Ullortuneq, Christmas and the pandemic, the yearly subscription (raised in
    2017 and 2019), the responsible editor and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="nuukullumi.gl", site="Nuuk Ullumi", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nutaarsiassat", "politikki", "timersorneq", "kultur",
                  "aningaasaqarneq"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "immikkoortoq": ("Nutaarsiassat", "Politikki", "Timersorneq", "Kultur",
                             "Aningaasaqarneq", "Nunat tamalaat"),
            "assi": ("Nuuk Ullumi", "Ritzau Scanpix", "Inuuteq Storch", "Naalakkersuisut",
                     "Atuartartoq"),
        },
        families=(
            _f("immikkoortoq", HEADER, 0.45, (_OLD, "{immikkoortoq}")),
            _f("ulloq", HEADER, 0.85, *_by_day(_nu_dated)),
            _f("allattoq", HEADER, 0.6, (_OLD, "Allattoq: {author}")),
            _f("danskisut", HEADER, 0.25,
               (_OLD, "Allaaserisaq una aamma qallunaatut atuarneqarsinnaavoq. Artiklen "
                      "findes også på dansk."),
               (NU_REDESIGN.isoformat(), "Qallunaatut / På dansk ›")),
            _f("aamma", MIDDLE, 0.35, (_OLD, "Aamma atuaruk: {other_title}")),
            _f("annonce", MIDDLE, 0.3, (_OLD, "Annonce"), count=2),
            _f("assi", MIDDLE, 0.25, (_OLD, "Assi: {assi}")),
            _f("notice", FOOTER, 0.3, *_nu_notice()),
            _f("abonnement", FOOTER, 0.15, *by_table(NU_SUBSCRIPTION, lambda v: (
                f"Ukiumut abonnement: {v} kr. / Årsabonnement: {v} kr."))),
            _f("editor", FOOTER, 0.3, (_OLD, "Aaqqissuisuuneq akisussaasoq / ansvarshavende "
                                             "chefredaktør: Aviaja Lynge")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Nuuk Ullumi ApS")),
            _f("aaqqiineq", HEADER, 0.04, (_OLD, "Aaqqiineq: allaaserisami siullermi "
                                                 "kisitsisit kukkusumik allassimapput.")),
        ),
    )


# --- a Native Hawaiian news site -----------------------------------------------------------

KL_REDESIGN = dt.date(2019, 2, 1)  # relaunched on the first day of Mahina ʻŌlelo Hawaiʻi
KL_NEWSLETTER = dt.date(2017, 8, 1)
KL_TRANSLATOR = dt.date(2018, 2, 1)
OLELO_NOEAU = (
    ("ʻAʻohe pau ka ʻike i ka hālau hoʻokahi", "not all knowledge is learned in one school"),
    ("I ka ʻōlelo nō ke ola, i ka ʻōlelo nō ka make", "in language there is life, in language "
                                                      "there is death"),
    ("Ma ka hana ka ʻike", "in doing, one learns"),
    ("He aliʻi ka ʻāina, he kauwā ke kanaka", "the land is a chief, people are its servants"),
    ("E lauhoe mai nā waʻa", "everybody paddle the canoes together"),
    ("Aloha mai nō, aloha aku", "when love is given, love should be returned"),
)


def _kl_dated(day: dt.date) -> str:
    if day < KL_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{LA[day.weekday()]}, {MAHINA[day.month - 1]} {day.day}, {day.year}"


def proverb_of(day: dt.date) -> tuple[str, str]:
    """The proverb of the week (weeks from Monday), the list in turn."""
    return OLELO_NOEAU[(monday_of(day).toordinal() // 7) % len(OLELO_NOEAU)]


def _kl_proverb(day: dt.date) -> str:
    proverb, gloss = proverb_of(day)
    return f"ʻŌlelo Noʻeau o ka pule: “{proverb}” – {gloss}."


def _kl_merrie(y: int) -> str:
    if y == 2020:
        return "Merrie Monarch 2020 is cancelled: mahalo for keeping our kūpuna safe"
    return f"💃 Merrie Monarch {y}: hula results and photos from Hilo"


@cache
def _kl_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to Ka Leo o ka ʻĀina, free by mail to Hawaiʻi homes"),
                  (KL_NEWSLETTER.isoformat(), "📬 E kākau inoa no kā mākou leka uila – "
                                              "sign up for our newsletter"))
    news = [
        _span("2017-06-10", "2017-06-18", "Hōkūleʻa comes home: the Mālama Honua voyage ends "
                                          "at Magic Island"),
        _span("2019-07-15", "2019-12-31", "Kū Kiaʻi Mauna: our coverage from Puʻuhuluhulu "
                                          "and Maunakea"),
        _span("2020-03-25", "2020-06-30", "🦠 Stay at home, stay safe: COVID-19 resources for "
                                          "our lāhui"),
    ]
    olelo = [_span(f"{y}-02-01", f"{y}-02-{28 + (y % 4 == 0)}",
                   f"Mahina ʻŌlelo Hawaiʻi {y}: e ʻōlelo Hawaiʻi kākou!") for y in YEARS]
    merrie = _movable(easter, 0, 6, _kl_merrie)
    kamehameha = _yearly("06-11", 3, 0, lambda y: f"Lā Kamehameha {y}: lei draping and "
                                                  f"parades")
    kuokoa = _yearly("11-28", 3, 0, lambda y: f"Lā Kūʻokoʻa {y}: Hawaiian Independence Day")
    return _calendar(base, merrie, news, olelo, kamehameha, kuokoa)


def kaleo_style() -> PublisherStyle:
    """A Native Hawaiian news site, in English and Hawaiian: a section from a pool (in
    Hawaiian), the English date turned the Hawaiian weekday and month on the first day of
    Mahina ʻŌlelo Hawaiʻi 2019 (a wording per day), "Na" with the writer and, from 2018, the
    translator from a pool, "E heluhelu pū:" and "Advertisement" (up to twice) mid-body, a
    photo credit from a pool, the proverb of the week (a wording per week), a newsletter line
    reworded in Hawaiian and turned by the Hawaiian language month, Merrie Monarch (cancelled
    in 2020), Kamehameha Day, Lā Kūʻokoʻa, Hōkūleʻa's homecoming, Maunakea and the pandemic,
    an ʻokina and kahakō note, a guest-writers disclaimer and the copyright line (a block), a
    rare "E kala mai" correction."""
    return PublisherStyle(
        domain="kaleookaaina.org", site="Ka Leo o ka ʻĀina", base_size=130,
        subdomains=(("www.", 100),),
        sections=("nu-hou", "olelo", "aina", "moomeheu", "hoonaauao"),
        n_authors=5, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "mahele": ("Nū Hou", "ʻŌlelo Hawaiʻi", "ʻĀina", "Moʻomeheu", "Hoʻonaʻauao",
                       "Kai"),
            "kii": ("Ka Leo o ka ʻĀina", "Polynesian Voyaging Society", "Hawaiʻi State "
                    "Archives", "Civil Beat", "Nā ʻohana"),
            "unuhi": ("Kalani Akana", "Noelani Kamakea", "Keola Kahananui"),
        },
        families=(
            _f("mahele", HEADER, 0.45, (_OLD, "{mahele}")),
            _f("la", HEADER, 0.85, *_by_day(_kl_dated)),
            _f("na", HEADER, 0.6, (_OLD, "Na {author}"),
               (KL_TRANSLATOR.isoformat(), "Na {author} · Unuhi ʻia e {unuhi}")),
            _f("heluhelu", MIDDLE, 0.35, (_OLD, "E heluhelu pū: {other_title}")),
            _f("kii", MIDDLE, 0.25, (_OLD, "Kiʻi: {kii}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("noeau", FOOTER, 0.25, *_by_day(_kl_proverb)),
            _f("notice", FOOTER, 0.3, *_kl_notice()),
            _f("okina", FOOTER, 0.15, (_OLD, "Ka Leo o ka ʻĀina uses the ʻokina and kahakō "
                                             "in Hawaiian words and place names.")),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "The views of guest writers are their own "
                                                 "and do not necessarily reflect those of Ka "
                                                 "Leo o ka ʻĀina.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ka Leo o ka ʻĀina. All rights "
                                                 "reserved.")),
            _f("ekalamai", HEADER, 0.04, (_OLD, "E kala mai: an earlier version of this story "
                                                "misspelled the name of the ahupuaʻa.")),
        ),
    )


# --- a Quechua community radio station in Cusco ---------------------------------------------

KW_REDESIGN = dt.date(2017, 6, 24)  # relaunched on Inti Raymi 2017
KW_INTERNET = dt.date(2018, 8, 1)
KW_COMUNICADO = (("2013-01-01", "S/ 3"), ("2017-01-01", "S/ 5"), ("2020-07-01", "S/ 6"))
PERU_VOTES = (("2016-04-10", "Akllanakuy 2016 (elecciones generales)"),
              ("2016-06-05", "Iskay kaq akllanakuy 2016 (segunda vuelta)"),
              ("2018-10-07", "Akllanakuy 2018 (elecciones regionales y municipales)"),
              ("2020-01-26", "Akllanakuy 2020 (elecciones congresales)"))
KW_SHOWS = ("Allin punchaw, llaqtamasi", "Chakra willakuykuna", "Warmikunaq rimaynin",
            "Yachay wasi", "Huayno raymi", "Sábado andino", "Intichaw takiykuna")


def _kw_dated(day: dt.date) -> str:
    if day < KW_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{P_UNCHAW[day.weekday()]}, {day.day} {KILLA[day.month - 1]} killapi, "
            f"{day.year} watapi")


def _kw_programa(day: dt.date) -> str:
    return (f"Kunan {P_UNCHAW[day.weekday()]} {day.day}: «{KW_SHOWS[day.weekday()]}», 5:00 – "
            f"7:00, 102.7 FM")


def qoyllur_riti(y: int) -> dt.date:
    """Trinity Sunday (eight weeks after Easter), the day the Quyllurit'i pilgrimage closes
    on."""
    return easter(y) + dt.timedelta(days=56)


@cache
def _kw_notice() -> Wordings:
    base = _steps((_OLD, "Uyariwayku 102.7 FM-pi"),
                  (KW_INTERNET.isoformat(), "📻 Uyariwayku 102.7 FM-pi, internetpipas: "
                                            "radiokunturwasi.pe"))
    covid = [_span("2020-03-16", "2020-06-30", "🦠 Estado de emergencia: wasiykipi qhepakuy, "
                                               "quédate en casa")]
    votes = [(iso_day(day, -5), iso_day(day, 2), f"🗳️ {name}") for day, name in PERU_VOTES]
    inti = _yearly("06-24", 6, 0, lambda y: f"Inti Raymi {y}: Saqsaywamanmanta kawsaylla "
                                            f"(en vivo)")
    qoyllur = _movable(qoyllur_riti, 4, 0, lambda y: f"Quyllurit'i {y}: Sinaqara "
                                                     f"apuchakunamanta willakuykuna")
    lenguas = _yearly("05-27", 1, 0, lambda y: f"27 de mayo {y}: Día de las Lenguas "
                                               f"Originarias, runasimita rimasun!")
    return _calendar(base, covid, votes, inti, qoyllur, lenguas)


def kunturwasi_style() -> PublisherStyle:
    """A Quechua community radio station in Cusco, in Quechua and Spanish: a section from a
    pool (in Quechua), the numeric date turned the Quechua weekday, day and month (the Inca
    month names) with "killapi" and "watapi" on Inti Raymi 2017 (a wording per day), "Por"
    turned "Willakuq:" with the reporter, a Quechua-and-Spanish note, the day's programme (a
    wording per day), "🎧 Uyariy:" and a source line from a pool mid-body, a listen line
    reworded for the internet and turned by Inti Raymi, Quyllurit'i, the day of original
    languages, the elections and the state of emergency, the fee for community announcements
    (raised in 2017 and 2020), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="radiokunturwasi.pe", site="Radio Kuntur Wasi", base_size=110,
        subdomains=(("www.", 100),),
        sections=("willakuykuna", "chakra", "yachay", "qhali-kay", "pukllay"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={"raki": ("Willakuykuna", "Chakra", "Yachay", "Qhali kay", "Pukllaykuna",
                        "Ayllukuna"),
               "pukyu": ("Municipalidad Provincial del Cusco", "DIRESA Cusco", "SENAMHI",
                         "Ayllukunamanta runakuna", "Gobierno Regional del Cusco")},
        families=(
            _f("raki", HEADER, 0.45, (_OLD, "{raki}")),
            _f("punchaw", HEADER, 0.85, *_by_day(_kw_dated)),
            _f("willakuq", HEADER, 0.55, (_OLD, "Por {author}"),
               (KW_REDESIGN.isoformat(), "Willakuq: {author}")),
            _f("runasimi", HEADER, 0.2, (_OLD, "Kay willakuyqa runasimipi, castellanopipas. "
                                               "Noticia en quechua y castellano.")),
            _f("programa", HEADER, 0.2, *_daily(_kw_programa)),
            _f("uyariy", MIDDLE, 0.3, (_OLD, "🎧 Uyariy: {other_title}")),
            _f("pukyu", MIDDLE, 0.2, (_OLD, "Pukyu / fuente: {pukyu}")),
            _f("notice", FOOTER, 0.3, *_kw_notice()),
            _f("comunicado", FOOTER, 0.15, *by_table(KW_COMUNICADO, lambda v: (
                f"Willakuykunata apachimuy (comunicados y saludos): {v} sapa willakuy, "
                f"Plaza San Francisco 112 oficinapi."))),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Asociación Radio Kuntur Wasi – "
                                                "Cusco, Perú")),
            _f("allinchay", HEADER, 0.04, (_OLD, "Allinchasqa: kay willakuypi huk ayllup "
                                                 "sutinta allinchayku. / Rectificación.")),
        ),
    )


# --- a Cree-language radio station in northern Saskatchewan ---------------------------------

KF_REDESIGN = dt.date(2017, 6, 21)  # relaunched on National Indigenous Peoples Day 2017
KF_STREAM = dt.date(2018, 11, 1)
KF_CARDS = (("2014-01-01", "$10"), ("2018-01-04", "$12"), ("2020-04-02", "$15"))
KF_SHOWS = ("Cree morning show with Elder Joe", "Trappers' Report and Country Classics",
            "nêhiyawêwin lesson of the week", "Radio Bingo night",
            "Fiddle and Jigging Hour", "Saturday Gospel and Requests",
            "Sunday Hymns in Cree")


def _kf_dated(day: dt.date) -> str:
    if day < KF_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{syllabics(KISIKAW[day.weekday()])} · {syllabics(PISIM[day.month - 1])} "
            f"{day.day}, {day.year}")


@cache
def jackpots() -> dict[dt.date, int]:
    """Made-up radio bingo jackpots by the Thursday of the game: a jackpot grows by $500 each
    week nobody wins it and starts again at $1,000 when someone does."""
    out, pot, week = {}, 1000, thursday_of(dt.date(2014, 12, 25))
    while week <= thursday_of(LAST_DAY):
        out[week] = pot
        pot = 1000 if noise(week, "bingo") < 0.18 else pot + 500
        week += 7 * ONE
    return out


def _kf_bingo(day: dt.date) -> str:
    thursday = thursday_of(day)
    if (thursday - 7 * ONE) < dt.date(thursday.year, 12, 24) <= thursday:
        pot = "$10,000 Christmas"
    else:
        pot = f"${jackpots()[thursday]:,}"
    cards = in_force(thursday, KF_CARDS)
    return (f"📻 Radio Bingo, Thursday {MONTHS[thursday.month - 1]} {thursday.day}: {pot} "
            f"jackpot. Cards {cards} at the band office and the Northern store.")


def _kf_today(day: dt.date) -> str:
    return (f"Today on Kinosew FM ({WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} "
            f"{day.day}): {KF_SHOWS[day.weekday()]}")


@cache
def _kf_notice() -> Wordings:
    base = _steps((_OLD, "Tune in on 89.9 FM across the North"),
                  (KF_STREAM.isoformat(), "📻 89.9 FM across the North, or stream us at "
                                          "kinosewfm.ca"))
    covid = [_span("2020-03-20", "2020-06-30", "🦠 COVID-19: stay home and listen in. Chief "
                                               "and Council updates every day at noon")]
    treaty = _yearly("07-15", 5, 5, lambda y: f"Treaty Days {y}: annuity payments and sports "
                                              f"days schedule")
    orange = _yearly("09-30", 3, 0, lambda y: f"🧡 Orange Shirt Day {y}: Every Child Matters")
    christmas = _yearly("12-24", 6, 1, lambda y: f"🎄 Christmas Radio Bingo {y}: cards on sale "
                                                 f"now")
    return _calendar(base, covid, treaty, orange, christmas)


def kinosew_style() -> PublisherStyle:
    """A Cree-language radio station in northern Saskatchewan, in Cree syllabics and English:
    a section in syllabics from a pool, the English date turned the Plains Cree day and moon
    in syllabics on National Indigenous Peoples Day 2017 (a wording per day), a "listen in
    Cree" line, the week's radio-bingo jackpot to each Thursday with the card price (a
    wording per week; the Christmas game; cards dearer in 2018 and 2020), the day's show (a
    wording per day), a credit for an Elder's words translated from nêhiyawêwin by a
    translator from a pool, a note on teachings shared with tobacco, a tune-in line reworded
    for streaming and turned by Treaty Days, Orange Shirt Day, the Christmas bingo and the
    pandemic's daily Chief and Council updates, a thank-you line in syllabics and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kinosewfm.ca", site="Kinosew FM", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "cree", "education", "health", "sports"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "isi": tuple(syllabics(w) for w in ("âcimowina", "nêhiyawêwin",
                                                "kiskinwahamâkêwin", "maskihkiy",
                                                "mêtawêwin")),
            "translator": ("Mary Bird", "Norman Sewap", "Alice McKay", "Rose Charles"),
        },
        families=(
            _f("isi", HEADER, 0.45, (_OLD, "{isi}")),
            _f("dated", HEADER, 0.85, *_by_day(_kf_dated)),
            _f("cree-audio", HEADER, 0.3, (_OLD, "▶ Listen to this story in Cree · "
                                                 f"{syllabics('nêhiyawêwin')}")),
            _f("bingo", HEADER, 0.2, *_by_day(_kf_bingo)),
            _f("today", FOOTER, 0.25, *_daily(_kf_today)),
            _f("elder", MIDDLE, 0.15, (_OLD, "Elder's words shared with permission and "
                                             "translated from nêhiyawêwin by {translator}.")),
            _f("tobacco", FOOTER, 0.1, (_OLD, "The teachings in this story were shared with "
                                              "tobacco offered in the proper way. Please do "
                                              "not reproduce them without permission.")),
            _f("notice", FOOTER, 0.3, *_kf_notice()),
            _f("thanks", FOOTER, 0.4, (_OLD, f"{syllabics('kinanâskomitinâwâw')} – thank "
                                             f"you for listening")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kinosew Broadcasting Society")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the date of the Treaty Days "
                                                  "sports day has been fixed.")),
        ),
    )


# --- an Ojibwe band's monthly newspaper ------------------------------------------------------

NB_FOUNDED = 1989
NB_PERCAP = (("2014-11-01", "2014: $1,100"), ("2015-11-02", "2015: $1,150"),
             ("2016-11-01", "2016: $1,200"), ("2017-11-01", "2017: $1,250"),
             ("2018-11-01", "2018: $1,300"), ("2019-11-01", "2019: $1,300"),
             ("2020-11-02", "2020: $800"))
TRIBAL_ELECTIONS = ("2016-06-14", "2018-06-12", "2020-06-09")
POWWOW = {y: nth_weekday(y, 7, 5, 3) for y in range(2015, 2021)}  # the third Saturday of July


def _nb_posted(day: dt.date) -> str:
    return f"Posted {day.month}/{day.day}/{day.year}"


def _nb_issue(day: dt.date) -> str:
    return (f"Vol. {day.year - NB_FOUNDED}, No. {day.month} · {MONTHS[day.month - 1]} "
            f"{day.year}")


def next_deadline(day: dt.date) -> tuple[dt.date, int]:
    """The next submission deadline (the 15th) and the month of the issue it is for."""
    y, m = day.year, day.month
    if day.day > 15:
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return dt.date(y, m, 15), m % 12 + 1


def _nb_deadline(day: dt.date) -> str:
    deadline, issue = next_deadline(day)
    return (f"Submission deadline for the {MONTHS[issue - 1]} issue: {MONTHS[deadline.month - 1]} "
            f"15 at 4:30 p.m.")


def _nb_council(day: dt.date) -> str:
    covid = dt.date(2020, 3, 17) <= day <= dt.date(2020, 8, 31)
    if covid:
        return "Band Council meetings are held by teleconference until further notice."
    tuesday = first_tuesday_from(day)
    for y in YEARS:
        if dt.date(y, 8, 20) <= day <= dt.date(y, 9, 20):
            return (f"Manoomin season {y}: check the Natural Resources line each morning for "
                    f"lake openings.")
        if POWWOW[y] - 10 * ONE <= day <= POWWOW[y] + ONE:
            return (f"Traditional Powwow, July {POWWOW[y].day}–{POWWOW[y].day + 1}, {y}: "
                    f"Grand Entry at 1 p.m. and 7 p.m.")
    for election in TRIBAL_ELECTIONS:
        if iso_day(election, -14) <= day <= iso_day(election):
            e = iso_day(election)
            return f"Tribal election: polls open June {e.day}, {e.year}, 8 a.m. to 8 p.m."
    return (f"Next Band Council meeting: Tuesday, {MONTHS[tuesday.month - 1]} {tuesday.day}, "
            f"6 p.m., Community Center. Open to enrolled members.")


def nimkii_style() -> PublisherStyle:
    """An Ojibwe band's monthly newspaper, in English with Ojibwe: the volume and issue
    number (a wording per month), "Posted" with the numeric date (a wording per day), the
    department that sent the item from a pool, the submission deadline for the next issue
    (a wording per month, turning on the 16th), the next Band Council meeting on the first
    Tuesday (a wording per month) turned by the powwow, the wild-rice season, the tribal
    elections and the pandemic's teleconferences, an Elders' lunch line mid-body, the year's
    per capita payment (announced each November, cut in 2020), an opinions disclaimer, a
    "Miigwech" line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="nimkiibaynews.org", site="Nimkii Bay News", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "elders", "education", "natural-resources", "health"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        pools={"department": ("Submitted by the Health Department", "Submitted by Natural "
                              "Resources", "Submitted by the Education Department",
                              "Submitted by the Enrollment Office", "Submitted by the "
                              "Elders' Program")},
        families=(
            _f("issue", HEADER, 0.6, *_by_day(_nb_issue)),
            _f("posted", HEADER, 0.5, *_by_day(_nb_posted)),
            _f("department", HEADER, 0.35, (_OLD, "{department}")),
            _f("elders-lunch", MIDDLE, 0.12, (_OLD, "Elders' Nutrition Program: lunch is "
                                                    "served weekdays at 11:30 a.m. at the "
                                                    "Community Center.")),
            _f("deadline", FOOTER, 0.35, *_by_day(_nb_deadline)),
            _f("council", FOOTER, 0.3, *_by_day(_nb_council)),
            _f("percap", FOOTER, 0.15, *by_table(NB_PERCAP, lambda v: (
                f"Per capita {v} per enrolled member, mailed the first week of December."))),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "Opinions in letters and columns are not "
                                                 "necessarily those of the Band Council or "
                                                 "its staff.")),
            _f("miigwech", FOOTER, 0.35, (_OLD, "Miigwech for reading! Share this paper with "
                                                "an Elder who isn't online.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Nimkii Bay News, published by the "
                                                 "Band's Communications Department")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last month's issue listed the "
                                                  "wrong date for the Elders' gathering.")),
        ),
    )


# --- an iwi radio station -------------------------------------------------------------------

AT_REDESIGN = dt.date(2019, 9, 9)  # relaunched on the first day of Te Wiki o te Reo Māori
AT_SHOWS = ("Te Ata Hāpara, 6–9am", "Ngā Kōrero o te Wā, 12–1pm", "Te Reo Tātaki, 7pm",
            "Hiki Wairua, 3–6pm", "Rāmere Waiata, 4–8pm", "Te Reo o te Rāhoroi, 8am–12pm",
            "Karakia me ngā Hīmene, 7–10am")


def _at_dated(day: dt.date) -> str:
    if day < AT_REDESIGN:
        return f"{day.day} {MARAMA[day.month - 1]} {day.year}"
    return (f"{RA[day.weekday()]} {day.day} {MARAMA[day.month - 1]} {day.year} | "
            f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}")


def _at_kei_runga(day: dt.date) -> str:
    return f"Kei runga i te reo irirangi, {RA[day.weekday()]} {day.day}: {AT_SHOWS[day.weekday()]}"


@cache
def _at_notice() -> Wordings:
    base = _steps((_OLD, "Whakarongo mai i te 94.1 FM"))
    covid = [_span("2020-03-23", "2020-05-13", "🦠 COVID-19: karakia and updates for our "
                                               "whānau every morning at 9am")]
    wiki = [_span(first, last, f"Te Wiki o te Reo Māori {y}")
            for y, (first, last) in TE_WIKI.items()]
    matariki = [(iso_day(day), iso_day(day, 8), f"Matariki {y}: ngā mihi o te tau hou")
                for y, day in MATARIKI.items()]
    koroneihana = _yearly("08-21", 3, 2, lambda y: f"Koroneihana {y}: live from "
                                                   f"Tūrangawaewae Marae")
    return _calendar(base, covid, wiki, matariki, koroneihana)


def awatipuna_style() -> PublisherStyle:
    """An iwi radio station, in te reo Māori and English: the Māori date turned bilingual
    (Māori, then English) with the weekdays on the first day of Te Wiki o te Reo Māori 2019
    (a wording per day), the day's show (a wording per day), "Whakarongo:" and "Pānui hapori"
    (up to twice) mid-body, a frequency line turned by Te Wiki o te Reo Māori, Matariki,
    Koroneihana and the lockdown's morning karakia, the funder's line, the iwi line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="awatipunafm.iwi.nz", site="Awatipuna FM", base_size=55,
        subdomains=(("www.", 100),),
        sections=("korero", "hapori", "hakinakina", "waiata"),
        n_authors=3, url_path="/korero/{slug}",
        families=(
            _f("ra", HEADER, 0.85, *_by_day(_at_dated)),
            _f("kei-runga", HEADER, 0.25, *_daily(_at_kei_runga)),
            _f("whakarongo", MIDDLE, 0.3, (_OLD, "Whakarongo: {other_title}")),
            _f("hapori", MIDDLE, 0.15, (_OLD, "Pānui hapori"), count=2),
            _f("notice", FOOTER, 0.35, *_at_notice()),
            _f("tautoko", FOOTER, 0.35, (_OLD, "He mea tautoko e Te Māngai Pāho.")),
            _f("iwi", FOOTER, 0.3, (_OLD, "Nō te iwi, mō te iwi – from the iwi, for the "
                                          "iwi.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Awatipuna FM")),
            _f("whakatika", HEADER, 0.04, (_OLD, "Whakatika: kua whakatikahia te ingoa o te "
                                                 "kaikōrero.")),
        ),
    )


# --- an Aboriginal community newspaper in the Northern Territory -----------------------------

MC_WARNING = dt.date(2018, 1, 1)
GARMA = {2015: ("2015-07-31", "2015-08-03"), 2016: ("2016-07-29", "2016-08-01"),
         2017: ("2017-08-04", "2017-08-07"), 2018: ("2018-08-03", "2018-08-06"),
         2019: ("2019-08-02", "2019-08-05")}
NT_ELECTIONS = ("2016-08-27", "2020-08-22")


def _mc_dated(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _mc_notice() -> Wordings:
    base = _steps((_OLD, "Munjarra Coast News is free at community stores and land council "
                         "offices"))
    covid = [_span("2020-03-26", "2020-06-05", "🦠 Biosecurity zones: no travel into remote "
                                               "communities without a permit")]
    naidoc = [_span(first, last, f"NAIDOC Week {y}") for y, (first, last, _) in NAIDOC.items()]
    garma = [_span(first, last, f"Garma Festival {y}: stories from Gulkula")
             for y, (first, last) in GARMA.items()]
    votes = [(iso_day(day, -12), iso_day(day, 1), f"🗳️ NT election {day[:4]}: how to vote in "
                                                  f"your community") for day in NT_ELECTIONS]
    return _calendar(base, covid, votes, naidoc, garma)


def munjarra_style() -> PublisherStyle:
    """An Aboriginal community newspaper in the Northern Territory, in English: the weekday
    and long date (a wording per day), a warning about images of people who have passed away
    (reworded in 2018), "Story by", "Advertisement" mid-body, a line that a family gave
    permission to use their loved one's name and photo, a translator's credit for a story
    told in Kriol from a pool, the acknowledgement of Larrakia country, a printing line, a
    free-copy line turned by NAIDOC Week, the Garma Festival, the Territory elections and the
    biosecurity zones, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="munjarracoast.com.au", site="Munjarra Coast News", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "community", "sport", "land"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"translator": ("Rosie Wurrkidj", "Dennis Anmatyerr", "Linda Mununggurr")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_mc_dated)),
            _f("warning", HEADER, 0.35,
               (_OLD, "Readers are advised that this story may contain images of people who "
                      "have passed away."),
               (MC_WARNING.isoformat(), "Aboriginal and Torres Strait Islander readers: this "
                                        "story contains images and names of deceased "
                                        "persons.")),
            _f("byline", HEADER, 0.5, (_OLD, "Story by {author}")),
            _f("permission", MIDDLE, 0.1, (_OLD, "The family has given permission to use "
                                                 "their loved one's name and photograph.")),
            _f("advert", MIDDLE, 0.2, (_OLD, "Advertisement")),
            _f("kriol", MIDDLE, 0.12, (_OLD, "Told in Kriol and translated by {translator}.")),
            _f("ack", FOOTER, 0.4, (_OLD, "Munjarra Coast News is produced on Larrakia "
                                          "country. We pay our respects to Larrakia Elders.")),
            _f("printing", FOOTER, 0.25, (_OLD, "Printed every second Wednesday and flown to "
                                                "more than 40 remote communities.")),
            _f("notice", FOOTER, 0.3, *_mc_notice()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Munjarra Coast News")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the football carnival is in "
                                                  "Galiwin'ku, not Ramingining.")),
        ),
    )


# --- a Navajo-language AM radio station ---------------------------------------------------

KY_SHOWS = ("Navajo Morning Show", "Chapter Report", "Diné Country Hour", "Rodeo Roundup",
            "Friday Night Song and Dance Hour", "Saturday Gospel in Navajo",
            "Sunday Hymns and Requests")


def _ky_dated(day: dt.date) -> str:
    return f"{DINE_MONTHS[day.month - 1]} {day.day}, {day.year} · {DINE_DAYS[day.weekday()]}"


def _ky_air(day: dt.date) -> str:
    return (f"On air {WEEKDAYS[day.weekday()]} ({DINE_DAYS[day.weekday()]}): "
            f"{KY_SHOWS[day.weekday()]}, 6–9 a.m.")


@cache
def _ky_notice() -> Wordings:
    base = _steps((_OLD, "Send your chapter announcements by 3 p.m. the day before"))
    covid = [_span("2020-03-20", "2020-08-31", "🦠 Curfew reminders and COVID-19 updates in "
                                               "Navajo every hour")]
    fair = _movable(labour_day, 0, 6, lambda y: f"Live from the Navajo Nation Fair {y}",
                    years=range(2015, 2020))
    return _calendar(base, covid, fair)


def kyzd_style() -> PublisherStyle:
    """A Navajo-language AM radio station: the Navajo weekday, month and day (a wording per
    day), the day's morning show in English and Navajo (a wording per day), a chapter
    announcement from a pool mid-body, an announcements line turned by the Navajo Nation
    Fair and the pandemic's curfew reminders, a public-service line, the slogan and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kyzd1180.com", site="KYZD 1180 AM", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "announcements", "sports"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"chapter": ("Chinle", "Many Farms", "Rough Rock", "Lukachukai", "Tsaile",
                           "Rock Point")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_ky_dated)),
            _f("on-air", HEADER, 0.25, *_daily(_ky_air)),
            _f("chapter", MIDDLE, 0.25, (_OLD, "Chapter announcement: {chapter} Chapter")),
            _f("notice", FOOTER, 0.35, *_ky_notice()),
            _f("psa", FOOTER, 0.3, (_OLD, "Public service announcements air free for chapters, "
                                          "schools and nonprofits.")),
            _f("slogan", FOOTER, 0.4, (_OLD, "KYZD 1180 AM – Diné bizaad bee, Diné bá.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} KYZD 1180 AM")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the chapter meeting is "
                                                  "Thursday, not Wednesday.")),
        ),
    )


def heldout152_styles() -> list[PublisherStyle]:
    """The held-back-152 styles, in the order the generator hands them to publishers."""
    return [
        fourwinds_style(), tepae_style(), wirrin_style(), dinetah_style(), nuuk_style(),
        kaleo_style(), kunturwasi_style(), kinosew_style(), nimkii_style(),
        awatipuna_style(), munjarra_style(), kyzd_style(),
    ]
