"""Which languages' written dates the normaliser folds to one form, by CLDR's date formats.

A publisher's date line ("Sunday, 1 January 2017", "2017年1月1日星期日", "1 de jan. de 2017")
must normalise to the same string whatever the date, or its copies never group. Babel
(installed with trafilatura, through courlan) carries CLDR's date formats for some 330
languages: this formats nineteen dates (every month and every weekday) in each language and
format, normalises them with `cleanpipe.segment.mask.normalize_array`, and lists the
language-formats that give more than one form.

    python -m tests.bench.date_coverage [--formats full,long,...] [--all] [--regional]

It prints the count and, per failing language-format, the number of forms, the first date
as written and the forms. Languages of one or a few thousand speakers fail most (their
month names stand where no positional rule reaches and no list holds them); `MAJOR` are
the languages `tests/test_date_coverage.py` requires to fold, and `REGIONAL` the regional
variants (`--regional`: a territory's or a script's own names and formats).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable

import pyarrow as pa
from babel import Locale, localedata
from babel.dates import format_date

from cleanpipe.segment.mask import normalize_array

# Every month, then every weekday of one week.
DATES = [dt.date(2017 + i % 5, 1 + i, 1 + (i * 7) % 28) for i in range(12)] + [
    dt.date(2020, 3, 2 + i) for i in range(7)
]
# CLDR's four, and four that publishers compose: the date, a comma and the weekday
# ("1 בינואר 2017, יום ראשון", "1.1.2017, sunnuntaina"); the short weekday before the
# medium date, with a comma or without ("Mi., 22.04.2020", "ke 22.4.2020").
FORMATS = (
    "full", "long", "medium", "short", "long+weekday", "medium+weekday",
    "abbr-weekday-comma", "abbr-weekday",
)
# Languages with much web text whose CLDR dates fold in every format, the weekday
# included ("full"). Left out, with the reason: Greek (full: "Τρίτη", Tuesday, is also
# "third"), Urdu's "ہفتہ" (Saturday, also "week") and "پیر" (Monday, also "saint"), Zulu
# ("ISonto", a capital after a prefix), Afrikaans "Julie" (a name), Azerbaijani, Irish and
# Mongolian two-word weekdays without a comma, Basque (CLDR's "2017(e)ko").
MAJOR = (
    "en es fr de it pt nl pl cs sk sl hr sr bg ru uk be ro hu tr sv da nb fi et lv lt"
    " ar fa he hi bn mr gu pa ta te kn ml ne th lo vi id ms fil sw sq ka hy kk uz ky"
    " ja zh ko km am ca gl is mk mt ha ig so lb"
).split()
# Where a short weekday before the medium date does not fold yet (16 of MAJOR's 134; 20
# before CLDR's names were listed, `mask._CLDR_DATE_WORDS`, Kannada's, Malayalam's and
# Nepali's short weekdays; 80 before `_SHORT_WEEKDAY`, 24 before `_short_weekdays` read it
# before a listed month: "Fri 6 Mar 2020", en_GB's and the Guardian's form; 21 before a
# dotted day after the line's first word folded, Estonian's "P 1. jaan 2017"): the weekday
# is a longer word or in a caseless script before a year-first date, or some months are
# neither listed nor reached by the positional rules ("Min 1 Ogo 2017": such a date is
# "Top 10 Laptops 2019" in shape).
# Regional variants with their own month or weekday names or date formats, of places with
# much web text: en_GB's "Fri 6 Mar 2020", Algeria's and Tunisia's months ("2 أفريل 2018"),
# Morocco's, the Levant's, Traditional Chinese, Serbian in Latin and ijekavian
# ("понедјељак"). Left out: ur_IN (Urdu's "پیر" and "ہفتہ", as in `MAJOR`).
REGIONAL = (
    "en_GB en_AU en_IN en_CA en_NZ en_ZA en_IE en_NG en_KE en_PK en_SG en_PH en_BZ fr_CA"
    " fr_BE fr_CH fr_MA fr_SN pt_PT pt_AO pt_MZ es_MX es_AR es_CO es_CL es_US de_AT de_CH"
    " nl_BE it_CH ar_DZ ar_TN ar_MA ar_LB ar_IQ ar_SY ar_JO ar_PS ar_EG ar_SA zh_Hant"
    " zh_Hant_HK zh_Hans_SG sr_Latn sr_Cyrl_BA bs_Cyrl sw_KE sw_CD ms_SG ta_LK ta_SG bn_IN"
    " ru_UA ru_KZ ro_MD fa_AF uz_Cyrl hi_Latn pa_Arab"
).split()
ABBR_WEEKDAY_GAPS = frozenset(
    (name, fmt)
    for names, fmt in (
        ("hu tr he ml id ms sw hy kk uz ky mt ig so", "abbr-weekday"),
        ("kk ky", "abbr-weekday-comma"),
        # "Sun 01-Jan-2017" (a hyphenated date with "Mar", a word no list holds), "Jumapili
        # 1 Jan 2017" (Swahili's long weekday, no comma), "Dum 1 ian. 2017".
        ("en_PK en_BZ sw_KE sw_CD ms_SG ro_MD", "abbr-weekday"),
    )
    for name in names.split()
)


def fold_failures(
    locales: Iterable[str], formats: Iterable[str] = FORMATS
) -> list[tuple[str, str, list[str], list[str]]]:
    """(locale, format, dates as written, their forms) for each locale-format whose dates
    normalise to more than one form."""
    failures = []
    for name in locales:
        locale = Locale.parse(name)
        for fmt in formats:
            lines = [written(d, fmt, locale) for d in DATES]
            forms = normalize_array(pa.array(lines)).to_pylist()
            if len(set(forms)) > 1:
                failures.append((name, fmt, lines, forms))
    return failures


def written(date: dt.date, fmt: str, locale: Locale) -> str:
    """`date` as `locale` writes it in format `fmt` (one of `FORMATS`)."""
    if fmt.startswith("abbr-weekday"):
        between = ", " if fmt.endswith("-comma") else " "
        medium = format_date(date, format="medium", locale=locale)
        return f"{format_date(date, format='EEE', locale=locale)}{between}{medium}"
    base, _, weekday = fmt.partition("+")
    text = format_date(date, format=base, locale=locale)
    return f"{text}, {format_date(date, format='EEEE', locale=locale)}" if weekday else text


def all_regional() -> list[str]:
    """CLDR's locales with a territory or script whose month or weekday names or date
    formats differ from their language's."""

    def own(locale: Locale) -> tuple:
        return (
            tuple(locale.months["format"]["wide"].values()),
            tuple(locale.months["format"]["abbreviated"].values()),
            tuple(locale.days["format"]["wide"].values()),
            tuple(locale.days["format"]["abbreviated"].values()),
            *(locale.date_formats[f].pattern for f in ("full", "long", "medium", "short")),
        )

    names = []
    for name in sorted(localedata.locale_identifiers()):
        if "_" in name and own(Locale.parse(name)) != own(Locale.parse(name.split("_")[0])):
            names.append(name)
    return names


def all_languages() -> list[str]:
    """CLDR's languages (locale identifiers without a territory or script) Babel can load."""
    names = sorted({name.split("_")[0] for name in localedata.locale_identifiers()})
    return [name for name in names if localedata.exists(name)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--all", action="store_true", help="every CLDR language, not MAJOR")
    parser.add_argument("--regional", action="store_true",
                        help="regional variants: REGIONAL, or with --all every one whose "
                             "names or formats differ from its language's")
    args = parser.parse_args(argv)
    formats = args.formats.split(",")
    if args.regional:
        locales = all_regional() if args.all else REGIONAL
    else:
        locales = all_languages() if args.all else MAJOR
    failures = fold_failures(locales, formats)
    print(f"{len(failures)} of {len(locales) * len(formats)} language-formats fold to more "
          "than one form")
    for name, fmt, lines, forms in failures:
        print(f"{name:6} {fmt:7} {len(set(forms)):2} {lines[0]!r:45} {sorted(set(forms))[:3]}")


if __name__ == "__main__":
    main()
