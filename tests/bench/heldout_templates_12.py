"""The twelfth held-back template set (``held-back-12``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test for the next development
session, after the eleventh held-back set (`tests.bench.heldout_templates_11`) had been run
several times for its summary line. It was written WITHOUT looking at cleanpipe's detection
code (``cleanpipe/detect``, ``segment``, ``sign``, ``engine``, ``strip``, ``config``) or the
README's detection rules, before any benchmark run on it, and without shaping any line to
pass or to fail a detector: the families are what real sites of these kinds print, from
general knowledge of them. All wording is original; none is copied from the data, from the
tuning styles or from the first eleven held-back sets.

**Do not tune on this set.** Once its misses have been studied to change the detector, it is
no longer an unseen test: write a new set instead, and say so in the commit.

**Status (2026-11-26, later that day):** run once while unseen (95.13% boilerplate
removed), then its misses were studied to change the detector: no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Slovak regional news portal, a
Bulgarian regional news site in Cyrillic, a Bangladeshi English-language daily, a Tanzanian
Swahili-language news site, a maritime and shipping trade journal, a scientific society's
newsletter, a US college radio station's blog, a student-run high school paper, a kids'
science magazine, a heritage railway society, a farmers' market association and a volunteer
fire company's news page. None of these kinds is in the earlier held-back sets.

Variation: dates in several formats and languages (Slovak ``21.06.2017 14:32`` and Bulgarian
``21.06.2017 г., 14:32 ч.`` from ``date_de``; Swahili ``21/06/2017 saa 14:32`` built from
``date_iso`` by indexing, since the generator has no such slot; Bangladeshi 12-hour time
before the long date; US slashed dates; British day-month-year; UTC times), notices reworded
in 2017-2020 (a Slovak GDPR-era imprint, a discussion opened to verified readers only and a
2020 coronavirus line, a Bulgarian view counter, moderated comments and a citation rule, a
Bangladeshi last-modified stamp, comment policy and copyright notice, a Swahili WhatsApp
group, a shipping paywall and imprint, a society's membership fees and an online 2020
meeting, a radio stream moved to apps and a 2020 studio closure, a school paper closing its
comments, a kids' magazine's prices and free 2020 digital edition, a railway's 2020
suspension and restart, its boiler appeal met and a coach appeal begun, a market's 2020
pre-order season and its SNAP match raised, a fire company's barbecues cancelled), names at
the start of lines (Slovak, Bulgarian and Bangladeshi bylines, a shipping byline with the
reporter's beat, a society officer line, a radio blog's post line, a student byline with the
staff role, a railway and a fire company post line), the article's own title (a railway
breadcrumb, a society citation and a kids' magazine citation) and other articles' titles
(Slovak, Bulgarian, Bangladeshi, Swahili and shipping "see also" inserts, a radio "previous
post", a school paper's "next story"), amounts (a lev rate, pound and dollar prices and
fees, the Baltic Dry Index, deadweight tonnes, appeal totals, a fundraising goal, prayer
times), handles, phone numbers, URLs with ids (a DOI, a Spinitron playlist), multi-line
blocks (a vessel box, an album review header, a school fundraising box, a railway timetable
box, a market vendor spotlight, a fire incident header), mid-body inserts (some up to two or
three times), bare lines (Slovak, Bulgarian, English and Swahili ad labels, "/БТА/", section
kickers, a Bangladeshi desk credit, shipping chart sources, an FCC note, "Next running
days", "Vessel details"), Cyrillic and Bengali script, Slovak and Swahili words, star
ratings, symbols and emoji where such sites use them, and families in only 10-30% of
articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_SW_DATE = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017


def pohronie_style() -> PublisherStyle:
    """A Slovak regional news portal: a rubric kicker, an author line gaining the portal's
    name, a date with reading time, "Reklama", photo and "Prečítajte si tiež" inserts, a
    source line, a news-tip line turned a 2020 coronavirus pointer, a discussion counter
    turned a verified-readers rule, an imprint reworded for the GDPR."""
    return PublisherStyle(
        domain="pohroniednes.sk", site="Pohronie Dnes", base_size=900,
        subdomains=(("www.", 80), ("", 12), ("m.", 8)),
        sections=("domov", "region", "banska-bystrica", "sport", "ekonomika", "kultura",
                  "krimi"),
        n_authors=16, url_path="/{section}/clanok/{n}-{slug}/",
        pools={
            "rubrika": ("Domov", "Región", "Banská Bystrica", "Zvolen", "Brezno", "Šport",
                        "Ekonomika", "Kultúra", "Krimi"),
            "foto": ("TASR/Michal Šebo", "Pohronie Dnes/Peter Lalík", "archív redakcie",
                     "Facebook/Mesto Zvolen", "KR PZ v Banskej Bystrici", "SITA/Martin Hrdina",
                     "Shutterstock"),
            "zdroj": ("TASR", "SITA", "TASR, SITA", "polícia", "Hasičský a záchranný zbor",
                      "tlačová správa"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("autor", HEADER, 0.75, (_OLD, "Autor: {author}"),
               ("2018-09-01", "{author} | Pohronie Dnes")),
            _f("datum", HEADER, 0.9, (_OLD, "{date_de} {time}"),
               ("2017-11-01", "Publikované {date_de}, {time} | Čítanie na {read_min} min")),
            _f("reklama", MIDDLE, 0.55, (_OLD, "Reklama"), count=3),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {foto}"), count=2),
            _f("citajte", MIDDLE, 0.4, (_OLD, "Prečítajte si tiež: {other_title}"), count=2),
            _f("zdroj", FOOTER, 0.22, (_OLD, "Zdroj: {zdroj}")),
            _f("tip", FOOTER, 0.2,
               (_OLD, "Máte tip na zaujímavú tému z regiónu? Napíšte nám na "
                "tip@pohroniednes.sk alebo volajte 0905 123 481."),
               ("2020-03-12", "Aktuálne informácie o šírení koronavírusu nájdete na "
                "korona.gov.sk. Tipy z regiónu posielajte na tip@pohroniednes.sk.")),
            _f("diskusia", FOOTER, 0.4, (_OLD, "Diskusia ({count})"),
               ("2019-02-01", "Do diskusie môžu prispievať iba registrovaní čitatelia s "
                "overeným telefónnym číslom.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Pohronie Dnes, s. r. o. Všetky práva vyhradené. Šírenie "
                "obsahu bez písomného súhlasu vydavateľa je zakázané."),
               ("2018-05-25", "Copyright © Pohronie Dnes, s. r. o. {year} · Ochrana osobných "
                "údajov · Nastavenie cookies · Inzercia")),
        ),
    )


def rodopi_style() -> PublisherStyle:
    """A Bulgarian regional news site in Cyrillic: a rubric, a lev rate strip, a date gaining
    a view counter, an author line from the paper's own staff, photo, ad and "Прочетете
    още" inserts, "/БТА/", a comment counter turned a moderation rule, a copyright line
    gaining a citation rule."""
    return PublisherStyle(
        domain="rodopskivesti.bg", site="Родопски вести", base_size=780,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("smolyan", "region", "bulgaria", "sport", "ikonomika", "kultura", "krimi"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "rubrika": ("Смолян", "Регион", "България", "Спорт", "Икономика", "Култура",
                        "Криминални", "Туризъм"),
            "avtor": ("Мария Пеева", "Георги Кехайов", "Десислава Чакърова", "Иван Мурджев",
                      "Петя Ангелова", "Николай Беловски"),
            "snimka": ("БГНЕС", "Архив", "Родопски вести", "Фейсбук", "ОДМВР – Смолян",
                       "личен архив", "БТА"),
            "usd": ("1,74", "1,86", "1,66", "1,59", "1,78", "1,71"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("kurs", HEADER, 0.1, (_OLD, "1 EUR = 1,95583 лв. · 1 USD = {usd} лв.")),
            _f("data", HEADER, 0.9, (_OLD, "{date_de}, {time}"),
               ("2018-02-01", "{date_de} г., {time} ч. · Прочетена {count} пъти")),
            _f("avtor", HEADER, 0.6, (_OLD, "Автор: {avtor}"),
               ("2019-01-01", "{avtor} | Родопски вести")),
            _f("snimka", MIDDLE, 0.35, (_OLD, "Снимка: {snimka}"), count=2),
            _f("reklama", MIDDLE, 0.5, (_OLD, "Реклама"), count=2),
            _f("oshte", MIDDLE, 0.4, (_OLD, "Прочетете още: {other_title}")),
            _f("bta", FOOTER, 0.2, (_OLD, "/БТА/")),
            _f("komentari", FOOTER, 0.4, (_OLD, "Коментари ({count}) · Добави коментар"),
               ("2018-11-01", "Коментарите се публикуват след одобрение от модератор. "
                "Обидни и анонимни мнения се изтриват.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Родопски вести. Всички права запазени."),
               ("2018-06-01", "© 2009–{year} Родопски вести. Всички права запазени. При "
                "използване на материали от сайта задължително се посочва активен линк към "
                "rodopskivesti.bg.")),
        ),
    )


def meghna_style() -> PublisherStyle:
    """A Bangladeshi English-language daily: a bare author line gaining the city, a desk or
    correspondent credit, a published stamp gaining a last-modified one, a prayer-times
    strip, "ADVERTISEMENT" and "Also read" inserts, a Bangla-edition link, topic links,
    a comment policy and a copyright notice reworded."""
    return PublisherStyle(
        domain="meghnatribune.com.bd", site="The Meghna Tribune", base_size=660,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "city", "country", "business", "sports", "opinion",
                  "entertainment"),
        n_authors=14, url_path="/{section}/news/{slug}-{n}",
        pools={
            "desk": ("Staff Correspondent", "Online Desk", "Own Correspondent, Rajshahi",
                     "Diplomatic Correspondent", "UNB, Dhaka", "BSS, Dhaka",
                     "Sports Reporter", "Our Correspondent, Sylhet"),
            "prayer": ("Fajr 4:03 · Zuhr 12:01 · Asr 4:36 · Maghrib 6:48 · Isha 8:14",
                       "Fajr 5:14 · Zuhr 12:10 · Asr 3:58 · Maghrib 5:29 · Isha 6:47",
                       "Fajr 4:48 · Zuhr 12:18 · Asr 4:31 · Maghrib 6:11 · Isha 7:26",
                       "Fajr 5:20 · Zuhr 12:06 · Asr 3:49 · Maghrib 5:21 · Isha 6:39"),
            "modified": ("11:58 PM", "10:42 PM", "9:15 PM", "6:37 PM", "3:05 PM", "1:20 PM"),
            "topics": ("Dhaka", "Rohingya crisis", "Padma Bridge", "RMG sector", "Chattogram",
                       "floods", "dengue", "cricket", "Sundarbans", "budget"),
        },
        families=(
            _f("byline", HEADER, 0.55, (_OLD, "{author}"), ("2018-07-01", "{author}, Dhaka")),
            _f("desk", HEADER, 0.3, (_OLD, "{desk}")),
            _f("published", HEADER, 0.9, (_OLD, "Published at {time12}, {date_long}"),
               ("2018-07-01", "Published: {time12}, {date_long} / Last modified: {modified}, "
                "{date_long}")),
            _f("prayer", HEADER, 0.1, (_OLD, "Prayer times (Dhaka): {prayer}")),
            _f("advertisement", MIDDLE, 0.5, (_OLD, "ADVERTISEMENT"), count=2),
            _f("also-read", MIDDLE, 0.4, (_OLD, "Also read: {other_title}"), count=2),
            _f("bangla", FOOTER, 0.12, (_OLD, "বাংলায় পড়ুন")),
            _f("topics", FOOTER, 0.35, (_OLD, "Related topics: {topics_list}")),
            _f("comments", FOOTER, 0.3,
               (_OLD, "Comments are the views of readers, not of The Meghna Tribune. "
                "Offensive or off-topic comments will be removed."),
               ("2019-03-01", "Comments on this site are moderated before they appear. We "
                "publish comments in English and in Bangla.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} The Meghna Tribune. All rights reserved."),
               ("2018-01-01", "Copyright: no part of The Meghna Tribune's content may be "
                "reproduced or republished for commercial use without prior written "
                "permission. © {year}")),
        ),
    )


def pwani_style() -> PublisherStyle:
    """A Tanzanian Swahili-language news site: a category kicker, "Na" bylines gaining the
    town, a published date gaining the time and a read counter, "Tangazo", "SOMA PIA" and
    photo inserts, social links turned a WhatsApp group, a comments rule, the copyright."""
    return PublisherStyle(
        domain="pwanileo.co.tz", site="Pwani Leo", base_size=600,
        subdomains=(("www.", 70), ("", 30)),
        sections=("habari", "kitaifa", "michezo", "biashara", "kimataifa", "burudani"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kategoria": ("Habari", "Kitaifa", "Michezo", "Biashara", "Kimataifa",
                          "Burudani", "Siasa", "Afya"),
            "mji": ("Dar es Salaam", "Dodoma", "Arusha", "Mwanza", "Zanzibar", "Mbeya", "Tanga",
                    "Morogoro"),
            "picha": ("Maktaba", "Ikulu", "Pwani Leo", "Mtandao", "Hisani ya Jeshi la Polisi",
                      "Msafiri Kombo"),
        },
        families=(
            _f("kategoria", HEADER, 0.3, (_OLD, "{kategoria}")),
            _f("mwandishi", HEADER, 0.8, (_OLD, "Na {author}"),
               ("2018-01-01", "Na {author}, {mji}")),
            _f("tarehe", HEADER, 0.85, (_OLD, "Imechapishwa: " + _SW_DATE),
               ("2018-06-01", "Imechapishwa: " + _SW_DATE + " saa {time} · Imesomwa mara "
                "{count}")),
            _f("tangazo", MIDDLE, 0.5, (_OLD, "Tangazo"), count=3),
            _f("soma-pia", MIDDLE, 0.4, (_OLD, "SOMA PIA: {other_title}"), count=2),
            _f("picha", MIDDLE, 0.3, (_OLD, "Picha: {picha}")),
            _f("mitandao", FOOTER, 0.3,
               (_OLD, "Tufuate Facebook, Instagram na Twitter: @pwanileo"),
               ("2019-05-01", "📲 Jiunge na kundi letu la WhatsApp upate habari papo kwa hapo: "
                "+255 754 000 312")),
            _f("maoni", FOOTER, 0.35,
               (_OLD, "Toa maoni yako hapa chini. Maoni yenye lugha ya matusi au uchochezi "
                "hayatachapishwa.")),
            _f("haki", FOOTER, 0.65, (_OLD, "© {year} Pwani Leo. Haki zote zimehifadhiwa."),
               ("2019-01-01", "© {year} Pwani Leo Media Ltd · Dar es Salaam · Haki zote "
                "zimehifadhiwa · Wasiliana nasi")),
        ),
    )


def sternway_style() -> PublisherStyle:
    """A maritime and shipping trade journal: a byline gaining the reporter's beat, a date
    gaining a UTC update time, a Baltic Dry Index strip, chart source credits and "See also"
    inserts, a vessel box (heading, name with IMO number, particulars), a paywall notice
    turned a corporate-licence pitch, the imprint reworded for the GDPR."""
    return PublisherStyle(
        domain="sternwaylist.com", site="Sternway List", base_size=540,
        subdomains=(("www.", 100),),
        sections=("containers", "dry-bulk", "tankers", "ports", "shipbuilding", "regulation",
                  "finance"),
        n_authors=11, url_path="/{section}/SL{n}/{slug}",
        pools={
            "beat": ("Asia editor", "Tanker correspondent", "Ports reporter", "Finance editor",
                     "Regulation editor", "Editor-in-chief", "Containers reporter"),
            "bdi": ("712", "1,143", "1,586", "943", "1,287", "2,031", "588"),
            "bdi_move": ("+14", "-27", "+3", "-8", "+41", "-19"),
            "chart": ("Source: Sternway Intelligence", "Source: Sternway Intelligence, AIS "
                      "data", "Source: Baltic Exchange", "Source: company filings",
                      "Source: port authority statistics"),
            "vessel": ("Aurora Kestrel", "Pacific Tern", "Stella Maris II", "Kanda Star",
                       "Hellas Vigilance", "Orient Brilliance"),
            "imo": ("9412836", "9734512", "9287351", "9610482", "9358173", "9781206"),
            "particulars": ("Capesize bulk carrier · 180,000 dwt · built 2011 · Marshall "
                            "Islands flag",
                            "VLCC · 318,000 dwt · built 2009 · Liberia flag",
                            "Containership · 14,000 teu · built 2015 · Panama flag",
                            "Supramax · 58,000 dwt · built 2013 · Malta flag",
                            "LNG carrier · 174,000 cu m · built 2018 · Bahamas flag",
                            "MR product tanker · 50,000 dwt · built 2016 · Singapore flag"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "By {author}"),
               ("2017-09-01", "{author}, {author_beat}")),
            _f("date", HEADER, 0.9, (_OLD, "{date_dmy}"),
               ("2018-04-01", "{date_dmy} · Updated {time} UTC")),
            _f("bdi", HEADER, 0.12, (_OLD, "Baltic Dry Index {bdi} ({bdi_move})")),
            _f("chart-source", MIDDLE, 0.25, (_OLD, "{chart}"), count=2),
            _f("see-also", MIDDLE, 0.35, (_OLD, "See also: {other_title}")),
            _f("vessel-head", FOOTER, 0.2, (_OLD, "Vessel details")),
            _f("vessel-name", FOOTER, 0.19, (_OLD, "{vessel} (IMO {imo})")),
            _f("vessel-spec", FOOTER, 0.18, (_OLD, "{particulars}")),
            _f("paywall", FOOTER, 0.25,
               (_OLD, "This article is available to subscribers only. Start your free trial "
                "or log in to keep reading."),
               ("2019-01-15", "Continue reading with a Sternway List subscription. Corporate "
                "licences cover whole teams: ask us about a free trial for your company.")),
            _f("copyright", FOOTER, 0.65,
               (_OLD, "© {year} Sternway Media Ltd. Registered in England and Wales, no. "
                "08412736. Sternway List is a registered trademark."),
               ("2018-05-25", "© Sternway Media Ltd {year} · 20 Fenchurch Row, London · "
                "Privacy · Cookies · Terms of use")),
        ),
    )


def limnology_style() -> PublisherStyle:
    """A scientific society's newsletter: an issue line renamed in 2019, an officer line
    with the officer's role, image credits, a DOI link with an id, a citation with the
    item's own title, membership fees reworded, an annual meeting moved online in 2020, a
    call for contributions, the charity line."""
    return PublisherStyle(
        domain="appliedlimnology.org", site="Society for Applied Limnology", base_size=480,
        subdomains=(("www.", 100),),
        sections=("newsletter", "news", "awards", "meetings", "policy"),
        n_authors=8, url_path="/newsletter/{yyyy}/{slug}",
        pools={
            "beat": ("Newsletter Editor", "SAL President", "Early Career Representative",
                     "Honorary Treasurer", "Chair, Awards Committee", "Membership Secretary",
                     "Policy Officer"),
            "image": ("Sediment coring on Loch Ardvar © R. Mbeki",
                      "Phytoplankton under the microscope © SAL",
                      "Field course, 2016 © L. Carvalho-Stein",
                      "Sampling through the ice © J. Korhonen",
                      "Mesocosm experiment © T. Okafor"),
        },
        families=(
            _f("issue", HEADER, 0.6, (_OLD, "SAL Newsletter · {month} {year}"),
               ("2019-01-01", "SAL Bulletin · {month} {year} · Members' edition")),
            _f("byline", HEADER, 0.75, (_OLD, "{author}, {author_beat}")),
            _f("image", MIDDLE, 0.3, (_OLD, "Image: {image}")),
            _f("doi", FOOTER, 0.2, (_OLD, "Read the paper: https://doi.org/10.5521/jal.{n}")),
            _f("cite", FOOTER, 0.2, (_OLD, "Cite as: {author} ({year}). {title}. SAL "
                                            "Newsletter.")),
            _f("membership", FOOTER, 0.3,
               (_OLD, "Annual membership: £55 full, £20 student or retired. Renew online "
                "before 31 January."),
               ("2018-01-01", "Annual membership: £60 full, £22 student or retired, free for "
                "members in low- and middle-income countries. Renew online.")),
            _f("meeting", FOOTER, 0.2,
               (_OLD, "Save the date: the SAL Annual Meeting {year} will be held in September. "
                "Abstract submission opens in the spring."),
               ("2020-04-01", "The SAL Annual Meeting 2020 will take place online. "
                "Registration is free for members.")),
            _f("contributions", FOOTER, 0.3,
               (_OLD, "Contributions to the next newsletter are welcome: send them to "
                "newsletter@appliedlimnology.org by the 15th of the month.")),
            _f("charity", FOOTER, 0.6,
               (_OLD, "Society for Applied Limnology · Registered charity 1023884 · Kendal "
                "Road, Windermere · © {year}")),
        ),
    )


def whrz_style() -> PublisherStyle:
    """A US college radio station's blog: an album review header (album and label, star
    rating, FCC note), a post line gaining categories, a Spinitron playlist link with an id,
    a "Previous post" link, a listen line turned streaming apps, a pledge line turned a 2020
    studio closure note, the college disclaimer."""
    return PublisherStyle(
        domain="whrzradio.org", site="WHRZ", base_size=430,
        subdomains=(("", 80), ("www.", 20)),
        sections=("reviews", "concerts", "interviews", "charts", "station-news",
                  "local-scene"),
        n_authors=10, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "album": ("Soft Hollow – Pressure Garden", "Velvet Oar – Tin Can Symphony",
                      "Marigold Riot – Backseat Weather", "The Quiet Alarms – Low Orbit",
                      "Juniper Ghosts – Salt Flats", "Kid Lantern – Blue Hour Tapes"),
            "label": ("Polyfoam Records", "self-released", "Driftwood Tapes", "Sub Basement",
                      "Hollow Sound"),
            "stars": ("★★★★☆", "★★★☆☆", "★★★★★", "★★☆☆☆", "★★★½☆"),
            "fcc": ("FCC: all tracks clean", "FCC: tracks 2 and 7 are NOT clean",
                    "FCC: track 4 has language at 0:42", "FCC: clean except track 9"),
            "cats": ("Album Reviews", "Concert Reviews", "Top 30", "Interviews", "Local Scene",
                     "Staff Picks", "Station News"),
        },
        families=(
            _f("album", HEADER, 0.3, (_OLD, "{album} ({label})")),
            _f("rating", HEADER, 0.28, (_OLD, "Rating: {stars}")),
            _f("fcc", HEADER, 0.25, (_OLD, "{fcc}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted by {author} on {date_slash}"),
               ("2018-08-20", "{author} · {date_long} · {cats_list}")),
            _f("playlist", FOOTER, 0.2,
               (_OLD, "Full playlist on Spinitron: spinitron.com/whrz/pl/{n}")),
            _f("prev-post", FOOTER, 0.35, (_OLD, "← Previous post: {other_title}")),
            _f("listen", FOOTER, 0.5,
               (_OLD, "Listen live on 89.9 FM in the Hartsdale area or stream us anywhere at "
                "whrzradio.org/listen."),
               ("2018-08-20", "🎧 Stream WHRZ 24/7 at whrzradio.org, on TuneIn or on Radio "
                "Garden.")),
            _f("radiothon", FOOTER, 0.15,
               (_OLD, "WHRZ is student-run and listener-supported. Pledge during Radiothon "
                "and get a station T-shirt!"),
               ("2020-03-20", "Our studios are closed while campus is shut, but WHRZ stays on "
                "the air with shows recorded at home. Please give what you can.")),
            _f("disclaimer", FOOTER, 0.45,
               (_OLD, "Opinions on this blog belong to the writers and do not represent "
                "Hartsdale College or its trustees.")),
        ),
    )


def pulse_style() -> PublisherStyle:
    """A student-run high school paper: a byline with the staff role, a date gaining the
    time, photo-courtesy inserts, tags, a "Next Story" link, a fundraising box (appeal and
    progress), comments closed in 2019, the about line."""
    return PublisherStyle(
        domain="pinecrestpulse.org", site="The Pinecrest Pulse", base_size=380,
        subdomains=(("", 70), ("www.", 30)),
        sections=("news", "sports", "opinion", "features", "arts-entertainment",
                  "student-life"),
        n_authors=18, url_path="/{n}/{section}/{slug}/",
        pools={
            "beat": ("Staff Writer", "Sports Editor", "Editor-in-Chief", "Features Editor",
                     "Opinion Editor", "Staff Photographer", "News Editor", "Web Editor"),
            "courtesy": ("Pinecrest Athletics", "the Pinecrest yearbook staff",
                         "Pinecrest PTSA", "Ridgeway County Public Schools",
                         "the Pinecrest Drama Club"),
            "tags": ("homecoming", "varsity football", "school board", "AP exams", "prom",
                     "robotics", "theater", "spirit week", "graduation"),
            "raised": ("$0", "$85", "$240", "$415", "$630", "$910"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{author}, {author_beat}")),
            _f("date", HEADER, 0.85, (_OLD, "{date_long}"),
               ("2018-08-15", "{date_long} · {time12}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo courtesy of {courtesy}")),
            _f("tags", FOOTER, 0.3, (_OLD, "Tags: {tags_list}")),
            _f("next-story", FOOTER, 0.3, (_OLD, "Next Story » {other_title}")),
            _f("donate", FOOTER, 0.4,
               (_OLD, "Support student journalism: your gift helps The Pinecrest Pulse pay for "
                "printing, cameras and web hosting. Donations are tax-deductible.")),
            _f("donate-goal", FOOTER, 0.38, (_OLD, "{raised} raised · Goal: $1,200")),
            _f("comments", FOOTER, 0.3,
               (_OLD, "Comments are reviewed by student editors before they appear. Use your "
                "full name; anonymous comments will not be published."),
               ("2019-01-07", "Comments are closed. Email letters to the editor to "
                "pulse.editors@pinecrestpulse.org.")),
            _f("about", FOOTER, 0.45,
               (_OLD, "The Pinecrest Pulse is the student-run newspaper of Pinecrest High "
                "School in Ridgeway, Virginia. Student writers' opinions are their own, not "
                "the school's or the district's.")),
        ),
    )


def sparkwell_style() -> PublisherStyle:
    """A kids' science magazine: a grade band with reading time, a byline gaining an
    illustrator, "Whoa fact" and "Word to know" inserts, a try-at-home line, a teachers'
    note reworded, a citation with the article's own title, prices rising and a free 2020
    digital edition, a children's-privacy copyright line."""
    return PublisherStyle(
        domain="sparkwellkids.com", site="Sparkwell Science", base_size=330,
        subdomains=(("www.", 100),),
        sections=("space", "animals", "earth", "body", "tech", "experiments"),
        n_authors=7, url_path="/{section}/{slug}",
        pools={
            "grades": ("Grades 2–4", "Grades 3–5", "Grades 4–6", "Grades 5–8", "Ages 7+",
                       "Ages 9+"),
            "fact": ("A day on Venus is longer than its year.",
                     "Octopuses have three hearts and blue blood.",
                     "Your bones are about five times stronger than steel of the same weight.",
                     "Lightning is about five times hotter than the surface of the Sun.",
                     "A sneeze can leave your nose at more than 150 km an hour."),
            "word": ("photosynthesis: how plants turn sunlight into food",
                     "predator: an animal that hunts other animals",
                     "orbit: the curved path of one object around another",
                     "erosion: wind or water slowly wearing rock away",
                     "circuit: a loop that electricity flows around"),
        },
        families=(
            _f("level", HEADER, 0.5, (_OLD, "{grades} · {read_min}-minute read")),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               ("2019-01-01", "By {author} · Illustrated by {author2}")),
            _f("whoa", MIDDLE, 0.3, (_OLD, "🤯 Whoa fact! {fact}")),
            _f("word", MIDDLE, 0.3, (_OLD, "📖 Word to know: {word}"), count=2),
            _f("try", FOOTER, 0.2, (_OLD, "🧪 Try this at home — with a grown-up's help!")),
            _f("teachers", FOOTER, 0.3,
               (_OLD, "Parents and teachers: a free activity sheet for this story is in the "
                "Sparkwell Science classroom corner."),
               ("2018-08-01", "Teachers: download a free lesson guide and a five-question quiz "
                "for this article (PDF).")),
            _f("cite", FOOTER, 0.2,
               (_OLD, "Cite this article: {author}. “{title}.” Sparkwell Science, "
                "{date_long}.")),
            _f("subscribe", FOOTER, 0.3,
               (_OLD, "Get Sparkwell Science in your mailbox: 10 issues a year for $29.95."),
               ("2018-09-01", "Get Sparkwell Science in your mailbox: 10 issues a year for "
                "$34.95, with a free star map."),
               ("2020-04-01", "Learning at home? Sparkwell Science Digital is free for "
                "families until the end of the school year.")),
            _f("coppa", FOOTER, 0.55,
               (_OLD, "© {year} Sparkwell Media, Inc. We never collect personal information "
                "from kids under 13 without a parent's permission.")),
        ),
    )


def wenlow_style() -> PublisherStyle:
    """A heritage railway society: a breadcrumb with the post's own title, a date gaining
    the author, a running notice suspended and restarted in 2020, photo credits, a timetable
    box (heading, running days, departures), a boiler appeal met in 2019 and a coach appeal
    begun, membership fees raised, the charity line."""
    return PublisherStyle(
        domain="wenlowvalleyrailway.org.uk", site="Wenlow Valley Railway", base_size=290,
        subdomains=(("www.", 100),),
        sections=("news", "locomotives", "carriage-and-wagon", "events", "volunteering"),
        n_authors=5, url_path="/news/{slug}",
        pools={
            "photographer": ("Mike Jarrold", "Sue Fenwick", "Alan Threlkeld", "WVR archive",
                             "Dave Ashby"),
            "rundays": ("Saturdays and Sundays", "Daily in the school holidays",
                        "Wednesdays, Saturdays and Sundays", "Sundays only",
                        "Selected dates"),
            "trains": ("Steam: dep. Wenlow 10:30, 12:15, 14:00, 15:45 (Green timetable)",
                       "Diesel railcar: dep. Wenlow 11:00, 13:00, 15:00 (Blue timetable)",
                       "Steam: dep. Wenlow 10:15, 11:45, 13:15, 14:45, 16:15 (Red timetable)",
                       "Mixed traction: dep. Wenlow 10:45, 12:45, 14:45 (Yellow timetable)"),
            "raised": ("£48,210", "£71,950", "£96,400", "£112,735", "£139,080"),
        },
        families=(
            _f("breadcrumb", HEADER, 0.4, (_OLD, "Home › News › {title}")),
            _f("date", HEADER, 0.75, (_OLD, "{date_dmy}"),
               ("2018-03-01", "Posted {date_dmy} by {author}")),
            _f("running", HEADER, 0.12,
               (_OLD, "Trains run on selected dates only: always check the timetable before "
                "you travel."),
               ("2020-03-17", "All trains and events are suspended until further notice, "
                "following government advice."),
               ("2020-07-11", "Trains are running again: seats must be booked in advance and "
                "face coverings worn on board.")),
            _f("photo", MIDDLE, 0.4, (_OLD, "Photo: {photographer}"), count=2),
            _f("timetable-head", FOOTER, 0.3, (_OLD, "Next running days")),
            _f("timetable-days", FOOTER, 0.29, (_OLD, "{rundays} in {month}")),
            _f("timetable-trains", FOOTER, 0.28, (_OLD, "{trains}")),
            _f("appeal", FOOTER, 0.2,
               (_OLD, "Boiler Fund: help return No. 7812 to steam. {raised} raised so far of "
                "our £180,000 target."),
               ("2019-05-01", "No. 7812 is back in steam, thank you! Our next appeal restores "
                "three 1950s coaches: {raised} raised of £150,000.")),
            _f("membership", FOOTER, 0.25,
               (_OLD, "Join the Society: adult £22, family £34, junior £9. Members travel at "
                "half fare."),
               ("2019-01-01", "Join the Society: adult £25, family £38, junior £10. Members "
                "travel at half fare and get the quarterly magazine.")),
            _f("charity", FOOTER, 0.6,
               (_OLD, "Wenlow Valley Railway Society Ltd · Registered charity no. 1029817 · "
                "Wenlow Station, Shropshire")),
        ),
    )


def riverbend_style() -> PublisherStyle:
    """A farmers' market association: a post line, an in-season list, market hours turned a
    2020 pre-order season and back, photo credits, a vendor spotlight box, a SNAP match
    raised, a pets rule, the nonprofit line."""
    return PublisherStyle(
        domain="riverbendmarket.org", site="Riverbend Farmers Market", base_size=250,
        subdomains=(("", 70), ("www.", 30)),
        sections=("news", "vendors", "recipes", "events"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "produce": ("strawberries", "asparagus", "sweet corn", "heirloom tomatoes",
                        "peaches", "winter squash", "apples", "kale", "garlic scapes"),
            "vendor": ("Two Hawks Farm", "Brambleberry Bakery", "Goat Hill Creamery",
                       "Crooked Row Produce", "Stillwater Mushrooms", "Honey Hollow Apiary"),
            "town": ("Millersburg", "Clear Spring", "Dunmore", "Fairplay", "New Lisbon"),
            "photo": ("Riverbend Farmers Market", "Kate Alvarado", "Two Hawks Farm",
                      "a market shopper"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted on {date_long} by {author}")),
            _f("in-season", HEADER, 0.3, (_OLD, "🍓 In season now: {produce_list}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("hours", FOOTER, 0.4,
               (_OLD, "Market hours: Saturdays 8 a.m.–1 p.m., May through October, at Depot "
                "Square."),
               ("2020-04-10", "This season we run pre-order pickup only, Saturdays 9 a.m.–"
                "noon. Masks required; please stay in your car."),
               ("2020-07-01", "Market hours: Saturdays 8 a.m.–noon at Depot Square. Masks "
                "required, one-way aisles, no sampling.")),
            _f("spotlight-head", FOOTER, 0.3, (_OLD, "🥕 Vendor Spotlight")),
            _f("spotlight-vendor", FOOTER, 0.29, (_OLD, "{vendor} · {town}")),
            _f("snap", FOOTER, 0.35,
               (_OLD, "We accept SNAP/EBT at the info booth, and Double Up Food Bucks match "
                "up to $20 per market day."),
               ("2019-05-01", "SNAP/EBT accepted at the info booth. Double Up Food Bucks now "
                "match up to $25 per market day!")),
            _f("pets", FOOTER, 0.15,
               (_OLD, "Per county health rules, pets are not allowed in the market. Service "
                "animals are welcome.")),
            _f("nonprofit", FOOTER, 0.5,
               (_OLD, "Riverbend Farmers Market is run by a 501(c)(3) nonprofit association. "
                "Every vendor grows, raises or makes what they sell.")),
        ),
    )


def maplegrove_style() -> PublisherStyle:
    """A volunteer fire company's news page: a post line reworded, an incident header
    (number, type, units), photo credits, a safety tip, a fund drive turned an online drive
    in 2020, an emergency line, the station line."""
    return PublisherStyle(
        domain="maplegrovefire.org", site="Maple Grove Volunteer Fire Company",
        base_size=210, subdomains=(("www.", 100),),
        sections=("incidents", "news", "events", "safety"),
        n_authors=4, url_path="/news/article.php?id={n}",
        pools={
            "itype": ("Structure fire", "Vehicle accident with entrapment", "Brush fire",
                      "Automatic fire alarm", "Water rescue", "Carbon monoxide alarm",
                      "Chimney fire", "Tree and wires down"),
            "units": ("Engine 21, Tanker 21", "Engine 21, Rescue 21, Squad 21",
                      "Brush 21, Tanker 21", "Engine 21-2, Ladder 21, Chief 21",
                      "Rescue 21, Fire Police 21"),
            "tip": ("Test your smoke alarms once a month and change the batteries twice a "
                    "year.",
                    "Keep space heaters at least three feet from anything that can burn.",
                    "Make sure your house number can be seen from the road, day and night.",
                    "Clean your dryer's lint filter after every load.",
                    "Have a home escape plan with two ways out of every room."),
            "photo": ("MGVFC photo", "Photo by Lt. D. Kessler", "Photo courtesy of Lane "
                      "County Fire Wire", "Photo by FF J. Moyer"),
        },
        families=(
            _f("posted", HEADER, 0.7, (_OLD, "Posted {date_slash} by {author}"),
               ("2018-01-01", "{author} | {date_long}")),
            _f("incident-no", HEADER, 0.3, (_OLD, "Incident #{year}-{count}")),
            _f("incident-type", HEADER, 0.29, (_OLD, "Type: {itype}")),
            _f("incident-units", HEADER, 0.28, (_OLD, "Units: {units}")),
            _f("photo", MIDDLE, 0.35, (_OLD, "📷 {photo}"), count=2),
            _f("tip", FOOTER, 0.25, (_OLD, "🔥 Safety tip: {tip}")),
            _f("fund-drive", FOOTER, 0.2,
               (_OLD, "Our annual fund drive letters are in the mail. Your donation keeps our "
                "trucks on the road. Thank you!"),
               ("2020-05-01", "Our chicken barbecues are cancelled this year. Please support "
                "us through the online fund drive instead.")),
            _f("emergency", FOOTER, 0.4,
               (_OLD, "In an emergency, always dial 911. This site and our Facebook page are "
                "not monitored around the clock.")),
            _f("about", FOOTER, 0.5,
               (_OLD, "Maple Grove Volunteer Fire Company · Station 21 · 46 Church Street, "
                "Maple Grove, PA · Serving our community since 1923")),
        ),
    )


def heldout12_styles() -> list[PublisherStyle]:
    """The held-back-12 styles, in the order the generator hands them to publishers."""
    return [
        pohronie_style(), rodopi_style(), meghna_style(), pwani_style(), sternway_style(),
        limnology_style(), whrz_style(), pulse_style(), sparkwell_style(), wenlow_style(),
        riverbend_style(), maplegrove_style(),
    ]
