"""The thirty-sixth held-back template set (``held-back-36``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the thirty-fifth
held-back set (`tests.bench.heldout_templates_35`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first thirty-five held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 97.43% of the boilerplate removed, 99.99% of the content
kept, at db41467 (97.30% with the session-start code f99d096); studied since, so no longer
an unseen test.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Konkani-language news site in
Devanagari with Devanagari numerals (Margao, Goa), a Tigrinya-language news site in Ethiopic
script (Massawa), a Crimean Tatar news site in Latin script (published from Kyiv), a
Võro-language regional news site (Võru), a Kirundi-language news site (Gitega), a K'iche'
and Spanish community radio station's news (Santa Cruz del Quiché), a Seychellois Creole
island news site (Praslin), a Manx-language news site (Isle of Man), a cathedral's music
list (England), a darts league's results (the Rhondda), a dark-sky park's sky notes (County
Mayo) and a Sunday car boot sale's news (Essex). None of these kinds is in an earlier
held-back set, nor these languages as a site's language.

Variation: article dates localised day by day (Konkani weekdays and months in Devanagari
with Devanagari numerals and, beside them, the Indian national (Saka) calendar's date and
year; Tigrinya weekdays and the Eritrean names of the Gregorian months with the Ethiopic
comma; Crimean Tatar dates with the time slot first and the weekday last; Võro months with
"päiv" and the weekday after a day-month order; Kirundi weekdays and months with "itariki";
Spanish weekdays and months with the K'iche' day of the 260-day count (cholq'ij) beside
them; Seychellois Creole weekdays and months with "le"; Manx weekdays and months with
"jeh"), a cathedral's coming Sunday named by the Prayer Book's calendar (Advent, Epiphany,
the Sundays before Lent, Lent, Easter, Trinity), a darts league's week of the season, the
moon's phase and the share of it lit printed day by day, a car boot sale's next sale day,
English and Spanish date slots, bylines of many shapes (a town, a place after the name, a
name glued to a prefix, "written by" forms with and without a label, a district, an organist,
a league secretary, a ranger), notices reworded in 2015-2020 (social lines gaining a second
or third network; donation appeals gaining a second payment service; subscription, pitch,
team and event prices raised), election and emergency lines (Goa's 2017 and 2019 votes, the
2020 lockdown and the zilla panchayat vote; Eritrea's 2018 peace and border reopening and
the 2020 lockdown; Ukraine's 2019 and 2020 votes and the 2020 quarantine; Estonia's
2015-2019 votes and the 2020 emergency; Burundi's 2015, 2018 and 2020 votes; Guatemala's
2015 and 2019 votes, the 2020 curfew and storms Eta and Iota; the Seychelles' 2015, 2016
and 2020 votes and the 2020 lockdown; the Isle of Man's 2016 vote and its 2020 and 2021
lockdowns; England's, Wales's and Ireland's 2020 rules), notices that follow a calendar
(Goa's Liberation Day with its count, Carnival before Lent, Sao Joao, Ganesh Chaturthi and
St Francis Xavier; Independence Day with its count in Ge'ez numerals, Operation Fenkil with
its count, Martyrs' Day and Christmas on 7 January; the 1944 deportation with its count,
Hıdırlez, the flag day and Qurban Bayram; Estonia's Independence Day with its count, mother
tongue day and Midsummer; Independence Day with its count, Unity Day, Rwagasore's day and
Christmas; Waqxaqib' B'atz' every 260 days, Independence Day with its count and the Day of
the Dead; National Day with its count, the Creole Festival and Christmas; Tynwald Day (moved
off a weekend), the TT (none in 2020) and Hop-tu-Naa; chorister voice trials on the first
Saturday of February; Evensong terms, darts seasons, dark-sky seasons and car boot seasons),
names at the start of lines, mid-line or after a label, the article's own title (two share
lines) and other articles' titles (links in eight languages), amounts (subscriptions in
rupees and euros, pitch, entry, league and event fees in pounds and euros, checkouts, a
bank account, a VAT-like registration number), tag lists, view and reader counts, reading
times, phone numbers in several countries' formats, multi-line blocks, mid-body inserts
(some up to two times), bare lines (ad labels in eight languages, script and language
switches, block headings), Devanagari numerals and ळ, Ethiopic punctuation (፣ ። ፦),
Crimean Tatar ı, ñ, ğ and q, Võro õ and q, K'iche' glottal stops, Manx digraphs, symbols
and emoji where such sites use them, and families in only 3-6% of articles beside ones in
nearly all. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, nth_weekday
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

EASTER_WESTERN = {2014: "2014-04-20", 2015: "2015-04-05", 2016: "2016-03-27",
                  2017: "2017-04-16", 2018: "2018-04-01", 2019: "2019-04-21",
                  2020: "2020-04-12", 2021: "2021-04-04"}
# Eid al-Adha (Qurban Bayram) as Ukraine's Muslims kept it.
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
# Ganesh Chaturthi (Chovoth) in Goa.
GANESH = {2015: "2015-09-17", 2016: "2016-09-05", 2017: "2017-08-25", 2018: "2018-09-13",
          2019: "2019-09-02", 2020: "2020-08-22"}

DEVANAGARI_DIGITS = "०१२३४५६७८९"
KONKANI_WEEKDAYS = ("सोमार", "मंगळार", "बुधवार", "बिरेस्तार", "शुक्रार", "शेनवार", "आयतार")
KONKANI_MONTHS = ("जानेवारी", "फेब्रुवारी", "मार्च", "एप्रील", "मे", "जून", "जुलय", "ऑगस्ट",
                  "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर")
# The months of the Indian national (Saka) calendar, from Chaitra (22 March, 21 in a leap
# year).
SAKA_MONTHS = ("चैत्र", "वैशाख", "ज्येष्ठ", "आषाढ", "श्रावण", "भाद्रपद", "आश्विन", "कार्तिक",
               "मार्गशीर्ष", "पौष", "माघ", "फाल्गुन")
TIGRINYA_WEEKDAYS = ("ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት")
# The Gregorian months as Eritrea names them.
TIGRINYA_MONTHS = ("ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም",
                   "ጥቅምቲ", "ሕዳር", "ታሕሳስ")
GEEZ_ONES = "፩፪፫፬፭፮፯፰፱"
GEEZ_TENS = "፲፳፴፵፶፷፸፹፺"
CRIMEAN_WEEKDAYS = ("bazarertesi", "salı", "çarşembe", "cumaaqşamı", "cuma", "cumaertesi",
                    "bazar")
CRIMEAN_MONTHS = ("yanvar", "fevral", "mart", "aprel", "mayıs", "iyün", "iyül", "avgust",
                  "sentâbr", "oktâbr", "noyabr", "dekabr")
VORO_WEEKDAYS = ("iispäiv", "tõõsõpäiv", "kolmapäiv", "nelläpäiv", "riidi", "puulpäiv",
                 "pühäpäiv")
VORO_MONTHS = ("vahtsõaastakuu", "radokuu", "urbõkuu", "mahlakuu", "lehekuu", "piimäkuu",
               "hainakuu", "põimukuu", "süküskuu", "rehekuu", "märtekuu", "joulukuu")
KIRUNDI_WEEKDAYS = ("Ku wa mbere", "Ku wa kabiri", "Ku wa gatatu", "Ku wa kane",
                    "Ku wa gatanu", "Ku wa gatandatu", "Ku w'iyinga")
KIRUNDI_MONTHS = ("Nzero", "Ruhuhuma", "Ntwarante", "Ndamukiza", "Rusama", "Ruheshi",
                  "Mukakaro", "Myandagaro", "Nyakanga", "Gitugutu", "Munyonyo", "Kigarama")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
# The twenty days of the K'iche' cholq'ij (Imox = Imix ... Ajpu' = Ajaw) and its numbers.
CHOLQIJ_DAYS = ("Imox", "Iq'", "Aq'ab'al", "K'at", "Kan", "Kame", "Kej", "Q'anil", "Toj",
                "Tz'i'", "B'atz'", "E", "Aj", "I'x", "Tz'ikin", "Ajmaq", "No'j", "Tijax",
                "Kawoq", "Ajpu'")
CHOLQIJ_NUMBERS = ("Jun", "Keb'", "Oxib'", "Kajib'", "Job'", "Waqib'", "Wuqub'",
                   "Waqxaqib'", "B'elejeb'", "Lajuj", "Julajuj", "Kab'lajuj", "Oxlajuj")
SESELWA_WEEKDAYS = ("Lendi", "Mardi", "Merkredi", "Zedi", "Vandredi", "Sanmdi", "Dimans")
SESELWA_MONTHS = ("Zanvye", "Fevriye", "Mars", "Avril", "Me", "Zen", "Zilyet", "Out",
                  "Septanm", "Oktob", "Novanm", "Desanm")
MANX_WEEKDAYS = ("Jelune", "Jemayrt", "Jecrean", "Jerdrein", "Jeheiney", "Jesarn", "Jedoonee")
MANX_MONTHS = ("Jerrey Geuree", "Toshiaght Arree", "Mart", "Averil", "Boaldyn", "Mean Souree",
               "Jerrey Souree", "Luanistyn", "Mean Fouyir", "Jerrey Fouyir", "Mee Houney",
               "Mee ny Nollick")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")

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


def last_weekday(y: int, m: int, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) of month `m` of year `y`."""
    last = dt.date(y, m, calendar.monthrange(y, m)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _around(days: dict[int, str], before: int, after: int, text: str) -> list[Event]:
    """A notice shown each year around a movable day (`days`: year -> iso day)."""
    return [(_day(days[y], -before), _day(days[y], after + 1), text) for y in YEARS]


# --- a Konkani-language news site in Devanagari (Margao, Goa) ---------------------------------

KO_DAILY = dt.date(2017, 12, 19)  # from Liberation Day 2017, Konkani and Saka dates
KO_BYLINE = dt.date(2018, 8, 15)  # "बरोवपी:" turned the writer with the town
KO_SOCIAL = dt.date(2018, 6, 1)  # the follow line gained Instagram
KO_PRICE = dt.date(2019, 4, 1)  # the yearly subscription went up


def devanagari_digits(text: str) -> str:
    """`text` with its ASCII digits as the Devanagari numerals Konkani papers print."""
    return "".join(DEVANAGARI_DIGITS[int(c)] if c.isascii() and c.isdigit() else c
                   for c in text)


def saka(day: dt.date) -> tuple[int, int, int]:
    """(Saka year, month 1-12, day) of `day` in the Indian national calendar: Chaitra begins
    on 22 March (21 March in a Gregorian leap year) and has 30 days (31 in a leap year), the
    next five months 31, the last six 30; the Saka year is the Gregorian year less 78."""
    y = day.year
    start = dt.date(y, 3, 21 if calendar.isleap(y) else 22)
    if day < start:
        y -= 1
        start = dt.date(y, 3, 21 if calendar.isleap(y) else 22)
    lengths = [31 if calendar.isleap(y) else 30] + [31] * 5 + [30] * 6
    k = (day - start).days
    month = 0
    while k >= lengths[month]:
        k -= lengths[month]
        month += 1
    return y - 78, month + 1, k + 1


def _ko_dated(day: dt.date) -> str:
    sy, sm, sd = saka(day)
    return devanagari_digits(f"{KONKANI_WEEKDAYS[day.weekday()]}, {day.day} "
                             f"{KONKANI_MONTHS[day.month - 1]} {day.year} · "
                             f"{SAKA_MONTHS[sm - 1]} {sd}, शके {sy}")


def goa_carnival(y: int) -> dt.date:
    """The first day of Goa's Carnival: the Saturday fifty days before Easter."""
    return _day(EASTER_WESTERN[y], -50)


def _ko_porbam() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "आमकां फेसबुकार फॉलो करात."),
            (KO_SOCIAL.isoformat(), "आमकां फेसबुक आनी इन्स्टाग्रामार फॉलो करात.")]
    events = _yearly(1961, "12-19", 1, 0, lambda n: "🇮🇳 गोंय मुक्ती दीस: "
                                                    + devanagari_digits(f"{n}") + " वर्सां!")
    events += [(goa_carnival(y), goa_carnival(y) + dt.timedelta(days=4),
                "🎭 इंत्रुज! मडगांवचो कार्नावल पळोवपाक येयात.") for y in YEARS]
    events += _yearly(0, "06-24", 1, 0, lambda _: "💦 व्हिवा साँव जुआंव!")
    events += _around(GANESH, 1, 1, "🐘 चवथीच्यो परबी! गणपती बाप्पा मोरया!")
    events += _yearly(0, "12-03", 1, 0, lambda _: "⛪ गोंयच्या सायबाचें फेस्त: परबी!")
    return _timeline(base, events)


def _ko_vinchovnnuk() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 खबर आसा? व्हॉट्सॲप करात: +91 98220 55023")]
    return _timeline(base, [
        (dt.date(2017, 1, 21), dt.date(2017, 2, 5),
         "🗳️ विधानसभा वेंचणूक: शेनवार, ४ फेब्रुवारी. मत घालात!"),
        (dt.date(2019, 4, 9), dt.date(2019, 4, 24),
         "🗳️ लोकसभा वेंचणूक: मंगळार, २३ एप्रील. मत घालात!"),
        (dt.date(2020, 3, 22), dt.date(2020, 6, 1),
         "😷 लॉकडावन: घरा रावात, मास्क घालात."),
        (dt.date(2020, 11, 28), dt.date(2020, 12, 13),
         "🗳️ जिल्हा पंचायत वेंचणूक: शेनवार, १२ डिसेंबर."),
    ])


def konkani_style() -> PublisherStyle:
    """A Konkani-language news site in Devanagari (Margao, Goa): a script switch, a section
    kicker, a dotted date slot with the time turned a Konkani date in Devanagari numerals
    with the Saka date and year beside it (a wording per day, from Liberation Day 2017),
    "बरोवपी:" turned the writer with the town, a reader count, "जायरात" and "हेंय वाचात:"
    (up to twice) and photo inserts, a tag list, a follow line (gaining Instagram) turned
    Liberation Day with its count, Carnival, Sao Joao, Chovoth and St Francis Xavier's
    feast, a tip line turned three votes and the 2020 lockdown, a subscription raised in
    2019, an opinion disclaimer, a comment rule, a rare heavy-rain warning, the copyright
    line."""
    return PublisherStyle(
        domain="goemkhobro.in", site="गोंय खबरो", base_size=880,
        subdomains=(("", 75), ("m.", 25)),
        sections=("khobro", "rajkaron", "khell", "sonvskrutay", "shikop", "ganv"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "vibhag": ("खबरो", "राजकारण", "खेळ", "संवसार", "संस्कृताय", "शिक्षण", "गांव",
                       "उद्देग"),
            "barovpi": ("सुनेत्रा कामत", "प्रकाश नायक", "मारिया फर्नांडिस", "राजेंद्र गावस",
                        "स्नेहा प्रभू", "आग्नेल कार्दोज"),
            "ganv": ("मडगांव", "पणजी", "म्हापशें", "वास्को", "फोंडें", "काणकोण"),
            "photo": ("गोंय खबरो", "फायल फोटो", "पीटीआय", "सोशल मिडिया", "वाचप्यान धाडिल्लो"),
            "tag": ("गोंय", "कोंकणी", "म्हादय", "खण", "पर्यटन", "वेंचणूक", "कोरोना", "नुस्तें",
                    "शेतकी", "फुटबॉल"),
        },
        families=(
            _f("lipi", HEADER, 0.2, (_OLD, "देवनागरी | Romi | English")),
            _f("vibhag", HEADER, 0.3, (_OLD, "{vibhag}")),
            _f("tarikh", HEADER, 0.85, (_OLD, "{date_de} {time}"),
               *_daily(_ko_dated, KO_DAILY)),
            _f("barovpi", HEADER, 0.6, (_OLD, "बरोवपी: {barovpi}"),
               (KO_BYLINE.isoformat(), "{barovpi} | {ganv}")),
            _f("vachpi", HEADER, 0.35, (_OLD, "📖 {count} वाचप्यांनी वाचलें")),
            _f("jairat", MIDDLE, 0.45, (_OLD, "जायरात"), count=2),
            _f("vachat", MIDDLE, 0.4, (_OLD, "हेंय वाचात: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "फोटो: {photo}")),
            _f("tag", FOOTER, 0.35, (_OLD, "टॅग: {tag_list}")),
            _f("porbam", FOOTER, 0.25, *_ko_porbam()),
            _f("vinchovnnuk", FOOTER, 0.2, *_ko_vinchovnnuk()),
            _f("vorgonni", FOOTER, 0.2,
               (_OLD, "📰 वर्साची वर्गणी ₹६००: पेपर घरा पावयतात."),
               (KO_PRICE.isoformat(), "📰 वर्साची वर्गणी ₹७२०: पेपर घरा पावयतात.")),
            _f("mot", FOOTER, 0.25,
               (_OLD, "लेखांतलीं मतां बरोवप्यांचीं; तीं संपादकांचीं आसतात अशें ना.")),
            _f("comment", FOOTER, 0.3,
               (_OLD, "कॉमेंट तपासल्या उपरांत दिसतात. गाळी आनी व्यक्तिगत हल्ले काडून उडयतले.")),
            _f("paus", FOOTER, 0.04,
               (_OLD, "⚠️ रेड अलर्ट: व्हड पावस, न्हंयच्या देगेर वचूं नाकात!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} गोंय खबरो. सगळे हक्क राखून दवरल्यात.")),
        ),
    )


# --- a Tigrinya-language news site in Ethiopic script (Massawa) -------------------------------

TI_DAILY = dt.date(2018, 5, 24)  # from Independence Day 2018, Tigrinya dates
TI_BYLINE = dt.date(2018, 9, 11)  # "ጸሓፊ፦" turned "ብ" glued to the name and the town
TI_SOCIAL = dt.date(2019, 5, 1)  # the follow line gained YouTube
TI_DONATE = dt.date(2019, 9, 1)  # the appeal gained a second service


def geez(n: int) -> str:
    """`n` (1-99) in Ge'ez numerals."""
    assert 0 < n < 100, n
    tens, ones = divmod(n, 10)
    return (GEEZ_TENS[tens - 1] if tens else "") + (GEEZ_ONES[ones - 1] if ones else "")


def _ti_dated(day: dt.date) -> str:
    return (f"{TIGRINYA_WEEKDAYS[day.weekday()]}፣ {day.day} {TIGRINYA_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ti_baal() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "ኣብ ፌስቡክ ተኸታተሉና።"),
            (TI_SOCIAL.isoformat(), "ኣብ ፌስቡክን ዩቱብን ተኸታተሉና።")]
    events = _yearly(1991, "05-24", 2, 0, lambda n: f"🇪🇷 ርሑስ በዓል ናጽነት! {geez(n)}ይ ዓመት።")
    events += _yearly(1990, "02-10", 1, 0, lambda n: f"⚓ ዝኽሪ ወፍሪ ፈንቅል፦ {geez(n)}ይ ዓመት።")
    events += _yearly(0, "06-20", 1, 0, lambda _: "🕯️ 20 ሰነ፦ መዓልቲ ሰማእታት። ንዘልኣለም ንዝክሮም።")
    events += _yearly(0, "01-07", 1, 1, lambda _: "🎄 ርሑስ በዓል ልደት!",
                      years=range(2015, 2022))
    return _timeline(base, events)


def _ti_habari() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 ዜና ኣለኩም? ደውሉልና፦ +291 1 55 02 36")]
    return _timeline(base, [
        (dt.date(2018, 7, 9), dt.date(2018, 7, 23),
         "🕊️ ኤርትራን ኢትዮጵያን ናይ ሰላምን ምሕዝነትን ኣዋጅ ፈሪመን።"),
        (dt.date(2018, 9, 11), dt.date(2018, 9, 25),
         "🚧 ዶባት ዛላምበሳን ቡሬን ተኸፊቶም፦ ርሑስ ሓድሽ ዓመት!"),
        (dt.date(2020, 4, 2), dt.date(2020, 9, 1),
         "😷 ኣብ ገዛኹም ጽንሑ፦ ስጉምቲ ምክልኻል ኮሮና።"),
    ])


def tigrinya_style() -> PublisherStyle:
    """A Tigrinya-language news site in Ethiopic script (Massawa): a three-language switch,
    a section kicker, an English date slot turned a Tigrinya weekday and the Eritrean
    month name with the Ethiopic comma (a wording per day, from Independence Day 2018),
    "ጸሓፊ፦" turned "ብ" glued to the writer's name with the town, a read count, an ad
    label and "ከምኡውን ኣንብቡ፦" (up to twice) and photo inserts, a source line, a follow
    line (gaining YouTube) turned Independence Day and Fenkil with their counts in Ge'ez
    numerals, Martyrs' Day and Christmas, a tip line turned the 2018 peace, the border
    reopening and the 2020 lockdown, a donation appeal gaining a second service, a comment
    rule, a rare heat warning, a copyright line."""
    return PublisherStyle(
        domain="zenamitsiwa.com", site="ዜና ምጽዋዕ", base_size=760,
        subdomains=(("www.", 100),),
        sections=("zena", "politika", "qutsebi", "sport", "bahli", "timhrti"),
        n_authors=5, url_path="/ti/{section}/{yyyy}/{mm}/{n}",
        pools={
            "kfli": ("ዜና", "ፖለቲካ", "ቁጠባ", "ስፖርት", "ባህሊ", "ትምህርቲ", "ጥዕና", "ዞባታት"),
            "tsahafi": ("ሰላም ተስፋይ", "ዳኒኤል ገብረሂወት", "ሳባ ኪዳነ", "ተኽለ ሃብተ",
                        "ሉላ ወልደማርያም", "ሚኪኤል ዘርኣይ"),
            "sieli": ("ዜና ምጽዋዕ", "ማህደር", "ኤሪ-ቲቪ", "ማሕበራዊ መራኸቢታት"),
            "mnchi": ("ኤሪና", "ሬድዮ ድምጺ ሓፋሽ", "ኤሪ-ቲቪ", "ሚኒስትሪ ዜና", "ሮይተርስ"),
        },
        families=(
            _f("qanqa", HEADER, 0.2, (_OLD, "ትግርኛ | العربية | English")),
            _f("kfli", HEADER, 0.3, (_OLD, "{kfli}")),
            _f("eleti", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_ti_dated, TI_DAILY)),
            _f("tsahafi", HEADER, 0.6, (_OLD, "ጸሓፊ፦ {tsahafi}"),
               (TI_BYLINE.isoformat(), "ብ{tsahafi} — ምጽዋዕ")),
            _f("tenebibu", HEADER, 0.35, (_OLD, "ተነቢቡ፦ {count} ግዜ")),
            _f("mewaewi", MIDDLE, 0.45, (_OLD, "መወዓውዒ"), count=2),
            _f("anbbu", MIDDLE, 0.4, (_OLD, "ከምኡውን ኣንብቡ፦ {other_title}"), count=2),
            _f("sieli", MIDDLE, 0.3, (_OLD, "ስእሊ፦ {sieli}")),
            _f("mnchi", FOOTER, 0.3, (_OLD, "ምንጪ፦ {mnchi}")),
            _f("baal", FOOTER, 0.25, *_ti_baal()),
            _f("habari", FOOTER, 0.2, *_ti_habari()),
            _f("degefuna", FOOTER, 0.2,
               (_OLD, "💙 ንስራሕና ደግፉ፦ PayPal"),
               (TI_DONATE.isoformat(), "💙 ንስራሕና ደግፉ፦ PayPal ወይ GoFundMe")),
            _f("reyto", FOOTER, 0.3,
               (_OLD, "ርእይቶታት ድሕሪ ምርመራ ይዝርግሑ። ጸርፍን ጽልኢን ዘለዎ ይድምሰስ።")),
            _f("muqet", FOOTER, 0.04,
               (_OLD, "⚠️ ሓያል ሙቐት ኣብ ምጽዋዕ፦ ብዙሕ ማይ ስተዩ፣ ኣብ ጽላሎት ጽንሑ።")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} ዜና ምጽዋዕ። ኩሉ መሰል ዝተሓለወ እዩ።")),
        ),
    )


# --- a Crimean Tatar news site in Latin script (published from Kyiv) --------------------------

CT_DAILY = dt.date(2018, 6, 26)  # from the flag day 2018, Crimean Tatar dates
CT_BYLINE = dt.date(2018, 11, 1)  # "Müellif:" turned "Haberni azırladı:"
CT_SOCIAL = dt.date(2019, 8, 1)  # the follow line gained YouTube
CT_DONATE = dt.date(2020, 1, 1)  # the appeal gained PayPal


def _ct_dated(day: dt.date) -> str:
    return (f"{{time}} · {day.day} {CRIMEAN_MONTHS[day.month - 1]} {day.year}, "
            f"{CRIMEAN_WEEKDAYS[day.weekday()]}")


def _ct_bayram() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Bizni Facebook ve Telegram'da taqip etiñiz."),
            (CT_SOCIAL.isoformat(), "Bizni Facebook, Telegram ve YouTube'da taqip etiñiz.")]
    events = _yearly(1944, "05-18", 1, 0, lambda n: f"🕯️ Sürgünlikniñ {n} yıllığı. "
                                                    f"Unutmaymız, bağışlamaymız.")
    events += _yearly(0, "05-06", 1, 1, lambda _: "🌿 Hıdırlez bayramıñız hayırlı olsun!")
    events += _yearly(0, "06-26", 1, 0, lambda _: "💙 Qırımtatar bayrağı künü "
                                                  "qutlu olsun!")
    events += _around(EID_ADHA, 1, 1, "🐑 Qurban Bayramıñız mubarek olsun!")
    return _timeline(base, events)


def _ct_saylav() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Haberiñiz barmı? Yazıñız: +380 44 555 02 36")]
    return _timeline(base, [
        (dt.date(2019, 3, 18), dt.date(2019, 4, 22),
         "🗳️ Prezident saylavları: 31 mart ve 21 aprel. Saylavğa barıñız!"),
        (dt.date(2019, 7, 8), dt.date(2019, 7, 22),
         "🗳️ Verhovna Radağa saylavlar: 21 iyül. Saylavğa barıñız!"),
        (dt.date(2020, 3, 12), dt.date(2020, 5, 11),
         "😷 Karantin: evde qalıñız, maske taqıñız."),
        (dt.date(2020, 10, 12), dt.date(2020, 10, 26),
         "🗳️ Yerli saylavlar: 25 oktâbr. Saylavğa barıñız!"),
    ])


def crimean_style() -> PublisherStyle:
    """A Crimean Tatar news site in Latin script (published from Kyiv): a three-language
    switch, a section kicker, a dotted date slot with the time turned the time slot, a
    Crimean Tatar date and the weekday last (a wording per day holding a slot, from the
    flag day 2018), "Müellif:" turned "Haberni azırladı:", a reader count, "Reklama" and
    "Oquñız da:" (up to twice) and photo inserts, a tag list, a follow line (gaining
    YouTube) turned the deportation's remembrance with its count, Hıdırlez, the flag day
    and Qurban Bayram, a tip line turned three votes and the 2020 quarantine, a donation
    appeal gaining PayPal, an opinion disclaimer, a comment rule, a rare storm warning, a
    copyright line."""
    return PublisherStyle(
        domain="aqmescithaber.com", site="Aqmescit Haberleri", base_size=650,
        subdomains=(("www.", 100),),
        sections=("haberler", "siyaset", "medeniyet", "til", "tarih", "sport"),
        n_authors=5, url_path="/qt/{section}/{slug}",
        pools={
            "bolum": ("Haberler", "Siyaset", "Medeniyet", "Til", "Tarih", "Cemiyet", "Sport",
                      "Diaspora"),
            "muellif": ("Elmaz Qurtseitova", "Server Umerov", "Lenüre Abdullayeva",
                        "Ernes Seitablayev", "Zarema Bekirova", "Rustem Halilov"),
            "foto": ("Aqmescit Haberleri", "Arhiv", "Qırım Ailesi", "Sosial ağlar"),
            "etiket": ("Qırım", "Aqmescit", "Bağçasaray", "qırımtatar tili", "sürgünlik",
                       "Kyiv", "medeniyet", "muzıka", "tarih", "yaşlar"),
        },
        families=(
            _f("til", HEADER, 0.2, (_OLD, "Qırımtatarca | Українська | English")),
            _f("bolum", HEADER, 0.3, (_OLD, "{bolum}")),
            _f("tarih", HEADER, 0.85, (_OLD, "{date_de} {time}"), *_daily(_ct_dated, CT_DAILY)),
            _f("muellif", HEADER, 0.6, (_OLD, "Müellif: {muellif}"),
               (CT_BYLINE.isoformat(), "Haberni azırladı: {muellif}")),
            _f("oqudi", HEADER, 0.4, (_OLD, "Oqudılar: {count}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Reklama"), count=2),
            _f("oqunuz", MIDDLE, 0.4, (_OLD, "Oquñız da: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Fotoresim: {foto}")),
            _f("etiket", FOOTER, 0.35, (_OLD, "Etiketler: {etiket_list}")),
            _f("bayram", FOOTER, 0.25, *_ct_bayram()),
            _f("saylav", FOOTER, 0.2, *_ct_saylav()),
            _f("destek", FOOTER, 0.2,
               (_OLD, "💙 Saytımıznı destekleñiz: Patreon."),
               (CT_DONATE.isoformat(), "💙 Saytımıznı destekleñiz: Patreon ya da PayPal.")),
            _f("fikir", FOOTER, 0.25,
               (_OLD, "Müelliflerniñ fikiri redaktsiyanıñ fikirinen bir olmay bile.")),
            _f("yorum", FOOTER, 0.3,
               (_OLD, "Yorumlar moderatsiyadan soñ körünir. Aqaretli sözler silinir.")),
            _f("firtina", FOOTER, 0.04,
               (_OLD, "⚠️ Küçlü yel ve qar bekleniler: yollarda diqqatlı olıñız!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© 2014–{year} Aqmescit Haberleri. Bütün aqlar qorçalanğan.")),
        ),
    )


# --- a Võro-language regional news site (Võru) -------------------------------------------------

VR_DAILY = dt.date(2018, 2, 24)  # from the republic's centenary, Võro dates
VR_BYLINE = dt.date(2018, 10, 1)  # "Kirotaja:" turned "Lugu kirot'"
VR_SOCIAL = dt.date(2019, 4, 1)  # the follow line gained Instagram
VR_PRICE = dt.date(2019, 1, 1)  # the yearly subscription went up


def _vr_dated(day: dt.date) -> str:
    return (f"{VORO_MONTHS[day.month - 1]} {day.day}. päiv {day.year}, "
            f"{VORO_WEEKDAYS[day.weekday()]}")


def _vr_puhi() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Kaeq mi Facebooki lehte."),
            (VR_SOCIAL.isoformat(), "Kaeq mi Facebooki ja Instagrami lehte.")]
    events = _yearly(1918, "02-24", 1, 0, lambda n: f"🇪🇪 Eesti Vabariik {n}! Hääd "
                                                    f"vabahussõ päivä!")
    events += _yearly(0, "03-14", 0, 0, lambda _: "📖 Emäkeeli päiv: kõnõlgõq võro keelen!")
    events += _yearly(0, "06-24", 1, 0, lambda _: "🔥 Hääd jaanipäivä!")
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 Hääd joulu ja vahtsõt aastakka!")
    return _timeline(base, events)


def _vr_valimised() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📨 Om sul uudis? Kirodaq: toimetus@vorokuulutaja.ee")]
    return _timeline(base, [
        (dt.date(2015, 2, 16), dt.date(2015, 3, 2),
         "🗳️ Riigikogo valimisõq: pühäpäiv, 1. urbõkuu päiv. Minkeq valima!"),
        (dt.date(2017, 10, 2), dt.date(2017, 10, 16),
         "🗳️ Vallavalimisõq: pühäpäiv, 15. rehekuu päiv. Minkeq valima!"),
        (dt.date(2019, 2, 18), dt.date(2019, 3, 4),
         "🗳️ Riigikogo valimisõq: pühäpäiv, 3. urbõkuu päiv. Minkeq valima!"),
        (dt.date(2020, 3, 12), dt.date(2020, 5, 18),
         "😷 Eriolokõrd: püsüq kodon, hoitkõq vaiht kats meetret."),
    ])


def voro_style() -> PublisherStyle:
    """A Võro-language regional news site (Võru): a two-language switch, a section kicker,
    a dotted date slot turned a Võro month with "päiv" and the weekday after it (a wording
    per day, from the republic's centenary), "Kirotaja:" turned "Lugu kirot'", "Kuulutus"
    and "Lugõq ka:" (up to twice) and photo inserts, a share line with the article's own
    title, a follow line (gaining Instagram) turned Independence Day with its count, mother
    tongue day, Midsummer and Christmas, a tip line turned three votes and the 2020
    emergency, a subscription raised in 2019, a comment rule, a two-line office block, a
    rare ice warning, a copyright line."""
    return PublisherStyle(
        domain="vorokuulutaja.ee", site="Võromaa Kuulutaja", base_size=560,
        subdomains=(("www.", 100),),
        sections=("uudisõq", "kultuur", "keeleq", "külä", "sport", "opus"),
        n_authors=5, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "rubriik": ("Uudisõq", "Kultuur", "Keeleq", "Külä", "Sport", "Opus", "Majandus",
                        "Inemiseq"),
            "kirotaja": ("Kaia Hurt", "Jan Rahman", "Mari Kõiv", "Sulev Iva",
                         "Evar Saar", "Triinu Laan"),
            "pilt": ("Kaia Hurt", "Arhiiv", "Võro Instituut", "Erakogo"),
        },
        families=(
            _f("keel", HEADER, 0.2, (_OLD, "Võro kiil · Eesti keel")),
            _f("rubriik", HEADER, 0.3, (_OLD, "{rubriik}")),
            _f("paiv", HEADER, 0.85, (_OLD, "{date_de}"), *_daily(_vr_dated, VR_DAILY)),
            _f("kirotaja", HEADER, 0.6, (_OLD, "Kirotaja: {kirotaja}"),
               (VR_BYLINE.isoformat(), "Lugu kirot' {kirotaja}")),
            _f("kuulutus", MIDDLE, 0.45, (_OLD, "Kuulutus"), count=2),
            _f("lugoq", MIDDLE, 0.4, (_OLD, "Lugõq ka: {other_title}"), count=2),
            _f("pilt", MIDDLE, 0.3, (_OLD, "Pilt: {pilt}")),
            _f("jaga", FOOTER, 0.25, (_OLD, "Jaga sõbralõ: «{title}»")),
            _f("puhi", FOOTER, 0.25, *_vr_puhi()),
            _f("valimised", FOOTER, 0.2, *_vr_valimised()),
            _f("tellimine", FOOTER, 0.2,
               (_OLD, "📰 Paperileht kodo: 24 € aastagaq."),
               (VR_PRICE.isoformat(), "📰 Paperileht kodo: 28 € aastagaq.")),
            _f("kommentaar", FOOTER, 0.3,
               (_OLD, "Kommentaariq tulõvaq näütäq peräst läbikaemist. Halvu sõnnu "
                "mi ei avalda.")),
            _f("toimetus-head", FOOTER, 0.4, (_OLD, "Toimõndus")),
            _f("toimetus", FOOTER, 0.38,
               (_OLD, "Jüri 22, 65620 Võro · 782 5502 · toimetus@vorokuulutaja.ee")),
            _f("jaa", FOOTER, 0.04,
               (_OLD, "⚠️ Järve pääl om jää viil õhkõnõ: ärq minkeq jäälõ!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Võromaa Kuulutaja. Kõik õiguseq kaitsõdu.")),
        ),
    )


# --- a Kirundi-language news site (Gitega) ----------------------------------------------------

RN_DAILY = dt.date(2018, 7, 1)  # from Independence Day 2018, Kirundi dates
RN_BYLINE = dt.date(2019, 3, 1)  # the byline gained the province
RN_SOCIAL = dt.date(2018, 11, 1)  # the follow line gained Twitter
RN_MONEY = dt.date(2019, 6, 1)  # the appeal gained EcoCash


def _rn_dated(day: dt.date) -> str:
    return (f"{KIRUNDI_WEEKDAYS[day.weekday()]}, itariki {day.day} "
            f"{KIRUNDI_MONTHS[day.month - 1]} {day.year}")


def _rn_imisi() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Dukurikire kuri Facebook."),
            (RN_SOCIAL.isoformat(), "Dukurikire kuri Facebook na Twitter.")]
    events = _yearly(1962, "07-01", 2, 0, lambda n: f"🇧🇮 Umunsi mukuru w'Ukwikukira: "
                                                    f"imyaka {n}!")
    events += _yearly(0, "02-05", 0, 0, lambda _: "🤝 Umunsi w'Ubumwe: 5 Ruhuhuma.")
    events += _yearly(0, "10-13", 0, 0, lambda _: "🕯️ Twibuke Umuganwa Louis Rwagasore.")
    events += _yearly(0, "12-24", 0, 8, lambda _: "🎄 Noheli nziza n'umwaka mushasha "
                                                  "muhire!", years=range(2014, 2021))
    return _timeline(base, events)


def _rn_amatora() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Mufise inkuru? Muduhamagare: +257 79 55 02 36")]
    return _timeline(base, [
        (dt.date(2015, 6, 15), dt.date(2015, 6, 30),
         "🗳️ Amatora y'abadepite: 29 Ruheshi. Nimuje gutora!"),
        (dt.date(2015, 7, 7), dt.date(2015, 7, 22),
         "🗳️ Amatora ya Perezida: 21 Mukakaro. Nimuje gutora!"),
        (dt.date(2018, 5, 3), dt.date(2018, 5, 18),
         "🗳️ Referandumu ku Ibwirizwa Shingiro: 17 Rusama."),
        (dt.date(2020, 5, 6), dt.date(2020, 5, 21),
         "🗳️ Amatora rusangi: 20 Rusama. Nimuje gutora!"),
    ])


def kirundi_style() -> PublisherStyle:
    """A Kirundi-language news site (Gitega): a Kirundi and French switch, a section kicker,
    a French date slot turned a Kirundi weekday and month with "itariki" (a wording per
    day, from Independence Day 2018), "Yanditswe na" gaining the province, a reader count,
    "Iyamamaza" and "Soma kandi:" (up to twice) and photo inserts, a follow line (gaining
    Twitter) turned Independence Day with its count, Unity Day, Rwagasore's day and
    Christmas, a tip line turned four votes, a donation appeal gaining EcoCash, a comment
    rule, a rare flood warning, a copyright line."""
    return PublisherStyle(
        domain="ijwiryagitega.bi", site="Ijwi rya Gitega", base_size=470,
        subdomains=(("www.", 100),),
        sections=("amakuru", "politike", "ubutunzi", "imikino", "akaranga", "amagara"),
        n_authors=5, url_path="/{section}/{n}",
        pools={
            "igice": ("Amakuru", "Politike", "Ubutunzi", "Imikino", "Akaranga", "Amagara",
                      "Indero", "Intara"),
            "umwanditsi": ("Claudette Niyonzima", "Pacifique Ndikumana", "Aline Irakoze",
                           "Eric Nshimirimana", "Divine Ishimwe", "Egide Havyarimana"),
            "intara": ("Gitega", "Ngozi", "Bujumbura", "Muramvya", "Kayanza", "Rumonge"),
            "ifoto": ("Ijwi rya Gitega", "Ububiko", "Facebook", "Abasomyi"),
        },
        families=(
            _f("ururimi", HEADER, 0.2, (_OLD, "Ikirundi | Français")),
            _f("igice", HEADER, 0.3, (_OLD, "{igice}")),
            _f("itariki", HEADER, 0.85, (_OLD, "{date_fr}"), *_daily(_rn_dated, RN_DAILY)),
            _f("umwanditsi", HEADER, 0.6, (_OLD, "Yanditswe na {umwanditsi}"),
               (RN_BYLINE.isoformat(), "Yanditswe na {umwanditsi} i {intara}")),
            _f("abasomye", HEADER, 0.35, (_OLD, "Abasomye: {count}")),
            _f("iyamamaza", MIDDLE, 0.45, (_OLD, "Iyamamaza"), count=2),
            _f("soma", MIDDLE, 0.4, (_OLD, "Soma kandi: {other_title}"), count=2),
            _f("ifoto", MIDDLE, 0.3, (_OLD, "Ifoto: {ifoto}")),
            _f("imisi", FOOTER, 0.25, *_rn_imisi()),
            _f("amatora", FOOTER, 0.2, *_rn_amatora()),
            _f("dushigikire", FOOTER, 0.2,
               (_OLD, "🤝 Dushigikire biciye kuri Lumicash: 79 55 02 36."),
               (RN_MONEY.isoformat(), "🤝 Dushigikire biciye kuri Lumicash canke EcoCash: "
                                      "79 55 02 36.")),
            _f("ivyiyumviro", FOOTER, 0.3,
               (_OLD, "Ivyiyumviro birasuzumwa imbere yo gusohoka. Ibitutsi birafutwa.")),
            _f("imvura", FOOTER, 0.04,
               (_OLD, "⚠️ Imvura nyinshi: mwirinde kwambuka inzuzi zuzuye!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Ijwi rya Gitega. Uburenganzira bwose burakingiwe.")),
        ),
    )


# --- a K'iche' and Spanish community radio station's news (Santa Cruz del Quiché) -----------

KI_DAILY = dt.date(2018, 8, 23)  # from Waqxaqib' B'atz' 2018, the cholq'ij beside the date
KI_BYLINE = dt.date(2019, 7, 1)  # "Por" turned "Xtz'ib'ax rumal"
KI_SOCIAL = dt.date(2019, 10, 1)  # the follow line gained WhatsApp
KI_RADIO = dt.date(2019, 2, 1)  # the station started streaming online


def cholqij(day: dt.date) -> tuple[int, str]:
    """(number 1-13, day name) of `day` in the K'iche' 260-day count, as the highland
    day keepers keep it (the count behind the 584283 correlation: 21 December 2012 was
    Kajib' Ajpu')."""
    k = day.toordinal() + 1721425 - 584283  # days since 4 Ajaw, 13.0.0.0.0
    return (k + 3) % 13 + 1, CHOLQIJ_DAYS[(k + 19) % 20]


def waqxaqib_batz(first: dt.date, last: dt.date) -> list[dt.date]:
    """The days 8 B'atz' (the cholq'ij's new cycle) from `first` to `last`."""
    out = []
    day = first
    while day <= last:
        if cholqij(day) == (8, "B'atz'"):
            out.append(day)
            day += dt.timedelta(days=260)
        else:
            day += dt.timedelta(days=1)
    return out


def _ki_dated(day: dt.date) -> str:
    number, name = cholqij(day)
    return (f"{SPANISH_WEEKDAYS[day.weekday()]} {day.day} de {SPANISH_MONTHS[day.month - 1]} "
            f"de {day.year} · {CHOLQIJ_NUMBERS[number - 1]} {name}")


def _ki_nimaqij() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Chojatereneb'ej pa Facebook."),
            (KI_SOCIAL.isoformat(), "Chojatereneb'ej pa Facebook xuquje' pa WhatsApp.")]
    events: list[Event] = [
        (day - dt.timedelta(days=1), day + dt.timedelta(days=1),
         "🌽 ¡Utz Waqxaqib' B'atz'! Kitikirisaxik jun k'ak' cholq'ij.")
        for day in waqxaqib_batz(FIRST_DAY, LAST_DAY)]
    events += _yearly(1821, "09-15", 1, 0, lambda n: f"🇬🇹 {n} junab' rech ri "
                                                     f"Independencia.")
    events += _yearly(0, "11-01", 1, 0, lambda _: "🪁 Q'ij kech ri kaminaqib': chiwila' ri "
                                                  "nimaq taq barriletes.")
    return _timeline(base, events)


def _ki_cha() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 ¿K'o jun rutzijol awuk'? Chab'ij chqe: +502 7755 0236")]
    return _timeline(base, [
        (dt.date(2015, 8, 23), dt.date(2015, 9, 7),
         "🗳️ Elecciones generales: 6 de septiembre. ¡Jo' che uch'ayik!"),
        (dt.date(2015, 10, 11), dt.date(2015, 10, 26),
         "🗳️ Segunda vuelta: 25 de octubre. ¡Jo' che uch'ayik!"),
        (dt.date(2019, 6, 2), dt.date(2019, 6, 17),
         "🗳️ Elecciones generales: 16 de junio. ¡Jo' che uch'ayik!"),
        (dt.date(2019, 7, 28), dt.date(2019, 8, 12),
         "🗳️ Segunda vuelta: 11 de agosto. ¡Jo' che uch'ayik!"),
        (dt.date(2020, 3, 22), dt.date(2020, 9, 30),
         "😷 Toque de queda: chatkanaj pa awachoch, chakojo' amascarilla."),
        (dt.date(2020, 11, 3), dt.date(2020, 11, 21),
         "🌀 Eta xuquje' Iota: chawila' ri rutzijol CONRED, chatel pa k'ayewal."),
    ])


def kiche_style() -> PublisherStyle:
    """A K'iche' and Spanish community radio station's news (Santa Cruz del Quiché): a
    language switch, a section kicker, a Spanish date slot turned a Spanish date with the
    K'iche' cholq'ij day beside it (a wording per day, from Waqxaqib' B'atz' 2018), "Por"
    turned "Xtz'ib'ax rumal", "Anuncio" and "Chasik'ij are wa':" (up to twice) and photo
    inserts, a listening line that gained the stream, a follow line (gaining WhatsApp)
    turned Waqxaqib' B'atz' every 260 days, Independence Day with its count and the Day of
    the Dead, a tip line turned four votes, the 2020 curfew and storms Eta and Iota, a
    donation line gaining card payments, a comment rule, a rare earthquake line, a
    copyright line."""
    return PublisherStyle(
        domain="radiotinamit.org.gt", site="Radio Tinamit", base_size=400,
        subdomains=(("www.", 100),),
        sections=("rutzijol", "tinamit", "tijonik", "kunanik", "etzanem", "kemik"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "tanaj": ("Rutzijol", "Tinamit", "Tijonik", "Kunanik", "Etz'anem", "K'emik",
                      "Ulew", "Q'atb'al tzij"),
            "ajtzib": ("Juana Tum Tzoc", "Pedro Ixcoy Lux", "María Us Chitay",
                       "Diego Tzunux Ajanel", "Rosa Ixchop Sic", "Tomás Chivalán Ren"),
            "wachibal": ("Radio Tinamit", "Ajtz'ib'", "Municipalidad", "Facebook"),
        },
        families=(
            _f("chabal", HEADER, 0.2, (_OLD, "K'iche' | Español")),
            _f("tanaj", HEADER, 0.3, (_OLD, "{tanaj}")),
            _f("qij", HEADER, 0.85, (_OLD, "{date_es}"), *_daily(_ki_dated, KI_DAILY)),
            _f("ajtzib", HEADER, 0.6, (_OLD, "Por {ajtzib}"),
               (KI_BYLINE.isoformat(), "Xtz'ib'ax rumal {ajtzib}")),
            _f("anuncio", MIDDLE, 0.45, (_OLD, "Anuncio"), count=2),
            _f("chasikij", MIDDLE, 0.4, (_OLD, "Chasik'ij are wa': {other_title}"), count=2),
            _f("wachibal", MIDDLE, 0.3, (_OLD, "Wachib'al: {wachibal}")),
            _f("radio", FOOTER, 0.3, (_OLD, "📻 Chatata' pa 98.7 FM, q'ij q'ij."),
               (KI_RADIO.isoformat(), "📻 Chatata' pa 98.7 FM xuquje' pa internet.")),
            _f("nimaqij", FOOTER, 0.25, *_ki_nimaqij()),
            _f("cha", FOOTER, 0.2, *_ki_cha()),
            _f("tobanik", FOOTER, 0.2,
               (_OLD, "🙏 Chato' ri radio: Banrural 3-055-02360-4."),
               ("2020-01-01", "🙏 Chato' ri radio: Banrural 3-055-02360-4 o con tarjeta en "
                "línea.")),
            _f("tzijobelil", FOOTER, 0.3,
               (_OLD, "Chojtzijon rik'in loq'oq'ob'al. Los comentarios con insultos se "
                "borran.")),
            _f("silabik", FOOTER, 0.04,
               (_OLD, "⚠️ Xsilab'ik ri ulew: chawila' ri ja awuk'. Sigue las indicaciones de "
                "CONRED.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Radio Tinamit. Konojel ri derechos e chajin.")),
        ),
    )


# --- a Seychellois Creole island news site (Praslin) ------------------------------------------

SC_DAILY = dt.date(2018, 6, 29)  # from National Day 2018, Creole dates
SC_BYLINE = dt.date(2018, 3, 1)  # "Ekrir par" turned the writer with the district
SC_SOCIAL = dt.date(2019, 2, 1)  # the follow line gained Instagram


def _sc_dated(day: dt.date) -> str:
    return (f"{SESELWA_WEEKDAYS[day.weekday()]} le {day.day} {SESELWA_MONTHS[day.month - 1]} "
            f"{day.year}")


def _sc_fet() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Swiv nou lo Facebook."),
            (SC_SOCIAL.isoformat(), "Swiv nou lo Facebook ek Instagram.")]
    events = _yearly(1976, "06-29", 1, 0, lambda n: f"🇸🇨 Bonn fet Nasyonal! {n} an "
                                                    f"Lendepandans.")
    events += [(last_weekday(y, 10, 0) - dt.timedelta(days=4),
                last_weekday(y, 10, 0) + dt.timedelta(days=3),
                "🎶 Festival Kreol: vin selebre nou lalang ek nou kiltir!") for y in YEARS]
    events += _yearly(0, "12-24", 0, 8, lambda _: "🎄 Bonn Nwel ek Bonn Lannen!",
                      years=range(2014, 2021))
    return _timeline(base, events)


def _sc_eleksyon() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Ou annan en nouvel? Apel nou lo 2 555 023.")]
    return _timeline(base, [
        (dt.date(2015, 11, 23), dt.date(2015, 12, 6),
         "🗳️ Eleksyon prezidansyel: 3 ziska 5 Desanm. Al vote!"),
        (dt.date(2015, 12, 9), dt.date(2015, 12, 19),
         "🗳️ Dezyenm tour: 16 ziska 18 Desanm. Al vote!"),
        (dt.date(2016, 8, 29), dt.date(2016, 9, 11),
         "🗳️ Eleksyon Lasanble Nasyonal: 8 ziska 10 Septanm. Al vote!"),
        (dt.date(2020, 4, 9), dt.date(2020, 5, 4),
         "😷 Reste lakaz: zis bann travayer esansyel i kapab sorti."),
        (dt.date(2020, 10, 12), dt.date(2020, 10, 25),
         "🗳️ Eleksyon zeneral: 22 ziska 24 Oktob. Al vote!"),
    ])


def seselwa_style() -> PublisherStyle:
    """A Seychellois Creole island news site (Praslin): a section kicker, an English date
    slot turned a Creole weekday and month with "le" (a wording per day, from National Day
    2018), "Ekrir par" turned the writer with the district, "Reklanm" and "Lir osi:" (up to
    twice) and photo inserts, a share line with the article's own title, a follow line
    (gaining Instagram) turned National Day with its count, the Creole Festival (the last
    week of October) and Christmas, a tip line turned four votes and the 2020 lockdown, a
    ferry line, a comment rule, a rare swell warning, a copyright line."""
    return PublisherStyle(
        domain="lavwapraslin.sc", site="Lavwa Praslin", base_size=340,
        subdomains=(("www.", 100),),
        sections=("nouvel", "politik", "lekonomi", "spor", "kiltir", "lanvironnman"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "seksyon": ("Nouvel", "Politik", "Lekonomi", "Spor", "Kiltir", "Lanvironnman",
                        "Lapes", "Touris"),
            "zournalis": ("Marie-Claire Laporte", "Jean-Paul Hoareau", "Nadia Labiche",
                          "Ronny Pillay", "Sandra Esparon", "Terry Belle"),
            "distrik": ("Baie Sainte Anne", "Grand Anse Praslin", "La Digue", "Victoria",
                        "Anse Boileau"),
            "foto": ("Lavwa Praslin", "Nation", "SBC", "Facebook"),
        },
        families=(
            _f("seksyon", HEADER, 0.3, (_OLD, "{seksyon}")),
            _f("dat", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_sc_dated, SC_DAILY)),
            _f("zournalis", HEADER, 0.6, (_OLD, "Ekrir par {zournalis}"),
               (SC_BYLINE.isoformat(), "✍️ {zournalis} ({distrik})")),
            _f("reklanm", MIDDLE, 0.45, (_OLD, "Reklanm"), count=2),
            _f("lir", MIDDLE, 0.4, (_OLD, "Lir osi: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("partaz", FOOTER, 0.25, (_OLD, "📤 Partaz sa zistwar: {title}")),
            _f("fet", FOOTER, 0.25, *_sc_fet()),
            _f("eleksyon", FOOTER, 0.2, *_sc_eleksyon()),
            _f("bato", FOOTER, 0.2,
               (_OLD, "⛴️ Bato Mahé–Praslin: 7.00, 10.30, 13.15 ek 16.00 tou le zour.")),
            _f("komanter", FOOTER, 0.3,
               (_OLD, "Komanter i ganny verifye avan i parer. Pa met move parol.")),
            _f("lanmer", FOOTER, 0.04,
               (_OLD, "⚠️ Lanmer move: bann bato pei pa sorti ozordi.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Lavwa Praslin. Tou drwa rezerve.")),
        ),
    )


# --- a Manx-language news site (Isle of Man) ----------------------------------------------------

GV_DAILY = dt.date(2018, 7, 5)  # from Tynwald Day 2018, Manx dates
GV_BYLINE = dt.date(2018, 12, 1)  # "Liorish" turned "Scrieuder:"
GV_SOCIAL = dt.date(2019, 9, 1)  # the follow line gained Instagram


def tynwald_day(y: int) -> dt.date:
    """Tynwald Day: 5 July, or the Monday after when it falls on a weekend."""
    day = dt.date(y, 7, 5)
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def senior_tt(y: int) -> dt.date:
    """The Senior TT, the last race of TT week: the Friday from 7 to 13 June."""
    day = dt.date(y, 6, 7)
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


def _gv_dated(day: dt.date) -> str:
    return (f"{MANX_WEEKDAYS[day.weekday()]}, {day.day} jeh {MANX_MONTHS[day.month - 1]} "
            f"{day.year}")


def _gv_laghyn() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Jeeagh orrin er Facebook as Twitter."),
            (GV_SOCIAL.isoformat(), "Jeeagh orrin er Facebook, Twitter as Instagram.")]
    events: list[Event] = []
    for y in YEARS:
        tt = senior_tt(y)
        text = ("🏍️ Cha nel TT ayn 2020. Fuirree sauchey!" if y == 2020
                else f"🏍️ Senior TT: Jeheiney {tt.day} jeh {MANX_MONTHS[tt.month - 1]}. "
                     f"Bee kiarail er ny raaidyn!")
        events.append((tt - dt.timedelta(days=12), tt + dt.timedelta(days=1), text))
        tynwald = tynwald_day(y)
        events.append((tynwald - dt.timedelta(days=1), tynwald + dt.timedelta(days=1),
                       "🏛️ Laa Tinvaal: Cronk y Keeillown, St John's."))
    events += _yearly(0, "10-31", 1, 0, lambda _: "🎃 Hop-tu-Naa! Oie Houney vie.")
    return _timeline(base, events)


def _gv_reihys() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📧 Naight ayd? Scrieu hooin: naight@naightynvannin.im")]
    return _timeline(base, [
        (dt.date(2016, 9, 8), dt.date(2016, 9, 23),
         "🗳️ Reihys Thie ny Kiare as Feed: Jerdrein 22 jeh Mean Fouyir."),
        (dt.date(2020, 3, 27), dt.date(2020, 6, 15),
         "😷 Fuirree ec y thie: ta ny hoalteyn dooint."),
        (dt.date(2021, 1, 7), None,
         "😷 Glassey-magh 'sy vlein 2021: fuirree ec y thie."),
    ])


def manx_style() -> PublisherStyle:
    """A Manx-language news site (Isle of Man): a two-language switch, a section kicker, an
    English date slot turned a Manx weekday and month with "jeh" (a wording per day, from
    Tynwald Day 2018), "Liorish" turned "Scrieuder:", "Soilshaghey" and "Lhaih neesht:" (up
    to twice) and photo inserts, a translation note, a follow line (gaining Instagram)
    turned the Senior TT (none in 2020), Tynwald Day (moved off a weekend) and Hop-tu-Naa,
    a tip line turned the 2016 vote and the 2020 and 2021 lockdowns, a comment rule, a rare
    gale warning, a copyright line."""
    return PublisherStyle(
        domain="naightynvannin.im", site="Naightyn Vannin", base_size=300,
        subdomains=(("www.", 100),),
        sections=("naight", "politickaght", "cultoor", "spoyrt", "chengey", "ellan"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "rheynn": ("Naight", "Politickaght", "Cultoor", "Spoyrt", "Chengey", "Yn Ellan",
                       "Ynsaghey", "Eddyr-ashoonagh"),
            "scrieuder": ("Breesha Maddrell", "Juan Kermode", "Aalish Quayle",
                          "Illiam Cregeen", "Orry Kinvig", "Ealish Clucas"),
            "jalloo": ("Naightyn Vannin", "Tasklann", "Culture Vannin", "Lught-lhaihee"),
        },
        families=(
            _f("chengey", HEADER, 0.2, (_OLD, "Gaelg · English")),
            _f("rheynn", HEADER, 0.3, (_OLD, "{rheynn}")),
            _f("laa", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_gv_dated, GV_DAILY)),
            _f("scrieuder", HEADER, 0.6, (_OLD, "Liorish {scrieuder}"),
               (GV_BYLINE.isoformat(), "Scrieuder: {scrieuder}")),
            _f("soilshaghey", MIDDLE, 0.45, (_OLD, "Soilshaghey"), count=2),
            _f("lhaih", MIDDLE, 0.4, (_OLD, "Lhaih neesht: {other_title}"), count=2),
            _f("jalloo", MIDDLE, 0.3, (_OLD, "Jalloo: {jalloo}")),
            _f("chyndaays", FOOTER, 0.15,
               (_OLD, "🇮🇲 An English translation of this story is on our Facebook page.")),
            _f("laghyn", FOOTER, 0.25, *_gv_laghyn()),
            _f("reihys", FOOTER, 0.2, *_gv_reihys()),
            _f("baght", FOOTER, 0.3,
               (_OLD, "Ta ny baghtyn er ny lhaih roish t'ad soilshit. Cha jean mayd "
                "soilshaghey goan feer.")),
            _f("geay", FOOTER, 0.04,
               (_OLD, "⚠️ Geay mooar: cha nel y Ben-my-Chree shiaulley jiu.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Naightyn Vannin. Ooilley kiartyn freilt.")),
        ),
    )


# --- a cathedral's music list (England) --------------------------------------------------------

ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
            "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
            "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth",
            "Twenty-first", "Twenty-second", "Twenty-third", "Twenty-fourth", "Twenty-fifth",
            "Twenty-sixth", "Twenty-seventh")
ANTHEMS = ("🎶 Anthem: Stanford — Beati quorum via", "🎶 Anthem: Byrd — Ave verum corpus",
           "🎶 Anthem: Purcell — Rejoice in the Lord alway",
           "🎶 Anthem: Howells — Like as the hart", "🎶 Anthem: Tallis — If ye love me",
           "🎶 Anthem: Wesley — Blessed be the God and Father")
CANTICLES = ("Canticles: Stanford in G", "Canticles: Howells, Collegium Regale",
             "Canticles: Dyson in D", "Canticles: Noble in B minor", "Canticles: Byrd, "
             "Second Service")
_TERM = "Choral Evensong is sung daily at 5.30pm, except Wednesdays, in term."
_HOLIDAY = "In the school holidays Evensong is said at 5.30pm; visiting choirs sing at weekends."


def advent_sunday(y: int) -> dt.date:
    """Advent Sunday: the Sunday nearest St Andrew's day, 27 November to 3 December."""
    day = dt.date(y, 11, 27)
    return day + dt.timedelta(days=(6 - day.weekday()) % 7)


def sunday_name(s: dt.date) -> str:
    """The name of Sunday `s` in the Book of Common Prayer's calendar."""
    assert s.weekday() == 6, s
    y = s.year
    easter = _day(EASTER_WESTERN[y])
    advent = advent_sunday(y)
    if s >= advent:
        if s < dt.date(y, 12, 25):
            return f"the {ORDINALS[(s - advent).days // 7]} Sunday in Advent"
        return "Christmas Day" if s.day == 25 else "the Sunday after Christmas Day"
    if s.month == 1 and s.day <= 6:
        return {1: "the Circumcision of Christ", 6: "the Epiphany"}.get(
            s.day, "the Second Sunday after Christmas")
    weeks = (s - easter).days // 7
    names = {-9: "Septuagesima", -8: "Sexagesima", -7: "Quinquagesima",
             -6: "the First Sunday in Lent", -5: "the Second Sunday in Lent",
             -4: "the Third Sunday in Lent", -3: "the Fourth Sunday in Lent",
             -2: "Passion Sunday", -1: "Palm Sunday", 0: "Easter Day",
             6: "the Sunday after Ascension Day", 7: "Whitsunday", 8: "Trinity Sunday"}
    if weeks < -9:
        first = dt.date(y, 1, 7) + dt.timedelta(days=(6 - dt.date(y, 1, 7).weekday()) % 7)
        return f"the {ORDINALS[(s - first).days // 7]} Sunday after the Epiphany"
    if weeks in names:
        return names[weeks]
    if 1 <= weeks <= 5:
        return f"the {ORDINALS[weeks - 1]} Sunday after Easter"
    if s == advent - dt.timedelta(days=7):
        return "the Sunday next before Advent"
    return f"the {ORDINALS[weeks - 9]} Sunday after Trinity"


def _sunday_line(day: dt.date) -> str:
    sunday = day + dt.timedelta(days=(6 - day.weekday()) % 7)
    name = sunday_name(sunday)
    if day == sunday:
        return f"Today is {name}."
    when = f"{sunday.day} {ENGLISH_MONTHS[sunday.month - 1]}"
    return f"Sunday next: {name[0].upper()}{name[1:]} ({when})"


def _voice_trials() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Our choristers sing five services a week in term: girls and boys aged 7 "
             "to 14.")]
    events: list[Event] = []
    for y in YEARS:
        trial = nth_weekday(y, 2, 5, 1)
        events.append((dt.date(y, 1, 10), trial + dt.timedelta(days=1),
                       f"🎤 Chorister voice trials: Saturday {trial.day} February, for girls "
                       f"and boys aged 7 to 9."))
    return _timeline(base, events)


def _services() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "All are welcome at every service: no booking is needed.")]
    return _timeline(base, [
        (dt.date(2020, 3, 17), dt.date(2020, 7, 5),
         "⛔ Public worship is suspended: services are streamed daily on YouTube at 5.30pm."),
        (dt.date(2020, 7, 5), dt.date(2020, 11, 5),
         "Services are open again with booking; they are also streamed on YouTube."),
        (dt.date(2020, 11, 5), dt.date(2020, 12, 2),
         "⛔ Lockdown: public worship is suspended until 2 December; services are streamed."),
        (dt.date(2020, 12, 2), None,
         "Services are open again with booking; they are also streamed on YouTube."),
    ])


def cathedral_style() -> PublisherStyle:
    """A cathedral's music list (England): a date turned "Music list" with the organist,
    the coming Sunday named by the Prayer Book's calendar (changing week by week), anthem
    and canticles inserts, Evensong by term and holiday, a choristers' line turned voice
    trials on the first Saturday of February, a services line turned the 2020 closures and
    bookings, a giving line gaining contactless in 2019, a photography rule, a two-line
    music office block, a rare snow closure."""
    return PublisherStyle(
        domain="sherfordcathedral.org.uk", site="Sherford Cathedral", base_size=250,
        subdomains=(("www.", 100),),
        sections=("music", "worship", "news"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"anthem": ANTHEMS, "canticles": CANTICLES},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-09-01", "Music list · posted {date_dmy} by {author}, Organist")),
            _f("sunday", HEADER, 0.4, *_changes(_sunday_line)),
            _f("anthem", MIDDLE, 0.3, (_OLD, "{anthem}")),
            _f("canticles", MIDDLE, 0.25, (_OLD, "{canticles}")),
            _f("evensong", FOOTER, 0.3, *_seasons(("01-07", _TERM), ("07-20", _HOLIDAY),
                                                  ("09-06", _TERM), ("12-27", _HOLIDAY))),
            _f("choristers", FOOTER, 0.25, *_voice_trials()),
            _f("services", FOOTER, 0.3, *_services()),
            _f("giving", FOOTER, 0.25,
               (_OLD, "Support the Music Foundation: text MUSIC 5 to 70085 to give £5."),
               ("2019-07-01", "Support the Music Foundation: text MUSIC 5 to 70085, or tap "
                "to give at the west door.")),
            _f("photos", FOOTER, 0.2, (_OLD, "No photography during services, please.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Music office")),
            _f("office", FOOTER, 0.38,
               (_OLD, "The Close, Sherford SF1 2BN · 01632 555 023 · music@sherfordcathedral"
                ".org.uk")),
            _f("snow", FOOTER, 0.04,
               (_OLD, "❄️ The Cathedral is closed today: snow and ice in the Close.")),
        ),
    )


# --- a darts league's results (the Rhondda) ----------------------------------------------------

RESULTS = ("🎯 Cymmer Colliers 7–2 Porth Legion", "🎯 Treorchy Con 5–4 Ton Pentre RFC",
           "🎯 Ferndale Arms 3–6 Tylorstown Welfare", "🎯 Pentre Hotel 8–1 Ynyshir Lions",
           "🎯 Blaenrhondda Inn 4–5 Maerdy Workmen's")
CHECKOUTS = ("Highest checkout: 161 (T20, T17, Bull)", "Highest checkout: 170 (T20, T20, Bull)",
             "Highest checkout: 124 (T20, 14, D25)", "Highest checkout: 141 (T20, T19, D12)")
SEASON_WEEKS = 30


def darts_season_start(y: int) -> dt.date:
    """The winter league's week 1: the first Thursday of September."""
    return nth_weekday(y, 9, 3, 1)


def _darts_week(day: dt.date) -> str:
    start = darts_season_start(day.year)
    if day < start:
        start = darts_season_start(day.year - 1)
    season = f"{start.year}–{(start.year + 1) % 100:02d}"
    if start.year == 2020:
        return f"Winter league {season}: the start is postponed."
    week = (day - start).days // 7 + 1
    if start.year == 2019 and day >= dt.date(2020, 3, 17):
        stopped = (dt.date(2020, 3, 17) - start).days // 7 + 1
        return f"Winter league {season}: abandoned after week {stopped}."
    if week <= SEASON_WEEKS:
        return f"Winter league {season} · week {week} of {SEASON_WEEKS}"
    return "Summer knockout cup: the draw is on the noticeboard."


def rhondda_style() -> PublisherStyle:
    """A darts league's results (the Rhondda): a date turned "Results" with the league
    secretary, the week of the season (week by week, abandoned in March 2020, postponed in
    the autumn), result and checkout inserts, team fees raised in 2019, a match card rule,
    a start time turned the 2020 suspension, a sponsor line, a two-line secretary block, a
    rare snow postponement."""
    return PublisherStyle(
        domain="rhonddadarts.co.uk", site="Rhondda & District Darts League", base_size=220,
        subdomains=(("www.", 100),),
        sections=("results", "fixtures", "news"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"result": RESULTS, "checkout": CHECKOUTS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-09-06", "Results · {weekday} {date_dmy} · {author}, League Secretary")),
            _f("week", HEADER, 0.4, *_changes(_darts_week)),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("checkout", MIDDLE, 0.25, (_OLD, "{checkout}")),
            _f("fees", FOOTER, 0.3, (_OLD, "Team fee £40 a season; players £2 a week."),
               ("2019-08-01", "Team fee £45 a season; players £2.50 a week.")),
            _f("cards", FOOTER, 0.25,
               (_OLD, "Match cards to the secretary by 11pm Friday or the points are lost.")),
            _f("start", FOOTER, 0.3,
               (_OLD, "Matches start at 8.30pm sharp; averages are updated on Sundays."),
               ("2020-03-17", "⛔ League darts is suspended until the pubs and clubs can host "
                "it again.")),
            _f("sponsor", FOOTER, 0.2, (_OLD, "League sponsored by Treorchy Tyres & "
                                              "Exhausts.")),
            _f("secretary-head", FOOTER, 0.4, (_OLD, "League secretary")),
            _f("secretary", FOOTER, 0.38,
               (_OLD, "14 Bute Street, Treorchy CF42 6AY · 07700 900 236")),
            _f("snow", FOOTER, 0.04,
               (_OLD, "❄️ Tonight's fixtures are postponed: the Rhigos and Bwlch roads are "
                "shut.")),
        ),
    )


# --- a dark-sky park's sky notes (County Mayo) -------------------------------------------------

SYNODIC = 29.530588853  # days, the mean lunar month
NEW_MOON_2000 = dt.datetime(2000, 1, 6, 18, 14)  # a new moon (UTC)
OBJECTS = ("🔭 Look for: the Andromeda Galaxy, high in the east after dark",
           "🔭 Look for: the Pleiades rising in the north-east",
           "🔭 Look for: the Milky Way overhead from Cassiopeia to Cygnus",
           "🔭 Look for: Orion's belt and the Orion Nebula below it",
           "🔭 Look for: the Double Cluster in Perseus, with binoculars")
_DARK = "Best dark skies: September to April, from two hours after sunset."
_LIGHT = "From late May to mid-July the sky never gets fully dark here: come for the twilight."


def moon_age(day: dt.date) -> float:
    """Days since the last mean new moon at noon UTC on `day`."""
    noon = dt.datetime(day.year, day.month, day.day, 12)
    return ((noon - NEW_MOON_2000).total_seconds() / 86400) % SYNODIC


def _moon_line(day: dt.date) -> str:
    age = moon_age(day)
    lit = round(100 * (1 - math.cos(2 * math.pi * age / SYNODIC)) / 2)
    if age < 1 or age > SYNODIC - 1:
        return "🌑 New moon: the darkest skies of the month."
    if 14.77 - 1 < age < 14.77 + 1:
        return f"🌕 Full moon tonight ({lit}% lit): faint galaxies are washed out."
    phase = ("🌒 Waxing crescent" if age < 6.4 else "🌓 First quarter" if age < 8.4 else
             "🌔 Waxing gibbous" if age < 14 else "🌖 Waning gibbous" if age < 21.1 else
             "🌗 Last quarter" if age < 23.1 else "🌘 Waning crescent")
    return f"{phase} moon, {lit}% lit."


def _ds_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Guided stargazing: €10 adults, children free. Booking essential."),
            ("2019-09-01", "Guided stargazing: €12 adults, children free. Booking essential.")]
    return _timeline(base, [
        (dt.date(2020, 3, 12), dt.date(2020, 7, 1),
         "⛔ All guided events are cancelled under public health guidance."),
        (dt.date(2020, 10, 21), dt.date(2020, 12, 1),
         "⛔ Level 5: events are cancelled; please stay within 5 km of home."),
    ])


def owenduff_style() -> PublisherStyle:
    """A dark-sky park's sky notes (County Mayo): a date turned "Sky notes" with the
    ranger, the moon's phase and the share lit (changing day by day), an object insert,
    dark-sky seasons, event prices raised in 2019 and turned the 2020 closures, a red-light
    rule, a cloud line, a two-line visitor block, a rare aurora alert."""
    return PublisherStyle(
        domain="owenduffdarksky.ie", site="Owenduff Dark Sky Park", base_size=190,
        subdomains=(("www.", 100),),
        sections=("sky-notes", "events", "visit"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"object": OBJECTS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-10-01", "Sky notes · {date_dmy} · {author}, ranger")),
            _f("moon", HEADER, 0.35, *_changes(_moon_line)),
            _f("object", MIDDLE, 0.25, (_OLD, "{object}")),
            _f("darkness", FOOTER, 0.3, *_seasons(("05-20", _LIGHT), ("07-20", _DARK))),
            _f("events", FOOTER, 0.3, *_ds_events()),
            _f("redlight", FOOTER, 0.25,
               (_OLD, "Red torches only, please, and dip your headlights in the car park.")),
            _f("cloud", FOOTER, 0.2,
               (_OLD, "☁️ Check the cloud forecast before you set out: we can't move the "
                "clouds.")),
            _f("visit-head", FOOTER, 0.4, (_OLD, "Getting here")),
            _f("visit", FOOTER, 0.38,
               (_OLD, "Visitor centre, Ballycroy, Co. Mayo F28 X0E2 · 098 55 023")),
            _f("aurora", FOOTER, 0.04,
               (_OLD, "🌌 Aurora alert tonight: look low to the north after 11pm!")),
        ),
    )


# --- a Sunday car boot sale's news (Essex) ------------------------------------------------------

TIPS = ("💷 Bring plenty of change: pound coins and fivers",
        "🧺 Sellers: a pasting table and a windbreak make a good pitch",
        "☕ Bacon rolls and tea from the burger van from 6.30am",
        "🚗 Follow the marshals: buyers park in the lower field")


def boot_season(y: int) -> tuple[dt.date, dt.date]:
    """The sale's first and last Sundays: the first of April (5 July in 2020) to the last
    of October."""
    first = dt.date(2020, 7, 5) if y == 2020 else nth_weekday(y, 4, 6, 1)
    return first, last_weekday(y, 10, 6)


def _next_sale(day: dt.date) -> str:
    first, last = boot_season(day.year)
    if day.year == 2020 and dt.date(2020, 3, 17) <= day < first - dt.timedelta(days=14):
        return "⛔ No sales until the rules allow them again: watch this space."
    if day > last:
        return f"That's it for {day.year}: thanks for coming, see you in the spring!"
    if day < first - dt.timedelta(days=14):
        planned = nth_weekday(day.year, 4, 6, 1)
        return f"Closed for the winter: the first sale of {day.year} is Sunday {planned.day} April."
    sunday = max(first, day + dt.timedelta(days=(6 - day.weekday()) % 7))
    if sunday == day:
        return "📅 Sale today! Sellers from 7am, buyers from 8am."
    return (f"📅 Next sale: Sunday {sunday.day} {ENGLISH_MONTHS[sunday.month - 1]}, sellers "
            f"from 7am, buyers from 8am.")


def greattey_style() -> PublisherStyle:
    """A Sunday car boot sale's news (Essex): a date turned "Boot news", the next sale day
    (changing week by week in the season, closed in winter, late in 2020), a tip insert,
    pitch prices raised in 2019, an entry line, a dog rule, a waterlogging line gaining
    Twitter in 2018, a two-line directions block, a rare cancellation."""
    return PublisherStyle(
        domain="greatteycarboot.co.uk", site="Great Tey Car Boot", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "sellers", "buyers"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"tip": TIPS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-03-01", "Boot news · {weekday} {date_dmy}")),
            _f("next", HEADER, 0.4, *_changes(_next_sale)),
            _f("tip", MIDDLE, 0.25, (_OLD, "{tip}")),
            _f("pitch", FOOTER, 0.3, (_OLD, "Pitches: car £8, van £12, trader £15."),
               ("2019-03-01", "Pitches: car £10, van £14, trader £18.")),
            _f("entry", FOOTER, 0.25, (_OLD, "Buyers 50p; early birds before 8am £2.")),
            _f("dogs", FOOTER, 0.2,
               (_OLD, "No dogs on the field, please, except assistance dogs.")),
            _f("waterlogged", FOOTER, 0.25,
               (_OLD, "If the field is waterlogged we post by 6am on Facebook."),
               ("2018-05-01", "If the field is waterlogged we post by 6am on Facebook and "
                "Twitter.")),
            _f("find-head", FOOTER, 0.4, (_OLD, "Finding us")),
            _f("find", FOOTER, 0.38,
               (_OLD, "Brook Farm, Great Tey, Colchester CO6 1JE · off the A120 at the "
                "Marks Tey roundabout")),
            _f("rain", FOOTER, 0.04,
               (_OLD, "❌ Today's sale is cancelled: the field is under water.")),
        ),
    )


def heldout36_styles() -> list[PublisherStyle]:
    """The held-back-36 styles, in the order the generator hands them to publishers."""
    return [
        konkani_style(), tigrinya_style(), crimean_style(), voro_style(), kirundi_style(),
        kiche_style(), seselwa_style(), manx_style(), cathedral_style(), rhondda_style(),
        owenduff_style(), greattey_style(),
    ]
