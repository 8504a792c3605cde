"""The ``held-back-188`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-184 set. It was
written WITHOUT looking at cleanpipe's code (nothing under ``cleanpipe/`` but the generator's
model and template types in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names
come from `tests.bench.planted_real` and the slots it hands a template) or the README's
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
spoiler warning or an advertisement marker. The publishers are comics, manga, science-fiction
fandom and convention news sites in English, Japanese, French, Spanish, Korean and Russian: an
American comics news site, a Japanese manga news site, a French bande dessinée news site, a
science-fiction fanzine, a Spanish comics news site, a Korean webtoon news site, a Russian
comics and science-fiction site, an English scanlation group's release blog, an American
anime convention's news page, a French manga and anime news site, a Mexican comics shop's
news blog and a Japanese anime goods shop's news page. The families are the kinds a crawl of
such sites holds: dates localised day by day in English, Japanese (with the Reiwa era from
May 2019), French (with "1er"), Spanish, Korean and Russian (months in the genitive),
several changing form on the day of a redesign; lines that turn every day (a fandom roundup
naming the day, convention and Comiket countdowns), every week (the Wednesday on-sale day of
new comics, the week's new manga volumes) and every month (a scanlation group's server-cost
goal); release-date and chapter lines, spoiler warnings, convention countdowns and notices
that follow the calendars of fandom (San Diego and New York Comic-Con, Free Comic Book Day,
Comiket, Angoulême, Japan Expo, the Barcelona comics and manga shows, Sant Jordi, Worldcon,
the Hugo finalists, Eastercon, Comic Con Russia, Cosmonautics Day, Seollal and Chuseok, El
Buen Fin, Golden Week and the Japanese year-end, the 2020 shutdown of comics distribution,
cancellations and lockdowns), scanlation and translation credits (a translator, a
proofreader and a typesetter as a block), store and affiliate lines, amounts that change
over the years (convention badge prices, Worldcon supporting memberships, a magazine's cover
price, a volume's suggested price, free-shipping thresholds, Japanese consumption tax),
notices reworded in 2016-2020 (IRC to Discord, VKontakte to Telegram, the Korean anti-piracy
line after the 2018 takedown), multi-line blocks, bare lines (age marks, "Advertisement",
"광고", "Реклама") and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    easter,
    iso_day,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
YOUBI = "月火水木金土日"
YOIL = "월화수목금토일"
MESYATSA = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")
DNI = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
REIWA = dt.date(2019, 5, 1)

# --- helpers of this set ------------------------------------------------------------------


def noise(day: dt.date, key: str) -> float:
    """A made-up number from 0 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def wednesday_from(day: dt.date) -> dt.date:
    """The first Wednesday on or after `day`: the week's on-sale day of new comics."""
    return day + dt.timedelta(days=(2 - day.weekday()) % 7)


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def le_jour(day: dt.date) -> str:
    """A French day of the month: "1er" for the first."""
    return "1er" if day.day == 1 else str(day.day)


def japanese_year(day: dt.date) -> str:
    """The Western year with the era's, as Japanese sites print it from May 2019."""
    if day < REIWA:
        return f"{day.year}年（平成{day.year - 1988}年）"
    era = day.year - 2018
    return f"{day.year}年（令和{'元' if era == 1 else era}年）"


def window(first: str, last: str) -> tuple[dt.date, dt.date]:
    return iso_day(first), iso_day(last)


# --- an American comics news site ---------------------------------------------------------

SAN_DIEGO = {2015: window("2015-07-09", "2015-07-12"), 2016: window("2016-07-21", "2016-07-24"),
             2017: window("2017-07-20", "2017-07-23"), 2018: window("2018-07-19", "2018-07-22"),
             2019: window("2019-07-18", "2019-07-21"), 2020: window("2020-07-22", "2020-07-26")}
NEW_YORK = {2015: window("2015-10-08", "2015-10-11"), 2016: window("2016-10-06", "2016-10-09"),
            2017: window("2017-10-05", "2017-10-08"), 2018: window("2018-10-04", "2018-10-07"),
            2019: window("2019-10-03", "2019-10-06"), 2020: window("2020-10-08", "2020-10-11")}
PG_REDESIGN = SAN_DIEGO[2017][0]  # relaunched on the opening day of Comic-Con 2017
PG_NEWSLETTER = dt.date(2016, 9, 7)
PG_AFFILIATE = dt.date(2018, 5, 25)
SHUTDOWN = (dt.date(2020, 4, 1), dt.date(2020, 5, 19))  # no new comics were shipped


def free_comic_book_day(y: int) -> dt.date:
    """Free Comic Book Day: the first Saturday of May."""
    return nth_weekday(y, 5, 5, 1)


def _pg_dated(day: dt.date) -> str:
    if day < PG_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} {{time12}} ET"


def _pg_on_sale(day: dt.date) -> str:
    if SHUTDOWN[0] <= day <= SHUTDOWN[1]:
        return "No new comics this week: distribution to comic shops is paused."
    wed = wednesday_from(day)
    return f"New Comic Book Day: Wednesday, {MONTHS[wed.month - 1]} {wed.day}, {wed.year}"


@cache
def _pg_notice() -> Wordings:
    base = _steps((_OLD, "Get the Panel & Gutter Daily newsletter every weekday morning"),
                  (PG_NEWSLETTER.isoformat(), "📬 The Pull List: our Wednesday newsletter of "
                                              "the week's best new comics. Subscribe free"))
    cons: list[Event] = []
    for y in YEARS:
        first, last = SAN_DIEGO[y]
        name = "Comic-Con@Home" if y == 2020 else "San Diego Comic-Con"
        cons.append((first - 10 * ONE, last + ONE, f"🎪 {name} {y}: every panel, trailer and "
                                                   f"announcement, all week"))
        first, last = NEW_YORK[y]
        name = "NYCC Metaverse" if y == 2020 else "New York Comic Con"
        cons.append((first - 7 * ONE, last + ONE, f"🗽 {name} {y}: our live coverage"))
    fcbd = [(free_comic_book_day(y) - 6 * ONE, free_comic_book_day(y) + ONE,
             f"🆓 Free Comic Book Day is Saturday, May {free_comic_book_day(y).day}: find a "
             f"participating shop near you") for y in range(2015, 2020)]
    pandemic = [_span("2020-03-24", "2020-05-26", "🦠 Comic shops are closing their doors: "
                                                  "here is how to support yours"),
                _span("2020-07-15", "2020-09-09", "🆓 Free Comic Book Day is spread over the "
                                                  "summer this year: new books every week")]
    return _calendar(base, cons, pandemic, fcbd)


def panelgutter_style() -> PublisherStyle:
    """An American comics news site: a section kicker, the long date turned the weekday,
    the date and the Eastern time on the opening day of Comic-Con 2017 (a wording per day),
    "By" with the read time from that day, a spoiler warning naming a series from a pool
    (reworded in 2018), the week's on-sale Wednesday (a wording per week; none during the
    2020 shutdown of distribution), a cover credit from pools, "Related:" and
    "Advertisement" mid-body up to twice, an affiliate line reworded in 2018, a newsletter
    line reworded and turned by San Diego and New York Comic-Con (online in 2020), Free
    Comic Book Day and the pandemic (Free Comic Book Day spread over the summer of 2020),
    the trademark line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="panelgutterdaily.com", site="Panel & Gutter Daily", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "reviews", "previews", "interviews", "conventions", "business"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("NEWS", "REVIEWS", "PREVIEWS", "INTERVIEWS", "CONVENTIONS",
                       "BUSINESS", "WEBCOMICS"),
            "series": ("Iron Lantern", "The Hollow Kings", "Starbound Sentinels",
                       "Midnight Carnival", "Ashfall", "Wildcat & Wren"),
            "artist": ("Dana Okafor", "Luis Marchetti", "Priya Sandoval", "Kenji Wolcott",
                       "Ruth Abernathy"),
            "imprint": ("Meridian Comics", "Blackline Press", "Halcyon Books", "Vantage"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_pg_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (PG_REDESIGN.isoformat(), "By {author} · {read_min} min read")),
            _f("spoiler", HEADER, 0.18,
               (_OLD, "SPOILER WARNING: this article discusses the plot of {series}."),
               ("2018-03-01", "⚠️ Spoilers ahead for the latest issue of {series}!")),
            _f("on-sale", HEADER, 0.2, *_by_day(_pg_on_sale)),
            _f("cover", MIDDLE, 0.3, (_OLD, "Cover art by {artist} for {imprint}")),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("affiliate", HEADER, 0.2,
               (_OLD, "Panel & Gutter Daily may earn a commission when you buy through links "
                      "on our site."),
               (PG_AFFILIATE.isoformat(), "We may earn a small commission from comic shop and "
                                          "bookstore links on this page. It never affects our "
                                          "coverage.")),
            _f("notice", FOOTER, 0.3, *_pg_notice()),
            _f("trademarks", FOOTER, 0.3, (_OLD, "All characters and artwork are ™ and © their "
                                                 "respective owners.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Panel & Gutter Media LLC. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong release date for the "
                                                  "collected edition.")),
        ),
    )


# --- a Japanese manga news site -----------------------------------------------------------

KN_LINE = dt.date(2017, 4, 1)
KN_AFFILIATE = dt.date(2018, 10, 1)
COMIKET = ((88, "2015-08-14", "2015-08-16"), (89, "2015-12-29", "2015-12-31"),
           (90, "2016-08-12", "2016-08-14"), (91, "2016-12-29", "2016-12-31"),
           (92, "2017-08-11", "2017-08-13"), (93, "2017-12-29", "2017-12-31"),
           (94, "2018-08-10", "2018-08-12"), (95, "2018-12-29", "2018-12-31"),
           (96, "2019-08-09", "2019-08-12"), (97, "2019-12-28", "2019-12-31"))
C98_CANCELLED = (dt.date(2020, 3, 27), dt.date(2020, 5, 5))


def _kn_dated(day: dt.date) -> str:
    if day < REIWA:
        return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"
    return (f"{japanese_year(day)}{day.month}月{day.day}日（{YOUBI[day.weekday()]}） "
            f"{{time}}配信")


def _kn_shinkan(day: dt.date) -> str:
    mon = monday_of(day)
    sun = mon + 6 * ONE
    return (f"【今週の新刊】{mon.month}月{mon.day}日（月）～{sun.month}月{sun.day}日（日）発売の"
            f"コミックスをまとめてチェック")


def _kn_oshirase(day: dt.date) -> str:
    for n, first, last in COMIKET:
        start, end = iso_day(first), iso_day(last)
        if start - 30 * ONE <= day < start:
            return (f"コミックマーケット{n}まであと{(start - day).days}日"
                    f"（{start.month}月{start.day}日開幕）")
        if start <= day <= end:
            return (f"コミックマーケット{n}開催中（{start.month}月{start.day}日～"
                    f"{end.month}月{end.day}日・東京ビッグサイト）")
    if C98_CANCELLED[0] <= day <= C98_CANCELLED[1]:
        return "コミックマーケット98は新型コロナウイルス感染症の影響により中止となりました"
    if (day.month, day.day) >= (12, 28) or (day.month == 1 and day.day <= 4):
        y = day.year + (day.month == 12)
        return f"年末年始（{y - 1}年12月28日～{y}年1月4日）は記事の更新をお休みします"
    if day < KN_LINE:
        return "コマナビ公式Twitterで最新情報をお届けしています"
    return "📱 コマナビ公式LINEアカウントでも新着記事をお届けしています"


def komanavi_style() -> PublisherStyle:
    """A Japanese manga news site: a category from a pool, the slashed date and time turned the
    era year, the weekday and "配信" on the first day of Reiwa (a wording per day), the writer
    from a pool (reworded at the redesign), a spoiler warning, the week's new volumes (a wording
    per week, turning each Monday), "関連記事：" and "スポンサーリンク" mid-body up to twice,
    a copyright credit of the work from pools, an e-book store button, a notice line counting
    down to each Comiket day by day and naming it while it runs (C98's cancellation, the
    year-end break, Twitter turned LINE in 2017), an affiliate line reworded in 2018, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="komanavi.jp", site="コマナビ", base_size=220,
        subdomains=(("", 70), ("www.", 30)),
        sections=("news", "shinkan", "anime", "interview", "event"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "bunrui": ("ニュース", "新刊情報", "アニメ化", "インタビュー", "イベント", "連載開始"),
            "raita": ("佐伯みなと", "高村ゆう", "編集部・森", "三枝ひかる", "木下あおい"),
            "sakka": ("朝霧レン", "柊ナツメ", "大河原こうじ", "水無月しずく", "鷹野ミツル"),
            "shuppan": ("翠風社", "白鷺書房", "蒼天館", "月見出版"),
        },
        families=(
            _f("bunrui", HEADER, 0.5, (_OLD, "{bunrui}")),
            _f("hizuke", HEADER, 0.9, *_by_day(_kn_dated)),
            _f("raita", HEADER, 0.5, (_OLD, "文：{raita}"),
               (REIWA.isoformat(), "文／{raita}（コマナビ編集部）")),
            _f("netabare", HEADER, 0.2, (_OLD, "※この記事には最新話のネタバレが含まれます。"
                                               "ご注意ください。")),
            _f("shinkan", HEADER, 0.25, *_by_day(_kn_shinkan)),
            _f("kanren", MIDDLE, 0.4, (_OLD, "関連記事：{other_title}"), count=2),
            _f("sponsor", MIDDLE, 0.3, (_OLD, "スポンサーリンク"), count=2),
            _f("credit", MIDDLE, 0.3, (_OLD, "（C）{sakka}／{shuppan}")),
            _f("store", MIDDLE, 0.2, (_OLD, "▶ 電子書籍ストアで試し読み・購入する")),
            _f("oshirase", FOOTER, 0.3, *_by_day(_kn_oshirase)),
            _f("affiliate", FOOTER, 0.25,
               (_OLD, "※本記事はアフィリエイトプログラムを利用しています。"),
               (KN_AFFILIATE.isoformat(), "※記事内の商品リンクからご購入いただくと、売上の一部が"
                                          "コマナビに還元されることがあります。")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} コマナビ編集部 無断転載を禁じます")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】初出時、発売日に誤りがありました。"
                                              "お詫びして訂正いたします。")),
        ),
    )


# --- a French bande dessinée news site ----------------------------------------------------

ANGOULEME = {2015: window("2015-01-29", "2015-02-01"), 2016: window("2016-01-28", "2016-01-31"),
             2017: window("2017-01-26", "2017-01-29"), 2018: window("2018-01-25", "2018-01-28"),
             2019: window("2019-01-24", "2019-01-27"), 2020: window("2020-01-30", "2020-02-02")}
BE_REDESIGN = ANGOULEME[2018][0]  # relaunched on the opening day of Angoulême 2018
BE_AFFILIATION = dt.date(2019, 3, 1)
BE_ABONNEMENT = (("2013-01-01", "39"), ("2016-01-01", "42"), ("2018-01-01", "45"),
                 ("2020-01-01", "49"))


def _be_dated(day: dt.date) -> str:
    if day < BE_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Mis en ligne le {JOURS[day.weekday()]} {le_jour(day)} {MOIS[day.month - 1]} "
            f"{day.year} à {{time}}")


def _be_angouleme(y: int) -> str:
    first, last = ANGOULEME[y]
    if first.month == last.month:
        when = f"du {first.day} au {le_jour(last)} {MOIS[last.month - 1]}"
    else:
        when = f"du {first.day} {MOIS[first.month - 1]} au {le_jour(last)} {MOIS[last.month - 1]}"
    return f"🏆 Festival d'Angoulême {y}, {when} : notre dossier spécial"


@cache
def _be_annonce() -> Wordings:
    base = _steps((_OLD, "Suivez Bulle d'encre sur Facebook, Twitter et Instagram"))
    festivals = [(ANGOULEME[y][0] - 10 * ONE, ANGOULEME[y][1] + ONE, _be_angouleme(y))
                 for y in YEARS]
    confinement = [
        _span("2020-03-17", "2020-05-10", "📚 Confinement : de nombreux libraires proposent "
                                          "le retrait des commandes, soutenez-les"),
        _span("2020-10-30", "2020-11-27", "📚 Librairies fermées : commandez vos albums en "
                                          "click & collect"),
    ]
    return _calendar(base, confinement, festivals)


def bulledencre_style() -> PublisherStyle:
    """A French bande dessinée news site: a section from a pool, "Publié le" with the
    numeric date turned the weekday, the long date ("1er") and the time on the opening day
    of Angoulême 2018 (a wording per day), "Par", the album's credits and publisher from
    pools, the release date, "À lire aussi :" and "Publicité" mid-body (up to twice), a
    spoiler warning, an affiliate line reworded in 2019, the print magazine's subscription
    price (changing some Januaries), a social line turned by each Angoulême festival and
    the two lockdowns, the reproduction line and the copyright line (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="bulledencre.fr", site="Bulle d'encre", base_size=195,
        subdomains=(("www.", 100),),
        sections=("actualite", "chroniques", "interviews", "festivals", "comics", "manga"),
        n_authors=8, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrique": ("Actualité", "Chroniques", "Interviews", "Festivals", "Comics",
                         "Manga", "Jeunesse"),
            "scenario": ("Claire Verdier", "Mathieu Lanoë", "Yann Kerhervé", "Inès Bouchard"),
            "dessin": ("Paul Dumarais", "Lucie Fontenay", "Karim Belhadj", "Anouk Stévenin"),
            "editeur": ("Éditions du Phare", "Tempête BD", "Les Humanoïdes de Minuit",
                        "Casterblanc"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.9, *_by_day(_be_dated)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}")),
            _f("parution", HEADER, 0.2, (_OLD, "Parution : {date_fr}")),
            _f("spoiler", HEADER, 0.12, (_OLD, "Attention, cette chronique dévoile des "
                                               "éléments de l'intrigue.")),
            _f("album", MIDDLE, 0.3, (_OLD, "Scénario : {scenario} · Dessin : {dessin} · "
                                            "{editeur}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("affiliation", FOOTER, 0.25,
               (_OLD, "Bulle d'encre perçoit une commission sur les achats effectués via les "
                      "liens vers nos librairies partenaires."),
               (BE_AFFILIATION.isoformat(), "Liens affiliés : en commandant chez un libraire "
                                            "partenaire, vous soutenez Bulle d'encre sans "
                                            "payer plus cher.")),
            _f("abonnement", FOOTER, 0.12, *by_table(BE_ABONNEMENT, lambda v: (
                f"Abonnez-vous à la revue papier : 4 numéros par an pour {v} €, frais de port "
                f"compris."))),
            _f("annonce", FOOTER, 0.3, *_be_annonce()),
            _f("reproduction", FOOTER, 0.25, (_OLD, "Visuels © les auteurs et les éditeurs. "
                                                    "Reproduction interdite sans "
                                                    "autorisation.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Bulle d'encre – Tous droits "
                                                "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article donnait un mauvais nom de "
                                               "coloriste.")),
        ),
    )


# --- a science-fiction fanzine ------------------------------------------------------------

WORLDCON = {2015: ("Sasquan", "2015-08-19", "2015-08-23"),
            2016: ("MidAmeriCon II", "2016-08-17", "2016-08-21"),
            2017: ("Worldcon 75", "2017-08-09", "2017-08-13"),
            2018: ("Worldcon 76", "2018-08-16", "2018-08-20"),
            2019: ("Dublin 2019", "2019-08-15", "2019-08-19"),
            2020: ("CoNZealand", "2020-07-29", "2020-08-02")}
HUGO_FINALISTS = {2015: "2015-04-04", 2016: "2016-04-26", 2017: "2017-04-04",
                  2018: "2018-03-31", 2019: "2019-04-02", 2020: "2020-04-07"}
GW_REDESIGN = iso_day(WORLDCON[2017][1])  # relaunched on the opening day of Worldcon 75
GW_PATREON = dt.date(2016, 2, 1)
# A supporting membership of the next Worldcon, from the day after the last one closed.
SUPPORTING = (("2014-08-19", "Sasquan: $40"), ("2015-08-24", "MidAmeriCon II: $50"),
              ("2016-08-22", "Worldcon 75: €35"), ("2017-08-14", "Worldcon 76: $50"),
              ("2018-08-21", "Dublin 2019: €40"), ("2019-08-20", "CoNZealand: NZ$75"),
              ("2020-08-03", "DisCon III: $50"))


def _gw_dated(day: dt.date) -> str:
    if day < GW_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"Posted on {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _gw_roundup(day: dt.date) -> str:
    return f"Fandom roundup for {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def _gw_countdown(day: dt.date) -> str | None:
    name, first, last = WORLDCON[day.year] if day.year in WORLDCON else ("", "", "")
    if not name:
        return None
    start, end = iso_day(first), iso_day(last)
    if start - 30 * ONE <= day < start:
        n = (start - day).days
        return f"🚀 {n} day{'s' if n > 1 else ''} to {name}, the {day.year} Worldcon"
    if start <= day <= end:
        online = " (online this year)" if day.year == 2020 else ""
        return f"🚀 {name} is on now{online}: our convention reports as they come in"
    return None


def _gw_notice(day: dt.date) -> str:
    countdown = _gw_countdown(day)
    if countdown:
        return countdown
    y = day.year
    if y in YEARS:
        good_friday = easter(y) - 2 * ONE
        if good_friday - 7 * ONE <= day <= easter(y) + ONE:
            if y == 2020:
                return "Eastercon 2020 is cancelled: our list of online fan gatherings"
            return f"Eastercon {y} this Easter weekend: send us your reports and photos"
    if y in HUGO_FINALISTS and iso_day(HUGO_FINALISTS[y]) <= day < iso_day(HUGO_FINALISTS[y],
                                                                            14):
        return f"🏅 The {y} Hugo Award finalists are out: the full list and our picks"
    return "The Gravity Well is a free fanzine. Send news and letters of comment to the editor."


def gravitywell_style() -> PublisherStyle:
    """A science-fiction fanzine: the date turned "Posted on" with the weekday on the
    opening day of Worldcon 75 (a wording per day), "By" turned "Filed by", the day's
    fandom roundup (a wording per day), a hat tip naming another fan, "More news:"
    mid-body up to twice, a letters line, the supporting membership of the next Worldcon and
    its price (changing the day after each Worldcon closes), a notice line counting down to
    each Worldcon day by day and turned by Eastercon (cancelled in 2020) and the Hugo
    finalists (for two weeks, Eastercon first when it falls then), a donations line
    reworded for Patreon in 2016, the contributors' copyright line, a rare correction."""
    return PublisherStyle(
        domain="thegravitywell.org", site="The Gravity Well", base_size=170,
        subdomains=(("", 60), ("www.", 40)),
        sections=("news", "awards", "conventions", "obituaries", "letters"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_gw_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (GW_REDESIGN.isoformat(), "Filed by {author}")),
            _f("roundup", HEADER, 0.2, *_daily(_gw_roundup)),
            _f("hat-tip", MIDDLE, 0.25, (_OLD, "(Thanks to {author2} for the story.)")),
            _f("more", MIDDLE, 0.35, (_OLD, "More news: {other_title}"), count=2),
            _f("letters", FOOTER, 0.15, (_OLD, "Letters of comment are welcome and may be "
                                               "edited for length.")),
            _f("supporting", FOOTER, 0.2, *by_table(SUPPORTING, lambda v: (
                f"Supporting membership of {v} (Hugo voting rights included)"))),
            _f("notice", FOOTER, 0.35, *_by_day(_gw_notice)),
            _f("donate", FOOTER, 0.2,
               (_OLD, "The Gravity Well is run by volunteers. Donations keep it online."),
               (GW_PATREON.isoformat(), "Support The Gravity Well on Patreon: every dollar "
                                        "pays for hosting.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "Text © {year} the contributors. Artwork © the "
                                                "artists, used with permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this item first gave the wrong "
                                                  "city for next year's convention.")),
        ),
    )


# --- a Spanish comics news site -----------------------------------------------------------

SALON_COMIC = {2015: window("2015-04-16", "2015-04-19"), 2016: window("2016-05-05", "2016-05-08"),
               2017: window("2017-04-06", "2017-04-09"), 2018: window("2018-04-05", "2018-04-08"),
               2019: window("2019-04-04", "2019-04-07")}
SALON_MANGA = {2015: window("2015-10-29", "2015-11-01"), 2016: window("2016-10-29", "2016-11-01"),
               2017: window("2017-11-01", "2017-11-05"), 2018: window("2018-10-31", "2018-11-04"),
               2019: window("2019-10-31", "2019-11-03")}
VV_REDESIGN = SALON_COMIC[2018][0]
VV_SOCIAL = dt.date(2018, 9, 1)


def _vv_dated(day: dt.date) -> str:
    if day < VV_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} · {{time}}")


def _vv_dates(first: dt.date, last: dt.date) -> str:
    if first.month == last.month:
        return f"del {first.day} al {last.day} de {MESES[last.month - 1]}"
    return f"del {first.day} de {MESES[first.month - 1]} al {last.day} de {MESES[last.month - 1]}"


@cache
def _vv_aviso() -> Wordings:
    base = _steps((_OLD, "Síguenos en Twitter y Facebook"),
                  (VV_SOCIAL.isoformat(), "Síguenos en Twitter, Facebook e Instagram y no te "
                                          "pierdas ninguna novedad"))
    salones = [(first - 7 * ONE, last + ONE, f"🎟️ Salón del Cómic de Barcelona {y}, "
                                              f"{_vv_dates(first, last)}: toda la cobertura")
               for y, (first, last) in SALON_COMIC.items()]
    salones += [(first - 7 * ONE, last + ONE, f"🎌 Salón del Manga de Barcelona {y}, "
                                               f"{_vv_dates(first, last)}: horarios y "
                                               f"actividades")
                for y, (first, last) in SALON_MANGA.items()]
    sant_jordi = _yearly("04-23", 6, 0, lambda y: f"📚 Sant Jordi {y}: nuestras "
                                                  f"recomendaciones de cómic para regalar")
    alarma = [_span("2020-03-14", "2020-06-21", "🏠 Estado de alarma: las librerías "
                                                "especializadas siguen atendiendo pedidos "
                                                "online")]
    return _calendar(base, alarma, salones, sant_jordi)


def vinetas_style() -> PublisherStyle:
    """A Spanish comics news site: a section from a pool, the numeric date turned the
    weekday, the long date and the time on the opening day of the 2018 Barcelona comics
    show (a wording per day), "Por", a spoiler warning, the book's credits and publisher
    and its pages and price from pools, "Te puede interesar:" mid-body up to twice and
    "Publicidad", an affiliate line, a social line reworded in 2018 and turned by the
    Barcelona comics and manga shows, Sant Jordi and the state of alarm, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="vinetasalvuelo.es", site="Viñetas al Vuelo", base_size=150,
        subdomains=(("www.", 100),),
        sections=("noticias", "resenas", "entrevistas", "manga", "eventos"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "seccion": ("Noticias", "Reseñas", "Entrevistas", "Manga", "Eventos", "Novedades"),
            "guion": ("Marta Ibarra", "Jordi Puigcercós", "Álvaro Lozano", "Nerea Ugalde"),
            "dibujo": ("Sergio Alcántara", "Laia Ferrer", "Tomás Quiroga", "Celia Montero"),
            "editorial": ("Ediciones Farol", "Norte Cómics", "Astrolabio Editorial"),
            "ficha": ("96 páginas · 18,00 €", "128 páginas · 22,00 €", "64 páginas · 15,95 €",
                      "200 páginas · 8,50 €", "152 páginas · 24,95 €"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_vv_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}")),
            _f("spoiler", HEADER, 0.15, (_OLD, "¡Atención! Este artículo contiene spoilers.")),
            _f("creditos", MIDDLE, 0.3, (_OLD, "Guion: {guion} · Dibujo: {dibujo} · "
                                               "{editorial}")),
            _f("ficha", MIDDLE, 0.2, (_OLD, "{ficha}")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"),
               count=2),
            _f("publicidad", MIDDLE, 0.25, (_OLD, "Publicidad")),
            _f("afiliados", FOOTER, 0.25, (_OLD, "Algunos enlaces de esta página son de "
                                                 "afiliados: si compras a través de ellos, "
                                                 "Viñetas al Vuelo recibe una pequeña "
                                                 "comisión.")),
            _f("aviso", FOOTER, 0.3, *_vv_aviso()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Viñetas al Vuelo. Las imágenes "
                                                "pertenecen a sus autores y editoriales.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior "
                                                     "se atribuía el color a otro "
                                                     "artista.")),
        ),
    )


# --- a Korean webtoon news site -----------------------------------------------------------

WB_REDESIGN = dt.date(2018, 5, 23)  # a new site the week after the piracy site's takedown
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25", 2021: "2021-02-12"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}


def _wb_dated(day: dt.date) -> str:
    if day < WB_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return f"입력 {day.year}년 {day.month}월 {day.day}일({YOIL[day.weekday()]}) {{time}}"


def _wb_holiday(name: str, day: dt.date) -> Event:
    first, last = day - ONE, day + ONE
    return (first - 5 * ONE, last + ONE,
            f"{name} 연휴 휴재 안내: {first.month}월 {first.day}일부터 {last.month}월 "
            f"{last.day}일까지 일부 작품이 쉬어갑니다")


@cache
def _wb_allim() -> Wordings:
    base = _steps((_OLD, "웹툰봄 뉴스레터를 구독하고 매주 새 연재 소식을 받아보세요"))
    holidays = [_wb_holiday("설", iso_day(day)) for day in SEOLLAL.values()]
    holidays += [_wb_holiday("추석", iso_day(day)) for day in CHUSEOK.values()]
    covid = [_span("2020-08-10", "2020-08-23", "코로나19 확산으로 올해 만화축제는 온라인으로 "
                                               "열립니다")]
    return _calendar(base, covid, sorted(holidays))


def webtoonbom_style() -> PublisherStyle:
    """A Korean webtoon news site: the dotted date and time turned "입력" with the long date and
    the weekday on 23 May 2018 (a wording per day), the reporter from a pool, a spoiler warning,
    the serialisation platform and day from pools, the episodes out so far, "▶ 관련기사:" mid-body
    up to twice and "광고", an anti-piracy line reworded after the 2018 takedown, a newsletter
    line turned by the Seollal and Chuseok breaks (lunar dates) and the online comics festival
    of 2020, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="webtoonbom.co.kr", site="웹툰봄", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "review", "interview", "industry"),
        n_authors=5, url_path="/news/articleView.html?idxno={n}",
        pools={
            "gija": ("김하늘", "이서준", "박지민", "최유나", "정도현"),
            "platform": ("툰마루", "코믹스타", "웹툰판", "만화숲"),
            "yoil": ("월", "화", "수", "목", "금", "토", "일"),
        },
        families=(
            _f("nalja", HEADER, 0.85, *_by_day(_wb_dated)),
            _f("gija", HEADER, 0.6, (_OLD, "{gija} 기자")),
            _f("spoiler", HEADER, 0.15, (_OLD, "※ 이 기사에는 최신 회차의 스포일러가 포함되어 "
                                               "있습니다.")),
            _f("yeonjae", MIDDLE, 0.3, (_OLD, "연재: {platform} 매주 {yoil}요일")),
            _f("choesinhwa", MIDDLE, 0.15, (_OLD, "현재 {count}화까지 공개, 최신 3화는 유료 "
                                                  "미리보기")),
            _f("gwanryeon", MIDDLE, 0.35, (_OLD, "▶ 관련기사: {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.25, (_OLD, "광고")),
            _f("bulbeop", FOOTER, 0.3,
               (_OLD, "웹툰은 정식 플랫폼에서 봐주세요."),
               (WB_REDESIGN.isoformat(), "불법 웹툰 공유 사이트 이용은 작가의 창작 의욕을 "
                                         "꺾습니다. 정식 플랫폼을 이용해 주세요.")),
            _f("allim", FOOTER, 0.25, *_wb_allim()),
            _f("jeojakgwon", FOOTER, 0.5, (_OLD, "ⓒ 웹툰봄, 무단전재 및 재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 기사 내용 중 연재 요일을 "
                                                  "바로잡습니다.")),
        ),
    )


# --- a Russian comics and science-fiction site --------------------------------------------

COMIC_CON_RUSSIA = {2015: window("2015-10-01", "2015-10-04"),
                    2016: window("2016-09-29", "2016-10-02"),
                    2017: window("2017-10-05", "2017-10-08"),
                    2018: window("2018-10-04", "2018-10-07"),
                    2019: window("2019-10-03", "2019-10-06")}
PK_REDESIGN = COMIC_CON_RUSSIA[2017][0]
PK_TELEGRAM = dt.date(2018, 1, 15)
PK_TSENA = (("2014-01-01", "190"), ("2016-01-01", "230"), ("2017-01-01", "250"),
            ("2018-01-01", "270"), ("2019-01-01", "290"), ("2020-01-01", "320"))


def _pk_dated(day: dt.date) -> str:
    if day < PK_REDESIGN:
        return f"{day.day} {MESYATSA[day.month - 1]} {day.year}"
    return (f"{DNI[day.weekday()].capitalize()}, {day.day} {MESYATSA[day.month - 1]} "
            f"{day.year}, {{time}}")


def _pk_con(y: int) -> Event:
    first, last = COMIC_CON_RUSSIA[y]
    if first.month == last.month:
        when = f"{first.day}–{last.day} {MESYATSA[last.month - 1]}"
    else:
        when = f"{first.day} {MESYATSA[first.month - 1]} – {last.day} {MESYATSA[last.month - 1]}"
    return (first - 10 * ONE, last + ONE, f"Comic Con Russia {y}: {when}, «Крокус Экспо». "
                                          f"Следите за нашими репортажами")


@cache
def _pk_anons() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на нашу группу ВКонтакте"),
                  (PK_TELEGRAM.isoformat(), "Подписывайтесь на наш Telegram-канал: только "
                                            "главные новости комиксов и фантастики"))
    cons = [_pk_con(y) for y in COMIC_CON_RUSSIA]
    cons.append(_span("2020-07-01", "2020-10-11", "Comic Con Russia 2020 отменён: ждём всех в "
                                                  "следующем году"))
    kosmos = _yearly("04-12", 3, 0, lambda y: "12 апреля — День космонавтики: лучшая "
                                              "фантастика о космосе в нашей подборке")
    new_year = _yearly("12-31", 2, 8, lambda y: f"С Новым {y + 1} годом! Редакция вернётся к "
                                                f"обычному графику 9 января")
    return _calendar(base, cons, kosmos, new_year)


def planetakomiksov_style() -> PublisherStyle:
    """A Russian comics and science-fiction site: an age mark from a pool, the date with the
    month in the genitive turned the weekday and the time on the opening day of Comic Con Russia
    2017 (a wording per day), "Автор:" turned "Текст:", a spoiler warning, the translator and
    the Russian publisher from pools, a partner shop's promo code, "Читайте также:" mid-body up
    to twice and "Реклама", the magazine's cover price (changing each January), a social line
    reworded for Telegram and turned by Comic Con Russia (cancelled in 2020), Cosmonautics Day
    and the New Year holidays, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="planetakomiksov.ru", site="Планета комиксов", base_size=110,
        subdomains=(("", 100),),
        sections=("news", "reviews", "fantastika", "kino"),
        n_authors=5, url_path="/{section}/{n}-{slug}.html",
        pools={
            "vozrast": ("16+", "12+", "18+"),
            "avtor": ("Дмитрий Соколов", "Анна Лебедева", "Игорь Мельников", "Ольга Зайцева",
                      "Кирилл Орлов"),
            "perevodchik": ("Екатерина Волкова", "Павел Громов", "Мария Ветрова"),
            "izdatelstvo": ("Звёздный переплёт", "Северное сияние", "Комикс-Арсенал"),
        },
        families=(
            _f("vozrast", HEADER, 0.6, (_OLD, "{vozrast}")),
            _f("data", HEADER, 0.85, *_by_day(_pk_dated)),
            _f("avtor", HEADER, 0.55, (_OLD, "Автор: {avtor}"),
               (PK_REDESIGN.isoformat(), "Текст: {avtor}")),
            _f("spoiler", HEADER, 0.15, (_OLD, "Осторожно, в тексте есть спойлеры!")),
            _f("perevod", MIDDLE, 0.2, (_OLD, "Перевод: {perevodchik}, издательство "
                                              "«{izdatelstvo}»")),
            _f("kupit", MIDDLE, 0.15, (_OLD, "Купить комикс можно в магазине-партнёре "
                                             "со скидкой 10% по промокоду PLANETA")),
            _f("chitaite", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама")),
            _f("tsena", FOOTER, 0.12, *by_table(PK_TSENA, lambda v: (
                f"Журнал «Планета комиксов» в киосках и книжных магазинах: {v} ₽"))),
            _f("anons", FOOTER, 0.3, *_pk_anons()),
            _f("kopirait", FOOTER, 0.45, (_OLD, "© {year} «Планета комиксов». При "
                                                "использовании материалов ссылка на "
                                                "planetakomiksov.ru обязательна.")),
            _f("popravka", HEADER, 0.04, (_OLD, "Поправка: в первой версии новости была "
                                                "указана неверная дата выхода тома.")),
        ),
    )


# --- an English scanlation group's release blog -------------------------------------------

PL_REDESIGN = dt.date(2016, 10, 1)  # moved to its own domain
PL_DISCORD = dt.date(2016, 6, 1)
PL_OFFICIAL = dt.date(2018, 1, 1)
PL_GOALS = (("2014-01-01", 60), ("2017-01-01", 90), ("2019-01-01", 150))


def _pl_dated(day: dt.date) -> str:
    if day < PL_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Released {day.year}-{day.month:02d}-{day.day:02d} · {{time}} UTC"


def server_goal(day: dt.date) -> int:
    return [goal for start, goal in PL_GOALS if start <= day.isoformat()][-1]


def _pl_server(day: dt.date) -> str:
    first = day.replace(day=1)
    goal = server_goal(first)
    raised = round(goal * (0.35 + 0.7 * noise(first, "server")))
    thanks = " Thank you!" if raised >= goal else ""
    return (f"Server costs for {MONTHS[day.month - 1]} {day.year}: ${raised} of ${goal} "
            f"raised.{thanks}")


def paperlantern_style() -> PublisherStyle:
    """An English scanlation group's release blog: a chapter-release line, "Posted on"
    turned "Released" with the ISO date and UTC time when it moved to its own domain (a
    wording per day), a support-the-official-release line reworded in 2018, the raw source
    and a recruiting line mid-body, an ad-blocker plea, the month's server-cost goal and
    what was raised (a wording per month; the goal raised in 2017 and 2019), the release
    schedule from a pool, the translation, proofreading and typesetting credits from pools
    (a block), the chat line (IRC turned Discord in 2016), a rare licensed-and-dropped
    note."""
    return PublisherStyle(
        domain="paperlanternscans.com", site="Paper Lantern Scans", base_size=90,
        subdomains=(("", 100),),
        sections=("releases", "news", "projects"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "tl": ("hoshiyomi", "Ren_TL", "kitsunebi", "quietmoth"),
            "pr": ("inkwell", "Sable", "commaqueen"),
            "ts": ("lanternfish", "yuzu_ts", "Pip", "cleanbot9000"),
            "raws": ("bought by our staff", "provided by a reader", "scanned from the tankobon"),
            "schedule": ("New chapters every Friday", "New chapters every Tuesday and "
                         "Saturday", "New chapters when the raws come out"),
        },
        families=(
            _f("chapter", HEADER, 0.7, (_OLD, "Chapter {count} is out!")),
            _f("posted", HEADER, 0.8, *_by_day(_pl_dated)),
            _f("official", HEADER, 0.35,
               (_OLD, "Please support the official release when it comes out in your "
                      "country!"),
               (PL_OFFICIAL.isoformat(), "If this series gets licensed, buy the official "
                                         "volumes. We only translate what isn't available in "
                                         "English.")),
            _f("raws", MIDDLE, 0.2, (_OLD, "Raws {raws}.")),
            _f("recruiting", MIDDLE, 0.12, (_OLD, "We're recruiting! Typesetters and Japanese "
                                                  "translators wanted.")),
            _f("adblock", MIDDLE, 0.15, (_OLD, "Ads help pay for the server. Thanks for not "
                                               "blocking them.")),
            _f("server", FOOTER, 0.2, *_by_day(_pl_server)),
            _f("schedule", FOOTER, 0.25, (_OLD, "{schedule}")),
            _f("translation", FOOTER, 0.55, (_OLD, "Translation: {tl}")),
            _f("proofreading", FOOTER, 0.45, (_OLD, "Proofreading: {pr}")),
            _f("typesetting", FOOTER, 0.5, (_OLD, "Cleaning & typesetting: {ts}")),
            _f("chat", FOOTER, 0.35,
               (_OLD, "Come chat with us on IRC: #paperlantern on irc.rizon.net"),
               (PL_DISCORD.isoformat(), "Join our Discord server for release pings and "
                                        "spoiler channels!")),
            _f("dropped", HEADER, 0.04, (_OLD, "Note: this series has been licensed, so this "
                                               "is our last release of it.")),
        ),
    )


# --- an American anime convention's news page ---------------------------------------------

KK_REDESIGN = dt.date(2019, 1, 15)
KK_CANCELLED = dt.date(2020, 4, 2)
KK_BADGES = (("2014-09-01", "$40 preregistered, $50 at the door"),
             ("2015-09-01", "$45 preregistered, $55 at the door"),
             ("2016-09-01", "$45 preregistered, $60 at the door"),
             ("2017-09-01", "$50 preregistered, $60 at the door"),
             ("2018-09-01", "$55 preregistered, $65 at the door"),
             ("2019-09-01", "$55 preregistered, $70 at the door"),
             (KK_CANCELLED.isoformat(), "2020 badges roll over to 2021 or can be refunded"))


def kitsunekon_days(y: int) -> tuple[dt.date, dt.date]:
    """The convention's weekend: the third Friday of June to the Sunday after."""
    friday = nth_weekday(y, 6, 4, 3)
    return friday, friday + 2 * ONE


def _kk_dated(day: dt.date) -> str:
    if day < KK_REDESIGN:
        return f"Posted {day.month}/{day.day}/{day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _kk_countdown(day: dt.date) -> str:
    if KK_CANCELLED <= day < dt.date(2020, 7, 1):
        return "Kitsunekon 2020 is cancelled. We'll see you in 2021!"
    y = day.year
    first, last = kitsunekon_days(y)
    if first <= day <= last:
        return f"Kitsunekon {y} is happening now! Badge pickup is open until 7 PM."
    if day > last:
        y += 1
        first, _ = kitsunekon_days(y)
    n = (first - day).days
    return f"{n} day{'s' if n > 1 else ''} until Kitsunekon {y}!"


def kitsunekon_style() -> PublisherStyle:
    """An American anime convention's news page: the days left to the next convention (a
    wording per day; "happening now" on its weekend, the 2020 cancellation), "Posted" with
    the numeric date turned the long date in 2019 (a wording per day), the poster, a guest
    announcement from a pool, a prop-weapons reminder, the weekend badge prices (raised
    when registration opens each September; rolled over in 2020), the code-of-conduct line,
    the social line, the non-profit line and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="kitsunekon.org", site="Kitsunekon", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "guests", "registration", "events"),
        n_authors=3, url_path="/news/{slug}",
        pools={"guest": ("voice actor Mika Ashford", "cosplayer Jun Takeda", "mangaka Sora "
                         "Imai", "musical guest Neon Parade", "animator Beth Calloway")},
        families=(
            _f("countdown", HEADER, 0.45, *_by_day(_kk_countdown)),
            _f("posted", HEADER, 0.8, *_by_day(_kk_dated)),
            _f("poster", HEADER, 0.4, (_OLD, "Posted by Kitsunekon Staff"),
               (KK_REDESIGN.isoformat(), "Posted by {author}, Communications")),
            _f("guest", MIDDLE, 0.25, (_OLD, "Guest announcement: {guest}")),
            _f("weapons", MIDDLE, 0.15, (_OLD, "Reminder: all prop weapons must be "
                                               "peace-bonded at the weapons check desk.")),
            _f("badges", FOOTER, 0.3, *by_table(KK_BADGES, lambda v: f"Weekend badges: {v}.")),
            _f("conduct", FOOTER, 0.3, (_OLD, "Cosplay is not consent. Read our code of conduct "
                                              "before attending.")),
            _f("social", FOOTER, 0.25, (_OLD, "Follow us on Twitter and Instagram for the "
                                              "latest news: kitsunekon.org/social")),
            _f("nonprofit", FOOTER, 0.35, (_OLD, "Kitsunekon is run by the Kitsune Anime "
                                                 "Society, a 501(c)(3) nonprofit "
                                                 "organization.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kitsune Anime Society")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the panel has moved to Room 204.")),
        ),
    )


# --- a French manga and anime news site ---------------------------------------------------

JAPAN_EXPO = {2015: window("2015-07-02", "2015-07-05"), 2016: window("2016-07-07", "2016-07-10"),
              2017: window("2017-07-06", "2017-07-09"), 2018: window("2018-07-05", "2018-07-08"),
              2019: window("2019-07-04", "2019-07-07")}
PM_REDESIGN = JAPAN_EXPO[2018][0]


def _pm_dated(day: dt.date) -> str:
    if day < PM_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"le {JOURS[day.weekday()]} {le_jour(day)} {MOIS[day.month - 1]} {day.year}"


@cache
def _pm_infos() -> Wordings:
    base = _steps((_OLD, "Planète Koma, l'actu manga et anime au quotidien"))
    expos = [(first - 14 * ONE, last + ONE, f"🗼 Japan Expo {y}, du {first.day} au {last.day} "
                                             f"juillet : programme, invités et dédicaces")
             for y, (first, last) in JAPAN_EXPO.items()]
    annulation = [
        _span("2020-03-17", "2020-05-10", "🏠 Confinement : les sorties manga sont reportées, "
                                          "notre planning est mis à jour chaque semaine"),
        _span("2020-05-11", "2020-07-12", "Japan Expo 2020 est annulée : rendez-vous en "
                                          "2021"),
    ]
    return _calendar(base, annulation, expos)


def planetekoma_style() -> PublisherStyle:
    """A French manga and anime news site: the dotted date turned "le" with the weekday and the
    long date ("1er") on the opening day of Japan Expo 2018 (a wording per day), "Par", the
    volume's French publisher and translator from pools, the simulcast platform from a pool, a
    partner bookshop's order line, "À lire également :" mid-body up to twice and "Publicité", a
    line turned by each Japan Expo, the lockdown's postponed releases and the 2020 cancellation,
    the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="planetekoma.fr", site="Planète Koma", base_size=55,
        subdomains=(("www.", 100),),
        sections=("manga", "anime", "japon", "sorties"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "editeur": ("Kazé Nuages", "Éditions Sakura Noire", "Pika Lune", "Kodomo Presse"),
            "traducteur": ("Aurélie Tanaka", "Julien Morel", "Sayuri Delorme"),
            "plateforme": ("Animedia", "StreamNihon", "Otakuflix"),
        },
        families=(
            _f("date", HEADER, 0.85, *_by_day(_pm_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}")),
            _f("fiche", MIDDLE, 0.3, (_OLD, "Éditeur VF : {editeur} · Traduction : "
                                            "{traducteur}")),
            _f("simulcast", MIDDLE, 0.2, (_OLD, "Disponible en simulcast sur {plateforme}")),
            _f("boutique", MIDDLE, 0.2, (_OLD, "🛒 Commander ce tome chez notre libraire "
                                               "partenaire")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire également : {other_title}"), count=2),
            _f("publicite", MIDDLE, 0.25, (_OLD, "Publicité")),
            _f("infos", FOOTER, 0.3, *_pm_infos()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Planète Koma – Illustrations © leurs "
                                                "ayants droit")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le tome 3 sort bien en mars, et non "
                                               "en février.")),
        ),
    )


# --- a Mexican comics shop's news blog ----------------------------------------------------

CG_REDESIGN = dt.date(2019, 2, 4)
CG_STORE = dt.date(2018, 3, 1)
BUEN_FIN = {2015: window("2015-11-13", "2015-11-16"), 2016: window("2016-11-18", "2016-11-21"),
            2017: window("2017-11-17", "2017-11-20"), 2018: window("2018-11-16", "2018-11-19"),
            2019: window("2019-11-15", "2019-11-18"), 2020: window("2020-11-09", "2020-11-20")}
CG_PRECIO = (("2014-01-01", "89"), ("2017-01-01", "99"), ("2018-07-01", "109"),
             ("2019-07-01", "119"), ("2020-07-01", "129"))
CG_ENVIO = (("2018-03-01", "499"), ("2019-01-01", "599"), ("2020-01-01", "699"))


def _cg_dated(day: dt.date) -> str:
    if day < CG_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return f"{DIAS[day.weekday()].capitalize()} {day.day} de {MESES[day.month - 1]}, {day.year}"


def _cg_tienda(day: dt.date) -> str:
    y = day.year
    if y in BUEN_FIN and BUEN_FIN[y][0] - 3 * ONE <= day <= BUEN_FIN[y][1]:
        return f"🛍️ El Buen Fin {y}: hasta 30% de descuento en manga y cómics de nuestra tienda"
    if day < CG_STORE:
        return "Consíguelo en nuestra tienda en línea con envío a todo México."
    return (f"🛒 Cómpralo en la tienda de Capítulo Geek: envío gratis en compras mayores a "
            f"${in_force(day, CG_ENVIO)}")


def capitulogeek_style() -> PublisherStyle:
    """A Mexican comics shop's news blog: "Por", the numeric date turned the weekday and the
    long date in 2019 (a wording per day), the release date in Mexico, a spoiler warning,
    the suggested price of a manga volume (raised over the years), "Relacionado:" mid-body,
    a store line turned the shop's own with its free-shipping threshold (raised each
    January) and by El Buen Fin, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="capitulogeek.com.mx", site="Capítulo Geek", base_size=40,
        subdomains=(("www.", 100),),
        sections=("noticias", "manga", "comics", "lanzamientos"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("fecha", HEADER, 0.85, *_by_day(_cg_dated)),
            _f("lanzamiento", HEADER, 0.3, (_OLD, "Fecha de lanzamiento en México: "
                                                  "{date_es}")),
            _f("spoiler", HEADER, 0.12, (_OLD, "¡Alerta de spoiler!")),
            _f("precio", MIDDLE, 0.25, *by_table(CG_PRECIO, lambda v: (
                f"Precio sugerido por tomo: ${v} MXN"))),
            _f("relacionado", MIDDLE, 0.35, (_OLD, "Relacionado: {other_title}")),
            _f("tienda", FOOTER, 0.35, *_by_day(_cg_tienda)),
            _f("copyright", FOOTER, 0.35, (_OLD, "Capítulo Geek © {year}. Todos los derechos "
                                                 "reservados.")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: la fecha de preventa cambió al "
                                                  "día 15.")),
        ),
    )


# --- a Japanese anime goods shop's news page ----------------------------------------------

TAX_RISE = dt.date(2019, 10, 1)  # consumption tax from 8% to 10%
HK_SOURYOU = (("2014-04-01", "5,000円"), ("2018-04-01", "6,000円"),
              (TAX_RISE.isoformat(), "5,500円（税込）"))
EMERGENCY = (dt.date(2020, 4, 7), dt.date(2020, 5, 25))


def _hk_dated(day: dt.date) -> str:
    if day < TAX_RISE:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}）更新"


def _hk_hassou(day: dt.date) -> str:
    if EMERGENCY[0] <= day <= EMERGENCY[1]:
        return "【重要】緊急事態宣言に伴い、商品の発送にお時間をいただいております"
    if (day.month, day.day) >= (12, 20) or (day.month == 1 and day.day <= 4):
        y = day.year + (day.month == 12)
        return f"【年末年始の発送について】{y - 1}年12月28日～{y}年1月4日は発送業務をお休みします"
    if (4, 20) <= (day.month, day.day) <= (5, 5):
        return (f"【ゴールデンウィーク期間の発送について】{day.year}年4月29日～5月5日の"
                f"発送はお休みです")
    return "星屑堂のお知らせはメールマガジンでもお届けしています"


def hoshikuzudo_style() -> PublisherStyle:
    """A Japanese anime goods shop's news page: a sales-status kicker from a pool, the
    dotted date turned the long date, the weekday and "更新" on the day of the 2019
    consumption-tax rise (a wording per day), the shop's own bonus from a pool, a
    specifications-may-change line, the tax line (8% turned 10%), the free-shipping
    threshold (raised in 2018, tax-inclusive from October 2019), a shipping notice turned
    by the year-end and Golden Week breaks and the 2020 state of emergency, the copyright
    line, a rare apology."""
    return PublisherStyle(
        domain="hoshikuzudo.jp", site="星屑堂", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "yoyaku", "event"),
        n_authors=2, url_path="/news/{n}",
        pools={
            "joutai": ("【予約受付中】", "【好評発売中】", "【再入荷】", "【受付終了】"),
            "tokuten": ("描き下ろしブロマイド", "特製缶バッジ", "A4クリアファイル", "ミニ色紙"),
        },
        families=(
            _f("joutai", HEADER, 0.55, (_OLD, "{joutai}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_hk_dated)),
            _f("tokuten", MIDDLE, 0.3, (_OLD, "星屑堂限定特典：{tokuten}")),
            _f("chui", FOOTER, 0.3, (_OLD, "※商品の仕様は予告なく変更になる場合があります。")),
            _f("zei", FOOTER, 0.3, (_OLD, "※表示価格は消費税8%込みです。"),
               (TAX_RISE.isoformat(), "※表示価格は消費税10%込みです。")),
            _f("souryou", FOOTER, 0.2, *by_table(HK_SOURYOU, lambda v: (
                f"{v}以上のご注文で送料無料"))),
            _f("hassou", FOOTER, 0.3, *_by_day(_hk_hassou)),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} 星屑堂 All Rights "
                                                "Reserved.")),
            _f("owabi", HEADER, 0.04, (_OLD, "【お詫び】掲載していた商品画像に誤りがありました。")),
        ),
    )


def heldout188_styles() -> list[PublisherStyle]:
    """The held-back-188 styles, in the order the generator hands them to publishers."""
    return [
        panelgutter_style(), komanavi_style(), bulledencre_style(), gravitywell_style(),
        vinetas_style(), webtoonbom_style(), planetakomiksov_style(), paperlantern_style(),
        kitsunekon_style(), planetekoma_style(), capitulogeek_style(), hoshikuzudo_style(),
    ]
