"""The thirty-fourth held-back template set (``held-back-34``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the thirty-third
held-back set (`tests.bench.heldout_templates_33`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first thirty-three held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 95.94% boilerplate removed, 99.98% content kept (at
51cc8e0; 95.40% with the code of that session's start, 94b418f), so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Chuvash-language news site in
Cyrillic (Cheboksary), a Turkmen-language regional news site in Latin script (Mary), a
Corsican-language news site (Bastia), an Asturian-language city news site (Xixón), a
Setswana-language news site (Tsabong, Kgalagadi), a Tahitian-language news site (Papeete), a
Gĩkũyũ-language news site (Nyeri), an Ilocano-language news site (Laoag), a mountain bike
trail centre's trail reports (Powys), a hot-air balloon operator's flight log (Somerset), a
family campsite's news in English for its guests (Dordogne) and a bonsai society's news
(Victoria, Australia). None of these kinds is in an earlier held-back set, nor these
languages as a site's language.

Variation: article dates localised day by day (Chuvash dates with the year first, the
month with "уйӑхӗн" and an ordinal day after a dotted date slot with the time; Turkmen dates
whose ordinal suffix follows vowel harmony (-nji/-njy) with "ý." and the weekday; Corsican
weekdays and months with "di" after a French one; Asturian weekdays and months with "de"
elided before a vowel after a Spanish one; Setswana weekdays and months after an English
one; Tahitian weekdays and months after a French one; Gĩkũyũ weekdays and numbered months
after an English one; Ilocano weekdays and months after a US one), Papeete's sunrise and
sunset printed day by day (no daylight saving time), a bonsai society's next meeting (the
second Tuesday of the month) printed as it comes, English, French and Spanish date slots,
bylines of many shapes (a reading time, a province, a photographer, a town, "written by"
forms, a trail ranger, a pilot, the hosts, a secretary), notices reworded in 2015-2020
(social lines gaining Telegram, Instagram, imo or YouTube; donation appeals gaining a second
payment app or raising the amount; prices and fees raised; a campsite's line on passports
for UK guests from 2021), election and emergency lines (Russia's and Chuvashia's 2016-2020
votes and the 2020 self-isolation; Turkmenistan's 2017 and 2018 votes and the 2020 mask rule;
France's and Corsica's 2015-2020 votes and both 2020 lockdowns; Spain's and Asturias's 2015-2019
votes and the 2020 state of alarm; Botswana's 2019 election and the 2020 lockdown; French
Polynesia's 2017-2020 votes, the 2020 confinement and curfew; Kenya's 2017 votes and the 2020
curfew; the Philippines' 2016-2019 votes and the 2020 quarantine; Wales's 2020 lockdowns),
notices that follow a calendar (the Chuvash language day and the republic's day with their
counts and the New Year; Independence Day and Neutrality Day with their counts, Nowruz and
Gurban Bayram; the Corsican nation's day, Santa Divota, Easter and Christmas; the Day of the
Asturian Letters on the first Friday of May, the Day of Asturias and Christmas; Botswana Day
with its count, Sir Seretse Khama Day and President's Day on the third Monday of July;
the Gospel's arrival with its count, Matari'i i ni'a and i raro, the Heiva (none in 2020)
and the autonomy day; Madaraka, Mashujaa and Jamhuri days with their counts; the province's
founding day with its count, Independence Day with its count and Christmas; a trail centre's,
a balloon season's, a campsite's and a bonsai show's seasons), names at the start of lines,
mid-line or after a label, the article's own title (a breadcrumb and a share line) and other
articles' titles (links in eight languages), amounts (a fixed exchange rate, flight and pitch
prices, parking and membership fees, donation amounts, wind speeds, heights and flight
times, water temperatures), tag lists, view counts, reading times, phone numbers in several
countries' formats, multi-line blocks, mid-body inserts (some up to two times), bare lines
(ad labels in eight languages, a language switch, block headings, greetings), Chuvash
letters (ӑ, ӗ, ҫ, ӳ), Turkmen ý, ň, ş, ç, ä and ü, Corsican ghj and chj, Asturian
x and ñ, Setswana š, Tahitian ʻeta and macrons, Gĩkũyũ ĩ and ũ, symbols and emoji
where such sites use them, and families in only 3-6% of articles beside ones in nearly all.
Renamed variants of a style keep the lines that do not name the site, so sister sites share
a network footer.
"""

from __future__ import annotations

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

EASTER_WESTERN = {2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16",
                  2018: "2018-04-01", 2019: "2019-04-21", 2020: "2020-04-12"}
# Gurban Bayram (the feast of sacrifice) as Turkmenistan kept it.
GURBAN = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
          2019: "2019-08-11", 2020: "2020-07-31"}

CHUVASH_WEEKDAYS = ("тунтикун", "ытларикун", "юнкун", "кӗҫнерникун", "эрнекун", "шӑматкун",
                    "вырсарникун")
CHUVASH_MONTHS = ("кӑрлач", "нарӑс", "пуш", "ака", "ҫу", "ҫӗртме", "утӑ", "ҫурла", "авӑн",
                  "юпа", "чӳк", "раштав")
TURKMEN_WEEKDAYS = ("duşenbe", "sişenbe", "çarşenbe", "penşenbe", "anna", "şenbe", "ýekşenbe")
TURKMEN_MONTHS = ("ýanwar", "fewral", "mart", "aprel", "maý", "iýun", "iýul", "awgust",
                  "sentýabr", "oktýabr", "noýabr", "dekabr")
CORSICAN_WEEKDAYS = ("luni", "marti", "mercuri", "ghjovi", "venneri", "sabbatu", "dumenica")
CORSICAN_MONTHS = ("ghjennaghju", "ferraghju", "marzu", "aprile", "maghju", "ghjugnu",
                   "lugliu", "aostu", "settembre", "ottobre", "nuvembre", "dicembre")
ASTURIAN_WEEKDAYS = ("llunes", "martes", "miércoles", "xueves", "vienres", "sábadu",
                     "domingu")
ASTURIAN_MONTHS = ("xineru", "febreru", "marzu", "abril", "mayu", "xunu", "xunetu", "agostu",
                   "setiembre", "ochobre", "payares", "avientu")
SETSWANA_WEEKDAYS = ("Mosupologo", "Labobedi", "Laboraro", "Labone", "Labotlhano",
                     "Matlhatso", "Tshipi")
SETSWANA_MONTHS = ("Ferikgong", "Tlhakole", "Mopitlo", "Moranang", "Motsheganong",
                   "Seetebosigo", "Phukwi", "Phatwe", "Lwetse", "Diphalane", "Ngwanatsele",
                   "Sedimonthole")
TAHITIAN_WEEKDAYS = ("Monire", "Mahana piti", "Mahana toru", "Mahana maha", "Mahana pae",
                     "Mahana maʻa", "Tāpati")
TAHITIAN_MONTHS = ("Tēnuare", "Fēpuare", "Māti", "ʻEperera", "Mē", "Tiunu", "Tiurai",
                   "ʻAtete", "Tetepa", "ʻĀtopa", "Novema", "Tītema")
KIKUYU_WEEKDAYS = ("Mũmbere", "Wakerĩ", "Wagatatũ", "Wakana", "Wagatano", "Wagatandatũ",
                   "Kiumia")
# The months by number: "mweri wa gatandatũ" (the sixth month).
KIKUYU_MONTHS = ("mweri wa mbere", "mweri wa kerĩ", "mweri wa gatatũ", "mweri wa kana",
                 "mweri wa gatano", "mweri wa gatandatũ", "mweri wa mũgwanja",
                 "mweri wa kanana", "mweri wa kenda", "mweri wa ikũmi",
                 "mweri wa ikũmi na ũmwe", "mweri wa ikũmi na igĩrĩ")
ILOCANO_WEEKDAYS = ("Lunes", "Martes", "Mierkoles", "Huebes", "Biernes", "Sabado", "Domingo")
ILOCANO_MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunio", "Hulio", "Agosto",
                  "Setiembre", "Oktubre", "Nobiembre", "Disiembre")

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _changes, _seasons = _PERIOD.daily, _PERIOD.changes, _PERIOD.seasons
_yearly = _PERIOD.yearly_since


# --- the sun: declination, the equation of time, sunrise and sunset ---------------------------

def _sun(day: dt.date) -> tuple[float, float]:
    """(declination in radians, equation of time in minutes) at noon of `day` (NOAA's
    approximations)."""
    g = 2 * math.pi / 365 * (day.timetuple().tm_yday - 1)
    eqtime = 229.18 * (0.000075 + 0.001868 * math.cos(g) - 0.032077 * math.sin(g)
                       - 0.014615 * math.cos(2 * g) - 0.040849 * math.sin(2 * g))
    decl = (0.006918 - 0.399912 * math.cos(g) + 0.070257 * math.sin(g)
            - 0.006758 * math.cos(2 * g) + 0.000907 * math.sin(2 * g)
            - 0.002697 * math.cos(3 * g) + 0.00148 * math.sin(3 * g))
    return decl, eqtime


def sun_times(day: dt.date, latitude: float, longitude: float, utc_offset: int
              ) -> tuple[int, int]:
    """(sunrise, sunset) on `day` in minutes after local midnight (`longitude` east
    positive, `utc_offset` in hours)."""
    decl, eqtime = _sun(day)
    lat = math.radians(latitude)
    ha = math.degrees(math.acos(math.cos(math.radians(90.833)) / (math.cos(lat) * math.cos(decl))
                                - math.tan(lat) * math.tan(decl)))
    rise = 720 - 4 * (longitude + ha) - eqtime + 60 * utc_offset
    setting = 720 - 4 * (longitude - ha) - eqtime + 60 * utc_offset
    return round(rise) % 1440, round(setting) % 1440


# --- a Chuvash-language news site in Cyrillic (Cheboksary) ------------------------------------

CV_DAILY = dt.date(2017, 6, 24)  # from the republic's day 2017, Chuvash dates
CV_BYLINE = dt.date(2018, 4, 25)  # "Авторӗ:" gained the reading time (the language day)
CV_SOCIAL = dt.date(2019, 2, 1)  # the follow line gained Telegram


def _cv_dated(day: dt.date) -> str:
    return (f"{day.year} ҫулхи {CHUVASH_MONTHS[day.month - 1]} уйӑхӗн {day.day}-мӗшӗ, "
            f"{CHUVASH_WEEKDAYS[day.weekday()]}")


def _cv_uyav() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Пире ВКонтактере тата Одноклассникра вулӑр."),
            (CV_SOCIAL.isoformat(), "Пире ВКонтактере, Одноклассникра тата Telegram-ра "
                                    "вулӑр.")]
    events = _yearly(1848, "04-25", 1, 0, lambda n: f"📖 Ака уйӑхӗн 25-мӗшӗ — чӑваш чӗлхин "
                                                    f"кунӗ. И. Я. Яковлев ҫуралнӑранпа {n} ҫул.")
    events += _yearly(1920, "06-24", 2, 0, lambda n: f"🎉 Чӑваш Республики кунӗпе! "
                                                     f"Республика {n} ҫул тултарать.")
    events += _yearly(0, "12-29", 0, 4, lambda _: "🎄 Ҫӗнӗ ҫул ячӗпе! Сывлӑх, телей, "
                                                  "ӑнӑҫу сунатпӑр.", years=range(2014, 2021))
    return _timeline(base, events)


def _cv_suylav() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Хыпар пур-и? Ҫырӑр: +7 917 655-01-43")]
    return _timeline(base, [
        (dt.date(2016, 9, 5), dt.date(2016, 9, 19),
         "🗳️ Патшалӑх Думин суйлавӗ: авӑн уйӑхӗн 18-мӗшӗ. Суйлава килӗр!"),
        (dt.date(2018, 3, 5), dt.date(2018, 3, 19),
         "🗳️ Раҫҫей Президентне суйлани: пуш уйӑхӗн 18-мӗшӗ. Суйлава килӗр!"),
        (dt.date(2020, 3, 30), dt.date(2020, 6, 9),
         "😷 Киле ларӑр: маска тӑхӑнӑр, алла час-час ҫӑвӑр."),
        (dt.date(2020, 6, 20), dt.date(2020, 7, 2),
         "🗳️ Конституцие улшӑнусем кӗртесси: ҫӗртмен 25-мӗшӗнчен утӑн 1-мӗшӗччен."),
        (dt.date(2020, 9, 1), dt.date(2020, 9, 14),
         "🗳️ Чӑваш Енӗн Пуҫлӑхне суйлани: авӑн уйӑхӗн 11–13-мӗшӗсенче."),
    ])


def chuvash_style() -> PublisherStyle:
    """A Chuvash-language news site in Cyrillic (Cheboksary): a language switch, a section
    kicker, a dotted date slot with the time turned a Chuvash date with the year first
    (a wording per day, from the republic's day 2017), "Авторӗ:" gaining a reading time, a
    view count, "Реклама" and "Ҫавӑн пекех вулӑр:" (up to twice) and photo inserts, a tag
    list, a follow line (gaining Telegram) turned the Chuvash language day and the
    republic's day with their counts and the New Year, a tip line turned four votes and the
    2020 self-isolation, a comment rule, a reuse rule naming the site, a rare ice warning, a
    copyright line."""
    return PublisherStyle(
        domain="shupashkarkhypar.ru", site="Шупашкар хыпарӗ", base_size=880,
        subdomains=(("", 85), ("m.", 15)),
        sections=("khypar", "politika", "ekonomika", "sport", "kultura", "chelkhe"),
        n_authors=6, url_path="/news/{section}/{n}",
        pools={
            "pay": ("Хыпарсем", "Политика", "Экономика", "Спорт", "Культура", "Вӗренӳ",
                    "Сывлӑх", "Районсем"),
            "avtor": ("Ольга Михайлова", "Николай Егоров", "Алина Васильева",
                      "Сергей Тимофеев", "Марина Павлова", "Петӗр Степанов"),
            "sanukerchek": ("Шупашкар хыпарӗ", "ТАСС", "Автор архивӗ", "Социаллӑ сетьсем",
                            "Шупашкар администрацийӗ"),
            "temasem": ("Шупашкар", "чӑваш чӗлхи", "Атӑл", "шкул", "суйлав", "ҫулсем",
                        "коронавирус", "спорт", "культура", "ял хуҫалӑхӗ"),
        },
        families=(
            _f("chelkhe", HEADER, 0.2, (_OLD, "Чӑвашла | По-русски")),
            _f("pay", HEADER, 0.3, (_OLD, "{pay}")),
            _f("kun", HEADER, 0.85, (_OLD, "{date_de} {time}"), *_daily(_cv_dated, CV_DAILY)),
            _f("avtor", HEADER, 0.6, (_OLD, "Авторӗ: {avtor}"),
               (CV_BYLINE.isoformat(), "Авторӗ: {avtor} · {read_min} минут вулама")),
            _f("pakhna", HEADER, 0.4, (_OLD, "👁 Пӑхнӑ: {count}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Реклама"), count=2),
            _f("vular", MIDDLE, 0.4, (_OLD, "Ҫавӑн пекех вулӑр: {other_title}"), count=2),
            _f("sanukerchek", MIDDLE, 0.3, (_OLD, "Сӑнӳкерчӗк: {sanukerchek}")),
            _f("temasem", FOOTER, 0.35, (_OLD, "Темӑсем: {temasem_list}")),
            _f("uyav", FOOTER, 0.25, *_cv_uyav()),
            _f("suylav", FOOTER, 0.2, *_cv_suylav()),
            _f("komment", FOOTER, 0.3,
               (_OLD, "Комментарисем модераци хыҫҫӑн курӑнаҫҫӗ. Хурлакан сӑмахсене "
                "пӑрахӑҫлатпӑр.")),
            _f("ilme", FOOTER, 0.3,
               (_OLD, "Материалсене усӑ курнӑ чухне «Шупашкар хыпарӗ» сайта ҫыхӑну памалла.")),
            _f("par", FOOTER, 0.04,
               (_OLD, "⚠️ Атӑл ҫинчи пӑр ҫӳхе: пӑр ҫине тухма юрамасть!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© 2009–{year} «Шупашкар хыпарӗ». Пур прависем те хӳтӗленнӗ.")),
        ),
    )


# --- a Turkmen-language regional news site in Latin script (Mary) ----------------------------

TK_DAILY = dt.date(2017, 9, 27)  # from Independence Day 2017, Turkmen dates
TK_BYLINE = dt.date(2018, 3, 1)  # "Awtor:" turned the correspondent with the province
TK_SOCIAL = dt.date(2019, 9, 1)  # the follow line gained imo
# The suffix of an ordinal numeral: front-vowel numerals take -nji, back-vowel ones -njy; a
# number takes its last word's (the unit's, else the ten's).
_TK_UNITS = {1: "nji", 2: "nji", 3: "nji", 4: "nji", 5: "nji", 6: "njy", 7: "nji", 8: "nji",
             9: "njy"}
_TK_TENS = {1: "njy", 2: "nji", 3: "njy"}


def turkmen_ordinal(n: int) -> str:
    """A day of the month with its ordinal suffix: "1-nji", "6-njy", "10-njy", "20-nji"."""
    return f"{n}-{_TK_UNITS[n % 10] if n % 10 else _TK_TENS[n // 10]}"


def _tk_dated(day: dt.date) -> str:
    return (f"{turkmen_ordinal(day.day)} {TURKMEN_MONTHS[day.month - 1]}, {day.year} ý., "
            f"{TURKMEN_WEEKDAYS[day.weekday()]}")


def _tk_baydam() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Bizi Instagram-da we Telegram-da yzarlaň."),
            (TK_SOCIAL.isoformat(), "Bizi Instagram-da, Telegram-da we imo-da yzarlaň.")]
    events = _yearly(1991, "09-27", 1, 0, lambda n: f"🇹🇲 Garaşsyzlyk güni gutly bolsun! "
                                                    f"Garaşsyzlygymyza {n} ýyl.")
    events += _yearly(1995, "12-12", 1, 0, lambda n: f"🕊️ Bitaraplyk güni gutly bolsun! "
                                                     f"Bitaraplygymyza {n} ýyl.")
    events += _yearly(0, "03-20", 1, 1, lambda _: "🌷 Nowruz baýramyňyz gutly bolsun!")
    for y in YEARS:
        gurban = _day(GURBAN[y])
        events.append((gurban - dt.timedelta(days=1), gurban + dt.timedelta(days=2),
                       "🐑 Gurban baýramyňyz gutly bolsun!"))
    events += _yearly(0, "12-30", 0, 2, lambda _: "🎄 Täze ýylyňyz gutly bolsun!",
                      years=range(2014, 2021))
    return _timeline(base, events)


def _tk_saylaw() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Habaryňyz barmy? Ýazyň: +993 65 55 01 43")]
    return _timeline(base, [
        (dt.date(2017, 1, 30), dt.date(2017, 2, 13),
         "🗳️ Prezident saýlawlary: 12-nji fewral, ýekşenbe."),
        (dt.date(2018, 3, 12), dt.date(2018, 3, 26),
         "🗳️ Mejlise we ýerli geňeşlere saýlawlar: 25-nji mart, ýekşenbe."),
        (dt.date(2020, 7, 13), dt.date(2020, 10, 1),
         "😷 Köçede we jemgyýetçilik ýerlerinde maska dakmak hökmany: howadaky tozan "
         "sebäpli."),
    ])


def turkmen_style() -> PublisherStyle:
    """A Turkmen-language regional news site in Latin script (Mary): a section kicker, a
    dotted date slot turned a Turkmen date with the ordinal's harmonised suffix, "ý." and
    the weekday (a wording per day, from Independence Day 2017), "Awtor:" turned the
    correspondent with the province, the fixed manat rate, "Mahabat" and "Şeýle hem okaň:"
    (up to twice) and photo inserts, a follow line (gaining imo) turned Independence and
    Neutrality days with their counts, Nowruz, Gurban Bayram and the New Year, a tip line
    turned two votes and the 2020 mask rule, a comment rule, a rare dust storm warning, a
    copyright line."""
    return PublisherStyle(
        domain="murgaphabarlary.com", site="Murgap habarlary", base_size=760,
        subdomains=(("www.", 100),),
        sections=("habarlar", "ykdysadyyet", "medeniyet", "sport", "bilim", "saglyk"),
        n_authors=5, url_path="/{section}/{n}-{slug}",
        pools={
            "bolum": ("Habarlar", "Ykdysadyýet", "Medeniýet", "Sport", "Bilim", "Saglyk",
                      "Oba hojalygy", "Welaýat"),
            "awtor": ("Aýna Orazowa", "Merdan Annaýew", "Jeren Gurbanowa", "Serdar Hojaýew",
                      "Maral Atayewa", "Döwlet Nurýagdyýew"),
            "welayat": ("Mary", "Ahal", "Lebap", "Daşoguz", "Balkan"),
            "surat": ("Murgap habarlary", "TDH", "Arhiw", "Okyjy", "Instagram"),
        },
        families=(
            _f("bolum", HEADER, 0.3, (_OLD, "{bolum}")),
            _f("sene", HEADER, 0.85, (_OLD, "{date_de}"), *_daily(_tk_dated, TK_DAILY)),
            _f("awtor", HEADER, 0.6, (_OLD, "Awtor: {awtor}"),
               (TK_BYLINE.isoformat(), "{awtor}, habarçymyz ({welayat} welaýaty)")),
            _f("manat", HEADER, 0.15, (_OLD, "💵 1 ABŞ dollary = 3,50 manat (Merkezi bank)")),
            _f("mahabat", MIDDLE, 0.45, (_OLD, "Mahabat"), count=2),
            _f("okan", MIDDLE, 0.4, (_OLD, "Şeýle hem okaň: {other_title}"), count=2),
            _f("surat", MIDDLE, 0.3, (_OLD, "Surat: {surat}")),
            _f("baydam", FOOTER, 0.25, *_tk_baydam()),
            _f("saylaw", FOOTER, 0.2, *_tk_saylaw()),
            _f("teswir", FOOTER, 0.3,
               (_OLD, "Teswirler barlanandan soň çap edilýär. Sögünç we kemsitme pozulýar.")),
            _f("tozan", FOOTER, 0.04,
               (_OLD, "🌪️ Güýçli tozan tupany garaşylýar: zerurlyk bolmasa öýden çykmaň.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Murgap habarlary. Ähli hukuklar goralan.")),
        ),
    )


# --- a Corsican-language news site (Bastia) ----------------------------------------------------

CO_DAILY = dt.date(2017, 12, 8)  # from the nation's day 2017, Corsican dates
CO_BYLINE = dt.date(2018, 9, 1)  # "Da" turned "Scrittu da" with the reading time
CO_SOCIAL = dt.date(2018, 3, 1)  # the follow line gained Instagram


def _co_dated(day: dt.date) -> str:
    return (f"{CORSICAN_WEEKDAYS[day.weekday()]} {day.day} di "
            f"{CORSICAN_MONTHS[day.month - 1]} {day.year}")


def _co_feste() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Seguitateci nant'à Facebook è Twitter."),
            (CO_SOCIAL.isoformat(), "Seguitateci nant'à Facebook, Twitter è Instagram.")]
    events = _yearly(0, "12-08", 1, 0, lambda _: "🟡 Bona festa di a Nazione! Evviva a "
                                                 "Corsica!")
    events += _yearly(0, "01-27", 0, 0, lambda _: "⛪ Santa Divota, patrona di a Corsica: "
                                                  "bona festa!")
    for y in YEARS:
        easter = _day(EASTER_WESTERN[y])
        events.append((easter - dt.timedelta(days=2), easter + dt.timedelta(days=2),
                       "🐣 Bona Pasqua à tutti!"))
    events += _yearly(0, "12-22", 0, 10, lambda _: "🎄 Bon Natale è bon capu d'annu!",
                      years=range(2014, 2021))
    return _timeline(base, events)


def _co_elezzione() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Avete una nutizia? Scrivitecci: 06 55 50 01 43")]
    return _timeline(base, [
        (dt.date(2015, 11, 30), dt.date(2015, 12, 14),
         "🗳️ Territuriale: 6 è 13 di dicembre. Andate à vutà!"),
        (dt.date(2017, 4, 10), dt.date(2017, 5, 8),
         "🗳️ Presidenziale: 23 d'aprile è 7 di maghju. Andate à vutà!"),
        (dt.date(2017, 6, 1), dt.date(2017, 6, 19),
         "🗳️ Legislative: 11 è 18 di ghjugnu. Andate à vutà!"),
        (dt.date(2017, 11, 27), dt.date(2017, 12, 11),
         "🗳️ Territuriale, a nova Cullettività di Corsica: 3 è 10 di dicembre."),
        (dt.date(2019, 5, 13), dt.date(2019, 5, 27),
         "🗳️ Eurupee: dumenica 26 di maghju. Andate à vutà!"),
        (dt.date(2020, 3, 2), dt.date(2020, 3, 16),
         "🗳️ Municipale: dumenica 15 di marzu. Andate à vutà!"),
        (dt.date(2020, 3, 17), dt.date(2020, 5, 11),
         "😷 Cunfinamentu: ferma in casa, esci solu cù l'attestazione."),
        (dt.date(2020, 6, 15), dt.date(2020, 6, 29),
         "🗳️ Municipale, secondu giru: dumenica 28 di ghjugnu."),
        (dt.date(2020, 10, 30), dt.date(2020, 12, 15),
         "😷 Cunfinamentu: ferma in casa, esci solu cù l'attestazione."),
    ])


def corsican_style() -> PublisherStyle:
    """A Corsican-language news site (Bastia): a French-version switch, a section kicker, a
    breadcrumb with the article's own title, a French date slot turned a Corsican weekday
    and month with "di" (a wording per day, from the nation's day 2017), "Da" turned
    "Scrittu da" with a reading time, "Publicità" and "Da leghje dinù:" (up to twice) and
    photo inserts, a follow line (gaining Instagram) turned the nation's day, Santa Divota,
    Easter and Christmas, a tip line turned eight votes and both 2020 lockdowns, a comment
    rule, a two-line office block, a rare red alert, a copyright line."""
    return PublisherStyle(
        domain="fiatunutizie.corsica", site="Fiatu Nutizie", base_size=650,
        subdomains=(("www.", 100),),
        sections=("nutizie", "pulitica", "ecunumia", "sport", "cultura", "lingua"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrica": ("Nutizie", "Pulitica", "Ecunumia", "Sport", "Cultura", "Lingua",
                        "Paesi", "Mare"),
            "autore": ("Ghjuvan Petru Santoni", "Maria Saveria Luciani", "Lisandru Pieri",
                       "Stella Albertini", "Ghjaseppu Mattei", "Ghjulia Orsini"),
            "fonte": ("Fiatu Nutizie", "AFP", "Cullettività di Corsica", "Archiviu",
                      "Facebook"),
        },
        families=(
            _f("francese", HEADER, 0.15, (_OLD, "🇫🇷 Version française")),
            _f("rubrica", HEADER, 0.3, (_OLD, "{rubrica}")),
            _f("filu", HEADER, 0.25, (_OLD, "Accolta › {rubrica} › {title}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_fr}"), *_daily(_co_dated, CO_DAILY)),
            _f("autore", HEADER, 0.6, (_OLD, "Da {autore}"),
               (CO_BYLINE.isoformat(), "Scrittu da {autore} · {read_min} min. di lettura")),
            _f("publicita", MIDDLE, 0.45, (_OLD, "Publicità"), count=2),
            _f("leghje", MIDDLE, 0.4, (_OLD, "Da leghje dinù: {other_title}"), count=2),
            _f("ritrattu", MIDDLE, 0.3, (_OLD, "Ritrattu: {fonte}")),
            _f("feste", FOOTER, 0.25, *_co_feste()),
            _f("elezzione", FOOTER, 0.2, *_co_elezzione()),
            _f("cumenti", FOOTER, 0.3,
               (_OLD, "I cumenti sò muderati: in corsu o in francese, ma sempre cù "
                "rispettu.")),
            _f("redazzione-head", FOOTER, 0.4, (_OLD, "Redazzione")),
            _f("redazzione", FOOTER, 0.38,
               (_OLD, "12, carrughju di u Ponte Novu · 20200 Bastia · 04 95 55 01 43")),
            _f("vigilanza", FOOTER, 0.04,
               (_OLD, "🔴 Vigilanza rossa: timpesta è piossa forte nant'à tutta l'isula.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Fiatu Nutizie · Tutti i diritti riservati")),
        ),
    )


# --- an Asturian-language city news site (Xixón) ----------------------------------------------

AS_DAILY = dt.date(2017, 9, 8)  # from the Day of Asturias 2017, Asturian dates
AS_BYLINE = dt.date(2018, 5, 4)  # "Por" turned text and photo credits (the Letters' day)
AS_DONATE = dt.date(2019, 1, 1)  # the monthly contribution went up


def _as_of(month: str) -> str:
    """ "de" before a month, elided before a vowel: "d'abril", "d'agostu"."""
    return f"d'{month}" if month[0] in "aeiou" else f"de {month}"


def _as_dated(day: dt.date) -> str:
    return (f"{ASTURIAN_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{_as_of(ASTURIAN_MONTHS[day.month - 1])} de {day.year}")


def letters_day(y: int) -> dt.date:
    """The Day of the Asturian Letters as the site's calendar keeps it: the first Friday of
    May."""
    return nth_weekday(y, 5, 4, 1)


def _as_llingua() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Esti periódicu escríbese n'asturianu. ¡Lleinos y compartinos!")]
    events: list[Event] = []
    for y in YEARS:
        friday = letters_day(y)
        events.append((friday - dt.timedelta(days=3), friday + dt.timedelta(days=1),
                       f"📚 Día de les Lletres Asturianes: vienres {friday.day} de mayu."))
    events += _yearly(0, "09-08", 1, 0, lambda _: "🌿 ¡Bon Día d'Asturies!")
    events += _yearly(0, "12-23", 0, 9, lambda _: "🎄 ¡Bones fiestes y feliz añu nuevu!",
                      years=range(2014, 2021))
    return _timeline(base, events)


def _as_votaciones() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 ¿Tienes una noticia? Escríbinos al 685 550 143")]
    return _timeline(base, [
        (dt.date(2015, 5, 10), dt.date(2015, 5, 25),
         "🗳️ Eleiciones autonómiques y municipales: domingu 24 de mayu."),
        (dt.date(2015, 12, 6), dt.date(2015, 12, 21),
         "🗳️ Eleiciones xenerales: domingu 20 d'avientu."),
        (dt.date(2016, 6, 12), dt.date(2016, 6, 27),
         "🗳️ Eleiciones xenerales: domingu 26 de xunu."),
        (dt.date(2019, 4, 14), dt.date(2019, 4, 29),
         "🗳️ Eleiciones xenerales: domingu 28 d'abril."),
        (dt.date(2019, 5, 12), dt.date(2019, 5, 27),
         "🗳️ Autonómiques, municipales y europees: domingu 26 de mayu."),
        (dt.date(2019, 10, 27), dt.date(2019, 11, 11),
         "🗳️ Eleiciones xenerales: domingu 10 de payares."),
        (dt.date(2020, 3, 14), dt.date(2020, 6, 21),
         "😷 Estáu d'alarma: quédate en casa y sal namás pa lo imprescindible."),
    ])


def asturian_style() -> PublisherStyle:
    """An Asturian-language city news site (Xixón): a section kicker, a Spanish date slot
    turned an Asturian weekday and month with "de" elided before a vowel (a wording per day,
    from the Day of Asturias 2017), "Por" turned text and photo credits, "Espublicidá" and
    "Llei tamién:" (up to twice) and photo inserts, a share line with the article's own
    title, a language line turned the Day of the Asturian Letters (the first Friday of May),
    the Day of Asturias and Christmas, a tip line turned six votes and the 2020 state of
    alarm, a monthly contribution raised in 2019, a comment rule, a rare swell warning, a
    copyright line."""
    return PublisherStyle(
        domain="pregonxixon.es", site="El Pregón de Xixón", base_size=560,
        subdomains=(("www.", 100),),
        sections=("xixon", "asturies", "economia", "deportes", "cultura", "llingua"),
        n_authors=5, url_path="/{section}/{slug}-{n}.html",
        pools={
            "seicion": ("Xixón", "Asturies", "Economía", "Deportes", "Cultura", "Llingua",
                        "Barrios", "Mar"),
            "autor": ("Xuan Bello Suárez", "Marta Menéndez", "Pablo Xosé Fernández",
                      "Llucía Álvarez", "Inaciu Cueto", "Sabela García"),
            "semeya": ("Xuan Cueto", "Lena Rodríguez", "Archivu"),
            "fonte": ("El Pregón de Xixón", "EFE", "Conceyu de Xixón", "Archivu", "Twitter"),
        },
        families=(
            _f("seicion", HEADER, 0.3, (_OLD, "{seicion}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_es}"), *_daily(_as_dated, AS_DAILY)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {autor}"),
               (AS_BYLINE.isoformat(), "Testu: {autor} | Semeya: {semeya}")),
            _f("espublicida", MIDDLE, 0.45, (_OLD, "Espublicidá"), count=2),
            _f("llei", MIDDLE, 0.4, (_OLD, "Llei tamién: {other_title}"), count=2),
            _f("semeya", MIDDLE, 0.3, (_OLD, "Semeya: {fonte}")),
            _f("comparti", FOOTER, 0.25, (_OLD, "Comparti: {title}")),
            _f("llingua", FOOTER, 0.25, *_as_llingua()),
            _f("votaciones", FOOTER, 0.2, *_as_votaciones()),
            _f("collabora", FOOTER, 0.2,
               (_OLD, "💙 Collabora con nós: 3 € al mes pa un periodismu n'asturianu."),
               (AS_DONATE.isoformat(), "💙 Collabora con nós: 4 € al mes pa un periodismu "
                                       "n'asturianu.")),
            _f("comentarios", FOOTER, 0.3,
               (_OLD, "Los comentarios moderense: n'asturianu o en castellán, con respetu.")),
            _f("oleaxe", FOOTER, 0.04,
               (_OLD, "🌊 Alerta naranxa por oleaxe: nun t'averes al Muru nin a la "
                "Escalerona.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} El Pregón de Xixón. Tolos drechos reservaos.")),
        ),
    )


# --- a Setswana-language news site (Tsabong, Kgalagadi) ---------------------------------------

TN_DAILY = dt.date(2017, 9, 30)  # from Botswana Day 2017, Setswana dates
TN_BYLINE = dt.date(2018, 7, 1)  # "Ka" gained the village
TN_MONEY = dt.date(2019, 4, 1)  # the donation appeal gained Orange Money


def _tn_dated(day: dt.date) -> str:
    return (f"{SETSWANA_WEEKDAYS[day.weekday()]}, {day.day} {SETSWANA_MONTHS[day.month - 1]} "
            f"{day.year}")


def presidents_day(y: int) -> dt.date:
    """Botswana's President's Day: the third Monday of July (and the Tuesday after it)."""
    return nth_weekday(y, 7, 0, 3)


def _tn_malatsi() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Re sale morago mo Facebook le Twitter.")]
    events = _yearly(1966, "09-30", 2, 1, lambda n: f"🇧🇼 Letsatsi la Botswana: dingwaga "
                                                    f"di le {n} tsa boipuso! Pula!")
    events += _yearly(0, "07-01", 1, 0, lambda _: "🕊️ Letsatsi la ga Sir Seretse Khama: "
                                                  "re gopola moeteledipele wa ntlha.")
    for y in YEARS:
        monday = presidents_day(y)
        events.append((monday - dt.timedelta(days=3), monday + dt.timedelta(days=2),
                       f"🎉 Malatsi a ga Tautona: Mosupologo {monday.day} le Labobedi "
                       f"{monday.day + 1} Phukwi."))
    events += _yearly(0, "12-23", 0, 9, lambda _: "🎄 Keresemose e e monate le ngwaga o "
                                                  "mošwa o o itumedisang!",
                      years=range(2014, 2021))
    return _timeline(base, events)


def _tn_ditlhopho() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 O na le dikgang? Re leletse: +267 71 555 143")]
    return _timeline(base, [
        (dt.date(2019, 10, 9), dt.date(2019, 10, 24),
         "🗳️ Ditlhopho tsa bosetšhaba: Laboraro 23 Diphalane. Tlhopha!"),
        (dt.date(2020, 4, 2), dt.date(2020, 5, 22),
         "😷 Lockdown: nna mo gae, tlhapa diatla, apara mask fa o tswa."),
    ])


def setswana_style() -> PublisherStyle:
    """A Setswana-language news site (Tsabong, Kgalagadi): a section kicker, an English date
    slot turned a Setswana weekday and month (a wording per day, from Botswana Day 2017),
    "Ka" with the writer gaining the village, "Papatso" and "Bala gape:" (up to twice) and
    photo inserts, a bare greeting, a follow line turned Botswana Day with its count, Sir
    Seretse Khama Day, President's Day (the third Monday of July) and Christmas, a tip line
    turned the 2019 election and the 2020 lockdown, a donation appeal gaining a second
    payment app, a comment rule, a rare veld fire warning, a copyright line."""
    return PublisherStyle(
        domain="lentswelakgalagadi.co.bw", site="Lentswe la Kgalagadi", base_size=480,
        subdomains=(("www.", 100),),
        sections=("dikgang", "sepolotiki", "ikonomi", "metshameko", "ngwao", "temo"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "karolo": ("Dikgang", "Sepolotiki", "Ikonomi", "Metshameko", "Ngwao", "Temo-thuo",
                       "Boitekanelo", "Thuto"),
            "mokwadi": ("Kagiso Molefe", "Boitumelo Sebego", "Tshepo Kgosi", "Neo Mothibi",
                        "Onalenna Seretse", "Mpho Dintwe"),
            "motse": ("Tsabong", "Hukuntsi", "Werda", "Kang", "Bokspits",
                      "Middlepits"),
            "setshwantsho": ("Lentswe la Kgalagadi", "BOPA", "Dikgang", "Facebook",
                             "Mokwadi"),
        },
        families=(
            _f("karolo", HEADER, 0.3, (_OLD, "{karolo}")),
            _f("letlha", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_tn_dated, TN_DAILY)),
            _f("mokwadi", HEADER, 0.6, (_OLD, "Ka {mokwadi}"),
               (TN_BYLINE.isoformat(), "Ka {mokwadi}, {motse}")),
            _f("papatso", MIDDLE, 0.45, (_OLD, "Papatso"), count=2),
            _f("bala", MIDDLE, 0.4, (_OLD, "Bala gape: {other_title}"), count=2),
            _f("setshwantsho", MIDDLE, 0.3, (_OLD, "Setshwantsho: {setshwantsho}")),
            _f("pula", FOOTER, 0.2, (_OLD, "Pula! 🌧️")),
            _f("malatsi", FOOTER, 0.25, *_tn_malatsi()),
            _f("ditlhopho", FOOTER, 0.2, *_tn_ditlhopho()),
            _f("thuso", FOOTER, 0.2, (_OLD, "💚 Re tshegetse: MyZaka 71 555 143"),
               (TN_MONEY.isoformat(), "💚 Re tshegetse: MyZaka kgotsa Orange Money "
                                      "71 555 143")),
            _f("dikakgelo", FOOTER, 0.3,
               (_OLD, "Dikakgelo tse di nyenyefatsang kgotsa tsa tlhoafalo di tla phimolwa.")),
            _f("molelo", FOOTER, 0.04,
               (_OLD, "🔥 Molelo wa naga gaufi le Hukuntsi: tswelelang le tsela ya Kang ka "
                "kelotlhoko.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Lentswe la Kgalagadi. Ditshwanelo tsotlhe di "
                "sireleditswe.")),
        ),
    )


# --- a Tahitian-language news site (Papeete) --------------------------------------------------

TY_DAILY = dt.date(2017, 6, 29)  # from the autonomy day 2017, Tahitian dates
TY_BYLINE = dt.date(2018, 11, 20)  # "Na" turned "Papaʻihia e" (Matariʻi i niʻa)
PAPEETE_LATITUDE, PAPEETE_LONGITUDE = -17.535, -149.569


def _ty_dated(day: dt.date) -> str:
    return (f"{TAHITIAN_WEEKDAYS[day.weekday()]} {day.day} no "
            f"{TAHITIAN_MONTHS[day.month - 1]} {day.year}")


def _ty_sun(day: dt.date) -> str:
    rise, setting = sun_times(day, PAPEETE_LATITUDE, PAPEETE_LONGITUDE, -10)
    return (f"🌅 Hitiʻa o te rā: {rise // 60}:{rise % 60:02d} · Topaʻa o te rā: "
            f"{setting // 60}:{setting % 60:02d}")


def _ty_oroa() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "A peʻe mai iā mātou i niʻa i te Facebook.")]
    events = _yearly(1797, "03-05", 1, 0, lambda n: f"✝️ Taeʻa o te ʻEvanelia: {n} matahiti "
                                                    "i teie mahana.")
    events += _yearly(0, "05-20", 0, 0, lambda _: "✨ Matariʻi i raro: ʻua topa te tau "
                                                  "ʻauhune.")
    events += _yearly(1984, "06-29", 1, 0, lambda n: f"🇵🇫 Te ʻoroʻa o te tiamāraʻa: {n} "
                                                     "matahiti.")
    for y in YEARS:
        text = (f"💃 Heiva i Tahiti {y}: ʻa haere mai i Toʻata!" if y != 2020 else
                "💃 ʻAita e Heiva i Tahiti i teie matahiti.")
        events.append((dt.date(y, 7, 1), dt.date(y, 7, 21), text))
    events += _yearly(0, "11-20", 0, 0, lambda _: "✨ Matariʻi i niʻa: ʻua tae te tau "
                                                  "auhune! Ia ora na!")
    events += _yearly(0, "12-22", 0, 10, lambda _: "🎄 ʻIa ora na i te Noera e i te matahiti "
                                                   "ʻāpī!", years=range(2014, 2021))
    return _timeline(base, events)


def _ty_maiti() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 E poroʻi tā ʻoe? A niuniu mai: 87 55 01 43")]
    return _timeline(base, [
        (dt.date(2017, 4, 8), dt.date(2017, 5, 7),
         "🗳️ Maitiraʻa peretiteni: 22 no ʻEperera ʻe 6 no Mē."),
        (dt.date(2017, 6, 1), dt.date(2017, 6, 19),
         "🗳️ Maitiraʻa ʻāpitipiti: 3 ʻe 17 no Tiunu."),
        (dt.date(2018, 4, 8), dt.date(2018, 5, 7),
         "🗳️ Maitiraʻa no te ʻAporaʻa rahi: 22 no ʻEperera ʻe 6 no Mē."),
        (dt.date(2020, 3, 1), dt.date(2020, 3, 16),
         "🗳️ Maitiraʻa ʻoire: 15 no Māti. A haere e maiti!"),
        (dt.date(2020, 3, 20), dt.date(2020, 5, 21),
         "😷 Confinement: ʻa pārahi i te fare."),
        (dt.date(2020, 10, 24), None,
         "🌙 Couvre-feu: ʻeiaha e haere i rapae i te pō, mai te 21 hora e tae atu i te 4 "
         "hora."),
    ])


def tahitian_style() -> PublisherStyle:
    """A Tahitian-language news site (Papeete): a section kicker, a French date slot turned a
    Tahitian weekday and month with "no" (a wording per day, from the autonomy day 2017),
    "Na" turned "Papaʻihia e", Papeete's sunrise and sunset (a wording per day that
    changes), "Poroʻi tarahu" and "A taiʻo atoʻa:" (up to twice) and picture inserts, a
    follow line turned the Gospel's arrival and the autonomy day with their counts,
    Matariʻi i raro and i niʻa, the Heiva (none in 2020) and Christmas, a tip line turned
    four votes, the 2020 confinement and the curfew, a comment rule, a rare swell warning, a
    copyright line."""
    return PublisherStyle(
        domain="tereootahiti.pf", site="Te Reo o Tahiti", base_size=410,
        subdomains=(("www.", 100),),
        sections=("parau-api", "poritita", "faufaa", "tuaro", "hiroa", "reo"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "tuhaa": ("Parau ʻāpī", "Poritita", "Faufaʻa", "Tuaro", "Hiroʻa", "Reo Māʻohi",
                      "Motu", "Moana"),
            "papai": ("Teva Tehaamoana", "Hinatea Ariitai", "Moana Teriierooiterai",
                      "Vaitiare Tapu", "Tamatoa Temarii", "Heimana Pito"),
            "hohoa": ("Te Reo o Tahiti", "AFP", "Présidence", "Archives", "Facebook"),
        },
        families=(
            _f("tuhaa", HEADER, 0.3, (_OLD, "{tuhaa}")),
            _f("mahana", HEADER, 0.85, (_OLD, "{date_fr}"), *_daily(_ty_dated, TY_DAILY)),
            _f("papai", HEADER, 0.6, (_OLD, "Na {papai}"),
               (TY_BYLINE.isoformat(), "Papaʻihia e {papai}")),
            _f("ra", HEADER, 0.2, *_changes(_ty_sun)),
            _f("porohi", MIDDLE, 0.45, (_OLD, "Poroʻi tarahu"), count=2),
            _f("taio", MIDDLE, 0.4, (_OLD, "A taiʻo atoʻa: {other_title}"), count=2),
            _f("hohoa", MIDDLE, 0.3, (_OLD, "Hohoʻa: {hohoa}")),
            _f("oroa", FOOTER, 0.25, *_ty_oroa()),
            _f("maiti", FOOTER, 0.2, *_ty_maiti()),
            _f("manao", FOOTER, 0.3,
               (_OLD, "E parau maitaʻi: e faʻaorehia te mau manaʻo ʻino.")),
            _f("miti", FOOTER, 0.04,
               (_OLD, "🌊 Vigilance orange houle: ʻeiaha e haere i te moana i teie mahana.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Te Reo o Tahiti. Tous droits réservés.")),
        ),
    )


# --- a Gĩkũyũ-language news site (Nyeri) -----------------------------------------------------

KI_DAILY = dt.date(2017, 10, 20)  # from Mashujaa Day 2017, Gĩkũyũ dates
KI_BYLINE = dt.date(2018, 6, 1)  # "Nĩ" turned "Rĩandĩkĩtwo nĩ" (Madaraka Day)
KI_DONATE = dt.date(2019, 7, 1)  # the Paybill appeal raised its amount


def _ki_dated(day: dt.date) -> str:
    return (f"{KIKUYU_WEEKDAYS[day.weekday()]}, {day.day} {KIKUYU_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ki_matuku() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Tũrũmĩrĩre Facebook na Twitter.")]
    events = _yearly(1963, "06-01", 1, 0, lambda n: f"🇰🇪 Mũthenya wa Madaraka: mĩaka {n} "
                                                    "ya wĩyathi!")
    events += _yearly(0, "10-20", 1, 0, lambda _: "🛡️ Mũthenya wa Mashujaa: tũririkanei "
                                                  "ngatha citũ.")
    events += _yearly(1963, "12-12", 1, 0, lambda n: f"🇰🇪 Jamhuri: mĩaka {n} kuuma "
                                                     "tuoe wĩyathi!")
    events += _yearly(0, "12-23", 0, 9, lambda _: "🎄 Krismasi njega na mwaka mwerũ wa "
                                                  "gĩkeno!", years=range(2014, 2021))
    return _timeline(base, events)


def _ki_ithurano() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Wĩ na ũhoro? Tũhe: 0722 555 143")]
    return _timeline(base, [
        (dt.date(2017, 7, 25), dt.date(2017, 8, 9),
         "🗳️ Ithurano rĩa kũgĩa: Wakerĩ 8 mweri wa kanana. Thiĩ ũgathure!"),
        (dt.date(2017, 10, 12), dt.date(2017, 10, 27),
         "🗳️ Ithurano rĩa mũtongoria rĩngĩ: Wakana 26 mweri wa ikũmi."),
        (dt.date(2020, 3, 27), None,
         "🌙 Curfew: ikarai mũciĩ kuuma thaa imwe hwaĩ-inĩ nginya thaa ikũmi na imwe rũciinĩ."),
    ])


def kikuyu_style() -> PublisherStyle:
    """A Gĩkũyũ-language news site (Nyeri): a section kicker, an English date slot turned a
    Gĩkũyũ weekday and a numbered month (a wording per day, from Mashujaa Day 2017), "Nĩ"
    turned "Rĩandĩkĩtwo nĩ", "Matangazo" and "Thoma ningĩ:" (up to twice) and photo
    inserts, a radio line, a follow line turned Madaraka, Mashujaa and Jamhuri days with
    their counts and Christmas, a tip line turned two votes and the 2020 curfew, an M-Pesa
    appeal raised in 2019, a comment rule, a rare heavy rain warning, a copyright line."""
    return PublisherStyle(
        domain="mugambowanyeri.co.ke", site="Mũgambo wa Nyeri", base_size=360,
        subdomains=(("www.", 100),),
        sections=("uhoro", "uthamaki", "biacara", "mathako", "urimi"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "gicunji": ("Ũhoro", "Ũthamaki", "Biacara", "Mathako", "Ũrĩmi", "Ũgima",
                        "Gũthoma"),
            "mwandiki": ("Wanjiru Kamau", "Mwangi Gitau", "Nyambura Wairimu", "Kariuki Ndirangu",
                         "Wambui Muthoni", "Njoroge Kimani"),
            "mbica": ("Mũgambo wa Nyeri", "KNA", "Kaunti ya Nyeri", "Facebook", "Mwandĩki"),
        },
        families=(
            _f("gicunji", HEADER, 0.3, (_OLD, "{gicunji}")),
            _f("muthenya", HEADER, 0.8, (_OLD, "{date_dmy}"), *_daily(_ki_dated, KI_DAILY)),
            _f("mwandiki", HEADER, 0.6, (_OLD, "Nĩ {mwandiki}"),
               (KI_BYLINE.isoformat(), "Rĩandĩkĩtwo nĩ {mwandiki}")),
            _f("matangazo", MIDDLE, 0.4, (_OLD, "Matangazo"), count=2),
            _f("thoma", MIDDLE, 0.4, (_OLD, "Thoma ningĩ: {other_title}"), count=2),
            _f("mbica", MIDDLE, 0.3, (_OLD, "Mbica: {mbica}")),
            _f("radio", FOOTER, 0.2,
               (_OLD, "📻 Thikĩrĩria ũhoro witũ rũciinĩ o rũciinĩ thaa ikũmi na igĩrĩ, "
                "FM 98.6.")),
            _f("matuku", FOOTER, 0.25, *_ki_matuku()),
            _f("ithurano", FOOTER, 0.2, *_ki_ithurano()),
            _f("teithia", FOOTER, 0.2,
               (_OLD, "💛 Tũteithie: M-Pesa Paybill 555143, Sh50 kana makĩria."),
               (KI_DONATE.isoformat(), "💛 Tũteithie: M-Pesa Paybill 555143, Sh100 kana "
                                       "makĩria.")),
            _f("ciugo", FOOTER, 0.3,
               (_OLD, "Ciugo cia kũruma kana cia rũmena nĩ ikũrutwo.")),
            _f("mbura", FOOTER, 0.04,
               (_OLD, "⚠️ Mbura nene: mũtikahĩtũke rũũĩ rwa Chania rĩrĩa rũiyũrĩte.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Mũgambo wa Nyeri. Kĩhooto gĩothe nĩ kĩigĩtwo.")),
        ),
    )


# --- an Ilocano-language news site (Laoag) ----------------------------------------------------

IL_DAILY = dt.date(2018, 2, 2)  # from the province's bicentennial, Ilocano dates
IL_BYLINE = dt.date(2017, 1, 1)  # "By" turned "Insurat ni"
IL_SOCIAL = dt.date(2019, 6, 1)  # the follow line gained YouTube


def _il_dated(day: dt.date) -> str:
    return (f"{ILOCANO_WEEKDAYS[day.weekday()]}, {ILOCANO_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def _il_rambak() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "I-follow kami iti Facebook."),
            (IL_SOCIAL.isoformat(), "I-follow kami iti Facebook ken YouTube.")]
    events = _yearly(1818, "02-02", 1, 0, lambda n: f"🎉 Naragsak a maika-{n} a "
                                                    "Pundasion ti Ilocos Norte!")
    events += _yearly(1898, "06-12", 1, 0, lambda n: f"🇵🇭 Maika-{n} nga Aldaw ti "
                                                     "Wayawaya. Mabuhay!")
    events += _yearly(0, "12-22", 0, 10, lambda _: "🎄 Naragsak a Paskua ken Narang-ay a "
                                                   "Baro a Tawen!", years=range(2014, 2021))
    return _timeline(base, events)


def _il_eleksion() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📲 Adda damagmo? I-text mo: 0917 555 0143")]
    return _timeline(base, [
        (dt.date(2016, 4, 25), dt.date(2016, 5, 10),
         "🗳️ Eleksion: Lunes, Mayo 9. Agbotos kayo!"),
        (dt.date(2018, 5, 1), dt.date(2018, 5, 15),
         "🗳️ Eleksion ti barangay ken SK: Lunes, Mayo 14."),
        (dt.date(2019, 4, 29), dt.date(2019, 5, 14),
         "🗳️ Eleksion: Lunes, Mayo 13. Agbotos kayo!"),
        (dt.date(2020, 3, 16), dt.date(2020, 5, 16),
         "😷 ECQ iti intero a Luzon: agtalinaed iti balay."),
    ])


def ilocano_style() -> PublisherStyle:
    """An Ilocano-language news site (Laoag): a section kicker, a long US date slot turned an
    Ilocano weekday and month (a wording per day, from the province's bicentennial), "By"
    turned "Insurat ni", "Anunsio" and "Basaen met:" (up to twice) and photo inserts, a
    follow line (gaining YouTube) turned the province's founding day and Independence Day
    with their counts and Christmas, a tip line turned three votes and the 2020 quarantine, a
    comment rule, a two-line office block, a rare typhoon signal, a copyright line."""
    return PublisherStyle(
        domain="timekamianan.ph", site="Timek ti Amianan", base_size=310,
        subdomains=(("www.", 100),),
        sections=("damag", "politika", "negosio", "isports", "kultura"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={
            "paset": ("Damag", "Politika", "Negosio", "Isports", "Kultura", "Salun-at",
                      "Edukasion"),
            "sinurat": ("Rowena Agcaoili", "Jericho Ramos", "Marites Dumlao", "Ferdinand Pascua",
                        "Liezel Bumanglag", "Arnel Tabios"),
            "ladawan": ("Timek ti Amianan", "PIA", "Provincial Government", "Facebook",
                        "Archive"),
        },
        families=(
            _f("paset", HEADER, 0.3, (_OLD, "{paset}")),
            _f("petsa", HEADER, 0.8, (_OLD, "{date_long}"), *_daily(_il_dated, IL_DAILY)),
            _f("sinurat", HEADER, 0.6, (_OLD, "By {sinurat}"),
               (IL_BYLINE.isoformat(), "Insurat ni {sinurat}")),
            _f("anunsio", MIDDLE, 0.4, (_OLD, "Anunsio"), count=2),
            _f("basaen", MIDDLE, 0.4, (_OLD, "Basaen met: {other_title}"), count=2),
            _f("ladawan", MIDDLE, 0.3, (_OLD, "Ladawan: {ladawan}")),
            _f("rambak", FOOTER, 0.3, *_il_rambak()),
            _f("eleksion", FOOTER, 0.2, *_il_eleksion()),
            _f("komento", FOOTER, 0.3,
               (_OLD, "Agannad iti komentom: maikkat dagiti nauyong ken ulbod a sasao.")),
            _f("opisina-head", FOOTER, 0.4, (_OLD, "Opisina")),
            _f("opisina", FOOTER, 0.38,
               (_OLD, "Rizal St., Laoag City, Ilocos Norte · (077) 555 0143")),
            _f("bagyo", FOOTER, 0.04,
               (_OLD, "🌀 Signal No. 3 iti Ilocos Norte: awan klase ita nga aldaw.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Timek ti Amianan. Amin a kalintegan ket nakareserba.")),
        ),
    )


# --- a mountain bike trail centre's trail reports (Powys) -------------------------------------

TRAILS = ("🟢 Green (Nant Bach): open, dry and fast",
          "🔵 Blue (Cefn Coed): open, some standing water after the bridge",
          "🔴 Red (Y Ddraig): open, roots greasy in the top woods",
          "⚫ Black (Craig Ddu): open, rock garden slippery when wet",
          "🔴 Red (Y Ddraig): diversion at the quarry section, follow the signs",
          "🔵 Blue (Cefn Coed): closed for resurfacing between markers 8 and 11")
FORESTRY = ("🚜 Timber felling on the forest road above the car park: expect lorries.",
            "🚜 Harvesting in compartment 14: the Black route's last descent is diverted.",
            "🚜 Drainage works on the Green loop this week: please ride through slowly.")
_CAFE_SUMMER = "The café is open 9am to 5pm every day; the bike wash runs until 7pm."
_CAFE_WINTER = "Winter hours: the café is open 9am to 4pm, Thursday to Monday."


def _tc_status() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Trails are open dawn to dusk, all year round. Ride within your limits.")]
    return _timeline(base, [
        (dt.date(2020, 3, 24), dt.date(2020, 7, 6),
         "⛔ Under the Welsh Government's lockdown all trails and the car park are closed."),
        (dt.date(2020, 10, 23), dt.date(2020, 11, 9),
         "⛔ Fire-break lockdown: the trails are closed to visitors until 9 November."),
        (dt.date(2020, 12, 20), None,
         "⛔ Wales is at Alert Level 4: the trails are closed to visitors again."),
    ])


def garw_style() -> PublisherStyle:
    """A mountain bike trail centre's trail reports (Powys): a bilingual welcome, a date
    turned "Trail report" with the weekday and the trail ranger, a trail's status, a
    forestry notice, an opening line turned the 2020 lockdowns, the café's hours by season,
    parking raised in 2019, a bike wash line, a mountain rescue line, a rider's code, a
    two-line bike shop block, a rare high wind closure."""
    return PublisherStyle(
        domain="cwmgarwtrails.co.uk", site="Cwm Garw Trails", base_size=250,
        subdomains=(("www.", 100),),
        sections=("trail-reports", "news", "events"),
        n_authors=2, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={"trail": TRAILS, "forestry": FORESTRY},
        families=(
            _f("croeso", HEADER, 0.2, (_OLD, "Croeso · Welcome to Cwm Garw")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-04-01", "Trail report · {weekday} {date_dmy} · {author}, trail ranger")),
            _f("trail", HEADER, 0.35, (_OLD, "{trail}")),
            _f("forestry", MIDDLE, 0.2, (_OLD, "{forestry}")),
            _f("status", FOOTER, 0.3, *_tc_status()),
            _f("cafe", FOOTER, 0.25, *_seasons(("04-01", _CAFE_SUMMER),
                                               ("11-01", _CAFE_WINTER))),
            _f("parking", FOOTER, 0.25,
               (_OLD, "Parking: £5 a day, £40 for an annual pass. Cards only."),
               ("2019-04-01", "Parking: £6 a day, £45 for an annual pass. Cards only.")),
            _f("bikewash", FOOTER, 0.2,
               (_OLD, "Please use the bike wash, not the stream: it keeps the river clean.")),
            _f("rescue", FOOTER, 0.25,
               (_OLD, "🚑 In an emergency call 999, ask for the police, then mountain "
                "rescue.")),
            _f("code", FOOTER, 0.2,
               (_OLD, "Ride the trails in the signed direction only, and give way to "
                "walkers.")),
            _f("shop-head", FOOTER, 0.4, (_OLD, "Bike shop & hire")),
            _f("shop", FOOTER, 0.38,
               (_OLD, "Hire from £30 a day · repairs while you ride · 01597 555 143")),
            _f("wind", FOOTER, 0.04,
               (_OLD, "⚠️ Trails closed today: gusts over 50 mph in the forest.")),
        ),
    )


# --- a hot-air balloon operator's flight log (Somerset) --------------------------------------

FLIGHTS = ("🎈 Launched from Wells Recreation Ground, landed near Wedmore · 1 hr 10 min · "
           "max 3,200 ft",
           "🎈 Launched from Glastonbury, landed at Meare · 55 min · max 2,500 ft",
           "🎈 Launched from Shepton Mallet, landed near Pilton · 1 hr 5 min · max 2,800 ft",
           "🎈 Launched from Cheddar, landed beyond Axbridge · 1 hr 20 min · max 4,100 ft")
WINDS = ("🌬️ Wind 6 kt from the south-west, cloud base 4,000 ft",
         "🌬️ Wind 4 kt from the west, clear skies",
         "🌬️ Wind 8 kt from the north-west, cloud base 3,500 ft",
         "🌬️ Wind 5 kt from the south, haze over the Levels")
_SEASON_ON = "Our flying season runs from April to October, mornings and evenings."
_SEASON_OFF = "We are not flying until April: vouchers bought now are valid for two years."


def mendip_style() -> PublisherStyle:
    """A hot-air balloon operator's flight log (Somerset): a date turned "Flight log" with
    the pilot, the wind, a flight (launch, landing, time and height), the season (flying,
    not flying; late in 2020), flight prices raised in 2019, a voucher line, a weight
    line, a toast line, a two-line flight line block, a rare cancellation."""
    return PublisherStyle(
        domain="mendipskies.co.uk", site="Mendip Skies Balloon Flights", base_size=220,
        subdomains=(("www.", 100),),
        sections=("flight-log", "news"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"flight": FLIGHTS, "wind": WINDS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-05-01", "Flight log · {date_dmy} · pilot {author}")),
            _f("wind", HEADER, 0.3, (_OLD, "{wind}")),
            _f("flight", MIDDLE, 0.3, (_OLD, "{flight}")),
            _f("season", FOOTER, 0.3, *_seasons(
                ("04-01", _SEASON_ON), ("11-01", _SEASON_OFF),
                special={2020: [("2020-03-23", "All flights are suspended: your voucher "
                                               "will be extended, free of charge."),
                                ("2020-07-04", "We are flying again, with masks in the "
                                               "basket and fewer passengers."),
                                ("2020-11-01", _SEASON_OFF)]})),
            _f("price", FOOTER, 0.25,
               (_OLD, "Flights from £149 a person; private flights for two from £399."),
               ("2019-01-01", "Flights from £159 a person; private flights for two from "
                "£429.")),
            _f("voucher", FOOTER, 0.25,
               (_OLD, "Gift vouchers make a perfect present: valid for two years.")),
            _f("weight", FOOTER, 0.2,
               (_OLD, "Passengers over 16 stone, please tell us when booking.")),
            _f("toast", FOOTER, 0.2,
               (_OLD, "Every flight ends with a glass of bubbly and a certificate. 🥂")),
            _f("flightline-head", FOOTER, 0.4, (_OLD, "Flight line")),
            _f("flightline", FOOTER, 0.38,
               (_OLD, "Call 01749 555 143 after 4pm the day before to confirm your flight.")),
            _f("cancel", FOOTER, 0.04,
               (_OLD, "❌ Tonight's flights are cancelled: showers forecast. We will be in "
                "touch.")),
        ),
    )


# --- a family campsite's news in English for its guests (Dordogne) ---------------------------

POOL_NEWS = ("🏊 Pool open 10h–19h · water 26 °C", "🏊 Pool open 10h–20h · water 28 °C",
             "🏊 Pool open 11h–18h · water 24 °C", "🏊 Aqua gym Tuesday and Friday at 10h")
ACTIVITIES = ("🛶 Canoe trips on the Dordogne: book at reception the day before.",
              "🍷 Wine tasting with a Bergerac grower on Thursday evening.",
              "🎶 Live music and moules-frites on Saturday night.",
              "🧒 Kids' club every morning except Sunday, ages 5 to 12.")
_OPEN = "Open from 1 April to 30 September. Booking for next season opens in October."
_CLOSED = "We are closed for the winter: see you in April!"


def _camp_passports() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "All our guests are welcome: bring your EHIC for healthcare in France.")]
    return _timeline(base, [(dt.date(2020, 12, 1), None,
                             "🇬🇧 UK guests: from 1 January 2021 your passport must have 6 "
                             "months left and your EHIC is valid until it expires.")])


def chenes_style() -> PublisherStyle:
    """A family campsite's news in English for its guests (Dordogne): a trilingual welcome,
    a French date slot turned "Posted" with the hosts, a pool line, an activity line, the
    season (closed, then open from June, in 2020), pitch prices raised in 2019, a bread
    line, quiet hours, an EHIC line turned passports for UK guests from 2021, a two-line
    reception block, a rare barbecue ban."""
    return PublisherStyle(
        domain="camping-troischenes.fr", site="Camping des Trois Chênes", base_size=190,
        subdomains=(("www.", 100),),
        sections=("news", "activities", "region"),
        n_authors=2, url_path="/en/{section}/{slug}",
        pools={"pool": POOL_NEWS, "activity": ACTIVITIES},
        families=(
            _f("bienvenue", HEADER, 0.2, (_OLD, "Bienvenue · Welcome · Welkom")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_fr}"),
               ("2018-03-15", "Posted {date_dmy} by {author} (your hosts)")),
            _f("pool", HEADER, 0.25, (_OLD, "{pool}")),
            _f("activity", MIDDLE, 0.25, (_OLD, "{activity}")),
            _f("season", FOOTER, 0.3, *_seasons(
                ("04-01", _OPEN), ("10-01", _CLOSED),
                special={2020: [("2020-03-16", "Because of the lockdown we cannot open on "
                                               "1 April: we will refund or move your "
                                               "booking."),
                                ("2020-06-02", "We are open again! Sanitary blocks cleaned "
                                               "four times a day."),
                                ("2020-10-01", _CLOSED)]})),
            _f("price", FOOTER, 0.25,
               (_OLD, "Pitch for two with electricity: €24 a night in high season."),
               ("2019-01-01", "Pitch for two with electricity: €26 a night in high season.")),
            _f("bread", FOOTER, 0.25,
               (_OLD, "Order your bread and croissants at reception before 18h. 🥐")),
            _f("quiet", FOOTER, 0.2, (_OLD, "Quiet please between 23h and 8h. Merci !")),
            _f("ehic", FOOTER, 0.2, *_camp_passports()),
            _f("reception-head", FOOTER, 0.4, (_OLD, "Reception")),
            _f("reception", FOOTER, 0.38,
               (_OLD, "Open 8h30–12h and 15h–19h · +33 5 53 55 01 43")),
            _f("barbecue", FOOTER, 0.04,
               (_OLD, "🔥 Arrêté préfectoral: barbecues are banned today because of the fire "
                "risk.")),
        ),
    )


# --- a bonsai society's news (Victoria, Australia) -------------------------------------------

TREES = ("🌳 Tree of the month: Japanese black pine (Pinus thunbergii)",
         "🌳 Tree of the month: trident maple (Acer buergerianum)",
         "🌳 Tree of the month: Port Jackson fig (Ficus rubiginosa)",
         "🌳 Tree of the month: Chinese elm (Ulmus parvifolia)",
         "🌳 Tree of the month: swamp paperbark (Melaleuca ericifolia)")
_SPRING = "🌱 Spring: time to repot deciduous trees as the buds swell."
_SUMMER = "☀️ Summer: water daily, twice on hot days, and give shade after noon."
_AUTUMN = "🍂 Autumn: feed for the winter and enjoy the colour."
_WINTER = "❄️ Winter: wire and style deciduous trees while they are bare."


def meeting_day(day: dt.date) -> dt.date:
    """The society's next meeting on or after `day`: the second Tuesday of the month."""
    this = nth_weekday(day.year, day.month, 1, 2)
    if this >= day:
        return this
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, 1, 2)


def _bonsai_meeting(day: dt.date) -> str:
    meeting = meeting_day(day)
    return f"📅 Next meeting: Tuesday {meeting.day} {meeting.strftime('%B')}, 7.30pm"


def show_weekend(y: int) -> dt.date:
    """The society's annual show: the first Saturday of October (and the Sunday)."""
    return nth_weekday(y, 10, 5, 1)


def _bonsai_show() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Visitors are always welcome at our meetings: bring a tree for advice.")]
    events: list[Event] = []
    for y in YEARS:
        saturday = show_weekend(y)
        text = (f"🏆 Our annual show: Saturday {saturday.day} and Sunday {saturday.day + 1} "
                "October, Lilydale Memorial Hall." if y != 2020 else
                "🏆 The 2020 show is cancelled: we will share members' trees online.")
        events.append((saturday - dt.timedelta(days=21), saturday + dt.timedelta(days=2),
                       text))
    events.append((dt.date(2020, 3, 23), dt.date(2020, 9, 11),
                   "🦠 Meetings are suspended under Victoria's restrictions: stay in touch "
                   "by email."))
    events.append((dt.date(2020, 10, 12), dt.date(2020, 11, 9),
                   "🦠 Meetings are suspended under Victoria's restrictions: stay in touch "
                   "by email."))
    return _timeline(base, events)


def yarra_style() -> PublisherStyle:
    """A bonsai society's news (Victoria, Australia): a date turned "Meeting notes" with the
    secretary, the next meeting (the second Tuesday of the month, a wording that changes as
    each passes), a tree of the month, seasonal care notes (the southern seasons), a
    visitors' line turned the annual show (the first weekend of October; none in 2020) and
    the 2020 suspensions, fees raised in 2019, a raffle line, a library line, a two-line
    committee block, a rare heat alert."""
    return PublisherStyle(
        domain="yarravalleybonsai.org.au", site="Yarra Valley Bonsai Society", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "meetings", "show"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"tree": TREES},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-02-13", "Meeting notes · {date_dmy} · {author}, secretary")),
            _f("meeting", HEADER, 0.3, *_changes(_bonsai_meeting)),
            _f("tree", MIDDLE, 0.25, (_OLD, "{tree}")),
            _f("care", FOOTER, 0.3, *_seasons(("03-01", _AUTUMN), ("06-01", _WINTER),
                                              ("09-01", _SPRING), ("12-01", _SUMMER))),
            _f("show", FOOTER, 0.3, *_bonsai_show()),
            _f("fees", FOOTER, 0.2,
               (_OLD, "Membership: $40 single, $55 family, due each July."),
               ("2019-07-01", "Membership: $45 single, $60 family, due each July.")),
            _f("raffle", FOOTER, 0.25,
               (_OLD, "Raffle tickets $2 each or three for $5: prizes are members' trees.")),
            _f("library", FOOTER, 0.2,
               (_OLD, "Borrow from the society's library: ask the librarian at supper.")),
            _f("committee-head", FOOTER, 0.4, (_OLD, "Committee")),
            _f("committee", FOOTER, 0.38,
               (_OLD, "President: Graham Leung · Secretary: secretary@yarravalleybonsai.org.au")),
            _f("heat", FOOTER, 0.04,
               (_OLD, "🌡️ Heat alert: move your trees into shade and water them twice "
                "today.")),
        ),
    )


def heldout34_styles() -> list[PublisherStyle]:
    """The held-back-34 styles, in the order the generator hands them to publishers."""
    return [
        chuvash_style(), turkmen_style(), corsican_style(), asturian_style(),
        setswana_style(), tahitian_style(), kikuyu_style(), ilocano_style(), garw_style(),
        mendip_style(), chenes_style(), yarra_style(),
    ]
