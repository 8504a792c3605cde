"""The held-back-99 template set (`tests.bench.heldout_templates_99`): its localised dates
(printed day by day in French, English, Hausa with the Hijri date in Arabic script and digits,
Wolof, Bambara, Yoruba, Lingala and Igbo, several changing form on the day of a redesign, two
by a weekly's issue), the lines that turn every day, week or campaign (the dollar in CFA and
Congolese francs and the naira on working days, Dakar's temperatures, the Igbo market week,
a radio's programme by weekday, the maize, garri and cedi every week, ghost-town Mondays, the
cocoa and cotton prices), the seasons of hivernage, harmattan, mangoes, fishing, swells and the
winter truce, the notices it rewords by date, the calendars some notices follow (votes,
postponed ones, a re-run and a supplementary poll, a coup, curfews, lockdowns, internet cuts,
an attack, a mutiny, load shedding, a sit-at-home day, national days with their counts, the
Magal, the Gamou, Tabaski, Korité, Ramadan and the Eids, the Osun-Osogbo festival, the Fire
festival and Damba, the new yam, Ofala, a jazz festival, the Race of Hope, Christmas, events
called off in 2020), the amounts in its appeals and prices, the lines in several languages
and scripts, the variation it promises, its multi-line blocks and the hard negatives of its
corpus actually occur.

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

from tests.bench.heldout_calendar import digits
from tests.bench.heldout_templates_99 import (
    ARABIC_ZERO,
    COCOA,
    COTTON,
    EA_REDESIGN,
    FC_REDESIGN,
    FIRST_DAY,
    GHOST_TOWNS,
    HIJRI_MONTHS,
    KM_REDESIGN,
    KORITE,
    LAST_DAY,
    MH_REDESIGN,
    MI_REDESIGN,
    NF_REDESIGN,
    OO_REDESIGN,
    OSUN_FESTIVAL,
    RK_REDESIGN,
    TA_REDESIGN,
    TM_REDESIGN,
    along,
    business_day,
    cdf_rate,
    commas,
    dakar_temperatures,
    democracy_day,
    fc_issue,
    garri_price,
    ghs_rate,
    hijri,
    jitter,
    last_weekday_on,
    maize_price,
    market_day,
    ngn_rate,
    spaced,
    uo_issue,
    xof_rate,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
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

SET = "held-back-99"
SITES = ("L'Éclaireur d'Abidjan", "The Marina Herald", "Tauraron Arewa", "Teranga Matin",
         "Radio Kénédougou", "Òkìkí Òṣogbo", "Fako Chronicle", "Malebo Infos", "Nyohini FM",
         "Kafo Montreuil", "Ụzọ Ọhụrụ", "Guet Ndar Actu")
EA, MH, TA, TM = ("eclaireurabidjan.ci", "marinaherald.ng", "tauraronarewa.com.ng",
                  "terangamatin.sn")
RK, OO, FC, MI = ("kenedougoufm.ml", "okikiosogbo.com.ng", "fakochronicle.cm",
                  "maleboinfos.cd")
NF, KM, UO, GN = ("nyohinifm.com.gh", "kafomontreuil.fr", "uzoohuru.com.ng",
                  "guetndaractu.sn")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((EA, "publie"), (MH, "published"), (TA, "kwanan-wata"), (TM, "date"), (RK, "publie"),
         (OO, "ojo"), (MI, "date"), (NF, "posted"), (KM, "date"), (GN, "date"))
# The lines that turn every day, every week, on working days or by campaign.
PERIODIC = ((EA, "devises"), (EA, "cacao"), (MH, "naira"), (TA, "kasuwa"), (TM, "meteo"),
            (RK, "bi"), (RK, "coton"), (OO, "garri"), (FC, "issue"), (FC, "office"),
            (MI, "taux"), (NF, "on-air"), (NF, "cedi"), (UO, "ahia"), (UO, "mbiputa"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((EA, "annonce"), (MH, "notice"), (TA, "sanarwa"), (TM, "annonce"), (RK, "avis"),
           (OO, "ikede"), (FC, "notice"), (MI, "annonce"), (NF, "greetings"),
           (KM, "annonce"), (UO, "ozi"), (GN, "annonce"))
SEASONAL = ((TM, "saison"), (RK, "saison"), (FC, "weather"), (NF, "season"), (KM, "treve"),
            (UO, "oge"), (GN, "mer"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 1, 10)
FIRST_WORDINGS = {
    EA: "Suivez L'Éclaireur d'Abidjan sur Facebook et Twitter",
    MH: "Follow The Marina Herald on Twitter and Instagram",
    TA: "Ku biyo mu a Facebook: Tauraron Arewa",
    TM: "Rejoignez Teranga Matin sur Facebook",
    RK: "Avis et communiqués : passez au studio ou appelez le 21 62 00 00",
    OO: "Ẹ tẹ̀lé wa lórí Facebook: Òkìkí Òṣogbo",
    FC: "Send press releases and announcements to the newsroom in Molyko",
    MI: "Suivez Malebo Infos sur Twitter et Facebook",
    NF: "Send your greetings and announcements: call 0372 000 000",
    KM: "Rejoignez le groupe Facebook du Kafo",
    UO: "Soro anyị na Facebook: Ụzọ Ọhụrụ",
    GN: "Envoyez vos infos de quartier : contact@guetndaractu.sn",
}

ARABIC = r"[\u0600-\u06FF]"
ARABIC_DIGIT = r"[\u0660-\u0669]"
HAUSA_HOOKED = r"[ɓɗƙƳ]"  # the hooked letters of Hausa's Latin alphabet
YORUBA = r"[ẹọṣẸỌṢ]"  # the letters with a dot below
IGBO = r"[ịọụỊỌỤ]"
OPEN_VOWELS = r"[ɛɔ]"  # Bambara's and Lingala's open e and o
LATIN = r"[A-Za-z]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 3, 14), d(2017, 1, 9), d(2018, 8, 7), d(2018, 12, 30),
        d(2019, 2, 18), d(2020, 4, 20), d(2020, 10, 22), LAST_DAY))


def test_helpers() -> None:
    # the tabular Hijri calendar: its new years and months
    assert hijri(d(2015, 10, 15)) == (1437, 1, 1)
    assert hijri(TA_REDESIGN) == (1439, 1, 1)
    assert hijri(d(2019, 5, 6)) == (1440, 9, 1) and hijri(d(2020, 4, 24)) == (1441, 9, 1)
    assert hijri(d(2019, 6, 21)) == (1440, 10, 17)
    for day in every_day():
        y, m, dd = hijri(day)
        ny, nm, nd = hijri(day + one)
        assert 1 <= dd <= 30 and (nd == dd + 1 or (nd == 1 and (nm == m % 12 + 1)))
        assert ny == y + (nm == 1 and nd == 1 and m == 12)
    assert digits(1440, ARABIC_ZERO) == "١٤٤٠"
    # weeks, working days, issues, the market week, made-up numbers
    assert last_weekday_on(d(2019, 6, 23), 3) == d(2019, 6, 20)
    assert business_day(d(2019, 6, 22)) == business_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert jitter(d(2017, 1, 1), "k", 1, 3) == jitter(d(2017, 1, 1), "k", 1, 3)
    assert spaced(1650) == "1 650" and commas(12500) == "12,500"
    knots = ((d(2015, 1, 1), 10), (d(2015, 1, 11), 20))
    assert along(knots, d(2014, 1, 1)) == 10 and along(knots, d(2015, 1, 6)) == 15
    assert along(knots, d(2020, 1, 1)) == 20
    assert fc_issue(d(2015, 1, 1)) == (19, 611, d(2015, 1, 1))
    assert fc_issue(d(2016, 3, 5)) == (20, 672, d(2016, 3, 3))
    assert uo_issue(d(2015, 1, 2)) == (205, d(2015, 1, 2))
    assert [market_day(d(2015, 1, 1) + k * one) for k in range(5)] == [
        "Eke", "Orie", "Afọ", "Nkwọ", "Eke"]
    assert democracy_day(2018) == d(2018, 5, 29) and democracy_day(2019) == d(2019, 6, 12)
    for day in every_day():
        work = business_day(day)
        assert xof_rate(day) == xof_rate(work) and ngn_rate(day) == ngn_rate(work)
        assert cdf_rate(day) == cdf_rate(work)
        assert maize_price(day) == maize_price(last_weekday_on(day, 3))
        assert maize_price(day) % 100 == 0 and garri_price(day) % 10 == 0
        assert garri_price(day) == garri_price(last_weekday_on(day, 5))
        assert ghs_rate(day) == ghs_rate(last_weekday_on(day, 0))
        number, thursday = fc_issue(day)[1:]
        assert thursday.weekday() == 3 and fc_issue(day + 7 * one)[1] == number + 1
        number, friday = uo_issue(day)
        assert friday.weekday() == 4 and uo_issue(day + 7 * one)[0] == number + 1
        assert 520 <= xof_rate(day) <= 635 and 180 <= ngn_rate(day) <= 500
        assert 900 <= cdf_rate(day) <= 2000 and 3.0 <= ghs_rate(day) <= 6.0
        assert 6000 <= maize_price(day) <= 18500 and 130 <= garri_price(day) <= 420
        low, high = dakar_temperatures(day)
        assert 15 <= low < high <= 34
    assert ngn_rate(d(2017, 2, 20)) > ngn_rate(d(2015, 2, 2)) + 250  # the 2017 peak
    assert ngn_rate(d(2018, 6, 1)) < 370 < ngn_rate(d(2020, 9, 1))
    assert cdf_rate(d(2020, 12, 1)) > 2 * cdf_rate(d(2015, 6, 1))
    assert xof_rate(d(2016, 12, 20)) > xof_rate(d(2018, 2, 1)) + 80
    assert maize_price(d(2017, 6, 1)) > maize_price(d(2018, 6, 1)) + 3000
    assert ghs_rate(d(2020, 6, 1)) > ghs_rate(d(2015, 1, 5)) + 2


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(EA, "publie", old, r"Publié le samedi 5 mars 2016 à \d\d:\d\d")
    full(EA, "publie", new, r"21/06/2019 \| Mis à jour à \d\d:\d\d")
    full(EA, "devises", new, r"Devises : 1 dollar = \d{3} FCFA · 1 euro = 655,957 FCFA")
    full(MH, "published", old, "Published Saturday, March 5, 2016")
    full(MH, "published", new, r"21st June 2019 \| \d{1,2}:\d\d [AP]M")
    full(MH, "naira", new, r"Naira closes at N3\d\d/\$1 at the parallel market")
    full(TA, "kwanan-wata", old, "Asabar, 5 ga Maris, 2016")
    full(TA, "kwanan-wata", new, r"Juma'a 21 ga Yuni 2019 \| ١٧ شوال ١٤٤٠ هـ")
    full(TA, "kasuwa", new, r"🌾 Farashin masara a kasuwar Dawanau: ₦\d{1,2},\d00 kowane buhu")
    full(TM, "date", old, "Dakar, le samedi 5 mars 2016")
    full(TM, "date", new, "Àjjuma 21 Suwe 2019 · 21/06/2019")
    full(TM, "meteo", new, r"🌡️ Dakar aujourd'hui : 2\d°C / 3\d°C")
    full(RK, "publie", old, "Publié le 5 mars 2016")
    full(RK, "publie", new, "Juma 21 juin 2019 – Sikasso")
    full(RK, "bi", new, r"📻 Bi \(Juma\) : Juma waajuli, 13h")
    full(RK, "coton", new, r"🌱 Coton graine : 275 FCFA le kilo \(campagne 2019-2020\)")
    full(OO, "ojo", old, "Ọjọ́ Àbámẹ́ta, 5 Ẹrẹ̀nà 2016")
    full(OO, "ojo", new, r"21/06/2019 \| Ọjọ́ Ẹtì \| \d\d:\d\d")
    full(OO, "garri", new, r"Iye gààrí ní ọjà Ọba lọ́sẹ̀ yìí: ₦\d{3} fún kóńgò kan")
    full(FC, "issue", old, r"Vol\. 20 No\. 672 · Thursday, 3 March 2016")
    full(FC, "office", old, "Office hours: Monday to Friday, 8am to 5pm, Molyko")
    full(FC, "office", new, "Ghost town on Monday 24 June: our office opens again on Tuesday")
    full(MI, "date", old, "Kinshasa, 5 mars 2016")
    full(MI, "date", d(2019, 7, 5), r"mokɔlɔ ya mítáno, 05/07/2019 – \d\d:\d\d")
    full(MI, "taux", new, r"💱 Taux du jour à Kinshasa : 1 USD = 1 6\d\d FC")
    full(NF, "posted", old, "Posted on 5 March 2016")
    full(NF, "posted", new, r"Fri, Jun 21 2019 · \d{1,2}:\d\d [AP]M")
    full(NF, "on-air", new, r"On air today \(Friday\): Jumu'ah Reflections, 1pm")
    full(NF, "cedi", new, r"Cedi watch this week: \$1 = GH₵5\.\d\d at the forex bureaus")
    full(KM, "date", old, "Montreuil, samedi 5 mars 2016")
    full(KM, "date", new, r"Montreuil, vendredi 21 juin 2019 \| Juma")
    full(UO, "mbiputa", old, "Mbipụta 266 · Fraịdee, 4 Maachị 2016")
    full(UO, "ahia", old, "Ụbọchị ahịa taa: Orie")
    full(GN, "date", old, "Ndar, Gaawu 5 mars 2016")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(EA, "publie", day).startswith("Publié le") == (day < EA_REDESIGN)
        assert on(MH, "published", day).startswith("Published") == (day < MH_REDESIGN)
        ta = on(TA, "kwanan-wata", day)
        assert bool(re.search(ARABIC, ta)) == (day >= TA_REDESIGN)
        if day >= TA_REDESIGN:
            y, m, dd = hijri(day)
            assert ta.endswith(f"{digits(dd, ARABIC_ZERO)} {HIJRI_MONTHS[m - 1]} "
                               f"{digits(y, ARABIC_ZERO)} هـ")
        assert on(TM, "date", day).startswith("Dakar, le") == (day < TM_REDESIGN)
        assert on(RK, "publie", day).startswith("Publié le") == (day < RK_REDESIGN)
        assert ("|" in on(OO, "ojo", day)) == (day >= OO_REDESIGN)
        assert on(MI, "date", day).startswith("Kinshasa") == (day < MI_REDESIGN)
        assert on(NF, "posted", day).startswith("Posted on") == (day < NF_REDESIGN)
        assert ("|" in on(KM, "date", day)) == (day >= KM_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_campaign() -> None:
    for domain, family in ((EA, "devises"), (MH, "naira"), (MI, "taux")):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() < 5 for day in turned), domain
    for domain, family, weekday in ((TA, "kasuwa", 3), (OO, "garri", 5), (NF, "cedi", 0),
                                    (FC, "issue", 3), (UO, "mbiputa", 4)):
        turned = changes(domain, family)
        assert len(turned) >= 120, (domain, family)
        assert all(day.weekday() == weekday for day in turned), (domain, family)
    # ghost-town Mondays: the notice turns every Tuesday from January 2017
    turned = changes(FC, "office")
    assert min(turned) == GHOST_TOWNS and len(turned) >= 200
    assert all(day.weekday() == 1 for day in turned - {GHOST_TOWNS})
    assert len(changes(UO, "ahia")) == len(every_day()) - 1
    assert len({on(UO, "ahia", day) for day in every_day()}) == 4
    for domain, family in ((RK, "bi"), (NF, "on-air")):
        assert len(changes(domain, family)) == len(every_day()) - 1
        assert len({on(domain, family, day) for day in every_day()}) == 7
    assert len(changes(TM, "meteo")) >= 1000
    for day in every_day():
        assert f"{xof_rate(day)} FCFA" in on(EA, "devises", day)
        assert f"N{ngn_rate(day)}/$1" in on(MH, "naira", day)
        assert spaced(cdf_rate(day)) in on(MI, "taux", day)
        assert f"₦{commas(maize_price(day))} " in on(TA, "kasuwa", day)
        assert on(UO, "ahia", day).endswith(market_day(day))
    # the farm-gate prices turn with the campaigns
    for start, price, campaign in COCOA[1:]:
        text = on(EA, "cacao", d.fromisoformat(start))
        assert f"{spaced(price)} FCFA/kg" in text and campaign in text, start
    assert "intermédiaire" in on(EA, "cacao", d(2017, 5, 1))
    assert "principale" in on(EA, "cacao", d(2017, 11, 1))
    assert len(changes(EA, "cacao")) == len(COCOA) - 1
    for start, price, campaign in COTTON[1:]:
        text = on(RK, "coton", d.fromisoformat(start))
        assert f"{price} FCFA" in text and campaign in text, start
    assert "200 FCFA" in on(RK, "coton", LAST_DAY)


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Hivernage" in on(TM, "saison", d(y, 8, 15))
        assert "Saison sèche" in on(TM, "saison", d(y, 1, 15))
        assert "mangues" in on(RK, "saison", d(y, 4, 1)) and "Samiya" in on(RK, "saison",
                                                                            d(y, 8, 1))
        assert "Récoltes" in on(RK, "saison", d(y, 12, 1))
        assert "Rainy season" in on(FC, "weather", d(y, 7, 1))
        assert "Dry season" in on(FC, "weather", d(y, 1, 15))
        assert "Harmattan" in on(NF, "season", d(y, 1, 10))
        assert "rains" in on(NF, "season", d(y, 6, 1)) and "Harvest" in on(NF, "season",
                                                                          d(y, 10, 1))
        assert "udu mmiri" in on(UO, "oge", d(y, 7, 1)) and "ọkọchị" in on(UO, "oge",
                                                                           d(y, 12, 1))
        assert "Houle" in on(GN, "mer", d(y, 7, 1)) and "pêche" in on(GN, "mer", d(y, 12, 1))
        assert "Hivernage" in on(GN, "mer", d(y, 9, 1))
        assert "aucune expulsion" in on(KM, "treve", d(y, 12, 1))
    # the winter truce stretched to 10 July in 2020
    assert "prolongée" in on(KM, "treve", d(2020, 5, 1))
    assert "Fin de la trêve" in on(KM, "treve", d(2019, 5, 1))
    assert "Fin de la trêve" in on(KM, "treve", d(2020, 7, 11))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Abidjan: the Cup of Nations, the attack, the mutiny, the votes, Independence's count
    assert "Éléphants" in on(EA, "annonce", d(2015, 2, 9))
    assert "Grand-Bassam" in on(EA, "annonce", d(2016, 3, 14))
    assert "Mutinerie" in on(EA, "annonce", d(2017, 1, 7))
    assert "Référendum" in on(EA, "annonce", d(2016, 10, 28))
    assert "isolé" in on(EA, "annonce", d(2020, 5, 1))
    assert "Présidentielle 2020" in on(EA, "annonce", d(2020, 11, 2))
    assert counts_in(EA, "annonce", r"a (\d+) ans") == {str(n) for n in range(55, 61)}
    assert "Tabaski" in on(EA, "annonce", d(2020, 7, 31))
    # Lagos: two postponed votes, the lockdown, the curfew, Democracy Day moved
    assert "shifts polls" in on(MH, "notice", d(2015, 2, 10))
    assert "postponed" in on(MH, "notice", d(2019, 2, 18))
    assert "live results" in on(MH, "notice", d(2019, 2, 24))
    assert "lockdown" in on(MH, "notice", d(2020, 4, 10))
    assert "curfew" in on(MH, "notice", d(2020, 10, 22))
    assert "Democracy Day" in on(MH, "notice", d(2018, 5, 29))
    assert "Democracy Day" in on(MH, "notice", d(2019, 6, 12))
    assert "Democracy Day" not in on(MH, "notice", d(2019, 5, 29))
    assert counts_in(MH, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        str(n) for n in range(55, 61)}
    assert "Merry Christmas" in on(MH, "notice", d(2017, 12, 25))
    # Kano: the supplementary poll, Ramadan (2020's in the lockdown), the Sallahs
    assert "cike gurbi" in on(TA, "sanarwa", d(2019, 3, 20))
    assert "zaman gida" in on(TA, "sanarwa", d(2020, 4, 24))
    assert counts_in(TA, "sanarwa", r"Ramadan (\d{4})") == years - {"2020"}
    assert counts_in(TA, "sanarwa", r"shekara (\d+) da") == {str(n) for n in range(55, 61)}
    assert "Babbar Sallah" in on(TA, "sanarwa", d(2018, 8, 21))
    assert "Maulidi" in on(TA, "sanarwa", d(2019, 11, 10))
    # Dakar: the Magal, the Gamou, Korité (2020's in the curfew), the 4 April's count
    assert counts_in(TM, "annonce", r"Touba (\d{4})") == years
    assert counts_in(TM, "annonce", r"Gamou (\d{4})") == years
    assert counts_in(TM, "annonce", r"(\d+)e anniversaire") == {str(n) for n in range(55, 60)}
    for y, day in KORITE.items():
        text = on(TM, "annonce", d.fromisoformat(day))
        assert ("couvre-feu" in text) if y == 2020 else ("Korité" in text), y
    assert "Référendum" in on(TM, "annonce", d(2016, 3, 18))
    # Sikasso: the emergency, two votes in two rounds, the curfew, the coup, 22 September
    assert "État d'urgence" in on(RK, "avis", d(2015, 11, 25))
    assert "2e tour" in on(RK, "avis", d(2018, 8, 10))
    assert "Couvre-feu" in on(RK, "avis", d(2020, 3, 26))
    assert "Législatives, 2e tour" in on(RK, "avis", d(2020, 4, 18))
    assert "Situation nationale" in on(RK, "avis", d(2020, 8, 20))
    assert counts_in(RK, "avis", r"(\d+) ans d'indépendance") == {str(n) for n in range(55, 61)}
    assert "Seliba" in on(RK, "avis", d(2019, 8, 11))
    # Osogbo: the festival (without crowds in 2020), the governorship vote and its re-run
    for y, day in OSUN_FESTIVAL.items():
        text = on(OO, "ikede", d.fromisoformat(day))
        assert ("láìsí èrò" in text) if y == 2020 else (f"Òṣogbo {y}: ẹ kú" in text), y
    assert "Àtúndì" in on(OO, "ikede", d(2018, 9, 27))
    assert "gómìnà" in on(OO, "ikede", d(2018, 9, 20))
    assert counts_in(OO, "ikede", r"pé ọdún (\d+)") == {str(n) for n in range(24, 30)}
    assert "Iléyá" in on(OO, "ikede", d(2017, 9, 1))
    # Buea: the internet cut, the curfew, two votes, the national days' counts, the race
    assert "Internet cut" in on(FC, "notice", d(2017, 3, 1))
    assert "Curfew" in on(FC, "notice", d(2017, 10, 1))
    assert "Presidential election" in on(FC, "notice", d(2018, 10, 5))
    assert counts_in(FC, "notice", r"Happy (\d+)(?:st|nd|rd|th) National Day") == {
        str(n) for n in range(43, 49)}
    assert counts_in(FC, "notice", r"Happy (\d+)(?:st|nd|rd|th) Youth Day") == {
        "49", "50", "52", "53"}  # 2017's in the internet cut, 2020's before the vote
    assert counts_in(FC, "notice", r"Race of Hope (\d{4})") == years - {"2017"}
    # Kinshasa: the cuts, the end of the mandate, the postponed vote, 30 June's count
    assert "SMS" in on(MI, "annonce", d(2015, 1, 20))
    assert "mandat" in on(MI, "annonce", d(2016, 12, 20))
    assert "reportées" in on(MI, "annonce", d(2018, 12, 25))
    assert "Jour de vote" in on(MI, "annonce", d(2018, 12, 30))
    assert "Internet coupé" in on(MI, "annonce", d(2019, 1, 10))
    assert counts_in(MI, "annonce", r"(\d+) ans d'indépendance") == {
        str(n) for n in range(55, 60)}  # 2020's: the emergency
    assert "malamu" in on(MI, "annonce", d(2016, 12, 25))
    # Tamale: load shedding, two votes, the new Ya Na, the festivals
    assert "Dumsor" in on(NF, "greetings", d(2015, 4, 1))
    assert "Ya Na" in on(NF, "greetings", d(2019, 1, 20))
    assert "Election 2020" in on(NF, "greetings", d(2020, 12, 8))
    assert counts_in(NF, "greetings", r"Happy (\d+)(?:st|nd|rd|th) Independence") == {
        str(n) for n in range(59, 64)}  # 2015's: load shedding
    assert counts_in(NF, "greetings", r"Bugum Chuɣu (\d{4})") == years
    assert counts_in(NF, "greetings", r"Damba (\d{4})") == years
    # Montreuil: French and Malian votes, the lockdowns, the coup, Ramadan
    assert "Municipales" in on(KM, "annonce", d(2020, 6, 25))
    assert "Reconfinement" in on(KM, "annonce", d(2020, 11, 15))
    assert "Bamako" in on(KM, "annonce", d(2020, 8, 20))
    assert "consulat" in on(KM, "annonce", d(2018, 7, 27))
    assert counts_in(KM, "annonce", r"Ramadan (\d{4})") == years - {"2020"}
    assert counts_in(KM, "annonce", r"(\d+) ans d'indépendance") == {
        str(n) for n in range(55, 61)}
    # Onitsha: the sit-at-home, the governorship vote, the new yam, Ofala (not in 2020)
    assert "mechiri emechi taa" in on(UO, "ozi", d(2017, 5, 30))
    assert "Anambra" in on(UO, "ozi", d(2017, 11, 15))
    assert counts_in(UO, "ozi", r"iri ji (\d{4})") == years
    assert counts_in(UO, "ozi", r"Ofala Onitsha (\d{4})") == years - {"2020"}
    assert "Ekeresimesi" in on(UO, "ozi", d(2019, 12, 25))
    # Saint-Louis: the jazz festival's count (not in 2020), the tension, the curfew
    assert counts_in(GN, "annonce", r"(\d+)e édition") == {str(n) for n in range(23, 28)}
    assert "Tension" in on(GN, "annonce", d(2018, 2, 1))
    assert "pirogues" in on(GN, "annonce", d(2020, 4, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (EA, "par", EA_REDESIGN, "Par {author}", "| L'Éclaireur"),
        (EA, "droits", EA_REDESIGN, "Tous droits", "Toute reproduction"),
        (EA, "abonnement", d(2017, 1, 2), "3 000 FCFA", "5 000 FCFA"),
        (EA, "abonnement", d(2019, 7, 1), "par mois", "par an"),
        (EA, "annonce", d(2019, 3, 4), "Facebook", "WhatsApp"),
        (MH, "byline", MH_REDESIGN, "By {author}", "| The Marina Herald"),
        (MH, "copyright", MH_REDESIGN, "All rights", "may not be republished"),
        (MH, "e-paper", d(2017, 1, 2), "N1,500", "N2,500"),
        (MH, "e-paper", d(2020, 1, 6), "N2,500", "N30,000"),
        (MH, "notice", d(2019, 5, 6), "Twitter", "Telegram"),
        (TA, "daga", TA_REDESIGN, "Daga {author}", ", Kano"),
        (TA, "tallafi", d(2018, 2, 5), "zaman kansa", "{naira}"),
        (TA, "sanarwa", d(2019, 6, 10), "Facebook", "WhatsApp"),
        (TM, "auteur", TM_REDESIGN, "Par {author}", "– Teranga Matin"),
        (TM, "soutien", d(2018, 6, 4), "presse libre", "Orange Money"),
        (TM, "soutien", d(2020, 2, 3), "Orange Money", "Wave"),
        (RK, "frequence", d(2019, 1, 14), "98.5 FM · Sikasso", "Koutiala"),
        (RK, "auteur", d(2018, 1, 8), "Par {author}", "Sɛbɛnnikɛla"),
        (RK, "soutien", d(2018, 11, 5), "auditeurs", "Orange Money"),
        (OO, "onkowe", OO_REDESIGN, "Láti ọwọ́", "Akọ̀ròyìn"),
        (OO, "atileyin", d(2019, 10, 7), "iṣẹ́ ìròyìn", "Paystack"),
        (FC, "byline", FC_REDESIGN, "in Buea", "| Fako Chronicle"),
        (FC, "price", d(2017, 1, 5), "300 FCFA", "400 FCFA"),
        (FC, "price", d(2019, 5, 23), "400 FCFA", "500 FCFA"),
        (MI, "auteur", MI_REDESIGN, "Par {author}", "/ Malebo Infos"),
        (MI, "don", d(2018, 3, 5), "information libre", "M-Pesa"),
        (NF, "tuning", d(2019, 2, 4), "96.1 · The Voice", "104.3 Yendi"),
        (NF, "reporter", NF_REDESIGN, "Reported by", "Nyohini FM News"),
        (NF, "support", d(2019, 7, 1), "your support", "MoMo"),
        (KM, "auteur", KM_REDESIGN, "Par {author}", "pour le Kafo"),
        (KM, "cotisation", d(2019, 1, 1), "annuelle : 20 €", "2 € par mois"),
        (KM, "annonce", d(2020, 1, 10), "Facebook", "lettre du Kafo"),
        (UO, "ode", d(2019, 1, 7), "Onye dere ya", "sitere n'aka"),
        (UO, "onuahia", d(2017, 1, 6), "₦100", "₦150"),
        (UO, "onuahia", d(2019, 1, 4), "₦150", "₦200"),
        (GN, "auteur", d(2018, 5, 4), "Par {author}", "Texte :")))
    assert_groups_reworded(SET, (
        (EA, "publie", "Publié le", "Mis à jour"),
        (EA, "par", "Par ", "| L'Éclaireur d'Abidjan"),
        (MH, "published", "Published ", " | "),
        (TA, "kwanan-wata", ", 20", " هـ"),
        (TM, "date", "Dakar, le", " · "),
        (EA, "droits", "Tous droits", "Toute reproduction"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (TA, "hakki", HAUSA_HOOKED), (TA, "kwanan-wata", LATIN), (OO, "ojo", YORUBA),
        (OO, "eto", YORUBA), (UO, "mbiputa", IGBO), (UO, "ahia", IGBO),
        (TM, "date", LATIN), (MI, "date", LATIN)))
    hijri_dated = [t for t in group_lines(SET, TA, "kwanan-wata") if re.search(ARABIC, t)]
    assert hijri_dated and all(re.search(ARABIC_DIGIT, t) for t in hijri_dated)
    assert any("Àjjuma" in t or "Gaawu" in t or "Altine" in t
               for t in group_lines(SET, TM, "date"))
    for style, family in ((MI, "date"), (RK, "bi"), (RK, "publie")):  # ɛ and ɔ
        assert any(re.search(OPEN_VOWELS, t) for t in group_lines(SET, style, family))
    assert re.search(HAUSA_HOOKED, template(SET, TA, "wuta", LAST_DAY))
    assert "ɣ" in on(NF, "greetings", d(2019, 9, 9))  # Dagbani's gamma


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{EA}/publie", f"{EA}/par", f"{EA}/lire-aussi", f"{EA}/rubrique",
                         f"{EA}/devises", f"{EA}/correspondant", f"{MH}/published",
                         f"{MH}/also-read", f"{MH}/kicker", f"{MH}/naira", f"{TA}/kwanan-wata",
                         f"{TA}/karanta"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{EA}/coupure", f"{EA}/publicite", f"{EA}/droits", f"{MH}/advert", f"{MH}/copyright",
        f"{TA}/hakki", f"{TM}/reprise"))
    assert_carried_share(docs, EA, [
        ("publie", 0.7, 0.97), ("lire-aussi", 0.4, 0.75), ("droits", 0.3, 0.6),
        ("coupure", 0.0, 0.1), ("annonce", 0.15, 0.45)])
    assert_carried_share(docs, MH, [("published", 0.65, 0.93), ("advert", 0.0, 0.15)])
    for fam in (f"{EA}/lire-aussi", f"{MH}/also-read", f"{TA}/karanta"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{EA}/photo", f"{MH}/photo", f"{TA}/hoto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((EA, "photo"), (EA, "publicite"), (MH, "photo"), (MH, "advert"),
                               (TA, "hoto"), (TA, "talla"), (TM, "credit"), (RK, "lire"),
                               (RK, "photo"), (OO, "aworan"), (FC, "see-also"), (MI, "photo"),
                               (NF, "listen"), (KM, "a-lire"), (UO, "guokwa"),
                               (GN, "autre-info")))
    cities = {m[1] for t in group_lines(SET, MH, "from")
              if (m := re.fullmatch(r"From [^,]+, (.+)", norm(t)))}
    assert len(cities) >= 4 and cities <= pool(SET, MH, "city")
    towns = {m[1] for t in group_lines(SET, EA, "correspondant")
             if (m := re.fullmatch(r"De notre correspondant à (.+), [^,]+", norm(t)))}
    assert len(towns) >= 4 and towns <= pool(SET, EA, "ville")


def test_amounts_in_appeals_and_prices() -> None:
    for style, family, pattern, pool_name in (
            (TA, "tallafi", r"da ₦([\d,]+) ta", "naira"),
            (TM, "soutien", r"Matin : ([\d ]+) FCFA", "montant"),
            (OO, "atileyin", r"pẹ̀lú ₦([\d,]+) lórí", "naira"),
            (MI, "don", r"Infos : (\d+) USD", "dollars")):
        amounts = [m[1] for t in group_lines(SET, style, family)
                   if (m := re.search(pattern, norm(t)))]
        assert amounts and set(amounts) <= pool(SET, style, pool_name), (style, family)
    prices = {y: on(EA, "abonnement", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "3 000" in prices[2016] and "5 000" in prices[2018] and "50 000" in prices[2020]
    assert "N1,500" in on(MH, "e-paper", d(2016, 6, 1))
    assert "N30,000" in on(MH, "e-paper", d(2020, 6, 1))
    assert "300 FCFA" in on(FC, "price", d(2015, 6, 1)) and "500 FCFA" in on(FC, "price",
                                                                               d(2020, 6, 1))
    assert "₦200" in on(UO, "onuahia", d(2020, 1, 1))
    assert "24 €" in on(KM, "cotisation", d(2020, 1, 1))
    assert "655,957" in on(KM, "parite", d(2020, 1, 1))
    seen = {m[1] for t in group_lines(SET, EA, "abonnement")
            if (m := re.search(r"numérique : ([\d ]+) FCFA", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (EA, "coupure"), (MH, "traffic"), (TA, "wuta"), (TM, "senelec"), (RK, "groupe"),
        (OO, "ona"), (FC, "printing"), (MI, "delestage"), (NF, "off-air"), (KM, "permanence"),
        (UO, "buriji"), (GN, "pont")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{EA}/lire-aussi", "Lire aussi : "), (f"{MH}/also-read", "ALSO READ: "),
        (f"{TA}/karanta", "Karanta kuma: "), (f"{TM}/a-lire", "À lire aussi : "),
        (f"{RK}/lire", "Lire aussi : "), (f"{OO}/tun-ka", "Ẹ tún ka: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (EA, "publicite", "PUBLICITÉ"),
        (MH, "advert", "ADVERTISEMENT"),
        (TA, "talla", "TALLA"),
        (TM, "reprise", "Reprise autorisée avec mention de la source et un lien vers "
                        "l'article original."),
        (FC, "letters", "Letters to the editor: 300 words at most, with the writer's name "
                        "and town."),
        (KM, "parite", "Envois au pays : 1 € = 655,957 FCFA (parité fixe)"),
        (GN, "benevoles", "Site animé par des bénévoles du quartier, sans publicité.")))
    for style, family, pattern, pool_name in (
            (EA, "rubrique", r"^(.+)$", "rubrique"),
            (MH, "kicker", r"^(.+)$", "kicker"),
            (TA, "sashe", r"^(.+)$", "sashe"),
            (TA, "gari", r"^(.+) \(TA\) -$", "gari"),
            (TM, "rubrique", r"^(.+)$", "rubrique"),
            (OO, "ipin", r"^(.+)$", "ipin"),
            (FC, "kicker", r"^(.+)$", "kicker"),
            (MI, "rubrique", r"^(.+)$", "rubrique")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (EA, "publicite", "PUBLICITÉ"),
        (TA, "talla", "TALLA"),
        (TM, "reprise", "Reprise autorisée avec mention de la source et un lien vers "
                        "l'article original.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        EA: (["abonnement", "droits"], 2), MH: (["e-paper", "copyright"], 2),
        TA: (["tallafi", "hakki"], 2), TM: (["soutien", "droits", "reprise"], 2),
        RK: (["soutien", "droits"], 2), OO: (["atileyin", "eto"], 2),
        FC: (["price", "letters", "copyright"], 2), MI: (["don", "droits"], 2),
        NF: (["support", "copyright"], 2), KM: (["parite", "cotisation", "droits"], 2),
        UO: (["onuahia", "ikike"], 2), GN: (["benevoles", "droits"], 1)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert EA in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
