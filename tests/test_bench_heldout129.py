"""The held-back-129 template set (`tests.bench.heldout_templates_129`): its localised dates
(printed day by day in English with American Central daylight and standard time, Spanish,
Argentine Spanish, Portuguese, French, Hindi, Swahili and Ukrainian, several changing form on
the day of a redesign), the price lines that turn every trading day (cash bids, Paranaguá
soy, Indore's mandi, the Rosario board), every week (the lamb SQQ, a lonja, Rouen wheat,
port wheat, Eldoret maize, the Liniers steer index, a Tuesday cattle sale, an Irish mart) and
every month (a co-op's milk price), the calendars the notices follow (farm shows, USDA
reports, the PAC and BPS deadlines, Agrishow and the Plano Safra, the monsoon, the rains and
the locusts, sowing and harvest, moving day, the Ploughing, the pandemic), the amounts that
change over the years, the dairy season's stages, the lines in several languages and scripts,
the variation it promises, its multi-line blocks and the hard negatives of its corpus
actually occur.

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

from tests.bench.heldout_calendar import nth_weekday
from tests.bench.heldout_templates_129 import (
    AGRISHOW,
    ASK_SHOWS,
    BPS_DEADLINES,
    CS_REDESIGN,
    CS_TELEGRAM,
    ES_NUMERIQUE,
    ES_REDESIGN,
    ES_TARIF,
    EXPOAGRO,
    FARM_PROGRESS,
    FIELDAYS,
    FIMA,
    FIRST_DAY,
    FL_DIGITAL,
    FL_REDESIGN,
    FL_SUBS,
    FUNRURAL,
    KD_FORECAST,
    KD_REDESIGN,
    KD_SUPPLIERS,
    KV_APP,
    KV_REDESIGN,
    LAST_DAY,
    MONSOON_KERALA,
    MP_REDESIGN,
    PA_AUDIO,
    PA_PODCAST,
    PA_REDESIGN,
    PA_STATIONS,
    PAC_DEADLINES,
    PLANO_SAFRA,
    PLOUGHING,
    RB_REDESIGN,
    RETENCIONES,
    SC_DIVIDEND,
    SC_ONLINE,
    SIA,
    SM_KIPINDI,
    SM_REDESIGN,
    SMI,
    SPACE,
    TC_REDESIGN,
    TC_WHATSAPP,
    TELEPAC,
    UK_SHOWS,
    WHEAT_MSP,
    ZT_PEREDPLATA,
    ZT_REDESIGN,
    ZT_ZEMLIA,
    central_daylight,
    comma,
    grouped,
    last_business_day,
    last_trading_day,
    next_sale,
    on_or_before,
    sale_day,
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
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-129"
SITES = ("Farmers Ledger", "Prairie Ag Radio", "Tribuna del Campo", "Canal Safra",
         "L'Écho des Sillons", "किसान वाणी", "Зерновий тиждень", "Sauti ya Mkulima",
         "Kahikatea Dairy", "Red Butte Livestock", "Mercado Pampeano", "Slievemore Co-op")
FL, PA, TC, CS = ("farmersledger.co.uk", "prairieagradio.com", "tribunadelcampo.es",
                  "canalsafra.com.br")
ES, KV, ZT, SM = ("echodessillons.fr", "kisanvani.in", "zernotyzhden.com.ua",
                  "sautiyamkulima.co.ke")
KD, RB, MP, SC = ("kahikateadairy.co.nz", "redbuttelivestock.com", "mercadopampeano.com.ar",
                  "slievemorecoop.ie")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((FL, "dated"), (PA, "dated"), (TC, "fecha"), (CS, "data"), (ES, "date"),
         (KV, "dinank"), (ZT, "data"), (SM, "tarehe"), (KD, "dated"), (MP, "fecha"),
         (SC, "dated"))
# The price lines that turn on given weekdays (Monday 0): weekly and trading-day prices.
WEEKLY = ((FL, "sqq", {2}), (TC, "lonja", {3}), (ES, "cotation", {1}), (ZT, "tsina", {4}),
          (SM, "bei", {0}), (MP, "novillo", {4}), (SC, "mart", {5}), (RB, "sale", {1}),
          (RB, "receipts", {1}), (RB, "steers", {1}))
TRADING = ((PA, "bids"), (CS, "soja"), (MP, "pizarra"))
# The notices that follow calendars.
BANNERS = ((FL, "notice"), (PA, "reports"), (TC, "boletin"), (CS, "canal"),
           (ES, "abonnement"), (KV, "suchna"), (ZT, "anons"), (SM, "msimu"), (KD, "notice"),
           (MP, "aviso"), (SC, "hours"))
# Amounts in force from given days.
TABLES = ((FL, "subs", FL_SUBS), (PA, "stations", PA_STATIONS), (TC, "smi", SMI),
          (CS, "funrural", FUNRURAL), (ES, "tarif", ES_TARIF), (KV, "msp", WHEAT_MSP),
          (ZT, "peredplata", ZT_PEREDPLATA), (KD, "forecast", KD_FORECAST),
          (KD, "about", KD_SUPPLIERS), (MP, "derechos", RETENCIONES),
          (SC, "dividend", SC_DIVIDEND))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    FL: "Get the Farmers Ledger in your inbox: sign up to our newsletters",
    PA: "Get the closing markets by text: send MARKETS to 55510",
    TC: "Suscríbete gratis al boletín semanal de mercados",
    CS: "Receba as notícias do Canal Safra no seu WhatsApp",
    ES: "Abonnez-vous à L'Écho des Sillons : 52 numéros par an, livrés chaque vendredi",
    KV: "खेती-किसानी की हर ख़बर के लिए किसान वाणी का फ़ेसबुक पेज लाइक करें",
    ZT: "Підписуйтесь на Зерновий тиждень у Telegram",
    SM: "Tuma neno SHAMBA kwenda 22540 upate ushauri wa kilimo kila wiki",
    KD: "Questions about your collection? Call the Supplier Line on 0800 555 147, 24 hours "
        "a day.",
    MP: "Recibí la pizarra de Rosario todos los días en tu correo",
    SC: "Our stores are open Monday to Friday 8.30am-6pm and Saturday 9am-1pm.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + BANNERS + tuple(
        (domain, family) for domain, family, _ in WEEKLY + TABLES) + TRADING + (
        (KV, "mandi"), (SC, "milk"), (RB, "next"), (KD, "season")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 4), d(2018, 6, 13), d(2019, 12, 24),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert on_or_before(d(2019, 6, 23), 2) == d(2019, 6, 19) == on_or_before(d(2019, 6, 19), 2)
    assert last_trading_day(d(2019, 6, 24)) == d(2019, 6, 21)  # Monday: Friday's close
    assert last_trading_day(d(2019, 6, 22)) == d(2019, 6, 21)
    assert last_trading_day(d(2019, 6, 21)) == d(2019, 6, 20)
    assert [last_business_day(y, 3) for y in (2015, 2019, 2020)] == [
        d(2015, 3, 31), d(2019, 3, 29), d(2020, 3, 31)]
    assert last_business_day(2018, 6) == d(2018, 6, 29)
    assert central_daylight(d(2019, 3, 10)) and not central_daylight(d(2019, 3, 9))
    assert central_daylight(d(2019, 11, 2)) and not central_daylight(d(2019, 11, 3))
    assert sale_day(d(2020, 12, 24)) == d(2020, 12, 15)  # no sale in Christmas week
    assert sale_day(d(2019, 1, 5)) == d(2018, 12, 18)  # nor on New Year's Day
    assert next_sale(d(2020, 12, 16)) == d(2020, 12, 29)
    assert next_sale(d(2019, 6, 18)) == d(2019, 6, 25) == sale_day(d(2019, 6, 30))
    assert grouped(5300, " ") == "5 300" and grouped(14500, ".") == "14.500"
    assert comma(78.5) == "78,50"


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(FL, "dated", old, "Saturday, 5 March 2016")
    full(FL, "dated", new, rf"Updated 19/06/2020 {clock}")
    full(FL, "sqq", new, r"Liveweight lamb SQQ: \d{3}\.\dp/kg in the week to 17 Jun "
                         r"\([+-]\d+\.\dp on the week\)")
    full(PA, "dated", old, "March 5, 2016")
    full(PA, "dated", d(2017, 9, 4), "Sept. 4, 2017")
    full(PA, "dated", d(2016, 1, 8), "Jan. 8, 2016")
    full(PA, "dated", new, r"Friday, June 19, 2020 \d{1,2}:\d\d [AP]M CDT")
    full(PA, "dated", winter, r"Monday, December 7, 2020 \d{1,2}:\d\d [AP]M CST")
    full(PA, "bids", winter, r"Central Iowa cash bids, Fri\. close: corn \$\d\.\d\d, "
                             r"soybeans \$\d+\.\d\d")
    full(TC, "fecha", old, rf"05/03/2016 - {clock}")
    full(TC, "fecha", new, rf"Actualizado el viernes, 19 de junio de 2020 a las {clock}")
    full(TC, "lonja", new, r"Lonja de Valdeoro, sesión del 18/06: trigo blando \d{3},\d\d €/t "
                           r"· cebada \d{3},\d\d €/t")
    full(CS, "data", old, rf"Publicado em 05/03/2016 às {clock}")
    full(CS, "data", new, rf"Sexta-feira, 19 de junho de 2020 · Atualizado às {clock}")
    full(CS, "soja", winter, r"Soja em Paranaguá: R\$ \d{2,3},\d\d/saca de 60 kg \(fechamento "
                             r"de 04/12\)")
    full(ES, "date", old, "Publié le 05/03/2016")
    full(ES, "date", new, rf"Vendredi 19 juin 2020 – {clock}")
    full(ES, "cotation", new, r"Blé tendre rendu Rouen : \d{3} €/t au 16 juin \([+-]\d+ € sur "
                              r"la semaine\)")
    full(KV, "dinank", old, "प्रकाशित: 05/03/2016")
    full(KV, "dinank", new, "शुक्रवार, 19 जून 2020")
    full(KV, "mandi", d(2020, 6, 21), r"मंडी भाव \(20 जून\): गेहूं ₹[\d,]+/क्विंटल, "
                                      r"सरसों ₹[\d,]+/क्विंटल \(इंदौर\)")
    full(ZT, "data", old, rf"05\.03\.2016 {clock}")
    full(ZT, "data", new, rf"19 червня 2020, {clock}")
    full(ZT, "tsina", new, r"Пшениця 2 класу, CPT-порт: \d \d{3} грн/т \(тиждень до 19\.06\)")
    full(SM, "tarehe", old, "05/03/2016")
    full(SM, "tarehe", new, "Ijumaa, 19 Juni 2020")
    full(SM, "bei", new, r"Bei ya mahindi, soko la Eldoret: KSh \d,\d{3} kwa gunia la kilo 90 "
                         r"\(wiki ya 15 Juni\)")
    full(KD, "dated", old, "5 March 2016")
    full(KD, "dated", new, "Supplier news · Friday 19 June 2020")
    full(RB, "sale", old, "Market report: 3/1/2016 sale")
    full(RB, "sale", new, "Market report for the Tuesday, June 16, 2020 sale")
    full(RB, "receipts", new, r"Receipts: [\d,]+ head; last week [\d,]+; a year ago [\d,]+")
    full(RB, "steers", new, r"Steers 500-600 lbs: \$\d{3}\.\d\d-\$\d{3}\.\d\d per cwt")
    full(RB, "next", new, "Next sale: Tuesday, June 23, 11 a.m. sharp")
    full(MP, "fecha", old, "05/03/2016")
    full(MP, "fecha", new, "Viernes 19 de junio de 2020")
    full(MP, "pizarra", new, r"Pizarra Rosario 18/06: soja \$ \d{2}\.\d{3}/t · maíz "
                             r"\$ \d{1,2}\.\d{3}/t")
    full(MP, "novillo", new, r"Índice novillo del Mercado de Liniers: \$ \d{2,3},\d\d/kg vivo "
                             r"\(semana al 19/06\)")
    full(SC, "dated", new, "Posted on 19 June 2020")
    full(SC, "milk", new, r"May milk: \d\d\.\d\dc/l including VAT for milk at 3\.6% butterfat "
                          r"and 3\.3% protein")
    full(SC, "mart", new, r"Belmullet Mart, Saturday 13 June: \d{3} cattle on offer")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(FL, "dated", day).startswith("Updated") == (day >= FL_REDESIGN)
        assert ("{time12}" in on(PA, "dated", day)) == (day >= PA_REDESIGN)
        assert on(TC, "fecha", day).startswith("Actualizado") == (day >= TC_REDESIGN)
        assert on(CS, "data", day).startswith("Publicado") == (day < CS_REDESIGN)
        assert on(ES, "date", day).startswith("Publié") == (day < ES_REDESIGN)
        assert on(KV, "dinank", day).startswith("प्रकाशित") == (day < KV_REDESIGN)
        assert bool(re.match(r"\d\d\.", on(ZT, "data", day))) == (day < ZT_REDESIGN)
        assert ("/" in on(SM, "tarehe", day)) == (day < SM_REDESIGN)
        assert on(KD, "dated", day).startswith("Supplier news") == (day >= KD_REDESIGN)
        assert ("/" in on(MP, "fecha", day)) == (day < MP_REDESIGN)
        assert ("/" in on(RB, "sale", day)) == (day < RB_REDESIGN)
        if day >= PA_REDESIGN:
            assert on(PA, "dated", day).endswith("CDT" if central_daylight(day) else "CST")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_price_lines_turn_by_trading_day_week_and_month() -> None:
    for domain, family, weekdays in WEEKLY:
        turned = changes(domain, family)
        assert len(turned) >= 300 and {day.weekday() for day in turned} == weekdays, family
    for domain, family in TRADING:
        turned = changes(domain, family)
        assert {day.weekday() for day in turned} == {1, 2, 3, 4, 5}, family
        assert len(turned) >= 1500, family
    mandi = changes(KV, "mandi")
    assert {day.weekday() for day in mandi} == {0, 1, 2, 3, 4, 5} and len(mandi) >= 1800
    assert changes(SC, "milk") == {day for day in every_day() if day.day == 15}
    christmas = [day for day in changes(RB, "sale") if day.month == 12 and 22 <= day.day <= 28]
    assert not christmas  # no sale in Christmas week
    resume = [day for day in every_day() if on(RB, "next", day).startswith("Happy holidays")]
    assert resume and all(day.month == 12 or day.day <= 7 for day in resume)
    assert on(RB, "next", d(2018, 12, 20)).endswith("resume Tuesday, January 8 at 11 a.m.")
    assert "weaned calf special" in on(RB, "next", nth_weekday(2019, 11, 1, 1) - one)
    assert "bred cow" in on(RB, "next", nth_weekday(2018, 2, 1, 2) - 3 * one)
    steers = [float(m[1]) for t in group_lines(SET, RB, "steers")
              if (m := re.search(r"-\$(\d+\.\d\d) per", norm(t)))]
    assert steers and all(130 <= s <= 300 for s in steers)
    soy = [int(m[1].replace(".", "")) for t in group_lines(SET, MP, "pizarra")
           if (m := re.search(r"soja \$ ([\d.]+)/t", norm(t)))]
    assert soy and min(soy) < 3000 and max(soy) > 15000  # the peso's fall shows in the price


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    drought = (d(2018, 7, 9), d(2018, 8, 31))
    for first, last, name in UK_SHOWS:
        if not drought[0] <= iso(first) <= drought[1]:
            assert name in on(FL, "notice", iso(first)) and name in on(FL, "notice", iso(last))
    for y, day in BPS_DEADLINES.items():
        assert f"BPS {y}" in on(FL, "notice", iso(day)), y
    assert "Beast from the East" in on(FL, "notice", d(2018, 3, 1))
    assert "Drought 2018" in on(FL, "notice", d(2018, 7, 24))
    for y in range(2015, 2021):
        assert "Prospective Plantings" in on(PA, "reports", last_business_day(y, 3)), y
        assert "Acreage" in on(PA, "reports", last_business_day(y, 6)), y
    for first, _, place in FARM_PROGRESS:
        assert place in on(PA, "reports", iso(first))
    assert "Market Facilitation" in on(PA, "reports", d(2018, 10, 1))
    assert "Derecho" in on(PA, "reports", d(2020, 8, 12))
    assert "Virtual" in on(PA, "reports", d(2020, 9, 1))
    for y, day in PAC_DEADLINES.items():
        assert f"PAC {y}" in on(TC, "boletin", iso(day)), y
    assert found(TC, "boletin", r"FIMA (\d{4})") == {y for *_, y in FIMA}
    assert "Estado de alarma" in on(TC, "boletin", d(2020, 4, 10))
    assert found(CS, "canal", r"(Agrishow \d{4}): cobertura") == {n for *_, n in AGRISHOW}
    assert "cancelada" in on(CS, "canal", d(2020, 4, 28))
    for y, day in PLANO_SAFRA.items():
        assert f"Plano Safra {y}/{str(y + 1)[2:]}" in on(CS, "canal", iso(day)), y
    assert "vazio sanitário" in on(CS, "canal", d(2017, 6, 14))
    assert "Coronavírus" in on(CS, "canal", d(2020, 4, 1))
    assert found(ES, "abonnement", r"agriculture (\d{4})") == {y for *_, y in SIA}
    assert found(ES, "abonnement", r"Space (\d{4})") == {y for *_, y in SPACE}
    for y, day in TELEPAC.items():
        assert f"Déclaration PAC {y}" in on(ES, "abonnement", iso(day)), y
    assert "Covid-19" in on(ES, "abonnement", d(2020, 4, 1))
    for y, day in MONSOON_KERALA.items():
        assert f"मानसून {y}" in on(KV, "suchna", iso(day)), y
    assert "पीएम-किसान" in on(KV, "suchna", d(2019, 3, 1))
    assert "लॉकडाउन" in on(KV, "suchna", d(2020, 4, 14))
    assert "किसान आंदोलन" in on(KV, "suchna", d(2020, 12, 8))
    for y in range(2015, 2021):
        assert f"Посівна-{y}" in on(ZT, "anons", d(y, 5, 15)), y
        assert f"Жнива-{y}" in on(ZT, "anons", d(y, 8, 1)), y
        if y != 2018:  # M. bovis's guidance wins over moving day in 2018
            assert f"Moving day, 1 June {y}" in on(KD, "notice", d(y, 6, 1)), y
        assert "Christmas" in on(KD, "notice", d(y, 12, 27)), y
        assert f"Christmas {y}" in on(SC, "hours", d(y, 12, 22)), y
        if y < 2020:
            assert f"Mvua za masika {y}" in on(SM, "msimu", d(y, 3, 10)), y
            assert f"Cosecha gruesa {y - 1}/{str(y)[2:]}" in on(MP, "aviso", d(y, 5, 10)), y
        assert f"Mvua za vuli {y}" in on(SM, "msimu", d(y, 10, 20)), y
    assert "Карантин" in on(ZT, "anons", d(2020, 4, 1))
    assert found(SM, "msimu", r"Nairobi (\d{4})") == {y for *_, y in ASK_SHOWS}
    assert "Nzige" in on(SM, "msimu", d(2020, 2, 1)) and "corona" in on(SM, "msimu",
                                                                         d(2020, 4, 1))
    assert found(KD, "notice", r"(Fieldays \d{4})") == {n for *_, n in FIELDAYS}
    assert "Mycoplasma" in on(KD, "notice", d(2018, 6, 1))
    assert "Alert Level 4" in on(KD, "notice", d(2020, 4, 1))
    assert found(MP, "aviso", r"Expoagro (\d{4})") == {y for *_, y in EXPOAGRO}
    assert "Cuarentena" in on(MP, "aviso", d(2020, 4, 15))
    assert found(SC, "hours", r"Championships (\d{4})") == {y for *_, y in PLOUGHING}
    assert "phone your order" in on(SC, "hours", d(2020, 4, 15))


def test_dairy_season_turns_on_the_same_days_each_year() -> None:
    turned = changes(KD, "season")
    assert {(day.month, day.day) for day in turned} == {(1, 10), (5, 1), (7, 15), (10, 1)}
    assert len(turned) == 4 * 6
    assert "Calving" in on(KD, "season", d(2017, 8, 1))
    assert "Peak milk" in on(KD, "season", d(2019, 1, 5))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (FL, "byline", FL_REDESIGN, "By {author}", "{author_beat}"),
        (FL, "notice", FL_DIGITAL, "newsletters", "download the app"),
        (PA, "byline", PA_REDESIGN, "By {author}", "{author_beat}"),
        (PA, "listen", PA_AUDIO, "Listen to this story", "{read_min}-minute"),
        (PA, "reports", PA_PODCAST, "by text", "podcast"),
        (TC, "autor", TC_REDESIGN, "Por {author}", "Redacción"),
        (TC, "boletin", TC_WHATSAPP, "boletín semanal", "WhatsApp"),
        (CS, "autor", CS_REDESIGN, "Por {author}", "{praca}"),
        (CS, "canal", CS_TELEGRAM, "WhatsApp", "Telegram"),
        (ES, "abonnement", ES_NUMERIQUE, "52 numéros", "numérique"),
        (KV, "suchna", KV_APP, "फ़ेसबुक", "ऐप"),
        (SM, "kipindi", SM_KIPINDI, "saa tatu asubuhi", "Jumapili"),
        (SC, "hours", SC_ONLINE, "Our stores are open", "online")))
    # The land-market line replaced the Telegram one during the quarantine's notice.
    assert "Telegram" in on(ZT, "anons", ZT_ZEMLIA - 20 * one)
    assert "Ринок землі" in on(ZT, "anons", d(2020, 6, 1))
    assert found(ZT, "anons", r"(Ринок землі)") and ZT_ZEMLIA not in changes(ZT, "anons")
    assert_groups_reworded(SET, (
        (FL, "dated", "day, ", "Updated "),
        (PA, "dated", ", 20", " C"),
        (FL, "byline", "By ", " | "),
        (TC, "fecha", " - ", "Actualizado"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if FIRST_DAY < iso(start) <= d(2020, 12, 31)}
        assert changes(domain, family) == days, (domain, family)
        first = [value for start, value in table if iso(start) <= FIRST_DAY][-1]
        for start, value in ((FIRST_DAY.isoformat(), first), *table):
            if iso(start) >= FIRST_DAY:
                for part in value.split("|"):
                    assert part in on(domain, family, iso(start)), (domain, start)
    assert "18% más $4" in on(MP, "derechos", d(2019, 1, 1))
    assert "33%" in on(MP, "derechos", d(2020, 6, 1)) and "33%" in on(MP, "derechos", LAST_DAY)
    assert "1,975" in on(KV, "msp", d(2020, 12, 1)) and "1,925" in on(KV, "msp", d(2020, 9, 20))
    assert "1,5%" in on(CS, "funrural", d(2018, 1, 1))
    assert "5c" in on(SC, "dividend", d(2020, 9, 26)) and "6.5c" in on(SC, "dividend",
                                                                        d(2020, 6, 1))
    forecasts = found(KD, "forecast", r"for the (\d{4}/\d\d) season")
    assert forecasts == {f"{y}/{str(y + 1)[2:]}" for y in range(2014, 2021)}


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (KV, "dinank", r"[\u0900-\u097f]"), (KV, "vigyapan", r"[\u0900-\u097f]"),
        (KV, "helpline", r"[\u0900-\u097f]"), (ZT, "data", r"[0-9]"),
        (ZT, "chytaite", r"[\u0400-\u04ff]"), (ZT, "posylannia", r"[\u0400-\u04ff]"),
        (TC, "reproduccion", r"[áéíóúñ]"), (CS, "reproducao", r"[ãçéí]"),
        (ES, "annonces", r"[éèàù]"), (SM, "haki", r"zimehifadhiwa"),
        (MP, "orientativos", r"recomendación")))
    assert any(re.search(r"[\u0400-\u04ff]", t) for t in group_lines(SET, ZT, "data"))
    assert any(t.endswith("CDT") for t in group_lines(SET, PA, "dated"))
    assert any(re.search(r"(Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili)", t)
               for t in group_lines(SET, SM, "tarehe"))
    assert any(re.search(r"[-a-zç]+-feira|Sábado|Domingo", t)
               for t in group_lines(SET, CS, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{FL}/dated", f"{FL}/byline", f"{FL}/see-also", f"{FL}/kicker",
                         f"{FL}/caption", f"{FL}/copyright", f"{FL}/sqq", f"{PA}/dated",
                         f"{PA}/bids", f"{TC}/fecha", f"{TC}/lonja", f"{CS}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{FL}/publisher", f"{FL}/copyright", f"{PA}/risk", f"{TC}/reproduccion",
        f"{ES}/annonces", f"{PA}/continues"))
    assert_carried_share(docs, FL, [
        ("dated", 0.8, 0.98), ("see-also", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("sqq", 0.08, 0.35), ("notice", 0.15, 0.5)])
    assert_carried_share(docs, PA, [("dated", 0.8, 0.98), ("related", 0.4, 0.75),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{FL}/see-also", f"{FL}/advert", f"{PA}/related", f"{TC}/publicidad",
                f"{CS}/publicidade"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((FL, "caption"), (PA, "sponsor"), (TC, "fuente"), (CS, "fonte"),
                               (ES, "lire"), (KV, "vigyapan"), (ZT, "reklama"), (SM, "tangazo"),
                               (KD, "photo"), (RB, "steers")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (FL, "correction", 16), (PA, "correction"), (TC, "erratas"), (CS, "errata"),
        (ES, "rectificatif"), (KV, "sudhar"), (ZT, "vypravlennia"), (SM, "marekebisho"),
        (KD, "correction"), (RB, "correction"), (MP, "erratas"), (SC, "correction")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{FL}/see-also", "See also: "), (f"{PA}/related", "RELATED: "),
        (f"{TC}/interesar", "Te puede interesar: "), (f"{CS}/leia", "Leia também: "),
        (f"{ES}/lire", "Lire aussi | "), (f"{KV}/ye-bhi", "ये भी पढ़ें- "),
        (f"{ZT}/chytaite", "Читайте також: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (FL, "advert", "ADVERTISEMENT"), (PA, "continues", "Story continues below"),
        (TC, "publicidad", "Publicidad"), (CS, "publicidade", "Publicidade"),
        (ES, "publicite", "Publicité"), (KV, "vigyapan", "विज्ञापन"), (ZT, "reklama", "Реклама"),
        (SM, "tangazo", "TANGAZO"), (KD, "ends", "– ENDS –")))
    assert_group_values_from_pool(SET, (
        (FL, "kicker", "kicker"), (TC, "seccion", "seccion"), (CS, "editoria", "editoria"),
        (ES, "rubrique", "rubrique"), (KV, "shreni", "shreni"), (ZT, "rubryka", "rubryka")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (FL, "advert", "ADVERTISEMENT"),
        (PA, "continues", "Story continues below"),
        (TC, "publicidad", "Publicidad"),
        (KD, "ends", "– ENDS –")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        FL: (["publisher", "copyright"], 2),
        PA: (["risk", "copyright"], 2),
        TC: (["reproduccion", "copyright"], 2),
        CS: (["reproducao", "copyright"], 2),
        ES: (["annonces", "copyright"], 2),
        KV: (["helpline", "copyright"], 2),
        ZT: (["posylannia", "prava"], 2),
        SM: (["ushauri", "simu", "haki"], 2),
        KD: (["ends", "about", "media", "copyright"], 3),
        RB: (["consign", "live", "brand", "accuracy", "copyright"], 2),
        SC: (["contact", "registered", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
