"""The ninth held-back template set (``held-back-9``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the misses of the
eighth held-back set (`tests.bench.heldout_templates_8`) had been studied while improving
detection. It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``config``), before any benchmark run on it, and without
shaping any line to pass or to fail a detector: the families are what real sites of these
kinds print, from general knowledge of them. All wording is original; none is copied from
the data, from the tuning styles or from the first eight held-back sets.

**Do not tune on this set.** Once its misses have been studied to change the detector, it is
no longer an unseen test: write a new set instead, and say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Korean English-language daily, a
Norwegian (Nynorsk) local paper, a Romanian county news portal, a Moroccan French-language
regional site, a Peruvian regional paper, a US public library's blog, a cybersecurity
firm's advisory blog, a city zoo's news page, a university athletics department, an
architecture magazine, a county beekeepers' association and a funeral home's obituary
pages. None of these kinds is in the earlier held-back sets.

Variation: dates in several formats and languages (Korean ``2017.06.21 14:32 KST`` and
Peruvian ``21/06/2017``, built from the ``date_iso`` slot by indexing since the generator
has no such slots; Norwegian ``21.06.2017 kl. 14.32`` and Romanian ``21.06.2017, ora 14:32``
from ``date_de``; Moroccan ``date_fr`` with ``14h32``; Spanish ``date_es``; English long,
short, slash, ISO, day-month-year and weekday forms), notices reworded in 2016-2020 (a
Korean reproduction notice in Hangul, a Norwegian editor and press-code line, a Romanian
GDPR-era footer, a Moroccan legal-deposit line, a Peruvian print subscription turned
digital, a city footer, a library and a zoo closed in March 2020, an incident-response line,
a ticket app, a swarm map, online membership renewal, an online tribute wall), names at the
start of lines (a Norwegian byline, a Peruvian byline, a security researcher's meta line, a
librarian's bio, an athletics media contact, an architecture critic's beat, a funeral
director's sign-off), the article's own title (an obituary heading and a flowers line) and
other articles' titles (Korean, Norwegian, Romanian, Moroccan and Peruvian "see also"
inserts), amounts (KOSPI and won, lei, dirham and sol rates, adoption and membership fees,
subscription prices, CVSS scores), handles, CVE ids and URLs with ids, multi-line blocks (a
library event box, a security advisory summary, a zoo's fast-facts box, an "Up next" game
box, an architecture project-credits box, a beekeepers' meeting box, a funeral service box),
mid-body inserts (some up to two or three times), a two-line city footer shared by the
library and the zoo (both run by one city), bare lines (a Norwegian ad label, a Romanian ad
label, a Peruvian complaints-book link, a Moroccan ad label, an athletics "Story Links"
heading, a zoo's bare date), Korean, Norwegian, Romanian, French, Arabic and Spanish words,
symbols and emoji where such sites use them, and families in only 10-30% of articles beside
ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21")
# and the 24-hour time ("14:32").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_KR_DATE = f"{{year}}.{_MM}.{_DD}"  # 2017.06.21
_PE_DATE = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017
_NO_TIME = "{time[0]}{time[1]}.{time[3]}{time[4]}"  # 14.32
_MA_TIME = "{time[0]}{time[1]}h{time[3]}{time[4]}"  # 14h32

# The footer of the City of Harwick's web portal: the same two lines under every page of the
# city's library blog and its zoo's news pages (renamed variants keep them as they are).
_CITY_PORTAL = (_OLD, "City of Harwick · 400 Main Street, Harwick, OH 44820 · (555) 014-2000")
_CITY_LEGAL = (
    (_OLD, "Copyright © {year} City of Harwick. All rights reserved. Accessibility | Privacy "
     "Policy | Site Map"),
    ("2019-01-01", "© {year} City of Harwick, Ohio · Website Accessibility Statement · Privacy "
     "Policy · Contact the Webmaster"),
)


def namsan_style() -> PublisherStyle:
    """A Korean English-language daily: breadcrumb, KST stamps, a market strip, "▶ Related"
    inserts, wire tags, a Hangul link and reproduction notice."""
    return PublisherStyle(
        domain="namsantimes.co.kr", site="The Namsan Times", base_size=900,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("national", "politics", "business", "north-korea", "culture", "sports"),
        n_authors=20, url_path="/view.php?ud={yyyy}{mm}{dd}{n}",
        pools={
            "desk": ("National", "Politics", "Business", "North Korea", "Culture", "Sports",
                     "Social Affairs", "Industry"),
            "kospi": ("2,026.46", "2,167.51", "2,371.72", "2,453.17", "2,041.04", "2,197.67",
                      "1,958.33"),
            "kospi_move": ("▲0.45%", "▼1.12%", "▲0.08%", "▼0.37%", "▲1.64%", "▼0.21%"),
            "won": ("1,072.30", "1,131.50", "1,167.80", "1,205.40", "1,118.90", "1,093.60"),
            "wire": ("Yonhap", "Newsis", "News1"),
        },
        families=(
            _f("breadcrumb", HEADER, 0.4, (_OLD, "Home > {desk}")),
            _f("markets", HEADER, 0.15,
               (_OLD, "KOSPI {kospi} {kospi_move} | KRW/USD {won}")),
            _f("byline", HEADER, 0.85, (_OLD, "By {author}"),
               ("2018-03-01", "By {author} Staff reporter")),
            _f("date", HEADER, 0.9, (_OLD, "Published : {date_short} - {time}"),
               ("2018-07-01", "Posted : " + _KR_DATE + " {time} KST")),
            _f("related", MIDDLE, 0.35, (_OLD, "▶ Related: {other_title}"), count=2),
            _f("wire", FOOTER, 0.2, (_OLD, "({wire})")),
            _f("korean", FOOTER, 0.25, (_OLD, "한국어 기사 보기")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Get The Namsan Times morning briefing in your inbox, free every "
                "weekday. Sign up at namsantimes.co.kr/newsletter")),
            _f("copyright", FOOTER, 0.85,
               (_OLD, "ⓒ The Namsan Times ({domain}), All Rights Reserved"),
               ("2017-11-01", "Copyright ⓒ The Namsan Times. Reproduction or redistribution "
                "without permission is prohibited. 무단전재 및 재배포 금지")),
        ),
    )


def sunnfjord_style() -> PublisherStyle:
    """A Norwegian local paper in Nynorsk: subscriber marker, dot times with "kl.", ad
    labels, "Les også", a tip line, the editor and press-code line."""
    return PublisherStyle(
        domain="sunnfjordavis.no", site="Sunnfjord Avis", base_size=780,
        subdomains=(("www.", 95), ("", 5)),
        sections=("nyheiter", "sport", "kultur", "meiningar", "naeringsliv"),
        n_authors=14, url_path="/{section}/{slug}/s/{n}",
        pools={
            "fotograf": ("Ingrid Solheim", "Arne Vik", "Sunnfjord Avis", "NTB", "Privat",
                         "Marit Hjelle"),
        },
        families=(
            _f("pluss", HEADER, 0.25, (_OLD, "+ Berre for abonnentar")),
            _f("byline", HEADER, 0.8, (_OLD, "Av {author}"),
               ("2018-01-15", "{author}, journalist")),
            _f("publisert", HEADER, 0.9, (_OLD, "Publisert {date_de} kl. " + _NO_TIME),
               ("2017-05-01", "Publisert: {date_de} {time} · Sist oppdatert: {date_de}")),
            _f("foto", MIDDLE, 0.45, (_OLD, "FOTO: {fotograf}"), count=2),
            _f("annonse", MIDDLE, 0.55, (_OLD, "ANNONSE"), count=3),
            _f("les-ogsa", MIDDLE, 0.4, (_OLD, "→ Les også: {other_title}"), count=2),
            _f("abonnent", FOOTER, 0.15,
               (_OLD, "Denne saka er for abonnentane våre. Bli abonnent i dag – første "
                "månaden kostar berre 1 krone.")),
            _f("tips", FOOTER, 0.3,
               (_OLD, "Har du tips til ei sak? Ring vaktsjefen på 57 82 10 00 eller send SMS "
                "til 2030."),
               ("2019-02-01", "Tips oss! Send bilete, video eller tekst til "
                "tips@sunnfjordavis.no – vi les alt.")),
            _f("redaktor", FOOTER, 0.75,
               (_OLD, "Ansvarleg redaktør: Solveig Hauge · Sunnfjord Avis arbeider etter Ver "
                "varsam-plakaten."),
               ("2019-06-01", "Ansvarleg redaktør og dagleg leiar: Torbjørn Eide · Vi følgjer "
                "reglane i Ver varsam-plakaten og Redaktørplakaten.")),
        ),
    )


def mures_style() -> PublisherStyle:
    """A Romanian county news portal: BNR rates, "Publicat ... ora", "CITEȘTE ȘI", ad
    labels, a moderation notice, a reproduction footer reworded for GDPR."""
    return PublisherStyle(
        domain="muresonline.ro", site="Mureș Online", base_size=660,
        subdomains=(("www.", 80), ("", 20)),
        sections=("actualitate", "politica", "economie", "sport", "cultura", "social"),
        n_authors=11, url_path="/{section}/{slug}-{n}.html",
        pools={
            "eur": ("4,4912", "4,5321", "4,6389", "4,6653", "4,7451", "4,8389"),
            "usd": ("3,8847", "4,0712", "4,2218", "4,3890", "4,1535"),
            "sursa": ("Agerpres", "Mediafax", "Inquam Photos", "Facebook", "arhivă",
                      "Primăria Târgu Mureș"),
        },
        families=(
            _f("curs", HEADER, 0.2, (_OLD, "Curs BNR: EUR {eur} lei · USD {usd} lei")),
            _f("autor", HEADER, 0.75, (_OLD, "Autor: {author}"), ("2018-04-01", "de {author}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_de}, {time}"),
               ("2016-09-01", "Publicat: {date_de}, ora {time}")),
            _f("publicitate", MIDDLE, 0.45, (_OLD, "Publicitate"), count=2),
            _f("citeste", MIDDLE, 0.45, (_OLD, "CITEȘTE ȘI: {other_title}"), count=2),
            _f("sursa", FOOTER, 0.3, (_OLD, "Sursa foto: {sursa}")),
            _f("aplicatie", FOOTER, 0.3,
               (_OLD, "Urmăriți Mureș Online și pe Facebook pentru cele mai noi știri din "
                "județ!"),
               ("2019-03-01", "Descarcă aplicația Mureș Online pentru Android și iOS și "
                "primești alertele importante direct pe telefon.")),
            _f("comentarii", FOOTER, 0.25,
               (_OLD, "Comentariile care conțin injurii, atacuri la persoană sau mesaje "
                "publicitare vor fi șterse. Autorii comentariilor răspund pentru conținutul "
                "acestora.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Mureș Online. Preluarea articolelor este permisă doar cu "
                "citarea sursei și link activ către articolul original."),
               ("2018-05-25", "© 2012-{year} Mureș Online · Toate drepturile rezervate · "
                "Politica de confidențialitate · Politica de cookie-uri")),
        ),
    )


def echoriental_style() -> PublisherStyle:
    """A Moroccan French-language regional site: "Par", French dates with "14h32", dirham
    rates, "Lire aussi", an Arabic-version link, a legal-deposit footer."""
    return PublisherStyle(
        domain="echoriental.ma", site="L'Écho de l'Oriental", base_size=600,
        subdomains=(("www.", 90), ("", 10)),
        sections=("politique", "economie", "societe", "regions", "sport", "culture"),
        n_authors=10, url_path="/{section}/{n}-{slug}.html",
        pools={
            "eur_mad": ("10,72", "10,95", "11,08", "10,81", "10,63"),
            "usd_mad": ("9,41", "9,58", "9,97", "10,12", "9,63"),
            "source": ("MAP", "Rédaction", "Avec agences", "Communiqué"),
        },
        families=(
            _f("change", HEADER, 0.15, (_OLD, "1 € = {eur_mad} DH · 1 $ = {usd_mad} DH")),
            _f("auteur", HEADER, 0.8, (_OLD, "Par {author}")),
            _f("date", HEADER, 0.85, (_OLD, "Le {date_fr} à " + _MA_TIME),
               ("2018-10-01", "Publié le {date_fr} - " + _MA_TIME)),
            _f("lire-aussi", MIDDLE, 0.4, (_OLD, "» Lire aussi : {other_title}"), count=2),
            _f("pub", MIDDLE, 0.35, (_OLD, "Publicité"), count=2),
            _f("source", FOOTER, 0.3, (_OLD, "Source : {source}")),
            _f("arabe", FOOTER, 0.2, (_OLD, "اقرأ المقال باللغة العربية")),
            _f("newsletter", FOOTER, 0.25,
               (_OLD, "Recevez chaque matin l'essentiel de l'actualité de l'Oriental : "
                "inscrivez-vous à notre newsletter."),
               ("2019-09-01", "Suivez L'Écho de l'Oriental sur Instagram et Facebook : "
                "@echoriental")),
            _f("copyright", FOOTER, 0.75,
               (_OLD, "© L'Écho de l'Oriental {year} - Tous droits réservés. Toute "
                "reproduction, même partielle, est interdite sans autorisation écrite."),
               ("2017-03-01", "© {year} L'Écho de l'Oriental · Dépôt légal : 2009/0147 · "
                "Tous droits réservés")),
        ),
    )


def vigia_style() -> PublisherStyle:
    """A Peruvian regional paper: Arequipa dateline, sol exchange rate, "LEE TAMBIÉN", a
    source line, the complaints-book link every Peruvian site carries."""
    return PublisherStyle(
        domain="elvigiadelsur.pe", site="El Vigía del Sur", base_size=540,
        subdomains=(("www.", 90), ("", 10)),
        sections=("locales", "politica", "economia", "deportes", "policial", "cultura"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "cambio": ("compra S/ 3,239 · venta S/ 3,243", "compra S/ 3,312 · venta S/ 3,318",
                       "compra S/ 3,268 · venta S/ 3,271", "compra S/ 3,401 · venta S/ 3,406",
                       "compra S/ 3,352 · venta S/ 3,355"),
            "fuente": ("Andina", "EFE", "RPP", "la Policía Nacional", "la Municipalidad de "
                       "Arequipa"),
            "fotog": ("Giancarlo Huamán", "Rocío Quispe", "Andina", "Difusión", "Archivo"),
        },
        families=(
            _f("cambio", HEADER, 0.15, (_OLD, "Tipo de cambio: {cambio}")),
            _f("fecha", HEADER, 0.85, (_OLD, "Arequipa, {date_es}"),
               ("2018-02-01", "Actualizado el " + _PE_DATE + " a las {time} h")),
            _f("autor", HEADER, 0.7, (_OLD, "Escrito por {author}"),
               ("2018-02-01", "{author} | El Vigía del Sur")),
            _f("lee", MIDDLE, 0.4, (_OLD, "LEE TAMBIÉN | {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "(Foto: {fotog})")),
            _f("fuente", FOOTER, 0.25, (_OLD, "Con información de {fuente}.")),
            _f("suscripcion", FOOTER, 0.2,
               (_OLD, "Suscríbete a la edición impresa: S/ 35 al mes con reparto a domicilio "
                "en Arequipa, Cayma y Yanahuara."),
               ("2019-11-01", "Lee la edición digital completa de El Vigía del Sur desde "
                "S/ 9,90 al mes. ¡Suscríbete aquí!")),
            _f("derechos", FOOTER, 0.7,
               (_OLD, "© {year} El Vigía del Sur S.A.C. Todos los derechos reservados. "
                "Prohibida su reproducción total o parcial sin autorización.")),
            _f("reclamaciones", FOOTER, 0.3, (_OLD, "Libro de Reclamaciones")),
        ),
    )


def harwicklibrary_style() -> PublisherStyle:
    """A US public library's blog: posted-by line, catalogue links, an event box, a closure
    notice, a librarian's bio, the city portal footer."""
    return PublisherStyle(
        domain="harwicklibrary.org", site="Harwick Public Library", base_size=480,
        subdomains=(("www.", 100),),
        sections=("events", "books", "kids", "teens", "local-history", "news"),
        n_authors=8, url_path="/blog/{slug}",
        pools={
            "branch": ("Main Library", "Eastside Branch", "Oak Hill Branch", "Bookmobile"),
            "topics": ("Book Lists", "Storytime", "Local History", "Summer Reading",
                       "Tech Help", "Author Visits", "Genealogy"),
        },
        families=(
            _f("posted", HEADER, 0.85, (_OLD, "Posted by {author} on {date_long}"),
               ("2018-08-01", "{date_long} | {author}, {branch}")),
            _f("catalog", MIDDLE, 0.3, (_OLD, "Find it in our catalog"), count=3),
            _f("event-when", FOOTER, 0.25, (_OLD, "📅 When: {weekday}, {date_long}, {time12}")),
            _f("event-where", FOOTER, 0.24, (_OLD, "📍 Where: {branch}, Community Room")),
            _f("event-register", FOOTER, 0.22,
               (_OLD, "Free and open to all. Registration is required: call (555) 014-2290 or "
                "sign up on our events calendar.")),
            _f("filed", FOOTER, 0.5, (_OLD, "Filed under: {topics_links}")),
            _f("bio", FOOTER, 0.2,
               (_OLD, "{author} works at the {branch} and runs the Tuesday evening book "
                "club. Stop by the desk and say hello!")),
            _f("closed", FOOTER, 0.12,
               (_OLD, "All library locations will be closed Monday for the holiday. Items "
                "may be returned to any book drop."),
               ("2020-03-16", "All Harwick Public Library locations are closed to the public "
                "until further notice. Our e-books and online resources remain available "
                "24/7 with your library card.")),
            _f("city-portal", FOOTER, 0.6, _CITY_PORTAL),
            _f("city-legal", FOOTER, 0.6, *_CITY_LEGAL),
        ),
    )


def bastion_style() -> PublisherStyle:
    """A cybersecurity firm's advisory blog: a researcher's meta line, TLP marking, an
    advisory summary box, a disclaimer, an incident-response call to action."""
    return PublisherStyle(
        domain="bastionlabs.io", site="Bastion Labs", base_size=430,
        subdomains=(("", 70), ("www.", 30)),
        sections=("advisories", "research", "threat-intel", "news"),
        n_authors=6, url_path="/blog/{slug}",
        pools={
            "cve_id": ("0142", "1042", "11882", "0796", "5736", "3396", "12151", "0708"),
            "cvss": ("9.8 (Critical)", "8.8 (High)", "7.5 (High)", "6.1 (Medium)",
                     "5.3 (Medium)", "10.0 (Critical)"),
            "status": ("Patch available", "Mitigation only, no patch yet",
                       "⚠️ Actively exploited, patch available", "Fixed in latest release"),
            "tags": ("Ransomware", "Vulnerability", "Patch Tuesday", "Phishing",
                     "Supply chain", "IoT", "Cloud"),
        },
        families=(
            _f("meta", HEADER, 0.85, (_OLD, "{author} · {date_iso} · {read_min} min read")),
            _f("tlp", HEADER, 0.2, (_OLD, "TLP:WHITE – this post may be shared without "
                                          "restriction.")),
            _f("adv-cve", HEADER, 0.25, (_OLD, "CVE: CVE-{year}-{cve_id}")),
            _f("adv-cvss", HEADER, 0.24, (_OLD, "CVSS v3 base score: {cvss}")),
            _f("adv-status", HEADER, 0.22, (_OLD, "Status: {status}")),
            _f("disclaimer", FOOTER, 0.4,
               (_OLD, "This information is provided as is, without warranty of any kind. Test "
                "any mitigation in a staging environment before rolling it out to "
                "production.")),
            _f("disclosure", FOOTER, 0.2,
               (_OLD, "We reported this issue to the vendor under our 90-day coordinated "
                "disclosure policy.")),
            _f("ir", FOOTER, 0.5,
               (_OLD, "Worried about your exposure? Our incident response team is on call "
                "24/7 at +1 (555) 013-4477."),
               ("2019-04-01", "Suspect a breach? Contact Bastion Labs incident response at "
                "ir@bastionlabs.io or +1 (555) 013-4477, day or night.")),
            _f("subscribe", FOOTER, 0.3,
               (_OLD, "Subscribe to our advisories by RSS, or follow @bastionlabs for new "
                "research.")),
            _f("tags", FOOTER, 0.45, (_OLD, "Tags: {tags_list}")),
        ),
    )


def harwickzoo_style() -> PublisherStyle:
    """A city zoo's news page: a bare date, photo credits, a fast-facts box, opening hours
    turned closure notice, adoptions, accreditation, the city portal footer."""
    return PublisherStyle(
        domain="harwickzoo.org", site="Harwick Zoo", base_size=380,
        subdomains=(("www.", 100),),
        sections=("news", "animals", "conservation", "events", "education"),
        n_authors=4, url_path="/news/{slug}",
        pools={
            "photog": ("Harwick Zoo", "Dana Whitcomb", "Luis Ortega", "Staff photo",
                       "Keeper Jen Mallory"),
            "iucn": ("Endangered", "Critically Endangered", "Vulnerable", "Near Threatened",
                     "Least Concern"),
            "diet": ("Fruit, leaves and insects", "Fish and squid", "Grasses and hay",
                     "Meat and bones", "Bamboo", "Seeds, nuts and berries"),
        },
        families=(
            _f("date", HEADER, 0.8, (_OLD, "{date_long}")),
            _f("photo", MIDDLE, 0.45, (_OLD, "Photo credit: {photog}"), count=2),
            _f("facts-head", FOOTER, 0.2, (_OLD, "🐾 Fast facts")),
            _f("facts-status", FOOTER, 0.19, (_OLD, "Conservation status: {iucn}")),
            _f("facts-diet", FOOTER, 0.18, (_OLD, "Diet: {diet}")),
            _f("hours", FOOTER, 0.3,
               (_OLD, "The zoo is open daily from 9 a.m. to 5 p.m., except Thanksgiving, "
                "Christmas and New Year's Day."),
               ("2020-03-14", "Harwick Zoo is temporarily closed to protect guests, staff and "
                "animals. Our keepers are still caring for every animal, every day.")),
            _f("adopt", FOOTER, 0.25,
               (_OLD, "Symbolically adopt an animal from $35 and help care for more than 600 "
                "animals at Harwick Zoo.")),
            _f("aza", FOOTER, 0.4,
               (_OLD, "Harwick Zoo is accredited by the Association of Zoos and Aquariums.")),
            _f("city-portal", FOOTER, 0.55, _CITY_PORTAL),
            _f("city-legal", FOOTER, 0.55, *_CITY_LEGAL),
        ),
    )


def bexley_style() -> PublisherStyle:
    """A university athletics department: slash date stamp, "Story Links", photo credits, an
    "UP NEXT" box, tickets moved to an app, social handles, the media contact."""
    return PublisherStyle(
        domain="bexleystatesports.com", site="Bexley State Athletics", base_size=330,
        subdomains=(("", 100),),
        sections=("football", "mens-basketball", "womens-basketball", "baseball", "softball",
                  "volleyball"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{dd}/{section}-{slug}.aspx",
        pools={
            "opp": ("Northern Plains", "Central Lakes", "Fairmont Tech", "St. Brendan",
                    "Riverside A&M", "Western Ridge"),
            "venue": ("Kessler Field", "Harmon Arena", "Lakeview Park", "the Cougar Dome"),
            "network": ("ESPN+", "Bexley Sports Network", "KBXU 91.3 FM", "the Cougars app"),
            "photog": ("Drew Kaminski", "Bexley State Athletics", "Maya Ruiz"),
        },
        families=(
            _f("date", HEADER, 0.85, (_OLD, "{date_slash} {time12}")),
            _f("story-links", HEADER, 0.35, (_OLD, "Story Links")),
            _f("photo", MIDDLE, 0.3, (_OLD, "PHOTO: {photog}")),
            _f("next-head", FOOTER, 0.25, (_OLD, "UP NEXT")),
            _f("next-game", FOOTER, 0.24,
               (_OLD, "The Cougars host {opp} on {weekday} at {time12} at {venue}.")),
            _f("next-watch", FOOTER, 0.22,
               (_OLD, "Watch/listen: {network} · Live stats available on game day")),
            _f("tickets", FOOTER, 0.3,
               (_OLD, "Season tickets are on sale now at the athletics ticket office or by "
                "calling 555-014-8800."),
               ("2019-06-01", "Get your tickets in the Cougar Athletics app. Students are "
                "admitted free with a valid ID.")),
            _f("social", FOOTER, 0.35,
               (_OLD, "For the latest on Cougar Athletics, follow @BexleyCougars on Twitter, "
                "Instagram and Facebook.")),
            _f("contact", FOOTER, 0.2,
               (_OLD, "{author}, Athletic Communications · sports@bexleystate.edu")),
        ),
    )


def plinth_style() -> PublisherStyle:
    """An architecture magazine: "Words ... Photography" credits, photo copyrights, a
    project-credits box, a critic's beat, subscriptions, a call for projects."""
    return PublisherStyle(
        domain="plinthmag.com", site="Plinth", base_size=290,
        subdomains=(("www.", 100),),
        sections=("projects", "features", "interiors", "opinion", "competitions"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "photographer": ("Hélène Marchal", "Tom Quarrie", "Anja Lindqvist",
                             "Courtesy of the architect", "Ravi Menon"),
            "practice": ("Fold Architects", "Studio Kettle", "Marne & Oduya", "Atelier Sorn",
                         "Pell Hughes Partnership"),
            "location": ("Glasgow, UK", "Rotterdam, Netherlands", "Porto, Portugal",
                         "Margate, UK", "Aarhus, Denmark", "Bristol, UK"),
            "completed": ("2014", "2015", "2016", "2017", "2018", "2019"),
            "beat": ("housing", "landscape and public space", "conservation", "interiors",
                     "urbanism", "timber construction"),
        },
        families=(
            _f("byline", HEADER, 0.8, (_OLD, "Words by {author}"),
               ("2018-09-01", "Words {author} · Photography {photographer}")),
            _f("date", HEADER, 0.8, (_OLD, "Published {date_dmy}")),
            _f("photo", MIDDLE, 0.5, (_OLD, "Photograph © {photographer}"), count=3),
            _f("credits-head", FOOTER, 0.35, (_OLD, "Project credits")),
            _f("credits-architect", FOOTER, 0.33, (_OLD, "Architect: {practice}")),
            _f("credits-location", FOOTER, 0.32, (_OLD, "Location: {location}")),
            _f("credits-completed", FOOTER, 0.3, (_OLD, "Completed: {completed}")),
            _f("bio", FOOTER, 0.3, (_OLD, "{author} writes about {author_beat} for Plinth.")),
            _f("subscribe", FOOTER, 0.3,
               (_OLD, "Plinth is published six times a year. Subscribe from £49 for every "
                "print issue plus full digital access."),
               ("2019-02-01", "Subscribe to Plinth: four print issues a year and the whole "
                "archive online, from £59. Students save 40%.")),
            _f("submit", FOOTER, 0.15,
               (_OLD, "Have a project to share? Send drawings, images and a short "
                "description to projects@plinthmag.com.")),
        ),
    )


def wealdbees_style() -> PublisherStyle:
    """A county beekeepers' association: posted line, a swarm notice turned swarm map, a
    meeting box, membership fees, an Asian hornet appeal, the charity line."""
    return PublisherStyle(
        domain="wealdbees.org.uk", site="Wealdshire Beekeepers' Association", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "apiary", "swarms", "education", "meetings"),
        n_authors=4, url_path="/{section}/{slug}",
        families=(
            _f("posted", HEADER, 0.7, (_OLD, "Posted on {date_dmy} by {author}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo courtesy of {author2}")),
            _f("swarm", FOOTER, 0.3,
               (_OLD, "🐝 Seen a swarm? Don't panic and please don't spray it. Ring our swarm "
                "line on 07700 900415 and a local collector will come out."),
               ("2019-04-01", "🐝 Found a swarm of honey bees? Use the swarm map on our website "
                "to find your nearest collector. We can't help with wasps or bumblebees.")),
            _f("meeting-head", FOOTER, 0.25, (_OLD, "Next monthly meeting")),
            _f("meeting-when", FOOTER, 0.24,
               (_OLD, "Second Tuesday of the month, 7.30pm, Hartfield Village Hall")),
            _f("meeting-visitors", FOOTER, 0.22,
               (_OLD, "Visitors welcome – tea, cake and a honey raffle.")),
            _f("membership", FOOTER, 0.2,
               (_OLD, "Membership for {year} is £28 (registered beekeeper) or £12 (friend), "
                "including insurance for up to three colonies."),
               ("2019-01-01", "Renew your membership online – still £28, and it now includes "
                "the monthly newsletter by email.")),
            _f("hornet", FOOTER, 0.15,
               (_OLD, "Please report any suspected Asian hornet sighting through the Asian "
                "Hornet Watch app, with a photo if you can.")),
            _f("charity", FOOTER, 0.5,
               (_OLD, "Wealdshire Beekeepers' Association is a member of the British Beekeepers' "
                "Association. Registered charity no. 1098421.")),
        ),
    )


def hartwell_style() -> PublisherStyle:
    """A funeral home's obituary pages: the obituary heading and a flowers line with the
    article's own title, a service box, condolences turned tribute wall, a director's
    sign-off."""
    return PublisherStyle(
        domain="hartwellfuneral.com", site="Hartwell & Sons Funeral Home", base_size=210,
        subdomains=(("www.", 100),),
        sections=("obituaries", "news", "grief-support"),
        n_authors=3, url_path="/obituaries/{slug}-{n}",
        families=(
            _f("obituary-of", HEADER, 0.5, (_OLD, "Obituary of {title}")),
            _f("service-head", FOOTER, 0.4, (_OLD, "Service Information")),
            _f("service-visitation", FOOTER, 0.38,
               (_OLD, "Visitation: {weekday}, {date_long}, 4:00 PM – 7:00 PM")),
            _f("service-location", FOOTER, 0.36,
               (_OLD, "Hartwell & Sons Funeral Home, 112 Elm Street, Greenvale")),
            _f("livestream", FOOTER, 0.12,
               (_OLD, "The service will be livestreamed. A link will be posted on this page "
                "on the morning of the service.")),
            _f("arrangements", FOOTER, 0.5,
               (_OLD, "Arrangements are in the care of Hartwell & Sons Funeral Home, "
                "Greenvale.")),
            _f("condolences", FOOTER, 0.7,
               (_OLD, "Online condolences may be shared with the family at "
                "hartwellfuneral.com."),
               ("2018-01-01", "To share a memory or leave a condolence for the family, please "
                "visit the Tribute Wall below.")),
            _f("flowers", FOOTER, 0.4, (_OLD, "🌸 Send flowers in memory of {title}")),
            _f("signoff", FOOTER, 0.2, (_OLD, "{author}, Licensed Funeral Director")),
            _f("footer", FOOTER, 0.6,
               (_OLD, "© {year} Hartwell & Sons Funeral Home · Family owned since 1948 · "
                "Greenvale, Ohio")),
        ),
    )


def heldout9_styles() -> list[PublisherStyle]:
    """The held-back-9 styles, in the order the generator hands them to publishers."""
    return [
        namsan_style(), sunnfjord_style(), mures_style(), echoriental_style(), vigia_style(),
        harwicklibrary_style(), bastion_style(), harwickzoo_style(), bexley_style(),
        plinth_style(), wealdbees_style(), hartwell_style(),
    ]
