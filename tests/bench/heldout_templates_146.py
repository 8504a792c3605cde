"""The ``held-back-146`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites on one
newsletter platform share a "Subscribe now" button or a share bar. The publishers are
newsletters on hosted newsletter platforms, independent writers' blogs, membership-funded
columns and group blogs, in English, Spanish, German, French, Portuguese, Russian and Hindi:
an American politics and economics newsletter, a Spanish culture newsletter, a Berlin
neighbourhood column funded by its members, a French reader-funded weekly column, a Brazilian
politics newsletter from Brasília, a Russian writer's newsletter, a Hindi group blog of poets
and story writers, an English academic group blog, a web-serial author's blog, an Argentine
group blog, a British town's reader-funded weekly letter and a developers' weekly newsletter.
The families are the kinds a crawl of such sites holds: issue numbers that turn every week
(with summer, Carnival and New Year breaks in which no issue goes out), dates localised day
by day in English, Spanish (Spain's and Argentina's), German, French, Portuguese, Russian
(genitive months) and Hindi, most changing form on the day of a redesign; bylines, guest-post
credits, cross-post notes and content warnings; "this post is free for everyone" notes,
paywall cut-offs and their prices (rising over the years: dollars, euros, reais, roubles,
rupees, pounds and Argentine pesos that follow inflation), member and subscriber counts
that change every month and a member count printed day by day ("Stand ..."), a fund drive
counted day by day each November, a serial's next-chapter line that turns on each posting
day; subscribe, share and comment prompts ("Subscribe now", "Leave a comment", "{count}
thoughts on ..."), "Related:"-like links to other posts and sponsor lines mid-body (some up
to twice); appeals reworded in 2016-2020 (a move from Patreon or Tipeee to paid
subscriptions, Patreon to Boosty, UPI, Pix, Cafecito, the GDPR day) and turned by the
calendars of these trades (Black Friday sales and anniversaries, elections in the United
States, Germany, France, Brazil, Argentina and Britain, Sant Jordi and Reyes, Carnival, Hindi
Diwas, the World Book Fair, Diwali, the non/fiction fair, NaNoWriMo, Hacktoberfest, Advent of
Code, summer and New Year breaks, the 2020 lockdowns); multi-line blocks (comment prompts,
imprints, licences, postal addresses and unsubscribe lines), bare lines, and families in only
4% of articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    iso_day,
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
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
MESYATSEV = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")  # the genitive, as in "7 февраля"
MAHINE = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")

# --- helpers of this set ------------------------------------------------------------------


def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def ramp(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def month_count(day: dt.date, anchors: tuple[tuple[str, float], ...], key: str) -> int:
    """A count published on the first of each month: the same all month long."""
    first = day.replace(day=1)
    return int(round(ramp(first, anchors) * (1 + 0.012 * wobble(first, key))))


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def stepped(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: the value in force on the
    set's first day from the oldest day, then one from each later day of the table."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


@cache
def issue_days(launch: dt.date, weekday: int,
               skip: Callable[[dt.date], bool]) -> tuple[dt.date, ...]:
    """The days a weekly letter went out: each `weekday` from `launch`, but not in a break
    (`skip`)."""
    out, day = [], launch
    while day <= LAST_DAY:
        if day.weekday() == weekday and not skip(day):
            out.append(day)
        day += ONE
    return tuple(out)


def issue_number(day: dt.date, launch: dt.date, weekday: int,
                 skip: Callable[[dt.date], bool]) -> int:
    """The number of the latest issue out on `day` (the first issue is number 1)."""
    return bisect_right(issue_days(launch, weekday, skip), day)


def no_break(day: dt.date) -> bool:
    return False


def first_weekday_from(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) on or after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def black_friday(y: int) -> dt.date:
    return thanksgiving(y) + ONE


def grouped(number: int, sep: str) -> str:
    """`number` with its thousands grouped by `sep` ("," in English, "." in German)."""
    return f"{number:,}".replace(",", sep)


# --- an American politics and economics newsletter ----------------------------------------

LM_LAUNCH = dt.date(2014, 3, 4)  # a Tuesday: one issue every Tuesday since
LM_PAID = dt.date(2017, 9, 1)  # paid subscriptions instead of Patreon
LM_REDESIGN = dt.date(2018, 9, 4)
LM_PRICES = (("2014-03-04", "Back The Long Margin on Patreon from $3 a month"),
             ("2017-09-01", "Subscribe for $5 a month or $50 a year"),
             ("2019-06-01", "Subscribe for $7 a month or $70 a year"))
LM_READERS = (("2015-01-01", 2100), ("2016-10-01", 6400), ("2016-12-01", 11800),
              ("2017-09-01", 16500), ("2019-01-01", 31000), ("2020-03-01", 43500),
              ("2020-12-01", 58200))
LM_ELECTIONS = ("2018-11-06", "2020-11-03")


def lm_issue(day: dt.date) -> int:
    return issue_number(day, LM_LAUNCH, 1, no_break)


def _lm_issue(day: dt.date) -> str:
    if day < LM_REDESIGN:
        return f"Issue #{lm_issue(day)}"
    return f"The Long Margin · No. {lm_issue(day)}"


def _lm_dated(day: dt.date) -> str:
    if day < LM_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} · "
            f"{{read_min}} min read")


def _lm_readers(day: dt.date) -> str:
    return (f"Join {month_count(day, LM_READERS, 'lm'):,} readers who get The Long Margin "
            f"every Tuesday.")


@cache
def _lm_thanks() -> Wordings:
    base = _steps((_OLD, "Thanks for reading The Long Margin! Subscribe for free to get new "
                         "posts by email."),
                  (LM_PAID.isoformat(), "Thanks for reading The Long Margin! Subscribe for "
                                        "free to receive new posts and support my work."))
    elections = [(iso_day(day, -1), iso_day(day, 4), f"🗳️ Election week {day[:4]}: every "
                                                     f"post is free for everyone until "
                                                     f"Friday")
                 for day in LM_ELECTIONS]
    pandemic = [_span("2020-03-16", "2020-04-30", "📬 While we're all at home, paid posts "
                                                  "are unlocked until the end of April")]
    sales = [(black_friday(y), black_friday(y) + 4 * ONE, f"🦃 Black Friday {y}: 30% off a "
                                                          f"year of The Long Margin, until "
                                                          f"Monday midnight")
             for y in range(2017, 2021)]
    birthdays = _yearly("03-04", 3, 3, lambda y: f"🎂 The Long Margin turns "
                                                 f"{y - LM_LAUNCH.year} this week: 25% off "
                                                 f"an annual plan",
                        years=range(2018, 2021))
    return _calendar(base, elections, pandemic, sales, birthdays)


def longmargin_style() -> PublisherStyle:
    """An American politics and economics newsletter on a hosted newsletter platform: the
    issue number, turning every Tuesday and reworded with the site's name on the day of the
    2018 redesign (a wording per week), the short date turned the weekday, the long date
    and the reading time on that day (a wording per day), the writer's line reworded then,
    a "this post is public" note reworded "free for everyone" when paid subscriptions
    replaced Patreon, "Subscribe now" up to twice and "Share" and "Previously:" mid-body, a
    paywall cut-off with its price (Patreon's, then two subscription prices), a thanks line
    reworded then and turned by election weeks, the pandemic's unlocked posts, Black Friday
    sales and the newsletter's birthdays, the readers' count (a wording per month), the
    comment prompt, the postal address and the unsubscribe line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="thelongmargin.com", site="The Long Margin", base_size=250,
        subdomains=(("", 80), ("www.", 20)),
        sections=("politics", "economics", "housing", "mailbag", "weekend"),
        n_authors=2, url_path="/p/{slug}",
        families=(
            _f("issue", HEADER, 0.7, *_by_day(_lm_issue)),
            _f("dated", HEADER, 0.93, *_by_day(_lm_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "{author}"),
               (LM_REDESIGN.isoformat(), "Written by {author}")),
            _f("free-note", HEADER, 0.3,
               (_OLD, "This post is public, so feel free to share it."),
               (LM_PAID.isoformat(), "This post is free for everyone. Paid subscribers make it "
                                     "possible: thank you.")),
            _f("subscribe", MIDDLE, 0.45, (_OLD, "Subscribe now"), count=2),
            _f("share", MIDDLE, 0.3, (_OLD, "Share The Long Margin")),
            _f("previously", MIDDLE, 0.3, (_OLD, "Previously: {other_title}")),
            _f("paywall", FOOTER, 0.15, *stepped(LM_PRICES, lambda v: (
                f"The rest of this post is for paying readers. {v} to keep reading."))),
            _f("thanks", FOOTER, 0.6, *_lm_thanks()),
            _f("readers", FOOTER, 0.35, *_by_day(_lm_readers)),
            _f("comment", FOOTER, 0.4, (_OLD, "Leave a comment")),
            _f("address", FOOTER, 0.35, (_OLD, "© {year} The Long Margin · PO Box 4471, "
                                               "Madison, WI 53711")),
            _f("unsubscribe", FOOTER, 0.3, (_OLD, "Unsubscribe · Manage your subscription")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this post "
                                                  "gave the wrong year for the housing "
                                                  "figures.")),
        ),
    )


# --- a Spanish culture newsletter ---------------------------------------------------------

PS_LAUNCH = dt.date(2014, 9, 7)  # a Sunday
PS_PAID = dt.date(2018, 9, 2)
PS_REDESIGN = dt.date(2019, 1, 13)
PS_PRICES = (("2014-09-07", "3 € al mes"), ("2018-09-02", "4 € al mes o 40 € al año"),
             ("2020-09-06", "5 € al mes o 50 € al año"))
ESTADO_DE_ALARMA = (dt.date(2020, 3, 14), dt.date(2020, 6, 21))


def ps_break(day: dt.date) -> bool:
    """La Página Suelta rests in August: no issue goes out."""
    return day.month == 8


def ps_issue(day: dt.date) -> int:
    return issue_number(day, PS_LAUNCH, 6, ps_break)


def _ps_numero(day: dt.date) -> str:
    if day < PS_REDESIGN:
        return f"Número {ps_issue(day)}"
    return f"La Página Suelta · nº {ps_issue(day)}"


def _ps_fecha(day: dt.date) -> str:
    if day < PS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _ps_aviso() -> Wordings:
    base = _steps((_OLD, "Si te ha gustado, reenvíala a alguien a quien también pueda "
                         "gustarle."),
                  (PS_PAID.isoformat(), "¿Te gusta La Página Suelta? Hazte suscriptor de pago "
                                        "y ayúdanos a que siga llegando cada domingo."))
    alarma = [(ESTADO_DE_ALARMA[0], ESTADO_DE_ALARMA[1] + ONE,
               "🏠 Mientras dure el estado de alarma, todas las entregas son gratuitas")]
    libro = _yearly("04-23", 4, 0, lambda y: f"📚 Día del Libro {y}: regala un año de La Página "
                                             f"Suelta con un 20 % de descuento")
    agosto = _yearly("08-01", 0, 30, lambda y: (
        f"☀️ La Página Suelta descansa en agosto. Volvemos el domingo "
        f"{first_weekday_from(dt.date(y, 9, 1), 6).day} de septiembre."))
    reyes = _yearly("12-15", 0, 22, lambda y: f"🎁 Reyes {y + 1}: regala La Página Suelta a "
                                              f"quien más quieras", years=range(2014, 2021))
    return _calendar(base, alarma, libro, agosto, reyes)


def paginasuelta_style() -> PublisherStyle:
    """A Spanish culture newsletter: the issue number, turning every Sunday but not in
    August and reworded with the site's name on the day of the 2019 redesign (a wording per
    week), the numeric date turned the weekday and the long date that day (a wording per
    day), "Por", a forwarded-mail line, a free-issue note reworded when the paid tier came,
    "Suscríbete" up to twice, "Lee también:" and a share button mid-body, a paywall cut-off
    with its price (raised twice), an appeal reworded then and turned by the state of
    alarm, the Day of the Book, the August break with the day it comes back and Reyes, the
    comment prompt, the licence and the unsubscribe line (a block), a rare erratum."""
    return PublisherStyle(
        domain="lapaginasuelta.es", site="La Página Suelta", base_size=220,
        subdomains=(("", 100),),
        sections=("libros", "cine", "musica", "arte", "cartas"),
        n_authors=3, url_path="/p/{slug}",
        families=(
            _f("numero", HEADER, 0.65, *_by_day(_ps_numero)),
            _f("fecha", HEADER, 0.9, *_by_day(_ps_fecha)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("reenviado", HEADER, 0.25, (_OLD, "¿Te han reenviado este correo? Suscríbete "
                                                 "gratis aquí.")),
            _f("gratis", HEADER, 0.3,
               (_OLD, "Esta entrega es gratuita para todo el mundo."),
               (PS_PAID.isoformat(), "Esta entrega está abierta a todo el mundo. Quienes pagan "
                                     "la suscripción hacen posible que siga siéndolo.")),
            _f("suscribete", MIDDLE, 0.4, (_OLD, "Suscríbete"), count=2),
            _f("lee", MIDDLE, 0.3, (_OLD, "Lee también: {other_title}")),
            _f("comparte", MIDDLE, 0.2, (_OLD, "Comparte La Página Suelta")),
            _f("muro", FOOTER, 0.2, *stepped(PS_PRICES, lambda v: (
                f"El resto de esta entrega es solo para suscriptores de pago ({v})."))),
            _f("aviso", FOOTER, 0.35, *_ps_aviso()),
            _f("comenta", FOOTER, 0.35, (_OLD, "Deja un comentario")),
            _f("licencia", FOOTER, 0.3, (_OLD, "Los textos de La Página Suelta se publican con "
                                               "licencia CC BY-NC-ND 4.0.")),
            _f("baja", FOOTER, 0.25, (_OLD, "Darse de baja · Gestionar la suscripción")),
            _f("errata", HEADER, 0.04, (_OLD, "Fe de erratas: en la primera versión de esta "
                                              "entrega el título de la novela estaba mal.")),
        ),
    )


# --- a Berlin neighbourhood column funded by its members ----------------------------------

KK_STEADY = dt.date(2017, 5, 15)  # memberships on a membership platform, and a new design
KK_DSGVO = dt.date(2018, 5, 25)
KK_PRICES = (("2013-01-01", "3 €"), ("2017-05-15", "5 €"), ("2019-04-01", "6 €"))
KK_MEMBERS = (("2015-01-01", 180), ("2017-05-14", 430), ("2017-05-15", 520),
              ("2018-12-31", 1460), ("2020-03-15", 1910), ("2020-05-01", 2640),
              ("2021-01-10", 2870))
KK_ELECTIONS = (("2016-09-18", "Abgeordnetenhauswahl"), ("2017-09-24", "Bundestagswahl"))


def kk_members(day: dt.date) -> int:
    """The members on `day`: a level that grows, give or take a few joining or leaving."""
    return int(round(ramp(day, KK_MEMBERS) + 4 * wobble(day, "kk")))


def _kk_datum(day: dt.date) -> str:
    if day < KK_STEADY:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Veröffentlicht am {day.day}. {MONATE[day.month - 1]} {day.year} · Lesezeit "
            f"{{read_min}} Min.")


def _kk_stand(day: dt.date) -> str:
    stand = f"Stand {day.day:02d}.{day.month:02d}.{day.year}"
    if day < KK_STEADY:
        return (f"{stand}: {grouped(kk_members(day), '.')} Leserinnen und Leser unterstützen "
                f"die Kiezkolumne per Dauerauftrag.")
    return f"{stand}: {grouped(kk_members(day), '.')} Mitglieder finanzieren die Kiezkolumne."


@cache
def _kk_aufruf() -> Wordings:
    base = _steps((_OLD, "Gefällt dir die Kiezkolumne? Erzähl es deinen Nachbarinnen und "
                         "Nachbarn."),
                  (KK_STEADY.isoformat(), "Die Kiezkolumne ist werbefrei und unabhängig – "
                                          "weil ihre Mitglieder sie bezahlen."))
    corona = [_span("2020-03-17", "2020-05-31", "😷 Corona im Kiez: Was noch offen hat, steht "
                                                "hier – frei für alle")]
    wahlen = [(iso_day(day, -13), iso_day(day, 1), f"🗳️ {name} am {iso_day(day).day}. "
                                                   f"September: alle Texte zur Wahl sind frei "
                                                   f"lesbar")
              for day, name in KK_ELECTIONS]
    sommer = _yearly("07-20", 0, 27, lambda y: f"🌻 Sommerpause! Ab dem 17. August {y} geht "
                                               f"es weiter.")
    jahresende = _yearly("12-01", 0, 30, lambda y: f"🎄 Jahresendaktion {y}: 100 neue "
                                                   f"Mitglieder bis Silvester – bist du "
                                                   f"dabei?", years=range(2017, 2021))
    return _calendar(base, corona, wahlen, sommer, jahresende)


def kiezkolumne_style() -> PublisherStyle:
    """A Berlin neighbourhood column funded by its members: a rubric from a pool, the
    numeric date turned "Veröffentlicht am" with the long date and the reading time on the
    day memberships began in 2017 (a wording per day), "Von", a rare guest-post credit, a
    free-to-read note reworded then, "Jetzt Mitglied werden" up to twice and "Auch
    lesenswert:" mid-body, the members' count as of the day (a wording per day, reworded
    then), the paywall with the lowest membership price (raised twice), an appeal reworded
    then and turned by the pandemic, the Berlin and federal elections, each summer break
    and each year-end drive, the share bar, the comment count and the imprint (a block,
    the imprint reworded on the GDPR day), a rare correction."""
    return PublisherStyle(
        domain="kiezkolumne.de", site="Kiezkolumne", base_size=195,
        subdomains=(("www.", 100),),
        sections=("kolumne", "kiezgeschichten", "stadtpolitik", "wohnen"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"rubrik": ("Kolumne", "Kiezgeschichten", "Stadtpolitik", "Wohnen",
                          "Gastbeitrag", "Fundstück")},
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.88, *_by_day(_kk_datum)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}")),
            _f("gast", HEADER, 0.07, (_OLD, "Ein Gastbeitrag von {author2}")),
            _f("frei", HEADER, 0.3, (_OLD, "Dieser Text ist frei zugänglich."),
               (KK_STEADY.isoformat(), "Dieser Text ist frei zugänglich – möglich machen das "
                                       "unsere Mitglieder.")),
            _f("mitglied", MIDDLE, 0.35, (_OLD, "Jetzt Mitglied werden"), count=2),
            _f("lesenswert", MIDDLE, 0.3, (_OLD, "Auch lesenswert: {other_title}")),
            _f("stand", FOOTER, 0.35, *_by_day(_kk_stand)),
            _f("bezahlschranke", FOOTER, 0.15, *stepped(KK_PRICES, lambda v: (
                f"Du willst weiterlesen? Werde Mitglied der Kiezkolumne – schon ab {v} im "
                f"Monat."))),
            _f("aufruf", FOOTER, 0.3, *_kk_aufruf()),
            _f("teilen", FOOTER, 0.5, (_OLD, "Teilen: Facebook · Twitter · WhatsApp · E-Mail")),
            _f("kommentare", FOOTER, 0.4, (_OLD, "Kommentare ({count})")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Impressum · Datenschutz · Kontakt"),
               (KK_DSGVO.isoformat(), "Impressum · Datenschutzerklärung · Cookie-Einstellungen "
                                      "· Kontakt")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war die "
                                                 "Hausnummer des Cafés falsch angegeben.")),
        ),
    )


# --- a French reader-funded weekly column -------------------------------------------------

BF_LAUNCH = dt.date(2013, 1, 11)  # a Friday
BF_ABONNEMENT = dt.date(2017, 1, 6)  # subscriptions instead of a tipping platform
BF_REDESIGN = dt.date(2018, 1, 5)
BF_PRICES = (("2013-01-11", "aux donateurs de Tipeee, dès 2 € par mois"),
             ("2017-01-06", "aux abonnés. Abonnement : 3 € par mois"),
             ("2019-09-06", "aux abonnés. Abonnement : 4 € par mois ou 40 € par an"))
BF_ABONNES = (("2017-01-01", 310), ("2017-06-01", 900), ("2018-12-01", 1750),
              ("2020-04-01", 2600), ("2020-12-01", 3150))
PRESIDENTIELLE = (dt.date(2017, 4, 10), dt.date(2017, 5, 7))


def bf_break(day: dt.date) -> bool:
    """No letter from 14 July to the end of August."""
    return (day.month, day.day) >= (7, 14) and day.month <= 8


def bf_issue(day: dt.date) -> int:
    return issue_number(day, BF_LAUNCH, 4, bf_break)


def _bf_numero(day: dt.date) -> str:
    return f"Lettre n° {bf_issue(day)}"


def _bf_date(day: dt.date) -> str:
    if day < BF_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year} · "
            f"lecture {{read_min}} min")


def _bf_acces(day: dt.date) -> str:
    if day < BF_ABONNEMENT:
        return "Ce billet est en accès libre."
    abonnes = grouped(month_count(day, BF_ABONNES, "bf"), " ")
    return (f"Ce billet est en accès libre grâce aux {abonnes} abonnés qui font vivre Le Billet "
            f"du Faubourg.")


@cache
def _bf_appel() -> Wordings:
    base = _steps((_OLD, "Le Billet du Faubourg vit grâce à ses lecteurs : soutenez-le sur "
                         "Tipeee."),
                  (BF_ABONNEMENT.isoformat(), "Pas de publicité, pas d'actionnaire : Le Billet "
                                              "du Faubourg ne vit que de ses abonnés."))
    confinement = [_span("2020-03-17", "2020-05-10", "🏠 Confinement : tous nos billets sont en "
                                                     "accès libre")]
    presidentielle = [(PRESIDENTIELLE[0], PRESIDENTIELLE[1] + ONE,
                       "🗳️ Présidentielle : nos billets sont en accès libre jusqu'au second "
                       "tour, le 7 mai")]
    ete = _yearly("07-14", 0, 48, lambda y: (
        f"☀️ Pause estivale : la lettre revient le vendredi "
        f"{first_weekday_from(dt.date(y, 9, 1), 4).day} septembre."))
    dons = _yearly("11-15", 0, 46, lambda y: f"💶 Jusqu'au 31 décembre {y}, 66 % de votre don "
                                             f"au Billet du Faubourg est déductible de vos "
                                             f"impôts.")
    return _calendar(base, confinement, presidentielle, ete, dons)


def billetdufaubourg_style() -> PublisherStyle:
    """A French reader-funded weekly column: the letter's number, turning every Friday but
    not in its summer break (a wording per week), "Publié le" with the numeric date turned
    the weekday, the long date and the reading time on the first Friday of 2018 (a wording
    per day), "Par", a rare op-ed credit, an open-access note turned a count of
    subscribers (a wording per month) when subscriptions replaced tipping in 2017, "À lire
    aussi :" and "Je soutiens" (up to twice) mid-body, the subscribers-only cut-off with its
    price (raised in 2019), an appeal reworded then and turned by the lockdown, the 2017
    presidential election, the summer break with the Friday it comes back and the year-end
    tax-deductible gifts, the share bar, the comment prompt and the legal line (a block), a
    rare erratum."""
    return PublisherStyle(
        domain="billetdufaubourg.fr", site="Le Billet du Faubourg", base_size=170,
        subdomains=(("www.", 100),),
        sections=("billets", "politique", "societe", "lettres"),
        n_authors=2, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        families=(
            _f("numero", HEADER, 0.55, *_by_day(_bf_numero)),
            _f("date", HEADER, 0.88, *_by_day(_bf_date)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}")),
            _f("tribune", HEADER, 0.06, (_OLD, "Une tribune de {author2}, invitée du Billet")),
            _f("acces", HEADER, 0.3, *_by_day(_bf_acces)),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}")),
            _f("soutenir", MIDDLE, 0.35, (_OLD, "Je soutiens"), count=2),
            _f("reserve", FOOTER, 0.18, *stepped(BF_PRICES, lambda v: (
                f"La suite de ce billet est réservée {v}."))),
            _f("appel", FOOTER, 0.3, *_bf_appel()),
            _f("partager", FOOTER, 0.45, (_OLD, "Partager : Facebook · Twitter · LinkedIn · "
                                                "Courriel")),
            _f("commentaires", FOOTER, 0.35, (_OLD, "Réagir à ce billet")),
            _f("mentions", FOOTER, 0.3, (_OLD, "Le Billet du Faubourg · Mentions légales · "
                                               "Gérer mon abonnement")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une première version de ce billet "
                                               "attribuait la citation au mauvais ministre.")),
        ),
    )


# --- a Brazilian politics newsletter from Brasília ----------------------------------------

CP_LAUNCH = dt.date(2014, 6, 2)  # a Monday
CP_PAGO = dt.date(2017, 8, 7)
CP_REDESIGN = dt.date(2018, 3, 5)
CP_PIX = dt.date(2020, 11, 16)  # the day Brazil's instant payments opened to everyone
CP_PRICES = (("2014-06-02", "apoiadores no Apoia.se, a partir de R$ 5 por mês"),
             ("2017-08-07", "assinantes: assine por R$ 12,90 por mês"),
             ("2019-08-05", "assinantes: assine por R$ 14,90 por mês"))
ELEICOES = {2016: ("2016-10-02", "2016-10-30"), 2018: ("2018-10-07", "2018-10-28"),
            2020: ("2020-11-15", "2020-11-29")}  # first and second rounds


def cp_break(day: dt.date) -> bool:
    """No letter on Carnival Monday."""
    return day == carnival_tuesday(day.year) - ONE


def cp_issue(day: dt.date) -> int:
    return issue_number(day, CP_LAUNCH, 0, cp_break)


def _cp_edicao(day: dt.date) -> str:
    return f"Edição nº {cp_issue(day)}"


def _cp_data(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{DIAS_PT[day.weekday()].capitalize()}, {day.day} de {MESES_PT[day.month - 1]} "
            f"de {day.year}")


@cache
def _cp_apoio() -> Wordings:
    base = _steps((_OLD, "Gostou desta carta? Encaminhe para quem acompanha Brasília."),
                  (CP_PIX.isoformat(), "Apoie as Cartas do Planalto com um Pix: "
                                       "apoio@cartasdoplanalto.com.br"))
    eleicoes: list[Event] = []
    for y, (first, second) in ELEICOES.items():
        day = iso_day(second)
        eleicoes.append((iso_day(first, -10), day + ONE,
                         f"🗳️ Eleições {y}: cobertura aberta a todos até o segundo turno, em "
                         f"{day.day} de {MESES_PT[day.month - 1]}"))
    impeachment = [_span("2016-04-11", "2016-04-17", "Impeachment: acompanhe a votação na "
                                                     "Câmara com a gente"),
                   _span("2016-08-25", "2016-08-31", "Impeachment: acompanhe o julgamento no "
                                                     "Senado com a gente")]
    carnaval = _movable(carnival_tuesday, 4, 1, lambda y: f"🎭 Carnaval {y}: a próxima carta "
                                                          f"chega na Quarta-feira de Cinzas")
    return _calendar(base, eleicoes, impeachment, carnaval)


def cartasdoplanalto_style() -> PublisherStyle:
    """A Brazilian politics newsletter from Brasília: the edition number, turning every
    Monday but not on Carnival Monday (a wording per week), "Publicado em" with the numeric
    date turned the weekday and the long date on the day of the 2018 redesign (a wording
    per day), "Por ..., de Brasília", a forwarded-letter line, an open-letter note reworded
    when paid subscriptions came in 2017, "Assine" up to twice and "Leia também:"
    mid-body, the cut-off with its price (Apoia.se, then two subscription prices), an
    appeal reworded for Pix on the day it opened and turned by the 2016, 2018 and 2020
    elections, the 2016 impeachment votes and Carnival, the share bar, the comment prompt
    and the unsubscribe line (a block), a rare erratum."""
    return PublisherStyle(
        domain="cartasdoplanalto.com.br", site="Cartas do Planalto", base_size=150,
        subdomains=(("", 100),),
        sections=("politica", "congresso", "economia", "eleicoes"),
        n_authors=2, url_path="/p/{slug}",
        families=(
            _f("edicao", HEADER, 0.6, *_by_day(_cp_edicao)),
            _f("data", HEADER, 0.88, *_by_day(_cp_data)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}, de Brasília")),
            _f("recebeu", HEADER, 0.25, (_OLD, "Recebeu esta carta de alguém? Inscreva-se "
                                               "gratuitamente.")),
            _f("aberto", HEADER, 0.3, (_OLD, "Esta carta é aberta a todos os leitores."),
               (CP_PAGO.isoformat(), "Esta carta é aberta a todos. Quem paga a conta são os "
                                     "assinantes: obrigado!")),
            _f("assine", MIDDLE, 0.4, (_OLD, "Assine"), count=2),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}")),
            _f("exclusivo", FOOTER, 0.2, *stepped(CP_PRICES, lambda v: (
                f"O restante desta carta é exclusivo para {v}."))),
            _f("apoio", FOOTER, 0.3, *_cp_apoio()),
            _f("compartilhe", FOOTER, 0.45, (_OLD, "Compartilhe: WhatsApp · Twitter · Facebook "
                                                   "· E-mail")),
            _f("comentarios", FOOTER, 0.3, (_OLD, "Deixe seu comentário")),
            _f("cancelar", FOOTER, 0.25, (_OLD, "Cartas do Planalto · Brasília (DF) · Cancelar "
                                                "inscrição")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: uma versão anterior desta carta trazia "
                                              "o nome errado do relator.")),
        ),
    )


# --- a Russian writer's newsletter --------------------------------------------------------

ZP_LAUNCH = dt.date(2014, 4, 3)  # a Thursday
ZP_REDESIGN = dt.date(2019, 2, 7)
ZP_SUPPORT = (("2014-04-03", "Patreon, от $2 в месяц"), ("2018-03-01", "Patreon, от $3 в месяц"),
              ("2019-09-05", "Boosty, от 200 ₽ в месяц"),
              ("2020-09-03", "Boosty, от 250 ₽ в месяц"))
NON_FICTION = {2015: ("2015-11-25", "2015-11-29"), 2016: ("2016-11-30", "2016-12-04"),
               2017: ("2017-11-29", "2017-12-03"), 2018: ("2018-11-28", "2018-12-02"),
               2019: ("2019-11-27", "2019-12-01")}
SAMOIZOLYATSIYA = (dt.date(2020, 3, 30), dt.date(2020, 6, 9))


def zp_break(day: dt.date) -> bool:
    """No letter in the New Year holidays, from 25 December to 10 January."""
    return (day.month, day.day) >= (12, 25) or (day.month, day.day) <= (1, 10)


def zp_issue(day: dt.date) -> int:
    return issue_number(day, ZP_LAUNCH, 3, zp_break)


def zp_back(y: int) -> dt.date:
    """The first issue after the New Year holidays of `y` (the first Thursday after 10
    January)."""
    return first_weekday_from(dt.date(y, 1, 11), 3)


def _zp_vypusk(day: dt.date) -> str:
    if day < ZP_REDESIGN:
        return f"Выпуск №{zp_issue(day)}"
    return f"Выпуск {zp_issue(day)} · Заметки на полях"


def _zp_data(day: dt.date) -> str:
    if day < ZP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MESYATSEV[day.month - 1]} {day.year} г. · {{read_min}} мин чтения"


@cache
def _zp_obyavlenie() -> Wordings:
    base = _steps((_OLD, "Пересылайте рассылку друзьям: так она и растёт."))
    doma = [(SAMOIZOLYATSIYA[0], SAMOIZOLYATSIYA[1] + ONE,
             "🏠 Пока все сидят дома, архив рассылки открыт бесплатно")]
    kanikuly = _yearly("12-25", 0, 16, lambda y: (
        f"🎄 Рассылка уходит на новогодние каникулы. Следующий выпуск — {zp_back(y + 1).day} "
        f"января"), years=range(2014, 2021))
    yarmarka = [(iso_day(first, -7), iso_day(last, 1), f"📚 Ярмарка non/fiction {y}: встречаемся "
                                                       f"на автограф-сессии "
                                                       f"{iso_day(first).day} "
                                                       f"{MESYATSEV[iso_day(first).month - 1]}")
                for y, (first, last) in NON_FICTION.items()]
    return _calendar(base, doma, kanikuly, yarmarka)


def zametki_style() -> PublisherStyle:
    """A Russian writer's newsletter: the issue number, turning every Thursday but not in
    the New Year holidays and reworded with the site's name on the day of the 2019
    redesign (a wording per week), the numeric date turned the long date with the genitive
    month and the reading time that day (a wording per day), "Автор:", an open-issue note,
    "Подписаться" up to twice and "Читайте также:" mid-body, a subscribers-only cut-off,
    the support line with its platform and price (Patreon raised in 2018, then Boosty
    raised in 2020), an announcement turned by the self-isolation of 2020, the New Year
    holidays with the day of the next issue and the non/fiction book fair, the share bar,
    the comment count and the unsubscribe line (a block), a rare correction."""
    return PublisherStyle(
        domain="zametkinapolyah.ru", site="Заметки на полях", base_size=130,
        subdomains=(("", 100),),
        sections=("vypuski", "knigi", "zametki"),
        n_authors=1, url_path="/{section}/{slug}",
        families=(
            _f("vypusk", HEADER, 0.55, *_by_day(_zp_vypusk)),
            _f("data", HEADER, 0.88, *_by_day(_zp_data)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}")),
            _f("otkryt", HEADER, 0.3, (_OLD, "Этот выпуск открыт для всех. Если он вам "
                                             "понравился, перешлите его другу.")),
            _f("podpisatsya", MIDDLE, 0.4, (_OLD, "Подписаться"), count=2),
            _f("chitayte", MIDDLE, 0.3, (_OLD, "Читайте также: {other_title}")),
            _f("prodolzhenie", FOOTER, 0.12, (_OLD, "Продолжение этого текста доступно только "
                                                    "платным подписчикам.")),
            _f("podderzhka", FOOTER, 0.3, *stepped(ZP_SUPPORT, lambda v: (
                f"Поддержать рассылку «Заметки на полях»: {v}"))),
            _f("obyavlenie", FOOTER, 0.3, *_zp_obyavlenie()),
            _f("podelitsya", FOOTER, 0.45, (_OLD, "Поделиться: ВКонтакте · Telegram · Twitter · "
                                                  "Facebook")),
            _f("kommentarii", FOOTER, 0.35, (_OLD, "Комментарии ({count})")),
            _f("otpisatsya", FOOTER, 0.25, (_OLD, "© {year} Заметки на полях · Отписаться от "
                                                  "рассылки")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправление: в первой версии текста была "
                                                   "неверно указана дата выхода книги.")),
        ),
    )


# --- a Hindi group blog of poets and story writers ----------------------------------------

KT_REDESIGN = dt.date(2018, 1, 14)  # Makar Sankranti
KT_UPI = dt.date(2016, 11, 15)
KT_SAHYOG = (("2013-01-01", ("पाठकों के सहयोग से चलता है", "₹51")),
             ("2016-11-15", ("को UPI से सहयोग दें", "₹51")),
             ("2019-04-01", ("को UPI से सहयोग दें", "₹101")))
DEEPAVALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
             2019: "2019-10-27", 2020: "2020-11-14"}
PUSTAK_MELA = {2015: ("2015-02-14", "2015-02-22"), 2016: ("2016-01-09", "2016-01-17"),
               2017: ("2017-01-07", "2017-01-15"), 2018: ("2018-01-06", "2018-01-14"),
               2019: ("2019-01-05", "2019-01-13"), 2020: ("2020-01-04", "2020-01-12")}


def _kt_dinank(day: dt.date) -> str:
    if day < KT_REDESIGN:
        return f"{day.day} {MAHINE[day.month - 1]} {day.year}"
    return f"प्रकाशित: {VAAR[day.weekday()]}, {day.day} {MAHINE[day.month - 1]} {day.year}"


def _kt_sahyog(start: str) -> str:
    how, amount = dict(KT_SAHYOG)[start]
    return f"कलम कथा {how}: {amount} प्रति माह से सहयोग करें।"


@cache
def _kt_suchna() -> Wordings:
    base = _steps((_OLD, "अपनी रचनाएँ भेजें: rachnayen@kalamkatha.in"))
    lockdown = [_span("2020-03-25", "2020-05-31", "🏠 लॉकडाउन डायरी: घर में बैठकर लिखी अपनी "
                                                  "रचनाएँ हमें भेजें")]
    mela = [(iso_day(first, -3), iso_day(last, 1), f"📚 विश्व पुस्तक मेला {y}: प्रगति मैदान में "
                                                   f"कलम कथा के स्टॉल पर आइए")
            for y, (first, last) in PUSTAK_MELA.items()]
    diwas = _yearly("09-14", 7, 0, lambda y: f"हिंदी दिवस {y}: पाठकों की रचनाओं का विशेष अंक "
                                             f"पढ़ें")
    deepavali = [(iso_day(day, -6), iso_day(day, 3), f"🪔 दीपावली विशेषांक {y}: चुनी हुई "
                                                     f"कहानियाँ और कविताएँ")
                 for y, day in DEEPAVALI.items()]
    return _calendar(base, lockdown, mela, diwas, deepavali)


def kalamkatha_style() -> PublisherStyle:
    """A Hindi group blog of poets and story writers: a genre from a pool, the long date
    turned "प्रकाशित:" with the weekday on Makar Sankranti 2018 (a wording per day), the
    writer's line, a guest-writer credit, a free-for-all note, "इसे भी पढ़ें:" and
    "सब्सक्राइब करें" mid-body, the support line (by UPI from November 2016, its amount raised
    in 2019), a submissions line turned by the lockdown, the World Book Fair, Hindi Diwas and
    the Diwali special issue, the share bar, the comment prompt and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="kalamkatha.in", site="कलम कथा", base_size=110,
        subdomains=(("www.", 100),),
        sections=("kavita", "kahani", "vyangya", "sansmaran", "samiksha"),
        n_authors=9, url_path="/{section}/{slug}/",
        pools={"vidha": ("कविता", "कहानी", "व्यंग्य", "संस्मरण", "समीक्षा", "लघुकथा")},
        families=(
            _f("vidha", HEADER, 0.5, (_OLD, "{vidha}")),
            _f("dinank", HEADER, 0.85, *_by_day(_kt_dinank)),
            _f("lekhak", HEADER, 0.6, (_OLD, "लेखक: {author}")),
            _f("atithi", HEADER, 0.08, (_OLD, "अतिथि लेखक: {author2}")),
            _f("nishulk", HEADER, 0.25, (_OLD, "यह रचना सभी पाठकों के लिए निःशुल्क है।")),
            _f("padhein", MIDDLE, 0.3, (_OLD, "इसे भी पढ़ें: {other_title}")),
            _f("subscribe", MIDDLE, 0.3, (_OLD, "सब्सक्राइब करें")),
            _f("sahyog", FOOTER, 0.3, *stepped(tuple((s, s) for s, _ in KT_SAHYOG), _kt_sahyog)),
            _f("suchna", FOOTER, 0.3, *_kt_suchna()),
            _f("share", FOOTER, 0.4, (_OLD, "शेयर करें: व्हाट्सऐप · फ़ेसबुक · ट्विटर")),
            _f("tippani", FOOTER, 0.35, (_OLD, "रचना कैसी लगी? अपनी राय टिप्पणी में ज़रूर "
                                               "लिखें।")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} कलम कथा। रचनाओं के सर्वाधिकार उनके "
                                                "लेखकों के पास सुरक्षित हैं।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस रचना के साथ पहले कवि का नाम गलत छप "
                                              "गया था।")),
        ),
    )


# --- an English academic group blog -------------------------------------------------------

FN_REDESIGN = dt.date(2018, 8, 27)
FN_GDPR = dt.date(2018, 5, 25)
FN_GOALS = {2015: 4000, 2016: 4500, 2017: 5000, 2018: 5500, 2019: 6000, 2020: 7500}
FN_REACHED = {2015: 0.94, 2016: 1.08, 2017: 1.02, 2018: 0.97, 2019: 1.11, 2020: 1.26}


def fn_raised(day: dt.date) -> int:
    """Dollars raised by the end of `day` of a November fund drive (a made-up curve: fast at
    first, then slower)."""
    k = day.day
    share = 1 - (1 - k / 30) ** 1.7
    return int(round(FN_GOALS[day.year] * FN_REACHED[day.year] * share, -1))


def _fn_posted(day: dt.date) -> str:
    if day < FN_REDESIGN:
        return f"Posted by {{author}} on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{{author}} · {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _fn_drive(day: dt.date) -> str:
    if day.month == 11:
        return (f"Day {day.day} of our {day.year} fund drive: ${fn_raised(day):,} of "
                f"${FN_GOALS[day.year]:,} raised. Chip in!")
    return "Field Notes Collective is ad-free and reader-funded. Support us on Patreon."


def fieldnotes_style() -> PublisherStyle:
    """An English academic group blog: "Posted by ... on" with the long date turned the
    writer and the short date on the day of the 2018 redesign (a wording per day), guest-post
    credits, cross-post notes naming a blog from a pool, "Related:" mid-body, the categories from a
    pool, the comment count and the comment policy (a block, the policy reworded on the
    GDPR day), the support line turned each November into the fund drive counted day by day
    ($ raised of a goal that rises every year: a wording per day), the share bar and the
    licence (a block), a rare update."""
    return PublisherStyle(
        domain="fieldnotescollective.org", site="Field Notes Collective", base_size=90,
        subdomains=(("", 70), ("www.", 30)),
        sections=("history", "sociology", "economics", "academia", "books"),
        n_authors=11, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "category": ("Academia", "Books", "Economics", "History", "Higher education",
                         "Sociology", "Uncategorized"),
            "xpost": ("the author's own blog", "Ledger and Lamp", "Notes from the Stacks",
                      "the Quiet Quadrangle"),
        },
        families=(
            _f("posted", HEADER, 0.88, *_by_day(_fn_posted)),
            _f("guest", HEADER, 0.1, (_OLD, "Guest post by {author2}")),
            _f("crosspost", HEADER, 0.12, (_OLD, "Cross-posted from {xpost}")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("filed", FOOTER, 0.6, (_OLD, "Filed under: {category_list}")),
            _f("comments", FOOTER, 0.55, (_OLD, "{count} comments")),
            _f("policy", FOOTER, 0.3,
               (_OLD, "Comments are moderated. Be civil and stay on topic."),
               (FN_GDPR.isoformat(), "Comments are moderated. By commenting you agree to our "
                                     "updated privacy policy.")),
            _f("drive", FOOTER, 0.3, *_by_day(_fn_drive)),
            _f("share", FOOTER, 0.4, (_OLD, "Share this: Twitter · Facebook · Reddit · Email")),
            _f("licence", FOOTER, 0.3, (_OLD, "Posts are licensed CC BY-SA 4.0 unless noted "
                                               "otherwise; comments belong to their "
                                               "authors.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: a figure in the third paragraph has "
                                              "been corrected.")),
        ),
    )


# --- a web-serial author's blog -----------------------------------------------------------

IE_REDESIGN = dt.date(2019, 1, 7)  # and three chapters a week from that Monday
IE_BOOKS = (("2014-10-31", "1"), ("2016-09-01", "2"), ("2018-09-01", "3"), ("2020-06-01", "4"))
IE_AHEAD = (("2014-10-31", "two"), ("2017-03-01", "three"), ("2019-01-07", "five"))
IE_VOTE = dt.date(2018, 6, 1)


def ie_hiatus(day: dt.date) -> bool:
    """The holiday hiatus: from 20 December to 5 January."""
    return (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 5)


def ie_posting_day(day: dt.date) -> bool:
    days = (1, 4) if day < IE_REDESIGN else (0, 2, 4)
    return day.weekday() in days and not ie_hiatus(day)


def ie_next(day: dt.date) -> dt.date:
    """The next day a chapter goes up, after `day`."""
    day += ONE
    while not ie_posting_day(day):
        day += ONE
    return day


def _ie_schedule(day: dt.date) -> str:
    nxt = ie_next(day)
    when = f"{WEEKDAYS[nxt.weekday()]} {nxt.day} {MONTHS[nxt.month - 1]}"
    if ie_hiatus(day):
        return f"On holiday hiatus: chapters resume {when}."
    return f"Next chapter: {when}"


def _ie_posted(day: dt.date) -> str:
    if day < IE_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return (f"{MONTHS[day.month - 1]} {day.day}, {day.year} · Book "
            f"{value_on(day, IE_BOOKS)}")


@cache
def _ie_notice() -> Wordings:
    base = _steps((_OLD, "New chapters every Tuesday and Friday."),
                  (IE_REDESIGN.isoformat(), "New chapters every Monday, Wednesday and Friday."))
    nano = _yearly("11-01", 0, 29, lambda y: (
        f"✍️ NaNoWriMo {y}: I'm drafting Book {int(value_on(dt.date(y, 11, 1), IE_BOOKS)) + 1}, "
        f"so chapters may run short this month."))
    birthday = _yearly("10-31", 3, 0, lambda y: f"🎃 Ink & Embers turns {y - 2014} on "
                                                f"Halloween. Thank you for reading!")
    return _calendar(base, nano, birthday)


def inkandembers_style() -> PublisherStyle:
    """A web-serial author's blog: the chapter links at the top, "Posted on ... by" with the
    long date turned the date and the book's number on the day the serial went to three
    chapters a week (a wording per day), the next chapter's day (turning on each posting
    day, and to the day chapters resume in each holiday hiatus), a content warning from a
    pool, the patrons' line with how many chapters ahead they read (more in 2017 and 2019),
    a vote line reworded for a reviews site in 2018, the schedule line reworded then and
    turned by NaNoWriMo each November and the serial's birthday each Halloween, "{count}
    thoughts on" the chapter's own title, a typo prompt, the chapter links at the bottom and
    the copyright line, a rare edit note."""
    return PublisherStyle(
        domain="inkandembers.com", site="Ink & Embers", base_size=70,
        subdomains=(("", 100),),
        sections=("chapters", "interludes", "news"),
        n_authors=1, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"warning": ("violence", "blood", "character death", "fire", "grief",
                           "body horror")},
        families=(
            _f("nav-top", HEADER, 0.7, (_OLD, "Previous Chapter · Next Chapter")),
            _f("posted", HEADER, 0.85, *_by_day(_ie_posted)),
            _f("next", HEADER, 0.3, *_by_day(_ie_schedule)),
            _f("warning", HEADER, 0.15, (_OLD, "Content warning: {warning_list}")),
            _f("patreon", FOOTER, 0.45, *stepped(IE_AHEAD, lambda v: (
                f"Patrons read {v} chapters ahead. Support Ink & Embers on Patreon from $1 a "
                f"month."))),
            _f("vote", FOOTER, 0.3, (_OLD, "Vote for Ink & Embers on Top Web Fiction!"),
               (IE_VOTE.isoformat(), "Enjoying Ink & Embers? A rating and a review on Royal "
                                     "Road help new readers find it.")),
            _f("notice", FOOTER, 0.3, *_ie_notice()),
            _f("thoughts", FOOTER, 0.45, (_OLD, "{count} thoughts on “{title}”")),
            _f("typo", FOOTER, 0.2, (_OLD, "Spotted a typo? Leave it in the typo thread below.")),
            _f("nav-bottom", FOOTER, 0.7, (_OLD, "« Previous Chapter | Table of Contents | Next "
                                                 "Chapter »")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© 2014–{year} Ink & Embers. All rights "
                                                 "reserved.")),
            _f("edit", HEADER, 0.04, (_OLD, "Edit: fixed the chapter number in the title.")),
        ),
    )


# --- an Argentine group blog --------------------------------------------------------------

BC_REDESIGN = dt.date(2019, 8, 12)  # the day after the primaries
BC_CAFECITO = dt.date(2020, 5, 4)
BC_CUOTA = (("2014-01-01", "$ 50"), ("2016-01-01", "$ 80"), ("2017-01-01", "$ 100"),
            ("2018-01-01", "$ 150"), ("2019-01-01", "$ 250"), ("2020-01-01", "$ 350"))
BC_ELECCIONES = (("2015-10-25", "2015-10-14"), ("2015-11-22", "2015-11-12"),
                 ("2017-10-22", "2017-10-12"), ("2019-08-11", "2019-08-01"),
                 ("2019-10-27", "2019-10-17"))  # polling day, first day of the notice
ASPO = (dt.date(2020, 3, 20), dt.date(2020, 11, 8))


def _bc_fecha(day: dt.date) -> str:
    if day < BC_REDESIGN:
        return f"Publicado el {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de {day.year}"


def _bc_banca(start: str) -> str:
    cuota = value_on(iso_day(start), BC_CUOTA)
    if start >= BC_CAFECITO.isoformat():
        return f"Invitanos un cafecito: cada uno son {cuota} y nos ayuda a seguir escribiendo."
    return f"Bancá Bitácora Común con una suscripción mensual de {cuota}."


@cache
def _bc_aviso() -> Wordings:
    base = _steps((_OLD, "Seguinos en Twitter y en Instagram."))
    cuarentena = [(ASPO[0], ASPO[1] + ONE, "🏠 Cuarentena: todas las notas están abiertas y "
                                           "sin muro")]
    elecciones = [(iso_day(first), iso_day(day, 1), f"🗳️ Elecciones {iso_day(day).day}/"
                                                    f"{iso_day(day).month}: seguí el "
                                                    f"escrutinio en vivo con nosotros")
                  for day, first in BC_ELECCIONES]
    mundial = [_span("2018-06-14", "2018-07-15", "⚽ Mundial 2018: la columna de los lunes "
                                                 "habla de fútbol")]
    return _calendar(base, cuarentena, elecciones, mundial)


def bitacoracomun_style() -> PublisherStyle:
    """An Argentine group blog: a section from a pool, "Publicado el" with the numeric date
    turned the weekday and the long date the day after the 2019 primaries (a wording per
    day), "Por", a guest-column credit, "Leé también:" and a newsletter prompt mid-body, the
    support line with its monthly amount (raised every January with inflation) reworded for
    Cafecito in 2020, a follow-us line turned by the elections of 2015, 2017 and 2019, the
    2018 World Cup and the long quarantine, the opinion disclaimer, the comment count, the
    share bar and the licence (a block), a rare erratum."""
    return PublisherStyle(
        domain="bitacoracomun.com.ar", site="Bitácora Común", base_size=55,
        subdomains=(("", 60), ("www.", 40)),
        sections=("politica", "economia", "cultura", "conurbano", "opinion"),
        n_authors=8, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"seccion": ("Política", "Economía", "Cultura", "Conurbano", "Opinión")},
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_bc_fecha)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("invitado", HEADER, 0.08, (_OLD, "Columna invitada: {author2}")),
            _f("lee", MIDDLE, 0.35, (_OLD, "Leé también: {other_title}")),
            _f("suscribite", MIDDLE, 0.25, (_OLD, "Suscribite a nuestro newsletter")),
            _f("banca", FOOTER, 0.35, *stepped(
                tuple(sorted({(s, s) for s, _ in BC_CUOTA} | {(BC_CAFECITO.isoformat(),) * 2})),
                _bc_banca)),
            _f("aviso", FOOTER, 0.35, *_bc_aviso()),
            _f("opinion", FOOTER, 0.35, (_OLD, "Las notas firmadas no reflejan necesariamente "
                                               "la opinión de Bitácora Común.")),
            _f("comentarios", FOOTER, 0.35, (_OLD, "{count} comentarios")),
            _f("compartir", FOOTER, 0.35, (_OLD, "Compartí esta nota: WhatsApp · Twitter · "
                                                 "Facebook")),
            _f("licencia", FOOTER, 0.25, (_OLD, "Bitácora Común · Contenido bajo licencia "
                                                "Creative Commons BY-SA · Buenos Aires")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: corregimos el porcentaje "
                                                     "del segundo párrafo.")),
        ),
    )


# --- a British town's reader-funded weekly letter -----------------------------------------

ML_LAUNCH = dt.date(2014, 11, 6)  # a Thursday
ML_REDESIGN = dt.date(2017, 9, 7)
ML_PRICES = (("2014-11-06", "£3"), ("2019-04-04", "£4"))
ML_MEMBERS = (("2015-01-01", 140), ("2017-09-01", 520), ("2020-03-01", 1180),
              ("2020-06-01", 1620), ("2020-12-01", 1790))
UK_VOTES = ("2015-05-07", "2016-05-05", "2016-06-23", "2017-05-04", "2017-06-08",
            "2018-05-03", "2019-05-02", "2019-05-23", "2019-12-12")


def ml_break(day: dt.date) -> bool:
    """No letter in the Christmas break, from 20 December to 5 January."""
    return (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 5)


def ml_issue(day: dt.date) -> int:
    return issue_number(day, ML_LAUNCH, 3, ml_break)


def _ml_issue(day: dt.date) -> str:
    return f"The Mossbank Letter · No. {ml_issue(day)}"


def _ml_dated(day: dt.date) -> str:
    if day < ML_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _ml_members(day: dt.date) -> str:
    return (f"The Mossbank Letter is paid for by {month_count(day, ML_MEMBERS, 'ml'):,} "
            f"members. Join them from {value_on(day, ML_PRICES)} a month.")


@cache
def _ml_notice() -> Wordings:
    base = _steps((_OLD, "Free for everyone, every Thursday."))
    lockdown = [_span("2020-03-23", "2020-07-03", "🏠 Lockdown: our list of who is delivering "
                                                  "in Mossbank is updated every day")]
    votes = [(iso_day(day, -6), iso_day(day, 1), f"🗳️ Polling day is Thursday "
                                                 f"{iso_day(day).day} "
                                                 f"{MONTHS[iso_day(day).month - 1]}: this "
                                                 f"week's letter is free to all")
             for day in UK_VOTES]
    christmas = _yearly("12-20", 0, 16, lambda y: (
        f"🎄 We're off for Christmas. Back on Thursday "
        f"{first_weekday_from(dt.date(y + 1, 1, 6), 3).day} January."),
        years=range(2014, 2021))
    return _calendar(base, lockdown, votes, christmas)


def mossbank_style() -> PublisherStyle:
    """A British town's reader-funded weekly letter: the letter's number, turning every
    Thursday but not in the Christmas break (a wording per week), the numeric date turned
    the weekday and the long date on the day of the 2017 redesign (a wording per day), a
    forwarded-letter line, the local business of the week from a pool mid-body, the
    members' count (a wording per month) with the lowest price (raised in 2019), a notice
    turned by each polling week, the Christmas break with the Thursday it comes back and
    the lockdown, the reply prompt, the postal address and the unsubscribe line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="mossbankletter.co.uk", site="The Mossbank Letter", base_size=40,
        subdomains=(("", 100),),
        sections=("news", "council", "whats-on", "letters"),
        n_authors=2, url_path="/p/{slug}",
        pools={"business": ("Hollins & Daughter, greengrocer", "The Kiln Café",
                            "Mossbank Cycle Works", "Tarn View Bakery",
                            "Pritchard's Hardware")},
        families=(
            _f("issue", HEADER, 0.6, *_by_day(_ml_issue)),
            _f("dated", HEADER, 0.85, *_by_day(_ml_dated)),
            _f("forwarded", HEADER, 0.35, (_OLD, "Forwarded this? Sign up free at "
                                                "mossbankletter.co.uk")),
            _f("business", MIDDLE, 0.35, (_OLD, "Local business of the week: {business}")),
            _f("members", FOOTER, 0.4, *_by_day(_ml_members)),
            _f("notice", FOOTER, 0.35, *_ml_notice()),
            _f("reply", FOOTER, 0.35, (_OLD, "Spotted a mistake, or got a story? Just hit "
                                             "reply.")),
            _f("address", FOOTER, 0.35, (_OLD, "The Mossbank Letter Ltd, Unit 4, The Old Dairy, "
                                              "Mossbank, Cumbria")),
            _f("unsubscribe", FOOTER, 0.25, (_OLD, "Update your preferences or unsubscribe")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last week's letter gave the "
                                                  "wrong date for the parish council "
                                                  "meeting.")),
        ),
    )


# --- a developers' weekly newsletter ------------------------------------------------------

SN_LAUNCH = dt.date(2013, 5, 1)  # a Wednesday
SN_READERS = (("2015-01-01", 8200), ("2017-01-01", 21000), ("2019-01-01", 38500),
              ("2020-12-01", 52000))
SN_SPONSOR = (("2013-05-01", "$250"), ("2016-01-01", "$400"), ("2018-01-01", "$650"),
              ("2020-01-01", "$900"))


def sn_issue(day: dt.date) -> int:
    return issue_number(day, SN_LAUNCH, 2, no_break)


def _sn_issue(day: dt.date) -> str:
    out = issue_days(SN_LAUNCH, 2, no_break)[sn_issue(day) - 1]
    return f"Stack Notes #{sn_issue(day)} · {MONTHS[out.month - 1][:3]} {out.day}, {out.year}"


def _sn_cta(day: dt.date) -> str:
    return (f"Want to reach {month_count(day, SN_READERS, 'sn'):,} developers? Sponsor an "
            f"issue from {value_on(day, SN_SPONSOR)}.")


@cache
def _sn_notice() -> Wordings:
    base = _steps((_OLD, "Stack Notes is free, forever. Forward it to a friend."))
    advent = _yearly("12-01", 0, 24, lambda y: f"🎄 Advent of Code {y} has started: join the "
                                               f"Stack Notes private leaderboard")
    hacktober = _yearly("10-01", 0, 30, lambda y: f"🎃 Hacktoberfest {y}: this month's "
                                                  f"beginner-friendly issues are at the bottom")
    return _calendar(base, advent, hacktober)


def stacknotes_style() -> PublisherStyle:
    """A developers' weekly newsletter: the issue number and the day it went out, turning
    every Wednesday (a wording per week), "Sponsored by" from a pool mid-body, links to
    other issues up to twice and a job from a pool mid-body, the sponsorship line with the
    readers' count (a wording per month) and the lowest price (raised every other year), a
    notice turned by Hacktoberfest and Advent of Code, the RSS line and the unsubscribe
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="stacknotes.io", site="Stack Notes", base_size=30,
        subdomains=(("", 100),),
        sections=("issues",),
        n_authors=2, url_path="/issues/{n}",
        pools={
            "sponsor": ("Pipewright CI", "Northdesk Monitoring", "Querylane", "Fernbuild",
                        "Lumen Logs"),
            "job": ("Senior Go engineer at Fernbuild (remote)", "Frontend developer at Querylane "
                    "(Berlin)", "SRE at Northdesk (London or remote)"),
        },
        families=(
            _f("issue", HEADER, 0.75, *_by_day(_sn_issue)),
            _f("sponsor", MIDDLE, 0.45, (_OLD, "Sponsored by {sponsor}")),
            _f("also", MIDDLE, 0.3, (_OLD, "🔗 Also worth a click: {other_title}"), count=2),
            _f("job", MIDDLE, 0.15, (_OLD, "Job: {job}")),
            _f("cta", FOOTER, 0.25, *_by_day(_sn_cta)),
            _f("notice", FOOTER, 0.3, *_sn_notice()),
            _f("rss", FOOTER, 0.2, (_OLD, "Prefer RSS? stacknotes.io/feed.xml")),
            _f("unsubscribe", FOOTER, 0.3, (_OLD, "You're getting this because you signed up at "
                                                  "stacknotes.io. Unsubscribe")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last week's link to the release "
                                                  "notes was broken; it is fixed below.")),
        ),
    )


def heldout146_styles() -> list[PublisherStyle]:
    """The held-back-146 styles, in the order the generator hands them to publishers."""
    return [
        longmargin_style(), paginasuelta_style(), kiezkolumne_style(),
        billetdufaubourg_style(), cartasdoplanalto_style(), zametki_style(),
        kalamkatha_style(), fieldnotes_style(), inkandembers_style(), bitacoracomun_style(),
        mossbank_style(), stacknotes_style(),
    ]
