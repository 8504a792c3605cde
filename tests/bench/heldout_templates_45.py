"""The forty-fifth held-back template set (``held-back-45``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the forty-fourth
held-back set (`tests.bench.heldout_templates_44`; a forty-sixth was being written at the
same time by another session, unseen by this one). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 96.96% at fc36c09 (the session-start code b0eb9e3:
96.89%); studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. The families are the kinds a crawl of news and blogs holds:
dates localised day by day (in four calendars besides the Gregorian one, and in two sets of
non-ASCII digits), bylines of many shapes, notices reworded in 2015-2020, notices that
follow a calendar, the article's own title and other articles' titles, tag lists,
multi-line blocks, mid-body inserts (some up to two times), bare lines, and families in only
3-6% of articles beside ones in nearly all.
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, easter, thanksgiving
from tests.bench.heldout_calendar import election as _election
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import first_come as _first_come
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _changes, _yearly = _PERIOD.daily, _PERIOD.changes, _PERIOD.yearly_since
_around = _PERIOD.around


# Movable days as the sites' readers kept them.
ORTHODOX_EASTER = {2015: "2015-04-12", 2016: "2016-05-01", 2017: "2017-04-16",
                   2018: "2018-04-08", 2019: "2019-04-28", 2020: "2020-04-19"}
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04",
              2018: "2018-09-24", 2019: "2019-09-13", 2020: "2020-10-01"}
EID_FITR_TZ = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-26",
               2018: "2018-06-15", 2019: "2019-06-05", 2020: "2020-05-24"}
# Farvardin 1 (Nowruz) of the Solar Hijri years 1393-1400, as Iran's calendar fixes it.
NOWRUZ = {1393: "2014-03-21", 1394: "2015-03-21", 1395: "2016-03-20", 1396: "2017-03-21",
          1397: "2018-03-21", 1398: "2019-03-21", 1399: "2020-03-20", 1400: "2021-03-21"}
REIWA = dt.date(2019, 5, 1)  # the first day of Japan's Reiwa era (Heisei 31 ended the day before)

POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                   "niedziela")
POLISH_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                 "sierpnia", "września", "października", "listopada", "grudnia")
PERSIAN_WEEKDAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                  "آذر", "دی", "بهمن", "اسفند")
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
GERMAN_WEEKDAYS = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
GREEK_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
GREEK_MONTHS = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
                "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
CHINESE_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
ROMANIAN_WEEKDAYS = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
ROMANIAN_MONTHS = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie",
                   "august", "septembrie", "octombrie", "noiembrie", "decembrie")
SWAHILI_WEEKDAYS = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi",
                    "Jumapili")
SWAHILI_MONTHS = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
                  "Septemba", "Oktoba", "Novemba", "Desemba")
AMHARIC_WEEKDAYS = ("ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሑድ")
ETHIOPIAN_MONTHS = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ",
                    "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ")


def persian_digits(value: int | str) -> str:
    """`value` written in Persian (Eastern Arabic-Indic) digits, as Iranian sites print them."""
    return "".join(PERSIAN_DIGITS[int(c)] if c.isdigit() else c for c in str(value))


def solar_hijri(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the Solar Hijri calendar: six months of 31 days, five
    of 30, Esfand of 29 or 30, each year from its Nowruz (`NOWRUZ`)."""
    year = max(y for y, start in NOWRUZ.items() if dt.date.fromisoformat(start) <= day)
    offset = (day - dt.date.fromisoformat(NOWRUZ[year])).days
    if offset < 186:
        return year, offset // 31 + 1, offset % 31 + 1
    offset -= 186
    return year, min(offset // 30, 5) + 7, offset - 30 * min(offset // 30, 5) + 1


def ethiopian(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the Ethiopian calendar: twelve months of 30 days and
    Pagume of 5 or 6, the year from Meskerem 1 (September 11, or 12 before a Gregorian leap
    year), seven years behind the Gregorian one after it, eight before it."""
    def new_year(y: int) -> dt.date:
        return dt.date(y, 9, 12 if (y + 1) % 4 == 0 else 11)

    start = new_year(day.year) if day >= new_year(day.year) else new_year(day.year - 1)
    offset = (day - start).days
    return start.year - 7, offset // 30 + 1, offset % 30 + 1


def japanese_era(day: dt.date) -> str:
    """The era year of `day`: Heisei to April 30, 2019, Reiwa from May 1 ("元年" its first)."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return "令和元年" if n == 1 else f"令和{n}年"


def roc_year(day: dt.date) -> int:
    """The Republic of China (Minguo) year of `day`, as Taiwanese papers print it."""
    return day.year - 1911


# --- a Polish regional daily (Kraków) -------------------------------------------------------------

PL_DAILY = dt.date(2017, 11, 6)  # the numeric date turned the weekday, genitive month and "r."
PL_BYLINE = dt.date(2018, 10, 1)  # "Autor:" turned "oprac." after the name
PL_LINKS = dt.date(2019, 4, 1)  # "Czytaj także:" turned "ZOBACZ TEŻ:"
PL_RODO = dt.date(2018, 5, 25)  # the cookie line turned the GDPR (RODO) notice
PL_PRICE = dt.date(2020, 3, 2)  # the digital subscription went up


def _pl_dated(day: dt.date) -> str:
    return (f"{POLISH_WEEKDAYS[day.weekday()]}, {day.day} {POLISH_MONTHS[day.month - 1]} "
            f"{day.year} r., {{time}}")


def _pl_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Polub nas na Facebooku i bądź na bieżąco z tym, co dzieje się w "
                   "Krakowie."),
            ("2019-01-14", "Obserwuj nas w Google News i bądź na bieżąco z tym, co dzieje się "
                           "w Krakowie.")]
    news: list[Event] = [
        _election("2015-05-10", "🗳️ Wybory prezydenckie 2015: sprawdź, gdzie głosować"),
        _election("2015-05-24", "🗳️ Druga tura wyborów prezydenckich: wyniki z Krakowa"),
        _election("2015-10-25", "🗳️ Wybory parlamentarne 2015: wyniki w okręgu krakowskim"),
        _election("2018-10-21", "🗳️ Wybory samorządowe: kto prezydentem Krakowa?"),
        _election("2019-05-26", "🗳️ Eurowybory 2019: frekwencja i wyniki w Małopolsce"),
        _election("2019-10-13", "🗳️ Wybory parlamentarne 2019: wyniki w okręgu krakowskim"),
        (dt.date(2020, 3, 13), dt.date(2020, 5, 18), "😷 Koronawirus w Małopolsce: "
                                                      "najważniejsze informacje i infolinia "
                                                      "NFZ 800 190 590"),
        _election("2020-06-28", "🗳️ Wybory prezydenckie 2020: lista lokali wyborczych"),
        _election("2020-07-12", "🗳️ Druga tura: sprawdź, gdzie głosujesz"),
    ]
    feasts = [(easter(y) - dt.timedelta(days=2), easter(y) + dt.timedelta(days=2),
               "🐣 Wesołych Świąt Wielkanocnych życzy redakcja") for y in YEARS]
    feasts += _yearly(0, "11-01", 2, 0, lambda y: "🕯️ Wszystkich Świętych: zmiany w "
                                                   "komunikacji i godziny otwarcia cmentarzy"
                      if y != 2020 else "🕯️ Cmentarze zamknięte 31 października - 2 listopada")
    feasts += _yearly(1918, "11-11", 0, 0, lambda n: f"🇵🇱 {n}. rocznica odzyskania "
                                                       f"niepodległości")
    return _timeline(base, _first_come(news, feasts))


def krakow_style() -> PublisherStyle:
    """A Polish regional daily (Kraków): a section kicker, a numeric date slot with a time
    slot turned the weekday, the genitive month and "r." (a wording per day, from November
    2017), "Autor:" turned the name with "oprac." after it, "REKLAMA" and "Czytaj także:"
    (turned "ZOBACZ TEŻ:" in 2019; both up to twice) inserts, a photo credit with a source,
    a gallery line with a count, a follow line turned a news-app line in 2019, then eight
    votes, the 2020 restrictions, Easter, All Saints' Day (cemeteries closed in 2020) and
    Independence Day with its count, a cookie line turned the GDPR notice, a subscription
    appeal raised in 2020, a comment rule, a copyright and reprint block, a rare smog
    alert."""
    return PublisherStyle(
        domain="gazetapodwawelska.pl", site="Gazeta Podwawelska", base_size=880,
        subdomains=(("", 70), ("krakow.", 30)),
        sections=("krakow", "malopolska", "sport", "kultura", "biznes", "motoryzacja"),
        n_authors=6, url_path="/{section}/a/{slug},{n}",
        pools={
            "dzial": ("Kraków", "Małopolska", "Nowa Huta", "Sport", "Kultura", "Biznes",
                      "Motoryzacja", "Edukacja", "Zdrowie"),
            "zrodlo": ("Anna Kaczmarz", "archiwum", "UM Kraków", "KMP Kraków", "Pixabay",
                       "materiały prasowe", "Adam Wojnar"),
        },
        families=(
            _f("dzial", HEADER, 0.3, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_de}, {time}"), *_daily(_pl_dated, PL_DAILY)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}"),
               (PL_BYLINE.isoformat(), "{author} oprac.")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "REKLAMA"), count=2),
            _f("czytaj", MIDDLE, 0.4, (_OLD, "Czytaj także: {other_title}"),
               (PL_LINKS.isoformat(), "ZOBACZ TEŻ: {other_title}"), count=2),
            _f("fot", MIDDLE, 0.3, (_OLD, "fot. {zrodlo}")),
            _f("galeria", MIDDLE, 0.15, (_OLD, "Zobacz galerię ({count} zdjęć)")),
            _f("obserwuj", FOOTER, 0.25, *_pl_follow()),
            _f("cookies", FOOTER, 0.2,
               (_OLD, "Strona korzysta z plików cookies. Możesz określić warunki "
                "przechowywania lub dostępu do cookie w Twojej przeglądarce."),
               (PL_RODO.isoformat(), "Szanujemy Twoją prywatność. Administratorem Twoich "
                                     "danych osobowych jest Wydawnictwo Wawel Media sp. z o.o. "
                                     "Więcej w Polityce prywatności (RODO).")),
            _f("prenumerata", FOOTER, 0.2,
               (_OLD, "Czytaj bez ograniczeń: prenumerata cyfrowa za 19,90 zł miesięcznie."),
               (PL_PRICE.isoformat(), "Czytaj bez ograniczeń: prenumerata cyfrowa za 24,90 zł "
                                      "miesięcznie.")),
            _f("komentarze", FOOTER, 0.3,
               (_OLD, "Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie "
                "ponosi odpowiedzialności za ich treść.")),
            _f("copyright", FOOTER, 0.55,
               (_OLD, "Copyright © 2003-{year} Wawel Media sp. z o.o.")),
            _f("przedruk", FOOTER, 0.5,
               (_OLD, "Wszelkie prawa zastrzeżone. Przedruk i wykorzystanie materiałów bez "
                "zgody wydawcy zabronione.")),
            _f("smog", FOOTER, 0.04,
               (_OLD, "😷 Alarm smogowy w Krakowie: komunikacja miejska bezpłatna dla "
                "kierowców z dowodem rejestracyjnym")),
        ),
    )


# --- an Iranian Persian-language provincial news agency (Isfahan) --------------------------------

IR_DAILY = dt.date(2016, 3, 20)  # from Nowruz 1395, the Solar Hijri date in Persian digits
IR_LINKS = dt.date(2018, 3, 21)  # "بیشتر بخوانید:" turned "بخوانید:"
IR_FOLLOW = dt.date(2018, 5, 1)  # the Telegram channel turned the domestic messenger


def _ir_dated(day: dt.date) -> str:
    y, m, d = solar_hijri(day)
    return (f"تاریخ انتشار: {PERSIAN_WEEKDAYS[day.weekday()]} {persian_digits(d)} "
            f"{PERSIAN_MONTHS[m - 1]} {persian_digits(y)} - {{time}}")


def _ir_copyright(day: dt.date) -> str:
    return (f"کلیه حقوق این سایت متعلق به پیک زاینده است. © {persian_digits(solar_hijri(day)[0])}")


def _ir_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "کانال تلگرام پیک زاینده را دنبال کنید"),
            (IR_FOLLOW.isoformat(), "پیک زاینده را در پیام‌رسان سروش و ایتا دنبال کنید")]
    news: list[Event] = [
        _election("2016-02-26", "🗳️ انتخابات مجلس و خبرگان: نتایج حوزه انتخابیه اصفهان"),
        _election("2017-05-19", "🗳️ انتخابات ریاست جمهوری و شوراها: آخرین نتایج شمارش آرا"),
        _election("2020-02-21", "🗳️ انتخابات مجلس یازدهم: نتایج حوزه انتخابیه اصفهان"),
        (dt.date(2020, 3, 24), dt.date(2020, 5, 10), "😷 در خانه بمانیم: آخرین آمار کرونا در "
                                                      "استان اصفهان"),
    ]
    feasts = [(_day(NOWRUZ[y - 621], -2), _day(NOWRUZ[y - 621], 4),
               f"🌷 نوروز {persian_digits(y - 621)} بر شما خجسته باد") for y in YEARS]
    feasts += _yearly(0, "02-11", 0, 0, lambda _: "🇮🇷 سالروز پیروزی انقلاب اسلامی گرامی "
                                                   "باد")
    return _timeline(base, _first_come(news, feasts))


def isfahan_style() -> PublisherStyle:
    """An Iranian Persian-language provincial news agency (Isfahan): a service kicker, a
    news code with a number, an ISO date slot turned "تاریخ انتشار:" with the weekday and the
    Solar Hijri date in Persian digits and a time slot (a wording per day, from Nowruz 1395),
    a reporter line, a reading-time line, "بیشتر بخوانید:" (turned "بخوانید:" in 1397; up
    to twice) and a bare ad label inserts, a photographer credit, a follow line turned a
    domestic messenger in 2018, then three votes, the 2020 stay-home weeks, Nowruz (its
    Solar Hijri year) and the revolution anniversary, an end mark, a tag list, a comment
    rule, a copyright line with the Solar Hijri year, a rare water-cut line."""
    return PublisherStyle(
        domain="peykezayandeh.ir", site="پیک زاینده", base_size=760,
        subdomains=(("www.", 100),),
        sections=("isfahan", "iran", "economy", "sport", "culture", "world"),
        n_authors=4, url_path="/fa/news/{n}/{slug}",
        pools={
            "servis": ("استانی", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "فرهنگی", "بین‌الملل",
                       "حوادث"),
            "khabarnegar": ("مریم احمدی", "علی رضایی", "زهرا کریمی", "حسین موسوی",
                            "فاطمه نوری"),
            "akas": ("محمدرضا کاظمی", "آرشیو", "روابط عمومی استانداری", "مهدی صادقی"),
            "barchasb": ("اصفهان", "زاینده رود", "سی و سه پل", "استاندار اصفهان", "ذوب آهن",
                         "سپاهان", "کم آبی", "آلودگی هوا"),
        },
        families=(
            _f("servis", HEADER, 0.3, (_OLD, "سرویس {servis}")),
            _f("kod", HEADER, 0.5, (_OLD, "کد خبر: {n}")),
            _f("tarikh", HEADER, 0.85, (_OLD, "{date_iso} {time}"), *_daily(_ir_dated, IR_DAILY)),
            _f("khabarnegar", HEADER, 0.45, (_OLD, "خبرنگار: {khabarnegar}")),
            _f("zaman", HEADER, 0.25, (_OLD, "زمان مطالعه: {read_min} دقیقه")),
            _f("bekhanid", MIDDLE, 0.4, (_OLD, "بیشتر بخوانید: {other_title}"),
               (IR_LINKS.isoformat(), "بخوانید: {other_title}"), count=2),
            _f("agahi", MIDDLE, 0.3, (_OLD, "آگهی")),
            _f("akas", MIDDLE, 0.3, (_OLD, "عکس: {akas}")),
            _f("entha", FOOTER, 0.4, (_OLD, "انتهای پیام/")),
            _f("donbal", FOOTER, 0.25, *_ir_follow()),
            _f("barchasb", FOOTER, 0.3, (_OLD, "برچسب‌ها: {barchasb_list}")),
            _f("nazar", FOOTER, 0.3,
               (_OLD, "نظرات حاوی توهین و هرگونه نسبت ناروا به اشخاص منتشر نخواهد شد.")),
            _f("hoquq", FOOTER, 0.55, *_changes(_ir_copyright)),
            _f("ab", FOOTER, 0.04,
               (_OLD, "⚠️ قطعی آب در برخی مناطق اصفهان از ساعت ۲۲ امشب تا ۶ صبح فردا")),
        ),
    )


# --- a South Korean regional daily (Gwangju) ------------------------------------------------------

KR_DAILY = dt.date(2016, 7, 4)  # the ISO date turned "승인" with a dotted date and weekday
KR_LINKS = dt.date(2018, 1, 2)  # "관련기사" turned "▶ 함께 보면 좋은 기사"
KR_KAKAO = dt.date(2017, 6, 1)  # the follow line turned a KakaoTalk channel


def _kr_dated(day: dt.date) -> str:
    return (f"승인 {day.year}.{day.month:02d}.{day.day:02d}({KOREAN_WEEKDAYS[day.weekday()]}) "
            f"{{time}}")


def _kr_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "영산강신문 페이스북 페이지를 구독하시면 더 많은 소식을 받아보실 수 있습니다."),
            (KR_KAKAO.isoformat(), "카카오톡에서 '영산강신문' 채널을 추가하고 주요 뉴스를 "
                                   "받아보세요.")]
    news: list[Event] = [
        _election("2016-04-13", "🗳️ 제20대 국회의원 선거: 광주·전남 개표 현황"),
        _election("2017-05-09", "🗳️ 제19대 대통령 선거: 광주 투표소 찾기"),
        _election("2018-06-13", "🗳️ 6·13 지방선거: 광주시장·전남지사 개표 결과"),
        _election("2020-04-15", "🗳️ 제21대 국회의원 선거: 광주·전남 당선자 현황"),
        (dt.date(2020, 2, 24), dt.date(2020, 4, 9), "😷 코로나19 광주 확진자 현황과 "
                                                     "선별진료소 안내"),
        (dt.date(2020, 8, 7), dt.date(2020, 8, 14), "🌧️ 집중호우 피해 신고: 120 빛고을콜센터"),
    ]
    feasts = _around(LUNAR_NEW_YEAR, 2, 2, lambda _: "🧧 새해 복 많이 받으세요 - 영산강신문 "
                                                      "임직원 일동")
    feasts += _around(MID_AUTUMN, 2, 2, lambda y: "🌕 풍성한 한가위 보내세요" if y != 2020
                      else "🌕 이번 추석은 고향 방문 대신 영상으로 마음을 전하세요")
    feasts += _yearly(1980, "05-18", 0, 0, lambda n: f"5·18민주화운동 {n}주년, 오월 영령을 "
                                                       f"기억합니다")
    return _timeline(base, _first_come(news, feasts))


def gwangju_style() -> PublisherStyle:
    """A South Korean regional daily (Gwangju): a section kicker, an ISO date slot with a
    time slot turned "승인" with a dotted date, the weekday in brackets and a time slot (a
    wording per day, from July 2016), a "기자" byline with the writer's address, a
    font-size and print line, "관련기사" (turned "▶ 함께 보면 좋은 기사" in 2018; up to twice)
    and ad inserts, a photo caption credit, a follow line turned a KakaoTalk channel in
    2017, then four votes, the 2020 outbreak and floods, the lunar new year, Chuseok (kept
    at home in 2020) and the May 18 anniversary with its count, a two-line reprint and
    copyright block, a reader-report line, a rare fine-dust line."""
    return PublisherStyle(
        domain="yeongsangangnews.co.kr", site="영산강신문", base_size=650,
        subdomains=(("www.", 100),),
        sections=("politics", "society", "economy", "culture", "sports", "opinion"),
        n_authors=4, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bumun": ("정치", "사회", "경제", "문화", "스포츠", "오피니언", "광주", "전남"),
            "gija": ("김민준", "이서연", "박지훈", "최유진", "정하늘"),
            "email": ("mjkim", "sylee", "jhpark", "yjchoi", "hnjung"),
            "sajin": ("광주시 제공", "전남도 제공", "연합뉴스", "영산강신문 DB", "독자 제공"),
        },
        families=(
            _f("bumun", HEADER, 0.3, (_OLD, "{bumun}")),
            _f("seungin", HEADER, 0.85, (_OLD, "기사입력 {date_iso} {time}"),
               *_daily(_kr_dated, KR_DAILY)),
            _f("gija", HEADER, 0.6, (_OLD, "{gija} 기자 {email}@yeongsangangnews.co.kr")),
            _f("print", HEADER, 0.3, (_OLD, "글씨크기 확대 · 축소 · 인쇄 · 스크랩")),
            _f("gwallyeon", MIDDLE, 0.4, (_OLD, "관련기사: {other_title}"),
               (KR_LINKS.isoformat(), "▶ 함께 보면 좋은 기사: {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.35, (_OLD, "광고"), count=2),
            _f("sajin", MIDDLE, 0.3, (_OLD, "/사진={sajin}")),
            _f("kakao", FOOTER, 0.25, *_kr_follow()),
            _f("jebo", FOOTER, 0.25,
               (_OLD, "독자 여러분의 제보를 기다립니다. 카카오톡·전화 062-555-0190")),
            _f("mudan", FOOTER, 0.55, (_OLD, "<저작권자 © 영산강신문, 무단 전재 및 재배포 금지>")),
            _f("balhaeng", FOOTER, 0.45,
               (_OLD, "광주광역시 동구 금남로 1가 · 발행인 윤상철 · 편집인 윤상철 · "
                "등록번호 광주 아00123")),
            _f("misemeonji", FOOTER, 0.04,
               (_OLD, "⚠️ 광주 미세먼지 '나쁨': 외출 시 마스크 착용하세요")),
        ),
    )


# --- a Japanese regional newspaper site (Niigata) -------------------------------------------------

JP_DAILY = dt.date(2015, 4, 1)  # from the fiscal year 2015, the era date with the weekday
JP_LINKS = dt.date(2018, 10, 1)  # "【関連記事】" turned "あわせて読みたい"
JP_LINE = dt.date(2019, 7, 1)  # the follow line turned a LINE account


def _jp_dated(day: dt.date) -> str:
    return (f"{japanese_era(day)}{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）"
            f" {{time}}配信")


def _jp_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "信濃川新報の公式Twitterでも最新ニュースをお届けしています。"),
            (JP_LINE.isoformat(), "信濃川新報 公式LINEアカウントを友だち追加して、"
                                  "新潟のニュースを毎日受け取ろう！")]
    news: list[Event] = [
        _election("2016-07-10", "🗳️ 参院選 新潟選挙区 開票速報"),
        _election("2016-10-16", "🗳️ 新潟県知事選挙 開票速報"),
        _election("2017-10-22", "🗳️ 衆院選 新潟の小選挙区 開票速報"),
        _election("2018-06-10", "🗳️ 新潟県知事選挙 開票速報"),
        (dt.date(2019, 4, 1), dt.date(2019, 5, 7), "新元号は「令和」 5月1日に改元"),
        _election("2019-07-21", "🗳️ 参院選 新潟選挙区 開票速報"),
        (dt.date(2020, 4, 16), dt.date(2020, 5, 15), "😷 緊急事態宣言：不要不急の外出自粛に"
                                                      "ご協力ください"),
    ]
    feasts = _yearly(0, "01-01", 0, 3, lambda _: "🎍 謹賀新年 本年もよろしくお願い申し上げます")
    return _timeline(base, _first_come(news, feasts))


def niigata_style() -> PublisherStyle:
    """A Japanese regional newspaper site (Niigata): a genre kicker, an ISO date slot with a
    time slot turned the imperial era date with the weekday and "配信" (a wording per day,
    from April 2015; Heisei turned Reiwa, "元年" its first year, on May 1, 2019), a
    reporter line with a bureau, an update line, "【関連記事】" (turned "あわせて読みたい" in
    2018; up to twice) and a sponsored-link inserts, a photo caption, a follow line turned a
    LINE account in 2019, then five votes, the new era's name, the 2020 state of emergency
    and New Year's greetings, a paywall line, a reprint notice, a copyright line, a rare
    snow line."""
    return PublisherStyle(
        domain="shinanogawa-shimpo.jp", site="信濃川新報", base_size=560,
        subdomains=(("www.", 100),),
        sections=("local", "politics", "economy", "sports", "life", "culture"),
        n_authors=4, url_path="/articles/-/{n}",
        pools={
            "genre": ("新潟", "県内政治", "経済", "スポーツ", "くらし", "文化", "事件・事故",
                      "社会"),
            "kyoku": ("長岡支社", "上越支社", "佐渡支局", "報道部", "柏崎支局"),
            "shashin": ("信濃川新報社", "新潟市提供", "共同通信", "読者提供", "ドローンで撮影"),
        },
        families=(
            _f("genre", HEADER, 0.3, (_OLD, "{genre}")),
            _f("haishin", HEADER, 0.85, (_OLD, "{date_iso} {time}"), *_daily(_jp_dated, JP_DAILY)),
            _f("kisha", HEADER, 0.4, (_OLD, "（{kyoku}・{author}）")),
            _f("koshin", HEADER, 0.25, (_OLD, "最終更新：{time}")),
            _f("kanren", MIDDLE, 0.4, (_OLD, "【関連記事】{other_title}"),
               (JP_LINKS.isoformat(), "あわせて読みたい：{other_title}"), count=2),
            _f("pr", MIDDLE, 0.3, (_OLD, "PR")),
            _f("shashin", MIDDLE, 0.3, (_OLD, "写真：{shashin}")),
            _f("follow", FOOTER, 0.25, *_jp_follow()),
            _f("kaiin", FOOTER, 0.3,
               (_OLD, "この記事の続きは会員登録（無料）でお読みいただけます。")),
            _f("tensai", FOOTER, 0.45,
               (_OLD, "本サイトに掲載の記事・写真の無断転載を禁じます。すべての内容は日本の著作権法"
                "並びに国際条約により保護されています。")),
            _f("copyright", FOOTER, 0.55,
               (_OLD, "Copyright © 信濃川新報社 All Rights Reserved.")),
            _f("yuki", FOOTER, 0.04,
               (_OLD, "❄️ 大雪情報：関越道・北陸道の通行止め区間はこちら")),
        ),
    )


# --- a Bavarian local paper (Upper Bavaria) -------------------------------------------------------

DE_DAILY = dt.date(2018, 2, 5)  # the date slot turned the short weekday, the date and "Uhr"
DE_BYLINE = dt.date(2019, 9, 2)  # "Von" turned the name with the local desk's initials
DE_LINKS = dt.date(2017, 5, 2)  # "Lesen Sie auch:" turned "Auch interessant:"
DE_PLUS = dt.date(2020, 1, 13)  # the digital offer was renamed and raised


def _de_dated(day: dt.date) -> str:
    return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day:02d}.{day.month:02d}.{day.year} "
            f"| {{time}} Uhr")


def _de_notice() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Mehr Nachrichten aus der Region gibt es in unserem kostenlosen "
                   "Newsletter.")]
    news: list[Event] = [
        _election("2017-09-24", "🗳️ Bundestagswahl 2017: Die Ergebnisse aus dem Wahlkreis "
                                "im Überblick"),
        _election("2018-10-14", "🗳️ Landtagswahl in Bayern: alle Ergebnisse aus dem "
                                "Landkreis"),
        _election("2019-05-26", "🗳️ Europawahl 2019: So hat der Landkreis gewählt"),
        _election("2020-03-15", "🗳️ Kommunalwahl 2020: Ergebnisse aus allen Gemeinden"),
        (dt.date(2020, 3, 21), dt.date(2020, 5, 6), "😷 Corona in Bayern: Was die "
                                                     "Ausgangsbeschränkung für Sie bedeutet"),
        (dt.date(2020, 10, 19), dt.date(2020, 12, 1), "😷 Corona-Ampel im Landkreis: die "
                                                       "aktuellen Regeln"),
    ]
    advent = [(dt.date(y, 12, 1), dt.date(y, 12, 25),
               "🎄 Unser Adventskalender: Jeden Tag ein Türchen öffnen und gewinnen")
              for y in YEARS]
    return _timeline(base, _first_come(news, advent))


def bavaria_style() -> PublisherStyle:
    """A Bavarian local paper (Upper Bavaria): a place dateline kicker, a German date slot
    with a time slot turned the short weekday, a zero-padded date and "Uhr" (a wording per
    day, from February 2018), "Von" turned the name with the desk's initials, a reading-time
    line, "Anzeige" (up to twice), "Lesen Sie auch:" (turned "Auch interessant:" in 2017; up
    to twice) and "Mehr zum Thema" inserts, an agency credit, a newsletter line turned four
    votes, two Corona spells and an Advent calendar, a paywall line renamed and raised in
    2020, a comment rule, an update note, a copyright line with the agency, a rare road
    closure."""
    return PublisherStyle(
        domain="ammertaler-anzeiger.de", site="Ammertaler Anzeiger", base_size=480,
        subdomains=(("www.", 100),),
        sections=("lokales", "bayern", "politik", "wirtschaft", "sport", "kultur"),
        n_authors=5, url_path="/lokales/{section}/{slug}-{n}.html",
        pools={
            "ort": ("Weilheim", "Peißenberg", "Penzberg", "Murnau", "Schongau", "Oberammergau",
                    "Landkreis", "Garmisch-Partenkirchen"),
            "kuerzel": ("kb", "mst", "aw", "jr", "sl"),
            "agentur": ("dpa", "dpa/lby", "epd", "KNA", "AFP"),
        },
        families=(
            _f("ort", HEADER, 0.35, (_OLD, "{ort}")),
            _f("datum", HEADER, 0.8, (_OLD, "{date_de} {time} Uhr"),
               *_daily(_de_dated, DE_DAILY)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (DE_BYLINE.isoformat(), "{author} ({kuerzel})")),
            _f("lesezeit", HEADER, 0.3, (_OLD, "Lesezeit: {read_min} Min.")),
            _f("anzeige", MIDDLE, 0.45, (_OLD, "Anzeige"), count=2),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}"),
               (DE_LINKS.isoformat(), "Auch interessant: {other_title}"), count=2),
            _f("thema", MIDDLE, 0.2, (_OLD, "Mehr zum Thema")),
            _f("agentur", FOOTER, 0.25, (_OLD, "© {agentur}")),
            _f("newsletter", FOOTER, 0.25, *_de_notice()),
            _f("plus", FOOTER, 0.25,
               (_OLD, "Dieser Artikel ist für Abonnenten kostenlos. Jetzt Digital-Abo testen: "
                "4 Wochen für 0,99 €."),
               (DE_PLUS.isoformat(), "Weiterlesen mit AA+: Testen Sie alle Artikel einen Monat "
                                     "lang für 1 €.")),
            _f("kommentare", FOOTER, 0.3,
               (_OLD, "Kommentare, die gegen unsere Netiquette verstoßen, werden gelöscht.")),
            _f("aktualisiert", FOOTER, 0.15,
               (_OLD, "*Dieser Artikel wurde aktualisiert.")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "© Ammertaler Anzeiger {year} · Impressum · Datenschutz · AGB")),
            _f("sperrung", FOOTER, 0.04,
               (_OLD, "🚧 Vollsperrung der B2 zwischen Weilheim und Polling ab Montag, "
                "Umleitung ist ausgeschildert")),
        ),
    )


# --- a Greek regional news site (Thessaloniki) ----------------------------------------------------

GR_DAILY = dt.date(2016, 9, 10)  # from the 2016 trade fair, the weekday and genitive month
GR_BYLINE = dt.date(2018, 11, 5)  # "Του/Της" turned the name with the site
GR_LINKS = dt.date(2019, 9, 2)  # "Διαβάστε επίσης:" turned "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ"
GR_GOOGLE = dt.date(2019, 2, 4)  # the follow line turned Google News


def _gr_dated(day: dt.date) -> str:
    return (f"{GREEK_WEEKDAYS[day.weekday()]}, {day.day} {GREEK_MONTHS[day.month - 1]} "
            f"{day.year}, {{time}}")


def _gr_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ακολουθήστε μας στο Facebook και στο Twitter"),
            (GR_GOOGLE.isoformat(), "Ακολουθήστε μας στο Google News για όλες τις ειδήσεις "
                                    "της Θεσσαλονίκης")]
    news: list[Event] = [
        _election("2015-01-25", "🗳️ Εκλογές 2015: τα αποτελέσματα στη Θεσσαλονίκη"),
        _election("2015-07-05", "🗳️ Δημοψήφισμα: πού ψηφίζω"),
        _election("2015-09-20", "🗳️ Εκλογές Σεπτεμβρίου: τα αποτελέσματα στη Θεσσαλονίκη"),
        _election("2019-05-26", "🗳️ Αυτοδιοικητικές εκλογές: ποιος εκλέγεται δήμαρχος"),
        _election("2019-07-07", "🗳️ Εθνικές εκλογές 2019: τα αποτελέσματα live"),
        (dt.date(2020, 3, 23), dt.date(2020, 5, 4), "😷 Μένουμε σπίτι: στείλτε SMS στο 13033 "
                                                     "πριν βγείτε"),
        (dt.date(2020, 11, 7), dt.date(2020, 12, 14), "😷 Lockdown: τι ισχύει στη "
                                                       "Θεσσαλονίκη"),
    ]
    feasts = _around(ORTHODOX_EASTER, 2, 1, lambda _: "🕯️ Καλή Ανάσταση και Καλό Πάσχα!")
    feasts += _yearly(0, "10-26", 0, 0, lambda _: "Χρόνια πολλά Θεσσαλονίκη! Του Αγίου "
                                                   "Δημητρίου")
    return _timeline(base, _first_come(news, feasts))


def thessaloniki_style() -> PublisherStyle:
    """A Greek regional news site (Thessaloniki): a category kicker, a numeric date slot
    with a time slot turned the Greek weekday, the genitive month and a time slot (a wording
    per day, from the 2016 trade fair), "Του/Της" with a pool of writers turned the name with
    the site, "ΔΙΑΦΗΜΙΣΗ" and "Διαβάστε επίσης:" (turned "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ" in 2019; both up
    to twice) inserts, a source line, a follow line turned Google News in 2019, then five
    votes, two lockdowns, Orthodox Easter and the city's saint's day, a tag list, a
    reprint notice with a link, a comment rule, a copyright line, a rare heatwave line."""
    return PublisherStyle(
        domain="thermaikospalmos.gr", site="Θερμαϊκός Παλμός", base_size=420,
        subdomains=(("www.", 100),),
        sections=("thessaloniki", "ellada", "politiki", "oikonomia", "athlitika", "politismos"),
        n_authors=4, url_path="/{section}/{n}/{slug}/",
        pools={
            "katigoria": ("Θεσσαλονίκη", "Ελλάδα", "Πολιτική", "Οικονομία", "Αθλητικά",
                          "Πολιτισμός", "Κόσμος", "Υγεία"),
            "syntaktis": ("Του Γιώργου Παπαδόπουλου", "Της Μαρίας Νικολάου",
                          "Του Δημήτρη Κωνσταντίνου", "Της Ελένης Γεωργίου"),
            "onoma": ("Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Δημήτρης Κωνσταντίνου",
                      "Ελένη Γεωργίου"),
            "pigi": ("ΑΠΕ-ΜΠΕ", "Reuters", "ΕΡΤ", "Δήμος Θεσσαλονίκης", "ΚΕΔΕ"),
            "etiketa": ("Θεσσαλονίκη", "ΠΑΟΚ", "Άρης", "μετρό Θεσσαλονίκης", "ΔΕΘ", "λιμάνι",
                        "Χαλκιδική", "ΑΠΘ"),
        },
        families=(
            _f("katigoria", HEADER, 0.3, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.85, (_OLD, "{date_de} {time}"),
               *_daily(_gr_dated, GR_DAILY)),
            _f("syntaktis", HEADER, 0.55, (_OLD, "{syntaktis}"),
               (GR_BYLINE.isoformat(), "{onoma} - Θερμαϊκός Παλμός")),
            _f("diafimisi", MIDDLE, 0.45, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("diavaste", MIDDLE, 0.4, (_OLD, "Διαβάστε επίσης: {other_title}"),
               (GR_LINKS.isoformat(), "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ {other_title}"), count=2),
            _f("pigi", FOOTER, 0.3, (_OLD, "Πηγή: {pigi}")),
            _f("akolouthiste", FOOTER, 0.25, *_gr_follow()),
            _f("etiketes", FOOTER, 0.3, (_OLD, "Ετικέτες: {etiketa_list}")),
            _f("anadimosiefsi", FOOTER, 0.35,
               (_OLD, "Απαγορεύεται η αναδημοσίευση χωρίς ενεργό σύνδεσμο προς την πηγή.")),
            _f("sxolia", FOOTER, 0.3,
               (_OLD, "Τα σχόλια δημοσιεύονται μετά από έγκριση. Υβριστικά και ρατσιστικά "
                "σχόλια δεν θα δημοσιεύονται.")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "© {year} Θερμαϊκός Παλμός - Με την επιφύλαξη παντός δικαιώματος")),
            _f("kafsonas", FOOTER, 0.04,
               (_OLD, "🌡️ Καύσωνας: ανοιχτές κλιματιζόμενες αίθουσες του Δήμου Θεσσαλονίκης")),
        ),
    )


# --- a Taiwanese county news site (Changhua) ------------------------------------------------------

TW_DAILY = dt.date(2017, 1, 1)  # from Minguo 106, the ROC year with the weekday
TW_BYLINE = dt.date(2018, 8, 1)  # "記者…／…報導" turned "文／…"
TW_LINE = dt.date(2016, 10, 3)  # the follow line turned a LINE account


def _tw_dated(day: dt.date) -> str:
    return (f"{roc_year(day)}年{day.month}月{day.day}日 {CHINESE_WEEKDAYS[day.weekday()]} "
            f"{{time}}")


def _tw_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "按讚加入濁水溪報粉絲專頁，掌握彰化大小事"),
            (TW_LINE.isoformat(), "▸ 加入濁水溪報LINE好友，新聞不漏接")]
    news: list[Event] = [
        _election("2016-01-16", "🗳️ 2016總統立委選舉 開票即時看"),
        (dt.date(2016, 9, 26), dt.date(2016, 9, 29), "🌀 梅姬颱風 停班停課資訊"),
        _election("2018-11-24", "🗳️ 九合一選舉 彰化縣長開票即時看"),
        _election("2020-01-11", "🗳️ 2020總統立委選舉 開票即時看"),
        (dt.date(2020, 3, 19), dt.date(2020, 6, 7), "😷 防疫新生活：勤洗手、戴口罩、保持社交距離"),
    ]
    feasts = _around(LUNAR_NEW_YEAR, 1, 3, lambda _: "🧧 濁水溪報祝您新春快樂、萬事如意")
    feasts += _around(MID_AUTUMN, 1, 0, lambda _: "🌕 中秋節快樂")
    return _timeline(base, _first_come(news, feasts))


def changhua_style() -> PublisherStyle:
    """A Taiwanese county news site (Changhua): a channel kicker, an ISO date slot with a
    time slot turned the Minguo (ROC) year, the date, the weekday and a time slot (a
    wording per day, from Minguo 106), "記者…／…報導" with a township turned "文／…", a
    share line, "延伸閱讀：" (up to twice) and an ad inserts, a photo caption, a follow line
    turned a LINE account in 2016, then three votes, a typhoon, the 2020 epidemic rules, the
    lunar new year and Mid-Autumn, a reprint ban, a two-line masthead and copyright block, a
    rare drinking-and-driving warning."""
    return PublisherStyle(
        domain="zhuoshuixi.com.tw", site="濁水溪報", base_size=360,
        subdomains=(("news.", 100),),
        sections=("local", "politics", "life", "society", "farm", "culture"),
        n_authors=3, url_path="/news/{section}/{n}",
        pools={
            "pindao": ("地方", "政治", "生活", "社會", "農業", "文化", "教育", "運動"),
            "jizhe": ("陳建宏", "林淑芬", "黃志明", "張雅婷"),
            "xiang": ("彰化", "員林", "鹿港", "溪湖", "二林", "和美", "北斗"),
            "tupian": ("記者攝", "彰化縣政府提供", "翻攝臉書", "資料照", "民眾提供"),
        },
        families=(
            _f("pindao", HEADER, 0.3, (_OLD, "{pindao}")),
            _f("riqi", HEADER, 0.85, (_OLD, "{date_iso} {time}"), *_daily(_tw_dated, TW_DAILY)),
            _f("jizhe", HEADER, 0.55, (_OLD, "記者{jizhe}／{xiang}報導"),
               (TW_BYLINE.isoformat(), "文／{jizhe}")),
            _f("fenxiang", HEADER, 0.3, (_OLD, "分享 | 列印 | 字級 小 中 大")),
            _f("yanshen", MIDDLE, 0.4, (_OLD, "延伸閱讀：{other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.35, (_OLD, "廣告")),
            _f("tupian", MIDDLE, 0.3, (_OLD, "（圖／{tupian}）")),
            _f("line", FOOTER, 0.25, *_tw_follow()),
            _f("zhuanzai", FOOTER, 0.35, (_OLD, "本網站內容未經授權，禁止轉載、改作或重製。")),
            _f("shezhang", FOOTER, 0.45,
               (_OLD, "發行人：許文彬｜總編輯：蔡明珠｜地址：彰化縣彰化市中山路二段250號")),
            _f("copyright", FOOTER, 0.5, (_OLD, "Copyright © {year} 濁水溪報 版權所有")),
            _f("jiujia", FOOTER, 0.04, (_OLD, "🚫 喝酒不開車，安全有保障；飲酒過量，有害健康")),
        ),
    )


# --- an Australian home-cooking recipe blog -------------------------------------------------------

AU_DISCLOSURE = dt.date(2018, 7, 2)  # the affiliate line gained the Amazon Associate clause
AU_JUMP = dt.date(2017, 3, 6)  # the recipe card plugin added a jump and a print button
AU_PINTEREST = dt.date(2019, 8, 5)  # the tag line turned Instagram to Pinterest as well


def _au_notice() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Subscribe to get new recipes straight to your inbox every Sunday.")]
    seasons: list[Event] = [
        (dt.date(2020, 1, 3), dt.date(2020, 2, 1), "🔥 We're donating this month's ad income "
                                                    "to bushfire relief. Thank you for "
                                                    "cooking with us."),
        (dt.date(2020, 3, 23), dt.date(2020, 6, 1), "🏠 Cooking from the pantry? See our "
                                                     "lockdown staples collection."),
    ]
    seasons += [(easter(y) - dt.timedelta(days=10), easter(y) + dt.timedelta(days=2),
                 "🐣 Easter baking: hot cross buns, simnel cake and more") for y in YEARS]
    seasons += _yearly(0, "04-25", 6, 0, lambda _: "🌺 Anzac biscuits, the chewy kind: our most "
                                                    "baked recipe this week")
    seasons += _yearly(2000, "12-25", 24, 0, lambda n: f"🎄 The 20{n} Christmas menu: "
                                                        f"make-ahead recipes for a hot day")
    return _timeline(base, _first_come(seasons))


def pantry_style() -> PublisherStyle:
    """An Australian home-cooking recipe blog (WordPress with a recipe-card plugin): an
    affiliate disclosure gaining the Amazon Associate clause in 2018, a "Published"/"Last
    updated" line with long date slots, a byline with a reading time, a jump-to-recipe and
    print line (from 2017), "Pin it for later", an ad label (up to twice) and "You might also
    like:" (up to twice) inserts, a ratings line with a count, recipe-card labels (prep,
    servings, nutrition note), a tag-us line gaining Pinterest in 2019, a newsletter line
    turned the bushfire appeal, the 2020 lockdown, Easter, Anzac Day and a Christmas menu, a
    three-line comment form block, a copyright line, a rare recipe-tested note."""
    return PublisherStyle(
        domain="wattlepantry.com.au", site="The Wattle Pantry", base_size=300,
        subdomains=(("", 100),),
        sections=("recipes", "baking", "dinner", "slow-cooker"),
        n_authors=1, url_path="/{slug}/",
        pools={
            "prep": ("10 mins", "15 mins", "20 mins", "25 mins", "30 mins"),
            "serves": ("2", "4", "6", "8", "12"),
        },
        families=(
            _f("disclosure", HEADER, 0.7,
               (_OLD, "This post may contain affiliate links. Please read my disclosure "
                "policy."),
               (AU_DISCLOSURE.isoformat(), "This post may contain affiliate links. As an Amazon "
                                           "Associate I earn from qualifying purchases.")),
            _f("published", HEADER, 0.5, (_OLD, "Published: {date_long}")),
            _f("byline", HEADER, 0.45, (_OLD, "By {author} · {read_min} minute read")),
            _f("jump", HEADER, 0.55, (_OLD, "Print Recipe"),
               (AU_JUMP.isoformat(), "Jump to Recipe · Print Recipe")),
            _f("pin", MIDDLE, 0.35, (_OLD, "Pin it for later!")),
            _f("ad", MIDDLE, 0.4, (_OLD, "ADVERTISEMENT"), count=2),
            _f("also", MIDDLE, 0.35, (_OLD, "You might also like: {other_title}"), count=2),
            _f("rating", FOOTER, 0.45, (_OLD, "5 from {count} votes")),
            _f("prep", FOOTER, 0.45, (_OLD, "Prep Time {prep} · Servings {serves}")),
            _f("nutrition", FOOTER, 0.3,
               (_OLD, "Nutrition information is an estimate only, calculated with an online "
                "tool.")),
            _f("tag", FOOTER, 0.35,
               (_OLD, "Made this recipe? Tag @wattlepantry on Instagram!"),
               (AU_PINTEREST.isoformat(), "Made this recipe? Tag @wattlepantry on Instagram "
                                          "or save it to Pinterest!")),
            _f("newsletter", FOOTER, 0.25, *_au_notice()),
            _f("reply", FOOTER, 0.35, (_OLD, "Leave a Reply")),
            _f("required", FOOTER, 0.33,
               (_OLD, "Your email address will not be published. Required fields are marked "
                "*")),
            _f("rate", FOOTER, 0.3, (_OLD, "Recipe Rating ☆☆☆☆☆")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "© {year} The Wattle Pantry · Privacy Policy · Accessibility")),
            _f("tested", FOOTER, 0.04,
               (_OLD, "Recipe notes: this recipe was retested and updated with metric "
                "measurements.")),
        ),
    )


# --- a Romanian county news site (Cluj) -----------------------------------------------------------

RO_DAILY = dt.date(2016, 12, 1)  # from National Day 2016, the weekday, the date and the time
RO_BYLINE = dt.date(2019, 3, 4)  # "Autor:" turned "de" before the name
RO_LINKS = dt.date(2018, 6, 4)  # "Citește și:" turned "CITEȘTE ȘI ►"
RO_GDPR = dt.date(2018, 5, 25)  # the cookie line turned the GDPR notice


def _ro_dated(day: dt.date) -> str:
    return (f"{ROMANIAN_WEEKDAYS[day.weekday()]}, {day.day} {ROMANIAN_MONTHS[day.month - 1]} "
            f"{day.year}, {{time}}")


def _ro_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Urmăriți Ziarul de Someș și pe Facebook pentru cele mai noi știri din "
                   "Cluj.")]
    news: list[Event] = [
        _election("2016-06-05", "🗳️ Alegeri locale 2016: rezultatele la Cluj-Napoca"),
        _election("2016-12-11", "🗳️ Alegeri parlamentare 2016: rezultatele în județul Cluj"),
        _election("2019-05-26", "🗳️ Europarlamentare și referendum: unde votez?"),
        _election("2019-11-10", "🗳️ Prezidențiale 2019, turul I: prezența la vot în Cluj"),
        _election("2019-11-24", "🗳️ Prezidențiale 2019, turul al II-lea: rezultatele live"),
        (dt.date(2020, 3, 16), dt.date(2020, 5, 15), "😷 Stare de urgență: declarația pe "
                                                      "propria răspundere și ce se poate face"),
        _election("2020-09-27", "🗳️ Alegeri locale 2020: cine câștigă Primăria Cluj-Napoca"),
        _election("2020-12-06", "🗳️ Alegeri parlamentare 2020: rezultatele în județul Cluj"),
    ]
    feasts = _around(ORTHODOX_EASTER, 2, 1, lambda _: "🥚 Hristos a Înviat! Paște fericit!")
    feasts += _yearly(1918, "12-01", 0, 0, lambda n: f"🇷🇴 La mulți ani, România! {n} de ani "
                                                       f"de la Marea Unire")
    return _timeline(base, _first_come(news, feasts))


def cluj_style() -> PublisherStyle:
    """A Romanian county news site (Cluj): a section kicker, a numeric date slot with a
    time slot turned the weekday, the date and a time slot (a wording per day, from National
    Day 2016), "Autor:" turned "de" before the name, a view count, "Publicitate" and
    "Citește și:" (turned "CITEȘTE ȘI ►" in 2018; both up to twice) inserts, a photo credit,
    a follow line turned eight votes, the 2020 state of emergency, Orthodox Easter and
    National Day with its count, a cookie line turned the GDPR notice, a comment rule, a
    copyright line, a legal notice on reprinting, a rare traffic line."""
    return PublisherStyle(
        domain="ziaruldesomes.ro", site="Ziarul de Someș", base_size=250,
        subdomains=(("www.", 100),),
        sections=("cluj", "actualitate", "economie", "sport", "cultura", "educatie"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={
            "sectiune": ("Cluj", "Actualitate", "Economie", "Sport", "Cultură", "Educație",
                         "Eveniment", "Sănătate"),
            "foto": ("arhivă", "Primăria Cluj-Napoca", "IPJ Cluj", "Facebook", "Inquam Photos",
                     "Ziarul de Someș"),
        },
        families=(
            _f("sectiune", HEADER, 0.3, (_OLD, "{sectiune}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_de} {time}"), *_daily(_ro_dated, RO_DAILY)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}"),
               (RO_BYLINE.isoformat(), "de {author}")),
            _f("vizualizari", HEADER, 0.3, (_OLD, "{count} vizualizări")),
            _f("publicitate", MIDDLE, 0.45, (_OLD, "Publicitate"), count=2),
            _f("citeste", MIDDLE, 0.4, (_OLD, "Citește și: {other_title}"),
               (RO_LINKS.isoformat(), "CITEȘTE ȘI ► {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("urmariti", FOOTER, 0.25, *_ro_follow()),
            _f("cookies", FOOTER, 0.2,
               (_OLD, "Acest site folosește cookie-uri. Continuarea navigării implică "
                "acceptarea lor."),
               (RO_GDPR.isoformat(), "Prelucrăm datele dumneavoastră cu caracter personal în "
                                     "conformitate cu Regulamentul (UE) 2016/679 (GDPR).")),
            _f("comentarii", FOOTER, 0.3,
               (_OLD, "Comentariile care conțin injurii sau atacuri la persoană vor fi "
                "șterse.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Ziarul de Someș. Toate drepturile "
                                                "rezervate.")),
            _f("preluare", FOOTER, 0.35,
               (_OLD, "Preluarea materialelor este permisă doar în limita a 500 de caractere, "
                "cu link activ către sursă.")),
            _f("trafic", FOOTER, 0.04,
               (_OLD, "🚗 Restricții de trafic pe strada Memorandumului pentru lucrări la "
                "rețeaua de apă")),
        ),
    )


# --- a US progressive commentary site that republishes other outlets ------------------------------

US_LICENSE = dt.date(2017, 1, 9)  # the reprint line named a Creative Commons licence
US_DONATE = dt.date(2018, 11, 26)  # the donation appeal was reworded
US_SOCIAL = dt.date(2020, 6, 1)  # the social line named the platforms' reach


def _us_appeal() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Get our best stories delivered to your inbox every weekday morning."),
            ("2019-04-01", "Get our best stories delivered to your inbox. It's free, and "
                           "always will be.")]
    news: list[Event] = [
        _election("2016-11-08", "🗳️ Election Day: find your polling place and know your "
                                "rights at the polls"),
        _election("2018-11-06", "🗳️ Midterms: find your polling place and know your rights "
                                "at the polls"),
        (dt.date(2020, 10, 20), dt.date(2020, 11, 4), "🗳️ Vote early, vote safely: check "
                                                       "your state's deadlines for mail "
                                                       "ballots"),
    ]
    giving = [(thanksgiving(y) + dt.timedelta(days=5), thanksgiving(y) + dt.timedelta(days=6),
               "💚 It's Giving Tuesday: every gift to independent media is matched today")
              for y in YEARS]
    giving += [(dt.date(y, 12, 15), dt.date(y + 1, 1, 1), f"💚 Our {y} year-end campaign: "
                                                         f"help us reach our goal by midnight "
                                                         f"December 31") for y in YEARS]
    return _timeline(base, _first_come(news, giving))


def commons_style() -> PublisherStyle:
    """A US progressive commentary site that republishes other outlets: a "Published on"
    date line, a "by" line with the origin outlet, a views disclaimer, an "originally
    published" line naming the same origin, a licence line turned Creative Commons in 2017,
    a pull-quote share line with the article's title, "Related:" (up to twice) and a
    "Support our work" insert, an author bio line, a donation appeal reworded in 2018, a
    newsletter line turned two votes, early voting in 2020, Giving Tuesday and the
    year-end campaign, a social line gaining the platforms' reach in 2020, a fair-use
    notice, a comment policy, a copyright line, a rare correction."""
    return PublisherStyle(
        domain="commonsledger.org", site="Commons Ledger", base_size=220,
        subdomains=(("www.", 100),),
        sections=("views", "news", "further"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "origin": ("Commons Ledger", "The Prairie Progressive", "Labor Notes Weekly",
                       "Riverside Independent", "Fair Shake Media", "The Open Ballot"),
            "bio": ("a staff writer", "a senior fellow at a policy institute", "a retired "
                    "union organizer", "an economist and columnist", "a climate reporter"),
        },
        families=(
            _f("published", HEADER, 0.7, (_OLD, "Published on {date_long}")),
            _f("by", HEADER, 0.65, (_OLD, "by {origin}")),
            _f("views", HEADER, 0.45,
               (_OLD, "Views expressed are the author's own and do not necessarily reflect "
                "those of Commons Ledger.")),
            _f("share", MIDDLE, 0.25, (_OLD, "Share this: \"{title}\"")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("support", MIDDLE, 0.25, (_OLD, "Support our work: donate today")),
            _f("bio", FOOTER, 0.45, (_OLD, "{author} is {bio}.")),
            _f("origin", FOOTER, 0.55, (_OLD, "This article originally appeared on {origin}.")),
            _f("license", FOOTER, 0.5,
               (_OLD, "Republished with permission."),
               (US_LICENSE.isoformat(), "This work is licensed under Creative Commons "
                                        "(CC BY-NC-ND 3.0). Feel free to republish and "
                                        "share widely.")),
            _f("donate", FOOTER, 0.35,
               (_OLD, "Independent media needs your support. Please make a donation today."),
               (US_DONATE.isoformat(), "We don't take corporate money. Our journalism is "
                                       "funded by readers like you: please donate.")),
            _f("newsletter", FOOTER, 0.25, *_us_appeal()),
            _f("social", FOOTER, 0.2,
               (_OLD, "Like us on Facebook and follow us on Twitter."),
               (US_SOCIAL.isoformat(), "Social media algorithms are limiting our reach. "
                                       "Bookmark this site and subscribe to our newsletter.")),
            _f("fair-use", FOOTER, 0.25,
               (_OLD, "This site may contain copyrighted material, used under the fair use "
                "doctrine for purposes of commentary and news reporting.")),
            _f("comments", FOOTER, 0.3,
               (_OLD, "Our comment policy: be civil. Comments with personal attacks or hate "
                "speech will be removed.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Commons Ledger")),
            _f("correction", FOOTER, 0.04,
               (_OLD, "Correction: an earlier version of this article misstated the date of "
                "the hearing.")),
        ),
    )


# --- a Tanzanian Swahili-language news site (Dar es Salaam) ---------------------------------------

TZ_DAILY = dt.date(2016, 1, 4)  # the long date slot turned the Swahili weekday and date
TZ_BYLINE = dt.date(2018, 2, 1)  # "Na" turned the name with the site
TZ_LINKS = dt.date(2019, 1, 7)  # "SOMA PIA:" turned "Habari zinazohusiana:"
TZ_PRICE = dt.date(2019, 7, 1)  # the e-paper price went up


def _tz_dated(day: dt.date) -> str:
    return (f"{SWAHILI_WEEKDAYS[day.weekday()]}, {SWAHILI_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def _tz_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Tufuate Instagram na Twitter kwa habari za kila saa."),
            ("2018-09-03", "Jiunge na kundi letu la WhatsApp upate habari za kila saa.")]
    news: list[Event] = [
        _election("2015-10-25", "🗳️ Uchaguzi Mkuu 2015: matokeo ya majimbo ya Dar es "
                                "Salaam"),
        _election("2019-11-24", "🗳️ Uchaguzi wa Serikali za Mitaa: fahamu kituo chako"),
        (dt.date(2020, 3, 17), dt.date(2020, 6, 1), "😷 Corona: nawa mikono kwa maji "
                                                     "tiririka na sabuni"),
        _election("2020-10-28", "🗳️ Uchaguzi Mkuu 2020: matokeo ya urais na ubunge"),
    ]
    feasts = _around(EID_FITR_TZ, 1, 1, lambda _: "🌙 Eid Mubarak! Idd el Fitr njema kwa "
                                                    "wasomaji wetu wote")
    feasts += _yearly(1961, "12-09", 0, 0, lambda n: f"🇹🇿 Miaka {n} ya Uhuru wa Tanzania "
                                                       f"Bara")
    return _timeline(base, _first_come(news, feasts))


def dar_style() -> PublisherStyle:
    """A Tanzanian Swahili-language news site (Dar es Salaam): a category kicker, a long
    date slot turned the Swahili weekday, month and day (a wording per day, from January
    2016), "Na" with a pool of writers turned the name with the site, "TANGAZO" and "SOMA
    PIA:" (turned "Habari zinazohusiana:" in 2019; both up to twice) inserts, a photo
    credit, a follow line turned a WhatsApp group in 2018, then three votes, the 2020
    hand-washing weeks, Eid al-Fitr and Independence Day with its count, an e-paper line
    raised in 2019, a comment rule, a copyright line, a rare flood line."""
    return PublisherStyle(
        domain="sautiyapwani.co.tz", site="Sauti ya Pwani", base_size=190,
        subdomains=(("", 100),),
        sections=("habari", "kitaifa", "biashara", "michezo", "burudani", "kimataifa"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={
            "kundi": ("Habari", "Kitaifa", "Biashara", "Michezo", "Burudani", "Kimataifa",
                      "Siasa", "Afya"),
            "mwandishi": ("Mwandishi Wetu", "Asha Mohamed", "Juma Mwakyusa", "Neema Kimaro",
                          "Said Hamisi"),
            "picha": ("Maktaba", "Ikulu", "Mtandao", "Sauti ya Pwani", "Polisi"),
        },
        families=(
            _f("kundi", HEADER, 0.3, (_OLD, "{kundi}")),
            _f("tarehe", HEADER, 0.8, (_OLD, "{date_long}"), *_daily(_tz_dated, TZ_DAILY)),
            _f("na", HEADER, 0.6, (_OLD, "Na {mwandishi}"),
               (TZ_BYLINE.isoformat(), "{mwandishi} | Sauti ya Pwani")),
            _f("tangazo", MIDDLE, 0.45, (_OLD, "TANGAZO"), count=2),
            _f("soma", MIDDLE, 0.4, (_OLD, "SOMA PIA: {other_title}"),
               (TZ_LINKS.isoformat(), "Habari zinazohusiana: {other_title}"), count=2),
            _f("picha", MIDDLE, 0.3, (_OLD, "PICHA: {picha}")),
            _f("tufuate", FOOTER, 0.25, *_tz_follow()),
            _f("gazeti", FOOTER, 0.2,
               (_OLD, "Soma gazeti la leo mtandaoni kwa TSh 500 tu kupitia M-Pesa."),
               (TZ_PRICE.isoformat(), "Soma gazeti la leo mtandaoni kwa TSh 700 tu kupitia "
                                      "M-Pesa au Tigo Pesa.")),
            _f("maoni", FOOTER, 0.3,
               (_OLD, "Maoni yenye matusi, uchochezi au lugha ya kibaguzi hayatachapishwa.")),
            _f("hakimiliki", FOOTER, 0.5,
               (_OLD, "Hakimiliki © {year} Sauti ya Pwani. Haki zote zimehifadhiwa.")),
            _f("mafuriko", FOOTER, 0.04,
               (_OLD, "⚠️ TMA: mvua kubwa inatarajiwa Dar es Salaam, epuka maeneo ya "
                "mabondeni")),
        ),
    )


# --- an Ethiopian Amharic-language news site (Bahir Dar) ------------------------------------------

ET_DAILY = dt.date(2015, 9, 12)  # from Enkutatash 2008 E.C., the Ethiopian date and weekday
ET_BYLINE = dt.date(2019, 9, 12)  # "ዘጋቢ:" turned the name with the site
ET_TELEGRAM = dt.date(2018, 4, 2)  # the follow line turned a Telegram channel


def _et_dated(day: dt.date) -> str:
    y, m, d = ethiopian(day)
    return f"{AMHARIC_WEEKDAYS[day.weekday()]} {ETHIOPIAN_MONTHS[m - 1]} {d} ቀን {y} ዓ.ም"


def _et_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "ለተጨማሪ መረጃ የጣና ዜና የፌስቡክ ገጽን ይከታተሉ"),
            (ET_TELEGRAM.isoformat(), "ፈጣን መረጃ ለማግኘት የጣና ዜና የቴሌግራም ቻናልን ይቀላቀሉ")]

    def new_year(y: int) -> dt.date:
        return dt.date(y, 9, 12 if (y + 1) % 4 == 0 else 11)

    news: list[Event] = [
        (dt.date(2016, 10, 9), dt.date(2016, 10, 16), "⚠️ የአስቸኳይ ጊዜ አዋጅ ታውጇል"),
        (dt.date(2020, 4, 8), dt.date(2020, 6, 8), "😷 ኮሮናን እንከላከል: እጅዎን ይታጠቡ፣ ርቀትዎን "
                                                    "ይጠብቁ"),
    ]
    feasts = [(new_year(y) - dt.timedelta(days=1), new_year(y) + dt.timedelta(days=2),
               f"🌼 እንኳን ለ{y - 7} ዓ.ም አዲስ ዓመት በሰላም አደረሳችሁ") for y in YEARS]
    feasts += _yearly(0, "01-07", 0, 1, lambda _: "🎄 እንኳን ለገና በዓል በሰላም አደረሳችሁ")
    feasts += [(new_year(y) + dt.timedelta(days=15), new_year(y) + dt.timedelta(days=18),
                "✝️ እንኳን ለመስቀል በዓል በሰላም አደረሳችሁ") for y in YEARS]
    return _timeline(base, _first_come(news, feasts))


def bahirdar_style() -> PublisherStyle:
    """An Ethiopian Amharic-language news site (Bahir Dar): a long date slot turned the
    Amharic weekday and the Ethiopian-calendar date with "ቀን" and "ዓ.ም" (a wording per day,
    from Enkutatash 2008 E.C.), "ዘጋቢ:" turned the name with the site, an ad label and
    "ተዛማጅ ዜና:" (up to twice) inserts, a photo credit, a follow line turned a Telegram
    channel in 2018, then the 2016 state of emergency, the 2020 epidemic, the Ethiopian new
    year with its year, Genna and Meskel, a comment rule, a copyright line, a rare
    power-cut line."""
    return PublisherStyle(
        domain="tanazena.com.et", site="ጣና ዜና", base_size=170,
        subdomains=(("", 100),),
        sections=("zena", "politika", "economy", "sport", "culture"),
        n_authors=2, url_path="/archives/{n}",
        pools={
            "zegabi": ("ሰለሞን ታደሰ", "ህይወት አበበ", "ዳንኤል መኮንን", "መሰረት ካሳ"),
            "foto": ("ማህደር", "ጣና ዜና", "የክልሉ ኮሙኒኬሽን", "ፌስቡክ"),
        },
        families=(
            _f("qen", HEADER, 0.8, (_OLD, "{date_long}"), *_daily(_et_dated, ET_DAILY)),
            _f("zegabi", HEADER, 0.55, (_OLD, "ዘጋቢ: {zegabi}"),
               (ET_BYLINE.isoformat(), "{zegabi} | ጣና ዜና")),
            _f("mastawekia", MIDDLE, 0.35, (_OLD, "ማስታወቂያ")),
            _f("tezamaj", MIDDLE, 0.35, (_OLD, "ተዛማጅ ዜና: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "ፎቶ: {foto}")),
            _f("teketatelu", FOOTER, 0.25, *_et_follow()),
            _f("asteyayet", FOOTER, 0.3,
               (_OLD, "አስተያየትዎ ስድብና ጥላቻ የሌለበት መሆን አለበት።")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} ጣና ዜና። መብቱ በሕግ የተጠበቀ ነው።")),
            _f("mebrat", FOOTER, 0.04,
               (_OLD, "⚡ የኤሌክትሪክ ኃይል መቋረጥ: በባሕር ዳር ከተማ አንዳንድ አካባቢዎች ነገ ከ2 እስከ 10 ሰዓት")),
        ),
    )


def heldout45_styles() -> list[PublisherStyle]:
    """The held-back-45 styles, in the order the generator hands them to publishers."""
    return [
        krakow_style(), isfahan_style(), gwangju_style(), niigata_style(), bavaria_style(),
        thessaloniki_style(), changhua_style(), pantry_style(), cluj_style(), commons_style(),
        dar_style(), bahirdar_style(),
    ]
