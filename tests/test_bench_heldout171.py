"""The held-back-171 template set (`tests.bench.heldout_templates_171`): its localised dates
(printed day by day in British English with summer and winter time, Spanish with CET and
CEST, Turkish, Indonesian with WIB, Vietnamese with GMT+7 and Swedish, several changing form
on the day of a redesign), the lines that turn every day and week (network and service
status with outage and maintenance days, deal prices "correct at the time of writing", a
consultation's closing date, a press release's running number, the auction's rounds, a
fibre provider's next planned works), the calendars some notices follow (MWC, the 5G
auctions, Black Friday, Black Week and El Buen Fin, the Bayrams, Lebaran, Tết, the SIM
re-registration, the move to 10-digit numbers, midsummer, Christmas, the pandemic), the
prices, fees, rates and coverage figures that change over the years, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_171 import (
    BR_AKUN,
    BUEN_FIN,
    CAN_CHI,
    CH_REDESIGN,
    CH_TELEGRAM,
    CM_APP,
    CM_CLIENTS,
    CM_PRICE,
    CM_REDESIGN,
    COVERAGE,
    EU_ROAMING,
    FIRST_DAY,
    HB_APP,
    HB_REDESIGN,
    HIJRI_FITRI,
    IMEI_FEE,
    KM_APP,
    KM_CHAT,
    KM_OUTAGES,
    KM_REDESIGN,
    KURBAN_BAYRAMI,
    KVKK,
    LAST_DAY,
    LEBARAN,
    LW_ASA,
    LW_BRIEFING,
    LW_DISCLOSURE,
    LW_REDESIGN,
    MWC,
    MWC_CANCELLED,
    NK_ANNONS,
    NK_PRICE,
    NK_REDESIGN,
    NS_AVGIFT,
    NS_REDESIGN,
    NS_STORNINGAR,
    OC_REDESIGN,
    OC_TWITTER,
    RAMAZAN_BAYRAMI,
    RPI_RISE,
    SK_APP,
    SK_REDESIGN,
    TET,
    TV_APP,
    TV_REDESIGN,
    UK_AUCTION,
    YN_APP,
    YN_ONLINE,
    YN_REDESIGN,
    YN_TARIFE,
    auction_days,
    auction_rounds,
    black_friday,
    midsummer_eve,
    next_tuesday,
    release_number,
    summer_time,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_scripts,
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

SET = "held-back-171"
SITES = ("Linewatch", "Conectados Hoy", "Hatbilgi", "SinyalKuat", "Tin Viễn Thông",
         "Nätkollen", "Kestrel Mobile", "Office of the Communications Regulator", "Cablemar",
         "Badan Regulasi Telekomunikasi Nusantara", "Yıldıznet", "Norrkustens Stadsnät")
LW, CH, HB, SK = "linewatch.co.uk", "conectadoshoy.es", "hatbilgi.com.tr", "sinyalkuat.id"
TV, NK, KM, OC = "tinvienthong.vn", "natkollen.se", "kestrelmobile.co.uk", "ocregulator.org.uk"
CM, BR, YN, NS = "cablemar.com.mx", "brtn.go.id", "yildiznet.com.tr", "norrkustenstadsnat.se"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((LW, "dated"), (CH, "fecha"), (HB, "tarih"), (SK, "tanggal"), (TV, "ngay"),
         (NK, "publicerad"), (KM, "updated"), (OC, "published"), (CM, "lugar"),
         (BR, "tanggal"), (YN, "guncelleme"), (NS, "datum"))
# The lines that name the day they are printed on (the status lines without the year).
EVERY_DAY = ((KM, "status"), (NS, "drift"), (LW, "prices"), (CH, "precios"),
             (NK, "uppdaterad"), (OC, "closes"))
# The notices that follow calendars.
BANNERS = ((LW, "notice"), (CH, "aviso"), (HB, "duyuru"), (SK, "pengumuman"),
           (TV, "thongbao"), (NK, "nyhetsbrev"), (KM, "app"), (OC, "auction"), (CM, "aviso"),
           (BR, "pengumuman"), (YN, "uygulama"), (NS, "oppet"))
# Amounts in force from given days.
TABLES = ((HB, "imei", IMEI_FEE), (NK, "snittpris", NK_PRICE), (KM, "price-rise", RPI_RISE),
          (KM, "roaming", EU_ROAMING), (OC, "notes", COVERAGE), (CM, "precio", CM_PRICE),
          (CM, "acerca", CM_CLIENTS), (YN, "tarife", YN_TARIFE), (NS, "avgift", NS_AVGIFT))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    LW: "Get the Linewatch weekly roundup of ISP news by email",
    CH: "Recibe cada mañana las noticias de las telecos en tu correo",
    HB: "Hatbilgi'yi Google Haberler'de takip edin",
    SK: "Ikuti SinyalKuat di Google News",
    TV: "Theo dõi Tin Viễn Thông trên Facebook để cập nhật tin mới nhất",
    NK: "Prenumerera på Nätkollens nyhetsbrev om bredband och mobil",
    KM: "Get the Kestrel Mobile app to check your usage, top up and pay your bill",
    OC: "Spectrum awards: find out about current and future auctions",
    CM: "Consulta la cobertura y contrata en línea en cablemar.com.mx",
    BR: "Informasi lebih lanjut: www.brtn.go.id",
    YN: "Faturanızı Yıldıznet Online İşlemler'den görüntüleyebilirsiniz.",
    NS: "Kundservice har öppet vardagar 8–16.",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (BR, "nomor"), (YN, "planli")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 9, 4), d(2018, 3, 27), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert [black_friday(y) for y in (2015, 2018, 2020)] == [
        d(2015, 11, 27), d(2018, 11, 23), d(2020, 11, 27)]
    assert [midsummer_eve(y) for y in (2015, 2016, 2019)] == [
        d(2015, 6, 19), d(2016, 6, 24), d(2019, 6, 21)]
    assert next_tuesday(d(2020, 7, 31)) == d(2020, 8, 4)
    assert next_tuesday(d(2020, 8, 4)) == d(2020, 8, 11)
    assert release_number(d(2019, 1, 1)) == 1 and release_number(d(2019, 12, 31)) == 157
    days = auction_days()
    assert days[0] == UK_AUCTION[0] and days[-1] < UK_AUCTION[1] and len(days) == 12
    assert all(day.weekday() < 5 for day in days)
    rounds = [auction_rounds(day) for day in days]
    assert rounds == sorted(rounds) and 36 <= rounds[-1] <= 84


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LW, "dated", old, "Posted 5 Mar 2016")
    full(LW, "dated", new, rf"Friday, 19 June 2020 \({clock} BST\)")
    full(LW, "dated", winter, rf"Monday, 7 December 2020 \({clock} GMT\)")
    full(LW, "prices", new, r"Deal prices correct at the time of writing \(19 June 2020\) "
                            r"and subject to change\.")
    full(CH, "fecha", old, rf"05/03/2016 - {clock}")
    full(CH, "fecha", new, rf"Actualizado: viernes, 19 de junio de 2020, {clock} CEST")
    full(CH, "fecha", winter, rf"Actualizado: lunes, 7 de diciembre de 2020, {clock} CET")
    full(CH, "precios", new, "Precios con IVA incluido consultados el 19 de junio de 2020; "
                             "pueden cambiar sin previo aviso.")
    full(HB, "tarih", old, rf"05\.03\.2016 {clock}")
    full(HB, "tarih", new, rf"Güncelleme: 19 Haziran 2020 Cuma, {clock}")
    full(SK, "tanggal", old, rf"Sabtu, 05/03/2016 {clock} WIB")
    full(SK, "tanggal", new, rf"Jumat, 19 Juni 2020 \| {clock} WIB")
    full(TV, "ngay", old, rf"05/03/2016 {clock}")
    full(TV, "ngay", new, rf"Thứ Sáu, 19/06/2020, {clock} \(GMT\+7\)")
    full(NK, "publicerad", old, "Publicerad 5 mars 2016")
    full(NK, "publicerad", new, rf"Publicerad fredag 19 juni 2020 kl\. {clock}")
    full(NK, "uppdaterad", new, r"Priserna i jämförelsen uppdaterades 19 juni 2020\.")
    full(KM, "updated", old, "Last updated: 5 March 2016")
    full(KM, "updated", new, "Updated 19/06/2020")
    full(KM, "status", new, "Network status, Friday 19 June: all services running "
                            "normally.")
    full(OC, "published", old, "Published: 5 March 2016")
    full(OC, "published", new, "First published 19 June 2020")
    full(OC, "closes", new, r"Responses to this consultation are due by 5pm on 28 August "
                            r"2020\.")
    full(CM, "lugar", old, "Ciudad de México, a 5 de marzo de 2016.–")
    full(CM, "lugar", new, "Ciudad de México, viernes 19 de junio de 2020")
    full(BR, "tanggal", new, "Jakarta, 19 Juni 2020")
    full(BR, "nomor", new, r"No\. 73/HM/BRTN/06/2020")
    full(YN, "guncelleme", old, r"Son güncelleme: 05\.03\.2016")
    full(YN, "guncelleme", new, "Son güncelleme: 19 Haziran 2020")
    full(YN, "planli", new, "Planlı çalışma: 23 Haziran Salı gecesi 02:00–06:00 arasında bazı "
                            "bölgelerde kesinti yaşanabilir.")
    full(NS, "datum", old, "2016-03-05")
    full(NS, "datum", new, "19 juni 2020")
    full(NS, "drift", new, "Driftstatus fredag 19 juni: inga kända störningar.")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # The status lines name the weekday and the day, not the year: they turn every day.
    for key in EVERY_DAY[:2]:
        assert len(changes(*key)) == len(every_day()) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[2:]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(LW, "dated", day).startswith("Posted") == (day < LW_REDESIGN)
        assert on(CH, "fecha", day).startswith("Actualizado") == (day >= CH_REDESIGN)
        assert on(HB, "tarih", day).startswith("Güncelleme") == (day >= HB_REDESIGN)
        assert ("/" in on(SK, "tanggal", day)) == (day < SK_REDESIGN)
        assert on(TV, "ngay", day).endswith("(GMT+7)") == (day >= TV_REDESIGN)
        assert ("kl." in on(NK, "publicerad", day)) == (day >= NK_REDESIGN)
        assert on(KM, "updated", day).startswith("Last") == (day < KM_REDESIGN)
        assert on(OC, "published", day).startswith("First") == (day >= OC_REDESIGN)
        assert on(CM, "lugar", day).endswith(".–") == (day < CM_REDESIGN)
        assert ("." in on(YN, "guncelleme", day)) == (day < YN_REDESIGN)
        assert ("-" in on(NS, "datum", day)) == (day < NS_REDESIGN)
        if day >= LW_REDESIGN:
            assert on(LW, "dated", day).endswith("BST)" if summer_time(day) else "GMT)")
        if day >= CH_REDESIGN:
            assert on(CH, "fecha", day).endswith(" CEST" if summer_time(day) else " CET")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_and_week() -> None:
    for day in every_day():
        status, drift = on(KM, "status", day), on(NS, "drift", day)
        assert f"{day:%A} {day.day} {day:%B}" in status
        if day.isoformat() in KM_OUTAGES:
            assert status.startswith("⚠️"), day
        elif day.weekday() == 2 and day.day <= 7:
            assert "planned maintenance tonight" in status, day
        else:
            assert status.endswith("all services running normally."), day
        if day.isoformat() in NS_STORNINGAR:
            assert drift.startswith("Driftstörning"), day
        elif day.weekday() == 1 and (day + 7 * one).month != day.month:
            assert drift.startswith("Planerat arbete"), day
        else:
            assert drift.startswith("Driftstatus"), day
    weekly = changes(YN, "planli")
    assert len(weekly) >= 300 and all(day.weekday() == 2 for day in weekly)
    numbers = changes(BR, "nomor")
    assert 0.35 * len(every_day()) < len(numbers) < 0.5 * len(every_day())
    assert {d(y, 1, 1) for y in range(2016, 2021)} <= numbers
    for day in (d(2016, 1, 1), d(2019, 6, 30)):
        assert on(BR, "nomor", day).startswith(f"No. {release_number(day)}/HM/BRTN/")
    days = auction_days()
    for k, day in enumerate(days):
        text = on(OC, "auction", day)
        assert f"day {k + 1}: {auction_rounds(day)} rounds completed" in text, day
    assert changes(OC, "auction") >= set(days)
    assert "day 12" in on(OC, "auction", d(2018, 4, 4))
    assert "results published" in on(OC, "auction", UK_AUCTION[1])
    assert on(OC, "auction", d(2018, 3, 24)) == on(OC, "auction", d(2018, 3, 23))


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y, (first, last) in MWC.items():
        assert f"MWC {y}" in on(LW, "notice", iso(first)) and f"MWC {y}" in on(CH, "aviso",
                                                                               iso(last))
    assert "MWC 2020 is cancelled" in on(LW, "notice", MWC_CANCELLED)
    assert "MWC 2020 se cancela" in on(CH, "aviso", d(2020, 2, 25))
    assert "5G spectrum auction" in on(LW, "notice", d(2018, 3, 28))
    assert "Subasta del 5G" in on(CH, "aviso", d(2018, 7, 15))
    assert "portabilidades quedan suspendidas" in on(CH, "aviso", d(2020, 4, 1))
    assert "resintoniza" in on(CH, "aviso", d(2020, 9, 1))
    for y in range(2015, 2021):
        assert f"Black Friday {y}" in on(LW, "notice", black_friday(y)), y
        assert f"Black Week {y}" in on(NK, "nyhetsbrev", black_friday(y) - 2 * one), y
        assert f"Ramazan Bayramı {y}" in on(HB, "duyuru", iso(RAMAZAN_BAYRAMI[y])), y
        assert f"Kurban Bayramı {y}" in on(YN, "uygulama", iso(KURBAN_BAYRAMI[y])), y
        assert f"Mudik Lebaran {y}" in on(SK, "pengumuman", iso(LEBARAN[y]) - 5 * one), y
        assert f"Idul Fitri {HIJRI_FITRI[y]} H" in on(BR, "pengumuman", iso(LEBARAN[y])), y
        assert f"Tết {CAN_CHI[y]} {y}" in on(TV, "thongbao", iso(TET[y])), y
        assert f"El Buen Fin {y}" in on(CM, "aviso", iso(BUEN_FIN[y][0])), y
        # The SIM re-registration (2017) and the free study data (2020) win over Harbolnas.
        assert (f"Harbolnas 12.12 {y}" in on(SK, "pengumuman", d(y, 12, 12))) == (
            y not in (2017, 2020)), y
        assert (f"Midsommarafton {y}" in on(NS, "oppet", midsummer_eve(y))) == (y < 2020), y
        assert f"Jul och nyår {y}" in on(NS, "oppet", d(y, 12, 27)), y
        # The Brexit roaming notice wins over Christmas in 2020.
        assert (f"Christmas {y}" in on(KM, "app", d(y, 12, 24))) == (y < 2020), y
    assert "4.5G 1 Nisan" in on(HB, "duyuru", d(2016, 4, 1))
    assert "4.5G ihalesi" in on(HB, "duyuru", d(2015, 8, 26))
    assert "Registrasi ulang" in on(SK, "pengumuman", d(2017, 12, 1))
    assert "diblokir bertahap" in on(SK, "pengumuman", d(2018, 4, 1))
    assert "Aturan IMEI" in on(SK, "pengumuman", d(2020, 4, 18))
    assert "Palapa Ring" in on(BR, "pengumuman", d(2019, 10, 20))
    assert "11 số sang 10 số" in on(TV, "thongbao", d(2018, 10, 1))
    assert "Chuyển mạng giữ nguyên số" in on(TV, "thongbao", d(2018, 11, 20))
    assert "700 MHz" in on(NK, "nyhetsbrev", d(2018, 12, 6))
    assert "skjuter upp" in on(NK, "nyhetsbrev", d(2020, 11, 10))
    assert "no extra cost" in on(KM, "app", d(2017, 6, 10))
    assert "EU roaming after 31 December 2020" in on(KM, "app", d(2020, 12, 20))
    assert "legal challenges" in on(OC, "auction", d(2017, 11, 1))
    assert "Apagón analógico" in on(CM, "aviso", d(2015, 12, 15))
    assert "19 de septiembre" in on(CM, "aviso", d(2017, 9, 25))
    assert "7 de septiembre" in on(CM, "aviso", d(2017, 9, 10))
    assert "covid-19" in on(NS, "oppet", d(2020, 6, 19))  # the pandemic wins over midsummer


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LW, "byline", LW_REDESIGN, "By {author}", "{author_beat}"),
        (LW, "speeds", LW_ASA, "'up to' speeds", "between 8pm and 10pm"),
        (LW, "disclosure", LW_DISCLOSURE, "We may earn", "reader-supported"),
        (LW, "notice", LW_BRIEFING, "weekly roundup", "every weekday at 7am"),
        (CH, "autor", CH_REDESIGN, "Por {author}", "{author_handle}"),
        (CH, "aviso", CH_TELEGRAM, "en tu correo", "Telegram"),
        (HB, "duyuru", HB_APP, "Google Haberler", "uygulamasını indirin"),
        (SK, "pengumuman", SK_APP, "Google News", "Unduh aplikasi"),
        (TV, "thongbao", TV_APP, "Facebook", "Tải ứng dụng"),
        (NK, "provision", NK_ANNONS, "provision", "Annonslänkar"),
        (KM, "still", KM_CHAT, "Call 333", "Chat to us"),
        (KM, "app", KM_APP, "Get the Kestrel Mobile app", "Download it free"),
        (OC, "twitter", OC_TWITTER, "Follow us on Twitter", "latest news"),
        (CM, "aviso", CM_APP, "contrata en línea", "Descarga la app"),
        (BR, "pengaduan", BR_AKUN, "email", "media sosial"),
        (YN, "musteri", YN_ONLINE, "(7/24)", "Online İşlemler"),
        (YN, "uygulama", YN_APP, "Online İşlemler", "Mobil uygulamasını"),
        (YN, "kvkk", KVKK, "gizlilik politikamız", "6698 sayılı KVKK"),
    ))
    assert_groups_reworded(SET, (
        (LW, "dated", "Posted ", " GMT)"),
        (LW, "speeds", "'up to'", "8pm and 10pm"),
        (CH, "fecha", " - ", "Actualizado: "),
        (HB, "tarih", ".20", "Güncelleme: "),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "131,50 TL" in on(HB, "imei", d(2017, 5, 1))
    assert "2.006 TL" in on(HB, "imei", d(2020, 6, 1))
    assert {day.month for day in changes(KM, "price-rise")} == {4}
    assert "(4.0% this year)" in on(KM, "price-rise", d(2018, 6, 1))
    assert "£1 a day" in on(KM, "roaming", d(2016, 5, 1))
    assert "at no extra cost" in on(KM, "roaming", d(2017, 6, 15))
    assert {day.month for day in changes(OC, "notes")} == {12}
    assert "119,90 TL" in on(YN, "tarife", d(2020, 12, 1))
    fees = {m[1] for t in group_lines(SET, CM, "precio") if (m := re.search(r"desde (\$\d+)",
                                                                           norm(t)))}
    assert len(fees) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_scripts(SET, (
        (CH, "velocidad", (r"[áéíóúñ]",)), (HB, "fiyat", (r"[çğışöüİ]",)),
        (HB, "alinti", (r"[çğışöü]",)), (TV, "giayphep", (r"[ấầậếềểệốồộơưđ]",)),
        (TV, "banquyen", (r"[ễồệ]",)), (NK, "hastighet", (r"[åäö]",)),
        (YN, "faydali", (r"[ışİ]",)), (NS, "kontakta", (r"[åäö]",)),
        (SK, "harga", (r"\b(dapat|sesuai)\b",)), (BR, "tentang", (r"\btelekomunikasi\b",)),
        (CM, "velocidad", (r"[áéí]",)), (OC, "welsh", (r"Gymraeg",))), share=0.9)
    assert any(t.endswith("(GMT+7)") for t in group_lines(SET, TV, "ngay"))
    assert any(t.endswith("WIB") for t in group_lines(SET, SK, "tanggal"))
    assert any(t.endswith("BST)") for t in group_lines(SET, LW, "dated"))
    assert any(t.endswith(" CET") for t in group_lines(SET, CH, "fecha"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LW}/dated", f"{LW}/byline", f"{LW}/related", f"{LW}/kicker",
                         f"{LW}/comments", f"{LW}/copyright", f"{LW}/prices", f"{CH}/fecha",
                         f"{CH}/interes", f"{CH}/precios", f"{HB}/tarih", f"{HB}/paket"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LW}/publisher", f"{LW}/advert", f"{CH}/velocidad", f"{CH}/editora",
        f"{HB}/fiyat", f"{HB}/alinti", f"{SK}/redaksi"))
    assert_carried_share(docs, LW, [
        ("dated", 0.8, 0.98), ("related", 0.25, 0.55), ("correction", 0.0, 0.1),
        ("deal", 0.05, 0.3), ("notice", 0.15, 0.5), ("copyright", 0.35, 0.65)])
    assert_carried_share(docs, CH, [("fecha", 0.75, 0.95), ("rectificacion", 0.0, 0.12)])
    for fam in (f"{LW}/advert", f"{CH}/publicidad", f"{HB}/reklam", f"{TV}/quangcao",
                f"{NK}/annons"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((LW, "related"), (LW, "deal"), (CH, "tarifa"), (HB, "paket"),
                               (SK, "baca"), (SK, "iklan"), (TV, "goi"), (NK, "erbjudande"),
                               (KM, "see-also"), (CM, "paquete"), (BR, "foto"), (NS, "omrade")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LW, "correction", 16), (CH, "rectificacion"), (HB, "duzeltme"), (SK, "koreksi"),
        (TV, "dinhchinh"), (NK, "rattelse"), (KM, "update"), (OC, "correction"),
        (CM, "fe-de-erratas"), (BR, "ralat"), (YN, "not"), (NS, "uppdaterad")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{LW}/related", "Related: "), (f"{CH}/interes", "Te puede interesar: "),
        (f"{HB}/ilgili", "İlgili Haber: "), (f"{SK}/baca", "Baca Juga: "),
        (f"{TV}/xemthem", "Xem thêm: "), (f"{NK}/lasock", "Läs också: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (LW, "advert", "Advertisement"), (CH, "publicidad", "Publicidad"),
        (HB, "reklam", "Reklam"), (SK, "iklan", "ADVERTISEMENT"), (TV, "quangcao", "Quảng cáo"),
        (NK, "annons", "Annons"), (OC, "ends", "ENDS"), (BR, "siaran", "SIARAN PERS"),
        (CM, "comunicado", "Comunicado de prensa")))
    assert_group_values_from_pool(SET, (
        (LW, "kicker", "kicker"), (CH, "seccion", "seccion"), (HB, "kategori", "kategori"),
        (SK, "kanal", "kanal"), (TV, "chuyenmuc", "chuyenmuc"), (NK, "avdelning", "avdelning"),
        (KM, "topic", "topic"), (OC, "kind", "kind"), (YN, "konu", "konu"),
        (NS, "kategori", "kategori")))
    authors = {t for t in group_lines(SET, TV, "tacgia")}
    assert 3 <= len(authors) and all(len(t.split()) >= 2 for t in authors)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LW, "advert", "Advertisement"),
        (CH, "velocidad", "La velocidad real puede ser inferior a la contratada: depende de "
                          "la cobertura, del equipo y de la hora de conexión."),
        (HB, "fiyat", "Fiyatlara KDV ve ÖİV dahildir; operatörler tarifelerde değişiklik "
                      "yapma hakkını saklı tutar."),
        (KM, "helpful", "Was this article helpful? Yes / No")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LW: (["publisher", "copyright"], 2),
        CH: (["editora", "copyright"], 2),
        HB: (["telif", "alinti"], 2),
        SK: (["redaksi", "copyright"], 2),
        TV: (["giayphep", "banquyen"], 2),
        NK: (["utgivare", "copyright"], 2),
        OC: (["ends", "notes", "media", "copyright"], 3),
        CM: (["acerca", "contacto", "copyright"], 2),
        BR: (["tentang", "narahubung"], 2),
        NS: (["agare", "copyright"], 2)})


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
