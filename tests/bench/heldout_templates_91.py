"""The ``held-back-91`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-89 set
(`tests.bench.heldout_templates_89`). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. The publishers are trade, business and specialist outlets around the world,
large and small: a Chinese technology news site in Shenzhen, a Brazilian agribusiness site in
Ribeirão Preto, a German farmers' weekly in Münster, a French medical site for doctors in Paris,
a Japanese shipping daily in Kobe, a Spanish legal daily in Madrid, an Arabic energy newsletter
in Dubai, a Russian oil and gas journal in Tyumen, a Greek shipping weekly in Piraeus, a Hindi
farm-market site in Indore, a Polish tax newsletter in Kraków and a Kenyan tea growers'
association journal in Kericho. The families are the kinds a crawl of such sites holds: dates
localised day by day in Chinese, Portuguese, German, French, Japanese (with the era, Heisei
turning Reiwa on 1 May 2019), Spanish, Arabic, Russian, Greek, Hindi, Polish and English (most
changing form on the day of a redesign), a "law as of" date, issue numbers of weeklies and of a
monthly, lines that turn on trading days or every week (a stock index, soybean prices at a port
and at a market, the Baltic Dry Index with its change, Brent and Urals crude, the pig price set
every Wednesday, a weekly flu bulletin, a tea auction's average every Tuesday, a support price
rising every season), the seasons of harvests, manure bans, typhoons, winter roads, ferry
timetables, sowing and rains, bylines and datelines of many shapes, section kickers, read-also
links (some up to two times, one reworded), photo credits, sources, legal bases, cross-posts
from print, disclosure, disclaimer and fair-use lines, newsletter, app, messenger and membership
appeals, prices in yuan, reais, euros, yen (with the consumption tax raised in 2019), dirhams
(with VAT from 2018), roubles (with VAT raised in 2019), rupees, złoty and shillings, notices
reworded in 2016-2020, notices that follow real calendars (votes, run-offs, a referendum,
capital controls, strikes, an export ban, a shipping line's failure, a typhoon, a sulphur cap,
the 2020 lockdowns and emergencies, court deadlines suspended and an August made working days,
tax deadlines and new e-filing duties, trade fairs held every year or every other year and
called off in 2020, Ramadan, Orthodox Easter, Spring Festival, Singles' Day, harvest festivals
and national days with their counts), multi-line blocks, mid-body inserts, bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements quoted
in several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    last_weekday,
    nth_weekday,
    ordinal,
    orthodox_easter,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
CHINESE_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo")
ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
RUSSIAN_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                    "воскресенье")
GREEK_MONTHS = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
                "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
GREEK_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
HINDI_MONTHS = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
                "अक्टूबर", "नवंबर", "दिसंबर")
HINDI_WEEKDAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
POLISH_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                 "sierpnia", "września", "października", "listopada", "grudnia")
POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                   "niedziela")


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a closing price holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def trend(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn through `points` ((ISO day, value), in order; flat
    before the first and after the last)."""
    days = [(dt.date.fromisoformat(d), v) for d, v in points]
    if day <= days[0][0]:
        return days[0][1]
    for (d0, v0), (d1, v1) in zip(days, days[1:], strict=False):
        if day <= d1:
            return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
    return days[-1][1]


def wobble(day: dt.date, key: str, spread: float) -> float:
    """A made-up deviation from -`spread` to `spread`, the same for the same day and key."""
    return spread * made_up(day, key, -1000, 1000) / 1000


def comma(number: float, places: int = 2) -> str:
    """`number` with a decimal comma (87,50), as Portuguese, German and Russian print it."""
    return f"{number:.{places}f}".replace(".", ",")


# --- a Chinese technology news site (Shenzhen) -------------------------------------------------

CN_REDESIGN = dt.date(2018, 1, 8)  # moved to a new CMS
CN_APP = dt.date(2019, 6, 18)
CN_REPRINT = dt.date(2019, 1, 1)
SPRING_FESTIVAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                   2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
CHTF = {2015: "2015-11-16", 2016: "2016-11-16", 2017: "2017-11-16", 2018: "2018-11-14",
        2019: "2019-11-13", 2020: "2020-11-11"}  # the China Hi-Tech Fair, first held 1999
CHINEXT = (("2015-01-01", 1480), ("2015-06-03", 3950), ("2015-09-15", 1900),
           ("2015-12-31", 2700), ("2016-12-31", 1960), ("2017-12-31", 1750),
           ("2018-12-31", 1250), ("2019-12-31", 1800), ("2020-07-15", 2900),
           ("2021-01-10", 2950))


def _cn_dated(day: dt.date) -> str:
    weekday = CHINESE_WEEKDAYS[day.weekday()]
    if day < CN_REDESIGN:
        return f"{day.year}年{day.month:02d}月{day.day:02d}日 {weekday}"
    return f"{day:%Y-%m-%d} {{time}} · 周{weekday[-1]}"


def cn_index(day: dt.date) -> float:
    """The made-up close of the ChiNext index on `day`'s trading day (Monday to Friday)."""
    work = working_day(day)
    base = trend(work, CHINEXT)
    return round(base * (1 + wobble(work, "cn-chinext", 0.02)), 2)


def _cn_index(day: dt.date) -> str:
    return f"📈 创业板指今日收盘：{cn_index(day):.2f} 点"


def _cn_notice() -> Wordings:
    base = _steps((_OLD, "关注 Pengcheng Tech 微信公众号，每天早上看科技"),
                  (CN_APP.isoformat(), "📲 下载 Pengcheng Tech App，7×24 小时快讯推送"))
    news: list[Event] = [
        _span("2015-06-29", "2015-07-10", "📉 A股剧烈波动：科技股停复牌名单实时更新"),
        _span("2018-04-16", "2018-04-29", "📡 中兴通讯遭美国出口禁令：事件进展追踪"),
        _span("2019-05-16", "2019-05-31", "📡 华为被列入实体清单：最新进展"),
        _span("2019-07-22", "2019-07-26", "🔔 科创板开市：首批 25 家公司今日上市交易"),
        _span("2020-01-23", "2020-02-29", "😷 新冠肺炎疫情防控：企业复工复产政策汇总"),
        _span("2020-08-24", "2020-08-25", "🔔 创业板注册制首批企业今日上市"),
    ]
    feasts = _movable(_listed(SPRING_FESTIVAL), 3, 6, lambda y: f"🧧 {y} 春节快乐！假期快讯照常"
                                                                f"更新")
    feasts += _yearly("06-18", 2, 0, lambda y: f"🛒 {y} 年 618 年中购物节：数码家电促销汇总")
    feasts += _yearly("08-26", 0, 0, lambda y: f"🎉 深圳经济特区建立 {y - 1980} 周年")
    feasts += _yearly("10-01", 0, 6, lambda y: f"🇨🇳 庆祝中华人民共和国成立 {y - 1949} 周年")
    feasts += _movable(_listed(CHTF), 1, 4, lambda y: f"🏢 第{y - 1998}届高交会在深圳开幕")
    feasts += _yearly("11-11", 2, 0, lambda y: f"🛒 第{y - 2008}个双十一：战报实时更新")
    return _calendar(base, news, feasts)


def shenzhen_style() -> PublisherStyle:
    """A Chinese technology news site (Shenzhen): a channel kicker, the date with the weekday
    turned an ISO date, the time and a short weekday on the move to a new CMS in 2018 (a
    wording per day), "作者：" turned "文 |", a source's credit, "相关阅读：" (up to twice),
    a photo credit, the ChiNext index's close on trading days, the editor's name at the foot,
    a social line turned an app's appeal and turned by the 2015 crash, an export ban, an
    entity list, two new boards' first listings and the 2020 epidemic, Spring Festival, the
    618 and Singles' Day sales with their count, the Hi-Tech Fair with its count, the special
    zone's and National Day's anniversaries, an opinion disclaimer, a reprint line reworded,
    a membership price rising and the licence numbers (a block), a rare maintenance notice."""
    return PublisherStyle(
        domain="pengchengtech.cn", site="Pengcheng Tech", base_size=245,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("news", "mobile", "chips", "internet", "venture", "gadgets"),
        n_authors=8, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "lanmu": ("快讯", "手机", "芯片", "互联网", "创投", "智能硬件", "汽车科技"),
            "laiyuan": ("Pengcheng Tech", "综合网络", "企业供图", "新华社", "证券时报网"),
            "tupian": ("视觉中国", "企业官网", "受访者供图", "Pengcheng Tech 摄", "网络"),
        },
        families=(
            _f("lanmu", HEADER, 0.35, (_OLD, "{lanmu}")),
            _f("shijian", HEADER, 0.8, *_by_day(_cn_dated)),
            _f("zuozhe", HEADER, 0.5, (_OLD, "作者：{author}"),
               (CN_REDESIGN.isoformat(), "文 | {author}")),
            _f("laiyuan", HEADER, 0.3, (_OLD, "来源：{laiyuan}")),
            _f("xiangguan", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}"), count=2),
            _f("tupian", MIDDLE, 0.2, (_OLD, "图片来源：{tupian}")),
            _f("zhishu", FOOTER, 0.2, *_by_day(_cn_index)),
            _f("bianji", FOOTER, 0.45, (_OLD, "责任编辑：{author2}")),
            _f("tongzhi", FOOTER, 0.3, *_cn_notice()),
            _f("shengming", FOOTER, 0.2, (_OLD, "声明：本文仅代表作者本人观点，不构成任何投资"
                                                "建议。")),
            _f("zhuanzai", FOOTER, 0.4, (_OLD, "本文为 Pengcheng Tech 原创，转载请注明出处。"),
               (CN_REPRINT.isoformat(), "本文为 Pengcheng Tech 原创，未经授权禁止转载，违者"
                                        "必究。")),
            _f("huiyuan", FOOTER, 0.12, (_OLD, "开通 Pengcheng Tech 会员：¥198/年，免广告"
                                               "阅读"),
               ("2019-11-11", "开通 Pengcheng Tech 会员：¥258/年，免广告阅读，专享深度报告")),
            _f("beian", FOOTER, 0.25, (_OLD, "粤ICP备00000000号-1 · 粤公网安备 "
                                             "44030502000000号")),
            _f("weihu", HEADER, 0.04, (_OLD, "⚠️ 系统维护通知：今晚 23:00 至次日 02:00 网站暂停"
                                             "访问")),
        ),
    )


# --- a Brazilian agribusiness site (Ribeirão Preto, São Paulo) ---------------------------------

BR_REDESIGN = dt.date(2018, 4, 30)  # relaunched on the opening day of Agrishow 2018
BR_WHATSAPP = dt.date(2019, 3, 11)
BR_RIGHTS = dt.date(2018, 1, 1)
AGRISHOW = {2015: "2015-04-27", 2016: "2016-04-25", 2017: "2017-05-01", 2018: "2018-04-30",
            2019: "2019-04-29"}  # first held 1994; called off in 2020
SOY = (("2015-01-01", 68.0), ("2016-03-01", 80.0), ("2016-12-01", 75.0), ("2017-12-01", 70.0),
       ("2018-12-01", 80.0), ("2019-12-01", 86.0), ("2020-05-01", 112.0),
       ("2020-10-15", 160.0), ("2021-01-10", 158.0))


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return f"Ribeirão Preto, {day.day} de {PORTUGUESE_MONTHS[day.month - 1]} de {day.year}"
    return f"Publicado em {day:%d/%m/%Y} às {{time}}"


def br_soy(day: dt.date) -> float:
    """The made-up price in reais of a 60 kg bag of soybeans at Paranaguá on `day`'s working
    day (about 68 in 2015 to 160 in late 2020)."""
    work = working_day(day)
    return round(trend(work, SOY) + wobble(work, "br-soja", 1.5), 2)


def _br_soy(day: dt.date) -> str:
    return f"🌱 Soja disponível em Paranaguá: R$ {comma(br_soy(day))} a saca de 60 kg"


def _br_agrishow(y: int) -> str:
    return f"🚜 Começa a {y - 1993}ª Agrishow em Ribeirão Preto: acompanhe a cobertura"


def _br_notice() -> Wordings:
    base = _steps((_OLD, "Siga o Campo Forte no Instagram e no Facebook"),
                  (BR_WHATSAPP.isoformat(), "📲 Receba as notícias do agro no WhatsApp: "
                                            "(16) 90000-0000"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ Eleições municipais: os candidatos e o agro da região"),
        _span("2017-03-17", "2017-03-31", "🥩 Operação Carne Fraca: o que muda para "
                                          "frigoríficos e pecuaristas"),
        _span("2018-05-21", "2018-06-01", "🚚 Greve dos caminhoneiros: bloqueios nas "
                                          "rodovias e falta de insumos"),
        _vote("2018-10-07", "🗳️ Eleições 2018: o que dizem os candidatos sobre o agro"),
        _vote("2018-10-28", "🗳️ Segundo turno: as propostas para o campo"),
        _span("2020-03-24", "2020-04-19", "😷 Quarentena em SP: o agro é atividade essencial, "
                                          "veja as regras"),
        _span("2020-04-20", "2020-05-01", "🚜 Agrishow 2020 é cancelada por causa da pandemia"),
        _vote("2020-11-15", "🗳️ Eleições municipais adiadas para novembro: vote de máscara"),
        _vote("2020-11-29", "🗳️ Segundo turno das eleições municipais"),
    ]
    feasts = _movable(_listed(AGRISHOW), 2, 4, _br_agrishow)
    feasts += _yearly("07-28", 0, 0, lambda _: "🌽 28 de julho, Dia do Agricultor: obrigado a "
                                               "quem produz")
    return _calendar(base, news, feasts)


def ribeirao_style() -> PublisherStyle:
    """A Brazilian agribusiness site (Ribeirão Preto): a desk kicker, the town and the date
    turned "Publicado em" with the time on the opening day of Agrishow 2018 (a wording per
    day), "Por" turned with the town, "Leia também:" turned in capitals (up to twice), a photo
    credit, the soybean price at Paranaguá on working days, the farm calendar (cane crushing,
    the soybean-free period, sowing, the off-season), a social line turned a messenger appeal
    and turned by four votes and two run-offs, a meat scandal, the truckers' strike, the 2020
    quarantine and Agrishow called off, Agrishow with its count, Farmer's Day, a newsletter
    appeal, the subscription rising twice, a rights line reworded and the newsroom's address
    (a block), a rare frost warning."""
    return PublisherStyle(
        domain="campoforte.com.br", site="Campo Forte", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("soja", "milho", "cana", "cafe", "pecuaria", "clima", "mercado"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "editoria": ("Soja", "Milho", "Cana", "Café", "Pecuária", "Clima", "Mercado"),
            "foto": ("Divulgação", "Arquivo/Campo Forte", "Embrapa", "Agência Brasil",
                     "Shutterstock"),
        },
        families=(
            _f("editoria", HEADER, 0.35, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.8, *_by_day(_br_dated)),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}"),
               (BR_REDESIGN.isoformat(), "Por {author}, de Ribeirão Preto")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}"),
               (BR_REDESIGN.isoformat(), "LEIA TAMBÉM: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("cotacao", FOOTER, 0.25, *_by_day(_br_soy)),
            _f("calendario", FOOTER, 0.15, *_seasons(
                ("04-01", "📅 Calendário do campo: moagem da cana a todo vapor no Centro-Sul"),
                ("06-15", "📅 Calendário do campo: vazio sanitário da soja, nenhuma planta viva "
                          "na lavoura"),
                ("09-16", "📅 Calendário do campo: plantio da soja liberado conforme o "
                          "calendário do seu estado"),
                ("12-01", "📅 Calendário do campo: entressafra da cana, usinas em manutenção"))),
            _f("aviso", FOOTER, 0.3, *_br_notice()),
            _f("newsletter", FOOTER, 0.15, (_OLD, "📩 Receba a newsletter do agro toda manhã. "
                                                  "É grátis!")),
            _f("assinatura", FOOTER, 0.15, (_OLD, "Assine o Campo Forte: R$ 9,90 por mês"),
               ("2017-08-01", "Assine o Campo Forte: R$ 12,90 por mês"),
               ("2020-02-03", "Assine o Campo Forte: R$ 16,90 por mês no plano anual")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Campo Forte. Todos os direitos "
                                                "reservados."),
               (BR_RIGHTS.isoformat(), "© {year} Campo Forte. É proibida a reprodução do "
                                       "conteúdo sem autorização prévia.")),
            _f("endereco", FOOTER, 0.2, (_OLD, "Redação: Rua Garibaldi, 0000, Centro, Ribeirão "
                                               "Preto (SP) · (16) 0000-0000")),
            _f("geada", HEADER, 0.04, (_OLD, "⚠️ Alerta de geada para o cinturão do café nesta "
                                             "madrugada")),
        ),
    )


# --- a German farmers' weekly (Münster, Westphalia) --------------------------------------------

DE_RELAUNCH = dt.date(2017, 1, 20)  # relaunched on the opening day of the Grüne Woche 2017
DE_WHATSAPP = dt.date(2019, 10, 1)
DE_RIGHTS = dt.date(2018, 5, 25)
GRUENE_WOCHE = {2015: "2015-01-16", 2016: "2016-01-15", 2017: "2017-01-20", 2018: "2018-01-19",
                2019: "2019-01-18", 2020: "2020-01-17"}  # the 80th in 2015
AGRITECHNICA = {2015: "2015-11-10", 2017: "2017-11-12", 2019: "2019-11-10"}
PIG_PRICE = (("2015-01-01", 1.40), ("2015-07-01", 1.62), ("2016-01-15", 1.25),
             ("2016-09-01", 1.62), ("2017-07-01", 1.76), ("2018-03-01", 1.40),
             ("2018-12-01", 1.35), ("2019-04-01", 1.72), ("2019-11-15", 2.00),
             ("2020-03-01", 1.90), ("2020-06-15", 1.60), ("2020-09-09", 1.47),
             ("2020-09-16", 1.27), ("2020-11-15", 1.19), ("2021-01-10", 1.19))


def de_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number in its year and the Thursday it came out."""
    thursday = week_from(day, 3)
    first = week_from(dt.date(thursday.year, 1, 7), 3)
    return (thursday - first).days // 7 + 1, thursday


def _de_issue(day: dt.date) -> str:
    number, thursday = de_issue(day)
    return (f"Ausgabe {number}/{thursday.year} · Donnerstag, {thursday.day}. "
            f"{GERMAN_MONTHS[thursday.month - 1]} {thursday.year}")


def _de_dated(day: dt.date) -> str:
    if day < DE_RELAUNCH:
        return f"Münster, {day:%d.%m.%Y}"
    return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
            f"{day.year}, {{time}} Uhr")


def de_pig(day: dt.date) -> float:
    """The made-up pig price (euros per kg carcass weight) set on the Wednesday of `day`'s
    week, in force from then to the next Tuesday."""
    wednesday = week_from(day, 2)
    return round(trend(wednesday, PIG_PRICE) + wobble(wednesday, "de-vezg", 0.03), 2)


def _de_pig(day: dt.date) -> str:
    return f"🐖 Vereinigungspreis Schlachtschweine: {comma(de_pig(day))} €/kg SG"


def _de_notice() -> Wordings:
    base = _steps((_OLD, "Hofbote Westfalen auf Facebook: Jetzt Fan werden!"),
                  (DE_WHATSAPP.isoformat(), "📲 Marktpreise und Agrarwetter per WhatsApp: "
                                            "jetzt kostenlos anmelden"))
    news: list[Event] = [
        _vote("2017-05-14", "🗳️ Landtagswahl NRW: Was die Parteien für die Höfe planen"),
        _vote("2017-09-24", "🗳️ Bundestagswahl: Agrarpolitik im Parteienvergleich"),
        _vote("2019-05-26", "🗳️ Europawahl: Es geht auch um die Zukunft der GAP"),
        _span("2019-10-16", "2019-10-22", "🚜 Land schafft Verbindung: Sternfahrt zur "
                                          "Kundgebung am 22. Oktober"),
        _span("2019-11-20", "2019-11-26", "🚜 Land schafft Verbindung: Großdemo in Berlin am "
                                          "26. November"),
        _span("2020-03-23", "2020-05-03", "😷 Corona: Was für Saisonarbeitskräfte jetzt gilt"),
        _span("2020-09-10", "2020-09-30", "🐖 Afrikanische Schweinepest in Brandenburg "
                                          "nachgewiesen: alle Infos"),
        _vote("2020-09-13", "🗳️ Kommunalwahl in NRW: Wählen Sie mit!"),
    ]
    feasts = _movable(_listed(GRUENE_WOCHE), 1, 9, lambda y: f"🌻 {y - 1935}. Internationale "
                                                             f"Grüne Woche in Berlin")
    feasts += _movable(_listed(AGRITECHNICA), 2, 6, lambda y: f"🚜 Agritechnica {y} in "
                                                              f"Hannover: alle Neuheiten")
    feasts += _movable(lambda y: nth_weekday(y, 10, 6, 1), 2, 0,
                       lambda _: "🌾 Erntedank: Danke an alle, die unsere Lebensmittel "
                                 "erzeugen")
    return _calendar(base, news, feasts)


def muenster_style() -> PublisherStyle:
    """A German farmers' weekly (Münster): a section kicker, the issue number with the
    Thursday it came out (turning every Thursday), the town and a dotted date turned the
    weekday, the date and the time on the opening of the Grüne Woche 2017 (a wording per
    day), "Von" turned the writer and the desk, "Lesen Sie auch:" (up to twice), a photo
    credit reworded, the pig price set every Wednesday (falling after swine fever reached
    Germany in 2020), the manure ban's seasons, a social line turned a messenger appeal and
    turned by four votes, two farmers' protests, the 2020 seasonal workers' rules and swine
    fever, the Grüne Woche with its count, Agritechnica every other year and harvest
    festival, a cross-post from print, the subscription rising twice, the ad deadline and a
    rights line reworded (a block), a rare bird flu order."""
    return PublisherStyle(
        domain="hofbote-westfalen.de", site="Hofbote Westfalen", base_size=195,
        subdomains=(("www.", 100),),
        sections=("ackerbau", "tierhaltung", "technik", "markt", "recht", "land-und-leute"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrik": ("Ackerbau", "Tierhaltung", "Technik", "Markt", "Betrieb & Recht",
                       "Land & Leute"),
            "beat": ("Redaktion Ackerbau", "Redaktion Tierhaltung", "Redaktion Technik",
                     "Marktredaktion", "Redaktion Betrieb und Recht"),
        },
        families=(
            _f("rubrik", HEADER, 0.35, (_OLD, "{rubrik}")),
            _f("ausgabe", HEADER, 0.35, *_by_day(_de_issue)),
            _f("datum", HEADER, 0.75, *_by_day(_de_dated)),
            _f("von", HEADER, 0.5, (_OLD, "Von {author}"),
               (DE_RELAUNCH.isoformat(), "{author}, {author_beat}")),
            _f("lesen", MIDDLE, 0.3, (_OLD, "Lesen Sie auch: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}"),
               (DE_RELAUNCH.isoformat(), "Foto: {author2}/Hofbote Westfalen")),
            _f("schwein", FOOTER, 0.2, *_by_day(_de_pig)),
            _f("guelle", FOOTER, 0.15, *_seasons(
                ("02-01", "🚜 Sperrfrist vorbei: Gülle nur auf aufnahmefähigen Boden"),
                ("07-01", "🌾 Erntezeit: Vorsicht vor Erntemaschinen auf Landstraßen"),
                ("11-01", "⛔ Sperrfrist: keine Gülle auf Acker und Grünland bis zum 31. "
                          "Januar"))),
            _f("hinweis", FOOTER, 0.3, *_de_notice()),
            _f("print", FOOTER, 0.1, (_OLD, "Dieser Beitrag erschien zuerst in der "
                                            "Printausgabe.")),
            _f("abo", FOOTER, 0.15, (_OLD, "Hofbote Westfalen im Abo: 61,90 € im Quartal"),
               ("2017-01-01", "Hofbote Westfalen im Abo: 64,50 € im Quartal"),
               ("2020-01-01", "Hofbote Westfalen im Abo: 67,80 € im Quartal, E-Paper "
                              "inklusive")),
            _f("anzeigen", FOOTER, 0.2, (_OLD, "Anzeigenschluss ist Freitag, 12 Uhr, für die "
                                               "Ausgabe der folgenden Woche.")),
            _f("rechte", FOOTER, 0.4, (_OLD, "© Hofbote Westfalen {year}. Alle Rechte "
                                             "vorbehalten."),
               (DE_RIGHTS.isoformat(), "© Hofbote Westfalen {year}. Vervielfältigung nur mit "
                                       "Genehmigung des Verlags.")),
            _f("gefluegel", HEADER, 0.04, (_OLD, "⚠️ Geflügelpest: Stallpflicht im "
                                                 "Münsterland ab sofort")),
        ),
    )


# --- a French medical site for doctors (Paris) -------------------------------------------------

FR_REDESIGN = dt.date(2018, 1, 2)
FR_LETTER = dt.date(2018, 9, 3)
FR_RIGHTS = dt.date(2019, 1, 1)
# Flu epidemics in mainland France as the weekly bulletin reported them (first, last day).
FLU = (("2015-01-14", "2015-04-07"), ("2016-02-03", "2016-04-05"), ("2016-12-14", "2017-02-21"),
       ("2017-12-13", "2018-03-27"), ("2019-01-16", "2019-03-12"), ("2020-01-22", "2020-03-17"))


def _fr_day(day: dt.date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def _fr_dated(day: dt.date) -> str:
    month = FRENCH_MONTHS[day.month - 1]
    if day < FR_REDESIGN:
        return f"Publié le {_fr_day(day)} {month} {day.year}"
    weekday = FRENCH_WEEKDAYS[day.weekday()]
    return f"Publié le {weekday} {_fr_day(day)} {month} {day.year} à {{time}}"


def fr_flu(day: dt.date) -> tuple[int, int | None]:
    """The weekly flu bulletin in force on `day` (out every Wednesday): its ISO week and the
    number of mainland regions in an epidemic (0 outside one; None from May to September,
    when the surveillance pauses)."""
    wednesday = week_from(day, 2)
    week = wednesday.isocalendar()[1]
    if 5 <= wednesday.month <= 9:
        return week, None
    for first, last in FLU:
        if first <= wednesday.isoformat() <= last:
            return week, made_up(wednesday, "fr-grippe", 4, 13)
    return week, 0


def _fr_flu(day: dt.date) -> str:
    week, regions = fr_flu(day)
    if regions is None:
        return "🤧 Surveillance de la grippe : reprise du bulletin hebdomadaire à l'automne"
    if regions == 0:
        return f"🤧 Bulletin grippe, semaine {week} : pas d'épidémie en métropole"
    return f"🤧 Bulletin grippe, semaine {week} : {regions} régions en phase épidémique"


def _fr_tabac(y: int) -> str:
    n = y - 2015
    return f"🚭 Mois sans tabac {y} : {'1re' if n == 1 else f'{n}e'} édition"


def _fr_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Praxis Santé sur Twitter et LinkedIn"),
                  (FR_LETTER.isoformat(), "📩 Recevez chaque matin la lettre de Praxis Santé, "
                                          "réservée aux professionnels de santé"))
    news: list[Event] = [
        _vote("2017-04-23", "🗳️ Présidentielle : ce que les candidats proposent pour la "
                            "santé"),
        _vote("2017-05-07", "🗳️ Second tour : les deux programmes santé face à face"),
        _span("2018-01-01", "2018-01-14", "💉 Onze vaccins obligatoires pour les enfants nés "
                                          "à partir du 1er janvier 2018"),
        _span("2020-03-17", "2020-05-10", "😷 Confinement : la téléconsultation prise en "
                                          "charge à 100 %"),
        _span("2020-07-13", "2020-07-19", "🏥 Ségur de la santé : ce que contiennent les "
                                          "accords"),
        _span("2020-10-30", "2020-12-14", "😷 Reconfinement : les cabinets restent ouverts, "
                                          "les règles à suivre"),
    ]
    feasts = _yearly("10-01", 0, 30, lambda y: f"🎀 Octobre rose {y} : pensez au dépistage "
                                               f"organisé du cancer du sein")
    feasts += _yearly("11-01", 0, 29, _fr_tabac, years=range(2016, 2021))
    feasts += _yearly("12-01", 0, 0, lambda _: "🎗️ 1er décembre : Journée mondiale de lutte "
                                               "contre le sida")
    return _calendar(base, news, feasts)


def paris_style() -> PublisherStyle:
    """A French medical site for doctors (Paris): a specialty kicker, "Publié le" and the date
    turned with the weekday and the time in 2018 (a wording per day), a line reserving the
    article for health professionals, "Par" turned with the writer's specialty, "Lire
    aussi :" (up to twice), a photo credit, a source, the weekly flu bulletin (turning every
    Wednesday; paused from May to September), a social line turned a newsletter appeal and
    turned by two rounds of a vote, the compulsory vaccines of 2018, the two 2020 lockdowns
    and a health accord, Pink October, the smoke-free month with its count and World AIDS
    Day, a conflicts-of-interest line, the subscription rising and a rights line reworded (a
    block), a rare shortage alert."""
    return PublisherStyle(
        domain="praxis-sante.fr", site="Praxis Santé", base_size=170,
        subdomains=(("www.", 100),),
        sections=("generaliste", "cardiologie", "pediatrie", "exercice", "recherche",
                  "infectiologie"),
        n_authors=6, url_path="/actualites/{section}/{slug}",
        pools={
            "rubrique": ("Médecine générale", "Cardiologie", "Pédiatrie", "Exercice",
                         "Recherche", "Infectiologie", "Pharmacie"),
            "beat": ("journaliste", "médecin généraliste", "cardiologue", "pédiatre",
                     "pharmacien"),
            "credit": ("BSIP", "Phanie", "AFP", "DR", "Praxis Santé"),
            "source": ("HAS", "ANSM", "Santé publique France", "Inserm", "Assurance maladie"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("publie", HEADER, 0.8, *_by_day(_fr_dated)),
            _f("reserve", HEADER, 0.2, (_OLD, "Article réservé aux professionnels de santé")),
            _f("par", HEADER, 0.5, (_OLD, "Par {author}"),
               (FR_REDESIGN.isoformat(), "Par {author}, {author_beat}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi : {other_title}"), count=2),
            _f("credit", MIDDLE, 0.2, (_OLD, "Crédit photo : {credit}")),
            _f("source", FOOTER, 0.15, (_OLD, "Source : {source}")),
            _f("grippe", FOOTER, 0.15, *_by_day(_fr_flu)),
            _f("info", FOOTER, 0.3, *_fr_notice()),
            _f("liens", FOOTER, 0.25, (_OLD, "Liens d'intérêts : l'auteur déclare n'avoir aucun "
                                             "lien d'intérêts en rapport avec cet article.")),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Abonnement à Praxis Santé : 179 € par an, "
                                                  "internes 59 €"),
               ("2019-01-01", "Abonnement à Praxis Santé : 199 € par an, internes et "
                              "étudiants 69 €")),
            _f("droits", FOOTER, 0.4, (_OLD, "© Praxis Santé {year} – Tous droits réservés"),
               (FR_RIGHTS.isoformat(), "© Praxis Santé {year} – Reproduction interdite sans "
                                       "autorisation")),
            _f("rupture", HEADER, 0.04, (_OLD, "⚠️ Tension d'approvisionnement : consultez la "
                                               "liste actualisée de l'ANSM")),
        ),
    )


# --- a Japanese shipping daily (Kobe) ----------------------------------------------------------

JP_REDESIGN = dt.date(2017, 4, 3)  # relaunched at the start of the fiscal year
JP_REIWA = dt.date(2019, 5, 1)
JP_MAIL = dt.date(2018, 7, 16)  # Marine Day 2018
JP_TAX = dt.date(2019, 10, 1)  # the consumption tax raised from 8 to 10 percent
SEA_JAPAN = {2016: "2016-04-13", 2018: "2018-04-11"}
BDI = (("2015-01-01", 780), ("2015-02-18", 510), ("2015-08-05", 1200), ("2015-12-15", 480),
       ("2016-02-10", 290), ("2016-11-15", 1250), ("2017-12-12", 1700), ("2018-07-24", 1750),
       ("2019-02-11", 600), ("2019-09-04", 2500), ("2020-02-10", 410), ("2020-07-01", 1950),
       ("2020-12-01", 1250), ("2021-01-10", 1650))


def wareki(day: dt.date) -> str:
    """The Japanese era year of `day`: 平成28年, 令和元年 (the first year "元")."""
    era, n = ("令和", day.year - 2018) if day >= JP_REIWA else ("平成", day.year - 1988)
    return f"{era}{'元' if n == 1 else n}年"


def _jp_dated(day: dt.date) -> str:
    weekday = JAPANESE_WEEKDAYS[day.weekday()]
    if day < JP_REDESIGN:
        return f"{wareki(day)}{day.month}月{day.day}日（{weekday}）"
    return f"{day.year}年（{wareki(day)}）{day.month}月{day.day}日 {weekday}曜日"


def jp_bdi(day: dt.date) -> tuple[int, int]:
    """The made-up Baltic Dry Index on `day`'s working day and its change from the working
    day before."""
    work = working_day(day)
    before = working_day(work - dt.timedelta(days=1))

    def value(d: dt.date) -> int:
        return round(trend(d, BDI) * (1 + wobble(d, "jp-bdi", 0.03)))

    return value(work), value(work) - value(before)


def _jp_bdi(day: dt.date) -> str:
    index, change = jp_bdi(day)
    return f"📈 バルチック海運指数（BDI）：{index:,}（前日比 {change:+d}）"


def marine_day(y: int) -> dt.date:
    """Marine Day: the third Monday of July (moved to 23 July in 2020 for the Olympics)."""
    return dt.date(2020, 7, 23) if y == 2020 else nth_weekday(y, 7, 0, 3)


def _jp_notice() -> Wordings:
    base = _steps((_OLD, "Kobe Kaiun Shimbun 公式ツイッターをフォローしてください"),
                  (JP_MAIL.isoformat(), "📧 無料メールマガジン「朝の海事ニュース」配信中：ご登録"
                                        "はこちら"))
    news: list[Event] = [
        _vote("2016-07-10", "🗳️ 参院選：各党の海事・物流政策を比べる"),
        _span("2016-08-31", "2016-09-09", "🚢 韓進海運が経営破綻：各港の荷役停止の状況"),
        _span("2017-01-01", "2017-01-05", "⚓ 神戸開港150年：記念事業が始まります"),
        _vote("2017-10-22", "🗳️ 衆院選：各党の海事・物流政策を比べる"),
        _span("2018-04-01", "2018-04-08", "🚢 邦船3社のコンテナ船新会社が営業開始"),
        _span("2018-09-04", "2018-09-12", "🌀 台風21号：神戸港・大阪港の高潮被害と復旧状況"),
        _span("2019-04-30", "2019-05-06", "🎌 新元号「令和」：本紙の日付も令和表記に"),
        _vote("2019-07-21", "🗳️ 参院選：海事関係の候補者と公約"),
        _span("2019-12-23", "2020-01-08", "⛽ SOx規制強化：1月1日から燃料油の硫黄分は0.50%"
                                          "以下に"),
        _span("2020-02-05", "2020-02-20", "🚢 ダイヤモンド・プリンセス号：横浜港での検疫の"
                                          "状況"),
        _span("2020-04-07", "2020-05-25", "😷 緊急事態宣言：取材・編集体制を縮小して発行して"
                                          "います"),
    ]
    feasts = _movable(marine_day, 1, 0, lambda y: f"🌊 {y}年 海の日：海の恩恵に感謝し、海洋国"
                                                  f"日本の繁栄を願う")
    feasts += _movable(_listed(SEA_JAPAN), 1, 2, lambda y: f"⚓ Sea Japan {y}：東京ビッグサイト"
                                                           f"で開幕")
    return _calendar(base, news, feasts)


def kobe_style() -> PublisherStyle:
    """A Japanese shipping daily (Kobe): a beat kicker, the date with the era and the
    weekday turned the Western year with the era beside it and the full weekday at the new
    fiscal year 2017 (a wording per day; Heisei turns Reiwa on 1 May 2019), a bureau's
    bracketed dateline, the writer in brackets turned "記者：", "関連記事：" (up to twice), a
    photo credit, the Baltic Dry Index with its change on working days, the typhoon and
    winter gale seasons, a social line turned a newsletter appeal and turned by three votes,
    a shipping line's failure, the port's 150 years, a merged container line's start, a
    typhoon, the new era, the sulphur cap, a quarantined cruise ship and the 2020 emergency,
    Marine Day (moved in 2020) and Sea Japan every other year, the subscription with the
    consumption tax raised in 2019, a reprint ban and the office's address (a block), a rare
    fog warning."""
    return PublisherStyle(
        domain="kobekaiun.jp", site="Kobe Kaiun Shimbun", base_size=150,
        subdomains=(("www.", 100),),
        sections=("shipping", "shipbuilding", "ports", "logistics", "crew", "market"),
        n_authors=5, url_path="/news/{yyyy}{mm}{dd}/{n}",
        pools={
            "bumon": ("海運", "造船", "港湾", "物流", "船員", "市況"),
            "kyoten": ("神戸", "東京", "大阪", "今治", "横浜", "シンガポール", "ロンドン"),
            "shashin": ("本社撮影", "関係者提供", "各社提供", "共同"),
        },
        families=(
            _f("bumon", HEADER, 0.35, (_OLD, "{bumon}")),
            _f("hiduke", HEADER, 0.75, *_by_day(_jp_dated)),
            _f("kyoten", HEADER, 0.3, (_OLD, "【{kyoten}】")),
            _f("kisha", HEADER, 0.45, (_OLD, "（{author}）"),
               (JP_REDESIGN.isoformat(), "記者：{author}")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "関連記事：{other_title}"), count=2),
            _f("shashin", MIDDLE, 0.2, (_OLD, "写真：{shashin}")),
            _f("bdi", FOOTER, 0.2, *_by_day(_jp_bdi)),
            _f("kisho", FOOTER, 0.15, *_seasons(
                ("06-01", "☔ 梅雨・台風期：荷役中の荒天と高潮に十分ご注意ください"),
                ("10-16", "🌬️ 冬季荒天期：北西の季節風による遅延にご注意ください"))),
            _f("oshirase", FOOTER, 0.3, *_jp_notice()),
            _f("kodoku", FOOTER, 0.15, (_OLD, "購読料：月額 4,320円（税込）"),
               (JP_TAX.isoformat(), "購読料：月額 4,400円（税込）")),
            _f("tensai", FOOTER, 0.4, (_OLD, "© {year} Kobe Kaiun Shimbun 記事・写真の無断転載を"
                                             "禁じます")),
            _f("honsha", FOOTER, 0.2, (_OLD, "本社：神戸市中央区海岸通0丁目0番 · 電話 "
                                             "078-000-0000")),
            _f("nomu", HEADER, 0.04, (_OLD, "⚠️ 濃霧のため明石海峡で航行制限：入出港の遅れに"
                                            "注意")),
        ),
    )


# --- a Spanish legal daily (Madrid) ------------------------------------------------------------

ES_REDESIGN = dt.date(2018, 9, 3)  # relaunched after the judicial August
ES_BULLETIN = dt.date(2019, 2, 4)


def _es_dated(day: dt.date) -> str:
    month = SPANISH_MONTHS[day.month - 1]
    if day < ES_REDESIGN:
        return f"Madrid, {day.day} de {month} de {day.year}"
    return f"{SPANISH_WEEKDAYS[day.weekday()]}, {day.day} de {month} de {day.year} · {{time}}"


def _es_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en LinkedIn y Twitter: Gaceta Forense"),
                  (ES_BULLETIN.isoformat(), "📩 Suscríbete gratis a nuestro boletín jurídico "
                                            "diario"))
    news: list[Event] = [
        _vote("2015-12-20", "🗳️ Elecciones generales: qué proponen los partidos para la "
                            "Justicia"),
        _span("2016-01-01", "2016-01-15", "💻 LexNET, obligatorio desde el 1 de enero para "
                                          "abogados y procuradores"),
        _vote("2016-06-26", "🗳️ Elecciones generales del 26-J: los programas de Justicia"),
        _vote("2019-04-28", "🗳️ Elecciones generales del 28-A: los programas de Justicia"),
        _span("2019-10-14", "2019-10-20", "⚖️ El Supremo dicta sentencia en la causa del "
                                          "procés"),
        _vote("2019-11-10", "🗳️ Elecciones generales del 10-N: los programas de Justicia"),
        _span("2020-03-14", "2020-06-03", "⚖️ Estado de alarma: plazos procesales "
                                          "suspendidos"),
        _span("2020-06-04", "2020-06-10", "⚖️ Los plazos procesales se reanudan el 4 de junio"),
        _span("2020-08-11", "2020-08-31", "⚖️ Del 11 al 31 de agosto de 2020 son hábiles para "
                                          "las actuaciones judiciales"),
    ]
    feasts = _yearly("08-01", 0, 30, lambda _: "🏖️ Agosto inhábil: solo se tramitan las "
                                               "actuaciones urgentes")
    feasts += _yearly("12-06", 0, 0, lambda y: f"🇪🇸 Día de la Constitución: {y - 1978} años "
                                               f"de la Carta Magna")
    feasts += _yearly("12-24", 0, 0, lambda _: "📅 El 24 de diciembre es inhábil a efectos "
                                               "procesales")
    feasts += _yearly("12-31", 0, 0, lambda _: "📅 El 31 de diciembre es inhábil a efectos "
                                               "procesales")
    return _calendar(base, news, feasts)


def madrid_style() -> PublisherStyle:
    """A Spanish legal daily (Madrid): a section kicker, the city and the date turned the
    weekday, the date and the time after the judicial August of 2018 (a wording per day),
    "Por" turned the writer and the profession, "Lea también:" turned "Te puede interesar:"
    (up to twice), a photo credit, a source, a social line turned a newsletter appeal and
    turned by four general elections, e-filing made compulsory, a Supreme Court ruling, the
    2020 state of alarm with court deadlines suspended and resumed and an August made
    working days, the judicial August, the two non-working days of December and the
    Constitution's count, a cross-post from print, the subscription rising, a disclaimer
    and a rights line reworded (a block), a rare e-filing outage."""
    return PublisherStyle(
        domain="gacetaforense.es", site="Gaceta Forense", base_size=130,
        subdomains=(("www.", 100),),
        sections=("actualidad", "tribunales", "legislacion", "fiscal", "laboral", "opinion"),
        n_authors=5, url_path="/{section}/{slug}_{n}.html",
        pools={
            "seccion": ("Actualidad", "Tribunales", "Legislación", "Fiscal", "Laboral",
                        "Despachos", "Opinión"),
            "beat": ("abogado", "magistrado", "socio de un despacho", "catedrático de Derecho "
                     "Civil", "redacción"),
            "foto": ("Europa Press", "EFE", "Poder Judicial", "Archivo"),
            "fuente": ("CENDOJ", "BOE", "Tribunal Supremo", "TJUE", "CGPJ"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.7, *_by_day(_es_dated)),
            _f("firma", HEADER, 0.45, (_OLD, "Por {author}"),
               (ES_REDESIGN.isoformat(), "{author} · {author_beat}")),
            _f("lea", MIDDLE, 0.3, (_OLD, "Lea también: {other_title}"),
               (ES_REDESIGN.isoformat(), "Te puede interesar: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {foto}")),
            _f("fuente", FOOTER, 0.15, (_OLD, "Fuente: {fuente}")),
            _f("aviso", FOOTER, 0.3, *_es_notice()),
            _f("papel", FOOTER, 0.1, (_OLD, "Este artículo se publicó originalmente en la "
                                            "edición en papel.")),
            _f("suscripcion", FOOTER, 0.15, (_OLD, "Suscripción Premium: 19 € al mes"),
               ("2019-01-07", "Suscripción Premium: 24 € al mes o 240 € al año")),
            _f("informativo", FOOTER, 0.25, (_OLD, "Este contenido tiene carácter informativo y "
                                                   "no constituye asesoramiento jurídico.")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Gaceta Forense. Todos los derechos "
                                               "reservados."),
               (ES_REDESIGN.isoformat(), "© {year} Gaceta Forense. Prohibida la reproducción "
                                         "total o parcial sin autorización.")),
            _f("lexnet", HEADER, 0.04, (_OLD, "⚠️ LexNET sufre una incidencia técnica: el "
                                              "servicio funciona de forma intermitente")),
        ),
    )


# --- an Arabic energy newsletter (Dubai) -------------------------------------------------------

AE_REDESIGN = dt.date(2017, 11, 13)  # relaunched on the opening day of ADIPEC 2017
AE_VAT = dt.date(2018, 1, 1)  # the UAE's value added tax
AE_NEWSLETTER = dt.date(2019, 3, 3)
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}  # as announced in the UAE
ADIPEC = {2015: "2015-11-09", 2016: "2016-11-07", 2017: "2017-11-13", 2018: "2018-11-12",
          2019: "2019-11-11", 2020: "2020-11-09"}
OPEC_MEETINGS = ("2015-06-05", "2015-12-04", "2016-06-02", "2016-11-30", "2017-05-25",
                 "2017-11-30", "2018-06-22", "2018-12-07", "2019-07-01", "2019-12-05")
BRENT = (("2015-01-02", 56.0), ("2015-05-15", 66.0), ("2015-08-24", 43.0), ("2016-01-20", 28.0),
         ("2016-06-08", 51.0), ("2016-12-30", 56.0), ("2017-06-21", 45.0), ("2017-12-29", 66.0),
         ("2018-10-03", 86.0), ("2018-12-24", 50.0), ("2019-04-25", 74.0), ("2019-12-31", 66.0),
         ("2020-01-06", 69.0), ("2020-04-21", 19.0), ("2020-06-30", 41.0),
         ("2020-11-02", 38.0), ("2021-01-10", 55.0))


def _ae_dated(day: dt.date) -> str:
    month = ARABIC_MONTHS[day.month - 1]
    if day < AE_REDESIGN:
        return f"دبي، {day.day} {month} {day.year}"
    weekday = ARABIC_WEEKDAYS[day.weekday()]
    return f"{weekday} {day.day} {month} {day.year} - {{time}} بتوقيت الإمارات"


def ae_brent(day: dt.date) -> float:
    """The made-up Brent close in dollars a barrel on `day`'s working day."""
    work = working_day(day)
    return round(max(16.0, trend(work, BRENT) + wobble(work, "ae-brent", 1.5)), 2)


def _ae_brent(day: dt.date) -> str:
    return f"🛢️ خام برنت عند الإغلاق: {ae_brent(day):.2f} دولار للبرميل"


def _ae_adipec(y: int) -> str:
    if y == 2020:
        return "⚡ أديبك 2020 افتراضيًا: جلسات المؤتمر عبر الإنترنت"
    return f"⚡ أديبك {y} في أبوظبي: تغطية يومية من المعرض والمؤتمر"


def _ae_notice() -> Wordings:
    base = _steps((_OLD, "تابعوا Taqa Digest على تويتر ولينكدإن"),
                  (AE_NEWSLETTER.isoformat(), "📩 اشترك مجانًا في النشرة الصباحية لأسواق "
                                              "الطاقة"))
    opec: list[Event] = [_span(str(dt.date.fromisoformat(day) - dt.timedelta(days=1)), day,
                               "🛢️ اجتماع أوبك في فيينا: الأسواق تترقب قرار الإنتاج")
                         for day in OPEC_MEETINGS]
    news: list[Event] = [
        _span("2016-09-28", "2016-09-30", "🛢️ اتفاق الجزائر: أوبك تتفق على خفض الإنتاج"),
        _span("2019-09-14", "2019-09-20", "⚠️ هجوم على منشأتي أبقيق وخريص: تأثر نصف إنتاج "
                                          "أرامكو"),
        _span("2019-12-11", "2019-12-12", "📈 أرامكو تبدأ التداول في السوق المالية السعودية"),
        _span("2020-03-06", "2020-03-09", "🛢️ انهيار محادثات أوبك+ في فيينا"),
        _span("2020-04-09", "2020-04-13", "🛢️ أوبك+ تتفق على أكبر خفض للإنتاج في تاريخها"),
        _span("2020-04-20", "2020-04-22", "🛢️ خام غرب تكساس يهبط دون الصفر لأول مرة"),
        _span("2020-11-30", "2020-12-03", "🛢️ أوبك+ تجتمع عبر الفيديو لبحث تخفيضات 2021"),
    ]
    feasts = _movable(_listed(RAMADAN), 0, 28, lambda _: "🌙 رمضان كريم: النشرة تصدر في "
                                                         "مواعيدها خلال الشهر الفضيل")
    feasts += _movable(_listed(ADIPEC), 1, 3, _ae_adipec)
    feasts += _yearly("12-02", 1, 1, lambda y: f"🇦🇪 اليوم الوطني الـ{y - 1971} لدولة "
                                               f"الإمارات")
    return _calendar(base, opec, news, feasts)


def dubai_style() -> PublisherStyle:
    """An Arabic energy newsletter (Dubai): a sector kicker, the city and the date turned the
    weekday, the date and the time in UAE time on the opening day of ADIPEC 2017 (a wording
    per day), "بقلم:" turned the writer and the city, "اقرأ أيضًا:" (up to twice), a photo
    credit, the Brent close on working days, a source, a social line turned a newsletter
    appeal and turned by ten OPEC meetings, the Algiers deal, an attack on oil plants, a
    listing, the 2020 price war, the record cut and oil below zero, Ramadan as announced in
    the UAE, ADIPEC (online in 2020) and National Day with its count, the subscription with
    VAT from 2018, an investment disclaimer and a rights line (a block), a rare data
    delay."""
    return PublisherStyle(
        domain="taqadigest.ae", site="Taqa Digest", base_size=110,
        subdomains=(("www.", 100),),
        sections=("oil", "gas", "power", "renewables", "markets", "opec"),
        n_authors=4, url_path="/ar/{section}/{n}",
        pools={
            "qism": ("نفط", "غاز", "كهرباء", "طاقة متجددة", "أسواق", "أوبك"),
            "sura": ("رويترز", "أرشيفية", "المكتب الإعلامي", "غيتي إيمجز"),
            "masdar": ("وام", "رويترز", "بلومبرغ", "أوبك", "وكالة الطاقة الدولية"),
        },
        families=(
            _f("qism", HEADER, 0.35, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.75, *_by_day(_ae_dated)),
            _f("katib", HEADER, 0.45, (_OLD, "بقلم: {author}"),
               (AE_REDESIGN.isoformat(), "{author} - دبي")),
            _f("iqra", MIDDLE, 0.3, (_OLD, "اقرأ أيضًا: {other_title}"), count=2),
            _f("sura", MIDDLE, 0.25, (_OLD, "الصورة: {sura}")),
            _f("brent", FOOTER, 0.25, *_by_day(_ae_brent)),
            _f("masdar", FOOTER, 0.12, (_OLD, "المصدر: {masdar}")),
            _f("tanbih", FOOTER, 0.3, *_ae_notice()),
            _f("ishtirak", FOOTER, 0.15, (_OLD, "الاشتراك السنوي في Taqa Digest: 1,500 درهم"),
               (AE_VAT.isoformat(), "الاشتراك السنوي في Taqa Digest: 1,575 درهمًا شاملة ضريبة "
                                    "القيمة المضافة")),
            _f("ikhla", FOOTER, 0.25, (_OLD, "المعلومات الواردة لأغراض إعلامية فقط ولا تُعد "
                                             "توصية بالاستثمار.")),
            _f("huquq", FOOTER, 0.4, (_OLD, "© {year} Taqa Digest. جميع الحقوق محفوظة.")),
            _f("atal", HEADER, 0.04, (_OLD, "⚠️ عطل فني: تأخر تحديث أسعار النفط اليوم")),
        ),
    )


# --- a Russian oil and gas journal (Tyumen) ----------------------------------------------------

RU_REDESIGN = dt.date(2018, 9, 2)  # relaunched on the oil and gas workers' day 2018
RU_TELEGRAM = dt.date(2019, 3, 4)
RU_VAT = dt.date(2019, 1, 1)  # VAT raised from 18 to 20 percent
URALS = (("2015-01-02", 48.0), ("2015-05-15", 63.0), ("2016-01-20", 25.0), ("2016-12-30", 53.0),
         ("2017-06-21", 44.0), ("2017-12-29", 64.0), ("2018-10-03", 83.0), ("2018-12-24", 52.0),
         ("2019-04-25", 72.0), ("2019-12-31", 65.0), ("2020-04-21", 14.0), ("2020-06-30", 41.0),
         ("2020-11-02", 37.0), ("2021-01-10", 54.0))


def _ru_dated(day: dt.date) -> str:
    month = RUSSIAN_MONTHS[day.month - 1]
    if day < RU_REDESIGN:
        return f"Тюмень, {day.day} {month} {day.year}"
    return f"{RUSSIAN_WEEKDAYS[day.weekday()]}, {day.day} {month} {day.year}, {{time}}"


def ru_urals(day: dt.date) -> float:
    """The made-up price of Urals crude in dollars a barrel on `day`'s working day."""
    work = working_day(day)
    return round(max(10.0, trend(work, URALS) + wobble(work, "ru-urals", 1.5)), 2)


def _ru_urals(day: dt.date) -> str:
    return f"🛢️ Urals: ${comma(ru_urals(day))} за баррель"


def oil_workers_day(y: int) -> dt.date:
    """The oil and gas workers' day: the first Sunday of September."""
    return nth_weekday(y, 9, 6, 1)


def _ru_notice() -> Wordings:
    base = _steps((_OLD, "Присоединяйтесь к Promysel во ВКонтакте"),
                  (RU_TELEGRAM.isoformat(), "📲 Подписывайтесь на Telegram-канал Promysel"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ Выборы в Госдуму и областную думу: где ваш участок"),
        _span("2016-12-10", "2016-12-12", "🛢️ Россия присоединилась к сокращению добычи "
                                          "ОПЕК+"),
        _vote("2018-03-18", "🗳️ Выборы президента: участки открыты с 8:00 до 20:00"),
        _span("2020-03-30", "2020-05-31", "😷 Режим самоизоляции: вахтовикам — обязательный "
                                          "карантин 14 дней"),
        _span("2020-06-03", "2020-06-10", "⚠️ Разлив дизтоплива в Норильске: режим ЧС "
                                          "федерального уровня"),
        _span("2020-06-25", "2020-07-01", "🗳️ Голосование по поправкам в Конституцию: с 25 "
                                          "июня по 1 июля"),
    ]
    feasts = _movable(oil_workers_day, 2, 0, lambda y: f"🛢️ С Днём работников нефтяной и "
                                                       f"газовой промышленности, {y}!")
    feasts += _yearly("08-14", 0, 0, lambda y: f"🎉 Тюменской области — {y - 1944} лет")
    feasts += _yearly("05-09", 1, 0, lambda y: f"🎖️ {y - 1945}-летие Великой Победы",
                      years=range(2015, 2020))
    feasts += [_span("2020-06-23", "2020-06-24", "🎖️ Парад Победы 24 июня: 75 лет Великой "
                                                 "Победе")]
    return _calendar(base, news, feasts)


def tyumen_style() -> PublisherStyle:
    """A Russian oil and gas journal (Tyumen): a section kicker, the city and the date turned
    the weekday, the date and the time on the oil workers' day 2018 (a wording per day),
    "Автор:" turned text and photo credits, "Читайте также:" (up to twice), a photo credit,
    the Urals price on working days, the seasons of winter roads and ice crossings, a social
    line turned a messenger appeal and turned by two votes, OPEC+, the 2020 self-isolation,
    a diesel spill and the constitutional vote, the oil workers' day, the region's and
    Victory's anniversaries with their counts (the parade moved in 2020), the subscription
    with VAT raised in 2019, the registration, the age mark and a reprint line (a block), a
    rare blizzard closure."""
    return PublisherStyle(
        domain="promysel72.ru", site="Promysel", base_size=90,
        subdomains=(("", 100),),
        sections=("dobycha", "pererabotka", "servis", "gaz", "ekologiya", "kadry"),
        n_authors=4, url_path="/news/{section}/{n}/",
        pools={
            "rubrika": ("Добыча", "Переработка", "Сервис", "Газ", "Экология", "Кадры",
                        "Регион"),
            "foto": ("пресс-служба компании", "архив редакции", "ТАСС",
                     "из открытых источников"),
        },
        families=(
            _f("rubrika", HEADER, 0.35, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.7, *_by_day(_ru_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (RU_REDESIGN.isoformat(), "Текст: {author}. Фото: {author2}")),
            _f("chitaite", MIDDLE, 0.3, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.15, (_OLD, "Фото: {foto}")),
            _f("urals", FOOTER, 0.2, *_by_day(_ru_urals)),
            _f("zimnik", FOOTER, 0.15, *_seasons(
                ("01-15", "❄️ Зимники открыты: соблюдайте ограничения по массе и скорости"),
                ("04-15", "🚧 Зимники закрыты до следующего сезона"),
                ("11-01", "⛔ Ледовые переправы ещё не открыты: дождитесь разрешения"))),
            _f("soobshchenie", FOOTER, 0.3, *_ru_notice()),
            _f("podpiska", FOOTER, 0.15, (_OLD, "Подписка на журнал Promysel: 1 800 ₽ на "
                                                "полугодие"),
               (RU_VAT.isoformat(), "Подписка на журнал Promysel: 1 830 ₽ на полугодие, "
                                    "включая НДС 20%")),
            _f("svidetelstvo", FOOTER, 0.2, (_OLD, "Свидетельство о регистрации СМИ ЭЛ № "
                                                   "ФС77-00000 выдано Роскомнадзором")),
            _f("vozrast", FOOTER, 0.25, (_OLD, "18+")),
            _f("perepechatka", FOOTER, 0.4, (_OLD, "© {year} Promysel. Перепечатка только с "
                                                   "письменного разрешения редакции.")),
            _f("metel", HEADER, 0.04, (_OLD, "⚠️ Метель: трасса Тюмень — Ханты-Мансийск "
                                             "закрыта для автобусов")),
        ),
    )


# --- a Greek shipping weekly (Piraeus) ---------------------------------------------------------

GR_REDESIGN = dt.date(2018, 6, 4)  # relaunched on the opening day of Posidonia 2018
GR_NEWSLETTER = dt.date(2019, 4, 1)
GR_VAT = dt.date(2016, 6, 1)  # VAT raised to 24 percent
GR_FIRST_ISSUE = dt.date(2015, 1, 2)  # a Friday: issue 1001
POSIDONIA = {2016: "2016-06-06", 2018: "2018-06-04"}


def gr_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number and the Friday it came out."""
    friday = week_from(day, 4)
    return 1001 + (friday - GR_FIRST_ISSUE).days // 7, friday


def _gr_issue(day: dt.date) -> str:
    number, friday = gr_issue(day)
    return f"Φύλλο {number} · Παρασκευή {friday.day} {GREEK_MONTHS[friday.month - 1]} {friday.year}"


def _gr_dated(day: dt.date) -> str:
    if day < GR_REDESIGN:
        return f"Πειραιάς, {day.day} {GREEK_MONTHS[day.month - 1]} {day.year}"
    return f"{GREEK_WEEKDAYS[day.weekday()]}, {day:%d.%m.%Y} {{time}}"


def _gr_notice() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε τη Nautilia Piraeus στο Facebook"),
                  (GR_NEWSLETTER.isoformat(), "📩 Γραφτείτε στο εβδομαδιαίο newsletter για τη "
                                              "ναυτιλία"))
    news: list[Event] = [
        _vote("2015-01-25", "🗳️ Εκλογές: τι λένε τα κόμματα για τη ναυτιλία"),
        _vote("2015-07-05", "🗳️ Δημοψήφισμα της 5ης Ιουλίου", before=5),
        _span("2015-06-29", "2015-07-19", "🏦 Έλεγχοι κεφαλαίων: πώς πληρώνονται τα "
                                          "πληρώματα"),
        _vote("2015-09-20", "🗳️ Πρόωρες εκλογές της 20ής Σεπτεμβρίου"),
        _span("2016-08-10", "2016-08-16", "⚓ Η COSCO αποκτά το 51% του ΟΛΠ"),
        _vote("2019-07-07", "🗳️ Εθνικές εκλογές: οι δεσμεύσεις για τη ναυτιλία"),
        _span("2020-03-23", "2020-05-03", "😷 Περιορισμός κυκλοφορίας: μετακινήσεις μόνο με "
                                          "SMS στο 13033"),
        _span("2020-06-01", "2020-06-05", "⚓ Τα Ποσειδώνια 2020 αναβάλλονται λόγω "
                                          "πανδημίας"),
        _span("2020-11-07", "2021-01-10", "😷 Δεύτερο lockdown: τα μέτρα για λιμάνια και "
                                          "πληρώματα"),
    ]
    feasts = _movable(orthodox_easter, 2, 1, lambda y: f"🕯️ Καλό Πάσχα {y}!")
    feasts += _movable(_listed(POSIDONIA), 1, 4, lambda y: f"⚓ Ποσειδώνια {y}: η μεγάλη "
                                                           f"ναυτιλιακή έκθεση στο Metropolitan "
                                                           f"Expo")
    feasts += _yearly("03-25", 0, 0, lambda y: f"🇬🇷 25η Μαρτίου: {y - 1821} χρόνια από την "
                                               f"Επανάσταση")
    feasts += _yearly("12-06", 0, 0, lambda _: "⚓ Χρόνια πολλά στους ναυτικούς, του Αγίου "
                                               "Νικολάου")
    return _calendar(base, news, feasts)


def piraeus_style() -> PublisherStyle:
    """A Greek shipping weekly (Piraeus): a section kicker, the issue number with the Friday
    it came out (turning every Friday), the city and the date turned the weekday, a dotted
    date and the time on the opening day of Posidonia 2018 (a wording per day), "Γράφει:"
    turned "Ρεπορτάζ:", "Διαβάστε επίσης:" once, a photo credit, the ferries' summer and
    winter timetables and the meltemi, a social line turned a newsletter appeal and turned
    by three elections, a referendum, capital controls, a port's sale, the two 2020
    lockdowns and Posidonia put off, Orthodox Easter, Posidonia every other year, the
    uprising's count and Saint Nicholas, a cross-post from print, the subscription with the
    2016 VAT rise and a rights line (a block), a rare ban on sailing."""
    return PublisherStyle(
        domain="nautiliapiraeus.gr", site="Nautilia Piraeus", base_size=70,
        subdomains=(("www.", 100),),
        sections=("shipping", "ports", "shipyards", "ferries", "cruise", "freight"),
        n_authors=3, url_path="/{section}/{n}-{slug}",
        pools={"katigoria": ("Ναυτιλία", "Λιμάνια", "Ναυπηγεία", "Ακτοπλοΐα", "Κρουαζιέρα",
                             "Ναυλαγορά")},
        families=(
            _f("katigoria", HEADER, 0.3, (_OLD, "{katigoria}")),
            _f("fyllo", HEADER, 0.4, *_by_day(_gr_issue)),
            _f("imerominia", HEADER, 0.55, *_by_day(_gr_dated)),
            _f("grafei", HEADER, 0.4, (_OLD, "Γράφει: {author}"),
               (GR_REDESIGN.isoformat(), "Ρεπορτάζ: {author}")),
            _f("diavaste", MIDDLE, 0.25, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("fotografia", MIDDLE, 0.15, (_OLD, "Φωτογραφία: {author2}")),
            _f("dromologia", FOOTER, 0.2, *_seasons(
                ("05-01", "☀️ Θερινά δρομολόγια ακτοπλοΐας σε ισχύ: ελέγξτε τις αναχωρήσεις"),
                ("07-01", "🌬️ Μελτέμια στο Αιγαίο: πιθανές καθυστερήσεις στα δρομολόγια"),
                ("10-16", "🌊 Χειμερινά δρομολόγια: ενημερωθείτε για απαγορευτικά πριν "
                          "ταξιδέψετε"))),
            _f("anakoinosi", FOOTER, 0.3, *_gr_notice()),
            _f("entypo", FOOTER, 0.1, (_OLD, "Δημοσιεύθηκε στην έντυπη έκδοση της "
                                             "Παρασκευής.")),
            _f("syndromi", FOOTER, 0.15, (_OLD, "Ετήσια συνδρομή στη Nautilia Piraeus: 120 €"),
               (GR_VAT.isoformat(), "Ετήσια συνδρομή στη Nautilia Piraeus: 124 € με ΦΠΑ 24%")),
            _f("dikaiomata", FOOTER, 0.35, (_OLD, "© {year} Nautilia Piraeus. Απαγορεύεται η "
                                                  "αναδημοσίευση χωρίς γραπτή άδεια.")),
            _f("apagoreutiko", HEADER, 0.04, (_OLD, "⚠️ Απαγορευτικό απόπλου: δεμένα τα πλοία "
                                                    "στον Πειραιά λόγω θυελλωδών ανέμων")),
        ),
    )


# --- a Hindi farm-market site (Indore, Madhya Pradesh) -----------------------------------------

IN_REDESIGN = dt.date(2018, 10, 2)  # relaunched on Gandhi Jayanti
IN_WHATSAPP = dt.date(2019, 6, 3)
SOYBEAN = (("2015-01-01", 3500), ("2015-09-15", 3300), ("2016-01-15", 3700),
           ("2016-06-15", 4000), ("2016-10-15", 2900), ("2017-06-15", 2700),
           ("2017-12-15", 3000), ("2018-06-15", 3400), ("2018-12-15", 3300),
           ("2019-06-15", 3650), ("2019-12-15", 4000), ("2020-06-15", 3700),
           ("2020-10-15", 4100), ("2021-01-10", 4500))
# The wheat support price (rupees a quintal) from the day each season's price was announced.
WHEAT_MSP = ((_OLD, 1450), ("2015-11-04", 1525), ("2016-11-07", 1625), ("2017-10-24", 1735),
             ("2018-10-03", 1840), ("2019-10-23", 1925), ("2020-09-21", 1975))


def _in_dated(day: dt.date) -> str:
    month = HINDI_MONTHS[day.month - 1]
    if day < IN_REDESIGN:
        return f"इंदौर, {day.day} {month} {day.year}"
    return f"{HINDI_WEEKDAYS[day.weekday()]}, {day.day:02d} {month} {day.year} | {{time}} IST"


def mandi_day(day: dt.date) -> dt.date:
    """The market day whose price holds on `day` (the mandi is shut on Sundays)."""
    return day - dt.timedelta(days=1) if day.weekday() == 6 else day


def in_soybean(day: dt.date) -> int:
    """The made-up modal price of soybean (rupees a quintal) at the Indore mandi."""
    open_day = mandi_day(day)
    return 5 * round((trend(open_day, SOYBEAN) + wobble(open_day, "in-soya", 45)) / 5)


def _in_mandi(day: dt.date) -> str:
    return f"📊 इंदौर मंडी: सोयाबीन ₹{in_soybean(day):,} प्रति क्विंटल"


def _in_notice() -> Wordings:
    base = _steps((_OLD, "फेसबुक पर जुड़ें: Malwa Krishi Darpan"),
                  (IN_WHATSAPP.isoformat(), "📲 रोज़ के मंडी भाव व्हाट्सएप पर पाएं: 90000 "
                                            "00000 पर भाव लिखकर भेजें"))
    news: list[Event] = [
        _span("2016-11-09", "2016-11-30", "💸 नोटबंदी: मंडियों में भुगतान की नई व्यवस्था"),
        _span("2017-06-01", "2017-06-12", "⚠️ किसान आंदोलन: मंदसौर और आसपास की मंडियां बंद"),
        _span("2017-10-16", "2017-12-15", "💰 भावांतर भुगतान योजना: उपज बेचने से पहले पंजीयन "
                                          "कराएं"),
        _vote("2018-11-28", "🗳️ विधानसभा चुनाव: मतदान सुबह 8 से शाम 5 बजे तक"),
        _span("2018-12-11", "2018-12-12", "🗳️ विधानसभा चुनाव के नतीजे: मालवा-निमाड़ की सीटें"),
        _span("2019-02-24", "2019-03-03", "💰 पीएम-किसान: पहली किस्त के ₹2,000 खातों में"),
        _vote("2019-05-19", "🗳️ लोकसभा चुनाव: इंदौर में आज मतदान"),
        _span("2020-03-25", "2020-05-31", "😷 लॉकडाउन: मंडियों में सीमित खरीदी, टोकन लेकर "
                                          "आएं"),
        _span("2020-11-26", "2021-01-10", "🚜 दिल्ली की सीमाओं पर किसान आंदोलन जारी"),
    ]
    feasts = _yearly("11-01", 0, 0, lambda y: f"🎉 मध्यप्रदेश स्थापना दिवस: {y - 1956} वर्ष")
    feasts += _yearly("12-23", 0, 0, lambda _: "🌾 किसान दिवस की शुभकामनाएं")
    return _calendar(base, news, feasts)


def indore_style() -> PublisherStyle:
    """A Hindi farm-market site (Indore): a section kicker, the city and the date turned the
    weekday, the date and the time on Gandhi Jayanti 2018 (a wording per day), the writer
    and the city turned "रिपोर्ट:", "यह भी पढ़ें:" (up to twice), a photo credit, the soybean
    price at the Indore mandi every market day (Sundays hold Saturday's), the sowing and
    procurement seasons, a social line turned a messenger appeal and turned by
    demonetisation, a farmers' agitation, a price-gap scheme, two votes and a count, a
    support payment's first instalment, the 2020 lockdown and the protests at Delhi's
    borders, the state's foundation day with its count and Farmers' Day, the wheat support
    price rising every season, a price disclaimer and a rights line (a block), a rare hail
    warning."""
    return PublisherStyle(
        domain="malwakrishidarpan.in", site="Malwa Krishi Darpan", base_size=52,
        subdomains=(("www.", 100),),
        sections=("mandi-bhav", "kheti", "mausam", "yojana", "pashupalan", "bagwani"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={"shreni": ("मंडी भाव", "खेती-किसानी", "मौसम", "सरकारी योजना", "पशुपालन",
                          "बागवानी")},
        families=(
            _f("shreni", HEADER, 0.3, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.55, *_by_day(_in_dated)),
            _f("report", HEADER, 0.4, (_OLD, "{author} | इंदौर"),
               (IN_REDESIGN.isoformat(), "रिपोर्ट: {author}")),
            _f("padhein", MIDDLE, 0.25, (_OLD, "यह भी पढ़ें: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.15, (_OLD, "फोटो: {author2}")),
            _f("mandi", FOOTER, 0.25, *_by_day(_in_mandi)),
            _f("fasal", FOOTER, 0.15, *_seasons(
                ("03-15", "🌾 रबी उपार्जन: समर्थन मूल्य पर गेहूं बेचने के लिए पंजीयन कराएं"),
                ("06-15", "🌱 खरीफ बुवाई: सोयाबीन का प्रमाणित बीज ही बोएं"),
                ("10-15", "🌾 रबी बुवाई: गेहूं और चने की बुवाई का सही समय"))),
            _f("suchna", FOOTER, 0.3, *_in_notice()),
            _f("msp", FOOTER, 0.15, *((start, f"📌 गेहूं का समर्थन मूल्य: ₹{price:,} प्रति "
                                              f"क्विंटल") for start, price in WHEAT_MSP)),
            _f("asvikaran", FOOTER, 0.2, (_OLD, "मंडी भाव व्यापारियों से मिली जानकारी पर आधारित "
                                                "हैं, बेचने से पहले अपनी मंडी में पुष्टि करें।")),
            _f("adhikar", FOOTER, 0.35, (_OLD, "© {year} Malwa Krishi Darpan. सर्वाधिकार "
                                               "सुरक्षित।")),
            _f("ole", HEADER, 0.04, (_OLD, "⚠️ ओलावृष्टि की चेतावनी: अगले 24 घंटे में मालवा में "
                                           "ओले गिर सकते हैं")),
        ),
    )


# --- a Polish tax newsletter (Kraków) ----------------------------------------------------------

PL_RODO = dt.date(2018, 5, 25)  # the GDPR applies
PL_BYLINE = dt.date(2019, 1, 2)


def _pl_dated(day: dt.date) -> str:
    month = POLISH_MONTHS[day.month - 1]
    if day < PL_RODO:
        return f"Kraków, {day.day} {month} {day.year} r."
    return f"{POLISH_WEEKDAYS[day.weekday()]}, {day.day} {month} {day.year}"


def _pl_law(day: dt.date) -> str:
    return f"Stan prawny na dzień {day:%d.%m.%Y} r."


def _pl_notice() -> Wordings:
    base = _steps((_OLD, "Zapisz się do bezpłatnego newslettera Biuletyn Podatnika"),
                  (PL_RODO.isoformat(), "📩 Newsletter Biuletyn Podatnika: zapisz się i "
                                        "potwierdź zgodę w wiadomości e-mail"))
    news: list[Event] = [
        _vote("2015-05-10", "🗳️ Wybory prezydenckie: I tura"),
        _vote("2015-05-24", "🗳️ Wybory prezydenckie: II tura"),
        _vote("2015-10-25", "🗳️ Wybory do Sejmu i Senatu"),
        _span("2016-06-27", "2016-07-05", "📂 Od 1 lipca 2016 r. JPK_VAT dla dużych "
                                          "przedsiębiorców"),
        _span("2017-12-18", "2018-01-26", "📂 JPK_VAT także dla mikroprzedsiębiorców od 1 "
                                          "stycznia 2018 r."),
        _span("2018-05-20", "2018-05-31", "🔒 RODO stosuje się od 25 maja 2018 r.: sprawdź "
                                          "swoje klauzule"),
        _span("2018-06-25", "2018-07-08", "💳 Od 1 lipca 2018 r. dobrowolny split payment"),
        _vote("2019-10-13", "🗳️ Wybory do Sejmu i Senatu"),
        _span("2019-10-25", "2019-11-08", "💳 Od 1 listopada 2019 r. obowiązkowy split "
                                          "payment"),
        _span("2020-03-31", "2020-05-15", "🛡️ Tarcza antykryzysowa: jak złożyć wniosek o "
                                          "zwolnienie ze składek ZUS"),
        _vote("2020-06-28", "🗳️ Wybory prezydenckie: I tura"),
        _vote("2020-07-12", "🗳️ Wybory prezydenckie: II tura"),
        _span("2020-09-21", "2020-10-15", "📂 JPK_V7 zastępuje deklarację VAT-7 od 1 "
                                          "października 2020 r."),
    ]
    deadlines = _yearly("03-31", 10, 0, lambda y: f"🗓️ Do 31 marca złóż CIT-8 za {y - 1} r.")
    deadlines += _yearly("04-30", 14, 0, lambda y: f"🗓️ Do 30 kwietnia złóż PIT za {y - 1} r.")
    return _calendar(base, news, deadlines)


def krakow_style() -> PublisherStyle:
    """A Polish tax newsletter (Kraków): a tax kicker, the city and the date turned the
    weekday and the date the day the GDPR applied (a wording per day), the law as of each
    day (a wording per day), "Autor:" turned the writer's profession, "Czytaj także:" once,
    the legal basis, a newsletter line turned and turned by six votes and run-offs, new
    e-filing and split-payment duties, the GDPR, the 2020 relief package and the yearly CIT
    and PIT deadlines, the subscription rising, a no-advice disclaimer and a rights line (a
    block), a rare e-filing outage."""
    return PublisherStyle(
        domain="biuletynpodatnika.pl", site="Biuletyn Podatnika", base_size=36,
        subdomains=(("www.", 100),),
        sections=("vat", "pit", "cit", "zus", "kadry", "orzecznictwo"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "kategoria": ("VAT", "PIT", "CIT", "ZUS", "Kadry i płace", "Orzecznictwo"),
            "beat": ("doradca podatkowy", "radca prawny", "specjalista ds. kadr i płac"),
            "podstawa": ("art. 86 ust. 1 ustawy o VAT", "art. 22 ust. 1 ustawy o PIT",
                         "art. 15 ust. 1 ustawy o CIT", "art. 6 ust. 1 ustawy o systemie "
                         "ubezpieczeń społecznych"),
        },
        families=(
            _f("kategoria", HEADER, 0.3, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.55, *_by_day(_pl_dated)),
            _f("stan", HEADER, 0.4, *_by_day(_pl_law)),
            _f("autor", HEADER, 0.4, (_OLD, "Autor: {author}"),
               (PL_BYLINE.isoformat(), "{author}, {author_beat}")),
            _f("czytaj", MIDDLE, 0.2, (_OLD, "Czytaj także: {other_title}")),
            _f("podstawa", FOOTER, 0.2, (_OLD, "Podstawa prawna: {podstawa}")),
            _f("terminy", FOOTER, 0.3, *_pl_notice()),
            _f("prenumerata", FOOTER, 0.15, (_OLD, "Prenumerata roczna: 299 zł netto"),
               ("2019-01-02", "Prenumerata roczna: 349 zł netto, 12 wydań i dostęp online")),
            _f("zastrzezenie", FOOTER, 0.2, (_OLD, "Publikacja ma charakter informacyjny i nie "
                                                   "stanowi porady prawnej ani podatkowej.")),
            _f("prawa", FOOTER, 0.35, (_OLD, "© {year} Biuletyn Podatnika. Wszelkie prawa "
                                             "zastrzeżone.")),
            _f("awaria", HEADER, 0.04, (_OLD, "⚠️ Awaria bramki e-Deklaracje: wysyłka możliwa z "
                                              "opóźnieniem")),
        ),
    )


# --- a Kenyan tea growers' association journal (Kericho) --------------------------------------

KE_REDESIGN = dt.date(2019, 6, 1)  # relaunched on Madaraka Day 2019
KE_SMS = dt.date(2018, 7, 2)
KE_FEE = dt.date(2019, 1, 2)
TEA = (("2015-01-01", 2.20), ("2015-09-15", 3.10), ("2016-06-15", 2.50), ("2017-03-15", 3.20),
       ("2017-12-15", 2.95), ("2018-12-15", 2.30), ("2019-12-15", 2.10), ("2020-06-15", 1.90),
       ("2021-01-10", 1.85))


def ke_issue(day: dt.date) -> tuple[int, dt.date]:
    """The monthly's issue number and the first of the month it came out."""
    return 41 + (day.year - 2015) * 12 + day.month - 1, day.replace(day=1)


def _ke_issue(day: dt.date) -> str:
    number, first = ke_issue(day)
    return f"Issue {number} · {ENGLISH_MONTHS[first.month - 1]} {first.year}"


def _ke_dated(day: dt.date) -> str:
    if day < KE_REDESIGN:
        return f"Kericho, {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    month = ENGLISH_MONTHS[day.month - 1]
    return f"{ENGLISH_WEEKDAYS[day.weekday()]}, {month} {day.day}, {day.year}"


def ke_sale(day: dt.date) -> tuple[int, dt.date, float]:
    """The Mombasa auction's sale number in its year, the Tuesday it was held and its made-up
    average price in dollars a kilo."""
    tuesday = week_from(day, 1)
    first = week_from(dt.date(tuesday.year, 1, 7), 1)
    price = round(trend(tuesday, TEA) + wobble(tuesday, "ke-tea", 0.08), 2)
    return (tuesday - first).days // 7 + 1, tuesday, price


def _ke_sale(day: dt.date) -> str:
    number, _, price = ke_sale(day)
    return f"☕ Mombasa auction, Sale No. {number}: average US$ {price:.2f} per kg"


def _ke_agm(y: int) -> str:
    if y == 2020:
        return "📅 AGM 2020 postponed: members will be told the new date"
    return f"📅 Association AGM {y}: Saturday at the Kericho showground, 9 am"


def _ke_notice() -> Wordings:
    base = _steps((_OLD, "Members: bring your questions to your factory's annual meeting"),
                  (KE_SMS.isoformat(), "📲 Get the auction prices by SMS: send CHAI to 00000"))
    news: list[Event] = [
        _vote("2017-08-08", "🗳️ General election: buying centres close on polling day",
              after=2),
        _span("2017-10-20", "2017-10-27", "🗳️ Fresh presidential election on 26 October"),
        _span("2020-03-27", "2020-06-06", "😷 Curfew from 7 pm: buying centres close early, "
                                          "wear a mask when delivering leaf"),
    ]
    feasts = _movable(lambda y: last_weekday(y, 3, 5), 6, 0, _ke_agm)
    feasts += _yearly("06-01", 0, 0, lambda y: f"🇰🇪 Happy {ordinal(y - 1963)} Madaraka Day")
    feasts += _yearly("10-20", 0, 0, lambda _: "🇰🇪 Happy Mashujaa Day to all our members")
    feasts += _yearly("12-12", 0, 0, lambda y: f"🇰🇪 Happy {ordinal(y - 1963)} Jamhuri Day")
    return _calendar(base, news, feasts)


def kericho_style() -> PublisherStyle:
    """A Kenyan tea growers' association journal (Kericho): a greeting in Swahili and
    English, the monthly issue (turning on the first of each month), the town and the date
    turned the weekday and the date on Madaraka Day 2019 (a wording per day), "By" turned
    with the town, "Also read:" once, the Mombasa auction's average every Tuesday, the
    seasons of frost, long rains, cold and short rains, a members' line turned an SMS appeal
    and turned by two votes and the 2020 curfew, the AGM (put off in 2020), Madaraka and
    Jamhuri Days with their counts and Mashujaa Day, the membership fee rising, a views line
    and a rights line (a block), a rare hailstorm."""
    return PublisherStyle(
        domain="chaigrowers.or.ke", site="Chai Growers Journal", base_size=24,
        subdomains=(("", 100),),
        sections=("auction", "factories", "agronomy", "policy", "members"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("habari", HEADER, 0.15, (_OLD, "Habari za shambani! News from the tea farms")),
            _f("issue", HEADER, 0.35, *_by_day(_ke_issue)),
            _f("dateline", HEADER, 0.5, *_by_day(_ke_dated)),
            _f("byline", HEADER, 0.35, (_OLD, "By {author}"),
               (KE_REDESIGN.isoformat(), "{author} | Kericho")),
            _f("also", MIDDLE, 0.2, (_OLD, "Also read: {other_title}")),
            _f("auction", FOOTER, 0.2, *_by_day(_ke_sale)),
            _f("rains", FOOTER, 0.2, *_seasons(
                ("01-01", "☀️ Dry season: watch for frost on low-lying fields"),
                ("03-15", "🌧️ Long rains: pluck every 7 days and watch for blister blight"),
                ("06-15", "🍃 Cold season: expect lower yields on the high slopes"),
                ("10-15", "🌧️ Short rains: top-dress with NPK after the first rains"))),
            _f("notice", FOOTER, 0.3, *_ke_notice()),
            _f("membership", FOOTER, 0.15, (_OLD, "Annual membership: KSh 500, payable at your "
                                                  "factory office"),
               (KE_FEE.isoformat(), "Annual membership: KSh 1,000, payable by M-Pesa")),
            _f("views", FOOTER, 0.15, (_OLD, "Views expressed by contributors are not "
                                             "necessarily those of the Association.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Chai Growers Journal, Kericho")),
            _f("hail", HEADER, 0.04, (_OLD, "⚠️ Hailstorm in parts of Kericho and Bomet: report "
                                            "damaged bushes to your extension officer")),
        ),
    )


def heldout91_styles() -> list[PublisherStyle]:
    """The held-back-91 styles, in the order the generator hands them to publishers."""
    return [
        shenzhen_style(), ribeirao_style(), muenster_style(), paris_style(), kobe_style(),
        madrid_style(), dubai_style(), tyumen_style(), piraeus_style(), indore_style(),
        krakow_style(), kericho_style(),
    ]
