"""The held-back-56 template set (`tests.bench.heldout_templates_56`): its localised dates
(printed day by day, some in a script's own digits, one beside two other calendars, some
changing form on the day of a redesign), the notices it rewords by date, the calendars and
seasons some notices follow (anniversaries with their counts, days on a weekday of a month,
movable feasts, votes, storms and epidemics), the per-day shopping rota, the exchange rates
it prints, the lines in several languages and scripts, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_56 import (
    ADLAM_ZERO,
    ARABIC_INDIC_ZERO,
    COPTIC_MONTHS,
    EG_FLOAT,
    EG_REDESIGN,
    EGYPTIAN_MONTHS,
    FIRST_DAY,
    FRENCH_MONTHS,
    GN_REDESIGN,
    HIJRI_MONTHS,
    HINDI_MONTHS,
    KY_ROTA,
    LAST_DAY,
    MAGHREB_MONTHS,
    OL_CHIKI_ZERO,
    PULAR_WEEKDAYS,
    SE_ISO,
    SPANISH_MONTHS,
    SWEDISH_MONTHS,
    UY_REDESIGN,
    adlam,
    coptic,
    decoration_day,
    digits,
    easter,
    hijri,
    ky_rota,
    liberian_thanksgiving,
    nth_weekday,
    olchiki,
    ordinal,
    orthodox_easter,
    peat_cutting_monday,
)
from tests.heldout_checks import (
    ascii_digits,
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_script,
    assert_groups_in_scripts,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_look_ups_agree,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_reworded_on,
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
    wording_on,
)

SET = "held-back-56"
SITES = ("بوابة الإسكندرية", "La Frontera Norte", "Fouta Express", "Grain Coast Observer",
         "North Sound Journal", "Chari Matin", "Johar Khobor", "Rock Islands Reporter",
         "Upper Rock Post", "La Gazette de Fontvieille", "Shlomo Södertälje",
         "Stanley Windward")
EG, UY, GN, LR = ("bawabetaliskandaria.com", "lafronteranorte.com.uy", "foutaexpress.gn",
                  "graincoastobserver.com.lr")
KY, TD, JH, PW = ("northsoundjournal.ky", "charimatin.td", "joharkhobor.in",
                  "rockislandsreporter.pw")
GI, MC, SE, FK = ("upperrockpost.gi", "gazettedefontvieille.mc", "shlomosodertalje.se",
                  "stanleywindward.fk")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((EG, "tarikh"), (UY, "fecha"), (GN, "date"), (GN, "adlam-date"), (TD, "date"),
         (JH, "tarikh"), (SE, "datum"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((EG, "tabiouna"), (UY, "aviso"), (GN, "alerte"), (LR, "notice"), (KY, "banner"),
           (TD, "alerte"), (JH, "soochna"), (PW, "notice"), (GI, "notice"), (MC, "agenda"),
           (SE, "kalender"), (FK, "notice"))

# A day no notice of the set turns for an event on.
QUIET = d(2016, 2, 17)

ADLAM = r"[\U0001e900-\U0001e95f]"
OL_CHIKI = r"[\u1c50-\u1c7f]"
ARABIC = r"[\u0600-\u06ff]"
DEVANAGARI = r"[\u0900-\u097f]"
SYRIAC = r"[\u0700-\u074f]"
LATIN = r"[A-Za-z]"


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 4, 19), d(2020, 4, 20), LAST_DAY))


def test_calendar_conversions() -> None:
    # The Coptic new year falls on 11 September, on the 12th before a Gregorian leap year.
    assert coptic(d(2019, 9, 11)) == (1735, 13, 6)
    assert coptic(d(2019, 9, 12)) == (1736, 1, 1)
    assert coptic(d(2020, 9, 11)) == (1737, 1, 1)
    assert coptic(d(2019, 1, 7)) == (1735, 4, 29)  # Coptic Christmas, 29 Kiahk
    assert COPTIC_MONTHS[3] == "كيهك" and len(COPTIC_MONTHS) == 13
    # The tabular Hijri calendar: the first of Ramadan within a day of the sighted one.
    for start in ("2015-06-18", "2016-06-06", "2019-05-06", "2020-04-24"):
        y, m, day_ = hijri(dt.date.fromisoformat(start))
        assert m in (8, 9) and (m == 9 and day_ <= 2 or m == 8 and day_ >= 29), start
    months = [hijri(day)[1] for day in every_day()]
    assert set(months) == set(range(1, 13))
    assert all(b in (a, a % 12 + 1) for a, b in zip(months, months[1:], strict=False))
    assert hijri(d(2020, 8, 20))[:2] == (1442, 1)
    # Script digits.
    assert digits(2019, ARABIC_INDIC_ZERO) == "٢٠١٩"
    assert digits(5, OL_CHIKI_ZERO, 2) == "᱐᱕"
    assert ascii_digits(digits(2019, ADLAM_ZERO), "".join(
        chr(ord(ADLAM_ZERO) + k) for k in range(10))) == "2019"
    # The transliterations.
    assert olchiki("johar") == "ᱡᱚᱦᱟᱨ"
    assert adlam("a jaaraama").startswith("\U0001e900 \U0001e936\U0001e922\U0001e944")
    assert all(re.fullmatch(f"(?:{ADLAM}| )+", adlam(w)) for w in ("a jaaraama", "juulde"))


def test_calendar_helpers() -> None:
    assert [easter(y) for y in (2016, 2019, 2020)] == [d(2016, 3, 27), d(2019, 4, 21),
                                                       d(2020, 4, 12)]
    assert [orthodox_easter(y) for y in (2015, 2018, 2019, 2020)] == [
        d(2015, 4, 12), d(2018, 4, 8), d(2019, 4, 28), d(2020, 4, 19)]
    assert decoration_day(2019) == d(2019, 3, 13) and nth_weekday(2019, 3, 2, 2).weekday() == 2
    assert liberian_thanksgiving(2018) == d(2018, 11, 1)
    assert peat_cutting_monday(2020) == d(2020, 10, 5)
    assert [ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 26, 172)] == [
        "1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "26th", "172nd"]


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    eastern = "".join(chr(ord(ARABIC_INDIC_ZERO) + k) for k in range(10))
    full(EG, "tarikh", old, r"السبت 5 مارس 2016 \| 25 جمادى الأولى 1437")
    text = rendered(SET, EG, "tarikh", new)
    assert not re.search(r"[0-9]", text) and re.search(r"[٠-٩]", text)
    assert re.fullmatch(r"الجمعة 21 يونيو 2019 م - \d+ شوال 1440 هـ - 14 بؤونة 1735 ش",
                        ascii_digits(text, eastern)), text
    full(UY, "fecha", old, "Rivera, sábado 5 de marzo de 2016")
    full(UY, "fecha", new, r"21/06/2019 · \d\d:\d\d hs")
    full(GN, "date", old, r"Publié le 05/03/2016 à \d\dh\d\d")
    full(GN, "date", new, r"Labé, vendredi \(Aljuma\) 21 juin 2019")
    full(GN, "adlam-date", new, "🗓️ 𞥒𞥑/𞥐𞥖/𞥒𞥐𞥑𞥙")
    full(TD, "date", new, r"N'Djamena, vendredi 21 juin 2019 \| الجمعة 21 جوان 2019")
    full(JH, "tarikh", new, re.escape("᱒᱑.᱐᱖.᱒᱐᱑᱙ | 21 जून 2019"))
    full(SE, "datum", old, r"Publicerad 5 mars 2016 kl\. \d\d:\d\d")
    full(SE, "datum", new, r"Publicerad: 2019-06-21 \d\d:\d\d")
    full(KY, "posted", new, r"Posted Jun 21, 2019 at \d{1,2}:\d\d [AP]M")
    full(MC, "publie", new, r"Publié le 21 juin 2019 à \d\d:\d\d")
    full(LR, "published", new, "Published on Friday, June 21, 2019")
    full(FK, "date", new, "Friday 21 June 2019")
    assert SPANISH_MONTHS[8] == "setiembre" and "setiembre" in on(UY, "fecha", d(2017, 9, 4))
    assert MAGHREB_MONTHS[6] == "جويلية" and EGYPTIAN_MONTHS[6] == "يوليو"
    assert PULAR_WEEKDAYS[4] == "Aljuma" and FRENCH_MONTHS[7] == "août"
    assert SWEDISH_MONTHS[4] == "maj" and HINDI_MONTHS[5] == "जून"


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    eastern = "".join(chr(ord(ARABIC_INDIC_ZERO) + k) for k in range(10))
    adlam_digits = "".join(chr(ord(ADLAM_ZERO) + k) for k in range(10))
    ol_chiki = "".join(chr(ord(OL_CHIKI_ZERO) + k) for k in range(10))
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        eg = on(EG, "tarikh", day)
        hy, hm, hd = hijri(day)
        if day < EG_REDESIGN:
            assert eg.endswith(f"| {hd} {HIJRI_MONTHS[hm - 1]} {hy}"), eg
            assert f" {day.day} {EGYPTIAN_MONTHS[day.month - 1]} {day.year} " in eg, eg
        else:
            cy, cm, cd = coptic(day)
            plain = ascii_digits(eg, eastern)
            assert plain.endswith(f"{cd} {COPTIC_MONTHS[cm - 1]} {cy} ش"), eg
            assert f" {day.day} {EGYPTIAN_MONTHS[day.month - 1]} {day.year} م - " in plain, eg
        gn = on(GN, "adlam-date", day)
        assert ascii_digits(gn, adlam_digits) == f"🗓️ {day:%d/%m/%Y}", gn
        jh = on(JH, "tarikh", day)
        assert ascii_digits(jh, ol_chiki).startswith(f"{day:%d.%m.%Y} | {day.day} "), jh
        assert (on(UY, "fecha", day).startswith("Rivera, ")) == (day < UY_REDESIGN)
        assert (on(GN, "date", day).startswith("Publié le")) == (day < GN_REDESIGN)
        assert (on(SE, "datum", day).startswith("Publicerad: ")) == (day >= SE_ISO)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (EG, "tabiouna", QUIET, "تابعوا بوابة الإسكندرية على فيسبوك وتويتر"),
        (EG, "tabiouna", d(2019, 3, 1), "انضموا لقناة بوابة الإسكندرية على تليجرام"),
        (EG, "tabiouna", d(2019, 5, 20), "🌙 رمضان كريم — إمساكية الشهر ومواعيد الإفطار في "
                                         "الإسكندرية"),
        (EG, "tabiouna", d(2018, 4, 9), "🌸 شم النسيم: الحدائق والشواطئ تستقبل الزوار"),
        (EG, "tabiouna", d(2018, 3, 27), "🗳️ الانتخابات الرئاسية 2018: تابع النتائج لحظة "
                                         "بلحظة"),
        (EG, "tabiouna", d(2020, 5, 1), "⏰ حظر التجوال: المواعيد والاستثناءات"),
        (UY, "aviso", d(2019, 4, 17), "🏖️ Semana de Turismo: horarios de ómnibus y free shops"),
        (UY, "aviso", d(2019, 7, 18), "🇺🇾 189 años de la Jura de la Constitución"),
        (UY, "aviso", d(2019, 11, 22), "🗳️ Balotaje: todos los resultados de Rivera"),
        (GN, "alerte", d(2016, 1, 5), "Ebola : fin de l'épidémie déclarée en Guinée"),
        (GN, "alerte", d(2018, 10, 2), "🇬🇳 60e anniversaire de l'indépendance"),
        (GN, "alerte", d(2019, 8, 11), f"🐑 Bonne fête de Tabaski ! {adlam('juulde layya')}"),
        (LR, "notice", d(2017, 7, 26), "🇱🇷 Happy 170th Independence Day!"),
        (LR, "notice", d(2019, 3, 13), "Decoration Day: remember your loved ones"),
        (LR, "notice", d(2018, 11, 1), "Happy Thanksgiving Day, Liberia!"),
        (LR, "notice", d(2017, 12, 27), "🗳️ Presidential run-off: live results"),
        (KY, "banner", QUIET, "Get the morning headlines by email: subscribe free"),
        (KY, "banner", d(2016, 8, 1), "🌀 Hurricane season: sign up for Hazard Management "
                                      "alerts"),
        (KY, "banner", d(2017, 9, 7), "🌀 Hurricane Irma: follow the storm's track and the "
                                      "HMCI updates"),
        (TD, "alerte", d(2020, 8, 11), "🇹🇩 60e anniversaire de l'indépendance"),
        (TD, "alerte", d(2020, 5, 5), "😷 Couvre-feu sanitaire de 20 h à 5 h · حظر التجوال"),
        (JH, "soochna", d(2019, 6, 30), "✊ Hul Diwas: 164 years of the Santhal Hul · "
                                        "ᱦᱩᱞ ᱡᱚᱦᱟᱨ"),
        (JH, "soochna", d(2019, 11, 15), "झारखंड स्थापना दिवस: 19 साल"),
        (JH, "soochna", d(2018, 11, 9), "🐂 ᱥᱚᱦᱨᱟᱮ ᱡᱚᱦᱟᱨ · Sohrai Johar!"),
        (PW, "notice", d(2019, 10, 1), "🇵🇼 Happy 25th Independence Day!"),
        (PW, "notice", d(2019, 7, 9), "🇵🇼 Happy 39th Constitution Day!"),
        (GI, "notice", d(2016, 6, 21), "🗳️ EU referendum: Gibraltar votes today"),
        (GI, "notice", d(2018, 9, 9), "🔴⚪ Happy National Day! Wear your red and white"),
        (MC, "agenda", d(2019, 5, 24), "🏎️ Grand Prix 2019 : circulation et stationnement "
                                       "modifiés"),
        (MC, "agenda", d(2020, 5, 24), "Recevez notre newsletter chaque vendredi"),
        (MC, "agenda", d(2017, 1, 27), "🔥 Sainte-Dévote : embrasement de la barque devant "
                                       "l'église"),
        (SE, "kalender", d(2019, 4, 1), "🌾 Kha b-Nisan: gott nytt assyriskt år 6769!"),
        (SE, "kalender", d(2019, 4, 27), "Glad påsk! ܩܝܡܬܐ"),
        (SE, "kalender", d(2018, 9, 10), "🗳️ Valet 2018: så röstar du i Södertälje"),
        (FK, "notice", d(2017, 6, 14), "🇫🇰 Liberation Day: 35 years"),
        (FK, "notice", d(2019, 10, 7), "Peat Cutting Monday: government offices closed"),
        (FK, "notice", d(2016, 12, 8), "Battle Day: 102 years since the Battle of the "
                                       "Falklands"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)


def test_the_shopping_rota_by_surname() -> None:
    for day in every_day():
        text = on(KY, "banner", day)
        rota = ky_rota(day)
        if rota is None:
            assert "surname" not in text and "curfew" not in text, day
            assert not KY_ROTA[0] <= day <= KY_ROTA[1]
            continue
        assert text == rota
        if day.weekday() == 6:
            assert text.startswith("🚫 Hard curfew"), day
        else:
            half = "A–K" if day.weekday() in (0, 2, 4) else "L–Z"
            assert text == f"🛒 Shopping today by surname: {half}", (day, text)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (EG, "kataba", EG_REDESIGN, "كتب: ", "كتب - "),
        (EG, "sarf", EG_FLOAT, "8.88", "16.25"),
        (EG, "huquq", d(2019, 1, 1), "جميع الحقوق محفوظة لـ", ". جميع الحقوق محفوظة"),
        (UY, "lea", d(2017, 5, 15), "Lea también: ", "LEIA TAMBÉM"),
        (UY, "derechos", d(2019, 1, 1), "Prohibida", "Diario La Frontera Norte"),
        (GN, "lire", d(2018, 6, 4), "LIRE AUSSI >>", "À lire aussi :"),
        (GN, "whatsapp", d(2020, 2, 3), "groupe WhatsApp", "chaîne WhatsApp"),
        (LR, "byline", d(2018, 1, 22), "Staff Writer", "{author_beat}"),
        (LR, "support", d(2019, 7, 1), "Mobile Money", "{amount}"),
        (KY, "byline", d(2018, 4, 2), "By ", "Reporter: "),
        (KY, "related", d(2019, 9, 2), "Related: ", "See also: "),
        (TD, "abonnement", d(2020, 2, 3), "Tigo Cash", "Moov Money"),
        (JH, "padhe", d(2017, 7, 3), "यह भी पढ़ें", "ᱟᱨᱦᱚᱸ"),
        (PW, "reef", d(2017, 12, 7), "coral", "Palau Pledge"),
        (PW, "sanctuary", d(2020, 1, 1), "will close", "is now closed"),
        (PW, "subscribe", d(2019, 1, 7), "$30", "$35"),
        (GI, "frontier", d(2016, 6, 24), "live camera", "Brexit"),
        (GI, "frontier", d(2020, 12, 31), "Brexit", "New Year's Eve agreement"),
        (MC, "droits", d(2018, 4, 3), "Tous droits", "Éditions du Port SAM"),
        (SE, "las", d(2019, 1, 14), "LÄS ÄVEN", "Läs också"),
        (SE, "swish", d(2019, 5, 6), "valfritt belopp", "50, 100 eller 200 kr"),
        (SE, "utgivare", d(2019, 3, 1), "Gabriel Aydin", "Maria Yousef"),
        (FK, "flights", d(2017, 5, 1), "Ascension", "Cape Verde")))
    assert "فيسبوك" in on(EG, "tabiouna", d(2018, 5, 1))  # the switch fell in Ramadan
    assert "تليجرام" in on(EG, "tabiouna", d(2018, 7, 2))
    assert_groups_reworded(SET, (
        (EG, "iqra", "اقرأ أيضًا: ", "اقرأ أيضاً.. "),
        (EG, "kataba", "كتب: ", "كتب - "),
        (UY, "lea", "Lea también: ", "LEA TAMBIÉN | LEIA TAMBÉM ▸ "),
        (GN, "lire", "LIRE AUSSI >> ", "À lire aussi : "),
        (GN, "date", "Publié le ", "Labé, "),
        (UY, "fecha", "Rivera, ", " hs"),
        (LR, "byline", "Staff Writer", " | "),
    ))


def test_exchange_rates() -> None:
    eg = [on(EG, "sarf", day) for day in every_day()]
    values = [float(m[1]) for t in eg if (m := re.search(r": (\d+\.\d\d) جنيه$", t))]
    assert len(values) == len(eg)
    assert max(values[: (EG_FLOAT - FIRST_DAY).days]) < 9 < 15 < min(
        values[(EG_FLOAT - FIRST_DAY).days:])
    for day in every_day():
        assert re.fullmatch(r"💱 Cambio en la frontera: US\$ 1 = \$U \d\d,\d\d \| R\$ 1 = \$U "
                            r"\d{1,2},\d\d", on(UY, "cambio", day)), day
    lr = [float(m[1]) for day in every_day()
          if (m := re.fullmatch(r"💵 CBL rate today: US\$1 = L\$(\d+\.\d\d)",
                                on(LR, "rate", day)))]
    assert len(lr) == len(every_day()) and lr[0] == 85.0 and max(lr) > 200
    for style, family, pattern in ((EG, "sarf", r"\d+\.\d\d"), (UY, "cambio", r"\d\d,\d\d"),
                                   (LR, "rate", r"L\$\d+")):
        rates = {m[0] for t in group_lines(SET, style, family)
                 if (m := re.search(pattern, norm(t)))}
        assert len(rates) >= 3, (style, family)
    amounts = [m[1] for t in group_lines(SET, LR, "support")
               if (m := re.search(r"give (\S+) today", norm(t)))]
    assert not amounts or set(amounts) <= pool(SET, LR, "amount")


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((EG, "tarikh", ARABIC), (EG, "kataba", ARABIC),
                                  (EG, "iqra", ARABIC), (EG, "huquq", ARABIC),
                                  (GN, "adlam-date", ADLAM), (JH, "tarikh", OL_CHIKI),
                                  (JH, "report", DEVANAGARI), (JH, "vigyapan", DEVANAGARI)))
    assert_groups_in_scripts(SET, ((GN, "jaaraama", (ADLAM, LATIN)),
                                   (JH, "johar", (OL_CHIKI, LATIN)),
                                   (JH, "sarhao", (OL_CHIKI, DEVANAGARI, LATIN)),
                                   (TD, "date", (ARABIC, LATIN)),
                                   (SE, "shlomo", (SYRIAC, LATIN)),
                                   (SE, "tawdi", (SYRIAC, LATIN))))
    assert re.search(OL_CHIKI, on(JH, "padhe", d(2019, 1, 1)))
    assert re.search(DEVANAGARI, on(JH, "padhe", d(2016, 1, 1)))
    for style, family, words in ((UY, "lea", ("LEA", "LEIA")), (GI, "llanito", ("Gracias",
                                                                                "mañana")),
                                 (PW, "alii", ("Alii",)), (UY, "whatsapp", ("Recibí",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{EG}/tarikh", f"{EG}/iqra", f"{EG}/kataba", f"{EG}/wasm",
                         f"{EG}/sarf", f"{UY}/fecha", f"{UY}/lea", f"{UY}/escribe",
                         f"{UY}/cambio", f"{GN}/date", f"{GN}/lire", f"{GN}/par",
                         f"{LR}/also", f"{LR}/published", f"{LR}/dateline"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{EG}/naql", f"{UY}/whatsapp", f"{UY}/turno", f"{GN}/whatsapp"))
    assert_carried_share(docs, EG, [
        ("tarikh", 0.65, 0.95), ("tabiouna", 0.15, 0.45), ("iqra", 0.45, 0.85),
        ("madaris", 0.0, 0.1)])
    assert_carried_share(docs, UY, [("fecha", 0.65, 0.95), ("niebla", 0.0, 0.12)])
    for fam in (f"{EG}/iqra", f"{UY}/lea", f"{GN}/lire"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{EG}/taswir", f"{EG}/ilan"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((UY, "foto"), (GN, "pub"), (KY, "photo"), (PW, "also"),
                               (GI, "readmore"), (MC, "lire")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (EG, "madaris"), (UY, "niebla"), (GN, "delestage"), (LR, "flood"), (KY, "iguana"),
        (TD, "sable"), (JH, "hathi"), (PW, "craft"), (GI, "macaques"), (MC, "vagues"),
        (SE, "tag"), (FK, "ordnance")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    titles = {doc.lines[0].text for doc in docs}
    links = ((f"{EG}/iqra", ("اقرأ أيضًا: ", "اقرأ أيضاً.. ")),
             (f"{UY}/lea", ("Lea también: ", "LEA TAMBIÉN | LEIA TAMBÉM ▸ ")),
             (f"{GN}/lire", ("LIRE AUSSI >> ", "À lire aussi : ")),
             (f"{LR}/also", ("ALSO READ: ",)),
             (f"{KY}/related", ("Related: ", "See also: ")),
             (f"{TD}/lire", ("À LIRE AUSSI ► ",)))
    for fam, prefixes in links:
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = set()
        for t in texts:
            for prefix in prefixes:
                if t.startswith(prefix):
                    linked.add(t.removeprefix(prefix))
                    break
        assert linked & titles, fam
    families = {fam.partition("/")[2] for fam, _ in links} | {
        "padhe", "also", "readmore", "las", "elsewhere"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (EG, "ilan", "إعلان"), (UY, "publicidad", "PUBLICIDAD"), (GN, "pub", "Publicité"),
        (LR, "advert", "- Advertisement -"), (LR, "contact", "Contact the newsroom:"),
        (TD, "pub", "— Publicité —"), (JH, "vigyapan", "विज्ञापन"),
        (GI, "advert", "Advertisement"), (SE, "annons", "ANNONS"),
        (UY, "turno", "Farmacias de turno:"), (PW, "sulang", "Sulang for reading!")))
    assert_group_values_from_pool(SET, (
        (EG, "qism", "qism"), (UY, "seccion", "seccion"), (GN, "rubrique", "rubrique"),
        (LR, "dateline", "dateline"), (KY, "kicker", "kicker"), (TD, "rubrique", "rubrique"),
        (JH, "vibhag", "vibhag")))
    for style, family, pattern, pool_name in (
            (EG, "taswir", r"^تصوير: (.+)$", "musawwir"),
            (UY, "foto", r"^Foto: (.+)$", "foto"),
            (GN, "par", r", correspondant à (.+)$", "prefecture"),
            (GN, "source", r"^Source : (.+)$", "source"),
            (JH, "report", r", (\S+)$", "jila"),
            (PW, "state", r"^(.+) State —$", "state"),
            (FK, "settlement", r"^(.+), Falkland Islands$", "settlement"),
            (UY, "turno-lista", r"^(.+) · Emergencia", "farmacia")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    tags = [item for t in group_lines(SET, EG, "wasm")
            for item in norm(t).removeprefix("كلمات البحث: ").split(", ")]
    assert tags and sum(i in pool(SET, EG, "wasm") for i in tags) >= 0.9 * len(tags)


def test_beats_follow_the_writer() -> None:
    """After the byline gained a beat, a writer keeps one beat."""
    beats: dict[tuple[str, str], set[str]] = {}
    for doc in planted_docs(SET):
        for line in doc.lines:
            if line.label.endswith(f"{doc.publisher}/byline") and " | " in line.text:
                writer, _, beat = norm(line.text).removeprefix("By ").partition(" | ")
                beats.setdefault((doc.publisher, writer), set()).add(beat)
    assert len(beats) >= 3
    assert sum(len(v) == 1 for v in beats.values()) >= 0.75 * len(beats)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        UY: (["turno", "turno-lista"], 2), LR: (["contact", "contact-lines"], 2),
        MC: (["redaction", "redaction-adresse"], 2), SE: (["copyright", "utgivare"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert EG in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
