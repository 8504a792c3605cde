"""The fifteenth held-back template set (``held-back-15``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the fourteenth
held-back set (`tests.bench.heldout_templates_14`, written the same day and not run when
this one was written). It was written WITHOUT looking at cleanpipe's detection code
(``cleanpipe/detect``, ``segment``, ``sign``, ``engine``, ``strip``, ``config``) or the
README's detection rules, before any benchmark run on it, and without shaping any line to
pass or to fail a detector: the families are what real sites of these kinds print, from
general knowledge of them. All wording is original; none is copied from the data, from the
tuning styles or from the first fourteen held-back sets.

**Status (2026-11-26, later that day):** run once while unseen (89.72% boilerplate
removed, 99.97% content kept; the session-start code of that day: 89.17%), then its misses
were studied to change the detector: no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Slovenian regional daily, a Thai
regional news site in Thai script, a Malaysian English-language daily (with a Malay and
Chinese language switch), an Irish-language news site, a hotel and hospitality trade news
site, a regional symphony orchestra's news, a city parks and recreation department's news
flashes, a dental clinic's blog, a bouldering gym's news, a makerspace's blog, an allotment
society's news and a New Zealand primary school's newsletter (with Māori greetings). None of
these kinds is in the earlier held-back sets.

Variation: dates in several formats and languages (Slovenian ``21.06.2017, 14:32`` from
``date_de`` turned "Objavljeno ... ob 14.32" with the dot time built from ``time`` by
indexing; Thai ``21/06/2017 14:32 น.`` built from ``date_iso`` by indexing, Gregorian years
since the generator cannot make Buddhist-era ones, gaining a view count; Malaysian US-style
dates with ``@`` and a 12-hour time turned weekday dates with MYT; Irish ``21/06/2017``
gaining a reading time in Irish; US long, short, slash and ISO dates; a static-site ISO date
replacing a handle; British ``21/06/2017``; New Zealand term-and-week issue lines gaining the
date), notices reworded in 2017-2020 (a Slovenian comment rule, a print price raised and a
2020 e-edition notice, a Thai comment disclaimer, Facebook turned LINE, a Thai copyright
line turned a no-copying rule with an advertising phone, a Malaysian comment switch-off on
race, religion and royalty, Twitter turned Telegram, a free-MCO-coverage notice, Irish
comments closed and a lockdown support appeal, a trade forum's pass price raised and moved
online, a paywall turned a metered offer, an orchestra's ticket prices raised, concerts
cancelled and streamed, a relief-fund appeal, a new music director, city registration
cancelled and reopened with smaller groups, shelter and pool prices raised and pools
closed, a dental practice's Level 3 restrictions and reopening, a new-patient price raised,
a child benefit cap indexed, a climbing gym's prices raised, a closure and slot booking, a
makerspace's dues raised, open houses cancelled and moved outdoors, a mailing list turned
Slack then Discord, allotment rents raised twice, the trading hut closed and reopened, a
waiting list closed, a produce show cancelled, a school closed at Alert Level 4 and
reopened, assemblies moved online, free school lunches, the donations scheme), names at the
start of lines (Slovenian and Thai bylines, orchestra staff with their posts, dentists with
their degrees, climbers on their problems, allotment officers, award winners with their
rooms), the article's own title (a reprint line and a WordPress comment heading) and other
articles' titles (Slovenian, Thai, Malaysian, Irish and trade links), amounts (euro, ringgit
fuel prices, dust readings, occupancy and RevPAR, dollar, Australian and New Zealand prices,
pound rents), handles, phone numbers in five countries' formats, URLs with ids (a city
activity number), multi-line blocks (a hotel-market snapshot, an upcoming concert, a
principal's awards), mid-body inserts (some up to two or three times), bare lines (Slovenian,
Thai, Malaysian and Irish ad labels, a share-tools line, a Māori greeting, kickers, box
headings), Thai, Chinese and Latin script with Slovenian, Irish and Māori diacritics,
symbols and emoji where such sites use them, and families in only 5-30% of articles beside
ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21")
# and into the 24-hour time ("14:32").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_SLASH_DMY = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017
_DOT_TIME = "{time[0]}{time[1]}.{time[3]}{time[4]}"  # 14.32


def kozjanski_style() -> PublisherStyle:
    """A Slovenian regional daily: a breadcrumb, a dotted date turned "Objavljeno ... ob"
    with a dot time, a bare byline gaining a photo credit, a reading time, "OGLAS", photo
    and "Preberite še" inserts, a comment counter turned a verified-account rule, a print
    price raised and a 2020 e-edition notice, a story-tip line with a phone, a social line,
    a copyright line turned an imprint."""
    return PublisherStyle(
        domain="kozjanskiglas.si", site="Kozjanski glas", base_size=900,
        subdomains=(("www.", 75), ("", 25)),
        sections=("novice", "celje", "sentjur", "gospodarstvo", "sport", "kultura",
                  "crna-kronika"),
        n_authors=13, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrika": ("Novice", "Celje", "Šentjur", "Kozjansko", "Gospodarstvo", "Šport",
                        "Kultura", "Črna kronika", "Mnenja"),
            "foto": ("Tomaž Lesjak", "Urška Vrečko", "arhiv KG", "PU Celje", "Shutterstock",
                     "Občina Šentjur", "bralec", "Gašper Knez"),
        },
        families=(
            _f("pot", HEADER, 0.3, (_OLD, "Domov / {rubrika}")),
            _f("datum", HEADER, 0.9, (_OLD, "{date_de}, {time}"),
               ("2018-04-01", "Objavljeno {date_de} ob " + _DOT_TIME)),
            _f("avtor", HEADER, 0.7, (_OLD, "{author}"),
               ("2019-02-01", "{author} · Foto: {foto}")),
            _f("cas-branja", HEADER, 0.2, (_OLD, "Čas branja: {read_min} min")),
            _f("oglas", MIDDLE, 0.5, (_OLD, "OGLAS"), count=3),
            _f("preberite", MIDDLE, 0.4, (_OLD, "Preberite še: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}"), count=2),
            _f("komentarji", FOOTER, 0.35, (_OLD, "Komentarji ({count})"),
               ("2019-09-01", "Komentiranje je mogoče le s preverjenim uporabniškim računom. "
                "Preberite pravila komentiranja.")),
            _f("narocnina", FOOTER, 0.2,
               (_OLD, "Naročnina na tiskano izdajo: 14,90 € na mesec z dostavo na dom."),
               ("2018-01-01", "Naročnina na tiskano izdajo: 15,90 € na mesec z dostavo na "
                "dom."),
               ("2020-03-16", "V času epidemije lahko naročniki časnik brezplačno berejo "
                "tudi v e-izdaji.")),
            _f("namig", FOOTER, 0.15,
               (_OLD, "Imate namig za zgodbo? Pokličite 03 555 12 40 ali pišite na "
                "urednistvo@kozjanskiglas.si")),
            _f("druzbena", FOOTER, 0.2,
               (_OLD, "Sledite nam na Facebooku in Instagramu 👉 @kozjanskiglas")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Kozjanski glas d.o.o. Vse pravice pridržane."),
               ("2018-05-25", "Kozjanski glas d.o.o., Mestni trg 4, 3230 Šentjur · Impresum · "
                "Varstvo osebnih podatkov · Piškotki")),
        ),
    )


def siangmuang_style() -> PublisherStyle:
    """A Thai regional news site in Thai script: a category field line, a numeric date with
    "น." gaining "เผยแพร่" and a view count, an author line turned a name-first reporter
    line, a PM2.5 dust strip, "โฆษณา", related-story and photo-thanks inserts, a source line,
    Facebook turned LINE, a comment counter turned a disclaimer, a news-tip line with a
    phone, the copyright line turned a no-copying rule with an advertising phone."""
    return PublisherStyle(
        domain="siangmuangnan.com", site="เสียงเมืองน่าน", base_size=780,
        subdomains=(("www.", 60), ("m.", 25), ("", 15)),
        sections=("local", "politics", "economy", "crime", "sport", "travel", "agriculture"),
        n_authors=8, url_path="/news/{n}",
        pools={
            "muad": ("ข่าวน่าน", "การเมืองท้องถิ่น", "เศรษฐกิจ", "อาชญากรรม", "กีฬา",
                     "การศึกษา", "ท่องเที่ยว", "เกษตร", "สิ่งแวดล้อม"),
            "phukhian": ("ธนากร แก้วมณี", "วิไลวรรณ ศรีสุข", "ณัฐพล บุญมา", "กมลชนก อินทร์แก้ว",
                         "ปิยะพงษ์ ทองดี", "สุนิสา คำปัน", "อนุชา ปัญญาวงศ์"),
            "fun": ("18", "27", "37", "52", "76", "104", "141"),
            "phap": ("เพจประชาสัมพันธ์จังหวัดน่าน", "สภ.เมืองน่าน", "ผู้อ่านส่งมา", "อบจ.น่าน",
                     "ทีมข่าวเสียงเมืองน่าน", "เฟซบุ๊กผู้ใช้งาน"),
            "thima": ("สำนักงานประชาสัมพันธ์จังหวัดน่าน", "กรมอุตุนิยมวิทยา", "กรมควบคุมมลพิษ",
                      "สภ.เมืองน่าน", "อบจ.น่าน"),
        },
        families=(
            _f("muad", HEADER, 0.3, (_OLD, "หมวดหมู่: {muad}")),
            _f("wanthi", HEADER, 0.9, (_OLD, _SLASH_DMY + " {time} น."),
               ("2019-01-01", "เผยแพร่: " + _SLASH_DMY + " {time} น. · เข้าชม {count} ครั้ง")),
            _f("phukhian", HEADER, 0.6, (_OLD, "ผู้เขียน: {phukhian}"),
               ("2018-08-01", "{phukhian} ผู้สื่อข่าวจังหวัดน่าน")),
            _f("fun", HEADER, 0.1, (_OLD, "ค่าฝุ่น PM2.5 ในเมืองน่านวันนี้ {fun} มคก./ลบ.ม.")),
            _f("khosana", MIDDLE, 0.45, (_OLD, "โฆษณา"), count=2),
            _f("kiaokhong", MIDDLE, 0.35, (_OLD, "อ่านข่าวที่เกี่ยวข้อง: {other_title}"),
               count=2),
            _f("phap", MIDDLE, 0.3, (_OLD, "ขอบคุณภาพ: {phap}"), count=2),
            _f("thima", FOOTER, 0.2, (_OLD, "ที่มา: {thima}")),
            _f("tidtam", FOOTER, 0.25, (_OLD, "ติดตามข่าวสารได้ที่เพจเฟซบุ๊ก เสียงเมืองน่าน"),
               ("2018-03-01", "📲 ติดตามข่าวด่วนผ่าน LINE ได้ที่ @siangmuangnan")),
            _f("khwamhen", FOOTER, 0.35, (_OLD, "ความคิดเห็น ({count})"),
               ("2019-05-01", "ความคิดเห็นที่แสดงเป็นของผู้แสดงความคิดเห็นเท่านั้น "
                "กองบรรณาธิการไม่จำเป็นต้องเห็นด้วย กรุณาใช้ถ้อยคำสุภาพ")),
            _f("jaengkhao", FOOTER, 0.15,
               (_OLD, "แจ้งข่าว ร้องเรียน โทร 054-555-214 หรืออีเมล news@siangmuangnan.com")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} เสียงเมืองน่าน สงวนลิขสิทธิ์"),
               ("2018-11-01", "ห้ามคัดลอกเนื้อหาและภาพไปเผยแพร่โดยไม่ได้รับอนุญาต · "
                "ติดต่อลงโฆษณา โทร 081-555-0432")),
        ),
    )


def kinta_style() -> PublisherStyle:
    """A Malaysian English-language daily: an English-Malay-Chinese language switch, a US-style
    date with "@" and a 12-hour time turned a weekday date with MYT, a byline gaining the
    reporter's town, a weekly fuel-price strip, "Advertisement", "READ:" and "— Picture by"
    inserts, a wire-agency end line, a comment line turned a switch-off on race, religion and
    royalty, Facebook and Twitter turned Telegram, an e-paper offer turned free MCO coverage,
    the copyright line turned the company imprint with its registration number."""
    return PublisherStyle(
        domain="kintamail.com.my", site="The Kinta Mail", base_size=670,
        subdomains=(("www.", 80), ("", 20)),
        sections=("nation", "perak", "business", "sport", "world", "lifestyle", "opinion"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "beat": ("Ipoh", "Taiping", "Teluk Intan", "Kuala Lumpur", "Sitiawan", "Kampar",
                     "Batu Gajah"),
            "fuel": ("RON95 RM2.08 · RON97 RM2.37 · Diesel RM2.18",
                     "RON95 RM2.20 · RON97 RM2.50 · Diesel RM2.18",
                     "RON95 RM1.89 · RON97 RM2.21 · Diesel RM2.02",
                     "RON95 RM2.08 · RON97 RM2.63 · Diesel RM2.18",
                     "RON95 RM1.25 · RON97 RM1.55 · Diesel RM1.43"),
            "pic": ("Zulkifli Ramlan", "Tan Wei Ming", "Mohd Faizal Rosli", "Siva Kumaran",
                    "Nur Aqilah Razak", "Chong Kah Hoe"),
            "agency": ("Bernama", "Reuters", "AFP", "AP", "The Kinta Mail"),
        },
        families=(
            _f("language", HEADER, 0.2, (_OLD, "EN | BM | 中文")),
            _f("dateline", HEADER, 0.9, (_OLD, "{date_long} @ {time12}"),
               ("2019-04-01", "{weekday}, {date_dmy} {time12} MYT")),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               ("2018-06-01", "By {author} in {author_beat}")),
            _f("fuel", HEADER, 0.08, (_OLD, "⛽ Fuel prices this week: {fuel}")),
            _f("advertisement", MIDDLE, 0.45, (_OLD, "Advertisement"), count=3),
            _f("read", MIDDLE, 0.35, (_OLD, "READ: {other_title}"), count=2),
            _f("picture", MIDDLE, 0.3, (_OLD, "— Picture by {pic}"), count=2),
            _f("agency", FOOTER, 0.2, (_OLD, "— {agency}")),
            _f("comments", FOOTER, 0.35,
               (_OLD, "Comments are the views of our readers and do not represent the views "
                "of The Kinta Mail."),
               ("2018-07-01", "Comments are switched off on stories touching on race, religion "
                "and royalty.")),
            _f("social", FOOTER, 0.25,
               (_OLD, "Like us on Facebook and follow @KintaMail on Twitter."),
               ("2019-08-01", "📢 Join our Telegram channel for breaking news: t.me/kintamail")),
            _f("epaper", FOOTER, 0.15,
               (_OLD, "Read the e-paper from RM9.90 a month at kintamail.com.my/epaper"),
               ("2020-03-18", "Our Covid-19 and MCO coverage is free to read. Support local "
                "journalism: kintamail.com.my/epaper")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "Copyright © {year} The Kinta Mail. All rights reserved."),
               ("2019-01-01", "© {year} Kinta Mail Media Sdn Bhd (1045532-K) · 18 Jalan "
                "Sultan Idris Shah, 30000 Ipoh, Perak · 05-555 0142")),
        ),
    )


def sceala_style() -> PublisherStyle:
    """An Irish-language news site: a section kicker, a slashed date gaining a reading time in
    Irish, "Le" bylines turned a name with the writer's post, "Fógraíocht", "Léigh freisin"
    and photo inserts, a tags line, a comment counter turned comments closed, a newsletter
    line, a support appeal reworded in lockdown, a funding line, a copyright line turned an
    imprint with a Galway phone."""
    return PublisherStyle(
        domain="scealaaniarthair.ie", site="Scéala an Iarthair", base_size=600,
        subdomains=(("www.", 85), ("", 15)),
        sections=("nuacht", "gaeltacht", "spoirt", "ealain", "tuairim", "polaitiocht"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={
            "rannog": ("Nuacht", "Gaeltacht", "Spórt", "Ealaín", "Polaitíocht", "Oideachas",
                       "Tuairim", "Gnó"),
            "beat": ("Comhfhreagraí Gaeltachta", "Eagarthóir Spóirt", "Tuairisceoir",
                     "Comhfhreagraí Polaitíochta", "Eagarthóir", "Iriseoir Ealaíon"),
            "grianghraf": ("Scéala an Iarthair", "Seán Ó Mainnín", "Sportsfile",
                           "RollingNews.ie", "Aoife Ní Fhlaithearta", "Údarás na Gaeltachta"),
            "clib": ("Gaeltacht", "Conamara", "Oideachas", "Peil", "Iománaíocht", "Pleanáil",
                     "Cearta teanga", "Oileáin Árann"),
        },
        families=(
            _f("rannog", HEADER, 0.3, (_OLD, "{rannog}")),
            _f("data", HEADER, 0.85, (_OLD, _SLASH_DMY),
               ("2019-03-01", _SLASH_DMY + " · {read_min} nóiméad léitheoireachta")),
            _f("udar", HEADER, 0.65, (_OLD, "Le {author}"),
               ("2018-06-01", "{author}, {author_beat}")),
            _f("fograiocht", MIDDLE, 0.4, (_OLD, "Fógraíocht"), count=2),
            _f("leigh-freisin", MIDDLE, 0.35, (_OLD, "Léigh freisin: {other_title}"), count=2),
            _f("grianghraf", MIDDLE, 0.3, (_OLD, "Grianghraf: {grianghraf}")),
            _f("clibeanna", FOOTER, 0.3, (_OLD, "Clibeanna: {clib_list}")),
            _f("tuairimi", FOOTER, 0.3, (_OLD, "{count} tuairim"),
               ("2019-02-01", "Tá an rannóg tuairimí dúnta don alt seo.")),
            _f("nuachtlitir", FOOTER, 0.2,
               (_OLD, "📬 Faigh an nuacht is déanaí i do bhosca ríomhphoist gach Aoine: "
                "scealaaniarthair.ie/nuachtlitir")),
            _f("tacaiocht", FOOTER, 0.2,
               (_OLD, "Is seirbhís nuachta saor in aisce í Scéala an Iarthair. Tacaigh linn ar "
                "scealaaniarthair.ie/tacaiocht"),
               ("2020-03-20", "Tá ár bhfoireann ag obair ón mbaile le linn na paindéime. Má "
                "thaitníonn ár gcuid oibre leat, tacaigh linn ar "
                "scealaaniarthair.ie/tacaiocht")),
            _f("maoiniu", FOOTER, 0.25,
               (_OLD, "Tá Scéala an Iarthair maoinithe ag Foras na Gaeilge.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Scéala an Iarthair Teo. Gach ceart ar cosaint."),
               ("2019-01-01", "Scéala an Iarthair Teo. · An Cheathrú Rua, Co. na Gaillimhe · "
                "091 555 014 · Téarmaí úsáide · Príobháideacht")),
        ),
    )


def innsider_style() -> PublisherStyle:
    """A hotel and hospitality trade news site: a topic kicker, a "By ... -" byline turned a
    name-first line with an Eastern time, a partner-content label, image credits and
    "RELATED:" inserts, a market snapshot box (heading, occupancy, ADR and RevPAR, the
    week and data source), an investment forum whose pass price rose and which moved online
    in 2020, a members' wall turned a metered offer, a reprint line with the story's own
    title, a newsletter line, the copyright line turned the publisher's imprint."""
    return PublisherStyle(
        domain="innsiderdaily.com", site="Innsider Daily", base_size=540,
        subdomains=(("www.", 100),),
        sections=("operations", "development", "revenue", "technology", "people", "deals"),
        n_authors=11, url_path="/{section}/{slug}-{n}",
        pools={
            "kicker": ("Operations", "Development", "Revenue Management", "Food & Beverage",
                       "Technology", "People", "Deals", "Sustainability", "Openings"),
            "sponsor": ("Keystay Smart Locks", "Bellhop Linen Services", "Vantage PMS",
                        "Quillon Payments"),
            "img": ("Rendering courtesy of Hollis & Vane Architects",
                    "Photo courtesy of Tidewell Resorts",
                    "Rendering courtesy of Larchmont Hotel Group",
                    "Photo: Innsider Daily file", "Photo courtesy of the hotel"),
            "perf": ("US total · Occupancy 66.1% · ADR $129.83 · RevPAR $85.82",
                     "New York · Occupancy 88.4% · ADR $287.50 · RevPAR $254.15",
                     "Orlando · Occupancy 77.2% · ADR $148.20 · RevPAR $114.41",
                     "Chicago · Occupancy 71.5% · ADR $181.40 · RevPAR $129.70",
                     "Las Vegas · Occupancy 89.0% · ADR $124.60 · RevPAR $110.89",
                     "Nashville · Occupancy 79.3% · ADR $164.10 · RevPAR $130.13"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("byline", HEADER, 0.85, (_OLD, "By {author} - {date_long}"),
               ("2018-10-01", "{author} · {date_long} · {time12} ET")),
            _f("partner", HEADER, 0.05, (_OLD, "Partner Content from {sponsor}")),
            _f("image", MIDDLE, 0.25, (_OLD, "{img}")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("perf-head", FOOTER, 0.2, (_OLD, "Performance snapshot")),
            _f("perf-line", FOOTER, 0.19, (_OLD, "{perf}")),
            _f("perf-source", FOOTER, 0.17,
               (_OLD, "Week ending {date_short}. Source: Benchline Analytics")),
            _f("forum", FOOTER, 0.2,
               (_OLD, "Join 2,400 owners, investors and operators at the Innsider Investment "
                "Forum in New York every June. Early-bird passes $1,195."),
               ("2019-01-01", "Join 2,400 owners, investors and operators at the Innsider "
                "Investment Forum in New York every June. Early-bird passes $1,295."),
               ("2020-03-12", "The Innsider Investment Forum moves online this year and is "
                "free for Innsider Pro members.")),
            _f("paywall", FOOTER, 0.3,
               (_OLD, "This story is for Innsider Pro members. Sign in or start a free 14-day "
                "trial."),
               ("2019-06-01", "Register free to read three stories a month, or go unlimited "
                "with Innsider Pro from $29 a month.")),
            _f("reprints", FOOTER, 0.1,
               (_OLD, "To license or reprint “{title}”, email reprints@innsiderdaily.com")),
            _f("newsletter", FOOTER, 0.25,
               (_OLD, "📧 Get the Innsider Daily morning briefing in your inbox: "
                "innsiderdaily.com/newsletters")),
            _f("copyright", FOOTER, 0.65,
               (_OLD, "© {year} Innsider Media LLC. All rights reserved."),
               ("2018-05-25", "Innsider Daily is published by Innsider Media LLC · 1270 Sixth "
                "Avenue, New York, NY 10020 · Privacy · Terms · Cookie Settings")),
        ),
    )


def kestrel_style() -> PublisherStyle:
    """A regional symphony orchestra's news: a posted date turned a "News |" line, a byline
    turned a name with the writer's post, photo credits and a "Listen" insert with the
    work, an upcoming-concert box (heading, programme, day and venue), ticket prices raised
    then concerts cancelled and streamed in 2020, a giving line turned a relief-fund appeal,
    a season sponsor, the about line with a new music director."""
    return PublisherStyle(
        domain="kestrelvalleysymphony.org", site="Kestrel Valley Symphony", base_size=470,
        subdomains=(("www.", 100),),
        sections=("news", "concerts", "education", "community"),
        n_authors=5, url_path="/news/{slug}",
        pools={
            "beat": ("Director of Marketing", "Principal Cello", "Education Manager",
                     "Executive Director", "Music Director", "Orchestra Librarian"),
            "photog": ("Ellen Marsh Photography", "Jae-won Pak", "KVSO archives",
                       "Courtesy of the artist", "Tom Ridley"),
            "work": ("Sibelius, Symphony No. 2 in D major", "Dvořák, Cello Concerto in B minor",
                     "Copland, Appalachian Spring", "Florence Price, Symphony No. 1",
                     "Brahms, Symphony No. 4", "Ravel, Daphnis et Chloé Suite No. 2"),
            "programme": ("Masterworks 3: Brahms & Price", "Pops: A Night at the Movies",
                          "Holiday Brass Spectacular", "Masterworks 5: From the New World",
                          "Family Concert: Peter and the Wolf"),
            "venue": ("Saturday 7:30 PM · Harmon Hall, Millford",
                      "Sunday 3:00 PM · Harmon Hall, Millford",
                      "Friday 7:30 PM · St. Brendan's Church, Edgewater",
                      "Thursday 7:00 PM · Riverside Bandshell, free admission"),
            "sponsor": ("Harmon Family Foundation", "First Valley Credit Union",
                        "Greer & Lowell LLP", "Millford Honda"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted {date_long}"),
               ("2018-08-01", "News | {date_long}")),
            _f("byline", HEADER, 0.45, (_OLD, "by {author}"),
               ("2019-06-01", "{author}, {author_beat}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo by {photog}"), count=2),
            _f("listen", MIDDLE, 0.15, (_OLD, "🎧 Listen: {work}")),
            _f("concert-head", FOOTER, 0.25, (_OLD, "Upcoming Concert")),
            _f("concert-title", FOOTER, 0.24, (_OLD, "{programme}")),
            _f("concert-venue", FOOTER, 0.22, (_OLD, "{venue}")),
            _f("boxoffice", FOOTER, 0.35,
               (_OLD, "Tickets $22–$68, students $10 · Box Office (608) 555-0142, Tue–Fri "
                "noon–5 PM"),
               ("2019-08-01", "Tickets $25–$72, students $10 · Box Office (608) 555-0142, "
                "Tue–Fri noon–5 PM"),
               ("2020-03-13", "All concerts through June are cancelled. Ticket holders may "
                "donate their tickets, exchange them or ask for a refund."),
               ("2020-09-01", "Our fall concerts are streamed free at "
                "kestrelvalleysymphony.org/live while Harmon Hall stays closed.")),
            _f("give", FOOTER, 0.25,
               (_OLD, "Ticket sales cover less than a third of what it costs to put the "
                "orchestra on stage. Give at kestrelvalleysymphony.org/give"),
               ("2020-04-01", "With our season cancelled, your gift to the Musicians' Relief "
                "Fund keeps our players paid.")),
            _f("sponsor", FOOTER, 0.3, (_OLD, "Season sponsor: {sponsor}")),
            _f("about", FOOTER, 0.45,
               (_OLD, "The Kestrel Valley Symphony Orchestra has brought live orchestral music "
                "to the valley since 1952. Music Director: Ilse Markgraf."),
               ("2019-07-01", "The Kestrel Valley Symphony Orchestra has brought live "
                "orchestral music to the valley since 1952. Music Director: Daniel "
                "Okafor-Reyes.")),
        ),
    )


def aldersprings_style() -> PublisherStyle:
    """A city parks and recreation department's news flashes: a "Posted on:" line gaining a
    "Last Modified on:" stamp, a "News Flash" breadcrumb, a share-tools line, an activity
    registration insert with an id, a rainout line, registration turned 2020 cancellations
    and smaller summer groups, shelter rental fees raised, pool prices raised and pools
    closed in 2020, an accommodation notice, an alerts sign-up, Facebook turned a handle,
    the department's contact block."""
    return PublisherStyle(
        domain="alderspringsrec.org", site="Alder Springs Parks & Recreation", base_size=420,
        subdomains=(("www.", 100),),
        sections=("parks", "aquatics", "sports", "seniors", "trails", "events"),
        n_authors=3, url_path="/news/{n}/{slug}",
        pools={
            "newscat": ("Parks & Recreation", "Aquatics", "Youth Sports", "Senior Center",
                        "Trails & Open Space", "Special Events", "Forestry"),
        },
        families=(
            _f("posted", HEADER, 0.85, (_OLD, "Posted on: {date_long}"),
               ("2019-01-01", "Posted on: {date_long} | Last Modified on: {date_long}")),
            _f("breadcrumb", HEADER, 0.4, (_OLD, "Home › News Flash › {newscat}")),
            _f("share", HEADER, 0.5, (_OLD, "Facebook Twitter Email")),
            _f("activity", MIDDLE, 0.2,
               (_OLD, "📝 Register online for activity #{n}: alderspringsrec.org/register")),
            _f("rainout", FOOTER, 0.15,
               (_OLD, "🌧️ Field status and rainouts: call (970) 555-0186 or visit "
                "alderspringsrec.org/fields")),
            _f("registration", FOOTER, 0.35,
               (_OLD, "Registration opens for residents on the first Monday of each season and "
                "for non-residents one week later."),
               ("2020-03-16", "All recreation programs, classes and facility rentals are "
                "cancelled through April 30. Refunds will be issued automatically."),
               ("2020-06-01", "Summer programs are running with smaller groups. "
                "Pre-registration is required; no walk-ins.")),
            _f("shelters", FOOTER, 0.2,
               (_OLD, "Picnic shelters can be reserved for $40 a day for residents and $60 for "
                "non-residents."),
               ("2019-01-01", "Picnic shelters can be reserved for $45 a day for residents and "
                "$70 for non-residents.")),
            _f("pools", FOOTER, 0.15,
               (_OLD, "Outdoor pools open Memorial Day weekend. Daily admission: adults $4, "
                "kids and seniors $2.50."),
               ("2019-05-01", "Outdoor pools open Memorial Day weekend. Daily admission: adults "
                "$5, kids and seniors $3."),
               ("2020-05-20", "The city's outdoor pools will not open for the 2020 season.")),
            _f("ada", FOOTER, 0.3,
               (_OLD, "If you need an accommodation to take part in a program, please call "
                "(970) 555-0140 at least 72 hours in advance.")),
            _f("notify", FOOTER, 0.2,
               (_OLD, "📬 Sign up at alderspringsrec.org/notify to get Parks & Recreation news "
                "by email or text.")),
            _f("social", FOOTER, 0.25,
               (_OLD, "Like Alder Springs Parks & Recreation on Facebook"),
               ("2018-05-01", "Follow @AlderSpringsRec on Facebook and Instagram")),
            _f("contact", FOOTER, 0.5,
               (_OLD, "Alder Springs Parks & Recreation · 300 W. Pine St., Alder Springs, CO "
                "81611 · (970) 555-0140 · Mon–Fri 8 a.m.–5 p.m.")),
        ),
    )


def riverbend_style() -> PublisherStyle:
    """A dental clinic's blog (Australian): a date-and-name line turned a name with degrees,
    a topic kicker, a new-patient offer insert with its price raised, a before-and-after
    caption, a general-advice disclaimer, a second-opinion risk line, opening hours turned
    Level 3 emergency-only and then reopened, health-fund claiming gaining payment plans,
    online booking, the child dental benefit cap indexed, the practice's address and ABN."""
    return PublisherStyle(
        domain="riverbenddental.com.au", site="Riverbend Family Dental", base_size=370,
        subdomains=(("www.", 100),),
        sections=("kids", "gum-health", "cosmetic", "emergency", "hygiene", "news"),
        n_authors=5, url_path="/blog/{slug}/",
        pools={
            "beat": ("BDSc (Qld)", "BDS (Syd)", "DMD", "BOH (Dental Hygiene)", "BDSc Hons "
                     "(Melb)"),
            "topic": ("Kids' Teeth", "Gum Health", "Cosmetic Dentistry", "Dental Emergencies",
                      "Oral Hygiene", "Orthodontics", "Practice News"),
            "case": ("six months of clear aligners", "two porcelain veneers",
                     "a single implant crown", "in-chair whitening", "composite bonding on "
                     "a chipped front tooth"),
        },
        families=(
            _f("posted", HEADER, 0.7, (_OLD, "{date_dmy} · {author}"),
               ("2018-07-01", "{author}, {author_beat} | {date_dmy}")),
            _f("topic", HEADER, 0.3, (_OLD, "{topic}")),
            _f("offer", MIDDLE, 0.2,
               (_OLD, "🦷 New patient special: exam, scale and clean, and x-rays for $199."),
               ("2019-07-01", "🦷 New patient special: exam, scale and clean, and x-rays for "
                "$219.")),
            _f("case", MIDDLE, 0.12, (_OLD, "Before and after: {case}")),
            _f("disclaimer", FOOTER, 0.35,
               (_OLD, "This article is general information only and does not replace a "
                "consultation with your dentist.")),
            _f("risk", FOOTER, 0.15,
               (_OLD, "All surgical and invasive procedures carry risks. We recommend a second "
                "opinion from a suitably qualified practitioner before you go ahead.")),
            _f("hours", FOOTER, 0.4,
               (_OLD, "Open Mon–Fri 8am–6pm and Saturday mornings · (07) 5555 0182"),
               ("2020-03-26", "Under Level 3 restrictions we can only see patients for "
                "emergency care. Call (07) 5555 0182 and we'll advise you."),
               ("2020-05-18", "We're back to full services. Please tell us before your visit "
                "if you have a fever or cold symptoms.")),
            _f("funds", FOOTER, 0.3,
               (_OLD, "We're preferred providers for most major health funds, with "
                "on-the-spot claiming through HICAPS."),
               ("2019-03-01", "We're preferred providers for most major health funds, with "
                "on-the-spot claiming through HICAPS. Interest-free payment plans are "
                "available.")),
            _f("book", FOOTER, 0.25,
               (_OLD, "📅 Book online any time at riverbenddental.com.au/book or call (07) "
                "5555 0182")),
            _f("cdbs", FOOTER, 0.12,
               (_OLD, "Eligible children can get up to $1,000 of basic dental care over two "
                "years under the Child Dental Benefits Schedule."),
               ("2020-01-01", "Eligible children can get up to $1,013 of basic dental care over "
                "two years under the Child Dental Benefits Schedule.")),
            _f("address", FOOTER, 0.5,
               (_OLD, "Riverbend Family Dental · Shop 4, 22 Marina Parade, Tweed Heads South "
                "NSW 2486 · ABN 41 155 555 018")),
        ),
    )


def talus_style() -> PublisherStyle:
    """A bouldering gym's news: a posted line with a slashed date turned a short date with the
    writer's role, a tag kicker, a next-reset insert, climbers' captions beginning with the
    climber's name, opening hours turned a 2020 closure and slot booking, day-pass and
    membership prices raised, a waiver line, an intro-class line, a grading note, a handle,
    the gym's address."""
    return PublisherStyle(
        domain="talusbouldering.com", site="Talus Bouldering", base_size=320,
        subdomains=(("www.", 70), ("", 30)),
        sections=("setting", "events", "youth-team", "comps", "gym-news"),
        n_authors=5, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "beat": ("Head Setter", "Youth Team Coach", "Front Desk Lead", "Owner", "Setter",
                     "Programs Manager"),
            "tag": ("Route Setting", "Events", "Youth Team", "Comp Results", "Gym News",
                    "Yoga & Fitness"),
            "wall": ("The Cave, Tuesday", "Slab Wall, Thursday", "Comp Wall, Monday",
                     "Training Board, Sunday night", "The Prow, Wednesday"),
            "send": ("Jonah R. sending the pink V5 on the Prow",
                     "Priya K. on the orange V7 in the Cave",
                     "Mateo and Lin working the new slab traverse",
                     "Dana W. topping out the comp final problem",
                     "Youth team captain Ellie S. on the purple V4",
                     "Marcus T. flashing the blue V6 on the Training Board"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted by {author} on {date_slash}"),
               ("2019-05-01", "{date_short} — {author} ({author_beat})")),
            _f("tag", HEADER, 0.3, (_OLD, "{tag}")),
            _f("reset", MIDDLE, 0.2, (_OLD, "🧗 Next reset: {wall}")),
            _f("send", MIDDLE, 0.25, (_OLD, "📸 {send}"), count=2),
            _f("hours", FOOTER, 0.4,
               (_OLD, "Hours: Mon–Fri 11am–10pm, Sat–Sun 9am–8pm"),
               ("2020-03-16", "We're closed until further notice. Memberships are frozen "
                "automatically at no charge."),
               ("2020-06-22", "We've reopened at reduced capacity. Book a 2-hour climbing slot "
                "online before you come.")),
            _f("prices", FOOTER, 0.25,
               (_OLD, "Day pass $18 · Monthly membership $72 · Shoe rental $5"),
               ("2019-01-01", "Day pass $20 · Monthly membership $79 · Shoe rental $5")),
            _f("waiver", FOOTER, 0.2,
               (_OLD, "First visit? Sign our waiver online before you arrive: "
                "talusbouldering.com/waiver")),
            _f("intro", FOOTER, 0.15,
               (_OLD, "New to climbing? Intro to Bouldering runs every Saturday at 10am, $35 "
                "with shoes and chalk.")),
            _f("grades", FOOTER, 0.1,
               (_OLD, "Grades are a guide, not a promise. If a problem feels off, tell a "
                "setter.")),
            _f("social", FOOTER, 0.25,
               (_OLD, "📷 Follow @talusbouldering for setting previews and comp results")),
            _f("address", FOOTER, 0.45,
               (_OLD, "Talus Bouldering · 2150 NW Market Way, Portland, OR 97209 · (503) "
                "555-0127")),
        ),
    )


def foundryrow_style() -> PublisherStyle:
    """A makerspace's blog: a posted line with the writer's handle turned a static-site ISO
    date with the name, a filed-under line, photo captions, a source-files link, a
    cross-post notice, a WordPress comment heading with the post's own title, open houses
    cancelled in 2020 and moved outdoors, dues raised, a tool sign-off reminder, a mailing
    list turned Slack and then Discord, a nonprofit donation line, the address block."""
    return PublisherStyle(
        domain="foundryrow.org", site="Foundry Row", base_size=280,
        subdomains=(("www.", 50), ("", 50)),
        sections=("projects", "classes", "news", "minutes", "tools"),
        n_authors=8, url_path="/blog/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "area": ("Laser Cutter", "3D Printing", "Woodshop", "Electronics", "Textiles",
                     "Classes", "Meeting Minutes", "Metal Shop"),
            "img": ("The laser cutter's new honeycomb bed", "Member projects on the "
                    "show-and-tell shelf", "The CNC router halfway through a cut",
                    "Soldering night in the electronics corner",
                    "The rebuilt dust collection in the woodshop"),
            "repo": ("laser-jigs", "door-badge", "led-sign", "cnc-fixtures",
                     "weather-station"),
            "thoughts": ("One thought", "2 thoughts", "3 thoughts", "4 thoughts",
                         "6 thoughts"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Posted on {date_long} by {author_handle}"),
               ("2019-03-01", "{date_iso} · {author}")),
            _f("filed", HEADER, 0.35, (_OLD, "Filed under: {area_list}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "📷 {img}"), count=2),
            _f("files", MIDDLE, 0.1, (_OLD, "Files and source: github.com/foundryrow/{repo}")),
            _f("crosspost", FOOTER, 0.08,
               (_OLD, "Cross-posted from {author}'s personal blog, with permission.")),
            _f("thoughts", FOOTER, 0.2, (_OLD, "{thoughts} on “{title}”")),
            _f("open-house", FOOTER, 0.4,
               (_OLD, "Open house every Tuesday, 7–10pm. Free and open to everyone."),
               ("2020-03-14", "Open houses are cancelled. Members can still use the space "
                "alone by booking a shop slot."),
               ("2020-07-07", "Open house is back, outdoors in the yard, Tuesdays 7–9pm. "
                "Masks on inside.")),
            _f("dues", FOOTER, 0.3,
               (_OLD, "Membership: $50/month, $25 for students. 24/7 access after your "
                "orientation."),
               ("2018-09-01", "Membership: $60/month, $30 for students and seniors. 24/7 "
                "access after your orientation.")),
            _f("tools", FOOTER, 0.2,
               (_OLD, "Reminder: get a sign-off from a tool steward before using the laser, "
                "the CNC router or the table saw.")),
            _f("chat", FOOTER, 0.25,
               (_OLD, "Questions? Join the mailing list at groups.foundryrow.org"),
               ("2018-02-01", "Chat with members on our Slack: foundryrow.org/slack"),
               ("2020-01-01", "Chat with members on our Discord: foundryrow.org/discord")),
            _f("donate", FOOTER, 0.25,
               (_OLD, "Foundry Row is a 501(c)(3) nonprofit: donations of money and working "
                "tools are tax-deductible.")),
            _f("address", FOOTER, 0.45,
               (_OLD, "Foundry Row Makerspace · 412 Smallman St., Lower Level, Pittsburgh, PA "
                "15222 · hello@foundryrow.org")),
        ),
    )


def hollinslane_style() -> PublisherStyle:
    """An allotment society's news: a British slashed date turned a posted-by line, a
    category kicker, a tip-of-the-month insert, the trading hut closed in 2020 and reopened,
    plot rents raised twice, a waiting list closed in 2020, a water-trough line, a gate-code
    line, an officer's sign-off with the role, a produce show cancelled in 2020, the
    affiliation line."""
    return PublisherStyle(
        domain="hollinslaneallotments.org.uk", site="Hollins Lane Allotment Society",
        base_size=240, subdomains=(("www.", 100),),
        sections=("site-news", "trading-hut", "committee", "growing", "shows"),
        n_authors=4, url_path="/news/{slug}/",
        pools={
            "beat": ("Site Secretary", "Chair", "Trading Hut Manager", "Lettings Secretary",
                     "Treasurer", "Show Secretary"),
            "category": ("Site News", "Trading Hut", "Committee", "Growing Tips",
                         "Shows & Events", "Wildlife"),
            "tip": ("Earth up your potatoes when the shoots reach about 20cm.",
                    "A jar of beer sunk into the soil is a cheap slug trap.",
                    "Net your brassicas now against cabbage white butterflies.",
                    "Sow broad beans in November for an early crop.",
                    "Water in the evening so less is lost to the sun.",
                    "Keep picking courgettes while they are small."),
        },
        families=(
            _f("posted", HEADER, 0.65, (_OLD, _SLASH_DMY),
               ("2018-04-01", "Posted " + _SLASH_DMY + " by {author}")),
            _f("category", HEADER, 0.3, (_OLD, "{category}")),
            _f("tip", MIDDLE, 0.2, (_OLD, "🌱 Tip of the month: {tip}")),
            _f("hut", FOOTER, 0.35,
               (_OLD, "The trading hut is open on Sunday mornings, 10–12, from March to "
                "October: seed potatoes, compost, canes and netting at members' prices."),
               ("2020-03-23", "The trading hut is closed for now. Order by email and collect "
                "from the hut door on Sunday mornings."),
               ("2020-08-02", "The trading hut has reopened, one member inside at a time.")),
            _f("rent", FOOTER, 0.25,
               (_OLD, "Plot rents for the coming year: £32 for a full plot and £18 for a half "
                "plot, due by 1 October."),
               ("2018-08-01", "Plot rents for the coming year: £36 for a full plot and £20 for "
                "a half plot, due by 1 October."),
               ("2020-08-01", "Plot rents for the coming year: £38 for a full plot and £21 for "
                "a half plot. Please pay by bank transfer with your plot number.")),
            _f("waiting", FOOTER, 0.2,
               (_OLD, "Our waiting list is about two years long. To add your name, email "
                "lettings@hollinslaneallotments.org.uk"),
               ("2020-06-01", "Demand has soared this year, and the waiting list is closed to "
                "new names until January.")),
            _f("water", FOOTER, 0.15,
               (_OLD, "The water troughs are turned off from November to March so the pipes "
                "don't freeze.")),
            _f("gate", FOOTER, 0.12,
               (_OLD, "Please keep the main gate locked at all times. The code changes on the "
                "first of each month.")),
            _f("signoff", FOOTER, 0.3, (_OLD, "{author}, {author_beat}")),
            _f("show", FOOTER, 0.2,
               (_OLD, "🏆 Annual Produce Show: last Saturday in August. Schedules from the "
                "trading hut."),
               ("2020-05-01", "🏆 This year's Produce Show is cancelled. We'll hold a photo "
                "competition online instead.")),
            _f("about", FOOTER, 0.45,
               (_OLD, "Hollins Lane Allotment Society is affiliated to the National Allotment "
                "Society and leases the site from Thornbury Town Council.")),
        ),
    )


def kowhaigrove_style() -> PublisherStyle:
    """A New Zealand primary school's newsletter: a Māori greeting, a term-and-week issue
    line turned "Pānui" with the date, a value-of-the-week insert, a principal's awards box
    (heading, a winner with the room, assemblies moved online in 2020), an absence line with
    a mobile number, lunch orders turned free school lunches, office hours turned Alert
    Level 4 closure and reopening, donations turned the donations scheme, the principal's
    sign-off, the school's address."""
    return PublisherStyle(
        domain="kowhaigrove.school.nz", site="Kōwhai Grove School", base_size=200,
        subdomains=(("www.", 100),),
        sections=("newsletters", "notices", "sport", "events"),
        n_authors=3, url_path="/newsletters/{yyyy}/{slug}",
        pools={
            "beat": ("Tumuaki / Principal", "Deputy Principal", "Team Leader, Junior School",
                     "Office Manager", "PTA Chair"),
            "termweek": ("Term 1, Week 4", "Term 2, Week 7", "Term 3, Week 2",
                         "Term 4, Week 9", "Term 1, Week 10", "Term 3, Week 6"),
            "value": ("Manaakitanga – caring for others", "Whanaungatanga – belonging",
                      "Kaitiakitanga – looking after our world", "Ako – learning together",
                      "Resilience – bouncing back", "Respect – for ourselves and others"),
            "award": ("Mikaere W., Room 5, for persistence in maths",
                      "Sophie L., Room 2, for a brilliant speech",
                      "Ari P., Room 8, for helping new students settle in",
                      "Lily-Rose H., Room 1, for beautiful handwriting",
                      "Tama K., Room 6, for leadership at camp",
                      "Zoe M., Room 4, for curiosity in science"),
        },
        families=(
            _f("greeting", HEADER, 0.35, (_OLD, "Kia ora koutou katoa")),
            _f("issue", HEADER, 0.8, (_OLD, "Newsletter · {termweek}"),
               ("2019-01-28", "Pānui · {termweek} · {date_dmy}")),
            _f("value", MIDDLE, 0.2, (_OLD, "⭐ Value of the week: {value}")),
            _f("awards-head", FOOTER, 0.3, (_OLD, "Principal's Awards")),
            _f("awards-line", FOOTER, 0.29, (_OLD, "{award}")),
            _f("awards-note", FOOTER, 0.26,
               (_OLD, "Awards are presented at Friday assembly, 2:30pm in the hall. Whānau are "
                "always welcome!"),
               ("2020-03-24", "Assemblies are online for now: watch live on our Facebook page "
                "on Fridays at 2:30pm.")),
            _f("absence", FOOTER, 0.3,
               (_OLD, "Away today? Text 021 555 0184 or call the office on 07 555 3921 before "
                "9am.")),
            _f("lunch", FOOTER, 0.2,
               (_OLD, "Lunch orders are on Wednesdays and Fridays: order through the school app "
                "by 9am."),
               ("2020-05-18", "Free healthy lunches through Ka Ora, Ka Ako start next week for "
                "every student.")),
            _f("office", FOOTER, 0.35,
               (_OLD, "The school office is open from 8:15am to 3:30pm on school days."),
               ("2020-03-24", "The school is closed under Alert Level 4. Home learning packs "
                "are on our website and in Seesaw."),
               ("2020-05-18", "At Alert Level 2 the school is open to everyone. Please keep "
                "sick children at home.")),
            _f("donation", FOOTER, 0.15,
               (_OLD, "School donations are $60 per child or $120 per family, and are "
                "tax-deductible."),
               ("2020-01-28", "We have joined the school donations scheme, so we no longer "
                "ask whānau for a donation.")),
            _f("signoff", FOOTER, 0.5, (_OLD, "Ngā mihi nui, {author} ({author_beat})")),
            _f("address", FOOTER, 0.45,
               (_OLD, "Kōwhai Grove School · 14 Rimu Street, Te Awamutu 3800 · "
                "office@kowhaigrove.school.nz")),
        ),
    )


def heldout15_styles() -> list[PublisherStyle]:
    """The held-back-15 styles, in the order the generator hands them to publishers."""
    return [
        kozjanski_style(), siangmuang_style(), kinta_style(), sceala_style(), innsider_style(),
        kestrel_style(), aldersprings_style(), riverbend_style(), talus_style(),
        foundryrow_style(), hollinslane_style(), kowhaigrove_style(),
    ]
