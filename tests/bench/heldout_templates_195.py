"""The ``held-back-195`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an "Advertisement" marker, a betting line or a studio's Discord invitation. The publishers are
video-game news sites, esports news sites and game-studio blogs in English, Brazilian
Portuguese, Korean, Simplified Chinese, Turkish and Russian: an American video-game news site,
a British esports news site, a Brazilian games site, a Russian games site, a Korean games
news site, a Chinese games portal, a Turkish games site, the news and patch-notes pages of an
American live-service game publisher, an American game-deals site, a Brazilian esports site,
the devlog of a small British indie studio and the official notice board of a Korean mobile
game. The families are the kinds a crawl of such sites holds: dates localised day by day in
English (AP-style months, ordinals), Brazilian Portuguese, Russian (genitive months), Korean
(with the weekday), Chinese (with 星期), Turkish, several changing form on the day of a
redesign (the opening days of E3, G-Star, ChinaJoy, IgroMir, the Brasil Game Show); lines that
turn every day (tournament countdowns to the next CS:GO Major or International and to the
League of Legends World Championship final, "prices checked" lines), every week (scheduled
server maintenance, the Epic Games Store's free game to the next Thursday), every two weeks
(a live game's patch version and season) and on the days of Brazil's summer time; platform
lines whose pools change with the Switch's launch and the 2020 consoles, a game's build and
store line changing on its release days, age-rating notices (the ESRB's "In-Game Purchases"
and "Includes Random Items", ClassInd, PEGI, the Korean rating and shutdown law, Russia's 18+
mark), review-copy and affiliate disclosures, betting lines, subscription prices and VAT
rates that change by year (PlayStation Plus, Switch Online, Game Pass Ultimate, Russian VAT on
digital services, Turkish prices and the digital services tax, Brazilian launch prices);
notices reworded in 2016-2020 (Discord appeals replacing Facebook and newsletter lines,
Telegram's block in Russia and its end, probability disclosure rules in Korea, Chinese
licence and reprint lines) and notices that follow the calendars of games (E3 and its 2020
cancellation, Gamescom, The Game Awards, the Brasil Game Show, IgroMir, G-Star, ChinaJoy,
the Worlds finals, The International in Shanghai, Steam's summer and winter sales, Prime
Day, Black Friday, the Lunar New Year and Chuseok, in-game seasonal events, the console
launches of November 2020, the pandemic), related links and advertisement markers mid-body
(some up to two times), multi-line blocks (the Chinese licence footer, the Russian media
registration, a Korean company imprint), bare lines and families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    ordinal,
    thanksgiving,
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
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
MESYATSA = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")
DNI = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")

# --- the calendars of games ---------------------------------------------------------------

E3 = {2015: ("2015-06-16", "2015-06-18"), 2016: ("2016-06-14", "2016-06-16"),
      2017: ("2017-06-13", "2017-06-15"), 2018: ("2018-06-12", "2018-06-14"),
      2019: ("2019-06-11", "2019-06-13")}  # cancelled on 11 March 2020
GAMESCOM = {2015: ("2015-08-05", "2015-08-09"), 2016: ("2016-08-17", "2016-08-21"),
            2017: ("2017-08-22", "2017-08-26"), 2018: ("2018-08-21", "2018-08-25"),
            2019: ("2019-08-20", "2019-08-24"), 2020: ("2020-08-27", "2020-08-30")}
GAME_AWARDS = {2015: "2015-12-03", 2016: "2016-12-01", 2017: "2017-12-07", 2018: "2018-12-06",
               2019: "2019-12-12", 2020: "2020-12-10"}
WORLDS_FINALS = {2015: "2015-10-31", 2016: "2016-10-29", 2017: "2017-11-04",
                 2018: "2018-11-03", 2019: "2019-11-10", 2020: "2020-10-31",
                 2021: "2021-11-06"}
STEAM_SALES = (("2014-12-18", "2015-01-02", "winter"), ("2015-06-11", "2015-06-21", "summer"),
               ("2015-12-22", "2016-01-04", "winter"), ("2016-06-23", "2016-07-04", "summer"),
               ("2016-12-22", "2017-01-02", "winter"), ("2017-06-22", "2017-07-05", "summer"),
               ("2017-12-21", "2018-01-04", "winter"), ("2018-06-21", "2018-07-05", "summer"),
               ("2018-12-20", "2019-01-03", "winter"), ("2019-06-25", "2019-07-09", "summer"),
               ("2019-12-19", "2020-01-02", "winter"), ("2020-06-25", "2020-07-09", "summer"),
               ("2020-12-22", "2021-01-05", "winter"))
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25",
                  2021: "2021-02-12"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
NEXT_GEN = dt.date(2020, 11, 10)  # Xbox Series X|S; the PS5 two and nine days later
SWITCH_LAUNCH = dt.date(2017, 3, 3)


@cache
def _iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) on or after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def after(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) strictly after `day`."""
    return on_or_after(day + ONE, weekday)


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


def steam_sale_events(text: Callable[[str, int], str]) -> list[Event]:
    """Steam's summer and winter sales, each shown from its first to its last day; `text` is
    given the season and the sale's year."""
    return [_span(first, last, text(season, int(first[:4])))
            for first, last, season in STEAM_SALES]


# --- an American video-game news site ----------------------------------------------------

RL_REDESIGN = _iso(E3[2017][0])  # relaunched on the first show day of E3 2017
RL_AFFILIATE = dt.date(2018, 3, 1)
RL_DISCORD = dt.date(2019, 2, 1)
RL_REVIEWS = dt.date(2018, 9, 4)


def _rl_dated(day: dt.date) -> str:
    if day < RL_REDESIGN:
        return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year} {{time12}} ET"
    return (f"Published {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1][:3]} {day.day}, "
            f"{day.year}")


@cache
def _rl_newsletter() -> Wordings:
    base = _steps((_OLD, "Get the Respawn Ledger newsletter in your inbox every weekday"),
                  (RL_DISCORD.isoformat(), "👾 Join 40,000 players in the Respawn Ledger "
                                           "Discord"))
    shows: list[Event] = []
    for y, (first, last) in E3.items():
        shows.append((_iso(first) - 3 * ONE, _iso(last) + ONE,
                      f"🎮 E3 {y}: every trailer and announcement, all week"))
    for y, (first, last) in GAMESCOM.items():
        shows.append((_iso(first) - ONE, _iso(last) + ONE,
                      f"🎮 Gamescom {y}: live from Cologne" if y < 2020
                      else "🎮 Gamescom 2020 goes digital: our hub for Opening Night Live"))
    for y, day in GAME_AWARDS.items():
        shows.append((_iso(day) - ONE, _iso(day) + 2 * ONE,
                      f"🏆 The Game Awards {y}: every winner, updated live"))
    news = [
        _span("2020-03-11", "2020-06-10", "E3 2020 is cancelled: here is every digital "
                                          "showcase replacing it"),
        _span("2020-11-05", "2020-11-22", "🕹️ Next-gen is here: our PS5 and Xbox Series X|S "
                                          "launch hub"),
    ]
    return _calendar(base, news, sorted(shows))


def respawn_style() -> PublisherStyle:
    """An American video-game news site: a section kicker from a pool, the AP-style date
    with the time turned "Published" with the weekday on the first show day of E3 2017 (a
    wording per day), "By" turned the writer with the Twitter handle, a spoiler warning, an
    affiliate line reworded in 2018, a platform line whose pool gains the Switch on its
    launch day and the new consoles in November 2020, "Related:" and "Advertisement" (up
    to twice) mid-body, a review verdict from a pool, a review-copy disclosure reworded in 2018, a
    newsletter line turned a Discord appeal and turned by E3 (and its 2020 cancellation),
    Gamescom, The Game Awards and the console launches, the about line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="respawnledger.com", site="Respawn Ledger", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "reviews", "previews", "features", "guides", "esports"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("NEWS", "REVIEWS", "PREVIEWS", "FEATURES", "GUIDES", "ESPORTS",
                       "INDUSTRY"),
            "old_platform": ("PC", "PS4", "Xbox One", "Wii U", "3DS", "PS Vita"),
            "platform": ("PC", "PS4", "Xbox One", "Switch", "Mac", "iOS", "Android"),
            "new_platform": ("PC", "PS5", "Xbox Series X|S", "PS4", "Xbox One", "Switch",
                             "Stadia"),
            "old_review_platform": ("PS4", "PC", "Xbox One", "Wii U"),
            "review_platform": ("PS4 Pro", "PC", "Xbox One X", "Nintendo Switch", "PS4"),
            "verdict": ("9/10 – Amazing", "8/10 – Great", "7/10 – Good", "6/10 – Decent",
                        "5/10 – Mediocre", "10/10 – Masterpiece", "4/10 – Poor"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_rl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (RL_REDESIGN.isoformat(), "By {author} · {author_handle}")),
            _f("spoilers", HEADER, 0.06, (_OLD, "Warning: this article contains spoilers for "
                                                "the ending.")),
            _f("affiliate", HEADER, 0.2,
               (_OLD, "Some links on this page are affiliate links."),
               (RL_AFFILIATE.isoformat(), "When you buy through links on our site, Respawn "
                                          "Ledger may earn an affiliate commission. Here's how "
                                          "it works.")),
            _f("platforms", HEADER, 0.35, (_OLD, "Platforms: {old_platform_list}"),
               (SWITCH_LAUNCH.isoformat(), "Platforms: {platform_list}"),
               (NEXT_GEN.isoformat(), "Platforms: {new_platform_list}")),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("verdict", FOOTER, 0.12, (_OLD, "Verdict: {verdict}")),
            _f("review-copy", FOOTER, 0.15,
               (_OLD, "Reviewed on {old_review_platform}. A review copy was provided by the "
                      "publisher."),
               (RL_REVIEWS.isoformat(), "This review was conducted on {review_platform} with "
                                        "a code supplied by the publisher. Read our review "
                                        "policy at respawnledger.com/ethics.")),
            _f("newsletter", FOOTER, 0.3, *_rl_newsletter()),
            _f("about", FOOTER, 0.25, (_OLD, "Respawn Ledger is an independent video game "
                                             "publication based in Seattle.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Respawn Ledger Media, Inc. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "story misstated the game's release "
                                                  "window.")),
        ),
    )


# --- a British esports news site ---------------------------------------------------------

LC_REDESIGN = dt.date(2018, 1, 12)  # relaunched on the opening day of the Boston Major
LC_DISCORD = dt.date(2018, 6, 1)
LC_GAMBLING = dt.date(2019, 10, 1)
MAJORS = (
    ("2015-03-12", "2015-03-15", "ESL One Katowice 2015"),
    ("2015-08-03", "2015-08-08", "The International 2015"),
    ("2015-08-20", "2015-08-23", "ESL One Cologne 2015"),
    ("2015-10-28", "2015-11-01", "DreamHack Cluj-Napoca 2015"),
    ("2016-03-29", "2016-04-03", "MLG Major Columbus 2016"),
    ("2016-07-05", "2016-07-10", "ESL One Cologne 2016"),
    ("2016-08-03", "2016-08-13", "The International 2016"),
    ("2017-01-22", "2017-01-29", "ELEAGUE Major Atlanta 2017"),
    ("2017-07-16", "2017-07-23", "PGL Major Kraków 2017"),
    ("2017-08-07", "2017-08-12", "The International 2017"),
    ("2018-01-12", "2018-01-28", "ELEAGUE Major Boston 2018"),
    ("2018-08-15", "2018-08-25", "The International 2018"),
    ("2018-09-05", "2018-09-23", "FACEIT Major London 2018"),
    ("2019-02-13", "2019-03-03", "IEM Katowice Major 2019"),
    ("2019-08-15", "2019-08-25", "The International 2019"),
    ("2019-08-23", "2019-09-08", "StarLadder Major Berlin 2019"),
    ("2020-05-11", "2020-05-24", "ESL One Rio Major 2020"),
)
RIO_POSTPONED = dt.date(2020, 3, 31)  # the Rio Major put off, then cancelled


def _lc_dated(day: dt.date) -> str:
    if day < LC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return f"Updated {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"


def _lc_countdown(day: dt.date) -> str:
    for first, last, name in MAJORS:
        start, end = _iso(first), _iso(last)
        if start <= day <= end and not (day >= RIO_POSTPONED and "Rio" in name):
            return f"🔴 LIVE NOW: {name}, day {(day - start).days + 1} of {(end - start).days + 1}"
    if day >= RIO_POSTPONED:
        return "⏸ No Major on the calendar: the 2020 season has moved online"
    for first, _, name in MAJORS:
        left = (_iso(first) - day).days
        if left > 0:
            return f"⏱ {name} starts {'tomorrow' if left == 1 else f'in {left} days'}"
    raise ValueError(day)


@cache
def _lc_community() -> Wordings:
    base = _steps((_OLD, "Follow The Last Circle on Twitter for live scores"),
                  (LC_DISCORD.isoformat(), "Talk about every match in The Last Circle "
                                           "Discord"))
    pandemic = [_span("2020-03-13", "2020-06-30", "🦠 Esports has moved online: our guide to "
                                                  "every tournament still running")]
    return _calendar(base, pandemic)


def lastcircle_style() -> PublisherStyle:
    """A British esports news site: the game from a pool, the numeric date with the time
    turned "Updated" with the ordinal day on the opening day of the 2018 Boston Major (a
    wording per day), "Written by" turned the writer with the beat, a countdown to the next
    CS:GO Major or International and the live day of each (a wording per day, frozen when
    the 2020 Rio Major was put off), "READ MORE:" mid-body, a stream line and a photo
    credit from pools, an odds line, a gambling line reworded in 2019, a Twitter line
    turned a Discord appeal and turned by the pandemic's online season, the copyright and
    company lines (a block), a rare correction."""
    return PublisherStyle(
        domain="lastcircle.gg", site="The Last Circle", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("csgo", "lol", "dota2", "overwatch", "r6", "business"),
        n_authors=9, url_path="/{section}/{slug}",
        pools={
            "game": ("CS:GO", "League of Legends", "Dota 2", "Overwatch", "Rainbow Six Siege",
                     "Rocket League", "StarCraft II"),
            "beat": ("CS:GO Editor", "League of Legends Reporter", "Dota 2 Writer",
                     "Esports Business Reporter", "Staff Writer"),
            "channel": ("twitch.tv/esl_csgo", "twitch.tv/riotgames", "twitch.tv/dota2ti",
                        "twitch.tv/dreamhackcs", "youtube.com/rocketleague"),
            "photo": ("ESL", "DreamHack", "Riot Games", "Valve", "Blizzard Entertainment",
                      "StarLadder", "PGL"),
        },
        families=(
            _f("game", HEADER, 0.55, (_OLD, "{game}")),
            _f("dated", HEADER, 0.9, *_by_day(_lc_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "Written by {author}"),
               (LC_REDESIGN.isoformat(), "{author} · {author_beat}")),
            _f("countdown", HEADER, 0.3, *_by_day(_lc_countdown)),
            _f("read-more", MIDDLE, 0.4, (_OLD, "READ MORE: {other_title}")),
            _f("stream", MIDDLE, 0.25, (_OLD, "Watch live: {channel}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo credit: {photo}")),
            _f("odds", MIDDLE, 0.12, (_OLD, "Odds courtesy of our betting partner, correct at "
                                            "the time of publishing.")),
            _f("gambling", FOOTER, 0.22,
               (_OLD, "18+. Please gamble responsibly. BeGambleAware.org"),
               (LC_GAMBLING.isoformat(), "18+ | When the fun stops, stop | BeGambleAware.org "
                                         "| T&Cs apply")),
            _f("community", FOOTER, 0.3, *_lc_community()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Last Circle Media Ltd.")),
            _f("company", FOOTER, 0.2, (_OLD, "Last Circle Media Ltd is registered in England "
                                              "and Wales, company number 09742231.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article originally listed "
                                                  "the wrong map for the decider.")),
        ),
    )


# --- a Brazilian games site --------------------------------------------------------------

BGS = {2015: ("2015-10-08", "2015-10-12"), 2016: ("2016-09-01", "2016-09-05"),
       2017: ("2017-10-11", "2017-10-15"), 2018: ("2018-10-10", "2018-10-14"),
       2019: ("2019-10-09", "2019-10-13")}  # the 2020 show was put off
JP_REDESIGN = _iso(BGS[2018][0])  # relaunched on the opening day of BGS 2018
JP_DISCORD = dt.date(2019, 3, 1)
JP_COPIA = dt.date(2019, 1, 15)
PRECO = (("2014-01-01", "R$ 179,90"), ("2016-01-01", "R$ 199,90"), ("2018-03-01", "R$ 249,90"),
         ("2020-11-19", "R$ 349,90 (PS5) e R$ 299,90 (PS4)"))


def _jp_dated(day: dt.date) -> str:
    if day < JP_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _jp_comunidade() -> Wordings:
    base = _steps((_OLD, "Siga o Jogatina Plena no Facebook e no Twitter"),
                  (JP_DISCORD.isoformat(), "💬 Entre no servidor do Jogatina Plena no "
                                           "Discord e converse com a gente"))
    shows = [(_iso(first) - 2 * ONE, _iso(last) + ONE,
              f"🎮 BGS {y}: cobertura completa direto de São Paulo")
             for y, (first, last) in BGS.items()]
    shows.append(_span("2020-10-05", "2020-10-18", "BGS 2020 foi adiada para 2021: veja os "
                                                   "eventos online da semana"))
    black = [(thanksgiving(y), thanksgiving(y) + 5 * ONE,
              f"🛒 Black Friday {y}: as melhores ofertas de games e consoles") for y in YEARS]
    return _calendar(base, shows, black)


def jogatina_style() -> PublisherStyle:
    """A Brazilian games site: a section from a pool, "Publicado em" with the numeric date
    and the time turned the weekday and the long date on the opening day of BGS 2018 (a
    wording per day), "Por" turned the writer with the editor, the ClassInd rating from a
    pool, "Leia também:" and "Publicidade" (up to twice) mid-body, an affiliate line, the
    launch price (changing in 2016, 2018 and with the PS5), a review-copy line reworded in
    2019, a social line turned a Discord appeal and turned by each Brasil Game Show (the
    2020 one put off) and Black Friday, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="jogatinaplena.com.br", site="Jogatina Plena", base_size=190,
        subdomains=(("www.", 100),),
        sections=("noticias", "analises", "previas", "guias", "esports", "mobile"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={
            "editoria": ("Notícias", "Análises", "Prévias", "Guias", "eSports", "Mobile",
                         "Indústria"),
            "classind": ("Livre", "10 anos", "12 anos", "14 anos", "16 anos", "18 anos"),
            "distribuidora": ("Sony Interactive Entertainment", "Microsoft", "Nintendo",
                              "Bandai Namco", "Ubisoft", "Warner Bros. Games"),
            "plataforma": ("PS4", "Xbox One", "Nintendo Switch", "PC"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.9, *_by_day(_jp_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}"),
               (JP_REDESIGN.isoformat(), "Por {author} | Edição: {author2}")),
            _f("classificacao", HEADER, 0.25, (_OLD, "Classificação indicativa: {classind}")),
            _f("afiliado", HEADER, 0.15, (_OLD, "O Jogatina Plena pode receber comissão por "
                                                "compras feitas nos links desta página.")),
            _f("leia", MIDDLE, 0.4, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("preco", FOOTER, 0.15, *by_table(PRECO, lambda v: f"Preço sugerido no "
                                                                 f"lançamento: {v}")),
            _f("copia", FOOTER, 0.15, (_OLD, "Cópia de análise cedida pela {distribuidora}."),
               (JP_COPIA.isoformat(), "Jogo analisado no {plataforma} com cópia digital "
                                      "cedida pela {distribuidora}.")),
            _f("comunidade", FOOTER, 0.3, *_jp_comunidade()),
            _f("direitos", FOOTER, 0.4, (_OLD, "© {year} Jogatina Plena. Todos os direitos "
                                               "reservados. Proibida a reprodução sem "
                                               "autorização.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior deste texto informava "
                                              "a data de lançamento errada.")),
        ),
    )


# --- a Russian games site ----------------------------------------------------------------

IGROMIR = {2015: ("2015-10-01", "2015-10-04"), 2016: ("2016-09-29", "2016-10-02"),
           2017: ("2017-10-05", "2017-10-08"), 2018: ("2018-09-27", "2018-09-30"),
           2019: ("2019-10-03", "2019-10-06")}  # cancelled in 2020
KP_REDESIGN = _iso(IGROMIR[2017][0])  # relaunched on the opening day of IgroMir 2017
KP_TELEGRAM = dt.date(2017, 9, 1)
TELEGRAM_BLOCK = (dt.date(2018, 4, 16), dt.date(2020, 6, 18))  # blocked, then unblocked
KP_AUTHOR = dt.date(2019, 2, 1)
NDS = (("2014-01-01", "Цены в Steam указаны в рублях по региональному курсу."),
       ("2017-01-01", "Цены в Steam указаны с учётом НДС 18%."),
       ("2019-01-01", "Цены в Steam указаны с учётом НДС 20%."))


def _kp_dated(day: dt.date) -> str:
    if day < KP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{day.day} {MESYATSA[day.month - 1]} {day.year}, {DNI[day.weekday()]}"


@cache
def _kp_podpiska() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на Киберпульт во «ВКонтакте»"),
                  (KP_TELEGRAM.isoformat(), "Подписывайтесь на наш Telegram-канал: новости "
                                            "игр каждый день"),
                  (TELEGRAM_BLOCK[0].isoformat(), "Подписывайтесь на Киберпульт во "
                                                  "«ВКонтакте» и в «Одноклассниках»"),
                  (TELEGRAM_BLOCK[1].isoformat(), "Наш Telegram-канал снова открывается без "
                                                  "VPN: подписывайтесь"))
    shows = [(_iso(first) - 2 * ONE, _iso(last) + ONE,
              f"ИгроМир {y}: репортажи с выставки в «Крокус Экспо»")
             for y, (first, last) in IGROMIR.items()]
    shows.append(_span("2020-09-28", "2020-10-04", "ИгроМир 2020 не состоится: следите за "
                                                   "онлайн-презентациями вместе с нами"))
    holidays = _yearly("12-31", 3, 8, lambda y: f"Новогодние праздники: до 8 января {y + 1} "
                                                f"года новости выходят реже обычного",
                       years=range(2014, 2021))
    return _calendar(base, shows, holidays)


def kiberpult_style() -> PublisherStyle:
    """A Russian games site: a section from a pool, the numeric date and the time turned
    the long date with the genitive month and the weekday on the opening day of IgroMir
    2017 (a wording per day), "Автор:" turned "Текст:", "Читайте также:" and "Реклама" (up
    to twice) mid-body, a review-copy line from a pool, the VAT line of Steam prices (18%
    from 2017, 20% from 2019), an opinion disclaimer, a VK line turned a Telegram appeal,
    turned back during Telegram's block and again after it, and turned by each IgroMir (the
    2020 one cancelled) and the New Year holidays, the media registration, the copyright
    line and the bare 18+ mark (a block), a rare correction."""
    return PublisherStyle(
        domain="kiberpult.ru", site="Киберпульт", base_size=170,
        subdomains=(("", 70), ("www.", 30)),
        sections=("news", "reviews", "previews", "cybersport", "hardware", "articles"),
        n_authors=9, url_path="/{section}/{n}-{slug}/",
        pools={
            "rubrika": ("Новости", "Обзоры", "Превью", "Киберспорт", "Железо", "Статьи"),
            "izdatel": ("1С-СофтКлаб", "Бука", "Sony Interactive Entertainment", "Ubisoft",
                        "Nintendo", "Microsoft"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.9, *_by_day(_kp_dated)),
            _f("avtor", HEADER, 0.6, (_OLD, "Автор: {author}"),
               (KP_AUTHOR.isoformat(), "Текст: {author}")),
            _f("chitaite", MIDDLE, 0.4, (_OLD, "Читайте также: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), count=2),
            _f("kopiya", FOOTER, 0.15, (_OLD, "Копия игры для обзора предоставлена компанией "
                                              "«{izdatel}».")),
            _f("ceny", FOOTER, 0.12, *by_table(NDS, lambda v: v)),
            _f("mnenie", FOOTER, 0.1, (_OLD, "Мнение редакции может не совпадать с мнением "
                                             "автора.")),
            _f("podpiska", FOOTER, 0.3, *_kp_podpiska()),
            _f("smi", FOOTER, 0.3, (_OLD, "Сетевое издание «Киберпульт». Свидетельство о "
                                          "регистрации СМИ Эл № ФС77-61834 выдано "
                                          "Роскомнадзором.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© 2009–{year} Киберпульт. При цитировании "
                                                 "ссылка на kiberpult.ru обязательна.")),
            _f("vozrast", FOOTER, 0.35, (_OLD, "18+")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправлено: в первой версии материала "
                                                   "была указана неверная дата выхода.")),
        ),
    )


# --- a Korean games news site ------------------------------------------------------------

GSTAR = {2015: ("2015-11-12", "2015-11-15"), 2016: ("2016-11-17", "2016-11-20"),
         2017: ("2017-11-16", "2017-11-19"), 2018: ("2018-11-15", "2018-11-18"),
         2019: ("2019-11-14", "2019-11-17"), 2020: ("2020-11-19", "2020-11-22")}
PP_REDESIGN = _iso(GSTAR[2018][0])  # relaunched on the opening day of G-Star 2018
PP_COPYRIGHT = dt.date(2017, 3, 1)
PP_DISCORD = dt.date(2019, 7, 1)


def _pp_dated(day: dt.date) -> str:
    if day < PP_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return (f"기사입력 {day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]}) "
            f"{{time}}")


@cache
def _pp_gongji() -> Wordings:
    base = _steps((_OLD, "판교플레이 유튜브 채널을 구독하세요"),
                  (PP_DISCORD.isoformat(), "판교플레이 디스코드에서 게이머들과 이야기를 "
                                           "나눠 보세요"))
    shows = [(_iso(first) - 2 * ONE, _iso(last) + ONE,
              f"[지스타 {y}] 부산 벡스코 현장 소식 모아보기" if y < 2020 else
              "[지스타 2020] 온라인으로 열리는 지스타, 발표 일정 총정리")
             for y, (first, last) in GSTAR.items()]
    worlds = [_span("2018-10-01", "2018-11-04", "[롤드컵 2018] 한국에서 열리는 월드 "
                                                "챔피언십 특집 페이지")]
    return _calendar(base, worlds, shows)


def pangyo_style() -> PublisherStyle:
    """A Korean games news site: a section from a pool, "입력" with the dotted date and the
    time turned "기사입력" with the long date and the weekday on the opening day of G-Star
    2018 (a wording per day), the reporter line reworded, a game box with platforms and
    the Korean rating from pools, "[관련기사]" and "광고" mid-body, a YouTube line turned a
    Discord appeal and turned by each G-Star (online in 2020) and the 2018 Worlds in Korea,
    the tip-off line, the youth-protection officer and the copyright line reworded in 2017
    (a block), a rare correction."""
    return PublisherStyle(
        domain="pangyoplay.co.kr", site="판교플레이", base_size=150,
        subdomains=(("www.", 100),),
        sections=("game", "esports", "mobile", "console", "indie", "industry"),
        n_authors=8, url_path="/news/articleView.html?idxno={n}",
        pools={
            "seksyeon": ("게임", "e스포츠", "모바일", "콘솔", "인디", "업계"),
            "deunggeup": ("전체이용가", "12세이용가", "15세이용가", "청소년이용불가"),
            "peullaetpom": ("PC", "모바일", "PS4", "닌텐도 스위치", "Xbox One"),
        },
        families=(
            _f("seksyeon", HEADER, 0.45, (_OLD, "{seksyeon}")),
            _f("ipryeok", HEADER, 0.9, *_by_day(_pp_dated)),
            _f("gija", HEADER, 0.6, (_OLD, "{author} 기자"),
               (PP_REDESIGN.isoformat(), "[판교플레이 {author} 기자]")),
            _f("jeongbo", MIDDLE, 0.2, (_OLD, "게임 정보 | 플랫폼: {peullaetpom_list} | 등급: "
                                              "{deunggeup}")),
            _f("gwallyeon", MIDDLE, 0.4, (_OLD, "[관련기사] {other_title}")),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "광고")),
            _f("gongji", FOOTER, 0.25, *_pp_gongji()),
            _f("jebo", FOOTER, 0.35, (_OLD, "기사제보 및 보도자료 news@pangyoplay.co.kr")),
            _f("cheongsonyeon", FOOTER, 0.2, (_OLD, "청소년보호책임자: 이도윤")),
            _f("jeojakgwon", FOOTER, 0.5, (_OLD, "Copyright © 판교플레이. All rights "
                                                 "reserved."),
               (PP_COPYRIGHT.isoformat(), "저작권자 © 판교플레이 무단전재 및 재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 본 기사의 출시일 정보를 바로잡습니다.")),
        ),
    )


# --- a Chinese games portal --------------------------------------------------------------

CHINAJOY = {2015: ("2015-07-30", "2015-08-02"), 2016: ("2016-07-28", "2016-07-31"),
            2017: ("2017-07-27", "2017-07-30"), 2018: ("2018-08-03", "2018-08-06"),
            2019: ("2019-08-02", "2019-08-05"), 2020: ("2020-07-31", "2020-08-03")}
YQ_REDESIGN = _iso(CHINAJOY[2018][0])  # relaunched on the opening day of ChinaJoy 2018
YQ_SHENGMING = dt.date(2018, 1, 1)
YQ_BILIBILI = dt.date(2019, 5, 1)
YQ_BEIAN = dt.date(2017, 6, 1)
# The licence numbers a game box prints: the last year's, then the new administration's.
YQ_SHENPI = (dt.date(2017, 1, 1), dt.date(2019, 3, 1))
SHENGXIAO = {2015: "羊", 2016: "猴", 2017: "鸡", 2018: "狗", 2019: "猪", 2020: "鼠", 2021: "牛"}


def _yq_dated(day: dt.date) -> str:
    if day < YQ_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return f"发布时间：{day.year}年{day.month}月{day.day}日 {XINGQI[day.weekday()]} {{time}}"


@cache
def _yq_guanzhu() -> Wordings:
    base = _steps((_OLD, "关注游戏前线微信公众号，获取最新游戏资讯"),
                  (YQ_BILIBILI.isoformat(), "关注游戏前线B站账号与微信公众号，第一时间看新游"
                                            "情报"))
    expos = [(_iso(first) - 2 * ONE, _iso(last) + ONE, f"ChinaJoy {y}：游戏前线现场直击")
             for y, (first, last) in CHINAJOY.items()]
    worlds = [(_iso(day) - 6 * ONE, _iso(day) + 2 * ONE, f"{y}英雄联盟全球总决赛：决赛专题")
              for y, day in WORLDS_FINALS.items() if y < 2021]
    ti9 = [_span("2019-08-15", "2019-08-25", "TI9 上海：DOTA2 国际邀请赛专题")]
    spring = [(_iso(day) - ONE, _iso(day) + 7 * ONE, f"春节假期本站更新放缓，祝大家"
                                                     f"{SHENGXIAO[y]}年快乐")
              for y, day in LUNAR_NEW_YEAR.items() if y < 2021]
    stay_home = [_span("2020-02-02", "2020-03-31", "宅家玩什么？游戏前线战疫专题推荐")]
    return _calendar(base, stay_home, ti9, expos, worlds, spring)


def youxiqianxian_style() -> PublisherStyle:
    """A Chinese games portal: a column from a pool, the ISO date and time turned
    "发布时间：" with the long date and 星期 on the opening day of ChinaJoy 2018 (a wording
    per day), the source from a pool, the author turned author and editor, "相关阅读："
    and "广告" mid-body, a game-licence line from pools of the licence numbers of its years
    (the new administration's from 2019), the reprint statement reworded in 2018, a WeChat
    line turned a Bilibili appeal and turned by each ChinaJoy, the Worlds finals, TI9 in
    Shanghai, the Spring Festival with its zodiac animal and the 2020 stay-at-home weeks,
    the healthy-gaming advice, the ICP line reworded in 2017 and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="youxiqianxian.com", site="游戏前线", base_size=140,
        subdomains=(("www.", 80), ("news.", 20)),
        sections=("news", "pingce", "dianjing", "shouyou", "zhuji", "chanye"),
        n_authors=7, url_path="/{section}/{yyyy}{mm}/{n}.html",
        pools={
            "lanmu": ("新闻", "评测", "电竞", "手游", "主机", "产业"),
            "laiyuan": ("游戏前线", "官方微博", "厂商供稿", "网络"),
            "shenpi_old": ("新广出审[2014]1262号", "新广出审[2015]517号", "新广出审[2014]1510号",
                           "新广出审[2015]1108号"),
            "shenpi_mid": ("新广出审[2016]3310号", "新广出审[2017]8721号", "新广出审[2016]4102号",
                           "新广出审[2017]2255号"),
            "shenpi": ("国新出审[2019]1543号", "国新出审[2020]602号", "国新出审[2019]2977号",
                       "国新出审[2020]1186号"),
        },
        families=(
            _f("lanmu", HEADER, 0.5, (_OLD, "{lanmu}")),
            _f("shijian", HEADER, 0.9, *_by_day(_yq_dated)),
            _f("laiyuan", HEADER, 0.5, (_OLD, "来源：{laiyuan}")),
            _f("zuozhe", HEADER, 0.6, (_OLD, "作者：{author}"),
               (YQ_REDESIGN.isoformat(), "作者：{author}　责任编辑：{author2}")),
            _f("xiangguan", MIDDLE, 0.4, (_OLD, "相关阅读：{other_title}")),
            _f("guanggao", MIDDLE, 0.25, (_OLD, "广告")),
            _f("banhao", MIDDLE, 0.12, (_OLD, "审批文号：{shenpi_old}"),
               (YQ_SHENPI[0].isoformat(), "审批文号：{shenpi_mid}"),
               (YQ_SHENPI[1].isoformat(), "审批文号：{shenpi}")),
            _f("shengming", FOOTER, 0.35, (_OLD, "声明：本文为游戏前线原创，转载请注明出处。"),
               (YQ_SHENGMING.isoformat(), "本文由游戏前线原创，未经授权禁止转载，违者必究。")),
            _f("guanzhu", FOOTER, 0.3, *_yq_guanzhu()),
            _f("jiankang", FOOTER, 0.3, (_OLD, "健康游戏忠告：抵制不良游戏，拒绝盗版游戏。注意"
                                               "自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏"
                                               "伤身。合理安排时间，享受健康生活。")),
            _f("beian", FOOTER, 0.3, (_OLD, "沪ICP备15023417号"),
               (YQ_BEIAN.isoformat(), "沪ICP备15023417号-2 | 沪公网安备 31010402004521号")),
            _f("banquan", FOOTER, 0.35, (_OLD, "Copyright © 2014-{year} 游戏前线 版权所有")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：此前报道中的上线日期有误，现已更正。")),
        ),
    )


# --- a Turkish games site ----------------------------------------------------------------

OK_REDESIGN = dt.date(2019, 3, 1)
OK_DISCORD = dt.date(2018, 5, 1)
OK_KVKK = dt.date(2018, 5, 25)
FIYAT = (("2014-01-01", "149 TL (KDV dahil)"), ("2016-01-01", "199 TL (KDV dahil)"),
         ("2018-09-01", "299 TL (KDV dahil)"), ("2019-06-01", "399 TL (KDV dahil)"),
         ("2020-03-01", "449 TL (KDV ve %7,5 dijital hizmet vergisi dahil)"))


def _ok_dated(day: dt.date) -> str:
    if day < OK_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} - {{time}}"
    return (f"Güncelleme: {day.day} {AYLAR[day.month - 1]} {day.year} "
            f"{GUNLER[day.weekday()]}, {{time}}")


@cache
def _ok_duyuru() -> Wordings:
    base = _steps((_OLD, "Haftanın indirimleri için e-bültenimize abone olun"),
                  (OK_DISCORD.isoformat(), "Discord sunucumuza katılın, oyun sohbetine ortak "
                                           "olun"))
    sales = steam_sale_events(
        lambda season, y: f"☀️ Steam Yaz İndirimi {y} başladı: kaçırılmayacak fırsatlar"
        if season == "summer" else f"❄️ Steam Kış İndirimi {y}: en iyi fırsatlar burada")
    return _calendar(base, sales)


def oyunkulesi_style() -> PublisherStyle:
    """A Turkish games site: a category from a pool, the numeric date with the time turned
    "Güncelleme:" with the long date and the weekday on 1 March 2019 (a wording per day),
    "Yazar:", a PEGI and platform box from pools, "İlginizi çekebilir:" and "Reklam" (up to
    twice) mid-body, a newsletter line turned a Discord appeal and turned by Steam's summer
    and winter sales, a review-copy line from a pool, the Turkish price (rising with the
    lira's fall and gaining the digital services tax in 2020), a cookie line reworded for
    the data-protection law and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="oyunkulesi.com", site="Oyun Kulesi", base_size=110,
        subdomains=(("www.", 100),),
        sections=("haber", "inceleme", "onizleme", "espor", "donanim", "mobil"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "kategori": ("Haber", "İnceleme", "Önizleme", "Espor", "Donanım", "Mobil"),
            "pegi": ("3", "7", "12", "16", "18"),
            "platform": ("PC", "PS4", "Xbox One", "Switch"),
            "dagitici": ("Sony Türkiye", "Microsoft Türkiye", "Ubisoft", "Bandai Namco",
                         "Koch Media"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.9, *_by_day(_ok_dated)),
            _f("yazar", HEADER, 0.6, (_OLD, "Yazar: {author}")),
            _f("duyuru", HEADER, 0.25, *_ok_duyuru()),
            _f("kutu", MIDDLE, 0.2, (_OLD, "Yaş sınırı: PEGI {pegi} · Platform: "
                                           "{platform_list}")),
            _f("ilginizi", MIDDLE, 0.4, (_OLD, "İlginizi çekebilir: {other_title}")),
            _f("reklam", MIDDLE, 0.3, (_OLD, "Reklam"), count=2),
            _f("kopya", FOOTER, 0.15, (_OLD, "İnceleme kopyası {dagitici} tarafından "
                                             "sağlanmıştır.")),
            _f("fiyat", FOOTER, 0.15, *by_table(FIYAT, lambda v: f"Türkiye çıkış fiyatı: "
                                                                 f"{v}")),
            _f("cerez", FOOTER, 0.2, (_OLD, "Sitemizde çerezler kullanılmaktadır."),
               (OK_KVKK.isoformat(), "Kişisel verileriniz 6698 sayılı KVKK kapsamında "
                                     "işlenmektedir. Çerez politikamızı inceleyebilirsiniz.")),
            _f("telif", FOOTER, 0.35, (_OLD, "© {year} Oyun Kulesi. Tüm hakları saklıdır. "
                                             "İçerikler izinsiz kopyalanamaz.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberin ilk halinde çıkış tarihi "
                                                "yanlış verilmişti.")),
        ),
    )


# --- an American live-service game publisher's news and patch notes ---------------------

SH_REDESIGN = dt.date(2019, 2, 12)
SH_SEASON_ONE = dt.date(2015, 1, 6)  # a Tuesday: a patch every second Tuesday, ten a season
SH_ESRB = (("2014-01-01", "Online Interactions Not Rated by the ESRB."),
           ("2018-04-16", "In-Game Purchases. Users Interact."),
           ("2020-04-13", "In-Game Purchases (Includes Random Items). Users Interact."))
SH_PLATFORMS = (("2014-01-01", "PC, PlayStation 4 and Xbox One"),
                ("2018-09-18", "PC, PlayStation 4, Xbox One and Nintendo Switch"),
                ("2020-11-10", "PC, PlayStation 5, PlayStation 4, Xbox Series X|S, Xbox One "
                               "and Nintendo Switch"))


def patch_of(day: dt.date) -> tuple[int, int]:
    """The live season and patch on `day`: a patch every second Tuesday from the first
    season's, ten patches a season."""
    patches = max(0, (day - SH_SEASON_ONE).days // 14)
    return patches // 10 + 1, patches % 10


def _sh_dated(day: dt.date) -> str:
    if day < SH_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Posted {MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{time12}} PT"


def _sh_version(day: dt.date) -> str:
    season, patch = patch_of(day)
    return f"Live version: {season}.{patch} · Season {season}"


def _sh_maintenance(day: dt.date) -> str:
    tuesday = on_or_after(day, 1)
    return (f"Scheduled maintenance: Tuesday, {MONTHS[tuesday.month - 1]} {tuesday.day}, "
            f"5:00–7:00 AM PT. Servers will be unavailable.")


@cache
def _sh_social() -> Wordings:
    base = _steps((_OLD, "Follow Stormhaven on Twitter for server status updates."))
    fall = _yearly("10-20", 0, 14, lambda y: f"🎃 Nightfall {y} is live until November 3: "
                                             f"log in for the free cosmetics")
    winter = _yearly("12-15", 0, 20, lambda y: f"❄️ Winterfest {y} runs until January 4. "
                                               f"Double XP every weekend!",
                     years=range(2014, 2021))
    anniversary = _yearly("03-24", 0, 6, lambda y: f"🎂 Stormhaven turns {y - 2014}: "
                                                   f"anniversary rewards all week")
    return _calendar(base, fall, winter, anniversary)


def stormhaven_style() -> PublisherStyle:
    """An American live-service game publisher's news and patch notes: a category from a
    pool, the long date turned "Posted" with the time on 12 February 2019 (a wording per
    day), the writer with the role, the live version and season (a wording per two weeks),
    the next Tuesday's scheduled maintenance (a wording per week), the platforms (the Switch
    in 2018, the new consoles in 2020), a known issue from a pool, the feedback line, a
    Twitter line turned by the Nightfall and Winterfest events and each anniversary week,
    the ESRB rating with its interactive elements (In-Game Purchases in 2018, Includes
    Random Items in 2020) and the legal line (a block), a rare edit note."""
    return PublisherStyle(
        domain="stormhavengames.com", site="Stormhaven", base_size=90,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("patch-notes", "dev-updates", "community", "events", "esports"),
        n_authors=5, url_path="/news/{slug}",
        pools={
            "category": ("Patch Notes", "Dev Update", "Community", "Events", "Esports",
                         "Known Issues"),
            "beat": ("Community Manager", "Lead Designer", "Live Producer", "QA Lead",
                     "Game Director"),
            "issue": ("some players may disconnect when joining a party",
                      "voice chat can cut out after a match",
                      "the Harbor map may load without textures",
                      "weekly challenges may not track progress",
                      "the store can show the wrong price in some regions"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("posted", HEADER, 0.85, *_by_day(_sh_dated)),
            _f("author", HEADER, 0.5, (_OLD, "By {author}, {author_beat}")),
            _f("version", HEADER, 0.4, *_by_day(_sh_version)),
            _f("maintenance", HEADER, 0.25, *_by_day(_sh_maintenance)),
            _f("platforms", HEADER, 0.2, *by_table(SH_PLATFORMS, lambda v: f"Available on "
                                                                           f"{v}.")),
            _f("known-issue", MIDDLE, 0.2, (_OLD, "Known issue: {issue}. A fix is on the "
                                                  "way.")),
            _f("feedback", FOOTER, 0.3, (_OLD, "Share your feedback on the official forums "
                                               "or in #patch-feedback on our Discord.")),
            _f("social", FOOTER, 0.25, *_sh_social()),
            _f("rating", FOOTER, 0.35, *by_table(SH_ESRB, lambda v: f"Rated T for Teen: "
                                                                    f"Blood, Mild Language, "
                                                                    f"Violence. {v}")),
            _f("legal", FOOTER, 0.35, (_OLD, "© 2014–{year} Stormhaven Entertainment, LLC. "
                                             "Stormhaven and the Stormhaven logo are "
                                             "trademarks of Stormhaven Entertainment, LLC.")),
            _f("edit", HEADER, 0.04, (_OLD, "[Edit: maintenance has been extended by one "
                                            "hour.]")),
        ),
    )


# --- an American game-deals site ---------------------------------------------------------

LD_REDESIGN = dt.date(2018, 11, 1)
LD_AFFILIATE = dt.date(2018, 6, 1)
EPIC_FREE = dt.date(2018, 12, 13)  # free games every Thursday from here
PRIME_DAY = {2015: "2015-07-15", 2016: "2016-07-12", 2017: "2017-07-11", 2018: "2018-07-16",
             2019: "2019-07-15", 2020: "2020-10-13"}
SUBSCRIPTIONS = (("2014-01-01", "PlayStation Plus $49.99 a year"),
                 ("2017-09-22", "PlayStation Plus $59.99 a year"),
                 ("2018-09-18", "PlayStation Plus $59.99 a year · Nintendo Switch Online "
                                "$19.99 a year"),
                 ("2019-04-18", "PlayStation Plus $59.99 a year · Nintendo Switch Online "
                                "$19.99 a year · Xbox Game Pass Ultimate $14.99 a month"))


def _ld_dated(day: dt.date) -> str:
    text = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return text if day < LD_REDESIGN else f"Updated {text}"


def _ld_checked(day: dt.date) -> str:
    return (f"Prices checked {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day} at "
            f"{{time12}} ET and may change.")


def _ld_epic(day: dt.date) -> str:
    if day < EPIC_FREE:
        return "Check back every Thursday for the week's best free-to-keep games."
    thursday = after(day, 3)
    return (f"🎁 Free on the Epic Games Store until Thursday, {MONTHS[thursday.month - 1]} "
            f"{thursday.day}, 11am ET")


@cache
def _ld_banner() -> Wordings:
    base = _steps((_OLD, "Deals are updated daily: bookmark this page."))
    prime = [(_iso(day) - 2 * ONE, _iso(day) + 2 * ONE,
              f"📦 Prime Day {y}: the best video game deals, live") for y, day in
             PRIME_DAY.items()]
    black = [(thanksgiving(y) - 6 * ONE, thanksgiving(y) + 5 * ONE,
              f"🛍️ Black Friday {y}: every PS4, Xbox One and Switch deal"
              if y < 2020 else "🛍️ Black Friday 2020: every game deal, plus where to find a "
                               "PS5") for y in YEARS]
    sales = steam_sale_events(lambda season, y: f"Steam {season.capitalize()} Sale {y}: the "
                                                f"deals worth your money")
    return _calendar(base, black, prime, sales)


def lootdrop_style() -> PublisherStyle:
    """An American game-deals site: the long date turned "Updated" on 1 November 2018 (a
    wording per day), "Prices checked" with the weekday, the day and the time (a wording per
    day), the affiliate line reworded in 2018, a banner turned by Black Friday, Prime Day and
    Steam's sales, the Epic Games Store's free game to the next Thursday (a wording per week
    from December 2018), "Buy it at:" from a pool and "More deals:" mid-body, the
    subscription prices (PlayStation Plus raised in 2017, Switch Online in 2018, Game Pass
    Ultimate in 2019), the prices disclaimer and the copyright line (a block), a rare
    expired-deal line."""
    return PublisherStyle(
        domain="lootdropdeals.com", site="Loot Drop Deals", base_size=70,
        subdomains=(("www.", 100),),
        sections=("deals", "ps4", "xbox", "switch", "pc", "hardware"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={"store": ("Amazon", "Best Buy", "GameStop", "Walmart", "Target", "Newegg")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_ld_dated)),
            _f("checked", HEADER, 0.5, *_by_day(_ld_checked)),
            _f("affiliate", HEADER, 0.7,
               (_OLD, "Loot Drop Deals earns a commission when you buy through the store "
                      "links below."),
               (LD_AFFILIATE.isoformat(), "We may earn a commission from purchases made "
                                          "through links on this page. Our picks are "
                                          "independent.")),
            _f("banner", HEADER, 0.3, *_ld_banner()),
            _f("epic", HEADER, 0.25, *_by_day(_ld_epic)),
            _f("stores", MIDDLE, 0.4, (_OLD, "Buy it at: {store_list}")),
            _f("more-deals", MIDDLE, 0.3, (_OLD, "More deals: {other_title}")),
            _f("subscriptions", FOOTER, 0.15, *by_table(SUBSCRIPTIONS, lambda v: f"List "
                                                                              f"prices: {v}")),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "Prices and availability are accurate as of "
                                                 "the date and time indicated and are subject "
                                                 "to change.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Loot Drop Deals. All rights "
                                                "reserved.")),
            _f("expired", HEADER, 0.04, (_OLD, "Update: this deal has expired.")),
        ),
    )


# --- a Brazilian esports site ------------------------------------------------------------

TG_REDESIGN = dt.date(2018, 7, 1)
BR_SUMMER_TIME = (("2014-10-19", "2015-02-22"), ("2015-10-18", "2016-02-21"),
                  ("2016-10-16", "2017-02-19"), ("2017-10-15", "2018-02-18"),
                  ("2018-11-04", "2019-02-17"))  # abolished in 2019
MESES_CURTOS = ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov",
                "dez")


def brasilia_summer_time(day: dt.date) -> bool:
    """Whether Brasília keeps summer time (UTC−2) on `day`."""
    return any(_iso(first) <= day < _iso(end) for first, end in BR_SUMMER_TIME)


def _tg_dated(day: dt.date) -> str:
    if day < TG_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return f"{day.day} {MESES_CURTOS[day.month - 1]} {day.year} • {{time}}"


def _tg_fuso(day: dt.date) -> str:
    if brasilia_summer_time(day):
        return "Todos os horários no fuso de Brasília (UTC−2, horário de verão)"
    return "Todos os horários no fuso de Brasília (UTC−3)"


def _tg_contagem(day: dt.date) -> str:
    for y, final in sorted(WORLDS_FINALS.items()):
        left = (_iso(final) - day).days
        if left == 0:
            return f"É hoje: final do Mundial de LoL {y}"
        if left > 0:
            return (f"Falta 1 dia para a final do Mundial de LoL {y}" if left == 1 else
                    f"Faltam {left} dias para a final do Mundial de LoL {y}")
    raise ValueError(day)


def torcida_style() -> PublisherStyle:
    """A Brazilian esports site: the game from a pool, the numeric date and the time turned
    the short date on 1 July 2018 (a wording per day), a countdown to the next Worlds final
    (a wording per day), the Brasília time-zone line turned on the days Brazil's summer time
    began and ended (abolished in 2019), "Por", "LEIA MAIS:" and a stream line from a pool
    mid-body, a betting line, a Discord appeal, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="torcidagamer.com.br", site="Torcida Gamer", base_size=60,
        subdomains=(("", 100),),
        sections=("lol", "csgo", "free-fire", "r6", "dota2"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "modalidade": ("LoL", "CS:GO", "Free Fire", "Rainbow Six", "Dota 2", "Fortnite"),
            "canal": ("twitch.tv/cblol", "youtube.com/riotgamesbrasil", "twitch.tv/gaules",
                      "twitch.tv/freefirebr"),
        },
        families=(
            _f("modalidade", HEADER, 0.5, (_OLD, "{modalidade}")),
            _f("data", HEADER, 0.85, *_by_day(_tg_dated)),
            _f("contagem", HEADER, 0.3, *_by_day(_tg_contagem)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("fuso", MIDDLE, 0.25, *_by_day(_tg_fuso)),
            _f("leia", MIDDLE, 0.35, (_OLD, "LEIA MAIS: {other_title}")),
            _f("assista", MIDDLE, 0.3, (_OLD, "Assista ao vivo: {canal}")),
            _f("aposta", FOOTER, 0.15, (_OLD, "Conteúdo para maiores de 18 anos. Aposte com "
                                              "responsabilidade.")),
            _f("discord", FOOTER, 0.3, (_OLD, "Participe da comunidade Torcida Gamer no "
                                              "Discord!")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Torcida Gamer – Todos os direitos "
                                                "reservados")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: o horário da partida foi "
                                                "atualizado.")),
        ),
    )


# --- a British indie studio's devlog -----------------------------------------------------

HF_BUILDS = (("2014-01-01", "pre-alpha (not yet public)"),
             ("2016-06-01", "v0.3 closed alpha"),
             ("2017-03-02", "v0.6.0 (Early Access)"),
             ("2017-08-17", "v0.7.2 (Early Access)"),
             ("2018-02-22", "v0.8.0 (Early Access)"),
             ("2018-11-08", "v0.9.1 (Early Access)"),
             ("2019-09-12", "v1.0.0"),
             ("2019-12-05", "v1.1.3"),
             ("2020-05-21", "v1.2.0 (PC and Nintendo Switch)"),
             ("2020-10-29", "v1.2.4 (PC and Nintendo Switch)"))
HF_STORES = (("2014-01-01", "🌿 Wishlist Mossbound on Steam: it really helps a small team "
                            "like ours!"),
             ("2017-03-02", "🌿 Mossbound is out now in Steam Early Access."),
             ("2019-09-12", "🌿 Mossbound is out now on Steam, GOG and itch.io."),
             ("2020-05-21", "🌿 Mossbound is out now on Steam, GOG, itch.io and Nintendo "
                            "Switch."))


def _hf_dated(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _hf_store(day: dt.date) -> str:
    if day >= _iso("2017-03-02"):
        for first, last, season in STEAM_SALES:
            if _iso(first) <= day <= _iso(last):
                off = 20 if day < _iso("2019-09-12") else 40
                return (f"🌿 Mossbound is {off}% off in the Steam {season.capitalize()} Sale "
                        f"until {int(last[8:])} {MONTHS[int(last[5:7]) - 1]}.")
    return in_force(day, HF_STORES)


def hollowfern_style() -> PublisherStyle:
    """A British indie studio's devlog: the kind of post from a pool, the long date (a
    wording per day), "Posted by", the current build (changing on each release day), a
    bug-report line mid-body, the sign-off, the store line (a wishlist appeal, then Early
    Access, the 1.0 launch and the Switch release) turned by Steam's sales with the
    discount, the Discord invitation, the press line and the legal line (a block)."""
    return PublisherStyle(
        domain="hollowferngames.com", site="Hollow Fern Games", base_size=45,
        subdomains=(("", 100),),
        sections=("devlog", "news"),
        n_authors=3, url_path="/blog/{slug}",
        pools={"kind": ("Devlog", "Patch notes", "Announcement", "Behind the scenes")},
        families=(
            _f("kind", HEADER, 0.5, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.8, *_by_day(_hf_dated)),
            _f("posted-by", HEADER, 0.6, (_OLD, "Posted by {author}")),
            _f("build", HEADER, 0.35, *by_table(HF_BUILDS, lambda v: f"Current build: {v}")),
            _f("bugs", MIDDLE, 0.15, (_OLD, "Found a bug? Send your save file and log to "
                                            "bugs@hollowferngames.com.")),
            _f("signoff", FOOTER, 0.4, (_OLD, "Thanks for reading, and see you in the next "
                                              "devlog! – the Hollow Fern Games team")),
            _f("store", FOOTER, 0.5, *_by_day(_hf_store)),
            _f("discord", FOOTER, 0.4, (_OLD, "Come and say hi on our Discord: "
                                              "discord.gg/mossbound")),
            _f("press", FOOTER, 0.2, (_OLD, "Press: find our presskit and request a key at "
                                            "hollowferngames.com/press")),
            _f("legal", FOOTER, 0.2, (_OLD, "Mossbound © 2015–{year} Hollow Fern Games Ltd. "
                                            "Steam and the Steam logo are trademarks of Valve "
                                            "Corporation.")),
        ),
    )


# --- the official notice board of a Korean mobile game ---------------------------------

BY_REDESIGN = dt.date(2019, 4, 11)
BY_HWAKRYUL = dt.date(2018, 7, 1)  # probability disclosure extended to every paid item


def _by_dated(day: dt.date) -> str:
    if day < BY_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"등록일 {day.isoformat()} {{time}}"


def _by_jeomgeom(day: dt.date) -> str:
    thursday = on_or_after(day, 3)
    return (f"정기점검: {thursday.month}월 {thursday.day}일(목) 오전 6시 ~ 오전 10시 "
            f"(점검 시간은 변동될 수 있습니다)")


@cache
def _by_gogaek() -> Wordings:
    base = _steps((_OLD, "고객센터 운영시간: 평일 10:00~19:00 (주말 및 공휴일 휴무)"))

    def closure(name: str, days: dict[int, str]) -> list[Event]:
        out: list[Event] = []
        for y, text in days.items():
            if y > 2020:
                continue
            day = _iso(text)
            first, last = day - ONE, day + ONE
            out.append((first - 5 * ONE, last + ONE,
                        f"{name} 연휴 고객센터 휴무: {first.month}월 {first.day}일 ~ "
                        f"{last.month}월 {last.day}일"))
        return out

    return _calendar(base, closure("설", LUNAR_NEW_YEAR), closure("추석", CHUSEOK))


def byeolbit_style() -> PublisherStyle:
    """The official notice board of a Korean mobile game: the post's tag from a pool, the
    dotted date turned "등록일" with the ISO date and the time on 11 April 2019 (a wording
    per day), the greeting, the GM from a pool, the next Thursday's maintenance (a wording
    per week), the thanks, the probability-disclosure line reworded in July 2018, the
    shutdown-law line, the customer-centre hours turned by the Seollal and Chuseok closures
    with their dates, the rating line and the company imprint (a block), a rare amended-
    notice line."""
    return PublisherStyle(
        domain="byeolbit-chronicle.co.kr", site="별빛연대기", base_size=35,
        subdomains=(("www.", 60), ("m.", 40)),
        sections=("notice", "event", "update"),
        n_authors=2, url_path="/board/{section}/{n}",
        pools={
            "malmeori": ("[공지]", "[점검]", "[이벤트]", "[업데이트]", "[GM노트]"),
            "gm": ("GM별하", "GM다온", "GM유리", "운영자"),
        },
        families=(
            _f("malmeori", HEADER, 0.6, (_OLD, "{malmeori}")),
            _f("deungrok", HEADER, 0.85, *_by_day(_by_dated)),
            _f("jakseongja", HEADER, 0.5, (_OLD, "작성자: {gm}")),
            _f("insa", HEADER, 0.55, (_OLD, "안녕하세요, 모험가 여러분. 별빛연대기 운영팀입니다.")),
            _f("jeomgeom", HEADER, 0.3, *_by_day(_by_jeomgeom)),
            _f("gamsa", FOOTER, 0.5, (_OLD, "감사합니다.")),
            _f("hwakryul", FOOTER, 0.3,
               (_OLD, "확률형 아이템 정보는 게임 내 상점에서 확인하실 수 있습니다."),
               (BY_HWAKRYUL.isoformat(), "확률형 아이템의 종류와 획득 확률은 게임 내 상점 및 공식 "
                                         "홈페이지 확률 공개 페이지에서 확인하실 수 있습니다.")),
            _f("shutdown", FOOTER, 0.2, (_OLD, "「청소년 보호법」에 따라 만 16세 미만 "
                                               "이용자는 오전 0시부터 오전 6시까지 게임 "
                                               "이용이 제한됩니다.")),
            _f("gogaek", FOOTER, 0.3, *_by_gogaek()),
            _f("deunggeup", FOOTER, 0.3, (_OLD, "게임물 등급: 12세이용가 | 등급분류번호: "
                                                "CC-OM-150917-004")),
            _f("saeopja", FOOTER, 0.3, (_OLD, "(주)스타로드게임즈 | 대표이사 박정훈 | "
                                              "사업자등록번호 220-88-45123 | 경기도 성남시 분당구 "
                                              "판교역로 235")),
            _f("sujeong", HEADER, 0.05, (_OLD, "※ 본 공지는 내용이 수정되었습니다. (점검 시간 "
                                               "연장)")),
        ),
    )


def heldout195_styles() -> list[PublisherStyle]:
    """The held-back-195 styles, in the order the generator hands them to publishers."""
    return [
        respawn_style(), lastcircle_style(), jogatina_style(), kiberpult_style(),
        pangyo_style(), youxiqianxian_style(), oyunkulesi_style(), stormhaven_style(),
        lootdrop_style(), torcida_style(), hollowfern_style(), byeolbit_style(),
    ]
