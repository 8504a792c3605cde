"""The thirty-seventh held-back template set (``held-back-37``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the thirty-sixth
held-back set (`tests.bench.heldout_templates_36`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first thirty-six held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 97.32% of the boilerplate removed, 99.98% of the content
kept, at c3592ff (97.65% with the session-start code f99d096: that session's date rules
cost it 0.33 before it was seen); studied since, so no longer an unseen test.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Cantonese-language district news
site in Traditional Chinese (Sai Kung, Hong Kong), a Sundanese-language news site
(Bandung), a Hiligaynon-language news site (Iloilo), an isiXhosa-language news site
(Mthatha), a Twi-language news site (Kumasi), a Latgalian-language regional news site
(Rēzekne), a Judeo-Spanish (Ladino) community news site (Istanbul), a Hawaiian-language news
site (Hilo), a Quaker meeting's newsletter (Yorkshire), a greyhound stadium's racing news
(Lincolnshire), a rural electric cooperative's member news (Kansas) and a croquet club's
news (Oxfordshire). None of these kinds is in an earlier held-back set, nor these languages
as a site's language.

Variation: article dates localised day by day (a date in Chinese numerals with the weekday
in brackets; Sundanese weekdays and months after "Poé" with the time slot; Hiligaynon
weekdays and months in a month-first order; isiXhosa weekdays with "Ngo-" and the isiXhosa
month names; Twi weekdays and the Twi month names, month first; a Latgalian year-first date
with "goda" and the weekday last; Judeo-Spanish weekdays and months; Hawaiian weekdays and
months with the night of the Hawaiian moon calendar beside them; the Quakers' plain-style
dates, "First Day" and "Sixth Month"), a Quaker meeting's next meeting for worship for
business, a greyhound stadium's next race meeting, a cooperative's office closures on the
US federal holidays (moved off weekends), a croquet club's lawns (mowing Mondays, winter
play), English, Spanish, Indonesian, ISO and dotted date slots, bylines of many shapes
(bracketed reporter lines with the district, a writer with an editor, a town after a comma,
"as reported by" forms, a clerk, a racing manager, member services, a secretary), notices
reworded in 2015-2020 (social lines gaining a second network; donation appeals gaining a
second wallet; subscription, hire, admission and membership prices raised; an outage line
gaining a text number), election and emergency lines (Hong Kong's 2016 and 2019 votes,
typhoon Mangkhut, the 2020 gathering limits and the postponed vote; West Java's and
Indonesia's 2018-2020 votes and the 2020 large-scale restrictions; the Philippines' 2016,
2018 and 2019 votes and the 2020 quarantine; South Africa's 2016 and 2019 votes and the 2020
lockdown; Ghana's 2016 and 2020 votes and Kumasi's 2020 lockdown; Latvia's 2017-2019 votes
and the 2020 emergency; Turkey's 2017-2019 votes, Istanbul's rerun and the 2020 curfews;
Hawaii's 2016-2020 votes, the 2018 false missile alert, the Puna eruption, hurricane Lane
and the 2020 stay-at-home order; England's and Kansas's 2020 rules), notices that follow a
calendar (Lunar New Year, Tuen Ng and Mid-Autumn; Indonesia's Independence Day and Bandung's
anniversary with their counts and Lebaran; Dinagyang on the fourth Sunday of January, the
Philippines' Independence Day with its count and Christmas; Freedom Day with its count,
Mandela Day and Heritage Day; Ghana's Independence Day with its count, Akwasidae every
forty-two days and Christmas; Latvia's Independence Day with its count, Jāņi and Christmas;
Hanukkah, Passover, Rosh Hashanah and the International Day of Ladino; Kamehameha Day,
Kūhiō Day, the Merrie Monarch festival after Easter (none in 2020) and Lā Hoʻihoʻi Ea with
its count; Hiroshima Day and Remembrance; seasons of children's meetings, capital credits,
summer peaks, coaching and lawns), names at the start of lines, mid-line or after a label,
the article's own title (a share line) and other articles' titles (links in eight
languages), amounts (subscriptions in rupiah, rand and euros, donations, hire, admission,
meals and membership in pounds, a wallet number), tag lists, view and reader counts, phone
numbers in several countries' formats, multi-line blocks, mid-body inserts (some up to two
times), bare lines (ad labels in eight languages, script and language switches, block
headings), Chinese numerals and full-width punctuation (【】／：，), Sundanese é, Twi ɛ and
ɔ, Latgalian y, ō and ņ, Hawaiian ʻokina and kahakō, symbols and emoji where such sites use
them, and families in only 3-6% of articles beside ones in nearly all. Renamed variants of a
style keep the lines that do not name the site, so sister sites share a network footer.
"""

from __future__ import annotations

import calendar
import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, nth_weekday, ordinal
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

EASTER_WESTERN = {2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16",
                  2018: "2018-04-01", 2019: "2019-04-21", 2020: "2020-04-12"}
# The first day of the lunar year, of Tuen Ng (the fifth day of the fifth month) and of
# Mid-Autumn (the fifteenth day of the eighth month), as Hong Kong kept them.
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
TUEN_NG = {2015: "2015-06-20", 2016: "2016-06-09", 2017: "2017-05-30", 2018: "2018-06-18",
           2019: "2019-06-07", 2020: "2020-06-25"}
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
              2019: "2019-09-13", 2020: "2020-10-01"}
# Idul Fitri (Lebaran) as Indonesia's government kept it.
LEBARAN = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
           2019: "2019-06-05", 2020: "2020-05-24"}
# The first day of Hanukkah, of Passover and of Rosh Hashanah (from the evening before).
HANUKKAH = {2015: "2015-12-07", 2016: "2016-12-25", 2017: "2017-12-13", 2018: "2018-12-03",
            2019: "2019-12-23", 2020: "2020-12-11"}
PASSOVER = {2015: "2015-04-04", 2016: "2016-04-23", 2017: "2017-04-11", 2018: "2018-03-31",
            2019: "2019-04-20", 2020: "2020-04-09"}
ROSH_HASHANAH = {2015: "2015-09-14", 2016: "2016-10-03", 2017: "2017-09-21",
                 2018: "2018-09-10", 2019: "2019-09-30", 2020: "2020-09-19"}

CHINESE_DIGITS = "〇一二三四五六七八九"
CHINESE_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
SUNDANESE_WEEKDAYS = ("Senén", "Salasa", "Rebo", "Kemis", "Jumaah", "Saptu", "Minggu")
SUNDANESE_MONTHS = ("Januari", "Pébruari", "Maret", "April", "Méi", "Juni", "Juli", "Agustus",
                    "Séptémber", "Oktober", "Nopémber", "Désémber")
HILIGAYNON_WEEKDAYS = ("Lunes", "Martes", "Miyerkoles", "Huwebes", "Biyernes", "Sabado",
                       "Domingo")
HILIGAYNON_MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
                     "Septiyembre", "Oktubre", "Nobiyembre", "Disyembre")
XHOSA_WEEKDAYS = ("NgoMvulo", "NgoLwesibini", "NgoLwesithathu", "NgoLwesine",
                  "NgoLwesihlanu", "NgoMgqibelo", "NgeCawa")
XHOSA_MONTHS = ("EyoMqungu", "EyoMdumba", "EyoKwindla", "UTshazimpuzi", "UCanzibe",
                "EyeSilimela", "EyeKhala", "EyeThupha", "EyoMsintsi", "EyeDwarha", "EyeNkanga",
                "EyoMnga")
TWI_WEEKDAYS = ("Dwoada", "Benada", "Wukuada", "Yawoada", "Fiada", "Memeneda", "Kwasiada")
TWI_MONTHS = ("Ɔpɛpɔn", "Ogyefuo", "Ɔbɛnem", "Oforisuo", "Kotonimma", "Ayɛwohomumu",
              "Kitawonsa", "Ɔsanaa", "Ɛbɔ", "Ahinime", "Obubuo", "Ɔpɛnimma")
LATGALIAN_WEEKDAYS = ("pyrmūdīne", "ūtardīne", "trešdīne", "catūrtdīne", "pīktdīne",
                      "sastdīne", "svātdīne")
LATGALIAN_MONTHS = ("janvars", "februars", "marts", "apreļs", "majs", "juņs", "jūļs",
                    "augusts", "septembris", "oktobris", "novembris", "decembris")
LADINO_WEEKDAYS = ("Lunes", "Martes", "Mierkoles", "Djueves", "Viernes", "Shabat", "Alhad")
LADINO_MONTHS = ("Enero", "Febrero", "Marso", "Avril", "Mayo", "Junio", "Julio", "Agosto",
                 "Septembre", "Oktubre", "Novembre", "Desembre")
HAWAIIAN_WEEKDAYS = ("Pōʻakahi", "Pōʻalua", "Pōʻakolu", "Pōʻahā", "Pōʻalima", "Pōʻaono",
                     "Lāpule")
HAWAIIAN_MONTHS = ("Ianuali", "Pepeluali", "Malaki", "ʻApelila", "Mei", "Iune", "Iulai",
                   "ʻAukake", "Kepakemapa", "ʻOkakopa", "Nowemapa", "Kekemapa")
# The thirty nights of the Hawaiian moon calendar, from the first crescent (Hilo) through
# the full moon (Hoku, Māhealani) to the dark night (Muku).
HAWAIIAN_NIGHTS = ("Hilo", "Hoaka", "Kūkahi", "Kūlua", "Kūkolu", "Kūpau", "ʻOlekūkahi",
                   "ʻOlekūlua", "ʻOlekūkolu", "ʻOlepau", "Huna", "Mōhalu", "Hua", "Akua",
                   "Hoku", "Māhealani", "Kulu", "Lāʻaukūkahi", "Lāʻaukūlua", "Lāʻaupau",
                   "ʻOlekūkahi", "ʻOlekūlua", "ʻOlepau", "Kāloakūkahi", "Kāloakūlua",
                   "Kāloapau", "Kāne", "Lono", "Mauli", "Muku")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
# The Quakers' plain style: days and months by number, Sunday the First Day.
PLAIN_WEEKDAYS = ("Second Day", "Third Day", "Fourth Day", "Fifth Day", "Sixth Day",
                  "Seventh Day", "First Day")
PLAIN_MONTHS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
                "Ninth", "Tenth", "Eleventh", "Twelfth")

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


# --- a Cantonese-language district news site in Traditional Chinese (Sai Kung, Hong Kong) ------

HK_DAILY = dt.date(2018, 2, 16)  # from Lunar New Year 2018, dates in Chinese numerals
HK_BYLINE = dt.date(2018, 9, 1)  # "記者：" turned a bracketed line with the district
HK_SOCIAL = dt.date(2019, 3, 1)  # the follow line gained Instagram
HK_DONATE = dt.date(2019, 10, 1)  # the appeal gained PayMe


def chinese_number(n: int) -> str:
    """`n` (1-31) in Chinese numerals as dates write it: 十一, 二十, 三十一."""
    assert 0 < n < 40, n
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else CHINESE_DIGITS[tens] + "十"
    return head + (CHINESE_DIGITS[ones] if ones else "")


def chinese_year(y: int) -> str:
    """A year digit by digit in Chinese numerals: 二〇一九."""
    return "".join(CHINESE_DIGITS[int(c)] for c in str(y))


def _hk_dated(day: dt.date) -> str:
    return (f"{chinese_year(day.year)}年{chinese_number(day.month)}月{chinese_number(day.day)}日"
            f"（{CHINESE_WEEKDAYS[day.weekday()]}）")


def _hk_gitjat() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "讚好我哋嘅 Facebook 專頁，緊貼西貢大小事。"),
            (HK_SOCIAL.isoformat(), "追蹤我哋嘅 Facebook 同 Instagram，緊貼西貢大小事。")]
    events = _around(LUNAR_NEW_YEAR, 2, 2, "🧧 恭喜發財！祝各位街坊新年進步、身體健康。")
    events += _around(TUEN_NG, 1, 0, "🐉 端午節快樂！今日碼頭有龍舟競渡。")
    events += _around(MID_AUTUMN, 1, 1, "🏮 中秋節快樂！記得小心玩燈籠。")
    events += _yearly(0, "12-24", 0, 1, lambda _: "🎄 聖誕快樂！")
    return _timeline(base, events)


def _hk_baoliu() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📮 有料爆？WhatsApp 我哋：5550 2360")]
    return _timeline(base, [
        (dt.date(2016, 8, 22), dt.date(2016, 9, 5), "🗳️ 立法會選舉：九月四日，記得去投票！"),
        (dt.date(2018, 9, 14), dt.date(2018, 9, 18),
         "🌀 山竹襲港：十號風球期間請留喺室內，遠離海邊！"),
        (dt.date(2019, 11, 10), dt.date(2019, 11, 25),
         "🗳️ 區議會選舉：十一月二十四日，記得去投票！"),
        (dt.date(2020, 3, 29), dt.date(2020, 5, 8), "😷 限聚令：公眾地方唔可以多過四人聚集。"),
        (dt.date(2020, 7, 31), dt.date(2020, 8, 15), "🗳️ 立法會選舉押後一年舉行。"),
    ])


def saikung_style() -> PublisherStyle:
    """A Cantonese-language district news site in Traditional Chinese (Sai Kung, Hong Kong):
    a script and language switch, a section kicker, an ISO date slot with the time turned a
    date in Chinese numerals with the weekday in full-width brackets (a wording per day,
    from Lunar New Year 2018), "記者：" turned a bracketed reporter line with the district,
    a view count, "廣告" and "延伸閱讀：" (up to twice) and photo-source inserts, a tag list,
    a follow line (gaining Instagram) turned Lunar New Year, Tuen Ng, Mid-Autumn and
    Christmas, a tip line turned two votes, typhoon Mangkhut, the 2020 gathering limit and
    the postponed vote, a donation appeal gaining PayMe, an opinion disclaimer, a comment
    rule, a rare rainstorm warning, a copyright line."""
    return PublisherStyle(
        domain="saikungkaifong.com.hk", site="西貢街坊報", base_size=880,
        subdomains=(("", 70), ("m.", 30)),
        sections=("community", "politics", "transport", "education", "food", "outdoors"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}/{n}",
        pools={
            "lanmuk": ("社區", "政治", "交通", "教育", "飲食", "環境", "體育", "文化"),
            "geizhe": ("陳嘉欣", "黃志偉", "李詠詩", "張家豪", "梁佩儀", "何俊傑"),
            "dei": ("西貢", "將軍澳", "坑口", "清水灣", "沙田", "觀塘"),
            "tsoeng": ("西貢街坊報", "讀者提供", "資料圖片", "Facebook 截圖", "政府新聞處"),
            "biutsim": ("西貢", "將軍澳", "郊野公園", "小巴", "區議會", "海鮮", "行山", "颱風",
                        "學校", "屋苑"),
        },
        families=(
            _f("lang", HEADER, 0.2, (_OLD, "繁 | 简 | EN")),
            _f("lanmuk", HEADER, 0.3, (_OLD, "{lanmuk}")),
            _f("yatkei", HEADER, 0.85, (_OLD, "{date_iso} {time}"),
               *_daily(_hk_dated, HK_DAILY)),
            _f("geizhe", HEADER, 0.6, (_OLD, "記者：{geizhe}"),
               (HK_BYLINE.isoformat(), "【記者 {geizhe}／{dei}報道】")),
            _f("lauram", HEADER, 0.35, (_OLD, "👁 {count} 次瀏覽")),
            _f("gwonggou", MIDDLE, 0.45, (_OLD, "廣告"), count=2),
            _f("yausan", MIDDLE, 0.4, (_OLD, "延伸閱讀：{other_title}"), count=2),
            _f("tsoeng", MIDDLE, 0.3, (_OLD, "圖片來源：{tsoeng}")),
            _f("biutsim", FOOTER, 0.35, (_OLD, "標籤：{biutsim_list}")),
            _f("gitjat", FOOTER, 0.25, *_hk_gitjat()),
            _f("baoliu", FOOTER, 0.2, *_hk_baoliu()),
            _f("jonzo", FOOTER, 0.2,
               (_OLD, "💰 支持獨立社區媒體：PayPal 每月 $50 起。"),
               (HK_DONATE.isoformat(), "💰 支持獨立社區媒體：PayPal 或 PayMe，每月 $50 起。")),
            _f("mangzak", FOOTER, 0.25,
               (_OLD, "文章觀點只代表作者本人，不代表本報立場。")),
            _f("lauyin", FOOTER, 0.3,
               (_OLD, "留言經審核後先會顯示。請勿粗言穢語或者作人身攻擊。")),
            _f("hungfung", FOOTER, 0.04,
               (_OLD, "⚠️ 黑色暴雨警告生效：請留喺安全地方，唔好落河溪！")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} 西貢街坊報 版權所有，未經許可不得轉載。")),
        ),
    )


# --- a Sundanese-language news site (Bandung) -------------------------------------------------

SU_DAILY = dt.date(2018, 8, 17)  # from Independence Day 2018, Sundanese dates
SU_BYLINE = dt.date(2018, 4, 1)  # the byline gained the editor
SU_SOCIAL = dt.date(2019, 6, 1)  # the follow line gained YouTube
SU_PRICE = dt.date(2019, 1, 1)  # the monthly subscription went up


def _su_dated(day: dt.date) -> str:
    return (f"Poé {SUNDANESE_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{SUNDANESE_MONTHS[day.month - 1]} {day.year} · {{time}} WIB")


def _su_mieling() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Tuturkeun kami di Instagram."),
            (SU_SOCIAL.isoformat(), "Tuturkeun kami di Instagram sareng YouTube.")]
    events = _yearly(1945, "08-17", 2, 0, lambda n: f"🇮🇩 Wilujeng Poé Kamerdékaan RI "
                                                    f"ka-{n}! Merdéka!")
    events += _yearly(1810, "09-25", 1, 0, lambda n: f"🎉 Wilujeng Milangkala Kota Bandung "
                                                     f"ka-{n}!")
    events += _around(LEBARAN, 2, 2, "🌙 Wilujeng Boboran Siam, hapunten lahir sareng batin.")
    return _timeline(base, events)


def _su_pilkada() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Gaduh wartos? WA ka 0812-2055-0236")]
    return _timeline(base, [
        (dt.date(2018, 6, 13), dt.date(2018, 6, 28),
         "🗳️ Pilgub Jabar: Rebo, 27 Juni. Ulah golput!"),
        (dt.date(2019, 4, 3), dt.date(2019, 4, 18),
         "🗳️ Pemilu serentak: Rebo, 17 April. Ulah golput!"),
        (dt.date(2020, 4, 22), dt.date(2020, 6, 1),
         "😷 PSBB Bandung Raya: cicing di imah, anggo masker."),
        (dt.date(2020, 11, 25), dt.date(2020, 12, 10),
         "🗳️ Pilkada Kabupatén Bandung: Rebo, 9 Désémber."),
    ])


def sunda_style() -> PublisherStyle:
    """A Sundanese-language news site (Bandung): a two-language switch, a section kicker,
    an Indonesian date slot with the time turned "Poé", a Sundanese weekday and month and
    the time slot with WIB (a wording per day holding a slot, from Independence Day 2018),
    a writer gaining the editor, a read count, "Pariwara" and "Baca ogé:" (up to twice) and
    photo inserts, a keyword list, a follow line (gaining YouTube) turned Independence Day
    and Bandung's anniversary with their counts and Lebaran, a tip line turned three votes
    and the 2020 restrictions, a subscription raised in 2019, a comment rule, a rare flood
    warning, a copyright line."""
    return PublisherStyle(
        domain="wartapasundan.id", site="Warta Pasundan", base_size=760,
        subdomains=(("www.", 100),),
        sections=("warta", "pulitik", "ekonomi", "olahraga", "budaya", "atikan"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrik": ("Warta", "Pulitik", "Ékonomi", "Olahraga", "Budaya", "Atikan",
                       "Kasehatan", "Wisata"),
            "panulis": ("Asep Saepudin", "Euis Komariah", "Dadang Hermawan", "Neng Rina",
                        "Ujang Sutisna", "Iis Dahlia Nurjanah"),
            "redaktur": ("Hendra Gunawan", "Lilis Suryani", "Cecep Mulyana"),
            "poto": ("Warta Pasundan", "Dok. pribadi", "Humas Pemkot Bandung", "Istiméwa"),
            "konci": ("Bandung", "Sumedang", "Garut", "Persib", "Citarum", "Cianjur",
                      "basa Sunda", "pasar", "banjir", "sakola"),
        },
        families=(
            _f("basa", HEADER, 0.2, (_OLD, "Basa Sunda | Bahasa Indonesia")),
            _f("rubrik", HEADER, 0.3, (_OLD, "{rubrik}")),
            _f("kaping", HEADER, 0.85, (_OLD, "{date_id} | {time} WIB"),
               *_daily(_su_dated, SU_DAILY)),
            _f("panulis", HEADER, 0.6, (_OLD, "Panulis: {panulis}"),
               (SU_BYLINE.isoformat(), "Panulis: {panulis} · Redaktur: {redaktur}")),
            _f("dibaca", HEADER, 0.35, (_OLD, "Dibaca {count} kali")),
            _f("pariwara", MIDDLE, 0.45, (_OLD, "Pariwara"), count=2),
            _f("bacaoge", MIDDLE, 0.4, (_OLD, "Baca ogé: {other_title}"), count=2),
            _f("poto", MIDDLE, 0.3, (_OLD, "Poto: {poto}")),
            _f("konci", FOOTER, 0.35, (_OLD, "Kecap konci: {konci_list}")),
            _f("mieling", FOOTER, 0.25, *_su_mieling()),
            _f("pilkada", FOOTER, 0.2, *_su_pilkada()),
            _f("langganan", FOOTER, 0.2,
               (_OLD, "📰 Langganan koran: Rp 90.000 sabulan, dianteurkeun ka bumi."),
               (SU_PRICE.isoformat(), "📰 Langganan koran: Rp 100.000 sabulan, dianteurkeun "
                                      "ka bumi.")),
            _f("komentar", FOOTER, 0.3,
               (_OLD, "Koméntar dipariksa heula saméméh ditémbongkeun. Ulah nyebarkeun hoaks "
                "jeung SARA.")),
            _f("banjir", FOOTER, 0.04,
               (_OLD, "⚠️ Banjir di Dayeuhkolot: hindari jalan ka Baléndah!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "Hak cipta © {year} Warta Pasundan. Sadaya hak ditangtayungan.")),
        ),
    )


# --- a Hiligaynon-language news site (Iloilo) -------------------------------------------------

HI_DAILY = dt.date(2018, 6, 12)  # from Independence Day 2018, Hiligaynon dates
HI_BYLINE = dt.date(2018, 11, 1)  # "Ginsulat ni" turned the writer and the town
HI_SOCIAL = dt.date(2019, 2, 1)  # the follow line gained YouTube
HI_WALLET = dt.date(2020, 3, 1)  # the appeal gained PayMaya


def _hi_dated(day: dt.date) -> str:
    return (f"{HILIGAYNON_WEEKDAYS[day.weekday()]}, {HILIGAYNON_MONTHS[day.month - 1]} "
            f"{day.day}, {day.year}")


def dinagyang(y: int) -> dt.date:
    """Dinagyang's main day in Iloilo City: the fourth Sunday of January."""
    return nth_weekday(y, 1, 6, 4)


def _hi_piesta() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "I-like kami sa Facebook."),
            (HI_SOCIAL.isoformat(), "I-follow kami sa Facebook kag YouTube.")]
    events: list[Event] = [(dinagyang(y) - dt.timedelta(days=2), dinagyang(y) + dt.timedelta(
        days=1), "🥁 Viva Señor Santo Niño! Malipayon nga Dinagyang!") for y in YEARS]
    events += _yearly(1898, "06-12", 1, 0, lambda n: f"🇵🇭 Malipayon nga ika-{n} nga Adlaw "
                                                     f"sang Kahilwayan!")
    events += _yearly(0, "12-24", 0, 8, lambda _: "🎄 Malipayon nga Paskwa kag Mahamungaya "
                                                  "nga Bag-ong Tuig!", years=range(2014, 2021))
    return _timeline(base, events)


def _hi_piliay() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 May balita ka? I-text kami: 0917 555 0236")]
    return _timeline(base, [
        (dt.date(2016, 4, 25), dt.date(2016, 5, 10), "🗳️ Piliay nasyonal: Mayo 9. Magboto!"),
        (dt.date(2018, 4, 30), dt.date(2018, 5, 15),
         "🗳️ Piliay sang barangay kag SK: Mayo 14. Magboto!"),
        (dt.date(2019, 4, 29), dt.date(2019, 5, 14), "🗳️ Midterm nga piliay: Mayo 13. Magboto!"),
        (dt.date(2020, 3, 16), dt.date(2020, 6, 1),
         "😷 ECQ: Magpabilin sa balay kag magsuksok sang face mask."),
    ])


def hiligaynon_style() -> PublisherStyle:
    """A Hiligaynon-language news site (Iloilo): a section kicker, a US date slot turned a
    Hiligaynon weekday and month, month first (a wording per day, from Independence Day
    2018), "Ginsulat ni" turned the writer and the town, a reader count, "Anunsyo" and
    "Basaha man:" (up to twice) and photo inserts, a tag list, a follow line (gaining
    YouTube) turned Dinagyang, Independence Day with its count and Christmas, a tip line
    turned three votes and the 2020 quarantine, a donation appeal gaining PayMaya, a
    comment rule, a rare typhoon signal, a copyright line."""
    return PublisherStyle(
        domain="balitapanay.ph", site="Balita Panay", base_size=650,
        subdomains=(("www.", 100),),
        sections=("balita", "politika", "negosyo", "sports", "kultura", "probinsya"),
        n_authors=5, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "bahin": ("Balita", "Politika", "Negosyo", "Sports", "Kultura", "Edukasyon",
                      "Panglawas", "Probinsya"),
            "sumulat": ("Rhea Gallego", "Jun Tupas", "Mae Ann Sorongon", "Ramon Villanueva",
                        "Kristine Ganzon", "Noel Caspe"),
            "banwa": ("Iloilo City", "Roxas City", "Passi", "Kalibo", "San Jose de Buenavista",
                      "Jordan, Guimaras"),
            "litrato": ("Balita Panay", "PIA Iloilo", "Facebook", "Ginpadala sang mabasa"),
            "tag": ("Iloilo", "Capiz", "Aklan", "Antique", "Guimaras", "Dinagyang", "Jaro",
                    "Molo", "La Paz batchoy", "Boracay"),
        },
        families=(
            _f("bahin", HEADER, 0.3, (_OLD, "{bahin}")),
            _f("petsa", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_hi_dated, HI_DAILY)),
            _f("sumulat", HEADER, 0.6, (_OLD, "Ginsulat ni {sumulat}"),
               (HI_BYLINE.isoformat(), "Ni {sumulat}, {banwa}")),
            _f("nagbasa", HEADER, 0.35, (_OLD, "{count} ka nagbasa")),
            _f("anunsyo", MIDDLE, 0.45, (_OLD, "Anunsyo"), count=2),
            _f("basaman", MIDDLE, 0.4, (_OLD, "Basaha man: {other_title}"), count=2),
            _f("litrato", MIDDLE, 0.3, (_OLD, "Litrato: {litrato}")),
            _f("tag", FOOTER, 0.35, (_OLD, "Mga tag: {tag_list}")),
            _f("piesta", FOOTER, 0.25, *_hi_piesta()),
            _f("piliay", FOOTER, 0.2, *_hi_piliay()),
            _f("bulig", FOOTER, 0.2,
               (_OLD, "💛 Buligi ang amon pamantalaan: GCash 0917 555 0236."),
               (HI_WALLET.isoformat(), "💛 Buligi ang amon pamantalaan: GCash ukon PayMaya "
                                       "0917 555 0236.")),
            _f("komento", FOOTER, 0.3,
               (_OLD, "Ang mga komento ginarepaso antes ipakita. Indi pagbutang sang malaw-ay "
                "nga pulong.")),
            _f("bagyo", FOOTER, 0.04,
               (_OLD, "⚠️ Signal No. 2 sa Iloilo: indi anay magbiyahe sa dagat!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Balita Panay. Tanan nga kinamatarong reserbado.")),
        ),
    )


# --- an isiXhosa-language news site (Mthatha) --------------------------------------------------

XH_DAILY = dt.date(2018, 4, 27)  # from Freedom Day 2018, isiXhosa dates
XH_BYLINE = dt.date(2018, 10, 1)  # "Ngu-" turned "Umbhali:" with the town
XH_SOCIAL = dt.date(2019, 5, 1)  # the follow line gained Twitter
XH_PRICE = dt.date(2020, 1, 1)  # the monthly subscription went up


def _xh_dated(day: dt.date) -> str:
    return (f"{XHOSA_WEEKDAYS[day.weekday()]}, {day.day} {XHOSA_MONTHS[day.month - 1]} "
            f"{day.year}")


def _xh_imibhiyozo() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Silandele ku-Facebook."),
            (XH_SOCIAL.isoformat(), "Silandele ku-Facebook nakwi-Twitter.")]
    events = _yearly(1994, "04-27", 1, 0, lambda n: f"🇿🇦 Usuku lweNkululeko: iminyaka "
                                                    f"engama-{n} yedemokhrasi!")
    events += _yearly(0, "07-18", 1, 0, lambda _: "✊ Usuku lukaMandela: nikela ngemizuzu "
                                                  "engama-67 yakho.")
    events += _yearly(0, "09-24", 1, 0, lambda _: "🎉 Usuku lweMbali: nxiba isinxibo "
                                                  "sakho semveli!")
    return _timeline(base, events)


def _xh_unyulo() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Unayo indaba? Sitsalele: 047 555 0236")]
    return _timeline(base, [
        (dt.date(2016, 7, 20), dt.date(2016, 8, 4),
         "🗳️ Unyulo looRhulumente basekhaya: 3 EyeThupha. Yiya kuvota!"),
        (dt.date(2019, 4, 24), dt.date(2019, 5, 9),
         "🗳️ Unyulo lukaZwelonke: 8 UCanzibe. Yiya kuvota!"),
        (dt.date(2020, 3, 26), dt.date(2020, 6, 1),
         "😷 Ukuvalwa kwelizwe: hlala ekhaya, nxiba imaski."),
    ])


def xhosa_style() -> PublisherStyle:
    """An isiXhosa-language news site (Mthatha): a two-language switch, a section kicker,
    an English date slot turned an isiXhosa weekday with "Ngo-" and the isiXhosa month (a
    wording per day, from Freedom Day 2018), "Ngu-" glued to the writer turned "Umbhali:"
    with the town, "Intengiso" and "Funda nale:" (up to twice) and photo inserts, a follow
    line (gaining Twitter) turned Freedom Day with its count, Mandela Day and Heritage Day,
    a tip line turned two votes and the 2020 lockdown, a subscription raised in 2020, a
    comment rule, a two-line office block, a rare storm warning, a copyright line."""
    return PublisherStyle(
        domain="izwilasemthatha.co.za", site="Izwi laseMthatha", base_size=560,
        subdomains=(("www.", 100),),
        sections=("iindaba", "ezopolitiko", "ezoqoqosho", "ezemidlalo", "inkcubeko",
                  "imfundo"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "icandelo": ("Iindaba", "Ezopolitiko", "Ezoqoqosho", "Ezemidlalo", "Inkcubeko",
                         "Imfundo", "Impilo", "Amaphandle"),
            "umbhali": ("Siphokazi Mbeki", "Lwazi Ntsebeza", "Nomvula Dlamini",
                        "Aphiwe Gqirana", "Zukisa Mtshali", "Luvuyo Jafta"),
            "idolophu": ("eMthatha", "eQonce", "eMonti", "eNgcobo", "eLibode", "eCofimvaba"),
            "umfanekiso": ("Izwi laseMthatha", "Ugcino", "Facebook", "Umfundi"),
        },
        families=(
            _f("ulwimi", HEADER, 0.2, (_OLD, "isiXhosa | English")),
            _f("icandelo", HEADER, 0.3, (_OLD, "{icandelo}")),
            _f("umhla", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_xh_dated, XH_DAILY)),
            _f("umbhali", HEADER, 0.6, (_OLD, "Ngu-{umbhali}"),
               (XH_BYLINE.isoformat(), "Umbhali: {umbhali} | {idolophu}")),
            _f("intengiso", MIDDLE, 0.45, (_OLD, "Intengiso"), count=2),
            _f("funda", MIDDLE, 0.4, (_OLD, "Funda nale: {other_title}"), count=2),
            _f("umfanekiso", MIDDLE, 0.3, (_OLD, "Umfanekiso: {umfanekiso}")),
            _f("imibhiyozo", FOOTER, 0.25, *_xh_imibhiyozo()),
            _f("unyulo", FOOTER, 0.2, *_xh_unyulo()),
            _f("umrhumo", FOOTER, 0.2,
               (_OLD, "📰 Umrhumo wephephandaba: R30 ngenyanga."),
               (XH_PRICE.isoformat(), "📰 Umrhumo wephephandaba: R35 ngenyanga.")),
            _f("izimvo", FOOTER, 0.3,
               (_OLD, "Izimvo ziyahlolwa phambi kokuba zipapashwe. Akuvumelekanga ukuthuka.")),
            _f("ofisi-head", FOOTER, 0.4, (_OLD, "Iofisi yethu")),
            _f("ofisi", FOOTER, 0.38,
               (_OLD, "Sutherland Street, Mthatha 5099 · 047 555 0236 · "
                "iindaba@izwilasemthatha.co.za")),
            _f("isaqhwithi", FOOTER, 0.04,
               (_OLD, "⚠️ Isaqhwithi: musani ukuwela imilambo egcweleyo!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Izwi laseMthatha. Onke amalungelo agciniwe.")),
        ),
    )


# --- a Twi-language news site (Kumasi) --------------------------------------------------------

TW_DAILY = dt.date(2018, 3, 6)  # from Independence Day 2018, Twi dates
TW_BYLINE = dt.date(2019, 1, 1)  # "Ɔkyerɛwfoɔ:" turned "Sɛnea ... bɔɔ amanneɛ"
TW_SOCIAL = dt.date(2018, 9, 1)  # the follow line gained WhatsApp
TW_WALLET = dt.date(2019, 11, 1)  # the appeal gained Vodafone Cash
AKWASIDAE_2015 = dt.date(2015, 1, 11)  # a Sunday; Akwasidae comes back every 42 days


def _tw_dated(day: dt.date) -> str:
    return (f"{TWI_WEEKDAYS[day.weekday()]}, {TWI_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def akwasidae(first: dt.date, last: dt.date) -> list[dt.date]:
    """The Akwasidae Sundays from `first` to `last`, by the Akan forty-two-day (adaduanan)
    cycle the site counts from `AKWASIDAE_2015`."""
    k = -((AKWASIDAE_2015 - first).days // 42)
    out = []
    day = AKWASIDAE_2015 + dt.timedelta(days=42 * k)
    while day <= last:
        if day >= first:
            out.append(day)
        day += dt.timedelta(days=42)
    return out


def _tw_afahye() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Di yɛn akyi wɔ Facebook so."),
            (TW_SOCIAL.isoformat(), "Di yɛn akyi wɔ Facebook ne WhatsApp so.")]
    events = _yearly(1957, "03-06", 1, 0, lambda n: f"🇬🇭 Ahofadi Da: mfeɛ {n}! Ayekoo "
                                                    f"Ghana!")
    events += _yearly(0, "12-24", 0, 8, lambda _: "🎄 Afenhyia pa! Afe nkɔ mmɛto yɛn bio.",
                      years=range(2014, 2021))
    for day in akwasidae(FIRST_DAY, LAST_DAY):
        start, end = day - dt.timedelta(days=1), day + dt.timedelta(days=1)
        if not any(s < end and start < (e or dt.date.max) for s, e, _ in events):
            events.append((start, end, "🥁 Akwasidae: Asantehene Adae kɛseɛ wɔ Manhyia."))
    return _timeline(base, events)


def _tw_abatoo() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Wowɔ asɛm bi? Frɛ yɛn: 024 555 0236")]
    return _timeline(base, [
        (dt.date(2016, 11, 23), dt.date(2016, 12, 8),
         "🗳️ Abatoɔ kɛseɛ: Ɔpɛnimma 7. Kɔ na kɔtow w'aba!"),
        (dt.date(2020, 3, 30), dt.date(2020, 4, 20),
         "😷 Kumase mu ato mu: tena fie, hyɛ nkatanim."),
        (dt.date(2020, 11, 23), dt.date(2020, 12, 8),
         "🗳️ Abatoɔ kɛseɛ: Ɔpɛnimma 7. Kɔ na kɔtow w'aba!"),
    ])


def twi_style() -> PublisherStyle:
    """A Twi-language news site (Kumasi): a two-language switch, a section kicker, an
    English date slot turned a Twi weekday and month, month first (a wording per day, from
    Independence Day 2018), "Ɔkyerɛwfoɔ:" turned "Sɛnea ... bɔɔ amanneɛ", a reader count,
    "Dawurubɔ" and "Kenkan bio:" (up to twice) and photo inserts, a follow line (gaining
    WhatsApp) turned Independence Day with its count, Akwasidae every forty-two days and
    Christmas, a tip line turned two votes and the 2020 lockdown, a donation appeal gaining
    Vodafone Cash, a comment rule, a rare flood warning, a copyright line."""
    return PublisherStyle(
        domain="kumasensem.com.gh", site="Kumase Nsɛm", base_size=470,
        subdomains=(("www.", 100),),
        sections=("amannee", "amanyosem", "sikasem", "agodie", "amammere", "apomuden"),
        n_authors=5, url_path="/{section}/{n}",
        pools={
            "fa": ("Amanneɛ", "Amanyɔsɛm", "Sikasɛm", "Agodie", "Amammerɛ", "Nhomasua",
                   "Apomuden", "Mantam"),
            "kyerewfo": ("Akosua Agyeiwaa", "Kwabena Owusu", "Adwoa Serwaa", "Yaw Boakye",
                         "Ama Pokuaa", "Kofi Asante"),
            "mfonini": ("Kumase Nsɛm", "Manhyia", "Facebook", "Ɔkenkanfoɔ"),
        },
        families=(
            _f("kasa", HEADER, 0.2, (_OLD, "Twi | English")),
            _f("fa", HEADER, 0.3, (_OLD, "{fa}")),
            _f("da", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_tw_dated, TW_DAILY)),
            _f("kyerewfo", HEADER, 0.6, (_OLD, "Ɔkyerɛwfoɔ: {kyerewfo}"),
               (TW_BYLINE.isoformat(), "Sɛnea {kyerewfo} bɔɔ amanneɛ")),
            _f("akenkan", HEADER, 0.35, (_OLD, "Nnipa {count} na wɔakenkan")),
            _f("dawurubo", MIDDLE, 0.45, (_OLD, "Dawurubɔ"), count=2),
            _f("kenkan", MIDDLE, 0.4, (_OLD, "Kenkan bio: {other_title}"), count=2),
            _f("mfonini", MIDDLE, 0.3, (_OLD, "Mfonini: {mfonini}")),
            _f("afahye", FOOTER, 0.25, *_tw_afahye()),
            _f("abatoo", FOOTER, 0.2, *_tw_abatoo()),
            _f("mmoa", FOOTER, 0.2,
               (_OLD, "🙏 Boa yɛn adwuma: MTN MoMo 024 555 0236."),
               (TW_WALLET.isoformat(), "🙏 Boa yɛn adwuma: MTN MoMo anaa Vodafone Cash "
                                       "024 555 0236.")),
            _f("adwene", FOOTER, 0.3,
               (_OLD, "Yɛhwɛ adwene biara mu ansa na yɛde ato dwa. Yɛmfa ahohora nsɛm nto "
                "dwa.")),
            _f("nsuyiri", FOOTER, 0.04,
               (_OLD, "⚠️ Nsuyiri: mommfa Subin asuo ho kwan so!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Kumase Nsɛm. Hokwan nyinaa yɛ yɛn dea.")),
        ),
    )


# --- a Latgalian-language regional news site (Rēzekne) ----------------------------------------

LG_DAILY = dt.date(2018, 11, 18)  # from the centenary, Latgalian dates
LG_BYLINE = dt.date(2019, 5, 1)  # "Autors:" turned "Rakstu sagatavuoja"
LG_SOCIAL = dt.date(2019, 1, 1)  # the follow line gained Instagram
LG_PRICE = dt.date(2020, 1, 1)  # the monthly subscription went up


def _lg_dated(day: dt.date) -> str:
    return (f"{day.year}. goda {day.day}. {LATGALIAN_MONTHS[day.month - 1]}, "
            f"{LATGALIAN_WEEKDAYS[day.weekday()]}")


def _lg_svatki() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Sekoj mums Facebook."),
            (LG_SOCIAL.isoformat(), "Sekoj mums Facebook i Instagram.")]
    events = _yearly(1918, "11-18", 1, 0, lambda n: f"🇱🇻 Latvejai {n}! Prīcēgus "
                                                    f"svātkus!")
    events += _yearly(0, "06-23", 2, 1, lambda _: "🌿 Leigū! Prīcēgus Jāņus!")
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 Prīcēgus Zīmyssvātkus!")
    return _timeline(base, events)


def _lg_vielesonys() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📨 Ir kū pastuostēt? Raksti: redakceja@latgolysvestnesis.lv")]
    return _timeline(base, [
        (dt.date(2017, 5, 20), dt.date(2017, 6, 4),
         "🗳️ Pošvaļdeibu vieleišonys: 3. juņs. Ej balsuot!"),
        (dt.date(2018, 9, 22), dt.date(2018, 10, 7),
         "🗳️ Saeimys vieleišonys: 6. oktobris. Ej balsuot!"),
        (dt.date(2019, 5, 11), dt.date(2019, 5, 26),
         "🗳️ Eiropys parlamenta vieleišonys: 25. majs. Ej balsuot!"),
        (dt.date(2020, 3, 12), dt.date(2020, 6, 10),
         "😷 Uorkuorteja situaceja: turi divu metru distancu."),
    ])


def latgalian_style() -> PublisherStyle:
    """A Latgalian-language regional news site (Rēzekne): a two-language switch, a section
    kicker, a dotted date slot turned a year-first Latgalian date with "goda" and the
    weekday last (a wording per day, from the centenary), "Autors:" turned "Rakstu
    sagatavuoja", a view count, "Reklama" and "Losi ari:" (up to twice) and photo inserts, a
    share line with the article's own title in low-high quotes, a follow line (gaining
    Instagram) turned Independence Day with its count, Jāņi and Christmas, a tip line
    turned three votes and the 2020 emergency, a subscription raised in 2020, a comment
    rule, a rare ice warning, a copyright line."""
    return PublisherStyle(
        domain="latgolysvestnesis.lv", site="Latgolys Vēstnesis", base_size=400,
        subdomains=(("www.", 100),),
        sections=("zinis", "politika", "kultura", "voloda", "sports", "vesture"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "sadala": ("Ziņis", "Politika", "Kultura", "Volūda", "Sports", "Viesture",
                       "Saimnīceiba", "Jauniši"),
            "autors": ("Ilga Šuplinska", "Juris Cybulskis", "Anna Rancāne", "Valdis Kučs",
                       "Ilze Sprūdža", "Oskars Seiksts"),
            "foto": ("Latgolys Vēstnesis", "Arhivs", "Rēzeknis nūvods", "Privatais arhivs"),
        },
        families=(
            _f("voloda", HEADER, 0.2, (_OLD, "Latgalīšu | Latviešu")),
            _f("sadala", HEADER, 0.3, (_OLD, "{sadala}")),
            _f("datums", HEADER, 0.85, (_OLD, "{date_de}"), *_daily(_lg_dated, LG_DAILY)),
            _f("autors", HEADER, 0.6, (_OLD, "Autors: {autors}"),
               (LG_BYLINE.isoformat(), "Rakstu sagatavuoja {autors}")),
            _f("skatejumi", HEADER, 0.35, (_OLD, "Skatejumi: {count}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Reklama"), count=2),
            _f("losi", MIDDLE, 0.4, (_OLD, "Losi ari: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("daleit", FOOTER, 0.25, (_OLD, "Daleit ar draugim: „{title}”")),
            _f("svatki", FOOTER, 0.25, *_lg_svatki()),
            _f("vielesonys", FOOTER, 0.2, *_lg_vielesonys()),
            _f("abonements", FOOTER, 0.2,
               (_OLD, "📰 Abonements: 3,50 € mienesī."),
               (LG_PRICE.isoformat(), "📰 Abonements: 3,90 € mienesī.")),
            _f("komentari", FOOTER, 0.3,
               (_OLD, "Komentari parōdās piec puorbaudis. Rupjūs vuordus mes napublicejam.")),
            _f("ladus", FOOTER, 0.04,
               (_OLD, "⚠️ Rāznys azara ladus vēļ plōns: naej iz ladus!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Latgolys Vēstnesis. Vysys tīsības aizsorguotys.")),
        ),
    )


# --- a Judeo-Spanish (Ladino) community news site (Istanbul) -----------------------------------

LD_DAILY = dt.date(2018, 12, 5)  # from the first International Day of Ladino, Ladino dates
LD_BYLINE = dt.date(2019, 3, 1)  # "Por" turned "Eskrito por"
LD_SOCIAL = dt.date(2018, 6, 1)  # the follow line gained Instagram
LADINO_DAY = dt.date(2018, 12, 5)  # the first International Day of Ladino


def _ld_dated(day: dt.date) -> str:
    return (f"{LADINO_WEEKDAYS[day.weekday()]}, {day.day} de {LADINO_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ld_moadim() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Siguinos en Facebook."),
            (LD_SOCIAL.isoformat(), "Siguinos en Facebook i Instagram.")]
    events = _around(PASSOVER, 2, 1, "🍷 Pesah alegre i kasher!")
    events += _around(ROSH_HASHANAH, 2, 1, "🍎 Anyada buena, dulse i alegre!")
    events += _around(HANUKKAH, 1, 1, "🕎 Hanuka alegre! Ke las luminarias mos alumbren.")
    events += _yearly(0, "12-05", 0, 0, lambda _: "📚 Dia Internasional del Ladino: "
                                                  "avlemos muestra lingua!",
                      years=range(2018, 2021))
    return _timeline(base, events)


def _ld_haberes() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "✉️ Tyenes una haber? Eskrive a: haber@labozdebalat.com")]
    return _timeline(base, [
        (dt.date(2017, 4, 2), dt.date(2017, 4, 17), "🗳️ Referendum: 16 de Avril. Vota!"),
        (dt.date(2018, 6, 10), dt.date(2018, 6, 25), "🗳️ Eleksiones djenerales: 24 de Junio."),
        (dt.date(2019, 3, 17), dt.date(2019, 4, 1), "🗳️ Eleksiones lokales: 31 de Marso."),
        (dt.date(2019, 6, 9), dt.date(2019, 6, 24),
         "🗳️ La eleksion de Istanbul de muevo: 23 de Junio."),
        (dt.date(2020, 4, 11), dt.date(2020, 6, 1),
         "😷 Kedavos en kaza: los fines de semana ay sokak yasağı."),
    ])


def ladino_style() -> PublisherStyle:
    """A Judeo-Spanish (Ladino) community news site (Istanbul): a three-language switch, a
    section kicker, a Spanish date slot turned a Ladino weekday and month (a wording per
    day, from the first International Day of Ladino), "Por" turned "Eskrito por",
    "Anunsio" and "Meldaj tambien:" (up to twice) and photo inserts, a follow line (gaining
    Instagram) turned Passover, Rosh Hashanah, Hanukkah and the Day of Ladino, a tip line
    turned four votes and the 2020 curfews, a donation line, a comment rule, a two-line
    address block, a rare ferry cancellation, a copyright line."""
    return PublisherStyle(
        domain="labozdebalat.com", site="La Boz de Balat", base_size=340,
        subdomains=(("www.", 100),),
        sections=("haberes", "kultura", "komunita", "istoria", "kozina", "lingua"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "seksion": ("Haberes", "Kultura", "Komunita", "Istoria", "Kozina", "Lingua",
                        "Muzika", "Memoria"),
            "eskritor": ("Rahel Sarfati", "Izak Behar", "Sara Levi Eskenazi", "Moiz Kohen",
                         "Luna Benbasat", "David Alkabes"),
            "imaje": ("La Boz de Balat", "Arshivo", "Arshivo de la famiya", "Komunita"),
        },
        families=(
            _f("lingua", HEADER, 0.2, (_OLD, "Djudeo-espanyol | Türkçe | English")),
            _f("seksion", HEADER, 0.3, (_OLD, "{seksion}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_es}"), *_daily(_ld_dated, LD_DAILY)),
            _f("eskritor", HEADER, 0.6, (_OLD, "Por {eskritor}"),
               (LD_BYLINE.isoformat(), "Eskrito por {eskritor}")),
            _f("anunsio", MIDDLE, 0.45, (_OLD, "Anunsio"), count=2),
            _f("meldaj", MIDDLE, 0.4, (_OLD, "Meldaj tambien: {other_title}"), count=2),
            _f("imaje", MIDDLE, 0.3, (_OLD, "Imaje: {imaje}")),
            _f("moadim", FOOTER, 0.25, *_ld_moadim()),
            _f("haberes", FOOTER, 0.2, *_ld_haberes()),
            _f("asistensia", FOOTER, 0.2,
               (_OLD, "💙 Asistensia a muestro lavoro: Patreon o PayPal.")),
            _f("komentos", FOOTER, 0.3,
               (_OLD, "Los komentos se publikan despues de kontrolarlos. No eskrivash "
                "insultos.")),
            _f("adresa-head", FOOTER, 0.4, (_OLD, "Adresa")),
            _f("adresa", FOOTER, 0.38,
               (_OLD, "Vodina Caddesi 12, Balat, Fatih, Istanbul · +90 212 555 02 36")),
            _f("lodos", FOOTER, 0.04,
               (_OLD, "⚠️ Lodos fuerte en el Bosforo: los vapores no kaminan oy.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} La Boz de Balat. Todos los derechos rezervados.")),
        ),
    )


# --- a Hawaiian-language news site (Hilo) -----------------------------------------------------

HW_DAILY = dt.date(2018, 6, 11)  # from Kamehameha Day 2018, Hawaiian dates and moon nights
HW_BYLINE = dt.date(2019, 7, 31)  # "Na" turned "Kākau ʻia e"
HW_SOCIAL = dt.date(2019, 1, 1)  # the follow line gained Instagram
HW_WALLET = dt.date(2019, 9, 1)  # the appeal gained Venmo
SYNODIC = 29.530588853  # days, the mean lunar month
NEW_MOON_2000 = dt.datetime(2000, 1, 6, 18, 14)  # a new moon (UTC)


def moon_age(day: dt.date) -> float:
    """Days since the last mean new moon at noon UTC on `day`."""
    noon = dt.datetime(day.year, day.month, day.day, 12)
    return ((noon - NEW_MOON_2000).total_seconds() / 86400) % SYNODIC


def moon_night(day: dt.date) -> str:
    """The night of the Hawaiian moon calendar: the mean lunar month cut in thirty, from
    Hilo after the new moon."""
    return HAWAIIAN_NIGHTS[min(29, int(moon_age(day) / SYNODIC * 30))]


def _hw_dated(day: dt.date) -> str:
    return (f"{HAWAIIAN_WEEKDAYS[day.weekday()]}, {HAWAIIAN_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} · Pō {moon_night(day)}")


def _hw_lanui() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "E hahai mai iā mākou ma Facebook."),
            (HW_SOCIAL.isoformat(), "E hahai mai iā mākou ma Facebook a me Instagram.")]
    events = _yearly(0, "03-26", 1, 0, lambda _: "🌺 Hauʻoli Lā Kūhiō!")
    events += _yearly(0, "06-11", 1, 0, lambda _: "👑 Lā Kamehameha: e lei ʻia ke kiʻi o "
                                                  "Kamehameha.")
    events += _yearly(1843, "07-31", 1, 0, lambda n: f"🌿 Lā Hoʻihoʻi Ea: {n} makahiki.")
    for y in YEARS:
        easter = _day(EASTER_WESTERN[y])
        text = ("Ua hoʻopau ʻia ka Merrie Monarch 2020." if y == 2020
                else "💃 Merrie Monarch: e ola ka hula ma Hilo!")
        events.append((easter, easter + dt.timedelta(days=7), text))
    return _timeline(base, events)


def _hw_nuhou() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 He nūhou kāu? Kāhea mai: (808) 555-0236")]
    return _timeline(base, [
        (dt.date(2016, 10, 25), dt.date(2016, 11, 9), "🗳️ Koho pāloka: Nowemapa 8."),
        (dt.date(2018, 1, 13), dt.date(2018, 1, 15),
         "⚠️ He hewa ka leka hoʻolaha missile: ʻaʻohe pōʻino."),
        (dt.date(2018, 5, 4), dt.date(2018, 8, 10),
         "🌋 Pele ma Puna: e hoʻolohe i ka Civil Defense."),
        (dt.date(2018, 8, 22), dt.date(2018, 8, 28), "🌀 ʻInoʻino Lane: e mākaukau!"),
        (dt.date(2018, 10, 23), dt.date(2018, 11, 7), "🗳️ Koho pāloka: Nowemapa 6."),
        (dt.date(2020, 3, 25), dt.date(2020, 6, 1), "😷 E noho ma ka hale: Stay at home."),
        (dt.date(2020, 10, 20), dt.date(2020, 11, 4), "🗳️ Koho pāloka: Nowemapa 3."),
    ])


def hawaiian_style() -> PublisherStyle:
    """A Hawaiian-language news site (Hilo): a two-language switch, a section kicker, a US
    date slot turned a Hawaiian weekday and month with the night of the moon calendar (a
    wording per day, from Kamehameha Day 2018), "Na" turned "Kākau ʻia e", "Hoʻolaha" and
    "E heluhelu pū:" (up to twice) and photo inserts, a dictionary line, a follow line
    (gaining Instagram) turned Kūhiō Day, Kamehameha Day, Lā Hoʻihoʻi Ea with its count and
    the Merrie Monarch week (cancelled in 2020), a tip line turned three votes, the 2018
    missile alert, eruption and hurricane and the 2020 order, a donation appeal gaining
    Venmo, a comment rule, a rare surf warning, a copyright line."""
    return PublisherStyle(
        domain="kaleoohilo.org", site="Ka Leo o Hilo", base_size=300,
        subdomains=(("www.", 100),),
        sections=("nuhou", "kalaiaina", "oihana", "hauki", "moomeheu", "kaiaulu"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "mahele": ("Nū Hou", "Kālaiʻāina", "ʻOihana", "Haʻuki", "Moʻomeheu",
                       "Hoʻonaʻauao", "Olakino", "Kaiāulu"),
            "kakau": ("Kealoha Kamakau", "Leilani Keliʻihoʻomalu", "Kaleo Nāone",
                      "Noelani Kahananui", "Keoni Pua", "Malia Kanahele"),
            "kii": ("Ka Leo o Hilo", "Waihona", "Hawaiʻi County", "Mea heluhelu"),
        },
        families=(
            _f("olelo", HEADER, 0.2, (_OLD, "ʻŌlelo Hawaiʻi · English")),
            _f("mahele", HEADER, 0.3, (_OLD, "{mahele}")),
            _f("la", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_hw_dated, HW_DAILY)),
            _f("kakau", HEADER, 0.6, (_OLD, "Na {kakau}"),
               (HW_BYLINE.isoformat(), "Kākau ʻia e {kakau}")),
            _f("hoolaha", MIDDLE, 0.45, (_OLD, "Hoʻolaha"), count=2),
            _f("heluhelu", MIDDLE, 0.4, (_OLD, "E heluhelu pū: {other_title}"), count=2),
            _f("kii", MIDDLE, 0.3, (_OLD, "Kiʻi: {kii}")),
            _f("wehewehe", FOOTER, 0.15,
               (_OLD, "📖 He hua ʻōlelo hou? E nānā ma ka puke wehewehe ʻōlelo.")),
            _f("lanui", FOOTER, 0.25, *_hw_lanui()),
            _f("nuhou", FOOTER, 0.2, *_hw_nuhou()),
            _f("kokua", FOOTER, 0.2,
               (_OLD, "💛 E kākoʻo mai: PayPal."),
               (HW_WALLET.isoformat(), "💛 E kākoʻo mai: PayPal a i ʻole Venmo.")),
            _f("manao", FOOTER, 0.3,
               (_OLD, "Nānā ʻia nā manaʻo ma mua o ka paʻi ʻana. ʻAʻole mākou e paʻi i nā "
                "ʻōlelo ʻino.")),
            _f("nalu", FOOTER, 0.04,
               (_OLD, "⚠️ Nalu kiʻekiʻe ma Hāmākua: mai hele i kahakai!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Ka Leo o Hilo. Ua mālama ʻia nā kuleana a pau.")),
        ),
    )


# --- a Quaker meeting's newsletter (Yorkshire) ------------------------------------------------

QK_DAILY = dt.date(2017, 1, 1)  # from First Month 2017, plain-style dates
QK_ONLINE = (dt.date(2020, 3, 22), dt.date(2020, 9, 6))  # worship online only
READINGS = ("📖 This week's reading: what does it ask of us to listen before we speak?",
            "📖 This week's reading: how do we care for the earth in our daily choices?",
            "📖 This week's reading: where in our lives is there room for stillness?",
            "📖 This week's reading: how do we meet those we find hard to love?",
            "📖 This week's reading: what would simplicity look like in our spending?")
NOTICES = ("🍵 Shared lunch after meeting: bring something to share if you can",
           "📚 The library shelf has new pamphlets on peace and on sustainability",
           "🧺 Food bank donations go in the basket by the door",
           "🎶 Singing group: Fourth Day evenings in the small room")
_CHILDREN_TERM = "Children's meeting runs on First Days in term time, from 10.30am."
_CHILDREN_HOLIDAY = ("No children's meeting in the summer holidays: families are welcome in "
                     "worship.")


def plain_date(day: dt.date) -> str:
    """The Quakers' plain style: "Sixth Day 21st of Sixth Month 2019"."""
    return (f"{PLAIN_WEEKDAYS[day.weekday()]} {ordinal(day.day)} of "
            f"{PLAIN_MONTHS[day.month - 1]} Month {day.year}")


def business_meeting(day: dt.date) -> dt.date:
    """The next meeting for worship for business on or after `day`: the second First Day
    (Sunday) of each month."""
    this = nth_weekday(day.year, day.month, 6, 2)
    if day <= this:
        return this
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, 6, 2)


def _worship_line(day: dt.date) -> str:
    if QK_ONLINE[0] <= day < QK_ONLINE[1]:
        return "Meeting for worship is held online on First Days at 10.30am: ask the clerk."
    meeting = business_meeting(day)
    if meeting == day:
        return "Meeting for worship for business is today, after meeting for worship."
    return (f"Next meeting for worship for business: First Day {ordinal(meeting.day)} of "
            f"{PLAIN_MONTHS[meeting.month - 1]} Month, after worship.")


def _peace() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Our peace testimony: ask us about the Quaker Peace & Social Witness "
             "work.")]
    events = _yearly(1945, "08-06", 5, 0, lambda _: "🕊️ Hiroshima Day vigil at the Market "
                                                    "Cross, 6th of Eighth Month, 1pm.")
    events += _yearly(0, "11-11", 10, 0, lambda _: "⚪ White poppies are on the table by "
                                                   "the door.")
    return _timeline(base, events)


def quaker_style() -> PublisherStyle:
    """A Quaker meeting's newsletter (Yorkshire): a date slot turned the plain-style date
    (a wording per day, from First Month 2017), a clerk byline, the next meeting for
    worship for business (the second First Day) turned online worship in 2020, reading and
    notice inserts, room hire raised in 2019, a welcome line, children's meeting by term
    and holiday, a peace line turned Hiroshima Day and the white poppies, a two-line
    contact block, a rare snow cancellation."""
    return PublisherStyle(
        domain="skelderbyquakers.org.uk", site="Skelderby Quaker Meeting", base_size=250,
        subdomains=(("www.", 100),),
        sections=("newsletter", "worship", "news"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"reading": READINGS, "notice": NOTICES},
        families=(
            _f("dated", HEADER, 0.8, (_OLD, "{date_dmy}"), *_daily(plain_date, QK_DAILY)),
            _f("clerk", HEADER, 0.35, (_OLD, "From {author}, clerk")),
            _f("business", HEADER, 0.4, *_changes(_worship_line)),
            _f("reading", MIDDLE, 0.3, (_OLD, "{reading}")),
            _f("notice", MIDDLE, 0.25, (_OLD, "{notice}")),
            _f("hire", FOOTER, 0.3,
               (_OLD, "The meeting house can be hired for £12 an hour; ask the warden."),
               ("2019-04-01", "The meeting house can be hired for £14 an hour; ask the "
                "warden.")),
            _f("welcome", FOOTER, 0.3,
               (_OLD, "All are welcome: no need to book, and you may come and go as you "
                "need.")),
            _f("children", FOOTER, 0.25, *_seasons(("01-06", _CHILDREN_TERM),
                                                   ("07-22", _CHILDREN_HOLIDAY),
                                                   ("09-04", _CHILDREN_TERM))),
            _f("peace", FOOTER, 0.2, *_peace()),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Finding the meeting house")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "Friends Meeting House, Chapel Lane, Skelderby HG4 9QX · "
                "clerk@skelderbyquakers.org.uk")),
            _f("snow", FOOTER, 0.04,
               (_OLD, "❄️ Meeting for worship is cancelled today: the lane is not gritted.")),
        ),
    )


# --- a greyhound stadium's racing news (Lincolnshire) ------------------------------------------

RACE_NIGHTS = {1: (10, "7.31pm"), 3: (10, "7.31pm"), 5: (12, "7.16pm")}  # weekday: races, off
GH_CLOSED = (dt.date(2020, 3, 18), dt.date(2020, 6, 1))  # racing suspended
WINNERS = ("🏆 Open race winner: Droopys Lantern (T2) in 28.61",
           "🏆 Open race winner: Fenside Blaze (T5) in 28.47",
           "🏆 Open race winner: Marsh Lane Rocket (T1) in 28.39",
           "🏆 Open race winner: Wolds Whisper (T6) in 28.72",
           "🏆 Open race winner: Boston Stump Sue (T3) in 28.55")
TRAPS = ("Trap stats this month: T1 21% · T2 17% · T3 15% · T4 14% · T5 16% · T6 17%",
         "Trap stats this month: T1 18% · T2 16% · T3 17% · T4 15% · T5 15% · T6 19%",
         "Trap stats this month: T1 23% · T2 15% · T3 14% · T4 16% · T5 14% · T6 18%")


def race_meeting(day: dt.date) -> dt.date:
    """The next race meeting on or after `day`: Tuesday, Thursday and Saturday nights, none
    on Christmas Day."""
    while day.weekday() not in RACE_NIGHTS or (day.month, day.day) == (12, 25):
        day += dt.timedelta(days=1)
    return day


def _next_meeting(day: dt.date) -> str:
    if GH_CLOSED[0] <= day < GH_CLOSED[1]:
        return "⛔ Racing is suspended: watch our Facebook page for the restart."
    meeting = race_meeting(day)
    races, off = RACE_NIGHTS[meeting.weekday()]
    closed = " · behind closed doors" if day >= GH_CLOSED[1] else ""
    if meeting == day:
        return f"🐕 Racing tonight: {races} races, first race {off}{closed}"
    return (f"🐕 Next meeting: {ENGLISH_WEEKDAYS[meeting.weekday()]} {meeting.day} "
            f"{ENGLISH_MONTHS[meeting.month - 1]} · {races} races · first race {off}{closed}")


def fenby_style() -> PublisherStyle:
    """A greyhound stadium's racing news (Lincolnshire): a date turned "Racing news" with
    the racing manager, the next race meeting (Tuesday, Thursday and Saturday nights,
    suspended in spring 2020, behind closed doors after), winner and trap-statistics
    inserts, admission raised in 2019, a tote line, a rehoming line, a safer-gambling line,
    a restaurant line, a two-line stadium office block, a rare frost abandonment."""
    return PublisherStyle(
        domain="fenbygreyhounds.co.uk", site="Fenby Greyhound Stadium", base_size=220,
        subdomains=(("www.", 100),),
        sections=("racing", "results", "news"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"winner": WINNERS, "trap": TRAPS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-04-01", "Racing news · {weekday} {date_dmy} · {author}, Racing "
                "Manager")),
            _f("next", HEADER, 0.4, *_changes(_next_meeting)),
            _f("winner", MIDDLE, 0.3, (_OLD, "{winner}")),
            _f("trap", MIDDLE, 0.2, (_OLD, "{trap}")),
            _f("admission", FOOTER, 0.3,
               (_OLD, "Admission £6, concessions £4, under-16s free."),
               ("2019-01-01", "Admission £7, concessions £5, under-16s free.")),
            _f("tote", FOOTER, 0.2,
               (_OLD, "Tote windows open 45 minutes before the first race; cards accepted.")),
            _f("rehome", FOOTER, 0.25,
               (_OLD, "Retired greyhounds make lovely pets: ask at reception about "
                "rehoming.")),
            _f("gamble", FOOTER, 0.3,
               (_OLD, "18+ only. When the fun stops, stop. BeGambleAware.org")),
            _f("grill", FOOTER, 0.2,
               (_OLD, "Paddock Grill: three courses and a race card from £22.95, book "
                "ahead.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Stadium office")),
            _f("office", FOOTER, 0.38,
               (_OLD, "Marsh Lane, Fenby, Lincolnshire PE22 8RT · 01205 555 023")),
            _f("frost", FOOTER, 0.04,
               (_OLD, "❄️ Tonight's meeting is abandoned: the track is frozen.")),
        ),
    )


# --- a rural electric cooperative's member news (Kansas) ----------------------------------------

ENERGY_TIPS = ("💡 Energy tip: set your thermostat to 78°F when you're home this summer",
               "💡 Energy tip: wash clothes in cold water and save on water heating",
               "💡 Energy tip: seal gaps around doors and windows with caulk",
               "💡 Energy tip: change your furnace filter every three months",
               "💡 Energy tip: LED bulbs use at least 75% less energy")
SAFETY = ("⚡ Look up and live: keep grain augers clear of overhead lines",
          "⚡ If a power line falls on your vehicle, stay inside and call 911",
          "⚡ Call 811 before you dig, every time")
CO_LOBBY = (dt.date(2020, 3, 18), dt.date(2020, 6, 1))  # lobby closed


def observed(day: dt.date) -> dt.date:
    """A fixed-date holiday as observed: on the Friday before a Saturday, the Monday after a
    Sunday."""
    return day + dt.timedelta(days={5: -1, 6: 1}.get(day.weekday(), 0))


def coop_holidays(y: int) -> list[tuple[dt.date, dt.date, str]]:
    """The office's closures of year `y`: (first day, last day, name): the US federal
    holidays the cooperative keeps, the fixed ones observed off weekends, and the Friday
    after Thanksgiving."""
    thanksgiving = nth_weekday(y, 11, 3, 4)
    return [(observed(dt.date(y, 1, 1)),) * 2 + ("New Year's Day",),
            (last_weekday(y, 5, 0),) * 2 + ("Memorial Day",),
            (observed(dt.date(y, 7, 4)),) * 2 + ("Independence Day",),
            (nth_weekday(y, 9, 0, 1),) * 2 + ("Labor Day",),
            (thanksgiving, thanksgiving + dt.timedelta(days=1), "Thanksgiving"),
            (observed(dt.date(y, 12, 25)),) * 2 + ("Christmas",)]


def _office_line(day: dt.date) -> str:
    if CO_LOBBY[0] <= day < CO_LOBBY[1]:
        return "🏢 Our lobby is closed; the drive-up window and phone lines are open."
    for y in (day.year, day.year + 1):
        for first, last, name in coop_holidays(y):
            if first - dt.timedelta(days=4) <= day <= last:
                when = f"{ENGLISH_WEEKDAYS[first.weekday()]}, {ENGLISH_MONTHS[first.month - 1]} "
                when += (f"{first.day}" if first == last else
                         f"{first.day}, and {ENGLISH_WEEKDAYS[last.weekday()]}, {last.day}")
                return f"🏢 Our office will be closed {when}, for {name}. Crews are on call."
    return "Office hours: Monday–Friday, 7:30 a.m. to 4:30 p.m. Pay anytime online."


def prairiebend_style() -> PublisherStyle:
    """A rural electric cooperative's member news (Kansas): a US date turned "Co-op news"
    with member services, the office line turned closures before each holiday (observed
    off weekends, Thanksgiving's two days) and the 2020 lobby closure, energy-tip and
    safety inserts, an outage line gaining a text number in 2019, capital credits in
    December, summer peak and winter billing, the annual meeting turned a mail ballot in
    2020, a round-up line, a two-line contact block, a rare storm line."""
    return PublisherStyle(
        domain="prairiebendelectric.coop", site="Prairie Bend Electric Cooperative",
        base_size=190, subdomains=(("www.", 100),),
        sections=("news", "energy", "community"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"tip": ENERGY_TIPS, "safety": SAFETY},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_long}"),
               ("2018-07-01", "Co-op news | {date_long} | by {author}, member services")),
            _f("office", HEADER, 0.35, *_changes(_office_line)),
            _f("tip", MIDDLE, 0.3, (_OLD, "{tip}")),
            _f("safety", MIDDLE, 0.2, (_OLD, "{safety}")),
            _f("outage", FOOTER, 0.35,
               (_OLD, "To report an outage, call 1-800-555-0236, day or night."),
               ("2019-05-01", "To report an outage, call 1-800-555-0236 or text OUT to "
                "85700, day or night.")),
            _f("credits", FOOTER, 0.25, *_seasons(
                ("01-01", "Capital credits: as a member-owner you share in the co-op's "
                          "margins."),
                ("12-01", "💵 Capital credit checks go out this month: keep your address "
                          "current."))),
            _f("peak", FOOTER, 0.25, *_seasons(
                ("06-01", "🔥 Beat the peak: run big appliances before 3 p.m. or after 7 "
                          "p.m."),
                ("10-01", "Winter bills running high? Ask about levelized billing."))),
            _f("annual", FOOTER, 0.2, *_timeline(
                [(_OLD, "Annual meeting: second Tuesday of June at the 4-H building. "
                        "Register for door prizes!")],
                [(dt.date(2020, 4, 1), dt.date(2020, 7, 1),
                  "The 2020 annual meeting is by mail ballot only; watch your mailbox.")])),
            _f("roundup", FOOTER, 0.2,
               (_OLD, "Operation Round Up: rounding your bill up to the next dollar funds "
                "local grants.")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Contact us")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "1201 Main St., Marlow, KS 67468 · (785) 555-0236 · "
                "info@prairiebendelectric.coop")),
            _f("storm", FOOTER, 0.04,
               (_OLD, "⛈️ Storm outages: crews from neighboring co-ops are helping us "
                "restore power.")),
        ),
    )


# --- a croquet club's news (Oxfordshire) ---------------------------------------------------------

RESULTS = ("🏆 Handicap singles: J. Pryor bt D. Okafor +17",
           "🏆 Golf croquet doubles: Lindqvist & Shah bt Evans & Moore 7–5",
           "🏆 Club championship: M. Halloran bt R. Ferris +26tp",
           "🏆 Level play: S. Whitcombe bt A. Nair +4t",
           "🏆 Golf croquet singles: P. Adeyemi bt C. Hartley 7–3")
HANDICAPS = ("Handicap change: R. Ferris 12 to 10", "Handicap change: A. Nair 18 to 16",
             "Handicap change: C. Hartley 8 to 7")
CQ_CLOSED = ((dt.date(2020, 3, 23), dt.date(2020, 5, 13),
              "⛔ The lawns are closed under the national lockdown."),
             (dt.date(2020, 5, 13), dt.date(2020, 7, 4),
              "🟢 Lawns open for booked singles only; bring your own balls and mallet."),
             (dt.date(2020, 11, 5), dt.date(2020, 12, 2),
              "⛔ The lawns are closed under the second lockdown."))
_COACH_SUMMER = "Free taster sessions: Wednesday evenings at 6pm, May to August."
_COACH_WINTER = "New members: taster sessions start again in the spring."


def _lawns_line(day: dt.date) -> str:
    for first, end, text in CQ_CLOSED:
        if first <= day < end:
            return text
    if not 4 <= day.month <= 9:
        return "⚪ Winter play: lawns 1 and 2 only, golf croquet at weekends."
    if day.weekday() == 0:
        return "🔴 Lawns closed today for mowing and hoop setting."
    return "🟢 Lawns open: six lawns, book on the clubhouse sheet."


def charlbury_style() -> PublisherStyle:
    """A croquet club's news (Oxfordshire): a date turned "Club news" with the honorary
    secretary, the lawns' state (open in the season, closed for mowing on Mondays, winter
    play, the 2020 closures), result and handicap inserts, subscriptions raised in 2019, a
    shoes rule, coaching by season, a tea rota line, a two-line address block, a rare
    waterlogging line."""
    return PublisherStyle(
        domain="charlburyvalecroquet.org.uk", site="Charlbury Vale Croquet Club",
        base_size=170, subdomains=(("www.", 100),),
        sections=("news", "results", "coaching"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"result": RESULTS, "handicap": HANDICAPS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-05-01", "Club news · {date_dmy} · {author}, Hon. Secretary")),
            _f("lawns", HEADER, 0.4, *_changes(_lawns_line)),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("handicap", MIDDLE, 0.2, (_OLD, "{handicap}")),
            _f("subs", FOOTER, 0.3,
               (_OLD, "Annual subscription £95; juniors and students £20."),
               ("2019-01-01", "Annual subscription £105; juniors and students £20.")),
            _f("shoes", FOOTER, 0.25,
               (_OLD, "Flat-soled shoes only on the lawns, please; whites are for "
                "tournaments.")),
            _f("coaching", FOOTER, 0.25, *_seasons(("04-01", _COACH_SUMMER),
                                                   ("09-01", _COACH_WINTER))),
            _f("teas", FOOTER, 0.2, (_OLD, "Tea rota: see the clubhouse noticeboard.")),
            _f("where-head", FOOTER, 0.4, (_OLD, "Where we play")),
            _f("where", FOOTER, 0.38,
               (_OLD, "Recreation Ground, Mill Lane, Charlbury Vale OX7 4QT · 01608 555 023")),
            _f("rain", FOOTER, 0.04,
               (_OLD, "🌧️ Today's play is cancelled: the lawns are waterlogged.")),
        ),
    )


def heldout37_styles() -> list[PublisherStyle]:
    """The held-back-37 styles, in the order the generator hands them to publishers."""
    return [
        saikung_style(), sunda_style(), hiligaynon_style(), xhosa_style(), twi_style(),
        latgalian_style(), ladino_style(), hawaiian_style(), quaker_style(), fenby_style(),
        prairiebend_style(), charlbury_style(),
    ]
