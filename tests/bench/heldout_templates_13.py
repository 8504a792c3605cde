"""The thirteenth held-back template set (``held-back-13``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test for the next development
session, after the twelfth held-back set (`tests.bench.heldout_templates_12`) had been run
(its first, unseen run scored 95.13% boilerplate removed) and taken up for study. It was
written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``, ``segment``,
``sign``, ``engine``, ``strip``, ``config``) or the README's detection rules, before any
benchmark run on it, and without shaping any line to pass or to fail a detector: the
families are what real sites of these kinds print, from general knowledge of them. All
wording is original; none is copied from the data, from the tuning styles or from the first
twelve held-back sets.

**Do not tune on this set.** Once its misses have been studied to change the detector, it is
no longer an unseen test: write a new set instead, and say so in the commit.

**Status (2026-11-26, later that day):** run once while unseen (92.11% boilerplate
removed; the session-start code scores 90.06%), then its misses were studied to change
the detector: no longer unseen (the unseen set is named in `tests.bench.planted_bench`).

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Lithuanian regional news portal,
a Georgian regional news site in Georgian script, a Nepali English-language daily, a
Catalan-language local paper, an aviation trade magazine, a municipal water utility's news
page, an embassy's news pages (with a Latvian line), an independent bookshop's blog, a city
marathon's race news, an amateur radio club, a family history society and a quilters'
guild. None of these kinds is in the earlier held-back sets.

Variation: dates in several formats and languages (Lithuanian ISO ``2017-06-21 14:32``,
Georgian ``21.06.2017`` from ``date_de``, Catalan ``21/06/2017 a les 14:32`` built from
``date_iso`` by indexing since the generator has no such slot, Nepali Bikram Sambat dates in
Devanagari digits from a pool, NPT times, English long, short, slash, weekday and
day-month-year forms), notices reworded in 2017-2020 (a Lithuanian GDPR-era copyright line
and a comment rule, a Georgian view counter, a Telegram channel and an imprint with an
advertising phone, a Nepali registration line and a lockdown e-paper, a Catalan newsletter,
comment rule, 2020 support appeal and GDPR-era legal line, an aviation paywall, a 2020
virtual forum and an imprint, water rates raised, text alerts, a lobby closed and shutoffs
suspended in 2020, an embassy's consular section closed in 2020, a bookshop's online orders,
events moved online and Hive turned Bookshop.org in November 2020, marathon fees raised and
a 2020 virtual race, a radio net moved and a 2020 daily net, meetings on the repeater, VE
sessions suspended, a family history federation renamed in 2019, a research room closed and
reopened, a quilt show cancelled, guild dues raised, comfort quilts turned masks), names at
the start of lines (Lithuanian, Nepali, Catalan and Georgian bylines, a radio amateur's post
line with his callsign, a society officer line with the officer's role, a quilt caption),
the article's own title (an embassy breadcrumb, a bookshop's "Comments Off on" line and a
society's journal line) and other articles' titles (Lithuanian, Georgian, Nepali, Catalan,
aviation and marathon links), amounts (lari and rupee rates, water rates, pound and dollar
prices and fees, fleet counts, solar-flux indices), handles, phone numbers, URLs with ids (a
work order, race results, a QRZ page), multi-line blocks (an advisory header, a fleet box, an
event box, a book box, a race-weekend box, a meeting box), mid-body inserts (some up to two
or three times), bare lines (Lithuanian, Georgian, Nepali and Catalan ad labels, section
kickers, "Užsakomasis turinys", "Mitjà associat a l'AMIC", the embassy's Latvian name,
"Fleet snapshot", "Next Meeting"), Georgian and Devanagari script, Lithuanian, Catalan and
Latvian words, symbols and emoji where such sites use them, and families in only 10-30% of
articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_CA_DATE = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017


def nemunas_style() -> PublisherStyle:
    """A Lithuanian regional news portal: a rubric kicker, a sponsored-content label, a
    weather strip, an ISO date gaining an updated time, a bare byline gaining the portal's
    domain, "Reklama", "nuotr." photo credits and "Skaitykite taip pat" inserts, a source
    line, a political-advertising order number, a comment counter turned a rule, a
    copyright line reworded for the GDPR."""
    return PublisherStyle(
        domain="nemunozinios.lt", site="Nemuno žinios", base_size=900,
        subdomains=(("www.", 75), ("", 15), ("m.", 10)),
        sections=("regionas", "lietuva", "kaunas", "sportas", "verslas", "kultura",
                  "kriminalai"),
        n_authors=15, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrika": ("Regionas", "Lietuva", "Kaunas", "Jonava", "Kėdainiai", "Sportas",
                        "Verslas", "Kultūra", "Kriminalai"),
            "nuotr": ("BNS", "ELTA", "Redakcijos archyvo", "Asmeninio archyvo",
                      "Kauno miesto savivaldybės", "Policijos departamento",
                      "Aurelijos Kripaitės", "Shutterstock"),
            "saltinis": ("BNS", "ELTA", "LRT.lt", "Kauno apskrities VPK",
                         "Priešgaisrinės apsaugos ir gelbėjimo departamentas",
                         "Pranešimas spaudai"),
            "oras": ("+18 °C, debesuota", "−4 °C, sninga", "+24 °C, saulėta", "+9 °C, lyja",
                     "+2 °C, rūkas", "+13 °C, protarpiais saulėta"),
            "atnaujinta": ("08:12", "10:47", "13:05", "16:31", "19:58", "22:16"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("uzsakomasis", HEADER, 0.07, (_OLD, "Užsakomasis turinys")),
            _f("orai", HEADER, 0.1, (_OLD, "Orai Kaune: {oras}")),
            _f("data", HEADER, 0.9, (_OLD, "{date_iso} {time}"),
               ("2018-03-01", "Paskelbta: {date_iso} {time} · Atnaujinta: {date_iso} "
                "{atnaujinta}")),
            _f("autorius", HEADER, 0.65, (_OLD, "{author}"),
               ("2019-04-01", "{author}, nemunozinios.lt")),
            _f("reklama", MIDDLE, 0.5, (_OLD, "Reklama"), count=3),
            _f("nuotrauka", MIDDLE, 0.35, (_OLD, "{nuotr} nuotr."), count=2),
            _f("skaitykite", MIDDLE, 0.4, (_OLD, "Skaitykite taip pat: {other_title}"),
               count=2),
            _f("saltinis", FOOTER, 0.2, (_OLD, "Šaltinis: {saltinis}")),
            _f("politine", FOOTER, 0.06, (_OLD, "Politinė reklama. Užsakymo Nr. NZ-{count}")),
            _f("komentarai", FOOTER, 0.4, (_OLD, "Komentarai ({count}) · Rašyti komentarą"),
               ("2018-10-01", "Už skaitytojų komentarų turinį redakcija neatsako. "
                "Įžeidžiantys ir neapykantą kurstantys komentarai šalinami.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} UAB „Nemuno žinios“. Visos teisės saugomos."),
               ("2018-05-25", "© Nemuno žinios, {year}. Kopijuoti ar platinti turinį be "
                "raštiško redakcijos sutikimo draudžiama. Privatumo politika · Slapukų "
                "nustatymai")),
        ),
    )


def moambe_style() -> PublisherStyle:
    """A Georgian regional news site in Georgian script: a rubric, a lari rate strip, a date
    gaining a view counter, an author line from the paper's own staff gaining the paper's
    name, photo, ad and "ასევე წაიკითხეთ" inserts, a Facebook line turned a
    Telegram channel, a comment counter turned a disclaimer, the imprint gaining an
    advertising phone."""
    return PublisherStyle(
        domain="kutaisismoambe.ge", site="ქუთაისის მოამბე", base_size=780,
        subdomains=(("www.", 85), ("", 15)),
        sections=("sazogadoeba", "politika", "ekonomika", "sporti", "kultura", "imereti"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "rubrika": ("საზოგადოება", "პოლიტიკა", "ეკონომიკა", "სპორტი", "კულტურა",
                        "იმერეთი", "სამართალი", "ჯანდაცვა"),
            "avtori": ("ნინო ბერიძე", "გიორგი ლომიძე", "თამარ კაპანაძე", "ლევან ჩხეიძე",
                       "მარიამ გელაშვილი", "დავით ხარაზიშვილი"),
            "foto": ("ინტერპრესნიუსი", "არქივი", "ქუთაისის მერია", "სოციალური ქსელი",
                     "ავტორის არქივი", "შსს"),
            "lari": ("2.3410", "2.4872", "2.6015", "2.6930", "2.8457", "2.9871", "3.2150"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("kursi", HEADER, 0.1, (_OLD, "ეროვნული ბანკის კურსი: 1 USD = {lari} ₾")),
            _f("tarighi", HEADER, 0.9, (_OLD, "{date_de} {time}"),
               ("2018-03-01", "{time} · {date_de} · ნახვები: {count}")),
            _f("avtori", HEADER, 0.6, (_OLD, "ავტორი: {avtori}"),
               ("2019-02-01", "{avtori}, ქუთაისის მოამბე")),
            _f("foto", MIDDLE, 0.35, (_OLD, "ფოტო: {foto}"), count=2),
            _f("reklama", MIDDLE, 0.45, (_OLD, "რეკლამა"), count=2),
            _f("wakitxe", MIDDLE, 0.4, (_OLD, "ასევე წაიკითხეთ: {other_title}")),
            _f("sotsialuri", FOOTER, 0.3,
               (_OLD, "შემოგვიერთდით Facebook-ზე: facebook.com/kutaisismoambe"),
               ("2019-06-01", "📲 გამოიწერეთ ჩვენი Telegram-არხი: t.me/kutaisismoambe")),
            _f("komentari", FOOTER, 0.35, (_OLD, "კომენტარები ({count})"),
               ("2018-09-01", "რედაქციის პოზიცია შესაძლოა არ ემთხვეოდეს კომენტარის "
                "ავტორის მოსაზრებას.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} ქუთაისის მოამბე. ყველა უფლება დაცულია."),
               ("2018-07-01", "© {year} შპს „ქუთაისის მოამბე“ · მასალების გადაბეჭდვა "
                "მხოლოდ რედაქციის ნებართვით · რეკლამისთვის: +995 431 24 17 63")),
        ),
    )


def bagmati_style() -> PublisherStyle:
    """A Nepali English-language daily: a bare byline gaining the writer's handle, a desk or
    correspondent credit, a Bikram Sambat date in Devanagari, a published line gaining an
    updated NPT time, an NRB rate strip, "- Advertisement -" and "READ ALSO" inserts, a
    section-and-tags line, an e-paper line turned a lockdown notice, the imprint gaining
    its registration number."""
    return PublisherStyle(
        domain="bagmatipost.com.np", site="The Bagmati Post", base_size=660,
        subdomains=(("", 60), ("www.", 40)),
        sections=("national", "valley", "money", "sports", "opinion", "world", "province"),
        n_authors=13, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "desk": ("Post Report", "Our Correspondent, Pokhara", "RSS, Kathmandu",
                     "Post Report, Biratnagar", "Sports Bureau", "Our Correspondent, Butwal",
                     "Xinhua, Beijing"),
            "bs": ("असार ७, २०७४", "जेठ २२, २०७५", "साउन ३, २०७३", "पुस १४, २०७६",
                   "माघ ९, २०७२", "कात्तिक २८, २०७७", "भदौ ११, २०७४"),
            "npr": ("101.85", "106.40", "108.12", "113.55", "117.90", "119.36"),
            "tags": ("Kathmandu", "federalism", "monsoon", "Melamchi", "tourism", "remittance",
                     "earthquake reconstruction", "Everest", "Bagmati Province", "budget"),
        },
        families=(
            _f("byline", HEADER, 0.55, (_OLD, "{author}"),
               ("2019-02-01", "{author} | {author_handle}")),
            _f("desk", HEADER, 0.25, (_OLD, "{desk}")),
            _f("bs-date", HEADER, 0.15, (_OLD, "{bs}")),
            _f("published", HEADER, 0.9, (_OLD, "{weekday}, {date_long}"),
               ("2018-02-01", "Published at : {date_long} | Updated at : {date_long} {time} "
                "NPT")),
            _f("nrb", HEADER, 0.08, (_OLD, "NRB rate: US$ 1 = Rs {npr} (buying)")),
            _f("advertisement", MIDDLE, 0.45, (_OLD, "- Advertisement -"), count=3),
            _f("read-also", MIDDLE, 0.35, (_OLD, "READ ALSO: {other_title}"), count=2),
            _f("tags", FOOTER, 0.3, (_OLD, "Published in {section_cap} | Tags: {tags_list}")),
            _f("epaper", FOOTER, 0.2,
               (_OLD, "Read today's print edition on our e-paper: epaper.bagmatipost.com.np"),
               ("2020-03-24", "Our print edition is not being distributed during the "
                "lockdown. Read the full e-paper free at epaper.bagmatipost.com.np")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} The Bagmati Post. All rights reserved."),
               ("2019-01-01", "© {year} Bagmati Media Pvt. Ltd. · Regd. No. 1147/074-75, "
                "Department of Information and Broadcasting · Kupondole, Lalitpur")),
        ),
    )


def pregoner_style() -> PublisherStyle:
    """A Catalan-language local paper: a section kicker, a numeric date with "a les" gaining
    an updated stamp, a bare byline gaining the town, "Publicitat", photo and "Llegeix
    també" inserts, social links turned a newsletter, a comment counter turned a rule, a
    subscription appeal reworded in lockdown, the AMIC membership line, a copyright line
    reworded for the GDPR."""
    return PublisherStyle(
        domain="elpregonervalles.cat", site="El Pregoner del Vallès", base_size=600,
        subdomains=(("www.", 90), ("", 10)),
        sections=("actualitat", "societat", "politica", "esports", "cultura", "economia"),
        n_authors=10, url_path="/{section}/{n}/{slug}.html",
        pools={
            "seccio": ("Actualitat", "Societat", "Política", "Esports", "Cultura", "Economia",
                       "Sabadell", "Terrassa", "Granollers"),
            "poble": ("Sabadell", "Terrassa", "Sant Cugat del Vallès", "Granollers",
                      "Mollet del Vallès", "Rubí", "Cerdanyola del Vallès"),
            "foto": ("Cedida", "ACN", "Arxiu", "Ajuntament de Sabadell", "Jordi Pujolar",
                     "Mossos d'Esquadra", "Marta Vilaró"),
            "actualitzat": ("09:14", "11:02", "12:48", "17:25", "20:40", "23:05"),
        },
        families=(
            _f("seccio", HEADER, 0.3, (_OLD, "{seccio}")),
            _f("data", HEADER, 0.9, (_OLD, _CA_DATE + " {time}"),
               ("2018-04-01", "Publicat el " + _CA_DATE + " a les {time} · Actualitzat a "
                "les {actualitzat}")),
            _f("autor", HEADER, 0.65, (_OLD, "{author}"),
               ("2018-09-01", "{author} | {poble}")),
            _f("publicitat", MIDDLE, 0.5, (_OLD, "Publicitat"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("llegeix", MIDDLE, 0.4, (_OLD, "Llegeix també: {other_title}"), count=2),
            _f("xarxes", FOOTER, 0.3,
               (_OLD, "Segueix-nos a Facebook, Twitter i Instagram: @pregonervalles"),
               ("2019-03-01", "Subscriu-te al butlletí i rep cada matí les notícies del "
                "Vallès al teu correu.")),
            _f("comentaris", FOOTER, 0.3, (_OLD, "{count} comentaris"),
               ("2018-05-25", "Per comentar cal estar registrat. No es publicaran "
                "comentaris ofensius ni anònims.")),
            _f("suport", FOOTER, 0.2,
               (_OLD, "El Pregoner del Vallès és un mitjà independent. Fes-te'n subscriptor "
                "per 5 euros al mes."),
               ("2020-03-16", "En temps de confinament el periodisme local és més necessari "
                "que mai. Dona suport a El Pregoner del Vallès des de 3 euros al mes.")),
            _f("amic", FOOTER, 0.15, (_OLD, "Mitjà associat a l'AMIC")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Edicions del Pregoner SL. Tots els drets reservats."),
               ("2018-05-25", "© El Pregoner del Vallès {year} · Avís legal · Política de "
                "privacitat · Política de galetes")),
        ),
    )


def apron_style() -> PublisherStyle:
    """An aviation trade magazine: a sector kicker, a byline gaining the reporter's city, a
    date gaining the weekday, image credits and "Related" inserts, a fleet box (heading,
    operator and fleet, source), an events line turned a 2020 virtual forum, a metered
    paywall turned a trial offer, the imprint reworded."""
    return PublisherStyle(
        domain="apronairway.com", site="Apron & Airway", base_size=540,
        subdomains=(("www.", 100),),
        sections=("airlines", "mro", "airports", "cargo", "business-aviation", "leasing",
                  "safety"),
        n_authors=12, url_path="/{section}/{slug}-{n}.article",
        pools={
            "kicker": ("Airlines", "MRO", "Airports", "Air Cargo", "Business Aviation",
                       "Leasing", "Safety", "Engines"),
            "city": ("Toulouse", "Seattle", "Singapore", "Dubai", "London", "Montreal",
                     "Hamburg"),
            "img": ("Airbus", "Boeing", "Embraer", "ATR", "Rolls-Royce", "Heathrow Airport",
                    "Rob Finlay/Apron & Airway", "Shutterstock"),
            "fleet": ("Nordvik Regional · 14 ATR 72-600 in service, 4 on order",
                      "Sahara Skyways · 22 A320neo family in service, 38 on order",
                      "Pacifica Air · 9 787-9 in service, 6 on order",
                      "Andes Connect · 31 E-Jets in service, 10 E195-E2 on order",
                      "Baltic Cargo Lines · 7 767-300F in service, 3 777F on order",
                      "Meridian Leasing · 184 narrowbodies managed, 60 on order"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("byline", HEADER, 0.85, (_OLD, "By {author}"),
               ("2018-06-01", "By {author}, {city}")),
            _f("date", HEADER, 0.9, (_OLD, "{date_short}"),
               ("2019-01-01", "{weekday}, {date_short}")),
            _f("image", MIDDLE, 0.3, (_OLD, "Image: {img}"), count=2),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("fleet-head", FOOTER, 0.18, (_OLD, "Fleet snapshot")),
            _f("fleet-line", FOOTER, 0.17, (_OLD, "{fleet}")),
            _f("fleet-source", FOOTER, 0.16,
               (_OLD, "Source: Apron & Airway Fleet Tracker, {month} {year}")),
            _f("events", FOOTER, 0.2,
               (_OLD, "Join us at the Apron & Airway Airline Finance Forum in London each "
                "November: early-bird delegate passes £495."),
               ("2020-03-20", "The Apron & Airway Airline Finance Forum 2020 will be held as "
                "a virtual event. Delegate passes are free for subscribers.")),
            _f("paywall", FOOTER, 0.3,
               (_OLD, "You have reached your limit of free articles this month. Subscribe "
                "for unlimited access to news, analysis and data."),
               ("2019-06-01", "Subscribers get the daily briefing, fleet data and our full "
                "archive. Try 30 days for £1.")),
            _f("copyright", FOOTER, 0.65,
               (_OLD, "© {year} Skyward Trade Media Ltd. All rights reserved. No part of this "
                "site may be reproduced without written permission."),
               ("2018-05-25", "Apron & Airway is published by Skyward Trade Media Ltd · "
                "Privacy notice · Cookie settings · news@apronairway.com")),
        ),
    )


def harlow_style() -> PublisherStyle:
    """A municipal water utility's news page: a posted line turned a news-release line, an
    advisory header (kind, affected area, estimated restoration), a boil-water instruction,
    a work-order link with an id, rates raised, a paperless line, alerts by email gaining
    text alerts, customer-service hours turned a 2020 lobby closure, a disconnection line
    turned a 2020 shutoff suspension, the about line."""
    return PublisherStyle(
        domain="harlowcreekwater.org", site="Harlow Creek Water Authority", base_size=480,
        subdomains=(("www.", 100),),
        sections=("news", "advisories", "projects", "billing", "conservation"),
        n_authors=3, url_path="/news/{yyyy}/{slug}",
        pools={
            "kind": ("Boil Water Advisory", "Service Interruption", "Water Main Break",
                     "Hydrant Flushing", "Rate Information", "Water Quality",
                     "Construction Update", "Community News"),
            "area": ("Maple Ave between 3rd St and Elm St", "All of Dunbar Township north of "
                     "Route 9", "Ridge Road, Orchard Lane and Kestrel Court",
                     "Harlow business district", "Ritter Township, zones 4 and 5",
                     "Lakeview Drive 100–600 blocks"),
            "restore": ("4:00 p.m. today", "late this evening", "within 24 hours",
                        "unknown at this time", "noon tomorrow", "6:00 p.m. Friday"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted on {date_slash}"),
               ("2018-07-01", "News Release | {date_long}")),
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("area", HEADER, 0.22, (_OLD, "Affected area: {area}")),
            _f("restore", HEADER, 0.2, (_OLD, "Estimated restoration: {restore}")),
            _f("boil", MIDDLE, 0.1,
               (_OLD, "⚠️ Boil water at a rolling boil for one minute before drinking, making "
                "ice, cooking or brushing teeth.")),
            _f("work-order", FOOTER, 0.12,
               (_OLD, "Track this work order: harlowcreekwater.org/outages?wo={n}")),
            _f("rates", FOOTER, 0.12,
               (_OLD, "Residential rate: $4.82 per 1,000 gallons plus a $14.50 monthly service "
                "charge."),
               ("2019-01-01", "Residential rate from January 1: $5.07 per 1,000 gallons plus a "
                "$15.25 monthly service charge.")),
            _f("paperless", FOOTER, 0.25,
               (_OLD, "💧 Go paperless: sign up for e-billing and AutoPay at "
                "harlowcreekwater.org/pay")),
            _f("alerts", FOOTER, 0.3,
               (_OLD, "Sign up for outage alerts by email at harlowcreekwater.org/alerts."),
               ("2019-04-01", "Get outage alerts by text: text HCWATER to 38422, or sign up at "
                "harlowcreekwater.org/alerts.")),
            _f("service", FOOTER, 0.5,
               (_OLD, "Customer Service: (608) 555-0142, Monday–Friday 7:30 a.m.–4:30 p.m. "
                "After-hours emergencies: (608) 555-0199."),
               ("2020-03-18", "Our lobby is closed to the public. Pay online, by phone or at "
                "the drop box; emergencies 24/7 at (608) 555-0199.")),
            _f("shutoff", FOOTER, 0.15,
               (_OLD, "Past-due accounts may be disconnected after a 10-day notice. Payment "
                "plans are available."),
               ("2020-03-16", "Water shutoffs for non-payment are suspended during the "
                "COVID-19 emergency. Call us to set up a payment plan.")),
            _f("about", FOOTER, 0.5,
               (_OLD, "Harlow Creek Water Authority serves about 48,000 customers in Harlow, "
                "Dunbar and Ritter townships · 1200 Pumphouse Road, Harlow")),
        ),
    )


def embassy_style() -> PublisherStyle:
    """An embassy's news pages: the embassy's name in Latvian, a breadcrumb with the post's
    own title, a day-month-year date turned a dotted one, photo credits, an event box
    (heading, when, where), consular hours turned a 2020 closure, social links gaining
    Instagram, the address line."""
    return PublisherStyle(
        domain="latvianembassy.org.au", site="Embassy of Latvia in Australia", base_size=430,
        subdomains=(("www.", 100),),
        sections=("news", "consular", "culture", "economy", "community"),
        n_authors=4, url_path="/en/news/{slug}",
        pools={
            "photo": ("Embassy of Latvia", "MFA of Latvia", "Gatis Dieziņš",
                      "Latvian Community Council", "DFAT", "Ilze Bērziņa"),
            "evwhen": ("Saturday 18 November, 2:00 pm", "Sunday 4 May, 11:00 am",
                       "Friday 23 June, 7:00 pm", "Thursday 14 March, 6:30 pm",
                       "Saturday 10 August, 3:00 pm"),
            "evwhere": ("Latvian House, Canberra", "Embassy residence, Yarralumla",
                        "Latvian Hall, Melbourne", "National Library of Australia, Canberra",
                        "Latvian House, Sydney"),
        },
        families=(
            _f("lv-name", HEADER, 0.3, (_OLD, "Latvijas Republikas vēstniecība Austrālijā")),
            _f("breadcrumb", HEADER, 0.35, (_OLD, "You are here: Home / News / {title}")),
            _f("date", HEADER, 0.85, (_OLD, "{date_dmy}"),
               ("2019-01-01", "Published {date_de}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}"), count=2),
            _f("event-head", FOOTER, 0.16, (_OLD, "Event details")),
            _f("event-when", FOOTER, 0.15, (_OLD, "When: {evwhen}")),
            _f("event-where", FOOTER, 0.14, (_OLD, "Where: {evwhere}")),
            _f("consular", FOOTER, 0.4,
               (_OLD, "Consular section: Monday, Wednesday and Friday 10:00–13:00, by "
                "appointment only. Tel. +61 2 6100 4417."),
               ("2020-03-20", "The consular section is closed to visitors until further "
                "notice. Urgent passport matters: consular@latvianembassy.org.au")),
            _f("social", FOOTER, 0.3,
               (_OLD, "Follow the Embassy on Twitter @LVinAustralia and on Facebook."),
               ("2018-09-01", "Follow the Embassy on Twitter @LVinAustralia, on Facebook and "
                "on Instagram.")),
            _f("address", FOOTER, 0.55,
               (_OLD, "Embassy of Latvia in Australia · 14 Moonah Place, Yarralumla ACT 2600 · "
                "+61 2 6100 4400")),
        ),
    )


def marlowe_style() -> PublisherStyle:
    """An independent bookshop's blog: a date-and-author line turned a posted-in line, a
    "Signed copies" insert, a book box (title and author, format and price, how to order;
    ordering reworded in 2020), WordPress's "Comments Off on" line with the post's own title,
    tags, events moved online in 2020, Hive turned Bookshop.org in November 2020, the shop's
    address and hours."""
    return PublisherStyle(
        domain="marloweandfinch.co.uk", site="Marlowe & Finch Books", base_size=380,
        subdomains=(("www.", 70), ("", 30)),
        sections=("staff-picks", "events", "new-releases", "childrens", "book-group"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "cats": ("Staff Picks", "Events", "New Releases", "Children's Books", "Book Group",
                     "Shop News"),
            "book": ("The Salt Orchard by Hana Whitlock", "Small Hours by Tomasz Rell",
                     "A Map of Winter Birds by Ruth Ogunyemi",
                     "The Lamplighter's Daughter by Siân Howells",
                     "Nothing Grows Here by Callum Brodie", "The Paper Fox by Ines Lautner"),
            "bookmeta": ("Hardback · £16.99 · 320 pages", "Paperback · £8.99 · 288 pages",
                         "Hardback · £20.00 · 464 pages", "Paperback · £9.99 · 240 pages",
                         "Picture book · £12.99 · ages 3–6"),
            "tags": ("fiction", "debut", "crime", "nature writing", "poetry", "history",
                     "translated fiction", "young adult"),
        },
        families=(
            _f("posted", HEADER, 0.7, (_OLD, "{date_long} · {author}"),
               ("2019-02-01", "Posted by {author} in {cats_list}")),
            _f("signed", MIDDLE, 0.15, (_OLD, "✍️ Signed copies available while stocks last")),
            _f("book-title", FOOTER, 0.3, (_OLD, "{book}")),
            _f("book-meta", FOOTER, 0.29, (_OLD, "{bookmeta}")),
            _f("book-order", FOOTER, 0.27,
               (_OLD, "Reserve a copy in the shop or order online for collection."),
               ("2020-03-24", "Order online: we post every weekday, and UK delivery is free "
                "on orders over £20.")),
            _f("comments-off", FOOTER, 0.3, (_OLD, "Comments Off on {title}")),
            _f("tags", FOOTER, 0.25, (_OLD, "Tags: {tags_list}")),
            _f("events", FOOTER, 0.3,
               (_OLD, "Tickets for our author events are £5, redeemable against the book on "
                "the night."),
               ("2020-04-01", "Our author events have moved online: free to join on "
                "Crowdcast, with a donation to the local food bank welcome.")),
            _f("ebooks", FOOTER, 0.15,
               (_OLD, "Reading on screen? Buy ebooks through Hive and choose Marlowe & Finch "
                "Books as your local shop."),
               ("2020-11-02", "You can now also support Marlowe & Finch Books through our page "
                "on Bookshop.org.")),
            _f("address", FOOTER, 0.5,
               (_OLD, "Marlowe & Finch Books · 7 Castle Street, Ludbury · 01584 555 210 · Open "
                "Mon–Sat 9–5.30, Sun 11–4")),
        ),
    )


def granite_style() -> PublisherStyle:
    """A city marathon's race news: a date-and-author line turned a race-news line, a
    presenting sponsor line gaining a second sponsor, a countdown, photo credits, a
    race-weekend box (heading, expo, start times), registration fees raised and a 2020
    virtual race, a hashtag line, a results link with an id, the course certification."""
    return PublisherStyle(
        domain="granitecitymarathon.com", site="Granite City Marathon", base_size=330,
        subdomains=(("www.", 100),),
        sections=("news", "training", "race-info", "charity", "results"),
        n_authors=4, url_path="/news/{slug}",
        pools={
            "days": ("142", "97", "61", "45", "30", "14", "7"),
            "photo": ("Photo: MarathonFoto", "Photo: Granite City Marathon/Leah Ortiz",
                      "Photo: Granite City Running Club", "Photo: Jenna Kowalczyk"),
        },
        families=(
            _f("posted", HEADER, 0.7, (_OLD, "{date_short} | {author}"),
               ("2019-01-01", "Race News · {date_short} · by {author}")),
            _f("presented", HEADER, 0.35, (_OLD, "Presented by Ridgeline Credit Union"),
               ("2019-01-01", "Presented by Ridgeline Credit Union and Summit Orthopedics")),
            _f("countdown", HEADER, 0.15, (_OLD, "🏁 {days} days to race day!")),
            _f("photo", MIDDLE, 0.3, (_OLD, "📸 {photo}"), count=2),
            _f("weekend-head", FOOTER, 0.25, (_OLD, "Race Weekend at a Glance")),
            _f("weekend-expo", FOOTER, 0.24,
               (_OLD, "Expo and bib pickup: Friday 11 a.m.–7 p.m. and Saturday 9 a.m.–5 p.m., "
                "Civic Center Hall C")),
            _f("weekend-start", FOOTER, 0.22,
               (_OLD, "Start times: marathon and half 7:00 a.m., 10K 7:30 a.m., 5K 8:15 a.m. · "
                "Union Plaza")),
            _f("registration", FOOTER, 0.35,
               (_OLD, "Register now: marathon $95, half marathon $75, 10K $45, 5K $35. Prices "
                "rise on August 1."),
               ("2018-11-01", "Register now: marathon $105, half marathon $80, 10K $48, 5K "
                "$38. Prices rise on August 1."),
               ("2020-04-15", "The 2020 race is going virtual: run your distance anywhere "
                "between October 1 and 18 and we'll mail your medal and shirt.")),
            _f("hashtag", FOOTER, 0.25,
               (_OLD, "Share your training runs with #GraniteCityMarathon and tag "
                "@granitecitymarathon")),
            _f("results", FOOTER, 0.12,
               (_OLD, "Full results and finisher certificates: "
                "granitecitymarathon.com/results?race={n}")),
            _f("about", FOOTER, 0.45,
               (_OLD, "The Granite City Marathon course is USATF-certified (WI17042JD) and a "
                "Boston qualifier. Organized by the Granite City Running Club, a 501(c)(3).")),
        ),
    )


def tricounty_style() -> PublisherStyle:
    """An amateur radio club: a posted line turned a name-and-callsign line, a solar-flux
    strip, photo credits by callsign, a QRZ link, a weekly net moved in 2019 and a daily net
    in 2020, meetings moved to the repeater in 2020, VE sessions suspended, a Field Day line,
    a "73 de" sign-off, the affiliated-club line."""
    return PublisherStyle(
        domain="w8tcr.org", site="Tri-County Amateur Radio Club", base_size=290,
        subdomains=(("www.", 60), ("", 40)),
        sections=("news", "nets", "field-day", "contests", "education"),
        n_authors=6, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "beat": ("KD8QXR", "W8JMT", "N8LPE", "KE8BVN", "AC8ZZ", "WB8TKA"),
            "photocall": ("KD8QXR", "W8JMT", "N8LPE", "KE8BVN", "WB8TKA", "W8TCR"),
            "sfi": ("68", "71", "75", "82", "96", "118", "143"),
            "aidx": ("2", "4", "5", "8", "12", "18"),
            "kidx": ("0", "1", "2", "3", "4"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted {date_slash} by {author}"),
               ("2018-05-01", "{author}, {author_beat} · {date_long}")),
            _f("solar", HEADER, 0.1, (_OLD, "SFI {sfi} · A {aidx} · K {kidx}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photocall}"), count=2),
            _f("qrz", FOOTER, 0.12, (_OLD, "{author_beat} on QRZ: qrz.com/db/{author_beat}")),
            _f("net", FOOTER, 0.35,
               (_OLD, "Weekly net: Tuesdays 8:00 p.m. on the W8TCR repeater, 146.940 MHz (−), "
                "PL 123.0. All licensed amateurs welcome."),
               ("2019-01-01", "Weekly net: Tuesdays 8:30 p.m. on 146.940 MHz (−), PL 123.0, "
                "and linked to DMR talkgroup 31088."),
               ("2020-03-23", "During the stay-at-home order we hold a daily check-in net at "
                "7:00 p.m. on 146.940 MHz. Stay safe, and stay on the air.")),
            _f("meeting", FOOTER, 0.3,
               (_OLD, "Club meetings: second Thursday of the month, 7 p.m., Fire Station 3 "
                "community room. Visitors welcome!"),
               ("2020-04-01", "Club meetings are held on the repeater and on Zoom until "
                "further notice.")),
            _f("exams", FOOTER, 0.2,
               (_OLD, "VE sessions: license exams on the third Saturday, 10 a.m., Fire Station "
                "3. Bring photo ID and your FRN."),
               ("2020-03-20", "VE sessions are suspended for now. Several VECs are trying "
                "remote exams by video; watch this page.")),
            _f("field-day", FOOTER, 0.1,
               (_OLD, "📻 ARRL Field Day: fourth full weekend of June at Harmon Park. Talk-in "
                "on 146.940.")),
            _f("signoff", FOOTER, 0.3, (_OLD, "73 de {author_beat}")),
            _f("affiliated", FOOTER, 0.4,
               (_OLD, "Tri-County Amateur Radio Club · ARRL Affiliated Club · Club station "
                "W8TCR · PO Box 412, Harmon, OH 45011")),
        ),
    )


def wessex_style() -> PublisherStyle:
    """A family history society: a date turned an officer line with the officer's role,
    record-source inserts, a parishes line, a journal line with the article's own title,
    monthly talks moved online, a research room closed and reopened in 2020, membership
    fees raised, a privacy line reworded for the GDPR, the charity line naming the
    federation renamed in 2019."""
    return PublisherStyle(
        domain="wvfhs.org.uk", site="Wessex Vale Family History Society", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "research", "projects", "meetings", "journal"),
        n_authors=6, url_path="/news/{slug}.html",
        pools={
            "beat": ("Chairman", "Projects Coordinator", "Journal Editor", "Research Room "
                     "Manager", "Membership Secretary", "Programme Secretary"),
            "record": ("1841 census, HO 107/1203/7, folio 12",
                       "Parish register of St Mary, Holbrook, baptisms 1762–1812",
                       "Will of John Tapper, yeoman, proved 1798 (PROB 11/1309)",
                       "Holbrook workhouse admissions book, 1836–1848",
                       "Marriage bond, Salisbury diocese, 1771",
                       "1911 census, RG 14/12054, schedule 88"),
            "parish": ("Holbrook", "Dunmere", "Stapleford Abbas", "Chilcombe", "Lower Wyke",
                       "Ashcott St Giles"),
        },
        families=(
            _f("byline", HEADER, 0.7, (_OLD, "{date_dmy}"),
               ("2018-04-01", "{author}, {author_beat} · {date_dmy}")),
            _f("source", MIDDLE, 0.25, (_OLD, "Source: {record}"), count=2),
            _f("parishes", FOOTER, 0.25, (_OLD, "Parishes: {parish_list}")),
            _f("journal", FOOTER, 0.15,
               (_OLD, "This article first appeared in Vale Roots, the Society's journal, as "
                "“{title}”.")),
            _f("talks", FOOTER, 0.2,
               (_OLD, "Monthly talks: second Wednesday, 7.30pm, Holbrook Village Hall. "
                "Visitors welcome, £2."),
               ("2020-04-01", "Our monthly talks now take place online; members receive the "
                "joining link by email.")),
            _f("research-room", FOOTER, 0.3,
               (_OLD, "Research Room: the Old School, Dorney Lane, Holbrook. Open Tuesdays and "
                "Saturdays 10–4; non-members £3 a visit."),
               ("2020-03-17", "The Research Room is closed until further notice. Our "
                "volunteers are still answering look-up requests by email."),
               ("2020-09-01", "The Research Room has reopened on Tuesdays only, by booked "
                "appointment.")),
            _f("membership", FOOTER, 0.3,
               (_OLD, "Membership: UK £15, overseas £20, journal by email £12."),
               ("2018-01-01", "Membership: UK £16, overseas £22, e-membership £12 a year.")),
            _f("privacy", FOOTER, 0.2,
               (_OLD, "Members' details are used only for Society business and are never "
                "passed to third parties."),
               ("2018-05-25", "We hold members' data under our privacy notice, updated in May "
                "2018 for the GDPR.")),
            _f("charity", FOOTER, 0.55,
               (_OLD, "Wessex Vale Family History Society · Registered charity no. 1068247 · "
                "Member of the Federation of Family History Societies"),
               ("2019-03-01", "Wessex Vale Family History Society · Registered charity no. "
                "1068247 · Member of the Family History Federation")),
        ),
    )


def prairiestar_style() -> PublisherStyle:
    """A quilters' guild: a slashed date with the poster's name, a block-of-the-month
    insert, quilt captions beginning with the maker's name, a quilt show cancelled in 2020,
    a meeting box (heading, when and where, program), comfort quilts turned masks in 2020,
    dues raised, the about line."""
    return PublisherStyle(
        domain="prairiestarquilters.org", site="Prairie Star Quilters' Guild", base_size=210,
        subdomains=(("www.", 100),),
        sections=("news", "show", "charity-quilts", "programs", "block-of-the-month"),
        n_authors=5, url_path="/{slug}/",
        pools={
            "block": ("Ohio Star", "Flying Geese", "Log Cabin", "Churn Dash", "Bear's Paw",
                      "Drunkard's Path", "Dresden Plate"),
            "meetwhen": ("Tuesday, 6:30 p.m. social, 7:00 p.m. meeting · First Lutheran Church "
                         "fellowship hall",
                         "Saturday sew-in, 9 a.m.–3 p.m. · Lindell Public Library, Room B",
                         "Tuesday, 7:00 p.m. · First Lutheran Church fellowship hall"),
            "program": ("Free-motion quilting basics", "Trunk show by a guest quilter",
                        "Binding by machine", "Scrap-quilt swap", "Hand appliqué demo",
                        "Choosing fabric for a Dresden Plate"),
            "quilts": ("38", "52", "67", "81", "104"),
            "masks": ("1,200", "2,450", "3,900", "5,300"),
        },
        families=(
            _f("posted", HEADER, 0.65, (_OLD, "{date_slash} — {author}")),
            _f("bom", MIDDLE, 0.25, (_OLD, "Block of the Month: {block}")),
            _f("caption", MIDDLE, 0.3, (_OLD, "{author2} with her {block} quilt"), count=2),
            _f("show", FOOTER, 0.2,
               (_OLD, "🧵 Save the date: Prairie Star Quilt Show, third weekend of September, "
                "Lindell County Fairgrounds. Admission $6."),
               ("2020-05-01", "🧵 Our 2020 Quilt Show is cancelled. We'll hang the quilts "
                "again in September 2021!")),
            _f("meet-head", FOOTER, 0.3, (_OLD, "Next Meeting")),
            _f("meet-when", FOOTER, 0.29, (_OLD, "{meetwhen}")),
            _f("meet-program", FOOTER, 0.27, (_OLD, "Program: {program}")),
            _f("comfort", FOOTER, 0.2,
               (_OLD, "Comfort quilts delivered this year: {quilts}, to hospice, the NICU and "
                "families who lost homes to fire."),
               ("2020-04-01", "Mask sewing: members have made {masks} cloth masks for Lindell "
                "Regional Hospital since April.")),
            _f("dues", FOOTER, 0.3,
               (_OLD, "Annual dues are $25, due in September. Guests are welcome for $5 a "
                "meeting."),
               ("2019-09-01", "Annual dues are $30, due in September. Guests are welcome for "
                "$5 a meeting.")),
            _f("about", FOOTER, 0.45,
               (_OLD, "Prairie Star Quilters' Guild · Founded 1984 · Lindell, Kansas · A "
                "nonprofit for quilters of every skill level")),
        ),
    )


def heldout13_styles() -> list[PublisherStyle]:
    """The held-back-13 styles, in the order the generator hands them to publishers."""
    return [
        nemunas_style(), moambe_style(), bagmati_style(), pregoner_style(), apron_style(),
        harlow_style(), embassy_style(), marlowe_style(), granite_style(), tricounty_style(),
        wessex_style(), prairiestar_style(),
    ]
