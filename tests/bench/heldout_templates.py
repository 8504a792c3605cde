"""The held-back template set of the planted-real benchmark: nine publisher styles that are
never used to tune cleanpipe (the tuning set is `cleanpipe.sample.publishers.all_styles`).

All wording is original to this project. The styles add kinds of variation the tuning set
lacks: slots holding the article's own title or another article's title, two-author
bylines, per-author bio lines, reading times and counters, a punctuation-only end marker,
a Spanish-language site (month names the normaliser does not know), press-release
datelines, and notices reworded between years. Besides the slots of
`cleanpipe.sample.templates` (dates, pools, constants), `tests.bench.planted_real` fills:
``title``, ``other_title`` (a title of another article of the publisher), ``author2``,
``author_handle``, ``author_beat`` (from the ``beat`` pool, fixed per author),
``read_min``, ``count``, ``n`` (a document number), ``month`` and ``date_es``.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"


def circuit_style() -> PublisherStyle:
    """A consumer-tech blog: reading time, affiliate disclosure, author box."""
    return PublisherStyle(
        domain="circuitlog.io", site="Circuit Log", base_size=500,
        subdomains=(("www.", 80), ("", 20)), sections=("science", "business"), n_authors=9,
        url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "cats": ("Phones", "Laptops", "Gaming", "Security", "Deals", "Software", "AI"),
            "credit": ("Circuit Log", "Press kit", "Screenshot by the author", "Handout"),
            "beat": ("phones and wearables", "PC hardware", "privacy and security",
                     "games and consoles", "the business of tech"),
        },
        families=(
            _f("byline", HEADER, 0.95,
               (_OLD, "{author} \u00b7 {date_short} \u00b7 {read_min} min read"),
               ("2018-06-01", "By {author} \u2014 {date_short} \u2014 {read_min} minute read")),
            _f("filed-in", HEADER, 0.7, (_OLD, "Filed in: {cats_list}")),
            _f("sponsored", MIDDLE, 0.35, (_OLD, "Sponsored")),
            _f("image", MIDDLE, 0.5, (_OLD, "[Image: {credit}]"), count=2),
            _f("affiliate", FOOTER, 0.6,
               (_OLD, "Disclosure: {site} may earn a small commission when you buy through "
                "links on our site. This never influences which products we cover."),
               ("2019-01-01", "When you buy through links on {site}, we may earn an affiliate "
                "commission. Our reviews stay independent.")),
            _f("author-box", FOOTER, 0.55,
               (_OLD, "{author} writes about {author_beat} for {site}. Reach them at "
                "{author_handle}.")),
            _f("comments", FOOTER, 0.45, (_OLD, "Comments ({count})")),
            _f("copyright", FOOTER, 0.9,
               (_OLD, "\u00a9 {year} {site} Media. All rights reserved.")),
        ),
    )


def wire_style() -> PublisherStyle:
    """A wire service: bracketed reporting credits, trust principles, licensing line."""
    return PublisherStyle(
        domain="keystonewire.com", site="Keystone Wire", base_size=450,
        subdomains=(("www.", 60), ("news.", 40)), sections=("world", "business", "politics"),
        n_authors=14, url_path="/article/{section}/{slug}-{n}",
        constants={"email": "sales@keystonewire.com", "phone": "+1 555 0140 220"},
        pools={
            "city": ("LONDON", "SINGAPORE", "WASHINGTON", "FRANKFURT", "NAIROBI", "LIMA"),
            "editor": ("Mark Potter", "Alison Williams", "Jane Merriman", "Hugh Lawson"),
            "desk": ("Business desk", "World desk", "Markets desk"),
        },
        families=(
            _f("dateline", HEADER, 0.9, (_OLD, "KW | {city} | {date_iso}")),
            _f("updated", HEADER, 0.5, (_OLD, "Updated {time} GMT, {date_short}")),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED COVERAGE: {other_title}")),
            _f("reporting", FOOTER, 0.8,
               (_OLD, "(Reporting by {author}; additional reporting by {author2}; editing by "
                "{editor})")),
            _f("desk", FOOTER, 0.3, (_OLD, "Compiled by the Keystone Wire {desk}")),
            _f("trust", FOOTER, 0.7, (_OLD, "Our Standards: The Keystone Wire Trust Principles."),
               ("2017-05-01", "Our standards: the {site} Charter of Editorial Independence.")),
            _f("licensing", FOOTER, 0.4,
               (_OLD, "For licensing of {site} content, contact {email} or call {phone}.")),
        ),
    )


def vane_style() -> PublisherStyle:
    """A monthly magazine: print-edition line carrying the headline, illustration credit."""
    return PublisherStyle(
        domain="quarterlyvane.com", site="The Vane", base_size=300,
        subdomains=(("www.", 100),), sections=("politics", "science", "local"), n_authors=11,
        url_path="/{section}/archive/{yyyy}/{mm}/{slug}/{n}/",
        pools={"illustrator": ("Ines Marlow", "Kofi Adjei", "Pia Lund", "Toby Reyes")},
        families=(
            _f("kicker", HEADER, 0.6, (_OLD, "{section_cap} \u00b7 The {month} {year} issue")),
            _f("illustration", HEADER, 0.5, (_OLD, "Illustration by {illustrator} for {site}")),
            _f("newsletter", MIDDLE, 0.3,
               (_OLD, "Sign up for The Vane Weekly: our best long reads, every Sunday.")),
            _f("print", FOOTER, 0.55,
               (_OLD, "A version of this article appears in the {month} {year} issue of "
                "{site}, under the headline \u201c{title}\u201d."),
               ("2019-01-01", "This article appeared in print in our {month} {year} edition "
                "with the headline \u201c{title}\u201d. Subscribe to the magazine.")),
            _f("commission", FOOTER, 0.35,
               (_OLD, "{site} may earn a portion of sales from products that are purchased "
                "through our site as part of our affiliate partnerships with retailers.")),
            _f("copyright", FOOTER, 0.9,
               (_OLD, "\u00a9 {year} Vane Publishing Co. Use of this site constitutes "
                "acceptance of our User Agreement and Privacy Policy.")),
        ),
    )


def station_style() -> PublisherStyle:
    """A local TV station: posted/updated stamps, app promotion, typo report link."""
    return PublisherStyle(
        domain="kvtr7.com", site="KVTR 7 News", base_size=420,
        subdomains=(("www.", 90), ("m.", 10)), sections=("local", "health"), n_authors=7,
        url_path="/news/{section}/{slug}/{n}",
        pools={"newscast": ("5 PM", "6 PM", "10 PM", "noon")},
        families=(
            _f("watch", HEADER, 0.3, (_OLD, "WATCH: {site} at {newscast}")),
            _f("posted", HEADER, 0.9, (_OLD, "Posted: {date_slash} {time12}")),
            _f("updated", HEADER, 0.45, (_OLD, "Updated: {date_slash} {time12}")),
            _f("app", MIDDLE, 0.35,
               (_OLD, "Download the free {site} app for breaking news alerts on your phone."),
               ("2018-08-01", "Get breaking news alerts: download the {site} app, free on iOS "
                "and Android.")),
            _f("contributed", FOOTER, 0.35, (_OLD, "KVTR's {author2} contributed to this report.")),
            _f("typo", FOOTER, 0.5, (_OLD, "Click here to report a typo.")),
            _f("copyright", FOOTER, 0.85,
               (_OLD, "Copyright {year} KVTR-TV and Skyline Broadcasting Group. All rights "
                "reserved.")),
        ),
    )


def ledgerproject_style() -> PublisherStyle:
    """A nonprofit investigative newsroom: republishing licence, matched-gift campaign."""
    return PublisherStyle(
        domain="openledgerproject.org", site="Open Ledger Project", base_size=260,
        subdomains=(("www.", 70), ("", 30)), sections=("politics", "health", "environment"),
        n_authors=8, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        constants={"email": "tips@openledgerproject.org"},
        pools={
            "partner": ("the Valley Courier", "Radio Northfield", "the Lakeside Chronicle"),
            "goal": ("25,000", "40,000", "50,000", "100,000"),
            "backers": ("500", "750", "1,000", "2,500"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "by {author} and {author2}")),
            _f("partnership", HEADER, 0.3,
               (_OLD, "This story was produced in partnership with {partner}.")),
            _f("donate-mid", MIDDLE, 0.3,
               (_OLD, "Investigative journalism like this takes months. Support our newsroom "
                "with a tax-deductible gift.")),
            _f("republish", FOOTER, 0.7,
               (_OLD, "Republish this story for free under a Creative Commons licence, as long "
                "as you credit {site} and link to the original."),
               ("2018-05-01", "You may republish this article at no cost under our Creative "
                "Commons license (CC BY-NC-ND 3.0). Please credit {site}.")),
            _f("campaign", FOOTER, 0.5,
               (_OLD, "Our goal: ${goal} from {backers} readers by {date_long}. Give today and "
                "your gift will be matched.")),
            _f("tips", FOOTER, 0.4, (_OLD, "Know something we should look into? Write to us "
                                           "securely at {email}.")),
        ),
    )


def fieldhouse_style() -> PublisherStyle:
    """A sports site: shouting scroll prompts, odds notes, follow-the-author lines."""
    return PublisherStyle(
        domain="fieldhousedaily.com", site="Fieldhouse Daily", base_size=380,
        subdomains=(("www.", 100),), sections=("local", "business"), n_authors=10,
        url_path="/{section}/{slug}",
        pools={
            "desk": ("Staff Writer", "Senior Writer", "Columnist", "Beat Reporter"),
            "book": ("LineStar Sportsbook", "Goalpost Bet", "Northline Odds"),
        },
        families=(
            _f("byline", HEADER, 0.9, (_OLD, "{author}, {desk}")),
            _f("scroll", MIDDLE, 0.6, (_OLD, "SCROLL TO CONTINUE WITH CONTENT"), count=2),
            _f("odds", MIDDLE, 0.25, (_OLD, "Odds courtesy of {book}; lines as of {date_short}.")),
            _f("follow-author", FOOTER, 0.55,
               (_OLD, "Follow {author} on Twitter: {author_handle}")),
            _f("more-from", FOOTER, 0.4, (_OLD, "More from {site}: {other_title}")),
            _f("gambling", FOOTER, 0.3,
               (_OLD, "If you or someone you know has a gambling problem, call 1-800-GAMBLER.")),
            _f("copyright", FOOTER, 0.9, (_OLD, "\u00a9 {year} {site} Media, LLC")),
        ),
    )


def brightwire_style() -> PublisherStyle:
    """A press-release wire: dateline with the wire's name, media contact, "###" marker."""
    return PublisherStyle(
        domain="brightwirepr.com", site="Brightwire", base_size=240,
        subdomains=(("www.", 100),), sections=("business",), n_authors=3,
        url_path="/news-releases/{slug}-{n}.html",
        pools={
            "city": ("AUSTIN, Texas", "TORONTO", "DUBLIN", "SAN JOSE, Calif.", "MUMBAI"),
            "company": ("Helix Biotech", "Arbor Software", "Quillon Energy", "Marisol Foods",
                        "Northgrid Networks", "Tandem Health"),
            "contact": ("Dana Whitlock", "Ravi Menon", "Claire Dubois", "Sam Ekwueme"),
        },
        constants={"phone": "+1 555 0188 310"},
        families=(
            _f("dateline", HEADER, 0.95, (_OLD, "{city}, {date_long} /{site}/ --")),
            _f("about", FOOTER, 0.6, (_OLD, "About {company}")),
            _f("contact", FOOTER, 0.7, (_OLD, "Media contact: {contact}, {phone}")),
            _f("end-marker", FOOTER, 0.6, (_OLD, "###")),
            _f("source", FOOTER, 0.9, (_OLD, "SOURCE {company}")),
            _f("view-original", FOOTER, 0.5,
               (_OLD, "View original content: https://www.{domain}/news-releases/{n}.html")),
        ),
    )


def thrifty_style() -> PublisherStyle:
    """A retail-investing site: ticker bylines, position disclosures, risk warning."""
    return PublisherStyle(
        domain="thriftyinvestorsguide.com", site="Thrifty Investor's Guide", base_size=340,
        subdomains=(("www.", 75), ("", 25)), sections=("business",), n_authors=12,
        url_path="/investing/{yyyy}/{mm}/{dd}/{slug}.aspx",
        pools={
            "tickers": ("NYSE: KO", "NASDAQ: AAPL", "NYSE: XOM", "NASDAQ: MSFT", "NYSE: T"),
            "vendor": ("QuoteStream", "Tickerly", "MarketPulse Data"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{author} | {date_short} | {tickers_list}")),
            _f("advertisement", MIDDLE, 0.5, (_OLD, "\u2014 Advertisement \u2014")),
            _f("read-next", MIDDLE, 0.3, (_OLD, "Read next: {other_title}")),
            _f("disclosure", FOOTER, 0.75,
               (_OLD, "Disclosure: {author} has no position in any of the stocks mentioned. "
                "{site} has a disclosure policy."),
               ("2019-03-01", "{author} holds no shares in the companies mentioned. {site} "
                "recommends nothing in this article and has a disclosure policy.")),
            _f("delayed", FOOTER, 0.4,
               (_OLD, "Market data delayed by at least 15 minutes. Quotes by {vendor}.")),
            _f("risk", FOOTER, 0.6,
               (_OLD, "Investing involves risk, including the loss of principal. Past "
                "performance is no guarantee of future results, and nothing here is a "
                "recommendation to buy or sell any security.")),
        ),
    )


def ribera_style() -> PublisherStyle:
    """A Spanish regional daily: Spanish month names, "Lee también" links, WhatsApp appeal."""
    return PublisherStyle(
        domain="diarioribera.es", site="Diario de la Ribera", base_size=200,
        subdomains=(("www.", 100),), sections=("local", "politics"), n_authors=6,
        url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        families=(
            _f("byline", HEADER, 0.9, (_OLD, "Por {author}")),
            _f("published", HEADER, 0.9, (_OLD, "Publicado el {date_es}, a las {time}")),
            _f("publicidad", MIDDLE, 0.5, (_OLD, "Publicidad"), count=2),
            _f("lee-tambien", MIDDLE, 0.3, (_OLD, "Lee tambi\u00e9n: {other_title}")),
            _f("whatsapp", FOOTER, 0.5,
               (_OLD, "Recibe las noticias de {site} en tu WhatsApp: \u00fanete a nuestro "
                "canal.")),
            _f("comments", FOOTER, 0.4,
               (_OLD, "Los comentarios est\u00e1n moderados. S\u00e9 respetuoso.")),
            _f("copyright", FOOTER, 0.9,
               (_OLD, "\u00a9 {site} {year}. Prohibida su reproducci\u00f3n total o parcial.")),
        ),
    )


def heldout_styles() -> list[PublisherStyle]:
    """The held-back styles, in the order the generator hands them to publishers."""
    return [
        circuit_style(), wire_style(), station_style(), fieldhouse_style(), thrifty_style(),
        vane_style(), ledgerproject_style(), brightwire_style(), ribera_style(),
    ]
