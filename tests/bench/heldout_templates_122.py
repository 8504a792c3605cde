"""The ``held-back-122`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-120 set. It was
written WITHOUT looking at cleanpipe's code (nothing under ``cleanpipe/`` but the generator's
model and template types in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names
come from `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real consumer-media sites print,
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
network's disclosure or price note. The publishers are consumer media: a US entertainment and
celebrity news site, a US consumer-tech review and deals site, a German car magazine, a French
fashion and beauty magazine, an Italian celebrity and TV gossip site, a Polish tech review and
deals site, a Japanese entertainment news site, a British motoring review site, a German beauty
magazine, a Japanese gadget review and deals blog, a Polish celebrity site and a small Italian
beauty blog. The families are the kinds a crawl of such sites holds: dates localised day by day
in American and British English (Pacific time with daylight saving), German, French, Italian,
Polish (genitive months) and Japanese (the Reiwa era from its first day), several changing
form on the day of a redesign; lines that turn every day or week (a deal of the day, a
celebrity birthday line, fuel prices by day and by week, a car magazine's fortnightly issue, a
horoscope with the zodiac season, tonight's TV, the week's deals, a weekly ranking, a daily
time sale, an Advent calendar's door); affiliate disclosures (reworded as the rules and the
programmes changed), sponsored-content and advertising labels (German "Werbung" after the
2018 rulings, the Italian "#adv"), price and deal boxes, ratings and spec lines, fuel
consumption notices turned from NEFZ to WLTP, giveaways with their closing days and prizes,
subscription prices rising (and falling with Germany's 2020 VAT cut, rising with Japan's 2019
consumption tax), road tax and finance examples, cookie, GDPR, RODO and CCPA lines,
newsletter, app and messenger appeals, and notices that follow the trade's calendars (the
award shows with their ordinals, the Met Gala, a royal wedding, CES, Prime Day, Apple's
autumn events, Black Friday and Cyber Monday, Singles' Day, the Geneva show (canceled in
2020) and the IAA, winter-tyre season, Paris fashion weeks, the French sales (moved and
shortened in 2020), Mother's Days, Sanremo and Venice with their editions, the Kōhaku with its
number, the change of era, number-plate months, MOT and ULEZ changes, Goodwood, the 2020
lockdowns), multi-line blocks, mid-body inserts (related links up to twice, ads, photo
credits, prices, specs), bare lines and families in only 4% of articles beside ones in nearly
all. The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    easter,
    iso_day,
    nth_weekday,
    ordinal,
    thanksgiving,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

ONE = dt.timedelta(days=1)

EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")
DE_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
               "Sonntag")
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre")
IT_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
PL_MONTHS_GENITIVE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                      "sierpnia", "września", "października", "listopada", "grudnia")
PL_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
JA_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")

REIWA = dt.date(2019, 5, 1)  # the first day of Japan's Reiwa era


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month."""
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1) - ONE


def black_friday(y: int) -> dt.date:
    """The day after US Thanksgiving."""
    return thanksgiving(y) + ONE


def cyber_monday(y: int) -> dt.date:
    """The Monday after US Thanksgiving."""
    return thanksgiving(y) + 4 * ONE


def us_summer_time(day: dt.date) -> bool:
    """Whether US daylight saving time is in force on `day`."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def comma(value: float, places: int = 2) -> str:
    """`value` with a decimal comma: 1,42."""
    return f"{value:.{places}f}".replace(".", ",")


def en_long(day: dt.date) -> str:
    """"Friday, June 21, 2019"."""
    return f"{EN_WEEKDAYS[day.weekday()]}, {EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def japanese_era(day: dt.date) -> str:
    """The Japanese era year of `day`: 平成27年 to 平成31年, then 令和元年, 令和2年."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return "令和元年" if n == 1 else f"令和{n}年"


def polish_range(first: dt.date, last: dt.date) -> str:
    """A span of days as Polish sites print it: "17–23 czerwca 2019"."""
    if first.year != last.year:
        return (f"{first.day} {PL_MONTHS_GENITIVE[first.month - 1]} {first.year} – "
                f"{last.day} {PL_MONTHS_GENITIVE[last.month - 1]} {last.year}")
    if first.month != last.month:
        return (f"{first.day} {PL_MONTHS_GENITIVE[first.month - 1]} – {last.day} "
                f"{PL_MONTHS_GENITIVE[last.month - 1]} {last.year}")
    return f"{first.day}–{last.day} {PL_MONTHS_GENITIVE[last.month - 1]} {last.year}"


# --- a US entertainment and celebrity news site ----------------------------------------------

GL_REDESIGN = dt.date(2018, 3, 4)  # relaunched on Oscar night 2018
GL_NOTIFY = dt.date(2017, 6, 1)
GL_CCPA = dt.date(2020, 1, 1)

GOLDEN_GLOBES = {2015: "2015-01-11", 2016: "2016-01-10", 2017: "2017-01-08",
                 2018: "2018-01-07", 2019: "2019-01-06", 2020: "2020-01-05"}
GRAMMYS = {2015: "2015-02-08", 2016: "2016-02-15", 2017: "2017-02-12", 2018: "2018-01-28",
           2019: "2019-02-10", 2020: "2020-01-26"}
OSCARS = {2015: "2015-02-22", 2016: "2016-02-28", 2017: "2017-02-26", 2018: "2018-03-04",
          2019: "2019-02-24", 2020: "2020-02-09"}
EMMYS = {2015: "2015-09-20", 2016: "2016-09-18", 2017: "2017-09-17", 2018: "2018-09-17",
         2019: "2019-09-22", 2020: "2020-09-20"}


def met_gala(y: int) -> dt.date:
    """The Met Gala: the first Monday of May (postponed in 2020)."""
    return nth_weekday(y, 5, 0, 1)


def _gl_dated(day: dt.date) -> str:
    zone = "PDT" if us_summer_time(day) else "PST"
    if day < GL_REDESIGN:
        return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year} {{time12}} {zone}"
    return f"{EN_MONTHS[day.month - 1][:3]} {day.day}, {day.year} | Updated {{time12}} {zone}"


def _gl_birthdays(day: dt.date) -> str:
    return (f"🎂 Celebrity birthdays for {EN_WEEKDAYS[day.weekday()]}, "
            f"{EN_MONTHS[day.month - 1]} {day.day}: see which stars are celebrating today")


def _gl_giveaway(day: dt.date) -> str:
    end = month_end(day)
    prize = "$250 gift card" if day.year < 2017 else "$500 beauty haul"
    return (f"🎁 GIVEAWAY: Enter to win a {prize}! NO PURCHASE NECESSARY. Open to legal US "
            f"residents 18+. Ends {EN_MONTHS[end.month - 1]} {end.day}, {end.year} at 11:59 "
            f"p.m. ET.")


def _award(name: str, first_year: int, first_number: int, what: str) -> Callable[[int], str]:
    return lambda y: (f"🏆 The {ordinal(first_number + y - first_year)} {name}: {what}")


def _gl_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for the Glossline Daily newsletter for the latest celebrity "
                         "news"),
                  (GL_NOTIFY.isoformat(), "🔔 Turn on notifications and never miss a "
                                          "celebrity story"))
    shows = _movable(_listed(GOLDEN_GLOBES), 2, 1, _award(
        "Golden Globes", 2015, 72, "the winners list and every red carpet look"))
    shows += _movable(_listed(GRAMMYS), 2, 1, _award(
        "Grammy Awards", 2015, 57, "performers, winners and the night's best moments"))
    shows += _movable(_listed(OSCARS), 3, 1, _award(
        "Academy Awards", 2015, 87, "live coverage from the red carpet to the last envelope"))
    shows += _movable(_listed(EMMYS), 2, 1, _award(
        "Emmy Awards", 2015, 67, "the full list of winners and the red carpet"))
    gala = _movable(lambda y: met_gala(y) if y < 2020 else None, 1, 1,
                    lambda y: f"👗 Met Gala {y}: every look from fashion's biggest night")
    news: list[Event] = [
        _span("2018-05-14", "2018-05-20", "👑 The royal wedding: everything you need to know "
                                          "about Harry and Meghan's big day"),
        _span("2020-03-13", "2020-05-31", "🎬 Hollywood on pause: the premieres, tours and "
                                          "shoots canceled because of the coronavirus"),
    ]
    return _calendar(base, shows, gala, news)


def glossline_style() -> PublisherStyle:
    """A US entertainment and celebrity news site: a kicker, the date, the time and the
    Pacific daylight or standard time turned a short date with "Updated" on Oscar night 2018
    (a wording per day), "By" turned with the role on the same day, "RELATED STORY:" up to
    twice, a photo credit from a pool, "ADVERTISEMENT" up to twice, "WATCH:", the celebrity
    birthdays of the day, a monthly giveaway with its closing day and a prize that grows, a
    newsletter line turned a notifications line and turned by the Globes, the Grammys, the
    Oscars and the Emmys with their ordinals, the Met Gala (none in 2020), the royal wedding
    and Hollywood's 2020 pause, an affiliate line reworded, a tip line, the magazine's price
    rising, terms with a California line from 2020 and a copyright line (a block), a rare
    editor's note."""
    return PublisherStyle(
        domain="glossline.com", site="Glossline", base_size=250,
        subdomains=(("www.", 90), ("", 10)),
        sections=("celebrity", "tv", "movies", "music", "style", "royals"),
        n_authors=14, url_path="/{section}/{slug}-{n}/",
        pools={
            "kicker": ("CELEBRITY", "TV", "MOVIES", "MUSIC", "ROYALS", "RED CARPET",
                       "EXCLUSIVE", "CELEBRITY BABIES"),
            "role": ("Senior Editor", "Staff Writer", "Entertainment Reporter", "Contributor",
                     "Weekend Editor"),
            "photo": ("Getty Images", "Shutterstock", "Instagram", "Backgrid", "MEGA",
                      "Splash News", "AP Images"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_gl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (GL_REDESIGN.isoformat(), "By {author} | {role}")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED STORY: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo credit: {photo}")),
            _f("ad", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("watch", MIDDLE, 0.12, (_OLD, "WATCH: {other_title}")),
            _f("birthdays", FOOTER, 0.1, *_by_day(_gl_birthdays)),
            _f("giveaway", FOOTER, 0.08, *_by_day(_gl_giveaway)),
            _f("notice", FOOTER, 0.3, *_gl_notice()),
            _f("affiliate", FOOTER, 0.2, (_OLD, "Glossline may receive a commission on "
                                                "purchases made through links on this page."),
               ("2019-01-15", "Our editors pick every product we feature. If you buy through "
                              "our links, Glossline may earn a commission.")),
            _f("tips", FOOTER, 0.15, (_OLD, "Got a tip? Email us at tips@glossline.com")),
            _f("magazine", FOOTER, 0.12, (_OLD, "Subscribe to Glossline Weekly: 12 issues for "
                                                "$10"),
               ("2017-01-01", "Subscribe to Glossline Weekly: 12 issues for $12"),
               ("2019-09-01", "Subscribe to Glossline Weekly: 26 issues for $29.99")),
            _f("terms", FOOTER, 0.25, (_OLD, "Use of this site means you agree to our Terms of "
                                             "Use and Privacy Policy."),
               (GL_CCPA.isoformat(), "Use of this site means you agree to our Terms of Use "
                                     "and Privacy Policy. | Do Not Sell My Personal "
                                     "Information")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Glossline Media, LLC. All rights "
                                                "reserved.")),
            _f("editors-note", HEADER, 0.04, (_OLD, "Editor's note: This story has been updated "
                                                    "with a statement from the star's "
                                                    "representative.")),
        ),
    )


# --- a US consumer-tech review and deals site ------------------------------------------------

GP_REDESIGN = dt.date(2017, 1, 5)  # relaunched on the first day of CES 2017
GP_NEWSLETTER = dt.date(2017, 3, 1)
GP_DISCLOSURE = dt.date(2018, 8, 1)

DEAL_ITEMS = ("noise-canceling headphones", "a 65-inch 4K TV", "a robot vacuum",
              "a 2TB portable SSD", "a mesh Wi-Fi kit", "a smart speaker", "a fitness tracker",
              "a mechanical keyboard", "a 27-inch gaming monitor", "an e-reader",
              "a video doorbell", "true wireless earbuds")
CES = (("2015-01-06", "2015-01-09"), ("2016-01-06", "2016-01-09"), ("2017-01-05", "2017-01-08"),
       ("2018-01-09", "2018-01-12"), ("2019-01-08", "2019-01-11"), ("2020-01-07", "2020-01-10"))
PRIME_DAYS = (("2015-07-15", "2015-07-15"), ("2016-07-12", "2016-07-12"),
              ("2017-07-10", "2017-07-11"), ("2018-07-16", "2018-07-17"),
              ("2019-07-15", "2019-07-16"), ("2020-10-13", "2020-10-14"))
APPLE_EVENTS = ("2015-09-09", "2016-09-07", "2017-09-12", "2018-09-12", "2019-09-10")


def _gp_dated(day: dt.date) -> str:
    if day < GP_REDESIGN:
        return f"{EN_MONTHS[day.month - 1][:3]} {day.day}, {day.year} {{time12}}"
    return f"Last updated {EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _gp_deal(day: dt.date) -> str:
    item = DEAL_ITEMS[hashed(day, "gp-item", 0, len(DEAL_ITEMS) - 1)]
    pct = hashed(day, "gp-pct", 15, 60)
    return (f"🔥 Deal of the day ({EN_WEEKDAYS[day.weekday()][:3]}, "
            f"{EN_MONTHS[day.month - 1][:3]} {day.day}): {item}, {pct}% off")


def _gp_prime(first: str, last: str) -> Event:
    a, b = iso_day(first), iso_day(last)
    when = (f"{EN_MONTHS[a.month - 1]} {a.day}" if a == b else
            f"{EN_MONTHS[a.month - 1]} {a.day}-{b.day}")
    return (a - 5 * ONE, b + ONE, f"📦 Prime Day {a.year} is {when}: we're tracking the best "
                                  f"deals live")


def _gp_notice() -> Wordings:
    base = _steps((_OLD, "Follow GearPicks on Twitter for the best deals as we find them"),
                  (GP_NEWSLETTER.isoformat(), "📬 Get the best deals in your inbox: sign up "
                                              "for our Deals Daily newsletter"))
    sales = [_gp_prime(a, b) for a, b in PRIME_DAYS]
    sales += _movable(black_friday, 6, 0, lambda y: f"🛍️ Black Friday {y}: the best deals "
                                                    f"still available, updated hourly")
    sales += _movable(cyber_monday, 2, 1, lambda y: f"💻 Cyber Monday {y}: the best tech "
                                                    f"deals that are still live")
    sales += _yearly("12-18", 4, 3, lambda y: f"🎄 Order by Dec. 20 for Christmas delivery: "
                                              f"our {y} last-minute gift guide")
    shows = [_span(a, b, f"🎰 CES {a[:4]}: all the TVs, laptops and gadgets from Las Vegas")
             for a, b in CES]
    shows += [(iso_day(day, -3), iso_day(day, 2), f"🍎 Apple's {day[:4]} iPhone event: what "
                                                  f"was announced and how to preorder")
              for day in APPLE_EVENTS]
    return _calendar(base, sales, shows)


def gearpicks_style() -> PublisherStyle:
    """A US consumer-tech review and deals site: an affiliate disclosure reworded in 2018, the
    short date and time turned "Last updated" with the long date on the first day of CES
    2017 (a wording per day), "By" turned with the reviewer's beat, a star verdict, the day's
    best price at a retailer up to twice, a spec line, "Read our full review:", the deal of
    the day (a wording per day), a social line turned a newsletter appeal and turned by Prime
    Day, Black Friday, Cyber Monday, Christmas delivery, CES and Apple's iPhone events, the
    price note, a how-we-test line, the network's copyright line, rare sponsored-content and
    expired-deal labels."""
    return PublisherStyle(
        domain="gearpicks.com", site="GearPicks", base_size=220,
        subdomains=(("www.", 100),),
        sections=("reviews", "deals", "phones", "audio", "tvs", "laptops", "smart-home"),
        n_authors=10, url_path="/{section}/{slug}/",
        pools={
            "beat": ("Senior Editor, Audio", "Deals Editor", "Staff Writer, Phones",
                     "Contributing Reviewer", "TV and Home Theater Editor"),
            "stars": ("★★★★★", "★★★★½", "★★★★☆", "★★★½☆", "★★★☆☆"),
            "retailer": ("Amazon", "Best Buy", "Walmart", "Target", "B&H Photo", "Newegg"),
            "price": ("$49.99", "$79", "$129.99", "$199", "$249.99", "$349", "$499.99",
                      "$799", "$1,099"),
            "spec": ("6.1-inch OLED | 128GB | dual 12MP cameras | 3,110mAh",
                     "14-inch 1080p | Core i5 | 8GB RAM | 256GB SSD",
                     "Bluetooth 5.0 | 30-hour battery | USB-C",
                     "55-inch 4K HDR | 120Hz | 4 HDMI ports",
                     "Wi-Fi 6 | three nodes | covers 5,000 sq ft"),
            "brand": ("Voltique", "Nordhaven Audio", "Arcway", "Lumenfold"),
        },
        families=(
            _f("disclosure", HEADER, 0.8, (_OLD, "We may earn a commission from links on this "
                                                 "page."),
               (GP_DISCLOSURE.isoformat(), "GearPicks is reader-supported: when you buy "
                                           "through links on our site, we may earn an "
                                           "affiliate commission. Here's how it works.")),
            _f("dated", HEADER, 0.85, *_by_day(_gp_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (GP_REDESIGN.isoformat(), "By {author} · {author_beat}")),
            _f("verdict", HEADER, 0.35, (_OLD, "Our verdict: {stars}")),
            _f("price", MIDDLE, 0.3, (_OLD, "Today's best price: {price} at {retailer}"),
               count=2),
            _f("specs", MIDDLE, 0.2, (_OLD, "Specs: {spec}")),
            _f("review", MIDDLE, 0.25, (_OLD, "Read our full review: {other_title}")),
            _f("deal-of-the-day", FOOTER, 0.15, *_by_day(_gp_deal)),
            _f("notice", FOOTER, 0.3, *_gp_notice()),
            _f("prices", FOOTER, 0.3, (_OLD, "Prices are accurate at the time of publishing "
                                             "and may change.")),
            _f("how-we-test", FOOTER, 0.15, (_OLD, "How we test: every product in this guide "
                                                   "was used for at least a week by our "
                                                   "reviewers.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} GearPicks, part of the Brightline "
                                                "Digital network. All rights reserved.")),
            _f("sponsored", HEADER, 0.05, (_OLD, "SPONSORED CONTENT: This post was produced in "
                                                 "partnership with {brand}.")),
            _f("expired", HEADER, 0.04, (_OLD, "Update: This deal has expired. We'll keep an "
                                               "eye out for the next price drop.")),
        ),
    )


# --- a German car magazine ---------------------------------------------------------------------

AB_REDESIGN = dt.date(2017, 9, 14)  # relaunched on the first day of the IAA 2017
AB_NEWSLETTER = dt.date(2018, 3, 1)
WLTP = dt.date(2018, 9, 1)
VAT_CUT = (dt.date(2020, 7, 1), dt.date(2021, 1, 1))  # 16 % and 5 % from July to December 2020

GENEVA = (("2015-03-05", "2015-03-15", 85), ("2016-03-03", "2016-03-13", 86),
          ("2017-03-09", "2017-03-19", 87), ("2018-03-08", "2018-03-18", 88),
          ("2019-03-07", "2019-03-17", 89))
IAA = (("2015-09-17", "2015-09-27", 66), ("2017-09-14", "2017-09-24", 67),
       ("2019-09-12", "2019-09-22", 68))
FUEL_DE = {2015: (141, 122), 2016: (128, 108), 2017: (134, 115), 2018: (143, 128),
           2019: (141, 126), 2020: (125, 112)}  # E10 and diesel, cents a litre


def thursdays(y: int) -> dt.date:
    """The first Thursday of year `y` (the magazine's first issue of the year)."""
    return nth_weekday(y, 1, 3, 1)


def ab_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The fortnightly issue on sale on `day`: its number, its year and its first day."""
    thursday = latest(day, 3)
    first = thursdays(thursday.year)
    n = (thursday - first).days // 14 + 1
    return n, thursday.year, first + dt.timedelta(days=14 * (n - 1))


def de_fuel(day: dt.date) -> tuple[int, int]:
    """Made-up national average prices (cents a litre) of E10 and diesel on `day`."""
    e10, diesel = FUEL_DE[min(max(day.year, 2015), 2020)]
    if dt.date(2020, 3, 15) <= day < dt.date(2020, 7, 1):
        e10, diesel = e10 - 8, diesel - 6
    wobble = hashed(day, "de-fuel", -5, 5)
    return e10 + wobble, diesel + wobble + hashed(day, "de-diesel", -1, 1)


def _ab_dated(day: dt.date) -> str:
    if day < AB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"
    return f"{DE_WEEKDAYS[day.weekday()]}, {day.day}. {DE_MONTHS[day.month - 1]} {day.year}"


def _ab_issue(day: dt.date) -> str:
    n, year, first = ab_issue(day)
    return (f"📖 AutoBlick {n}/{year} – seit {first.day}. {DE_MONTHS[first.month - 1]} im "
            f"Handel und als E-Paper")


def _ab_fuel(day: dt.date) -> str:
    e10, diesel = de_fuel(day)
    return (f"⛽ Spritpreise am {day.day:02d}.{day.month:02d}.: Super E10 {comma(e10 / 100)} €, "
            f"Diesel {comma(diesel / 100)} € im Bundesschnitt")


def _ab_notice() -> Wordings:
    base = _steps((_OLD, "AutoBlick auf Facebook: Jetzt Fan werden und nichts verpassen!"),
                  (AB_NEWSLETTER.isoformat(), "📧 Der AutoBlick-Newsletter: die wichtigsten "
                                              "Neuheiten jeden Freitag kostenlos"))
    shows: list[Event] = [
        (iso_day(a, -2), iso_day(b, 1), f"🚗 {n}. Genfer Autosalon: alle Neuheiten, alle "
                                         f"Premieren")
        for a, b, n in GENEVA]
    shows += [_span("2020-02-28", "2020-03-15", "🚫 Genfer Autosalon 2020 abgesagt: die "
                                                "geplanten Premieren im Überblick")]
    shows += [(iso_day(a, -2), iso_day(b, 1), f"🚗 {n}. IAA in Frankfurt: alle Neuheiten im "
                                               f"Überblick") for a, b, n in IAA]
    news = [
        _span("2018-05-28", "2018-06-08", "🚫 Diesel-Fahrverbote: Was Autofahrer jetzt wissen "
                                          "müssen"),
        _span("2020-07-01", "2020-07-19", "💶 Mehrwertsteuer-Senkung: So sparen Autokäufer bis "
                                          "zum 31. Dezember"),
    ]
    return _calendar(base, shows, news)


def _ab_subscription() -> list[tuple[str, str]]:
    return [(_OLD, "Jahresabo: 26 Ausgaben für 83,20 Euro frei Haus"),
            ("2017-01-01", "Jahresabo: 26 Ausgaben für 88,40 Euro frei Haus"),
            ("2019-01-01", "Jahresabo: 26 Ausgaben für 93,60 Euro frei Haus"),
            (VAT_CUT[0].isoformat(), "Jahresabo: 26 Ausgaben für 91,00 Euro frei Haus – dank "
                                     "gesenkter Mehrwertsteuer"),
            (VAT_CUT[1].isoformat(), "Jahresabo: 26 Ausgaben für 93,60 Euro frei Haus")]


def autoblick_style() -> PublisherStyle:
    """A German car magazine: a section kicker, the date and "Uhr" turned the weekday and
    the long date on the first day of the IAA 2017 (a wording per day), "Von", a photo credit
    from a pool, "Lesen Sie auch:" up to twice, "Anzeige" mid-body, the technical data, the
    fuel-consumption notice turned from NEFZ to WLTP in September 2018, the fortnightly issue
    on sale, fuel prices by day, the tyre seasons, a social line turned a newsletter appeal
    and turned by the Geneva show (canceled in 2020), the IAA, diesel bans and the 2020 VAT
    cut, the subscription price rising (and falling for the VAT cut), an affiliate line, the
    legal links with a cookie link from the GDPR's day and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="autoblick.de", site="AutoBlick", base_size=195,
        subdomains=(("www.", 100),),
        sections=("neuheiten", "tests", "elektroauto", "ratgeber", "motorsport"),
        n_authors=9, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Neuvorstellung", "Fahrbericht", "Vergleichstest", "Elektroauto",
                       "Ratgeber", "Motorsport", "Rückruf"),
            "foto": ("Hersteller", "Redaktion", "dpa", "Werk", "Erlkönig-Jäger"),
            "daten": ("Vierzylinder-Turbo, 1.498 cm³, 110 kW (150 PS), 250 Nm, 0–100 km/h in "
                      "8,9 s, Spitze 215 km/h",
                      "Elektromotor, 150 kW (204 PS), 310 Nm, Akku 58 kWh, Reichweite 420 km",
                      "Dreizylinder, 999 cm³, 70 kW (95 PS), 175 Nm, 0–100 km/h in 10,8 s",
                      "Sechszylinder-Diesel, 2.993 cm³, 210 kW (286 PS), 600 Nm, Allrad"),
            "verbrauch": ("5,8 l/100 km; CO2-Emissionen kombiniert: 132 g/km",
                          "4,4 l/100 km; CO2-Emissionen kombiniert: 116 g/km",
                          "7,9 l/100 km; CO2-Emissionen kombiniert: 181 g/km",
                          "6,3 l/100 km; CO2-Emissionen kombiniert: 144 g/km"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_ab_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Von {author}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("lesen", MIDDLE, 0.3, (_OLD, "Lesen Sie auch: {other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige")),
            _f("daten", MIDDLE, 0.2, (_OLD, "Technische Daten: {daten}")),
            _f("verbrauch", FOOTER, 0.35,
               (_OLD, "* Kraftstoffverbrauch kombiniert: {verbrauch}. Die Werte wurden nach dem "
                      "Neuen Europäischen Fahrzyklus (NEFZ) ermittelt."),
               (WLTP.isoformat(), "* Kraftstoffverbrauch kombiniert: {verbrauch}. Die Werte "
                                  "wurden nach dem WLTP-Prüfverfahren ermittelt und in "
                                  "NEFZ-Werte umgerechnet.")),
            _f("heft", FOOTER, 0.15, *_by_day(_ab_issue)),
            _f("sprit", FOOTER, 0.12, *_by_day(_ab_fuel)),
            _f("reifen", FOOTER, 0.12, *_seasons(
                ("04-15", "☀️ Sommerreifen-Saison: Die besten Reifen im großen Test"),
                ("10-01", "❄️ Von O bis O: Jetzt auf Winterreifen wechseln – unsere "
                          "Testsieger"))),
            _f("hinweis", FOOTER, 0.3, *_ab_notice()),
            _f("abo", FOOTER, 0.15, *_ab_subscription()),
            _f("affiliate", FOOTER, 0.1, (_OLD, "*Affiliate-Link: Kaufen Sie über diesen Link, "
                                                "erhalten wir eine Provision. Der Preis für "
                                                "Sie ändert sich nicht.")),
            _f("impressum", FOOTER, 0.25, (_OLD, "Impressum · Datenschutz · Kontakt · "
                                                 "Mediadaten"),
               ("2018-05-25", "Impressum · Datenschutz · Cookie-Einstellungen · Kontakt · "
                              "Mediadaten")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} AutoBlick – ein Angebot der "
                                                "Rheinauen Medien GmbH")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung stand "
                                                 "ein falscher Grundpreis.")),
        ),
    )


# --- a French fashion and beauty magazine ------------------------------------------------------

MM_REDESIGN = dt.date(2018, 9, 24)  # relaunched on the first day of Paris fashion week
MM_NEWSLETTER = dt.date(2017, 9, 1)
MM_AFFILIATION = dt.date(2019, 3, 1)
GDPR = dt.date(2018, 5, 25)

# The official sales: (first day, last day), winter then summer (four weeks from 2020).
SOLDES = {2015: (("2015-01-07", "2015-02-17"), ("2015-06-24", "2015-08-04")),
          2016: (("2016-01-06", "2016-02-16"), ("2016-06-22", "2016-08-02")),
          2017: (("2017-01-11", "2017-02-21"), ("2017-06-28", "2017-08-08")),
          2018: (("2018-01-10", "2018-02-20"), ("2018-06-27", "2018-08-07")),
          2019: (("2019-01-09", "2019-02-19"), ("2019-06-26", "2019-08-06")),
          2020: (("2020-01-08", "2020-02-04"), ("2020-07-15", "2020-08-11"))}
FASHION_WEEKS = ("2015-03-03", "2015-09-29", "2016-03-01", "2016-09-27", "2017-02-28",
                 "2017-09-26", "2018-02-26", "2018-09-24", "2019-02-25", "2019-09-23",
                 "2020-02-24", "2020-09-28")
FR_LOCKDOWNS = (("2020-03-17", "2020-05-10"), ("2020-10-30", "2020-12-14"))
ZODIAC_FR = (((1, 20), "du Capricorne"), ((2, 19), "du Verseau"), ((3, 20), "des Poissons"),
             ((4, 20), "du Bélier"), ((5, 21), "du Taureau"), ((6, 21), "des Gémeaux"),
             ((7, 22), "du Cancer"), ((8, 22), "du Lion"), ((9, 22), "de la Vierge"),
             ((10, 22), "de la Balance"), ((11, 22), "du Scorpion"),
             ((12, 21), "du Sagittaire"), ((12, 31), "du Capricorne"))


def fete_des_meres(y: int) -> dt.date:
    """French Mother's Day: the last Sunday of May, or the first of June if Pentecost falls
    on it."""
    last = dt.date(y, 5, 31) - dt.timedelta(days=(dt.date(y, 5, 31).weekday() - 6) % 7)
    return last + 7 * ONE if last == easter(y) + 49 * ONE else last


def zodiac_season(day: dt.date) -> str:
    """The sign whose season `day` falls in, with its French article: "du Cancer"."""
    return next(sign for (m, d), sign in ZODIAC_FR if (day.month, day.day) <= (m, d))


def _collections(day: str) -> str:
    """The collections shown in the fashion week starting on ISO day `day`."""
    return "automne-hiver" if day[5:7] < "06" else "printemps-été"


def _mm_dated(day: dt.date) -> str:
    if day < MM_REDESIGN:
        return f"Publié le {day.day} {FR_MONTHS[day.month - 1]} {day.year} à {{time}}"
    return f"Mis à jour le {day.day:02d}/{day.month:02d}/{day.year}"


def _mm_horoscope(day: dt.date) -> str:
    return (f"✨ Votre horoscope du {FR_WEEKDAYS[day.weekday()]} {day.day} "
            f"{FR_MONTHS[day.month - 1]} : c'est la saison {zodiac_season(day)}, découvrez ce "
            f"que les astres vous réservent")


def _mm_concours(day: dt.date) -> str:
    end = month_end(day)
    value = 150 if day.year < 2018 else 250
    return (f"🎁 Jeu-concours : tentez de gagner un coffret beauté d'une valeur de {value} €. "
            f"Jeu gratuit sans obligation d'achat, jusqu'au {end.day} "
            f"{FR_MONTHS[end.month - 1]} {end.year} inclus.")


def _soldes(season: str, first: str, last: str) -> Event:
    end = iso_day(last)
    return (iso_day(first), end + ONE, f"🛍️ Soldes d'{season} {first[:4]} : nos meilleures "
                                       f"affaires jusqu'au {end.day} {FR_MONTHS[end.month - 1]}")


def _mm_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Instagram : @miroirmode"),
                  (MM_NEWSLETTER.isoformat(), "💌 Recevez chaque matin notre newsletter mode "
                                              "et beauté"))
    locked = [_span(a, b, "🏠 Confinement : nos rituels beauté à faire à la maison")
              for a, b in FR_LOCKDOWNS]
    weeks: list[Event] = [(iso_day(day), iso_day(day, 9), f"👠 Fashion Week de Paris : tous "
                                                           f"les défilés {_collections(day)}")
                          for day in FASHION_WEEKS]
    sales: list[Event] = []
    for y in YEARS:
        (wa, wb), (sa, sb) = SOLDES[y]
        sales += [_soldes("hiver", wa, wb), _soldes("été", sa, sb)]
    feasts = _movable(fete_des_meres, 7, 0, lambda y: f"💐 Fête des mères {y} : nos idées "
                                                      f"cadeaux beauté")
    feasts += _yearly("02-14", 5, 0, lambda _: "💘 Saint-Valentin : nos idées de cadeaux pour "
                                               "elle et lui")
    return _calendar(base, locked, weeks, feasts, sales)


def miroir_style() -> PublisherStyle:
    """A French fashion and beauty magazine: a section kicker, "Publié le" with the date and
    the time turned "Mis à jour le" with a numeric date on the first day of Paris fashion
    week in September 2018 (a wording per day), "Par", an affiliate line reworded, "À lire
    aussi :" up to twice, a shopping pick from a pool, a photo credit, the horoscope of the
    day with the zodiac season, a monthly giveaway with its closing day and a prize that
    grows, an Instagram line turned a newsletter appeal and turned by the lockdowns, the
    fashion weeks, Mother's Day, Valentine's Day and the winter and summer sales (moved and
    shortened in 2020), a newsletter consent line reworded for the GDPR, the legal links and
    a copyright line (a block), rare advertorial and erratum lines."""
    return PublisherStyle(
        domain="miroirmode.fr", site="Miroir Mode", base_size=170,
        subdomains=(("www.", 100),),
        sections=("mode", "beaute", "cheveux", "people", "shopping", "astro"),
        n_authors=8, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrique": ("Mode", "Beauté", "Cheveux", "Maquillage", "Soins", "People",
                         "Shopping"),
            "credit": ("Getty Images", "Imaxtree", "Instagram", "Presse", "Launchmetrics"),
            "produit": ("le sérum éclat à la vitamine C, 29,90 €", "le rouge à lèvres mat "
                        "framboise, 36 €", "la crème solaire SPF 50, 18,50 €", "le trench "
                        "beige oversize, 89,99 €", "les baskets blanches en cuir, 120 €",
                        "le mascara volume, 12,90 €"),
            "marque": ("Maison Orée", "Laboratoires Bellerive", "Atelier Sauge"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_mm_dated)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}")),
            _f("affiliation", HEADER, 0.3,
               (_OLD, "Cet article contient des liens d'affiliation : Miroir Mode peut percevoir "
                      "une commission sur vos achats."),
               (MM_AFFILIATION.isoformat(), "Nos journalistes choisissent librement les "
                                            "produits. Certains liens sont affiliés : en "
                                            "achetant via ces liens, vous soutenez la "
                                            "rédaction.")),
            _f("lire-aussi", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("shopping", MIDDLE, 0.2, (_OLD, "🛍️ On craque pour {produit}")),
            _f("credit", MIDDLE, 0.3, (_OLD, "Crédit photo : {credit}")),
            _f("horoscope", FOOTER, 0.1, *_by_day(_mm_horoscope)),
            _f("concours", FOOTER, 0.06, *_by_day(_mm_concours)),
            _f("avis", FOOTER, 0.3, *_mm_notice()),
            _f("rgpd", FOOTER, 0.2, (_OLD, "En vous inscrivant, vous acceptez de recevoir nos "
                                           "offres et celles de nos partenaires."),
               (GDPR.isoformat(), "Vos données sont traitées conformément à notre politique "
                                  "de confidentialité (RGPD). Vous pouvez vous désinscrire à "
                                  "tout moment.")),
            _f("mentions", FOOTER, 0.2, (_OLD, "Mentions légales | CGU | Contact | Publicité")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Miroir Mode {year} – Tous droits "
                                                "réservés")),
            _f("publi", HEADER, 0.05, (_OLD, "Publi-rédactionnel réalisé en partenariat avec "
                                             "{marque}")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : une précédente version de "
                                                    "cet article indiquait un mauvais prix.")),
        ),
    )


# --- an Italian celebrity and TV gossip site ---------------------------------------------------

SV_REDESIGN = dt.date(2019, 2, 5)  # relaunched on the first night of Sanremo 2019
SV_TELEGRAM = dt.date(2018, 4, 1)
IT_COOKIES = dt.date(2015, 6, 2)  # the cookie banner rule in force

SANREMO = {2015: ("2015-02-10", "2015-02-14"), 2016: ("2016-02-09", "2016-02-13"),
           2017: ("2017-02-07", "2017-02-11"), 2018: ("2018-02-06", "2018-02-10"),
           2019: ("2019-02-05", "2019-02-09"), 2020: ("2020-02-04", "2020-02-08")}
VENEZIA = {2015: ("2015-09-02", "2015-09-12"), 2016: ("2016-08-31", "2016-09-10"),
           2017: ("2017-08-30", "2017-09-09"), 2018: ("2018-08-29", "2018-09-08"),
           2019: ("2019-08-28", "2019-09-07"), 2020: ("2020-09-02", "2020-09-12")}


def sanremo_night(day: dt.date) -> int | None:
    """The night of the Sanremo festival `day` is (1 to 5), None outside it."""
    if day.year not in SANREMO:
        return None
    first, last = (iso_day(s) for s in SANREMO[day.year])
    return (day - first).days + 1 if first <= day <= last else None


def _sv_dated(day: dt.date) -> str:
    if day < SV_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"{IT_WEEKDAYS[day.weekday()].capitalize()} {day.day} {IT_MONTHS[day.month - 1]} "
            f"{day.year}")


def _sv_tonight(day: dt.date) -> str:
    head = f"📺 Stasera in tv, {IT_WEEKDAYS[day.weekday()]} {day.day} {IT_MONTHS[day.month - 1]}"
    night = sanremo_night(day)
    if night is not None:
        return f"{head}: su Rai 1 la {night}ª serata del Festival di Sanremo"
    if day.weekday() == 6:
        return f"{head}: talk show, fiction e film della domenica sera"
    return f"{head}: film, fiction e reality della prima serata"


def _sv_notice() -> Wordings:
    base = _steps((_OLD, "Seguici su Facebook e Instagram per tutte le news sui vip"),
                  (SV_TELEGRAM.isoformat(), "📲 Iscriviti al nostro canale Telegram per non "
                                            "perdere nessuna notizia"))
    fests: list[Event] = [(iso_day(a, -1), iso_day(b, 2), f"🎤 Sanremo {y}, "
                                                          f"{y - 1950}ª edizione: cantanti, "
                                                          f"pagelle e classifica")
                          for y, (a, b) in SANREMO.items()]
    fests += [(iso_day(a), iso_day(b, 1), f"🎬 Venezia {y - 1943}: i look del red carpet "
                                           f"della Mostra del Cinema")
              for y, (a, b) in VENEZIA.items()]
    news = [_span("2020-03-09", "2020-05-17", "🏠 #iorestoacasa: i vip ci raccontano la loro "
                                              "quarantena")]
    return _calendar(base, fests, news)


def salotto_style() -> PublisherStyle:
    """An Italian celebrity and TV gossip site: a category kicker, the numeric date and time
    turned the weekday and the long date on the first night of Sanremo 2019 (a wording per
    day), "di", "LEGGI ANCHE:" up to twice, a photo credit from a pool, "PUBBLICITÀ"
    mid-body, tonight's TV (the festival's nights in Sanremo week), the TV seasons (winter,
    summer and autumn schedules), a social line turned a Telegram appeal and turned by
    Sanremo and Venice with their editions and the 2020 lockdown, the weekly's subscription
    price rising, a privacy line turned a cookie banner in June 2015 and a GDPR line in 2018,
    the registration and a copyright line with the VAT number (a block), a rare update."""
    return PublisherStyle(
        domain="salottovip.it", site="Salotto Vip", base_size=150,
        subdomains=(("www.", 100),),
        sections=("gossip", "tv", "reality", "musica", "royal"),
        n_authors=7, url_path="/{section}/{slug}/",
        pools={
            "categoria": ("Gossip", "Televisione", "Reality", "Musica", "Royal Family",
                          "Cinema"),
            "foto": ("Instagram", "Ufficio stampa", "Mediaset", "Rai", "LaPresse",
                     "Kikapress"),
        },
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_sv_dated)),
            _f("autore", HEADER, 0.6, (_OLD, "di {author}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "LEGGI ANCHE: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "(Foto: {foto})")),
            _f("pubblicita", MIDDLE, 0.25, (_OLD, "PUBBLICITÀ")),
            _f("stasera", FOOTER, 0.12, *_by_day(_sv_tonight)),
            _f("stagione", FOOTER, 0.1, *_seasons(
                ("01-07", "❄️ Dopo le feste: i programmi tv che tornano in onda a gennaio"),
                ("06-15", "☀️ Estate in tv: repliche, reality e i programmi in arrivo"),
                ("09-10", "📡 Palinsesti d'autunno: tutti i programmi della nuova stagione "
                          "tv"))),
            _f("avviso", FOOTER, 0.3, *_sv_notice()),
            _f("abbonamento", FOOTER, 0.12, (_OLD, "Abbonati al settimanale Salotto Vip: 52 "
                                                   "numeri a 39 euro"),
               ("2018-01-01", "Abbonati al settimanale Salotto Vip: 52 numeri a 44,90 euro")),
            _f("cookie", FOOTER, 0.25, (_OLD, "Informativa sulla privacy"),
               (IT_COOKIES.isoformat(), "Questo sito utilizza cookie, anche di profilazione e "
                                        "di terze parti. Proseguendo la navigazione accetti "
                                        "l'uso dei cookie."),
               (GDPR.isoformat(), "Trattiamo i tuoi dati secondo il Regolamento UE 2016/679 "
                                  "(GDPR). Gestisci le tue preferenze sui cookie.")),
            _f("testata", FOOTER, 0.25, (_OLD, "Salotto Vip – Testata giornalistica registrata "
                                               "presso il Tribunale di Milano, n. 214 del "
                                               "12/05/2011")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Salotto Vip · Velaria Media S.r.l. · "
                                                "P.IVA 09876543210")),
            _f("aggiornamento", HEADER, 0.04, (_OLD, "Aggiornamento: la notizia è stata "
                                                     "smentita dall'ufficio stampa del "
                                                     "cantante.")),
        ),
    )


# --- a Polish tech review and deals site -------------------------------------------------------

TT_REDESIGN = dt.date(2017, 11, 11)  # relaunched on Singles' Day 2017
TT_NOTIFY = dt.date(2017, 5, 1)
TT_AFFILIATE = dt.date(2019, 6, 1)


def _tt_dated(day: dt.date) -> str:
    if day < TT_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return (f"{PL_WEEKDAYS[day.weekday()]}, {day.day} {PL_MONTHS_GENITIVE[day.month - 1]} "
            f"{day.year}")


def _tt_week(day: dt.date) -> str:
    monday = latest(day, 0)
    return (f"🛒 Promocje tygodnia ({polish_range(monday, monday + 6 * ONE)}): najlepsze "
            f"okazje na elektronikę")


def _tt_notice() -> Wordings:
    base = _steps((_OLD, "Polub nas na Facebooku i bądź na bieżąco z nowościami"),
                  (TT_NOTIFY.isoformat(), "🔔 Włącz powiadomienia, by nie przegapić "
                                          "najlepszych promocji"))
    sales = _movable(black_friday, 3, 0, lambda y: f"🖤 Black Friday {y}: zbieramy najlepsze "
                                                   f"promocje w polskich sklepach")
    sales += _movable(cyber_monday, 2, 0, lambda y: f"💻 Cyber Monday {y}: ostatnie okazje "
                                                    f"na elektronikę")
    sales += _yearly("11-11", 2, 0, lambda y: f"🛍️ Dzień Singla 11.11.{y}: promocje, które "
                                              f"warto znać")
    sales += _yearly("08-25", 10, 10, lambda y: f"🎒 Powrót do szkoły {y}: laptopy i tablety "
                                                f"w promocji")
    sales += _yearly("12-15", 5, 5, lambda _: "🎄 Prezenty na święta: zamów do 20 grudnia, by "
                                              "zdążyć przed Wigilią")
    news = [_span("2020-03-25", "2020-04-19", "🏠 Zostań w domu: sprzęt do pracy i nauki "
                                              "zdalnej")]
    return _calendar(base, sales, news)


def technoteka_style() -> PublisherStyle:
    """A Polish tech review and deals site: a section kicker, the numeric date and time
    turned the weekday and the date with the genitive month on Singles' Day 2017 (a wording
    per day), "Autor:", an affiliate line reworded in 2019, a rating, the current price at a
    shop up to twice, "Czytaj także:", a spec line, the week's deals with their span of days,
    a Facebook line turned a notifications appeal and turned by Black Friday, Cyber Monday,
    Singles' Day, back to school, Christmas delivery and the 2020 stay-at-home weeks, a
    newsletter consent line reworded for the RODO, the price note and a copyright line (a
    block), a rare "sponsored" label and a rare update."""
    return PublisherStyle(
        domain="technoteka.pl", site="Technoteka", base_size=130,
        subdomains=(("www.", 80), ("", 20)),
        sections=("smartfony", "laptopy", "telewizory", "audio", "gry", "promocje"),
        n_authors=6, url_path="/{section}/{slug},{n}",
        pools={
            "dzial": ("Smartfony", "Laptopy", "Telewizory", "Audio", "Gry", "Promocje",
                      "Poradniki"),
            "ocena": ("9/10", "8,5/10", "8/10", "7,5/10", "7/10", "6/10"),
            "cena": ("1 299 zł", "2 499 zł", "899 zł", "3 999 zł", "649 zł", "149,99 zł"),
            "sklep": ("Elektroland", "MediaPunkt", "Komputronix", "Sklep Cyfrowy"),
            "spec": ("6,4 cala AMOLED, 6 GB RAM, 128 GB, 4500 mAh",
                     "15,6 cala, Ryzen 5, 16 GB RAM, SSD 512 GB",
                     "55 cali, 4K HDR, Android TV, 3x HDMI",
                     "Bluetooth 5.0, ANC, do 30 godzin pracy"),
        },
        families=(
            _f("dzial", HEADER, 0.45, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.85, *_by_day(_tt_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Autor: {author}")),
            _f("afiliacja", HEADER, 0.35,
               (_OLD, "Artykuł zawiera linki afiliacyjne."),
               (TT_AFFILIATE.isoformat(), "Artykuł zawiera linki afiliacyjne. Kupując przez "
                                          "nie, wspierasz nasz serwis – cena dla Ciebie się "
                                          "nie zmienia.")),
            _f("ocena", MIDDLE, 0.25, (_OLD, "Ocena: {ocena}")),
            _f("cena", MIDDLE, 0.3, (_OLD, "Aktualna cena: {cena} w sklepie {sklep}"),
               count=2),
            _f("czytaj", MIDDLE, 0.3, (_OLD, "Czytaj także: {other_title}")),
            _f("specyfikacja", MIDDLE, 0.15, (_OLD, "Specyfikacja: {spec}")),
            _f("promocje", FOOTER, 0.15, *_by_day(_tt_week)),
            _f("komunikat", FOOTER, 0.3, *_tt_notice()),
            _f("newsletter", FOOTER, 0.2, (_OLD, "Zapisz się do newslettera i otrzymuj "
                                                 "najlepsze promocje."),
               (GDPR.isoformat(), "Zapisując się do newslettera, akceptujesz regulamin i "
                                  "politykę prywatności. Administratorem danych jest "
                                  "Technoteka sp. z o.o.")),
            _f("ceny", FOOTER, 0.2, (_OLD, "Ceny aktualne w dniu publikacji artykułu.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2012–{year} Technoteka. Wszelkie prawa "
                                                "zastrzeżone.")),
            _f("sponsorowany", HEADER, 0.05, (_OLD, "Artykuł sponsorowany")),
            _f("aktualizacja", HEADER, 0.04, (_OLD, "Aktualizacja: promocja już się "
                                                    "zakończyła.")),
        ),
    )


# --- a Japanese entertainment news site --------------------------------------------------------

GN_LINE = dt.date(2017, 7, 1)
KOHAKU_FIRST = 66  # the 66th Kōhaku Uta Gassen, on 31 December 2015


def _gn_dated(day: dt.date) -> str:
    if day < REIWA:
        return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"
    return (f"{japanese_era(day)}{day.month}月{day.day}日({JA_WEEKDAYS[day.weekday()]}) "
            f"{{time}}配信")


def _gn_ranking(day: dt.date) -> str:
    last = latest(day, 0) - ONE
    first = last - 6 * ONE
    return (f"📊 週間アクセスランキング（{first.month}月{first.day}日～{last.month}月"
            f"{last.day}日）")


def _gn_notice() -> Wordings:
    base = _steps((_OLD, "芸能ナビの公式Twitterをフォローして最新情報をチェック！"),
                  (GN_LINE.isoformat(), "📱 LINEで芸能ナビを友だち追加すると最新ニュースが"
                                        "届きます"))
    kohaku = _yearly("12-31", 4, 0, lambda y: f"🎤 第{KOHAKU_FIRST + y - 2015}回NHK紅白歌合戦："
                                              f"出場歌手と曲順はこちら")
    news = [_span("2019-04-25", "2019-05-02", "🎌 平成から令和へ：芸能人が振り返る平成の思い出"),
            _span("2020-04-07", "2020-05-25", "📺 ドラマ・番組の放送延期と再開情報まとめ")]
    return _calendar(base, kohaku, news)


def geinou_style() -> PublisherStyle:
    """A Japanese entertainment news site: a category kicker, the slashed date and time
    turned the Reiwa date with the weekday and "配信" on the era's first day (a wording per
    day), "文／", "【関連記事】" up to twice, a photo credit from a pool, the week's access
    ranking with its span of days, a Twitter line turned a LINE appeal and turned by the
    Kōhaku with its number, the change of era and the 2020 state of emergency, an app line,
    the no-reproduction line and a copyright line (a block), rare PR and correction lines."""
    return PublisherStyle(
        domain="geinounavi.jp", site="芸能ナビ", base_size=110,
        subdomains=(("", 100),),
        sections=("geinou", "drama", "music", "movie", "variety"),
        n_authors=5, url_path="/articles/{n}",
        pools={
            "category": ("芸能", "ドラマ", "音楽", "映画", "バラエティ", "アイドル"),
            "shashin": ("事務所提供", "公式Instagramより", "共同通信", "番組公式サイトより",
                        "編集部撮影"),
            "teikyo": ("ミナトフーズ", "サクラ化粧品", "ひかり通信"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_gn_dated)),
            _f("kisha", HEADER, 0.45, (_OLD, "文／{author}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}"), count=2),
            _f("shashin", MIDDLE, 0.3, (_OLD, "（写真：{shashin}）")),
            _f("ranking", FOOTER, 0.15, *_by_day(_gn_ranking)),
            _f("oshirase", FOOTER, 0.3, *_gn_notice()),
            _f("app", FOOTER, 0.15, (_OLD, "芸能ナビアプリで最新の芸能ニュースをチェック")),
            _f("tensai", FOOTER, 0.5, (_OLD, "記事・写真の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.5, (_OLD, "Copyright © {year} 芸能ナビ All Rights "
                                                "Reserved.")),
            _f("pr", HEADER, 0.05, (_OLD, "［PR］提供：{teikyo}")),
            _f("teisei", HEADER, 0.04, (_OLD, "※記事初出時、番組名に誤りがありました。訂正して"
                                              "お詫びいたします。")),
        ),
    )


# --- a British motoring review site ------------------------------------------------------------

FC_REDESIGN = dt.date(2018, 9, 1)  # relaunched with the 68-plate and WLTP
FC_NEWSLETTER = dt.date(2016, 9, 1)
FUEL_UK = {2015: (1115, 1165), 2016: (1105, 1120), 2017: (1190, 1210), 2018: (1260, 1300),
           2019: (1265, 1315), 2020: (1160, 1210)}  # unleaded and diesel, tenths of a penny
GOODWOOD = (("2015-06-25", "2015-06-28"), ("2016-06-23", "2016-06-26"),
            ("2017-07-13", "2017-07-16"), ("2018-07-12", "2018-07-15"),
            ("2019-07-04", "2019-07-07"))


def uk_fuel(day: dt.date) -> tuple[int, int]:
    """Made-up UK average pump prices (tenths of a penny a litre) in `day`'s week."""
    monday = latest(day, 0)
    unleaded, diesel = FUEL_UK[min(max(monday.year, 2015), 2020)]
    wobble = hashed(monday, "uk-fuel", -30, 30)
    return unleaded + wobble, diesel + wobble + hashed(monday, "uk-diesel", -5, 5)


def plate(day: dt.date) -> str:
    """The number plate's age identifier issued on `day`: "19" from March, "69" from
    September (the previous year's "68" in January and February)."""
    yy = day.year % 100
    if day.month < 3:
        return f"{yy - 1 + 50:02d}"
    return f"{yy:02d}" if day.month < 9 else f"{yy + 50:02d}"


def _fc_dated(day: dt.date) -> str:
    if day < FC_REDESIGN:
        return f"Published: {day.day:02d} {EN_MONTHS[day.month - 1]} {day.year}"
    return (f"{EN_WEEKDAYS[day.weekday()]} {day.day} {EN_MONTHS[day.month - 1]} {day.year}, "
            f"{{time}}")


def _fc_fuel(day: dt.date) -> str:
    unleaded, diesel = uk_fuel(day)
    return (f"⛽ This week's average UK pump prices: unleaded {unleaded / 10:.1f}p, diesel "
            f"{diesel / 10:.1f}p a litre")


def _fc_plates(day: dt.date) -> str:
    if day.month in (2, 8):
        new = plate(day + 31 * ONE)
        month = "March" if day.month == 2 else "September"
        return f"🚗 The new {new}-plate arrives on 1 {month}: should you wait to buy?"
    if day.month in (3, 9):
        return f"🚗 It's {plate(day)}-plate month: the best new-car deals right now"
    return "🚗 Thinking of changing your car? Get a free valuation in 30 seconds"


def _fc_notice() -> Wordings:
    base = _steps((_OLD, "Like The Forecourt on Facebook for the latest reviews"),
                  (FC_NEWSLETTER.isoformat(), "📧 Sign up for our newsletter: the week's "
                                              "reviews and news every Friday"))
    shows = [(iso_day(a, -3), iso_day(b, 1), f"🏁 Goodwood Festival of Speed {a[:4]}: the "
                                              f"cars, the hill climb and the debuts")
             for a, b in GOODWOOD]
    news = [
        _span("2018-05-14", "2018-05-27", "🔧 New MOT rules from 20 May: tougher diesel "
                                          "tests and new defect categories"),
        _span("2019-04-01", "2019-04-14", "🏙️ London's Ultra Low Emission Zone starts 8 "
                                          "April: is your car compliant?"),
        _span("2020-03-30", "2020-07-31", "🔧 MOT due? Cars, vans and motorcycles get a "
                                          "six-month extension"),
    ]
    return _calendar(base, shows, news)


def forecourt_style() -> PublisherStyle:
    """A British motoring review site: "Published:" with the date turned the weekday, the
    date and the time with the 68-plate in September 2018 (a wording per day), "Words:",
    the rating, a fact file from pools, "Read more:", a continue-reading ad line mid-body,
    the week's pump prices, the plate-change months, road tax rising from April 2017, a
    Facebook line turned a newsletter appeal and turned by Goodwood, the MOT changes, ULEZ
    and the 2020 MOT extension, a finance example whose rate rises, an affiliate line, the
    publisher and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="theforecourt.co.uk", site="The Forecourt", base_size=90,
        subdomains=(("www.", 100),),
        sections=("reviews", "news", "advice", "electric", "used-cars"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rating": ("5/5", "4.5/5", "4/5", "3.5/5", "3/5", "2.5/5"),
            "pricefrom": ("£18,995", "£24,350", "£31,200", "£42,990", "£15,495"),
            "engine": ("1.0-litre petrol", "1.5-litre petrol", "2.0-litre diesel",
                       "electric, 64kWh", "1.8-litre hybrid"),
            "mpg": ("54.3mpg", "47.1mpg", "62.8mpg", "38.2mpg", "up to 279 miles range"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_fc_dated)),
            _f("words", HEADER, 0.6, (_OLD, "Words: {author}")),
            _f("rating", HEADER, 0.35, (_OLD, "Our rating: {rating}")),
            _f("factfile", MIDDLE, 0.25, (_OLD, "Price from {pricefrom} | Engine: {engine} | "
                                                "Economy: {mpg}")),
            _f("read-more", MIDDLE, 0.3, (_OLD, "Read more: {other_title}")),
            _f("ad", MIDDLE, 0.2, (_OLD, "Advertisement - Continue reading below")),
            _f("fuel", FOOTER, 0.12, *_by_day(_fc_fuel)),
            _f("plates", FOOTER, 0.12, *_by_day(_fc_plates)),
            _f("road-tax", FOOTER, 0.12,
               (_OLD, "Road tax depends on CO2 emissions: from £0 to £515 a year"),
               ("2017-04-01", "Road tax: £140 a year at the standard rate for cars "
                              "registered from 1 April 2017"),
               ("2019-04-01", "Road tax: £145 a year at the standard rate for cars "
                              "registered from 1 April 2017"),
               ("2020-04-01", "Road tax: £150 a year at the standard rate for cars "
                              "registered from 1 April 2017")),
            _f("notice", FOOTER, 0.3, *_fc_notice()),
            _f("finance", FOOTER, 0.12, (_OLD, "Representative example: £10,000 borrowed over "
                                               "48 months at 6.9% APR representative. Finance "
                                               "subject to status."),
               ("2019-01-01", "Representative example: £10,000 borrowed over 48 months at "
                              "7.9% APR representative. Finance subject to status.")),
            _f("affiliate", FOOTER, 0.15, (_OLD, "We may earn a commission if you buy through "
                                                 "links on this page.")),
            _f("publisher", FOOTER, 0.2, (_OLD, "The Forecourt is published by Kestrel Motoring "
                                                "Media Ltd, 4 Tannery Yard, Leeds LS9 0AA.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© The Forecourt {year}. Registered in England "
                                                "and Wales.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "review gave the wrong boot capacity.")),
        ),
    )


# --- a German beauty magazine --------------------------------------------------------------------

GS_WERBUNG = dt.date(2018, 6, 20)  # labelled "Werbung" after the 2018 rulings
GS_REDESIGN = dt.date(2019, 12, 1)  # relaunched on the first Sunday of Advent 2019
GS_NEWSLETTER = dt.date(2017, 10, 1)


def muttertag(y: int) -> dt.date:
    """German Mother's Day: the second Sunday of May."""
    return nth_weekday(y, 5, 6, 2)


def _gs_gewinnspiel(day: dt.date) -> str:
    end = month_end(day)
    return (f"🎁 Gewinnspiel: Teilnahmeschluss ist der {end.day}. {DE_MONTHS[end.month - 1]} "
            f"{end.year}. Teilnahme ab 18 Jahren, der Rechtsweg ist ausgeschlossen.")


def _gs_notice() -> Wordings:
    base = _steps((_OLD, "Folgt uns auf Instagram und Pinterest!"),
                  (GS_NEWSLETTER.isoformat(), "💌 Jeden Sonntag die schönsten Beauty-Tipps: "
                                              "jetzt den Newsletter abonnieren"))
    advent: list[Event] = [(dt.date(y, 12, n), dt.date(y, 12, n + 1),
                            f"🎄 Türchen {n} unseres Beauty-Adventskalenders ist offen: "
                            f"heute gibt es etwas zu gewinnen")
                           for y in YEARS for n in range(1, 25)]
    feasts = _movable(muttertag, 6, 0, lambda y: f"💐 Muttertag {y}: die schönsten "
                                                 f"Beauty-Geschenke")
    feasts += _movable(black_friday, 2, 3, lambda y: f"🖤 Black Friday {y}: die besten "
                                                     f"Beauty-Deals")
    return _calendar(base, advent, feasts)


def glanzstueck_style() -> PublisherStyle:
    """A German beauty magazine: an affiliate label turned a "Werbung" label after the 2018
    rulings, the numeric date turned the long date on the first Sunday of Advent 2019, "Von",
    a rare cooperation label reworded on the same day, product links with a price up to
    twice, "Lesetipp:", a social line turned a newsletter appeal and turned by the Advent
    calendar's doors, Mother's Day and Black Friday, a monthly giveaway with its closing day,
    the affiliate footnote and a copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="glanzstueck.de", site="Glanzstück", base_size=70,
        subdomains=(("www.", 100),),
        sections=("beauty", "haare", "hautpflege", "make-up", "wellness"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "marke": ("Lunaris Kosmetik", "Alpenblüte Naturpflege", "Studio Velour"),
            "produkt": ("Hyaluron-Serum, ca. 24,95 €", "Getönte Tagescreme LSF 30, ca. 12,99 €",
                        "Trockenshampoo, ca. 4,45 €", "Lidschatten-Palette, ca. 39 €",
                        "Haaröl mit Argan, ca. 17,50 €"),
        },
        families=(
            _f("kennzeichnung", HEADER, 0.6, (_OLD, "Dieser Beitrag enthält Affiliate-Links."),
               (GS_WERBUNG.isoformat(), "*Werbung – Markennennung und Verlinkung ohne "
                                        "Auftrag")),
            _f("datum", HEADER, 0.8, (_OLD, "{date_de}"),
               (GS_REDESIGN.isoformat(), "{date_de_long}")),
            _f("autorin", HEADER, 0.5, (_OLD, "Von {author}")),
            _f("kooperation", HEADER, 0.08, (_OLD, "In freundlicher Zusammenarbeit mit "
                                                   "{marke}"),
               (GS_WERBUNG.isoformat(), "Werbung | In Kooperation mit {marke}")),
            _f("produkt", MIDDLE, 0.3, (_OLD, "Hier erhältlich: {produkt}*"), count=2),
            _f("lesetipp", MIDDLE, 0.25, (_OLD, "Lesetipp: {other_title}")),
            _f("hinweis", FOOTER, 0.3, *_gs_notice()),
            _f("gewinnspiel", FOOTER, 0.06, *_by_day(_gs_gewinnspiel)),
            _f("sternchen", FOOTER, 0.3, (_OLD, "*Affiliate-Link: Wir erhalten eine kleine "
                                                "Provision, für euch ändert sich am Preis "
                                                "nichts.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Glanzstück · Impressum · "
                                                 "Datenschutz")),
            _f("update", HEADER, 0.04, (_OLD, "Update: Das Produkt ist leider nicht mehr "
                                              "erhältlich.")),
        ),
    )


# --- a Japanese gadget review and deals blog ---------------------------------------------------

MR_AMAZON = dt.date(2019, 4, 1)
JP_TAX = dt.date(2019, 10, 1)  # the consumption tax raised from 8 % to 10 %
PRIME_DAYS_JP = (("2015-07-15", "2015-07-15"), ("2016-07-12", "2016-07-12"),
                 ("2017-07-10", "2017-07-11"), ("2018-07-16", "2018-07-17"),
                 ("2019-07-15", "2019-07-16"), ("2020-10-13", "2020-10-14"))


def _mr_dated(day: dt.date) -> str:
    if day < JP_TAX:
        return f"公開日：{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{day.year}年{day.month}月{day.day}日 更新"


def _mr_sale(day: dt.date) -> str:
    return (f"⏰ 本日のタイムセール（{day.month}月{day.day}日・"
            f"{JA_WEEKDAYS[day.weekday()]}曜日）のおすすめはこちら")


def _mr_notice() -> Wordings:
    base = _steps((_OLD, "モノレビューのTwitterで新着記事をお知らせしています"),)
    sales: list[Event] = [
        (iso_day(a, -4), iso_day(b, 1), f"🛒 Amazonプライムデー{a[:4]}：{int(a[5:7])}月"
                                         f"{int(a[8:])}日スタート！注目のセール品まとめ")
        for a, b in PRIME_DAYS_JP]
    sales += [_span("2019-11-22", "2019-12-02", "🖤 Amazonブラックフライデー＆サイバーマンデー"
                                                "2019：おすすめガジェット"),
              _span("2020-11-27", "2020-12-01", "🖤 Amazonブラックフライデー2020：おすすめ"
                                                "ガジェット")]
    sales += _yearly("01-01", 0, 2, lambda y: f"🎍 {y}年の初売り・福袋情報まとめ")
    news = [_span("2019-09-15", "2019-09-30", "💴 消費税10%へ：増税前に買っておきたいガジェット"),
            _span("2020-04-07", "2020-05-25", "🏠 在宅勤務・テレワークに役立つガジェット特集")]
    return _calendar(base, sales, news)


def monoreview_style() -> PublisherStyle:
    """A Japanese gadget review and deals blog: "公開日：" with a dotted date turned "更新" with
    the long date on the day of the 2019 consumption tax rise (a wording per day), an
    affiliate line turned the Amazon associates' statement, the reference price with the tax
    rate (8 %, then 10 %) up to twice, a star rating, "▶あわせて読みたい：", the day's time
    sale, a Twitter line turned by Prime Day, Black Friday, the New Year sales, the tax rise
    and the 2020 state of emergency, the price note and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="monoreview.jp", site="モノレビュー", base_size=55,
        subdomains=(("", 100),),
        sections=("gadget", "audio", "pc", "smartphone", "sale"),
        n_authors=2, url_path="/{section}/{n}/",
        pools={
            "kakaku": ("3,980", "12,800", "29,800", "5,480", "1,980", "45,800"),
            "hoshi": ("★★★★★", "★★★★☆", "★★★☆☆"),
        },
        families=(
            _f("hizuke", HEADER, 0.8, *_by_day(_mr_dated)),
            _f("kokoku", HEADER, 0.5, (_OLD, "※当サイトはアフィリエイトプログラムを利用しています"),
               (MR_AMAZON.isoformat(), "Amazonのアソシエイトとして、モノレビューは適格販売に"
                                       "より収入を得ています。")),
            _f("kakaku", MIDDLE, 0.3, (_OLD, "参考価格：{kakaku}円（税込・8%）"),
               (JP_TAX.isoformat(), "参考価格：{kakaku}円（税込・10%）"), count=2),
            _f("hyoka", MIDDLE, 0.25, (_OLD, "総合評価：{hoshi}")),
            _f("awasete", MIDDLE, 0.25, (_OLD, "▶あわせて読みたい：{other_title}")),
            _f("timesale", FOOTER, 0.15, *_by_day(_mr_sale)),
            _f("oshirase", FOOTER, 0.3, *_mr_notice()),
            _f("kakaku-chui", FOOTER, 0.6, (_OLD, "※価格は記事公開時点のものです。最新の価格は"
                                                  "販売ページでご確認ください。")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} モノレビュー")),
            _f("teisei", HEADER, 0.04, (_OLD, "※一部、製品の仕様に誤りがあったため修正しました。")),
        ),
    )


# --- a Polish celebrity site ------------------------------------------------------------------

GW_REDESIGN = dt.date(2019, 2, 14)  # relaunched on Valentine's Day 2019
GW_INSTAGRAM = dt.date(2018, 2, 1)


def _gw_dated(day: dt.date) -> str:
    if day < GW_REDESIGN:
        return f"dodano: {day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"{day.day} {PL_MONTHS_GENITIVE[day.month - 1]} {day.year}, {{time}}"


def _gw_notice() -> Wordings:
    base = _steps((_OLD, "Polub Gwiazdowo na Facebooku!"),
                  (GW_INSTAGRAM.isoformat(), "📸 Obserwuj nas na Instagramie: zdjęcia gwiazd "
                                             "prosto z imprez"))
    feasts = _yearly("12-31", 2, 0, lambda y: f"🎆 Sylwester {y}: gdzie oglądać koncerty "
                                              f"gwiazd w telewizji")
    feasts += _yearly("02-14", 3, 0, lambda _: "💘 Walentynki: najpiękniejsze pary polskiego "
                                               "show-biznesu")
    news = [_span("2020-03-16", "2020-05-17", "🏠 Gwiazdy zostają w domu: jak spędzają "
                                              "kwarantannę")]
    return _calendar(base, feasts, news)


def gwiazdowo_style() -> PublisherStyle:
    """A Polish celebrity site: "dodano:" with the numeric date and time turned the date with
    the genitive month on Valentine's Day 2019 (a wording per day), "oprac.", "ZOBACZ
    TAKŻE:" up to twice, a photo credit from a pool, "REKLAMA" mid-body, a premium SMS line
    whose number and price change, a Facebook line turned an Instagram appeal and turned by
    New Year's Eve, Valentine's Day and the 2020 quarantine, a terms line reworded for the
    RODO and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="gwiazdowo.pl", site="Gwiazdowo", base_size=40,
        subdomains=(("www.", 100),),
        sections=("gwiazdy", "tv", "muzyka", "moda", "royals"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={"fot": ("Instagram", "AKPA", "East News", "materiały prasowe", "Facebook")},
        families=(
            _f("data", HEADER, 0.75, *_by_day(_gw_dated)),
            _f("oprac", HEADER, 0.4, (_OLD, "oprac. {author}")),
            _f("zobacz", MIDDLE, 0.35, (_OLD, "ZOBACZ TAKŻE: {other_title}"), count=2),
            _f("fot", MIDDLE, 0.25, (_OLD, "Fot. {fot}")),
            _f("reklama", MIDDLE, 0.2, (_OLD, "REKLAMA")),
            _f("sms", FOOTER, 0.1, (_OLD, "Chcesz wiedzieć więcej? Wyślij SMS o treści GWIAZDA "
                                          "na numer 7255 (koszt 2,46 zł z VAT)"),
               ("2018-01-01", "Chcesz wiedzieć więcej? Wyślij SMS o treści GWIAZDA na numer "
                              "7355 (koszt 3,69 zł z VAT)")),
            _f("komunikat", FOOTER, 0.3, *_gw_notice()),
            _f("rodo", FOOTER, 0.3, (_OLD, "Korzystanie z serwisu oznacza akceptację "
                                           "regulaminu."),
               (GDPR.isoformat(), "Szanujemy Twoją prywatność: zasady przetwarzania danych "
                                  "znajdziesz w Polityce prywatności (RODO).")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} Gwiazdowo. Kopiowanie bez "
                                                "zgody redakcji zabronione.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji tekstu "
                                                    "podaliśmy błędne imię.")),
        ),
    )


# --- a small Italian beauty blog ---------------------------------------------------------------

BC_ADV = dt.date(2017, 7, 24)  # "#adv" after the competition authority's letters to influencers
BC_REDESIGN = dt.date(2018, 9, 1)


def _bc_dated(day: dt.date) -> str:
    if day < BC_REDESIGN:
        return f"{day.day} {IT_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _bc_giveaway(day: dt.date) -> str:
    end = month_end(day)
    return (f"🎁 Giveaway: partecipa entro il {end.day} {IT_MONTHS[end.month - 1]} lasciando un "
            f"commento qui sotto. Regolamento completo sul blog.")


def _bc_notice() -> Wordings:
    base = _steps((_OLD, "Seguimi su Instagram e YouTube per non perdere i nuovi post!"),)
    feasts = _movable(black_friday, 2, 3, lambda y: f"🖤 Black Friday {y}: i miei acquisti "
                                                    f"beauty consigliati")
    feasts += _yearly("12-12", 11, 12, lambda y: f"🎄 Natale {y}: idee regalo beauty per "
                                                 f"tutte le tasche")
    news = [_span("2020-03-10", "2020-05-03", "🏠 #iorestoacasa: la mia skincare routine in "
                                              "quarantena")]
    return _calendar(base, news, feasts)


def beautycase_style() -> PublisherStyle:
    """A small Italian beauty blog: the long date turned a numeric date in September 2018 (a
    wording per day), a collaboration label turned "#adv" in July 2017, "Potrebbe
    interessarti anche:", a monthly giveaway with its closing day, an affiliate footnote, a
    social line turned by Black Friday, Christmas and the 2020 lockdown, the sign-off and a
    copyright line (a block)."""
    return PublisherStyle(
        domain="ilbeautycase.it", site="Il Beauty Case", base_size=30,
        subdomains=(("www.", 100),),
        sections=("skincare", "makeup", "capelli", "haul"),
        n_authors=1, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"marca": ("Rosmarino Cosmetici", "Lattelunare", "Bioerbe di Sicilia")},
        families=(
            _f("data", HEADER, 0.7, *_by_day(_bc_dated)),
            _f("adv", HEADER, 0.25, (_OLD, "Post in collaborazione con {marca}"),
               (BC_ADV.isoformat(), "#adv – Post in collaborazione con {marca}")),
            _f("leggi", MIDDLE, 0.25, (_OLD, "Potrebbe interessarti anche: {other_title}")),
            _f("giveaway", FOOTER, 0.1, *_by_day(_bc_giveaway)),
            _f("affiliazione", FOOTER, 0.2, (_OLD, "I link contrassegnati con * sono link di "
                                                   "affiliazione.")),
            _f("seguimi", FOOTER, 0.3, *_bc_notice()),
            _f("saluto", FOOTER, 0.5, (_OLD, "Un abbraccio e alla prossima! {author}")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Il Beauty Case – tutti i diritti "
                                                 "riservati")),
        ),
    )


def heldout122_styles() -> list[PublisherStyle]:
    """The held-back-122 styles, in the order the generator hands them to publishers."""
    return [
        glossline_style(), gearpicks_style(), autoblick_style(), miroir_style(),
        salotto_style(), technoteka_style(), geinou_style(), forecourt_style(),
        glanzstueck_style(), monoreview_style(), gwiazdowo_style(), beautycase_style(),
    ]
