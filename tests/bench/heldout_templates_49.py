"""The forty-ninth held-back template set (``held-back-49``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the forty-eighth
held-back set (`tests.bench.heldout_templates_48`; a fiftieth was being written at the same
time by another session, unseen by this one). It was written WITHOUT looking at cleanpipe's
code (nothing under ``cleanpipe/`` or ``configs/`` was read but the generator's model and
template types in ``cleanpipe/sample/``; the slot names come from the earlier sets' modules,
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 98.11% at c769fd7 (the session-start code c9dffc4:
98.11%); studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. The families are the kinds a crawl of news and blogs holds:
dates localised day by day (one beside the arithmetic Hijri date, one with the time zone a
country dropped in 2017, some changing form on the day of a redesign), numbers that change
day by day (an indexed unit of account, an issue number, a countdown), bylines and
datelines of many shapes, notices reworded in 2015-2020 (one only in its letters: cedilla
s and t turned comma-below), notices printed in two languages on two lines, notices that
follow a calendar (votes, storms, epidemics, feasts on the Western, Orthodox, lunar and
Hindu calendars, a carnival season), the article's own title and other articles' titles
(some as bare lines), tag lists, multi-line blocks, mid-body inserts (some up to two
times), bare lines, and families in only 3-6% of articles beside ones in nearly all.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    easter,
    nth_weekday,
    ordinal,
    orthodox_easter,
)
from tests.bench.heldout_calendar import election as _election
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import first_come as _first_come
from tests.bench.heldout_calendar import iso_day as _day

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies


def _timeline(base: list[tuple[str, str]], events: list[Event]) -> tuple[tuple[str, str], ...]:
    """The wordings of a notice: `base` ((first day, text), ...; the first from `_OLD`) in
    force except during `events`, which must not overlap nor hide a base rewording."""
    def base_at(day: dt.date) -> str:
        return [text for start, text in base if start <= day.isoformat()][-1]

    out = dict(base)
    previous_end = dt.date.min
    for start, end, text in sorted(events, key=lambda e: e[0]):
        assert start >= previous_end, (start, text)
        assert not any(start.isoformat() <= s < (end or dt.date.max).isoformat()
                       for s, _ in base if s != _OLD), (start, text)
        out[start.isoformat()] = text
        if end is not None:
            out[end.isoformat()] = base_at(end)
        previous_end = end or dt.date.max
    return tuple(sorted(out.items()))


_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _changes = _PERIOD.daily, _PERIOD.changes


def _seasons(*steps: tuple[str, str], years: range = YEARS) -> list[tuple[str, str]]:
    """A notice that changes on the same days each year: `steps` ((month-day, text), ...,
    in order); the last is in force before the first year."""
    out = [(_OLD, steps[-1][1])]
    for y in years:
        out += [(f"{y}-{md}", text) for md, text in steps]
    return out


def _on(days: Callable[[int], dt.date], before: int, after: int, text: Callable[[int], str],
        years: range = YEARS) -> list[Event]:
    """A notice shown each year around a day (`days`: year -> day), from `before` days before
    to the end of `after` days after; `text` gets the year."""
    out: list[Event] = []
    for y in years:
        day = days(y)
        out.append((day - dt.timedelta(days=before), day + dt.timedelta(days=after + 1),
                    text(y)))
    return out


def _fixed(md: str) -> Callable[[int], dt.date]:
    """The day `md` (month-day) of each year."""
    return lambda y: _day(f"{y}-{md}")


def _listed(days: dict[int, str]) -> Callable[[int], dt.date]:
    """A movable day as the site's readers kept it (`days`: year -> iso day)."""
    return lambda y: _day(days[y])


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The arithmetic (tabular, civil-epoch) Hijri date (year, month, day) of `day`, as the
    date widgets of many Gulf sites compute it: a day off the announced calendar at times."""
    jdn = day.toordinal() + 1_721_425
    l_ = jdn - 1_948_440 + 10_632
    n = (l_ - 1) // 10_631
    l_ = l_ - 10_631 * n + 354
    j = (((10_985 - l_) // 5316) * ((50 * l_) // 17_719)
         + (l_ // 5670) * ((43 * l_) // 15_238))
    l_ = (l_ - ((30 - j) // 15) * ((17_719 * j) // 50) - (j // 16) * ((15_238 * j) // 43)
          + 29)
    m = (24 * l_) // 709
    return 30 * n + j - 30, m, l_ - (709 * m) // 24


def cedilla(text: str) -> str:
    """`text` with Romanian comma-below s and t as the cedilla letters older sites typed."""
    return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
GULF_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
               "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ROMANIAN_MONTHS = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie",
                   "august", "septembrie", "octombrie", "noiembrie", "decembrie")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                  "zondag")
GREEK_MONTHS = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
                "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου",
                "Δεκεμβρίου")
GREEK_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")

# Movable days as the sites' readers kept them.
EID_FITR_OM = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-26", 2018: "2018-06-15",
               2019: "2019-06-05", 2020: "2020-05-24"}
EID_ADHA_OM = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
LOSAR_BT = {2015: "2015-02-19", 2016: "2016-02-09", 2017: "2017-02-27", 2018: "2018-02-16",
            2019: "2019-02-05", 2020: "2020-02-24"}
MACAU_GP_SUNDAY = {2015: "2015-11-22", 2016: "2016-11-20", 2017: "2017-11-19",
                   2018: "2018-11-18", 2019: "2019-11-17", 2020: "2020-11-22"}
PHAGWA = {2015: "2015-03-06", 2016: "2016-03-23", 2017: "2017-03-13", 2018: "2018-03-02",
          2019: "2019-03-21", 2020: "2020-03-10"}
DIVALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}


# --- a Belgian French-language regional daily (Liège) -------------------------------------------

BE_REDESIGN = dt.date(2018, 3, 12)  # the redesign: the numeric date turned the long one
BE_PAYWALL = dt.date(2019, 1, 7)  # the subscribers' line gained the first-month offer
BE_COMMENTS = dt.date(2017, 6, 1)  # comments reserved to subscribers


def _be_dated(day: dt.date) -> str:
    if day < BE_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    dd = "1er" if day.day == 1 else str(day.day)
    return (f"Mis en ligne le {FRENCH_WEEKDAYS[day.weekday()]} {dd} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} à {{time}}")


def _be_newsletter() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Recevez chaque matin l'essentiel de l'actualité liégeoise : inscrivez-vous "
                   "à la newsletter de La Gazette de Meuse.")]
    news: list[Event] = [
        (dt.date(2016, 3, 22), dt.date(2016, 3, 30), "⚫ Attentats à Bruxelles : le point sur "
                                                      "la situation et les numéros utiles"),
        _election("2018-10-14", "🗳️ Communales 2018 : tous les résultats de la province de "
                                "Liège"),
        _election("2019-05-26", "🗳️ Élections du 26 mai : les résultats commune par commune"),
        (dt.date(2020, 3, 13), dt.date(2020, 5, 18), "😷 Coronavirus : les mesures en vigueur "
                                                      "en Belgique"),
        (dt.date(2020, 8, 12), dt.date(2020, 8, 17), "🚫 Pas de 15-Août cette année : les "
                                                      "festivités d'Outremeuse sont annulées"),
        (dt.date(2020, 10, 19), dt.date(2020, 12, 1), "😷 Deuxième vague : couvre-feu et "
                                                       "nouvelles mesures"),
    ]
    feasts = _on(_fixed("08-15"), 2, 0, lambda _: "🎉 Le 15-Août en Outremeuse : programme, "
                                                  "fermetures de voiries et navettes")
    return _timeline(base, _first_come(news, feasts))


def liege_style() -> PublisherStyle:
    """A Belgian French-language regional daily (Liège): a section kicker, "Publié le" with a
    numeric date turned "Mis en ligne le" with the weekday and long date ("1er" on the
    first) on the day of a redesign (a wording per day), "Par ..." or a bare newsroom
    byline, a subscribers-only line gaining an offer, an update line, "Publicité" and "Lire
    aussi :" (both up to twice) inserts, a photo credit, a bare agency line, "La rédaction
    vous conseille" followed by a chevron and another article's title, a newsletter line
    turned the 2016 attacks, two votes, two waves of the pandemic and the 15-Août, a comment
    line turned subscribers-only, an error-report line, a copyright line, a rare traffic
    alert."""
    return PublisherStyle(
        domain="gazettedemeuse.be", site="La Gazette de Meuse", base_size=900,
        subdomains=(("www.", 100),),
        sections=("liege", "faits-divers", "standard", "seraing", "verviers", "economie"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}_{n}",
        pools={
            "rubrique": ("Liège", "Faits divers", "Standard", "Seraing", "Verviers",
                         "Huy-Waremme", "Politique", "Économie"),
            "credit": ("Photo News", "Belga", "D.R.", "Archives La Gazette de Meuse",
                       "Police de Liège", "Google Street View"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("publie", HEADER, 0.85, *_daily(_be_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}")),
            _f("redaction", HEADER, 0.12, (_OLD, "Rédaction en ligne")),
            _f("abonnes", HEADER, 0.12, (_OLD, "Cet article est réservé aux abonnés."),
               (BE_PAYWALL.isoformat(), "Article réservé aux abonnés · 1 € le premier mois, "
                                        "sans engagement")),
            _f("maj", HEADER, 0.25, (_OLD, "Mis à jour à {time}")),
            _f("pub", MIDDLE, 0.45, (_OLD, "Publicité"), count=2),
            _f("lireaussi", MIDDLE, 0.4, (_OLD, "Lire aussi : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "© {credit}")),
            _f("belga", FOOTER, 0.15, (_OLD, "(Belga)")),
            _f("conseil", FOOTER, 0.3, (_OLD, "La rédaction vous conseille")),
            _f("conseil-titre", FOOTER, 0.28, (_OLD, "» {other_title}")),
            _f("newsletter", FOOTER, 0.25, *_be_newsletter()),
            _f("commentaires", FOOTER, 0.3,
               (_OLD, "Les commentaires sont modérés. Merci de rester courtois."),
               (BE_COMMENTS.isoformat(), "Pour réagir, connectez-vous avec votre compte "
                                         "abonné.")),
            _f("erreur", FOOTER, 0.2,
               (_OLD, "Vous avez repéré une erreur ? Signalez-la à la rédaction : "
                "redaction@gazettedemeuse.be")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "Copyright © La Gazette de Meuse {year}. Tous droits de reproduction "
                "réservés.")),
            _f("alerte", HEADER, 0.04,
               (_OLD, "⚠️ ALERTE TRAFIC : l'E25 est fermée vers Maastricht à hauteur du "
                "viaduc de Belle-Île.")),
        ),
    )


# --- an Omani Arabic-language daily (Salalah, Dhofar) -------------------------------------------

OM_HIJRI = dt.date(2016, 6, 6)  # from the first of Ramadan 1437 (as announced), the Hijri date
OM_BYLINE = dt.date(2018, 9, 2)  # "كتب -" turned "متابعة:"
OM_LINKS = dt.date(2019, 2, 3)  # "طالع أيضاً:" turned "ذات صلة:"
OM_FOLLOW = dt.date(2018, 7, 1)  # the WhatsApp service turned Instagram and Twitter
OM_ISSUE_0 = 3150  # the print issue of 1 January 2015


def _om_dated(day: dt.date) -> str:
    gregorian = f"{day.day} {GULF_MONTHS[day.month - 1]} {day.year}"
    if day < OM_HIJRI:
        return f"{ARABIC_WEEKDAYS[day.weekday()]}، {gregorian}"
    hy, hm, hd = hijri(day)
    return (f"{ARABIC_WEEKDAYS[day.weekday()]} {hd} {HIJRI_MONTHS[hm - 1]} {hy}هـ - "
            f"{gregorian}م")


def om_issue(day: dt.date) -> int:
    """The print issue of `day`: one a day, none on Fridays."""
    days = (day - FIRST_DAY).days
    fridays = (days + (FIRST_DAY.weekday() - 4) % 7) // 7  # Fridays from 1 January to `day`
    return OM_ISSUE_0 + days - fridays


def _om_issue(day: dt.date) -> str:
    return f"السنة {day.year - 2005} - العدد {om_issue(day)}"


def _om_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "للاشتراك في خدمة أخبار ظفار اليوم عبر الواتساب أرسل كلمة «اشتراك» إلى "
                   "95550123"),
            (OM_FOLLOW.isoformat(), "تابعوا ظفار اليوم على إنستغرام وتويتر: @dhofaralyoum")]
    news: list[Event] = [
        _election("2015-10-25", "🗳️ انتخابات مجلس الشورى 2015: النتائج الأولية لولايات ظفار"),
        (dt.date(2018, 5, 23), dt.date(2018, 5, 29), "🌀 إعصار مكونو: تعليمات الهيئة العامة "
                                                      "للدفاع المدني والإسعاف"),
        _election("2019-10-27", "🗳️ انتخابات مجلس الشورى 2019: النتائج الأولية لولايات ظفار"),
        (dt.date(2020, 1, 11), dt.date(2020, 2, 20), "🖤 إنا لله وإنا إليه راجعون: رحم الله "
                                                      "السلطان قابوس بن سعيد"),
        (dt.date(2020, 3, 15), dt.date(2020, 6, 1), "😷 كورونا: قرارات اللجنة العليا أولاً "
                                                     "بأول"),
    ]
    feasts = _on(_fixed("11-18"), 1, 1, lambda y: f"🇴🇲 العيد الوطني الـ{y - 1970} المجيد: "
                                                   f"كل عام وعُمان بخير")
    feasts += _on(_fixed("07-23"), 0, 0, lambda y: f"🇴🇲 ذكرى يوم النهضة المباركة الـ"
                                                   f"{y - 1970}", years=range(2015, 2020))
    feasts += _on(_listed(EID_FITR_OM), 0, 2, lambda _: "🌙 عيد فطر سعيد، وكل عام وأنتم بخير")
    feasts += _on(_listed(EID_ADHA_OM), 0, 3, lambda _: "🐑 عيد أضحى مبارك، وكل عام وأنتم "
                                                        "بخير")
    return _timeline(base, _first_come(news, feasts))


def _om_khareef() -> tuple[tuple[str, str], ...]:
    out = dict(_seasons(("06-21", "🌧️ موسم خريف ظفار: دليل الفعاليات والطرق والإرشادات"),
                        ("09-22", "دليل ظفار السياحي: الفنادق والمخيمات والمواقع الأثرية")))
    out["2020-06-21"] = "🚫 خريف 2020: إغلاق محافظة ظفار أمام الزوار هذا العام"
    return tuple(sorted(out.items()))


def salalah_style() -> PublisherStyle:
    """An Omani Arabic-language daily (Salalah): a section kicker, the weekday and Gulf
    month name turned the arithmetic Hijri date beside the Gregorian one from Ramadan 2016
    (a wording per day), the print year and issue number (one a day but Fridays), a
    city-and-agency dateline, "كتب -" turned "متابعة:", an ad-space and "طالع أيضاً:"
    (turned "ذات صلة:"; both up to twice) inserts, a photographer credit, a seasonal guide
    turned the monsoon season each summer (closed in 2020), a WhatsApp service turned
    Instagram and two votes, a cyclone, the late Sultan's mourning, the 2020 pandemic,
    National Day, Renaissance Day (until 2019) and both feasts, a comment disclaimer, a
    copyright line, a rare weather warning."""
    return PublisherStyle(
        domain="dhofaralyoum.om", site="ظفار اليوم", base_size=780,
        subdomains=(("www.", 100),),
        sections=("local", "dhofar", "economy", "sport", "world", "culture"),
        n_authors=5, url_path="/news/{n}",
        pools={
            "qism": ("محليات", "ظفار", "اقتصاد", "رياضة", "عربي ودولي", "ثقافة", "الخريف"),
            "madina": ("صلالة", "مسقط", "طاقة", "مرباط", "ثمريت", "رخيوت", "ضلكوت"),
            "wakala": ("العُمانية", "ظفار اليوم", "الوكالات"),
            "musawwir": ("سالم المعشني", "أحمد الكثيري", "خالد الشنفري", "أرشيف ظفار اليوم",
                         "وكالة الأنباء العمانية"),
        },
        families=(
            _f("qism", HEADER, 0.3, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.85, *_daily(_om_dated)),
            _f("adad", HEADER, 0.3, *_daily(_om_issue)),
            _f("dateline", HEADER, 0.45, (_OLD, "{madina} - {wakala}:")),
            _f("katib", HEADER, 0.45, (_OLD, "كتب - {author}"),
               (OM_BYLINE.isoformat(), "متابعة: {author}")),
            _f("ilan", MIDDLE, 0.4, (_OLD, "مساحة إعلانية"), count=2),
            _f("talie", MIDDLE, 0.35, (_OLD, "طالع أيضاً: {other_title}"),
               (OM_LINKS.isoformat(), "ذات صلة: {other_title}"), count=2),
            _f("taswir", MIDDLE, 0.3, (_OLD, "تصوير: {musawwir}")),
            _f("khareef", FOOTER, 0.2, *_om_khareef()),
            _f("follow", FOOTER, 0.3, *_om_follow()),
            _f("taaliqat", FOOTER, 0.3,
               (_OLD, "التعليقات المنشورة تعبّر عن آراء أصحابها ولا تعبّر بالضرورة عن رأي "
                "ظفار اليوم")),
            _f("copyright", FOOTER, 0.5, (_OLD, "جميع الحقوق محفوظة © ظفار اليوم {year}")),
            _f("tanbih", HEADER, 0.04,
               (_OLD, "⚠️ الأرصاد: أمطار رعدية متوقعة على جبال ظفار، ونهيب بالجميع عدم عبور "
                "الأودية")),
        ),
    )


# --- a Bolivian regional daily (Cochabamba) ------------------------------------------------------

BO_DAILY = dt.date(2017, 5, 2)  # the numeric date turned the weekday and long date
BO_LINKS = dt.date(2019, 3, 4)  # "Lea también:" turned "LE PUEDE INTERESAR:"
BO_SOURCE = dt.date(2018, 1, 15)  # "Con información de" turned "Fuente:"
BO_GROUP = dt.date(2018, 10, 1)  # the WhatsApp group turned Telegram
BO_COMMENTS = dt.date(2018, 6, 4)  # the comment line named the anti-racism law

# The UFV (an indexed unit of account, one value a day): its yearly growth, as the site's
# widget prints it.
UFV_START = 2.05_000
UFV_GROWTH = {2015: 0.045, 2016: 0.036, 2017: 0.026, 2018: 0.017, 2019: 0.015, 2020: 0.009,
              2021: 0.008}


@cache
def _ufv_table() -> dict[dt.date, float]:
    out, value, day = {}, UFV_START, FIRST_DAY
    while day <= LAST_DAY:
        out[day] = value
        value *= (1 + UFV_GROWTH[day.year]) ** (1 / 365)
        day += dt.timedelta(days=1)
    return out


def ufv(day: dt.date) -> str:
    """The UFV of `day` as the widget prints it: five decimals after a comma."""
    return f"{_ufv_table()[day]:.5f}".replace(".", ",")


def _bo_dated(day: dt.date) -> str:
    if day < BO_DAILY:
        return f"Publicado: {day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"{SPANISH_WEEKDAYS[day.weekday()]}, {day.day} de {SPANISH_MONTHS[day.month - 1]} "
            f"de {day.year} - {{time}}")


def _bo_rates(day: dt.date) -> str:
    return f"Dólar: Bs 6,86 compra · Bs 6,96 venta | UFV: {ufv(day)}"


def _bo_group() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Recibe las noticias de La Voz del Tunari en tu celular: únete a nuestro "
                   "grupo de WhatsApp."),
            (BO_GROUP.isoformat(), "Síguenos en Telegram y recibe las noticias de La Voz del "
                                   "Tunari al instante.")]
    news: list[Event] = [
        _election("2016-02-21", "🗳️ Referendo constitucional: sigue el cómputo del 21F"),
        _election("2019-10-20", "🗳️ Elecciones generales 2019: resultados en vivo"),
        (dt.date(2019, 10, 21), dt.date(2019, 11, 25), "⚠️ Conflicto poselectoral: bloqueos, "
                                                        "paros y marchas en Cochabamba"),
        (dt.date(2020, 3, 22), dt.date(2020, 9, 1), "😷 Cuarentena: horarios de circulación y "
                                                     "restricciones en Cochabamba"),
        _election("2020-10-18", "🗳️ Elecciones generales 2020: resultados en vivo"),
    ]
    feasts = _on(lambda y: easter(y) - dt.timedelta(days=50), 3, 1,
                 lambda _: "🎭 Carnaval de Oruro: horarios de la Entrada y cortes de vías")
    feasts += _on(_fixed("08-15"), 1, 1, lambda _: "🙏 Fiesta de Urkupiña: la peregrinación a "
                                                   "Quillacollo minuto a minuto")
    return _timeline(base, _first_come(news, feasts))


def cochabamba_style() -> PublisherStyle:
    """A Bolivian regional daily (Cochabamba): a section kicker, "Publicado:" with a numeric
    date turned the weekday and long date (a wording per day, from May 2017), "Por", the
    exchange-rate widget with the day's UFV (a wording per day), "Publicidad" and "Lea
    también:" (turned "LE PUEDE INTERESAR:"; both up to twice) inserts, a photo credit, a
    source line turned "Fuente:", a group line turned Telegram and three votes, the 2019
    unrest, the 2020 quarantine, the Oruro carnival and the Urkupiña pilgrimage, a comment
    disclaimer naming the anti-racism law from 2018, an address line, a copyright line, a
    rare water cut."""
    return PublisherStyle(
        domain="vozdeltunari.com.bo", site="La Voz del Tunari", base_size=660,
        subdomains=(("www.", 100),),
        sections=("local", "seguridad", "pais", "economia", "deportes", "cultura"),
        n_authors=5, url_path="/{section}/{yyyy}{mm}{dd}/{slug}",
        pools={
            "seccion": ("Local", "Seguridad", "País", "Economía", "Deportes", "Wilstermann",
                        "Cultura", "Opinión"),
            "foto": ("APG Noticias", "ABI", "Archivo", "Redes sociales", "Noelia Quiroga",
                     "Daniel James Rocha"),
            "agencia": ("ABI", "ANF", "EFE", "Erbol", "AFP", "Correo del Sur"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_daily(_bo_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("cotizacion", HEADER, 0.3, *_daily(_bo_rates)),
            _f("publicidad", MIDDLE, 0.4, (_OLD, "Publicidad"), count=2),
            _f("lea", MIDDLE, 0.4, (_OLD, "Lea también: {other_title}"),
               (BO_LINKS.isoformat(), "LE PUEDE INTERESAR: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("fuente", FOOTER, 0.3, (_OLD, "Con información de {agencia}"),
               (BO_SOURCE.isoformat(), "Fuente: {agencia}")),
            _f("grupo", FOOTER, 0.25, *_bo_group()),
            _f("comentarios", FOOTER, 0.25,
               (_OLD, "La Voz del Tunari no se responsabiliza por las opiniones vertidas en "
                "los comentarios."),
               (BO_COMMENTS.isoformat(), "La Voz del Tunari no se responsabiliza por las "
                                         "opiniones vertidas en los comentarios. Los mensajes "
                                         "racistas o discriminatorios serán eliminados (Ley "
                                         "045).")),
            _f("direccion", FOOTER, 0.35,
               (_OLD, "Av. Heroínas 0-455 · Cochabamba, Bolivia · Telf. (591-4) 455-0120")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "© {year} La Voz del Tunari. Prohibida su reproducción total o parcial "
                "sin autorización.")),
            _f("corte", FOOTER, 0.04,
               (_OLD, "⚠️ SEMAPA anuncia corte de agua en la zona sud este sábado de 08:00 a "
                "18:00.")),
        ),
    )


# --- a Moldovan Romanian-language regional news site (Bălți) ------------------------------------

MD_DAILY = dt.date(2016, 9, 5)  # the dotted date turned the long Romanian date
MD_COMMA = dt.date(2017, 3, 6)  # the cedilla letters (ş, ţ) turned comma-below (ș, ț)
MD_TELEGRAM = dt.date(2019, 6, 3)  # the Facebook line turned Telegram
MD_LINKS = dt.date(2018, 11, 19)  # "Citește și:" turned capitals
MD_DONATE = dt.date(2019, 9, 2)  # the suggested monthly gift doubled


def _md_dated(day: dt.date) -> str:
    if day < MD_DAILY:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"{day.day} {ROMANIAN_MONTHS[day.month - 1]} {day.year}, {{time}}"


def _md(text: str) -> list[tuple[str, str]]:
    """A notice typed with cedillas before `MD_COMMA` and with comma-below letters after."""
    return [(_OLD, cedilla(text)), (MD_COMMA.isoformat(), text)]


def _md_follow() -> tuple[tuple[str, str], ...]:
    base = _md("Abonați-vă la pagina noastră de Facebook pentru cele mai noi știri din nordul "
               "Moldovei.")
    base.append((MD_TELEGRAM.isoformat(), "Urmăriți Vocea Răutului pe Telegram: "
                                          "t.me/vocearautului"))
    news: list[Event] = [
        _election("2016-10-30", cedilla("🗳️ Alegeri prezidențiale 2016: rezultatele "
                                        "preliminare")),
        _election("2016-11-13", cedilla("🗳️ Turul doi al prezidențialelor: rezultatele "
                                        "preliminare")),
        _election("2019-02-24", "🗳️ Alegeri parlamentare 2019: rezultatele pe circumscripții"),
        _election("2019-10-20", "🗳️ Alegeri locale 2019: cine conduce Bălțiul"),
        (dt.date(2020, 3, 17), dt.date(2020, 5, 16), "😷 Stare de urgență: ce se deschide și ce "
                                                      "rămâne închis"),
        _election("2020-11-01", "🗳️ Alegeri prezidențiale 2020: rezultatele preliminare"),
        _election("2020-11-15", "🗳️ Turul doi al prezidențialelor: rezultatele preliminare"),
    ]

    def typed(days: Callable[[int], dt.date], before: int, after: int,
              text: Callable[[int], str]) -> list[Event]:
        return _on(days, before, after,
                   lambda y: cedilla(text(y)) if days(y) < MD_COMMA else text(y))

    feasts = typed(_fixed("08-27"), 0, 0, lambda y: f"🇲🇩 La mulți ani, Republica Moldova! "
                                                    f"{y - 1991} de ani de independență")
    feasts += typed(_fixed("03-01"), 0, 0, lambda _: "🌸 Un Mărțișor frumos și o primăvară cu "
                                                     "bucurii!")
    feasts += typed(orthodox_easter, 0, 1, lambda _: "🥚 Hristos a înviat! Paște fericit!")
    feasts += typed(lambda y: orthodox_easter(y) + dt.timedelta(days=8), 1, 0,
                    lambda _: "🕯️ Paștele Blajinilor: programul transportului spre cimitire")
    return _timeline(base, _first_come(news, feasts))


def balti_style() -> PublisherStyle:
    """A Moldovan Romanian-language regional news site (Bălți): a "RO | RU" switch, a
    section kicker, a dotted date turned the long Romanian date (a wording per day, from
    September 2016), "Autor:", a view counter, "Citește și:" (turned capitals; up to twice)
    and "Publicitate" inserts, a photo credit, a source line, notices typed with cedilla ş
    and ţ until March 2017 and with comma-below ș and ț after, a follow line turned Telegram
    and six votes, the 2020 emergency, Independence Day, Mărțișor, Orthodox Easter and the
    Easter of the Blessed, a reprint rule, a donor-funding disclaimer naming the donor, a
    donation appeal whose sum doubled, a comment rule, a copyright line with a year range,
    a rare black-ice warning."""
    return PublisherStyle(
        domain="vocearautului.md", site="Vocea Răutului", base_size=560,
        subdomains=(("", 100),),
        sections=("social", "politic", "economic", "balti", "sport", "cultura"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrica": ("Social", "Politic", "Economic", "Bălți", "Sport", "Cultură",
                        "Actualitate", "Sănătate"),
            "foto": ("arhivă", "Vocea Răutului", "facebook.com/primariabalti", "captură video",
                     "IGP", "Poliția de Frontieră"),
            "sursa": ("IPN", "Moldpres", "Infotag", "Agora", "NewsMaker", "Ziarul de Gardă"),
            "donator": ("Ambasadei Suediei în Republica Moldova", "Fundației Soros Moldova",
                        "Uniunii Europene", "Ambasadei SUA la Chișinău",
                        "Fondului pentru Jurnalism Regional"),
        },
        families=(
            _f("limba", HEADER, 0.2, (_OLD, "RO | RU")),
            _f("rubrica", HEADER, 0.3, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.85, *_daily(_md_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("vizualizari", HEADER, 0.35, (_OLD, "👁 {count} vizualizări")),
            _f("citeste", MIDDLE, 0.4, *_md("Citește și: {other_title}"),
               (MD_LINKS.isoformat(), "CITEȘTE ȘI: {other_title}"), count=2),
            _f("publicitate", MIDDLE, 0.35, (_OLD, "Publicitate")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("sursa", FOOTER, 0.25, (_OLD, "Sursa: {sursa}")),
            _f("follow", FOOTER, 0.3, *_md_follow()),
            _f("preluare", FOOTER, 0.45,
               *_md("Preluarea materialelor este permisă doar cu indicarea sursei și a "
                    "hyperlinkului activ către vocearautului.md")),
            _f("proiect", FOOTER, 0.1,
               *_md("Acest material a fost realizat cu sprijinul {donator}. Opiniile "
                    "exprimate aparțin autorilor.")),
            _f("donatie", FOOTER, 0.2,
               *_md("Susține Vocea Răutului: cu 50 de lei pe lună ne ajuți să rămânem "
                    "independenți."),
               (MD_DONATE.isoformat(), "Susține Vocea Răutului: cu 100 de lei pe lună ne "
                                       "ajuți să rămânem independenți.")),
            _f("comentarii", FOOTER, 0.25,
               *_md("Comentariile care conțin limbaj licențios sau instigă la ură vor fi "
                    "șterse.")),
            _f("copyright", FOOTER, 0.45,
               (_OLD, "© 2009–{year} Vocea Răutului. Toate drepturile rezervate.")),
            _f("polei", HEADER, 0.04,
               *_md("❄️ Polei pe drumurile din nordul țării: poliția le recomandă șoferilor să "
                    "evite deplasările.")),
        ),
    )


# --- a Namibian German-language daily (Windhoek) ------------------------------------------------

NA_CAT = dt.date(2017, 9, 3)  # winter time abolished: Central African Time all year
NA_FOLLOW = dt.date(2018, 4, 3)  # the WhatsApp service turned Facebook and Instagram
NA_LINKS = dt.date(2018, 7, 2)  # "Lesen Sie auch:" turned "Auch interessant:"
NA_EPAPER = dt.date(2019, 1, 1)  # the e-paper price rose


def na_zone(day: dt.date) -> str:
    """The zone the site prints: West Africa Time in winter (first Sunday of April to first
    Sunday of September) and its summer time otherwise, Central Africa Time from 2017."""
    if day >= NA_CAT:
        return "CAT"
    winter = nth_weekday(day.year, 4, 6, 1) <= day < nth_weekday(day.year, 9, 6, 1)
    return "WAT" if winter else "WAST"


def _na_dated(day: dt.date) -> str:
    return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
            f"{day.year} | {{time}} {na_zone(day)}")


def _na_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Nachrichten aufs Handy: Schicken Sie „Start“ per WhatsApp an "
                   "081 555 0147."),
            (NA_FOLLOW.isoformat(), "Folgen Sie dem Südwester Kurier auf Facebook und "
                                    "Instagram.")]
    news: list[Event] = [
        _election("2015-11-27", "🗳️ Regional- und Kommunalwahlen: die Ergebnisse aus allen "
                                "Wahlkreisen"),
        (dt.date(2019, 5, 6), dt.date(2019, 6, 1), "🌵 Dürre-Notstand: Hilfen für Farmer und "
                                                    "Futterpreise im Überblick"),
        _election("2019-11-27", "🗳️ Präsidentschafts- und Parlamentswahl: die Ergebnisse "
                                "live"),
        (dt.date(2020, 3, 27), dt.date(2020, 6, 2), "😷 Corona-Lockdown: was in Khomas und "
                                                     "Erongo jetzt gilt"),
        _election("2020-11-25", "🗳️ Regional- und Kommunalwahlen: die Ergebnisse aus allen "
                                "Wahlkreisen"),
    ]
    feasts = _on(_fixed("03-21"), 0, 0, lambda y: f"🇳🇦 {y - 1990} Jahre Unabhängigkeit: "
                                                   f"Alles Gute, Namibia!")
    return _timeline(base, _first_come(news, feasts))


def windhoek_style() -> PublisherStyle:
    """A Namibian German-language daily (Windhoek): a section kicker, the German date with
    the time and the zone (WAT or WAST until Namibia dropped winter time in September 2017,
    CAT after; a wording per day), "Von ..., <town>", "ANZEIGE" and "Lesen Sie auch:"
    (turned "Auch interessant:"; both up to twice) inserts, a photo credit, an agency line
    naming the site, an e-paper price that rose, a WhatsApp line (with German quotation
    marks) turned Facebook and three votes, a drought emergency, the 2020 lockdown and
    Independence Day, a letters disclaimer, an imprint line, a copyright line, a rare storm
    warning."""
    return PublisherStyle(
        domain="suedwesterkurier.com.na", site="Südwester Kurier", base_size=480,
        subdomains=(("www.", 100),),
        sections=("lokales", "politik", "wirtschaft", "sport", "tourismus", "kultur"),
        n_authors=4, url_path="/artikel/{slug}-{n}",
        pools={
            "ressort": ("Lokales", "Politik", "Wirtschaft", "Sport", "Swakopmund",
                        "Tourismus", "Landwirtschaft", "Kultur"),
            "ort": ("Windhoek", "Swakopmund", "Walvis Bay", "Otjiwarongo", "Keetmanshoop",
                    "Lüderitz"),
            "foto": ("NAMPA", "SK-Archiv", "Leserfoto", "Nampol", "privat", "Reuters"),
            "agentur": ("NAMPA", "dpa", "Reuters", "AFP", "Xinhua"),
        },
        families=(
            _f("ressort", HEADER, 0.3, (_OLD, "{ressort}")),
            _f("datum", HEADER, 0.85, *_daily(_na_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}, {ort}")),
            _f("anzeige", MIDDLE, 0.4, (_OLD, "ANZEIGE"), count=2),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}"),
               (NA_LINKS.isoformat(), "Auch interessant: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("agentur", FOOTER, 0.2, (_OLD, "({agentur}/Südwester Kurier)")),
            _f("epaper", FOOTER, 0.25,
               (_OLD, "Die E-Paper-Ausgabe des Südwester Kurier gibt es ab N$ 120 im Monat."),
               (NA_EPAPER.isoformat(), "Die E-Paper-Ausgabe des Südwester Kurier gibt es ab "
                                       "N$ 145 im Monat.")),
            _f("follow", FOOTER, 0.25, *_na_follow()),
            _f("leserbrief", FOOTER, 0.15,
               (_OLD, "Leserbriefe geben nicht unbedingt die Meinung der Redaktion wieder. Die "
                "Redaktion behält sich Kürzungen vor.")),
            _f("impressum", FOOTER, 0.3,
               (_OLD, "Südwester Kurier · Postfach 5611 · Windhoek · Tel. +264 61 555 0192")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Südwester Kurier · Alle Rechte "
                                                "vorbehalten")),
            _f("unwetter", HEADER, 0.04,
               (_OLD, "⚠️ Unwetterwarnung: Der Wetterdienst warnt vor Starkregen und "
                "Sturzfluten im Khomas-Hochland.")),
        ),
    )


# --- a Cameroonian bilingual French and English news site (Douala) ------------------------------

CM_LINKS = dt.date(2019, 1, 14)  # "LIRE AUSSI / READ ALSO" turned "À lire / Read"


def _cm_dated_fr(day: dt.date) -> str:
    dd = "1er" if day.day == 1 else str(day.day)
    return f"{{ville}}, le {dd} {FRENCH_MONTHS[day.month - 1]} {day.year}"


def _cm_dated_en(day: dt.date) -> str:
    return f"{{ville}}, {ordinal(day.day)} {ENGLISH_MONTHS[day.month - 1]}, {day.year}"


def _cm_group(english: bool) -> tuple[tuple[str, str], ...]:
    def t(fr: str, en: str) -> str:
        return en if english else fr

    base = [(_OLD, t("Rejoignez notre groupe WhatsApp pour l'actualité du Littoral : "
                     "+237 655 55 01 23",
                     "Join our WhatsApp group for news from the Littoral: +237 655 55 01 23"))]
    shutdown = t("⚠️ Coupure d'Internet au Nord-Ouest et au Sud-Ouest : suivez-nous par SMS",
                 "⚠️ Internet shutdown in the North-West and South-West: follow us by SMS")
    news: list[Event] = [
        (dt.date(2017, 1, 17), dt.date(2017, 2, 5), shutdown),
        (dt.date(2017, 2, 13), dt.date(2017, 4, 21), shutdown),
        (dt.date(2017, 2, 5), dt.date(2017, 2, 13),
         t("🏆 Les Lions Indomptables champions d'Afrique !",
           "🏆 The Indomitable Lions are champions of Africa!")),
        _election("2018-10-07", t("🗳️ Présidentielle 2018 : suivez le scrutin en direct",
                                  "🗳️ 2018 presidential election: follow the vote live")),
        _election("2020-02-09", t("🗳️ Législatives et municipales : les résultats",
                                  "🗳️ Legislative and municipal elections: the results")),
        (dt.date(2020, 3, 18), dt.date(2020, 5, 1),
         t("😷 Coronavirus : les mesures du gouvernement", "😷 Coronavirus: the government's "
                                                            "measures")),
    ]
    feasts = _on(_fixed("05-20"), 0, 0,
                 lambda y: t(f"🇨🇲 Bonne {y - 1972}e fête de l'Unité !",
                             f"🇨🇲 Happy {ordinal(y - 1972)} National Day!"))
    feasts += _on(_fixed("02-11"), 0, 0, lambda y: t(f"🎉 Bonne {y - 1966}e fête de la "
                                                     f"Jeunesse !",
                                                     f"🎉 Happy {ordinal(y - 1966)} Youth "
                                                     f"Day!"))
    return _timeline(base, _first_come(news, feasts))  # the title week of 2017 wins


def douala_style() -> PublisherStyle:
    """A Cameroonian bilingual news site (Douala): a bilingual section kicker, a French
    dateline with a city slot ("1er" on the first) and the same in English with an ordinal
    (each a wording per day, the two on adjacent lines), "Par / By", bilingual "PUBLICITÉ /
    ADVERTISEMENT" and "LIRE AUSSI / READ ALSO" (turned "À lire / Read"; both up to twice)
    inserts, a photo credit, a WhatsApp line in French and in English on adjacent lines, both
    turned the 2017 internet shutdown, two votes, the 2020 pandemic, National Day and Youth
    Day, a bilingual opinion disclaimer, copyright lines in both languages, a rare
    load-shedding notice."""
    return PublisherStyle(
        domain="littoralecho.cm", site="Littoral Echo", base_size=420,
        subdomains=(("www.", 100),),
        sections=("societe", "politique", "economie", "sport", "culture", "regions"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "rubrique": ("Société / Society", "Politique / Politics", "Économie / Economy",
                         "Sport / Sports", "Culture", "Régions / Regions"),
            "ville": ("Douala", "Yaoundé", "Buea", "Limbé", "Bafoussam", "Kribi"),
            "photo": ("Littoral Echo", "DR", "Archives", "CRTV", "Minsanté", "Fecafoot"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date-fr", HEADER, 0.75, *_daily(_cm_dated_fr)),
            _f("date-en", HEADER, 0.7, *_daily(_cm_dated_en)),
            _f("par", HEADER, 0.55, (_OLD, "Par / By {author}")),
            _f("pub", MIDDLE, 0.4, (_OLD, "PUBLICITÉ / ADVERTISEMENT"), count=2),
            _f("lire", MIDDLE, 0.35, (_OLD, "LIRE AUSSI / READ ALSO : {other_title}"),
               (CM_LINKS.isoformat(), "À lire / Read : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo : {photo}")),
            _f("groupe-fr", FOOTER, 0.3, *_cm_group(english=False)),
            _f("groupe-en", FOOTER, 0.28, *_cm_group(english=True)),
            _f("opinions", FOOTER, 0.2,
               (_OLD, "Les opinions exprimées n'engagent que leurs auteurs. / Opinions "
                "expressed are solely those of the authors.")),
            _f("copyright-fr", FOOTER, 0.45, (_OLD, "© {year} Littoral Echo. Tous droits "
                                                    "réservés.")),
            _f("copyright-en", FOOTER, 0.4, (_OLD, "© {year} Littoral Echo. All rights "
                                                   "reserved.")),
            _f("delestage", HEADER, 0.04,
               (_OLD, "⚡ Délestages annoncés à Bonabéri et Akwa ce week-end / Load-shedding "
                "in Bonabéri and Akwa this weekend")),
        ),
    )


# --- a Macau Portuguese-language daily (Macau) --------------------------------------------------

MO_SPELLING = dt.date(2016, 1, 4)  # the new spelling: months in lower case
MO_LINKS = dt.date(2018, 2, 26)  # "VEJA TAMBÉM ›" turned "Relacionado:"
MO_FOLLOW = dt.date(2019, 5, 6)  # the newsletter line turned WeChat and Facebook


def _mo_dated(day: dt.date) -> str:
    month = PORTUGUESE_MONTHS[day.month - 1]
    if day < MO_SPELLING:
        month = month.capitalize()
    return f"{day.day} de {month} de {day.year} · {{time}}"


def _mo_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Receba a Gazeta da Praia Grande no seu e-mail: subscreva a nossa "
                   "newsletter."),
            (MO_FOLLOW.isoformat(), "Siga a Gazeta da Praia Grande no WeChat e no Facebook.")]
    news: list[Event] = [
        (dt.date(2017, 8, 23), dt.date(2017, 8, 27), "🌀 Tufão Hato: sinal 10 içado, fique em "
                                                      "casa"),
        _election("2017-09-17", "🗳️ Eleições para a Assembleia Legislativa: os resultados"),
        (dt.date(2018, 9, 15), dt.date(2018, 9, 19), "🌀 Tufão Mangkhut: casinos fechados e "
                                                      "sinal 10 içado"),
        _election("2019-08-25", "🗳️ Eleição do Chefe do Executivo: acompanhe a votação"),
        (dt.date(2020, 1, 22), dt.date(2020, 4, 1), "😷 Novo coronavírus: o ponto da situação "
                                                     "em Macau"),
    ]
    feasts = _on(_listed(LUNAR_NEW_YEAR), 1, 2, lambda _: "🧧 Kung Hei Fat Choi! Feliz Ano "
                                                          "Novo Lunar · 恭喜發財")
    feasts += _on(_listed(MACAU_GP_SUNDAY), 3, 0, lambda y: f"🏁 {y - 1953}.º Grande Prémio de "
                                                            f"Macau: horários e cortes de "
                                                            f"trânsito")
    feasts += _on(_fixed("12-20"), 0, 0, lambda y: f"🇲🇴 {y - 1999}.º aniversário da RAEM")
    return _timeline(base, _first_come(news, feasts))


def macau_style() -> PublisherStyle:
    """A Macau Portuguese-language daily: a section kicker, the date with capitalised months
    turned lower case under the new spelling in 2016 (a wording per day), a masthead line
    with the Chinese name, "Texto ... · Fotografia ..." credits, "VEJA TAMBÉM ›" (turned
    "Relacionado:"; up to twice) and a bilingual ad label inserts, a bare "Com Lusa", a
    follow line turned WeChat and two typhoons, two votes, the 2020 outbreak, the lunar new
    year, the Grand Prix and the handover anniversary (ordinals with "º"), an address line,
    a trilingual copyright line, a rare storm-signal line with a time slot."""
    return PublisherStyle(
        domain="gazetapraiagrande.mo", site="Gazeta da Praia Grande", base_size=360,
        subdomains=(("www.", 100),),
        sections=("macau", "politica", "sociedade", "china", "lusofonia", "desporto"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "seccao": ("Macau", "Política", "Sociedade", "China", "Lusofonia", "Desporto",
                       "Cultura", "Jogo"),
            "fotografia": ("GCS", "Lusa", "Rui Lobo Teixeira", "DSAT", "Arquivo",
                           "Eduarda Sampaio"),
        },
        families=(
            _f("seccao", HEADER, 0.3, (_OLD, "{seccao}")),
            _f("data", HEADER, 0.85, *_daily(_mo_dated)),
            _f("cabecalho", HEADER, 0.2, (_OLD, "Gazeta da Praia Grande · 南灣葡文報")),
            _f("texto", HEADER, 0.5, (_OLD, "Texto {author} · Fotografia {fotografia}")),
            _f("veja", MIDDLE, 0.35, (_OLD, "VEJA TAMBÉM › {other_title}"),
               (MO_LINKS.isoformat(), "Relacionado: {other_title}"), count=2),
            _f("pub", MIDDLE, 0.3, (_OLD, "Publicidade · 廣告")),
            _f("lusa", FOOTER, 0.2, (_OLD, "Com Lusa")),
            _f("follow", FOOTER, 0.3, *_mo_follow()),
            _f("morada", FOOTER, 0.25,
               (_OLD, "Rua do Campo, n.º 123, 4.º andar, Macau · Tel. (853) 2855 0123")),
            _f("copyright", FOOTER, 0.45,
               (_OLD, "© {year} Gazeta da Praia Grande · Todos os direitos reservados · "
                "版權所有 · All rights reserved")),
            _f("sinal", HEADER, 0.04,
               (_OLD, "⚠️ Sinal n.º 3 de tempestade tropical içado às {time}")),
        ),
    )


# --- a Bhutanese English-language weekly (Thimphu) ----------------------------------------------

BT_DAILY = dt.date(2017, 11, 6)  # "21 June, 2019" turned "Fri, Jun 21, 2019"
BT_FOLLOW = dt.date(2019, 7, 1)  # the WeChat group turned Facebook and Telegram
BT_EPAPER = dt.date(2019, 1, 1)  # the e-paper price rose
TASHI_DELEK = "བཀྲ་ཤིས་བདེ་ལེགས།"


def _bt_dated(day: dt.date) -> str:
    if day < BT_DAILY:
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]}, {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()][:3]}, {ENGLISH_MONTHS[day.month - 1][:3]} "
            f"{day.day}, {day.year}")


def _bt_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Join our WeChat group for breaking news: add DrukSentinelNews."),
            (BT_FOLLOW.isoformat(), "Follow us on Facebook and Telegram for breaking news.")]
    news: list[Event] = [
        _election("2018-04-20", "🗳️ National Council elections: results from all 20 "
                                "dzongkhags"),
        _election("2018-09-15", "🗳️ National Assembly primary round: the results"),
        _election("2018-10-18", "🗳️ National Assembly general round: the results"),
        (dt.date(2020, 8, 11), dt.date(2020, 9, 21), "😷 Nationwide lockdown: essential "
                                                      "services and helplines"),
        (dt.date(2020, 12, 23), None, "😷 Second nationwide lockdown: essential services and "
                                      "helplines"),
    ]
    feasts = _on(_listed(LOSAR_BT), 0, 1, lambda _: f"ལོ་གསར་ {TASHI_DELEK} Happy Losar!")
    feasts += _on(_fixed("02-21"), 0, 2, lambda y: f"{TASHI_DELEK} Happy {ordinal(y - 1980)} "
                                                   f"Birth Anniversary of His Majesty The "
                                                   f"King")
    feasts += _on(_fixed("12-17"), 0, 0, lambda y: f"🇧🇹 {TASHI_DELEK} Happy "
                                                   f"{ordinal(y - 1907)} National Day!")
    return _timeline(base, _first_come(news, feasts))


def thimphu_style() -> PublisherStyle:
    """A Bhutanese English-language weekly (Thimphu): a section kicker, the day, month and
    a comma before the year turned the short weekday and month (a wording per day, from
    November 2017), "<author> | <dzongkhag>", "Advertisement" and "Also read –" inserts, a
    photo credit, a reader-contribution note, a WeChat line turned Facebook and three votes,
    two lockdowns (the second lasting past 2020), Losar, the King's birthday and National
    Day with Dzongkha greetings, an e-paper price that rose, an opinion disclaimer, a
    copyright line, a rare road-block line."""
    return PublisherStyle(
        domain="druksentinel.bt", site="Druk Sentinel", base_size=300,
        subdomains=(("", 100),),
        sections=("nation", "dzongkhags", "business", "editorial", "sports", "features"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "section": ("Nation", "Dzongkhags", "Business", "Editorial", "Sports", "Features",
                        "Opinion"),
            "dzongkhag": ("Thimphu", "Paro", "Punakha", "Phuentsholing", "Mongar",
                          "Trashigang", "Gelephu", "Bumthang"),
            "photo": ("RBP", "Druk Sentinel", "Courtesy: MoH", "File photo", "Courtesy: PMO",
                      "Reader's photo"),
        },
        families=(
            _f("section", HEADER, 0.3, (_OLD, "{section}")),
            _f("dated", HEADER, 0.85, *_daily(_bt_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "{author} | {dzongkhag}")),
            _f("ad", MIDDLE, 0.3, (_OLD, "Advertisement")),
            _f("alsoread", MIDDLE, 0.3, (_OLD, "Also read – {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("contributed", FOOTER, 0.1,
               (_OLD, "This article was contributed by a reader. Views are the writer's "
                "own.")),
            _f("follow", FOOTER, 0.3, *_bt_follow()),
            _f("epaper", FOOTER, 0.25,
               (_OLD, "Subscribe to the Druk Sentinel e-paper for Nu 100 a month."),
               (BT_EPAPER.isoformat(), "Subscribe to the Druk Sentinel e-paper for Nu 150 a "
                                       "month or Nu 1,500 a year.")),
            _f("views", FOOTER, 0.15,
               (_OLD, "Views expressed in this column are the writer's own and do not "
                "reflect the editorial stance of Druk Sentinel.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© Druk Sentinel {year}. All rights "
                                                "reserved.")),
            _f("roadblock", HEADER, 0.04,
               (_OLD, "⚠️ Road block: the Thimphu–Phuentsholing highway is closed at Chukha "
                "because of a landslide.")),
        ),
    )


# --- a Zambian WordPress news site (Kitwe, Copperbelt) -------------------------------------------

ZM_POSTED = dt.date(2018, 6, 4)  # the theme's meta line turned the name and a dash
ZM_LINKS = dt.date(2019, 4, 1)  # "RELATED:" turned "You may also like:"
ZM_DONATE = dt.date(2019, 3, 1)  # the mobile-money appeal named a sum and Zamtel


def _zm_support() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Support Copperbelt Echo: send any amount via MTN MoMo to 096 555 0142 or "
                   "Airtel Money to 097 555 0186."),
            (ZM_DONATE.isoformat(), "Keep Copperbelt Echo going: K20 via MTN MoMo, Airtel "
                                    "Money or Zamtel Kwacha makes a difference.")]
    news: list[Event] = [
        _election("2015-01-20", "🗳️ Presidential by-election: results from the Copperbelt "
                                "constituencies"),
        _election("2016-08-11", "🗳️ General elections 2016: results as they come in"),
        (dt.date(2018, 1, 2), dt.date(2018, 2, 21), "⚠️ Cholera alert: boil or chlorinate "
                                                     "your drinking water"),
        (dt.date(2019, 6, 1), dt.date(2020, 1, 1), "⚡ ZESCO load-shedding: check the "
                                                    "schedule for your area"),
        (dt.date(2020, 3, 20), dt.date(2020, 6, 1), "😷 COVID-19: mask up, wash your hands, "
                                                     "keep your distance"),
    ]
    feasts = _on(_fixed("10-24"), 1, 0, lambda y: f"🇿🇲 Happy {ordinal(y - 1964)} "
                                                   f"Independence Anniversary, Zambia!")
    return _timeline(base, _first_come(news, feasts))


def kitwe_style() -> PublisherStyle:
    """A Zambian WordPress news site (Kitwe): a category kicker, "By ... - <date>" turned
    "<name> — <date>" with a theme update in 2018, a view counter, "ADVERTISEMENT" and
    "RELATED:" (turned "You may also like:"; both up to twice) inserts, a share row, a
    "Previous article" heading above another article's bare title, a mobile-money appeal
    naming a sum from 2019 and turned two votes, cholera, load-shedding, the 2020 pandemic
    and Independence Day, a comment disclaimer, the theme's four-line reply block, a
    copyright line, a rare breaking-news line."""
    return PublisherStyle(
        domain="copperbeltecho.co.zm", site="Copperbelt Echo", base_size=250,
        subdomains=(("", 100),),
        sections=("news", "politics", "mining", "sports", "health", "business"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "category": ("News", "Politics", "Mining", "Sports", "Health", "Business",
                         "Entertainment"),
        },
        families=(
            _f("category", HEADER, 0.3, (_OLD, "{category}")),
            _f("posted", HEADER, 0.75, (_OLD, "By {author} - {date_dmy}"),
               (ZM_POSTED.isoformat(), "{author} — {date_dmy}")),
            _f("postviews", HEADER, 0.35, (_OLD, "Post Views: {count}")),
            _f("ad", MIDDLE, 0.35, (_OLD, "ADVERTISEMENT"), count=2),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"),
               (ZM_LINKS.isoformat(), "You may also like: {other_title}"), count=2),
            _f("share", FOOTER, 0.5, (_OLD, "Share via: WhatsApp Facebook Twitter Email")),
            _f("previous", FOOTER, 0.4, (_OLD, "Previous article")),
            _f("previous-title", FOOTER, 0.38, (_OLD, "{other_title}")),
            _f("support", FOOTER, 0.25, *_zm_support()),
            _f("disclaimer", FOOTER, 0.25,
               (_OLD, "Disclaimer: comments posted here are the views of the commenters and "
                "not of Copperbelt Echo.")),
            _f("leavereply", FOOTER, 0.4, (_OLD, "LEAVE A REPLY")),
            _f("entercomment", FOOTER, 0.38, (_OLD, "Please enter your comment!")),
            _f("entername", FOOTER, 0.36, (_OLD, "Please enter your name here")),
            _f("bademail", FOOTER, 0.34,
               (_OLD, "You have entered an incorrect email address!")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© Copyright {year} - Copperbelt Echo")),
            _f("breaking", HEADER, 0.04,
               (_OLD, "🔴 BREAKING: fire at Chisokone Market in Kitwe; the fire brigade is on "
                "the scene.")),
        ),
    )


# --- a Surinamese Dutch-language news site (Paramaribo) -----------------------------------------

SR_DAILY = dt.date(2017, 10, 2)  # the dashed date turned the weekday and long date
SR_LINKS = dt.date(2018, 10, 1)  # "Lees ook:" turned "LEES OOK ►"
SR_FOLLOW = dt.date(2018, 3, 5)  # the Facebook line turned the WhatsApp service
# The exchange-rate widget: (first day, the central bank's selling rate of the US dollar).
SR_RATES = (("2000-01-01", "3,35"), ("2015-11-18", "4,04"), ("2016-03-22", "6,72"),
            ("2016-09-01", "7,42"), ("2017-01-02", "7,52"), ("2020-09-24", "14,29"))


def _sr_dated(day: dt.date) -> str:
    if day < SR_DAILY:
        return f"{day.day:02d}-{day.month:02d}-{day.year} {{time}}"
    return (f"{DUTCH_WEEKDAYS[day.weekday()]} {day.day} {DUTCH_MONTHS[day.month - 1]} "
            f"{day.year} {{time}}")


def _sr_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Blijf op de hoogte: volg De Paramaribo Courant op Facebook."),
            (SR_FOLLOW.isoformat(), "Ontvang het nieuws via WhatsApp: stuur 'AAN' naar "
                                    "855-0132.")]
    news: list[Event] = [
        _election("2015-05-25", "🗳️ Verkiezingen 2015: de uitslagen per district"),
        (dt.date(2020, 3, 14), dt.date(2020, 5, 18), "😷 Corona: alle maatregelen van het "
                                                      "Crisis Management Team"),
        _election("2020-05-25", "🗳️ Verkiezingen 2020: de uitslagen per district"),
    ]
    feasts = _on(_fixed("07-01"), 0, 0, lambda y: f"✊🏾 Keti Koti: {y - 1863} jaar afschaffing "
                                                   f"van de slavernij")
    feasts += _on(_fixed("11-25"), 0, 0, lambda y: f"🇸🇷 Fijne Onafhankelijkheidsdag! "
                                                   f"{y - 1975} jaar Srefidensi")
    feasts += _on(_listed(PHAGWA), 0, 0, lambda _: "🎨 Fijne Holi Phagwa!")
    feasts += _on(_listed(DIVALI), 0, 0, lambda _: "🪔 Shubh Divali!")
    return _timeline(base, _first_come(news, feasts))


def paramaribo_style() -> PublisherStyle:
    """A Surinamese Dutch-language news site (Paramaribo): a section kicker, a dashed date
    turned the Dutch weekday and long date (a wording per day, from October 2017), "Door:",
    "Advertentie" and "Lees ook:" (turned "LEES OOK ►"; both up to twice) inserts, a photo
    credit in brackets, a source line, the exchange-rate widget following the devaluations,
    a follow line turned the WhatsApp service and two votes, the 2020 pandemic, Keti Koti
    (with a skin-tone emoji), Independence Day, Phagwa and Divali, a comment rule, an
    address line, a copyright line, a rare power-cut notice."""
    return PublisherStyle(
        domain="paramaribocourant.sr", site="De Paramaribo Courant", base_size=220,
        subdomains=(("www.", 100),),
        sections=("binnenland", "buitenland", "economie", "sport", "districten", "politiek"),
        n_authors=3, url_path="/{section}/{n}/{slug}/",
        pools={
            "rubriek": ("Binnenland", "Buitenland", "Economie", "Sport", "Districten",
                        "Politiek", "Cultuur"),
            "foto": ("CDS", "KPS", "archief", "Facebook", "DNA", "lezersfoto"),
            "bron": ("CDS", "ANP", "Starnieuws", "Waterkant", "GFC Nieuws"),
        },
        families=(
            _f("rubriek", HEADER, 0.3, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.85, *_daily(_sr_dated)),
            _f("door", HEADER, 0.5, (_OLD, "Door: {author}")),
            _f("advertentie", MIDDLE, 0.35, (_OLD, "Advertentie"), count=2),
            _f("lees", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}"),
               (SR_LINKS.isoformat(), "LEES OOK ► {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "(Foto: {foto})")),
            _f("bron", FOOTER, 0.2, (_OLD, "Bron: {bron}")),
            _f("koers", FOOTER, 0.25, *((start, f"Wisselkoers CBvS: US$ 1 = SRD {rate}")
                                        for start, rate in SR_RATES)),
            _f("follow", FOOTER, 0.25, *_sr_follow()),
            _f("reacties", FOOTER, 0.25,
               (_OLD, "Reacties die kwetsend of racistisch zijn, worden verwijderd.")),
            _f("adres", FOOTER, 0.2,
               (_OLD, "Redactie: Henck Arronstraat 92, Paramaribo · tel. 855-0100 · "
                "redactie@paramaribocourant.sr")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} De Paramaribo Courant")),
            _f("stroom", HEADER, 0.04,
               (_OLD, "⚠️ EBS: stroomonderbreking in Paramaribo-Noord en Wanica vanwege "
                "werkzaamheden.")),
        ),
    )


# --- a Cypriot village community council's notices (Troodos, in Greek) -------------------------

CY_DAILY = dt.date(2017, 2, 6)  # the new site: the numeric date turned the long Greek date
CY_LEADER = dt.date(2017, 1, 2)  # a new community leader after the local elections
CY_WATER = dt.date(2019, 4, 1)  # water bills payable by card


def _cy_dated(day: dt.date) -> str:
    if day < CY_DAILY:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{GREEK_WEEKDAYS[day.weekday()]}, {day.day} {GREEK_MONTHS[day.month - 1]} {day.year}"


def _cy_notices() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ακολουθήστε τη σελίδα της Κοινότητας στο Facebook για όλες τις "
                   "ανακοινώσεις.")]
    news: list[Event] = [
        (dt.date(2016, 6, 19), dt.date(2016, 6, 24), "🔥 Πυρκαγιά στη Σολιά: κλειστοί οι "
                                                      "δρόμοι προς την Ευρύχου"),
        _election("2016-12-18", "🗳️ Τοπικές εκλογές 18 Δεκεμβρίου: το εκλογικό κέντρο στο "
                                "Δημοτικό Σχολείο", before=10),
        (dt.date(2020, 3, 24), dt.date(2020, 5, 4), "😷 Απαγόρευση κυκλοφορίας: για "
                                                     "μετακινήσεις στείλτε SMS στο 8998"),
        (dt.date(2020, 6, 1), dt.date(2020, 6, 15), "🚫 Ακυρώνονται φέτος η Γιορτή Κερασιού "
                                                     "και η εκδρομή στον Κατακλυσμό"),
    ]
    easter_ = _on(orthodox_easter, 2, 0, lambda _: "🕯️ Καλή Ανάσταση! Η Ακολουθία της "
                                                   "Αναστάσεως στον Ιερό Ναό στις 23:00")
    flood = _on(lambda y: orthodox_easter(y) + dt.timedelta(days=50), 0, 0,
                lambda _: "🌊 Καλό Κατακλυσμό! Το λεωφορείο για Λάρνακα φεύγει στις 9:00")
    cherry = _on(lambda y: nth_weekday(y, 6, 5, 2), 4, 1,
                 lambda _: "🍒 Γιορτή Κερασιού: Σάββατο και Κυριακή στην πλατεία του χωριού")
    independence = _on(_fixed("10-01"), 0, 0, lambda y: f"🇨🇾 {y - 1960}η επέτειος της "
                                                         f"Κυπριακής Ανεξαρτησίας")
    return _timeline(base, _first_come(news, easter_, flood, cherry, independence))


def troodos_style() -> PublisherStyle:
    """A Cypriot village community council's notices (Troodos, in Greek): a notice-type
    kicker, a numeric date turned the Greek weekday and genitive month on a new site (a
    wording per day, from February 2017), an attachment insert naming a form, a notices
    line turned a forest fire, the local elections, the 2020 lockdown, Orthodox Easter, the
    Flood Festival, the village cherry festival and Independence Day, a water-bill line
    turned card payments, a two-line signature block naming a new community leader in 2017,
    an office line, a copyright line, a rare fire ban."""
    return PublisherStyle(
        domain="anoplatania.org.cy", site="Κοινότητα Άνω Πλατανιάς", base_size=190,
        subdomains=(("www.", 100),),
        sections=("anakoinoseis", "nea", "ekdiloseis", "erga", "politismos", "prosfores"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "eidos": ("Ανακοίνωση", "Νέα", "Εκδηλώσεις", "Έργα", "Προσφορές", "Πολιτισμός"),
            "entypo": ("Αίτηση εγγραφής", "Πρόγραμμα εκδηλώσεων", "Χάρτης διαδρομής",
                       "Ανακοίνωση Τμήματος Δασών", "Έντυπο δήλωσης"),
        },
        families=(
            _f("eidos", HEADER, 0.4, (_OLD, "{eidos}")),
            _f("imerominia", HEADER, 0.8, *_daily(_cy_dated)),
            _f("synimmeno", MIDDLE, 0.25, (_OLD, "📎 Συνημμένο: {entypo} (PDF)")),
            _f("anakoinoseis", FOOTER, 0.3, *_cy_notices()),
            _f("nero", FOOTER, 0.3,
               (_OLD, "Υπενθυμίζεται ότι τα τέλη νερού πληρώνονται στο Κοινοτικό Γραφείο κάθε "
                "Τρίτη και Πέμπτη, 8:00–13:00."),
               (CY_WATER.isoformat(), "Τα τέλη νερού πληρώνονται πλέον και με κάρτα, στο "
                                      "Κοινοτικό Γραφείο ή μέσω JCC Smart.")),
            _f("ekmerous", FOOTER, 0.5, (_OLD, "Εκ μέρους του Κοινοτικού Συμβουλίου")),
            _f("koinotarchis", FOOTER, 0.5, (_OLD, "Ανδρέας Χαραλάμπους, Κοινοτάρχης"),
               (CY_LEADER.isoformat(), "Μαρία Κωνσταντίνου, Κοινοτάρχης")),
            _f("grafeio", FOOTER, 0.3,
               (_OLD, "Κοινοτικό Γραφείο: 25 555 012 · koinotita@anoplatania.org.cy")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Κοινότητα Άνω Πλατανιάς")),
            _f("fotia", FOOTER, 0.04,
               (_OLD, "🔥 Απαγορεύεται αυστηρά το άναμμα φωτιάς στην ύπαιθρο μέχρι τις 31 "
                "Οκτωβρίου.")),
        ),
    )


# --- a Trinidad Carnival mas band's news (Port of Spain) ----------------------------------------

TT_CANCELLED = dt.date(2020, 10, 15)  # Carnival 2021 called off
TT_MASCAMP = dt.date(2018, 8, 6)  # the mas camp moved
DEPOSITS = {2015: "1,200", 2016: "1,300", 2017: "1,400", 2018: "1,500", 2019: "1,500",
            2020: "1,650", 2021: "1,750"}


def carnival_monday(y: int) -> dt.date:
    """Carnival Monday: 48 days before Easter."""
    return easter(y) - dt.timedelta(days=48)


def _next_carnival(day: dt.date) -> int:
    """The year of the next Carnival on `day` (this year's until Carnival Tuesday)."""
    return day.year if day <= carnival_monday(day.year) + dt.timedelta(days=1) else day.year + 1


def tt_countdown(day: dt.date) -> str:
    """The countdown banner of `day`."""
    if day >= TT_CANCELLED:
        return "Carnival 2021 is cancelled. See you on the road in 2022! ❤️"
    y = _next_carnival(day)
    left = (carnival_monday(y) - day).days
    if left <= 0:
        return f"🎉 It's Carnival {'Monday' if left == 0 else 'Tuesday'}! Play yourself!"
    return f"🥁 {left} day{'s' if left > 1 else ''} to Carnival {y}!"


def tt_registration(day: dt.date) -> str:
    """The registration notice of `day`: open from the band launch (the first Saturday of
    August) to two weeks before Carnival, then costume distribution, then thanks."""
    if day >= TT_CANCELLED:
        return "Carnival 2021 is cancelled: deposits will be held for Carnival 2022."
    y = _next_carnival(day)
    monday = carnival_monday(y)
    launch = nth_weekday(y - 1, 8, 5, 1)
    if day < launch:
        return (f"Thank you for playing mas with us in {y - 1}! Band launch for Carnival {y}: "
                f"{launch.day} {ENGLISH_MONTHS[launch.month - 1]}.")
    if day < monday - dt.timedelta(days=14):
        return (f"📝 Registration for Carnival {y} is open: a TT${DEPOSITS[y]} deposit secures "
                f"your costume.")
    return (f"Registration for Carnival {y} is closed. Costume distribution at the Mas Camp "
            f"from {ordinal((monday - dt.timedelta(days=7)).day)} "
            f"{ENGLISH_MONTHS[(monday - dt.timedelta(days=7)).month - 1]}.")


def port_of_spain_style() -> PublisherStyle:
    """A Trinidad Carnival mas band's news (Port of Spain): a tag kicker, a countdown banner
    to Carnival Monday (a wording per day until Carnival 2021 was cancelled), the long date
    and "Band News", photographer inserts (up to twice), a registration notice following
    the band's season (launch, deposits rising yearly, distribution, thanks), an Instagram
    line with a yearly hashtag, a mas camp line that moved in 2018, a terms line, a
    three-line contact block, a copyright line naming the bands' association, a rare
    closure."""
    return PublisherStyle(
        domain="tribaltidemas.tt", site="Tribal Tide Mas", base_size=170,
        subdomains=(("www.", 100),),
        sections=("band-news", "sections", "costumes", "fetes", "road", "mas-camp"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "tag": ("Band News", "Section Launch", "Costumes", "Fêtes", "Road March",
                    "Mas Camp"),
            "photographer": ("Kerwin Joseph Photography", "Sheldon Ali Photography",
                             "Tribal Tide Mas", "Island Lens TT", "Marisa De Souza"),
        },
        families=(
            _f("tag", HEADER, 0.2, (_OLD, "{tag}")),
            _f("countdown", HEADER, 0.4, *_changes(tt_countdown)),
            _f("posted", HEADER, 0.6, (_OLD, "{date_long} · Band News")),
            _f("photo", MIDDLE, 0.35, (_OLD, "📸 {photographer}"), count=2),
            _f("registration", FOOTER, 0.35, *_changes(tt_registration)),
            _f("instagram", FOOTER, 0.3,
               (_OLD, "Follow us on Instagram @tribaltidemas and tag your photos "
                "#TribalTide{year}")),
            _f("mascamp", FOOTER, 0.3,
               (_OLD, "Mas Camp: 45 Ariapita Avenue, Woodbrook · Mon–Fri 10am–7pm · Sat "
                "10am–4pm"),
               (TT_MASCAMP.isoformat(), "Mas Camp: 12 Rosalino Street, Woodbrook · Mon–Fri "
                                        "10am–7pm · Sat 10am–4pm")),
            _f("terms", FOOTER, 0.2,
               (_OLD, "All costume payments are non-refundable. Tribal Tide Mas reserves the "
                "right to substitute materials.")),
            _f("moreinfo", FOOTER, 0.35, (_OLD, "For more info:")),
            _f("whatsapp", FOOTER, 0.33, (_OLD, "WhatsApp: 1-868-555-0193")),
            _f("email", FOOTER, 0.3, (_OLD, "Email: info@tribaltidemas.tt")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© {year} Tribal Tide Mas Ltd. · Member of the National Carnival Bands "
                "Association of Trinidad and Tobago")),
            _f("closed", HEADER, 0.04,
               (_OLD, "⚠️ The Mas Camp is closed today because of flooding in Woodbrook. "
                "Collections resume tomorrow.")),
        ),
    )


def heldout49_styles() -> list[PublisherStyle]:
    """The held-back-49 styles, in the order the generator hands them to publishers."""
    return [
        liege_style(), salalah_style(), cochabamba_style(), balti_style(), windhoek_style(),
        douala_style(), macau_style(), thimphu_style(), kitwe_style(), paramaribo_style(),
        troodos_style(), port_of_spain_style(),
    ]
