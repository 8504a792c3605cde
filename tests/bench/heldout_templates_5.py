"""The fifth held-back template set (``held-back-5``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the misses of the
fourth held-back set (`tests.bench.heldout_templates_4`) had been studied while improving
detection. It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``config``), before any benchmark run on it, and without
shaping any line to pass or to fail a detector: the families are what real sites of these
kinds print, from general knowledge of them. All wording is original; none is copied from
the data, from the tuning styles or from the first four held-back sets.

**This set has since been studied while improving detection.** Once its misses have been
studied to change the detector, it is no longer an unseen test: write a new set instead, and
say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): an Indian English daily, a
Japanese-English bilingual regional site, a South African news site, a Mexican regional
paper, a Québec regional site in French, a Kenyan business daily, an esports site, a
Scottish local weekly, a home-DIY blog, a regional transit agency's news page, an Irish
local weekly and a farming weekly. None of these kinds is in the earlier held-back sets.

Variation: dates in several formats and languages (Japanese ``2017年06月21日`` and dotted
``2017.06.21``, built from the ``date_iso`` slot by indexing, since the generator has no
Japanese slot; Québec times ``14 h 32`` built from ``time`` the same way; Spanish
``date_es`` with ``hrs``; French ``date_fr``; English long, short, slash, day-month-year and
weekday forms; IST, JST, EAT and ET zones), notices reworded in 2016-2019 (a press-code
renaming, WhatsApp channels replacing social links, a paywall moving to M-Pesa, a group
ownership change), names at the start of lines (bare bylines, an author's beat, a
reporter's Twitter line, a translator credit, embedded-tweet attributions), the article's
own title (a Pinterest line) and other articles' titles, amounts (rand, shilling, pound,
dollar and rupee prices, index levels, exchange rates, mart prices, project costs), handles,
stream and chat URLs, multi-line blocks (a DIY project box, a Japanese event-information
box, a transit agency's civil-rights and Spanish-language notice), mid-body inserts (some up
to two or three times), a two-line titles-and-registration footer shared by three sister
papers of one regional group (Scottish, Irish and farming), bare lines (a town, a game
name, a release kind, a reporter's beat, a lone name, an ad label), symbols and emoji where
such sites use them, and families in only 10-30% of articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Japanese dates (2017年06月21日, 2017.06.21) and Québec times (14 h 32) from the generic slots:
# str.format indexes into the ISO date ("2017-06-21") and the 24-hour time ("14:32").
_MM_DD = ("{date_iso[5]}{date_iso[6]}", "{date_iso[8]}{date_iso[9]}")
_JP_DATE = "{year}\u5e74" + _MM_DD[0] + "\u6708" + _MM_DD[1] + "\u65e5"
_JP_DOTS = "{year}." + _MM_DD[0] + "." + _MM_DD[1]
_QC_TIME = "{time[0]}{time[1]} h {time[3]}{time[4]}"

# The footer of Heatherbank Media, printed by three of its papers (the Scottish weekly, the
# Irish weekly and the farming weekly): a line naming the group's titles and the group's
# copyright and registration line, reworded when the group was sold in 2019.
_HEATHERBANK_TITLES = (
    _OLD, "Heatherbank Media titles: The Glenarden Advertiser \u00b7 The Ballykeel Champion "
    "\u00b7 The Border Farmer \u00b7 Strathearn Life \u00b7 heatherbankjobs.co.uk")
_HEATHERBANK = (
    (_OLD, "\u00a9 {year} Heatherbank Media Ltd. Registered in Scotland, company no. SC214406. "
     "Registered office: 9 Mill Wynd, Forfar."),
    ("2019-04-01", "\u00a9 {year} Heatherbank Media Ltd, a Tayline Holdings company. Registered "
     "in Scotland no. SC214406 \u00b7 Privacy \u00b7 Cookies \u00b7 Terms"),
)


def malabar_style() -> PublisherStyle:
    """An Indian English daily: city tag, IST stamps, agency inputs, WhatsApp channel."""
    return PublisherStyle(
        domain="malabarexpress.in", site="The Malabar Express", base_size=900,
        subdomains=(("www.", 80), ("", 12), ("m.", 8)),
        sections=("kerala", "india", "business", "sports", "entertainment"),
        n_authors=30, url_path="/{section}/{slug}-{n}/",
        pools={
            "city": ("Kochi", "Thiruvananthapuram", "Kozhikode", "Thrissur", "Kannur",
                     "New Delhi", "Chennai", "Bengaluru", "Mumbai"),
            "agency": ("PTI", "IANS", "ANI", "agencies", "PTI and IANS"),
        },
        families=(
            _f("city", HEADER, 0.4, (_OLD, "{city}")),
            _f("byline", HEADER, 0.85, (_OLD, "Written by {author} | {city}"),
               ("2018-07-01", "By {author} | Express News Service | {city}")),
            _f("updated", HEADER, 0.9, (_OLD, "Updated: {date_long} {time12} IST"),
               ("2019-02-01", "Published: {date_short}, {time} IST")),
            _f("advertisement", MIDDLE, 0.6, (_OLD, "ADVERTISEMENT"), count=2),
            _f("also-read", MIDDLE, 0.4, (_OLD, "Also Read | {other_title}"),
               ("2019-06-01", "ALSO READ: {other_title}"), count=2),
            _f("inputs", FOOTER, 0.25, (_OLD, "(With inputs from {agency})")),
            _f("social", FOOTER, 0.35,
               (_OLD, "Follow {site} on Facebook and Twitter for the latest news from Kerala "
                "and across India."),
               ("2019-09-01", "\U0001f4f2 {site} is now on WhatsApp and Telegram. Tap to join our "
                "channels and get the day's top stories on your phone.")),
            _f("epaper", FOOTER, 0.2,
               (_OLD, "{site} e-paper: the full print edition on your phone for \u20b999 a "
                "month.")),
            _f("disclaimer", FOOTER, 0.2,
               (_OLD, "Disclaimer: Comments posted below are the views of readers, not of {site}. "
                "Posts that are obscene, defamatory or inflammatory will be taken down.")),
            _f("copyright", FOOTER, 0.85,
               (_OLD, "Copyright \u00a9 {year} The Malabar Express Pvt. Ltd. All Rights "
                "Reserved.")),
        ),
    )


def setouchi_style() -> PublisherStyle:
    """A Japanese-English bilingual regional site: kanji dates, Japanese-version link,
    translator credit, event-information box."""
    return PublisherStyle(
        domain="setouchi-times.jp", site="Setouchi Times", base_size=700,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "culture", "travel", "business", "life"),
        n_authors=10, url_path="/en/{section}/{n}/",
        pools={
            "access": ("10 minutes on foot from JR Onomichi Station",
                       "Take the ferry from Uno Port (about 20 minutes)",
                       "5 minutes by taxi from JR Kurashiki Station",
                       "Hiroden streetcar to Genbaku Dome-mae, then a 3-minute walk",
                       "Free parking for 40 cars; no public transport on weekends"),
            "tel": ("0848-55-0931", "082-555-0147", "086-555-0262", "087-555-0418"),
        },
        families=(
            _f("date", HEADER, 0.9, (_OLD, _JP_DOTS + " {time} JST"),
               ("2018-04-01", _JP_DATE + " / {date_short}")),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}")),
            _f("ja-link", HEADER, 0.4, (_OLD, "\u65e5\u672c\u8a9e\u3067\u8aad\u3080 \u25b8 "
                                              "Read in Japanese"),
               ("2019-01-01", "\u3053\u306e\u8a18\u4e8b\u306e\u65e5\u672c\u8a9e\u7248\u306f"
                "\u3053\u3061\u3089 | Japanese version")),
            _f("ad", MIDDLE, 0.45, (_OLD, "\u5e83\u544a / Advertisement"), count=2),
            _f("related", MIDDLE, 0.35,
               (_OLD, "\u95a2\u9023\u8a18\u4e8b | Related: {other_title}")),
            _f("translation", FOOTER, 0.3,
               (_OLD, "Translated from the Japanese original by {author2}.")),
            _f("info-head", FOOTER, 0.3,
               (_OLD, "\u25a0 Information / \u30a4\u30f3\u30d5\u30a9\u30e1\u30fc\u30b7\u30e7"
                "\u30f3")),
            _f("access", FOOTER, 0.28, (_OLD, "Access: {access}")),
            _f("inquiries", FOOTER, 0.25, (_OLD, "Inquiries: {tel} (Japanese only)")),
            _f("newsletter", FOOTER, 0.3,
               (_OLD, "Every Friday, the week's news from around the Seto Inland Sea in English: "
                "sign up for the {site} newsletter."),
               ("2018-10-01", "Living in or visiting the Setouchi region? Our free weekly "
                "English digest brings events, ferry changes and local news to your inbox.")),
            _f("copyright", FOOTER, 0.8,
               (_OLD, "Copyright \u00a9 {year} Setouchi Times Co., Ltd. \u8a18\u4e8b\u30fb\u5199"
                "\u771f\u306e\u7121\u65ad\u8ee2\u8f09\u3092\u7981\u3058\u307e\u3059\u3002")),
        ),
    )


def highveld_style() -> PublisherStyle:
    """A South African news site: rand strip, load-shedding alert, press-code notice."""
    return PublisherStyle(
        domain="highveldpost.co.za", site="The Highveld Post", base_size=620,
        subdomains=(("www.", 85), ("", 15)),
        sections=("news", "politics", "business", "sport", "lifestyle"),
        n_authors=18, url_path="/{section}/{yyyy}-{mm}-{dd}-{slug}/",
        constants={"email": "newsdesk@highveldpost.co.za"},
        pools={
            "photo": ("Gallo Images", "Supplied", "File photo", "Screengrab", "Twitter"),
            "stage": ("1", "2", "2", "3", "4", "6"),
            "zar": ("13.42", "14.87", "15.21", "12.96", "16.73", "18.05", "14.10"),
            "jse": ("52 418", "55 903", "57 117", "49 860", "60 212", "51 337"),
            "move": ("+0.41", "-1.12", "+0.08", "-0.56", "+1.73", "-2.04"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{author} | {date_dmy}"),
               ("2018-03-01", "By {author} \u00b7 {date_dmy} \u00b7 {read_min} min read")),
            _f("markets", HEADER, 0.2, (_OLD, "R/$ {zar} \u00b7 JSE All Share {jse} ({move}%)")),
            _f("image", MIDDLE, 0.35, (_OLD, "Image: {photo}"), count=2),
            _f("must-read", MIDDLE, 0.35, (_OLD, "MUST READ | {other_title}"), count=2),
            _f("loadshedding", MIDDLE, 0.12,
               (_OLD, "\u26a1 Load shedding: Eskom says Stage {stage} power cuts will run from "
                "{time} until 22:00. Check your area's schedule at {domain}/loadshedding.")),
            _f("tipoff", FOOTER, 0.3,
               (_OLD, "Got a tip-off? Email {email} or WhatsApp the newsdesk on 072 555 0193."),
               ("2019-05-01", "\U0001f4f1 Send your news, photos and voice notes to our "
                "WhatsApp line: 072 555 0193.")),
            _f("press-code", FOOTER, 0.45,
               (_OLD, "{site} adheres to the South African Press Code. Complaints about our "
                "reporting can be sent to the Press Ombudsman."),
               ("2016-06-01", "{site} subscribes to the Code of Ethics and Conduct for South "
                "African Print and Online Media. Complaints may be lodged with the Press Ombud "
                "at presscouncil.org.za.")),
            _f("briefing", FOOTER, 0.3,
               (_OLD, "Start your day with the Highveld Briefing: the morning's top stories from "
                "Gauteng, in your inbox at 6 a.m. on weekdays.")),
            _f("copyright", FOOTER, 0.8,
               (_OLD, "\u00a9 {year} Highveld Post Media (Pty) Ltd. All rights reserved. | PAIA "
                "manual | Privacy")),
        ),
    )


def centinela_style() -> PublisherStyle:
    """A Mexican regional paper: town lines, Spanish dates with ``hrs``, citizen-report line."""
    return PublisherStyle(
        domain="centineladelbajio.mx", site="El Centinela del Baj\u00edo", base_size=560,
        subdomains=(("www.", 90), ("", 10)),
        sections=("local", "seguridad", "estado", "deportes", "espectaculos"),
        n_authors=20, url_path="/{section}/{slug}-{n}.html",
        pools={
            "municipio": ("Le\u00f3n, Gto.", "Irapuato, Gto.", "Celaya, Gto.", "Salamanca, Gto.",
                          "Silao, Gto.", "Guanajuato, Gto."),
            "foto": ("Especial", "Archivo", "Cuartoscuro", "Cortes\u00eda", "Ilustrativa"),
        },
        families=(
            _f("lugar", HEADER, 0.5, (_OLD, "{municipio}")),
            _f("autor", HEADER, 0.85, (_OLD, "Por: {author}"),
               ("2018-08-01", "{author} | {site}")),
            _f("fecha", HEADER, 0.85, (_OLD, "{date_es} | {time} hrs"),
               ("2019-03-01", "Publicado el {date_es} a las {time} hrs")),
            _f("anuncio", MIDDLE, 0.45, (_OLD, "ANUNCIO"), count=2),
            _f("recomendamos", MIDDLE, 0.4, (_OLD, "Te recomendamos: {other_title}"),
               ("2018-11-01", "\U0001f449 Te puede interesar: {other_title}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("redes", FOOTER, 0.35,
               (_OLD, "S\u00edguenos en Facebook y Twitter como @CentinelaBajio"),
               ("2019-07-01", "Recibe las noticias del Baj\u00edo antes que nadie: s\u00edguenos "
                "en Google News y en nuestro canal de WhatsApp.")),
            _f("denuncia", FOOTER, 0.2,
               (_OLD, "\u00bfTienes una denuncia ciudadana? M\u00e1ndanos un mensaje al "
                "477 555 0128 y te escuchamos.")),
            _f("columna", FOOTER, 0.12,
               (_OLD, "Las opiniones expresadas en esta columna son responsabilidad de su autor y "
                "no necesariamente reflejan la l\u00ednea editorial de {site}.")),
            _f("derechos", FOOTER, 0.75,
               (_OLD, "\u00a9 {year} Editora Centinela S.A. de C.V. \u00b7 Aviso de privacidad "
                "\u00b7 T\u00e9rminos y condiciones")),
        ),
    )


def echofjord_style() -> PublisherStyle:
    """A Québec regional site: French dates, ``14 h 32`` times, infolettre, support appeal."""
    return PublisherStyle(
        domain="echodufjord.ca", site="L'\u00c9cho du Fjord", base_size=500,
        subdomains=(("www.", 100),),
        sections=("actualites", "politique", "economie", "sports", "culture"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "credit": ("Archives", "Courtoisie", "Facebook", "S\u00fbret\u00e9 du Qu\u00e9bec",
                       "Ville de Saguenay", "Getty Images"),
        },
        families=(
            _f("auteur", HEADER, 0.85, (_OLD, "Par {author}"),
               ("2018-09-01", "{author}, journaliste")),
            _f("date", HEADER, 0.9, (_OLD, "Publi\u00e9 le {date_fr} \u00e0 " + _QC_TIME),
               ("2019-05-01", "{date_fr}, " + _QC_TIME)),
            _f("publicite", MIDDLE, 0.5, (_OLD, "PUBLICIT\u00c9"), count=2),
            _f("a-lire", MIDDLE, 0.4, (_OLD, "\u00c0 lire aussi : {other_title}"),
               ("2019-01-01", "\u00c0 LIRE AUSSI \u25ba {other_title}")),
            _f("credit", MIDDLE, 0.3, (_OLD, "Cr\u00e9dit photo : {credit}")),
            _f("infolettre", FOOTER, 0.35,
               (_OLD, "Abonnez-vous \u00e0 notre infolettre pour recevoir l'essentiel de "
                "l'actualit\u00e9 r\u00e9gionale chaque matin."),
               ("2018-10-01", "Recevez les nouvelles du Saguenay\u2013Lac-Saint-Jean dans votre "
                "bo\u00eete courriel : inscrivez-vous \u00e0 l'infolettre de {site}.")),
            _f("soutien", FOOTER, 0.2,
               (_OLD, "L'information locale a un prix. Si vous tenez \u00e0 {site}, soutenez-nous "
                "par un don ou un abonnement num\u00e9rique.")),
            _f("droits", FOOTER, 0.8,
               (_OLD, "\u00a9 {year} {site}, une publication de M\u00e9dias Nordet inc. Tous "
                "droits r\u00e9serv\u00e9s.")),
        ),
    )


def savanna_style() -> PublisherStyle:
    """A Kenyan business daily: markets strip, author beats, metered paywall, M-Pesa offer."""
    return PublisherStyle(
        domain="savannabusiness.co.ke", site="Savanna Business Times", base_size=450,
        subdomains=(("www.", 95), ("", 5)),
        sections=("markets", "companies", "economy", "technology", "opinion"),
        n_authors=15, url_path="/{section}/{slug}/{n}",
        pools={
            "beat": ("Banking Correspondent", "Markets Reporter", "Energy Reporter",
                     "Deputy Business Editor", "Technology Writer", "Agribusiness Reporter"),
            "nse": ("3,712.45", "2,654.10", "3,285.93", "1,868.77", "2,947.32", "3,519.06"),
            "arrow": ("\u25b2", "\u25bc"),
            "kes": ("101.35", "103.84", "100.42", "109.17", "98.76", "106.90"),
            "brent": ("48.20", "62.71", "74.05", "55.38", "41.92", "67.14"),
            "free": ("1", "2", "3", "4"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "By {author}"),
               ("2018-04-01", "{author} | {author_beat}")),
            _f("date", HEADER, 0.85, (_OLD, "{date_dmy} {time}"),
               ("2019-01-01", "Published {date_dmy} at {time} EAT")),
            _f("markets", HEADER, 0.3,
               (_OLD, "NSE 20 {nse} {arrow} | USD/KES {kes} | Brent ${brent}")),
            _f("ad", MIDDLE, 0.45, (_OLD, "- ADVERTISEMENT -"), count=2),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}")),
            _f("twitter", FOOTER, 0.3, (_OLD, "{author} is on Twitter: {author_handle}")),
            _f("paywall", FOOTER, 0.3,
               (_OLD, "You have read {free} of your 5 free stories this month. Subscribe from "
                "KSh 300 a month for unlimited access to {site}."),
               ("2019-06-01", "Unlock every story, the daily e-paper and our markets data from "
                "KSh 10 a day. Pay with M-Pesa or card.")),
            _f("tips", FOOTER, 0.15,
               (_OLD, "Have a story or a document we should see? Email "
                "newsdesk@savannabusiness.co.ke. We protect our sources.")),
            _f("copyright", FOOTER, 0.8,
               (_OLD, "\u00a9 {year} Savanna Media Group PLC. All rights reserved.")),
        ),
    )


def lastpick_style() -> PublisherStyle:
    """An esports site: game kicker, match score line, embedded tweets, Discord, trademarks."""
    return PublisherStyle(
        domain="lastpickesports.com", site="LastPick Esports", base_size=420,
        subdomains=(("", 70), ("www.", 30)),
        sections=("news", "lol", "csgo", "dota2", "features"),
        n_authors=11, url_path="/{section}/{slug}-{n}",
        pools={
            "game": ("League of Legends", "CS:GO", "Dota 2", "Overwatch", "Rocket League",
                     "Fortnite", "Rainbow Six Siege"),
            "team1": ("Northwind Gaming", "Team Vireo", "Obsidian Five", "Kraken Esports",
                      "Solstice"),
            "team2": ("Red Halo", "Ember Academy", "Frostbyte", "Nightjar", "Polaris GG"),
            "score": ("2\u20130", "2\u20131", "3\u20131", "1\u20132", "0\u20132", "3\u20132"),
            "channel": ("lastpickesports", "rivalsleague", "northwindgg", "emberacademytv"),
            "pro": ("Tobi \"Kestrel\" Aranda (@KestrelGG)", "Mina \"Volt\" Sato (@voltmina)",
                    "Rasmus \"Pike\" Lund (@PikeRL)", "Dev \"Cinder\" Kapoor (@cinderdk)"),
            "org": ("Riot Games", "Valve", "ESL", "Blizzard Entertainment", "Psyonix",
                    "Northwind Gaming"),
        },
        families=(
            _f("game", HEADER, 0.55, (_OLD, "{game}")),
            _f("byline", HEADER, 0.85, (_OLD, "{author} \u00b7 {date_short}"),
               ("2018-09-01", "By {author} ({author_handle}) \u00b7 {date_short}, {time12} ET")),
            _f("result", HEADER, 0.2, (_OLD, "{team1} {score} {team2}")),
            _f("tweet", MIDDLE, 0.3, (_OLD, "\u2014 {pro} {date_long}"), count=2),
            _f("stream", MIDDLE, 0.2, (_OLD, "\U0001f534 Watch live: twitch.tv/{channel}")),
            _f("image", MIDDLE, 0.25, (_OLD, "Image via {org}")),
            _f("discord", FOOTER, 0.35,
               (_OLD, "Talk about this story with other fans in the {site} Discord \U0001f3ae"),
               ("2019-03-01", "Think we got it wrong? Come and argue with us on Discord: "
                "discord.gg/lastpick")),
            _f("odds", FOOTER, 0.12,
               (_OLD, "Odds correct at the time of writing and subject to change. 18+ only. If "
                "gambling stops being fun, call 1-800-GAMBLER.")),
            _f("trademark", FOOTER, 0.7,
               (_OLD, "\u00a9 {year} LastPick Esports. Game names, logos and artwork are "
                "trademarks of their respective owners.")),
        ),
    )


def glenarden_style() -> PublisherStyle:
    """A Scottish local weekly: beat lines, court-case notice, IPSO line, group footer."""
    return PublisherStyle(
        domain="glenardenadvertiser.co.uk", site="The Glenarden Advertiser", base_size=380,
        subdomains=(("www.", 100),),
        sections=("news", "sport", "community", "council", "court"),
        n_authors=8, url_path="/news/{section}/{n}.{slug}/",
        pools={
            "beat": ("Reporter", "Chief Reporter", "Sports Reporter", "Trainee Reporter",
                     "Local Democracy Reporter", "Editor"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "By {author}")),
            _f("reporter", HEADER, 0.55, (_OLD, "{author_beat}")),
            _f("date", HEADER, 0.85, (_OLD, "{weekday} {date_dmy}"),
               ("2019-02-01", "Published: {time}, {date_dmy}")),
            _f("advertising", MIDDLE, 0.5, (_OLD, "Advertising"), count=2),
            _f("read-more", MIDDLE, 0.35, (_OLD, "Read more: {other_title}")),
            _f("court", FOOTER, 0.12,
               (_OLD, "Comments have been switched off on this story because it concerns a live "
                "court case.")),
            _f("subscribe", FOOTER, 0.35,
               (_OLD, "Get {site} delivered every Thursday: subscribe to the print edition "
                "from \u00a31.10 a week."),
               ("2019-01-01", "Our reporters sit through every council meeting, court case and cup "
                "tie in the glens. Support them: subscribe to the digital edition from \u00a34.99 "
                "a month.")),
            _f("ipso", FOOTER, 0.4,
               (_OLD, "This newspaper is regulated by the Independent Press Standards "
                "Organisation (IPSO). To complain about our coverage, see {domain}/complaints.")),
            _f("titles", FOOTER, 0.4, _HEATHERBANK_TITLES),
            _f("heatherbank", FOOTER, 0.8, *_HEATHERBANK),
        ),
    )


def workbench_style() -> PublisherStyle:
    """A home-DIY blog: project box, affiliate notice, tool links, Pinterest line, sign-off."""
    return PublisherStyle(
        domain="weekendworkbench.com", site="The Weekend Workbench", base_size=340,
        subdomains=(("", 75), ("www.", 25)),
        sections=("woodworking", "outdoor", "repairs", "workshop"),
        n_authors=2, url_path="/{slug}/",
        pools={
            "cats": ("Woodworking", "Outdoor Projects", "Home Repair", "Workshop",
                     "Budget Builds", "Painting"),
            "cost": ("25", "40", "65", "120", "15", "200", "90"),
            "hours": ("2 hours", "an afternoon", "a weekend", "4\u20135 hours", "1 hour",
                      "two weekends"),
            "level": ("Beginner", "Easy", "Intermediate", "Advanced"),
            "tool": ("Cordless drill/driver", "Pocket-hole jig", "Random orbital sander",
                     "Speed square", "Bar clamps (set of 4)", "Stud finder", "Brad nailer"),
        },
        families=(
            _f("meta", HEADER, 0.75, (_OLD, "Posted on {date_long} by {author} in {cats_links}"),
               ("2019-02-01", "Last updated {date_long} | {author}")),
            _f("disclosure", HEADER, 0.5,
               (_OLD, "This post contains affiliate links. If you buy through them I may earn a "
                "small commission, at no extra cost to you."),
               ("2019-02-01", "Heads up: some links below are affiliate links, which help keep "
                "the workshop lights on. You can read my full disclosure policy here.")),
            _f("glance-head", HEADER, 0.55, (_OLD, "Project at a glance")),
            _f("cost", HEADER, 0.52, (_OLD, "Cost: about ${cost}")),
            _f("time-needed", HEADER, 0.5, (_OLD, "Time: {hours}")),
            _f("difficulty", HEADER, 0.5, (_OLD, "Skill level: {level}")),
            _f("tool", MIDDLE, 0.3, (_OLD, "\U0001f6d2 {tool} \u2013 check current price"),
               count=3),
            _f("safety", MIDDLE, 0.2,
               (_OLD, "\u26a0\ufe0f Safety note: wear eye and ear protection, and check for "
                "hidden wires and pipes before you drill into any wall.")),
            _f("pin", MIDDLE, 0.25,
               (_OLD, "\U0001f4cc Save \u201c{title}\u201d to your Pinterest project board")),
            _f("signoff", FOOTER, 0.55, (_OLD, "Happy building! \u2013 {author}"),
               ("2018-05-01", "Until next weekend, happy making! {author}")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "\u00a9 {year} {site}. Plans are for personal use only; please do not "
                "sell or redistribute them.")),
        ),
    )


def trilakes_style() -> PublisherStyle:
    """A regional transit agency's news page: release kinds, routes, Title VI and Spanish
    notice."""
    return PublisherStyle(
        domain="trilakestransit.org", site="Tri-Lakes Regional Transit", base_size=300,
        subdomains=(("www.", 100),),
        sections=("news", "service-changes", "board", "projects"),
        n_authors=3, url_path="/news/{slug}-{n}",
        pools={
            "kind": ("Service Change", "Press Release", "Rider Alert", "Board News",
                     "Projects"),
            "routes": ("2", "5X", "12", "Blue Line", "40 Express", "Airport Shuttle", "17"),
        },
        families=(
            _f("kind", HEADER, 0.6, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.85, (_OLD, "Posted on {date_slash}"),
               ("2019-01-01", "Posted {date_slash} {time12}")),
            _f("routes", HEADER, 0.3, (_OLD, "Affected routes: {routes_list}")),
            _f("trip-planner", MIDDLE, 0.2,
               (_OLD, "Plan your trip at {domain}/plan or call Customer Service at (555) "
                "310-7433, weekdays 6 a.m.\u20137 p.m.")),
            _f("alerts", FOOTER, 0.4,
               (_OLD, "Sign up for Rider Alerts to get texts and emails about delays on your "
                "route at {domain}/alerts."),
               ("2018-08-01", "Get real-time delays on your phone: download the TLRT Go app or "
                "text your stop number to 41411.")),
            _f("board", FOOTER, 0.15,
               (_OLD, "The TLRT Board of Directors meets the second Thursday of each month at "
                "5:30 p.m. in the Union Station board room. Meetings are open to the public.")),
            _f("title-vi", FOOTER, 0.45,
               (_OLD, "TLRT operates its programs and services without regard to race, color or "
                "national origin, in accordance with Title VI of the Civil Rights Act. To file "
                "a complaint, visit {domain}/titlevi.")),
            _f("espanol", FOOTER, 0.4,
               (_OLD, "Si necesita esta informaci\u00f3n en espa\u00f1ol, llame al (555) "
                "310-7433.")),
            _f("copyright", FOOTER, 0.55,
               (_OLD, "\u00a9 {year} Tri-Lakes Regional Transit Authority | Accessibility | "
                "Privacy | Public Records")),
        ),
    )


def ballykeel_style() -> PublisherStyle:
    """An Irish local weekly: bare byline, death-notices line, Press Council notice."""
    return PublisherStyle(
        domain="ballykeelchampion.ie", site="The Ballykeel Champion", base_size=260,
        subdomains=(("www.", 100),),
        sections=("news", "sport", "gaa", "community", "farming"),
        n_authors=6, url_path="/news/{section}/{n}/{slug}.html",
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{author}")),
            _f("date", HEADER, 0.85, (_OLD, "{date_dmy} {time}"),
               ("2018-06-01", "{weekday}, {date_dmy}")),
            _f("advertisement", MIDDLE, 0.45, (_OLD, "Advertisement"), count=2),
            _f("read-next", MIDDLE, 0.3, (_OLD, "READ NEXT: {other_title}")),
            _f("death-notices", FOOTER, 0.12,
               (_OLD, "Death notices for Ballykeel and the surrounding parishes are published on "
                "RIP.ie and in this week's print edition.")),
            _f("print", FOOTER, 0.35,
               (_OLD, "Read more local news in {site}, in shops every Wednesday, or download "
                "the digital edition."),
               ("2019-05-01", "Every page of the print edition on your phone: try {site} "
                "digital for \u20ac1 for your first month.")),
            _f("press-council", FOOTER, 0.4,
               (_OLD, "{site} is a member of the Press Council of Ireland and supports the Office "
                "of the Press Ombudsman. To make a complaint, visit pressombudsman.ie.")),
            _f("titles", FOOTER, 0.4, _HEATHERBANK_TITLES),
            _f("heatherbank", FOOTER, 0.8, *_HEATHERBANK),
        ),
    )


def borderfarmer_style() -> PublisherStyle:
    """A farming weekly: beat bylines, mart-price strip, classifieds, rural helpline."""
    return PublisherStyle(
        domain="borderfarmer.co.uk", site="The Border Farmer", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "livestock", "arable", "machinery", "markets"),
        n_authors=7, url_path="/{section}/{n}/",
        pools={
            "beat": ("Livestock Editor", "Arable Reporter", "Machinery Editor",
                     "Markets Reporter", "Deputy Editor"),
            "lamb": ("178.4", "192.1", "165.9", "203.6", "184.2", "171.0"),
            "wheat": ("112", "146", "131", "158", "124", "170"),
            "milk": ("24.1", "27.9", "30.5", "26.3", "29.2"),
            "sponsor": ("Tweedside Agri Supplies", "Cheviot Vets", "Redburn Tractors",
                        "Kelso Feeds"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "By {author}, {author_beat}")),
            _f("date", HEADER, 0.8, (_OLD, "{date_dmy}")),
            _f("prices", HEADER, 0.2,
               (_OLD, "Prime lambs {lamb}p/kg \u00b7 Feed wheat \u00a3{wheat}/t \u00b7 Milk "
                "{milk}ppl")),
            _f("sponsor", HEADER, 0.15, (_OLD, "In association with {sponsor}")),
            _f("classifieds", MIDDLE, 0.25,
               (_OLD, "Buying or selling? Browse used tractors, trailers and livestock in "
                "{site} Classifieds at {domain}/classifieds.")),
            _f("helpline", FOOTER, 0.15,
               (_OLD, "Farming can be a lonely job. If you are struggling, Borders Rural Support "
                "is there to listen, day or night, on 0800 555 0173.")),
            _f("subscribe", FOOTER, 0.3,
               (_OLD, "Markets, machinery and the week's farming news every Thursday: get {site} "
                "delivered for \u00a32.10 a week.")),
            _f("titles", FOOTER, 0.4, _HEATHERBANK_TITLES),
            _f("heatherbank", FOOTER, 0.8, *_HEATHERBANK),
        ),
    )


def heldout5_styles() -> list[PublisherStyle]:
    """The held-back-5 styles, in the order the generator hands them to publishers."""
    return [
        malabar_style(), setouchi_style(), highveld_style(), centinela_style(),
        echofjord_style(), savanna_style(), lastpick_style(), glenarden_style(),
        workbench_style(), trilakes_style(), ballykeel_style(), borderfarmer_style(),
    ]
