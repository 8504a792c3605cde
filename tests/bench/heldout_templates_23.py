"""The twenty-third held-back template set (``held-back-23``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a clean unseen test, after the twenty-second
held-back set (`tests.bench.heldout_templates_22`, written and never run, but slightly
compromised: a developer saw its five read-also labels). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read, beyond the slot
names the earlier sets' modules and `tests.bench.planted_real` show) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping
any line to pass or to fail a detector: the families are what real sites of these kinds
print, from general knowledge of them. All wording is original; none is copied from the
data, from the tuning styles or from the first twenty-two held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-26):** its first, unseen run scored 95.93% boilerplate removed (a34cb6c;
the session-start code b818ac2: 94.92%); its misses are now studied, so it is no longer
unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): an Odia-language news site
(Cuttack), a Sinhala-language regional news site (Kandy), an isiZulu-language city news site
(Pietermaritzburg), a Faroese-language island weekly's site (Sandoy), a Samoan-language news
site (Savaiʻi), a surf life saving club's news (Queensland), a caravan and camping park's
blog (Pembrokeshire), a brass band's news (West Yorkshire), a community pharmacy's health
advice pages (County Down), a parish council's news (Suffolk), an equestrian center's barn
news (Kentucky) and a farm shop's news (Kent). None of these kinds or languages is in an
earlier held-back set, and Odia script is new.

Variation: dates in several formats (an Odia place-and-date dateline turned a weekday long
date; a Sinhala ISO date turned a "last updated" line; an isiZulu "Kushicilelwe:" line
turned an ISO date in SAST; Faroese dotted dates with "kl.", later "Dagført"; a Samoan
"Lomiga:" line turned "Faafouina:"; a club breadcrumb and a byline turned a weekday date; a
WordPress "This entry was posted in" footer turned a short one; a kicker and date on one
line; a reviewed-by line with a "Page last reviewed" footer; a parish date with the
officer's post; US long dates with and without weekdays; a farm shop's bare weekday date),
bylines of many shapes (an Odia correspondent turned name and bureau, a Sinhala place and
reporter in brackets turned a label, "Ngu-" turned "Intatheli:", "Tekstur:" turned
"Tekstur og myndir:", "Tusia e" turned name and village), notices reworded in 2015-2020 (a
comment counter turned an email address, a moderation rule, closed comments, a login rule
and a respect rule; copyright lines turned imprints; Odisha's 2019 election in four phases,
Cyclone Fani and a COVID-19 line with the 104 helpline; Sri Lanka's 2019 presidential
election and the 2020 parliamentary election postponed twice; South Africa's 2016 local and
2019 national elections and a COVID-19 line with the 0800 029 999 hotline; two Danish and
two Faroese elections and a corona line; Samoa's 2016 election, the 2019 measles state of
emergency and the 2020 COVID-19 one; a surf club's activities suspended and resumed in
2020; a caravan park closed, reopened in stages and closed for Wales's firebreak in 2020;
band rehearsals suspended and restarted outdoors; pharmacy shop rules in 2020 and face
coverings from 10 August 2020; parish meetings held remotely from April 2020 and a GDPR
privacy notice from 25 May 2018; the Kentucky Derby moved to 5 September 2020; a farm
shop's card-only rule and booked pick-your-own slots in 2020; tariffs, lesson prices and a
band's vacancies that change; a parish clerk replaced), notices that follow a calendar
(Utkal Divas each 1 April with its count in Odia numerals; Rath Yatra on its lunar date in
Odia numerals, without devotees in 2020; Vesak on its full moon with the Buddhist era
year, at home in 2020; Freedom Day each 27 April with its count; Ólavsøka each 29 July,
cancelled in 2020; Samoa's Independence Day each 1 June with its count; a surf club's
membership year from 1 July; a caravan park's season from 1 March to 31 October; Whit
Friday marches (Easter plus 54 days), cancelled in 2020; flu vaccinations each October;
Christmas hours each December; parish council meetings on the second Tuesday of each month
but August; the parish precept each April; Derby Day on the first Saturday of May; summer
camp from the first Monday of June; pick-your-own opening on a Saturday in June; Christmas
orders each November), names at the start of lines, in brackets or after a label (Odia,
Sinhala, Zulu, Faroese and Samoan names, staff with their posts), the article's own title
(a WordPress reply heading) and other articles' titles (Odia, Sinhala, isiZulu, Faroese,
Samoan and English previous-post links), amounts (temperatures in Odia numerals, gold
prices per sovereign, rand and tala exchange rates, load-shedding stages, ferry times, wind
speeds, patrol statistics, walk lengths, pitch tariffs, contest placings, a precept and its
Band D charge, ribbons and placings, lesson prices), phone numbers in seven countries'
formats, multi-line blocks (Nippers times, a booking block, a band's diary, opening hours,
a clerk's contacts, a farm shop's address), mid-body inserts (some up to two or three
times), bare lines (Odia, Sinhala, isiZulu, Faroese and Samoan ad labels, a video prompt,
language switches, breadcrumbs, block headings), Odia script with Odia numerals, Sinhala
script with its joiners, isiZulu, Faroese with ð and ø, Samoan with the ʻokina, symbols and
emoji where such sites use them, and families in only 3-6% of articles (an Odia breaking
kicker, a Sinhala hot-news kicker, an isiZulu correction, a Faroese correction, a Samoan
correction, new lifesaving awards, a coast path update, a polling-station notice, a stock
update, an amended notice, a farrier day and a sold-out notice) beside ones in nearly all.
Renamed variants of a style keep the lines that do not name the site, so sister sites share
a network footer (a fake-news warning, a disaster hotline line, a press code line, an
islands line, a media council line, a swim-between-the-flags line, a dog rule, a band
association line, a disclaimer, a reporting line, a helmet rule, a local produce line).
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
# Rath Yatra at Puri: Ashadha Shukla Dwitiya, on the Hindu lunisolar calendar.
RATH_YATRA = {2015: "2015-07-18", 2016: "2016-07-06", 2017: "2017-06-25",
              2018: "2018-07-14", 2019: "2019-07-04", 2020: "2020-06-23"}
# Vesak full moon poya day in Sri Lanka; the Buddhist era year (CE + 544) turns on it.
VESAK = {2015: "2015-05-03", 2016: "2016-05-21", 2017: "2017-05-10", 2018: "2018-04-29",
         2019: "2019-05-18", 2020: "2020-05-07"}
# Western Easter Sunday: Whit Friday (the Saddleworth brass band marches) is 54 days later.
EASTER = {2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16", 2018: "2018-04-01",
          2019: "2019-04-21", 2020: "2020-04-12"}
# The Kentucky Derby: the first Saturday of May, moved to 5 September in 2020.
DERBY_DAY = {2015: "2015-05-02", 2016: "2016-05-07", 2017: "2017-05-06", 2018: "2018-05-05",
             2019: "2019-05-04", 2020: "2020-09-05"}
# Pick-your-own opening day: the Saturday in June the farm chose, as the fruit allowed.
PYO_OPEN = {2015: "2015-06-06", 2016: "2016-06-11", 2017: "2017-06-03", 2018: "2018-06-09",
            2019: "2019-06-15", 2020: "2020-06-06"}
# A parish precept (pounds) by financial year (from 1 April) and its tax base (Band D
# equivalent properties).
PRECEPT = {2014: 16_800, 2015: 17_400, 2016: 18_100, 2017: 18_900, 2018: 19_800,
           2019: 20_600, 2020: 21_500}
TAX_BASE = 524

ODIA_DIGITS = "୦୧୨୩୪୫୬୭୮୯"
ODIA_MONTHS = ("ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଏପ୍ରିଲ", "ମେ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ",
               "ସେପ୍ଟେମ୍ବର", "ଅକ୍ଟୋବର", "ନଭେମ୍ବର", "ଡିସେମ୍ବର")


def _odia(n: int | str) -> str:
    """`n` in Odia numerals (other characters kept)."""
    return "".join(ODIA_DIGITS[int(c)] if c.isdigit() else c for c in str(n))


def _odia_date(day: dt.date) -> str:
    return f"{_odia(day.day)} {ODIA_MONTHS[day.month - 1]} {_odia(day.year)}"


def whit_friday(y: int) -> dt.date:
    return _day(EASTER[y], 54)


def second_tuesday(y: int, m: int) -> dt.date:
    first = dt.date(y, m, 1)
    return first + dt.timedelta(days=(1 - first.weekday()) % 7 + 7)


def first_monday_of_june(y: int) -> dt.date:
    first = dt.date(y, 6, 1)
    return first + dt.timedelta(days=(0 - first.weekday()) % 7)


_APP_OR = "📲 ମହାନଦୀ ଖବର ଆପ୍ ଡାଉନଲୋଡ୍ କରନ୍ତୁ"


def _utkal(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    text = f"🎉 {_odia(y - 1935)}ତମ ଉତ୍କଳ ଦିବସ ଅବସରରେ ସମସ୍ତ ଓଡ଼ିଆଙ୍କୁ ହାର୍ଦ୍ଦିକ ଶୁଭେଚ୍ଛା"
    if y == 2020:
        text += " · ଘରେ ରୁହନ୍ତୁ, ସୁରକ୍ଷିତ ରୁହନ୍ତୁ"
    return ((f"{y}-03-30", text), (f"{y}-04-02", _APP_OR))


_SRIMANDIR = "🙏 ଶ୍ରୀମନ୍ଦିରର ପ୍ରତିଦିନର ଖବର ପାଇଁ ଆମ ଧର୍ମ ପୃଷ୍ଠା ଦେଖନ୍ତୁ"


def _ratha() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _SRIMANDIR)]
    for y in YEARS:
        day = _day(RATH_YATRA[y])
        if y == 2020:
            text = f"🙏 ରଥଯାତ୍ରା {_odia_date(day)}: ଏଥର ଭକ୍ତଙ୍କ ବିନା, ଘରେ ବସି ସିଧାପ୍ରସାରଣ ଦେଖନ୍ତୁ"
        else:
            text = f"🙏 ରଥଯାତ୍ରା {_odia_date(day)}: ବଡ଼ଦାଣ୍ଡରୁ ସିଧାପ୍ରସାରଣ ଦେଖନ୍ତୁ"
        out += [((day - dt.timedelta(days=5)).isoformat(), text),
                ((day + dt.timedelta(days=2)).isoformat(), _SRIMANDIR)]
    return tuple(out)


def mahanadi_style() -> PublisherStyle:
    """An Odia-language news site (Cuttack): a rare breaking kicker, a section kicker, a
    weather strip in Odia numerals, a place-and-date dateline turned a weekday long date, a
    correspondent byline turned name and bureau, "ବିଜ୍ଞାପନ" (up to three times), "ଆହୁରି
    ପଢନ୍ତୁ", photo and video inserts, a share prompt, an app line turned Utkal Divas
    greetings each 1 April with the count (stay home in 2020), a temple line turned Rath
    Yatra on its lunar date (without devotees in 2020), an e-paper line turned the 2019
    election's four phases, Cyclone Fani and a COVID-19 line with the 104 helpline, a
    comment counter turned an email address, a fake-news warning, the copyright line turned
    an imprint with a Cuttack PIN code and phone."""
    epaper = "📰 ମହାନଦୀ ଖବର ଇ-ପେପର ପଢନ୍ତୁ, ପ୍ରତିଦିନ ସକାଳ ୬ଟାରୁ"
    return PublisherStyle(
        domain="mahanadikhabar.com", site="ମହାନଦୀ ଖବର", base_size=880,
        subdomains=(("www.", 75), ("m.", 25)),
        sections=("odisha", "bhubaneswar", "cuttack", "politics", "sports", "entertainment",
                  "business"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={
            "bibhaga": ("ଓଡ଼ିଶା", "ରାଜ୍ୟ", "ଜାତୀୟ", "ଖେଳ", "ମନୋରଞ୍ଜନ", "ବାଣିଜ୍ୟ", "ଅପରାଧ"),
            "paga": ("🌡️ ଭୁବନେଶ୍ୱର ୩୮° · କଟକ ୩୯° · ପୁରୀ ୩୩°", "🌡️ ଭୁବନେଶ୍ୱର ୩୧° · କଟକ ୩୨° · ପୁରୀ ୩୦°",
                     "🌡️ ଭୁବନେଶ୍ୱର ୨୭° · କଟକ ୨୮° · ପୁରୀ ୨୯°", "🌡️ ଭୁବନେଶ୍ୱର ୪୨° · କଟକ ୪୩° · ପୁରୀ ୩୫°",
                     "🌡️ ଭୁବନେଶ୍ୱର ୩୪° · କଟକ ୩୫° · ପୁରୀ ୩୨°"),
            "sambadadata": ("ସୁଧାଂଶୁ ମହାପାତ୍ର", "ପ୍ରିୟଙ୍କା ଦାସ", "ଅଭିଷେକ ପଟ୍ଟନାୟକ", "ଲିପିକା ସାହୁ",
                            "ସଞ୍ଜୟ ମିଶ୍ର", "ରଶ୍ମିତା ବେହେରା"),
            "sthana": ("ଭୁବନେଶ୍ୱର", "କଟକ", "ପୁରୀ", "ସମ୍ବଲପୁର", "ବ୍ରହ୍ମପୁର", "ବାଲେଶ୍ୱର"),
            "photo": ("ମହାନଦୀ ଖବର", "ଫାଇଲ ଫଟୋ", "ସୋସିଆଲ ମିଡିଆ", "ଏଜେନ୍ସି",
                      "ସୂଚନା ଓ ଲୋକସମ୍ପର୍କ ବିଭାଗ"),
        },
        families=(
            _f("breaking", HEADER, 0.04, (_OLD, "🔴 ବ୍ରେକିଂ ନ୍ୟୁଜ୍")),
            _f("bibhaga", HEADER, 0.3, (_OLD, "{bibhaga}")),
            _f("paga", HEADER, 0.15, (_OLD, "{paga}")),
            _f("dateline", HEADER, 0.85, (_OLD, "{sthana}, {date_dmy}"),
               ("2019-01-15", "{weekday}, {date_long} | {time12}")),
            _f("byline", HEADER, 0.6, (_OLD, "ସମ୍ବାଦଦାତା: {sambadadata}"),
               ("2018-08-01", "{sambadadata} | ମହାନଦୀ ଖବର ବ୍ୟୁରୋ")),
            _f("bigyapana", MIDDLE, 0.45, (_OLD, "ବିଜ୍ଞାପନ"), count=3),
            _f("padhantu", MIDDLE, 0.4, (_OLD, "ଆହୁରି ପଢନ୍ତୁ: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "ଫଟୋ: {photo}")),
            _f("video", MIDDLE, 0.12, (_OLD, "▶️ ଭିଡିଓ ଦେଖନ୍ତୁ")),
            _f("share", FOOTER, 0.3, (_OLD, "ଖବରଟିକୁ ସାଙ୍ଗମାନଙ୍କ ସହ ଶେୟାର କରନ୍ତୁ")),
            _f("utkal", FOOTER, 0.25, (_OLD, _APP_OR),
               *(wording for y in YEARS for wording in _utkal(y))),
            _f("ratha", FOOTER, 0.2, *_ratha()),
            _f("nirbachana", FOOTER, 0.2, (_OLD, epaper),
               ("2019-03-11", "🗳️ ଓଡ଼ିଶାରେ ଚାରି ପର୍ଯ୍ୟାୟରେ ଭୋଟ: ଏପ୍ରିଲ ୧୧, ୧୮, ୨୩ ଓ ୨୯ · ଗଣତି ମେ ୨୩"),
               ("2019-05-01", "🌀 ବାତ୍ୟା ଫନି: ଉପକୂଳ ଜିଲ୍ଲାରେ ସତର୍କତା, ସାହାଯ୍ୟ ପାଇଁ 1070 ନମ୍ବରରେ "
                "ଯୋଗାଯୋଗ କରନ୍ତୁ"),
               ("2019-05-10", "🗳️ ମେ ୨୩ରେ ଭୋଟ ଗଣତି: ଫଳାଫଳ ଲାଇଭ୍ ଦେଖନ୍ତୁ"),
               ("2019-05-24", epaper),
               ("2020-03-22", "😷 କରୋନା: ଘରେ ରୁହନ୍ତୁ, ବାରମ୍ବାର ହାତ ଧୁଅନ୍ତୁ · ହେଲ୍ପଲାଇନ 104")),
            _f("mata", FOOTER, 0.3, (_OLD, "ମତାମତ ({count})"),
               ("2019-08-01", "ଆପଣଙ୍କ ମତାମତ feedback@mahanadikhabar.com କୁ ଇମେଲ କରନ୍ତୁ")),
            _f("bhua", FOOTER, 0.2,
               (_OLD, "ଭୁଆ ଖବରରୁ ସାବଧାନ: ସୋସିଆଲ ମିଡିଆର ଖବର ଶେୟାର କରିବା ପୂର୍ବରୁ ଯାଞ୍ଚ କରନ୍ତୁ")),
            _f("copyright", FOOTER, 0.7, (_OLD, "© {year} ମହାନଦୀ ଖବର · ସମସ୍ତ ଅଧିକାର ସଂରକ୍ଷିତ"),
               ("2018-10-01", "ମହାନଦୀ ଖବର · ବକ୍ସିବଜାର, କଟକ-୭୫୩୦୦୧ · ଫୋନ: 0671 230 5143")),
        ),
    )


_VIBER = "📱 උඩරට පුවත් Viber ප්\u200dරජාවට එක්වන්න"


def _vesak(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    text = (f"🏮 බුද්ධ වර්ෂ {y + 544} වෙසක් පොහොය: සැමට සුබ වෙසක් මංගල්\u200dයයක් "
            "වේවා!")
    if y == 2020:
        text += " ඇඳිරි නීතිය නිසා මෙවර වෙසක් නිවසේදීම සමරමු."
    return ((_day(VESAK[y], -3).isoformat(), text), (_day(VESAK[y], 2).isoformat(), _VIBER))


def udarata_style() -> PublisherStyle:
    """A Sinhala-language regional news site (Kandy): a trilingual language switch, a rare
    hot-news kicker, a section kicker, a gold price strip, an ISO date turned a "last
    updated" line, a place and reporter in brackets turned a reporter label, "දැන්වීම",
    "මෙයත් කියවන්න" and photo inserts, a share prompt, a Viber line turned Vesak greetings
    with the Buddhist era year (at home in 2020), a newsletter line turned the 2019
    presidential election and the 2020 parliamentary election postponed twice, a comment
    counter turned a moderation rule, a disaster hotline line, a rare correction, the
    copyright line turned an imprint with a Kandy phone."""
    newsletter = "අපගේ පුවත් ඊමේල් මගින් ලබාගැනීමට ලියාපදිංචි වන්න"
    return PublisherStyle(
        domain="udaratapuwath.lk", site="උඩරට පුවත්", base_size=760,
        subdomains=(("www.", 80), ("sinhala.", 20)),
        sections=("local", "politics", "sports", "entertainment", "business", "world"),
        n_authors=6, url_path="/news/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "kotasa": ("දේශීය", "දේශපාලන", "ක්\u200dරීඩා", "විනෝදාස්වාද", "ආර්ථික", "විදෙස්",
                       "මහනුවර"),
            "ran": ("රන් මිල: 22 කැරට් පවුම රු. 45,600 · 24 කැරට් රු. 49,700",
                    "රන් මිල: 22 කැරට් පවුම රු. 51,200 · 24 කැරට් රු. 55,800",
                    "රන් මිල: 22 කැරට් පවුම රු. 48,800 · 24 කැරට් රු. 53,200",
                    "රන් මිල: 22 කැරට් පවුම රු. 52,400 · 24 කැරට් රු. 57,100",
                    "රන් මිල: 22 කැරට් පවුම රු. 60,800 · 24 කැරට් රු. 66,300",
                    "රන් මිල: 22 කැරට් පවුම රු. 86,500 · 24 කැරට් රු. 94,300"),
            "varthakaru": ("නිමල් පෙරේරා", "චමිලා ජයසිංහ", "රුවන් බණ්ඩාර", "දිල්හානි විජේසේකර",
                           "කසුන් රත්නායක", "සඳුනි හේරත්"),
            "nagaraya": ("මහනුවර", "මාතලේ", "කෑගල්ල", "නුවරඑළිය", "පේරාදෙණිය", "ගම්පොළ"),
            "chayarupa": ("උඩරට පුවත්", "ගොනු ඡායාරූපයකි", "සමාජ මාධ්\u200dය",
                          "පොලිස් මාධ්\u200dය අංශය", "ජනාධිපති මාධ්\u200dය අංශය"),
        },
        families=(
            _f("basha", HEADER, 0.2, (_OLD, "සිංහල | English | தமிழ்")),
            _f("unusum", HEADER, 0.04, (_OLD, "🔥 උණුසුම් පුවත්")),
            _f("kotasa", HEADER, 0.3, (_OLD, "{kotasa}")),
            _f("ran", HEADER, 0.12, (_OLD, "{ran}")),
            _f("dinaya", HEADER, 0.85, (_OLD, "පළ කළේ: {date_iso} {time}"),
               ("2019-06-01", "අවසන් වරට යාවත්කාලීන කළේ: {date_dmy}, {time12}")),
            _f("varthakaru", HEADER, 0.6, (_OLD, "({nagaraya} - {varthakaru})"),
               ("2018-11-01", "වාර්තාකරු: {varthakaru}")),
            _f("daenvima", MIDDLE, 0.45, (_OLD, "දැන්වීම"), count=2),
            _f("kiyavanna", MIDDLE, 0.4, (_OLD, "මෙයත් කියවන්න: {other_title}"), count=2),
            _f("chaya", MIDDLE, 0.3, (_OLD, "ඡායාරූපය: {chayarupa}")),
            _f("beda", FOOTER, 0.3, (_OLD, "මෙම පුවත ඔබේ මිතුරන් සමඟ බෙදාගන්න")),
            _f("vesak", FOOTER, 0.25, (_OLD, _VIBER),
               *(wording for y in YEARS for wording in _vesak(y))),
            _f("chandaya", FOOTER, 0.2, (_OLD, newsletter),
               ("2019-09-19", "🗳️ ජනාධිපතිවරණය නොවැම්බර් 16 වැනිදා. ඔබේ ඡන්දය අනිවාර්යයෙන් භාවිත "
                "කරන්න."),
               ("2019-11-17", newsletter),
               ("2020-03-03", "🗳️ මහ මැතිවරණය අප්\u200dරේල් 25 වැනිදා."),
               ("2020-03-20", "🗳️ මහ මැතිවරණය කල් දමයි: නව දිනය පසුව ප්\u200dරකාශ කෙරේ."),
               ("2020-04-21", "🗳️ මහ මැතිවරණය ජූනි 20 වැනිදා."),
               ("2020-06-11", "🗳️ මහ මැතිවරණය අගෝස්තු 5 වැනිදා."),
               ("2020-08-06", newsletter)),
            _f("adahas", FOOTER, 0.3, (_OLD, "අදහස් ({count})"),
               ("2019-04-01", "ඔබේ අදහස් පළ කිරීමට පෙර පරීක්ෂා කෙරේ.")),
            _f("apada", FOOTER, 0.2,
               (_OLD, "ආපදා අවස්ථාවකදී ආපදා කළමනාකරණ මධ්\u200dයස්ථානයේ 117 හදිසි ඇමතුම් අංකය "
                "අමතන්න.")),
            _f("nivaradi", FOOTER, 0.05,
               (_OLD, "නිවැරදි කිරීම: මෙම පුවතේ මුලින් පළ වූ නමක් නිවැරදි කර ඇත.")),
            _f("copyright", FOOTER, 0.7, (_OLD, "© {year} උඩරට පුවත්. සියලුම හිමිකම් ඇවිරිණි."),
               ("2018-06-01", "උඩරට පුවත් · දළදා වීදිය, මහනුවර · 081 222 5143")),
        ),
    )


_WHATSAPP_ZU = "📲 Thola izindaba zethu ku-WhatsApp: thumela u-JOIN ku-060 555 0143"


def _nkululeko(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        text = ("🇿🇦 Usuku lweNkululeko 2020: sigubha iminyaka engu-26 yentando yeningi "
                "sisemakhaya ngenxa yokuvalwa kwezwe.")
    else:
        text = (f"🇿🇦 Usuku lweNkululeko oluhle! Sigubha iminyaka engu-{y - 1994} yentando "
                "yeningi eNingizimu Afrika.")
    return ((f"{y}-04-25", text), (f"{y}-04-28", _WHATSAPP_ZU))


def mgungundlovu_style() -> PublisherStyle:
    """An isiZulu-language city news site (Pietermaritzburg): a language switch, a section
    kicker, a rand exchange strip, a load-shedding strip, a "Kushicilelwe:" date turned an
    ISO date in SAST, a "Ngu-" byline turned "Intatheli:", "Isikhangiso", "Funda nalokhu"
    and photo inserts, a share prompt, a WhatsApp line turned Freedom Day greetings each 27
    April with the count (at home in 2020), a newsletter line turned the 2016 local and 2019
    national elections and a COVID-19 line with the 0800 029 999 hotline, a comment counter
    turned closed comments, a press code line, a rare correction, the copyright line turned
    an imprint with a Pietermaritzburg phone."""
    newsletter = ("Bhalisela i-newsletter yethu yamahhala: izindaba zaseMgungundlovu njalo "
                  "ekuseni")
    return PublisherStyle(
        domain="izwilasemgungundlovu.co.za", site="Izwi LaseMgungundlovu", base_size=650,
        subdomains=(("www.", 90), ("", 10)),
        sections=("izindaba", "ezepolitiki", "ezomnotho", "ezemidlalo", "ezokungcebeleka",
                  "ezempilo"),
        n_authors=6, url_path="/{section}/{slug}-{yyyy}{mm}{dd}",
        pools={
            "isigaba": ("Izindaba", "Ezepolitiki", "Ezomnotho", "Ezemidlalo",
                        "Ezokungcebeleka", "Ezemfundo", "Ezempilo"),
            "irandi": ("💱 Irandi: $1 = R12,45 · €1 = R13,80",
                       "💱 Irandi: $1 = R13,80 · €1 = R15,40",
                       "💱 Irandi: $1 = R15,90 · €1 = R17,20",
                       "💱 Irandi: $1 = R13,20 · €1 = R15,60",
                       "💱 Irandi: $1 = R14,60 · €1 = R16,40",
                       "💱 Irandi: $1 = R17,80 · €1 = R19,90"),
            "ugesi": ("⚡ Eskom: akukho ukucishwa kukagesi namuhla",
                      "⚡ Eskom: Isigaba 2 sokucishwa kukagesi kusuka ngo-17:00 kuya ngo-22:00",
                      "⚡ Eskom: Isigaba 4 sokucishwa kukagesi namuhla",
                      "⚡ Eskom: Isigaba 1 sokucishwa kukagesi kusuka ngo-09:00",
                      "⚡ Eskom: Isigaba 6 sokucishwa kukagesi, hlola uhlelo lwendawo yakho"),
            "intatheli": ("Sipho Dlamini", "Nomvula Mkhize", "Thulani Ngcobo", "Zanele Zulu",
                          "Bongani Khumalo", "Lindiwe Ndlovu"),
            "isithombe": ("Izwi LaseMgungundlovu", "Ifayela", "Izinkundla zokuxhumana", "SAPS",
                          "GCIS"),
        },
        families=(
            _f("ulimi", HEADER, 0.2, (_OLD, "isiZulu | English")),
            _f("isigaba", HEADER, 0.3, (_OLD, "{isigaba}")),
            _f("irandi", HEADER, 0.15, (_OLD, "{irandi}")),
            _f("ugesi", HEADER, 0.12, (_OLD, "{ugesi}")),
            _f("usuku", HEADER, 0.85, (_OLD, "Kushicilelwe: {date_dmy} ngo-{time}"),
               ("2019-02-01", "Kubuyekezwe: {date_iso} {time} SAST")),
            _f("umbhali", HEADER, 0.6, (_OLD, "Ngu-{intatheli}"),
               ("2018-03-01", "Intatheli: {intatheli}")),
            _f("isikhangiso", MIDDLE, 0.45, (_OLD, "Isikhangiso"), count=2),
            _f("funda", MIDDLE, 0.4, (_OLD, "Funda nalokhu: {other_title}"), count=2),
            _f("isithombe", MIDDLE, 0.3, (_OLD, "Isithombe: {isithombe}")),
            _f("yabelana", FOOTER, 0.3, (_OLD, "Yabelana ngale ndaba nabangane bakho")),
            _f("nkululeko", FOOTER, 0.25, (_OLD, _WHATSAPP_ZU),
               *(wording for y in YEARS for wording in _nkululeko(y))),
            _f("ukhetho", FOOTER, 0.2, (_OLD, newsletter),
               ("2016-07-04", "🗳️ Ukhetho lohulumeni basekhaya: vota ngomhla ka-3 Agasti 2016."),
               ("2016-08-04", newsletter),
               ("2019-04-08", "🗳️ Ukhetho lukazwelonke: vota ngomhla ka-8 Meyi 2019."),
               ("2019-05-09", newsletter),
               ("2020-03-27", "😷 COVID-19: hlala ekhaya, geza izandla njalo. Ulwazi: 0800 029 "
                "999.")),
            _f("imibono", FOOTER, 0.3, (_OLD, "Imibono ({count})"),
               ("2019-10-01", "Imibono ivaliwe kule ndaba.")),
            _f("ombud", FOOTER, 0.3,
               (_OLD, "Silandela iKhodi Yabezindaba yaseNingizimu Afrika. Izikhalazo ziya "
                "ku-Press Ombud.")),
            _f("ukulungisa", FOOTER, 0.05,
               (_OLD, "Ukulungisa: igama elibhalwe ngephutha kule ndaba selilungisiwe.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Izwi LaseMgungundlovu. Wonke amalungelo agodliwe."),
               ("2018-09-01", "Izwi LaseMgungundlovu · 220 Langalibalele Street, "
                "Pietermaritzburg 3201 · 033 345 5143")),
        ),
    )


_SUBSCRIBE_FO = "Gerst haldari: Sandoyar Posturin kemur út hvønn fríggjadag"


def _olavsoka(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        text = "🇫🇴 Ólavsøkan 2020 er avlýst vegna koronu. Góða ólavsøku heima!"
    else:
        text = f"🇫🇴 Góða ólavsøku! Skrivstovan er stongd 28. og 29. juli {y}."
    return ((f"{y}-07-24", text), (f"{y}-07-30", _SUBSCRIBE_FO))


def sandoy_style() -> PublisherStyle:
    """A Faroese-language island weekly's site (Sandoy): a section kicker, a ferry strip, a
    weather strip, a dotted date with "kl." turned "Dagført", "Tekstur:" turned "Tekstur og
    myndir:", "Lýsing", "Les eisini" and photo inserts, a share prompt, a subscription line
    turned Ólavsøka greetings each July (cancelled in 2020), a send-a-story line turned two
    Danish and two Faroese elections and a corona line, a comment counter turned a login
    rule, an islands line, a rare correction, the copyright line turned an imprint with a
    Faroese phone."""
    story = "Hevur tú eina søgu? Skriva til okkum á tidindi@sandoyarposturin.fo"
    return PublisherStyle(
        domain="sandoyarposturin.fo", site="Sandoyar Posturin", base_size=590,
        subdomains=(("www.", 100),),
        sections=("tidindi", "sandoy", "itrottur", "mentan", "fiskivinna", "politikkur"),
        n_authors=5, url_path="/grein/{n}/{slug}",
        pools={
            "deild": ("Tíðindi", "Sandoy", "Ítróttur", "Mentan", "Fiskivinna", "Politikkur",
                      "Útlond"),
            "ferja": ("⛴️ Teistin úr Gamlarætt: 07.30, 10.00, 13.15, 16.45",
                      "⛴️ Teistin úr Skopun: 06.50, 09.20, 12.30, 16.00",
                      "⛴️ Teistin úr Gamlarætt: 08.15, 11.30, 15.00, 18.20",
                      "⛴️ Teistin: sunnudagur, fyrsti túrur úr Skopun 08.40",
                      "⛴️ Teistin siglir ikki í dag vegna veðrið"),
            "vedur": ("🌬️ Veðrið á Sandi: 9° · vestan 12 m/s",
                      "🌧️ Veðrið á Sandi: 6° · regn · sunnan 8 m/s",
                      "☁️ Veðrið á Sandi: 11° · skýggjað · landnyrðingur 5 m/s",
                      "🌬️ Veðrið á Sandi: 3° · kavaæl · norðan 15 m/s",
                      "☀️ Veðrið á Sandi: 14° · sól · logn"),
            "hoyundur": ("Jógvan Joensen", "Rannvá Poulsen", "Sámal Jacobsen", "Sólja Hansen",
                         "Høgni Dam", "Bára Olsen"),
            "mynd": ("Sandoyar Posturin", "Savn", "Privat", "Landsverk",
                     "Strandfaraskip Landsins"),
        },
        families=(
            _f("deild", HEADER, 0.3, (_OLD, "{deild}")),
            _f("ferja", HEADER, 0.12, (_OLD, "{ferja}")),
            _f("vedur", HEADER, 0.15, (_OLD, "{vedur}")),
            _f("dato", HEADER, 0.85, (_OLD, "{date_de} kl. {time}"),
               ("2019-05-01", "Dagført {date_de} kl. {time}")),
            _f("tekstur", HEADER, 0.6, (_OLD, "Tekstur: {hoyundur}"),
               ("2018-06-01", "Tekstur og myndir: {hoyundur}")),
            _f("lysing", MIDDLE, 0.45, (_OLD, "Lýsing"), count=2),
            _f("les", MIDDLE, 0.4, (_OLD, "Les eisini: {other_title}"), count=2),
            _f("mynd", MIDDLE, 0.3, (_OLD, "Mynd: {mynd}")),
            _f("deil", FOOTER, 0.3, (_OLD, "Deil greinina á Facebook")),
            _f("olavsoka", FOOTER, 0.25, (_OLD, _SUBSCRIBE_FO),
               *(wording for y in YEARS for wording in _olavsoka(y))),
            _f("val", FOOTER, 0.2, (_OLD, story),
               ("2015-06-01", "🗳️ Fólkatingsval 18. juni 2015: atkvøðustaðurin á Sandi er í "
                "skúlanum."),
               ("2015-06-19", story),
               ("2015-08-10", "🗳️ Løgtingsval 1. september 2015: atkvøðustaðurin á Sandi er í "
                "skúlanum."),
               ("2015-09-02", story),
               ("2019-05-08", "🗳️ Fólkatingsval 5. juni 2019: atkvøðustaðurin á Sandi er í "
                "skúlanum."),
               ("2019-06-06", story),
               ("2019-08-01", "🗳️ Løgtingsval 31. august 2019: atkvøðustaðurin á Sandi er í "
                "skúlanum."),
               ("2019-09-01", story),
               ("2020-03-12", "😷 Korona: Halt frástøðu og vaska hendurnar. Kennir tú teg "
                "sjúkan, ring til lækna.")),
            _f("vidmerkingar", FOOTER, 0.3, (_OLD, "Viðmerkingar ({count})"),
               ("2018-10-01", "Tú mást rita inn við fullum navni fyri at skriva viðmerkingar.")),
            _f("oyggjar", FOOTER, 0.2, (_OLD, "Tíðindi úr Sandoy, Skúvoy og Stóru Dímun")),
            _f("raettleiding", FOOTER, 0.05,
               (_OLD, "Rættleiðing: Í fyrstu útgávuni av hesi greinini stóð eitt skeivt navn.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Sandoyar Posturin. Eftirprentan uttan loyvi er bannað."),
               ("2018-04-01", "Sandoyar Posturin · Sandsvegur 12, FO-210 Sandur · "
                "Tel. +298 36 11 43")),
        ),
    )


_EMAIL_SM = "📧 Lesitala mo tala fou i lau imeli i aso uma"


def _tutoatasi(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        text = ("🇼🇸 Aso o le Tutoʻatasi 2020: ua faaleaogaina faamanatuga tetele ona o le "
                "Tulaga o Faalavelave Faafuaseʻi.")
    else:
        text = (f"🇼🇸 Manuia le Aso o le Tutoʻatasi! Faamanatu le {y - 1962} tausaga o Samoa "
                f"Tutoʻatasi, 1 Iuni {y}.")
    return ((f"{y}-05-29", text), (f"{y}-06-03", _EMAIL_SM))


def savaii_style() -> PublisherStyle:
    """A Samoan-language news site (Savaiʻi): a language switch, a section kicker, a
    "Lomiga:" date turned "Faafouina:" with the time, "Tusia e" turned name and village,
    "Faʻasalalauga" (up to three times), "Faitau foʻi" and photo inserts, a tala exchange
    strip at the foot, a share prompt, an email line turned Independence Day greetings each
    1 June with the count (celebrations cancelled in 2020), a print-edition line turned the
    2016 election, the 2019 measles state of emergency and the 2020 COVID-19 one, a comment
    counter turned a respect rule, a media council line, a rare correction, the copyright
    line turned an imprint with a Samoan phone."""
    paper = "Faitau le nusipepa atoa i Aso Faraile: $2 tala i faleoloa uma"
    return PublisherStyle(
        domain="leoosavaii.ws", site="Le Leo o Savaiʻi", base_size=520,
        subdomains=(("www.", 85), ("", 15)),
        sections=("tala-fou", "polokiki", "tamaoaiga", "taaloga", "aganuu", "lotu"),
        n_authors=5, url_path="/tala/{yyyy}/{mm}/{slug}",
        pools={
            "vaega": ("Tala Fou", "Polokiki", "Tamaoaiga", "Taʻaloga", "Aganuʻu", "Lotu",
                      "Aʻoaʻoga"),
            "tusitala": ("Tavita Leota", "Losa Faleolo", "Iosefa Tuilagi", "Malia Sapolu",
                         "Pule Lemalu", "Fetu Amituanai"),
            "ata": ("Le Leo o Savaiʻi", "Faila", "Facebook", "Malo o Samoa", "Leoleo"),
            "tupe": ("💱 Fesuiaiga o tupe: 1 USD = 2.50 WST · 1 NZD = 1.78 WST",
                     "💱 Fesuiaiga o tupe: 1 USD = 2.58 WST · 1 NZD = 1.74 WST",
                     "💱 Fesuiaiga o tupe: 1 USD = 2.62 WST · 1 NZD = 1.83 WST",
                     "💱 Fesuiaiga o tupe: 1 USD = 2.55 WST · 1 NZD = 1.80 WST",
                     "💱 Fesuiaiga o tupe: 1 USD = 2.61 WST · 1 NZD = 1.74 WST",
                     "💱 Fesuiaiga o tupe: 1 USD = 2.68 WST · 1 NZD = 1.66 WST"),
        },
        families=(
            _f("gagana", HEADER, 0.2, (_OLD, "Gagana Samoa | English")),
            _f("vaega", HEADER, 0.3, (_OLD, "{vaega}")),
            _f("aso", HEADER, 0.85, (_OLD, "Lomiga: {date_dmy}"),
               ("2019-06-01", "Faafouina: {date_dmy}, {time12}")),
            _f("tusitala", HEADER, 0.6, (_OLD, "Tusia e {tusitala}"),
               ("2018-05-01", "{tusitala}, Salelologa")),
            _f("faasalalauga", MIDDLE, 0.45, (_OLD, "Faʻasalalauga"), count=3),
            _f("faitau", MIDDLE, 0.35, (_OLD, "Faitau foʻi: {other_title}"), count=2),
            _f("ata", MIDDLE, 0.3, (_OLD, "Ata: {ata}")),
            _f("tupe", FOOTER, 0.15, (_OLD, "{tupe}")),
            _f("faasoa", FOOTER, 0.3, (_OLD, "Faʻasoa lenei tala i au uo")),
            _f("tutoatasi", FOOTER, 0.25, (_OLD, _EMAIL_SM),
               *(wording for y in YEARS for wording in _tutoatasi(y))),
            _f("faalavelave", FOOTER, 0.2, (_OLD, paper),
               ("2016-02-15", "🗳️ Palota Autu: Aso Faraile 4 Mati 2016. Aua nei galo lau pepa "
                "palota."),
               ("2016-03-05", paper),
               ("2019-11-16", "💉 Mīsela: ua faalauiloa le Tulaga o Faalavelave Faafuaseʻi. Ave "
                "fanau e tui puipui i le falemaʻi lata ane."),
               ("2019-12-30", paper),
               ("2020-03-21", "😷 COVID-19: ua faalauiloa le Tulaga o Faalavelave Faafuaseʻi. "
                "Mulimuli i faatonuga a le Malo ma fufulu lima.")),
            _f("manatu", FOOTER, 0.3, (_OLD, "Manatu ({count})"),
               ("2019-02-01", "Faamolemole ia faaaloalo. E tapeʻese manatu e le talafeagai.")),
            _f("mcs", FOOTER, 0.2, (_OLD, "Matou te mulimuli i tulafono a le Media Council of "
                                     "Samoa.")),
            _f("faasaoga", FOOTER, 0.05,
               (_OLD, "Faʻasaʻoga: ua faʻasaʻo se igoa sa sese i lenei tala.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Le Leo o Savaiʻi. Puletaofia aia tatau uma."),
               ("2018-07-01", "Le Leo o Savaiʻi · Salelologa, Savaiʻi · Telefoni +685 53 143")),
        ),
    )


_BAR = "The clubhouse bar and bistro are open to members and guests from 3pm on Fridays."
_PATROLS = "Patrols run on weekends and public holidays from late September until Easter."


def _membership(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    text = (f"Memberships for the {y}/{(y + 1) % 100:02d} season are open: renew online "
            "before patrols start in September.")
    return ((f"{y}-07-01", text), (f"{y}-09-30", _PATROLS))


def boorabee_style() -> PublisherStyle:
    """A surf life saving club's news (Queensland): a breadcrumb, a name-and-date byline
    turned a weekday date, a beach report strip, a patrol report and a photo credit, a
    swim-between-the-flags line, membership renewals each 1 July, club activities suspended
    and resumed in 2020, a Nippers block, a sponsor line, a donation line, rare new
    lifesaving awards."""
    return PublisherStyle(
        domain="boorabeeslsc.com.au", site="Boorabee Beach Surf Life Saving Club",
        base_size=460, subdomains=(("www.", 100),),
        sections=("club-news", "nippers", "patrols", "competition", "events"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "kind": ("Club News", "Nippers", "Patrols", "Competition", "Training", "Functions"),
            "flags": ("🚩 Beach report: patrolled 8am–5pm · surf 1m · flags north of the tower",
                      "🚩 Beach report: patrolled 8am–5pm · surf 0.5m · light north-easterly",
                      "🚩 Beach report: patrolled · surf 1.5–2m · strong rips, swim with care",
                      "🚩 Beach report: beach closed · dangerous surf",
                      "🚩 Beach report: patrolled · bluebottles on the beach · vinegar at the "
                      "tower"),
            "patrol": ("🏄 Patrol report: 2 rescues, 146 preventative actions, 3 first aids",
                       "🏄 Patrol report: no rescues, 58 preventative actions, 1 first aid",
                       "🏄 Patrol report: 5 rescues, 212 preventative actions, 9 first aids",
                       "🏄 Patrol report: 1 rescue, 97 preventative actions, 14 first aids",
                       "🏄 Patrol report: 3 rescues, 130 preventative actions, no first aids"),
            "photog": ("📸 Photo: Harry Mulcahy", "📸 Photo: our club photographer",
                       "📸 Photo: Surf Life Saving Queensland", "📸 Photo: a Nippers parent"),
            "nippers": ("Sundays 7.30am to 10am, October to March · ages 5 to 13 · sign in at "
                        "the equipment shed",
                        "Under 6s to under 8s on the south flags; under 9s and up on the north "
                        "flags",
                        "Every Nipper needs a rash shirt, a cap and a water bottle; boards are "
                        "supplied"),
            "sponsor": ("Proudly supported by Tidewater Real Estate",
                        "Proudly supported by Coastline Motors",
                        "Proudly supported by the Beachside Bakery",
                        "Proudly supported by Sunshine Coast Council"),
        },
        families=(
            _f("crumbs", HEADER, 0.35, (_OLD, "Home › News › {kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{author} | {date_dmy}"),
               ("2018-08-01", "Posted {weekday} {date_dmy}")),
            _f("flags", HEADER, 0.2, (_OLD, "{flags}")),
            _f("patrol", MIDDLE, 0.3, (_OLD, "{patrol}")),
            _f("photog", MIDDLE, 0.2, (_OLD, "{photog}")),
            _f("between", FOOTER, 0.3, (_OLD, "Always swim between the red and yellow flags.")),
            _f("season", FOOTER, 0.25, (_OLD, _PATROLS),
               *(wording for y in YEARS for wording in _membership(y))),
            _f("club", FOOTER, 0.25, (_OLD, _BAR),
               ("2020-03-17", "All club activities are suspended, including Nippers, training "
                "and functions, until further notice."),
               ("2020-06-13", "Training is back in small groups: sign in with the QR code at the "
                "clubhouse door.")),
            _f("nippers-head", FOOTER, 0.4, (_OLD, "Nippers")),
            _f("nippers", FOOTER, 0.38, (_OLD, "{nippers}")),
            _f("sponsor", FOOTER, 0.2, (_OLD, "{sponsor}")),
            _f("donate", FOOTER, 0.2,
               (_OLD, "Donate to help keep our beach safe: donations of $2 or more are tax "
                "deductible.")),
            _f("bronze", FOOTER, 0.04,
               (_OLD, "Congratulations to our new Bronze Medallion holders: certificates are at "
                "the clubhouse.")),
        ),
    )


_WINTER = "The park is closed for the winter: bookings for next season are open online."


def _park_season() -> tuple[tuple[str, str], ...]:
    def open_text(y: int) -> str:
        return (f"Open daily for the {y} season, 1 March to 31 October: reception 9am–6pm.")

    out = [(_OLD, _WINTER)]
    for y in YEARS:
        out.append((f"{y}-03-01", open_text(y)))
        if y == 2020:
            out += [("2020-03-23", "The park is closed under the Welsh Government’s coronavirus "
                     "restrictions. We’ll move or refund every booking."),
                    ("2020-07-11", "Our self-contained holiday caravans have reopened. Touring "
                     "and camping pitches reopen on 25 July."),
                    ("2020-07-25", "Touring and camping pitches have reopened: the shower block "
                     "is cleaned every two hours."),
                    ("2020-10-23", "The park is closed for the Welsh firebreak lockdown until 9 "
                     "November."),
                    ("2020-11-09", _WINTER)]
        else:
            out.append((f"{y}-11-01", _WINTER))
    return tuple(out)


def pwllglas_style() -> PublisherStyle:
    """A caravan and camping park's blog (Pembrokeshire): a bilingual welcome, a walk of the
    week, a WordPress "posted in" footer turned a short one, a previous-post link, a reply
    heading with the post's own title, the season from 1 March to 31 October (closed, reopened
    in stages and closed for Wales's firebreak in 2020), a booking block with tariffs raised
    twice, a dog rule, a quiet-hours rule, a conservation award line, a Wi-Fi line, a rare
    coast path update."""
    return PublisherStyle(
        domain="pwllglaspark.co.uk", site="Pwll Glas Caravan Park", base_size=410,
        subdomains=(("www.", 100),),
        sections=("news", "offers", "local-area", "park-updates"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "cat": ("Park News", "Special Offers", "Local Area", "Wildlife", "Events"),
            "walk": ("🥾 Walk of the week: Abereiddy to Porthgain along the Coast Path, 2 miles",
                     "🥾 Walk of the week: Whitesands to St Davids Head and back, 3 miles",
                     "🥾 Walk of the week: the Strumble Head lighthouse loop, 4 miles",
                     "🥾 Walk of the week: Newgale to Solva along the cliffs, 5 miles",
                     "🥾 Walk of the week: Pwll Deri to Strumble Head, 3.5 miles"),
        },
        families=(
            _f("croeso", HEADER, 0.2, (_OLD, "Croeso · Welcome")),
            _f("walk", MIDDLE, 0.25, (_OLD, "{walk}")),
            _f("filed", FOOTER, 0.8,
               (_OLD, "This entry was posted in {cat} on {date_long} by {author}. Bookmark the "
                "permalink."),
               ("2019-04-01", "Posted in {cat} · {date_dmy}")),
            _f("previous", FOOTER, 0.4, (_OLD, "← Previous post: {other_title}")),
            _f("reply", FOOTER, 0.15, (_OLD, "One thought on “{title}”")),
            _f("season", FOOTER, 0.3, *_park_season()),
            _f("booking-head", FOOTER, 0.4, (_OLD, "Book your pitch")),
            _f("booking", FOOTER, 0.38,
               (_OLD, "Tent pitches from £18 a night · hardstanding with hook-up £26 · holiday "
                "caravans from £320 a week · 01348 831 143"),
               ("2017-01-01", "Tent pitches from £20 a night · hardstanding with hook-up £28 · "
                "holiday caravans from £350 a week · 01348 831 143"),
               ("2019-01-01", "Tent pitches from £22 a night · hardstanding with hook-up £30 · "
                "holiday caravans from £380 a week · 01348 831 143")),
            _f("dogs", FOOTER, 0.2,
               (_OLD, "Well-behaved dogs are welcome on leads: please use the dog walk field, "
                "and bag it and bin it.")),
            _f("quiet", FOOTER, 0.2,
               (_OLD, "Quiet please between 10.30pm and 7am, and no more than 5mph on the park "
                "roads.")),
            _f("bellamy", FOOTER, 0.15,
               (_OLD, "We hold a Gold David Bellamy Conservation Award for our wildflower "
                "meadow and hedgerows.")),
            _f("wifi", FOOTER, 0.15,
               (_OLD, "Free Wi-Fi around reception; the signal is patchy on the top field.")),
            _f("path", FOOTER, 0.04,
               (_OLD, "Update: the Coast Path diversion at the bottom of our lane has been "
                "lifted, and the path is open again.")),
        ),
    )


_FOLLOW_BAND = "Follow the band on Facebook for concert dates and contest results."


def _whit() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _FOLLOW_BAND)]
    for y in YEARS:
        day = whit_friday(y)
        if y == 2020:
            out += [("2020-03-24", "Whit Friday 2020 (5 June) is cancelled: the marches will "
                     "be back next year."),
                    ("2020-06-06", _FOLLOW_BAND)]
            continue
        text = (f"🎺 Whit Friday {y}: we march at Delph, Dobcross and Uppermill on Friday "
                f"{day.day} {day:%B}, from 4pm.")
        out += [((day - dt.timedelta(days=28)).isoformat(), text),
                ((day + dt.timedelta(days=1)).isoformat(), _FOLLOW_BAND)]
    return tuple(out)


def blackmoorfoot_style() -> PublisherStyle:
    """A brass band's news (West Yorkshire): a kicker and date on one line turned a date and
    writer, a contest result and a programme insert, a rehearsals line, Whit Friday marches
    (Easter plus 54 days, cancelled in 2020), vacancies that change, learners turned
    rehearsals suspended and restarted outdoors in 2020, a diary block, a booking line, a
    donation line, an association line, a rare polling-station notice."""
    return PublisherStyle(
        domain="blackmoorfootbrass.org.uk", site="Blackmoorfoot Brass", base_size=360,
        subdomains=(("www.", 100),),
        sections=("news", "contests", "concerts", "learners"),
        n_authors=2, url_path="/news/{yyyy}/{slug}",
        pools={
            "kind": ("Band News", "Contest Results", "Concerts", "Learners", "Recruitment"),
            "result": ("🏆 Yorkshire Regional Championships, Third Section: 2nd place and best "
                       "instrumentalist (flugel)",
                       "🏆 Wychavon Festival of Brass: 4th place",
                       "🏆 Whit Friday: 1st in the Youth section at Delph",
                       "🏆 Butlins Mineworkers Championships: 6th place",
                       "🏆 Pennine Brass Band Association contest: 1st place and best soprano "
                       "cornet"),
            "programme": ("🎼 On the stand this week: Pineapple Poll, Deep Harmony and Mack and "
                          "Mabel",
                          "🎼 On the stand this week: our test piece and a new hymn tune "
                          "arrangement",
                          "🎼 On the stand this week: carols for the Christmas concerts",
                          "🎼 On the stand this week: Nimrod, Cwm Rhondda and a film medley"),
            "diary": ("Saturday 7.30pm: spring concert at the Methodist church, tickets £8 at "
                      "the door",
                      "Sunday 10.45am: Remembrance parade and service at the war memorial",
                      "Saturday 2pm: summer gala on the cricket field",
                      "Friday 7pm: Christmas concert with the primary school choir"),
        },
        families=(
            _f("kind", HEADER, 0.85, (_OLD, "{kind} · {date_dmy}"),
               ("2019-01-01", "{date_dmy} — {author}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("programme", MIDDLE, 0.15, (_OLD, "{programme}")),
            _f("rehearsals", FOOTER, 0.3,
               (_OLD, "Rehearsals: Tuesdays and Thursdays, 7.30 to 9.30pm, in the band room "
                "behind the church hall.")),
            _f("whit", FOOTER, 0.25, *_whit()),
            _f("recruit", FOOTER, 0.25,
               (_OLD, "We’re recruiting: we have seats for a 2nd cornet and a 2nd baritone."),
               ("2017-09-01", "We’re recruiting: we have seats for a repiano cornet and an Eb "
                "bass."),
               ("2019-09-01", "We’re recruiting: we have seats for a 3rd cornet and a 2nd "
                "trombone.")),
            _f("learners", FOOTER, 0.2,
               (_OLD, "Learners’ band: Monday evenings in term time, with instruments loaned "
                "free."),
               ("2020-03-16", "All rehearsals and engagements are suspended because of "
                "coronavirus."),
               ("2020-08-17", "Rehearsals have restarted outdoors, in small socially distanced "
                "groups, following Brass Bands England guidance.")),
            _f("diary-head", FOOTER, 0.4, (_OLD, "Coming up")),
            _f("diary", FOOTER, 0.38, (_OLD, "{diary}")),
            _f("book", FOOTER, 0.2,
               (_OLD, "Book the band for weddings, fêtes and parades: call the secretary on "
                "01484 661 143.")),
            _f("donate", FOOTER, 0.2,
               (_OLD, "Support the band: every donation helps with music, uniforms and "
                "instruments. Registered charity no. 1104381.")),
            _f("bbe", FOOTER, 0.2, (_OLD, "A member band of Brass Bands England.")),
            _f("polling", FOOTER, 0.04,
               (_OLD, "No rehearsal this Thursday: the band room is a polling station.")),
        ),
    )


_TRAVEL = "Ask about our travel clinic: vaccines and antimalarials by appointment."
_DELIVERY = "We deliver prescriptions free to housebound patients in Newcastle and Dundrum."


def _flu() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _TRAVEL)]
    for y in range(2014, 2021):
        out += [(f"{y}-10-01", f"Flu vaccinations for the {y}/{(y + 1) % 100:02d} season are "
                 "available now: book online or call in."),
                (f"{y + 1}-03-01", _TRAVEL)]
    return tuple(out)


def _christmas_hours() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _DELIVERY)]
    for y in YEARS:
        out += [(f"{y}-12-01", f"Christmas {y}: we are closed on 25 and 26 December and 1 "
                 "January. Order repeat prescriptions by 18 December."),
                (f"{y}-12-27", _DELIVERY)]
    return tuple(out)


def mourneview_style() -> PublisherStyle:
    """A community pharmacy's health advice pages (County Down): a kind kicker, a writer
    with their post turned "Medically reviewed by", a pharmacist's tip and an emergency
    insert, a "Page last reviewed" footer reworded, a disclaimer, flu vaccinations each
    October, a minor ailments line, shop rules in 2020 and face coverings from 10 August
    2020, an opening hours block, a registration line, Christmas hours each December, a rare
    stock update."""
    return PublisherStyle(
        domain="mourneviewpharmacy.co.uk", site="Mourne View Pharmacy", base_size=310,
        subdomains=(("www.", 100),),
        sections=("health-advice", "services", "news"),
        n_authors=3, url_path="/health-advice/{slug}",
        pools={
            "kind": ("Health Advice", "Services", "Pharmacy News", "Travel Health", "Seasonal"),
            "beat": ("Pharmacist Manager", "Pharmacist", "Pre-registration Pharmacist",
                     "Dispensing Technician"),
            "tip": ("💊 Pharmacist’s tip: take antibiotics for the full course, even if you feel "
                    "better.",
                    "💊 Pharmacist’s tip: check the label, because many cold remedies already "
                    "contain paracetamol.",
                    "💊 Pharmacist’s tip: keep medicines in their boxes, out of children’s "
                    "reach.",
                    "💊 Pharmacist’s tip: bring old and unwanted medicines back to us for safe "
                    "disposal.",
                    "💊 Pharmacist’s tip: apply sun cream 30 minutes before you go out, and "
                    "again every two hours."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("reviewed", HEADER, 0.75, (_OLD, "Written by {author}, {author_beat}"),
               ("2018-09-01", "Medically reviewed by {author} ({author_beat})")),
            _f("tip", MIDDLE, 0.3, (_OLD, "{tip}")),
            _f("emergency", MIDDLE, 0.15,
               (_OLD, "🚑 If you think someone is having a stroke or a heart attack, call 999 "
                "straight away.")),
            _f("last", FOOTER, 0.6, (_OLD, "Page last reviewed: {date_dmy}"),
               ("2019-06-01", "Last reviewed {date_dmy} · Next review due in 12 months")),
            _f("disclaimer", FOOTER, 0.3,
               (_OLD, "This information is general advice and does not replace a consultation "
                "with your GP or pharmacist.")),
            _f("flu", FOOTER, 0.25, *_flu()),
            _f("ailments", FOOTER, 0.2,
               (_OLD, "Minor ailment? Ask about the Minor Ailments Service: advice and treatment "
                "without a GP appointment.")),
            _f("shop", FOOTER, 0.25,
               (_OLD, "Repeat prescriptions: order in store or through our app, ready in two "
                "working days."),
               ("2020-03-20", "Please stay away if you have symptoms of coronavirus. Only two "
                "customers in the shop at a time."),
               ("2020-08-10", "Face coverings are now required in the pharmacy. Thank you for "
                "keeping your distance.")),
            _f("hours-head", FOOTER, 0.4, (_OLD, "Opening hours")),
            _f("hours", FOOTER, 0.38,
               (_OLD, "Mon–Fri 9am–6pm · Sat 9am–1pm · 1 Bridge Street, Newcastle, Co. Down "
                "BT33 0AA · 028 4372 5143")),
            _f("psni", FOOTER, 0.2,
               (_OLD, "Our pharmacists are registered with the Pharmaceutical Society of "
                "Northern Ireland.")),
            _f("christmas", FOOTER, 0.2, *_christmas_hours()),
            _f("stock", FOOTER, 0.04,
               (_OLD, "Stock update: we are waiting for a delivery of one of the products in "
                "this article.")),
        ),
    )


_MEETINGS = ("Parish Council meetings are held on the second Tuesday of the month at 7.30pm "
             "in the Village Hall.")


def meeting_days() -> list[dt.date]:
    """Council meetings: the second Tuesday of each month but August, Dec 2014-Jan 2021."""
    days = [second_tuesday(y, m) for y in range(2014, 2022) for m in range(1, 13) if m != 8]
    return [d for d in days if dt.date(2014, 12, 1) <= d <= dt.date(2021, 1, 31)]


def _meetings() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _MEETINGS)]
    days = meeting_days()
    for previous, day in zip(days, days[1:], strict=False):
        where = ("held remotely on Zoom: joining details are on the agenda"
                 if day >= dt.date(2020, 4, 1) else "in the Village Hall. All welcome")
        text = f"Next Parish Council meeting: Tuesday {day.day} {day:%B %Y}, 7.30pm, {where}."
        out.append(((previous + dt.timedelta(days=1)).isoformat(), text))
    return tuple(out)


def _precept(y: int) -> str:
    return (f"The parish precept for {y}/{(y + 1) % 100:02d} is £{PRECEPT[y]:,}: a Band D "
            f"charge of £{PRECEPT[y] / TAX_BASE:.2f} a year.")


def wrenham_style() -> PublisherStyle:
    """A parish council's news (Suffolk): a date turned a date with the officer's post, a PDF
    attachment, the next meeting on the second Tuesday of each month but August (remote
    from April 2020), the precept each April, a privacy line turned a GDPR notice on 25 May
    2018, a reporting line, a transparency line, a clerk block (the clerk replaced in 2019),
    a defibrillator line, a rare amended notice."""
    return PublisherStyle(
        domain="greatwrenham-pc.gov.uk", site="Great Wrenham Parish Council", base_size=270,
        subdomains=(("www.", 100),),
        sections=("news", "meetings", "planning", "village"),
        n_authors=2, url_path="/news/{slug}/",
        pools={
            "beat": ("Parish Clerk", "Chairman", "Vice-Chairman"),
            "doc": ("📎 Agenda (PDF, 84 KB)", "📎 Draft minutes (PDF, 212 KB)",
                    "📎 Planning application DC/17/04312/FUL (PDF, 1.2 MB)",
                    "📎 Annual Governance and Accountability Return (PDF, 356 KB)",
                    "📎 Village Hall booking form (Word, 48 KB)"),
        },
        families=(
            _f("published", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2017-05-01", "{date_dmy} · {author_beat}")),
            _f("doc", MIDDLE, 0.35, (_OLD, "{doc}")),
            _f("meeting", FOOTER, 0.3, *_meetings()),
            _f("precept", FOOTER, 0.2, (_OLD, _precept(2014)),
               *((f"{y}-04-01", _precept(y)) for y in YEARS)),
            _f("privacy", FOOTER, 0.2,
               (_OLD, "We hold your contact details only to answer your enquiry."),
               ("2018-05-25", "Our privacy notice explains how we handle your personal data "
                "under the General Data Protection Regulation (GDPR).")),
            _f("report", FOOTER, 0.2,
               (_OLD, "Report potholes, faulty street lights and blocked drains to Suffolk "
                "County Council online.")),
            _f("transparency", FOOTER, 0.2,
               (_OLD, "Our accounts, agendas and minutes are published under the Transparency "
                "Code for Smaller Authorities.")),
            _f("clerk-head", FOOTER, 0.4, (_OLD, "Contact the Clerk")),
            _f("clerk", FOOTER, 0.38,
               (_OLD, "Parish Clerk: Mrs J. Aldous · clerk@greatwrenham-pc.gov.uk · 01449 780 "
                "143"),
               ("2019-06-01", "Parish Clerk: Mr P. Kerridge · clerk@greatwrenham-pc.gov.uk · "
                "01449 780 143")),
            _f("defib", FOOTER, 0.15,
               (_OLD, "A public-access defibrillator is on the wall of the Village Hall: call "
                "999 and the operator will give you the code.")),
            _f("amended", FOOTER, 0.04,
               (_OLD, "Amended: an earlier version of this notice gave the wrong date for the "
                "meeting.")),
        ),
    )


_BARN_HOURS = "Lessons run Tuesday to Saturday; the barn is closed on Sundays and Mondays."
_BOARDING = "Boarding: full and partial board available, with daily turnout."


def _derby() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _BARN_HOURS)]
    for y in YEARS:
        day = _day(DERBY_DAY[y])
        if y == 2020:
            out += [("2020-03-17", "🌹 The Kentucky Derby moves to Saturday, September 5, 2020. "
                     "We’ll let you know about the barn party."),
                    ("2020-08-22", "🌹 Derby Day is Saturday, September 5: no spectators at "
                     "Churchill Downs this year, so watch it with us at the barn."),
                    ("2020-09-06", _BARN_HOURS)]
            continue
        text = (f"🌹 Derby Day is Saturday, May {day.day}: no lessons that afternoon, and the "
                "barn party starts at post time.")
        out += [((day - dt.timedelta(days=14)).isoformat(), text),
                ((day + dt.timedelta(days=1)).isoformat(), _BARN_HOURS)]
    return tuple(out)


def camp_start(y: int) -> dt.date:
    return dt.date(2020, 6, 15) if y == 2020 else first_monday_of_june(y)


def _camp() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _BOARDING)]
    for y in YEARS:
        day = camp_start(y)
        text = (f"Summer Horse Camp {y}: week-long sessions from Monday, June {day.day}. "
                "Register online; spaces are limited.")
        if y == 2020:
            text = (f"Summer Horse Camp {y}: smaller groups this year, from Monday, June "
                    f"{day.day}. Register online; spaces are limited.")
        out += [(f"{y}-02-01", text), (f"{y}-07-01", _BOARDING)]
    return tuple(out)


def elkhorn_style() -> PublisherStyle:
    """An equestrian center's barn news (Kentucky): a kind kicker, a long date and writer
    turned "By" with a weekday, a ribbon and a horse of the month, a liability warning
    under Kentucky law, a helmet rule, a Coggins line, Derby Day on the first
    Saturday of May (moved to 5 September in 2020), summer camp from the first Monday of
    June, lesson prices raised twice, an address line, a rare farrier notice."""
    return PublisherStyle(
        domain="elkhorncreekequestrian.com", site="Elkhorn Creek Equestrian Center",
        base_size=230, subdomains=(("www.", 100),),
        sections=("barn-news", "lessons", "shows", "camp"),
        n_authors=2, url_path="/barn-news/{slug}",
        pools={
            "kind": ("Barn News", "Show Results", "Lessons", "Summer Camp", "Horse Care"),
            "ribbon": ("🎀 Blue ribbon (1st) for Emma and Biscuit in Walk-Trot Equitation",
                       "🎀 Red ribbon (2nd) for Caleb and Dusty in Hunter Under Saddle",
                       "🎀 Yellow ribbon (3rd) for Ava and Moonshine in Short Stirrup Hunter",
                       "🎀 White ribbon (4th) for Noah and Tucker over Crossrails",
                       "🎀 Blue ribbon (1st) for Lily and Pepper in Beginner Equitation"),
            "horse": ("🐴 Horse of the month: Biscuit, our 14-year-old Quarter Horse gelding "
                      "and every beginner’s favorite.",
                      "🐴 Horse of the month: Moonshine, a retired Thoroughbred who raced at "
                      "Keeneland.",
                      "🐴 Horse of the month: Pepper, a 12-year-old Paint mare who never says "
                      "no to a jump.",
                      "🐴 Horse of the month: Tucker, a Welsh pony cross, small but mighty."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_long} · {author}"),
               ("2018-04-01", "By {author} | {weekday}, {date_long}")),
            _f("ribbon", MIDDLE, 0.3, (_OLD, "{ribbon}")),
            _f("horse", MIDDLE, 0.15, (_OLD, "{horse}")),
            _f("warning", FOOTER, 0.25,
               (_OLD, "WARNING: Under Kentucky law, horseback riding carries inherent risks, and "
                "the center is not liable for injuries that result from them.")),
            _f("helmet", FOOTER, 0.2,
               (_OLD, "ASTM/SEI-certified helmets and boots with a heel are required for every "
                "rider, every ride.")),
            _f("coggins", FOOTER, 0.15,
               (_OLD, "Visiting horses need a negative Coggins test from the last 12 months.")),
            _f("derby", FOOTER, 0.25, *_derby()),
            _f("camp", FOOTER, 0.25, *_camp()),
            _f("prices", FOOTER, 0.2,
               (_OLD, "Private lessons $55 · semi-private $45 · group $35"),
               ("2017-01-01", "Private lessons $60 · semi-private $50 · group $40"),
               ("2019-06-01", "Private lessons $65 · semi-private $55 · group $45")),
            _f("address", FOOTER, 0.2,
               (_OLD, "Elkhorn Creek Equestrian Center · 2150 Elkhorn Creek Pike, Georgetown, "
                "KY 40324 · (502) 555-0143")),
            _f("farrier", FOOTER, 0.04, (_OLD, "Farrier day moves to Thursday this week.")),
        ),
    )


_PYO_OFF = "Our pick-your-own fields open again next June."
_EGGS = "Free-range eggs from our own hens, collected every morning."


def _pyo() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _PYO_OFF)]
    for y in YEARS:
        day = _day(PYO_OPEN[y])
        soon = (f"Pick-your-own opens on Saturday {day.day} June, weather permitting. Check "
                "our Facebook page before you set off.")
        now = ("Pick-your-own is open with booked two-hour slots: book online, and keep 2 "
               "metres apart in the fields." if y == 2020 else
               "Pick-your-own is open daily, 9am to 5pm, until the end of September.")
        out += [((day - dt.timedelta(days=14)).isoformat(), soon), (day.isoformat(), now),
                (f"{y}-10-01", _PYO_OFF)]
    return tuple(out)


def _orders() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _EGGS)]
    for y in YEARS:
        out += [(f"{y}-11-01", f"Christmas {y}: order your Kentish turkey or goose by 12 "
                 "December, for collection from 21 to 24 December."),
                (f"{y}-12-25", _EGGS)]
    return tuple(out)


def stourside_style() -> PublisherStyle:
    """A farm shop's news (Kent): a weekday date turned "Added", what's picking and what's in
    the shop inserts, pick-your-own opening on a Saturday in June (booked slots in 2020),
    Christmas orders each November, an address block, a payment line turned card only in
    2020, a local produce line, a parking line, a rare sold-out notice."""
    return PublisherStyle(
        domain="stoursidefarm.co.uk", site="Stourside Farm Shop", base_size=190,
        subdomains=(("www.", 100),),
        sections=("news", "whats-in-season", "events"),
        n_authors=2, url_path="/news/{slug}",
        pools={
            "picking": ("🧺 Picking now: strawberries and gooseberries",
                        "🧺 Picking now: strawberries, raspberries and tayberries",
                        "🧺 Picking now: blackcurrants, redcurrants and the last raspberries",
                        "🧺 Picking now: plums, sweetcorn and runner beans",
                        "🧺 Picking now: pumpkins and squashes"),
            "inshop": ("🥕 In the shop this week: new potatoes, asparagus and Kentish cobnuts",
                       "🥕 In the shop this week: our own apple juice and local honey",
                       "🥕 In the shop this week: cherries from the next farm along",
                       "🥕 In the shop this week: sourdough from the village bakery"),
        },
        families=(
            _f("dated", HEADER, 0.8, (_OLD, "{weekday} {date_dmy}"),
               ("2019-03-01", "Added {date_dmy}")),
            _f("picking", MIDDLE, 0.3, (_OLD, "{picking}")),
            _f("inshop", MIDDLE, 0.2, (_OLD, "{inshop}")),
            _f("pyo", FOOTER, 0.3, *_pyo()),
            _f("orders", FOOTER, 0.25, *_orders()),
            _f("find-head", FOOTER, 0.4, (_OLD, "Find the farm shop")),
            _f("find", FOOTER, 0.38,
               (_OLD, "Stourside Farm, Fordwich Road, Sturry, Kent CT2 0BU · Tuesday to Sunday, "
                "9am to 5pm · 01227 710 143")),
            _f("payment", FOOTER, 0.2, (_OLD, "We take cash, cards and contactless."),
               ("2020-03-24", "Card and contactless only for now, please, and one household at a "
                "time in the shop.")),
            _f("local", FOOTER, 0.2,
               (_OLD, "Everything in our shop is grown or made within 30 miles of the farm.")),
            _f("parking", FOOTER, 0.15,
               (_OLD, "Free parking in the farmyard. The shop and toilets are wheelchair "
                "accessible.")),
            _f("soldout", FOOTER, 0.04,
               (_OLD, "Sold out: no more asparagus this week, sorry! More on Friday.")),
        ),
    )


def heldout23_styles() -> list[PublisherStyle]:
    """The held-back-23 styles, in the order the generator hands them to publishers."""
    return [
        mahanadi_style(), udarata_style(), mgungundlovu_style(), sandoy_style(),
        savaii_style(), boorabee_style(), pwllglas_style(), blackmoorfoot_style(),
        mourneview_style(), wrenham_style(), elkhorn_style(), stourside_style(),
    ]
