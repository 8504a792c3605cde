"""The twenty-ninth held-back template set (``held-back-29``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the twenty-eighth
held-back set (`tests.bench.heldout_templates_28`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first twenty-eight held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 96.54% at fddd21a; studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Tajik-language regional news site
in Cyrillic (Khujand), a Northern Sámi-language news site (Karasjok), a Romansh-language
regional news site (Lower Engadine), a bilingual Greenlandic and Danish town news site
(Sisimiut), an Esperanto-language movement news site, a Breton-language coastal news site
(Trégor), a co-operative store's bilingual news in Inuktitut syllabics and English
(Nunavut), a Hindu temple's news (New Jersey), an angling association's reports (North
Yorkshire), a community ski hill's snow reports (Vermont), a makerspace's news (Sheffield)
and a city farm's diary (Bristol). None of these kinds is in an earlier held-back set, nor
these languages as a site's language.

Variation: article dates localised day by day (Tajik weekdays and months with "соли" after a
dotted date slot; Sámi weekdays with an undotted numeric date and "dii." after a dotted one;
Romansh weekdays with "ils" and "da"/"d'" after a dotted one; Greenlandic weekdays and
months after a dotted one with "kl."; Esperanto accusative weekdays and "-an" days after an
ISO date slot; Breton "di-" weekdays with "a viz" after a French date slot; syllabic and
English weekday dates side by side after an English one), a polar-night countdown printed
day by day, a monthly exchange rate, the next laser cutter induction named month by month, a
month-and-year diary line, English and US date slots on the other sites, bylines of many
shapes (a place, a country, a bilingual label, a handle), notices reworded in 2015-2020
(social lines gaining Instagram or Telegram; a new editor; a licence and a site generator
changing version; subscriptions, tickets, passes, rentals and fees raised; a rod licence
rule; a subsidy top-up), election and emergency lines (Tajikistan's 2015 and 2020
parliamentary, 2016 referendum and 2020 presidential votes and the 2020 masks; Norway's 2015
and 2019 local and 2017 Sámi parliament and Storting elections; every Swiss federal vote
Sunday and both federal elections, with the cancelled May 2020 vote; Greenland's and
Denmark's 2015-2019 elections; France's 2015-2020 elections and both 2020 lockdowns;
Canada's 2015 and 2019 federal and Nunavut's 2017 territorial elections and the November
2020 lockdown; the 2015 Boxing Day floods; closures and reopenings in 2020), notices that
follow a calendar (Navruz, the Unity and Independence Days with their anniversaries, both
Eids and the New Year; Sámi National Day, the Easter festival, the polar night and the
midnight sun; Chalandamarz, the Swiss National Day and Christmas; Mitaartut, the Greenlandic
National Day and Christmas; the Universal Congress with its number and Zamenhof Day; the
Breton national day and the Lorient festival on the first Friday of August; the sealift
year, patronage refunds and Nunavut Day with its anniversary; Holi, Ganesh Chaturthi,
Navaratri and Diwali; the coarse close season, an AGM and a junior day; the ski season, a
winter carnival and a pond skim; lambing weekend and Apple Day), names at the start of lines
or after a label, the article's own title (a breadcrumb) and other articles' titles (links
in six languages), amounts (a monthly somoni rate, halibut and shrimp prices, tide
coefficients, store prices, river levels, fish weights in pounds and ounces, snow depths in
inches, pass and rental prices), versions, tag lists, view and comment counts, reading
times, phone numbers in several countries' formats, multi-line blocks, mid-body inserts
(some up to two times), bare lines (ad labels in six languages, language switches, block
headings, an invocation), Tajik Cyrillic (ҳ, ҷ, қ, ғ, ӣ, ӯ), Sámi letters (á, č, đ, ŋ, š),
Romansh and Breton apostrophes, Esperanto letters (ĉ, ĝ, ĵ, ŝ, ŭ), Inuktitut syllabics,
symbols and emoji where such sites use them, and families in only 3-6% of articles beside
ones in nearly all. Renamed variants of a style keep the lines that do not name the site, so
sister sites share a network footer.
"""

from __future__ import annotations

import datetime as dt
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
# The two Eids as most of the Muslim world (Tajikistan too) kept them.
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
# Hindu festivals as temples in the US eastern time zone listed them (lunar: Holi the day
# after the Phalguna full moon, Ganesh Chaturthi four days after a new moon, Navaratri from
# the day after the Ashvin new moon, Diwali's Lakshmi Puja on the Kartik new moon).
HOLI = {2015: "2015-03-06", 2016: "2016-03-24", 2017: "2017-03-13", 2018: "2018-03-02",
        2019: "2019-03-21", 2020: "2020-03-10"}
GANESH = {2015: "2015-09-17", 2016: "2016-09-05", 2017: "2017-08-25", 2018: "2018-09-13",
          2019: "2019-09-02", 2020: "2020-08-22"}
NAVARATRI = {2015: "2015-10-13", 2016: "2016-10-01", 2017: "2017-09-21", 2018: "2018-10-10",
             2019: "2019-09-29", 2020: "2020-10-17"}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}

TAJIK_MONTHS = ("январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи",
                "сентябри", "октябри", "ноябри", "декабри")
TAJIK_WEEKDAYS = ("Душанбе", "Сешанбе", "Чоршанбе", "Панҷшанбе", "Ҷумъа", "Шанбе", "Якшанбе")
SAMI_MONTHS = ("ođđajagemánnu", "guovvamánnu", "njukčamánnu", "cuoŋománnu", "miessemánnu",
               "geassemánnu", "suoidnemánnu", "borgemánnu", "čakčamánnu", "golggotmánnu",
               "skábmamánnu", "juovlamánnu")
SAMI_WEEKDAYS = ("vuossárga", "maŋŋebárga", "gaskavahkku", "duorastat", "bearjadat",
                 "lávvardat", "sotnabeaivi")
ROMANSH_MONTHS = ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur",
                  "avust", "settember", "october", "november", "december")
ROMANSH_WEEKDAYS = ("glindesdi", "mardi", "mesemna", "gievgia", "venderdi", "sonda",
                    "dumengia")
GREENLANDIC_MONTHS = ("januaari", "februaari", "marsi", "apriili", "maaji", "juuni", "juuli",
                      "aggusti", "septembari", "oktobari", "novembari", "decembari")
GREENLANDIC_WEEKDAYS = ("ataasinngorneq", "marlunngorneq", "pingasunngorneq",
                        "sisamanngorneq", "tallimanngorneq", "arfininngorneq", "sapaat")
ESPERANTO_MONTHS = ("januaro", "februaro", "marto", "aprilo", "majo", "junio", "julio",
                    "aŭgusto", "septembro", "oktobro", "novembro", "decembro")
ESPERANTO_WEEKDAYS = ("lundon", "mardon", "merkredon", "ĵaŭdon", "vendredon", "sabaton",
                      "dimanĉon")  # the accusative: "on Monday"
BRETON_MONTHS = ("Genver", "C'hwevrer", "Meurzh", "Ebrel", "Mae", "Mezheven", "Gouere",
                 "Eost", "Gwengolo", "Here", "Du", "Kerzu")
BRETON_WEEKDAYS = ("dilun", "dimeurzh", "dimerc'her", "diriaou", "digwener", "disadorn",
                   "disul")
INUKTITUT_MONTHS = ("ᔭᓐᓄᐊᓕ", "ᕕᕝᕗᐊᓕ", "ᒫᑦᓯ", "ᐊᐃᑉᐳᓗ", "ᒪᐃ", "ᔫᓂ", "ᔪᓚᐃ", "ᐋᒡᒌᓯ",
                    "ᓯᑎᐱᕆ", "ᐅᑐᐱᕆ", "ᓄᕕᐱᕆ", "ᑎᓯᐱᕆ")
INUKTITUT_WEEKDAYS = ("ᓇᒡᒐᔾᔭᐅ", "ᐊᐃᑉᐱᖅ", "ᐱᖓᑦᓯᖅ", "ᓯᑕᒻᒥᖅ", "ᑕᓪᓕᒻᒥᐅᑦ", "ᓯᕙᑖᕐᕕᒃ",
                      "ᓈᑦᑏᖑᔭ")

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _seasons = _PERIOD.daily, _PERIOD.seasons


def _comma(x: float, places: int = 2) -> str:
    """`x` with `places` decimals and a decimal comma."""
    return f"{x:.{places}f}".replace(".", ",")


# --- a Tajik-language regional news site in Cyrillic (Khujand) ------------------------------

TJ_DAILY = dt.date(2016, 9, 9)  # the dotted date slot became a Tajik weekday and month
TJ_BYLINE = dt.date(2018, 5, 1)  # "Муаллиф:" turned the writer with the site's name
TJ_SOCIAL = dt.date(2018, 2, 1)  # the follow line gained Instagram
# The National Bank's somoni rate to the dollar at the start of some months; the months
# between are interpolated.
SOMONI_ANCHORS = ((2015, 1, 5.34), (2015, 7, 6.23), (2015, 12, 7.00), (2016, 3, 7.87),
                  (2016, 12, 7.88), (2017, 3, 8.50), (2017, 6, 8.80), (2018, 1, 8.82),
                  (2018, 12, 9.43), (2019, 12, 9.69), (2020, 5, 10.20), (2020, 12, 11.30),
                  (2021, 1, 11.30))
EUR_USD = {2015: 1.11, 2016: 1.11, 2017: 1.13, 2018: 1.18, 2019: 1.12, 2020: 1.14, 2021: 1.22}
_NIQOB = "😷 Дар ҷойҳои ҷамъиятӣ ниқоб пӯшед ва масофаи иҷтимоиро риоя кунед."


def somoni_rate(y: int, m: int) -> float:
    """Somoni to the dollar at the start of month `m` of `y` (interpolated, 4 decimals)."""
    def index(yy: int, mm: int) -> int:
        return yy * 12 + mm - 1

    at = index(y, m)
    for (y0, m0, r0), (y1, m1, r1) in zip(SOMONI_ANCHORS, SOMONI_ANCHORS[1:], strict=False):
        i0, i1 = index(y0, m0), index(y1, m1)
        if i0 <= at <= i1:
            return round(r0 + (r1 - r0) * (at - i0) / (i1 - i0), 4)
    raise ValueError((y, m))


def _tj_rate(y: int, m: int) -> str:
    usd = somoni_rate(y, m)
    return (f"💵 Қурби асъор: 1 USD = {_comma(usd, 4)} сомонӣ · 1 EUR = "
            f"{_comma(usd * EUR_USD[y], 4)} сомонӣ")


def _monthly(text: Callable[[int, int], str]) -> list[tuple[str, str]]:
    """One wording per month, from the first of each month, January 2015 to January 2021."""
    out = [(_OLD, text(2015, 1))]
    for y in range(2015, 2021):
        for m in range(1, 13):
            if (y, m) != (2015, 1):
                out.append((f"{y}-{m:02d}-01", text(y, m)))
    out.append(("2021-01-01", text(2021, 1)))
    return out


def _tj_dated(day: dt.date) -> str:
    return (f"{TAJIK_WEEKDAYS[day.weekday()]}, {day.day} {TAJIK_MONTHS[day.month - 1]} соли "
            f"{day.year}, {{time}}")


def unity_years(y: int) -> int:
    """Years since the General Agreement on peace in Tajikistan (27 June 1997)."""
    return y - 1997


def independence_years_tj(y: int) -> int:
    """Years since Tajikistan's independence (9 September 1991)."""
    return y - 1991


def _tj_idho() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Моро дар Facebook ва Telegram пайгирӣ намоед."),
            (TJ_SOCIAL.isoformat(), "Моро дар Facebook, Telegram ва Instagram пайгирӣ намоед.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 30), dt.date(y + 1, 1, 3),
                       f"🎄 Соли нави {y + 1} муборак!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 3, 20), dt.date(y, 3, 25),
                       "🌷 Ҷашни Наврӯз муборак! 21–24 март рӯзҳои истироҳат мебошанд."))
        fitr, adha = _day(EID_FITR[y]), _day(EID_ADHA[y])
        events.append((fitr - dt.timedelta(days=1), fitr + dt.timedelta(days=2),
                       f"🌙 Иди Рамазон муборак! {fitr.day} {TAJIK_MONTHS[fitr.month - 1]} рӯзи "
                       "истироҳат аст."))
        events.append((dt.date(y, 6, 27), dt.date(y, 6, 28),
                       f"🕊 27 июн — Рӯзи Ваҳдати миллӣ: {unity_years(y)} сол аз имзои "
                       "Созишномаи сулҳ."))
        events.append((adha - dt.timedelta(days=1), adha + dt.timedelta(days=2),
                       f"🐑 Иди Қурбон муборак! {adha.day} {TAJIK_MONTHS[adha.month - 1]} рӯзи "
                       "истироҳат аст."))
        events.append((dt.date(y, 9, 8), dt.date(y, 9, 10),
                       f"🇹🇯 {independence_years_tj(y)}-солагии Истиқлолияти давлатии Ҷумҳурии "
                       "Тоҷикистон муборак!"))
    return _timeline(base, events)


def _tj_intikhobot() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Хабари нав доред? Ба мо нависед: +992 92 755 01 43 (WhatsApp, Viber, "
                   "Telegram)")]
    return _timeline(base, [
        (dt.date(2015, 2, 16), dt.date(2015, 3, 2),
         "🗳 1 март — интихоботи вакилони Маҷлиси намояндагони Маҷлиси Олӣ."),
        (dt.date(2016, 5, 9), dt.date(2016, 5, 23),
         "🗳 22 май — раъйпурсии умумихалқӣ оид ба тағйиру иловаҳо ба Конститутсия."),
        (dt.date(2020, 2, 17), dt.date(2020, 3, 2),
         "🗳 1 март — интихоботи вакилони Маҷлиси намояндагон. Ба интихобот биёед!"),
        (dt.date(2020, 5, 15), dt.date(2020, 9, 28), _NIQOB),
        (dt.date(2020, 9, 28), dt.date(2020, 10, 12),
         "🗳 11 октябр — интихоботи Президенти Ҷумҳурии Тоҷикистон."),
        (dt.date(2020, 10, 12), None, _NIQOB),
    ])


def sughd_style() -> PublisherStyle:
    """A Tajik-language regional news site in Cyrillic (Khujand): a section kicker, a view
    count, a monthly somoni rate, a dotted date slot with the time turned a Tajik weekday
    and month with "соли" (a wording per day), "Муаллиф:" turned the writer with the site's
    name, "Эълон" and "Инчунин хонед:" (up to twice) and photo inserts, a follow line
    (gaining Instagram) turned the New Year, Navruz, both Eids, Unity Day and Independence
    Day with their anniversaries, a tip line turned the 2015 and 2020 parliamentary
    elections, the 2016 referendum, the 2020 presidential election and masks, a reuse rule,
    a comment disclaimer, a rare tunnel closure, a copyright line."""
    return PublisherStyle(
        domain="sadoisughd.tj", site="Садои Суғд", base_size=860,
        subdomains=(("", 75), ("m.", 25)),
        sections=("jomea", "iqtisod", "siyosat", "farhang", "varzish", "maorif", "tandurusti"),
        n_authors=6, url_path="/tj/{section}/{n}-{slug}",
        pools={
            "bakhsh": ("Ҷомеа", "Иқтисод", "Сиёсат", "Фарҳанг", "Варзиш", "Маориф",
                       "Тандурустӣ", "Вилоят"),
            "muallif": ("Фарзона Раҳимова", "Ҷамшед Назаров", "Мавҷуда Саидова",
                        "Фирдавс Қодиров", "Нилуфар Ғафурова", "Илҳом Шарипов"),
            "manba": ("Садои Суғд", "Ховар", "Хадамоти матбуоти вилоят", "бойгонӣ",
                      "шабакаҳои иҷтимоӣ", "хонанда"),
        },
        families=(
            _f("bakhsh", HEADER, 0.3, (_OLD, "{bakhsh}")),
            _f("bozdid", HEADER, 0.5, (_OLD, "👁 {count}")),
            _f("qurb", HEADER, 0.15, *_monthly(_tj_rate)),
            _f("sana", HEADER, 0.85, (_OLD, "{date_de}, {time}"), *_daily(_tj_dated, TJ_DAILY)),
            _f("muallif", HEADER, 0.6, (_OLD, "Муаллиф: {muallif}"),
               (TJ_BYLINE.isoformat(), "{muallif}, «Садои Суғд»")),
            _f("elon", MIDDLE, 0.45, (_OLD, "Эълон"), count=2),
            _f("inchunin", MIDDLE, 0.4, (_OLD, "Инчунин хонед: {other_title}"), count=2),
            _f("aks", MIDDLE, 0.3, (_OLD, "Акс: {manba}")),
            _f("idho", FOOTER, 0.25, *_tj_idho()),
            _f("intikhobot", FOOTER, 0.2, *_tj_intikhobot()),
            _f("istinod", FOOTER, 0.4,
               (_OLD, "Ҳангоми истифодаи маводи сомона истинод ба «Садои Суғд» ҳатмист.")),
            _f("sharh", FOOTER, 0.3,
               (_OLD, "Назари муаллифони шарҳҳо метавонад бо назари идора мувофиқ наояд.")),
            _f("nakb", FOOTER, 0.04,
               (_OLD, "⚠️ Нақби Шаҳристон аз сабаби хатари тарма муваққатан баста аст.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© 2012–{year} «Садои Суғд». Ҳамаи ҳуқуқҳо ҳифз шудаанд.")),
        ),
    )


# --- a Northern Sámi-language news site (Karasjok) -----------------------------------------

SE_DAILY = dt.date(2017, 2, 6)  # from Sámi National Day 2017, the weekday and "dii."
SE_BYLINE = dt.date(2018, 8, 20)  # "Čálli:" turned "Teaksta ja govat:"
SE_SOCIAL = dt.date(2018, 10, 1)  # the follow line gained Instagram
SE_EDITOR = dt.date(2018, 1, 1)  # a new editor in the imprint
# Karasjok, at about 69.5° north: no sun from 26 November to 16 January, no sunset from 17
# May to 27 July.
POLAR_NIGHT = ((11, 26), (1, 16))
MIDNIGHT_SUN = ((5, 17), (7, 27))
WINTER_WEATHER = ("🌡️ Kárášjohka: −31°, čoaskkis ja čielggas", "🌡️ Kárášjohka: −12°, muohttá",
                  "🌡️ Kárášjohka: −4°, garra biegga", "🌡️ Kárášjohka: −22°, čielggas")
SUMMER_WEATHER = ("🌡️ Kárášjohka: 18°, beaivvádat", "🌡️ Kárášjohka: 9°, arvá",
                  "🌡️ Kárášjohka: 24°, liekkas", "🌡️ Kárášjohka: 12°, balvvas")


def _se_dated(day: dt.date) -> str:
    return (f"{SAMI_WEEKDAYS[day.weekday()]} {day.day}.{day.month}.{day.year} dii. {{time}}")


def national_day_times(y: int) -> int:
    """How many times Sámi National Day (6 February, first kept in 1993) has been kept."""
    return y - 1992


def sun_returns(day: dt.date) -> dt.date:
    """The first day of sun after the polar night `day` falls in."""
    y = day.year + (day.month >= 11)
    return dt.date(y, POLAR_NIGHT[1][0], POLAR_NIGHT[1][1] + 1)


def _se_dalki() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "{dalki_dalvi}")]
    for y in YEARS:
        base += [(f"{y}-05-01", "{dalki_geasse}"), (f"{y}-10-15", "{dalki_dalvi}")]
    events: list[Event] = []
    for y in range(2014, 2021):
        day = dt.date(y, *POLAR_NIGHT[0])
        while day.month >= 11 or day <= dt.date(y + 1, *POLAR_NIGHT[1]):
            left = (sun_returns(day) - day).days
            events.append((day, day + dt.timedelta(days=1),
                           f"🌑 Skábma: beaivváš boahtá fas {left} beaivvi geažes."))
            day += dt.timedelta(days=1)
        if y == 2014:
            continue
        events.append((dt.date(y, *MIDNIGHT_SUN[0]), dt.date(y, *MIDNIGHT_SUN[1]) +
                       dt.timedelta(days=1),
                       f"☀️ Gaskaijabeaivváš: beaivváš ii luoitta ovdal suoidnemánu "
                       f"{MIDNIGHT_SUN[1][1] + 1}. beaivvi."))
    return _timeline(base, events)


def _se_beaivvit() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Čuovo min Facebookas."),
            (SE_SOCIAL.isoformat(), "Čuovo min Facebookas ja Instagramis.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Buori juovllaid ja buori ođđa jagi!"))
        if y == 2014:
            continue
        if y == 2017:
            events.append((dt.date(y, 2, 1), dt.date(y, 2, 8),
                           "🎉 Tråante 2017: 100 jagi dan rájes go sámit čoahkkanedje "
                           "vuosttaš geardde rájáid rastá."))
        else:
            events.append((dt.date(y, 2, 5), dt.date(y, 2, 7),
                           f"🎉 Lihkku beivviin! Sámi álbmotbeaivi ávvuduvvo "
                           f"{national_day_times(y)}. geardde."))
        easter = _day(EASTER_WESTERN[y])
        text = ("🦌 Beassášdoalut: Sámi Grand Prix, boazovuodjin ja konsearttat Guovdageainnus."
                if y != 2020 else "🦌 Beassášdoalut leat šluhttejuvvon dán jagi.")
        events.append((easter - dt.timedelta(days=4), easter + dt.timedelta(days=2), text))
    return _timeline(base, events)


def _se_valga() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Dieđát go juoidá? Čále midjiide: odas@deanuleagi.no dahje riŋge "
                   "78 55 01 43")]
    return _timeline(base, [
        (dt.date(2015, 8, 31), dt.date(2015, 9, 15),
         "🗳️ Suohkanválga 14.9.: muitte jienastit!"),
        (dt.date(2017, 8, 28), dt.date(2017, 9, 12),
         "🗳️ Sámediggeválga ja stuorradiggeválga 11.9.: leat go jienastuslogus?"),
        (dt.date(2019, 8, 26), dt.date(2019, 9, 10),
         "🗳️ Suohkan- ja fylkkaválga 9.9.: muitte jienastit!"),
        (dt.date(2020, 3, 12), dt.date(2020, 6, 15),
         "😷 Čuovo dearvvašvuođaeiseválddiid rávvagiid, ja bisut ruovttus jus leat buohcci."),
    ])


def deanu_style() -> PublisherStyle:
    """A Northern Sámi-language news site (Karasjok): a language switch, a section kicker,
    weather by season turned a polar-night countdown (a wording per day) and the midnight
    sun, "Almmuhuvvon" with a dotted date slot turned the weekday, an undotted date and
    "dii." (a wording per day, from Sámi National Day 2017), "Čálli:" turned "Teaksta ja
    govat:", "Annonse" and "Loga maiddái:" (up to twice) and photo inserts, a tag list, a
    follow line (gaining Instagram) turned Sámi National Day with its count, the 2017
    centenary, the Easter festival (cancelled in 2020) and Christmas, a tip line turned three
    elections and the 2020 advice, a comment rule, an imprint with a new editor in 2018, a
    press code line, a rare road closure, a copyright line."""
    return PublisherStyle(
        domain="deanuleagi.no", site="Deanuleagi Ođđasat", base_size=760,
        subdomains=(("www.", 100),),
        sections=("odasat", "samediggi", "boazodoallu", "kultuvra", "valastallan", "giella"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "oassi": ("Ođđasat", "Sámediggi", "Boazodoallu", "Kultuvra", "Valáštallan",
                      "Giella", "Luondu", "Ekonomiija"),
            "calli": ("Biret Utsi", "Máhtte Hætta", "Elle Somby", "Áslat Buljo", "Inger Eira",
                      "Ánte Turi"),
            "galdu": ("Deanuleagi Ođđasat", "NRK Sápmi", "NTB", "Yle Sápmi", "Sámediggi",
                      "priváhta"),
            "fattat": ("Sámediggi", "boazodoallu", "giella", "luossabivdu", "Deatnu", "joiken",
                       "skuvla", "dálki"),
            "dalki_dalvi": WINTER_WEATHER,
            "dalki_geasse": SUMMER_WEATHER,
        },
        families=(
            _f("giella", HEADER, 0.2, (_OLD, "Sámegillii | Norsk")),
            _f("oassi", HEADER, 0.3, (_OLD, "{oassi}")),
            _f("dalki", HEADER, 0.15, *_se_dalki()),
            _f("almmuhuvvon", HEADER, 0.85, (_OLD, "Almmuhuvvon {date_de}"),
               *_daily(_se_dated, SE_DAILY)),
            _f("calli", HEADER, 0.6, (_OLD, "Čálli: {calli}"),
               (SE_BYLINE.isoformat(), "Teaksta ja govat: {calli}")),
            _f("annonse", MIDDLE, 0.45, (_OLD, "Annonse"), count=2),
            _f("loga", MIDDLE, 0.4, (_OLD, "Loga maiddái: {other_title}"), count=2),
            _f("govva", MIDDLE, 0.3, (_OLD, "Govva: {galdu}")),
            _f("fattat", FOOTER, 0.35, (_OLD, "Fáttát: {fattat_list}")),
            _f("beaivvit", FOOTER, 0.25, *_se_beaivvit()),
            _f("valga", FOOTER, 0.2, *_se_valga()),
            _f("kommentara", FOOTER, 0.3,
               (_OLD, "Juohke čálli ovddasvástida ieš iežas kommentáras. Vašálaš čállosat "
                "sihkkojuvvojit.")),
            _f("doaimmaheaddji", FOOTER, 0.25,
               (_OLD, "Ovddasvástideaddji doaimmaheaddji: Mihkkal Hætta"),
               (SE_EDITOR.isoformat(), "Ovddasvástideaddji doaimmaheaddji: Sunná Gaup")),
            _f("varsom", FOOTER, 0.2,
               (_OLD, "Deanuleagi Ođđasat čuovvu Vær Varsom-plakáhta njuolggadusaid.")),
            _f("biegga", FOOTER, 0.04,
               (_OLD, "⚠️ E6 lea giddejuvvon Skáidi ja Álttá gaskkas garra biekka dihte.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Deanuleagi Ođđasat")),
        ),
    )


# --- a Romansh-language regional news site (Lower Engadine) ---------------------------------

RM_DAILY = dt.date(2018, 3, 1)  # from Chalandamarz 2018, the weekday with "ils" and "da"
RM_BYLINE = dt.date(2019, 6, 1)  # "da" with the writer turned "Scrit da" with a place
RM_SOCIAL = dt.date(2017, 10, 1)  # the follow line gained Instagram
RM_PRICE = dt.date(2018, 1, 1)  # the digital subscription went up
# Federal popular votes (all on Sundays); the one of 17 May 2020 was called off.
SWISS_VOTES = ("2015-03-08", "2015-06-14", "2016-02-28", "2016-06-05", "2016-09-25",
               "2016-11-27", "2017-02-12", "2017-05-21", "2017-09-24", "2018-03-04",
               "2018-06-10", "2018-09-23", "2018-11-25", "2019-02-10", "2019-05-19",
               "2020-02-09", "2020-09-27", "2020-11-29")
SWISS_ELECTIONS = ("2015-10-18", "2019-10-20")
AVALANCHE = ("⚠️ Privel da lavinas: grad 1 (pitschen)", "⚠️ Privel da lavinas: grad 2 (moderà)",
             "⚠️ Privel da lavinas: grad 3 (considerabel)", "⚠️ Privel da lavinas: grad 4 (grond)")
ENGADINE_WEATHER = ("☀️ Scuol: 24°, sulegl", "⛅ Scuol: 17°, nivels", "🌧️ Scuol: 11°, plievgia",
                    "⛈️ Scuol: 19°, urizis la saira")


def _rm_of(month: int) -> str:
    """'da zercladur', "d'avust": "da" elided before a vowel."""
    name = ROMANSH_MONTHS[month - 1]
    return f"d'{name}" if name[0] in "aeiou" else f"da {name}"


def _rm_dated(day: dt.date) -> str:
    return f"{ROMANSH_WEEKDAYS[day.weekday()]}, ils {day.day} {_rm_of(day.month)} {day.year}"


def _rm_votaziun() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📧 Avis per la redacziun? Scrivai a redacziun@vuschengiadina.ch")]
    events: list[Event] = []
    for text_day in SWISS_VOTES:
        day = _day(text_day)
        events.append((day - dt.timedelta(days=13), day + dt.timedelta(days=1),
                       f"🗳️ Votaziun federala: dumengia, ils {day.day} {_rm_of(day.month)}. "
                       "Betg emblidar da votar!"))
    for text_day in SWISS_ELECTIONS:
        day = _day(text_day)
        events.append((day - dt.timedelta(days=13), day + dt.timedelta(days=1),
                       f"🗳️ Elecziuns federalas: dumengia, ils {day.day} {_rm_of(day.month)}."))
    events.append((dt.date(2020, 3, 18), dt.date(2020, 5, 18),
                   "🗳️ La votaziun dals 17 da matg n'ha betg lieu pervia dal coronavirus."))
    return _timeline(base, events)


def _rm_festas() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Nus essan era sin Facebook."),
            (RM_SOCIAL.isoformat(), "Nus essan era sin Facebook ed Instagram.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Bun Nadal e bun onn nov!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 2, 27), dt.date(y, 3, 2),
                       "🔔 Chalandamarz: ils uffants van cun plumpas e talacs tras il vitg."))
        events.append((dt.date(y, 7, 31), dt.date(y, 8, 2),
                       "🇨🇭 Buna festa naziunala dal 1. d'avust!"))
    return _timeline(base, events)


def engiadina_style() -> PublisherStyle:
    """A Romansh-language regional news site (Lower Engadine): a language switch, a rubric
    kicker, a breadcrumb with the article's own title, an avalanche level in winter and the
    weather in summer, "Publitgà ils" with a dotted date slot turned the weekday with "ils"
    and "da" (elided before a vowel; a wording per day, from Chalandamarz 2018), "da" with
    the writer turned "Scrit da" with a place, "Reclama" and "Legia era:" (up to twice) and
    photo inserts, a tip line turned every federal vote Sunday and both federal elections
    (the May 2020 vote called off), a follow line (gaining Instagram) turned Chalandamarz,
    the National Day and Christmas, a comment rule, a reuse rule, a subscription price
    raised in 2018, a rare pass closure, a copyright line."""
    return PublisherStyle(
        domain="vuschengiadina.ch", site="La Vusch da l'Engiadina", base_size=660,
        subdomains=(("www.", 100),),
        sections=("engiadina", "grischun", "svizra", "economia", "cultura", "sport"),
        n_authors=6, url_path="/artitgels/{yyyy}/{slug}",
        pools={
            "rubrica": ("Engiadina", "Grischun", "Svizra", "Economia", "Cultura", "Sport",
                        "Lingua", "Politica"),
            "autur": ("Curdin Cavegn", "Ursina Derungs", "Flurin Caduff", "Mirjam Cathomen",
                      "Gieri Bundi", "Seraina Capaul"),
            "lieu": ("Scuol", "Zernez", "Sent", "Ftan", "Samignun", "Müstair"),
            "funtauna": ("La Vusch da l'Engiadina", "Keystone", "ANR", "mad", "archiv"),
            "lavina": AVALANCHE,
            "aura": ENGADINE_WEATHER,
        },
        families=(
            _f("lingua", HEADER, 0.15, (_OLD, "Rumantsch | Deutsch")),
            _f("rubrica", HEADER, 0.3, (_OLD, "{rubrica}")),
            _f("via", HEADER, 0.25, (_OLD, "Pagina principala › {rubrica} › {title}")),
            _f("aura", HEADER, 0.12, *_seasons(("05-01", "{aura}"), ("11-15", "{lavina}"))),
            _f("data", HEADER, 0.85, (_OLD, "Publitgà ils {date_de}"),
               *_daily(_rm_dated, RM_DAILY)),
            _f("autur", HEADER, 0.6, (_OLD, "da {autur}"),
               (RM_BYLINE.isoformat(), "Scrit da {autur}, {lieu}")),
            _f("reclama", MIDDLE, 0.45, (_OLD, "Reclama"), count=2),
            _f("legia", MIDDLE, 0.4, (_OLD, "Legia era: {other_title}"), count=2),
            _f("fotografia", MIDDLE, 0.3, (_OLD, "Fotografia: {funtauna}")),
            _f("votaziun", FOOTER, 0.25, *_rm_votaziun()),
            _f("festas", FOOTER, 0.25, *_rm_festas()),
            _f("commentaris", FOOTER, 0.3,
               (_OLD, "Commentaris offensivs u anonims na vegnan betg publitgads.")),
            _f("reproducziun", FOOTER, 0.35,
               (_OLD, "La reproducziun dals artitgels è permessa mo cun la permissiun da la "
                "redacziun.")),
            _f("abunament", FOOTER, 0.2,
               (_OLD, "Abunament digital: 98 francs l'onn, per students la mesadad."),
               (RM_PRICE.isoformat(), "Abunament digital: 109 francs l'onn, per students la "
                "mesadad.")),
            _f("flueela", FOOTER, 0.04,
               (_OLD, "⚠️ La via dal Flüela è serrada pervia dal privel da lavinas.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} La Vusch da l'Engiadina")),
        ),
    )


# --- a bilingual Greenlandic and Danish town news site (Sisimiut) ---------------------------

GL_DAILY = dt.date(2016, 6, 21)  # from the National Day 2016, dates in Greenlandic
GL_BYLINE = dt.date(2019, 3, 1)  # "Allattoq:" turned bilingual
GL_SOCIAL = dt.date(2018, 4, 1)  # the follow line gained Instagram
GL_EDITOR = dt.date(2017, 9, 1)  # a new responsible editor
HALIBUT = (16.50, 17.75, 19.50, 21.00, 22.25)  # inshore Greenland halibut, kroner a kilo
SHRIMP = (8.75, 10.25, 11.50)  # inshore shrimp, kroner a kilo


def _gl_dated(day: dt.date) -> str:
    return (f"{GREENLANDIC_WEEKDAYS[day.weekday()]} {day.day}. "
            f"{GREENLANDIC_MONTHS[day.month - 1]} {day.year}, kl. {{time}}")


def _gl_ullut() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Facebookimi malinnaagitsigut · Følg os på Facebook"),
            (GL_SOCIAL.isoformat(), "Facebookimi Instagrammilu malinnaagitsigut · Følg os på "
             "Facebook og Instagram")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Juullimi ukiortaamilu pilluaritsi! · Glædelig jul og godt nytår!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 1, 5), dt.date(y, 1, 7),
                       "🎭 Mitaartut pilluaritsi! · God mitaartut!"))
        events.append((dt.date(y, 6, 20), dt.date(y, 6, 22),
                       "🇬🇱 Ullortuneq pilluarit! · Glædelig nationaldag!"))
    return _timeline(base, events)


def _gl_qinersineq() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Nutaarsiassaqarpit? · Har du et tip? Tlf. 86 41 43")]
    return _timeline(base, [
        (dt.date(2015, 6, 4), dt.date(2015, 6, 19),
         "🗳️ Folketingimut qinersineq 18. juuni · Folketingsvalg 18. juni"),
        (dt.date(2017, 3, 21), dt.date(2017, 4, 5),
         "🗳️ Kommunalbestyrelsinut qinersineq 4. apriili · Kommunalvalg 4. april"),
        (dt.date(2018, 4, 10), dt.date(2018, 4, 25),
         "🗳️ Inatsisartunut qinersineq 24. apriili · Landstingsvalg 24. april"),
        (dt.date(2019, 5, 22), dt.date(2019, 6, 6),
         "🗳️ Folketingimut qinersineq 5. juuni · Folketingsvalg 5. juni"),
        (dt.date(2020, 3, 16), dt.date(2020, 6, 15),
         "😷 Peqqinnissaqarfiup siunnersuutai malikkit · Følg sundhedsmyndighedernes råd"),
    ])


def sisimiut_style() -> PublisherStyle:
    """A bilingual Greenlandic and Danish town news site (Sisimiut): a language switch, a
    bilingual section kicker, a dotted date slot with "kl." turned a Greenlandic weekday and
    month (a wording per day, from the National Day 2016), "Allattoq:" turned bilingual,
    halibut and shrimp prices, "Annonce" and "Aamma atuaruk:" (up to twice) and bilingual
    photo inserts, a bilingual follow line (gaining Instagram) turned Mitaartut, the
    National Day and Christmas, a tip line turned four elections and the 2020 advice, a
    comment rule, a three-line newsroom block with a new editor in 2017, a rare storm
    warning, a copyright line."""
    return PublisherStyle(
        domain="sisimiutnyt.gl", site="Sisimiut Nutaarsiassat", base_size=580,
        subdomains=(("", 100),),
        sections=("nutaarsiassat", "aalisarneq", "timersorneq", "politikki", "ilinniarneq"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "immikkoortoq": ("Nutaarsiassat / Nyheder", "Aalisarneq / Fiskeri",
                             "Timersorneq / Sport", "Politikki / Politik",
                             "Ilinniarneq / Uddannelse", "Inuiaqatigiit / Samfund"),
            "allattoq": ("Aviaja Berthelsen", "Malik Olsen", "Naja Kristiansen", "Ivalu Zeeb",
                         "Kunuk Poulsen", "Nivi Rosing"),
            "assiliisoq": ("Sisimiut Nutaarsiassat", "Qeqqata Kommunia", "Atuartoq / Læser",
                           "Naalakkersuisut", "Toqqorsivik / Arkiv"),
            "akit": tuple(f"🐟 Qalerallit akii · Hellefisk: {_comma(p)} kr./kg" for p in HALIBUT)
            + tuple(f"🦐 Raajat akii · Rejer: {_comma(p)} kr./kg" for p in SHRIMP),
        },
        families=(
            _f("oqaatsit", HEADER, 0.2, (_OLD, "Kalaallisut | Dansk")),
            _f("immikkoortoq", HEADER, 0.3, (_OLD, "{immikkoortoq}")),
            _f("ulloq", HEADER, 0.85, (_OLD, "{date_de} kl. {time}"),
               *_daily(_gl_dated, GL_DAILY)),
            _f("allattoq", HEADER, 0.6, (_OLD, "Allattoq: {allattoq}"),
               (GL_BYLINE.isoformat(), "Allattoq / Skribent: {allattoq}")),
            _f("akit", HEADER, 0.12, (_OLD, "{akit}")),
            _f("annonce", MIDDLE, 0.45, (_OLD, "Annonce"), count=2),
            _f("atuaruk", MIDDLE, 0.4, (_OLD, "Aamma atuaruk: {other_title}"), count=2),
            _f("assi", MIDDLE, 0.3, (_OLD, "Assi / Foto: {assiliisoq}")),
            _f("ullut", FOOTER, 0.25, *_gl_ullut()),
            _f("qinersineq", FOOTER, 0.2, *_gl_qinersineq()),
            _f("oqallinneq", FOOTER, 0.3,
               (_OLD, "Inussiarnersumik oqaaseqarit · Hold en god tone i debatten")),
            _f("redaktion-head", FOOTER, 0.4, (_OLD, "Aaqqissuisoqarfik · Redaktion")),
            _f("redaktion", FOOTER, 0.38,
               (_OLD, "Sisimiut Nutaarsiassat · Postboks 143 · 3911 Sisimiut · "
                "Tlf. +299 86 41 43")),
            _f("aaqqissuisoq", FOOTER, 0.36,
               (_OLD, "Aaqqissuisuuneq akisussaasoq · Ansvarshavende redaktør: Karl Møller"),
               (GL_EDITOR.isoformat(), "Aaqqissuisuuneq akisussaasoq · Ansvarshavende "
                "redaktør: Paninnguaq Lyberth")),
            _f("anorersuaq", FOOTER, 0.04,
               (_OLD, "⚠️ Anorersuaqarsinnaavoq · Stormvarsel for Sisimiut i nat")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Sisimiut Nutaarsiassat")),
        ),
    )


# --- an Esperanto-language movement news site ----------------------------------------------

EO_DAILY = dt.date(2017, 7, 22)  # from the Seoul congress, dates in Esperanto
EO_BYLINE = dt.date(2019, 1, 1)  # "de" with the writer turned the writer and a country
EO_SOCIAL = dt.date(2018, 3, 1)  # the follow line gained Telegram
EO_LICENCE = dt.date(2016, 11, 1)  # CC BY 3.0 turned CC BY 4.0
EO_FEE = dt.date(2019, 1, 1)  # the yearly subscription went up
# The Universal Congresses: number, city in Esperanto, first and last day (Saturday to
# Saturday); the 105th, in Montreal, was called off and held online on 1-2 August 2020.
CONGRESSES = {2015: (100, "Lillo", "2015-07-25", "2015-08-01"),
              2016: (101, "Nitra", "2016-07-23", "2016-07-30"),
              2017: (102, "Seulo", "2017-07-22", "2017-07-29"),
              2018: (103, "Lisbono", "2018-07-28", "2018-08-04"),
              2019: (104, "Lahtio", "2019-07-20", "2019-07-27")}
VIRTUAL_CONGRESS = ("2020-08-01", "2020-08-02")


def _eo_dated(day: dt.date) -> str:
    return (f"{ESPERANTO_WEEKDAYS[day.weekday()]}, la {day.day}-an de "
            f"{ESPERANTO_MONTHS[day.month - 1]} {day.year}")


def _eo_of(day: dt.date) -> str:
    return f"la {day.day}-a de {ESPERANTO_MONTHS[day.month - 1]}"


def _eo_kongreso() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Sekvu nin ĉe Facebook kaj Twitter."),
            (EO_SOCIAL.isoformat(), "Sekvu nin ĉe Facebook, Twitter kaj Telegram.")]
    events: list[Event] = []
    for number, city, first, last in CONGRESSES.values():
        start, end = _day(first), _day(last)
        events.append((start - dt.timedelta(days=30), start,
                       f"🌍 La {number}-a Universala Kongreso okazos en {city} de "
                       f"{_eo_of(start)} ĝis {_eo_of(end)}. Aliĝu nun!"))
        events.append((start, end + dt.timedelta(days=1),
                       f"🌍 Nun okazas la {number}-a UK en {city}: legu niajn ĉiutagajn "
                       "raportojn!"))
    events.append((dt.date(2020, 4, 15), _day(VIRTUAL_CONGRESS[0]),
                   "🌍 La 105-a UK en Montrealo ne okazos ĉi-jare. Anstataŭe: la Virtuala "
                   "Kongreso, la 1-an kaj 2-an de aŭgusto."))
    events.append((_day(VIRTUAL_CONGRESS[0]), _day(VIRTUAL_CONGRESS[1], 1),
                   "🌍 Nun okazas la Virtuala Kongreso de Esperanto: partoprenu senpage "
                   "hejme!"))
    for y in range(2015, 2021):
        events.append((dt.date(y, 12, 12), dt.date(y, 12, 16),
                       "📚 La 15-an de decembro: feliĉan Zamenhofan Tagon kaj Tagon de la "
                       "Esperanta Libro!"))
    return _timeline(base, events)


def verdaponto_style() -> PublisherStyle:
    """An Esperanto-language movement news site: a multi-script language switch, a category
    kicker, a reading time, an ISO date slot turned an accusative weekday with "la ...-an
    de" (a wording per day, from the Seoul congress of 2017), "de" with the writer turned
    the writer with a country, "Reklamo" and "Legu ankaŭ:" (up to twice) and photo inserts,
    a tag list, a follow line (gaining Telegram) turned each Universal Congress with its
    number (called off, then virtual, in 2020) and Zamenhof Day, a subscription raised in
    2019, an opinion disclaimer, a licence line changing version in 2016, a tip line turned
    the 2020 cancellations, a rare maintenance notice, a copyright line."""
    return PublisherStyle(
        domain="verdaponto.org", site="Verda Ponto", base_size=500,
        subdomains=(("", 100),),
        sections=("movado", "kulturo", "libroj", "junularo", "kongresoj", "lingvo", "mondo"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kategorio": ("Movado", "Kulturo", "Libroj", "Junularo", "Kongresoj", "Lingvo",
                          "Mondo", "Scienco"),
            "verkinto": ("Lidia Kovács", "Jorge Moreira", "Hiroshi Tanaka", "Eva Lindqvist",
                         "Petro Boiko", "Ĵenja Amis"),
            "lando": ("Hungario", "Brazilo", "Japanio", "Svedio", "Ukrainio", "Francio",
                      "Kenjo", "Ĉinio", "Bangladeŝo"),
            "fonto": ("Verda Ponto", "UEA", "TEJO", "Vikimedia Komunejo", "privata arkivo"),
            "etikedoj": ("UEA", "TEJO", "Universala Kongreso", "Duolingo", "Vikipedio",
                         "literaturo", "muziko", "Afriko", "Azio", "instruado"),
        },
        families=(
            _f("lingvoj", HEADER, 0.2, (_OLD, "Esperanto | English | Français | 中文")),
            _f("kategorio", HEADER, 0.3, (_OLD, "{kategorio}")),
            _f("dato", HEADER, 0.85, (_OLD, "{date_iso}"), *_daily(_eo_dated, EO_DAILY)),
            _f("verkinto", HEADER, 0.6, (_OLD, "de {verkinto}"),
               (EO_BYLINE.isoformat(), "{verkinto} ({lando})")),
            _f("legotempo", HEADER, 0.5, (_OLD, "⏱️ Legotempo: {read_min} min.")),
            _f("reklamo", MIDDLE, 0.45, (_OLD, "Reklamo"), count=2),
            _f("legu", MIDDLE, 0.4, (_OLD, "Legu ankaŭ: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {fonto}")),
            _f("etikedoj", FOOTER, 0.35, (_OLD, "Etikedoj: {etikedoj_list}")),
            _f("kongreso", FOOTER, 0.25, *_eo_kongreso()),
            _f("abono", FOOTER, 0.2,
               (_OLD, "Subtenu nin: jara abono kostas 25 eŭrojn."),
               (EO_FEE.isoformat(), "Subtenu nin: jara abono kostas 30 eŭrojn.")),
            _f("opinioj", FOOTER, 0.3,
               (_OLD, "La opinioj en la artikoloj ne nepre estas tiuj de la redakcio.")),
            _f("permesilo", FOOTER, 0.35,
               (_OLD, "Ĉiuj tekstoj estas publikigitaj laŭ la permesilo CC BY 3.0."),
               (EO_LICENCE.isoformat(), "Ĉiuj tekstoj estas publikigitaj laŭ la permesilo "
                "CC BY 4.0.")),
            _f("novajho", FOOTER, 0.2,
               (_OLD, "📩 Ĉu vi havas novaĵon? Skribu al redakcio@verdaponto.org"),
               ("2020-03-12", "😷 Multaj renkontiĝoj estas nuligitaj aŭ translokitaj al la "
                "reto: kontrolu antaŭ ol vojaĝi.")),
            _f("prizorgado", FOOTER, 0.04,
               (_OLD, "⚠️ Pro teknika prizorgado la retejo ne funkcios dimanĉon nokte.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© 2011–{year} Verda Ponto")),
        ),
    )


# --- a Breton-language coastal news site (Trégor) -------------------------------------------

BR_DAILY = dt.date(2016, 5, 19)  # from Gouel Erwan 2016, dates in Breton
BR_BYLINE = dt.date(2018, 9, 1)  # "Gant" with the writer turned the writer and a commune
BR_SOCIAL = dt.date(2018, 2, 1)  # the follow line gained Instagram
TIDES = (42, 58, 71, 86, 97, 104, 112)  # tide coefficients (20-120); spring tides from 95


def _br_dated(day: dt.date) -> str:
    return (f"{BRETON_WEEKDAYS[day.weekday()]} {day.day} a viz "
            f"{BRETON_MONTHS[day.month - 1]} {day.year}")


def lorient_festival(y: int) -> tuple[dt.date, dt.date]:
    """The Festival Interceltique de Lorient: from the first Friday of August, ten days."""
    first = nth_weekday(y, 8, 4, 1)
    return first, first + dt.timedelta(days=9)


def _br_goueliou() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Heuliit ac'hanomp war Facebook ha Twitter."),
            (BR_SOCIAL.isoformat(), "Heuliit ac'hanomp war Facebook, Twitter hag Instagram.")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 Nedeleg laouen ha bloavezh mat!"))
        if y == 2014:
            continue
        events.append((dt.date(y, 5, 17), dt.date(y, 5, 20),
                       "🏴 Gouel Breizh laouen! Gouel Erwan, d'an 19 a viz Mae."))
        first, last = lorient_festival(y)
        text = (f"🎶 Gouelioù Etrekeltiek An Oriant: eus an {first.day} d'an {last.day} a viz "
                "Eost." if y != 2020 else
                "🎶 N'eus ket Gouelioù Etrekeltiek An Oriant er bloaz-mañ.")
        events.append((first - dt.timedelta(days=14), last + dt.timedelta(days=1), text))
    return _timeline(base, events)


_BR_KER = "😷 Chomit er gêr, mar plij: ret eo kaout un testeni evit mont er-maez."


def _br_dilennadeg() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Keleier ganeoc'h? Skrivit deomp: skridaozerezh@keleierarmor.bzh")]
    return _timeline(base, [
        (dt.date(2015, 11, 30), dt.date(2015, 12, 14),
         "🗳️ Dilennadegoù rannvroel: 6 ha 13 a viz Kerzu."),
        (dt.date(2017, 4, 10), dt.date(2017, 5, 8),
         "🗳️ Dilennadeg prezidant ar Republik: 23 a viz Ebrel ha 7 a viz Mae."),
        (dt.date(2017, 5, 29), dt.date(2017, 6, 19),
         "🗳️ Dilennadegoù lezennel: 11 ha 18 a viz Mezheven."),
        (dt.date(2019, 5, 13), dt.date(2019, 5, 27),
         "🗳️ Dilennadegoù europat: 26 a viz Mae."),
        (dt.date(2020, 3, 2), dt.date(2020, 3, 16),
         "🗳️ Dilennadegoù-kêr: 15 a viz Meurzh."),
        (dt.date(2020, 3, 17), dt.date(2020, 5, 11), _BR_KER),
        (dt.date(2020, 6, 15), dt.date(2020, 6, 29),
         "🗳️ Eil tro an dilennadegoù-kêr: 28 a viz Mezheven."),
        (dt.date(2020, 10, 30), dt.date(2020, 12, 15), _BR_KER),
    ])


def tregor_style() -> PublisherStyle:
    """A Breton-language coastal news site (Trégor): a language switch, a section kicker, a
    tide coefficient, a comment count, a French date slot turned a "di-" weekday with "a
    viz" (a wording per day, from Gouel Erwan 2016), "Gant" with the writer turned the
    writer and a commune, "Bruderezh" and "Lennit ivez:" (up to twice) and photo inserts, a
    follow line (gaining Instagram) turned the Breton national day, the Lorient festival
    (the first Friday of August; none in 2020) and Christmas, a tip line turned six
    elections and both 2020 lockdowns, a funding line, a comment rule, a rare storm warning,
    a copyright line."""
    return PublisherStyle(
        domain="keleierarmor.bzh", site="Keleier ar Mor", base_size=440,
        subdomains=(("www.", 100),),
        sections=("keleier", "bro", "sevenadur", "sport", "yezh", "mor"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "rann": ("Keleier", "Bro", "Sevenadur", "Sport", "Yezh", "Armerzh", "Mor",
                     "Politikerezh"),
            "skrivagner": ("Nolwenn Kerhervé", "Yann Morvan", "Soazig Tanguy", "Erwan Caradec",
                           "Maïwenn Guillou", "Tangi Jezequel"),
            "kumun": ("Lannuon", "Landreger", "Perroz-Gireg", "Gwengamp", "Pempoull",
                      "Montroulez"),
            "mammenn": ("Keleier ar Mor", "Ti-kêr", "lenner", "diell", "Ouest-France"),
            "mor": tuple(f"🌊 Koefisiant ar mor: {c}" + (" – reverzhi vras" if c >= 95 else "")
                         for c in TIDES),
        },
        families=(
            _f("yezh", HEADER, 0.2, (_OLD, "Brezhoneg | Français")),
            _f("rann", HEADER, 0.3, (_OLD, "{rann}")),
            _f("mor", HEADER, 0.15, (_OLD, "{mor}")),
            _f("evezhiadenn", HEADER, 0.4, (_OLD, "💬 {count} evezhiadenn")),
            _f("deiziad", HEADER, 0.85, (_OLD, "{date_fr}"), *_daily(_br_dated, BR_DAILY)),
            _f("skrivagner", HEADER, 0.6, (_OLD, "Gant {skrivagner}"),
               (BR_BYLINE.isoformat(), "{skrivagner} – {kumun}")),
            _f("bruderezh", MIDDLE, 0.45, (_OLD, "Bruderezh"), count=2),
            _f("lennit", MIDDLE, 0.4, (_OLD, "Lennit ivez: {other_title}"), count=2),
            _f("luchskeudenn", MIDDLE, 0.3, (_OLD, "Luc'hskeudenn: {mammenn}")),
            _f("goueliou", FOOTER, 0.25, *_br_goueliou()),
            _f("dilennadeg", FOOTER, 0.2, *_br_dilennadeg()),
            _f("skoazell", FOOTER, 0.25,
               (_OLD, "Keleier ar Mor a vez skoazellet gant Rannvro Breizh hag Ofis Publik ar "
                "Brezhoneg.")),
            _f("reolenn", FOOTER, 0.3,
               (_OLD, "Gwiriet e vez an evezhiadennoù a-raok bezañ embannet.")),
            _f("barr-avel", FOOTER, 0.04,
               (_OLD, "⚠️ Barr-avel: arabat mont war an aod hag war ar mor hiziv.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Keleier ar Mor")),
        ),
    )


# --- a co-operative store's bilingual news in Inuktitut and English (Nunavut) ---------------

IU_DAILY = dt.date(2017, 7, 9)  # from Nunavut Day 2017, the date in syllabics and English
NNC_TOPUP = dt.date(2020, 5, 1)  # the Nutrition North Canada subsidy gained a top-up
IU_SPECIALS = ("🛒 This week: 4 L milk $11.49", "🛒 This week: 10 kg flour $29.99",
               "🛒 This week: 24 bottles of water $34.99", "🛒 This week: frozen pizza $16.49",
               "🛒 This week: a dozen eggs $5.79", "🛒 This week: 2 kg apples $8.99")

_SEALIFT_OPEN = ("🚢 Sealift orders are open: the last day to order is April 30. Ask at the "
                 "office for a catalogue.")
_SEALIFT_CLOSED = ("🚢 Sealift orders are closed: the ship is due in mid-August, weather and "
                   "ice permitting.")
_SEALIFT_HERE = "🚢 The sealift is here: pick up your order at the warehouse, weekdays 1–5pm."
_SEALIFT_LATER = "🚢 Sealift ordering for next summer opens on January 15."
_HOURS_2020 = ("Store hours: Elders only 10–11am, then everyone until 6pm. One shopper per "
               "household, please.")


def _iu_dated(day: dt.date) -> str:
    return (f"{INUKTITUT_WEEKDAYS[day.weekday()]}, {INUKTITUT_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} · {day:%A}, {day:%B} {day.day}, {day.year}")


def nunavut_years(y: int) -> int:
    """Years since Nunavut became a territory (1 April 1999; Nunavut Day is 9 July)."""
    return y - 1999


def _iu_hours() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "Store hours: Monday to Saturday 10am–6pm, closed 12–1 for lunch. Closed "
                   "Sundays."),
            ("2020-03-20", _HOURS_2020),
            ("2020-11-18", "Territorial lockdown: essential shopping only. Elders can order by "
             "phone: call the office."),
            ("2020-12-02", _HOURS_2020))


def _iu_holidays() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "ᖁᔭᓐᓇᒦᒃ · Thank you for shopping at your co-op!")]
    events: list[Event] = []
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 18), dt.date(y + 1, 1, 2),
                       "🎄 ᖁᕕᐊᓱᒋᑦᓯ ᖁᕕᐊᓱᒡᕕᒃ · Merry Christmas! The store is closed December 25 "
                       "and 26 and January 1."))
        if y == 2014:
            continue
        events.append((dt.date(y, 7, 6), dt.date(y, 7, 10),
                       f"🎉 ᓄᓇᕗᑦ ᐅᓪᓗᖓ · Happy Nunavut Day! Nunavut turns {nunavut_years(y)}: "
                       "the store is closed on July 9."))
    return _timeline(base, events)


def _iu_refund() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Members: your co-op pays a patronage refund every spring.")]
    events: list[Event] = []
    for y in YEARS:
        text = (f"💵 Patronage refund cheques for {y - 1} are ready: bring your ID to the "
                "office." if y != 2020 else
                "💵 Patronage refunds for 2019 are paid by direct deposit this year.")
        events.append((dt.date(y, 3, 15), dt.date(y, 4, 16), text))
    return _timeline(base, events)


def _iu_elections() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📻 Listen for store news on community radio, 105.1 FM.")]
    return _timeline(base, [
        (dt.date(2015, 10, 5), dt.date(2015, 10, 20),
         "🗳️ Federal election on Monday, October 19: vote at the community hall, 8:30am to "
         "8:30pm."),
        (dt.date(2017, 10, 16), dt.date(2017, 10, 31),
         "🗳️ Territorial election on Monday, October 30: vote at the community hall, 9am to "
         "7pm."),
        (dt.date(2019, 10, 7), dt.date(2019, 10, 22),
         "🗳️ Federal election on Monday, October 21: vote at the community hall, 8:30am to "
         "8:30pm."),
    ])


def tasiq_style() -> PublisherStyle:
    """A co-operative store's bilingual news in Inuktitut syllabics and English (Nunavut): a
    language switch, a bilingual kind kicker, an English long date slot turned the date in
    syllabics and in English side by side (a wording per day, from Nunavut Day 2017), the
    week's specials with prices, store hours (Elders' hour and the November 2020 lockdown),
    a thank-you line turned Nunavut Day with its anniversary and Christmas, the sealift
    year, the Nutrition North subsidy (a top-up in 2020), patronage refunds each spring, a
    radio line turned three elections, a flights line, an office block, a rare blizzard."""
    return PublisherStyle(
        domain="tasiqcoop.ca", site="Tasiq Co-op", base_size=390,
        subdomains=(("www.", 100),),
        sections=("news", "sealift", "store", "members"),
        n_authors=3, url_path="/news/{slug}/",
        pools={
            "kind": ("ᐅᖃᐅᓯᖅ · Notice", "ᐅᒥᐊᕐᔪᐊᖅ · Sealift", "ᓂᐅᕕᕐᕕᒃ · Store",
                     "ᑲᑐᔾᔨᖃᑎᒌᑦ · Members"),
            "special": IU_SPECIALS,
        },
        families=(
            _f("lang", HEADER, 0.2, (_OLD, "ᐃᓄᒃᑎᑐᑦ | English")),
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_long}"), *_daily(_iu_dated, IU_DAILY)),
            _f("special", MIDDLE, 0.3, (_OLD, "{special}")),
            _f("hours", FOOTER, 0.3, *_iu_hours()),
            _f("holidays", FOOTER, 0.25, *_iu_holidays()),
            _f("sealift", FOOTER, 0.3, *_seasons(
                ("01-15", _SEALIFT_OPEN), ("05-01", _SEALIFT_CLOSED), ("08-15", _SEALIFT_HERE),
                ("10-01", _SEALIFT_LATER))),
            _f("nnc", FOOTER, 0.25,
               (_OLD, "Our prices include the Nutrition North Canada subsidy: look for the NNC "
                "tag."),
               (NNC_TOPUP.isoformat(), "Our prices include the Nutrition North Canada subsidy "
                "and its COVID-19 top-up: look for the NNC tag.")),
            _f("refund", FOOTER, 0.2, *_iu_refund()),
            _f("elections", FOOTER, 0.2, *_iu_elections()),
            _f("flights", FOOTER, 0.2,
               (_OLD, "✈️ Fresh produce comes in on the Tuesday and Friday flights, weather "
                "permitting.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "ᐊᓪᓚᕝᕕᒃ · Office")),
            _f("office", FOOTER, 0.38,
               (_OLD, "Tasiq Co-op, Box 143, Pangnirtung, NU X0A 0R0 · (867) 555-0143")),
            _f("blizzard", FOOTER, 0.04,
               (_OLD, "❄️ Blizzard: the store will open when it is safe to travel. Listen to "
                "the radio for updates.")),
        ),
    )


# --- a Hindu temple's news (New Jersey) -------------------------------------------------------

SPONSORS = ("🙏 This week’s abhishekam is sponsored by the Patel family of Piscataway",
            "🙏 This week’s abhishekam is sponsored by Ramesh and Lakshmi Iyer",
            "🙏 This week’s abhishekam is sponsored by the Shah family, for their son’s "
            "birthday",
            "🙏 This week’s abhishekam is sponsored by Dr. Anil and Meena Gupta",
            "🙏 This week’s abhishekam is sponsored by the Reddy family of Edison")

_BALVIHAR = "Bal Vihar classes for ages 5 to 14: Sundays 10am–12pm during the school year."
_BALVIHAR_BREAK = "Bal Vihar is on summer break: classes start again in September."


def holi_celebration(y: int) -> dt.date:
    """The temple's Holi celebration: the first Sunday on or after Holi."""
    holi = _day(HOLI[y])
    return holi + dt.timedelta(days=(6 - holi.weekday()) % 7)


def _temple_hours() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "Temple hours: weekdays 9am–12pm and 5–8:30pm; weekends 8:30am–8:30pm."),
            ("2020-03-16", "The temple is closed to devotees for now: daily aarti is streamed "
             "live on Facebook."),
            ("2020-06-22", "The temple is open again for darshan at 25% capacity: masks on, and "
             "no prasad in the hall."))


def _festivals() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Jai Shri Krishna! Follow us on Facebook for darshan photos and live aarti."),
            ("2018-01-14", "Jai Shri Krishna! Follow us on Facebook and YouTube for darshan "
             "photos and live aarti.")]
    events: list[Event] = []
    for y in YEARS:
        holi = holi_celebration(y)
        text = (f"🎨 Holi celebration: Sunday {holi.day} March, 11am–3pm on the temple grounds. "
                "Organic colours only!" if y != 2020 else
                "🎨 This year’s Holi celebration is cancelled: please celebrate safely at home.")
        events.append((holi - dt.timedelta(days=14), holi + dt.timedelta(days=1), text))
        ganesh = _day(GANESH[y])
        events.append((ganesh - dt.timedelta(days=7), ganesh + dt.timedelta(days=1),
                       f"🐘 Ganesh Chaturthi: {ganesh:%A} {ganesh.day} {ganesh:%B}, Ganesh "
                       "sthapana at 10am."))
        nav = _day(NAVARATRI[y])
        last = nav + dt.timedelta(days=8)
        text = (f"💃 Navaratri garba: every evening at 8pm, {nav.day} {nav:%B} to {last.day} "
                f"{last:%B}." if y != 2020 else
                "💃 No garba this year: join the Navaratri aarti live on YouTube at 7:30pm.")
        events.append((nav - dt.timedelta(days=14), last + dt.timedelta(days=1), text))
        diwali = _day(DIWALI[y])
        events.append((diwali - dt.timedelta(days=10), diwali + dt.timedelta(days=1),
                       f"🪔 Diwali: Lakshmi Puja on {diwali:%A} {diwali.day} {diwali:%B} at 7pm"
                       + (", followed by fireworks." if y != 2020 else
                          ", streamed live for everyone at home.")))
    return _timeline(base, events)


def mandir_style() -> PublisherStyle:
    """A Hindu temple's news (New Jersey): an invocation in Devanagari, "Temple News" with a
    long date turned a weekday date with the writer's post, the week's sponsors (names
    after a label), temple hours (closed, then open at 25% in 2020), a follow line (gaining
    YouTube) turned Holi (the first Sunday on or after it; cancelled in 2020), Ganesh
    Chaturthi, Navaratri (online in 2020) and Diwali, Bal Vihar in term and on summer
    break, a priest services line, a mahaprasad line, a donations line, a parking rule, a
    dress rule, an address block, a rare snow closure."""
    return PublisherStyle(
        domain="radhakrishnamandirnj.org", site="Shri Radha Krishna Mandir", base_size=340,
        subdomains=(("www.", 100),),
        sections=("news", "festivals", "events", "balvihar"),
        n_authors=3, url_path="/news/{slug}",
        pools={"beat": ("Temple Secretary", "Youth Committee", "Priest’s Desk"),
               "sponsor": SPONSORS},
        families=(
            _f("invocation", HEADER, 0.3, (_OLD, "|| श्री गणेशाय नमः ||")),
            _f("posted", HEADER, 0.8, (_OLD, "Temple News — {date_long}"),
               ("2018-01-14", "{weekday}, {date_dmy} · {author_beat}")),
            _f("sponsor", MIDDLE, 0.3, (_OLD, "{sponsor}")),
            _f("hours", FOOTER, 0.3, *_temple_hours()),
            _f("festivals", FOOTER, 0.3, *_festivals()),
            _f("balvihar", FOOTER, 0.2, *_seasons(("06-15", _BALVIHAR_BREAK),
                                                  ("09-08", _BALVIHAR))),
            _f("priest", FOOTER, 0.2,
               (_OLD, "To book a priest for griha pravesh, namkaran or Satyanarayan katha, call "
                "the temple office.")),
            _f("mahaprasad", FOOTER, 0.25,
               (_OLD, "Mahaprasad is served every Sunday after the 12 noon aarti: volunteers "
                "are always welcome.")),
            _f("donate", FOOTER, 0.25,
               (_OLD, "Donations are tax-deductible: we are a 501(c)(3) nonprofit, EIN "
                "22-3550143.")),
            _f("parking", FOOTER, 0.2,
               (_OLD, "Please do not park on Oak Tree Road: use the rear lot or the overflow "
                "lot across the street.")),
            _f("shoes", FOOTER, 0.2,
               (_OLD, "Please remove your shoes before entering the prayer hall, and dress "
                "modestly.")),
            _f("address-head", FOOTER, 0.4, (_OLD, "Visit the temple")),
            _f("address", FOOTER, 0.38,
               (_OLD, "1430 Oak Tree Road, Edison, NJ 08820 · (732) 555-0143")),
            _f("snow", FOOTER, 0.04,
               (_OLD, "❄️ The temple is closed today because of the snowstorm: aarti will be "
                "streamed on Facebook.")),
        ),
    )


# --- an angling association's reports (North Yorkshire) -----------------------------------

CATCHES = ("🎣 Catch of the week: a 9 lb 4 oz barbel to Dave Whitely on the Middle Beat",
           "🎣 Catch of the week: a 2 lb 12 oz grayling to Sue Brennan below Kilgram Bridge",
           "🎣 Catch of the week: a 14 lb 2 oz pike to young Callum Shaw from the lake",
           "🎣 Catch of the week: a 3 lb 6 oz brown trout to Keith Armitage on the Top Beat",
           "🎣 Catch of the week: a 6 lb 13 oz chub to Jan Kowalski at the Weir Pool")
LEVELS = ((0.31, "steady"), (0.45, "falling"), (0.78, "rising"), (1.62, "falling"),
          (2.40, "rising fast"))  # metres at the Kilgram gauge

_CLOSE = ("🚫 Coarse close season: no coarse fishing on the river from 15 March to 15 June. "
          "Trout fishing opens on 25 March.")
_TROUT_OPEN = ("🎣 The trout season is open: fly only until 1 May. Coarse fishing opens again "
               "on 16 June.")
_TROUT_ANY = "🎣 Trout fishing is open, any method. Coarse fishing opens again on 16 June."
_COARSE_OPEN = "🎣 The coarse season is open: tight lines! Trout fishing runs until 30 September."
_TROUT_CLOSED = "🎣 The trout season has closed: grayling and coarse fishing go on until 14 March."


def agm_day(y: int) -> dt.date:
    """The AGM: the first Tuesday of March."""
    return nth_weekday(y, 3, 1, 1)


def junior_day(y: int) -> dt.date:
    """The junior fishing day: the first Saturday of August."""
    return nth_weekday(y, 8, 5, 1)


def _angling_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Members’ meetings are held at the Bay Horse, Masham: all welcome.")]
    events: list[Event] = []
    for y in YEARS:
        agm = agm_day(y)
        events.append((dt.date(y, 2, 15), agm + dt.timedelta(days=1),
                       f"📋 AGM: Tuesday {agm.day} March at 7.30pm at the Bay Horse, Masham. "
                       "All members welcome."))
        junior = junior_day(y)
        text = (f"👦 Junior fishing day: Saturday {junior.day} August, 10am–2pm. Tackle "
                "provided, free for under-16s." if y != 2020 else
                "👦 No junior fishing day this year, sorry: we’ll be back next summer.")
        events.append((dt.date(y, 7, 15), junior + dt.timedelta(days=1), text))
    return _timeline(base, events)


def _bank() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Please close gates behind you and keep to the paths: we fish by the "
                   "farmers’ goodwill.")]
    return _timeline(base, [
        (dt.date(2015, 12, 27), dt.date(2016, 3, 1),
         "⚠️ After the Boxing Day floods, parts of the Middle Beat bank are unsafe: keep off "
         "until further notice."),
        (dt.date(2020, 3, 24), dt.date(2020, 5, 13),
         "🚫 All fishing is suspended during the lockdown."),
        (dt.date(2020, 5, 13), dt.date(2020, 9, 1),
         "🎣 Fishing is allowed again: fish alone or with your household, and keep 2 m apart."),
    ])


def urevalley_style() -> PublisherStyle:
    """An angling association's reports (North Yorkshire): a kind kicker, a date with "by"
    turned "Fishing report" with a weekday date, a river level, the catch of the week
    (weights in pounds and ounces, names mid-line), the season (coarse close season, trout
    fly only, then any method, and the coarse opening), day tickets raised in 2018, a rod
    licence rule changed in April 2017, a barbless rule, a bank line turned the 2015 floods
    and 2020 lockdown, a meetings line turned the AGM (the first Tuesday of March) and a
    junior day (the first Saturday of August; none in 2020), a secretary block, a rare algae
    warning."""
    return PublisherStyle(
        domain="urevalleyaa.org.uk", site="Ure Valley Angling Association", base_size=290,
        subdomains=(("www.", 100),),
        sections=("reports", "news", "matches", "juniors"),
        n_authors=3, url_path="/reports/{yyyy}/{mm}/{slug}",
        pools={
            "kind": ("Fishing Reports", "Club News", "Matches", "Conservation", "Juniors"),
            "catch": CATCHES,
            "level": tuple(f"🌊 River level at Kilgram: {m:.2f} m, {trend}"
                           for m, trend in LEVELS),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy} by {author}"),
               ("2019-02-01", "Fishing report, {weekday} {date_dmy}")),
            _f("level", HEADER, 0.2, (_OLD, "{level}")),
            _f("catch", MIDDLE, 0.3, (_OLD, "{catch}")),
            _f("season", FOOTER, 0.3, *_seasons(
                ("03-15", _CLOSE), ("03-25", _TROUT_OPEN), ("05-01", _TROUT_ANY),
                ("06-16", _COARSE_OPEN),
                ("10-01", _TROUT_CLOSED))),
            _f("tickets", FOOTER, 0.25,
               (_OLD, "Day tickets £8 from Ure Bank Tackle or online; juniors free with a "
                "paying adult."),
               ("2018-01-01", "Day tickets £10 from Ure Bank Tackle or online; juniors free "
                "with a paying adult.")),
            _f("licence", FOOTER, 0.2,
               (_OLD, "Every angler aged 12 or over needs an Environment Agency rod licence."),
               ("2017-04-01", "Every angler aged 13 or over needs an Environment Agency rod "
                "licence: it’s free for 13 to 16 year olds.")),
            _f("barbless", FOOTER, 0.25,
               (_OLD, "Barbless hooks only, please, and use an unhooking mat for every fish "
                "over 2 lb.")),
            _f("bank", FOOTER, 0.2, *_bank()),
            _f("events", FOOTER, 0.25, *_angling_events()),
            _f("sec-head", FOOTER, 0.4, (_OLD, "Membership secretary")),
            _f("sec", FOOTER, 0.38, (_OLD, "3 Mill Lane, Masham, Ripon HG4 4EB · 01765 555143")),
            _f("algae", FOOTER, 0.04,
               (_OLD, "⚠️ Blue-green algae at the lake: keep dogs out of the water.")),
        ),
    )


# --- a community ski hill's snow reports (Vermont) ------------------------------------------

CONDITIONS = ("❄️ 6\" new in 24 hrs · base 18–30\" · 14 of 22 trails open",
              "❄️ 0\" new in 24 hrs · base 24–36\" · 20 of 22 trails open",
              "❄️ 11\" new in 24 hrs · base 30–42\" · 22 of 22 trails open",
              "❄️ 2\" new in 24 hrs · base 12–20\" · 9 of 22 trails open",
              "❄️ 0\" new in 24 hrs · base 6–14\" · 5 of 22 trails open, snowmaking on")
OFFSEASON = ("🌲 The summit hiking trail is open: park at the base lodge",
             "🚵 Lift-served mountain biking on weekends, 10am–5pm",
             "🍂 Fall foliage chairlift rides on Columbus Day weekend")
PASS_PRICES = {2014: (229, 159), 2015: (239, 169), 2016: (249, 179), 2017: (259, 189),
               2018: (269, 199), 2019: (279, 209), 2020: (279, 209)}  # adult, child: Sep 1 on

_OPEN = "🎿 Lifts run Wednesday to Sunday 9am–4pm, and every day over the holiday weeks."
_WRAP = "🏁 That’s a wrap for the season: thank you for skiing with us!"
_PASSES = "🎟️ Season passes are on sale now: the early-bird price ends October 31."


def winter_carnival(y: int) -> dt.date:
    """The winter carnival: the Saturday of Presidents' Day weekend (the third Monday of
    February)."""
    return nth_weekday(y, 2, 0, 3) - dt.timedelta(days=2)


def pond_skim(y: int) -> dt.date:
    """The pond skim: the last Saturday of March."""
    return last_weekday(y, 3, 5)


def _pass_price() -> tuple[tuple[str, str], ...]:
    def text(y: int) -> str:
        adult, child = PASS_PRICES[y]
        frozen = " Prices frozen this year." if y == 2020 else ""
        return (f"Season pass {y}–{(y + 1) % 100:02d}: ${adult} adults, ${child} kids 6–12, "
                f"under 6 free.{frozen}")

    return ((_OLD, text(2014)),) + tuple((f"{y}-09-01", text(y)) for y in YEARS)


def _ski_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Follow us on Instagram and Facebook for daily snow photos.")]
    events: list[Event] = []
    for y in YEARS:
        carnival = winter_carnival(y)
        events.append((dt.date(y, 2, 1), carnival + dt.timedelta(days=1),
                       f"🎉 Winter Carnival: Saturday {carnival.day} February, with races all "
                       "day and a torchlight parade at 6pm."))
        skim = pond_skim(y)
        text = (f"💦 Pond skim: Saturday {skim.day} March at 1pm. Costumes encouraged!"
                if y != 2020 else "💦 No pond skim this year: see you next winter!")
        events.append((dt.date(y, 3, 15), skim + dt.timedelta(days=1), text))
    return _timeline(base, events)


def pinnacle_style() -> PublisherStyle:
    """A community ski hill's snow reports (Vermont): a kind kicker, "Updated" with a US
    slashed date and a 12-hour time turned "Snow report" with a weekday short date, snow
    conditions in winter (inches) and summer activities, the season (open, a wrap, passes
    on sale; closed early and reservations in 2020), season pass prices by season (frozen
    in 2020), a follow line turned the winter carnival (the Saturday of Presidents' Day
    weekend) and the pond skim (the last Saturday of March; none in 2020), a code line,
    rentals raised in 2019, a ski patrol line, a directions block, a rare wind hold."""
    return PublisherStyle(
        domain="pinnacleridgeski.com", site="Pinnacle Ridge Ski Area", base_size=250,
        subdomains=(("www.", 100),),
        sections=("snow-report", "events", "tickets", "ski-school"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "kind": ("Snow Report", "Events", "Lift Tickets", "Ski School", "Summer"),
            "conditions": CONDITIONS,
            "offseason": OFFSEASON,
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Updated {date_slash} {time12}"),
               ("2018-11-01", "Snow report · {weekday}, {date_short}")),
            _f("conditions", HEADER, 0.3, *_seasons(("04-01", "{offseason}"),
                                                    ("12-01", "{conditions}"))),
            _f("season", FOOTER, 0.3, *_seasons(
                ("04-01", _WRAP), ("09-01", _PASSES), ("12-12", _OPEN),
                special={2020: [("2020-03-15", "🛑 We closed early for the season on March 15 "
                                 "because of COVID-19. Stay safe!"),
                                ("2020-09-01", _PASSES),
                                ("2020-12-12", "🎿 This winter, lift tickets are sold online "
                                 "only, and masks are required in lift lines and the lodge.")]})),
            _f("pass", FOOTER, 0.2, *_pass_price()),
            _f("events", FOOTER, 0.25, *_ski_events()),
            _f("code", FOOTER, 0.25,
               (_OLD, "Know the code: ski and ride in control, and stay on open, marked "
                "trails.")),
            _f("rentals", FOOTER, 0.2,
               (_OLD, "Rentals: $35 adults, $25 kids. Helmets are free with every rental."),
               ("2019-09-01", "Rentals: $38 adults, $28 kids. Helmets are free with every "
                "rental.")),
            _f("patrol", FOOTER, 0.2,
               (_OLD, "Our volunteer ski patrol is always looking for new members: training "
                "starts in October.")),
            _f("find-head", FOOTER, 0.4, (_OLD, "Getting here")),
            _f("find", FOOTER, 0.38,
               (_OLD, "600 Ski Hill Road, Andover, VT 05143 · (802) 555-0143")),
            _f("wind", FOOTER, 0.04,
               (_OLD, "💨 Lifts are on wind hold this morning: check back at 11am.")),
        ),
    )


# --- a makerspace's news (Sheffield) --------------------------------------------------------

NEW_KIT = ("🛠️ New in the space: a second-hand Bridgeport milling machine",
           "🛠️ New in the space: a 60 W laser cutter, replacing the old 40 W one",
           "🛠️ New in the space: two Prusa 3D printers, donated by members",
           "🛠️ New in the space: an overlocker and a heavy-duty sewing machine",
           "🛠️ New in the space: a soldering station with fume extraction")
# The site generator's version, from a few weeks after each release it moved to.
JEKYLL = (("2.5.3", _OLD), ("3.1.0", "2016-02-15"), ("3.4.0", "2017-02-06"),
          ("3.8.0", "2018-05-07"), ("4.0.0", "2019-09-02"), ("4.1.0", "2020-06-08"))


def induction_day(y: int, m: int) -> dt.date:
    """A laser cutter induction: the third Thursday of the month."""
    return nth_weekday(y, m, 3, 3)


def _induction_text(day: dt.date) -> str:
    return f"🔧 Next laser cutter induction: Thursday {day.day} {day:%B}, 7pm. Book on the forum."


def _next_induction() -> tuple[tuple[str, str], ...]:
    months = [(y, m) for y in range(2015, 2021) for m in range(1, 13)]
    out = [(_OLD, _induction_text(induction_day(2015, 1)))]
    for (y, m), (ny, nm) in zip(months, months[1:], strict=False):
        if (y, m) > (2020, 2):
            break
        out.append(((induction_day(y, m) + dt.timedelta(days=1)).isoformat(),
                    _induction_text(induction_day(ny, nm))))
    out.append(("2020-03-17", "🔧 Inductions are paused while the space is closed."))
    out.append(("2020-08-01", "🔧 Inductions are back, two people at a time: book on the "
                "forum."))
    return tuple(out)


def _space_open() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Open evening every Wednesday, 7–10pm: everyone welcome, no need to book."),
            ("2020-03-17", "The space is closed until further notice: stay safe, and keep "
             "making at home."),
            ("2020-07-25", "The space is open to members by booking, six at a time. Open "
             "evenings are on hold.")]
    events: list[Event] = []
    for y in range(2015, 2021):
        events.append((dt.date(y, 12, 20), dt.date(y + 1, 1, 3),
                       "🎄 The space is closed from 24 December to 2 January: happy holidays!"))
    return _timeline(base, events)


def kelham_style() -> PublisherStyle:
    """A makerspace's news (Sheffield): an ISO date slot with the writer turned "Posted by"
    with a handle and a date, new kit, a tag list, the next laser cutter induction (the
    third Thursday of each month; paused, then back, in 2020), open evenings (closed, then
    by booking, in 2020) turned the Christmas closure, membership raised in 2019, a tidy
    rule, a safety rule, Slack turned Discord, the site generator's version, an address
    block, a rare broken laser."""
    return PublisherStyle(
        domain="kelhammakers.org.uk", site="Kelham Makerspace", base_size=210,
        subdomains=(("", 100),),
        sections=("news", "projects", "workshops"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "kit": NEW_KIT,
            "tags": ("laser", "3D printing", "woodwork", "electronics", "open evening",
                     "workshops", "CNC", "sewing"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_iso} · {author}"),
               ("2018-06-01", "Posted by {author_handle} on {date_dmy}")),
            _f("kit", MIDDLE, 0.3, (_OLD, "{kit}")),
            _f("tags", FOOTER, 0.4, (_OLD, "Tags: {tags_list}")),
            _f("induction", FOOTER, 0.3, *_next_induction()),
            _f("open", FOOTER, 0.3, *_space_open()),
            _f("membership", FOOTER, 0.2,
               (_OLD, "Membership: £15 a month, or £7.50 concessions, with 24/7 access by key "
                "fob."),
               ("2019-04-01", "Membership: £18 a month, or £9 concessions, with 24/7 access by "
                "key fob.")),
            _f("tidy", FOOTER, 0.25,
               (_OLD, "Leave it tidier than you found it: clean the machine after use and put "
                "the tools back.")),
            _f("safety", FOOTER, 0.2,
               (_OLD, "Never use a machine you haven’t been inducted on, however simple it "
                "looks.")),
            _f("chat", FOOTER, 0.2,
               (_OLD, "Chat with us on Slack: ask any member for an invite."),
               ("2019-01-01", "Chat with us on Discord: the invite link is on the wiki.")),
            _f("jekyll", FOOTER, 0.3, *((start, f"Built with Jekyll {version} and hosted on "
                                         "GitHub Pages.") for version, start in JEKYLL)),
            _f("find-head", FOOTER, 0.4, (_OLD, "Where we are")),
            _f("find", FOOTER, 0.38,
               (_OLD, "Unit 4, 61 Ball Street, Sheffield S3 8DB · hello@kelhammakers.org.uk")),
            _f("laser", FOOTER, 0.04,
               (_OLD, "🚫 The laser cutter is out of action: a new tube is on order.")),
        ),
    )


# --- a city farm's diary (Bristol) ------------------------------------------------------------

ANIMALS = ("🐐 Meet our new goat kids, Bramble and Sloe, born last week",
           "🐖 The Gloucester Old Spot piglets are ten weeks old and growing fast",
           "🐑 Our Jacob ewes have been sheared: the fleeces are for sale in the shop",
           "🐓 Welcome to our new rescue hens: please give them time to settle",
           "🐴 Barney the Shetland pony turns 25 this month")


def lambing_weekend(y: int) -> tuple[dt.date, dt.date]:
    """Lambing weekend: the Saturday and Sunday a week before Easter Sunday."""
    easter = _day(EASTER_WESTERN[y])
    return easter - dt.timedelta(days=8), easter - dt.timedelta(days=7)


def apple_day(y: int) -> dt.date:
    """Apple Day: the third Sunday of October."""
    return nth_weekday(y, 10, 6, 3)


def _farm_open() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "Open every day 9am–4pm. Entry is free, but donations keep us going."),
            ("2020-03-21", "The farm is closed to visitors for now: our staff are still here "
             "every day caring for the animals."),
            ("2020-07-04", "We’re open again, Wednesday to Sunday 10am–3pm: please follow the "
             "one-way route."))


def _farm_seasonal() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Follow us on Instagram for daily photos of the animals.")]
    events: list[Event] = []
    for y in YEARS:
        sat, sun = lambing_weekend(y)
        text = (f"🐑 Lambing weekend: {sat.day} and {sun.day} {sun:%B}, 10am–3pm. Come and meet "
                "the lambs!" if y != 2020 else
                "🐑 No lambing weekend this year: watch our lambs on Instagram instead.")
        events.append((sat - dt.timedelta(days=14), sun + dt.timedelta(days=1), text))
        day = apple_day(y)
        text = (f"🍎 Apple Day: Sunday {day.day} October, with juicing, apple bobbing and cake."
                if y != 2020 else "🍎 No Apple Day this year: we’ll juice the apples for the "
                "pigs instead.")
        events.append((dt.date(y, 10, 1), day + dt.timedelta(days=1), text))
    return _timeline(base, events)


def fromevale_style() -> PublisherStyle:
    """A city farm's diary (Bristol): "Farm diary" with a month and year turned a weekday
    date with the writer, animal news, opening times (closed, then reopened with a one-way
    route, in 2020), a follow line turned lambing weekend (Palm Sunday weekend, a week
    before Easter; none in 2020) and Apple Day (the third Sunday of October; none in 2020), a
    hand-washing line, a feeding rule, a café line reworded in 2018, a volunteers line, a
    charity line, an address block, a rare fox warning."""
    return PublisherStyle(
        domain="fromevalecityfarm.org.uk", site="Frome Vale City Farm", base_size=170,
        subdomains=(("www.", 100),),
        sections=("diary", "animals", "events"),
        n_authors=2, url_path="/diary/{slug}/",
        pools={"animals": ANIMALS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Farm diary, {month} {year}"),
               ("2019-03-01", "{weekday} {date_dmy} · {author}")),
            _f("animals", MIDDLE, 0.3, (_OLD, "{animals}")),
            _f("open", FOOTER, 0.3, *_farm_open()),
            _f("seasonal", FOOTER, 0.25, *_farm_seasonal()),
            _f("wash", FOOTER, 0.3,
               (_OLD, "Please wash your hands after touching the animals, and before you "
                "eat.")),
            _f("feed", FOOTER, 0.2,
               (_OLD, "Please don’t feed the animals: some foods make them very ill.")),
            _f("cafe", FOOTER, 0.2,
               (_OLD, "Our café serves food grown on the farm: open Wednesday to Sunday, "
                "10am–3pm."),
               ("2018-05-01", "Our café serves food grown on the farm: open every day, "
                "10am–3pm.")),
            _f("volunteer", FOOTER, 0.2,
               (_OLD, "Volunteer with us on weekday mornings: no experience needed, just "
                "wellies.")),
            _f("charity", FOOTER, 0.25,
               (_OLD, "Frome Vale City Farm is a registered charity, no. 1143143.")),
            _f("find-head", FOOTER, 0.4, (_OLD, "Visit the farm")),
            _f("find", FOOTER, 0.38, (_OLD, "Stapleton Road, Bristol BS5 0NJ · 0117 555 0143")),
            _f("fox", FOOTER, 0.04,
               (_OLD, "🦊 We lost two hens to a fox last night: please close the gates behind "
                "you.")),
        ),
    )


def heldout29_styles() -> list[PublisherStyle]:
    """The held-back-29 styles, in the order the generator hands them to publishers."""
    return [
        sughd_style(), deanu_style(), engiadina_style(), sisimiut_style(), verdaponto_style(),
        tregor_style(), tasiq_style(), mandir_style(), urevalley_style(), pinnacle_style(),
        kelham_style(), fromevale_style(),
    ]
