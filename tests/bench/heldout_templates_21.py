"""The twenty-first held-back template set (``held-back-21``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the twentieth
held-back set (`tests.bench.heldout_templates_20`, written the same day and run once, for the
first time, in the session that had this one written; its misses were not looked at here).
It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``strip``, ``config``) or the README's detection rules,
before any benchmark run on it, and without shaping any line to pass or to fail a detector:
the families are what real sites of these kinds print, from general knowledge of them. All
wording is original; none is copied from the data, from the tuning styles or from the first
twenty held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-26):** its first, unseen run (e59ebbf) scored 94.51% boilerplate removed
(99.98% content kept); its misses were then studied (not looked at when held-back-22 was
written), so it is no longer unseen. The next unseen set is held-back-22
(`tests.bench.heldout_templates_22`).

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Telugu-language news portal
(Vijayawada), a Kazakh-language city news site in Cyrillic (Astana, renamed Nur-Sultan in
2019), an Urdu-language local news site (Multan), a Hausa-language news site (Kano), a
Haitian Creole news site (Cap-Haïtien), a regional supermarket chain's product recall
notices (Cornwall), a community excavation's dig diary (Northumberland), a community blood
center's news (Washington State), a district society of chartered accountants' technical
updates (Gloucestershire), a summer camp's blog (New Hampshire), a hardware start-up's
crowdfunding backer updates and a barn wedding venue's blog (the Cotswolds). None of these
kinds or languages is in an earlier held-back set, and Telugu script is new.

Variation: dates in several formats (a Telugu dotted date turned an English "Updated :" line
in IST; a Kazakh dotted date after a city that is renamed on 23 March 2019; an Urdu dotted
date turned an ISO date in PKT; an English long date turned an ISO date in WAT under a Hausa
label; a French date turned a Creole "Mizajou:" line with a dotted date; British dates with
and without weekdays, US long and short dates with weekdays), notices reworded in 2015-2020
(a Telugu advertising line gaining GST on 1 July 2017, a send-your-news line turned a
COVID-19 line with the 104 helpline, a comment counter turned a comment rule, a copyright
line naming the company; a Kazakh language switch gaining a Latin-script edition in February
2018, a contact line turned a state-of-emergency line with the 1406 call centre, an address
following the capital's renaming, a copyright line turned a citation rule; an Urdu WhatsApp
line turned a COVID-19 line with the 1166 helpline, a copyright line turned an imprint with
Urdu numerals; a Hausa social line turned two election postponements (2015 and 2019) and a
COVID-19 line with the NCDC number, a copyright line turned an imprint with a Kano phone; a
Creole send-your-news line turned a "peyi lòk" schedule notice in late 2019 and a COVID-19
line; a supermarket's refund rule and careline in 2020; a heritage fund renamed on 30 January
2019 and a dig season cancelled in 2020; a tattoo deferral shortened in April 2020, donation
by appointment and antibody testing in 2020; VAT thresholds, Making Tax Digital and a VAT
deferral; events moved online; camp tuition raised twice and a summer cancelled in 2020;
US tariffs, a factory delay and slow shipping; wedding guest limits through 2020, civil
partnerships for all couples from December 2019, an award won twice), notices that follow a
calendar (Ugadi greetings with the Telugu year's name, on the Hindu lunisolar calendar, at
home in 2020; Nauryz each March, at home in 2020; Pakistan's Independence Day each August
with its count; Kanaval before Ash Wednesday, on the Easter calendar; a dig season from the
first Monday of July with an open day; January donor month and a summer drive until Labor
Day; the UK personal allowance each tax year from 6 April; camp enrollment each September
and a summer office from June to August; a wedding open day on the third Sunday of January),
names at the start of lines or after a label (Telugu names with initials, Kazakh patronymic
names, Urdu, Hausa and Creole names, staff with their posts), the article's own title (a
dig's cite-this-post line) and other articles' titles (Telugu, Kazakh, Urdu, Hausa and
Creole links), amounts (gold rates in rupees, tenge, naira and gourde exchange rates,
temperatures, tax allowances and thresholds, tuition, surcharges), product batch codes and
allergens, find numbers, blood supply days, phone numbers in seven countries' formats,
multi-line blocks (a recall's stores, a blood center's about block, key tax dates, a camp's
mailing address, a wedding's suppliers), mid-body inserts (some up to two or three times),
bare lines (Telugu, Kazakh, Urdu, Hausa and Creole ad labels, kickers, language switches,
block headings), Telugu script, Kazakh Cyrillic with Latin, Urdu in Arabic script with Urdu
numerals, Hausa Latin with hooked letters, Creole Latin, symbols and emoji where such sites
use them, and families in only 3-6% of articles (a Telugu live-updates kicker, a Kazakh
urgent kicker, an Urdu correction, a Hausa breaking-news kicker, a Creole update note, an
extended recall, a blood drive correction, camp lost property and a backer-update
correction) beside ones in nearly all. Renamed variants of a style keep the lines that do
not name the site, so sister sites share a network footer (a food-safety notification, a
finds-recording scheme, a blood bank accreditation, a CPD line, a camp accreditation, a
warranty line, an exclusive-use line).
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
# Ugadi, the Telugu new year, by the Hindu lunisolar calendar, and the name of the year it
# opens in the sixty-year cycle.
UGADI = {2015: ("2015-03-21", "మన్మథ"), 2016: ("2016-04-08", "దుర్ముఖి"),
         2017: ("2017-03-28", "హేవళంబి"), 2018: ("2018-03-18", "విళంబి"),
         2019: ("2019-04-06", "వికారి"), 2020: ("2020-03-25", "శార్వరి")}
# Ash Wednesday (46 days before Easter Sunday): Kanaval runs the Sunday to the Tuesday
# before it.
ASH_WEDNESDAY = {2015: "2015-02-18", 2016: "2016-02-10", 2017: "2017-03-01",
                 2018: "2018-02-14", 2019: "2019-03-06", 2020: "2020-02-26"}
# Labor Day, the first Monday of September (US).
LABOR_DAY = {2015: "2015-09-07", 2016: "2016-09-05", 2017: "2017-09-04",
             2018: "2018-09-03", 2019: "2019-09-02", 2020: "2020-09-07"}
# The UK personal allowance and higher-rate threshold, by tax year (from 6 April).
ALLOWANCES = {2014: ("£10,000", "£41,865"), 2015: ("£10,600", "£42,385"),
              2016: ("£11,000", "£43,000"), 2017: ("£11,500", "£45,000"),
              2018: ("£11,850", "£46,350"), 2019: ("£12,500", "£50,000"),
              2020: ("£12,500", "£50,000")}
# A community excavation's season: from the first Monday of July to the Saturday four
# weeks later, with an open day on the third Saturday (none in 2020).
DIG_SEASON = {2015: "2015-07-06", 2016: "2016-07-04", 2017: "2017-07-03",
              2018: "2018-07-02", 2019: "2019-07-01"}
# A wedding venue's open day: the third Sunday of January.
OPEN_DAY = {2015: "2015-01-18", 2016: "2016-01-17", 2017: "2017-01-15",
            2018: "2018-01-21", 2019: "2019-01-20", 2020: "2020-01-19"}

_KREYOL_MONTHS = ("janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm"
                  ).split()


_FOLLOW_TE = "తాజా వార్తల కోసం మా ఫేస్‌బుక్ పేజీని ఫాలో అవ్వండి"


def _ugadi(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    day, year_name = UGADI[y]
    text = f"🌼 తెలుగు ప్రజలందరికీ శ్రీ {year_name} నామ సంవత్సర ఉగాది శుభాకాంక్షలు"
    if y == 2020:
        text += ". లాక్‌డౌన్ దృష్ట్యా పండుగను ఇంట్లోనే జరుపుకోండి"
    return ((_day(day, -3).isoformat(), text), (_day(day, 2).isoformat(), _FOLLOW_TE))


def teeram_style() -> PublisherStyle:
    """A Telugu-language news portal (Vijayawada): a rare live-updates kicker, a section
    kicker, a gold-rate strip in rupees, a dotted date turned an English "Updated :" line in
    IST, a "విలేకరి:" byline turned city-correspondent-then-name, "ప్రకటన", "ఇది కూడా
    చదవండి", "ఫొటో:" and video inserts, a tags line, a share prompt, a Facebook line turned
    Ugadi greetings with the year's name each spring (at home in 2020), an advertising line
    gaining GST on 1 July 2017, a send-your-news line turned a COVID-19 line with the 104
    helpline, a comment counter turned a comment rule, the copyright line naming the
    company."""
    news = "మీ ప్రాంత వార్తలు, ఫొటోలు మాకు పంపండి: news@krishnateeram.com"
    return PublisherStyle(
        domain="krishnateeram.com", site="కృష్ణా తీరం", base_size=900,
        subdomains=(("www.", 75), ("m.", 25)),
        sections=("andhra-pradesh", "telangana", "national", "sports", "cinema", "business",
                  "vijayawada"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "vibhagam": ("ఆంధ్రప్రదేశ్", "తెలంగాణ", "జాతీయం", "అంతర్జాతీయం", "క్రీడలు", "సినిమా",
                         "బిజినెస్", "విజయవాడ"),
            "bangaram": ("💰 విజయవాడలో బంగారం: 22 క్యారెట్ ₹24,580 · 24 క్యారెట్ ₹26,800 "
                         "(10 గ్రాములు)",
                         "💰 విజయవాడలో బంగారం: 22 క్యారెట్ ₹27,460 · 24 క్యారెట్ ₹29,950 "
                         "(10 గ్రాములు)",
                         "💰 విజయవాడలో బంగారం: 22 క్యారెట్ ₹26,870 · 24 క్యారెట్ ₹29,300 "
                         "(10 గ్రాములు)",
                         "💰 విజయవాడలో బంగారం: 22 క్యారెట్ ₹28,790 · 24 క్యారెట్ ₹31,400 "
                         "(10 గ్రాములు)",
                         "💰 విజయవాడలో బంగారం: 22 క్యారెట్ ₹30,350 · 24 క్యారెట్ ₹33,100 "
                         "(10 గ్రాములు)",
                         "💰 విజయవాడలో బంగారం: 22 క్యారెట్ ₹47,680 · 24 క్యారెట్ ₹52,000 "
                         "(10 గ్రాములు)"),
            "vilekari": ("కె. శ్రీనివాసరావు", "పి. లక్ష్మీ ప్రసన్న", "ఎం. వెంకటేశ్వర్లు",
                         "షేక్ మస్తాన్ వలి", "బి. అనురాధ", "జి. రామకృష్ణ"),
            "nagaram": ("విజయవాడ", "గుంటూరు", "మచిలీపట్నం", "అమరావతి", "తెనాలి", "ఏలూరు"),
            "photo": ("కృష్ణా తీరం", "ఫైల్ ఫొటో", "సోషల్ మీడియా", "ప్రతీకాత్మక చిత్రం",
                      "ఏపీ ప్రభుత్వం"),
            "tag": ("విజయవాడ", "అమరావతి", "కృష్ణా నది", "ప్రకాశం బ్యారేజీ", "గుంటూరు మిర్చి",
                    "వర్షాలు", "పోలవరం"),
        },
        families=(
            _f("live", HEADER, 0.04, (_OLD, "🔴 లైవ్ అప్‌డేట్స్")),
            _f("vibhagam", HEADER, 0.3, (_OLD, "{vibhagam}")),
            _f("bangaram", HEADER, 0.2, (_OLD, "{bangaram}")),
            _f("prachurana", HEADER, 0.85, (_OLD, "ప్రచురణ: {date_de} {time}"),
               ("2019-05-15", "Updated : {date_short} {time} IST")),
            _f("vilekari", HEADER, 0.6, (_OLD, "విలేకరి: {vilekari}"),
               ("2018-10-01", "{nagaram} ప్రతినిధి {vilekari}")),
            _f("prakatana", MIDDLE, 0.45, (_OLD, "ప్రకటన"), count=2),
            _f("chadavandi", MIDDLE, 0.4, (_OLD, "ఇది కూడా చదవండి: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "ఫొటో: {photo}")),
            _f("video", MIDDLE, 0.12, (_OLD, "▶️ వీడియో చూడండి")),
            _f("tags", FOOTER, 0.3, (_OLD, "ట్యాగ్‌లు: {tag_list}")),
            _f("share", FOOTER, 0.3, (_OLD, "ఈ వార్తను షేర్ చేయండి")),
            _f("ugadi", FOOTER, 0.25, (_OLD, _FOLLOW_TE),
               *(wording for y in YEARS for wording in _ugadi(y))),
            _f("prakatanalu", FOOTER, 0.15,
               (_OLD, "ప్రకటనల కోసం సంప్రదించండి: 0866 255 0143"),
               ("2017-07-01", "ప్రకటనల కోసం సంప్రదించండి: 0866 255 0143 (టారిఫ్‌పై జీఎస్‌టీ "
                "అదనం)")),
            _f("covid", FOOTER, 0.2, (_OLD, news),
               ("2020-03-22", "😷 కరోనా: అనవసరంగా బయటకు రావద్దు. సందేహాలుంటే 104కు కాల్ "
                "చేయండి")),
            _f("vyakhyalu", FOOTER, 0.3, (_OLD, "వ్యాఖ్యలు ({count})"),
               ("2019-08-01", "వ్యాఖ్యలు పాఠకుల వ్యక్తిగత అభిప్రాయాలు మాత్రమే. అసభ్య వ్యాఖ్యలను "
                "తొలగిస్తాం.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} కృష్ణా తీరం. సర్వ హక్కులు ప్రత్యేకించుకోబడ్డాయి."),
               ("2018-07-01", "© {year} కృష్ణా తీరం డిజిటల్ మీడియా ప్రై. లి. · బందరు రోడ్డు, "
                "విజయవాడ")),
        ),
    )


_FOLLOW_KK = "Жаңалықтарымызды Facebook пен Instagram желілерінен оқыңыз"


def _nauryz(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        text = ("Биыл Наурыз мерекесі төтенше жағдай кезінде келді: мерекені үйде, "
                "отбасыңызбен атап өтіңіз.")
    else:
        text = (f"🌷 Әз-Наурыз құтты болсын! {y} жылғы 21–23 наурыз – мерекелік демалыс "
                "күндері.")
    return ((f"{y}-03-19", text), (f"{y}-03-24", _FOLLOW_KK))


def tynys_style() -> PublisherStyle:
    """A Kazakh-language city news site in Cyrillic (Astana): a language switch gaining a
    Latin-script edition in February 2018, a rare urgent kicker, a rubric kicker, a
    tenge exchange strip, a dotted date after the city's name (Астана, then Нұр-Сұлтан from
    23 March 2019), an "Автор:" byline turned "Дайындаған:", "Жарнама", "Оқи отырыңыз" and
    "Фото:" inserts, a source line, a tags line, a social line turned Nauryz greetings each
    March (at home in 2020), a contact line turned a state-of-emergency line with the 1406
    call centre, a comment counter turned a comment rule, the copyright line turned a
    citation rule, a registration line, an address following the city's renaming."""
    return PublisherStyle(
        domain="elordatynysy.kz", site="Елорда тынысы", base_size=780,
        subdomains=(("www.", 60), ("", 40)),
        sections=("qala", "sayasat", "ekonomika", "qogam", "sport", "madeniet"),
        n_authors=6, url_path="/kz/news/{n}",
        pools={
            "aidar": ("Елорда", "Саясат", "Экономика", "Қоғам", "Спорт", "Мәдениет", "Білім"),
            "bagam": ("💱 USD 186,20 ₸ · EUR 208,50 ₸ · RUB 3,21 ₸",
                      "💱 USD 339,47 ₸ · EUR 378,90 ₸ · RUB 5,21 ₸",
                      "💱 USD 332,33 ₸ · EUR 375,10 ₸ · RUB 5,63 ₸",
                      "💱 USD 357,80 ₸ · EUR 412,60 ₸ · RUB 5,48 ₸",
                      "💱 USD 384,20 ₸ · EUR 421,75 ₸ · RUB 5,93 ₸",
                      "💱 USD 420,71 ₸ · EUR 498,32 ₸ · RUB 5,67 ₸"),
            "tilshi": ("Айгүл Серікқызы", "Ержан Бекболатұлы", "Дана Жұмабаева",
                       "Нұрлан Әбдіхалықов", "Гүлнар Оспанова", "Асхат Тілеубердин"),
            "foto": ("Елорда тынысы", "ашық дереккөздерден", "Kazinform",
                     "Ақорданың баспасөз қызметі", "әлеуметтік желіден"),
            "derek": ("Kazinform", "ҚР Денсаулық сақтау министрлігі", "Ұлттық статистика бюросы",
                      "Қала әкімдігі", "ҚР ІІМ", "Ұлттық банк"),
            "teg": ("Астана", "ЭКСПО", "әкімдік", "жол", "көлік", "мектеп", "баспана"),
        },
        families=(
            _f("til", HEADER, 0.25, (_OLD, "Қаз | Рус"), ("2018-02-20", "Қаз | Qaz | Рус")),
            _f("shugyl", HEADER, 0.04, (_OLD, "⚡ ШҰҒЫЛ ХАБАР")),
            _f("aidar", HEADER, 0.3, (_OLD, "{aidar}")),
            _f("bagam", HEADER, 0.15, (_OLD, "{bagam}")),
            _f("kuni", HEADER, 0.85, (_OLD, "Астана, {date_de} {time}"),
               ("2019-03-23", "Нұр-Сұлтан, {date_de} {time}")),
            _f("avtor", HEADER, 0.6, (_OLD, "Автор: {tilshi}"),
               ("2018-09-01", "Дайындаған: {tilshi}")),
            _f("zharnama", MIDDLE, 0.45, (_OLD, "Жарнама"), count=2),
            _f("oqynyz", MIDDLE, 0.4, (_OLD, "Оқи отырыңыз: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {foto}")),
            _f("derekkoz", FOOTER, 0.25, (_OLD, "Дереккөз: {derek}")),
            _f("tegter", FOOTER, 0.3, (_OLD, "Тегтер: {teg_list}")),
            _f("nauryz", FOOTER, 0.25, (_OLD, _FOLLOW_KK),
               *(wording for y in YEARS for wording in _nauryz(y))),
            _f("covid", FOOTER, 0.2, (_OLD, "Редакцияға хабарласыңыз: +7 7172 55 01 43"),
               ("2020-03-16", "😷 Төтенше жағдай: үйде болыңыз. Коронавирус бойынша "
                "call-орталық: 1406")),
            _f("pikir", FOOTER, 0.3, (_OLD, "Пікірлер ({count})"),
               ("2019-07-01", "Пікір үшін оның авторы жауап береді. Балағат сөздер мен қорлау "
                "жойылады.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Елорда тынысы. Барлық құқықтар қорғалған."),
               ("2017-05-01", "Материалдарды көшіріп басқанда Елорда тынысы сайтына "
                "гиперсілтеме міндетті.")),
            _f("kualik", FOOTER, 0.2,
               (_OLD, "Мерзімді баспасөз басылымын есепке қою туралы куәлік № 14872-ИА, 2014 "
                "жылғы 3 қазан.")),
            _f("mekenzhai", FOOTER, 0.2,
               (_OLD, "Мекенжайы: Астана қ., Бейбітшілік к-сі, 14, 5-қабат"),
               ("2019-03-23", "Мекенжайы: Нұр-Сұлтан қ., Бейбітшілік к-сі, 14, 5-қабат")),
        ),
    )


_FOLLOW_UR = "ملتان نامہ کی خبریں فیس بک اور ٹوئٹر پر بھی پڑھیں۔"


def _azadi(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    text = f"🇵🇰 جشن آزادی مبارک! پاکستان کا {y - 1946}واں یوم آزادی 14 اگست کو منایا جا رہا ہے۔"
    if y == 2020:
        text += " تقریبات میں کورونا ایس او پیز کا خیال رکھیں۔"
    return ((f"{y}-08-10", text), (f"{y}-08-15", _FOLLOW_UR))


def multan_style() -> PublisherStyle:
    """An Urdu-language local news site (Multan): a language switch, a section kicker, a
    temperature strip, a dotted date turned an ISO date in PKT, a "رپورٹ:" byline turned
    name-first "نمائندہ خصوصی", "اشتہار", "یہ بھی پڑھیں" and "تصویر:" inserts, a courtesy
    line, a social line turned Independence Day greetings each August with its count, a
    WhatsApp line turned a COVID-19 line with the 1166 helpline, a comment counter turned a
    comment rule, a rare correction, the copyright line turned an imprint with Urdu
    numerals."""
    return PublisherStyle(
        domain="multannama.pk", site="ملتان نامہ", base_size=670,
        subdomains=(("www.", 80), ("", 20)),
        sections=("multan", "south-punjab", "pakistan", "sports", "business", "showbiz"),
        n_authors=6, url_path="/news/{n}/",
        pools={
            "zamra": ("ملتان", "جنوبی پنجاب", "پاکستان", "کھیل", "کاروبار", "شوبز", "دنیا"),
            "mausam": ("🌡️ ملتان: زیادہ سے زیادہ 44° · کم سے کم 29°",
                       "🌡️ ملتان: زیادہ سے زیادہ 39° · کم سے کم 26°",
                       "🌡️ ملتان: زیادہ سے زیادہ 21° · کم سے کم 7°",
                       "🌡️ ملتان: زیادہ سے زیادہ 33° · کم سے کم 18°",
                       "🌡️ ملتان: زیادہ سے زیادہ 47° · کم سے کم 31°",
                       "🌡️ ملتان: زیادہ سے زیادہ 17° · کم سے کم 5°"),
            "nama": ("محمد عمران قریشی", "سعدیہ بتول", "رانا شاہد اقبال", "عائشہ ملک",
                     "ملک اسد عباس", "فرحان بخاری"),
            "tasveer": ("ملتان نامہ", "فائل فوٹو", "سوشل میڈیا", "اے پی پی", "ڈی پی آر ملتان"),
            "bashukriya": ("اے پی پی", "ریڈیو پاکستان", "حکومت پنجاب", "ضلعی انتظامیہ ملتان",
                           "ریسکیو 1122", "محکمہ موسمیات"),
        },
        families=(
            _f("zuban", HEADER, 0.2, (_OLD, "اردو | English")),
            _f("zamra", HEADER, 0.3, (_OLD, "{zamra}")),
            _f("mausam", HEADER, 0.15, (_OLD, "{mausam}")),
            _f("tareekh", HEADER, 0.85, (_OLD, "شائع شدہ: {date_de} | {time}"),
               ("2019-01-10", "اپ ڈیٹ: {date_iso} {time} PKT")),
            _f("nama", HEADER, 0.6, (_OLD, "رپورٹ: {nama}"),
               ("2018-05-01", "{nama}، نمائندہ خصوصی")),
            _f("ishtehar", MIDDLE, 0.45, (_OLD, "اشتہار"), count=2),
            _f("parhiye", MIDDLE, 0.4, (_OLD, "یہ بھی پڑھیں: {other_title}"), count=2),
            _f("tasveer", MIDDLE, 0.3, (_OLD, "تصویر: {tasveer}")),
            _f("bashukriya", FOOTER, 0.25, (_OLD, "بشکریہ: {bashukriya}")),
            _f("azadi", FOOTER, 0.25, (_OLD, _FOLLOW_UR),
               *(wording for y in YEARS for wording in _azadi(y))),
            _f("covid", FOOTER, 0.2,
               (_OLD, "اپنی خبریں اور تصاویر واٹس ایپ کریں: 0300 5550143"),
               ("2020-03-24", "😷 کورونا وائرس سے بچیں: گھر پر رہیں اور ہاتھ دھوتے رہیں۔ ہیلپ "
                "لائن 1166")),
            _f("tabsare", FOOTER, 0.3, (_OLD, "تبصرے ({count})"),
               ("2019-04-01", "ادارے کا قارئین کے تبصروں سے متفق ہونا ضروری نہیں۔ نازیبا تبصرے "
                "شائع نہیں کیے جائیں گے۔")),
            _f("tasheeh", FOOTER, 0.05,
               (_OLD, "تصحیح: اس خبر میں ایک نام کی غلطی درست کر دی گئی ہے۔")),
            _f("copyright", FOOTER, 0.7, (_OLD, "© {year} ملتان نامہ۔ جملہ حقوق محفوظ ہیں۔"),
               ("2018-04-01", "ملتان نامہ · حسین آگاہی روڈ، ملتان · فون: ۰۶۱-۴۵۵۰۱۴۳")),
        ),
    )


_FOLLOW_HA = "Ku biyo mu a Facebook da Twitter domin samun labarai masu ɗumi-ɗumi."


def kano_style() -> PublisherStyle:
    """A Hausa-language news site (Kano): a language switch, a rare breaking-news kicker, a
    section kicker, a naira exchange strip, an English date turned "An sabunta:" with an
    ISO date in WAT, a "Daga" byline turned name-first "wakilinmu a ...", "Talla" (up to
    three times), "Karanta kuma" and "Hoto:" inserts, a topics line, a share prompt, a
    social line turned the 2015 and 2019 election postponements and a COVID-19 line with
    the NCDC number, a comment counter turned a comment rule, the copyright line turned an
    imprint with a Kano phone."""
    return PublisherStyle(
        domain="muryarkano.com", site="Muryar Kano", base_size=600,
        subdomains=(("www.", 70), ("hausa.", 30)),
        sections=("labarai", "siyasa", "kasuwanci", "wasanni", "lafiya", "kannywood"),
        n_authors=6, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "sashe": ("Labarai", "Siyasa", "Tattalin Arziki", "Wasanni", "Lafiya", "Ilimi",
                      "Kannywood"),
            "canji": ("💵 Kasuwar canji: $1 = ₦220 · £1 = ₦335",
                      "💵 Kasuwar canji: $1 = ₦385 · £1 = ₦475",
                      "💵 Kasuwar canji: $1 = ₦360 · £1 = ₦468",
                      "💵 Kasuwar canji: $1 = ₦363 · £1 = ₦470",
                      "💵 Kasuwar canji: $1 = ₦358 · £1 = ₦450",
                      "💵 Kasuwar canji: $1 = ₦455 · £1 = ₦590"),
            "wakili": ("Aminu Sani Abdullahi", "Hauwa Ibrahim Garba", "Usman Bello Ɗanjuma",
                       "Fatima Muhammad Tukur", "Sani Ɗahiru Yakasai", "Zainab Ahmad Bichi"),
            "birni": ("Kano", "Kaduna", "Katsina", "Dutse", "Abuja", "Bauchi"),
            "hoto": ("Muryar Kano", "Fadar Gwamnatin Kano", "Kafofin sada zumunta",
                     "Rundunar 'Yan Sanda", "Ma'ajiyar hotuna"),
            "alama": ("Kano", "Noma", "Tsaro", "Ilimi", "Ambaliya", "Kasuwar Kurmi", "Zaɓe"),
        },
        families=(
            _f("harshe", HEADER, 0.2, (_OLD, "Hausa | English")),
            _f("gaggawa", HEADER, 0.04, (_OLD, "🔴 LABARI DA ƊUMI-ƊUMINSA")),
            _f("sashe", HEADER, 0.3, (_OLD, "{sashe}")),
            _f("canji", HEADER, 0.15, (_OLD, "{canji}")),
            _f("kwanan", HEADER, 0.85, (_OLD, "{date_long} | {time}"),
               ("2018-11-01", "An sabunta: {date_iso} {time} WAT")),
            _f("marubuci", HEADER, 0.6, (_OLD, "Daga {wakili}"),
               ("2019-03-01", "{wakili}, wakilinmu a {birni}")),
            _f("talla", MIDDLE, 0.45, (_OLD, "Talla"), count=3),
            _f("karanta", MIDDLE, 0.35, (_OLD, "Karanta kuma: {other_title}"), count=2),
            _f("hoto", MIDDLE, 0.3, (_OLD, "Hoto: {hoto}")),
            _f("batutuwa", FOOTER, 0.3, (_OLD, "Batutuwa: {alama_list}")),
            _f("raba", FOOTER, 0.3, (_OLD, "Ku raba wannan labari ga abokanku")),
            _f("zabe", FOOTER, 0.25, (_OLD, _FOLLOW_HA),
               ("2015-02-08", "🗳️ Zaɓe 2015: INEC ta ɗage zaɓen shugaban ƙasa da na 'yan "
                "majalisar tarayya zuwa 28 ga Maris."),
               ("2015-04-12", _FOLLOW_HA),
               ("2019-02-16", "🗳️ Zaɓe 2019: INEC ta ɗage zaɓen shugaban ƙasa da na 'yan "
                "majalisar tarayya zuwa 23 ga Fabrairu."),
               ("2019-03-10", _FOLLOW_HA),
               ("2020-03-30", "😷 Korona: ku zauna a gida, ku riƙa wanke hannuwanku. Layin NCDC "
                "kyauta: 0800 9700 0010.")),
            _f("sharhi", FOOTER, 0.3, (_OLD, "Sharhi ({count})"),
               ("2019-06-01", "Ra'ayoyin masu karatu nasu ne, ba na Muryar Kano ba. Za mu cire "
                "kalaman ɓatanci.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Muryar Kano. Duk haƙƙoƙi sun tabbata."),
               ("2018-06-01", "Muryar Kano · Titin Zoo, Kano · Waya: 0803 555 0143")),
        ),
    )


_FOLLOW_HT = "Swiv nou sou Facebook ak WhatsApp pou tout nouvèl Nò a."


def _kanaval(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    ash = _day(ASH_WEDNESDAY[y])
    sunday, tuesday = ash - dt.timedelta(days=3), ash - dt.timedelta(days=1)
    text = (f"🎭 Kanaval {y}: swiv defile yo an dirèk sou paj Facebook nou an, soti dimanch "
            f"{sunday.day} rive madi gra {tuesday.day} {_KREYOL_MONTHS[tuesday.month - 1]}.")
    return ((_day(ASH_WEDNESDAY[y], -10).isoformat(), text), (ash.isoformat(), _FOLLOW_HT))


def okap_style() -> PublisherStyle:
    """A Haitian Creole news site (Cap-Haïtien): a language switch, a section kicker, a
    gourde reference-rate strip, a French date turned "Mizajou:" with a dotted date, a "Pa"
    byline turned "Yon atik ... pou ...", "Piblisite", "Li tou", "Foto:" and audio inserts,
    a share prompt, a social line turned Kanaval notices before Ash Wednesday, a
    send-your-news line turned a "peyi lòk" schedule notice in late 2019 and a COVID-19
    line, a comment counter turned a comment rule, a rare update note, the copyright line
    turned an imprint with a Haitian phone."""
    news = "Voye nouvèl ou yo ban nou sou WhatsApp: +509 3455 0143"
    return PublisherStyle(
        domain="okapenfo.ht", site="Okap Enfo", base_size=540,
        subdomains=(("www.", 85), ("", 15)),
        sections=("nouvel", "politik", "ekonomi", "espo", "kilti", "sante"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "ribrik": ("Nouvèl", "Politik", "Ekonomi", "Espò", "Kilti", "Sante", "Dyaspora"),
            "to": ("💵 To referans BRH: 1 USD = 49,85 goud",
                   "💵 To referans BRH: 1 USD = 63,52 goud",
                   "💵 To referans BRH: 1 USD = 62,80 goud",
                   "💵 To referans BRH: 1 USD = 68,95 goud",
                   "💵 To referans BRH: 1 USD = 93,40 goud",
                   "💵 To referans BRH: 1 USD = 110,15 goud"),
            "jounalis": ("Wilner Jean-Baptiste", "Rose-Michelle Pierre", "Jean Robert Dorsainvil",
                         "Fabiola Saint-Fleur", "Kervens Joseph", "Nadège Charles"),
            "foto": ("Okap Enfo", "Achiv", "Rezo sosyal", "Meri Okap", "Polis Nasyonal"),
        },
        families=(
            _f("lang", HEADER, 0.2, (_OLD, "Kreyòl | Français")),
            _f("ribrik", HEADER, 0.3, (_OLD, "{ribrik}")),
            _f("to", HEADER, 0.15, (_OLD, "{to}")),
            _f("dat", HEADER, 0.85, (_OLD, "{date_fr} · {time}"),
               ("2019-07-01", "Mizajou: {date_de} a {time}")),
            _f("ote", HEADER, 0.6, (_OLD, "Pa {jounalis}"),
               ("2018-03-01", "Yon atik {jounalis} pou Okap Enfo")),
            _f("piblisite", MIDDLE, 0.45, (_OLD, "Piblisite"), count=2),
            _f("li", MIDDLE, 0.4, (_OLD, "Li tou: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("odyo", MIDDLE, 0.12, (_OLD, "🎧 Koute rapò a an odyo")),
            _f("pataje", FOOTER, 0.3, (_OLD, "Pataje atik sa a")),
            _f("kanaval", FOOTER, 0.25, (_OLD, _FOLLOW_HT),
               *(wording for y in YEARS for wording in _kanaval(y))),
            _f("peyilok", FOOTER, 0.2, (_OLD, news),
               ("2019-09-16", "Akòz sitiyasyon peyi lòk la, gen kèk emisyon ki ka pa pase lè yo "
                "konn pase. Mèsi paske nou konprann."),
               ("2019-12-01", news),
               ("2020-03-20", "😷 Koronaviris: lave men nou souvan, kenbe distans, epi rete "
                "lakay nou si nou malad.")),
            _f("komante", FOOTER, 0.3, (_OLD, "Kòmantè ({count})"),
               ("2019-05-01", "Se moun ki ekri kòmantè yo ki responsab sa yo di. Nou retire "
                "kòmantè ki gen jouman.")),
            _f("not", FOOTER, 0.05,
               (_OLD, "Nòt: atik sa a mete ajou ak dènye chif ofisyèl yo.")),
            _f("copyright", FOOTER, 0.7, (_OLD, "© {year} Okap Enfo. Tout dwa rezève."),
               ("2018-02-01", "Okap Enfo · Ri 17 B, Okap, Ayiti · +509 3455 0143")),
        ),
    )


def penhale_style() -> PublisherStyle:
    """A regional supermarket chain's product recall notices (Cornwall): a notice kind, a
    published date gaining its weekday and an update time, product details with batch codes
    (up to two), an allergen insert, a pack photo, a do-not-eat-and-refund rule reworded
    for lockdown in 2020, an apology, a no-other-products line, a where-it-was-sold block, a
    careline gaining live chat and then busy in 2020, a food-safety notification line, an
    alerts sign-up, a rare extended recall."""
    return PublisherStyle(
        domain="penhalestores.co.uk", site="Penhale Stores", base_size=470,
        subdomains=(("www.", 100),),
        sections=("recalls", "allergy-alerts", "customer-notices"),
        n_authors=2, url_path="/help/product-recalls/{slug}",
        pools={
            "kind": ("Product Recall", "Allergy Alert", "Precautionary Recall",
                     "Product Withdrawal", "Customer Notice"),
            "product": ("🛒 Penhale Stores Chicken & Bacon Pasta Salad · 220g · batch code "
                        "L1742 · all use-by dates",
                        "🛒 Penhale Stores Free From Chocolate Brownies · 4 pack · batch code "
                        "0319B · best before end of June",
                        "🛒 Penhale Stores Clotted Cream Fudge · 150g · batch code F2207 · all "
                        "best before dates",
                        "🛒 Penhale Stores Sweet Chilli Chicken Wrap · 185g · batch code W0488 · "
                        "use by dates up to and including 14 June",
                        "🛒 Penhale Stores Organic Houmous · 200g · batch code H3315 · all "
                        "use-by dates",
                        "🛒 Penhale Stores Vegetable Samosas · 6 pack · batch code S1129 · all "
                        "best before dates"),
            "allergen": ("⚠️ Allergen: milk. Not mentioned on the label.",
                         "⚠️ Allergen: peanuts. Not mentioned on the label.",
                         "⚠️ Allergen: sesame. Not mentioned on the label.",
                         "⚠️ Allergen: egg. Not mentioned on the label.",
                         "⚠️ Allergen: mustard. Not mentioned on the label.",
                         "⚠️ Allergen: cereals containing gluten (wheat). Not mentioned on the "
                         "label."),
            "stores": ("All Penhale Stores in Cornwall, Devon and the Isles of Scilly, and "
                       "online orders",
                       "Our stores in Truro, Falmouth, Helston and Penzance only",
                       "Our convenience stores and petrol station shops only",
                       "Online orders delivered between 2 and 9 June only"),
        },
        families=(
            _f("kind", HEADER, 0.4, (_OLD, "{kind}")),
            _f("published", HEADER, 0.8, (_OLD, "Published {date_dmy}"),
               ("2018-09-01", "{weekday} {date_dmy}, updated {time}")),
            _f("product", MIDDLE, 0.35, (_OLD, "{product}"), count=2),
            _f("allergen", MIDDLE, 0.25, (_OLD, "{allergen}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "📷 The affected product, front and back of pack.")),
            _f("action", FOOTER, 0.5,
               (_OLD, "If you have bought this product, please do not eat it. Return it to any "
                "Penhale Stores for a full refund; no receipt is needed."),
               ("2020-03-23", "If you have bought this product, please do not eat it. There is no "
                "need to make a special trip: bring it back on your next essential shop for a "
                "full refund.")),
            _f("apology", FOOTER, 0.45, (_OLD, "We apologise for any inconvenience this may "
                                               "cause.")),
            _f("other", FOOTER, 0.25, (_OLD, "No other Penhale Stores products are affected.")),
            _f("stores-head", FOOTER, 0.3, (_OLD, "Where it was sold")),
            _f("stores", FOOTER, 0.28, (_OLD, "{stores}")),
            _f("careline", FOOTER, 0.3,
               (_OLD, "Questions? Call our Customer Careline free on 0808 157 0143, Monday to "
                "Saturday 8am–8pm and Sunday 10am–4pm."),
               ("2019-05-01", "Questions? Call our Customer Careline free on 0808 157 0143, or "
                "use live chat on our website, 8am–8pm every day."),
               ("2020-03-23", "Our Careline is very busy. If you can, please use the contact "
                "form on our website; we’ll reply within 48 hours.")),
            _f("fsa", FOOTER, 0.35,
               (_OLD, "We have told the Food Standards Agency about this recall, and "
                "point-of-sale notices are displayed in the stores concerned.")),
            _f("alerts", FOOTER, 0.2,
               (_OLD, "Get recall and allergy alerts by email: sign up at "
                "penhalestores.co.uk/alerts.")),
            _f("extended", FOOTER, 0.05,
               (_OLD, "Update: this recall now covers a further batch code, listed above.")),
        ),
    )


_DIG_OFF = ("The excavation season is over. Finds are being washed, marked and catalogued, "
            "and we’ll post updates through the winter.")


def _season(y: int) -> tuple[tuple[str, str], ...]:
    if y == 2020:
        return (("2020-03-23", "The 2020 excavation is cancelled because of coronavirus. We "
                 "hope to be back on site in July 2021."),)
    start = _day(DIG_SEASON[y])
    end, open_day = start + dt.timedelta(days=26), start + dt.timedelta(days=19)
    text = (f"Excavation {y}: on site from {start.day} July to {end.day} {end:%B}, Monday to "
            f"Saturday. Open day: Saturday {open_day.day} July, 10am–4pm, free.")
    return ((f"{y}-05-01", text), ((end + dt.timedelta(days=1)).isoformat(), _DIG_OFF))


def coldlaw_style() -> PublisherStyle:
    """A community excavation's dig diary (Northumberland): a post kind, a posted date
    turned date-first with the writer's post, a trench line, small finds (up to two) and
    photos with credits (up to two), a heritage-fund line renamed on 30 January 2019, a
    season line from the first Monday of July with an open day (cancelled in 2020), a
    volunteer line closed in 2020, an access rule, a scheduled-monument warning, a
    finds-recording line, the partners line, a cite-this-post line with the post's own
    title."""
    return PublisherStyle(
        domain="coldlawhillfort.org.uk", site="Coldlaw Hillfort Project", base_size=420,
        subdomains=(("www.", 100),),
        sections=("dig-diary", "finds", "open-days", "post-excavation", "volunteers"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kind": ("Dig Diary", "Finds of the Week", "Open Days", "Post-Excavation",
                     "Volunteer News", "Winter Talks"),
            "beat": ("Site Director", "Finds Officer", "Trench Supervisor",
                     "Community Archaeologist", "Geophysics Volunteer"),
            "trench": ("📍 Trench 1 · Roundhouse 2 and its drip gully",
                       "📍 Trench 2 · The inner rampart",
                       "📍 Trench 3 · The east entrance",
                       "📍 Trench 4 · The outer ditch",
                       "📍 Trench 5 · A possible four-post granary"),
            "find": ("🔎 Small find SF112: a blue glass bead from the roundhouse floor, Trench 1",
                     "🔎 Small find SF087: part of a shale bracelet, Trench 1",
                     "🔎 Small find SF203: a rotary quern stone reused in the rampart, Trench 2",
                     "🔎 Small find SF156: a spindle whorl cut from a pot sherd, Trench 5",
                     "🔎 Small find SF241: a worn Roman coin of Constantine, Trench 4",
                     "🔎 Small find SF178: a flint scraper from the entrance, Trench 3"),
            "photo": ("📷 Volunteers sieving soil from the outer ditch. Photo: Coldlaw Hillfort "
                      "Project",
                      "📷 The rampart section after cleaning, with 1m scales. Photo: Coldlaw "
                      "Hillfort Project",
                      "📷 Drone view of the site at the end of week two. Photo: Coldlaw Hillfort "
                      "Project",
                      "📷 Planning the roundhouse wall trench. Photo: Coldlaw Hillfort Project"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted on {date_dmy} by {author}"),
               ("2018-04-01", "{date_dmy} · {author}, {author_beat}")),
            _f("trench", HEADER, 0.35, (_OLD, "{trench}")),
            _f("find", MIDDLE, 0.3, (_OLD, "{find}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "{photo}"), count=2),
            _f("lottery", FOOTER, 0.45,
               (_OLD, "Coldlaw Hillfort Project is supported by the Heritage Lottery Fund, "
                "thanks to National Lottery players."),
               ("2019-01-30", "Coldlaw Hillfort Project is supported by The National Lottery "
                "Heritage Fund, thanks to National Lottery players.")),
            _f("season", FOOTER, 0.3, (_OLD, _DIG_OFF),
               *(wording for y in YEARS for wording in _season(y))),
            _f("volunteer", FOOTER, 0.25,
               (_OLD, "No experience needed: anyone aged 16 or over can volunteer, for a day or "
                "the whole season. Book on our website."),
               ("2020-03-23", "Volunteer bookings are closed for 2020. We’ll open bookings for "
                "2021 in the spring.")),
            _f("access", FOOTER, 0.2,
               (_OLD, "The hillfort is on private farmland. Please keep to the waymarked path, "
                "close gates and keep dogs on a lead.")),
            _f("scheduled", FOOTER, 0.25,
               (_OLD, "The hillfort is a scheduled monument. Metal detecting or digging on it "
                "without consent is a criminal offence.")),
            _f("pas", FOOTER, 0.25,
               (_OLD, "Found an object somewhere else? Record it with your local Finds Liaison "
                "Officer of the Portable Antiquities Scheme.")),
            _f("partners", FOOTER, 0.3,
               (_OLD, "A community project with the Rede and Coquet Archaeology Society and "
                "the county’s Historic Environment Record.")),
            _f("cite", FOOTER, 0.15,
               (_OLD, "Cite this post: Coldlaw Hillfort Project ({year}), ‘{title}’, dig "
                "diary.")),
        ),
    )


_DONORS = "Donors who give three or more times a year are the backbone of our blood supply."


def _campaigns(y: int) -> tuple[tuple[str, str], ...]:
    labor = _day(LABOR_DAY[y])
    if y == 2020:
        summer = ("Summer 2020: many school and office blood drives are cancelled. Please "
                  f"book at a donor center through Labor Day, September {labor.day}.")
    else:
        summer = (f"☀️ Summer of Giving: every donor from July 1 through Labor Day, September "
                  f"{labor.day}, gets a Summer of Giving T-shirt.")
    return ((f"{y}-01-01", f"January is National Blood Donor Month: start {y} by giving "
             "blood."),
            (f"{y}-02-01", _DONORS), (f"{y}-07-01", summer),
            ((labor + dt.timedelta(days=1)).isoformat(), _DONORS))


def cascaderidge_style() -> PublisherStyle:
    """A community blood center's news (Washington State): a kind kicker, a long date turned
    a short date with the writer, a blood supply strip, blood drives (up to two), an
    eligibility line, a tattoo deferral shortened in April 2020, appointments only in 2020,
    a one-donation line turned antibody testing in 2020, campaigns each January and each
    summer until Labor Day, an accreditation line, an about block whose hospitals grow, a
    media contact, a rare correction."""
    return PublisherStyle(
        domain="cascaderidgeblood.org", site="Cascade Ridge Blood Center", base_size=370,
        subdomains=(("www.", 100),),
        sections=("news", "blood-drives", "donor-stories", "research", "press"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "kind": ("Donor News", "Blood Drives", "Patient Stories", "Research",
                     "Press Release"),
            "supply": ("🩸 Blood supply today: O− 1 day (critical) · O+ 2 days (low) · A+ 4 days "
                       "(stable)",
                       "🩸 Blood supply today: O− 2 days (low) · O+ 3 days (low) · A+ 5 days "
                       "(stable)",
                       "🩸 Blood supply today: O− 1 day (critical) · O+ 1 day (critical) · A+ 2 "
                       "days (low)",
                       "🩸 Blood supply today: O− 4 days (stable) · O+ 5 days (stable) · A+ 6 "
                       "days (stable)",
                       "🩸 Blood supply today: O− 2 days (low) · O+ 4 days (stable) · A+ 3 days "
                       "(low)"),
            "drive": ("📍 Blood drive: Wenatchee Valley College, Van Tassell Center, 10 a.m.–3 "
                      "p.m.",
                      "📍 Blood drive: Ellensburg Public Library community room, noon–5 p.m.",
                      "📍 Blood drive: Moses Lake Fire Station 1, 9 a.m.–2 p.m.",
                      "📍 Blood drive: Leavenworth Festhalle, 11 a.m.–4 p.m.",
                      "📍 Blood drive: Yakima Valley Mall, center court, 10 a.m.–6 p.m."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_long}"),
               ("2018-08-01", "{date_short} · By {author}")),
            _f("supply", HEADER, 0.3, (_OLD, "{supply}")),
            _f("drive", MIDDLE, 0.3, (_OLD, "{drive}"), count=2),
            _f("eligibility", FOOTER, 0.3,
               (_OLD, "Most healthy people 16 and older who weigh at least 110 pounds can give "
                "blood. Donors aged 16 need a signed parental consent form.")),
            _f("tattoo", FOOTER, 0.2,
               (_OLD, "Recent tattoo or piercing? Ask us first: you may need to wait 12 months "
                "before you give."),
               ("2020-04-02", "Recent tattoo or piercing? Under updated FDA guidance, the wait is "
                "now three months.")),
            _f("appointment", FOOTER, 0.35,
               (_OLD, "Make an appointment online or call 1-800-555-0143. Walk-ins are welcome "
                "at our donor centers."),
               ("2020-03-18", "Giving blood is an essential activity. To keep donors safe we "
                "take appointments only: book online or call 1-800-555-0143.")),
            _f("testing", FOOTER, 0.2,
               (_OLD, "One donation can help as many as three patients in our local "
                "hospitals."),
               ("2020-06-15", "Every donation is now tested for COVID-19 antibodies; your result "
                "appears in your donor portal within two weeks.")),
            _f("campaign", FOOTER, 0.25, (_OLD, _DONORS),
               *(wording for y in YEARS for wording in _campaigns(y))),
            _f("aabb", FOOTER, 0.3,
               (_OLD, "Accredited by AABB and licensed by the U.S. Food and Drug "
                "Administration.")),
            _f("about-head", FOOTER, 0.3, (_OLD, "About Cascade Ridge Blood Center")),
            _f("about", FOOTER, 0.28,
               (_OLD, "Cascade Ridge Blood Center is an independent, nonprofit community blood "
                "center supplying 34 hospitals in central Washington."),
               ("2019-01-01", "Cascade Ridge Blood Center is an independent, nonprofit "
                "community blood center supplying 38 hospitals in central Washington and "
                "northern Oregon.")),
            _f("media", FOOTER, 0.2,
               (_OLD, "Media contact: Jenna Ruiz, Communications Manager, 509-555-0177.")),
            _f("correction", FOOTER, 0.04,
               (_OLD, "This post was updated to correct the date of a blood drive.")),
        ),
    )


def _allowance(y: int) -> str:
    allowance, threshold = ALLOWANCES[y]
    return (f"Tax year {y}/{(y + 1) % 100:02d}: personal allowance {allowance}, higher-rate "
            f"threshold {threshold}.")


def severnvale_style() -> PublisherStyle:
    """A district society of chartered accountants' technical updates (Gloucestershire): a
    kind kicker, a date turned date-first with the writer's post, an event insert, a
    key-dates block, the personal allowance each tax year from 6 April, VAT thresholds then
    Making Tax Digital and a VAT deferral in 2020, a CPD line, a disclaimer, breakfast
    briefings moved online in 2020, the district society line, a membership line, a
    LinkedIn line."""
    return PublisherStyle(
        domain="severnvalesca.org.uk", site="Severn Vale Society of Chartered Accountants",
        base_size=320, subdomains=(("www.", 100),),
        sections=("technical", "tax", "audit", "practice", "events", "members"),
        n_authors=4, url_path="/news/{yyyy}/{slug}",
        pools={
            "kind": ("Technical Update", "Tax", "Audit and Assurance", "Practice Management",
                     "Events", "Members’ News"),
            "beat": ("Tax Partner", "Technical Committee Chair", "Audit Manager",
                     "Payroll Specialist", "Society President"),
            "event": ("📅 Next event: Budget breakfast briefing, Kingsmead Hotel, Gloucester",
                      "📅 Next event: Charities SORP update, Hereford Cathedral conference "
                      "centre",
                      "📅 Next event: Annual dinner, Cheltenham Racecourse",
                      "📅 Next event: Payroll year-end workshop, online",
                      "📅 Next event: Students’ quiz night, The Fleece, Cirencester"),
            "dates": ("31 January: online Self Assessment returns and balancing payments due",
                      "5 April: the last day of the tax year",
                      "31 July: second payment on account due",
                      "5 October: deadline to register for Self Assessment",
                      "31 October: paper Self Assessment returns due",
                      "19th of each month: PAYE and NIC payments due (22nd if paid "
                      "electronically)"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-10-01", "{date_dmy} · {author}, {author_beat}")),
            _f("event", MIDDLE, 0.2, (_OLD, "{event}")),
            _f("dates-head", FOOTER, 0.3, (_OLD, "Key dates")),
            _f("dates", FOOTER, 0.28, (_OLD, "{dates}")),
            _f("allowance", FOOTER, 0.2, (_OLD, _allowance(2014)),
               *((f"{y}-04-06", _allowance(y)) for y in YEARS)),
            _f("vat", FOOTER, 0.2,
               (_OLD, "The VAT registration threshold is £81,000 from 1 April 2014."),
               ("2015-04-01", "The VAT registration threshold is £82,000 from 1 April 2015."),
               ("2016-04-01", "The VAT registration threshold is £83,000 from 1 April 2016."),
               ("2017-04-01", "The VAT registration threshold is £85,000 from 1 April 2017."),
               ("2019-04-01", "Making Tax Digital for VAT: from 1 April 2019, businesses above "
                "the £85,000 threshold must keep digital records and file through software."),
               ("2020-03-20", "VAT payments due between 20 March and 30 June 2020 can be "
                "deferred until 31 March 2021, without interest or penalties.")),
            _f("cpd", FOOTER, 0.3,
               (_OLD, "Reading and reflecting on this update can count towards your CPD: "
                "record it in your CPD log.")),
            _f("disclaimer", FOOTER, 0.35,
               (_OLD, "This update is for general information only and is not a substitute for "
                "professional advice. No responsibility is accepted for loss caused by acting "
                "on it.")),
            _f("venue", FOOTER, 0.2,
               (_OLD, "Breakfast briefings start at 7.30am at the Kingsmead Hotel, Gloucester, "
                "and count as verifiable CPD. Book online or call 0117 496 0390."),
               ("2020-03-16", "All our events have moved online until further notice. Joining "
                "links are emailed the day before.")),
            _f("district", FOOTER, 0.3,
               (_OLD, "Severn Vale Society of Chartered Accountants is a district society of "
                "ICAEW, serving members in Gloucestershire and Herefordshire.")),
            _f("membership", FOOTER, 0.2,
               (_OLD, "Membership is free for ICAEW members and students who live or work in "
                "the area.")),
            _f("linkedin", FOOTER, 0.15,
               (_OLD, "Follow us on LinkedIn for technical news between bulletins.")),
        ),
    )


def _enroll() -> tuple[tuple[str, str], ...]:
    def opening(y: int) -> str:
        return f"Enrollment for Summer {y} is open! Early-bird tuition ends November 1."

    def spaces(y: int) -> str:
        return f"Summer {y}: spaces remain in some sessions. Call the camp office to check."

    out = [(_OLD, spaces(2015))]
    for y in YEARS:
        if y == 2020:
            out.append(("2020-05-15", "Summer 2020 is cancelled. Families can roll tuition "
                        "over to 2021 or take a full refund."))
        out += [(f"{y}-09-15", opening(y + 1)), (f"{y}-11-02", spaces(y + 1))]
    return tuple(out)


_WINTER_OFFICE = "Winter office: 617-555-0143, Monday to Friday, 9 a.m. to 5 p.m."


def _office() -> tuple[tuple[str, str], ...]:
    summer = "Summer office at camp: 603-555-0176, every day from 8 a.m. to 9 p.m."
    out = [(_OLD, _WINTER_OFFICE)]
    for y in YEARS:
        if y != 2020:
            out += [(f"{y}-06-01", summer), (f"{y}-08-25", _WINTER_OFFICE)]
    return tuple(out)


def birchhollow_style() -> PublisherStyle:
    """A summer camp's blog (New Hampshire): a kind kicker, a short date turned a weekday
    long date with the writer's post, photo captions (up to two) and a parent-portal
    insert, enrollment each September (summer 2020 cancelled), tuition raised twice, a
    summer office from June to August (none in 2020), a screen-free rule, a mailing
    address block, the accreditation line, a welcome line, a rare lost-property line."""
    return PublisherStyle(
        domain="campbirchhollow.com", site="Camp Birch Hollow", base_size=280,
        subdomains=(("www.", 100),),
        sections=("director", "camp-life", "alumni", "staff", "families"),
        n_authors=3, url_path="/blog/{slug}",
        pools={
            "kind": ("From the Director", "Camp Life", "Alumni", "Staff Corner",
                     "Family Info"),
            "beat": ("Camp Director", "Assistant Director", "Waterfront Director",
                     "Alumni Coordinator"),
            "caption": ("📷 Cabin 7 paddling out for the overnight on Chocorua Lake.",
                        "📷 Saturday night campfire at the point.",
                        "📷 Swim tests on the first morning at the waterfront.",
                        "📷 Senior campers on the summit of Mount Chocorua.",
                        "📷 Tie-dye day at the arts and crafts barn."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted {date_short}"),
               ("2019-02-01", "{weekday}, {date_long} · by {author}, {author_beat}")),
            _f("caption", MIDDLE, 0.3, (_OLD, "{caption}"), count=2),
            _f("portal", MIDDLE, 0.12,
               (_OLD, "📸 More photos are in the parent portal, updated every evening in "
                "summer.")),
            _f("enroll", FOOTER, 0.3, *_enroll()),
            _f("tuition", FOOTER, 0.2,
               (_OLD, "Tuition: $5,600 for four weeks, $3,100 for two weeks. Financial aid is "
                "available."),
               ("2017-09-15", "Tuition: $5,950 for four weeks, $3,300 for two weeks. Financial "
                "aid is available."),
               ("2019-09-15", "Tuition: $6,300 for four weeks, $3,450 for two weeks. Financial "
                "aid is available.")),
            _f("office", FOOTER, 0.25, *_office()),
            _f("screens", FOOTER, 0.25,
               (_OLD, "Camp is screen-free: phones, tablets and smartwatches stay at home. "
                "Campers write letters instead.")),
            _f("mail-head", FOOTER, 0.3, (_OLD, "Write to your camper")),
            _f("mail", FOOTER, 0.28,
               (_OLD, "Camper’s name and cabin · Camp Birch Hollow · 112 Birch Hollow Road · "
                "Tamworth, NH 03886")),
            _f("aca", FOOTER, 0.3, (_OLD, "Accredited by the American Camp Association.")),
            _f("welcome", FOOTER, 0.2,
               (_OLD, "We welcome campers of every race, religion, national origin, gender and "
                "ability.")),
            _f("lost", FOOTER, 0.05,
               (_OLD, "Lost and found: anything still at camp on September 15 is donated.")),
        ),
    )


def trailglow_style() -> PublisherStyle:
    """A hardware start-up's crowdfunding backer updates (bike lights): an update kind, a
    creator byline turned a long date with the writer's post, a greeting, production
    status (in order) and factory photos (up to two), a shipping line turned US tariffs in
    September 2019, a factory delay and slow shipping in 2020, late pledges turned
    pre-orders and then a survey reminder, a support line, a warranty line, a VAT line, a
    sign-off, a rare correction."""
    return PublisherStyle(
        domain="trailglow.co", site="Trailglow", base_size=240,
        subdomains=(("www.", 70), ("blog.", 30)),
        sections=("updates", "production", "shipping", "announcements"),
        n_authors=3, url_path="/updates/{slug}",
        pools={
            "kind": ("Backer Update", "Production Update", "Shipping Update",
                     "Behind the Scenes", "Announcement"),
            "beat": ("Co-founder & CEO", "Head of Hardware", "Operations Lead",
                     "Community Manager"),
            "status": ("Progress: ✅ Design · 🔄 Tooling · ⏳ Samples · ⏳ Certification · ⏳ "
                       "Mass production",
                       "Progress: ✅ Design · ✅ Tooling · 🔄 Samples · ⏳ Certification · ⏳ "
                       "Mass production",
                       "Progress: ✅ Design · ✅ Tooling · ✅ Samples · 🔄 Certification · ⏳ "
                       "Mass production",
                       "Progress: ✅ Design · ✅ Tooling · ✅ Samples · ✅ Certification · 🔄 "
                       "Mass production",
                       "Progress: ✅ Design · ✅ Tooling · ✅ Samples · ✅ Certification · ✅ "
                       "Mass production"),
            "photo": ("📷 Golden samples from the second moulding run.",
                      "📷 Beam pattern test on the factory’s dark range.",
                      "📷 Packaging proofs, with the new mount in the tray.",
                      "📷 Waterproofing test: thirty minutes at one metre.",
                      "📷 The first pallet of finished lights ready for the freight forwarder."),
        },
        families=(
            _f("kind", HEADER, 0.4, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted by {author} (Creator) · {date_short}"),
               ("2019-06-01", "{date_long} · {author}, {author_beat}")),
            _f("hello", HEADER, 0.35, (_OLD, "Hello backers! Here’s the latest from our "
                                             "team.")),
            _f("status", MIDDLE, 0.3, (_OLD, "{status}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "{photo}"), count=2),
            _f("shipping", FOOTER, 0.3,
               (_OLD, "Shipping is free to the US, Canada, the UK, the EU and Australia."),
               ("2019-09-01", "New US tariffs on goods made in China took effect on 1 September. "
                "US orders now carry a 15% surcharge; other countries are not affected."),
               ("2020-02-10", "Our factory in Dongguan is reopening later than planned after "
                "Chinese New Year because of the coronavirus. Expect delays; we’ll keep you "
                "posted."),
               ("2020-05-01", "Shipping is running again, but carriers are slow: please allow up "
                "to four weeks for delivery.")),
            _f("pledge", FOOTER, 0.25,
               (_OLD, "Missed the campaign? Late pledges are open in our pledge manager."),
               ("2017-11-01", "Pre-order on trailglow.co: backers keep their campaign price on "
                "add-ons."),
               ("2019-04-15", "Please answer your survey in the pledge manager so we can lock in "
                "your address and colour.")),
            _f("support", FOOTER, 0.3,
               (_OLD, "Questions about your pledge? Email support@trailglow.co and include your "
                "backer number.")),
            _f("warranty", FOOTER, 0.2,
               (_OLD, "Every light has a two-year warranty and a 30-day return window.")),
            _f("vat", FOOTER, 0.15,
               (_OLD, "EU backers: VAT is collected in the pledge manager, so there is nothing "
                "more to pay on delivery.")),
            _f("signoff", FOOTER, 0.45,
               (_OLD, "Ride safe, and thank you for backing us! The Trailglow team")),
            _f("correction", FOOTER, 0.05,
               (_OLD, "Correction: the EU shipping window in our last update should have read "
                "May, not April.")),
        ),
    )


_DATES_FILLING = "Dates for next year are filling fast: ask us about availability."


def _open_day(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    day = _day(OPEN_DAY[y])
    text = (f"💐 Wedding open day: Sunday {day.day} January {y}, 11am–3pm. No need to book, "
            "just come along.")
    return ((f"{y - 1}-12-01", text), ((day + dt.timedelta(days=1)).isoformat(), _DATES_FILLING))


def hollinsbury_style() -> PublisherStyle:
    """A barn wedding venue's blog (the Cotswolds): a kind kicker, a date turned a weekday
    date with the writer's post, a couple line, photography credits (up to two), a
    suppliers block, show rounds paused and restarted in 2020, guest numbers through the
    2020 rules, an open day on the third Sunday of January, a licence line opened to
    civil partnerships for all couples in December 2019, an exclusive-use line, an award
    won twice, a confetti rule."""
    return PublisherStyle(
        domain="hollinsburybarn.co.uk", site="Hollinsbury Barn", base_size=200,
        subdomains=(("www.", 100),),
        sections=("real-weddings", "news", "suppliers", "planning", "open-days"),
        n_authors=3, url_path="/blog/{slug}",
        pools={
            "kind": ("Real Weddings", "Venue News", "Supplier Spotlight", "Planning Tips",
                     "Open Days"),
            "beat": ("Wedding Coordinator", "Venue Manager", "Head Chef", "Events Assistant"),
            "couple": ("💍 Sophie & Tom · a June wedding in the Orchard Room",
                       "💍 Priya & Daniel · a two-day celebration in August",
                       "💍 Hannah & Chloe · a winter wedding by candlelight",
                       "💍 Megan & Josh · an autumn barn wedding",
                       "💍 Aisha & Ben · a spring ceremony under the old oak"),
            "credit": ("📷 Images: Lucy Marsh Photography",
                       "📷 Images: Ashdown & Fern",
                       "📷 Images: Tom Kettering Photography",
                       "📷 Images: The Painted Meadow Studio"),
            "suppliers": ("Flowers: Wild Nettle Florals · Cake: The Crumb Room · Band: The "
                          "Swingtones",
                          "Flowers: Hedgerow & Bloom · Cake: Maisie’s Bakes · DJ: Nightjar "
                          "Events",
                          "Flowers: The Cotswold Flower Barn · Cake: Sugar & Slate · Band: "
                          "Velvet Tuesday",
                          "Flowers: Blossom by Beth · Cake: The Village Baker · Ceilidh: The "
                          "Hayloft Band"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-02-01", "{weekday} {date_dmy} · {author}, {author_beat}")),
            _f("couple", HEADER, 0.3, (_OLD, "{couple}")),
            _f("credit", MIDDLE, 0.3, (_OLD, "{credit}"), count=2),
            _f("suppliers-head", FOOTER, 0.3, (_OLD, "The suppliers")),
            _f("suppliers", FOOTER, 0.28, (_OLD, "{suppliers}")),
            _f("showround", FOOTER, 0.3,
               (_OLD, "Show rounds are by appointment, seven days a week: call 01632 960 481."),
               ("2020-03-23", "Show rounds are paused, but we’re happy to give you a video tour "
                "on Zoom or FaceTime."),
               ("2020-07-04", "Show rounds have restarted, by appointment and with social "
                "distancing: call 01632 960 481.")),
            _f("guests", FOOTER, 0.25,
               (_OLD, "The Barn seats up to 160 for the wedding breakfast and 200 for the "
                "evening."),
               ("2020-03-23", "Weddings are postponed while lockdown lasts. We’ll move your date "
                "free of charge."),
               ("2020-07-04", "Weddings can go ahead again for up to 30 guests, with a seated "
                "meal and social distancing."),
               ("2020-09-28", "From 28 September, weddings in England are limited to 15 "
                "guests."),
               ("2020-11-05", "Weddings are paused during the national lockdown until 2 "
                "December."),
               ("2020-12-02", "From 2 December, weddings of up to 15 guests can go ahead "
                "again.")),
            _f("openday", FOOTER, 0.25, (_OLD, _DATES_FILLING),
               *(wording for y in YEARS for wording in _open_day(y))),
            _f("licence", FOOTER, 0.2,
               (_OLD, "Licensed for civil ceremonies and civil partnerships in the Barn and "
                "the Orchard Room."),
               ("2019-12-02", "Licensed for civil ceremonies and civil partnerships. From 31 "
                "December 2019, civil partnerships are open to opposite-sex couples too.")),
            _f("exclusive", FOOTER, 0.25,
               (_OLD, "Exclusive use: one wedding a day, from 10am until midnight.")),
            _f("awards", FOOTER, 0.2,
               (_OLD, "Follow us on Instagram for real weddings and venue news."),
               ("2017-10-20", "🏆 Winner, Best Barn Venue, Cotswold Wedding Awards 2017"),
               ("2018-10-19", "🏆 Winner, Best Barn Venue, Cotswold Wedding Awards 2017 and "
                "2018")),
            _f("confetti", FOOTER, 0.15,
               (_OLD, "Biodegradable petal confetti only, please: no rice, glitter or sky "
                "lanterns.")),
        ),
    )


def heldout21_styles() -> list[PublisherStyle]:
    """The held-back-21 styles, in the order the generator hands them to publishers."""
    return [
        teeram_style(), tynys_style(), multan_style(), kano_style(), okap_style(),
        penhale_style(), coldlaw_style(), cascaderidge_style(), severnvale_style(),
        birchhollow_style(), trailglow_style(), hollinsbury_style(),
    ]
