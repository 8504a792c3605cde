"""Dates as CLDR writes them in the major web languages and their regional variants
normalise to one form per format (`tests.bench.date_coverage`), and masking a date leaves
the words around it."""

import pyarrow as pa
import pytest
from babel import Locale
from babel.dates import format_date

from cleanpipe.segment.mask import normalize_array
from tests.bench.date_coverage import (
    ABBR_WEEKDAY_GAPS,
    DATES,
    FORMATS,
    MAJOR,
    REGIONAL,
    fold_failures,
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_major_language_folds_its_dates_to_one_form(fmt):
    """Every format, in every major language and regional variant, but for the short
    weekdays' known gaps: a language that folds stays folded, and a gap closed must leave
    the list."""
    failures = {(name, fmt) for name, _, _, _ in fold_failures([*MAJOR, *REGIONAL], [fmt])}
    gaps = {gap for gap in ABBR_WEEKDAY_GAPS if gap[1] == fmt}
    assert failures == gaps, (sorted(failures - gaps), sorted(gaps - failures))


def test_a_masked_date_keeps_the_words_around_it():
    lines = []
    for name in MAJOR:
        for date in (DATES[4], DATES[9]):  # May and October, other weekdays
            written = format_date(date, format="long", locale=Locale.parse(name))
            lines.append(f"{written} · council approves new budget")
            lines.append(f"{written} and then council approves new budget")
    forms = normalize_array(pa.array(lines)).to_pylist()
    assert all(f.endswith(" council approves new budget") for f in forms), forms
    assert all("and then" in f for f in forms[1::2])
    # Masked, the two dates are one slot in every language when a separator ends the date
    # (a year-first date needs one: "2021 മേയ് 1 and then ..." is left as written).
    assert forms[0::4] == forms[2::4]
