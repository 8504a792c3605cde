"""The twenty-second held-back template set (``held-back-22``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the twenty-first
held-back set (`tests.bench.heldout_templates_21`, written the same day and run once, for the
first time, in the session that had this one written; its results and misses were not looked
at here). It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``strip``, ``config``) or the README's detection rules,
before any benchmark run on it, and without shaping any line to pass or to fail a detector:
the families are what real sites of these kinds print, from general knowledge of them. All
wording is original; none is copied from the data, from the tuning styles or from the first
twenty-one held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-26):** slightly compromised before its first run (a developer saw its five
read-also labels); that first run scored 92.96% boilerplate removed (b818ac2), then its
misses were studied, so it is no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Kannada-language film news site
(Bengaluru), a Tibetan-language exile news site (Dharamsala), a Malagasy-language news site
(Antananarivo), a Luxembourgish-language regional news site (Esch-sur-Alzette), a
Kinyarwanda-language regional news site (Musanze), a university press's blog (Nebraska), a
care home's news (Fife), a solar panel installer's blog (Swansea), an independent record
label's news (Bristol), a golf club's members' news (County Wicklow), a driving school's blog
(Leicester) and a dance school's news (Wellington). None of these kinds or languages is in an
earlier held-back set, and Kannada and Tibetan scripts are new.

Variation: dates in several formats (a Kannada date line turned an English "Last Updated:"
line in IST; a Tibetan ISO date turned an English date; a French date under a Malagasy label
turned a dotted date; a Luxembourgish dotted date turned an "Aktualiséiert:" line; a
Kinyarwanda dotted date turned an ISO date in CAT; US long dates with and without weekdays;
British, Irish and New Zealand dates with and without weekdays), notices reworded in
2015-2020 (cinemas closed in March 2020 and reopened at half capacity in October, a comment
counter turned a login rule, a copyright line turned an imprint; a Tibetan send-your-news
line turned the 2016 Sikyong election's preliminary and final rounds (with Tibetan numerals)
and a COVID-19 line with the 1075 helpline; a Malagasy send-your-news line turned the two
rounds of the 2018 presidential election and a COVID-19 line with the 910 hotline; a
Luxembourgish newsletter line turned free public transport from 1 March 2020 and a state of
crisis line with the 8002 8080 hotline; a Kinyarwanda send-your-news line turned the 2017
presidential election and a "Guma mu rugo" line with the 114 hotline; an association renamed
in January 2017; conferences gone virtual; care home visiting closed and reopened in 2020 and
an inspection grade raised; the Feed-in Tariff's closure, the Smart Export Guarantee, a
charger grant cut, a VAT rate restricted and a grant for England only; Record Store Day
postponed and split into three drops and Bandcamp Fridays in 2020; the World Handicap
System, a course closed and reopened and a clubhouse closed three times in 2020; a driving
test changed on 4 December 2017, motorway lessons from 4 June 2018, lesson prices raised and
lessons and tests suspended twice in 2020; a dance studio through New Zealand's alert levels
in 2020), notices that follow a calendar (Kannada Rajyotsava each 1 November with its count;
Losar with the Tibetan royal year in Tibetan numerals and the year's element and animal, on
the Tibetan lunisolar calendar; Malagasy Independence Day each 26 June with its count,
without a parade in 2020; Luxembourg's National Day each 23 June, cancelled in 2020;
Kwibohora each 4 July with its count, at home in 2020; a discount code each year and spring
and fall catalogs; the real Living Wage each April; Record Store Day on its own Saturdays;
golf subscriptions each winter; dance enrolments each January and an end-of-year show on the
first Saturday of December), names at the start of lines or after a label (Kannada names
with initials, Tibetan, Malagasy (surname first), Luxembourgish and Rwandan names, staff with
their posts), the article's own title (a how-to-cite line) and other articles' titles
(Kannada, Tibetan, Malagasy, Luxembourgish and Kinyarwanda links), amounts (star ratings,
certificates and running times, ariary and Rwandan franc exchange rates, fuel prices, book
prices with valid ISBNs, wages, system sizes that agree with their panels, catalogue numbers,
golf scores, driving faults, exam results, lesson prices), phone numbers in eight countries'
formats, multi-line blocks (a care home's contact block, a survey block, a record's credits,
golf fixtures, lesson prices, a studio's address), mid-body inserts (some up to two or three
times), bare lines (Kannada, Tibetan, Malagasy, Luxembourgish and Kinyarwanda ad labels,
kickers, language switches, block headings), Kannada script, Tibetan script with Tibetan
numerals, Malagasy Latin, Luxembourgish Latin with ë and é, Kinyarwanda Latin, symbols and
emoji where such sites use them, and families in only 3-6% of articles (a Kannada exclusive
kicker, a Tibetan correction, a Malagasy correction, a Luxembourgish correction, a Rwandan
urgent kicker, a university press correction, a care home thank-you, a case study update, a
release delay, golf lost property, a driving school correction and dance lost property)
beside ones in nearly all. Renamed variants of a style keep the lines that do not name the
site, so sister sites share a network footer (an anti-piracy line, a press council line, a
media commission line, an exam copy line, a dementia-friendly line, a certification line, a
demos policy, a dress code, an instructors line, a uniform line).
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
# Losar, the Tibetan new year, by the Tibetan (Phugpa) lunisolar calendar, and the element,
# sex and animal of the year it opens.
LOSAR = {2015: ("2015-02-19", "ཤིང་མོ་ལུག"), 2016: ("2016-02-09", "མེ་ཕོ་སྤྲེལ"),
         2017: ("2017-02-27", "མེ་མོ་བྱ"), 2018: ("2018-02-16", "ས་ཕོ་ཁྱི"),
         2019: ("2019-02-05", "ས་མོ་ཕག"), 2020: ("2020-02-24", "ལྕགས་ཕོ་བྱི")}
# The real Living Wage (UK outside London) a care home pays from 1 April, the rate announced
# the November before.
LIVING_WAGE = {2014: "£7.65", 2015: "£7.85", 2016: "£8.25", 2017: "£8.45", 2018: "£8.75",
               2019: "£9.00", 2020: "£9.30"}
# Record Store Day: the Saturday each year's organisers chose (not a fixed rule).
RECORD_STORE_DAY = {2015: "2015-04-18", 2016: "2016-04-16", 2017: "2017-04-22",
                    2018: "2018-04-21", 2019: "2019-04-13", 2020: "2020-04-18"}
# Bandcamp waived its revenue share on these Fridays of 2020 (the first, then the first
# Friday of each month from May).
BANDCAMP_FRIDAYS = ("2020-03-20", "2020-05-01", "2020-06-05", "2020-07-03", "2020-08-07",
                    "2020-09-04", "2020-10-02", "2020-11-06", "2020-12-04")
# A dance school's end-of-year show: the first Saturday of December.
SHOW_DAY = {2015: "2015-12-05", 2016: "2016-12-03", 2017: "2017-12-02", 2018: "2018-12-01",
            2019: "2019-12-07", 2020: "2020-12-05"}

_TIBETAN_DIGITS = "༠༡༢༣༤༥༦༧༨༩"


def _tib(n: int | str) -> str:
    """`n` in Tibetan numerals (other characters kept)."""
    return "".join(_TIBETAN_DIGITS[int(c)] if c.isdigit() else c for c in str(n))


_FOLLOW_KN = "ಹೊಸ ಸಿನಿಮಾ ಸುದ್ದಿಗಳಿಗಾಗಿ ನಮ್ಮ ಯೂಟ್ಯೂಬ್ ಚಾನೆಲ್‌ಗೆ ಸಬ್‌ಸ್ಕ್ರೈಬ್ ಮಾಡಿ"


def _rajyotsava(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    text = f"💛❤️ ಎಲ್ಲರಿಗೂ {y - 1955}ನೇ ಕನ್ನಡ ರಾಜ್ಯೋತ್ಸವದ ಶುಭಾಶಯಗಳು"
    if y == 2020:
        text += ". ಈ ಬಾರಿ ಮನೆಯಲ್ಲೇ ಸರಳವಾಗಿ ಆಚರಿಸಿ"
    return ((f"{y}-10-30", text), (f"{y}-11-02", _FOLLOW_KN))


def chandanavana_style() -> PublisherStyle:
    """A Kannada-language film news site (Bengaluru): a rare exclusive kicker, a section
    kicker, a review's star rating, a censor certificate with the running time, a date line
    turned an English "Last Updated:" line in IST, a "ವರದಿ:" byline turned name-first
    "ಸಿನಿಮಾ ಡೆಸ್ಕ್", "ಜಾಹೀರಾತು", "ಇದನ್ನೂ ಓದಿ" and image-courtesy inserts, a week's top three,
    a tags line, a share prompt, a YouTube line turned Rajyotsava greetings each 1 November
    with the count (simply, at home, in 2020), a showtimes line turned cinemas closed in March
    2020 and reopened at half capacity in October, an anti-piracy line, a comment counter
    turned a login rule, the copyright line turned an imprint."""
    return PublisherStyle(
        domain="chandanavanatalkies.com", site="ಚಂದನವನ ಟಾಕೀಸ್", base_size=900,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("sandalwood", "reviews", "box-office", "interviews", "trailers", "gossip",
                  "television"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "vibhaga": ("ಸ್ಯಾಂಡಲ್‌ವುಡ್", "ಸಿನಿಮಾ ವಿಮರ್ಶೆ", "ಬಾಕ್ಸ್ ಆಫೀಸ್", "ಸಂದರ್ಶನ", "ಟ್ರೇಲರ್ ಟಾಕ್",
                        "ಗಾಸಿಪ್", "ಕಿರುತೆರೆ"),
            "rating": ("ರೇಟಿಂಗ್: ⭐⭐⭐⭐ (4/5)", "ರೇಟಿಂಗ್: ⭐⭐⭐½ (3.5/5)", "ರೇಟಿಂಗ್: ⭐⭐⭐ (3/5)",
                       "ರೇಟಿಂಗ್: ⭐⭐½ (2.5/5)", "ರೇಟಿಂಗ್: ⭐⭐ (2/5)", "ರೇಟಿಂಗ್: ⭐⭐⭐⭐½ (4.5/5)"),
            "censor": ("🎬 ಸೆನ್ಸಾರ್: U/A · ಅವಧಿ: 2 ಗಂಟೆ 28 ನಿಮಿಷ",
                       "🎬 ಸೆನ್ಸಾರ್: U · ಅವಧಿ: 2 ಗಂಟೆ 12 ನಿಮಿಷ",
                       "🎬 ಸೆನ್ಸಾರ್: A · ಅವಧಿ: 2 ಗಂಟೆ 41 ನಿಮಿಷ",
                       "🎬 ಸೆನ್ಸಾರ್: U/A · ಅವಧಿ: 2 ಗಂಟೆ 5 ನಿಮಿಷ",
                       "🎬 ಸೆನ್ಸಾರ್: U · ಅವಧಿ: 1 ಗಂಟೆ 58 ನಿಮಿಷ"),
            "varadigaara": ("ಹರೀಶ್ ಕೆ.ಎಸ್.", "ಶ್ವೇತಾ ಗೌಡ", "ಮಂಜುನಾಥ್ ಬಿ.ಆರ್.", "ಪವಿತ್ರಾ ಶೆಟ್ಟಿ",
                            "ಸಂತೋಷ್ ನಾಯಕ್", "ಅಕ್ಷತಾ ಹೆಗಡೆ"),
            "kripe": ("ಚಂದನವನ ಟಾಕೀಸ್", "ಚಿತ್ರತಂಡ", "ಇನ್‌ಸ್ಟಾಗ್ರಾಮ್", "ಫೈಲ್ ಚಿತ್ರ", "ಪಿಆರ್‌ಒ"),
            "top": ("📊 ಈ ವಾರದ ಟಾಪ್ 3: 1. ಮಲೆನಾಡ ಹುಡುಗ · 2. ಕೆಂಪು ಸೂರ್ಯ · 3. ನಮ್ಮೂರ ಜಾತ್ರೆ",
                    "📊 ಈ ವಾರದ ಟಾಪ್ 3: 1. ಕಾವೇರಿ ತೀರ · 2. ಮಲೆನಾಡ ಹುಡುಗ · 3. ಹಳ್ಳಿ ಹೈದ",
                    "📊 ಈ ವಾರದ ಟಾಪ್ 3: 1. ಬೆಂಕಿ ಬಿರುಗಾಳಿ · 2. ಕಡಲ ತೀರದ ಕತೆ · 3. ಕಾವೇರಿ ತೀರ",
                    "📊 ಈ ವಾರದ ಟಾಪ್ 3: 1. ಹಳ್ಳಿ ಹೈದ · 2. ಬೆಂಕಿ ಬಿರುಗಾಳಿ · 3. ಮೌನ ಕೋಗಿಲೆ",
                    "📊 ಈ ವಾರದ ಟಾಪ್ 3: 1. ಮೌನ ಕೋಗಿಲೆ · 2. ನಮ್ಮೂರ ಜಾತ್ರೆ · 3. ಕಡಲ ತೀರದ ಕತೆ"),
            "tag": ("ಸ್ಯಾಂಡಲ್‌ವುಡ್", "ಕನ್ನಡ ಸಿನಿಮಾ", "ಬಾಕ್ಸ್ ಆಫೀಸ್", "ಟೀಸರ್", "ಗಾಂಧಿನಗರ",
                    "ಫಿಲ್ಮ್ ಚೇಂಬರ್", "ಬಿಡುಗಡೆ"),
        },
        families=(
            _f("exclusive", HEADER, 0.04, (_OLD, "🔥 ಎಕ್ಸ್‌ಕ್ಲೂಸಿವ್")),
            _f("vibhaga", HEADER, 0.3, (_OLD, "{vibhaga}")),
            _f("rating", HEADER, 0.2, (_OLD, "{rating}")),
            _f("censor", HEADER, 0.12, (_OLD, "{censor}")),
            _f("prakata", HEADER, 0.85, (_OLD, "ಪ್ರಕಟಿತ: {date_dmy}, {time}"),
               ("2018-11-01", "Last Updated: {date_short}, {time12} IST")),
            _f("varadi", HEADER, 0.6, (_OLD, "ವರದಿ: {varadigaara}"),
               ("2019-02-01", "{varadigaara}, ಸಿನಿಮಾ ಡೆಸ್ಕ್")),
            _f("jahiraatu", MIDDLE, 0.45, (_OLD, "ಜಾಹೀರಾತು"), count=2),
            _f("odi", MIDDLE, 0.4, (_OLD, "ಇದನ್ನೂ ಓದಿ: {other_title}"), count=2),
            _f("kripe", MIDDLE, 0.3, (_OLD, "ಚಿತ್ರ ಕೃಪೆ: {kripe}")),
            _f("top", FOOTER, 0.2, (_OLD, "{top}")),
            _f("tags", FOOTER, 0.3, (_OLD, "ಟ್ಯಾಗ್‌ಗಳು: {tag_list}")),
            _f("share", FOOTER, 0.3, (_OLD, "ಈ ಸುದ್ದಿಯನ್ನು ಹಂಚಿಕೊಳ್ಳಿ")),
            _f("rajyotsava", FOOTER, 0.25, (_OLD, _FOLLOW_KN),
               *(wording for y in YEARS for wording in _rajyotsava(y))),
            _f("chitramandira", FOOTER, 0.2,
               (_OLD, "ಪ್ರತಿ ಶುಕ್ರವಾರದ ಹೊಸ ಬಿಡುಗಡೆಗಳ ಪ್ರದರ್ಶನ ಸಮಯಕ್ಕೆ ನಮ್ಮ ಆ್ಯಪ್ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ"),
               ("2020-03-14", "🎬 ಕೊರೊನಾ ಭೀತಿ: ರಾಜ್ಯದಾದ್ಯಂತ ಚಿತ್ರಮಂದಿರಗಳು ಬಂದ್. ಹೊಸ ಚಿತ್ರಗಳ ಬಿಡುಗಡೆ "
                "ಮುಂದೂಡಿಕೆ."),
               ("2020-10-15", "🎬 ಚಿತ್ರಮಂದಿರಗಳು ಮತ್ತೆ ಆರಂಭ: ಶೇ 50ರಷ್ಟು ಆಸನಗಳಿಗೆ ಮಾತ್ರ ಅವಕಾಶ, ಮಾಸ್ಕ್ "
                "ಕಡ್ಡಾಯ.")),
            _f("piracy", FOOTER, 0.25,
               (_OLD, "ಪೈರಸಿ ಶಿಕ್ಷಾರ್ಹ ಅಪರಾಧ. ಸಿನಿಮಾವನ್ನು ಚಿತ್ರಮಂದಿರದಲ್ಲೇ ನೋಡಿ.")),
            _f("comments", FOOTER, 0.3, (_OLD, "ಪ್ರತಿಕ್ರಿಯೆಗಳು ({count})"),
               ("2019-05-01", "ಪ್ರತಿಕ್ರಿಯೆ ನೀಡಲು ಲಾಗಿನ್ ಆಗಿ. ಅವಹೇಳನಕಾರಿ ಕಾಮೆಂಟ್‌ಗಳನ್ನು "
                "ಅಳಿಸಲಾಗುವುದು.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} ಚಂದನವನ ಟಾಕೀಸ್. ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ."),
               ("2018-01-01", "ಚಂದನವನ ಟಾಕೀಸ್ · ಗಾಂಧಿನಗರ, ಬೆಂಗಳೂರು 560009 · ಫೋನ್: 080 2226 0143")),
        ),
    )


_FOLLOW_BO = "ང་ཚོའི་གསར་འགྱུར་ Facebook དང་ YouTube ཐོག་ཏུ་ཡང་ལྟ་རོགས།"


def _losar(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    day, name = LOSAR[y]
    text = f"🎉 བོད་རྒྱལ་ལོ་{_tib(y + 127)} {name}་ལོའི་ལོ་གསར་ལ་བཀྲ་ཤིས་བདེ་ལེགས།"
    return ((_day(day, -3).isoformat(), text), (_day(day, 3).isoformat(), _FOLLOW_BO))


def tsenjol_style() -> PublisherStyle:
    """A Tibetan-language exile news site (Dharamsala): a language switch, a rare
    important-news kicker, a section kicker, an ISO date turned an English date, a reporter
    byline turned name-first with the place, "ཁྱབ་བསྒྲགས།", related-news, photo and audio
    inserts, a keywords line, a share prompt, a follow line turned Losar greetings with the
    Tibetan royal year (in Tibetan numerals) and the year's element and animal, a
    send-your-news line turned the 2016 Sikyong election's two rounds and a COVID-19 line
    with the 1075 helpline, a comment counter turned a comment rule, a rare correction, the
    copyright line turned an imprint with an Indian phone."""
    news = "གསར་འགྱུར་དང་པར་རིས་ཡོད་ན་ news@tsenjolsargyur.org ལ་བསྐུར་རོགས།"
    return PublisherStyle(
        domain="tsenjolsargyur.org", site="བཙན་བྱོལ་གསར་འགྱུར", base_size=780,
        subdomains=(("www.", 80), ("tibetan.", 20)),
        sections=("tibet", "exile", "world", "politics", "culture", "education"),
        n_authors=6, url_path="/news/{n}/",
        pools={
            "ruka": ("བོད་ནང་", "བཙན་བྱོལ", "རྒྱལ་སྤྱི", "ཆབ་སྲིད", "རིག་གཞུང", "སློབ་གསོ", "ཁོར་ཡུག"),
            "gsargod": ("བསྟན་འཛིན་ཆོས་འཕེལ", "ཚེ་རིང་དོན་གྲུབ", "བློ་བཟང་ཉི་མ", "བདེ་སྐྱིད་སྒྲོལ་མ",
                        "པདྨ་མཚོ", "བསོད་ནམས་རྒྱལ་པོ"),
            "par": ("བཙན་བྱོལ་གསར་འགྱུར", "ཡིག་ཚགས་པར", "དྲ་རྒྱ", "བོད་མིའི་སྒྲིག་འཛུགས་ཆེ་ཤོས",
                    "སྒེར་གྱི་པར"),
            "ldetshig": ("ཐེག་ཆེན་ཆོས་གླིང", "བོད་ཡིག", "སློབ་གྲྭ", "ལོ་གསར", "སྤྱི་འཐུས", "དྷ་རམ་ས་ལ",
                         "བཙན་བྱོལ"),
        },
        families=(
            _f("skad", HEADER, 0.2, (_OLD, "བོད་ཡིག | English")),
            _f("gnad", HEADER, 0.04, (_OLD, "⚡ གསར་འགྱུར་གལ་ཆེན།")),
            _f("ruka", HEADER, 0.3, (_OLD, "{ruka}")),
            _f("dus", HEADER, 0.85, (_OLD, "ཕྱི་ཚེས། {date_iso} ཆུ་ཚོད། {time}"),
               ("2019-04-01", "Published: {date_dmy}, {time12}")),
            _f("gsargod", HEADER, 0.6, (_OLD, "གསར་འགོད་པ། {gsargod}"),
               ("2018-06-01", "{gsargod}། ཐེག་ཆེན་ཆོས་གླིང་།")),
            _f("khyab", MIDDLE, 0.45, (_OLD, "ཁྱབ་བསྒྲགས།"), count=2),
            _f("brel", MIDDLE, 0.4, (_OLD, "འབྲེལ་ཡོད་གསར་འགྱུར། {other_title}"), count=2),
            _f("par", MIDDLE, 0.3, (_OLD, "པར། {par}")),
            _f("snyan", MIDDLE, 0.12, (_OLD, "🎧 སྒྲ་ཐོག་ཉན།")),
            _f("ldetshig", FOOTER, 0.3, (_OLD, "ལྡེ་ཚིག {ldetshig_list}")),
            _f("mnyam", FOOTER, 0.3, (_OLD, "གསར་འགྱུར་འདི་གྲོགས་པོ་ཚོར་མཉམ་སྤྱོད་གནང་རོགས།")),
            _f("losar", FOOTER, 0.25, (_OLD, _FOLLOW_BO),
               *(wording for y in YEARS for wording in _losar(y))),
            _f("sikyong", FOOTER, 0.2, (_OLD, news),
               ("2015-09-20", f"🗳️ {_tib(2016)} ལོའི་སྲིད་སྐྱོང་འོས་བསྡུའི་སྔོན་འདེམས་ཕྱི་ཚེས་ "
                f"{_tib('2015-10-18')} ཉིན་ཡིན།"),
               ("2015-10-19", f"🗳️ {_tib(2016)} ལོའི་སྲིད་སྐྱོང་འོས་བསྡུ་མཐའ་མ་ཕྱི་ཚེས་ "
                f"{_tib('2016-03-20')} ཉིན་ཡིན།"),
               ("2016-03-21", news),
               ("2020-03-25", "😷 ཀོ་རོ་ན་ནད་ཡམས། ཁྱིམ་ནང་བསྡད་ནས་ལག་པ་ཡང་ཡང་འཁྲུད་རོགས། རོགས་རམ་"
                "ཁ་པར། 1075")),
            _f("bsamtshul", FOOTER, 0.3, (_OLD, "བསམ་ཚུལ། ({count})"),
               ("2019-06-01", "བསམ་ཚུལ་ནི་འབྲི་མཁན་རང་གི་ཡིན། ཚིག་རྩུབ་ཅན་གྱི་བསམ་ཚུལ་བསུབ་རྒྱུ་ཡིན།")),
            _f("nor", FOOTER, 0.05,
               (_OLD, "ནོར་བཅོས། གསར་འགྱུར་འདིའི་ནང་གི་མིང་ཞིག་ནོར་བཅོས་བྱས་ཟིན།")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} བཙན་བྱོལ་གསར་འགྱུར། པར་དབང་ཡོངས་རྫོགས་ཉར་ཚགས་བྱས།"),
               ("2018-03-01", "བཙན་བྱོལ་གསར་འགྱུར · McLeod Ganj, Dharamsala, H.P. 176219 · "
                "+91 1892 221 143")),
        ),
    )


_FOLLOW_MG = "Araho amin'ny Facebook sy Twitter izahay"


def _fahaleovantena(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        text = ("🇲🇬 Faha-60 taonan'ny fahaleovantena: tsy hisy matso sy lanonana lehibe noho "
                "ny COVID-19. Mankalaza ao an-trano isika.")
    else:
        text = f"🇲🇬 Arahaba tratry ny faha-{y - 1960} taonan'ny fahaleovantena! 26 Jona {y}"
    return ((f"{y}-06-24", text), (f"{y}-06-27", _FOLLOW_MG))


def tsiry_style() -> PublisherStyle:
    """A Malagasy-language news site (Antananarivo): a language switch, a section kicker, an
    ariary exchange strip, a French date under a Malagasy label turned a dotted date, a
    "Nosoratan'i" byline turned name-first with the site, "Dokambarotra", "Vakio koa" and
    "Sary:" inserts, a source line, a share prompt, a social line turned Independence Day
    greetings each 26 June with the count (no parade in 2020), a send-your-news line turned
    the two rounds of the 2018 presidential election and a COVID-19 line with the 910
    hotline, a comment counter turned a comment rule, a rare correction, the copyright line
    turned an imprint with a Malagasy phone."""
    news = "Manana vaovao ve ianao? Alefaso aminay amin'ny WhatsApp: +261 34 05 501 43"
    return PublisherStyle(
        domain="tsiryvaovao.mg", site="Tsiry Vaovao", base_size=670,
        subdomains=(("www.", 85), ("", 15)),
        sections=("vaovao", "politika", "toekarena", "fanatanjahantena", "kolontsaina",
                  "faritra"),
        n_authors=6, url_path="/lahatsoratra/{n}-{slug}",
        pools={
            "sokajy": ("Politika", "Toekarena", "Fiarahamonina", "Fanatanjahantena",
                       "Kolontsaina", "Faritra", "Iraisam-pirenena"),
            "vola": ("💱 1 € = 3 420 Ar · 1 $ = 3 090 Ar", "💱 1 € = 3 560 Ar · 1 $ = 3 210 Ar",
                     "💱 1 € = 3 710 Ar · 1 $ = 3 170 Ar", "💱 1 € = 3 960 Ar · 1 $ = 3 380 Ar",
                     "💱 1 € = 4 080 Ar · 1 $ = 3 640 Ar", "💱 1 € = 4 390 Ar · 1 $ = 3 860 Ar"),
            "mpanoratra": ("Rakotomalala Hery", "Razafindrakoto Voahangy", "Andrianaivo Tojo",
                           "Rasoanirina Fanja", "Randrianarisoa Mamy", "Ravelojaona Lova"),
            "sary": ("Tsiry Vaovao", "Tahiry", "Tambajotra sosialy", "Prezidansa",
                     "Polisy nasionaly"),
            "loharano": ("Prezidansan'ny Repoblika", "Ministeran'ny Fahasalamana", "INSTAT",
                         "Banky Foiben'i Madagasikara", "Polisy nasionaly",
                         "Kaominina Antananarivo Renivohitra"),
        },
        families=(
            _f("fiteny", HEADER, 0.2, (_OLD, "Malagasy | Français")),
            _f("sokajy", HEADER, 0.3, (_OLD, "{sokajy}")),
            _f("vola", HEADER, 0.15, (_OLD, "{vola}")),
            _f("daty", HEADER, 0.85, (_OLD, "Nivoaka ny {date_fr}, {time}"),
               ("2019-03-01", "Nohavaozina: {date_de} amin'ny {time}")),
            _f("mpanoratra", HEADER, 0.6, (_OLD, "Nosoratan'i {mpanoratra}"),
               ("2018-04-01", "{mpanoratra} – Tsiry Vaovao")),
            _f("dokam", MIDDLE, 0.45, (_OLD, "Dokambarotra"), count=2),
            _f("vakio", MIDDLE, 0.4, (_OLD, "Vakio koa: {other_title}"), count=2),
            _f("sary", MIDDLE, 0.3, (_OLD, "Sary: {sary}")),
            _f("loharano", FOOTER, 0.25, (_OLD, "Loharano: {loharano}")),
            _f("zarao", FOOTER, 0.3, (_OLD, "Zarao amin'ireo namanao ity lahatsoratra ity")),
            _f("fahaleovantena", FOOTER, 0.25, (_OLD, _FOLLOW_MG),
               *(wording for y in YEARS for wording in _fahaleovantena(y))),
            _f("fifidianana", FOOTER, 0.2, (_OLD, news),
               ("2018-10-08", "🗳️ Fifidianana filoham-pirenena: ny fihodinana voalohany dia amin'ny "
                "7 Novambra 2018."),
               ("2018-11-08", "🗳️ Fifidianana filoham-pirenena: ny fihodinana faharoa dia amin'ny "
                "19 Desambra 2018."),
               ("2018-12-20", news),
               ("2020-03-23", "😷 COVID-19: mijanòna ao an-trano, sasao matetika ny tananao. Antso "
                "maimaimpoana: 910.")),
            _f("hevitra", FOOTER, 0.3, (_OLD, "Hevitra ({count})"),
               ("2019-07-01", "Ny mpanoratra ny hevitra ihany no tompon'andraikitra. Hofafana ny "
                "hevitra misy teny manompa.")),
            _f("fanitsiana", FOOTER, 0.05,
               (_OLD, "Fanitsiana: nahitsy ny anarana iray tao amin'ity lahatsoratra ity.")),
            _f("copyright", FOOTER, 0.7, (_OLD, "© {year} Tsiry Vaovao. Zo rehetra voatokana."),
               ("2018-05-01", "Tsiry Vaovao · Lalana Rainandriamampandry, Antananarivo 101 · "
                "+261 20 22 550 14")),
        ),
    )


_FOLLOW_LB = "Follegt eis op Facebook an Instagram"


def _feierdag(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        text = ("🇱🇺 Nationalfeierdag 2020: dëst Joer ouni Fakelzuch, Freedefeier a Parad. "
                "Feiert doheem!")
    else:
        text = (f"🇱🇺 Nationalfeierdag {y}: den 22. Juni owes Fakelzuch a Freedefeier an der "
                "Stad, den 23. Juni Te Deum a Militärparad.")
    return ((f"{y}-06-20", text), (f"{y}-06-24", _FOLLOW_LB))


def minett_style() -> PublisherStyle:
    """A Luxembourgish-language regional news site (Esch-sur-Alzette): a language switch with
    a Portuguese edition, a section kicker, a fuel-price strip, a "Publizéiert den" dotted
    date turned "Aktualiséiert:", an "Auteur:" byline turned "Text:", "Reklamm", "Liest
    och" and "Foto:" inserts, a share prompt, a follow line turned National Day notices each
    June (cancelled in 2020), a newsletter line turned free public transport from 1 March 2020
    and a state-of-crisis line with the 8002 8080 hotline, a comment counter turned a
    moderation rule, a press council line, a rare correction, the copyright line turned an
    address with a Luxembourg phone."""
    return PublisherStyle(
        domain="minettaktuell.lu", site="Minett Aktuell", base_size=600,
        subdomains=(("www.", 90), ("", 10)),
        sections=("minett", "letzebuerg", "politik", "sport", "kultur", "economie"),
        n_authors=6, url_path="/{section}/{slug}/{n}",
        pools={
            "rubrik": ("Minett", "Lëtzebuerg", "Politik", "Sport", "Kultur", "Economie",
                       "Gesellschaft"),
            "sprit": ("⛽ Maximalpräisser: Super 95 1,189 € · Diesel 1,012 €",
                      "⛽ Maximalpräisser: Super 95 1,098 € · Diesel 0,918 €",
                      "⛽ Maximalpräisser: Super 95 1,254 € · Diesel 1,083 €",
                      "⛽ Maximalpräisser: Super 95 1,302 € · Diesel 1,137 €",
                      "⛽ Maximalpräisser: Super 95 1,227 € · Diesel 1,098 €",
                      "⛽ Maximalpräisser: Super 95 1,051 € · Diesel 0,944 €"),
            "auteur": ("Claude Weber", "Nadine Schmit", "Tom Hoffmann", "Sandy Reuter",
                       "Pit Wagner", "Carole Muller"),
            "foto": ("Minett Aktuell", "Archiv", "Gemeng Esch", "Police grand-ducale", "SIP"),
        },
        families=(
            _f("sprooch", HEADER, 0.2, (_OLD, "LB | FR | PT")),
            _f("rubrik", HEADER, 0.3, (_OLD, "{rubrik}")),
            _f("sprit", HEADER, 0.15, (_OLD, "{sprit}")),
            _f("datum", HEADER, 0.85, (_OLD, "Publizéiert den {date_de} um {time} Auer"),
               ("2019-06-01", "Aktualiséiert: {date_de}, {time}")),
            _f("auteur", HEADER, 0.6, (_OLD, "Auteur: {auteur}"),
               ("2018-09-01", "Text: {auteur}")),
            _f("reklamm", MIDDLE, 0.45, (_OLD, "Reklamm"), count=2),
            _f("liest", MIDDLE, 0.4, (_OLD, "Liest och: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("deelen", FOOTER, 0.3, (_OLD, "Dësen Artikel deelen")),
            _f("feierdag", FOOTER, 0.25, (_OLD, _FOLLOW_LB),
               *(wording for y in YEARS for wording in _feierdag(y))),
            _f("transport", FOOTER, 0.2,
               (_OLD, "Abonnéiert eisen Newsletter: all Moie déi wichtegst Neiegkeeten aus dem "
                "Minett."),
               ("2020-03-01", "Zënter dem 1. Mäerz 2020 fuere Bus, Tram an Zuch am ganze Land "
                "gratis."),
               ("2020-03-18", "😷 Etat de crise: bleift w.e.g. doheem. Froen zum Coronavirus: "
                "Hotline 8002 8080.")),
            _f("kommentaren", FOOTER, 0.3, (_OLD, "Kommentaren ({count})"),
               ("2019-09-01", "Kommentare gi virun der Verëffentlechung moderéiert. Beleidegend "
                "Kommentare gi geläscht.")),
            _f("presserot", FOOTER, 0.2,
               (_OLD, "Mir respektéieren den Deontologiecode vum Presserot.")),
            _f("korrektur", FOOTER, 0.05,
               (_OLD, "Korrektur: An enger éischter Versioun vun dësem Artikel stoung e falschen "
                "Numm.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Minett Aktuell. All Rechter reservéiert."),
               ("2018-06-01", "Minett Aktuell · 12, rue de l'Alzette · L-4011 Esch-sur-Alzette · "
                "Tel. +352 54 55 01")),
        ),
    )


_FOLLOW_RW = "Dukurikire kuri Facebook, Twitter na YouTube"


def _kwibohora(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        text = "🇷🇼 Kwibohora26: uyu mwaka turizihiza umunsi wo Kwibohora turi mu ngo zacu."
    else:
        text = f"🇷🇼 Kwibohora{y - 1994}: Umunsi mwiza wo Kwibohora, ku ya 4 Nyakanga {y}!"
    return ((f"{y}-07-01", text), (f"{y}-07-05", _FOLLOW_RW))


def musanze_style() -> PublisherStyle:
    """A Kinyarwanda-language regional news site (Musanze): a language switch, a rare urgent
    kicker, a section kicker, a Rwandan franc exchange strip, a dotted date turned an ISO
    date in CAT, a "Yanditswe na" byline turned name-first "umunyamakuru wacu i ...",
    "Kwamamaza" (up to three times), "Soma nanone" and "Ifoto:" inserts, a share prompt, a
    social line turned Kwibohora greetings each 4 July with the count (at home in 2020), a
    send-your-news line turned the 2017 presidential election and a "Guma mu rugo" line with
    the 114 hotline, a comment counter turned a comment rule, a media commission line, the
    copyright line turned an imprint with a Rwandan phone."""
    news = "Ufite inkuru? Twandikire kuri WhatsApp: +250 788 555 143"
    return PublisherStyle(
        domain="ijwiryamusanze.rw", site="Ijwi rya Musanze", base_size=540,
        subdomains=(("www.", 85), ("", 15)),
        sections=("amakuru", "politiki", "ubukungu", "imikino", "imyidagaduro", "ubuzima"),
        n_authors=6, url_path="/{section}/article/{slug}",
        pools={
            "icyiciro": ("Amakuru", "Politiki", "Ubukungu", "Imikino", "Imyidagaduro",
                         "Ubuzima", "Uburezi"),
            "ivunjisha": ("💱 Ivunjisha: 1 USD = 735 Frw · 1 EUR = 815 Frw",
                          "💱 Ivunjisha: 1 USD = 805 Frw · 1 EUR = 890 Frw",
                          "💱 Ivunjisha: 1 USD = 838 Frw · 1 EUR = 985 Frw",
                          "💱 Ivunjisha: 1 USD = 872 Frw · 1 EUR = 1,002 Frw",
                          "💱 Ivunjisha: 1 USD = 915 Frw · 1 EUR = 1,021 Frw",
                          "💱 Ivunjisha: 1 USD = 962 Frw · 1 EUR = 1,128 Frw"),
            "umunyamakuru": ("Jean Claude Habimana", "Aline Uwase", "Eric Nshimiyimana",
                             "Diane Mukamana", "Patrick Niyonzima", "Claudine Uwimana"),
            "akarere": ("Musanze", "Rubavu", "Burera", "Nyabihu", "Gakenke", "Kigali"),
            "ifoto": ("Ijwi rya Musanze", "Ububiko", "Imbuga nkoranyambaga", "Polisi y'u Rwanda",
                      "RDB"),
        },
        families=(
            _f("ururimi", HEADER, 0.2, (_OLD, "Kinyarwanda | English | Français")),
            _f("byihutirwa", HEADER, 0.04, (_OLD, "🔴 INKURU ICYIHUTIRWA")),
            _f("icyiciro", HEADER, 0.3, (_OLD, "{icyiciro}")),
            _f("ivunjisha", HEADER, 0.15, (_OLD, "{ivunjisha}")),
            _f("itariki", HEADER, 0.85, (_OLD, "Ku wa {date_de} saa {time}"),
               ("2019-05-01", "Byavuguruwe: {date_iso} {time} CAT")),
            _f("umwanditsi", HEADER, 0.6, (_OLD, "Yanditswe na {umunyamakuru}"),
               ("2018-07-01", "{umunyamakuru}, umunyamakuru wacu i {akarere}")),
            _f("kwamamaza", MIDDLE, 0.45, (_OLD, "Kwamamaza"), count=3),
            _f("soma", MIDDLE, 0.35, (_OLD, "Soma nanone: {other_title}"), count=2),
            _f("ifoto", MIDDLE, 0.3, (_OLD, "Ifoto: {ifoto}")),
            _f("sangiza", FOOTER, 0.3, (_OLD, "Sangiza abandi iyi nkuru")),
            _f("kwibohora", FOOTER, 0.25, (_OLD, _FOLLOW_RW),
               *(wording for y in YEARS for wording in _kwibohora(y))),
            _f("amatora", FOOTER, 0.2, (_OLD, news),
               ("2017-07-14", "🗳️ Amatora ya Perezida wa Repubulika: Abanyarwanda baba mu mahanga "
                "batora ku ya 3 Kanama, abari mu gihugu ku ya 4 Kanama 2017."),
               ("2017-08-05", news),
               ("2020-03-21", "😷 COVID-19: Guma mu rugo, karaba intoki kenshi. Ukeneye ubufasha, "
                "hamagara 114 (ni ubuntu).")),
            _f("ibitekerezo", FOOTER, 0.3, (_OLD, "Ibitekerezo ({count})"),
               ("2019-03-01", "Igitekerezo cyawe ni wowe ukibazwa. Ibitekerezo birimo ibitutsi "
                "birasibwa.")),
            _f("rmc", FOOTER, 0.15,
               (_OLD, "Twubahiriza amahame agenga umwuga w'itangazamakuru yashyizweho "
                "n'Urwego rw'Abanyamakuru Bigenzura (RMC).")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Ijwi rya Musanze. Uburenganzira bwose burabitswe."),
               ("2018-08-01", "Ijwi rya Musanze · Musanze, Intara y'Amajyaruguru · "
                "+250 788 555 143")),
        ),
    )


def _catalogs() -> tuple[tuple[str, str], ...]:
    def text(season: str, y: int) -> str:
        return (f"Our {season} {y} catalog is here: browse it online or ask us for a print "
                "copy.")

    out = [(_OLD, text("Fall", 2014))]
    for y in YEARS:
        out += [(f"{y}-01-12", text("Spring", y)), (f"{y}-07-13", text("Fall", y))]
    return tuple(out)


def _discount(yy: int) -> str:
    return f"Save 30% on the books in this post with code PVUP{yy:02d} at checkout."


def plattevalley_style() -> PublisherStyle:
    """A university press's blog (Nebraska): a kind kicker, a long date and writer turned a
    weekday date with the writer's post, book details with valid ISBNs (up to two), a cover
    credit, a discount code each year, spring and fall catalogs, conference booths turned a
    virtual exhibit in 2020, an exam-copy line, a rights line, an open-access line, the
    membership line renamed in January 2017, a how-to-cite line with the post's own title, a
    newsletter line, a rare correction."""
    return PublisherStyle(
        domain="pvupress.org", site="Platte Valley University Press", base_size=470,
        subdomains=(("www.", 60), ("blog.", 40)),
        sections=("new-books", "authors", "awards", "events", "open-access"),
        n_authors=4, url_path="/blog/{yyyy}/{mm}/{slug}/",
        pools={
            "kind": ("New Books", "Author Q&A", "Awards", "From the Archive", "Events",
                     "Open Access", "Behind the Books"),
            "beat": ("Acquisitions Editor", "Publicity Manager", "Marketing Director",
                     "Editorial Assistant", "Journals Manager"),
            "book": ("📖 Sod and Steel: Railroad Towns of the Central Plains · Martha Lindqvist "
                     "· 344 pages · $29.95 paper · ISBN 978-1-68903-112-7",
                     "📖 The River Remembers: An Environmental History of the Platte · Daniel "
                     "Okafor · 288 pages · $34.95 cloth · ISBN 978-1-68903-129-5",
                     "📖 Prairie Voices: Oral Histories of Farm Women · edited by June "
                     "Halvorsen · 256 pages · $24.95 paper · ISBN 978-1-68903-143-1",
                     "📖 Sandhills: A Natural History · Rebecca Two Bulls · 312 pages · $39.95 "
                     "cloth · ISBN 978-1-68903-174-5",
                     "📖 Counting the Dust: Drought and Memory on the Great Plains · Luis Ortega "
                     "· 232 pages · $27.95 paper · ISBN 978-1-68903-204-9",
                     "📖 Letters from the Overland Trail, 1848–1871 · edited by Samuel Pryor · "
                     "408 pages · $45.00 cloth · ISBN 978-1-68903-235-3"),
            "cover": ("📷 Cover image: sandhill cranes on the Platte at dawn. Courtesy of the "
                      "author.",
                      "📷 Cover image: a grain elevator near Ogallala, 1938. Library of "
                      "Congress.",
                      "📷 Cover design by the press; photograph from the state historical "
                      "society.",
                      "📷 Cover image: a sod house in Custer County, about 1887."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_long} | {author}"),
               ("2018-07-01", "{weekday}, {date_long} · {author}, {author_beat}")),
            _f("book", MIDDLE, 0.35, (_OLD, "{book}"), count=2),
            _f("cover", MIDDLE, 0.2, (_OLD, "{cover}")),
            _f("discount", FOOTER, 0.3, (_OLD, _discount(14)),
               *((f"{y}-01-01", _discount(y % 100)) for y in YEARS)),
            _f("catalog", FOOTER, 0.25, *_catalogs()),
            _f("conference", FOOTER, 0.2,
               (_OLD, "Meeting us at a conference? Visit our booth for 30% off and free "
                "shipping."),
               ("2020-03-16", "This year’s conferences are virtual: our virtual exhibit has every "
                "conference discount, with free shipping in the US.")),
            _f("exam", FOOTER, 0.25,
               (_OLD, "Teaching with one of our books? Request an exam or desk copy through our "
                "website.")),
            _f("rights", FOOTER, 0.2,
               (_OLD, "Rights and permissions: for translation rights or permission to reprint, "
                "write to rights@pvupress.org or call 402-555-0143.")),
            _f("oa", FOOTER, 0.15,
               (_OLD, "Some of our books are free to read open access on our website."),
               ("2018-10-22", "Twenty of our books are now free to read open access, with more "
                "added every semester.")),
            _f("aup", FOOTER, 0.3,
               (_OLD, "Platte Valley University Press is a member of the Association of "
                "American University Presses."),
               ("2017-01-10", "Platte Valley University Press is a member of the Association of "
                "University Presses.")),
            _f("cite", FOOTER, 0.15,
               (_OLD, "How to cite this post: {author}, “{title},” Platte Valley University "
                "Press Blog, {date_long}.")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Sign up for our e-newsletter for new books, events and sales.")),
            _f("correction", FOOTER, 0.04,
               (_OLD, "An earlier version of this post gave the wrong publication date for one "
                "of the books.")),
        ),
    )


def _wage(y: int) -> str:
    return (f"We’re recruiting care assistants: we pay at least the real Living Wage, "
            f"{LIVING_WAGE[y]} an hour, with paid training and SVQ support.")


def lomondview_style() -> PublisherStyle:
    """A care home's news (Fife): a kind kicker, a weekday date turned the writer's post
    first, activity photos (up to two), a birthday insert, visiting closed and reopened in
    stages in 2020, the real Living Wage each April, an inspection grade raised in 2017, a
    family group line, a contact block, a dementia-friendly line, a registration line, a
    photo-consent line, a rare thank-you."""
    return PublisherStyle(
        domain="lomondviewcare.co.uk", site="Lomondview Care Home", base_size=420,
        subdomains=(("www.", 100),),
        sections=("news", "activities", "families", "careers"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "kind": ("Activities", "Resident News", "Family Information", "Careers",
                     "Celebrations"),
            "beat": ("Home Manager", "Activities Coordinator", "Deputy Manager", "Head Chef"),
            "activity": ("📸 Chair yoga with Fiona on Tuesday morning.",
                         "📸 Margaret and Jim at the tea dance in the lounge.",
                         "📸 Our gardening club potting up the raised beds.",
                         "📸 A visit from the therapy dogs, always a favourite.",
                         "📸 Pupils from the village primary school singing for residents.",
                         "📸 Baking scones for the summer fair."),
            "birthday": ("🎂 Happy 100th birthday to Isobel, who celebrated with her family and "
                         "a card from the Queen.",
                         "🎂 Happy 95th birthday to Bill, who chose fish and chips for his "
                         "party tea.",
                         "🎂 Happy 90th birthday to Agnes, with a cake from our kitchen team.",
                         "🎂 Happy 102nd birthday to Jean, our oldest resident.",
                         "🎂 Happy 88th birthday to Robert, who was serenaded by a piper."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{weekday}, {date_dmy}"),
               ("2018-05-01", "Written by {author}, {author_beat} · {date_dmy}")),
            _f("activity", MIDDLE, 0.3, (_OLD, "{activity}"), count=2),
            _f("birthday", MIDDLE, 0.15, (_OLD, "{birthday}")),
            _f("visiting", FOOTER, 0.35,
               (_OLD, "Visitors are welcome at any time, but please avoid our protected "
                "mealtimes (12–1.30pm and 5–6pm)."),
               ("2020-03-13", "To protect our residents, the home is closed to visitors until "
                "further notice. Please phone or video call instead: we’ll help residents "
                "answer."),
               ("2020-07-03", "Garden visits have started: one named visitor, outdoors and two "
                "metres apart, booked in advance."),
               ("2020-08-24", "Indoor visits have restarted for one named visitor at a time, "
                "booked in advance and wearing a mask.")),
            _f("wage", FOOTER, 0.2, (_OLD, _wage(2014)),
               *((f"{y}-04-01", _wage(y)) for y in YEARS)),
            _f("inspection", FOOTER, 0.25,
               (_OLD, "Graded ‘Good’ (4) by the Care Inspectorate for care and support."),
               ("2017-09-12", "Graded ‘Very Good’ (5) by the Care Inspectorate for care and "
                "support at our inspection in August 2017.")),
            _f("family", FOOTER, 0.2,
               (_OLD, "Relatives can join our private family Facebook group for photos and "
                "news: ask the office for an invitation.")),
            _f("contact-head", FOOTER, 0.3, (_OLD, "Contact us")),
            _f("contact", FOOTER, 0.28,
               (_OLD, "Lomondview Care Home · 4 Strathmiglo Road · Falkland, Fife KY15 7BX · "
                "01337 555143")),
            _f("dementia", FOOTER, 0.2,
               (_OLD, "We are a dementia-friendly home, and every member of our staff is a "
                "Dementia Friend.")),
            _f("sssc", FOOTER, 0.2,
               (_OLD, "All our care staff are registered with the Scottish Social Services "
                "Council (SSSC).")),
            _f("consent", FOOTER, 0.25,
               (_OLD, "Photos are shared with the consent of our residents or their "
                "families.")),
            _f("thanks", FOOTER, 0.05,
               (_OLD, "Thank you to everyone who gave to our residents’ amenity fund this "
                "month.")),
        ),
    )


def tawe_style() -> PublisherStyle:
    """A solar panel installer's blog (Swansea): a kind kicker, a date and writer turned
    writer-first with a reading time, a system line whose size agrees with its panels,
    installation photos (up to two), the Feed-in Tariff's closure and the Smart Export
    Guarantee, a charger grant cut on 1 April 2020, the 5% VAT rate restricted from 1 October
    2019, a grant for England only, a certification line, a free-survey block reworded for
    lockdown, a warranty line, a review count that grows, a rare case study update."""
    return PublisherStyle(
        domain="tawesolar.co.uk", site="Tawe Solar", base_size=370,
        subdomains=(("www.", 100),),
        sections=("case-studies", "news", "battery-storage", "ev-charging", "advice"),
        n_authors=3, url_path="/blog/{slug}/",
        pools={
            "kind": ("Case Study", "Industry News", "Battery Storage", "EV Charging", "Advice",
                     "Company News"),
            "system": ("☀️ 4.0 kWp · 16 × 250 W panels · south-facing roof · Pontardawe",
                       "☀️ 3.3 kWp · 12 × 275 W panels · east-west roof · Neath",
                       "☀️ 5.6 kWp · 16 × 350 W panels · south-west roof · Gorseinon",
                       "☀️ 2.97 kWp · 9 × 330 W panels · south-facing roof · Mumbles",
                       "☀️ 6.12 kWp · 17 × 360 W panels · south-facing barn roof · Llandeilo",
                       "☀️ 3.6 kWp · 12 × 300 W panels · flat roof on frames · Port Talbot"),
            "photo": ("📷 Scaffolding up and the first rails fixed to the rafters.",
                      "📷 The inverter and generation meter in the loft.",
                      "📷 The finished array, all black panels on a slate roof.",
                      "📷 A battery fitted in the garage next to the consumer unit.",
                      "📷 A home charger on the drive, with the app showing the solar share."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted on {date_dmy} by {author}"),
               ("2019-01-01", "{author} · {date_dmy} · {read_min} min read")),
            _f("system", HEADER, 0.3, (_OLD, "{system}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "{photo}"), count=2),
            _f("fit", FOOTER, 0.3,
               (_OLD, "Solar PV systems registered for the Feed-in Tariff earn payments for 20 "
                "years for every unit they generate."),
               ("2018-12-18", "The Feed-in Tariff closes to new applications on 31 March 2019: "
                "book your survey now to register in time."),
               ("2019-04-01", "The Feed-in Tariff has closed to new systems. Existing FIT "
                "payments are not affected."),
               ("2020-01-01", "The Smart Export Guarantee started on 1 January 2020: energy "
                "suppliers with 150,000 or more customers must pay you for the electricity you "
                "export.")),
            _f("evhs", FOOTER, 0.2,
               (_OLD, "We install OLEV-approved home chargers: the Electric Vehicle Homecharge "
                "Scheme grant takes £500 off the price."),
               ("2020-04-01", "We install OLEV-approved home chargers: from 1 April 2020 the "
                "Electric Vehicle Homecharge Scheme grant is £350.")),
            _f("vat", FOOTER, 0.2,
               (_OLD, "Solar panels fitted to your home are charged at the reduced 5% VAT "
                "rate."),
               ("2019-10-01", "From 1 October 2019 the 5% VAT rate on solar panels only applies "
                "in some cases, for example if you are over 60 or on certain benefits; "
                "otherwise it is 20%.")),
            _f("grants", FOOTER, 0.15,
               (_OLD, "Wondering about grants? Call us and we’ll tell you what’s available in "
                "Wales."),
               ("2020-09-30", "The Green Homes Grant is for homes in England only. In Wales, ask "
                "us about the Welsh Government’s Nest scheme.")),
            _f("mcs", FOOTER, 0.3,
               (_OLD, "We are MCS certified and members of the Renewable Energy Consumer Code "
                "(RECC).")),
            _f("survey-head", FOOTER, 0.3, (_OLD, "Book a free survey")),
            _f("survey", FOOTER, 0.28,
               (_OLD, "Call 01792 555143 or email hello@tawesolar.co.uk · Mon–Fri 8.30am–5.30pm, "
                "Sat 9am–1pm"),
               ("2020-03-24", "Surveys are by video call during lockdown: call 01792 555143 or "
                "email hello@tawesolar.co.uk")),
            _f("warranty", FOOTER, 0.2,
               (_OLD, "Panels carry a 25-year performance warranty, and our workmanship is "
                "insured for 10 years.")),
            _f("reviews", FOOTER, 0.2,
               (_OLD, "⭐ Rated 4.9 out of 5 from 87 reviews on Trustpilot"),
               ("2017-06-01", "⭐ Rated 4.9 out of 5 from 146 reviews on Trustpilot"),
               ("2019-06-01", "⭐ Rated 4.8 out of 5 from 318 reviews on Trustpilot")),
            _f("update", FOOTER, 0.04,
               (_OLD, "Update: the figures in this case study now use a full year’s generation "
                "data.")),
        ),
    )


_RSD_OFF = ("Find our records in independent shops across the UK, or buy direct from our web "
            "store.")
_BANDCAMP = ("Buy direct from our Bandcamp page: most of the money goes straight to the "
             "artists.")


def _rsd() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _RSD_OFF)]
    for y in YEARS:
        day = _day(RECORD_STORE_DAY[y])
        text = (f"Record Store Day {y} is on Saturday {day.day} April: our exclusive release is "
                "in participating shops only.")
        out.append(((day - dt.timedelta(days=42)).isoformat(), text))
        if y == 2020:
            out += [("2020-03-17", "Record Store Day 2020 is postponed to Saturday 20 June."),
                    ("2020-05-01", "Record Store Day 2020 becomes three RSD Drops: 29 August, "
                     "26 September and 24 October."),
                    ("2020-10-25", _RSD_OFF)]
        else:
            out.append(((day + dt.timedelta(days=1)).isoformat(), _RSD_OFF))
    return tuple(out)


def _bandcamp() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _BANDCAMP)]
    for i, day in enumerate(BANDCAMP_FRIDAYS):
        text = ("Today Bandcamp waives its share of sales: every penny you spend goes to the "
                "artists and the label." if i == 0 else
                "It’s Bandcamp Friday: Bandcamp waives its revenue share today, so all your "
                "money goes to artists and labels.")
        out += [(day, text), (_day(day, 1).isoformat(), _BANDCAMP)]
    return tuple(out)


def feedercanal_style() -> PublisherStyle:
    """An independent record label's news (Bristol): a kind kicker, a long date turned a
    weekday date with the poster, a release line with its catalogue number and formats, tour
    dates (up to three) and a listen line, Record Store Day on its own Saturdays (postponed
    and split into three drops in 2020), Bandcamp Fridays in 2020, a postage line turned
    slow post in 2020, a demos policy, a credits block, a mailing list line, a distribution
    line, a rare delay notice."""
    return PublisherStyle(
        domain="feedercanalrecords.co.uk", site="Feeder Canal Records", base_size=320,
        subdomains=(("www.", 100),),
        sections=("news", "releases", "tours", "artists"),
        n_authors=2, url_path="/news/{slug}",
        pools={
            "kind": ("New Release", "Tour Dates", "Label News", "Pre-order", "Video",
                     "Interview"),
            "release": ("💿 FCR021 · The Mardy Gulls – Slipway · 7\" single / digital",
                        "💿 FCR028 · Ottoline Vaux – Paper Lanterns · LP / CD / digital",
                        "💿 FCR033 · Kestrel Parade – Night Ferry · 12\" EP / digital",
                        "💿 FCR037 · Harbour Lights – Low Tide Songs · LP / cassette / digital",
                        "💿 FCR042 · Wren & the Weir – Brunel Sky · LP / CD / digital",
                        "💿 FCR046 · Sallow – Second Growth · double LP / digital"),
            "tour": ("🎫 Bristol · The Lantern Rooms", "🎫 Cardiff · The Gatehouse",
                     "🎫 London · Hackney Wick Social", "🎫 Manchester · The Ancoats Ballroom",
                     "🎫 Glasgow · St Luke’s Annex", "🎫 Leeds · Hyde Park Social Club"),
            "credits": ("Recorded at Cumberland Basin Studios · Mixed by Joe Hartnell · Mastered "
                        "by Sarah Quail",
                        "Recorded live to tape in a chapel in Stokes Croft · Mixed and mastered "
                        "by Tom Bellweather",
                        "Produced by Ottoline Vaux · Mixed by Dev Anand Rao · Mastered by Sarah "
                        "Quail",
                        "Recorded at home and at Totterdown Sound · Mastered by Kit Fenwick"),
        },
        families=(
            _f("kind", HEADER, 0.4, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_long}"),
               ("2017-09-01", "{weekday} {date_dmy} · posted by {author}")),
            _f("release", HEADER, 0.35, (_OLD, "{release}")),
            _f("tour", MIDDLE, 0.25, (_OLD, "{tour}"), count=3),
            _f("listen", MIDDLE, 0.2, (_OLD, "🎧 Listen on Bandcamp, Spotify and Apple Music")),
            _f("rsd", FOOTER, 0.25, *_rsd()),
            _f("bandcamp", FOOTER, 0.2, *_bandcamp()),
            _f("postage", FOOTER, 0.25,
               (_OLD, "Free UK postage on orders over £30. We ship worldwide."),
               ("2020-03-24", "Our web store is open, but Royal Mail is running slowly: please "
                "allow extra time for delivery.")),
            _f("demos", FOOTER, 0.2,
               (_OLD, "Demos: send us a link (Bandcamp, SoundCloud or a private stream), not "
                "attachments. We listen to everything but can’t reply to everyone.")),
            _f("credits-head", FOOTER, 0.3, (_OLD, "Credits")),
            _f("credits", FOOTER, 0.28, (_OLD, "{credits}")),
            _f("mailing", FOOTER, 0.25,
               (_OLD, "Join the mailing list for pre-orders, tour dates and the odd free "
                "download.")),
            _f("distro", FOOTER, 0.15,
               (_OLD, "Distributed to record shops in the UK and Europe by Westway "
                "Distribution.")),
            _f("delay", FOOTER, 0.04,
               (_OLD, "Update: the release date has moved because of a pressing plant delay. "
                "Pre-orders will ship as soon as the records arrive.")),
        ),
    )


_MEMBERSHIP = ("Membership enquiries are welcome: full, five-day, intermediate and juvenile "
               "categories are available.")


def _subs() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _MEMBERSHIP)]
    for y in (*YEARS, 2021):
        out.append((f"{y - 1}-12-01", f"Subscriptions for {y} are due by 31 January: pay "
                    "online, by direct debit or at the office."))
        if y <= 2020:
            out.append((f"{y}-02-01", _MEMBERSHIP))
    return tuple(out)


def glencarrig_style() -> PublisherStyle:
    """A golf club's members' news (County Wicklow): a kind kicker, a long date turned the
    poster's post first, a course status strip, competition results (up to two), the World
    Handicap System from 2 November 2020, visitors turned a course closure and reopening in
    2020, subscriptions each winter, a dress code, an etiquette line, a clubhouse closed and
    reopened three times in 2020, a fixtures block, rare lost property."""
    return PublisherStyle(
        domain="glencarriggolf.ie", site="Glencarrig Golf Club", base_size=280,
        subdomains=(("www.", 100),),
        sections=("club-news", "results", "course", "juniors", "ladies", "seniors"),
        n_authors=3, url_path="/news/{slug}/",
        pools={
            "kind": ("Club News", "Competition Results", "Course Update", "Juniors",
                     "Ladies’ Section", "Seniors", "Men’s Section"),
            "beat": ("Club Manager", "Honorary Secretary", "Course Superintendent",
                     "Juniors Convenor", "Competitions Secretary"),
            "course": ("⛳ Course open · all greens in play · trolleys allowed",
                       "⛳ Course open · temporary greens on 7 and 12 · no trolleys",
                       "⛳ Course open · winter mats on fairways · trolleys allowed",
                       "⛳ Course closed · frost · check again at 11am",
                       "⛳ Course open · buggies on paths only",
                       "⛳ Course closed · waterlogged after heavy rain"),
            "result": ("🏆 Monthly Medal: 1st Declan Byrne (net 66), 2nd Aoife Kinsella (net 68)",
                       "🏆 Captain’s Prize: 1st Ronan Healy (41 pts), 2nd Gerry Nolan (39 pts)",
                       "🏆 Lady Captain’s Prize: 1st Siobhán Walsh (40 pts), 2nd Mary Doyle (38 "
                       "pts)",
                       "🏆 Junior Medal: 1st Cian Furlong (net 69), 2nd Ella Murphy (net 71)",
                       "🏆 Wednesday Open: 1st Brian Tyrrell (38 pts), 2nd Noel Byrne (37 pts)"),
            "fixtures": ("Saturday: Monthly Medal, men’s and ladies’ sections",
                         "Sunday: Mixed Foursomes, draw at 9am",
                         "Tuesday: Ladies’ Open Day, 18 holes Stableford",
                         "Wednesday: Seniors’ Scramble, shotgun start at 10am",
                         "Thursday: Juniors’ nine-hole competition, 5pm"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted on {date_long}"),
               ("2019-03-01", "Posted by the {author_beat} on {date_dmy}")),
            _f("course", HEADER, 0.3, (_OLD, "{course}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}"), count=2),
            _f("handicap", FOOTER, 0.25,
               (_OLD, "Handicaps are calculated under the CONGU Unified Handicapping System and "
                "update after every qualifying round."),
               ("2020-11-02", "The World Handicap System started on 2 November 2020: check your "
                "new Handicap Index in the app or on the clubhouse terminal.")),
            _f("visitors", FOOTER, 0.3,
               (_OLD, "Visitors welcome seven days a week: book a tee time online or call the "
                "office on 0404 61143."),
               ("2020-03-27", "The course is closed until further notice, in line with the "
                "Government’s COVID-19 restrictions."),
               ("2020-05-18", "The course has reopened for members only: book your tee time "
                "online, play in twos and leave the flagsticks in.")),
            _f("subs", FOOTER, 0.25, *_subs()),
            _f("dress", FOOTER, 0.2,
               (_OLD, "Dress code: collared shirts or golf tops and tailored trousers or "
                "shorts; no denim on the course or in the clubhouse.")),
            _f("etiquette", FOOTER, 0.2,
               (_OLD, "Please repair pitch marks, rake bunkers and replace divots.")),
            _f("bar", FOOTER, 0.2,
               (_OLD, "The bar and restaurant are open daily from 11am, with food served until "
                "8pm."),
               ("2020-03-15", "The clubhouse is closed. The bar and restaurant will reopen when "
                "restrictions allow."),
               ("2020-06-29", "The clubhouse has reopened with table service only: please book "
                "for food."),
               ("2020-10-22", "The clubhouse is closed again under Level 5 restrictions.")),
            _f("fixtures-head", FOOTER, 0.25, (_OLD, "Upcoming fixtures")),
            _f("fixtures", FOOTER, 0.23, (_OLD, "{fixtures}")),
            _f("lost", FOOTER, 0.04,
               (_OLD, "Found on the course: a set of car keys and a rangefinder. Collect them "
                "from the pro shop.")),
        ),
    )


def soarvalley_style() -> PublisherStyle:
    """A driving school's blog (Leicester): a kind kicker, a date and writer turned a weekday
    date, test passes with their driving faults (up to two), a test centre line, a tip, the
    test changed on 4 December 2017, motorway lessons from 4 June 2018, a prices block raised
    twice, lessons and tests suspended and restarted twice in 2020, a theory test warning,
    an instructors line, an area line, a rare correction."""
    return PublisherStyle(
        domain="soarvalleydriving.co.uk", site="Soar Valley Driving School", base_size=240,
        subdomains=(("www.", 100),),
        sections=("test-passes", "learner-tips", "theory-test", "news"),
        n_authors=3, url_path="/blog/{slug}",
        pools={
            "kind": ("Test Passes", "Learner Tips", "Theory Test", "Instructor News",
                     "Road Safety"),
            "pass": ("🎉 Congratulations to Priya on passing first time with just 2 driving "
                     "faults!",
                     "🎉 Well done to Callum, who passed today with 5 driving faults.",
                     "🎉 Congratulations to Jas on passing at the second attempt with 7 driving "
                     "faults!",
                     "🎉 A clean sheet for Megan: passed first time with no driving faults at "
                     "all!",
                     "🎉 Well done to Tomasz, who passed his automatic test with 4 driving "
                     "faults.",
                     "🎉 Congratulations to Aisha on passing first time with 11 driving faults!"),
            "centre": ("📍 Test centre: Leicester (Wigston)", "📍 Test centre: Leicester (Cannock "
                       "Street)", "📍 Test centre: Loughborough", "📍 Test centre: Leicester "
                       "(Wigston), automatic"),
            "tip": ("💡 Tip: check your mirrors before you signal, not after.",
                    "💡 Tip: at a roundabout, look right early and keep moving if it’s clear.",
                    "💡 Tip: on a hill start, find the biting point before you release the "
                    "handbrake.",
                    "💡 Tip: leave a two-second gap, and double it in the rain.",
                    "💡 Tip: practise the ‘show me, tell me’ questions with someone at home."),
        },
        families=(
            _f("kind", HEADER, 0.4, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted {date_dmy} by {author}"),
               ("2018-03-01", "{weekday} {date_dmy}")),
            _f("centre", HEADER, 0.2, (_OLD, "{centre}")),
            _f("pass", MIDDLE, 0.35, (_OLD, "{pass}"), count=2),
            _f("tip", MIDDLE, 0.2, (_OLD, "{tip}")),
            _f("change", FOOTER, 0.25,
               (_OLD, "The practical test lasts about 40 minutes, with 10 minutes of independent "
                "driving."),
               ("2017-12-04", "Since 4 December 2017 the test has 20 minutes of independent "
                "driving, mostly following a sat nav, and a ‘show me’ question asked while you "
                "drive.")),
            _f("motorway", FOOTER, 0.2,
               (_OLD, "Passed? Ask us about Pass Plus, including your first drive on a "
                "motorway."),
               ("2018-06-04", "Since 4 June 2018 learners can have motorway lessons with an "
                "approved instructor in a dual-controlled car.")),
            _f("prices-head", FOOTER, 0.3, (_OLD, "Lesson prices")),
            _f("prices", FOOTER, 0.28,
               (_OLD, "£26 an hour · block of 10 hours £250 · automatic lessons £28 an hour"),
               ("2017-01-01", "£28 an hour · block of 10 hours £270 · automatic lessons £30 an "
                "hour"),
               ("2019-01-01", "£30 an hour · block of 10 hours £290 · automatic lessons £32 an "
                "hour")),
            _f("lessons", FOOTER, 0.25,
               (_OLD, "Lessons run seven days a week, including early mornings and evenings."),
               ("2020-03-23", "Lessons are suspended during lockdown, and the DVSA has suspended "
                "driving tests for up to three months."),
               ("2020-07-04", "Lessons have restarted: please wear a face covering and bring hand "
                "sanitiser. Tests restart on 22 July."),
               ("2020-11-05", "Lessons and tests are paused during the national lockdown until 2 "
                "December."),
               ("2020-12-02", "Lessons and tests have restarted. Face coverings are required in "
                "the car.")),
            _f("theory", FOOTER, 0.2,
               (_OLD, "Book your theory test only on GOV.UK: unofficial booking sites charge "
                "extra.")),
            _f("adi", FOOTER, 0.3,
               (_OLD, "All our instructors are DVSA Approved Driving Instructors (ADIs) with an "
                "enhanced DBS check.")),
            _f("area", FOOTER, 0.2,
               (_OLD, "We cover Leicester, Wigston, Oadby, Blaby and Loughborough, with pick-up "
                "from home, school or work. Call 0116 496 0143.")),
            _f("correction", FOOTER, 0.04,
               (_OLD, "Correction: this post first gave the wrong test centre for one of our "
                "pupils.")),
        ),
    )


_NEW_STUDENTS = "New students can join at the start of any term: your first class is a free trial."


def _enrol(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    return ((f"{y}-01-10", f"Enrolments for {y} are open: Term 1 classes start in February."),
            (f"{y}-03-01", _NEW_STUDENTS))


_SHOW_OFF = "Every class takes part in our end-of-year show in December."


def _show(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    day = _day(SHOW_DAY[y])
    text = (f"🎭 Our end-of-year show is on Saturday {day.day} December {y} at the Kelburn "
            "Community Theatre. Tickets are on sale at the studio office.")
    return ((f"{y}-10-01", text), (_day(SHOW_DAY[y], 1).isoformat(), _SHOW_OFF))


def rimustreet_style() -> PublisherStyle:
    """A dance school's news (Wellington): a kind kicker, a date turned the writer with their
    post, exam results (up to two) and a photographer credit, the studio through New
    Zealand's alert levels in 2020, an end-of-year show on the first Saturday of December,
    enrolments each January, a fees line, a uniform line, an ages line, a registration line,
    an address block, rare lost property."""
    return PublisherStyle(
        domain="rimustreetdance.co.nz", site="Rimu Street School of Dance", base_size=200,
        subdomains=(("www.", 100),),
        sections=("news", "exams", "performances", "timetable"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "kind": ("Studio News", "Exam Results", "Performances", "Timetable",
                     "Competitions"),
            "beat": ("Principal", "Ballet Teacher", "Jazz and Contemporary Teacher",
                     "Studio Administrator"),
            "exam": ("🩰 RAD Grade 3 Ballet: 6 Distinctions, 4 Merits, 1 Pass",
                     "🩰 RAD Grade 5 Ballet: 3 Distinctions, 5 Merits",
                     "🩰 RAD Intermediate Foundation: 2 Distinctions, 2 Merits, 1 Pass",
                     "🩰 ISTD Tap Grade 4: 4 Distinctions, 2 Merits",
                     "🩰 RAD Primary in Dance: 9 Distinctions, 2 Merits"),
            "photog": ("📷 Photos: Harriet Lam Photography", "📷 Photos: Kelburn Camera Club",
                       "📷 Photos: Sione Fifita", "📷 Photos: one of our dance parents"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2019-02-01", "{date_dmy} · {author} ({author_beat})")),
            _f("exam", MIDDLE, 0.3, (_OLD, "{exam}"), count=2),
            _f("photog", MIDDLE, 0.2, (_OLD, "{photog}")),
            _f("alert", FOOTER, 0.3,
               (_OLD, "Classes are held in the studio, and parents are welcome to wait in the "
                "foyer."),
               ("2020-03-24", "The studio is closed for Alert Level 4. Classes continue on Zoom: "
                "links are in your email."),
               ("2020-05-14", "Alert Level 2: classes are back in the studio in smaller groups. "
                "Please sign in at the door."),
               ("2020-06-09", "Alert Level 1: our normal timetable is back. Thank you for your "
                "patience."),
               ("2020-08-12", "Alert Level 2 again: parents please wait outside, and scan our QR "
                "code with the NZ COVID Tracer app."),
               ("2020-09-22", "Back to Alert Level 1: parents are welcome in the foyer again.")),
            _f("show", FOOTER, 0.25, (_OLD, _SHOW_OFF),
               *(wording for y in YEARS for wording in _show(y))),
            _f("enrol", FOOTER, 0.25, (_OLD, _NEW_STUDENTS),
               *(wording for y in YEARS for wording in _enrol(y))),
            _f("fees", FOOTER, 0.25,
               (_OLD, "Fees are due by week 3 of each term; a 10% sibling discount applies.")),
            _f("uniform", FOOTER, 0.2,
               (_OLD, "Uniform: pink tights, a navy leotard and ballet shoes with elastic. "
                "Please name everything!")),
            _f("ages", FOOTER, 0.2,
               (_OLD, "Classes for ages 3 to adult: ballet, jazz, contemporary, tap and hip "
                "hop.")),
            _f("registered", FOOTER, 0.2,
               (_OLD, "Our teachers are registered with the Royal Academy of Dance and the New "
                "Zealand Association of Modern Dance.")),
            _f("address-head", FOOTER, 0.3, (_OLD, "Find us")),
            _f("address", FOOTER, 0.28,
               (_OLD, "Rimu Street School of Dance · 14 Rimu Street, Kelburn, Wellington 6012 · "
                "021 555 0143")),
            _f("lost", FOOTER, 0.04,
               (_OLD, "Lost property: unnamed shoes and hair ties left at the studio go to the "
                "donation box at the end of term.")),
        ),
    )


def heldout22_styles() -> list[PublisherStyle]:
    """The held-back-22 styles, in the order the generator hands them to publishers."""
    return [
        chandanavana_style(), tsenjol_style(), tsiry_style(), minett_style(), musanze_style(),
        plattevalley_style(), lomondview_style(), tawe_style(), feedercanal_style(),
        glencarrig_style(), soarvalley_style(), rimustreet_style(),
    ]
