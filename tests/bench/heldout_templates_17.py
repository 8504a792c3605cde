"""The seventeenth held-back template set (``held-back-17``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a fresh unseen test, after the sixteenth
held-back set (`tests.bench.heldout_templates_16`, written the same day and not run when
this one was written). It was written WITHOUT looking at cleanpipe's detection code
(``cleanpipe/detect``, ``segment``, ``sign``, ``engine``, ``strip``, ``config``) or the
README's detection rules, before any benchmark run on it, and without shaping any line to
pass or to fail a detector: the families are what real sites of these kinds print, from
general knowledge of them. All wording is original; none is copied from the data, from the
tuning styles or from the first sixteen held-back sets.

**Status (2026-11-26, later that day):** run once while unseen (94.40% boilerplate removed,
by the session's start code, e62ca29), then its misses were studied: no longer unseen.
The next unseen set was held-back-18 (`tests.bench.heldout_templates_18`).

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Hindi-language regional news
site in Devanagari (Madhya Pradesh), a Taiwanese local news site in Traditional Chinese, a
Serbian regional news portal in Cyrillic, a Latvian regional paper, a police district's
media releases (New Zealand), a county tourism bureau's blog (Michigan), a regional
airport's newsroom (British Columbia), a botanical garden's news (Georgia, US), a Rotary
club's news (Tennessee), a folk festival's news (Victoria, Australia), a cycling club's
ride reports (Ireland) and a Scout group's news (England). None of these kinds is in the
earlier held-back sets.

Variation: dates in several formats and languages (a Hindi site's ``21.06.2017, 14:32 IST``
turned an English ``Wed, 21 Jun 2017 2:32 PM IST`` stamp at a 2019 redesign, the weekday and
month cut from the ``weekday`` and ``month`` slots and the day from ``date_iso`` by
indexing; a Taiwanese ``2017/06/21 14:32`` turned ``發布時間：2017年06月21日``; a Serbian
``21.06.2017. 14:32`` turned "Објављено: ... у"; a Latvian ``21.06.2017 14:32`` turned
"Publicēts: ... plkst."; a New Zealand weekday date with a 12-hour time and file numbers
built from the date, US short and long dates with reading times, Canadian long dates, an
Australian ``21/06/2017``, British and Irish day-month-year dates), notices reworded in
2017-2020 (Hindi social links turned Google News, a free e-paper in the 2020 lockdown and a
paid one after it, a comment rule and a copyright line turned an imprint; a Taiwanese
Facebook page turned a LINE account, a comment rule, a suicide-prevention line's helpline
renumbered and a copyright line turned a no-reproduction notice; a Serbian comment rule,
Facebook and Twitter turned a Viber community, a co-financed project renamed every year and
a copyright line turned a reuse rule with the media-register number; a Latvian print price
raised and a free e-paper in the 2020 emergency and an e-paper offer after it, draugiem.lv
dropped, a comment rule and a GDPR-era imprint; a police non-emergency number turned 105 in
2019 and an Alert Level 4 line for the 2020 lockdown only; a visitor centre closed and
reopened in 2020 and a visitors guide gone digital; an airport improvement fee and parking
raised, terminal access and face coverings in 2020, an airline-service line gaining a route;
garden admission raised, closed and reopened with timed tickets, a plant sale gone online; a
Rotary club's lunch price raised, meetings moved to Zoom and back, the yearly presidential
theme; a folk festival's ticket prices raised and its 2020 festival called off; a cycling
club's fee raised and its spins cancelled and resumed in small groups; Scout subs raised,
meetings online and back outdoors, "Be Prepared" turned "Skills for life"), names at the
start of lines (Hindi, Serbian and Latvian writers from pools, a Taiwanese reporter inside
brackets, police officers with their posts, airport contacts, garden and Scout writers with
their posts, Rotary members pictured), the article's own title (an airport breadcrumb and a
Rotary bulletin line) and other articles' titles (Hindi, Chinese, Serbian, Latvian and
tourism links), amounts (euro, US, Canadian and Australian dollars, pounds, an ABN), counts,
file numbers, ride statistics, phone numbers in seven countries' formats,
multi-line blocks (an airport's media contact), mid-body inserts (some up to two or three
times), bare lines (Hindi, Chinese, Serbian and Latvian ad labels, kickers, a police
"ENDS"), Devanagari, Traditional Chinese with full-width punctuation, Serbian Cyrillic and
Latvian diacritics, symbols and emoji where such sites use them, and families in only 10-30%
of articles beside ones in nearly all.
"""

from __future__ import annotations

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import family as _f

_OLD = "2000-01-01"

# Numeric forms from the generic slots: str.format indexes into the ISO date ("2017-06-21"),
# the weekday ("Wednesday") and the month ("June").
_DD, _MM = "{date_iso[8]}{date_iso[9]}", "{date_iso[5]}{date_iso[6]}"
_YY = "{date_iso[2]}{date_iso[3]}"
_SLASH_DMY = f"{_DD}/{_MM}/{{year}}"  # 21/06/2017
_SLASH_YMD = f"{{year}}/{_MM}/{_DD}"  # 2017/06/21
_HAN_YMD = f"{{year}}年{_MM}月{_DD}日"  # 2017年06月21日
_WD3 = "{weekday[0]}{weekday[1]}{weekday[2]}"  # Wed
_MON3 = "{month[0]}{month[1]}{month[2]}"  # Jun
_FILE_NO = f"{_YY}{_MM}{_DD}/{{count}}"  # 170621/312, a New Zealand police file number


def narmada_style() -> PublisherStyle:
    """A Hindi-language regional news site in Devanagari (Madhya Pradesh): a "होम ›"
    breadcrumb, a correspondent line with the city turned a name-first line, a dotted date
    with IST turned an English "Updated" stamp, "विज्ञापन", "यह भी पढ़ें" and photo inserts,
    an agency-input line, a tags line, social links turned Google News, an e-paper line
    turned a free e-paper in the 2020 lockdown and a subscription after it, a comment
    counter turned a comment rule, an agency-feed disclaimer, the copyright line turned a
    company imprint with a phone."""
    return PublisherStyle(
        domain="narmadadarpan.com", site="नर्मदा दर्पण", base_size=900,
        subdomains=(("www.", 75), ("m.", 25)),
        sections=("jabalpur", "bhopal", "madhya-pradesh", "desh", "khel", "manoranjan",
                  "crime"),
        n_authors=10, url_path="/{section}/news/{slug}-{n}",
        pools={
            "shahar": ("जबलपुर", "भोपाल", "होशंगाबाद", "नरसिंहपुर", "कटनी", "मंडला", "सिवनी",
                       "डिंडोरी"),
            "lekhak": ("राजेश तिवारी", "सुनीता पटेल", "अमित दुबे", "प्रिया श्रीवास्तव",
                       "मनोज यादव", "नेहा मिश्रा", "संजय चौरसिया"),
            "photo": ("नर्मदा दर्पण", "सोशल मीडिया", "फाइल फोटो", "प्रतीकात्मक तस्वीर",
                      "पीटीआई", "एएनआई"),
            "agency": ("भाषा", "एएनआई", "आईएएनएस", "एजेंसी"),
            "tag": ("जबलपुर न्यूज़", "मध्य प्रदेश", "नगर निगम", "पुलिस", "नर्मदा", "मौसम",
                    "शिक्षा", "क्रिकेट"),
        },
        families=(
            _f("ruta", HEADER, 0.35, (_OLD, "होम › मध्य प्रदेश › {shahar}")),
            _f("samvaddata", HEADER, 0.7, (_OLD, "नर्मदा दर्पण संवाददाता, {shahar}"),
               ("2018-07-01", "{lekhak}, {shahar}")),
            _f("samay", HEADER, 0.9, (_OLD, "अपडेटेड: {date_de}, {time} IST"),
               ("2019-04-01", f"Updated {_WD3}, {_DD} {_MON3} {{year}} {{time12}} IST")),
            _f("vigyapan", MIDDLE, 0.5, (_OLD, "विज्ञापन"), count=3),
            _f("yah-bhi", MIDDLE, 0.4, (_OLD, "यह भी पढ़ें: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "फोटो: {photo}"), count=2),
            _f("input", FOOTER, 0.15, (_OLD, "(इनपुट: {agency})")),
            _f("tags", FOOTER, 0.3, (_OLD, "टैग्स: {tag_list}")),
            _f("social", FOOTER, 0.25,
               (_OLD, "ताज़ा ख़बरों के लिए हमें Facebook और Twitter पर फॉलो करें।"),
               ("2019-05-01", "📲 नर्मदा दर्पण अब Google News पर भी है। हमें फॉलो करें और "
                "पाएं हर अपडेट सबसे पहले।")),
            _f("epaper", FOOTER, 0.15,
               (_OLD, "आज का ई-पेपर पढ़ें: narmadadarpan.com/epaper"),
               ("2020-03-25", "लॉकडाउन में अख़बार घर तक नहीं पहुँच पा रहा है, इसलिए नर्मदा दर्पण "
                "का ई-पेपर सभी पाठकों के लिए निःशुल्क है।"),
               ("2020-08-01", "ई-पेपर पढ़ने के लिए सब्सक्राइब करें: narmadadarpan.com/epaper")),
            _f("tippani", FOOTER, 0.3, (_OLD, "{count} टिप्पणियाँ"),
               ("2018-11-01", "टिप्पणी करने के लिए लॉग इन करें। अभद्र या आपत्तिजनक टिप्पणियाँ "
                "प्रकाशित नहीं की जाएंगी।")),
            _f("disclaimer", FOOTER, 0.12,
               (_OLD, "डिस्क्लेमर: यह ख़बर एजेंसी फ़ीड से सीधे प्रकाशित की गई है। इसे नर्मदा दर्पण "
                "टीम ने संपादित नहीं किया है।")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} नर्मदा दर्पण। सर्वाधिकार सुरक्षित।"),
               ("2018-06-01", "नर्मदा दर्पण मीडिया प्रा. लि. · नेपियर टाउन, जबलपुर 482001 · "
                "फोन: 0761 255 5014 · गोपनीयता नीति")),
        ),
    )


def nanying_style() -> PublisherStyle:
    """A Taiwanese local news site in Traditional Chinese: a "首頁 >" breadcrumb, a
    reporter-and-place line in full-width brackets turned one naming the site, a slashed
    date turned a "發布時間" line in 年月日, a view counter, "廣告", "延伸閱讀" and picture
    inserts, a Facebook fan-page line turned a LINE account, a news-tip line, a comment
    counter turned a comment rule, a suicide-prevention line whose helpline is renumbered
    in 2020, the copyright line turned a no-reproduction notice."""
    return PublisherStyle(
        domain="nanyingnews.com.tw", site="南瀛新聞網", base_size=780,
        subdomains=(("www.", 65), ("m.", 35)),
        sections=("local", "politics", "society", "life", "sports", "entertainment"),
        n_authors=8, url_path="/news/{section}/{n}",
        pools={
            "fenlei": ("地方", "政治", "社會", "生活", "體育", "娛樂", "財經", "國際"),
            "jizhe": ("王志明", "林雅婷", "陳建宏", "黃淑芬", "張家豪", "李佩珊", "吳宗翰"),
            "didian": ("台南", "高雄", "新營", "永康", "麻豆", "嘉義", "台北"),
            "tupian": ("記者林雅婷攝", "翻攝臉書", "台南市政府提供", "資料照", "民眾提供",
                       "中央社"),
        },
        families=(
            _f("ruta", HEADER, 0.35, (_OLD, "首頁 > {fenlei}")),
            _f("jizhe", HEADER, 0.75, (_OLD, "〔記者{jizhe}／{didian}報導〕"),
               ("2019-01-01", "南瀛新聞網記者{jizhe}／{didian}報導")),
            _f("shijian", HEADER, 0.9, (_OLD, _SLASH_YMD + " {time}"),
               ("2018-08-01", "發布時間：" + _HAN_YMD + " {time}")),
            _f("liulan", HEADER, 0.2, (_OLD, "瀏覽次數：{count}")),
            _f("guanggao", MIDDLE, 0.45, (_OLD, "廣告"), count=2),
            _f("yanshen", MIDDLE, 0.35, (_OLD, "延伸閱讀：{other_title}"), count=2),
            _f("tupian", MIDDLE, 0.3, (_OLD, "（圖／{tupian}）"), count=2),
            _f("line", FOOTER, 0.25,
               (_OLD, "按讚加入南瀛新聞網粉絲專頁，在地新聞不漏接！"),
               ("2018-06-01", "📱 加入南瀛新聞網LINE好友，每天推播在地大小事："
                "line.me/R/ti/p/@nanyingnews")),
            _f("baoliao", FOOTER, 0.15,
               (_OLD, "爆料專線：(06) 255-5014｜爆料信箱：news@nanyingnews.com.tw")),
            _f("liuyan", FOOTER, 0.3, (_OLD, "留言（{count}）"),
               ("2019-10-01", "留言前請先登入會員。本網站保留刪除不當留言之權利。")),
            _f("zhenxi", FOOTER, 0.1,
               (_OLD, "珍惜生命，自殺不能解決問題，生命一定可以找到出路。安心專線："
                "0800-788-995（請幫幫救救我）｜生命線：1995｜張老師專線：1980"),
               ("2020-01-01", "珍惜生命，自殺不能解決問題，生命一定可以找到出路。安心專線："
                "1925（依舊愛我）｜生命線：1995｜張老師專線：1980")),
            _f("banquan", FOOTER, 0.7, (_OLD, "南瀛新聞網 版權所有 © {year}"),
               ("2018-05-01", "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或"
                "公開傳輸及利用。")),
        ),
    )


def podunavlje_style() -> PublisherStyle:
    """A Serbian regional news portal in Cyrillic: a rubric kicker, a dotted date with the
    trailing dot turned "Објављено: ... у", an "Аутор:" line turned a name with the portal,
    a source line, "Реклама", "Прочитајте још" and "Фото:" inserts, a tags line, a comment
    counter turned a moderation rule, Facebook and Twitter turned a Viber community, the
    co-financed project line (its project renamed every year, with the funder's disclaimer),
    the copyright line turned a reuse rule with the media-register number and a phone."""
    return PublisherStyle(
        domain="podunavskevesti.rs", site="Подунавске вести", base_size=670,
        subdomains=(("www.", 85), ("", 15)),
        sections=("smederevo", "pozarevac", "region", "srbija", "sport", "kultura", "hronika"),
        n_authors=7, url_path="/{section}/{n}/{slug}",
        pools={
            "rubrika": ("Друштво", "Хроника", "Политика", "Спорт", "Култура", "Економија",
                        "Регион", "Србија"),
            "autor": ("Милан Петровић", "Јелена Јовановић", "Ненад Стојановић", "Драгана Илић",
                      "Марко Николић", "Ивана Ђорђевић"),
            "izvor": ("Танјуг", "Бета", "ФоНет", "РТС", "МУП Србије", "Град Смедерево"),
            "foto": ("Подунавске вести", "Танјуг", "архива", "Фејсбук", "Град Смедерево",
                     "Пиксабеј"),
            "tag": ("Смедерево", "Пожаревац", "Дунав", "саобраћај", "полиција", "школе",
                    "здравство", "фудбал"),
        },
        families=(
            _f("rubrika", HEADER, 0.35, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.9, (_OLD, "{date_de}. {time}"),
               ("2019-03-01", "Објављено: {date_de}. у {time}")),
            _f("autor", HEADER, 0.65, (_OLD, "Аутор: {autor}"),
               ("2018-06-01", "{autor} | Подунавске вести")),
            _f("izvor", HEADER, 0.25, (_OLD, "Извор: {izvor}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Реклама"), count=2),
            _f("procitajte", MIDDLE, 0.4, (_OLD, "Прочитајте још: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {foto}"), count=2),
            _f("tagovi", FOOTER, 0.3, (_OLD, "Тагови: {tag_list}")),
            _f("komentari", FOOTER, 0.35, (_OLD, "Коментари ({count})"),
               ("2019-05-01", "Коментари се објављују након одобрења модератора. Увредљиви "
                "коментари и говор мржње неће бити објављени.")),
            _f("drustvene", FOOTER, 0.2,
               (_OLD, "Пратите нас на Фејсбуку и Твитеру."),
               ("2019-02-01", "📱 Придружите се нашој Вајбер заједници и први сазнајте "
                "најважније вести.")),
            _f("projekat", FOOTER, 0.2,
               (_OLD, "Пројекат „Живот уз Дунав“ суфинансиран је из буџета Града Смедерева. "
                "Ставови изнети у тексту не одражавају нужно ставове органа који је доделио "
                "средства."),
               ("2018-03-01", "Пројекат „Подунавље данас“ суфинансиран је из буџета Града "
                "Смедерева. Ставови изнети у тексту не одражавају нужно ставове органа који "
                "је доделио средства."),
               ("2019-03-01", "Пројекат „Глас села“ суфинансиран је из буџета Града Смедерева. "
                "Ставови изнети у тексту не одражавају нужно ставове органа који је доделио "
                "средства."),
               ("2020-03-01", "Пројекат „Смедерево у фокусу“ суфинансиран је из буџета Града "
                "Смедерева. Ставови изнети у тексту не одражавају нужно ставове органа који "
                "је доделио средства.")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Подунавске вести. Сва права задржана."),
               ("2018-09-01", "Преузимање садржаја дозвољено је уз навођење извора и линк ка "
                "тексту. · Регистар медија ИН000512 · тел. 026 555 014")),
        ),
    )


def memele_style() -> PublisherStyle:
    """A Latvian regional paper: a section kicker, a dotted date turned "Publicēts: ...
    plkst.", an "Autors:" line turned a name with the paper, a view counter, "Reklāma",
    "Lasiet arī" and "Foto:" inserts, a print price raised then a free e-paper in the 2020
    emergency situation and an e-paper offer after it, the media-support fund line, a
    comment counter turned a comment rule, draugiem.lv dropped from the follow line, the
    copyright line turned a GDPR-era imprint with a reprint rule."""
    return PublisherStyle(
        domain="memelesvestis.lv", site="Mēmeles Vēstis", base_size=600,
        subdomains=(("www.", 90), ("", 10)),
        sections=("novada", "notikumi", "sports", "kultura", "izglitiba", "viedokli"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "sadala": ("Novadā", "Notikumi", "Sports", "Kultūra", "Izglītība",
                       "Lauksaimniecība", "Viedokļi"),
            "autors": ("Ilze Kalniņa", "Jānis Bērziņš", "Dace Ozola", "Andris Liepiņš",
                       "Māra Krūmiņa", "Guntis Zariņš"),
            "foto": ("Ilze Kalniņa", "no personīgā arhīva", "Bauskas novada pašvaldība", "LETA",
                     "Valsts policija", "Mēmeles Vēstis"),
        },
        families=(
            _f("sadala", HEADER, 0.3, (_OLD, "{sadala}")),
            _f("datums", HEADER, 0.85, (_OLD, "{date_de} {time}"),
               ("2019-06-01", "Publicēts: {date_de} plkst. {time}")),
            _f("autors", HEADER, 0.65, (_OLD, "Autors: {autors}"),
               ("2018-09-01", "{autors}, Mēmeles Vēstis")),
            _f("skatijumi", HEADER, 0.2, (_OLD, "Skatījumi: {count}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Reklāma"), count=2),
            _f("lasiet", MIDDLE, 0.35, (_OLD, "Lasiet arī: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("abonesana", FOOTER, 0.2,
               (_OLD, "Abonē “Mēmeles Vēstis” – tikai 3,50 € mēnesī! Abonēšana visās pasta "
                "nodaļās un pasts.lv"),
               ("2019-01-01", "Abonē “Mēmeles Vēstis” – tikai 3,90 € mēnesī! Abonēšana visās "
                "pasta nodaļās un pasts.lv"),
               ("2020-03-13", "Ārkārtējās situācijas laikā “Mēmeles Vēstis” e-avīze lasītājiem "
                "ir pieejama bez maksas."),
               ("2020-06-10", "Abonē “Mēmeles Vēstis” e-avīzi – tikai 2,90 € mēnesī: "
                "memelesvestis.lv/abone")),
            _f("maf", FOOTER, 0.15,
               (_OLD, "Publikācija tapusi ar Mediju atbalsta fonda finansiālu atbalstu. Par "
                "publikācijas saturu atbild “Mēmeles Vēstis”.")),
            _f("komentari", FOOTER, 0.3, (_OLD, "Komentāri ({count})"),
               ("2018-11-01", "Komentēt var tikai reģistrēti lietotāji. Aizskarošus komentārus "
                "mēs dzēšam.")),
            _f("seko", FOOTER, 0.2,
               (_OLD, "Seko mums draugiem.lv, Facebook un Twitter!"),
               ("2018-01-01", "Seko mums Facebook, Twitter un Instagram!")),
            _f("copyright", FOOTER, 0.7,
               (_OLD, "© {year} Mēmeles Vēstis. Visas tiesības aizsargātas."),
               ("2018-05-25", "Pārpublicējot atsauce uz “Mēmeles Vēstis” obligāta. · SIA "
                "“Bauskas mediji” · Rīgas iela 12, Bauska, LV-3901 · 63 955 014 · Privātuma "
                "politika")),
        ),
    )


def waiawa_style() -> PublisherStyle:
    """A police district's media releases (New Zealand): a release-kind kicker, a weekday
    date with a 12-hour time turned a "Published" line, an "attribute to" line with the
    officer's post, a CCTV insert, a road-closure line, the Serious Crash Unit line, an
    appeal with a file number built from the date whose district phone is replaced by 105 in
    May 2019, Crime Stoppers, an emergency line turned 105, then Alert Level 4 in the 2020
    lockdown and back, "ENDS", the media-centre line, a Facebook line."""
    return PublisherStyle(
        domain="waiawapolice.govt.nz", site="Waiawa District Police", base_size=540,
        subdomains=(("www.", 100),),
        sections=("news", "appeals", "road-policing", "court", "missing-persons"),
        n_authors=9, url_path="/news/release/{n}",
        pools={
            "kind": ("Media release", "Appeal for information", "Road closure", "Arrest made",
                     "Update", "Court outcome", "Missing person"),
            "beat": ("Area Commander", "Detective Senior Sergeant, Criminal Investigation "
                     "Branch", "Road Policing Manager", "Senior Sergeant, Prevention",
                     "Detective Inspector", "District Commander"),
            "road": ("State Highway 2 at Mangawhero", "Kōpū Road near the rail overbridge",
                     "State Highway 29 on the Kaimai Range", "Te Puna Road at the quarry",
                     "Harbour Road between Ōmokoroa and the motorway"),
        },
        families=(
            _f("kind", HEADER, 0.4, (_OLD, "{kind}")),
            _f("issued", HEADER, 0.85, (_OLD, "{weekday}, {date_dmy} - {time12}"),
               ("2019-07-01", "Published {date_dmy} · {time12}")),
            _f("attribute", HEADER, 0.45, (_OLD, "Please attribute to {author}, {author_beat}:")),
            _f("cctv", MIDDLE, 0.15,
               (_OLD, "Police would like to identify the person pictured in these CCTV "
                "images.")),
            _f("roads", FOOTER, 0.15,
               (_OLD, "{road} is closed and diversions are in place. Motorists should avoid "
                "the area and expect delays.")),
            _f("serious-crash", FOOTER, 0.12, (_OLD, "The Serious Crash Unit has been advised.")),
            _f("appeal", FOOTER, 0.45,
               (_OLD, "Anyone with information is asked to contact Waiawa Police on (07) 555 "
                "0143, quoting file number " + _FILE_NO + "."),
               ("2019-05-10", "Anyone with information can call Police on 105 and quote file "
                "number " + _FILE_NO + ".")),
            _f("crimestoppers", FOOTER, 0.35,
               (_OLD, "Information can also be provided anonymously via Crime Stoppers on "
                "0800 555 111.")),
            _f("emergency", FOOTER, 0.2,
               (_OLD, "If you see a crime happening, call 111 straight away."),
               ("2019-05-10", "Call 111 if it's happening now. If it has already happened, "
                "call 105 or report it online."),
               ("2020-03-26", "At Alert Level 4 you must stay home unless you are making an "
                "essential trip. Breaches can be reported online through 105."),
               ("2020-05-14", "Call 111 if it's happening now. If it has already happened, "
                "call 105 or report it online.")),
            _f("ends", FOOTER, 0.5, (_OLD, "ENDS")),
            _f("mediacentre", FOOTER, 0.55, (_OLD, "Issued by Police Media Centre")),
            _f("social", FOOTER, 0.2,
               (_OLD, "Follow Waiawa District Police on Facebook for local updates and "
                "appeals.")),
        ),
    )


def sturgeon_style() -> PublisherStyle:
    """A county tourism bureau's blog (Michigan): a category kicker, a posted line turned a
    short date with a reading time, a sponsored-content line, business listing cards with
    phones (up to three), a map insert, "You might also like" links, a visitors guide gone
    digital, a visitor centre closed under the 2020 stay-home order and reopened with masks,
    a photo hashtag, a newsletter line, an event disclaimer, a lodging-assessment line, the
    copyright line gaining the site's links."""
    return PublisherStyle(
        domain="visitsturgeonpoint.com", site="Visit Sturgeon Point", base_size=470,
        subdomains=(("www.", 100),),
        sections=("blog", "things-to-do", "events", "food-drink", "outdoors", "stay"),
        n_authors=5, url_path="/blog/{slug}/",
        pools={
            "cat": ("Things to Do", "Events", "Food & Drink", "Outdoors", "Lodging",
                    "Itineraries", "Fall Color"),
            "partner": ("Harborview Inn & Suites", "Lakeshore Winery", "Sturgeon Point Golf "
                        "Resort", "Big Rapids Outfitters", "Old Mill Brewpub"),
            "listing": ("📍 Lighthouse Point Café · 114 Water St. · (989) 555-0131",
                        "📍 Bayside Kayak Rentals · 9 Harbor Dr. · (989) 555-0167",
                        "📍 The Dune Grass Motel · 2410 US-23 N · (989) 555-0190",
                        "📍 Kettle Corn Cottage · 301 Main St. · (989) 555-0124",
                        "📍 Sturgeon Point Lighthouse Museum · Lakeshore Rd. · (989) 555-0158",
                        "📍 Rustic Pines Campground · 77 Pine River Rd. · (989) 555-0112"),
        },
        families=(
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("posted", HEADER, 0.7, (_OLD, "Posted {date_short} by {author}"),
               ("2019-04-01", "{author} · {date_short} · {read_min} min read")),
            _f("sponsored", HEADER, 0.1, (_OLD, "Sponsored content from {partner}")),
            _f("listing", MIDDLE, 0.25, (_OLD, "{listing}"), count=3),
            _f("map", MIDDLE, 0.15,
               (_OLD, "🗺 Get directions and more ideas on our interactive map: "
                "visitsturgeonpoint.com/map")),
            _f("related", MIDDLE, 0.2, (_OLD, "You might also like: {other_title}")),
            _f("guide", FOOTER, 0.3,
               (_OLD, "Order your free Visitors Guide and we'll mail it to you: "
                "visitsturgeonpoint.com/guide"),
               ("2019-02-01", "Flip through the digital Visitors Guide, or order a free print "
                "copy at visitsturgeonpoint.com/guide")),
            _f("center", FOOTER, 0.3,
               (_OLD, "Stop by our Visitor Center at 220 Lake Street, open Monday–Saturday "
                "9am–5pm, or call (989) 555-0110."),
               ("2020-03-24", "Our Visitor Center is closed under the Governor's Stay Home, Stay "
                "Safe order. We're still answering email and the phone."),
               ("2020-06-08", "Our Visitor Center has reopened. Masks are required inside, and "
                "we're limiting the number of guests at a time.")),
            _f("hashtag", FOOTER, 0.2,
               (_OLD, "Share your photos with #PureSturgeonPoint for a chance to be "
                "featured!")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Get event picks and lodging deals in your inbox every month: sign up "
                "for our e-newsletter.")),
            _f("disclaimer", FOOTER, 0.2,
               (_OLD, "Event dates and times can change. Please confirm with the organizer "
                "before you travel.")),
            _f("funded", FOOTER, 0.25,
               (_OLD, "Visit Sturgeon Point is funded by a 5% assessment on overnight stays in "
                "Sturgeon Point County lodging.")),
            _f("copyright", FOOTER, 0.45,
               (_OLD, "© {year} Sturgeon Point Convention & Visitors Bureau"),
               ("2018-06-01", "© {year} Visit Sturgeon Point · Privacy Policy · Accessibility · "
                "Partner Login")),
        ),
    )


def kinbasket_style() -> PublisherStyle:
    """A regional airport's newsroom (British Columbia): a breadcrumb ending in the
    release's own title, a long date turned "News Release ·", a flight-status insert and
    photo captions, terminal advice turned passengers-only access and then face coverings in
    2020, an airport improvement fee raised, parking raised, a Wi-Fi line, a media contact
    block (heading and a name with post and phone), the about line gaining a route, a
    Twitter line reworded, a territorial acknowledgement."""
    return PublisherStyle(
        domain="flykinbasket.ca", site="Kinbasket Regional Airport", base_size=420,
        subdomains=(("www.", 100),),
        sections=("newsroom", "air-service", "construction", "community"),
        n_authors=3, url_path="/newsroom/{yyyy}/{slug}",
        pools={
            "caption": ("A WestJet Encore Q400 on the apron after the first morning arrival.",
                        "Paving crews on the runway extension in August.",
                        "The new hold room opened with 120 more seats.",
                        "Snow clearing on the main apron before the first departure.",
                        "An Air Canada Express Dash 8 departing for Vancouver."),
            "contact": ("Dana Whitford, Communications Manager · 250-555-0148",
                        "Rob Anand, Airport Manager · 250-555-0102",
                        "Claire Lemieux, Air Service Development · 250-555-0165"),
        },
        families=(
            _f("crumb", HEADER, 0.3, (_OLD, "Home › Newsroom › {title}")),
            _f("date", HEADER, 0.85, (_OLD, "{date_long}"),
               ("2019-05-01", "News Release · {date_long}")),
            _f("flightstatus", MIDDLE, 0.2,
               (_OLD, "✈ Check your flight status with your airline before you leave home.")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo: {caption}")),
            _f("arrive", FOOTER, 0.35,
               (_OLD, "Please arrive at least 90 minutes before departure. Pre-board screening "
                "closes 30 minutes before your flight."),
               ("2020-03-20", "Only travelling passengers may enter the terminal. Please say "
                "your goodbyes at the curb."),
               ("2020-04-20", "All passengers must wear a face covering at screening and on "
                "board, as required by Transport Canada.")),
            _f("aif", FOOTER, 0.25,
               (_OLD, "An Airport Improvement Fee of $15 per departing passenger is included in "
                "your ticket and pays for terminal and runway projects."),
               ("2018-01-01", "An Airport Improvement Fee of $20 per departing passenger is "
                "included in your ticket and pays for terminal and runway projects.")),
            _f("parking", FOOTER, 0.25,
               (_OLD, "Parking is $12 a day or $60 a week. Pay by credit card at the exit "
                "kiosk."),
               ("2019-06-01", "Parking is $14 a day or $70 a week. Pay by credit card at the "
                "exit kiosk.")),
            _f("wifi", FOOTER, 0.1, (_OLD, "Free Wi-Fi is available throughout the terminal.")),
            _f("media-head", FOOTER, 0.3, (_OLD, "Media Contact")),
            _f("media-line", FOOTER, 0.28, (_OLD, "{contact}")),
            _f("about", FOOTER, 0.45,
               (_OLD, "Kinbasket Regional Airport is owned by the Regional District and served "
                "by Air Canada Express and WestJet Encore, with daily flights to Vancouver and "
                "Calgary."),
               ("2019-06-01", "Kinbasket Regional Airport is owned by the Regional District and "
                "served by Air Canada Express, WestJet Encore and Pacific Coastal, with daily "
                "flights to Vancouver and Calgary and seasonal flights to Kelowna.")),
            _f("social", FOOTER, 0.2,
               (_OLD, "Follow us on Twitter @FlyKinbasket for delays and closures."),
               ("2019-10-01", "Follow @FlyKinbasket on Twitter and Facebook for delays, "
                "closures and new routes.")),
            _f("territory", FOOTER, 0.15,
               (_OLD, "Kinbasket Regional Airport is located on the traditional territory of "
                "the Ktunaxa and Secwépemc peoples.")),
        ),
    )


def sweetgum_style() -> PublisherStyle:
    """A botanical garden's news (Georgia, US): a category kicker, a date-and-author line
    turned a byline with the writer's post, plant captions with botanical names (up to
    two), an in-bloom insert, hours and admission raised then closed and reopened with timed
    tickets in 2020, a membership line, a plant sale gone online, a volunteer line, a
    nonprofit line, reciprocal admission, the address with a phone, a hashtag line."""
    return PublisherStyle(
        domain="sweetgumgarden.org", site="Sweetgum Botanical Garden", base_size=370,
        subdomains=(("www.", 100),),
        sections=("news", "in-bloom", "events", "education", "conservation"),
        n_authors=5, url_path="/news/{slug}",
        pools={
            "cat": ("In Bloom", "Events", "Education", "Conservation", "Garden News",
                    "Volunteer Spotlight", "Plant Sale"),
            "beat": ("Curator of Living Collections", "Horticulturist", "Director of Education",
                     "Volunteer Coordinator", "Marketing Manager", "Executive Director"),
            "plant": ("Camellia japonica ‘Professor Sargent’ in the Camellia Walk",
                      "Oakleaf hydrangea (Hydrangea quercifolia) along the Woodland Trail",
                      "American lotus (Nelumbo lutea) in the Lily Pool",
                      "Piedmont azalea (Rhododendron canescens) by the Visitor Center",
                      "Pink muhly grass (Muhlenbergia capillaris) on the Prairie Slope",
                      "Southern magnolia (Magnolia grandiflora) on the Great Lawn"),
        },
        families=(
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("posted", HEADER, 0.75, (_OLD, "{date_long} | {author}"),
               ("2018-10-01", "By {author}, {author_beat} | {date_long}")),
            _f("plant", MIDDLE, 0.25, (_OLD, "{plant}"), count=2),
            _f("inbloom", MIDDLE, 0.15,
               (_OLD, "🌸 See what's in bloom this week: sweetgumgarden.org/in-bloom")),
            _f("hours", FOOTER, 0.35,
               (_OLD, "Garden hours: 9 a.m. to 5 p.m. daily. Admission $12 for adults and $6 "
                "for children 3–12; members and children under 3 get in free."),
               ("2019-03-01", "Garden hours: 9 a.m. to 5 p.m. daily. Admission $14 for adults "
                "and $7 for children 3–12; members and children under 3 get in free."),
               ("2020-03-17", "The Garden is closed to visitors for now. Our horticulture staff "
                "are still caring for the collections every day."),
               ("2020-05-20", "The Garden has reopened with timed-entry tickets. Please reserve "
                "your visit online; members need a reservation too.")),
            _f("member", FOOTER, 0.25,
               (_OLD, "Members get free admission all year, 10% off in the Garden Shop and "
                "early entry to the Spring Plant Sale. Memberships start at $55.")),
            _f("plantsale", FOOTER, 0.15,
               (_OLD, "🌱 The Spring Plant Sale is the second weekend in April, with a members' "
                "preview on Friday from 4 to 7 p.m."),
               ("2020-03-25", "🌱 This year's Spring Plant Sale is online only: order by April "
                "10 and pick up at the curb.")),
            _f("volunteer", FOOTER, 0.15,
               (_OLD, "Volunteers work in the beds, lead school tours and staff the Garden "
                "Shop. Sign up for an orientation at sweetgumgarden.org/volunteer")),
            _f("nonprofit", FOOTER, 0.35,
               (_OLD, "Sweetgum Botanical Garden is a 501(c)(3) nonprofit organization. Gifts "
                "are tax-deductible to the extent allowed by law.")),
            _f("reciprocal", FOOTER, 0.12,
               (_OLD, "Members of gardens in the American Horticultural Society's Reciprocal "
                "Admissions Program get in free with a current membership card.")),
            _f("address", FOOTER, 0.45,
               (_OLD, "Sweetgum Botanical Garden · 2200 Piedmont Ridge Road, Macon, GA 31204 · "
                "(478) 555-0182")),
            _f("hashtag", FOOTER, 0.2,
               (_OLD, "📷 Share your visit with #SweetgumGarden on Instagram.")),
        ),
    )


def cedarbluff_style() -> PublisherStyle:
    """A Rotary club's news (Tennessee): a category kicker, a posted line turned a
    "Submitted by" line, a this-week's-speaker insert and "Pictured (l–r)" lines beginning
    with members' names, the Four-Way Test, the meeting line with a lunch price raised then
    Zoom meetings in 2020 and a return to the patio, the Rotary International theme of each
    year from July, a polio line, a foundation line, a join line, a bulletin line with the
    story's own title, the club-management platform's footer, the charter line."""
    return PublisherStyle(
        domain="cedarbluffrotary.org", site="Rotary Club of Cedar Bluff", base_size=320,
        subdomains=(("www.", 100),),
        sections=("stories", "speakers", "service", "youth", "foundation"),
        n_authors=6, url_path="/stories/{slug}",
        pools={
            "cat": ("Club News", "Speakers", "Service Projects", "Youth Exchange", "Foundation",
                    "Fundraisers"),
            "speaker": ("Dr. Lena Ortiz, superintendent of Knox County Schools",
                        "Chief Ray Tillman of the Cedar Bluff Fire Department",
                        "Marcy Dunlap, director of the Second Harvest backpack program",
                        "Ken Osei, our district governor",
                        "Jo Ellen Park of the Tennessee Valley Authority"),
            "pictured": ("President Mark Hensley, Jan Whitaker and Paul Brice",
                         "Sandra Kim, Tom Reyes and Youth Exchange student Lucía Ferrer",
                         "Bill Trotter, Amy Castle, Dean Ruiz and Helen Moss",
                         "Carla Jennings and President Mark Hensley with the Paul Harris "
                         "Fellow certificate",
                         "Greg Lyle, Nora Vance and volunteers from Cedar Bluff Middle School"),
        },
        families=(
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("posted", HEADER, 0.75, (_OLD, "Posted by {author} on {date_short}"),
               ("2019-01-01", "Submitted by {author} | {date_long}")),
            _f("speaker", MIDDLE, 0.15, (_OLD, "🎤 This week's speaker: {speaker}")),
            _f("pictured", MIDDLE, 0.2, (_OLD, "Pictured (l–r): {pictured}")),
            _f("fourway", FOOTER, 0.2,
               (_OLD, "The Four-Way Test: Is it the TRUTH? Is it FAIR to all concerned? Will "
                "it build GOODWILL and BETTER FRIENDSHIPS? Will it be BENEFICIAL to all "
                "concerned?")),
            _f("meets", FOOTER, 0.4,
               (_OLD, "We meet every Tuesday at 12:10 p.m. at the Cedar Bluff Country Club. "
                "Lunch is $18, and visitors are always welcome."),
               ("2019-01-01", "We meet every Tuesday at 12:10 p.m. at the Cedar Bluff Country "
                "Club. Lunch is $20, and visitors are always welcome."),
               ("2020-03-17", "Our weekly meetings are on Zoom until further notice. Email the "
                "club secretary for the link."),
               ("2020-07-07", "We're meeting in person again on the club patio, with a Zoom "
                "link for members who'd rather join from home.")),
            _f("theme", FOOTER, 0.25,
               (_OLD, "2014–15 Rotary theme: Light Up Rotary"),
               ("2015-07-01", "2015–16 Rotary theme: Be a Gift to the World"),
               ("2016-07-01", "2016–17 Rotary theme: Rotary Serving Humanity"),
               ("2017-07-01", "2017–18 Rotary theme: Rotary: Making a Difference"),
               ("2018-07-01", "2018–19 Rotary theme: Be the Inspiration"),
               ("2019-07-01", "2019–20 Rotary theme: Rotary Connects the World"),
               ("2020-07-01", "2020–21 Rotary theme: Rotary Opens Opportunities")),
            _f("polio", FOOTER, 0.15,
               (_OLD, "Rotary has helped cut polio cases by 99.9% since 1988. Give to End Polio "
                "Now at endpolio.org")),
            _f("foundation", FOOTER, 0.15,
               (_OLD, "Every dollar our members give to The Rotary Foundation's Annual Fund "
                "comes back to our district as grants three years later.")),
            _f("join", FOOTER, 0.2,
               (_OLD, "Thinking of joining? Come to lunch as our guest: email "
                "membership@cedarbluffrotary.org")),
            _f("bulletin", FOOTER, 0.1,
               (_OLD, "“{title}” first ran in The Spoke, the club's weekly bulletin.")),
            _f("platform", FOOTER, 0.3, (_OLD, "Powered by ClubRunner © 2002–{year} All rights "
                                                "reserved.")),
            _f("charter", FOOTER, 0.4,
               (_OLD, "Rotary Club of Cedar Bluff · Chartered 1948 · District 6780 · Club No. "
                "5501")),
        ),
    )


def malleecreek_style() -> PublisherStyle:
    """A folk festival's news (Victoria, Australia): a category kicker, a bare slashed date
    turned a posted-by line, artist announcements with their home states (up to two), a
    tickets insert, season-ticket prices raised then the 2020 festival called off, camping,
    a glass-free and dog-free rule, a volunteer line, a supporters line, an acknowledgement
    of country, the incorporation line with the ABN, a mailing-list line."""
    return PublisherStyle(
        domain="malleecreekfolk.org.au", site="Mallee Creek Folk Festival", base_size=280,
        subdomains=(("www.", 70), ("", 30)),
        sections=("news", "line-up", "tickets", "volunteers", "workshops"),
        n_authors=4, url_path="/news/{slug}/",
        pools={
            "cat": ("Line-up", "Tickets", "Volunteers", "Workshops", "Camping",
                    "Festival News", "Dance"),
            "artist": ("🎻 The Bellbird Sisters (VIC)", "🎻 Lachie Duggan & the Tinkers (NSW)",
                       "🎻 Mairéad Quinn (IRL)", "🎻 Old Spoon Stringband (TAS)",
                       "🎻 The Moreton Bay Shanty Crew (QLD)", "🎻 Ruby Okafor Trio (SA)"),
        },
        families=(
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("posted", HEADER, 0.75, (_OLD, _SLASH_DMY),
               ("2019-02-01", "Posted by {author} · " + _SLASH_DMY)),
            _f("artist", MIDDLE, 0.25, (_OLD, "{artist}"), count=2),
            _f("tickets", MIDDLE, 0.15,
               (_OLD, "🎟 Tickets are on sale now: malleecreekfolk.org.au/tickets")),
            _f("prices", FOOTER, 0.35,
               (_OLD, "Early-bird season tickets are $195 (concession $160) until 31 October. "
                "Under-13s come free with a paying adult."),
               ("2019-07-01", "Early-bird season tickets are $215 (concession $175) until 31 "
                "October. Under-13s come free with a paying adult."),
               ("2020-03-16", "This year's festival can't go ahead. Ticket holders can take a "
                "refund, roll their ticket over to next year or donate it to the festival.")),
            _f("camping", FOOTER, 0.2,
               (_OLD, "Camping at the Recreation Reserve is $40 a site for the weekend. Fire "
                "restrictions apply, so no campfires.")),
            _f("noglass", FOOTER, 0.2,
               (_OLD, "This is a glass-free, dog-free event. Alcohol may only be consumed in the "
                "licensed bar area.")),
            _f("volunteer", FOOTER, 0.25,
               (_OLD, "Volunteer for 12 hours over the weekend and get a free season pass. "
                "Applications close on 1 February.")),
            _f("supporters", FOOTER, 0.2,
               (_OLD, "The festival is proudly supported by Creative Victoria and the local "
                "shire council.")),
            _f("country", FOOTER, 0.25,
               (_OLD, "The festival is held on Wotjobaluk country. We pay our respects to "
                "Elders past, present and emerging.")),
            _f("incorporated", FOOTER, 0.4,
               (_OLD, "Mallee Creek Folk Festival Inc. · ABN 51 555 012 345 · PO Box 42, Mallee "
                "Creek VIC 3395")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Join our mailing list for line-up news and early-bird reminders.")),
        ),
    )


def kilbracken_style() -> PublisherStyle:
    """A cycling club's ride reports (Ireland): a category kicker, a date-and-author line
    turned one with a reading time, a pace-group line, a ride-stats line, café-stop and
    photo inserts, a helmet-and-two-abreast rule, Sunday spins cancelled and resumed in
    groups of 15 in 2020, a membership fee raised, a licence line, a kit order, a sponsor
    thank-you, the affiliation line."""
    return PublisherStyle(
        domain="kilbrackenwheelers.ie", site="Kilbracken Wheelers", base_size=240,
        subdomains=(("www.", 80), ("", 20)),
        sections=("ride-reports", "sportives", "racing", "club-news", "youth"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "cat": ("Ride Reports", "Sportives", "Racing", "Club News", "Leisure Group",
                    "Youth"),
            "group": ("A group (30+ km/h)", "B group (27–29 km/h)", "C group (24–26 km/h)",
                      "Leisure group (20 km/h, no-drop)"),
            "stats": ("Distance: 92 km · Climbing: 1,140 m · Average: 27.4 km/h",
                      "Distance: 64 km · Climbing: 520 m · Average: 25.1 km/h",
                      "Distance: 128 km · Climbing: 1,870 m · Average: 26.2 km/h",
                      "Distance: 45 km · Climbing: 310 m · Average: 21.8 km/h",
                      "Distance: 110 km · Climbing: 960 m · Average: 29.0 km/h"),
            "cafe": ("The Old Forge in Rathcoole", "Molly's Kitchen in Ballinakill",
                     "the garage café at Coolbawn Cross", "Nolan's bakery in Abbeyleix",
                     "the Courthouse Café in Durrow"),
            "photog": ("Declan Fahy", "Aoife Brennan", "Niamh Cullen", "the club WhatsApp"),
            "sponsor": ("Doran's Bike Shop", "Quinlan's Pharmacy", "Brady Motors",
                        "Fitzgerald's Bar & Lounge"),
        },
        families=(
            _f("cat", HEADER, 0.3, (_OLD, "{cat}")),
            _f("posted", HEADER, 0.75, (_OLD, "{date_dmy} by {author}"),
               ("2019-03-01", "{author} · {date_dmy} · {read_min} min read")),
            _f("group", HEADER, 0.15, (_OLD, "Group: {group}")),
            _f("stats", HEADER, 0.25, (_OLD, "📊 {stats}")),
            _f("cafe", MIDDLE, 0.2, (_OLD, "☕ Café stop: {cafe}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "📷 {photog}"), count=2),
            _f("rules", FOOTER, 0.3,
               (_OLD, "Helmets are compulsory on all club spins. Ride no more than two abreast "
                "and single out when the ride leader calls it.")),
            _f("spins", FOOTER, 0.3,
               (_OLD, "Club spins leave the Square at 9:30am every Sunday, with a shorter spin "
                "on Wednesday evenings from April."),
               ("2020-03-13", "All club spins are cancelled in line with Cycling Ireland's "
                "advice. Please ride alone for now and stay safe."),
               ("2020-06-08", "Club spins are back in groups of no more than 15. Sign in on the "
                "club app before every spin for contact tracing.")),
            _f("membership", FOOTER, 0.25,
               (_OLD, "Club membership is €30 a year, on top of your Cycling Ireland licence."),
               ("2019-01-01", "Club membership is €35 a year, on top of your Cycling Ireland "
                "licence.")),
            _f("licence", FOOTER, 0.15,
               (_OLD, "Every rider on a club spin needs a current Cycling Ireland licence, which "
                "includes insurance.")),
            _f("kit", FOOTER, 0.15,
               (_OLD, "👕 The club kit order is open until the end of the month: "
                "kilbrackenwheelers.ie/kit")),
            _f("sponsor", FOOTER, 0.3, (_OLD, "Thanks to our club sponsor, {sponsor}.")),
            _f("affiliation", FOOTER, 0.35,
               (_OLD, "Kilbracken Wheelers is affiliated to Cycling Ireland.")),
        ),
    )


def coldharbour_style() -> PublisherStyle:
    """A Scout group's news (England): a section kicker, a posted-by line with the leader's
    Jungle Book name turned a name with the leader's role, a badge-work insert, a kit list,
    a photo-consent line, subs raised then meetings online and back outdoors in 2020, a
    waiting list, a volunteer appeal, the online-manager line, a safeguarding line, hut
    hire, the charity line with "Be Prepared" turned "Skills for life" in 2018."""
    return PublisherStyle(
        domain="coldharbourscouts.org.uk", site="1st Coldharbour Scout Group", base_size=200,
        subdomains=(("www.", 100),),
        sections=("news", "beavers", "cubs", "scouts", "camps"),
        n_authors=4, url_path="/news/{slug}/",
        pools={
            "section": ("Beavers", "Cubs", "Scouts", "Explorers", "Group News", "Camps",
                        "Fundraising"),
            "leader": ("Akela", "Baloo", "Bagheera", "Kaa", "Chil", "Rikki", "Hathi"),
            "beat": ("Group Scout Leader", "Cub Scout Leader", "Beaver Scout Leader",
                     "Scout Leader", "Explorer Scout Leader", "Group Chair"),
            "badge": ("Chef Activity Badge", "Navigator Staged Activity Badge", "Hikes Away",
                      "Nights Away 5", "Naturalist Activity Badge", "Our World Challenge "
                      "Award"),
        },
        families=(
            _f("section", HEADER, 0.35, (_OLD, "{section}")),
            _f("posted", HEADER, 0.75, (_OLD, "Posted by {leader} on {date_dmy}"),
               ("2019-01-01", "{author}, {author_beat} · {date_dmy}")),
            _f("badge", MIDDLE, 0.2, (_OLD, "🏅 Badge work: {badge}")),
            _f("kit", FOOTER, 0.12,
               (_OLD, "Kit list: sleeping bag, roll mat, torch, wash kit, waterproofs and a "
                "named water bottle.")),
            _f("photos", FOOTER, 0.2,
               (_OLD, "We only share photos of young people whose parents have given photo "
                "consent.")),
            _f("subs", FOOTER, 0.3,
               (_OLD, "Subs are £45 a term. Please pay by standing order if you can."),
               ("2019-01-01", "Subs are £50 a term. Please pay by standing order if you can."),
               ("2020-03-17", "Face-to-face Scouting is suspended. Sections are meeting online "
                "on their usual night; the joining links are on OSM."),
               ("2020-09-01", "Meetings have restarted outdoors in small groups, in line with "
                "The Scout Association's guidance.")),
            _f("waiting", FOOTER, 0.2,
               (_OLD, "We have a waiting list for Beavers and Cubs. Add your child at "
                "coldharbourscouts.org.uk/join")),
            _f("volunteer", FOOTER, 0.25,
               (_OLD, "We can't run without adult volunteers. You don't need any experience, "
                "just a couple of hours now and then.")),
            _f("osm", FOOTER, 0.2,
               (_OLD, "Parents: events, payments and consent forms are all on Online Scout "
                "Manager (OSM).")),
            _f("safeguard", FOOTER, 0.2,
               (_OLD, "All our leaders have an enhanced DBS check and have completed safety and "
                "safeguarding training.")),
            _f("hut", FOOTER, 0.12,
               (_OLD, "Our HQ on Mill Lane can be hired for parties and meetings. Email "
                "hut@coldharbourscouts.org.uk")),
            _f("charity", FOOTER, 0.45,
               (_OLD, "1st Coldharbour Scout Group is a registered charity (no. 1055503) and "
                "part of The Scout Association. Be Prepared."),
               ("2018-05-01", "1st Coldharbour Scout Group · Registered charity no. 1055503 · "
                "Scouts: Skills for life")),
        ),
    )


def heldout17_styles() -> list[PublisherStyle]:
    """The held-back-17 styles, in the order the generator hands them to publishers."""
    return [
        narmada_style(), nanying_style(), podunavlje_style(), memele_style(), waiawa_style(),
        sturgeon_style(), kinbasket_style(), sweetgum_style(), cedarbluff_style(),
        malleecreek_style(), kilbracken_style(), coldharbour_style(),
    ]
