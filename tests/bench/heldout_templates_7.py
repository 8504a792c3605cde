"""The seventh held-back template set (``held-back-7``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the misses of the
sixth held-back set (`tests.bench.heldout_templates_6`) had been studied while improving
detection. It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``config``), before any benchmark run on it, and without
shaping any line to pass or to fail a detector: the families are what real sites of these
kinds print, from general knowledge of them. All wording is original; none is copied from
the data, from the tuning styles or from the first six held-back sets.

**This set has since been studied while improving detection.** Once its misses have been
studied to change the detector, it is no longer an unseen test: write a new set instead, and
say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Czech regional news portal, a
Turkish regional daily, a Vietnamese news site's English edition, a Caribbean daily (Antigua),
a US county weekly, a nonprofit statehouse news bureau, a Pacific-islands broadcaster (Fiji),
a photography-gear review site, a horse-racing tips and form site, a chess news site, a
county bird club's sightings pages and a food co-op's owner newsletter. None of these kinds
is in the earlier held-back sets.

Variation: dates in several formats and languages (Czech and Turkish ``21.06.2017`` from
``date_de``; Vietnamese ``21/06/2017`` with GMT+7 and PGN ``2017.06.21``, built from the
``date_iso`` slot by indexing since the generator has no such slots; English long, short,
day-month-year and weekday forms; FJT), notices reworded in 2018-2020 (a Vietnamese press
licence renewed, a Turkish Google News appeal replacing social links, a bookmaker offer
reworded for new advertising rules, store hours cut in spring 2020, a bird club's
disturbance notice, membership paid online), names at the start of lines (a statehouse
reporter and beat, a broadcaster's reporter line, a co-op staff sign-off, a chess
annotator), the article's own title (a Czech discussion link) and other articles' titles
(Czech, Turkish, Caribbean, Vietnamese-English and Fijian "see also" inserts), amounts
(lira rates, gold and index levels, EC$ and US$ prices, stakes and odds, equity shares),
handles, URLs with ids, official-notice numbers, multi-line blocks (a bill-tracker box, a
camera's "at a glance" box, a PGN header), mid-body inserts (some up to two or three times),
a two-line network-and-contact block shared by the statehouse bureau and the county weekly
that runs its stories, bare lines (a Czech rubric, a Fijian town, a Turkish ad label, a
lone date, an EXIF line), symbols and emoji where such sites use them, and families in only
10-30% of articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric dates from the generic slots: str.format indexes into the ISO date ("2017-06-21").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_VN_DATE = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017
_PGN_DATE = f"{{year}}.{_MM}.{_DD}"  # 2017.06.21

# The Open Capitols Network paragraph and the editor's contact line: printed under every
# story of the statehouse bureau, and under the bureau's stories that the county weekly runs
# (the county paper keeps the bureau's name; its renamed variants keep it too).
_NETWORK = (
    (_OLD, "The Rotunda Report is part of the Open Capitols Network, a nonprofit group of "
     "statehouse newsrooms funded by foundation grants and reader donations. It keeps full "
     "editorial independence."),
    ("2019-01-15", "The Rotunda Report is an independent, nonprofit newsroom in the Open "
     "Capitols Network, supported by grants and a coalition of readers who give what they "
     "can."),
)
_CONTACT = (_OLD, "Questions? Contact editor Marisol Quinn at info@rotundareport.org. Follow "
            "The Rotunda Report on Facebook and Twitter.")


def podhorsky_style() -> PublisherStyle:
    """A Czech regional news portal: rubric, numeric dates, "Čtěte také", discussion link."""
    return PublisherStyle(
        domain="podhorskydenik.cz", site="Podhorský deník", base_size=900,
        subdomains=(("www.", 88), ("", 12)),
        sections=("zpravy", "region", "ekonomika", "sport", "kultura", "krimi"),
        n_authors=24, url_path="/{section}/{slug}-{yyyy}{mm}{dd}.html",
        pools={
            "rubrika": ("Zprávy z regionu", "Domácí", "Zahraničí", "Ekonomika", "Sport",
                        "Kultura", "Krimi", "Počasí"),
            "foto": ("ČTK", "archiv", "Shutterstock", "Policie ČR", "HZS Libereckého kraje",
                     "Podhorský deník"),
            "zdroj": ("ČTK", "vlastní", "ČTK, iROZHLAS", "Reuters, ČTK", "tisková zpráva"),
            "temata": ("Doprava", "Policie ČR", "Hasiči", "Krajský úřad", "Zastupitelstvo",
                       "Školství", "Počasí", "Nemocnice"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("autor", HEADER, 0.75, (_OLD, "Autor: {author}")),
            _f("datum", HEADER, 0.9, (_OLD, "{date_de} {time}"),
               ("2018-06-01", "Publikováno {date_de}, {time}")),
            _f("foto", HEADER, 0.3, (_OLD, "Ilustrační foto: {foto}")),
            _f("reklama", MIDDLE, 0.5, (_OLD, "Reklama"), count=2),
            _f("ctete", MIDDLE, 0.45, (_OLD, "Čtěte také: {other_title}"), count=2),
            _f("zdroj", FOOTER, 0.3, (_OLD, "Zdroj: {zdroj}")),
            _f("temata", FOOTER, 0.45, (_OLD, "Témata: {temata_list}")),
            _f("diskuse", FOOTER, 0.35,
               (_OLD, "Diskuse k článku „{title}“ ({count} příspěvků)")),
            _f("tip", FOOTER, 0.2,
               (_OLD, "Víte o něčem, co by nás mělo zajímat? Pište na tipy@podhorskydenik.cz "
                "nebo volejte 777 555 012, i anonymně.")),
            _f("copyright", FOOTER, 0.8,
               (_OLD, "© {year} Podhorský deník, s.r.o. Všechna práva vyhrazena. Další šíření "
                "obsahu bez písemného souhlasu vydavatele je zakázáno."),
               ("2019-02-01", "Copyright © Podhorský deník, s.r.o., {year}. Obsah je chráněn "
                "autorským zákonem; přebírání a šíření bez svolení zakázáno.")),
        ),
    )


def karadeniz_style() -> PublisherStyle:
    """A Turkish regional daily: agency source, lira strip, "İLGİLİ HABER", comment notice."""
    return PublisherStyle(
        domain="karadenizsabah.com.tr", site="Karadeniz Sabah", base_size=780,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("gundem", "yerel", "ekonomi", "spor", "saglik", "asayis"),
        n_authors=18, url_path="/{section}/{slug}-{n}",
        pools={
            "ajans": ("İHA", "DHA", "AA", "ANKA", "Yerel Haber Merkezi"),
            "usd": ("2,9371", "3,5214", "3,7802", "5,2870", "5,8936", "6,0412", "7,4125"),
            "eur": ("3,2410", "3,9918", "4,4520", "6,0735", "6,6181", "8,3340"),
            "altin": ("112,40", "146,85", "219,70", "265,10", "451,30"),
            "bist": ("78.412", "98.906", "112.603", "91.277", "104.530", "117.840"),
        },
        families=(
            _f("piyasa", HEADER, 0.2,
               (_OLD, "DOLAR {usd} · EURO {eur} · GRAM ALTIN {altin} · BIST 100 {bist}")),
            _f("kaynak", HEADER, 0.45, (_OLD, "Kaynak: {ajans}")),
            _f("muhabir", HEADER, 0.4, (_OLD, "Muhabir: {author}")),
            _f("tarih", HEADER, 0.9, (_OLD, "Giriş: {date_de} - {time}"),
               ("2018-04-01", "Güncelleme: {date_de} {time}")),
            _f("reklam", MIDDLE, 0.5, (_OLD, "REKLAM"), count=2),
            _f("devami", MIDDLE, 0.35, (_OLD, "Haberin Devamı")),
            _f("ilgili", MIDDLE, 0.45, (_OLD, "İLGİLİ HABER: {other_title}"), count=2),
            _f("ilan", FOOTER, 0.1,
               (_OLD, "Bu ilan Basın İlan Kurumu'nun resmi ilan portalında da yayımlanmıştır. "
                "İlan No: ILN01{n}")),
            _f("yorum", FOOTER, 0.3,
               (_OLD, "Yorumlardan yazarları sorumludur. Hakaret, küfür ve kişilik haklarına "
                "saldırı içeren yorumlar yayımlanmaz.")),
            _f("takip", FOOTER, 0.35,
               (_OLD, "Karadeniz Sabah'ı Facebook, Twitter ve Instagram'da takip edin, "
                "bölgeden haberleri ilk siz öğrenin."),
               ("2019-05-01", "📲 Son dakika gelişmeleri için Karadeniz Sabah'ı Google "
                "Haberler'de takip edin.")),
            _f("telif", FOOTER, 0.8,
               (_OLD, "© {year} Karadeniz Sabah Gazetecilik A.Ş. Haberlerin tüm hakları "
                "saklıdır; izinsiz kopyalanamaz, kaynak belirtilmeden kullanılamaz.")),
        ),
    )


def redriver_style() -> PublisherStyle:
    """A Vietnamese news site's English edition: GMT+7 stamps, translator credits, a
    Vietnamese-version link, the press-licence line."""
    return PublisherStyle(
        domain="redrivertimes.vn", site="Red River Times", base_size=660,
        subdomains=(("english.", 85), ("www.", 15)),
        sections=("news", "business", "travel", "life", "society", "sports"),
        n_authors=14, url_path="/{section}/{slug}-{n}.html",
        pools={
            "tags": ("Hanoi", "Ho Chi Minh City", "Da Nang", "Mekong Delta", "traffic",
                     "tourism", "air pollution", "expats", "Tet"),
        },
        families=(
            _f("byline", HEADER, 0.8, (_OLD, "By {author}")),
            _f("date", HEADER, 0.9, (_OLD, _VN_DATE + " {time} GMT+7"),
               ("2018-03-01", "Last updated: {date_long} | {time12} (GMT+7)")),
            _f("vietnamese", HEADER, 0.25,
               (_OLD, "Đọc bản tiếng Việt | Read in Vietnamese: "
                "redrivertimes.vn/{section}-{n}.html")),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo: Red River Times/{author2}"), count=2),
            _f("see-also", MIDDLE, 0.4, (_OLD, "» {other_title}"), count=2),
            _f("translated", FOOTER, 0.25, (_OLD, "Translated by {author2}")),
            _f("tags", FOOTER, 0.5, (_OLD, "Tags: {tags_list}")),
            _f("hotline", FOOTER, 0.3,
               (_OLD, "Send your story or photos to english@redrivertimes.vn or call our "
                "hotline on 0243 555 0199.")),
            _f("licence", FOOTER, 0.7,
               (_OLD, "Editor-in-chief: Tran Quoc Hung | Licence No. 548/GP-BTTTT issued by "
                "the Ministry of Information and Communications on 24/08/2015"),
               ("2019-07-01", "Editor-in-chief: Le Thi Thu Ha | Licence No. 312/GP-BTTTT, "
                "Ministry of Information and Communications, 17/06/2019 | Reproduction "
                "requires written consent.")),
        ),
    )


def leewardbeacon_style() -> PublisherStyle:
    """A Caribbean daily (Antigua): weekday dates, "ALSO READ", hurricane and e-paper lines,
    death announcements at the front office."""
    return PublisherStyle(
        domain="leewardbeacon.ag", site="The Leeward Beacon", base_size=600,
        subdomains=(("www.", 75), ("", 25)),
        sections=("local", "regional", "business", "sports", "entertainment"),
        n_authors=11, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("byline", HEADER, 0.8, (_OLD, "Written by {author}")),
            _f("date", HEADER, 0.85, (_OLD, "Published on {date_long}"),
               ("2018-01-01", "Posted: {weekday}, {date_dmy}")),
            _f("advert", MIDDLE, 0.5, (_OLD, "- Advertisement -"), count=3),
            _f("also-read", MIDDLE, 0.4, (_OLD, "ALSO READ: {other_title}")),
            _f("hurricane", FOOTER, 0.12,
               (_OLD, "🌀 The Atlantic hurricane season runs from June 1 to November 30. For "
                "official advisories, follow the National Office of Disaster Services.")),
            _f("whatsapp", FOOTER, 0.3,
               (_OLD, "Seen something newsworthy? WhatsApp the Beacon newsroom on "
                "(268) 555-0147 or email news@leewardbeacon.ag.")),
            _f("epaper", FOOTER, 0.3,
               (_OLD, "Read every page of today's Beacon on the e-Paper: EC$2.50 a copy, or "
                "EC$35 a month."),
               ("2019-10-01", "Subscribe to the Beacon e-Paper from US$9.99 a month and read "
                "the paper before it hits the street.")),
            _f("announcements", FOOTER, 0.15,
               (_OLD, "Death announcements, birthday greetings and classifieds can be placed at "
                "our Redcliffe Street office or by calling (268) 555-0100.")),
            _f("copyright", FOOTER, 0.75,
               (_OLD, "© {year} Leeward Beacon Publishing Ltd., St John's, Antigua. All rights "
                "reserved.")),
        ),
    )


def osage_style() -> PublisherStyle:
    """A US county weekly: staff bylines, photo credits, a letters policy, subscription
    prices, and the statehouse bureau's network block under the bureau's stories."""
    return PublisherStyle(
        domain="osagevalleycourier.com", site="The Osage Valley Courier", base_size=540,
        subdomains=(("www.", 100),),
        sections=("news", "sports", "obituaries", "opinion", "community", "schools"),
        n_authors=6, url_path="/{section}/article_{n}.html",
        families=(
            _f("byline", HEADER, 0.75, (_OLD, "By {author} | Courier staff")),
            _f("date", HEADER, 0.85, (_OLD, "{date_short}"),
               ("2018-02-01", "Posted {weekday}, {date_short} at {time12}")),
            _f("photo", MIDDLE, 0.35, (_OLD, "(Courier photo by {author2})"), count=2),
            _f("letters", FOOTER, 0.15,
               (_OLD, "Letters to the editor must be signed and include a daytime phone number "
                "for verification. Please keep them under 350 words.")),
            _f("obits", FOOTER, 0.12,
               (_OLD, "Obituaries are paid notices. Funeral homes may submit them by Tuesday "
                "noon for Thursday's paper.")),
            _f("network", FOOTER, 0.2, *_NETWORK),
            _f("contact", FOOTER, 0.18, _CONTACT),
            _f("subscribe", FOOTER, 0.4,
               (_OLD, "Support local news: subscribe to the Courier for $42 a year in Osage "
                "County, $55 elsewhere in the state."),
               ("2019-09-01", "Print and digital for $4.99 a month. Subscribe to the Courier "
                "and never miss a board meeting, box score or obituary.")),
            _f("copyright", FOOTER, 0.75,
               (_OLD, "Copyright © {year} Osage Valley Publishing Co. For reprints, call the "
                "front office at (573) 555-0162.")),
        ),
    )


def rotunda_style() -> PublisherStyle:
    """A nonprofit statehouse news bureau: name-first bylines, a bill-tracker box, newsletter
    insert, republishing and network lines, donation ask."""
    return PublisherStyle(
        domain="rotundareport.org", site="The Rotunda Report", base_size=480,
        subdomains=(("", 70), ("www.", 30)),
        sections=("legislature", "elections", "budget", "education", "courts", "health"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "beat": ("Statehouse Reporter", "Capitol Bureau Chief", "Politics Reporter",
                     "Budget and Policy Reporter", "Senior Reporter", "Data Reporter"),
            "bill": ("HB 2114", "SB 87", "HB 1360", "SB 412", "HJR 7", "SB 239", "HB 2551",
                     "SB 1022"),
            "sponsor": ("Rep. Dana Whitcomb, R-Fairview", "Sen. Luis Ortega, D-Riverton",
                        "Rep. Carol Ambrose, R-Milford", "Sen. Terrence Boyd, R-Lake City",
                        "Rep. Nadia Farouk, D-Eastgate", "Sen. Gil Hartmann, D-Cedar Bluff"),
            "status": ("Passed House, 74-49", "In Senate committee", "Signed by the governor",
                       "Vetoed", "Passed Senate, 21-13", "Awaiting a floor vote",
                       "Died in committee"),
        },
        families=(
            _f("byline", HEADER, 0.85, (_OLD, "{author} | {author_beat}")),
            _f("date", HEADER, 0.85, (_OLD, "{date_long} {time12}")),
            _f("bill-head", HEADER, 0.3, (_OLD, "\U0001f4dc Bill tracker")),
            _f("bill", HEADER, 0.29, (_OLD, "Bill: {bill}")),
            _f("sponsor", HEADER, 0.28, (_OLD, "Sponsor: {sponsor}")),
            _f("status", HEADER, 0.27, (_OLD, "Status: {status}")),
            _f("newsletter", MIDDLE, 0.45,
               (_OLD, "Get Capitol Morning, our weekday briefing on the Legislature, in your "
                "inbox. Sign up free.")),
            _f("republish", FOOTER, 0.4,
               (_OLD, "Republish this story for free, online or in print, under Creative "
                "Commons BY-ND 4.0. Keep the byline and link back to rotundareport.org.")),
            _f("network", FOOTER, 0.8, *_NETWORK),
            _f("contact", FOOTER, 0.7, _CONTACT),
            _f("donate", FOOTER, 0.3,
               (_OLD, "Reporting from the Capitol isn't free. Chip in $10 to keep a reporter "
                "in the press gallery."),
               ("2019-12-01", "Nonprofit news needs you. A gift of any size to The Rotunda "
                "Report is tax-deductible and is doubled through Dec. 31.")),
        ),
    )


def lagoon_style() -> PublisherStyle:
    """A Pacific-islands broadcaster (Fiji): bare town lines, reporter lines, audio player,
    cyclone alert, bulletin times."""
    return PublisherStyle(
        domain="lagoonbroadcasting.com.fj", site="Lagoon News", base_size=430,
        subdomains=(("www.", 60), ("news.", 40)),
        sections=("news", "business", "sport", "pacific", "community"),
        n_authors=10, url_path="/{section}/{n}/{slug}",
        pools={
            "town": ("Suva", "Lautoka", "Nadi", "Labasa", "Savusavu", "Levuka", "Sigatoka",
                     "Ba", "Nausori"),
            "secs": ("05", "12", "27", "33", "41", "58"),
            "cyclone": ("Winston", "Josie", "Keni", "Gita", "Sarai", "Harold", "Tino"),
        },
        families=(
            _f("town", HEADER, 0.45, (_OLD, "{town}")),
            _f("reporter", HEADER, 0.8, (_OLD, "Reporter: {author}"),
               ("2019-01-01", "{author} | Lagoon News")),
            _f("date", HEADER, 0.85, (_OLD, "{weekday} {date_dmy} | {time12} FJT")),
            _f("listen", HEADER, 0.3, (_OLD, "▶ Listen to this story ({read_min}:{secs})")),
            _f("cyclone", HEADER, 0.1,
               (_OLD, "⚠️ TROPICAL CYCLONE {cyclone}: follow advisories from the Fiji "
                "Meteorological Service and the National Disaster Management Office.")),
            _f("watch", MIDDLE, 0.3, (_OLD, "WATCH: {other_title}")),
            _f("bulletins", FOOTER, 0.4,
               (_OLD, "Watch Lagoon TV News at 6pm, and hear our bulletins on the hour on "
                "Lagoon FM 94.6."),
               ("2018-05-01", "Lagoon TV News at 6pm nightly. Radio bulletins on the hour on "
                "Lagoon FM 94.6, in English, iTaukei and Fiji Hindi.")),
            _f("bula", FOOTER, 0.25,
               (_OLD, "Bula! Got a story from your village or settlement? Send it to "
                "news@lagoonbroadcasting.com.fj")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "Lagoon News is a service of Lagoon Broadcasting Corporation Pte Limited. "
                "© {year}")),
        ),
    )


def fstop_style() -> PublisherStyle:
    """A photography-gear review site: "at a glance" box, EXIF captions, full-size links,
    lowest-price lines, a score, the raw-processing note."""
    return PublisherStyle(
        domain="fstopalmanac.com", site="f/stop Almanac", base_size=380,
        subdomains=(("www.", 100),),
        sections=("reviews", "lenses", "news", "technique", "buying-guides"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "camera": ("Fujifilm X-T3", "Sony A7 III", "Nikon Z 6", "Canon EOS R",
                       "Panasonic Lumix G9", "Olympus OM-D E-M1 Mark II", "Pentax K-1 II"),
            "lens": ("24-70mm f/2.8", "50mm f/1.8", "16mm f/1.4", "70-200mm f/4",
                     "100mm f/2.8 Macro", "12-40mm f/2.8"),
            "fnum": ("1.8", "2.8", "4", "5.6", "8", "11"),
            "shutter": ("30", "125", "250", "500", "1000", "4000"),
            "iso": ("100", "200", "400", "1600", "3200", "6400", "12800"),
            "mb": ("8.4", "12.7", "18.9", "24.2", "31.5", "46.1"),
            "sensor": ("24.2MP full-frame BSI CMOS", "26.1MP APS-C X-Trans", "20.3MP Four "
                       "Thirds", "45.7MP full-frame", "36.4MP full-frame", "32.5MP APS-C"),
            "mount": ("Sony E", "Fujifilm X", "Nikon Z", "Canon RF", "Micro Four Thirds",
                      "Pentax K", "L-Mount"),
            "sealing": ("Yes", "No", "Dust and splash resistant", "Yes, to IP53"),
            "score": ("78", "81", "84", "86", "88", "90", "92"),
        },
        families=(
            _f("meta", HEADER, 0.8, (_OLD, "Reviewed by {author} · {date_long}"),
               ("2018-09-01", "By {author} · Last updated {date_long}")),
            _f("commission", HEADER, 0.35,
               (_OLD, "When you buy through retailer links on f/stop Almanac we may earn a "
                "commission. Review samples go back to the manufacturer after testing.")),
            _f("glance-head", HEADER, 0.3, (_OLD, "At a glance")),
            _f("glance-sensor", HEADER, 0.29, (_OLD, "Sensor: {sensor}")),
            _f("glance-mount", HEADER, 0.28, (_OLD, "Lens mount: {mount}")),
            _f("glance-sealing", HEADER, 0.26, (_OLD, "Weather sealing: {sealing}")),
            _f("exif", MIDDLE, 0.45,
               (_OLD, "{camera} + {lens} · f/{fnum} · 1/{shutter} sec · ISO {iso}"), count=3),
            _f("full-size", MIDDLE, 0.3,
               (_OLD, "Download the full-resolution original (JPEG, {mb} MB)"), count=2),
            _f("score", FOOTER, 0.45, (_OLD, "Our score: {score}%"),
               ("2019-03-01", "f/stop Almanac score: {score}/100")),
            _f("raw", FOOTER, 0.25,
               (_OLD, "Sample images were shot in JPEG and raw; raw files were processed in "
                "Lightroom with default settings unless the caption says otherwise.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} f/stop Almanac. Sample images may not be reused without "
                "written permission.")),
        ),
    )


def furlong_style() -> PublisherStyle:
    """A horse-racing tips and form site: race-card line, tipster and NAP lines, prices
    correct, bookmaker offer, the gambling-helpline line."""
    return PublisherStyle(
        domain="furlongandform.co.uk", site="Furlong & Form", base_size=330,
        subdomains=(("www.", 100),),
        sections=("tips", "racecards", "results", "features", "festivals"),
        n_authors=5, url_path="/{section}/{yyyy}-{mm}-{dd}/{slug}",
        pools={
            "racetime": ("13:50", "14:25", "15:00", "15:35", "16:10", "19:45", "20:15"),
            "course": ("Haydock", "Kempton", "Musselburgh", "Newbury", "Chepstow", "Catterick",
                       "Wolverhampton (AW)", "Fontwell"),
            "raceclass": ("Class 2 Handicap", "Class 4 Novice Stakes", "Class 5 Handicap",
                          "Listed Stakes", "Class 3 Maiden Hurdle", "Class 4 Chase"),
            "dist": ("5f", "7f", "1m", "1m 2f", "1m 6f", "2m 4f", "3m 1f"),
            "going": ("Good", "Good to Firm", "Good to Soft", "Soft", "Heavy", "Standard"),
            "horse": ("Midnight Tariff", "Salt Marsh Lad", "Quiet Ambition", "Harbour Bell",
                      "Tinker's Gift", "Rosy Outlook", "Northern Quill", "Papa Brannigan"),
            "odds": ("7/2", "5/1", "11/4", "9/1", "2/1", "13/2", "evens", "10/3"),
            "book": ("Quayside Bet", "Oddsmill", "BetHarrow", "Paddock Sports"),
        },
        families=(
            _f("race", HEADER, 0.6,
               (_OLD, "{racetime} {course} | {raceclass} | {dist} | Going: {going}")),
            _f("tipster", HEADER, 0.8, (_OLD, "Tips by {author} · {weekday} {date_dmy}")),
            _f("nap", MIDDLE, 0.3, (_OLD, "NAP: {horse} ({odds})")),
            _f("prices", MIDDLE, 0.4, (_OLD, "Prices correct at {time} on {date_dmy}"), count=2),
            _f("offer", MIDDLE, 0.25,
               (_OLD, "Bet £10, get £30 in free bets with {book}. New customers only, 18+, "
                "T&Cs apply."),
               ("2019-10-01", "18+ | New customers | Min deposit £10 | Free bets expire after "
                "7 days | Full T&Cs at {book}")),
            _f("follow", FOOTER, 0.3,
               (_OLD, "Follow {author_handle} on Twitter for non-runners and going changes on "
                "the day.")),
            _f("helpline", FOOTER, 0.7,
               (_OLD, "18+ only. Set a limit before you bet. Worried about your gambling? Call "
                "the National Gambling Helpline free on 0808 8020 133.")),
            _f("form-data", FOOTER, 0.35,
               (_OLD, "Form figures and racecards © {year} Furlong & Form; results data supplied "
                "under licence.")),
        ),
    )


def zugzwang_style() -> PublisherStyle:
    """A chess news site: event and round kicker, viewer controls, a PGN header block, an
    annotator line, a premium-membership footer."""
    return PublisherStyle(
        domain="zugzwangtimes.com", site="Zugzwang Times", base_size=290,
        subdomains=(("", 65), ("www.", 35)),
        sections=("news", "tournaments", "openings", "endgames", "interviews"),
        n_authors=5, url_path="/news/{n}/{slug}",
        pools={
            "event": ("Riga Summer Open", "Halden Masters", "Cornwall Congress",
                      "Asuncion Rapid", "Tbilisi Cup", "Bergen Invitational"),
            "city": ("Riga LAT", "Halden NOR", "Truro ENG", "Asuncion PAR", "Tbilisi GEO",
                     "Bergen NOR"),
            "round": ("1", "2", "3", "4", "5", "6", "7", "8", "9"),
            "result": ("1-0", "0-1", "1/2-1/2"),
            "annotator": ("GM Ilya Varga", "IM Sofia Lindqvist", "GM Rafael Ortiz",
                          "FM Keisha Obi", "GM Anton Berezin"),
        },
        families=(
            _f("event", HEADER, 0.5, (_OLD, "{event} · Round {round}")),
            _f("byline", HEADER, 0.85, (_OLD, "by {author}, {date_short}")),
            _f("viewer", MIDDLE, 0.35,
               (_OLD, "⏮ ◀ ▶ ⏭ | Flip board | Download PGN"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {author2} / official site"), count=2),
            _f("annotator", MIDDLE, 0.2, (_OLD, "{annotator} annotates the key game")),
            _f("pgn-event", FOOTER, 0.3, (_OLD, "[Event \"{event}\"]")),
            _f("pgn-site", FOOTER, 0.29, (_OLD, "[Site \"{city}\"]")),
            _f("pgn-date", FOOTER, 0.28, (_OLD, "[Date \"" + _PGN_DATE + "\"]")),
            _f("pgn-result", FOOTER, 0.27, (_OLD, "[Result \"{result}\"]")),
            _f("premium", FOOTER, 0.35,
               (_OLD, "Premium members replay every game with engine analysis and download our "
                "weekly PGN database. Join for $4.99 a month."),
               ("2019-06-01", "♞ Go Premium: engine lines, opening explorer, our weekly PGN "
                "file and no ads, from $3.99 a month.")),
        ),
    )


def wyvern_style() -> PublisherStyle:
    """A county bird club's sightings pages: week-ending kicker, photo credits, records
    notice, fieldcraft notice, field-meeting line, membership."""
    return PublisherStyle(
        domain="wyvernbirdclub.org.uk", site="Wyvern Valley Bird Club", base_size=250,
        subdomains=(("www.", 100),),
        sections=("sightings", "news", "field-meetings", "reports"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "venue": ("Marlow Flats", "Hollins Reservoir", "Pendle Carr", "Saltmead Point",
                     "Ashcombe Woods", "Kettering Lane gravel pits"),
        },
        families=(
            _f("week", HEADER, 0.4, (_OLD, "Recent sightings – week ending {date_dmy}")),
            _f("posted", HEADER, 0.7, (_OLD, "Posted by {author} on {date_dmy}")),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo © {author2}"), count=2),
            _f("unchecked", FOOTER, 0.5,
               (_OLD, "Sightings are published as reported and have not been assessed by the "
                "county records committee.")),
            _f("records", FOOTER, 0.4,
               (_OLD, "Please send your records to the County Recorder by the end of each "
                "month, ideally through BirdTrack.")),
            _f("fieldcraft", FOOTER, 0.3,
               (_OLD, "Please keep to paths, give nesting birds plenty of room and never reveal "
                "the sites of Schedule 1 species."),
               ("2018-03-01", "Birds come first: stay on public paths, keep dogs on leads near "
                "breeding sites, and do not post locations of rare breeding species online.")),
            _f("field-meeting", FOOTER, 0.25,
               (_OLD, "\U0001f52d Next field meeting: {venue}, meet 8.30am in the car park. "
                "Leader: {author2}.")),
            _f("membership", FOOTER, 0.25,
               (_OLD, "Membership is £12 a year (£18 family, juniors free) and includes the "
                "quarterly Wyvern Birds journal."),
               ("2019-01-01", "Join online at wyvernbirdclub.org.uk/join: £12 a year, £18 for a "
                "family, free for under-18s.")),
            _f("charity", FOOTER, 0.6,
               (_OLD, "Wyvern Valley Bird Club is a registered charity, no. 515230.")),
        ),
    )


def millrace_style() -> PublisherStyle:
    """A food co-op's owner newsletter: issue kicker, recipe box, staff sign-off, join appeal,
    store hours (cut in spring 2020), SNAP line."""
    return PublisherStyle(
        domain="millrace.coop", site="Millrace Food Co-op", base_size=210,
        subdomains=(("www.", 100),),
        sections=("owner-news", "recipes", "producers", "events"),
        n_authors=4, url_path="/blog/{slug}",
        pools={
            "beat": ("Outreach Coordinator", "General Manager", "Produce Manager",
                     "Board President", "Wellness Buyer"),
            "serves": ("2", "4", "6", "8"),
            "prep": ("10", "15", "20", "25"),
            "cook": ("0", "20", "35", "45", "60"),
            "cats": ("Owner News", "Recipes", "Local Producers", "Sustainability", "Events"),
        },
        families=(
            _f("issue", HEADER, 0.5, (_OLD, "Owner News · {month} {year}")),
            _f("recipe", MIDDLE, 0.2,
               (_OLD, "\U0001f955 Serves {serves} · Prep {prep} min · Cook {cook} min")),
            _f("signoff", FOOTER, 0.45, (_OLD, "{author}, {author_beat}")),
            _f("join", FOOTER, 0.35,
               (_OLD, "Not an owner yet? A one-time $100 equity share (payment plans available) "
                "makes you a part-owner of your grocery store."),
               ("2019-04-01", "Become an owner for $10 today and $90 over time. Owners vote, get "
                "patronage dividends and save on Owner Appreciation Days.")),
            _f("snap", FOOTER, 0.25,
               (_OLD, "We accept SNAP/EBT, and Double Up Food Bucks match your SNAP spending on "
                "fresh produce up to $20 a day.")),
            _f("board", FOOTER, 0.1,
               (_OLD, "Board elections: ballots go to all owners in October. Candidate "
                "statements are posted in the store and on our website.")),
            _f("hours", FOOTER, 0.6,
               (_OLD, "Millrace Food Co-op · 412 Race Street · Open daily 7am–10pm"),
               ("2020-03-20", "Millrace Food Co-op · 412 Race Street · Temporary hours 8am–8pm; "
                "7–8am for seniors and higher-risk shoppers")),
            _f("filed", FOOTER, 0.5, (_OLD, "Filed under: {cats_list}")),
        ),
    )


def heldout7_styles() -> list[PublisherStyle]:
    """The held-back-7 styles, in the order the generator hands them to publishers."""
    return [
        podhorsky_style(), karadeniz_style(), redriver_style(), leewardbeacon_style(),
        osage_style(), rotunda_style(), lagoon_style(), fstop_style(), furlong_style(),
        zugzwang_style(), wyvern_style(), millrace_style(),
    ]
