"""The held-back-216 template set (`tests.bench.heldout_templates_216`): its localised dates
(printed day by day in English with Irish summer and winter time, French, German, Korean,
Vietnamese and Turkish, several changing form on a redesign day), the lines that turn every
day, week and month (an exchange rate, the next Monday's course start, a month's IELTS
dates), the exam sessions and registration deadlines that turn with each session (an exam
board's, DELF-DALF, telc, TOPIK counted round by round), the course-start and application
calendars, the notices that follow calendars (closures, St Patrick's Day, Seollal, Chuseok,
the CSAT, Tết, the Bayrams, fairs, early-booking offers, the pandemic), the fees and visa
amounts that change over the years, the lines in several languages and scripts, the
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

from tests.bench.heldout_templates_216 import (
    AT_HARC,
    AT_REDESIGN,
    AT_VIZE,
    BJ_PREISE,
    BJ_REDESIGN,
    BW_BREXIT,
    BW_FEES,
    BW_NEWSLETTER,
    BW_REDESIGN,
    CHUSEOK,
    CSAT,
    FIRST_DAY,
    HB_BLOG,
    HB_HOURS,
    HB_REDESIGN,
    HB_VISA,
    HD_LEPHI,
    HD_REDESIGN,
    JOURS,
    KURBAN_BAYRAMI,
    LAST_DAY,
    LL_ACELS,
    LL_ILEP,
    LL_IRP,
    LL_REDESIGN,
    LR_REDESIGN,
    LR_TARIFS,
    LR_VLS_TS,
    LUNAR_NEW_YEAR,
    ME_FEES,
    ME_GDPR,
    ME_RECOGNISED,
    ME_REDESIGN,
    ME_RESULTS,
    NK_BIJA,
    NK_REDESIGN,
    NK_SUEOPRYO,
    RAMAZAN_BAYRAMI,
    SM_DECREE,
    SM_REDESIGN,
    SM_VISA,
    SN_PREISE,
    SN_REDESIGN,
    SN_VISUM,
    YT_IKAMET,
    YT_REDESIGN,
    YT_UCRET,
    aud_vnd,
    bw_start_days,
    delf_closes,
    delf_sessions,
    fair_day,
    hd_classes,
    me_closes,
    me_sessions,
    nk_terms,
    sm_seminars,
    summer_time,
    telc_closes,
    telc_days,
    topik_rounds,
    yt_kur_days,
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

SET = "held-back-216"
SITES = ("Brightwater English", "Meridian English Assessment", "Langues & Rivages",
         "한빛유학", "Du học Sao Mai", "Atlas Yurtdışı Eğitim", "Sprachinstitut am Neckar",
         "Liffey Language College", "누리대학교 한국어교육원", "Yakamoz Türkçe Öğretim Merkezi",
         "Brückenjahr Austausch", "Anh ngữ Hải Đăng")
BW, ME, LR, HB = ("brightwaterenglish.co.uk", "meridianassessment.org", "languesetrivages.fr",
                  "hanbityuhak.co.kr")
SM, AT, SN, LL = ("duhocsaomai.vn", "atlasyurtdisi.com.tr", "sprachinstitut-neckar.de",
                  "liffeylanguage.ie")
NK, YT, BJ, HD = ("nurikorean.ac.kr", "yakamozturkce.com.tr", "brueckenjahr.de",
                  "anhnguhaidang.edu.vn")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((BW, "dated"), (ME, "dated"), (LR, "date"), (HB, "nalja"), (SM, "ngay"),
         (AT, "tarih"), (SN, "datum"), (LL, "dated"), (NK, "deungrok"), (YT, "tarih"),
         (BJ, "datum"), (HD, "ngay"))
# The lines that turn with sessions, terms, course starts and deadlines.
SESSIONS = ((BW, "course-start"), (ME, "session"), (LR, "delf"), (LR, "rentree"),
            (SM, "hoithao"), (SM, "hocbong"), (SN, "kursbeginn"), (SN, "pruefung"),
            (LL, "hours"), (NK, "hakgi"), (NK, "topik"), (YT, "kur"), (BJ, "frist"),
            (BJ, "stipendium"), (HD, "lichthi"), (HD, "khaigiang"))
# The notices that follow calendars.
BANNERS = ((BW, "notice"), (ME, "newsletter"), (LR, "lettre"), (HB, "annae"),
           (SM, "thongbao"), (AT, "duyuru"), (SN, "hinweis"), (LL, "notice"), (YT, "burs"),
           (YT, "duyuru"), (BJ, "hinweis"), (HD, "thongbao"))
# Amounts in force from given days.
TABLES = ((BW, "fees", BW_FEES), (ME, "fees", ME_FEES), (ME, "recognised", ME_RECOGNISED),
          (LR, "tarifs", LR_TARIFS), (HB, "bija", HB_VISA), (SM, "visa", SM_VISA),
          (AT, "harc", AT_HARC), (AT, "vize", AT_VIZE), (SN, "preise", SN_PREISE),
          (NK, "sueopryo", NK_SUEOPRYO), (YT, "ucret", YT_UCRET), (BJ, "preis", BJ_PREISE),
          (HD, "lephi", HD_LEPHI))

QUIET = d(2015, 10, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    (BW, "notice"): "Join our newsletter for course offers and free lesson ideas",
    (LR, "lettre"): "Inscrivez-vous à notre lettre d'information mensuelle",
    (HB, "annae"): "한빛유학 네이버 블로그에서 최신 유학 소식을 받아보세요",
    (SM, "thongbao"): "Đăng ký nhận bản tin du học hàng tuần qua email",
    (AT, "duyuru"): "Dil okulu kayıtlarınızda ücretsiz danışmanlık için bize ulaşın",
    (SN, "hinweis"): "Folgen Sie uns auf Facebook und Instagram",
    (LL, "notice"): "Follow #LiffeyLife on Instagram for weekly events",
    (YT, "duyuru"): "Güncel duyurular için Instagram hesabımızı takip edin",
    (BJ, "hinweis"): "Infoabende in Ihrer Nähe: alle Termine auf unserer Website",
    (HD, "thongbao"): "Đăng ký học thử miễn phí tại fanpage Anh ngữ Hải Đăng",
}

on = partial(wording_on, SET)
changes = partial(wording_changes, SET)
found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + SESSIONS + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((SM, "tygia"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 11, 20), d(2018, 9, 3), d(2019, 2, 11),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert summer_time(d(2019, 3, 31)) and not summer_time(d(2019, 3, 30))
    assert not summer_time(d(2019, 10, 27))
    starts = bw_start_days()
    assert all(s.weekday() == 0 for s in starts)
    assert d(2018, 12, 24) not in starts and d(2019, 1, 7) in starts
    assert d(2018, 12, 17) in starts
    sessions = me_sessions()
    assert all(s.weekday() == 5 and 8 <= s.day <= 14 and s.month != 8 for s in sessions)
    assert d(2020, 3, 14) in sessions and d(2020, 7, 11) in sessions
    assert not any(d(2020, 4, 1) <= s <= d(2020, 6, 30) for s in sessions)
    assert me_closes(d(2020, 3, 14)) == d(2020, 2, 7)
    assert d(2019, 11, 11) in delf_sessions() and delf_closes(d(2019, 11, 11)) == d(2019, 10, 12)
    assert not any(s.year == 2020 and s.month in (5, 6) for s in delf_sessions())
    exams = telc_days()
    assert all(e.weekday() == 5 and e.month not in (8, 12) for e in exams)
    assert telc_closes(d(2019, 6, 29)) == d(2019, 5, 18)
    rounds = dict(topik_rounds())
    assert rounds[d(2020, 4, 19)] == 69 and rounds[d(2020, 5, 17)] == 70
    numbers = [n for _, n in topik_rounds()]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    assert all(t.weekday() == 6 for t, _ in topik_rounds())
    assert [t[1] for t in nk_terms() if t[1].year == 2019] == [
        d(2019, 3, 4), d(2019, 6, 3), d(2019, 9, 2), d(2019, 12, 2)]
    assert fair_day(2019, 3) == d(2019, 3, 2) and fair_day(2018, 9) == d(2018, 9, 1)
    assert all(abs((s - iso(LUNAR_NEW_YEAR[s.year])).days) > 7 for s in sm_seminars())
    assert d(2018, 2, 18) not in sm_seminars() and d(2019, 2, 17) in sm_seminars()
    assert all(k.weekday() == 0 and k.month in (2, 4, 6, 10, 12) for k in yt_kur_days())
    assert all((b - a).days == 14 for a, b in zip(hd_classes(), hd_classes()[1:], strict=False))
    assert aud_vnd(d(2020, 3, 20)) < 14100 < 17500 < aud_vnd(d(2018, 1, 20))


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(BW, "dated", old, "Posted on 5 March 2016")
    full(BW, "dated", new, r"Friday 19 June 2020 · \d+ min read")
    full(ME, "dated", old, "05 Mar 2016")
    full(ME, "dated", new, "Last updated 19 June 2020")
    full(LR, "date", old, "Publié le 05/03/2016")
    full(LR, "date", new, rf"Publié le vendredi 19 juin 2020 à {clock}")
    full(LR, "date", d(2020, 5, 1), rf"Publié le vendredi 1er mai 2020 à {clock}")
    full(HB, "nalja", old, r"2016\.03\.05")
    full(HB, "nalja", new, rf"2020년 6월 19일\(금\) {clock}")
    full(SM, "ngay", old, rf"05/03/2016 {clock}")
    full(SM, "ngay", new, rf"Thứ Sáu, 19/06/2020, {clock} \(GMT\+7\)")
    full(SM, "tygia", new, r"Tỷ giá tham khảo ngày 19/06/2020: 1 AUD = 1\d\.\d{3} VNĐ")
    full(AT, "tarih", old, r"05\.03\.2016")
    full(AT, "tarih", new, rf"19 Haziran 2020 Cuma, {clock}")
    full(SN, "datum", old, r"05\.03\.2016")
    full(SN, "datum", new, "Veröffentlicht am 19. Juni 2020")
    full(LL, "dated", old, "5 March 2016")
    full(LL, "dated", new, rf"Updated 19 Jun 2020, {clock} IST")
    full(LL, "dated", winter, rf"Updated 7 Dec 2020, {clock} GMT")
    full(NK, "deungrok", old, "등록일 2016-03-05")
    full(NK, "deungrok", new, r"등록일: 2020\.06\.19 \| 조회수 \d+")
    full(YT, "tarih", old, r"Yayın tarihi: 05\.03\.2016")
    full(YT, "tarih", new, "19 Haziran 2020")
    full(BJ, "datum", old, r"05\.03\.2016")
    full(BJ, "datum", new, "Freitag, 19. Juni 2020")
    full(HD, "ngay", old, "Ngày đăng: 05/03/2016")
    full(HD, "ngay", new, rf"Cập nhật lúc {clock}, 19/06/2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + ((SM, "tygia"),)}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(BW, "dated", day).startswith("Posted") == (day < BW_REDESIGN)
        assert on(ME, "dated", day).startswith("Last updated") == (day >= ME_REDESIGN)
        assert ("{time}" in on(LR, "date", day)) == (day >= LR_REDESIGN)
        assert ("년" in on(HB, "nalja", day)) == (day >= HB_REDESIGN)
        assert ("GMT+7" in on(SM, "ngay", day)) == (day >= SM_REDESIGN)
        assert ("{time}" in on(AT, "tarih", day)) == (day >= AT_REDESIGN)
        assert on(SN, "datum", day).startswith("Veröffentlicht") == (day >= SN_REDESIGN)
        assert on(LL, "dated", day).startswith("Updated") == (day >= LL_REDESIGN)
        assert ("조회수" in on(NK, "deungrok", day)) == (day >= NK_REDESIGN)
        assert on(YT, "tarih", day).startswith("Yayın") == (day < YT_REDESIGN)
        assert ("," in on(BJ, "datum", day)) == (day >= BJ_REDESIGN)
        assert on(HD, "ngay", day).startswith("Cập nhật") == (day >= HD_REDESIGN)
        if day >= LL_REDESIGN:
            assert on(LL, "dated", day).endswith("IST" if summer_time(day) else "GMT")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    assert len(changes(SM, "tygia")) == len(every_day()) - 1
    weekly = changes(BW, "course-start")
    assert len(weekly) >= 250 and all(day.weekday() == 0 for day in weekly - {
        d(2020, 3, 20), d(2020, 9, 1)})
    monthly = changes(HD, "lichthi")
    assert monthly == {d(y, m, 1) for y in range(2015, 2021) for m in range(1, 13)} - {
        d(2015, 1, 1)}
    monthly = changes(LR, "rentree")
    assert len(monthly) >= 70 and all(day.weekday() == 1 and day.day <= 8 for day in monthly)
    rates = [int(m[1].replace(".", "")) for t in group_lines(SET, SM, "tygia")
             if (m := re.search(r"= ([\d.]+) VNĐ", norm(t)))]
    assert rates and all(13_000 <= r <= 19_000 for r in rates)
    for day in every_day():
        hours = on(LL, "hours", day)
        assert ("40 hours" in hours) == (
            6 <= day.month <= 9 or (day.month, day.day) >= (12, 15)
            or (day.month, day.day) <= (1, 15)), day


def test_exam_sessions_and_registration_deadlines() -> None:
    for session in me_sessions():
        if d(2015, 3, 1) <= session <= d(2020, 12, 31) and not (
                d(2020, 3, 17) <= me_closes(session) <= d(2020, 6, 30)):
            close = me_closes(session)
            text = on(ME, "session", close)
            assert f"{session.day} {session:%B} {session.year}" in text, session
            assert f"{close.day} {close:%B}" in text, session
            assert text.startswith("Next paper-based session") or text.startswith(
                "Entries are closed"), session
            assert f"Entries are closed for Saturday {session.day} " in on(ME, "session",
                                                                           session), session
    assert found(ME, "session", r"^(Next paper-based|Entries are closed)") == {
        "Next paper-based", "Entries are closed"}
    assert "cancelled" in on(ME, "session", d(2020, 5, 1))
    assert "Saturday 11 July 2020" in on(ME, "session", d(2020, 7, 1))
    for session in delf_sessions():
        if d(2015, 2, 1) <= session <= d(2020, 12, 31) and session.year != 2020:
            if session.month in (3, 11):  # the two sessions after a long gap
                assert f"lundi {session.day} " in on(LR, "delf", session - 40 * one), session
            assert f"jusqu'au {JOURS[delf_closes(session).weekday()]}" in on(
                LR, "delf", delf_closes(session)) or session.month == 6, session
            assert "Inscriptions closes" in on(LR, "delf", delf_closes(session) + one)
    assert "annulées" in on(LR, "delf", d(2020, 4, 20))
    for exam in telc_days():
        if d(2015, 3, 1) <= exam <= d(2020, 12, 31) and not d(2020, 3, 16) <= telc_closes(
                exam) <= d(2020, 5, 17):
            assert f"Samstag, {exam:%d.%m.%Y}" in on(SN, "pruefung", telc_closes(exam))
    assert "entfallen" in on(SN, "pruefung", d(2020, 4, 1))
    for test, n in topik_rounds():
        if d(2015, 1, 1) <= test <= d(2020, 12, 31) and not d(2020, 2, 24) <= test <= d(
                2020, 5, 31):
            assert f"제{n}회" in on(NK, "topik", test), test
            assert f"제{n}회" not in on(NK, "topik", test + one)
    assert found(NK, "topik", r"제(\d+)회") >= {str(n) for n in (*range(40, 69), *range(71, 75))}
    assert "제69회·제70회" in on(NK, "topik", d(2020, 4, 1))
    assert found(HD, "lichthi", r"tháng (\d+/\d+)") >= {f"{m}/2019" for m in range(1, 13)}
    assert "Tạm dừng" in on(HD, "lichthi", d(2020, 4, 15))


def test_course_starts_and_application_calendars() -> None:
    assert "Monday 7 January 2019" in on(BW, "course-start", d(2018, 12, 20))
    assert "Monday 24 December" not in " ".join(on(BW, "course-start", day)
                                                 for day in every_day())
    assert "online" in on(BW, "course-start", d(2020, 5, 4))
    assert "lundi 2 mars 2020" in on(LR, "rentree", d(2020, 2, 10))
    assert "Montag, 14. Januar 2019" in on(SN, "kursbeginn", d(2019, 1, 8))
    assert "2019년 가을학기 신청 마감: 6월 28일(금)" in on(NK, "hakgi", d(2019, 6, 1))
    assert "Yeni kur 1 Nisan 2019 Pazartesi" in on(YT, "kur", d(2019, 3, 1))
    assert "uzaktan" in on(YT, "kur", d(2020, 6, 1))
    for y in range(2015, 2021):
        assert f"Schuljahr {y}/{str(y + 1)[2:]}" in on(BJ, "frist", d(y, 3, 31))
        assert f"Schuljahr {y + 1}/" in on(BJ, "frist", d(y, 4, 1))
        assert f"Bewerbungsschluss 15. Oktober {y}" in on(BJ, "stipendium", d(y, 10, 15))
        assert f"15. Oktober {y + 1}" in on(BJ, "stipendium", d(y, 10, 16))
        assert f"tháng 7/{y}" in on(SM, "hocbong", d(y, 4, 15))
        assert f"tháng 2/{y + 1}" in on(SM, "hocbong", d(y, 4, 16))
    assert changes(BJ, "frist") == {d(y, 4, 1) for y in range(2015, 2021)}
    assert "Thứ Hai, 06/01/2020" in on(HD, "khaigiang", d(2020, 1, 2))
    assert "20/03/2016" in on(SM, "hoithao", d(2016, 3, 5))
    assert "trực tuyến" in on(SM, "hoithao", d(2020, 3, 1))


def test_notices_follow_the_calendars() -> None:
    for key, text in FIRST_WORDINGS.items():
        assert on(*key, QUIET) == text, key
    for y in range(2015, 2020):
        assert f"24 December {y}" in on(BW, "notice", d(y, 12, 20)), y
        assert f"Junior summer centres {y + 1}" in on(BW, "notice", d(y + 1, 2, 1)), y
        assert f"24 décembre {y}" in on(LR, "lettre", d(y, 12, 20)), y
        assert f"1er au 15 août {y}" in on(LR, "lettre", d(y, 8, 10)), y
        assert f"23. Dezember {y}" in on(SN, "hinweis", d(y, 12, 20)), y
        assert f"Sommerkurse {y}" in on(SN, "hinweis", d(y, 5, 1)), y
        assert f"St Patrick's Day {y}" in on(LL, "notice", d(y, 3, 17)), y
        assert f"Tết Nguyên đán {y}" in on(SM, "thongbao", iso(LUNAR_NEW_YEAR[y])), y
        assert f"nghỉ Tết {y}" in on(HD, "thongbao", iso(LUNAR_NEW_YEAR[y])), y
        assert "Ramazan Bayramı" in on(AT, "duyuru", iso(RAMAZAN_BAYRAMI[y])), y
        assert "Kurban Bayramı" in on(AT, "duyuru", iso(KURBAN_BAYRAMI[y])), y
        assert f"Kurban Bayramı {y}" in on(YT, "duyuru", iso(KURBAN_BAYRAMI[y])), y
        assert f"Erken kayıt fırsatı: {y}" in on(AT, "duyuru", d(y, 2, 1)), y
        assert f"Türkiye Bursları {y}" in on(YT, "burs", d(y, 2, 1)), y
        assert "설 연휴" in on(HB, "annae", iso(LUNAR_NEW_YEAR[y])), y
        assert "추석 연휴" in on(HB, "annae", iso(CHUSEOK[y])), y
        assert f"{y + 1}학년도 수능일" in on(HB, "annae", iso(CSAT[y])), y
        assert f"Austauschschüler {y}/" in on(BJ, "hinweis", d(y, 7, 25)), y
        assert f"Teachers' Week {y}" in on(ME, "newsletter", d(y, 3, 15)), y
    assert found(HB, "annae", r"(\d{4} (?:봄|가을)) 한빛유학") >= {
        f"{y} {s}" for y in range(2015, 2020) for s in ("봄", "가을")}
    assert "포항 지진" in on(HB, "annae", d(2017, 11, 16))
    assert "2021학년도 수능일(12월 3일(목))" in on(HB, "annae", d(2020, 12, 3))
    assert "온라인 개최" in on(HB, "annae", d(2020, 9, 1))
    assert "온라인 상담회" in on(HB, "annae", d(2020, 3, 7))
    for domain, family, day in ((BW, "notice", d(2020, 5, 1)), (ME, "newsletter",
                                d(2020, 5, 1)), (LR, "lettre", d(2020, 4, 1)),
                                (SM, "thongbao", d(2020, 3, 1)), (AT, "duyuru", d(2020, 5, 24)),
                                (SN, "hinweis", d(2020, 4, 1)), (LL, "notice", d(2020, 3, 17)),
                                (YT, "duyuru", d(2020, 7, 31)), (BJ, "hinweis", d(2020, 7, 25)),
                                (HD, "thongbao", d(2020, 4, 1))):
        assert on(domain, family, day) != on(domain, family, QUIET), (domain, family)
        assert on(domain, family, day) == on(domain, family, day + 2 * one), (domain, family)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (BW, "byline", BW_REDESIGN, "By {author}", "{author_beat}"),
        (BW, "visa", BW_BREXIT, "Short-term study visa", "31 December 2020"),
        (BW, "notice", BW_NEWSLETTER, "course offers", "every Friday"),
        (ME, "privacy", ME_GDPR, "Data Protection Act 1998", "GDPR"),
        (ME, "results", ME_RESULTS, "around four weeks", "within two weeks"),
        (LR, "auteur", LR_REDESIGN, "Par {author}", "Photo"),
        (LR, "visa", LR_VLS_TS, "Campus France", "VLS-TS"),
        (HB, "sangdam", HB_HOURS, "19:00", "토요일 휴무"),
        (HB, "annae", HB_BLOG, "네이버 블로그", "유튜브"),
        (SM, "giayphep", SM_DECREE, "Giấy phép", "Giấy chứng nhận"),
        (AT, "yazar", AT_REDESIGN, "Yazar:", "Eğitim Danışmanı"),
        (SN, "visum", SN_VISUM, "Sie brauchen", "§ 16f"),
        (LL, "immigration", LL_IRP, "GNIB", "IRP"),
        (LL, "eligible", LL_ILEP, "25-week", "ILEP"),
        (LL, "accreditation", LL_ACELS, "Accredited by ACELS.", "Qualifications Ireland"),
        (NK, "bija", NK_BIJA, "표준입학허가서", "잔고증명서"),
        (YT, "ikamet", YT_IKAMET, "kabul edilmektedir", "e-ikamet")))
    assert_groups_reworded(SET, (
        (BW, "dated", "Posted on ", " min read"),
        (ME, "dated", " 20", "Last updated "),
        (BW, "byline", "By ", "Written by "),
        (LR, "date", "/", " à "),
        (ME, "privacy", "1998", "GDPR"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
    assert "£265 a week" in on(BW, "fees", d(2020, 6, 1))
    assert "Registration £75" in on(BW, "fees", d(2019, 1, 1))
    assert "Registration £70" in on(BW, "fees", d(2018, 12, 31))
    assert "Advanced C1 £146" in on(ME, "fees", d(2020, 6, 1))
    assert "25,000" in on(ME, "recognised", d(2020, 1, 1))
    assert "SEVIS 비용 200달러" in on(HB, "bija", d(2019, 6, 23))
    assert "SEVIS 비용 350달러" in on(HB, "bija", d(2019, 6, 24))
    assert "중단" in on(HB, "bija", d(2020, 3, 18))
    assert found(SM, "visa", r"(\d+) AUD") == {"550", "560", "575", "620"}
    assert "subclass 500" in on(SM, "visa", d(2016, 7, 1))
    assert "subclass" not in on(SM, "visa", d(2016, 6, 30))
    assert "50 TL" in on(AT, "harc", d(2019, 1, 1)) and "15 TL" in on(AT, "harc",
                                                                     d(2018, 12, 31))
    assert found(AT, "vize", r"ücreti: (\d+) £") == {"322", "328", "335", "348"}
    assert "Student route" in on(AT, "vize", d(2020, 10, 5))
    assert "Anmeldegebühr 70 €" in on(SN, "preise", d(2020, 2, 1))
    assert "1,700,000원" in on(NK, "sueopryo", d(2019, 1, 1))
    assert "2019-2020 eğitim yılı kur ücreti: 2.400 TL" in on(YT, "ucret", d(2019, 9, 1))
    assert "2020/21: ab 10.290 €" in on(BJ, "preis", d(2020, 6, 1))
    assert "4.750.000" in on(HD, "lephi", d(2018, 3, 1))
    prices = {m[1] for t in group_lines(SET, BW, "fees")
              if (m := re.search(r"General English £(\d+)", norm(t)))}
    assert len(prices) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (HB, "bunryu", r"[\uac00-\ud7a3]"), (HB, "saeopja", r"[\uac00-\ud7a3]"),
        (NK, "juso", r"[\uac00-\ud7a3]"), (NK, "topik", r"[\uac00-\ud7a3]"),
        (SM, "diachi", r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"),
        (HD, "lienhe", r"[ĐđạÁ-ỹ]"), (SM, "quangcao", r"[ảá]"),
        (AT, "copyright", r"[ışğüöçİŞ]"), (YT, "iletisim", r"[ışğüöçİŞ]"),
        (SN, "gewaehr", r"[äöüß]"), (BJ, "verein", r"[äöüß]"),
        (LR, "label", r"[éèàùç]")))
    assert any("년" in t for t in group_lines(SET, HB, "nalja"))
    assert any(re.fullmatch(r"\d{4}\.\d\d\.\d\d", t) for t in group_lines(SET, HB, "nalja"))
    assert any(t.endswith("IST") for t in group_lines(SET, LL, "dated"))
    assert any(t.endswith("GMT") for t in group_lines(SET, LL, "dated"))
    assert any(t.startswith("Chủ Nhật") or t.startswith("Thứ")
               for t in group_lines(SET, SM, "ngay"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{BW}/dated", f"{BW}/byline", f"{BW}/related", f"{BW}/kicker",
                         f"{BW}/copyright", f"{BW}/course-start", f"{ME}/dated",
                         f"{ME}/session", f"{ME}/see-also", f"{LR}/date", f"{HB}/nalja"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{BW}/accreditation", f"{BW}/company", f"{BW}/level-test", f"{ME}/charity",
        f"{ME}/office", f"{LR}/label", f"{LR}/adresse"))
    assert_carried_share(docs, BW, [
        ("dated", 0.8, 0.98), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("course-start", 0.12, 0.4), ("notice", 0.15, 0.45)])
    assert_carried_share(docs, ME, [("dated", 0.8, 0.98), ("charity", 0.3, 0.6),
                                    ("clarification", 0.0, 0.12)])
    for fam in (f"{BW}/related", f"{HB}/gwallyeon", f"{SM}/xemthem"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((BW, "level-test"), (ME, "see-also"), (LR, "lire"),
                               (SM, "hocbong"), (AT, "reklam"), (SN, "pruefung"),
                               (NK, "topik"), (HD, "khaigiang")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (BW, "correction", 16), (ME, "clarification"), (LR, "erratum"), (HB, "sujeong"),
        (SM, "dinhchinh"), (AT, "duzeltme"), (SN, "korrektur"), (LL, "update"),
        (NK, "jeongjeong"), (YT, "duzeltme"), (BJ, "korrektur"), (HD, "dinhchinh")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{BW}/related", "Related: "), (f"{ME}/see-also", "See also: "),
        (f"{LR}/lire", "À lire aussi : "), (f"{HB}/gwallyeon", "관련 글: "),
        (f"{SM}/xemthem", "Xem thêm: "), (f"{AT}/ilginizi", "İlginizi çekebilir: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (BW, "level-test", "Not sure of your level? Take our free online English test"),
        (HB, "gwanggo", "광고"), (SM, "quangcao", "Quảng cáo"), (AT, "reklam", "Reklam"),
        (SN, "anzeige", "Anzeige")))
    assert_group_values_from_pool(SET, (
        (BW, "kicker", "kicker"), (ME, "audience", "audience"), (LR, "rubrique", "rubrique"),
        (HB, "bunryu", "bunryu"), (SM, "chuyenmuc", "chuyenmuc"), (AT, "kategori", "kategori"),
        (SN, "rubrik", "rubrik"), (NK, "bunryu", "bunryu"), (YT, "tur", "tur")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (BW, "level-test", "Not sure of your level? Take our free online English test"),
        (ME, "office", "Registered office: Tenter House, 8 Mill Lane, Reading RG1 2PX"),
        (SN, "gewaehr", "Alle Angaben ohne Gewähr. Änderungen vorbehalten.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        BW: (["accreditation", "company", "copyright"], 3),
        ME: (["charity", "office", "copyright"], 3),
        LR: (["label", "adresse", "copyright"], 3),
        HB: (["sangdam", "saeopja", "copyright"], 3),
        SM: (["hotline", "diachi", "giayphep", "copyright"], 3),
        AT: (["danisma", "adres", "copyright"], 2),
        SN: (["gewaehr", "institut", "copyright"], 2),
        LL: (["accreditation", "address", "copyright"], 2),
        NK: (["munui", "juso", "copyright"], 2),
        YT: (["iletisim", "copyright"], 2),
        BJ: (["verein", "kontakt", "copyright"], 2),
        HD: (["lienhe", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + ((SM, "tygia"),):
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
