"""The twentieth held-back template set (``held-back-20``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the nineteenth
held-back set (`tests.bench.heldout_templates_19`, written the same day and run once, for the
first time, in the session that had this one written; its misses were not looked at here).
It was written WITHOUT looking at cleanpipe's detection code (``cleanpipe/detect``,
``segment``, ``sign``, ``engine``, ``strip``, ``config``) or the README's detection rules,
before any benchmark run on it, and without shaping any line to pass or to fail a detector:
the families are what real sites of these kinds print, from general knowledge of them. All
wording is original; none is copied from the data, from the tuning styles or from the first
nineteen held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-26):** its first, unseen run (386bfe1) scored 96.21% boilerplate removed
(99.98% content kept); its misses were then studied (not looked at when held-back-21 was
written), so it is no longer unseen. The next unseen set is held-back-21
(`tests.bench.heldout_templates_21`).

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Malayalam-language news portal for
Gulf expatriates (Dubai), an Albanian-language regional news portal (Prizren, Kosovo), a
Gujarati-language farm-market news site (Rajkot), a Somali-language news site (Hargeisa), a
Lao-language provincial news site (Pakse), a county public-health department's restaurant
inspection reports (Oregon), a provincial auction house's sale news (North Yorkshire), a
county agricultural extension office's articles (Iowa), a river navigation trust's
stoppage notices (England), an international aid charity's stories from the field (UK), an
area chamber of commerce's member news (South Carolina) and a small island postal
administration's new stamp issues. None of these kinds, languages or scripts is in an
earlier held-back set.

Variation: dates in several formats and languages (a Malayalam dotted date turned an ISO
date with "UAE time"; an Albanian dotted date turned "Publikuar më ..., ora ..."; a Gujarati
dotted date turned a "last updated" line with an English date and a 12-hour time; a Somali
dotted date with a dash turned "La daabacay:" with an ISO date; a Lao "ວັນທີ ... ເວລາ" date
turned an ISO date with a reading time in Lao; US slashed and long dates with weekdays, British
dates with weekdays, an island issue date gaining its weekday), notices reworded in 2015-2020
(a Malayalam WhatsApp line turned a repatriation-flights line in 2020, a send-your-news line
turned a flood-relief appeal for two months of 2018 and back, an advertising line gaining
VAT from 1 January 2018, a comment counter turned a comment rule, an imprint with a Dubai
phone; an Albanian Facebook line turned Instagram and a COVID-19 line with the 194 number, a
comment counter turned a moderation rule, a copyright line turned a citation rule with a
Prizren phone; Gujarati market-yard notices following a lockdown and reopening in 2020, a
copyright line turned an imprint with Gujarati numerals; a Somali social line turned YouTube
and a COVID-19 line, a comment counter turned a responsibility rule, a copyright line turned
a citation rule; a Lao tip line turned a COVID-19 line with the 166 hotline, an imprint with
Lao numerals; restaurant dining closed, reopened and paused again in 2020; an auction
house's buyer's premium raised twice and its saleroom closed and reopened by appointment in
2020; an extension office's soil-test price raised, its equal-opportunity line lengthened,
its office closed to walk-ins in 2020; essential journeys only on the river in 2020, then
leisure boating again; a fundraising body renamed in July 2016; dues raised and a chamber's
mixers moved online in 2020; an island's packing charge raised and its counter closed and
reopened in 2020), notices that follow a calendar (Diwali closures of the market yard until
Labh Pancham, on the Hindu lunisolar calendar; the cotton support price each kharif season;
a diaspora welcome each July and August, with its own 2020 wording; Lao New Year closures
each April, cancelled in 2020; restaurant licence fees each fiscal year from 1 July, frozen
in 2020; a garden hotline open April to September, email-only in 2020; a winter stoppage
programme each September and boat licence fees each April; emergency appeals that start and
end; Small Business Saturday, the Saturday after US Thanksgiving; Christmas last posting
dates each November), names at the start of lines or just after a label (Malayalam,
Albanian, Gujarati, Somali and Lao reporters, in scripts without capitals too, specialists,
officers and writers with their posts), the article's own title (an island's "first day
covers of ‘...’" line) and other articles' titles (Malayalam, Albanian, Gujarati, Somali and
Lao links), amounts (dirham and riyal rates in rupees, fuel in euros, market prices and
support prices in rupees, shillings, kip, dollars and pounds), inspection scores, lot
estimates and hammer prices, stamp values, lock numbers, phone numbers in seven countries'
formats, multi-line blocks (an auction house's viewing times, an extension office's contact,
a health department's and a chamber's about blocks, a stamp issue's technical details),
mid-body inserts (some up to two or three times), bare lines (Malayalam, Albanian, Gujarati,
Somali and Lao ad labels, kickers, a language switch, block headings), Malayalam, Gujarati
and Lao scripts with Gujarati and Lao numerals, Albanian and Somali Latin, symbols and emoji
where such sites use them, and families in only 3-6% of articles (a Malayalam breaking-news
kicker, an Albanian latest-news kicker, a Somali correction, a withdrawn lot, a chamber
correction and a sold-out sheet) beside ones in nearly all. Renamed variants of a style keep
the lines that do not name the site, so sister sites share a network footer (an
auctioneers' society, an extension system line, a navigation authorities' association, an
aid network, a chamber accreditation, a stamp numbering line).
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
# Diwali (Lakshmi Puja) and Labh Pancham, when Gujarat's market yards reopen after the
# Diwali holiday, by the Hindu lunisolar calendar.
DIWALI = {2015: ("2015-11-11", "2015-11-16"), 2016: ("2016-10-30", "2016-11-04"),
          2017: ("2017-10-19", "2017-10-25"), 2018: ("2018-11-07", "2018-11-12"),
          2019: ("2019-10-27", "2019-11-01"), 2020: ("2020-11-14", "2020-11-19")}
# India's minimum support price for medium-staple cotton, per quintal, by kharif season:
# (the day the site printed it, the season, the price).
COTTON_MSP = (("2015-06-24", "2015-16", "₹3,800"), ("2016-06-01", "2016-17", "₹3,860"),
              ("2017-06-07", "2017-18", "₹4,020"), ("2018-07-04", "2018-19", "₹5,150"),
              ("2019-07-03", "2019-20", "₹5,255"), ("2020-06-01", "2020-21", "₹5,515"))
# A county's full-service restaurant licence fee, by fiscal year (1 July to 30 June).
LICENCE_FEES = {2015: "$525", 2016: "$540", 2017: "$560", 2018: "$580", 2019: "$605"}
# A river navigation's 12-month licence for a 60 ft boat, from 1 April of each year.
BOAT_LICENCE = {2015: "£702", 2016: "£716", 2017: "£731", 2018: "£749", 2019: "£768",
                2020: "£786"}
# Small Business Saturday: the Saturday after US Thanksgiving (the fourth Thursday of
# November).
SMALL_BUSINESS_SATURDAY = {2015: "2015-11-28", 2016: "2016-11-26", 2017: "2017-11-25",
                           2018: "2018-11-24", 2019: "2019-11-30", 2020: "2020-11-28"}


def kairali_style() -> PublisherStyle:
    """A Malayalam-language news portal for Gulf expatriates (Dubai): a rare breaking-news
    kicker, a section kicker, a dirham and riyal rate strip in rupees, a dotted date turned
    an ISO date in UAE time, a "ലേഖകൻ:" byline turned name-first with a Gulf city, "പരസ്യം",
    "ഇതുകൂടി വായിക്കൂ" and "ചിത്രം:" inserts, a tags line, a share prompt, a WhatsApp line
    turned a repatriation flights line in 2020, a send-your-news line turned a flood-relief
    appeal in August 2018 and back, an advertising line gaining VAT in 2018, a comment
    counter turned a comment rule, the copyright line turned an imprint with a Dubai
    phone."""
    news = ("നിങ്ങളുടെ നാട്ടിലെയും ഗൾഫിലെയും വാർത്തകൾ news@pravasikairali.com എന്ന "
            "വിലാസത്തിലേക്ക് അയയ്ക്കൂ")
    return PublisherStyle(
        domain="pravasikairali.com", site="പ്രവാസി കൈരളി", base_size=900,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("gulf", "kerala", "india", "pravasam", "sports", "business"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "vibhagam": ("ഗൾഫ്", "കേരളം", "ഇന്ത്യ", "പ്രവാസം", "സ്പോർട്സ്", "ബിസിനസ്", "യുഎഇ"),
            "nirakku": ("💱 1 ദിർഹം = ₹17.31 · 1 റിയാൽ = ₹16.95",
                        "💱 1 ദിർഹം = ₹18.27 · 1 റിയാൽ = ₹17.89",
                        "💱 1 ദിർഹം = ₹17.62 · 1 റിയാൽ = ₹17.25",
                        "💱 1 ദിർഹം = ₹19.04 · 1 റിയാൽ = ₹18.65",
                        "💱 1 ദിർഹം = ₹19.36 · 1 റിയാൽ = ₹18.96",
                        "💱 1 ദിർഹം = ₹20.12 · 1 റിയാൽ = ₹19.70"),
            "lekhakan": ("കെ.പി. അനിൽകുമാർ", "ഷബ്ന നസീർ", "ടി.എം. ജോസഫ്", "റസിയ ബീവി",
                         "എം.എസ്. ഹരികൃഷ്ണൻ", "ഫൈസൽ അഹമ്മദ്"),
            "nagaram": ("ദുബായ്", "അബുദാബി", "ഷാർജ", "റിയാദ്", "ദോഹ", "മസ്കത്ത്"),
            "chithram": ("പ്രവാസി കൈരളി", "ഫയൽ ചിത്രം", "WAM", "സോഷ്യൽ മീഡിയ", "പ്രതീകാത്മക ചിത്രം"),
            "tag": ("യുഎഇ", "സൗദി അറേബ്യ", "പ്രവാസി", "വിമാന ടിക്കറ്റ്", "വീസ", "ഖത്തർ", "കേരളം"),
        },
        families=(
            _f("breaking", HEADER, 0.04, (_OLD, "🔴 ബ്രേക്കിങ് ന്യൂസ്")),
            _f("vibhagam", HEADER, 0.3, (_OLD, "{vibhagam}")),
            _f("nirakku", HEADER, 0.2, (_OLD, "{nirakku}")),
            _f("samayam", HEADER, 0.85, (_OLD, "പ്രസിദ്ധീകരിച്ചത്: {date_de} {time}"),
               ("2019-03-01", "അപ്ഡേറ്റ് ചെയ്തത്: {date_iso} {time} (യുഎഇ സമയം)")),
            _f("lekhakan", HEADER, 0.6, (_OLD, "ലേഖകൻ: {lekhakan}"),
               ("2018-11-01", "{lekhakan}, {nagaram}")),
            _f("parasyam", MIDDLE, 0.45, (_OLD, "പരസ്യം"), count=2),
            _f("vayikku", MIDDLE, 0.4, (_OLD, "ഇതുകൂടി വായിക്കൂ: {other_title}"), count=2),
            _f("chithram", MIDDLE, 0.3, (_OLD, "ചിത്രം: {chithram}")),
            _f("tag", FOOTER, 0.3, (_OLD, "ടാഗുകൾ: {tag_list}")),
            _f("share", FOOTER, 0.3, (_OLD, "ഈ വാർത്ത സുഹൃത്തുക്കളുമായി പങ്കുവയ്ക്കൂ")),
            _f("whatsapp", FOOTER, 0.25,
               (_OLD, "ഗൾഫ് വാർത്തകൾ വാട്സാപ്പിൽ ലഭിക്കാൻ ഞങ്ങളുടെ ഗ്രൂപ്പിൽ ചേരൂ"),
               ("2020-05-07", "✈️ വന്ദേ ഭാരത് മിഷൻ: നാട്ടിലേക്കു മടങ്ങാൻ ആഗ്രഹിക്കുന്നവർ ഇന്ത്യൻ "
                "എംബസിയുടെ വെബ്സൈറ്റിൽ രജിസ്റ്റർ ചെയ്യണം")),
            _f("appeal", FOOTER, 0.2, (_OLD, news),
               ("2018-08-16", "🙏 പ്രളയ ദുരിതാശ്വാസം: മുഖ്യമന്ത്രിയുടെ ദുരിതാശ്വാസ നിധിയിലേക്ക് "
                "(CMDRF) നിങ്ങളുടെ സംഭാവന നൽകൂ"),
               ("2018-10-15", news)),
            _f("parasya-nirakku", FOOTER, 0.15,
               (_OLD, "പരസ്യങ്ങൾക്ക് ബന്ധപ്പെടുക: +971 4 555 0143"),
               ("2018-01-01", "പരസ്യങ്ങൾക്ക് ബന്ധപ്പെടുക: +971 4 555 0143 · നിരക്കുകൾക്ക് 5% "
                "വാറ്റ് ബാധകം")),
            _f("abhiprayam", FOOTER, 0.3, (_OLD, "അഭിപ്രായങ്ങൾ ({count})"),
               ("2019-06-01", "വായനക്കാരുടെ അഭിപ്രായങ്ങൾ അവരുടേതു മാത്രമാണ്. അധിക്ഷേപകരമായ "
                "പരാമർശങ്ങൾ നീക്കം ചെയ്യും.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} പ്രവാസി കൈരളി. എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം."),
               ("2018-06-01", "പ്രവാസി കൈരളി മീഡിയ · ദുബായ് മീഡിയ സിറ്റി, യുഎഇ · +971 4 555 0143")),
        ),
    )


def _mergata(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        welcome = ("Bashkatdhetarët që vijnë në Kosovë këtë verë duhet të respektojnë masat "
                   "kundër COVID-19: maska, distanca dhe higjiena e duarve.")
    else:
        welcome = (f"Mirë se erdhët në vendlindje, bashkatdhetarë! Udhëtim të mbarë dhe "
                   f"pushime të këndshme në verën {y}.")
    return ((f"{y}-07-01", "🇽🇰 " + welcome), (f"{y}-09-01", _DIASPORA))


_DIASPORA = "Lajmet për mërgimtarët i gjeni në rubrikën Diaspora."


def prizren_style() -> PublisherStyle:
    """An Albanian-language regional news portal (Prizren, Kosovo): a language switch, a
    rare latest-news kicker, a section kicker, a fuel-price strip in euros, a dotted date
    turned "Publikuar më ..., ora", a "Shkruan:" byline turned name-first with the site,
    "Reklamë", "Lexo edhe" and "Foto:" inserts (the photo up to twice), a source line, a tags
    line, a diaspora welcome each July and August, Facebook turned Instagram and a COVID-19
    line, a comment counter turned a moderation rule, the copyright line turned a citation
    rule with a Prizren phone."""
    return PublisherStyle(
        domain="zeriprizrenit.com", site="Zëri i Prizrenit", base_size=780,
        subdomains=(("www.", 60), ("", 40)),
        sections=("lajme", "politike", "ekonomi", "sport", "kulture", "diaspora"),
        n_authors=6, url_path="/lajme/{n}/{slug}",
        pools={
            "rubrika": ("Lajme", "Politikë", "Ekonomi", "Sport", "Kulturë", "Rajoni",
                        "Diaspora"),
            "karburant": ("⛽ Nafta 1.09 € · Benzina 1.14 € · Gazi 0.58 €",
                          "⛽ Nafta 0.96 € · Benzina 1.03 € · Gazi 0.52 €",
                          "⛽ Nafta 1.17 € · Benzina 1.21 € · Gazi 0.61 €",
                          "⛽ Nafta 1.24 € · Benzina 1.27 € · Gazi 0.63 €",
                          "⛽ Nafta 0.92 € · Benzina 0.99 € · Gazi 0.49 €"),
            "gazetar": ("Arbër Krasniqi", "Blerta Gashi", "Fatos Berisha", "Vjosa Hoxha",
                        "Driton Morina", "Edona Bytyqi"),
            "foto": ("Zëri i Prizrenit", "arkivi", "KosovaPress", "rrjetet sociale",
                     "Komuna e Prizrenit"),
            "burimi": ("KosovaPress", "Policia e Kosovës", "Komuna e Prizrenit", "IKShPK",
                       "Ministria e Shëndetësisë", "Agjencia Kosovare e Statistikave"),
            "tag": ("Prizren", "Dragash", "Suharekë", "Malësia e Sharrit", "diaspora", "turizëm",
                    "rrugët", "shëndetësi"),
        },
        families=(
            _f("gjuha", HEADER, 0.25, (_OLD, "Shqip | Türkçe | Srpski")),
            _f("fundit", HEADER, 0.05, (_OLD, "⚡ LAJMI I FUNDIT")),
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("karburant", HEADER, 0.15, (_OLD, "{karburant}")),
            _f("data", HEADER, 0.85, (_OLD, "{date_de} {time}"),
               ("2019-02-01", "Publikuar më {date_de}, ora {time}")),
            _f("autori", HEADER, 0.6, (_OLD, "Shkruan: {gazetar}"),
               ("2018-04-01", "{gazetar} | Zëri i Prizrenit")),
            _f("reklame", MIDDLE, 0.45, (_OLD, "Reklamë"), count=2),
            _f("lexo", MIDDLE, 0.4, (_OLD, "Lexo edhe: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}"), count=2),
            _f("burimi", FOOTER, 0.25, (_OLD, "Burimi: {burimi}")),
            _f("etiketa", FOOTER, 0.3, (_OLD, "Etiketa: {tag_list}")),
            _f("mergata", FOOTER, 0.25, (_OLD, _DIASPORA),
               *(wording for y in YEARS for wording in _mergata(y))),
            _f("rrjetet", FOOTER, 0.2, (_OLD, "Na ndiqni në Facebook dhe Twitter."),
               ("2018-09-01", "📸 Na ndiqni në Instagram: @zeriprizrenit"),
               ("2020-03-13", "😷 Qëndroni në shtëpi. Nëse keni temperaturë dhe kollë, "
                "thirrni numrin 194.")),
            _f("komentet", FOOTER, 0.3, (_OLD, "Komente ({count})"),
               ("2019-05-01", "Komentet janë përgjegjësi e autorëve të tyre. Komentet fyese "
                "dhe gjuha e urrejtjes do të fshihen.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Zëri i Prizrenit. Të gjitha të drejtat e rezervuara."),
               ("2018-12-01", "Ndalohet marrja e përmbajtjes pa cekur burimin. Zëri i Prizrenit "
                "· Sheshi Shadërvan, Prizren · 029 555 014")),
        ),
    )


_WHATSAPP = "રોજના બજાર ભાવ WhatsApp પર મેળવવા અમારી સેવામાં જોડાઓ."
_REOPENED = ("હરાજી ફરી શરૂ: ખેડૂતોએ અગાઉથી નોંધણી કરાવીને જ જણસી લઈને આવવું. માસ્ક "
             "ફરજિયાત છે.")


def _dmy(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _yard() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _WHATSAPP)]
    for y in YEARS:
        diwali, pancham = (dt.date.fromisoformat(d) for d in DIWALI[y])
        if y == 2020:
            out += [("2020-03-25", "લોકડાઉનને કારણે માર્કેટ યાર્ડમાં હરાજી બંધ છે. ખેડૂતોએ જણસી "
                     "લઈને ન આવવું."), ("2020-04-20", _REOPENED)]
        notice = (f"દિવાળી વેકેશન: માર્કેટ યાર્ડ {_dmy(diwali - dt.timedelta(days=2))} થી બંધ "
                  f"રહેશે; લાભ પાંચમ, {_dmy(pancham)} થી હરાજી ફરી શરૂ થશે.")
        out += [((diwali - dt.timedelta(days=10)).isoformat(), notice),
                (pancham.isoformat(), _REOPENED if y == 2020 else _WHATSAPP)]
    return tuple(out)


def _msp() -> tuple[tuple[str, str], ...]:
    def line(season: str, price: str) -> str:
        return f"ટેકાના ભાવ {season}: કપાસ (મીડિયમ સ્ટેપલ) {price} પ્રતિ ક્વિન્ટલ"

    return ((_OLD, line("2014-15", "₹3,750")),
            *((day, line(season, price)) for day, season, price in COTTON_MSP))


def bazar_style() -> PublisherStyle:
    """A Gujarati-language farm-market news site (Rajkot): a section kicker, a market-yard
    price strip, a dotted date turned a last-updated line, a "સંવાદદાતા:" byline turned
    name-first with the city, "જાહેરાત", "આ પણ વાંચો" and "તસવીર:" inserts, a price
    disclaimer, market-yard notices (Diwali closures until Labh Pancham, a lockdown and
    reopening in 2020), the cotton support price each kharif season, a tags line, a share
    prompt, the copyright line turned an imprint with Gujarati numerals."""
    return PublisherStyle(
        domain="bazarsamachar.in", site="બજાર સમાચાર", base_size=670,
        subdomains=(("www.", 80), ("", 20)),
        sections=("market-yard", "kapas", "magfali", "khetivadi", "havaman", "sharebajar"),
        n_authors=6, url_path="/market/{n}",
        pools={
            "vibhag": ("માર્કેટ યાર્ડ", "કપાસ", "મગફળી", "જીરું", "હવામાન", "ખેતીવાડી",
                       "શેરબજાર"),
            "bhav": ("🌾 રાજકોટ યાર્ડ: કપાસ ₹815–945 · મગફળી ₹760–910 (20 કિલોના ભાવ)",
                     "🌾 રાજકોટ યાર્ડ: કપાસ ₹905–1,080 · મગફળી ₹820–985 (20 કિલોના ભાવ)",
                     "🌾 રાજકોટ યાર્ડ: કપાસ ₹860–1,005 · મગફળી ₹780–930 (20 કિલોના ભાવ)",
                     "🌾 રાજકોટ યાર્ડ: કપાસ ₹1,010–1,160 · મગફળી ₹850–1,020 (20 કિલોના ભાવ)",
                     "🌾 રાજકોટ યાર્ડ: કપાસ ₹995–1,125 · મગફળી ₹900–1,065 (20 કિલોના ભાવ)"),
            "sanvaddata": ("ભાવેશ પટેલ", "કિંજલ ઠક્કર", "હિતેશ જાડેજા", "નિરાલી મહેતા",
                           "જયેશ સોલંકી", "રેખા ગોહિલ"),
            "tasvir": ("બજાર સમાચાર", "ફાઇલ તસવીર", "પ્રતીકાત્મક તસવીર", "સોશિયલ મીડિયા",
                       "માર્કેટ યાર્ડ"),
            "tag": ("રાજકોટ", "કપાસ", "મગફળી", "ચોમાસું", "ખેડૂત", "જીરું", "ગોંડલ"),
        },
        families=(
            _f("vibhag", HEADER, 0.3, (_OLD, "{vibhag}")),
            _f("bhav", HEADER, 0.25, (_OLD, "{bhav}")),
            _f("samay", HEADER, 0.9, (_OLD, "{date_de} {time}"),
               ("2019-04-01", "છેલ્લું અપડેટ: {date_dmy}, {time12}")),
            _f("lekhak", HEADER, 0.6, (_OLD, "સંવાદદાતા: {sanvaddata}"),
               ("2018-07-01", "{sanvaddata}, રાજકોટ")),
            _f("jaherat", MIDDLE, 0.45, (_OLD, "જાહેરાત"), count=2),
            _f("vancho", MIDDLE, 0.4, (_OLD, "આ પણ વાંચો: {other_title}"), count=2),
            _f("tasvir", MIDDLE, 0.3, (_OLD, "તસવીર: {tasvir}")),
            _f("nondh", FOOTER, 0.3,
               (_OLD, "નોંધ: બજાર ભાવ યાર્ડ અને વેપારીઓ પાસેથી મળેલી માહિતી પર આધારિત છે. "
                "ખરીદ-વેચાણ પહેલાં ખાતરી કરી લેવી.")),
            _f("yard", FOOTER, 0.3, *_yard()),
            _f("msp", FOOTER, 0.2, *_msp()),
            _f("tags", FOOTER, 0.3, (_OLD, "ટૅગ્સ: {tag_list}")),
            _f("share", FOOTER, 0.3, (_OLD, "આ સમાચાર મિત્રો સાથે શેર કરો")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} બજાર સમાચાર. સર્વાધિકાર સુરક્ષિત."),
               ("2018-08-01", "બજાર સમાચાર · યાજ્ઞિક રોડ, રાજકોટ – ૩૬૦૦૦૧ · ફોન: ૦૨૮૧ ૨૫૫ ૦૧૪૩")),
        ),
    )


def hargeysa_style() -> PublisherStyle:
    """A Somali-language news site (Hargeisa): a section kicker, a shilling exchange strip,
    a dotted date with a dash turned "La daabacay:" with an ISO date, a "Weriye:" byline
    turned name-first with the site, "Xayeysiis", "Akhri sidoo kale" and "Sawir:" inserts, a
    source line, a tags line, a share prompt, a social line turned YouTube and a COVID-19
    line, a comment counter turned a responsibility rule, a rare correction, an
    advertising phone, the copyright line turned a citation rule."""
    return PublisherStyle(
        domain="codkahargeysa.com", site="Codka Hargeysa", base_size=600,
        subdomains=(("www.", 75), ("", 25)),
        sections=("warar", "siyaasad", "dhaqaale", "ciyaaraha", "caafimaad", "qurbajoog"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "qayb": ("Warar", "Siyaasad", "Dhaqaale", "Ciyaaraha", "Caafimaad", "Waxbarasho",
                     "Qurbajoogta"),
            "sarif": ("💵 Sarifka maanta: 1 USD = 6,750 SLSH",
                      "💵 Sarifka maanta: 1 USD = 7,200 SLSH",
                      "💵 Sarifka maanta: 1 USD = 8,100 SLSH",
                      "💵 Sarifka maanta: 1 USD = 8,550 SLSH",
                      "💵 Sarifka maanta: 1 USD = 8,400 SLSH"),
            "weriye": ("Cabdiraxmaan Xuseen Faarax", "Hodan Maxamed Cali", "Axmed Jaamac Warsame",
                       "Sahra Cabdi Yuusuf", "Maxamuud Aadan Nuur", "Ifraax Cumar Dualeh"),
            "sawir": ("Codka Hargeysa", "Kaydka", "Baraha bulshada", "Madaxtooyada",
                      "Wasaaradda Warfaafinta"),
            "ilo": ("Wasaaradda Warfaafinta", "Booliska", "Wasaaradda Caafimaadka",
                    "Hay'adda Biyaha Hargeysa", "Golaha Wakiilada", "Dekedda Berbera"),
            "tag": ("Hargeysa", "Berbera", "Burco", "roob", "abaar", "doorashada", "xoolaha"),
        },
        families=(
            _f("qayb", HEADER, 0.3, (_OLD, "{qayb}")),
            _f("sarif", HEADER, 0.15, (_OLD, "{sarif}")),
            _f("taariikh", HEADER, 0.85, (_OLD, "{date_de} - {time}"),
               ("2019-01-15", "La daabacay: {date_iso} | {time}")),
            _f("weriye", HEADER, 0.6, (_OLD, "Weriye: {weriye}"),
               ("2018-06-01", "{weriye} | Codka Hargeysa")),
            _f("xayeysiis", MIDDLE, 0.45, (_OLD, "Xayeysiis"), count=3),
            _f("akhri", MIDDLE, 0.35, (_OLD, "Akhri sidoo kale: {other_title}"), count=2),
            _f("sawir", MIDDLE, 0.3, (_OLD, "Sawir: {sawir}")),
            _f("ilo", FOOTER, 0.25, (_OLD, "Ilo: {ilo}")),
            _f("tags", FOOTER, 0.3, (_OLD, "Tags: {tag_list}")),
            _f("lawadaag", FOOTER, 0.3, (_OLD, "La wadaag saaxiibbadaa")),
            _f("youtube", FOOTER, 0.25,
               (_OLD, "Nagala soco Facebook iyo Twitter si aad u hesho wararkii ugu dambeeyay."),
               ("2019-02-01", "📺 Ka daawo warkayaga muuqaalka ah kanaalkayaga YouTube-ka."),
               ("2020-03-19", "😷 Ka hortag COVID-19: gacmaha si joogto ah u dhaq, kana fogow "
                "isu imaatinka.")),
            _f("faallo", FOOTER, 0.3, (_OLD, "Faallooyin ({count})"),
               ("2019-09-01", "Faallooyinka waxaa mas'uul ka ah qofka qoray. Faallooyinka "
                "cayda ah waa la tirtirayaa.")),
            _f("sixitaan", FOOTER, 0.05,
               (_OLD, "Sixitaan: qoraalkan waxaa lagu saxay magac si khaldan loo qoray.")),
            _f("xayeysiis-tel", FOOTER, 0.15,
               (_OLD, "Wixii xayeysiis ah kala xiriir: +252 63 455 0143")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Codka Hargeysa. Xuquuqda oo dhan way dhowran tahay."),
               ("2018-10-01", "Lama oggola in qoraallada la qaato iyadoon laga soo xigan Codka "
                "Hargeysa.")),
        ),
    )


def _pimai(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        text = ("ປີນີ້ງົດການສະເຫຼີມສະຫຼອງບຸນປີໃໝ່ລາວ ເພື່ອປ້ອງກັນການແຜ່ລະບາດຂອງພະຍາດໂຄວິດ-19")
    else:
        text = f"🎉 ສະບາຍດີປີໃໝ່ລາວ! ຫ້ອງການຂອງພວກເຮົາປິດບໍລິການແຕ່ວັນທີ 14 ຫາ 16 ເມສາ {y}"
    return ((f"{y}-04-10", text), (f"{y}-04-17", _FOLLOW))


_FOLLOW = "ຕິດຕາມຂ່າວສານໃໝ່ໆໄດ້ທາງເພຈ Facebook ຂອງພວກເຮົາ"


def champasak_style() -> PublisherStyle:
    """A Lao-language provincial news site (Pakse): a section kicker, a kip exchange strip,
    a "ວັນທີ ... ເວລາ" date turned an ISO date with a reading time, a "ໂດຍ:" byline turned
    name-first "... ລາຍງານ", "ໂຄສະນາ", "ອ່ານເພີ່ມເຕີມ" and "ພາບ:" inserts, a source line, a
    tags line, a like-and-share prompt, a Facebook line turned a Lao New Year closure every
    April (cancelled in 2020), a tip line turned a COVID-19 line with the 166 hotline, a
    comment counter, the copyright line turned an imprint with Lao numerals."""
    return PublisherStyle(
        domain="champasaknews.la", site="ຂ່າວຈຳປາສັກ", base_size=540,
        subdomains=(("www.", 85), ("", 15)),
        sections=("local", "world", "economy", "sport", "society", "tourism"),
        n_authors=6, url_path="/news/{n}",
        pools={
            "muat": ("ຂ່າວພາຍໃນ", "ຕ່າງປະເທດ", "ເສດຖະກິດ", "ກິລາ", "ສັງຄົມ", "ທ່ອງທ່ຽວ",
                     "ສຸຂະພາບ"),
            "attra": ("💱 1 USD = 8,120 ກີບ · 1 THB = 240 ກີບ",
                      "💱 1 USD = 8,150 ກີບ · 1 THB = 232 ກີບ",
                      "💱 1 USD = 8,300 ກີບ · 1 THB = 245 ກີບ",
                      "💱 1 USD = 8,450 ກີບ · 1 THB = 262 ກີບ",
                      "💱 1 USD = 8,750 ກີບ · 1 THB = 282 ກີບ",
                      "💱 1 USD = 9,100 ກີບ · 1 THB = 290 ກີບ"),
            "nakkhao": ("ສົມພອນ ແກ້ວມະນີ", "ບົວສອນ ພົມມະຈັນ", "ຄຳແສງ ວົງສະຫວັນ", "ວັນນາ ສີສຸວັນ",
                        "ອານຸສອນ ພັນທະວົງ", "ດາວເຮືອງ ສຸລິຍະ"),
            "phap": ("ຂ່າວຈຳປາສັກ", "ເຟສບຸກ", "ຂປລ", "ແຂວງຈຳປາສັກ", "ພາບປະກອບ"),
            "laeng": ("ຂປລ", "ວຽງຈັນໃໝ່", "ປະເທດລາວ", "ແຂວງຈຳປາສັກ", "ກະຊວງສາທາລະນະສຸກ",
                      "Xinhua"),
            "tag": ("ຈຳປາສັກ", "ປາກເຊ", "ວັດພູ", "ສີພັນດອນ", "ກາເຟ", "ທ່ອງທ່ຽວ", "ນ້ຳຖ້ວມ"),
        },
        families=(
            _f("muat", HEADER, 0.3, (_OLD, "{muat}")),
            _f("attra", HEADER, 0.15, (_OLD, "{attra}")),
            _f("wanthi", HEADER, 0.9, (_OLD, "ວັນທີ {date_de} ເວລາ {time}"),
               ("2019-06-01", "ເຜີຍແຜ່: {date_iso} · ອ່ານ {read_min} ນາທີ")),
            _f("doy", HEADER, 0.6, (_OLD, "ໂດຍ: {nakkhao}"),
               ("2018-08-01", "{nakkhao} ລາຍງານ")),
            _f("khosana", MIDDLE, 0.45, (_OLD, "ໂຄສະນາ"), count=2),
            _f("anto", MIDDLE, 0.35, (_OLD, "ອ່ານເພີ່ມເຕີມ: {other_title}"), count=2),
            _f("phap", MIDDLE, 0.3, (_OLD, "ພາບ: {phap}")),
            _f("laeng", FOOTER, 0.25, (_OLD, "ແຫຼ່ງຂ່າວ: {laeng}")),
            _f("tag", FOOTER, 0.3, (_OLD, "ແທັກ: {tag_list}")),
            _f("baengpan", FOOTER, 0.3, (_OLD, "ກົດໄລຄ໌ ແລະ ແບ່ງປັນຂ່າວນີ້")),
            _f("pimai", FOOTER, 0.25, (_OLD, _FOLLOW),
               *(wording for y in YEARS for wording in _pimai(y))),
            _f("covid", FOOTER, 0.2, (_OLD, "ມີຂ່າວສານແຈ້ງມາຫາພວກເຮົາ: 020 5555 0143"),
               ("2020-03-24", "😷 ປ້ອງກັນໂຄວິດ-19: ລ້າງມືເລື້ອຍໆ ແລະ ໃສ່ຜ້າອັດປາກ. ສາຍດ່ວນ 166")),
            _f("khuamhen", FOOTER, 0.3, (_OLD, "ຄຳເຫັນ ({count})")),
            _f("copyright", FOOTER, 0.7, (_OLD, "© {year} ຂ່າວຈຳປາສັກ. ສະຫງວນລິຂະສິດ."),
               ("2018-09-01", "ຂ່າວຈຳປາສັກ · ເສັ້ນທາງເລກ ໑໓ ໃຕ້, ນະຄອນປາກເຊ · ໂທ: ໐໓໑ ໒໕໕ ໐໑໔")),
        ),
    )


def _fees() -> tuple[tuple[str, str], ...]:
    def line(y: int, fee: str) -> str:
        return (f"Full-service restaurant licence fees for fiscal year {y}–{(y + 1) % 100:02d}: "
                f"{fee}, due by July 31.")

    return ((_OLD, line(2014, "$510")),
            *((f"{y}-07-01", line(y, fee)) for y, fee in LICENCE_FEES.items()),
            ("2020-07-01", "Licence fees for fiscal year 2020–21 are frozen at last year’s "
             "$605 to help food businesses through COVID-19."))


def aldercounty_style() -> PublisherStyle:
    """A county public-health department's restaurant inspection reports (Oregon): a kind
    kicker, a slashed US date turned a weekday long date with the division, inspection
    scores (up to two), how scores work, a snapshot line, a food-illness line, licence fees
    each fiscal year from 1 July (frozen in 2020), a food-handler line turned takeout-only,
    reopening and a two-week freeze in 2020, a language-assistance line in five scripts, a
    records line, an about block whose population rises, a media line turned a joint
    information center in 2020."""
    return PublisherStyle(
        domain="aldercountyhealth.org", site="Alder County Public Health", base_size=470,
        subdomains=(("www.", 100),),
        sections=("inspections", "advisories", "environmental-health", "news", "clinics"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "kind": ("Restaurant Inspections", "Health Advisory", "Environmental Health",
                     "Public Health News", "Immunizations", "Press Release"),
            "score": ("🍽 Riverside Pho, 214 Main St, Alder City: score 92 (1 priority "
                      "violation, corrected on site)",
                      "🍽 Grange Hall Diner, 88 Depot Rd, Elkhorn: score 100 (no violations)",
                      "🍽 Taqueria La Fogata (food cart), 5th Ave & Oak St, Alder City: score 85 "
                      "(2 priority violations)",
                      "🍽 Harbor Lights Seafood, 12 Bayfront Dr, Kelp Point: score 64 "
                      "(re-inspection required)",
                      "🍽 Cascade Bagel Co., 1700 Hwy 99, Alder City: score 96 (no priority "
                      "violations)",
                      "🍽 Shoreline Middle School cafeteria, 410 Spruce St, Kelp Point: score 98 "
                      "(no violations)"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.85, (_OLD, "Posted {date_slash}"),
               ("2019-07-01", "{weekday}, {date_long} | Environmental Health Division")),
            _f("score", MIDDLE, 0.3, (_OLD, "{score}"), count=2),
            _f("scale", FOOTER, 0.35,
               (_OLD, "How scores work: every inspection starts at 100 points, and points are "
                "taken off for each violation. A score below 70 means a re-inspection within 30 "
                "days.")),
            _f("snapshot", FOOTER, 0.3,
               (_OLD, "An inspection is a snapshot of one day. Conditions may be better or "
                "worse at other times.")),
            _f("illness", FOOTER, 0.2,
               (_OLD, "Think you got sick from something you ate? Report it online or call our "
                "food safety line at 503-555-0119.")),
            _f("fees", FOOTER, 0.15, *_fees()),
            _f("covid", FOOTER, 0.25,
               (_OLD, "Food handler cards can be earned online, in English or Spanish, for "
                "$10."),
               ("2020-03-17", "Under the Governor’s order, restaurants and bars are limited to "
                "takeout and delivery."),
               ("2020-05-15", "Phase 1: restaurants may reopen for dine-in service with six feet "
                "between tables, closing by 10 p.m."),
               ("2020-11-18", "Two-week freeze: indoor dining is paused again. Takeout and "
                "outdoor dining for up to 50 people may continue.")),
            _f("language", FOOTER, 0.2,
               (_OLD, "Language assistance: Español · Tiếng Việt · Русский · 中文 · call "
                "503-555-0100.")),
            _f("records", FOOTER, 0.15,
               (_OLD, "Inspection reports from the past three years can be searched on our "
                "website; older reports are available on request.")),
            _f("about-head", FOOTER, 0.35, (_OLD, "About Alder County Public Health")),
            _f("about", FOOTER, 0.33,
               (_OLD, "Alder County Public Health protects the health of 118,000 residents "
                "through disease prevention, environmental health and clinic services."),
               ("2019-01-01", "Alder County Public Health protects the health of 124,000 "
                "residents through disease prevention, environmental health and clinic "
                "services.")),
            _f("media", FOOTER, 0.3,
               (_OLD, "Media contact: Dana Whitlock, Public Information Officer, "
                "503-555-0176."),
               ("2020-03-10", "Media: all calls go to the COVID-19 Joint Information Center, "
                "503-555-0160.")),
        ),
    )


def thornborough_style() -> PublisherStyle:
    """A provincial auction house's sale news (North Yorkshire): a kind kicker, a posted
    date turned a weekday date with the specialist's post, lot results with estimates and
    hammer prices (up to two), an enlarge prompt, the buyer's premium raised in 2017 and
    2019, online bidding turned an online-only saleroom and viewing by appointment in 2020,
    a viewing block, free valuations, a collection rule, an Artist's Resale Right line, a
    rare withdrawn lot, a catalogue-alerts line, the auctioneers' society line."""
    return PublisherStyle(
        domain="thornboroughpyke.co.uk", site="Thornborough & Pyke", base_size=420,
        subdomains=(("www.", 100),),
        sections=("sale-results", "forthcoming", "valuations", "specialists", "press"),
        n_authors=4, url_path="/news/{slug}",
        pools={
            "kind": ("Sale Results", "Forthcoming Sales", "Valuation Days", "Specialist Focus",
                     "Press Release"),
            "beat": ("Head of Fine Art", "Jewellery and Watches Specialist", "Militaria "
                     "Specialist", "Books and Maps Specialist", "Ceramics Specialist"),
            "lot": ("Lot 214 · A George III silver teapot, London 1784, 14.2oz (estimate "
                    "£600–£800). Hammer: £1,150",
                    "Lot 57 · A Moorcroft Pomegranate pattern vase, c.1915, 24cm (estimate "
                    "£400–£600). Hammer: £520",
                    "Lot 388 · A First World War Military Medal group of three to a Green "
                    "Howards private (estimate £300–£500). Hammer: £720",
                    "Lot 12 · A Victorian 18ct gold and diamond half-hoop ring (estimate "
                    "£800–£1,200). Hammer: £1,450",
                    "Lot 461 · John Speed, a hand-coloured map of the North and East Ridings of "
                    "Yorkshire, 1610 (estimate £1,000–£1,500). Hammer: £1,300",
                    "Lot 133 · A carved oak bookcase by a Yorkshire workshop, 1950s (estimate "
                    "£1,500–£2,000). Hammer: £2,900"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted on {date_dmy}"),
               ("2019-02-01", "{weekday} {date_dmy} · {author}, {author_beat}")),
            _f("lot", MIDDLE, 0.3, (_OLD, "{lot}"), count=2),
            _f("enlarge", MIDDLE, 0.12, (_OLD, "🔍 Click any image to enlarge")),
            _f("premium", FOOTER, 0.3,
               (_OLD, "Buyer’s premium: 20% plus VAT (24% including VAT) on the hammer price."),
               ("2017-01-01", "Buyer’s premium: 22% plus VAT (26.4% including VAT) on the "
                "hammer price."),
               ("2019-01-01", "Buyer’s premium: 24% plus VAT (28.8% including VAT) on the "
                "hammer price.")),
            _f("online", FOOTER, 0.25,
               (_OLD, "Bid live online through the-saleroom.com (an extra 3% plus VAT "
                "applies)."),
               ("2020-03-23", "Our saleroom is closed to the public. Every sale is online-only, "
                "and condition reports are sent by email."),
               ("2020-07-06", "Viewing is by appointment only, and the saleroom is open for "
                "collections. Please wear a face covering.")),
            _f("viewing-head", FOOTER, 0.3, (_OLD, "Viewing")),
            _f("viewing", FOOTER, 0.28,
               (_OLD, "Friday 10am–4pm, Saturday 9am–noon and from 8.30am on the morning of the "
                "sale.")),
            _f("valuation", FOOTER, 0.2,
               (_OLD, "Free valuations every Tuesday, 10am to 1pm, at our Kirkby Sowerby "
                "saleroom. No appointment needed: 0113 496 0520.")),
            _f("collection", FOOTER, 0.15,
               (_OLD, "Please collect your purchases within seven days. After that we charge "
                "storage at £5 per lot per day.")),
            _f("arr", FOOTER, 0.12, (_OLD, "Lots marked ‡ are subject to the Artist’s Resale "
                                          "Right.")),
            _f("withdrawn", FOOTER, 0.05,
               (_OLD, "Please note: lot 88 has been withdrawn from this sale.")),
            _f("alerts", FOOTER, 0.2, (_OLD, "Sign up for catalogue alerts and never miss a "
                                             "sale.")),
            _f("sofaa", FOOTER, 0.3,
               (_OLD, "Members of the Society of Fine Art Auctioneers and Valuers. Regulated by "
                "RICS.")),
        ),
    )


_HORT_OFF = ("The Hortline is closed until April. Email garden questions, with photos, to "
             "hortline@wapsieextension.org.")


def _hortline(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    if y == 2020:
        on = ("The Hortline is answering by email only this season: "
              "hortline@wapsieextension.org. Photos help.")
    else:
        on = ("The Master Gardener Hortline is open April through September, Monday to Friday, "
              "10 a.m. to noon: 319-555-0187.")
    return ((f"{y}-04-01", on), (f"{y}-10-01", _HORT_OFF))


def wapsie_style() -> PublisherStyle:
    """A county agricultural extension office's articles (Iowa): a program kicker, a long
    date turned an updated line with the specialist's post, photo captions (up to two) and
    a fact-sheet link, a garden hotline open April to September (email-only in 2020), a
    soil-test price raised, a pesticide-label disclaimer, an equal-opportunity line
    lengthened, an applicator-training line, a contact block whose office closed to walk-ins
    in 2020, a 4-H line, the extension system line."""
    return PublisherStyle(
        domain="wapsieextension.org", site="Wapsie County Extension", base_size=370,
        subdomains=(("www.", 100),),
        sections=("yard-garden", "crops", "livestock", "4h", "human-sciences", "farm"),
        n_authors=4, url_path="/news/{slug}",
        pools={
            "kind": ("Yard and Garden", "Crops", "Livestock", "4-H Youth", "Human Sciences",
                     "Farm Management"),
            "beat": ("Horticulture Specialist", "Field Agronomist", "Beef Specialist",
                     "4-H Youth Coordinator", "Human Sciences Specialist",
                     "Farm Management Specialist"),
            "caption": ("📷 Japanese beetles feeding on a linden leaf in July.",
                        "📷 Soybean aphids on the underside of a leaf. Photo: extension files",
                        "📷 Tar spot lesions on a corn leaf in late August.",
                        "📷 4-H members show their market lambs at the county fair.",
                        "📷 Frost damage on emerging corn seedlings after a cold night."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("date", HEADER, 0.8, (_OLD, "{date_long}"),
               ("2018-09-01", "Updated {date_long} · {author}, {author_beat}")),
            _f("caption", MIDDLE, 0.25, (_OLD, "{caption}"), count=2),
            _f("factsheet", MIDDLE, 0.12, (_OLD, "📄 Download the fact sheet (PDF)")),
            _f("hortline", FOOTER, 0.3, (_OLD, _HORT_OFF),
               *(wording for y in YEARS for wording in _hortline(y))),
            _f("soil", FOOTER, 0.2,
               (_OLD, "Soil tests: $12 per sample for a routine garden test. Bags and forms are "
                "at the office."),
               ("2018-07-01", "Soil tests: $15 per sample for a routine garden test. Bags and "
                "forms are at the office.")),
            _f("pesticide", FOOTER, 0.25,
               (_OLD, "Always read and follow the pesticide label. Trade names are used for "
                "clarity; no endorsement is intended, nor is criticism implied of products "
                "not named.")),
            _f("equal", FOOTER, 0.35,
               (_OLD, "Wapsie County Extension is an equal opportunity provider."),
               ("2019-04-01", "This institution is an equal opportunity provider. For the full "
                "non-discrimination statement or accommodation inquiries, call "
                "319-555-0142.")),
            _f("applicator", FOOTER, 0.12,
               (_OLD, "Private pesticide applicator training runs in January and February; "
                "register with the office.")),
            _f("contact-head", FOOTER, 0.35, (_OLD, "Contact us")),
            _f("contact", FOOTER, 0.33,
               (_OLD, "Wapsie County Extension Office · 1410 Fairground Rd · 319-555-0142 · "
                "Monday–Friday, 8 a.m. to 4:30 p.m."),
               ("2020-03-18", "Our office is closed to walk-ins. Call 319-555-0142 or email "
                "wapsie@wapsieextension.org; staff are working remotely.")),
            _f("fourh", FOOTER, 0.2,
               (_OLD, "4-H is open to youth in grades 4 to 12. Enroll by January 15 to show at "
                "the county fair.")),
            _f("system", FOOTER, 0.4,
               (_OLD, "Part of the Cooperative Extension System, a partnership with the U.S. "
                "Department of Agriculture.")),
        ),
    )


def _winter(y: int) -> str:
    return (f"Our winter stoppage programme for {y}–{(y + 1) % 100:02d} runs from 2 November "
            f"{y} to 31 March {y + 1}; see the full list on our website.")


def _licence(y: int, fee: str) -> str:
    return f"From 1 April {y}, a 12-month licence for a boat of 60 ft costs {fee}."


def wendle_style() -> PublisherStyle:
    """A river navigation trust's stoppage notices (England): a notice kicker, a notice
    reference, an issued date gaining the officer's post, a reach line with lock numbers, a
    notice type, works photos (up to two), the winter stoppage programme each September,
    boat licence fees each April, a lock rule, an emergency line, a plan-your-cruise line
    turned essential journeys only and then leisure boating again in 2020, the charity
    line, the navigation authorities' association."""
    return PublisherStyle(
        domain="wendlenavigation.org.uk", site="Wendle Navigation Trust", base_size=320,
        subdomains=(("www.", 100),),
        sections=("stoppages", "advice", "restrictions", "water-levels", "news"),
        n_authors=4, url_path="/notices/{yyyy}/{n}",
        pools={
            "kind": ("Stoppage Notice", "Navigation Advice", "Restriction", "Water Levels",
                     "Trust News"),
            "beat": ("Waterway Manager", "Navigation Officer", "Lock Keeper",
                     "Operations Supervisor"),
            "reach": ("📍 From Lock 3, Wharton Mill Lock, to Lock 5, Ebbing Top Lock",
                      "📍 From Lock 11, Stowmere Lock, to Lock 14, Cotton End Lock",
                      "📍 From Lock 17, Hatherley Lock, to Lock 18, Abbot’s Lock",
                      "📍 From Lock 21, Kenbury Cut Lock, to Lock 24, Wendle Basin Lock",
                      "📍 From Lock 6, Ebbing Bottom Lock, to Lock 9, Priors Weir Lock"),
            "type": ("Type: Emergency closure", "Type: Planned stoppage",
                     "Type: Restriction, passage by appointment",
                     "Type: Advice, low water levels", "Type: Towpath closure"),
            "photo": ("📷 New bottom gates being lowered into Stowmere Lock.",
                      "📷 The drained lock chamber at Hatherley during repairs.",
                      "📷 Volunteers clearing floating weed at Wendle Basin.",
                      "📷 Low water below Wharton Mill in August."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("ref", HEADER, 0.3, (_OLD, "Notice ref. WNT/{year}/{count}")),
            _f("issued", HEADER, 0.8, (_OLD, "Issued {date_dmy}"),
               ("2018-04-01", "Issued {date_dmy} by {author}, {author_beat}")),
            _f("reach", HEADER, 0.45, (_OLD, "{reach}")),
            _f("type", HEADER, 0.3, (_OLD, "{type}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "{photo}"), count=2),
            _f("winter", FOOTER, 0.3, (_OLD, _winter(2014)),
               *((f"{y}-09-01", _winter(y)) for y in YEARS)),
            _f("licence", FOOTER, 0.2, (_OLD, _licence(2014, "£688")),
               *((f"{y}-04-01", _licence(y, fee)) for y, fee in BOAT_LICENCE.items())),
            _f("locks", FOOTER, 0.25,
               (_OLD, "Please leave locks empty with all gates and paddles closed, unless a "
                "notice at the lock says otherwise.")),
            _f("emergency", FOOTER, 0.3,
               (_OLD, "Emergencies on the navigation, 24 hours a day: 0121 496 0143.")),
            _f("covid", FOOTER, 0.2,
               (_OLD, "Plan your cruise: stoppages can change at short notice, so check this "
                "page before you set off."),
               ("2020-03-24", "Boaters should only make essential journeys, such as to get water "
                "or pump out. Please stay on your home mooring."),
               ("2020-05-13", "Leisure boating can restart. Keep two metres apart at locks, and "
                "wash your hands after using windlasses and gates.")),
            _f("charity", FOOTER, 0.35,
               (_OLD, "The Wendle Navigation Trust is a registered charity (no. 1063391) that "
                "looks after 26 miles of river and 24 locks.")),
            _f("aina", FOOTER, 0.25,
               (_OLD, "Member of the Association of Inland Navigation Authorities.")),
        ),
    )


_GIVE = "Our work is only possible thanks to supporters like you. Please give what you can today."


def harvestrain_style() -> PublisherStyle:
    """An international aid charity's stories from the field (UK): a kind kicker, a
    date-and-place dateline turned place first with the writer, photo
    captions with credits (up to two) and a what-your-gift-buys insert, a names-changed
    line, emergency appeals that open and close (2017, 2019, 2020), a Gift Aid line, a
    fundraising-standards line renamed in July 2016, a newsletter line, the press office,
    the charity line, the network line."""
    return PublisherStyle(
        domain="harvestrain.org.uk", site="Harvest Rain", base_size=280,
        subdomains=(("www.", 100),),
        sections=("stories", "emergencies", "press", "blog", "fundraising"),
        n_authors=3, url_path="/stories/{slug}",
        pools={
            "kind": ("Stories from the field", "Emergency update", "Press release", "Blog",
                     "Fundraising news"),
            "place": ("Turkana, Kenya", "Gedo, Somalia", "Jonglei, South Sudan",
                      "Karamoja, Uganda", "Sofala, Mozambique", "Afar, Ethiopia"),
            "photo": ("📷 Amina, 9, fills a jerrycan at the new borehole. Photo: Harvest Rain / "
                      "Joseph Otieno",
                      "📷 Women from the savings group count their weekly contributions. Photo: "
                      "Harvest Rain / Lul Hassan",
                      "📷 Goats bought through the restocking project. Photo: Harvest Rain / "
                      "Joseph Otieno",
                      "📷 A health worker measures a child’s upper arm for malnutrition. Photo: "
                      "Harvest Rain / Grace Akello",
                      "📷 Families rebuild their homes after the floods. Photo: Harvest Rain / "
                      "Tomás Matsinhe"),
            "give": ("❤ £30 could give a family clean water for a year. Donate today.",
                     "❤ £15 could pay for a child’s school meals for a term. Donate today.",
                     "❤ £50 could buy seeds and tools for a farming family. Donate today.",
                     "❤ £100 could train a community health worker. Donate today."),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("dateline", HEADER, 0.75, (_OLD, "{date_dmy} · {place}"),
               ("2018-05-01", "{place} | {date_dmy} | by {author}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "{photo}"), count=2),
            _f("give", MIDDLE, 0.25, (_OLD, "{give}")),
            _f("names", FOOTER, 0.25, (_OLD, "*Names have been changed to protect identities.")),
            _f("appeal", FOOTER, 0.35, (_OLD, _GIVE),
               ("2017-03-15", "East Africa Hunger Appeal: 16 million people need food now. "
                "Please give today."),
               ("2017-09-01", _GIVE),
               ("2019-03-20", "Cyclone Idai Appeal: families in Mozambique have lost "
                "everything. Please give today."),
               ("2019-07-01", _GIVE),
               ("2020-03-25", "Coronavirus Appeal: help us protect the most vulnerable families "
                "from COVID-19. Please give today.")),
            _f("giftaid", FOOTER, 0.2,
               (_OLD, "If you are a UK taxpayer, Gift Aid adds 25p to every £1 you give, at no "
                "cost to you.")),
            _f("regulator", FOOTER, 0.2,
               (_OLD, "We are members of the Fundraising Standards Board and never sell or "
                "swap your details."),
               ("2016-07-07", "We are registered with the Fundraising Regulator and never sell "
                "or swap your details.")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Get stories from the field in your inbox: sign up to our monthly "
                "email.")),
            _f("press", FOOTER, 0.25,
               (_OLD, "For interviews, photos and case studies, contact our press office: 020 "
                "7946 0813 · press@harvestrain.org.uk")),
            _f("charity", FOOTER, 0.4,
               (_OLD, "Harvest Rain International is a registered charity in England and Wales "
                "(1098743) and in Scotland (SC041203).")),
            _f("bond", FOOTER, 0.25,
               (_OLD, "A member of Bond, the UK network for organisations working in "
                "international development.")),
        ),
    )


_SHOP_LOCAL = "Support local: find a member business in our online directory."


def _shop_small(y: int) -> tuple[tuple[str, str], ...]:
    saturday = dt.date.fromisoformat(SMALL_BUSINESS_SATURDAY[y])
    invite = (f"Shop Small on Small Business Saturday, November {saturday.day}! Find a member "
              "business in our online directory.")
    if y == 2020:
        invite = (f"Shop Small on Small Business Saturday, November {saturday.day}, and shop "
                  "safely: many members offer curbside pickup and online ordering.")
    return ((f"{y}-11-01", invite),
            ((saturday + dt.timedelta(days=1)).isoformat(),
             "Thank you for shopping small this Small Business Saturday!"),
            (f"{y}-12-26", _SHOP_LOCAL))


def lakemurrell_style() -> PublisherStyle:
    """An area chamber of commerce's member news (South Carolina): a kind kicker, a long
    date turned a posted-by line, ribbon-cutting captions (up to two), a member-news
    disclaimer, Small Business Saturday every November, dues raised, monthly mixers moved
    online in 2020, a ribbon-cutting line turned COVID-19 resources and a reopening
    directory, an about block whose membership grows, the accreditation line, a rare
    correction."""
    return PublisherStyle(
        domain="lakemurrellchamber.org", site="Lake Murrell Area Chamber of Commerce",
        base_size=240, subdomains=(("www.", 100),),
        sections=("member-news", "ribbon-cuttings", "events", "advocacy", "leadership"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kind": ("Member News", "Ribbon Cuttings", "Events", "Advocacy", "Leadership Lake "
                     "Murrell", "Business Spotlight"),
            "ribbon": ("✂️ Ribbon cutting: Palmetto Pediatric Dentistry, 1204 Lake Murrell Blvd",
                       "✂️ Ribbon cutting: Blue Heron Coffee Co., 33 Main St",
                       "✂️ Ribbon cutting: Crosscreek Family Chiropractic, 780 Hwy 378",
                       "✂️ Ribbon cutting: Sandbar Marine & Tackle, 2 Dockside Dr",
                       "✂️ Ribbon cutting: The Lettered Olive boutique, 118 Church St"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_long}"),
               ("2019-01-01", "Posted on {date_long} by {author}")),
            _f("ribbon", MIDDLE, 0.25, (_OLD, "{ribbon}"), count=2),
            _f("disclaimer", FOOTER, 0.3,
               (_OLD, "Member news is submitted by Chamber members. The Chamber does not "
                "endorse any business, product or service.")),
            _f("shopsmall", FOOTER, 0.3, (_OLD, _SHOP_LOCAL),
               *(wording for y in YEARS for wording in _shop_small(y))),
            _f("dues", FOOTER, 0.2,
               (_OLD, "Membership starts at $275 a year. Join online or call 803-555-0150."),
               ("2018-01-01", "Membership starts at $300 a year. Join online or call "
                "803-555-0150.")),
            _f("mixer", FOOTER, 0.25,
               (_OLD, "📅 Business After Hours: the third Thursday of every month, 5:30 to 7:30 "
                "p.m., hosted by a member business."),
               ("2020-03-16", "📅 Business After Hours is on hold. Join our Friday Coffee & "
                "Connect calls on Zoom instead.")),
            _f("covid", FOOTER, 0.15,
               (_OLD, "Ribbon cuttings are free for members, with photos shared on our social "
                "media."),
               ("2020-03-16", "COVID-19 business resources, including PPP and SBA disaster "
                "loans, are on our Resource Hub."),
               ("2020-06-01", "Open for business: check our Reopening Directory for members’ "
                "hours and safety measures.")),
            _f("about-head", FOOTER, 0.35, (_OLD, "About the Chamber")),
            _f("about", FOOTER, 0.33,
               (_OLD, "The Lake Murrell Area Chamber of Commerce represents more than 600 "
                "businesses and organizations in three counties."),
               ("2018-07-01", "The Lake Murrell Area Chamber of Commerce represents more than "
                "650 businesses and organizations in three counties.")),
            _f("accredited", FOOTER, 0.25, (_OLD, "Accredited by the U.S. Chamber of Commerce.")),
            _f("correction", FOOTER, 0.04,
               (_OLD, "This story has been updated with the correct event date.")),
        ),
    )


_STANDING = "Never miss an issue: open a standing order account with our Philatelic Bureau."


def _christmas(y: int) -> tuple[tuple[str, str], tuple[str, str]]:
    text = (f"Last posting dates for Christmas {y}: airmail to Australia and New Zealand by 4 "
            "December, to Europe by 14 December.")
    if y == 2020:
        text += " Please allow extra time this year."
    return ((f"{y}-11-01", text), (f"{y}-12-24", _STANDING))


def tarran_style() -> PublisherStyle:
    """A small island postal administration's new stamp issues: a kind kicker, an issue date
    gaining its weekday, stamp values and subjects (up to two), the own-title first-day-cover
    line, a technical-details block, an on-sale line, a packing charge raised, Christmas last
    posting dates every November, a counter closed and reopened in 2020, a rare sold-out
    line, the copyright line, a stamp numbering line."""
    return PublisherStyle(
        domain="tarranstamps.com", site="Tarran Post", base_size=200,
        subdomains=(("www.", 100),),
        sections=("new-issues", "news", "definitives", "rates", "club"),
        n_authors=3, url_path="/issues/{yyyy}/{slug}",
        pools={
            "kind": ("New Issue", "Philatelic News", "Definitives", "Postal Rates",
                     "Collectors’ Club"),
            "stamp": ("1st Local · 62p · The old harbour lighthouse at Port Carrow",
                      "Large Letter · 98p · Puffins on the Outer Stack",
                      "UK · 75p · Grey seals hauled out at Sealhole Bay",
                      "Europe · £1.28 · The island fiddle festival",
                      "Worldwide · £1.62 · Fishing boats leaving for the herring",
                      "Worldwide Large · £2.40 · The island railway’s last steam train"),
            "tech": ("Printer: Cartor Security Printing · Process: stamp lithography · "
                     "Perforation: 13 × 13 · Size: 40 × 30 mm",
                     "Printer: Lowe-Martin · Process: offset lithography · Perforation: 14 × "
                     "14½ · Size: 30 × 40 mm",
                     "Printer: BDT International · Process: lithography and hot foil · "
                     "Perforation: 14 · Size: 42 × 28 mm",
                     "Printer: Cartor Security Printing · Process: lithography with varnish · "
                     "Perforation: 13½ · Size: 35 × 35 mm"),
        },
        families=(
            _f("kind", HEADER, 0.35, (_OLD, "{kind}")),
            _f("issue", HEADER, 0.8, (_OLD, "Issue date: {date_dmy}"),
               ("2018-06-01", "Date of issue: {weekday} {date_dmy}")),
            _f("stamp", MIDDLE, 0.3, (_OLD, "{stamp}"), count=2),
            _f("fdc", FOOTER, 0.5,
               (_OLD, "First day covers, presentation packs and sheetlets of ‘{title}’ can be "
                "ordered now.")),
            _f("tech-head", FOOTER, 0.3, (_OLD, "Technical details")),
            _f("tech", FOOTER, 0.28, (_OLD, "{tech}")),
            _f("onsale", FOOTER, 0.2,
               (_OLD, "Stamps from this issue stay on sale for two years from the date of "
                "issue, or until sold out.")),
            _f("packing", FOOTER, 0.2,
               (_OLD, "Postage and packing: £1.50 per order, whatever its size."),
               ("2019-04-01", "Postage and packing: £1.95 per order, whatever its size.")),
            _f("christmas", FOOTER, 0.25, (_OLD, _STANDING),
               *(wording for y in YEARS for wording in _christmas(y))),
            _f("counter", FOOTER, 0.2,
               (_OLD, "Our Philatelic Bureau counter on Harbour Street, Port Carrow, is open "
                "Monday to Friday, 9am to 5pm."),
               ("2020-03-23", "Our counter is closed; mail orders are dispatched twice a "
                "week."),
               ("2020-06-15", "Our counter has reopened, Monday to Friday 9am to 1pm. Please "
                "wear a face covering.")),
            _f("soldout", FOOTER, 0.05,
               (_OLD, "Sold out: the miniature sheet from this issue is no longer available.")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© Tarran Post {year}. Stamp images may not be reproduced without "
                "permission.")),
            _f("wns", FOOTER, 0.2,
               (_OLD, "Every issue is registered in the WNS, the stamp numbering system of the "
                "Universal Postal Union.")),
        ),
    )


def heldout20_styles() -> list[PublisherStyle]:
    """The held-back-20 styles, in the order the generator hands them to publishers."""
    return [
        kairali_style(), prizren_style(), bazar_style(), hargeysa_style(), champasak_style(),
        aldercounty_style(), thornborough_style(), wapsie_style(), wendle_style(),
        harvestrain_style(), lakemurrell_style(), tarran_style(),
    ]
