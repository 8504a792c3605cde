"""The held-back-176 template set (`tests.bench.heldout_templates_176`): its localised dates
(printed day by day in English with East Africa Time, Amharic in the Ethiopian calendar,
Hausa, Yoruba, isiZulu, Somali, Swahili, French and bilingual French and English, several
changing form on the day of a redesign), the lines that turn every day or weekday (load-
shedding stages, exchange rates, market closes, the day's radio programme), the shortwave
seasons and the days of an internet shutdown counted one by one, the calendars some notices
follow (Ethiopian holidays with Ge'ez numerals, Ramadan, the Eids and the Mawlid with their
Hijri years, the Magal of Touba, festivals and national days, elections and their
postponements, lockdown levels, AFCONs, AU summits), the amounts that change over the years
(frequencies, prices, bureau and newsroom counts), the correspondent credits and WhatsApp
appeals reworded between 2015 and 2020, the lines in several languages and scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares are in
`tests/test_bench_heldout_sets.py`. Most styles have few articles of their own (the
generator's Zipf sizes), so most checks look at a style together with its renamed variants
("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_calendar import orthodox_easter
from tests.bench.heldout_templates_176 import (
    AFCON,
    AU_SUMMITS,
    AW_NEWSROOMS,
    CG_CREDIT,
    CG_FM,
    CG_REDESIGN,
    CG_WHATSAPP,
    DS_CORRESPONDANT,
    DS_FREQUENCES,
    DS_REDESIGN,
    DS_WHATSAPP,
    EID_ADHA,
    EMISSIONS,
    ETO,
    FIRST_DAY,
    GRAND_MAGAL,
    IK_REDESIGN,
    IK_WHATSAPP,
    LAST_DAY,
    LC_EPAPER,
    LC_REDESIGN,
    LC_WHATSAPP,
    LOCKDOWN_LEVELS,
    MAWLID,
    MW_EPAPER,
    MW_FM,
    MW_REDESIGN,
    MW_WHATSAPP,
    NC_APP,
    NC_WHATSAPP,
    OI_REDESIGN,
    OI_WHATSAPP,
    OSUN_OSOGBO,
    PD_BUREAUS,
    PD_COPYRIGHT,
    PD_DAILY,
    PD_REDESIGN,
    PD_WHATSAPP,
    PUMP_PRICE,
    RAMADAN,
    SF_FREQUENCES,
    SF_REDESIGN,
    SHOWS,
    SHUTDOWN,
    TZ_FREQUENCIES,
    TZ_REDESIGN,
    TZ_TELEGRAM,
    TZM_REDESIGN,
    TZM_SOKOTO,
    TZM_WHATSAPP,
    YEARS,
    ethiopian,
    from_ethiopian,
    geez,
    last_weekday_on_or_before,
    shortwave_summer,
    stage_on,
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
    pool_in_order,
    rendered,
    template,
    wording_on,
)

SET = "held-back-176"
SITES = ("Pan-Africa Dispatch", "ጣና", "Tashar Zamani", "Ojú Ìròyìn", "Inkanyezi",
         "Codka Geeska", "Mwangaza", "Radio Delta Sahel", "Nile Crest FM", "Lagoon Courier",
         "AfriPress Wire", "Sanaga FM")
PD, TZ, TZM, OI = ("panafricadispatch.com", "tanazena.com", "tasharzamani.com",
                   "ojuiroyin.com.ng")
IK, CG, MW, DS = ("inkanyezi.co.za", "codkageeska.com", "mwangazahabari.co.tz",
                  "radiodeltasahel.sn")
NC, LC, AW, SF = ("nilecrestfm.co.ug", "lagooncourier.com.ng", "afripresswire.com",
                  "sanagafm.cm")

d = dt.date
one = dt.timedelta(days=1)
DAYS = every_day()

# The dates printed day by day (every one from the first day).
DAILY = ((PD, "dated"), (TZ, "ken"), (TZM, "kwanan-wata"), (OI, "ojo"), (IK, "usuku"),
         (CG, "taariikh"), (MW, "tarehe"), (DS, "date"), (NC, "dated"), (LC, "dated"),
         (AW, "dateline"), (SF, "date"))
# The lines that name the day they are printed on.
EVERY_DAY = ((IK, "ugesi"), (OI, "eto"), (MW, "fedha"), (DS, "journal"), (NC, "tonight"))
# The notices that follow calendars.
BANNERS = ((PD, "banner"), (TZ, "beal"), (TZM, "sanarwa"), (OI, "ayajo"), (IK, "isaziso"),
           (CG, "ogeysiis"), (MW, "tangazo"), (DS, "annonce"), (NC, "notice"),
           (LC, "election"), (SF, "alerte"))
# Amounts and lists in force from given days.
TABLES = ((PD, "about", PD_BUREAUS), (TZ, "radio", TZ_FREQUENCIES), (CG, "raadiyo", CG_FM),
          (MW, "gazeti", MW_EPAPER), (MW, "redio", MW_FM), (DS, "frequences", DS_FREQUENCES),
          (LC, "pump-price", PUMP_PRICE), (LC, "e-paper", LC_EPAPER), (AW, "about", AW_NEWSROOMS),
          (SF, "frequences", SF_FREQUENCES))

QUIET = d(2016, 2, 24)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    PD: "Sign up for The Dispatch Daily: Africa's news in your inbox each morning",
    TZ: "ዜናዎቻችንን በፌስቡክ ገጻችን ይከታተሉ",
    TZM: "Ku biyo mu a Facebook da Twitter: @TasharZamani",
    OI: "Ẹ dara pọ̀ mọ́ wa lórí Facebook àti Twitter",
    IK: "Silandele ku-Facebook naku-Twitter ukuze uthole izindaba zakamuva",
    CG: "Nagala soco Facebook iyo YouTube: Codka Geeska TV",
    MW: "Jiunge na chaneli yetu ya YouTube: Mwangaza TV",
    DS: "Radio Delta Sahel, la voix du fleuve",
    NC: "Like our Facebook page: Nile Crest FM 94.3",
    LC: "Subscribe to the Lagoon Courier e-paper and read today's edition anywhere",
    SF: "Écoutez-nous en direct / Listen live: sanagafm.cm",
}

on = partial(wording_on, SET)


def changes(domain: str, family: str) -> set[dt.date]:
    """The days from 2015 to 2020 on which the family's wording differs from the day
    before's."""
    out, before = set(), on(domain, family, DAYS[0] - one)
    for day in DAYS:
        now = on(domain, family, day)
        if now != before:
            out.add(day)
        before = now
    return out


def found(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    texts = {on(domain, family, day) for day in DAYS}
    return {m[1] for t in texts if (m := re.search(pattern, t))}


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (PD, "markets"), (TZM, "shirye")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 1, 17), d(2018, 9, 11), d(2019, 2, 16),
        d(2019, 12, 9), d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert ethiopian(d(2018, 9, 11)) == (2011, 1, 1)
    assert ethiopian(d(2019, 6, 19)) == (2011, 10, 12)
    assert ethiopian(d(2019, 9, 11)) == (2011, 13, 6)  # Pagume 6 of a leap year
    assert ethiopian(d(2015, 9, 12)) == (2008, 1, 1)
    assert from_ethiopian(2012, 5, 11) == d(2020, 1, 20)  # Timket, a day late after a leap
    assert from_ethiopian(2011, 5, 11) == d(2019, 1, 19)
    for day in (d(2015, 1, 1), d(2016, 2, 29), d(2020, 12, 31)):
        assert from_ethiopian(*ethiopian(day)) == day
    assert [geez(n) for n in (1, 10, 19, 100, 119, 124, 2007, 2012)] == [
        "፩", "፲", "፲፱", "፻", "፻፲፱", "፻፳፬", "፳፻፯", "፳፻፲፪"]
    assert shortwave_summer(d(2019, 3, 31)) and not shortwave_summer(d(2019, 3, 30))
    assert not shortwave_summer(d(2019, 10, 27)) and shortwave_summer(d(2019, 10, 26))
    assert last_weekday_on_or_before(d(2019, 6, 23)) == d(2019, 6, 21)
    assert last_weekday_on_or_before(d(2019, 6, 24)) == d(2019, 6, 24)
    assert stage_on(d(2019, 12, 9)) == 6 and stage_on(d(2017, 6, 1)) == 0
    assert stage_on(d(2019, 3, 20)) == 4


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PD, "dated", old, "Published 5 Mar 2016")
    full(PD, "dated", new, rf"Friday 19 June 2020 \| {clock} EAT")
    full(TZ, "ken", old, "የካቲት 26/2008 ዓ.ም")
    full(TZ, "ken", new, r"ዓርብ፣ ሰኔ 12 ቀን 2012 ዓ\.ም \(19/06/2020\)")
    full(TZM, "kwanan-wata", old, "05/03/2016")
    full(TZM, "kwanan-wata", new, rf"An wallafa: Juma'a, 19 Yuni 2020 da ƙarfe {clock} GMT")
    full(OI, "ojo", old, "05/03/2016")
    full(OI, "ojo", new, "Ọjọ́ Ẹtì, 19 Òkúdu 2020")
    full(IK, "usuku", old, "5 Mashi 2016")
    full(IK, "usuku", new, rf"Kushicilelwe ngoLwesihlanu, 19 Juni 2020 \| {clock}")
    full(CG, "taariikh", old, "05/03/2016")
    full(CG, "taariikh", new, "Jimco, 19 Juun 2020")
    full(MW, "tarehe", old, "Imewekwa: 05/03/2016")
    full(MW, "tarehe", new, rf"Ijumaa, 19 Juni 2020 – {clock} EAT")
    full(MW, "fedha", new, r"Viwango vya fedha leo, Ijumaa 19 Juni: Dola 1 = TSh 2,3\d\d")
    full(DS, "date", old, rf"Publié le 05/03/2016 à {clock}")
    full(DS, "date", new, rf"Vendredi 19 juin 2020 – {clock} TU")
    full(NC, "dated", old, r"Posted on March 5, 2016 at \d\d?:\d\d [AP]M")
    full(LC, "dated", old, "Published March 5, 2016")
    full(LC, "dated", new, r"Friday, June 19, 2020 \d\d?:\d\d [AP]M")
    full(AW, "dateline", new, r"[A-Z ]+, [A-Za-z ]+, 19 June 2020 /AfriPress Wire/ –")
    full(SF, "date", old, "05/03/2016")
    full(SF, "date", new, "Vendredi 19 juin 2020 / Friday 19 June 2020")
    full(PD, "markets", old, r"Markets at the close, Fri 4 Mar: US\$1 = KSh 1\d\d\.\d\d · "
                             r"₦ 19\d\.\d\d · R 1\d\.\d\d · GH₵ 3\.\d\d")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in DAYS:
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(PD, "dated", day).startswith("Published") == (day < PD_REDESIGN)
        assert ("ቀን" in on(TZ, "ken", day)) == (day >= TZ_REDESIGN)
        y, m, dd = ethiopian(day)
        assert f" {dd}" in on(TZ, "ken", day) and f"{y} ዓ.ም" in on(TZ, "ken", day)
        assert on(TZM, "kwanan-wata", day).startswith("An wallafa") == (day >= TZM_REDESIGN)
        assert on(OI, "ojo", day).startswith("Ọjọ́") == (day >= OI_REDESIGN)
        assert on(IK, "usuku", day).startswith("Kushicilelwe") == (day >= IK_REDESIGN)
        assert ("/" in on(CG, "taariikh", day)) == (day < CG_REDESIGN)
        assert on(MW, "tarehe", day).startswith("Imewekwa") == (day < MW_REDESIGN)
        assert on(DS, "date", day).startswith("Publié") == (day < DS_REDESIGN)
        assert on(LC, "dated", day).startswith("Published") == (day < LC_REDESIGN)
        assert (" / " in on(SF, "date", day)) == (day >= SF_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(DAYS), key
    # The thirteenth month, Pagume, is printed on its five or six days a year.
    pagume = [day for day in DAYS if "ጳጉሜን" in on(TZ, "ken", day)]
    # Ethiopian years 2007 and 2011 were leap years: Pagume 6 fell on 11 September.
    assert len(pagume) == 5 * 6 + 2 and {d(2015, 9, 11), d(2019, 9, 11)} <= set(pagume)
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_weekday_and_season() -> None:
    for domain, family in EVERY_DAY:
        assert changes(domain, family) == set(DAYS[1:]), (domain, family)
    for day in DAYS:
        stage = stage_on(day)
        text = on(IK, "ugesi", day)
        assert (f"isigaba {stage}." in text) if stage else text.startswith("⚡ Akukho"), day
        assert f" {day.day} " in text
        assert f"« {ETO[day.weekday()]} »" in on(OI, "eto", day)
        assert f"« {EMISSIONS[day.weekday()]} »" in on(DS, "journal", day)
        assert on(NC, "tonight", day).endswith(f"{SHOWS[day.weekday()]} at 8pm")
    assert found(IK, "ugesi", r"isigaba (\d)") == {"1", "2", "3", "4", "6"}
    # Market closes: a new line every weekday, none at the weekend.
    assert changes(PD, "markets") == {day for day in DAYS[1:] if day.weekday() < 5}
    # The shortwave frequencies follow the A and B seasons; Sokoto's FM joins in 2018.
    seasons = {day for day in DAYS[1:] if shortwave_summer(day) != shortwave_summer(day - one)}
    assert changes(TZM, "shirye") == seasons | {TZM_SOKOTO}
    assert len(seasons) == 12 and all(day.weekday() == 6 for day in seasons)
    # The 2017 internet shutdown, counted day by day in both languages.
    first, last = SHUTDOWN
    assert found(SF, "alerte", r"jour (\d+)") == {str(n) for n in range(1, 95)}
    assert "day 94" in on(SF, "alerte", last) and "jour 1 " in on(SF, "alerte", first)
    assert "Internet" not in on(SF, "alerte", last + one)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    # Ethiopian holidays, the years in Ge'ez numerals.
    for ey in range(2008, 2014):
        new_year = from_ethiopian(ey, 1, 1)
        assert f"ለ{geez(ey)} ዓ.ም. አዲስ ዓመት" in on(TZ, "beal", new_year), ey
        assert f"ለ{geez(ey)} ዓ.ም." in on(TZ, "beal", from_ethiopian(ey - 1, 13, 1)), ey
        assert "መስቀል" in on(TZ, "beal", from_ethiopian(ey, 1, 17)), ey
    for y in YEARS:
        assert "ገና" in on(TZ, "beal", d(y, 1, 7)), y
        assert "ጥምቀት" in on(TZ, "beal", from_ethiopian(y - 8, 5, 11)), y
        assert f"{geez(y - 1896)}ኛው የዓድዋ" in on(TZ, "beal", from_ethiopian(y - 8, 6, 23)), y
        assert "ፋሲካ" in on(TZ, "beal", orthodox_easter(y)), y
    assert "አስቸኳይ" in on(TZ, "beal", d(2020, 6, 1))
    # Ramadan, the Eids and the Mawlid, with their Hijri years.
    for y, (first, eid, hijri) in RAMADAN.items():
        assert f"Ramadan, {hijri} BH" in on(TZM, "sanarwa", iso(first)), y
        assert "Sallah Ƙarama" in on(TZM, "sanarwa", iso(eid)), y
        assert "Sallah Babba" in on(TZM, "sanarwa", iso(EID_ADHA[y])), y
        assert "Maulidin" in on(TZM, "sanarwa", iso(MAWLID[y])), y
        assert f"Ciidul Fidri {hijri}" in on(CG, "ogeysiis", iso(eid)), y
        assert f"Ciidul Adxa {hijri}" in on(CG, "ogeysiis", iso(EID_ADHA[y])), y
        assert f"Iléyá {y}" in on(OI, "ayajo", iso(EID_ADHA[y])), y
        assert f"el Fitr {y}" in on(MW, "tangazo", iso(eid)), y
        assert f"{hijri}ኛው የኢድ" in on(TZ, "beal", iso(eid)), y
        assert f"Tabaski {y}" in on(DS, "annonce", iso(EID_ADHA[y])), y
        assert f"Magal de Touba {y}" in on(DS, "annonce", iso(GRAND_MAGAL[y])), y
        assert f"Ọ̀ṣun Òṣogbo {y}" in on(OI, "ayajo", iso(OSUN_OSOGBO[y])), y
        assert f"Martyrs Day {y}" in on(NC, "notice", d(y, 6, 3)), y
        # Kenya's 2017 vote fell on Nane Nane: the vote's notice wins.
        assert f"Nane Nane {y}" in on(MW, "tangazo", d(y, 8, 8)) or y == 2017, y
        assert f"Miaka {y - 1961} ya Uhuru" in on(MW, "tangazo", d(y, 12, 9)), y
        assert f"{y - 1960} sano xorriyad" in on(CG, "ogeysiis", d(y, 7, 1)), y
    # The curfew of 2020 wins over Korité; the lockdown over South Africa's national days.
    assert found(DS, "annonce", r"Korité (\d{4})") == {str(y) for y in range(2015, 2020)}
    for pattern in (r"Lwenkululeko (\d{4})", r"Lwentsha (\d{4})", r"Lwamagugu (\d{4})"):
        assert found(IK, "isaziso", pattern) == {str(y) for y in range(2015, 2020)}, pattern
    assert found(IK, "isaziso", r"woMhlanga (\d{4})") == {str(y) for y in range(2015, 2020)}
    for first, _, level in LOCKDOWN_LEVELS:
        if iso(first) <= LAST_DAY:
            assert f"izinga {level}." in on(IK, "isaziso", iso(first)), first
    assert found(SF, "alerte", r"National Day (\d{4})") == {str(y) for y in range(2015, 2020)}
    # Nigeria's postponed votes: the first day set, then the day moved to.
    assert "14 ga Fabrairu" in on(TZM, "sanarwa", d(2015, 2, 1))
    assert "ɗage zaɓen zuwa 28 ga Maris" in on(TZM, "sanarwa", d(2015, 2, 10))
    assert "holds February 16" in on(LC, "election", d(2019, 2, 15))
    assert "moves presidential poll to February 23" in on(LC, "election", d(2019, 2, 16))
    assert "sún un sí ọjọ́ 23 oṣù Èrèlè" in on(OI, "ayajo", d(2019, 2, 20))
    assert "#EndSARS" in on(LC, "election", d(2020, 10, 15))
    assert "#EndSARS" in on(OI, "ayajo", d(2020, 10, 15))
    # Pan-African events.
    for first, last, year, host in AFCON:
        assert f"AFCON {year} in {host}" in on(PD, "banner", iso(last)), year
        assert f"CAN {year}" in on(DS, "annonce", iso(first)), year
    for first, _ in AU_SUMMITS:
        assert "AU summit" in on(PD, "banner", iso(first)), first
    assert "Kenya decides 2017" in on(PD, "banner", d(2017, 8, 8))
    assert "repeat presidential" in on(PD, "banner", d(2017, 10, 26))
    assert "Coronavirus in Africa" in on(PD, "banner", d(2020, 5, 1))
    assert "Uchaguzi Mkuu 2020" in on(MW, "tangazo", d(2020, 10, 28))
    assert "Uganda Decides 2021" in on(NC, "notice", d(2020, 12, 1))
    assert "Happy 53rd Independence" in on(NC, "notice", d(2015, 10, 9))
    assert "Doorashada Madaxweynaha 2017" in on(CG, "ogeysiis", d(2017, 2, 8))
    assert "Présidentielle 2018" in on(SF, "alerte", d(2018, 10, 7))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PD, "byline", PD_REDESIGN, "By {author}", "{author_beat}"),
        (PD, "tips", PD_WHATSAPP, "Email", "WhatsApp"),
        (PD, "banner", PD_DAILY, "each morning", "54 countries"),
        (PD, "copyright", PD_COPYRIGHT, "Dispatch Ltd.", "2014–{year}"),
        (TZ, "beal", TZ_TELEGRAM, "ፌስቡክ", "ቴሌግራም"),
        (TZM, "marubuci", TZM_REDESIGN, "Daga {author}", "wakilinmu a {birni}"),
        (TZM, "whatsapp", TZM_WHATSAPP, "imel", "WhatsApp"),
        (OI, "whatsapp", OI_WHATSAPP, "Ṣé o ní", "fídíò"),
        (IK, "umbhali", IK_REDESIGN, "NGU-", "Kubhala"),
        (IK, "whatsapp", IK_WHATSAPP, "Unendaba", "ngeke lidalulwe"),
        (CG, "qoraa", CG_CREDIT, "Qoraa:", "wariyaha"),
        (CG, "whatsapp", CG_WHATSAPP, "Wixii war", "Telegram"),
        (MW, "mwandishi", MW_REDESIGN, "Na {author}", "{mji}"),
        (MW, "whatsapp", MW_WHATSAPP, "Una habari", "Utambulisho"),
        (DS, "auteur", DS_CORRESPONDANT, "Par {author}", "correspondant"),
        (DS, "whatsapp", DS_WHATSAPP, "Contactez", "WhatsApp"),
        (NC, "tips", NC_WHATSAPP, "SMS", "WhatsApp"),
        (NC, "listen", NC_APP, "and 101.6", "app"),
        (LC, "tips", LC_WHATSAPP, "news@", "WhatsApp")))
    assert_groups_reworded(SET, (
        (PD, "dated", "Published ", " EAT"),
        (PD, "byline", "By ", " Correspondent"),
        (TZ, "ken", "/", "ቀን"),
        (TZM, "kwanan-wata", "/", "An wallafa"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "N97" in on(LC, "pump-price", FIRST_DAY) and "N87" in on(LC, "pump-price",
                                                                   d(2015, 6, 1))
    assert "N170" in on(LC, "pump-price", d(2020, 12, 1))
    assert "with correspondents in 26" in on(PD, "about", d(2020, 6, 1))
    assert "TSh 1,000" in on(MW, "gazeti", d(2020, 6, 1))
    rates = [float(m[1].replace(",", "")) for t in group_lines(SET, MW, "fedha")
             if (m := re.search(r"TSh ([\d,]+)", norm(t)))]
    assert rates and all(1650 <= r <= 2400 for r in rates)
    naira = [float(m[1].replace(",", "")) for t in group_lines(SET, PD, "markets")
             if (m := re.search(r"₦ ([\d,.]+)", norm(t)))]
    assert naira and min(naira) < 250 < max(naira)


def test_several_languages_and_scripts() -> None:
    ethiopic = r"[\u1200-\u137f]"
    assert_groups_in_script(SET, (
        (TZ, "ken", ethiopic), (TZ, "zegabi", ethiopic), (TZ, "mebt", ethiopic),
        (TZ, "kifl", ethiopic), (TZM, "hakkin", r"[ƙɗɓ]"), (TZM, "sashe", r"[A-Za-zƙ]"),
        (OI, "ase", r"[ẹọṣ]"), (OI, "onkowe", r"[ọ]"), (IK, "copyright", "amalungelo"),
        (CG, "xuquuq", "xuquuq"), (MW, "haki", "Haki zote"), (DS, "copyright", "réservés"),
        (SF, "copyright", "réservés / All rights")))
    beal = {on(TZ, "beal", day) for day in DAYS}
    assert any(re.search(r"[፩-፼]", t) for t in beal)
    assert any(t.endswith("GMT") for t in group_lines(SET, TZM, "kwanan-wata"))
    assert any("ቀን" in t for t in group_lines(SET, TZ, "ken"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PD}/dated", f"{PD}/byline", f"{PD}/related", f"{PD}/region",
                         f"{PD}/photo", f"{PD}/copyright", f"{TZ}/ken", f"{TZ}/zegabi",
                         f"{TZ}/tezamaj", f"{TZM}/kwanan-wata", f"{TZM}/marubuci"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PD}/republish", f"{PD}/tips", f"{TZM}/alhaki", f"{TZM}/whatsapp", f"{OI}/whatsapp",
        f"{IK}/whatsapp", f"{CG}/whatsapp"))
    assert_carried_share(docs, PD, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("markets", 0.05, 0.3), ("banner", 0.15, 0.45), ("byline", 0.55, 0.85)])
    assert_carried_share(docs, TZ, [("ken", 0.8, 0.98), ("beal", 0.15, 0.45),
                                    ("mastekakeya", 0.0, 0.12)])
    for fam in (f"{PD}/related", f"{TZM}/talla", f"{MW}/soma"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PD, "photo"), (TZ, "tezamaj"), (OI, "aworan"),
                               (DS, "ecouter"), (CG, "akhriso"), (IK, "funda"),
                               (NC, "audio"), (MW, "picha")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PD, "correction", 16), (TZ, "mastekakeya"), (TZM, "gyara"), (OI, "atunse"),
        (IK, "ukulungiswa"), (CG, "sixid"), (MW, "marekebisho"), (DS, "erratum"),
        (NC, "correction"), (LC, "correction"), (AW, "correction"), (SF, "erratum")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PD}/related", "Related: "), (f"{TZ}/tezamaj", "ተዛማጅ ዜና፦ "),
        (f"{TZM}/karanta", "Karanta kuma: "), (f"{OI}/ka", "Ẹ tún lè ka: "),
        (f"{IK}/funda", "Funda nalokhu: "), (f"{CG}/akhriso", "Akhriso: "),
        (f"{MW}/soma", "SOMA ZAIDI: "), (f"{DS}/lire", "À lire aussi : ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (PD, "advert", "ADVERTISEMENT"), (TZ, "mastaweqia", "ማስታወቂያ"), (TZM, "talla", "Talla"),
        (OI, "ipolowo", "Ìpolówó ọjà"), (IK, "isikhangiso", "Isikhangiso"),
        (CG, "xayeysiis", "Xayeysiis"), (MW, "tangazo-kati", "TANGAZO"),
        (LC, "share", "Kindly share this story"), (AW, "release", "PRESS RELEASE")))
    assert_group_values_from_pool(SET, (
        (PD, "region", "region"), (TZ, "kifl", "kifl"), (TZM, "sashe", "sashe"),
        (OI, "eka", "eka"), (IK, "isigaba", "isigaba"), (CG, "qaybta", "qaybta"),
        (MW, "kundi", "kundi"), (DS, "rubrique", "rubrique")))
    # Credits and sources: a fixed label and a value from the publisher's pool.
    fams = by_family(planted_docs(SET))
    for style, family, label, pool_name in ((IK, "isithombe", "ISITHOMBE: ", "isithombe"),
                                            (MW, "picha", "PICHA: ", "picha"),
                                            (TZM, "majiya", "Majiya: ", "majiya"),
                                            (PD, "photo", "Photo: ", "photo")):
        lines = [norm(t) for t in fams[f"{style}/{family}"]]
        values = set(pool_in_order(SET, style, pool_name))
        assert lines and sum(t.startswith(label) and t.removeprefix(label) in values
                             for t in lines) >= 0.9 * len(lines), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PD, "advert", "ADVERTISEMENT"),
        (TZ, "mastaweqia", "ማስታወቂያ"),
        (AW, "issuer", "The issuer is solely responsible for the content of this "
                       "announcement.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PD: (["about", "copyright"], 2),
        TZ: (["mebt", "adrasha"], 2),
        TZM: (["alhaki", "hakkin"], 2),
        IK: (["imenyu", "copyright"], 2),
        CG: (["aragti", "xuquuq"], 2),
        MW: (["anwani", "haki"], 2),
        DS: (["reproduction", "copyright"], 2),
        AW: (["distributed", "source", "contact", "issuer", "about"], 3)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
