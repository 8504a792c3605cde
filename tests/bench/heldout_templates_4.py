"""The fourth held-back template set (``held-back-4``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the misses of the
third held-back set (`tests.bench.heldout_templates_3`) had been studied while improving
detection. It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``config``), before any benchmark run on it, and without
shaping any line to pass or to fail a detector: the families are what real sites of these
kinds print, from general knowledge of them. All wording is original; none is copied from
the data, from the tuning styles or from the first three held-back sets.

**Do not tune on this set.** Once its misses have been studied to change the detector, it is
no longer an unseen test: write a new set instead, and say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): an Italian regional daily, a
crypto-markets news site, a Polish regional portal, a Swedish daily, a hospital system's
newsroom, an auto-review magazine, a weather service's news page, a British fashion
magazine, a Canadian city's press office, a hunting and fishing magazine, a parenting blog
and a college student newspaper. None of these kinds is in the earlier held-back sets.

Variation: dates in several formats and languages (Italian ``dd/mm/yyyy``, built from the
``date_iso`` slot by indexing since the generator has no Italian slot; Swedish ISO dates
with ``kl. 14.32``, the dot time built from ``time`` the same way; Polish ``dd.mm.yyyy`` from
``date_de``; English long, short, day-month-year and weekday forms), notices reworded in
2017-2020 (a 2018 GDPR rewording, a 2020 visitor-restriction banner, a new editor in a
legal notice), names at the start of lines (a bare Swedish byline and its title, a student
byline with class year, press contacts, a staff disclosure, a blogger's bio), the article's
own title (a comment count heading) and other articles' titles, amounts (crypto prices and
moves, car prices and engine outputs, pound and dollar prices, subscription offers),
handles and URLs with release numbers, multi-line blocks (a car's specification box, a
hospital's media contact and "About" paragraph, a city's contact block), mid-body inserts
(some up to two or three times), a two-line network and copyright footer shared by three
sister enthusiast magazines of one media group, bare lines (a category, a weekday date, a
wire-agency tag, an end marker, a name), and families in only 10-30% of articles beside
ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Italian dates (21/06/2017) and Swedish times (14.32) from the generic slots: str.format
# indexes into the ISO date ("2017-06-21") and the 24-hour time ("14:32").
_IT_DATE = "{date_iso[8]}{date_iso[9]}/{date_iso[5]}{date_iso[6]}/{year}"
_SE_TIME = "{time[0]}{time[1]}.{time[3]}{time[4]}"

# The footer of Larkspur Enthusiast Media, printed by its three sister magazines (the auto,
# fashion and outdoors titles): a network line and the group's copyright line.
_LARKSPUR_NETWORK = (_OLD, "A Larkspur Enthusiast Media title. Also from us: Torque & Tread, "
                     "Hemline Weekly, Fin & Feather, Trailhead Journal")
_LARKSPUR_COPYRIGHT = (
    (_OLD, "\u00a9 {year} Larkspur Enthusiast Media LLC \u00b7 Ad Choices \u00b7 "
     "Terms of Use \u00b7 Privacy"),
    ("2018-05-25", "\u00a9 {year} Larkspur Enthusiast Media LLC \u00b7 Ad Choices \u00b7 "
     "Terms of Use \u00b7 Privacy \u00b7 Cookie Settings"),
)


def valmora_style() -> PublisherStyle:
    """An Italian regional daily: kicker with the town, numeric dates, registration notice."""
    return PublisherStyle(
        domain="gazzettadivalmora.it", site="Gazzetta di Valmora", base_size=900,
        subdomains=(("www.", 85), ("", 10), ("amp.", 5)),
        sections=("cronaca", "politica", "economia", "sport", "cultura"),
        n_authors=28, url_path="/{section}/{yyyy}/{mm}/{dd}/news/{slug}-{n}/",
        constants={"email": "redazione@gazzettadivalmora.it"},
        pools={
            "comune": ("Valmora", "Castelrovere", "San Lorenzo al Piano", "Borgo Tessera",
                       "Montecalvo", "Riva Ombrosa"),
            "fonte_foto": ("Ansa", "d'archivio", "Fotogramma", "Studio Brenna",
                           "Vigili del fuoco", "Carabinieri"),
        },
        families=(
            _f("occhiello", HEADER, 0.45, (_OLD, "{section_cap} / {comune}")),
            _f("firma", HEADER, 0.85, (_OLD, "di {author}")),
            _f("data", HEADER, 0.9, (_OLD, f"{_IT_DATE} ore {{time}}"),
               ("2017-10-01", f"Pubblicato il {_IT_DATE} alle ore {{time}}")),
            _f("pubblicita", MIDDLE, 0.5, (_OLD, "Pubblicit\u00e0"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "(Foto {fonte_foto})"), count=2),
            _f("leggi-anche", MIDDLE, 0.35, (_OLD, "Leggi anche \u203a {other_title}"),
               ("2019-04-01", "LEGGI ANCHE: {other_title}")),
            _f("newsletter", FOOTER, 0.4,
               (_OLD, "Ogni mattina le notizie della provincia nella tua casella di posta: "
                "iscriviti gratis alla newsletter della {site}."),
               ("2019-06-01", "Non perdere le notizie del tuo comune: attiva le notifiche e "
                "scarica la app della {site}, gratuita per iOS e Android.")),
            _f("segnalazioni", FOOTER, 0.25,
               (_OLD, "Hai una segnalazione, una foto o un video? Scrivi a {email} oppure "
                "chiama lo 0365 555 012.")),
            _f("riproduzione", FOOTER, 0.8, (_OLD, "\u00a9 RIPRODUZIONE RISERVATA")),
            _f("testata", FOOTER, 0.6,
               (_OLD, "{site} \u2013 Quotidiano della provincia \u2013 Registrazione Tribunale di "
                "Valmora n. 14/1996 \u2013 P. IVA 02345678901"),
               ("2019-01-01", "{site} \u00e8 una testata di Editoriale Valmora S.r.l. \u2013 "
                "Reg. Trib. di Valmora n. 14/1996 \u2013 Direttore responsabile: Paolo "
                "Sanfilippo \u2013 P. IVA 02345678901")),
        ),
    )


def hashpoint_style() -> PublisherStyle:
    """A crypto-markets news site: price strip, chart embeds, holdings and risk notices."""
    return PublisherStyle(
        domain="hashpoint.news", site="Hashpoint", base_size=700,
        subdomains=(("www.", 90), ("", 10)),
        sections=("markets", "policy", "tech", "defi", "business"),
        n_authors=18, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "editor": ("Marta Oyelaran", "Tobias Wren", "Keiko Ashdown"),
            "btc": ("6,412.50", "9,188.02", "3,874.91", "11,503.77", "7,260.14", "4,105.63",
                    "8,937.40", "10,244.18"),
            "eth": ("212.48", "187.05", "462.19", "139.71", "274.30", "615.88", "12.93"),
            "move": ("+2.14", "-0.87", "+0.36", "-3.92", "+5.08", "-1.45", "+0.02", "-7.31"),
            "pair": ("BTCUSD", "ETHUSD", "XRPUSD", "LTCUSD", "BCHUSD", "ETHBTC"),
            "holding": ("a small amount of BTC", "BTC and ETH", "no digital assets",
                        "ETH and a few stablecoins", "less than $1,000 in BTC"),
            "sponsor": ("Zentrix Exchange", "Orbia Wallet", "Kapstone Custody", "Lumen Pay"),
        },
        families=(
            _f("byline", HEADER, 0.9, (_OLD, "{author} \u2022 {date_short}, {time} UTC"),
               ("2019-04-01", "By {author} \u00b7 Edited by {editor} \u00b7 {date_short} at "
                "{time} UTC")),
            _f("ticker", HEADER, 0.45, (_OLD, "BTC ${btc} ({move}%) \u00b7 ETH ${eth}")),
            _f("sponsored", HEADER, 0.1,
               (_OLD, "Sponsored: this content was paid for by {sponsor} and was not written "
                "or edited by the {site} newsroom.")),
            _f("takeaways", HEADER, 0.3, (_OLD, "Key takeaways")),
            _f("chart", MIDDLE, 0.3, (_OLD, "{pair} chart by TradingView"), count=2),
            _f("telegram", MIDDLE, 0.2,
               (_OLD, "Get price alerts and breaking stories first: join {site} on Telegram."),
               ("2018-11-01", "Breaking stories land on our Telegram channel first. Join 40,000 "
                "subscribers there.")),
            _f("holdings", FOOTER, 0.35,
               (_OLD, "{author} holds {holding}, disclosed under the {site} conflicts-of-interest "
                "policy.")),
            _f("risk", FOOTER, 0.85,
               (_OLD, "Cryptocurrencies are volatile, unregulated assets. Nothing on {site} is "
                "an offer, a solicitation or a recommendation to trade them; do your own "
                "research before investing."),
               ("2018-03-01", "Digital assets carry a high level of risk and you may lose all of "
                "the money you put into them. {site} content is for information only and is "
                "not financial, tax or legal advice.")),
            _f("newsletter", FOOTER, 0.4,
               (_OLD, "Start each trading day with the {site} Morning Brief: prices, flows and "
                "the stories behind them, before 8 a.m. ET.")),
            _f("copyright", FOOTER, 0.8,
               (_OLD, "\u00a9 {year} Hashpoint Media Ltd. Registered in Gibraltar, company no. "
                "118402.")),
        ),
    )


def nadwarcie_style() -> PublisherStyle:
    """A Polish regional portal: numeric dates, agency source, tip line, GDPR rewording."""
    return PublisherStyle(
        domain="nadwarcie24.pl", site="Nadwarcie24", base_size=620,
        subdomains=(("", 60), ("www.", 30), ("m.", 10)),
        sections=("wiadomosci", "region", "sport", "biznes", "kultura"),
        n_authors=16, url_path="/{section}/{slug}/ar/c1-{n}",
        constants={"email": "alarm@nadwarcie24.pl"},
        pools={
            "fot": ("Nadwarcie24", "archiwum", "materia\u0142y prasowe", "KPP Kostrzyn",
                    "UM Gorz\u00f3w", "pixabay.com"),
            "zrodlo": ("PAP", "informacja w\u0142asna", "IAR", "KMP Gorz\u00f3w", "UM Gorz\u00f3w"),
        },
        families=(
            _f("autor", HEADER, 0.8, (_OLD, "Autor: {author}")),
            _f("data", HEADER, 0.9, (_OLD, "{date_de}, {time}"),
               ("2018-05-01", "Opublikowano: {date_de}, godz. {time}")),
            _f("reklama", MIDDLE, 0.55, (_OLD, "REKLAMA"), count=2),
            _f("czytaj", MIDDLE, 0.45, (_OLD, "Czytaj tak\u017ce: {other_title}"),
               ("2019-03-01", "ZOBACZ TE\u017b: {other_title}"), count=2),
            _f("fot", MIDDLE, 0.3, (_OLD, "Fot. {fot}")),
            _f("zrodlo", FOOTER, 0.35, (_OLD, "\u0179r\u00f3d\u0142o: {zrodlo}")),
            _f("alarm", FOOTER, 0.3,
               (_OLD, "By\u0142e\u015b \u015bwiadkiem zdarzenia? Masz zdj\u0119cia lub film? "
                "Napisz do nas: {email}")),
            _f("moderacja", FOOTER, 0.4,
               (_OLD, "Redakcja nie odpowiada za tre\u015b\u0107 komentarzy. Wpisy "
                "naruszaj\u0105ce regulamin b\u0119d\u0105 usuwane.")),
            _f("dane", FOOTER, 0.2,
               (_OLD, "Korzystanie z portalu oznacza akceptacj\u0119 regulaminu i polityki "
                "cookies."),
               ("2018-05-25", "Administratorem Twoich danych osobowych jest Media Nadwarcie "
                "sp. z o.o. Szczeg\u00f3\u0142y w polityce prywatno\u015bci (RODO).")),
            _f("prawa", FOOTER, 0.75,
               (_OLD, "Copyright \u00a9 {year} {site}. Wszelkie prawa zastrze\u017cone.")),
        ),
    )


def kustposten_style() -> PublisherStyle:
    """A Swedish daily: bare name and title lines, ISO dates, legal publisher line."""
    return PublisherStyle(
        domain="kustposten.se", site="Kustposten", base_size=560,
        subdomains=(("www.", 100),),
        sections=("nyheter", "sport", "kultur", "ledare", "ekonomi"),
        n_authors=20, url_path="/{section}/a/{n}/{slug}",
        constants={"email": "tips@kustposten.se"},
        pools={
            "beat": ("Reporter", "Nyhetsreporter", "Sportreporter", "Kulturskribent",
                     "Nyhetschef", "Politisk redakt\u00f6r"),
            "byra": ("TT", "TT-AFP", "TT-Reuters", "TT-DPA"),
        },
        families=(
            _f("namn", HEADER, 0.75, (_OLD, "{author}")),
            _f("titel", HEADER, 0.7, (_OLD, "{author_beat}")),
            _f("publicerad", HEADER, 0.9, (_OLD, f"Publicerad {{date_iso}} kl. {_SE_TIME}"),
               ("2018-10-01", "Publicerad {date_iso} {time}")),
            _f("annons", MIDDLE, 0.5, (_OLD, "Annons"), count=2),
            _f("las-mer", MIDDLE, 0.35, (_OLD, "L\u00c4S MER: {other_title}")),
            _f("byra", FOOTER, 0.3, (_OLD, "{byra}")),
            _f("ledare", FOOTER, 0.12,
               (_OLD, "{site} \u00e4r en oberoende liberal tidning. Ledarsidan ansvarar f\u00f6r "
                "inneh\u00e5llet i denna text.")),
            _f("tips", FOOTER, 0.35,
               (_OLD, "Har du ett nyhetstips? Ring 0340-55 50 10 eller mejla {email}. Du har "
                "r\u00e4tt att vara anonym."),
               ("2019-09-01", "Tipsa {site}! Sms:a eller ring 0340-55 50 10, eller mejla "
                "{email}. Vi skyddar alltid v\u00e5ra k\u00e4llor.")),
            _f("utgivare", FOOTER, 0.7, (_OLD, "Ansvarig utgivare: Margareta Lindholm"),
               ("2018-02-01", "Chefredakt\u00f6r och ansvarig utgivare: Johan Ekdahl")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "\u00a9 {site} {year} \u00b7 Om cookies \u00b7 Personuppgiftspolicy")),
        ),
    )


def lindenvalley_style() -> PublisherStyle:
    """A hospital system's newsroom: category, visitor banner, media contact, About block."""
    return PublisherStyle(
        domain="lindenvalleyhealth.org", site="Linden Valley Health", base_size=500,
        subdomains=(("www.", 80), ("news.", 20)),
        sections=("news", "patient-stories", "research", "community"),
        n_authors=7, url_path="/newsroom/{yyyy}/{slug}",
        pools={
            "kind": ("News Release", "Patient Story", "Health Tips", "Research", "Community",
                     "Awards"),
            "pr": ("Renata Olusegun", "Greg Haverford", "Lydia Chen-Marsh"),
            "pr_phone": ("(555) 241-7720", "(555) 241-7734", "(555) 241-7702"),
        },
        families=(
            _f("kind", HEADER, 0.6, (_OLD, "{kind}")),
            _f("date", HEADER, 0.85, (_OLD, "{weekday}, {date_long}")),
            _f("visitor", HEADER, 0.25,
               (_OLD, "Flu season visitor guidelines are in effect: children under 12 may not "
                "visit inpatient units until further notice."),
               ("2020-03-01", "COVID-19 update: visitor restrictions are in place at every "
                "{site} hospital. Please read the current guidance before you come.")),
            _f("find-doctor", MIDDLE, 0.3,
               (_OLD, "Looking for a primary care doctor? Find a {site} provider near you or "
                "call 1-800-555-0162.")),
            _f("media-head", FOOTER, 0.5, (_OLD, "Media contact:")),
            _f("media-contact", FOOTER, 0.48, (_OLD, "{pr}, Public Relations, {pr_phone}")),
            _f("about-head", FOOTER, 0.55, (_OLD, "About {site}")),
            _f("about", FOOTER, 0.55,
               (_OLD, "{site} is a not-for-profit health system with four hospitals, 62 "
                "outpatient sites and more than 9,800 employees serving the Linden Valley "
                "region."),
               ("2018-07-01", "{site} is a nonprofit, community-owned health system of five "
                "hospitals, a children's hospital and more than 80 care sites, with over "
                "11,000 team members.")),
            _f("nondiscrimination", FOOTER, 0.4,
               (_OLD, "{site} complies with applicable federal civil rights laws and does not "
                "discriminate on the basis of race, color, national origin, age, disability "
                "or sex.")),
            _f("language", FOOTER, 0.35,
               (_OLD, "ATENCI\u00d3N: si habla espa\u00f1ol, tiene a su disposici\u00f3n "
                "servicios gratuitos de asistencia ling\u00fc\u00edstica. Llame al "
                "1-800-555-0163.")),
        ),
    )


def torque_style() -> PublisherStyle:
    """An auto-review magazine: photo credits, price as tested, specification box."""
    return PublisherStyle(
        domain="torqueandtread.com", site="Torque & Tread", base_size=450,
        subdomains=(("www.", 100),),
        sections=("reviews", "first-drives", "news", "comparisons"),
        n_authors=10, url_path="/{section}/{yyyy}/{slug}/",
        pools={
            "price": ("38,415", "52,990", "27,780", "71,250", "44,600", "33,905", "96,300"),
            "model": ("Avalon Ridge XLT", "Corsa Vento Sport", "Mirai Trekker 4WD",
                      "Halvorsen E-Tourer", "Dunmore GT", "Kestrel Compact SE"),
            "engine": ("2.0-liter turbocharged inline-4", "3.5-liter twin-turbo V-6",
                       "5.0-liter V-8", "dual electric motors, 75-kWh battery",
                       "1.5-liter inline-3 hybrid"),
            "hp": ("181", "255", "310", "402", "455", "147"),
            "lbft": ("195", "273", "350", "376", "510", "136"),
            "mpg": ("24", "31", "19", "28", "52", "22"),
        },
        families=(
            _f("byline", HEADER, 0.9, (_OLD, "Words: {author} \u00b7 Photos: {author2}"),
               ("2018-06-01", "Story by {author} | Photography by {author2} | {date_short}")),
            _f("as-tested", HEADER, 0.35, (_OLD, "Price as tested: ${price}")),
            _f("ad", MIDDLE, 0.45, (_OLD, "Advertisement \u2013 story continues below")),
            _f("specs-head", FOOTER, 0.35, (_OLD, "Specifications: {model}")),
            _f("engine", FOOTER, 0.33, (_OLD, "Engine: {engine}")),
            _f("output", FOOTER, 0.33, (_OLD, "Output: {hp} hp / {lbft} lb-ft")),
            _f("economy", FOOTER, 0.3, (_OLD, "EPA fuel economy (combined): {mpg} mpg")),
            _f("loaner", FOOTER, 0.45,
               (_OLD, "The manufacturer lent us this car for a week with a full tank and "
                "insurance. {site} never accepts payment for reviews."),
               ("2019-05-01", "Test car supplied by the manufacturer. {site} pays its own "
                "travel to press drives and does not let carmakers see reviews before they "
                "are published.")),
            _f("network", FOOTER, 0.4, _LARKSPUR_NETWORK),
            _f("larkspur", FOOTER, 0.8, *_LARKSPUR_COPYRIGHT),
        ),
    )


def stormline_style() -> PublisherStyle:
    """A weather service's news page: meteorologist bylines, time zones, satellite credits."""
    return PublisherStyle(
        domain="stormlineweather.com", site="Stormline Weather", base_size=400,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("news", "severe-weather", "climate", "winter"),
        n_authors=9, url_path="/{section}/{slug}/{n}",
        pools={
            "beat": ("Meteorologist", "Senior Meteorologist", "Digital Writer",
                     "Storm Specialist"),
            "tz": ("EDT", "CDT", "MDT", "PDT", "EST", "CST"),
            "sat": ("GOES-16", "GOES-East", "GOES-West", "NOAA-20", "Suomi NPP"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "By {author}, {site} {author_beat}")),
            _f("updated", HEADER, 0.8, (_OLD, "Updated {date_short} {time12} {tz}"),
               ("2018-03-01", "Published {date_short} \u00b7 Updated {time12} {tz}")),
            _f("satellite", MIDDLE, 0.35, (_OLD, "Satellite view: {sat} (NOAA/NESDIS)"),
               count=2),
            _f("app", MIDDLE, 0.3,
               (_OLD, "Lightning within ten miles? Turn on {site} push alerts and the app will "
                "warn you for your exact location.")),
            _f("photos", FOOTER, 0.25,
               (_OLD, "Send us your storm photos: tag them #StormlineSnap and the best ones may "
                "be featured here.")),
            _f("forecast", FOOTER, 0.4,
               (_OLD, "See the 15-day forecast for your town at {domain}/forecast.")),
            _f("safety", FOOTER, 0.15,
               (_OLD, "Lightning safety: if you can hear thunder, get inside and stay there "
                "until 30 minutes after the last rumble.")),
            _f("data", FOOTER, 0.3,
               (_OLD, "Forecast data: National Weather Service and {site} meteorologists. "
                "Observations are preliminary and may be revised.")),
            _f("copyright", FOOTER, 0.75,
               (_OLD, "\u00a9 {year} Stormline Weather Co. Forecasts are updated continuously and "
                "may change.")),
        ),
    )


def hemline_style() -> PublisherStyle:
    """A British fashion magazine: commerce note, shopping lines with prices, shoot credits."""
    return PublisherStyle(
        domain="hemlineweekly.co.uk", site="Hemline Weekly", base_size=360,
        subdomains=(("www.", 100),),
        sections=("fashion", "beauty", "culture", "shopping"),
        n_authors=14, url_path="/{section}/article/{slug}",
        pools={
            "item": ("Linen midi dress", "Leather loafers", "Oversized blazer", "Silk scarf",
                     "Chunky knit cardigan", "Gold hoop earrings", "Wide-leg trousers"),
            "price": ("45", "89", "120", "235", "18", "64", "310", "27.50"),
            "retailer": ("Arden & Co", "Mirela", "Voss Studio", "Maison Petrel",
                         "Thread & Thimble"),
            "stylist": ("Chioma Adeyemi", "Lotte Bergqvist", "Raf Delacroix"),
            "hair": ("Sienna Moyo", "Jules Farrant"),
            "mua": ("Ines Okonkwo", "Bea Hallam"),
            "season": ("Spring", "Summer", "Autumn", "Winter"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "By {author} | {date_dmy}"),
               ("2018-09-01", "{author} \u00b7 {date_dmy}")),
            _f("commerce", HEADER, 0.5,
               (_OLD, "Our editors choose every item independently. We may earn a fee when you "
                "shop through the links below; prices were correct at the time of "
                "publishing.")),
            _f("shop", MIDDLE, 0.35, (_OLD, "{item}, \u00a3{price}, at {retailer}"), count=3),
            _f("shop-now", MIDDLE, 0.3, (_OLD, "SHOP NOW"), count=2),
            _f("credits", FOOTER, 0.3,
               (_OLD, "Photography: {author2}. Styling: {stylist}. Hair: {hair}. Make-up: "
                "{mua}.")),
            _f("issue", FOOTER, 0.2,
               (_OLD, "This story first ran in the {season} {year} issue of {site}. Subscribe "
                "today and save 40% on six issues.")),
            _f("network", FOOTER, 0.35, _LARKSPUR_NETWORK),
            _f("larkspur", FOOTER, 0.75, *_LARKSPUR_COPYRIGHT),
        ),
    )


def fenwick_style() -> PublisherStyle:
    """A Canadian city's press office: release label, end marker, contact block, formats."""
    return PublisherStyle(
        domain="fenwick.ca", site="City of Fenwick", base_size=320,
        subdomains=(("www.", 100),),
        sections=("news", "notices", "council"),
        n_authors=3, url_path="/en/news/{yyyy}/{slug}.aspx",
        pools={
            "dept": ("Office of the Mayor", "Public Works", "Recreation and Culture",
                     "Fire Services", "Planning and Development", "Transit Services"),
            "contact": ("Priya Dhaliwal", "Marc-Andr\u00e9 Tremblay", "Shauna MacLeod"),
            "role": ("Communications Advisor", "Senior Communications Officer",
                     "Media Relations Coordinator"),
            "ext": ("2214", "2290", "3105", "2251"),
        },
        families=(
            _f("release", HEADER, 0.8, (_OLD, "News release"),
               ("2019-01-01", "News Release \u2013 For Immediate Release")),
            _f("dept", HEADER, 0.5, (_OLD, "{dept}")),
            _f("date", HEADER, 0.85, (_OLD, "{date_long}")),
            _f("service-line", MIDDLE, 0.15,
               (_OLD, "Questions? Call 311 (905-555-0311 from outside city limits) or report "
                "it online at {domain}/311.")),
            _f("end", FOOTER, 0.75, (_OLD, "- 30 -")),
            _f("info-head", FOOTER, 0.6, (_OLD, "For more information:")),
            _f("contact-name", FOOTER, 0.55, (_OLD, "{contact}")),
            _f("contact-role", FOOTER, 0.55, (_OLD, "{role}, {site}")),
            _f("contact-phone", FOOTER, 0.5, (_OLD, "905-555-0100, ext. {ext}")),
            _f("accessible", FOOTER, 0.4,
               (_OLD, "Accessible formats and communication supports are available on "
                "request. Contact accessibility@{domain} or 905-555-0100, ext. 2000."),
               ("2018-06-01", "This release is available in an accessible format on request: "
                "call 905-555-0100, ext. 2000, or email accessibility@{domain}.")),
            _f("online", FOOTER, 0.3,
               (_OLD, "This news release is available online at "
                "https://www.{domain}/en/news/{n}.aspx")),
        ),
    )


def finfeather_style() -> PublisherStyle:
    """A hunting and fishing magazine: regulations note, gear buy lines, print offer."""
    return PublisherStyle(
        domain="finandfeather.com", site="Fin & Feather", base_size=280,
        subdomains=(("www.", 100),),
        sections=("hunting", "fishing", "gear", "conservation"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={
            "agency": ("Minnesota DNR", "Texas Parks and Wildlife", "Pennsylvania Game "
                       "Commission", "Michigan DNR", "Wisconsin DNR", "Georgia DNR"),
            "gear": ("Tidewater 7-foot medium spinning rod", "Marshland neoprene chest waders",
                     "Ridgeline 10x42 binoculars", "Copperhead 3D turkey decoy",
                     "Stillwater 8-inch ice auger"),
            "price": ("39.99", "129.95", "249.00", "89.99", "17.49", "329.99"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{author} | {date_long}"),
               ("2018-08-01", "Written by {author} \u00b7 Posted {date_long}")),
            _f("regs", HEADER, 0.35,
               (_OLD, "Seasons, bag limits and license rules vary by state and change every "
                "year. Check the {agency} regulations before you go.")),
            _f("gear", MIDDLE, 0.3, (_OLD, "BUY NOW: {gear}, ${price}"), count=2),
            _f("video", MIDDLE, 0.2, (_OLD, "Video: {other_title}")),
            _f("commission", FOOTER, 0.25,
               (_OLD, "Prices were accurate at the time of writing. We field-test what we "
                "recommend and may earn a commission when you buy through our links.")),
            _f("conservation", FOOTER, 0.2,
               (_OLD, "Every hunting and fishing license you buy pays for habitat work and "
                "wildlife research in your state. Buy yours before you head out.")),
            _f("print", FOOTER, 0.35,
               (_OLD, "Get 10 issues of {site} for $14.97 \u2013 75% off the cover price."),
               ("2019-02-01", "Subscribe to {site}: print plus digital for $19.97 a year, with "
                "every back issue online.")),
            _f("network", FOOTER, 0.4, _LARKSPUR_NETWORK),
            _f("larkspur", FOOTER, 0.8, *_LARKSPUR_COPYRIGHT),
        ),
    )


def muddledmum_style() -> PublisherStyle:
    """A British parenting blog: ad labels, post meta line, sign-off, comment-count heading."""
    return PublisherStyle(
        domain="muddledmum.co.uk", site="The Muddled Mum", base_size=220,
        subdomains=(("", 70), ("www.", 30)),
        sections=("family-life", "days-out", "baby", "reviews"),
        n_authors=1, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "cats": ("Family Life", "Days Out", "Baby", "Reviews", "Toddler", "Recipes"),
            "brand": ("Puddle & Pip", "Snugglebug Sleepwear", "Little Orchard Toys",
                      "Bramble Farm Park"),
            "kids": ("two", "three", "a toddler and a teenager", "twin girls"),
            "town": ("Leeds", "a village outside Norwich", "Bristol", "south Wales"),
            "linky": ("#MumsMidweek", "#SundaySaysSo", "#ParentPostParty", "#HonestMumLife"),
        },
        families=(
            _f("gifted", HEADER, 0.2, (_OLD, "This is a collaborative post with {brand}."),
               ("2018-10-01", "AD | Paid partnership with {brand}. As always, every opinion "
                "here is my own.")),
            _f("meta", HEADER, 0.7,
               (_OLD, "{date_dmy} \u00b7 {cats_links} \u00b7 {count} comments")),
            _f("you-might", MIDDLE, 0.3, (_OLD, "You might also like: {other_title}"), count=2),
            _f("pin", MIDDLE, 0.25, (_OLD, "Like it? Pin it for later \u2193")),
            _f("signoff", FOOTER, 0.5, (_OLD, "Speak soon, {author} xx")),
            _f("about", FOOTER, 0.3,
               (_OLD, "{author} is a mum of {kids} living in {town}, writing about the chaos, "
                "the joy and the cold cups of tea of family life.")),
            _f("linky", FOOTER, 0.15, (_OLD, "I\u2019m linking this post up with {linky}")),
            _f("comments", FOOTER, 0.4, (_OLD, "{count} thoughts on \u201c{title}\u201d")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "\u00a9 {year} {site} \u00b7 Photos are my own unless stated \u2013 "
                "please ask before using them.")),
        ),
    )


def spectator_style() -> PublisherStyle:
    """A college student newspaper: class-year bylines, volume and issue, masthead notes."""
    return PublisherStyle(
        domain="orchardhallspectator.com", site="The Orchard Hall Spectator", base_size=150,
        subdomains=(("", 50), ("www.", 50)),
        sections=("news", "opinion", "sports", "arts", "features"),
        n_authors=25, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        constants={"email": "letters@orchardhallspectator.com"},
        pools={
            "beat": ("'18, Staff Writer", "'19, News Editor", "'20, Contributing Writer",
                     "'17, Sports Editor", "'21, Opinion Columnist", "'19, Arts Editor"),
            "vol": ("XCI", "XCII", "XCIII", "XCIV", "XCV", "XCVI"),
            "issue": ("1", "4", "7", "9", "12", "15"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{author} {author_beat}")),
            _f("date", HEADER, 0.8, (_OLD, "{date_short}")),
            _f("volume", HEADER, 0.25, (_OLD, "Volume {vol}, Issue {issue}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo by {author2} | {site}")),
            _f("donate", MIDDLE, 0.15,
               (_OLD, "Student journalism needs your support. A gift to {site} pays for "
                "printing, conference travel and our reporters\u2019 equipment.")),
            _f("opinion", FOOTER, 0.3,
               (_OLD, "Opinions in this column are the writer\u2019s own and do not necessarily "
                "reflect those of the {site} editorial board.")),
            _f("letters", FOOTER, 0.25,
               (_OLD, "Want to respond? Send a letter to the editor (400 words or fewer) to "
                "{email}.")),
            _f("independent", FOOTER, 0.55,
               (_OLD, "{site} is the student newspaper of Orchard Hall College, published "
                "since 1931."),
               ("2019-08-01", "{site} has been student-run since 1931 and is editorially "
                "independent of the Orchard Hall College administration.")),
            _f("platform", FOOTER, 0.6,
               (_OLD, "\u00a9 {year} \u2022 Newsroom theme by Quadline \u2022 Log in")),
        ),
    )


def heldout4_styles() -> list[PublisherStyle]:
    """The held-back-4 styles, in the order the generator hands them to publishers."""
    return [
        valmora_style(), hashpoint_style(), nadwarcie_style(), kustposten_style(),
        lindenvalley_style(), torque_style(), stormline_style(), hemline_style(),
        fenwick_style(), finfeather_style(), muddledmum_style(), spectator_style(),
    ]
