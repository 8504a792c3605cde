"""The held-back-122 template set (`tests.bench.heldout_templates_122`): its localised dates
(printed day by day in American and British English with Pacific time, German, French,
Italian, Polish with genitive months and Japanese with the Reiwa era, several changing form
on the day of a redesign), the lines that turn every day, week, fortnight or month (a deal of
the day, celebrity birthdays, fuel prices, a magazine's fortnightly issue, a horoscope with the
zodiac season, tonight's TV, the week's deals, a weekly ranking, a daily time sale, giveaways
with their closing days), the seasons, the notices it rewords by date (affiliate disclosures,
"Werbung" and "#adv" labels, NEFZ to WLTP, cookie, GDPR, RODO and CCPA lines), the calendars
some notices follow (award shows with their ordinals, the Met Gala, CES, Prime Day, Apple's
events, Black Friday and Cyber Monday, Singles' Day, the Geneva show and the IAA, Paris
fashion weeks and the French sales, Mother's Days, Sanremo and Venice with their editions, the
Kōhaku with its number, the change of era, number-plate months, MOT and ULEZ changes,
Goodwood, Advent, the 2020 lockdowns), the amounts in its prices (rising, falling with
Germany's 2020 VAT cut, taxed at Japan's new rate), the lines in several languages and
scripts, the variation it promises, its multi-line blocks and the hard negatives of its corpus
actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Most styles have few articles of
their own (the generator's Zipf sizes), so most checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_calendar import ordinal, thanksgiving
from tests.bench.heldout_templates_122 import (
    AB_NEWSLETTER,
    AB_REDESIGN,
    BC_ADV,
    BC_REDESIGN,
    CES,
    EMMYS,
    FC_NEWSLETTER,
    FC_REDESIGN,
    FIRST_DAY,
    GDPR,
    GL_CCPA,
    GL_NOTIFY,
    GL_REDESIGN,
    GN_LINE,
    GOLDEN_GLOBES,
    GP_DISCLOSURE,
    GP_NEWSLETTER,
    GP_REDESIGN,
    GRAMMYS,
    GS_NEWSLETTER,
    GS_REDESIGN,
    GS_WERBUNG,
    GW_INSTAGRAM,
    GW_REDESIGN,
    IT_COOKIES,
    JP_TAX,
    LAST_DAY,
    MM_AFFILIATION,
    MM_NEWSLETTER,
    MM_REDESIGN,
    MR_AMAZON,
    OSCARS,
    REIWA,
    SANREMO,
    SOLDES,
    SV_REDESIGN,
    SV_TELEGRAM,
    TT_AFFILIATE,
    TT_NOTIFY,
    TT_REDESIGN,
    VAT_CUT,
    WLTP,
    ab_issue,
    black_friday,
    cyber_monday,
    de_fuel,
    fete_des_meres,
    japanese_era,
    latest,
    met_gala,
    month_end,
    muttertag,
    plate,
    polish_range,
    sanremo_night,
    uk_fuel,
    us_summer_time,
    zodiac_season,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_script,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_look_ups_agree,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_reworded_on,
    assert_sister_sites_share,
    assert_variants_drop_site_names,
    assert_varied,
    by_family,
    every_day,
    group_lines,
    norm,
    per_doc,
    planted_docs,
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-122"
SITES = ("Glossline", "GearPicks", "AutoBlick", "Miroir Mode", "Salotto Vip", "Technoteka",
         "芸能ナビ", "The Forecourt", "Glanzstück", "モノレビュー", "Gwiazdowo", "Il Beauty Case")
GL, GP, AB, MM = "glossline.com", "gearpicks.com", "autoblick.de", "miroirmode.fr"
SV, TT, GN, FC = "salottovip.it", "technoteka.pl", "geinounavi.jp", "theforecourt.co.uk"
GS, MR, GW, BC = "glanzstueck.de", "monoreview.jp", "gwiazdowo.pl", "ilbeautycase.it"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((GL, "dated"), (GP, "dated"), (AB, "datum"), (MM, "date"), (SV, "data"),
         (TT, "data"), (GN, "hizuke"), (FC, "dated"), (MR, "hizuke"), (GW, "data"),
         (BC, "data"))
# The lines that turn every day.
EVERY_DAY = ((GL, "birthdays"), (GP, "deal-of-the-day"), (AB, "sprit"), (MM, "horoscope"),
             (SV, "stasera"), (MR, "timesale"))
# The lines that turn every week (on Mondays), every fortnight or every month.
WEEKLY = ((TT, "promocje"), (GN, "ranking"), (FC, "fuel"))
MONTHLY = ((GL, "giveaway"), (MM, "concours"), (GS, "gewinnspiel"), (BC, "giveaway"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((GL, "notice"), (GP, "notice"), (AB, "hinweis"), (MM, "avis"), (SV, "avviso"),
           (TT, "komunikat"), (GN, "oshirase"), (FC, "notice"), (GS, "hinweis"),
           (MR, "oshirase"), (GW, "komunikat"), (BC, "seguimi"))
SEASONAL = ((AB, "reifen"), (SV, "stagione"), (FC, "plates"))

QUIET = d(2015, 4, 22)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    GL: "Sign up for the Glossline Daily newsletter for the latest celebrity news",
    GP: "Follow GearPicks on Twitter for the best deals as we find them",
    AB: "AutoBlick auf Facebook: Jetzt Fan werden und nichts verpassen!",
    MM: "Suivez-nous sur Instagram : @miroirmode",
    SV: "Seguici su Facebook e Instagram per tutte le news sui vip",
    TT: "Polub nas na Facebooku i bądź na bieżąco z nowościami",
    GN: "芸能ナビの公式Twitterをフォローして最新情報をチェック！",
    FC: "Like The Forecourt on Facebook for the latest reviews",
    GS: "Folgt uns auf Instagram und Pinterest!",
    MR: "モノレビューのTwitterで新着記事をお知らせしています",
    GW: "Polub Gwiazdowo na Facebooku!",
    BC: "Seguimi su Instagram e YouTube per non perdere i nuovi post!",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WEEKLY + MONTHLY + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 3, 5), d(2017, 9, 14), d(2018, 5, 25), d(2019, 5, 1),
        d(2019, 10, 1), d(2020, 4, 11), d(2020, 7, 15), d(2020, 12, 1), LAST_DAY))


def test_helpers() -> None:
    assert us_summer_time(d(2019, 3, 10)) and not us_summer_time(d(2019, 3, 9))
    assert [black_friday(y) for y in (2015, 2019, 2020)] == [d(2015, 11, 27), d(2019, 11, 29),
                                                              d(2020, 11, 27)]
    assert cyber_monday(2019) == d(2019, 12, 2) and muttertag(2019) == d(2019, 5, 12)
    assert [met_gala(y) for y in (2015, 2018)] == [d(2015, 5, 4), d(2018, 5, 7)]
    assert [fete_des_meres(y) for y in range(2015, 2021)] == [
        d(2015, 5, 31), d(2016, 5, 29), d(2017, 5, 28), d(2018, 5, 27), d(2019, 5, 26),
        d(2020, 6, 7)]  # Pentecost fell on the last Sunday of May 2020
    assert month_end(d(2016, 2, 3)) == d(2016, 2, 29) and month_end(d(2019, 12, 9)) == d(
        2019, 12, 31)
    assert japanese_era(d(2019, 4, 30)) == "平成31年" and japanese_era(REIWA) == "令和元年"
    assert japanese_era(d(2015, 6, 1)) == "平成27年" and japanese_era(d(2020, 6, 1)) == "令和2年"
    assert [plate(d(2019, m, 1)) for m in (2, 3, 8, 9)] == ["68", "19", "19", "69"]
    assert polish_range(d(2019, 6, 17), d(2019, 6, 23)) == "17–23 czerwca 2019"
    assert polish_range(d(2019, 10, 28), d(2019, 11, 3)) == "28 października – 3 listopada 2019"
    assert polish_range(d(2019, 12, 30), d(2020, 1, 5)) == ("30 grudnia 2019 – 5 stycznia "
                                                             "2020")
    assert zodiac_season(d(2019, 6, 21)) == "des Gémeaux"
    assert zodiac_season(d(2019, 6, 22)) == "du Cancer"
    assert zodiac_season(d(2019, 12, 25)) == "du Capricorne"
    assert zodiac_season(d(2019, 1, 5)) == "du Capricorne"
    assert [sanremo_night(d(2019, 2, k)) for k in (4, 5, 9, 10)] == [None, 1, 5, None]
    assert ab_issue(d(2019, 1, 3)) == (1, 2019, d(2019, 1, 3))
    assert ab_issue(d(2019, 1, 16))[0] == 1 and ab_issue(d(2019, 1, 17))[0] == 2
    assert ab_issue(d(2019, 1, 2))[1] == 2018
    for day in every_day():
        assert latest(day, 0) <= day < latest(day, 0) + 7 * one
        n, year, first = ab_issue(day)
        assert first <= day < first + 14 * one and first.weekday() == 3 and 1 <= n <= 27
        assert uk_fuel(day) == uk_fuel(latest(day, 0))
        e10, diesel = de_fuel(day)
        assert 100 <= diesel < e10 + 8 and e10 <= 160


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday
    clock12 = r"\d{1,2}:\d\d [AP]M"
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(GL, "dated", old, rf"March 5, 2016 {clock12} PST")
    full(GL, "dated", new, rf"Jun 21, 2019 \| Updated {clock12} PDT")
    full(GL, "birthdays", new, "🎂 Celebrity birthdays for Friday, June 21: see which stars "
                               "are celebrating today")
    full(GL, "giveaway", d(2016, 2, 3), r"🎁 GIVEAWAY: Enter to win a \$250 gift card! .+ Ends "
                                        r"February 29, 2016 at 11:59 p\.m\. ET\.")
    full(GP, "dated", old, rf"Mar 5, 2016 {clock12}")
    full(GP, "dated", new, "Last updated June 21, 2019")
    full(GP, "deal-of-the-day", new, r"🔥 Deal of the day \(Fri, Jun 21\): .+, \d\d% off")
    full(AB, "datum", old, rf"05\.03\.2016, {clock} Uhr")
    full(AB, "datum", new, "Freitag, 21. Juni 2019")
    full(AB, "heft", new, "📖 AutoBlick 13/2019 – seit 20. Juni im Handel und als E-Paper")
    full(AB, "sprit", new, r"⛽ Spritpreise am 21\.06\.: Super E10 1,\d\d €, Diesel 1,\d\d € "
                           r"im Bundesschnitt")
    full(MM, "date", old, rf"Publié le 5 mars 2016 à {clock}")
    full(MM, "date", new, "Mis à jour le 21/06/2019")
    full(MM, "horoscope", new, "✨ Votre horoscope du vendredi 21 juin : c'est la saison des "
                               "Gémeaux, découvrez ce que les astres vous réservent")
    full(MM, "concours", new, r"🎁 Jeu-concours : .+ 250 €\. .+ jusqu'au 30 juin 2019 inclus\.")
    full(SV, "data", old, rf"05/03/2016 - {clock}")
    full(SV, "data", new, "Venerdì 21 giugno 2019")
    full(SV, "stasera", d(2019, 2, 7), "📺 Stasera in tv, giovedì 7 febbraio: su Rai 1 la 3ª "
                                       "serata del Festival di Sanremo")
    full(SV, "stasera", d(2019, 6, 23), "📺 Stasera in tv, domenica 23 giugno: talk show, "
                                        "fiction e film della domenica sera")
    full(TT, "data", old, rf"05\.03\.2016, {clock}")
    full(TT, "data", new, "piątek, 21 czerwca 2019")
    full(TT, "promocje", old, r"🛒 Promocje tygodnia \(29 lutego – 6 marca 2016\): najlepsze "
                              r"okazje na elektronikę")
    full(GN, "hizuke", old, rf"2016/03/05 {clock}")
    full(GN, "hizuke", new, rf"令和元年6月21日\(金\) {clock}配信")
    full(GN, "hizuke", d(2020, 1, 6), rf"令和2年1月6日\(月\) {clock}配信")
    full(GN, "ranking", new, "📊 週間アクセスランキング（6月10日～6月16日）")
    full(FC, "dated", old, "Published: 05 March 2016")
    full(FC, "dated", new, rf"Friday 21 June 2019, {clock}")
    full(FC, "fuel", new, r"⛽ This week's average UK pump prices: unleaded 1\d\d\.\dp, diesel "
                          r"1\d\d\.\dp a litre")
    full(GS, "datum", old, "05.03.2016")
    full(GS, "datum", d(2019, 12, 1), "1. Dezember 2019")
    full(GS, "gewinnspiel", new, r"🎁 Gewinnspiel: Teilnahmeschluss ist der 30\. Juni 2019\. .+")
    full(MR, "hizuke", old, "公開日：2016.03.05")
    full(MR, "hizuke", d(2019, 10, 1), "2019年10月1日 更新")
    full(MR, "timesale", new, "⏰ 本日のタイムセール（6月21日・金曜日）のおすすめはこちら")
    full(GW, "data", old, rf"dodano: 05\.03\.2016, {clock}")
    full(GW, "data", new, rf"21 czerwca 2019, {clock}")
    full(BC, "data", old, "5 marzo 2016")
    full(BC, "data", new, "21/06/2019")
    full(BC, "giveaway", new, r"🎁 Giveaway: partecipa entro il 30 giugno .+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert (" | Updated " in on(GL, "dated", day)) == (day >= GL_REDESIGN)
        assert on(GL, "dated", day).endswith("PDT" if us_summer_time(day) else "PST")
        assert on(GP, "dated", day).startswith("Last updated") == (day >= GP_REDESIGN)
        assert on(AB, "datum", day).endswith("Uhr") == (day < AB_REDESIGN)
        assert on(MM, "date", day).startswith("Publié") == (day < MM_REDESIGN)
        assert on(SV, "data", day)[0].isupper() == (day >= SV_REDESIGN)
        assert on(TT, "data", day)[0].isalpha() == (day >= TT_REDESIGN)
        assert on(GN, "hizuke", day).startswith("令和") == (day >= REIWA)
        assert on(FC, "dated", day).startswith("Published") == (day < FC_REDESIGN)
        assert on(MR, "hizuke", day).startswith("公開日") == (day < JP_TAX)
        assert on(GW, "data", day).startswith("dodano") == (day < GW_REDESIGN)
        assert ("/" in on(BC, "data", day)) == (day >= BC_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    for domain, family in EVERY_DAY:  # the same day of another year may print the same
        assert len(changes(domain, family)) == len(every_day()) - 1, (domain, family)


def test_lines_that_turn_every_week_fortnight_or_month() -> None:
    for domain, family in WEEKLY:
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == 0 for day in turned), domain
    issues = changes(AB, "heft")
    assert 150 <= len(issues) <= 170 and all(day.weekday() == 3 for day in issues)
    assert counts_in(AB, "heft", r"AutoBlick (\d+)/") == {str(n) for n in range(1, 28)}
    for domain, family in MONTHLY:
        turned = changes(domain, family)
        assert len(turned) >= 70 and all(day.day == 1 for day in turned), domain
    for day in every_day():
        assert f"{ab_issue(day)[0]}/{ab_issue(day)[1]}" in on(AB, "heft", day)
        assert ("Festival di Sanremo" in on(SV, "stasera", day)) == (sanremo_night(day)
                                                                    is not None)
        assert zodiac_season(day) in on(MM, "horoscope", day)
    prices = {int(m[1]) for t in group_lines(SET, AB, "sprit")
              if (m := re.search(r"E10 1,(\d\d) €", norm(t)))}
    assert prices and all(10 <= p <= 55 for p in prices)


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Winterreifen" in on(AB, "reifen", d(y, 11, 1))
        assert "Sommerreifen" in on(AB, "reifen", d(y, 5, 1))
        assert "Palinsesti d'autunno" in on(SV, "stagione", d(y, 10, 1))
        assert "Estate in tv" in on(SV, "stagione", d(y, 7, 1))
        assert "gennaio" in on(SV, "stagione", d(y, 2, 1))
        assert f"new {y % 100}-plate arrives on 1 March" in on(FC, "plates", d(y, 2, 10))
        assert f"new {y % 100 + 50}-plate arrives" in on(FC, "plates", d(y, 8, 10))
        assert f"It's {y % 100 + 50}-plate month" in on(FC, "plates", d(y, 9, 10))
        assert "valuation" in on(FC, "plates", d(y, 6, 10))
    for domain, family in SEASONAL:
        assert len(changes(domain, family)) >= 12, (domain, family)


def test_notices_follow_the_trades_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    # Glossline: the award shows with their ordinals, the Met Gala, the wedding, 2020
    for y in range(2015, 2021):
        assert f"{ordinal(72 + y - 2015)} Golden Globes" in on(GL, "notice",
                                                               iso(GOLDEN_GLOBES[y])), y
        assert f"{ordinal(57 + y - 2015)} Grammy" in on(GL, "notice", iso(GRAMMYS[y])), y
        assert f"{ordinal(87 + y - 2015)} Academy" in on(GL, "notice", iso(OSCARS[y])), y
        assert f"{ordinal(67 + y - 2015)} Emmy" in on(GL, "notice", iso(EMMYS[y])), y
    assert counts_in(GL, "notice", r"Met Gala (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert "royal wedding" in on(GL, "notice", d(2018, 5, 19))
    assert "Hollywood on pause" in on(GL, "notice", d(2020, 4, 1))
    # GearPicks: Prime Day, Black Friday, Cyber Monday, Christmas, CES, Apple
    assert "Prime Day 2015 is July 15:" in on(GP, "notice", d(2015, 7, 15))
    assert "Prime Day 2020 is October 13-14" in on(GP, "notice", d(2020, 10, 13))
    assert "Prime Day" not in on(GP, "notice", d(2020, 7, 14))
    for y in range(2015, 2021):
        assert f"Black Friday {y}" in on(GP, "notice", black_friday(y)), y
        assert f"Cyber Monday {y}" in on(GP, "notice", cyber_monday(y)), y
        assert f"CES {y}" in on(GP, "notice", iso(CES[y - 2015][0])), y
        assert "Christmas delivery" in on(GP, "notice", d(y, 12, 18)), y
    assert counts_in(GP, "notice", r"Apple's (\d{4})") == {str(y) for y in range(2015, 2020)}
    # AutoBlick: Geneva with its number (canceled in 2020), the IAA, diesel bans, the VAT cut
    assert counts_in(AB, "hinweis", r"(\d+)\. Genfer") == {str(n) for n in range(85, 90)}
    assert "abgesagt" in on(AB, "hinweis", d(2020, 3, 5))
    assert counts_in(AB, "hinweis", r"(\d+)\. IAA") == {"66", "67", "68"}
    assert "IAA" in on(AB, "hinweis", d(2019, 9, 12))
    assert "Diesel-Fahrverbote" in on(AB, "hinweis", d(2018, 6, 1))
    assert "Mehrwertsteuer" in on(AB, "hinweis", d(2020, 7, 10))
    # Miroir Mode: the sales (moved in 2020), fashion weeks, Mother's Day, lockdowns
    for y in range(2015, 2021):
        (wa, wb), (sa, sb) = SOLDES[y]
        assert f"Soldes d'hiver {y}" in on(MM, "avis", iso(wa)), y
        assert f"Soldes d'été {y}" in on(MM, "avis", iso(sa)), y
        assert "Soldes" not in on(MM, "avis", iso(sb) + one), y
        assert f"Fête des mères {y}" in on(MM, "avis", fete_des_meres(y)), y
        assert "Saint-Valentin" in on(MM, "avis", d(y, 2, 14)), y
    assert "Soldes" not in on(MM, "avis", d(2020, 6, 24))  # the summer sales moved to July
    assert "Soldes d'hiver 2020" not in on(MM, "avis", d(2020, 2, 5))  # four weeks only
    assert "automne-hiver" in on(MM, "avis", d(2019, 2, 27))
    assert "printemps-été" in on(MM, "avis", d(2018, 9, 25))
    assert "Confinement" in on(MM, "avis", d(2020, 4, 1))
    assert "Confinement" in on(MM, "avis", d(2020, 11, 15))
    # Salotto Vip: Sanremo and Venice with their editions, the lockdown
    assert counts_in(SV, "avviso", r"(\d+)ª edizione") == {str(n) for n in range(65, 71)}
    assert counts_in(SV, "avviso", r"Venezia (\d+):") == {str(n) for n in range(72, 78)}
    assert all(f"Sanremo {y}" in on(SV, "avviso", iso(SANREMO[y][0])) for y in SANREMO)
    assert "#iorestoacasa" in on(SV, "avviso", d(2020, 4, 1))
    # Technoteka: Black Friday, Cyber Monday, Singles' Day, school, Christmas, 2020
    for y in range(2015, 2021):
        assert f"Black Friday {y}" in on(TT, "komunikat", black_friday(y)), y
        assert f"Cyber Monday {y}" in on(TT, "komunikat", cyber_monday(y)), y
        assert f"11.11.{y}" in on(TT, "komunikat", d(y, 11, 11)), y
        assert f"Powrót do szkoły {y}" in on(TT, "komunikat", d(y, 8, 25)), y
        assert "Wigilią" in on(TT, "komunikat", d(y, 12, 15)), y
    assert "Zostań w domu" in on(TT, "komunikat", d(2020, 4, 1))
    # 芸能ナビ: the Kōhaku with its number, the change of era, the state of emergency
    assert counts_in(GN, "oshirase", r"第(\d+)回NHK紅白") == {str(n) for n in range(66, 72)}
    assert "令和" in on(GN, "oshirase", d(2019, 4, 30))
    assert "放送延期" in on(GN, "oshirase", d(2020, 4, 20))
    # The Forecourt: Goodwood (none in 2020), MOT, ULEZ and the 2020 MOT extension
    assert counts_in(FC, "notice", r"Festival of Speed (\d{4})") == {str(y) for y in
                                                                      range(2015, 2020)}
    assert "MOT rules" in on(FC, "notice", d(2018, 5, 20))
    assert "Ultra Low Emission Zone" in on(FC, "notice", d(2019, 4, 8))
    assert "six-month extension" in on(FC, "notice", d(2020, 5, 1))
    # Glanzstück: every door of the Advent calendar, Mother's Day, Black Friday
    for y in range(2015, 2021):
        for n in range(1, 25):
            assert f"Türchen {n} " in on(GS, "hinweis", d(y, 12, n)), (y, n)
        assert f"Muttertag {y}" in on(GS, "hinweis", muttertag(y)), y
        assert f"Black Friday {y}" in on(GS, "hinweis", black_friday(y)), y
    assert "Türchen" not in on(GS, "hinweis", d(2019, 12, 25))
    # モノレビュー: Prime Day, Black Friday, New Year sales, the tax rise, 2020
    assert counts_in(MR, "oshirase", r"プライムデー(\d{4})") == {str(y) for y in range(2015, 2021)}
    assert "10月13日スタート" in on(MR, "oshirase", d(2020, 10, 13))
    assert "ブラックフライデー" in on(MR, "oshirase", d(2019, 11, 29))
    assert all(f"{y}年の初売り" in on(MR, "oshirase", d(y, 1, 2)) for y in range(2015, 2021))
    assert "消費税10%" in on(MR, "oshirase", d(2019, 9, 20))
    assert "テレワーク" in on(MR, "oshirase", d(2020, 5, 1))
    # Gwiazdowo and Il Beauty Case: New Year's Eve, Valentine's, Christmas, Black Friday, 2020
    for y in range(2015, 2021):
        assert f"Sylwester {y}" in on(GW, "komunikat", d(y, 12, 31)), y
        assert "Walentynki" in on(GW, "komunikat", d(y, 2, 14)), y
        assert f"Natale {y}" in on(BC, "seguimi", d(y, 12, 20)), y
        assert f"Black Friday {y}" in on(BC, "seguimi", black_friday(y)), y
    assert "kwarantannę" in on(GW, "komunikat", d(2020, 4, 1))
    assert "#iorestoacasa" in on(BC, "seguimi", d(2020, 4, 1))
    for domain, family in BANNERS:
        assert len(changes(domain, family)) >= 12, domain


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (GL, "byline", GL_REDESIGN, "By {author}", "{role}"),
        (GL, "notice", GL_NOTIFY, "newsletter", "notifications"),
        (GL, "affiliate", d(2019, 1, 15), "may receive", "Our editors pick"),
        (GL, "magazine", d(2017, 1, 1), "$10", "$12"),
        (GL, "magazine", d(2019, 9, 1), "$12", "$29.99"),
        (GL, "terms", GL_CCPA, "Privacy Policy.", "Do Not Sell"),
        (GP, "disclosure", GP_DISCLOSURE, "from links on this page", "reader-supported"),
        (GP, "byline", GP_REDESIGN, "By {author}", "{author_beat}"),
        (GP, "notice", GP_NEWSLETTER, "Twitter", "Deals Daily"),
        (AB, "verbrauch", WLTP, "(NEFZ) ermittelt", "WLTP"),
        (AB, "hinweis", AB_NEWSLETTER, "Facebook", "Newsletter"),
        (AB, "abo", d(2017, 1, 1), "83,20", "88,40"),
        (AB, "abo", d(2019, 1, 1), "88,40", "93,60"),
        (AB, "abo", VAT_CUT[0], "93,60", "91,00"),
        (AB, "abo", VAT_CUT[1], "91,00", "93,60"),
        (AB, "impressum", GDPR, "Datenschutz · Kontakt", "Cookie-Einstellungen"),
        (MM, "affiliation", MM_AFFILIATION, "liens d'affiliation", "choisissent librement"),
        (MM, "avis", MM_NEWSLETTER, "Instagram", "newsletter"),
        (MM, "rgpd", GDPR, "nos offres", "RGPD"),
        (SV, "avviso", SV_TELEGRAM, "Facebook", "Telegram"),
        (SV, "abbonamento", d(2018, 1, 1), "39 euro", "44,90 euro"),
        (SV, "cookie", IT_COOKIES, "Informativa", "cookie"),
        (SV, "cookie", GDPR, "Proseguendo", "GDPR"),
        (TT, "afiliacja", TT_AFFILIATE, "afiliacyjne.", "wspierasz"),
        (TT, "komunikat", TT_NOTIFY, "Facebooku", "powiadomienia"),
        (TT, "newsletter", GDPR, "otrzymuj", "Administratorem danych"),
        (GN, "oshirase", GN_LINE, "Twitter", "LINE"),
        (FC, "notice", FC_NEWSLETTER, "Facebook", "newsletter"),
        (FC, "road-tax", d(2017, 4, 1), "£0 to £515", "£140"),
        (FC, "road-tax", d(2019, 4, 1), "£140", "£145"),
        (FC, "road-tax", d(2020, 4, 1), "£145", "£150"),
        (FC, "finance", d(2019, 1, 1), "6.9% APR", "7.9% APR"),
        (GS, "kennzeichnung", GS_WERBUNG, "Affiliate-Links", "*Werbung"),
        (GS, "kooperation", GS_WERBUNG, "freundlicher", "Werbung |"),
        (GS, "datum", GS_REDESIGN, "{date_de}", "{date_de_long}"),
        (GS, "hinweis", GS_NEWSLETTER, "Pinterest", "Newsletter"),
        (MR, "kokoku", MR_AMAZON, "アフィリエイトプログラム", "アソシエイト"),
        (MR, "kakaku", JP_TAX, "8%", "10%"),
        (GW, "komunikat", GW_INSTAGRAM, "Facebooku", "Instagramie"),
        (GW, "sms", d(2018, 1, 1), "2,46 zł", "3,69 zł"),
        (GW, "rodo", GDPR, "regulaminu", "RODO"),
        (BC, "adv", BC_ADV, "Post in", "#adv")))
    assert_groups_reworded(SET, (
        (GL, "dated", " PST", "Updated"),
        (GP, "disclosure", "from links on this page", "reader-supported"),
        (AB, "verbrauch", "(NEFZ) ermittelt", "WLTP"),
        (AB, "datum", "Uhr", "Juni"),
        (MM, "date", "Publié le", "Mis à jour"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (GN, "hizuke", r"\d{4}/\d\d/\d\d|令和"), (GN, "oshirase", r"[\u3040-\u30ff]"),
        (GN, "tensai", r"[\u4e00-\u9fff]"), (MR, "kakaku-chui", r"[\u3040-\u30ff]"),
        (MR, "oshirase", r"[\u3040-\u30ff]"), (TT, "data", r"\d"),
        (TT, "komunikat", r"[ąęłńóśźż]"), (GW, "rodo", r"[ąęłńóśźż]"),
        (MM, "avis", r"[a-zéèêàç]"), (AB, "hinweis", r"[A-Za-zäöüß]"),
        (SV, "avviso", r"[a-zàèéìòù]")))
    polish = ("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|"
              "października|listopada|grudnia")
    assert all(re.search(polish, t) for t in group_lines(SET, TT, "promocje"))
    assert any(re.search(polish, t) for t in group_lines(SET, GW, "data"))
    assert any("令和" in t for t in group_lines(SET, GN, "hizuke"))
    assert any(re.search(r"\d{4}/\d\d/\d\d", t) for t in group_lines(SET, GN, "hizuke"))
    assert any(re.search(r"PDT$", t) for t in group_lines(SET, GL, "dated"))
    assert any(re.search(r"PST$", t) for t in group_lines(SET, GL, "dated"))
    assert all("€" in t for t in group_lines(SET, MM, "shopping"))
    assert all("£" in t for t in group_lines(SET, FC, "factfile"))
    assert all("円" in t for t in group_lines(SET, MR, "kakaku"))
    assert all(re.search("[★☆½]", t) for t in group_lines(SET, GP, "verdict"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{GL}/dated", f"{GL}/byline", f"{GL}/related", f"{GL}/kicker",
                         f"{GL}/photo", f"{GL}/copyright", f"{GP}/dated", f"{GP}/price",
                         f"{GP}/byline", f"{AB}/datum", f"{AB}/verbrauch", f"{MM}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{GL}/tips", f"{GL}/terms", f"{GP}/prices", f"{GP}/how-we-test", f"{AB}/affiliate",
        f"{AB}/impressum", f"{MM}/mentions", f"{SV}/testata"))
    assert_carried_share(docs, GL, [
        ("dated", 0.7, 0.97), ("copyright", 0.25, 0.55), ("related", 0.4, 0.75),
        ("ad", 0.3, 0.7), ("editors-note", 0.0, 0.1), ("notice", 0.15, 0.5),
        ("birthdays", 0.02, 0.25), ("giveaway", 0.0, 0.2)])
    assert_carried_share(docs, GP, [("disclosure", 0.65, 0.93), ("expired", 0.0, 0.12)])
    for fam in (f"{GL}/related", f"{GL}/ad", f"{GP}/price", f"{AB}/lesen"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{GL}/photo", f"{GP}/specs"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((GL, "photo"), (GL, "watch"), (GP, "specs"), (GP, "review"),
                               (AB, "foto"), (AB, "anzeige"), (MM, "shopping"), (MM, "credit"),
                               (SV, "foto"), (TT, "czytaj"), (GN, "shashin"),
                               (FC, "read-more"), (GS, "lesetipp"), (MR, "hyoka"),
                               (GW, "fot"), (BC, "leggi")))
    roles = [m[1] for t in group_lines(SET, GL, "byline")
             if (m := re.fullmatch(r"By [^|]+ \| (.+)", norm(t)))]
    assert roles and sum(r in pool(SET, GL, "role") for r in roles) >= 0.9 * len(roles)
    beats = [m[1] for t in group_lines(SET, GP, "byline")
             if (m := re.fullmatch(r"By [^·]+ · (.+)", norm(t)))]
    assert beats and sum(b in pool(SET, GP, "beat") for b in beats) >= 0.9 * len(beats)


def test_amounts_in_prices_and_appeals() -> None:
    assert "$250 gift card" in on(GL, "giveaway", d(2016, 6, 1))
    assert "$500 beauty haul" in on(GL, "giveaway", d(2017, 6, 1))
    assert "$29.99" in on(GL, "magazine", d(2020, 1, 1))
    assert "91,00 Euro" in on(AB, "abo", d(2020, 9, 1))
    assert "93,60 Euro" in on(AB, "abo", d(2020, 6, 30)) and "93,60 Euro" in on(
        AB, "abo", d(2021, 1, 5))
    assert "150 €" in on(MM, "concours", d(2017, 6, 1)) and "250 €" in on(MM, "concours",
                                                                          d(2018, 6, 1))
    assert "£150 a year" in on(FC, "road-tax", d(2020, 6, 1))
    assert "£140 a year" in on(FC, "road-tax", d(2018, 6, 1))
    assert "（税込・10%）" in on(MR, "kakaku", d(2020, 1, 1))
    assert "（税込・8%）" in on(MR, "kakaku", d(2019, 9, 30))
    assert "3,69 zł" in on(GW, "sms", d(2020, 1, 1))
    pence = {int(m[1]) for t in group_lines(SET, FC, "fuel")
             if (m := re.search(r"unleaded (\d+)\.\dp", norm(t)))}
    assert pence and all(105 <= p <= 132 for p in pence)
    prices = [m[1] for t in group_lines(SET, GP, "price")
              if (m := re.fullmatch(r"Today's best price: (\S+) at .+", norm(t)))]
    assert prices and sum(p in pool(SET, GP, "price") for p in prices) >= 0.9 * len(prices)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (GL, "editors-note"), (GP, "sponsored", 12), (GP, "expired"), (AB, "korrektur"),
        (MM, "publi", 8), (MM, "rectificatif"), (SV, "aggiornamento"),
        (TT, "sponsorowany", 8), (TT, "aktualizacja"), (GN, "pr", 8), (GN, "teisei"),
        (FC, "correction"), (GS, "update"), (MR, "teisei"), (GW, "sprostowanie")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{GL}/related", "RELATED STORY: "), (f"{GL}/watch", "WATCH: "),
        (f"{GP}/review", "Read our full review: "), (f"{AB}/lesen", "Lesen Sie auch: "),
        (f"{MM}/lire-aussi", "À lire aussi : "), (f"{SV}/leggi", "LEGGI ANCHE: "),
        (f"{TT}/czytaj", "Czytaj także: "), (f"{GN}/kanren", "【関連記事】")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (GP, "prices", "Prices are accurate at the time of publishing and may change."),
        (GP, "how-we-test", "How we test: every product in this guide was used for at least "
                            "a week by our reviewers."),
        (GN, "tensai", "記事・写真の無断転載を禁じます。"),
        (MR, "kakaku-chui", "※価格は記事公開時点のものです。最新の価格は販売ページでご確認"
                            "ください。"),
        (GS, "sternchen", "*Affiliate-Link: Wir erhalten eine kleine Provision, für euch "
                          "ändert sich am Preis nichts.")))
    assert_group_values_from_pool(SET, (
        (GL, "kicker", "kicker"), (AB, "rubrik", "rubrik"), (MM, "rubrique", "rubrique"),
        (SV, "categoria", "categoria"), (TT, "dzial", "dzial"), (GN, "category", "category")))
    for style, family, pattern, pool_name in (
            (GL, "photo", r"^Photo credit: (.+)$", "photo"),
            (GP, "verdict", r"^Our verdict: (.+)$", "stars"),
            (GP, "specs", r"^Specs: (.+)$", "spec"),
            (AB, "foto", r"^Foto: (.+)$", "foto"),
            (AB, "daten", r"^Technische Daten: (.+)$", "daten"),
            (MM, "credit", r"^Crédit photo : (.+)$", "credit"),
            (SV, "foto", r"^\(Foto: (.+)\)$", "foto"),
            (TT, "ocena", r"^Ocena: (.+)$", "ocena"),
            (TT, "cena", r" w sklepie (.+)$", "sklep"),
            (GN, "shashin", r"^（写真：(.+)）$", "shashin"),
            (FC, "rating", r"^Our rating: (.+)$", "rating"),
            (MR, "hyoka", r"^総合評価：(.+)$", "hoshi"),
            (GW, "fot", r"^Fot\. (.+)$", "fot")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (GL, "ad", "ADVERTISEMENT"),
        (GP, "prices", "Prices are accurate at the time of publishing and may change."),
        (AB, "anzeige", "Anzeige"),
        (MM, "mentions", "Mentions légales | CGU | Contact | Publicité")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        GL: (["tips", "magazine", "terms", "copyright"], 3),
        GP: (["prices", "how-we-test", "copyright"], 3),
        AB: (["affiliate", "impressum", "copyright"], 2),
        MM: (["rgpd", "mentions", "copyright"], 2),
        SV: (["testata", "copyright"], 2),
        TT: (["newsletter", "ceny", "copyright"], 2),
        GN: (["tensai", "copyright"], 2),
        FC: (["affiliate", "publisher", "copyright"], 2),
        GS: (["sternchen", "copyright"], 2),
        MR: (["kakaku-chui", "copyright"], 2),
        GW: (["rodo", "copyright"], 2),
        BC: (["saluto", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert GL in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    assert thanksgiving(2020) + 4 * one < LAST_DAY
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
