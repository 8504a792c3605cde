"""The thirty-eighth held-back template set (``held-back-38``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the thirty-seventh
held-back set (`tests.bench.heldout_templates_37`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first thirty-seven held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 97.55% of the boilerplate removed, 99.98% of the content
kept, at 86b5f3b (97.55% with the session-start code f99d096 too); studied since (97.84%
at 8ab2f95), so no longer an unseen test.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Bhojpuri-language news site in
Devanagari (Chhapra, Bihar), a Taiwanese Hokkien news site in Pe̍h-ōe-jī romanisation
(Tainan), a Balinese-language news site (Gianyar), a Latin-language news site, a bilingual
Assyrian (Sureth, in Syriac script) and English community news site (Fairfield, New South
Wales), a Chamorro-language news site (Hagåtña, Guam), a Navajo and English news site
(Window Rock), a Cornish-language news site (Redruth), a Baháʼí community's newsletter
(Kent), a Masonic lodge's news (Plymouth), a Toastmasters club's news (Auckland) and an
annual linguistics conference's news (Orkney). None of these kinds is in an earlier
held-back set, nor these languages as a site's language; the Syriac script is new.

Variation: article dates localised day by day (Bhojpuri weekdays with the time slot; the
Republic of China (Minguo) year with Hokkien weekdays; the Balinese Pawukon, its five-day
week and its thirty wuku beside the date; the Roman calendar's Kalends, Nones and Ides with
the year in Roman numerals; the Assyrian year, which turns on the first of April, with the
Syriac weekdays and months; Chamorro, Navajo and Cornish weekdays and months; the Baháʼí
Badíʿ calendar with its nineteen months and Ayyám-i-Há; the Masonic Anno Lucis year), the
next Nineteen Day Feast, the next lodge meeting (third Thursdays, September to May, the
installation in November, suspended from March 2020), the next Toastmasters meeting
(second and fourth Wednesdays, a summer break, two spells online in 2020), a conference's
countdowns (abstracts, early-bird registration, the conference days, moved online in 2020),
US, ISO, day-month-year and Indonesian date slots, bylines of many shapes
(a reporter with the place, "Ginen" and "Tinige' as" forms, "Scripsit", a Syriac label, a
staff reporter, "Gans", a Worshipful Brother, an officer's role after the name), notices
reworded in 2016-2020 (social lines gaining a second network; donation appeals gaining a
second wallet; subscription, dining, membership and registration prices raised, one in
Roman numerals), election and emergency lines (Bihar's 2015 and 2020 and India's 2019
counts and the 2020 lockdown; Taiwan's 2016, 2018 and 2020 votes, the 2016 Tainan
earthquake and the 2020 mask rationing; Bali's 2018 and Indonesia's 2019 votes, the 2017
Agung alert and the 2020 stay-at-home appeal; New South Wales's and Australia's 2015-2019
votes and the 2020 public health order; Guam's 2016-2020 votes, typhoon Mangkhut and the
2020 emergency; the Navajo Nation's votes, the 2015 mine spill and the 2020 weekend
curfews; the UK's 2015-2019 votes and the 2020 lockdown), notices that follow a calendar
(Chhath, Holi and Bihar Day with its count; Mother Language Day, the 28 February memorial
and the national day with its count; Galungan to Kuningan every 210 days, Nyepi and
Saraswati; the birthday of Rome with its year ab urbe condita, the Ides of March, the
Saturnalia and Christmas; the Assyrian New Year with its count, the Rogation of the
Ninevites before Lent, Martyrs Day and Christmas; the Chamorro month, Liberation Day with its
count, Santa Marian Kamalen and Christmas; the Code Talkers, the 1868 treaty with its count
and Christmas; St Piran's Day, Midsummer and Christmas; Naw-Rúz with its year, Riḍván and
two bicentenaries; a Ladies' Festival, contest seasons, a youth group's terms), names at the
start of lines, mid-line or after a label, the article's own title (a share line) and other
articles' titles (links in eight languages), amounts (subscriptions in rupees, rupiah, New
Taiwan dollars, euros and US dollars, dining, membership and fees in pounds and New Zealand
dollars), tag lists, view and reader counts, phone numbers in several countries' formats,
multi-line blocks, mid-body inserts (some up to two times), bare lines (ad labels in seven
languages, greetings, language switches, block headings), Devanagari, Syriac with the
Arabic comma, Pe̍h-ōe-jī's combining marks and superscript n, Chamorro å and ñ,
Navajo ogonek, acute and barred l with the glottal stop, Baháʼí transliteration, symbols and
emoji where such sites use them, and families in only 3-6% of articles beside ones in
nearly all. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer.
"""

from __future__ import annotations

import calendar
import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, nth_weekday, ordinal
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import first_come as _first_come
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

EASTER_WESTERN = {2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16",
                  2018: "2018-04-01", 2019: "2019-04-21", 2020: "2020-04-12"}
# Chhath's evening offering (Sandhya Arghya) and Holi's day of colours, as Bihar kept them.
CHHATH = {2015: "2015-11-17", 2016: "2016-11-06", 2017: "2017-10-26", 2018: "2018-11-13",
          2019: "2019-11-02", 2020: "2020-11-20"}
HOLI = {2015: "2015-03-06", 2016: "2016-03-24", 2017: "2017-03-13", 2018: "2018-03-02",
        2019: "2019-03-21", 2020: "2020-03-10"}
# Nyepi, the Balinese day of silence (the first day of the Saka year).
NYEPI = {2015: "2015-03-21", 2016: "2016-03-09", 2017: "2017-03-28", 2018: "2018-03-17",
         2019: "2019-03-07", 2020: "2020-03-25"}
# Naw-Rúz, the first day of the Baháʼí year (at the March equinox from 2015).
NAW_RUZ = {2014: "2014-03-21", 2015: "2015-03-21", 2016: "2016-03-20", 2017: "2017-03-20",
           2018: "2018-03-21", 2019: "2019-03-21", 2020: "2020-03-20", 2021: "2021-03-20"}

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
BHOJPURI_WEEKDAYS = ("सोमार", "मंगर", "बुध", "बियफे", "सुक", "सनिचर", "एतवार")
BHOJPURI_MONTHS = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त",
                   "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर")
HOKKIEN_WEEKDAYS = ("pài-it", "pài-jī", "pài-saⁿ", "pài-sì", "pài-gō͘", "pài-la̍k",
                    "lé-pài-ji̍t")
BALINESE_WEEKDAYS = ("Soma", "Anggara", "Buda", "Wraspati", "Sukra", "Saniscara", "Redite")
PANCA_WARA = ("Umanis", "Paing", "Pon", "Wage", "Kliwon")
WUKU = ("Sinta", "Landep", "Ukir", "Kulantir", "Tolu", "Gumbreg", "Wariga", "Warigadean",
        "Julungwangi", "Sungsang", "Dungulan", "Kuningan", "Langkir", "Medangsia", "Pujut",
        "Pahang", "Krulut", "Merakih", "Tambir", "Medangkungan", "Matal", "Uye", "Menail",
        "Prangbakat", "Bala", "Ugu", "Wayang", "Klawu", "Dukut", "Watugunung")
BALINESE_MONTHS = ("Januari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                   "September", "Oktober", "Nopember", "Desember")
GALUNGAN_2018 = dt.date(2018, 5, 30)  # Buda Kliwon Dungulan
LATIN_WEEKDAYS = ("Lunae", "Martis", "Mercurii", "Iovis", "Veneris", "Saturni", "Solis")
LATIN_MONTHS = ("Ian.", "Feb.", "Mart.", "Apr.", "Mai.", "Iun.", "Iul.", "Aug.", "Sept.",
                "Oct.", "Nov.", "Dec.")
SYRIAC_WEEKDAYS = ("ܬܪܝܢܒܫܒܐ", "ܬܠܬܒܫܒܐ", "ܐܪܒܥܒܫܒܐ", "ܚܡܫܒܫܒܐ", "ܥܪܘܒܬܐ", "ܫܒܬܐ",
                   "ܚܕܒܫܒܐ")
SYRIAC_MONTHS = ("ܟܢܘܢ ܐܚܪܝܐ", "ܫܒܛ", "ܐܕܪ", "ܢܝܣܢ", "ܐܝܪ", "ܚܙܝܪܢ", "ܬܡܘܙ", "ܐܒ", "ܐܝܠܘܠ",
                 "ܬܫܪܝܢ ܩܕܡܝܐ", "ܬܫܪܝܢ ܐܚܪܝܐ", "ܟܢܘܢ ܩܕܡܝܐ")
CHAMORRO_WEEKDAYS = ("Lunes", "Mattes", "Metkoles", "Huebes", "Betnes", "Sabalu", "Damenggo")
CHAMORRO_MONTHS = ("Eneru", "Fibreru", "Måtso", "Abrit", "Mayu", "Huñu", "Huliu", "Agostu",
                   "Septembri", "Oktubri", "Nubembri", "Disembri")
NAVAJO_WEEKDAYS = ("Damóo Biiskání", "Naakijį́ Ndaʼanish", "Tágíjį́ Ndaʼanish",
                   "Dį́ʼíjį́ Ndaʼanish", "Ndaʼiiníísh", "Yiską́ Damóo", "Damóo")
NAVAJO_MONTHS = ("Yas Niłtʼees", "Atsá Biyáázh", "Wóózhchʼį́į́d", "Tʼą́ą́chil", "Tʼą́ą́tsoh",
                 "Yaʼiishjáásh Chilí", "Yaʼiishjáástsoh", "Biniʼantʼą́ą́tsʼózí",
                 "Biniʼantʼą́ą́tsoh", "Ghąąjįʼ", "Níłchʼitsʼósí", "Níłchʼitsoh")
CORNISH_WEEKDAYS = ("dy' Lun", "dy' Meurth", "dy' Mergher", "dy' Yow", "dy' Gwener",
                    "dy' Sadorn", "dy' Sul")
CORNISH_MONTHS = ("Genver", "Hwevrer", "Meurth", "Ebryl", "Me", "Metheven", "Gortheren", "Est",
                  "Gwynngala", "Hedra", "Du", "Kevardhu")
BADI_MONTHS = ("Bahá", "Jalál", "Jamál", "ʻAẓamat", "Núr", "Raḥmat", "Kalimát", "Kamál",
               "Asmáʼ", "ʻIzzat", "Mashíyyat", "ʻIlm", "Qudrat", "Qawl", "Masáʼil", "Sharaf",
               "Sulṭán", "Mulk", "ʻAláʼ")
BADI_WEEKDAYS = ("Kamál", "Fiḍál", "ʻIdál", "Istijlál", "Istiqlál", "Jalál", "Jamál")

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


def _around(days: dict[int, str], before: int, after: int, text: str) -> list[Event]:
    """A notice shown each year around a movable day (`days`: year -> iso day)."""
    return [(_day(days[y], -before), _day(days[y], after + 1), text) for y in YEARS]


# --- a Bhojpuri-language news site in Devanagari (Chhapra, Bihar) -------------------------------

BJ_DAILY = dt.date(2017, 10, 26)  # from Chhath 2017, Bhojpuri dates
BJ_BYLINE = dt.date(2018, 4, 14)  # "रिपोर्ट:" turned the reporter's report with the place
BJ_SOCIAL = dt.date(2019, 1, 14)  # the follow line gained YouTube
BJ_WALLET = dt.date(2019, 7, 1)  # the appeal gained Paytm


def _bj_dated(day: dt.date) -> str:
    return (f"{BHOJPURI_WEEKDAYS[day.weekday()]}, {day.day} {BHOJPURI_MONTHS[day.month - 1]} "
            f"{day.year} | {{time}} बजे")


def _bj_parab() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "हमनी के फेसबुक पेज लाइक करीं।"),
            (BJ_SOCIAL.isoformat(), "फेसबुक आ यूट्यूब पर हमनी से जुड़ीं।")]
    events = _around(CHHATH, 2, 1, "🙏 छठ महापर्व के हार्दिक सुभकामना! जय छठी मइया।")
    events += _around(HOLI, 1, 0, "🎨 होली के रंग-बिरंग सुभकामना! जोगीरा सा रा रा रा।")
    events += _yearly(1912, "03-22", 0, 0, lambda n: f"🎉 {n}वाँ बिहार दिवस के बधाई!")
    return _timeline(base, events)


def _bj_khabar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 कवनो खबर बा? व्हाट्सऐप करीं: 94310 55023")]
    return _timeline(base, [
        (dt.date(2015, 10, 25), dt.date(2015, 11, 9),
         "🗳️ बिहार बिधानसभा चुनाव: मतगणना 8 नवंबर के।"),
        (dt.date(2019, 4, 22), dt.date(2019, 5, 24),
         "🗳️ लोकसभा चुनाव: वोट जरूर दीं, मतगणना 23 मई के।"),
        (dt.date(2020, 3, 25), dt.date(2020, 6, 1), "😷 लॉकडाउन: घर में रहीं, मास्क लगाईं।"),
        (dt.date(2020, 10, 20), dt.date(2020, 11, 11),
         "🗳️ बिहार चुनाव 2020: मतगणना 10 नवंबर के।"),
    ])


def chhapra_style() -> PublisherStyle:
    """A Bhojpuri-language news site in Devanagari (Chhapra, Bihar): a three-language
    switch, a section kicker, a US date slot with the 12-hour time turned a Bhojpuri weekday
    and month with the time slot (a wording per day holding a slot, from Chhath 2017),
    "रिपोर्ट:" turned the reporter's report with the place, a read count, "बिग्यापन" and
    "इहो पढ़ीं:" (up to twice) and photo inserts, a tag list, a follow line (gaining YouTube)
    turned Chhath, Holi and Bihar Day with its count, a tip line turned three counts and the
    2020 lockdown, a donation appeal gaining Paytm, an opinion disclaimer, a comment rule, a
    rare flood warning, a copyright line."""
    return PublisherStyle(
        domain="chhaprakekhabar.in", site="छपरा के खबर", base_size=880,
        subdomains=(("", 65), ("m.", 35)),
        sections=("saran", "rajniti", "kheti", "cinema", "padhai", "khel"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}-{n}",
        pools={
            "khand": ("छपरा", "सिवान", "गोपालगंज", "राजनीति", "खेती-बारी", "भोजपुरी सिनेमा",
                      "पढ़ाई-लिखाई", "खेल"),
            "samvaddata": ("रंजन कुमार सिंह", "पूजा भारती", "अमरेंद्र तिवारी", "मनोज यादव",
                           "सुनीता देवी", "बिकास पांडेय"),
            "jagah": ("छपरा", "सिवान", "गोपालगंज", "रिविलगंज", "मांझी", "सोनपुर"),
            "photo": ("छपरा के खबर", "सोसल मीडिया", "फाइल फोटो", "पाठक के भेजल", "जिला प्रशासन",
                      "सारण पुलिस"),
            "tag": ("छपरा", "सारण", "सोनपुर मेला", "गंगा", "घाघरा", "भोजपुरी", "लिट्टी-चोखा",
                    "पंचायत", "रेलवे", "किसान"),
        },
        families=(
            _f("bhasa", HEADER, 0.2, (_OLD, "भोजपुरी | हिंदी | English")),
            _f("khand", HEADER, 0.3, (_OLD, "{khand}")),
            _f("tarikh", HEADER, 0.85, (_OLD, "{date_long} | {time12} IST"),
               *_daily(_bj_dated, BJ_DAILY)),
            _f("report", HEADER, 0.6, (_OLD, "रिपोर्ट: {samvaddata}"),
               (BJ_BYLINE.isoformat(), "{jagah} से {samvaddata} के रिपोर्ट")),
            _f("padhle", HEADER, 0.35, (_OLD, "{count} लोग पढ़ले बा")),
            _f("bigyapan", MIDDLE, 0.45, (_OLD, "बिग्यापन"), count=2),
            _f("iho", MIDDLE, 0.4, (_OLD, "इहो पढ़ीं: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "फोटो: {photo}")),
            _f("tag", FOOTER, 0.35, (_OLD, "टैग: {tag_list}")),
            _f("parab", FOOTER, 0.25, *_bj_parab()),
            _f("khabar", FOOTER, 0.2, *_bj_khabar()),
            _f("sahyog", FOOTER, 0.2,
               (_OLD, "💰 हमनी के सहयोग करीं: UPI से 100 रुपया से सुरू।"),
               (BJ_WALLET.isoformat(), "💰 हमनी के सहयोग करीं: UPI भा Paytm से 100 रुपया से सुरू।")),
            _f("bichar", FOOTER, 0.25, (_OLD, "लेख में लिखल बिचार लेखक के आपन हवे।")),
            _f("comment", FOOTER, 0.3,
               (_OLD, "कमेंट जाँच के बाद देखाई। गारी-गलौज आ अफवाह मत फइलाईं।")),
            _f("badh", FOOTER, 0.04,
               (_OLD, "⚠️ घाघरा में बाढ़ के खतरा: नदी किनारे मत जाईं!")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} छपरा के खबर। सब अधिकार सुरक्षित।")),
        ),
    )


# --- a Taiwanese Hokkien news site in Pe̍h-ōe-jī (Tainan) ----------------------------------------

TL_DAILY = dt.date(2018, 2, 21)  # from Mother Language Day 2018, Minguo dates in Pe̍h-ōe-jī
TL_BYLINE = dt.date(2018, 9, 1)  # "Kì-chiá:" turned the reporter reporting from a place
TL_SOCIAL = dt.date(2019, 5, 1)  # the follow line gained YouTube
TL_PRICE = dt.date(2019, 10, 1)  # the monthly support went up


def minguo(day: dt.date) -> int:
    """The year of the Republic of China (Minguo): 1912 is its first."""
    return day.year - 1911


def _tl_dated(day: dt.date) -> str:
    return (f"Bîn-kok {minguo(day)} nî {day.month} goe̍h {day.day} ji̍t "
            f"({HOKKIEN_WEEKDAYS[day.weekday()]})")


def _tl_toe() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Tī Facebook tòe lán."),
            (TL_SOCIAL.isoformat(), "Tī Facebook kap YouTube tòe lán.")]
    events = _yearly(0, "02-21", 1, 0, lambda _: "🗣️ Kok-chè Bó-gí-ji̍t: kóng lán ê ōe!")
    events += _yearly(0, "02-28", 0, 0, lambda _: "🕊️ 228 Hô-pêng Kì-liām-ji̍t: bô-bē-kì.")
    events += _yearly(1911, "10-10", 1, 0, lambda n: f"🎆 Bîn-kok {n} nî Kok-khèng-ji̍t "
                                                     f"khoài-lo̍k!")
    return _timeline(base, events)


def _tl_siausit() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Ū siau-sit? LINE: @tailamsinbun")]
    return _timeline(base, [
        (dt.date(2016, 1, 2), dt.date(2016, 1, 17),
         "🗳️ Chóng-thóng soán-kí: 1 goe̍h 16 ji̍t, khì tâu-phiò!"),
        (dt.date(2016, 2, 6), dt.date(2016, 2, 14),
         "🏚️ Tē-tāng kiù-chai: chhiáⁿ tòe chèng-hú ê thong-ti."),
        (dt.date(2018, 11, 10), dt.date(2018, 11, 25),
         "🗳️ Kiú-ha̍p soán-kí kap kong-tâu: 11 goe̍h 24 ji̍t."),
        (dt.date(2019, 12, 28), dt.date(2020, 1, 12),
         "🗳️ Chóng-thóng soán-kí: 1 goe̍h 11 ji̍t, khì tâu-phiò!"),
        (dt.date(2020, 2, 6), dt.date(2020, 4, 22),
         "😷 Kháu-tàu sit-miâ-chè: tì kiān-pó-khah khì io̍h-kio̍k bé."),
    ])


def tainan_style() -> PublisherStyle:
    """A Taiwanese Hokkien news site in Pe̍h-ōe-jī (Tainan): a script switch, a section
    kicker, an ISO date slot with the time turned the Minguo year with a Hokkien weekday in
    brackets (a wording per day, from Mother Language Day 2018), "Kì-chiá:" turned the
    reporter reporting from a place, a view count, "Kóng-kò" and "Siong-koan sin-bûn:" (up
    to twice) and photo inserts, a tag list, a share line with the article's own title in
    corner brackets, a follow line (gaining YouTube) turned Mother Language Day, the 228
    memorial and the national day with its count, a tip line turned three votes, the 2016
    earthquake and the 2020 mask rationing, a monthly support raised in 2019, a comment
    rule, a rare typhoon warning, a copyright line."""
    return PublisherStyle(
        domain="tailamsinbun.tw", site="Tâi-lâm Sin-bûn", base_size=760,
        subdomains=(("www.", 100),),
        sections=("tehng", "chengti", "kengche", "bunhoa", "kauiok", "theiok"),
        n_authors=5, url_path="/{section}/{n}",
        pools={
            "lui": ("Tē-hng", "Chèng-tī", "Keng-chè", "Bûn-hòa", "Kàu-io̍k", "Thé-io̍k",
                    "Khoân-kéng", "Seng-oa̍h"),
            "kichia": ("Tân Bí-lêng", "Lí Kok-hô", "Ông Siok-hun", "Ngô͘ Chì-bêng",
                       "Tēⁿ Ngá-têng", "Lîm Bûn-kiat"),
            "te": ("Tâi-lâm", "An-pêng", "Sin-hòa", "Iâm-chúi", "Jîn-tek", "Koaⁿ-tiâⁿ"),
            "siongphin": ("Tâi-lâm Sin-bûn", "Tha̍k-chiá thê-kiong", "Chu-liāu-tô͘",
                          "Chèng-hú thê-kiong"),
            "phiau": ("Tâi-lâm", "An-pêng", "Tâi-gí", "biō-hōe", "gû-bah-thng", "tē-tāng",
                      "soán-kí", "hái-hoāⁿ", "ha̍k-hāu", "chhiū-á"),
        },
        families=(
            _f("gi", HEADER, 0.2, (_OLD, "Pe̍h-ōe-jī | 漢羅 | 華語")),
            _f("lui", HEADER, 0.3, (_OLD, "{lui}")),
            _f("jitchi", HEADER, 0.85, (_OLD, "{date_iso} {time}"),
               *_daily(_tl_dated, TL_DAILY)),
            _f("kichia", HEADER, 0.6, (_OLD, "Kì-chiá: {kichia}"),
               (TL_BYLINE.isoformat(), "Kì-chiá {kichia} tī {te} pò-tō")),
            _f("khoan", HEADER, 0.35, (_OLD, "{count} lâng khòaⁿ kòe")),
            _f("kongko", MIDDLE, 0.45, (_OLD, "Kóng-kò"), count=2),
            _f("siongkoan", MIDDLE, 0.4, (_OLD, "Siong-koan sin-bûn: {other_title}"), count=2),
            _f("siongphin", MIDDLE, 0.3, (_OLD, "Siòng-phìⁿ: {siongphin}")),
            _f("phiau", FOOTER, 0.35, (_OLD, "Phiau-chiam: {phiau_list}")),
            _f("hunhiong", FOOTER, 0.25, (_OLD, "Hun-hióng: 「{title}」")),
            _f("toe", FOOTER, 0.25, *_tl_toe()),
            _f("siausit", FOOTER, 0.2, *_tl_siausit()),
            _f("chichhi", FOOTER, 0.2,
               (_OLD, "💚 Chi-chhî pún-pò: ta̍k goe̍h NT$100."),
               (TL_PRICE.isoformat(), "💚 Chi-chhî pún-pò: ta̍k goe̍h NT$150.")),
            _f("liugian", FOOTER, 0.3,
               (_OLD, "Liû-giân ài seng sím-cha chiah ē chhut-lâi. M̄-thang mē lâng.")),
            _f("hongthai", FOOTER, 0.04,
               (_OLD, "⚠️ Hong-thai kéng-pò: mài khì hái-piⁿ!")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Tâi-lâm Sin-bûn. Pán-khoân só͘-ū.")),
        ),
    )


# --- a Balinese-language news site (Gianyar) -----------------------------------------------------

BL_DAILY = GALUNGAN_2018  # from Galungan 2018, Pawukon dates
BL_BYLINE = dt.date(2019, 1, 1)  # "Olih" turned "Sane nyurat:" with the place
BL_SOCIAL = dt.date(2019, 9, 1)  # the follow line gained YouTube
BL_PRICE = dt.date(2019, 7, 1)  # the monthly subscription went up


def pawukon(day: dt.date) -> tuple[str, str, str]:
    """The Balinese weekday (sapta wara), the five-day week (panca wara) and the wuku (the
    thirty seven-day weeks of the 210-day Pawukon) of `day`."""
    start = GALUNGAN_2018 - dt.timedelta(days=73)  # Redite Paing Sinta
    k = (day - start).days % 210
    return (BALINESE_WEEKDAYS[day.weekday()], PANCA_WARA[(k + 1) % 5], WUKU[k // 7])


def galungan(first: dt.date, last: dt.date) -> list[dt.date]:
    """Galungan (Buda Kliwon Dungulan) from `first` to `last`: every 210 days."""
    day = GALUNGAN_2018 - dt.timedelta(days=210 * ((GALUNGAN_2018 - first).days // 210 + 1))
    out = []
    while day <= last:
        if day >= first:
            out.append(day)
        day += dt.timedelta(days=210)
    return out


def _bl_dated(day: dt.date) -> str:
    wara, panca, wuku = pawukon(day)
    return (f"Rahina {wara} {panca}, wuku {wuku} · {day.day} {BALINESE_MONTHS[day.month - 1]} "
            f"{day.year}")


def _bl_rauh() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ikutin iraga ring Instagram."),
            (BL_SOCIAL.isoformat(), "Ikutin iraga ring Instagram miwah YouTube.")]
    feasts: list[Event] = [(g - dt.timedelta(days=1), g + dt.timedelta(days=11),
                            "🌿 Rahajeng rahina Galungan miwah Kuningan!")
                           for g in galungan(dt.date(2014, 12, 1), dt.date(2021, 1, 31))]
    nyepi = _around(NYEPI, 1, 1, "🕯️ Rahajeng nyanggra Rahina Nyepi, Tahun Baru Saka.")
    saraswati: list[Event] = [(g + dt.timedelta(days=136), g + dt.timedelta(days=137),
                               "📚 Rahajeng Rahina Saraswati.")
                              for g in galungan(dt.date(2014, 6, 1), dt.date(2020, 12, 31))]
    return _timeline(base, _first_come(nyepi, feasts, saraswati))


def _bl_orti() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Wenten orti? WA: 0812-3855-0236")]
    return _timeline(base, [
        (dt.date(2017, 9, 22), dt.date(2017, 10, 30),
         "🌋 Gunung Agung status Awas: tuutin pituduh BPBD."),
        (dt.date(2018, 6, 13), dt.date(2018, 6, 28),
         "🗳️ Pilgub Bali: Buda, 27 Juni. Rauh ka TPS!"),
        (dt.date(2019, 4, 3), dt.date(2019, 4, 18), "🗳️ Pemilu: Buda, 17 April. Rauh ka TPS!"),
        (dt.date(2020, 3, 27), dt.date(2020, 6, 1), "😷 Ngoyong jumah, anggen masker."),
    ])


def gianyar_style() -> PublisherStyle:
    """A Balinese-language news site (Gianyar): a greeting, a section kicker, an Indonesian
    date slot with the time and WITA turned the Pawukon day (weekday, five-day week and
    wuku) with the date (a wording per day, from Galungan 2018), "Olih" turned "Sane
    nyurat:" with the place, a read count, "Iklan" and "Wacen taler:" (up to twice) and
    photo inserts, a keyword list, a follow line (gaining YouTube) turned Nyepi, Galungan to
    Kuningan and Saraswati, a tip line turned the 2017 Agung alert, two votes and the 2020
    appeal, a subscription raised in 2019, a comment rule, a rare surf warning, a copyright
    line."""
    return PublisherStyle(
        domain="ortigianyar.id", site="Orti Gianyar", base_size=650,
        subdomains=(("www.", 100),),
        sections=("orti", "adat", "pariwisata", "olahraga", "seni", "pendidikan"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kanda": ("Orti", "Adat", "Pariwisata", "Olahraga", "Seni", "Pendidikan",
                      "Kesehatan", "Tetanian"),
            "pangawi": ("I Wayan Sudarsana", "Ni Made Ayu Lestari", "I Nyoman Budiarta",
                        "Ni Ketut Sriani", "I Gede Putra Yasa", "Ni Luh Putu Wahyuni"),
            "genah": ("Gianyar", "Ubud", "Sukawati", "Tegallalang", "Blahbatuh", "Tampaksiring"),
            "potrekan": ("Orti Gianyar", "Humas Pemkab Gianyar", "Dokumen", "Pamaca"),
            "kruna": ("Gianyar", "Ubud", "subak", "ogoh-ogoh", "pura", "banjar", "tari",
                      "pariwisata", "Ayung", "sekaa teruna"),
        },
        families=(
            _f("swastyastu", HEADER, 0.15, (_OLD, "Om Swastyastu")),
            _f("kanda", HEADER, 0.3, (_OLD, "{kanda}")),
            _f("rahina", HEADER, 0.85, (_OLD, "{date_id} | {time} WITA"),
               *_daily(_bl_dated, BL_DAILY)),
            _f("pangawi", HEADER, 0.6, (_OLD, "Olih {pangawi}"),
               (BL_BYLINE.isoformat(), "Sane nyurat: {pangawi} ({genah})")),
            _f("kawacen", HEADER, 0.35, (_OLD, "Kawacen {count} pisan")),
            _f("iklan", MIDDLE, 0.45, (_OLD, "Iklan"), count=2),
            _f("wacen", MIDDLE, 0.4, (_OLD, "Wacen taler: {other_title}"), count=2),
            _f("potrekan", MIDDLE, 0.3, (_OLD, "Potrekan: {potrekan}")),
            _f("kruna", FOOTER, 0.35, (_OLD, "Kruna kunci: {kruna_list}")),
            _f("rauh", FOOTER, 0.25, *_bl_rauh()),
            _f("orti", FOOTER, 0.2, *_bl_orti()),
            _f("langganan", FOOTER, 0.2,
               (_OLD, "📰 Langganan koran: Rp 75.000 abulan."),
               (BL_PRICE.isoformat(), "📰 Langganan koran: Rp 85.000 abulan.")),
            _f("komentar", FOOTER, 0.3,
               (_OLD, "Komentar kacingakin dumun sadurung kaunggahang. Sampunang nganggen "
                "basa kasar.")),
            _f("ombak", FOOTER, 0.04,
               (_OLD, "⚠️ Ombak ageng ring Pantai Keramas: sampunang nglangi!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Orti Gianyar. Hak cipta kalindungin.")),
        ),
    )


# --- a Latin-language news site -----------------------------------------------------------------

LA_DAILY = dt.date(2017, 4, 21)  # from the birthday of Rome 2017, Roman dates
LA_BYLINE = dt.date(2018, 9, 1)  # "Auctor:" turned "Scripsit"
LA_SOCIAL = dt.date(2019, 3, 1)  # the follow line gained Twitter
LA_PRICE = dt.date(2019, 1, 1)  # the yearly subscription went up
VERBA = ("📖 Verbum diei: autocinetum — car", "📖 Verbum diei: birota — bicycle",
         "📖 Verbum diei: telephonum gestabile — mobile phone",
         "📖 Verbum diei: interrete — internet", "📖 Verbum diei: pila pedalis — football",
         "📖 Verbum diei: aeroplanum — aeroplane")

ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
         (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """`n` (1-3999) in Roman numerals: 2019 MMXIX."""
    assert 0 < n < 4000, n
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def roman_date(day: dt.date) -> str:
    """The day as the Roman calendar counts it, inclusively, back from the Kalends (the
    first), the Nones (the 5th, the 7th in March, May, July and October) or the Ides (eight
    days after): "a. d. XI Kal. Iul." (21 June), "prid. Id. Mart." (14 March); in a leap
    year the 24th of February is "a. d. bis VI Kal. Mart."."""
    d, m = day.day, day.month
    month = LATIN_MONTHS[m - 1]
    nones = 7 if m in (3, 5, 7, 10) else 5
    ides = nones + 8

    def before(n: int, mark: str, of: str) -> str:
        return f"prid. {mark} {of}" if n == 2 else f"a. d. {roman(n)} {mark} {of}"

    if d == 1:
        return f"Kal. {month}"
    if d < nones:
        return before(nones - d + 1, "Non.", month)
    if d == nones:
        return f"Non. {month}"
    if d < ides:
        return before(ides - d + 1, "Id.", month)
    if d == ides:
        return f"Id. {month}"
    length = calendar.monthrange(day.year, m)[1]
    if m == 2 and length == 29:
        if d == 24:
            return "a. d. bis VI Kal. Mart."
        d, length = (d - 1 if d > 24 else d), 28
    return before(length - d + 2, "Kal.", LATIN_MONTHS[m % 12])


def _la_dated(day: dt.date) -> str:
    return f"Die {LATIN_WEEKDAYS[day.weekday()]}, {roman_date(day)} {roman(day.year)}"


def _la_sequere() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Sequere nos in Facebook."),
            (LA_SOCIAL.isoformat(), "Sequere nos in Facebook et Twitter.")]
    events = _yearly(0, "03-15", 0, 0, lambda _: "🗡️ Cave Idus Martias!")
    events += _yearly(-753, "04-21", 1, 0, lambda n: f"🏛️ Natalis Romae: annus {n} ab urbe "
                                                     f"condita.")
    events += _yearly(0, "12-17", 0, 6, lambda _: "🎭 Io, Saturnalia!")
    events += _yearly(0, "12-24", 0, 8, lambda _: "🎄 Natalem Christi felicem et annum novum "
                                                  "faustum!", years=range(2014, 2021))
    return _timeline(base, events)


def acta_style() -> PublisherStyle:
    """A Latin-language news site: a section kicker, a day-month-year date slot turned the
    Latin weekday and the Roman date (Kalends, Nones, Ides) with the year in Roman numerals
    (a wording per day, from the birthday of Rome 2017), "Auctor:" turned "Scripsit", a
    reader count, "Praeconium" and "Lege etiam:" (up to twice) and image inserts, a keyword
    list, a word of the day, a follow line (gaining Twitter) turned the Ides of March, the
    birthday of Rome with its year ab urbe condita, the Saturnalia and Christmas, a tip
    line, a subscription in Roman numerals raised in 2019, a comment rule, a rare
    maintenance line, a copyright line with the year in Roman numerals."""
    return PublisherStyle(
        domain="actadiurnanova.eu", site="Acta Diurna Nova", base_size=560,
        subdomains=(("www.", 100),),
        sections=("res-publica", "orbis", "scientia", "litterae", "ludi"),
        n_authors=4, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "rubrica": ("Res publica", "Orbis terrarum", "Scientia", "Litterae", "Ludi",
                        "Oeconomia", "Caelum", "Artes"),
            "scriptor": ("Marcus Aurelius Lindqvist", "Iulia Kowalska", "Petrus Virtanen",
                         "Claudia Moretti", "Lucas Hartmann", "Anna Lisa Brennan"),
            "imago": ("Acta Diurna Nova", "Vicimedia", "Archivum", "Lector misit"),
            "clavis": ("Europa", "Roma", "comitia", "pecunia", "caelum", "medicina",
                       "Latinitas", "schola", "pila pedalis", "musica"),
            "verbum": VERBA,
        },
        families=(
            _f("rubrica", HEADER, 0.3, (_OLD, "{rubrica}")),
            _f("dies", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_la_dated, LA_DAILY)),
            _f("auctor", HEADER, 0.6, (_OLD, "Auctor: {scriptor}"),
               (LA_BYLINE.isoformat(), "Scripsit {scriptor}")),
            _f("legerunt", HEADER, 0.3, (_OLD, "Legerunt {count}")),
            _f("praeconium", MIDDLE, 0.45, (_OLD, "Praeconium"), count=2),
            _f("lege", MIDDLE, 0.4, (_OLD, "Lege etiam: {other_title}"), count=2),
            _f("imago", MIDDLE, 0.3, (_OLD, "Imago: {imago}")),
            _f("clavis", FOOTER, 0.35, (_OLD, "Verba clavis: {clavis_list}")),
            _f("verbum", FOOTER, 0.3, (_OLD, "{verbum}")),
            _f("sequere", FOOTER, 0.25, *_la_sequere()),
            _f("nuntium", FOOTER, 0.2,
               (_OLD, "✉️ Nuntium habes? Scribe ad nuntii@actadiurnanova.eu")),
            _f("subnotatio", FOOTER, 0.2,
               (_OLD, "📰 Subnotatio annua: XXV €. Acta chartacea domum mittimus."),
               (LA_PRICE.isoformat(), "📰 Subnotatio annua: XXX €. Acta chartacea domum "
                                      "mittimus.")),
            _f("commentarii", FOOTER, 0.3,
               (_OLD, "Commentarii a moderatoribus perleguntur antequam eduntur. Convicia non "
                "admittuntur.")),
            _f("cura", FOOTER, 0.04,
               (_OLD, "⚠️ Propter curam technicam pagina hodie tardius reficitur.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, f"© {roman(2014)} Acta Diurna Nova. Omnia iura reservata."),
               *[(f"{y}-01-01", f"© {roman(y)} Acta Diurna Nova. Omnia iura reservata.")
                 for y in YEARS]),
        ),
    )


# --- a bilingual Assyrian (Sureth) and English community news site (Fairfield, NSW) ------------

AS_DAILY = dt.date(2018, 4, 1)  # from the Assyrian New Year 6768, Syriac dates
AS_BYLINE = dt.date(2019, 6, 1)  # "By" turned the Syriac writer label
AS_SOCIAL = dt.date(2018, 10, 1)  # the follow line gained Instagram
AS_WALLET = dt.date(2019, 11, 1)  # the appeal gained PayID


def assyrian_year(day: dt.date) -> int:
    """The Assyrian year, which begins on the first of April (Kha b-Nisan): 6769 from
    1 April 2019."""
    return day.year + (4750 if (day.month, day.day) >= (4, 1) else 4749)


def _as_dated(day: dt.date) -> str:
    return (f"{SYRIAC_WEEKDAYS[day.weekday()]}، {day.day} {SYRIAC_MONTHS[day.month - 1]} "
            f"{assyrian_year(day)}")


def _as_eda() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Follow us on Facebook."),
            (AS_SOCIAL.isoformat(), "Follow us on Facebook and Instagram.")]
    events = _yearly(-4750, "04-01", 1, 0, lambda n: f"🌾 ܚܕ ܒܢܝܣܢ ܒܪܝܟܐ! Happy Assyrian New "
                                                     f"Year {n}.")
    events += _yearly(0, "08-07", 1, 0, lambda _: "🕯️ Assyrian Martyrs Day: we remember "
                                                  "Simele, 1933.")
    events += [(_day(EASTER_WESTERN[y], -69), _day(EASTER_WESTERN[y], -66),
                "🙏 ܒܥܘܬܐ ܕܢܝܢܘܝܐ: three days of the Rogation of the Ninevites.") for y in YEARS]
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 ܥܐܕܐ ܒܪܝܟܐ! Merry Christmas to all our "
                                                  "readers.")
    return _timeline(base, events)


def _as_news() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Community news? Call us on (02) 9755 0236")]
    return _timeline(base, [
        (dt.date(2015, 3, 14), dt.date(2015, 3, 29), "🗳️ NSW election: Saturday 28 March."),
        (dt.date(2016, 6, 18), dt.date(2016, 7, 3), "🗳️ Federal election: Saturday 2 July."),
        (dt.date(2019, 3, 9), dt.date(2019, 3, 24), "🗳️ NSW election: Saturday 23 March."),
        (dt.date(2019, 5, 4), dt.date(2019, 5, 19), "🗳️ Federal election: Saturday 18 May."),
        (dt.date(2020, 3, 31), dt.date(2020, 5, 15),
         "😷 Stay at home: churches and clubs are closed under the NSW public health order."),
    ])


def fairfield_style() -> PublisherStyle:
    """A bilingual Assyrian (Sureth, in Syriac script) and English community news site
    (Fairfield, New South Wales): a three-language switch, a section kicker, a day-month-
    year date slot turned the Syriac weekday, the day, the Syriac month and the Assyrian
    year after an Arabic comma (a wording per day, from the Assyrian New Year 6768), "By"
    turned a Syriac writer label, a view count, a Syriac ad label and "read also" (up to
    twice) and photo inserts, a follow line (gaining Instagram) turned the New Year with its
    count, the Rogation of the Ninevites, Martyrs Day and Christmas, a tip line turned four
    votes and the 2020 order, a donation appeal gaining PayID, a comment rule, a two-line
    office block, a rare storm warning, a copyright line."""
    return PublisherStyle(
        domain="qaladatur.org.au", site="Qala d-Atur", base_size=470,
        subdomains=(("www.", 100),),
        sections=("community", "church", "homeland", "youth", "culture", "sport"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "qism": ("Community", "Church", "Homeland", "Youth", "Culture", "Sport",
                     "ܡܪܕܘܬܐ", "ܥܕܬܐ"),
            "ktawa": ("Ninos Youkhana", "Shamiram Benyamin", "Ashur Odisho",
                      "Nineveh Khoshaba", "Sargon Warda", "Atorina Yalda"),
            "photo": ("Qala d-Atur", "Supplied", "Church archive", "Facebook"),
        },
        families=(
            _f("lishana", HEADER, 0.2, (_OLD, "ܣܘܪܝܬ | English | العربية")),
            _f("qism", HEADER, 0.3, (_OLD, "{qism}")),
            _f("yoma", HEADER, 0.85, (_OLD, "{date_dmy}"), *_daily(_as_dated, AS_DAILY)),
            _f("ktawa", HEADER, 0.6, (_OLD, "By {ktawa}"),
               (AS_BYLINE.isoformat(), "ܟܬܘܒܐ: {ktawa}")),
            _f("views", HEADER, 0.3, (_OLD, "{count} views")),
            _f("modaanutha", MIDDLE, 0.45, (_OLD, "ܡܘܕܥܢܘܬܐ"), count=2),
            _f("qray", MIDDLE, 0.4, (_OLD, "ܩܪܝ ܐܦ: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("eda", FOOTER, 0.25, *_as_eda()),
            _f("news", FOOTER, 0.2, *_as_news()),
            _f("support", FOOTER, 0.2,
               (_OLD, "💙 Support community media: PayPal or bank transfer."),
               (AS_WALLET.isoformat(), "💙 Support community media: PayPal, bank transfer or "
                                       "PayID.")),
            _f("comments", FOOTER, 0.3,
               (_OLD, "Comments are checked before they appear. Please write in Assyrian, "
                "English or Arabic, and be respectful.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "ܕܘܟܬܐ | Our office")),
            _f("office", FOOTER, 0.38,
               (_OLD, "Shop 4, 12 Smart Street, Fairfield NSW 2165 · (02) 9755 0236")),
            _f("storm", FOOTER, 0.04,
               (_OLD, "⚠️ Severe thunderstorm warning for Fairfield: stay off the roads.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Qala d-Atur. All rights reserved.")),
        ),
    )


# --- a Chamorro-language news site (Hagåtña, Guam) -----------------------------------------------

CH_DAILY = dt.date(2018, 7, 21)  # from Liberation Day 2018, Chamorro dates
CH_BYLINE = dt.date(2018, 12, 8)  # "Ginen" turned "Tinige' as" with the village
CH_SOCIAL = dt.date(2019, 5, 1)  # the follow line gained Instagram
CH_PRICE = dt.date(2020, 1, 1)  # the monthly subscription went up


def _ch_dated(day: dt.date) -> str:
    return (f"{CHAMORRO_WEEKDAYS[day.weekday()]}, {day.day} {CHAMORRO_MONTHS[day.month - 1]} "
            f"{day.year}")


def _ch_dalalak() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Dalalak ham gi Facebook."),
            (CH_SOCIAL.isoformat(), "Dalalak ham gi Facebook yan Instagram.")]
    events = _yearly(0, "03-01", 0, 30, lambda _: "🌺 Felis Mes Chamoru! Na'lå'la' i fino' "
                                                  "Chamoru.")
    events += _yearly(1944, "07-21", 1, 0, lambda n: f"🇬🇺 Felis Dia de Liberasion! {n} åños.")
    events += _yearly(0, "12-08", 0, 0, lambda _: "🙏 Fiestan Santa Marian Kamalen.")
    events += _yearly(0, "12-24", 0, 8, lambda _: "🎄 Felis Nåbidat yan Felis Åñu Nuebu!",
                      years=range(2014, 2021))
    return _timeline(base, events)


def _ch_nutisia() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 Guaha nutisia? Ågang ham: (671) 555-0236")]
    return _timeline(base, [
        (dt.date(2016, 10, 25), dt.date(2016, 11, 9), "🗳️ Eleksion: Nubembri 8. Bota!"),
        (dt.date(2018, 9, 9), dt.date(2018, 9, 13),
         "🌀 Typhoon Mangkhut: sigi gi halom guma'!"),
        (dt.date(2018, 10, 23), dt.date(2018, 11, 7), "🗳️ Eleksion: Nubembri 6. Bota!"),
        (dt.date(2020, 3, 20), dt.date(2020, 5, 10),
         "😷 PCOR 1: sigi gi halom guma' yan usa i maskara."),
        (dt.date(2020, 10, 20), dt.date(2020, 11, 4), "🗳️ Eleksion: Nubembri 3. Bota!"),
    ])


def guahan_style() -> PublisherStyle:
    """A Chamorro-language news site (Hagåtña, Guam): a two-language switch, a section
    kicker, a US date slot turned a Chamorro weekday and month, day first (a wording per
    day, from Liberation Day 2018), "Ginen" turned "Tinige' as" with the village, a reader
    count, "Anunsiu" and "Taitai lokkue':" (up to twice) and photo inserts, a tag list, a
    follow line (gaining Instagram) turned the Chamorro month, Liberation Day with its
    count, Santa Marian Kamalen and Christmas, a tip line turned three votes, typhoon
    Mangkhut and the 2020 emergency, a subscription raised in 2020, a comment rule, a rare
    surf advisory, a copyright line."""
    return PublisherStyle(
        domain="nutisianguahan.com", site="Nutisian Guåhan", base_size=400,
        subdomains=(("www.", 100),),
        sections=("nutisia", "gobietnu", "eskuela", "deporte", "kottura", "tasi"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seksion": ("Nutisia", "Gobietnu", "Eskuela", "Deporte", "Kottura", "Tasi",
                        "Salut", "Kumitiva"),
            "tigi": ("Maria Aguon", "Jesse Cruz Taitano", "Francine Quitugua", "Joaquin Borja",
                     "Rosa Mendiola", "Vicente San Nicolas"),
            "songsong": ("Hagåtña", "Dededo", "Yigo", "Hågat", "Humåtak", "Inalåhan",
                         "Malesso'"),
            "litratu": ("Nutisian Guåhan", "Gobietnon Guåhan", "Mamaitai", "Facebook"),
            "tag": ("Guåhan", "Saipan", "fino' Chamoru", "guma' ulu", "eskuela", "fiesta",
                    "typhoon", "Liberation", "guinaiya", "tasi"),
        },
        families=(
            _f("fino", HEADER, 0.2, (_OLD, "Chamoru | English")),
            _f("seksion", HEADER, 0.3, (_OLD, "{seksion}")),
            _f("fecha", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_ch_dated, CH_DAILY)),
            _f("tinige", HEADER, 0.6, (_OLD, "Ginen {tigi}"),
               (CH_BYLINE.isoformat(), "Tinige' as {tigi}, {songsong}")),
            _f("manaitai", HEADER, 0.35, (_OLD, "{count} taotao manaitai")),
            _f("anunsiu", MIDDLE, 0.45, (_OLD, "Anunsiu"), count=2),
            _f("taitai", MIDDLE, 0.4, (_OLD, "Taitai lokkue': {other_title}"), count=2),
            _f("litratu", MIDDLE, 0.3, (_OLD, "Litråtu: {litratu}")),
            _f("tags", FOOTER, 0.35, (_OLD, "Tags: {tag_list}")),
            _f("dalalak", FOOTER, 0.25, *_ch_dalalak()),
            _f("nutisia", FOOTER, 0.2, *_ch_nutisia()),
            _f("suskribi", FOOTER, 0.2,
               (_OLD, "📰 Suskribi: $5 kada mes."),
               (CH_PRICE.isoformat(), "📰 Suskribi: $6 kada mes.")),
            _f("kumentu", FOOTER, 0.3,
               (_OLD, "Ma rebisa i kumentu siha antes di ma publika. Cha'-mu na'ye fino' "
                "båba.")),
            _f("napu", FOOTER, 0.04,
               (_OLD, "⚠️ High surf advisory: cha'-mu humånao para i tasi!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Nutisian Guåhan. Todu i direcho ma reserba.")),
        ),
    )


# --- a Navajo and English news site (Window Rock) ------------------------------------------------

NV_DAILY = dt.date(2018, 8, 14)  # from Code Talkers Day 2018, Navajo dates
NV_BYLINE = dt.date(2019, 1, 15)  # "By" turned the name with "Staff Reporter"
NV_SOCIAL = dt.date(2019, 4, 1)  # the follow line gained Instagram
NV_PRICE = dt.date(2019, 1, 1)  # the yearly subscription went up


def _nv_dated(day: dt.date) -> str:
    return (f"{NAVAJO_WEEKDAYS[day.weekday()]}, {NAVAJO_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def _nv_ahehee() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ahéheeʼ for reading. Follow us on Facebook."),
            (NV_SOCIAL.isoformat(), "Ahéheeʼ for reading. Follow us on Facebook and "
                                    "Instagram.")]
    events = _yearly(1868, "06-01", 0, 0, lambda n: f"📜 Naaltsoos Sání: {n} years since the "
                                                    f"Treaty of 1868.")
    events += _yearly(0, "08-14", 1, 0, lambda _: "🎖️ Navajo Code Talkers Day: ahéheeʼ to our "
                                                  "Code Talkers.")
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 Keshmish Baa Hózhǫ́!")
    return _timeline(base, events)


def _nv_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📞 News tip? Call (928) 555-0236")]
    return _timeline(base, [
        (dt.date(2015, 8, 8), dt.date(2015, 8, 25),
         "⚠️ San Juan River: do not use river water after the mine spill."),
        (dt.date(2016, 10, 25), dt.date(2016, 11, 9), "🗳️ General election: Nov. 8. Vote!"),
        (dt.date(2018, 10, 23), dt.date(2018, 11, 7),
         "🗳️ Navajo Nation general election: Nov. 6. Vote!"),
        (dt.date(2020, 4, 10), dt.date(2020, 6, 1),
         "😷 57-hour weekend curfew: stay home from 8 p.m. Friday to 5 a.m. Monday."),
        (dt.date(2020, 10, 20), dt.date(2020, 11, 4), "🗳️ General election: Nov. 3. Vote!"),
    ])


def windowrock_style() -> PublisherStyle:
    """A Navajo and English news site (Window Rock): a greeting, a two-language switch, a
    section kicker, a US date slot turned a Navajo weekday and month, month first (a
    wording per day, from Code Talkers Day 2018), "By" turned the name with "Staff
    Reporter", a read count, an upper-case ad label and "Ałdóó:" (up to twice) and photo
    credit inserts, a follow line (gaining Instagram) turned the 1868 treaty with its
    count, Code Talkers Day and Christmas, a tip line turned the 2015 mine spill, three
    votes and the 2020 curfews, a subscription raised in 2019, a comment rule, a rare road
    closure, a copyright line."""
    return PublisherStyle(
        domain="tseghahoodzani.com", site="Tségháhoodzání Naaltsoos", base_size=340,
        subdomains=(("www.", 100),),
        sections=("chapters", "government", "education", "sports", "health", "culture"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "desk": ("Chapter News", "Government", "Education", "Sports", "Health",
                     "Culture", "Diné Bizaad"),
            "writer": ("Shaandiin Begay", "Darren Yazzie", "Kalene Tsosie", "Marlon Benally",
                       "Chee Nez", "Reva Tso"),
            "credit": ("Tségháhoodzání Naaltsoos", "Navajo Nation OPVP", "Navajo Nation "
                       "Museum", "a reader"),
        },
        families=(
            _f("yaateeh", HEADER, 0.15, (_OLD, "Yáʼátʼééh!")),
            _f("bizaad", HEADER, 0.2, (_OLD, "Diné Bizaad | English")),
            _f("desk", HEADER, 0.3, (_OLD, "{desk}")),
            _f("yiskaa", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_nv_dated, NV_DAILY)),
            _f("by", HEADER, 0.6, (_OLD, "By {writer}"),
               (NV_BYLINE.isoformat(), "{writer} | Staff Reporter")),
            _f("reads", HEADER, 0.3, (_OLD, "{count} reads")),
            _f("advertisement", MIDDLE, 0.45, (_OLD, "ADVERTISEMENT"), count=2),
            _f("aldoo", MIDDLE, 0.4, (_OLD, "Ałdóó: {other_title}"), count=2),
            _f("credit", MIDDLE, 0.3, (_OLD, "Photo courtesy of {credit}")),
            _f("ahehee", FOOTER, 0.25, *_nv_ahehee()),
            _f("tip", FOOTER, 0.2, *_nv_tip()),
            _f("subscribe", FOOTER, 0.2,
               (_OLD, "📰 Subscribe: $35 a year on the Nation, $55 mailed off the Nation."),
               (NV_PRICE.isoformat(), "📰 Subscribe: $40 a year on the Nation, $60 mailed off "
                                      "the Nation.")),
            _f("comments", FOOTER, 0.3,
               (_OLD, "Comments are reviewed before posting. Respect your relatives: no "
                "name-calling.")),
            _f("road", FOOTER, 0.04,
               (_OLD, "⚠️ Road closed: N12 washed out after heavy rain. Use US 491.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Tségháhoodzání Naaltsoos. All rights reserved.")),
        ),
    )


# --- a Cornish-language news site (Redruth) ------------------------------------------------------

KW_DAILY = dt.date(2018, 3, 5)  # from St Piran's Day 2018, Cornish dates
KW_BYLINE = dt.date(2019, 5, 1)  # "Gans" turned "Skrifys gans"
KW_SOCIAL = dt.date(2019, 9, 1)  # the follow line gained Twitter
KW_WALLET = dt.date(2020, 2, 1)  # the appeal gained PayPal


def _kw_dated(day: dt.date) -> str:
    return (f"{CORNISH_WEEKDAYS[day.weekday()]}, {day.day} mis "
            f"{CORNISH_MONTHS[day.month - 1]} {day.year}")


def _kw_holyewgh() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Holyewgh ni war Facebook."),
            (KW_SOCIAL.isoformat(), "Holyewgh ni war Facebook ha Twitter.")]
    events = _yearly(0, "03-05", 1, 0, lambda _: "⚫⚪ Gool Peran lowen!")
    events += _yearly(0, "06-23", 1, 1, lambda _: "🔥 Gool Jowan lowen!")
    events += _yearly(0, "12-24", 0, 8, lambda _: "🎄 Nadelik lowen ha Bledhen Nowydh da!",
                      years=range(2014, 2021))
    return _timeline(base, events)


def _kw_nowodhow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "✉️ Eus nowodhow genowgh? nowodhow@nowodhowkernow.org.uk")]
    return _timeline(base, [
        (dt.date(2015, 4, 23), dt.date(2015, 5, 8), "🗳️ Etholans: 7 mis Me."),
        (dt.date(2016, 6, 9), dt.date(2016, 6, 24), "🗳️ Referendum: 23 mis Metheven."),
        (dt.date(2017, 5, 25), dt.date(2017, 6, 9), "🗳️ Etholans: 8 mis Metheven."),
        (dt.date(2019, 11, 28), dt.date(2019, 12, 13), "🗳️ Etholans: 12 mis Kevardhu."),
        (dt.date(2020, 3, 23), dt.date(2020, 6, 1), "😷 Tregewgh yn tre: gwithewgh bewnansow."),
    ])


def kernow_style() -> PublisherStyle:
    """A Cornish-language news site (Redruth): a two-language switch, a section kicker, a
    day-month-year date slot turned a Cornish weekday with "mis" and the month (a wording
    per day, from St Piran's Day 2018), "Gans" turned "Skrifys gans", "Redyewgh ynwedh:"
    (up to twice) and photo inserts, a follow line (gaining Twitter) turned St Piran's Day,
    Midsummer and Christmas, a tip line turned four votes and the 2020 lockdown, a class
    line, a donation appeal gaining PayPal, a comment rule, a two-line office block, a rare
    gale warning, a copyright line."""
    return PublisherStyle(
        domain="nowodhowkernow.org.uk", site="Nowodhow Kernow", base_size=300,
        subdomains=(("www.", 100),),
        sections=("nowodhow", "yeth", "gonisogeth", "sport", "kenwerth", "istori"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "rann": ("Nowodhow", "Yeth", "Gonisogeth", "Sport", "Kenwerth", "Istori"),
            "skrifer": ("Jenefer Trewhella", "Peder Nance", "Tamsin Pascoe", "Mighal Rowe",
                        "Elowen Hocking"),
            "skeusen": ("Nowodhow Kernow", "Kernow Goth", "Dasskrifys", "Redyer"),
        },
        families=(
            _f("yeth", HEADER, 0.2, (_OLD, "Kernewek | English")),
            _f("rann", HEADER, 0.3, (_OLD, "{rann}")),
            _f("dydh", HEADER, 0.8, (_OLD, "{date_dmy}"), *_daily(_kw_dated, KW_DAILY)),
            _f("gans", HEADER, 0.55, (_OLD, "Gans {skrifer}"),
               (KW_BYLINE.isoformat(), "Skrifys gans {skrifer}")),
            _f("redyewgh", MIDDLE, 0.4, (_OLD, "Redyewgh ynwedh: {other_title}"), count=2),
            _f("skeusen", MIDDLE, 0.3, (_OLD, "Skeusen: {skeusen}")),
            _f("holyewgh", FOOTER, 0.25, *_kw_holyewgh()),
            _f("nowodhow", FOOTER, 0.2, *_kw_nowodhow()),
            _f("klassow", FOOTER, 0.2,
               (_OLD, "Ow tyski Kernewek? Klassow yn Resrudh pub dy' Meurth dhe 7 eur.")),
            _f("skoodhyewgh", FOOTER, 0.2,
               (_OLD, "💛 Skoodhyewgh agan ober: Patreon."),
               (KW_WALLET.isoformat(), "💛 Skoodhyewgh agan ober: Patreon po PayPal.")),
            _f("kampollow", FOOTER, 0.3,
               (_OLD, "Kampollow a vydh redys kyns dyllo. Na skrifewgh geryow drog.")),
            _f("sodhva-head", FOOTER, 0.4, (_OLD, "Agan sodhva")),
            _f("sodhva", FOOTER, 0.38,
               (_OLD, "40 Fore Street, Resrudh TR15 2AE · 01209 555 236")),
            _f("gwyns", FOOTER, 0.04, (_OLD, "⚠️ Gwyns krev a-vorow: bydhewgh war!")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Nowodhow Kernow. Pub gwir gwithys.")),
        ),
    )


# --- a Baháʼí community's newsletter (Kent) -----------------------------------------------------

BE_DAILY = dt.date(2017, 3, 20)  # from Naw-Rúz 174 B.E., Badíʿ dates
BE_BYLINE = dt.date(2018, 6, 1)  # the byline gained the Local Spiritual Assembly
BE_ONLINE = dt.date(2020, 3, 23)  # Feasts and devotions online from the 2020 lockdown
QUOTES = ("✨ “The earth is but one country, and mankind its citizens.” — Baháʼuʼlláh",
          "✨ “So powerful is the light of unity that it can illuminate the whole earth.” — "
          "Baháʼuʼlláh",
          "✨ “Let your vision be world-embracing.” — Baháʼuʼlláh",
          "✨ “Ye are the fruits of one tree, and the leaves of one branch.” — Baháʼuʼlláh")
BE_NOTICES = ("📚 Study circle: Book 1, Tuesday evenings at the library",
              "👧 Children's classes meet on Saturday mornings",
              "🙏 Devotional gathering: first Sunday of the month, all welcome",
              "🌱 Junior youth group: service project at the community garden")
_YOUTH_TERM = "Junior youth group: Fridays in term time, ages 11 to 14."
_YOUTH_HOLIDAY = "The junior youth group takes a summer break; see you in September."


def naw_ruz(y: int) -> dt.date:
    """Naw-Rúz of Gregorian year `y`."""
    return dt.date.fromisoformat(NAW_RUZ[y])


def badi(day: dt.date) -> tuple[int, int, int]:
    """The Badíʿ date of `day`: (year B.E., month 1-19 or 0 for Ayyám-i-Há, day). Nineteen
    months of nineteen days from Naw-Rúz; Ayyám-i-Há (four or five days) before the last
    month, ʻAláʼ, the month of the Fast, which ends on the eve of the next Naw-Rúz."""
    start = naw_ruz(day.year) if day >= naw_ruz(day.year) else naw_ruz(day.year - 1)
    year = start.year - 1843
    k = (day - start).days
    if k < 18 * 19:
        return year, k // 19 + 1, k % 19 + 1
    ala = naw_ruz(start.year + 1) - dt.timedelta(days=19)
    if day >= ala:
        return year, 19, (day - ala).days + 1
    return year, 0, k - 18 * 19 + 1


def badi_date(day: dt.date) -> str:
    """"Istijlál, 3 Núr 176 B.E." or "Jamál, 2nd day of Ayyám-i-Há 175 B.E."."""
    year, month, d = badi(day)
    weekday = BADI_WEEKDAYS[day.weekday()]
    if month == 0:
        return f"{weekday}, {ordinal(d)} day of Ayyám-i-Há {year} B.E."
    return f"{weekday}, {d} {BADI_MONTHS[month - 1]} {year} B.E."


def next_feast(day: dt.date) -> dt.date:
    """The next Nineteen Day Feast on or after `day`: the first day of a Baháʼí month."""
    while badi(day)[2] != 1 or badi(day)[1] == 0:
        day += dt.timedelta(days=1)
    return day


def _feast_line(day: dt.date) -> str:
    year, month, _ = badi(day)
    if month == 19:
        return "🌅 The Fast: from sunrise to sunset until Naw-Rúz."
    feast = next_feast(day)
    name = BADI_MONTHS[badi(feast)[1] - 1]
    where = "online" if day >= BE_ONLINE else "at the community centre"
    if feast == day:
        return f"🍽️ Feast of {name} tonight, 7pm, {where}."
    return (f"Next Nineteen Day Feast: Feast of {name}, {ENGLISH_WEEKDAYS[feast.weekday()]} "
            f"{feast.day} {ENGLISH_MONTHS[feast.month - 1]}, 7pm, {where}.")


def _holy_days() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "All are welcome at our devotional gatherings and children's classes.")]
    events: list[Event] = []
    for y in YEARS:
        nr = naw_ruz(y)
        events.append((nr - dt.timedelta(days=1), nr + dt.timedelta(days=1),
                       f"🌷 Naw-Rúz greetings! Welcome to the year {y - 1843} B.E."))
        events.append((nr + dt.timedelta(days=31), nr + dt.timedelta(days=32),
                       "🌹 First Day of Riḍván: celebration at 3pm, all welcome."))
    events += [(dt.date(2017, 10, 20), dt.date(2017, 10, 23),
                "🕯️ Bicentenary of the Birth of Baháʼuʼlláh: all are invited."),
               (dt.date(2019, 10, 28), dt.date(2019, 10, 31),
                "🕯️ Bicentenary of the Birth of the Báb: all are invited.")]
    return _timeline(base, events)


def bahai_style() -> PublisherStyle:
    """A Baháʼí community's newsletter (Kent): a date slot turned the Badíʿ date (a wording
    per day, from Naw-Rúz 174 B.E.), a byline gaining the Local Spiritual Assembly, the next
    Nineteen Day Feast (the first day of each month; the Fast before Naw-Rúz; online from
    the 2020 lockdown), quotation and notice inserts, holy days (Naw-Rúz with its year,
    Riḍván, two bicentenaries), a junior youth group by term, a Fund line, a two-line
    contact block, a rare ice postponement."""
    return PublisherStyle(
        domain="ashfordbahais.org.uk", site="Baháʼís of Ashford", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "feasts", "community"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"quote": QUOTES, "notice": BE_NOTICES},
        families=(
            _f("dated", HEADER, 0.8, (_OLD, "{date_dmy}"), *_daily(badi_date, BE_DAILY)),
            _f("posted", HEADER, 0.35, (_OLD, "Posted by {author}"),
               (BE_BYLINE.isoformat(), "Posted by {author} for the Local Spiritual Assembly")),
            _f("feast", HEADER, 0.4, *_changes(_feast_line)),
            _f("quote", MIDDLE, 0.3, (_OLD, "{quote}")),
            _f("notice", MIDDLE, 0.2, (_OLD, "{notice}")),
            _f("holy", FOOTER, 0.25, *_holy_days()),
            _f("youth", FOOTER, 0.25, *_seasons(("01-06", _YOUTH_TERM),
                                                ("07-22", _YOUTH_HOLIDAY),
                                                ("09-06", _YOUTH_TERM))),
            _f("fund", FOOTER, 0.2,
               (_OLD, "Only members of the Baháʼí Faith give to the Baháʼí Fund; thank you for "
                "your kind thoughts.")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Get in touch")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "Ashford Baháʼí Centre, 7 Elwick Road, Ashford TN23 1NR · "
                "secretary@ashfordbahais.org.uk")),
            _f("ice", FOOTER, 0.04,
               (_OLD, "❄️ Tonight's devotional gathering is postponed: the roads are icy.")),
        ),
    )


# --- a Masonic lodge's news (Plymouth) ------------------------------------------------------------

FM_DAILY = dt.date(2017, 6, 24)  # from the tercentenary of the first Grand Lodge, Anno Lucis
FM_BYLINE = dt.date(2018, 11, 1)  # the Secretary named as a Worshipful Brother
FM_SUSPENDED = dt.date(2020, 3, 17)  # meetings suspended
FM_BOARD = dt.date(2019, 9, 1)  # the festive board went up
FM_MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5)  # meeting months; the installation in November
CHARITY = ("💙 The Lodge gave £500 to the hospice's summer appeal",
           "💙 £320 raised at the last festive board for the air ambulance",
           "💙 Our Almoner visited four widows of the Lodge this month",
           "💙 The Lodge bought a defibrillator for the village hall")
VISITS = ("🤝 Brethren visited a lodge in Tavistock for a Third Degree",
          "🤝 Welcome to our visitors from a lodge in Saltash",
          "🤝 Congratulations to our newest Master Mason")


def lodge_meeting(day: dt.date) -> dt.date:
    """The next regular meeting on or after `day`: the third Thursday of each month from
    September to May."""
    y, m = day.year, day.month
    while True:
        if m in FM_MONTHS:
            meeting = nth_weekday(y, m, 3, 3)
            if meeting >= day:
                return meeting
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def anno_lucis(day: dt.date) -> str:
    """"21st June A.L. 6019": the year of light, four thousand years before the Christian
    era."""
    return f"{ordinal(day.day)} {ENGLISH_MONTHS[day.month - 1]} A.L. {day.year + 4000}"


def _meeting_line(day: dt.date) -> str:
    if day >= FM_SUSPENDED:
        return "⛔ All Lodge meetings are suspended until further notice."
    meeting = lodge_meeting(day)
    kind = "Installation meeting" if meeting.month == 11 else "Regular meeting"
    if meeting == day:
        return f"{kind} tonight: 6.30pm for 7pm. Dining to follow."
    return (f"Next {kind.lower()}: Thursday {ordinal(meeting.day)} "
            f"{ENGLISH_MONTHS[meeting.month - 1]}, 6.30pm for 7pm.")


def lodge_style() -> PublisherStyle:
    """A Masonic lodge's news (Plymouth): a date slot turned the date Anno Lucis (a wording
    per day, from the tercentenary of 24 June 2017), a Secretary named as a Worshipful
    Brother, the next meeting (third Thursdays, September to May, the installation in
    November, suspended from March 2020), charity and visit inserts, the festive board
    raised in 2019, a dress line, a Ladies' Festival in May, a membership line, a two-line
    address block, a rare mourning line."""
    return PublisherStyle(
        domain="tamarsidelodge.org.uk", site="Tamarside Lodge No. 9137", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "meetings", "charity"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"charity": CHARITY, "visit": VISITS},
        families=(
            _f("dated", HEADER, 0.8, (_OLD, "{date_dmy}"), *_daily(anno_lucis, FM_DAILY)),
            _f("secretary", HEADER, 0.35, (_OLD, "Posted by the Lodge Secretary"),
               (FM_BYLINE.isoformat(), "W.Bro. {author}, Lodge Secretary")),
            _f("meeting", HEADER, 0.4, *_changes(_meeting_line)),
            _f("charity", MIDDLE, 0.3, (_OLD, "{charity}")),
            _f("visit", MIDDLE, 0.2, (_OLD, "{visit}")),
            _f("board", FOOTER, 0.3,
               (_OLD, "Festive board £22: please book with the Steward by the Monday before."),
               (FM_BOARD.isoformat(), "Festive board £24: please book with the Steward by the "
                                      "Monday before.")),
            _f("dress", FOOTER, 0.25,
               (_OLD, "Dress: dark suit, white shirt, black tie and white gloves.")),
            _f("festival", FOOTER, 0.2, *_timeline(
                [(_OLD, "Ladies' Festival: second Saturday of May. Tickets from the Charity "
                        "Steward.")],
                [(dt.date(2020, 3, 17), dt.date(2020, 6, 1),
                  "The 2020 Ladies' Festival is cancelled; tickets will be refunded.")])),
            _f("join", FOOTER, 0.25,
               (_OLD, "Interested in Freemasonry? Write to membership@tamarsidelodge.org.uk")),
            _f("hall-head", FOOTER, 0.4, (_OLD, "Where we meet")),
            _f("hall", FOOTER, 0.38,
               (_OLD, "Masonic Hall, 19 Tamar Street, Plymouth PL1 4QX")),
            _f("mourning", FOOTER, 0.04,
               (_OLD, "🕯️ The Lodge mourns the passing of a Brother; funeral details to "
                "follow.")),
        ),
    )


# --- a Toastmasters club's news (Auckland) --------------------------------------------------------

TM_ONLINE = ((dt.date(2020, 3, 25), dt.date(2020, 5, 14)),
             (dt.date(2020, 8, 12), dt.date(2020, 8, 31)))  # meetings on Zoom
TM_BYLINE = dt.date(2018, 7, 1)  # the date turned the officer's name, role and date
TM_SUBS = dt.date(2019, 10, 1)  # the six-monthly subscription went up
WORDS = ("📖 Word of the Day: ebullient — cheerful and full of energy",
         "📖 Word of the Day: laconic — using very few words",
         "📖 Word of the Day: serendipity — a happy accident",
         "📖 Word of the Day: cogent — clear and convincing",
         "📖 Word of the Day: gregarious — fond of company")
TOPICS = ("🎤 Table Topics: which decade would you live in, and why?",
          "🎤 Table Topics: the best advice you ever ignored",
          "🎤 Table Topics: sell us the last thing you bought",
          "🎤 Table Topics: a place in Aotearoa everyone should visit")


def club_meeting(day: dt.date) -> dt.date:
    """The next meeting on or after `day`: the second and fourth Wednesdays of each month,
    none in January (the summer break)."""
    while True:
        if day.month != 1 and day.weekday() == 2 and (day.day - 1) // 7 in (1, 3):
            return day
        day += dt.timedelta(days=1)


def _next_meeting(day: dt.date) -> str:
    meeting = club_meeting(day)
    online = any(first <= meeting < end for first, end in TM_ONLINE)
    where = "on Zoom (link from the VP Education)" if online else "St Aidan's Hall"
    if meeting == day:
        return f"🗓️ Meeting tonight, 7pm, {where}. Guests welcome!"
    return (f"🗓️ Next meeting: Wednesday {meeting.day} {ENGLISH_MONTHS[meeting.month - 1]}, "
            f"7pm, {where}")


def remuera_style() -> PublisherStyle:
    """A Toastmasters club's news (Auckland): a date slot turned the officer's name and role
    with the date, the next meeting (second and fourth Wednesdays, a January break, on Zoom
    in two spells of 2020), word-of-the-day and table-topics inserts, a guest line,
    subscriptions raised in 2019, contest seasons, a trademark line, a two-line venue
    block, a rare power cut."""
    return PublisherStyle(
        domain="remueraspeakers.org.nz", site="Remuera Speakers Toastmasters Club",
        base_size=190, subdomains=(("www.", 100),),
        sections=("news", "meetings", "contests"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"word": WORDS, "topic": TOPICS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               (TM_BYLINE.isoformat(), "{author} (VP Public Relations) — {date_dmy}")),
            _f("next", HEADER, 0.4, *_changes(_next_meeting)),
            _f("word", MIDDLE, 0.3, (_OLD, "{word}")),
            _f("topic", MIDDLE, 0.2, (_OLD, "{topic}")),
            _f("guests", FOOTER, 0.3,
               (_OLD, "Guests are always welcome, and your first three visits are free.")),
            _f("subs", FOOTER, 0.25,
               (_OLD, "Membership: $120 every six months, Toastmasters International dues "
                "included."),
               (TM_SUBS.isoformat(), "Membership: $135 every six months, Toastmasters "
                                     "International dues included.")),
            _f("contest", FOOTER, 0.25, *_seasons(
                ("02-01", "🏆 Club contests in March: International Speech and Evaluation."),
                ("04-01", "Thanks to all our contestants this autumn, and good luck at Area."),
                ("08-01", "🏆 Club contests in September: Humorous Speech and Table Topics."),
                ("10-01", "Thanks to all our contestants this spring, and good luck at "
                          "Area."))),
            _f("trademark", FOOTER, 0.2,
               (_OLD, "Toastmasters International and its logo are trademarks of "
                "Toastmasters International.")),
            _f("where-head", FOOTER, 0.4, (_OLD, "Where we meet")),
            _f("where", FOOTER, 0.38,
               (_OLD, "St Aidan's Hall, 5 Ascot Avenue, Remuera, Auckland 1050")),
            _f("power", FOOTER, 0.04,
               (_OLD, "⚡ Tonight's meeting is cancelled: there is a power cut at the hall.")),
        ),
    )


# --- an annual linguistics conference's news (Orkney) ---------------------------------------------

CF_ONLINE = dt.date(2020, 3, 16)  # the 2020 conference moved online
CF_BYLINE = dt.date(2018, 10, 1)  # the date turned "News" with the organising committee
CF_FEES = dt.date(2019, 1, 1)  # the fees went up
KEYNOTES = ("🎙️ Keynote: the Norn of Orkney and Shetland, from the runestones to the "
            "last speakers",
            "🎙️ Keynote: island dialects and the sociolinguistics of ferry timetables",
            "🎙️ Keynote: place-names of the Northern Isles",
            "🎙️ Keynote: vowel change in Kirkwall and Stromness")
SPONSORS = ("With thanks to our sponsor: the Northern Isles Dialect Trust",
            "With thanks to our sponsor: the Kirkwall Heritage Fund",
            "With thanks to our sponsor: Orkney Islands Books")


def conference_days(y: int) -> tuple[dt.date, dt.date]:
    """The conference's first and last days: Thursday to Saturday of the third week of
    June."""
    first = nth_weekday(y, 6, 3, 3)
    return first, first + dt.timedelta(days=2)


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _countdown(day: dt.date) -> str:
    y = day.year
    first, last = conference_days(y)
    abstracts = dt.date(y, 1, 15)
    if day <= abstracts:
        n = (abstracts - day).days
        if n == 0:
            return "⏳ Abstracts close today at 23:59 (anywhere on Earth)."
        return f"⏳ Call for papers for NILC {y}: abstracts due 15 January, {_days(n)} to go"
    if day <= dt.date(y, 3, 1):
        return "📬 Abstracts are under review: decisions by 1 March."
    if y == 2020 and day >= CF_ONLINE and day < first:
        return (f"💻 NILC 2020 moves online, {first.day}–{last.day} June; registration is "
                f"free.")
    if day <= dt.date(y, 4, 30):
        n = (dt.date(y, 4, 30) - day).days
        return f"🎟️ Early-bird registration closes 30 April, {_days(n)} left"
    if day < first:
        n = (first - day).days
        return f"📅 NILC {y} opens on Thursday {first.day} June, {_days(n)} to go"
    if day <= last:
        online = " online" if y == 2020 else ""
        return f"🎤 NILC {y} is on now{online}: day {(day - first).days + 1} of 3"
    if day.month < 9:
        return (f"Thank you for coming to NILC {y}! The call for papers for NILC {y + 1} "
                f"opens in September.")
    n = (dt.date(y + 1, 1, 15) - day).days
    return (f"⏳ Call for papers for NILC {y + 1}: abstracts due 15 January, {_days(n)} to "
            f"go")


def nilc_style() -> PublisherStyle:
    """An annual linguistics conference's news (Orkney): a date slot turned "News" with the
    date and the organising committee, a countdown (abstracts, decisions, early-bird
    registration, the conference days in the third week of June, the call for the next;
    online in 2020), keynote and sponsor inserts, fees raised in 2019, a code of conduct
    line, an access line, a hashtag line, a two-line contact block, a rare strike line."""
    return PublisherStyle(
        domain="nilc-conference.org", site="Northern Isles Linguistics Conference",
        base_size=170, subdomains=(("www.", 100),),
        sections=("news", "programme", "registration"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"keynote": KEYNOTES, "sponsor": SPONSORS},
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               (CF_BYLINE.isoformat(), "News · {date_dmy} · {author}, for the organising "
                                       "committee")),
            _f("countdown", HEADER, 0.4, *_changes(_countdown)),
            _f("keynote", MIDDLE, 0.3, (_OLD, "{keynote}")),
            _f("sponsor", MIDDLE, 0.2, (_OLD, "{sponsor}")),
            _f("fees", FOOTER, 0.3,
               (_OLD, "Registration £120, students and unwaged £60, including lunches."),
               (CF_FEES.isoformat(), "Registration £140, students and unwaged £70, including "
                                     "lunches.")),
            _f("conduct", FOOTER, 0.25,
               (_OLD, "All participants agree to our code of conduct: be kind, be curious, "
                "be fair.")),
            _f("access", FOOTER, 0.2,
               (_OLD, "The venue is step-free; tell us about access needs when you "
                "register.")),
            _f("hashtag", FOOTER, 0.2, (_OLD, "Follow #NILC and @nilcconf for updates.")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Contact the organisers")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "nilc@nilc-conference.org · Ness Road Campus, Kirkwall KW15 1AB")),
            _f("strike", FOOTER, 0.04,
               (_OLD, "✈️ Industrial action at the airport: check your flights to Kirkwall.")),
        ),
    )


def heldout38_styles() -> list[PublisherStyle]:
    """The held-back-38 styles, in the order the generator hands them to publishers."""
    return [
        chhapra_style(), tainan_style(), gianyar_style(), acta_style(), fairfield_style(),
        guahan_style(), windowrock_style(), kernow_style(), bahai_style(), lodge_style(),
        remuera_style(), nilc_style(),
    ]
