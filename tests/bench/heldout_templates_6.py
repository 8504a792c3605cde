"""The sixth held-back template set (``held-back-6``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the misses of the
fifth held-back set (`tests.bench.heldout_templates_5`) had been studied while improving
detection. It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``config``), before any benchmark run on it, and without
shaping any line to pass or to fail a detector: the families are what real sites of these
kinds print, from general knowledge of them. All wording is original; none is copied from
the data, from the tuning styles or from the first five held-back sets.

**This set has since been studied while improving detection.** Once its misses have been
studied to change the detector, it is no longer an unseen test: write a new set instead, and
say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Dutch regional daily, a Nigerian
national daily, a Greek news portal, a Gulf business site in English with Arabic lines, an
Australian regional paper, a news agency's picture desk, a cycling magazine, an asset
manager's market commentary, a board-game review blog, a mountain-rescue team's news page,
a legal-aid charity (a law centre) and a regimental veterans' association newsletter. None
of these kinds is in the earlier held-back sets.

Variation: dates in several formats and languages (Dutch ``21-06-17, 14:32`` and
``21-06-2017``, Greek ``21/06/2017``, Gulf ``Wed 21 Jun 2017``, all built from the
``date_iso``, ``weekday`` and ``month`` slots by indexing since the generator has no Dutch or
Greek slot; English long, short, day-month-year and weekday forms; AEST, GST, WAT and UTC
zones), notices reworded in 2017-2020 (a Dutch text-and-data-mining reservation, a GDPR-era
cookie notice, a WhatsApp channel replacing social links, a fund's new regulatory wording,
emergency SMS added to a rescue notice, online subscriptions for a veterans' association),
names at the start of lines (bare Nigerian bylines with a city, an asset manager's name and
role, a veterans' officer sign-off, a photographer credit), the article's own title (a PDF
download line) and other articles' titles, amounts (naira rates, Gulf index levels, bike and
game prices, donations, subscriptions), handles, URLs with ids and image references,
multi-line blocks (a board game's designer, publisher and players box, a bike's
specification box, a rescue's team and hours lines), mid-body inserts (some up to two or
three times), a two-line cookie and web-credit footer shared by three small charities built
by the same web agency (the rescue team, the law centre, the veterans' association), bare
lines (a section kicker in Greek capitals, a Dutch regional kicker, a Gulf city dateline, a
branch name, an ad label), symbols and emoji where such sites use them, and families in only
10-30% of articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric dates from the generic slots: str.format indexes into the ISO date ("2017-06-21"),
# the weekday ("Wednesday") and the month ("June").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_YY = "{date_iso[2]}{date_iso[3]}"
_NL_SHORT = f"{_DD}-{_MM}-{_YY}"  # 21-06-17
_NL_DATE = f"{_DD}-{_MM}-{{year}}"  # 21-06-2017
_GR_DATE = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017
_WD3 = "{weekday[0]}{weekday[1]}{weekday[2]}"  # Wed
_MON3 = "{month[0]}{month[1]}{month[2]}"  # Jun

# The footer of Hillfold Digital, a small web agency that builds charity sites, printed by
# three of its clients (the rescue team, the law centre and the veterans' association): a
# cookie notice (reworded for the GDPR in May 2018) and the agency's credit line.
_HILLFOLD_COOKIES = (
    (_OLD, "We use cookies to make this site work and to count visits. Carry on browsing if "
     "that's fine with you, or read our cookie policy to find out more."),
    ("2018-05-25", "This site uses essential cookies to work, and analytics cookies only if you "
     "say yes. Accept all | Essential only | Cookie settings"),
)
_HILLFOLD_CREDIT = (_OLD, "Website by Hillfold Digital \u2013 low-cost websites for small "
                    "charities and community groups")


def noorderdagblad_style() -> PublisherStyle:
    """A Dutch regional daily: regional kicker, numeric dates, "Lees ook", TDM reservation."""
    return PublisherStyle(
        domain="noorderdagblad.nl", site="Het Noorderdagblad", base_size=900,
        subdomains=(("www.", 92), ("", 8)),
        sections=("binnenland", "regio", "economie", "sport", "cultuur"),
        n_authors=28, url_path="/{section}/{slug}~a{n}/",
        pools={
            "regio": ("Groningen", "Friesland", "Drenthe", "Stad", "Ommelanden", "Noord-Holland",
                      "Binnenland", "Buitenland"),
            "foto": ("ANP", "ANP / archief", "Persbureau Noordoost", "Pro Shots", "eigen foto",
                     "Hollandse Hoogte"),
        },
        families=(
            _f("regio", HEADER, 0.45, (_OLD, "{regio}")),
            _f("auteur", HEADER, 0.8, (_OLD, "Door {author}")),
            _f("datum", HEADER, 0.9, (_OLD, _NL_SHORT + ", {time}"),
               ("2018-03-01", "Gepubliceerd op " + _NL_DATE + " om {time}")),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {foto}")),
            _f("lees-ook", MIDDLE, 0.45, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("advertentie", MIDDLE, 0.5, (_OLD, "Advertentie"), count=2),
            _f("tip", FOOTER, 0.3,
               (_OLD, "Heeft u een tip voor de redactie? Mail naar tips@noorderdagblad.nl of bel "
                "050 555 0190."),
               ("2019-04-01", "\U0001f4ac Nieuws gezien in uw buurt? App de redactie op "
                "06 555 01 234 of mail tips@noorderdagblad.nl.")),
            _f("nieuwsbrief", FOOTER, 0.3,
               (_OLD, "Elke ochtend om zeven uur het belangrijkste nieuws uit het Noorden in uw "
                "mailbox? Meld u gratis aan voor de nieuwsbrief van {site}.")),
            _f("copyright", FOOTER, 0.8,
               (_OLD, "\u00a9 {year} Noorderdagblad B.V. Alle rechten voorbehouden."),
               ("2019-09-01", "\u00a9 {year} Noorderdagblad B.V. Alle rechten voorbehouden. Op "
                "alle content rust een tekst- en dataminingvoorbehoud.")),
        ),
    )


def lagosclarion_style() -> PublisherStyle:
    """A Nigerian national daily: name-and-city bylines, naira rates, advertorial contacts."""
    return PublisherStyle(
        domain="lagosclarion.com.ng", site="The Lagos Clarion", base_size=780,
        subdomains=(("www.", 70), ("", 30)),
        sections=("news", "politics", "business", "sports", "metro"),
        n_authors=26, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "city": ("Abuja", "Lagos", "Port Harcourt", "Kano", "Ibadan", "Enugu", "Kaduna",
                     "Benin City", "Owerri"),
            "parallel": ("362", "305", "471", "358", "416", "380", "495"),
            "official": ("197", "305.5", "306", "360", "379.5", "361"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{author}, {city}"),
               ("2018-02-01", "By {author}, {city}")),
            _f("date", HEADER, 0.85, (_OLD, "Published {date_long}"),
               ("2018-10-01", "{weekday}, {date_long} | {time12} WAT")),
            _f("naira", HEADER, 0.15,
               (_OLD, "\u20a6/$ {official} (official) \u00b7 \u20a6/$ {parallel} (parallel "
                "market)")),
            _f("related", MIDDLE, 0.45, (_OLD, "RELATED NEWS: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.5, (_OLD, "ADVERT"), count=2),
            _f("social", FOOTER, 0.35,
               (_OLD, "Follow us on Twitter @LagosClarion and like our Facebook page for breaking "
                "news from across Nigeria."),
               ("2019-08-01", "Get breaking news as it happens: join The Lagos Clarion channel on "
                "WhatsApp and Telegram today.")),
            _f("moderation", FOOTER, 0.25,
               (_OLD, "Comments are moderated. Abusive, tribal or religious insults will be "
                "deleted, and repeat offenders banned.")),
            _f("advertorial", FOOTER, 0.2,
               (_OLD, "For adverts, advertorials and press releases, call 0803 555 0142 or email "
                "ads@lagosclarion.com.ng")),
            _f("copyright", FOOTER, 0.8,
               (_OLD, "All rights reserved. No part of this story may be reproduced, rewritten or "
                "redistributed without the written permission of The Lagos Clarion Newspapers "
                "Ltd. \u00a9 {year}")),
        ),
    )


def aigaio_style() -> PublisherStyle:
    """A Greek news portal: capital kickers, numeric dates, "Διαβάστε επίσης", tag lists."""
    return PublisherStyle(
        domain="aigaiosimera.gr", site="Αιγαίο Σήμερα", base_size=660,
        subdomains=(("www.", 100),),
        sections=("ellada", "politiki", "oikonomia", "athlitismos", "kosmos"),
        n_authors=16, url_path="/{section}/{n}/{slug}/",
        pools={
            "kicker": ("ΕΛΛΑΔΑ", "ΠΟΛΙΤΙΚΗ", "ΟΙΚΟΝΟΜΙΑ", "ΑΘΛΗΤΙΣΜΟΣ", "ΚΟΣΜΟΣ",
                       "ΝΗΣΙΑ"),
            "photo": ("Eurokinissi", "ΑΠΕ-ΜΠΕ", "Intime News", "Αρχείο", "Shutterstock"),
            "tags": ("Κυβέρνηση", "Τουρισμός", "Σεισμός", "Ρόδος", "Κρήτη", "Ακρίβεια",
                     "Μεταναστευτικό", "Λιμάνια"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("date", HEADER, 0.9, (_OLD, _GR_DATE + " \u2022 {time}"),
               ("2017-05-01", "Ενημερώθηκε: " + _GR_DATE + ", {time}")),
            _f("author", HEADER, 0.6, (_OLD, "Συντάκτης: {author}")),
            _f("ad", MIDDLE, 0.5, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("read-also", MIDDLE, 0.4, (_OLD, "Διαβάστε επίσης: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Φωτογραφία: {photo}")),
            _f("tags", FOOTER, 0.5, (_OLD, "Ετικέτες: {tags_list}")),
            _f("google-news", FOOTER, 0.35,
               (_OLD, "Ακολουθήστε το {site} στο Facebook και στο Twitter για τις ειδήσεις της "
                "ημέρας από το Αιγαίο και όλη την Ελλάδα."),
               ("2019-02-01", "\U0001f4f0 Προσθέστε το {site} στις πηγές σας στο Google News για "
                "να μη χάνετε καμία είδηση.")),
            _f("copyright", FOOTER, 0.75,
               (_OLD, "\u00a9 {year} Αιγαίο Σήμερα. Απαγορεύεται η αναδημοσίευση ή αναπαραγωγή του "
                "περιεχομένου χωρίς γραπτή άδεια του εκδότη.")),
        ),
    )


def creekline_style() -> PublisherStyle:
    """A Gulf business site in English with Arabic lines: city datelines, index strip,
    currency notes, an Arabic-edition link."""
    return PublisherStyle(
        domain="creekline.ae", site="Creekline Business", base_size=600,
        subdomains=(("www.", 85), ("", 15)),
        sections=("markets", "banking", "energy", "real-estate", "aviation"),
        n_authors=14, url_path="/{section}/{slug}-{n}",
        pools={
            "city": ("Dubai, UAE", "Abu Dhabi, UAE", "Riyadh, Saudi Arabia", "Doha, Qatar",
                     "Muscat, Oman", "Manama, Bahrain", "Kuwait City, Kuwait"),
            "beat": ("Senior Business Reporter", "Banking Correspondent", "Energy Editor",
                     "Real Estate Reporter", "Aviation Correspondent", "Markets Editor"),
            "dfm": ("3,412.55", "2,618.04", "3,901.77", "2,764.30", "3,130.62"),
            "dfm_move": ("\u25b20.42%", "\u25bc1.08%", "\u25b20.15%", "\u25bc0.37%"),
            "adx": ("4,421.18", "5,012.36", "4,687.90", "5,339.41"),
            "adx_move": ("\u25bc0.21%", "\u25b20.66%", "\u25bc0.09%", "\u25b21.31%"),
            "tasi": ("7,112.40", "8,046.93", "6,889.25", "7,590.18"),
            "oil": ("51.16", "64.90", "71.33", "44.02", "58.87"),
            "fx": ("($1 = 3.6725 UAE dirhams)", "($1 = 3.75 Saudi riyals)",
                   "($1 = 3.64 Qatari riyals)", "($1 = 0.3845 Omani rials)",
                   "($1 = 0.376 Bahraini dinars)"),
        },
        families=(
            _f("dateline", HEADER, 0.45, (_OLD, "{city}")),
            _f("byline", HEADER, 0.85, (_OLD, "{author}, {author_beat}")),
            _f("date", HEADER, 0.85, (_OLD, "Published: " + _WD3 + " {date_dmy}, {time12}"),
               ("2018-06-01", "Last updated: " + _WD3 + " " + _DD + " " + _MON3
                + " {year}, {time} GST")),
            _f("markets", HEADER, 0.25,
               (_OLD, "DFM {dfm} {dfm_move} | ADX {adx} {adx_move} | TASI {tasi} | Brent "
                "${oil}")),
            _f("continues", MIDDLE, 0.4, (_OLD, "Story continues below"), count=2),
            _f("read-more", MIDDLE, 0.35,
               (_OLD, "Read more | اقرأ المزيد: {other_title}")),
            _f("fx", FOOTER, 0.2, (_OLD, "{fx}")),
            _f("arabic", FOOTER, 0.3,
               (_OLD, "اقرأ هذا الخبر باللغة العربية | Read this story in Arabic")),
            _f("briefing", FOOTER, 0.3,
               (_OLD, "Sign up for Creekline Morning: Gulf markets, banking and property news "
                "before the opening bell, every Sunday to Thursday."),
               ("2019-03-01", "\U0001f4e9 Creekline Morning lands at 7am Gulf time, Sunday to "
                "Thursday. Subscribe free for the region's business headlines.")),
            _f("copyright", FOOTER, 0.8,
               (_OLD, "\u00a9 {year} Creekline Media FZ-LLC, Dubai Media City. All rights "
                "reserved.")),
        ),
    )


def yarrabend_style() -> PublisherStyle:
    """An Australian regional paper: AEST stamps, picture credits, helplines, an
    acknowledgement of Country."""
    return PublisherStyle(
        domain="yarrabendstandard.com.au", site="The Yarrabend Standard", base_size=540,
        subdomains=(("www.", 100),),
        sections=("news", "local-news", "sport", "rural", "community"),
        n_authors=9, url_path="/story/{n}/{slug}/",
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "By {author}")),
            _f("updated", HEADER, 0.85, (_OLD, "Updated {date_long}, {time12} AEST"),
               ("2018-07-01", "{date_dmy} - {time12}")),
            _f("advertisement", MIDDLE, 0.55, (_OLD, "Advertisement"), count=3),
            _f("picture", MIDDLE, 0.35, (_OLD, "Picture by {author2}"), count=2),
            _f("more-local", MIDDLE, 0.3, (_OLD, "More local news: {other_title}")),
            _f("lifeline", FOOTER, 0.12,
               (_OLD, "If this story has raised concerns for you, help is available 24 hours a "
                "day. Lifeline: 13 11 14. Beyond Blue: 1300 22 4636.")),
            _f("subscribe", FOOTER, 0.3,
               (_OLD, "Local journalism costs money to produce. Subscribe to {site} from $1 a "
                "week for your first 12 weeks."),
               ("2019-07-01", "Unlimited digital access to {site}, plus the digital print edition "
                "and puzzles, for $2 a week.")),
            _f("country", FOOTER, 0.4,
               (_OLD, "{site} acknowledges the Wiradjuri people, Traditional Custodians of the "
                "land on which we report, and pays respect to their Elders past and present.")),
            _f("copyright", FOOTER, 0.75,
               (_OLD, "\u00a9 {year} Yarrabend Standard Pty Ltd \u00b7 Conditions of use \u00b7 "
                "Privacy \u00b7 Standards of practice")),
        ),
    )


def halyard_style() -> PublisherStyle:
    """A news agency's picture desk: gallery counts, photographer credits, image references,
    usage restrictions and licensing contact."""
    return PublisherStyle(
        domain="halyardpress.com", site="Halyard Pictures", base_size=480,
        subdomains=(("pictures.", 90), ("www.", 10)),
        sections=("news", "sport", "world", "entertainment", "features"),
        n_authors=14, url_path="/gallery/{n}/{slug}",
        pools={
            "pics": ("12", "18", "24", "9", "31", "40", "15"),
            "credit": ("Halyard", "Halyard/Pool", "Halyard/Stringer", "Handout via Halyard"),
        },
        families=(
            _f("gallery", HEADER, 0.5, (_OLD, "Gallery \u00b7 {pics} photos")),
            _f("photographer", HEADER, 0.75, (_OLD, "Photographs by {author}"),
               ("2017-09-01", "{author}, staff photographer")),
            _f("filed", HEADER, 0.85, (_OLD, "Taken {date_dmy} \u00b7 Filed {time} UTC"),
               ("2018-11-01", "Filed {date_iso} {time} UTC")),
            _f("credit", MIDDLE, 0.45, (_OLD, "(Photo: {author2}/{credit})"), count=3),
            _f("ref", MIDDLE, 0.25, (_OLD, "Image ref: HLY-{year}-{n}")),
            _f("swipe", FOOTER, 0.35,
               (_OLD, "Swipe or use the arrow keys to browse the gallery \u2192")),
            _f("restrictions", FOOTER, 0.45,
               (_OLD, "EDITORIAL USE ONLY. No commercial use, no merchandising, no archiving."),
               ("2019-01-01", "Editorial use only. Not to be used in advertising, marketing or "
                "promotional material without written clearance.")),
            _f("licensing", FOOTER, 0.4,
               (_OLD, "To license these images, contact the picture desk: "
                "pictures@halyardpress.com \u00b7 +44 20 7946 0318")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "\u00a9 {year} Halyard Press Agency Ltd. All images are protected by "
                "copyright.")),
        ),
    )


def chainline_style() -> PublisherStyle:
    """A cycling magazine: words-and-photos credits, buy lines, a specification box, print
    subscription."""
    return PublisherStyle(
        domain="chainlinecycling.com", site="Chainline", base_size=430,
        subdomains=(("www.", 100),),
        sections=("road", "gravel", "mtb", "tech", "racing"),
        n_authors=10, url_path="/{section}/{slug}/",
        pools={
            "price": ("49.99", "89.99", "129", "34.99", "229", "64.50"),
            "shop": ("Spokeshed", "Crankworks Direct", "Velo Depot", "Amazon"),
            "frame": ("Carbon fibre, disc only", "6061 aluminium", "Titanium, 3Al/2.5V",
                      "Steel, double butted", "Carbon, 12mm thru-axles"),
            "group": ("Shimano 105", "Shimano Ultegra Di2", "SRAM Rival eTap AXS", "SRAM Apex 1",
                      "Campagnolo Chorus 12-speed"),
            "bikeprice": ("1,999", "2,649", "3,200", "1,349", "4,499", "5,750"),
            "gift": ("saddle pack", "pair of bib shorts", "multi-tool", "set of bottle cages"),
        },
        families=(
            _f("credits", HEADER, 0.7, (_OLD, "Words: {author} \u00b7 Photos: {author2}"),
               ("2018-01-01", "Words {author} | Pictures {author2}")),
            _f("date", HEADER, 0.8, (_OLD, "{date_dmy} \u00b7 {read_min} min read")),
            _f("affiliate", HEADER, 0.35,
               (_OLD, "Chainline is reader-supported: if you buy through a link on this page we "
                "may earn a small fee from the retailer. It never changes our verdicts.")),
            _f("buy", MIDDLE, 0.3, (_OLD, "Buy now: \u00a3{price} at {shop}"), count=2),
            _f("spec-head", FOOTER, 0.3, (_OLD, "Specification")),
            _f("spec-frame", FOOTER, 0.29, (_OLD, "Frame: {frame}")),
            _f("spec-group", FOOTER, 0.28, (_OLD, "Groupset: {group}")),
            _f("spec-price", FOOTER, 0.26, (_OLD, "Price: \u00a3{bikeprice}")),
            _f("subscribe", FOOTER, 0.35,
               (_OLD, "Subscribe to the print magazine: 13 issues for \u00a339 and a free {gift}."),
               ("2019-04-01", "Chainline+ members get every issue, the full bike-test archive and "
                "members-only rides. Join from \u00a33.99 a month.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "\u00a9 {year} Chainline Publishing Ltd. Chainline is a registered trade "
                "mark.")),
        ),
    )


def lindale_style() -> PublisherStyle:
    """An asset manager's market commentary: audience notice, manager and role, chart sources,
    risk warning, issuer line, PDF download of the piece."""
    return PublisherStyle(
        domain="lindaleam.com", site="Lindale Asset Management", base_size=380,
        subdomains=(("www.", 70), ("insights.", 30)),
        sections=("markets", "fixed-income", "equities", "multi-asset", "economics"),
        n_authors=8, url_path="/insights/{yyyy}/{mm}/{slug}",
        pools={
            "beat": ("Chief Investment Officer", "Head of Multi-Asset", "Fixed Income Portfolio "
                     "Manager", "Senior Economist", "Equity Strategist", "Head of Research"),
            "src": ("Bloomberg", "Refinitiv Datastream", "FactSet", "MSCI", "ONS"),
            "kb": ("212", "348", "405", "530", "287"),
        },
        families=(
            _f("series", HEADER, 0.65, (_OLD, "Market commentary | {month} {year}")),
            _f("audience", HEADER, 0.6,
               (_OLD, "For professional investors only. Not for distribution to retail "
                "clients."),
               ("2018-01-03", "Marketing communication. For professional clients and qualified "
                "investors only. Capital at risk.")),
            _f("manager", HEADER, 0.85, (_OLD, "{author}, {author_beat}")),
            _f("date", HEADER, 0.7, (_OLD, "{date_dmy} \u2022 {read_min} minute read")),
            _f("source", MIDDLE, 0.4, (_OLD, "Source: {src}, Lindale AM, data as at {date_dmy}."),
               count=2),
            _f("download", FOOTER, 0.3, (_OLD, "Download \u201c{title}\u201d (PDF, {kb} KB)")),
            _f("views", FOOTER, 0.7,
               (_OLD, "The views expressed are the author's at the date of publication and may "
                "change. They are not investment research or a recommendation to buy or sell any "
                "security.")),
            _f("risk", FOOTER, 0.75,
               (_OLD, "Past performance is not a guide to future returns. The value of an "
                "investment and any income from it can go down as well as up, and investors may "
                "not get back the amount originally invested."),
               ("2018-01-03", "Past performance does not predict future returns. Investments can "
                "fall as well as rise in value; you may get back less than you invest. Changes "
                "in exchange rates may also affect returns.")),
            _f("issuer", FOOTER, 0.65,
               (_OLD, "Issued by Lindale Asset Management Ltd, authorised and regulated by the "
                "Financial Conduct Authority. Registered in England and Wales, no. 04417263. "
                "Registered office: 12 Cannon Row, London EC4."),
               ("2020-02-01", "Issued by Lindale Asset Management Ltd (FCA FRN 191884), "
                "registered in England and Wales no. 04417263, 40 Bishop's Quay, London E14.")),
        ),
    )


def cardboard_style() -> PublisherStyle:
    """A board-game review blog: post meta, a game box (designer, publisher, players), review
    copy disclosure, verdict, Patreon and BoardGameGeek lines."""
    return PublisherStyle(
        domain="cardboardcabinet.net", site="The Cardboard Cabinet", base_size=330,
        subdomains=(("", 80), ("www.", 20)),
        sections=("reviews", "previews", "solo", "lists"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "designer": ("Elena Marsh", "Tomasz Wyk", "Priya Raman & Joel Ostrander",
                         "Hideo Kaneshiro", "Bastien Roux", "Maren Holt"),
            "publisher": ("Lanternfish Games", "Copperkettle", "Tidewater Tabletop",
                          "Meeple Forge", "Red Iris Games"),
            "players": ("1\u20134", "2\u20134", "2\u20135", "3\u20136", "2", "1\u20135"),
            "ptime": ("30 min", "45\u201360 min", "60\u201390 min", "20 min", "2\u20133 hours"),
            "age": ("8", "10", "12", "14"),
            "score": ("7", "8", "6", "9", "7.5", "8.5", "5"),
            "stars": ("\u2605\u2605\u2605\u2605\u2606", "\u2605\u2605\u2605\u2606\u2606",
                      "\u2605\u2605\u2605\u2605\u2605", "\u2605\u2605\u2606\u2606\u2606"),
            "cats": ("Reviews", "First Impressions", "Solo Gaming", "Top Tens",
                     "Kickstarter Previews"),
            "tags": ("deck-building", "worker placement", "co-op", "engine building",
                     "2-player", "family", "heavy euro"),
        },
        families=(
            _f("meta", HEADER, 0.8, (_OLD, "Posted by {author} on {date_long}"),
               ("2018-08-01", "{date_long} \u00b7 {author} \u00b7 {read_min} min read")),
            _f("designer", HEADER, 0.55, (_OLD, "Designer: {designer}")),
            _f("publisher", HEADER, 0.53, (_OLD, "Publisher: {publisher}")),
            _f("players", HEADER, 0.5,
               (_OLD, "Players: {players} \u00b7 Playing time: {ptime} \u00b7 Ages {age}+")),
            _f("review-copy", HEADER, 0.3,
               (_OLD, "A review copy of this game was provided by the publisher. As always, "
                "the opinions are my own.")),
            _f("enlarge", MIDDLE, 0.3, (_OLD, "Click to enlarge"), count=3),
            _f("verdict", FOOTER, 0.5, (_OLD, "Verdict: {score}/10"),
               ("2019-01-01", "My rating: {stars}")),
            _f("patreon", FOOTER, 0.3,
               (_OLD, "\U0001f3b2 Enjoying the blog? Back it on Patreon for early access to "
                "reviews; every pledge goes toward the next games I cover.")),
            _f("bgg", FOOTER, 0.25,
               (_OLD, "Find me on BoardGameGeek as cabinetkeeper and on Twitter at "
                "{author_handle}.")),
            _f("filed", FOOTER, 0.7, (_OLD, "Posted in {cats_list} | Tagged {tags_list}")),
        ),
    )


def moelwyn_style() -> PublisherStyle:
    """A mountain-rescue team's news page: incident numbers, team and hours lines, the
    emergency-call notice, a donation appeal, the web agency's footer."""
    return PublisherStyle(
        domain="moelwynmrt.org.uk", site="Moelwyn Mountain Rescue Team", base_size=290,
        subdomains=(("www.", 100),),
        sections=("callouts", "news", "training", "fundraising"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={
            "inc": ("7", "12", "19", "23", "31", "38", "44", "52", "61", "67", "73", "88"),
            "members": ("6", "9", "12", "14", "17", "21", "25"),
            "hours": ("1.5", "2", "3", "4.5", "6", "8", "11"),
            "agencies": ("Coastguard helicopter", "Welsh Ambulance Service",
                         "North Wales Police", "search dogs", "a neighbouring team"),
            "cats": ("Callouts", "News", "Training", "Fundraising"),
        },
        families=(
            _f("incident", HEADER, 0.5, (_OLD, "Incident {inc} \u2013 {weekday} {date_dmy}")),
            _f("posted", HEADER, 0.6, (_OLD, "Posted {date_dmy} by {author} in {cats}")),
            _f("team", HEADER, 0.45, (_OLD, "Team members: {members}")),
            _f("hours", HEADER, 0.43, (_OLD, "Hours: {hours}")),
            _f("agencies", HEADER, 0.25, (_OLD, "Also involved: {agencies_list}")),
            _f("emergency", FOOTER, 0.6,
               (_OLD, "\u26f0\ufe0f In an emergency in the hills, dial 999 or 112, ask for the "
                "Police, then Mountain Rescue."),
               ("2018-04-01", "\u26f0\ufe0f In an emergency in the hills, dial 999 or 112 and ask "
                "for the Police, then Mountain Rescue. No signal to talk? Register your phone for "
                "emergency SMS by texting \u2018register\u2019 to 999.")),
            _f("donate", FOOTER, 0.45,
               (_OLD, "Every member of the team is an unpaid volunteer, on call day and night. "
                "It costs about \u00a340,000 a year to keep us running: please donate if you "
                "can.")),
            _f("charity", FOOTER, 0.6,
               (_OLD, "Moelwyn Mountain Rescue Team is a registered charity, no. 1103321, and a "
                "member of Mountain Rescue England and Wales.")),
            _f("cookies", FOOTER, 0.7, *_HILLFOLD_COOKIES),
            _f("web-credit", FOOTER, 0.65, _HILLFOLD_CREDIT),
        ),
    )


def calderbank_style() -> PublisherStyle:
    """A legal-aid charity (a law centre): review dates, jurisdiction line, advice-line insert,
    not-legal-advice notice, donation ask, the web agency's footer."""
    return PublisherStyle(
        domain="calderbanklaw.org.uk", site="Calderbank Law Centre", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "housing", "employment", "benefits", "immigration"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "kind": ("News", "Housing", "Employment", "Benefits", "Immigration",
                     "Case study", "Campaigns"),
        },
        families=(
            _f("kind", HEADER, 0.5, (_OLD, "{kind}")),
            _f("reviewed", HEADER, 0.55, (_OLD, "Last reviewed: {date_dmy}"),
               ("2019-03-01", "Checked by our advice team on {date_dmy}")),
            _f("jurisdiction", HEADER, 0.35,
               (_OLD, "This information applies to England and Wales only.")),
            _f("helpline", MIDDLE, 0.35,
               (_OLD, "Need advice now? Call our free advice line on 0808 555 0176, Monday to "
                "Friday, 10am to 4pm.")),
            _f("names", FOOTER, 0.15,
               (_OLD, "Names and some details have been changed to protect our clients' "
                "privacy.")),
            _f("not-advice", FOOTER, 0.6,
               (_OLD, "This page gives general information, not legal advice. The law changes "
                "and every case is different, so please speak to an adviser about your own "
                "situation.")),
            _f("donate", FOOTER, 0.4,
               (_OLD, "\u00a310 could pay for a tenant's first appointment with one of our "
                "housing solicitors. Please donate today."),
               ("2018-10-01", "Could you give \u00a35 a month? Regular gifts keep our advice line "
                "open when legal aid won't cover a case.")),
            _f("charity", FOOTER, 0.7,
               (_OLD, "Calderbank Law Centre is a registered charity (no. 1092217) and a company "
                "limited by guarantee (no. 04318822). Authorised and regulated by the Solicitors "
                "Regulation Authority.")),
            _f("cookies", FOOTER, 0.7, *_HILLFOLD_COOKIES),
            _f("web-credit", FOOTER, 0.65, _HILLFOLD_CREDIT),
        ),
    )


def fusiliers_style() -> PublisherStyle:
    """A regimental veterans' association newsletter: issue line, branch name, officer
    sign-offs, welfare line, subscriptions, the web agency's footer."""
    return PublisherStyle(
        domain="thirdfusiliers.org.uk", site="Third Fusiliers Association", base_size=210,
        subdomains=(("www.", 100),),
        sections=("newsletter", "branches", "last-post", "reunions"),
        n_authors=8, url_path="/newsletter/{yyyy}/{slug}",
        pools={
            "issue": ("84", "91", "97", "103", "110", "118"),
            "branch": ("Preston", "Bolton", "Wigan", "Blackburn", "Carlisle", "Lancaster"),
            "beat": ("Branch Secretary", "Chairman", "Welfare Officer", "Newsletter Editor",
                     "Standard Bearer", "Treasurer"),
        },
        families=(
            _f("issue", HEADER, 0.6,
               (_OLD, "Newsletter \u2013 Issue {issue} \u2013 {month} {year}")),
            _f("branch", HEADER, 0.45, (_OLD, "{branch} Branch")),
            _f("signoff", FOOTER, 0.6, (_OLD, "{author}, {author_beat}")),
            _f("remember", FOOTER, 0.15, (_OLD, "We will remember them.")),
            _f("welfare", FOOTER, 0.3,
               (_OLD, "Any former Fusilier in difficulty, or their family, can contact our "
                "Welfare Officer in confidence on 0800 555 0139.")),
            _f("subs", FOOTER, 0.3,
               (_OLD, "Annual subscriptions (\u00a315, or \u00a35 for widows) are due on 1 April. "
                "Standing order forms are available from the Membership Secretary."),
               ("2019-06-01", "Subscriptions can now be paid online at {domain}/join, or by "
                "standing order. Still \u00a315 a year, \u00a35 for widows.")),
            _f("copy-deadline", FOOTER, 0.35,
               (_OLD, "Items for the next newsletter to the Editor by the 15th of the month, "
                "please: newsletter@thirdfusiliers.org.uk")),
            _f("charity", FOOTER, 0.6,
               (_OLD, "Third Fusiliers Association, registered charity no. 1048812.")),
            _f("cookies", FOOTER, 0.7, *_HILLFOLD_COOKIES),
            _f("web-credit", FOOTER, 0.65, _HILLFOLD_CREDIT),
        ),
    )


def heldout6_styles() -> list[PublisherStyle]:
    """The held-back-6 styles, in the order the generator hands them to publishers."""
    return [
        noorderdagblad_style(), lagosclarion_style(), aigaio_style(), creekline_style(),
        yarrabend_style(), halyard_style(), chainline_style(), lindale_style(),
        cardboard_style(), moelwyn_style(), calderbank_style(), fusiliers_style(),
    ]
