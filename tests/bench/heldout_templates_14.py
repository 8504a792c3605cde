"""The fourteenth held-back template set (``held-back-14``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test for the session after the
one that takes up the thirteenth held-back set (`tests.bench.heldout_templates_13`, written
the same day and not run when this one was written). It was written WITHOUT looking at
cleanpipe's detection code (``cleanpipe/detect``, ``segment``, ``sign``, ``engine``,
``strip``, ``config``) or the README's detection rules, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them. All wording is original; none is copied
from the data, from the tuning styles or from the first thirteen held-back sets.

**Status (2026-11-26, the next session):** run once while unseen (91.17% boilerplate
removed, 99.97% content kept), then its misses were studied to change the detector: no
longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): an Estonian regional news portal,
an Armenian regional news site in Armenian script, a Sri Lankan English-language daily (with
a Sinhala and Tamil language switch), a Basque-language local paper, a wind-energy trade
journal, a state lottery's winner news, a natural history museum's blog, a university
alumni magazine, a veterinary practice's blog, a junior ice hockey league's news pages, a
Sikh gurdwara's community notices (with Gurmukhi lines) and a council-estate tenants'
association. None of these kinds is in the earlier held-back sets.

Variation: dates in several formats and languages (Estonian ``21.06.2017 14:32`` from
``date_de`` gaining "kell", Armenian dotted dates reordered around the time, a Sri Lankan
weekday date with the print edition's ``00:00`` turned a 12-hour time with a view count,
Basque ISO dates gaining a reading time, British ``21/06/2017`` built from ``date_iso`` by
indexing since the generator has no such slot, US slash dates with 12-hour times, weekday
long dates, short dates, a magazine's season-and-year issue line), notices reworded in
2017-2020 (an Estonian comment rule, a 2020 free-coronavirus-stories notice and a
copyright line turned an imprint, an Armenian comment disclaimer and a reprint rule with an
advertising phone, a Sri Lankan comment policy after 2019, WhatsApp alerts and a
subscription price raised, Basque Creative Commons licensing, a comment rule and a 2020
support appeal, a wind summit postponed in 2020 and a paywall turned a plan offer, a
lottery's claim centre closed and reopened in 2020, a claim deadline extended and a
helpline reworded, a museum closed and reopened in 2020, a 2020 donation appeal and a
Friends' fee raised, an alumni emergency fund, a postponed reunion and a masthead turned
twice-yearly, a vet's hours turned lockdown urgent-only and then reopened, a health-club
price raised and video consultations, hockey ticket prices raised, a season cancelled and
games without spectators, a league grown from 8 to 9 teams, a gurdwara's langar turned
takeaway deliveries and back, diwans streamed while closed, donations moved online, tenants'
meetings suspended, a grant line turned a 2020 volunteer shopping line, Facebook turned a
WhatsApp group), names at the start of lines (Estonian bylines with roles, Sri Lankan
bylines with towns, museum staff with their posts, vets with their post-nominals, hockey
writers, lottery winners' captions, gurdwara and tenants' officers signing off with their
roles), the article's own title (an alumni letters line and a museum citation line) and
other articles' titles (Estonian, Armenian, Sri Lankan, Basque, wind and museum links),
amounts (dram rates, gold per sovereign in rupees, euro, dollar and pound prices, prizes,
jackpots, turbine megawatts), handles, phone numbers, URLs with ids (a wind project profile,
a lottery draw, a hockey box score, a tenants' survey), multi-line blocks (a project file, a
winning-ticket box, a standings box, a weekly programme, a repairs box), mid-body inserts
(some up to two or three times), bare lines (Estonian, Armenian, Sri Lankan and Basque ad
labels, "Sisuturundus", a trilingual language switch, a Basque funding line, a Gurmukhi
greeting, kickers, box headings), Armenian, Sinhala, Tamil, Gurmukhi and Cyrillic script,
Estonian and Basque words, symbols and emoji where such sites use them, and families in only
10-30% of articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_UK_DATE = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017


def emajogi_style() -> PublisherStyle:
    """An Estonian regional news portal: a section kicker, a content-marketing label, a
    dotted date gaining "kell", a bare byline gaining the writer's role, a reading time,
    "Reklaam", photo and "Loe ka" inserts, a comment counter turned a rule, a digital
    subscription offer turned a 2020 free-reading notice, a news-tip line with a phone, a
    copyright line turned an imprint."""
    return PublisherStyle(
        domain="emajoesonumid.ee", site="Emajõe Sõnumid", base_size=880,
        subdomains=(("www.", 70), ("", 20), ("m.", 10)),
        sections=("uudised", "tartu", "majandus", "sport", "kultuur", "krimi", "arvamus"),
        n_authors=14, url_path="/{section}/{n}/{slug}",
        pools={
            "rubriik": ("Uudised", "Tartu", "Elva", "Majandus", "Sport", "Kultuur", "Krimi",
                        "Arvamus", "Haridus"),
            "beat": ("reporter", "vanemreporter", "toimetaja", "spordireporter",
                     "majandustoimetaja", "kultuuritoimetaja"),
            "foto": ("Margus Ansu", "Kristjan Teedema", "erakogu", "Tartu linnavalitsus",
                     "Lõuna prefektuur", "Scanpix", "Ülle Kask", "kuvatõmmis"),
        },
        families=(
            _f("rubriik", HEADER, 0.3, (_OLD, "{rubriik}")),
            _f("sisuturundus", HEADER, 0.06, (_OLD, "Sisuturundus")),
            _f("kuupaev", HEADER, 0.9, (_OLD, "{date_de} {time}"),
               ("2018-11-01", "{date_de}, kell {time}")),
            _f("autor", HEADER, 0.7, (_OLD, "{author}"),
               ("2018-09-01", "{author}, {author_beat}")),
            _f("lugemisaeg", HEADER, 0.2, (_OLD, "Lugemisaeg {read_min} min")),
            _f("reklaam", MIDDLE, 0.5, (_OLD, "Reklaam"), count=3),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {foto}"), count=2),
            _f("loe-ka", MIDDLE, 0.4, (_OLD, "Loe ka: {other_title}"), count=2),
            _f("kommentaarid", FOOTER, 0.35, (_OLD, "Kommentaarid ({count})"),
               ("2019-03-01", "Kommentaari sisu eest vastutab selle autor. Toimetus võib "
                "solvavad ja seadusevastased kommentaarid eemaldada.")),
            _f("digipakett", FOOTER, 0.2,
               (_OLD, "Digipakett 4,99 €/kuus: kõik lood piiranguteta ja ilma reklaamita."),
               ("2020-03-13", "Eriolukorra ajal on kõik koroonaviirust puudutavad lood "
                "tasuta lugemiseks.")),
            _f("vihje", FOOTER, 0.15,
               (_OLD, "Uudisvihje? Helista +372 5550 1234 või kirjuta "
                "toimetus@emajoesonumid.ee")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Emajõe Sõnumid. Kõik õigused kaitstud."),
               ("2018-05-25", "Emajõe Meedia AS · Rüütli 12, 51007 Tartu · Materjalide "
                "kasutamine ainult toimetuse loal · Privaatsuspoliitika")),
        ),
    )


def shirak_style() -> PublisherStyle:
    """An Armenian regional news site in Armenian script: a language switch with a Russian
    label, a rubric, a dram rate strip, a dotted date reordered around the time, a view
    counter, an author line from the site's own staff gaining the site's name, photo, ad
    and "Կարդացեք նաև" inserts, a Telegram line, a comment counter turned a disclaimer,
    the copyright line turned a reprint rule with an advertising phone."""
    return PublisherStyle(
        domain="shiraklurer.am", site="Շիրակի Լուրեր", base_size=760,
        subdomains=(("www.", 80), ("", 20)),
        sections=("hasarakutyun", "qaghaqakanutyun", "tntesutyun", "sport", "mshakuyt",
                  "gyumri"),
        n_authors=7, url_path="/{section}/{n}.html",
        pools={
            "bazhin": ("Հասարակություն", "Քաղաքականություն", "Տնտեսություն", "Սպորտ",
                       "Մշակույթ", "Գյումրի", "Միջադեպեր", "Կրթություն"),
            "heghinak": ("Անի Մկրտչյան", "Արամ Պետրոսյան", "Լիլիթ Սարգսյան",
                         "Գոռ Հովհաննիսյան", "Նարինե Ավետիսյան", "Տիգրան Գրիգորյան",
                         "Մարինե Հակոբյան"),
            "lusankar": ("Photolure", "Արմենպրես", "Գյումրու քաղաքապետարան", "սոցցանցեր",
                         "հեղինակի արխիվ", "ՆԳՆ"),
            "dram": ("477.85", "481.20", "483.96", "486.41", "488.77", "490.12", "519.40"),
        },
        families=(
            _f("lezu", HEADER, 0.2, (_OLD, "Հայ | Рус | Eng")),
            _f("bazhin", HEADER, 0.3, (_OLD, "{bazhin}")),
            _f("poxarzheq", HEADER, 0.1, (_OLD, "ԿԲ փոխարժեք՝ 1 USD = {dram} ֏")),
            _f("amsativ", HEADER, 0.9, (_OLD, "{date_de} | {time}"),
               ("2019-01-01", "{time}, {date_de}")),
            _f("ditumner", HEADER, 0.4, (_OLD, "Դիտումներ՝ {count}")),
            _f("heghinak", HEADER, 0.6, (_OLD, "Հեղինակ՝ {heghinak}"),
               ("2018-10-01", "{heghinak}, Շիրակի Լուրեր")),
            _f("lusankar", MIDDLE, 0.35, (_OLD, "Լուսանկարը՝ {lusankar}"), count=2),
            _f("govazd", MIDDLE, 0.45, (_OLD, "Գովազդ"), count=2),
            _f("kardacek", MIDDLE, 0.4, (_OLD, "Կարդացեք նաև՝ {other_title}")),
            _f("telegram", FOOTER, 0.25,
               (_OLD, "📢 Հետևեք մեզ Telegram-ում՝ t.me/shiraklurer")),
            _f("meknabanutyun", FOOTER, 0.35, (_OLD, "Մեկնաբանություններ ({count})"),
               ("2019-04-01", "Մեկնաբանությունների բովանդակության համար խմբագրությունը "
                "պատասխանատվություն չի կրում։")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Շիրակի Լուրեր։ Բոլոր իրավունքները պաշտպանված են։"),
               ("2018-06-01", "Նյութերն օգտագործելիս հղումը shiraklurer.am-ին պարտադիր է։ "
                "Գովազդի համար՝ +374 312 5 41 20")),
        ),
    )


def kelani_style() -> PublisherStyle:
    """A Sri Lankan English-language daily: a Sinhala-Tamil-English language switch, a
    weekday date with the print edition's midnight stamp turned a 12-hour time with a view
    count, a byline gaining the reporter's town, a correspondent credit, a gold-price strip,
    "ADVERTISEMENT", "ALSO READ" and "Pic by" inserts, a comment policy tightened in 2019, a
    Twitter line turned WhatsApp and Viber alerts, a subscription price raised, the imprint
    gaining the address and phone."""
    return PublisherStyle(
        domain="kelaniobserver.lk", site="The Kelani Observer", base_size=650,
        subdomains=(("www.", 65), ("", 35)),
        sections=("news", "business", "sports", "opinion", "provincial", "features",
                  "world"),
        n_authors=12, url_path="/{section}/{slug}/{n}",
        pools={
            "beat": ("Colombo", "Kandy", "Galle", "Jaffna", "Kurunegala", "Batticaloa",
                     "Ratnapura"),
            "desk": ("By Our Political Correspondent", "Our Galle Correspondent",
                     "By a Special Correspondent", "Business Desk", "AFP, Colombo",
                     "Our Jaffna Correspondent", "Sports Desk"),
            "gold": ("48,900", "51,250", "54,600", "57,300", "61,800", "74,500", "89,200"),
            "pic": ("Pradeep Dilrukshana", "Nimal Jayaratne", "Waruna Wanniarachchi",
                    "Kushan Pathirana", "Chamila Karunarathne", "Sulochana Gamage"),
        },
        families=(
            _f("language", HEADER, 0.25, (_OLD, "සිංහල | தமிழ் | English")),
            _f("dateline", HEADER, 0.9, (_OLD, "{weekday}, {date_dmy} 00:00"),
               ("2018-07-01", "{date_dmy}, {time12} | {count} views")),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               ("2019-03-01", "{author} reporting from {author_beat}")),
            _f("desk", HEADER, 0.25, (_OLD, "{desk}")),
            _f("gold", HEADER, 0.08, (_OLD, "Gold today: 22 carat Rs. {gold} per sovereign")),
            _f("advertisement", MIDDLE, 0.45, (_OLD, "ADVERTISEMENT"), count=3),
            _f("also-read", MIDDLE, 0.35, (_OLD, "ALSO READ >> {other_title}"), count=2),
            _f("pic", MIDDLE, 0.3, (_OLD, "Pic by {pic}"), count=2),
            _f("comments", FOOTER, 0.35,
               (_OLD, "Reader's comments are moderated and may take some time to appear."),
               ("2019-05-01", "Comments that incite racial or religious hatred will not be "
                "published. Please keep the discussion civil.")),
            _f("alerts", FOOTER, 0.25,
               (_OLD, "Follow @KelaniObserver on Twitter for breaking news."),
               ("2019-06-01", "Get breaking news on WhatsApp and Viber: save 077 555 0142 "
                "and send us 'NEWS'.")),
            _f("subscribe", FOOTER, 0.15,
               (_OLD, "Print subscription: Rs. 1,560 a quarter, delivered island-wide."),
               ("2019-01-01", "Print subscription: Rs. 1,820 a quarter, delivered "
                "island-wide.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "Copyright © {year} The Kelani Observer. All Rights Reserved."),
               ("2018-10-01", "© {year} Kelani Newspapers (Pvt) Ltd · No. 42, Kandy Road, "
                "Kelaniya · Tel: +94 11 291 5520")),
        ),
    )


def ibaizabal_style() -> PublisherStyle:
    """A Basque-language local paper: a section kicker, an ISO date gaining a reading time, a
    bare byline turned a text-and-photos credit, "Publizitatea", photo and related-story
    inserts, a newsletter line, a comment counter turned a rule, a subscription appeal
    reworded in lockdown, a provincial funding line, a copyright line turned a Creative
    Commons licence."""
    return PublisherStyle(
        domain="ibaizabalegunero.eus", site="Ibaizabal Egunero", base_size=590,
        subdomains=(("www.", 85), ("", 15)),
        sections=("gizartea", "kultura", "kirolak", "ekonomia", "politika", "durangaldea"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "atala": ("Gizartea", "Kultura", "Kirolak", "Ekonomia", "Politika", "Durangaldea",
                      "Elorrio", "Zornotza", "Iritzia"),
            "argazkia": ("Ibaizabal Egunero", "Durangoko Udala", "Ertzaintza", "Ane Urkiza",
                         "Jon Etxebarria", "utzitakoa", "EFE"),
        },
        families=(
            _f("atala", HEADER, 0.3, (_OLD, "{atala}")),
            _f("data", HEADER, 0.9, (_OLD, "{date_iso} {time}"),
               ("2018-09-01", "{date_iso} · {time} · Irakurtzeko {read_min} minutu")),
            _f("egilea", HEADER, 0.6, (_OLD, "{author}"),
               ("2019-01-01", "Testua: {author} · Argazkiak: {argazkia}")),
            _f("publizitatea", MIDDLE, 0.45, (_OLD, "Publizitatea"), count=2),
            _f("argazkia", MIDDLE, 0.3, (_OLD, "Argazkia: {argazkia}")),
            _f("lotutakoa", MIDDLE, 0.35, (_OLD, "Lotutako albistea: {other_title}"),
               count=2),
            _f("buletina", FOOTER, 0.2,
               (_OLD, "📩 Jaso egunero albisteak posta elektronikoan: "
                "ibaizabalegunero.eus/buletina")),
            _f("iruzkinak", FOOTER, 0.3, (_OLD, "{count} iruzkin"),
               ("2018-05-25", "Iruzkinak idazteko erregistratu egin behar da. Iraingarriak "
                "edo anonimoak ez dira argitaratuko.")),
            _f("harpidetza", FOOTER, 0.2,
               (_OLD, "Harpidetu zaitez: urtean 30 euro, eta astekaria etxean jasoko duzu."),
               ("2020-03-16", "Konfinamenduan ere, gertuko informazioa euskaraz. Egin zaitez "
                "laguntzaile: ibaizabalegunero.eus/lagundu")),
            _f("laguntza", FOOTER, 0.15, (_OLD, "Bizkaiko Foru Aldundiaren laguntzarekin")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Ibaizabal Egunero. Eskubide guztiak erreserbatuta."),
               ("2017-09-01", "Ibaizabal Egunero · Edukiak Creative Commons BY-SA 4.0 "
                "lizentziapean argitaratzen dira · Lege oharra · Pribatutasuna")),
        ),
    )


def windfront_style() -> PublisherStyle:
    """A wind-energy trade journal: a sector kicker, a name-and-date line gaining the
    writer's base and a reading time, photo and "More on this" inserts, a project file box
    (heading, capacity and turbines, status, a profile link with an id), a summit line
    turned a 2020 postponement, a subscriber wall turned a plan offer, a newsletter line,
    the imprint reworded for the GDPR."""
    return PublisherStyle(
        domain="windfrontmag.com", site="Windfront", base_size=520,
        subdomains=(("www.", 100),),
        sections=("offshore", "onshore", "turbines", "policy", "supply-chain", "finance",
                  "grid"),
        n_authors=10, url_path="/{section}/{slug}/{n}",
        pools={
            "kicker": ("Offshore", "Onshore", "Turbines", "Policy", "Supply Chain", "Finance",
                       "O&M", "Grid", "Floating Wind"),
            "beat": ("Hamburg", "Aarhus", "Houston", "Taipei", "Edinburgh", "Madrid"),
            "img": ("Siemens Gamesa", "Vestas", "Ørsted", "GE Renewable Energy",
                    "Nordex", "Windfront/Kasper Lund", "Shutterstock"),
            "project": ("Skerry Bank · 1.1 GW · 74 × 15 MW turbines",
                        "Hollow Ridge · 210 MW · 50 × 4.2 MW turbines",
                        "Sørvik Nord · 640 MW · 58 × 11 MW turbines",
                        "Penghu Reach · 480 MW · 40 × 12 MW turbines",
                        "Los Llanos Altos · 96 MW · 24 × 4 MW turbines",
                        "Cape Harlan · 2.6 GW · 200 × 13 MW turbines"),
            "status": ("Status: in permitting", "Status: consented, final investment "
                       "decision expected next year", "Status: under construction",
                       "Status: in operation", "Status: awarded in the latest auction round"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("byline", HEADER, 0.85, (_OLD, "{author} | {date_dmy}"),
               ("2019-02-01", "{author}, {author_beat} · {date_dmy} · {read_min} min read")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {img}"), count=2),
            _f("more-on", MIDDLE, 0.3, (_OLD, "More on this: {other_title}")),
            _f("project-head", FOOTER, 0.18, (_OLD, "Project file")),
            _f("project-line", FOOTER, 0.17, (_OLD, "{project}")),
            _f("project-status", FOOTER, 0.16, (_OLD, "{status}")),
            _f("project-link", FOOTER, 0.14,
               (_OLD, "Full profile in the Windfront project database: "
                "windfrontmag.com/projects/{n}")),
            _f("summit", FOOTER, 0.2,
               (_OLD, "Windfront Offshore Summit, Rotterdam, every October: book by 31 July "
                "and save €300 on a delegate pass."),
               ("2020-04-20", "The Windfront Offshore Summit has been postponed to 2021. "
                "Passes already bought remain valid.")),
            _f("paywall", FOOTER, 0.3,
               (_OLD, "This article is for subscribers. Already a subscriber? Log in to keep "
                "reading."),
               ("2019-09-01", "Windfront Pro: daily news, the project database and the "
                "tender tracker, from €49 a month.")),
            _f("newsletter", FOOTER, 0.25,
               (_OLD, "🌬️ Get the Windfront Daily in your inbox every weekday at 07:00 CET.")),
            _f("copyright", FOOTER, 0.65,
               (_OLD, "© {year} Nordlys Trade Media ApS. All rights reserved."),
               ("2018-05-25", "Windfront is published by Nordlys Trade Media ApS, "
                "Copenhagen · CVR 38 14 22 61 · Privacy · Cookies · "
                "editor@windfrontmag.com")),
        ),
    )


def tamarack_style() -> PublisherStyle:
    """A state lottery's winner news: a posted line with a 12-hour time turned a winners
    line, a game kicker, a jackpot strip, a winner's caption beginning with the winner's
    name, a winning-ticket box (heading, prize and game, the selling retailer), a draw-results
    link with an id, claiming in person turned a 2020 closure and a reopening, a claim
    deadline extended in 2020, a second-chance line, a problem-gambling line reworded, the
    about line."""
    return PublisherStyle(
        domain="tamaracklottery.com", site="Tamarack State Lottery", base_size=470,
        subdomains=(("www.", 100),),
        sections=("winners", "games", "press", "retailers", "responsible-gaming"),
        n_authors=3, url_path="/news/{section}/{slug}",
        pools={
            "game": ("Powerball", "Mega Millions", "Lucky for Life", "Tamarack Cash 5",
                     "Pick 3", "Scratchers", "Keno", "Lotto Plus"),
            "jackpot": ("40", "87", "118", "227", "345", "480"),
            "winner": ("Darlene M.", "Rick and Patty S.", "Marcus T.", "Hoa N.", "Gloria R.",
                       "Dwayne B.", "The Friday Night Pool"),
            "town": ("Fairhaven", "Ashby", "Lindqvist", "North Camas", "Pell City",
                     "Riverton Falls"),
            "prize": ("$1,000,000", "$50,000", "$250,000", "$2,000,000", "$100,000",
                      "$25,000 a year for life", "$10,000"),
            "retailer": ("QuickStop #214, 1180 Main St., Fairhaven",
                         "Gas-N-Go #114, 2201 River Rd., Lindqvist",
                         "Safeway #1839, 400 Ashby Blvd., Ashby",
                         "Pell City Market, 12 Depot St., Pell City",
                         "Camas Corner Grocery, 77 3rd Ave., North Camas"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted {date_slash} {time12}"),
               ("2018-03-01", "Winners · {weekday}, {date_long}")),
            _f("game", HEADER, 0.35, (_OLD, "{game}")),
            _f("jackpot", HEADER, 0.12, (_OLD, "💰 Next Powerball jackpot: ${jackpot} million")),
            _f("caption", MIDDLE, 0.3, (_OLD, "{winner} of {town} with the ceremonial check")),
            _f("ticket-head", FOOTER, 0.25, (_OLD, "Winning Ticket Details")),
            _f("ticket-prize", FOOTER, 0.24, (_OLD, "Prize: {prize} · Game: {game}")),
            _f("ticket-sold", FOOTER, 0.22, (_OLD, "Sold at: {retailer}")),
            _f("draw", FOOTER, 0.15,
               (_OLD, "Check your numbers: tamaracklottery.com/results/draw/{n}")),
            _f("claim", FOOTER, 0.35,
               (_OLD, "Prizes of $600 or more are claimed at Lottery headquarters, 400 "
                "Commerce Way, Ashby, Monday–Friday 8 a.m.–5 p.m. Bring the signed ticket and "
                "a photo ID."),
               ("2020-03-20", "Lottery offices are closed to the public. Claim prizes of $600 "
                "or more by mail, or call 1-800-555-0166 to book an appointment."),
               ("2020-07-06", "Lottery headquarters has reopened for prize claims by "
                "appointment only. Masks are required.")),
            _f("deadline", FOOTER, 0.2,
               (_OLD, "Prizes must be claimed within 180 days of the draw date."),
               ("2020-03-20", "The claim deadline for tickets from draws since December 1, "
                "2019 has been extended by 90 days.")),
            _f("second-chance", FOOTER, 0.25,
               (_OLD, "🎟️ Don't toss that ticket! Enter non-winning Scratchers in our Second "
                "Chance drawing at tamaracklottery.com/2ndchance")),
            _f("responsible", FOOTER, 0.5,
               (_OLD, "Please play responsibly. You must be 18 or older to buy a ticket. "
                "Problem gambling helpline: 1-800-555-0123."),
               ("2019-07-01", "Gambling problem? Call or text 1-800-555-0123 for free, "
                "confidential help, 24/7. Must be 18 to play.")),
            _f("about", FOOTER, 0.45,
               (_OLD, "Since 1986 Tamarack State Lottery proceeds have raised more than $3.2 "
                "billion for public schools and the state Veterans Fund.")),
        ),
    )


def ashcombe_style() -> PublisherStyle:
    """A natural history museum's blog: a date gaining the weekday and a reading time, a
    staff line with the writer's post, specimen captions with accession numbers, an image
    credit, a citation line with the post's own title, a "you might also like" link,
    opening hours turned a 2020 closure and a timed-ticket reopening, an exhibition line, a
    donation line reworded in 2020, Friends' membership raised, categories, the charity
    line."""
    return PublisherStyle(
        domain="ashcombemuseum.org.uk", site="Ashcombe Museum of Natural History",
        base_size=420, subdomains=(("www.", 100),),
        sections=("collections", "research", "exhibitions", "learning", "behind-the-scenes"),
        n_authors=7, url_path="/blog/{slug}/",
        pools={
            "beat": ("Curator of Entomology", "Collections Assistant", "Curator of Geology",
                     "Digitisation Officer", "Learning Officer", "Natural Sciences "
                     "Conservator", "Volunteer Coordinator"),
            "specimen": ("Great auk egg, collected before 1844. ASHNH.Z.1902.118",
                         "Dactylioceras commune, an ammonite from the Whitby shales. "
                         "ASHNH.G.4471",
                         "Herbarium sheet of Drosera anglica, pressed in 1883. ASHNH.B.20761",
                         "Swallowtail butterflies from the Hewitt collection, drawer 14. "
                         "ASHNH.E.1955.3",
                         "Mammoth molar dredged from the North Sea. ASHNH.G.1127",
                         "Lapwing skin, prepared in 1911. ASHNH.Z.1911.47"),
            "exhibit": ("Beetlemania: 400 Million Years of Beetles",
                        "The Ice Age Coast", "Wild Ashcombe",
                        "Feathers: The Story of Flight", "Deep Time Detectives"),
            "cats": ("Collections", "Research", "Exhibitions", "Volunteering", "Learning",
                     "Conservation"),
        },
        families=(
            _f("date", HEADER, 0.7, (_OLD, "{date_dmy}"),
               ("2019-04-01", "{weekday} {date_dmy} · {read_min} minute read")),
            _f("author", HEADER, 0.55, (_OLD, "By {author}"),
               ("2018-06-01", "{author}, {author_beat}")),
            _f("specimen", MIDDLE, 0.3, (_OLD, "{specimen}"), count=2),
            _f("credit", MIDDLE, 0.2, (_OLD, "Image © Ashcombe Museum of Natural History")),
            _f("cite", FOOTER, 0.12,
               (_OLD, "Cite this post: {author}, “{title}”, Ashcombe Museum of Natural "
                "History blog, {date_dmy}.")),
            _f("also-like", FOOTER, 0.2, (_OLD, "You might also like: {other_title}")),
            _f("visit", FOOTER, 0.4,
               (_OLD, "Open daily 10:00–17:00 · Free entry · Last admission 16:30"),
               ("2020-03-18", "The Museum is temporarily closed. Explore our collections "
                "online while we are away."),
               ("2020-08-01", "We have reopened! Entry is still free, but please book a "
                "timed ticket before you visit.")),
            _f("exhibition", FOOTER, 0.2,
               (_OLD, "🦕 Now showing: {exhibit}. Adults £8, concessions £6, under-16s and "
                "Friends free.")),
            _f("donate", FOOTER, 0.3,
               (_OLD, "Entry to the Museum is free. A donation of £5 helps us care for more "
                "than a million specimens."),
               ("2020-04-01", "With our doors closed, every gift matters more than ever. "
                "Donate at ashcombemuseum.org.uk/donate")),
            _f("friends", FOOTER, 0.15,
               (_OLD, "Become a Friend of the Museum from £30 a year: free exhibitions and "
                "10% off in the shop."),
               ("2019-04-01", "Become a Friend of the Museum from £35 a year: free "
                "exhibitions and 10% off in the shop.")),
            _f("filed", FOOTER, 0.25, (_OLD, "Posted in {cats_list}")),
            _f("charity", FOOTER, 0.5,
               (_OLD, "Ashcombe Museum of Natural History · Registered charity no. 1093372 · "
                "Kingsway Gardens, Ashcombe AS2 4PL")),
        ),
    )


def carrow_style() -> PublisherStyle:
    """A university alumni magazine: an issue line with season and year, a department
    kicker, a byline with the writer's class year gaining a photo credit, photo inserts,
    a letters line with the story's own title, a giving line turned a 2020 emergency fund,
    a reunion line turned a 2020 postponement, an address-update line with a phone, a class
    notes line, the masthead reworded when the print run went to twice a year."""
    return PublisherStyle(
        domain="carrow.edu", site="Carrow Magazine", base_size=370,
        subdomains=(("magazine.", 100),),
        sections=("features", "campus", "research", "athletics", "alumni", "class-notes"),
        n_authors=8, url_path="/{yyyy}/{section}/{slug}",
        pools={
            "season": ("Spring", "Summer", "Fall", "Winter"),
            "department": ("Features", "Campus News", "Research", "Athletics", "Alumni "
                           "Profiles", "In Memoriam", "Class Notes", "Bookshelf"),
            "beat": ("’89", "’96", "’98", "’04", "’11", "’15", "P’19"),
            "photog": ("Dana Whitcomb", "Luis Arroyo", "Carrow College Archives",
                       "Courtesy of the family", "Mei-Ling Chu", "Brett Halvorsen"),
        },
        families=(
            _f("issue", HEADER, 0.5, (_OLD, "From the {season} {year} issue")),
            _f("department", HEADER, 0.35, (_OLD, "{department}")),
            _f("byline", HEADER, 0.75, (_OLD, "By {author} {author_beat}"),
               ("2019-09-01", "Story by {author} {author_beat} · Photos by {photog}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photog}"), count=2),
            _f("letters", FOOTER, 0.25,
               (_OLD, "Have a thought about “{title}”? Write to us at letters@carrow.edu. "
                "Letters may be edited for length and clarity.")),
            _f("giving", FOOTER, 0.3,
               (_OLD, "Support students today: make a gift to the Carrow Fund at "
                "carrow.edu/give"),
               ("2020-04-01", "The Student Emergency Fund is helping Carrow students through "
                "the pandemic. Give at carrow.edu/give/emergency")),
            _f("reunion", FOOTER, 0.2,
               (_OLD, "Reunion Weekend is held each June: register at "
                "alumni.carrow.edu/reunion"),
               ("2020-04-15", "Reunion 2020 is postponed. This year's reunion classes will "
                "celebrate with next year's in June 2021.")),
            _f("address", FOOTER, 0.2,
               (_OLD, "Moving? Update your address at alumni.carrow.edu/update or call "
                "1-800-555-0147.")),
            _f("class-notes", FOOTER, 0.15,
               (_OLD, "✉️ Send your news to classnotes@carrow.edu, and remember to include "
                "your class year!")),
            _f("masthead", FOOTER, 0.45,
               (_OLD, "Carrow Magazine is published three times a year by the Office of "
                "Communications, Carrow College, Bellmont, Vermont 05473."),
               ("2019-01-01", "Carrow Magazine is published twice a year in print, and online "
                "all year, by the Office of Communications, Carrow College, Bellmont, VT "
                "05473.")),
        ),
    )


def fernbrook_style() -> PublisherStyle:
    """A veterinary practice's blog: a British slashed date with the writer's name turned a
    name with post-nominals, a species kicker, patient photo captions, a pet health club
    insert with its price raised, an advice disclaimer, surgery hours turned lockdown
    urgent-only and then reopened, an out-of-hours line, online booking gaining video
    consultations, the accreditation line."""
    return PublisherStyle(
        domain="fernbrookvets.co.uk", site="Fernbrook Vets", base_size=320,
        subdomains=(("www.", 100),),
        sections=("dogs", "cats", "rabbits", "exotics", "practice-news"),
        n_authors=6, url_path="/news/{slug}/",
        pools={
            "beat": ("BVSc MRCVS", "BVM&S MRCVS", "RVN", "MA VetMB MRCVS",
                     "BVetMed CertAVP MRCVS", "Dip AVN (Surgical) RVN"),
            "species": ("Dogs", "Cats", "Rabbits", "Small Furries", "Exotics", "Horses",
                        "Practice News"),
            "pet": ("Bramble the cocker spaniel, all smiles after her dental",
                    "Mr Biscuits, 14, recovering well from his thyroid treatment",
                    "Luna and Pip, our rabbit pair of the month",
                    "Otto the bearded dragon at his annual health check",
                    "Poppy the greyhound, adopted this spring",
                    "Kevin the tortoise, weighed before hibernation"),
        },
        families=(
            _f("posted", HEADER, 0.65, (_OLD, _UK_DATE + " | {author}"),
               ("2019-02-01", "{author} {author_beat} · " + _UK_DATE)),
            _f("species", HEADER, 0.3, (_OLD, "{species}")),
            _f("pet-photo", MIDDLE, 0.25, (_OLD, "{pet}"), count=2),
            _f("health-club", MIDDLE, 0.2,
               (_OLD, "🐾 Our Pet Health Club covers vaccinations, flea and worm treatment "
                "and two health checks a year for £12.50 a month."),
               ("2019-04-01", "🐾 Our Pet Health Club covers vaccinations, flea and worm "
                "treatment and two health checks a year for £13.75 a month.")),
            _f("disclaimer", FOOTER, 0.3,
               (_OLD, "This article is general advice only. If you are worried about your "
                "pet, please call us.")),
            _f("hours", FOOTER, 0.45,
               (_OLD, "Surgery hours: Mon–Fri 8.30am–7pm, Sat 9am–1pm · 01632 960 214"),
               ("2020-03-24", "During lockdown we are seeing urgent cases only. Please call "
                "01632 960 214 from the car park and we will come out to you."),
               ("2020-06-15", "We are seeing routine appointments again. Please wait in your "
                "car and call 01632 960 214 when you arrive.")),
            _f("out-of-hours", FOOTER, 0.35,
               (_OLD, "Out of hours, call 01632 960 214 and you will be put through to our "
                "emergency partner, Vets Now.")),
            _f("book", FOOTER, 0.15,
               (_OLD, "📅 Book appointments online 24/7 at fernbrookvets.co.uk/book"),
               ("2020-04-01", "📱 Video consultations are now available: book at "
                "fernbrookvets.co.uk/book")),
            _f("rcvs", FOOTER, 0.4,
               (_OLD, "Fernbrook Vets is an RCVS Accredited Practice · Fernbrook Veterinary "
                "Group Ltd, registered in England no. 06418822")),
        ),
    )


def northernlakes_style() -> PublisherStyle:
    """A junior ice hockey league's news pages: a posted line turned a name-first line, a
    team kicker, a player-of-the-game insert, a box-score link with an id, a standings box
    (heading, top three, as-of date), ticket prices raised, the 2020 season cancelled and
    games without spectators, a streaming line, a handle and hashtag, the about line with
    the league grown from 8 to 9 teams."""
    return PublisherStyle(
        domain="nljhl.ca", site="Northern Lakes Junior Hockey League", base_size=280,
        subdomains=(("www.", 100),),
        sections=("news", "game-recaps", "transactions", "playoffs", "awards"),
        n_authors=4, url_path="/news/{n}/{slug}",
        pools={
            "team": ("Kenora Cutters", "Dryden Pines", "Sioux Bay Lakers", "Atikokan Miners",
                     "Red Rock Rapids", "Vermilion Bay Voyageurs", "Fort Alder Blades"),
            "potg": ("#17 Ty Lachance (2G, 1A)", "#31 Noah Friesen (38 saves)",
                     "#9 Jordan Whitebird (1G, 2A)", "#4 Cole Marchand (2A, +3)",
                     "#22 Eli Kowalchuk (hat trick)", "#30 Mathis Bouchard (shutout)"),
            "top": ("1. Kenora Cutters 58 pts · 2. Dryden Pines 54 · 3. Sioux Bay Lakers 49",
                    "1. Atikokan Miners 41 pts · 2. Kenora Cutters 40 · 3. Red Rock Rapids 36",
                    "1. Sioux Bay Lakers 33 pts · 2. Fort Alder Blades 30 · 3. Dryden Pines 29",
                    "1. Dryden Pines 22 pts · 2. Vermilion Bay Voyageurs 21 · 3. Kenora "
                    "Cutters 19"),
        },
        families=(
            _f("posted", HEADER, 0.7, (_OLD, "Posted {date_short} by {author}"),
               ("2018-09-01", "{author} · League Communications · {date_short}")),
            _f("team", HEADER, 0.3, (_OLD, "{team}")),
            _f("potg", MIDDLE, 0.2, (_OLD, "⭐ Player of the Game: {potg}")),
            _f("box-score", FOOTER, 0.15,
               (_OLD, "Box score and game sheet: nljhl.ca/stats/game/{n}")),
            _f("standings-head", FOOTER, 0.2, (_OLD, "Standings")),
            _f("standings-top", FOOTER, 0.19, (_OLD, "{top}")),
            _f("standings-asof", FOOTER, 0.18, (_OLD, "Standings as of {date_short}")),
            _f("tickets", FOOTER, 0.3,
               (_OLD, "Tickets at the door: adults $12, seniors and students $8, 12 and under "
                "free."),
               ("2019-09-01", "Tickets at the door: adults $14, seniors and students $9, 12 "
                "and under free."),
               ("2020-03-13", "The remainder of the 2019-20 regular season and playoffs has "
                "been cancelled. Thank you, fans, for a great season."),
               ("2020-10-01", "Games are being played without spectators for now. Watch every "
                "game live on HockeyTV.")),
            _f("streaming", FOOTER, 0.2,
               (_OLD, "📺 Every Northern Lakes Junior Hockey League game is streamed live on "
                "HockeyTV.")),
            _f("social", FOOTER, 0.25,
               (_OLD, "Follow the league on Twitter and Instagram: @NLJHL · #NLJHLhockey")),
            _f("about", FOOTER, 0.45,
               (_OLD, "The Northern Lakes Junior Hockey League is a Junior A league of 8 teams "
                "in Northwestern Ontario, sanctioned by Hockey Canada."),
               ("2019-06-01", "The Northern Lakes Junior Hockey League is a Junior A league of "
                "9 teams in Northwestern Ontario, sanctioned by Hockey Canada.")),
        ),
    )


def darbar_style() -> PublisherStyle:
    """A Sikh gurdwara's community notices: the Gurmukhi greeting, a date turned a notice
    line, today's Hukamnama in Gurmukhi with the page and raag, photo captions, a weekly
    programme box (heading, a day's diwan, the live stream), langar turned 2020 takeaway
    deliveries and back, diwans streamed while closed, Punjabi classes with a Gurmukhi
    label, donations moved online with Gift Aid, an officer's sign-off with the role, the
    charity line."""
    return PublisherStyle(
        domain="gndeastfield.org.uk", site="Guru Nanak Darbar Eastfield", base_size=240,
        subdomains=(("www.", 100),),
        sections=("notices", "events", "langar", "youth", "gurpurab"),
        n_authors=6, url_path="/notices/{slug}",
        pools={
            "beat": ("General Secretary", "Stage Secretary", "Press Secretary", "President",
                     "Youth Coordinator", "Langar Sewa Coordinator"),
            "ang": ("612", "696", "1429", "45", "819", "1117", "382", "930"),
            "raag": ("Raag Sorath", "Raag Dhanasari", "Raag Bilaval", "Raag Gauri",
                     "Raag Asa", "Raag Suhi", "Raag Vadhans"),
            "photo": ("Sangat at the Vaisakhi Nagar Kirtan", "Sewadars preparing langar",
                      "Gatka display by the youth group", "Akhand Path Bhog in the Darbar "
                      "Hall", "Children's Gurmat camp", "Gurpurab illuminations"),
            "diwan": ("Sunday: Asa di Var 6:00–8:00am, Kirtan and Katha 10:00am–1:30pm",
                      "Daily: Sukhmani Sahib 9:00am, Rehras Sahib 6:30pm",
                      "Sangrand: Diwan 6:00–8:00pm, Hukamnama and Ardas",
                      "Saturday: youth Kirtan 5:00–6:30pm, Kirtan Sohila 9:00pm"),
        },
        families=(
            _f("greeting", HEADER, 0.3,
               (_OLD, "ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਹਿ")),
            _f("posted", HEADER, 0.7, (_OLD, "{date_dmy}"),
               ("2018-11-01", "Sangat Notice · {weekday} {date_dmy}")),
            _f("hukamnama", HEADER, 0.2, (_OLD, "ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ · Ang {ang} · {raag}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}"), count=2),
            _f("programme-head", FOOTER, 0.25, (_OLD, "Weekly Programme")),
            _f("programme-diwan", FOOTER, 0.24, (_OLD, "{diwan}")),
            _f("programme-live", FOOTER, 0.2,
               (_OLD, "All diwans are broadcast on our radio stream, Darbar Radio."),
               ("2020-03-25", "📺 While the Gurdwara is closed to the sangat, every diwan is "
                "streamed live on our YouTube channel and Facebook page.")),
            _f("langar", FOOTER, 0.4,
               (_OLD, "Langar is served daily from 7am to 9pm. Everyone is welcome, whatever "
                "their faith or background."),
               ("2020-03-23", "Langar is being delivered as hot takeaway meals to anyone in "
                "need. Call 0121 496 0377 before 2pm."),
               ("2020-07-04", "The Darbar Hall has reopened with social distancing. Langar is "
                "served as takeaway only for now.")),
            _f("classes", FOOTER, 0.15,
               (_OLD, "ਪੰਜਾਬੀ ਕਲਾਸਾਂ: Punjabi and Gurmat classes for children every Saturday, "
                "10am–12pm. Free, all ages welcome.")),
            _f("donate", FOOTER, 0.3,
               (_OLD, "Donations and Daswandh can be made at the Gurdwara office or by bank "
                "transfer."),
               ("2019-04-13", "Donate online at gndeastfield.org.uk/donate and Gift Aid your "
                "donation: it adds 25p to every £1 you give.")),
            _f("signoff", FOOTER, 0.3,
               (_OLD, "{author}, {author_beat}, on behalf of the Management Committee")),
            _f("charity", FOOTER, 0.5,
               (_OLD, "Guru Nanak Darbar Eastfield · Registered charity no. 1107718 · 112 "
                "Mill Lane, Eastfield EF3 7QT")),
        ),
    )


def larkfield_style() -> PublisherStyle:
    """A council-estate tenants' association: a date turned a posted-by line, an officer's
    sign-off with the role, a survey insert with an id, a repairs box (heading, the
    landlord's repair lines, the job-number advice), residents' meetings suspended in 2020,
    a grants line turned a 2020 volunteer shopping line, Facebook turned a WhatsApp group,
    a bulky-waste line, the recognition line."""
    return PublisherStyle(
        domain="larkfieldtenants.org.uk", site="Larkfield Estate Tenants' Association",
        base_size=200, subdomains=(("www.", 60), ("", 40)),
        sections=("news", "repairs", "meetings", "regeneration", "community"),
        n_authors=5, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "beat": ("Chair", "Secretary", "Treasurer", "Repairs Officer",
                     "Block Rep, Hawthorn House", "Block Rep, Rowan Court"),
        },
        families=(
            _f("posted", HEADER, 0.6, (_OLD, "{date_dmy}"),
               ("2018-03-01", "Posted on {date_dmy} by {author}")),
            _f("survey", MIDDLE, 0.1,
               (_OLD, "📋 Have your say on the regeneration plans: "
                "larkfieldtenants.org.uk/survey?id={n}")),
            _f("signoff", FOOTER, 0.3, (_OLD, "{author} ({author_beat})")),
            _f("repairs-head", FOOTER, 0.25, (_OLD, "Reporting repairs")),
            _f("repairs-line", FOOTER, 0.24,
               (_OLD, "Call Hartwell Homes on 03069 990172 (8am–8pm), or 03069 990199 for "
                "emergencies out of hours."),
               ("2019-06-01", "Report repairs to Hartwell Homes online at "
                "hartwellhomes.org.uk/repairs or call 03069 990172; emergencies 24/7 on "
                "03069 990199.")),
            _f("repairs-job", FOOTER, 0.22,
               (_OLD, "Always ask for a job number, and tell us if a repair is not done: "
                "repairs@larkfieldtenants.org.uk")),
            _f("meetings", FOOTER, 0.3,
               (_OLD, "Residents' meetings: first Monday of the month, 7pm, Larkfield "
                "Community Centre. Everyone welcome, and there's always tea."),
               ("2020-03-16", "Residents' meetings are suspended until it is safe to meet "
                "again. The committee is meeting by phone.")),
            _f("community", FOOTER, 0.15,
               (_OLD, "Community Fund grants of up to £250 are open to resident-led projects: "
                "ask any committee member for a form."),
               ("2020-03-20", "Self-isolating? Our volunteers can collect shopping and "
                "prescriptions. Call or text 07700 900318.")),
            _f("social", FOOTER, 0.2,
               (_OLD, "Like our Facebook page: Larkfield Estate Tenants' Association"),
               ("2019-05-01", "Join the residents' WhatsApp group: text your name and block "
                "to 07700 900318.")),
            _f("bulky", FOOTER, 0.12,
               (_OLD, "♻️ Free bulky waste collection on the first Saturday of each month: "
                "book with the estate office on 01632 960 587.")),
            _f("about", FOOTER, 0.5,
               (_OLD, "Larkfield Estate Tenants' Association is recognised by Hartwell Homes "
                "and a member of the Brackley Borough Tenants' Federation.")),
        ),
    )


def heldout14_styles() -> list[PublisherStyle]:
    """The held-back-14 styles, in the order the generator hands them to publishers."""
    return [
        emajogi_style(), shirak_style(), kelani_style(), ibaizabal_style(), windfront_style(),
        tamarack_style(), ashcombe_style(), carrow_style(), fernbrook_style(),
        northernlakes_style(), darbar_style(), larkfield_style(),
    ]
