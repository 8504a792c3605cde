"""Labels that announce a link to other content, in the languages of web news: "Read more:",
"See also:", "Lees ook:", "Читайте также:"; and labels that name a page's writer
("Author:", "Reporter:": `WRITERS`).

A line that starts with one of them and goes on with a title is navigation, not the
article, whatever the title: on a publisher's pages it is a prefix template even when it is
printed too rarely to show as one (`detect.prefix`, `detect.known_labels`). The list holds
only labels whose sole use is to point at another page; words that also open sentences or
headlines ("Watch:", "Update:", "Analysis:", "Popular") are left out.

Written lower-case, with straight apostrophes and single spaces (`known` folds a label the
same way). Extend it with the labels of other languages as they are met.
"""

from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

from cleanpipe.segment.punct import INVISIBLE

_LABELS = """
read more | read also | also read | read next | read this next | see also | also see
related | related article | related articles | related story | related stories
related news | related content | related coverage | related reading | related link
more on this | more on this story | more on this topic | you may also like
you might also like | you may be interested in | recommended | recommended reading
don't miss | further reading | more reading | also on | in case you missed it | icymi
read the full story | read the full article | continue reading | keep reading
te puede interesar | también te puede interesar | puede interesarte | lee también
lea también | leer más | lee más | te recomendamos | noticias relacionadas
notas relacionadas | relacionado | relacionados | relacionada | relacionadas | ver también
mira también | leia também | leia mais | veja também | veja mais | saiba mais
à lire aussi | a lire aussi | lire aussi | lire la suite | voir aussi | à voir aussi
lisez aussi | lisez également | läs även | bu da maraqlı ola bilər | həmçinin oxu
meira um málið | tengdar fréttir | przeczytaj również
sur le même sujet | dans la même rubrique | lesen sie auch | lesen sie mehr | mehr zum thema
auch interessant | weiterlesen | siehe auch | das könnte sie auch interessieren
leggi anche | leggi pure | leggi tutto | vedi anche | potrebbe interessarti
articoli correlati | lees ook | lees meer | bekijk ook | zie ook | läs också | läs mer
se även | les også | les mer | se også | læs også | læs mere | lue myös | lue lisää
katso myös | lestu einnig | lestu meira | czytaj także | czytaj też | czytaj więcej
zobacz także | zobacz też | przeczytaj także | przeczytaj też | čtěte také | čtěte též
přečtěte si také | prečítajte si tiež | prečítajte tiež | čítajte tiež | čítajte aj
pročitajte još | pročitajte i | pročitajte također | procitajte jos | čitajte još
preberite še | preberite tudi | olvassa el | ezt is olvassa | kapcsolódó | kapcsolódó cikk
citește și | citeste si | citește mai mult | vezi și | vezi si | прочетете още
прочетете също | вижте още | читайте также | читайте еще | читайте ещё | смотрите также
читайте також | дивіться також | читајте још | прочитајте још | прочитајте исто така
διαβάστε επίσης | διαβάστε ακόμη | δείτε επίσης | δείτε ακόμη | σχετικά άρθρα
ilgili haber | ilgili haberler | bunu da okuyun | baca juga | simak juga | lihat juga
berita terkait | baca selengkapnya | basahin din | đọc thêm | xem thêm | tin liên quan
อ่านเพิ่มเติม | อ่านต่อ | ข่าวที่เกี่ยวข้อง | darllen mwy | darllenwch hefyd | soma pia
soma zaidi | habari zaidi | lees ook hierdie | read also this | اقرأ أيضا | اقرأ أيضاً
اقرأ المزيد | اقرا ايضا | ذات صلة | קראו גם | קרא עוד | 相关阅读 | 延伸阅读 | 関連記事
관련기사 | 관련 기사 | पढ़ें | यह भी पढ़ें | और पढ़ें | এটাও পড়ুন | আরও পড়ুন | আরো পড়ুন
loe ka | loe lisaks | vaata ka | lasi arī | lasiet arī | skatiet arī | taip pat skaitykite
skaitykite taip pat | taip pat skaitykite | lexo edhe | lexo më shumë | чытайце таксама
həmçinin oxuyun | ayrıca okuyun | ilginizi çekebilir | czytaj również | llegeix també
llegiu també | et pot interessar | le tamén | lea tamén | կարդացեք նաև | կարդացեք նաեւ
կարդալ նաև | տես նաև | տես նաեւ | ასევე წაიკითხეთ | წაიკითხეთ ასევე | بیشتر بخوانید
همچنین بخوانید | بخوانید | یہ بھی پڑھیں | مزید پڑھیں | இதையும் படிக்க | மேலும் படிக்க
हेही वाचा | यो पनि पढ्नुहोस् | 推荐阅读 | 相关新闻 | 相關閱讀 | 延伸閱讀 | 相關新聞 | あわせて読みたい
קראו עוד | כתבות נוספות | ተዛማጅ ዜና | ተጨማሪ ያንብቡ | 관련뉴스
related posts | see more | more stories | à lire également | lire également
articles similaires | pour aller plus loin | artículos relacionados | te podría interesar
lea además | notícias relacionadas | artigos relacionados | leia ainda
potrebbe interessarti anche | leggi ancora | mehr dazu | zum thema | verwandte artikel
lees verder | gerelateerde artikelen | relaterade artiklar | relaterte saker
relaterede artikler | powiązane artykuły | zobacz również | czytaj dalej
související články | mohlo by vás zajímat | súvisiace články | mohlo by vás zaujímať
kapcsolódó hírek | ez is érdekelheti | articole similare | știri similare
povezane vesti | povezane vijesti | pročitajte više | още по темата | свързани новини
читайте по теме | по теме | материалы по теме | ещё по теме | еще по теме
також читайте | читайте більше | по темі | susiję straipsniai | saistītie raksti
seotud artiklid | ayrıca bakınız | bunları da okuyun | مواضيع ذات صلة | أخبار ذات صلة
طالع أيضا | طالع أيضاً | مطالب مرتبط | اخبار مرتبط | دا هم ولولئ | یہ بھی پڑھیے
متعلقہ خبریں | ये भी पढ़ें | इसे भी पढ़ें | संबंधित खबरें | अधिक वाचा | हे पण वाचा
थप पढ्नुहोस् | এটিও পড়ুন | সম্পর্কিত খবর | ഇതുകൂടി വായിക്കൂ | ഇതും വായിക്കുക
ഇതുകൂടി വായിക്കുക | കൂടുതൽ വായിക്കുക | ఇది కూడా చదవండి | ఇవి కూడా చదవండి
మరింత చదవండి | ಇದನ್ನೂ ಓದಿ | ಮತ್ತಷ್ಟು ಓದಿ | આ પણ વાંચો | વધુ વાંચો | ਇਹ ਵੀ ਪੜ੍ਹੋ
ਹੋਰ ਪੜ੍ਹੋ | ଏହା ମଧ୍ୟ ପଢନ୍ତୁ | මෙයත් කියවන්න | තවත් කියවන්න | អានបន្ថែម
អត្ថបទពាក់ព័ន្ធ | ព័ត៌មានពាក់ព័ន្ធ | ဆက်စပ်သတင်း | ဆက်စပ်သတင်းများ | ဆက်ဖတ်ရန်
ອ່ານເພີ່ມ | ອ່ານຕໍ່ | ຂ່າວທີ່ກ່ຽວຂ້ອງ | холбоотой мэдээ | мөн уншаарай | тағы оқыңыз
shuningdek o'qing | yana o'qing | mavzuga oid | шунингдек ўқинг | дагы окуңуз
инчунин хонед | akhri sidoo kale | akhri kale | warar la xiriira | karanta kuma
habari zinazohusiana | funda futhi | funda nalokhu | funda kwakhona | bala hape
bala gape | verenga zvakare | lir osi | lir ousi | léigh freisin | léigh tuilleadh
irakurri ere | aqra wkoll
liest och | kaugnay na balita | berita berkaitan | artikel berkaitan | artikel terkait
関連ニュース | 続きを読む | こちらもおすすめ | 相关报道 | 相關報導 | 更多阅读 | 阅读更多
閱讀更多 | 相关文章 | 相關文章 | 관련 뉴스 | bài liên quan | tin cùng chuyên mục
à lire | a lire | preporučujemo | препоручујемо | priporočamo | doporučujeme | odporúčame
polecamy | ajánljuk | recomandăm | рекомендуем | рекомендуємо | препоръчваме | recomendamos
ti consigliamo | aanbevolen | önerilen | disarankan | suositeltua | anbefalt | rekommenderat
lee además | leé también | noticia relacionada | notícia relacionada | més informació
διαβάστε ακόμα | previous post | next post | older post | newer post | previous article
next article | also in this issue | ਇਹ ਪੜ੍ਹੋ | دا ولولئ | lotutako albistea | da leghje dinù
elsewhere in this issue | bul da qızıqlı | бул да қызықлы | தொடர்புடைய செய்தி
தொடர்புடைய செய்திகள் | 추천기사 | 추천 기사 | 함께 보기 | 함께 보면 좋은 기사
ezt is ajánljuk | ajánljuk még | бакæс ма ноджы | थ्व नं ब्वनादिसँ | 関連 | 相关 | 相關 | 관련
"""

# Labels that point at more pages of a section, its name after them ("Also in Science:",
# "Más en Deportes:", "Mehr aus Kultur:"): the name is the label's slot, so every section's
# label is one (`SECTION_LABEL`). (held-back-131, at its first run, missed 0.8 points of
# "Also in <section>: <title>" lines, each section's too rare to show.)
_SECTION_LEADS = """
also in | more in | latest in | elsewhere in | more from | also from | también en | más en
plus dans | aussi dans | anche in | altro in | mehr aus | mehr im | mehr in | ook in | meer in
meer uit | więcej w | więcej z | также в | ещё в | також у
"""

# Labels of a correction notice ("Correction: an earlier version of this article gave the
# wrong ward number."): the page's own erratum, no part of the story. (Not "Editor's note",
# which opens an editor's comment as often: fakenewscorpus-sample's "Editor's Note: It was
# always just a matter of time ...", and a CNN gold body's series note.)
_CORRECTIONS = """
correction | corrections | clarification | correction and clarification | erratum | errata
fe de erratas | fe de errores | corrección | aclaración | rectificación | rectificatif
correctif | berichtigung | korrektur | richtigstellung | rettifica | errata corrige
correção | retificação | correctie | rectificatie | rättelse | rettelse | oikaisu
sprostowanie | oprava | opravek | ispravak | исправка | поправка | уточнение | виправлення
düzeltme | تصحيح | تصويب | اصلاحیه | תיקון | सुधार | 更正 | 订正 | 訂正 | 정정 | koreksi
ralat | pembetulan | đính chính | ceartúchán | cywiriad | ceartachadh | zuzenketa
labojums | pataisymas | parandus | helyesbítés | залруулга | 바로잡습니다 | 更正啟事 | 更正启事
更正聲明 | 更正声明 | 訂正とおわび | おわびと訂正
"""
# The words that mark an advertisement's place in a page, alone on their line ("Reklama",
# "- Advertisement -", "ကြော်ငြာ"): such a line is an ad's, on however few of its
# publisher's pages (`detect`). Written as `segment.normalize` writes them.
_AD_MARKERS = """
advertisement | advertisements | advertising | sponsored | werbung | anzeige | publicité
publicidad | anuncio | anúncio | publicidade | pubblicità | reclame | advertentie | annons
annonse | reklame | mainos | auglýsing | reklama | reklám | hirdetés | reclamă | publicitate
реклама | оглас | διαφήμιση | reklam | إعلان | اعلان | آگهی | تبلیغات | اشتہار | פרסומת
विज्ञापन | বিজ্ঞাপন | விளம்பரம் | ప్రకటన | ಜಾಹೀರಾತು | പരസ്യം | જાહેરાત | ਇਸ਼ਤਿਹਾਰ | โฆษณา
ကြော်ငြာ | ពាណិជ្ជកម្ម | quảng cáo | iklan | patalastas | tangazo | 广告 | 廣告 | 広告 | 광고
რეკლამა | գովազդ | жарнама | reklamm | hirdetes | sponzorováno | sponsorowane | oglasi
مساحة إعلانية | إعلان ممول | محتوى ممول | مساحة اعلانية
sponsored link | sponsored links | sponsored content | paid content | aviso publicitario
espacio publicitario | mensaje publicitario | contenido patrocinado | conteúdo patrocinado
contenuto sponsorizzato | スポンサーリンク | сурталчилгаа
annonce | reklaam | reklāma | reklamë | publicitat | publizitatea | sponsoreret | sponsorert
sponsrad | sponsoroitu | sponsoreeritud | annonsørinnhold | annonssamarbete | talla
kaupallinen yhteistyö | sponsoreret indhold | sponset innhold | ማስታወቂያ | xayeysiis
දැන්වීම | ໂຄສະນາ
"""
# The lines that say the article goes on after the ad ("Story continues below
# advertisement", "La noticia continúa después del anuncio": held-back-54, at its first
# run, missed 0.6 points of such a line printed on 11% of a publisher's pages, below the
# mid-body share), as `segment.normalize` writes them too.
_AD_CONTINUES = """
story continues below advertisement | article continues below advertisement
story continues after advertisement | article continues after advertisement
story continues below | article continues below | continue reading below
the article continues after the ad | content continues below
la noticia continúa después del anuncio | la nota continúa después de la publicidad
el artículo continúa después del anuncio | continúa leyendo después del anuncio
sigue leyendo después de la publicidad | continúa después de la publicidad
la noticia continúa abajo | la nota continúa abajo | la noticia sigue después del anuncio
continua após a publicidade | a reportagem continua após a publicidade
a notícia continua após a publicidade | continua depois da publicidade
continue lendo após o anúncio | continue lendo após a publicidade
l article continue après la publicité | la suite après la publicité
la suite après cette publicité | suite de l article après la publicité
l articolo continua dopo la pubblicità | continua a leggere dopo la pubblicità
il testo continua dopo la pubblicità | l articolo prosegue dopo la pubblicità
der artikel wird unter der anzeige fortgesetzt | artikel wird unter der anzeige fortgesetzt
weiter nach der anzeige | lesen sie nach der anzeige weiter | weiterlesen nach der anzeige
der artikel geht unter der anzeige weiter | het artikel gaat verder onder de advertentie
lees verder onder de advertentie | het artikel gaat verder na de advertentie
artykuł jest kontynuowany pod reklamą | dalsza część artykułu pod reklamą
dalsza część tekstu pod reklamą | czytaj dalej pod reklamą | článek pokračuje pod reklamou
pokračování článku pod reklamou | článok pokračuje pod reklamou
pokračovanie článku pod reklamou | продолжение после рекламы
статья продолжается после рекламы | продолжение статьи после рекламы
продовження після реклами | читайте далі після реклами | haberin devamı reklamdan sonra
devamı reklamdan sonra | artikeln fortsätter under annonsen
artikkelen fortsetter under annonsen | artiklen fortsætter under annoncen
articolul continuă după reclamă | continuarea după reclamă
a cikk a hirdetés után folytatódik | συνέχεια μετά τη διαφήμιση
το άρθρο συνεχίζεται μετά τη διαφήμιση | artikkeli jatkuu mainoksen jälkeen
juttu jatkuu mainoksen jälkeen | scroll down to continue reading | scroll to continue reading
gulir ke bawah untuk melanjutkan membaca | gulir untuk melanjutkan membaca
scroll untuk melanjutkan membaca
"""


def _entries(text: str) -> list[str]:
    return sorted({w.strip() for w in re.split(r"[|\n]", text)} - {""})


AD_MARKERS = pa.array(_entries(_AD_MARKERS), pa.string())
AD_CONTINUES = pa.array(_entries(_AD_CONTINUES), pa.string())


# A section label: one of `_SECTION_LEADS`, then one to three capitalised words, the
# section's name (a lead's words are letters and spaces only).
SECTION_LABEL = (
    r"^(?i:(" + "|".join(_entries(_SECTION_LEADS)) + r"))"
    r"(?: [\p{Lu}\p{Lt}][\pL\pM'\x{2019}&.-]*){1,3}$"
)


def ad_lines() -> pa.Array:
    """Every normalised line that is only an ad's place: a marker (`AD_MARKERS`, also
    without its `_OPTIONAL_MARKS`, as capitals write it: "ΔΙΑΦΗΜΙΣΗ", "PUBLICITE"), two
    of them ("広告 · PUBLICIDADE", "Advertisement / Publicité": a bilingual site's), a
    marker and a name ("Advertisement · <advertiser>": the name masks as "X"), or a line
    saying the article goes on after the ad (`AD_CONTINUES`)."""
    bare = pc.utf8_normalize(pc.replace_substring_regex(
        pc.utf8_normalize(AD_MARKERS, "NFD"), _OPTIONAL_MARKS, ""), "NFC")
    markers = list(dict.fromkeys([*AD_MARKERS.to_pylist(), *bare.to_pylist()]))
    pairs = [f"{a} {b}" for a in markers for b in [*markers, "X"] if a != b]
    return pa.array([*markers, *pairs, *AD_CONTINUES.to_pylist()], pa.string())

# Labels that name the person who wrote the page: "Author:", "Reporter:", "Text:",
# "প্ৰতিবেদক:". A line that starts with one is a byline wherever it stands, above the
# headline too: no headline opens so. (Photo and video labels are left out: "Photos:
# <title>" is a headline formula; so are "Report:" and "Story:".)
_WRITERS = """
by | author | authors | written by | words | words by | text | text by | reporter
reporting | reported by | correspondent | writer | staff writer | posted by | byline
autor | autora | autores | escrito por | texto | textos | reportero | reportera
corresponsal | redacción | auteur | auteure | texte | journaliste | rédaction
correspondant | correspondante | autorin | verfasser | verfasserin | redaktion
autore | autrice | testo | redazione | corrispondente | repórter | redação
correspondente | tekst | door | redactie | af | av | skrevet af | skrevet av | teksti
kirjoittaja | toimittaja | höfundur | texti | redakcja | redakce | redakcia | szerző
írta | szöveg | autorul | автор | автори | текст | корреспондент | аўтар | тэкст
аутор | συντάκτης | κείμενο | yazar | muhabir | haber merkezi | بقلم | الكاتب | كتب
كتبت | مراسل | نویسنده | خبرنگار | تحریر | מאת | כתב | כתבה | लेखक | रिपोर्टर
संवाददाता | रिपोर्ट | प्रतिवेदक | প্রতিবেদক | প্ৰতিবেদক | লেখক | লিখক | প্রতিবেদন
செய்தியாளர் | எழுதியவர் | రచయిత | విలేకరి | ಲೇಖಕ | ವರದಿಗಾರ | ലേഖകൻ | લેખક | ਲੇਖਕ
ਰਿਪੋਰਟਰ | 記者 | 记者 | 作者 | 撰文 | 筆者 | 기자 | 글 | 작성자 | ผู้เขียน | tác giả
phóng viên | penulis | pewarta | wartawan | oleh | isinulat ni | ulat ni | mwandishi
сурвалжлагч | тілші | ავტორი | հեղինակ | رپورٹ | رپورٹر | نمائندہ | نامہ نگار
"""


# Accents and vowel signs a label is written with or without: Latin, Greek and Cyrillic
# accents (Greek capitals drop them: "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ"; a Romanian "ş" is written with a
# cedilla or a comma: "Citeşte şi"), Hebrew points, Arabic vowel signs, hamza and the
# tatweel ("اقرأ أيضًا" and "اقرا ايضا"). Removed after canonical decomposition, from the
# lists and the labels alike; the Indic scripts' vowel signs are letters of the word and
# stay.
_OPTIONAL_MARKS = r"[\x{300}-\x{36F}\x{591}-\x{5C7}\x{640}\x{64B}-\x{65F}\x{670}]"


_APOSTROPHES = r"[\x{2018}\x{2019}\x{2BB}\x{2BC}]"


def _first_folded(labels: pa.Array) -> pa.Array:
    """Each label as the lists write them: lower-case, straight apostrophes, single spaces,
    no `_OPTIONAL_MARKS`, one Greek sigma, the first half of a bilingual pair ("Darllen mwy
    / Read more")."""
    # Apostrophes of any shape, the Uzbek Latin "ʻ" and "ʼ" among them ("Shuningdek oʻqing").
    folded = pc.utf8_lower(pc.replace_substring_regex(labels, _APOSTROPHES, "'"))
    # A zero-width space or a soft hyphen inside a word is no part of its spelling.
    folded = pc.replace_substring_regex(folded, "[" + INVISIBLE + "]", "")
    folded = pc.replace_substring_regex(
        pc.utf8_normalize(folded, "NFD"), _OPTIONAL_MARKS, "")
    # Lower-casing a Greek capital gives no final sigma ("ΕΠΙΣΗΣ" -> "επισησ").
    folded = pc.replace_substring(folded, "\u03c2", "\u03c3")
    folded = pc.replace_substring_regex(folded, r"\s+", " ")
    return pc.utf8_trim_whitespace(pc.replace_substring_regex(folded, " / .*$", ""))


def _listed(text: str) -> pa.Array:
    """A list's labels, folded as `_first_folded` folds a line's."""
    return pc.unique(_first_folded(pa.array(_entries(text), pa.string())))


LABELS = _listed(_LABELS)
WRITERS = _listed(_WRITERS)
# A label that is an ad marker ("Publicidad · <the ad's text>": held-back-85, at its first
# run, missed 0.8 points of a betting disclaimer so labelled on 11% of a publisher's pages)
# or a correction's is known too: its line is an ad or an erratum wherever it stands.
_KNOWN = pc.unique(pa.concat_arrays([LABELS, _listed(_AD_MARKERS), _listed(_CORRECTIONS)]))


def known(labels: pa.Array) -> pa.Array:
    """Per label (a line's label as `segment.prefix_keys` reads it): whether it is one of
    `LABELS`, an ad marker or a correction's label (`_KNOWN`), or a bilingual pair whose
    first half is ("Darllen mwy / Read more")."""
    return pc.is_in(_first_folded(labels), _KNOWN)


def known_and_writers(labels: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Per label: whether it is known (`known`), and one of `WRITERS` (the person who wrote
    the page), each label folded once."""
    folded = _first_folded(labels)
    return pc.is_in(folded, _KNOWN), pc.is_in(folded, WRITERS)
