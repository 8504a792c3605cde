"""The second held-back template set (``held-back-2``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the first held-back
set (`tests.bench.heldout_templates`) had been studied while improving detection. It was
written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``, ``segment``,
``sign``) and without shaping any line to pass or to fail it: the families come from what
real publishers print (the fakenewscorpus footers, the seed article, general knowledge of
news sites, wires, blogs, magazines and non-English sites). All wording is original; none is
copied from the data, from the tuning styles or from the first held-back set.

**Do not tune on this set.** Once its misses have been studied to change the detector, it is
no longer an unseen test: write a new set instead, and say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a citizen-journalism platform, a
press-release wire, a German regional paper, a public radio station, a markets newsletter,
an Indonesian news portal, a university news office, a long-form magazine, a recipe blog,
a sports site, a French wine magazine and a one-person newsletter. Variation: dates in
eight formats (German, French and Indonesian ones from `planted_real.localised_dates`),
notices reworded in 2016-2019, names at the start of lines (bios, credits, "X contributed"),
slots holding the article's own title or another article's title, amounts, percentages,
durations, handles, URLs with document numbers, multi-line blocks (a release's "About"
heading, paragraph and safe-harbour text), mid-body inserts, a comment form shared by the
three WordPress-like sites, and lines in only a share of articles.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# The comment form of a common blogging CMS: the same lines on three publishers' pages.
_REPLY = (_OLD, "Leave a Reply Cancel reply")
_REQUIRED = (_OLD, "Your email address will not be published. Required fields are marked *")


def porch_style() -> PublisherStyle:
    """A citizen-journalism platform: reader ratings, contributor posts, long disclaimers."""
    return PublisherStyle(
        domain="frontporchreport.com", site="Frontporch Report", base_size=900,
        subdomains=(("", 70), ("www.", 30)), sections=("politics", "health", "economy"),
        n_authors=40, url_path="/{section}/{yyyy}/{mm}/{slug}-{n}.html",
        pools={
            "pct": tuple(str(p) for p in (64, 71, 58, 83, 49, 90, 37, 76, 22, 95, 12, 68, 55)),
            "kind": ("Contributor Post", "Guest Column", "Reader Submission"),
            "credit": ("screenshot", "public domain", "YouTube still", "author's photo"),
            "source": ("thelibertyhour.net", "pinecone-truth.org", "realmoneywatch.info",
                       "heartlandsignal.us", "theawakenedmind.blog"),
            "since": ("2011", "2013", "2014", "2016"),
        },
        families=(
            _f("rating", HEADER, 0.85,
               (_OLD, "{pct}% of readers believe this story is accurate. Cast your vote."),
               ("2018-03-01", "{pct}% of readers rate this story as true. What do you think?")),
            _f("kind", HEADER, 0.55, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted by {author} on {date_long} @ {time12}"),
               ("2017-05-01", "Submitted by {author} | {date_short} | {count} views")),
            _f("image", MIDDLE, 0.35, (_OLD, "(Image: {credit})"), count=2),
            _f("read-full", FOOTER, 0.45, (_OLD, "Read the full post at {source}")),
            _f("source", FOOTER, 0.4, (_OLD, "Source: https://{source}/?p={n}")),
            _f("bio", FOOTER, 0.3,
               (_OLD, "{author} has been posting on {site} since {since}. Follow all of "
                "{author}'s stories with the RSS button on the profile page.")),
            _f("disclaimer", FOOTER, 0.9,
               (_OLD, "The views in this post belong to its contributor. {site} hosts reader "
                "content and does not check it before publication; use your own judgment."),
               ("2019-01-01", "Contributor content: {site} does not verify reader posts and is "
                "not responsible for their claims. Always do your own research.")),
            _f("comments", FOOTER, 0.65,
               (_OLD, "Keep it civil. Comments that attack other readers or post links to spam "
                "are deleted and their authors may be blocked without notice.")),
        ),
    )


def wire_style() -> PublisherStyle:
    """A press-release wire: datelines, issuer boilerplate, safe-harbour text, contacts."""
    return PublisherStyle(
        domain="lodestarnewswire.com", site="Lodestar Newswire", base_size=700,
        subdomains=(("www.", 90), ("", 10)), sections=("business", "technology", "health"),
        n_authors=3, url_path="/news-releases/{slug}-{n}.html",
        pools={
            "city": ("NEW YORK", "CHICAGO", "AUSTIN, Texas", "TORONTO", "SAN DIEGO",
                     "BOSTON", "DENVER", "ATLANTA", "SEATTLE", "MIAMI"),
            "issuer": ("Halberd Analytics", "Corvane Therapeutics", "Pinnacle Ridge Homes",
                       "Veltra Payments", "Osprey Cold Chain", "Brightmoor Credit Union"),
            "about": (
                "Halberd Analytics builds forecasting software for regional utilities and "
                "grid operators. Founded in 2009, the company is based in Denver.",
                "Corvane Therapeutics is a clinical-stage biotechnology company developing "
                "treatments for rare metabolic disorders. For more information, visit its "
                "website.",
                "Pinnacle Ridge Homes has built more than 14,000 single-family homes across "
                "six states since 1994.",
                "Veltra Payments processes card and account-to-account payments for more than "
                "30,000 small merchants in North America.",
            ),
            "contact": ("Dana Whitlock, +1 312-555-0187", "Marcus Ibe, media@halberd.example",
                        "Investor Relations, ir@corvane.example", "Leah Ostrowski, 555-0134"),
        },
        families=(
            _f("logo", HEADER, 0.25,
               (_OLD, "Logo: https://media.lodestarnewswire.com/logos/{n}.jpg")),
            _f("dateline", HEADER, 0.9, (_OLD, "{city}, {date_long} /Lodestar Newswire/ --")),
            _f("about-head", FOOTER, 0.8, (_OLD, "About {issuer}")),
            _f("about", FOOTER, 0.75, (_OLD, "{about}")),
            _f("fls-head", FOOTER, 0.5, (_OLD, "Forward-Looking Statements"),
               ("2018-01-01", "Cautionary Note Regarding Forward-Looking Statements")),
            _f("fls", FOOTER, 0.5,
               (_OLD, "This release contains forward-looking statements within the meaning of "
                "the Private Securities Litigation Reform Act of 1995. Actual results may "
                "differ materially from those expressed or implied, and the company undertakes "
                "no obligation to update them."),
               ("2018-01-01", "Statements in this press release that are not historical facts "
                "are forward-looking statements. They involve risks and uncertainties that "
                "could cause actual results to differ materially, and speak only as of today.")),
            _f("contact", FOOTER, 0.85, (_OLD, "Media Contact: {contact}")),
            _f("view-original", FOOTER, 0.7,
               (_OLD, "View original content: https://www.lodestarnewswire.com/news-releases/"
                "{n}.html"),
               ("2017-07-01", "View original content to download multimedia: "
                "https://www.lodestarnewswire.com/news-releases/{n}.html")),
            _f("source", FOOTER, 0.95, (_OLD, "SOURCE {issuer}")),
        ),
    )


def bote_style() -> PublisherStyle:
    """A German regional daily: datelines with "Uhr", agency credits, paywall teasers."""
    return PublisherStyle(
        domain="rheintaler-bote.de", site="Rheintaler Bote", base_size=600,
        subdomains=(("www.", 100),), sections=("lokales", "politik", "wirtschaft", "sport"),
        n_authors=16, url_path="/{section}/{slug}-art{n}",
        constants={"leser": "leserservice@rheintaler-bote.de"},
        pools={
            "agency": ("dpa", "AFP", "epd", "KNA", "dpa/lrs", "Reuters"),
            "themen": ("Kommunalpolitik", "Verkehr", "Schule", "Einzelhandel", "Polizei",
                       "Landtag", "Fu\u00dfball"),
        },
        families=(
            _f("byline", HEADER, 0.8, (_OLD, "Von {author}")),
            _f("datum", HEADER, 0.9, (_OLD, "{date_de}, {time} Uhr"),
               ("2018-04-01", "Ver\u00f6ffentlicht am {date_de_long} um {time} Uhr")),
            _f("agency", HEADER, 0.3, (_OLD, "Quelle: {agency}")),
            _f("anzeige", MIDDLE, 0.5, (_OLD, "Anzeige"), count=2),
            _f("lesen-sie", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("plus", FOOTER, 0.5,
               (_OLD, "Dieser Artikel geh\u00f6rt zu unserem Plus-Angebot. Jetzt 30 Tage "
                "kostenlos testen."),
               ("2019-02-01", "Sie lesen einen Plus-Artikel. Testen Sie {site} Plus einen "
                "Monat lang f\u00fcr 0,99 Euro.")),
            _f("themen", FOOTER, 0.6, (_OLD, "Mehr zum Thema: {themen_list}")),
            _f("fehler", FOOTER, 0.4,
               (_OLD, "Fehler entdeckt? Schreiben Sie uns an {leser}.")),
            _f("kommentare", FOOTER, 0.3,
               (_OLD, "Die Kommentarfunktion f\u00fcr diesen Artikel ist geschlossen.")),
            _f("copyright", FOOTER, 0.85,
               (_OLD, "\u00a9 {site} {year} \u2013 Alle Rechte vorbehalten. "
                "Vervielf\u00e4ltigung nur mit Genehmigung der Redaktion.")),
        ),
    )


def radio_style() -> PublisherStyle:
    """A public radio station: audio durations, underwriting credits, membership appeals."""
    return PublisherStyle(
        domain="wqrn.org", site="WQRN", base_size=500,
        subdomains=(("www.", 80), ("", 20)), sections=("news", "politics", "arts", "health"),
        n_authors=10, url_path="/{section}/{yyyy}-{mm}-{dd}/{slug}",
        pools={
            "duration": tuple(f"{m}:{s:02d}" for m in range(1, 9) for s in (4, 19, 33, 47, 58)),
            "underwriter": ("Harlan & Moss Attorneys", "the Greeley Family Foundation",
                            "Riverbend Credit Union", "Sunnyside Orthodontics",
                            "the Tri-County Arts Fund"),
            "show": ("Morning Edition", "All Things Local", "The Midday Hour"),
        },
        families=(
            _f("listen", HEADER, 0.65, (_OLD, "Listen \u00b7 {duration}")),
            _f("byline", HEADER, 0.9, (_OLD, "{author}, {site} News")),
            _f("published", HEADER, 0.75, (_OLD, "Published {date_long} at {time12} ET")),
            _f("underwriting", MIDDLE, 0.3, (_OLD, "Support for {site} comes from {underwriter}.")),
            _f("donate", FOOTER, 0.75,
               (_OLD, "{site} is listener-supported. If this story helped you understand your "
                "community, please make a gift of any amount today."),
               ("2019-03-01", "Local reporting like this is made possible by {site} members. "
                "Become one today with a gift of $5 a month.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "Copyright {year} {site}. To hear more, visit {domain}.")),
            _f("transcript", FOOTER, 0.25,
               (_OLD, "This transcript was produced on a deadline and may be revised. The "
                "audio is the authoritative record.")),
            _f("briefing", FOOTER, 0.4,
               (_OLD, "Get the {show} briefing in your inbox every weekday. Sign up here.")),
            _f("contributed", FOOTER, 0.25, (_OLD, "{author2} contributed to this report.")),
        ),
    )


def markets_style() -> PublisherStyle:
    """A markets newsletter: tickers, delayed-quote notes, position disclosures."""
    return PublisherStyle(
        domain="bellwethermarkets.com", site="Bellwether Markets", base_size=450,
        subdomains=(("www.", 100),), sections=("stocks", "economy", "crypto"),
        n_authors=8, url_path="/{section}/{slug}",
        pools={
            "tickers": ("AAPL", "MSFT", "XOM", "JPM", "TSLA", "NVDA", "KO", "BA", "SPY"),
            "trial": ("14-day", "30-day", "two-week"),
        },
        families=(
            _f("tickers", HEADER, 0.5, (_OLD, "Tickers in this article: {tickers_list}")),
            _f("byline", HEADER, 0.9, (_OLD, "{author} | Contributing Analyst | {date_short}"),
               ("2017-09-01", "{author}, Senior Markets Writer \u2014 {date_short}")),
            _f("delayed", HEADER, 0.35,
               (_OLD, "Market data as of {time12} ET, {date_short}. Quotes delayed at least "
                "15 minutes.")),
            _f("premium", MIDDLE, 0.3,
               (_OLD, "Want our top picks before the opening bell? Start a free {trial} trial "
                "of {site} Premium.")),
            _f("disclosure", FOOTER, 0.85,
               (_OLD, "Disclosure: The author holds no position in any stock mentioned and has "
                "no plans to open one within 72 hours."),
               ("2018-06-01", "Disclosure: I/we have no stock, option or similar derivative "
                "position in any of the companies mentioned, and no plans to initiate any such "
                "positions within the next 72 hours.")),
            _f("not-advice", FOOTER, 0.8,
               (_OLD, "This article is for information only and is not investment advice. "
                "Past performance does not guarantee future returns.")),
            _f("more-from", FOOTER, 0.4, (_OLD, "More from {site}: {other_title}")),
        ),
    )


def warta_style() -> PublisherStyle:
    """An Indonesian news portal: "Baca juga" inserts, WIB times, Google News appeals."""
    return PublisherStyle(
        domain="wartanusantara.co.id", site="Warta Nusantara", base_size=420,
        subdomains=(("www.", 60), ("news.", 40)), sections=("nasional", "ekonomi", "dunia"),
        n_authors=20, url_path="/read/{yyyy}/{mm}/{dd}/{n}/{slug}",
        pools={
            "editor": ("Rina Kusuma", "Bayu Pratama", "Dewi Anggraini", "Agus Setiawan"),
            "kota": ("JAKARTA", "SURABAYA", "BANDUNG", "MEDAN", "MAKASSAR"),
        },
        families=(
            _f("tanggal", HEADER, 0.9, (_OLD, "{date_id} | {time} WIB")),
            _f("penulis", HEADER, 0.7, (_OLD, "Penulis: {author}")),
            _f("kota", HEADER, 0.4, (_OLD, "{kota}, {site} --")),
            _f("baca-juga", MIDDLE, 0.6, (_OLD, "Baca juga: {other_title}"), count=2),
            _f("advertisement", MIDDLE, 0.4, (_OLD, "ADVERTISEMENT")),
            _f("scroll", MIDDLE, 0.35, (_OLD, "SCROLL TO CONTINUE WITH CONTENT")),
            _f("editor", FOOTER, 0.7, (_OLD, "Editor: {editor}")),
            _f("google-news", FOOTER, 0.5,
               (_OLD, "Simak berita dan artikel lainnya di Google News."),
               ("2019-05-01", "Ikuti {site} di Google News untuk kabar terkini setiap hari.")),
            _f("tayang", FOOTER, 0.15,
               (_OLD, "Artikel ini telah tayang di {domain} dengan judul \"{title}\".")),
            _f("hak-cipta", FOOTER, 0.75,
               (_OLD, "Hak cipta \u00a9 {year} {site}. Dilarang mengutip tanpa izin tertulis.")),
        ),
    )


def campus_style() -> PublisherStyle:
    """A university news office: units in bylines, media contacts, the "About" paragraph."""
    return PublisherStyle(
        domain="alderstate.edu", site="Alder State University", base_size=380,
        subdomains=(("news.", 100),), sections=("research", "campus", "health"),
        n_authors=9, url_path="/stories/{yyyy}/{slug}",
        constants={"phone": "555-0143", "email": "newsroom@alderstate.edu"},
        pools={
            "unit": ("University Communications", "College of Engineering",
                     "School of Medicine", "College of Arts and Sciences"),
            "photographer": ("Jun Takeda", "Marisol Grant", "Pete Lindqvist"),
            "topics": ("Research", "Climate", "Students", "Health", "Engineering", "Awards"),
        },
        families=(
            _f("byline", HEADER, 0.8, (_OLD, "By {author}, {unit}")),
            _f("share", HEADER, 0.6, (_OLD, "Share this story")),
            _f("photo", MIDDLE, 0.45, (_OLD, "Photo by {photographer} / {site}")),
            _f("topics", FOOTER, 0.6, (_OLD, "Topics: {topics_list}")),
            _f("contact", FOOTER, 0.8,
               (_OLD, "Media contact: University Communications, {email}, {phone}")),
            _f("social", FOOTER, 0.5,
               (_OLD, "Follow Alder State on Facebook, Twitter, Instagram and LinkedIn."),
               ("2019-08-01", "Follow Alder State on Facebook, X, Instagram and LinkedIn.")),
            _f("about", FOOTER, 0.3,
               (_OLD, "Alder State University is a public research university founded in "
                "1887. Its 31,000 students study in 14 colleges across three campuses.")),
            _f("correction", FOOTER, 0.08,
               (_OLD, "Editor's note: This story was updated on {date_long} to correct a "
                "name.")),
        ),
    )


def lamplighter_style() -> PublisherStyle:
    """A long-form magazine: print-edition lines, audio narration, staff-writer bios."""
    return PublisherStyle(
        domain="lamplighterreview.com", site="The Lamplighter Review", base_size=300,
        subdomains=(("www.", 100),), sections=("ideas", "culture", "politics", "books"),
        n_authors=14, url_path="/{section}/archive/{yyyy}/{mm}/{slug}/{n}/",
        pools={"beat": ("national politics", "books and ideas", "science", "the economy",
                        "foreign affairs", "technology")},
        families=(
            _f("audio", HEADER, 0.3,
               (_OLD, "Listen to this article \u00b7 {read_min} min. Narrated by a synthetic "
                "voice; more stories on the {site} app.")),
            _f("bio", FOOTER, 0.8, (_OLD, "{author} is a staff writer at {site}."),
               ("2018-01-01", "{author} is a staff writer at {site} covering {author_beat}.")),
            _f("issue", FOOTER, 0.45,
               (_OLD, "This article appears in the {month} {year} print edition with the "
                "headline \u201c{title}.\u201d")),
            _f("subscribe", FOOTER, 0.5,
               (_OLD, "Support independent journalism: subscribe to {site} from $1 a week.")),
            _f("commission", FOOTER, 0.15,
               (_OLD, "When you buy a book using a link on this page, we receive a commission. "
                "Thank you for supporting {site}.")),
        ),
    )


def recipe_style() -> PublisherStyle:
    """A one-cook recipe blog on a common CMS: disclosures, pins, the comment form."""
    return PublisherStyle(
        domain="saffronandsalt.com", site="Saffron & Salt", base_size=260,
        subdomains=(("", 60), ("www.", 40)), sections=("dinner", "baking", "drinks"),
        n_authors=2, url_path="/{slug}/",
        pools={"cats": ("Dinner", "Vegetarian", "Quick & Easy", "Baking", "Soups", "Holiday")},
        families=(
            _f("jump", HEADER, 0.8, (_OLD, "Jump to Recipe \u00b7 Print Recipe")),
            _f("affiliate", HEADER, 0.7,
               (_OLD, "This post may contain affiliate links. As an Amazon Associate I earn "
                "from qualifying purchases. Read my full disclosure policy.")),
            _f("updated", HEADER, 0.45, (_OLD, "Last updated on {date_long}")),
            _f("pin", MIDDLE, 0.35, (_OLD, "Pin this recipe for later!")),
            _f("made-it", FOOTER, 0.75,
               (_OLD, "Made this recipe? Leave a star rating below and tag {author_handle} "
                "on Instagram so I can see it!")),
            _f("filed", FOOTER, 0.8, (_OLD, "Filed Under: {cats_links}")),
            _f("hi", FOOTER, 0.5,
               (_OLD, "Hi, I'm {author}! I cook simple, seasonal food for busy weeknights. "
                "Grab a cup of tea and stay a while.")),
            _f("reply", FOOTER, 0.55, _REPLY),
            _f("required", FOOTER, 0.55, _REQUIRED),
        ),
    )


def sidelines_style() -> PublisherStyle:
    """A sports site: Twitter follow lines, "MORE:" inserts, odds and helpline notes."""
    return PublisherStyle(
        domain="sidelinesnation.com", site="Sidelines Nation", base_size=220,
        subdomains=(("www.", 100),), sections=("nfl", "nba", "college", "soccer"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"book": ("Westgate Line", "BetRiver Sportsbook", "Caesars Odds Desk"),
               "agency": ("The Associated Press", "Field Level Media", "Stats Perform")},
        families=(
            _f("byline", HEADER, 0.9, (_OLD, "{author} | {date_slash}")),
            _f("more", MIDDLE, 0.4, (_OLD, "MORE: {other_title}"), count=3),
            _f("follow", FOOTER, 0.7, (_OLD, "Follow {author} on Twitter at {author_handle}.")),
            _f("agency", FOOTER, 0.3, (_OLD, "{agency} contributed to this report.")),
            _f("odds", FOOTER, 0.35,
               (_OLD, "Odds provided by {book}. Gambling problem? Call 1-800-GAMBLER.")),
            _f("originally", FOOTER, 0.25,
               (_OLD, "This story was originally published on {date_long} and has been "
                "updated.")),
            _f("reply", FOOTER, 0.3, _REPLY),
            _f("required", FOOTER, 0.3, _REQUIRED),
        ),
    )


def cep_style() -> PublisherStyle:
    """A French wine and food magazine: "Par", "Publié le", the health warning on alcohol."""
    return PublisherStyle(
        domain="lecepcurieux.fr", site="Le Cep Curieux", base_size=180,
        subdomains=(("www.", 100),), sections=("vins", "gastronomie", "voyages"),
        n_authors=7, url_path="/{section}/{slug}_{n}",
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "Par {author}")),
            _f("publie", HEADER, 0.85, (_OLD, "Publi\u00e9 le {date_fr} \u00e0 {time}")),
            _f("maj", HEADER, 0.3, (_OLD, "Mis \u00e0 jour le {date_fr}")),
            _f("publicite", MIDDLE, 0.45, (_OLD, "PUBLICIT\u00c9")),
            _f("a-lire", MIDDLE, 0.4, (_OLD, "\u00c0 lire aussi : {other_title}"),
               ("2018-09-01", "\u00c0 lire aussi\u00a0: {other_title}")),
            _f("evin", FOOTER, 0.8,
               (_OLD, "L'abus d'alcool est dangereux pour la sant\u00e9. \u00c0 consommer "
                "avec mod\u00e9ration.")),
            _f("lettre", FOOTER, 0.5,
               (_OLD, "Recevez chaque vendredi notre s\u00e9lection de vins et d'adresses : "
                "inscrivez-vous \u00e0 notre lettre d'information.")),
            _f("droits", FOOTER, 0.85,
               (_OLD, "\u00a9 {site} {year}. Tous droits r\u00e9serv\u00e9s. Reproduction "
                "interdite sans autorisation.")),
        ),
    )


def letter_style() -> PublisherStyle:
    """A one-person email newsletter with a web archive: subscribe, share, comment buttons."""
    return PublisherStyle(
        domain="slowthinking.news", site="Slow Thinking", base_size=120,
        subdomains=(("", 100),), sections=("essays", "notes"),
        n_authors=1, url_path="/p/{slug}",
        pools={"price": ("$5", "$6", "$8")},
        families=(
            _f("subscribe", HEADER, 0.6, (_OLD, "Subscribe now")),
            _f("thanks", MIDDLE, 0.5,
               (_OLD, "Thanks for reading {site}! Subscribe for free to receive new posts and "
                "support my work.")),
            _f("paid", FOOTER, 0.35,
               (_OLD, "If you value this work, a paid subscription is {price} a month and "
                "keeps every post free for everyone.")),
            _f("share", FOOTER, 0.6, (_OLD, "Share")),
            _f("comment", FOOTER, 0.5, (_OLD, "Leave a comment")),
            _f("reply", FOOTER, 0.2, _REPLY),
        ),
    )


def heldout2_styles() -> list[PublisherStyle]:
    """The held-back-2 styles, in the order the generator hands them to publishers."""
    return [
        porch_style(), wire_style(), bote_style(), radio_style(), markets_style(),
        warta_style(), campus_style(), lamplighter_style(), recipe_style(), sidelines_style(),
        cep_style(), letter_style(),
    ]
