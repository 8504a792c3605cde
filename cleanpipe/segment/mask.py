"""Normalisation of segments before hashing: what two variants of a line must share.

Publishers' repeated lines differ in their slots: dates, numbers, names, places, titles,
links. Normalisation keeps the fixed words and masks the slots:

* Unicode NFKC (curly quotes, ligatures, full-width forms fold to one spelling);
* URLs, e-mail addresses and @handles -> "url", "email", "handle";
* runs of digits (of any script: "١٢", "२०७४"), and month and weekday names (listed for
  some sixty languages and other calendars' months, or told by their place in a date) ->
  "0"; a hash or key in hexadecimal -> "hexslot";
* the text of flattened links, `[South Front](#)` -> "X";
* capitalised words after the first, and an all-capitals first word -> "X" (names,
  places, titles: "By Ana Ruiz", "PRAIRIE FORK, May 2 (Plains Ledger)"), with a "the"
  before them ("in partnership with the Valley Courier" and "... with Radio Northfield");
* a capitalised first word followed by another capitalised word -> "X" too, when the line
  has at least two lower-case words that are not function words: a name leading a sentence
  ("Ana Ruiz writes about courts for The Ledger.", "Ana Ruiz holds no shares in ...").
  A Title-Case headline ("Roberts Nomination Sent to Full Senate") lower-cases only
  function words, so it keeps its first word, and headlines do not share a shape; one
  of five or more words that capitalises every word ("How Do Hand Sanitizers Work?")
  would fold to "how X", and keeps all its words;
* the credit under an embedded post ("— Ana Ruiz (@aruiz) June 3, 2016") -> a name slot;
* a quoted title inside a line ('Download “<title>” (PDF)', '12 thoughts on “<title>”') ->
  "titleslot": two or more words in double quotes that neither open the line (dialogue)
  nor end in punctuation (a quoted sentence); `segment.own_titles` puts the same slot for
  the page's own title found inside another of its lines ("Obituary of <title>");
* a name of two capitalised words that starts a line and ends at a field separator
  (| · • , — –, a spaced hyphen or slash, or a slash before a capital), or at a comma with a
  short lower-case role to the end of the line ("Grace Fenwick, journaliste") -> a name
  slot that stays masked even in a line of slots only: bylines "Ana Ruiz, Staff Writer",
  "Ana Ruiz | 2 May 2019 | 10:45", "Ana Ruiz - Reporter / @aruiz", "Janet
  Silvera/Photographer"; a line of slots that starts with one stays masked ("Ana Ruiz,
  Court Reporter" -> "X": the desk is a slot too); not after a headline's first word ("In
  Chips, Two Cores Are Better Than One");
* a dateline alone on its line, a place with its source in parentheses or a place in
  capitals, then a dash ("Maracaibo (AFP).-", "SANTO DOMINGO.-") -> "dateline" and the
  source's slot;
* lower-cased, punctuation dropped, runs of the same mask folded to one;
* a line that this leaves without a single fixed word ("ADVERTISEMENT", "[Become a
  member](#)", a title-case headline, "June 9 -- Coral Sky Amphitheatre") keeps its words,
  dates alone masked: otherwise all such lines would share one key. Lines mixing kinds of
  slot stay masked: a link and a date, a dateline's place, date and source ("BELIZE CITY,
  Tues. Sept. 17, 2019--", "Sopore, June 29:"), or a date then a name after a bar or a
  dot ("August 11, 2018 | Felix Tanaka, Main Library"). A
  label in capitals before a name ("SOURCE Corvane Therapeutics", "CONTACT: Bianca Ueda")
  is the fixed part: "source X".

"Global Research, June 21, 2017" and "Global Research, Monday, July 3, 2018" both become
"global X 0"; "By [Tom Becker](#)" and "By Ana Ruiz" both become "by X". Masking only
decides what is compared: the text itself is never changed.

The work is done on whole Arrow arrays with pyarrow compute (RE2) and numpy, not a
Python loop per line: normalisation was the pipeline's hot spot.
"""

from __future__ import annotations

import unicodedata
from importlib import resources

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleanpipe.segment.punct import JOINERS

# A bare domain is a URL with a common suffix, or with any suffix and a path after it
# ("redrivertimes.vn/society-866379.html").
_URL = (
    r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|edu|gov|io|co\.uk|ca)(?:/\S*)?\b"
    r"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}/\S*"
)


def _shipped_words(name: str) -> set[str]:
    """The words of data file `name`, shipped beside this module (lines starting with "#"
    are comments)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip()
            and not line.startswith("#")}


_EMAIL = r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
_LINK = r"\[[^\[\]\n]{1,200}\]\([^()\s]*\)"
_HANDLE = r"(?:^|[\s(\[])@\w{2,30}"
# A hash, key or identifier in hexadecimal ("SHA-256: <64 hex digits>", "PGP key
# 0x8DC0C9A8", a UUID) is a slot of its own kind, not a string of zeros and letters that
# differs on every page, nor a number: "SHA-256: <hash>" is no "TERROR LEVEL 100".
_HEX = (
    r"\b0x[0-9A-Fa-f]+\b|\b[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\b"
    r"|\b[0-9A-Fa-f]{16,}\b"
)
_HEX_WORD = "hexslot"  # lower-case: a fixed word, as `TITLE_WORD` is
# Month and weekday names, as dates write them (the genitive where a language writes the
# month so: "16 лютого 2018", "7 września"), of English, the large Western European
# languages, Dutch and Indonesian (whose "minggu", Sunday, is also "week": masked all the
# same), and of the other official languages of the EU, the large Slavic, Nordic, Baltic
# and Balkan ones, Turkish, Malay, Greek, Arabic, Hindi, Bengali, Assamese, Chinese,
# Japanese and Korean. A date line in any of them is then a line of slots, its month no
# fixed word.
# Short forms that are also common English words (mar, sat, sun) are left alone, and
# "mars" (a planet in English); "may" is masked all the same: as a month it is too
# frequent in datelines to leave. Weekdays that are numerals elsewhere (Maltese "it-Tnejn",
# two; Vietnamese "thứ Hai") are left out.
_DATE_WORDS = pa.array(sorted({
    unicodedata.normalize("NFKC", word).lower() for word in (

        "january february march april may june july august september october november"
        " december jan feb apr jun jul aug sept sep oct nov dec"
        " monday tuesday wednesday thursday friday saturday sunday"
        " enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre"
        " noviembre diciembre lunes martes miércoles jueves viernes sábado domingo"
        " janvier février avril mai juin juillet août septembre octobre novembre décembre"
        " lundi mardi mercredi jeudi vendredi samedi dimanche"
        " januar februar märz juni juli oktober dezember"
        " montag dienstag mittwoch donnerstag freitag samstag sonntag"
        " gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre"
        " lunedì martedì mercoledì giovedì venerdì sabato domenica"
        " janeiro fevereiro março maio junho julho setembro outubro novembro dezembro"
        " segunda terça quarta quinta sexta"
        " maart mei augustus maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
        " januari februari maret agustus desember senin selasa rabu kamis jumat sabtu minggu"
        # Malay
        " mac julai ogos disember isnin khamis jumaat ahad"
        # Catalan, Occitan
        " gener febrer març maig juny juliol agost setembre desembre dilluns dimarts"
        " dimecres dijous divendres dissabte diumenge"
        " genièr febrièr junh julhet octòbre decembre diluns dimars dimècres dijòus"
        " dimenge"
        # Swedish, Danish, Norwegian
        " augusti måndag tisdag onsdag torsdag fredag lördag söndag marts"
        " mandag tirsdag lørdag søndag"
        # Finnish (and the partitive of dates: "5. toukokuuta")
        " tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu"
        " lokakuu marraskuu joulukuu tammikuuta helmikuuta maaliskuuta huhtikuuta"
        " toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta"
        " joulukuuta maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai"
        # Estonian, Latvian, Lithuanian (the genitive of dates)
        " jaanuar veebruar märts aprill juuni juuli oktoober detsember esmaspäev teisipäev"
        " kolmapäev neljapäev reede laupäev pühapäev"
        " janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris"
        " oktobris novembris decembris pirmdiena otrdiena trešdiena ceturtdiena piektdiena"
        " sestdiena svētdiena"
        " sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio"
        " lapkričio gruodžio pirmadienis antradienis trečiadienis ketvirtadienis"
        " penktadienis šeštadienis sekmadienis"
        # Polish, Czech, Slovak (nominative and genitive)
        " styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik"
        " listopad grudzień stycznia lutego marca kwietnia maja czerwca lipca sierpnia"
        " września października listopada grudnia poniedziałek wtorek środa czwartek"
        " piątek sobota niedziela"
        " leden únor březen duben květen červen červenec srpen září říjen prosinec ledna"
        " února března dubna května června července srpna října listopadu prosince"
        " pondělí úterý středa čtvrtek pátek neděle"
        " január február marec apríl máj jún júl október januára februára apríla mája"
        " júna júla augusta septembra októbra novembra decembra pondelok utorok streda"
        " štvrtok piatok nedeľa"
        # Slovene, Croatian, Serbian (Latin and Cyrillic, ekavian and ijekavian)
        " januarja februarja marca aprila maja junija julija avgusta septembra oktobra"
        " novembra decembra ponedeljek torek sreda četrtek petek nedelja"
        " siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan studeni"
        " prosinac siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna"
        " studenoga prosinca ponedjeljak utorak srijeda četvrtak petak subota nedjelja"
        " januar februar mart avgust septembar oktobar novembar decembar ponedeljak"
        " јануар фебруар март април мај јун јул август септембар октобар новембар"
        " децембар понедељак уторак среда четвртак петак субота недеља понедјељак"
        " сриједа недјеља"
        # Russian, Ukrainian, Bulgarian (nominative and genitive)
        " январь февраль апрель май июнь июль сентябрь октябрь ноябрь декабрь января"
        " февраля марта апреля мая июня июля августа сентября октября ноября декабря"
        " понедельник вторник среду четверг пятница пятницу суббота субботу воскресенье"
        " січень лютий березень квітень травень червень липень серпень вересень жовтень"
        " листопад грудень січня лютого березня квітня травня червня липня серпня"
        " вересня жовтня листопада грудня понеділок вівторок середа середу четвер субота"
        " суботу неділя неділю"
        " януари февруари юни юли септември октомври ноември декември понеделник"
        " сряда петък събота неделя"
        # Romanian, Hungarian, Turkish, Greek (nominative and genitive)
        " ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie"
        " decembrie marți miercuri vineri sâmbătă duminică"
        " január február március április május június július augusztus szeptember"
        " október hétfő kedd szerda csütörtök péntek szombat vasárnap"
        " ocak şubat nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık pazartesi"
        " salı çarşamba perşembe cumartesi"
        " ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος"
        " σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος ιανουαρίου φεβρουαρίου μαρτίου"
        " απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου"
        " δεκεμβρίου δευτέρα τετάρτη πέμπτη παρασκευή σάββατο κυριακή"
        # Scottish Gaelic months (after "an", "am", "an t-") and weekdays
        " faoilleach gearran màrt giblean cèitean ògmhios iuchar lùnastal sultain dàmhair"
        " samhain dùbhlachd diluain dimàirt diciadain diardaoin dihaoine disathairne"
        " didòmhnaich"
        # Maltese, Irish, Welsh months
        " jannar frar marzu mejju ġunju lulju awwissu settembru ottubru novembru diċembru"
        " eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa meán fómhair"
        " deireadh samhna nollag ionawr chwefror mawrth ebrill mehefin gorffennaf awst"
        " medi hydref tachwedd rhagfyr"
        # Arabic (and the months of Algeria and Tunisia, then Morocco, CLDR's ar_DZ, ar_TN
        # and ar_MA: "نشر في الإثنين 2 أفريل 2018", where no positional rule reaches),
        # Hindi, Bengali
        " يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر"
        " جانفي فيفري أفريل افريل ماي جوان جويلية أوت اوت يوليوز غشت شتنبر نونبر دجنبر"
        " نوفمبر ديسمبر الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الاحد"
        " जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर नवंबर"
        " नवम्बर दिसंबर दिसम्बर सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार"
        " জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর"
        " ডিসেম্বর সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার মে"
        # (Bengali's "মে", May, is shorter than CLDR's words: `tests.bench.cldr_date_words`)
        # The Bengali calendar's months, which Bangladesh's press prints beside the
        # Gregorian date ("২৫ জুলাই ২০১৮ ১০ শ্রাবণ ১৪২৫ বঙ্গাব্দ")
        " বৈশাখ জ্যৈষ্ঠ আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র"
        # Assamese (the Bengali script's ৰ and ৱ), Macedonian
        " জানুৱাৰী ফেব্ৰুৱাৰী এপ্ৰিল আগষ্ট ছেপ্তেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ সোমবাৰ"
        " মঙ্গলবাৰ বুধবাৰ বৃহস্পতিবাৰ শুক্ৰবাৰ শনিবাৰ দেওবাৰ"
        " јануари февруари септември октомври ноември декември четврток петок сабота"
        " недела"
        # Nepali (and its Bikram Sambat months), Marathi, Gujarati, Punjabi, Telugu,
        # Kannada; Tamil and Malayalam weekdays in their "-day" forms only (alone, the
        # words are also planets and metals)
        " जनवरी फेब्रुअरी अप्रिल मे जुन अगस्ट अगष्ट सेप्टेम्बर अक्टोबर अक्टुबर नोभेम्बर"
        " डिसेम्बर आइतबार सोमबार मंगलबार मङ्गलबार बुधबार बिहीबार शुक्रबार शनिबार"
        " वैशाख बैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर मङ्सिर पुस माघ फागुन चैत"
        " जानेवारी फेब्रुवारी एप्रिल जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर"
        " मंगळवार गुरुवार"
        " જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ જૂન જુલાઈ ઑગસ્ટ ઓગસ્ટ સપ્ટેમ્બર ઑક્ટોબર ઓક્ટોબર"
        " નવેમ્બર ડિસેમ્બર સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર રવિવાર"
        " ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ"
        " ਸੋਮਵਾਰ ਮੰਗਲਵਾਰ ਬੁੱਧਵਾਰ ਵੀਰਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਨਿੱਚਰਵਾਰ ਐਤਵਾਰ"
        " జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్"
        " సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం ఆదివారం"
        " ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್"
        " ಡಿಸೆಂಬರ್ ಸೋಮವಾರ ಮಂಗಳವಾರ ಬುಧವಾರ ಗುರುವಾರ ಶುಕ್ರವಾರ ಶನಿವಾರ ಭಾನುವಾರ"
        " ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்"
        # ... and as Sri Lanka's Tamil press spells them ("பெப்ரவரி 10, 2016")
        " பெப்ரவரி ஓகஸ்ட் செப்டெம்பர் ஒக்டோபர் டிசெம்பர்"
        " திங்கட்கிழமை செவ்வாய்க்கிழமை புதன்கிழமை வியாழக்கிழமை வெள்ளிக்கிழமை சனிக்கிழமை"
        " ஞாயிற்றுக்கிழமை"
        # ... and the Tamil calendar's months, which Tamil dates add after the Gregorian
        # one ("வியாழக்கிழமை, மார்ச் 05, 2020 | விகாரி மாசி 22")
        " சித்திரை வைகாசி ஆனி ஆடி ஆவணி புரட்டாசி ஐப்பசி கார்த்திகை மார்கழி தை மாசி"
        " பங்குனி"
        " ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ"
        " തിങ്കളാഴ്ച ചൊവ്വാഴ്ച ബുധനാഴ്ച വ്യാഴാഴ്ച വെള്ളിയാഴ്ച ശനിയാഴ്ച ഞായറാഴ്ച"
        # ... and the Malayalam calendar's months (the Kollam era's, "ചിങ്ങം 1, 1196"), and
        # the Punjabi calendar's (Nanakshahi and Bikrami, "1 ਅੱਸੂ 552"), which the press
        # prints beside the Gregorian date
        " ചിങ്ങം കന്നി തുലാം വൃശ്ചികം ധനു മകരം കുംഭം മീനം മേടം ഇടവം മിഥുനം കർക്കടകം"
        " കർക്കിടകം ਚੇਤ ਵੈਸਾਖ ਜੇਠ ਹਾੜ ਸਾਵਣ ਭਾਦੋਂ ਅੱਸੂ ਕੱਤਕ ਮੱਘਰ ਪੋਹ ਮਾਘ ਫੱਗਣ"
        # Urdu, Persian (and the Solar Hijri months that are no common words), Hebrew
        # (its months also with the prefix "in": "5 בינואר 2019")
        " جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر منگل بدھ"
        " جمعرات جمعہ اتوار"
        " ژانویه فوریه آوریل ژوئن ژوئیه سپتامبر اکتبر نوامبر دسامبر فروردین اردیبهشت"
        " خرداد مرداد شهریور آبان آذر بهمن اسفند یکشنبه دوشنبه چهارشنبه پنجشنبه"
        " ינואר פברואר מרץ אפריל יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר בינואר"
        " בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר"
        # the Hebrew calendar's months (not "אב", also "father"); Yiddish months and
        # weekdays
        " תשרי חשון חשוון מרחשוון כסלו טבת שבט אדר ניסן אייר סיון תמוז אלול"
        " יאַנואַר פֿעברואַר מערץ אַפּריל מיי יוני יולי אויגוסט סעפּטעמבער אָקטאָבער"
        " נאָוועמבער דעצעמבער זונטיק מאָנטיק דינסטיק מיטוואָך דאָנערשטיק פֿרײַטיק"
        # The Hebrew calendar's months in their other spellings, with the prefix "in"
        # ("ט׳ באלול תש״פ": "באב" is no other word), and as Israel's English-
        # and Russian-language press writes them beside the Gregorian date ("2 Tishrei
        # 5780", "(27 ава 5780)": held-back-183, at its first run, kept 0.4 points of
        # such date lines)
        " כסליו סיוון בתשרי בחשון בחשוון במרחשוון בכסלו בכסליו בטבת בשבט באדר בניסן באייר"
        " בסיון בסיוון בתמוז באב באלול tishrei tishri cheshvan heshvan marcheshvan kislev"
        " tevet teves shevat shvat adar nissan iyar iyyar sivan tammuz tamuz elul тишрей"
        " тишрея хешван хешвана мархешван мархешвана кислев кислева тевет тевета шват швата"
        " шеват шевата адара нисан нисана ияр ияра сиван сивана тамуз тамуза таммуз таммуза"
        " ава элул элуля"
        # Belarusian (nominative and genitive), Kazakh, Georgian, Armenian (nominative
        # and genitive), Azerbaijani and Uzbek
        " студзень люты сакавік красавік травень чэрвень ліпень жнівень верасень"
        " кастрычнік снежань студзеня лютага сакавіка красавіка траўня чэрвеня ліпеня"
        " жніўня верасня кастрычніка снежня панядзелак аўторак серада чацвер пятніца"
        " нядзеля"
        " қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша"
        " желтоқсан"
        " იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი"
        " ოქტომბერი ნოემბერი დეკემბერი ორშაბათი სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი"
        " შაბათი"
        " հունվար փետրվար ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր"
        " նոյեմբեր դեկտեմբեր հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի"
        " օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի"
        " yanvar fevral aprel iyun iyul avqust sentyabr oktyabr noyabr dekabr avgust"
        " sentabr oktabr"
        # Kyrgyz, Kazakh and Uzbek weekdays
        " дүйшөмбү шейшемби шаршемби бейшемби жума ишемби жекшемби дүйсенбі сейсенбі"
        " сәрсенбі бейсенбі жұма сенбі жексенбі dushanba seshanba chorshanba payshanba"
        " shanba yakshanba"
        # Thai, Burmese, Khmer months; Thai weekdays
        " มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม"
        " พฤศจิกายน ธันวาคม วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์"
        " วันอาทิตย์"
        # (and as Thai long dates write them, with "ที่": "วันเสาร์ที่ 9 พฤษภาคม 2563")
        " วันจันทร์ที่ วันอังคารที่ วันพุธที่ วันพฤหัสบดีที่ วันพฤหัสที่ วันศุกร์ที่ วันเสาร์ที่"
        " วันอาทิตย์ที่"
        " ဇန်နဝါရီ ဖေဖော်ဝါရီ ဧပြီ ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ"
        # (Burmese also writes each with "လ", month: "ဩဂုတ်လ ၂၃ ရက်")
        " ဇန်နဝါရီလ ဖေဖော်ဝါရီလ မတ်လ ဧပြီလ မေလ ဇွန်လ ဇူလိုင်လ ဩဂုတ်လ စက်တင်ဘာလ အောက်တိုဘာလ"
        " နိုဝင်ဘာလ ဒီဇင်ဘာလ"
        " មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា"
        # Icelandic, Albanian, Basque, Galician, Tagalog
        " janúar febrúar apríl júní júlí ágúst nóvember desember mánudagur þriðjudagur"
        " miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur"
        # (and the weekday's definite accusative, as a date writes it: "Í dag,
        # laugardaginn 21. janúar")
        " mánudaginn þriðjudaginn miðvikudaginn fimmtudaginn föstudaginn laugardaginn"
        " sunnudaginn"
        " janar shkurt prill qershor korrik gusht shtator tetor nëntor dhjetor"
        " urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria"
        " azaroa abendua astelehena asteartea asteazkena osteguna ostirala larunbata"
        " igandea"
        " xaneiro febreiro xuño xullo decembro mércores xoves venres"
        " enero pebrero marso hunyo hulyo setyembre oktubre nobyembre disyembre"
        " miyerkules huwebes biyernes sabado linggo"
        # Javanese weekdays; Papiamento
        " senen rebo kemis jemuwah ngahad"
        " yanüari febrüari yüni yüli ougùstùs sèptèmber novèmber desèmber djadumingu"
        " djaluna djamars djarason djaweps djabièrnè djasabra"
        # Bislama (with Swahili's "septemba" and Luganda's "sande" above or below)
        " eprel julae ogis desemba mande tusde wenesde tosde fraede sarede"
        # Haitian and Seychellois Creole (not "me", "jen", "out", "zen", "jedi", "madi":
        # words and names too)
        " lendi mèkredi merkredi zedi vandredi samdi sanmdi dimanch dimans"
        " janvye zanvye fevriye jiyè zilyet septanm oktòb oktob novanm desanm"
        # Afrikaans, Malagasy (not "Julie" and "Jona", also names); Albanian weekdays
        # (after "e": "e diel, <date>")
        " januarie februarie junie oktober desember sondag maandag dinsdag woensdag"
        " donderdag vrydag saterdag"
        " janoary febroary martsa aprily jolay aogositra septambra oktobra novambra"
        " desambra alahady alatsinainy alarobia alakamisy asabotsy"
        " hënë martë mërkurë enjte premte shtunë diel"
        # Swahili, Hausa, Amharic, Zulu, Luganda, Shona, Maori
        " machi aprili julai agosti septemba oktoba novemba desemba jumatatu jumanne"
        " jumatano alhamisi ijumaa jumamosi jumapili"
        " janairu fabrairu maris afrilu mayu yuni yuli agusta satumba nuwamba disamba"
        " litinin talata laraba asabar lahadi"
        " ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ መስከረም ጥቅምት ኅዳር ታኅሣሥ ሰኞ"
        # (the Ethiopian calendar's months also as they are often spelt, and its
        # thirteenth, Pagume)
        " ህዳር ታህሳስ ታህሣሥ ጳጉሜን ጳጉሜ"
        " ማክሰኞ ረቡዕ ሐሙስ ዓርብ ቅዳሜ እሑድ"
        " januwari februwari mashi ephreli meyi julayi agasti septhemba okthoba"
        " umsombuluko ulwesibili ulwesithathu ulwesine ulwesihlanu umgqibelo"
        " janwali febwali marisi apuli maayi julaayi agusito sebuttemba okitobba"
        " sande bbalaza lwakubiri lwakusatu lwakuna lwakutaano lwamukaaga"
        " ndira kukadzi kurume kubvumbi chivabvu chikumi chikunguru nyamavhuvhu gunyana"
        " gumiguru zvita muvhuro chipiri chitatu chishanu mugovera svondo"
        " hānuere pēpuere māehe āperira hune hūrae ākuhata hepetema oketopa noema tīhema"
        " rāhina rātū rāapa rāpare rāmere rāhoroi rātapu"
        # Sinhala: the Gregorian months as Sri Lanka's press writes them (CLDR gives the
        # traditional ones, "දුරුතු"; held-back-88, at its study), joiners dropped
        " ජනවාරි පෙබරවාරි මාර්තු අප්රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර්"
        " නොවැම්බර් දෙසැම්බර්"
        # Chinese, Japanese, Korean weekdays (their months are numbers)
        " 星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周一 周二 周三 周四 周五"
        " 周六 周日 週一 週二 週三 週四 週五 週六 週日 月曜日 火曜日 水曜日 木曜日 金曜日"
        " 土曜日 日曜日 월요일 화요일 수요일 목요일 금요일 토요일 일요일"
        " dateslot"  # `_DATE_WORD`, lower-cased: a month or weekday told by its place
    ).split()
}))
# ... and every other language's, as CLDR writes them ("Mōnite / Monday 30.12.2019",
# "28 mart 2017, çərşənbə axşamı"), but for words that are likely words of running text
# somewhere (`tests.bench.cldr_date_words` writes the file and says which). A capitalised
# word inside a line without a number stays the name's slot it is: "Na Juma Mwakyusa"
# ("juma" is Friday in Uzbek).
_CLDR_DATE_WORDS = pa.array(
    sorted(_shipped_words("cldr_date_words.txt") - set(_DATE_WORDS.to_pylist())), pa.string())


def date_words_masked(lower: pa.Array) -> pa.Array:
    """Lower-cased short texts (labels) with each listed month or weekday word, and each
    number, as "0"; the other words as they are."""
    words = pc.split_pattern(lower, " ")
    flat = pc.list_flatten(words)
    dated = pc.or_(pc.or_(pc.is_in(flat, _DATE_WORDS), pc.is_in(flat, _CLDR_DATE_WORDS)),
                   pc.match_substring_regex(flat, r"^\d+$"))
    if not pc.any(dated).as_py():
        return lower
    masked = pc.if_else(dated, "0", flat)
    return pc.binary_join(pa.ListArray.from_arrays(words.offsets, masked), " ")


# A month no list holds, told by where it stands: one to three words between a day (one
# or two digits, any script's) and a year (four), the day opening the line or following
# punctuation ("Foillsichte: 19 an t-Samhain 2015", "- ٢٥ ربيع الآخر ١٤٣٨ هـ"; not "Top 10
# Laptops 2019", a headline); or one word before a day, a comma and a year ("Nobyembre 29,
# 2020"). Then a word opening the line before such a date and a comma is its weekday
# ("Linggo, <date>", "ਸ਼ਨਿੱਚਰਵਾਰ, <date>"). Each becomes `_DATE_WORD`, masked as a date.
_DATE_WORD = "DATESLOT"
# The patterns below run on every batch, and RE2 compiles them anew each time: Unicode
# property classes (\pL, \p{Nd}) would cost ~3 ms a pattern a call, 1.2 s of 7.5 on 10k
# documents. They use small explicit classes instead, and ASCII digits only: every
# script's decimal digits are read as ASCII's first (`_nfkc`). Those are the runs of ten
# that start at these zeros, every one Unicode has but ASCII's and those NFKC folds to
# them (full-width, mathematical): Arabic (both), N'Ko, the Indic scripts, Thai, Lao,
# Tibetan, Myanmar, Khmer, Mongolian, Ol Chiki, Adlam, ... (`tests/test_segment.py` holds
# the list to Python's Unicode data). (With every run in the patterns' classes, a batch's
# compiling took 14 ms more, 76 against 62.)
OTHER_ZEROS = (
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50,
    0xABF0, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1E140, 0x1E2F0, 0x1E950,
)
_OTHER_DIGIT = "[" + "".join(rf"\x{{{z:X}}}-\x{{{z + 9:X}}}" for z in OTHER_ZEROS) + "]"
_TO_ASCII = {zero + i: ord("0") + i for zero in OTHER_ZEROS for i in range(10)}
_DIGIT = "[0-9]"
# Punctuation and symbols: ASCII's, Latin-1's, General Punctuation, Supplemental
# Punctuation (Adlam's reversed comma), CJK's, Arabic's comma and semicolon, full-width
# ASCII punctuation.
_PUNCT = (
    r"!-/:-@\[-\x60{-~\x{A0}-\x{BF}\x{D7}\x{F7}\x{2000}-\x{206F}\x{2E00}-\x{2E7F}"
    r"\x{3000}-\x{303F}\x{60C}\x{61B}\x{FF01}-\x{FF0F}"
)
# A word's character: anything but white space, a digit or punctuation, except the
# apostrophe and the hyphen inside words ("ta'", "an t-Iuchar") and the zero-width
# (non-)joiner inside Persian and Indic words ("سه‌شنبه").
_WORD_CHAR = (
    r"[^\s0-9!-&(-,./:-@\[-\x60{-~\x{A0}-\x{BF}\x{D7}\x{F7}"
    r"\x{2000}-\x{200B}\x{200E}-\x{2018}\x{201A}-\x{206F}\x{2E00}-\x{2E7F}\x{3000}-\x{303F}"
    r"\x{60C}\x{61B}]"
)
_MONTH_WORD = rf"{_WORD_CHAR}+"
# ... and without an apostrophe (a possessive: "Bagman's notes, <date>" is a label).
_PLAIN_CHAR = _WORD_CHAR.replace(r"\x{A0}", r"'\x{2019}\x{A0}", 1)
# A month written short, with dots after or inside it ("jan.", "janv.", Thai "ม.ค.").
_MONTH_ABBR = rf"{_WORD_CHAR}+(?:\.{_WORD_CHAR}+)*\.?"
# A weekday's comma: the Latin one, the Arabic script's, Adlam's reversed one, the
# full-width and the ideographic.
_WEEKDAY_COMMA = r"[,\x{60C}\x{2E41}\x{FF0C}\x{3001}]"
# A Thai date's month written short with its dots inside ("ม.ค.", "มี.ค.", "เม.ย.") before a
# two-digit year of the Buddhist era ("7 มี.ค. 59", "(16 เม.ย. 60)", as Thai sites print
# them): the year is written in full ("2559"), so that the date folds as the four-digit
# form does. (The month's letters stay a word of the key otherwise: twelve keys for one
# date line.)
_THAI_SHORT_YEAR = (
    r"((?:^|[\s(\[])(?:[12][0-9]|3[01]|0?[1-9])\s+\p{Thai}{1,3}\.\p{Thai}{1,2}\.?)\s+([0-9]{2})(\D|$)"
)
# Date lines are short: longer lines (paragraphs that mention a year) are not looked at,
# which keeps these patterns off most of the text.
_DATED_MAX_CHARS = 120
# A day (1-31, in any script's digits: they are ASCII's here) and a year (1300-2099:
# Hijri and Persian years are 13xx-14xx; the Buddhist era's 25xx, the Japanese imperial
# 26xx, the Kurdish 27xx, the Assyrian 6xxx) that ends its field or is followed by a time
# ("Mar 24, 2020 12:53 IST"): "1 Kyle Busch 5040 5 1 17 27" is a table's row, not a date.
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
_YEAR_DIGITS = r"(?:1[3-9][0-9]{2}|2[05-7][0-9]{2}|6[0-9]{3})"
_YEAR = (
    rf"{_YEAR_DIGITS}"
    rf"(?:\s*$|\s*[^\s0-9]|\s+{_DIGIT}{{1,2}}[:.]{_DIGIT}{{2}})"
)
# Small letters of the Latin, Greek, Cyrillic, Cherokee and Adlam alphabets, and letters
# of the scripts without case (Hebrew, Arabic, Syriac, Thaana, N'Ko, the Indic scripts,
# Thai and Lao, Tibetan and Myanmar, Georgian, Ethiopic, Canadian syllabics, Mongolian,
# Khmer, Limbu, the Tai scripts, Balinese, Sundanese, Lepcha, Ol Chiki, Tifinagh, Vai,
# Javanese, Cham, Meetei Mayek, Hanifi Rohingya): a word that opens without a capital.
_SMALL = (
    r"a-z\x{DF}-\x{FF}\x{100}-\x{24F}\x{3AC}-\x{3FF}\x{430}-\x{4FF}\x{AB70}-\x{ABBF}"
    r"\x{1E922}-\x{1E943}"
)
_CASELESS = (
    r"\x{590}-\x{5FF}\x{600}-\x{6FF}\x{700}-\x{7FF}\x{900}-\x{DFF}\x{E00}-\x{EFF}"
    r"\x{F00}-\x{109F}\x{10D0}-\x{10FF}\x{1200}-\x{137F}\x{1400}-\x{167F}"
    r"\x{1780}-\x{18AF}\x{1900}-\x{1AAF}\x{1B00}-\x{1C7F}\x{2D30}-\x{2DDF}"
    r"\x{A500}-\x{A63F}\x{A800}-\x{A95F}\x{A980}-\x{AAFF}\x{AB00}-\x{AB2F}"
    r"\x{ABC0}-\x{ABFF}\x{10D00}-\x{10D3F}"
)
_SMALL_START = f"[{_SMALL}]"
_LOWER_START = f"[{_SMALL}{_CASELESS}]"
_LOWER_WORD = rf"{_LOWER_START}{_WORD_CHAR}*"
# A day may end with a dot or an ordinal's ending ("13-an", "28th", "1er", "5º", "19טן"), which
# the date's slot drops: "28th March" and "3rd June" are one form. A hyphen may join it to
# the month ("Жума, 21-июнь, 2019-ж.").
_DAY_END = rf"(?:\.|-?{_LOWER_START}{{1,3}})?"
# The day may also follow punctuation and one word ("sonda, ils 19 da settember 2020",
# "merkredon, la 13-an de junio 2018", "Qosqo, Killachaw 18 Pawqar waray killa, 2019
# wata"), or a word without a capital opening the
# line, a weekday ("disadorn 8 a viz Gwengolo 2018"; not "Top 10 Laptops 2019"); or, with a
# month of one word, a short word after a space ("Publié le 5 janv. 2020", "Posted on 28th
# March 2015"; not "Sales rose in 3 regions in 2019"). The month may end with an
# abbreviation's dot.
# Groups (open, day, end, month, year): `_month_slots` keeps the open and the day and
# puts `_DATE_WORD` for the month.
_DAY_END_GROUPS = rf"(?P<day>{_DAY})(?P<end>{_DAY_END},?\s+|-)"
_MONTHS_YEAR_GROUPS = (
    rf"(?P<month>(?:{_MONTH_ABBR}\s+){{0,2}}{_MONTH_ABBR})(?P<year>(?:{_WEEKDAY_COMMA}?\s+|-){_YEAR})"
)
_DAY_MONTH_YEAR = (
    rf"(?P<open>^\s*|[{_PUNCT}]\s*(?:{_WORD_CHAR}+\s+)?|^\s*{_LOWER_WORD}\s+)"
    rf"{_DAY_END_GROUPS}{_MONTHS_YEAR_GROUPS}"
)
# A word opening the line before a day, a month and a comma before the year is the
# weekday, with a capital too ("Fonde 19 Oktoba, 2017", "Sarere 11 Me, 2019"; the comma
# tells it from "Top 10 Laptops 2019").
_WEEKDAY_DAY_MONTH_YEAR = (
    rf"^(\s*){_WORD_CHAR}+(\s+{_DAY}{_DAY_END}\s+)(?:{_MONTH_WORD}\s+){{0,2}}{_MONTH_WORD}\.?"
    rf"({_WEEKDAY_COMMA}\s*{_YEAR})"
)
# A second date after a field separator, a spaced dash or in parentheses ("<date> · 14
# <Hijri month> 1441", "<date> - 24 ربيع الآخر 1442 هـ", "<date> (۲۶ مۍ ۲۰۲۰ ز)"): the
# first date's match took the separator.
_SECOND_DAY_MONTH_YEAR = (
    rf"(?P<open>(?:[\x{{B7}}|\x{{2022}}(]|\s[-\x{{2013}}\x{{2014}}])\s*)"
    rf"{_DAY_END_GROUPS}{_MONTHS_YEAR_GROUPS}"
)
# A Hijri date, told by its era's mark after the year ("هـ"): the one or two words between
# the day and the year are its month, wherever the day stands ("<date> الموافق 24 ربيع
# الآخر 1439 هـ", "🌙 21 شعبان 1437 هـ"; held-back-90's first run missed 0.9 points of
# such lines).
_HIJRI_DAY_MONTH_YEAR = (
    rf"(^|\s)({_DAY}\s+)(?:{_WORD_CHAR}+\s+)?{_WORD_CHAR}+(\s+1[34][0-9]{{2}}\s*\x{{647}}\x{{640}})"
)
_SPACED_DAY_MONTH_YEAR = (
    rf"(?P<open>\s{_WORD_CHAR}{{1,3}}\s+){_DAY_END_GROUPS}"
    rf"(?P<month>{_MONTH_WORD}\.?)(?P<year>,?\s+{_YEAR})"
)
# ... and after any one word opening the line when the day has an English ordinal's ending
# ("Published 6th Apr 2020, 17:31 BST", "Updated 13th Mar 2020"): "Top 10 Laptops 2019"
# has none.
_LABEL_ORDINAL_DAY_MONTH_YEAR = (
    rf"(?P<open>^\s*{_WORD_CHAR}+\s+)(?P<day>{_DAY})(?P<end>(?:st|nd|rd|th),?\s+)"
    rf"{_MONTHS_YEAR_GROUPS}"
)
# ... and after any one word opening the line when the day has its dot and the month no
# capital, as the Nordic, Finnic, Sámi and Slavic languages write them ("Almmuhuvvon 22.
# čakčamánu 2018", Northern Sámi; "Julkaistu 5. lokakuuta 2020"): a heading's number has a
# capitalised word after it ("Table 3. Results 2019"). (held-back-57, at its first run,
# missed 0.5 points of Sámi date lines.)
_LABEL_DOTTED_DAY_MONTH_YEAR = (
    rf"(?P<open>^\s*{_WORD_CHAR}+\s+)(?P<day>{_DAY})(?P<end>\.\s+)"
    rf"(?P<month>\p{{Ll}}{_WORD_CHAR}*)(?P<year>,?\s+{_YEAR})"
)
# A Khmer date: the weekday and the month each written in one word with the word for
# "day" and "month", the day and the year with "ទី" and "ឆ្នាំ" ("ថ្ងៃច័ន្ទ ទី៣០ ខែមេសា
# ឆ្នាំ២០១៨"; held-back-57 missed 0.24 points of them).
_KHMER_DATE = (
    rf"(^|\s)(?:ថ្ងៃ{_WORD_CHAR}+\s+)?(ទី[0-9]{{1,2}}\s+)ខែ{_WORD_CHAR}+(\s+ឆ្នាំ[0-9]{{4}})"
)
# A second date without a year after a whole date and a separator, ending the line: a
# day and a month of another calendar ("<date> 2015 — 28 مگھر", the Punjabi calendar's;
# "<date> 2020 · 14 Ramadan"; held-back-63 missed 0.4 points of such lines).
_SECOND_DAY_MONTH = (
    rf"((?:{_DIGIT}{{1,2}}\.?\s+{_WORD_CHAR}+\.?|{_WORD_CHAR}+\.?\s+{_DIGIT}{{1,2}},)\s+"
    rf"{_DIGIT}{{4}}\s*[-\x{{2013}}\x{{2014}}|\x{{B7}}]\s*{_DIGIT}{{1,2}}\s+){_WORD_CHAR}+(\s*)$"
)
# The name of a year of the Tamil (Jovian) cycle of sixty, after a date's field separator
# ("<date> | மன்மத வருடம்", "the year Manmatha"): one name a year (held-back-61 missed
# 0.4 points of such lines).
_TAMIL_YEAR_NAME = r"([|\x{B7},]\s*)\S+(\s+(?:வருடம்|ஆண்டு))"
# A day, then "de", "di", "da", "del" or "d'" and one word, then a year (after "de" or
# "del" or not), or a day and one word, then "de" and a year, wherever the day stands:
# the Romance languages' date ("lo dimars 20 de junh de 2017", "3 d'octòbre de 2016",
# "1 di sèptèmber 2018", "12 mai de 2018", Sardinian's "8 de làmpadas de su 2020"; and
# Tahitian's "no": "4 no Novema 2020"). The
# "de"s go with the month's slot, as they do in the patterns above, which take a date
# after punctuation first.
_DE = r"d[eia]l?\s+|d['\x{2019}]|no\s+"
_DE_DAY_MONTH_YEAR = (
    rf"(?P<day>(?:^|\s){_DAY}){_DAY_END}\s+"
    rf"(?:(?:{_DE}){_MONTH_ABBR}(?:\s+d[eo]l?(?:\s+su)?)?|{_MONTH_ABBR}\s+del?)"
    rf"(?P<year>,?\s+{_YEAR})"
)
# A number in Hebrew letters, marked with a geresh or gershayim: the day and the year of a
# Hebrew calendar date ("י״ד אייר תשע״ט", "כ׳ טבת תש״פ"), masked as digits are (in dated
# lines only: abbreviations are marked so too).
_HEBREW_NUMERAL = (
    r"(^|\s)(?:[\x{5D0}-\x{5EA}]{1,4}[\x{5F4}\x{22}][\x{5D0}-\x{5EA}]|[\x{5D0}-\x{5EA}][\x{5F3}'])"
)
# The month Av ("אב", also "father"; "באב", in Av), between a day and a year once numerals
# are masked: "ו׳ אב תשע״ה" is "0 אב 0".
_HEBREW_AV = r"((?:^|\s)0\s+)\x{5D1}?\x{5D0}\x{5D1}(\s+(?:0|[0-9]{4})(?:\s|$))"
# A Hebrew calendar year in letters (5700-5999: "תש״פ", "תשע״ז", "תשפ״א") makes a line dated
# as four digits do: the Hebrew press prints the Hebrew date alone ("יום ב׳ י״ב כסלו תשע״ז").
_HEBREW_YEAR = r"(?:^|\s)\x{5EA}[\x{5E9}\x{5EA}][\x{5D0}-\x{5EA}]?[\x{5F4}\x{22}][\x{5D0}-\x{5EA}]"
# The short months the lists leave out as common words ("mars", a planet; "mar", a sea)
# are months between a day and a year wherever they stand ("Nivoaka ny 15 mars 2015").
_DAY_MARS_YEAR = rf"(?P<day>(?:^|\s){_DAY}\.?\s+)(?:[Mm]ars?|MARS?)(?P<year>,?\s+{_YEAR})"
# ... and English's "Mar" before a day and a year, a comma between them or not ("Wed, Mar
# 25 2020 · 11:30 AM"; with the comma `_MONTH_DAY_YEAR` would not see it either, "mar"
# being no listed word). Capitalised: "mar 25 2020" is no English date.
_MAR_DAY_YEAR = rf"(?P<open>^|[\s{_PUNCT}])(?:Mar|MAR)\.?(?P<day>\s+{_DAY})(?P<year>,?\s+{_YEAR})"
# ... and with a word after the day (Sakha's "күнэ", "day"), the month of one or two
# words: "Бэнидиэнньик, от ыйын 1 күнэ, 2019 с.".
_MONTH_DAY_WORD_YEAR = (
    rf"(?P<open>^|[\s{_PUNCT}])(?:{_MONTH_WORD}\s+)?{_MONTH_WORD}"
    rf"(?P<day>\s+{_DAY}\s+{_WORD_CHAR}{{1,4}})(?P<year>,\s+{_YEAR})"
)
# (An era's word of a script without case may stand before the year: "आषाढ १७, शके
# १९४१", the Saka era.)
_MONTH_DAY_YEAR = (
    rf"(?P<open>^|[\s{_PUNCT}])(?P<month>{_MONTH_WORD})(?P<day>\.?\s+{_DAY})"
    rf"(?:st|nd|rd|th)?(?P<year>,\s+(?:[{_CASELESS}]{_WORD_CHAR}{{0,3}}\s+)?{_YEAR})"
)
# The year first, opening the line or after punctuation, with its suffix or word ("2020ko",
# "2019.", "2020-yil", "2020 жылғы", "2019 m."), then the month (one or two words) and the
# day, or the day and the month, ending the field: "2020ko urriaren 5a", "2020. gada 5.
# oktobrī", "2020-yil 5-oktabr", "2019 m. gegužės 18 d.", "2018 ҫулхи авӑн уйӑхӗн 29-мӗшӗ".
_YEAR_FIRST = (
    rf"(?:^\s*|[{_PUNCT}]\s*){_YEAR_DIGITS}"
    rf"(?:-?{_WORD_CHAR}{{1,4}})?\.?(?:\s+(?:{_WORD_CHAR}{{1,6}}\.?|{_DATE_WORD}))?,?\s+"
)
# The end of a field: the line's, or a separator (not a dot: "2020. gada 5. oktobrī"),
# the Arabic script's comma among them ("2020-يىلى 20-فېۋرال، <weekday>").
_FIELD_END = r"\s*(?:$|[,;|\x{B7}\x{2022}(\x{60C}\x{FF0C}]|[-\x{2013}\x{2014}/]\s)"
_YEAR_MONTH_DAY = (
    rf"(?P<open>{_YEAR_FIRST})(?P<month>(?:{_MONTH_ABBR}\s+){{0,2}}{_MONTH_ABBR})"
    rf"(?P<day>,?\s+{_DAY}{_WORD_CHAR}{{0,5}}\.?(?:\s+{_WORD_CHAR}{{1,2}}\.)?{_FIELD_END})"
)
_YEAR_DAY_MONTH = (
    rf"(?P<open>{_YEAR_FIRST}{_DAY}(?:\.?\s+|-))(?P<month>{_MONTH_ABBR})(?P<end>{_FIELD_END})"
)
# A weekday is not in capitals: "MUMBAI, <date>" is a dateline's place, "NAMESLOT, <date>"
# a source's name (its second letter is no capital of the Latin, Greek or Cyrillic
# alphabets). It may be two or three words, the later ones small and none with an
# apostrophe ("Ku wa gatatu, itariki 13 <month> 2019", "Mokɔlɔ mísáto, <date>"; not
# "Bagman's notes, <date>", a label, nor "Ana Ruiz, <date>", a name: held-back-36 +0.24,
# -33 +0.06, the other sets unchanged; without the apostrophe's guard, held-back-30
# -0.05). A word of up to eight letters may stand between the comma and the day, or of
# up to thirteen in small letters: the weekday after a dateline's place ("Quito,
# miércoles <date>", "Kraków, poniedziałek <date>"), which, at eight, folded into the
# date on some days of the week and stayed on others ("lunes", but not "miércoles").
# The day before a month slot: "21 ", "28th " or "21-".
_DAY_TO_MONTH = rf"{_DIGIT}{{1,2}}(?:{_DAY_END}\s+|-)"
_WEEKDAY = (
    rf"^(\s*){_WORD_CHAR}[^A-Z\x{{C0}}-\x{{DE}}\x{{391}}-\x{{3AB}}\x{{400}}-\x{{42F}}\s0-9"
    r"!-&(-,./:-@\[-\x60{-~]"
    rf"(?:{_MONTH_WORD}|{_PLAIN_CHAR}*(?:\s+{_LOWER_START}{_PLAIN_CHAR}*){{1,2}}){_WEEKDAY_COMMA}"
    rf"(\s+(?:{_WORD_CHAR}{{1,4}}\s+|{_LOWER_START}{_WORD_CHAR}{{4,12}}\s+)?(?:{_DAY_TO_MONTH})?"
    rf"{_DATE_WORD})"
)
# ... and so is a word in small letters (`_SMALL_START`) that opens the line before the
# day, without a comma ("disadorn 8 a viz Gwengolo 2018"), or follows punctuation or a
# short word, an article ("Publicat lo dimars 20 de junh de 2017"). (In a script without
# case such a word is as likely a label: "प्रकाशित ११ भदौ २०७४ मा", "published <date> at";
# only before a date that ends its field is it taken for the weekday, below.)
_WEEKDAY_BARE = (
    rf"(^\s*|[{_PUNCT}]\s*|\s{_WORD_CHAR}{{1,3}}\s+){_SMALL_START}{_WORD_CHAR}*"
    rf"(\s+{_DAY_TO_MONTH}{_DATE_WORD})"
)
# In a script without case, a word opening the line is the weekday when a whole date
# follows it and ends the field ("چوارشەممە ٢٩ی ئابی ٢٠١٨ · <second date>").
_WEEKDAY_CASELESS = (
    rf"^(\s*)[{_CASELESS}]{_WORD_CHAR}*"
    rf"(\s+(?:{_DAY_TO_MONTH}{_DATE_WORD},?\s+{_DIGIT}{{4}}"
    rf"|{_DIGIT}{{1,2}}[./-]{_DIGIT}{{1,2}}[./-]{_DIGIT}{{4}}){_FIELD_END})"
)
# ... or before a date in digits ("ဝၼ်းၸၼ် ႐႔/႐႔/႒႐႑႖", Shan's Monday and its digits:
# held-back-63, at its first run, missed 0.14 points of them).
# A short word, with a dot or a comma or neither, opening the line before a date is the
# weekday written short ("Mi., 22.04.2020", "ke 22.4.2020", "Sun Jan 1, 2017", "dim. 1
# janv. 2017", "V, 2017. jan. 1.", "日 2017/01/01"; after a label and its colon too:
# "Publié : ven. 26 mai 2017"): lists of every language's
# abbreviations would be long, and the place gives it away. The date is in digits with
# separators, or its month is a slot (a listed month: `_short_weekdays`, after the list).
_SHORT_WEEKDAY_CHARS = 4
# ... the line's first word and a word or a digit after a space, a dot or a comma between.
_SHORT_WEEKDAY_OPENING = (
    rf"^\s*{_WORD_CHAR}{{1,{_SHORT_WEEKDAY_CHARS}}}[.,]?\s+(?:[0-9]|{_WORD_CHAR})"
)
# ... or the second date's, after a field separator: a date printed in two languages
# ("dim. 11 octobre 2020 · zo. 11 oktober 2020", as Brussels' bilingual sites print it:
# held-back-118, at its first run, kept a third of such lines, one form per weekday).
_SHORT_WEEKDAY_SECOND = (
    rf"[0-9]\s*[|\x{{B7}}\x{{2022}}/\x{{2013}}\x{{2014}}-]\s*{_WORD_CHAR}{{1,{_SHORT_WEEKDAY_CHARS}}}"
    rf"[.,]?\s+[0-9]"
)
_SHORT_WEEKDAY = (
    rf"^(\s*(?:{_WORD_CHAR}+\s*:\s*)?)(?:{_WORD_CHAR}{{1,{_SHORT_WEEKDAY_CHARS}}}\.?|{_WORD_CHAR}{{5,8}}\.)"
    rf"(\s*{_WEEKDAY_COMMA}?\s+(?:"
    rf"{_DIGIT}{{1,4}}[./-]\s?{_DIGIT}{{1,2}}[./-]\s?{_DIGIT}{{1,4}}"
    rf"|{_DAY_TO_MONTH}(?:{_DE})?{_DATE_WORD}|{_DATE_WORD}\s+{_DIGIT}"
    rf"|{_DIGIT}{{4}}\S*\s+(?:{_WORD_CHAR}{{1,4}}\.?\s+)?{_DATE_WORD}))"
)
# ... and after a comma, written short with its dot, before a date with a year: a
# dateline's ("BELIZE CITY, Tues. Sept. 17, 2019--", "BELMOPAN, Thurs. Dec. 26, 2019").
_COMMA_SHORT_WEEKDAY = (
    rf"({_WEEKDAY_COMMA}\s+){_WORD_CHAR}{{2,5}}\.(\s+(?:{_WORD_CHAR}+\.?\s+{_DIGIT}{{1,2}}"
    rf"|{_DIGIT}{{1,2}}\.?\s+{_WORD_CHAR}+\.?),?\s+{_DIGIT}{{4}})"
)
# A weekday of two words, the first meaning "day" (Hebrew "יום ראשון", Welsh "Dydd Sul",
# Irish "Dé Luain", Vietnamese "Thứ Hai", "Chủ Nhật"), before a comma opening a dated line.
_DAY_WORD_WEEKDAY = (
    rf"^(\s*)(?:יום|[Dd]ydd|[Dd]é|[Tt]hứ|[Cc]hủ)\s+{_WORD_CHAR}+(\s*{_WEEKDAY_COMMA})"
)
# Chinese numerals before the year, month or day mark are digits: "二〇二〇年六月二十八日" is
# "0年0月0日" as "2020年6月28日" is.
_CJK_NUMERAL_DATE = r"[〇零一二三四五六七八九十]+([年月日])"
# Spanish and Italian write August "ago" after the day ("Lima, 14 ago (EFE).-", "14 ago.
# 2018"), which English never does ("14 days ago").
_DAY_AGO = r"\b[0-9]{1,2} ago\b"
# A Japanese era's year is a year ("平成30年", "令和元年"): date lines keep one form across
# the change of era (2019-05-01) as across a change of year.
_JAPANESE_ERA = r"(?:明治|大正|昭和|平成|令和)(?:[0-9]+|元)年"
# These slots are rare: one pass finds the lines that may hold one (`_replace_where`), and
# only those are rewritten (three passes over every line cost 7% of normalising). Run
# before numbers are masked: a hash's length is its own.
_RARE_SLOTS = ((_HEX, f" {_HEX_WORD} "), (_JAPANESE_ERA, "0年"), (_DAY_AGO, "0 0"))
_ANY_RARE_SLOT = "|".join(f"(?:{pattern})" for pattern, _ in _RARE_SLOTS)
# A Chinese lunar date is a date too ("农历八月初三", "農曆閏四月廿八", "正月初一", "己亥年"):
# the month's own names (正 first, 冬 eleventh, 腊 twelfth) and a leap month's mark fold to
# the numbered month, its day (初一 to 初十, 十一 to 十九, 二十, 廿一 to 廿九, 三十) to "0",
# and a year named by the sixty-year cycle ("己亥年", "戊戌年") to "0年". Chinese-language
# papers print it beside the day's date, so each day was a key of its own (held-back-158,
# at its first run, missed 4.5 points of such date lines). (Run once numerals are "0".)
_LUNAR = (
    (r"(?:[閏闰]\s*)?(?:0|正|冬|腊|臘)月", "0月"),
    (r"0月(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]|十[一二三四五六七八九]|二十|三十)",
     "0月0"),
    (r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年", "0年"),
)
_ANY_LUNAR = r"[正冬腊臘閏闰]月|月[初廿十二三]|[子丑寅卯辰巳午未申酉戌亥]年"
# A time's half of the day is written one way: "2:05 PM" and "10:16 AM" are one form, or a
# dated line's morning and afternoon copies fold to two keys and each half misses the count
# (held-back-119's "Tuesday, April 3, 2018 | 2:05 PM PHT" on its 4-page publisher, -120's
# "Jueves 17 de septiembre de 2020 | 9:00 AM"). Each becomes its script's afternoon, so a
# line keeps the form it had ("PM" is a name's slot where names are masked): after the
# time "AM", "p.m.", "a. m.", Greek "π.μ."/"μ.μ.", Arabic "ص"/"م"; before it Chinese
# "上午"/"下午", Japanese "午前"/"午後", Korean "오전"/"오후". (Run once numbers are "0".)
_DAY_HALVES = (
    (r"\b0\s*[AaPp]\.?\s?[Mm]\.?([^\pL\pN\pM]|$)", r"0 PM\1"),
    (r"\b0\s*[πμΠΜ]\.?\s?[μΜ]\.?([^\pL\pN\pM]|$)", r"0 μμ\1"),
    (r"\b0\s*[صم]([^\pL\pN\pM]|$)", r"0 م\1"),
    (r"(?:上午|下午)(\s*)0", r"下午\10"),  # group 1, then "0"
    (r"(?:午前|午後)(\s*)0", r"午後\10"),
    (r"(?:오전|오후)(\s*)0", r"오후\10"),
)
_ANY_DAY_HALF = "|".join(f"(?:{pattern})" for pattern, _ in _DAY_HALVES)
# A weekday after the day of a Chinese, Japanese or Korean date, written in one with it
# ("2017年1月1日星期日", "1日(日)", "1日日曜日", "1일(일)").
_CJK_WEEKDAY = (
    rf"({_DIGIT}\s*[日일])\s*(?:(?:星期|禮拜|礼拜|週|周)[一二三四五六日天]|[月火水木金土日]曜日?"
    r"|\(\s*[月火水木金土日월화수목금토일]\s*\)|[월화수목금토일]요일)"
    # ... or in parentheses after a date in digits ("2016.12.31(토)").
    rf"|({_DIGIT}[./-]{_DIGIT}{{1,2}})\s*\(\s*[月火水木金土日월화수목금토일]\s*\)"
)
# A word after a date that ends the line, but for a time, is its weekday too ("१५
# जुन २०१६, बुधबार", "19 Mayıs 2020, Salı | 14:05"); the date is whole, from the line's
# start, or has the year first ("2020 елның 26 апреле, якшәмбе", "2020-يىلى 20-فېۋرال،
# <weekday>"), or a year's mark after the year, spaced or hyphenated ("22-nji awgust,
# 2020 ý., şenbe", Karakalpak's "23-yanvar, 2019-jıl, sárshembi": held-back-61, at its first
# run, missed 0.34 points of them); the
# comma may be the Arabic script's, or the weekday stands in parentheses ("September 28,
# 2020 (<weekday>)"), or right after the year ("1 Ocak 2017 Pazar"); the date may be
# written in digits ("12.03.2019, <weekday>"); after a comma, the weekday may be the last
# of two words ("1 בינואר 2017, יום ראשון" is "0 יום 0"). A time may open the
# line ("15:00 · 28 yanvar 2019, <weekday>"), a word follow the day ("<month> 18. päiv
# 2018, <weekday>"). (A place there, "22 January 2018, Madrid", is masked as well: a
# dateline all the same.) It runs last, when the words before the day are slots.
_WHOLE_DATE = (
    rf"(?:{_DIGIT}{{1,2}}[:.]{_DIGIT}{{2}}\s*[|\x{{B7}}\x{{2022}},-]?\s*)?"
    rf"(?:(?:{_DIGIT}{{1,2}}{_DAY_END}\s+)?{_DATE_WORD}"
    rf"(?:\s+{_DIGIT}{{1,2}}(?:{_DAY_END}\s+(?:{_DATE_WORD}|{_LOWER_START}{_WORD_CHAR}{{0,5}}))?)?"
    rf"(?:,?\s+|-){_DIGIT}{{4}}"
    rf"|{_DIGIT}{{1,2}}[./-]{_DIGIT}{{1,2}}[./-]{_DIGIT}{{4}}|{_DIGIT}{{4}}-{_DIGIT}{{2}}-{_DIGIT}{{2}})"
)
_WEEKDAY_AFTER = (
    rf"^(\s*(?:(?:{_WHOLE_DATE}(?:\s*{_WORD_CHAR}{{1,2}}\.?|-{_WORD_CHAR}{{1,4}})?"
    rf"|{_YEAR_FIRST}{_DIGIT}{{1,2}}(?:\.?\s+|-){_DATE_WORD}"
    rf"|{_YEAR_FIRST}{_DATE_WORD}\s+{_DIGIT}{{1,2}}{_WORD_CHAR}{{0,5}}\.?)"
    rf"(?:\s*{_WEEKDAY_COMMA}\s*|\s*\(\s*)(?:{_WORD_CHAR}+\s+)?|{_WHOLE_DATE}\s+)){_MONTH_WORD}"
    rf"(\s*\)?\s*(?:[|\x{{B7}}\x{{2022}},-]\s*{_DIGIT}{{1,2}}[:.]{_DIGIT}{{2}}\s*)?)$"
)
# Words are runs of letters, digits and combining marks: anything else becomes a space,
# and so do variation selectors, marks that follow a pictograph ("❄️" is two characters).
_NOT_WORD = r"[^\pL\pN\pM\s]+|[\x{FE00}-\x{FE0F}]+"
_LINK_WORD = "LINKSLOT"  # all capitals: masked to "X" wherever it stands
# A leading name that a field separator ends: the fields of a byline. Not masked in
# running text, where "Ana Ruiz, the mayor, said" is a sentence, not a form.
# (A student paper's class year may follow the name: "Grace Anand '21, Arts Editor".)
# (Double-barrelled names keep their capitals: "Lydia Chen-Marsh".)
_NAME_PART = r"\p{Lu}[\p{Ll}'\x{2019}]+(?:-\p{Lu}?[\p{Ll}'\x{2019}]+)*-?"
# A first name and a surname, with the particles a surname may open with between them
# ("Okko de Vries", "Ana de la Fuente", "Pieter van der Berg", "Ahmad bin Ismail").
_PARTICLE = r"(?:de|da|di|do|dos|das|del|della|du|la|le|van|von|der|den|ter|ten|zu|bin|ibn|al|el)"
_NAME = rf"{_NAME_PART}(?: +{_PARTICLE}){{0,2}} +{_NAME_PART}"
# A role after the comma may be lower-case when the line ends soon after ("Grace Fenwick,
# journaliste"); in running text ("Ana Ruiz, the mayor, said ...") it goes on. A role in
# parentheses needs a field separator after it ("Ana Ruiz (Club Recorder) · <date>"). A
# slash may join a capitalised role to the name, the Caribbean press's credits and
# bylines ("Janet Silvera/Photographer", "Ana Ruiz/Staff Reporter").
_NAME_FIELD = (
    rf"^{_NAME}(?: +['\x{{2019}}]\d\d)?"
    r"(\s*[|\x{B7}\x{2022}\x{2014}\x{2013}]|\s+[-/]\s|/\p{Lu}|,\s*\p{Lu}|,(?:\s+\pL+){1,3}\s*$"
    r"|\s+\([^()]{1,40}\)\s*[|\x{B7}\x{2022}])"
)
# A headline's first word, not a name's: "In Chips, Two Cores Are Better Than One" is no
# "<Name>, <Role>" (as a byline's "X" it went with its site's bylines).
_HEADLINE_OPENING = (
    r"^\s*(?:In|The|And|But|For|At|Of|On|To|With|From|Into|Over|Upon|Than|Is|Are|Was|Were"
    r"|How|Why|What|When|Where|Who|Which|This|That|These|Those|Here|There|Inside|After"
    r"|Before|Behind|Beyond|Under)\s"
)
# A date field (it holds a digit) ended by a bar or a middle dot, then a name or a place
# ("<date> · Jonglei, South Sudan": held-back-20 +0.12, held-back-9 +0.03).
_IN_FIELD = r"[^|\x{B7}\x{2022}]*"
_DATE_THEN_NAME = (
    rf"^{_IN_FIELD}\p{{Nd}}{_IN_FIELD}[|\x{{B7}}\x{{2022}}]\s*{_NAME_PART},? +{_NAME_PART}"
)
# ... or by a spaced dash when the date has a year ("Wednesday, December 11, 2019 — Ana
# Ruiz", "2019-06-24 — Ana Ruiz, Newsletter Editor"), looked for as written: a listing's
# date has none ("June 9 -- Coral Sky Amphitheatre").
_NOT_DASH = r"[^|\x{B7}\x{2022}\x{2014}\x{2013}]*"
_YEAR_DASH_NAME = (
    rf"^{_NOT_DASH}\p{{Nd}}{{4}}{_NOT_DASH}\s[\x{{2014}}\x{{2013}}]\s*{_NAME_PART},? +{_NAME_PART}"
)
# A quoted title inside a line ('Download “<title>” (PDF)', 'Diskuse k článku „<title>“'): two
# or more words in double quotes, not opening the line (dialogue does) and not ending in
# punctuation (a quoted sentence does: '... she said: “We will.”'). A straight quote after a
# Hebrew letter is a gershayim, no quote: 'כ"ה אלול תשע"ה' is a date.
_QUOTE_MARK = "[\u201c\u201e\u00ab\"]"
_QUOTED_TITLE_MAX_CHARS = 300  # a notice with a title in it, not a paragraph with a quote
TITLE_WORD = "titleslot"  # lower-case: a fixed word, so "Save <title>" keeps "save"
_QUOTED_TITLE = (
    "^(\\s*(?:[^\\s\u201c\u201e\u00ab\"\u05d0-\u05ea]"
    "|[^\\s\u201c\u201e\u00ab\"][^\u201c\u201e\u00ab\"]*?[^\u201c\u201e\u00ab\"\u05d0-\u05ea]))"
    "[\u201c\u201e\u00ab\"]"
    "[^\u201c\u201d\u00ab\u00bb\"]*\\s[^\u201c\u201d\u00ab\u00bb\"]*"
    "[^\\s.,;:!?\u201c\u201d\u00ab\u00bb\"][\u201d\u201c\u00bb\"]"
)
# The credit under an embedded post: "— Rasmus "Pike" Lund (@PikeRL) June 3, 2016".
_POST_CREDIT = r"^[\x{2014}\x{2013}]\s*[^()@]{1,60}?\s*(\(@\w)"
# A dateline on a line of its own: a place, its source in parentheses, a dash ("Maracaibo
# (AFP).-", "Maputo (AIM) –", "WASHINGTON (AP) —"). The place is a slot, as the source is;
# a paragraph that opens with such a dateline goes on after the dash. The place becomes
# the fixed word "dateline", not a name's "X": a bare name's line ("Nate Elliott, Jupiter
# Research", quoted in a body) would go with a site's datelines.
_DATELINE_WORD = "dateline"
_PLACE_SOURCE_DASH = (
    r"^\s*[^\s()0-9][^()0-9]{0,40}?(\s*\([^()0-9]{1,40}\)\s*[.,:]?\s*[-\x{2013}\x{2014}]+\s*)$"
)
# ... or a place in capitals alone before its dash, a dot and a hyphen, two hyphens or a
# dash ("SANTO DOMINGO.-", "TUTONG –", "WASHINGTON --"), in the Latin, Greek or Cyrillic
# alphabet. Not a lone hyphen: Forbes's pages split a stock's ticker from its quote
# links onto a line of its own ("AIG -"). (Explicit classes: with \p{Lu} and \pM the
# pattern cost 10 ms a batch to compile.)
_CAPS = r"A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{391}-\x{3A9}\x{410}-\x{42F}"
_CAPS_PLACE_DASH = (
    rf"^\s*[{_CAPS}][{_CAPS}\x{{100}}-\x{{17F}}\x{{300}}-\x{{36F}}' .-]{{0,40}}?[{_CAPS}]"
    r"(\s*(?:\.-+|[.,:]?\s*(?:--+|[\x{2013}\x{2014}]+))\s*)$"
)
# A place's word, a comma and two words (a date without its year), then a colon, a dot, a
# dash or nothing (`normalize_array` asks that the line mask to "<word> 0").
_PLACE_COMMA_DATE = (
    rf"^\s*[{_CAPS}][^\s,0-9]*,\s*[^\s,]+\s+[^\s,]+\s*[:.\x{{2013}}\x{{2014}}-]?\s*$"
)
_NAME_WORD = "NAMESLOT"  # masked to "X"; kept as a word by lines of slots only
# Five or more words, each capitalised, with no punctuation but an ending ?, ! or . (and
# apostrophes, hyphens and ampersands inside): a Title-Case headline, not a byline's
# fields ("By Maya Larsen, Port Harcourt"), a label ("Source: Open Ledger News") or a
# press release's "About <Company Name>".
_TC_WORD = r"[\pL\pN'\x{2019}&-]*"
_TITLE_CASE_HEADLINE = rf"^\s*\p{{Lu}}{_TC_WORD}(?:\s+[\p{{Lu}}\pN]{_TC_WORD}){{4,}}[?!.]?\s*$"
# A label in capitals (a colon may end it), then a capitalised word: "SOURCE Corvane
# Therapeutics", "CONTACT: Bianca Ueda".
_CAPS_LABEL = r"^(?P<label>\p{Lu}{2,}):?\s+\p{Lu}\p{Ll}"
# Words Title Case leaves lower-case (articles, conjunctions, short prepositions, forms of
# "be"; AP and Chicago style): a line whose other lower-case words are all among them may
# be a Title-Case headline, so its capitalised first word is not taken for a name.
_TITLE_CASE_LOWER = pa.array(
    (
        "a an the and but or nor for so yet as at by in of on to up via vs per off out"
        " with from into onto over upon than is are was were be been am its it"
    ).split()
)
# Lower-case words beyond those a line needs for its leading capitalised pair to be a name
# masked: one ("Ana Ruiz, reporter") is as likely a headline's verb; two or more is prose.
_NAME_LEAD_MIN_WORDS = 2


def normalize(text: str) -> str:
    """The normalised form of one segment (see the module docstring)."""
    return normalize_array(pa.array([text], pa.string()))[0].as_py()


def _month_slots(text: pa.Array) -> pa.Array:
    """`text` with the months and weekdays that dates hold by their place as `_DATE_WORD`
    (`_WEEKDAY_DAY_MONTH_YEAR`, `_MONTH_DAY_WORD_YEAR`, `_DAY_MONTH_YEAR`,
    `_SECOND_DAY_MONTH_YEAR`, `_SPACED_DAY_MONTH_YEAR`, `_LABEL_ORDINAL_DAY_MONTH_YEAR`,
    `_LABEL_DOTTED_DAY_MONTH_YEAR`, `_HIJRI_DAY_MONTH_YEAR`, `_KHMER_DATE`,
    `_TAMIL_YEAR_NAME`, `_SECOND_DAY_MONTH`,
    `_DE_DAY_MONTH_YEAR`,
    `_MONTH_DAY_YEAR`,
    `_YEAR_MONTH_DAY`, `_YEAR_DAY_MONTH`, `_DAY_MARS_YEAR`, `_MAR_DAY_YEAR`, `_DAY_WORD_WEEKDAY`,
    `_CJK_WEEKDAY`, `_WEEKDAY`, `_WEEKDAY_BARE`, `_WEEKDAY_CASELESS`, `_SHORT_WEEKDAY`,
    `_WEEKDAY_AFTER`, in that order), listed or not. Only lines with a year-like number
    (four digits, or digits before 年: "平成30年", or an era's first, "令和元年"; a Thai
    short year written in full first, `_THAI_SHORT_YEAR`; a Hebrew year in letters,
    `_HEBREW_YEAR`) and at most `_DATED_MAX_CHARS` characters are looked at."""
    rows = np.flatnonzero(pc.less_equal(pc.utf8_length(text), _DATED_MAX_CHARS).to_numpy(
        zero_copy_only=False))
    if len(rows) == 0:
        return text
    short = pc.replace_substring_regex(text.take(pa.array(rows)), _THAI_SHORT_YEAR,
                                       r"\1 25\2\3")
    year = pc.match_substring_regex(short, rf"[0-9]{{4}}|[0-9]年|元年|{_HEBREW_YEAR}").to_numpy(
        zero_copy_only=False)
    rows = rows[year]
    if len(rows) == 0:
        return text
    dated = short.filter(pa.array(year))
    dated = pc.replace_substring_regex(dated, _HEBREW_NUMERAL, r"\10")  # \1, then "0"
    dated = pc.replace_substring_regex(dated, _HEBREW_AV, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(
        dated, _WEEKDAY_DAY_MONTH_YEAR, rf"\1{_DATE_WORD}\2{_DATE_WORD}\3")
    dated = pc.replace_substring_regex(dated, _MONTH_DAY_WORD_YEAR, rf"\1{_DATE_WORD}\2\3")
    for pattern in (_DAY_MONTH_YEAR, _SECOND_DAY_MONTH_YEAR, _SPACED_DAY_MONTH_YEAR,
                    _LABEL_ORDINAL_DAY_MONTH_YEAR, _LABEL_DOTTED_DAY_MONTH_YEAR):
        dated = pc.replace_substring_regex(dated, pattern, rf"\1\2 {_DATE_WORD}\5")
    dated = pc.replace_substring_regex(dated, _HIJRI_DAY_MONTH_YEAR, rf"\1\2{_DATE_WORD}\3")
    dated = pc.replace_substring_regex(dated, _KHMER_DATE, rf"\1\2{_DATE_WORD}\3")
    dated = pc.replace_substring_regex(dated, _TAMIL_YEAR_NAME, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _SECOND_DAY_MONTH, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _DE_DAY_MONTH_YEAR, rf"\1 {_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _MONTH_DAY_YEAR, rf"\1{_DATE_WORD}\3\4")
    for pattern in (_YEAR_MONTH_DAY, _YEAR_DAY_MONTH):
        dated = pc.replace_substring_regex(dated, pattern, rf"\1{_DATE_WORD}\3")
    dated = pc.replace_substring_regex(dated, _DAY_MARS_YEAR, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _MAR_DAY_YEAR, rf"\1{_DATE_WORD}\2\3")
    dated = pc.replace_substring_regex(dated, _DAY_WORD_WEEKDAY, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _CJK_WEEKDAY, rf"\1\2 {_DATE_WORD}")
    dated = pc.replace_substring_regex(dated, _WEEKDAY, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _WEEKDAY_BARE, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _WEEKDAY_CASELESS, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _SHORT_WEEKDAY, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _COMMA_SHORT_WEEKDAY, rf"\1{_DATE_WORD}\2")
    dated = pc.replace_substring_regex(dated, _WEEKDAY_AFTER, rf"\1{_DATE_WORD}\2")
    return replace_rows(text, rows, dated)


def normalize_array(lines: pa.Array) -> pa.StringArray:
    """The normalised form of each line of a string array."""
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    text = _nfkc(lines)
    written = text  # as written (NFKC), before any mask
    text = pc.replace_substring_regex(text, _EMAIL, " email ")
    text = pc.replace_substring_regex(text, _URL, " url ")
    text = pc.replace_substring_regex(text, _POST_CREDIT, _NAME_WORD + r" \1")
    text = pc.replace_substring_regex(text, _PLACE_SOURCE_DASH, _DATELINE_WORD + r"\1")
    text = pc.replace_substring_regex(text, _CAPS_PLACE_DASH, _DATELINE_WORD + r"\1")
    text = _quoted_titles(text)
    text = pc.replace_substring_regex(text, _HANDLE, " handle ")
    text = _name_fields(text)
    text = _month_slots(text)
    text = _replace_where(text, _ANY_RARE_SLOT, _RARE_SLOTS)
    text = pc.replace_substring_regex(text, r"[0-9]+", "0")
    text = pc.replace_substring_regex(text, _CJK_NUMERAL_DATE, r"0\1")
    text = _lunar_dates(text)
    text = _day_halves(text)
    masked = pc.replace_substring_regex(text, _LINK, f" {_LINK_WORD} ")
    words, fixed, dates = _mask(masked, names=True)
    result = pc.binary_join(words, " ")
    # A line left with no fixed word ("ADVERTISEMENT", "[Become a member](#)", "© 2017
    # Metro Beat Pty Ltd", an all-capitals subhead) is all slot once masked: every such
    # line would share one key. It keeps its words instead; only dates stay masked. Except
    # a link next to a date ("[South Front](#) 20 June 2017"): a source-and-date line.
    # Two kinds of slot together are a template too: a link next to a date ("[South
    # Front](#) 20 June 2017"), a dateline's place, date and source ("TORONTO, June 13
    # /Saltmarsh Press/" -> "X 0 X").
    linked = pc.match_substring(masked, _LINK_WORD).to_numpy(zero_copy_only=False)
    length = pc.list_value_length(words).to_numpy()
    slots_only = (fixed == 0) & (length > 0)
    mixed = (dates > 0) & (linked | ((length >= 3) & (dates < length)))
    # A place in capitals, then a date: a dateline whose fields fold to "X 0" ("KW |
    # FRANKFURT | 2020-10-01"). With the place first; a date first is a listing's line
    # ("June 9 -- Coral Sky Amphitheatre"), content.
    mixed |= _place_then_date(result, masked)
    # A place of one word, a comma and a date without a year, alone on its line, is a
    # dateline too ("Sopore, June 29:", "Srinagar, 12 March:"): "X 0" as the others.
    placed = _matching(written, pc.match_substring_regex(result, r"^\S+ 0$"), _PLACE_COMMA_DATE)
    if placed.any():
        rows = np.flatnonzero(placed)
        result = replace_rows(result, rows, pa.array(["X 0"] * len(rows), pa.string()))
        mixed |= placed
    # A date field, then a name after a field separator: a byline's date and author
    # ("August 11, 2018 | Felix Tanaka, Oak Hill Branch"). A listing's date is followed by
    # a dash ("June 9 -- Coral Sky Amphitheatre").
    date_name = pc.equal(result, "0 X")
    mixed |= _matching(text, date_name, _DATE_THEN_NAME)
    mixed |= _matching(written, date_name, _YEAR_DASH_NAME)
    # A name field then title-case words is a byline with a role ("Ana Ruiz, Staff
    # Writer", "Ana Ruiz, Court Reporter"): the role is a slot as well.
    mixed |= pc.starts_with(text, _NAME_WORD).to_numpy(zero_copy_only=False)
    # A label in capitals before a name ("SOURCE Corvane Therapeutics", a press release's
    # last line) is the fixed part, not a dateline's place: "source X".
    labelled = slots_only & ~mixed & pc.match_substring_regex(
        text, _CAPS_LABEL).fill_null(False).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(labelled)
    if len(rows):
        label = pc.utf8_lower(pc.struct_field(pc.extract_regex(
            text.take(pa.array(rows)), _CAPS_LABEL), "label"))
        relabelled = pc.binary_join_element_wise(label, result.take(pa.array(rows)), " ")
        result = replace_rows(result, rows, relabelled)
    # A Title-Case headline of five or more words folds to "<first word> X" ("How Do Hand
    # Sanitizers Work?", "How To Backup Your Data"): every such headline of a site would
    # share one key. It keeps its words too.
    headline = _matching(
        written, pc.match_substring_regex(result, r"^\S+ X$"), _TITLE_CASE_HEADLINE
    )
    rows = np.flatnonzero((slots_only & ~mixed & ~labelled) | headline)
    if len(rows):
        redone, _, _ = _mask(text.take(pa.array(rows)), names=False)
        result = replace_rows(result, rows, pc.binary_join(redone, " "))
    return result


def _name_fields(text: pa.Array) -> pa.Array:
    """`text` with a leading name that a field separator ends (`_NAME_FIELD`) as
    `_NAME_WORD`, but on lines a headline's word opens (`_HEADLINE_OPENING`)."""
    named = pc.replace_substring_regex(text, _NAME_FIELD, _NAME_WORD + r"\1")
    rows = np.flatnonzero(pc.not_equal(named, text).to_numpy(zero_copy_only=False))
    if len(rows) == 0:
        return named
    written = text.take(pa.array(rows))
    headline = pc.match_substring_regex(written, _HEADLINE_OPENING).to_numpy(
        zero_copy_only=False)
    if not headline.any():
        return named
    return replace_rows(named, rows[headline], written.filter(pa.array(headline)))


def _matching(text: pa.Array, where: pa.Array, pattern: str) -> np.ndarray:
    """Per line: `where` holds and `text` matches `pattern` (tried on those lines alone)."""
    out = where.fill_null(False).to_numpy(zero_copy_only=False).copy()
    rows = np.flatnonzero(out)
    if len(rows):
        out[rows] = pc.match_substring_regex(text.take(pa.array(rows)), pattern).to_numpy(
            zero_copy_only=False)
    return out


def _day_halves(text: pa.Array) -> pa.Array:
    """`text` with each time's half of the day written one way (`_DAY_HALVES`), on the
    lines that hold one alone (one pass over every line instead of six)."""
    return _replace_where(text, _ANY_DAY_HALF, _DAY_HALVES)


def _lunar_dates(text: pa.Array) -> pa.Array:
    """`text` with its Chinese lunar dates folded (`_LUNAR`), on the lines that may hold
    one."""
    return _replace_where(text, _ANY_LUNAR, _LUNAR)


def _replace_where(
    text: pa.Array, prefilter: str, replacements: tuple[tuple[str, str], ...]
) -> pa.Array:
    """`text` with each (pattern, replacement) of `replacements` applied in turn, on the
    lines that match `prefilter` only."""
    rows = np.flatnonzero(pc.match_substring_regex(text, prefilter).to_numpy(
        zero_copy_only=False))
    if len(rows) == 0:
        return text
    some = text.take(pa.array(rows))
    for pattern, replacement in replacements:
        some = pc.replace_substring_regex(some, pattern, replacement)
    return replace_rows(text, rows, some)


def replace_rows(values: pa.Array, rows: np.ndarray, new: pa.Array) -> pa.Array:
    """`values` with its `rows` replaced by `new` (one value per row, in order)."""
    index = np.arange(len(values))
    index[rows] = len(values) + np.arange(len(rows))
    return pa.concat_arrays([values, new]).take(pa.array(index))


# Characters NFKC leaves as they are or maps to punctuation, which normalisation drops
# anyway: ASCII, the no-break space, © ® ° · « », and the dashes, quotes, ellipsis and
# spaces of General Punctuation. Lines with nothing else (most lines of news text, whose
# only non-ASCII characters are curly quotes and dashes) skip NFKC.
_NFKC_NEEDED = r"[^\x{00}-\x{7F}\x{A0}\x{A9}\x{AB}\x{AD}\x{AE}\x{B0}\x{B7}\x{BB}\x{2010}-\x{205E}]"


def _quoted_titles(text: pa.Array) -> pa.Array:
    """`_QUOTED_TITLE` -> a title slot, on the lines short enough for a notice that hold
    a double quote (the pattern's submatch is costly: run on every line of a corpus it
    took a sixth of the segmenting time)."""
    candidate = pc.and_(
        pc.less_equal(pc.utf8_length(text), _QUOTED_TITLE_MAX_CHARS),
        pc.match_substring_regex(text, _QUOTE_MARK),
    )
    rows = np.flatnonzero(candidate.fill_null(False).to_numpy(zero_copy_only=False))
    if len(rows) == 0:
        return text
    titled = pc.replace_substring_regex(
        text.take(pa.array(rows)), _QUOTED_TITLE, r"\1 " + TITLE_WORD + " "
    )
    return replace_rows(text, rows, titled)


def _nfkc(lines: pa.Array) -> pa.Array:
    """NFKC, run only on the lines where it can change what normalisation keeps, without
    zero-width joiners, and every script's digits as ASCII's (`OTHER_ZEROS`)."""
    needed = pc.match_substring_regex(lines, _NFKC_NEEDED).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(needed)
    if len(rows) == 0:
        return lines
    folded = pc.utf8_normalize(lines.take(pa.array(rows)), "NFKC")
    # The zero-width joiners are no part of a word's spelling to compare: Sinhala writes
    # "බ්‍රහස්පතින්දා" (Thursday) with one, or without, and split there a word is two.
    folded = pc.replace_substring_regex(folded, f"[{JOINERS}]", "")
    digits = np.flatnonzero(
        pc.match_substring_regex(folded, _OTHER_DIGIT).to_numpy(zero_copy_only=False))
    if len(digits):
        written = folded.take(pa.array(digits)).to_pylist()
        folded = replace_rows(folded, digits, pa.array(
            [line.translate(_TO_ASCII) for line in written], pa.string()))
    return replace_rows(lines, rows, folded)


# A day's number (masked) and an ordinal's ending: "1er", "2nd", "3rd", "21st", "5th".
_ORDINAL_DAY = r"^0(?:er|re|st|nd|rd|th)$"


def _mask(text: pa.Array, names: bool) -> tuple[pa.ListArray, np.ndarray, np.ndarray]:
    """Words of each line with slot words masked (names too if `names`), and the numbers
    of fixed (unmasked) words and of date or number masks per line."""
    split = pc.utf8_split_whitespace(pc.replace_substring_regex(text, _NOT_WORD, " "))
    words = pc.list_flatten(split)
    parent = pc.list_parent_indices(split).to_numpy()
    keep = pc.not_equal(words, "")
    words = words.filter(keep)
    parent = parent[keep.to_numpy(zero_copy_only=False)]
    n = len(words)
    first = np.ones(n, dtype=bool)
    first[1:] = parent[1:] != parent[:-1]
    lower = pc.utf8_lower(words)
    if names:
        initial = pc.utf8_is_upper(pc.utf8_slice_codeunits(words, 0, 1))
        initial = initial.to_numpy(zero_copy_only=False)
        caps = pc.and_(pc.utf8_is_upper(words), pc.greater(pc.utf8_length(words), 1))
        # A capitalised first word is usually the fixed part ("By", "Photo", "Related");
        # an all-capitals one is a dateline's place ("PRAIRIE FORK, May 2").
        name = np.where(first, caps.to_numpy(zero_copy_only=False), initial)
        name |= _leading_names(first, initial, parent, lower, len(text))
        # "the" before a name belongs to the name slot: "with the Valley Courier" and
        # "with Radio Northfield" are one form.
        before_name = np.zeros(n, dtype=bool)
        before_name[:-1] = name[1:] & ~first[1:]
        the = pc.equal(lower, "the").to_numpy(zero_copy_only=False)
        name |= the & before_name & ~first
        value = pc.if_else(pa.array(name), "X", lower)
    else:
        value = lower
    listed = pc.is_in(lower, _DATE_WORDS)
    value = pc.if_else(listed, "0", value)
    cldr = pc.is_in(lower, _CLDR_DATE_WORDS).to_numpy(zero_copy_only=False)
    if cldr.any():
        # A name's slot stays one, but in a line with a number: a date's (the digit test
        # runs only on the lines where a CLDR word took a name's slot, a few).
        named = cldr & pc.equal(value, "X").to_numpy(zero_copy_only=False)
        lines = np.unique(parent[named])
        dated = np.zeros(len(text), dtype=bool)
        dated[lines] = pc.match_substring_regex(text.take(pa.array(lines)), r"\d").to_numpy(
            zero_copy_only=False)
        cldr &= ~named | dated[parent]
        value = pc.if_else(pa.array(cldr), "0", value)
        # A CLDR word counts as a listed one below: "Nr. 48 – 2020 · tysdag 16. juni"
        # (Nynorsk) folds as "Nr. 48 – 2020 · fredag 16. juni" does.
        listed = pa.array(listed.to_numpy(zero_copy_only=False) | cldr)
    value = pc.if_else(pc.equal(lower, _NAME_WORD.lower()), "X", value)
    value = _short_weekdays(text, value, first, parent, listed, lower)
    # Words that are part of the date beside them, masked with it. Portuguese weekdays are
    # written "<ordinal>-feira" ("sexta-feira, 03/01/2020"; Cape Verdean Kriolu's
    # "<ordinal>-fera"), split at the hyphen above: "feira" after a masked weekday is the
    # weekday's too, or Monday-to-Friday lines would keep a word that Saturday's and
    # Sunday's lack.
    after_date = np.zeros(n, dtype=bool)
    if n > 1:
        after_date[1:] = ~first[1:] & pc.equal(value.slice(0, n - 1), "0").to_numpy(
            zero_copy_only=False)
    date_part = after_date & pc.is_in(lower, pa.array(["feira", "fera"])).to_numpy(
        zero_copy_only=False)
    # Scottish Gaelic writes a month after "an t-" ("Dihaoine 16 An t-Samhain 2018"): the
    # "t" goes with the month, as "An Dàmhair" has none.
    t = np.flatnonzero(pc.equal(lower, "t").to_numpy(zero_copy_only=False))
    t = t[(t > 0) & (t < n - 1)]
    t = t[~first[t] & ~first[t + 1]]
    if len(t):
        gaelic = pc.and_(pc.equal(lower.take(pa.array(t - 1)), "an"),
                         pc.equal(value.take(pa.array(t + 1)), "0"))
        date_part[t[gaelic.to_numpy(zero_copy_only=False)]] = True
    # A day with an ordinal's ending before a listed month is the day ("le jeudi 1er juin
    # 2017" as "le jeudi 2 juin 2017"), where no date pattern took it (`_DAY_END`).
    before_date = np.zeros(n, dtype=bool)
    if n > 1:
        before_date[:-1] = ~first[1:] & pc.equal(value.slice(1), "0").to_numpy(
            zero_copy_only=False)
    rows = np.flatnonzero(before_date)
    if len(rows):
        before_date[rows] = pc.match_substring_regex(
            lower.take(pa.array(rows)), _ORDINAL_DAY).to_numpy(zero_copy_only=False)
    date_part |= before_date
    if date_part.any():
        value = pc.if_else(pa.array(date_part), "0", value)
    is_mask = pc.is_in(value, pa.array(["0", "X"])).to_numpy(zero_copy_only=False)
    # Runs of the same mask ("0 0 0" from "Monday, July 3, 2018") fold to one.
    repeat = np.zeros(n, dtype=bool)
    if n > 1:
        same = pc.equal(value.slice(1), value.slice(0, n - 1)).to_numpy(zero_copy_only=False)
        repeat[1:] = ~first[1:] & same & is_mask[1:]
    value = value.filter(pa.array(~repeat))
    parent = parent[~repeat]
    counts = np.bincount(parent, minlength=len(text))
    dates = np.bincount(parent[pc.equal(value, "0").to_numpy(zero_copy_only=False)],
                        minlength=len(text))
    fixed = np.bincount(parent[~is_mask[~repeat]], minlength=len(text))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets), value), fixed, dates


def _short_weekdays(
    text: pa.Array, value: pa.Array, first: np.ndarray, parent: np.ndarray, listed: pa.Array,
    lower: pa.Array,
) -> pa.Array:
    """`value` (the words of `text`'s lines) with a short word (up to
    `_SHORT_WEEKDAY_CHARS` characters) opening a line masked as a date when a date of
    three masks follows it, one of them a listed month or weekday, with nothing but a dot
    or a comma between them: "Fri 6 Mar 2020 12.00 GMT", "Tue, 10 March 2020"
    (`_SHORT_WEEKDAY` reads such a weekday before a month no list holds; a listed one is
    masked here, after the list). "Top 10 Laptops 2019" has no listed word, "Vol 3 2019"
    only two masks, and "News · Aug 12, 2019" is a section's label and a date."""
    n = len(value)
    zero = pc.equal(value, "0").to_numpy(zero_copy_only=False)
    # A line's first word, or a word right after a date's mask (`_SHORT_WEEKDAY_SECOND`).
    second = np.zeros(n, dtype=bool)
    second[1:] = ~first[1:] & zero[:-1]
    masked = np.zeros(n, dtype=bool)
    month = listed.to_numpy(zero_copy_only=False)
    for opens, pattern in ((first, _SHORT_WEEKDAY_OPENING), (second, _SHORT_WEEKDAY_SECOND)):
        starts = np.flatnonzero(opens[: max(n - 3, 0)])
        if len(starts) == 0:
            continue
        after = starts[:, None] + np.arange(1, 4)
        short = pc.less_equal(pc.utf8_length(lower.take(pa.array(starts))),
                              _SHORT_WEEKDAY_CHARS).to_numpy(zero_copy_only=False)
        word = ~pc.is_in(value.take(pa.array(starts)), pa.array(["0", "X"])).to_numpy(
            zero_copy_only=False)
        weekday = starts[
            short & word & (parent[after[:, 2]] == parent[starts])
            & zero[after].all(axis=1) & month[after].any(axis=1)
        ]
        if len(weekday) == 0:
            continue
        lines = text.take(pa.array(parent[weekday]))
        masked[weekday[pc.match_substring_regex(lines, pattern).to_numpy(
            zero_copy_only=False)]] = True
    if not masked.any():
        return value
    return pc.if_else(pa.array(masked), "0", value)


def _leading_names(
    first: np.ndarray, initial: np.ndarray, parent: np.ndarray, lower: pa.Array, n_lines: int
) -> np.ndarray:
    """Per word: a capitalised first word followed by a capitalised word, in a line with at
    least `_NAME_LEAD_MIN_WORDS` lower-case words outside `_TITLE_CASE_LOWER` (a name that
    starts a sentence, not a Title-Case headline)."""
    n = len(first)
    pair = np.zeros(n, dtype=bool)
    if n > 1:
        pair[:-1] = first[:-1] & initial[:-1] & initial[1:] & ~first[1:]
    lines = np.zeros(n_lines, dtype=bool)
    lines[parent[pair]] = True
    # Only the words of lines that start with a capitalised pair are looked at.
    words = np.flatnonzero(lines[parent] & ~initial)
    if len(words) == 0:
        return np.zeros(n, dtype=bool)
    taken = lower.take(pa.array(words))
    other = pc.or_(
        pc.or_(pc.is_in(taken, _TITLE_CASE_LOWER), pc.is_in(taken, _DATE_WORDS)),
        pc.utf8_is_digit(taken),
    ).to_numpy(zero_copy_only=False)
    enough = np.bincount(parent[words[~other]], minlength=n_lines) >= _NAME_LEAD_MIN_WORDS
    return pair & enough[parent]


def _place_then_date(result: pa.Array, masked: pa.Array) -> np.ndarray:
    """Per line: masked to "X 0" from at least three words, every one in capitals or part
    of the date (the fields of a dateline fold to one "X" and one "0"; a tweet's credit,
    "Ana Ruiz (@aruiz) June 2, 2019", has lower-case letters)."""
    rows = np.flatnonzero(pc.equal(result, "X 0").to_numpy(zero_copy_only=False))
    out = np.zeros(len(result), dtype=bool)
    if len(rows) == 0:
        return out
    # A dash, a colon or a dot may close the dateline ("BELIZE CITY, April 25, 2016--",
    # "DENVER -- (January 30, 2016) --", "KAKCHING, Sep 3 :"); other punctuation closing
    # the line leaves an empty word, not in capitals: a stock's row ("HD THE HOME DEPOT
    # INC. 225.86 -12.99 -5.44%") or a price ("VIP : 60,000₩") is no dateline.
    undashed = pc.replace_substring_regex(
        masked.take(pa.array(rows)), r"[\s).\]:,\-\x{2013}\x{2014}]+$", "")
    split = pc.utf8_split_whitespace(pc.replace_substring_regex(undashed, _NOT_WORD, " "))
    words = pc.list_flatten(split)
    parent = pc.list_parent_indices(split).to_numpy()
    dateline_word = pc.or_(
        pc.or_(pc.utf8_is_upper(words), pc.is_in(pc.utf8_lower(words), _DATE_WORDS)),
        pc.utf8_is_digit(words),
    ).to_numpy(zero_copy_only=False)
    n = np.bincount(parent, minlength=len(rows))
    good = np.bincount(parent[dateline_word], minlength=len(rows))
    out[rows] = (n >= 3) & (good == n)
    return out
