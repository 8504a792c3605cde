"""The thirty-ninth held-back template set (``held-back-39``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the thirty-eighth
held-back set (`tests.bench.heldout_templates_38`). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first thirty-eight held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 98.49% at b0eb9e3 (99.99% content kept; f99d096,
the code of the session before: 98.44%); studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Variation: article dates localised day by day (several languages and scripts, a
regional era year that turns in autumn, ISO week numbers, a house style's abbreviated
months, a military-style date), a semester calendar, a contest countdown, date slots of
several shapes, bylines of many shapes, notices reworded in 2016-2020 (social lines gaining
a network, appeals gaining a payment method, prices raised), election and emergency lines,
notices that follow a calendar, the article's own title (a share line) and other articles'
titles (links), amounts, tag lists, view counts, phone numbers, multi-line blocks, mid-body
inserts (some up to two times), bare lines, symbols and emoji where such sites use them, and
families in only 3-6% of articles beside ones in nearly all. Renamed variants of a style
keep the lines that do not name the site, so sister sites share a network footer.
"""

from __future__ import annotations

import datetime as dt

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
# Diwali (Lakshmi Puja) and the Gujarati New Year (Bestu Varas) as Gujarat kept them.
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
BESTU_VARAS = {2014: "2014-10-24", 2015: "2015-11-12", 2016: "2016-10-31", 2017: "2017-10-20",
               2018: "2018-11-08", 2019: "2019-10-28", 2020: "2020-11-16", 2021: "2021-11-05"}
# Eid al-Fitr as Nigeria's Sultanate announced it (the day after the sighting).
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")
GUJARATI_DIGITS = "૦૧૨૩૪૫૬૭૮૯"
GUJARATI_WEEKDAYS = ("સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિવાર")
GUJARATI_MONTHS = ("જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ",
                   "સપ્ટેમ્બર", "ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                   "niedziela")
POLISH_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                 "sierpnia", "września", "października", "listopada", "grudnia")
ARMENIAN_WEEKDAYS = ("Երկուշաբթի", "Երեքշաբթի", "Չորեքշաբթի", "Հինգշաբթի", "Ուրբաթ", "Շաբաթ",
                     "Կիրակի")
ARMENIAN_MONTHS = ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի",
                   "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի")
FINNISH_WEEKDAYS = ("ma", "ti", "ke", "to", "pe", "la", "su")
HAUSA_WEEKDAYS = ("Litinin", "Talata", "Laraba", "Alhamis", "Jummaʼa", "Asabar", "Lahadi")
HAUSA_MONTHS = ("Janairu", "Faburairu", "Maris", "Afirilu", "Mayu", "Yuni", "Yuli", "Agusta",
                "Satumba", "Oktoba", "Nuwamba", "Disamba")
ICELANDIC_WEEKDAYS = ("mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur",
                      "laugardagur", "sunnudagur")
ICELANDIC_MONTHS = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst",
                    "september", "október", "nóvember", "desember")
WELSH_WEEKDAYS = ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener",
                  "Dydd Sadwrn", "Dydd Sul")
WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
                "Medi", "Hydref", "Tachwedd", "Rhagfyr")

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


def gujarati_digits(n: int | str) -> str:
    """`n` in Gujarati numerals."""
    return "".join(GUJARATI_DIGITS[int(c)] if c.isdigit() else c for c in str(n))


# --- a Gujarati-language news site (Surat) --------------------------------------------------------

GU_DAILY = dt.date(2017, 10, 20)  # from Bestu Varas, Vikram Samvat 2074: Gujarati dates
GU_BYLINE = dt.date(2018, 6, 1)  # "અહેવાલ:" turned the reporter's name with the place
GU_SOCIAL = dt.date(2019, 2, 1)  # the follow line gained Instagram
GU_WALLET = dt.date(2020, 1, 1)  # the subscription went up


def vikram_samvat(day: dt.date) -> int:
    """The Vikram Samvat year as Gujarat counts it: it turns on Bestu Varas, after Diwali."""
    return day.year + 56 + (day >= dt.date.fromisoformat(BESTU_VARAS[day.year]))


def _gu_dated(day: dt.date) -> str:
    return (f"{GUJARATI_WEEKDAYS[day.weekday()]}, {gujarati_digits(day.day)} "
            f"{GUJARATI_MONTHS[day.month - 1]} {gujarati_digits(day.year)} "
            f"(વિ.સં. {gujarati_digits(vikram_samvat(day))})")


def _gu_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "અમને ફેસબુક અને ટ્વિટર પર ફોલો કરો."),
            (GU_SOCIAL.isoformat(), "અમને ફેસબુક, ટ્વિટર અને ઇન્સ્ટાગ્રામ પર ફોલો કરો.")]
    events = _around(DIWALI, 3, 0, "🪔 સૌ વાચકોને દિવાળીની હાર્દિક શુભેચ્છાઓ!")
    events += [(_day(v, 0), _day(v, 2), f"🎉 નૂતન વર્ષાભિનંદન! વિ.સં. "
                f"{gujarati_digits(y + 57)} આપને મંગલમય નીવડે.")
               for y, v in BESTU_VARAS.items() if y in YEARS]
    events += _yearly(0, "01-14", 1, 0, lambda _: "🪁 ઉત્તરાયણની શુભેચ્છા! પતંગ ઉડાવો, સાવધાની રાખો.")
    events += _yearly(1960, "05-01", 0, 0, lambda n: f"ગુજરાત સ્થાપના દિવસ: {gujarati_digits(n)} "
                                                     f"વર્ષની ઉજવણી.")
    return _timeline(base, events)


def _gu_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📱 સમાચાર મોકલો: વોટ્સએપ 98250 41736")]
    return _timeline(base, [
        (dt.date(2017, 11, 25), dt.date(2017, 12, 19),
         "🗳️ ગુજરાત વિધાનસભા ચૂંટણી: મતગણતરી 18 ડિસેમ્બરે."),
        (dt.date(2019, 4, 1), dt.date(2019, 5, 24),
         "🗳️ લોકસભા ચૂંટણી: ગુજરાતમાં 23 એપ્રિલે મતદાન."),
        (dt.date(2020, 3, 23), dt.date(2020, 6, 1),
         "😷 લોકડાઉન: ઘરમાં રહો, સુરક્ષિત રહો."),
    ])


def surat_style() -> PublisherStyle:
    """A Gujarati-language news site (Surat): a section kicker, a long date slot with the
    time turned a Gujarati date in Gujarati numerals with the Vikram Samvat year (a wording
    per day, from Bestu Varas 2017), a reporter label turned the name with the place, a view
    count, an ad label and read-also (up to twice) inserts, a tag list, a follow line (gaining
    Instagram) turned Diwali, the New Year with its year, Uttarayan and Gujarat Day with its
    count, a tip line turned two votes and the 2020 lockdown, a subscription raised in 2020,
    a rare flood warning, a copyright line."""
    return PublisherStyle(
        domain="tapitirsamachar.in", site="તાપી તીર સમાચાર", base_size=880,
        subdomains=(("", 60), ("m.", 40)),
        sections=("surat", "gujarat", "vepar", "ramat", "manoranjan", "dharm"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}-{n}",
        pools={
            "vibhag": ("સુરત", "દક્ષિણ ગુજરાત", "વેપાર", "હીરા ઉદ્યોગ", "કાપડ બજાર", "રમતગમત",
                       "મનોરંજન", "ધર્મ"),
            "patrakar": ("હિરેન પટેલ", "નયના દેસાઈ", "જીગર શાહ", "ભાવિન રાણા", "કિંજલ મોદી",
                         "પરેશ ચૌધરી"),
            "sthal": ("સુરત", "નવસારી", "બારડોલી", "વલસાડ", "ભરૂચ", "વ્યારા"),
            "tag": ("સુરત", "તાપી", "હીરા", "કાપડ", "ઘારી", "ઉંધિયું", "મેટ્રો", "ડુમસ", "ચૂંટણી",
                    "વરસાદ"),
        },
        families=(
            _f("vibhag", HEADER, 0.3, (_OLD, "{vibhag}")),
            _f("tarikh", HEADER, 0.85, (_OLD, "{date_long}, {time}"),
               *_daily(_gu_dated, GU_DAILY)),
            _f("ahewal", HEADER, 0.6, (_OLD, "અહેવાલ: {patrakar}"),
               (GU_BYLINE.isoformat(), "{patrakar}, {sthal}")),
            _f("vanchyu", HEADER, 0.35, (_OLD, "{count} લોકોએ વાંચ્યું")),
            _f("jaherat", MIDDLE, 0.45, (_OLD, "જાહેરાત"), count=2),
            _f("aa-pan", MIDDLE, 0.4, (_OLD, "આ પણ વાંચો: {other_title}"), count=2),
            _f("tag", FOOTER, 0.35, (_OLD, "ટૅગ્સ: {tag_list}")),
            _f("follow", FOOTER, 0.25, *_gu_follow()),
            _f("tip", FOOTER, 0.2, *_gu_tip()),
            _f("lavajam", FOOTER, 0.2,
               (_OLD, "ઈ-પેપર લવાજમ: વર્ષના ₹499"),
               (GU_WALLET.isoformat(), "ઈ-પેપર લવાજમ: વર્ષના ₹599, UPI થી પણ ભરી શકાશે")),
            _f("pur", FOOTER, 0.04, (_OLD, "⚠️ તાપી નદીમાં પાણીની આવક વધી: કાંઠે ન જશો.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} તાપી તીર સમાચાર. સર્વ હક્ક સુરક્ષિત.")),
        ),
    )


# --- a Brazilian Portuguese news site (Belém, Pará) -----------------------------------------------

PT_DAILY = dt.date(2018, 1, 12)  # from the city's anniversary, dates in Portuguese with a slot
PT_BYLINE = dt.date(2017, 8, 1)  # "Por" turned "Da redação" or the reporter with the desk
PT_SOCIAL = dt.date(2018, 9, 1)  # the follow line gained Telegram
PT_PIX = dt.date(2020, 11, 16)  # the appeal gained Pix on its launch day


def _pt_dated(day: dt.date) -> str:
    return (f"Publicado {PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day} de "
            f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}, às {{time}}")


def _cirio(y: int) -> dt.date:
    """The Círio de Nazaré: the second Sunday of October."""
    return nth_weekday(y, 10, 6, 2)


def _pt_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Siga a Folha no Facebook e no Instagram"),
            (PT_SOCIAL.isoformat(), "Siga a Folha no Facebook, no Instagram e no Telegram")]
    events: list[Event] = [(_cirio(y) - dt.timedelta(days=6), _cirio(y) + dt.timedelta(days=1),
                            f"🕯️ Círio {y}: veja o trajeto da procissão e as interdições")
                           for y in YEARS]
    events += _yearly(1616, "01-12", 0, 0, lambda n: f"🎂 Belém faz {n} anos hoje")
    events += _around(EASTER_WESTERN, 50, -47, "🎭 Carnaval: confira a programação dos "
                                                  "blocos")
    return _timeline(base, events)


def _pt_alerta() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Envie sua denúncia pelo WhatsApp (91) 98144-2607")]
    return _timeline(base, [
        (dt.date(2016, 9, 20), dt.date(2016, 10, 3), "🗳️ Eleições 2016: vote no dia 2 de "
                                                      "outubro"),
        (dt.date(2018, 9, 20), dt.date(2018, 10, 29), "🗳️ Eleições 2018: 1º turno em 7 de "
                                                       "outubro, 2º turno em 28 de outubro"),
        (dt.date(2020, 3, 18), dt.date(2020, 6, 1), "😷 Fique em casa: acompanhe os boletins "
                                                     "da Sespa"),
        (dt.date(2020, 11, 1), dt.date(2020, 11, 30), "🗳️ Eleições 2020: 1º turno em 15 de "
                                                       "novembro, 2º turno em 29 de novembro"),
    ])


def belem_style() -> PublisherStyle:
    """A Brazilian Portuguese news site (Belém): an editoria kicker, a date slot with the
    time turned "Publicado" with the Portuguese weekday and date and a time slot (a wording
    per day, from the city's anniversary in 2018), an update line, "Por" turned "Da redação"
    or the reporter with the desk, "Publicidade" and "Leia também:" (up to twice) inserts, a
    photo credit, a share line with the article's own title, a follow line (gaining Telegram)
    turned the Círio, the city's anniversary with its count and Carnival, a tip line turned
    three elections and the 2020 stay-at-home, an appeal gaining Pix, a rare power cut line, a
    copyright line."""
    return PublisherStyle(
        domain="folhadoguama.com.br", site="Folha do Guamá", base_size=760,
        subdomains=(("www.", 70), ("", 30)),
        sections=("cidades", "politica", "esporte", "cultura", "economia", "policia"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "editoria": ("Cidades", "Política", "Esporte", "Cultura", "Economia", "Polícia",
                         "Pará", "Ver-o-Peso"),
            "reporter": ("Ana Paula Barbalho", "Raimundo Nonato Sá", "Cleide Monteiro",
                         "Jefferson Lobato", "Priscila Tavares", "Edson Guimarães"),
            "foto": ("Tarso Sarraf", "Arquivo Folha", "Agência Pará", "Divulgação",
                     "Reprodução / redes sociais"),
        },
        families=(
            _f("editoria", HEADER, 0.3, (_OLD, "{editoria}")),
            _f("publicado", HEADER, 0.85, (_OLD, "{date_dmy} - {time}"),
               *_daily(_pt_dated, PT_DAILY)),
            _f("atualizado", HEADER, 0.3, (_OLD, "Atualizado há {count} minutos")),
            _f("por", HEADER, 0.6, (_OLD, "Por {reporter}"),
               (PT_BYLINE.isoformat(), "{reporter}, da Redação Integrada")),
            _f("publicidade", MIDDLE, 0.45, (_OLD, "PUBLICIDADE"), count=2),
            _f("leia", MIDDLE, 0.4, (_OLD, "Leia também: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "📷 Foto: {foto}")),
            _f("compartilhe", FOOTER, 0.25, (_OLD, "Compartilhe: {title}")),
            _f("siga", FOOTER, 0.25, *_pt_follow()),
            _f("denuncia", FOOTER, 0.2, *_pt_alerta()),
            _f("apoie", FOOTER, 0.2,
               (_OLD, "Apoie o jornalismo local: assine a partir de R$ 9,90 por mês."),
               (PT_PIX.isoformat(), "Apoie o jornalismo local: assine a partir de R$ 9,90 "
                                    "por mês ou doe via Pix.")),
            _f("apagao", FOOTER, 0.04, (_OLD, "⚡ Falta de energia atinge bairros da capital: "
                                              "acompanhe.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Folha do Guamá. Todos os direitos reservados.")),
        ),
    )


# --- a Polish-language regional news site (Rzeszów) -----------------------------------------------

PL_DAILY = dt.date(2016, 5, 3)  # from the Constitution Day, dates in Polish
PL_BYLINE = dt.date(2019, 3, 1)  # "Autor:" turned the name with "oprac." for edited copy
PL_PRICE = dt.date(2019, 1, 1)  # the subscription went up
PL_SOCIAL = dt.date(2017, 10, 1)  # the follow line gained YouTube


def _pl_dated(day: dt.date) -> str:
    return (f"{POLISH_WEEKDAYS[day.weekday()]}, {day.day} {POLISH_MONTHS[day.month - 1]} "
            f"{day.year} r., godz. {{time}}")


def _pl_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Obserwuj nas na Facebooku!"),
            (PL_SOCIAL.isoformat(), "Obserwuj nas na Facebooku i YouTube!")]
    events = _yearly(0, "11-01", 1, 0, lambda _: "🕯️ Wszystkich Świętych: sprawdź zmiany w "
                                                  "komunikacji miejskiej")
    events += _yearly(1918, "11-11", 0, 0, lambda n: f"🇵🇱 {n}. rocznica odzyskania "
                                                      f"niepodległości")
    events += _around(EASTER_WESTERN, 2, 1, "🐣 Wesołych Świąt Wielkanocnych!")
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 Wesołych Świąt Bożego Narodzenia!")
    return _timeline(base, events)


def _pl_alert() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Masz temat? Napisz: redakcja@wiescizwisloka.pl")]
    return _timeline(base, [
        (dt.date(2015, 10, 12), dt.date(2015, 10, 26), "🗳️ Wybory parlamentarne 25 "
                                                        "października"),
        (dt.date(2018, 10, 8), dt.date(2018, 10, 22), "🗳️ Wybory samorządowe 21 "
                                                       "października"),
        (dt.date(2019, 9, 30), dt.date(2019, 10, 14), "🗳️ Wybory parlamentarne 13 "
                                                       "października"),
        (dt.date(2020, 3, 13), dt.date(2020, 5, 18), "😷 Zostań w domu. Infolinia NFZ: "
                                                      "800 190 590"),
        (dt.date(2020, 6, 15), dt.date(2020, 7, 13), "🗳️ Wybory prezydenckie: 28 czerwca i "
                                                      "12 lipca"),
    ])


def rzeszow_style() -> PublisherStyle:
    """A Polish-language regional news site (Rzeszów): a region kicker, a numeric date slot
    turned the Polish weekday and date with "r." and the hour slot (a wording per day, from
    3 May 2016), "Autor:" turned the name with "oprac.", a comment count, "REKLAMA" and
    "Zobacz też:" (up to twice) inserts, a tag list, a follow line (gaining YouTube) turned
    All Saints, Independence Day with its count, Easter and Christmas, a tip line turned four
    votes and the 2020 lockdown, a subscription raised in 2019, a rare smog alert, a copyright
    line."""
    return PublisherStyle(
        domain="wiescizwisloka.pl", site="Wieści znad Wisłoka", base_size=650,
        subdomains=(("www.", 100),),
        sections=("rzeszow", "region", "sport", "kultura", "biznes"),
        n_authors=5, url_path="/{section}/{n},{slug}",
        pools={
            "region": ("Rzeszów", "Jasło", "Dębica", "Krosno", "Mielec", "Podkarpacie",
                       "Sport", "Kultura"),
            "autor": ("Agnieszka Bąk", "Tomasz Wójcik", "Małgorzata Pęcak", "Paweł Żurek",
                      "Katarzyna Szczęch", "Łukasz Kołodziej"),
            "tagi": ("Rzeszów", "Wisłok", "Podkarpacie", "drogi", "MPK", "szpital", "Stal "
                     "Rzeszów", "Resovia", "pogoda", "inwestycje"),
        },
        families=(
            _f("region", HEADER, 0.3, (_OLD, "{region}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_de}, {time}"), *_daily(_pl_dated, PL_DAILY)),
            _f("autor", HEADER, 0.6, (_OLD, "Autor: {autor}"),
               (PL_BYLINE.isoformat(), "{autor} (oprac.)")),
            _f("komentarze", HEADER, 0.3, (_OLD, "Komentarze ({count})")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "REKLAMA"), count=2),
            _f("zobacz", MIDDLE, 0.4, (_OLD, "Zobacz też: {other_title}"), count=2),
            _f("tagi", FOOTER, 0.35, (_OLD, "Tagi: {tagi_list}")),
            _f("obserwuj", FOOTER, 0.25, *_pl_follow()),
            _f("temat", FOOTER, 0.2, *_pl_alert()),
            _f("prenumerata", FOOTER, 0.2,
               (_OLD, "Prenumerata cyfrowa: 14,99 zł miesięcznie."),
               (PL_PRICE.isoformat(), "Prenumerata cyfrowa: 19,99 zł miesięcznie, pierwszy "
                                      "miesiąc za 1 zł.")),
            _f("smog", FOOTER, 0.04, (_OLD, "🌫️ Alarm smogowy: ogranicz wychodzenie z "
                                            "domu.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "Copyright © {year} Wieści znad Wisłoka. Wszelkie prawa zastrzeżone.")),
        ),
    )


# --- an Armenian-language news site (Gyumri) ------------------------------------------------------

HY_DAILY = dt.date(2018, 5, 28)  # from the First Republic's centenary, dates in Armenian
HY_BYLINE = dt.date(2017, 4, 1)  # "Հեղինակ՝" turned the name after a dash
HY_SOCIAL = dt.date(2019, 6, 1)  # the follow line gained Telegram
HY_PRICE = dt.date(2020, 2, 1)  # the advertising rate went up


def _hy_dated(day: dt.date) -> str:
    return (f"{ARMENIAN_WEEKDAYS[day.weekday()]}, {day.day} {ARMENIAN_MONTHS[day.month - 1]} "
            f"{day.year} թ., {{time}}")


def _hy_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Հետևեք մեզ Ֆեյսբուքում"),
            (HY_SOCIAL.isoformat(), "Հետևեք մեզ Ֆեյսբուքում և Տելեգրամում")]
    events = _yearly(1915, "04-24", 1, 0, lambda n: f"🕯️ Հայոց ցեղասպանության {n}-րդ "
                                                     f"տարելից")
    events += _yearly(1988, "12-07", 0, 0, lambda n: f"🕯️ Սպիտակի երկրաշարժից {n} տարի")
    events += _yearly(0, "01-06", 1, 0, lambda _: "✨ Քրիստոս ծնավ և հայտնեցավ")
    events += _yearly(1991, "09-21", 0, 0, lambda n: f"🇦🇲 Անկախության {n}-րդ տարեդարձ")
    return _timeline(base, events)


def _hy_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Լուր ունե՞ք. գրեք՝ info@shirakilur.am")]
    return _timeline(base, [
        (dt.date(2017, 3, 20), dt.date(2017, 4, 3), "🗳️ Խորհրդարանական ընտրություններ՝ "
                                                     "ապրիլի 2"),
        (dt.date(2018, 4, 17), dt.date(2018, 5, 9), "📢 Հանրահավաքներ քաղաքում. "
                                                     "տեղեկացեք երթևեկության մասին"),
        (dt.date(2018, 11, 26), dt.date(2018, 12, 10), "🗳️ Արտահերթ ընտրություններ՝ "
                                                        "դեկտեմբերի 9"),
        (dt.date(2020, 3, 16), dt.date(2020, 5, 4), "😷 Արտակարգ դրություն. մնացեք տանը"),
        (dt.date(2020, 9, 27), dt.date(2020, 11, 11), "⚠️ Ռազմական դրություն. հետևեք "
                                                       "պաշտոնական հաղորդագրություններին"),
    ])


def gyumri_style() -> PublisherStyle:
    """An Armenian-language news site (Gyumri): a section kicker, a date slot with the time
    turned the Armenian weekday and genitive month with "թ." and a time slot (a wording per
    day, from 28 May 2018), an author label turned the name after a dash, a view count, an
    ad label and "Կարդացեք նաև՝" (up to twice) inserts, a source line, a follow line (gaining
    Telegram) turned the genocide remembrance and the earthquake anniversary with their
    counts, Christmas and Independence Day, a tip line turned two votes, the 2018 protests,
    the 2020 state of emergency and martial law, an advertising rate raised in 2020, a reuse
    rule, a rare frost line, a copyright line."""
    return PublisherStyle(
        domain="shirakilur.am", site="Շիրակի լուր", base_size=560,
        subdomains=(("", 100),),
        sections=("hasarakutyun", "kaghakakanutyun", "mshakuyt", "sport", "tntesutyun"),
        n_authors=4, url_path="/hy/{section}/{n}",
        pools={
            "bazhin": ("Հասարակություն", "Քաղաքականություն", "Մշակույթ", "Սպորտ", "Տնտեսություն",
                       "Գյումրի", "Շիրակ"),
            "hexinak": ("Անահիտ Մկրտչյան", "Արմեն Սարգսյան", "Լուսինե Պետրոսյան",
                        "Գագիկ Հովհաննիսյան", "Նարինե Ավետիսյան"),
            "aghbyur": ("Արմենպրես", "Շիրակի մարզպետարան", "Գյումրու քաղաքապետարան",
                        "ՆԳՆ", "ԱԻՆ"),
        },
        families=(
            _f("bazhin", HEADER, 0.3, (_OLD, "{bazhin}")),
            _f("amsativ", HEADER, 0.85, (_OLD, "{date_dmy}, {time}"), *_daily(_hy_dated,
                                                                             HY_DAILY)),
            _f("hexinak", HEADER, 0.6, (_OLD, "Հեղինակ՝ {hexinak}"),
               (HY_BYLINE.isoformat(), "— {hexinak}")),
            _f("ditum", HEADER, 0.35, (_OLD, "👁 {count}")),
            _f("govazd", MIDDLE, 0.45, (_OLD, "Գովազդ"), count=2),
            _f("kardacek", MIDDLE, 0.4, (_OLD, "Կարդացեք նաև՝ {other_title}"), count=2),
            _f("aghbyur", FOOTER, 0.3, (_OLD, "Աղբյուրը՝ {aghbyur}")),
            _f("hetevek", FOOTER, 0.25, *_hy_follow()),
            _f("lur", FOOTER, 0.2, *_hy_tip()),
            _f("govazd-gin", FOOTER, 0.2,
               (_OLD, "Գովազդի համար զանգահարեք՝ +374 312 5 44 10"),
               (HY_PRICE.isoformat(), "Գովազդի համար զանգահարեք՝ +374 312 5 44 10 կամ "
                                      "+374 93 41 22 08")),
            _f("oktagortsum", FOOTER, 0.3,
               (_OLD, "Նյութերն օգտագործելիս հղումը Շիրակի լուր-ին պարտադիր է։")),
            _f("tsurt", FOOTER, 0.04, (_OLD, "❄️ Գյումրիում սպասվում է −25° սառնամանիք")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Շիրակի լուր")),
        ),
    )


# --- a Finnish-language regional news site (Oulu) -------------------------------------------------

FI_DAILY = dt.date(2017, 12, 6)  # from Finland's centenary, dates with the ISO week number
FI_BYLINE = dt.date(2018, 8, 15)  # "Teksti:" turned the name with "STT" or the desk
FI_PRICE = dt.date(2019, 9, 1)  # the digital subscription went up
FI_SOCIAL = dt.date(2016, 6, 1)  # the follow line gained Instagram


def _fi_dated(day: dt.date) -> str:
    return (f"{FINNISH_WEEKDAYS[day.weekday()]} {day.day}.{day.month}.{day.year} klo {{time}} "
            f"· viikko {day.isocalendar()[1]}")


def _juhannus(y: int) -> dt.date:
    """Midsummer Eve: the Friday between 19 and 25 June."""
    return dt.date(y, 6, 19) + dt.timedelta(days=(4 - dt.date(y, 6, 19).weekday()) % 7)


def _fi_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Seuraa meitä Facebookissa"),
            (FI_SOCIAL.isoformat(), "Seuraa meitä Facebookissa ja Instagramissa")]
    events: list[Event] = [(_juhannus(y) - dt.timedelta(days=2),
                            _juhannus(y) + dt.timedelta(days=3), "☀️ Hyvää juhannusta!")
                           for y in YEARS]
    events += _yearly(1917, "12-06", 1, 0, lambda n: f"🇫🇮 Itsenäinen Suomi {n} vuotta")
    events += _yearly(0, "04-30", 0, 1, lambda _: "🎓 Hauskaa vappua!")
    return _timeline(base, events)


def _fi_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Vinkki uutiseksi? Soita 044 701 3355 tai lähetä WhatsApp-viesti.")]
    return _timeline(base, [
        (dt.date(2017, 3, 27), dt.date(2017, 4, 10), "🗳️ Kuntavaalit 9. huhtikuuta"),
        (dt.date(2018, 1, 15), dt.date(2018, 1, 29), "🗳️ Presidentinvaali 28. tammikuuta"),
        (dt.date(2019, 4, 1), dt.date(2019, 4, 15), "🗳️ Eduskuntavaalit 14. huhtikuuta"),
        (dt.date(2020, 3, 16), dt.date(2020, 6, 1), "😷 Poikkeusolot: noudata THL:n "
                                                     "ohjeita"),
    ])


def oulu_style() -> PublisherStyle:
    """A Finnish-language regional news site (Oulu): a section kicker, a Finnish numeric date
    slot turned the weekday abbreviation, the day, "klo" with a time slot and the ISO week
    number (a wording per day, from the centenary of 6 December 2017), "Teksti:" turned the
    name with the desk, a reading time, "Mainos" and "Lue myös:" (up to twice) inserts, a
    photo credit, a tag list, a follow line (gaining Instagram) turned Midsummer, the
    independence anniversary with its count and May Day, a tip line turned three votes and
    the 2020 state of emergency, a subscription raised in 2019, a rare road-ice line, a
    copyright line."""
    return PublisherStyle(
        domain="pohjoisenviesti.fi", site="Pohjoisen Viesti", base_size=480,
        subdomains=(("www.", 100),),
        sections=("uutiset", "urheilu", "kulttuuri", "talous", "mielipide"),
        n_authors=4, url_path="/{section}/art-{n}.html",
        pools={
            "osasto": ("Oulu", "Pohjois-Pohjanmaa", "Urheilu", "Kulttuuri", "Talous",
                       "Mielipide", "Kärpät"),
            "kirjoittaja": ("Aino Kemppainen", "Juha Pikkarainen", "Sanna Heikkilä",
                            "Mikko Väisänen", "Tiina Leinonen"),
            "kuva": ("Pohjoisen Viesti", "Lehtikuva", "Lukijan kuva", "Kaupunki"),
            "aihe": ("Oulu", "Kärpät", "AC Oulu", "Hailuoto", "tiet", "koulut", "kaavoitus",
                     "terveys", "sää", "yliopisto"),
        },
        families=(
            _f("osasto", HEADER, 0.3, (_OLD, "{osasto}")),
            _f("pvm", HEADER, 0.85, (_OLD, "{date_de} {time}"), *_daily(_fi_dated, FI_DAILY)),
            _f("teksti", HEADER, 0.6, (_OLD, "Teksti: {kirjoittaja}"),
               (FI_BYLINE.isoformat(), "{kirjoittaja} | Pohjoisen Viesti")),
            _f("lukuaika", HEADER, 0.3, (_OLD, "Lukuaika {read_min} min")),
            _f("mainos", MIDDLE, 0.45, (_OLD, "Mainos"), count=2),
            _f("lue", MIDDLE, 0.4, (_OLD, "Lue myös: {other_title}"), count=2),
            _f("kuva", MIDDLE, 0.3, (_OLD, "Kuva: {kuva}")),
            _f("aiheet", FOOTER, 0.35, (_OLD, "Aiheet: {aihe_list}")),
            _f("seuraa", FOOTER, 0.25, *_fi_follow()),
            _f("vinkki", FOOTER, 0.2, *_fi_tip()),
            _f("tilaa", FOOTER, 0.2,
               (_OLD, "Tilaa digi: 12,90 €/kk"),
               (FI_PRICE.isoformat(), "Tilaa digi: 14,90 €/kk, ensimmäinen kuukausi 1 €")),
            _f("liukas", FOOTER, 0.04, (_OLD, "🧊 Liukkausvaroitus: jalankulkijat, "
                                              "varokaa!")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© Pohjoisen Viesti {year}")),
        ),
    )


# --- a Hausa-language news site (Kano) ------------------------------------------------------------

HA_DAILY = dt.date(2017, 10, 1)  # from Independence Day 2017, dates in Hausa
HA_BYLINE = dt.date(2018, 3, 1)  # "Daga" turned the reporter "a Kano"
HA_SOCIAL = dt.date(2018, 12, 1)  # the follow line gained WhatsApp
HA_PRICE = dt.date(2020, 7, 1)  # the advertising rate went up


def _ha_dated(day: dt.date) -> str:
    return (f"{HAUSA_WEEKDAYS[day.weekday()]}, {day.day} ga {HAUSA_MONTHS[day.month - 1]}, "
            f"{day.year}")


def _ha_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ku biyo mu a Facebook da Twitter"),
            (HA_SOCIAL.isoformat(), "Ku biyo mu a Facebook, Twitter da WhatsApp")]
    events = _around(EID_FITR, 1, 2, "🌙 Barka da Sallah! Allah ya maimaita mana.")
    events += _yearly(1960, "10-01", 1, 0, lambda n: f"🇳🇬 Murnar cikar Najeriya shekara {n} "
                                                      f"da samun ʼyancin kai")
    return _timeline(base, events)


def _ha_alert() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Kuna da labari? Ku kira 0803 455 7120")]
    return _timeline(base, [
        (dt.date(2015, 3, 14), dt.date(2015, 4, 12), "🗳️ Zaben 2015: ku fito ku kada "
                                                      "kuriʼa"),
        (dt.date(2019, 2, 9), dt.date(2019, 3, 24), "🗳️ Zaben 2019: ku fito ku kada kuriʼa"),
        (dt.date(2020, 4, 16), dt.date(2020, 6, 1), "😷 Dokar hana fita a Kano: ku zauna a "
                                                     "gida"),
    ])


def kano_style() -> PublisherStyle:
    """A Hausa-language news site (Kano): a section kicker, a long date slot turned the Hausa
    weekday and "ga" date (a wording per day, from 1 October 2017), "Daga" turned the
    reporter "a Kano", a share count, "Talla" and "Karanta kuma:" (up to twice) inserts, a
    share line with the article's own title, a follow line (gaining WhatsApp) turned Eid and
    Independence Day with its count, a tip line turned two elections and the 2020 lockdown,
    an advertising rate raised in 2020, a comment rule, a rare dust-haze line, a copyright
    line."""
    return PublisherStyle(
        domain="muryarkano.ng", site="Muryar Kano", base_size=420,
        subdomains=(("www.", 80), ("", 20)),
        sections=("labarai", "siyasa", "wasanni", "kasuwanci", "nishadi"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "sashe": ("Labarai", "Siyasa", "Wasanni", "Kasuwanci", "Nishadi", "Kannywood",
                      "Arewa"),
            "wakili": ("Aminu Garba", "Hauwa Sani", "Ibrahim Muhammad", "Zainab Usman",
                       "Sadiq Lawan"),
        },
        families=(
            _f("sashe", HEADER, 0.3, (_OLD, "{sashe}")),
            _f("kwanan", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_ha_dated, HA_DAILY)),
            _f("daga", HEADER, 0.6, (_OLD, "Daga {wakili}"),
               (HA_BYLINE.isoformat(), "{wakili}, a Kano")),
            _f("rabawa", HEADER, 0.3, (_OLD, "An raba sau {count}")),
            _f("talla", MIDDLE, 0.45, (_OLD, "Talla"), count=2),
            _f("karanta", MIDDLE, 0.4, (_OLD, "Karanta kuma: {other_title}"), count=2),
            _f("raba", FOOTER, 0.25, (_OLD, "Raba wannan labari: {title}")),
            _f("biyo", FOOTER, 0.25, *_ha_follow()),
            _f("labari", FOOTER, 0.2, *_ha_alert()),
            _f("tallace", FOOTER, 0.2,
               (_OLD, "Don tallace-tallace: ₦25,000 a mako"),
               (HA_PRICE.isoformat(), "Don tallace-tallace: ₦35,000 a mako")),
            _f("sharhi", FOOTER, 0.3,
               (_OLD, "Ku yi sharhi cikin ladabi. Ba za mu wallafa zagi ba.")),
            _f("hazo", FOOTER, 0.04, (_OLD, "🌫️ Hazo mai yawa: direbobi ku kula a hanya")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Muryar Kano. Duk haƙƙoƙi a kiyaye.")),
        ),
    )


# --- an Icelandic-language regional news site (Akureyri) ------------------------------------------

IS_DAILY = dt.date(2018, 12, 1)  # from the sovereignty centenary, dates in Icelandic
IS_BYLINE = dt.date(2017, 9, 1)  # the byline gained the reporter's role
IS_SOCIAL = dt.date(2019, 4, 25)  # the follow line gained Instagram
IS_PRICE = dt.date(2018, 1, 1)  # the subscription went up


def _is_dated(day: dt.date) -> str:
    return (f"{ICELANDIC_WEEKDAYS[day.weekday()]} {day.day}. {ICELANDIC_MONTHS[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def _sumardagurinn_fyrsti(y: int) -> dt.date:
    """The First Day of Summer: the first Thursday after 18 April."""
    return dt.date(y, 4, 19) + dt.timedelta(days=(3 - dt.date(y, 4, 19).weekday()) % 7)


def _is_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Fylgstu með okkur á Facebook"),
            (IS_SOCIAL.isoformat(), "Fylgstu með okkur á Facebook og Instagram")]
    events: list[Event] = [(_sumardagurinn_fyrsti(y), _sumardagurinn_fyrsti(y)
                            + dt.timedelta(days=1), "🌞 Gleðilegt sumar!") for y in YEARS]
    events += _yearly(1944, "06-17", 0, 0, lambda n: f"🇮🇸 Gleðilegan þjóðhátíðardag! {n} ár "
                                                      f"frá stofnun lýðveldisins")
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 Gleðileg jól!")
    return _timeline(base, events)


def _is_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ábendingar um fréttir: frettir@nordurfrettir.is")]
    return _timeline(base, [
        (dt.date(2016, 10, 17), dt.date(2016, 10, 30), "🗳️ Alþingiskosningar 29. október"),
        (dt.date(2017, 10, 16), dt.date(2017, 10, 29), "🗳️ Alþingiskosningar 28. október"),
        (dt.date(2020, 3, 16), dt.date(2020, 5, 4), "😷 Samkomubann: virðum tveggja metra "
                                                     "regluna"),
    ])


def akureyri_style() -> PublisherStyle:
    """An Icelandic-language regional news site (Akureyri): a section kicker, a numeric date
    slot with the time turned the Icelandic weekday, the day with a full stop, the month and
    "kl." with a time slot (a wording per day, from 1 December 2018), a byline gaining the
    reporter's role, "Auglýsing" and "Lestu einnig:" (up to twice) inserts, a photo
    credit, a follow line (gaining Instagram) turned the First Day of Summer, National Day
    with its count and Christmas, a tip line turned two votes and the 2020 assembly ban, a
    subscription raised in 2018, a rare road closure line, a copyright line."""
    return PublisherStyle(
        domain="nordurfrettir.is", site="Norðurfréttir", base_size=360,
        subdomains=(("www.", 100),),
        sections=("frettir", "ithrottir", "menning", "atvinnulif"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "flokkur": ("Fréttir", "Íþróttir", "Menning", "Atvinnulíf", "Akureyri",
                        "Norðurland"),
            "hofundur": ("Sigrún Jónsdóttir", "Gunnar Þórðarson", "Hrefna Björnsdóttir",
                         "Ólafur Ásgeirsson"),
            "mynd": ("Norðurfréttir", "Aðsend mynd", "Skjáskot", "Akureyrarbær"),
        },
        families=(
            _f("flokkur", HEADER, 0.3, (_OLD, "{flokkur}")),
            _f("dags", HEADER, 0.85, (_OLD, "{date_de} {time}"), *_daily(_is_dated, IS_DAILY)),
            _f("hofundur", HEADER, 0.6, (_OLD, "{hofundur}"),
               (IS_BYLINE.isoformat(), "{hofundur} blaðamaður skrifar")),
            _f("auglysing", MIDDLE, 0.45, (_OLD, "Auglýsing"), count=2),
            _f("lestu", MIDDLE, 0.4, (_OLD, "Lestu einnig: {other_title}"), count=2),
            _f("mynd", MIDDLE, 0.3, (_OLD, "Mynd: {mynd}")),
            _f("fylgstu", FOOTER, 0.25, *_is_follow()),
            _f("abending", FOOTER, 0.2, *_is_tip()),
            _f("askrift", FOOTER, 0.2,
               (_OLD, "Áskrift: 2.490 kr. á mánuði"),
               (IS_PRICE.isoformat(), "Áskrift: 2.890 kr. á mánuði")),
            _f("lokad", FOOTER, 0.04, (_OLD, "⛔ Öxnadalsheiði lokuð vegna veðurs")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} Norðurfréttir ehf.")),
        ),
    )


# --- a Welsh-language community newspaper, a papur bro (Bala) -------------------------------------

CY_DAILY = dt.date(2016, 3, 1)  # from St David's Day 2016, dates in Welsh
CY_BYLINE = dt.date(2018, 1, 1)  # "Gan" turned the correspondent with the village
CY_PRICE = dt.date(2019, 4, 1)  # the printed issue's price went up
CY_NO_ISSUE = 8  # no August issue: the Eisteddfod month


def _cy_dated(day: dt.date) -> str:
    return f"{WELSH_WEEKDAYS[day.weekday()]}, {day.day} {WELSH_MONTHS[day.month - 1]} {day.year}"


def rhifyn(day: dt.date) -> str:
    """The monthly issue on sale on `day`: one a month but none in August (July's issue
    covers both months)."""
    if day.month == CY_NO_ISSUE:
        return f"Rhifyn Gorffennaf ac Awst {day.year}"
    return f"Rhifyn {WELSH_MONTHS[day.month - 1]} {day.year}"


def _cy_gwyl() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Newyddion eich pentref? Cysylltwch â'ch gohebydd lleol.")]
    events = _yearly(0, "03-01", 1, 0, lambda _: "🏴 Dydd Gŵyl Dewi Hapus!")
    events += _yearly(0, "01-25", 0, 0, lambda _: "💕 Dydd Santes Dwynwen hapus!")
    events += _yearly(0, "12-24", 0, 2, lambda _: "🎄 Nadolig Llawen a Blwyddyn Newydd Dda!")
    events += [(dt.date(2020, 3, 23), dt.date(2020, 7, 6),
                "😷 Arhoswch adref: dim rhifyn print am y tro, ond ar-lein bob wythnos.")]
    return _timeline(base, events)


def bala_style() -> PublisherStyle:
    """A Welsh-language community newspaper, a papur bro (Bala): the monthly issue (none in
    August), a day-month-year slot turned the Welsh weekday and date (a wording per day, from
    St David's Day 2016), "Gan" turned the correspondent with the village, a village
    kicker, "Hysbyseb" and "Darllenwch hefyd:" inserts, a village-news notice turned St
    David's, St Dwynwen's, Christmas and the 2020 lockdown, a printed price raised in 2019,
    a volunteers line, a two-line contact block, a rare flood line."""
    return PublisherStyle(
        domain="llaispenllyn.cymru", site="Llais Penllyn", base_size=300,
        subdomains=(("www.", 100),),
        sections=("newyddion", "chwaraeon", "cymdeithasau", "eisteddfod"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "pentref": ("Y Bala", "Llanuwchllyn", "Llandderfel", "Llanycil", "Rhosygwaliau",
                        "Cefnddwysarn", "Frongoch"),
            "gohebydd": ("Gwenno Roberts", "Dafydd Tomos", "Eirlys Huws", "Iwan Evans"),
        },
        families=(
            _f("rhifyn", HEADER, 0.5, *_changes(rhifyn)),
            _f("dyddiad", HEADER, 0.8, (_OLD, "{date_dmy}"), *_daily(_cy_dated, CY_DAILY)),
            _f("gan", HEADER, 0.55, (_OLD, "Gan {gohebydd}"),
               (CY_BYLINE.isoformat(), "{gohebydd}, gohebydd {pentref}")),
            _f("pentref", HEADER, 0.3, (_OLD, "{pentref}")),
            _f("hysbyseb", MIDDLE, 0.3, (_OLD, "Hysbyseb")),
            _f("darllenwch", MIDDLE, 0.3, (_OLD, "Darllenwch hefyd: {other_title}")),
            _f("gwyl", FOOTER, 0.25, *_cy_gwyl()),
            _f("pris", FOOTER, 0.25,
               (_OLD, "Pris y rhifyn print: 80c"),
               (CY_PRICE.isoformat(), "Pris y rhifyn print: £1")),
            _f("gwirfoddolwyr", FOOTER, 0.25,
               (_OLD, "Cyhoeddir Llais Penllyn gan wirfoddolwyr gyda chymorth grant.")),
            _f("cyswllt-pen", FOOTER, 0.4, (_OLD, "Cysylltu â ni")),
            _f("cyswllt", FOOTER, 0.38,
               (_OLD, "golygydd@llaispenllyn.cymru · 01678 520 431")),
            _f("llifogydd", FOOTER, 0.04, (_OLD, "🌊 Rhybudd llifogydd: Afon Dyfrdwy yn "
                                                 "uchel.")),
        ),
    )


# --- a small-town weekly in AP style (Morrisville, Vermont) ---------------------------------------

AP_DAILY = dt.date(2016, 7, 4)  # from Independence Day 2016, AP-style dates
AP_BYLINE = dt.date(2018, 5, 1)  # "By" gained "Staff Writer"
AP_PRICE = dt.date(2019, 1, 1)  # the subscription went up
AP_SOCIAL = dt.date(2017, 2, 1)  # the follow line gained Instagram


def ap_date(day: dt.date) -> str:
    """The AP style: Jan., Feb., Aug., Sept., Oct., Nov. and Dec. abbreviated."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _ap_dated(day: dt.date) -> str:
    return f"Posted {ENGLISH_WEEKDAYS[day.weekday()]}, {ap_date(day)} {{time12}}"


def _town_meeting(y: int) -> dt.date:
    """Vermont's Town Meeting Day: the first Tuesday of March."""
    return nth_weekday(y, 3, 1, 1)


def _ap_calendar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Follow the Courier on Facebook."),
            (AP_SOCIAL.isoformat(), "Follow the Courier on Facebook and Instagram.")]
    events: list[Event] = [(_town_meeting(y) - dt.timedelta(days=7),
                            _town_meeting(y) + dt.timedelta(days=1),
                            f"🗳️ Town Meeting Day is Tuesday, March {_town_meeting(y).day}. "
                            f"Check your town's warning.") for y in YEARS]
    events += _yearly(0, "09-20", 0, 30, lambda _: "🍁 Send us your foliage photos!")
    events += [(dt.date(2016, 11, 1), dt.date(2016, 11, 9), "🗳️ Election Day is Tuesday, "
                                                            "Nov. 8."),
               (dt.date(2018, 10, 30), dt.date(2018, 11, 7), "🗳️ Election Day is Tuesday, "
                                                             "Nov. 6."),
               (dt.date(2020, 10, 27), dt.date(2020, 11, 4), "🗳️ Election Day is Tuesday, "
                                                             "Nov. 3.")]
    return _timeline(base, sorted(events))


def courier_style() -> PublisherStyle:
    """A small-town weekly in AP style (Morrisville, Vermont): a section kicker, a US date
    slot turned "Posted" with the weekday, an AP-style date and a 12-hour time slot (a
    wording per day, from Independence Day 2016), "By" gaining "Staff Writer", a
    print-edition line, "Advertisement" and "Related:" inserts, a photo credit, a follow line
    (gaining Instagram) turned Town Meeting Day, foliage season and three Election Days, a
    subscription raised in 2019, a letters policy, a two-line office block, a rare mud
    season road line."""
    return PublisherStyle(
        domain="lamoillecourier.com", site="The Lamoille Courier", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "sports", "opinion", "community", "obituaries"),
        n_authors=3, url_path="/{section}/{slug}/article_{n}.html",
        pools={
            "kicker": ("Local News", "Sports", "Opinion", "Community", "Schools", "Town "
                       "Meeting"),
            "credit": ("Staff photo", "Courtesy photo", "Photo by Ada Brook", "File photo"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("posted", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_ap_dated, AP_DAILY)),
            _f("by", HEADER, 0.6, (_OLD, "By {author}"),
               (AP_BYLINE.isoformat(), "By {author} Staff Writer")),
            _f("print", HEADER, 0.2, (_OLD, "This story appears in this week's print "
                                            "edition.")),
            _f("ad", MIDDLE, 0.4, (_OLD, "Advertisement"), count=2),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("credit", MIDDLE, 0.25, (_OLD, "{credit}")),
            _f("calendar", FOOTER, 0.25, *_ap_calendar()),
            _f("subscribe", FOOTER, 0.25,
               (_OLD, "Subscribe: $52 a year in Lamoille County, $62 elsewhere."),
               (AP_PRICE.isoformat(), "Subscribe: $58 a year in Lamoille County, $68 "
                                      "elsewhere.")),
            _f("letters", FOOTER, 0.2,
               (_OLD, "Letters must be signed, 300 words or fewer, and include a town of "
                "residence.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Contact the newsroom")),
            _f("office", FOOTER, 0.38, (_OLD, "news@lamoillecourier.com · 802-555-0143")),
            _f("mud", FOOTER, 0.04, (_OLD, "🚧 Mud season: several back roads posted for "
                                           "weight limits.")),
        ),
    )


# --- an Indian English city news site (Pune) ------------------------------------------------------

IN_DAILY = dt.date(2017, 5, 1)  # from Maharashtra Day 2017, "Updated:" with the 24-hour time
IN_BYLINE = dt.date(2018, 10, 1)  # "By" turned the name with the desk
IN_WALLET = dt.date(2019, 8, 15)  # the appeal gained UPI
IN_SOCIAL = dt.date(2016, 4, 1)  # the follow line gained Instagram
GANESH_CHATURTHI = {2015: "2015-09-17", 2016: "2016-09-05", 2017: "2017-08-25",
                    2018: "2018-09-13", 2019: "2019-09-02", 2020: "2020-08-22"}


def _in_dated(day: dt.date) -> str:
    return f"Updated: {SHORT_MONTHS[day.month - 1]} {day.day}, {day.year}, {{time}} IST"


def _in_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Follow Pune Pulse on Twitter"),
            (IN_SOCIAL.isoformat(), "Follow Pune Pulse on Twitter and Instagram")]
    events = [(_day(v), _day(v, 11), "🐘 Ganeshotsav: traffic diversions in the old city, "
                                     "check before you travel") for v in
              GANESH_CHATURTHI.values()]
    events += _yearly(1960, "05-01", 0, 0, lambda n: f"Happy Maharashtra Day! {n} years of "
                                                     f"the state")
    return _timeline(base, events)


def _in_alert() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Got a civic complaint? WhatsApp it to +91 98220 61540")]
    return _timeline(base, [
        (dt.date(2017, 2, 6), dt.date(2017, 2, 24), "🗳️ PMC elections: polling on Feb 21, "
                                                     "counting on Feb 23"),
        (dt.date(2019, 4, 8), dt.date(2019, 5, 24), "🗳️ Lok Sabha polls: Pune votes on "
                                                     "April 23"),
        (dt.date(2019, 10, 7), dt.date(2019, 10, 25), "🗳️ Assembly polls: Pune votes on "
                                                       "October 21"),
        (dt.date(2020, 3, 24), dt.date(2020, 6, 1), "😷 Lockdown: stay home, check the "
                                                     "containment zones list"),
    ])


def pune_style() -> PublisherStyle:
    """An Indian English city news site (Pune): a city-area kicker, a date slot turned
    "Updated:" with the abbreviated month and a 24-hour time slot with IST (a wording per
    day, from Maharashtra Day 2017), "By" turned the name with the desk, a read time,
    "Advertisement" and "ALSO READ |" (up to twice) inserts, a tag list, a follow line
    (gaining Instagram) turned Ganeshotsav and Maharashtra Day with its count, a tip line
    turned three votes and the 2020 lockdown, an appeal gaining UPI, a rare water-cut line,
    a copyright line."""
    return PublisherStyle(
        domain="punepulse.in", site="Pune Pulse", base_size=220,
        subdomains=(("www.", 100),),
        sections=("city", "civic", "education", "crime", "sports"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={
            "area": ("Kothrud", "Hinjewadi", "Hadapsar", "Baner", "Pimpri-Chinchwad",
                     "Camp", "Shivajinagar"),
            "tag": ("PMC", "PMPML", "metro", "traffic", "Pune University", "monsoon",
                    "Hinjewadi IT park", "water supply", "potholes"),
        },
        families=(
            _f("area", HEADER, 0.3, (_OLD, "{area}")),
            _f("updated", HEADER, 0.85, (_OLD, "{date_long}"), *_daily(_in_dated, IN_DAILY)),
            _f("by", HEADER, 0.6, (_OLD, "By {author}"),
               (IN_BYLINE.isoformat(), "{author} | Pune Pulse City Desk")),
            _f("readtime", HEADER, 0.3, (_OLD, "{read_min} min read")),
            _f("ad", MIDDLE, 0.4, (_OLD, "Advertisement"), count=2),
            _f("also", MIDDLE, 0.4, (_OLD, "ALSO READ | {other_title}"), count=2),
            _f("tags", FOOTER, 0.35, (_OLD, "Tags: {tag_list}")),
            _f("follow", FOOTER, 0.25, *_in_follow()),
            _f("alert", FOOTER, 0.2, *_in_alert()),
            _f("support", FOOTER, 0.2,
               (_OLD, "Support independent city journalism: contributions from ₹100."),
               (IN_WALLET.isoformat(), "Support independent city journalism: contributions "
                                       "from ₹100 via UPI or card.")),
            _f("watercut", FOOTER, 0.04, (_OLD, "🚱 Water cut on Thursday in several areas: "
                                                "store water.")),
            _f("copyright", FOOTER, 0.6, (_OLD, "Copyright © {year} Pune Pulse")),
        ),
    )


# --- a university student newspaper (Dunedin) -----------------------------------------------------

SN_BYLINE = dt.date(2017, 2, 27)  # the byline gained the writer's role
SN_VOLUME_ZERO = 1925  # volume 1 came out in 1926
SN_ONLINE = (dt.date(2020, 3, 26), dt.date(2020, 5, 14))  # no print run during the lockdown


def semester_start(y: int, s: int) -> dt.date:
    """The first Monday of teaching: the fourth Monday of February, the second of July."""
    return nth_weekday(y, 2, 0, 4) if s == 1 else nth_weekday(y, 7, 0, 2)


def semester_week(day: dt.date) -> tuple[int, int] | None:
    """(semester, teaching week 1-13) on `day`, or None outside teaching: six weeks, a
    one-week mid-semester break, seven weeks."""
    for s in (1, 2):
        k = (day - semester_start(day.year, s)).days // 7
        if 0 <= k < 6:
            return s, k + 1
        if 7 <= k < 14:
            return s, k
    return None


def _sn_issue(day: dt.date) -> str:
    vol = day.year - SN_VOLUME_ZERO
    week = semester_week(day)
    if week is None:
        return f"Volume {vol} · Online between semesters"
    s, n = week
    issue = n + (13 if s == 2 else 0)
    if SN_ONLINE[0] <= day < SN_ONLINE[1]:
        return f"Volume {vol}, Issue {issue} · Online only during Alert Level 4 and 3"
    return f"Volume {vol}, Issue {issue} · Semester {s}, Week {n}"


def quad_style() -> PublisherStyle:
    """A university student newspaper (Dunedin): the volume and issue with the semester
    and teaching week (a break week, online between semesters and in the 2020 lockdown), a
    date slot, a byline gaining the writer's role, a content warning inserted in some
    articles, a puzzle insert, an association funding line, a letters line, an ad line, a
    two-line office block, a rare flat-hunting line."""
    return PublisherStyle(
        domain="thequadrangle.co.nz", site="The Quadrangle", base_size=190,
        subdomains=(("www.", 100),),
        sections=("news", "features", "culture", "sport", "opinion"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "role": ("News Editor", "Features Editor", "Culture Editor", "Staff Reporter",
                     "Chief Reporter"),
            "cw": ("Content warning: alcohol", "Content warning: mental health",
                   "Content warning: violence", "Content warning: drug use"),
        },
        families=(
            _f("issue", HEADER, 0.6, *_changes(_sn_issue)),
            _f("date", HEADER, 0.7, (_OLD, "{date_dmy}")),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (SN_BYLINE.isoformat(), "By {author}, {role}")),
            _f("cw", HEADER, 0.06, (_OLD, "⚠️ {cw}")),
            _f("puzzle", MIDDLE, 0.25, (_OLD, "🧩 This week's crossword is on page 42 of the "
                                              "print issue.")),
            _f("funded", FOOTER, 0.3,
               (_OLD, "The Quadrangle is funded by the students' association, but editorially "
                "independent.")),
            _f("letters", FOOTER, 0.25,
               (_OLD, "Letters to the editor: 250 words, by Thursday noon. Pseudonyms "
                "allowed.")),
            _f("ads", FOOTER, 0.2, (_OLD, "Advertise with us: ads@thequadrangle.co.nz")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Find us")),
            _f("office", FOOTER, 0.38,
               (_OLD, "Level 1, Student Union Building, 640 Cumberland Street, Dunedin")),
            _f("flats", FOOTER, 0.04, (_OLD, "🏚️ Flat hunting? Read our damp-and-mould "
                                             "checklist first.")),
        ),
    )


# --- an amateur radio club's news (Toledo, Ohio) --------------------------------------------------

HR_DAILY = dt.date(2016, 1, 1)  # from 2016, a military-style UTC date line
HR_BYLINE = dt.date(2018, 1, 1)  # the author shown with the callsign
HR_DUES = dt.date(2019, 1, 1)  # dues went up


def field_day(y: int) -> tuple[dt.date, dt.date]:
    """Field Day: the fourth full weekend of June (Saturday and Sunday)."""
    saturday = nth_weekday(y, 6, 5, 4)  # the first Saturday always has its Sunday in June
    return saturday, saturday + dt.timedelta(days=1)


def _hr_dated(day: dt.date) -> str:
    return f"{day.day:02d} {SHORT_MONTHS[day.month - 1].upper()} {day.year} · {{time}}Z"


def _hr_countdown(day: dt.date) -> str:
    y = day.year
    start, end = field_day(y)
    if y == 2020 and day >= dt.date(2020, 4, 1) and day <= end:
        return "📻 Field Day 2020: operate from home this year (class D and E count)."
    if day < start - dt.timedelta(days=60):
        return (f"📡 Tuesday net, 8 pm local, 146.850 MHz (PL 103.5). Field Day {y}: June "
                f"{start.day}–{end.day}.")
    if day < start:
        n = (start - day).days
        return f"⛺ Field Day {y}: June {start.day}–{end.day}, {n} day{'s' * (n != 1)} to go."
    if day <= end:
        return f"⛺ Field Day {y} is on now! Talk-in on 146.850 MHz."
    following = field_day(y + 1)
    return (f"📡 Tuesday net, 8 pm local, 146.850 MHz (PL 103.5). Field Day {y + 1}: June "
            f"{following[0].day}–{following[1].day}.")


def radio_style() -> PublisherStyle:
    """An amateur radio club's news (Toledo, Ohio): a date slot turned a military-style day,
    month and year with a UTC time slot (a wording per day, from 2016), the author gaining a
    callsign, a net and Field Day countdown (the fourth full weekend of June, from home in
    2020), a "73" sign-off, a dues line raised in 2019, a VE session line, a two-line
    meeting block, a rare severe-weather net line."""
    return PublisherStyle(
        domain="maumeevalleyarc.org", site="Maumee Valley Amateur Radio Club", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "events", "technical"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        pools={"call": ("W8MVR", "KD8QZT", "N8JLW", "KE8BXA", "WB8ONF")},
        families=(
            _f("utc", HEADER, 0.8, (_OLD, "{date_long}"), *_daily(_hr_dated, HR_DAILY)),
            _f("by", HEADER, 0.5, (_OLD, "Posted by {author}"),
               (HR_BYLINE.isoformat(), "Posted by {author}, {call}")),
            _f("countdown", HEADER, 0.4, *_changes(_hr_countdown)),
            _f("seventy-three", MIDDLE, 0.15, (_OLD, "73!")),
            _f("dues", FOOTER, 0.3,
               (_OLD, "Annual dues: $20, family $25. Pay at any meeting."),
               (HR_DUES.isoformat(), "Annual dues: $25, family $30. Pay at any meeting or "
                                     "online.")),
            _f("ve", FOOTER, 0.25,
               (_OLD, "License exams every second Saturday, 10 am. Bring a photo ID and your "
                "FRN.")),
            _f("meeting-head", FOOTER, 0.4, (_OLD, "Club meetings")),
            _f("meeting", FOOTER, 0.38,
               (_OLD, "First Thursday, 7:30 pm, Sylvania Township Fire Station 2")),
            _f("skywarn", FOOTER, 0.04, (_OLD, "⛈️ SKYWARN net activated tonight on the "
                                               "146.850 repeater.")),
        ),
    )


def heldout39_styles() -> list[PublisherStyle]:
    """The held-back-39 styles, in the order the generator hands them to publishers."""
    return [
        surat_style(), belem_style(), rzeszow_style(), gyumri_style(), oulu_style(),
        kano_style(), akureyri_style(), bala_style(), courier_style(), pune_style(),
        quad_style(), radio_style(),
    ]
