"""The held-back-117 template set (`tests.bench.heldout_templates_117`): its localised dates
(printed day by day in Marathi with Devanagari digits, Telugu, Indian English, Kannada,
Malayalam with the Kollam era, Gujarati with the Vikram Samvat year, Punjabi with Gurmukhi
digits, Odia with Odia digits, Assamese with Assamese digits and English, each changing form
on the day of a redesign), its datelines with the day, the lines that turn every day, week
or month (Pune's rain and heat, the darshan wait at Tirumala, Kochi's fuel prices revised
every fortnight and then every day, the Kerala lottery, the hukamnama, a Rath Yatra
countdown, a daily's volume and issue skipping its holidays, Nagpur's temperatures, the
Brahmaputra's level, supplements, a horoscope, weekend listings, a weekly's issue and a
monthly magazine), the seasons, the notices it rewords by date, the calendars some notices
follow (votes, demonetisation, the Pushkaralu, floods, Nipah, cyclones, the Biennale,
openings, the NRC, curfews, a blowout, a protest, the Kartarpur corridor, the lockdowns, the
region's festivals and state days with their counts), the amounts in its appeals and prices,
the lines in several languages and scripts, the variation it promises, its multi-line
blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_117 import (
    AS_REDESIGN,
    ASHADHI_EKADASHI,
    BESTU_VARAS,
    CHANDI_PADVO,
    DIWALI,
    FIRST_DAY,
    FUEL_FROZEN,
    GANESH_CHATURTHI,
    GU_REDESIGN,
    GUDI_PADWA,
    GURPURAB,
    HOLI,
    KA_REDESIGN,
    KC_REDESIGN,
    KO_DAILY_FUEL,
    KO_REDESIGN,
    LAST_DAY,
    LOTTERY_STOP,
    ML_REDESIGN,
    MR_REDESIGN,
    NAVRATRI,
    NG_REDESIGN,
    OR_REDESIGN,
    PA_REDESIGN,
    POORAM,
    RATH_YATRA,
    SU_REDESIGN,
    TE_REDESIGN,
    THIRUVONAM,
    TTD_CLOSED,
    VAISAKHI,
    VIJAYADASHAMI,
    darshan_hours,
    fuel_prices,
    fuel_revision,
    hukamnama_ang,
    issue,
    kollam_era,
    latest,
    lottery_draw,
    nagpur_temps,
    no_paper,
    pune_high,
    pune_rain,
    rath_countdown,
    river_level,
    supplement_ka,
    supplement_ml,
    supplement_mr,
    vikram_samvat,
    weekly_issue,
)
from tests.heldout_checks import (
    ascii_digits,
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

SET = "held-back-117"
SITES = ("पवना प्रहर", "గోదావరి గళం", "CityLine Kochi", "ಕರುನಾಡ ದನಿ", "നിള വാർത്ത",
         "સૌરાષ્ટ્ર સવાર", "ਦੋਆਬਾ ਦੀ ਆਵਾਜ਼", "ଋଷିକୁଲ୍ୟା ଖବର", "Orange City Express",
         "লুইতপৰীয়া বাতৰি", "Karavali Compass", "Surat City Pulse")
MR, TE, KO, KA = ("pavnaprahar.com", "godavarigalam.com", "citylinekochi.in",
                  "karunadadani.com")
ML, GU, PA, OR = ("nilavartha.com", "saurashtrasavar.com", "doabadiawaaz.com",
                  "rushikulyakhabar.com")
NG, AS, KC, SU = ("orangecityexpress.in", "luitporiyabatori.com", "karavalicompass.in",
                  "suratcitypulse.in")

d = dt.date
one = dt.timedelta(days=1)
DEVANAGARI = "०१२३४५६७८९"
GURMUKHI = "੦੧੨੩੪੫੬੭੮੯"
ODIA = "୦୧୨୩୪୫୬୭୮୯"
ASSAMESE = "০১২৩৪৫৬৭৮৯"

# The dates printed day by day (every one from the first day).
DAILY = ((MR, "dinank"), (TE, "tedi"), (KO, "dated"), (KA, "dinanka"), (ML, "theeyathi"),
         (GU, "tarikh"), (PA, "tarikh"), (OR, "tarikha"), (NG, "dated"), (AS, "tarikh"),
         (KC, "dated"), (SU, "dated"))
# The datelines with the day of the month.
DATELINES = ((MR, "dateline"), (TE, "dateline"), (KO, "dateline"), (PA, "dateline"))
# The lines that turn every day, every week or every month.
PERIODIC = ((MR, "havaman"), (MR, "puravani"), (TE, "darshanam"), (KO, "fuel"),
            (KO, "weekend"), (KA, "puravani"), (ML, "lottery"), (ML, "varanthyam"),
            (GU, "rashifal"), (PA, "hukamnama"), (OR, "rathajatra"), (OR, "patrika"),
            (NG, "folio"), (NG, "weather"), (AS, "jalastar"), (KC, "issue"), (SU, "weekend"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((MR, "suchana"), (TE, "prakatana"), (KO, "notice"), (KA, "prakatane"),
           (ML, "ariyippu"), (GU, "jaherat"), (PA, "soochna"), (OR, "bigyapti"),
           (NG, "notice"), (AS, "jananee"), (KC, "notice"), (SU, "notice"))
SEASONAL = ((KA, "kala"), (GU, "rutu"), (NG, "season"), (AS, "ritu"), (KC, "coast"))

QUIET = d(2015, 6, 5)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    MR: "ताज्या बातम्यांसाठी आम्हाला फेसबुक आणि ट्विटरवर फॉलो करा",
    TE: "మమ్మల్ని ఫేస్‌బుక్, ట్విటర్‌లో ఫాలో అవ్వండి",
    KO: "Follow CityLine Kochi on Facebook and Twitter for city updates",
    KA: "ಫೇಸ್‌ಬುಕ್ ಮತ್ತು ಟ್ವಿಟರ್‌ನಲ್ಲಿ ನಮ್ಮನ್ನು ಹಿಂಬಾಲಿಸಿ",
    ML: "ഫേസ്ബുക്കിലും ഇൻസ്റ്റഗ്രാമിലും ഞങ്ങളെ പിന്തുടരൂ",
    GU: "અમને ફેસબુક અને ટ્વિટર પર ફોલો કરો",
    PA: "ਸਾਨੂੰ ਫੇਸਬੁੱਕ ਅਤੇ ਟਵਿੱਟਰ 'ਤੇ ਫਾਲੋ ਕਰੋ",
    OR: "ଫେସବୁକ ଓ ଟ୍ୱିଟରରେ ଆମକୁ ଫଲୋ କରନ୍ତୁ",
    NG: "Like us on Facebook and follow @OrangeCityExp on Twitter",
    AS: "আমাক ফেচবুক আৰু টুইটাৰত অনুসৰণ কৰক",
    KC: "Join our WhatsApp group for the week's Karavali headlines",
    SU: "Follow Surat City Pulse on Instagram",
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
    assert_look_ups_agree(SET, DAILY + DATELINES + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 11, 20), d(2017, 6, 17), d(2018, 8, 20),
        d(2018, 11, 8), d(2019, 4, 1), d(2019, 11, 12), d(2020, 4, 14), d(2020, 6, 23),
        d(2020, 12, 1), LAST_DAY))


def test_helpers() -> None:
    assert pune_rain(d(2019, 5, 31)) is None and pune_rain(d(2019, 6, 1)) is not None
    assert pune_rain(d(2019, 9, 30)) >= pune_rain(d(2019, 7, 1)) > 0
    assert all(25 <= pune_high(day) <= 39 for day in every_day())
    assert darshan_hours(TTD_CLOSED[0]) is None and darshan_hours(TTD_CLOSED[1] + one)
    assert fuel_revision(d(2016, 3, 20)) == d(2016, 3, 16)
    assert fuel_revision(d(2016, 3, 15)) == d(2016, 3, 1)
    assert fuel_revision(d(2018, 5, 9)) == d(2018, 5, 9)
    assert fuel_revision(d(2020, 4, 20)) == FUEL_FROZEN[0] - one
    assert all(55 < fuel_prices(day)[1] < fuel_prices(day)[0] < 86 for day in every_day())
    assert kollam_era(d(2019, 8, 16)) == 1194 and kollam_era(d(2019, 8, 17)) == 1195
    assert vikram_samvat(d(2018, 11, 7)) == 2074 and vikram_samvat(d(2018, 11, 8)) == 2075
    assert vikram_samvat(d(2020, 11, 15)) == 2076 and vikram_samvat(d(2020, 11, 16)) == 2077
    assert lottery_draw(d(2020, 4, 1)) is None
    wednesday = lottery_draw(d(2019, 6, 19))
    assert wednesday is not None and wednesday[1] == "AK"
    assert lottery_draw(d(2019, 6, 26))[2] == wednesday[2] + 1
    before, after = lottery_draw(d(2020, 3, 18)), lottery_draw(d(2020, 7, 8))
    assert before and after and after[2] == before[2] + 1  # the stop's weeks not counted
    assert rath_countdown(d(2019, 7, 4)) == 0 and rath_countdown(d(2019, 6, 4)) == 30
    assert rath_countdown(d(2019, 7, 13)) == -9 and rath_countdown(d(2019, 7, 14)) is None
    assert rath_countdown(d(2019, 5, 1)) is None
    assert no_paper(d(2019, 8, 16)) and no_paper(d(2019, 1, 27))
    assert no_paper(iso(HOLI[2018]) + one) and no_paper(iso(DIWALI[2017]) + one)
    assert not no_paper(d(2019, 8, 15)) and issue(d(2019, 8, 16)) is None
    assert issue(d(2019, 8, 20)) == (14, 1) and issue(d(2019, 8, 19))[0] == 13
    assert issue(d(2019, 8, 22))[1] == 3
    assert river_level(d(2019, 5, 31)) is None and river_level(d(2019, 7, 1)) is not None
    for day in every_day():
        assert latest(day, 0) <= day < latest(day, 0) + 7 * one
        assert supplement_mr(day + 7 * one) == supplement_mr(day) + 1
        assert supplement_ka(day + 7 * one) == supplement_ka(day) + 1
        assert supplement_ml(day + 7 * one) == supplement_ml(day) + 1
        assert weekly_issue(day + 7 * one) == weekly_issue(day) + 1
        assert 1 <= hukamnama_ang(day) <= 1430
        high, low = nagpur_temps(day)
        assert low < high


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 9, 21)  # Saturdays

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(MR, "dinank", old, r"प्रकाशित : 5 मार्च 2016, \d\d:\d\d")
    full(MR, "dinank", new, "शनिवार, २१ सप्टेंबर २०१९")
    full(MR, "dateline", old, r".+, ता\. 5 : \(प्रतिनिधी\)")
    full(MR, "dateline", new, r".+, ता\. २१ : पवना प्रहर वृत्तसेवा")
    full(MR, "havaman", old, r"🌡️ पुण्याचे आजचे कमाल तापमान \d\d अंश सेल्सिअस")
    full(MR, "havaman", new, r"🌧️ पुण्यात 1 जूनपासून आजपर्यंत \d+ मिमी पावसाची नोंद")
    full(TE, "tedi", old, r"ప్రచురణ: 05-03-2016 \d\d:\d\d IST")
    full(TE, "tedi", new, "శనివారం, 21 సెప్టెంబర్ 2019")
    full(TE, "dateline", new, r".+, సెప్టెంబర్ 21 \(గోదావరి గళం ప్రతినిధి\):")
    full(TE, "darshanam", new, r"🛕 తిరుమల \(21\.9\.2019\): సర్వదర్శనానికి \d+ గంటల సమయం")
    full(KO, "dated", old, r"Posted: 05/03/2016 \d+:\d\d [AP]M")
    full(KO, "dated", new, r"Saturday, September 21, 2019 \| \d\d:\d\d IST")
    full(KO, "dateline", new, r"(KOCHI|ALUVA|TRIPUNITHURA|KAKKANAD|MATTANCHERRY), "
                              r"SEPTEMBER 21:")
    full(KO, "fuel", new, r"⛽ Fuel in Kochi today: petrol ₹\d\d\.\d\d, diesel ₹\d\d\.\d\d "
                          r"a litre")
    full(KO, "weekend", new, "🗓️ Weekend planner, 20 Sep – 22 Sep: gigs, food walks and "
                             "exhibitions across Kochi")
    full(KA, "dinanka", old, r"ಪ್ರಕಟವಾದ ದಿನಾಂಕ: 05-03-2016, \d\d:\d\d")
    full(KA, "dinanka", new, "ಶನಿವಾರ, 21 ಸೆಪ್ಟೆಂಬರ್ 2019")
    full(ML, "theeyathi", old, r"പ്രസിദ്ധീകരിച്ചത്: 05-03-2016 \d\d:\d\d")
    full(ML, "theeyathi", new, r"2019 സെപ്റ്റംബർ 21, ശനി \| കൊല്ലവർഷം 1195")
    full(ML, "lottery", new, r"🎟️ കേരള ലോട്ടറി ഫലം: കാരുണ്യ KR-\d+ നറുക്കെടുപ്പ് ഇന്ന് 3 "
                             r"മണിക്ക്")
    full(GU, "tarikh", old, "તા. 5 માર્ચ 2016, શનિવાર")
    full(GU, "tarikh", new, "શનિવાર, 21 સપ્ટેમ્બર 2019 · વિ.સં. 2075")
    full(GU, "rashifal", new, "🔮 સાપ્તાહિક રાશિફળ: તા. 15 સપ્ટેમ્બર થી 21 સપ્ટેમ્બર")
    full(PA, "tarikh", old, r"ਪ੍ਰਕਾਸ਼ਿਤ: 5 ਮਾਰਚ 2016, \d\d:\d\d")
    full(PA, "tarikh", d(2019, 12, 7), "ਅੱਪਡੇਟ: ਸ਼ਨਿੱਚਰਵਾਰ, ੭ ਦਸੰਬਰ ੨੦੧੯")
    full(PA, "dateline", new, r".+, 21 ਸਤੰਬਰ \(Ada Brook\)-")
    full(PA, "hukamnama", new, r"🙏 ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ, ਸ੍ਰੀ ਦਰਬਾਰ ਸਾਹਿਬ \(21-09-2019\), ਅੰਗ \d+")
    full(OR, "tarikha", old, r"ପ୍ରକାଶିତ: 5 ମାର୍ଚ୍ଚ 2016, \d\d:\d\d")
    full(OR, "tarikha", new, "ଶନିବାର, ୨୧ ସେପ୍ଟେମ୍ବର ୨୦୧୯")
    full(OR, "rathajatra", d(2019, 6, 21), "🛕 ରଥଯାତ୍ରାକୁ ଆଉ ୧୩ ଦିନ ବାକି")
    full(OR, "patrika", new, "📖 ମାସିକ ପତ୍ରିକା 'ଋଷିକୁଲ୍ୟା': ବର୍ଷ ୨୫, ସଂଖ୍ୟା ୯")
    full(NG, "dated", old, r"Nagpur \| Updated: Mar 5, 2016 \d\d:\d\d IST")
    full(NG, "dated", new, "Saturday, 21 September 2019")
    full(NG, "folio", new, r"Vol\. 14 No\. \d+ · Nagpur · Pages 16 · ₹4")
    full(NG, "folio", d(2019, 9, 22), r"Vol\. 14 No\. \d+ · Nagpur · Pages 16 · ₹6")
    full(NG, "folio", d(2016, 3, 6), r"Vol\. 10 No\. \d+ · Nagpur · Pages 16 · ₹5")
    full(NG, "weather", new, r"🌡️ Nagpur today: max \d\d°C, min \d\d°C")
    full(AS, "tarikh", old, "5 মাৰ্চ, 2016")
    full(AS, "tarikh", new, "শনিবাৰ, ২১ ছেপ্তেম্বৰ, ২০১৯")
    full(AS, "jalastar", new, r"🌊 ডিব্ৰুগড়ত ব্ৰহ্মপুত্ৰৰ জলস্তৰ: 10\d\.\d\d মিটাৰ \(বিপদসীমা "
                              r"105\.70 মিটাৰ\)")
    full(KC, "dated", old, "Posted on March 5, 2016")
    full(KC, "dated", new, r"21\.09\.2019 \| Mangaluru")
    full(KC, "issue", new, r"Karavali Compass · Vol\. 10 · Issue \d+ · 19 September 2019")
    full(SU, "dated", old, "Surat, Mar 5, 2016")
    full(SU, "dated", new, "21 September 2019, Saturday")
    full(SU, "weekend", new, r"🎉 This weekend in Surat \(Sep 20–Sep 22\): food, music and walks")
    full(NG, "byline", new, r"By Ada Brook \(@\w+\)")
    full(GU, "ahewal", new, r"Ada Brook \| (રાજકોટ|જામનગર|ભાવનગર|જૂનાગઢ|મોરબી|પોરબંદર)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + DATELINES}
    for day in every_day():
        for key in DAILY + DATELINES:
            seen[key].add(on(*key, day))
        assert on(MR, "dinank", day).startswith("प्रकाशित") == (day < MR_REDESIGN)
        assert on(TE, "tedi", day).startswith("ప్రచురణ") == (day < TE_REDESIGN)
        assert on(KO, "dated", day).startswith("Posted:") == (day < KO_REDESIGN)
        assert on(KA, "dinanka", day).startswith("ಪ್ರಕಟವಾದ") == (day < KA_REDESIGN)
        assert ("കൊല്ലവർഷം" in on(ML, "theeyathi", day)) == (day >= ML_REDESIGN)
        assert ("વિ.સં." in on(GU, "tarikh", day)) == (day >= GU_REDESIGN)
        assert on(PA, "tarikh", day).startswith("ਅੱਪਡੇਟ") == (day >= PA_REDESIGN)
        assert on(OR, "tarikha", day).startswith("ପ୍ରକାଶିତ") == (day < OR_REDESIGN)
        assert on(NG, "dated", day).startswith("Nagpur |") == (day < NG_REDESIGN)
        assert bool(re.search("[০-৯]", on(AS, "tarikh", day))) == (day >= AS_REDESIGN)
        assert on(KC, "dated", day).startswith("Posted on") == (day < KC_REDESIGN)
        assert on(SU, "dated", day).startswith("Surat,") == (day < SU_REDESIGN)
        assert bool(re.search("[०-९]", on(MR, "dateline", day))) == (day >= MR_REDESIGN)
        if day >= ML_REDESIGN:
            assert on(ML, "theeyathi", day).endswith(str(kollam_era(day)))
        if day >= GU_REDESIGN:
            assert on(GU, "tarikh", day).endswith(str(vikram_samvat(day)))
    for key in DAILY:
        assert len(seen[key]) == len(every_day()), key
    for key in DATELINES:
        assert len(seen[key]) >= 62 and len(changes(*key)) == len(every_day()) - 1, key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    years = counts_in(GU, "tarikh", r"વિ\.સં\. (\d{4})")
    assert years == {"2075", "2076", "2077"}
    assert counts_in(ML, "theeyathi", r"കൊല്ലവർഷം (\d{4})") == {"1195", "1196"}


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((MR, "havaman"), (TE, "darshanam"), (PA, "hukamnama"),
                           (NG, "weather"), (NG, "folio"), (ML, "lottery")):
        assert len(changes(domain, family)) >= 1000, (domain, family)
    for domain, family, weekday in ((MR, "puravani", 6), (KO, "weekend", 4),
                                    (KA, "puravani", 6), (ML, "varanthyam", 5),
                                    (GU, "rashifal", 6), (KC, "issue", 3), (SU, "weekend", 4)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    turned = changes(OR, "patrika")
    assert len(turned) == 71 and all(day.day == 1 for day in turned)
    fuel = changes(KO, "fuel")
    assert all(day.day in (1, 16) for day in fuel if day < KO_DAILY_FUEL)
    assert 50 <= sum(day < KO_DAILY_FUEL for day in fuel) <= 60
    assert not any(FUEL_FROZEN[0] <= day < FUEL_FROZEN[1] for day in fuel)
    assert sum(day >= KO_DAILY_FUEL for day in fuel) >= 1000
    river = changes(AS, "jalastar")
    assert all(6 <= day.month <= 9 or day.day == 1 for day in river) and len(river) >= 600
    for day in every_day():
        assert f"No. {issue(day)[1]} " in on(NG, "folio", day) if issue(day) else (
            "No print edition" in on(NG, "folio", day))
        draw = lottery_draw(day)
        if draw:
            assert f"{draw[1]}-{draw[2]} " in on(ML, "lottery", day)
        hours = darshan_hours(day)
        if hours:
            assert f"{hours} గంటల" in on(TE, "darshanam", day)
        assert f"ਅੰਗ {hukamnama_ang(day)}" in on(PA, "hukamnama", day)
        assert f"petrol ₹{fuel_prices(day)[0]:.2f}," in on(KO, "fuel", day)
        assert f"अंक {supplement_mr(day)}" in on(MR, "puravani", day)
        rain = pune_rain(day)
        if rain is not None:
            assert f"{rain} मिमी" in on(MR, "havaman", day)
    countdown = {ascii_digits(m, ODIA) for m in counts_in(OR, "rathajatra", r"ଆଉ (\S+) ଦିନ")}
    assert countdown == {str(n) for n in range(1, 46)}
    for y, day in RATH_YATRA.items():
        assert "ଆଜି ରଥଯାତ୍ରା" in on(OR, "rathajatra", iso(day)), y
        assert "ବାହୁଡ଼ା" in on(OR, "rathajatra", iso(day) + 9 * one), y
    assert "ଭକ୍ତଙ୍କ ବିନା" in on(OR, "rathajatra", iso(RATH_YATRA[2020]))
    assert "నిలిపివేశారు" in on(TE, "darshanam", d(2020, 5, 1))
    assert "നിർത്തിവച്ചു" in on(ML, "lottery", LOTTERY_STOP[0])
    assert "No print edition" in on(NG, "folio", d(2018, 8, 16))
    volumes = counts_in(NG, "folio", r"Vol\. (\d+) ")
    assert volumes == {str(n) for n in range(9, 16)}
    assert counts_in(NG, "folio", r"· ₹(\d)$") == {"3", "4", "5", "6"}


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "ಮುಂಗಾರು" in on(KA, "kala", d(y, 7, 1))
        assert "ચોમાસું" in on(GU, "rutu", d(y, 8, 1)) and "શિયાળો" in on(GU, "rutu",
                                                                           d(y, 1, 10))
        assert "Orange season" in on(NG, "season", d(y, 12, 10))
        assert "Heat advisory" in on(NG, "season", d(y, 5, 1))
        assert "বানপানীৰ" in on(AS, "ritu", d(y, 7, 10))
        assert "fishing ban" in on(KC, "coast", d(y, 6, 15))
        assert "Kambala" in on(KC, "coast", d(y, 1, 10))
    for domain, family in SEASONAL:
        assert len(changes(domain, family)) >= 17, (domain, family)


def test_notices_follow_the_regions_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    # Pavna Prahar: votes, demonetisation, the lockdown, Gudi Padwa, Ganeshotsav, the wari
    assert "महापालिका" in on(MR, "suchana", d(2017, 2, 21))
    assert "लोकसभा निवडणूक" in on(MR, "suchana", d(2019, 4, 23))
    assert "लोकसभा निकाल" in on(MR, "suchana", d(2019, 5, 23))
    assert "विधानसभा" in on(MR, "suchana", d(2019, 10, 20))
    assert "नोटाबंदी" in on(MR, "suchana", d(2016, 12, 1))
    assert "लॉकडाउन" in on(MR, "suchana", iso(GUDI_PADWA[2020]))
    for y in range(2015, 2020):
        assert "गुढीपाडव्याच्या" in on(MR, "suchana", iso(GUDI_PADWA[y])), y
        assert f"गणेशोत्सव {y}" in on(MR, "suchana", iso(GANESH_CHATURTHI[y]) + one), y
    assert "साधेपणाने" in on(MR, "suchana", iso(GANESH_CHATURTHI[2020]))
    assert all("आषाढी वारी" in on(MR, "suchana", iso(day)) for day in ASHADHI_EKADASHI.values())
    assert counts_in(MR, "suchana", r"(\d+) व्या महाराष्ट्र") == {str(n) for n in range(55, 60)}
    # Godavari Galam: the Pushkaralu, six votes, Sankranti, Ugadi, Telangana's day, Dasara
    assert "గోదావరి పుష్కరాలు" in on(TE, "prakatana", d(2015, 7, 20))
    assert "కృష్ణా పుష్కరాలు" in on(TE, "prakatana", d(2016, 8, 15))
    for day, word in (("2016-02-02", "జీహెచ్ఎంసీ"), ("2017-08-23", "నంద్యాల"),
                      ("2018-12-07", "తెలంగాణ అసెంబ్లీ"), ("2019-04-11", "ఏపీ అసెంబ్లీ"),
                      ("2019-05-23", "ఫలితాలు 2019"), ("2020-12-01", "జీహెచ్ఎంసీ ఎన్నికలు 2020")):
        assert word in on(TE, "prakatana", iso(day)), day
    assert counts_in(TE, "prakatana", r"కనుమ శుభాకాంక్షలు: (\d{4})") == {
        str(y) for y in range(2015, 2021)}
    assert all("ఉగాది" in on(TE, "prakatana", iso(GUDI_PADWA[y])) for y in range(2015, 2020))
    assert counts_in(TE, "prakatana", r"ఏర్పడి (\d+) ఏళ్లు") == {str(n) for n in range(1, 7)}
    assert all("విజయదశమి" in on(TE, "prakatana", iso(day)) for day in VIJAYADASHAMI.values())
    # CityLine Kochi: votes, the metro, floods, Nipah, Maradu, three Biennales, the feasts
    assert "Assembly polls" in on(KO, "notice", d(2016, 5, 15))
    assert "Local body polls" in on(KO, "notice", d(2020, 12, 10))
    assert "Kochi Metro opens" in on(KO, "notice", d(2017, 6, 18))
    assert "Kerala floods" in on(KO, "notice", d(2018, 8, 20))
    assert "Nipah" in on(KO, "notice", d(2019, 6, 10))
    assert "Maradu" in on(KO, "notice", d(2020, 1, 11))
    assert "Lockdown" in on(KO, "notice", d(2020, 4, 14))
    assert counts_in(KO, "notice", r"Biennale (\d{4})–") == {"2016", "2018"} | {"2014"}
    assert all("Happy Onam" in on(KO, "notice", iso(day)) for day in THIRUVONAM.values()
               if day[:4] != "2018")
    assert counts_in(KO, "notice", r"Cochin Carnival (\d{4})") == {
        str(y) for y in range(2015, 2021)}
    assert all("Merry Christmas" in on(KO, "notice", d(y, 12, 25)) for y in range(2015, 2021))
    # Karunada Dani: votes, floods, the lockdown, Ugadi, Dasara, Rajyotsava
    assert "ವಿಧಾನಸಭೆ ಚುನಾವಣೆ:" in on(KA, "prakatane", d(2018, 5, 12))
    assert "ಫಲಿತಾಂಶ" in on(KA, "prakatane", d(2018, 5, 16))
    assert "ಲೋಕಸಭೆ" in on(KA, "prakatane", d(2019, 4, 22))
    assert "ಉಪಚುನಾವಣೆ" in on(KA, "prakatane", d(2019, 12, 7))
    assert "ಪ್ರವಾಹ" in on(KA, "prakatane", d(2019, 8, 10))
    assert counts_in(KA, "prakatane", r"ಮೈಸೂರು ದಸರಾ (\d{4})") == {
        str(y) for y in range(2015, 2020)}
    assert "ಸರಳ" in on(KA, "prakatane", iso(VIJAYADASHAMI[2020]))
    assert counts_in(KA, "prakatane", r"(\d+)ನೇ ಕನ್ನಡ") == {str(n) for n in range(59, 65)}
    # Nila Varttha: votes, Nipah, floods, the lockdown, Pooram, Onam, Vishu, Kerala Piravi
    assert "തദ്ദേശ" in on(ML, "ariyippu", d(2015, 11, 5))
    assert "നിയമസഭാ" in on(ML, "ariyippu", d(2016, 5, 16))
    assert "ലോക്സഭാ" in on(ML, "ariyippu", d(2019, 4, 23))
    assert "നിപ" in on(ML, "ariyippu", d(2018, 6, 1))
    assert "പ്രളയം" in on(ML, "ariyippu", d(2018, 8, 16))
    assert "പ്രളയബാധിതർക്കൊപ്പം" in on(ML, "ariyippu", iso(THIRUVONAM[2018]))
    assert counts_in(ML, "ariyippu", r"തൃശൂർ പൂരം (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert "ചടങ്ങുകൾ മാത്രമായി" in on(ML, "ariyippu", iso(POORAM[2020]))
    assert "വിഷു" in on(ML, "ariyippu", d(2020, 4, 14))
    assert counts_in(ML, "ariyippu", r"ഐക്യകേരളത്തിന് (\d+)") == {
        str(n) for n in range(59, 65)}
    # Saurashtra Savar: votes, Vayu, the lockdown, Uttarayan, the fair, Navratri, new year
    assert "મહાનગરપાલિકા" in on(GU, "jaherat", d(2015, 11, 22))
    assert "પહેલા તબક્કાનું" in on(GU, "jaherat", d(2017, 12, 9))
    assert "પરિણામો" in on(GU, "jaherat", d(2017, 12, 18))
    assert "26 બેઠક" in on(GU, "jaherat", d(2019, 4, 23))
    assert "વાયુ" in on(GU, "jaherat", d(2019, 6, 13))
    assert all("ઉત્તરાયણ" in on(GU, "jaherat", d(y, 1, 14)) for y in range(2015, 2021))
    assert counts_in(GU, "jaherat", r"ગુજરાતને (\d+) વર્ષ") == {str(n) for n in range(55, 60)}
    assert counts_in(GU, "jaherat", r"લોકમેળો (\d{4})") == {str(y) for y in range(2015, 2020)}
    assert "રદ" in on(GU, "jaherat", d(2020, 8, 12))
    assert counts_in(GU, "jaherat", r"નવરાત્રિ (\d{4})") == {str(y) for y in range(2015, 2021)}
    for y in range(2015, 2021):
        assert f"સંવત {y + 57}" in on(GU, "jaherat", iso(BESTU_VARAS[y])), y
        assert "નવરાત્રિ" in on(GU, "jaherat", iso(NAVRATRI[y]) + 8 * one), y
    # Doaba di Awaaz: votes, Kartarpur, the curfew, the protest, the feasts
    assert "ਵਿਧਾਨ ਸਭਾ ਚੋਣਾਂ" in on(PA, "soochna", d(2017, 2, 3))
    assert "ਨਤੀਜੇ" in on(PA, "soochna", d(2017, 3, 11))
    assert "13 ਸੀਟਾਂ" in on(PA, "soochna", d(2019, 5, 19))
    assert "ਕਰਤਾਰਪੁਰ" in on(PA, "soochna", d(2019, 11, 9))
    assert "ਕਰਫ਼ਿਊ" in on(PA, "soochna", d(2020, 4, 1))
    assert "ਵਿਸਾਖੀ" in on(PA, "soochna", iso(VAISAKHI[2020]))
    assert "ਕਿਸਾਨ ਅੰਦੋਲਨ" in on(PA, "soochna", d(2020, 12, 15))
    assert "ਪ੍ਰਕਾਸ਼ ਪੁਰਬ" in on(PA, "soochna", iso(GURPURAB[2020]))
    assert "550ਵੇਂ" in on(PA, "soochna", iso(GURPURAB[2019]))
    assert all("ਲੋਹੜੀ" in on(PA, "soochna", d(y, 1, 13)) for y in range(2015, 2021))
    assert all("ਬੰਦੀ ਛੋੜ" in on(PA, "soochna", iso(day)) for day in DIWALI.values())
    # Rushikulya Khabar: cyclones, the hockey World Cup, 2019, the lockdown, the feasts
    assert "ତିତ୍ଲି" in on(OR, "bigyapti", d(2018, 10, 12))
    assert "ହକି" in on(OR, "bigyapti", d(2018, 12, 1))
    assert "ଭୋଟ" in on(OR, "bigyapti", d(2019, 4, 11))
    assert "ଫନି" in on(OR, "bigyapti", d(2019, 5, 5))
    assert "ଫଳାଫଳ" in on(OR, "bigyapti", d(2019, 5, 23))
    assert "ଆମ୍ଫାନ" in on(OR, "bigyapti", d(2020, 5, 20))
    assert "ଲକଡାଉନ" in on(OR, "bigyapti", d(2020, 5, 22))
    utkal = {ascii_digits(m, ODIA) for m in counts_in(OR, "bigyapti", r"(\S+)ତମ ଉତ୍କଳ")}
    assert utkal == {str(n) for n in range(79, 84)}  # 2020's in the lockdown
    assert all("ରଜ" in on(OR, "bigyapti", d(y, 6, 15)) for y in range(2015, 2021))
    assert all("ଦୁର୍ଗାପୂଜା" in on(OR, "bigyapti", iso(day)) for day in VIJAYADASHAMI.values())
    # Orange City Express: votes, demonetisation, the metro, sessions, the lockdown, feasts
    assert "NMC polls" in on(NG, "notice", d(2017, 2, 20))
    assert "Ramtek" in on(NG, "notice", d(2019, 4, 10))
    assert "12 seats" in on(NG, "notice", d(2019, 10, 21))
    assert "Demonetisation" in on(NG, "notice", d(2016, 12, 10))
    assert "Nagpur Metro" in on(NG, "notice", d(2019, 3, 8))
    assert counts_in(NG, "notice", r"Legislature session (\d{4})") == {
        "2015", "2017", "2018", "2019"}  # 2016's behind demonetisation
    assert "Legislature session 2018" in on(NG, "notice", d(2018, 7, 10))
    assert counts_in(NG, "notice", r"Pravartan Din (\d{4})") == {
        str(y) for y in range(2015, 2021)}
    # Luitporiya Batori: votes, Bogibeel, the NRC, the curfew, the lockdown, Baghjan, Bihu
    assert "বিধানসভা নিৰ্বাচন:" in on(AS, "jananee", d(2016, 4, 4))
    assert "ফলাফল" in on(AS, "jananee", d(2016, 5, 19))
    assert "লোকসভা" in on(AS, "jananee", d(2019, 4, 11))
    assert "বগীবিল" in on(AS, "jananee", d(2018, 12, 25))
    assert "এনআৰচি" in on(AS, "jananee", d(2019, 8, 31))
    assert "কাৰ্ফিউ" in on(AS, "jananee", d(2019, 12, 15))
    assert "লকডাউন" in on(AS, "jananee", d(2020, 5, 1))
    assert "বাঘজান" in on(AS, "jananee", d(2020, 6, 9))
    assert "ঘৰতে বিহু" in on(AS, "jananee", d(2020, 4, 14))
    assert all("ৰঙালী" in on(AS, "jananee", d(y, 4, 15)) for y in range(2015, 2021))
    assert all("ভোগালী" in on(AS, "jananee", d(y, 1, 14)) for y in range(2015, 2021))
    assert all("কাতি" in on(AS, "jananee", d(y, 10, 17)) for y in range(2015, 2021))
    # Karavali Compass: votes, the curfew, the lockdown, Dasara, Janmashtami, Monti, Christmas
    assert "Assembly polls" in on(KC, "notice", d(2018, 5, 12))
    assert "Udupi-Chikkamagaluru" in on(KC, "notice", d(2019, 4, 18))
    assert "Curfew" in on(KC, "notice", d(2019, 12, 20))
    assert "online only" in on(KC, "notice", d(2020, 4, 1))
    assert counts_in(KC, "notice", r"Mangaluru Dasara (\d{4})") == {
        str(y) for y in range(2015, 2020)}
    assert "without the procession" in on(KC, "notice", iso(VIJAYADASHAMI[2020]))
    assert all("Monti Fest" in on(KC, "notice", d(y, 9, 8)) for y in range(2015, 2021))
    assert all("kuswar" in on(KC, "notice", d(y, 12, 24)) for y in range(2015, 2021))
    # Surat City Pulse: votes, the fire, the lockdown, Uttarayan, Chandi Padvo, Navratri
    assert "16 seats" in on(SU, "notice", d(2017, 12, 9))
    assert "Navsari" in on(SU, "notice", d(2019, 4, 23))
    assert "Takshashila" in on(SU, "notice", d(2019, 5, 26))
    assert all("Uttarayan" in on(SU, "notice", d(y, 1, 14)) for y in range(2015, 2021))
    assert counts_in(SU, "notice", r"Navratri (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert len({day for day in every_day() if "Chandi Padvo" in on(SU, "notice", day)}) == 6
    assert all("Chandi Padvo" in on(SU, "notice", iso(day)) for day in CHANDI_PADVO.values())


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (MR, "suchana", d(2017, 8, 15), "फेसबुक", "ॲप"),
        (MR, "epaper", d(2018, 4, 1), "₹ 499", "₹ 599"),
        (MR, "epaper", d(2020, 6, 1), "वार्षिक", "दरमहा"),
        (TE, "prakatana", d(2017, 4, 1), "ఫేస్‌బుక్", "యూట్యూబ్"),
        (TE, "chanda", d(2019, 4, 1), "₹ 49", "₹ 69"),
        (KO, "byline", KO_REDESIGN, "By {author}", "| CityLine Kochi"),
        (KO, "notice", d(2018, 10, 1), "Facebook", "WhatsApp"),
        (KO, "subscribe", d(2019, 1, 1), "₹199", "₹229"),
        (KO, "subscribe", d(2020, 7, 1), "print edition", "Digital access"),
        (KA, "varadi", KA_REDESIGN, "ವರದಿ:", "ವಾರ್ತೆ"),
        (KA, "prakatane", d(2019, 6, 1), "ಫೇಸ್‌ಬುಕ್", "ಆ್ಯಪ್"),
        (KA, "chanda", d(2019, 1, 1), "₹ 365", "₹ 499"),
        (ML, "lekhakan", ML_REDESIGN, "{author}", "{sthalam}"),
        (ML, "ariyippu", d(2018, 1, 1), "ഫേസ്ബുക്കിലും", "ആപ്പ്"),
        (ML, "varisamkhya", d(2019, 1, 1), "₹ 60", "₹ 75"),
        (ML, "varisamkhya", d(2020, 9, 1), "₹ 75", "₹ 99"),
        (GU, "ahewal", GU_REDESIGN, "અહેવાલ:", "{shaher}"),
        (GU, "jaherat", d(2017, 1, 26), "ફેસબુક", "એપ"),
        (GU, "lavajam", d(2019, 4, 1), "₹ 300", "₹ 360"),
        (PA, "soochna", d(2018, 5, 1), "ਫੇਸਬੁੱਕ", "ਐਪ"),
        (PA, "chanda", d(2019, 4, 13), "₹ 250", "₹ 300"),
        (OR, "pratinidhi", OR_REDESIGN, "(ନି.ପ୍ର.)", "{author}"),
        (OR, "bigyapti", d(2018, 6, 1), "ଫେସବୁକ", "ଆପ"),
        (OR, "deya", d(2019, 4, 1), "₹ 30", "₹ 40"),
        (NG, "byline", NG_REDESIGN, "| Nagpur", "{author_handle}"),
        (NG, "notice", d(2019, 7, 1), "Facebook", "Morning Brief"),
        (NG, "delivery", d(2018, 7, 1), "₹90", "₹120"),
        (NG, "delivery", d(2020, 4, 15), "₹120", "e-paper"),
        (AS, "pratinidhi", AS_REDESIGN, "{author}", "নিজা সংবাদদাতা"),
        (AS, "jananee", d(2020, 2, 1), "ফেচবুক", "এপ"),
        (AS, "sahay", d(2018, 1, 1), "শ্বেয়াৰ", "₹ 50"),
        (AS, "sahay", d(2020, 4, 1), "₹ 50", "₹ 100"),
        (KC, "byline", KC_REDESIGN, "By {author}", ", Karavali Compass"),
        (KC, "notice", d(2018, 6, 1), "WhatsApp", "Instagram"),
        (KC, "subscription", d(2018, 1, 1), "₹300", "₹350"),
        (KC, "subscription", d(2020, 6, 1), "₹350", "₹400"),
        (SU, "byline", SU_REDESIGN, "{author}", "| SCP"),
        (SU, "notice", d(2019, 3, 1), "Instagram", "WhatsApp"),
        (SU, "insider", d(2019, 8, 1), "newsletter", "₹49"),
        (SU, "insider", d(2020, 8, 1), "₹49", "₹59")))
    assert_groups_reworded(SET, (
        (MR, "dinank", "प्रकाशित", "वार"),
        (MR, "dateline", "(प्रतिनिधी)", "वृत्तसेवा"),
        (TE, "tedi", "ప్రచురణ", "వారం"),
        (KO, "dated", "Posted:", "IST"),
        (KO, "byline", "By ", "| CityLine Kochi"),
        (KA, "dinanka", "ಪ್ರಕಟವಾದ", "ವಾರ"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (MR, "dinank", r"[\u0900-\u097f]"), (MR, "suchana", r"[\u0900-\u097f]"),
        (TE, "tedi", r"[\u0c00-\u0c7f]"), (TE, "prakatana", r"[\u0c00-\u0c7f]"),
        (KA, "dinanka", r"[\u0c80-\u0cff]"), (KA, "hakku", r"[\u0c80-\u0cff]"),
        (ML, "theeyathi", r"[\u0d00-\u0d7f]"), (ML, "ariyippu", r"[\u0d00-\u0d7f]"),
        (GU, "tarikh", r"[\u0a80-\u0aff]"), (GU, "jaherat", r"[\u0a80-\u0aff]"),
        (PA, "tarikh", r"[\u0a00-\u0a7f]"), (PA, "soochna", r"[\u0a00-\u0a7f]"),
        (OR, "tarikha", r"[\u0b00-\u0b7f]"), (OR, "bigyapti", r"[\u0b00-\u0b7f]"),
        (AS, "tarikh", r"[\u0980-\u09ff]"), (AS, "jananee", r"[ৰৱ]")))
    assert any(re.search("[०-९]", t) for t in group_lines(SET, MR, "dinank"))
    assert any(re.search("[୦-୯]", t) for t in group_lines(SET, OR, "tarikha"))
    assert any(re.search("[০-৯]", t) for t in group_lines(SET, AS, "tarikh"))
    assert any(re.search("[੦-੯]", t) for t in group_lines(SET, PA, "tarikh"))
    assert any(re.search(r"\d", ascii_digits(t, DEVANAGARI)) for t in group_lines(SET, MR,
                                                                                   "dinank"))
    assert all(" | All Rights Reserved" in norm(t) or "Reserved" in t
               for t in group_lines(SET, TE, "hakkulu"))
    english = r"\b(?:January|February|March|April|May|June|July|August|September|October|" \
              r"November|December)\b"
    assert all(re.search(english, t) or t.startswith("Posted:")
               for t in group_lines(SET, KO, "dated"))
    assert any(re.search(english, t) for t in group_lines(SET, KO, "dated"))
    assert any(re.search(r"\d", ascii_digits(t, GURMUKHI)) for t in group_lines(SET, PA,
                                                                                 "tarikh"))
    assert any(re.search(r"\d", ascii_digits(t, ASSAMESE)) for t in group_lines(SET, AS,
                                                                                 "tarikh"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{MR}/dinank", f"{MR}/dateline", f"{MR}/hehi-vacha", f"{MR}/vibhag",
                         f"{MR}/havaman", f"{MR}/hakka", f"{TE}/tedi", f"{TE}/dateline",
                         f"{TE}/idi-chadavandi", f"{KO}/dated", f"{KO}/also-read",
                         f"{KA}/dinanka"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{MR}/punarvapar", f"{MR}/jahirat", f"{TE}/anumati", f"{KO}/reproduction",
        f"{KO}/newsroom", f"{KO}/fair-use", f"{KA}/vilasa", f"{ML}/niyamam"))
    assert_carried_share(docs, MR, [
        ("dinank", 0.7, 0.97), ("hakka", 0.25, 0.55), ("hehi-vacha", 0.4, 0.75),
        ("durusti", 0.0, 0.1), ("suchana", 0.15, 0.5), ("dateline", 0.3, 0.6)])
    assert_carried_share(docs, TE, [("tedi", 0.65, 0.95), ("live", 0.0, 0.15)])
    for fam in (f"{MR}/hehi-vacha", f"{TE}/idi-chadavandi"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{MR}/chhaya", f"{TE}/photo"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((MR, "chhaya"), (TE, "photo"), (KO, "photo"), (KA, "chitra"),
                               (ML, "chithram"), (GU, "tasveer"), (PA, "tasveer"),
                               (OR, "photo"), (NG, "pic"), (AS, "aru-porhok"), (AS, "photo"),
                               (KC, "also-see"), (KC, "photo"), (SU, "related")))
    towns = {m[1] for t in group_lines(SET, TE, "dateline")
             if (m := re.fullmatch(r"(.+), \S+ \d+ \(.+", norm(t)))}
    assert towns and towns <= pool(SET, TE, "uru")


def test_amounts_in_appeals_and_prices() -> None:
    assert "₹ 1" in on(MR, "epaper", d(2020, 7, 1))
    assert "₹ 699" in on(TE, "chanda", d(2020, 1, 1))
    assert "₹99" in on(KO, "subscribe", d(2020, 8, 1))
    assert "₹ 999" in on(ML, "varisamkhya", d(2020, 10, 1))
    assert "₹ 360" in on(GU, "lavajam", d(2020, 1, 1))
    assert "₹ 300" in on(PA, "chanda", d(2020, 1, 1))
    assert "₹ 40" in on(OR, "deya", d(2020, 1, 1))
    assert "₹ 100" in on(AS, "sahay", d(2020, 6, 1))
    assert "₹400" in on(KC, "subscription", d(2020, 7, 1))
    assert "₹59" in on(SU, "insider", d(2020, 9, 1))
    prices = {m[1] for t in group_lines(SET, NG, "folio") if (m := re.search(r"₹(\d)$", t))}
    assert prices and prices <= {"3", "4", "5", "6"}
    fuel = [float(m[1]) for t in group_lines(SET, KO, "fuel")
            if (m := re.search(r"petrol ₹(\d+\.\d\d)", norm(t)))]
    assert fuel and min(fuel) < 72 < 78 < max(fuel)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (MR, "durusti"), (TE, "savarana"), (TE, "live", 14), (KO, "correction"),
        (KO, "cross-post", 12), (KA, "tiddupadi"), (ML, "thiruthu"), (GU, "sudharo"),
        (PA, "sodh"), (OR, "sansodhan"), (NG, "correction"), (NG, "translated", 5),
        (AS, "sansodhan"), (KC, "correction"), (SU, "correction"), (SU, "translated", 5)))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{MR}/hehi-vacha", "हेही वाचा : "), (f"{TE}/idi-chadavandi", "ఇదీ చదవండి: "),
        (f"{KO}/also-read", "ALSO READ | "), (f"{KA}/idannu-odi", "ಇದನ್ನೂ ಓದಿ: "),
        (f"{ML}/ithukoodi", "ഇതുകൂടി വായിക്കൂ: "), (f"{GU}/aa-pan", "આ પણ વાંચો: "),
        (f"{PA}/eh-vi", "ਇਹ ਵੀ ਪੜ੍ਹੋ: ")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (MR, "punarvapar", "या संकेतस्थळावरील मजकूर व छायाचित्रे पूर्वपरवानगीशिवाय वापरू नयेत."),
        (MR, "jahirat", "जाहिरातींसाठी संपर्क : 020-0000 0000"),
        (TE, "anumati", "ఈ వెబ్‌సైట్‌లోని వార్తలు, ఫొటోలను అనుమతి లేకుండా వాడటం నిషిద్ధం."),
        (KO, "reproduction", "Reproduction in whole or in part without written permission is "
                             "prohibited."),
        (KO, "fair-use", "Fair use: you may quote up to 100 words with a link to this page."),
        (ML, "niyamam", "ഈ വെബ്സൈറ്റിലെ ഉള്ളടക്കം അനുമതിയില്ലാതെ "
                        "പുനഃപ്രസിദ്ധീകരിക്കുന്നത് നിയമവിരുദ്ധമാണ്."),
        (NG, "jurisdiction", "All disputes are subject to the jurisdiction of courts in Nagpur "
                             "only.")))
    assert_group_values_from_pool(SET, (
        (MR, "vibhag", "vibhag"), (TE, "vibhagam", "vibhagam"), (KO, "kicker", "kicker"),
        (KA, "vibhaga", "vibhaga"), (ML, "vibhagam", "vibhagam"), (GU, "vibhag", "vibhag"),
        (PA, "bhag", "bhag"), (OR, "bibhaga", "bibhaga"), (NG, "kicker", "kicker"),
        (AS, "bibhag", "bibhag"), (KC, "kicker", "kicker")))
    for style, family, pattern, pool_name in (
            (MR, "chhaya", r"^\(छायाचित्र : (.+)\)$", "chhaya"),
            (MR, "sanstha", r"^वृत्तसंस्था : (.+)$", "sanstha"),
            (TE, "moolam", r"^మూలం: (.+)$", "moolam"),
            (KO, "photo", r"^Photo: (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (MR, "punarvapar", "या संकेतस्थळावरील मजकूर व छायाचित्रे पूर्वपरवानगीशिवाय वापरू नयेत."),
        (MR, "jahirat", "जाहिरातींसाठी संपर्क : 020-0000 0000"),
        (TE, "anumati", "ఈ వెబ్‌సైట్‌లోని వార్తలు, ఫొటోలను అనుమతి లేకుండా వాడటం నిషిద్ధం."),
        (KO, "reproduction", "Reproduction in whole or in part without written permission is "
                             "prohibited.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        MR: (["jahirat", "punarvapar", "hakka"], 3),
        TE: (["anumati", "hakkulu"], 2),
        KO: (["fair-use", "newsroom", "reproduction", "copyright"], 3),
        KA: (["vilasa", "hakku"], 2),
        ML: (["abhiprayam", "niyamam", "avakasham"], 2),
        GU: (["sarnamu", "hakk"], 2),
        PA: (["adalat", "haq"], 2),
        OR: (["thikana", "rni", "sattva"], 2),
        NG: (["imprint", "jurisdiction", "copyright"], 2),
        AS: (["bigyapan", "swattwa"], 2),
        KC: (["views", "letters", "copyright"], 2),
        SU: (["advertise", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert MR in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
