"""The eleventh held-back template set (``held-back-11``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the misses of the
tenth held-back set (`tests.bench.heldout_templates_10`) had been studied while improving
detection. It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``config``), before any benchmark run on it, and without
shaping any line to pass or to fail a detector: the families are what real sites of these
kinds print, from general knowledge of them. All wording is original; none is copied from
the data, from the tuning styles or from the first ten held-back sets.

**Do not tune on this set.** Once its misses have been studied to change the detector, it is
no longer an unseen test: write a new set instead, and say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Danish regional daily, a Croatian
daily, a Thai English-language paper, a Maltese English-language daily, a Ghanaian business
news site, a motorsport news site, a US national park's news releases, a Welsh bilingual
community news site, a law school's faculty blog, a crossword blog, a craft brewery's blog
and a county wildlife trust's news pages. None of these kinds is in the earlier held-back
sets.

Variation: dates in several formats and languages (Danish ``21.06.2017 kl. 14.32`` from
``date_de`` with the dot time built from ``time`` by indexing; Croatian ``21.06.2017. u
14:32`` from ``date_de``; Welsh-English ``21/06/2017`` built from ``date_iso`` by indexing,
since the generator has no such slots; Thai-English and Maltese day-month-year forms; English
long, short, weekday and 12-hour forms; UTC times), notices reworded in 2016-2020 (a Danish
GDPR-era imprint and a digital subscription offer, Croatian comments moved to Facebook and a
2020 stay-at-home line, a Thai LINE account and a PDPA privacy line, a Maltese comments
policy and a print offer turned a support appeal, a Ghanaian WhatsApp channel, a motorsport
podcast and a provisional 2020 calendar, a park's centennial footer, vehicle fee rises, the
2018-19 shutdown and the 2020 closure and reopening, a Welsh funder renamed in 2019, a law
blog's disclaimer and workshops moved to Zoom, a crossword newsletter and tip jar, a brewery
taproom closed and reopened in 2020, a wildlife trust's membership price, appeal and reserve
access), names at the start of lines (Croatian, Maltese and Ghanaian bylines, a motorsport
writer line, a law professor's bio and posted line, a crossword blogger's sign-off), the
article's own title (a law citation line and a crossword comment count) and other articles'
titles (Danish, Croatian, Thai, Maltese, Ghanaian, motorsport and Welsh "see also" inserts),
amounts (kroner, kuna, baht, euro and cedi prices and rates, the SET and GSE indices, gold,
cocoa and Brent prices, park fees, ABV and IBU, membership fees), handles, phone numbers, an
SSRN link with an id, multi-line blocks (a Ghanaian market box, a next-race box, a park press
contact, a puzzle header, a beer box, a nature-reserve box), mid-body inserts (some up to two
or three times), bare lines (Danish, Croatian, English and Ghanaian ad labels, "/ritzau/",
"(Hina)", a wire credit, "-NPS-", section and series kickers, a bilingual language switch,
"Cheers!"), Danish, Croatian, Thai, Maltese and Welsh words, symbols and emoji where such
sites use them, and families in only 10-30% of articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21")
# and the 24-hour time ("14:32").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_UK_DATE = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017
_DK_TIME = "{time[0]}{time[1]}.{time[3]}{time[4]}"  # 14.32
_HR_DATE = "{date_de}. u {time}"  # 21.06.2017. u 14:32


def skive_style() -> PublisherStyle:
    """A Danish regional daily: a section kicker, "Af" bylines, "kl." times with a dot,
    "Annonce", photo and "Læs også" inserts, "/ritzau/", a print offer turned digital and an
    imprint reworded for the GDPR."""
    return PublisherStyle(
        domain="skivebugten.dk", site="Skivebugtens Dagblad", base_size=900,
        subdomains=(("www.", 85), ("", 15)),
        sections=("lokalt", "skive", "sport", "erhverv", "kultur", "debat", "112"),
        n_authors=18, url_path="/{section}/{slug}/ECE{n}/",
        pools={
            "sektion": ("Lokalt", "Skive", "Sport", "Erhverv", "Kultur", "Debat", "112",
                        "Salling"),
            "foto": ("Lars Kjærgaard", "Mette Bisgaard", "Privatfoto", "Arkivfoto",
                     "Ritzau Scanpix", "Søren Højgaard Nielsen", "Skivebugtens Dagblad"),
        },
        families=(
            _f("sektion", HEADER, 0.3, (_OLD, "{sektion}")),
            _f("byline", HEADER, 0.85, (_OLD, "Af {author}"),
               ("2018-09-01", "Af {author}, journalist")),
            _f("dato", HEADER, 0.9, (_OLD, "{date_de} kl. " + _DK_TIME),
               ("2017-10-01", "Publiceret {date_de} kl. " + _DK_TIME)),
            _f("annonce", MIDDLE, 0.6, (_OLD, "Annonce"), count=3),
            _f("foto", MIDDLE, 0.4, (_OLD, "Foto: {foto}"), count=2),
            _f("laes-ogsaa", MIDDLE, 0.45, (_OLD, "Læs også: {other_title}"), count=2),
            _f("ritzau", FOOTER, 0.2, (_OLD, "/ritzau/")),
            _f("abonnement", FOOTER, 0.3,
               (_OLD, "Bliv abonnent og få Skivebugtens Dagblad leveret hver morgen fra 279 "
                "kr. om måneden."),
               ("2018-03-01", "Prøv Skivebugtens Dagblad Digital: første måned for 1 kr., "
                "derefter 149 kr. pr. måned. Ingen binding.")),
            _f("kolofon", FOOTER, 0.75,
               (_OLD, "© Skivebugtens Dagblad {year} · Ansv. chefredaktør: Jens Holm "
                "Kirkegaard · Alt materiale er omfattet af lov om ophavsret"),
               ("2018-05-25", "Skivebugtens Dagblad · Adelgade 12, 7800 Skive · Ansv. "
                "chefredaktør: Jens Holm Kirkegaard · Cookies og privatlivspolitik")),
        ),
    )


def jadran_style() -> PublisherStyle:
    """A Croatian daily: a rubric, a kuna rate strip, an author line with the paper's name,
    dates with a trailing dot and "u", "Oglas" and "Pročitajte još" inserts, "(Hina)",
    a comments notice moved to Facebook, a follow line turned stay-at-home, an imprint."""
    return PublisherStyle(
        domain="jadranskivjesnik.hr", site="Jadranski Vjesnik", base_size=780,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("vijesti", "split", "dalmacija", "sport", "biznis", "kultura"),
        n_authors=15, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrika": ("Vijesti", "Split", "Dalmacija", "Sport", "Biznis", "Kultura",
                        "Crna kronika", "Hrvatska"),
            "eur": ("7,41", "7,43", "7,46", "7,52", "7,56", "7,63"),
            "usd": ("6,27", "6,52", "6,84", "7,02", "6,61", "6,19"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("tecaj", HEADER, 0.1, (_OLD, "Tečaj HNB: EUR {eur} kn · USD {usd} kn")),
            _f("autor", HEADER, 0.8, (_OLD, "Autor: {author}"),
               ("2018-06-01", "{author} / Jadranski Vjesnik")),
            _f("objavljeno", HEADER, 0.9, (_OLD, "Objavljeno: " + _HR_DATE),
               ("2017-05-01", "Objavljeno " + _HR_DATE + " · Zadnja izmjena " + _HR_DATE)),
            _f("oglas", MIDDLE, 0.55, (_OLD, "Oglas"), count=3),
            _f("procitajte", MIDDLE, 0.4, (_OLD, "Pročitajte još: {other_title}"), count=2),
            _f("hina", FOOTER, 0.2, (_OLD, "(Hina)")),
            _f("komentari", FOOTER, 0.5,
               (_OLD, "Komentari su odgovornost njihovih autora. Uredništvo zadržava pravo "
                "brisanja komentara koji vrijeđaju, šire mržnju ili nisu vezani uz temu."),
               ("2017-09-01", "Komentirati možete putem Facebook profila. Neprimjereni "
                "komentari bit će uklonjeni bez upozorenja.")),
            _f("pratite", FOOTER, 0.15,
               (_OLD, "Pratite nas na Facebooku i Instagramu: @jadranskivjesnik"),
               ("2020-03-19", "Ostanite doma! Sve vijesti o koronavirusu pratite na "
                "jadranskivjesnik.hr/koronavirus")),
            _f("impressum", FOOTER, 0.7,
               (_OLD, "© {year} Jadranski Vjesnik d.o.o. Sva prava pridržana. Zabranjeno je "
                "preuzimanje sadržaja bez pisanog dopuštenja izdavača.")),
        ),
    )


def chaophraya_style() -> PublisherStyle:
    """A Thai English-language paper: a SET and baht strip, a published line, a writer
    line, ad and "Related" inserts, a bare wire credit, related search tags, a Thai-language
    link, a Facebook line turned a LINE account, a PDPA-era footer."""
    return PublisherStyle(
        domain="chaophrayatimes.co.th", site="The Chao Phraya Times", base_size=660,
        subdomains=(("www.", 80), ("", 20)),
        sections=("news", "business", "thailand", "world", "sports", "life", "opinion"),
        n_authors=16, url_path="/{section}/{n}/{slug}",
        pools={
            "set_index": ("1,288.02", "1,415.20", "1,575.11", "1,753.71", "1,641.23",
                          "1,579.84", "1,343.09"),
            "set_move": ("▲4.17", "▼2.96", "▲11.58", "▼18.40", "▲0.62", "▼7.33"),
            "thb": ("35.12", "33.87", "32.40", "30.95", "31.22", "32.68"),
            "wire": ("Reuters", "AFP", "AP", "Xinhua", "Bernama", "Kyodo"),
            "tags": ("Bangkok", "baht", "tourism", "flood", "Phuket", "Chiang Mai", "BTS",
                     "election", "Pattaya", "rice"),
        },
        families=(
            _f("markets", HEADER, 0.12, (_OLD, "SET {set_index} {set_move} · USD/THB {thb}")),
            _f("published", HEADER, 0.9, (_OLD, "Published: {date_dmy} at {time}"),
               ("2018-04-01", "PUBLISHED : {date_dmy} at {time} | UPDATED : {date_dmy}")),
            _f("writer", HEADER, 0.65, (_OLD, "Writer: {author}"),
               ("2018-04-01", "WRITER: {author}")),
            _f("advertisement", MIDDLE, 0.55, (_OLD, "Advertisement"), count=3),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("wire", FOOTER, 0.18, (_OLD, "{wire}")),
            _f("search", FOOTER, 0.35, (_OLD, "Related search: {tags_list}")),
            _f("thai", FOOTER, 0.12, (_OLD, "อ่านข่าวนี้เป็นภาษาไทย")),
            _f("social", FOOTER, 0.3,
               (_OLD, "Like The Chao Phraya Times on Facebook for breaking news from Bangkok "
                "and around Thailand."),
               ("2018-06-01", "📲 Add our LINE Official Account @chaophrayatimes and get the "
                "day's top stories every evening.")),
            _f("footer", FOOTER, 0.65,
               (_OLD, "© {year} The Chao Phraya Times Public Company Limited. All rights "
                "reserved. No part of this site may be reproduced without written permission."),
               ("2019-05-27", "© {year} The Chao Phraya Times PCL · We process personal data "
                "under the Personal Data Protection Act B.E. 2562 · Privacy Notice · Cookie "
                "Settings")),
        ),
    )


def grandharbour_style() -> PublisherStyle:
    """A Maltese English-language daily: a weekday dateline with reading time, a byline that
    gains the reporter's beat, an in-article ad line, photo and "Read also" inserts, a
    Maltese-language link, comments rules reworded, a print offer turned a support appeal,
    the publisher's footer."""
    return PublisherStyle(
        domain="grandharbourmail.com.mt", site="The Grand Harbour Mail", base_size=600,
        subdomains=(("www.", 100),),
        sections=("local", "national", "court", "business", "sport", "world", "opinion"),
        n_authors=14, url_path="/articles/view/{yyyy}{mm}{dd}/{section}/{slug}.{n}",
        pools={
            "beat": ("court reporter", "political correspondent", "health reporter",
                     "environment reporter", "business editor", "sports reporter"),
            "photo": ("Kurt Zammit", "Ramona Vella", "DOI/Clint Azzopardi", "Jonathan Bugeja",
                      "Reader's photo", "Facebook"),
        },
        families=(
            _f("dateline", HEADER, 0.9, (_OLD, "{weekday}, {date_dmy}, {time}"),
               ("2019-01-01", "{weekday}, {date_dmy}, {time} · {read_min} min read")),
            _f("byline", HEADER, 0.8, (_OLD, "by {author}"),
               ("2018-04-01", "{author}, {author_beat}")),
            _f("continues", MIDDLE, 0.5, (_OLD, "Article continues after this advertisement"),
               count=2),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo: {photo}"), count=2),
            _f("read-also", MIDDLE, 0.4, (_OLD, "Read also: {other_title}")),
            _f("maltese", FOOTER, 0.12, (_OLD, "Aqra dan l-artiklu bil-Malti")),
            _f("comments", FOOTER, 0.55,
               (_OLD, "Comments that are abusive, defamatory or not related to the article "
                "will be removed. Please keep comments short and to the point."),
               ("2018-05-01", "Comments are moderated and appear under your registered name. "
                "Read our community guidelines before posting.")),
            _f("support", FOOTER, 0.25,
               (_OLD, "Get The Grand Harbour Mail delivered to your door every morning. Call "
                "2133 9000 to subscribe."),
               ("2019-02-01", "Independent journalism costs money. Support The Grand Harbour "
                "Mail from €2 a month.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Grand Harbour Media Ltd, Mriehel, Malta. All rights "
                "reserved.")),
        ),
    )


def osu_style() -> PublisherStyle:
    """A Ghanaian business news site: a byline turned desk line, a dated line with the
    weekday, a GSE and cedi box with commodity prices, "- Advertisement -" and "ALSO READ"
    inserts, a source credit, social links turned a WhatsApp channel, an opinion
    disclaimer, the copyright footer."""
    return PublisherStyle(
        domain="osubusiness.com.gh", site="Osu Business Review", base_size=540,
        subdomains=(("www.", 80), ("", 20)),
        sections=("business", "economy", "banking", "energy", "agribusiness", "opinion"),
        n_authors=10, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "gse": ("1,994.91", "1,689.71", "2,573.14", "2,867.97", "2,251.79", "1,866.04",
                    "2,034.58"),
            "gse_move": ("+0.12%", "-0.37%", "+1.05%", "-0.08%", "+0.44%", "-1.21%"),
            "ghs": ("3.81", "4.19", "4.42", "4.83", "5.36", "5.74"),
            "gold": ("1,183", "1,251", "1,318", "1,282", "1,502", "1,771"),
            "cocoa": ("2,021", "2,356", "1,987", "2,480", "3,105", "2,744"),
            "brent": ("48.72", "55.31", "66.19", "74.40", "61.25", "42.16"),
            "source": ("GNA", "Reuters", "Bloomberg", "Osu Business Review", "Myjoyonline",
                       "Press release"),
        },
        families=(
            _f("byline", HEADER, 0.8, (_OLD, "By {author}"),
               ("2018-03-01", "{author} | Business Desk")),
            _f("date", HEADER, 0.85, (_OLD, "{date_long}"),
               ("2017-06-01", "{weekday}, {date_long} | {time12}")),
            _f("gse", HEADER, 0.15, (_OLD, "GSE-CI {gse} ({gse_move}) · USD/GHS {ghs}")),
            _f("commodities", HEADER, 0.14,
               (_OLD, "Gold ${gold}/oz · Cocoa ${cocoa}/t · Brent ${brent}/bbl")),
            _f("advertisement", MIDDLE, 0.5, (_OLD, "- Advertisement -"), count=2),
            _f("also-read", MIDDLE, 0.45, (_OLD, "ALSO READ: {other_title}"), count=2),
            _f("source", FOOTER, 0.25, (_OLD, "Source: {source}")),
            _f("social", FOOTER, 0.3,
               (_OLD, "Follow us on Twitter @OsuBizReview and like our Facebook page for the "
                "latest business news."),
               ("2019-04-01", "Join our WhatsApp channel for daily market updates: +233 24 555 "
                "0192")),
            _f("disclaimer", FOOTER, 0.2,
               (_OLD, "Disclaimer: The views expressed in this article are those of the "
                "writer and do not necessarily reflect the editorial position of Osu Business "
                "Review.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "Copyright © {year} Osu Business Review. All rights reserved."),
               ("2018-01-01", "© {year} Osu Business Review Ltd · Accra, Ghana · About Us · "
                "Advertise · Contact")),
        ),
    )


def apexkerb_style() -> PublisherStyle:
    """A motorsport news site: a series kicker, a writer line with UTC time, photo credits
    and "MORE:" inserts, a next-race box, a UTC note turned a provisional 2020 calendar, a
    Twitter line turned a podcast plug, an unofficial-site footer."""
    return PublisherStyle(
        domain="apexandkerb.com", site="Apex & Kerb", base_size=480,
        subdomains=(("www.", 75), ("", 25)),
        sections=("f1", "motogp", "indycar", "wec", "formula-e", "rally", "features"),
        n_authors=9, url_path="/{section}/news/{slug}/{n}/",
        pools={
            "series": ("Formula 1", "MotoGP", "IndyCar", "WEC", "Formula E", "WRC", "BTCC",
                       "Formula 2"),
            "credit": ("Apex & Kerb / Daniel Ortega", "Team handout", "Pirelli",
                       "Manufacturer image", "FIA", "Chequered Images"),
            "gp": ("Austrian Grand Prix", "British Grand Prix", "Belgian Grand Prix",
                   "Italian Grand Prix", "Japanese Grand Prix", "Brazilian Grand Prix",
                   "Bahrain Grand Prix"),
            "circuit": ("Red Bull Ring", "Silverstone", "Spa-Francorchamps", "Monza",
                        "Suzuka", "Interlagos", "Sakhir"),
            "sessions": ("FP1 Fri 09:00 · Qualifying Sat 13:00 · Race Sun 13:10 (UTC)",
                         "FP1 Fri 11:00 · Qualifying Sat 14:00 · Race Sun 13:10 (UTC)",
                         "FP1 Fri 03:00 · Qualifying Sat 06:00 · Race Sun 05:10 (UTC)",
                         "FP1 Fri 14:00 · Qualifying Sat 15:00 · Race Sun 15:10 (UTC)"),
        },
        families=(
            _f("series", HEADER, 0.4, (_OLD, "{series}")),
            _f("writer", HEADER, 0.85, (_OLD, "{author} | {date_short}, {time} UTC"),
               ("2018-02-01", "{author} · {date_short} · {read_min} min read")),
            _f("photo", MIDDLE, 0.35, (_OLD, "📷 {credit}"), count=2),
            _f("more", MIDDLE, 0.4, (_OLD, "MORE: {other_title}"), count=2),
            _f("next-head", FOOTER, 0.25, (_OLD, "🏁 Next race")),
            _f("next-event", FOOTER, 0.24, (_OLD, "{gp} · {circuit}")),
            _f("next-sessions", FOOTER, 0.22, (_OLD, "{sessions}")),
            _f("calendar", FOOTER, 0.12,
               (_OLD, "All session times on Apex & Kerb are given in UTC; the race calendar "
                "page converts them to your time zone."),
               ("2020-03-13", "The 2020 calendar is provisional. Races are being postponed or "
                "cancelled because of Covid-19, and we update our schedule page as dates "
                "are confirmed.")),
            _f("follow", FOOTER, 0.25,
               (_OLD, "Follow @ApexAndKerb on Twitter for live updates from every session."),
               ("2018-02-15", "🎧 A new Apex & Kerb Podcast every Monday, on Spotify, Apple "
                "Podcasts and wherever you listen.")),
            _f("footer", FOOTER, 0.6,
               (_OLD, "© {year} Apex & Kerb Media Ltd. Apex & Kerb is an independent "
                "publication, not connected with the FIA, Formula One Management or Dorna. "
                "Series names and logos belong to their owners.")),
        ),
    )


def sableridge_style() -> PublisherStyle:
    """A US national park's news releases: a release date, a press contact block, a park
    alert, a photo credit, "-NPS-", an "about the park" footer with a centennial wording in
    2016, vehicle fees rising, a conditions line turned shutdown and closure notices."""
    return PublisherStyle(
        domain="sableridgepark.gov", site="Sable Ridge National Park", base_size=430,
        subdomains=(("www.", 100),),
        sections=("news", "releases", "planyourvisit", "management"),
        n_authors=4, url_path="/learn/news/{slug}.htm",
        pools={
            "alert": ("Ridge Road is closed between Miners Gap and Eagle Point for snow "
                      "removal.",
                      "Stage 1 fire restrictions are in effect parkwide.",
                      "Cutbank Trail is closed because of bear activity near the trailhead.",
                      "Restrooms at the Prairie Visitor Center are closed for water system "
                      "repairs.",
                      "Expect 30-minute delays on Badlands Loop Road for paving work."),
            "ranger": ("J. Whitfield", "M. Two Crows", "A. Sorensen", "R. Delgado",
                       "K. Hartley"),
        },
        families=(
            _f("release-date", HEADER, 0.85, (_OLD, "Release Date: {date_long}")),
            _f("contact-name", HEADER, 0.6, (_OLD, "Contact: {author}, Public Affairs Officer")),
            _f("contact-phone", HEADER, 0.55,
               (_OLD, "Phone: (555) 013-7720 · Email: sabr_info@sableridgepark.gov")),
            _f("alert", HEADER, 0.15, (_OLD, "⚠ Alert: {alert}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "NPS Photo / {ranger}")),
            _f("end", FOOTER, 0.6, (_OLD, "-NPS-")),
            _f("about", FOOTER, 0.4,
               (_OLD, "Sable Ridge National Park protects 312,000 acres of high prairie, "
                "badlands and ponderosa pine. Learn more at sableridgepark.gov."),
               ("2016-01-01", "Sable Ridge National Park protects 312,000 acres of high "
                "prairie, badlands and ponderosa pine. Join us in 2016 as the National Park "
                "Service marks 100 years of caring for America's parks."),
               ("2017-01-01", "Sable Ridge National Park protects 312,000 acres of high "
                "prairie, badlands and ponderosa pine. Follow us @SableRidgeNPS for road and "
                "trail updates.")),
            _f("fees", FOOTER, 0.2,
               (_OLD, "Park entrance fee: $25 per private vehicle, valid for seven days."),
               ("2016-06-01", "Park entrance fee: $30 per private vehicle, valid for seven "
                "days. Annual passes are sold at all entrance stations."),
               ("2018-06-01", "Park entrance fee: $35 per private vehicle, valid for seven "
                "days. Annual passes are sold at all entrance stations and online.")),
            _f("conditions", FOOTER, 0.15,
               (_OLD, "Weather and road conditions change quickly. Check current conditions "
                "before you travel."),
               ("2018-12-22", "Because of the lapse in federal appropriations, this website is "
                "not being updated and visitor services are not available. Roads remain open "
                "where conditions allow."),
               ("2019-01-26", "Weather and road conditions change quickly. Check current "
                "conditions before you travel."),
               ("2020-03-25", "To follow public health guidance, Sable Ridge National Park is "
                "temporarily closed to all visitors. Updates will be posted here."),
               ("2020-06-01", "Sable Ridge National Park is reopening in phases. Visitor "
                "centers remain closed; roads, trails and campgrounds are open.")),
        ),
    )


def llais_style() -> PublisherStyle:
    """A Welsh bilingual community news site: a bilingual section kicker, a language
    switch, "Gan / By" bylines, "Cyhoeddwyd / Published" dates, photo and "Darllen mwy"
    inserts, a share line, a story call, a funder renamed in 2019, the community interest
    company's footer."""
    return PublisherStyle(
        domain="llaisycwm.cymru", site="Llais y Cwm", base_size=380,
        subdomains=(("", 100),),
        sections=("newyddion", "chwaraeon", "digwyddiadau", "cymuned", "busnes"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "adran": ("Newyddion | News", "Chwaraeon | Sport", "Digwyddiadau | Events",
                      "Cymuned | Community", "Busnes | Business"),
            "llun": ("Llais y Cwm", "Gwenllian Pryce", "Dafydd Rhys", "Cyngor Sir / County "
                     "Council", "Darllenydd / Reader"),
        },
        families=(
            _f("adran", HEADER, 0.35, (_OLD, "{adran}")),
            _f("iaith", HEADER, 0.3, (_OLD, "Cymraeg | English")),
            _f("gan", HEADER, 0.8, (_OLD, "Gan / By {author}")),
            _f("cyhoeddwyd", HEADER, 0.85, (_OLD, "Cyhoeddwyd / Published: " + _UK_DATE),
               ("2018-02-01", "Cyhoeddwyd / Published: " + _UK_DATE + ", {time}")),
            _f("llun", MIDDLE, 0.35, (_OLD, "Llun / Photo: {llun}"), count=2),
            _f("darllen-mwy", MIDDLE, 0.35, (_OLD, "Darllen mwy / Read more: {other_title}")),
            _f("rhannu", FOOTER, 0.4, (_OLD, "Rhannu / Share: Facebook · Twitter · E-bost"),
               ("2017-07-01", "Rhannu / Share: Facebook · Twitter · WhatsApp · E-bost")),
            _f("stori", FOOTER, 0.3,
               (_OLD, "Oes gennych chi stori? Anfonwch hi atom: newyddion@llaisycwm.cymru / "
                "Got a story? Send it to us at the same address.")),
            _f("cyllid", FOOTER, 0.4,
               (_OLD, "Mae Llais y Cwm yn cael ei ariannu'n rhannol gan Gronfa Loteri Fawr / "
                "Llais y Cwm is part-funded by the Big Lottery Fund."),
               ("2019-01-30", "Mae Llais y Cwm yn cael ei ariannu'n rhannol gan Gronfa "
                "Gymunedol y Loteri Genedlaethol / Llais y Cwm is part-funded by The National "
                "Lottery Community Fund.")),
            _f("hawlfraint", FOOTER, 0.65,
               (_OLD, "© {year} Llais y Cwm · Menter gymunedol / A community enterprise · "
                "Cwmni Buddiant Cymunedol rhif / CIC no. 09418227")),
        ),
    )


def ardenne_style() -> PublisherStyle:
    """A law school's faculty blog: a posted line, topic tags, the professor's bio line, a
    suggested citation with the post's own title, an SSRN link with an id, workshops moved
    to Zoom, the views disclaimer reworded, the address."""
    return PublisherStyle(
        domain="ardennelaw.edu", site="Ardenne Law School", base_size=330,
        subdomains=(("www.", 70), ("blogs.", 30)),
        sections=("faculty-blog", "scholarship", "clinics", "news"),
        n_authors=8, url_path="/faculty-blog/{yyyy}/{mm}/{slug}",
        pools={
            "beat": ("the Harriet Cole Professor of Law", "Associate Professor of Law",
                     "Professor of Law and Director of the Environmental Law Clinic",
                     "Assistant Professor of Law", "Visiting Professor of Law",
                     "Professor of Law and Associate Dean for Research"),
            "topics": ("Constitutional Law", "Criminal Justice", "Environmental Law",
                       "Faculty Scholarship", "Supreme Court", "Tax", "Legal Education",
                       "Privacy"),
        },
        families=(
            _f("posted", HEADER, 0.85, (_OLD, "Posted by {author} on {date_long}"),
               ("2019-08-01", "{author} · {date_long}")),
            _f("topics", FOOTER, 0.4, (_OLD, "Filed under: {topics_list}")),
            _f("bio", FOOTER, 0.45,
               (_OLD, "{author} is {author_beat} at Ardenne Law School.")),
            _f("cite", FOOTER, 0.2,
               (_OLD, "Suggested citation: {author}, {title}, Ardenne L. Fac. Blog "
                "({date_short}).")),
            _f("ssrn", FOOTER, 0.15,
               (_OLD, "Read the full paper on SSRN: papers.ssrn.com/sol3/papers.cfm?"
                "abstract_id={n}")),
            _f("workshops", FOOTER, 0.12,
               (_OLD, "Faculty workshops meet Thursdays at 12:15 p.m. in Room 210, Marlowe "
                "Hall. Lunch is provided; all are welcome."),
               ("2020-03-23", "Faculty workshops continue on Zoom on Thursdays at 12:15 p.m. "
                "Email the Associate Dean's office for the link.")),
            _f("views", FOOTER, 0.6,
               (_OLD, "The views expressed on this blog are those of the individual authors "
                "and not of Ardenne University or Ardenne Law School."),
               ("2018-01-01", "Posts reflect the views of their authors only. They are not "
                "legal advice and do not represent Ardenne University or Ardenne Law "
                "School.")),
            _f("address", FOOTER, 0.5,
               (_OLD, "Ardenne Law School · 400 Commons Drive, Ardenne, OH · © {year} "
                "Ardenne University")),
        ),
    )


def griddiaries_style() -> PublisherStyle:
    """A crossword blog: a puzzle header block (constructor, difficulty, solve time), a
    word of the day, a sign-off with the blogger's name, a posted line, a comment count with
    the post's own title, labels, a newsletter, a tip jar."""
    return PublisherStyle(
        domain="thegriddiaries.com", site="The Grid Diaries", base_size=290,
        subdomains=(("", 80), ("www.", 20)),
        sections=("daily", "sunday", "themeless", "meta"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}.html",
        pools={
            "constructor": ("Priya Venkataraman", "Hal Abernethy", "Jo Okonkwo-Reyes",
                            "Matthias Lund", "Corinne Batiste", "Sam Ng and Ruth Feld"),
            "difficulty": ("Easy", "Easy-Medium", "Medium", "Medium-Challenging",
                           "Challenging"),
            "solve": ("3:48", "5:12", "6:58", "9:31", "11:07", "15:44", "22:10"),
            "wotd": ("ETUI (14A: Needle case)", "ALEE (3D: Away from the wind)",
                     "OLIO (22A: Hodgepodge)", "ERNE (41D: Sea eagle)",
                     "ESNE (9D: Anglo-Saxon laborer)", "STOA (50A: Greek portico)"),
            "labels": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "Sunday", "rebus", "themeless", "debut"),
        },
        families=(
            _f("constructor", HEADER, 0.85, (_OLD, "Constructor: {constructor}")),
            _f("difficulty", HEADER, 0.75, (_OLD, "Relative difficulty: {difficulty}")),
            _f("solve", HEADER, 0.4, (_OLD, "Solve time: {solve}")),
            _f("wotd", HEADER, 0.35, (_OLD, "Word of the Day: {wotd}")),
            _f("signoff", FOOTER, 0.5, (_OLD, "{author}, solving in pen since 1998 ✏️")),
            _f("posted", FOOTER, 0.8, (_OLD, "Posted by {author} at {time12}")),
            _f("comments", FOOTER, 0.4, (_OLD, "{count} thoughts on “{title}”")),
            _f("labels", FOOTER, 0.35, (_OLD, "Labels: {labels_list}")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Subscribe to The Grid Diaries by email and never miss a write-up."),
               ("2017-09-01", "Get every day's write-up in your inbox: sign up for The Grid "
                "Diaries newsletter. It's free.")),
            _f("tip-jar", FOOTER, 0.15,
               (_OLD, "Enjoy the blog? Leave something in the tip jar: paypal.me/griddiaries"),
               ("2019-03-01", "Enjoy the blog? Tip jar: paypal.me/griddiaries or Venmo "
                "@griddiaries. Thank you!")),
        ),
    )


def hollowoak_style() -> PublisherStyle:
    """A craft brewery's blog: a posted line, a photo insert, a beer box (name, style with
    ABV and IBU, where to find it), taproom hours closed and reopened in 2020, a food-truck
    line, "Cheers!", a responsible-drinking line, the address."""
    return PublisherStyle(
        domain="hollowoakbrewing.com", site="Hollow Oak Brewing Co.", base_size=250,
        subdomains=(("", 70), ("www.", 30)),
        sections=("blog", "releases", "events", "taproom"),
        n_authors=4, url_path="/blog/{slug}",
        pools={
            "beer": ("Cold Frame Lager", "Lantern Jaw Hazy IPA", "Slow Thaw Porter",
                     "Barn Swallow Saison", "Ridge Runner Pils", "Old Mill Barleywine",
                     "Pocket Change Pale Ale"),
            "beer_style": ("New England IPA · 6.8% ABV · 45 IBU",
                           "Robust Porter · 6.2% ABV · 38 IBU",
                           "Farmhouse Saison · 5.9% ABV · 28 IBU",
                           "Czech-style Pilsner · 4.9% ABV · 35 IBU",
                           "English Barleywine · 11.2% ABV · 70 IBU",
                           "American Pale Ale · 5.4% ABV · 40 IBU"),
            "where": ("On tap in the taproom and in 16 oz four-packs to go",
                      "Taproom draft only, while it lasts",
                      "Bottles at the brewery and select retailers across Vermont",
                      "Crowler fills and 4-packs at the brewery"),
            "truck": ("Smoke Signals BBQ", "Taco Libre", "The Rolling Pierogi",
                      "Green Mountain Wood-Fired Pizza", "Curry in a Hurry"),
            "photographer": ("Lucy Tran", "the brew crew", "Mark Delahunt"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Posted on {date_long} by {author}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "📸 Photo by {photographer}")),
            _f("beer-name", FOOTER, 0.35, (_OLD, "🍺 {beer}")),
            _f("beer-style", FOOTER, 0.33, (_OLD, "{beer_style}")),
            _f("beer-where", FOOTER, 0.3, (_OLD, "{where}")),
            _f("hours", FOOTER, 0.35,
               (_OLD, "Taproom hours: Wed–Thu 3–9 pm, Fri 3–11 pm, Sat noon–11 pm, Sun "
                "noon–6 pm."),
               ("2020-03-17", "Our taproom is closed for on-site drinking. Curbside pickup of "
                "cans and crowlers runs daily noon–6 pm: order online."),
               ("2020-06-12", "The taproom is open again with patio seating only. Please wear "
                "a mask when you're not at your table.")),
            _f("food-truck", FOOTER, 0.2, (_OLD, "Food truck this weekend: {truck}")),
            _f("cheers", FOOTER, 0.3, (_OLD, "Cheers!")),
            _f("responsibly", FOOTER, 0.55,
               (_OLD, "Please enjoy responsibly. You must be 21 or older to drink. Never drink "
                "and drive.")),
            _f("address", FOOTER, 0.45,
               (_OLD, "Hollow Oak Brewing Co. · 218 Mill Street, Ashcombe, VT · © {year}")),
        ),
    )


def northmoor_style() -> PublisherStyle:
    """A county wildlife trust's news pages: a date, a staff blog line with role, species
    photo credits, a nature-reserve box whose access line changed in 2020, a membership
    price rise, an appeal renamed, the charity line."""
    return PublisherStyle(
        domain="northmoorwildlife.org.uk", site="Northmoor Wildlife Trust", base_size=210,
        subdomains=(("www.", 100),),
        sections=("news", "blog", "reserves", "campaigns"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "beat": ("Reserves Officer", "Volunteer Coordinator", "Living Landscapes Manager",
                     "Education Officer", "Marine Conservation Officer", "Chief Executive"),
            "species": ("Hedgehog", "Otter", "Water vole", "Barn owl", "Small pearl-bordered "
                        "fritillary", "Common lizard", "Curlew", "Bee orchid"),
            "photographer": ("Tom Marshall", "Amy Lewis", "Jon Hawkins", "Northmoor Wildlife "
                             "Trust", "Ellie Carr"),
            "reserve": ("Hagg Wood", "Cotterdale Meadows", "Brantham Moss", "Scar End Quarry",
                        "Longdyke Fen"),
            "gridref": ("SD 784 927", "SE 012 876", "NY 903 045", "SD 911 765", "SE 104 932"),
        },
        families=(
            _f("date", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2018-06-01", "{weekday} {date_dmy}")),
            _f("blog-by", HEADER, 0.45, (_OLD, "Blog by {author}, {author_beat}")),
            _f("photo", MIDDLE, 0.4, (_OLD, "{species} © {photographer}"), count=2),
            _f("reserve-head", FOOTER, 0.22, (_OLD, "🌿 Visit the reserve")),
            _f("reserve-name", FOOTER, 0.21, (_OLD, "{reserve} · Grid ref {gridref}")),
            _f("reserve-access", FOOTER, 0.2,
               (_OLD, "Open all year, dawn to dusk. Dogs on short leads, please."),
               ("2020-03-24", "Our reserves are open for local daily exercise only. Car parks, "
                "hides and toilets are closed until further notice.")),
            _f("membership", FOOTER, 0.35,
               (_OLD, "Join Northmoor Wildlife Trust from just £3 a month and help protect "
                "the wildlife on your doorstep."),
               ("2018-04-01", "From £4 a month, your membership helps us care for 42 nature "
                "reserves. Join today.")),
            _f("appeal", FOOTER, 0.2,
               (_OLD, "Please support our Living Landscapes appeal: every £1 you give "
                "restores a square metre of upland meadow."),
               ("2019-07-01", "Help us build a Wilder Northmoor: give to our Nature Recovery "
                "appeal and we can bring back meadows, bogs and hedgerows.")),
            _f("charity", FOOTER, 0.65,
               (_OLD, "Northmoor Wildlife Trust is a registered charity (no. 1094117) and a "
                "company limited by guarantee registered in England (no. 4452290).")),
        ),
    )


def heldout11_styles() -> list[PublisherStyle]:
    """The held-back-11 styles, in the order the generator hands them to publishers."""
    return [
        skive_style(), jadran_style(), chaophraya_style(), grandharbour_style(), osu_style(),
        apexkerb_style(), sableridge_style(), llais_style(), ardenne_style(),
        griddiaries_style(), hollowoak_style(), northmoor_style(),
    ]
