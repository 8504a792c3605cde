"""The sixteenth held-back template set (``held-back-16``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the fifteenth
held-back set (`tests.bench.heldout_templates_15`, written the same day and not run when
this one was written). It was written WITHOUT looking at cleanpipe's detection code
(``cleanpipe/detect``, ``segment``, ``sign``, ``engine``, ``strip``, ``config``) or the
README's detection rules, before any benchmark run on it, and without shaping any line to
pass or to fail a detector: the families are what real sites of these kinds print, from
general knowledge of them. All wording is original; none is copied from the data, from the
tuning styles or from the first fifteen held-back sets.

**Status (2026-11-26, later that day):** run once while unseen (95.86% boilerplate
removed, 99.94% content kept; the session-start code of that day: 95.49%), then its misses
were studied: no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Galician-language regional daily
(Spain), a Persian-language diaspora news site in Persian script, a Nigerian entertainment
and celebrity blog in English and Pidgin, an Afrikaans-language regional weekly (South
Africa), a law firm's client alerts, a ferry operator's service news (Scotland), a regional
theatre's news (Oregon), a hospice charity's news (England), an independent cinema's news
(Tasmania), an aviation spotters' blog, a rowing club's news and a community food bank's
news (Ontario). None of these kinds is in the earlier held-back sets.

Variation: dates in several formats and languages (Galician ``21/06/2017 14:32 h`` turned
"Publicado o ... ás 14:32", built from ``date_iso`` by indexing; a Persian ``2017/06/21 -
14:32`` with "کد خبر" ids, turned a London-time line at Nowruz 2019; an Afrikaans
``21/06/2017`` turned "Gepubliseer ... om 14:32"; US short and long dates, a Nigerian blog's
short date gaining a 12-hour time, British day-month-year dates with the weekday as a
Blogger date header, a reading time, a "last updated" time), notices reworded in 2017-2020
(a Galician comment rule, a print price raised and a free e-edition in the state of alarm,
a Persian comment rule, Telegram turned Instagram after the 2018 filtering, a Persian
copyright line turned a free-to-quote rule with a London phone, a Pidgin comment prompt
reworded, Instagram and Twitter turned a WhatsApp group, a comment disclaimer turned a
COVID-19 rumour warning, an Afrikaans print price raised and a free e-edition in lockdown,
comments switched off, Facebook turned a WhatsApp news group, a law firm's subscribe line
turned a COVID-19 resource centre, a ferry's fares raised, check-in times turned essential
travel only and face coverings, text alerts turned Twitter, a theatre's ticket prices
raised, performances suspended and streamed, an equity statement, a hospice's daily cost
raised, its shops closed and reopened with quarantined donations, a sponsored walk gone
virtual, cinema prices raised, a closure and reopening with fewer seats, a viewing mound's
parking raised, closed and reopened, Flickr turned Instagram, a rowing club's course fee
raised, postponed and restarted in small boats, a regatta cancelled, a food bank's hours
turned hampers at the door and booked pickups, a provincial network renamed), names at the
start of lines (a bare Galician byline, Persian and Nigerian writers from pools, lawyers
with their posts, contacts with their offices, actors in production photos, hospice staff
signing off, vessels in captions, rowers in their seats), the article's own title (a law
firm's reprint notice and a WordPress feed footer) and other articles' titles (Galician,
Persian, Nigerian, Afrikaans and law-firm links), amounts (euro, rand, pound, US,
Australian and Canadian dollars), counts, news ids, radio frequencies, aircraft
registrations, phone numbers in seven countries' formats,
multi-line blocks (a law firm's contacts, a theatre's plan-your-visit box, a regatta's
results), mid-body inserts (some up to two or three times), bare lines (Galician, Persian,
Nigerian and Afrikaans ad labels, kickers, a trailer link, a "Results" heading), Persian
script with zero-width non-joiners, Galician and Afrikaans diacritics, Pidgin, symbols and
emoji where such sites use them, and families in only 8-30% of articles beside ones in
nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_SLASH_DMY = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017
_SLASH_YMD = f"{{year}}/{_MM}/{_DD}"  # 2017/06/21


def ulla_style() -> PublisherStyle:
    """A Galician-language regional daily: a "Portada ›" breadcrumb, a slashed date with "h"
    turned "Publicado o ... ás", a bare byline gaining the writer's town, "PUBLICIDADE",
    "Le tamén" and image-credit inserts, a tags line, a comment counter turned a
    subscribers-only rule, a print price raised and a free e-edition in the 2020 state of
    alarm, a WhatsApp tip line, a language-grant line, a copyright line turned an imprint."""
    return PublisherStyle(
        domain="odiariodoulla.gal", site="O Diario do Ulla", base_size=900,
        subdomains=(("www.", 80), ("", 20)),
        sections=("lalin", "deza", "a-estrada", "tabeiros", "deportes", "cultura", "sucesos"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}-{n}.html",
        pools={
            "seccion": ("Lalín", "Deza", "A Estrada", "Tabeirós-Terra de Montes", "Silleda",
                        "Deportes", "Cultura", "Sucesos", "Opinión"),
            "beat": ("Lalín", "A Estrada", "Silleda", "Vila de Cruces", "Rodeiro", "Agolada",
                     "Santiago"),
            "imaxe": ("Xoán Carballo", "Uxía Rivas", "arquivo ODU", "cedida", "Concello de "
                      "Lalín", "Garda Civil", "Europa Press"),
            "etiqueta": ("Lalín", "Deza", "Concello", "Xunta", "Sanidade", "Fútbol",
                         "Gandería", "Feira do Cocido"),
        },
        families=(
            _f("ruta", HEADER, 0.3, (_OLD, "Portada › {seccion}")),
            _f("data", HEADER, 0.9, (_OLD, _SLASH_DMY + " {time} h"),
               ("2019-02-01", "Publicado o " + _SLASH_DMY + " ás {time}")),
            _f("autor", HEADER, 0.7, (_OLD, "{author}"),
               ("2018-09-01", "{author} | {author_beat}")),
            _f("publicidade", MIDDLE, 0.5, (_OLD, "PUBLICIDADE"), count=3),
            _f("le-tamen", MIDDLE, 0.4, (_OLD, "Le tamén: {other_title}"), count=2),
            _f("imaxe", MIDDLE, 0.3, (_OLD, "Imaxe: {imaxe}"), count=2),
            _f("etiquetas", FOOTER, 0.3, (_OLD, "Etiquetas: {etiqueta_list}")),
            _f("comentarios", FOOTER, 0.35, (_OLD, "{count} comentarios"),
               ("2019-10-01", "Para deixar un comentario tes que iniciar sesión coa túa conta "
                "de subscritor.")),
            _f("subscricion", FOOTER, 0.2,
               (_OLD, "Subscríbete á edición impresa por 16 € ao mes e recibe o xornal na túa "
                "casa cada mañá."),
               ("2018-07-01", "Subscríbete á edición impresa por 17,50 € ao mes e recibe o "
                "xornal na túa casa cada mañá."),
               ("2020-03-14", "Mentres dure o estado de alarma, a edición dixital de O Diario "
                "do Ulla é de balde para todos os lectores.")),
            _f("whatsapp", FOOTER, 0.15,
               (_OLD, "📲 Tes unha noticia? Mándanola ao WhatsApp 655 555 014 ou escribe a "
                "redaccion@odiariodoulla.gal")),
            _f("axudas", FOOTER, 0.25,
               (_OLD, "Este xornal recibe axudas da Secretaría Xeral de Política Lingüística "
                "da Xunta de Galicia.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} O Diario do Ulla. Todos os dereitos reservados."),
               ("2018-05-25", "Edicións do Deza S.L. · Rúa Principal 12, 36500 Lalín · 986 555 "
                "210 · Aviso legal · Privacidade · Cookies")),
        ),
    )


def pishgam_style() -> PublisherStyle:
    """A Persian-language diaspora news site in Persian script: a service kicker, a news id,
    a year-first date with a time turned a London-time line at Nowruz 2019, a writer line
    turned a name-first reporter line, "تبلیغات", "بیشتر بخوانید" and photo inserts, a source
    line, Telegram turned Instagram after the 2018 filtering, a mirror-address line for
    readers behind the filter, a comment counter turned a comment rule, the copyright line
    turned a free-to-quote rule with a London phone."""
    return PublisherStyle(
        domain="pishgamnews.com", site="پیشگام", base_size=780,
        subdomains=(("www.", 75), ("m.", 25)),
        sections=("iran", "world", "economy", "society", "culture", "sport", "opinion"),
        n_authors=9, url_path="/fa/news/{n}/{slug}",
        pools={
            "sarvis": ("ایران", "سیاسی", "اقتصادی", "اجتماعی", "بین‌الملل", "فرهنگ و هنر",
                       "ورزشی", "دیدگاه"),
            "nevisande": ("مریم احمدی", "رضا کریمی", "سارا نوروزی", "بهروز صادقی", "نگار رحیمی",
                          "امید شریفی", "لیلا مرادی"),
            "aks": ("رویترز", "خبرگزاری فرانسه", "آسوشیتدپرس", "گتی ایمجز", "شبکه‌های اجتماعی",
                    "آرشیو پیشگام"),
            "manba": ("رویترز", "خبرگزاری فرانسه", "ایسنا", "ایرنا", "خبرگزاری فارس",
                      "شبکه‌های اجتماعی"),
        },
        families=(
            _f("sarvis", HEADER, 0.35, (_OLD, "سرویس: {sarvis}")),
            _f("kod", HEADER, 0.5, (_OLD, "کد خبر: {n}")),
            _f("tarikh", HEADER, 0.9, (_OLD, "تاریخ انتشار: " + _SLASH_YMD + " - {time}"),
               ("2019-03-21", "انتشار: " + _SLASH_YMD + " | ساعت {time} به وقت لندن")),
            _f("nevisande", HEADER, 0.6, (_OLD, "نویسنده: {nevisande}"),
               ("2018-10-01", "{nevisande}، خبرنگار پیشگام")),
            _f("tablighat", MIDDLE, 0.45, (_OLD, "تبلیغات"), count=2),
            _f("bishtar", MIDDLE, 0.35, (_OLD, "بیشتر بخوانید: {other_title}"), count=2),
            _f("aks", MIDDLE, 0.3, (_OLD, "عکس: {aks}"), count=2),
            _f("manba", FOOTER, 0.2, (_OLD, "منبع: {manba}")),
            _f("donbal", FOOTER, 0.25,
               (_OLD, "کانال تلگرام پیشگام را دنبال کنید: t.me/pishgamnews"),
               ("2018-05-01", "📸 پیشگام را در اینستاگرام دنبال کنید: @pishgamnews")),
            _f("filter", FOOTER, 0.12,
               (_OLD, "اگر سایت در ایران فیلتر است، از نشانی پشتیبان pishgam.news یا اپلیکیشن "
                "پیشگام استفاده کنید.")),
            _f("nazar", FOOTER, 0.35, (_OLD, "نظرات ({count})"),
               ("2019-06-01", "نظرات منتشرشده دیدگاه نویسندگان آن‌هاست و بازتاب‌دهنده موضع "
                "پیشگام نیست. نظرات توهین‌آمیز منتشر نمی‌شود.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} پیشگام - تمامی حقوق محفوظ است."),
               ("2018-12-01", "نقل مطالب پیشگام با ذکر منبع آزاد است · تماس: +44 20 7946 "
                "0321")),
        ),
    )


def gbedu_style() -> PublisherStyle:
    """A Nigerian entertainment and celebrity blog in English and Pidgin: a category kicker,
    a "By ... on" line turned a pipe-separated line with a 12-hour time, a view counter,
    "ADVERTISEMENT", "ALSO READ:", Instagram photo credits and an MP3 download insert, a
    Pidgin comment prompt reworded, a promotion line with a Lagos mobile, Instagram and
    Twitter turned a WhatsApp group, a WordPress feed footer with the post's own title, a
    comment disclaimer turned a COVID-19 rumour warning, the copyright line turned an
    advertising contact."""
    return PublisherStyle(
        domain="gbedugist.com.ng", site="Gbedu Gist", base_size=670,
        subdomains=(("www.", 55), ("", 30), ("m.", 15)),
        sections=("gist", "music", "nollywood", "celebrity", "bbnaija", "fashion", "comedy"),
        n_authors=6, url_path="/{yyyy}/{mm}/{slug}.html",
        pools={
            "kategori": ("Gist", "Music", "Nollywood", "Celebrity News", "BBNaija", "Fashion",
                         "Comedy Skits", "Relationship"),
            "blogger": ("Tolu Adeyemi", "Chiamaka Obi", "Emeka Nwosu", "Blessing Okon",
                        "Segun Alabi", "Halima Sani"),
            "ig": ("Instagram", "@lagosshutterboy", "@abujaeventpics", "@naijastylezine",
                   "@mreyeshots", "@nollyonset"),
            "mp3": ("Kelechi Vibes – Odogwu Energy (Prod. by Tunzy)",
                    "Ayomi – Sweet Tooth ft. Darkoo Blaze", "Bankz Ola – Owo Blow",
                    "Smada Jay – Ginger Me", "Priscy B – Lagos Love (Remix)"),
        },
        families=(
            _f("kategori", HEADER, 0.35, (_OLD, "{kategori}")),
            _f("posted", HEADER, 0.85, (_OLD, "By {blogger} on {date_short}"),
               ("2019-01-01", "{blogger} | {date_short} | {time12}")),
            _f("views", HEADER, 0.2, (_OLD, "👁 {count} views")),
            _f("advert", MIDDLE, 0.5, (_OLD, "ADVERTISEMENT"), count=3),
            _f("also-read", MIDDLE, 0.4, (_OLD, "ALSO READ: {other_title}"), count=2),
            _f("ig-credit", MIDDLE, 0.3, (_OLD, "📸: {ig}"), count=2),
            _f("download", MIDDLE, 0.1, (_OLD, "⬇️ DOWNLOAD MP3: {mp3}")),
            _f("gist-prompt", FOOTER, 0.3,
               (_OLD, "Wetin you think about this gist? Drop your comment below 👇"),
               ("2019-07-01", "Oya talk am! Wetin be your own take? Comment below make we "
                "yarn 👇")),
            _f("promo", FOOTER, 0.15,
               (_OLD, "Want your song or video on Gbedu Gist? Promo bookings via WhatsApp: +234 "
                "803 555 0192")),
            _f("social", FOOTER, 0.25,
               (_OLD, "Follow Gbedu Gist on Instagram @gbedugist and on Twitter @gbedugist_"),
               ("2019-10-01", "🔔 Join our WhatsApp group to get hot gist first: "
                "gbedugist.com.ng/whatsapp")),
            _f("feed", FOOTER, 0.12, (_OLD, "The post {title} appeared first on Gbedu Gist.")),
            _f("disclaimer", FOOTER, 0.3,
               (_OLD, "Disclaimer: Comments on this site are the opinions of our readers, not "
                "of Gbedu Gist or its staff."),
               ("2020-03-30", "Disclaimer: Gbedu Gist no dey share unverified COVID-19 news. "
                "Check with NCDC before you forward any broadcast.")),
            _f("copyright", FOOTER, 0.65,
               (_OLD, "Copyright © {year} Gbedu Gist. All Rights Reserved."),
               ("2018-06-01", "© {year} Gbedu Gist · Advertise with us: ads@gbedugist.com.ng · "
                "+234 909 555 0117")),
        ),
    )


def gariep_style() -> PublisherStyle:
    """An Afrikaans-language regional weekly: a section kicker, a slashed date turned
    "Gepubliseer ... om", "Deur" bylines turned a name with the writer's post,
    "Advertensie", "Lees ook" and "Foto:" inserts, a WhatsApp news-tip line, Facebook turned
    a WhatsApp news group, a print price raised and a free e-edition in the 2020 lockdown, a
    press-code line, a comment counter turned comments switched off, the copyright line
    turned the company imprint with a phone."""
    return PublisherStyle(
        domain="gariepbode.co.za", site="Gariep Bode", base_size=600,
        subdomains=(("www.", 85), ("", 15)),
        sections=("nuus", "sport", "landbou", "gemeenskap", "skole", "misdaad"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "afdeling": ("Nuus", "Sport", "Landbou", "Gemeenskap", "Skole", "Misdaad", "Kerk",
                         "Mening"),
            "beat": ("Verslaggewer", "Redakteur", "Sportredakteur", "Landbouskrywer",
                     "Joernalis", "Vryskutjoernalis"),
            "foto": ("Verskaf", "Gariep Bode-argief", "Annelie Pretorius", "SAPD", "Facebook",
                     "Pieter du Toit"),
        },
        families=(
            _f("afdeling", HEADER, 0.3, (_OLD, "{afdeling}")),
            _f("datum", HEADER, 0.85, (_OLD, _SLASH_DMY),
               ("2019-05-01", "Gepubliseer " + _SLASH_DMY + " om {time}")),
            _f("skrywer", HEADER, 0.65, (_OLD, "Deur {author}"),
               ("2018-03-01", "{author}, {author_beat}")),
            _f("advertensie", MIDDLE, 0.45, (_OLD, "Advertensie"), count=2),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("nuuswenk", FOOTER, 0.15,
               (_OLD, "Het jy ’n nuuswenk? WhatsApp ons op 082 555 0147 of e-pos "
                "nuus@gariepbode.co.za")),
            _f("sosiaal", FOOTER, 0.2,
               (_OLD, "Volg Gariep Bode op Facebook vir die nuutste nuus uit die Gariep en die "
                "Karoo."),
               ("2019-08-01", "Sluit aan by ons WhatsApp-nuusgroep: stuur die woord NUUS na 082 "
                "555 0147.")),
            _f("prys", FOOTER, 0.2,
               (_OLD, "Gariep Bode verskyn elke Donderdag. Prys R8,50 by jou naaste "
                "handelaar."),
               ("2019-03-01", "Gariep Bode verskyn elke Donderdag. Prys R9,50 by jou naaste "
                "handelaar."),
               ("2020-03-27", "Tydens die grendeltyd kan jy die e-uitgawe van Gariep Bode "
                "gratis lees op gariepbode.co.za/e-uitgawe.")),
            _f("perskode", FOOTER, 0.25,
               (_OLD, "Gariep Bode onderskryf die Kode vir Etiek en Gedrag vir Suid-Afrikaanse "
                "Druk- en Aanlyn Media. Klagtes kan na die Persombudsman verwys word.")),
            _f("kommentaar", FOOTER, 0.3, (_OLD, "Kommentaar ({count})"),
               ("2018-10-01", "Ons het kommentaar op die webwerf afgeskakel. Gesels saam op "
                "ons Facebook-blad.")),
            _f("kopiereg", FOOTER, 0.7,
               (_OLD, "© {year} Gariep Bode. Alle regte voorbehou."),
               ("2019-01-01", "Gariep Bode (Edms) Bpk · Kerkstraat 23, Colesberg 9795 · 051 555 "
                "0123 · Privaatheidsbeleid")),
        ),
    )


def halvorsen_style() -> PublisherStyle:
    """A law firm's client alerts: a publication-type kicker, a long date gaining a reading
    time, a two-lawyer byline turned a name with the lawyer's post, a practices line
    reworded at a redesign, a PDF-print-share tools line, a "See also" insert, a reprint
    notice with the alert's own title, a contacts block (heading, a name with post, office
    and phone), an attorney-advertising line, a not-legal-advice disclaimer, a subscribe
    line turned a COVID-19 resource centre, the copyright line gaining the offices."""
    return PublisherStyle(
        domain="halvorsenteague.com", site="Halvorsen Teague", base_size=540,
        subdomains=(("www.", 100),),
        sections=("insights", "alerts", "publications", "events"),
        n_authors=14, url_path="/insights/publications/{yyyy}/{mm}/{slug}",
        pools={
            "kind": ("Client Alert", "Legal Update", "Insight", "Publication", "Alert"),
            "beat": ("Partner", "Counsel", "Associate", "Senior Associate", "Of Counsel",
                     "Special Counsel"),
            "practice": ("Antitrust & Competition", "Employment & Labor",
                         "Privacy & Cybersecurity", "Tax", "Real Estate", "Litigation",
                         "Mergers & Acquisitions", "Life Sciences"),
            "venue": ("Law360", "The National Law Journal", "Bloomberg Law", "Corporate "
                      "Counsel", "Tax Notes"),
            "contact": ("Renata Okafor, Partner, Boston · +1 617 555 0134",
                        "Gideon Marsh, Partner, New York · +1 212 555 0178",
                        "Yuki Tanabe, Counsel, Chicago · +1 312 555 0121",
                        "Fiona Gallagher, Partner, London · +44 20 7946 0852",
                        "Marcus Whitfield, Of Counsel, Washington, D.C. · +1 202 555 0163",
                        "Amara Singh, Senior Associate, Boston · +1 617 555 0190"),
        },
        families=(
            _f("kind", HEADER, 0.4, (_OLD, "{kind}")),
            _f("date", HEADER, 0.85, (_OLD, "{date_long}"),
               ("2019-04-01", "{date_long} · {read_min} min read")),
            _f("authors", HEADER, 0.7, (_OLD, "By {author} and {author2}"),
               ("2018-06-01", "{author}, {author_beat}")),
            _f("practices", HEADER, 0.35, (_OLD, "Related Practices: {practice_list}"),
               ("2018-06-01", "Practices & Industries: {practice_list}")),
            _f("tools", HEADER, 0.45, (_OLD, "Download PDF | Print | Share")),
            _f("see-also", MIDDLE, 0.15, (_OLD, "See also: {other_title}")),
            _f("reprint", FOOTER, 0.08,
               (_OLD, "A version of “{title}” first appeared in {venue} and is reprinted with "
                "permission.")),
            _f("contacts-head", FOOTER, 0.3,
               (_OLD, "For more information, please contact the authors or:")),
            _f("contacts-line", FOOTER, 0.28, (_OLD, "{contact}")),
            _f("advertising", FOOTER, 0.3,
               (_OLD, "Attorney Advertising. Prior results do not guarantee a similar "
                "outcome.")),
            _f("disclaimer", FOOTER, 0.5,
               (_OLD, "This publication is for general information only. It is not legal "
                "advice, and reading it does not create an attorney-client relationship.")),
            _f("subscribe", FOOTER, 0.2,
               (_OLD, "To get our client alerts by email, subscribe at "
                "halvorsenteague.com/subscribe"),
               ("2020-03-16", "Our COVID-19 Resource Center gathers our guidance for employers "
                "and businesses: halvorsenteague.com/covid-19")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Halvorsen Teague LLP. All rights reserved."),
               ("2018-05-25", "© {year} Halvorsen Teague LLP · Boston · Chicago · London · New "
                "York · Washington, D.C. · Privacy · Cookie Preferences")),
        ),
    )


def carrick_style() -> PublisherStyle:
    """A ferry operator's service news (Scotland): a breadcrumb, a posted date turned a "Last
    updated" time, a route line and a coloured status line, a live-status insert and vessel
    captions, a weather line, fares raised, check-in times turned essential travel only and
    then face coverings in 2020, text alerts turned Twitter, a booking line with a freephone
    number, the company's registration block."""
    return PublisherStyle(
        domain="carricksoundferries.co.uk", site="Carrick Sound Ferries", base_size=470,
        subdomains=(("www.", 100),),
        sections=("service-updates", "news", "timetables", "fleet"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "newscat": ("Service Updates", "Timetables", "Fleet News", "Company News",
                        "Travel Advice"),
            "route": ("Carrick – Inchmore", "Carrick – Port Ellan", "Inchmore – Skarra",
                      "Port Ellan – Tarbet Quay", "All routes"),
            "status": ("🟢 Sailing as scheduled", "🟠 Be aware: disruption possible",
                       "🔴 Sailings cancelled", "🟠 Amended timetable in place",
                       "🟢 Normal service resumed"),
            "caption": ("MV Sound of Carrick leaving Inchmore pier",
                        "MV Loch Arra in dry dock for her annual overhaul",
                        "MV Skarra Lass loading at Port Ellan slipway",
                        "MV Isle of Inchmore on sea trials after her refit",
                        "MV Sound of Carrick berthed at Tarbet Quay in a westerly gale"),
        },
        families=(
            _f("crumb", HEADER, 0.35, (_OLD, "Home › News › {newscat}")),
            _f("updated", HEADER, 0.85, (_OLD, "Posted: {date_dmy}"),
               ("2019-02-01", "Last updated {time} on {date_dmy}")),
            _f("route", HEADER, 0.5, (_OLD, "Route: {route}")),
            _f("status", HEADER, 0.3, (_OLD, "{status}")),
            _f("live", MIDDLE, 0.2,
               (_OLD, "Check live sailing status before you set off: "
                "carricksoundferries.co.uk/status")),
            _f("caption", MIDDLE, 0.12, (_OLD, "{caption}")),
            _f("weather", FOOTER, 0.4,
               (_OLD, "Sailings can be cancelled or changed at short notice in bad weather. "
                "The master's decision on safety is final.")),
            _f("fares", FOOTER, 0.25,
               (_OLD, "Single fares from £6.20 for foot passengers and £38.50 for a car and "
                "driver."),
               ("2019-04-01", "Single fares from £6.60 for foot passengers and £41.00 for a car "
                "and driver.")),
            _f("travel", FOOTER, 0.35,
               (_OLD, "Please check in at least 30 minutes before departure with a vehicle, "
                "or 10 minutes as a foot passenger."),
               ("2020-03-23", "Our ferries are for essential journeys only. Island residents, "
                "key workers and freight have priority."),
               ("2020-07-15", "Face coverings must be worn in our terminals and in all indoor "
                "areas on board.")),
            _f("alerts", FOOTER, 0.2,
               (_OLD, "📱 Get sailing alerts by text: send your route code to 60555."),
               ("2018-04-01", "📱 Follow @CarrickFerries on Twitter for live sailing "
                "updates.")),
            _f("booking", FOOTER, 0.3,
               (_OLD, "Book online or call our Booking Centre on 0800 555 0188 (Mon–Sat "
                "8am–6pm).")),
            _f("company", FOOTER, 0.5,
               (_OLD, "Carrick Sound Ferries Ltd · Registered in Scotland SC555012 · Ferry "
                "Terminal, Pier Road, Carrick PA29 8YL")),
        ),
    )


def larkspur_style() -> PublisherStyle:
    """A regional theatre's news (Oregon): a posted line turned a name with the writer's post,
    a category kicker, a content advisory, production-photo captions beginning with the
    actors' names, a plan-your-visit box (heading, run, running time), ticket prices raised
    then performances suspended and streamed in 2020, a subscription line, captioned and
    audio-described performances, a nonprofit giving line, the about line gaining a 2020
    equity statement."""
    return PublisherStyle(
        domain="larkspurplayhouse.org", site="Larkspur Playhouse", base_size=420,
        subdomains=(("www.", 100),),
        sections=("news", "season", "education", "community", "casting"),
        n_authors=5, url_path="/news/{slug}",
        pools={
            "beat": ("Artistic Director", "Marketing Manager", "Education Director",
                     "Literary Manager", "Managing Director", "Company Manager"),
            "cat": ("Season Announcements", "Casting News", "Behind the Scenes", "Education",
                    "Community", "New Play Lab"),
            "advisory": ("strong language and references to drug use",
                         "haze, strobe lighting and loud gunshots",
                         "mature themes and brief nudity",
                         "depictions of violence and suicide",
                         "herbal cigarettes smoked on stage"),
            "caption": ("Marisol Vega and Dan Hollis in Arcadia. Photo by Jordan Reese.",
                        "Theo Brandt as Willy Loman in Death of a Salesman. Photo by Jordan "
                        "Reese.",
                        "Ana Lucía Ortiz in Water by the Spoonful. Photo by Kim Tran.",
                        "Graham Pike and June Adair in Private Lives. Photo by Jordan Reese.",
                        "Keiko Brandt and the company of The Wolves. Photo by Kim Tran."),
            "run": ("Arcadia · Main Stage · September 12 – October 6",
                    "Death of a Salesman · Main Stage · January 17 – February 9",
                    "The Wolves · Studio Theatre · March 6 – 29",
                    "Water by the Spoonful · Studio Theatre · April 10 – May 3",
                    "A Christmas Carol · Main Stage · November 29 – December 23"),
            "runtime": ("Running time: about 2 hours 30 minutes, with one intermission.",
                        "Running time: about 90 minutes, with no intermission.",
                        "Running time: about 2 hours, with one intermission.",
                        "Running time: about 2 hours 45 minutes, with two intermissions."),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted {date_short} by {author}"),
               ("2019-08-01", "{author}, {author_beat} · {date_short}")),
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("advisory", HEADER, 0.1, (_OLD, "Content advisory: this production contains "
                                               "{advisory}.")),
            _f("caption", MIDDLE, 0.3, (_OLD, "{caption}"), count=2),
            _f("visit-head", FOOTER, 0.25, (_OLD, "Plan Your Visit")),
            _f("visit-run", FOOTER, 0.24, (_OLD, "{run}")),
            _f("visit-time", FOOTER, 0.2, (_OLD, "{runtime}")),
            _f("boxoffice", FOOTER, 0.35,
               (_OLD, "Tickets $25–$48 · Box Office (541) 555-0163, Tue–Sat noon–6pm"),
               ("2018-08-01", "Tickets $28–$54 · Box Office (541) 555-0163, Tue–Sat noon–6pm"),
               ("2020-03-13", "All performances are suspended until further notice. The Box "
                "Office will contact ticket holders about refunds and credits."),
               ("2020-09-01", "Our fall season streams online: a household pass is $20 at "
                "larkspurplayhouse.org/watch")),
            _f("subscribe", FOOTER, 0.2,
               (_OLD, "Subscribers save up to 20% and exchange tickets free of charge. Build "
                "your season at larkspurplayhouse.org/subscribe")),
            _f("access", FOOTER, 0.2,
               (_OLD, "Open-captioned and audio-described performances are offered at the "
                "second Saturday matinee of every production.")),
            _f("give", FOOTER, 0.25,
               (_OLD, "Larkspur Playhouse is a 501(c)(3) nonprofit theatre. Gifts of any size "
                "keep our student matinees free.")),
            _f("about", FOOTER, 0.45,
               (_OLD, "Larkspur Playhouse has produced classic and new plays in Central Oregon "
                "since 1974."),
               ("2020-06-15", "Larkspur Playhouse has produced classic and new plays in Central "
                "Oregon since 1974. We stand with Black artists and audiences: read our "
                "commitments at larkspurplayhouse.org/equity")),
        ),
    )


def hollybank_style() -> PublisherStyle:
    """A hospice charity's news (England): a bare date turned "News ·", a category kicker,
    a donation insert and "Pictured:" captions, a daily running cost raised, a society
    lottery with its age limit, charity shops closed in 2020 and reopened with quarantined
    donations, a volunteering appeal, a Gift Aid line, a sponsored walk gone virtual in 2020,
    a staff sign-off with the post, the contact block with the charity number."""
    return PublisherStyle(
        domain="hollybankhospice.org.uk", site="Hollybank Hospice", base_size=370,
        subdomains=(("www.", 100),),
        sections=("news", "fundraising", "events", "shops", "care", "volunteering"),
        n_authors=5, url_path="/news/{slug}/",
        pools={
            "cat": ("Fundraising", "Events", "Our Shops", "Patient Care", "Volunteering",
                    "Lottery", "Corporate Support"),
            "beat": ("Community Fundraiser", "Head of Retail", "Volunteer Services Manager",
                     "Director of Care", "Events Officer", "Chief Executive"),
            "pictured": ("supporters at the start of last year's Midnight Walk",
                         "volunteers sorting donations at our Cleveleys shop",
                         "nurses from the Inpatient Unit with a fundraising cheque",
                         "the hospice garden in spring",
                         "our Day Therapy team and their Christmas jumpers"),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy}"),
               ("2019-04-01", "News · {date_dmy}")),
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("donate", MIDDLE, 0.2,
               (_OLD, "💜 Make a donation today: hollybankhospice.org.uk/donate")),
            _f("pictured", MIDDLE, 0.2, (_OLD, "Pictured: {pictured}")),
            _f("cost", FOOTER, 0.3,
               (_OLD, "It costs £10,500 a day to run Hollybank Hospice, and only about a third "
                "of that comes from the NHS."),
               ("2019-04-01", "It costs £11,800 a day to run Hollybank Hospice. Three quarters "
                "of it is raised by our local community.")),
            _f("lottery", FOOTER, 0.2,
               (_OLD, "Play the Hollybank Lottery for £1 a week and you could win £1,000 every "
                "Friday. You must be 16 or over to play.")),
            _f("shops", FOOTER, 0.3,
               (_OLD, "Our 12 charity shops welcome donations of clothes, books, bric-a-brac "
                "and furniture."),
               ("2020-03-23", "Our shops are closed and we can't take donations for now. "
                "Please hold on to them until we reopen."),
               ("2020-06-15", "Our shops have reopened. Donations are stored for 72 hours "
                "before they go on sale.")),
            _f("volunteer", FOOTER, 0.2,
               (_OLD, "Could you give a few hours a week? Our volunteers drive patients, run "
                "our shops and welcome visitors: hollybankhospice.org.uk/volunteer")),
            _f("giftaid", FOOTER, 0.25,
               (_OLD, "If you're a UK taxpayer, Gift Aid lets us claim an extra 25p for every "
                "£1 you give, at no cost to you.")),
            _f("walk", FOOTER, 0.15,
               (_OLD, "🌙 Join the Hollybank Midnight Walk in May: ten miles along the prom "
                "for the people you remember."),
               ("2020-04-01", "🌙 This year's Midnight Walk is virtual: walk ten miles your own "
                "way, wherever you are, during May.")),
            _f("signoff", FOOTER, 0.3, (_OLD, "{author}, {author_beat}")),
            _f("contact", FOOTER, 0.5,
               (_OLD, "Hollybank Hospice · Lime Tree Lane, Thornton-Cleveleys FY5 4QR · 01253 "
                "555014 · Registered charity no. 1055501")),
        ),
    )


def moonah_style() -> PublisherStyle:
    """An independent cinema's news (Tasmania): a posted line with the weekday turned a
    name with the writer's post, a category kicker, session cards with classification and
    running time, a trailer link, ticket prices raised, a closure under the 2020
    restrictions and reopening with fewer seats, a classification rule, a membership line,
    gift vouchers, captioned sessions, a newsletter line, an acknowledgement of country, the
    cinema's address."""
    return PublisherStyle(
        domain="moonahpicturepalace.com.au", site="Moonah Picture Palace", base_size=320,
        subdomains=(("www.", 70), ("", 30)),
        sections=("news", "programme", "festivals", "events", "kids"),
        n_authors=4, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "beat": ("Programmer", "Cinema Manager", "Projectionist", "Events Coordinator",
                     "Owner"),
            "cat": ("Programming Notes", "Special Events", "Film Festivals",
                    "Behind the Projector", "Kids' Club", "Venue News"),
            "session": ("🎬 The Salt Road (M) · 112 min · Daily from Thursday",
                        "🎬 Paper Lanterns (PG) · 95 min · Weekends only",
                        "🎬 Night Shift at the Quarry (MA15+) · 104 min · Evenings",
                        "🎬 Little Whale (G) · 78 min · School holiday matinees",
                        "🎬 The Long Paddock (M) · 121 min · From Boxing Day"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted by {author} on {weekday} {date_dmy}"),
               ("2019-02-01", "{weekday} {date_dmy} — {author}, {author_beat}")),
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("session", MIDDLE, 0.25, (_OLD, "{session}"), count=2),
            _f("trailer", MIDDLE, 0.2, (_OLD, "▶ Watch the trailer")),
            _f("prices", FOOTER, 0.35,
               (_OLD, "Adults $17 · Concession $13.50 · Kids $11 · Cheap Tuesdays $10 all day"),
               ("2019-01-01", "Adults $18 · Concession $14 · Kids $12 · Cheap Tuesdays $11 all "
                "day"),
               ("2020-03-23", "The Picture Palace is closed under the state's limits on "
                "gatherings. Gift vouchers stay valid until we reopen."),
               ("2020-06-19", "We've reopened with fewer seats a session. Please book online "
                "and leave a seat between your group and the next.")),
            _f("classification", FOOTER, 0.15,
               (_OLD, "Children under 15 must be with a parent or adult guardian to see MA15+ "
                "films. R18+ films are strictly for adults, and we check ID.")),
            _f("members", FOOTER, 0.2,
               (_OLD, "Members see any session for $12 and get a free popcorn on their "
                "birthday. Join at the box office for $35 a year.")),
            _f("vouchers", FOOTER, 0.15,
               (_OLD, "🎁 Gift vouchers are on sale at the candy bar and online.")),
            _f("captions", FOOTER, 0.15,
               (_OLD, "Captioned sessions run on Sunday afternoons, and audio description "
                "headsets are free from the box office.")),
            _f("newsletter", FOOTER, 0.25,
               (_OLD, "Session times land in your inbox every Wednesday: "
                "moonahpicturepalace.com.au/newsletter")),
            _f("country", FOOTER, 0.3,
               (_OLD, "We acknowledge the muwinina people, the traditional owners of the land "
                "on which our cinema stands, and pay our respects to Elders past and present.")),
            _f("address", FOOTER, 0.45,
               (_OLD, "Moonah Picture Palace · 71 Main Road, Moonah TAS 7009 · (03) 6555 "
                "0190")),
        ),
    )


def threshold_style() -> PublisherStyle:
    """An aviation spotters' blog (Blogger-like, England): a weekday date header, a
    "today's special" line, photo captions with the registration, type, operator and the
    photographer's credit (up to three), a where-taken insert, a camera-kit line, a labels
    line, a "Posted by ... at" footer turned a share line, a photo-rights notice, a viewing
    mound's parking raised, closed in the 2020 lockdown and reopened, radio frequencies, an
    Airport Watch line, Flickr turned Instagram."""
    return PublisherStyle(
        domain="thresholdspotters.net", site="Threshold Spotters", base_size=280,
        subdomains=(("www.", 60), ("", 40)),
        sections=("movements", "trip-reports", "photos", "news", "specials"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}.html",
        pools={
            "special": ("Antonov An-124 UR-82009 due at 14:20 with outsize cargo",
                        "Atlas Air Boeing 747-400F N476MC due at 11:40",
                        "RAF Atlas ZM412 flying crosswind circuits all afternoon",
                        "Ethiopian Boeing 787-9 ET-AUQ diverting in after a medical",
                        "a BAe 146 on a football charter, due around 18:00"),
            "shot": ("G-EZWX Airbus A320-214 easyJet on short finals to 26",
                     "EI-DPC Boeing 737-8AS Ryanair rotating off 08",
                     "D-AIUK Airbus A320-214 Lufthansa taxiing to stand 14",
                     "G-JMCR Boeing 737-4Q8F West Atlantic on the cargo ramp",
                     "TC-JSO Airbus A321-231 Turkish Airlines over the threshold",
                     "9H-AEO Airbus A320-214 on a rare holiday charter"),
            "location": ("the crash gate at the end of runway 26",
                         "the viewing mound on Long Lane",
                         "the top deck of the multi-storey car park",
                         "the field off Salters Road under the approach",
                         "the footpath beside the ILS hut"),
            "kit": ("Canon 7D Mk II + 100-400mm II", "Nikon D500 + 200-500mm",
                    "Canon 80D + 70-300mm", "Sony A6400 + 70-350mm", "Nikon D7200 + 150-600mm"),
            "label": ("Movements", "Cargo", "Diversions", "Military", "Biz Jets",
                      "Trip Reports", "Rare Visitors"),
        },
        families=(
            _f("dateheader", HEADER, 0.8, (_OLD, "{weekday}, {date_dmy}")),
            _f("special", HEADER, 0.12, (_OLD, "✈️ Today's special: {special}")),
            _f("shot", MIDDLE, 0.35, (_OLD, "📷 {shot} © {author}"), count=3),
            _f("location", MIDDLE, 0.15, (_OLD, "Taken from {location}.")),
            _f("kit", FOOTER, 0.2, (_OLD, "Kit: {kit}")),
            _f("labels", FOOTER, 0.35, (_OLD, "Labels: {label_list}")),
            _f("postfoot", FOOTER, 0.6, (_OLD, "Posted by {author} at {time}"),
               ("2019-05-01", "{author} · {time} · Share to Twitter · Share to Facebook")),
            _f("rights", FOOTER, 0.3,
               (_OLD, "All photos are © the photographer named. Please ask before you use "
                "them anywhere else.")),
            _f("viewing", FOOTER, 0.25,
               (_OLD, "The viewing mound on Long Lane is open daily from 7am to dusk. Parking "
                "is £5 for four hours."),
               ("2019-04-01", "The viewing mound on Long Lane is open daily from 7am to dusk. "
                "Parking is £6 for four hours."),
               ("2020-03-24", "The viewing mound and its car park are closed during lockdown. "
                "Please don't park on the perimeter roads."),
               ("2020-07-04", "The viewing mound has reopened. The car park is now pay by app "
                "only.")),
            _f("scanner", FOOTER, 0.15,
               (_OLD, "Frequencies: Tower 118.575 · Approach 121.350 · Ground 121.850 · ATIS "
                "128.175")),
            _f("airportwatch", FOOTER, 0.15,
               (_OLD, "We support Airport Watch. Report anything suspicious near the airfield "
                "to the police on 101.")),
            _f("social", FOOTER, 0.25,
               (_OLD, "See more of our photos on Flickr: flickr.com/thresholdspotters"),
               ("2018-06-01", "Follow @thresholdspotters on Instagram for the day's "
                "movements.")),
        ),
    )


def kennet_style() -> PublisherStyle:
    """A rowing club's news (England): a posted line turned a name with the writer's club
    post, a category kicker, a river-flag line, crew lists by seat, photo credits, a results
    box (heading, an event result, a pointer to the full results), a Learn to Row fee
    raised then postponed and restarted in small boats in 2020, a safety rule, the club
    regatta cancelled in 2020, the affiliation line."""
    return PublisherStyle(
        domain="kennetreachrc.org.uk", site="Kennet Reach Rowing Club", base_size=240,
        subdomains=(("www.", 100),),
        sections=("club-news", "racing", "juniors", "masters", "learn-to-row", "regatta"),
        n_authors=4, url_path="/news/{yyyy}/{mm}/{slug}/",
        pools={
            "beat": ("Club Captain", "Women's Captain", "Men's Captain", "Junior Coordinator",
                     "Masters Captain", "Press Officer"),
            "cat": ("Racing", "Juniors", "Masters", "Learn to Row", "Club News", "Regatta",
                    "Coaching"),
            "flag": ("🟢 Green: all crews may boat", "🟠 Amber: no novices or single sculls",
                     "🔴 Red: no boating", "🟢 Green: normal boating, watch for debris"),
            "crew": ("Bow: Hannah Lyle · 2: Priya Nair · 3: Kate Rowe · Stroke: Jo Evans · "
                     "Cox: Ben Lam",
                     "Bow: Tom Fairley · 2: Ollie Grant · 3: Sam Okoro · Stroke: Dan Pryce · "
                     "Cox: Millie Shaw",
                     "Bow: Ruth Carver · 2: Gill Amos · 3: Deb Hynes · Stroke: Sue Marsh · "
                     "Cox: Pete Lowe",
                     "Bow: Isla Ferris · 2: Maya Cole · 3: Leah Brandt · Stroke: Zara Quinn · "
                     "Cox: Alfie Moss",
                     "Bow: Nick Haley · 2: Raj Mehta · 3: Chris Dunne · Stroke: Mark Ellery · "
                     "Cox: Anna Pike"),
            "photog": ("Mike Dunn", "Sarah Lyle", "club archive", "RegattaPix",
                       "Andy Forsyth"),
            "result": ("W MasC 4x: won the final by two lengths",
                       "J16 1x: lost the semi-final by a canvas",
                       "Op 8+: third fastest in division 2, 6:41",
                       "W Nov 4+: beaten finalists by three-quarters of a length",
                       "MasE 2x: won by a distance"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "Posted on {date_dmy} by {author}"),
               ("2019-03-01", "{date_dmy} · {author}, {author_beat}")),
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("flag", HEADER, 0.1, (_OLD, "River status: {flag}")),
            _f("crew", MIDDLE, 0.15, (_OLD, "{crew}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "📸 Photo: {photog}"), count=2),
            _f("results-head", FOOTER, 0.2, (_OLD, "Results")),
            _f("results-line", FOOTER, 0.19, (_OLD, "{result}")),
            _f("results-link", FOOTER, 0.16,
               (_OLD, "Full results are on the regatta's own website.")),
            _f("ltr", FOOTER, 0.3,
               (_OLD, "Learn to Row courses run from April to September: six Saturday sessions "
                "for £120, with temporary membership included."),
               ("2019-01-01", "Learn to Row courses run from April to September: six Saturday "
                "sessions for £135, with temporary membership included."),
               ("2020-03-20", "Learn to Row is postponed until British Rowing says club rowing "
                "can restart."),
               ("2020-07-01", "Learn to Row is back in single sculls and doubles only, in small "
                "groups with their own coach.")),
            _f("safety", FOOTER, 0.2,
               (_OLD, "Everyone who boats must have passed the club swim test and read our "
                "safety plan. Check the river flag before every outing.")),
            _f("regatta", FOOTER, 0.2,
               (_OLD, "🏆 Kennet Reach Regatta is on the second Saturday of July. Entries open "
                "in May through British Rowing's online entry system."),
               ("2020-04-01", "🏆 Kennet Reach Regatta 2020 is cancelled. We hope to see you on "
                "the river next July.")),
            _f("affiliation", FOOTER, 0.4,
               (_OLD, "Kennet Reach Rowing Club is affiliated to British Rowing and is a "
                "registered Community Amateur Sports Club.")),
        ),
    )


def eastbrook_style() -> PublisherStyle:
    """A community food bank's news (Ontario): a long date turned a posted line with the
    writer, a category kicker, a most-needed-items insert and a households-served line,
    opening hours turned hampers at the door and then booked pickups in 2020, a donation
    line, drop-off bins, a volunteering line with students' community hours, a sponsor
    thank-you, a provincial network renamed in 2019, the charity number, the address."""
    return PublisherStyle(
        domain="eastbrookfoodbank.ca", site="Eastbrook Community Food Bank", base_size=200,
        subdomains=(("www.", 100),),
        sections=("news", "donate", "volunteer", "programs", "events"),
        n_authors=3, url_path="/news/{slug}/",
        pools={
            "cat": ("Food Drives", "Volunteer News", "Programs", "Community",
                    "Annual Report", "Events"),
            "needed": ("peanut butter", "canned fish", "pasta sauce", "baby formula",
                       "diapers (sizes 4–6)", "cereal", "menstrual products",
                       "canned fruit"),
            "sponsor": ("the Eastbrook Lions Club", "St. Mark's Anglican Church",
                        "Vanderlaan Family Farms", "Northway Credit Union",
                        "Eastbrook Secondary School", "the Eastbrook Firefighters' "
                        "Association"),
        },
        families=(
            _f("posted", HEADER, 0.75, (_OLD, "{date_long}"),
               ("2018-09-01", "Posted {date_long} by {author}")),
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("needed", MIDDLE, 0.2, (_OLD, "🥫 Most needed this week: {needed_list}")),
            _f("served", MIDDLE, 0.12, (_OLD, "Last month we served {count} households.")),
            _f("hours", FOOTER, 0.35,
               (_OLD, "Food bank hours: Tuesday and Thursday 10am–2pm, Saturday 9am–noon. "
                "Please bring ID for everyone in your household."),
               ("2020-03-17", "We're handing out pre-packed hampers at the door only. Please "
                "wait in your car or keep two metres apart in line."),
               ("2020-06-08", "Please call 905-555-0176 to book a pickup time. We can't serve "
                "walk-ins for now.")),
            _f("donate", FOOTER, 0.3,
               (_OLD, "Every $1 you give helps us provide $3 worth of food. Donate at "
                "eastbrookfoodbank.ca/donate")),
            _f("dropoff", FOOTER, 0.2,
               (_OLD, "Drop non-perishable food in our bins at local grocery stores and the "
                "fire hall, or bring it to the warehouse during open hours.")),
            _f("volunteer", FOOTER, 0.15,
               (_OLD, "Volunteers must be at least 14. High school students can earn their "
                "community involvement hours with us.")),
            _f("thanks", FOOTER, 0.2, (_OLD, "Thank you to {sponsor} for their support!")),
            _f("network", FOOTER, 0.3,
               (_OLD, "Eastbrook Community Food Bank is a member of the Ontario Association of "
                "Food Banks and Food Banks Canada."),
               ("2019-04-01", "Eastbrook Community Food Bank is a member of Feed Ontario and "
                "Food Banks Canada.")),
            _f("receipts", FOOTER, 0.2,
               (_OLD, "Registered charity no. 87155 5012 RR0001. Tax receipts are issued for "
                "donations of $20 or more.")),
            _f("address", FOOTER, 0.45,
               (_OLD, "Eastbrook Community Food Bank · 18 Mill Street East, Eastbrook, ON · "
                "905-555-0176 · info@eastbrookfoodbank.ca")),
        ),
    )


def heldout16_styles() -> list[PublisherStyle]:
    """The held-back-16 styles, in the order the generator hands them to publishers."""
    return [
        ulla_style(), pishgam_style(), gbedu_style(), gariep_style(), halvorsen_style(),
        carrick_style(), larkspur_style(), hollybank_style(), moonah_style(),
        threshold_style(), kennet_style(), eastbrook_style(),
    ]
