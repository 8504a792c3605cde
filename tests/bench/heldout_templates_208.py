"""The ``held-back-208`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-200 set. It was
written WITHOUT looking at cleanpipe's code (nothing under ``cleanpipe/`` but the generator's
model and template types in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names
come from `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets. The sites, their addresses and phone
numbers are made up.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"Was this page helpful?" line or a share bar. The publishers are the news pages of embassies,
consulates and municipal councils in English, French, Portuguese, Lithuanian, Thai and Kazakh:
an English borough council, a French town hall, a Portuguese municipality, a Lithuanian
district municipality, Ireland's embassy in Portugal, France's consulate-general in Porto,
Portugal's consulate-general in Lyon, Thailand's embassy in Kazakhstan, a Thai town
municipality, a Kazakh district akimat, Kazakhstan's embassy in Lithuania and Lithuania's
embassy in Kazakhstan. The families are the kinds a crawl of such sites holds: dates
localised day by day in English, French, Portuguese (the pre-1990-agreement capitals turned
lower case), Lithuanian, Thai (with the Buddhist-era year) and Kazakh, several changing form
on the day of a redesign or of Astana's renaming as Nur-Sultan; opening hours and the
public-holiday closure notices they turn into on weekdays (French, Portuguese with the four
holidays suspended in 2013-2015, Irish, Lithuanian with Vėlinės from 2020, Thai with its lunar
holidays, Kazakh with Qurban ait, each consulate's host country's too); appointment-system
lines reworded as booking went online and again in the pandemic; fee tables and amounts by
year (Band D council tax and the mayor of each civic year, school-meal prices by school
year, the Portuguese IMI rate, a Lithuanian waste levy and passport fees first shown in euros
and litas, Kazakhstan's monthly calculation index and minimum wage, passport fees in tenge
after the devaluation, consular fee tables, Thai refuse fees and the 2020 land and building
tax); election notices (British pre-election periods and the 2020 postponement, French
votes with the 2020 municipal second round, Portuguese, Lithuanian, Irish, Thai, Kazakh
and diaspora votes at consulates, the Lithuanian dual-citizenship referendum, France's
consular elections put off) and census notices (France's yearly January census, Ireland's
2016 census, Kazakhstan's census moved to 2021); lines that turn every week (alternate-week
bin collections) and every month (a consular exchange rate), "today" lines printed day by day;
mourning, coronation, EXPO-2017 and pandemic notices; related links and advertisement markers
mid-body (some up to two times), photo credits and pools; multi-line blocks (addresses,
emergency numbers, registers, copyright lines), bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    iso_day,
    last_weekday,
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
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
MENESIO = ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
           "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio")  # genitive
SAVAITE = ("pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis",
           "šeštadienis", "sekmadienis")
DUEAN = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
         "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
DUEAN_SAN = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
             "พ.ย.", "ธ.ค.")
WAN = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
AILAR = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
         "қыркүйек", "қазан", "қараша", "желтоқсан")
KUNDER = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")

NUR_SULTAN = dt.date(2019, 3, 23)  # Astana renamed Nur-Sultan

Holiday = tuple[dt.date, dt.date, str]  # first day, last day, name

# --- helpers of this set ------------------------------------------------------------------


def be_year(y: int) -> int:
    """The Buddhist-era year Thai sites print."""
    return y + 543


def thousands(n: int, sep: str) -> str:
    """`n` with `sep` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


def en_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def fr_date(day: dt.date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MOIS[day.month - 1]} {day.year}"


def pt_date(day: dt.date) -> str:
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


def lt_date(day: dt.date) -> str:
    return f"{day.year} m. {MENESIO[day.month - 1]} {day.day} d."


def th_date(day: dt.date) -> str:
    return f"{day.day} {DUEAN[day.month - 1]} {be_year(day.year)}"


def kz_date(day: dt.date) -> str:
    return f"{day.year} жылғы {day.day} {AILAR[day.month - 1]}"


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) on `day`."""
    value = table[0][1]
    for start, v in table:
        if start <= day.isoformat():
            value = v
    return value


def table_wordings(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line whose amount changes on the days of `table`: the value in force on the set's
    first day from the oldest day, then a wording from each later change."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def closures(holidays: list[Holiday], before: int,
             text: Callable[[dt.date, dt.date, str], str]) -> list[Event]:
    """Closure notices shown from `before` days before each holiday to its last day (none
    for a holiday that falls on a weekend)."""
    return [(first - before * ONE, last + ONE, text(first, last, name))
            for first, last, name in sorted(holidays) if on_a_weekday(first, last)]


def on_a_weekday(first: dt.date, last: dt.date) -> bool:
    """Whether a day from `first` to `last` falls from Monday to Friday."""
    return any((first + k * ONE).weekday() < 5 for k in range((last - first).days + 1))


def merged(*lists: list[Holiday]) -> list[Holiday]:
    """Holidays of several countries, a day that is a holiday in two named once (the first
    list's name)."""
    out: dict[dt.date, Holiday] = {}
    for holidays in lists:
        for h in holidays:
            out.setdefault(h[0], h)
    return sorted(out.values())


def one_day(day: dt.date, name: str) -> Holiday:
    return (day, day, name)


def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}:{day.toordinal()}".encode()) / 0xFFFFFFFF * 2 - 1


def level(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...)."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def vote_events(votes: list[tuple[str, str | None, str]], before: int,
                text: Callable[[dt.date, dt.date | None, str], str]) -> list[Event]:
    """Notices of votes ((first round, second round or None, name), ...): from `before` days
    before the first round to the end of the last round's day."""
    out: list[Event] = []
    for first, second, name in votes:
        d1 = iso_day(first)
        d2 = iso_day(second) if second else None
        out.append((d1 - before * ONE, (d2 or d1) + ONE, text(d1, d2, name)))
    return out


# --- holidays -----------------------------------------------------------------------------


def french_holidays(y: int) -> list[Holiday]:
    e = easter(y)
    return [one_day(dt.date(y, 1, 1), "Jour de l'an"), one_day(e + ONE, "lundi de Pâques"),
            one_day(dt.date(y, 5, 1), "fête du Travail"),
            one_day(dt.date(y, 5, 8), "Victoire 1945"), one_day(e + 39 * ONE, "Ascension"),
            one_day(e + 50 * ONE, "lundi de Pentecôte"),
            one_day(dt.date(y, 7, 14), "fête nationale"),
            one_day(dt.date(y, 8, 15), "Assomption"), one_day(dt.date(y, 11, 1), "Toussaint"),
            one_day(dt.date(y, 11, 11), "Armistice 1918"),
            one_day(dt.date(y, 12, 25), "Noël")]


def portuguese_holidays(y: int) -> list[Holiday]:
    """Portugal's holidays (the four suspended from 2013 to 2015 back in 2016), with the
    Carnival and Christmas Eve days off the government grants."""
    e = easter(y)
    out = [one_day(dt.date(y, 1, 1), "Ano Novo"), one_day(carnival_tuesday(y), "Carnaval"),
           one_day(e - 2 * ONE, "Sexta-feira Santa"),
           one_day(dt.date(y, 4, 25), "Dia da Liberdade"),
           one_day(dt.date(y, 5, 1), "Dia do Trabalhador"),
           one_day(dt.date(y, 6, 10), "Dia de Portugal"),
           one_day(dt.date(y, 8, 15), "Assunção de Nossa Senhora"),
           one_day(dt.date(y, 12, 8), "Imaculada Conceição"),
           one_day(dt.date(y, 12, 24), "véspera de Natal"), one_day(dt.date(y, 12, 25), "Natal")]
    if y >= 2016:
        out += [one_day(e + 60 * ONE, "Corpo de Deus"),
                one_day(dt.date(y, 10, 5), "Implantação da República"),
                one_day(dt.date(y, 11, 1), "Dia de Todos os Santos"),
                one_day(dt.date(y, 12, 1), "Restauração da Independência")]
    return sorted(out)


def irish_holidays(y: int) -> list[Holiday]:
    return [one_day(dt.date(y, 1, 1), "New Year's Day"),
            one_day(dt.date(y, 3, 17), "St Patrick's Day"),
            one_day(easter(y) + ONE, "Easter Monday"),
            one_day(nth_weekday(y, 5, 0, 1), "the May Bank Holiday"),
            one_day(nth_weekday(y, 6, 0, 1), "the June Bank Holiday"),
            one_day(nth_weekday(y, 8, 0, 1), "the August Bank Holiday"),
            one_day(last_weekday(y, 10, 0), "the October Bank Holiday"),
            (dt.date(y, 12, 25), dt.date(y, 12, 26), "Christmas Day and St Stephen's Day")]


def lithuanian_holidays(y: int) -> list[Holiday]:
    out = [one_day(dt.date(y, 1, 1), "Naujieji metai"),
           one_day(dt.date(y, 2, 16), "Lietuvos valstybės atkūrimo diena"),
           one_day(dt.date(y, 3, 11), "Lietuvos nepriklausomybės atkūrimo diena"),
           one_day(easter(y) + ONE, "antroji Velykų diena"),
           one_day(dt.date(y, 5, 1), "Tarptautinė darbo diena"),
           one_day(dt.date(y, 6, 24), "Joninės"),
           one_day(dt.date(y, 7, 6), "Valstybės diena"),
           one_day(dt.date(y, 8, 15), "Žolinė"),
           one_day(dt.date(y, 11, 1), "Visų šventųjų diena"),
           (dt.date(y, 12, 24), dt.date(y, 12, 26), "Kūčios ir Kalėdos")]
    if y >= 2020:
        out.append(one_day(dt.date(y, 11, 2), "Vėlinės"))
    return sorted(out)


MAKHA_BUCHA = {2015: "2015-03-04", 2016: "2016-02-22", 2017: "2017-02-11", 2018: "2018-03-01",
               2019: "2019-02-19", 2020: "2020-02-08", 2021: "2021-02-26"}
VISAKHA_BUCHA = {2015: "2015-06-01", 2016: "2016-05-20", 2017: "2017-05-10",
                 2018: "2018-05-29", 2019: "2019-05-18", 2020: "2020-05-06",
                 2021: "2021-05-26"}
LOY_KRATHONG = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-03", 2018: "2018-11-22",
                2019: "2019-11-11", 2020: "2020-10-31"}


def thai_holidays(y: int) -> list[Holiday]:
    """Thailand's government holidays: the king's birthday on 28 July and the day of King
    Bhumibol's passing from 2017."""
    out = [one_day(dt.date(y, 1, 1), "วันขึ้นปีใหม่"),
           one_day(iso_day(MAKHA_BUCHA[y]), "วันมาฆบูชา"),
           one_day(dt.date(y, 4, 6), "วันจักรี"),
           (dt.date(y, 4, 13), dt.date(y, 4, 15), "วันสงกรานต์"),
           one_day(iso_day(VISAKHA_BUCHA[y]), "วันวิสาขบูชา"),
           one_day(dt.date(y, 8, 12), "วันแม่แห่งชาติ"),
           one_day(dt.date(y, 10, 23), "วันปิยมหาราช"),
           one_day(dt.date(y, 12, 5), "วันพ่อแห่งชาติ"),
           one_day(dt.date(y, 12, 10), "วันรัฐธรรมนูญ"),
           one_day(dt.date(y, 12, 31), "วันสิ้นปี")]
    if y >= 2017:
        out += [one_day(dt.date(y, 7, 28), "วันเฉลิมพระชนมพรรษา ร.10"),
                one_day(dt.date(y, 10, 13), "วันคล้ายวันสวรรคต ร.9")]
    if y == 2020:  # Songkran put off because of the epidemic
        out = [h for h in out if h[2] != "วันสงกรานต์"]
    return sorted(out)


QURBAN_AIT = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
              2019: "2019-08-11", 2020: "2020-07-31", 2021: "2021-07-20"}


def kazakh_holidays(y: int) -> list[Holiday]:
    """Kazakhstan's public holidays, Capital Day on 6 July and Qurban ait's first day."""
    return sorted([
        (dt.date(y, 1, 1), dt.date(y, 1, 2), "Жаңа жыл"),
        one_day(dt.date(y, 1, 7), "Православиелік Рождество"),
        one_day(dt.date(y, 3, 8), "Халықаралық әйелдер күні"),
        (dt.date(y, 3, 21), dt.date(y, 3, 23), "Наурыз мейрамы"),
        one_day(dt.date(y, 5, 1), "Қазақстан халқының бірлігі мерекесі"),
        one_day(dt.date(y, 5, 7), "Отан қорғаушы күні"),
        one_day(dt.date(y, 5, 9), "Жеңіс күні"),
        one_day(dt.date(y, 7, 6), "Астана күні"),
        one_day(iso_day(QURBAN_AIT[y]), "Құрбан айт"),
        one_day(dt.date(y, 8, 30), "Конституция күні"),
        one_day(dt.date(y, 12, 1), "Тұңғыш Президент күні"),
        (dt.date(y, 12, 16), dt.date(y, 12, 17), "Тәуелсіздік күні")])


def every_year(holidays: Callable[[int], list[Holiday]]) -> list[Holiday]:
    return [h for y in range(2015, 2022) for h in holidays(y)]


# --- an English borough council -----------------------------------------------------------

HW_REDESIGN = dt.date(2018, 9, 24)  # relaunched for the public-sector accessibility rules
HW_NEWSLETTER = dt.date(2017, 4, 3)
COUNCIL_TAX = (("2014-04-01", "£1,502.19 (Harwell's share £178.45)"),
               ("2015-04-01", "£1,516.51 (Harwell's share £178.45)"),
               ("2016-04-01", "£1,561.88 (Harwell's share £183.45)"),
               ("2017-04-01", "£1,617.54 (Harwell's share £188.45)"),
               ("2018-04-01", "£1,693.07 (Harwell's share £193.45)"),
               ("2019-04-01", "£1,763.38 (Harwell's share £198.45)"),
               ("2020-04-01", "£1,832.42 (Harwell's share £203.45)"))
# Mayor-making at each annual council in May; the 2020 meeting was cancelled and the mayor
# stayed on.
MAYORS = (("2014-05-21", "Councillor Margaret Olney"), ("2015-05-20", "Councillor Dev Sandhu"),
          ("2016-05-18", "Councillor Peter Carew"), ("2017-05-17", "Councillor Ann Whitlock"),
          ("2018-05-16", "Councillor Tunde Bakare"), ("2019-05-22", "Councillor Helen Marsh"))
HW_POLLS = (("2015-05-07", "the general, borough and parish elections"),
            ("2016-05-05", "the Police and Crime Commissioner election"),
            ("2016-06-23", "the EU referendum"),
            ("2017-05-04", "the county council elections"),
            ("2017-06-08", "the general election"),
            ("2019-05-02", "the borough and parish elections"),
            ("2019-05-23", "the European Parliament election"),
            ("2019-12-12", "the general election"))


def _hw_dated(day: dt.date) -> str:
    if day < HW_REDESIGN:
        return f"Published: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Published on {WEEKDAYS[day.weekday()]} {en_date(day)}"


def _hw_bins(day: dt.date) -> str:
    monday = day - day.weekday() * ONE
    kind = ("blue bin (recycling) and food caddy" if monday.toordinal() // 7 % 2
            else "green bin (general waste) and food caddy")
    return (f"Bin collections this week (from Monday {monday.day} "
            f"{MONTHS[monday.month - 1]}): {kind}")


@cache
def _hw_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for email updates from Harwell Borough Council"),
                  (HW_NEWSLETTER.isoformat(), "📧 Council news in your inbox every fortnight: "
                                              "sign up to our e-newsletter"))
    polls = [(iso_day(day) - 28 * ONE, iso_day(day) + ONE,
              f"Pre-election period: council publicity is restricted until after {name} on "
              f"{WEEKDAYS[iso_day(day).weekday()]} {en_date(iso_day(day))}.")
             for day, name in HW_POLLS]
    postponed = [_span("2020-03-13", "2020-03-22", "The elections due on 7 May 2020 are "
                                                   "postponed to May 2021 because of "
                                                   "coronavirus.")]
    christmas = _yearly("12-14", 0, 25, lambda y: f"🎄 Christmas and New Year {y}: bin "
                                                  f"collection days change. Check yours "
                                                  f"before you put your bin out.")
    covid = [(iso_day("2020-03-23"), None, "Coronavirus (COVID-19): council services, and "
                                           "where to get help")]
    canvass = _yearly("07-01", 0, 152, lambda y: (
        f"Annual canvass {y}: please reply to your household enquiry form so you stay on the "
        f"electoral register." if y < 2020 else
        "Annual canvass 2020: check the email or letter we send you; many households no "
        "longer need to reply."))
    return _calendar(base, postponed, polls, christmas, covid, canvass)


def harwell_style() -> PublisherStyle:
    """An English borough council's news pages: a category from a pool, "Published:" with
    the numeric date turned the weekday and the long date on the day of the 2018 redesign (a
    wording per day), the press office line, an alert banner reworded and turned by each
    pre-election period (general, borough, county, PCC and European elections, the EU
    referendum), the 2020 postponement, Christmas bin changes, the pandemic and the annual
    canvass, the week's alternate bin collection (a wording per week), "Related news:" and
    advertisement markers (up to twice) mid-body, a photo line with the mayor of each civic
    year (no change in 2020), a report-it line, the year's Band D council tax (changing each
    April), "Was this page helpful?", "ENDS" and the media line (a block), the address and
    copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="harwell.gov.uk", site="Harwell Borough Council", base_size=250,
        subdomains=(("www.", 90), ("news.", 10)),
        sections=("news", "council-and-democracy", "bins-and-recycling", "planning",
                  "housing", "leisure"),
        n_authors=5, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={"category": ("News", "Press release", "Consultation", "Elections",
                            "Bins and recycling", "Planning", "Council tax", "Community"),
               "photo": ("the Civic Centre", "the new play area at Mill Lane Park",
                         "the switch-on of the Christmas lights", "the Armistice Day parade",
                         "the opening of the refurbished leisure centre")},
        families=(
            _f("category", HEADER, 0.55, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_hw_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "Posted by the Communications Team"),
               (HW_REDESIGN.isoformat(), "From: Harwell Borough Council press office")),
            _f("notice", HEADER, 0.3, *_hw_notice()),
            _f("bins", HEADER, 0.15, *_by_day(_hw_bins)),
            _f("related", MIDDLE, 0.35, (_OLD, "Related news: {other_title}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("mayor", MIDDLE, 0.15, *table_wordings(
                MAYORS, lambda v: f"Pictured: the Mayor of Harwell, {v}, at {{photo}}.")),
            _f("report", MIDDLE, 0.1, (_OLD, "Report it online: missed bins, fly-tipping, "
                                             "potholes and broken street lights.")),
            _f("council-tax", FOOTER, 0.15, *table_wordings(
                COUNCIL_TAX, lambda v: f"Council tax this year: Band D {v}.")),
            _f("helpful", FOOTER, 0.5, (_OLD, "Was this page helpful? Yes / No")),
            _f("ends", FOOTER, 0.45, (_OLD, "ENDS")),
            _f("media", FOOTER, 0.45, (_OLD, "Media enquiries: press office 01632 960 417, "
                                             "press@harwell.gov.uk (journalists only)")),
            _f("address", FOOTER, 0.3, (_OLD, "Harwell Borough Council, Civic Centre, Market "
                                              "Place, Harwell HL1 1AA")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Harwell Borough Council {year}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article was updated to "
                                                  "give the right closing date for comments.")),
        ),
    )


# --- a French town hall -------------------------------------------------------------------

SA_REDESIGN = dt.date(2019, 9, 2)  # relaunched for the school year
SA_LETTRE = dt.date(2018, 1, 8)
SA_RGAA = dt.date(2020, 9, 23)  # accessibility statement required on the home page
SA_REU = dt.date(2019, 1, 1)  # the single electoral register: registration all year
SA_VOTES = [("2015-03-22", "2015-03-29", "Élections départementales"),
            ("2015-12-06", "2015-12-13", "Élections régionales"),
            ("2017-04-23", "2017-05-07", "Élection présidentielle"),
            ("2017-06-11", "2017-06-18", "Élections législatives"),
            ("2019-05-26", None, "Élections européennes")]
CANTINE = (("2014-09-01", "de 0,95 € à 3,90 €"), ("2015-09-01", "de 0,95 € à 3,95 €"),
           ("2016-09-01", "de 1,00 € à 4,00 €"), ("2017-09-01", "de 1,00 € à 4,05 €"),
           ("2018-09-01", "de 1,00 € à 4,10 €"), ("2019-09-01", "de 1,00 € à 4,15 €"),
           ("2020-09-01", "de 1,00 € à 4,20 €"))


def recensement_days(y: int) -> tuple[dt.date, dt.date]:
    """France's yearly census in a town of 10,000 or more: from the third Thursday of
    January for five weeks, to a Saturday."""
    start = nth_weekday(y, 1, 3, 3)
    return start, start + 37 * ONE


def _sa_dated(day: dt.date) -> str:
    if day < SA_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Mis en ligne le {JOURS[day.weekday()]} {fr_date(day)}"


def _fr_rounds(d1: dt.date, d2: dt.date | None, name: str) -> str:
    if d2 is None:
        return (f"🗳️ {name} : dimanche {fr_date(d1)}, bureaux de vote ouverts de 8 h à 18 h. "
                f"Pensez à votre pièce d'identité.")
    days = (f"{d1.day} et {d2.day} {MOIS[d2.month - 1]}" if d1.month == d2.month
            else f"{d1.day} {MOIS[d1.month - 1]} et {d2.day} {MOIS[d2.month - 1]}")
    return (f"🗳️ {name} : dimanches {days} {d2.year}, bureaux de vote ouverts de 8 h à 18 h. "
            f"Pensez à votre pièce d'identité.")


@cache
def _sa_scrutin() -> Wordings:
    base = _steps((_OLD, "Inscriptions sur les listes électorales jusqu'au 31 décembre, en "
                         "mairie ou en ligne"),
                  (SA_REU.isoformat(), "Inscription sur les listes électorales toute l'année, "
                                       "jusqu'au 6e vendredi avant chaque scrutin"))
    municipales = [
        _span("2020-03-01", "2020-03-15", "🗳️ Élections municipales : 1er tour le dimanche 15 "
                                          "mars 2020, bureaux de vote ouverts de 8 h à 18 h"),
        _span("2020-03-16", "2020-05-22", "Le second tour des élections municipales est "
                                          "reporté : le conseil municipal sortant reste en "
                                          "fonctions"),
        _span("2020-05-23", "2020-06-28", "🗳️ Second tour des élections municipales le "
                                          "dimanche 28 juin 2020 : masque obligatoire, "
                                          "apportez votre stylo"),
    ]
    votes = vote_events(SA_VOTES, 14, _fr_rounds)
    census = []
    for y in YEARS:
        start, end = recensement_days(y)
        census.append((start - 7 * ONE, end + ONE,
                       f"Recensement {y} : un agent recenseur muni de sa carte officielle peut "
                       f"passer chez vous du {start.day} janvier au {end.day} février"))
    census.append(_span("2020-12-01", "2021-01-10", "Le recensement de la population prévu "
                                                    "en janvier 2021 est reporté à 2022"))
    return _calendar(base, municipales, votes, census)


def _sa_closed(first: dt.date, last: dt.date, name: str) -> str:
    if name == "Ascension":
        bridge = first + ONE
        return (f"La mairie sera fermée le jeudi {first.day} et le vendredi {bridge.day} "
                f"{MOIS[bridge.month - 1]} {bridge.year} (pont de l'Ascension).")
    return (f"La mairie sera fermée le {JOURS[first.weekday()]} {fr_date(first)} "
            f"({name}).")


@cache
def _sa_horaires() -> Wordings:
    base = _steps((_OLD, "Accueil de la mairie : du lundi au vendredi de 8 h 30 à 12 h et de "
                         "13 h 30 à 17 h 30, le samedi de 9 h à 12 h (état civil)"),
                  ("2018-09-03", "Accueil de la mairie : du lundi au vendredi de 8 h 30 à "
                                 "12 h 30 et de 13 h 30 à 17 h 30 ; fermé le samedi"))
    covid = [
        _span("2020-03-17", "2020-05-10", "Confinement : la mairie est fermée au public, "
                                          "accueil téléphonique de 9 h à 12 h"),
        _span("2020-05-11", "2020-10-29", "Accueil de la mairie sur rendez-vous, port du "
                                          "masque obligatoire"),
        _span("2020-10-30", "2020-12-14", "Confinement : la mairie reste ouverte, sur "
                                          "rendez-vous uniquement"),
    ]
    holidays = closures([(a, b + ONE if n == "Ascension" else b, n)
                         for a, b, n in every_year(french_holidays)], 4, _sa_closed)
    return _calendar(base, covid, holidays)


def saintaubin_style() -> PublisherStyle:
    """A French town hall's news pages: a section from a pool, "Publié le" with the numeric
    date turned "Mis en ligne le" with the weekday and the long date at the 2019 school year
    (a wording per day), the communication department's line, a banner of the electoral
    registration deadline (reworded for the 2019 single register) turned by each vote
    (départementales, régionales, présidentielle, législatives, européennes, the 2020
    municipal rounds with the second put off to June) and each January's census (the 2021
    one put off), "À lire aussi :" mid-body, a photo credit from a pool, the school-meal
    prices of each school year, the opening hours reworded and turned by each public
    holiday's closure (with the Ascension bridge) and the lockdowns, a newsletter line
    reworded, the address line and the copyright line with the accessibility mention added
    in 2020 (a block), a rare erratum."""
    return PublisherStyle(
        domain="saintaubin-des-pres.fr", site="Ville de Saint-Aubin-des-Prés", base_size=220,
        subdomains=(("www.", 100),),
        sections=("actualites", "vie-municipale", "enfance-jeunesse", "travaux", "culture"),
        n_authors=4, url_path="/actualites/{slug}",
        pools={"rubrique": ("Vie municipale", "Élections", "Enfance et jeunesse", "Travaux",
                            "Culture", "Solidarités", "Environnement", "Conseil municipal"),
               "credit": ("Ville de Saint-Aubin-des-Prés", "Service communication",
                          "J. Marchal", "Photothèque municipale")},
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.9, *_by_day(_sa_dated)),
            _f("auteur", HEADER, 0.3, (_OLD, "Service communication")),
            _f("scrutin", HEADER, 0.3, *_sa_scrutin()),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("credit", MIDDLE, 0.25, (_OLD, "Crédit photo : {credit}")),
            _f("cantine", FOOTER, 0.12, *table_wordings(CANTINE, lambda v: (
                f"Restauration scolaire : {v} le repas selon le quotient familial."))),
            _f("horaires", FOOTER, 0.35, *_sa_horaires()),
            _f("lettre", FOOTER, 0.25,
               (_OLD, "Recevez la lettre d'information de la ville chaque mois"),
               (SA_LETTRE.isoformat(), "📩 Abonnez-vous à « Saint-Aubin Infos », la lettre "
                                       "hebdomadaire de la ville")),
            _f("adresse", FOOTER, 0.3, (_OLD, "Hôtel de ville – 2, place de la Mairie – 37250 "
                                              "Saint-Aubin-des-Prés – 02 47 00 31 80")),
            _f("copyright", FOOTER, 0.35,
               (_OLD, "© {year} Ville de Saint-Aubin-des-Prés – Mentions légales – Plan du "
                      "site"),
               (SA_RGAA.isoformat(), "© {year} Ville de Saint-Aubin-des-Prés – Mentions "
                                     "légales – Accessibilité : partiellement conforme")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : la réunion publique a lieu salle "
                                               "des fêtes et non en mairie.")),
        ),
    )


# --- a Portuguese municipality ------------------------------------------------------------

VV_AO90 = dt.date(2016, 9, 1)  # the site adopts the 1990 spelling agreement
VV_REDESIGN = dt.date(2019, 3, 4)
VV_NEWSLETTER = dt.date(2018, 5, 25)
VV_VOTES = [("2015-10-04", None, "Eleições Legislativas"),
            ("2016-01-24", None, "Eleição do Presidente da República"),
            ("2017-10-01", None, "Eleições Autárquicas"),
            ("2019-05-26", None, "Eleições Europeias"),
            ("2019-10-06", None, "Eleições Legislativas")]
IMI = (("2014-01-01", "0,40%"), ("2016-01-01", "0,38%"), ("2017-01-01", "0,36%"),
       ("2018-01-01", "0,35%"), ("2019-01-01", "0,33%"), ("2020-01-01", "0,32%"))
OLD_MESES = tuple(m.capitalize() for m in MESES)


def _vv_dated(day: dt.date) -> str:
    if day < VV_AO90:
        return f"Publicado em {day.day} de {OLD_MESES[day.month - 1]} de {day.year}"
    if day < VV_REDESIGN:
        return f"Publicado em {pt_date(day)}"
    return f"{day.day:02d}-{day.month:02d}-{day.year} · {{time}}"


def _vv_closed(first: dt.date, last: dt.date, name: str) -> str:
    if name in ("Carnaval", "véspera de Natal"):
        return (f"Tolerância de ponto: os serviços municipais estarão encerrados no dia "
                f"{first.day} de {MESES[first.month - 1]} ({name}).")
    return (f"Os serviços municipais estarão encerrados no dia {first.day} de "
            f"{MESES[first.month - 1]}, feriado ({name}).")


@cache
def _vv_atendimento() -> Wordings:
    base = _steps((_OLD, "Balcão Único de Atendimento: de segunda a sexta-feira, das 9h00 às "
                         "16h00"))
    covid = [
        _span("2020-03-16", "2020-05-17", "Estado de emergência: atendimento presencial "
                                          "suspenso, contacte-nos por telefone ou e-mail"),
        (iso_day("2020-05-18"), None, "Atendimento presencial apenas mediante marcação "
                                      "prévia, com uso obrigatório de máscara"),
    ]
    holidays = every_year(portuguese_holidays) + [
        one_day(dt.date(y, 6, 29), "feriado municipal de São Pedro") for y in range(2015, 2022)]
    return _calendar(base, covid, closures(sorted(holidays), 3, _vv_closed))


@cache
def _vv_aviso() -> Wordings:
    base = _steps((_OLD, "Subscreva a newsletter municipal e receba as novidades do concelho"),
                  (VV_NEWSLETTER.isoformat(), "📩 Receba as notícias do Município no seu "
                                              "e-mail: subscreva a newsletter"))
    votes = vote_events(VV_VOTES, 10, lambda d1, _d2, name: (
        f"🗳️ {name} – {pt_date(d1)}: as assembleias de voto funcionam das 8h00 às 19h00"))
    festas = _yearly("06-29", 9, 1, lambda y: (
        f"Festas de São Pedro {y}: consulte o programa completo" if y != 2020 else
        "As Festas de São Pedro 2020 foram canceladas"))
    covid = [_span("2020-03-13", "2020-05-02", "COVID-19: siga as recomendações da "
                                               "Direção-Geral da Saúde e fique em casa")]
    censos = [_span("2020-12-01", "2021-01-10", "Censos 2021: inscreva-se como recenseador "
                                                "até 10 de janeiro")]
    return _calendar(base, covid, votes, festas, censos)


def vilaverde_style() -> PublisherStyle:
    """A Portuguese municipality's news pages: a category from a pool, "Publicado em" with the
    long date (months capitalised until the site took up the 1990 spelling agreement in
    September 2016, then the numeric date and the time from the 2019 redesign: a wording per
    day), "Veja também:" mid-body, a photo credit from a pool, a banner of the newsletter
    (reworded with the GDPR) turned by each election, the São Pedro festivities (cancelled in
    2020), the state of emergency and the Census 2021 recruitment, the year's IMI rate, the
    office hours turned by each holiday's closure (no closures on the four holidays
    suspended until 2016, the municipal holiday, Carnival and Christmas Eve), the share
    bar, the address line and the privacy line reworded for the GDPR (a block), the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="cm-vilaverdedomar.pt", site="Município de Vila Verde do Mar", base_size=195,
        subdomains=(("www.", 100),),
        sections=("noticias", "acao-social", "ambiente", "cultura", "desporto", "educacao"),
        n_authors=3, url_path="/noticias/{slug}",
        pools={"categoria": ("Atualidade", "Ação Social", "Ambiente", "Cultura", "Desporto",
                             "Educação", "Obras Municipais", "Proteção Civil"),
               "foto": ("CMVVM", "Gabinete de Comunicação", "Rui Amaral", "Arquivo Municipal")},
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_vv_dated)),
            _f("aviso", HEADER, 0.3, *_vv_aviso()),
            _f("veja", MIDDLE, 0.3, (_OLD, "Veja também: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotografia: {foto}")),
            _f("imi", FOOTER, 0.12, *table_wordings(IMI, lambda v: (
                f"Taxa de IMI em vigor (prédios urbanos): {v}, com IMI Familiar para "
                f"agregados com dependentes."))),
            _f("atendimento", FOOTER, 0.3, *_vv_atendimento()),
            _f("partilhar", FOOTER, 0.4, (_OLD, "Partilhar: Facebook · Twitter · E-mail")),
            _f("morada", FOOTER, 0.35, (_OLD, "Município de Vila Verde do Mar · Praça da "
                                              "República · 4495-312 Vila Verde do Mar · Tel. "
                                              "252 000 100")),
            _f("privacidade", FOOTER, 0.3, (_OLD, "Política de privacidade · Termos de "
                                                  "utilização"),
               ("2018-05-25", "Política de Privacidade e Proteção de Dados (RGPD) · Termos de "
                              "utilização")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Município de Vila Verde do Mar. "
                                                "Todos os direitos reservados.")),
            _f("correcao", HEADER, 0.04, (_OLD, "Nota: notícia corrigida às 17h00 com a data "
                                                "certa da sessão.")),
        ),
    )


# --- a Lithuanian district municipality ---------------------------------------------------

PM_REDESIGN = dt.date(2019, 4, 1)
PM_NAUJIENLAISKIS = dt.date(2017, 5, 2)
LITAS = 3.4528  # litas to the euro, fixed; prices shown in both to the end of June 2015
PM_VOTES = [("2015-03-01", "2015-03-15", "Savivaldybių tarybų ir merų rinkimai"),
            ("2016-10-09", "2016-10-23", "Seimo rinkimai"),
            ("2019-03-03", "2019-03-17", "Savivaldybių tarybų ir merų rinkimai"),
            ("2019-05-12", "2019-05-26", "Respublikos Prezidento rinkimai ir referendumas"),
            ("2020-10-11", "2020-10-25", "Seimo rinkimai")]
RINKLIAVA = (("2015-01-01", (17.40, True)), ("2015-07-01", (17.40, False)),
             ("2016-01-01", (18.20, False)), ("2017-01-01", (19.80, False)),
             ("2018-01-01", (21.00, False)), ("2019-01-01", (23.60, False)),
             ("2020-01-01", (26.40, False)))


def _pm_dated(day: dt.date) -> str:
    if day < PM_REDESIGN:
        return day.isoformat()
    return f"{lt_date(day)} {{time}}"


def _pm_closed(first: dt.date, last: dt.date, name: str) -> str:
    days = f"{first.day}" if first == last else f"{first.day}–{last.day}"
    return (f"{MENESIO[first.month - 1].capitalize()} {days} d. ({name}) savivaldybės "
            f"administracija nedirbs; prieššventinę dieną dirbama valanda trumpiau.")


@cache
def _pm_darbo_laikas() -> Wordings:
    base = _steps((_OLD, "Administracijos darbo laikas: I–IV 8.00–17.00, V 8.00–15.45, pietų "
                         "pertrauka 12.00–12.45"))
    covid = [
        _span("2020-03-16", "2020-06-16", "Karantinas: gyventojai aptarnaujami nuotoliniu būdu, "
                                          "telefonu ir el. paštu"),
        (iso_day("2020-11-07"), None, "Karantinas: į savivaldybę atvykti tik iš anksto "
                                      "užsiregistravus"),
    ]
    return _calendar(base, covid, closures(every_year(lithuanian_holidays), 3, _pm_closed))


def _lt_rounds(d1: dt.date, d2: dt.date | None, name: str) -> str:
    second = f", pakartotinis balsavimas – {MENESIO[d2.month - 1]} {d2.day} d." if d2 else ""
    return f"🗳️ {name} – {lt_date(d1)}{second} Apylinkės dirba 7–20 val."


@cache
def _pm_rinkimai() -> Wordings:
    base = _steps((_OLD, "Sekite savivaldybės naujienas socialiniame tinkle „Facebook“"),
                  (PM_NAUJIENLAISKIS.isoformat(), "📬 Užsiprenumeruokite savivaldybės "
                                                  "naujienlaiškį ir gaukite naujienas el. "
                                                  "paštu"))
    return _calendar(base, vote_events(PM_VOTES, 14, _lt_rounds))


def _pm_rinkliava(value: tuple[float, bool]) -> str:
    eur, dual = value
    amount = f"{eur:.2f}".replace(".", ",")
    litai = f" ({eur * LITAS:.2f} Lt)".replace(".", ",") if dual else ""
    return (f"Vietinė rinkliava už komunalinių atliekų surinkimą: {amount} Eur{litai} per "
            f"metus už butą.")


def pamario_style() -> PublisherStyle:
    """A Lithuanian district municipality's news pages: a heading from a pool, the ISO date
    turned the long date and the time on 1 April 2019 (a wording per day), "Parengė" with the
    writer, a banner of the Facebook page turned a newsletter appeal and turned by each
    election (municipal, Seimas, presidential with the referendum), "Skaitykite taip pat:"
    mid-body, a photo credit from a pool, the waste levy shown in euros and litas until the
    end of June 2015 and then by year, the office hours turned by each holiday's closure
    (Vėlinės from 2020) and the quarantines, the share bar, the address and register lines
    (a block), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="pamariosav.lt", site="Pamario rajono savivaldybė", base_size=170,
        subdomains=(("www.", 100),),
        sections=("naujienos", "taryba", "svietimas", "socialine-parama", "kultura"),
        n_authors=4, url_path="/naujienos/{slug}",
        pools={"rubrika": ("Naujienos", "Savivaldybės taryba", "Švietimas",
                           "Socialinė parama", "Kultūra", "Statyba ir infrastruktūra",
                           "Sveikata"),
               "nuotr": ("Savivaldybės archyvo nuotr.", "Jono Baranausko nuotr.",
                         "Viešųjų ryšių skyriaus nuotr.", "Rūtos Vaitkienės nuotr.")},
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.85, *_by_day(_pm_dated)),
            _f("parenge", HEADER, 0.35, (_OLD, "Parengė {author}")),
            _f("rinkimai", HEADER, 0.3, *_pm_rinkimai()),
            _f("skaitykite", MIDDLE, 0.3, (_OLD, "Skaitykite taip pat: {other_title}")),
            _f("nuotr", MIDDLE, 0.25, (_OLD, "{nuotr}")),
            _f("rinkliava", FOOTER, 0.12, *table_wordings(
                tuple((s, s) for s, _ in RINKLIAVA),
                lambda s: _pm_rinkliava(dict(RINKLIAVA)[s]))),
            _f("darbo-laikas", FOOTER, 0.3, *_pm_darbo_laikas()),
            _f("dalintis", FOOTER, 0.4, (_OLD, "Dalintis: Facebook | Twitter | El. paštas")),
            _f("kontaktai", FOOTER, 0.35, (_OLD, "Pamario rajono savivaldybės administracija, "
                                                 "Turgaus a. 1, LT-99112 Pamarys, tel. "
                                                 "(8 441) 00 100")),
            _f("registras", FOOTER, 0.3, (_OLD, "Duomenys kaupiami ir saugomi Juridinių asmenų "
                                                "registre, kodas 188700000")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Pamario rajono savivaldybė. Visos "
                                                "teisės saugomos.")),
            _f("patikslinta", HEADER, 0.04, (_OLD, "Patikslinta: pakeista gyventojų susitikimo "
                                                   "data.")),
        ),
    )


# --- Ireland's embassy in Portugal --------------------------------------------------------

IE_REDESIGN = dt.date(2018, 3, 17)  # relaunched on St Patrick's Day
IE_PASSPORT_ONLINE = dt.date(2017, 3, 29)
IE_NEWSLETTER = dt.date(2019, 2, 1)
IE_FEES = (("2014-01-01", "adult €80, child €20"),
           ("2015-10-05", "adult €80, child €20; Passport Card €35"),
           ("2019-03-01", "adult €75 online or €80 by post, child €20; Passport Card €35"))
IE_VOTES = (("2015-05-22", "the referendums on marriage equality and the age of candidacy"),
            ("2016-02-26", "the general election"),
            ("2018-05-25", "the referendum on the Eighth Amendment"),
            ("2018-10-26", "the presidential election and the blasphemy referendum"),
            ("2019-05-24", "the local and European elections and the divorce referendum"),
            ("2020-02-08", "the general election"))


def _ie_dated(day: dt.date) -> str:
    if day < IE_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return en_date(day)


def _ie_closed(first: dt.date, last: dt.date, name: str) -> str:
    when = (f"{WEEKDAYS[first.weekday()]} {en_date(first)}" if first == last else
            f"{first.day} and {en_date(last)}")
    return f"The Embassy will be closed on {when} for {name}."


@cache
def _ie_hours() -> Wordings:
    base = _steps((_OLD, "Public office: Monday to Friday, 10.00 to 12.30. Closed on Irish and "
                         "Portuguese public holidays."))
    covid = [
        _span("2020-03-16", "2020-06-14", "The public office is closed: emergency consular "
                                          "assistance by phone only."),
        (iso_day("2020-06-15"), None, "The public office is open by appointment only."),
    ]
    portuguese = {"Dia da Liberdade": "Portugal's Freedom Day",
                  "Dia de Portugal": "Portugal Day",
                  "Implantação da República": "Republic Day",
                  "Restauração da Independência": "Restoration of Independence Day",
                  "Imaculada Conceição": "the Feast of the Immaculate Conception",
                  "Corpo de Deus": "Corpus Christi",
                  "Assunção de Nossa Senhora": "the Assumption",
                  "Sexta-feira Santa": "Good Friday",
                  "Dia de Todos os Santos": "All Saints' Day"}
    host = [(a, b, portuguese[n]) for a, b, n in every_year(portuguese_holidays)
            if n in portuguese]
    host += [one_day(dt.date(y, 6, 13), "Santo António, Lisbon's holiday")
             for y in range(2015, 2022)]
    return _calendar(base, covid, closures(merged(every_year(irish_holidays), host), 4,
                                           _ie_closed))


@cache
def _ie_notice() -> Wordings:
    base = _steps((_OLD, "Follow the Embassy on Twitter for news and travel advice"),
                  (IE_NEWSLETTER.isoformat(), "✉️ Irish in Portugal? Sign up to the "
                                              "Embassy's monthly newsletter"))
    votes = [(iso_day(day) - 21 * ONE, iso_day(day) + ONE,
              f"🗳️ Polling day {en_date(iso_day(day))} ({name}): Irish citizens living abroad "
              f"are generally not entitled to vote.") for day, name in IE_VOTES]
    census = [_span("2016-04-10", "2016-04-24", "Census 2016 is on Sunday 24 April: everyone "
                                                "in Ireland that night is counted, visitors "
                                                "too.")]
    covid = [(iso_day("2020-03-13"), None, "COVID-19: read our travel advice for Irish "
                                           "citizens in Portugal, updated as rules change.")]
    patrick = _yearly("03-17", 10, 0, lambda y: (
        f"☘️ St Patrick's Day {y}: join the Irish community in Lisbon for the celebrations."))
    return _calendar(base, votes, covid, census, patrick)


def irishembassy_style() -> PublisherStyle:
    """Ireland's embassy in Portugal, in English: a topic from a pool, the numeric date
    turned the long date on St Patrick's Day 2018 (a wording per day), a banner of the
    Twitter account turned a newsletter appeal and turned by each Irish vote (citizens
    abroad cannot vote), the 2016 census, St Patrick's Day and the pandemic, "See also:"
    mid-body, a passport line reworded for Passport Online, the passport fees (the card from
    October 2015, the online fee from 2019), the public office hours turned by each Irish and
    Portuguese holiday's closure (Lisbon's Santo António too) and the pandemic, the share
    bar, the address and emergency lines (a block), the external-links disclaimer, a rare
    correction."""
    return PublisherStyle(
        domain="irishembassylisbon.org", site="Embassy of Ireland, Portugal", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "passports", "consular", "culture", "trade"),
        n_authors=2, url_path="/news-and-events/{yyyy}/{slug}",
        pools={"topic": ("News and events", "Passports", "Consular assistance", "Culture",
                         "Trade and investment", "Irish community")},
        families=(
            _f("topic", HEADER, 0.45, (_OLD, "{topic}")),
            _f("dated", HEADER, 0.85, *_by_day(_ie_dated)),
            _f("notice", HEADER, 0.3, *_ie_notice()),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("passport", FOOTER, 0.3,
               (_OLD, "Passport applications from Portugal are sent to the Embassy by "
                      "registered post."),
               (IE_PASSPORT_ONLINE.isoformat(), "Renewing your passport? Adults can now apply "
                                                "online with Passport Online.")),
            _f("fees", FOOTER, 0.15, *table_wordings(
                IE_FEES, lambda v: f"Passport fees: {v}.")),
            _f("hours", FOOTER, 0.35, *_ie_hours()),
            _f("share", FOOTER, 0.3, (_OLD, "Share: Facebook · Twitter · LinkedIn · Email")),
            _f("address", FOOTER, 0.35, (_OLD, "Embassy of Ireland, Rua Castilho 45, 3.º, "
                                               "1250-068 Lisboa · +351 21 000 4100")),
            _f("emergency", FOOTER, 0.35, (_OLD, "Out of hours, Irish citizens in an emergency "
                                                 "can call +351 91 000 4199.")),
            _f("disclaimer", FOOTER, 0.15, (_OLD, "The Embassy is not responsible for the "
                                                  "content of external websites.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the date of the reception has "
                                                  "been changed.")),
        ),
    )


# --- France's consulate-general in Porto --------------------------------------------------

FP_REDESIGN = dt.date(2019, 5, 6)
FP_REGISTRE = dt.date(2016, 6, 1)  # registration online
FP_RDV_EN_LIGNE = dt.date(2017, 3, 20)
FP_MEAE = dt.date(2017, 5, 17)  # the ministry renamed "de l'Europe et des Affaires étrangères"
FP_ENVOI = (("2014-01-01", "10 €"), ("2018-01-01", "12 €"))


def _fp_dated(day: dt.date) -> str:
    if day < FP_REDESIGN:
        return f"Dernière modification : {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publié le {JOURS[day.weekday()]} {fr_date(day)}"


@cache
def _fp_elections() -> Wordings:
    base = _steps((_OLD, "Pensez à vous inscrire au registre des Français établis hors de "
                         "France"),
                  (FP_REGISTRE.isoformat(), "Inscrivez-vous en ligne au registre des Français "
                                            "établis hors de France sur service-public.fr"))
    votes = [
        _span("2017-04-09", "2017-05-07", "🗳️ Élection présidentielle des 23 avril et 7 mai "
                                          "2017 : bureau de vote au lycée français, de 8 h à "
                                          "19 h"),
        _span("2017-05-21", "2017-06-18", "🗳️ Législatives des 4 et 18 juin 2017 (5e "
                                          "circonscription) : vote à l'urne, par procuration "
                                          "ou par correspondance, pas de vote par internet"),
        _span("2019-05-12", "2019-05-26", "🗳️ Élections européennes du dimanche 26 mai 2019 : "
                                          "bureau de vote au consulat, de 8 h à 18 h"),
        _span("2020-03-19", "2020-06-30", "Les élections consulaires de mai 2020 sont "
                                          "reportées à mai 2021"),
    ]
    return _calendar(base, votes)


def _fp_closed(first: dt.date, last: dt.date, name: str) -> str:
    return f"Le consulat sera fermé le {JOURS[first.weekday()]} {fr_date(first)} ({name})."


@cache
def _fp_fermeture() -> Wordings:
    base = _steps((_OLD, "Accueil du public du lundi au vendredi de 9 h à 12 h 30, sauf jours "
                         "fériés français et portugais"))
    covid = [_span("2020-03-18", "2020-05-31", "Accueil du public suspendu : urgences "
                                               "uniquement, par téléphone")]
    portugais = {"Dia da Liberdade": "fête de la Liberté", "Dia de Portugal": "fête nationale "
                                                                             "portugaise",
                 "Corpo de Deus": "Fête-Dieu", "Implantação da República": "fête de la "
                                                                            "République",
                 "Restauração da Independência": "Restauration de l'indépendance",
                 "Imaculada Conceição": "Immaculée Conception",
                 "Sexta-feira Santa": "Vendredi saint"}
    host = [(a, b, portugais[n]) for a, b, n in every_year(portuguese_holidays)
            if n in portugais]
    host += [one_day(dt.date(y, 6, 24), "Saint-Jean, fête de Porto") for y in range(2015, 2022)]
    return _calendar(base, covid, closures(merged(every_year(french_holidays), host), 3,
                                           _fp_closed))


def _fp_copyright(day: dt.date) -> str:
    if day < FP_MEAE:
        return "© Ministère des Affaires étrangères et du Développement international"
    return "© Ministère de l'Europe et des Affaires étrangères"


def consulfrance_style() -> PublisherStyle:
    """France's consulate-general in Porto, in French: "Dernière modification :" with the
    numeric date turned "Publié le" with the weekday and the long date on 6 May 2019 (a
    wording per day), a section from a pool, an appointments line reworded as booking went
    online and in the pandemic, a banner of the consular register (online from 2016) turned
    by the 2017 presidential and legislative votes (no internet vote), the 2019 European vote
    and the consular elections put off in 2020, "Lire aussi :" and a travel-advice line
    mid-body, the passport fees with the postage raised in 2018, the opening hours turned by
    each French and Portuguese holiday's closure (Porto's São João too) and the pandemic,
    the share bar, the address and emergency lines and the ministry's copyright line, renamed
    in May 2017 (a block), a rare erratum."""
    return PublisherStyle(
        domain="consulfrance-porto.org", site="Consulat général de France à Porto",
        base_size=130, subdomains=(("www.", 100),),
        sections=("services-consulaires", "elections", "passeports", "etat-civil", "vivre"),
        n_authors=2, url_path="/{slug}",
        pools={"rubrique": ("Services consulaires", "Élections", "Passeports et CNI",
                            "État civil", "Vivre au Portugal", "Sécurité", "Bourses scolaires")},
        families=(
            _f("date", HEADER, 0.85, *_by_day(_fp_dated)),
            _f("rubrique", HEADER, 0.4, (_OLD, "{rubrique}")),
            _f("rdv", HEADER, 0.35,
               (_OLD, "Dépôt des demandes de passeport et de carte d'identité uniquement sur "
                      "rendez-vous, par téléphone"),
               (FP_RDV_EN_LIGNE.isoformat(), "Passeports et CNI : prenez rendez-vous en ligne, "
                                             "les créneaux ouvrent chaque lundi"),
               ("2020-06-02", "Reprise de l'accueil sur rendez-vous uniquement ; port du masque "
                              "obligatoire")),
            _f("elections", HEADER, 0.3, *_fp_elections()),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi : {other_title}")),
            _f("conseils", MIDDLE, 0.12, (_OLD, "Avant de voyager, consultez les Conseils aux "
                                                "voyageurs et inscrivez-vous sur Ariane.")),
            _f("droits", FOOTER, 0.15, *table_wordings(FP_ENVOI, lambda v: (
                f"Passeport : 96 € (majeur), 52 € (mineur de 15 ans et plus), 27 € (moins de "
                f"15 ans) ; envoi sécurisé à domicile : {v}."))),
            _f("fermeture", FOOTER, 0.3, *_fp_fermeture()),
            _f("partager", FOOTER, 0.3, (_OLD, "Partager : Facebook · Twitter · Courriel · "
                                               "Imprimer")),
            _f("adresse", FOOTER, 0.35, (_OLD, "Consulat général de France à Porto – Rua de "
                                               "Álvares Cabral 180 – 4050-040 Porto")),
            _f("urgence", FOOTER, 0.35, (_OLD, "En cas d'urgence hors des heures d'ouverture : "
                                               "+351 91 000 2280")),
            _f("ministere", FOOTER, 0.3, *_by_day(_fp_copyright)),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : la permanence de Braga a lieu le "
                                               "mardi.")),
        ),
    )


# --- Portugal's consulate-general in Lyon -------------------------------------------------

PL_REDESIGN = dt.date(2018, 7, 2)
PL_AGENDAMENTO = dt.date(2019, 1, 7)
PL_RECENSEAMENTO = dt.date(2018, 8, 17)  # automatic voter registration of emigrants
EMOLUMENTOS = (("2014-01-01", "Passaporte: 65 € · Cartão de Cidadão: 15 € · Procuração: 30 €"),
               ("2017-01-01", "Passaporte: 65 € · Cartão de Cidadão: 15 € · Procuração: 32 €"),
               ("2018-01-01", "Passaporte: 65 € · Cartão de Cidadão: 18 € · Procuração: 32 €"),
               ("2020-01-01", "Passaporte: 70 € · Cartão de Cidadão: 18 € · Procuração: 35 €"))


def _pl_dated(day: dt.date) -> str:
    if day < PL_REDESIGN:
        return f"Lyon, {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Publicado em {DIAS[day.weekday()]}, {pt_date(day)}"


@cache
def _pl_aviso() -> Wordings:
    base = _steps((_OLD, "Marcações para atendimento pelo telefone ou por e-mail"),
                  (PL_AGENDAMENTO.isoformat(), "🗓️ Agende o seu atendimento online: o sistema "
                                               "de marcações está disponível 24 horas por "
                                               "dia"))
    votes = [
        _span("2015-09-21", "2015-10-04", "Eleições Legislativas de 4 de outubro de 2015: "
                                          "o boletim de voto é enviado pelo correio para a "
                                          "morada do recenseamento"),
        _span("2016-01-10", "2016-01-24", "Eleição presidencial: vote presencialmente no "
                                          "Consulado-Geral nos dias 23 e 24 de janeiro de "
                                          "2016"),
        _span("2019-05-12", "2019-05-26", "Eleições Europeias: vote no Consulado-Geral nos "
                                          "dias 25 e 26 de maio de 2019"),
        _span("2019-09-20", "2019-10-06", "Eleições Legislativas 2019: voto por correspondência "
                                          "ou presencial, para quem o escolheu até 7 de "
                                          "agosto"),
    ]
    recenseamento = [(PL_RECENSEAMENTO, iso_day("2018-11-01"),
                      "Novo: os portugueses residentes no estrangeiro com Cartão de Cidadão "
                      "passam a estar recenseados automaticamente")]
    covid = [_span("2020-03-17", "2020-06-30", "COVID-19: atendimento presencial limitado a "
                                               "casos urgentes")]
    return _calendar(base, covid, votes, recenseamento)


def _pl_closed(first: dt.date, last: dt.date, name: str) -> str:
    article = "no" if first.weekday() >= 5 else "na"
    return (f"O Consulado-Geral estará encerrado {article} {DIAS[first.weekday()]}, dia "
            f"{first.day} de {MESES[first.month - 1]} ({name}).")


@cache
def _pl_feriados() -> Wordings:
    base = _steps((_OLD, "Atendimento ao público: de segunda a sexta-feira, das 9h00 às "
                         "15h00"))
    francais = {"lundi de Pâques": "segunda-feira de Páscoa", "Victoire 1945": "Vitória de "
                                                                             "1945",
                "Ascension": "Ascensão", "lundi de Pentecôte": "segunda-feira de Pentecostes",
                "fête nationale": "feriado nacional francês",
                "Armistice 1918": "Armistício de 1918"}
    host = [(a, b, francais[n]) for a, b, n in every_year(french_holidays) if n in francais]
    own = [h for h in every_year(portuguese_holidays) if h[2] not in ("Carnaval",
                                                                      "véspera de Natal")]
    return _calendar(base, closures(merged(own, host), 3, _pl_closed))


def consuladoportugal_style() -> PublisherStyle:
    """Portugal's consulate-general in Lyon, in Portuguese: the place and the dotted date
    turned "Publicado em" with the weekday and the long date on 2 July 2018 (a wording per
    day), a banner of the booking line (online from 2019) turned by each vote (by post,
    in person, both in 2019), the 2018 automatic registration and the pandemic, "Leia
    também:" and a consular day in a city of the district from a pool mid-body, the fee
    table of each year, the office hours turned by each Portuguese and French holiday's
    closure, the address and emergency lines (a block), the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="consuladoportugal-lyon.fr", site="Consulado-Geral de Portugal em Lyon",
        base_size=110, subdomains=(("www.", 100),),
        sections=("noticias", "registo-civil", "documentos", "eleicoes"),
        n_authors=2, url_path="/noticias/{slug}",
        pools={"cidade": ("Grenoble", "Clermont-Ferrand", "Saint-Étienne", "Annecy",
                          "Chambéry", "Dijon")},
        families=(
            _f("data", HEADER, 0.8, *_by_day(_pl_dated)),
            _f("aviso", HEADER, 0.35, *_pl_aviso()),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}")),
            _f("permanencia", MIDDLE, 0.2, (_OLD, "Próxima permanência consular em {cidade}: "
                                                  "inscrições obrigatórias por e-mail")),
            _f("emolumentos", FOOTER, 0.15, *table_wordings(
                EMOLUMENTOS, lambda v: f"Tabela de emolumentos consulares: {v}")),
            _f("feriados", FOOTER, 0.3, *_pl_feriados()),
            _f("morada", FOOTER, 0.35, (_OLD, "Consulado-Geral de Portugal em Lyon · 71, rue "
                                              "Vendôme · 69006 Lyon · +33 4 00 00 71 71")),
            _f("emergencia", FOOTER, 0.3, (_OLD, "Emergência consular (fora do horário): "
                                                 "+33 6 00 00 17 17")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Consulado-Geral de Portugal em Lyon · "
                                                "Ministério dos Negócios Estrangeiros")),
            _f("retificacao", HEADER, 0.04, (_OLD, "Retificação: a permanência consular foi "
                                                   "adiada uma semana.")),
        ),
    )


# --- Thailand's embassy in Kazakhstan -----------------------------------------------------

TE_REDESIGN = dt.date(2018, 10, 1)  # the new fiscal year
TE_LINE = dt.date(2018, 2, 1)
PASSPORT_TENGE = (("2014-01-01", "5,600"), ("2015-09-01", "7,500"), ("2016-01-01", "9,500"),
                  ("2017-01-01", "9,800"), ("2018-01-01", "10,300"), ("2019-01-01", "12,200"),
                  ("2020-01-01", "13,000"))
BAHT_TENGE = (("2015-01-01", 560.0), ("2015-08-15", 560.0), ("2015-09-15", 760.0),
              ("2016-01-20", 1010.0), ("2016-07-01", 950.0), ("2017-06-01", 960.0),
              ("2018-03-01", 1030.0), ("2018-12-01", 1150.0), ("2019-08-01", 1270.0),
              ("2020-04-01", 1330.0), ("2021-01-10", 1390.0))


def _city(day: dt.date, old: str, new: str) -> str:
    return old if day < NUR_SULTAN else new


def _te_dated(day: dt.date) -> str:
    city = _city(day, "กรุงอัสตานา", "กรุงนูร์-ซุลตาน")
    if day < TE_REDESIGN:
        return f"{city}, {day.day} {DUEAN_SAN[day.month - 1]} {be_year(day.year)}"
    return f"{city}, วัน{WAN[day.weekday()]}ที่ {th_date(day)}"


def _te_rate(day: dt.date) -> str:
    first = day.replace(day=1)
    rate = level(first, BAHT_TENGE) * (1 + 0.01 * wobble(first, "thb"))
    return (f"อัตราแลกเปลี่ยนค่าธรรมเนียมกงสุลเดือน{DUEAN[day.month - 1]} {be_year(day.year)}: "
            f"100 บาท = {rate:,.0f} เทงเก")


def _th_closed(first: dt.date, last: dt.date, name: str) -> str:
    when = (th_date(first) if first == last else
            f"{first.day}–{last.day} {DUEAN[last.month - 1]} {be_year(last.year)}")
    return f"สถานเอกอัครราชทูตฯ ปิดทำการ{name} วันที่ {when}"


@cache
def _te_wela() -> Wordings:
    base = _steps((_OLD, "เวลาทำการฝ่ายกงสุล: วันจันทร์–ศุกร์ 09.30–12.00 น. (ยื่นเอกสาร) และ "
                         "14.00–16.00 น. (รับเอกสาร)"))
    kazakh = {"Наурыз мейрамы": "เนื่องในวันนาอูรึซ", "Тәуелсіздік күні": "เนื่องในวันเอกราช"
                                                                      "คาซัคสถาน",
              "Астана күні": "เนื่องในวันเมืองหลวงคาซัคสถาน"}
    host = [(a, b, kazakh[n]) for a, b, n in every_year(kazakh_holidays) if n in kazakh]
    own = [(a, b, f"เนื่องใน{n}") for a, b, n in every_year(thai_holidays)]
    covid = [_span("2020-03-19", "2020-06-30", "งดให้บริการกงสุลชั่วคราว ยกเว้นกรณีฉุกเฉิน")]
    return _calendar(base, covid, closures(merged(own, host), 3, _th_closed))


@cache
def _te_prakat() -> Wordings:
    base = _steps((_OLD, "ติดตามข่าวสารสถานเอกอัครราชทูตฯ ได้ทางเฟซบุ๊ก"),
                  (TE_LINE.isoformat(), "เพิ่มเพื่อนทาง LINE เพื่อรับข่าวสารและประกาศของ"
                                        "สถานเอกอัครราชทูตฯ"))
    royal = [
        _span("2016-10-14", "2016-11-13", "ขอเชิญคนไทยร่วมลงนามถวายความอาลัย "
                                          "ณ สถานเอกอัครราชทูตฯ"),
        _span("2017-10-19", "2017-10-26", "พิธีถวายดอกไม้จันทน์ วันที่ 26 ตุลาคม 2560 "
                                          "ณ สถานเอกอัครราชทูตฯ"),
        _span("2019-05-01", "2019-05-06", "พระราชพิธีบรมราชาภิเษก 4–6 พฤษภาคม 2562"),
    ]
    election = [
        _span("2018-12-20", "2019-01-19", "ลงทะเบียนขอใช้สิทธิเลือกตั้ง ส.ส. นอกราชอาณาจักร "
                                          "ภายใน 19 มกราคม 2562"),
        _span("2019-03-01", "2019-03-16", "เลือกตั้งนอกราชอาณาจักร 4–16 มีนาคม 2562 "
                                          "ณ สถานเอกอัครราชทูตฯ"),
    ]
    covid = [_span("2020-03-19", "2020-09-30", "คนไทยที่ประสงค์จะเดินทางกลับประเทศไทย "
                                               "โปรดลงทะเบียนกับสถานเอกอัครราชทูตฯ")]
    return _calendar(base, royal, election, covid)


def thaiembassy_style() -> PublisherStyle:
    """Thailand's embassy in Kazakhstan, in Thai: a category from a pool, the city and the
    short date with the Buddhist-era year turned the weekday and the long date at the 2019
    fiscal year, the city renamed Nur-Sultan on 23 March 2019 (a wording per day), a
    banner of the Facebook page turned a LINE appeal and turned by the mourning of 2016,
    the royal cremation, the coronation, overseas registration and voting in 2019 and the
    pandemic's repatriation, "อ่านต่อ:" and photo credits mid-body, the consular exchange
    rate of each month (a wording per month), the passport fee in tenge (after the 2015
    devaluation, then yearly), the consular hours turned by each Thai and Kazakh holiday's
    closure and the pandemic, the address and emergency lines (a block), the copyright line
    with the Buddhist-era year, a rare correction."""
    return PublisherStyle(
        domain="thaiembassy-kz.org", site="สถานเอกอัครราชทูตไทย ประจำสาธารณรัฐคาซัคสถาน",
        base_size=90, subdomains=(("www.", 100),),
        sections=("news", "consular", "economic", "culture"),
        n_authors=2, url_path="/th/{section}/{n}",
        pools={"muad": ("ข่าวสถานทูต", "งานกงสุล", "ประกาศ", "เศรษฐกิจ", "วัฒนธรรม"),
               "phap": ("สถานเอกอัครราชทูตฯ", "ฝ่ายกงสุล", "กระทรวงการต่างประเทศ")},
        families=(
            _f("muad", HEADER, 0.45, (_OLD, "{muad}")),
            _f("wanthi", HEADER, 0.85, *_by_day(_te_dated)),
            _f("prakat", HEADER, 0.3, *_te_prakat()),
            _f("aan", MIDDLE, 0.3, (_OLD, "อ่านต่อ: {other_title}")),
            _f("phap", MIDDLE, 0.25, (_OLD, "ภาพ: {phap}")),
            _f("atra", FOOTER, 0.2, *_by_day(_te_rate)),
            _f("nangsue", FOOTER, 0.15, *table_wordings(PASSPORT_TENGE, lambda v: (
                f"ค่าธรรมเนียมหนังสือเดินทาง (1,000 บาท): ชำระเป็นเงินสด {v} เทงเก"))),
            _f("wela", FOOTER, 0.3, *_te_wela()),
            _f("thiyu", FOOTER, 0.35, (_OLD, "สถานเอกอัครราชทูตไทย 12 ถนนโดสตึค "
                                             "โทร. +7 7172 00 00 00")),
            _f("chukchoen", FOOTER, 0.35, (_OLD, "กรณีฉุกเฉิน นอกเวลาทำการ โทร. +7 701 000 0066")),
            _f("copyright", FOOTER, 0.3, *_by_day(
                lambda day: f"สงวนลิขสิทธิ์ © {be_year(day.year)} "
                            f"สถานเอกอัครราชทูตไทย ประจำสาธารณรัฐคาซัคสถาน")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "แก้ไขข้อมูล: วันเปิดรับลงทะเบียนได้รับการแก้ไข")),
        ),
    )


# --- a Thai town municipality -------------------------------------------------------------

TS_REDESIGN = dt.date(2020, 1, 2)
TS_KHAYA = (("2014-01-01", "20"), ("2017-10-01", "30"), ("2020-10-01", "40"))


def _ts_dated(day: dt.date) -> str:
    if day < TS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{be_year(day.year)}"
    return f"วันที่ {th_date(day)} เวลา {{time}} น."


@cache
def _ts_phasi() -> Wordings:
    base = _steps((_OLD, "ชำระภาษีท้องถิ่นได้ที่กองคลัง เทศบาลเมืองท่าทราย ในวันและเวลาราชการ"))
    taxes = [(dt.date(y, 1, 2), dt.date(y, 3, 31) + ONE,
              f"ยื่นแบบภาษีโรงเรือนและที่ดินและภาษีป้าย ปี {be_year(y)} ภายในเดือนกุมภาพันธ์"
              f"และมีนาคม") for y in range(2015, 2020)]
    taxes.append(_span("2020-06-01", "2020-08-31", "ภาษีที่ดินและสิ่งปลูกสร้าง ปี 2563: "
                                                   "ชำระได้ถึง 31 สิงหาคม 2563"))
    return _calendar(base, taxes)


def _ts_closed(first: dt.date, last: dt.date, name: str) -> str:
    when = (th_date(first) if first == last else
            f"{first.day}–{last.day} {DUEAN[last.month - 1]} {be_year(last.year)}")
    return f"งดให้บริการ {when} เนื่องใน{name}"


@cache
def _ts_wela() -> Wordings:
    base = _steps((_OLD, "เปิดให้บริการ วันจันทร์–ศุกร์ 08.30–16.30 น. ไม่เว้นช่วงพักกลางวัน"))
    return _calendar(base, closures(every_year(thai_holidays), 2, _ts_closed))


@cache
def _ts_prakat() -> Wordings:
    base = _steps((_OLD, "ร้องเรียน/ร้องทุกข์ ได้ที่ศูนย์ดำรงธรรมเทศบาล โทร. 0 3400 0000"))
    votes = [
        _span("2016-07-25", "2016-08-07", "ออกเสียงประชามติร่างรัฐธรรมนูญ 7 สิงหาคม 2559 "
                                          "เวลา 08.00–16.00 น."),
        _span("2019-03-10", "2019-03-24", "เลือกตั้ง ส.ส. 24 มีนาคม 2562 ตรวจสอบรายชื่อ"
                                          "ผู้มีสิทธิเลือกตั้งได้ที่สำนักงานเทศบาล"),
        _span("2020-12-20", "2021-01-10", "ประกาศรับสมัครเลือกตั้งนายกเทศมนตรีและสมาชิก"
                                          "สภาเทศบาล"),
    ]
    loy = [(iso_day(day) - 5 * ONE, iso_day(day) + ONE,
            f"ขอเชิญร่วมงานประเพณีลอยกระทง ประจำปี {be_year(y)}")
           for y, day in LOY_KRATHONG.items()]
    covid = [_span("2020-03-26", "2020-05-31", "ปฏิบัติตามมาตรการป้องกันโควิด-19 "
                                               "สวมหน้ากากอนามัยทุกครั้งที่ออกจากบ้าน")]
    return _calendar(base, votes, covid, loy)


def thasai_style() -> PublisherStyle:
    """A Thai town municipality's news pages: a type from a pool, the numeric date with the
    Buddhist-era year turned the long date and the time on 2 January 2020 (a wording per
    day), a banner of the complaints line turned by the 2016 referendum, the 2019 election,
    the 2021 municipal election, Loy Krathong and the epidemic, "อ่านข่าวที่เกี่ยวข้อง:" and a
    survey line mid-body, the local-tax line turned by each year's filing months and the
    2020 land and building tax, the refuse fee (raised each October of 2017 and 2020), the
    office hours turned by each holiday's closure, the address line and the copyright line
    with the Buddhist-era year (a block), a rare correction."""
    return PublisherStyle(
        domain="thasaicity.go.th", site="เทศบาลเมืองท่าทราย", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "announce", "activity", "tax"),
        n_authors=2, url_path="/{section}/detail/{n}",
        pools={"praphet": ("ข่าวประชาสัมพันธ์", "ประกาศเทศบาล", "ภาพกิจกรรม", "ภาษีและรายได้",
                           "สาธารณสุข")},
        families=(
            _f("praphet", HEADER, 0.45, (_OLD, "{praphet}")),
            _f("wanthi", HEADER, 0.85, *_by_day(_ts_dated)),
            _f("prakat", HEADER, 0.3, *_ts_prakat()),
            _f("aan", MIDDLE, 0.3, (_OLD, "อ่านข่าวที่เกี่ยวข้อง: {other_title}")),
            _f("samruat", MIDDLE, 0.1, (_OLD, "ร่วมตอบแบบสำรวจความพึงพอใจต่อการให้บริการ"
                                              "ของเทศบาล")),
            _f("phasi", FOOTER, 0.25, *_ts_phasi()),
            _f("khaya", FOOTER, 0.12, *table_wordings(TS_KHAYA, lambda v: (
                f"ค่าธรรมเนียมเก็บขนขยะมูลฝอย {v} บาทต่อเดือน"))),
            _f("wela", FOOTER, 0.3, *_ts_wela()),
            _f("thiyu", FOOTER, 0.35, (_OLD, "สำนักงานเทศบาลเมืองท่าทราย 99 หมู่ 4 "
                                             "ตำบลท่าทราย โทร. 0 3400 0000")),
            _f("copyright", FOOTER, 0.3, *_by_day(
                lambda day: f"© {be_year(day.year)} เทศบาลเมืองท่าทราย สงวนลิขสิทธิ์")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "แก้ไข: เปลี่ยนสถานที่จัดกิจกรรม")),
        ),
    )


# --- a Kazakh district akimat -------------------------------------------------------------

KA_REDESIGN = dt.date(2019, 9, 2)
KA_LATYN = dt.date(2018, 2, 20)  # the revised Latin alphabet decreed on 19 February 2018
KA_TELEGRAM = dt.date(2018, 6, 1)
AEK = (("2014-01-01", ("1 982", "21 364")), ("2016-01-01", ("2 121", "22 859")),
       ("2017-01-01", ("2 269", "24 459")), ("2018-01-01", ("2 405", "28 284")),
       ("2019-01-01", ("2 525", "42 500")), ("2020-01-01", ("2 651", "42 500")),
       ("2020-04-01", ("2 778", "42 500")))
KZ_VOTES = (("2015-04-26", "Қазақстан Республикасы Президентінің кезектен тыс сайлауы"),
            ("2016-03-20", "Мәжіліс және мәслихат депутаттарының сайлауы"),
            ("2019-06-09", "Қазақстан Республикасы Президентінің кезектен тыс сайлауы"),
            ("2021-01-10", "Мәжіліс және мәслихат депутаттарының сайлауы"))


def _ka_dated(day: dt.date) -> str:
    if day < KA_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {AILAR[day.month - 1]} {day.year} ж., {{time}}"


def _ka_bugin(day: dt.date) -> str:
    return f"Бүгін: {KUNDER[day.weekday()]}, {kz_date(day)}"


def _kz_closed(first: dt.date, last: dt.date, name: str) -> str:
    days = f"{first.day}" if first == last else f"{first.day}–{last.day}"
    return f"{days} {AILAR[first.month - 1]} – {name}: әкімдік жұмыс істемейді"


@cache
def _ka_zhumys() -> Wordings:
    base = _steps((_OLD, "Әкімдіктің жұмыс уақыты: дүйсенбі–жұма 9:00–18:30, түскі үзіліс "
                         "13:00–14:30"))
    covid = [_span("2020-03-16", "2020-05-11", "Төтенше жағдай кезінде өтініштер тек eGov.kz "
                                               "порталы арқылы қабылданады")]
    return _calendar(base, covid, closures(every_year(kazakh_holidays), 3, _kz_closed))


@cache
def _ka_habarlandyru() -> Wordings:
    base = _steps((_OLD, "Аудан жаңалықтарын Facebook парақшамыздан оқыңыз"),
                  (KA_TELEGRAM.isoformat(), "📢 Аудан жаңалықтары енді Telegram-арнада: "
                                            "жазылыңыз"))
    votes = [(iso_day(day) - 20 * ONE, iso_day(day) + ONE,
              f"🗳️ {name} – {kz_date(iso_day(day))}. Сайлау учаскелері 7:00-ден 20:00-ге "
              f"дейін жұмыс істейді") for day, name in KZ_VOTES]
    sanaq = [_span("2020-01-15", "2020-04-30", "2020 жылғы ұлттық халық санағына дайындық "
                                               "жүріп жатыр"),
             _span("2020-05-01", "2020-06-30", "Ұлттық халық санағы 2021 жылға "
                                               "ауыстырылды")]
    covid = [_span("2020-03-16", "2020-04-30", "Төтенше жағдай: үйде болыңыз, "
                                               "карантин талаптарын сақтаңыз")]
    return _calendar(base, votes, covid, sanaq)


def kokterek_style() -> PublisherStyle:
    """A Kazakh district akimat's news pages, in Kazakh: a section from a pool, the dotted
    date turned the long date and the time on 2 September 2019 (a wording per day), the day
    printed in a "Бүгін:" line (a wording per day), a language bar that gains the Latin
    alphabet in February 2018, a banner of the Facebook page turned a Telegram appeal and
    turned by each presidential and parliamentary election, the state of emergency and
    the census moved to 2021, "Сондай-ақ оқыңыз:" and an eGov line mid-body, the akim's
    reception hours, the year's monthly calculation index and minimum wage (raised in April
    2020), the office hours turned by each holiday's closure (Qurban ait too) and the
    emergency, the address and hotline lines (a block), the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="kokterek-akimat.kz", site="Көктерек ауданының әкімдігі", base_size=55,
        subdomains=(("www.", 100),),
        sections=("zhanalyqtar", "habarlandyru", "qyzmet", "sailau"),
        n_authors=3, url_path="/kz/{section}/{n}",
        pools={"bolim": ("Жаңалықтар", "Хабарландыру", "Әкім қабылдауы",
                         "Мемлекеттік қызметтер", "Сайлау", "Жастар саясаты")},
        families=(
            _f("til", HEADER, 0.25, (_OLD, "Қазақша | Русский | English"),
               (KA_LATYN.isoformat(), "Қазақша | Qazaqsha | Русский | English")),
            _f("bolim", HEADER, 0.45, (_OLD, "{bolim}")),
            _f("kuni", HEADER, 0.85, *_by_day(_ka_dated)),
            _f("bugin", HEADER, 0.25, *_daily(_ka_bugin)),
            _f("habarlandyru", HEADER, 0.3, *_ka_habarlandyru()),
            _f("oqynyz", MIDDLE, 0.3, (_OLD, "Сондай-ақ оқыңыз: {other_title}")),
            _f("egov", MIDDLE, 0.15, (_OLD, "Мемлекеттік қызметтерді eGov.kz порталы арқылы "
                                            "алыңыз")),
            _f("qabyldau", FOOTER, 0.2, (_OLD, "Аудан әкімінің азаматтарды қабылдауы: әр айдың "
                                               "бірінші сейсенбісі, 10:00–13:00")),
            _f("aek", FOOTER, 0.15, *table_wordings(
                tuple((s, s) for s, _ in AEK),
                lambda s: (f"Айлық есептік көрсеткіш – {dict(AEK)[s][0]} теңге, ең төменгі "
                           f"жалақы – {dict(AEK)[s][1]} теңге"))),
            _f("zhumys", FOOTER, 0.3, *_ka_zhumys()),
            _f("mekenzhai", FOOTER, 0.35, (_OLD, "Мекенжайы: Көктерек ауылы, Абай көшесі, 12. "
                                                 "Тел.: 8 (72700) 0-00-00")),
            _f("senim", FOOTER, 0.3, (_OLD, "Сенім телефоны: 8 (72700) 0-10-10")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Көктерек ауданының әкімдігі. "
                                                "Материалдарды пайдаланғанда сілтеме "
                                                "міндетті.")),
            _f("tuzetu", HEADER, 0.04, (_OLD, "Түзету: кездесу уақыты өзгертілді.")),
        ),
    )


# --- Kazakhstan's embassy in Lithuania ----------------------------------------------------

KE_REDESIGN = dt.date(2018, 3, 22)
KE_VISAFREE = dt.date(2017, 1, 1)  # Lithuanians need no visa for 30 days
KE_FEES = (("2014-01-01", "25"), ("2017-01-01", "28"), ("2019-01-01", "30"))


def _ke_dated(day: dt.date) -> str:
    if day < KE_REDESIGN:
        return f"Вильнюс, {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Вильнюс қ., {day.day} {AILAR[day.month - 1]} {day.year} ж."


def _ke_closed(first: dt.date, last: dt.date, name: str) -> str:
    days = f"{first.day}" if first == last else f"{first.day}–{last.day}"
    return f"{days} {AILAR[first.month - 1]} ({name}) Елшіліктің консулдық бөлімі жабық"


@cache
def _ke_konsul() -> Wordings:
    base = _steps((_OLD, "Консулдық бөлім: дүйсенбі, сейсенбі, бейсенбі, жұма 9:30–12:30 "
                         "(құжат қабылдау)"))
    litva = {"Lietuvos valstybės atkūrimo diena": "Литва мемлекетін қалпына келтіру күні",
             "Lietuvos nepriklausomybės atkūrimo diena": "Литва тәуелсіздігін қалпына келтіру "
                                                         "күні",
             "Joninės": "Литвадағы Йонинес мерекесі",
             "Valstybės diena": "Литва Мемлекет күні"}
    host = [(a, b, litva[n]) for a, b, n in every_year(lithuanian_holidays) if n in litva]
    own = [h for h in every_year(kazakh_holidays) if h[2] in (
        "Жаңа жыл", "Наурыз мейрамы", "Астана күні", "Құрбан айт", "Конституция күні",
        "Тәуелсіздік күні")]
    covid = [_span("2020-03-16", "2020-06-15", "Консулдық қабылдау уақытша тоқтатылды, "
                                               "шұғыл жағдайда хабарласыңыз")]
    return _calendar(base, covid, closures(merged(own, host), 3, _ke_closed))


@cache
def _ke_sailau() -> Wordings:
    base = _steps((_OLD, "Елшіліктің Facebook парақшасына жазылыңыз"))
    votes = [(iso_day(day) - 14 * ONE, iso_day(day) + ONE,
              f"🗳️ {name}: Елшілікте сайлау учаскесі {kz_date(iso_day(day))} ашылады")
             for day, name in KZ_VOTES]
    expo = [_span("2017-06-10", "2017-09-10", "EXPO-2017 Астанада: 10 маусым – 10 қыркүйек")]
    rename = [_span("2019-03-20", "2019-04-10", "Қазақстан астанасы Нұр-Сұлтан болып "
                                                "өзгертілді")]
    covid = [_span("2020-03-16", "2020-08-31", "COVID-19: Қазақстанға оралатын азаматтар "
                                               "Елшілікке алдын ала хабарласуы тиіс")]
    return _calendar(base, votes, expo, rename, covid)


def kazembassy_style() -> PublisherStyle:
    """Kazakhstan's embassy in Lithuania, in Kazakh: the place and the dotted date turned
    the long date on 22 March 2018 (a wording per day), a banner of the Facebook page turned
    by each election with its polling station at the embassy, EXPO-2017, the capital's
    renaming and the pandemic, "Толығырақ:" mid-body, a visa line reworded when
    Lithuanians no longer needed one (2017), the passport fee by year, the consular hours
    turned by each Kazakh and Lithuanian holiday's closure and the pandemic, the address
    and emergency lines (a block), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="qazelshilik-vilnius.lt",
        site="Қазақстан Республикасының Литва Республикасындағы Елшілігі", base_size=40,
        subdomains=(("www.", 100),),
        sections=("zhanalyqtar", "konsuldyq", "ekonomika"),
        n_authors=2, url_path="/kz/{section}/{slug}",
        families=(
            _f("kuni", HEADER, 0.8, *_by_day(_ke_dated)),
            _f("sailau", HEADER, 0.3, *_ke_sailau()),
            _f("tolygyraq", MIDDLE, 0.3, (_OLD, "Толығырақ: {other_title}")),
            _f("viza", MIDDLE, 0.15,
               (_OLD, "Литва азаматтарына Қазақстанға келу үшін виза қажет"),
               (KE_VISAFREE.isoformat(), "Литва азаматтары Қазақстанға 30 күнге дейін "
                                         "визасыз келе алады")),
            _f("alym", FOOTER, 0.15, *table_wordings(KE_FEES, lambda v: (
                f"Қазақстан азаматының паспортын ресімдеу үшін консулдық алым: {v} EUR"))),
            _f("konsul", FOOTER, 0.3, *_ke_konsul()),
            _f("mekenzhai", FOOTER, 0.35, (_OLD, "Мекенжайы: Vilnius, Gedimino pr. 00, "
                                                 "LT-01103. Тел.: +370 5 000 0000")),
            _f("shughyl", FOOTER, 0.35, (_OLD, "Шұғыл жағдайда: +370 600 00077")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Қазақстан Республикасының Литва "
                                                "Республикасындағы Елшілігі")),
            _f("tuzetu", HEADER, 0.04, (_OLD, "Түзету: қабылдау күні өзгертілді.")),
        ),
    )


# --- Lithuania's embassy in Kazakhstan ----------------------------------------------------

LE_EKONSULATAS = dt.date(2017, 9, 1)
LE_FEES = (("2015-01-01", (43.0, 29.0, True)), ("2015-07-01", (43.0, 29.0, False)),
           ("2018-01-01", (47.0, 31.0, False)), ("2020-01-01", (50.0, 33.0, False)))
LE_VOTES = [("2016-10-09", "2016-10-23", "Seimo rinkimai"),
            ("2019-05-12", "2019-05-26", "Prezidento rinkimai ir referendumas dėl "
                                         "pilietybės išsaugojimo"),
            ("2020-10-11", "2020-10-25", "Seimo rinkimai")]


def _le_dated(day: dt.date) -> str:
    return f"{_city(day, 'Astana', 'Nur Sultanas')}, {day.isoformat()}"


def _le_fees(value: tuple[float, float, bool]) -> str:
    passport, card, dual = value

    def eur(x: float) -> str:
        lt = f" ({x * LITAS:.2f} Lt)".replace(".", ",") if dual else ""
        return f"{x:.2f}".replace(".", ",") + " Eur" + lt

    return f"Konsulinis mokestis: pasas – {eur(passport)}, asmens tapatybės kortelė – {eur(card)}"


def _le_closed(first: dt.date, last: dt.date, name: str) -> str:
    days = f"{first.day}" if first == last else f"{first.day}–{last.day}"
    return f"{MENESIO[first.month - 1].capitalize()} {days} d. ({name}) ambasada nedirbs."


@cache
def _le_konsulinis() -> Wordings:
    base = _steps((_OLD, "Konsulinis skyrius lankytojus priima antradieniais ir "
                         "ketvirtadieniais 10.00–12.00"))
    kazachu = {"Наурыз мейрамы": "Nauryzas", "Тәуелсіздік күні": "Kazachstano nepriklausomybės "
                                                                "diena",
               "Конституция күні": "Kazachstano Konstitucijos diena"}
    host = [(a, b, kazachu[n]) for a, b, n in every_year(kazakh_holidays) if n in kazachu]
    own = [h for h in every_year(lithuanian_holidays)
           if h[2] not in ("Žolinė", "Visų šventųjų diena", "Vėlinės")]
    return _calendar(base, closures(merged(own, host), 3, _le_closed))


@cache
def _le_rinkimai() -> Wordings:
    base = _steps((_OLD, "Registruokitės konsulinėms paslaugoms telefonu"),
                  (LE_EKONSULATAS.isoformat(), "Registruokitės konsulinėms paslaugoms per "
                                               "e. konsulato sistemą"))
    votes = vote_events(LE_VOTES, 21, lambda d1, d2, name: (
        f"🗳️ {name} ({lt_date(d1)}): balsuoti galima paštu arba ambasadoje"))
    covid = [_span("2020-03-16", "2020-07-31", "COVID-19: grįžtantiems į Lietuvą – "
                                               "registracija ir izoliacijos reikalavimai")]
    return _calendar(base, votes, covid)


def ltembassy_style() -> PublisherStyle:
    """Lithuania's embassy in Kazakhstan, in Lithuanian: the city and the ISO date, the city
    renamed Nur Sultanas on 23 March 2019 (a wording per day), a banner of the booking line
    reworded for the e-consulate and turned by each Seimas election, the 2019 presidential
    election with the dual-citizenship referendum and the pandemic, "Daugiau:" mid-body, the
    consular fees in euros and litas to the end of June 2015 and then by year, the
    reception hours turned by each Lithuanian and Kazakh holiday's closure, the address and
    duty-phone lines (a block), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="ambasada-kazachstane.lt", site="Lietuvos Respublikos ambasada Kazachstane",
        base_size=30, subdomains=(("kz.", 100),),
        sections=("naujienos", "konsuline-informacija"),
        n_authors=2, url_path="/lt/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.8, *_by_day(_le_dated)),
            _f("rinkimai", HEADER, 0.3, *_le_rinkimai()),
            _f("daugiau", MIDDLE, 0.3, (_OLD, "Daugiau: {other_title}")),
            _f("mokesciai", FOOTER, 0.15, *table_wordings(
                tuple((s, s) for s, _ in LE_FEES), lambda s: _le_fees(dict(LE_FEES)[s]))),
            _f("konsulinis", FOOTER, 0.3, *_le_konsulinis()),
            _f("adresas", FOOTER, 0.35, (_OLD, "Adresas: Dostyk g. 00, Astana, tel. +7 7172 "
                                               "00 00 00"),
               (NUR_SULTAN.isoformat(), "Adresas: Dostyk g. 00, Nur Sultanas, tel. +7 7172 "
                                        "00 00 00")),
            _f("budintis", FOOTER, 0.35, (_OLD, "Skubiais atvejais ne darbo metu skambinkite "
                                                "budinčiam diplomatui: +7 701 000 0370")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Lietuvos Respublikos ambasada "
                                                "Kazachstane")),
            _f("patikslinta", HEADER, 0.04, (_OLD, "Patikslinta: pakeistas priėmimo "
                                                   "laikas.")),
        ),
    )


def heldout208_styles() -> list[PublisherStyle]:
    """The held-back-208 styles, in the order the generator hands them to publishers."""
    return [
        harwell_style(), saintaubin_style(), vilaverde_style(), pamario_style(),
        irishembassy_style(), consulfrance_style(), consuladoportugal_style(),
        thaiembassy_style(), thasai_style(), kokterek_style(), kazembassy_style(),
        ltembassy_style(),
    ]
