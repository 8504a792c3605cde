"""Helpers the held-back template sets (`tests.bench.heldout_templates*`) share.

Each set used to carry its own copy of these; the ones here were the same, line for line,
in several sets (a set whose copy differs keeps its own). A set's own dates (its first and
last day, its years and the start of a notice's first wording) are not read from here: the
helpers that depend on them are the methods of a `Period` the set makes from its own values.

Wordings are (first ISO day in use, template) pairs, as `Family.wordings` holds them; an
`Event` is a notice shown from its first day up to the day before its end (None: no end).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from cleanpipe.sample.templates import Family

Event = tuple[dt.date, dt.date | None, str]  # first day, the day after the last (or None), text
Wordings = tuple[tuple[str, str], ...]


def family(name: str, where: str, share: float, *wordings: tuple[str, str],
           count: int = 1) -> Family:
    """A `Family` with its wordings given one by one and `count` as its `max_count`."""
    return Family(name, where, share, tuple(wordings), max_count=count)


def iso_day(text: str, days: int = 0) -> dt.date:
    """The day of ISO date `text`, moved on by `days` (back if negative)."""
    return dt.date.fromisoformat(text) + dt.timedelta(days=days)


def timeline(base: list[tuple[str, str]], events: list[Event]) -> tuple[tuple[str, str], ...]:
    """The wordings of a notice: `base` ((first day, text), ...; the first from the set's
    oldest day) in force except during `events`, which must not overlap nor hide a base
    rewording."""
    def base_at(day: dt.date) -> str:
        return [text for start, text in base if start <= day.isoformat()][-1]

    out = dict(base)
    previous_end = dt.date.min
    for start, end, text in sorted(events, key=lambda e: e[0]):
        assert start >= previous_end, (start, text)
        assert not any(start.isoformat() < s < (end or dt.date.max).isoformat()
                       for s, _ in base), (start, text)
        out[start.isoformat()] = text
        if end is not None:
            out[end.isoformat()] = base_at(end)
        previous_end = end or dt.date.max
    return tuple(sorted(out.items()))


def first_come(*groups: list[Event]) -> list[Event]:
    """The events of `groups`, earlier groups (and earlier events of a group) first: an
    event that overlaps one already kept is dropped (a vote or an emergency wins)."""
    kept: list[Event] = []
    for group in groups:
        for start, end, text in group:
            stop = end or dt.date.max
            if all(stop <= s or (e or dt.date.max) <= start for s, e, _ in kept):
                kept.append((start, end, text))
    return kept


def election(day: str, text: str, before: int = 6) -> Event:
    """A vote's notice: from `before` days before polling day to the end of the day."""
    return (iso_day(day, -before), iso_day(day, 1), text)


def vote(day: str, text: str, before: int = 6, after: int = 1) -> Event:
    """A vote's notice: from `before` days before polling day to `after` days after it."""
    return (iso_day(day, -before), iso_day(day, after + 1), text)


def span(first: str, last: str, text: str) -> Event:
    """A notice shown from `first` to `last` (ISO days, both included)."""
    return (iso_day(first), iso_day(last, 1), text)


def steps(*steps: tuple[str, str]) -> Callable[[dt.date], str]:
    """A text that changes on given days: `steps` ((first ISO day, text), ...), the first
    from the set's oldest day."""
    return lambda day: [text for start, text in steps if start <= day.isoformat()][-1]


def event_on(day: dt.date, *groups: list[Event]) -> str | None:
    """The text of the first event (earlier groups first) that `day` falls in, if any."""
    for group in groups:
        for start, end, text in group:
            if start <= day and (end is None or day < end):
                return text
    return None


def listed(days: dict[int, str]) -> Callable[[int], dt.date | None]:
    """A movable day as the site's readers kept it (`days`: year -> ISO day; None in a year
    not listed)."""
    return lambda y: iso_day(days[y]) if y in days else None


@dataclass(frozen=True)
class Period:
    """The dates a set writes its notices for, and the helpers that depend on them.

    A set makes one from its own values and binds the methods it uses to short names:
    ``_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)``,
    ``_daily = _PERIOD.daily``. A `first`, `last` or `years` left out (None) is the
    period's own.
    """

    old: str  # ISO day a notice's first wording starts from, before any article date
    first_day: dt.date  # the first day a day-by-day notice is worded for
    last_day: dt.date  # the last one
    years: range  # the years a yearly notice is shown in

    def daily(self, text: Callable[[dt.date], str], first: dt.date | None = None,
              last: dt.date | None = None) -> list[tuple[str, str]]:
        """One wording per day from `first` to `last` (the first from `old` if `first` is
        the period's first day)."""
        first = self.first_day if first is None else first
        last = self.last_day if last is None else last
        out = [(self.old if first == self.first_day else first.isoformat(), text(first))]
        day = first + dt.timedelta(days=1)
        while day <= last:
            out.append((day.isoformat(), text(day)))
            day += dt.timedelta(days=1)
        return out

    def changes(self, text: Callable[[dt.date], str], first: dt.date | None = None,
                last: dt.date | None = None) -> list[tuple[str, str]]:
        """A notice that may change any day: a new wording only on the days its text
        changes, from `first` to `last` (from `old` on `first`'s text)."""
        first = self.first_day if first is None else first
        last = self.last_day if last is None else last
        out = [(self.old, text(first))]
        day = first + dt.timedelta(days=1)
        while day <= last:
            now = text(day)
            if now != out[-1][1]:
                out.append((day.isoformat(), now))
            day += dt.timedelta(days=1)
        return out

    def by_day(self, text: Callable[[dt.date], str], first: dt.date | None = None,
               last: dt.date | None = None) -> Wordings:
        """The wordings of a notice whose text is `text(day)`: one from `old` (the text on
        `first`), then one from each day its text changes, up to `last` (`changes` as a
        tuple)."""
        return tuple(self.changes(text, first, last))

    def calendar(self, base: Callable[[dt.date], str], *groups: list[Event]) -> Wordings:
        """A notice that shows `base(day)` except during the events of `groups` (an event of
        an earlier group wins over a later one that overlaps it)."""
        return self.by_day(lambda day: event_on(day, *groups) or base(day))

    def yearly(self, md: str, before: int, after: int, text: Callable[[int], str],
               years: range | None = None) -> list[Event]:
        """A notice shown each year around month-day `md`, from `before` days before to
        `after` days after; `text` is given the year."""
        years = self.years if years is None else years
        return [(iso_day(f"{y}-{md}", -before), iso_day(f"{y}-{md}", after + 1), text(y))
                for y in years]

    def yearly_since(self, y0: int, md: str, before: int, after: int,
                     text: Callable[[int], str], years: range | None = None) -> list[Event]:
        """A notice shown each year around month-day `md`: from `before` days before to the
        day after `after` days after; `text` is given the years since `y0`."""
        years = self.years if years is None else years
        out: list[Event] = []
        for y in years:
            day = iso_day(f"{y}-{md}")
            out.append((day - dt.timedelta(days=before), day + dt.timedelta(days=after + 1),
                        text(y - y0)))
        return out

    def around(self, days: dict[int, str], before: int, after: int,
               text: Callable[[int], str]) -> list[Event]:
        """A notice shown each year around a movable day (`days`: year -> ISO day), from
        `before` days before to `after` days after; `text` is given the year."""
        return [(iso_day(days[y], -before), iso_day(days[y], after + 1), text(y))
                for y in self.years]

    def movable(self, days: Callable[[int], dt.date | None], before: int, after: int,
                text: Callable[[int], str], years: range | None = None) -> list[Event]:
        """A notice shown each year around a movable day (`days`: year -> day, or None in a
        year it was not held); `text` is given the year."""
        years = self.years if years is None else years
        out: list[Event] = []
        for y in years:
            day = days(y)
            if day is not None:
                out.append((day - dt.timedelta(days=before), day + dt.timedelta(days=after + 1),
                            text(y)))
        return out

    def seasons(self, *steps: tuple[str, str], years: range | None = None,
                special: dict[int, list[tuple[str, str]]] | None = None,
                first: str = "") -> tuple[tuple[str, str], ...]:
        """A notice that changes on the same days each year: `steps` ((month-day, text),
        ...); `special` replaces a year's steps ((ISO day, text), ...); `first` (by default
        the last step's text) is in force before."""
        years = self.years if years is None else years
        out = [(self.old, first or steps[-1][1])]
        for y in years:
            if special and y in special:
                out += special[y]
            else:
                out += [(f"{y}-{md}", text) for md, text in steps]
        return tuple(out)


def easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def orthodox_easter(y: int) -> dt.date:
    """Orthodox (and Coptic) Easter Sunday: the Julian computus, as a Gregorian date (13
    days on, 1900-2099)."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(y, month, day + 1) + dt.timedelta(days=13)


def carnival_tuesday(y: int) -> dt.date:
    """Carnival (Shrove) Tuesday: 47 days before Western Easter."""
    return easter(y) - dt.timedelta(days=47)


def nth_weekday(y: int, m: int, weekday: int, n: int) -> dt.date:
    """The `n`th `weekday` (Monday 0) of month `m` of year `y` (`n` from 1)."""
    first = dt.date(y, m, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def nth_or_last_weekday(y: int, month: int, weekday: int, n: int) -> dt.date:
    """The `n`-th `weekday` (Monday 0) of `month` in `y`; `n` = -1 for the last one."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def last_weekday(y: int, m: int, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) of month `m` of year `y`."""
    day = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def thanksgiving(y: int) -> dt.date:
    """US Thanksgiving: the fourth Thursday of November."""
    return nth_weekday(y, 11, 3, 4)


def ordinal(n: int) -> str:
    """`n` with its English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def jdn(day: dt.date) -> int:
    """The Julian day number of `day`."""
    return day.toordinal() + 1721425


def digits(number: int | str, zero: str, width: int = 0) -> str:
    """`number` written in the digits of a script whose zero is `zero` (the nine others
    follow it in Unicode), zero-padded to `width`."""
    return "".join(chr(ord(zero) + int(c)) for c in str(number).zfill(width))
