"""The eighteenth held-back template set (``held-back-18``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the seventeenth
held-back set (`tests.bench.heldout_templates_17`, written the same day; its first run was
known when this one was written, but not its misses). It was written WITHOUT looking at
cleanpipe's detection code (``cleanpipe/detect``, ``segment``, ``sign``, ``engine``,
``strip``, ``config``) or the README's detection rules, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first seventeen held-back sets.

**Status (2026-11-26, end of the session that studied held-back-17):** run once while
unseen (93.92% boilerplate removed, 99.97% content kept, at 1e76adc; the session's start
code e62ca29 scored 93.70%), then its misses were studied: no longer unseen. The next unseen
set is held-back-19 (`tests.bench.heldout_templates_19`).

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Korean-language regional daily in
Hangul (Busan), a Hebrew-language local news site (Haifa), an Azerbaijani-language regional
news site (Ganja), an Amharic-language news site in Ethiopic script (Addis Ababa), a
Yoruba-language news site (Ibadan), a junior gold explorer's news releases on the TSX
Venture Exchange (Québec), a borough council's news (England), a Great Lakes port
authority's news (Minnesota), a legal newspaper's public notices (a US county), a
fishermen's co-operative's news (Nova Scotia), a wine region's trade association
(Washington State) and a racing-pigeon federation's results (North Pennines, England). None
of these kinds or languages is in held-back-16 or held-back-17.

Variation: dates in several formats and languages (a Korean ``입력 2017.06.21 14:32`` turned
``기사입력 2017년 06월 21일 14시 32분`` at a 2019 redesign, the hour and minute cut from the
``time`` slot by indexing; a Hebrew ``21.06.17 | 14:32`` with a two-digit year turned
"פורסם: 21.06.2017, 14:32"; an Azerbaijani ``21.06.2017 | 14:32`` turned "Dərc edilib:"; an
Amharic site's English long date gaining a reading time in Amharic; a Yoruba site's English
long date turned "A tẹ̀ ẹ́ jáde ní"; a Canadian newswire dateline turned one without the
wire and with two more listings; British day-month-year dates, a council's gaining the
weekday, a port's US slashed date turned a weekday long date, a legal notice's short date
turned a slashed one and its legal number turned an ID with the year, US long and short
dates), notices reworded in 2015-2020 (Korean social links turned a Naver channel, a
subscription price raised, a comment counter turned a real-name comment rule and the
copyright line gaining the address; Hebrew Facebook turned a WhatsApp group and a
coronavirus WhatsApp group, a comment rule and an imprint with an address; an Azerbaijani
Facebook line turned a Telegram channel and a coronavirus one, a comment rule, a copyright
line turned a citation rule with a phone; an Amharic Facebook line turned a Telegram
channel, a tip line turned a COVID-19 hotline, a comment rule and an imprint; a Yoruba
Facebook line turned a WhatsApp group, a comment rule and a donation appeal turned a
pandemic appeal; a qualified person and an assay laboratory replaced, a property added;
council tax by financial year, garden waste suspended and restarted, remote council
meetings, pre-election notices only in the weeks before four elections; a port's shipping
season following the Soo Locks every winter, its yearly tonnage, harbor-tour prices and a
2020 closure; a legal newspaper's line rate raised and a walk-in closure, a subscription
price raised; a lobster season following Dumping Day every November, settlement by cheque
turned direct deposit, a co-op share raised, an office closed and reopened; a wine region's
passport prices raised, Spring Release cancelled and tasting rooms reopened, wildfire smoke
for a few weeks of 2020, a member count raised and a vineyard acreage grown; pigeon
federation subs raised, racing suspended and resumed), names at the start of lines (Korean
reporters with their e-mail, Hebrew, Azerbaijani and Yoruba writers from pools, a mining
company's chief executive and contacts, port contacts, wine and pigeon writers), the
article's own title (a legal newspaper's "Cite as" line) and other articles' titles
(Korean, Hebrew, Azerbaijani, Amharic and Yoruba links), amounts (won, US and Canadian
dollars, pounds, naira, manat rates), counts, legal and registration numbers, Brix readings
and pigeon velocities in yards per minute, phone numbers in eight countries' formats,
multi-line blocks (a mining company's about, sign-off and contact blocks, a council's notes
to editors, a port's media contact), mid-body inserts (some up to two or three times), bare
lines (Korean, Hebrew, Azerbaijani, Amharic and Yoruba ad labels, kickers, a Korean
reaction-button row, a legal notice's "(continued)"), Hangul, Hebrew, Ethiopic script with
Ethiopic punctuation, Azerbaijani and Yoruba diacritics (tone marks as combining accents),
symbols and emoji where such sites use them, and families in only 3-30% of articles (a
Hebrew correction notice and a co-op's annual-meeting line on a handful of pages) beside
ones in nearly all. Renamed variants of a style keep the lines that do not name the site,
so sister sites share a network footer (a port association, a co-op federation, a Korean
reaction row).
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21")
# and the 24-hour time ("14:32").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_YY = "{date_iso[2]}{date_iso[3]}"
_HH, _MI = "{time[0]}{time[1]}", "{time[3]}{time[4]}"
_DOT_YMD = f"{{year}}.{_MM}.{_DD}"  # 2017.06.21
_HANGUL_YMD = f"{{year}}년 {_MM}월 {_DD}일"  # 2017년 06월 21일
_DOT_DMYY = f"{_DD}.{_MM}.{_YY}"  # 21.06.17

YEARS = range(2015, 2021)
# Lobster Fishing Area 34 opens on Dumping Day, the last Monday of November.
DUMPING_DAYS = {2015: "2015-11-30", 2016: "2016-11-28", 2017: "2017-11-27",
                2018: "2018-11-26", 2019: "2019-11-25", 2020: "2020-11-30"}
# Band D council tax by financial year (1 April): 2014/15 and then 2015/16 to 2020/21.
BAND_D = {2014: "£1,471.96", 2015: "£1,512.40", 2016: "£1,561.22", 2017: "£1,620.05",
          2018: "£1,689.73", 2019: "£1,752.10", 2020: "£1,806.55"}
# The port's cargo in the year before, published in mid-February: (year, tons, visits).
TONNAGE = ((2014, "35.1", "812"), (2015, "33.6", "774"), (2016, "31.0", "731"),
           (2017, "34.2", "790"), (2018, "36.8", "826"), (2019, "32.4", "748"))
# Pre-election periods (UK): the council's notice runs from the start of each to the day
# after polling day.
ELECTIONS = (("2015-03-30", "2015-05-08", "the elections on 7 May 2015"),
             ("2017-04-24", "2017-06-09", "the general election on 8 June 2017"),
             ("2019-03-18", "2019-05-03", "the local elections on 2 May 2019"),
             ("2019-11-06", "2019-12-13", "the general election on 12 December 2019"))


def dongbaek_style() -> PublisherStyle:
    """A Korean-language regional daily in Hangul (Busan): a "홈 >" breadcrumb, an "입력"
    date turned a 년월일 date with 시 and 분, a view counter, "광고", "▶ 관련기사" and "▲"
    photo-caption inserts, a reaction-button row, a keyword line, the reporter's line with
    e-mail gaining "다른기사 보기", a tip line reworded, a Facebook link turned a Naver
    channel, a comment counter turned a real-name rule, a subscription price raised, the
    regional-newspaper fund line, the copyright line gaining the site's address."""
    return PublisherStyle(
        domain="dongbaekilbo.co.kr", site="동백일보", base_size=900,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("society", "politics", "economy", "culture", "sports", "opinion"),
        n_authors=8, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("사회", "정치", "경제", "문화", "스포츠", "오피니언", "지역"),
            "gija": ("김민준 기자 mjkim@dongbaekilbo.co.kr",
                     "이서연 기자 sylee@dongbaekilbo.co.kr",
                     "박지훈 기자 jhpark@dongbaekilbo.co.kr",
                     "최유나 기자 ynchoi@dongbaekilbo.co.kr",
                     "정현우 기자 hwjung@dongbaekilbo.co.kr",
                     "강수빈 기자 sbkang@dongbaekilbo.co.kr"),
            "sajin": ("▲ 부산시청 앞에서 열린 기자회견 모습. (사진=동백일보 DB)",
                      "▲ 해운대해수욕장을 찾은 피서객들. (사진=이서연 기자)",
                      "▲ 기장군 일광면 일대 전경. (사진=기장군 제공)",
                      "▲ 사진은 기사 내용과 관련 없음. (사진=게티이미지뱅크)",
                      "▲ 부산항 신항 컨테이너 부두. (사진=부산항만공사 제공)",
                      "▲ 동래구청 전경. (사진=동래구 제공)"),
            "tag": ("부산", "해운대", "부산시의회", "날씨", "교통", "부동산", "축제", "교육"),
        },
        families=(
            _f("ruta", HEADER, 0.3, (_OLD, "홈 > {bunya}")),
            _f("ipryeok", HEADER, 0.9, (_OLD, f"입력 {_DOT_YMD} {{time}}"),
               ("2019-03-01", f"기사입력 {_HANGUL_YMD} {_HH}시 {_MI}분")),
            _f("josu", HEADER, 0.2, (_OLD, "조회수 {count}")),
            _f("gwanggo", MIDDLE, 0.5, (_OLD, "광고"), count=3),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "▶ 관련기사: {other_title}"), count=2),
            _f("sajin", MIDDLE, 0.4, (_OLD, "{sajin}"), count=2),
            _f("banung", FOOTER, 0.35, (_OLD, "좋아요 훈훈해요 슬퍼요 화나요 후속기사 원해요")),
            _f("keyword", FOOTER, 0.3, (_OLD, "키워드 : {tag_list}")),
            _f("gija", FOOTER, 0.75, (_OLD, "{gija}"), ("2018-07-01", "{gija} 다른기사 보기")),
            _f("jebo", FOOTER, 0.2,
               (_OLD, "기사제보 051-555-0143 · 카카오톡 @동백일보"),
               ("2019-05-01", "동백일보는 독자 여러분의 제보를 기다립니다. "
                "카카오톡 채널 '동백일보' · 이메일 jebo@dongbaekilbo.co.kr")),
            _f("naver", FOOTER, 0.25,
               (_OLD, "동백일보 페이스북 바로가기"),
               ("2018-04-01", "▶ 네이버에서 동백일보를 구독하세요! "
                "뉴스스탠드와 채널에서 만나보세요.")),
            _f("daetgeul", FOOTER, 0.3, (_OLD, "댓글 {count}"),
               ("2020-03-01", "댓글은 실명 인증 후 작성할 수 있으며, 욕설과 비방이 담긴 댓글은 "
                "삭제될 수 있습니다.")),
            _f("gudok", FOOTER, 0.15,
               (_OLD, "동백일보 구독신청 ☎ 051-555-0100 (월 15,000원)"),
               ("2019-01-01", "동백일보 구독신청 ☎ 051-555-0100 (월 18,000원)")),
            _f("jiyeok", FOOTER, 0.1, (_OLD, "이 기사는 지역신문발전기금을 지원받았습니다.")),
            _f("jeojak", FOOTER, 0.75,
               (_OLD, "저작권자 © 동백일보 무단전재 및 재배포 금지"),
               ("2018-06-01", "<저작권자 ⓒ 동백일보 (www.dongbaekilbo.co.kr), 무단전재 및 "
                "재배포금지> · 부산광역시 동구 중앙대로 214")),
        ),
    )


def carmel_style() -> PublisherStyle:
    """A Hebrew-language local news site (Haifa): a desk kicker, a dotted date with a
    two-digit year turned "פורסם:" with the full year, a "מאת:" byline turned a name with the
    site, "פרסומת", "קראו עוד" and photo-credit inserts, a tags line, Facebook turned a
    WhatsApp group and a coronavirus WhatsApp group in 2020, a comment counter turned a
    moderation rule, a tip line, a rare correction notice, the copyright line turned an
    imprint with the address."""
    return PublisherStyle(
        domain="carmeltoday.co.il", site="כרמל היום", base_size=780,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("haifa", "krayot", "nesher", "tirat-carmel", "sport", "tarbut"),
        n_authors=7, url_path="/news/{section}/{n}",
        pools={
            "mador": ("חדשות חיפה", "הקריות", "נשר", "טירת כרמל", "ספורט", "תרבות ופנאי",
                      "צרכנות"),
            "kotev": ("נועה לוי", "אבי כהן", "מיכל פרץ", "יוסי מזרחי", "רונית אברהם",
                      "עומר ביטון"),
            "tsilum": ("דוברות עיריית חיפה", "אילוסטרציה", "שאטרסטוק", "באדיבות המשטרה",
                       "כרמל היום", "רשתות חברתיות"),
            "tag": ("חיפה", "עיריית חיפה", "תחבורה", "חינוך", "נמל חיפה", "כדורגל", "נדל״ן",
                    "מזג אוויר"),
        },
        families=(
            _f("mador", HEADER, 0.35, (_OLD, "{mador}")),
            _f("taarich", HEADER, 0.9, (_OLD, f"{_DOT_DMYY} | {{time}}"),
               ("2018-09-01", "פורסם: {date_de}, {time}")),
            _f("kotev", HEADER, 0.7, (_OLD, "מאת: {kotev}"),
               ("2019-02-01", "{kotev} | כרמל היום")),
            _f("pirsomet", MIDDLE, 0.45, (_OLD, "פרסומת"), count=2),
            _f("od", MIDDLE, 0.35, (_OLD, "קראו עוד: {other_title}"), count=2),
            _f("tsilum", MIDDLE, 0.3, (_OLD, "צילום: {tsilum}"), count=2),
            _f("tagiot", FOOTER, 0.3, (_OLD, "תגיות: {tag_list}")),
            _f("whatsapp", FOOTER, 0.25,
               (_OLD, "עשו לנו לייק בפייסבוק וקבלו את כל החדשות מחיפה והקריות"),
               ("2018-03-01", "📲 הצטרפו לקבוצת הווטסאפ של כרמל היום וקבלו את החדשות החמות "
                "ישירות לנייד"),
               ("2020-03-15", "📲 כל העדכונים על נגיף הקורונה בחיפה והקריות – בקבוצת הווטסאפ "
                "של כרמל היום")),
            _f("tguvot", FOOTER, 0.3, (_OLD, "תגובות ({count})"),
               ("2019-06-01", "התגובות באתר מתפרסמות לאחר אישור המערכת. אנא שמרו על שיח "
                "מכבד.")),
            _f("mivzakim", FOOTER, 0.15,
               (_OLD, "יש לכם סיפור? שלחו לנו: 04-555-0143 או news@carmeltoday.co.il")),
            _f("tikkun", FOOTER, 0.03,
               (_OLD, "תיקון: בגרסה קודמת של הכתבה נפלה טעות בשם אחד המרואיינים. הדברים "
                "תוקנו.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© כל הזכויות שמורות לכרמל היום {year}"),
               ("2018-05-25", "כרמל היום · רח׳ הנביאים 21, חיפה · טל׳ 04-555-0100 · מדיניות "
                "פרטיות · תנאי שימוש")),
        ),
    )


def gence_style() -> PublisherStyle:
    """An Azerbaijani-language regional news site (Ganja): a section kicker, a manat rate
    strip, a dotted date turned "Dərc edilib:", an "Müəllif:" line turned a name with the
    site, a view counter, "Reklam", "Həmçinin oxuyun" and "Foto:" inserts, a source line, a
    tags line, Facebook turned a Telegram channel and a coronavirus channel in 2020, a
    comment counter turned a registration rule, the copyright line turned a citation rule
    with the phone."""
    return PublisherStyle(
        domain="gencexeber.az", site="Gəncə Xəbər", base_size=670,
        subdomains=(("", 60), ("www.", 40)),
        sections=("gence", "region", "siyaset", "iqtisadiyyat", "idman", "medeniyyet"),
        n_authors=6, url_path="/{section}/{n}.html",
        pools={
            "bolme": ("Gəncə", "Region", "Siyasət", "İqtisadiyyat", "İdman", "Mədəniyyət",
                      "Cəmiyyət"),
            "mezenne": ("💵 USD 1.7000 · EUR 1.9035 · RUB 0.0296",
                        "💵 USD 1.7000 · EUR 1.8862 · RUB 0.0271",
                        "💵 USD 1.7000 · EUR 2.0114 · RUB 0.0258",
                        "💵 USD 1.7000 · EUR 1.9467 · RUB 0.0233",
                        "💵 USD 1.7000 · EUR 1.8541 · RUB 0.0262"),
            "muellif": ("Elvin Məmmədov", "Günel Əliyeva", "Rəşad Hüseynov", "Aysel Quliyeva",
                        "Tural Həsənov", "Nərmin İsmayılova"),
            "menbe": ("APA", "Trend", "Report", "AZƏRTAC", "Gəncə Şəhər İcra Hakimiyyəti",
                      "Daxili İşlər Nazirliyi"),
            "foto": ("Gəncə Xəbər", "APA", "arxiv", "sosial şəbəkə", "Report", "AZƏRTAC"),
            "tag": ("Gəncə", "Göygöl", "Şəmkir", "Samux", "Kəpəz", "yollar", "təhsil",
                    "səhiyyə"),
        },
        families=(
            _f("bolme", HEADER, 0.3, (_OLD, "{bolme}")),
            _f("mezenne", HEADER, 0.2, (_OLD, "{mezenne}")),
            _f("tarix", HEADER, 0.9, (_OLD, "{date_de} | {time}"),
               ("2019-01-15", "Dərc edilib: {date_de}, {time}")),
            _f("muellif", HEADER, 0.6, (_OLD, "Müəllif: {muellif}"),
               ("2018-04-01", "{muellif}, Gəncə Xəbər")),
            _f("baxis", HEADER, 0.2, (_OLD, "Baxış sayı: {count}")),
            _f("reklam", MIDDLE, 0.45, (_OLD, "Reklam"), count=2),
            _f("oxu", MIDDLE, 0.4, (_OLD, "Həmçinin oxuyun: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("menbe", FOOTER, 0.2, (_OLD, "Mənbə: {menbe}")),
            _f("teqler", FOOTER, 0.3, (_OLD, "Teqlər: {tag_list}")),
            _f("telegram", FOOTER, 0.25,
               (_OLD, "Xəbərləri Facebook səhifəmizdə izləyin."),
               ("2018-06-01", "📢 Ən son xəbərləri Telegram kanalımızda izləyin: "
                "t.me/gencexeber"),
               ("2020-03-05", "📢 Koronavirusla bağlı ən son məlumatlar Telegram kanalımızda: "
                "t.me/gencexeber")),
            _f("rey", FOOTER, 0.3, (_OLD, "Şərhlər ({count})"),
               ("2019-09-01", "Şərh yazmaq üçün qeydiyyatdan keçin. Təhqiramiz şərhlər "
                "silinir.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Gəncə Xəbər. Bütün hüquqlar qorunur."),
               ("2018-02-01", "Materiallardan istifadə edərkən Gəncə Xəbər-ə istinad "
                "mütləqdir. · Tel.: (022) 255 50 14 · info@gencexeber.az")),
        ),
    )


def warka_style() -> PublisherStyle:
    """An Amharic-language news site in Ethiopic script (Addis Ababa): a category kicker,
    the WordPress theme's English long date gaining a reading time in Amharic, a "ዘጋቢ፦"
    reporter line turned "በ..." with the site, "ማስታወቂያ", "ተዛማጅ ዜና" and photo inserts, a
    source line, a tags line, a share prompt, Facebook turned a Telegram channel, a tip line
    turned a COVID-19 advice line with the 8335 hotline, a comment counter turned a civility
    rule, the copyright line turned a company imprint with the phone."""
    return PublisherStyle(
        domain="warkazena.com", site="ዋርካ ዜና", base_size=600,
        subdomains=(("www.", 60), ("", 40)),
        sections=("news", "politics", "economy", "sport", "entertainment", "opinion"),
        n_authors=6, url_path="/archives/{n}",
        pools={
            "kifil": ("ዜና", "ፖለቲካ", "ኢኮኖሚ", "ስፖርት", "መዝናኛ", "ማህበራዊ", "አዲስ አበባ"),
            "zegabi": ("አበበ ታደሰ", "ሰላማዊት ገብሬ", "ዳዊት መኮንን", "ሕይወት አለሙ", "ዮናስ በቀለ",
                       "መቅደስ ኃይሉ"),
            "mench": ("ኢዜአ", "ፋና ብሮድካስቲንግ", "ኢቢሲ", "የአዲስ አበባ ከተማ አስተዳደር", "ሮይተርስ",
                      "ኤኤፍፒ"),
            "foto": ("ዋርካ ዜና", "ማህበራዊ ሚዲያ", "ኢዜአ", "ፋይል", "ሮይተርስ"),
            "tag": ("አዲስ አበባ", "ኢትዮጵያ", "ግብርና", "ትምህርት", "ጤና", "እግር ኳስ", "ኢኮኖሚ"),
        },
        families=(
            _f("kifil", HEADER, 0.35, (_OLD, "{kifil}")),
            _f("ken", HEADER, 0.85, (_OLD, "{date_long}"),
               ("2019-06-01", "{date_long} | {read_min} ደቂቃ ንባብ")),
            _f("zegabi", HEADER, 0.6, (_OLD, "ዘጋቢ፦ {zegabi}"),
               ("2018-11-01", "በ{zegabi} | ዋርካ ዜና")),
            _f("mastawekia", MIDDLE, 0.45, (_OLD, "ማስታወቂያ"), count=2),
            _f("tezamaj", MIDDLE, 0.35, (_OLD, "ተዛማጅ ዜና፦ {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "ፎቶ፦ {foto}")),
            _f("mench", FOOTER, 0.3, (_OLD, "ምንጭ፦ {mench}")),
            _f("meleya", FOOTER, 0.25, (_OLD, "መለያዎች፦ {tag_list}")),
            _f("yagaru", FOOTER, 0.35, (_OLD, "ይህን ዜና ለወዳጆችዎ ያጋሩ")),
            _f("telegram", FOOTER, 0.25,
               (_OLD, "ዋርካ ዜናን በፌስቡክ ይከታተሉ።"),
               ("2018-08-01", "📲 ወቅታዊ መረጃዎችን ለማግኘት የዋርካ ዜና ቴሌግራም ቻናልን ይቀላቀሉ።")),
            _f("tikoma", FOOTER, 0.2,
               (_OLD, "ጥቆማ ካለዎት በ011 555 0143 ይደውሉልን ወይም በ tikoma@warkazena.com ይጻፉልን።"),
               ("2020-03-16", "ኮሮናቫይረስን ለመከላከል እጅዎን በሳሙና ይታጠቡ፣ አካላዊ ርቀትዎን ይጠብቁ። "
                "ምልክቶች ካዩ በ8335 ነጻ የስልክ መስመር ይደውሉ።")),
            _f("asteyayet", FOOTER, 0.3, (_OLD, "አስተያየት ({count})"),
               ("2019-10-01", "አስተያየትዎን በጨዋነት ያስፍሩ። ስድብና ጥላቻ ያዘሉ አስተያየቶች ይሰረዛሉ።")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} ዋርካ ዜና። መብቱ በሕግ የተጠበቀ ነው።"),
               ("2018-03-01", "ዋርካ ሚዲያ ኃ/የተ/የግ/ማ · ቦሌ፣ አዲስ አበባ · ስልክ፦ +251 11 555 0100")),
        ),
    )


def akede_style() -> PublisherStyle:
    """A Yoruba-language news site (Ibadan): a category kicker, an English long date turned
    "A tẹ̀ ẹ́ jáde ní", a "Láti ọwọ́" byline turned a name with the site, "ÌPOLÓWÓ", "Ẹ tún
    ka" and picture-credit inserts, a source line, Facebook and Twitter turned a WhatsApp
    group, a comment counter turned a respect rule, a naira donation appeal turned a
    pandemic appeal, a share line, the copyright line turned a company imprint with the RC
    number and a phone."""
    return PublisherStyle(
        domain="akedeibadan.com.ng", site="Akéde Ìbàdàn", base_size=540,
        subdomains=(("www.", 80), ("", 20)),
        sections=("iroyin", "oselu", "ere-idaraya", "asa", "eto-oro-aje"),
        n_authors=6, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "eka": ("Ìròyìn", "Ìṣèlú", "Eré ìdárayá", "Àṣà", "Ètò ọrọ̀ ajé", "Ìlera",
                    "Ìpínlẹ̀ Ọ̀yọ́"),
            "onkowe": ("Adébáyọ̀ Ògúnlànà", "Fọlákẹ́ Àjàyí", "Túndé Ọláníyì", "Bọ́lá Adéwálé",
                       "Kẹ́hìndé Ọlátúnjí", "Ṣadé Akínwùmí"),
            "aworan": ("Akéde Ìbàdàn", "Ìjọba Ìpínlẹ̀ Ọ̀yọ́", "Facebook", "àwòrán ìpamọ́",
                       "Twitter", "NAN"),
            "orisun": ("NAN", "Ìjọba Ìpínlẹ̀ Ọ̀yọ́", "Ilé-iṣẹ́ ọlọ́pàá Ìpínlẹ̀ Ọ̀yọ́",
                       "Ilé Aṣòfin Ìpínlẹ̀ Ọ̀yọ́", "Ààfin Olúbàdàn"),
        },
        families=(
            _f("eka", HEADER, 0.3, (_OLD, "{eka}")),
            _f("ojo", HEADER, 0.85, (_OLD, "{date_long}"),
               ("2019-02-01", "A tẹ̀ ẹ́ jáde ní {date_long}")),
            _f("onkowe", HEADER, 0.6, (_OLD, "Láti ọwọ́ {onkowe}"),
               ("2018-09-01", "{onkowe} | Akéde Ìbàdàn")),
            _f("ipolowo", MIDDLE, 0.45, (_OLD, "ÌPOLÓWÓ"), count=2),
            _f("katun", MIDDLE, 0.35, (_OLD, "Ẹ tún ka: {other_title}"), count=2),
            _f("aworan", MIDDLE, 0.3, (_OLD, "Àwòrán: {aworan}"), count=2),
            _f("orisun", FOOTER, 0.2, (_OLD, "Orísun: {orisun}")),
            _f("whatsapp", FOOTER, 0.25,
               (_OLD, "Ẹ tẹ̀lé wa lórí Facebook àti Twitter fún ìròyìn tuntun."),
               ("2019-04-01", "📲 Ẹ darapọ̀ mọ́ ẹgbẹ́ WhatsApp Akéde Ìbàdàn láti máa gba "
                "ìròyìn ní kíákíá.")),
            _f("ero", FOOTER, 0.3, (_OLD, "Ìdáhùn ({count})"),
               ("2019-10-01", "Ẹ fi èrò yín sílẹ̀ pẹ̀lú ọ̀wọ̀. A ó yọ ọ̀rọ̀ èébú kúrò.")),
            _f("iranlowo", FOOTER, 0.15,
               (_OLD, "Ẹ ṣe ìrànlọ́wọ́ fún iṣẹ́ ìròyìn olómìnira: ₦1,000 péré ló tó láti "
                "ràn wá lọ́wọ́. akedeibadan.com.ng/atileyin"),
               ("2020-04-01", "Lákòókò àjàkálẹ̀ àrùn COVID-19, ẹ ràn wá lọ́wọ́ láti máa "
                "tẹ̀síwájú: akedeibadan.com.ng/atileyin")),
            _f("pin", FOOTER, 0.3, (_OLD, "Ẹ pín ìròyìn yìí: Facebook · Twitter · WhatsApp")),
            _f("copyright", FOOTER, 0.65,
               (_OLD, "© {year} Akéde Ìbàdàn. Gbogbo ẹ̀tọ́ wà ní ìpamọ́."),
               ("2018-07-01", "Akéde Ìbàdàn Media Ltd · RC 1455501 · Ring Road, Ìbàdàn · "
                "0802 555 0143")),
        ),
    )


def borealshield_style() -> PublisherStyle:
    """A junior gold explorer's news releases (TSX Venture Exchange, Québec): a release-kind
    kicker, a US-distribution legend on some releases, a CNW dateline with the ticker turned
    a newer wire's with OTCQB and Frankfurt listings, figure and table captions, a QA/QC line
    whose laboratory changes, the qualified-person line whose geologist changes, an about
    block gaining a property, a Board sign-off block, a contact block, forward-looking
    statements, the exchange's disclaimer."""
    return PublisherStyle(
        domain="borealshieldminerals.com", site="Boreal Shield Minerals", base_size=470,
        subdomains=(("www.", 100),),
        sections=("news-releases", "exploration", "corporate", "financing"),
        n_authors=3, url_path="/news/{yyyy}/{slug}",
        pools={
            "kind": ("News Release", "Exploration Update", "Corporate Update", "Drill Results",
                     "Financing"),
            "figure": ("Figure 1: Plan view of drill holes on the Lac Morin property (PDF)",
                       "Figure 2: Longitudinal section of the Main Zone, looking north",
                       "Figure 3: Cross-section L-400E with gold assays",
                       "Table 1: Selected assay results (core lengths)",
                       "Table 2: Drill hole collar information",
                       "Figure 1: Location of the new claims relative to the Cadillac Break"),
            "contact": ("Marc Tremblay, President and CEO · 819-555-0142 · "
                        "mtremblay@borealshieldminerals.com",
                        "Julie Gagnon, Investor Relations · 819-555-0177 · "
                        "ir@borealshieldminerals.com"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("usnot", HEADER, 0.12,
               (_OLD, "NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR "
                "DISSEMINATION IN THE UNITED STATES")),
            _f("dateline", HEADER, 0.8,
               (_OLD, "VAL-D'OR, QC, {date_long} /CNW/ – Boreal Shield Minerals Corp. "
                "(TSXV: BSM)"),
               ("2018-10-01", "Val-d'Or, Québec – {date_long} – Boreal Shield Minerals Corp. "
                "(TSXV: BSM) (OTCQB: BSHMF) (FSE: 4BS)")),
            _f("figure", MIDDLE, 0.25, (_OLD, "{figure}"), count=2),
            _f("qaqc", FOOTER, 0.35,
               (_OLD, "QA/QC: Drill core was sawn in half and one half sent to ALS Minerals in "
                "Val-d'Or for fire assay with an atomic absorption finish. Blanks, duplicates "
                "and certified reference materials were inserted every 20 samples."),
               ("2019-01-01", "QA/QC: Drill core was sawn in half and one half sent to Bureau "
                "Veritas in Timmins for fire assay with a gravimetric finish above 10 g/t. "
                "Blanks, duplicates and certified reference materials were inserted every 10 "
                "samples.")),
            _f("qp", FOOTER, 0.45,
               (_OLD, "The scientific and technical information in this news release has been "
                "reviewed and approved by Sylvie Bouchard, P.Geo., Vice President Exploration, "
                "a Qualified Person as defined by National Instrument 43-101."),
               ("2018-06-01", "The scientific and technical information in this news release "
                "has been reviewed and approved by Daniel Ouellet, P.Geo., an independent "
                "Qualified Person as defined by National Instrument 43-101.")),
            _f("about-head", FOOTER, 0.4, (_OLD, "About Boreal Shield Minerals Corp.")),
            _f("about", FOOTER, 0.38,
               (_OLD, "Boreal Shield Minerals Corp. is a gold exploration company focused on "
                "the Lac Morin property, 40 km east of Val-d'Or in the Abitibi greenstone belt "
                "of Québec."),
               ("2018-03-01", "Boreal Shield Minerals Corp. is a gold exploration company "
                "focused on the Lac Morin and Rivière Noire properties, which cover 18,400 "
                "hectares of the Abitibi greenstone belt of Québec.")),
            _f("behalf", FOOTER, 0.3, (_OLD, "On behalf of the Board of Directors,")),
            _f("ceo", FOOTER, 0.28, (_OLD, "Marc Tremblay, President and CEO")),
            _f("contact-head", FOOTER, 0.35, (_OLD, "For further information, please contact:")),
            _f("contact", FOOTER, 0.33, (_OLD, "{contact}")),
            _f("fls", FOOTER, 0.3,
               (_OLD, "Forward-looking statements: This release contains forward-looking "
                "information, including statements about planned drilling and the potential "
                "of the Company's properties. Actual results may differ materially, and "
                "readers should not place undue reliance on these statements.")),
            _f("tsxv", FOOTER, 0.55,
               (_OLD, "Neither TSX Venture Exchange nor its Regulation Services Provider (as "
                "that term is defined in the policies of the TSX Venture Exchange) accepts "
                "responsibility for the adequacy or accuracy of this release.")),
        ),
    )


def wrenfield_style() -> PublisherStyle:
    """A borough council's news (England): a topic kicker, a "Published:" date turned a
    "News release" line, pictured-councillor captions and a find-out-more insert, a notes to
    editors block, a media line gaining an out-of-hours mobile, bin collections with garden
    waste suspended and restarted in 2020, Band D council tax for each financial year, a
    register-to-vote line turned a pre-election notice before four elections, meetings
    webcast then held remotely, an other-formats line, Twitter turned a newsletter."""
    return PublisherStyle(
        domain="wrenfield.gov.uk", site="Wrenfield Borough Council", base_size=420,
        subdomains=(("www.", 100),),
        sections=("news", "bins", "planning", "council-tax", "leisure", "housing"),
        n_authors=3, url_path="/news/article/{n}/{slug}",
        pools={
            "topic": ("Bins and recycling", "Planning", "Council tax", "Parks and leisure",
                      "Housing", "Roads and parking", "Community safety"),
            "pictured": ("Pictured: Cllr Janet Okafor, Cabinet Member for Environment, at the "
                         "new recycling centre",
                         "Pictured: the Mayor of Wrenfield, Cllr Derek Halloran, with pupils "
                         "from St Anne's Primary",
                         "Pictured: Cllr Priya Nair, Leader of the Council, opens the Millfield "
                         "Park play area",
                         "Pictured: Cllr Tom Ashworth, Cabinet Member for Housing, on site at "
                         "Albion Court",
                         "Pictured: volunteers at the Brook Lane litter pick"),
        },
        families=(
            _f("topic", HEADER, 0.35, (_OLD, "{topic}")),
            _f("published", HEADER, 0.85, (_OLD, "Published: {date_dmy}"),
               ("2018-11-01", "News release · {weekday} {date_dmy}")),
            _f("pictured", MIDDLE, 0.2, (_OLD, "{pictured}")),
            _f("findout", MIDDLE, 0.15, (_OLD, "Find out more at wrenfield.gov.uk/{section}")),
            _f("notes-head", FOOTER, 0.3, (_OLD, "Notes to editors")),
            _f("notes", FOOTER, 0.27,
               (_OLD, "Wrenfield Borough Council serves 128,000 residents in the towns of "
                "Wrenfield, Thornby and Askew Bridge and the villages around them.")),
            _f("media", FOOTER, 0.45,
               (_OLD, "Media enquiries: Communications Team, 01632 960214, "
                "press@wrenfield.gov.uk"),
               ("2019-09-01", "Media enquiries only: press@wrenfield.gov.uk or 01632 960214 "
                "(out of hours: 07700 900418)")),
            _f("bins", FOOTER, 0.25,
               (_OLD, "Check your bin collection day at wrenfield.gov.uk/bins or on the "
                "council's app."),
               ("2020-03-24", "Garden waste collections are suspended so that crews can keep "
                "black bin and recycling rounds going. Household waste recycling centres are "
                "closed."),
               ("2020-05-26", "Garden waste collections have restarted. Household waste "
                "recycling centres are open by booked appointment only.")),
            _f("counciltax", FOOTER, 0.15,
               (_OLD, f"Band D council tax for 2014/15 is {BAND_D[2014]}, including the county "
                "council, police and fire precepts."),
               *((f"{y}-04-01", f"Band D council tax for {y}/{(y + 1) % 100:02d} is "
                  f"{BAND_D[y]}, including the county council, police and fire precepts.")
                 for y in YEARS)),
            _f("elections", FOOTER, 0.2,
               (_OLD, "Not registered to vote? It takes five minutes: "
                "gov.uk/register-to-vote"),
               *(wording for start, end, poll in ELECTIONS for wording in (
                   (start, f"This release was issued during the pre-election period for "
                    f"{poll}."),
                   (end, "Not registered to vote? It takes five minutes: "
                    "gov.uk/register-to-vote")))),
            _f("meetings", FOOTER, 0.2,
               (_OLD, "Council and committee meetings are open to the public and webcast live "
                "at wrenfield.gov.uk/meetings"),
               ("2020-04-04", "Council and committee meetings are being held remotely and "
                "streamed live on our YouTube channel.")),
            _f("formats", FOOTER, 0.15,
               (_OLD, "If you need this information in another format or language, call 01632 "
                "960000.")),
            _f("social", FOOTER, 0.3,
               (_OLD, "Follow us on Twitter @WrenfieldBC and like us on Facebook."),
               ("2018-01-15", "Sign up to Wrenfield Weekly, our free email newsletter: "
                "wrenfield.gov.uk/subscribe")),
        ),
    )


def _locks(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    return ((f"{y}-01-16", "The Soo Locks are closed for winter maintenance until March 25. "
             f"The first ships of the {y} season are expected soon after, ice permitting."),
            (f"{y}-03-25", f"The {y} shipping season is open: the Soo Locks run until January "
             f"15, {y + 1}. See which ships are due at portofironwater.com/vessels"))


def ironwater_style() -> PublisherStyle:
    """A Great Lakes port authority's news (Minnesota): a category kicker, a slashed US
    date turned a weekday long date, vessel photo captions (up to two) and a vessel-tracker
    insert, the shipping season following the Soo Locks every winter, last year's tonnage
    published each February, the office closed to visitors in 2020, harbor-tour prices
    raised and the 2020 tours cancelled, a media contact block, the about line gaining a
    terminal, a ports-association line, an invasive-species line."""
    return PublisherStyle(
        domain="portofironwater.com", site="Port of Ironwater", base_size=370,
        subdomains=(("www.", 100),),
        sections=("news", "cargo", "shipping-season", "community", "environment"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "cat": ("Port News", "Cargo", "Shipping Season", "Community", "Environment",
                    "Trade Development"),
            "vessel": ("The saltie Baltic Tern arrives through the piers to load durum wheat.",
                       "The laker Edwin J. Marlow loading taconite pellets at Dock 4.",
                       "The tug Laurie K. breaking ice in the outer harbor.",
                       "Wind turbine blades come off the heavy-lift ship Hansa Meridian at the "
                       "general cargo terminal.",
                       "The first saltie of the season passes the harbor lighthouse.",
                       "The cement carrier Lakeshore Pride at the Garfield Avenue slip."),
            "contact": ("Ellen Sorensen, Communications Director · 218-555-0126",
                        "Jake Pelto, Trade Development Manager · 218-555-0149"),
        },
        families=(
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("date", HEADER, 0.85, (_OLD, "Posted {date_slash}"),
               ("2018-04-01", "{weekday}, {date_long}")),
            _f("vessel", MIDDLE, 0.25, (_OLD, "📷 {vessel}"), count=2),
            _f("tracker", MIDDLE, 0.15,
               (_OLD, "⚓ See which ships are in port today: portofironwater.com/vessels")),
            _f("season", FOOTER, 0.3,
               (_OLD, "The 2014 shipping season is open: the Soo Locks run until January 15, "
                "2015. See which ships are due at portofironwater.com/vessels"),
               *(wording for y in YEARS for wording in _locks(y))),
            _f("tonnage", FOOTER, 0.25,
               *((_OLD if year == 2014 else f"{year + 1}-02-15",
                  f"The port handled {tons} million short tons of cargo in {year}, carried by "
                  f"{visits} vessel visits.") for year, tons, visits in TONNAGE)),
            _f("office", FOOTER, 0.15,
               (_OLD, "The Port Authority office at 1200 Harbor Drive is open Monday to Friday, "
                "8 a.m. to 4:30 p.m."),
               ("2020-03-23", "The Port Authority office is closed to visitors. Cargo "
                "operations continue as essential business, and staff can be reached by phone "
                "and email.")),
            _f("tours", FOOTER, 0.15,
               (_OLD, "Harbor tours run daily from Memorial Day to mid-October. Adults $18, "
                "children $9."),
               ("2018-01-01", "Harbor tours run daily from Memorial Day to mid-October. Adults "
                "$20, children $10."),
               ("2020-03-23", "Harbor tours are cancelled for the 2020 season.")),
            _f("media-head", FOOTER, 0.3, (_OLD, "For more information:")),
            _f("media-line", FOOTER, 0.28, (_OLD, "{contact}")),
            _f("about", FOOTER, 0.4,
               (_OLD, "The Port of Ironwater is run by the Ironwater Seaway Port Authority, a "
                "public agency that promotes maritime commerce at the head of the Great "
                "Lakes–St. Lawrence Seaway."),
               ("2019-01-01", "The Port of Ironwater is run by the Ironwater Seaway Port "
                "Authority, a public agency that promotes maritime commerce at the head of the "
                "Great Lakes–St. Lawrence Seaway, and owns the 70-acre Harbor Point general "
                "cargo terminal.")),
            _f("network", FOOTER, 0.25,
               (_OLD, "Member of the American Great Lakes Ports Association and the "
                "International Association of Great Lakes Ports.")),
            _f("invasive", FOOTER, 0.1,
               (_OLD, "Boaters: clean, drain and dry your boat before you leave the harbor to "
                "stop the spread of aquatic invasive species.")),
        ),
    )


def marlow_style() -> PublisherStyle:
    """A legal newspaper's public notices (a US county): the notice kind in capitals, a
    legal number turned a dated legal ID, a first-publication line turned a print-and-online
    line, a PDF insert and a "(continued)" line, a statewide-website line reworded, an
    affidavit line, a deadline line with its line rate raised then a walk-in closure in
    2020, an errors disclaimer, the adjudication line with its case number, a "Cite as" line
    with the notice's own title, a subscription line with prices raised, a search line."""
    return PublisherStyle(
        domain="marlowlegalnews.com", site="Marlow County Legal News", base_size=320,
        subdomains=(("www.", 100),),
        sections=("notices", "probate", "foreclosures", "bids", "hearings"),
        n_authors=2, url_path="/notices/{n}",
        pools={
            "kind": ("NOTICE OF PUBLIC HEARING", "NOTICE TO CREDITORS",
                     "NOTICE OF TRUSTEE'S SALE", "INVITATION TO BID", "SUMMONS BY PUBLICATION",
                     "NOTICE OF APPLICATION FOR ZONING VARIANCE", "ORDINANCE SUMMARY"),
        },
        families=(
            _f("kind", HEADER, 0.45, (_OLD, "{kind}")),
            _f("legalid", HEADER, 0.7, (_OLD, "Legal No. {n}"),
               ("2019-01-01", "Legal ID: MCLN-{year}-{count}")),
            _f("pubdate", HEADER, 0.8, (_OLD, "First publication: {date_short}"),
               ("2018-07-01", "Published {date_slash} in print and online")),
            _f("pdf", MIDDLE, 0.15, (_OLD, "📄 View this notice as it appeared in print (PDF)")),
            _f("continued", MIDDLE, 0.1, (_OLD, "(continued)")),
            _f("statewide", FOOTER, 0.35,
               (_OLD, "This notice was also posted on the statewide public notice website, as "
                "required by law."),
               ("2018-01-01", "As state law requires, this notice also appears on the statewide "
                "public notice website at no extra charge to the advertiser.")),
            _f("affidavit", FOOTER, 0.3,
               (_OLD, "An affidavit of publication is mailed to the advertiser after the last "
                "run date. Questions: legals@marlowlegalnews.com")),
            _f("deadline", FOOTER, 0.25,
               (_OLD, "The deadline for legal notices is 12 noon Thursday for the following "
                "Tuesday's edition. Rate: $0.62 per line per insertion."),
               ("2017-07-01", "The deadline for legal notices is 12 noon Thursday for the "
                "following Tuesday's edition. Rate: $0.66 per line per insertion."),
               ("2019-07-01", "The deadline for legal notices is 12 noon Thursday for the "
                "following Tuesday's edition. Rate: $0.71 per line per insertion."),
               ("2020-03-30", "Our office is closed to walk-ins. Email notices to "
                "legals@marlowlegalnews.com by 12 noon Thursday; we take payment by phone.")),
            _f("errors", FOOTER, 0.2,
               (_OLD, "Notices are published as submitted. Marlow County Legal News is not "
                "responsible for errors in copy supplied by the advertiser.")),
            _f("adjudicated", FOOTER, 0.4,
               (_OLD, "Marlow County Legal News is a newspaper of general circulation, "
                "adjudicated by the Superior Court of Marlow County, Case No. 40217.")),
            _f("cite", FOOTER, 0.1,
               (_OLD, "Cite as: “{title},” Marlow County Legal News, {date_long}.")),
            _f("subscribe", FOOTER, 0.2,
               (_OLD, "Subscribe to the print edition: one year $58, two years $104. Call (479) "
                "555-0163."),
               ("2018-10-01", "Subscribe to the print edition: one year $64, two years $116. "
                "Call (479) 555-0163.")),
            _f("search", FOOTER, 0.15,
               (_OLD, "Search every notice by name, parcel number or case number at "
                "marlowlegalnews.com/search")),
        ),
    )


def _lobster(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    season = f"{y}–{(y + 1) % 100:02d}"
    return ((f"{y}-06-01", f"LFA 34 is closed for the summer. The {season} season opens on "
             "Dumping Day, the last Monday in November, weather permitting."),
            (DUMPING_DAYS[y], f"The {season} lobster season in LFA 34 is open until May 31. "
             "Report lost or damaged traps to the office so they can be logged."))


def fundy_style() -> PublisherStyle:
    """A fishermen's co-operative's news (Nova Scotia): a category kicker, a short posted
    date turned a long date with the writer, a shore-price insert and boat captions with
    photographers (up to two), the lobster season following Dumping Day every November,
    settlement cheques turned direct deposit, a PFD line, a marine-forecast line, office
    hours turned a walk-in closure and a reopening in 2020, a membership share raised, a
    rare annual-meeting line, the address with a phone, a federation line."""
    return PublisherStyle(
        domain="fundynarrowscoop.ca", site="Fundy Narrows Fishermen's Co-op", base_size=280,
        subdomains=(("www.", 70), ("", 30)),
        sections=("news", "prices", "safety", "lobster", "meetings"),
        n_authors=3, url_path="/news/{slug}/",
        pools={
            "cat": ("Co-op News", "Shore Prices", "Safety", "Lobster", "Meetings", "Herring",
                    "Scallops"),
            "price": ("🦞 Shore price this week: $6.25/lb for markets, $5.75/lb for canners",
                      "🦞 Shore price this week: $7.50/lb for markets, $6.90/lb for canners",
                      "🦞 Shore price this week: $5.40/lb for markets, $4.95/lb for canners",
                      "🦞 Shore price this week: $8.10/lb for markets, $7.60/lb for canners",
                      "🦞 Shore price this week: $6.80/lb for markets, $6.25/lb for canners"),
            "boat": ("📷 The Miss Katelyn unloading at the co-op wharf. Photo: Dale Comeau",
                     "📷 Traps stacked on the wharf the night before Dumping Day. Photo: "
                     "Shelley d'Entremont",
                     "📷 The Lady Marlene II heading out past the breakwater. Photo: co-op "
                     "files",
                     "📷 Weighing in at the buying station. Photo: Jordan Nickerson",
                     "📷 The Sea Lion III hauled out for the summer. Photo: Dale Comeau"),
        },
        families=(
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("posted", HEADER, 0.75, (_OLD, "Posted {date_short}"),
               ("2019-02-01", "{date_long} · {author}")),
            _f("price", MIDDLE, 0.25, (_OLD, "{price}")),
            _f("boat", MIDDLE, 0.2, (_OLD, "{boat}"), count=2),
            _f("season", FOOTER, 0.3,
               (_OLD, "The 2014–15 lobster season in LFA 34 is open until May 31. Report lost "
                "or damaged traps to the office so they can be logged."),
               *(wording for y in YEARS for wording in _lobster(y))),
            _f("settlement", FOOTER, 0.25,
               (_OLD, "Settlement cheques are ready every second Friday after 1 p.m. at the "
                "office."),
               ("2018-04-01", "Settlements are paid by direct deposit every second Friday, and "
                "statements are emailed the same day.")),
            _f("pfd", FOOTER, 0.3,
               (_OLD, "Wear your PFD on deck, every trip. Nobody plans to go overboard.")),
            _f("forecast", FOOTER, 0.15,
               (_OLD, "Check the marine forecast before you leave the wharf: "
                "weather.gc.ca/marine")),
            _f("office", FOOTER, 0.2,
               (_OLD, "Office hours: Monday to Friday, 8 a.m. to 4 p.m., and Saturday mornings "
                "in season."),
               ("2020-03-20", "The office is closed to walk-ins. Call or text 902-555-0171 and "
                "we'll bring what you need to the door."),
               ("2020-06-15", "The office has reopened. One person inside at a time, and please "
                "use the hand sanitizer at the door.")),
            _f("share", FOOTER, 0.2,
               (_OLD, "A co-op membership share is $100, paid once. Members vote at the annual "
                "meeting and share in the patronage dividend."),
               ("2019-01-01", "A co-op membership share is $150, paid once. Members vote at the "
                "annual meeting and share in the patronage dividend.")),
            _f("agm", FOOTER, 0.05,
               (_OLD, "Annual general meeting: second Saturday in June at the Legion hall. "
                "Lunch at noon, meeting at 1.")),
            _f("address", FOOTER, 0.4,
               (_OLD, "Fundy Narrows Fishermen's Co-op Ltd. · 14 Wharf Road, Cape Fundy NS "
                "B0W 1H0 · 902-555-0171")),
            _f("network", FOOTER, 0.2,
               (_OLD, "Proud member of the Maritime Fishermen's Co-operative Federation.")),
        ),
    )


def coyotebench_style() -> PublisherStyle:
    """A wine region's trade association (Washington State): a category kicker, a date and
    author line turned a byline with the writer's post, harvest notes with Brix readings (up
    to two) and a featured-winery insert, a drink-responsibly line, the AVA line with its
    acreage grown, Spring Release passports raised then cancelled and tasting rooms reopened
    in 2020, a map line turned a wildfire-smoke warning for a few weeks of 2020, the member
    count raised, a scholarship appeal, a mailing-list line, a hashtag, the association
    line with its address."""
    return PublisherStyle(
        domain="coyotebenchwine.org", site="Coyote Bench Wine Country", base_size=240,
        subdomains=(("www.", 100),),
        sections=("news", "harvest", "events", "members", "trade"),
        n_authors=5, url_path="/news/{yyyy}/{slug}",
        pools={
            "cat": ("Harvest Report", "Events", "Member News", "Vineyard Notes",
                    "Trade & Media", "Wine & Food"),
            "beat": ("Executive Director", "Marketing Manager", "Viticulture Extension",
                     "Board President", "Events Coordinator"),
            "harvest": ("🍇 Syrah on the upper bench came in at 24.8° Brix and 3.2 tons an "
                        "acre.",
                        "🍇 Riesling from the river terraces: 21.5° Brix, bright acid, picked "
                        "at night.",
                        "🍇 Cabernet Sauvignon at 25.4° Brix, small berries, yields down about "
                        "10%.",
                        "🍇 Chardonnay picked at 22.9° Brix on the cooler east slope.",
                        "🍇 Grenache came in at 24.1° Brix after a warm last week of "
                        "September.",
                        "🍇 Merlot at 24.6° Brix and 3.8 tons an acre, clean fruit."),
            "winery": ("Featured member: Dry Falls Cellars · tasting room open Thursday to "
                       "Sunday, 11 to 5",
                       "Featured member: Sagebrush Hollow Winery · tastings by appointment",
                       "Featured member: Two Ravens Vineyard · open daily in summer, noon to 6",
                       "Featured member: Basalt Ridge Estate · patio tastings Friday to Sunday",
                       "Featured member: Old Ferry Wine Co. · downtown tasting room, open "
                       "daily"),
        },
        families=(
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("posted", HEADER, 0.75, (_OLD, "{date_long} | {author}"),
               ("2018-08-01", "By {author}, {author_beat} · {date_short}")),
            _f("harvest", MIDDLE, 0.2, (_OLD, "{harvest}"), count=2),
            _f("winery", MIDDLE, 0.2, (_OLD, "{winery}")),
            _f("drink", FOOTER, 0.35,
               (_OLD, "Please drink responsibly. You must be 21 or older, with valid ID, to "
                "taste.")),
            _f("ava", FOOTER, 0.3,
               (_OLD, "The Coyote Bench AVA was established in 2009 and has 1,850 acres of "
                "vineyards on its south-facing slopes."),
               ("2018-03-01", "The Coyote Bench AVA was established in 2009 and has 2,240 acres "
                "of vineyards on its south-facing slopes.")),
            _f("passport", FOOTER, 0.3,
               (_OLD, "Spring Release Weekend passports are $45 in advance or $55 at the door "
                "and include tastings at every member winery."),
               ("2018-01-01", "Spring Release Weekend passports are $50 in advance or $60 at the "
                "door and include tastings at every member winery."),
               ("2020-03-16", "Spring Release Weekend is cancelled this year. Many member "
                "wineries offer curbside pickup and virtual tastings; see the member list."),
               ("2020-06-05", "Tasting rooms have reopened for seated tastings by reservation. "
                "Please check each winery's hours before you visit.")),
            _f("map", FOOTER, 0.1,
               (_OLD, "Plan your visit with our free Wine Country map, available in every "
                "member tasting room."),
               ("2020-09-08", "Wildfire smoke is affecting air quality across the valley. Check "
                "airnow.gov before you travel."),
               ("2020-10-01", "Plan your visit with our free Wine Country map, available in "
                "every member tasting room.")),
            _f("members", FOOTER, 0.25,
               (_OLD, "Coyote Bench Wine Country represents 38 wineries and 95 growers."),
               ("2017-01-01", "Coyote Bench Wine Country represents 42 wineries and 104 "
                "growers."),
               ("2019-01-01", "Coyote Bench Wine Country represents 47 wineries and 118 "
                "growers.")),
            _f("scholarship", FOOTER, 0.15,
               (_OLD, "Help train the next generation of growers: give to the Viticulture "
                "Scholarship Fund at coyotebenchwine.org/give")),
            _f("newsletter", FOOTER, 0.25,
               (_OLD, "Get harvest reports and event dates in your inbox: join our mailing "
                "list.")),
            _f("hashtag", FOOTER, 0.15, (_OLD, "🍷 Tag your visit #CoyoteBenchWine")),
            _f("association", FOOTER, 0.4,
               (_OLD, "Coyote Bench Wine Country is a 501(c)(6) trade association · PO Box 318, "
                "Benton Springs, WA 99350 · (509) 555-0134")),
        ),
    )


def northpennine_style() -> PublisherStyle:
    """A racing-pigeon federation's results (North Pennines, England): a category kicker, a
    posted-by line turned a name-first line with the weekday, a liberation report, result
    lines with velocities in yards per minute (up to two) and photo credits, a provisional
    results line, basketing times turned racing suspended and resumed in 2020, subs and
    transporter fees raised, a strays line, a welfare line, the RPRA affiliation, a results
    sponsor."""
    return PublisherStyle(
        domain="northpenninefed.co.uk", site="North Pennine Racing Pigeon Federation",
        base_size=200, subdomains=(("www.", 100),),
        sections=("results", "news", "young-birds", "old-birds", "club-news"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "cat": ("Race Results", "Liberation Reports", "Club News", "Young Birds",
                    "Old Birds", "Federation News"),
            "lib": ("🕊 Liberated at Peterborough at 07:30 in a light south-west wind, clear "
                    "skies.",
                    "🕊 Liberated at Fougères at 06:15 BST in a light north-west wind, some "
                    "cloud at the coast.",
                    "🕊 Liberated at Alençon at 06:45 BST, wind light and variable, clear.",
                    "🕊 Liberated at Hitchin at 08:00 in a moderate westerly, bright.",
                    "🕊 Liberated at Leicester at 09:15 after a two-hour hold for low cloud.",
                    "🕊 Liberated at Saintes at 05:30 BST into a light easterly, clear and "
                    "warm."),
            "result": ("1st R. & J. Dobson (Consett), 1,284.512 ypm",
                       "2nd Mr & Mrs Hewitt (Stanhope), 1,279.046 ypm",
                       "3rd Tindale Bros (Alston), 1,271.880 ypm",
                       "1st K. Armstrong (Tow Law), 1,402.330 ypm",
                       "1st Wilf Robson & Son (Wolsingham), 1,198.775 ypm",
                       "2nd G. Pattinson (Crook), 1,395.102 ypm"),
            "photog": ("Ken Armstrong", "the Dobson loft", "Federation archive", "Jean Hewitt"),
            "sponsor": ("Dales Feed & Corn", "Harker's Pigeon Supplies", "Weardale Transport"),
        },
        families=(
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("posted", HEADER, 0.75, (_OLD, "Posted by {author} on {date_dmy}"),
               ("2018-04-01", "{author} · {weekday} {date_dmy}")),
            _f("lib", HEADER, 0.25, (_OLD, "{lib}")),
            _f("result", MIDDLE, 0.25, (_OLD, "🏆 {result}"), count=2),
            _f("photo", MIDDLE, 0.15, (_OLD, "📷 Photo: {photog}")),
            _f("provisional", FOOTER, 0.35,
               (_OLD, "Results are provisional until checked by the Federation result "
                "secretary. Queries within seven days, please.")),
            _f("basketing", FOOTER, 0.3,
               (_OLD, "Basketing is at the Welfare Hall marking station from 6 p.m. on Friday. "
                "Clocks must be set and sealed before 8 p.m."),
               ("2020-03-23", "All racing and basketing is suspended under the Covid-19 "
                "restrictions, in line with RPRA guidance."),
               ("2020-07-04", "Racing has resumed. Basketing is by appointment, one member at a "
                "time, and masks must be worn in the marking station.")),
            _f("subs", FOOTER, 0.25,
               (_OLD, "Federation subs are £15 a loft, plus £2.50 a bird a race for the "
                "transporter."),
               ("2019-01-01", "Federation subs are £18 a loft, plus £3.00 a bird a race for the "
                "transporter.")),
            _f("strays", FOOTER, 0.2,
               (_OLD, "Found a tired racing pigeon? Give it water and a rest, note the ring "
                "number and report it to the RPRA.")),
            _f("welfare", FOOTER, 0.15,
               (_OLD, "A bird's welfare comes first: no bird is to be basketed unless it is fit "
                "to race.")),
            _f("rpra", FOOTER, 0.4,
               (_OLD, "The North Pennine Racing Pigeon Federation is affiliated to the Royal "
                "Pigeon Racing Association.")),
            _f("sponsor", FOOTER, 0.2, (_OLD, "Results sponsored by {sponsor}.")),
        ),
    )


def heldout18_styles() -> list[PublisherStyle]:
    """The held-back-18 styles, in the order the generator hands them to publishers."""
    return [
        dongbaek_style(), carmel_style(), gence_style(), warka_style(), akede_style(),
        borealshield_style(), wrenfield_style(), ironwater_style(), marlow_style(),
        fundy_style(), coyotebench_style(), northpennine_style(),
    ]
