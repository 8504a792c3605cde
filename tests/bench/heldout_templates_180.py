"""The ``held-back-180`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-176 set. It was
written WITHOUT looking at cleanpipe's code (nothing under ``cleanpipe/`` but the generator's
model and template types in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names
come from `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"TLP:WHITE" marker, an advertisement marker or a "patch now" line. The publishers are
cybersecurity news sites, IT-operations trade press and software vendors' advisory pages in
English, Russian, Chinese, Korean, Portuguese and Italian: an American security news site, a
Russian information-security news site, a Chinese security news site, an American network
vendor's security advisories (PSIRT), a Korean security news site, a Brazilian security and
privacy news site, a British IT-operations weekly, an Italian security news site, a threat-
intelligence vendor's research blog, a Chinese software vendor's security response centre,
the press centre of a Russian antivirus developer and an Australian managed-IT provider's
client bulletins. The families are the kinds a crawl of such sites holds: dates localised
day by day in English (with American, British and Australian summer time), Russian, Chinese,
Korean (with the weekday), Portuguese and Italian, several changing form on the day of a
redesign; CVE, CWE, CVSS and severity lines (the CVSS version moving to 3.1 in June 2019, the
ATT&CK technique IDs to sub-techniques in July 2020); lines that turn every day (end-of-support
countdowns for Windows Server 2003, Windows 7, Office 2010 and Flash, the countdown to
Brazil's LGPD with its postponements), every week (a reader poll) and every month (Patch
Tuesday, the month's rollout of Microsoft updates, monthly webinars); "patch now" banners by
date (WannaCry, NotPetya, Meltdown and Spectre, Equifax, BlueKeep, the Citrix flaw, Zerologon,
SolarWinds) and Patch Tuesday roundups; conference and webinar promos following their
calendars (RSA Conference, Black Hat and DEF CON, Infosecurity Europe, Positive Hack Days
and The Standoff, China's cybersecurity week, Korea's information-security day, Black Friday,
Safer Internet Day, the European cybersecurity month, SysAdmin Day, the 1024 day of Chinese
programmers, Russian New Year holidays, the pandemic); laws coming into force (China's
Cybersecurity Law, MLPS 2.0 and the Cryptography Law, Russia's critical-infrastructure law,
the GDPR, Australia's breach-notification scheme, Korea's data laws); amounts that change
over years (bug-bounty ceilings, a vendor's PGP key each year, end-of-maintenance releases,
counts of tracked threat groups and of protected users, a yearly attack report, training
cohorts); vendor-advisory references, researcher credits and responsible-disclosure notes,
related links, sponsored lines and advertisement markers mid-body (some up to two times);
notices reworded in 2016-2020, multi-line blocks (disclaimers, revision lines, imprints,
registration lines, copyright lines), bare lines and families in only 4% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    iso_day,
    last_weekday,
    listed,
    nth_weekday,
    thanksgiving,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESYATSA = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")
DNI = ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье")
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")

# CVE numbers a site's vulnerability box pairs with the article's year.
CVE_NUMBERS = ("0144", "0708", "1472", "11510", "19781", "5638", "7494", "13379", "2725",
               "0199", "1938", "3156")

# --- helpers of this set ------------------------------------------------------------------


def digest_hex(key: str, n: int = 8) -> str:
    """`n` made-up upper-case hex digits, the same for the same `key`."""
    return hashlib.sha256(key.encode()).hexdigest()[:n].upper()


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def patch_tuesday(y: int, m: int) -> dt.date:
    """Microsoft's monthly security release: the second Tuesday of the month."""
    return nth_weekday(y, m, 1, 2)


def next_month(y: int, m: int) -> tuple[int, int]:
    return (y + 1, 1) if m == 12 else (y, m + 1)


def last_patch_tuesday(day: dt.date) -> dt.date:
    """The latest Patch Tuesday on or before `day`."""
    this = patch_tuesday(day.year, day.month)
    if this <= day:
        return this
    y, m = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    return patch_tuesday(y, m)


def next_patch_tuesday(day: dt.date) -> dt.date:
    """The first Patch Tuesday after `day`."""
    this = patch_tuesday(day.year, day.month)
    return this if this > day else patch_tuesday(*next_month(day.year, day.month))


def us_daylight(day: dt.date) -> bool:
    """American daylight saving time: second Sunday of March to first Sunday of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def eu_summer(day: dt.date) -> bool:
    """British and European summer time: last Sunday of March to last Sunday of October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def au_daylight(day: dt.date) -> bool:
    """Sydney daylight saving time: first Sunday of October to first Sunday of April."""
    return day >= nth_weekday(day.year, 10, 6, 1) or day < nth_weekday(day.year, 4, 6, 1)


def days_word(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


RSA_CONFERENCE = {2015: ("2015-04-20", "2015-04-24"), 2016: ("2016-02-29", "2016-03-04"),
                  2017: ("2017-02-13", "2017-02-17"), 2018: ("2018-04-16", "2018-04-20"),
                  2019: ("2019-03-04", "2019-03-08"), 2020: ("2020-02-24", "2020-02-28")}
# Black Hat USA's first day to DEF CON's last.
HACKER_SUMMER_CAMP = {2015: ("2015-08-01", "2015-08-09"), 2016: ("2016-07-30", "2016-08-07"),
                      2017: ("2017-07-22", "2017-07-30"), 2018: ("2018-08-04", "2018-08-12"),
                      2019: ("2019-08-03", "2019-08-11"), 2020: ("2020-08-01", "2020-08-09")}


# --- an American security news site -------------------------------------------------------

TL_REDESIGN = dt.date(2018, 4, 16)  # relaunched on the opening day of RSA Conference 2018
TL_NEWSLETTER = dt.date(2016, 9, 12)
TL_EMERGENCIES = (
    ("2015-07-27", "2015-08-07", "🚨 Stagefright: most Android phones need a patch; here is "
                                 "how to check yours"),
    ("2017-05-12", "2017-05-21", "🚨 WannaCry outbreak: patch MS17-010 and block SMBv1 now. "
                                 "Live updates"),
    ("2017-06-27", "2017-07-05", "🚨 NotPetya: what we know about the wiper hitting Ukraine "
                                 "and beyond"),
    ("2017-09-07", "2017-09-17", "🚨 Equifax breach: how to freeze your credit file"),
    ("2018-01-03", "2018-01-14", "🚨 Meltdown and Spectre: the patches for your OS, browser "
                                 "and firmware"),
    ("2019-05-14", "2019-05-31", "🚨 Patch now: BlueKeep (CVE-2019-0708) is wormable, says "
                                 "Microsoft"),
    ("2020-01-10", "2020-01-26", "🚨 Patch now: attackers are scanning for the Citrix ADC "
                                 "flaw CVE-2019-19781"),
    ("2020-09-14", "2020-09-27", "🚨 Patch now: Zerologon (CVE-2020-1472) hands attackers "
                                 "your domain controller"),
    ("2020-12-13", "2021-01-10", "🚨 SolarWinds supply-chain attack: our running coverage"),
)


def _tl_dated(day: dt.date) -> str:
    if day < TL_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    zone = "EDT" if us_daylight(day) else "EST"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year} at {{time12}} {zone}"


def _tl_patch(day: dt.date) -> str:
    last = last_patch_tuesday(day)
    if day <= last + 6 * ONE:
        return (f"Patch Tuesday, {MONTHS[last.month - 1]} {last.year}: everything Microsoft "
                f"fixed this month")
    nxt = next_patch_tuesday(day)
    return f"Next Patch Tuesday: {MONTHS[nxt.month - 1]} {nxt.day}"


@cache
def _tl_alert() -> Wordings:
    emergencies = [_span(first, last, text) for first, last, text in TL_EMERGENCIES]
    return _calendar(_tl_patch, emergencies)


@cache
def _tl_newsletter() -> Wordings:
    base = _steps((_OLD, "Get the Threat Ledger Daily newsletter in your inbox"),
                  (TL_NEWSLETTER.isoformat(), "📧 Threat Ledger Daily: the security stories "
                                              "that matter, before 8 a.m. Subscribe free"))
    shows = [_span(first, last, f"🎤 Threat Ledger is at RSA Conference {y}: follow our "
                                f"reporting from San Francisco")
             for y, (first, last) in RSA_CONFERENCE.items()]
    shows += [_span(first, last, f"🎤 Black Hat and DEF CON {y}: all our coverage in one "
                                 f"place") for y, (first, last) in HACKER_SUMMER_CAMP.items()]
    october = _yearly("10-01", 0, 30, lambda y: f"October is Cybersecurity Awareness Month: "
                                                f"our {y} guides for staying safe online")
    return _calendar(base, shows, october)


def threatledger_style() -> PublisherStyle:
    """An American security news site: a topic kicker, the short date turned the long date
    with the time and Eastern summer or winter time on the opening day of RSA Conference
    2018 (a wording per day), "Written by" turned the writer with the reading time, a CVE
    box with the article's year and a severity line from pools, "Related:" and
    advertisement markers up to twice mid-body, a header banner giving the next Patch
    Tuesday (a wording per month), each month's roundup week and the "patch now" alerts
    (WannaCry, NotPetya, Equifax, Meltdown, BlueKeep, Citrix, Zerologon, SolarWinds), a tip
    line, a responsible-disclosure note, a newsletter appeal reworded and turned by RSA
    Conference, Black Hat and DEF CON and each October's awareness month, the about line
    and the copyright line (a block), a rare correction and a rarer update."""
    return PublisherStyle(
        domain="threatledger.com", site="Threat Ledger", base_size=250,
        subdomains=(("www.", 100),),
        sections=("vulnerabilities", "malware", "breaches", "ransomware", "policy", "cloud"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={
            "kicker": ("VULNERABILITIES", "MALWARE", "DATA BREACHES", "RANSOMWARE", "POLICY",
                       "CLOUD SECURITY", "THREAT INTEL"),
            "cvenum": CVE_NUMBERS,
            "severity": ("Critical (CVSS 9.8)", "High (CVSS 8.8)", "High (CVSS 7.5)",
                         "Critical (CVSS 9.1)", "Medium (CVSS 6.5)", "Medium (CVSS 5.3)"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_tl_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "Written by {author}"),
               (TL_REDESIGN.isoformat(), "{author} · {read_min} min read")),
            _f("alert", HEADER, 0.25, *_tl_alert()),
            _f("cve", MIDDLE, 0.25, (_OLD, "Tracked as CVE-{year}-{cvenum}")),
            _f("severity", MIDDLE, 0.2, (_OLD, "Severity: {severity}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("tip", FOOTER, 0.3, (_OLD, "Got a tip? Reach the newsroom securely on Signal or "
                                          "at tips@threatledger.com.")),
            _f("disclosure", FOOTER, 0.1, (_OLD, "Threat Ledger told the vendor about this "
                                                 "issue before publication, in line with our "
                                                 "responsible-disclosure policy.")),
            _f("newsletter", FOOTER, 0.3, *_tl_newsletter()),
            _f("about", FOOTER, 0.3, (_OLD, "Threat Ledger is an independent newsroom covering "
                                            "information security since 2011.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Threat Ledger Media LLC. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "gave the wrong range of affected firmware "
                                                  "versions.")),
            _f("update", HEADER, 0.05, (_OLD, "Update, {time12}: added the vendor's "
                                              "statement.")),
        ),
    )


# --- a Russian information-security news site --------------------------------------------

IB_REDESIGN = dt.date(2017, 5, 23)  # relaunched on the opening day of PHDays VII
IB_TELEGRAM = dt.date(2017, 3, 1)
IB_AGE_MARK = dt.date(2016, 1, 1)
PHDAYS = {2015: ("2015-05-26", "2015-05-27"), 2016: ("2016-05-17", "2016-05-18"),
          2017: ("2017-05-23", "2017-05-24"), 2018: ("2018-05-15", "2018-05-16"),
          2019: ("2019-05-21", "2019-05-22")}
STANDOFF_2020 = ("2020-11-12", "2020-11-17")


def _ib_dated(day: dt.date) -> str:
    if day < IB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{DNI[day.weekday()]}, {day.day} {MESYATSA[day.month - 1]} {day.year}, {{time}} МСК"


@cache
def _ib_channel() -> Wordings:
    base = _steps((_OLD, "Следите за новостями ИнфоБезОбзор во «ВКонтакте» и в Twitter"),
                  (IB_TELEGRAM.isoformat(), "📢 Главные новости ИБ первыми — в нашем "
                                            "Telegram-канале"))
    news = [
        _span("2017-05-12", "2017-05-19", "Эпидемия WannaCry: что известно на данный момент"),
        _span("2017-12-18", "2018-01-14", "С 1 января 2018 года действует закон о "
                                          "безопасности КИИ (187-ФЗ): что нужно сделать"),
        _span("2020-03-30", "2020-05-11", "Нерабочие дни: как защитить удалённую работу — "
                                          "наш спецпроект"),
    ]
    forums = [_span(iso_day(first, -7).isoformat(), last, f"Positive Hack Days {y}: "
                                                          f"репортажи с форума")
              for y, (first, last) in PHDAYS.items()]
    forums.append(_span(iso_day(STANDOFF_2020[0], -7).isoformat(), STANDOFF_2020[1],
                        "The Standoff 2020: кибербитва в прямом эфире"))
    return _calendar(base, news, forums)


def infobezobzor_style() -> PublisherStyle:
    """A Russian information-security news site: a rubric from a pool, the numeric date and
    time turned the weekday, the long date and Moscow time on the opening day of PHDays VII
    (a wording per day), the author from a pool, a danger level from a pool and an entry of
    the FSTEC threat database with the article's year mid-body, "Читайте также:" and
    "Реклама" (up to twice), a channel appeal reworded for Telegram and turned by WannaCry,
    the critical-infrastructure law, the 2020 non-working days and each Positive Hack Days
    (The Standoff in 2020), the reprint line, the age mark (from 2016), the media
    registration and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="infobezobzor.ru", site="ИнфоБезОбзор", base_size=220,
        subdomains=(("www.", 70), ("", 30)),
        sections=("news", "vuln", "malware", "law", "crypto", "mobile"),
        n_authors=6, url_path="/{section}/{n}/",
        pools={
            "rubrika": ("Уязвимости", "Вредоносное ПО", "Утечки данных", "Законодательство",
                        "Криптография", "Мобильная безопасность"),
            "avtor": ("Алексей Корнилов", "Мария Седова", "Дмитрий Лапин",
                      "Ольга Вершинина", "Игорь Бельский"),
            "opasnost": ("критический", "высокий", "средний", "низкий"),
            "bdu": ("00145", "01287", "02311", "03964", "04410", "05072"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.9, *_by_day(_ib_dated)),
            _f("avtor", HEADER, 0.55, (_OLD, "Автор: {avtor}")),
            _f("opasnost", MIDDLE, 0.25, (_OLD, "Уровень опасности: {opasnost}")),
            _f("bdu", MIDDLE, 0.15, (_OLD, "Идентификатор в БДУ ФСТЭК России: "
                                           "BDU:{year}-{bdu}")),
            _f("chitayte", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), count=2),
            _f("kanal", FOOTER, 0.3, *_ib_channel()),
            _f("perepechatka", FOOTER, 0.35, (_OLD, "При полном или частичном использовании "
                                                    "материалов ссылка на ИнфоБезОбзор "
                                                    "обязательна.")),
            _f("vozrast", FOOTER, 0.4, (_OLD, "Материалы сайта предназначены для лиц старше "
                                              "16 лет"), (IB_AGE_MARK.isoformat(), "18+")),
            _f("smi", FOOTER, 0.25, (_OLD, "Сетевое издание «ИнфоБезОбзор». Свидетельство о "
                                           "регистрации СМИ Эл № ФС77-61234 выдано "
                                           "Роскомнадзором.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2009–{year} ИнфоБезОбзор")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправление: в первой версии заметки была "
                                                   "неверно указана версия прошивки.")),
        ),
    )


# --- a Chinese security news site ---------------------------------------------------------

AQ_REDESIGN = dt.date(2019, 9, 16)  # relaunched on the first day of the 2019 security week
AQ_REPRINT = dt.date(2017, 6, 1)  # the Cybersecurity Law in force
AQ_POLICE_FILING = dt.date(2016, 3, 1)
SECURITY_WEEK = {2015: ("2015-06-01", "2015-06-07"), 2016: ("2016-09-19", "2016-09-25"),
                 2017: ("2017-09-16", "2017-09-24"), 2018: ("2018-09-17", "2018-09-23"),
                 2019: ("2019-09-16", "2019-09-22"), 2020: ("2020-09-14", "2020-09-20")}


def _aq_dated(day: dt.date) -> str:
    if day < AQ_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return (f"{day.year}年{day.month:02d}月{day.day:02d}日 {XINGQI[day.weekday()]} "
            f"{{time}}")


@cache
def _aq_notice() -> Wordings:
    base = _steps((_OLD, "关注安全哨微信公众号，获取第一手漏洞预警"))
    laws = [
        _span("2017-05-25", "2017-06-07", "《网络安全法》6月1日起施行：要点解读专题"),
        _span("2019-11-25", "2019-12-08", "等保2.0 标准12月1日起实施：专题解读"),
        _span("2019-12-25", "2020-01-07", "《密码法》2020年1月1日起施行：专题解读"),
        _span("2020-01-24", "2020-04-08", "疫情期间远程办公安全指南（持续更新）"),
    ]
    weeks = [_span(iso_day(first, -5).isoformat(), last, f"{y}年国家网络安全宣传周：专题报道")
             for y, (first, last) in SECURITY_WEEK.items()]
    return _calendar(base, laws, weeks)


def anquanshao_style() -> PublisherStyle:
    """A Chinese security news site: a column from a pool, the ISO date and time turned the
    long date with the weekday on the first day of the 2019 national cybersecurity week (a
    wording per day), the source and the editor from pools, the vulnerability number with
    the article's year and a threat level mid-body, "相关阅读：" up to twice, "广告", a
    follow appeal turned by the Cybersecurity Law, MLPS 2.0, the Cryptography Law, the
    pandemic and each year's cybersecurity week, the research-only disclaimer, a reprint
    line reworded when the Cybersecurity Law came into force, the ICP licence (with the
    police filing from 2016) and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="anquanshao.cn", site="安全哨", base_size=195,
        subdomains=(("www.", 100),),
        sections=("vul", "intel", "data", "policy", "industry", "tech"),
        n_authors=5, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "lanmu": ("漏洞预警", "威胁情报", "数据安全", "政策法规", "行业动态", "技术分享"),
            "laiyuan": ("安全哨原创", "安全哨编译", "厂商公告", "网络"),
            "bianji": ("李明远", "王思雨", "陈浩", "赵一帆", "刘晓晨"),
            "cvenum": CVE_NUMBERS,
            "dengji": ("严重", "高危", "中危", "低危"),
        },
        families=(
            _f("lanmu", HEADER, 0.5, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.85, *_by_day(_aq_dated)),
            _f("laiyuan", HEADER, 0.5, (_OLD, "来源：{laiyuan}")),
            _f("bianji", FOOTER, 0.45, (_OLD, "责任编辑：{bianji}")),
            _f("bianhao", MIDDLE, 0.25, (_OLD, "漏洞编号：CVE-{year}-{cvenum}")),
            _f("dengji", MIDDLE, 0.25, (_OLD, "威胁等级：{dengji}")),
            _f("yuedu", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.25, (_OLD, "广告")),
            _f("guanzhu", FOOTER, 0.3, *_aq_notice()),
            _f("shengming", FOOTER, 0.45, (_OLD, "声明：本文所述技术仅供安全研究与授权测试使用，"
                                                 "严禁用于非法用途，否则后果自负。")),
            _f("zhuanzai", FOOTER, 0.35, (_OLD, "本文为安全哨原创，转载请注明出处。"),
               (AQ_REPRINT.isoformat(), "未经授权禁止转载。转载请联系安全哨并注明来源："
                                        "{domain}")),
            _f("beian", FOOTER, 0.35, (_OLD, "京ICP备15023417号-1"),
               (AQ_POLICE_FILING.isoformat(), "京ICP备15023417号-1 | 京公网安备 "
                                              "11010802021345号")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © 2014-{year} 安全哨 版权所有")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文初稿中受影响版本号有误，现已更正。")),
        ),
    )


# --- an American network vendor's security advisories (PSIRT) ----------------------------

CN_PORTAL = dt.date(2018, 11, 5)  # the advisory portal relaunched
CVSS_31 = dt.date(2019, 6, 17)  # advisories scored with CVSS v3.1
CN_BOUNTY = (("2014-06-01", "$5,000"), ("2017-03-01", "$10,000"), ("2019-08-01", "$25,000"))
CN_END_OF_MAINTENANCE = (
    ("2014-09-30", "NetSpire OS 6.2 reached end of software maintenance on 30 September 2014"),
    ("2016-03-31", "NetSpire OS 7.0 reached end of software maintenance on 31 March 2016"),
    ("2017-09-30", "NetSpire OS 7.4 reached end of software maintenance on 30 September 2017"),
    ("2019-03-31", "NetSpire OS 8.1 reached end of software maintenance on 31 March 2019"),
    ("2020-06-30", "NetSpire OS 8.6 reached end of software maintenance on 30 June 2020"),
)


def psirt_key(y: int) -> str:
    """The made-up ID of the PSIRT's PGP key for year `y` (a new key each January)."""
    return "0x" + digest_hex(f"corvane-psirt-{y}")


def _cn_published(day: dt.date) -> str:
    if day < CN_PORTAL:
        return f"Published: {day.isoformat()} {{time}} UTC"
    return f"First published: {day.day} {MONTHS[day.month - 1][:3]} {day.year} | {{time}} UTC"


def corvane_style() -> PublisherStyle:
    """An American network vendor's security advisories: the advisory ID with the year and
    a number, the publication date turned "First published" on the portal's relaunch (a
    wording per day), "Status: Final", the CVSS score with its rating (v3.0 turned v3.1 in
    June 2019), the bug ID, the CVE ID with the year and the CWE from pools, a workaround line and
    an affected-products line mid-body, the researcher credit from a pool, the exploitation
    statement, the last release out of maintenance (changing as releases age out), the
    bug-bounty ceiling (raised in 2017 and 2019), the year's PGP key, the disclaimer, the
    revision line and the copyright line (a block), a rare amendment."""
    return PublisherStyle(
        domain="corvane.com", site="Corvane Networks", base_size=160,
        subdomains=(("www.", 40), ("security.", 60)),
        sections=("advisories", "notices", "bulletins"),
        n_authors=3, url_path="/security/{section}/cvn-sa-{yyyy}-{n}",
        pools={
            "score": ("8.8 (High)", "9.8 (Critical)", "7.5 (High)", "6.5 (Medium)",
                      "5.3 (Medium)", "4.3 (Medium)", "10.0 (Critical)"),
            "cvenum": CVE_NUMBERS,
            "cwe": ("CWE-78", "CWE-79", "CWE-287", "CWE-20", "CWE-119", "CWE-352"),
            "product": ("NetSpire OS routers", "Stratus firewalls", "SD-WAN Edge appliances",
                        "AirSpan wireless controllers", "SecureLink VPN Client"),
            "researcher": ("Ivo Marchetti of Lattice Research", "the Bastion Group red team",
                           "Priya Natarajan", "an anonymous researcher",
                           "Tomasz Wrona of Northrock Security"),
        },
        families=(
            _f("advisory-id", HEADER, 0.85, (_OLD, "Advisory ID: CVN-SA-{year}-{count:0>3}")),
            _f("published", HEADER, 0.85, *_by_day(_cn_published)),
            _f("status", HEADER, 0.5, (_OLD, "Status: Final")),
            _f("cvss", HEADER, 0.8, (_OLD, "CVSS v3.0 Base Score: {score}"),
               (CVSS_31.isoformat(), "CVSS v3.1 Base Score: {score}")),
            _f("bug-id", HEADER, 0.4, (_OLD, "Bug ID: CVN{n}")),
            _f("cve", HEADER, 0.75, (_OLD, "CVE ID: CVE-{year}-{cvenum}")),
            _f("cwe", HEADER, 0.4, (_OLD, "CWE: {cwe}")),
            _f("products", MIDDLE, 0.35, (_OLD, "Affected products: {product_list}")),
            _f("workaround", MIDDLE, 0.3, (_OLD, "Workarounds: none. Customers should upgrade "
                                                 "to a fixed release.")),
            _f("credit", FOOTER, 0.4, (_OLD, "Corvane Networks thanks {researcher} for "
                                             "reporting this issue through coordinated "
                                             "disclosure.")),
            _f("exploitation", FOOTER, 0.5, (_OLD, "The Corvane Networks PSIRT knows of no "
                                                   "public exploit code or malicious use of "
                                                   "the issue described here.")),
            _f("maintenance", FOOTER, 0.15, *by_table(CN_END_OF_MAINTENANCE, lambda v: (
                f"{v}; customers on it should migrate to a supported release."))),
            _f("bounty", FOOTER, 0.15, *by_table(CN_BOUNTY, lambda v: (
                f"Found a vulnerability? Report it to psirt@corvane.com: our bug bounty pays "
                f"up to {v}."))),
            _f("pgp", FOOTER, 0.2, *_by_day(lambda day: (
                f"Encrypt reports with the PSIRT PGP key {psirt_key(day.year)} (valid "
                f"{day.year})."))),
            _f("disclaimer", FOOTER, 0.55, (_OLD, "THIS ADVISORY IS PROVIDED \"AS IS\" AND "
                                                  "IMPLIES NO GUARANTEE OR WARRANTY OF ANY "
                                                  "KIND. WE MAY CHANGE OR UPDATE IT AT ANY "
                                                  "TIME.")),
            _f("revision", FOOTER, 0.45, (_OLD, "Revision 1.0 – initial public release.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Corvane Networks, Inc. All rights "
                                                 "reserved.")),
            _f("amended", HEADER, 0.04, (_OLD, "Amended: the list of fixed releases has been "
                                               "corrected.")),
        ),
    )


# --- a Korean security news site ----------------------------------------------------------


def infosec_day(y: int) -> dt.date:
    """Korea's information-security day: the second Wednesday of July (first held 2012)."""
    return nth_weekday(y, 7, 2, 2)


SD_REDESIGN = infosec_day(2018)  # relaunched on the 7th information-security day


def academy_cohort(day: dt.date) -> int:
    """The cohort a security academy recruits for: a new one each 1 March and 1 September."""
    return 6 + 2 * (day.year - 2015) + (day.month >= 3) + (day.month >= 9)


def _sd_dated(day: dt.date) -> str:
    if day < SD_REDESIGN:
        return f"입력 : {day.isoformat()} {{time}}"
    return (f"기사입력 {day.year}.{day.month:02d}.{day.day:02d} ({YOIL[day.weekday()]}) "
            f"{{time}}")


@cache
def _sd_event() -> Wordings:
    base = _steps((_OLD, "시큐어데일리 뉴스레터를 구독하고 주요 보안 소식을 받아보세요"))
    news = [
        _span("2017-05-13", "2017-05-21", "워너크라이 랜섬웨어 확산: 대응 가이드 총정리"),
        _span("2020-02-24", "2020-05-05", "재택근무 보안 수칙 체크리스트"),
        _span("2020-07-27", "2020-08-05", "데이터 3법 8월 5일 시행: 달라지는 개인정보 규정"),
    ]
    days = _movable(infosec_day, 7, 0, lambda y: f"제{y - 2011}회 정보보호의 날 "
                                                 f"({infosec_day(y).month}월 "
                                                 f"{infosec_day(y).day}일) 현장 소식")
    return _calendar(base, news, days)


def securedaily_style() -> PublisherStyle:
    """A Korean security news site: a field from a pool, "입력 :" with the ISO date turned
    "기사입력" with dots and the weekday on the 2018 information-security day (a wording per
    day), the reporter from a pool, "[관련기사]" and "광고" mid-body, a vulnerability number
    with the article's year and a risk level, a tip line, a notice turned by WannaCry, the
    pandemic's home working, the data laws and each information-security day (counted from
    the first in 2012), the academy's recruiting cohort (a new one each March and
    September), the no-reproduction line reworded on the redesign and the publisher's
    registration line (a block), a rare correction."""
    return PublisherStyle(
        domain="securedaily.co.kr", site="시큐어데일리", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "vuln", "privacy", "policy"),
        n_authors=5, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("보안 이슈", "취약점", "개인정보", "랜섬웨어", "정책", "인증·컨설팅"),
            "gija": ("김도윤", "이서연", "박지훈", "최유진", "정하늘"),
            "cvenum": CVE_NUMBERS,
            "wiheomdo": ("긴급", "높음", "중간", "낮음"),
        },
        families=(
            _f("bunya", HEADER, 0.5, (_OLD, "{bunya}")),
            _f("ipryeok", HEADER, 0.85, *_by_day(_sd_dated)),
            _f("gija", HEADER, 0.55, (_OLD, "[시큐어데일리 {gija} 기자]")),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "[관련기사] {other_title}")),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "광고")),
            _f("cve", MIDDLE, 0.2, (_OLD, "취약점 번호: CVE-{year}-{cvenum} / 위험도: "
                                          "{wiheomdo}")),
            _f("jebo", FOOTER, 0.3, (_OLD, "보안 관련 제보: tip@securedaily.co.kr")),
            _f("haengsa", FOOTER, 0.25, *_sd_event()),
            _f("academy", FOOTER, 0.15, *_by_day(lambda day: (
                f"시큐어데일리 아카데미 화이트해커 양성과정 제{academy_cohort(day)}기 수강생 "
                f"모집"))),
            _f("jeonjae", FOOTER, 0.6, (_OLD, "<저작권자 © 시큐어데일리 무단전재-재배포금지>"),
               (SD_REDESIGN.isoformat(), "Copyright © 시큐어데일리 무단전재 및 재배포 금지")),
            _f("balhaeng", FOOTER, 0.25, (_OLD, "발행·편집인: 한성호 | 청소년보호책임자: "
                                                "한성호 | 등록번호: 서울 아04123")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 기사 중 피해 기업 수를 바로잡습니다.")),
        ),
    )


# --- a Brazilian security and privacy news site -------------------------------------------

CG_REDESIGN = dt.date(2018, 8, 14)  # relaunched the day the LGPD was signed
CG_TELEGRAM = dt.date(2019, 3, 1)
# The LGPD countdown's target: 18 months after publication, then 24 (MP 869), then May 2021
# (MP 959), until the Senate dropped the delay; in force on 18 September 2020.
LGPD_TARGETS = (("2018-08-15", dt.date(2020, 2, 16)), ("2018-12-28", dt.date(2020, 8, 16)),
                ("2020-04-29", dt.date(2021, 5, 3)))
LGPD_SENATE = dt.date(2020, 8, 27)
LGPD_IN_FORCE = dt.date(2020, 9, 18)
TAX_DEADLINES = {2015: "2015-04-30", 2016: "2016-04-29", 2017: "2017-04-28",
                 2018: "2018-04-30", 2019: "2019-04-30", 2020: "2020-06-30"}


def _cg_dated(day: dt.date) -> str:
    if day < CG_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


def _cg_lgpd(day: dt.date) -> str:
    if day < iso_day(LGPD_TARGETS[0][0]):
        return "Proteção de dados: acompanhe a tramitação da lei geral no Congresso"
    if day >= LGPD_IN_FORCE:
        return "A LGPD está em vigor desde 18 de setembro de 2020"
    if day >= LGPD_SENATE:
        return "LGPD: o Senado derrubou o adiamento e a lei entra em vigor com a sanção"
    target = [t for start, t in LGPD_TARGETS if start <= day.isoformat()][-1]
    left = (target - day).days
    return (f"Faltam {left} dias para a LGPD entrar em vigor ({target.day} de "
            f"{MESES[target.month - 1]} de {target.year})")


def last_thursday(y: int, m: int) -> dt.date:
    return last_weekday(y, m, 3)


def _cg_webinar(day: dt.date) -> str:
    if day < dt.date(2017, 3, 1):
        return "Assine a newsletter do CiberGuarda e receba o resumo da semana"
    nxt = last_thursday(day.year, day.month)
    if nxt < day:
        nxt = last_thursday(*next_month(day.year, day.month))
    return (f"Webinar gratuito do CiberGuarda: quinta-feira, {nxt.day} de "
            f"{MESES[nxt.month - 1]}, às 19h. Inscreva-se")


@cache
def _cg_alerta() -> Wordings:
    base = _steps((_OLD, "Receba nossos alertas de golpes por e-mail"),
                  (CG_TELEGRAM.isoformat(), "📲 Entre no canal do CiberGuarda no Telegram e "
                                            "receba os alertas primeiro"))
    black_friday = _movable(lambda y: thanksgiving(y) + ONE, 10, 3, lambda y: (
        f"🛒 Black Friday {y}: veja como evitar golpes e lojas falsas"))
    imposto = _movable(listed(TAX_DEADLINES), 30, 0, lambda y: (
        f"Imposto de Renda {y}: cuidado com e-mails falsos em nome da Receita"))
    covid = [_span("2020-03-16", "2020-05-31", "🦠 Golpes com o tema coronavírus: como "
                                               "reconhecer e se proteger")]
    return _calendar(base, covid, black_friday, imposto)


def ciberguarda_style() -> PublisherStyle:
    """A Brazilian security and privacy news site: a desk from a pool, the numeric date and
    time turned the weekday and long date the day the LGPD was signed (a wording per day),
    "Por", "Leia também:" and "Publicidade" (up to twice) mid-body, a vulnerability line
    with the year and the severity, a header alert reworded for Telegram and turned by
    Black Friday, the income-tax deadline and the pandemic, the day-by-day countdown to the
    LGPD (its target moved by two decrees, then in force), the monthly free webinar on the
    last Thursday (from 2017), the rights line and the company line (a block), a rare
    errata."""
    return PublisherStyle(
        domain="ciberguarda.com.br", site="CiberGuarda", base_size=110,
        subdomains=(("www.", 100),),
        sections=("seguranca", "vulnerabilidades", "privacidade", "golpes", "mercado"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "editoria": ("Segurança", "Vulnerabilidades", "Privacidade", "Golpes", "Mercado",
                         "Governo"),
            "cvenum": CVE_NUMBERS,
            "gravidade": ("crítica", "alta", "média", "baixa"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_cg_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (CG_REDESIGN.isoformat(), "Por {author}, da redação")),
            _f("alerta", HEADER, 0.2, *_cg_alerta()),
            _f("leia", MIDDLE, 0.4, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("cve", MIDDLE, 0.15, (_OLD, "Vulnerabilidade: CVE-{year}-{cvenum} (gravidade "
                                           "{gravidade})")),
            _f("lgpd", FOOTER, 0.25, *_by_day(_cg_lgpd)),
            _f("webinar", FOOTER, 0.2, *_by_day(_cg_webinar)),
            _f("direitos", FOOTER, 0.45, (_OLD, "© {year} CiberGuarda. Todos os direitos "
                                               "reservados. É proibida a reprodução sem "
                                               "autorização.")),
            _f("empresa", FOOTER, 0.3, (_OLD, "CiberGuarda Comunicação Digital Ltda. · CNPJ "
                                              "21.543.876/0001-12 · São Paulo, SP")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior deste texto informava "
                                              "um número errado de clientes afetados.")),
        ),
    )


# --- a British IT-operations weekly -------------------------------------------------------

SW_REDESIGN = dt.date(2019, 1, 14)  # relaunched a year before Windows 7's end of support
END_OF_SUPPORT = (
    (dt.date(2015, 7, 14), "Windows Server 2003"),
    (dt.date(2020, 1, 14), "Windows 7 and Server 2008 R2"),
    (dt.date(2020, 10, 13), "Office 2010 and Exchange 2010"),
    (dt.date(2020, 12, 31), "Adobe Flash Player"),
)
INFOSECURITY_EUROPE = {2015: ("2015-06-02", "2015-06-04"), 2016: ("2016-06-07", "2016-06-09"),
                       2017: ("2017-06-06", "2017-06-08"), 2018: ("2018-06-05", "2018-06-07"),
                       2019: ("2019-06-04", "2019-06-06")}
POLL_QUESTIONS = (
    "how long do you wait before rolling out patches?",
    "do you still run any Windows Server 2008 boxes?",
    "who owns backups in your organisation?",
    "how many admin accounts does your team share?",
    "do you test restores at least once a quarter?",
    "is your change freeze longer than two weeks?",
    "how do you manage local admin passwords?",
)


def _sw_dated(day: dt.date) -> str:
    if day < SW_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    zone = "BST" if eu_summer(day) else "GMT"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} {zone}")


def _sw_countdown(day: dt.date) -> str:
    for end, product in END_OF_SUPPORT:
        if day < end:
            return (f"⏳ {product} leaves support in {days_word((end - day).days)} "
                    f"({end.day} {MONTHS[end.month - 1]} {end.year}). Is your estate ready?")
        if day == end:
            return f"⏳ {product} leaves support today. Patch what you can, then plan to migrate"
    return "⛔ Flash Player is dead: remove it from every machine you manage"


def _sw_patch(day: dt.date) -> str:
    pt = patch_tuesday(day.year, day.month)
    return f"This month's Patch Tuesday: {WEEKDAYS[1]} {pt.day} {MONTHS[pt.month - 1]}"


def _sw_poll(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    question = POLL_QUESTIONS[monday.toordinal() // 7 % len(POLL_QUESTIONS)]
    return (f"Reader poll, week of {monday.day} {MONTHS[monday.month - 1][:3]}: {question} "
            f"Vote now")


@cache
def _sw_events() -> Wordings:
    base = _steps((_OLD, "Sign up to the Sysadmin Weekly newsletter: every Friday, free"))
    shows = [_span(iso_day(first, -7).isoformat(), last, f"Meet Sysadmin Weekly at "
                                                         f"Infosecurity Europe {y}, Olympia "
                                                         f"London")
             for y, (first, last) in INFOSECURITY_EUROPE.items()]
    shows.append(_span("2020-06-02", "2020-06-04", "Infosecurity Europe is off this year: "
                                                   "join our virtual roundtables instead"))
    pandemic = [_span("2020-03-23", "2020-05-31", "Suddenly remote? Our survival guide for "
                                                  "supporting staff at home")]
    sysadmin_day = _movable(lambda y: last_weekday(y, 7, 4), 1, 0, lambda y: (
        f"🎉 Happy SysAdmin Day {y}! Thank your IT team today"))
    freeze = _yearly("12-15", 0, 16, lambda y: f"🎄 Change-freeze season {y}: our checklist "
                                               f"for a quiet Christmas on call")
    return _calendar(base, pandemic, shows, sysadmin_day, freeze)


def sysadminweekly_style() -> PublisherStyle:
    """A British IT-operations weekly: a channel from a pool, the numeric date turned the
    weekday, the long date, the time and British summer or winter time a year before
    Windows 7's end of support (a wording per day), "By", an end-of-support countdown (a
    wording per day: Windows Server 2003, Windows 7, Office and Exchange 2010, Flash), this
    month's Patch Tuesday (a wording per month), "See also:", a sponsored line from a pool
    and advertisement markers mid-body, the reader poll of the week (a wording per week),
    a newsletter appeal turned by Infosecurity Europe (virtual in 2020), the pandemic,
    SysAdmin Day and Christmas change freezes, the contact line and the company line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="sysadminweekly.co.uk", site="Sysadmin Weekly", base_size=95,
        subdomains=(("www.", 100),),
        sections=("patching", "windows", "linux", "networking", "cloud", "backup"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "channel": ("Patch management", "Windows", "Linux", "Networking", "Cloud",
                        "Backup & DR"),
            "sponsor": ("Automate patching across 10,000 endpoints – start a free trial",
                        "Back up Microsoft 365 in minutes – download the guide",
                        "Is your SIEM drowning in alerts? Read the report",
                        "Monitor every switch and server from one dashboard – try it free"),
        },
        families=(
            _f("channel", HEADER, 0.45, (_OLD, "{channel}")),
            _f("dated", HEADER, 0.85, *_by_day(_sw_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("countdown", HEADER, 0.3, *_by_day(_sw_countdown)),
            _f("patch-tuesday", HEADER, 0.2, *_by_day(_sw_patch)),
            _f("see-also", MIDDLE, 0.35, (_OLD, "See also: {other_title}")),
            _f("sponsored", MIDDLE, 0.2, (_OLD, "Sponsored: {sponsor}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement")),
            _f("poll", FOOTER, 0.15, *_by_day(_sw_poll)),
            _f("events", FOOTER, 0.25, *_sw_events()),
            _f("contact", FOOTER, 0.25, (_OLD, "Editorial: news@sysadminweekly.co.uk · "
                                               "Advertising: sales@sysadminweekly.co.uk")),
            _f("company", FOOTER, 0.4, (_OLD, "© {year} Sysadmin Weekly Ltd. Registered in "
                                              "England and Wales, no. 08123456.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article first gave the "
                                                  "wrong KB number for the update.")),
        ),
    )


# --- an Italian security news site --------------------------------------------------------

CS_REDESIGN = dt.date(2018, 5, 25)  # relaunched the day the GDPR applied
SAFER_INTERNET_DAY = {2015: "2015-02-10", 2016: "2016-02-09", 2017: "2017-02-07",
                      2018: "2018-02-06", 2019: "2019-02-05", 2020: "2020-02-11"}
# The site's own yearly count of serious attacks (published each 15 March for the year before).
CS_OBSERVATORY = {2012: 655, 2013: 702, 2014: 790, 2015: 915, 2016: 968, 2017: 1043,
                  2018: 1420, 2019: 1538}


def _cs_dated(day: dt.date) -> str:
    if day < CS_REDESIGN:
        return f"{day.day} {MESI[day.month - 1]} {day.year}"
    return (f"{GIORNI[day.weekday()].capitalize()} {day.day} {MESI[day.month - 1]} "
            f"{day.year}, ore {{time}}")


def _cs_observatory(day: dt.date) -> str:
    y = day.year - 1 if day >= dt.date(day.year, 3, 15) else day.year - 2
    now, before = CS_OBSERVATORY[y], CS_OBSERVATORY[y - 1]
    change = f"{(now / before - 1) * 100:+.1f}".replace(".", ",")
    return (f"Osservatorio CyberSentinella: {now} attacchi gravi censiti nel {y} ({change}% "
            f"sul {y - 1})")


@cache
def _cs_eventi() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter di CyberSentinella: ogni lunedì le "
                         "notizie della settimana"))
    lockdown = [_span("2020-03-09", "2020-05-18", "#iorestoacasa: la nostra guida allo smart "
                                                  "working sicuro")]
    sid = _movable(listed(SAFER_INTERNET_DAY), 3, 0, lambda y: (
        f"Safer Internet Day {y}: le nostre guide per famiglie e scuole"))
    ottobre = _yearly("10-01", 0, 30, lambda y: f"Ottobre {y}: mese europeo della sicurezza "
                                                f"informatica")
    return _calendar(base, lockdown, sid, ottobre)


def cybersentinella_style() -> PublisherStyle:
    """An Italian security news site: a category from a pool, the long date turned the
    weekday and the time on the day the GDPR applied (a wording per day), "di", "Leggi
    anche:" and "Pubblicità" (up to twice) mid-body, a severity and CVE line, a "patch now"
    line, the site's yearly count of serious attacks (changing each 15 March), a privacy
    line reworded for the GDPR, a newsletter appeal turned by the 2020 lockdown, Safer
    Internet Day and each October's European cybersecurity month, the registration line
    and the copyright line (a block), a rare rectification."""
    return PublisherStyle(
        domain="cybersentinella.it", site="CyberSentinella", base_size=80,
        subdomains=(("www.", 100),),
        sections=("attualita", "vulnerabilita", "privacy", "malware", "normativa"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "categoria": ("Attualità", "Vulnerabilità", "Privacy", "Malware", "Normativa",
                          "Tutorial"),
            "gravita": ("critica", "alta", "media", "bassa"),
            "cvenum": CVE_NUMBERS,
        },
        families=(
            _f("categoria", HEADER, 0.45, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_cs_dated)),
            _f("autore", HEADER, 0.5, (_OLD, "di {author}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("gravita", MIDDLE, 0.2, (_OLD, "Gravità: {gravita} – CVE-{year}-{cvenum}")),
            _f("aggiornate", FOOTER, 0.25, (_OLD, "Aggiornate subito: la correzione è già "
                                                  "disponibile tramite gli aggiornamenti "
                                                  "automatici.")),
            _f("osservatorio", FOOTER, 0.15, *_by_day(_cs_observatory)),
            _f("privacy", FOOTER, 0.3, (_OLD, "I dati personali sono trattati ai sensi del "
                                              "D.Lgs. 196/2003."),
               (CS_REDESIGN.isoformat(), "I dati personali sono trattati ai sensi del "
                                         "Regolamento (UE) 2016/679 (GDPR).")),
            _f("eventi", FOOTER, 0.25, *_cs_eventi()),
            _f("testata", FOOTER, 0.25, (_OLD, "CyberSentinella – testata registrata presso il "
                                               "Tribunale di Milano, n. 214 del 12/09/2013 · "
                                               "P.IVA 08765432109")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} CyberSentinella – Riproduzione "
                                                "riservata")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: in una prima versione l'articolo "
                                                 "indicava una versione errata del plugin.")),
        ),
    )


# --- a threat-intelligence vendor's research blog -----------------------------------------

GF_REDESIGN = dt.date(2019, 3, 4)  # relaunched on the opening day of RSA Conference 2019
ATTACK_SUBTECHNIQUES = dt.date(2020, 7, 8)  # ATT&CK moved to sub-techniques
GF_GROUPS = (("2015-01-01", "120"), ("2016-01-01", "160"),
             ("2017-01-01", "210"), ("2018-01-01", "260"), ("2019-01-01", "320"),
             ("2020-01-01", "380"))


def first_wednesday(y: int, m: int) -> dt.date:
    return nth_weekday(y, m, 2, 1)


def _gf_dated(day: dt.date) -> str:
    text = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return text if day < GF_REDESIGN else f"{text} · {{read_min}} min read"


def _gf_briefing(day: dt.date) -> str:
    nxt = first_wednesday(day.year, day.month)
    if nxt < day:
        nxt = first_wednesday(*next_month(day.year, day.month))
    zone = "EDT" if us_daylight(nxt) else "EST"
    return (f"Live threat briefing: Wednesday, {MONTHS[nxt.month - 1]} {nxt.day} at 11:00 "
            f"{zone}. Register now")


@cache
def _gf_webinar() -> Wordings:
    rsac = [_span(iso_day(first, -14).isoformat(), last, f"Meet Greyfell Security at RSA "
                                                         f"Conference {y}, Moscone Center")
            for y, (first, last) in RSA_CONFERENCE.items()]
    black_hat = [_span(iso_day(first, -7).isoformat(), last, f"Join Greyfell Security at "
                                                             f"Black Hat USA {y}")
                 for y, (first, last) in HACKER_SUMMER_CAMP.items()]
    return _calendar(_gf_briefing, rsac, black_hat)


def greyfell_style() -> PublisherStyle:
    """A threat-intelligence vendor's research blog: a category from a pool, the long date
    with the reading time added on the opening day of RSA Conference 2019 (a wording per
    day), "TLP:WHITE", the ATT&CK techniques from a pool (sub-technique IDs from July 2020),
    an indicators line and a hash from a pool mid-body, a coverage line, the monthly live
    briefing on the first Wednesday (a wording per month) turned by RSA Conference and
    Black Hat, the researchers' credit, the about line with the number of tracked threat
    groups (changing each January) and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="greyfell.io", site="Greyfell Security", base_size=70,
        subdomains=(("www.", 50), ("research.", 50)),
        sections=("threat-research", "malware-analysis", "vulnerability-research", "ir"),
        n_authors=6, url_path="/blog/{slug}",
        pools={
            "category": ("Threat Research", "Malware Analysis", "Vulnerability Research",
                         "Incident Response"),
            "attack_old": ("T1193 Spearphishing Attachment", "T1086 PowerShell",
                           "T1060 Registry Run Keys", "T1003 Credential Dumping",
                           "T1071 Standard Application Layer Protocol"),
            "attack": ("T1566.001 Spearphishing Attachment", "T1059.001 PowerShell",
                       "T1547.001 Registry Run Keys", "T1003.001 LSASS Memory",
                       "T1071.001 Web Protocols"),
            "sha": ("9f2c41e07ab3d85c6e1f04b27a9d3c58e0b716f24ad9c3e85b01f7a26c4d9e13",
                    "3a7e90c1d24f6b85e07c3a19f2d4b6e8a05c71d39e2f48b60a1c7e53d92f04b8",
                    "c05d1e8a7f3b92d46e0a15c8b7f29d3e64a0c81b5f7e29d03a6c4b18e9f52d70"),
        },
        families=(
            _f("category", HEADER, 0.55, (_OLD, "{category}")),
            _f("dated", HEADER, 0.85, *_by_day(_gf_dated)),
            _f("tlp", HEADER, 0.35, (_OLD, "TLP:WHITE")),
            _f("attack", MIDDLE, 0.3, (_OLD, "MITRE ATT&CK: {attack_old_list}"),
               (ATTACK_SUBTECHNIQUES.isoformat(), "MITRE ATT&CK: {attack_list}")),
            _f("iocs", MIDDLE, 0.3, (_OLD, "The full list of indicators of compromise is on "
                                           "our GitHub repository.")),
            _f("hash", MIDDLE, 0.2, (_OLD, "SHA-256: {sha}")),
            _f("coverage", FOOTER, 0.4, (_OLD, "Greyfell Security customers are protected "
                                               "against this threat.")),
            _f("webinar", FOOTER, 0.3, *_gf_webinar()),
            _f("credit", FOOTER, 0.3, (_OLD, "Research by {author} and {author2}.")),
            _f("about", FOOTER, 0.35, *by_table(GF_GROUPS, lambda v: (
                f"About Greyfell Security: our researchers track more than {v} threat groups "
                f"and criminal operations."))),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Greyfell Security, Inc.")),
            _f("update", HEADER, 0.05, (_OLD, "Update: we have added further indicators to "
                                              "the appendix.")),
        ),
    )


# --- a Chinese software vendor's security response centre --------------------------------

YL_REDESIGN = dt.date(2019, 12, 1)  # relaunched the day MLPS 2.0 took effect
YL_REWARDS = (("2014-01-01", "5000"), ("2017-07-01", "20000"), ("2019-10-24", "50000"))


def _yl_dated(day: dt.date) -> str:
    if day < YL_REDESIGN:
        return f"发布日期：{day.isoformat()}"
    return f"发布时间：{day.year}年{day.month}月{day.day}日"


@cache
def _yl_huodong() -> Wordings:
    base = _steps((_OLD, "关注“云岭科技安全中心”公众号，第一时间获取安全公告"))
    festival = _yearly("10-24", 7, 0, lambda y: f"{y} 1024 白帽节：活动期间提交漏洞奖励翻倍")
    weeks = [_span(iso_day(first, -5).isoformat(), last, f"{y}年国家网络安全宣传周："
                                                         f"云岭科技与您同行")
             for y, (first, last) in SECURITY_WEEK.items()]
    return _calendar(base, weeks, festival)


def yunling_style() -> PublisherStyle:
    """A Chinese software vendor's security response centre: the bulletin number with the
    year, the publication date turned the long date the day MLPS 2.0 took effect (a wording
    per day), the vulnerability level and the CVE number, the affected products from a pool
    and an "upgrade now" line mid-body, the researcher credit from a pool, the SRC reward
    ceiling (raised in 2017 and on the 1024 day of 2019), a follow line turned by each
    1024 day and each cybersecurity week, the disclaimer and the copyright line (a block),
    a rare update."""
    return PublisherStyle(
        domain="yunlingtech.cn", site="云岭科技", base_size=55,
        subdomains=(("src.", 70), ("www.", 30)),
        sections=("notice", "advisory"),
        n_authors=2, url_path="/{section}/{n}",
        pools={
            "dengji": ("高危", "严重", "中危", "低危"),
            "cvenum": CVE_NUMBERS,
            "chanpin": ("YF-3000 下一代防火墙", "YL-VPN 安全网关 5.x", "主机安全代理 2.x",
                        "统一身份认证平台", "日志审计系统 4.x"),
            "yanjiuyuan": ("白帽子 陈一鸣", "某高校网络安全实验室 张磊", "星阑安全团队",
                           "匿名研究员"),
        },
        families=(
            _f("bianhao", HEADER, 0.85, (_OLD, "公告编号：YLSA-{year}-{count:0>3}")),
            _f("fabu", HEADER, 0.85, *_by_day(_yl_dated)),
            _f("dengji", HEADER, 0.6, (_OLD, "漏洞等级：{dengji}")),
            _f("cve", HEADER, 0.5, (_OLD, "CVE编号：CVE-{year}-{cvenum}")),
            _f("chanpin", MIDDLE, 0.35, (_OLD, "受影响产品：{chanpin_list}")),
            _f("xiufu", MIDDLE, 0.3, (_OLD, "修复建议：请尽快升级至最新版本，或联系技术支持"
                                            "获取补丁。")),
            _f("zhixie", FOOTER, 0.4, (_OLD, "致谢：感谢 {yanjiuyuan} 发现并向我们报告此"
                                             "漏洞。")),
            _f("jiangli", FOOTER, 0.2, *by_table(YL_REWARDS, lambda v: (
                f"欢迎通过云岭科技安全应急响应中心提交漏洞，单个漏洞最高奖励 {v} 元。"))),
            _f("huodong", FOOTER, 0.2, *_yl_huodong()),
            _f("mianze", FOOTER, 0.5, (_OLD, "免责声明：本公告仅供参考，云岭科技保留随时修改、"
                                             "更新本公告的权利。")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© 2013-{year} 云岭科技 版权所有")),
            _f("gengxin", HEADER, 0.05, (_OLD, "更新：补充了受影响版本列表。")),
        ),
    )


# --- the press centre of a Russian antivirus developer ------------------------------------

SS_REDESIGN = dt.date(2019, 2, 1)
SS_USERS = (("2015-01-01", "18"), ("2016-01-01", "22"),
            ("2017-01-01", "27"), ("2018-01-01", "31"), ("2019-01-01", "36"),
            ("2020-01-01", "40"))  # million users, updated each January
SS_SUPPORT = (("2014-01-01", "Поддержка версии 8 прекращена 1 октября 2013 г."),
              ("2016-03-01", "Поддержка версии 9 прекращена 1 марта 2016 г."),
              ("2018-06-01", "Поддержка версии 10 прекращена 1 июня 2018 г."),
              ("2020-09-01", "Поддержка версии 11 прекращена 1 сентября 2020 г."))


def _ss_dated(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"Москва, {day.day} {MESYATSA[day.month - 1]} {day.year} г. —"
    return f"{day.day:02d}.{day.month:02d}.{day.year} | Новости компании"


def _ss_webinar(day: dt.date) -> str:
    nxt = nth_weekday(day.year, day.month, 3, 2)
    if nxt < day:
        nxt = nth_weekday(*next_month(day.year, day.month), 3, 2)
    return f"Вебинар для партнёров: {nxt.day} {MESYATSA[nxt.month - 1]}, 11:00 МСК. Регистрация"


@cache
def _ss_announce() -> Wordings:
    new_year = _yearly("12-31", 6, 8, lambda y: f"С Новым {y + 1} годом! Техподдержка "
                                                f"работает в праздничные дни круглосуточно")
    return _calendar(_ss_webinar, new_year)


def severinsoft_style() -> PublisherStyle:
    """The press centre of a Russian antivirus developer: "Пресс-релиз", the Moscow dateline
    turned the numeric date and "Новости компании" in February 2019 (a wording per day),
    the product from a pool mid-body, the last version out of support (changing as versions
    age out), the partner webinar on the second Thursday (a wording per month) turned by
    the New Year holidays, the about line with the number of users (changing each January),
    the media contacts, the support line, the certificate line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="severinsoft.ru", site="Северин Софт", base_size=40,
        subdomains=(("www.", 100),),
        sections=("press", "news"),
        n_authors=2, url_path="/about/{section}/{n}/",
        pools={"produkt": ("Endpoint Shield 11", "Mail Gateway 5", "Mobile Guard",
                           "Server Protect для Linux", "Home Security 2020")},
        families=(
            _f("press", HEADER, 0.6, (_OLD, "Пресс-релиз")),
            _f("dateline", HEADER, 0.8, *_by_day(_ss_dated)),
            _f("produkt", MIDDLE, 0.3, (_OLD, "Продукт: {produkt}")),
            _f("podderzhka", FOOTER, 0.2, *by_table(SS_SUPPORT, lambda v: (
                f"{v} Рекомендуем обновиться до актуальной версии."))),
            _f("vebinar", FOOTER, 0.2, *_ss_announce()),
            _f("o-kompanii", FOOTER, 0.45, *by_table(SS_USERS, lambda v: (
                f"О компании «Северин Софт»: российский разработчик средств защиты "
                f"информации, основан в 2004 году; продуктами компании пользуются более {v} "
                f"млн человек."))),
            _f("smi", FOOTER, 0.4, (_OLD, "Контакты для СМИ: pr@severinsoft.ru, "
                                          "+7 (495) 123-45-67")),
            _f("tekhpodderzhka", FOOTER, 0.2, (_OLD, "Техническая поддержка: 8-800-700-14-92 "
                                                     "(звонок по России бесплатный)")),
            _f("sertifikat", FOOTER, 0.15, (_OLD, "Продукты сертифицированы ФСТЭК России "
                                                  "(сертификат соответствия № 3921).")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© 2004–{year} Северин Софт")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправление: уточнена дата выхода "
                                                   "обновления.")),
        ),
    )


# --- an Australian managed-IT provider's client bulletins ---------------------------------

BG_NDB = dt.date(2018, 2, 22)  # the Notifiable Data Breaches scheme began
BG_ESSENTIAL_EIGHT = dt.date(2017, 2, 6)


def _bg_dated(day: dt.date) -> str:
    zone = "AEDT" if au_daylight(day) else "AEST"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}, {{time}} {zone}"


def _bg_rollout(day: dt.date) -> str:
    last = last_patch_tuesday(day - ONE)  # released on Wednesday morning in Sydney
    released, rollout = last + ONE, last + 8 * ONE
    return (f"Patch status: Microsoft's {MONTHS[last.month - 1]} {last.year} updates, "
            f"released {released.day} {MONTHS[released.month - 1][:3]}, roll out to clients "
            f"from {rollout.day} {MONTHS[rollout.month - 1][:3]}")


def bluegum_style() -> PublisherStyle:
    """An Australian managed-IT provider's client bulletins: "Client bulletin", the long date
    with the time and Sydney summer or winter time (a wording per day), the month's rollout
    of Microsoft updates (a wording per month), the account manager's line, the data-breach
    line reworded when the Notifiable Data Breaches scheme began, the mitigation line
    reworded for the Essential Eight, the service desk, the unsubscribe line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bluegumit.com.au", site="Bluegum IT", base_size=30,
        subdomains=(("www.", 100),),
        sections=("bulletins", "security", "news"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("bulletin", HEADER, 0.6, (_OLD, "Client bulletin")),
            _f("dated", HEADER, 0.8, *_by_day(_bg_dated)),
            _f("rollout", HEADER, 0.3, *_by_day(_bg_rollout)),
            _f("manager", MIDDLE, 0.25, (_OLD, "Questions? Your account manager, {author}, is "
                                               "happy to help.")),
            _f("breach", FOOTER, 0.2, (_OLD, "Suspect a data breach? Call us on 1300 555 019."),
               (BG_NDB.isoformat(), "Since 22 February 2018, eligible data breaches must be "
                                    "reported to the OAIC. Suspect one? Call us on 1300 555 "
                                    "019.")),
            _f("mitigation", FOOTER, 0.15, (_OLD, "We align client security with the ASD's "
                                                  "Top 4 mitigation strategies."),
               (BG_ESSENTIAL_EIGHT.isoformat(), "We align client security with the ACSC's "
                                                "Essential Eight.")),
            _f("service-desk", FOOTER, 0.5, (_OLD, "Service desk: 1300 555 019 · "
                                                   "support@bluegumit.com.au · 7am–7pm "
                                                   "weekdays")),
            _f("unsubscribe", FOOTER, 0.3, (_OLD, "You are receiving this because you are a "
                                                  "Bluegum IT client. Unsubscribe")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Bluegum IT Pty Ltd · ABN 51 624 118 "
                                                 "903")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the rollout date in this "
                                                  "bulletin has been updated.")),
        ),
    )


def heldout180_styles() -> list[PublisherStyle]:
    """The held-back-180 styles, in the order the generator hands them to publishers."""
    return [
        threatledger_style(), infobezobzor_style(), anquanshao_style(), corvane_style(),
        securedaily_style(), ciberguarda_style(), sysadminweekly_style(),
        cybersentinella_style(), greyfell_style(), yunling_style(), severinsoft_style(),
        bluegum_style(),
    ]
