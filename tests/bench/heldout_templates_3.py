"""The third held-back template set (``held-back-3``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the summaries of the
second held-back set (`tests.bench.heldout_templates_2`) had been seen during tuning. It was
written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``, ``segment``,
``sign``, ``engine``, ``config``), before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the first two held-back sets.

**Do not tune on this set.** Once its misses have been studied to change the detector, it is
no longer an unseen test: write a new set instead, and say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Brazilian news portal, a court
and legal news service, a consumer health-information site, a video-game site, a
Spanish-language fact-checker, a science-news aggregator of university releases, a
real-estate newsletter, a policy think-tank, a religious newsweekly, a two-person travel
blog, a podcast's show-notes site and a union local's newsletter.

Variation: dates in several formats (Brazilian ``dd/mm/yyyy`` and ``14h32``, built from the
``date_iso`` and ``time`` slots by indexing, since the generator has no Portuguese slot;
Spanish from ``date_es``), notices reworded in 2017-2020, names at the start of lines
(sign-offs, bios, credits), the article's own title (a citation line) and other articles'
titles, amounts (rates, prices, discounts, file sizes), handles, URLs with document numbers,
multi-line blocks (a case-information box, a mortgage-rate box, an "About the author" head
and bio, a trip-resources list, a union sign-off), mid-body inserts (some up to twice), a
corporate footer shared by two sister trade sites of one media group, a blogging-platform
"Like this" widget shared by the travel blog and the podcast site, bare lines (a section
kicker, a lone date, a lone name, another article's title), and families in only 10-30% of
articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Brazilian dates and times (21/06/2017, 14h32) from the generic slots: str.format indexes
# into the ISO date ("2017-06-21") and the 24-hour time ("14:32").
_BR_DATE = "{date_iso[8]}{date_iso[9]}/{date_iso[5]}{date_iso[6]}/{year}"
_BR_TIME = "{time[0]}{time[1]}h{time[3]}{time[4]}"

# The corporate footer of Corbel Trade Media, printed by both of its sister trade sites.
_CORBEL_NETWORK = (_OLD, "Corbel Trade Media publications: Docketline | Keyholder Report | "
                   "Corbel Compliance Week | Freight & Dock")
_CORBEL_COPYRIGHT = (
    (_OLD, "\u00a9 {year} Corbel Trade Media LLC \u00b7 Terms of Use \u00b7 Privacy Notice"),
    ("2020-01-01", "\u00a9 {year} Corbel Trade Media LLC \u00b7 Terms of Use \u00b7 Privacy "
     "Notice \u00b7 Do Not Sell My Personal Information"),
)

# The reaction widget of a hosted blogging platform, on the travel blog and the podcast site.
_LIKE = (_OLD, "Like this:")
_LIKE_LOADING = (_OLD, "Like Loading...")


def mirante_style() -> PublisherStyle:
    """A Brazilian news portal: numeric dates with "h", photo credits, WhatsApp channel."""
    return PublisherStyle(
        domain="portalmirante.com.br", site="Portal Mirante", base_size=900,
        subdomains=(("www.", 70), ("", 20), ("m.", 10)),
        sections=("brasil", "economia", "politica", "regiao", "esportes"),
        n_authors=30, url_path="/{section}/noticia/{yyyy}/{mm}/{dd}/{slug}.ghtml",
        pools={
            "credito": ("Divulga\u00e7\u00e3o", "Reprodu\u00e7\u00e3o/Redes sociais",
                        "Arquivo pessoal", "Marcos Tavares/Portal Mirante",
                        "Luana Ferraz/Portal Mirante", "Prefeitura municipal/Divulga\u00e7\u00e3o",
                        "Reprodu\u00e7\u00e3o/TV Mirante"),
            "agencia": ("Ag\u00eancia Brasil", "Estad\u00e3o Conte\u00fado", "Folhapress",
                        "Reuters", "AFP"),
            "cidade": ("S\u00e3o Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba",
                       "Recife", "Porto Alegre", "Salvador"),
        },
        families=(
            _f("por", HEADER, 0.85, (_OLD, "Por {author}, {site}"),
               ("2018-07-01", "Por {author}, {site} \u2014 {cidade}")),
            _f("data", HEADER, 0.9, (_OLD, f"{_BR_DATE} {_BR_TIME}"),
               ("2017-03-01", f"Publicado em {_BR_DATE} \u00e0s {_BR_TIME}")),
            _f("atualizado", HEADER, 0.25, (_OLD, f"Atualizado em {_BR_DATE}")),
            _f("foto", MIDDLE, 0.5, (_OLD, "Foto: {credito}"), count=2),
            _f("publicidade", MIDDLE, 0.55, (_OLD, "CONTINUA DEPOIS DA PUBLICIDADE")),
            _f("leia-tambem", MIDDLE, 0.4, (_OLD, "LEIA TAMB\u00c9M: {other_title}"),
               ("2019-06-01", "\u27a1\ufe0f Leia tamb\u00e9m: {other_title}"), count=2),
            _f("agencia", FOOTER, 0.25, (_OLD, "*Com informa\u00e7\u00f5es de {agencia}")),
            _f("redes", FOOTER, 0.6,
               (_OLD, "Siga o {site} no Facebook e no Instagram e acompanhe as not\u00edcias da "
                "sua regi\u00e3o."),
               ("2019-09-01", "Participe do canal do {site} no WhatsApp e receba as principais "
                "not\u00edcias do dia no seu celular.")),
            _f("erro", FOOTER, 0.15,
               (_OLD, "Encontrou algum erro nesta not\u00edcia? Avise a nossa reda\u00e7\u00e3o.")),
            _f("direitos", FOOTER, 0.8,
               (_OLD, "\u00a9 {year} {site}. Todos os direitos reservados. \u00c9 proibida a "
                "reprodu\u00e7\u00e3o deste conte\u00fado sem autoriza\u00e7\u00e3o.")),
        ),
    )


def docketline_style() -> PublisherStyle:
    """A court and legal news service: case-information box, firms, a sister-site footer."""
    parties = ("Brennan Freight Lines Inc.", "Marwood Pharmaceuticals Corp.", "City of Eastport",
               "Calloway Holdings LLC", "Ostrander Mutual Insurance Co.", "Sable Creek Energy LP",
               "Redfern Bank N.A.")
    return PublisherStyle(
        domain="docketline.com", site="Docketline", base_size=700,
        subdomains=(("www.", 95), ("", 5)),
        sections=("litigation", "appellate", "regulatory", "employment"),
        n_authors=15, url_path="/articles/{n}/{slug}",
        constants={"email": "corrections@docketline.com"},
        pools={
            "party": parties,
            "party2": ("Thornbury Logistics Group", "the U.S. Department of Labor",
                       "Halvard Medical Devices Inc.", "a class of former employees",
                       "Pemberton County", "Quayle & Sons Construction"),
            "docket": tuple(f"{d}:{y}-cv-{k:05d}" for d, y, k in (
                (1, 17, 4412), (2, 18, 1187), (3, 19, 20931), (1, 16, 733), (4, 19, 5520),
                (2, 20, 318), (1, 18, 11045), (5, 17, 2964))),
            "court": ("U.S. District Court for the Southern District of New York",
                      "U.S. Court of Appeals for the Ninth Circuit",
                      "Delaware Court of Chancery",
                      "U.S. District Court for the Northern District of Illinois",
                      "U.S. Court of Federal Claims", "Texas Supreme Court"),
            "firms": ("Whitcombe Rudd LLP", "Farrow & Inglis", "Dunmore Keyes PC",
                      "Salter Brandt LLP", "Okafor Mendel", "Lyle, Huang & Pratt"),
            "editor": ("Jill Hartigan", "Marcus Obi", "Elena Sorvino"),
        },
        families=(
            _f("byline", HEADER, 0.9, (_OLD, "By {author} \u00b7 {date_long}, {time12} ET"),
               ("2018-10-01", "By {author} ({date_long}, {time12} ET)")),
            _f("watchlist", MIDDLE, 0.25,
               (_OLD, "Track this case: add it to your watchlist and we will email you each "
                "new filing.")),
            _f("filing", FOOTER, 0.2,
               (_OLD, "Read the filing: https://www.docketline.com/documents/{n}")),
            _f("case-head", FOOTER, 0.4, (_OLD, "Case information")),
            _f("case-title", FOOTER, 0.4, (_OLD, "Case title: {party} v. {party2}")),
            _f("case-number", FOOTER, 0.38, (_OLD, "Case number: {docket}")),
            _f("court", FOOTER, 0.38, (_OLD, "Court: {court}")),
            _f("firms", FOOTER, 0.45, (_OLD, "Firms in this story: {firms_list}")),
            _f("editing", FOOTER, 0.3, (_OLD, "{author2} contributed reporting. Editing by "
                                              "{editor}.")),
            _f("network", FOOTER, 0.4, _CORBEL_NETWORK),
            _f("corbel", FOOTER, 0.85, *_CORBEL_COPYRIGHT),
        ),
    )


def vitalis_style() -> PublisherStyle:
    """A consumer health-information site: medical reviewers, review dates, disclaimers."""
    return PublisherStyle(
        domain="vitalishealth.com", site="Vitalis Health", base_size=600,
        subdomains=(("www.", 100),), sections=("conditions", "nutrition", "mental-health",
                                                 "fitness"),
        n_authors=20, url_path="/{section}/{slug}",
        pools={
            "reviewer": ("Amara Jensen, MD", "Priya Nand, RD, LD", "Colm Fitzgerald, PharmD",
                         "Leona Brandt, PhD, RN", "Samuel Achebe, MD, MPH", "Hana Kovac, DPT"),
            "stock": ("Getty Images", "Stocksy United", "iStock", "Adobe Stock"),
        },
        families=(
            _f("reviewed", HEADER, 0.75,
               (_OLD, "Medically reviewed by {reviewer} \u2014 Written by {author} on "
                "{date_long}"),
               ("2019-04-01", "Medically reviewed by {reviewer} \u00b7 By {author} \u00b7 "
                "Updated on {date_long}")),
            _f("crisis", HEADER, 0.1,
               (_OLD, "If you are in crisis or thinking about suicide, you can call the "
                "National Suicide Prevention Lifeline at 1-800-273-8255, day or night.")),
            _f("photo", MIDDLE, 0.4, (_OLD, "Save on Pinterest \u00b7 Photo via {stock}"),
               count=2),
            _f("newsletter", MIDDLE, 0.25,
               (_OLD, "Practical tips from our clinicians, once a week. Sign up for the {site} "
                "Wellness Letter.")),
            _f("last-reviewed", FOOTER, 0.6, (_OLD, "Last medically reviewed on {date_long}")),
            _f("revisit", FOOTER, 0.45,
               (_OLD, "We revisit this topic as new research comes out and revise the article "
                "when the evidence changes.")),
            _f("disclaimer", FOOTER, 0.85,
               (_OLD, "This article is general information and does not replace advice from "
                "your doctor or another qualified health professional."),
               ("2018-01-01", "The information on {site} is educational only. It is not "
                "medical advice and is not a substitute for a diagnosis or treatment plan "
                "from your own clinician.")),
            _f("helpful", FOOTER, 0.5, (_OLD, "Was this article helpful? Yes \u00b7 No")),
        ),
    )


def checkpoint_style() -> PublisherStyle:
    """A video-game site: review platform notes, scores, embed placeholders, Discord appeal."""
    return PublisherStyle(
        domain="checkpointcafe.gg", site="Checkpoint Cafe", base_size=500,
        subdomains=(("www.", 100),), sections=("reviews", "news", "guides", "esports"),
        n_authors=14, url_path="/{section}/{slug}-{n}",
        pools={
            "platform": ("PC", "PS4", "Xbox One", "Nintendo Switch", "PS4 Pro"),
            "score": ("8", "7", "9", "6", "7.5", "8.5", "5", "9.5", "6.5", "10"),
            "topics": ("PlayStation", "Nintendo", "Xbox", "PC Gaming", "Indie", "RPG",
                       "Shooter", "Strategy"),
        },
        families=(
            _f("byline", HEADER, 0.9, (_OLD, "{author} | {date_short}")),
            _f("reader-supported", HEADER, 0.45,
               (_OLD, "{site} is reader-supported. When you buy through retailer links on this "
                "page, we may earn a commission.")),
            _f("reviewed-on", HEADER, 0.25,
               (_OLD, "Reviewed on {platform}. Review code provided by the publisher.")),
            _f("continues", MIDDLE, 0.55, (_OLD, "Article continues below"), count=2),
            _f("embed", MIDDLE, 0.3, (_OLD, "Watch on YouTube")),
            _f("score", FOOTER, 0.2, (_OLD, "Score: {score}/10")),
            _f("discord", FOOTER, 0.4,
               (_OLD, "Talk about this story with other readers on our Discord server."),
               ("2019-02-01", "Join the {site} Discord and chat with us and thousands of other "
                "players.")),
            _f("topics", FOOTER, 0.6, (_OLD, "Related topics: {topics_list}")),
            _f("owner", FOOTER, 0.85,
               (_OLD, "{site} is part of Sidequest Digital Ltd. \u00a9 {year} Sidequest "
                "Digital Ltd.")),
        ),
    )


def verificador_style() -> PublisherStyle:
    """A Spanish-language fact-checker: ratings, WhatsApp tip line, methodology, licence."""
    return PublisherStyle(
        domain="verificadorsur.org", site="El Verificador del Sur", base_size=450,
        subdomains=(("www.", 80), ("", 20)), sections=("politica", "salud", "economia", "viral"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={
            "calificacion": ("Falso", "Enga\u00f1oso", "Verdadero, pero...", "Sin evidencia",
                             "Exagerado", "Insostenible", "Verdadero"),
            "red": ("Facebook", "WhatsApp", "Twitter", "Instagram", "TikTok"),
        },
        families=(
            _f("calificacion", HEADER, 0.8, (_OLD, "Calificaci\u00f3n: {calificacion}")),
            _f("byline", HEADER, 0.85, (_OLD, "Por {author} | {date_es}"),
               ("2018-05-01", "{author} \u2014 {date_es}, {time} h")),
            _f("circula", HEADER, 0.35,
               (_OLD, "Lo que circula: una publicaci\u00f3n compartida en {red} desde hace "
                "varios d\u00edas.")),
            _f("tip-line", MIDDLE, 0.3,
               (_OLD, "\u00bfTe lleg\u00f3 un mensaje dudoso? Reenv\u00edalo a nuestro WhatsApp "
                "+54 9 11 5555-0147 y lo chequeamos.")),
            _f("fuentes", FOOTER, 0.65, (_OLD, "Fuentes consultadas")),
            _f("metodologia", FOOTER, 0.55,
               (_OLD, "As\u00ed verificamos: nuestra metodolog\u00eda y los criterios de "
                "cada calificaci\u00f3n est\u00e1n explicados en esta p\u00e1gina."),
               ("2019-03-01", "Conoc\u00e9 c\u00f3mo trabajamos: le\u00e9 nuestra "
                "metodolog\u00eda, nuestra pol\u00edtica de correcciones y qui\u00e9n nos "
                "financia.")),
            _f("programa", FOOTER, 0.2,
               (_OLD, "Esta nota forma parte del programa de verificaci\u00f3n independiente "
                "de {red}.")),
            _f("ifcn", FOOTER, 0.6,
               (_OLD, "{site} es signatario del c\u00f3digo de principios de la Red "
                "Internacional de Verificaci\u00f3n de Datos (IFCN).")),
            _f("licencia", FOOTER, 0.45,
               (_OLD, "Pod\u00e9s republicar este contenido citando a {site} y enlazando la "
                "nota original (licencia CC BY-SA 4.0).")),
        ),
    )


def discovery_style() -> PublisherStyle:
    """A science-news aggregator of university releases: source, journal reference, cite."""
    return PublisherStyle(
        domain="discoverydesk.net", site="Discovery Desk", base_size=420,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("space", "biology", "health", "earth", "physics"),
        n_authors=4, url_path="/news/{yyyy}/{mm}/{slug}-{n}.html",
        pools={
            "institution": ("Northfield Institute of Technology", "Carrow University",
                            "the Halden Marine Laboratory", "Bresslau Medical Center",
                            "the Ostwald Institute for Astronomy", "Penrose State University",
                            "the University of Kestrel Bay"),
            "journal": ("Nature Communications", "Science Advances", "PLOS ONE", "Cell Reports",
                        "The Astrophysical Journal", "Geophysical Research Letters"),
        },
        families=(
            _f("posted", HEADER, 0.9, (_OLD, "Posted {date_long}")),
            _f("released-by", HEADER, 0.8, (_OLD, "Released by: {institution}")),
            _f("in-brief", HEADER, 0.45, (_OLD, "In brief:")),
            _f("sponsored", MIDDLE, 0.45, (_OLD, "Ad \u00b7 content continues below")),
            _f("see-also", MIDDLE, 0.25, (_OLD, "See also \u2014 {other_title}"), count=2),
            _f("adapted", FOOTER, 0.8,
               (_OLD, "This article is based on a news release from {institution}; {site} "
                "edits releases for length and clarity."),
               ("2018-02-01", "Reprinted from a {institution} press release, with edits for "
                "length and clarity by {site} staff.")),
            _f("reference", FOOTER, 0.5,
               (_OLD, "Journal reference: {journal} ({year}). DOI: 10.{count}/{n}")),
            _f("cite", FOOTER, 0.45, (_OLD, "Cite this page: APA \u00b7 MLA \u00b7 Chicago")),
            _f("views", FOOTER, 0.3,
               (_OLD, "Views expressed here are those of the researchers and the issuing "
                "institution, not of {site} or its staff.")),
        ),
    )


def keyholder_style() -> PublisherStyle:
    """A real-estate newsletter: mortgage-rate box, listing cards, MLS and lending notices."""
    return PublisherStyle(
        domain="keyholderreport.com", site="Keyholder Report", base_size=380,
        subdomains=(("www.", 100),), sections=("markets", "mortgages", "commercial", "housing"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rate30": ("3.72", "3.89", "4.05", "4.21", "4.38", "4.46", "3.55", "3.31"),
            "price": ("425,000", "1,150,000", "689,900", "2,300,000", "349,500", "879,000"),
            "beds": ("3", "2", "4", "5", "1"),
            "baths": ("2", "1", "2.5", "3", "3.5"),
            "mls": ("Bay Area Regional MLS", "Greater Lakes MLS",
                    "Sunbelt Multiple Listing Service"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{author} \u00b7 {date_slash}")),
            _f("rates-head", HEADER, 0.3, (_OLD, "Today's mortgage rates")),
            _f("rate-fixed", HEADER, 0.3, (_OLD, "30-year fixed: {rate30}%")),
            _f("rates-note", HEADER, 0.25,
               (_OLD, "Rates as of {date_short}, averaged from a survey of lenders. Your rate "
                "will depend on your credit and down payment.")),
            _f("listing", MIDDLE, 0.3,
               (_OLD, "Listed at ${price} \u00b7 {beds} bd \u00b7 {baths} ba"), count=2),
            _f("mls", FOOTER, 0.3,
               (_OLD, "Listing data courtesy of {mls}. Believed accurate but not guaranteed.")),
            _f("lender", FOOTER, 0.5,
               (_OLD, "Equal Housing Opportunity. {site} is not a lender and does not make "
                "loans.")),
            _f("newsletter", FOOTER, 0.55,
               (_OLD, "Get the {site} in your inbox every Monday and Thursday."),
               ("2018-04-01", "The {site} newsletter: housing news that moves prices, twice a "
                "week. Subscribe free.")),
            _f("network", FOOTER, 0.4, _CORBEL_NETWORK),
            _f("corbel", FOOTER, 0.85, *_CORBEL_COPYRIGHT),
        ),
    )


def calder_style() -> PublisherStyle:
    """A policy think-tank: kicker, fellow titles, PDF link, citation line, author bio."""
    return PublisherStyle(
        domain="calderinstitute.org", site="The Calder Institute", base_size=340,
        subdomains=(("www.", 100),), sections=("commentary", "research", "testimony"),
        n_authors=12, url_path="/{section}/{slug}/",
        constants={"press": "communications@calderinstitute.org"},
        pools={
            "beat": ("senior fellow in economic studies", "fellow in foreign policy",
                     "nonresident senior fellow in governance studies",
                     "research director of the energy security program",
                     "visiting fellow in health policy"),
            "mb": ("1.2", "2.4", "0.8", "3.1", "5.6", "0.4"),
        },
        families=(
            _f("kicker", HEADER, 0.7, (_OLD, "{section_cap}")),
            _f("byline", HEADER, 0.9, (_OLD, "{author}, {author_beat}")),
            _f("co-author", HEADER, 0.15, (_OLD, "with {author2}")),
            _f("date", HEADER, 0.85, (_OLD, "{date_long}")),
            _f("pdf", HEADER, 0.3, (_OLD, "Download the full report (PDF, {mb} MB)")),
            _f("views", FOOTER, 0.8,
               (_OLD, "The views expressed are the author's alone. {site} does not take "
                "institutional positions on policy issues."),
               ("2017-09-01", "{site} is a nonpartisan research organization. It takes no "
                "institutional positions; the conclusions here are solely the author's.")),
            _f("cite", FOOTER, 0.35,
               (_OLD, "Cite as: {author}, \u201c{title},\u201d {site}, {date_long}.")),
            _f("about-head", FOOTER, 0.55, (_OLD, "About the author")),
            _f("about", FOOTER, 0.5,
               (_OLD, "{author} is a {author_beat} at {site}, where their work focuses on "
                "evidence for public decision-making.")),
            _f("related", FOOTER, 0.35, (_OLD, "{other_title}")),
            _f("media", FOOTER, 0.25, (_OLD, "Media inquiries: {press} | (202) 555-0119")),
        ),
    )


def messenger_style() -> PublisherStyle:
    """A religious newsweekly: edition lines, scripture permission, print and giving appeals."""
    return PublisherStyle(
        domain="covenantmessenger.org", site="The Covenant Messenger", base_size=300,
        subdomains=(("www.", 85), ("", 15)), sections=("church", "world", "faith-life",
                                                          "opinion"),
        n_authors=10, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"agency": ("Ecumenical News Network", "Faith Wire International",
                          "Catholic News Bureau")},
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{date_long} \u2014 {author}, staff writer")),
            _f("edition", HEADER, 0.35,
               (_OLD, "This story appears in the {month} {year} print edition of {site}.")),
            _f("prayer", MIDDLE, 0.2,
               (_OLD, "Pray with us: share an intention on our online prayer wall.")),
            _f("distributed", FOOTER, 0.25, (_OLD, "Distributed by {agency}.")),
            _f("scripture", FOOTER, 0.15,
               (_OLD, "Bible passages quoted in this article follow the New Revised Standard "
                "Version, used with permission.")),
            _f("support", FOOTER, 0.6,
               (_OLD, "{site} has covered the life of the church since 1921. Your gift keeps "
                "our reporting free and independent of any denomination."),
               ("2018-11-01", "Independent church journalism depends on readers. Give to "
                "{site} today and a matching grant will double your gift.")),
            _f("print", FOOTER, 0.45,
               (_OLD, "Subscribe to the print edition: 48 issues a year, delivered to your "
                "door.")),
            _f("comments", FOOTER, 0.3,
               (_OLD, "We welcome respectful conversation. Comments are reviewed by our staff "
                "before they appear and should be charitable, brief and on topic.")),
            _f("copyright", FOOTER, 0.8, (_OLD, "Copyright \u00a9 {year} {site} Inc.")),
        ),
    )


def slowroad_style() -> PublisherStyle:
    """A two-person travel blog: affiliate note, booking prompts, trip-resources list."""
    return PublisherStyle(
        domain="slowroaddiaries.com", site="Slow Road Diaries", base_size=260,
        subdomains=(("", 70), ("www.", 30)), sections=("europe", "asia", "americas", "tips"),
        n_authors=2, url_path="/{slug}/",
        pools={
            "partner": ("Booking.com", "Hostelworld", "GetYourGuide", "Agoda"),
            "flights": ("Skyscanner", "Google Flights", "Kiwi.com"),
            "insurer": ("TrekSure", "Roamguard", "Nomadcover"),
        },
        families=(
            _f("updated", HEADER, 0.6, (_OLD, "This post was last updated in {month} {year}.")),
            _f("affiliate", HEADER, 0.75,
               (_OLD, "Heads up: some links in this post are affiliate links. If you book "
                "through them we earn a little, at no extra cost to you. Thanks for "
                "supporting {site}!")),
            _f("book", MIDDLE, 0.35, (_OLD, "\u2192 Check current prices on {partner}"),
               count=2),
            _f("map", MIDDLE, 0.12, (_OLD, "Click the map to open it in Google Maps.")),
            _f("resources-head", FOOTER, 0.45, (_OLD, "Planning a trip? Our favourite resources")),
            _f("resources-flights", FOOTER, 0.4,
               (_OLD, "Flights: we search {flights} for the cheapest dates.")),
            _f("resources-insurance", FOOTER, 0.4,
               (_OLD, "Travel insurance: we never leave home without cover from {insurer}.")),
            _f("sign-off", FOOTER, 0.3, (_OLD, "Safe travels! \u2013 {author}")),
            _f("like", FOOTER, 0.5, _LIKE),
            _f("like-loading", FOOTER, 0.5, _LIKE_LOADING),
        ),
    )


def margin_style() -> PublisherStyle:
    """A podcast's show-notes site: episode line, listen links, sponsor read, credits."""
    return PublisherStyle(
        domain="marginnotespod.com", site="Margin Notes Podcast", base_size=200,
        subdomains=(("", 100),), sections=("episodes", "bonus"),
        n_authors=2, url_path="/episodes/{n}-{slug}",
        pools={
            "sponsor": ("Brightleaf Coffee", "Tallyhand Bookkeeping", "Northpeak Mattress",
                        "Quillfeather Notebooks"),
            "code": ("MARGIN", "MARGIN20", "NOTES"),
            "pct": ("15", "20", "10", "25"),
        },
        families=(
            _f("episode", HEADER, 0.7, (_OLD, "Episode {count} \u00b7 {date_dmy} \u00b7 "
                                               "{read_min} min")),
            _f("listen", HEADER, 0.6,
               (_OLD, "Listen on Apple Podcasts \u00b7 Stitcher \u00b7 Overcast \u00b7 RSS"),
               ("2019-01-01", "Listen on Apple Podcasts \u00b7 Spotify \u00b7 Overcast \u00b7 "
                "Pocket Casts \u00b7 RSS")),
            _f("sponsor", HEADER, 0.45,
               (_OLD, "Thanks to {sponsor} for supporting this episode: use code {code} at "
                "checkout for {pct}% off your first order.")),
            _f("transcript", FOOTER, 0.35,
               (_OLD, "Machine-made transcript, lightly corrected by a human. Check quotes "
                "against the audio.")),
            _f("credits", FOOTER, 0.55,
               (_OLD, "{site} is hosted by {author} and produced by {author2}. Theme music: "
                "\"Lowlight\" by Halcyon Drift.")),
            _f("patreon", FOOTER, 0.45,
               (_OLD, "Support the show and get ad-free episodes on Patreon from $3 a month.")),
            _f("say-hi", FOOTER, 0.2, (_OLD, "Say hi on Twitter: {author_handle}")),
            _f("like", FOOTER, 0.35, _LIKE),
            _f("like-loading", FOOTER, 0.35, _LIKE_LOADING),
        ),
    )


def local482_style() -> PublisherStyle:
    """A union local's newsletter: meeting notice, solidarity sign-off, contact updates."""
    return PublisherStyle(
        domain="local482voice.org", site="Local 482 Voice", base_size=120,
        subdomains=(("", 60), ("www.", 40)), sections=("news", "bargaining", "events"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        pools={"office": ("President", "Recording Secretary", "Chief Steward",
                          "Secretary-Treasurer")},
        families=(
            _f("from-desk", HEADER, 0.55, (_OLD, "From the desk of {author}")),
            _f("join", MIDDLE, 0.2,
               (_OLD, "Not a member yet? Talk to your steward or sign a card online. Everyone "
                "in the shop deserves a voice.")),
            _f("solidarity", FOOTER, 0.55, (_OLD, "In solidarity,")),
            _f("signature", FOOTER, 0.5, (_OLD, "{author}")),
            _f("office", FOOTER, 0.45, (_OLD, "{office}, Local 482")),
            _f("meeting", FOOTER, 0.5,
               (_OLD, "General membership meetings are held the second Tuesday of every month "
                "at 7 p.m. at the Union Hall, 1410 Foundry Street."),
               ("2019-01-01", "General membership meetings: second Tuesday of the month, "
                "6:30 p.m., at the Union Hall (1410 Foundry Street) or by conference call.")),
            _f("update-info", FOOTER, 0.3,
               (_OLD, "Moved or got a new phone number? Update your details with the union "
                "office so you never miss a contract vote.")),
            _f("affiliation", FOOTER, 0.7,
               (_OLD, "Local 482 is an affiliate of the Allied Warehouse and Transit Workers, "
                "AFL-CIO.")),
        ),
    )


def heldout3_styles() -> list[PublisherStyle]:
    """The held-back-3 styles, in the order the generator hands them to publishers."""
    return [
        mirante_style(), docketline_style(), vitalis_style(), checkpoint_style(),
        verificador_style(), discovery_style(), keyholder_style(), calder_style(),
        messenger_style(), slowroad_style(), margin_style(), local482_style(),
    ]
