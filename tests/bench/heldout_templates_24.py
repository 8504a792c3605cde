"""The twenty-fourth held-back template set (``held-back-24``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a clean unseen test, after the twenty-third
held-back set (`tests.bench.heldout_templates_23`, which has since had its first run and is
now studied). It was written WITHOUT looking at cleanpipe's code (nothing under
``cleanpipe/`` or ``configs/`` was read; the slot names come from the earlier sets' modules
and `tests.bench.planted_real`) or the README's detection rules and quality results, before
any benchmark run on it, and without shaping any line to pass or to fail a detector: the
families are what real sites of these kinds print, from general knowledge of them. All
wording is original; none is copied from the data, from the tuning styles or from the first
twenty-three held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-26):** its first, unseen run scored 95.65% boilerplate removed (e5f2493;
the session-start code b818ac2: 95.59%); it is now studied, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Bengali-language regional news
portal (Sylhet), a Japanese-language prefectural news site (Kōchi), a Kurmanji
Kurdish-language city news site (Duhok), a West Frisian-language regional weekly's site (the
Wâlden), a Cebuano-language news site (Cebu), a minor league baseball team's news (North
Carolina), a credit union's member news (County Mayo), a village inn's news (Cumbria), a
community-run outdoor lido's news (Gloucestershire), a village cricket club's news (West
Yorkshire), a lake association's news (Maine) and a yarn shop's blog (Vermont). None of
these kinds is in an earlier held-back set, nor, beyond a few words in two of them, these
languages; Bengali script and Japanese kana are new at this scale.

Variation: dates in several formats (a Bengali "published" label with a dotted date turned a
"last updated" ISO date; a Japanese ISO stamp gaining an "updated" mark; a Kurdish dotted date
turned an "updated" ISO date; a Frisian dotted date with "oere" turned "Bywurke op ... om";
a Cebuano "Gipatik:" US date turned "Giusab:" with a 12-hour time; a Cebuano byline gaining a
short date; US long and short dates with weekdays; Irish and British dates with and without
weekdays), bylines of many shapes (a Bengali district correspondent turned name and place; a
Japanese reporter's name in brackets at the foot turned "文・写真"; "Amadekar:" turned "Ji
aliyê ... ve"; "Troch" turned "Tekst:"; "Ni" gaining a date; a lake association officer with
a post in two shapes), notices reworded in 2015-2020 (a comment prompt turned a liability
disclaimer; a registration applied for turned a registration number; an editor line with a
new editor; a subscription line turned the reduced consumption-tax rate of October 2019; a
comment counter turned an insult rule; a comment counter turned a Facebook rule; a Facebook
line turned Google News; a disabled list renamed the injured list in 2019; a bag rule turned
a clear-bag policy; the Central Credit Register from 30 June 2017; a credit union office by
appointment and reopened in 2020; an inn closed, doing takeaways, reopened, with a 10pm
curfew, closed again and under Tier 2 in 2020; a lido's 2020 season postponed and booked; a
solar heating appeal that reached its target; cricket suspended and back in July 2020; All
Stars Cricket from 2017; lake dues raised; a yarn shop's knit night moved to Zoom, curbside
pickup and a free-shipping threshold raised), election and emergency lines (Sylhet's 2018
city election and Bangladesh's December 2018 election with Sylhet's 19 seats, and a COVID-19
line with the 333 call centre; Japan's 2016 upper-house election with the merged
Tokushima-Kōchi district and votes from 18, the 2017 and 2019 national elections, Kōchi's
2019 governor election, the new era name Reiwa and the 2020 state of emergency; Kurdistan's
2017 referendum and the two 2018 elections and a curfew line; the Dutch 2017 general and
2019 provincial and water board elections, Leeuwarden-Fryslân's year as European Capital of
Culture 2018, distancing and masks from 1 December 2020; the Philippines' 2016, 2018 and 2019
elections and Cebu's 2020 quarantine; Minor League Baseball's 2020 season postponed and
cancelled; a lido and a yarn festival closed or online in 2020; a dinar devalued in December
2020), notices that follow a calendar (Pohela Boishakh each 14 April with the Bengali year in
Bengali numerals; Eid al-Fitr on its lunar date with the print edition's holiday dates in
Bengali numerals; the Yosakoi festival each August with its count, cancelled in 2020; Newroz
each 21 March with the Kurdish year; the Sneek sailing week from the Friday before the first
Monday of August, cancelled in 2020; Sinulog on the third Sunday of January; Opening Day on
the first Thursday from 4 April; back-to-school and Christmas loans; a credit union AGM on
the first Tuesday of December and the dividend it approved; a beer festival over the August
bank holiday; the Good Beer Guide each September; a lido season from the first Saturday of
May to the second Sunday of September; outdoor nets from April and a presentation dinner on
the third Saturday of November; ice-out each spring; the Loon Count on the third Saturday of
July; an annual meeting on the second Saturday of August; Local Yarn Store Day on the last
Saturday of April; the Vermont Sheep & Wool Festival on the first weekend of October), names
at the start of lines, in brackets or after a label (Bengali, Japanese, Kurdish, Frisian and
Cebuano names, staff with their posts, players and pitchers), the article's own title (a
breadcrumb, a share prompt) and other articles' titles (Bengali, Japanese, Kurdish, Frisian,
Cebuano and English links), amounts (pound and dollar rates in Bengali numerals, Japanese
temperatures, dinar rates, Frisian Beaufort winds, peso rates, baseball finals and records,
loan examples with their APRs and totals, dividends, ales, water temperatures, cricket
scorecards, Secchi depths in metres and feet, dues, yarn yardages), phone numbers in six
countries' formats, multi-line blocks (a ticket office, a credit union's hours and address,
an inn's address, session times, the weekend's fixtures, membership, a shop's address),
mid-body inserts (some up to two or three times), bare lines (Bengali, Japanese, Kurdish,
Frisian and Cebuano ad labels, kickers, a language switch, block headings), Bengali script
with Bengali numerals, Japanese kanji and kana with full-width brackets, Kurmanji with ê, î,
û, ç and ş and a Sorani label in Arabic script, Frisian with â, ê, ô and û, Cebuano with ñ,
symbols and emoji where such sites use them, and families in only 3-6% of articles (a
Bengali being-updated line, a Japanese extra-edition kicker, a Kurdish graphic-images
warning, a Frisian photo appeal, a Cebuano developing-story line, a rain-out, an ATM notice,
a kitchen closed, a thunderstorm closure, a ground unfit, a loon nest and a website
maintenance notice) beside ones in nearly all. Renamed variants of a style keep the lines
that do not name the site, so sister sites share a network footer (a reuse ban, a
reproduction ban, a follow line, a tip line, a comment disclaimer, a gates line, a consumer
credit warning, a Sunday lunch line, a cold-water line, a CASC line, a clean-drain-dry line
and a newsletter line).
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, nth_weekday
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
# Eid al-Fitr as Bangladesh kept it (the moon sighted locally).
EID_UL_FITR = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26",
               2018: "2018-06-16", 2019: "2019-06-05", 2020: "2020-05-25"}
# Ice-out on the lake, as the association declared it each spring.
ICE_OUT = {2015: "2015-04-27", 2016: "2016-03-30", 2017: "2017-04-20", 2018: "2018-04-30",
           2019: "2019-04-24", 2020: "2020-04-06"}
# Dividend (per cent) and loan interest rebate (per cent) approved at each December AGM.
DIVIDEND = {2014: (0.50, 10), 2015: (0.40, 10), 2016: (0.25, 10), 2017: (0.20, 8),
            2018: (0.10, 8), 2019: (0.10, 5), 2020: (0.00, 5)}

BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
BENGALI_MONTHS = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
                  "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
FRISIAN_MONTHS = ("jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july",
                  "augustus", "septimber", "oktober", "novimber", "desimber")


def last_weekday(y: int, m: int, weekday: int) -> dt.date:
    day = dt.date(y, m + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


# --- a Bengali-language regional news portal (Sylhet) ---------------------------------------

def _bn(n: int | str) -> str:
    """`n` in Bengali numerals (other characters kept)."""
    return "".join(BENGALI_DIGITS[int(c)] if c.isdigit() else c for c in str(n))


def _bn_date(day: dt.date) -> str:
    return f"{_bn(day.day)} {BENGALI_MONTHS[day.month - 1]}"


def _rates(pound: float, dollar: float) -> str:
    return f"💷 পাউন্ড {_bn(f'{pound:.2f}')} টাকা · ডলার {_bn(f'{dollar:.2f}')} টাকা"


RATES = ((118.40, 77.80), (104.60, 78.50), (101.90, 79.20), (111.30, 83.60), (107.80, 84.40),
         (110.20, 84.90))


def _boishakh() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📘 সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন"),
            ("2019-05-01", "📰 গুগল নিউজে আমাদের ফলো করুন")]
    events: list[Event] = []
    for y in YEARS:
        text = f"🌸 শুভ নববর্ষ {_bn(y - 593)}! সকল পাঠককে বাংলা নতুন বছরের শুভেচ্ছা।"
        if y == 2020:
            text = f"🌸 শুভ নববর্ষ {_bn(y - 593)}! করোনার কারণে এবারের বর্ষবরণ ঘরে বসেই।"
        events.append((dt.date(y, 4, 13), dt.date(y, 4, 16), text))
    return _timeline(base, events)


def _eid() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "✉️ প্রবাসের খবর পাঠান: probash@surmabarta.com")]
    events: list[Event] = []
    for y in YEARS:
        eid = _day(EID_UL_FITR[y])
        text = (f"🌙 ঈদ মোবারক! ঈদুল ফিতর উপলক্ষে {_bn_date(eid - dt.timedelta(days=1))} থেকে "
                f"{_bn_date(eid + dt.timedelta(days=3))} পর্যন্ত ছাপা সংস্করণ বন্ধ থাকবে; অনলাইন "
                "সংস্করণ নিয়মিত হালনাগাদ হবে।")
        if y == 2020:
            text += " ঘরে থেকেই ঈদ উদযাপন করুন।"
        events.append((eid - dt.timedelta(days=5), eid + dt.timedelta(days=4), text))
    return _timeline(base, events)


def _nirbachon() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 সিলেটের খবর সবার আগে পেতে আমাদের অ্যাপ ডাউনলোড করুন")]
    return _timeline(base, [
        (dt.date(2018, 7, 10), dt.date(2018, 7, 31),
         "🗳️ সিলেট সিটি কর্পোরেশন নির্বাচন ৩০ জুলাই। সব কেন্দ্রের ফলাফল জানতে চোখ রাখুন আমাদের "
         "সাইটে।"),
        (dt.date(2018, 12, 10), dt.date(2018, 12, 31),
         "🗳️ একাদশ জাতীয় সংসদ নির্বাচন ৩০ ডিসেম্বর। সিলেট বিভাগের ১৯টি আসনের ফলাফল দেখুন এখানে।"),
        (dt.date(2020, 3, 26), None,
         "😷 করোনাভাইরাস: ঘরে থাকুন, সুস্থ থাকুন। তথ্যের জন্য কল করুন ৩৩৩ নম্বরে।"),
    ])


def surma_style() -> PublisherStyle:
    """A Bengali-language regional news portal (Sylhet): a section kicker, a pound and dollar
    strip in Bengali numerals, a "প্রকাশিত:" dotted date turned a "সর্বশেষ আপডেট:" ISO date,
    a district correspondent turned name and place, "বিজ্ঞাপন" (up to three times), "আরও
    পড়ুন" and photo inserts, a rare being-updated line, a Facebook line turned Google News
    with Pohela Boishakh greetings each 14 April (the Bengali year in Bengali numerals; at
    home in 2020), a diaspora news line turned Eid al-Fitr print holidays, an app line turned
    Sylhet's 2018 city election, the December 2018 election and a COVID-19 line with the 333
    call centre, a comment prompt turned a liability disclaimer, a reuse ban, a registration
    applied for turned a registration number, an editor and publisher line with a new
    editor, a copyright line."""
    return PublisherStyle(
        domain="surmabarta.com", site="সুরমা বার্তা", base_size=900,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("sylhet", "national", "politics", "probash", "sports", "entertainment",
                  "economy"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "bibhag": ("সিলেট", "জাতীয়", "রাজনীতি", "প্রবাস", "খেলা", "বিনোদন", "অর্থনীতি"),
            "mudra": tuple(_rates(p, d) for p, d in RATES),
            "protinidhi": ("সিলেট", "মৌলভীবাজার", "সুনামগঞ্জ", "হবিগঞ্জ", "কোম্পানীগঞ্জ",
                           "বিয়ানীবাজার"),
            "protibedok": ("আব্দুল করিম", "নাসরিন আক্তার", "মাহবুবুর রহমান", "তানিয়া চৌধুরী",
                           "রফিকুল ইসলাম", "শাহেদা বেগম"),
            "chobi": ("সুরমা বার্তা", "সংগৃহীত", "ফাইল ছবি", "ফেসবুক থেকে নেওয়া",
                      "পুলিশের সৌজন্যে"),
        },
        families=(
            _f("bibhag", HEADER, 0.3, (_OLD, "{bibhag}")),
            _f("mudra", HEADER, 0.12, (_OLD, "{mudra}")),
            _f("prokash", HEADER, 0.85, (_OLD, "প্রকাশিত: {date_de}, {time}"),
               ("2019-03-01", "সর্বশেষ আপডেট: {date_iso} {time}")),
            _f("protinidhi", HEADER, 0.6, (_OLD, "{protinidhi} প্রতিনিধি"),
               ("2018-07-01", "{protibedok}, {protinidhi}")),
            _f("bigyapon", MIDDLE, 0.5, (_OLD, "বিজ্ঞাপন"), count=3),
            _f("aroporun", MIDDLE, 0.4, (_OLD, "আরও পড়ুন: {other_title}"), count=2),
            _f("chobi", MIDDLE, 0.3, (_OLD, "ছবি: {chobi}")),
            _f("holnagad", FOOTER, 0.04, (_OLD, "এই প্রতিবেদনটি হালনাগাদ করা হচ্ছে।")),
            _f("boishakh", FOOTER, 0.25, *_boishakh()),
            _f("eid", FOOTER, 0.2, *_eid()),
            _f("nirbachon", FOOTER, 0.2, *_nirbachon()),
            _f("montobbo", FOOTER, 0.3, (_OLD, "মন্তব্য করুন"),
               ("2019-01-01", "মন্তব্যের দায় সম্পূর্ণ মন্তব্যকারীর, সুরমা বার্তা কর্তৃপক্ষ এর জন্য "
                "দায়ী নয়।")),
            _f("onumoti", FOOTER, 0.25,
               (_OLD, "অনুমতি ছাড়া এই সাইটের কোনো লেখা, ছবি বা ভিডিও ব্যবহার বেআইনি।")),
            _f("nibondhon", FOOTER, 0.2,
               (_OLD, "তথ্য মন্ত্রণালয়ে নিবন্ধনের জন্য আবেদিত অনলাইন নিউজ পোর্টাল"),
               ("2020-02-01", "তথ্য মন্ত্রণালয়ের নিবন্ধিত অনলাইন নিউজ পোর্টাল · নিবন্ধন নং: ১৪৩")),
            _f("sompadok", FOOTER, 0.6,
               (_OLD, "সম্পাদক ও প্রকাশক: মো. আব্দুল হান্নান · জিন্দাবাজার, সিলেট-৩১০০ · ফোন: "
                "০৮২১-৭১৪৩৫১"),
               ("2019-09-01", "সম্পাদক: শামীমা নাসরীন · প্রকাশক: মো. আব্দুল হান্নান · জিন্দাবাজার, "
                "সিলেট-৩১০০ · ফোন: ০৮২১-৭১৪৩৫১")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} সুরমা বার্তা · সর্বস্বত্ব সংরক্ষিত")),
        ),
    )


# --- a Japanese-language prefectural news site (Kōchi) --------------------------------------

def _yosakoi() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "LINE公式アカウントを友だち追加して、高知のニュースを受け取ろう")]
    events: list[Event] = []
    for y in YEARS:
        if y == 2020:
            events.append((dt.date(2020, 4, 28), dt.date(2020, 8, 13),
                           f"💃 第{y - 1953}回よさこい祭りは、新型コロナウイルスの影響で"
                           "中止されました。"))
        else:
            events.append((dt.date(y, 7, 20), dt.date(y, 8, 13),
                           f"💃 第{y - 1953}回よさこい祭り: 8月9日〜12日、高知市中心部で開催"))
    return _timeline(base, events)


def _oshirase() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "ご意見・情報提供はこちら: news@kochimirai.jp")]
    return _timeline(base, [
        (dt.date(2016, 6, 22), dt.date(2016, 7, 11),
         "🗳 参院選は7月10日投開票。今回から徳島・高知選挙区（合区）、18歳から投票できます。"),
        (dt.date(2017, 10, 10), dt.date(2017, 10, 23),
         "🗳 衆院選は10月22日投開票。期日前投票は21日まで。"),
        (dt.date(2019, 4, 1), dt.date(2019, 5, 1), "新元号は「令和」。5月1日に改元されます。"),
        (dt.date(2019, 5, 1), dt.date(2019, 5, 7), "🎌 令和の時代が始まりました。"),
        (dt.date(2019, 7, 4), dt.date(2019, 7, 22), "🗳 参院選は7月21日投開票。"),
        (dt.date(2019, 11, 7), dt.date(2019, 11, 25), "🗳 高知県知事選は11月24日投開票。"),
        (dt.date(2020, 4, 16), dt.date(2020, 5, 14),
         "😷 緊急事態宣言が全国に拡大。不要不急の外出を控えてください。"),
        (dt.date(2020, 5, 14), None,
         "😷 発熱などの症状がある人は、まず最寄りの保健所に電話で相談してください。"),
    ])


def mirai_style() -> PublisherStyle:
    """A Japanese-language prefectural news site (Kōchi): a rare extra-edition kicker, a
    genre kicker, a place label in full-width brackets, a weather strip, an ISO stamp gaining
    an "updated" mark, "広告" and "【関連】" inserts (up to twice), a photo credit, the
    reporter's name in brackets at the foot turned "文・写真", a reproduction ban, a LINE line
    turned the Yosakoi festival each August with its count (cancelled in 2020), a tip line
    turned the 2016, 2017 and 2019 national elections, Kōchi's 2019 governor election, the new
    era name and the 2020 state of emergency, a subscription line turned the reduced tax
    rate, an as-of-publication line, a copyright line."""
    return PublisherStyle(
        domain="kochimirai.jp", site="高知みらい新聞", base_size=760,
        subdomains=(("www.", 100),),
        sections=("shakai", "seiji", "keizai", "sports", "chiiki", "kurashi"),
        n_authors=6, url_path="/article/{n}",
        pools={
            "janru": ("社会", "政治", "経済", "スポーツ", "地域", "くらし", "文化"),
            "chiiki": ("高知市", "南国市", "四万十市", "室戸市", "須崎市", "土佐清水市", "香美市"),
            "tenki": ("☀ 高知 31℃/24℃ 降水確率10%", "☁ 高知 27℃/21℃ 降水確率40%",
                      "☂ 高知 22℃/18℃ 降水確率80%", "☀ 高知 13℃/4℃ 降水確率0%",
                      "☁ 高知 18℃/11℃ 降水確率30%"),
            "kisha": ("浜田健一", "岡林美咲", "山崎翔太", "西森由香", "川村誠", "筒井彩"),
            "shashin": ("高知みらい新聞", "共同", "高知県提供", "読者提供", "小型無人機で撮影"),
        },
        families=(
            _f("gougai", HEADER, 0.04, (_OLD, "📰 号外")),
            _f("janru", HEADER, 0.3, (_OLD, "{janru}")),
            _f("chiiki", HEADER, 0.35, (_OLD, "［{chiiki}］")),
            _f("tenki", HEADER, 0.12, (_OLD, "{tenki}")),
            _f("haishin", HEADER, 0.85, (_OLD, "{date_iso} {time}"),
               ("2019-04-01", "{date_iso} {time} 更新")),
            _f("kokoku", MIDDLE, 0.45, (_OLD, "広告"), count=2),
            _f("kanren", MIDDLE, 0.4, (_OLD, "【関連】{other_title}"), count=2),
            _f("shashin", MIDDLE, 0.3, (_OLD, "写真提供：{shashin}")),
            _f("kisha", FOOTER, 0.6, (_OLD, "（{kisha}）"), ("2018-04-01", "文・写真 {kisha}")),
            _f("tensai", FOOTER, 0.3, (_OLD, "無断転載・複製を禁じます。")),
            _f("yosakoi", FOOTER, 0.25, *_yosakoi()),
            _f("oshirase", FOOTER, 0.2, *_oshirase()),
            _f("kodoku", FOOTER, 0.2,
               (_OLD, "紙面のご購読のお申し込みは、フリーダイヤル 0120-555-143 へ"),
               ("2019-10-01", "新聞の定期購読料は軽減税率（8%）の対象です。")),
            _f("jiten", FOOTER, 0.2, (_OLD, "※記事の内容は掲載時点のものです。")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "Copyright © {year} 高知みらい新聞 All Rights Reserved.")),
        ),
    )


# --- a Kurmanji Kurdish-language city news site (Duhok) -------------------------------------

def _borsa(dinars: int) -> str:
    return f"💵 Borsaya Dihokê: 100 dolar = {dinars:,} dînar"


DINARS = (118_750, 119_500, 120_250, 121_250, 123_000)
DINARS_2020_12 = 146_250  # after the Central Bank of Iraq's devaluation of 19 December 2020


def _newroz() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "✉️ Nûçeyên xwe ji me re bişînin: nuce@rojevadihok.com")]
    events: list[Event] = []
    for y in YEARS:
        text = (f"🔥 Newroz pîroz be! Sala kurdî ya {y + 700}an li we hemûyan pîroz be."
                if y != 2020 else
                f"🔥 Newroz pîroz be! Sala kurdî ya {y + 700}an: îsal Newrozê li malê pîroz bikin.")
        events.append((dt.date(y, 3, 18), dt.date(y, 3, 23), text))
    return _timeline(base, events)


def _hilbijartin() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📱 Sepana Rojeva Dihokê ji bo Android û iOS dakêşin")]
    return _timeline(base, [
        (dt.date(2017, 9, 10), dt.date(2017, 9, 26),
         "🗳️ Referandûma serxwebûna Kurdistanê: 25ê Îlonê."),
        (dt.date(2018, 4, 14), dt.date(2018, 5, 13),
         "🗳️ Hilbijartinên parlamentoya Iraqê: 12ê Gulanê."),
        (dt.date(2018, 9, 1), dt.date(2018, 10, 1),
         "🗳️ Hilbijartinên Parlamentoya Kurdistanê: 30ê Îlonê."),
        (dt.date(2020, 3, 14), None,
         "😷 Koronavîrûs: li malê bimînin û destên xwe bi av û sabûnê bişon."),
    ])


def dihok_style() -> PublisherStyle:
    """A Kurmanji Kurdish-language city news site (Duhok): a language switch with a Sorani
    label in Arabic script, a section kicker, a weather strip of three towns, a dotted date
    turned an "updated" ISO date, "Amadekar:" turned "Ji aliyê ... ve", "Reklam",
    "Herwiha bixwîne" and photo inserts, a dinar strip at the foot (devalued in December
    2020), a rare graphic-images warning, a share prompt, a send-your-news line turned
    Newroz greetings with the Kurdish year (at home in 2020), an app line turned the 2017
    referendum, the two 2018 elections and a curfew line, a follow line, a comment counter
    turned an insult rule, a copyright line reworded."""
    return PublisherStyle(
        domain="rojevadihok.com", site="Rojeva Dihokê", base_size=650,
        subdomains=(("www.", 90), ("", 10)),
        sections=("nuce", "kurdistan", "iraq", "abori", "werzis", "cand"),
        n_authors=6, url_path="/ku/{section}/{n}",
        pools={
            "bes": ("Kurdistan", "Iraq", "Cîhan", "Aborî", "Werziş", "Çand", "Dihok"),
            "hewa": ("☀️ Dihok 41° · Zaxo 43° · Amêdî 35°", "⛅ Dihok 24° · Zaxo 26° · Amêdî 19°",
                     "🌧️ Dihok 12° · Zaxo 14° · Amêdî 6°", "☀️ Dihok 33° · Zaxo 35° · Amêdî 28°",
                     "❄️ Dihok 6° · Zaxo 8° · Amêdî -1°"),
            "nucegihan": ("Şêrzad Mîran", "Rêzan Doskî", "Hejar Zêbarî", "Nîgar Berwarî",
                          "Azad Sindî", "Evîn Amêdî"),
            "wene": ("Rojeva Dihokê", "Arşîv", "Torên civakî", "Parêzgeha Dihokê", "AFP"),
            "borsa": tuple(_borsa(n) for n in DINARS),
        },
        families=(
            _f("ziman", HEADER, 0.2, (_OLD, "Kurmancî | سۆرانی | English")),
            _f("bes", HEADER, 0.3, (_OLD, "{bes}")),
            _f("hewa", HEADER, 0.12, (_OLD, "{hewa}")),
            _f("dem", HEADER, 0.85, (_OLD, "{date_de} - {time}"),
               ("2019-02-01", "Nûkirin: {date_iso} {time}")),
            _f("amadekar", HEADER, 0.6, (_OLD, "Amadekar: {nucegihan}"),
               ("2018-09-01", "Ji aliyê {nucegihan} ve")),
            _f("reklam", MIDDLE, 0.45, (_OLD, "Reklam"), count=2),
            _f("bixwine", MIDDLE, 0.4, (_OLD, "Herwiha bixwîne: {other_title}"), count=2),
            _f("wene", MIDDLE, 0.3, (_OLD, "Wêne: {wene}")),
            _f("borsa", FOOTER, 0.15, (_OLD, "{borsa}"), ("2020-12-20", _borsa(DINARS_2020_12))),
            _f("hisyari", FOOTER, 0.04,
               (_OLD, "Hişyarî: dibe ku hin wêneyên vê nûçeyê ji bo hin xwîneran nexweş bin.")),
            _f("parve", FOOTER, 0.3, (_OLD, "Vê nûçeyê bi hevalên xwe re parve bikin")),
            _f("newroz", FOOTER, 0.25, *_newroz()),
            _f("hilbijartin", FOOTER, 0.2, *_hilbijartin()),
            _f("sopandin", FOOTER, 0.25,
               (_OLD, "Me li ser Telegram, Instagram û YouTube bişopînin.")),
            _f("sirove", FOOTER, 0.3, (_OLD, "Şîrove ({count})"),
               ("2019-06-01", "Şîroveyên ku heqaretê dikin nayên weşandin.")),
            _f("copyright", FOOTER, 0.7, (_OLD, "© {year} Rojeva Dihokê. Hemû maf parastî ne."),
               ("2018-03-01", "Hemû mafên weşanê ji bo Rojeva Dihokê parastî ne © {year}")),
        ),
    )


# --- a West Frisian-language regional weekly's site (the Wâlden) -------------------------------

def sneek_week(y: int) -> dt.date:
    """The Sneek sailing week's first day: the Friday before the first Monday of August."""
    return nth_weekday(y, 8, 0, 1) - dt.timedelta(days=3)


def _fy_date(day: dt.date) -> str:
    return f"{day.day} {FRISIAN_MONTHS[day.month - 1]}"


def _sneek() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Folgje ús ek op Facebook en Instagram")]
    events: list[Event] = []
    for y in YEARS:
        start = sneek_week(y)
        if y == 2020:
            events.append((dt.date(2020, 5, 20), dt.date(2020, 8, 6),
                           "⛵ De Sneekwike 2020 giet net troch fanwegen it coronafirus."))
            continue
        end = start + dt.timedelta(days=5)
        events.append((start - dt.timedelta(days=21), end + dt.timedelta(days=1),
                       f"⛵ Sneekwike {y}: fan {_fy_date(start)} oant {_fy_date(end)}."))
    return _timeline(base, events)


def _ferkiezing() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Stjoer jo nijs en foto's nei redaksje@waldpost.frl")]
    return _timeline(base, [
        (dt.date(2017, 2, 20), dt.date(2017, 3, 16),
         "🗳️ Op 15 maart 2017 kieze wy in nije Twadde Keamer. Nim jo stimpas en jo ID mei."),
        (dt.date(2018, 1, 26), dt.date(2019, 1, 1),
         "🎭 Ljouwert-Fryslân is yn 2018 Kulturele Haadstêd fan Europa."),
        (dt.date(2019, 2, 25), dt.date(2019, 3, 21),
         "🗳️ 20 maart 2019: ferkiezings foar Provinsjale Steaten en it Wetterskip Fryslân."),
        (dt.date(2020, 3, 16), dt.date(2020, 12, 1),
         "😷 Hâld 1,5 meter ôfstân en bliuw thús as jo klachten hawwe."),
        (dt.date(2020, 12, 1), None,
         "😷 Fan 1 desimber ôf is in mûlkapke ferplichte yn winkels en iepenbiere gebouwen."),
    ])


def waldpost_style() -> PublisherStyle:
    """A West Frisian-language regional weekly's site (the Wâlden): a section kicker, a
    dotted date with "oere" turned "Bywurke op ... om", "Troch" turned "Tekst:", a weather
    strip with Beaufort winds, "Advertinsje", "Lês ek" and photo inserts, a Dutch-language
    link, a rare photo appeal, a follow line turned the Sneek sailing week each August
    (cancelled in 2020), a send-your-news line turned two Dutch elections, the European
    Capital of Culture year and two corona lines, a tip line, a comment counter turned a
    Facebook rule, a copyright line."""
    return PublisherStyle(
        domain="waldpost.frl", site="De Wâldpost", base_size=590,
        subdomains=(("www.", 100),),
        sections=("nijs", "sport", "kultuer", "polityk", "agrarysk"),
        n_authors=5, url_path="/nijs/{yyyy}/{mm}/{slug}",
        pools={
            "rubryk": ("Nijs", "Sport", "Kultuer", "Polityk", "Agrarysk", "De Wâlden",
                       "Ûnderwiis"),
            "skriuwer": ("Sjoerd Hoekstra", "Tsjitske de Jong", "Wytse Postma", "Hiltsje Bosma",
                         "Jelle Wiersma", "Baukje van der Meer"),
            "foto": ("De Wâldpost", "Argyffoto", "Ynstjoerd", "Gemeente Tytsjerksteradiel",
                     "Provinsje Fryslân"),
            "waar": ("🌦️ It waar: 14 graden, buien, wynkrêft 5 út it súdwesten",
                     "☀️ It waar: 23 graden, sinnich, wynkrêft 3 út it easten",
                     "🌧️ It waar: 9 graden, rein, wynkrêft 6 út it westen",
                     "❄️ It waar: 1 graad, snie, wynkrêft 4 út it noardeasten",
                     "⛅ It waar: 17 graden, bewolke, wynkrêft 4 út it noardwesten"),
        },
        families=(
            _f("rubryk", HEADER, 0.3, (_OLD, "{rubryk}")),
            _f("datum", HEADER, 0.85, (_OLD, "{date_de}, {time} oere"),
               ("2019-02-01", "Bywurke op {date_de} om {time}")),
            _f("troch", HEADER, 0.6, (_OLD, "Troch {skriuwer}"),
               ("2018-01-15", "Tekst: {skriuwer}")),
            _f("waar", HEADER, 0.12, (_OLD, "{waar}")),
            _f("advertinsje", MIDDLE, 0.45, (_OLD, "Advertinsje"), count=2),
            _f("lesek", MIDDLE, 0.4, (_OLD, "Lês ek: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("nederlansk", FOOTER, 0.2, (_OLD, "Lees dit artikel in het Nederlands")),
            _f("oprop", FOOTER, 0.04,
               (_OLD, "Oprop: hawwe jo foto's fan dit barren? Stjoer se nei de redaksje.")),
            _f("sneek", FOOTER, 0.25, *_sneek()),
            _f("ferkiezing", FOOTER, 0.2, *_ferkiezing()),
            _f("tip", FOOTER, 0.25,
               (_OLD, "Hawwe jo in tip foar de redaksje? Mail of app ús, wy lêze alles.")),
            _f("reaksjes", FOOTER, 0.3, (_OLD, "Reaksjes ({count})"),
               ("2018-11-01", "Reagearje? Dat kin op ús Facebookside.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} De Wâldpost · Alle rjochten foarbehâlden")),
        ),
    )


# --- a Cebuano-language news site (Cebu) ----------------------------------------------------

def sinulog_day(y: int) -> dt.date:
    """The Sinulog grand parade: the third Sunday of January."""
    return nth_weekday(y, 1, 6, 3)


def _sinulog() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "I-like ug i-follow ang among Facebook page para sa pinakabag-ong balita.")]
    events: list[Event] = []
    for y in YEARS:
        day = sinulog_day(y)
        events.append((day - dt.timedelta(days=9), day + dt.timedelta(days=1),
                       f"🥁 Viva Pit Señor! Ang Sinulog {y} Grand Parade karong Domingo, Enero "
                       f"{day.day}."))
    return _timeline(base, events)


def _eleksyon() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Naa kay tip? I-message ang among newsroom sa 0917 555 0143.")]
    return _timeline(base, [
        (dt.date(2016, 4, 25), dt.date(2016, 5, 10),
         "🗳️ Eleksyon 2016: Mayo 9. Pangitaa ang imong presinto sa COMELEC precinct finder."),
        (dt.date(2018, 4, 30), dt.date(2018, 5, 15),
         "🗳️ Barangay ug SK Eleksyon: Mayo 14, 2018."),
        (dt.date(2019, 4, 29), dt.date(2019, 5, 14),
         "🗳️ Eleksyon 2019: Mayo 13. Pangitaa ang imong presinto sa COMELEC precinct finder."),
        (dt.date(2020, 3, 28), None,
         "😷 COVID-19: Magpabilin sa balay, magsul-ob og face mask ug kanunay nga manghunaw."),
    ])


def sugbo_style() -> PublisherStyle:
    """A Cebuano-language news site (Cebu): a language switch, a section kicker, a
    "Gipatik:" US date turned "Giusab:" with a 12-hour time, "Ni" gaining a short date,
    "ANUNSYO", "BASAHA:" and photo inserts, a dollar strip and a weather strip at the foot, a
    share prompt with the article's own title, a rare developing-story line, a Facebook line
    turned Sinulog on the third Sunday of January, a tip line turned three elections and a
    COVID-19 line, a comment disclaimer, a copyright line in English."""
    return PublisherStyle(
        domain="kahayagsugbo.com.ph", site="Kahayag Sugbo", base_size=520,
        subdomains=(("www.", 85), ("", 15)),
        sections=("sugbo", "nasud", "kalibutan", "isport", "showbiz", "negosyo"),
        n_authors=5, url_path="/balita/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seksyon": ("Sugbo", "Nasud", "Kalibutan", "Isport", "Showbiz", "Negosyo", "Krimen"),
            "tigsulat": ("Jessa Cabahug", "Rommel Bacaltos", "Lourdes Tumulak", "Ariel Ybañez",
                         "Niña Gabuya", "Dindo Alcoseba"),
            "hulagway": ("Kahayag Sugbo", "File photo", "CCPO", "PIA-7", "Facebook"),
            "dolyar": ("💵 Palitan sa dolyar: $1 = ₱46.85", "💵 Palitan sa dolyar: $1 = ₱47.90",
                       "💵 Palitan sa dolyar: $1 = ₱50.45", "💵 Palitan sa dolyar: $1 = ₱52.60",
                       "💵 Palitan sa dolyar: $1 = ₱53.40", "💵 Palitan sa dolyar: $1 = ₱48.15"),
            "panahon": ("🌤️ Panahon sa Sugbo: 31°C, panagsa nga ulan",
                        "☀️ Panahon sa Sugbo: 33°C, init ug hayag",
                        "🌧️ Panahon sa Sugbo: 27°C, ulan sa hapon",
                        "⛈️ Panahon sa Sugbo: 26°C, dag-om ug kilat",
                        "🌥️ Panahon sa Sugbo: 30°C, dag-om"),
        },
        families=(
            _f("binisaya", HEADER, 0.2, (_OLD, "Binisaya | English")),
            _f("seksyon", HEADER, 0.3, (_OLD, "{seksyon}")),
            _f("gipatik", HEADER, 0.85, (_OLD, "Gipatik: {date_long}"),
               ("2019-01-15", "Giusab: {date_long}, {time12}")),
            _f("ni", HEADER, 0.6, (_OLD, "Ni {tigsulat}"),
               ("2018-02-01", "Ni {tigsulat} · {date_short}")),
            _f("anunsyo", MIDDLE, 0.45, (_OLD, "ANUNSYO"), count=2),
            _f("basaha", MIDDLE, 0.4, (_OLD, "BASAHA: {other_title}"), count=2),
            _f("hulagway", MIDDLE, 0.3, (_OLD, "Hulagway: {hulagway}")),
            _f("dolyar", FOOTER, 0.15, (_OLD, "{dolyar}")),
            _f("panahon", FOOTER, 0.12, (_OLD, "{panahon}")),
            _f("ishare", FOOTER, 0.15, (_OLD, "I-share kini: “{title}”")),
            _f("developing", FOOTER, 0.04,
               (_OLD, "(Kini usa ka developing story. Balikan kini nga panid para sa dugang "
                "detalye.)")),
            _f("sinulog", FOOTER, 0.25, *_sinulog()),
            _f("eleksyon", FOOTER, 0.2, *_eleksyon()),
            _f("komento", FOOTER, 0.3,
               (_OLD, "Ang mga komento dinhi dili representasyon sa panglantaw sa among mga "
                "editor.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "Copyright © {year} Kahayag Sugbo. All rights reserved.")),
        ),
    )


# --- a minor league baseball team's news (North Carolina) -------------------------------------

def opening_day(y: int) -> dt.date:
    """Opening Day: the first Thursday from 4 April."""
    day = dt.date(y, 4, 4)
    return day + dt.timedelta(days=(3 - day.weekday()) % 7)


_OFFSEASON = "Season tickets and mini-plans for next season are on sale now at the box office."
_FIREWORKS = "Fireworks after every Friday home game, weather permitting."


def _opener() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = [(_OLD, _OFFSEASON)]
    for y in YEARS:
        day = opening_day(y)
        notice = f"⚾ Opening Day {y}: Thursday, April {day.day}, first pitch 7:05 PM."
        out.append((f"{y}-01-15", notice))
        if y == 2020:
            out += [("2020-03-13", "Opening Day is postponed. All tickets will be honored at a "
                     "later date."),
                    ("2020-06-30", "The 2020 Minor League Baseball season has been cancelled. "
                     "We can’t wait to see you in 2021.")]
            continue
        out += [(day.isoformat(), _FIREWORKS), (f"{y}-09-08", _OFFSEASON)]
    return tuple(out)


def muskrats_style() -> PublisherStyle:
    """A minor league baseball team's news (North Carolina): a byline with the site and a
    long date turned name, weekday and short date, a final-score insert, a roster move on the
    disabled list renamed the injured list in 2019, Opening Day on the first Thursday from 4
    April (postponed and cancelled in 2020), a gates line, a bag rule turned a clear-bag
    policy, a promotion, a ticket office block, a rare rain-out, a copyright line."""
    return PublisherStyle(
        domain="tarrivermuskrats.com", site="Tar River Muskrats", base_size=460,
        subdomains=(("www.", 100),),
        sections=("news", "promotions", "community", "roster"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "final": ("⚾ Final: W 6-4 (10 inn.) · WP: Ortiz (3-1) · SV: Kimball (7)",
                      "⚾ Final: L 2-5 · LP: Haney (1-3)",
                      "⚾ Final: W 11-3 · WP: Delgado (5-2)",
                      "⚾ Final: L 0-1 · LP: Pruitt (2-2)",
                      "⚾ Final: W 4-3 (walk-off) · WP: Sandoval (2-0)"),
            "player": ("RHP Cody Haney", "LHP Marcus Ortiz", "INF Devin Alcantara",
                       "OF Tyler Brannock", "C Jake Wexler"),
            "promo": ("Every Thursday is Thirsty Thursday: $2 drafts on the Riverside Deck.",
                      "Bark in the Park: dogs welcome at Sunday home games with a signed waiver.",
                      "Kids run the bases after every Sunday home game.",
                      "Military and first responders get a free ticket at Tuesday home games."),
        },
        families=(
            _f("posted", HEADER, 0.85, (_OLD, "By {author} / Tar River Muskrats | {date_long}"),
               ("2019-01-15", "{author} · {weekday}, {date_short}")),
            _f("final", MIDDLE, 0.3, (_OLD, "{final}")),
            _f("roster", MIDDLE, 0.15,
               (_OLD, "🔄 Roster move: {player} placed on the 7-day disabled list."),
               ("2019-02-01", "🔄 Roster move: {player} placed on the 7-day injured list.")),
            _f("opener", FOOTER, 0.3, *_opener()),
            _f("gates", FOOTER, 0.25, (_OLD, "Gates open one hour before first pitch.")),
            _f("bags", FOOTER, 0.2,
               (_OLD, "Bag policy: all bags are searched at the gate. No coolers, please."),
               ("2018-03-01", "New this season: only clear bags no larger than 12 x 6 x 12 "
                "inches are allowed in the ballpark."),
               ("2019-03-01", "Clear bag policy: only clear bags no larger than 12 x 6 x 12 "
                "inches are allowed in the ballpark.")),
            _f("promo", FOOTER, 0.25, (_OLD, "{promo}")),
            _f("tickets-head", FOOTER, 0.4, (_OLD, "Ticket Office")),
            _f("tickets", FOOTER, 0.38,
               (_OLD, "Box office: Monday to Friday 10am–5pm and two hours before first pitch · "
                "(252) 555-0143")),
            _f("rainout", FOOTER, 0.04,
               (_OLD, "Tonight’s game is postponed because of rain. Tickets may be exchanged for "
                "any regular-season home game.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Minor League Baseball. All rights reserved.")),
        ),
    )


# --- a credit union's member news (County Mayo) ----------------------------------------------

def _example(amount: int, months: int, rate: float) -> str:
    """A representative loan example: monthly repayments on `amount` at `rate` (per cent a
    year, monthly rests), the APR and the total repaid."""
    r = rate / 1200
    monthly = round(amount * r / (1 - (1 + r) ** -months), 2)
    apr = ((1 + r) ** 12 - 1) * 100
    years = f"{months // 12} year" + ("s" if months > 12 else "")
    return (f"💶 Representative example: €{amount:,} over {years} at {rate:.2f}% variable (APR "
            f"{apr:.2f}%): {months} monthly repayments of €{monthly:,.2f}, total "
            f"€{monthly * months:,.2f}.")


LOANS = ((5_000, 36, 8.5), (10_000, 60, 7.5), (2_000, 12, 10.5), (20_000, 60, 6.9),
         (1_500, 12, 9.9))


def agm_day(y: int) -> dt.date:
    """The AGM: the first Tuesday of December."""
    return nth_weekday(y, 12, 1, 1)


def _dividend(y: int) -> str:
    dividend, rebate = DIVIDEND[y]
    paid = f"a dividend of {dividend:.2f}%" if dividend else "no dividend"
    return (f"At the {y} AGM members approved {paid} and a loan interest rebate of {rebate}%.")


def _agm() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _dividend(2014))]
    for y in YEARS:
        day = agm_day(y)
        where = ("held online: please register in advance" if y == 2020 else
                 "in the Parish Centre. All members welcome")
        out += [(f"{y}-11-10", f"Our {y} AGM is on Tuesday {day.day} December at 8pm, {where}."),
                ((day + dt.timedelta(days=1)).isoformat(), _dividend(y))]
    return tuple(out)


_SAVE = "Save regularly, and your savings record helps when you need a loan."


def _seasonal() -> tuple[tuple[str, str], ...]:
    events: list[Event] = []
    for y in YEARS:
        events += [(dt.date(y, 7, 15), dt.date(y, 9, 16),
                    "Back to school? Ask about our school costs loan, with a decision in 24 "
                    "hours."),
                   (dt.date(y, 11, 1), dt.date(y, 12, 21),
                    f"Christmas {y}: apply for a Christmas loan by 18 December to have the money "
                    "in time.")]
    return _timeline([(_OLD, _SAVE)], events)


def moyvalley_style() -> PublisherStyle:
    """A credit union's member news (County Mayo): a kind kicker, a date turned "Posted on", a
    representative loan example, the consumer credit warning, a regulation line, a deposit
    guarantee line, an approval line turned the Central Credit Register from 30 June 2017,
    back-to-school and Christmas loans each year, an AGM on the first Tuesday of December
    (online in 2020) and the dividend it approved, the office by appointment and reopened in
    2020, an opening hours block with an address, a rare ATM notice."""
    return PublisherStyle(
        domain="moyvalleycu.ie", site="Moy Valley Credit Union", base_size=410,
        subdomains=(("www.", 100),),
        sections=("news", "loans", "savings", "community"),
        n_authors=2, url_path="/news/{slug}",
        pools={
            "kind": ("Member News", "Loans", "Savings", "Community", "AGM"),
            "example": tuple(_example(*loan) for loan in LOANS),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.8, (_OLD, "{date_dmy}"), ("2018-06-01", "Posted on {date_dmy}")),
            _f("example", MIDDLE, 0.3, (_OLD, "{example}")),
            _f("warning", FOOTER, 0.35,
               (_OLD, "Warning: if you do not meet the repayments on your loan, your account will "
                "go into arrears. This may affect your credit rating, which may limit your "
                "ability to access credit in the future.")),
            _f("regulated", FOOTER, 0.5,
               (_OLD, "Moy Valley Credit Union Limited is regulated by the Central Bank of "
                "Ireland.")),
            _f("dgs", FOOTER, 0.2,
               (_OLD, "Your savings are protected up to €100,000 by the Deposit Guarantee "
                "Scheme.")),
            _f("approval", FOOTER, 0.25, (_OLD, "Loans are subject to approval. Terms and "
                                               "conditions apply."),
               ("2017-06-30", "Loans are subject to approval. We report loan information to the "
                "Central Credit Register.")),
            _f("seasonal", FOOTER, 0.25, *_seasonal()),
            _f("agm", FOOTER, 0.2, *_agm()),
            _f("office", FOOTER, 0.2,
               (_OLD, "No appointment needed: call in to the office during opening hours."),
               ("2020-03-24", "The office is open by appointment only: please phone us, or use "
                "online banking."),
               ("2020-06-08", "The office is open again: one member at the counter at a time, "
                "and please use the hand sanitiser.")),
            _f("hours-head", FOOTER, 0.4, (_OLD, "Opening Hours")),
            _f("hours", FOOTER, 0.38,
               (_OLD, "Monday to Friday 9.30am–4.30pm (Wednesday from 10.30am) · Saturday "
                "10am–1pm")),
            _f("address", FOOTER, 0.36,
               (_OLD, "Moy Valley Credit Union, Pearse Street, Ballina, Co. Mayo F26 X2C3 · 096 "
                "21 143")),
            _f("atm", FOOTER, 0.04,
               (_OLD, "Our ATM on Pearse Street is temporarily out of service. We apologise for "
                "the inconvenience.")),
        ),
    )


# --- a village inn's news (Cumbria) ---------------------------------------------------------

def bank_holiday(y: int) -> dt.date:
    """The August bank holiday (England): the last Monday of August."""
    return last_weekday(y, 8, 0)


_MUSIC = "Live music on the last Friday of every month, from 9pm."


def _festival() -> tuple[tuple[str, str], ...]:
    events: list[Event] = []
    for y in YEARS:
        monday = bank_holiday(y)
        if y == 2020:
            events.append((dt.date(2020, 5, 15), monday + dt.timedelta(days=1),
                           "🍻 Sadly there will be no beer festival this year. See you in 2021!"))
            continue
        friday = monday - dt.timedelta(days=3)
        events.append((monday - dt.timedelta(days=42), monday + dt.timedelta(days=1),
                       f"🍻 Beer festival {y}: Friday {friday.day} to Bank Holiday Monday "
                       f"{monday.day} August, 30 real ales and ciders and live music in the "
                       "marquee."))
    return _timeline([(_OLD, _MUSIC)], events)


def _guide() -> tuple[tuple[str, str], ...]:
    def text(edition: int) -> str:
        return f"We are proud to be listed in the CAMRA Good Beer Guide {edition}."

    return ((_OLD, text(2015)), *((f"{y}-09-10", text(y + 1)) for y in YEARS))


def packhorse_style() -> PublisherStyle:
    """A village inn's news (Cumbria): a posted-by line turned a weekday date, ales on the
    bar and specials inserts, a quiz night, Sunday lunch, food times turned the inn through
    2020 (closed, takeaways, reopened, a 10pm curfew, closed again, Tier 2), a beer festival
    over the August bank holiday (none in 2020), the Good Beer Guide each September, a dog
    line, a Challenge 25 line, rooms, an address block, a rare kitchen-closed notice."""
    return PublisherStyle(
        domain="packhorseinn-ravenstonedale.co.uk", site="The Packhorse Inn", base_size=360,
        subdomains=(("www.", 100),),
        sections=("news", "food", "events", "rooms"),
        n_authors=2, url_path="/news/{slug}",
        pools={
            "ales": ("🍺 On the bar this week: Hawkshead Windermere Pale, Corby Blonde and "
                     "Theakston Old Peculier",
                     "🍺 On the bar this week: Jennings Cumberland Ale, Dent Aviator and a guest "
                     "stout",
                     "🍺 On the bar this week: Bowness Bay Swan Blonde and Kirkby Lonsdale "
                     "Monumental",
                     "🍺 On the bar this week: our own house bitter, brewed for us in Kendal"),
            "specials": ("🍽️ On the specials board: Herdwick lamb shank with minted gravy",
                         "🍽️ On the specials board: Cumberland sausage, mash and onion gravy",
                         "🍽️ On the specials board: venison pie with red cabbage",
                         "🍽️ On the specials board: sticky toffee pudding and custard"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Posted on {date_dmy} by {author}"),
               ("2019-05-01", "{weekday}, {date_dmy}")),
            _f("ales", MIDDLE, 0.3, (_OLD, "{ales}")),
            _f("specials", MIDDLE, 0.2, (_OLD, "{specials}")),
            _f("quiz", FOOTER, 0.3,
               (_OLD, "Quiz night every Tuesday from 8.30pm: teams of up to six, £1 a head for "
                "the mountain rescue team.")),
            _f("roast", FOOTER, 0.25, (_OLD, "Sunday lunch served 12–4pm: booking recommended.")),
            _f("food", FOOTER, 0.25,
               (_OLD, "Food served daily, 12–2.30pm and 6–8.30pm."),
               ("2020-03-20", "We are closed until further notice. Thank you for your support, "
                "and stay safe."),
               ("2020-04-10", "Takeaway fish and chips on Friday and Saturday evenings: phone to "
                "order."),
               ("2020-07-04", "We are open again: table service only, so please book ahead and "
                "leave your details for NHS Test and Trace."),
               ("2020-09-24", "Last orders 9.45pm: by law we close at 10pm. Please scan the NHS "
                "QR code when you arrive."),
               ("2020-11-05", "We are closed for the national lockdown until 2 December. Takeaway "
                "on Friday and Saturday evenings."),
               ("2020-12-02", "Cumbria is in Tier 2: drinks are served only with a substantial "
                "meal, so please book a table.")),
            _f("festival", FOOTER, 0.2, *_festival()),
            _f("guide", FOOTER, 0.2, *_guide()),
            _f("dogs", FOOTER, 0.2,
               (_OLD, "Dogs are welcome in the bar: there is a water bowl by the fire.")),
            _f("challenge", FOOTER, 0.2,
               (_OLD, "Challenge 25: if you look under 25, please be ready to show ID.")),
            _f("rooms", FOOTER, 0.15,
               (_OLD, "Bed and breakfast in five en-suite rooms: ideal for walking the Howgills.")),
            _f("find-head", FOOTER, 0.4, (_OLD, "Find us")),
            _f("find", FOOTER, 0.38,
               (_OLD, "The Packhorse Inn, Ravenstonedale, Kirkby Stephen, Cumbria CA17 4NG · "
                "015396 23 143")),
            _f("kitchen", FOOTER, 0.04,
               (_OLD, "Kitchen closed this evening, sorry: drinks only.")),
        ),
    )


# --- a community-run outdoor lido's news (Gloucestershire) ------------------------------------

def lido_opens(y: int) -> dt.date:
    """The first Saturday of May."""
    return nth_weekday(y, 5, 5, 1)


def lido_closes(y: int) -> dt.date:
    """The second Sunday of September."""
    return nth_weekday(y, 9, 6, 2)


_WINTER_LIDO = "The lido is closed for the winter. Winter swimming club: Sunday mornings, members."


def _lido_season() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _WINTER_LIDO)]
    for y in YEARS:
        opens, closes = lido_opens(y), lido_closes(y)
        if y == 2020:
            out += [("2020-03-01", f"The 2020 season opens on Saturday {opens.day} May: season "
                     "tickets on sale now."),
                    ("2020-03-20", "The opening of the 2020 season is postponed because of "
                     "coronavirus."),
                    ("2020-07-25", "We are open: every swim must be booked online in advance, in "
                     "90-minute sessions."),
                    ((closes + dt.timedelta(days=1)).isoformat(), _WINTER_LIDO),
                    ("2020-11-05", "The lido is closed for the national lockdown."),
                    ("2020-12-02", "Winter swimming club is back on Sunday mornings: book online.")]
            continue
        out += [(f"{y}-03-01", f"The {y} season opens on Saturday {opens.day} May: season "
                 "tickets on sale now."),
                (opens.isoformat(), f"Open daily until Sunday {closes.day} September."),
                ((closes + dt.timedelta(days=1)).isoformat(), _WINTER_LIDO)]
    return tuple(out)


def hollowmere_style() -> PublisherStyle:
    """A community-run outdoor lido's news (Gloucestershire): a date with a kind turned a kind
    with a short date, a water temperature strip, swim tips and volunteer photo credits, the
    season from the first Saturday of May to the second Sunday of September (postponed,
    booked and closed for lockdown in 2020), a supervision rule, a cold-water line, a
    charity line, a tile appeal turned a solar heating appeal that reached its target, a
    session times block, a rare thunderstorm closure."""
    return PublisherStyle(
        domain="hollowmerelido.org.uk", site="Hollowmere Lido", base_size=310,
        subdomains=(("www.", 100),),
        sections=("news", "swimming", "events", "volunteers"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{slug}/",
        pools={
            "temp": ("🌡️ Water today: 21°C · air 24°C", "🌡️ Water today: 17°C · air 19°C",
                     "🌡️ Water today: 14°C · air 12°C", "🌡️ Water today: 23°C · air 28°C",
                     "🌡️ Water today: 9°C · air 7°C"),
            "tip": ("🏊 Swim tip: breathe out slowly under water, and count your strokes.",
                    "🏊 Swim tip: a little Vaseline on your goggle seals stops them leaking.",
                    "🏊 Swim tip: in cold water, swim heads-up breaststroke for the first length.",
                    "🏊 Swim tip: rinse your costume in fresh water to make it last."),
            "session": ("Early swim 6.30–8.30am (members) · General swim 10am–6pm",
                        "Lane swim 6.30–8pm on Tuesdays and Thursdays · Family swim weekend "
                        "afternoons",
                        "Aqua fit Wednesday 10am · Swimming lessons Saturday mornings"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy} | News"),
               ("2018-05-01", "News · {date_short}")),
            _f("temp", HEADER, 0.2, (_OLD, "{temp}")),
            _f("tip", MIDDLE, 0.2, (_OLD, "{tip}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "📷 Photo: {author2}, one of our volunteers")),
            _f("season", FOOTER, 0.3, *_lido_season()),
            _f("children", FOOTER, 0.2,
               (_OLD, "Children under 8 must be accompanied in the water by an adult aged 16 or "
                "over.")),
            _f("cold", FOOTER, 0.2,
               (_OLD, "Cold water shock is dangerous: get in slowly, and never swim alone in open "
                "water.")),
            _f("charity", FOOTER, 0.25,
               (_OLD, "Hollowmere Lido is run by volunteers as a charitable incorporated "
                "organisation, registered charity no. 1163143.")),
            _f("appeal", FOOTER, 0.2,
               (_OLD, "Sponsor a tile on our new poolside mural: £25 a tile."),
               ("2018-10-01", "Our solar heating appeal has raised £18,400 of its £25,000 target."),
               ("2019-06-01", "Thank you! The solar panels are on the roof, and the water is two "
                "degrees warmer.")),
            _f("sessions-head", FOOTER, 0.4, (_OLD, "Session times")),
            _f("sessions", FOOTER, 0.38, (_OLD, "{session}")),
            _f("thunder", FOOTER, 0.04,
               (_OLD, "The pool is closed this afternoon because of thunder and lightning.")),
        ),
    )


# --- a village cricket club's news (West Yorkshire) -------------------------------------------

_WINTER_NETS = "Winter nets: Sunday mornings at the sports centre, from January."


def _nets() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _WINTER_NETS)]
    for y in YEARS:
        if y == 2020:
            out += [("2020-03-17", "All cricket at the club is suspended, following ECB "
                     "guidance."),
                    ("2020-07-11", "Recreational cricket is back: bring your own hand sanitiser, "
                     "and teas are suspended."),
                    ("2020-09-15", _WINTER_NETS)]
            continue
        out += [(nth_weekday(y, 4, 1, 1).isoformat(), "Outdoor nets on Tuesdays and Thursdays "
                 "from 6pm: all welcome."), (f"{y}-09-15", _WINTER_NETS)]
    return tuple(out)


_NEW_MEMBERS = "New members always welcome: playing, junior and social memberships."


def dinner_day(y: int) -> dt.date:
    """The presentation dinner: the third Saturday of November."""
    return nth_weekday(y, 11, 5, 3)


def _dinner() -> tuple[tuple[str, str], ...]:
    events: list[Event] = []
    for y in YEARS:
        day = dinner_day(y)
        text = (f"Annual presentation dinner: Saturday {day.day} November at the Hinchliffe "
                "Arms, tickets £25 from the bar.")
        if y == 2020:
            text = ("There will be no presentation dinner this year: the awards will be "
                    "presented at the first nets of 2021.")
        events.append((dt.date(y, 10, 1), day + dt.timedelta(days=1), text))
    return _timeline([(_OLD, _NEW_MEMBERS)], events)


def craggvale_style() -> PublisherStyle:
    """A village cricket club's news (West Yorkshire): a breadcrumb with the article's own
    title, a team kicker, a date and writer turned "Written by ... on", a scorecard and a
    player of the match, outdoor nets from the first Tuesday of April (suspended and back in
    2020), junior training turned All Stars Cricket from 2017, teas, a CASC line, the
    presentation dinner on the third Saturday of November (none in 2020), a fixtures block, a
    match ball sponsor, a rare ground-unfit notice."""
    return PublisherStyle(
        domain="craggvalecc.co.uk", site="Cragg Vale Cricket Club", base_size=270,
        subdomains=(("www.", 100),),
        sections=("news", "match-reports", "juniors", "social"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "team": ("1st XI", "2nd XI", "Sunday XI", "Juniors", "Club News", "Women’s Softball"),
            "score": ("🏏 1st XI 186-7 (50 ov) beat Luddenden Foot 142 (38.2 ov) by 44 runs",
                      "🏏 Mytholmroyd 203-8 (50 ov) beat 2nd XI 171 (44.1 ov) by 32 runs",
                      "🏏 1st XI 158-4 (41.3 ov) beat Sowerby Bridge 154 (48.5 ov) by 6 wickets",
                      "🏏 Sunday XI 98-2 (19.4 ov) beat Booth 97 (31 ov) by 8 wickets",
                      "🏏 2nd XI 211-9 (50 ov) tied with Triangle 211 (49.5 ov)"),
            "potm": ("⭐ Player of the match: Josh Sutcliffe, 4 for 23",
                     "⭐ Player of the match: Ellie Greenwood, 67 not out",
                     "⭐ Player of the match: Imran Hussain, 52 and two catches",
                     "⭐ Player of the match: Dave Crabtree, 5 for 31"),
            "fixture": ("Saturday: 1st XI v Mytholmroyd (home), 1pm start",
                        "Saturday: 2nd XI at Sowerby Bridge, 1.30pm start",
                        "Sunday: Sunday XI v Booth (home), 2pm start",
                        "Friday: under-13s v Triangle (home), 6pm start"),
            "sponsor": ("Match ball sponsored by Calder Valley Plumbing",
                        "Match ball sponsored by the Hinchliffe Arms",
                        "Match ball sponsored by Walsh’s Butchers, Hebden Bridge"),
        },
        families=(
            _f("crumbs", HEADER, 0.3, (_OLD, "Home » News » {title}")),
            _f("team", HEADER, 0.35, (_OLD, "{team}")),
            _f("by", HEADER, 0.8, (_OLD, "{date_dmy} · by {author}"),
               ("2019-03-01", "Written by {author} on {date_dmy}")),
            _f("score", MIDDLE, 0.3, (_OLD, "{score}")),
            _f("potm", MIDDLE, 0.15, (_OLD, "{potm}")),
            _f("nets", FOOTER, 0.3, *_nets()),
            _f("juniors", FOOTER, 0.2,
               (_OLD, "Junior training for under-9s to under-15s on Friday evenings."),
               ("2017-03-01", "All Stars Cricket for 5–8 year olds: eight Friday sessions from "
                "May, sign up on the ECB website.")),
            _f("teas", FOOTER, 0.2,
               (_OLD, "Teas this Saturday: please check the rota on the clubhouse noticeboard.")),
            _f("casc", FOOTER, 0.2,
               (_OLD, "The club is a registered Community Amateur Sports Club (CASC): donations "
                "can be Gift Aided.")),
            _f("dinner", FOOTER, 0.2, *_dinner()),
            _f("fixtures-head", FOOTER, 0.4, (_OLD, "This weekend")),
            _f("fixtures", FOOTER, 0.38, (_OLD, "{fixture}")),
            _f("sponsor", FOOTER, 0.2, (_OLD, "{sponsor}")),
            _f("unfit", FOOTER, 0.04,
               (_OLD, "Ground unfit: today’s fixture is cancelled after the overnight rain.")),
        ),
    )


# --- a lake association's news (Maine) -------------------------------------------------------

def loon_count_day(y: int) -> dt.date:
    """Maine's annual loon count: the third Saturday of July."""
    return nth_weekday(y, 7, 5, 3)


def meeting_day(y: int) -> dt.date:
    """The association's annual meeting: the second Saturday of August."""
    return nth_weekday(y, 8, 5, 2)


_ICE = "Ice is never safe near the inlet and the narrows: stay off it there all winter."


def _ice() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _ICE)]
    for y in YEARS:
        day = _day(ICE_OUT[y])
        out += [(day.isoformat(), f"Ice-out {y} was declared on {day:%B} {day.day}: welcome back "
                 "to open water!"), (f"{y}-12-15", _ICE)]
    return tuple(out)


_WAKE = "Loons nest close to the shore: please keep your wake down near the islands."


def _loon_count() -> tuple[tuple[str, str], ...]:
    events: list[Event] = []
    for y in YEARS:
        day = loon_count_day(y)
        text = (f"🐦 Annual Loon Count: Saturday, July {day.day}, 7:00 to 7:30 a.m. Volunteers "
                "needed for every cove.")
        if y == 2020:
            text = (f"🐦 Annual Loon Count: Saturday, July {day.day}, 7:00 to 7:30 a.m. Count "
                    "from your own dock or boat this year.")
        events.append((dt.date(y, 7, 1), day + dt.timedelta(days=1), text))
    return _timeline([(_OLD, _WAKE)], events)


_MINUTES = "Minutes of our annual meetings are on the Documents page."


def _meeting() -> tuple[tuple[str, str], ...]:
    events: list[Event] = []
    for y in YEARS:
        day = meeting_day(y)
        where = "on Zoom" if y == 2020 else "at the Grange Hall"
        events.append((dt.date(y, 7, 25), day + dt.timedelta(days=1),
                       f"Annual meeting: Saturday, August {day.day}, 9 a.m., {where}. All "
                       "members and friends of the lake welcome."))
    return _timeline([(_OLD, _MINUTES)], events)


def _feet(metres: float) -> str:
    return f"🔬 Secchi disk reading at the deep hole: {metres:.1f} m ({metres * 3.28084:.1f} ft)"


SECCHI = (5.8, 6.4, 7.1, 4.9, 8.2)


def tarrabee_style() -> PublisherStyle:
    """A lake association's news (Maine): a long date and an officer with their post turned
    "Posted by ... (post) on", a Secchi reading and a loon report, ice-out each spring, the
    Loon Count on the third Saturday of July, a clean-drain-dry line, a sticker line, the
    annual meeting on the second Saturday of August (on Zoom in 2020), a membership block
    with dues raised, a rare loon nest notice."""
    return PublisherStyle(
        domain="tarrabeelake.org", site="Tarrabee Lake Association", base_size=230,
        subdomains=(("www.", 100),),
        sections=("news", "water-quality", "loons", "events"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "beat": ("President", "Water Quality Chair", "Loon Count Coordinator", "Secretary"),
            "secchi": tuple(_feet(m) for m in SECCHI),
            "loons": ("🐦 Loon report: a pair nesting on the south island, two eggs",
                      "🐦 Loon report: two chicks riding on a parent’s back in Mill Cove",
                      "🐦 Loon report: 14 adults counted from the public landing",
                      "🐦 Loon report: an eagle over the nest, but the chick is safe"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_long} · {author}, {author_beat}"),
               ("2018-06-01", "Posted by {author} ({author_beat}) on {date_short}")),
            _f("secchi", MIDDLE, 0.3, (_OLD, "{secchi}")),
            _f("loons", MIDDLE, 0.2, (_OLD, "{loons}")),
            _f("ice", FOOTER, 0.3, *_ice()),
            _f("count", FOOTER, 0.2, *_loon_count()),
            _f("cdd", FOOTER, 0.25,
               (_OLD, "Clean, drain and dry your boat, trailer and gear every time you leave the "
                "water.")),
            _f("sticker", FOOTER, 0.2,
               (_OLD, "Maine law requires a Lake and River Protection sticker on every motorized "
                "boat and personal watercraft.")),
            _f("meeting", FOOTER, 0.2, *_meeting()),
            _f("join-head", FOOTER, 0.4, (_OLD, "Become a member")),
            _f("join", FOOTER, 0.38,
               (_OLD, "Annual dues: $35 a family ($25 for seasonal renters) · PO Box 143, "
                "Smithfield, ME 04978"),
               ("2018-01-01", "Annual dues: $40 a family ($30 for seasonal renters) · PO Box "
                "143, Smithfield, ME 04978")),
            _f("nest", FOOTER, 0.04,
               (_OLD, "A loon is nesting on the north island: please keep at least 150 feet "
                "away.")),
        ),
    )


# --- a yarn shop's blog (Vermont) ------------------------------------------------------------

def lys_day(y: int) -> dt.date:
    """Local Yarn Store Day: the last Saturday of April."""
    return last_weekday(y, 4, 5)


def sheep_and_wool(y: int) -> dt.date:
    """The Vermont Sheep & Wool Festival's Saturday: the first Saturday of October."""
    return nth_weekday(y, 10, 5, 1)


_NEWSLETTER = "✉️ Sign up for our newsletter for new yarns and class dates."


def _events() -> tuple[tuple[str, str], ...]:
    events: list[Event] = []
    for y in YEARS:
        if y in (2018, 2019):
            day = lys_day(y)
            events.append((dt.date(y, 4, 1), day + dt.timedelta(days=1),
                           f"🛍️ Local Yarn Store Day is Saturday, April {day.day}: door prizes "
                           "and 15% off all day."))
        day = sheep_and_wool(y)
        text = (f"🐑 Find us at the Vermont Sheep & Wool Festival in Tunbridge, October "
                f"{day.day}–{day.day + 1}, in the exhibition hall.")
        if y == 2020:
            text = ("🐑 The 2020 Vermont Sheep & Wool Festival is online only: visit our virtual "
                    "booth.")
        events.append((dt.date(y, 9, 1), day + dt.timedelta(days=2), text))
    return _timeline([(_OLD, _NEWSLETTER)], events)


def birchwood_style() -> PublisherStyle:
    """A yarn shop's blog (Vermont): "Posted by" with a long date turned a short date and a
    reading time, new yarn and pattern inserts, tags, an older-post link, knit night moved to
    Zoom in 2020, a newsletter line turned Local Yarn Store Day (2018 and 2019) and the Sheep
    & Wool Festival on the first weekend of October (online in 2020), a free-shipping
    threshold raised, a winding line turned curbside pickup and reopening in 2020, a colours
    line, an address block, a rare website maintenance notice."""
    return PublisherStyle(
        domain="birchwoodfiber.com", site="Birchwood Fiber Company", base_size=190,
        subdomains=(("www.", 100),),
        sections=("blog", "patterns", "events", "new-arrivals"),
        n_authors=2, url_path="/blogs/news/{slug}",
        pools={
            "tags": ("knit night", "new yarn", "patterns", "sock club", "events", "classes",
                     "sale"),
            "yarn": ("🧶 New in: Green Mountain Spinnery Weekend Wool, worsted, 140 yds",
                     "🧶 New in: hand-dyed merino sock yarn from a Vermont dyer, 400 yds",
                     "🧶 New in: undyed alpaca from a farm in Addison County, 220 yds",
                     "🧶 New in: chunky wool in six heathered colors, 106 yds"),
            "pattern": ("📌 Pattern: a top-down raglan cardigan in worsted weight",
                        "📌 Pattern: a simple ribbed hat, free with any yarn purchase",
                        "📌 Pattern: a lace shawl for one skein of fingering weight",
                        "📌 Pattern: toe-up socks with a heel flap"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Posted by {author} on {date_long}"),
               ("2019-04-01", "{date_short} · {read_min} min read")),
            _f("yarn", MIDDLE, 0.3, (_OLD, "{yarn}")),
            _f("pattern", MIDDLE, 0.2, (_OLD, "{pattern}")),
            _f("tagged", FOOTER, 0.5, (_OLD, "Tagged: {tags_list}")),
            _f("older", FOOTER, 0.35, (_OLD, "Older post: {other_title}")),
            _f("knitnight", FOOTER, 0.3,
               (_OLD, "Knit night every Thursday, 6–8pm: bring a project, all skill levels "
                "welcome."),
               ("2020-03-19", "Knit night has moved online: join us on Zoom on Thursdays at "
                "6pm.")),
            _f("events", FOOTER, 0.25, *_events()),
            _f("shipping", FOOTER, 0.2, (_OLD, "Free shipping on U.S. orders over $75."),
               ("2019-01-01", "Free shipping on U.S. orders over $100.")),
            _f("curbside", FOOTER, 0.2,
               (_OLD, "We wind yarn into cakes for free when you buy it in the shop."),
               ("2020-03-25", "The shop is closed to browsing: order online for curbside pickup "
                "or shipping."),
               ("2020-05-18", "We are open for browsing again, with masks and no more than six "
                "customers at a time.")),
            _f("colors", FOOTER, 0.2, (_OLD, "Colors may look different on your screen.")),
            _f("visit-head", FOOTER, 0.4, (_OLD, "Visit the shop")),
            _f("visit", FOOTER, 0.38,
               (_OLD, "12 Merchants Row, Middlebury, VT 05753 · Tuesday to Saturday 10am–5pm · "
                "(802) 555-0143")),
            _f("maintenance", FOOTER, 0.04,
               (_OLD, "Website maintenance on Sunday night: orders placed then may be delayed.")),
        ),
    )


def heldout24_styles() -> list[PublisherStyle]:
    """The held-back-24 styles, in the order the generator hands them to publishers."""
    return [
        surma_style(), mirai_style(), dihok_style(), waldpost_style(), sugbo_style(),
        muskrats_style(), moyvalley_style(), packhorse_style(), hollowmere_style(),
        craggvale_style(), tarrabee_style(), birchwood_style(),
    ]
