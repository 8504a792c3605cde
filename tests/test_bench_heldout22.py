"""The held-back-22 template set (`tests.bench.heldout_templates_22`): its localised dates,
the notices it rewords by date, the calendars some notices follow, the variation it promises
and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it (held-back-22, slightly compromised before its first run, has had that
run, 92.96% boilerplate removed, and is now studied). The checks
every held-back set shares (every wording renders, labels, publishers, ...) are in
`tests/test_bench_heldout_sets.py`. Some styles have few articles of their own (the
generator's Zipf sizes), so several checks look at a style together with its renamed
variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_22 import (
    BANDCAMP_FRIDAYS,
    LIVING_WAGE,
    LOSAR,
    RECORD_STORE_DAY,
    SHOW_DAY,
    YEARS,
)
from tests.heldout_checks import (
    ascii_digits,
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

SET = "held-back-22"
SITES = ("ಚಂದನವನ ಟಾಕೀಸ್", "བཙན་བྱོལ་གསར་འགྱུར", "Tsiry Vaovao", "Minett Aktuell",
         "Ijwi rya Musanze", "Platte Valley University Press", "Lomondview Care Home",
         "Tawe Solar", "Feeder Canal Records", "Glencarrig Golf Club",
         "Soar Valley Driving School", "Rimu Street School of Dance")
KANNADA = r"[\u0c80-\u0cff]"
TIBETAN = r"[\u0f00-\u0fff]"
TIBETAN_DIGITS = "༠༡༢༣༤༥༦༧༨༩"
MALAGASY = r"(?:\b(?:ny|ity|sy|ao|ve|no|dia|izahay|ianao)\b|amin[’']ny)"
LETZEBUERGESCH = r"(?:[ëé]|\b(?:an|vun|vum|eis|den|dem|fir|gi|mat)\b)"
KINYARWANDA = r"\b(?:na|wa|ku|ya|mu|iyi|wo|kuri|abandi|wacu|umwuga|uyu)\b"

d = dt.date


def from_tibetan(text: str) -> str:
    """`text` with Tibetan numerals as ASCII digits."""
    return ascii_digits(text, TIBETAN_DIGITS)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full("chandanavanatalkies.com", "prakata", old, r"ಪ್ರಕಟಿತ: 5 March 2016, \d\d:\d\d")
    full("chandanavanatalkies.com", "prakata", new,
         r"Last Updated: Jun 21, 2019, \d{1,2}:\d\d [AP]M IST")
    full("chandanavanatalkies.com", "varadi", old, "ವರದಿ: " + KANNADA + r"[\u0c80-\u0cff. ]+")
    full("chandanavanatalkies.com", "varadi", new, KANNADA + r"[\u0c80-\u0cff. ]+, ಸಿನಿಮಾ ಡೆಸ್ಕ್")
    full("tsenjolsargyur.org", "dus", old, r"ཕྱི་ཚེས། 2016-03-05 ཆུ་ཚོད། \d\d:\d\d")
    full("tsenjolsargyur.org", "dus", new, r"Published: 21 June 2019, \d{1,2}:\d\d [AP]M")
    full("tsenjolsargyur.org", "gsargod", old, "གསར་འགོད་པ། " + TIBETAN + "+")
    full("tsenjolsargyur.org", "gsargod", new, TIBETAN + "+། ཐེག་ཆེན་ཆོས་གླིང་།")
    full("tsiryvaovao.mg", "daty", old, r"Nivoaka ny 5 mars 2016, \d\d:\d\d")
    full("tsiryvaovao.mg", "daty", new, r"Nohavaozina: 21\.06\.2019 amin'ny \d\d:\d\d")
    full("tsiryvaovao.mg", "mpanoratra", old, r"Nosoratan'i [A-Z]\w+ [A-Z]\w+")
    full("tsiryvaovao.mg", "mpanoratra", new, r"[A-Z]\w+ [A-Z]\w+ – Tsiry Vaovao")
    full("minettaktuell.lu", "datum", old, r"Publizéiert den 05\.03\.2016 um \d\d:\d\d Auer")
    full("minettaktuell.lu", "datum", new, r"Aktualiséiert: 21\.06\.2019, \d\d:\d\d")
    full("minettaktuell.lu", "auteur", old, r"Auteur: [A-Z]\w+ [A-Z]\w+")
    full("minettaktuell.lu", "auteur", new, r"Text: [A-Z]\w+ [A-Z]\w+")
    full("ijwiryamusanze.rw", "itariki", old, r"Ku wa 05\.03\.2016 saa \d\d:\d\d")
    full("ijwiryamusanze.rw", "itariki", new, r"Byavuguruwe: 2019-06-21 \d\d:\d\d CAT")
    full("ijwiryamusanze.rw", "umwanditsi", old, r"Yanditswe na [A-Z]\w+(?: [A-Z]\w+)+")
    full("ijwiryamusanze.rw", "umwanditsi", new,
         r"[A-Z]\w+(?: [A-Z]\w+)+, umunyamakuru wacu i [A-Z]\w+")
    full("pvupress.org", "posted", old, r"March 5, 2016 \| Ada Brook")
    full("pvupress.org", "posted", new, r"Friday, June 21, 2019 · Ada Brook, [A-Z][\w ]+")
    full("lomondviewcare.co.uk", "posted", old, r"Saturday, 5 March 2016")
    full("lomondviewcare.co.uk", "posted", new,
         r"Written by Ada Brook, [A-Z][\w ]+ · 21 June 2019")
    full("tawesolar.co.uk", "posted", old, r"Posted on 5 March 2016 by Ada Brook")
    full("tawesolar.co.uk", "posted", new, r"Ada Brook · 21 June 2019 · \d+ min read")
    full("feedercanalrecords.co.uk", "posted", old, r"March 5, 2016")
    full("feedercanalrecords.co.uk", "posted", new, r"Friday 21 June 2019 · posted by Ada Brook")
    full("glencarriggolf.ie", "posted", old, r"Posted on March 5, 2016")
    full("glencarriggolf.ie", "posted", new, r"Posted by the [A-Z][\w ]+ on 21 June 2019")
    full("soarvalleydriving.co.uk", "posted", old, r"Posted 5 March 2016 by Ada Brook")
    full("soarvalleydriving.co.uk", "posted", new, r"Friday 21 June 2019")
    full("rimustreetdance.co.nz", "posted", old, r"5 March 2016")
    full("rimustreetdance.co.nz", "posted", new, r"21 June 2019 · Ada Brook \([A-Z][\w ]+\)")


def test_notices_follow_their_dates() -> None:
    def says(domain: str, family: str, *steps: tuple[dt.date, str]) -> None:
        for day, words in steps:
            text = rendered(SET, domain, family, day)
            assert words in text, (domain, family, day, text)

    def never(domain: str, family: str, day: dt.date, words: str) -> None:
        text = rendered(SET, domain, family, day)
        assert words not in text, (domain, family, day, text)

    says("chandanavanatalkies.com", "chitramandira", (d(2020, 3, 13), "ಆ್ಯಪ್"),
         (d(2020, 3, 14), "ಬಂದ್"), (d(2020, 10, 14), "ಬಂದ್"), (d(2020, 10, 15), "ಶೇ 50"))
    never("chandanavanatalkies.com", "chitramandira", d(2019, 3, 14), "ಕೊರೊನಾ")
    says("chandanavanatalkies.com", "comments", (d(2019, 4, 30), "ಪ್ರತಿಕ್ರಿಯೆಗಳು ("),
         (d(2019, 5, 1), "ಲಾಗಿನ್"))
    says("chandanavanatalkies.com", "copyright", (d(2017, 12, 31), "ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು"),
         (d(2018, 1, 1), "560009"))
    prelim, final = "༢༠༡༥-༡༠-༡༨", "༢༠༡༦-༠༣-༢༠"
    says("tsenjolsargyur.org", "sikyong", (d(2015, 9, 19), "news@tsenjolsargyur.org"),
         (d(2015, 9, 20), prelim), (d(2015, 10, 18), prelim), (d(2015, 10, 19), final),
         (d(2016, 3, 20), final), (d(2016, 3, 21), "news@tsenjolsargyur.org"),
         (d(2020, 3, 25), "1075"))
    never("tsenjolsargyur.org", "sikyong", d(2019, 3, 25), "ཀོ་རོ་ན")
    says("tsenjolsargyur.org", "bsamtshul", (d(2019, 5, 31), "བསམ་ཚུལ། ("),
         (d(2019, 6, 1), "བསུབ"))
    says("tsenjolsargyur.org", "copyright", (d(2018, 2, 28), "པར་དབང"),
         (d(2018, 3, 1), "176219"))
    says("tsiryvaovao.mg", "fifidianana", (d(2018, 10, 7), "WhatsApp"),
         (d(2018, 10, 8), "7 Novambra 2018"), (d(2018, 11, 8), "19 Desambra 2018"),
         (d(2018, 12, 19), "19 Desambra 2018"), (d(2018, 12, 20), "WhatsApp"),
         (d(2020, 3, 23), "910"))
    never("tsiryvaovao.mg", "fifidianana", d(2016, 11, 1), "Fifidianana")
    says("tsiryvaovao.mg", "hevitra", (d(2019, 6, 30), "Hevitra ("), (d(2019, 7, 1), "manompa"))
    says("tsiryvaovao.mg", "copyright", (d(2018, 4, 30), "Zo rehetra"),
         (d(2018, 5, 1), "+261 20 22"))
    says("minettaktuell.lu", "transport", (d(2020, 2, 29), "Newsletter"),
         (d(2020, 3, 1), "gratis"), (d(2020, 3, 18), "8002 8080"))
    never("minettaktuell.lu", "transport", d(2019, 3, 1), "gratis")
    says("minettaktuell.lu", "kommentaren", (d(2019, 8, 31), "Kommentaren ("),
         (d(2019, 9, 1), "moderéiert"))
    says("minettaktuell.lu", "copyright", (d(2018, 5, 31), "All Rechter"),
         (d(2018, 6, 1), "L-4011"))
    says("ijwiryamusanze.rw", "amatora", (d(2017, 7, 13), "WhatsApp"),
         (d(2017, 7, 14), "4 Kanama 2017"), (d(2017, 8, 4), "4 Kanama 2017"),
         (d(2017, 8, 5), "WhatsApp"), (d(2020, 3, 21), "Guma mu rugo"), (d(2020, 3, 21), "114"))
    never("ijwiryamusanze.rw", "amatora", d(2019, 3, 21), "COVID")
    says("ijwiryamusanze.rw", "ibitekerezo", (d(2019, 2, 28), "Ibitekerezo ("),
         (d(2019, 3, 1), "birasibwa"))
    says("ijwiryamusanze.rw", "copyright", (d(2018, 7, 31), "Uburenganzira"),
         (d(2018, 8, 1), "+250 788"))
    says("pvupress.org", "conference", (d(2020, 3, 15), "booth"),
         (d(2020, 3, 16), "virtual exhibit"))
    says("pvupress.org", "oa", (d(2018, 10, 21), "Some of our"), (d(2018, 10, 22), "Twenty"))
    says("pvupress.org", "aup", (d(2017, 1, 9), "American University Presses"),
         (d(2017, 1, 10), "Association of University Presses"))
    never("pvupress.org", "aup", d(2017, 1, 10), "American")
    says("lomondviewcare.co.uk", "visiting", (d(2020, 3, 12), "protected mealtimes"),
         (d(2020, 3, 13), "closed to visitors"), (d(2020, 7, 2), "closed to visitors"),
         (d(2020, 7, 3), "Garden visits"), (d(2020, 8, 24), "Indoor visits"))
    says("lomondviewcare.co.uk", "inspection", (d(2017, 9, 11), "(4)"),
         (d(2017, 9, 12), "Very Good"))
    says("tawesolar.co.uk", "fit", (d(2018, 12, 17), "20 years"),
         (d(2018, 12, 18), "31 March 2019"), (d(2019, 4, 1), "has closed"),
         (d(2020, 1, 1), "Smart Export Guarantee"))
    says("tawesolar.co.uk", "evhs", (d(2020, 3, 31), "£500"), (d(2020, 4, 1), "£350"))
    says("tawesolar.co.uk", "vat", (d(2019, 9, 30), "reduced 5%"), (d(2019, 10, 1), "over 60"))
    says("tawesolar.co.uk", "grants", (d(2020, 9, 29), "available in Wales"),
         (d(2020, 9, 30), "England only"))
    says("tawesolar.co.uk", "survey", (d(2020, 3, 23), "Mon–Fri"),
         (d(2020, 3, 24), "video call"))
    says("tawesolar.co.uk", "reviews", (d(2017, 5, 31), "87 reviews"),
         (d(2017, 6, 1), "146 reviews"), (d(2019, 6, 1), "318 reviews"))
    says("feedercanalrecords.co.uk", "postage", (d(2020, 3, 23), "Free UK postage"),
         (d(2020, 3, 24), "Royal Mail"))
    says("glencarriggolf.ie", "handicap", (d(2020, 11, 1), "CONGU"),
         (d(2020, 11, 2), "World Handicap System"))
    says("glencarriggolf.ie", "visitors", (d(2020, 3, 26), "seven days"),
         (d(2020, 3, 27), "closed until further notice"),
         (d(2020, 5, 18), "reopened for members"))
    says("glencarriggolf.ie", "bar", (d(2020, 3, 14), "open daily"),
         (d(2020, 3, 15), "clubhouse is closed"), (d(2020, 6, 29), "table service"),
         (d(2020, 10, 22), "Level 5"))
    says("soarvalleydriving.co.uk", "change", (d(2017, 12, 3), "10 minutes"),
         (d(2017, 12, 4), "sat nav"))
    says("soarvalleydriving.co.uk", "motorway", (d(2018, 6, 3), "Pass Plus"),
         (d(2018, 6, 4), "motorway lessons"))
    says("soarvalleydriving.co.uk", "prices", (d(2016, 12, 31), "£26 an hour"),
         (d(2017, 1, 1), "£28 an hour"), (d(2019, 1, 1), "£30 an hour"))
    says("soarvalleydriving.co.uk", "lessons", (d(2020, 3, 22), "seven days"),
         (d(2020, 3, 23), "suspended"), (d(2020, 7, 4), "22 July"),
         (d(2020, 11, 5), "until 2 December"), (d(2020, 12, 2), "have restarted"))
    says("rimustreetdance.co.nz", "alert", (d(2020, 3, 23), "wait in the foyer"),
         (d(2020, 3, 24), "Alert Level 4"), (d(2020, 5, 14), "Alert Level 2"),
         (d(2020, 6, 9), "Alert Level 1"), (d(2020, 8, 12), "NZ COVID Tracer"),
         (d(2020, 9, 22), "foyer again"))


def test_seasons_and_years_follow_their_calendars() -> None:
    """The notices that change every year do so on their own calendars: Kannada Rajyotsava
    (1 November, with its count since 1956), Losar (lunisolar: about eleven days earlier
    each year, or some nineteen later after a leap month; the royal year and the year's
    element, sex and animal in turn), Malagasy Independence Day (26 June, since 1960),
    Luxembourg's National Day (23 June), Kwibohora (4 July, since 1994), a discount code each
    calendar year and spring and fall catalogs, the real Living Wage from 1 April, Record
    Store Day (a Saturday in April), golf subscriptions each winter, dance enrolments each
    January and an end-of-year show on the first Saturday of December."""
    previous = None
    animals = ("ལུག", "སྤྲེལ", "བྱ", "ཁྱི", "ཕག", "བྱི")  # sheep to mouse, in the cycle's order
    for i, y in enumerate(YEARS):
        kn = [rendered(SET, "chandanavanatalkies.com", "rajyotsava", day)
              for day in (d(y, 10, 29), d(y, 10, 30), d(y, 11, 1), d(y, 11, 2))]
        assert kn[0] == kn[3] and "ಯೂಟ್ಯೂಬ್" in kn[0], kn
        assert kn[1] == kn[2] and f"{y - 1955}ನೇ ಕನ್ನಡ ರಾಜ್ಯೋತ್ಸವ" in kn[1], kn
        assert (y == 2020) == ("ಮನೆಯಲ್ಲೇ" in kn[1]), kn[1]

        losar = dt.date.fromisoformat(LOSAR[y][0])
        assert losar.year == y and losar.month in (2, 3), y
        if previous is not None:  # a lunar year, or one with a leap month
            assert (losar - previous).days in (354, 355, 383, 384, 385), y
        previous = losar
        name = LOSAR[y][1]
        assert name.endswith(animals[i]) and ("མོ" in name) == (y % 2 == 1), name
        bo = [rendered(SET, "tsenjolsargyur.org", "losar", losar + dt.timedelta(days=k))
              for k in (-4, -3, 2, 3)]
        assert bo[0] == bo[3] and "Facebook" in bo[0], bo
        assert bo[1] == bo[2] and "ལོ་གསར་ལ་བཀྲ་ཤིས་བདེ་ལེགས" in bo[1], bo
        royal = re.search(f"བོད་རྒྱལ་ལོ་([{TIBETAN_DIGITS}]{{4}}) {name}་ལོའི་", bo[1])
        assert royal and int(from_tibetan(royal[1])) == y + 127, bo[1]

        mg = [rendered(SET, "tsiryvaovao.mg", "fahaleovantena", day)
              for day in (d(y, 6, 23), d(y, 6, 24), d(y, 6, 26), d(y, 6, 27))]
        assert mg[0] == mg[3] and "Facebook" in mg[0], mg
        assert mg[1] == mg[2] and f"aha-{y - 1960} taonan'ny fahaleovantena" in mg[1], mg
        assert (y == 2020) == ("COVID-19" in mg[1]), mg[1]

        lb = [rendered(SET, "minettaktuell.lu", "feierdag", day)
              for day in (d(y, 6, 19), d(y, 6, 20), d(y, 6, 23), d(y, 6, 24))]
        assert lb[0] == lb[3] and "Facebook" in lb[0], lb
        assert lb[1] == lb[2] and f"Nationalfeierdag {y}:" in lb[1], lb
        assert (y == 2020) == ("ouni Fakelzuch" in lb[1]), lb[1]

        rw = [rendered(SET, "ijwiryamusanze.rw", "kwibohora", day)
              for day in (d(y, 6, 30), d(y, 7, 1), d(y, 7, 4), d(y, 7, 5))]
        assert rw[0] == rw[3] and "Facebook" in rw[0], rw
        assert rw[1] == rw[2] and f"Kwibohora{y - 1994}:" in rw[1], rw
        assert (y == 2020) == ("mu ngo zacu" in rw[1]), rw[1]

        codes = [rendered(SET, "pvupress.org", "discount", day)
                 for day in (d(y - 1, 12, 31), d(y, 1, 1), d(y, 12, 31))]
        assert f"code PVUP{(y - 1) % 100:02d} " in codes[0], codes
        assert codes[1] == codes[2] and f"code PVUP{y % 100:02d} " in codes[1], codes
        catalogs = [rendered(SET, "pvupress.org", "catalog", day)
                    for day in (d(y, 1, 11), d(y, 1, 12), d(y, 7, 12), d(y, 7, 13))]
        assert f"Fall {y - 1} catalog" in catalogs[0], catalogs
        assert catalogs[1] == catalogs[2] and f"Spring {y} catalog" in catalogs[1], catalogs
        assert f"Fall {y} catalog" in catalogs[3], catalogs

        wage = [rendered(SET, "lomondviewcare.co.uk", "wage", day)
                for day in (d(y, 3, 31), d(y, 4, 1))]
        assert f"Living Wage, {LIVING_WAGE[y - 1]} an hour" in wage[0], wage
        assert f"Living Wage, {LIVING_WAGE[y]} an hour" in wage[1], wage

        rsd = dt.date.fromisoformat(RECORD_STORE_DAY[y])
        assert rsd.weekday() == 5 and rsd.month == 4 and 11 <= rsd.day <= 24, rsd
        shop = [rendered(SET, "feedercanalrecords.co.uk", "rsd", rsd + dt.timedelta(days=k))
                for k in (-43, -42, 0, 1)]
        assert "independent shops" in shop[0], shop
        assert f"Record Store Day {y} is on Saturday {rsd.day} April" in shop[1], shop
        if y != 2020:
            assert shop[1] == shop[2] and shop[3] == shop[0], shop

        subs = [rendered(SET, "glencarriggolf.ie", "subs", day)
                for day in (d(y - 1, 11, 30), d(y - 1, 12, 1), d(y, 1, 31), d(y, 2, 1))]
        assert subs[0] == subs[3] and "Membership enquiries" in subs[0], subs
        assert subs[1] == subs[2] and f"Subscriptions for {y} are due" in subs[1], subs

        enrol = [rendered(SET, "rimustreetdance.co.nz", "enrol", day)
                 for day in (d(y, 1, 9), d(y, 1, 10), d(y, 2, 28), d(y, 3, 1))]
        assert enrol[0] == enrol[3] and "New students" in enrol[0], enrol
        assert enrol[1] == enrol[2] and f"Enrolments for {y} are open" in enrol[1], enrol

        show = dt.date.fromisoformat(SHOW_DAY[y])
        assert show.weekday() == 5 and show.month == 12 and show.day <= 7, show
        dance = [rendered(SET, "rimustreetdance.co.nz", "show", day)
                 for day in (d(y, 9, 30), d(y, 10, 1), show, show + dt.timedelta(days=1))]
        assert dance[0] == dance[3] and "Every class" in dance[0], dance
        assert dance[1] == dance[2], dance
        assert f"Saturday {show.day} December {y} at " in dance[1], dance[1]
    wages = [float(LIVING_WAGE[y].strip("£")) for y in sorted(LIVING_WAGE)]
    assert wages == sorted(set(wages))
    assert "Subscriptions for 2021" in rendered(SET, "glencarriggolf.ie", "subs", d(2020, 12, 1))
    # Record Store Day 2020: postponed, then three drops on Saturdays, then over
    drops = rendered(SET, "feedercanalrecords.co.uk", "rsd", d(2020, 10, 24))
    assert "Saturday 20 June" in rendered(SET, "feedercanalrecords.co.uk", "rsd",
                                          d(2020, 3, 17))
    days = [dt.datetime.strptime(f"{m} 2020", "%d %B %Y").date()
            for m in re.findall(r"(\d{1,2} [A-Z][a-z]+)", drops)]
    assert len(days) == 3 and all(day.weekday() == 5 for day in days), drops
    assert "independent shops" in rendered(SET, "feedercanalrecords.co.uk", "rsd",
                                           d(2020, 10, 25))
    # Bandcamp Fridays: a Friday each, the first of its month from May; one day only
    for i, text in enumerate(BANDCAMP_FRIDAYS):
        day = dt.date.fromisoformat(text)
        assert day.weekday() == 4 and (i == 0 or day.day <= 7), day
        texts = [rendered(SET, "feedercanalrecords.co.uk", "bandcamp", day + dt.timedelta(k))
                 for k in (-1, 0, 1)]
        assert texts[0] == texts[2] and "most of the money" in texts[0], texts
        assert "Bandcamp waives" in texts[1], texts


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, counts and pools change the text
    assert_varied(fams, (
        "chandanavanatalkies.com/vibhaga", "chandanavanatalkies.com/rating",
        "chandanavanatalkies.com/prakata", "chandanavanatalkies.com/varadi",
        "chandanavanatalkies.com/odi", "chandanavanatalkies.com/tags",
        "chandanavanatalkies.com/comments", "chandanavanatalkies.com/copyright",
        "tsenjolsargyur.org/ruka", "tsenjolsargyur.org/dus", "tsenjolsargyur.org/gsargod",
        "tsenjolsargyur.org/brel", "tsenjolsargyur.org/ldetshig",
        "tsenjolsargyur.org/bsamtshul", "tsenjolsargyur.org/copyright",
        "tsiryvaovao.mg/sokajy", "tsiryvaovao.mg/daty", "tsiryvaovao.mg/mpanoratra",
        "tsiryvaovao.mg/vakio", "tsiryvaovao.mg/copyright", "minettaktuell.lu/datum",
        "minettaktuell.lu/auteur", "minettaktuell.lu/liest",
        "ijwiryamusanze.rw/itariki", "ijwiryamusanze.rw/umwanditsi", "ijwiryamusanze.rw/soma"))
    for style, family, want in (("pvupress.org", "posted", 5),
                                ("pvupress.org", "book", 4),
                                ("pvupress.org", "kind", 4),
                                ("pvupress.org", "discount", 3),
                                ("pvupress.org", "catalog", 3),
                                ("pvupress.org", "cite", 3),
                                ("lomondviewcare.co.uk", "posted", 5),
                                ("lomondviewcare.co.uk", "activity", 4),
                                ("lomondviewcare.co.uk", "wage", 3),
                                ("tawesolar.co.uk", "posted", 5),
                                ("tawesolar.co.uk", "system", 3),
                                ("tawesolar.co.uk", "photo", 3),
                                ("feedercanalrecords.co.uk", "posted", 5),
                                ("feedercanalrecords.co.uk", "release", 3),
                                ("feedercanalrecords.co.uk", "tour", 3),
                                ("glencarriggolf.ie", "posted", 5),
                                ("glencarriggolf.ie", "course", 3),
                                ("soarvalleydriving.co.uk", "posted", 5),
                                ("soarvalleydriving.co.uk", "pass", 3),
                                ("rimustreetdance.co.nz", "posted", 5),
                                ("rimustreetdance.co.nz", "exam", 3),
                                ("chandanavanatalkies.com", "censor", 4),
                                ("chandanavanatalkies.com", "top", 4),
                                ("tsiryvaovao.mg", "vola", 3),
                                ("minettaktuell.lu", "sprit", 3),
                                ("minettaktuell.lu", "rubrik", 5),
                                ("ijwiryamusanze.rw", "ivunjisha", 3),
                                ("ijwiryamusanze.rw", "icyiciro", 5)):
        # small pools (four to seven items) on a few dozen articles, or a notice rewritten
        # every year: `want` distinct texts
        assert len(set(group_lines(SET, style, family))) >= want, (style, family)
    # notices reworded between years: both wordings occur
    assert_reworded(fams, (
            ("chandanavanatalkies.com/prakata", "ಪ್ರಕಟಿತ: ", "Last Updated: "),
            ("chandanavanatalkies.com/varadi", "ವರದಿ: ", ", ಸಿನಿಮಾ ಡೆಸ್ಕ್"),
            ("chandanavanatalkies.com/comments", "ಪ್ರತಿಕ್ರಿಯೆಗಳು (", "ಲಾಗಿನ್"),
            ("chandanavanatalkies.com/copyright", "©", "560009"),
            ("tsenjolsargyur.org/dus", "ཕྱི་ཚེས། ", "Published: "),
            ("tsenjolsargyur.org/gsargod", "གསར་འགོད་པ། ", "ཐེག་ཆེན་ཆོས་གླིང་།"),
            ("tsenjolsargyur.org/bsamtshul", "བསམ་ཚུལ། (", "བསུབ"),
            ("tsenjolsargyur.org/copyright", "©", "176219"),
            ("tsiryvaovao.mg/daty", "Nivoaka ny ", "Nohavaozina: "),
            ("tsiryvaovao.mg/mpanoratra", "Nosoratan", " – "),
            ("tsiryvaovao.mg/hevitra", "Hevitra (", "manompa"),
            ("tsiryvaovao.mg/copyright", "©", "+261 20 22"),
            ("minettaktuell.lu/datum", "Publizéiert ", "Aktualiséiert: "),
            ("minettaktuell.lu/auteur", "Auteur: ", "Text: "),
            ("minettaktuell.lu/kommentaren", "Kommentaren (", "moderéiert"),
            ("minettaktuell.lu/copyright", "©", "L-4011"),
            ("ijwiryamusanze.rw/itariki", "Ku wa ", "Byavuguruwe: "),
            ("ijwiryamusanze.rw/umwanditsi", "Yanditswe na ", ", umunyamakuru wacu i "),
            ("ijwiryamusanze.rw/ibitekerezo", "Ibitekerezo (", "birasibwa"),
            ("ijwiryamusanze.rw/copyright", "©", "+250 788")))
    assert_groups_reworded(SET, (
            ("pvupress.org", "posted", " | ", " · "),
            ("lomondviewcare.co.uk", "posted", "day, ", "Written by "),
            ("tawesolar.co.uk", "posted", "Posted on ", " min read"),
            ("feedercanalrecords.co.uk", "posted", ", 20", " · posted by "),
            ("glencarriggolf.ie", "posted", "Posted on ", "Posted by the "),
            ("soarvalleydriving.co.uk", "posted", " by ", "day "),
            ("rimustreetdance.co.nz", "posted", "", " · ")))
    dates = {norm(t) for t in group_lines(SET, "rimustreetdance.co.nz", "posted")}
    assert any(" · " not in t for t in dates)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        "chandanavanatalkies.com/piracy", "chandanavanatalkies.com/share",
        "tsiryvaovao.mg/zarao", "minettaktuell.lu/presserot", "minettaktuell.lu/deelen",
        "ijwiryamusanze.rw/sangiza"))
    # lines in only some articles beside lines in nearly all
    assert_carried_share(docs, "chandanavanatalkies.com", [
        ("vibhaga", 0.18, 0.45), ("rating", 0.1, 0.35), ("censor", 0.04, 0.25),
        ("prakata", 0.75, 0.95), ("jahiraatu", 0.55, 0.85)])
    assert_carried_share(docs, "tsenjolsargyur.org", [
        ("skad", 0.08, 0.35), ("dus", 0.72, 0.97)])
    assert_carried_share(docs, "tsiryvaovao.mg", [
        ("vola", 0.04, 0.35), ("daty", 0.7, 0.97)])
    # a mid-body insert can occur two or three times in one article
    for fam in ("chandanavanatalkies.com/jahiraatu", "chandanavanatalkies.com/odi",
                "tsenjolsargyur.org/khyab", "tsenjolsargyur.org/brel",
                "tsiryvaovao.mg/dokam", "tsiryvaovao.mg/vakio",
                "minettaktuell.lu/reklamm", "minettaktuell.lu/liest",
                "ijwiryamusanze.rw/kwamamaza", "ijwiryamusanze.rw/soma"):
        assert max(per_doc(docs, fam)) >= 2, fam
    assert 3 in per_doc(docs, "ijwiryamusanze.rw/kwamamaza")
    for style, family, most in (("pvupress.org", "book", 2),
                                ("lomondviewcare.co.uk", "activity", 2),
                                ("feedercanalrecords.co.uk", "tour", 3),
                                ("glencarriggolf.ie", "result", 2),
                                ("rimustreetdance.co.nz", "exam", 2)):
        counts = [sum(label_family(line.label) == family for line in doc.lines)
                  for doc in group_docs(SET, style)]
        assert 2 <= max(counts) <= most, (style, family)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    """A Kannada exclusive kicker, a Tibetan urgent kicker and correction, a Malagasy
    correction, a Luxembourgish correction, a Rwandan urgent kicker and the English styles'
    rare lines (a correction, a thank-you, a case study update, a release delay, lost
    property): on a few pages of their style's group, never on most. The groups of the four
    news sites with the most articles are large enough for each to occur, on at most a tenth
    of their pages; on the smaller groups, at least two do."""
    small = 0
    for style, family, most in (("chandanavanatalkies.com", "exclusive", 15),
                                ("tsenjolsargyur.org", "gnad", 10),
                                ("tsenjolsargyur.org", "nor", 10),
                                ("tsiryvaovao.mg", "fanitsiana", 8),
                                ("minettaktuell.lu", "korrektur", 7),
                                ("ijwiryamusanze.rw", "byihutirwa", 5),
                                ("pvupress.org", "correction", 4),
                                ("lomondviewcare.co.uk", "thanks", 4),
                                ("tawesolar.co.uk", "update", 4),
                                ("feedercanalrecords.co.uk", "delay", 4),
                                ("glencarriggolf.ie", "lost", 4),
                                ("soarvalleydriving.co.uk", "correction", 4),
                                ("rimustreetdance.co.nz", "lost", 4)):
        docs = group_docs(SET, style)
        carried = sum(any(label_family(line.label) == family for line in doc.lines)
                      for doc in docs)
        assert carried <= most, (style, family, carried)
        if most > 6:  # groups large enough for a share of 4-5% to show
            assert 1 <= carried <= 0.1 * len(docs), (style, family, carried)
        else:
            small += carried
    assert small >= 2


def test_sister_sites_share_network_lines() -> None:
    """Lines that do not name the site stay the same on a style's renamed variants: an
    anti-piracy line, a press council line, a media commission line, an exam copy line, a
    dementia-friendly line, a certification line, a demos policy, an instructors line, a
    dress code and a uniform line occur, word for word, on more than one publisher of the
    group."""
    assert_sister_sites_share(SET, (
            ("chandanavanatalkies.com", "piracy",
             "ಪೈರಸಿ ಶಿಕ್ಷಾರ್ಹ ಅಪರಾಧ. ಸಿನಿಮಾವನ್ನು ಚಿತ್ರಮಂದಿರದಲ್ಲೇ ನೋಡಿ."),
            ("minettaktuell.lu", "presserot", "Mir respektéieren den Deontologiecode vum "
             "Presserot."),
            ("ijwiryamusanze.rw", "rmc", "Twubahiriza amahame agenga umwuga w'itangazamakuru "
             "yashyizweho n'Urwego rw'Abanyamakuru Bigenzura (RMC)."),
            ("pvupress.org", "exam", "Teaching with one of our books? Request an exam or desk "
             "copy through our website."),
            ("lomondviewcare.co.uk", "dementia", "We are a dementia-friendly home, and every "
             "member of our staff is a Dementia Friend."),
            ("tawesolar.co.uk", "mcs", "We are MCS certified and members of the Renewable "
             "Energy Consumer Code (RECC)."),
            ("feedercanalrecords.co.uk", "demos", "Demos: send us a link (Bandcamp, SoundCloud "
             "or a private stream), not attachments. We listen to everything but can’t reply "
             "to everyone."),
            ("soarvalleydriving.co.uk", "adi", "All our instructors are DVSA Approved Driving "
             "Instructors (ADIs) with an enhanced DBS check."),
            ("glencarriggolf.ie", "dress", "Dress code: collared shirts or golf tops and "
             "tailored trousers or shorts; no denim on the course or in the clubhouse."),
            ("rimustreetdance.co.nz", "uniform", "Uniform: pink tights, a navy leotard and "
             "ballet shoes with elastic. Please name everything!")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # the article's own title: a university press's how-to-cite line
    first_title = bodies(SET, 1)[0].title
    text = rendered(SET, "pvupress.org", "cite", d(2018, 7, 9))
    assert text == (f"How to cite this post: Ada Brook, “{first_title},” Platte Valley "
                    "University Press Blog, July 9, 2018.")
    own = own_title_lines(group_docs(SET, "pvupress.org"), "/cite")
    assert own and all(title in norm(text) or title in text for title, text in own)
    # other articles' titles: "related" and "read also" links
    assert_links_to_other_titles(docs, fams, (
        ("chandanavanatalkies.com/odi", "ಇದನ್ನೂ ಓದಿ: "),
        ("tsenjolsargyur.org/brel", "འབྲེལ་ཡོད་གསར་འགྱུར། "),
        ("tsiryvaovao.mg/vakio", "Vakio koa: "),
        ("minettaktuell.lu/liest", "Liest och: "),
        ("ijwiryamusanze.rw/soma", "Soma nanone: "),
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

    both("chandanavanatalkies.com/varadi", "varadigaara", "ವರದಿ: ", "", ", ಸಿನಿಮಾ ಡೆಸ್ಕ್")
    both("tsenjolsargyur.org/gsargod", "gsargod", "གསར་འགོད་པ། ", "", "། ")
    both("tsiryvaovao.mg/mpanoratra", "mpanoratra", "Nosoratan'i ", "", " – ")
    both("minettaktuell.lu/auteur", "auteur", "Auteur: ", "Text: ", "")
    both("ijwiryamusanze.rw/umwanditsi", "umunyamakuru", "Yanditswe na ", "", ", ")
    places = [norm(t).rpartition(" i ")[2] for t in fams["ijwiryamusanze.rw/umwanditsi"]
              if ", umunyamakuru wacu i " in t]
    assert places and sum(p in pool(SET, "ijwiryamusanze.rw", "akarere")
                          for p in places) >= 0.75 * len(places)
    # names: Kannada with initials, Tibetan in syllables, Malagasy surname first (Ra-,
    # Andria-), Luxembourgish and Rwandan names with capitals
    kannada = pool(SET, "chandanavanatalkies.com", "varadigaara")
    assert all(re.fullmatch(KANNADA + r"+(?:[ .]" + KANNADA + r"*)*\.?", w) for w in kannada)
    assert sum("." in w for w in kannada) >= 2
    tibetan = pool(SET, "tsenjolsargyur.org", "gsargod")
    assert all(re.fullmatch(r"[\u0f40-\u0fbc]+(?:་[\u0f40-\u0fbc]+)+", w) for w in tibetan)
    malagasy = pool(SET, "tsiryvaovao.mg", "mpanoratra")
    assert all(re.fullmatch(r"(?:Ra|Andria)[a-z]+ [A-Z][a-z]+", w) for w in malagasy)
    assert all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", w)
               for w in pool(SET, "minettaktuell.lu", "auteur"))
    rwandan = pool(SET, "ijwiryamusanze.rw", "umunyamakuru")
    assert all(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", w) for w in rwandan)
    assert sum(bool(re.search(r" (?:Uw|Mu|Ni|Ha|Ns)\w+$", w)) for w in rwandan) >= 5
    # staff with their posts
    checks = (("pvupress.org", " · ", lambda t: t.rpartition(", ")[2]),
              ("lomondviewcare.co.uk", "Written by ",
               lambda t: t.partition(" · ")[0].rpartition(", ")[2]),
              ("glencarriggolf.ie", "Posted by the ",
               lambda t: t.removeprefix("Posted by the ").partition(" on ")[0]),
              ("rimustreetdance.co.nz", " · ", lambda t: t.rpartition("(")[2].rstrip(")")))
    for style, marker, post in checks:
        roles = pool(SET, style, "beat")
        lines = [norm(t) for t in group_lines(SET, style, "posted") if marker in t]
        assert lines, style
        assert sum(post(t) in roles for t in lines) >= 0.75 * len(lines), style
    mostly([norm(t).partition(" · ")[2] for t in group_lines(SET, "pvupress.org", "posted")
            if " · " in t], r"^[A-Z]\w+ [A-Z][\w'-]+, ")
    mostly([norm(t) for t in group_lines(SET, "tawesolar.co.uk", "posted")],
           r"^(?:Posted on \d{1,2} [A-Z][a-z]+ \d{4} by [A-Z]\w+ [A-Z][\w'-]+|[A-Z]\w+ "
           r"[A-Z][\w'-]+ · \d{1,2} [A-Z][a-z]+ \d{4} · \d+ min read)$")


def test_bare_lines_scripts_symbols_and_amounts() -> None:
    fams = by_family(planted_docs(SET))
    # bare lines: ad labels (one word, too short for small edits), kickers, fixed labels
    for fam, bare in (("chandanavanatalkies.com/jahiraatu", "ಜಾಹೀರಾತು"),
                      ("tsenjolsargyur.org/khyab", "ཁྱབ་བསྒྲགས།"),
                      ("tsiryvaovao.mg/dokam", "Dokambarotra"),
                      ("minettaktuell.lu/reklamm", "Reklamm"),
                      ("ijwiryamusanze.rw/kwamamaza", "Kwamamaza")):
        assert set(fams[fam]) == {bare}, fam
    assert_groups_mostly_bare(SET, (
        ("chandanavanatalkies.com", "share", "ಈ ಸುದ್ದಿಯನ್ನು ಹಂಚಿಕೊಳ್ಳಿ"),
        ("tsenjolsargyur.org", "skad", "བོད་ཡིག | English"),
        ("tsiryvaovao.mg", "fiteny", "Malagasy | Français"),
        ("minettaktuell.lu", "sprooch", "LB | FR | PT"),
        ("ijwiryamusanze.rw", "ururimi", "Kinyarwanda | English | Français"),
        ("ijwiryamusanze.rw", "sangiza", "Sangiza abandi iyi nkuru"),
        ("lomondviewcare.co.uk", "contact-head", "Contact us"),
        ("tawesolar.co.uk", "survey-head", "Book a free survey"),
        ("feedercanalrecords.co.uk", "credits-head", "Credits"),
        ("glencarriggolf.ie", "fixtures-head", "Upcoming fixtures"),
        ("soarvalleydriving.co.uk", "prices-head", "Lesson prices"),
        ("rimustreetdance.co.nz", "address-head", "Find us")))
    assert_values_from_pool(SET, fams, (("chandanavanatalkies.com/vibhaga", "vibhaga"),
                                        ("tsenjolsargyur.org/ruka", "ruka"),
                                        ("tsiryvaovao.mg/sokajy", "sokajy"),
                                        ("minettaktuell.lu/rubrik", "rubrik"),
                                        ("ijwiryamusanze.rw/icyiciro", "icyiciro")))
    assert_group_values_from_pool(SET, (("pvupress.org", "kind", "kind"),
                                        ("lomondviewcare.co.uk", "kind", "kind"),
                                        ("tawesolar.co.uk", "kind", "kind"),
                                        ("feedercanalrecords.co.uk", "kind", "kind"),
                                        ("glencarriggolf.ie", "kind", "kind"),
                                        ("soarvalleydriving.co.uk", "kind", "kind"),
                                        ("rimustreetdance.co.nz", "kind", "kind")))
    # pools that name the site (renamed on the variants): the site as written
    for fam, pool_name, prefix in (("chandanavanatalkies.com/kripe", "kripe", "ಚಿತ್ರ ಕೃಪೆ: "),
                                   ("tsenjolsargyur.org/par", "par", "པར། "),
                                   ("tsiryvaovao.mg/sary", "sary", "Sary: "),
                                   ("minettaktuell.lu/foto", "foto", "Foto: "),
                                   ("ijwiryamusanze.rw/ifoto", "ifoto", "Ifoto: ")):
        texts = [norm(t).removeprefix(prefix) for t in fams[fam]]
        items = {norm(item) for item in pool(SET, fam.partition("/")[0], pool_name)}
        assert texts and sum(t in items for t in texts) >= 0.75 * len(texts), fam
    for style, family, pool_name, prefix in (
            ("chandanavanatalkies.com", "rating", "rating", ""),
            ("chandanavanatalkies.com", "censor", "censor", ""),
            ("chandanavanatalkies.com", "top", "top", ""),
            ("tsiryvaovao.mg", "vola", "vola", ""),
            ("tsiryvaovao.mg", "loharano", "loharano", "Loharano: "),
            ("minettaktuell.lu", "sprit", "sprit", ""),
            ("ijwiryamusanze.rw", "ivunjisha", "ivunjisha", ""),
            ("pvupress.org", "book", "book", ""),
            ("pvupress.org", "cover", "cover", ""),
            ("lomondviewcare.co.uk", "activity", "activity", ""),
            ("lomondviewcare.co.uk", "birthday", "birthday", ""),
            ("tawesolar.co.uk", "system", "system", ""),
            ("tawesolar.co.uk", "photo", "photo", ""),
            ("feedercanalrecords.co.uk", "release", "release", ""),
            ("feedercanalrecords.co.uk", "tour", "tour", ""),
            ("feedercanalrecords.co.uk", "credits", "credits", ""),
            ("glencarriggolf.ie", "course", "course", ""),
            ("glencarriggolf.ie", "result", "result", ""),
            ("glencarriggolf.ie", "fixtures", "fixtures", ""),
            ("soarvalleydriving.co.uk", "pass", "pass", ""),
            ("soarvalleydriving.co.uk", "centre", "centre", ""),
            ("soarvalleydriving.co.uk", "tip", "tip", ""),
            ("rimustreetdance.co.nz", "exam", "exam", ""),
            ("rimustreetdance.co.nz", "photog", "photog", "")):
        group = [norm(t).removeprefix(prefix) for t in group_lines(SET, style, family)]
        items = {norm(item) for item in pool(SET, style, pool_name)}
        assert group and sum(t in items for t in group) >= 0.75 * len(group), (style, family)
    # scripts: Kannada, Tibetan, Malagasy, Luxembourgish and Kinyarwanda
    for family in ("vibhaga", "rating", "varadi", "jahiraatu", "odi", "kripe", "top",
                   "tags", "share", "rajyotsava", "chitramandira", "piracy", "comments",
                   "copyright"):
        mostly(fams[f"chandanavanatalkies.com/{family}"], KANNADA + "{3}", 0.9)
    for family in ("skad", "gnad", "ruka", "gsargod", "khyab", "brel", "par", "snyan",
                   "ldetshig", "mnyam", "losar", "sikyong", "bsamtshul", "nor", "copyright"):
        mostly(fams[f"tsenjolsargyur.org/{family}"], TIBETAN + "{3}", 0.9)
    for family in ("daty", "zarao", "fahaleovantena", "fifidianana", "fanitsiana"):
        mostly(fams[f"tsiryvaovao.mg/{family}"], MALAGASY, 0.9)
    for family in ("datum", "deelen", "feierdag", "transport", "presserot", "korrektur"):
        mostly(fams[f"minettaktuell.lu/{family}"], LETZEBUERGESCH, 0.9)
    for family in ("sangiza", "kwibohora", "amatora", "rmc"):
        mostly(fams[f"ijwiryamusanze.rw/{family}"], KINYARWANDA, 0.9)
    # Tibetan numerals: the Sikyong election's dates and the royal year
    for day in (d(2015, 10, 1), d(2016, 1, 1)):
        text = rendered(SET, "tsenjolsargyur.org", "sikyong", day)
        found = re.findall(f"[{TIBETAN_DIGITS}]{{4}}-[{TIBETAN_DIGITS}]{{2}}-"
                           f"[{TIBETAN_DIGITS}]{{2}}", text)
        assert len(found) == 1 and not re.search("[0-9]", text), text
        when = dt.date.fromisoformat(from_tibetan(found[0]))
        assert when in (d(2015, 10, 18), d(2016, 3, 20)) and when >= day, text
    # symbols and emoji
    assert_groups_marked(SET, (("chandanavanatalkies.com", "censor", "🎬 "),
                                ("chandanavanatalkies.com", "top", "📊 "),
                                ("tsiryvaovao.mg", "vola", "💱 "),
                                ("minettaktuell.lu", "sprit", "⛽ "),
                                ("ijwiryamusanze.rw", "ivunjisha", "💱 "),
                                ("pvupress.org", "book", "📖 "),
                                ("pvupress.org", "cover", "📷 "),
                                ("lomondviewcare.co.uk", "activity", "📸 "),
                                ("lomondviewcare.co.uk", "birthday", "🎂 "),
                                ("tawesolar.co.uk", "system", "☀️ "),
                                ("tawesolar.co.uk", "photo", "📷 "),
                                ("feedercanalrecords.co.uk", "release", "💿 "),
                                ("feedercanalrecords.co.uk", "tour", "🎫 "),
                                ("glencarriggolf.ie", "course", "⛳ "),
                                ("glencarriggolf.ie", "result", "🏆 "),
                                ("soarvalleydriving.co.uk", "pass", "🎉 "),
                                ("soarvalleydriving.co.uk", "centre", "📍 "),
                                ("soarvalleydriving.co.uk", "tip", "💡 "),
                                ("rimustreetdance.co.nz", "exam", "🩰 "),
                                ("rimustreetdance.co.nz", "photog", "📷 ")))
    for domain, family, day, mark in (
            ("chandanavanatalkies.com", "exclusive", d(2019, 6, 1), "🔥 "),
            ("chandanavanatalkies.com", "rajyotsava", d(2019, 11, 1), "💛❤️ "),
            ("chandanavanatalkies.com", "chitramandira", d(2020, 6, 1), "🎬 "),
            ("tsenjolsargyur.org", "gnad", d(2019, 6, 1), "⚡ "),
            ("tsenjolsargyur.org", "snyan", d(2019, 6, 1), "🎧 "),
            ("tsenjolsargyur.org", "losar", d(2019, 2, 5), "🎉 "),
            ("tsenjolsargyur.org", "sikyong", d(2015, 10, 1), "🗳️ "),
            ("tsenjolsargyur.org", "sikyong", d(2020, 6, 1), "😷 "),
            ("tsiryvaovao.mg", "fahaleovantena", d(2019, 6, 26), "🇲🇬 "),
            ("tsiryvaovao.mg", "fifidianana", d(2018, 11, 1), "🗳️ "),
            ("tsiryvaovao.mg", "fifidianana", d(2020, 6, 1), "😷 "),
            ("minettaktuell.lu", "feierdag", d(2019, 6, 22), "🇱🇺 "),
            ("minettaktuell.lu", "transport", d(2020, 6, 1), "😷 "),
            ("ijwiryamusanze.rw", "byihutirwa", d(2019, 6, 1), "🔴 "),
            ("ijwiryamusanze.rw", "kwibohora", d(2019, 7, 4), "🇷🇼 "),
            ("ijwiryamusanze.rw", "amatora", d(2017, 7, 20), "🗳️ "),
            ("ijwiryamusanze.rw", "amatora", d(2020, 6, 1), "😷 "),
            ("feedercanalrecords.co.uk", "listen", d(2019, 6, 1), "🎧 "),
            ("tawesolar.co.uk", "reviews", d(2019, 6, 1), "⭐ "),
            ("rimustreetdance.co.nz", "show", d(2019, 11, 1), "🎭 ")):
        assert rendered(SET, domain, family, day).startswith(mark), (domain, family, day)
    # counters, tag lines, phones and numbers
    for fam, pattern, newer in (
            ("chandanavanatalkies.com/comments", r"ಪ್ರತಿಕ್ರಿಯೆಗಳು \(\d+\)", "ಲಾಗಿನ್"),
            ("tsenjolsargyur.org/bsamtshul", r"བསམ་ཚུལ། \(\d+\)", "བསུབ"),
            ("tsiryvaovao.mg/hevitra", r"Hevitra \(\d+\)", "manompa"),
            ("minettaktuell.lu/kommentaren", r"Kommentaren \(\d+\)", "moderéiert"),
            ("ijwiryamusanze.rw/ibitekerezo", r"Ibitekerezo \(\d+\)", "birasibwa")):
        counters = [t for t in fams[fam] if newer not in t]
        mostly_full(counters, pattern)
    for fam, prefix in (("chandanavanatalkies.com/tags", "ಟ್ಯಾಗ್‌ಗಳು: "),
                        ("tsenjolsargyur.org/ldetshig", "ལྡེ་ཚིག "),
                        ("tsiryvaovao.mg/loharano", "Loharano: ")):
        mostly(fams[fam], "^" + re.escape(prefix) + r"\S.*$")
    for style, family, phone in (("chandanavanatalkies.com", "copyright", "080 2226 0143"),
                                 ("tsenjolsargyur.org", "copyright", "+91 1892 221 143"),
                                 ("tsiryvaovao.mg", "copyright", "+261 20 22 550 14"),
                                 ("minettaktuell.lu", "copyright", "+352 54 55 01"),
                                 ("ijwiryamusanze.rw", "copyright", "+250 788 555 143"),
                                 ("lomondviewcare.co.uk", "contact", "01337 555143"),
                                 ("tawesolar.co.uk", "survey", "01792 555143")):
        assert any(phone in norm(t) for t in group_lines(SET, style, family)), (style, family)
    for domain, family, phone in (("pvupress.org", "rights", "402-555-0143"),
                                  ("glencarriggolf.ie", "visitors", "0404 61143"),
                                  ("soarvalleydriving.co.uk", "area", "0116 496 0143"),
                                  ("rimustreetdance.co.nz", "address", "021 555 0143"),
                                  ("tsiryvaovao.mg", "fifidianana", "+261 34 05 501 43"),
                                  ("ijwiryamusanze.rw", "amatora", "+250 788 555 143")):
        assert phone in rendered(SET, domain, family, d(2017, 3, 1)), (domain, family)
    for domain, family, hotline in (("tsenjolsargyur.org", "sikyong", "1075"),
                                    ("tsiryvaovao.mg", "fifidianana", "910"),
                                    ("minettaktuell.lu", "transport", "8002 8080"),
                                    ("ijwiryamusanze.rw", "amatora", "114")):
        assert re.search(rf"\b{hotline}\b", rendered(SET, domain, family, d(2020, 6, 1)))


def test_printed_dates_are_real_dates() -> None:
    """The dotted and ISO dates are valid calendar dates in range, and the weekdays printed
    beside a date are its own."""
    for style, family, pattern, fmt, want in (
            ("tsenjolsargyur.org", "dus", r"^ཕྱི་ཚེས། (\d{4}-\d\d-\d\d) ", "%Y-%m-%d", 5),
            ("tsiryvaovao.mg", "daty", r"^Nohavaozina: (\d\d\.\d\d\.\d{4}) ", "%d.%m.%Y", 5),
            ("minettaktuell.lu", "datum", r"(\d\d\.\d\d\.\d{4})", "%d.%m.%Y", 5),
            ("ijwiryamusanze.rw", "itariki", r"^Ku wa (\d\d\.\d\d\.\d{4}) ", "%d.%m.%Y", 5),
            ("ijwiryamusanze.rw", "itariki", r"^Byavuguruwe: (\d{4}-\d\d-\d\d) ", "%Y-%m-%d",
             3)):
        found = [m[1] for t in group_lines(SET, style, family)
                 if (m := re.search(pattern, norm(t)))]
        assert len(found) >= want, (style, family, pattern)
        for text in found:
            day = dt.datetime.strptime(text, fmt).date()
            assert d(2015, 1, 1) <= day <= d(2020, 12, 31), (style, text)
    checked = 0
    dmy = r"^([A-Z][a-z]+day),? (\d{1,2} [A-Z][a-z]+ \d{4})"
    mdy = r"^([A-Z][a-z]+day), ([A-Z][a-z]+ \d{1,2}, \d{4})"
    for style, family, pattern, fmt in (
            ("pvupress.org", "posted", mdy, "%B %d, %Y"),
            ("lomondviewcare.co.uk", "posted", dmy, "%d %B %Y"),
            ("feedercanalrecords.co.uk", "posted", dmy, "%d %B %Y"),
            ("soarvalleydriving.co.uk", "posted", dmy, "%d %B %Y")):
        for text in group_lines(SET, style, family):
            if m := re.search(pattern, norm(text)):
                day = dt.datetime.strptime(m[2], fmt).date()
                assert day.strftime("%A") == m[1], text
                checked += 1
    assert checked >= 15


def _isbn13_ok(isbn: str) -> bool:
    digits = [int(c) for c in isbn if c.isdigit()]
    return len(digits) == 13 and sum(x * (3 if i % 2 else 1) for i, x in
                                     enumerate(digits)) % 10 == 0


def test_sector_figures_are_plausible() -> None:
    """Star ratings that agree with their numbers, film certificates and running times, a
    top three of distinct films, exchange rates with consistent cross rates and in their
    ranges, diesel cheaper than petrol, ISBNs with valid check digits, system sizes that
    agree with their panels, distinct catalogue numbers, golf scores in the right order,
    driving faults a pass allows, exam results that add up, birthdays with the right
    ordinals, and prices and review counts that only rise."""
    for line in pool(SET, "chandanavanatalkies.com", "rating"):
        m = re.fullmatch(r"ರೇಟಿಂಗ್: (⭐+)(½?) \((\d(?:\.5)?)/5\)", line)
        assert m and len(m[1]) + 0.5 * bool(m[2]) == float(m[3]), line
    for line in pool(SET, "chandanavanatalkies.com", "censor"):
        m = re.fullmatch(r"🎬 ಸೆನ್ಸಾರ್: (U|U/A|A) · ಅವಧಿ: (\d) ಗಂಟೆ (\d{1,2}) ನಿಮಿಷ", line)
        assert m and 90 <= 60 * int(m[2]) + int(m[3]) <= 200 and int(m[3]) < 60, line
    for line in pool(SET, "chandanavanatalkies.com", "top"):
        films = re.findall(r"(\d)\. ([^·]+?)(?: · |$)", line.partition(": ")[2])
        assert [n for n, _ in films] == ["1", "2", "3"], line
        assert len({f for _, f in films}) == 3, line
    for line in pool(SET, "tsiryvaovao.mg", "vola"):
        eur, usd = (int(x.replace(" ", "")) for x in re.findall(r"= (\d \d{3}) Ar", line))
        assert 2_800 < usd < 4_000 and 1.03 < eur / usd < 1.25, line
    for line in pool(SET, "minettaktuell.lu", "sprit"):
        super95, diesel = (float(x.replace(",", ".")) for x in re.findall(r"(\d,\d{3}) €", line))
        assert 0.85 < diesel < super95 < 1.5, line
    for line in pool(SET, "ijwiryamusanze.rw", "ivunjisha"):
        usd, eur = (int(x.replace(",", "")) for x in re.findall(r"= ([\d,]+) Frw", line))
        assert 700 < usd < 1_000 and 1.03 < eur / usd < 1.25, line
    isbns = []
    for line in pool(SET, "pvupress.org", "book"):
        m = re.fullmatch(r"📖 .+ · (\d{3}) pages · \$(\d+)\.(?:95|00) (paper|cloth) · ISBN "
                         r"(978-1-\d{5}-\d{3}-\d)", line)
        assert m and 150 <= int(m[1]) <= 600 and _isbn13_ok(m[4]), line
        isbns.append(m[4])
    assert len(set(isbns)) == len(isbns)
    for line in pool(SET, "tawesolar.co.uk", "system"):
        m = re.fullmatch(r"☀️ (\d+(?:\.\d+)?) kWp · (\d+) × (\d{3}) W panels · .+", line)
        assert m and abs(float(m[1]) - int(m[2]) * int(m[3]) / 1000) < 0.005, line
    numbers = []
    for line in pool(SET, "feedercanalrecords.co.uk", "release"):
        m = re.fullmatch(r"💿 FCR(\d{3}) · .+ – .+ · (.+)", line)
        assert m, line
        formats = m[2].split(" / ")
        assert formats[-1] == "digital" and len(formats) >= 2, line
        numbers.append(int(m[1]))
    assert len(set(numbers)) == len(numbers)
    for line in pool(SET, "glencarriggolf.ie", "result"):
        nets = [int(x) for x in re.findall(r"\(net (\d+)\)", line)]
        points = [int(x) for x in re.findall(r"\((\d+) pts\)", line)]
        assert (len(nets) == 2 and nets[0] < nets[1]) != (len(points) == 2
                                                          and points[0] > points[1]), line
    for line in pool(SET, "soarvalleydriving.co.uk", "pass"):
        m = re.search(r"with (?:just )?(\d+|no) driving faults?", line)
        assert m and (m[1] == "no" or int(m[1]) <= 15), line
    for line in pool(SET, "rimustreetdance.co.nz", "exam"):
        results = re.findall(r"(\d+) (Distinction|Merit|Pass)(s|es)?", line)
        assert results, line
        for count, _, plural in results:
            assert (int(count) == 1) == (not plural), line
    for line in pool(SET, "lomondviewcare.co.uk", "birthday"):
        m = re.match(r"🎂 Happy (\d+)(st|nd|rd|th) birthday", line)
        assert m and 80 <= int(m[1]) <= 105, line
        age = int(m[1])
        suffix = "th" if 10 <= age % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(age % 10,
                                                                                    "th")
        assert m[2] == suffix, line
    prices = [rendered(SET, "soarvalleydriving.co.uk", "prices", day)
              for day in (d(2016, 1, 1), d(2018, 1, 1), d(2020, 1, 1))]
    fees = [[int(x) for x in re.findall(r"£(\d+)", t)] for t in prices]
    assert all(len(f) == 3 and f[1] < 10 * f[0] and f[2] > f[0] for f in fees)
    assert [f[0] for f in fees] == sorted({f[0] for f in fees})
    reviews = [int(m[1]) for day in (d(2016, 1, 1), d(2018, 1, 1), d(2020, 1, 1))
               if (m := re.search(r"from (\d+) reviews",
                                  rendered(SET, "tawesolar.co.uk", "reviews", day)))]
    assert len(reviews) == 3 and reviews == sorted(set(reviews))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    """Each line of a block has its own share, so an article carries some or all of them,
    always adjacent and in the block's order; some article of the style's group carries at
    least `want` of them (the smallest group, a few dozen articles, at least one)."""
    assert_group_blocks_stay_together(SET, {
        "lomondviewcare.co.uk": (["contact-head", "contact"], 2),
        "tawesolar.co.uk": (["survey-head", "survey"], 2),
        "feedercanalrecords.co.uk": (["credits-head", "credits"], 2),
        "glencarriggolf.ie": (["fixtures-head", "fixtures"], 2),
        "soarvalleydriving.co.uk": (["prices-head", "prices"], 2),
        "rimustreetdance.co.nz": (["address-head", "address"], 1)})
