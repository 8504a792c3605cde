"""The held-back-21 template set (`tests.bench.heldout_templates_21`): its localised dates,
the notices it rewords by date, the calendars some notices follow, the variation it promises
and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it (held-back-21 was written as an unseen set; it has since had its first
run, noted in its module's docstring). The checks every held-back set shares (every wording
renders, labels, publishers, ...) are in `tests/test_bench_heldout_sets.py`. Some styles
have few articles of their own (the generator's Zipf sizes), so several checks look at a
style together with its renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_21 import (
    ALLOWANCES,
    ASH_WEDNESDAY,
    DIG_SEASON,
    LABOR_DAY,
    OPEN_DAY,
    UGADI,
    YEARS,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_marked,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_more_texts_than_wordings,
    assert_reworded,
    assert_sister_sites_share,
    assert_values_from_pool,
    assert_variants_drop_site_names,
    assert_varied,
    bodies,
    by_family,
    group_docs,
    group_lines,
    mostly,
    mostly_full,
    norm,
    own_title_lines,
    per_doc,
    planted_docs,
    pool,
    rendered,
)

SET = "held-back-21"
SITES = ("కృష్ణా తీరం", "Елорда тынысы", "ملتان نامہ", "Muryar Kano", "Okap Enfo",
         "Penhale Stores", "Coldlaw Hillfort Project", "Cascade Ridge Blood Center",
         "Severn Vale Society of Chartered Accountants", "Camp Birch Hollow", "Trailglow",
         "Hollinsbury Barn")
TELUGU = r"[\u0c00-\u0c7f]"
KAZAKH = r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]"
CYRILLIC = r"[\u0400-\u04ff]"
URDU = r"[\u0600-\u06ff]"
URDU_ONLY = r"[ٹڈڑںےۓہ]"  # letters Urdu has and Arabic and Persian do not
HAUSA = r"(?:[ƙɗɓƊ]|\b(?:ku|da|ga|na|ba|ta|mu|kuma|wannan)\b)"
KREYOL = r"(?:[òè]|\b(?:nou|ak|sa|yo|pou|nan)\b)"
URDU_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
# The fourteen allergens UK food law requires labels to emphasise.
ALLERGENS = ("celery", "cereals containing gluten", "crustaceans", "egg", "fish", "lupin",
             "milk", "molluscs", "mustard", "peanuts", "sesame", "soya", "sulphites",
             "tree nuts")

d = dt.date


def easter(y: int) -> dt.date:
    """Easter Sunday of year `y` (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    e = (b - b // 4 - (b - (b + 8) // 25 + 1) // 3 + 19 * a + 15) % 30
    f = (32 + 2 * (b % 4) + 2 * (c // 4) - e - c % 4) % 7
    g = (a + 11 * e + 22 * f) // 451
    month, day = divmod(e + f - 7 * g + 114, 31)
    return d(y, month, day + 1)


def test_localised_dates_and_times() -> None:
    old, new, late = d(2016, 3, 5), d(2019, 6, 21), d(2019, 10, 4)

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full("krishnateeram.com", "prachurana", old, r"ప్రచురణ: 05\.03\.2016 \d\d:\d\d")
    full("krishnateeram.com", "prachurana", new, r"Updated : Jun 21, 2019 \d\d:\d\d IST")
    full("krishnateeram.com", "vilekari", old, "విలేకరి: " + TELUGU + r"[\u0c00-\u0c7f. ]+")
    full("krishnateeram.com", "vilekari", new,
         TELUGU + "+ ప్రతినిధి " + TELUGU + r"[\u0c00-\u0c7f. ]+")
    full("elordatynysy.kz", "kuni", old, r"Астана, 05\.03\.2016 \d\d:\d\d")
    full("elordatynysy.kz", "kuni", new, r"Нұр-Сұлтан, 21\.06\.2019 \d\d:\d\d")
    full("elordatynysy.kz", "avtor", old, r"Автор: [А-ЯӘҒҚҢӨҰҮҺІ]\w+ [А-ЯӘҒҚҢӨҰҮҺІ]\w+")
    full("elordatynysy.kz", "avtor", new, r"Дайындаған: [А-ЯӘҒҚҢӨҰҮҺІ]\w+ [А-ЯӘҒҚҢӨҰҮҺІ]\w+")
    full("multannama.pk", "tareekh", old, r"شائع شدہ: 05\.03\.2016 \| \d\d:\d\d")
    full("multannama.pk", "tareekh", new, r"اپ ڈیٹ: 2019-06-21 \d\d:\d\d PKT")
    full("multannama.pk", "nama", old, "رپورٹ: " + URDU + r"[\u0600-\u06ff ]+")
    full("multannama.pk", "nama", new, URDU + r"[\u0600-\u06ff ]+، نمائندہ خصوصی")
    full("muryarkano.com", "kwanan", old, r"March 5, 2016 \| \d\d:\d\d")
    full("muryarkano.com", "kwanan", new, r"An sabunta: 2019-06-21 \d\d:\d\d WAT")
    full("muryarkano.com", "marubuci", old, r"Daga [A-ZƊ]\w+(?: [A-ZƊ]\w+){2}")
    full("muryarkano.com", "marubuci", new,
         r"[A-ZƊ]\w+(?: [A-ZƊ]\w+){2}, wakilinmu a [A-Z]\w+")
    full("okapenfo.ht", "dat", old, r"5 mars 2016 · \d\d:\d\d")
    full("okapenfo.ht", "dat", late, r"Mizajou: 04\.10\.2019 a \d\d:\d\d")
    full("okapenfo.ht", "ote", old, r"Pa [A-Z][\w-]+(?: [A-Z][\w-]+)+")
    full("okapenfo.ht", "ote", new, r"Yon atik [A-Z][\w-]+(?: [A-Z][\w-]+)+ pou Okap Enfo")
    full("penhalestores.co.uk", "published", old, r"Published 5 March 2016")
    full("penhalestores.co.uk", "published", new, r"Friday 21 June 2019, updated \d\d:\d\d")
    full("coldlawhillfort.org.uk", "posted", old, r"Posted on 5 March 2016 by Ada Brook")
    full("coldlawhillfort.org.uk", "posted", new, r"21 June 2019 · Ada Brook, [A-Z][\w ]+")
    full("cascaderidgeblood.org", "posted", old, r"March 5, 2016")
    full("cascaderidgeblood.org", "posted", new, r"Jun 21, 2019 · By Ada Brook")
    full("severnvalesca.org.uk", "posted", old, r"5 March 2016")
    full("severnvalesca.org.uk", "posted", new, r"21 June 2019 · Ada Brook, [A-Z][\w ]+")
    full("campbirchhollow.com", "posted", old, r"Posted Mar 5, 2016")
    full("campbirchhollow.com", "posted", new,
         r"Friday, June 21, 2019 · by Ada Brook, [A-Z][\w ]+")
    full("trailglow.co", "posted", old, r"Posted by Ada Brook \(Creator\) · Mar 5, 2016")
    full("trailglow.co", "posted", new, r"June 21, 2019 · Ada Brook, [A-Z][\w &-]+")
    full("hollinsburybarn.co.uk", "posted", old, r"5 March 2016")
    full("hollinsburybarn.co.uk", "posted", new,
         r"Friday 21 June 2019 · Ada Brook, [A-Z][\w ]+")


def test_notices_follow_their_dates() -> None:
    def says(domain: str, family: str, *steps: tuple[dt.date, str]) -> None:
        for day, words in steps:
            text = rendered(SET, domain, family, day)
            assert words in text, (domain, family, day, text)

    def never(domain: str, family: str, day: dt.date, words: str) -> None:
        text = rendered(SET, domain, family, day)
        assert words not in text, (domain, family, day, text)

    says("krishnateeram.com", "prakatanalu", (d(2017, 6, 30), "0866 255 0143"),
         (d(2017, 7, 1), "జీఎస్‌టీ"))
    never("krishnateeram.com", "prakatanalu", d(2017, 6, 30), "జీఎస్‌టీ")
    says("krishnateeram.com", "covid", (d(2020, 3, 21), "news@krishnateeram.com"),
         (d(2020, 3, 22), "104"))
    never("krishnateeram.com", "covid", d(2019, 3, 22), "కరోనా")
    says("krishnateeram.com", "vyakhyalu", (d(2019, 7, 31), "వ్యాఖ్యలు ("),
         (d(2019, 8, 1), "తొలగిస్తాం"))
    says("krishnateeram.com", "copyright", (d(2018, 6, 30), "సర్వ హక్కులు"),
         (d(2018, 7, 1), "ప్రై. లి."))
    says("elordatynysy.kz", "til", (d(2018, 2, 19), "Қаз | Рус"), (d(2018, 2, 20), "Qaz"))
    never("elordatynysy.kz", "til", d(2018, 2, 19), "Qaz")
    says("elordatynysy.kz", "kuni", (d(2019, 3, 22), "Астана, "),
         (d(2019, 3, 23), "Нұр-Сұлтан, "))
    says("elordatynysy.kz", "mekenzhai", (d(2019, 3, 22), "Астана қ."),
         (d(2019, 3, 23), "Нұр-Сұлтан қ."))
    says("elordatynysy.kz", "covid", (d(2020, 3, 15), "+7 7172 55 01 43"),
         (d(2020, 3, 16), "1406"))
    says("elordatynysy.kz", "pikir", (d(2019, 6, 30), "Пікірлер ("), (d(2019, 7, 1), "жойылады"))
    says("elordatynysy.kz", "copyright", (d(2017, 4, 30), "©"), (d(2017, 5, 1), "гиперсілтеме"))
    says("multannama.pk", "covid", (d(2020, 3, 23), "واٹس ایپ"), (d(2020, 3, 24), "1166"))
    says("multannama.pk", "tabsare", (d(2019, 3, 31), "تبصرے ("), (d(2019, 4, 1), "نازیبا"))
    says("multannama.pk", "copyright", (d(2018, 3, 31), "جملہ حقوق"),
         (d(2018, 4, 1), "۰۶۱-۴۵۵۰۱۴۳"))
    says("muryarkano.com", "zabe", (d(2015, 2, 7), "Facebook"), (d(2015, 2, 8), "28 ga Maris"),
         (d(2015, 4, 11), "28 ga Maris"), (d(2015, 4, 12), "Facebook"),
         (d(2019, 2, 15), "Facebook"), (d(2019, 2, 16), "23 ga Fabrairu"),
         (d(2019, 3, 10), "Facebook"), (d(2020, 3, 30), "NCDC"))
    never("muryarkano.com", "zabe", d(2017, 2, 16), "Zaɓe")
    says("muryarkano.com", "sharhi", (d(2019, 5, 31), "Sharhi ("), (d(2019, 6, 1), "ɓatanci"))
    says("muryarkano.com", "copyright", (d(2018, 5, 31), "©"), (d(2018, 6, 1), "0803 555 0143"))
    says("okapenfo.ht", "peyilok", (d(2019, 9, 15), "WhatsApp"), (d(2019, 9, 16), "peyi lòk"),
         (d(2019, 11, 30), "peyi lòk"), (d(2019, 12, 1), "WhatsApp"),
         (d(2020, 3, 20), "Koronaviris"))
    says("okapenfo.ht", "komante", (d(2019, 4, 30), "Kòmantè ("), (d(2019, 5, 1), "jouman"))
    says("okapenfo.ht", "copyright", (d(2018, 1, 31), "Tout dwa"), (d(2018, 2, 1), "+509"))
    says("penhalestores.co.uk", "action", (d(2020, 3, 22), "no receipt"),
         (d(2020, 3, 23), "essential shop"))
    says("penhalestores.co.uk", "careline", (d(2019, 4, 30), "Sunday 10am–4pm"),
         (d(2019, 5, 1), "live chat"), (d(2020, 3, 23), "very busy"))
    says("coldlawhillfort.org.uk", "lottery", (d(2019, 1, 29), "the Heritage Lottery Fund"),
         (d(2019, 1, 30), "The National Lottery Heritage Fund"))
    says("coldlawhillfort.org.uk", "volunteer", (d(2020, 3, 22), "No experience needed"),
         (d(2020, 3, 23), "closed for 2020"))
    says("cascaderidgeblood.org", "tattoo", (d(2020, 4, 1), "12 months"),
         (d(2020, 4, 2), "three months"))
    says("cascaderidgeblood.org", "appointment", (d(2020, 3, 17), "Walk-ins are welcome"),
         (d(2020, 3, 18), "appointments only"))
    says("cascaderidgeblood.org", "testing", (d(2020, 6, 14), "three patients"),
         (d(2020, 6, 15), "antibodies"))
    says("cascaderidgeblood.org", "about", (d(2018, 12, 31), "34 hospitals"),
         (d(2019, 1, 1), "38 hospitals"))
    says("severnvalesca.org.uk", "vat", (d(2015, 3, 31), "£81,000"), (d(2015, 4, 1), "£82,000"),
         (d(2016, 4, 1), "£83,000"), (d(2017, 4, 1), "£85,000"),
         (d(2019, 3, 31), "£85,000 from 1 April 2017"), (d(2019, 4, 1), "Making Tax Digital"),
         (d(2020, 3, 20), "deferred until 31 March 2021"))
    says("severnvalesca.org.uk", "venue", (d(2020, 3, 15), "Kingsmead Hotel"),
         (d(2020, 3, 16), "moved online"))
    says("campbirchhollow.com", "tuition", (d(2017, 9, 14), "$5,600"),
         (d(2017, 9, 15), "$5,950"), (d(2019, 9, 15), "$6,300"))
    says("trailglow.co", "shipping", (d(2019, 8, 31), "Shipping is free"),
         (d(2019, 9, 1), "15% surcharge"), (d(2020, 2, 10), "Dongguan"),
         (d(2020, 5, 1), "four weeks"))
    says("trailglow.co", "pledge", (d(2017, 10, 31), "Late pledges"),
         (d(2017, 11, 1), "Pre-order"), (d(2019, 4, 15), "survey"))
    says("hollinsburybarn.co.uk", "showround", (d(2020, 3, 22), "seven days a week"),
         (d(2020, 3, 23), "video tour"), (d(2020, 7, 4), "restarted"))
    says("hollinsburybarn.co.uk", "guests", (d(2020, 3, 22), "160"),
         (d(2020, 3, 23), "postponed"), (d(2020, 7, 4), "30 guests"),
         (d(2020, 9, 28), "15 guests"), (d(2020, 11, 5), "paused"),
         (d(2020, 12, 2), "15 guests"))
    says("hollinsburybarn.co.uk", "licence", (d(2019, 12, 1), "in the Barn"),
         (d(2019, 12, 2), "opposite-sex couples"))
    says("hollinsburybarn.co.uk", "awards", (d(2017, 10, 19), "Instagram"),
         (d(2017, 10, 20), "Awards 2017"), (d(2018, 10, 19), "2017 and 2018"))
    never("hollinsburybarn.co.uk", "awards", d(2018, 10, 18), "2018")


def test_seasons_and_years_follow_their_calendars() -> None:
    """The notices that change every year do so on their own calendars: Ugadi (lunisolar:
    about eleven days earlier each year, or some nineteen later after a leap month), Nauryz
    (21-23 March), Pakistan's Independence Day (14 August, with its count), Kanaval (the
    Sunday to Tuesday before Ash Wednesday, 46 days before Easter), a dig season (from the
    first Monday of July), a blood center's January month and summer drive (to Labor Day,
    the first Monday of September), the UK tax year (from 6 April), camp enrollment (from
    15 September) and a summer camp office (June to August), and a wedding open day (the
    third Sunday of January)."""
    previous = None
    for y in YEARS:
        ugadi = dt.date.fromisoformat(UGADI[y][0])
        assert ugadi.year == y and ugadi.month in (3, 4), y
        if previous is not None:  # a lunar year, or one with a leap month
            assert (ugadi - previous).days in (354, 355, 383, 384, 385), y
        previous = ugadi
        te = [rendered(SET, "krishnateeram.com", "ugadi", ugadi + dt.timedelta(days=k))
              for k in (-4, -3, 1, 2)]
        assert te[0] == te[3] and "ఫేస్‌బుక్" in te[0], te
        assert te[1] == te[2] and "ఉగాది శుభాకాంక్షలు" in te[1], te
        assert f"శ్రీ {UGADI[y][1]} నామ సంవత్సర" in te[1], te[1]
        assert (y == 2020) == ("లాక్‌డౌన్" in te[1]), te[1]

        kk = [rendered(SET, "elordatynysy.kz", "nauryz", day)
              for day in (d(y, 3, 18), d(y, 3, 19), d(y, 3, 23), d(y, 3, 24))]
        assert kk[0] == kk[3] and "Facebook" in kk[0], kk
        assert kk[1] == kk[2] and "Наурыз" in kk[1], kk
        assert (y == 2020) == ("төтенше" in kk[1]), kk[1]
        assert (y == 2020) or f"{y} жылғы 21–23 наурыз" in kk[1], kk[1]

        ur = [rendered(SET, "multannama.pk", "azadi", day)
              for day in (d(y, 8, 9), d(y, 8, 10), d(y, 8, 14), d(y, 8, 15))]
        assert ur[0] == ur[3] and "فیس بک" in ur[0], ur
        assert ur[1] == ur[2] and f"{y - 1946}واں یوم آزادی" in ur[1], ur
        assert (y == 2020) == ("کورونا" in ur[1]), ur[1]

        ash = dt.date.fromisoformat(ASH_WEDNESDAY[y])
        assert ash == easter(y) - dt.timedelta(days=46) and ash.weekday() == 2, y
        ht = [rendered(SET, "okapenfo.ht", "kanaval", ash + dt.timedelta(days=k))
              for k in (-11, -10, -1, 0)]
        assert ht[0] == ht[3] and "Facebook ak WhatsApp" in ht[0], ht
        assert ht[1] == ht[2] and ht[1].startswith(f"🎭 Kanaval {y}:"), ht
        sunday = ash - dt.timedelta(days=3)
        assert f"dimanch {sunday.day} rive madi gra {sunday.day + 2} " in ht[1], ht[1]

        season = [rendered(SET, "coldlawhillfort.org.uk", "season", day)
                  for day in (d(y, 3, 22), d(y, 4, 30), d(y, 5, 1), d(y, 7, 1))]
        if y == 2020:
            assert "season is over" in season[0] and "cancelled" in season[1], season
            assert season[1] == season[2] == season[3], season
        else:
            start = dt.date.fromisoformat(DIG_SEASON[y])
            assert start.weekday() == 0 and start.month == 7 and start.day <= 7, start
            end = start + dt.timedelta(days=26)
            assert season[0] == season[1] and "season is over" in season[1], season
            assert season[2] == season[3], season
            assert f"Excavation {y}: on site from {start.day} July to {end.day} " in season[2]
            assert f"Open day: Saturday {start.day + 19} July" in season[2], season[2]
            last = [rendered(SET, "coldlawhillfort.org.uk", "season", end + dt.timedelta(k))
                    for k in (0, 1)]
            assert last[0] == season[2] and "season is over" in last[1], last

        labor = dt.date.fromisoformat(LABOR_DAY[y])
        assert labor.weekday() == 0 and labor.month == 9 and labor.day <= 7, labor
        blood = [rendered(SET, "cascaderidgeblood.org", "campaign", day)
                 for day in (d(y, 1, 1), d(y, 1, 31), d(y, 2, 1), d(y, 6, 30), d(y, 7, 1),
                             labor, labor + dt.timedelta(days=1))]
        assert blood[0] == blood[1] and f"start {y} by giving" in blood[0], blood
        assert blood[2] == blood[3] == blood[6] and "backbone" in blood[2], blood
        assert blood[4] == blood[5] and f"Labor Day, September {labor.day}" in blood[4], blood
        assert (y == 2020) == ("cancelled" in blood[4]), blood[4]

        tax = [rendered(SET, "severnvalesca.org.uk", "allowance", day)
               for day in (d(y, 4, 5), d(y, 4, 6))]
        assert tax[0].startswith(f"Tax year {y - 1}/{y % 100:02d}: "), tax
        assert tax[1] == (f"Tax year {y}/{(y + 1) % 100:02d}: personal allowance "
                          f"{ALLOWANCES[y][0]}, higher-rate threshold {ALLOWANCES[y][1]}.")

        enroll = [rendered(SET, "campbirchhollow.com", "enroll", day)
                  for day in (d(y, 9, 14), d(y, 9, 15), d(y, 11, 1), d(y, 11, 2))]
        assert enroll[1] == enroll[2] and f"Enrollment for Summer {y + 1} is open" in enroll[1]
        assert f"Summer {y + 1}: spaces remain" in enroll[3], enroll
        assert (y == 2020) == ("cancelled" in enroll[0]), enroll[0]
        assert y == 2020 or enroll[0].startswith(f"Summer {y}: spaces remain"), enroll[0]

        office = [rendered(SET, "campbirchhollow.com", "office", day)
                  for day in (d(y, 5, 31), d(y, 6, 1), d(y, 8, 24), d(y, 8, 25))]
        assert office[0] == office[3] and office[0].startswith("Winter office"), office
        assert (y == 2020) == (office[1] == office[0]), office
        assert y == 2020 or (office[1] == office[2] and "at camp" in office[1]), office

        open_day = dt.date.fromisoformat(OPEN_DAY[y])
        assert open_day.weekday() == 6 and open_day.month == 1, open_day
        assert 15 <= open_day.day <= 21, open_day  # the third Sunday
        wedding = [rendered(SET, "hollinsburybarn.co.uk", "openday", day)
                   for day in (d(y - 1, 11, 30), d(y - 1, 12, 1), open_day,
                               open_day + dt.timedelta(days=1))]
        assert wedding[0] == wedding[3] and "filling fast" in wedding[0], wedding
        assert wedding[1] == wedding[2], wedding
        assert f"Sunday {open_day.day} January {y}, 11am–3pm" in wedding[1], wedding
    allowances = [int(ALLOWANCES[y][0].strip("£").replace(",", "")) for y in sorted(ALLOWANCES)]
    thresholds = [int(ALLOWANCES[y][1].strip("£").replace(",", "")) for y in sorted(ALLOWANCES)]
    assert allowances == sorted(allowances) and thresholds == sorted(thresholds)
    # the basic-rate band between them: £31,785 to £37,500 in these years
    assert all(31_000 < t - a < 38_000 for a, t in zip(allowances, thresholds, strict=True))
    # a season that is cancelled stays cancelled, and two elections postponed a week or more
    assert "cancelled" in rendered(SET, "coldlawhillfort.org.uk", "season", d(2020, 12, 31))
    for when, words in ((d(2015, 2, 14), "28 ga Maris"), (d(2019, 2, 20), "23 ga Fabrairu")):
        assert words in rendered(SET, "muryarkano.com", "zabe", when), when


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, counts and pools change the text
    assert_varied(fams, (
        "krishnateeram.com/vibhagam", "krishnateeram.com/bangaram",
        "krishnateeram.com/prachurana", "krishnateeram.com/vilekari",
        "krishnateeram.com/chadavandi", "krishnateeram.com/tags",
        "krishnateeram.com/vyakhyalu", "krishnateeram.com/copyright",
        "elordatynysy.kz/aidar", "elordatynysy.kz/kuni", "elordatynysy.kz/avtor",
        "elordatynysy.kz/oqynyz", "elordatynysy.kz/derekkoz", "elordatynysy.kz/tegter",
        "elordatynysy.kz/pikir", "elordatynysy.kz/copyright", "multannama.pk/zamra",
        "multannama.pk/tareekh", "multannama.pk/nama", "multannama.pk/parhiye",
        "multannama.pk/tabsare", "multannama.pk/copyright", "muryarkano.com/kwanan",
        "muryarkano.com/marubuci", "muryarkano.com/karanta", "muryarkano.com/batutuwa",
        "okapenfo.ht/ribrik", "okapenfo.ht/dat", "okapenfo.ht/ote", "okapenfo.ht/li"))
    for style, family, want in (("penhalestores.co.uk", "published", 5),
                                ("penhalestores.co.uk", "product", 4),
                                ("penhalestores.co.uk", "kind", 4),
                                ("penhalestores.co.uk", "stores", 3),
                                ("coldlawhillfort.org.uk", "posted", 5),
                                ("coldlawhillfort.org.uk", "find", 4),
                                ("coldlawhillfort.org.uk", "trench", 3),
                                ("coldlawhillfort.org.uk", "season", 3),
                                ("cascaderidgeblood.org", "posted", 5),
                                ("cascaderidgeblood.org", "supply", 3),
                                ("cascaderidgeblood.org", "drive", 3),
                                ("cascaderidgeblood.org", "campaign", 2),
                                ("severnvalesca.org.uk", "posted", 5),
                                ("severnvalesca.org.uk", "dates", 3),
                                ("severnvalesca.org.uk", "allowance", 3),
                                ("campbirchhollow.com", "posted", 5),
                                ("campbirchhollow.com", "caption", 3),
                                ("campbirchhollow.com", "enroll", 3),
                                ("trailglow.co", "posted", 5),
                                ("trailglow.co", "status", 3),
                                ("hollinsburybarn.co.uk", "posted", 5),
                                ("hollinsburybarn.co.uk", "credit", 3),
                                ("coldlawhillfort.org.uk", "cite", 5),
                                ("okapenfo.ht", "to", 3),
                                ("muryarkano.com", "canji", 3),
                                ("muryarkano.com", "sashe", 5),
                                ("multannama.pk", "mausam", 3),
                                ("elordatynysy.kz", "bagam", 3)):
        # small pools (four to seven items) on a few dozen articles, or a notice rewritten
        # every year: `want` distinct texts
        assert len(set(group_lines(SET, style, family))) >= want, (style, family)
    # notices reworded between years: both wordings occur
    assert_reworded(fams, (
            ("krishnateeram.com/prachurana", "ప్రచురణ: ", "Updated : "),
            ("krishnateeram.com/vilekari", "విలేకరి: ", " ప్రతినిధి "),
            ("krishnateeram.com/vyakhyalu", "వ్యాఖ్యలు (", "తొలగిస్తాం"),
            ("krishnateeram.com/copyright", "సర్వ హక్కులు", "ప్రై. లి."),
            ("krishnateeram.com/prakatanalu", "0143", "జీఎస్‌టీ"),
            ("elordatynysy.kz/kuni", "Астана, ", "Нұр-Сұлтан, "),
            ("elordatynysy.kz/avtor", "Автор: ", "Дайындаған: "),
            ("elordatynysy.kz/pikir", "Пікірлер (", "жойылады"),
            ("elordatynysy.kz/copyright", "©", "гиперсілтеме"),
            ("multannama.pk/tareekh", "شائع شدہ: ", " PKT"),
            ("multannama.pk/nama", "رپورٹ: ", "نمائندہ خصوصی"),
            ("multannama.pk/copyright", "©", "۰۶۱"),
            ("muryarkano.com/kwanan", " | ", "An sabunta: "),
            ("muryarkano.com/marubuci", "Daga ", ", wakilinmu a "),
            ("muryarkano.com/sharhi", "Sharhi (", "ɓatanci"),
            ("muryarkano.com/copyright", "©", "0803 555 0143"),
            ("okapenfo.ht/dat", " · ", "Mizajou: "),
            ("okapenfo.ht/ote", "Pa ", "Yon atik "),
            ("okapenfo.ht/komante", "Kòmantè (", "jouman"),
            ("okapenfo.ht/copyright", "©", "+509")))
    assert_groups_reworded(SET, (
            ("penhalestores.co.uk", "published", "Published ", ", updated "),
            ("coldlawhillfort.org.uk", "posted", "Posted on ", " · "),
            ("cascaderidgeblood.org", "posted", "", " · By "),
            ("severnvalesca.org.uk", "posted", "", " · "),
            ("campbirchhollow.com", "posted", "Posted ", " · by "),
            ("trailglow.co", "posted", "(Creator)", ", "),
            ("hollinsburybarn.co.uk", "posted", "", " · ")))
    dates = {norm(t) for t in group_lines(SET, "cascaderidgeblood.org", "posted")}
    assert any(" · " not in t for t in dates)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "krishnateeram.com/share", "elordatynysy.kz/kualik", "multannama.pk/zuban",
        "muryarkano.com/raba", "okapenfo.ht/pataje", "krishnateeram.com/video"))
    # lines in only some articles beside lines in nearly all
    assert_carried_share(docs, "krishnateeram.com", [
        ("vibhagam", 0.18, 0.45), ("prakatanalu", 0.06, 0.3), ("bangaram", 0.1, 0.35),
        ("prachurana", 0.75, 0.95), ("prakatana", 0.55, 0.85)])
    assert_carried_share(docs, "elordatynysy.kz", [
        ("bagam", 0.05, 0.3), ("til", 0.12, 0.4), ("kuni", 0.75, 0.97)])
    assert_carried_share(docs, "multannama.pk", [
        ("mausam", 0.04, 0.35), ("tareekh", 0.72, 0.97)])
    # a mid-body insert can occur two or three times in one article
    for fam in ("krishnateeram.com/prakatana", "krishnateeram.com/chadavandi",
                "elordatynysy.kz/zharnama", "elordatynysy.kz/oqynyz",
                "multannama.pk/ishtehar", "multannama.pk/parhiye",
                "muryarkano.com/talla", "muryarkano.com/karanta",
                "okapenfo.ht/piblisite", "okapenfo.ht/li"):
        assert max(per_doc(docs, fam)) >= 2, fam
    assert 3 in per_doc(docs, "muryarkano.com/talla")
    for style, family, most in (("penhalestores.co.uk", "product", 2),
                                ("coldlawhillfort.org.uk", "find", 2),
                                ("cascaderidgeblood.org", "drive", 2),
                                ("campbirchhollow.com", "caption", 2),
                                ("trailglow.co", "photo", 2),
                                ("hollinsburybarn.co.uk", "credit", 2)):
        counts = [sum(label_family(line.label) == family for line in doc.lines)
                  for doc in group_docs(SET, style)]
        assert 2 <= max(counts) <= most, (style, family)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    """A Telugu live-updates kicker, a Kazakh urgent kicker, an Urdu correction, a Hausa
    breaking-news kicker, a Creole update note, an extended recall, a blood drive
    correction, camp lost property and a backer-update correction: on a few pages of their
    style's group, never on most. The groups of the four news sites with the most articles
    are large enough for each to occur, on at most a tenth of their pages; on the smaller
    groups, at least two do."""
    small = 0
    for style, family, most in (("krishnateeram.com", "live", 15),
                                ("elordatynysy.kz", "shugyl", 10),
                                ("multannama.pk", "tasheeh", 9),
                                ("muryarkano.com", "gaggawa", 8),
                                ("okapenfo.ht", "not", 6),
                                ("penhalestores.co.uk", "extended", 5),
                                ("cascaderidgeblood.org", "correction", 4),
                                ("campbirchhollow.com", "lost", 4),
                                ("trailglow.co", "correction", 4)):
        docs = group_docs(SET, style)
        carried = sum(any(label_family(line.label) == family for line in doc.lines)
                      for doc in docs)
        assert carried <= most, (style, family, carried)
        if most > 6:  # groups large enough for a share of 3-5% to show
            assert 1 <= carried <= 0.1 * len(docs), (style, family, carried)
        else:
            small += carried
    assert small >= 2


def test_sister_sites_share_network_lines() -> None:
    """Lines that do not name the site stay the same on a style's renamed variants: a
    food-safety notification, a finds-recording scheme, a donor eligibility line, a CPD
    line, a camp accreditation, a warranty line and an exclusive-use line occur, word for
    word, on more than one publisher of the group."""
    assert_sister_sites_share(SET, (
            ("penhalestores.co.uk", "fsa", "We have told the Food Standards Agency about this "
             "recall, and point-of-sale notices are displayed in the stores concerned."),
            ("coldlawhillfort.org.uk", "pas", "Found an object somewhere else? Record it with "
             "your local Finds Liaison Officer of the Portable Antiquities Scheme."),
            ("cascaderidgeblood.org", "eligibility", "Most healthy people 16 and older who weigh "
             "at least 110 pounds can give blood. Donors aged 16 need a signed parental consent "
             "form."),
            ("severnvalesca.org.uk", "cpd", "Reading and reflecting on this update can count "
             "towards your CPD: record it in your CPD log."),
            ("campbirchhollow.com", "aca", "Accredited by the American Camp Association."),
            ("trailglow.co", "warranty", "Every light has a two-year warranty and a 30-day "
             "return window."),
            ("hollinsburybarn.co.uk", "exclusive", "Exclusive use: one wedding a day, from "
             "10am until midnight.")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # the article's own title: a dig's cite-this-post line
    first_title = bodies(SET, 1)[0].title
    text = rendered(SET, "coldlawhillfort.org.uk", "cite", d(2018, 7, 9))
    assert text == (f"Cite this post: Coldlaw Hillfort Project (2018), ‘{first_title}’, dig "
                    "diary.")
    own = own_title_lines(group_docs(SET, "coldlawhillfort.org.uk"), "/cite")
    assert own and all(title in norm(text) or title in text for title, text in own)
    # other articles' titles: "related" and "read also" links
    assert_links_to_other_titles(docs, fams, (
        ("krishnateeram.com/chadavandi", "ఇది కూడా చదవండి: "),
        ("elordatynysy.kz/oqynyz", "Оқи отырыңыз: "),
        ("multannama.pk/parhiye", "یہ بھی پڑھیں: "),
        ("muryarkano.com/karanta", "Karanta kuma: "),
        ("okapenfo.ht/li", "Li tou: "),
    ))


def test_names_at_line_start() -> None:
    fams = by_family(planted_docs(SET))

    def both(fam: str, pool_name: str, old_prefix: str, new_prefix: str,
             new_suffix: str) -> None:
        domain = fam.partition("/")[0]
        writers = pool(SET, domain, pool_name)
        texts = [norm(t) for t in fams[fam]]
        olds = [t.removeprefix(old_prefix) for t in texts if t.startswith(old_prefix)]
        news = [t.removeprefix(new_prefix).partition(new_suffix or "\n")[0] for t in texts
                if not t.startswith(old_prefix) and t.startswith(new_prefix)
                and new_suffix in t]
        assert olds and sum(t in writers for t in olds) >= 0.75 * len(olds), fam
        assert news and sum(t in writers for t in news) >= 0.75 * len(news), fam

    both("elordatynysy.kz/avtor", "tilshi", "Автор: ", "Дайындаған: ", "")
    both("multannama.pk/nama", "nama", "رپورٹ: ", "", "، ")
    both("muryarkano.com/marubuci", "wakili", "Daga ", "", ", ")
    both("okapenfo.ht/ote", "jounalis", "Pa ", "Yon atik ", " pou ")
    # a Telugu byline that turns into city-correspondent-then-name
    writers = pool(SET, "krishnateeram.com", "vilekari")
    cities = pool(SET, "krishnateeram.com", "nagaram")
    texts = [norm(t) for t in fams["krishnateeram.com/vilekari"]]
    olds = [t.removeprefix("విలేకరి: ") for t in texts if t.startswith("విలేకరి: ")]
    news = [t.partition(" ప్రతినిధి ") for t in texts if " ప్రతినిధి " in t]
    assert olds and sum(t in writers for t in olds) >= 0.75 * len(olds)
    assert news and sum(c in cities and w in writers for c, _, w in news) >= 0.75 * len(news)
    places = [norm(t).rpartition(" a ")[2] for t in fams["muryarkano.com/marubuci"]
              if ", wakilinmu a " in t]
    assert places and sum(p in pool(SET, "muryarkano.com", "birni") for p in places) >= 0.75 * len(
        places)
    # names in scripts without capitals: Telugu with initials, Urdu; Kazakh patronymics;
    # Hausa names of three parts, some with a hooked capital
    assert sum(bool(re.fullmatch(TELUGU + r"+\. " + TELUGU + r"+(?: " + TELUGU + "+)?", w))
               for w in writers) >= 4
    assert all(re.fullmatch(r"[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)+", w)
               for w in pool(SET, "multannama.pk", "nama"))
    kazakh = pool(SET, "elordatynysy.kz", "tilshi")
    assert all(re.fullmatch(r"[А-ЯӘҒҚҢӨҰҮҺІ]\w+ [А-ЯӘҒҚҢӨҰҮҺІ]\w+", w) for w in kazakh)
    assert sum(bool(re.search(r"(?:ұлы|қызы)$", w)) for w in kazakh) >= 2
    hausa = pool(SET, "muryarkano.com", "wakili")
    assert all(re.fullmatch(r"[A-ZƊ]\w+(?: [A-ZƊ]\w+){2}", w) for w in hausa)
    assert any("Ɗ" in w for w in hausa)
    # staff with their posts
    for style, family, marker in (("coldlawhillfort.org.uk", "posted", " · "),
                                  ("severnvalesca.org.uk", "posted", " · "),
                                  ("campbirchhollow.com", "posted", " · by "),
                                  ("trailglow.co", "posted", " · "),
                                  ("hollinsburybarn.co.uk", "posted", " · ")):
        roles = pool(SET, style, "beat")
        lines = [norm(t) for t in group_lines(SET, style, family) if marker in t
                 and "(Creator)" not in t]
        assert lines, (style, family)
        assert sum(t.rpartition(", ")[2] in roles for t in lines) >= 0.75 * len(lines), style
        mostly([t.partition(marker)[2] for t in lines], r"^[A-Z]\w+ [A-Z][\w'-]+, ")
    bylines = [norm(t) for t in group_lines(SET, "cascaderidgeblood.org", "posted")
               if " · By " in t]
    assert bylines
    mostly(bylines, r" · By [A-Z]\w+ [A-Z][\w'-]+$")
    mostly(group_lines(SET, "trailglow.co", "posted"), r"^(?:Posted by [A-Z]\w+ [A-Z][\w'-]+ "
           r"\(Creator\) · [A-Z][a-z]{2} \d{1,2}, \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4} · .+)$")


def test_bare_lines_scripts_symbols_and_amounts() -> None:
    fams = by_family(planted_docs(SET))
    # bare lines: ad labels (one word, too short for small edits), kickers, fixed labels
    for fam, bare in (("krishnateeram.com/prakatana", "ప్రకటన"),
                      ("elordatynysy.kz/zharnama", "Жарнама"),
                      ("multannama.pk/ishtehar", "اشتہار"),
                      ("muryarkano.com/talla", "Talla"),
                      ("okapenfo.ht/piblisite", "Piblisite")):
        assert set(fams[fam]) == {bare}, fam
    assert_groups_mostly_bare(SET, (
        ("krishnateeram.com", "share", "ఈ వార్తను షేర్ చేయండి"),
        ("multannama.pk", "zuban", "اردو | English"),
        ("muryarkano.com", "harshe", "Hausa | English"),
        ("muryarkano.com", "raba", "Ku raba wannan labari ga abokanku"),
        ("okapenfo.ht", "lang", "Kreyòl | Français"),
        ("okapenfo.ht", "pataje", "Pataje atik sa a"),
        ("penhalestores.co.uk", "stores-head", "Where it was sold"),
        ("severnvalesca.org.uk", "dates-head", "Key dates"),
        ("campbirchhollow.com", "mail-head", "Write to your camper"),
        ("hollinsburybarn.co.uk", "suppliers-head", "The suppliers")))
    til = {norm(t) for t in group_lines(SET, "elordatynysy.kz", "til")}
    assert til and til <= {"Қаз | Рус", "Қаз | Qaz | Рус"} and len(til) == 2
    assert_values_from_pool(SET, fams, (("krishnateeram.com/vibhagam", "vibhagam"),
                                        ("elordatynysy.kz/aidar", "aidar"),
                                        ("multannama.pk/zamra", "zamra"),
                                        ("muryarkano.com/sashe", "sashe"),
                                        ("okapenfo.ht/ribrik", "ribrik")))
    assert_group_values_from_pool(SET, (("penhalestores.co.uk", "kind", "kind"),
                                        ("coldlawhillfort.org.uk", "kind", "kind"),
                                        ("cascaderidgeblood.org", "kind", "kind"),
                                        ("severnvalesca.org.uk", "kind", "kind"),
                                        ("campbirchhollow.com", "kind", "kind"),
                                        ("trailglow.co", "kind", "kind"),
                                        ("hollinsburybarn.co.uk", "kind", "kind")))
    # pools that name the site (renamed on the variants): the site as written
    for fam, pool_name, prefix in (("krishnateeram.com/photo", "photo", "ఫొటో: "),
                                   ("elordatynysy.kz/foto", "foto", "Фото: "),
                                   ("multannama.pk/tasveer", "tasveer", "تصویر: "),
                                   ("muryarkano.com/hoto", "hoto", "Hoto: "),
                                   ("okapenfo.ht/foto", "foto", "Foto: "),
                                   ("penhalestores.co.uk/product", "product", ""),
                                   ("penhalestores.co.uk/stores", "stores", ""),
                                   ("coldlawhillfort.org.uk/photo", "photo", "")):
        texts = [norm(t).removeprefix(prefix) for t in fams[fam]]
        items = {norm(item) for item in pool(SET, fam.partition("/")[0], pool_name)}
        assert texts and sum(t in items for t in texts) >= 0.75 * len(texts), fam
    for style, family, pool_name, prefix in (
            ("krishnateeram.com", "bangaram", "bangaram", ""),
            ("elordatynysy.kz", "bagam", "bagam", ""),
            ("elordatynysy.kz", "derekkoz", "derek", "Дереккөз: "),
            ("multannama.pk", "mausam", "mausam", ""),
            ("multannama.pk", "bashukriya", "bashukriya", "بشکریہ: "),
            ("muryarkano.com", "canji", "canji", ""),
            ("okapenfo.ht", "to", "to", ""),
            ("penhalestores.co.uk", "allergen", "allergen", ""),
            ("coldlawhillfort.org.uk", "trench", "trench", ""),
            ("coldlawhillfort.org.uk", "find", "find", ""),
            ("cascaderidgeblood.org", "supply", "supply", ""),
            ("cascaderidgeblood.org", "drive", "drive", ""),
            ("severnvalesca.org.uk", "event", "event", ""),
            ("severnvalesca.org.uk", "dates", "dates", ""),
            ("campbirchhollow.com", "caption", "caption", ""),
            ("trailglow.co", "status", "status", ""),
            ("trailglow.co", "photo", "photo", ""),
            ("hollinsburybarn.co.uk", "couple", "couple", ""),
            ("hollinsburybarn.co.uk", "credit", "credit", ""),
            ("hollinsburybarn.co.uk", "suppliers", "suppliers", "")):
        group = [norm(t).removeprefix(prefix) for t in group_lines(SET, style, family)]
        items = {norm(item) for item in pool(SET, style, pool_name)}
        assert group and sum(t in items for t in group) >= 0.75 * len(group), (style, family)
    # scripts: Telugu, Kazakh Cyrillic, Urdu, Hausa Latin with hooked letters, Creole Latin
    for family in ("vibhagam", "vilekari", "prakatana", "chadavandi", "photo", "video", "tags",
                   "share", "ugadi", "prakatanalu", "vyakhyalu", "copyright"):
        mostly(fams[f"krishnateeram.com/{family}"], TELUGU + "{3}", 0.9)
    for family in ("aidar", "avtor", "zharnama", "oqynyz", "derekkoz", "tegter", "nauryz",
                   "pikir", "copyright", "kualik", "mekenzhai"):
        mostly(fams[f"elordatynysy.kz/{family}"], CYRILLIC + "{3}", 0.9)
    for family in ("shugyl", "nauryz", "pikir", "copyright", "kualik"):
        mostly(fams[f"elordatynysy.kz/{family}"], KAZAKH, 0.9)
    for family in ("zamra", "tareekh", "nama", "ishtehar", "parhiye", "tasveer", "bashukriya",
                   "azadi", "tabsare", "copyright"):
        mostly(fams[f"multannama.pk/{family}"], URDU + "{3}", 0.9)
    for family in ("nama", "parhiye", "azadi", "tabsare", "copyright"):
        mostly(fams[f"multannama.pk/{family}"], URDU_ONLY, 0.9)
    for family in ("raba", "zabe", "karanta"):
        mostly(fams[f"muryarkano.com/{family}"], HAUSA, 0.9)
    assert any(re.search("[ƙɗɓ]", t) for t in fams["muryarkano.com/zabe"])
    for family in ("pataje", "kanaval", "komante", "peyilok", "lang"):
        mostly(fams[f"okapenfo.ht/{family}"], KREYOL, 0.9)
    # Urdu numerals in an imprint
    ur = rendered(SET, "multannama.pk", "copyright", d(2019, 1, 1))
    assert re.search(f"[{URDU_DIGITS}]{{3}}-[{URDU_DIGITS}]{{7}}$", ur), ur
    # symbols and emoji
    assert_groups_marked(SET, (("krishnateeram.com", "bangaram", "💰 "),
                                ("elordatynysy.kz", "bagam", "💱 "),
                                ("multannama.pk", "mausam", "🌡️ "),
                                ("muryarkano.com", "canji", "💵 "),
                                ("okapenfo.ht", "to", "💵 "),
                                ("penhalestores.co.uk", "product", "🛒 "),
                                ("penhalestores.co.uk", "allergen", "⚠️ "),
                                ("coldlawhillfort.org.uk", "trench", "📍 "),
                                ("coldlawhillfort.org.uk", "find", "🔎 "),
                                ("coldlawhillfort.org.uk", "photo", "📷 "),
                                ("cascaderidgeblood.org", "supply", "🩸 "),
                                ("cascaderidgeblood.org", "drive", "📍 "),
                                ("severnvalesca.org.uk", "event", "📅 "),
                                ("campbirchhollow.com", "caption", "📷 "),
                                ("trailglow.co", "photo", "📷 "),
                                ("hollinsburybarn.co.uk", "couple", "💍 "),
                                ("hollinsburybarn.co.uk", "credit", "📷 ")))
    for domain, family, day, mark in (
            ("krishnateeram.com", "live", d(2019, 6, 1), "🔴 "),
            ("krishnateeram.com", "video", d(2019, 6, 1), "▶️ "),
            ("krishnateeram.com", "ugadi", d(2019, 4, 5), "🌼 "),
            ("krishnateeram.com", "covid", d(2020, 6, 1), "😷 "),
            ("elordatynysy.kz", "shugyl", d(2019, 6, 1), "⚡ "),
            ("elordatynysy.kz", "nauryz", d(2019, 3, 21), "🌷 "),
            ("elordatynysy.kz", "covid", d(2020, 6, 1), "😷 "),
            ("multannama.pk", "azadi", d(2019, 8, 14), "🇵🇰 "),
            ("multannama.pk", "covid", d(2020, 6, 1), "😷 "),
            ("muryarkano.com", "gaggawa", d(2019, 6, 1), "🔴 "),
            ("muryarkano.com", "zabe", d(2019, 2, 20), "🗳️ "),
            ("muryarkano.com", "zabe", d(2020, 6, 1), "😷 "),
            ("okapenfo.ht", "odyo", d(2019, 6, 1), "🎧 "),
            ("okapenfo.ht", "kanaval", d(2019, 3, 1), "🎭 "),
            ("okapenfo.ht", "peyilok", d(2020, 6, 1), "😷 "),
            ("penhalestores.co.uk", "photo", d(2019, 6, 1), "📷 "),
            ("campbirchhollow.com", "portal", d(2019, 6, 1), "📸 "),
            ("cascaderidgeblood.org", "campaign", d(2019, 7, 4), "☀️ "),
            ("hollinsburybarn.co.uk", "openday", d(2019, 1, 5), "💐 "),
            ("hollinsburybarn.co.uk", "awards", d(2019, 6, 1), "🏆 ")):
        assert rendered(SET, domain, family, day).startswith(mark), (domain, family, day)
    # counters, tag lines, phones and numbers
    for fam, pattern, newer in (
            ("krishnateeram.com/vyakhyalu", r"వ్యాఖ్యలు \(\d+\)", "తొలగిస్తాం"),
            ("elordatynysy.kz/pikir", r"Пікірлер \(\d+\)", "жойылады"),
            ("multannama.pk/tabsare", r"تبصرے \(\d+\)", "نازیبا"),
            ("muryarkano.com/sharhi", r"Sharhi \(\d+\)", "ɓatanci"),
            ("okapenfo.ht/komante", r"Kòmantè \(\d+\)", "jouman")):
        counters = [t for t in fams[fam] if newer not in t]
        mostly_full(counters, pattern)
    for fam, prefix in (("krishnateeram.com/tags", "ట్యాగ్‌లు: "),
                        ("elordatynysy.kz/tegter", "Тегтер: "),
                        ("muryarkano.com/batutuwa", "Batutuwa: ")):
        mostly(fams[fam], "^" + re.escape(prefix) + r"\S.*$")
    for style, family, phone in (("krishnateeram.com", "prakatanalu", "0866 255 0143"),
                                 ("elordatynysy.kz", "covid", "+7 7172 55 01 43"),
                                 ("multannama.pk", "covid", "0300 5550143"),
                                 ("muryarkano.com", "copyright", "0803 555 0143"),
                                 ("okapenfo.ht", "copyright", "+509 3455 0143"),
                                 ("penhalestores.co.uk", "careline", "0808 157 0143"),
                                 ("cascaderidgeblood.org", "appointment", "1-800-555-0143")):
        assert any(phone in norm(t) for t in group_lines(SET, style, family)), (style, family)
    for domain, family, phone in (("cascaderidgeblood.org", "media", "509-555-0177"),
                                  ("severnvalesca.org.uk", "venue", "0117 496 0390"),
                                  ("campbirchhollow.com", "office", "617-555-0143"),
                                  ("hollinsburybarn.co.uk", "showround", "01632 960 481"),
                                  ("muryarkano.com", "zabe", "0800 9700 0010")):
        day = d(2020, 6, 1) if family == "zabe" else d(2017, 3, 1)
        assert phone in rendered(SET, domain, family, day), (domain, family)
    assert "603-555-0176" in rendered(SET, "campbirchhollow.com", "office", d(2019, 7, 1))
    assert "1406" in rendered(SET, "elordatynysy.kz", "covid", d(2020, 6, 1))
    assert "1166" in rendered(SET, "multannama.pk", "covid", d(2020, 6, 1))


def test_printed_dates_are_real_dates() -> None:
    """The dotted dates are valid calendar dates in range, and the weekdays printed beside a
    date are its own."""
    for style, family, pattern in (
            ("krishnateeram.com", "prachurana", r"^ప్రచురణ: (\d\d\.\d\d\.\d{4}) "),
            ("elordatynysy.kz", "kuni", r", (\d\d\.\d\d\.\d{4}) "),
            ("multannama.pk", "tareekh", r": (\d\d\.\d\d\.\d{4}) \|"),
            ("okapenfo.ht", "dat", r"^Mizajou: (\d\d\.\d\d\.\d{4}) a ")):
        found = [m[1] for t in group_lines(SET, style, family)
                 if (m := re.search(pattern, norm(t)))]
        assert len(found) >= 5, (style, family, pattern)
        for text in found:
            day = dt.datetime.strptime(text, "%d.%m.%Y").date()
            assert d(2015, 1, 1) <= day <= d(2020, 12, 31), (style, text)
    # the city in a Kazakh dateline is the name the capital had on that day
    for text in group_lines(SET, "elordatynysy.kz", "kuni"):
        if m := re.search(r"^(Астана|Нұр-Сұлтан), (\d\d\.\d\d\.\d{4}) ", norm(text)):
            day = dt.datetime.strptime(m[2], "%d.%m.%Y").date()
            assert (m[1] == "Нұр-Сұлтан") == (day >= d(2019, 3, 23)), text
    checked = 0
    dmy = r"^([A-Z][a-z]+day),? (\d{1,2} [A-Z][a-z]+ \d{4})"
    mdy = r"^([A-Z][a-z]+day), ([A-Z][a-z]+ \d{1,2}, \d{4})"
    for style, family, pattern, fmt in (
            ("penhalestores.co.uk", "published", dmy, "%d %B %Y"),
            ("campbirchhollow.com", "posted", mdy, "%B %d, %Y"),
            ("hollinsburybarn.co.uk", "posted", dmy, "%d %B %Y")):
        for text in group_lines(SET, style, family):
            if m := re.search(pattern, norm(text)):
                day = dt.datetime.strptime(m[2], fmt).date()
                assert day.strftime("%A") == m[1], text
                checked += 1
    assert checked >= 15


def test_sector_figures_are_plausible() -> None:
    """Gold rates with 22 carat at about 91.6% of 24 carat, exchange rates with consistent
    cross rates and in their ranges, temperatures in order, product batch codes, allergens
    from the UK's fourteen, trenches and finds that agree, blood supply days that match
    their status, production steps in order, tuition and VAT thresholds that only rise."""
    for line in pool(SET, "krishnateeram.com", "bangaram"):
        k22, k24 = (int(x.replace(",", "")) for x in re.findall(r"₹([\d,]+)", line))
        assert 20_000 < k24 < 60_000 and 0.91 < k22 / k24 < 0.92, line
    for line in pool(SET, "elordatynysy.kz", "bagam"):
        usd, eur, rub = (float(x.replace(",", ".")) for x in re.findall(r"([\d,]+) ₸", line))
        assert 180 < usd < 450 and 1.03 < eur / usd < 1.25 and 50 < usd / rub < 85, line
    for line in pool(SET, "multannama.pk", "mausam"):
        high, low = (int(x) for x in re.findall(r"(\d+)°", line))
        assert 0 <= low < high <= 50 and high - low <= 20, line
    for line in pool(SET, "muryarkano.com", "canji"):
        usd, gbp = (int(x) for x in re.findall(r"₦(\d+)", line))
        assert 190 < usd < 500 and 1.2 < gbp / usd < 1.6, line
    for line in pool(SET, "okapenfo.ht", "to"):
        m = re.fullmatch(r"💵 To referans BRH: 1 USD = (\d+),(\d\d) goud", line)
        assert m and 45 <= int(m[1]) <= 125, line
    for line in pool(SET, "penhalestores.co.uk", "product"):
        assert re.fullmatch(r"🛒 Penhale Stores [\w &]+ · (?:\d+g|\d+ pack) · batch code "
                            r"[A-Z0-9]{5} · (?:all (?:use-by|best before) dates|.+)", line), line
    for line in pool(SET, "penhalestores.co.uk", "allergen"):
        m = re.fullmatch(r"⚠️ Allergen: (.+?)(?: \(\w+\))?\. Not mentioned on the label\.", line)
        assert m and m[1] in ALLERGENS, line
    trenches = {int(m[1]) for t in pool(SET, "coldlawhillfort.org.uk", "trench")
                if (m := re.match(r"📍 Trench (\d) · ", t))}
    assert trenches == {1, 2, 3, 4, 5}
    numbers = []
    for line in pool(SET, "coldlawhillfort.org.uk", "find"):
        m = re.fullmatch(r"🔎 Small find SF(\d{3}): .+, Trench (\d)", line)
        assert m and int(m[2]) in trenches, line
        numbers.append(m[1])
    assert len(set(numbers)) == len(numbers)
    for line in pool(SET, "cascaderidgeblood.org", "supply"):
        parts = re.findall(r"(O−|O\+|A\+) (\d) days? \((critical|low|stable)\)", line)
        assert len(parts) == 3, line
        for _, days, status in parts:
            want = "critical" if int(days) <= 1 else "low" if int(days) <= 3 else "stable"
            assert status == want, line
    for line in pool(SET, "trailglow.co", "status"):
        marks = re.findall(r"(✅|🔄|⏳) [A-Z]", line)
        assert len(marks) == 5 and marks == sorted(marks, key="✅🔄⏳".index), line
        assert marks.count("🔄") <= 1, line
    tuition = [rendered(SET, "campbirchhollow.com", "tuition", day)
               for day in (d(2016, 1, 1), d(2018, 1, 1), d(2020, 1, 1))]
    fees = [[int(x.replace(",", "")) for x in re.findall(r"\$([\d,]+)", t)] for t in tuition]
    assert all(len(f) == 2 and f[1] < f[0] / 1.5 for f in fees)
    assert [f[0] for f in fees] == sorted({f[0] for f in fees})
    thresholds = [int(m[1].replace(",", "")) for y in (2015, 2016, 2017)
                  if (m := re.search(r"£([\d,]+)", rendered(SET, "severnvalesca.org.uk", "vat",
                                                             d(y, 6, 1))))]
    assert thresholds == sorted(set(thresholds)) and len(thresholds) == 3


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    """Each line of a block has its own share, so an article carries some or all of them,
    always adjacent and in the block's order; some article of the style's group carries at
    least `want` of them."""
    assert_group_blocks_stay_together(SET, {
        "penhalestores.co.uk": (["stores-head", "stores"], 2),
        "cascaderidgeblood.org": (["about-head", "about"], 2),
        "severnvalesca.org.uk": (["dates-head", "dates"], 2),
        "campbirchhollow.com": (["mail-head", "mail"], 2),
        "hollinsburybarn.co.uk": (["suppliers-head", "suppliers"], 2)})
