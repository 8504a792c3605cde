"""The ``held-back-68`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-65 set
(`tests.bench.heldout_templates_65`; a held-back-66 and a held-back-67 set were being written
at the same time by other sessions, unseen by this one). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from the earlier
sets' modules, `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. Nine publishers are news sites from places in Central and East
Asia, the Caucasus and Northern Europe no earlier set had a publisher in, large and small,
in Japanese, Mongolian, Azerbaijani, Finnish, Uzbek, Korean, Armenian, Swedish and
Icelandic, some with lines in the traditional Mongolian script, Kazakh, Uzbek Cyrillic,
Russian or Georgian; three are small specialist sites in English with lines in the local
language: a wine growers' union's press room, a trekking outfitter's blog and a bird-ringing
station's news. The families are the kinds a crawl of such sites holds: dates localised day
by day (one with the Japanese era, which turned from Heisei to Reiwa, one with Mongolian
ordinal months, one with the ISO date, some changing form or language on the day of a
redesign), numbers that change by the day, week, month or year (a countdown to the winter
Olympics and its days, a countdown to Naadam, the months since an earthquake,
which turn on the 11th, the ISO week, a Saturday weekly's issue numbers by year and in all,
exchange rates that were devalued, floated and pegged or liberalised on given days, a
ringing station's weekly totals that reset each season, a vintage line), reading times, view
counts, bylines and datelines of many shapes, update, subscriber and affiliate notices, a
cookie notice reworded on the day data-protection rules changed, editors' names that
changed, notices reworded in 2016-2020, notices that follow a calendar (votes, a typhoon, a
forest fire, a mourning period, a new era, martial law, protests, the 2020 epidemic and its
later rules, national and community days with their counts, movable feasts on the lunar,
Islamic, Western and Orthodox calendars, days on a weekday of a month or an ISO week, a
seamen's day that moves off Whit Sunday, festivals and fairs called off or moved online in
2020) and the seasons (fishing, herding, tea, cotton, beaches, ferries, puffins, passes),
other articles' titles, a tag list, a press release's end mark, multi-line blocks, mid-body
inserts (some up to two times), bare lines, and families in only 4-5% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    easter,
    orthodox_easter,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import nth_or_last_weekday as nth_weekday
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
MONGOLIAN_WEEKDAYS = ("Даваа", "Мягмар", "Лхагва", "Пүрэв", "Баасан", "Бямба", "Ням")
# The ordinal suffix of a month's number ("6 дугаар сар"), by the vowels of the numeral.
MONGOLIAN_MONTH_SUFFIXES = ("дүгээр", "дугаар", "дугаар", "дүгээр", "дугаар", "дугаар",
                            "дугаар", "дугаар", "дүгээр", "дугаар", "дүгээр", "дугаар")
AZERBAIJANI_MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust",
                      "sentyabr", "oktyabr", "noyabr", "dekabr")
AZERBAIJANI_MONTHS_CAPITALISED = ("Yanvar", "Fevral", "Mart", "Aprel", "May", "İyun", "İyul",
                                  "Avqust", "Sentyabr", "Oktyabr", "Noyabr", "Dekabr")
AZERBAIJANI_WEEKDAYS = ("bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə",
                        "şənbə", "bazar")
FINNISH_WEEKDAYS = ("ma", "ti", "ke", "to", "pe", "la", "su")
UZBEK_MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust",
                "sentabr", "oktabr", "noyabr", "dekabr")
UZBEK_WEEKDAYS = ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba",
                  "yakshanba")
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
ARMENIAN_MONTHS = ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի",
                   "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի",
                   "դեկտեմբերի")  # the genitive, as dates use it
ARMENIAN_WEEKDAYS = ("երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ",
                     "կիրակի")
GEORGIAN_WEEKDAYS = ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი",
                     "კვირა")
SWEDISH_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                  "september", "oktober", "november", "december")
SWEDISH_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
ICELANDIC_MONTHS = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst",
                    "september", "október", "nóvember", "desember")
ICELANDIC_WEEKDAYS = ("mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur",
                      "laugardagur", "sunnudagur")

# The lunar new year as Korea keeps it (Seollal) and as Mongolia keeps it (Tsagaan Sar, by
# its own calendar, a month later than the Chinese one in some years).
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
TSAGAAN_SAR = {2015: "2015-02-19", 2016: "2016-02-09", 2017: "2017-02-27", 2018: "2018-02-16",
               2019: "2019-02-05", 2020: "2020-02-24"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
# Dano, the fifth day of the fifth lunar month: the heart of Gangneung's Danoje.
DANO = {2015: "2015-06-20", 2016: "2016-06-09", 2017: "2017-05-30", 2018: "2018-06-18",
        2019: "2019-06-07", 2020: "2020-06-25"}
# The two feasts as the Caucasus Muslims' Board and Uzbekistan's muftiate announced them.
RAMAZAN_AZ = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-26", 2018: "2018-06-15",
              2019: "2019-06-05", 2020: "2020-05-24"}
QURBAN_AZ = {2015: "2015-09-24", 2016: "2016-09-13", 2017: "2017-09-01", 2018: "2018-08-22",
             2019: "2019-08-12", 2020: "2020-07-31"}
RAMAZON_UZ = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25", 2018: "2018-06-15",
              2019: "2019-06-04", 2020: "2020-05-24"}
QURBON_UZ = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
             2019: "2019-08-11", 2020: "2020-07-31"}


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def month_day_text(day: dt.date, steps: tuple[tuple[str, str], ...]) -> str:
    """The text of `steps` ((month-day, text), ... in order) in force on `day`: the last one
    whose month-day is not after `day`'s, the last of the year before the first."""
    md = f"{day:%m-%d}"
    earlier = [text for start, text in steps if start <= md]
    return earlier[-1] if earlier else steps[-1][1]


# --- a Japanese-language port town daily (Kesennuma, Miyagi) ---------------------------------

REIWA = dt.date(2019, 5, 1)  # the new era; the date turned era-first on its first day
QUAKE = dt.date(2011, 3, 11)
JP_BYLINE = dt.date(2018, 10, 1)
JP_LINKS = dt.date(2018, 11, 5)
JP_DIGITAL = dt.date(2017, 10, 2)
JP_RIGHTS = dt.date(2020, 4, 1)

JP_SEASONS = (
    ("03-01", "🌊 ワカメとメカブの収穫期です。浜の作業車にご注意ください"),
    ("06-01", "🐟 生鮮カツオの水揚げシーズン。魚市場の見学デッキへどうぞ"),
    ("08-20", "🐟 サンマ漁が解禁されました。初水揚げの情報は本紙で"),
    ("11-01", "🦪 カキの出荷が最盛期に。ノロウイルス対策もお忘れなく"),
)


def era_year(day: dt.date) -> str:
    """The era and its year on `day`: "平成28年", "令和元年" (the first year is 元)."""
    name, year = ("令和", day.year - 2018) if day >= REIWA else ("平成", day.year - 1988)
    return f"{name}{'元' if year == 1 else year}年"


def quake_months(day: dt.date) -> tuple[int, int]:
    """Whole years and months since the earthquake of 11 March 2011 on `day` (the count turns
    on the 11th)."""
    months = (day.year - QUAKE.year) * 12 + day.month - QUAKE.month - (day.day < QUAKE.day)
    return divmod(months, 12)


def minato_matsuri(y: int) -> dt.date:
    """The port festival's Saturday: the first Saturday of August."""
    return nth_weekday(y, 8, 5, 1)


def _jp_dated(day: dt.date) -> str:
    weekday = JAPANESE_WEEKDAYS[day.weekday()]
    if day < REIWA:
        return f"{day.year}年（{era_year(day)}）{day.month}月{day.day}日（{weekday}）"
    return f"{era_year(day)}（{day.year}年）{day.month}月{day.day}日 {weekday}曜日"


def jp_since(day: dt.date) -> str:
    """The line of the months since the earthquake (a wording from each 11th)."""
    years, months = quake_months(day)
    return f"🕊 東日本大震災から{years}年" + (f"{months}か月" if months else "")


def _jp_notice() -> Wordings:
    base = _steps((_OLD, "本紙のご購読と配達のお問い合わせは、お近くの販売店へ"),
                  (JP_DIGITAL.isoformat(), "📲 デジタル版がスタート。きょうの紙面をスマホで"))
    news: list[Event] = [
        _vote("2016-07-10", "🗳️ 参院選宮城選挙区、開票速報はウェブ版で", after=1),
        _vote("2017-10-22", "🗳️ 衆院選宮城6区、開票速報はウェブ版で", after=1),
        _span("2019-04-30", "2019-05-01", "🎌 新元号「令和」がスタート。新しい時代へ"),
        _vote("2019-07-21", "🗳️ 参院選宮城選挙区、開票速報はウェブ版で", after=1),
        _span("2019-10-12", "2019-10-16", "🌀 台風19号：市内の避難所と給水所の情報"),
        _span("2020-04-16", "2020-05-14", "😷 緊急事態宣言：不要不急の外出は控えましょう"),
    ]
    feasts = _yearly("01-01", 0, 2, lambda _: "🎍 謹賀新年。本年もご愛読をお願いいたします")
    feasts += _yearly("03-11", 0, 0, lambda y: f"🕊 東日本大震災から{y - 2011}年。犠牲者の"
                                               f"ご冥福をお祈りします")
    feasts += _movable(minato_matsuri, 3, 1,
                       lambda y: ("🎆 気仙沼みなとまつりは今年は中止となりました" if y == 2020
                                  else f"🎆 第{y - 1951}回気仙沼みなとまつり：交通規制の"
                                       f"お知らせ"))
    return _calendar(base, news, feasts)


def kesennuma_style() -> PublisherStyle:
    """A Japanese-language port town daily (Kesennuma, Miyagi): a section kicker, the
    Western year with the Heisei year and the weekday, turned the era first with the long
    weekday on the first day of Reiwa (a wording per day), the reporter in brackets turned
    the reporter with the beat, a bureau line from a pool of towns, a reading time,
    "関連記事：" turned "▶ あわせて読みたい" (up to twice), a sponsored-links label, a photo
    credit, the years and months since the 2011 earthquake (a wording from each 11th), a
    fishing season line, a subscription line turned the digital edition and turned by three
    votes, the new era, a typhoon and the 2020 emergency, the new year, the earthquake's
    anniversary with its count and the port festival with its count (called off in 2020), a
    rights line reworded and the publisher's address (a block), a rare tsunami advisory."""
    return PublisherStyle(
        domain="sanriku-minato.jp", site="三陸みなと新報", base_size=230,
        subdomains=(("www.", 80), ("", 20)),
        sections=("local", "minamisanriku", "fishery", "fukko", "gyosei", "sports"),
        n_authors=8, url_path="/articles/{yyyy}{mm}{dd}/{n}",
        pools={
            "bumon": ("気仙沼", "南三陸", "水産", "復興", "行政", "スポーツ", "くらし"),
            "shikyoku": ("本吉", "唐桑", "南三陸", "陸前高田", "大島"),
            "shashin": ("気仙沼市提供", "読者提供", "本社撮影", "気仙沼漁協提供", "ファイル写真"),
            "beat": ("水産", "市政", "教育", "スポーツ"),
        },
        families=(
            _f("bumon", HEADER, 0.3, (_OLD, "{bumon}")),
            _f("hizuke", HEADER, 0.8, *_by_day(_jp_dated)),
            _f("kisha", HEADER, 0.45, (_OLD, "（{author}記者）"),
               (JP_BYLINE.isoformat(), "{author}（{author_beat}担当）")),
            _f("shikyoku", HEADER, 0.15, (_OLD, "{shikyoku}支局から")),
            _f("yomu", HEADER, 0.15, (_OLD, "この記事は約{read_min}分で読めます")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "関連記事：{other_title}"),
               (JP_LINKS.isoformat(), "▶ あわせて読みたい　{other_title}"), count=2),
            _f("sponsor", MIDDLE, 0.2, (_OLD, "スポンサーリンク")),
            _f("shashin", MIDDLE, 0.2, (_OLD, "写真＝{shashin}")),
            _f("shinsai", FOOTER, 0.25, *_by_day(jp_since)),
            _f("gyokyo", FOOTER, 0.2, *_seasons(*JP_SEASONS)),
            _f("oshirase", FOOTER, 0.3, *_jp_notice()),
            _f("chosakuken", FOOTER, 0.45, (_OLD, "© {year} 三陸みなと新報社"),
               (JP_RIGHTS.isoformat(), "Copyright © 三陸みなと新報 All Rights Reserved. "
                                       "記事・写真の無断転載を禁じます")),
            _f("hakko", FOOTER, 0.35, (_OLD, "発行：三陸みなと新報社　宮城県気仙沼市"
                                             "　電話 0226-00-0000")),
            _f("tsunami", HEADER, 0.04, (_OLD, "⚠️ 津波注意報：海岸や河口から離れてください")),
        ),
    )


# --- a Mongolian-language aimag news site (Khovd, western Mongolia) ----------------------------

MN_REDESIGN = dt.date(2018, 7, 11)  # on Naadam 2018 the long date turned "Нийтэлсэн:" ISO
MN_BYLINE = dt.date(2019, 3, 11)
MN_LINKS = dt.date(2019, 6, 3)
MN_YOUTUBE = dt.date(2018, 9, 3)
MN_RIGHTS = dt.date(2019, 11, 26)

MN_SEASONS = (
    ("04-15", "🐐 Ноолуур самнах улирал: ноолуурын үнийн мэдээг манайхаас аваарай"),
    ("07-16", "☀️ Зуслангийн улирал: малчид зусландаа бууж байна"),
    ("09-15", "🍂 Намаржаа: өвс тэжээлээ цагт нь бэлтгээрэй"),
    ("11-20", "❄️ Өвөлжилт: цаг агаарын анхааруулгыг байнга шалгаж байгаарай"),
)


def naadam(y: int) -> dt.date:
    """The first day of the national Naadam."""
    return dt.date(y, 7, 11)


def mn_season(day: dt.date) -> str:
    """The herding season's line, a countdown to Naadam from 1 June (a wording per day) and a
    greeting in the games' days."""
    games = naadam(day.year)
    if dt.date(day.year, 6, 1) <= day < games:
        return f"🏇 Үндэсний их баяр наадам болоход {(games - day).days} хоног үлдлээ"
    if games <= day < games + dt.timedelta(days=5):
        return "🏇 Наадмын баярын мэнд хүргэе!"
    return month_day_text(day, MN_SEASONS)


def _mn_dated(day: dt.date) -> str:
    if day < MN_REDESIGN:
        return (f"{day.year} оны {day.month} {MONGOLIAN_MONTH_SUFFIXES[day.month - 1]} сарын "
                f"{day.day}, {MONGOLIAN_WEEKDAYS[day.weekday()]} гараг")
    return f"Нийтэлсэн: {day:%Y-%m-%d} {{time}}"


def _mn_notice() -> Wordings:
    base = _steps((_OLD, "Манай фэйсбүүк хуудсыг дагаарай"),
                  (MN_YOUTUBE.isoformat(), "▶️ YouTube сувгийг маань захиалаарай"))
    news: list[Event] = [
        _vote("2016-06-29", "🗳️ УИХ-ын сонгууль 2016: Ховд аймгийн урьдчилсан дүн", after=2),
        _vote("2017-06-26", "🗳️ Ерөнхийлөгчийн сонгууль 2017: Ховд аймгийн дүн", after=2),
        _vote("2017-07-07", "🗳️ Ерөнхийлөгчийн сонгуулийн хоёрдугаар шат: дүн", before=3,
              after=1),
        _span("2020-01-27", "2020-02-11", "😷 Сургууль, цэцэрлэгийн хичээл завсарлав: "
                                          "телевизийн хичээлийн хуваарь"),
        _span("2020-02-12", "2020-02-27", "🚫 Цагаан сарын баярыг айл хэсэж тэмдэглэхгүй "
                                          "байхыг зөвлөж байна"),
        _vote("2020-06-24", "🗳️ УИХ-ын сонгууль 2020: Ховд аймгийн урьдчилсан дүн", after=2),
        _vote("2020-10-15", "🗳️ Орон нутгийн сонгууль 2020: сумдын дүн", after=1),
        _span("2020-11-12", "2020-12-01", "😷 Бүх нийтийн бэлэн байдлын өндөржүүлсэн зэрэг: "
                                          "гэртээ байгаарай"),
    ]
    feasts = _movable(_listed(TSAGAAN_SAR), 1, 2, lambda _: "🐑 Сар шинийн баярын мэнд "
                                                            "хүргэе!")
    feasts += _movable(naadam, 0, 2, lambda y: f"🏇 Үндэсний их баяр наадам: Ардын "
                                               f"хувьсгалын {y - 1921} жилийн ой")
    feasts += _yearly("11-26", 0, 0, lambda y: f"🇲🇳 Бүгд Найрамдах Улс тунхагласны "
                                               f"{y - 1924} жилийн ой")
    feasts += _yearly("12-29", 0, 0, lambda y: f"Тусгаар тогтнолоо сэргээсний {y - 1911} "
                                               f"жилийн ой")
    return _calendar(base, news, feasts)


def khovd_style() -> PublisherStyle:
    """A Mongolian-language aimag news site (Khovd, western Mongolia): a section kicker, the
    date with the Mongolian ordinal month and the weekday, turned "Нийтэлсэн:" with the ISO
    date and the time on Naadam 2018 (a wording per day), the reporter turned "prepared
    by", a soum dateline from a pool, a script switch (Cyrillic, the traditional script,
    Kazakh), "Холбоотой мэдээ:" turned "👉 Мөн уншаарай:" (up to twice), an ad label, a
    photo credit, the herding season's line with a countdown to Naadam (a wording per day in
    June and July), a follow line turned YouTube and turned by five votes, the 2020 school
    closure, the advice against new-year visits and the 2020 lockdown, the lunar new year on
    its Mongolian days, Naadam, the republic's and independence days with their counts, a
    comments line, an ethics line and a rights line reworded (a block), a rare blizzard
    warning."""
    return PublisherStyle(
        domain="baruunkhyazgaar.mn", site="Баруун хязгаар", base_size=205,
        subdomains=(("www.", 100),),
        sections=("oron-nutag", "uls-tur", "ediin-zasag", "niigem", "sport", "mal"),
        n_authors=6, url_path="/medee/{n}",
        pools={
            "angilal": ("Орон нутаг", "Улс төр", "Эдийн засаг", "Нийгэм", "Спорт",
                        "Мал аж ахуй"),
            "sum": ("Булган", "Мянгад", "Мөнххайрхан", "Дарви", "Зэрэг", "Үенч",
                    "Эрдэнэбүрэн"),
            "zurag": ("МОНЦАМЭ", "Аймгийн ЗДТГ", "уншигч", "архив", "сурвалжлагч"),
        },
        families=(
            _f("angilal", HEADER, 0.3, (_OLD, "{angilal}")),
            _f("ognoo", HEADER, 0.8, *_by_day(_mn_dated)),
            _f("survaljlagch", HEADER, 0.45, (_OLD, "Сурвалжлагч: {author}"),
               (MN_BYLINE.isoformat(), "Мэдээг бэлтгэсэн: {author}")),
            _f("sum", HEADER, 0.15, (_OLD, "{sum} сум, Ховд аймаг")),
            _f("bichig", HEADER, 0.15, (_OLD, "Кирилл | ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ | Қазақша")),
            _f("holbootoi", MIDDLE, 0.3, (_OLD, "Холбоотой мэдээ: {other_title}"),
               (MN_LINKS.isoformat(), "👉 Мөн уншаарай: {other_title}"), count=2),
            _f("surtalchilgaa", MIDDLE, 0.2, (_OLD, "Сурталчилгаа")),
            _f("zurag", MIDDLE, 0.2, (_OLD, "Гэрэл зураг: {zurag}")),
            _f("uliral", FOOTER, 0.2, *_by_day(mn_season)),
            _f("zar", FOOTER, 0.3, *_mn_notice()),
            _f("setgegdel", FOOTER, 0.15, (_OLD, "Сэтгэгдэлд бичсэн санаа бодлыг уншигч өөрөө "
                                                 "хариуцна")),
            _f("yoszui", FOOTER, 0.35, (_OLD, "Бид Хэвлэлийн зөвлөлийн ёс зүйн дүрмийг "
                                              "баримталдаг")),
            _f("erh", FOOTER, 0.45, (_OLD, "© {year} Баруун хязгаар"),
               (MN_RIGHTS.isoformat(), "© {year} Баруун хязгаар. Мэдээллийг эх сурвалжийг "
                                       "дурдан ашиглана уу")),
            _f("shuurga", HEADER, 0.04, (_OLD, "⚠️ Цасан шуурга: Ховд–Улаанбаатар чиглэлийн "
                                               "автобус түр зогслоо")),
        ),
    )


# --- an Azerbaijani-language regional news site (Lankaran, the south) --------------------------

AZ_REDESIGN = dt.date(2018, 5, 28)  # on the republic's centenary the time moved first
AZ_BYLINE = dt.date(2019, 2, 4)
AZ_LINKS = dt.date(2019, 9, 2)
AZ_INSTAGRAM = dt.date(2018, 11, 9)
AZ_RIGHTS = dt.date(2020, 1, 20)
AZ_DEVALUED = dt.date(2015, 2, 21)  # the manat's first devaluation (a Saturday)
AZ_FLOATED = dt.date(2015, 12, 21)  # the manat floated (a Monday): a new rate each Monday
AZ_STEADY = dt.date(2017, 4, 3)  # the rate held at 1.7000 from here

AZ_SEASONS = (
    ("04-25", "🍃 Çay yığımı başladı: bölgənin plantasiyalarından reportajlar"),
    ("07-01", "🏖️ Çimərlik mövsümü: Xəzər sahilində təhlükəsizlik qaydalarına əməl edin"),
    ("09-15", "🍊 Sitrus mövsümü: Lənkəran bazarında qiymətlər"),
    ("12-01", "❄️ Qış mövsümü: Lerik yollarında sürüşkənliyə diqqət edin"),
)


def az_manat(day: dt.date) -> float:
    """Manats a US dollar bought on `day` at the central bank's rate: pegged, devalued, then
    floating (a rate per week) until it held at 1.70."""
    if day < AZ_DEVALUED:
        return 0.7844
    if day < AZ_FLOATED:
        return 1.05
    if day < AZ_STEADY:
        k = (latest(day, 0) - AZ_FLOATED).days // 7
        return (1.55 + 0.15 * k / 67 + 0.25 * math.sin(math.pi * k / 67)
                + 0.006 * math.sin(1.7 * k))
    return 1.7


def az_rate(day: dt.date) -> str:
    return f"💵 Mərkəzi Bankın rəsmi məzənnəsi: 1 USD = {az_manat(day):.4f} AZN"


def _az_dated(day: dt.date) -> str:
    if day < AZ_REDESIGN:
        return (f"{day.day} {AZERBAIJANI_MONTHS[day.month - 1]} {day.year}, "
                f"{AZERBAIJANI_WEEKDAYS[day.weekday()]}")
    return f"{{time}} · {day.day} {AZERBAIJANI_MONTHS_CAPITALISED[day.month - 1]} {day.year}"


def _az_notice() -> Wordings:
    base = _steps((_OLD, "Bizi Facebook-da izləyin"),
                  (AZ_INSTAGRAM.isoformat(), "📸 Instagram səhifəmizə abunə olun"))
    news: list[Event] = [
        _vote("2015-11-01", "🗳️ Milli Məclisə seçkilər: Lənkəran dairəsinin nəticələri",
              after=2),
        _vote("2016-09-26", "🗳️ Referendum: Konstitusiyaya dəyişikliklər səsə qoyulur",
              before=4, after=1),
        _vote("2018-04-11", "🗳️ Prezident seçkiləri: bölgədə səsvermənin gedişi", after=2),
        _vote("2019-12-23", "🗳️ Bələdiyyə seçkiləri: Lənkəranda nəticələr", after=2),
        _vote("2020-02-09", "🗳️ Növbədənkənar parlament seçkiləri: nəticələr", after=2),
        _span("2020-03-24", "2020-08-31", "😷 Xüsusi karantin rejimi: evdə qalın, çölə "
                                          "çıxmaq üçün SMS icazəsi alın"),
        _span("2020-09-27", "2020-11-10", "🇦🇿 Hərbi vəziyyət: yalnız rəsmi məlumatlara "
                                          "etibar edin"),
    ]
    feasts = _yearly("03-20", 1, 3, lambda _: "🌷 Novruz bayramınız mübarək!")
    feasts += _movable(_listed(RAMAZAN_AZ), 1, 1, lambda _: "🌙 Ramazan bayramınız mübarək!")
    feasts += _movable(_listed(QURBAN_AZ), 1, 1, lambda _: "🐑 Qurban bayramınız mübarək "
                                                           "olsun!")
    feasts += _yearly("05-28", 0, 0, lambda y: f"🇦🇿 Respublika Günü: Xalq Cümhuriyyətinin "
                                               f"{y - 1918} illiyi")
    feasts += _yearly("06-15", 0, 0, lambda y: f"Milli Qurtuluş Günü: {y - 1993} il")
    feasts += _yearly("12-31", 0, 1, lambda _: "🎄 Dünya Azərbaycanlılarının Həmrəylik Günü və "
                                               "Yeni iliniz mübarək!")
    return _calendar(base, news, feasts)


def lankaran_style() -> PublisherStyle:
    """An Azerbaijani-language regional news site (Lankaran, the south): a section kicker,
    the date with the weekday, turned the time first and a capitalised month on the
    republic's centenary (a wording per day), "Müəllif:" turned "Hazırladı:", a pinned
    district from a pool, a view count, "Oxşar xəbərlər:" turned "Bu da maraqlı ola bilər
    →" (up to twice), an ad label, a picture credit, the central bank's rate (pegged,
    devalued on a Saturday, floating a week at a time, then held), a season line (tea,
    beaches, citrus, winter roads), a follow line turned Instagram and turned by five votes,
    the 2020 quarantine and martial law, Novruz, the two feasts, the republic's and the
    salvation days with their counts and the new year, a comments disclaimer, a rights line
    reworded, a rare wind warning."""
    return PublisherStyle(
        domain="cenubsedasi.az", site="Cənub Sədası", base_size=180,
        subdomains=(("www.", 70), ("", 30)),
        sections=("bolge", "lenkeran", "siyaset", "iqtisadiyyat", "cemiyyet", "idman"),
        n_authors=5, url_path="/xeber/{n}-{slug}",
        pools={
            "bolme": ("Bölgə", "Lənkəran", "Siyasət", "İqtisadiyyat", "Cəmiyyət", "İdman"),
            "rayon": ("Astara", "Lerik", "Masallı", "Yardımlı", "Cəlilabad", "Biləsuvar"),
            "sekil": ("AZƏRTAC", "Lənkəran RİH", "arxiv", "oxucu", "sosial şəbəkələr"),
        },
        families=(
            _f("bolme", HEADER, 0.3, (_OLD, "{bolme}")),
            _f("tarix", HEADER, 0.8, *_by_day(_az_dated)),
            _f("muellif", HEADER, 0.45, (_OLD, "Müəllif: {author}"),
               (AZ_BYLINE.isoformat(), "Hazırladı: {author}")),
            _f("rayon", HEADER, 0.15, (_OLD, "📍 {rayon}")),
            _f("baxis", HEADER, 0.35, (_OLD, "👁 {count} baxış")),
            _f("oxsar", MIDDLE, 0.3, (_OLD, "Oxşar xəbərlər: {other_title}"),
               (AZ_LINKS.isoformat(), "Bu da maraqlı ola bilər → {other_title}"), count=2),
            _f("reklam", MIDDLE, 0.2, (_OLD, "Reklam")),
            _f("sekil", MIDDLE, 0.2, (_OLD, "Şəkil: {sekil}")),
            _f("mezenne", FOOTER, 0.2, *_by_day(az_rate)),
            _f("movsum", FOOTER, 0.15, *_seasons(*AZ_SEASONS)),
            _f("elan", FOOTER, 0.3, *_az_notice()),
            _f("serhler", FOOTER, 0.15, (_OLD, "Şərhlərdəki fikirlər redaksiyanın mövqeyini əks "
                                               "etdirmir")),
            _f("huquq", FOOTER, 0.45, (_OLD, "© {year} Cənub Sədası. Bütün hüquqlar qorunur."),
               (AZ_RIGHTS.isoformat(), "© 2012–{year} Cənub Sədası | Materiallardan istifadə "
                                       "edərkən istinad mütləqdir")),
            _f("kulek", HEADER, 0.04, (_OLD, "⚠️ Güclü şimal küləyi: Xəzərdə dalğaların "
                                             "hündürlüyü 3 metrə çatacaq")),
        ),
    )


# --- a Finnish-language lakeland news site (Savonlinna, South Savo) ----------------------------

FI_REDESIGN = dt.date(2017, 12, 6)  # on the centenary the short weekday turned "Julkaistu"
FI_BYLINE = dt.date(2018, 9, 3)
FI_LINKS = dt.date(2019, 10, 7)
FI_NEWSLETTER = dt.date(2018, 3, 12)
FI_RIGHTS = dt.date(2019, 6, 3)
FI_EDITOR = dt.date(2018, 1, 2)

FI_BOATS = (
    ("01-15", "⛸️ Retkiluistelurata Pihlajavedellä: tarkista jäätilanne ennen lähtöä"),
    ("05-25", "⛴️ Laivakausi alkoi: risteilyt lähtevät Savonlinnan satamasta päivittäin"),
    ("09-01", "⛴️ Syysaikataulu: risteilyt enää viikonloppuisin"),
    ("10-15", "🍂 Laivakausi on päättynyt, nähdään taas keväällä"),
)
# The Savonlinna Opera Festival's first nights (none in 2020).
OPERA = {2015: "2015-07-03", 2016: "2016-07-08", 2017: "2017-07-07", 2018: "2018-07-06",
         2019: "2019-07-05"}


def _fi_dated(day: dt.date) -> str:
    if day < FI_REDESIGN:
        return f"{FINNISH_WEEKDAYS[day.weekday()]} {day.day}.{day.month}.{day.year}"
    return f"Julkaistu {day.day}.{day.month}.{day.year} klo {{time}}"


def fi_week(day: dt.date) -> str:
    """The ISO week's number (a wording per week, from each Monday)."""
    return f"📅 Viikko {day.isocalendar()[1]}"


def _fi_notice() -> Wordings:
    base = _steps((_OLD, "Tykkää meistä Facebookissa ja seuraa Instagramissa"),
                  (FI_NEWSLETTER.isoformat(), "📧 Tilaa uutiskirje: päivän tärkeimmät jutut "
                                              "sähköpostiisi joka aamu"))
    news: list[Event] = [
        _vote("2015-04-19", "🗳️ Eduskuntavaalit 2015: näin Itä-Savo äänesti", after=2),
        _vote("2017-04-09", "🗳️ Kuntavaalit 2017: Savonlinnan valtuustoon valitut", after=2),
        _vote("2018-01-28", "🗳️ Presidentinvaali 2018: tulos Savonlinnassa", after=1),
        _vote("2019-04-14", "🗳️ Eduskuntavaalit 2019: näin Itä-Savo äänesti", after=2),
        _vote("2019-05-26", "🗳️ Eurovaalit 2019: tulos Savonlinnassa", before=4, after=1),
        _span("2020-03-16", "2020-05-13", "😷 Poikkeusolot: noudata viranomaisten ohjeita ja "
                                          "pese kädet"),
        _span("2020-07-01", "2020-07-05", "🎭 Oopperajuhlat 2020 on peruttu: ostetut liput "
                                          "hyvitetään"),
    ]
    feasts = _yearly("02-28", 0, 0, lambda _: "📖 Kalevalan päivä, suomalaisen kulttuurin "
                                              "päivä")
    feasts += _yearly("05-01", 1, 0, lambda _: "🎈 Hauskaa vappua kaikille lukijoille!")
    feasts += _movable(_listed(OPERA), 2, 0, lambda y: f"🎭 Savonlinnan Oopperajuhlat {y} "
                                                       f"alkavat: liikennejärjestelyt "
                                                       f"Olavinlinnan ympärillä")
    feasts += _yearly("12-06", 0, 0, lambda y: ("🇫🇮 Suomi 100: hyvää itsenäisyyspäivää!"
                                                if y == 2017 else
                                                "🕯️ Hyvää itsenäisyyspäivää! Sytytä kaksi "
                                                "kynttilää ikkunalle kello 18"))
    return _calendar(base, news, feasts)


def savonlinna_style() -> PublisherStyle:
    """A Finnish-language lakeland news site (Savonlinna, South Savo): a section kicker, the
    short weekday and the date, turned "Julkaistu" with the time on the centenary of
    independence (a wording per day), the ISO week's number (a wording per week), the
    reporter turned words and pictures, a subscribers' badge, an updated-at line on a few
    pages, "Lue myös:" turned "📰 Aiheesta aiemmin:" (up to twice), an ad label, a photo
    credit, the lake's season line (skating, steamers, autumn), a follow line turned a
    newsletter and turned by five votes, the 2020 emergency and the cancelled opera
    festival, Kalevala day, May day, the opera festival's first nights and independence day
    (the centenary its own), a rights line reworded and the editor-in-chief's line, whose
    name changed (a block), a rare forest-fire warning."""
    return PublisherStyle(
        domain="olavinuutiset.fi", site="Olavin Uutiset", base_size=160,
        subdomains=(("www.", 100),),
        sections=("uutiset", "savonlinna", "kulttuuri", "urheilu", "mielipide", "saimaa"),
        n_authors=5, url_path="/uutiset/art-{n}",
        pools={
            "osasto": ("Uutiset", "Savonlinna", "Kulttuuri", "Urheilu", "Mielipide", "Saimaa"),
            "kuva": ("Arkisto", "Lukijan kuva", "Savonlinnan kaupunki", "Metsähallitus",
                     "Oopperajuhlat"),
        },
        families=(
            _f("osasto", HEADER, 0.3, (_OLD, "{osasto}")),
            _f("pvm", HEADER, 0.75, *_by_day(_fi_dated)),
            _f("viikko", HEADER, 0.25, *_by_day(fi_week)),
            _f("toimittaja", HEADER, 0.45, (_OLD, "Toimittaja {author}"),
               (FI_BYLINE.isoformat(), "Teksti ja kuvat: {author}")),
            _f("tilaajille", HEADER, 0.2, (_OLD, "Tilaajille")),
            _f("paivitetty", HEADER, 0.08, (_OLD, "Juttua on päivitetty klo {time}.")),
            _f("lue", MIDDLE, 0.3, (_OLD, "Lue myös: {other_title}"),
               (FI_LINKS.isoformat(), "📰 Aiheesta aiemmin: {other_title}"), count=2),
            _f("mainos", MIDDLE, 0.2, (_OLD, "Mainos")),
            _f("kuva", MIDDLE, 0.2, (_OLD, "Kuva: {kuva}")),
            _f("laivat", FOOTER, 0.2, *_seasons(*FI_BOATS)),
            _f("ilmoitus", FOOTER, 0.3, *_fi_notice()),
            _f("oikeudet", FOOTER, 0.4, (_OLD, "© Olavin Uutiset {year}"),
               (FI_RIGHTS.isoformat(), "© {year} Olavin Uutiset · Sisällön kopioiminen ilman "
                                       "lupaa on kielletty")),
            _f("paatoimittaja", FOOTER, 0.35, (_OLD, "Vastaava päätoimittaja Hilkka Pesonen"),
               (FI_EDITOR.isoformat(), "Vastaava päätoimittaja Juho Karppinen · Noudatamme "
                                       "Journalistin ohjeita")),
            _f("metsapalo", HEADER, 0.04, (_OLD, "🔥 Metsäpalovaroitus Etelä-Savossa: älä "
                                                 "sytytä avotulta")),
        ),
    )


# --- an Uzbek-language news site in Latin script with Cyrillic lines (Namangan) ---------------

UZ_REDESIGN = dt.date(2019, 10, 21)  # on the Uzbek language day the year moved first
UZ_BYLINE = dt.date(2019, 4, 1)
UZ_LINKS = dt.date(2018, 12, 10)
UZ_INSTAGRAM = dt.date(2019, 2, 1)
UZ_RIGHTS = dt.date(2019, 10, 21)
UZ_JUMP = dt.date(2017, 9, 5)  # the som was freed: the official rate nearly doubled

# Soms a US dollar bought at the central bank's rate (linear between the days listed).
UZS_PER_USD = (
    (dt.date(2015, 1, 1), 2422.0), (dt.date(2016, 1, 1), 2810.0),
    (dt.date(2017, 1, 1), 3231.0), (dt.date(2017, 9, 4), 4210.0), (UZ_JUMP, 8100.0),
    (dt.date(2018, 1, 1), 8120.0), (dt.date(2019, 1, 1), 8340.0),
    (dt.date(2020, 1, 1), 9510.0), (dt.date(2021, 1, 1), 10480.0),
    (dt.date(2022, 1, 1), 10840.0),
)

UZ_SEASONS = (
    ("03-01", "🌷 Bahor: bogʻlarda ishlov berish va ekish mavsumi"),
    ("05-10", "🌸 Gullar sayli arafasida: Namangan bogʻlari mehmonlarni kutmoqda"),
    ("09-05", "🧺 Paxta yigʻim-terimi mavsumi: viloyatdagi ishlar haqida"),
    ("11-20", "🔥 Isitish mavsumi: gaz va elektrdan tejab foydalaning"),
)


def uz_rate_day(day: dt.date) -> dt.date:
    """The day whose rate `day` shows: the week's Monday, or the day the som was freed in
    that week."""
    monday = latest(day, 0)
    return UZ_JUMP if monday < UZ_JUMP <= day else monday


def uz_som(day: dt.date) -> float:
    """The official rate on `day` (linear between the listed days)."""
    if day <= UZS_PER_USD[0][0]:
        return UZS_PER_USD[0][1]
    for (d0, v0), (d1, v1) in zip(UZS_PER_USD, UZS_PER_USD[1:], strict=False):
        if d0 <= day < d1:
            return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
    return UZS_PER_USD[-1][1]


def uz_rate(day: dt.date) -> str:
    amount = f"{uz_som(uz_rate_day(day)):,.2f}".replace(",", " ").replace(".", ",")
    return f"💱 Markaziy bank kursi: 1 AQSh dollari = {amount} soʻm"


def gullar_sayli(y: int) -> dt.date | None:
    """The flower festival's day: the last Saturday of May (none in 2020)."""
    return nth_weekday(y, 5, 5, -1) if y != 2020 else None


def _uz_dated(day: dt.date) -> str:
    month = UZBEK_MONTHS[day.month - 1]
    if day < UZ_REDESIGN:
        return f"{day.day}-{month}, {day.year}-yil, {UZBEK_WEEKDAYS[day.weekday()]}"
    return f"{day.year}-yil {day.day}-{month} | {{time}}"


def _uz_notice() -> Wordings:
    base = _steps((_OLD, "Yangiliklarni Telegram kanalimizda kuzatib boring"),
                  (UZ_INSTAGRAM.isoformat(), "📲 Endi Instagramda ham bormiz: obuna boʻling!"))
    news: list[Event] = [
        _span("2016-09-02", "2016-09-04", "🕊 Motam kunlari: Birinchi Prezident xotirasiga"),
        _vote("2016-12-04", "🗳️ Prezident saylovi: viloyatdagi ovoz berish yakunlari",
              after=2),
        _vote("2019-12-22", "🗳️ Oliy Majlis va mahalliy kengashlar saylovi: natijalar",
              after=2),
        _span("2020-03-24", "2020-05-31", "😷 Karantin: uyda qoling, oʻzingizni va "
                                          "yaqinlaringizni asrang"),
        _span("2020-07-10", "2020-08-15", "😷 Karantin qayta kuchaytirildi: toʻy va "
                                          "marosimlar taqiqlangan"),
    ]
    feasts = _yearly("03-21", 1, 1, lambda _: "🌷 Navroʻz bayrami muborak!")
    feasts += _yearly("09-01", 0, 0, lambda y: f"🇺🇿 Mustaqilligimizning {y - 1991} yilligi "
                                               f"muborak!")
    feasts += _movable(_listed(RAMAZON_UZ), 1, 1, lambda _: "🌙 Ramazon hayitingiz muborak "
                                                            "boʻlsin!")
    feasts += _movable(_listed(QURBON_UZ), 1, 2, lambda _: "🐑 Qurbon hayitingiz muborak!")
    feasts += _movable(gullar_sayli, 2, 1, lambda y: f"🌸 Namangan gullar sayli {y}: dastur "
                                                     f"va manzillar")
    feasts += _yearly("10-01", 0, 0, lambda _: "Ustoz va murabbiylar kuni muborak!")
    feasts += _yearly("12-08", 0, 0, lambda y: f"Konstitutsiya kuni: Asosiy qonunimiz qabul "
                                               f"qilinganiga {y - 1992} yil")
    return _calendar(base, news, feasts)


def namangan_style() -> PublisherStyle:
    """An Uzbek-language news site in Latin script with Cyrillic lines (Namangan, the
    Fergana valley): a rubric kicker, the date with the year and the weekday, turned the
    year first with the time on the Uzbek language day 2019 (a wording per day), "Muallif:"
    turned the writer as correspondent, a script switch (Latin, Cyrillic, Russian),
    "Mavzuga oid:" turned "🔗 Shuningdek oʻqing:" (up to twice), an ad label, a picture
    credit, the central bank's rate of the som (a wording per week, and one from the day it
    was freed), a season line (spring, the flower festival, cotton, heating), a follow line
    turned Instagram and turned by a mourning period, two votes and the 2020 quarantines,
    Navroʻz, independence with its count (winning over a feast in 2017), the two feasts,
    the flower festival on the last Saturday of May (none in 2020), teachers' day and the
    constitution's day with its count, a report-a-typo line, a rights line reworded and the
    registration line (a block), a rare mudflow warning."""
    return PublisherStyle(
        domain="namangantongi.uz", site="Namangan tongi", base_size=140,
        subdomains=(("www.", 60), ("", 40)),
        sections=("jamiyat", "viloyat", "iqtisodiyot", "siyosat", "sport", "madaniyat"),
        n_authors=4, url_path="/uz/news/{n}",
        pools={
            "rukn": ("Jamiyat", "Viloyat", "Iqtisodiyot", "Siyosat", "Sport", "Madaniyat"),
            "surat": ("UzA", "viloyat hokimligi", "muallif", "arxiv", "Telegram"),
        },
        families=(
            _f("rukn", HEADER, 0.3, (_OLD, "{rukn}")),
            _f("sana", HEADER, 0.75, *_by_day(_uz_dated)),
            _f("muallif", HEADER, 0.45, (_OLD, "Muallif: {author}"),
               (UZ_BYLINE.isoformat(), "{author}, muxbir")),
            _f("yozuv", HEADER, 0.15, (_OLD, "Oʻzbekcha | Ўзбекча | Русский")),
            _f("mavzu", MIDDLE, 0.3, (_OLD, "Mavzuga oid: {other_title}"),
               (UZ_LINKS.isoformat(), "🔗 Shuningdek oʻqing: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "Reklama")),
            _f("surat", MIDDLE, 0.2, (_OLD, "Surat: {surat}")),
            _f("kurs", FOOTER, 0.2, *_by_day(uz_rate)),
            _f("mavsum", FOOTER, 0.15, *_seasons(*UZ_SEASONS)),
            _f("elon", FOOTER, 0.3, *_uz_notice()),
            _f("xato", FOOTER, 0.2, (_OLD, "Xato topdingizmi? Uni belgilab, Ctrl+Enter "
                                           "tugmalarini bosing")),
            _f("huquq", FOOTER, 0.45, (_OLD, "© {year} Namangan tongi. Barcha huquqlar "
                                             "himoyalangan."),
               (UZ_RIGHTS.isoformat(), "© {year} Namangan tongi — materiallardan "
                                       "foydalanilganda havola majburiy")),
            _f("guvohnoma", FOOTER, 0.35, (_OLD, "OAV sifatida roʻyxatga olingan, guvohnoma "
                                                 "№ 1187")),
            _f("sel", HEADER, 0.04, (_OLD, "⚠️ Sel xavfi: Chortoq va Kosonsoy soylari yaqinida "
                                           "ehtiyot boʻling")),
        ),
    )


# --- a Korean-language east coast city daily (Gangneung, Gangwon) ----------------------------

KR_REDESIGN = dt.date(2018, 2, 9)  # on the Olympics' opening day the date turned "입력"
KR_BYLINE = dt.date(2019, 7, 1)
KR_LINKS = dt.date(2019, 3, 4)
KR_KAKAO = dt.date(2018, 10, 1)
KR_RIGHTS = dt.date(2020, 1, 2)
OLYMPICS = (dt.date(2018, 2, 9), dt.date(2018, 2, 25))
PARALYMPICS = (dt.date(2018, 3, 9), dt.date(2018, 3, 18))

KR_BEACH = (
    ("07-10", "🏖️ 경포해수욕장 개장: 물놀이 안전수칙을 꼭 지켜 주세요"),
    ("08-24", "🏖️ 해수욕장 폐장: 안전요원이 없으니 입수를 삼가 주세요"),
    ("10-15", "🍁 단풍철 대관령 옛길: 주말 교통 혼잡에 유의하세요"),
    ("12-01", "❄️ 대관령 구간 결빙 주의: 월동 장구를 준비하세요"),
)


def kr_games(day: dt.date) -> str:
    """The winter games' countdown and days (a wording per day until the Paralympics end),
    then the venues' legacy line."""
    if day < OLYMPICS[0]:
        return f"🏅 2018 평창동계올림픽 D-{(OLYMPICS[0] - day).days}"
    if day <= OLYMPICS[1]:
        return f"🏅 평창동계올림픽 {(day - OLYMPICS[0]).days + 1}일째: 강릉 빙상 경기 일정"
    if day < PARALYMPICS[0]:
        return f"♿ 평창동계패럴림픽 D-{(PARALYMPICS[0] - day).days}"
    if day <= PARALYMPICS[1]:
        return f"♿ 평창동계패럴림픽 {(day - PARALYMPICS[0]).days + 1}일째"
    return "🏟️ 올림픽 유산: 강릉올림픽파크 경기장 시설 개방 안내"


def _kr_dated(day: dt.date) -> str:
    if day < KR_REDESIGN:
        return f"{day.year}년 {day.month:02d}월 {day.day:02d}일 ({KOREAN_WEEKDAYS[day.weekday()]})"
    return f"입력 {day:%Y.%m.%d} {{time}}"


def _kr_notice() -> Wordings:
    base = _steps((_OLD, "페이스북에서 강릉 소식을 만나보세요"),
                  (KR_KAKAO.isoformat(), "📲 카카오톡 채널을 추가하고 제보해 주세요"))
    news: list[Event] = [
        _vote("2016-04-13", "🗳️ 제20대 국회의원 선거 강릉 개표 결과", after=1),
        _vote("2017-05-09", "🗳️ 제19대 대통령 선거 개표 현황", after=1),
        _span("2018-02-09", "2018-02-25", "🏅 평창동계올림픽 기간: 강릉 도심 교통 통제 안내"),
        _span("2018-03-09", "2018-03-18", "♿ 평창동계패럴림픽 기간: 셔틀버스 노선 안내"),
        _vote("2018-06-13", "🗳️ 6·13 지방선거: 강릉시장 개표 결과", after=1),
        _span("2019-04-04", "2019-04-10", "🔥 옥계 산불: 이재민 지원과 성금 안내"),
        _span("2020-02-23", "2020-05-05", "😷 코로나19 위기경보 '심각': 마스크를 착용해 주세요"),
        _vote("2020-04-15", "🗳️ 제21대 국회의원 선거 강릉 개표 결과", after=1),
    ]
    feasts = _movable(_listed(SEOLLAL), 1, 1, lambda _: "🧧 새해 복 많이 받으세요!")
    feasts += _movable(_listed(CHUSEOK), 1, 1, lambda _: "🌕 풍성하고 넉넉한 한가위 보내세요")
    feasts += _movable(_listed(DANO), 3, 3,
                       lambda y: ("🎭 강릉단오제 2020: 올해는 온라인으로 만나요" if y == 2020
                                  else f"🎭 {y} 강릉단오제 개막: 남대천 단오장 교통 통제"))
    feasts += _yearly("08-15", 0, 0, lambda y: f"🇰🇷 광복 {y - 1945}주년")
    return _calendar(base, news, feasts)


def gangneung_style() -> PublisherStyle:
    """A Korean-language east coast city daily (Gangneung, Gangwon): a section kicker, the
    date with the weekday, turned "입력" with a dotted date and the time on the winter
    Olympics' opening day (a wording per day), the reporter turned words and pictures,
    "관련기사 ▶" turned "[함께 보면 좋은 기사]" (up to twice), an ad label, a photo credit,
    the countdown to the winter games and their days (a wording per day until the
    Paralympics end, then a legacy line), a beach and mountain season line, a follow line
    turned KakaoTalk and turned by four votes, the games, a forest fire and the 2020
    epidemic, Seollal, Chuseok, Danoje (online in 2020) and liberation day with its count, a
    tips line, a rights line reworded and the registration line (a block), a rare swell
    warning."""
    return PublisherStyle(
        domain="gangneungbada.co.kr", site="강릉바다신문", base_size=120,
        subdomains=(("www.", 100),),
        sections=("society", "politics", "economy", "culture", "sports", "tour"),
        n_authors=4, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("사회", "정치", "경제", "문화", "스포츠", "관광"),
            "sajin": ("강릉시 제공", "강원도청 제공", "독자 제공", "연합뉴스", "자료사진"),
        },
        families=(
            _f("bunya", HEADER, 0.3, (_OLD, "{bunya}")),
            _f("ipryeok", HEADER, 0.75, *_by_day(_kr_dated)),
            _f("gija", HEADER, 0.45, (_OLD, "{author} 기자"),
               (KR_BYLINE.isoformat(), "글·사진 {author} 기자")),
            _f("gwanryeon", MIDDLE, 0.3, (_OLD, "관련기사 ▶ {other_title}"),
               (KR_LINKS.isoformat(), "[함께 보면 좋은 기사] {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.2, (_OLD, "광고")),
            _f("sajin", MIDDLE, 0.2, (_OLD, "사진 = {sajin}")),
            _f("olympic", FOOTER, 0.2, *_by_day(kr_games)),
            _f("haebyeon", FOOTER, 0.15, *_seasons(*KR_BEACH)),
            _f("allim", FOOTER, 0.3, *_kr_notice()),
            _f("jebo", FOOTER, 0.25, (_OLD, "제보·보도자료: news@{domain} · 033-000-0000")),
            _f("jeojakgwon", FOOTER, 0.45, (_OLD, "저작권자 © 강릉바다신문 무단전재 및 "
                                                  "재배포 금지"),
               (KR_RIGHTS.isoformat(), "ⓒ 강릉바다신문({domain}), 무단 전재·재배포 금지")),
            _f("deungnok", FOOTER, 0.3, (_OLD, "인터넷신문 등록번호 강원 아00123 · 발행·편집인 "
                                               "최영숙 · 청소년보호책임자 김도윤")),
            _f("neoul", HEADER, 0.04, (_OLD, "🌊 풍랑경보: 너울성 파도에 해안가 접근을 자제해 "
                                             "주세요")),
        ),
    )


# --- an Armenian-language weekly of Javakheti with Georgian lines (Akhalkalaki, Georgia) -----

HY_ISSUE_ZERO = (dt.date(2015, 1, 3), 601)  # a Saturday and its issue's running number
HY_REDESIGN = dt.date(2019, 9, 21)  # on Armenia's independence day the date turned numeric
HY_BYLINE = dt.date(2018, 5, 7)
HY_LINKS = dt.date(2019, 4, 1)
HY_FACEBOOK = dt.date(2018, 1, 6)
HY_RIGHTS = dt.date(2020, 1, 13)


def hy_saturday(day: dt.date) -> dt.date:
    """The Saturday of `day`'s issue: the latest Saturday on or before `day`."""
    return latest(day, 5)


def hy_issue(saturday: dt.date) -> int:
    """The running number of the issue of `saturday` (a Saturday)."""
    return HY_ISSUE_ZERO[1] + (saturday - HY_ISSUE_ZERO[0]).days // 7


def hy_issue_of_year(saturday: dt.date) -> int:
    """The number of the issue of `saturday` in its year (the first Saturday's is 1)."""
    first = nth_weekday(saturday.year, 1, 5, 1)
    return (saturday - first).days // 7 + 1


def vardavar(y: int) -> dt.date:
    """Vardavar: the fourteenth Sunday after Easter (98 days on)."""
    return easter(y) + dt.timedelta(days=98)


def _hy_issue_line(day: dt.date) -> str:
    saturday = hy_saturday(day)
    return (f"№ {hy_issue_of_year(saturday)} ({hy_issue(saturday)}) · {saturday.day} "
            f"{ARMENIAN_MONTHS[saturday.month - 1]} {saturday.year} թ.")


def _hy_dated(day: dt.date) -> str:
    if day < HY_REDESIGN:
        return (f"{day.year} թ. {ARMENIAN_MONTHS[day.month - 1]} {day.day}, "
                f"{ARMENIAN_WEEKDAYS[day.weekday()]}")
    return f"{day:%d.%m.%Y} · {GEORGIAN_WEEKDAYS[day.weekday()]}"


def _hy_notice() -> Wordings:
    base = _steps((_OLD, "Բաժանորդագրվեք թերթին Ջավախքի փոստային բաժանմունքներում"),
                  (HY_FACEBOOK.isoformat(), "📲 Հետևեք մեզ Facebook-ում. լուրերն՝ առաջինը"))
    news: list[Event] = [
        _vote("2016-10-08", "🗳️ Վրաստանի խորհրդարանական ընտրություններ. արդյունքներն "
                            "Ախալքալաքում", after=2),
        _vote("2017-10-21", "🗳️ Տեղական ընտրություններ. քաղաքապետի թեկնածուները", after=2),
        _vote("2018-10-28", "🗳️ Վրաստանի նախագահական ընտրություններ. առաջին փուլ", after=1),
        _vote("2018-11-28", "🗳️ Նախագահական ընտրությունների երկրորդ փուլ", before=4, after=1),
        _span("2020-03-21", "2020-05-22", "😷 Արտակարգ դրություն / საგანგებო მდგომარეობა. "
                                          "մնացեք տանը"),
        _vote("2020-10-31", "🗳️ Խորհրդարանական ընտրություններ 2020. արդյունքները", after=2),
    ]
    feasts = _yearly("01-06", 0, 0, lambda _: "🎄 Քրիստոս ծնավ և հայտնեցավ. Ձեզ և մեզ մեծ "
                                              "ավետիս")
    feasts += _movable(easter, 0, 0, lambda _: "🕊 Քրիստոս հարյավ ի մեռելոց")
    feasts += _yearly("04-24", 0, 0, lambda y: f"🕯 Ապրիլի 24. Հայոց ցեղասպանության "
                                               f"{y - 1915}-րդ տարելից")
    feasts += _yearly("05-26", 0, 0, lambda _: "🇬🇪 Վրաստանի անկախության օր / "
                                               "დამოუკიდებლობის დღე")
    feasts += _movable(vardavar, 1, 0, lambda _: "💦 Շնորհավոր Վարդավառ")
    feasts += _yearly("09-21", 0, 0, lambda y: f"🇦🇲 Հայաստանի անկախության {y - 1991}-րդ "
                                               f"տարեդարձ")
    return _calendar(base, news, feasts)


def javakhk_style() -> PublisherStyle:
    """An Armenian-language weekly of Javakheti with Georgian lines (Akhalkalaki, Georgia):
    a section kicker, the Saturday issue's number in its year and in all with its date (a
    wording per week), the Armenian date with the weekday, turned a numeric date with the
    Georgian weekday on Armenia's independence day 2019 (a wording per day), "Հեղինակ՝"
    turned the writer with the town, a three-language switch, "Կարդացեք նաև՝" turned "📌
    Թեմայի շուրջ՝" (up to twice), an ad label, a photo credit, a subscription line turned
    a follow line and turned by five Georgian votes and the 2020 emergency (in two
    languages), Armenian Christmas, Easter, the remembrance of 24 April and Armenia's
    independence with their counts, Georgia's independence day in two languages and
    Vardavar, a thank-you in two languages, a rights line reworded and the founder's line (a
    block), a rare snow closure."""
    return PublisherStyle(
        domain="ardzagank.ge", site="Ջավախքի արձագանք", base_size=100,
        subdomains=(("www.", 100),),
        sections=("javakhk", "hasarakutyun", "kaghakakanutyun", "mshakuyt", "krtutyun",
                  "sport"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{n}/",
        pools={
            "bazhin": ("Ջավախք", "Հասարակություն", "Քաղաքականություն", "Մշակույթ",
                       "Կրթություն", "Սպորտ"),
            "lusankar": ("հեղինակի", "արխիվ", "Ախալքալաքի մունիցիպալիտետ", "ընթերցողի",
                         "Facebook"),
        },
        families=(
            _f("bazhin", HEADER, 0.3, (_OLD, "{bazhin}")),
            _f("hamar", HEADER, 0.35, *_by_day(_hy_issue_line)),
            _f("amsativ", HEADER, 0.7, *_by_day(_hy_dated)),
            _f("heghinak", HEADER, 0.45, (_OLD, "Հեղինակ՝ {author}"),
               (HY_BYLINE.isoformat(), "{author}, Ախալքալաք")),
            _f("lezu", HEADER, 0.15, (_OLD, "Հայերեն | ქართული | Русский")),
            _f("kardacek", MIDDLE, 0.3, (_OLD, "Կարդացեք նաև՝ {other_title}"),
               (HY_LINKS.isoformat(), "📌 Թեմայի շուրջ՝ {other_title}"), count=2),
            _f("govazd", MIDDLE, 0.2, (_OLD, "Գովազդ")),
            _f("lusankar", MIDDLE, 0.2, (_OLD, "Լուսանկարը՝ {lusankar}")),
            _f("haytararutyun", FOOTER, 0.3, *_hy_notice()),
            _f("shnorhakalutyun", FOOTER, 0.12, (_OLD, "Շնորհակալություն ընթերցելու համար / "
                                                       "მადლობა")),
            _f("iravunq", FOOTER, 0.4, (_OLD, "© {year} Ջավախքի արձագանք"),
               (HY_RIGHTS.isoformat(), "© {year} Ջավախքի արձագանք. Նյութերն օգտագործելիս "
                                       "հղումը պարտադիր է")),
            _f("himnadir", FOOTER, 0.35, (_OLD, "Հիմնադիր՝ «Ջավախք» հասարակական "
                                                "կազմակերպություն, Ախալքալաք")),
            _f("dzyun", HEADER, 0.04, (_OLD, "❄️ Ձյան պատճառով Ախալքալաք–Նինոծմինդա ճանապարհը "
                                             "փակ է")),
        ),
    )


# --- a Swedish-language island news site (Visby, Gotland) --------------------------------------

SE_REDESIGN = dt.date(2018, 9, 10)  # the day after the election the date turned ISO
SE_BYLINE = dt.date(2019, 1, 14)
SE_LINKS = dt.date(2019, 8, 19)
SE_APP = dt.date(2018, 4, 3)
SE_GDPR = dt.date(2018, 5, 25)  # the cookie notice was reworded for the new data rules
SE_RIGHTS = dt.date(2020, 2, 3)
SE_EDITOR = dt.date(2019, 3, 1)

SE_FERRY = (
    ("01-07", "⛴️ Vintertidtabell: färre turer Visby–Nynäshamn, boka i god tid"),
    ("06-15", "⛴️ Högsäsong: extraturer till både Nynäshamn och Oskarshamn"),
    ("08-20", "⛴️ Hösttidtabell för Visby–Nynäshamn och Visby–Oskarshamn gäller"),
)


def almedalen(y: int) -> dt.date | None:
    """The first day of the politicians' week in Almedalen: the Sunday before the Monday of
    ISO week 27 (none in 2020)."""
    return dt.date.fromisocalendar(y, 27, 1) - dt.timedelta(days=1) if y != 2020 else None


def medeltidsveckan(y: int) -> dt.date | None:
    """The first day of Medieval Week: the Sunday before the Monday of ISO week 32 (none in
    2020)."""
    return dt.date.fromisocalendar(y, 32, 1) - dt.timedelta(days=1) if y != 2020 else None


def _se_dated(day: dt.date) -> str:
    if day < SE_REDESIGN:
        return (f"{SWEDISH_WEEKDAYS[day.weekday()]} {day.day} "
                f"{SWEDISH_MONTHS[day.month - 1]} {day.year}")
    return f"{day.isoformat()} {{time}}"


def _se_notice() -> Wordings:
    base = _steps((_OLD, "Följ Visbyposten på Facebook och Instagram"),
                  (SE_APP.isoformat(), "📲 Ladda ner vår app och få en notis när något "
                                       "händer på ön"))
    news: list[Event] = [
        _vote("2018-09-09", "🗳️ Valet 2018: så röstade Gotland i riksdags- och regionvalet",
              after=3),
        _vote("2019-05-26", "🗳️ EU-valet 2019: resultatet på Gotland", before=4, after=1),
        _span("2020-03-12", "2020-06-14", "😷 Corona: håll avstånd och stanna hemma om du är "
                                          "sjuk"),
        _span("2020-06-15", "2020-08-31", "😷 Sommar på ön i coronatider: undvik trängsel "
                                          "innanför ringmuren"),
    ]
    feasts = _movable(almedalen, 0, 5, lambda y: f"🎤 Almedalsveckan {y}: program och "
                                                 f"avstängda gator i Visby")
    feasts += _movable(medeltidsveckan, 0, 7, lambda y: f"⚔️ Medeltidsveckan {y}: marknad, "
                                                        f"tornerspel och trafikinfo")
    feasts += _yearly("06-06", 0, 0, lambda _: "🇸🇪 Glad nationaldag!")
    feasts += _yearly("12-13", 0, 0, lambda _: "🕯️ Lucia: se luciatåget i Visby domkyrka "
                                               "ikväll")
    return _calendar(base, news, feasts)


def visby_style() -> PublisherStyle:
    """A Swedish-language island news site (Visby, Gotland): a section kicker, the weekday
    and long date, turned the ISO date with the time the day after the 2018 election (a
    wording per day), "Av" with the writer turned the writer with the role, a reading time,
    "Läs även:" turned "➜ Mer om detta:" (up to twice), an ad label, a photo credit, the
    ferry timetable's season, a follow line turned an app line and turned by two votes and
    the 2020 epidemic, the week in Almedalen and Medieval Week on ISO weeks (none in 2020),
    the national day and Lucia, a cookie notice reworded on the day the data rules changed,
    a rights line reworded and the responsible publisher, whose name changed (a block), a
    rare public warning."""
    return PublisherStyle(
        domain="visbyposten.se", site="Visbyposten", base_size=80,
        subdomains=(("www.", 100),),
        sections=("nyheter", "visby", "landet", "sport", "kultur", "naringsliv"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={
            "avdelning": ("Nyheter", "Visby", "Landet", "Sport", "Kultur", "Näringsliv"),
            "foto": ("Arkivbild", "Region Gotland", "Läsarbild", "TT", "Destination Gotland"),
            "beat": ("reporter", "nyhetschef", "sportreporter", "kulturredaktör"),
        },
        families=(
            _f("avdelning", HEADER, 0.3, (_OLD, "{avdelning}")),
            _f("datum", HEADER, 0.75, *_by_day(_se_dated)),
            _f("av", HEADER, 0.45, (_OLD, "Av {author}"),
               (SE_BYLINE.isoformat(), "{author}, {author_beat}")),
            _f("lastid", HEADER, 0.2, (_OLD, "Lästid: {read_min} min")),
            _f("las", MIDDLE, 0.3, (_OLD, "Läs även: {other_title}"),
               (SE_LINKS.isoformat(), "➜ Mer om detta: {other_title}"), count=2),
            _f("annons", MIDDLE, 0.2, (_OLD, "Annons")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("farja", FOOTER, 0.2, *_seasons(*SE_FERRY)),
            _f("tips", FOOTER, 0.3, *_se_notice()),
            _f("cookies", FOOTER, 0.25, (_OLD, "Visbyposten använder cookies. Genom att surfa "
                                               "vidare godkänner du det."),
               (SE_GDPR.isoformat(), "Vi och våra partner behandlar personuppgifter för att "
                                     "visa och mäta annonser. Läs mer i vår "
                                     "integritetspolicy.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Visbyposten"),
               (SE_RIGHTS.isoformat(), "© {year} Visbyposten AB – allt material skyddas av "
                                       "upphovsrättslagen")),
            _f("utgivare", FOOTER, 0.35, (_OLD, "Ansvarig utgivare: Karin Ekdahl"),
               (SE_EDITOR.isoformat(), "Chefredaktör och ansvarig utgivare: Per Lindström")),
            _f("vma", HEADER, 0.04, (_OLD, "⚠️ VMA: Viktigt meddelande till allmänheten i "
                                           "Visby med omnejd – gå inomhus och stäng fönster")),
        ),
    )


# --- an Icelandic-language island news site (Heimaey, Westman Islands) ------------------------

IS_REDESIGN = dt.date(2018, 12, 1)  # on the centenary of sovereignty the date turned numeric
IS_BYLINE = dt.date(2019, 2, 11)
IS_LINKS = dt.date(2020, 1, 6)
IS_TIPS = dt.date(2018, 6, 11)
IS_RIGHTS = dt.date(2019, 9, 2)
IS_NEW_FERRY = dt.date(2019, 7, 25)  # the new, electric ferry's first sailing

IS_FERRY = (
    ("04-01", "⛴️ Sumaráætlun: Herjólfur siglir til Landeyjahafnar"),
    ("11-01", "⛴️ Vetraráætlun: Herjólfur siglir til Þorlákshafnar þegar ófært er í "
              "Landeyjahöfn"),
)
IS_PUFFINS = (
    ("04-20", "🐦 Lundinn er kominn til Eyja – velkominn heim!"),
    ("08-15", "🐦 Pysjueftirlitið er opið: komið með pysjurnar í vigtun og mælingu"),
    ("10-01", "🌊 Lundinn er farinn á haf út – sjáumst í apríl"),
)


def sjomannadagur(y: int) -> dt.date:
    """Seamen's day: the first Sunday of June, or the second when the first is Whit
    Sunday."""
    first = nth_weekday(y, 6, 6, 1)
    return first + dt.timedelta(days=7) if first == easter(y) + dt.timedelta(days=49) else first


def thjodhatid(y: int) -> dt.date:
    """The first day of the festival in Herjólfsdalur: the Friday before the first Monday of
    August."""
    return nth_weekday(y, 8, 0, 1) - dt.timedelta(days=3)


def _is_dated(day: dt.date) -> str:
    if day < IS_REDESIGN:
        return (f"{ICELANDIC_WEEKDAYS[day.weekday()]} {day.day}. "
                f"{ICELANDIC_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day}.{day.month}.{day.year} kl. {{time}}"


def _is_notice() -> Wordings:
    base = _steps((_OLD, "Fylgstu með okkur á Facebook"),
                  (IS_TIPS.isoformat(), "📩 Ertu með fréttaskot? Sendu okkur línu á "
                                        "frettir@{domain}"))
    news: list[Event] = [
        _vote("2016-06-25", "🗳️ Forsetakosningar 2016: úrslitin í Suðurkjördæmi", after=2),
        _vote("2016-10-29", "🗳️ Alþingiskosningar 2016: úrslitin í Suðurkjördæmi", after=2),
        _vote("2017-10-28", "🗳️ Alþingiskosningar 2017: úrslitin í Suðurkjördæmi", after=2),
        _vote("2018-05-26", "🗳️ Sveitarstjórnarkosningar: úrslitin í Vestmannaeyjum",
              after=2),
        _span("2020-03-16", "2020-05-03", "😷 Samkomubann: virðum tveggja metra regluna"),
        _vote("2020-06-27", "🗳️ Forsetakosningar 2020: úrslitin", before=4, after=1),
    ]
    feasts = _yearly("01-23", 0, 0, lambda y: f"🌋 {y - 1973} ár frá upphafi "
                                              f"Heimaeyjargossins")
    feasts += _movable(sjomannadagur, 1, 0, lambda _: "⚓ Til hamingju með sjómannadaginn, "
                                                      "sjómenn!")
    feasts += _yearly("06-17", 0, 0, lambda y: f"🇮🇸 Gleðilega þjóðhátíð! Lýðveldið "
                                               f"{y - 1944} ára")
    feasts += _movable(thjodhatid, 2, 3,
                       lambda y: ("🎪 Þjóðhátíð 2020 hefur verið aflýst – sjáumst í Dalnum "
                                  "að ári" if y == 2020 else
                                  f"🎪 Þjóðhátíð í Eyjum {y}: dagskráin og ferðir Herjólfs"))
    return _calendar(base, news, feasts)


def heimaey_style() -> PublisherStyle:
    """An Icelandic-language island news site (Heimaey, Westman Islands): a section kicker,
    the weekday and long date, turned a numeric date with the time on the centenary of
    sovereignty (a wording per day), "Höfundur:" turned "... skrifar", "Tengdar fréttir:"
    turned "Meira um málið »" (up to twice), an ad label, a picture credit, the ferry's
    harbour by the season (a new ferry from its first sailing in 2019), the puffins'
    season, a follow line turned a tip line and turned by five votes and the 2020 ban on
    gatherings, the eruption's anniversary and the republic's day with their counts,
    seamen's day (moved off Whit Sunday) and the festival in the Dalur (called off in
    2020), a rights line reworded and the editor's line (a block), a rare harbour
    closure."""
    return PublisherStyle(
        domain="eyjaposturinn.is", site="Eyjapósturinn", base_size=62,
        subdomains=(("www.", 100),),
        sections=("frettir", "eyjar", "ithrottir", "mannlif", "sjavarutvegur", "adsent"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "flokkur": ("Fréttir", "Eyjar", "Íþróttir", "Mannlíf", "Sjávarútvegur", "Aðsent"),
            "mynd": ("aðsend", "Vestmannaeyjabær", "Landhelgisgæslan", "safnmynd",
                     "Herjólfur ohf."),
        },
        families=(
            _f("flokkur", HEADER, 0.3, (_OLD, "{flokkur}")),
            _f("dags", HEADER, 0.7, *_by_day(_is_dated)),
            _f("hofundur", HEADER, 0.45, (_OLD, "Höfundur: {author}"),
               (IS_BYLINE.isoformat(), "{author} skrifar")),
            _f("tengt", MIDDLE, 0.3, (_OLD, "Tengdar fréttir: {other_title}"),
               (IS_LINKS.isoformat(), "Meira um málið » {other_title}"), count=2),
            _f("auglysing", MIDDLE, 0.15, (_OLD, "Auglýsing")),
            _f("mynd", MIDDLE, 0.2, (_OLD, "Mynd: {mynd}")),
            _f("herjolfur", FOOTER, 0.2, *_seasons(
                *IS_FERRY, special={2019: [
                    ("2019-04-01", IS_FERRY[0][1]),
                    (IS_NEW_FERRY.isoformat(), "⛴️ Nýr Herjólfur: rafknúna ferjan siglir til "
                                               "Landeyjahafnar"),
                    ("2019-11-01", IS_FERRY[1][1])]})),
            _f("lundi", FOOTER, 0.15, *_seasons(*IS_PUFFINS)),
            _f("tilkynning", FOOTER, 0.3, *_is_notice()),
            _f("rettur", FOOTER, 0.4, (_OLD, "© {year} Eyjapósturinn"),
               (IS_RIGHTS.isoformat(), "© {year} Eyjapósturinn · Öll réttindi áskilin")),
            _f("ritstjori", FOOTER, 0.3, (_OLD, "Ritstjóri og ábyrgðarmaður: Sigrún "
                                                "Hafsteinsdóttir")),
            _f("ofaert", HEADER, 0.04, (_OLD, "⚠️ Ófært í Landeyjahöfn: Herjólfur siglir til "
                                              "Þorlákshafnar í dag")),
        ),
    )


# --- a wine growers' union's press room (Ambrolauri, Racha, Georgia; English) ---------------

GE_DATELINE = dt.date(2019, 2, 4)
GE_NEWSLETTER = dt.date(2018, 10, 1)
GE_MEMBERS = dt.date(2018, 3, 5)  # the union grew: the about line was reworded
# ProWein in Düsseldorf: the first day of each year's fair (none in 2020).
PROWEIN = {2015: "2015-03-15", 2016: "2016-03-13", 2017: "2017-03-19", 2018: "2018-03-18",
           2019: "2019-03-17"}


def rtveli(y: int) -> dt.date:
    """The harvest festival in Ambrolauri: the second Saturday of October."""
    return nth_weekday(y, 10, 5, 2)


def _ge_release() -> Wordings:
    """The current release, from 1 March each year, and the harvest, from 20 October (a
    wording per step)."""
    out = [(_OLD, "🍇 Rtveli 2014 is done: the new vintage is fermenting in our members' "
                  "cellars")]
    for y in YEARS:
        out += [(f"{y}-03-01", f"🍷 Now pouring: Khvanchkara {y - 1}, naturally semi-sweet, "
                               f"from Aleksandrouli and Mujuretuli"),
                (f"{y}-10-20", f"🍇 Rtveli {y} is done: the new vintage is fermenting in our "
                               f"members' cellars")]
    return tuple(out)


def _ge_notice() -> Wordings:
    base = _steps((_OLD, "Trade enquiries: samples of our members' wines are available on "
                         "request"),
                  (GE_NEWSLETTER.isoformat(), "📩 Sign up for our quarterly trade "
                                              "newsletter"))
    news: list[Event] = [
        _span("2020-03-04", "2020-03-17", "ProWein 2020 is cancelled: ask us for a tasting "
                                          "by video call"),
        _span("2020-03-21", "2020-05-22", "😷 State of emergency: the cellar door is closed, "
                                          "online orders continue"),
    ]
    feasts = _yearly("01-07", 0, 0, lambda _: "შობას გილოცავთ! Happy Orthodox Christmas from "
                                              "Racha")
    feasts += _movable(_listed(PROWEIN), 7, 2, lambda y: f"Meet our members at ProWein {y}, "
                                                         f"Düsseldorf: the Georgia pavilion")
    feasts += _movable(orthodox_easter, 0, 0, lambda _: "ქრისტე აღსდგა! Christ is risen")
    feasts += _yearly("05-26", 0, 0, lambda y: f"🇬🇪 Georgia's Independence Day: {y - 1918} "
                                               f"years")
    feasts += _movable(rtveli, 0, 1, lambda _: "🍇 Rtveli festival in Ambrolauri this "
                                               "weekend: wine, songs and shotis puri")
    return _calendar(base, news, feasts)


def racha_style() -> PublisherStyle:
    """A wine growers' union's press room (Ambrolauri, Racha, Georgia; English with Georgian
    lines): a kind kicker, an upper-case place dateline with the date, turned a plain place
    and date, a for-immediate-release line, a Georgian greeting, "Also from the Union:" (up
    to twice), an image credit, the current release from 1 March and the harvest from 20
    October (a wording each), a trade line turned a newsletter and turned by the cancelled
    fair and the 2020 emergency, ProWein on listed days (none in 2020), Orthodox Christmas
    and Easter, independence with its count and the harvest festival on the second
    Saturday of October, the union's about paragraph reworded as it grew and a media
    contact (a block), a press release's end mark, a responsible-drinking line, a rare hail
    report."""
    return PublisherStyle(
        domain="rachawine.ge", site="Racha Winegrowers' Union", base_size=48,
        subdomains=(("www.", 100),),
        sections=("press", "harvest", "events", "export", "members"),
        n_authors=2, url_path="/press/{yyyy}/{slug}",
        pools={
            "kind": ("Press release", "Harvest", "Events", "Export", "Members"),
            "image": ("the Union", "member winery", "Ambrolauri Municipality",
                      "National Wine Agency"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("dateline", HEADER, 0.5, (_OLD, "AMBROLAURI, Georgia — {date_long}"),
               (GE_DATELINE.isoformat(), "Ambrolauri · {date_dmy}")),
            _f("immediate", HEADER, 0.25, (_OLD, "FOR IMMEDIATE RELEASE")),
            _f("gaumarjos", HEADER, 0.12, (_OLD, "გაუმარჯოს! Greetings from Racha")),
            _f("alsofrom", MIDDLE, 0.3, (_OLD, "Also from the Union: {other_title}"), count=2),
            _f("image", MIDDLE, 0.2, (_OLD, "Image: {image}")),
            _f("release", FOOTER, 0.25, *_ge_release()),
            _f("notice", FOOTER, 0.3, *_ge_notice()),
            _f("about", FOOTER, 0.3, (_OLD, "About the Union: founded in 2009, the Racha "
                                            "Winegrowers' Union brings together 140 family "
                                            "vineyards of Racha-Lechkhumi."),
               (GE_MEMBERS.isoformat(), "About the Union: founded in 2009, the Racha "
                                        "Winegrowers' Union brings together 180 family "
                                        "vineyards and 12 cellars of Racha-Lechkhumi.")),
            _f("contact", FOOTER, 0.3, (_OLD, "Media contact: press@{domain} · +995 439 00 00 "
                                              "00")),
            _f("endmark", FOOTER, 0.25, (_OLD, "###")),
            _f("responsible", FOOTER, 0.15, (_OLD, "Please enjoy wine responsibly. Not for "
                                                   "sale to persons under 18.")),
            _f("hail", HEADER, 0.04, (_OLD, "⚠️ Hail hit vineyards above Ambrolauri this "
                                            "afternoon; members are assessing the damage")),
        ),
    )


# --- a trekking outfitter's blog (Karakol, Kyrgyzstan; English with Kyrgyz lines) ------------

KG_POSTED = dt.date(2018, 4, 2)
KG_BOOKING = dt.date(2019, 1, 7)
KG_RIGHTS = dt.date(2019, 5, 6)

KG_PASSES = (
    ("06-20", "🥾 The Ala-Kul pass is open: start early, storms build after noon"),
    ("09-20", "🍂 Late season: snow is possible on the passes, pack warm layers"),
    ("10-25", "❄️ Winter: the high passes are closed, ski touring with a licensed guide only"),
)


def _kg_notice() -> Wordings:
    base = _steps((_OLD, "Book a trek: write to us on WhatsApp, +996 555 000 000"),
                  (KG_BOOKING.isoformat(), "🏕️ Now booking summer treks: small groups, local "
                                           "guides, fair prices"))
    news: list[Event] = [
        _span("2016-09-03", "2016-09-08", "🏇 World Nomad Games at Cholpon-Ata: join our day "
                                          "trips"),
        _span("2018-09-02", "2018-09-08", "🏇 World Nomad Games at Cholpon-Ata: join our day "
                                          "trips"),
        _span("2020-03-22", "2020-09-30", "😷 All 2020 treks are postponed: see you next "
                                          "summer"),
        _span("2020-10-05", "2020-10-15", "Protests in Bishkek: Karakol is calm and our office "
                                          "is open"),
    ]
    feasts = _yearly("03-05", 0, 0, lambda _: "Ak-Kalpak Day: happy white felt hat day!")
    feasts += _yearly("03-21", 1, 1, lambda _: "🌷 Нооруз майрамыңыздар менен! Happy Nooruz")
    feasts += _yearly("08-31", 0, 0, lambda y: f"🇰🇬 Kyrgyzstan celebrates {y - 1991} years of "
                                               f"independence")
    return _calendar(base, news, feasts)


def karakol_style() -> PublisherStyle:
    """A trekking outfitter's blog (Karakol, Kyrgyzstan; English with Kyrgyz lines): a topic
    kicker, a posted-on line with the date and the writer, turned the date with the writer
    and the role, a Kyrgyz welcome, an affiliate disclosure, "You might also enjoy:" (up to
    twice), a photo line, the passes' season, a booking line reworded and turned by the two
    World Nomad Games, the 2020 postponement and the October 2020 protests, Ak-Kalpak day,
    Nooruz and independence with its count, a tag list, a leave-no-trace line, a rights
    line reworded, a rare mudflow notice."""
    return PublisherStyle(
        domain="karakoltrails.kg", site="Karakol Trails", base_size=34,
        subdomains=(("www.", 100),),
        sections=("trip-reports", "conditions", "culture", "gear", "news"),
        n_authors=2, url_path="/blog/{slug}/",
        pools={
            "topic": ("Trip reports", "Trail conditions", "Culture", "Gear", "News"),
            "photo": ("our guide", "a guest, shared with permission", "Karakol tourist office",
                      "file photo"),
            "tag": ("Ala-Kul", "Altyn-Arashan", "Jeti-Oguz", "Issyk-Kul", "horse trekking",
                    "yurt camps"),
            "beat": ("head guide", "founder", "office manager"),
        },
        families=(
            _f("topic", HEADER, 0.3, (_OLD, "{topic}")),
            _f("posted", HEADER, 0.5, (_OLD, "Posted on {date_long} by {author}"),
               (KG_POSTED.isoformat(), "{date_dmy} — {author}, {author_beat}")),
            _f("salam", HEADER, 0.12, (_OLD, "Кош келиңиздер! Welcome to Karakol")),
            _f("affiliate", HEADER, 0.1, (_OLD, "Some links on this page are affiliate links: "
                                                "we earn a small commission at no cost to "
                                                "you.")),
            _f("enjoy", MIDDLE, 0.3, (_OLD, "You might also enjoy: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "📸 {photo}")),
            _f("passes", FOOTER, 0.2, *_seasons(*KG_PASSES)),
            _f("notice", FOOTER, 0.3, *_kg_notice()),
            _f("tags", FOOTER, 0.3, (_OLD, "Tags: {tag_list}")),
            _f("traces", FOOTER, 0.15, (_OLD, "Leave no trace: carry out all your rubbish, "
                                              "toilet paper included.")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Karakol Trails"),
               (KG_RIGHTS.isoformat(), "© {year} Karakol Trails · Registered tour operator in "
                                       "the Kyrgyz Republic")),
            _f("mudflow", HEADER, 0.04, (_OLD, "⚠️ A mudflow has closed the Jeti-Oguz road; "
                                               "today's departures leave from Karakol")),
        ),
    )


# --- a bird-ringing station's news (Nemunas delta, Lithuania; English with Lithuanian) -------

RS_POSTED = dt.date(2018, 8, 6)
RS_VOLUNTEERS = dt.date(2019, 1, 7)
RS_RIGHTS = dt.date(2019, 1, 7)
RS_LATE_OPENING = dt.date(2020, 5, 18)  # the 2020 season opened late, after the quarantine


def rs_opening(y: int) -> dt.date:
    """The first day of the ringing season: 1 April (18 May in 2020)."""
    return RS_LATE_OPENING if y == 2020 else dt.date(y, 4, 1)


def rs_closing(y: int) -> dt.date:
    """The day after the ringing season: 1 November."""
    return dt.date(y, 11, 1)


def rs_week_birds(monday: dt.date) -> int:
    """The birds ringed in the week up to `monday` (more in the autumn passage)."""
    count = 90 + (monday.toordinal() * 7) % 151
    return count * 3 if monday.month in (9, 10) else count


def rs_ringed(y: int, day: dt.date) -> int:
    """The birds ringed in season `y` by `day`: a week's count is added each Monday after the
    opening, up to the closing."""
    monday = latest(min(day, rs_closing(y)), 0)
    total = 0
    while monday > rs_opening(y):
        total += rs_week_birds(monday)
        monday -= dt.timedelta(days=7)
    return total


def rs_tally(day: dt.date) -> str:
    """The season's running total (a wording per week), the opening line and, out of season,
    the last season's total."""
    y = day.year
    opening = rs_opening(y)
    if opening <= day < rs_closing(y):
        total = rs_ringed(y, day)
        if total == 0:
            return (f"🐦 Season {y} is open: the nets went up on {opening.day} "
                    f"{ENGLISH_MONTHS[opening.month - 1]}")
        return f"🐦 Season {y}: {total:,} birds ringed so far (updated on Mondays)"
    last = y if day >= rs_closing(y) else y - 1
    return (f"🐦 The {last} season closed with {rs_ringed(last, rs_closing(last)):,} birds "
            f"ringed. See you in spring!")


def eurobirdwatch(y: int) -> dt.date | None:
    """The station's open day for EuroBirdwatch: the first Saturday of October (none in
    2020)."""
    return nth_weekday(y, 10, 5, 1) if y != 2020 else None


def _rs_notice() -> Wordings:
    base = _steps((_OLD, "Volunteer ringers wanted: apply by 1 March for the spring season"),
                  (RS_VOLUNTEERS.isoformat(), "🙋 Volunteer with us: two-week shifts from April "
                                              "to October, training given"))
    news: list[Event] = [
        _span("2020-03-16", "2020-06-16", "😷 Karantinas: the station is closed to visitors "
                                          "and ringing starts late this year"),
    ]
    feasts = _yearly("02-16", 0, 0, lambda _: "🇱🇹 Vasario 16-oji – Lietuvos valstybės "
                                              "atkūrimo diena")
    feasts += _yearly("03-11", 0, 0, lambda _: "🇱🇹 Kovo 11-oji – Lietuvos nepriklausomybės "
                                               "atkūrimo diena")
    feasts += _yearly("06-24", 1, 0, lambda _: "🔥 Linksmų Joninių! Happy Midsummer from the "
                                               "delta")
    feasts += _movable(eurobirdwatch, 1, 1, lambda y: f"🔭 EuroBirdwatch {y}: open day at the "
                                                      f"station, binoculars provided")
    return _calendar(base, news, feasts)


def rusne_style() -> PublisherStyle:
    """A bird-ringing station's news (Nemunas delta, Lithuania; English with Lithuanian
    lines): a kind kicker, the ISO date with the writer, turned a bilingual posted line, a
    Lithuanian welcome, "Related:" (up to twice), a photo credit, the season's running
    total of birds ringed (a wording per week, the 2020 season opening late), a volunteers'
    line reworded and turned by the 2020 quarantine, the two Lithuanian state days in
    Lithuanian, midsummer and the EuroBirdwatch open day on the first Saturday of October
    (none in 2020), a found-a-ring line, a rights line reworded and the partners' line (a
    block), a rare flood notice."""
    return PublisherStyle(
        domain="deltaringing.lt", site="Nemunas Delta Ringing Station", base_size=24,
        subdomains=(("www.", 100),),
        sections=("news", "totals", "recoveries", "volunteers"),
        n_authors=2, url_path="/news/{yyyy}/{slug}",
        pools={
            "kind": ("Station news", "Ringing totals", "Recoveries", "Volunteers"),
            "photo": ("station volunteers", "Nemunas Delta Regional Park", "file", "a visitor"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_iso} · {author}"),
               (RS_POSTED.isoformat(), "Paskelbta / Posted {date_dmy} · {author}")),
            _f("sveiki", HEADER, 0.12, (_OLD, "Sveiki atvykę! Welcome to the delta")),
            _f("related", MIDDLE, 0.25, (_OLD, "Related: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("tally", FOOTER, 0.3, *_by_day(rs_tally)),
            _f("notice", FOOTER, 0.3, *_rs_notice()),
            _f("ring", FOOTER, 0.25, (_OLD, "Found a ringed bird? Report the ring's number to "
                                            "the Lithuanian Bird Ringing Centre.")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Nemunas Delta Ringing Station"),
               (RS_RIGHTS.isoformat(), "Text and photos © {year} Nemunas Delta Ringing "
                                       "Station. Please ask before reuse.")),
            _f("partners", FOOTER, 0.3, (_OLD, "The station works with the Nemunas Delta "
                                               "Regional Park and the Lithuanian "
                                               "Ornithological Society.")),
            _f("flood", HEADER, 0.04, (_OLD, "🌊 Spring flood: the road from Rusnė to the "
                                             "station is under water")),
        ),
    )


def heldout68_styles() -> list[PublisherStyle]:
    """The held-back-68 styles, in the order the generator hands them to publishers."""
    return [
        kesennuma_style(), khovd_style(), lankaran_style(), savonlinna_style(),
        namangan_style(), gangneung_style(), javakhk_style(), visby_style(), heimaey_style(),
        racha_style(), karakol_style(), rusne_style(),
    ]
