"""The ``held-back-72`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-71 set
(`tests.bench.heldout_templates_71`; a held-back-73 and a held-back-74 set were being written
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

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. Ten publishers are news sites from West and Central Africa and the Sahel, large
and small, in French, Hausa, English, Kinyarwanda and Portuguese, with lines in Jola, Bambara,
Lingala, Dagbani, Ewe, Sango, Guinea-Bissau Kriol and Dioula; two are small specialist sites in
English with lines in a local language: a community radio's page in the Gambia and a primate
refuge's field notes in Cameroon. The families are the kinds a crawl of such sites holds: dates
localised day by day (datelines among them, most changing form on the day of a redesign), lines
that turn with the week, the fortnight, the month, the day or the weekday (the next sailing of
a ferry, a weekly grain price, a weekly exchange rate, fuel prices set twice a month, the
coming community work day, a cashew campaign's yearly price, a radio schedule by weekday, the
day of Ramadan), bylines of many shapes, radio-programme notices, newsletter, WhatsApp and
donation appeals, notices reworded in 2017-2020, notices that follow a calendar (votes,
run-offs and a referendum, a postponed election, curfews and lockdowns of 2020, an epidemic,
national days with their counts, Islamic feasts, carnival, festivals held in odd or in even
years, a remembrance week) and the seasons (harvest campaigns, rains, harmattan, visiting
seasons), other articles' titles, multi-line blocks, mid-body inserts (some up to two times),
bare lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    last_weekday,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
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

ONE_DAY = dt.timedelta(days=1)

FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
HAUSA_MONTHS = ("Janairu", "Faburairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta",
                "Satumba", "Oktoba", "Nuwamba", "Disamba")
HAUSA_WEEKDAYS = ("Litinin", "Talata", "Laraba", "Alhamis", "Jumma'a", "Asabar", "Lahadi")
KINYARWANDA_MONTHS = ("Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena",
                      "Nyakanga", "Kanama", "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza")
KINYARWANDA_WEEKDAYS = ("Ku wa Mbere", "Ku wa Kabiri", "Ku wa Gatatu", "Ku wa Kane",
                        "Ku wa Gatanu", "Ku wa Gatandatu", "Ku Cyumweru")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")

# Islamic days as the sites announced them.
RAMADAN_START = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27",
                 2018: "2018-05-17", 2019: "2019-05-06", 2020: "2020-04-24"}
EID_AL_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_AL_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-12", 2020: "2020-07-31"}


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week (on or before it)."""
    return day - dt.timedelta(days=day.weekday())


def ramadan_day(day: dt.date) -> int | None:
    """The day of Ramadan `day` is (1 on its first day), None outside it."""
    start = RAMADAN_START.get(day.year)
    if start is None:
        return None
    first, feast = dt.date.fromisoformat(start), dt.date.fromisoformat(EID_AL_FITR[day.year])
    return (day - first).days + 1 if first <= day < feast else None


def nth_fr(n: int) -> str:
    """`n` as a French ordinal: 1er, 2e, 60e."""
    return "1er" if n == 1 else f"{n}e"


# --- a French-language regional daily in Casamance (Ziguinchor, Senegal; Jola lines) ---------

SN_REDESIGN = dt.date(2018, 4, 4)  # the new site went up on independence day
SN_BYLINE = dt.date(2017, 10, 2)
SN_LINKS = dt.date(2019, 3, 11)
SN_WHATSAPP = dt.date(2019, 6, 3)
SN_RIGHTS = dt.date(2020, 1, 13)
SN_EDITOR = dt.date(2018, 9, 3)
SN_RADIO = dt.date(2019, 9, 2)
SN_FERRY_STOP = (dt.date(2020, 3, 20), dt.date(2020, 7, 14))  # first day, first day after


def sn_next_sailing(day: dt.date) -> dt.date:
    """The next departure of the Ziguinchor-Dakar ferry on or after `day` (Thursdays and
    Sundays)."""
    return next(day + k * ONE_DAY for k in range(7) if (day + k * ONE_DAY).weekday() in (3, 6))


def sn_ferry(day: dt.date) -> str:
    """The ferry line: the next sailing from Ziguinchor (a wording per day), suspended during
    the 2020 emergency."""
    if SN_FERRY_STOP[0] <= day < SN_FERRY_STOP[1]:
        return "⛴️ Liaison maritime Ziguinchor–Dakar suspendue jusqu'à nouvel ordre"
    sail = sn_next_sailing(day)
    return (f"⛴️ Prochain départ du bateau pour Dakar : {FRENCH_WEEKDAYS[sail.weekday()]} "
            f"{sail.day} {FRENCH_MONTHS[sail.month - 1]}, embarquement dès 13 h")


def _sn_dated(day: dt.date) -> str:
    if day < SN_REDESIGN:
        return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return f"Publié le {day:%d/%m/%Y} à {{time}}"


def _sn_notice() -> Wordings:
    base = _steps((_OLD, "Retrouvez Kassoumay Infos sur Facebook et Twitter"),
                  (SN_WHATSAPP.isoformat(), "📲 Nos alertes sur WhatsApp : envoyez INFOS au "
                                            "77 000 00 00"))
    news: list[Event] = [
        _vote("2016-03-20", "🗳️ Référendum constitutionnel : les résultats en Casamance"),
        _vote("2017-07-30", "🗳️ Législatives 2017 : suivez le dépouillement à Ziguinchor",
              after=2),
        _vote("2019-02-24", "🗳️ Présidentielle 2019 : les résultats bureau par bureau dans le "
                            "Sud", after=3),
        _span("2020-03-24", "2020-06-29", "😷 Couvre-feu de 21 h à 5 h : restez chez vous, "
                                          "lavez-vous les mains"),
    ]
    feasts = _movable(_listed(EID_AL_FITR), 0, 1, lambda _: "🌙 Bonne fête de Korité à tous "
                                                            "nos lecteurs")
    feasts += _movable(_listed(EID_AL_ADHA), 1, 1, lambda _: "🐏 Tabaski : la rédaction vous "
                                                             "souhaite une bonne fête")
    feasts += _yearly("04-04", 0, 0, lambda y: f"🇸🇳 Fête de l'indépendance : "
                                               f"{nth_fr(y - 1960)} anniversaire")
    feasts += _yearly("12-25", 1, 0, lambda _: "🎄 Joyeux Noël ! Kasumay kep !")
    return _calendar(base, news, feasts)


def ziguinchor_style() -> PublisherStyle:
    """A French-language regional daily (Ziguinchor, Casamance, Senegal): a section kicker,
    the weekday and the date, turned a publication date with the time on independence day
    2018 (a wording per day), "Par" turned the writer and the town he covers, "À lire aussi"
    turned an arrow line (up to twice), an ad label, a photo credit, the next ferry sailing
    (a wording per day, suspended in 2020), a Jola greeting, a follow line turned a WhatsApp
    line and turned by a referendum, two votes and the 2020 curfew, the two Eids,
    independence with its count and Christmas, a morning radio programme reworded, a rights
    line reworded and the publisher whose director changed (a block), a comments disclaimer,
    a rare power cut."""
    return PublisherStyle(
        domain="kassoumayinfos.sn", site="Kassoumay Infos", base_size=226,
        subdomains=(("www.", 90), ("", 10)),
        sections=("actualite", "politique", "societe", "economie", "sport", "culture"),
        n_authors=9, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrique": ("Actualité", "Politique", "Société", "Économie", "Sport", "Culture"),
            "localite": ("Ziguinchor", "Bignona", "Oussouye", "Sédhiou", "Kolda"),
            "credit": ("Kassoumay Infos", "archives", "APS", "DR", "un lecteur"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_sn_dated)),
            _f("signature", HEADER, 0.5, (_OLD, "Par {author}"),
               (SN_BYLINE.isoformat(), "Par {author}, correspondant à {localite}")),
            _f("kasumay", HEADER, 0.1, (_OLD, "Kasumay ! Bonne lecture et bonne journée")),
            _f("alire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}"),
               (SN_LINKS.isoformat(), "📌 LIRE AUSSI >> {other_title}"), count=2),
            _f("pub", MIDDLE, 0.2, (_OLD, "PUBLICITÉ")),
            _f("credit", MIDDLE, 0.2, (_OLD, "Crédit photo : {credit}")),
            _f("bateau", FOOTER, 0.3, *_by_day(sn_ferry)),
            _f("avis", FOOTER, 0.3, *_sn_notice()),
            _f("emission", FOOTER, 0.2,
               (_OLD, "🎙️ « Le Réveil du Sud », du lundi au vendredi à 7 h sur 98.4 FM"),
               (SN_RADIO.isoformat(), "🎙️ « Le Réveil du Sud » passe à 7 h 30 : sur 98.4 FM "
                                      "et en direct sur notre site")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Kassoumay Infos"),
               (SN_RIGHTS.isoformat(), "© {year} Kassoumay Infos – Toute reproduction, même "
                                       "partielle, est interdite sans autorisation écrite.")),
            _f("editeur", FOOTER, 0.35,
               (_OLD, "Directeur de publication : Ibrahima Sagna · Récépissé n° 0042/MC"),
               (SN_EDITOR.isoformat(), "Directrice de publication : Awa Diédhiou · Récépissé "
                                       "n° 0042/MC")),
            _f("commentaires", FOOTER, 0.12, (_OLD, "Les commentaires n'engagent que leurs "
                                                    "auteurs. Tout propos injurieux sera "
                                                    "supprimé.")),
            _f("delestage", HEADER, 0.04, (_OLD, "⚠️ Délestages à Ziguinchor : le courant "
                                                 "coupé dans plusieurs quartiers ce soir")),
        ),
    )


# --- a French-language town news site on the Niger (Ségou, Mali; Bambara lines) -------------

ML_REDESIGN = dt.date(2018, 9, 22)
ML_BYLINE = dt.date(2017, 5, 2)
ML_ORANGE = dt.date(2018, 2, 5)
ML_RIGHTS = dt.date(2019, 11, 4)
# The Festival sur le Niger's opening day, each year (the first week of February).
FESTIVAL_NIGER = {2015: "2015-02-04", 2016: "2016-02-03", 2017: "2017-02-01",
                  2018: "2018-01-31", 2019: "2019-02-06", 2020: "2020-02-05"}


def ml_millet(monday: dt.date) -> int:
    """The week's millet price in CFA francs a kilo at the Monday market (made up, 150 to
    290, in steps of 5)."""
    return 150 + 5 * ((monday.toordinal() * 7) % 29)


def ml_market(day: dt.date) -> str:
    """The market line: the millet price of the week (a wording from each Monday), the day of
    Ramadan during the fast (a wording per day)."""
    n = ramadan_day(day)
    if n is not None:
        return f"🌙 Sunkalo, tile {n}nan : bonne rupture du jeûne à tous"
    monday = week_start(day)
    return (f"🌾 Foire de Ségou, semaine du {monday.day} {FRENCH_MONTHS[monday.month - 1]} : "
            f"mil à {ml_millet(monday)} FCFA le kilo")


def _ml_dated(day: dt.date) -> str:
    if day < ML_REDESIGN:
        return f"Ségou, le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day:%d.%m.%Y} | {{time}}"


def _ml_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et Twitter"),
                  (ML_ORANGE.isoformat(), "💛 Soutenez une presse indépendante : don par Orange "
                                          "Money au 70 00 00 00"))
    news: list[Event] = [
        _vote("2018-07-29", "🗳️ Présidentielle 2018 : les résultats dans la région de Ségou",
              after=2),
        _vote("2018-08-12", "🗳️ Second tour : suivez la compilation des résultats", before=4,
              after=2),
        _span("2020-03-26", "2020-05-08", "😷 Couvre-feu de 21 h à 5 h : les marchés ferment "
                                          "plus tôt"),
        _vote("2020-04-19", "🗳️ Législatives, second tour : les résultats à Ségou", before=4),
        _span("2020-08-18", "2020-08-31", "⚠️ Situation à Bamako : la rédaction suit les "
                                          "événements heure par heure"),
    ]
    feasts = _movable(_listed(FESTIVAL_NIGER), 2, 4,
                      lambda y: f"🎶 Festival sur le Niger : {nth_fr(y - 2004)} édition, "
                                f"programme complet")
    feasts += _movable(_listed(EID_AL_FITR), 0, 1, lambda _: "🌙 Sunkalo seli : bonne fête de "
                                                            "Ramadan")
    feasts += _movable(_listed(EID_AL_ADHA), 0, 1, lambda _: "🐏 Seliba : bonne fête de "
                                                            "Tabaski à tous")
    feasts += _yearly("09-22", 0, 0, lambda y: f"🇲🇱 22 septembre : {y - 1960} ans "
                                               f"d'indépendance")
    return _calendar(base, news, feasts)


def segou_style() -> PublisherStyle:
    """A French-language town news site (Ségou, Mali; Bambara lines): a section kicker, a
    dateline with the town, turned the weekday and the numeric date with the time on
    independence day 2018 (a wording per day), the writer turned the writer and the
    photographer, "Voir aussi" (up to twice), a bare ad label, a Bambara welcome, the
    week's millet price at the Monday fair and the day of Ramadan, a follow line turned a
    mobile-money donation line and turned by a vote and its run-off, the 2020 curfew and
    run-off and the events of August 2020, the river festival with its edition, the two Eids
    and independence with its count, a rights line reworded and the publisher (a block), an
    op-ed disclaimer, a rare flood."""
    return PublisherStyle(
        domain="segoukunafoni.ml", site="Ségou Kunafoni", base_size=204,
        subdomains=(("www.", 100),),
        sections=("region", "societe", "agriculture", "culture", "sport"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrique": ("Région", "Société", "Agriculture", "Culture", "Sport"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_ml_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "{author}"),
               (ML_BYLINE.isoformat(), "Texte : {author} · Photos : {author2}")),
            _f("inice", HEADER, 0.12, (_OLD, "I ni ce ! Aw bisimila")),
            _f("voir", MIDDLE, 0.3, (_OLD, "Voir aussi : {other_title}"), count=2),
            _f("annonce", MIDDLE, 0.15, (_OLD, "Annonce")),
            _f("foire", FOOTER, 0.3, *_by_day(ml_market)),
            _f("avis", FOOTER, 0.3, *_ml_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Ségou Kunafoni"),
               (ML_RIGHTS.isoformat(), "© {year} Ségou Kunafoni. Reproduction autorisée avec "
                                       "mention de la source.")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Une publication de l'association Jeko Media, "
                                              "quartier Médine, Ségou")),
            _f("tribunes", FOOTER, 0.12, (_OLD, "Les opinions des tribunes n'engagent que "
                                                "leurs signataires.")),
            _f("crue", HEADER, 0.04, (_OLD, "⚠️ Crue du Bani : la route de San coupée, "
                                            "prudence aux voyageurs")),
        ),
    )


# --- a Hausa-language daily (Kano, Nigeria) ---------------------------------------------------

NG_REDESIGN = dt.date(2019, 5, 29)
NG_BYLINE = dt.date(2018, 1, 8)
NG_LINKS = dt.date(2019, 10, 1)
NG_WHATSAPP = dt.date(2019, 8, 5)
NG_RADIO = dt.date(2018, 4, 2)
NG_RIGHTS = dt.date(2020, 2, 3)


def ng_dollar(monday: dt.date) -> int:
    """The week's parallel-market naira price of a dollar (made up: about 200 in 2015, a
    jump in 2016, about 360 from 2017, about 460 in late 2020)."""
    wobble = (monday.toordinal() * 11) % 9
    if monday < dt.date(2016, 6, 20):
        return 205 + wobble * 3
    if monday < dt.date(2017, 4, 3):
        return 370 + wobble * 6
    if monday < dt.date(2020, 3, 30):
        return 358 + wobble
    return 440 + wobble * 3


def ng_market(day: dt.date) -> str:
    """The dollar line (a wording from each Monday), the day of the fast during Ramadan (a
    wording per day)."""
    n = ramadan_day(day)
    if n is not None:
        return f"🌙 Azumi rana ta {n}: Allah ya karɓi ibadunmu"
    return f"💱 Farashin Dala a kasuwar canji ta Wapa: ₦{ng_dollar(week_start(day))}"


def _ng_dated(day: dt.date) -> str:
    if day < NG_REDESIGN:
        return (f"{HAUSA_WEEKDAYS[day.weekday()]}, {day.day} ga "
                f"{HAUSA_MONTHS[day.month - 1]}, {day.year}")
    return f"An wallafa: {day:%d/%m/%Y} | {{time}}"


def _ng_notice() -> Wordings:
    base = _steps((_OLD, "Ku biyo mu a Facebook da Twitter"),
                  (NG_WHATSAPP.isoformat(), "📲 Ku shiga tasharmu ta WhatsApp don samun "
                                            "labarai nan take"))
    news: list[Event] = [
        _vote("2015-03-28", "🗳️ Zaben shugaban kasa 2015: sakamako daga Kano", after=3),
        _vote("2015-04-11", "🗳️ Zaben gwamna 2015: sakamako daga kananan hukumomi", before=4,
              after=2),
        _span("2019-02-16", "2019-02-22", "⏳ An dage zaben shugaban kasa zuwa Asabar mai "
                                          "zuwa"),
        _vote("2019-02-23", "🗳️ Zaben shugaban kasa 2019: sakamako kai tsaye", before=0,
              after=3),
        _vote("2019-03-09", "🗳️ Zaben gwamnan Kano: sakamako daga rumfuna", after=2),
        _vote("2019-03-23", "🗳️ Zaben cike gurbi a Kano: sakamako", before=3, after=1),
        _span("2020-04-16", "2020-05-05", "😷 Dokar hana fita a Kano: ku zauna a gida"),
    ]
    feasts = _movable(_listed(EID_AL_FITR), 0, 2, lambda _: "🌙 Barka da Sallah Karama!")
    feasts += _movable(_listed(EID_AL_ADHA), 0, 2, lambda _: "🐏 Barka da Sallah Babba!")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇳🇬 Najeriya ta cika shekara {y - 1960} da "
                                               f"samun 'yancin kai")
    return _calendar(base, news, feasts)


def kano_style() -> PublisherStyle:
    """A Hausa-language daily (Kano, Nigeria): a section kicker, the weekday and the date,
    turned a publication date with the time on inauguration day 2019 (a wording per day),
    "Daga" turned the reporter and the editor, "Karanta kuma" turned "Ku karanta" (up to
    twice), an ad label, a photo credit, the week's dollar price and the day of the fast, a
    follow line turned a WhatsApp line and turned by two elections, a postponed election,
    its days, a rerun and the 2020 lockdown, the two Sallahs and independence with its count,
    a morning radio programme reworded, a rights line reworded and the publisher (a block), a
    comments disclaimer, a rare market fire."""
    return PublisherStyle(
        domain="jaridartumbi.ng", site="Jaridar Tumbi", base_size=180,
        subdomains=(("www.", 80), ("hausa.", 20)),
        sections=("labarai", "siyasa", "wasanni", "kasuwanci", "addini"),
        n_authors=8, url_path="/{section}/{n}/{slug}",
        pools={
            "sashe": ("Labarai", "Siyasa", "Wasanni", "Kasuwanci", "Addini"),
            "hoto": ("Jaridar Tumbi", "Fadar Gwamnatin Kano", "NAN", "Intanet"),
        },
        families=(
            _f("sashe", HEADER, 0.3, (_OLD, "{sashe}")),
            _f("kwanan-wata", HEADER, 0.8, *_by_day(_ng_dated)),
            _f("marubuci", HEADER, 0.45, (_OLD, "Daga {author}"),
               (NG_BYLINE.isoformat(), "Rahoton {author} | Gyara: {author2}")),
            _f("karanta", MIDDLE, 0.3, (_OLD, "Karanta kuma: {other_title}"),
               (NG_LINKS.isoformat(), "👉 Ku karanta: {other_title}"), count=2),
            _f("talla", MIDDLE, 0.2, (_OLD, "Talla")),
            _f("hoto", MIDDLE, 0.2, (_OLD, "Hoto: {hoto}")),
            _f("kasuwa", FOOTER, 0.3, *_by_day(ng_market)),
            _f("sanarwa", FOOTER, 0.3, *_ng_notice()),
            _f("shiri", FOOTER, 0.2,
               (_OLD, "📻 Ku saurari shirin \"Gari Ya Waye\" kowace safiya da karfe 7"),
               (NG_RADIO.isoformat(), "📻 \"Gari Ya Waye\" yanzu da karfe 6:30 na safe, a "
                                      "89.3 FM da shafinmu")),
            _f("hakkin", FOOTER, 0.4, (_OLD, "© {year} Jaridar Tumbi"),
               (NG_RIGHTS.isoformat(), "© {year} Jaridar Tumbi. Duk hakkin mallaka na "
                                       "kamfanin ne.")),
            _f("mawallafi", FOOTER, 0.3, (_OLD, "Kamfanin Tumbi Media Ltd, titin Zoo Road, "
                                                "Kano")),
            _f("raayi", FOOTER, 0.12, (_OLD, "Ra'ayoyin masu karatu ba ra'ayin jaridar ba "
                                             "ne.")),
            _f("gobara", HEADER, 0.04, (_OLD, "⚠️ Gobara ta tashi a kasuwar Singa: jami'an "
                                              "kashe gobara na wurin")),
        ),
    )


# --- a French-language news site on the Congo river (Kisangani, DR Congo; Lingala lines) ----

CD_REDESIGN = dt.date(2019, 6, 30)
CD_BYLINE = dt.date(2018, 11, 5)
CD_LINKS = dt.date(2018, 3, 19)
CD_HOTLINE = dt.date(2019, 3, 4)
CD_RIGHTS = dt.date(2020, 1, 6)


def cd_rate(monday: dt.date) -> int:
    """The week's indicative Congolese francs to the dollar (made up: about 925 early in 2015,
    rising to about 1 960 at the end of 2020)."""
    weeks = (monday - dt.date(2014, 12, 29)).days // 7
    return 925 + weeks * 3 + (weeks * 13) % 7


def _cd_dated(day: dt.date) -> str:
    if day < CD_REDESIGN:
        return (f"Kisangani, {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d-%m-%Y} à {{time}} (heure de Kisangani)"


def _cd_notice() -> Wordings:
    base = _steps((_OLD, "Bolanda biso na Facebook mpe na Twitter"),
                  (CD_HOTLINE.isoformat(), "📞 Témoin d'un fait ? Écrivez-nous au +243 81 000 "
                                           "0000"))
    news: list[Event] = [
        _span("2018-12-20", "2018-12-29", "⏳ Les élections reportées au 30 décembre : ce qui "
                                          "change"),
        _vote("2018-12-30", "🗳️ Élections du 30 décembre : la compilation dans la Tshopo",
              before=0, after=10),
        _span("2019-07-17", "2019-07-31", "🦠 Ebola : les gestes qui protègent, les numéros "
                                          "d'urgence"),
        _span("2020-03-24", "2020-07-21", "😷 État d'urgence sanitaire : masque obligatoire "
                                          "dans les lieux publics"),
    ]
    feasts = _yearly("01-04", 0, 0, lambda _: "🕯 4 janvier : hommage aux martyrs de "
                                              "l'indépendance")
    feasts += _yearly("01-17", 0, 0, lambda y: f"🕯 Patrice Emery Lumumba, {y - 1961} ans "
                                               f"après")
    feasts += _yearly("06-30", 0, 0, lambda y: f"🇨🇩 30 juin : {y - 1960} ans "
                                               f"d'indépendance, bonne fête")
    feasts += _yearly("12-25", 0, 0, lambda _: "🎄 Noel malamu ! Joyeux Noël")
    return _calendar(base, news, feasts)


def kisangani_style() -> PublisherStyle:
    """A French-language news site (Kisangani, Tshopo, DR Congo; Lingala lines): a section
    kicker, a dateline with the weekday, turned a numeric date with the time and the town on
    independence day 2019 (a wording per day), "Par" turned a pen mark with the site,
    "Lire aussi" turned "Sur le même sujet" (up to twice), an ad label, the week's exchange
    rate, a Lingala welcome, a follow line turned a tip line and turned by the postponed
    elections and their count, an Ebola alert and the 2020 emergency, the martyrs, Lumumba
    and independence days with their counts and Christmas, a rights line reworded and the
    editorial board (a block), a comments line, a rare blackout."""
    return PublisherStyle(
        domain="tshopoactu.cd", site="Tshopo Actu", base_size=160,
        subdomains=(("www.", 100),),
        sections=("politique", "securite", "economie", "societe", "sport"),
        n_authors=6, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "rubrique": ("Politique", "Sécurité", "Économie", "Société", "Sport"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_cd_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (CD_BYLINE.isoformat(), "✒️ {author} / Tshopo Actu")),
            _f("mbote", HEADER, 0.1, (_OLD, "Mbote na bino ! Boyei malamu")),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi : {other_title}"),
               (CD_LINKS.isoformat(), "➡️ Sur le même sujet : {other_title}"), count=2),
            _f("pub", MIDDLE, 0.15, (_OLD, "Espace publicitaire")),
            _f("taux", FOOTER, 0.3, *_by_day(
                lambda day: f"💵 Taux indicatif de la semaine : 1 USD = "
                            f"{cd_rate(week_start(day))} FC")),
            _f("avis", FOOTER, 0.3, *_cd_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Tshopo Actu"),
               (CD_RIGHTS.isoformat(), "© {year} Tshopo Actu · Toute reprise doit citer la "
                                       "source avec un lien.")),
            _f("redaction", FOOTER, 0.3, (_OLD, "Rédaction : avenue Lumumba, commune de la "
                                                "Makiso, Kisangani")),
            _f("reagir", FOOTER, 0.15, (_OLD, "Réagissez à cet article dans les commentaires "
                                              "ci-dessous")),
            _f("snel", HEADER, 0.04, (_OLD, "⚠️ Kisangani dans le noir : panne générale à la "
                                            "centrale de la Tshopo")),
        ),
    )


# --- an English-language regional paper of northern Ghana (Tamale; Dagbani lines) ------------

GH_REDESIGN = dt.date(2017, 3, 6)  # Ghana at 60
GH_LINKS = dt.date(2018, 7, 2)
GH_BYLINE = dt.date(2019, 1, 14)
GH_WHATSAPP = dt.date(2018, 10, 1)
GH_RIGHTS = dt.date(2019, 7, 1)
GH_WINDOWS = dt.date(2015, 6, 16)  # fuel prices set twice a month from this day
# The fire festival (Bugum), as the paper announced it.
BUGUM = {2015: "2015-10-23", 2016: "2016-10-11", 2017: "2017-09-30", 2018: "2018-09-20",
         2019: "2019-09-09", 2020: "2020-08-29"}


def gh_window(day: dt.date) -> dt.date:
    """The first day of the fuel pricing window `day` falls in: the 1st or the 16th from the
    middle of June 2015, the 1st of the month before."""
    if day < GH_WINDOWS:
        return day.replace(day=1)
    return day.replace(day=16 if day.day >= 16 else 1)


def gh_petrol(window: dt.date) -> str:
    """The window's petrol price in cedis a litre (made up, 3.00 to 5.80)."""
    pesewas = 300 + 10 * ((window.year - 2015) * 9 + (window.toordinal() * 3) % 11)
    return f"{pesewas // 100}.{pesewas % 100:02d}"


def gh_fuel(day: dt.date) -> str:
    """The fuel line: the window's price (a wording from each window's first day)."""
    window = gh_window(day)
    return (f"⛽ Pump prices from {window.day} {ENGLISH_MONTHS[window.month - 1]}: petrol "
            f"GH₵{gh_petrol(window)} a litre")


def _gh_dated(day: dt.date) -> str:
    if day < GH_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}, {day.year}")
    return f"Published {day:%d.%m.%Y}, {{time}} GMT"


def _gh_notice() -> Wordings:
    base = _steps((_OLD, "Send your stories and pictures to newsdesk@{domain}"),
                  (GH_WHATSAPP.isoformat(), "Get the Savannah Echo on WhatsApp: send JOIN to "
                                            "024 000 0000"))
    news: list[Event] = [
        _vote("2016-12-07", "🗳️ Election 2016: constituency results from the North", after=3),
        _span("2020-03-16", "2020-05-31", "😷 Schools closed and gatherings banned: the "
                                          "COVID-19 rules in the Northern Region"),
        _vote("2020-12-07", "🗳️ Election 2020: collation centre updates from Tamale", after=3),
    ]
    feasts = _yearly("03-06", 0, 0, lambda y: f"🇬🇭 Happy Independence Day: Ghana at "
                                              f"{y - 1957}")
    feasts += _movable(_listed(BUGUM), 0, 1, lambda _: "🔥 Bugum Chugu tonight: carry your "
                                                       "torch safely")
    feasts += _movable(_listed(EID_AL_ADHA), 0, 1, lambda _: "Eid Mubarak from the newsroom")
    feasts += _yearly("12-25", 1, 0, lambda _: "🎄 Merry Christmas to all our readers")
    return _calendar(base, news, feasts)


def tamale_style() -> PublisherStyle:
    """An English-language regional paper (Tamale, northern Ghana; Dagbani lines): a
    section kicker, the weekday and the date, turned a published date with the time on the
    sixtieth independence day (a wording per day), "By" turned the writer and the beat,
    "ALSO READ" turned "Related" (up to twice), an ad label, a photo credit, the fuel prices
    of the half-month window, a Dagbani greeting, the harmattan, heat and rains, a tips line
    turned a WhatsApp line and turned by two elections and the 2020 rules, independence with
    its count, the fire festival, Eid and Christmas, a rights line reworded and the
    publisher (a block), a rare flood."""
    return PublisherStyle(
        domain="savannahecho.com.gh", site="Savannah Echo", base_size=140,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "agric", "sports", "features"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "desk": ("News", "Politics", "Agric", "Sports", "Features"),
            "credit": ("GNA", "staff photographer", "file photo", "contributed"),
            "beat": ("Northern Regional Correspondent", "Political Desk", "Agric Reporter"),
        },
        families=(
            _f("desk", HEADER, 0.3, (_OLD, "{desk}")),
            _f("dated", HEADER, 0.75, *_by_day(_gh_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (GH_BYLINE.isoformat(), "By {author}, {author_beat}")),
            _f("dasiba", HEADER, 0.12, (_OLD, "Dasiba, Tamale! Here is today's paper")),
            _f("alsoread", MIDDLE, 0.3, (_OLD, "ALSO READ: {other_title}"),
               (GH_LINKS.isoformat(), "▶ Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "- Advertisement -")),
            _f("pic", MIDDLE, 0.2, (_OLD, "Photo credit: {credit}")),
            _f("fuel", FOOTER, 0.25, *_by_day(gh_fuel)),
            _f("weather", FOOTER, 0.15, *_seasons(
                ("03-01", "🌡️ Hot season: drink water and avoid the midday sun"),
                ("05-15", "🌧️ Rains are here: farmers, get your seed and fertiliser early"),
                ("11-20", "🌫️ Harmattan haze: drive with your headlights on"))),
            _f("notice", FOOTER, 0.3, *_gh_notice()),
            _f("rights", FOOTER, 0.4, (_OLD, "© {year} Savannah Echo"),
               (GH_RIGHTS.isoformat(), "© {year} Savannah Echo. No part may be reproduced "
                                       "without permission.")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Published by Northstar Media Ltd, "
                                                "Kaladan Road, Tamale")),
            _f("flood", HEADER, 0.04, (_OLD, "⚠️ Flash floods on the Tamale–Bolgatanga road: "
                                             "drivers told to wait")),
        ),
    )


# --- a Kinyarwanda-language news site at the foot of the volcanoes (Musanze, Rwanda) --------

RW_REDESIGN = dt.date(2018, 7, 4)
RW_BYLINE = dt.date(2019, 2, 4)
RW_LINKS = dt.date(2019, 9, 2)
RW_WHATSAPP = dt.date(2019, 5, 6)
RW_RIGHTS = dt.date(2020, 2, 3)
UMUGANDA_PAUSE = (dt.date(2020, 3, 21), dt.date(2020, 11, 1))  # first day, first day after
# Kwita Izina, the gorilla naming, as the site announced it.
KWITA_IZINA = {2015: "2015-09-05", 2016: "2016-09-02", 2017: "2017-09-01", 2018: "2018-09-07",
               2019: "2019-09-06", 2020: "2020-09-24"}


def umuganda_day(day: dt.date) -> dt.date:
    """The coming community work day: the last Saturday of `day`'s month, or of the next
    month once it is past."""
    this = last_weekday(day.year, day.month, 5)
    if day <= this:
        return this
    y, m = day.year + (day.month == 12), day.month % 12 + 1
    return last_weekday(y, m, 5)


def rw_umuganda(day: dt.date) -> str:
    """The community work line: the coming work day (a wording from the day after the last
    one), paused in 2020."""
    if UMUGANDA_PAUSE[0] <= day < UMUGANDA_PAUSE[1]:
        return "🧹 Umuganda wasubitswe kubera COVID-19"
    work = umuganda_day(day)
    return (f"🧹 Umuganda wa {KINYARWANDA_MONTHS[work.month - 1]}: ku wa Gatandatu tariki "
            f"ya {work.day}, guhera saa tatu za mu gitondo")


def _rw_dated(day: dt.date) -> str:
    if day < RW_REDESIGN:
        return (f"{KINYARWANDA_WEEKDAYS[day.weekday()]}, tariki ya {day.day} "
                f"{KINYARWANDA_MONTHS[day.month - 1]} {day.year}")
    return f"Byatangajwe: {day:%d/%m/%Y} saa {{time}}"


def _rw_notice() -> Wordings:
    base = _steps((_OLD, "Dukurikire kuri Twitter na Facebook"),
                  (RW_WHATSAPP.isoformat(), "📲 Ohereza amakuru yawe kuri WhatsApp: 078 000 "
                                            "0000"))
    news: list[Event] = [
        _vote("2015-12-18", "🗳️ Kamarampaka 2015: ibyavuye mu matora mu Karere ka Musanze"),
        _vote("2017-08-04", "🗳️ Amatora ya Perezida 2017: ibyavuye mu matora", after=2),
        _vote("2018-09-03", "🗳️ Amatora y'Abadepite 2018: ibyavuye mu matora", after=2),
        _span("2020-03-22", "2020-05-03", "😷 Guma mu rugo: amabwiriza yo kwirinda "
                                          "COVID-19"),
    ]
    # The week of remembrance wins over any other notice, the 2020 lockdown included.
    kwibuka = _yearly("04-07", 0, 6, lambda y: f"🕯 Kwibuka{y - 1994}: twibuke abazize "
                                               f"Jenoside yakorewe Abatutsi")
    feasts = _yearly("07-04", 0, 0, lambda y: f"🇷🇼 Umunsi wo Kwibohora ku nshuro ya "
                                               f"{y - 1994}")
    feasts += _movable(lambda y: nth_weekday(y, 8, 4, 1), 0, 0,
                       lambda _: "🌾 Umuganura mwiza kuri mwese!")
    feasts += _movable(_listed(KWITA_IZINA), 2, 0,
                       lambda y: f"🦍 Kwita Izina {y}: ingagi nshya zihabwa amazina")
    feasts += _yearly("12-25", 0, 0, lambda _: "🎄 Noheli nziza!")
    return _calendar(base, kwibuka, news, feasts)


def musanze_style() -> PublisherStyle:
    """A Kinyarwanda-language news site (Musanze, northern Rwanda): a section kicker, the
    weekday and the date, turned a published date with the time on liberation day 2018 (a
    wording per day), "Yanditswe na" turned the writer and the photographer, "Soma nanone"
    turned a related-story line (up to twice), an ad label, the coming community work day
    (paused in 2020), a follow line turned a WhatsApp line and turned by a referendum, two
    votes and the 2020 lockdown, the week of remembrance with its count (which wins over
    the lockdown), liberation with its count, the harvest feast on the first Friday of
    August, the gorilla naming and Christmas, a rights line reworded and the media council
    membership (a block), a comments disclaimer, a rare landslide."""
    return PublisherStyle(
        domain="birungaamakuru.rw", site="Birunga Amakuru", base_size=120,
        subdomains=(("www.", 100),),
        sections=("amakuru", "politiki", "ubukungu", "imikino", "ubuzima"),
        n_authors=5, url_path="/{section}/article/{slug}",
        pools={
            "icyiciro": ("Amakuru", "Politiki", "Ubukungu", "Imikino", "Ubuzima"),
        },
        families=(
            _f("icyiciro", HEADER, 0.3, (_OLD, "{icyiciro}")),
            _f("itariki", HEADER, 0.75, *_by_day(_rw_dated)),
            _f("umwanditsi", HEADER, 0.45, (_OLD, "Yanditswe na {author}"),
               (RW_BYLINE.isoformat(), "Yanditswe na {author} | Amafoto: {author2}")),
            _f("soma", MIDDLE, 0.3, (_OLD, "Soma nanone: {other_title}"),
               (RW_LINKS.isoformat(), "📖 Inkuru bijyanye: {other_title}"), count=2),
            _f("kwamamaza", MIDDLE, 0.15, (_OLD, "Kwamamaza")),
            _f("umuganda", FOOTER, 0.25, *_by_day(rw_umuganda)),
            _f("itangazo", FOOTER, 0.3, *_rw_notice()),
            _f("uburenganzira", FOOTER, 0.4, (_OLD, "© {year} Birunga Amakuru"),
               (RW_RIGHTS.isoformat(), "© {year} Birunga Amakuru. Uburenganzira bwose "
                                       "burubahirizwa.")),
            _f("rmc", FOOTER, 0.3, (_OLD, "Umunyamuryango w'Urwego rw'Abanyamakuru "
                                          "Bigenzura (RMC)")),
            _f("ibitekerezo", FOOTER, 0.12, (_OLD, "Ibitekerezo by'abasomyi ntibigaragaza "
                                                   "umurongo w'ubwanditsi.")),
            _f("inkangu", HEADER, 0.04, (_OLD, "⚠️ Inkangu ku muhanda Musanze–Kigali: "
                                               "imodoka zahagaritswe")),
        ),
    )


# --- a French-language news site of the Plateaux region (Atakpamé, Togo; Ewe lines) ----------

TG_REDESIGN = dt.date(2020, 4, 27)
TG_BYLINE = dt.date(2018, 6, 4)
TG_NEWSLETTER = dt.date(2019, 1, 7)
TG_RIGHTS = dt.date(2017, 9, 4)
# The Evala wrestling in Kara, as the site announced it (called off in 2020).
EVALA = {2015: "2015-07-13", 2016: "2016-07-11", 2017: "2017-07-10", 2018: "2018-07-09",
         2019: "2019-07-15", 2020: "2020-07-13"}


def _tg_dated(day: dt.date) -> str:
    if day < TG_REDESIGN:
        return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year} · {{time}}")
    return f"MAJ {day:%d/%m/%Y} - {{time}}"


def _tg_notice() -> Wordings:
    base = _steps((_OLD, "Abonnez-vous à notre lettre d'information"),
                  (TG_NEWSLETTER.isoformat(), "📩 La lettre du vendredi : inscrivez-vous "
                                              "gratuitement"))
    news: list[Event] = [
        _vote("2015-04-25", "🗳️ Présidentielle 2015 : les résultats dans les Plateaux",
              after=3),
        _vote("2018-12-20", "🗳️ Législatives 2018 : qui siégera pour l'Ogou ?", after=3),
        _vote("2019-06-30", "🗳️ Municipales 2019 : les nouveaux conseils des Plateaux",
              after=3),
        _vote("2020-02-22", "🗳️ Présidentielle 2020 : les résultats provisoires", after=3),
        _span("2020-04-02", "2020-06-09", "😷 Couvre-feu de 20 h à 6 h : les règles en "
                                          "vigueur"),
    ]
    feasts = _yearly("04-27", 0, 0, lambda y: f"🇹🇬 27 avril : {y - 1960} ans "
                                              f"d'indépendance")
    feasts += _movable(_listed(EVALA), 1, 4,
                       lambda y: ("🤼 Pas d'Evala cette année : les luttes sont annulées"
                                  if y == 2020 else f"🤼 Evala {y} : le calendrier des luttes "
                                                    f"à Kara"))
    feasts += _yearly("12-25", 1, 0, lambda _: "🎄 Blunya nyuie ! Joyeux Noël à tous")
    return _calendar(base, news, feasts)


def atakpame_style() -> PublisherStyle:
    """A French-language regional news site (Atakpamé, Plateaux, Togo; Ewe lines): a section
    kicker, the weekday, the date and the time, turned an update stamp on independence day
    2020 (a wording per day), an Ewe welcome, the writer turned the writer and the beat,
    "LIRE AUSSI" (up to twice), an ad label, the coffee and cocoa campaign, a newsletter
    line reworded and turned by four votes and the 2020 curfew, independence with its count,
    the Evala wrestling (called off in 2020) and Christmas, a sharing line, a rights line
    reworded and the publisher (a block), a rare landslide."""
    return PublisherStyle(
        domain="plateautogolais.tg", site="Le Plateau Togolais", base_size=100,
        subdomains=(("www.", 100),),
        sections=("actualites", "politique", "agriculture", "societe", "sport"),
        n_authors=5, url_path="/{section}/{slug}.html",
        pools={
            "rubrique": ("Actualités", "Politique", "Agriculture", "Société", "Sport"),
            "beat": ("envoyé spécial", "correspondant régional", "rédaction"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_tg_dated)),
            _f("woezo", HEADER, 0.12, (_OLD, "Woezɔ ! Bienvenue et bonne lecture")),
            _f("auteur", HEADER, 0.45, (_OLD, "Rédigé par {author}"),
               (TG_BYLINE.isoformat(), "{author} | {author_beat}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "LIRE AUSSI ► {other_title}"), count=2),
            _f("pub", MIDDLE, 0.15, (_OLD, "Publicité")),
            _f("campagne", FOOTER, 0.2, *_seasons(
                ("02-01", "☕ Fin de la campagne café-cacao : derniers achats dans les "
                          "villages"),
                ("06-01", "🌱 Saison des pluies : entretien des plantations de cacao"),
                ("10-15", "🍫 Campagne café-cacao ouverte : les prix bord champ sont "
                          "publiés"))),
            _f("avis", FOOTER, 0.3, *_tg_notice()),
            _f("partager", FOOTER, 0.2, (_OLD, "Partagez cet article avec vos proches 🤝")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Le Plateau Togolais"),
               (TG_RIGHTS.isoformat(), "© {year} Le Plateau Togolais – Reproduction "
                                       "interdite sans accord de la rédaction")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Éditeur : Groupe Agou Presse · HAAC "
                                              "n° 0318")),
            _f("eboulement", HEADER, 0.04, (_OLD, "⚠️ Éboulement au col d'Alédjo : la "
                                                  "nationale 1 coupée")),
        ),
    )


# --- a French-language town news site (Berbérati, Central African Republic; Sango lines) ----

CF_REDESIGN = dt.date(2016, 3, 30)
CF_BYLINE = dt.date(2019, 4, 1)
CF_LINKS = dt.date(2018, 2, 5)
CF_RADIO = dt.date(2018, 9, 3)
CF_RIGHTS = dt.date(2020, 8, 13)


def _cf_dated(day: dt.date) -> str:
    if day < CF_REDESIGN:
        return f"Berbérati, le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return f"{day:%d/%m/%Y} {{time}}"


def _cf_notice() -> Wordings:
    base = _steps((_OLD, "Bara ala ! Suivez-nous sur Facebook"),
                  (CF_RADIO.isoformat(), "📻 Nos journaux en sango sur la radio "
                                         "communautaire, 101.5 FM"))
    news: list[Event] = [
        _vote("2015-12-13", "🗳️ Référendum constitutionnel : les résultats de la "
                            "Mambéré-Kadéï"),
        _vote("2015-12-30", "🗳️ Élections groupées : les résultats à Berbérati", after=3),
        _vote("2016-02-14", "🗳️ Second tour de la présidentielle : les résultats", after=3),
        _span("2020-03-27", "2020-06-30", "😷 Coronavirus : lavez-vous les mains, évitez les "
                                          "rassemblements"),
        _vote("2020-12-27", "🗳️ Élections du 27 décembre : la situation à Berbérati",
              after=4),
    ]
    feasts = _yearly("03-29", 0, 0, lambda y: f"🕯 Barthélemy Boganda, {y - 1959} ans "
                                              f"après sa disparition")
    feasts += _yearly("08-13", 0, 0, lambda y: f"🇨🇫 Fête de l'indépendance : {y - 1960} "
                                               f"ans")
    feasts += _yearly("12-01", 0, 0, lambda y: f"🇨🇫 Fête nationale : {y - 1958} ans de la "
                                               f"République")
    return _calendar(base, news, feasts)


def berberati_style() -> PublisherStyle:
    """A French-language town news site (Berbérati, Central African Republic; Sango lines):
    a section kicker, a dateline, turned a numeric date with the time on inauguration day
    2016 (a wording per day), "Par" turned two writers, a Sango related line turned "À lire
    également" (up to twice), an ad label, a language switch, the rains and the roads, a
    follow line turned a radio notice and turned by a referendum, four votes and the 2020
    epidemic, Boganda day, independence and the national day with their counts, a rights
    line reworded and the publisher (a block), a rare road closure."""
    return PublisherStyle(
        domain="teneberberati.cf", site="Tënë ti Berbérati", base_size=80,
        subdomains=(("", 100),),
        sections=("actualite", "securite", "mines", "sante", "culture"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("Actualité", "Sécurité", "Mines", "Santé", "Culture"),
        },
        families=(
            _f("rubrique", HEADER, 0.3, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_cf_dated)),
            _f("langue", HEADER, 0.12, (_OLD, "Français | Sängö")),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}"),
               (CF_BYLINE.isoformat(), "Par {author}, avec {author2}")),
            _f("tene", MIDDLE, 0.3, (_OLD, "Tënë nde : {other_title}"),
               (CF_LINKS.isoformat(), "À lire également : {other_title}"), count=2),
            _f("annonce", MIDDLE, 0.15, (_OLD, "Annonce")),
            _f("saison", FOOTER, 0.2, *_seasons(
                ("04-15", "🌧️ Saison des pluies : la route de Carnot est difficile, prévoyez "
                          "un 4x4"),
                ("11-15", "☀️ Saison sèche : les camions reprennent la route de Bangui"))),
            _f("avis", FOOTER, 0.3, *_cf_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Tënë ti Berbérati"),
               (CF_RIGHTS.isoformat(), "© {year} Tënë ti Berbérati · Tous droits "
                                       "réservés")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Association des journalistes de la "
                                              "Mambéré-Kadéï · Berbérati")),
            _f("pont", HEADER, 0.04, (_OLD, "⚠️ Route de Nola fermée : un pont s'est "
                                            "effondré")),
        ),
    )


# --- a Portuguese-language news site (Cacheu, Guinea-Bissau; Kriol lines) --------------------

GW_REDESIGN = dt.date(2019, 9, 24)
GW_BYLINE = dt.date(2018, 5, 7)
GW_LINKS = dt.date(2019, 2, 4)
GW_WHATSAPP = dt.date(2019, 6, 3)
GW_RIGHTS = dt.date(2017, 11, 6)
# The cashew campaign's opening day and reference price (CFA francs a kilo) each year.
CASHEW = {2015: ("2015-03-30", 250), 2016: ("2016-04-04", 350), 2017: ("2017-04-03", 500),
          2018: ("2018-04-03", 1000), 2019: ("2019-04-01", 500), 2020: ("2020-05-11", 375)}


def gw_cashew(day: dt.date) -> str:
    """The cashew line: the campaign's price from its opening day to the end of September,
    the wait for the next one after."""
    opening, price = CASHEW.get(day.year, ("9999-12-31", 0))
    if dt.date.fromisoformat(opening) <= day <= dt.date(day.year, 9, 30):
        return f"🌰 Campanha de caju {day.year}: preço de referência {price} FCFA/kg"
    following = day.year + (day.month > 9)
    return f"🌰 Campanha de caju {following}: abertura a anunciar pelo Governo"


def _gw_dated(day: dt.date) -> str:
    if day < GW_REDESIGN:
        return (f"{PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day} de "
                f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}")
    return f"Publicado a {day:%d.%m.%Y}, às {{time}}"


def _gw_notice() -> Wordings:
    base = _steps((_OLD, "Siga-nos no Facebook"),
                  (GW_WHATSAPP.isoformat(), "📲 Receba as nossas notícias no WhatsApp: +245 95 "
                                            "000 0000"))
    news: list[Event] = [
        _vote("2019-03-10", "🗳️ Legislativas 2019: resultados na região de Cacheu", after=3),
        _vote("2019-11-24", "🗳️ Presidenciais 2019: resultados da primeira volta", after=3),
        _vote("2019-12-29", "🗳️ Segunda volta: acompanhe o apuramento", before=4, after=3),
        _span("2020-03-28", "2020-06-25", "😷 Estado de emergência: fique em casa"),
    ]
    feasts = _movable(carnival_tuesday, 3, 0,
                      lambda y: f"🎭 Carnaval {y}: Cacheu na festa, bo bin brinka!")
    feasts += _yearly("08-03", 0, 0, lambda y: f"🕯 3 de Agosto: {y - 1959} anos do massacre "
                                               f"de Pidjiguiti")
    feasts += _yearly("09-24", 0, 0, lambda y: f"🇬🇼 Dia da Independência: {y - 1973} anos")
    feasts += _yearly("12-25", 1, 0, lambda _: "🎄 Bon Natal pa tudu djintis!")
    return _calendar(base, news, feasts)


def cacheu_style() -> PublisherStyle:
    """A Portuguese-language news site (Cacheu, Guinea-Bissau; Kriol lines): a section
    kicker, the weekday and the date, turned a publication date with the time on
    independence day 2019 (a wording per day), "Por" turned a text-and-photos line, "Leia
    também" turned "Mais notícias" (up to twice), an ad label, a Kriol greeting, the cashew
    campaign with its yearly price, a follow line turned a WhatsApp line and turned by three
    votes and the 2020 emergency, carnival, Pidjiguiti and independence with their counts
    and Christmas, a rights line reworded and the masthead (a block), a rare blackout."""
    return PublisherStyle(
        domain="vozdecacheu.gw", site="Voz de Cacheu", base_size=62,
        subdomains=(("www.", 100),),
        sections=("nacional", "regiao", "economia", "cultura", "desporto"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "seccao": ("Nacional", "Região", "Economia", "Cultura", "Desporto"),
        },
        families=(
            _f("seccao", HEADER, 0.3, (_OLD, "{seccao}")),
            _f("data", HEADER, 0.75, *_by_day(_gw_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (GW_BYLINE.isoformat(), "Texto e fotos: {author}")),
            _f("kuma", HEADER, 0.12, (_OLD, "Bon dia! Kuma ku bu sta?")),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}"),
               (GW_LINKS.isoformat(), "👉 Mais notícias: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.15, (_OLD, "Publicidade")),
            _f("caju", FOOTER, 0.25, *_by_day(gw_cashew)),
            _f("aviso", FOOTER, 0.3, *_gw_notice()),
            _f("direitos", FOOTER, 0.4, (_OLD, "© {year} Voz de Cacheu"),
               (GW_RIGHTS.isoformat(), "© {year} Voz de Cacheu. Proibida a reprodução sem "
                                       "autorização.")),
            _f("ficha", FOOTER, 0.3, (_OLD, "Propriedade da Cooperativa de Jornalistas do "
                                            "Norte · Cacheu")),
            _f("energia", HEADER, 0.04, (_OLD, "⚠️ Corte geral de energia em Cacheu e "
                                               "Canchungo")),
        ),
    )


# --- a French-language news site (Bobo-Dioulasso, Burkina Faso; Dioula lines) ----------------

BF_REDESIGN = dt.date(2016, 12, 11)
BF_BYLINE = dt.date(2019, 1, 7)
BF_ALERTS = dt.date(2018, 5, 7)
BF_RIGHTS = dt.date(2018, 1, 8)
# The national culture week in Bobo (even years) and the film festival in Ouagadougou (odd
# years), their opening days; the 2020 culture week was called off.
SNC = {2016: "2016-03-26", 2018: "2018-04-28", 2020: "2020-03-28"}
FESPACO = {2015: "2015-02-28", 2017: "2017-02-25", 2019: "2019-02-23"}


def _bf_dated(day: dt.date) -> str:
    if day < BF_REDESIGN:
        return f"{day.day:02d} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return (f"Le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year} à {{time}}")


def _bf_notice() -> Wordings:
    base = _steps((_OLD, "Likez notre page Facebook"),
                  (BF_ALERTS.isoformat(), "💬 Nos alertes sur WhatsApp et Telegram : 70 00 "
                                          "00 00"))
    news: list[Event] = [
        _vote("2015-11-29", "🗳️ Présidentielle et législatives : les résultats dans le "
                            "Houet", after=3),
        _vote("2016-05-22", "🗳️ Municipales 2016 : les conseillers de Bobo", after=3),
        _span("2020-03-21", "2020-06-03", "😷 Couvre-feu de 19 h à 5 h : les marchés de Bobo "
                                          "fermés"),
        _vote("2020-11-22", "🗳️ Élections couplées 2020 : les résultats du Houet", after=3),
    ]
    # The festivals' notices win over the others, the 2020 curfew included.
    festivals = _movable(_listed(SNC), 2, 6,
                         lambda y: ("🎭 La SNC 2020 est annulée : rendez-vous en 2022"
                                    if y == 2020 else f"🎭 SNC Bobo {y} : programme des "
                                                      f"spectacles"))
    festivals += _movable(_listed(FESPACO), 2, 7, lambda y: f"🎬 Fespaco {y} : nos envoyés "
                                                            f"spéciaux à Ouagadougou")
    feasts = _movable(_listed(EID_AL_ADHA), 0, 1, lambda _: "🐏 Bonne fête de Tabaski, "
                                                            "Seli ba diya !")
    feasts += _yearly("12-11", 0, 0, lambda y: f"🇧🇫 11 décembre : {nth_fr(y - 1960)} "
                                               f"anniversaire de l'indépendance")
    return _calendar(base, festivals, news, feasts)


def bobo_style() -> PublisherStyle:
    """A French-language news site (Bobo-Dioulasso, Burkina Faso; Dioula lines): the padded
    date, turned the weekday, the date and the time on the national day 2016 (a wording per
    day), the writer turned a correspondence line, a Dioula greeting, "À voir aussi" (up to
    twice), an ad label, a follow line turned a WhatsApp and Telegram line and turned by
    three votes and the 2020 curfew, the culture week in even years (called off in 2020),
    the film festival in odd years, Tabaski and the national day with its count, a rights
    line reworded and the publisher (a block), a rare water cut."""
    return PublisherStyle(
        domain="syainfos.bf", site="Sya Infos", base_size=48,
        subdomains=(("www.", 100),),
        sections=("actualite", "culture", "societe", "sport"),
        n_authors=3, url_path="/spip.php?article{n}",
        families=(
            _f("date", HEADER, 0.75, *_by_day(_bf_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "{author}"),
               (BF_BYLINE.isoformat(), "Par {author} · Correspondance particulière")),
            _f("inisogoma", HEADER, 0.12, (_OLD, "I ni sɔgɔma ! Bonjour Sya")),
            _f("avoir", MIDDLE, 0.3, (_OLD, "À voir aussi : {other_title}"), count=2),
            _f("pub", MIDDLE, 0.15, (_OLD, "-- Pub --")),
            _f("avis", FOOTER, 0.3, *_bf_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Sya Infos"),
               (BF_RIGHTS.isoformat(), "© {year} Sya Infos – Reprise autorisée avec la "
                                       "mention de la source")),
            _f("editeur", FOOTER, 0.3, (_OLD, "Édité par Hauts-Bassins Médias SARL, secteur "
                                              "22, Bobo-Dioulasso")),
            _f("eau", HEADER, 0.04, (_OLD, "⚠️ Coupure d'eau dans plusieurs secteurs : "
                                           "l'ONEA annonce un retour demain")),
        ),
    )


# --- a community radio's news page (Kerewan, North Bank, the Gambia; English with Mandinka) --

GM_POSTED = dt.date(2019, 3, 4)
GM_DONATE = dt.date(2018, 9, 3)
GM_RIGHTS = dt.date(2020, 2, 18)
GM_PROGRAMMES = ("Farmers' Hour", "Women's Voices", "Youth Forum", "Kora Nights",
                 "Islamic Reflections", "Sports Roundup", "Family Requests")


def gm_on_air(day: dt.date) -> str:
    """The evening programme of `day`'s weekday (a wording per day); during Ramadan the
    evening is given to a breaking-of-the-fast programme."""
    if ramadan_day(day) is not None:
        return "📻 Tonight after sunset on 101.1 FM: Ramadan Special with the imam of Kerewan"
    return f"📻 Tonight at 8 pm on 101.1 FM: {GM_PROGRAMMES[day.weekday()]}"


def _gm_notice() -> Wordings:
    base = _steps((_OLD, "Send your announcements and death notices to the studio before "
                         "5 pm"),
                  (GM_DONATE.isoformat(), "💰 Keep community radio on air: donate by mobile "
                                          "money to 300 0000"))
    news: list[Event] = [
        _vote("2016-12-01", "🗳️ Presidential election: results from the North Bank as they "
                            "come", after=2),
        _vote("2017-04-06", "🗳️ National Assembly election: results from Lower Badibu",
              after=2),
        _span("2020-03-27", "2020-07-31", "😷 State of public emergency: markets close at "
                                          "2 pm"),
    ]
    feasts = _yearly("02-18", 0, 0, lambda y: f"🇬🇲 Happy Independence Day: {y - 1965} "
                                              f"years")
    feasts += _movable(_listed(EID_AL_FITR), 0, 1, lambda _: "🌙 Happy Koriteh from all of "
                                                            "us at the station")
    feasts += _movable(_listed(EID_AL_ADHA), 0, 1, lambda _: "🐏 Barka Tobaski! Dewenati!")
    return _calendar(base, news, feasts)


def kerewan_style() -> PublisherStyle:
    """A community radio's news page (Kerewan, North Bank, the Gambia; English with Mandinka
    lines): a kind kicker, a posted line with the short date and the writer, turned the
    writer and the date, a Mandinka greeting, "Listen again:" (up to twice), a photo line,
    the evening programme by weekday and in Ramadan, an announcements line turned a
    donation line and turned by two votes and the 2020 emergency, independence with its
    count, Koriteh and Tobaski, a rights line reworded and the broadcasting licence (a
    block), a rare off-air notice."""
    return PublisherStyle(
        domain="kerewanfm.gm", site="Kerewan Community Radio", base_size=32,
        subdomains=(("www.", 100),),
        sections=("news", "programmes", "community", "sport"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "kind": ("News", "Programmes", "Community", "Sport"),
            "photo": ("the station", "a listener", "GRTS", "file photo"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "Posted {date_short} by {author}"),
               (GM_POSTED.isoformat(), "{author} | {date_dmy}")),
            _f("ibediya", HEADER, 0.12, (_OLD, "Salaam aleikum! I be ñaadi? Welcome to the "
                                               "North Bank")),
            _f("listen", MIDDLE, 0.3, (_OLD, "Listen again: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("onair", FOOTER, 0.3, *_by_day(gm_on_air)),
            _f("notice", FOOTER, 0.3, *_gm_notice()),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Kerewan Community Radio"),
               (GM_RIGHTS.isoformat(), "© {year} Kerewan Community Radio · run by volunteers "
                                       "for the North Bank")),
            _f("licence", FOOTER, 0.3, (_OLD, "Licensed community broadcaster · 101.1 FM "
                                              "North Bank Region")),
            _f("offair", HEADER, 0.04, (_OLD, "⚠️ We are off air this morning while the "
                                              "generator is repaired")),
        ),
    )


# --- a primate refuge's field notes (near the Dja reserve, Cameroon; English with French) ---

CM_POSTED = dt.date(2018, 5, 7)
CM_FOSTER = dt.date(2019, 9, 2)
CM_RIGHTS = dt.date(2019, 1, 21)


def _cm_notice() -> Wordings:
    base = _steps((_OLD, "Adopt an orphan chimpanzee: from 15 euros a month"),
                  (CM_FOSTER.isoformat(), "💚 Foster an orphan: your gift feeds one "
                                          "chimpanzee for a month"))
    news: list[Event] = [
        _span("2020-03-18", "2020-09-30", "🦠 Closed to visitors to keep the apes safe from "
                                          "COVID-19"),
    ]
    feasts = _yearly("05-20", 0, 0, lambda y: f"🇨🇲 Bonne fête nationale ! {y - 1972} ans de "
                                              f"l'État unitaire")
    feasts += _yearly("07-14", 0, 0, lambda _: "🐒 World Chimpanzee Day: thank you for "
                                               "standing with them",
                      years=range(2018, 2021))
    return _calendar(base, news, feasts)


def dja_style() -> PublisherStyle:
    """A primate refuge's field notes (near the Dja reserve, Cameroon; English with French
    lines): a kind kicker, a field-notes line with the long date and the writer, turned the
    writer, the role and the date, a bilingual welcome, "From the forest:" (up to twice), a
    photo line, the visiting seasons, an adoption line reworded and turned by the 2020
    closure, the national day with its count and World Chimpanzee Day, a rights line
    reworded and the association's registration (a block), a rare closure."""
    return PublisherStyle(
        domain="djariverapes.cm", site="Dja River Ape Refuge", base_size=22,
        subdomains=(("www.", 100),),
        sections=("field-notes", "rescues", "visits", "people"),
        n_authors=2, url_path="/notes/{yyyy}/{slug}",
        pools={
            "kind": ("Field notes", "Rescues", "Visits", "Our people"),
            "photo": ("refuge keeper", "a volunteer", "camera trap", "file"),
            "beat": ("head keeper", "vet", "volunteer"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("notes", HEADER, 0.5, (_OLD, "Field notes · {author} · {date_long}"),
               (CM_POSTED.isoformat(), "✍️ {author}, {author_beat} — {date_dmy}")),
            _f("bienvenue", HEADER, 0.12, (_OLD, "Bienvenue · Welcome to the refuge")),
            _f("forest", MIDDLE, 0.3, (_OLD, "From the forest: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "📷 {photo}")),
            _f("visits", FOOTER, 0.2, *_seasons(
                ("03-15", "🌧️ Short rains: visits by appointment only"),
                ("07-01", "🌧️ Long rains: the track from Lomié is closed to visitors"),
                ("11-20", "🐒 Dry season: visits Tuesday to Sunday, book a week ahead"))),
            _f("adopt", FOOTER, 0.3, *_cm_notice()),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Dja River Ape Refuge"),
               (CM_RIGHTS.isoformat(), "© {year} Dja River Ape Refuge · East Region, "
                                       "Cameroon")),
            _f("registered", FOOTER, 0.3, (_OLD, "Association déclarée au Cameroun · "
                                                 "registered non-profit")),
            _f("elephants", HEADER, 0.04, (_OLD, "⚠️ Closed today: forest elephants on the "
                                                 "access track")),
        ),
    )


def heldout72_styles() -> list[PublisherStyle]:
    """The held-back-72 styles, in the order the generator hands them to publishers."""
    return [
        ziguinchor_style(), segou_style(), kano_style(), kisangani_style(), tamale_style(),
        musanze_style(), atakpame_style(), berberati_style(), cacheu_style(), bobo_style(),
        kerewan_style(), dja_style(),
    ]
