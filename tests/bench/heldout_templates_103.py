"""The ``held-back-103`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-100 set
(`tests.bench.heldout_templates_100`). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. The publishers are outlets of Turkey, Cyprus and the Black Sea, large and
small: a Turkish daily in Istanbul, a Romanian daily in Bucharest, a Greek daily in Nicosia, a
Ukrainian site in Odesa, a Bulgarian site in Varna, a Georgian site in Batumi, a Turkish
Cypriot daily in North Nicosia, a Romanian-language site in Cahul (Moldova), a Turkish
regional site in Rize, an English weekly for residents of Paphos, a Crimean Tatar and
Ukrainian site in exile in Kyiv and a Bulgarian community paper in Bolhrad (Ukraine). The
families are the kinds a crawl of such sites holds: dates localised day by day in Turkish,
Romanian, Greek, Ukrainian, Bulgarian, Georgian, English and Crimean Tatar (several changing
form on the day of a redesign, one daily by its year and issue number, one weekly by its
issue), lines that turn every day, every week or every season (the lira, the leu, the
hryvnia, the lev, the lari, sterling and the Moldovan leu on working days, Nicosia's
temperature, the Black Sea's water in summer, the duty pharmacy, the iftar time in Ramadan,
the fresh tea price by season), the seasons of beaches, storms, fires, tea, anchovies, the
highland fairs and the ski slopes, bylines and datelines of many shapes, section kickers,
read-also links (some up to two times), photo credits, sources, cross-posts and translations,
fair-use and copyright lines, donation, membership, newsletter and social appeals, prices in
lira, lei, euros, hryvnias, leva and lari (several rising over the years), notices reworded in
2016-2020, notices that follow the region's calendars (votes, snap and re-run ones, a
postponed one, referendums, a coup attempt, martial law, curfews, lockdowns, closed
crossings, earthquakes, fires, a fire in a club and its mourning, protests, talks, Brexit's
deadlines, national days with their counts, the two Bayrams, Ramadan, Orthodox Easter, Green
Monday and Kataklysmos, Martisor, Baba Marta, Trifon Zarezan, Hidirellez, Wine Day, the
deportation's remembrance, a culture capital's year, events called off in 2020), multi-line
blocks, mid-body inserts, bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    nth_weekday,
    orthodox_easter,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

TURKISH_MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                  "Eylül", "Ekim", "Kasım", "Aralık")
TURKISH_WEEKDAYS = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
ROMANIAN_MONTHS = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie",
                   "august", "septembrie", "octombrie", "noiembrie", "decembrie")
ROMANIAN_WEEKDAYS = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
GREEK_MONTHS = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
                "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου",
                "Δεκεμβρίου")
GREEK_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
UKRAINIAN_MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                    "серпня", "вересня", "жовтня", "листопада", "грудня")
UKRAINIAN_WEEKDAYS = ("понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота",
                      "неділя")
BULGARIAN_MONTHS = ("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
                    "септември", "октомври", "ноември", "декември")
BULGARIAN_WEEKDAYS = ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота",
                      "неделя")
GEORGIAN_MONTHS = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი",
                   "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი")
GEORGIAN_WEEKDAYS = ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი",
                     "კვირა")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
TATAR_MONTHS = ("yanvar", "fevral", "mart", "aprel", "mayıs", "iyun", "iyul", "avgust",
                "sentâbr", "oktâbr", "noyabr", "dekabr")
TATAR_WEEKDAYS = ("bazar ertesi", "salı", "çarşenbe", "cumaaqşamı", "cuma", "cumaertesi",
                  "bazar")

# The first days of Ramadan, of the Ramadan Bayram and of the Sacrifice Bayram as Turkey's
# Religious Affairs calendar gave them (Northern Cyprus and Ukraine's Muslims kept the same).
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-16",
           2019: "2019-05-06", 2020: "2020-04-24"}
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a central bank's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def along(knots: tuple[tuple[str, float], ...], day: dt.date) -> float:
    """The value on `day` on the broken line through `knots` ((ISO day, value), ...), flat
    before the first and after the last."""
    iso = day.isoformat()
    if iso <= knots[0][0]:
        return knots[0][1]
    for (a, va), (b, vb) in zip(knots, knots[1:], strict=False):
        if iso <= b:
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - start).days / (end - start).days
    return knots[-1][1]


def comma(number: float, places: int = 4) -> str:
    """`number` with a decimal comma (2,9123), as Turkish, Romanian and Slavic pages print
    it."""
    return f"{number:.{places}f}".replace(".", ",")


def dotted(number: int) -> str:
    """`number` with a dot between thousands (9.166), as Turkish prints it."""
    return f"{number:,}".replace(",", ".")


def in_ramadan(day: dt.date) -> bool:
    """Whether `day` is a fasting day of Ramadan as Turkey kept it."""
    if day.year not in RAMADAN:
        return False
    return (dt.date.fromisoformat(RAMADAN[day.year]) <= day
            < dt.date.fromisoformat(RAMAZAN_BAYRAMI[day.year]))


def green_monday(y: int) -> dt.date:
    """Green (Clean) Monday: 48 days before Orthodox Easter."""
    return orthodox_easter(y) - dt.timedelta(days=48)


def kataklysmos(y: int) -> dt.date:
    """Kataklysmos, the Festival of the Flood: Orthodox Pentecost Monday (Easter + 50)."""
    return orthodox_easter(y) + dt.timedelta(days=50)


# Made-up exchange rates along the rough paths the currencies took (knots by ISO day).
USD_TRY = (("2015-01-01", 2.33), ("2015-09-20", 3.05), ("2016-06-01", 2.95),
           ("2017-01-11", 3.85), ("2018-04-01", 3.95), ("2018-08-13", 6.9),
           ("2018-12-31", 5.3), ("2019-12-31", 5.95), ("2020-11-06", 8.5),
           ("2021-01-10", 7.4))
EUR_USD = (("2015-01-01", 1.21), ("2015-03-15", 1.05), ("2016-05-01", 1.15),
           ("2016-12-20", 1.04), ("2018-02-01", 1.25), ("2019-09-30", 1.09),
           ("2020-03-01", 1.10), ("2021-01-10", 1.22))
GBP_USD = (("2015-01-01", 1.55), ("2016-06-23", 1.48), ("2016-06-27", 1.33),
           ("2016-10-07", 1.22), ("2017-12-31", 1.35), ("2018-04-15", 1.42),
           ("2019-08-10", 1.21), ("2019-12-13", 1.33), ("2020-03-20", 1.16),
           ("2021-01-10", 1.36))
EUR_RON = (("2015-01-01", 4.48), ("2015-12-31", 4.52), ("2016-12-31", 4.54),
           ("2017-12-31", 4.65), ("2018-12-31", 4.66), ("2019-12-31", 4.78),
           ("2021-01-10", 4.87))
USD_UAH = (("2015-01-01", 15.77), ("2015-02-25", 30.0), ("2015-04-15", 22.0),
           ("2015-12-31", 24.0), ("2016-03-01", 27.0), ("2016-12-31", 27.2),
           ("2017-12-31", 28.07), ("2018-12-31", 27.69), ("2019-12-31", 23.69),
           ("2020-03-27", 28.0), ("2020-05-01", 27.0), ("2020-10-31", 28.4),
           ("2021-01-10", 28.3))
USD_GEL = (("2015-01-01", 1.86), ("2015-03-01", 2.2), ("2015-12-31", 2.39),
           ("2016-12-31", 2.65), ("2017-12-31", 2.59), ("2018-12-31", 2.67),
           ("2019-09-30", 2.97), ("2019-12-31", 2.87), ("2020-05-01", 3.2),
           ("2021-01-10", 3.28))
USD_MDL = (("2015-01-01", 15.6), ("2015-02-28", 19.6), ("2015-12-31", 19.66),
           ("2016-12-31", 19.98), ("2017-12-31", 17.1), ("2021-01-10", 17.2))
BGN_PER_EUR = 1.95583  # the lev is pegged to the euro


def rate(knots: tuple[tuple[str, float], ...], key: str, day: dt.date, wobble: int) -> float:
    """A made-up rate on `day`'s working day: the knots' line plus a small daily wobble (in
    ten-thousandths, up to `wobble`)."""
    work = working_day(day)
    return along(knots, work) + made_up(work, key, -wobble, wobble) / 10_000


def try_rate(day: dt.date) -> tuple[float, float, float]:
    """(dollar, euro, sterling) in Turkish lira on `day`'s working day."""
    usd = rate(USD_TRY, "try", day, 150)
    work = working_day(day)
    return (round(usd, 4), round(usd * along(EUR_USD, work), 4),
            round(usd * along(GBP_USD, work), 4))


# --- a Turkish daily (Istanbul, Turkey) -------------------------------------------------------

GP_REDESIGN = dt.date(2018, 10, 29)  # relaunched on Republic Day, the 95th
GP_WHATSAPP = dt.date(2019, 4, 15)
GP_RIGHTS = dt.date(2017, 1, 2)


def _gp_dated(day: dt.date) -> str:
    if day < GP_REDESIGN:
        return (f"{day.day} {TURKISH_MONTHS[day.month - 1]} {day.year} "
                f"{TURKISH_WEEKDAYS[day.weekday()]}, {{time}}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} | Güncelleme: {{time}}"


def _gp_fx(day: dt.date) -> str:
    usd, eur, _ = try_rate(day)
    return f"💱 Piyasalar: Dolar {comma(usd)} · Euro {comma(eur)}"


def _gp_republic(y: int) -> str:
    return f"🇹🇷 Cumhuriyetimizin {y - 1923}. yılı kutlu olsun!"


def _gp_notice() -> Wordings:
    base = _steps((_OLD, "Galata Postası'nı Twitter ve Facebook'ta takip edin"),
                  (GP_WHATSAPP.isoformat(), "📲 Son dakika haberleri WhatsApp'ınıza gelsin: "
                                            "0532 000 00 00"))
    news: list[Event] = [
        _vote("2015-06-07", "🗳️ 7 Haziran seçimleri: il il sonuçlar", before=6, after=2),
        _vote("2015-11-01", "🗳️ 1 Kasım erken seçimi: il il sonuçlar", before=6, after=2),
        _span("2016-07-16", "2016-07-22", "🇹🇷 15 Temmuz darbe girişimi: gelişmeleri canlı "
                                          "takip edin"),
        _vote("2017-04-16", "🗳️ Anayasa değişikliği halkoylaması: sandık sonuçları",
              before=6, after=2),
        _vote("2018-06-24", "🗳️ 24 Haziran Cumhurbaşkanlığı ve milletvekili seçimleri",
              before=6, after=2),
        _vote("2019-03-31", "🗳️ 31 Mart yerel seçimleri: ilçe ilçe sonuçlar", before=6,
              after=2),
        _vote("2019-06-23", "🗳️ İstanbul'da seçim yenilendi: sandık başına", before=6,
              after=1),
        _span("2020-01-25", "2020-02-02", "🆘 Elazığ depremi: yardım kampanyası ve AFAD "
                                          "duyuruları"),
        _span("2020-04-10", "2020-05-31", "😷 Hafta sonu sokağa çıkma kısıtlaması: "
                                          "muafiyetler haberimizde"),
        _span("2020-10-30", "2020-11-08", "🆘 İzmir depremi: AFAD'ın yardım hesapları"),
    ]
    feasts = _yearly("10-29", 1, 0, _gp_republic)
    feasts += _yearly("11-10", 0, 0, lambda y: f"🖤 Ulu Önder Atatürk'ü vefatının {y - 1938}. "
                                               f"yılında saygıyla anıyoruz")
    feasts += _yearly("07-15", 0, 0, lambda y: f"🇹🇷 15 Temmuz Demokrasi ve Millî Birlik "
                                               f"Günü: {y - 2016}. yıl",
                      years=range(2017, 2021))
    feasts += _movable(_listed(RAMAZAN_BAYRAMI), 1, 2, lambda _: "🌙 Ramazan Bayramınız "
                                                                 "mübarek olsun")
    feasts += _movable(_listed(KURBAN_BAYRAMI), 1, 3, lambda _: "🐑 Kurban Bayramınız "
                                                                "mübarek olsun")
    return _calendar(base, news, feasts)


def istanbul_style() -> PublisherStyle:
    """A Turkish daily (Istanbul): a section kicker, the date, the weekday and the time turned
    a dotted date with an update time on Republic Day 2018 (a wording per day), "Haber:"
    turned with the paper's name, a city dateline, "İlginizi çekebilir:" (up to twice), a
    photo credit, an advert's label mid-body, the news agency as a source, the dollar and the
    euro on working days, the winter tyre rule, a social line turned a messenger appeal and
    turned by five votes (a referendum among them) and a re-run, the coup attempt, two
    earthquakes and the 2020 weekend curfews, the Republic's and Atatürk's counts, 15 July
    from 2017 and the two Bayrams, an e-paper price rising, a rights line reworded and a
    fair-use line (a block), a rare correction."""
    return PublisherStyle(
        domain="galatapostasi.com.tr", site="Galata Postası", base_size=245,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("gundem", "ekonomi", "dunya", "spor", "yasam", "istanbul"),
        n_authors=9, url_path="/{section}/{slug}-{n}",
        pools={
            "kategori": ("GÜNDEM", "EKONOMİ", "DÜNYA", "SPOR", "YAŞAM", "İSTANBUL", "SAĞLIK"),
            "sehir": ("ANKARA", "İZMİR", "BURSA", "ANTALYA", "DİYARBAKIR", "TRABZON", "ADANA",
                      "EDİRNE"),
            "ajans": ("AA", "DHA", "İHA", "ANKA", "Galata Postası"),
            "foto": ("AA", "DHA", "Arşiv", "Galata Postası", "Sosyal medya"),
        },
        families=(
            _f("kategori", HEADER, 0.4, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.85, *_by_day(_gp_dated)),
            _f("muhabir", HEADER, 0.55, (_OLD, "Haber: {author}"),
               (GP_REDESIGN.isoformat(), "{author} | Galata Postası")),
            _f("sehir", HEADER, 0.2, (_OLD, "{sehir} -")),
            _f("ilginizi", MIDDLE, 0.35, (_OLD, "İlginizi çekebilir: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotoğraf: {foto}")),
            _f("reklam", MIDDLE, 0.08, (_OLD, "Reklam")),
            _f("kaynak", FOOTER, 0.25, (_OLD, "Kaynak: {ajans}")),
            _f("piyasa", FOOTER, 0.2, *_by_day(_gp_fx)),
            _f("mevsim", FOOTER, 0.12, *_seasons(
                ("04-01", "🚗 Kış lastiği zorunluluğu sona erdi; lastiklerinizi kontrol "
                          "ettirin"),
                ("12-01", "❄️ Kış lastiği zorunluluğu 1 Nisan'a kadar sürüyor"))),
            _f("duyuru", FOOTER, 0.3, *_gp_notice()),
            _f("e-gazete", FOOTER, 0.15, (_OLD, "E-gazete aboneliği: aylık 9,90 TL"),
               ("2017-01-02", "E-gazete aboneliği: aylık 14,90 TL"),
               ("2019-01-07", "E-gazete aboneliği: aylık 19,90 TL, yıllık 199 TL")),
            _f("haklar", FOOTER, 0.45, (_OLD, "© {year} Galata Postası. Tüm hakları saklıdır."),
               (GP_RIGHTS.isoformat(), "© {year} Galata Postası. Tüm hakları saklıdır; "
                                       "içerik izinsiz çoğaltılamaz.")),
            _f("alinti", FOOTER, 0.2, (_OLD, "Haberlerimizden alıntı yapılırken kaynak "
                                             "gösterilmesi ve habere bağlantı verilmesi "
                                             "zorunludur.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "DÜZELTME: Haberin ilk hâlinde ilçe adı yanlış "
                                                "yazılmıştır")),
        ),
    )


# --- a Romanian daily (Bucharest, Romania) ----------------------------------------------------

CD_REDESIGN = dt.date(2018, 12, 1)  # relaunched on the Great Union's centenary
CD_NEWSLETTER = dt.date(2019, 3, 4)
CD_MEMBERS = dt.date(2018, 3, 1)


def _cd_dated(day: dt.date) -> str:
    if day < CD_REDESIGN:
        return (f"{ROMANIAN_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{ROMANIAN_MONTHS[day.month - 1]} {day.year}")
    return f"Publicat: {day.day:02d}.{day.month:02d}.{day.year}, ora {{time}}"


def ron_rate(day: dt.date) -> float:
    """The made-up BNR rate of a euro in lei on `day`'s working day (about 4.48 in 2015 to
    4.87 late in 2020)."""
    return round(rate(EUR_RON, "ron", day, 60), 4)


def _cd_fx(day: dt.date) -> str:
    return f"Curs BNR: 1 EUR = {comma(ron_rate(day))} lei"


def _cd_notice() -> Wordings:
    base = _steps((_OLD, "Urmărește Curierul Dâmboviței pe Facebook"),
                  (CD_NEWSLETTER.isoformat(), "📩 Abonează-te la newsletter: știrile zilei, "
                                              "în fiecare dimineață la 7"))
    news: list[Event] = [
        _span("2015-10-31", "2015-11-03", "🕯️ Doliu național după incendiul din clubul "
                                          "Colectiv"),
        _vote("2016-06-05", "🗳️ Alegeri locale 2016: rezultatele pe sectoare", before=5,
              after=2),
        _vote("2016-12-11", "🗳️ Alegeri parlamentare 2016: rezultate parțiale", before=5,
              after=2),
        _span("2017-02-01", "2017-02-12", "📢 Protestele din Piața Victoriei: transmisiune "
                                          "în direct în fiecare seară"),
        _vote("2018-10-07", "🗳️ Referendumul pentru familie: secțiile sunt deschise sâmbătă "
                            "și duminică", before=5),
        _vote("2019-05-26", "🗳️ Europarlamentare și referendum: prezența la urne, oră cu "
                            "oră", before=5, after=2),
        _vote("2019-11-10", "🗳️ Alegeri prezidențiale, turul I: rezultate", before=5,
              after=2),
        _vote("2019-11-24", "🗳️ Alegeri prezidențiale, turul al II-lea: rezultate",
              before=5, after=2),
        _span("2020-03-16", "2020-05-14", "😷 Stare de urgență: declarația pe propria "
                                          "răspundere, model descărcabil"),
        _vote("2020-09-27", "🗳️ Alegeri locale 2020: rezultatele pe sectoare", before=5,
              after=2),
        _vote("2020-12-06", "🗳️ Alegeri parlamentare 2020: rezultate parțiale", before=5,
              after=2),
    ]
    feasts = _yearly("12-01", 1, 0, lambda y: f"🇷🇴 La mulți ani, România! A {y - 1918}-a "
                                              f"aniversare a Marii Uniri")
    feasts += _yearly("01-24", 0, 0, lambda y: f"🇷🇴 Ziua Unirii Principatelor: {y - 1859} de "
                                               f"ani")
    feasts += _yearly("03-01", 0, 0, lambda _: "🌸 Mărțișor fericit tuturor cititoarelor "
                                               "noastre!")
    feasts += _movable(orthodox_easter, 1, 1, lambda y: f"✝️ Hristos a înviat! Paște "
                                                        f"fericit {y}")
    return _calendar(base, news, feasts)


def bucharest_style() -> PublisherStyle:
    """A Romanian daily (Bucharest): a section kicker, the weekday and the date turned
    "Publicat:" with a dotted date and the time on 1 December 2018 (a wording per day), "de"
    turned "Autor:", "Citește și:" (up to twice), a photo credit, an advert's label, a
    partner's cross-post, the BNR's euro rate on working days, the heat code and the snow, a
    social line turned a newsletter appeal and turned by the Colectiv mourning, eight votes
    (a referendum among them), the 2017 protests and the 2020 emergency, the Union's two counts,
    Martisor and Easter, a membership appeal turned with a price, a rights line and a
    reproduction line (a block), a rare traffic notice."""
    return PublisherStyle(
        domain="curieruldambovitei.ro", site="Curierul Dâmboviței", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("actualitate", "politica", "economie", "bucuresti", "sport", "cultura"),
        n_authors=8, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrica": ("ACTUALITATE", "POLITICĂ", "ECONOMIE", "BUCUREȘTI", "SPORT",
                        "CULTURĂ", "EXTERNE"),
            "foto": ("Inquam Photos", "Agerpres", "Arhivă", "Curierul Dâmboviței",
                     "Facebook"),
            "partener": ("Gazeta de Cluj", "Monitorul de Iași", "Vocea Banatului"),
        },
        families=(
            _f("rubrica", HEADER, 0.4, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.8, *_by_day(_cd_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "de {author}"),
               (CD_REDESIGN.isoformat(), "Autor: {author}")),
            _f("citeste", MIDDLE, 0.35, (_OLD, "Citește și: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("publicitate", MIDDLE, 0.08, (_OLD, "Publicitate")),
            _f("preluat", HEADER, 0.06, (_OLD, "Articol preluat de la partenerii noștri de la "
                                               "{partener}")),
            _f("curs", FOOTER, 0.2, *_by_day(_cd_fx)),
            _f("vreme", FOOTER, 0.12, *_seasons(
                ("06-15", "🌡️ Cod de caniculă: ANM recomandă să evitați expunerea la soare "
                          "între 11 și 18"),
                ("09-01", "🍂 Toamna în București: programul de toaletare a arborilor pe "
                          "sectoare"),
                ("12-01", "❄️ Cod de ninsoare: verificați starea drumurilor înainte de "
                          "plecare"))),
            _f("anunt", FOOTER, 0.3, *_cd_notice()),
            _f("sustine", FOOTER, 0.15, (_OLD, "Susține jurnalismul independent: devino "
                                               "membru al comunității noastre."),
               (CD_MEMBERS.isoformat(), "Devino membru Curierul Dâmboviței: de la 15 lei pe "
                                        "lună")),
            _f("drepturi", FOOTER, 0.45, (_OLD, "© {year} Curierul Dâmboviței. Toate "
                                                "drepturile rezervate.")),
            _f("preluare", FOOTER, 0.2, (_OLD, "Preluarea conținutului este permisă doar în "
                                               "limita a 500 de caractere, cu link către "
                                               "articolul original.")),
            _f("trafic", HEADER, 0.04, (_OLD, "⚠️ Circulație restricționată pe Calea "
                                              "Victoriei până la ora 20:00")),
        ),
    )


# --- a Greek daily (Nicosia, Cyprus) ----------------------------------------------------------

PT_REDESIGN = dt.date(2018, 10, 1)  # relaunched on Independence Day
PT_VIBER = dt.date(2019, 6, 3)
PT_DIGITAL = dt.date(2017, 9, 4)


def _pt_dated(day: dt.date) -> str:
    if day < PT_REDESIGN:
        return (f"{GREEK_WEEKDAYS[day.weekday()]}, {day.day} {GREEK_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"


def nicosia_high(day: dt.date) -> int:
    """Nicosia's made-up forecast high on `day` in °C (about 17 in January to 38 in late
    July, give or take two)."""
    phase = 2 * math.pi * (day.timetuple().tm_yday - 24) / 365.25
    return round(27.5 - 10.5 * math.cos(phase)) + made_up(day, "lefkosia", -2, 2)


def _pt_weather(day: dt.date) -> str:
    return f"☀️ Λευκωσία σήμερα: μέγιστη {nicosia_high(day)}°C"


def _pt_notice() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε μας στο Facebook και στο Twitter: Πρωινός Ταχυδρόμος"),
                  (PT_VIBER.isoformat(), "📲 Γίνετε μέλος της κοινότητάς μας στο Viber για "
                                         "τις ειδήσεις της ημέρας"))
    news: list[Event] = [
        _vote("2016-05-22", "🗳️ Βουλευτικές εκλογές 2016: τα αποτελέσματα ανά επαρχία",
              before=6, after=2),
        _span("2016-06-18", "2016-06-23", "🔥 Πυρκαγιά στη Σολέα: οδηγίες της Πολιτικής "
                                          "Άμυνας"),
        _span("2017-06-28", "2017-07-08", "🇨🇾 Διάσκεψη για το Κυπριακό στο Κραν Μοντανά: "
                                          "ενημέρωση ώρα με την ώρα"),
        _vote("2018-01-28", "🗳️ Προεδρικές εκλογές 2018: α' γύρος", before=6, after=2),
        _vote("2018-02-04", "🗳️ Προεδρικές εκλογές 2018: β' γύρος", before=4, after=2),
        _vote("2019-05-26", "🗳️ Ευρωεκλογές 2019: τα αποτελέσματα", before=6, after=1),
        _span("2020-03-24", "2020-05-04", "😷 Απαγόρευση κυκλοφορίας: στείλτε SMS στο 8998 "
                                          "πριν βγείτε από το σπίτι"),
    ]
    feasts = _yearly("10-01", 1, 0, lambda y: f"🇨🇾 {y - 1960} χρόνια Κυπριακής Δημοκρατίας")
    feasts += _yearly("03-25", 0, 0, lambda y: f"🇬🇷 25η Μαρτίου: {y - 1821} χρόνια από την "
                                               f"Επανάσταση")
    feasts += _yearly("04-01", 0, 0, lambda y: f"1η Απριλίου: {y - 1955} χρόνια από την "
                                               f"έναρξη του αγώνα της ΕΟΚΑ")
    feasts += _movable(green_monday, 0, 0, lambda _: "🪁 Καλή Καθαρά Δευτέρα!")
    feasts += _movable(orthodox_easter, 2, 1, lambda y: f"✝️ Χριστός Ανέστη! Καλό Πάσχα {y}")
    feasts += _movable(kataklysmos, 2, 0, lambda y: f"🌊 Κατακλυσμός {y}: το πρόγραμμα "
                                                    f"των εκδηλώσεων")
    return _calendar(base, news, feasts)


def nicosia_style() -> PublisherStyle:
    """A Greek daily (Nicosia): a section kicker, the Greek weekday and the date (months in
    the genitive) turned a date with slashes and the time on Independence Day 2018 (a
    wording per day), "Του" turned "Γράφει ο/η", a town dateline, "Διαβάστε επίσης:" (up to
    twice), a photo credit, an advert's label, Nicosia's high every day, the heat and the
    fire season, a social line turned a messenger appeal and turned by four votes, the Solea
    fire, the Crans-Montana talks and the 2020 lockdown, Independence, 25 March and EOKA
    with their counts, Green Monday, Easter and Kataklysmos, a print price turned a digital
    subscription, a rights line and the address (a block), a rare road closure."""
    return PublisherStyle(
        domain="proinostaxydromos.com.cy", site="Πρωινός Ταχυδρόμος", base_size=195,
        subdomains=(("www.", 100),),
        sections=("kypros", "politiki", "oikonomia", "kosmos", "athlitika", "politismos"),
        n_authors=7, url_path="/{section}/{n}/{slug}",
        pools={
            "enotita": ("ΚΥΠΡΟΣ", "ΠΟΛΙΤΙΚΗ", "ΟΙΚΟΝΟΜΙΑ", "ΚΟΣΜΟΣ", "ΑΘΛΗΤΙΚΑ", "ΠΟΛΙΤΙΣΜΟΣ",
                        "ΚΥΠΡΙΑΚΟ"),
            "poli": ("ΛΕΜΕΣΟΣ", "ΛΑΡΝΑΚΑ", "ΠΑΦΟΣ", "ΑΜΜΟΧΩΣΤΟΣ", "ΠΑΡΑΛΙΜΝΙ", "ΤΡΟΟΔΟΣ"),
            "fotografia": ("ΚΥΠΕ", "Αρχείο", "Πρωινός Ταχυδρόμος", "Reuters",
                           "Γραφείο Τύπου"),
        },
        families=(
            _f("enotita", HEADER, 0.35, (_OLD, "{enotita}")),
            _f("imerominia", HEADER, 0.75, *_by_day(_pt_dated)),
            _f("syntaktis", HEADER, 0.5, (_OLD, "Του {author}"),
               (PT_REDESIGN.isoformat(), "Γράφει ο/η {author}")),
            _f("topos", HEADER, 0.2, (_OLD, "{poli}.")),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}"), count=2),
            _f("fotografia", MIDDLE, 0.2, (_OLD, "Φωτογραφία: {fotografia}")),
            _f("diafimisi", MIDDLE, 0.08, (_OLD, "ΔΙΑΦΗΜΙΣΗ")),
            _f("kairos", FOOTER, 0.2, *_by_day(_pt_weather)),
            _f("epochi", FOOTER, 0.12, *_seasons(
                ("05-01", "🔥 Αντιπυρική περίοδος: απαγορεύεται το κάψιμο χόρτων μέχρι τον "
                          "Οκτώβριο"),
                ("07-01", "🌡️ Καύσωνας: πίνετε νερό και αποφεύγετε τον ήλιο το μεσημέρι"),
                ("09-01", "🔥 Αντιπυρική περίοδος: απαγορεύεται το κάψιμο χόρτων μέχρι τον "
                          "Οκτώβριο"),
                ("11-01", "🌧️ Χειμώνας: οδηγείτε με προσοχή στις ορεινές περιοχές"))),
            _f("anakoinosi", FOOTER, 0.3, *_pt_notice()),
            _f("syndromi", FOOTER, 0.15, (_OLD, "Τιμή φύλλου: €1,50"),
               (PT_DIGITAL.isoformat(), "Ψηφιακή συνδρομή: €6,99 τον μήνα"),
               ("2020-01-08", "Ψηφιακή συνδρομή: €7,99 τον μήνα ή €79 τον χρόνο")),
            _f("dikaiomata", FOOTER, 0.45, (_OLD, "© {year} Πρωινός Ταχυδρόμος. Με την "
                                                  "επιφύλαξη παντός δικαιώματος.")),
            _f("dieuthynsi", FOOTER, 0.2, (_OLD, "Λεωφόρος Μακαρίου 00, 1065 Λευκωσία · "
                                                 "Τηλ. 22 000000")),
            _f("kleisimo", HEADER, 0.04, (_OLD, "⚠️ Κλειστή η λεωφόρος Γρίβα Διγενή σήμερα "
                                                "λόγω έργων")),
        ),
    )


# --- a Ukrainian site (Odesa, Ukraine) --------------------------------------------------------

PH_REDESIGN = dt.date(2018, 8, 24)  # relaunched on Independence Day
PH_TELEGRAM = dt.date(2018, 11, 5)
PH_CLUB = dt.date(2019, 2, 1)


def _ph_dated(day: dt.date) -> str:
    if day < PH_REDESIGN:
        return (f"{day.day} {UKRAINIAN_MONTHS[day.month - 1]} {day.year}, "
                f"{UKRAINIAN_WEEKDAYS[day.weekday()]}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} о {{time}}"


def uah_rate(day: dt.date) -> float:
    """The made-up NBU rate of a dollar in hryvnias on `day`'s working day (about 15.8 early
    in 2015, 30 at the end of February 2015, 28 late in 2020)."""
    return round(rate(USD_UAH, "uah", day, 300), 4)


def _ph_fx(day: dt.date) -> str:
    return f"Курс НБУ: 1 USD = {comma(uah_rate(day))} грн"


def _ph_notice() -> Wordings:
    base = _steps((_OLD, "Читайте нас у Facebook: Південна хвиля"),
                  (PH_TELEGRAM.isoformat(), "📲 Підписуйтеся на наш Telegram-канал: "
                                            "t.me/pivdennakhvylia"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Місцеві вибори: результати по Одесі", before=6, after=2),
        _vote("2015-11-15", "🗳️ Другий тур виборів міського голови", before=5, after=1),
        _span("2018-11-26", "2018-12-26", "⚠️ В Одеській області діє воєнний стан: що це "
                                          "означає"),
        _vote("2019-03-31", "🗳️ Вибори Президента України: перший тур", before=6, after=2),
        _vote("2019-04-21", "🗳️ Вибори Президента України: другий тур", before=6, after=2),
        _vote("2019-07-21", "🗳️ Позачергові вибори до Верховної Ради: результати по "
                            "округах", before=6, after=2),
        _span("2020-03-12", "2020-05-22", "😷 Карантин: що відкрито й що закрито в Одесі"),
        _vote("2020-10-25", "🗳️ Місцеві вибори 2020: результати по Одесі", before=6, after=2),
        _span("2020-11-14", "2020-12-01", "😷 Карантин вихідного дня: які заклади "
                                          "працюють"),
    ]
    feasts = _yearly("08-24", 1, 0, lambda y: f"🇺🇦 З Днем Незалежності! {y - 1991}-та "
                                              f"річниця")
    feasts += _yearly("09-02", 0, 0, lambda y: f"⚓ Одесі — {y - 1794}! З Днем народження, "
                                               f"місто")
    feasts += _yearly("04-01", 0, 0, lambda _: "😄 Гуморина: програма свята на Дерибасівській")
    feasts += _yearly("04-10", 0, 0, lambda y: f"🕊️ {y - 1944}-та річниця визволення "
                                               f"Одеси")
    feasts += _movable(orthodox_easter, 1, 0, lambda _: "✝️ Христос воскрес! Зі святом "
                                                        "Великодня")
    return _calendar(base, news, feasts)


def odesa_style() -> PublisherStyle:
    """A Ukrainian site (Odesa): a section kicker, the date (months in the genitive) and the
    weekday turned a dotted date with "о" and the time on Independence Day 2018 (a wording
    per day), "Автор:" turned "Текст:", "Читайте також:" (up to twice), a photo credit, a
    source line, the NBU's dollar on working days, the beach season and the storms, a
    social line turned a messenger appeal and turned by six votes, martial law, the 2020
    quarantines, Independence and the city's birthday with their counts, Humorina, the
    liberation's count and Easter, a membership appeal turned a club with a price, a rights
    line and a reproduction line (a block), a rare water cut."""
    return PublisherStyle(
        domain="pivdennakhvylia.com.ua", site="Південна хвиля", base_size=170,
        subdomains=(("", 100),),
        sections=("news", "odesa", "region", "economy", "culture", "sport"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "rubryka": ("Новини", "Одеса", "Область", "Економіка", "Культура", "Спорт",
                        "Порт"),
            "foto": ("«Південна хвиля»", "Одеська міськрада", "архів", "Facebook",
                     "УНІАН"),
            "dzherelo": ("Укрінформ", "УНІАН", "Одеська ОДА", "пресслужба поліції"),
        },
        families=(
            _f("rubryka", HEADER, 0.35, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.75, *_by_day(_ph_dated)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}"),
               (PH_REDESIGN.isoformat(), "Текст: {author}")),
            _f("chytaite", MIDDLE, 0.35, (_OLD, "Читайте також: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("dzherelo", FOOTER, 0.2, (_OLD, "Джерело: {dzherelo}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_ph_fx)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("06-01", "🏖️ Пляжний сезон: де можна купатися, за даними санепідслужби"),
                ("10-01", "🌊 Осінні шторми: не підходьте до краю причалів"))),
            _f("ogoloshennia", FOOTER, 0.3, *_ph_notice()),
            _f("pidtrymka", FOOTER, 0.15, (_OLD, "Підтримайте незалежну журналістику Півдня."),
               (PH_CLUB.isoformat(), "Станьте членом клубу читачів: від 100 грн на "
                                     "місяць")),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Південна хвиля. Усі права захищені.")),
            _f("peredruk", FOOTER, 0.2, (_OLD, "Передрук матеріалів дозволено лише з активним "
                                               "посиланням на джерело.")),
            _f("voda", HEADER, 0.04, (_OLD, "⚠️ Сьогодні на Молдаванці не буде води до 18:00")),
        ),
    )


# --- a Bulgarian site (Varna, Bulgaria) -------------------------------------------------------

CF_REDESIGN = dt.date(2018, 3, 3)  # relaunched on Liberation Day, the 140th
CF_VIBER = dt.date(2019, 6, 1)


def _cf_dated(day: dt.date) -> str:
    if day < CF_REDESIGN:
        return (f"{day.day:02d} {BULGARIAN_MONTHS[day.month - 1]} {day.year}, "
                f"{BULGARIAN_WEEKDAYS[day.weekday()]}")
    return f"{day.day}.{day.month:02d}.{day.year} г., {{time}} ч."


def bgn_rate(day: dt.date) -> float:
    """The made-up BNB rate of a dollar in leva on `day`'s working day (the lev is pegged to
    the euro: about 1.62 early in 2015 to 1.88 at the end of 2016, 1.6 late in 2020)."""
    work = working_day(day)
    return round(BGN_PER_EUR / along(EUR_USD, work) + made_up(work, "bgn", -40, 40) / 10_000,
                 4)


def sea_temperature(day: dt.date) -> int:
    """The made-up temperature of the sea at Varna on a day of June to September, in °C
    (about 19 in early June, 26 in early August)."""
    phase = math.pi * (day.timetuple().tm_yday - 152) / 122
    return round(19 + 7 * math.sin(phase)) + made_up(day, "more", -1, 1)


def _cf_sea(day: dt.date) -> str:
    if 6 <= day.month <= 9:
        return f"🌊 Температура на морската вода във Варна днес: {sea_temperature(day)}°C"
    season = day.year + (day.month >= 10)
    return f"🏖️ Плажен сезон {season}: откриване на 1 юни"


def _cf_fx(day: dt.date) -> str:
    return f"БНБ: 1 USD = {comma(bgn_rate(day))} лв."


def _cf_notice() -> Wordings:
    base = _steps((_OLD, "Харесайте страницата на „Черноморски фар“ във Facebook"),
                  (CF_VIBER.isoformat(), "📲 Последвайте ни във Viber: новините от Варна "
                                         "всеки ден"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Местни избори и референдум: резултатите за Варна",
              before=6, after=2),
        _vote("2015-11-01", "🗳️ Балотаж за кмет на Варна", before=5, after=1),
        _vote("2016-11-06", "🗳️ Президентски избори и референдум: първи тур", before=6,
              after=2),
        _vote("2016-11-13", "🗳️ Президентски избори: балотаж", before=5, after=1),
        _vote("2017-03-26", "🗳️ Предсрочни парламентарни избори: резултати по секции",
              before=6, after=2),
        _span("2018-03-24", "2018-03-27", "🇪🇺 Срещата ЕС – Турция във Варна: ограничения "
                                          "на движението"),
        _vote("2019-05-26", "🗳️ Избори за Европейски парламент: резултати", before=6,
              after=1),
        _vote("2019-10-27", "🗳️ Местни избори 2019: резултатите за Варна", before=6,
              after=2),
        _span("2020-03-13", "2020-05-14", "😷 Извънредно положение: какво е затворено във "
                                          "Варна"),
        _span("2020-07-09", "2020-09-15", "📢 Протестите: хроника от Варна и от София"),
    ]
    feasts = _yearly("03-03", 1, 0, lambda y: f"🇧🇬 {y - 1878} години от Освобождението на "
                                              f"България")
    feasts += _yearly("03-01", 0, 0, lambda _: "❤️🤍 Честита Баба Марта!")
    feasts += _yearly("05-24", 0, 0, lambda _: "📜 Честит 24 май – ден на българската "
                                               "просвета и култура")
    feasts += _yearly("08-15", 0, 0, lambda _: "⚓ Честит празник, Варна!")
    feasts += _yearly("09-06", 0, 0, lambda y: f"🇧🇬 {y - 1885} години от Съединението")
    feasts += _yearly("09-22", 0, 0, lambda y: f"🇧🇬 {y - 1908} години независимост")
    feasts += _movable(orthodox_easter, 1, 0, lambda _: "✝️ Христос воскресе! Честит "
                                                        "Великден")
    return _calendar(base, news, feasts)


def varna_style() -> PublisherStyle:
    """A Bulgarian site (Varna): a section kicker, the day, the month, the year and the
    weekday turned a dotted date with "г." and the time on Liberation Day 2018 (a wording per
    day), "Автор:" turned "Текст и снимки:", "Прочетете още:" (up to twice), a photo credit,
    an advert's label, the BNB's dollar on working days, the sea's temperature every summer
    day and the beach season's opening the rest of the year, a social line turned a
    messenger appeal and turned by seven votes (two with a referendum), the EU-Turkey summit,
    the 2020 emergency and the protests, Liberation, Unification and Independence with
    their counts, Baba Marta, 24 May, the city's feast and Easter, a newsletter appeal, a
    rights line and a quoting line (a block), a rare heating notice."""
    return PublisherStyle(
        domain="chernomorskifar.bg", site="Черноморски фар", base_size=150,
        subdomains=(("www.", 100),),
        sections=("varna", "bulgaria", "politika", "ikonomika", "sport", "kultura"),
        n_authors=5, url_path="/news/{n}/{slug}",
        pools={
            "rubrika": ("ВАРНА", "БЪЛГАРИЯ", "ПОЛИТИКА", "ИКОНОМИКА", "СПОРТ", "КУЛТУРА",
                        "МОРЕ"),
            "snimka": ("„Черноморски фар“", "БТА", "архив", "Община Варна", "Facebook"),
        },
        families=(
            _f("rubrika", HEADER, 0.35, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.75, *_by_day(_cf_dated)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}"),
               (CF_REDESIGN.isoformat(), "Текст и снимки: {author}")),
            _f("procheti", MIDDLE, 0.3, (_OLD, "Прочетете още: {other_title}"), count=2),
            _f("snimka", MIDDLE, 0.2, (_OLD, "Снимка: {snimka}")),
            _f("reklama", MIDDLE, 0.08, (_OLD, "Реклама")),
            _f("kurs", FOOTER, 0.2, *_by_day(_cf_fx)),
            _f("more", FOOTER, 0.2, *_by_day(_cf_sea)),
            _f("suobshtenie", FOOTER, 0.3, *_cf_notice()),
            _f("byuletin", FOOTER, 0.15, (_OLD, "Абонирайте се за седмичния ни бюлетин с "
                                                "най-важното от Варна.")),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Черноморски фар. Всички права "
                                            "запазени.")),
            _f("tsitirane", FOOTER, 0.2, (_OLD, "При цитиране на материали от сайта "
                                                "посочването на източника с линк е "
                                                "задължително.")),
            _f("parno", HEADER, 0.04, (_OLD, "⚠️ Без топла вода в кв. „Чайка“ днес заради "
                                             "ремонт на топлопровода")),
        ),
    )


# --- a Georgian site (Batumi, Georgia) --------------------------------------------------------

BT_REDESIGN = dt.date(2018, 5, 26)  # relaunched on Independence Day, the centenary
BT_NEWSLETTER = dt.date(2019, 9, 2)


def _bt_dated(day: dt.date) -> str:
    if day < BT_REDESIGN:
        return (f"{GEORGIAN_WEEKDAYS[day.weekday()]}, {day.day} {GEORGIAN_MONTHS[day.month - 1]}"
                f", {day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} / {{time}}"


def gel_rate(day: dt.date) -> float:
    """The made-up National Bank rate of a dollar in lari on `day`'s working day (about 1.86
    early in 2015 to 3.28 late in 2020)."""
    return round(rate(USD_GEL, "gel", day, 120), 4)


def _bt_fx(day: dt.date) -> str:
    return f"💱 ეროვნული ბანკის კურსი: 1 USD = {gel_rate(day):.4f} ₾"


def _bt_notice() -> Wordings:
    base = _steps((_OLD, "გამოგვყევით Facebook-ზე: ბათუმის ტალღა"),
                  (BT_NEWSLETTER.isoformat(), "📩 გამოიწერეთ ჩვენი ყოველკვირეული "
                                              "საინფორმაციო ბიულეტენი"))
    news: list[Event] = [
        _vote("2016-10-08", "🗳️ საპარლამენტო და აჭარის უმაღლესი საბჭოს არჩევნები: "
                            "შედეგები", before=6, after=2),
        _vote("2016-10-30", "🗳️ მეორე ტური მაჟორიტარულ ოლქებში", before=5, after=1),
        _vote("2017-10-21", "🗳️ ადგილობრივი არჩევნები: ბათუმის მერის არჩევა", before=6,
              after=2),
        _vote("2018-10-28", "🗳️ საპრეზიდენტო არჩევნები: პირველი ტური", before=6, after=2),
        _vote("2018-11-28", "🗳️ საპრეზიდენტო არჩევნები: მეორე ტური", before=6, after=2),
        _span("2019-06-21", "2019-07-01", "📢 საპროტესტო აქციები რუსთაველის გამზირზე: "
                                          "ქრონიკა"),
        _span("2020-03-31", "2020-05-23", "😷 საგანგებო მდგომარეობა: კომენდანტის საათი "
                                          "21:00-დან 06:00-მდე"),
        _vote("2020-10-31", "🗳️ საპარლამენტო არჩევნები 2020: შედეგები", before=6, after=2),
        _vote("2020-11-21", "🗳️ მეორე ტური: შედეგები ოლქების მიხედვით", before=5, after=1),
    ]
    feasts = _yearly("05-26", 1, 0, lambda y: f"🇬🇪 დამოუკიდებლობის დღე: {y - 1918} წელი")
    feasts += _yearly("04-09", 0, 0, lambda y: f"🕯️ 9 აპრილი: {y - 1989} წელი")
    feasts += _yearly("01-07", 1, 0, lambda _: "🎄 გილოცავთ შობას!")
    feasts += _movable(orthodox_easter, 1, 0, lambda _: "✝️ ქრისტე აღსდგა! გილოცავთ "
                                                        "აღდგომას")
    return _calendar(base, news, feasts)


def batumi_style() -> PublisherStyle:
    """A Georgian site (Batumi): a section kicker, the Georgian weekday and the date turned a
    dotted date with a slash and the time on Independence Day 2018 (a wording per day),
    "ავტორი:" turned "მოამზადა", "ასევე წაიკითხეთ:" (up to twice), a photo credit, the lari
    on working days, the resort season and the queues at Sarpi, a social line turned a
    newsletter appeal and turned by seven votes and run-offs, the 2019 protests and the
    2020 emergency, Independence and 9 April with their counts, Christmas on 7 January and
    Easter, a Russian and an English edition's cross-post, a rights line and a quoting line
    (a block), a rare water cut."""
    return PublisherStyle(
        domain="batumistalgha.ge", site="ბათუმის ტალღა", base_size=130,
        subdomains=(("www.", 80), ("", 20)),
        sections=("news", "adjara", "politics", "economy", "tourism", "sport"),
        n_authors=5, url_path="/ge/{section}/{n}",
        pools={
            "rubrika": ("ახალი ამბები", "აჭარა", "პოლიტიკა", "ეკონომიკა", "ტურიზმი", "სპორტი"),
            "foto": ("ბათუმის ტალღა", "არქივი", "აჭარის მთავრობა", "Facebook"),
        },
        families=(
            _f("rubrika", HEADER, 0.35, (_OLD, "{rubrika}")),
            _f("tarighi", HEADER, 0.75, *_by_day(_bt_dated)),
            _f("avtori", HEADER, 0.45, (_OLD, "ავტორი: {author}"),
               (BT_REDESIGN.isoformat(), "მოამზადა {author}")),
            _f("tsaikitkhet", MIDDLE, 0.3, (_OLD, "ასევე წაიკითხეთ: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "ფოტო: {foto}")),
            _f("ena", HEADER, 0.15, (_OLD, "Читать на русском · Read in English")),
            _f("kursi", FOOTER, 0.2, *_by_day(_bt_fx)),
            _f("sezoni", FOOTER, 0.12, *_seasons(
                ("06-01", "🏖️ საკურორტო სეზონი: ბათუმის პლაჟებზე მაშველები მორიგეობენ "
                          "09:00-დან 20:00-მდე"),
                ("09-20", "🚗 სარფის საბაჟოზე რიგებია: გაითვალისწინეთ გადაკვეთის დრო"),
                ("11-15", "⛷️ გოდერძის სათხილამურო სეზონი: გზის მდგომარეობა"))),
            _f("gantskhadeba", FOOTER, 0.3, *_bt_notice()),
            _f("uflebebi", FOOTER, 0.4, (_OLD, "© {year} ბათუმის ტალღა. ყველა უფლება "
                                               "დაცულია.")),
            _f("tsitireba", FOOTER, 0.2, (_OLD, "მასალის გამოყენებისას წყაროს მითითება "
                                                "აუცილებელია.")),
            _f("tsqali", HEADER, 0.04, (_OLD, "⚠️ დღეს ბათუმის ცენტრალურ ნაწილში წყალი არ "
                                              "იქნება 10:00-დან 17:00-მდე")),
        ),
    )


# --- a Turkish Cypriot daily (North Nicosia) --------------------------------------------------

BP_REDESIGN = dt.date(2018, 11, 15)  # relaunched on the 35th anniversary of the republic
BP_FOUNDED = dt.date(1990, 1, 1)  # the first issue (the paper comes out every day)
BP_INSTAGRAM = dt.date(2018, 3, 5)
BP_PHARMACIES = ("Kuğu Eczanesi", "Saray Eczanesi", "Dereboyu Eczanesi", "Göçmenköy Eczanesi",
                 "Taşkınköy Eczanesi", "Ortaköy Eczanesi", "Surlariçi Eczanesi",
                 "Hamitköy Eczanesi", "Kumsal Eczanesi")


def bp_issue(day: dt.date) -> tuple[int, int]:
    """The daily's year (its first year 1) and issue number on `day`."""
    return day.year - BP_FOUNDED.year + 1, (day - BP_FOUNDED).days + 1


def _bp_issue(day: dt.date) -> str:
    year, number = bp_issue(day)
    return f"Yıl: {year} · Sayı: {dotted(number)}"


def _bp_dated(day: dt.date) -> str:
    if day < BP_REDESIGN:
        return f"Lefkoşa, {day.day} {TURKISH_MONTHS[day.month - 1]} {day.year}"
    return (f"{day.day:02d}/{day.month:02d}/{day.year} {TURKISH_WEEKDAYS[day.weekday()]} "
            f"{{time}}")


def duty_pharmacy(day: dt.date) -> str:
    """The pharmacy on duty in North Nicosia on `day` (the list turns one a day)."""
    return BP_PHARMACIES[day.toordinal() % len(BP_PHARMACIES)]


def _bp_pharmacy(day: dt.date) -> str:
    return f"💊 Bugün Lefkoşa'da nöbetçi eczane: {duty_pharmacy(day)}"


def _bp_fx(day: dt.date) -> str:
    usd, eur, gbp = try_rate(day)
    return f"Döviz: Sterlin {comma(gbp)} · Euro {comma(eur)} · Dolar {comma(usd)}"


def _bp_notice() -> Wordings:
    base = _steps((_OLD, "Beşparmak Postası'nı Facebook'ta beğenin"),
                  (BP_INSTAGRAM.isoformat(), "📸 Bizi Instagram'da takip edin: "
                                             "@besparmakpostasi"))
    news: list[Event] = [
        _vote("2015-04-19", "🗳️ Cumhurbaşkanlığı seçimi: ilk tur sonuçları", before=6,
              after=2),
        _vote("2015-04-26", "🗳️ Cumhurbaşkanlığı seçimi: ikinci tur", before=4, after=1),
        _vote("2018-01-07", "🗳️ Erken genel seçim: bölge bölge sonuçlar", before=6, after=2),
        _vote("2018-12-25", "🗳️ Yerel seçimler: belediye başkanları belli oluyor", before=6,
              after=1),
        _span("2020-02-28", "2020-03-23", "🚧 Ara bölgedeki geçiş kapıları geçici olarak "
                                          "kapatıldı"),
        _span("2020-03-23", "2020-04-12", "🗳️ Cumhurbaşkanlığı seçimi ertelendi: yeni tarih "
                                          "11 Ekim"),
        _span("2020-04-12", "2020-05-04", "😷 Sokağa çıkma yasağı: izinli saatler ve "
                                          "muafiyetler"),
        _span("2020-10-08", "2020-10-09", "🏖️ Maraş sahili ziyarete açılıyor"),
        _vote("2020-10-11", "🗳️ Cumhurbaşkanlığı seçimi: ilk tur sonuçları", before=2,
              after=2),
        _vote("2020-10-18", "🗳️ Cumhurbaşkanlığı seçimi: ikinci tur", before=4, after=1),
    ]
    feasts = _yearly("07-20", 0, 0, lambda y: f"🇹🇷 20 Temmuz Barış ve Özgürlük Bayramı: "
                                              f"{y - 1974}. yıl")
    feasts += _yearly("11-15", 0, 0, lambda y: f"🎉 KKTC'nin kuruluşunun {y - 1983}. yıl "
                                               f"dönümü")
    feasts += _movable(_listed(RAMAZAN_BAYRAMI), 0, 2, lambda _: "🌙 Ramazan Bayramınız "
                                                                 "kutlu olsun")
    feasts += _movable(_listed(KURBAN_BAYRAMI), 0, 3, lambda _: "🐑 Kurban Bayramınız "
                                                                "kutlu olsun")
    return _calendar(base, news, feasts)


def lefkosa_style() -> PublisherStyle:
    """A Turkish Cypriot daily (North Nicosia): the year and the issue number (turning every
    day), the city and the date turned a date with slashes, the weekday and the time on 15
    November 2018 (a wording per day), "Haber Merkezi" turned a byline, "Bunu da okuyun:"
    once, a photo credit, the pharmacy on duty (turning every day), sterling, the euro and
    the dollar on working days, a social line turned a photo-sharing appeal and turned by
    six votes, a vote put off, the crossings closed, the 2020 curfew and Varosha's beach,
    20 July and 15 November with their counts and the two Bayrams, a subscription price
    rising and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="besparmakpostasi.com", site="Beşparmak Postası", base_size=110,
        subdomains=(("www.", 100),),
        sections=("kibris", "politika", "ekonomi", "dunya", "spor"),
        n_authors=4, url_path="/haber/{n}/{slug}",
        families=(
            _f("sayi", HEADER, 0.35, *_by_day(_bp_issue)),
            _f("tarih", HEADER, 0.7, *_by_day(_bp_dated)),
            _f("yazar", HEADER, 0.5, (_OLD, "Haber Merkezi / {author}"),
               (BP_REDESIGN.isoformat(), "Yazan: {author}")),
            _f("okuyun", MIDDLE, 0.25, (_OLD, "Bunu da okuyun: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("eczane", FOOTER, 0.2, *_by_day(_bp_pharmacy)),
            _f("doviz", FOOTER, 0.2, *_by_day(_bp_fx)),
            _f("duyuru", FOOTER, 0.3, *_bp_notice()),
            _f("abonelik", FOOTER, 0.15, (_OLD, "Abonelik: aylık 40 TL"),
               ("2018-10-01", "Abonelik: aylık 60 TL"),
               ("2020-01-02", "Abonelik: aylık 90 TL · dijital 45 TL")),
            _f("haklar", FOOTER, 0.4, (_OLD, "© {year} Beşparmak Postası. Her hakkı "
                                             "saklıdır.")),
            _f("elektrik", HEADER, 0.04, (_OLD, "⚠️ Kıb-Tek: Hamitköy'de bugün 09.00-13.00 "
                                                "saatleri arasında elektrik kesintisi")),
        ),
    )


# --- a Romanian-language site (Cahul, Moldova) ------------------------------------------------

EP_REDESIGN = dt.date(2018, 8, 27)  # relaunched on Independence Day
EP_TELEGRAM = dt.date(2019, 10, 1)
EP_CARD = dt.date(2019, 1, 14)


def _ep_dated(day: dt.date) -> str:
    if day < EP_REDESIGN:
        return f"Cahul, {day.day} {ROMANIAN_MONTHS[day.month - 1]} {day.year}"
    return (f"{ROMANIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day:02d}.{day.month:02d}."
            f"{day.year} · {{time}}")


def mdl_rate(day: dt.date) -> tuple[float, float]:
    """The made-up BNM rates of a euro and a dollar in Moldovan lei on `day`'s working day
    (the dollar about 15.6 early in 2015, 20 in 2016, 17.2 from 2018)."""
    usd = rate(USD_MDL, "mdl", day, 150)
    return round(usd * along(EUR_USD, working_day(day)), 4), round(usd, 4)


def _ep_fx(day: dt.date) -> str:
    eur, usd = mdl_rate(day)
    return f"Curs BNM: 1 EUR = {comma(eur)} lei · 1 USD = {comma(usd)} lei"


def wine_day(y: int) -> dt.date:
    """Moldova's National Wine Day: the first Saturday of October (its first day)."""
    return nth_weekday(y, 10, 5, 1)


def _ep_wine(y: int) -> str:
    if y == 2020:
        return "🍇 Ziua Națională a Vinului 2020 nu se mai ține în centrul Chișinăului"
    return f"🍇 Ziua Națională a Vinului {y}: programul weekendului"


def _ep_notice() -> Wordings:
    base = _steps((_OLD, "Urmăriți Ecoul Prutului pe Facebook și Odnoklassniki"),
                  (EP_TELEGRAM.isoformat(), "📲 Știrile din sud, pe Telegram: "
                                            "t.me/ecoulprutului"))
    news: list[Event] = [
        _vote("2015-06-14", "🗳️ Alegeri locale: rezultatele din raionul Cahul", before=5,
              after=2),
        _vote("2015-06-28", "🗳️ Turul doi pentru primăria Cahul", before=5, after=1),
        _vote("2016-10-30", "🗳️ Alegeri prezidențiale: primul tur", before=6, after=2),
        _vote("2016-11-13", "🗳️ Alegeri prezidențiale: turul doi", before=5, after=2),
        _vote("2019-02-24", "🗳️ Parlamentare și referendum consultativ: rezultate pe "
                            "circumscripții", before=6, after=2),
        _vote("2019-10-20", "🗳️ Alegeri locale generale: rezultate", before=6, after=2),
        _vote("2019-11-03", "🗳️ Turul doi al alegerilor locale", before=5, after=1),
        _span("2020-03-17", "2020-05-16", "😷 Stare de urgență: restricțiile în vigoare la "
                                          "Cahul"),
        _vote("2020-11-01", "🗳️ Alegeri prezidențiale 2020: primul tur", before=6, after=2),
        _vote("2020-11-15", "🗳️ Alegeri prezidențiale 2020: turul doi", before=5, after=2),
    ]
    feasts = _yearly("08-27", 1, 0, lambda y: f"🇲🇩 La mulți ani, Republica Moldova! "
                                              f"{y - 1991} de ani de independență")
    feasts += _yearly("08-31", 0, 0, lambda _: "📖 Sărbătoarea Limba noastră")
    feasts += _yearly("03-01", 0, 0, lambda _: "🌸 Mărțișor fericit!")
    feasts += _movable(wine_day, 1, 1, _ep_wine)
    feasts += _movable(orthodox_easter, 1, 0, lambda _: "✝️ Hristos a Înviat! Paște "
                                                        "luminat")
    return _calendar(base, news, feasts)


def cahul_style() -> PublisherStyle:
    """A Romanian-language site (Cahul, Moldova): the city and the date turned the weekday, a
    dotted date and the time on Independence Day 2018 (a wording per day), "Autor:" turned
    "Reporter:", "Citiți și:" once, a photo credit, a Russian edition's line, the BNM's euro
    and dollar on working days, the harvest and the frost, a social line turned a messenger
    appeal and turned by nine votes (one with a referendum) and the 2020 emergency, Independence
    with its count, Limba noastra, Martisor, Wine Day (in another form in 2020) and
    Easter, a donation appeal turned with a card, a rights line and a reproduction line (a
    block), a rare gas notice."""
    return PublisherStyle(
        domain="ecoulprutului.md", site="Ecoul Prutului", base_size=90,
        subdomains=(("", 100),),
        sections=("stiri", "cahul", "social", "economie", "cultura"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("data", HEADER, 0.65, *_by_day(_ep_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Autor: {author}"),
               (EP_REDESIGN.isoformat(), "Reporter: {author}")),
            _f("cititi", MIDDLE, 0.25, (_OLD, "Citiți și: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("rusa", HEADER, 0.12, (_OLD, "Эта новость доступна и на русском языке")),
            _f("curs", FOOTER, 0.2, *_by_day(_ep_fx)),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("03-15", "🌱 Sezonul lucrărilor agricole: programul la piața din Cahul"),
                ("09-01", "🍇 Culesul viei: drumurile din sud sunt aglomerate seara"),
                ("11-20", "❄️ Polei pe drumurile din raion: circulați cu prudență"))),
            _f("anunt", FOOTER, 0.3, *_ep_notice()),
            _f("donatie", FOOTER, 0.15, (_OLD, "Susțineți presa locală independentă din sudul "
                                               "Moldovei."),
               (EP_CARD.isoformat(), "Susțineți Ecoul Prutului cu 50, 100 sau 200 de lei "
                                       "prin card bancar")),
            _f("drepturi", FOOTER, 0.35, (_OLD, "© {year} Ecoul Prutului. Toate drepturile "
                                                "rezervate.")),
            _f("reproducere", FOOTER, 0.2, (_OLD, "Reproducerea materialelor este permisă doar "
                                                  "cu indicarea sursei și a autorului.")),
            _f("gaz", HEADER, 0.04, (_OLD, "⚠️ Livrarea gazelor va fi sistată azi pe strada "
                                           "Independenței")),
        ),
    )


# --- a Turkish regional site (Rize, Turkey) ---------------------------------------------------

RY_BYLINE = dt.date(2018, 3, 7)  # from the centenary of the city's liberation
RY_YOUTUBE = dt.date(2019, 5, 20)
# The fresh-leaf tea purchase price in lira a kilo, as announced each May (made up, rising).
TEA_PRICES = ((_OLD, "1,55"), ("2015-05-12", "1,66"), ("2016-05-10", "1,85"),
              ("2017-05-09", "2,13"), ("2018-05-14", "2,65"), ("2019-05-13", "3,03"),
              ("2020-05-11", "3,27"))


def iftar_time(day: dt.date) -> str:
    """Rize's made-up iftar (sunset) time on `day`, local time (a simple solar formula for
    41°N, 40.5°E at UTC+3)."""
    n = day.timetuple().tm_yday
    declination = math.radians(23.44) * math.sin(2 * math.pi * (284 + n) / 365)
    latitude = math.radians(41.02)
    hour_angle = math.degrees(math.acos(-math.tan(latitude) * math.tan(declination)))
    minutes = 12 * 60 + 18 + hour_angle * 4 + 5
    return f"{int(minutes // 60):02d}:{int(minutes % 60):02d}"


def _ry_ramadan(day: dt.date) -> str:
    if in_ramadan(day):
        return f"🌙 Rize'de bugün iftar saati: {iftar_time(day)}"
    return "🕌 Rize namaz vakitleri ve hava durumu sayfamızda"


def _ry_tea() -> Wordings:
    return tuple((start, f"🍃 Yaş çay alım fiyatı: kilogramı {price} TL")
                 for start, price in TEA_PRICES)


def _ry_notice() -> Wordings:
    base = _steps((_OLD, "Yayla Haber'i Facebook'ta takip edin"),
                  (RY_YOUTUBE.isoformat(), "▶️ Rize'den videolu haberler için YouTube "
                                           "kanalımıza abone olun"))
    news: list[Event] = [
        _vote("2015-06-07", "🗳️ Seçim sonuçları: Rize'de sandıklar açılıyor", before=5,
              after=1),
        _vote("2015-11-01", "🗳️ 1 Kasım seçim sonuçları: Rize", before=5, after=1),
        _span("2016-07-16", "2016-07-20", "🇹🇷 15 Temmuz: Rize'de demokrasi nöbeti"),
        _vote("2017-04-16", "🗳️ Halkoylaması: Rize'nin sandık sonuçları", before=5, after=1),
        _vote("2018-06-24", "🗳️ 24 Haziran seçimleri: Rize sonuçları", before=5, after=1),
        _vote("2019-03-31", "🗳️ Yerel seçimler: Rize'nin ilçelerinde sonuçlar", before=5,
              after=1),
        _span("2020-04-03", "2020-05-31", "😷 Şehir giriş-çıkışlarında koronavirüs "
                                          "denetimi: seyahat izni gerekli"),
    ]
    feasts = _yearly("03-07", 1, 0, lambda y: f"🇹🇷 Rize'nin düşman işgalinden kurtuluşunun "
                                              f"{y - 1918}. yılı")
    feasts += _yearly("10-29", 0, 0, lambda y: f"🇹🇷 Cumhuriyet Bayramımız kutlu olsun: "
                                               f"{y - 1923}. yıl")
    feasts += _movable(_listed(RAMAZAN_BAYRAMI), 0, 2, lambda _: "🌙 Ramazan Bayramınız "
                                                                 "mübarek olsun")
    feasts += _movable(_listed(KURBAN_BAYRAMI), 0, 3, lambda _: "🐑 Kurban Bayramınız "
                                                                "mübarek olsun")
    feasts += _movable(lambda y: None if y == 2020 else nth_weekday(y, 7, 5, 2), 6, 1,
                       lambda y: f"⛰️ Yayla şenlikleri {y}: program ve ulaşım")
    return _calendar(base, news, feasts)


def rize_style() -> PublisherStyle:
    """A Turkish regional site (Rize): the city and the date (a wording per day), "Muhabir:"
    turned "Haber:" on the city's liberation day 2018, "Bu habere de göz atın:" once, a
    photo credit, the iftar time every day of Ramadan and a prayer-times line the rest of
    the year, the fresh tea price by season, the tea harvest, the anchovy season and the
    landslides, a social line turned a video appeal and turned by five votes, 15 July 2016
    and the 2020 checkpoints, the liberation's and the Republic's counts, the two Bayrams
    and the highland fairs (not held in 2020), a rights line and a fair-use line (a block),
    a rare road notice."""
    return PublisherStyle(
        domain="rizeyaylahaber.com", site="Yayla Haber", base_size=70,
        subdomains=(("www.", 100),),
        sections=("rize", "ilceler", "cay", "spor", "yasam"),
        n_authors=3, url_path="/haber/{slug}-{n}",
        families=(
            _f("tarih", HEADER, 0.6, *_by_day(lambda day: f"Rize - {day.day} "
                                              f"{TURKISH_MONTHS[day.month - 1]} {day.year}")),
            _f("muhabir", HEADER, 0.45, (_OLD, "Muhabir: {author}"),
               (RY_BYLINE.isoformat(), "Haber: {author} / Yayla Haber")),
            _f("goz-atin", MIDDLE, 0.2, (_OLD, "Bu habere de göz atın: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("vakit", FOOTER, 0.2, *_by_day(_ry_ramadan)),
            _f("cay", FOOTER, 0.15, *_ry_tea()),
            _f("mevsim", FOOTER, 0.15, *_seasons(
                ("04-15", "🐟 Denizlerde av yasağı başladı: hamsi sezonu 1 Eylül'de açılacak"),
                ("05-10", "🍃 Yaş çay hasadı sürüyor: alım noktalarında sıra bekleyin"),
                ("09-01", "🐟 Hamsi sezonu açıldı: balıkçılar denize açıldı"),
                ("10-20", "⚠️ Yağışlı mevsim: heyelan riskine karşı AFAD'ın uyarılarına "
                          "dikkat"))),
            _f("duyuru", FOOTER, 0.3, *_ry_notice()),
            _f("haklar", FOOTER, 0.35, (_OLD, "© {year} Yayla Haber. Tüm hakları saklıdır.")),
            _f("alinti", FOOTER, 0.2, (_OLD, "İçeriklerimiz kaynak ve bağlantı gösterilerek "
                                             "alıntılanabilir.")),
            _f("yol", HEADER, 0.04, (_OLD, "⚠️ Rize-İkizdere yolu heyelan nedeniyle ulaşıma "
                                           "kapandı")),
        ),
    )


# --- an English weekly for residents (Paphos, Cyprus) -----------------------------------------

AK_FIRST_ISSUE = dt.date(2004, 1, 2)  # a Friday
AK_BYLINE = dt.date(2017, 1, 28)  # from the opening of Pafos 2017
AK_FRIENDS = dt.date(2018, 9, 7)


def ak_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number and the Friday it came out."""
    friday = week_from(day, 4)
    return (friday - AK_FIRST_ISSUE).days // 7 + 1, friday


def _ak_issue(day: dt.date) -> str:
    number, friday = ak_issue(day)
    return (f"Issue {number:,} · {ENGLISH_WEEKDAYS[friday.weekday()]} {friday.day} "
            f"{ENGLISH_MONTHS[friday.month - 1]} {friday.year}")


def gbp_eur(day: dt.date) -> float:
    """The made-up value of a pound in euros on `day`'s working day (about 1.28 early in
    2015, 1.42 late in 2015, 1.08 late in 2019 and 2020)."""
    work = working_day(day)
    return round(along(GBP_USD, work) / along(EUR_USD, work)
                 + made_up(work, "gbpeur", -60, 60) / 10_000, 4)


def _ak_fx(day: dt.date) -> str:
    return f"💷 Sterling today: £1 = €{gbp_eur(day):.4f}"


def _ak_carnival(y: int) -> str:
    return f"🎭 Paphos Carnival {y}: the grand parade on Sunday"


def _ak_notice() -> Wordings:
    base = _steps((_OLD, "Like The Akamas Courier on Facebook for island news"),
                  (AK_FRIENDS.isoformat(), "📩 Get the Friday briefing by email: sign up on "
                                           "our website"))
    news: list[Event] = [
        _span("2016-06-13", "2016-06-25", "🇬🇧 EU referendum: make sure your overseas vote "
                                          "arrives in time"),
        _span("2017-01-27", "2017-01-30", "🎉 Pafos 2017: the European Capital of Culture "
                                          "opens this weekend"),
        _span("2017-05-29", "2017-06-09", "🇬🇧 UK general election: voting from Cyprus, what "
                                          "you need to know"),
        _span("2019-03-18", "2019-04-13", "🇪🇺 Brexit: what the new deadline means for UK "
                                          "residents in Cyprus"),
        _span("2019-10-21", "2019-11-01", "🇪🇺 Brexit deadline of 31 October: our guide for "
                                          "residents"),
        _span("2019-12-02", "2019-12-13", "🇬🇧 UK general election: voting from Cyprus, what "
                                          "you need to know"),
        _span("2020-01-27", "2020-02-01", "🇪🇺 The UK leaves the EU on 31 January: what "
                                          "changes for you"),
        _span("2020-03-24", "2020-05-04", "😷 Lockdown: text 8998 before you leave home"),
        _span("2020-10-01", "2020-12-31", "📋 UK residents: register with the Migration "
                                          "Department before 31 December"),
    ]
    feasts = _movable(lambda y: green_monday(y) - dt.timedelta(days=1), 3, 1, _ak_carnival)
    feasts += _movable(kataklysmos, 3, 0, lambda y: f"🌊 Kataklysmos {y} on the Paphos "
                                                    f"seafront")
    feasts += _movable(orthodox_easter, 3, 1, lambda _: "✝️ Kalo Pascha: Greek Orthodox "
                                                        "Easter opening hours")
    feasts += _yearly("12-25", 4, 1, lambda _: "🎄 Merry Christmas to all our readers")
    return _calendar(base, feasts, news)  # the island's feasts break into the deadlines


def paphos_style() -> PublisherStyle:
    """An English weekly for residents (Paphos): the issue number and the Friday it came out
    (turning every Friday), "By" turned "Words:" from the opening of Pafos 2017, an area
    dateline, "READ MORE:" once, a photo credit, a Greek sister paper's cross-post,
    sterling in euros on working days, the fire season and the rains, a social line turned
    a newsletter appeal and turned by the EU referendum, two UK elections, Brexit's
    deadlines, the culture capital's opening, the 2020 lockdown and the residents' deadline,
    the carnival, Kataklysmos, Easter and Christmas, a friends' scheme turned with a price, a
    rights line and the office (a block), a rare water cut."""
    return PublisherStyle(
        domain="akamascourier.com", site="The Akamas Courier", base_size=52,
        subdomains=(("www.", 100),),
        sections=("news", "paphos", "property", "lifestyle", "sport"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"area": ("PEYIA", "KISSONERGA", "TALA", "POLIS", "KOUKLIA", "CHLORAKAS",
                        "TREMITHOUSA")},
        families=(
            _f("issue", HEADER, 0.4, *_by_day(_ak_issue)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (AK_BYLINE.isoformat(), "Words: {author}")),
            _f("dateline", HEADER, 0.2, (_OLD, "{area}:")),
            _f("read-more", MIDDLE, 0.2, (_OLD, "READ MORE: {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo: {author2}")),
            _f("sister", HEADER, 0.08, (_OLD, "This story first appeared in our Greek-language "
                                              "sister paper")),
            _f("sterling", FOOTER, 0.2, *_by_day(_ak_fx)),
            _f("season", FOOTER, 0.12, *_seasons(
                ("05-01", "🔥 Fire season: no burning of any kind until the end of October"),
                ("11-01", "🌧️ The rains are here: check your gutters and drive with care "
                          "on the B6"))),
            _f("notice", FOOTER, 0.3, *_ak_notice()),
            _f("friends", FOOTER, 0.15, (_OLD, "Pick up the Courier free every Friday at your "
                                               "local kiosk."),
               (AK_FRIENDS.isoformat(), "Become a Friend of the Courier from €4 a month")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Akamas Courier, Paphos. All "
                                                 "rights reserved.")),
            _f("office", FOOTER, 0.15, (_OLD, "Office: Poseidonos Avenue 00, Kato Paphos · "
                                              "Tel. 26 000000")),
            _f("water", HEADER, 0.04, (_OLD, "NOTICE: the water board says no mains supply in "
                                             "Peyia today from 8am")),
        ),
    )


# --- a Crimean Tatar and Ukrainian site in exile (Kyiv, Ukraine) -------------------------------

AQ_REDESIGN = dt.date(2018, 6, 26)  # relaunched on the Crimean Tatar Flag Day
AQ_MONOBANK = dt.date(2019, 5, 18)


def _aq_dated(day: dt.date) -> str:
    if day < AQ_REDESIGN:
        return (f"{day.day} {TATAR_MONTHS[day.month - 1]} {day.year}, "
                f"{TATAR_WEEKDAYS[day.weekday()]}")
    return (f"{day.day:02d}.{day.month:02d}.{day.year} · {day.day} "
            f"{UKRAINIAN_MONTHS[day.month - 1]}")


def _aq_notice() -> Wordings:
    base = _steps((_OLD, "Bizni Facebook'ta oquñız · Читайте нас у Facebook"))
    news: list[Event] = [
        _span("2015-09-20", "2015-10-20", "⛔ Qırım blokadası: soñki haberler · Блокада "
                                          "Криму: останні новини"),
        _span("2016-04-26", "2016-05-04", "⚖️ Qırımtatar Milliy Meclisi yasaq etildi · "
                                          "Заборона Меджлісу"),
        _vote("2019-03-31", "🗳️ Вибори Президента України: як проголосувати кримчанам",
              before=6, after=1),
        _vote("2019-04-21", "🗳️ Другий тур виборів: як проголосувати кримчанам", before=6,
              after=1),
        _span("2020-03-12", "2020-05-22", "😷 Karantin: evde qalıñız · Карантин: залишайтеся "
                                          "вдома"),
    ]
    feasts = _yearly("05-18", 2, 0, lambda y: f"🕯️ 18 Mayıs 1944: sürgünlikniñ {y - 1944} "
                                              f"yılı · День пам’яті жертв депортації")
    feasts += _yearly("06-26", 0, 0, lambda _: "💙 Qırımtatar bayrağı künü · День "
                                               "кримськотатарського прапора")
    feasts += _yearly("05-06", 0, 0, lambda y: f"🌿 Hıdırellez {y}: bayramıñız mubarek olsun")
    feasts += _yearly("02-21", 0, 0, lambda _: "📖 Ana tili künü · День рідної мови")
    feasts += _movable(_listed(RAMAZAN_BAYRAMI), 0, 1, lambda _: "🌙 Oraza bayramıñız "
                                                                 "mubarek olsun")
    feasts += _movable(_listed(KURBAN_BAYRAMI), 0, 2, lambda _: "🌙 Qurban bayramıñız "
                                                                "mubarek olsun")
    return _calendar(base, news, feasts)


def crimean_tatar_style() -> PublisherStyle:
    """A Crimean Tatar and Ukrainian site in exile (Kyiv): the Crimean Tatar date and weekday
    turned a dotted date with the Ukrainian date on Flag Day 2018 (a wording per day),
    "Müellif:" turned with a Ukrainian "Автор", "Bunı da oquñız:" once, a photo credit, a
    news agency's source, a translation line, a social line in both languages turned by the
    blockade, the Mejlis ban, two votes and the 2020 quarantine, the deportation's
    remembrance with its count, Flag Day, Hidirellez, Mother Tongue Day and the two
    Bayrams, a donation appeal turned with a bank card and amounts, a rights line and a
    reproduction line (a block), a rare stream notice."""
    return PublisherStyle(
        domain="aqmescitsesi.org", site="Aqmescit Sesi", base_size=36,
        subdomains=(("", 100),),
        sections=("haberler", "qirim", "medeniyet", "tarih"),
        n_authors=2, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "menba": ("QHA", "Крим.Реалії", "Укрінформ", "Aqmescit Sesi"),
            "grivna": ("50", "100", "200", "500"),
        },
        families=(
            _f("tarih", HEADER, 0.55, *_by_day(_aq_dated)),
            _f("muellif", HEADER, 0.45, (_OLD, "Müellif: {author}"),
               (AQ_REDESIGN.isoformat(), "Müellif / Автор: {author}")),
            _f("oqunuz", MIDDLE, 0.2, (_OLD, "Bunı da oquñız: {other_title}")),
            _f("fotoresim", MIDDLE, 0.15, (_OLD, "Fotoresim: {author2}")),
            _f("menba", FOOTER, 0.2, (_OLD, "Menba: {menba}")),
            _f("tercime", FOOTER, 0.15, (_OLD, "Українською мовою переклала редакція")),
            _f("ilan", FOOTER, 0.3, *_aq_notice()),
            _f("yardim", FOOTER, 0.15, (_OLD, "Підтримайте кримськотатарську редакцію: кожна "
                                              "гривня важлива"),
               (AQ_MONOBANK.isoformat(), "Saytqa yardım etiñiz · Підтримайте нас: "
                                         "{grivna} грн на картку редакції")),
            _f("aqlar", FOOTER, 0.35, (_OLD, "© {year} Aqmescit Sesi. Bütün aqlar "
                                             "qorçalanğan.")),
            _f("kopiya", FOOTER, 0.2, (_OLD, "Materiallarnı qullanğanda menbağa silte "
                                             "mecburiydir · Посилання на джерело "
                                             "обов’язкове")),
            _f("efir", HEADER, 0.04, (_OLD, "⚠️ Bugünki canlı yayın saat 19:00-ğa "
                                            "qaldırıldı")),
        ),
    )


# --- a Bulgarian community paper (Bolhrad, Ukraine) -------------------------------------------

BG_BYLINE = dt.date(2019, 3, 3)
BG_CARD = dt.date(2018, 2, 14)


def _bg_dated(day: dt.date) -> str:
    return f"Болград, {day.day} {BULGARIAN_MONTHS[day.month - 1]} {day.year} г."


def _bg_notice() -> Wordings:
    base = _steps((_OLD, "Следете „Болградски глас“ във Facebook и Одноклассники"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Местни избори в Украйна: резултатите за Болград", before=5,
              after=2),
        _span("2018-11-26", "2018-12-26", "⚠️ Военно положение в Одеска област: какво "
                                          "трябва да знаете"),
        _vote("2019-03-31", "🗳️ Президентски избори в Украйна: първи тур", before=5, after=1),
        _vote("2019-04-21", "🗳️ Президентски избори в Украйна: втори тур", before=5, after=1),
        _vote("2019-07-21", "🗳️ Избори за Върховна рада: резултати в нашия окръг", before=5,
              after=1),
        _span("2020-03-12", "2020-05-22", "😷 Карантина: пазарът в Болград работи с "
                                          "ограничения"),
        _vote("2020-10-25", "🗳️ Местни избори 2020: кой ще управлява новата община",
              before=5, after=2),
    ]
    feasts = _yearly("03-03", 1, 0, lambda y: f"🇧🇬 Честит 3 март! {y - 1878} години от "
                                              f"Освобождението")
    feasts += _yearly("02-14", 0, 0, lambda y: f"🍇 Трифон Зарезан {y}: зарязване на лозята "
                                               f"в Табаки и Кубей")
    feasts += _yearly("05-24", 0, 0, lambda _: "📜 Честит празник на славянската писменост!")
    feasts += _movable(orthodox_easter, 1, 0, lambda _: "✝️ Христос воскресе!")
    return _calendar(base, news, feasts)


def bolhrad_style() -> PublisherStyle:
    """A Bulgarian community paper (Bolhrad, Ukraine): the town and the Bulgarian date with
    "г." (a wording per day), "Автор:" turned "Текст:", "Четете още:" once, a photo credit,
    a Ukrainian translation line, a social line turned by five votes, martial law and the
    2020 quarantine, Liberation with its count, Trifon Zarezan, 24 May and Easter, a support
    appeal turned with hryvnias and a card, a rights line (a block), a rare water cut."""
    return PublisherStyle(
        domain="bolgradskiglas.org.ua", site="Болградски глас", base_size=24,
        subdomains=(("", 100),),
        sections=("novini", "obshtnost", "kultura", "istoria"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("data", HEADER, 0.5, *_by_day(_bg_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (BG_BYLINE.isoformat(), "Текст: {author}")),
            _f("chetete", MIDDLE, 0.2, (_OLD, "Четете още: {other_title}")),
            _f("snimka", MIDDLE, 0.15, (_OLD, "Снимка: {author2}")),
            _f("ukrainski", HEADER, 0.1, (_OLD, "Читайте цей матеріал українською мовою")),
            _f("obyava", FOOTER, 0.3, *_bg_notice()),
            _f("podkrepa", FOOTER, 0.15, (_OLD, "Вестникът се издава с помощта на читателите "
                                                "си."),
               (BG_CARD.isoformat(), "Подкрепете „Болградски глас“: 50 грн на картата на "
                                     "редакцията")),
            _f("prava", FOOTER, 0.35, (_OLD, "© {year} Болградски глас. Всички права "
                                             "запазени.")),
            _f("voda", HEADER, 0.04, (_OLD, "⚠️ Днес няма да има вода в центъра на Болград "
                                            "до 16 часа")),
        ),
    )


def heldout103_styles() -> list[PublisherStyle]:
    """The held-back-103 styles, in the order the generator hands them to publishers."""
    return [
        istanbul_style(), bucharest_style(), nicosia_style(), odesa_style(), varna_style(),
        batumi_style(), lefkosa_style(), cahul_style(), rize_style(), paphos_style(),
        crimean_tatar_style(), bolhrad_style(),
    ]
