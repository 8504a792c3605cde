"""The eighth held-back template set (``held-back-8``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the misses of the
seventh held-back set (`tests.bench.heldout_templates_7`) had been studied while improving
detection. It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``config``), before any benchmark run on it, and without
shaping any line to pass or to fail a detector: the families are what real sites of these
kinds print, from general knowledge of them. All wording is original; none is copied from
the data, from the tuning styles or from the first seven held-back sets.

**This set has since been studied while improving detection.** Once its misses have been
studied to change the detector, it is no longer an unseen test: write a new set instead, and
say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Finnish regional daily, an
Argentine regional paper, a Ukrainian news site's English edition, a Pakistani English
daily, an Israeli English news site, a Hawaiian local paper, a medical journal's news
digest, a coding-tutorial blog, a sailing magazine, a ski and snow-conditions site, an
opera house's journal and a rugby club's match reports. None of these kinds is in the
earlier held-back sets.

Variation: dates in several formats and languages (Finnish ``21.06.2017 14.32``, the dot
time built from the ``time`` slot by indexing; Israeli ``21/06/2017`` built from
``date_iso`` the same way; Argentine ``date_es`` with ``hs``; ISO dates on the coding blog;
English long, short, day-month-year and weekday forms; PKT, HST, CET and Kyiv time),
notices reworded in 2017-2020 (a Finnish press-council line, a Telegram channel replacing a
WhatsApp tip line, a DNDA registration number, a podcast replacing an app appeal, a 2018
GDPR privacy notice shared by two sister magazines, a theatre closed in spring 2020, club
subscriptions paid online), names at the start of lines (a bare Finnish byline, a medical
reviewer, a ski writer and beat, a Hawaiian photo credit, a player of the match, an opera
writer's bio, a rugby reporter), the article's own title (a medical citation line) and
other articles' titles (Finnish, Argentine, Ukrainian-English, Pakistani and Israeli "see
also" inserts, a previous-post link), amounts (peso and rupee rates, KSE-100 and gold per
tola, shekel, dollar, pound and euro prices, snow depths, boat data), handles, short links
and DOIs with ids, multi-line blocks (a surf report, a boat-data box, a snow-report box, a
production's on-stage box, try and kick scorers), mid-body inserts (some up to two or three
times), a two-line group and company footer shared by the sailing magazine and the ski site
of one leisure publisher, bare lines (a Finnish section kicker, a Pakistani desk credit, an
Argentine ad label, a Ukrainian-version link, a Hebrew link), Finnish, Spanish, Ukrainian,
Hebrew and Hawaiian words, symbols and emoji where such sites use them, and families in only
10-30% of articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21")
# and the 24-hour time ("14:32").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_IL_DATE = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017
_FI_TIME = "{time[0]}{time[1]}.{time[3]}{time[4]}"  # 14.32

# The group footer of Larchmont Leisure Publishing: the same two lines under every page of
# its sailing magazine and its ski site (renamed variants substitute their own name only).
_GROUP_TITLES = (_OLD, "Close Reach · Piste & Powder · Fell & Crag: part of Larchmont "
                 "Leisure Publishing")
_GROUP_COMPANY = (
    (_OLD, "Larchmont Leisure Publishing Ltd, Unit 4, Quayside Works, Lymington SO41 9AZ. "
     "Registered in England and Wales, company no. 07421958. We use cookies on this site."),
    ("2018-05-25", "Larchmont Leisure Publishing Ltd, registered in England and Wales no. "
     "07421958. Read how we use your personal data in our updated privacy notice."),
)


def jarviseutu_style() -> PublisherStyle:
    """A Finnish regional daily: section kicker, bare byline, dot times, "Lue myös",
    subscriber wall, press-council line."""
    return PublisherStyle(
        domain="jarviseudunsanomat.fi", site="Järviseudun Sanomat", base_size=900,
        subdomains=(("www.", 90), ("", 10)),
        sections=("uutiset", "kotimaa", "talous", "urheilu", "kulttuuri", "mielipide"),
        n_authors=22, url_path="/{section}/art-{n}.html",
        pools={
            "osasto": ("Maakunta", "Kotimaa", "Talous", "Urheilu", "Kulttuuri", "Ulkomaat",
                       "Pääkirjoitus"),
            "kuvaaja": ("Mikko Lehtinen", "Anni Saarinen", "Jussi Koivisto", "Lehtikuva",
                        "Tiina Heikkilä", "Pekka Rautio", "lukijan kuva"),
            "kunta": ("Jyväskylä", "Jämsä", "Keuruu", "Saarijärvi", "Laukaa", "Äänekoski",
                      "Viitasaari"),
            "aiheet": ("Liikenne", "Kunnallispolitiikka", "Koulut", "Terveys", "Rikokset",
                       "Sää", "Metsät", "Työllisyys"),
        },
        families=(
            _f("osasto", HEADER, 0.45, (_OLD, "{osasto}")),
            _f("toimittaja", HEADER, 0.7, (_OLD, "{author}"),
               ("2018-09-01", "{author}, {kunta}")),
            _f("julkaistu", HEADER, 0.9, (_OLD, "{date_de} " + _FI_TIME),
               ("2017-10-01", "Julkaistu {date_de} " + _FI_TIME)),
            _f("kuva", MIDDLE, 0.45, (_OLD, "Kuva: {kuvaaja}"), count=2),
            _f("mainos", MIDDLE, 0.5, (_OLD, "Mainos"), count=2),
            _f("lue-myos", MIDDLE, 0.4, (_OLD, "Lue myös: {other_title}"), count=2),
            _f("tilaajille", FOOTER, 0.2,
               (_OLD, "Tämä juttu on tarkoitettu tilaajille. Tilaa Järviseudun Sanomat Digi: "
                "ensimmäinen kuukausi 1 €."),
               ("2019-08-01", "Jatka lukemista: kokeile Järviseudun Sanomien digitilausta "
                "4 viikkoa maksutta.")),
            _f("aiheet", FOOTER, 0.5, (_OLD, "Aiheet: {aiheet_list}")),
            _f("vinkki", FOOTER, 0.3,
               (_OLD, "Tiedätkö jotain, mistä meidän pitäisi kirjoittaa? Lähetä uutisvinkki "
                "osoitteeseen uutiset@jarviseudunsanomat.fi tai soita 040 555 1208.")),
            _f("copyright", FOOTER, 0.8,
               (_OLD, "© Järviseudun Sanomat {year}. Aineiston kopioiminen ja levittäminen "
                "ilman lupaa on kielletty."),
               ("2019-03-01", "© {year} Järviseudun Sanomat – Keskijärven Media Oy. Lehti "
                "noudattaa Journalistin ohjeita ja Julkisen sanan neuvoston päätöksiä.")),
        ),
    )


def lapostadelsur_style() -> PublisherStyle:
    """An Argentine regional paper: peso strip, Spanish dates with "hs", "Mirá también",
    ad labels, a tip line turned Telegram channel, the DNDA registration."""
    return PublisherStyle(
        domain="lapostadelsur.com.ar", site="La Posta del Sur", base_size=780,
        subdomains=(("www.", 85), ("", 15)),
        sections=("politica", "economia", "sociedad", "deportes", "policiales",
                  "espectaculos"),
        n_authors=16, url_path="/{section}/{slug}-nid{dd}{mm}{yyyy}/",
        pools={
            "dolar": ("16,05", "17,38", "19,92", "28,75", "38,40", "44,15", "59,90",
                      "78,30"),
            "blue": ("16,90", "18,10", "20,45", "29,60", "40,20", "64,50", "126,00",
                     "170,00"),
            "riesgo": ("412", "565", "730", "1.024", "2.038", "1.680"),
            "fuente": ("Télam", "NA", "Redacción", "AFP", "Agencia DyN"),
            "fotografo": ("Marcelo Ibarra", "Lucía Ferreyra", "Archivo", "Télam",
                          "Gentileza Municipalidad", "Prensa Club Olimpo"),
        },
        families=(
            _f("cotizaciones", HEADER, 0.2,
               (_OLD, "Dólar oficial $ {dolar} | Dólar blue $ {blue} | Riesgo país {riesgo}")),
            _f("fecha", HEADER, 0.9, (_OLD, "{date_es} - {time}"),
               ("2018-07-01", "{date_es} · Actualizado a las {time} hs")),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author} | Redacción La Posta del Sur")),
            _f("publicidad", MIDDLE, 0.55, (_OLD, "PUBLICIDAD"), count=3),
            _f("mira", MIDDLE, 0.4, (_OLD, "Mirá también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {fotografo}")),
            _f("fuente", FOOTER, 0.3, (_OLD, "Fuente: {fuente}")),
            _f("whatsapp", FOOTER, 0.3,
               (_OLD, "¿Viste algo que tenemos que contar? Mandanos tu mensaje, foto o video "
                "al WhatsApp de la redacción: 291 555-0143."),
               ("2019-03-01", "📲 Sumate al canal de La Posta del Sur en Telegram y recibí "
                "las noticias más importantes del día.")),
            _f("suscripcion", FOOTER, 0.25,
               (_OLD, "El periodismo local tiene un costo. Suscribite a La Posta del Sur desde "
                "$ 99 por mes."),
               ("2019-09-01", "Apoyá el periodismo de Bahía Blanca: suscribite desde $ 349 "
                "por mes y leé todas las notas sin límite.")),
            _f("propiedad", FOOTER, 0.75,
               (_OLD, "© {year} La Posta del Sur. Todos los derechos reservados. Propiedad "
                "intelectual en trámite. Director: Ernesto Galván."),
               ("2018-04-01", "La Posta del Sur | Editorial Sur Pampeano S.A. | Registro DNDA "
                "RL-2018-41735290-APN-DNDA#MJ | © {year}")),
        ),
    )


def podil_style() -> PublisherStyle:
    """A Ukrainian news site's English edition: Kyiv-time stamps, "Text:" bylines, a
    Ukrainian-version link, short links, Ctrl+Enter corrections, the hyperlink rule."""
    return PublisherStyle(
        domain="podilpost.com.ua", site="Podil Post", base_size=660,
        subdomains=(("en.", 80), ("www.", 20)),
        sections=("politics", "east", "economy", "kyiv", "culture", "opinion"),
        n_authors=13, url_path="/en/{section}/{n}-{slug}",
        pools={
            "agency": ("UNIAN", "Ukrinform", "Podil Post", "Kyiv City State Administration",
                       "AFP", "Facebook"),
            "tags": ("Kyiv", "Verkhovna Rada", "Donbas", "reforms", "corruption", "Naftogaz",
                     "visa-free", "Crimea", "elections"),
        },
        families=(
            _f("date", HEADER, 0.9, (_OLD, "{date_dmy}, {time}"),
               ("2018-10-01", "{date_dmy} at {time} (Kyiv time)")),
            _f("byline", HEADER, 0.75, (_OLD, "Text: {author}"),
               ("2019-03-01", "Text: {author} | Twitter: {author_handle}")),
            _f("ukrainian", HEADER, 0.25, (_OLD, "🇺🇦 Українська версія")),
            _f("photo", MIDDLE, 0.4, (_OLD, "Photo: {agency}"), count=2),
            _f("also", MIDDLE, 0.4, (_OLD, "Also on Podil Post: {other_title}")),
            _f("shortlink", FOOTER, 0.3, (_OLD, "Short link: podilpost.com.ua/n{n}")),
            _f("membership", FOOTER, 0.35,
               (_OLD, "Podil Post is independent and funded by its readers. Become a patron "
                "from $3 a month."),
               ("2019-04-01", "Keep independent journalism in Ukraine alive: join the Podil "
                "Post community from $5 a month, or make a one-off gift by card or PayPal.")),
            _f("mistake", FOOTER, 0.2,
               (_OLD, "Spotted a mistake? Highlight the text and press Ctrl+Enter to let the "
                "editors know.")),
            _f("tags", FOOTER, 0.5, (_OLD, "Topics: {tags_links}")),
            _f("reprint", FOOTER, 0.7,
               (_OLD, "© {year} Podil Post. Quoting is allowed only with a hyperlink to "
                "podilpost.com.ua placed no lower than the first paragraph."),
               ("2019-06-01", "© 2014–{year} Podil Post. Усі права захищено. Any use of our "
                "materials requires an active link to podilpost.com.ua in the first "
                "paragraph.")),
        ),
    )


def ravi_style() -> PublisherStyle:
    """A Pakistani English daily: bare desk credits, PKT stamps, KSE-100 and gold strip,
    "appeared in print" line, comment screening, app and podcast appeals."""
    return PublisherStyle(
        domain="ravichronicle.com.pk", site="The Ravi Chronicle", base_size=600,
        subdomains=(("www.", 85), ("", 15)),
        sections=("pakistan", "business", "sport", "world", "opinion", "lahore"),
        n_authors=12, url_path="/story/{n}/{slug}",
        pools={
            "desk": ("Staff Reporter", "Our Correspondent", "News Desk", "APP",
                     "Monitoring Desk", "Online"),
            "kse": ("33,166.71", "37,450.12", "39,812.08", "41,230.55", "42,903.44",
                    "48,962.30"),
            "pkr": ("104.85", "105.40", "121.50", "139.20", "155.75", "160.90"),
            "gold": ("47,300", "51,650", "58,900", "71,200", "86,500", "111,500"),
        },
        families=(
            _f("credit", HEADER, 0.55, (_OLD, "{desk}")),
            _f("date", HEADER, 0.85, (_OLD, "Published {date_short}, {time12}"),
               ("2018-08-20", "Updated {date_short} {time12} PKT")),
            _f("markets", HEADER, 0.15,
               (_OLD, "KSE-100: {kse} | USD/PKR: {pkr} | Gold: Rs{gold} per tola")),
            _f("scroll", MIDDLE, 0.4, (_OLD, "Scroll down to continue reading"), count=2),
            _f("related", MIDDLE, 0.35, (_OLD, "Related story → {other_title}")),
            _f("print", FOOTER, 0.4, (_OLD, "Published in The Ravi Chronicle, {date_dmy}"),
               ("2019-01-01", "This story appeared in the print edition of The Ravi Chronicle "
                "on {weekday}, {date_dmy}.")),
            _f("comments", FOOTER, 0.2,
               (_OLD, "Readers' comments are screened before they appear. Stay on topic; "
                "abusive, sectarian or defamatory remarks will not be published.")),
            _f("app", FOOTER, 0.25,
               (_OLD, "Download the Ravi Chronicle app for Android and iOS and get breaking "
                "news alerts."),
               ("2019-06-01", "🎧 Listen to Ravi Roundup, our daily news podcast, every "
                "evening at 7pm on SoundCloud and Spotify.")),
            _f("copyright", FOOTER, 0.75,
               (_OLD, "Copyright © {year} The Ravi Chronicle. Ravi Publications (Pvt) Ltd. "
                "All rights reserved.")),
        ),
    )


def haifabay_style() -> PublisherStyle:
    """An Israeli English news site: numeric dates, wire-suffixed bylines, a Hebrew link,
    photo credits with agencies, Shabbat times, an Insider appeal in shekels."""
    return PublisherStyle(
        domain="haifabaytimes.co.il", site="Haifa Bay Times", base_size=540,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("israel-news", "middle-east", "tech", "jewish-world", "opinion", "food"),
        n_authors=11, url_path="/{section}/article-{n}",
        pools={
            "wire": ("Haifa Bay Times", "TPS", "JNS", "Reuters"),
            "photog": ("Noa Ben-Ami", "Itai Shapira", "Dror Katzav", "Michal Levin",
                       "Amir Haddad", "Yael Tsur"),
            "agency": ("Flash90", "GPO", "Haifa Bay Times", "Reuters", "Wikimedia Commons"),
            "city": ("Jerusalem", "Tel Aviv", "Haifa", "Be'er Sheva", "Eilat", "Safed"),
            "candle": ("4:12", "4:31", "5:05", "6:22", "7:14", "7:29"),
            "havdalah": ("5:24", "5:43", "6:18", "7:35", "8:31", "8:46"),
            "parasha": ("Bereshit", "Noach", "Lech Lecha", "Vayera", "Shemot", "Bo", "Yitro",
                        "Terumah", "Tzav", "Emor", "Korach", "Balak", "Pinchas", "Devarim"),
        },
        families=(
            _f("date", HEADER, 0.85, (_OLD, _IL_DATE + " {time}"),
               ("2018-04-01", "Last updated: {date_short}, {time} Israel time")),
            _f("byline", HEADER, 0.8, (_OLD, "By {author}/{wire}")),
            _f("hebrew", HEADER, 0.2, (_OLD, "לקריאת הכתבה בעברית")),
            _f("image", MIDDLE, 0.4, (_OLD, "(Photo: {photog}/{agency})"), count=2),
            _f("also", MIDDLE, 0.35, (_OLD, "Also on HBT: {other_title}")),
            _f("shabbat", FOOTER, 0.15,
               (_OLD, "🕯️ Parashat {parasha}: candle lighting in {city} {candle} p.m., "
                "Havdalah {havdalah} p.m.")),
            _f("support", FOOTER, 0.3,
               (_OLD, "Independent journalism from Israel needs your support. Join the Haifa "
                "Bay Times community from $6 a month."),
               ("2020-01-01", "Become an HBT Insider for ₪25 a month: no ads, a weekly Q&A "
                "with our reporters, and the Weekend Reader newsletter.")),
            _f("comments", FOOTER, 0.25,
               (_OLD, "Comments are moderated. Racism, incitement and personal attacks will "
                "be removed, and repeat offenders blocked.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "Haifa Bay Times Ltd., 14 Ha'Atzmaut Road, Haifa · © {year} All rights "
                "reserved")),
        ),
    )


def kohala_style() -> PublisherStyle:
    """A Hawaiian local paper: HST stamps, name-first photo credits, a surf report box,
    "Mahalo" subscription appeal, obituary desk."""
    return PublisherStyle(
        domain="kohalasentinel.com", site="The Kohala Sentinel", base_size=480,
        subdomains=(("www.", 100),),
        sections=("news", "sports", "island-life", "ocean", "obituaries", "business"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "surf_n": ("flat to 2 feet", "2 to 4 feet", "4 to 6 feet", "6 to 8 feet",
                       "10 to 15 feet"),
            "surf_s": ("1 to 2 feet", "1 to 3 feet", "2 to 4 feet", "3 to 5 feet"),
        },
        families=(
            _f("byline", HEADER, 0.8, (_OLD, "By {author}"),
               ("2019-01-01", "By {author}, Kohala Sentinel reporter")),
            _f("date", HEADER, 0.85, (_OLD, "{date_short} {time12} HST"),
               ("2018-06-01", "Posted {weekday}, {date_long} · {time12} HST")),
            _f("photo", MIDDLE, 0.4, (_OLD, "{author2} / Kohala Sentinel"), count=2),
            _f("surf-head", FOOTER, 0.22, (_OLD, "🌊 Today's surf")),
            _f("surf-north", FOOTER, 0.21, (_OLD, "North-facing shores: {surf_n}")),
            _f("surf-south", FOOTER, 0.2, (_OLD, "South-facing shores: {surf_s}")),
            _f("mahalo", FOOTER, 0.35,
               (_OLD, "Mahalo for reading. Subscribe to the Kohala Sentinel for $12.99 a month "
                "and keep local reporting alive on our island."),
               ("2019-05-01", "Mahalo for supporting local journalism! Digital access starts "
                "at 99¢ for your first month.")),
            _f("obits", FOOTER, 0.12,
               (_OLD, "To place an obituary or memorial notice, call the classified desk at "
                "(808) 555-0133, Monday to Friday, 8 a.m. to 4 p.m.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "Kohala Sentinel, Waimea, Hawaiʻi · © {year} · Please ask before "
                "reprinting our stories or photos.")),
        ),
    )


def meridian_style() -> PublisherStyle:
    """A medical journal's news digest: article type and date, "reviewing" bylines, a
    professionals-only notice, figure links, citation with DOI, metered access."""
    return PublisherStyle(
        domain="meridianmedj.org", site="Meridian Medical Journal", base_size=430,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("news", "research", "clinical", "policy", "careers"),
        n_authors=9, url_path="/content/{n}/{slug}",
        pools={
            "kind": ("News", "News analysis", "Research summary", "Feature",
                     "Practice pointer"),
            "lead": ("Okafor", "Lindqvist", "Matsuda", "Herrera", "Kowalczyk", "Nguyen",
                     "Brennan", "Adeyemi"),
            "journal": ("JAMA Intern Med", "Lancet Oncol", "Ann Fam Med", "Circulation",
                        "Pediatrics", "N Engl J Med", "BMJ Open"),
            "vol": ("356", "357", "359", "362", "364", "367", "369", "371"),
            "specialty": ("Cardiology", "Oncology", "Infectious diseases", "General practice",
                          "Paediatrics", "Psychiatry", "Public health"),
            "fig": ("1", "2", "3", "4"),
            "left": ("1", "2"),
        },
        families=(
            _f("kind", HEADER, 0.8, (_OLD, "{kind} | {date_dmy}"),
               ("2019-01-01", "{kind} · Published {date_dmy}")),
            _f("byline", HEADER, 0.7,
               (_OLD, "{author}, MD, reviewing {lead} et al. {journal} {year}")),
            _f("hcp", HEADER, 0.3,
               (_OLD, "This site is intended for healthcare professionals only.")),
            _f("figure", MIDDLE, 0.3, (_OLD, "Figure {fig}: view larger image · download slide"),
               count=2),
            _f("specialties", FOOTER, 0.45, (_OLD, "Specialties: {specialty_links}")),
            _f("cite", FOOTER, 0.5,
               (_OLD, "Cite this as: {author}. {title}. Meridian Med J {year};{vol}:n{n}. "
                "doi:10.5555/mmj.n{n}")),
            _f("competing", FOOTER, 0.35, (_OLD, "Competing interests: none declared."),
               ("2018-01-01", "Competing interests: the author has completed the ICMJE "
                "disclosure form and declares no relevant interests.")),
            _f("register", FOOTER, 0.3,
               (_OLD, "Register for free to read three articles a month, or subscribe for full "
                "access to the journal and its archive."),
               ("2018-05-25", "You have {left} free article(s) left this month. Subscribe, or "
                "sign in through your institution for unlimited access.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Meridian Medical Journal Publishing Group Ltd. Reuse beyond "
                "personal use requires permission; see our licensing terms.")),
        ),
    )


def nullpointer_style() -> PublisherStyle:
    """A coding-tutorial blog: meta line with reading time, series and tested-with notes,
    a sponsor line, code-block copy buttons, previous-post link, edit-on-GitHub line."""
    return PublisherStyle(
        domain="nullpointernotes.dev", site="Null Pointer Notes", base_size=380,
        subdomains=(("", 100),),
        sections=("python", "javascript", "rust", "devops", "databases"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "ver": ("Python 3.6", "Python 3.8", "Node.js 12", "Node.js 14 LTS", "Rust 1.41",
                    "PostgreSQL 11", "Docker 19.03", "Go 1.13"),
            "series": ("Async from scratch", "Postgres for app developers",
                       "Build a CLI in Rust", "Testing that doesn't hurt",
                       "Kubernetes by hand"),
            "part": ("1", "2", "3", "4", "5", "6"),
            "lang": ("python", "bash", "js", "rust", "sql", "yaml", "toml"),
            "sponsor": ("Bugwatch, error tracking that points at the line that broke. Free for "
                        "open source.",
                        "Shipyard CI: fast builds with caching that just works. The first 500 "
                        "minutes are free.",
                        "Queryloft, a hosted Postgres you never have to babysit."),
        },
        families=(
            _f("meta", HEADER, 0.85, (_OLD, "{author} · {date_short} · {read_min} min read"),
               ("2019-02-01", "Updated {date_iso} · {read_min} min read · {author_handle}")),
            _f("series", HEADER, 0.3,
               (_OLD, "This post is part {part} of the series “{series}”.")),
            _f("tested", HEADER, 0.35,
               (_OLD, "💡 Written for {ver}. Older versions may need small changes.")),
            _f("sponsor", HEADER, 0.15, (_OLD, "Sponsor: {sponsor}")),
            _f("copy", MIDDLE, 0.5, (_OLD, "{lang} Copy"), count=3),
            _f("previous", FOOTER, 0.35, (_OLD, "← Previous post: {other_title}")),
            _f("edit", FOOTER, 0.3,
               (_OLD, "Found a mistake? Edit this page on GitHub or open an issue; corrections "
                "are always welcome.")),
            _f("newsletter", FOOTER, 0.3,
               (_OLD, "One practical tutorial a week, straight to your inbox. No spam; "
                "unsubscribe any time."),
               ("2019-09-01", "Join 14,000 developers reading the Null Pointer Notes "
                "newsletter: one deep-dive every Tuesday, free.")),
            _f("license", FOOTER, 0.6,
               (_OLD, "Text © {year} Null Pointer Notes, CC BY-SA 4.0. Code samples are "
                "MIT-licensed unless noted.")),
        ),
    )


def closereach_style() -> PublisherStyle:
    """A sailing magazine: test-conditions line, photo credits, a boat-data box, the
    subscription offer, and the publisher's group footer shared with its ski site."""
    return PublisherStyle(
        domain="closereach.co.uk", site="Close Reach", base_size=330,
        subdomains=(("www.", 100),),
        sections=("boat-tests", "cruising", "racing", "seamanship", "gear"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "boat": ("Solent 34", "Tidewind 38", "Kestrel 31 DS", "Arcturus 45",
                     "Marlin Cat 42", "Quay 28 Classic"),
            "loa": ("10.36m (34ft 0in)", "11.58m (38ft 0in)", "9.45m (31ft 0in)",
                    "13.72m (45ft 0in)", "12.80m (42ft 0in)", "8.53m (28ft 0in)"),
            "disp": ("5,400kg", "7,900kg", "11,200kg", "4,150kg", "12,800kg", "3,300kg"),
            "price": ("£189,000", "£245,500", "£312,000 inc VAT", "€398,000 ex VAT",
                      "£129,950", "£74,500"),
            "wind": ("8-10", "12-15", "15-18", "20-25"),
            "sea": ("flat water", "a moderate chop", "a short Solent swell", "a 1m swell"),
        },
        families=(
            _f("byline", HEADER, 0.8, (_OLD, "By {author}"),
               ("2018-01-01", "{author} · {date_dmy}")),
            _f("conditions", HEADER, 0.25,
               (_OLD, "Test conditions: {wind} knots true wind, {sea}")),
            _f("photo", MIDDLE, 0.4, (_OLD, "📷 {author2}/Close Reach"), count=2),
            _f("data-head", FOOTER, 0.35, (_OLD, "THE DATA: {boat}")),
            _f("data-loa", FOOTER, 0.34, (_OLD, "LOA: {loa}")),
            _f("data-disp", FOOTER, 0.33, (_OLD, "Displacement: {disp}")),
            _f("data-price", FOOTER, 0.32, (_OLD, "Price: from {price}")),
            _f("subscribe", FOOTER, 0.3,
               (_OLD, "Subscribe to Close Reach: 13 issues for £49.99, delivered to your door "
                "or your marina."),
               ("2019-11-01", "Try Close Reach: 6 issues for £6, plus the full digital archive "
                "in our app.")),
            _f("group-titles", FOOTER, 0.6, _GROUP_TITLES),
            _f("group-company", FOOTER, 0.55, *_GROUP_COMPANY),
        ),
    )


def pisteandpowder_style() -> PublisherStyle:
    """A ski and snow-conditions site: writer and beat, update stamps in CET, a snow-report
    box, chalet deals, the avalanche notice, and the group footer shared with the sailing
    magazine."""
    return PublisherStyle(
        domain="pisteandpowder.com", site="Piste & Powder", base_size=290,
        subdomains=(("www.", 100),),
        sections=("snow-reports", "resorts", "gear", "news", "off-piste"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "beat": ("Alps correspondent", "Editor", "Gear editor", "Snow forecaster",
                     "Resorts reporter"),
            "resort": ("Verbier", "St Anton", "Les Arcs", "Chamonix", "Åre", "Niseko",
                       "Whistler", "Cervinia"),
            "depth_top": ("85cm", "140cm", "210cm", "265cm", "320cm"),
            "depth_low": ("10cm", "35cm", "60cm", "95cm", "130cm"),
            "fresh": ("0cm", "5cm", "15cm", "30cm", "45cm"),
            "lifts": ("12/48", "31/52", "44/44", "67/80", "18/25"),
            "chalet": ("449", "595", "729", "899"),
            "danger": ("1 (low)", "2 (moderate)", "3 (considerable)", "4 (high)"),
        },
        families=(
            _f("byline", HEADER, 0.65, (_OLD, "{author}, {author_beat}")),
            _f("updated", HEADER, 0.8, (_OLD, "Updated {weekday} {date_dmy}, {time} CET"),
               ("2019-11-01", "Snow report updated {date_short} at {time}")),
            _f("report-head", HEADER, 0.4, (_OLD, "❄️ Snow report: {resort}")),
            _f("report-depth", HEADER, 0.39,
               (_OLD, "Snow depth: {depth_top} upper / {depth_low} lower")),
            _f("report-fresh", HEADER, 0.37, (_OLD, "Fresh snow (last 24h): {fresh}")),
            _f("report-lifts", HEADER, 0.36, (_OLD, "Lifts open: {lifts}")),
            _f("deal", MIDDLE, 0.3,
               (_OLD, "Ski deal: 7 nights catered chalet in {resort} from £{chalet}pp, flights "
                "included"), count=2),
            _f("avalanche", FOOTER, 0.25,
               (_OLD, "Avalanche risk {danger}. Check the official bulletin and go off-piste "
                "only with a qualified guide.")),
            _f("group-titles", FOOTER, 0.6, _GROUP_TITLES),
            _f("group-company", FOOTER, 0.55, *_GROUP_COMPANY),
        ),
    )


def northgate_style() -> PublisherStyle:
    """An opera house's journal: dated bylines, production photo credits, an on-stage box
    (run, language, running time, tickets), writer bios, Friends appeal, charity line."""
    return PublisherStyle(
        domain="northgateopera.org.uk", site="Northgate Opera", base_size=250,
        subdomains=(("www.", 100),),
        sections=("journal", "productions", "behind-the-scenes", "learning"),
        n_authors=8, url_path="/journal/{slug}",
        pools={
            "opera": ("La traviata", "Tosca", "The Magic Flute", "Peter Grimes", "Rusalka",
                      "Don Giovanni", "Madama Butterfly", "Eugene Onegin"),
            "run": ("14 Sep – 12 Oct", "3 – 27 Nov", "18 Jan – 9 Feb", "28 Mar – 20 Apr",
                    "6 – 30 Jun"),
            "lang": ("Italian", "German", "Czech", "Russian", "English"),
            "runtime": ("2 hours 40 minutes", "3 hours 10 minutes", "2 hours 55 minutes",
                        "3 hours 25 minutes"),
            "intervals": ("one interval", "two intervals"),
            "price_from": ("£12", "£15", "£19", "£25"),
        },
        families=(
            _f("byline", HEADER, 0.7, (_OLD, "By {author} · {date_dmy}")),
            _f("image", MIDDLE, 0.4,
               (_OLD, "{opera}, Northgate Opera {year}. Photo by {author2}"), count=2),
            _f("on-stage", FOOTER, 0.3,
               (_OLD, "{opera} is on stage {run} at the Northgate Opera House")),
            _f("sung", FOOTER, 0.29, (_OLD, "Sung in {lang} with English surtitles")),
            _f("running", FOOTER, 0.28,
               (_OLD, "Running time approx. {runtime}, including {intervals}")),
            _f("tickets", FOOTER, 0.27,
               (_OLD, "🎟️ Tickets from {price_from} · Book online or call the box office on "
                "0161 555 0190")),
            _f("bio", FOOTER, 0.3,
               (_OLD, "{author} is a writer and broadcaster who has contributed to Northgate "
                "Opera's programmes since 2012.")),
            _f("support", FOOTER, 0.3,
               (_OLD, "Become a Friend of Northgate Opera from £60 a year for priority "
                "booking, open rehearsals and backstage events."),
               ("2020-04-01", "While our theatre is dark, every gift helps us pay our artists "
                "and crew. Please donate today if you can.")),
            _f("charity", FOOTER, 0.6,
               (_OLD, "Northgate Opera Trust is a registered charity in England and Wales "
                "(no. 1092847) and a company limited by guarantee (no. 04127733).")),
        ),
    )


def ashvale_style() -> PublisherStyle:
    """A rugby club's match reports: full-time score line, reporter line, scorers, player
    of the match, match-ball sponsor, next fixture, membership subs."""
    return PublisherStyle(
        domain="ashvalerfc.co.uk", site="Ashvale RFC", base_size=210,
        subdomains=(("www.", 100),),
        sections=("1st-xv", "2nd-xv", "colts", "ladies", "club-news"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "opp": ("Kingsmere", "Oldfield Park", "Castle Hythe", "Brackley Vale",
                    "St Albyn's", "Millhouse Old Boys"),
            "next_opp": ("Wrenford", "Kingsmere", "Cobham Vale", "Oldfield Park",
                         "Tarrant Old Boys", "St Albyn's"),
            "pts_for": ("7", "12", "17", "22", "24", "31", "38"),
            "pts_against": ("3", "10", "14", "19", "26", "33"),
            "ht": ("10-7", "3-12", "17-0", "5-5", "14-10", "0-8"),
            "player": ("Ollie Marsh", "Kieran Doyle", "Ben Achterberg", "Rhys Morgan",
                       "Sione Vaipulu", "Jack Penrose", "Dan Whitlock"),
            "kicker": ("Tom Ridley", "Rhys Morgan", "Harry Ames"),
            "kicks": ("1 con", "2 cons", "3 cons, 1 pen", "2 pens", "1 con, 2 pens"),
            "sponsor": ("Hartley's Builders Merchants", "The Plough Inn",
                        "Kessick & Daughters Solicitors", "Vale Motors"),
            "ko": ("2pm", "2.30pm", "3pm", "3.15pm"),
        },
        families=(
            _f("score", HEADER, 0.6,
               (_OLD, "FT: Ashvale RFC {pts_for} – {pts_against} {opp} (HT {ht})")),
            _f("reporter", HEADER, 0.6, (_OLD, "{author} reports from the touchline")),
            _f("photos", MIDDLE, 0.3,
               (_OLD, "📸 More photos from the game on the club's Facebook page")),
            _f("tries", FOOTER, 0.4, (_OLD, "Tries: {player_list}")),
            _f("kicks", FOOTER, 0.35, (_OLD, "Kicks: {kicker} ({kicks})")),
            _f("motm", FOOTER, 0.45, (_OLD, "{player} – sponsors' player of the match 🏉")),
            _f("match-ball", FOOTER, 0.25,
               (_OLD, "Today's match ball was kindly sponsored by {sponsor}. Thank you for "
                "supporting the club!")),
            _f("next", FOOTER, 0.35,
               (_OLD, "Next up: {next_opp} at home, Saturday, KO {ko}. Come down and support "
                "the lads!"),
               ("2019-09-01", "Next fixture: {next_opp} (away), KO {ko}. The supporters' coach "
                "leaves the clubhouse two hours before kick-off.")),
            _f("membership", FOOTER, 0.2,
               (_OLD, "Playing membership is £120 for the season (students £60). New players of "
                "every ability are welcome – training Tuesdays and Thursdays at 7pm."),
               ("2020-07-01", "Subs for 2020/21 can now be paid online through the club's "
                "membership portal. Contact training will resume under RFU return-to-play "
                "guidance.")),
            _f("footer", FOOTER, 0.5,
               (_OLD, "© {year} Ashvale RFC · Affiliated to the RFU · Website run by "
                "volunteers")),
        ),
    )


def heldout8_styles() -> list[PublisherStyle]:
    """The held-back-8 styles, in the order the generator hands them to publishers."""
    return [
        jarviseutu_style(), lapostadelsur_style(), podil_style(), ravi_style(),
        haifabay_style(), kohala_style(), meridian_style(), nullpointer_style(),
        closereach_style(), pisteandpowder_style(), northgate_style(), ashvale_style(),
    ]
