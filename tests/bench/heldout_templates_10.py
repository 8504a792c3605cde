"""The tenth held-back template set (``held-back-10``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the misses of the
ninth held-back set (`tests.bench.heldout_templates_9`) had been studied while improving
detection. It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``config``), before any benchmark run on it, and without
shaping any line to pass or to fail a detector: the families are what real sites of these
kinds print, from general knowledge of them. All wording is original; none is copied from
the data, from the tuning styles or from the first nine held-back sets.

**Do not tune on this set.** Once its misses have been studied to change the detector, it is
no longer an unseen test: write a new set instead, and say so in the commit.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Filipino broadsheet, a Hungarian
regional daily, a Portuguese regional paper, a Chilean mining trade journal, an Icelandic
local weekly, a US state senate caucus's press office, an indie game studio's patch-notes
blog, a Catholic diocese's news pages, a cooperative bank's member news, a Scottish football
fanzine, an amateur astronomy club and an animal rescue shelter. None of these kinds is in
the earlier held-back sets.

Variation: dates in several formats and languages (Hungarian ``2017.06.21. 14:32`` and
Portuguese ``21-06-2017 14:32``, built from the ``date_iso`` slot by indexing since the
generator has no such slots; Icelandic ``21.06.2017 kl. 14:32`` from ``date_de``; Chilean
``date_es`` with ``hrs``; English long, short, slash, ISO, day-month-year and weekday forms
with 12-hour times), notices reworded in 2017-2020 (a Filipino comment disclaimer, a
Hungarian GDPR-era imprint line, a Portuguese paper adopting the 1990 spelling agreement
("Actualizado" becoming "Atualizado"), a Chilean publisher's address footer, an Icelandic
editor replaced, a senate streaming notice naming the 89th, 90th and 91st Legislature, a
game moving from wishlist to release, a diocese's appeal renamed and a Sunday Mass
dispensation in March 2020, a bank's scam warning and lobbies by appointment, a fanzine's
print issue repriced, an astronomy club meeting on Zoom, shelter adoptions by appointment),
names at the start of lines (a Filipino reporter line, a bare Hungarian byline, an Icelandic
"skrifar" byline, a Chilean journalist line, a game's community manager, a senator's
district line, a fanzine writer's post line), the article's own title (a game forum link and
a fanzine comments line) and other articles' titles (Filipino, Hungarian, Portuguese,
Chilean and Icelandic "see also" inserts and a "Read Next" box), amounts (PSEi and peso,
BUX and forint, copper, gold and the Chilean dollar rate, kronur, euros, deposit and mortgage
rates, adoption fees, download sizes), handles, build numbers, video ids and shortlinks with
ids, multi-line blocks (a Filipino "Read Next" box, a metal-price box, an
Icelandic publisher-and-editor footer, a press contact, a patch box, a bishop's calendar, a
bank's rate box, a full-time score box, a star-party box, an adoptable-pet box), mid-body
inserts (some up to two or three times), bare lines (English, Hungarian, Portuguese,
Spanish and Icelandic ad labels, an editor's initials, a wire tag, "###", a release marker,
a competition kicker, a hashtag, a sign-off), Tagalog, Hungarian, Portuguese, Spanish and
Icelandic words, symbols and emoji where such sites use them, and families in only 10-30%
of articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_HU_DATE = f"{{year}}.{_MM}.{_DD}."  # 2017.06.21.
_PT_DATE = f"{_DD}-{_MM}-{{year}}"  # 21-06-2017


def luzon_style() -> PublisherStyle:
    """A Filipino broadsheet: a market strip, reporter lines, "ADVERTISEMENT" and "READ:"
    inserts, an editor's initials, a "Read Next" box, a comment disclaimer, a Tagalog link."""
    return PublisherStyle(
        domain="luzonledger.com.ph", site="The Luzon Ledger", base_size=900,
        subdomains=(("www.", 60), ("news.", 25), ("business.", 15)),
        sections=("nation", "metro", "regions", "business", "sports", "lifestyle", "world"),
        n_authors=22, url_path="/{n}/{slug}",
        pools={
            "psei": ("7,311.72", "7,843.16", "8,558.42", "8,764.01", "7,466.02", "6,941.56",
                     "7,815.26"),
            "psei_move": ("▲0.52%", "▼0.87%", "▲1.21%", "▼0.13%", "▲0.04%", "▼1.96%"),
            "peso": ("₱47.06", "₱49.93", "₱50.84", "₱52.58", "₱53.41", "₱51.22"),
            "initials": ("/cb", "/jpv", "/atm", "/ra", "/gsg", "/kga", "/ee", "/lzb"),
            "wire": ("PNA", "Reuters", "AFP", "AP", "Xinhua"),
        },
        families=(
            _f("markets", HEADER, 0.12, (_OLD, "PSEi {psei} {psei_move} · US$1 = {peso}")),
            _f("byline", HEADER, 0.85, (_OLD, "By: {author}"),
               ("2018-06-01", "{author} - Reporter / {author_handle}")),
            _f("date", HEADER, 0.9, (_OLD, "{date_long} - {time12}"),
               ("2019-01-01", "Published {date_long}, {time12}")),
            _f("advertisement", MIDDLE, 0.6, (_OLD, "ADVERTISEMENT"), count=3),
            _f("read", MIDDLE, 0.45, (_OLD, "READ: {other_title}"), count=2),
            _f("reports", FOOTER, 0.2, (_OLD, "With reports from {wire}")),
            _f("initials", FOOTER, 0.35, (_OLD, "{initials}")),
            _f("tagalog", FOOTER, 0.15, (_OLD, "Basahin ang balitang ito sa Filipino")),
            _f("read-next-head", FOOTER, 0.3, (_OLD, "Read Next")),
            _f("read-next-title", FOOTER, 0.28, (_OLD, "{other_title}")),
            _f("disclaimer", FOOTER, 0.7,
               (_OLD, "Disclaimer: Comments are the sole responsibility of the readers who "
                "post them and do not reflect the views of The Luzon Ledger. Abusive or "
                "off-topic comments will be removed."),
               ("2018-02-01", "Reader comments are moderated. Keep them civil and on topic; "
                "The Luzon Ledger may take down any comment without notice.")),
        ),
    )


def alfold_style() -> PublisherStyle:
    """A Hungarian regional daily: a rubric kicker, a BUX and forint strip, dotted dates,
    "Hirdetés" and "Kapcsolódó" inserts, an MTI tag, a support appeal, an imprint line."""
    return PublisherStyle(
        domain="alfoldihirmondo.hu", site="Alföldi Hírmondó", base_size=780,
        subdomains=(("www.", 90), ("", 10)),
        sections=("belfold", "kulfold", "gazdasag", "sport", "kultura", "eletmod"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rovat": ("Belföld", "Gazdaság", "Megye", "Sport", "Kultúra", "Életmód", "Külföld"),
            "bux": ("31 254,61", "35 102,87", "38 950,12", "36 128,40", "41 322,05",
                    "40 118,77"),
            "eurhuf": ("309,17", "311,45", "322,80", "329,64", "351,02", "356,18"),
            "foto": ("MTI/Varga Ernő", "MTI/Lakatos Dóra", "Alföldi Hírmondó", "Facebook",
                     "Pixabay", "Olvasói fotó"),
        },
        families=(
            _f("rovat", HEADER, 0.35, (_OLD, "{rovat}")),
            _f("piac", HEADER, 0.12, (_OLD, "BUX {bux} · EUR/HUF {eurhuf}")),
            _f("szerzo", HEADER, 0.8, (_OLD, "Szerző: {author}"), ("2019-02-01", "{author}")),
            _f("datum", HEADER, 0.9, (_OLD, _HU_DATE + " {time}"),
               ("2017-09-01", "Utolsó frissítés: " + _HU_DATE + " {time}")),
            _f("hirdetes", MIDDLE, 0.55, (_OLD, "Hirdetés"), count=3),
            _f("kapcsolodo", MIDDLE, 0.4, (_OLD, "Kapcsolódó: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.4, (_OLD, "Fotó: {foto}"), count=2),
            _f("mti", FOOTER, 0.2, (_OLD, "(MTI)")),
            _f("tamogatas", FOOTER, 0.2,
               (_OLD, "Ha fontosnak tartja a helyi híreket, támogassa munkánkat egy kisebb "
                "összeggel!"),
               ("2018-04-01", "Legyen Ön is a Hírmondó támogatója: havi 990 forinttól "
                "hozzájárulhat a független helyi újságíráshoz.")),
            _f("impresszum", FOOTER, 0.75,
               (_OLD, "© {year} Alföldi Hírmondó. Minden jog fenntartva. A cikkek átvétele "
                "csak a forrás megjelölésével lehetséges."),
               ("2018-05-25", "Alföldi Hírmondó © {year} · Impresszum · Adatvédelmi "
                "tájékoztató · Süti beállítások · Minden jog fenntartva")),
        ),
    )


def mondego_style() -> PublisherStyle:
    """A Portuguese regional paper: author, dashed dates, an update line whose spelling
    changes with the 1990 agreement, "PUBLICIDADE" and "Leia também" inserts, a Lusa tag,
    a shortlink, a subscription turned digital, a regulator's registration footer."""
    return PublisherStyle(
        domain="gazetadomondego.pt", site="Gazeta do Mondego", base_size=660,
        subdomains=(("www.", 85), ("", 15)),
        sections=("regiao", "sociedade", "politica", "economia", "desporto", "cultura"),
        n_authors=12, url_path="/{section}/{slug}/",
        families=(
            _f("autor", HEADER, 0.8, (_OLD, "Por {author}"), ("2018-03-01", "Texto: {author}")),
            _f("data", HEADER, 0.85, (_OLD, _PT_DATE + " {time}")),
            _f("atualizado", HEADER, 0.3, (_OLD, "Actualizado a " + _PT_DATE + ", {time}"),
               ("2017-01-01", "Atualizado a " + _PT_DATE + ", {time}")),
            _f("publicidade", MIDDLE, 0.5, (_OLD, "PUBLICIDADE"), count=2),
            _f("leia", MIDDLE, 0.4, (_OLD, "Leia também: {other_title}"), count=2),
            _f("lusa", FOOTER, 0.2, (_OLD, "Com Lusa")),
            _f("acordo", FOOTER, 0.2,
               (_OLD, "Por opção editorial, a Gazeta do Mondego não segue o novo Acordo "
                "Ortográfico."),
               ("2017-01-01", "Este texto foi escrito ao abrigo do Acordo Ortográfico de "
                "1990.")),
            _f("shortlink", FOOTER, 0.15, (_OLD, "Partilhe: gazetadomondego.pt/?p={n}")),
            _f("assinatura", FOOTER, 0.25,
               (_OLD, "Assine a Gazeta do Mondego e receba o jornal em casa todas as "
                "quintas-feiras: 30€ por ano."),
               ("2019-03-01", "Assinatura digital: leia a Gazeta do Mondego onde estiver por "
                "3,99€ por mês. Os assinantes da edição em papel têm acesso gratuito.")),
            _f("ficha", FOOTER, 0.7,
               (_OLD, "© {year} Gazeta do Mondego · Registo ERC n.º 124 377 · Todos os "
                "direitos reservados"),
               ("2018-05-25", "© Gazeta do Mondego {year} · Estatuto Editorial · Ficha "
                "Técnica · Política de Privacidade")),
        ),
    )


def austral_style() -> PublisherStyle:
    """A Chilean mining trade journal: a metal-price box, dates in Spanish, "Te puede
    interesar" and ad inserts, tags, a suppliers' guide, a publisher's footer."""
    return PublisherStyle(
        domain="mineriaaustral.cl", site="Minería Austral", base_size=600,
        subdomains=(("www.", 100),),
        sections=("cobre", "litio", "proyectos", "sustentabilidad", "proveedores",
                  "entrevistas"),
        n_authors=9, url_path="/noticias/{yyyy}/{mm}/{slug}/",
        pools={
            "cobre": ("2,48", "2,63", "2,71", "2,95", "3,12", "3,29", "2,79"),
            "oro": ("1.182", "1.254", "1.318", "1.236", "1.497", "1.774"),
            "dolar": ("$ 648,32", "$ 663,20", "$ 672,85", "$ 701,44", "$ 745,18", "$ 798,60"),
            "etiquetas": ("Cobre", "Codelco", "Litio", "Antofagasta", "Atacama", "Relaves",
                          "Agua", "Exploración"),
        },
        families=(
            _f("precios-head", HEADER, 0.18, (_OLD, "Precios de los metales")),
            _f("precios-cobre", HEADER, 0.17, (_OLD, "Cobre BML: US$ {cobre} /lb")),
            _f("precios-oro", HEADER, 0.16,
               (_OLD, "Oro: US$ {oro} /oz · Dólar observado: {dolar}")),
            _f("fecha", HEADER, 0.85, (_OLD, "Publicado el {date_es}"),
               ("2018-03-01", "{date_es} | {time} hrs")),
            _f("autor", HEADER, 0.7, (_OLD, "Por {author}"),
               ("2018-03-01", "{author} | Periodista Minería Austral")),
            _f("interesar", MIDDLE, 0.4, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.45, (_OLD, "Publicidad"), count=2),
            _f("etiquetas", FOOTER, 0.4, (_OLD, "Etiquetas: {etiquetas_list}")),
            _f("proveedores", FOOTER, 0.12,
               (_OLD, "¿Su empresa es proveedora de la minería? Inscríbala en la Guía de "
                "Proveedores Mineros {year}.")),
            _f("copyright", FOOTER, 0.75,
               (_OLD, "© {year} Minería Austral. Se autoriza la reproducción de los contenidos "
                "citando a Minería Austral como fuente."),
               ("2017-06-01", "© {year} Editorial Minería Austral SpA · Av. Apoquindo 3000, "
                "oficina 1201, Las Condes, Santiago · Todos los derechos reservados")),
        ),
    )


def vesturfari_style() -> PublisherStyle:
    """An Icelandic local weekly: a weather strip, a "skrifar" byline, "kl." times, ad and
    photo inserts, "Sjá einnig", a free-delivery note turned subscription, a publisher and
    editor footer."""
    return PublisherStyle(
        domain="vesturfari.is", site="Vesturfari", base_size=540,
        subdomains=(("www.", 90), ("", 10)),
        sections=("frettir", "mannlif", "ithrottir", "adsent", "atvinnulif"),
        n_authors=7, url_path="/{section}/{n}/{slug}",
        pools={
            "vedur": ("Ísafjörður 7°C ⛅", "Ísafjörður 2°C 🌧", "Ísafjörður −3°C ❄",
                      "Ísafjörður 11°C ☀", "Ísafjörður 5°C 🌬"),
            "ljosmynd": ("Vesturfari", "Ágúst Þór Hallsson", "Sigrún Eyjólfsdóttir",
                         "Aðsend mynd", "Skjáskot"),
        },
        families=(
            _f("vedur", HEADER, 0.1, (_OLD, "Veðrið núna: {vedur}")),
            _f("hofundur", HEADER, 0.75, (_OLD, "{author} skrifar"),
               ("2018-01-01", "Höfundur: {author}")),
            _f("birt", HEADER, 0.85, (_OLD, "{date_de} kl. {time}"),
               ("2017-08-01", "Birt: {date_de} kl. {time} · Uppfært: {date_de}")),
            _f("auglysing", MIDDLE, 0.5, (_OLD, "Auglýsing"), count=2),
            _f("mynd", MIDDLE, 0.4, (_OLD, "Mynd: {ljosmynd}"), count=2),
            _f("sja-einnig", MIDDLE, 0.35, (_OLD, "Sjá einnig: {other_title}")),
            _f("askrift", FOOTER, 0.25,
               (_OLD, "Vesturfari kemur út alla fimmtudaga og er dreift frítt á öll heimili "
                "á norðanverðum Vestfjörðum."),
               ("2019-01-01", "Gerstu áskrifandi að vefútgáfu Vesturfara fyrir 1.490 kr. á "
                "mánuði og styddu við fréttir úr heimabyggð.")),
            _f("utgefandi", FOOTER, 0.65,
               (_OLD, "Vesturfari ehf. · Hafnarstræti 9, 400 Ísafjörður · Sími 456 4100")),
            _f("ritstjori", FOOTER, 0.6,
               (_OLD, "Ritstjóri og ábyrgðarmaður: Halldóra Sæmundsdóttir"),
               ("2018-09-01", "Ritstjóri: Einar Bragi Kristinsson · Ábyrgðarmaður: Halldóra "
                "Sæmundsdóttir")),
        ),
    )


def senate_style() -> PublisherStyle:
    """A US state senate caucus's press office: a release marker, a weekday date, a press
    contact, a floor-video insert, a senator's district line, "###", a streaming notice per
    Legislature, a Capitol closed in March 2020."""
    return PublisherStyle(
        domain="mnsenatecaucus.org", site="Minnesota Senate Majority Caucus", base_size=480,
        subdomains=(("www.", 100),),
        sections=("news-releases", "e-updates", "op-eds", "session-updates"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "senator": ("Sen. Karen Lindqvist", "Sen. Dale Hoffmann", "Sen. Rosa Mbeki-Tran",
                        "Sen. Tom Aldrich", "Sen. Jenna Halvorsen", "Sen. Paul Ostergaard"),
            "district": ("District 14", "District 22", "District 37", "District 51",
                         "District 8", "District 60"),
            "committee": ("Finance", "Education Policy", "Transportation",
                          "Health and Human Services", "Agriculture",
                          "Environment and Natural Resources"),
            "ytid": ("dQ7x2Lm9kPa", "v3RkT8sYw1E", "Lq0ZbN4hG7c", "p8WmX2eUa5s", "c1YtR6oJd0k"),
        },
        families=(
            _f("release", HEADER, 0.7, (_OLD, "FOR IMMEDIATE RELEASE")),
            _f("date", HEADER, 0.85, (_OLD, "{weekday}, {date_long}")),
            _f("contact-name", HEADER, 0.55, (_OLD, "CONTACT: {author}")),
            _f("contact-phone", HEADER, 0.5,
               (_OLD, "(651) 555-0142 | press@mnsenatecaucus.org")),
            _f("video", MIDDLE, 0.15,
               (_OLD, "Watch {senator}'s remarks on the Senate floor: youtu.be/{ytid}")),
            _f("end", FOOTER, 0.6, (_OLD, "###")),
            _f("about", FOOTER, 0.35,
               (_OLD, "{senator} represents Senate {district} and serves on the {committee} "
                "Committee.")),
            _f("session", FOOTER, 0.2,
               (_OLD, "Senate floor sessions of the 89th Legislature are streamed live and "
                "archived on our website."),
               ("2017-01-03", "Senate floor sessions of the 90th Legislature are streamed "
                "live and archived on our website."),
               ("2019-01-08", "Senate floor sessions of the 91st Legislature are streamed "
                "live and archived on our website.")),
            _f("capitol", FOOTER, 0.12,
               (_OLD, "Visiting the Capitol? Free guided tours leave from the rotunda every "
                "hour while the Senate is in session."),
               ("2020-03-16", "The State Capitol is closed to the public until further "
                "notice. Committee hearings are held remotely and can be watched online.")),
            _f("footer", FOOTER, 0.6,
               (_OLD, "© {year} Minnesota Senate Majority Caucus · Capitol Complex, St. Paul, "
                "MN · Privacy · Accessibility")),
        ),
    )


def lanternfish_style() -> PublisherStyle:
    """An indie game studio's patch-notes blog: the community manager's line, a patch box
    with a build number, a bug-report box, a forum link with the post's own title, Discord,
    a wishlist appeal turned release line, the trademark footer."""
    return PublisherStyle(
        domain="lanternfishgames.com", site="Lanternfish Games", base_size=430,
        subdomains=(("", 70), ("www.", 30)),
        sections=("patch-notes", "news", "dev-blog", "community"),
        n_authors=4, url_path="/blog/{n}/{slug}",
        pools={
            "version": ("1.0.4", "1.1.0", "1.1.2", "1.2.0", "1.3.1", "1.4.0", "1.4.2", "2.0.0"),
            "platforms": ("PC (Steam)", "PC (Steam) · PS4 · Xbox One", "All platforms",
                          "Nintendo Switch", "PS4 · Xbox One"),
            "size": ("1.2 GB", "340 MB", "2.8 GB", "95 MB", "4.1 GB", "780 MB"),
        },
        families=(
            _f("posted", HEADER, 0.85, (_OLD, "{author}, Community Manager — {date_short}")),
            _f("patch-version", HEADER, 0.4, (_OLD, "🎮 Patch {version}")),
            _f("patch-platforms", HEADER, 0.38, (_OLD, "Platforms: {platforms}")),
            _f("patch-size", HEADER, 0.35, (_OLD, "Download size: {size} · Build {n}")),
            _f("bug-head", FOOTER, 0.35, (_OLD, "🐛 Found a bug?")),
            _f("bug-how", FOOTER, 0.33,
               (_OLD, "Report it on our forums in the Bug Reports board, and include your "
                "system specs and save file."),
               ("2018-03-01", "Press F8 in game to send a report with your logs attached, or "
                "post in #bug-reports on our Discord.")),
            _f("discuss", FOOTER, 0.3, (_OLD, "💬 Discuss \"{title}\" on the Steam forums")),
            _f("discord", FOOTER, 0.45,
               (_OLD, "Join the Saltmarsh Keepers community on Discord: discord.gg/saltmarsh"),
               ("2019-06-01", "Join 60,000 keepers on our official Discord: "
                "discord.gg/saltmarsh")),
            _f("wishlist", FOOTER, 0.2,
               (_OLD, "Wishlist Saltmarsh Keepers on Steam and follow @lanternfishgames for "
                "dev updates."),
               ("2017-09-14", "Saltmarsh Keepers is out now on Steam, PlayStation 4 and Xbox "
                "One.")),
            _f("legal", FOOTER, 0.55,
               (_OLD, "© 2014-{year} Lanternfish Games AB. Saltmarsh Keepers is a trademark of "
                "Lanternfish Games AB. All other trademarks are the property of their "
                "respective owners.")),
        ),
    )


def greyhaven_style() -> PublisherStyle:
    """A Catholic diocese's news pages: a posted line, a newspaper byline, a bishop's
    calendar, a Mass dispensation of March 2020, an appeal renamed, the abuse-reporting
    notice, the print issue, the pastoral-center footer."""
    return PublisherStyle(
        domain="greyhavendiocese.org", site="Diocese of Greyhaven", base_size=380,
        subdomains=(("www.", 100),),
        sections=("news", "bishop", "parishes", "schools", "vocations"),
        n_authors=5, url_path="/news/{slug}",
        pools={
            "bishop_event": ("Confirmation Mass, St. Brigid Parish, Millbrook, 10:00 a.m.",
                             "Priests' Council, Pastoral Center",
                             "Blessing of the new St. Joseph School wing",
                             "Chrism Mass, Cathedral of the Holy Cross",
                             "Rite of Election, Cathedral of the Holy Cross, 2:00 p.m."),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Posted {weekday}, {date_long}")),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}, The Greyhaven Catholic"),
               ("2018-07-01", "Story by {author} | Photos by {author2}")),
            _f("calendar-head", FOOTER, 0.2, (_OLD, "✝ Bishop's Calendar")),
            _f("calendar-item", FOOTER, 0.19, (_OLD, "{weekday}: {bishop_event}")),
            _f("dispensation", FOOTER, 0.1,
               (_OLD, "Holy Days of Obligation: see the diocesan liturgical calendar for Mass "
                "times in your parish."),
               ("2020-03-14", "Bishop Keane has dispensed all the faithful of the diocese from "
                "the obligation to attend Sunday Mass until further notice. Sunday Mass is "
                "livestreamed from the Cathedral at 10:00 a.m.")),
            _f("appeal", FOOTER, 0.3,
               (_OLD, "Support the Bishop's Annual Appeal: your gift serves Catholic "
                "Charities, our seminarians and retired priests."),
               ("2018-01-01", "Give to the Catholic Ministries Appeal online at "
                "greyhavendiocese.org/appeal. Every gift stays at work in our diocese.")),
            _f("safe", FOOTER, 0.55,
               (_OLD, "To report abuse by anyone acting on behalf of the Church, call our "
                "Victim Assistance Coordinator at (555) 016-4410 and notify local law "
                "enforcement."),
               ("2019-06-01", "Report abuse confidentially to our Victim Assistance "
                "Coordinator at (555) 016-4410 or safe@greyhavendiocese.org. If a child is "
                "in danger, call 911.")),
            _f("print", FOOTER, 0.25,
               (_OLD, "This story appears in the {month} issue of The Greyhaven Catholic, "
                "mailed free to every registered household.")),
            _f("footer", FOOTER, 0.65,
               (_OLD, "Roman Catholic Diocese of Greyhaven · Pastoral Center · 1200 Cathedral "
                "Way, Greyhaven, PA"),
               ("2019-01-01", "© {year} Roman Catholic Diocese of Greyhaven · Privacy Policy · "
                "Safe Environment · Staff Login")),
        ),
    )


def quarryhill_style() -> PublisherStyle:
    """A cooperative bank's member news: a posted date, a rate box with an APY disclosure, a
    fraud warning, lobby hours turned appointments, a mobile app line, the FDIC/DIF line."""
    return PublisherStyle(
        domain="quarryhillcoop.com", site="Quarry Hill Co-operative Bank", base_size=330,
        subdomains=(("www.", 100),),
        sections=("news", "community", "financial-tips", "rates"),
        n_authors=3, url_path="/about/news/{slug}",
        pools={
            "cd": ("0.85%", "1.01%", "1.10%", "1.25%", "1.50%", "2.02%", "2.35%"),
            "mortgage": ("3.875% (3.962% APR)", "4.125% (4.201% APR)", "4.500% (4.587% APR)",
                         "3.625% (3.709% APR)", "3.250% (3.338% APR)"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted {date_long}")),
            _f("rates-head", FOOTER, 0.25, (_OLD, "Today's rates")),
            _f("rates-cd", FOOTER, 0.24, (_OLD, "12-Month Certificate: {cd} APY*")),
            _f("rates-mortgage", FOOTER, 0.23, (_OLD, "30-Year Fixed Mortgage: {mortgage}")),
            _f("rates-note", FOOTER, 0.22,
               (_OLD, "*Annual Percentage Yield accurate as of {date_slash}. $500 minimum to "
                "open. A penalty may be imposed for early withdrawal.")),
            _f("fraud", FOOTER, 0.3,
               (_OLD, "Quarry Hill Co-operative Bank will never ask for your PIN, password or "
                "account number by phone, text or email."),
               ("2019-05-01", "Scam alert: we will never call or text you asking for a "
                "one-time passcode. If in doubt, hang up and call us at (555) 017-2200.")),
            _f("hours", FOOTER, 0.2,
               (_OLD, "Our lobbies are open Monday to Friday 8:30 to 4:30 and Saturday 9 to "
                "noon."),
               ("2020-03-18", "Our lobbies are open by appointment only. Drive-ups, ATMs and "
                "online banking are available as usual.")),
            _f("app", FOOTER, 0.25,
               (_OLD, "Bank on the go with Quarry Hill Mobile, free on the App Store and "
                "Google Play."),
               ("2018-01-15", "Send money to friends and family with Zelle® right from the "
                "Quarry Hill Mobile app.")),
            _f("contact", FOOTER, 0.3,
               (_OLD, "Questions? Stop by any branch or call us at (555) 017-2200.")),
            _f("member", FOOTER, 0.85, (_OLD, "Member FDIC · Member DIF · Equal Housing Lender"),
               ("2017-04-01", "Member FDIC | Member DIF | Equal Housing Lender | NMLS #412377")),
        ),
    )


def braes_style() -> PublisherStyle:
    """A Scottish football fanzine: a competition kicker, the writer's post line with a
    comment count, a full-time box, the print issue repriced, a comments line with the
    post's own title, the independence disclaimer, a Twitter line with emoji."""
    return PublisherStyle(
        domain="upthebraes.co.uk", site="Up The Braes", base_size=290,
        subdomains=(("", 100),),
        sections=("match-reports", "opinion", "history", "news", "away-days"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "competition": ("Scottish League One", "Scottish League Two", "Scottish Cup",
                            "League Cup", "Challenge Cup"),
            "opp": ("Arbroath", "Montrose", "Stenhousemuir", "Forfar Athletic", "Peterhead",
                    "Clyde", "Stranraer", "Elgin City"),
            "score": ("2-1", "0-0", "1-3", "3-3", "1-0", "0-2", "4-1"),
            "att": ("612", "874", "1,045", "1,330", "498", "2,116"),
            "motm": ("Craig Lennie", "Jamie Rennick", "Ross McAteer", "Darren Fyfe",
                     "Scott Baird"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{competition}")),
            _f("posted", HEADER, 0.85, (_OLD, "{author} | {date_dmy} | {count} Comments")),
            _f("ft-head", FOOTER, 0.25, (_OLD, "FULL TIME")),
            _f("ft-score", FOOTER, 0.24, (_OLD, "Kilbrannan Athletic {score} {opp}")),
            _f("ft-att", FOOTER, 0.22, (_OLD, "Att: {att} · Man of the match: {motm}")),
            _f("issue", FOOTER, 0.2,
               (_OLD, "The printed zine is on sale outside Braeside Park before every home "
                "game: still only £1.50."),
               ("2018-08-01", "The new issue is out now – £2 from our sellers at the ground, or "
                "get it posted for £3 through our online shop.")),
            _f("comments", FOOTER, 0.3,
               (_OLD, "Have your say on '{title}' in the comments below – keep it clean, keep "
                "it civil.")),
            _f("disclaimer", FOOTER, 0.6,
               (_OLD, "Up The Braes is an independent supporters' fanzine and is not "
                "affiliated with Kilbrannan Athletic FC. Views expressed are those of the "
                "authors.")),
            _f("follow", FOOTER, 0.35, (_OLD, "Follow us on Twitter @UpTheBraes ⚽ COYR! 🔴⚪")),
        ),
    )


def hvastro_style() -> PublisherStyle:
    """An amateur astronomy club: a byline, astrophoto acquisition lines, a star-party box
    with a go/no-go line, meetings moved to Zoom, the affiliations, a "Clear skies!"
    sign-off."""
    return PublisherStyle(
        domain="hvastro.org", site="Hollins Valley Astronomical Society", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "observing", "outreach", "astrophotography", "meetings"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "scope": ("Celestron C8 SCT", "80mm refractor", "12-inch Dobsonian",
                      "Sky-Watcher Esprit 100", "RASA 8"),
            "camera": ("ZWO ASI294MC", "Canon 6D (modified)", "QHY268M", "Nikon D750",
                       "ZWO ASI533MC"),
            "exposure": ("60 x 120 s", "4 h total integration", "30 x 300 s", "120 x 30 s",
                         "2.5 h total integration"),
        },
        families=(
            _f("byline", HEADER, 0.75, (_OLD, "By {author} on {date_long}")),
            _f("image", MIDDLE, 0.35,
               (_OLD, "Image: {author2} · {scope} · {camera} · {exposure}"), count=2),
            _f("party-head", FOOTER, 0.25, (_OLD, "🔭 Next public star party")),
            _f("party-when", FOOTER, 0.24,
               (_OLD, "{weekday} from dusk at the Hollins Ridge dark-sky site (rain date the "
                "following night)")),
            _f("party-weather", FOOTER, 0.22,
               (_OLD, "All observing events are weather-permitting. Check our Facebook page "
                "after 4 p.m. on the day for the go/no-go call."),
               ("2019-03-01", "Go/no-go is posted by 4 p.m. on the day, on our website and on "
                "the club's Groups.io list.")),
            _f("meetings", FOOTER, 0.3,
               (_OLD, "Club meetings are held the second Friday of each month at 7:30 p.m. in "
                "the Whitcomb Planetarium. Everyone is welcome."),
               ("2020-04-01", "Club meetings are now held on Zoom on the second Friday at 7:30 "
                "p.m. Members receive the link by email.")),
            _f("league", FOOTER, 0.4,
               (_OLD, "The Hollins Valley Astronomical Society is a member society of the "
                "Astronomical League and a NASA Night Sky Network club.")),
            _f("signoff", FOOTER, 0.3, (_OLD, "Clear skies!")),
        ),
    )


def cedarrun_style() -> PublisherStyle:
    """An animal rescue shelter: a date-and-author line, an adoptable-pet box with a fee,
    adoption hours turned appointments, a donation appeal, a foster call, a hashtag, the
    501(c)(3) line."""
    return PublisherStyle(
        domain="cedarrunrescue.org", site="Cedar Run Animal Rescue", base_size=210,
        subdomains=(("www.", 100),),
        sections=("news", "adoptions", "happy-tails", "events"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={
            "pet": ("Biscuit", "Luna", "Pepper", "Moose", "Clementine", "Otis", "Hazel",
                    "Rocket", "Mabel"),
            "pet_info": ("2 years · Female · Domestic Shorthair", "8 months · Male · Lab mix",
                         "5 years · Male · Pit Bull Terrier mix", "10 years · Female · Beagle",
                         "1 year · Female · Tabby", "3 years · Male · German Shepherd mix"),
            "fee": ("$25", "$50", "$75", "$150", "$200"),
        },
        families=(
            _f("date", HEADER, 0.8, (_OLD, "{date_short} by {author}")),
            _f("pet-head", FOOTER, 0.3, (_OLD, "🐾 Meet {pet}!")),
            _f("pet-info", FOOTER, 0.29, (_OLD, "{pet_info}")),
            _f("pet-fee", FOOTER, 0.27,
               (_OLD, "Adoption fee: {fee} (spayed/neutered, microchipped and up to date on "
                "vaccines)")),
            _f("hours", FOOTER, 0.25,
               (_OLD, "Adoption hours: Tuesday–Saturday 11 a.m. to 5 p.m., Sunday noon to 4 "
                "p.m. No appointment needed!"),
               ("2020-03-20", "Adoptions are by appointment only. Fill out an application "
                "online and an adoption counselor will call you.")),
            _f("donate", FOOTER, 0.4,
               (_OLD, "Your gift of $25 feeds a shelter cat for a month. Donate today!"),
               ("2018-04-01", "🐶🐱 Every dollar stays local. Give monthly and become a Cedar "
                "Run Hero.")),
            _f("foster", FOOTER, 0.2,
               (_OLD, "Can you foster? We provide food, supplies and vet care – you provide "
                "the couch.")),
            _f("hashtag", FOOTER, 0.3, (_OLD, "#AdoptDontShop")),
            _f("nonprofit", FOOTER, 0.55,
               (_OLD, "Cedar Run Animal Rescue is a 501(c)(3) nonprofit organization, EIN "
                "45-2210987. Donations are tax-deductible to the extent allowed by law.")),
        ),
    )


def heldout10_styles() -> list[PublisherStyle]:
    """The held-back-10 styles, in the order the generator hands them to publishers."""
    return [
        luzon_style(), alfold_style(), mondego_style(), austral_style(), vesturfari_style(),
        senate_style(), lanternfish_style(), greyhaven_style(), quarryhill_style(),
        braes_style(), hvastro_style(), cedarrun_style(),
    ]
