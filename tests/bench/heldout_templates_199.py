"""The ``held-back-199`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-192 set. It was
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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites of one
classifieds group share a "Report this ad" line, a safety tip or an advertisement marker. The
publishers are the editorial, advice and help pages of classified-ads sites and online
marketplaces in English, Polish, Arabic, Urdu, Romanian and Hungarian: a British general
classifieds site's blog and help pages, a Polish classifieds portal's blog, a Saudi
marketplace's blog (in Arabic), an American marketplace's seller help centre, a Pakistani
classifieds site's blog (in Urdu), a Romanian classifieds site's blog, a Hungarian classifieds
site's magazine, a Polish used-car marketplace's editorial pages, an Egyptian property
portal's guides (in Arabic), a British pet classifieds site's advice pages, a Romanian
car-ads site's news and a Hungarian property portal's market pages. The families are the kinds
a crawl of such sites holds: category kickers from pools; "posted on" dates localised day by
day in English, Polish, Arabic (later in Arabic-Indic digits), Urdu, Romanian and Hungarian,
several changing form on the day of a redesign; listing-ID lines, price lines, mileage and
floor-area lines from pools inside the body (the featured listing an article embeds);
"Report this ad" lines, some up to twice; safety tips reworded as the scams changed (bank
transfers, BLIK codes, fake courier payment links, JazzCash and Easypaisa, fake deposit
requests); seller-verification banners reworded (a phone number checked, then an ID); app
appeals reworded over the years; lines that turn every day (the BNR euro rate each business
day, "prices as of" with the day's date), every week (the ads posted last week, each Monday)
and every month (the average asking price of a used car, each 5th); notices that follow the
calendars of buying and selling (Black Friday in its American and Romanian dates, White
Friday, Christmas post days, Easter and Orthodox Easter, Ramadan, the Eids with the qurbani
animal markets, Saudi National Day, Pakistan's Independence Day, 11.11, the tyre seasons,
back to school, December pet-advert pauses, the 2020 lockdowns); amounts that change over the
years (Romanian and Hungarian minimum wages, Saudi and Egyptian VAT, American stamp prices and
marketplace sales-tax states, the Hungarian base rate and home-purchase subsidies and VAT on
new homes, Pakistani featured-ad prices, Polish ad-promotion prices); the rules that reword
notices on their days (GDPR/RODO, the English pet-sale licensing rules and Lucy's Law, the end
of the Romanian environmental stamp); multi-line blocks (company details and copyright
lines), bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    digits,
    easter,
    iso_day,
    orthodox_easter,
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
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Polish: months in the genitive (a date), in the nominative (a month), weekdays.
MIESIACA = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")
MIESIAC = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
           "wrzesień", "październik", "listopad", "grudzień")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
SHUHUR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MAHINAY = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
           "اکتوبر", "نومبر", "دسمبر")
DIN = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
LUNI = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
        "septembrie", "octombrie", "noiembrie", "decembrie")
ZILE = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
HONAP = ("január", "február", "március", "április", "május", "június", "július", "augusztus",
         "szeptember", "október", "november", "december")
NAP = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
ARABIC_ZERO = "٠"

# The Islamic calendar as Saudi sites kept it (first of Ramadan, Eid al-Fitr, Eid al-Adha,
# the Hijri year), and as Pakistan's moon-sighting committee announced it, often a day later.
HIJRI_SA = {2015: ("2015-06-18", "2015-07-17", "2015-09-24", 1436),
            2016: ("2016-06-06", "2016-07-05", "2016-09-12", 1437),
            2017: ("2017-05-27", "2017-06-25", "2017-09-01", 1438),
            2018: ("2018-05-17", "2018-06-15", "2018-08-21", 1439),
            2019: ("2019-05-06", "2019-06-04", "2019-08-11", 1440),
            2020: ("2020-04-24", "2020-05-24", "2020-07-31", 1441)}
HIJRI_PK = {2015: ("2015-06-19", "2015-07-18", "2015-09-25", 1436),
            2016: ("2016-06-07", "2016-07-07", "2016-09-13", 1437),
            2017: ("2017-05-28", "2017-06-26", "2017-09-02", 1438),
            2018: ("2018-05-17", "2018-06-16", "2018-08-22", 1439),
            2019: ("2019-05-07", "2019-06-05", "2019-08-12", 1440),
            2020: ("2020-04-25", "2020-05-25", "2020-08-01", 1441)}

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up deviation from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}|{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def trend(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A value drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def tabled(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day of the table."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def arabic(number: int | str) -> str:
    """A number in Arabic-Indic digits (its separators as the Arabic ones)."""
    return "".join(digits(c, ARABIC_ZERO) if c.isdigit() else {",": "٬", ".": "٫"}.get(c, c)
                   for c in str(number))


def spaced(n: int) -> str:
    """`n` with a space between thousands, as Polish and Hungarian sites print prices."""
    return f"{n:,}".replace(",", " ")


def business_day(day: dt.date) -> dt.date:
    """The last weekday on or before `day` (a rate set on Friday holds over the weekend)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def black_friday(y: int) -> dt.date:
    """The American Black Friday: the day after Thanksgiving."""
    return thanksgiving(y) + ONE


# --- a British general classifieds site's blog and help pages -----------------------------

SY_REDESIGN = dt.date(2018, 4, 9)
SY_VERIFIED = dt.date(2016, 9, 12)
SY_APP = dt.date(2019, 2, 4)
SY_SAFETY = dt.date(2017, 2, 20)
# Royal Mail's last recommended posting day for second class before Christmas.
LAST_SECOND_CLASS = {2015: 19, 2016: 20, 2017: 18, 2018: 18, 2019: 18, 2020: 18}
SY_ADS = (("2015-01-05", 1.08e6), ("2016-01-04", 1.17e6), ("2017-01-02", 1.26e6),
          ("2018-01-01", 1.31e6), ("2019-01-07", 1.38e6), ("2020-03-16", 1.42e6),
          ("2020-04-06", 0.61e6), ("2020-05-18", 0.98e6), ("2020-06-15", 1.71e6),
          ("2021-01-11", 1.52e6))


def _sy_dated(day: dt.date) -> str:
    if day < SY_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Posted on {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} "
            f"{day.year} at {{time}}")


def ads_last_week(monday: dt.date) -> int:
    """Made-up ads posted on Swapyard in the week before `monday`."""
    return int(round(trend(monday, SY_ADS) * (1 + 0.035 * wobble(monday, "sy")), -2))


def _sy_weekly(day: dt.date) -> str:
    monday = monday_of(day)
    sunday = monday - ONE
    return (f"{ads_last_week(monday):,} ads were posted on Swapyard in the week to "
            f"{sunday.day} {MONTHS[sunday.month - 1]}")


@cache
def _sy_banner() -> Wordings:
    base = _steps((_OLD, "Got something to sell? Posting an ad on Swapyard is free"),
                  (SY_APP.isoformat(), "📸 Snap it, post it, sell it: list an item in 30 "
                                       "seconds with the Swapyard app"))
    covid = [_span("2020-03-23", "2020-06-14", "🏠 Coronavirus: please don't arrange "
                                               "collections or viewings while stay-at-home "
                                               "rules apply")]
    post = [(dt.date(y, 12, 1), dt.date(y, 12, last + 1),
             f"📦 Christmas {y}: the last recommended posting day for second class is "
             f"{WEEKDAYS[dt.date(y, 12, last).weekday()]} {last} December")
            for y, last in LAST_SECOND_CLASS.items()]
    gifts = _yearly("12-26", 0, 11, lambda y: f"🎁 Unwanted presents? Turn them into cash: "
                                               f"post your ad free this Christmas {y}")
    clear_out = _movable(easter, 2, 1, lambda y: f"🧹 Easter {y} clear-out: list what's in the "
                                                 f"loft free this bank holiday weekend")
    return _calendar(base, covid, post, gifts, clear_out)


def swapyard_style() -> PublisherStyle:
    """A British general classifieds site's blog and help pages: a category kicker from a
    pool, "Posted on" with the numeric date turned the weekday, the long date and the time
    on 9 April 2018 (a wording per day), "By" turned the writer with the team on the same
    day, the ads posted last week (a wording per week, each Monday), embedded listings
    inside the body with their ad ID, price (from a pool) and "Report this ad" (that one up
    to twice), a photo credit from a pool, a verified-seller banner reworded when phone
    checks began, "Related:" and advertisement markers, a free-posting appeal reworded for
    the app and turned by Christmas posting days, unwanted presents, the Easter clear-out
    and the lockdown, a safety tip reworded in 2017, a pet-adverts line, the company line
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="swapyard.co.uk", site="Swapyard", base_size=250,
        subdomains=(("www.", 80), ("blog.", 20)),
        sections=("selling-tips", "buying-safely", "motors", "property", "jobs", "news"),
        n_authors=10, url_path="/blog/{section}/{slug}",
        pools={
            "kicker": ("Selling tips", "Buying safely", "Motors", "Property", "Jobs",
                       "Community", "Swapyard news"),
            "beat": ("Swapyard Trust & Safety team", "Motors editor", "Community manager",
                     "Swapyard Help team", "Property writer"),
            "price": ("£45", "£120 ono", "£1,250 or nearest offer", "Free to collector",
                      "£8,995", "£300", "£15 each", "Swap considered"),
            "photo": ("supplied by the seller", "Swapyard", "Getty Images", "Shutterstock",
                      "Alamy"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_sy_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (SY_REDESIGN.isoformat(), "Written by {author}, {author_beat}")),
            _f("weekly", HEADER, 0.15, *_by_day(_sy_weekly)),
            _f("ad-id", MIDDLE, 0.3, (_OLD, "Ad ID: {n}")),
            _f("price", MIDDLE, 0.3, (_OLD, "Price: {price}")),
            _f("report", MIDDLE, 0.25, (_OLD, "Report this ad"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Image: {photo}")),
            _f("verified", MIDDLE, 0.15, (_OLD, "Trusted seller: member since {year}"),
               (SY_VERIFIED.isoformat(), "✓ Verified seller · phone number checked")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("banner", FOOTER, 0.3, *_sy_banner()),
            _f("safety", FOOTER, 0.4,
               (_OLD, "Stay safe: meet in a public place, see the item before you pay and "
                      "never send money by bank transfer to someone you haven't met."),
               (SY_SAFETY.isoformat(), "Safety tip: Swapyard will never ask you to pay "
                                       "through a link in an email or text. Meet the seller, "
                                       "see the item, then pay.")),
            _f("pets", FOOTER, 0.08, (_OLD, "Selling a pet? Read our pet advertising rules "
                                            "before you post.")),
            _f("company", FOOTER, 0.35, (_OLD, "Swapyard Ltd is registered in England and "
                                               "Wales, company number 08812347, 2 Kingfisher "
                                               "Court, Reading RG1 4PT.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Swapyard Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "post gave the wrong fee for featured "
                                                  "ads.")),
        ),
    )


# --- a Polish classifieds portal's blog ---------------------------------------------------

TG_REDESIGN = dt.date(2019, 3, 4)
TG_RODO = dt.date(2018, 5, 25)
TG_COURIER = dt.date(2019, 10, 1)  # the fake courier-payment links
TG_VERIFIED = dt.date(2017, 6, 1)
TG_BLIK = dt.date(2016, 5, 9)
TG_APP = dt.date(2017, 9, 18)
TG_PROMO = (("2014-01-01", "4,99"), ("2016-02-01", "5,99"), ("2018-01-15", "6,99"),
            ("2020-02-01", "7,99"))


def _tg_dated(day: dt.date) -> str:
    if day < TG_REDESIGN:
        return f"Dodano: {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Opublikowano: {DNI[day.weekday()]}, {day.day} {MIESIACA[day.month - 1]} "
            f"{day.year} r., {{time}}")


@cache
def _tg_baner() -> Wordings:
    base = _steps((_OLD, "Masz coś do sprzedania? Dodaj ogłoszenie za darmo"),
                  (TG_APP.isoformat(), "📱 Pobierz aplikację Targowisko24 i dodawaj ogłoszenia "
                                 "prosto z telefonu"))
    covid = [_span("2020-03-13", "2020-05-17", "🦠 Koronawirus: umawiaj odbiór bez kontaktu "
                                               "i korzystaj z wysyłki")]
    black = [(black_friday(y) - 4 * ONE, black_friday(y) + 4 * ONE,
              f"🖤 Black Week {y}: wyróżnienia ogłoszeń o połowę taniej") for y in YEARS]
    swieta = _yearly("12-24", 18, 2, lambda y: f"🎄 Święta {y}: sprzedaj to, co zbędne, kup "
                                               f"prezenty taniej")
    wielkanoc = _movable(easter, 6, 1, lambda y: f"🐣 Wielkanoc {y}: wiosenne porządki? "
                                                 f"Wystaw rzeczy w kilka minut")
    return _calendar(base, covid, black, swieta, wielkanoc)


def targowisko_style() -> PublisherStyle:
    """A Polish classifieds portal's blog: a category kicker from a pool, "Dodano:" with the
    numeric date turned the weekday, the long date with "r." and the time on 4 March 2019 (a
    wording per day), the author, listing-ID, price (from a pool) and "Zgłoś ogłoszenie"
    lines inside the body (the last up to twice), a verified-account banner reworded in
    2017, "Czytaj także:" and advertisement markers, the price of promoting an ad (changing
    on given days), a safety tip reworded for BLIK codes and the fake courier-payment links, a
    banner reworded for the app and turned by Black Week, Christmas, Easter and the 2020
    lockdown, a privacy line reworded on the GDPR's (RODO's) first day, the company line and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="targowisko24.pl", site="Targowisko24", base_size=190,
        subdomains=(("www.", 70), ("blog.", 30)),
        sections=("porady", "motoryzacja", "nieruchomosci", "praca", "bezpieczenstwo"),
        n_authors=8, url_path="/blog/{section}/{slug}",
        pools={
            "dzial": ("Porady", "Motoryzacja", "Nieruchomości", "Praca", "Bezpieczeństwo",
                      "Z życia serwisu"),
            "cena": ("450 zł", "1 200 zł do negocjacji", "Zamienię", "Oddam za darmo",
                     "89 000 zł", "35 zł/szt.", "2 300 zł, faktura VAT"),
        },
        families=(
            _f("dzial", HEADER, 0.5, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.88, *_by_day(_tg_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}")),
            _f("id", MIDDLE, 0.3, (_OLD, "ID ogłoszenia: {n}")),
            _f("cena", MIDDLE, 0.3, (_OLD, "Cena: {cena}")),
            _f("zglos", MIDDLE, 0.25, (_OLD, "Zgłoś ogłoszenie"), count=2),
            _f("konto", MIDDLE, 0.15, (_OLD, "Użytkownik od {year}"),
               (TG_VERIFIED.isoformat(), "✔ Sprawdzony sprzedawca: numer telefonu "
                                         "potwierdzony")),
            _f("czytaj", MIDDLE, 0.35, (_OLD, "Czytaj także: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("wyroznij", FOOTER, 0.15, *tabled(TG_PROMO, lambda v: (
                f"Wyróżnij swoje ogłoszenie już od {v} zł i sprzedaj szybciej."))),
            _f("bezpieczenstwo", FOOTER, 0.35,
               (_OLD, "Uważaj na oszustów! Nie wysyłaj pieniędzy z góry i nie podawaj danych "
                      "karty płatniczej."),
               (TG_BLIK.isoformat(), "Uważaj na oszustów! Nigdy nie podawaj nikomu kodu BLIK ani "
                              "danych karty płatniczej."),
               (TG_COURIER.isoformat(), "Uwaga na fałszywe linki do płatności „za kuriera”! "
                                        "Targowisko24 nigdy nie prosi o dane karty w "
                                        "wiadomościach.")),
            _f("baner", HEADER, 0.3, *_tg_baner()),
            _f("prywatnosc", FOOTER, 0.2,
               (_OLD, "Korzystając z serwisu, akceptujesz regulamin i politykę cookies."),
               (TG_RODO.isoformat(), "Administratorem Twoich danych osobowych jest "
                                     "Targowisko24 sp. z o.o. Więcej o RODO w polityce "
                                     "prywatności.")),
            _f("spolka", FOOTER, 0.3, (_OLD, "Targowisko24 sp. z o.o., ul. Składowa 12, "
                                             "61-897 Poznań, KRS 0000512346")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2011–{year} Targowisko24. Wszelkie prawa "
                                                "zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwszej wersji tekstu "
                                                    "podaliśmy błędną cenę wyróżnienia.")),
        ),
    )


# --- a Saudi marketplace's blog (in Arabic) -----------------------------------------------

DK_REDESIGN = dt.date(2019, 1, 13)  # a Sunday, the first day of the Saudi working week
DK_ID = dt.date(2018, 7, 1)
DK_SAFETY = dt.date(2019, 5, 1)
DK_APPGALLERY = dt.date(2020, 5, 10)
DK_APP = dt.date(2017, 3, 5)
SA_VAT = (("2000-01-01", ""), ("2018-01-01", "5"), ("2020-07-01", "15"))


def _dk_dated(day: dt.date) -> str:
    if day < DK_REDESIGN:
        return f"نُشر في {day.day} {SHUHUR[day.month - 1]} {day.year}"
    return (f"نُشر يوم {AYYAM[day.weekday()]} {arabic(day.day)} {SHUHUR[day.month - 1]} "
            f"{arabic(day.year)}م")


def _dk_vat(rate: str) -> str:
    if not rate:
        return "أسعار الباقات والإعلانات المميزة نهائية ولا تُضاف إليها أي رسوم."
    return f"أسعار الباقات والإعلانات المميزة شاملة ضريبة القيمة المضافة {arabic(rate)}٪."


@cache
def _dk_tanbih() -> Wordings:
    base = _steps((_OLD, "أضف إعلانك مجاناً على دكانك وبِع أسرع"),
                  (DK_APP.isoformat(), "📱 حمّل تطبيق دكانك وأضف إعلانك في أقل من دقيقة"))
    covid = [_span("2020-03-23", "2020-06-20", "🏠 خلال منع التجول: اتفق على التوصيل ولا "
                                               "تخرج للمعاينة")]
    ramadan = [(iso_day(first) - 2 * ONE, iso_day(fitr), f"🌙 رمضان كريم {arabic(hijri)}هـ: "
                                                        f"عروض الشهر الفضيل على الإعلانات "
                                                        f"المميزة")
               for first, fitr, _, hijri in HIJRI_SA.values()]
    fitr = [(iso_day(fitr), iso_day(fitr) + 4 * ONE, "عيد فطر مبارك من فريق دكانك")
            for _, fitr, _, _ in HIJRI_SA.values()]
    adha = [(iso_day(adha) - 7 * ONE, iso_day(adha) + 4 * ONE,
             f"🐑 أضاحي عيد الأضحى {arabic(hijri)}هـ: تصفّح إعلانات المواشي في منطقتك")
            for _, _, adha, hijri in HIJRI_SA.values()]
    national = _yearly("09-23", 3, 1, lambda y: f"🇸🇦 اليوم الوطني {arabic(y - 1930)}: "
                                                f"خصومات على الباقات حتى نهاية الأسبوع")
    white = [(black_friday(y) - 6 * ONE, black_friday(y) + 3 * ONE,
              f"الجمعة البيضاء {arabic(y)}: أقوى العروض في دكانك") for y in YEARS]
    return _calendar(base, covid, fitr, adha, ramadan, national, white)


def dukkanak_style() -> PublisherStyle:
    """A Saudi marketplace's blog, in Arabic: a category kicker from a pool, "Published on"
    with the day in Western digits turned the weekday and Arabic-Indic digits on 13 January
    2019 (a wording per day), the writer (with the content team from the same day), ad
    numbers, prices from a pool ("on bidding") and "Report this ad" inside the body (that one
    up to twice), a verified-advertiser banner reworded for national-ID checks in 2018, "Read
    also:" and advertisement markers, a VAT line (none before 2018, 5%, then 15% from July
    2020), a safety tip reworded in 2019, a banner reworded for the app and turned by
    Ramadan with its Hijri year, the two Eids (with the sacrificial animals), the National
    Day with its count, White Friday and the 2020 curfew, an app line reworded for
    AppGallery, the commercial-registration line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="dukkanak.com", site="دكانك", base_size=150,
        subdomains=(("www.", 60), ("blog.", 40)),
        sections=("selling", "cars", "realestate", "devices", "news"),
        n_authors=6, url_path="/blog/{section}/{n}",
        pools={
            "qism": ("نصائح البيع", "السيارات", "العقارات", "الأجهزة", "أخبار دكانك",
                     "المواشي"),
            "sier": ("على السوم", "٤٥٬٠٠٠ ريال", "١٬٢٠٠ ريال", "قابل للتفاوض",
                     "٣٨٠ ريال", "٩٥٬٠٠٠ ريال"),
        },
        families=(
            _f("qism", HEADER, 0.5, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.88, *_by_day(_dk_dated)),
            _f("katib", HEADER, 0.5, (_OLD, "بقلم: {author}"),
               (DK_REDESIGN.isoformat(), "بقلم {author} · فريق محتوى دكانك")),
            _f("raqm", MIDDLE, 0.3, (_OLD, "رقم الإعلان: {n}")),
            _f("sier", MIDDLE, 0.3, (_OLD, "السعر: {sier}")),
            _f("iblagh", MIDDLE, 0.25, (_OLD, "أبلغ عن هذا الإعلان"), count=2),
            _f("muwathaq", MIDDLE, 0.15, (_OLD, "✔ معلن موثّق برقم الجوال"),
               (DK_ID.isoformat(), "✔ معلن موثّق بالهوية الوطنية")),
            _f("iqra", MIDDLE, 0.35, (_OLD, "اقرأ أيضاً: {other_title}")),
            _f("ilan", MIDDLE, 0.25, (_OLD, "إعلان"), count=2),
            _f("dariba", FOOTER, 0.2, *tabled(SA_VAT, _dk_vat)),
            _f("aman", FOOTER, 0.35,
               (_OLD, "نصيحة للأمان: قابل البائع في مكان عام ولا تحوّل أي مبلغ قبل معاينة "
                      "السلعة."),
               (DK_SAFETY.isoformat(), "احذر الاحتيال: دكانك لا يطلب منك أبداً رمز التحقق "
                                       "أو بيانات بطاقتك عبر الرسائل.")),
            _f("tanbih", HEADER, 0.3, *_dk_tanbih()),
            _f("tatbiq", FOOTER, 0.25, (_OLD, "حمّل تطبيق دكانك من App Store وGoogle Play"),
               (DK_APPGALLERY.isoformat(), "حمّل تطبيق دكانك من App Store وGoogle Play "
                                           "وAppGallery")),
            _f("sijil", FOOTER, 0.3, (_OLD, "دكانك منصة إعلانات مبوبة · سجل تجاري رقم "
                                            "1010438812")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جميع الحقوق محفوظة © {year} دكانك")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: عُدّل سعر الباقة الذهبية الوارد في "
                                              "نسخة سابقة من المقال.")),
        ),
    )


# --- an American marketplace's seller help centre -----------------------------------------

TW_REDESIGN = dt.date(2018, 8, 14)
TW_CHAT = dt.date(2018, 8, 14)
TW_GUARANTEE = dt.date(2016, 10, 3)
FOREVER_STAMP = (("2014-01-26", "49¢"), ("2016-04-10", "47¢"), ("2017-01-22", "49¢"),
                 ("2018-01-21", "50¢"), ("2019-01-27", "55¢"))
FACILITATOR_STATES = (("2000-01-01", ""), ("2018-10-01", "3"), ("2019-01-01", "8"),
                      ("2019-04-01", "13"), ("2019-07-01", "25"), ("2019-10-01", "37"),
                      ("2020-01-01", "42"), ("2020-10-01", "45"))
PRIORITY_BY = {2015: 19, 2016: 19, 2017: 20, 2018: 19, 2019: 18, 2020: 19}


def _tw_updated(day: dt.date) -> str:
    if day < TW_REDESIGN:
        return f"Updated {MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return f"Last updated on {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _tw_tax(states: str) -> str:
    if not states:
        return "Sellers are responsible for collecting and paying any sales tax they owe."
    return (f"Tradewell collects and remits sales tax for you on orders shipped to {states} "
            f"states with marketplace facilitator laws.")


@cache
def _tw_notice() -> Wordings:
    base = _steps((_OLD, "New to selling? Start with our seller checklist"))
    covid = [_span("2020-03-20", "2020-08-31", "COVID-19 update: carriers may take longer; "
                                               "estimated delivery dates have been extended")]
    holiday = [(dt.date(y, 12, 1), dt.date(y, 12, by + 1),
                f"Holiday shipping {y}: ship by {WEEKDAYS[dt.date(y, 12, by).weekday()]}, "
                f"December {by} for USPS Priority Mail delivery by Christmas")
               for y, by in PRIORITY_BY.items()]
    cyber = [(black_friday(y) - 2 * ONE, black_friday(y) + 4 * ONE,
              f"Cyber Week {y}: list by Thursday to be seen by the weekend's shoppers")
             for y in YEARS]
    return _calendar(base, covid, holiday, cyber)


def tradewell_style() -> PublisherStyle:
    """An American marketplace's seller help centre: the help-centre breadcrumb from a pool,
    "Updated" with the short date turned "Last updated on" with the long date on 14 August
    2018 (a wording per day), the article number, "Applies to:" from a pool, a notice turned
    by the holiday shipping deadlines, Cyber Week and the 2020 carrier delays, the Forever
    stamp's price (changing on the Postal Service's days), the sales-tax line reworded as the
    states' marketplace facilitator laws came in, a money-back guarantee banner reworded in
    2016, "Related:" links, "Was this article helpful?", a contact line reworded for chat,
    the copyright line with the founding year, a rare update."""
    return PublisherStyle(
        domain="tradewell.com", site="Tradewell", base_size=120,
        subdomains=(("help.", 70), ("www.", 30)),
        sections=("selling", "shipping", "payments", "fees", "returns"),
        n_authors=4, url_path="/help/{section}/{n}",
        pools={
            "crumb": ("Help Center › Selling", "Help Center › Shipping", "Help Center › "
                      "Payments", "Help Center › Fees and invoices", "Help Center › Returns"),
            "applies": ("Sellers", "Buyers and sellers", "Business sellers",
                        "Sellers in the US"),
        },
        families=(
            _f("crumb", HEADER, 0.7, (_OLD, "{crumb}")),
            _f("updated", HEADER, 0.85, *_by_day(_tw_updated)),
            _f("article", HEADER, 0.4, (_OLD, "Article #{n}")),
            _f("applies", HEADER, 0.3, (_OLD, "Applies to: {applies}")),
            _f("notice", HEADER, 0.25, *_tw_notice()),
            _f("stamp", MIDDLE, 0.12, *tabled(FOREVER_STAMP, lambda v: (
                f"Shipping tip: a First-Class Forever stamp now costs {v}."))),
            _f("tax", FOOTER, 0.2, *tabled(FACILITATOR_STATES, _tw_tax)),
            _f("guarantee", MIDDLE, 0.15,
               (_OLD, "Buyer protection: covered by Tradewell Buyer Protection"),
               (TW_GUARANTEE.isoformat(), "🛡 Tradewell Money Back Guarantee: get the item "
                                          "you ordered or your money back")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("helpful", FOOTER, 0.6, (_OLD, "Was this article helpful? Yes · No")),
            _f("contact", FOOTER, 0.35, (_OLD, "Still need help? Contact us"),
               (TW_CHAT.isoformat(), "Still need help? Chat with us 24/7")),
            _f("copyright", FOOTER, 0.45, (_OLD, "Copyright © 1999-{year} Tradewell Inc. All "
                                                 "Rights Reserved. User Agreement, Privacy, "
                                                 "Cookies")),
            _f("update", HEADER, 0.04, (_OLD, "This article has been updated to reflect our "
                                              "new returns policy.")),
        ),
    )


# --- a Pakistani classifieds site's blog (in Urdu) ----------------------------------------

MW_REDESIGN = dt.date(2018, 9, 3)
MW_WALLETS = dt.date(2018, 2, 1)  # the mobile-wallet advance-payment scams
MW_APP = dt.date(2017, 11, 1)
MW_FEATURED = (("2014-01-01", "300"), ("2016-01-01", "350"), ("2017-07-01", "400"),
               ("2019-01-01", "500"), ("2020-01-01", "650"))


def _mw_dated(day: dt.date) -> str:
    if day < MW_REDESIGN:
        return f"شائع شدہ: {day.day} {MAHINAY[day.month - 1]} {day.year}"
    return f"{DIN[day.weekday()]}، {day.day} {MAHINAY[day.month - 1]} {day.year}، {{time}}"


@cache
def _mw_elaan() -> Wordings:
    base = _steps((_OLD, "اپنا اشتہار مفت لگائیں اور جلدی بیچیں"),
                  (MW_APP.isoformat(), "📱 منڈی والا ایپ ڈاؤن لوڈ کریں اور ایک منٹ میں اشتہار "
                                 "لگائیں"))
    covid = [_span("2020-03-23", "2020-05-09", "🏠 لاک ڈاؤن کے دوران گھر پر رہیں، خریداری "
                                               "سے پہلے ویڈیو کال پر چیز دیکھیں")]
    ramzan = [(iso_day(first) - 2 * ONE, iso_day(fitr), f"🌙 رمضان مبارک {hijri}ھ: افطار "
                                                       f"سے پہلے بہترین سودے")
              for first, fitr, _, hijri in HIJRI_PK.values()]
    fitr = [(iso_day(fitr), iso_day(fitr) + 3 * ONE, "عید مبارک! منڈی والا کی جانب سے")
            for _, fitr, _, _ in HIJRI_PK.values()]
    mandi = [(iso_day(adha) - 30 * ONE, iso_day(adha) + 2 * ONE,
              f"🐐 قربانی کے جانور {y}: اپنے شہر کی مویشی منڈی کے اشتہارات دیکھیں")
             for y, (_, _, adha, _) in HIJRI_PK.items()]
    azadi = _yearly("08-14", 4, 0, lambda y: f"🇵🇰 جشنِ آزادی {y} مبارک! سبز ہلالی پرچم "
                                             f"اور جھنڈیاں یہاں ملیں گی")
    sale = _yearly("11-11", 3, 0, lambda y: f"11.11 سیل {y}: نمایاں اشتہار آدھی قیمت پر",
                   years=range(2017, 2021))
    return _calendar(base, covid, fitr, mandi, ramzan, azadi, sale)


def mandiwala_style() -> PublisherStyle:
    """A Pakistani classifieds site's blog, in Urdu: a category kicker from a pool,
    "Published:" with the date turned the weekday, the date and the time on 3 September
    2018 (a wording per day), the writer, ad numbers, prices in rupees from a pool and
    "Report this ad" inside the body (that one up to twice), a verified-seller banner, "Also read:"
    and advertisement markers, the price of a featured ad (changing on given days), a
    safety tip reworded for the JazzCash and Easypaisa scams, a banner reworded for the app
    and turned by Ramazan with its Hijri year, Eid ul Fitr, the qurbani animal markets
    before Eid ul Adha, Independence Day, the 11.11 sale and the 2020 lockdown, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="mandiwala.pk", site="منڈی والا", base_size=100,
        subdomains=(("www.", 100),),
        sections=("cars", "mobiles", "property", "animals", "jobs"),
        n_authors=5, url_path="/blog/{section}/{slug}",
        pools={
            "zumra": ("گاڑیاں", "موبائل فون", "پراپرٹی", "مویشی", "نوکریاں", "الیکٹرانکس"),
            "qeemat": ("Rs 45,000", "Rs 1,850,000", "Rs 12,500", "قیمت قابلِ بحث",
                       "Rs 2.3 کروڑ", "Rs 95,000"),
        },
        families=(
            _f("zumra", HEADER, 0.5, (_OLD, "{zumra}")),
            _f("tareekh", HEADER, 0.85, *_by_day(_mw_dated)),
            _f("musannif", HEADER, 0.45, (_OLD, "تحریر: {author}")),
            _f("number", MIDDLE, 0.3, (_OLD, "اشتہار نمبر: {n}")),
            _f("qeemat", MIDDLE, 0.3, (_OLD, "قیمت: {qeemat}")),
            _f("shikayat", MIDDLE, 0.25, (_OLD, "اس اشتہار کی شکایت کریں"), count=2),
            _f("tasdeeq", MIDDLE, 0.2, (_OLD, "✔ تصدیق شدہ فروخت کنندہ")),
            _f("parhen", MIDDLE, 0.35, (_OLD, "یہ بھی پڑھیں: {other_title}")),
            _f("ishtihar", MIDDLE, 0.25, (_OLD, "اشتہار"), count=2),
            _f("numayan", FOOTER, 0.15, *tabled(MW_FEATURED, lambda v: (
                f"اپنا اشتہار نمایاں کریں، صرف {v} روپے میں سات دن کے لیے"))),
            _f("hoshiyar", FOOTER, 0.35,
               (_OLD, "ہوشیار رہیں: چیز دیکھے بغیر کبھی پیشگی رقم نہ بھیجیں۔"),
               (MW_WALLETS.isoformat(), "ہوشیار رہیں: جاز کیش یا ایزی پیسہ سے کبھی پیشگی "
                                        "رقم نہ بھیجیں، چاہے بیچنے والا فوج کا افسر ہی "
                                        "کیوں نہ بتائے۔")),
            _f("elaan", HEADER, 0.3, *_mw_elaan()),
            _f("huqooq", FOOTER, 0.4, (_OLD, "© {year} منڈی والا۔ جملہ حقوق محفوظ ہیں۔")),
            _f("tasheeh", HEADER, 0.04, (_OLD, "تصحیح: اس مضمون میں پہلے گاڑی کا ماڈل غلط "
                                               "لکھا گیا تھا۔")),
        ),
    )


# --- a Romanian classifieds site's blog ---------------------------------------------------

TB_REDESIGN = dt.date(2018, 10, 1)
TB_ANPC = dt.date(2020, 8, 1)
TB_SAFETY = dt.date(2019, 6, 3)
TB_APP = dt.date(2018, 3, 12)
RO_MIN_WAGE = (("2014-07-01", "900"), ("2015-01-01", "975"), ("2015-07-01", "1.050"),
               ("2016-05-01", "1.250"), ("2017-02-01", "1.450"), ("2018-01-01", "1.900"),
               ("2019-01-01", "2.080"), ("2020-01-01", "2.230"))
EUR_RON = (("2015-01-01", 4.483), ("2015-06-01", 4.452), ("2016-01-01", 4.524),
           ("2016-07-01", 4.521), ("2017-01-01", 4.517), ("2017-10-01", 4.596),
           ("2018-01-01", 4.657), ("2018-12-31", 4.664), ("2019-06-01", 4.722),
           ("2019-12-31", 4.778), ("2020-04-01", 4.833), ("2021-01-10", 4.874))
# The Friday the big Romanian shops held their Black Friday on.
RO_BLACK_FRIDAY = {2015: "2015-11-13", 2016: "2016-11-18", 2017: "2017-11-17",
                   2018: "2018-11-16", 2019: "2019-11-08", 2020: "2020-11-13"}


def _tb_dated(day: dt.date) -> str:
    if day < TB_REDESIGN:
        return f"Publicat: {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Publicat {ZILE[day.weekday()]}, {day.day} {LUNI[day.month - 1]} {day.year}, "
            f"{{time}}")


def eur_ron(day: dt.date) -> float:
    """A made-up BNR euro rate of business day `day`."""
    return trend(day, EUR_RON) + 0.004 * wobble(day, "bnr")


def _tb_curs(day: dt.date) -> str:
    fixed = business_day(day)
    rate = f"{eur_ron(fixed):.4f}".replace(".", ",")
    return f"Curs BNR {fixed.day:02d}.{fixed.month:02d}.{fixed.year}: 1 EUR = {rate} lei"


@cache
def _tb_banner() -> Wordings:
    base = _steps((_OLD, "Ai ceva de vândut? Adaugă un anunț gratuit pe TârgulBun"),
                  (TB_APP.isoformat(), "📱 Descarcă aplicația TârgulBun și publică anunțul din "
                                 "telefon"))
    covid = [_span("2020-03-16", "2020-05-14", "🏠 Stare de urgență: stai acasă și "
                                               "cumpără cu livrare prin curier")]
    black = [(iso_day(day) - 3 * ONE, iso_day(day) + 3 * ONE,
              f"🖤 Black Friday {y}: promovări la jumătate de preț") for y, day in
             RO_BLACK_FRIDAY.items()]
    paste = _movable(orthodox_easter, 7, 1, lambda y: f"🥚 Paște {y}: curățenie de primăvară? "
                                                      f"Vinde ce nu mai folosești")
    craciun = _yearly("12-25", 14, 1, lambda y: f"🎄 Crăciun {y}: cadouri la mâna a doua, la "
                                                f"prețuri mici")
    return _calendar(base, covid, black, paste, craciun)


def targulbun_style() -> PublisherStyle:
    """A Romanian classifieds site's blog: a category kicker from a pool, "Publicat:" with
    the numeric date turned the weekday, the long date and the time on 1 October 2018 (a
    wording per day), "de" and the author, the BNR euro rate of the last business day (a
    wording per business day), listing IDs, prices from a pool and "Raportează anunțul"
    inside the body (that one up to twice), "Citește și:" and advertisement markers, the national
    gross minimum wage (changing on its days), a safety tip reworded in 2019, a banner
    reworded for the app and turned by the Romanian Black Friday, Orthodox Easter, Christmas
    and the 2020 state of emergency, the consumer-protection line reworded for the ANPC's
    SAL and SOL links, the company line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="targulbun.ro", site="TârgulBun", base_size=85,
        subdomains=(("www.", 100),),
        sections=("sfaturi", "auto", "imobiliare", "locuri-de-munca", "noutati"),
        n_authors=5, url_path="/blog/{section}/{slug}",
        pools={
            "rubrica": ("Sfaturi", "Auto", "Imobiliare", "Locuri de muncă", "Siguranță",
                        "Noutăți TârgulBun"),
            "pret": ("1.200 lei negociabil", "4.500 €", "Schimb", "Gratuit", "350 lei",
                     "62.000 € + TVA", "80 lei/buc."),
        },
        families=(
            _f("rubrica", HEADER, 0.5, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.85, *_by_day(_tb_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "de {author}")),
            _f("curs", HEADER, 0.2, *_by_day(_tb_curs)),
            _f("id", MIDDLE, 0.3, (_OLD, "ID anunț: {n}")),
            _f("pret", MIDDLE, 0.3, (_OLD, "Preț: {pret}")),
            _f("raporteaza", MIDDLE, 0.25, (_OLD, "Raportează anunțul"), count=2),
            _f("citeste", MIDDLE, 0.35, (_OLD, "Citește și: {other_title}")),
            _f("publicitate", MIDDLE, 0.25, (_OLD, "Publicitate")),
            _f("salariu", FOOTER, 0.12, *tabled(RO_MIN_WAGE, lambda v: (
                f"Salariul minim brut pe țară: {v} lei pe lună."))),
            _f("siguranta", FOOTER, 0.35,
               (_OLD, "Sfat de siguranță: nu trimite bani în avans prin transfer sau Western "
                      "Union unor persoane pe care nu le cunoști."),
               (TB_SAFETY.isoformat(), "Atenție la linkurile false de plată „cu livrare”: "
                                       "TârgulBun nu îți cere niciodată datele cardului prin "
                                       "mesaje.")),
            _f("banner", HEADER, 0.3, *_tb_banner()),
            _f("anpc", FOOTER, 0.25, (_OLD, "Protecția consumatorilor: ANPC, www.anpc.ro"),
               (TB_ANPC.isoformat(), "ANPC – Soluționarea alternativă a litigiilor · "
                                     "Soluționarea online a litigiilor")),
            _f("firma", FOOTER, 0.3, (_OLD, "TârgulBun S.R.L., CUI RO31890457, J40/8812/2013, "
                                            "București")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} TârgulBun. Toate drepturile "
                                                "rezervate.")),
            _f("corectie", HEADER, 0.04, (_OLD, "Corecție: o versiune anterioară a acestui "
                                                "articol indica greșit taxa de promovare.")),
        ),
    )


# --- a Hungarian classifieds site's magazine ----------------------------------------------

AV_REDESIGN = dt.date(2017, 9, 4)
AV_SAFETY = dt.date(2018, 11, 5)
AV_APP = dt.date(2016, 4, 11)
HU_WAGES = (("2014-01-01", "101 500|118 000"), ("2015-01-01", "105 000|118 000"),
            ("2016-01-01", "111 000|129 000"), ("2017-01-01", "127 500|161 000"),
            ("2018-01-01", "138 000|180 500"), ("2019-01-01", "149 000|195 000"),
            ("2020-01-01", "161 000|210 600"))


def _av_dated(day: dt.date) -> str:
    if day < AV_REDESIGN:
        return f"Feladva: {day.year}.{day.month:02d}.{day.day:02d}."
    return f"{day.year}. {HONAP[day.month - 1]} {day.day}., {NAP[day.weekday()]} {{time}}"


def _av_wages(pair: str) -> str:
    minimum, guaranteed = pair.split("|")
    return (f"A minimálbér bruttó {minimum} Ft, a garantált bérminimum bruttó {guaranteed} "
            f"Ft havonta.")


@cache
def _av_figyelem() -> Wordings:
    base = _steps((_OLD, "Adjon fel hirdetést ingyen, akár pár perc alatt!"),
                  (AV_APP.isoformat(), "📱 Töltse le az Apróvilág alkalmazást, és hirdessen a "
                                 "telefonjáról!"))
    covid = [_span("2020-03-11", "2020-06-17", "🏠 Veszélyhelyzet: kérjük, az átvételt "
                                               "futárral vagy érintkezés nélkül intézze!")]
    black = [(black_friday(y) - 3 * ONE, black_friday(y) + 4 * ONE,
              f"🖤 Black Friday {y}: kiemelések féláron") for y in YEARS]
    karacsony = _yearly("12-24", 20, 2, lambda y: f"🎄 Karácsony {y}: ajándékok kedvező "
                                                  f"áron, a szomszédból")
    husvet = _movable(easter, 5, 1, lambda y: f"🐰 Húsvét {y}: tavaszi nagytakarítás? Adja el, "
                                              f"amire nincs szüksége!")
    iskola = _yearly("08-22", 7, 10, lambda y: f"🎒 Iskolakezdés {y}: használt tankönyvek, "
                                               f"táskák és bringák")
    return _calendar(base, covid, black, karacsony, husvet, iskola)


def aprovilag_style() -> PublisherStyle:
    """A Hungarian classifieds site's magazine: a section from a pool, "Feladva:" with the
    dotted date turned the long date, the weekday and the time on 4 September 2017 (a
    wording per day), the author, ad codes, prices from a pool and "Hirdetés jelentése"
    inside the body (that one up to twice), "Kapcsolódó:" and advertisement markers ("Hirdetés", the
    word for a classified ad too), the minimum wage and the guaranteed wage minimum
    (changing each January), a safety tip reworded in 2018, a banner reworded for the app
    and turned by Black Friday, Christmas, Easter, back to school and the 2020 state of
    danger, the imprint and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="aprovilag.hu", site="Apróvilág", base_size=70,
        subdomains=(("www.", 70), ("magazin.", 30)),
        sections=("tanacsok", "auto", "ingatlan", "allas", "hirek"),
        n_authors=5, url_path="/magazin/{section}/{slug}",
        pools={
            "rovat": ("Tanácsok", "Autó-motor", "Ingatlan", "Állás", "Biztonság",
                      "Apróvilág hírek"),
            "ar": ("45 000 Ft", "Ingyen elvihető", "Megegyezés szerint", "1 250 000 Ft",
                   "3 500 Ft/db", "Csere is érdekel"),
        },
        families=(
            _f("rovat", HEADER, 0.5, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.85, *_by_day(_av_dated)),
            _f("szerzo", HEADER, 0.45, (_OLD, "Szerző: {author}")),
            _f("kod", MIDDLE, 0.3, (_OLD, "Hirdetéskód: {n}")),
            _f("ar", MIDDLE, 0.3, (_OLD, "Ár: {ar}")),
            _f("jelentes", MIDDLE, 0.25, (_OLD, "Hirdetés jelentése"), count=2),
            _f("kapcsolodo", MIDDLE, 0.35, (_OLD, "Kapcsolódó: {other_title}")),
            _f("hirdetes", MIDDLE, 0.3, (_OLD, "Hirdetés"), count=2),
            _f("berek", FOOTER, 0.12, *tabled(HU_WAGES, _av_wages)),
            _f("biztonsag", FOOTER, 0.35,
               (_OLD, "Biztonsági tipp: személyesen vegye át a terméket, és soha ne utaljon "
                      "előre ismeretlennek!"),
               (AV_SAFETY.isoformat(), "Vigyázat, csalók! Az Apróvilág soha nem kér "
                                       "bankkártyaadatot e-mailben vagy SMS-ben.")),
            _f("figyelem", HEADER, 0.3, *_av_figyelem()),
            _f("impresszum", FOOTER, 0.4, (_OLD, "Kiadja az Apróvilág Kft., 1138 Budapest, "
                                                 "Váci út 151. Felelős kiadó: az ügyvezető.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Apróvilág. Minden jog "
                                                "fenntartva.")),
            _f("helyesbites", HEADER, 0.04, (_OLD, "Helyesbítés: cikkünk korábbi változatában "
                                                   "tévesen szerepelt a kiemelés ára.")),
        ),
    )


# --- a Polish used-car marketplace's editorial pages --------------------------------------

MG_REDESIGN = dt.date(2016, 11, 7)
MG_PRICES = (("2015-01-01", 26900.0), ("2016-01-01", 28100.0), ("2017-01-01", 29600.0),
             ("2018-01-01", 31800.0), ("2019-01-01", 34200.0), ("2020-03-01", 35900.0),
             ("2020-05-01", 33800.0), ("2021-01-01", 38300.0))


def _mg_dated(day: dt.date) -> str:
    if day < MG_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"{day.day} {MIESIACA[day.month - 1]} {day.year}"


def average_price(y: int, m: int) -> int:
    """A made-up average asking price of a used car listed in month `m` of `y`, in zloty."""
    first = dt.date(y, m, 1)
    return int(round(trend(first, MG_PRICES) * (1 + 0.012 * wobble(first, "mg")), -2))


def _mg_srednia(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.day >= 5 else (day.year, day.month - 2)
    if m <= 0:
        y, m = y - 1, m + 12
    return (f"Średnia cena ofert samochodów osobowych ({MIESIAC[m - 1]} {y}): "
            f"{spaced(average_price(y, m))} zł")


@cache
def _mg_sezon() -> Wordings:
    base = _steps((_OLD, "Sprawdź historię auta po numerze VIN, zanim pojedziesz je "
                         "obejrzeć"))
    covid = [_span("2020-03-13", "2020-05-03", "🦠 Zamiast jazdy próbnej poproś sprzedawcę o "
                                               "wideoprezentację auta")]
    zima = _yearly("10-15", 0, 45, lambda y: f"❄️ Sezon na opony zimowe {y}: sprawdź oferty "
                                              f"kompletów kół")
    lato = _yearly("03-20", 0, 40, lambda y: f"☀️ Wiosna {y}: czas na letnie opony")
    return _calendar(base, covid, zima, lato)


def motogielda_style() -> PublisherStyle:
    """A Polish used-car marketplace's editorial pages: a section from a pool, the dotted
    date and time turned the long date on 7 November 2016 (a wording per day), the author,
    the average asking price of last month's listings (a wording per month, published each
    5th), the listing number, the price with its invoice kind and the mileage from pools
    inside the body, "Zobacz także:" and advertisement markers, the data sources (1-3
    from a pool), the excise line, a VIN-check line turned by the tyre seasons and the 2020
    lockdown, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="motogielda.pl", site="MotoGiełda", base_size=58,
        subdomains=(("www.", 100),),
        sections=("porady", "testy", "rynek", "prawo"),
        n_authors=4, url_path="/magazyn/{section}/{slug}",
        pools={
            "dzial": ("Porady", "Testy używanych", "Rynek", "Prawo i podatki"),
            "cena": ("24 900 zł brutto, faktura VAT marża", "41 500 zł do negocjacji",
                     "58 000 zł netto + 23% VAT", "17 300 zł"),
            "przebieg": ("148 000 km", "212 500 km", "96 300 km", "63 000 km"),
            "zrodlo": ("Samar", "dane MotoGiełda", "CEPiK", "PZPM", "Eurotax"),
        },
        families=(
            _f("dzial", HEADER, 0.45, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.85, *_by_day(_mg_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "{author}")),
            _f("srednia", HEADER, 0.15, *_by_day(_mg_srednia)),
            _f("numer", MIDDLE, 0.25, (_OLD, "Nr ogłoszenia: {n}")),
            _f("cena", MIDDLE, 0.25, (_OLD, "Cena: {cena}")),
            _f("przebieg", MIDDLE, 0.2, (_OLD, "Przebieg: {przebieg}")),
            _f("zobacz", MIDDLE, 0.35, (_OLD, "Zobacz także: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "REKLAMA")),
            _f("zrodlo", FOOTER, 0.2, (_OLD, "Źródło: {zrodlo_list}")),
            _f("akcyza", FOOTER, 0.1, (_OLD, "Akcyza przy imporcie auta: 3,1% dla silników do "
                                             "2,0 l i 18,6% dla większych.")),
            _f("sezon", FOOTER, 0.3, *_mg_sezon()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} MotoGiełda. Kopiowanie treści "
                                                "bez zgody redakcji zabronione.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: poprawiliśmy rocznik modelu w "
                                              "tabeli.")),
        ),
    )


# --- an Egyptian property portal's guides (in Arabic) -------------------------------------

BM_REDESIGN = dt.date(2017, 5, 14)
EG_VAT = (("2000-01-01", "ضريبة المبيعات ١٠٪"), ("2016-09-08", "ضريبة القيمة المضافة ١٣٪"),
          ("2017-07-01", "ضريبة القيمة المضافة ١٤٪"))


def _bm_dated(day: dt.date) -> str:
    if day < BM_REDESIGN:
        return f"القاهرة في {arabic(day.day)}/{arabic(day.month)}/{arabic(day.year)}"
    return (f"آخر تحديث: {AYYAM[day.weekday()]} {arabic(day.day)} {SHUHUR[day.month - 1]} "
            f"{arabic(day.year)}")


@cache
def _bm_tanweeh() -> Wordings:
    base = _steps((_OLD, "اعرض وحدتك مجاناً على بيتك مصر"))
    covid = [_span("2020-03-25", "2020-06-26", "معاينات افتراضية بالفيديو خلال فترة حظر "
                                               "التجول")]
    ramadan = [(iso_day(first), iso_day(fitr) + 3 * ONE, f"رمضان كريم: مواعيد خدمة العملاء "
                                                        f"من ١١ صباحاً حتى ٤ عصراً ({arabic(y)})")
               for y, (first, fitr, _, _) in HIJRI_SA.items()]
    return _calendar(base, covid, ramadan)


def beitakmasr_style() -> PublisherStyle:
    """An Egyptian property portal's guides, in Arabic: "Cairo on" with the numeric date in
    Arabic-Indic digits turned "Last updated:" with the weekday and the month's name on
    14 May 2017 (a wording per day), the writer, listing codes, prices in pounds and floor
    areas from pools inside the body, "Report a listing", a deposit-scam warning, a
    customer-service notice turned by Ramadan's opening hours and the 2020 curfew, the tax
    included in the listing packages (sales tax, VAT at 13% from September 2016, 14% from
    July 2017), the hotline and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="beitakmasr.com", site="بيتك مصر", base_size=48,
        subdomains=(("www.", 100),),
        sections=("guides", "prices", "law", "news"),
        n_authors=3, url_path="/guides/{section}/{n}",
        pools={
            "thaman": ("١٬٢٠٠٬٠٠٠ جنيه", "٨٥٠٬٠٠٠ جنيه", "٤٬٥٠٠ جنيه شهرياً",
                       "٢٬٧٥٠٬٠٠٠ جنيه (تقسيط)"),
            "masaha": ("١٢٠ م²", "١٨٥ م²", "٩٠ م²", "٢٤٠ م²"),
        },
        families=(
            _f("tarikh", HEADER, 0.85, *_by_day(_bm_dated)),
            _f("katib", HEADER, 0.45, (_OLD, "كتب: {author}")),
            _f("code", MIDDLE, 0.3, (_OLD, "كود الإعلان: {n}")),
            _f("thaman", MIDDLE, 0.3, (_OLD, "السعر: {thaman}")),
            _f("masaha", MIDDLE, 0.25, (_OLD, "المساحة: {masaha}")),
            _f("iblagh", MIDDLE, 0.2, (_OLD, "الإبلاغ عن إعلان مخالف")),
            _f("arboun", FOOTER, 0.3, (_OLD, "تنبيه: لا تدفع أي عربون قبل معاينة الوحدة "
                                             "والتأكد من أوراق الملكية.")),
            _f("tanweeh", HEADER, 0.25, *_bm_tanweeh()),
            _f("dariba", FOOTER, 0.15, *tabled(EG_VAT, lambda v: (
                f"أسعار باقات الإعلانات تشمل {v}."))),
            _f("khat", FOOTER, 0.35, (_OLD, "خدمة العملاء: الخط الساخن 16592")),
            _f("huquq", FOOTER, 0.4, (_OLD, "© {year} بيتك مصر. جميع الحقوق محفوظة.")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: تم تعديل متوسط سعر المتر في المقال.")),
        ),
    )


# --- a British pet classifieds site's advice pages ----------------------------------------

WW_LICENCES = dt.date(2018, 10, 1)  # licence numbers in sellers' adverts (England)
WW_LUCYS_LAW = dt.date(2020, 4, 6)


def _ww_dated(day: dt.date) -> str:
    return f"Posted {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


@cache
def _ww_pause() -> Wordings:
    base = _steps((_OLD, "Thinking of getting a pet? Read our buyer's checklist first"))
    pause = _yearly("12-15", 0, 18, lambda y: f"🎄 From 15 December {y} to 2 January "
                                               f"{y + 1} we don't take new adverts for puppies "
                                               f"and kittens")
    covid = [_span("2020-03-24", "2020-05-31", "Please don't travel to view pets while "
                                               "lockdown rules are in place")]
    return _calendar(base, covid, pause)


def wagandwhisker_style() -> PublisherStyle:
    """A British pet classifieds site's advice pages: "Posted" with the short date (a
    wording per day), the writer, advert references, prices and ages from pools inside the
    body, "Report this advert", a licence line reworded when English sellers had to show
    their licence number (October 2018), a line on buying direct from the breeder reworded
    for Lucy's Law (April 2020), the advertising-standards line, a buyer's-checklist notice
    turned by the December pause on puppy and kitten adverts and the lockdown, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="wagandwhisker.co.uk", site="Wag & Whisker", base_size=40,
        subdomains=(("www.", 100),),
        sections=("advice", "dogs", "cats", "small-pets", "horses"),
        n_authors=3, url_path="/advice/{section}/{slug}",
        pools={
            "cost": ("£650", "£1,200", "£80 each", "£250 (rehoming fee)"),
            "age": ("9 weeks old", "8 weeks old", "4 months old", "2 years old"),
        },
        families=(
            _f("posted", HEADER, 0.8, *_by_day(_ww_dated)),
            _f("writer", HEADER, 0.45, (_OLD, "Written by {author}")),
            _f("ref", MIDDLE, 0.3, (_OLD, "Advert ref: WW{n}")),
            _f("cost", MIDDLE, 0.25, (_OLD, "{cost} · {age}")),
            _f("report", MIDDLE, 0.2, (_OLD, "Report this advert")),
            _f("licence", FOOTER, 0.25,
               (_OLD, "Breeders: tell buyers if you're licensed by your local council."),
               (WW_LICENCES.isoformat(), "Sellers licensed in England must show their "
                                         "licence number and issuing council in every "
                                         "advert.")),
            _f("direct", FOOTER, 0.25,
               (_OLD, "Always see a puppy with its mother before you buy."),
               (WW_LUCYS_LAW.isoformat(), "Lucy's Law: puppies and kittens under 6 months "
                                          "must be bought direct from the breeder.")),
            _f("standards", FOOTER, 0.3, (_OLD, "Wag & Whisker meets the minimum standards of "
                                                "the Pet Advertising Advisory Group.")),
            _f("checklist", HEADER, 0.25, *_ww_pause()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Wag & Whisker Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article first gave the "
                                                  "wrong minimum age for selling a "
                                                  "puppy.")),
        ),
    )


# --- a Romanian car-ads site's news -------------------------------------------------------

AU_REDESIGN = dt.date(2019, 2, 18)
AU_TIMBRU = dt.date(2017, 2, 1)


def _au_dated(day: dt.date) -> str:
    if day < AU_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return f"Actualizat: {day.day} {LUNI[day.month - 1][:3]}. {day.year}"


def autovitrina_style() -> PublisherStyle:
    """A Romanian car-ads site's news: the numeric date and the time turned "Actualizat:"
    with the short month on 18 February 2019 (a wording per day), the author, ad codes,
    prices and mileage from pools inside the body, "Raportează", the environmental-stamp
    line reworded when the stamp was abolished (February 2017), the year's scrappage
    programme, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="autovitrina.ro", site="AutoVitrina", base_size=32,
        subdomains=(("www.", 100),),
        sections=("stiri", "test-drive", "legislatie", "piata"),
        n_authors=3, url_path="/stiri/{slug}-{n}",
        pools={
            "pret": ("6.900 € negociabil", "12.450 €", "18.990 € + TVA", "3.200 €"),
            "km": ("187.000 km", "94.500 km", "231.000 km", "58.000 km"),
        },
        families=(
            _f("data", HEADER, 0.85, *_by_day(_au_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Autor: {author}")),
            _f("cod", MIDDLE, 0.3, (_OLD, "Cod anunț: {n}")),
            _f("pret", MIDDLE, 0.25, (_OLD, "Preț: {pret} · {km}")),
            _f("raporteaza", MIDDLE, 0.15, (_OLD, "Raportează")),
            _f("timbru", FOOTER, 0.2,
               (_OLD, "Prețurile nu includ timbrul de mediu, care se plătește la prima "
                      "înmatriculare în România."),
               (AU_TIMBRU.isoformat(), "Timbrul de mediu a fost eliminat din 1 februarie "
                                       "2017: la înmatriculare plătești doar taxele și "
                                       "plăcuțele.")),
            _f("rabla", FOOTER, 0.15, *_PERIOD.seasons(
                ("01-01", "Programul Rabla: vezi ce prime de casare se acordă anul acesta"),
                years=YEARS,
                special={y: [(f"{y}-05-01", f"Programul Rabla {y}: prima de casare este "
                                            f"de 6.500 lei"),
                             (f"{y}-12-01", "Programul Rabla: vezi ce prime de casare se "
                                            "acordă anul acesta")] for y in YEARS})),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} AutoVitrina. Toate drepturile "
                                                "rezervate.")),
            _f("corectie", HEADER, 0.04, (_OLD, "Corecție: am actualizat puterea motorului "
                                                "din articol.")),
        ),
    )


# --- a Hungarian property portal's market pages -------------------------------------------

HU_BASE_RATE = (("2014-07-23", "2,10"), ("2015-03-25", "1,95"), ("2015-04-22", "1,80"),
                ("2015-05-27", "1,65"), ("2015-06-24", "1,50"), ("2015-07-22", "1,35"),
                ("2016-03-23", "1,20"), ("2016-04-27", "1,05"), ("2016-05-25", "0,90"),
                ("2020-06-24", "0,75"), ("2020-07-22", "0,60"))
HU_NEW_HOMES_VAT = (("2000-01-01", "27%"), ("2016-01-01", "5%"),
                    ("2020-01-01", "27% (a korábban engedélyezett projekteknél 2023-ig 5%)"))
CSOK = (("2000-01-01", "Lakáscélú állami támogatás új lakásra: érdeklődjön bankjánál!"),
        ("2015-07-01", "CSOK: családi otthonteremtési kedvezmény új és használt lakásra is "
                       "igényelhető."),
        ("2016-01-01", "CSOK: három gyermek után új lakásra 10 millió Ft támogatás és 10 "
                       "millió Ft kedvezményes hitel."),
        ("2019-07-01", "CSOK: július 1-jétől a kistelepüléseken falusi CSOK is "
                       "igényelhető."))


def _lp_dated(day: dt.date) -> str:
    return f"{day.year}. {HONAP[day.month - 1]} {day.day}."


def lakaspiac_style() -> PublisherStyle:
    """A Hungarian property portal's market pages: the long date (a wording per day), an
    "asking prices as of" line with the day's date (a wording per day), listing IDs, prices
    in millions and floor areas from pools inside the body, the central bank's base rate
    (changing on decision days), VAT on new homes (5% from 2016, 27% again from 2020), the
    home-purchase subsidy line reworded as CSOK came in and grew, the copyright line, a
    rare correction."""
    return PublisherStyle(
        domain="lakaspiac.hu", site="Lakáspiac", base_size=25,
        subdomains=(("www.", 100),),
        sections=("piac", "hitel", "tanacsok"),
        n_authors=2, url_path="/cikk/{slug}",
        pools={
            "mft": ("34,9 M Ft", "52 M Ft", "27,5 M Ft", "89,9 M Ft"),
            "terulet": ("54 m²", "72 m²", "38 m²", "110 m²"),
        },
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_lp_dated)),
            _f("allapot", FOOTER, 0.3, *_daily(
                lambda day: f"A hirdetési árak {day.year}. {HONAP[day.month - 1]} "
                            f"{day.day}-i állapotot tükröznek.")),
            _f("azonosito", MIDDLE, 0.3, (_OLD, "Azonosító: {n}")),
            _f("ar", MIDDLE, 0.3, (_OLD, "Irányár: {mft} · {terulet}")),
            _f("alapkamat", FOOTER, 0.15, *tabled(HU_BASE_RATE, lambda v: (
                f"Jegybanki alapkamat: {v}%"))),
            _f("afa", FOOTER, 0.12, *tabled(HU_NEW_HOMES_VAT, lambda v: (
                f"Új lakások áfája: {v}"))),
            _f("csok", FOOTER, 0.2, *tabled(CSOK, lambda v: v)),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Lakáspiac Kft. Minden jog fenntartva.")),
            _f("helyesbites", HEADER, 0.04, (_OLD, "Helyesbítés: a négyzetméterár helyesen "
                                                   "685 ezer Ft.")),
        ),
    )


def heldout199_styles() -> list[PublisherStyle]:
    """The held-back-199 styles, in the order the generator hands them to publishers."""
    return [
        swapyard_style(), targowisko_style(), dukkanak_style(), tradewell_style(),
        mandiwala_style(), targulbun_style(), aprovilag_style(), motogielda_style(),
        beitakmasr_style(), wagandwhisker_style(), autovitrina_style(), lakaspiac_style(),
    ]
