"""The held-back-34 template set (`tests.bench.heldout_templates_34`): its localised dates
(eight printed day by day), Papeete's sunrise and sunset day by day, a bonsai society's next
meeting as each passes, the notices it rewords by date, the calendars some notices follow,
the variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it (held-back-34's first run scored 95.94%; it has been studied since). The
checks every held-back set shares (every wording renders, labels, publishers, ...) are in
`tests/test_bench_heldout_sets.py`. Some styles have few articles of their own (the
generator's Zipf sizes), so several checks look at a style together with its renamed
variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re

from tests.bench.heldout_templates_34 import (
    AS_BYLINE,
    AS_DAILY,
    AS_DONATE,
    ASTURIAN_MONTHS,
    ASTURIAN_WEEKDAYS,
    CHUVASH_MONTHS,
    CHUVASH_WEEKDAYS,
    CO_BYLINE,
    CO_DAILY,
    CO_SOCIAL,
    CORSICAN_MONTHS,
    CORSICAN_WEEKDAYS,
    CV_BYLINE,
    CV_DAILY,
    CV_SOCIAL,
    EASTER_WESTERN,
    FLIGHTS,
    GURBAN,
    IL_BYLINE,
    IL_DAILY,
    IL_SOCIAL,
    ILOCANO_MONTHS,
    ILOCANO_WEEKDAYS,
    KI_BYLINE,
    KI_DAILY,
    KI_DONATE,
    KIKUYU_MONTHS,
    KIKUYU_WEEKDAYS,
    LAST_DAY,
    PAPEETE_LATITUDE,
    PAPEETE_LONGITUDE,
    SETSWANA_MONTHS,
    SETSWANA_WEEKDAYS,
    TAHITIAN_MONTHS,
    TAHITIAN_WEEKDAYS,
    TK_BYLINE,
    TK_DAILY,
    TK_SOCIAL,
    TN_BYLINE,
    TN_DAILY,
    TN_MONEY,
    TRAILS,
    TREES,
    TURKMEN_MONTHS,
    TURKMEN_WEEKDAYS,
    TY_BYLINE,
    TY_DAILY,
    YEARS,
    letters_day,
    meeting_day,
    presidents_day,
    show_weekend,
    sun_times,
    turkmen_ordinal,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_reworded,
    assert_sister_sites_share,
    assert_values_from_pool,
    assert_variants_drop_site_names,
    assert_varied,
    bodies,
    by_family,
    every_day,
    group_docs,
    group_lines,
    norm,
    own_title_lines,
    per_doc,
    planted_docs,
    pool,
    pool_in_order,
    rendered,
    style_by_domain,
    template,
)

SET = "held-back-34"
SITES = ("Шупашкар хыпарӗ", "Murgap habarlary", "Fiatu Nutizie", "El Pregón de Xixón",
         "Lentswe la Kgalagadi", "Te Reo o Tahiti", "Mũgambo wa Nyeri", "Timek ti Amianan",
         "Cwm Garw Trails", "Mendip Skies Balloon Flights", "Camping des Trois Chênes",
         "Yarra Valley Bonsai Society")
CV, TK, CO, AS = ("shupashkarkhypar.ru", "murgaphabarlary.com", "fiatunutizie.corsica",
                  "pregonxixon.es")
TN, TY, KI, IL = ("lentswelakgalagadi.co.bw", "tereootahiti.pf", "mugambowanyeri.co.ke",
                  "timekamianan.ph")
TRAIL, BALLOON, CAMP, BONSAI = ("cwmgarwtrails.co.uk", "mendipskies.co.uk",
                                "camping-troischenes.fr", "yarravalleybonsai.org.au")
MONTHS_KI = "|".join(sorted(KIKUYU_MONTHS, key=len, reverse=True))

d = dt.date
one = dt.timedelta(days=1)


def _asturian_of(month: str) -> str:
    return f"d'{month}" if month[0] in "aeiou" else f"de {month}"


# The daily dates: (domain, family, first day, the wording before it, a pattern whose groups
# wd, dd, mm, yy are the weekday, the day, the month name and the year, weekdays, months).
DAILY = (
    (CV, "kun", CV_DAILY, "{date_de} {time}",
     rf"(?P<yy>\d{{4}}) ҫулхи (?P<mm>{'|'.join(CHUVASH_MONTHS)}) уйӑхӗн (?P<dd>\d{{1,2}})-мӗшӗ, "
     r"(?P<wd>\w+)", CHUVASH_WEEKDAYS, CHUVASH_MONTHS),
    (TK, "sene", TK_DAILY, "{date_de}",
     rf"(?P<dd>\d{{1,2}})-nj[iy] (?P<mm>{'|'.join(TURKMEN_MONTHS)}), (?P<yy>\d{{4}}) ý\., "
     r"(?P<wd>\w+)", TURKMEN_WEEKDAYS, TURKMEN_MONTHS),
    (CO, "data", CO_DAILY, "{date_fr}",
     rf"(?P<wd>\w+) (?P<dd>\d{{1,2}}) di (?P<mm>{'|'.join(CORSICAN_MONTHS)}) (?P<yy>\d{{4}})",
     CORSICAN_WEEKDAYS, CORSICAN_MONTHS),
    (TN, "letlha", TN_DAILY, "{date_dmy}",
     rf"(?P<wd>\w+), (?P<dd>\d{{1,2}}) (?P<mm>{'|'.join(SETSWANA_MONTHS)}) (?P<yy>\d{{4}})",
     SETSWANA_WEEKDAYS, SETSWANA_MONTHS),
    (TY, "mahana", TY_DAILY, "{date_fr}",
     rf"(?P<wd>{'|'.join(TAHITIAN_WEEKDAYS)}) (?P<dd>\d{{1,2}}) no "
     rf"(?P<mm>{'|'.join(TAHITIAN_MONTHS)}) (?P<yy>\d{{4}})", TAHITIAN_WEEKDAYS,
     TAHITIAN_MONTHS),
    (KI, "muthenya", KI_DAILY, "{date_dmy}",
     rf"(?P<wd>\w+), (?P<dd>\d{{1,2}}) (?P<mm>{MONTHS_KI}) (?P<yy>\d{{4}})",
     KIKUYU_WEEKDAYS, KIKUYU_MONTHS),
    (IL, "petsa", IL_DAILY, "{date_long}",
     rf"(?P<wd>\w+), (?P<mm>{'|'.join(ILOCANO_MONTHS)}) (?P<dd>\d{{1,2}}), (?P<yy>\d{{4}})",
     ILOCANO_WEEKDAYS, ILOCANO_MONTHS),
)
ASTURIAN_DATE = (r"(?P<wd>\w+), (?P<dd>\d{1,2}) (?:de |d')"
                 rf"(?P<mm>{'|'.join(ASTURIAN_MONTHS)}) de (?P<yy>\d{{4}})")


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CV, "kun", old, r"05\.03\.2016 \d\d:\d\d")
    full(CV, "kun", new, r"2019 ҫулхи ҫӗртме уйӑхӗн 21-мӗшӗ, эрнекун")
    full(CV, "avtor", old, r"Авторӗ: \S+ \S+")
    full(CV, "avtor", new, r"Авторӗ: \S+ \S+ · \d+ минут вулама")
    full(CV, "pakhna", old, r"👁 Пӑхнӑ: \d{1,3}")
    full(TK, "sene", old, r"05\.03\.2016")
    full(TK, "sene", new, r"21-nji iýun, 2019 ý\., anna")
    full(TK, "sene", d(2019, 8, 6), r"6-njy awgust, 2019 ý\., sişenbe")
    full(TK, "sene", d(2019, 10, 30), r"30-njy oktýabr, 2019 ý\., çarşenbe")
    full(TK, "awtor", old, r"Awtor: \S+ \S+")
    full(TK, "awtor", new, r"\S+ \S+, habarçymyz \(\w+ welaýaty\)")
    full(CO, "data", old, r"5 mars 2016")
    full(CO, "data", new, r"venneri 21 di ghjugnu 2019")
    full(CO, "autore", old, r"Da \S+ \S+( \S+)?")
    full(CO, "autore", new, r"Scrittu da \S+ \S+( \S+)? · \d+ min\. di lettura")
    full(AS, "data", old, r"5 de marzo de 2016")
    full(AS, "data", new, r"vienres, 21 de xunu de 2019")
    full(AS, "data", d(2019, 4, 28), r"domingu, 28 d'abril de 2019")
    full(AS, "data", d(2019, 12, 25), r"miércoles, 25 d'avientu de 2019")
    full(AS, "autor", new, r"Testu: .+ \| Semeya: .+")
    full(TN, "letlha", old, r"5 March 2016")
    full(TN, "letlha", new, r"Labotlhano, 21 Seetebosigo 2019")
    full(TN, "mokwadi", new, r"Ka \S+ \S+, \w+")
    full(TY, "mahana", old, r"5 mars 2016")
    full(TY, "mahana", new, r"Mahana pae 21 no Tiunu 2019")
    full(TY, "mahana", d(2019, 6, 23), r"Tāpati 23 no Tiunu 2019")
    full(TY, "papai", old, r"Na \S+ \S+")
    full(TY, "papai", new, r"Papaʻihia e \S+ \S+")
    full(TY, "ra", new, r"🌅 Hitiʻa o te rā: 6:\d\d · Topaʻa o te rā: 17:\d\d")
    full(KI, "muthenya", old, r"5 March 2016")
    full(KI, "muthenya", new, r"Wagatano, 21 mweri wa gatandatũ 2019")
    full(KI, "muthenya", d(2019, 11, 3), r"Kiumia, 3 mweri wa ikũmi na ũmwe 2019")
    full(KI, "mwandiki", new, r"Rĩandĩkĩtwo nĩ \S+ \S+")
    full(IL, "petsa", old, r"March 5, 2016")
    full(IL, "petsa", new, r"Biernes, Hunio 21, 2019")
    full(IL, "sinurat", d(2016, 3, 5), r"By \S+ \S+")
    full(IL, "sinurat", new, r"Insurat ni \S+ \S+")
    full(TRAIL, "posted", old, r"5 March 2016")
    full(TRAIL, "posted", new, r"Trail report · Friday 21 June 2019 · Ada Brook, trail ranger")
    full(BALLOON, "posted", new, r"Flight log · 21 June 2019 · pilot Ada Brook")
    full(CAMP, "posted", old, r"5 mars 2016")
    full(CAMP, "posted", new, r"Posted 21 June 2019 by Ada Brook \(your hosts\)")
    full(BONSAI, "posted", new, r"Meeting notes · 21 June 2019 · Ada Brook, secretary")
    full(BONSAI, "meeting", new, r"📅 Next meeting: Tuesday 9 July, 7\.30pm")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Seven families hold a wording per day, the Asturian one too: walking every day from
    2015 to 2020, each prints that day's own date (day, month, year and weekday) in its
    language, changing form on the day of its rewording; the Turkmen ordinal's suffix
    follows the numeral's vowels; the Asturian "de" is elided before a vowel."""
    for domain, family, since, *_ in DAILY:
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY - since).days
    for day in every_day():
        for domain, family, since, before, pattern, weekdays, months in DAILY:
            text = template(SET, domain, family, day)
            if day < since:
                assert text == before, (domain, day, text)
                continue
            m = re.fullmatch(pattern, text)
            assert m and weekdays.index(m["wd"]) == day.weekday(), (domain, day, text)
            got = (int(m["dd"]), months.index(m["mm"]) + 1, int(m["yy"]))
            assert got == (day.day, day.month, day.year), (domain, day, text)
        text = template(SET, TK, "sene", day)
        if day >= TK_DAILY:
            assert text.startswith(turkmen_ordinal(day.day) + " "), (day, text)
        text = template(SET, AS, "data", day)
        if day < AS_DAILY:
            assert text == "{date_es}", (day, text)
            continue
        m = re.fullmatch(ASTURIAN_DATE, text)
        assert m and ASTURIAN_WEEKDAYS.index(m["wd"]) == day.weekday(), (day, text)
        assert (int(m["dd"]), ASTURIAN_MONTHS.index(m["mm"]) + 1, int(m["yy"])) == (
            day.day, day.month, day.year), (day, text)
        assert _asturian_of(m["mm"]) in text, text
    for names in (CHUVASH_WEEKDAYS, TURKMEN_WEEKDAYS, CORSICAN_WEEKDAYS, ASTURIAN_WEEKDAYS,
                  SETSWANA_WEEKDAYS, TAHITIAN_WEEKDAYS, KIKUYU_WEEKDAYS, ILOCANO_WEEKDAYS):
        assert len(set(names)) == 7
    for months in (CHUVASH_MONTHS, TURKMEN_MONTHS, CORSICAN_MONTHS, ASTURIAN_MONTHS,
                   SETSWANA_MONTHS, TAHITIAN_MONTHS, KIKUYU_MONTHS, ILOCANO_MONTHS):
        assert len(set(months)) == 12
    assert [turkmen_ordinal(n) for n in (1, 5, 6, 9, 10, 16, 20, 26, 29, 30, 31)] == [
        "1-nji", "5-nji", "6-njy", "9-njy", "10-njy", "16-njy", "20-nji", "26-njy", "29-njy",
        "30-njy", "31-nji"]


def test_sun_times_and_meetings() -> None:
    """Papeete's sunrise and sunset change only as the sun does, never with a clock change:
    near 5.15-6.35 and 17.25-18.45 all year, later sunsets in the southern summer; the bonsai
    line names the next second Tuesday, changing the day after each meeting."""
    sunsets: dict[dt.date, int] = {}
    for day in every_day():
        text = template(SET, TY, "ra", day)
        m = re.fullmatch(r"🌅 Hitiʻa o te rā: (\d+):(\d\d) · Topaʻa o te rā: (\d+):(\d\d)", text)
        assert m, (day, text)
        rise, setting = int(m[1]) * 60 + int(m[2]), int(m[3]) * 60 + int(m[4])
        assert (rise, setting) == sun_times(day, PAPEETE_LATITUDE, PAPEETE_LONGITUDE, -10)
        assert 5 * 60 + 15 <= rise <= 6 * 60 + 35 and 17 * 60 + 25 <= setting <= 18 * 60 + 45
        sunsets[day] = setting
        text = template(SET, BONSAI, "meeting", day)
        meeting = meeting_day(day)
        assert meeting >= day and meeting.weekday() == 1 and 8 <= meeting.day <= 14
        assert text == (f"📅 Next meeting: Tuesday {meeting.day} {meeting.strftime('%B')}, "
                        "7.30pm"), (day, text)
    for y in YEARS:
        assert sunsets[d(y, 1, 10)] > sunsets[d(y, 6, 10)] + 45, y
    assert meeting_day(d(2019, 12, 11)) == d(2020, 1, 14)
    assert meeting_day(d(2019, 6, 11)) == d(2019, 6, 11)


def test_notices_follow_their_dates() -> None:
    def says(domain: str, family: str, *steps: tuple[dt.date, str]) -> None:
        for day, words in steps:
            text = rendered(SET, domain, family, day)
            assert words in text, (domain, family, day, text)

    def never(domain: str, family: str, day: dt.date, words: str) -> None:
        text = rendered(SET, domain, family, day)
        assert words not in text, (domain, family, day, text)

    says(CV, "avtor", (CV_BYLINE - one, "Авторӗ: "), (CV_BYLINE, "минут вулама"))
    never(CV, "avtor", CV_BYLINE - one, "минут")
    says(CV, "uyav", (CV_SOCIAL - one, "ВКонтактере тата"), (CV_SOCIAL, "Telegram"),
         (d(2019, 4, 25), "Яковлев ҫуралнӑранпа 171 ҫул"), (d(2019, 6, 24), "99 ҫул"),
         (d(2020, 1, 1), "Ҫӗнӗ ҫул"))
    never(CV, "uyav", CV_SOCIAL - one, "Telegram")
    says(CV, "suylav", (d(2016, 9, 18), "Думин"), (d(2016, 9, 19), "+7 917"),
         (d(2018, 3, 18), "Президентне"), (d(2020, 4, 1), "маска"),
         (d(2020, 7, 1), "Конституцие"), (d(2020, 9, 13), "Пуҫлӑхне"),
         (d(2020, 9, 14), "+7 917"))
    says(TK, "awtor", (TK_BYLINE - one, "Awtor: "), (TK_BYLINE, "habarçymyz"))
    says(TK, "baydam", (TK_SOCIAL - one, "Instagram-da we Telegram"), (TK_SOCIAL, "imo"),
         (d(2016, 9, 27), "25 ýyl"), (d(2019, 12, 12), "Bitaraplygymyza 24 ýyl"),
         (d(2018, 3, 21), "Nowruz"), (_date(GURBAN[2019]), "Gurban"),
         (d(2015, 9, 26), "Garaşsyzlygymyza 24 ýyl"))
    says(TK, "saylaw", (d(2017, 2, 12), "Prezident"), (d(2018, 3, 25), "Mejlise"),
         (d(2020, 7, 13), "maska"), (d(2020, 10, 1), "+993"))
    says(CO, "autore", (CO_BYLINE - one, "Da "), (CO_BYLINE, "Scrittu da"))
    says(CO, "feste", (CO_SOCIAL - one, "Facebook è Twitter."), (CO_SOCIAL, "Instagram"),
         (d(2019, 12, 8), "Nazione"), (d(2019, 1, 27), "Santa Divota"),
         (_date(EASTER_WESTERN[2019]), "Pasqua"), (d(2019, 12, 25), "Natale"))
    says(CO, "elezzione", (d(2015, 12, 13), "Territuriale"), (d(2017, 5, 7), "Presidenziale"),
         (d(2017, 6, 18), "Legislative"), (d(2017, 12, 10), "Cullettività"),
         (d(2019, 5, 26), "Eurupee"), (d(2020, 3, 15), "Municipale"),
         (d(2020, 4, 1), "Cunfinamentu"), (d(2020, 6, 28), "secondu giru"),
         (d(2020, 11, 15), "Cunfinamentu"), (d(2020, 12, 15), "06 55 50 01 43"))
    says(AS, "autor", (AS_BYLINE - one, "Por "), (AS_BYLINE, "Semeya: "))
    says(AS, "collabora", (AS_DONATE - one, "3 €"), (AS_DONATE, "4 €"))
    says(AS, "votaciones", (d(2015, 12, 20), "xenerales"), (d(2019, 11, 10), "payares"),
         (d(2020, 4, 1), "Estáu d'alarma"), (d(2020, 6, 21), "685 550 143"))
    says(TN, "mokwadi", (TN_BYLINE - one, "Ka "), (TN_BYLINE, ", "))
    never(TN, "mokwadi", TN_BYLINE - one, ",")
    says(TN, "thuso", (TN_MONEY - one, "MyZaka 71"), (TN_MONEY, "Orange Money"))
    says(TN, "malatsi", (d(2019, 9, 30), "53 tsa boipuso"), (d(2019, 7, 1), "Seretse"),
         (d(2019, 7, 15), "Malatsi a ga Tautona: Mosupologo 15 le Labobedi 16"))
    says(TN, "ditlhopho", (d(2019, 10, 23), "Ditlhopho"), (d(2020, 4, 10), "Lockdown"),
         (d(2020, 5, 22), "+267"))
    says(TY, "papai", (TY_BYLINE - one, "Na "), (TY_BYLINE, "Papaʻihia e "))
    says(TY, "oroa", (d(2019, 3, 5), "222 matahiti"), (d(2019, 7, 10), "Heiva i Tahiti 2019"),
         (d(2020, 7, 10), "ʻAita e Heiva"), (d(2019, 11, 20), "Matariʻi i niʻa"),
         (d(2019, 5, 20), "Matariʻi i raro"), (d(2019, 6, 29), "35 matahiti"))
    says(TY, "maiti", (d(2018, 5, 6), "ʻAporaʻa"), (d(2020, 4, 1), "Confinement"),
         (d(2020, 12, 31), "Couvre-feu"))
    says(KI, "mwandiki", (KI_BYLINE - one, "Nĩ "), (KI_BYLINE, "Rĩandĩkĩtwo nĩ "))
    says(KI, "teithia", (KI_DONATE - one, "Sh50"), (KI_DONATE, "Sh100"))
    says(KI, "matuku", (d(2019, 6, 1), "mĩaka 56"), (d(2019, 10, 20), "Mashujaa"),
         (d(2019, 12, 12), "Jamhuri: mĩaka 56"))
    says(KI, "ithurano", (d(2017, 8, 8), "kanana"), (d(2017, 10, 26), "rĩngĩ"),
         (d(2020, 12, 31), "Curfew"))
    says(IL, "sinurat", (IL_BYLINE - one, "By "), (IL_BYLINE, "Insurat ni "))
    says(IL, "rambak", (IL_SOCIAL - one, "iti Facebook."), (IL_SOCIAL, "YouTube"),
         (d(2018, 2, 2), "maika-200"), (d(2019, 6, 12), "Maika-121"))
    says(IL, "eleksion", (d(2016, 5, 9), "Mayo 9"), (d(2019, 5, 13), "Mayo 13"),
         (d(2020, 4, 1), "ECQ"), (d(2020, 5, 16), "0917"))
    says(TRAIL, "status", (d(2020, 4, 1), "lockdown"), (d(2020, 7, 6), "dawn to dusk"),
         (d(2020, 11, 1), "Fire-break"), (d(2020, 12, 25), "Alert Level 4"))
    says(TRAIL, "parking", (d(2019, 3, 31), "£5"), (d(2019, 4, 1), "£6"))
    says(TRAIL, "cafe", (d(2019, 7, 1), "every day"), (d(2019, 12, 1), "Winter hours"))
    says(BALLOON, "season", (d(2019, 7, 1), "flying season"), (d(2019, 12, 1), "not flying"),
         (d(2020, 5, 1), "suspended"), (d(2020, 8, 1), "flying again"))
    says(BALLOON, "price", (d(2018, 12, 31), "£149"), (d(2019, 1, 1), "£159"))
    says(CAMP, "season", (d(2019, 7, 1), "Open from 1 April"), (d(2019, 12, 1), "closed"),
         (d(2020, 4, 15), "lockdown"), (d(2020, 7, 1), "open again"))
    says(CAMP, "ehic", (d(2020, 11, 30), "EHIC for healthcare"), (d(2020, 12, 1), "passport"))
    says(BONSAI, "show", (d(2019, 10, 1), "Saturday 5 and Sunday 6 October"),
         (d(2020, 10, 1), "cancelled"), (d(2020, 5, 1), "suspended"),
         (d(2020, 9, 11), "Visitors"))
    says(BONSAI, "care", (d(2019, 10, 1), "Spring"), (d(2019, 1, 1), "Summer"),
         (d(2019, 4, 1), "Autumn"), (d(2019, 7, 1), "Winter"))
    says(BONSAI, "fees", (d(2019, 6, 30), "$40"), (d(2019, 7, 1), "$45"))


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_calendar_constants_are_the_real_days() -> None:
    """The computed days fall on their weekdays: the Letters' Friday, President's Day's
    Monday, the show's Saturday; Easter is a Sunday; Gurban Bayram lies in the summer and
    autumn of these years, about eleven days earlier each year."""
    for y in YEARS:
        assert letters_day(y).weekday() == 4 and letters_day(y).day <= 7
        assert presidents_day(y).weekday() == 0 and 15 <= presidents_day(y).day <= 21
        assert show_weekend(y).weekday() == 5 and show_weekend(y).day <= 7
        assert _date(EASTER_WESTERN[y]).weekday() == 6
    gaps = [(_date(GURBAN[y]) - _date(GURBAN[y + 1]).replace(year=y)).days
            for y in range(2015, 2020)]
    assert all(10 <= g <= 12 for g in gaps), gaps
    assert letters_day(2019) == d(2019, 5, 3) and presidents_day(2019) == d(2019, 7, 15)


def test_calendar_notices_show_only_near_their_days() -> None:
    """A calendar notice shows only in the days around its own: never in a month far from
    it."""
    for domain, family, words, far in (
            (CV, "uyav", "Республики кунӗпе", d(2019, 9, 1)),
            (TK, "baydam", "Nowruz", d(2019, 5, 1)),
            (CO, "feste", "Nazione", d(2019, 6, 1)),
            (AS, "llingua", "Lletres", d(2019, 8, 1)),
            (TN, "malatsi", "Botswana", d(2019, 3, 1)),
            (TY, "oroa", "Heiva", d(2019, 9, 1)),
            (KI, "matuku", "Madaraka", d(2019, 3, 1)),
            (IL, "rambak", "Pundasion", d(2019, 8, 1))):
        assert words not in rendered(SET, domain, family, far), (domain, family)
        shown = [day for day in every_day() if words in template(SET, domain, family, day)]
        assert 6 <= len(shown) <= 6 * 25, (domain, family, len(shown))


def test_variation_occurs() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # slots: dates, authors, titles, counts and pools change the text
    assert_varied(fams, (
        f"{CV}/kun", f"{CV}/avtor", f"{CV}/pay", f"{CV}/pakhna", f"{CV}/vular",
        f"{CV}/sanukerchek", f"{CV}/temasem", f"{CV}/copyright", f"{TK}/sene",
        f"{TK}/awtor", f"{TK}/bolum", f"{TK}/okan", f"{TK}/surat", f"{TK}/copyright",
        f"{CO}/data", f"{CO}/autore", f"{CO}/rubrica", f"{CO}/leghje", f"{CO}/filu",
        f"{AS}/data", f"{AS}/autor", f"{AS}/seicion", f"{AS}/llei"))
    for style, family, want in ((TN, "letlha", 5), (TN, "mokwadi", 5), (TN, "karolo", 4),
                                (TN, "bala", 5), (TY, "mahana", 5), (TY, "papai", 5),
                                (TY, "taio", 5), (TY, "ra", 3), (KI, "muthenya", 5),
                                (KI, "mwandiki", 5), (KI, "thoma", 5), (IL, "petsa", 5),
                                (IL, "sinurat", 5), (IL, "basaen", 5), (TRAIL, "posted", 5),
                                (TRAIL, "trail", 3), (BALLOON, "posted", 5),
                                (BALLOON, "wind", 3), (CAMP, "posted", 5), (CAMP, "pool", 3),
                                (BONSAI, "posted", 5), (BONSAI, "meeting", 3)):
        assert len(set(group_lines(SET, style, family))) >= want, (style, family)
    # notices reworded between years: both wordings occur
    assert_reworded(fams, (
        (f"{CV}/kun", ".20", " ҫулхи "),
        (f"{CV}/avtor", "Авторӗ: ", " минут вулама"),
        (f"{TK}/sene", ".20", " ý., "),
        (f"{TK}/awtor", "Awtor: ", ", habarçymyz ("),
        (f"{CO}/data", " 20", " di "),
        (f"{CO}/autore", "Da ", "Scrittu da "),
        (f"{AS}/data", " de 20", ", ")))
    assert_groups_reworded(SET, (
        (AS, "autor", "Por ", "Testu: "),
        (TN, "letlha", " 20", ", "),
        (TN, "mokwadi", "Ka ", ", "),
        (TY, "mahana", " 20", " no "),
        (TY, "papai", "Na ", "Papaʻihia e "),
        (KI, "muthenya", " 20", "mweri wa "),
        (KI, "mwandiki", "Nĩ ", "Rĩandĩkĩtwo nĩ "),
        (TRAIL, "posted", " 20", "Trail report · "),
        (BALLOON, "posted", " 20", "Flight log · "),
        (CAMP, "posted", " 20", "Posted "),
        (BONSAI, "posted", " 20", "Meeting notes · ")))
    ilocano = [norm(t) for t in group_lines(SET, IL, "petsa")]
    assert any(t.split(",")[0] in ILOCANO_WEEKDAYS for t in ilocano)
    assert any(t.split(" ")[0] in ("January", "February", "March", "April", "May", "June",
                                   "July", "August", "September", "October", "November",
                                   "December") for t in ilocano)
    # small edits: fixed notices are not always byte-identical (more texts than wordings)
    assert_more_texts_than_wordings(SET, fams, (
        f"{CV}/komment", f"{CV}/ilme", f"{TK}/teswir", f"{CO}/cumenti", f"{AS}/comentarios",
        f"{TN}/dikakgelo"))
    # lines in only some articles beside lines in nearly all
    assert_carried_share(docs, CV, [
        ("pay", 0.18, 0.45), ("pakhna", 0.3, 0.6), ("par", 0.0, 0.12), ("kun", 0.75, 0.97),
        ("reklama", 0.55, 0.85)])
    assert_carried_share(docs, TK, [("bolum", 0.12, 0.45), ("sene", 0.7, 0.99)])
    # a mid-body insert can occur twice in one article
    for fam in (f"{CV}/reklama", f"{CV}/vular", f"{TK}/mahabat", f"{TK}/okan",
                f"{CO}/publicita", f"{CO}/leghje", f"{AS}/espublicida", f"{AS}/llei"):
        assert max(per_doc(docs, fam)) == 2, fam
    # pool inserts of the small publishers occur at most once an article
    assert_once_per_page(SET, ((TRAIL, "forestry"), (BALLOON, "flight"), (CAMP, "activity"),
                               (BONSAI, "tree")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    """The rare lines sit on a handful of pages (`heldout_checks.assert_rare_families`)."""
    assert_rare_families(SET, ((CV, "par", 17), (TK, "tozan", 12), (CO, "vigilanza", 9),
        (AS, "oleaxe", 8), (TN, "molelo", 7), (TY, "miti", 6), (KI, "mbura", 5), (IL, "bagyo", 5),
        (TRAIL, "wind", 4), (BALLOON, "cancel", 4), (CAMP, "barbecue", 4), (BONSAI, "heat", 4)))


def test_sister_sites_share_network_lines() -> None:
    """Lines that do not name the site stay the same on a style's renamed variants."""
    assert_sister_sites_share(SET, (
            (CV, "komment", "Комментарисем модераци хыҫҫӑн курӑнаҫҫӗ. Хурлакан сӑмахсене "
             "пӑрахӑҫлатпӑр."),
            (TK, "teswir", "Teswirler barlanandan soň çap edilýär. Sögünç we kemsitme "
             "pozulýar."),
            (CO, "cumenti", "I cumenti sò muderati: in corsu o in francese, ma sempre cù "
             "rispettu."),
            (AS, "comentarios", "Los comentarios moderense: n'asturianu o en castellán, con "
             "respetu."),
            (TN, "dikakgelo", "Dikakgelo tse di nyenyefatsang kgotsa tsa tlhoafalo di tla "
             "phimolwa."),
            (TRAIL, "bikewash", "Please use the bike wash, not the stream: it keeps the river "
             "clean."),
            (CAMP, "quiet", "Quiet please between 23h and 8h. Merci !")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    # the article's own title: a breadcrumb and a share line
    first_title = bodies(SET, 1)[0].title
    crumb = rendered(SET, CO, "filu", d(2018, 7, 9))
    m = re.fullmatch(r"Accolta › (.+) › (.+)", crumb)
    assert m and m[2] == first_title and m[1] in pool(SET, CO, "rubrica")
    assert rendered(SET, AS, "comparti", d(2018, 7, 9)) == f"Comparti: {first_title}"
    for style, family, sep in ((CO, "filu", " › "), (AS, "comparti", ": ")):
        own = own_title_lines(group_docs(SET, style), f"/{family}")
        assert own and sum(norm(text).endswith(f"{sep}{title}")
                           for title, text in own) >= 0.6 * len(own), style
    # other articles' titles: "read also" links in eight languages
    assert_links_to_other_titles(docs, fams, (
        (f"{CV}/vular", "Ҫавӑн пекех вулӑр: "),
        (f"{TK}/okan", "Şeýle hem okaň: "),
        (f"{CO}/leghje", "Da leghje dinù: "),
        (f"{AS}/llei", "Llei tamién: "),
        (f"{TN}/bala", "Bala gape: "),
        (f"{TY}/taio", "A taiʻo atoʻa: "),
        (f"{KI}/thoma", "Thoma ningĩ: "),
        (f"{IL}/basaen", "Basaen met: "),
    ))


def test_names_at_line_start() -> None:
    fams = by_family(planted_docs(SET))

    def both(fam: str, pool_name: str, old: str, new: str) -> None:
        """`old` and `new`: each wording as a regex whose group 1 is the writer's name."""
        writers = pool(SET, fam.partition("/")[0], pool_name)
        texts = [norm(t) for t in fams[fam]]
        olds = [m[1] for t in texts if (m := re.fullmatch(old, t))]
        news = [m[1] for t in texts if (m := re.fullmatch(new, t))]
        assert olds and sum(t in writers for t in olds) >= 0.75 * len(olds), fam
        assert news and sum(t in writers for t in news) >= 0.75 * len(news), fam

    both(f"{CV}/avtor", "avtor", r"Авторӗ: ([^·]+)", r"Авторӗ: (.+) · \d+ минут вулама")
    both(f"{TK}/awtor", "awtor", r"Awtor: (.+)", r"(.+), habarçymyz \(\w+ welaýaty\)")
    both(f"{CO}/autore", "autore", r"Da (.+)", r"Scrittu da (.+) · \d+ min\. di lettura")
    both(f"{AS}/autor", "autor", r"Por (.+)", r"Testu: (.+) \| Semeya: .+")
    for style, family, pool_name, old, new in (
            (TN, "mokwadi", "mokwadi", r"Ka ([^,]+)", r"Ka (.+), \w+"),
            (TY, "papai", "papai", r"Na (.+)", r"Papaʻihia e (.+)"),
            (KI, "mwandiki", "mwandiki", r"Nĩ (.+)", r"Rĩandĩkĩtwo nĩ (.+)"),
            (IL, "sinurat", "sinurat", r"By (.+)", r"Insurat ni (.+)")):
        writers = pool(SET, style, pool_name)
        texts = [norm(t) for t in group_lines(SET, style, family)]
        for pattern in (old, new):
            names = [m[1] for t in texts if (m := re.fullmatch(pattern, t))]
            assert names and sum(n in writers for n in names) >= 0.5 * len(names), (
                style, family, pattern)


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (CV, "reklama", "Реклама"), (TK, "mahabat", "Mahabat"), (CO, "publicita", "Publicità"),
        (AS, "espublicida", "Espublicidá"), (TN, "papatso", "Papatso"),
        (TY, "porohi", "Poroʻi tarahu"), (KI, "matangazo", "Matangazo"),
        (IL, "anunsio", "Anunsio"), (CV, "chelkhe", "Чӑвашла | По-русски"),
        (CO, "francese", "🇫🇷 Version française"), (TN, "pula", "Pula! 🌧️")))
    assert_values_from_pool(SET, fams, ((f"{CV}/pay", "pay"), (f"{TK}/bolum", "bolum")))
    assert_group_values_from_pool(SET, ((CO, "rubrica", "rubrica"), (AS, "seicion", "seicion"),
                                        (TN, "karolo", "karolo"), (TY, "tuhaa", "tuhaa"),
                                        (KI, "gicunji", "gicunji"), (IL, "paset", "paset")))
    assert pool_in_order(SET, TRAIL, "trail") == TRAILS
    assert pool_in_order(SET, BONSAI, "tree") == TREES
    assert pool_in_order(SET, BALLOON, "flight") == FLIGHTS
    for text in FLIGHTS:
        m = re.search(r"· (?:(\d) hr )?(\d+) min · max ([\d,]+) ft$", text)
        assert m and 1_000 <= int(m[3].replace(",", "")) <= 6_000, text
    tags = [norm(t).removeprefix("Темӑсем: ") for t in fams[f"{CV}/temasem"]]
    assert tags and all(t for t in tags)
    for letters, fam in (("ӑӗҫӳ", f"{CV}/komment"), ("ýňşä", f"{TK}/teswir"),
                         ("ĩũ", f"{KI}/ciugo")):
        assert any(c in "".join(fams[fam]) for c in letters), fam


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CO: (["redazzione-head", "redazzione"], 2),
        IL: (["opisina-head", "opisina"], 2),
        TRAIL: (["shop-head", "shop"], 2),
        BALLOON: (["flightline-head", "flightline"], 2),
        CAMP: (["reception-head", "reception"], 2),
        BONSAI: (["committee-head", "committee"], 1)})


def test_first_and_last_days() -> None:
    """The set's day walks cover every article date and its syndicated copies."""
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in ((CV, "kun"), (TK, "sene"), (CO, "data"), (AS, "data"),
                           (TN, "letlha"), (TY, "mahana"), (KI, "muthenya"), (IL, "petsa")):
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
