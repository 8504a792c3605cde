"""Template keys of segments: what lines whose variable part outweighs their fixed one share.

A label ("Related: <title>", `prefix_keys`), a frame (the first and last words of a long
line, a closing label, a name's rest, a short line's fixed end: `frame_keys`,
`suffix_keys`, `name_lead_keys`, `tail_word_keys`): detection (`detect.prefix`,
`detect.frame`) groups lines by these keys per publisher. Each key is a hash; 0 is none.
"""

from __future__ import annotations

import itertools

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleanpipe.segment.hashing import hash_strings
from cleanpipe.segment.labels import SECTION_LABEL, known, known_and_writers
from cleanpipe.segment.mask import TITLE_WORD, date_words_masked, normalize_array
from cleanpipe.segment.punct import (
    COLONS,
    COMMAS,
    IN_WORD,
    LETTERS,
    PICTOGRAPH,
    PICTOGRAPH_SEQUENCE,
    UNSPACED_WORDS,
)

# Seeds keep the hash spaces apart (`segment` holds 1, a normalised text's, and 2).
_PREFIX_SEED, _LEAD_SEED, _FRAME_SEED, _SUFFIX_SEED = 3, 4, 5, 6
_NAME_SEED, _SHORT_LEAD_SEED, _TAIL_SEED, _CREDIT_SEED = 7, 8, 9, 10
# A label may follow symbols ("➡️ Leia também:", "» Read more:"); French typography puts a
# no-break space (or a narrow one) before the colon; a spaced dash, bar or arrow ends a
# label too ("See also — <title>", "Also Read | <title>", "Leggi anche › <title>").
# A bilingual site may give it in two languages ("Darllen mwy / Read more:"); a pointer
# (► ▶) ends a label like an arrow.
# Each script's colon ends a label (`punct.COLONS`: Ethiopic's preface colon in "ተዛማጅ ዜና፦
# <title>", Khmer's in "អានបន្ថែម៖ <title>", the full-width one; held-back-18 and -19, at
# their first runs, missed 1.1 and 3.4 points of boilerplate for want of one), Armenian's
# comma too ("Լուսանկարը՝ <credit>"), and a closing lenticular or corner bracket in Chinese
# and Japanese ("【相关阅读】<title>"), or a square one ("[관련기사] <title>", as the Korean
# press writes it: held-back-60, at its first run, missed 2.8 points for want of it); an
# arrow may
# be doubled or drawn ("ALSO READ >> <title>", "Read more -> <title>"), and any spaced
# symbol, bullet or middle dot ends a label as the arrow does ("Foto • <credit>", "Lotto ★
# <result>": +0.02 to +0.06 on three planted sets, the others and real gold unchanged;
# prefix keys +12% time).
# Words may be spaced twice (a small edit: "Léigh  freisin:"; +0.02 to +0.18 on seven
# planted sets), and may hold an apostrophe ("Don't miss:") and combining marks (Thai,
# Devanagari and the other Indic scripts write vowels as marks: "อ่านต่อ", "यह भी पढ़ें";
# without them held-back-15's Thai labels were no labels: 89.72 -> 95.35). (Letters, marks and
# apostrophes as one class: a letter run with an optional apostrophe part, inside the
# bilingual option, made RE2 three times slower on every line.)
_LABEL_WORD = rf"[{LETTERS}'\x{{2019}}]+"
_LABEL_WORDS = rf"{_LABEL_WORD}(?: +{_LABEL_WORD}){{0,4}}"
# A label may be one word and a number ("Figure 1: <caption>", "Table 2: <caption>"): its
# key masks the number. (After a symbol that opens the line, the symbol stays the label:
# "» Gran Turismo 6: <title>" is a title's line.)
_NUMBERED = rf"{_LABEL_WORD} +\d{{1,3}}"
# East Asian closing brackets: lenticular, corner, white corner, full-width square ("［関連］
# <title>"), tortoise-shell, white lenticular, and the double angle bracket ("相關新聞》
# <title>"; held-back-89, at its first run, missed 0.9 points of such labels). A double
# angle bracket also closes a title that one opened: "《人民日报》<sentence>" is no label.
_CLOSING = r"\x{3011}\x{300D}\x{300F}\x{FF3D}\x{3015}\x{3017}\x{300B}"
_TITLE_OPEN = r"^[^\pL\pN]*\x{300A}"
_LABEL = (
    rf"^[^\pL\pN]*(?P<label>{_NUMBERED}|{_LABEL_WORDS}(?: / {_LABEL_WORDS})?)"
    rf"(?:(?P<colon>[ \t\x{{A0}}\x{{202F}}]*[{COLONS}\x{{55D}}{_CLOSING}\]])"
    r"| +(?:(?:[\pS\x{2013}\x{2014}\x{2015}\x{2022}\x{B7}\x{203A}\x{BB}|]\x{FE0F}?){1,3}|-+>) +"
    r"|(?P<hyphen> *- +|(?:\.{2,3}|\x{2026}) +)|(?P<credit>\. +| *[=\x{FF1D}] *))"
    r"(?P<rest>.*)$"
)
# A credit's label may be an abbreviation whose dot ends it ("fot. <credit>", "il. <credit>",
# the Polish press's photo credits: held-back-45, at its first run, missed 0.5 points for
# want of it), or a word an equals sign ends, as the Korean press writes its credits
# ("/사진=<source>", "[그래픽=<name>]", "자료=<source>"; Japanese "写真＝<source>"); only
# these, not any word before a dot ("Dr. Ana Ruiz said ...") or an equals sign (any label
# before one cut three gold lines of scrapinghub-aeb: "[엔터미디어=<column>] <paragraph>"
# opens a column's paragraphs). A known label's dot ends it too when it is written in
# capitals ("LEES OOK. <title>", as Flemish sites write it: held-back-60, at its first run,
# missed 5.8 points for want of it); not in a sentence ("… keep reading. I'm about to show
# you", a gold body's line).
_CREDIT_LABELS = pa.array([
    "fot", "phot", "il", "ilustr", "rys", "oprac", "opr", "źr",
    "사진", "그래픽", "자료", "영상", "출처", "写真",
])
# An emoji arrow ends a label as an arrow does ("Читайте також ➡️ <title>": the arrow and
# its variation selector). A spaced hyphen, or dots ("اقرأ أيضا.. <title>", "Read more…
# <title>"), ends a label in a script without case ("ဆက်စပ်သတင်း - <title>":
# held-back-19, at its first run, missed 1.5 points of boilerplate for want of it) or a
# known one ("Read more - <title>"), spaced or only after it ("ये भी पढ़ें- <title>",
# "Also read- <title>": held-back-41's Hindi label). After other words in a cased script
# it is an aside ("Well - that was a surprise") or a dateline's ("WASHINGTON - <lead>":
# big9's gold bodies lost 15 such lines with Resiliparse when any label took it).
_CASED = r"[\p{Lu}\p{Ll}\p{Lt}]"
_LABEL_SPAN = 120
# The leading words of a line (a label's place) hold a hyphen between letters.
_JOINED = rf"^[^\pL\pN]*[{LETTERS}'\x{{2019}} /]*\pL[-\x{{2010}}\x{{2013}}]\pL"
# A short credit in parentheses: "(Foto <credit>)", or with a slash or colon after its
# label: "(Photo/<agency>)", and in full-width forms: "（圖／<source>提供）", "（写真・<source>）".
_PAREN_LABEL = (
    rf"^[(\[\x{{FF08}}](?P<label>{_LABEL_WORD})(?: |\s*[/\x{{FF0F}}\x{{30FB}}{COLONS}]\s*)"
    r"[^()\[\] \x{FF08}\x{FF09}]+(?: [^()\[\] \x{FF08}\x{FF09}]+){0,2}[)\]\x{FF09}]$"
)
# A photo's credit without a colon or brackets, a short line of its own under the photo:
# "Photo archives", "PHOTO SÛRETÉ DU QUÉBEC", "Foto Reuters", "Photo / <name>" (not after
# a spaced hyphen: "Photo - <name>" is an aside's form, `_LABEL`).
_PHOTO_CREDIT = (
    r"^(?P<label>[Pp]hotos?|PHOTOS?|[Ff]otos?|FOTOS?)(?: */)? +[\pL\pN(][^:]{0,50}$"
)
# A symbol opening a line: up to three signs, or one or two bullets or chevrons.
_SYMBOL = r"[^\pL\pN\s\pP]{1,3}|[\x{BB}\x{2022}>]{1,2}"
_SYMBOL_LABEL = rf"^\s*(?P<label>{_SYMBOL})\s+\S+\s+\S"
# ... or a pictograph before a word of six letters or more of a script that spaces no
# words ("❄️ 雲仙や県北の山間部では…", "📱 LINE公式アカウントで…"): its notice's words.
_PICTOGRAPH_UNSPACED = rf"^\s*(?P<label>{PICTOGRAPH_SEQUENCE})\s*{UNSPACED_WORDS}"
# Known labels of six words or more, which `_LABEL` does not read, before a colon or a
# spaced arrow; a series' too ("This post is part of the series: <series>": held-back-132,
# at its first run, missed 0.3 points of it).
_LONG_KNOWN = (
    r"^[^\pL\pN]*(?P<label>(?i:you (?:might|may) (?:also )?be interested in"
    r"|you (?:might|may) also (?:like|enjoy) reading|other stories you might like"
    r"|this (?:post|article|story|piece) is (?:part|one) of (?:the|a|our) series))"
    r"\s*(?::|\s[\x{203A}\x{BB}\x{2192}\x{25B6}\x{25BA}>|-]+)\s*\S"
)
# ... and the words after the symbol, up to three, before more text, spaced from it or not.
_SYMBOL_WORDS = rf"^\s*(?:{_SYMBOL})\s*(?P<words>[{LETTERS}]+(?: [{LETTERS}]+){{0,2}}) \S"
# Lines without a frame may end with a label instead: one to four words after a spaced
# dash, bar, arrow or middle dot, with words before it ("Cordless drill/driver – check
# current price"), a number first or not ("<name> · 1 minute read"; its digits are a slot).
_SUFFIX_LABEL = (
    r"^.*\pL.* +[\x{2013}\x{2014}\x{203A}\x{BB}\x{2192}|\x{B7}\x{2022}] +"
    rf"(?P<label>(?:\d+ +)?[{LETTERS}]+(?: +[{LETTERS}]+){{0,3}})[ .!]*$"
)
# Lead prefixes (below) have their lowest bit set, labels have it clear: a label is a
# label wherever it stands, while five words that start lines may be a stock sentence.
LEAD_BIT = np.uint64(1)
# A breadcrumb trail ("Home › News › <title>"): two or more short fields, each ended by a
# spaced chevron or arrow, before the rest. The first field is its label, with the second
# bit set (and the lowest clear): unlike a headline formula, a trail belongs at the top.
TRAIL_BIT = np.uint64(2)
# A label of `labels.LABELS` ("Read more", "Lees ook"): the third bit set (the two lower
# clear). `KIND_BITS` tells the four kinds apart.
KNOWN_BIT = np.uint64(4)
KIND_BITS = LEAD_BIT | TRAIL_BIT | KNOWN_BIT
# A symbol label that is a pictograph ("📺 <appeal>", "😷 COVID-19: <advice>"): the fourth
# bit set, on labels only (`is_pictured`; the copyright-like signs © ® ℗ ™ are none). A
# publisher whose templates open with pictographs writes its one-off notices so too
# (`strip.footer_block`).
PICTURE_BIT = np.uint64(8)
# A label that names the page's writer ("Author:", "Reporter:": `segment.labels.WRITERS`):
# the fifth bit set (`is_writer`). Its lines are bylines wherever they stand.
WRITER_BIT = np.uint64(16)
_LABEL_MASK = ~(KIND_BITS | PICTURE_BIT | WRITER_BIT)
_PICTOGRAPH = "^" + PICTOGRAPH
# A bare name near the top of a page ("Kenji Moreau", "Emeka Castillo, toimetaja"): a
# byline, each name too rare to recur. All such lines share one prefix key
# (`byline_keys`), whose kind bits are its own.
BYLINE_KEY = np.uint64(0x6279_6C69_6E65_0000) | TRAIL_BIT | KNOWN_BIT
# A caseless script's byline has a key of its own: a publisher whose bylines are in
# Devanagari has no byline in an English title-case line ("Story Highlights", which opens
# syndicated CNN bodies: cut on four pages of held-back-17 with one shared key).
CASELESS_BYLINE_KEY = np.uint64(0x6279_6C69_6E65_0100) | TRAIL_BIT | KNOWN_BIT


def is_pictured(keys: np.ndarray) -> np.ndarray:
    """Whether each prefix key is a pictograph's (`PICTURE_BIT`)."""
    return (keys & (KIND_BITS | PICTURE_BIT)) == PICTURE_BIT


def is_writer(keys: np.ndarray) -> np.ndarray:
    """Whether each prefix key is a writer's label's (`WRITER_BIT`)."""
    return (keys & (KIND_BITS | WRITER_BIT)) == WRITER_BIT


def is_byline(keys: np.ndarray) -> np.ndarray:
    """Whether each prefix key is a byline's (`BYLINE_KEY`, `CASELESS_BYLINE_KEY`)."""
    return (keys == BYLINE_KEY) | (keys == CASELESS_BYLINE_KEY)


# Deepest line index a byline (or a head label, `detect.heads`) may sit at: below a
# headline, a kicker, a date line, a reading time.
HEAD_DEPTH = 5
# Two or three capitalised words without digits (not in capitals: "McAllister",
# "O'Neill", "Jean-Luc"), and maybe a role after a comma.
_NAME_WORD = r"\p{Lu}[\pL'\x{2019}.-]*\p{Ll}[\pL'\x{2019}.-]*"
# Initials may stand before any of them ("John F. Smith", "K. P. Menon Rao"); they are no
# word of their own.
_INITIALED = rf"(?:\p{{Lu}}\. *)*{_NAME_WORD}"
# The name may be followed by a place or a role: after a comma, a spaced dash or bar (up
# to 40 characters: "Yann Morvan – Gwengamp"; not a known label's title, "Also Read |
# <title>"), or in parentheses ("Hiroshi Tanaka (Hungario)"). After a comma the place may
# be in a script with combining marks and have its district in brackets ("<name>, কাহালু
# (বগুড়া)": held-back-77 +0.20, the other sets unchanged). (Small classes after the
# name: RE2 compiles the pattern on every call, and a counted `\pL` class would cost 10 ms
# a batch.)
_BYLINE = (
    rf"^{_INITIALED}(?: +{_INITIALED}){{1,2}}"
    r"(?:, *\pL[\pL\pM ]*(?: *\([\pL\pM ]{1,30}\))?"
    r"| +[\x{2013}\x{2014}|] +[^\d|,()\x{2013}\x{2014}]{1,40}"
    r"| *\([^\d()]{1,30}\))?$"
)
# Scripts without capitals name their reporters in words of letters without case (and
# their marks): two to four words (held-back-21's "<place> ప్రతినిధి పి. <name> <name>":
# +0.15 there, the other sets unchanged), maybe ", <place>" ("<name> <surname>, <city>" in
# Hindi, "<name> <surname> ผู้สื่อข่าว<province>" in Thai; or after a spaced bar, dot or
# dash, "<name> <surname> | <city>", a line that is labelled too), or one run (maybe
# after a label), a slash and one run ("記者<name>／<place>報導", "【記者 <name>／<place>報道】"),
# maybe in brackets. No sentence punctuation, and at most `_CASELESS_BYLINE_MAX_CHARS`
# characters: a subheading is longer.
_CASELESS_WORD = rf"\p{{Lo}}[\p{{Lo}}\pM{IN_WORD}]*"
# Initials (a letter or two, with their marks: "എം.എസ്.") may lead a name, one word after
# them enough ("കെ.പി. <name>, <city>" in Malayalam, "க. <name>" in Tamil, "<place>
# ప్రతినిధి బి. <name>" in Telugu: held-back-20 and -21 missed such bylines at their first
# runs).
_CASELESS_INITIALS = r"(?:\p{Lo}\pM*(?:\p{Lo}\pM*)?\. *)+"
_NAME_WORD_CASELESS = rf"(?:{_CASELESS_INITIALS})?{_CASELESS_WORD}"
_CASELESS_BYLINE = (
    r"^[\x{3010}\x{3014}\x{FF3B}\x{FF08}(\[]?"
    rf"(?:(?:{_CASELESS_INITIALS}{_CASELESS_WORD}"
    rf"|{_NAME_WORD_CASELESS} +{_NAME_WORD_CASELESS})(?: +{_NAME_WORD_CASELESS}){{0,2}}"
    rf"(?:(?:[{COMMAS}]| +[|\x{{B7}}\x{{2022}}\x{{2013}}\x{{2014}}]) *{_CASELESS_WORD}"
    rf"(?: +{_CASELESS_WORD}){{0,2}})?"
    rf"|(?:{_CASELESS_WORD} +)?{_CASELESS_WORD} *[/\x{{FF0F}}] *{_CASELESS_WORD})"
    r"[\x{3011}\x{3015}\x{FF3D}\x{FF09})\]]?$"
)
_CASELESS_BYLINE_MAX_CHARS = 40
# A spaced slash separates fields too, and a label may come first ("You are here: Home /
# News / <title>").
_TRAIL_FIELD = rf"[{LETTERS}]+(?: +[{LETTERS}]+){{0,2}} +[\x{{203A}}\x{{BB}}>\x{{2192}}/] +"
# After the first chevron, a middle dot or a bar may part fields too ("Home › Gnovis ·
# Notizie › <title>").
_TRAIL_NEXT = (
    rf"[{LETTERS}]+(?: +[{LETTERS}]+){{0,2}} +[\x{{203A}}\x{{BB}}>\x{{2192}}/\x{{B7}}|] +"
)
_TRAIL = (
    rf"^[^\pL\pN]*(?:[{LETTERS}]+(?: +[{LETTERS}]+){{0,3}}[{COLONS}] +)?"
    rf"(?P<label>{_TRAIL_FIELD}(?:{_TRAIL_NEXT})+)\S"
)
# Long lines also get a prefix from their first normalised words: "A version of this
# article appears in the <month> issue of <magazine>, under the headline <title>".
_LEAD_WORDS, _LEAD_MIN_WORDS = 5, 10
# Shorter lines (4 to 9 normalised words) get their first 3: "Photo courtesy of <credit>",
# "(With inputs from <agency>)", whose credit masking cannot always take. +0.00 to +0.40
# points removed on the planted sets, content kept unchanged but one "Copyright <year>
# <Site>. All rights reserved." line inside a gold body; big9 F1 +0.01. (First 2 words
# from 3 normalised words: +0.06 more at most, and reporters' credits in gold bodies cut.)
_SHORT_LEAD_WORDS, _SHORT_LEAD_MIN_WORDS = 3, 4
# ... and a frame: their first 3 and last 4 normalised words, for a slot in the middle that
# masking cannot see (a lower-case beat or section: "<Name> writes about <beat> for <Site>.
# Reach them at <handle>."). Both ends must match, so two sentences that merely end alike
# ("..., X said in a statement") have different frames.
# Lines over 40 words get none: a notice with a slot in its middle is a sentence or two,
# while a longer line is a paragraph of text (and most of the cost of the keys).
FRAME_MIN_WORDS, _FRAME_MAX_WORDS = 10, 40
_FRAME = r"^(?P<head>\S+ \S+ \S+) .* (?P<tail>\S+ \S+ \S+ \S+)$"


def prefix_keys(
    lines: pa.Array, normalized: pa.Array | None = None, n_words: np.ndarray | None = None
) -> np.ndarray:
    """Key of each line's prefix, 0 if none: its label ("Related:", "Read more:",
    "Photo:"), or else, for a line of at least 10 normalised words, its first 5, and for a
    line of 4 to 9, its first 3 ("Photo courtesy of <credit>").

    A label is one to five words (after any symbols) before the line's first colon or a
    spaced dash, bar or arrow, followed by a word or more (not a URL: "Lees ook: 54885", a
    broken link's id, and "Crédit photo : Archives" are the label's lines too); a breadcrumb
    trail's label is its first field ("Home" in "Home › News › <title>", key with
    `TRAIL_BIT`). Lines sharing a prefix are candidates for a prefix template
    (`detect.prefix`): "Related: <any title>", whose variable part outweighs the fixed one.
    `n_words`: the normalised lines' word counts, when known.
    """
    # A hyphen or dash between letters joins a label's word ("L–R: <names>", "E-mail:"):
    # held-back-19 +0.40, held-back-7 +0.14, the other sets and real gold unchanged. (In
    # the label pattern itself it made RE2 four times slower; as a replacement on each
    # line's first `_LABEL_SPAN` characters, where a label and its delimiter fit, prefix
    # keys take 109 ms on 64k lines instead of 90; only on the lines whose leading words
    # hold such a hyphen (`_JOINED`), the one place it can change a label, the
    # replacement's 19 ms become 9, the keys identical on 377k planted and real lines.)
    head = pc.utf8_slice_codeunits(lines, 0, _LABEL_SPAN)
    if isinstance(head, pa.ChunkedArray):
        head = head.combine_chunks()
    joins = pc.match_substring_regex(head, _JOINED)
    if pc.any(joins).as_py():
        head = pc.replace_with_mask(head, joins, pc.replace_substring_regex(
            head.filter(joins), r"(\pL)[-\x{2010}\x{2013}](\pL)", r"\1\2"))
    parts = pc.extract_regex(head, _LABEL)
    label = pc.struct_field(parts, "label")
    rest = pc.struct_field(parts, "rest")
    rest = pc.utf8_trim_whitespace(rest)
    valid = pc.and_(pc.greater(pc.utf8_length(rest), 0), pc.invert(pc.starts_with(rest, "//")))
    valid = valid.fill_null(False).to_numpy(zero_copy_only=False)
    # A double angle bracket closing a title that one opened ("《人民日报》<sentence>").
    angled = np.flatnonzero(valid & pc.ends_with(pc.struct_field(parts, "colon"), "\u300b")
                            .fill_null(False).to_numpy(zero_copy_only=False))
    if len(angled):
        valid[angled[pc.match_substring_regex(head.take(pa.array(angled)), _TITLE_OPEN)
                     .to_numpy(zero_copy_only=False)]] = False
    hyphen = pc.greater(pc.utf8_length(pc.struct_field(parts, "hyphen")), 0).fill_null(
        False).to_numpy(zero_copy_only=False)
    if hyphen.any():
        at = np.flatnonzero(hyphen & valid)
        taken = label.take(pa.array(at))
        aside = pc.and_not(pc.match_substring_regex(taken, _CASED), known(taken))
        valid[at[aside.to_numpy(zero_copy_only=False)]] = False
    credited = pc.greater(pc.utf8_length(pc.struct_field(parts, "credit")), 0).fill_null(
        False).to_numpy(zero_copy_only=False)
    if credited.any():
        at = np.flatnonzero(credited & valid)
        taken = label.take(pa.array(at))
        shouted = pc.and_(known(taken), pc.invert(pc.match_substring_regex(taken, r"\p{Ll}")))
        credit = pc.or_(pc.is_in(pc.utf8_lower(taken), _CREDIT_LABELS), shouted)
        valid[at[~credit.to_numpy(zero_copy_only=False)]] = False
    # A label ending with a number ("Figure 1"); its colon before another number is a
    # time or a score ("At 10:45", "won 3:1"): no label.
    numbered = np.zeros(len(lines), dtype=bool)
    numbered[np.flatnonzero(valid)[pc.match_substring_regex(
        label.filter(pa.array(valid)), r"\d$").to_numpy(zero_copy_only=False)]] = True
    if numbered.any():
        at = np.flatnonzero(numbered)
        timed = at[pc.match_substring_regex(rest.take(pa.array(at)), r"^\d").to_numpy(
            zero_copy_only=False)]
        valid[timed] = numbered[timed] = False
    keys = np.zeros(len(lines), dtype=np.uint64)
    rows = np.flatnonzero(valid)
    labels = label.take(pa.array(rows))
    # A doubled space inside a label ("Léigh  freisin:", a small edit) is one space.
    if isinstance(labels, pa.ChunkedArray):
        labels = labels.combine_chunks()
    doubled = pc.match_substring(labels, "  ")
    if pc.any(doubled).as_py():
        labels = pc.replace_with_mask(
            labels, doubled, pc.replace_substring_regex(labels.filter(doubled), " {2,}", " "))
    if numbered.any():
        mask = pa.array(numbered[rows])
        labels = pc.replace_with_mask(
            labels, mask, pc.replace_substring_regex(labels.filter(mask), r"\d+$", "0"))
    # A section's label ("Also in Science", "Más en Deportes") without its section's name.
    section = pc.match_substring_regex(labels, SECTION_LABEL)
    if pc.any(section).as_py():
        labels = pc.replace_with_mask(labels, section, pc.replace_substring_regex(
            labels.filter(section), SECTION_LABEL, r"\1 X"))
    # A label's month or weekday is a slot ("Zaaikalender augustus: <what to sow>",
    # "Bienenjahr März 2018: <the month's work>").
    keys[rows] = hash_strings(date_words_masked(pc.utf8_lower(labels)),
                              seed=_PREFIX_SEED) & _LABEL_MASK
    is_known, is_writer_label = (
        kind.to_numpy(zero_copy_only=False) for kind in known_and_writers(labels))
    is_known |= section.to_numpy(zero_copy_only=False)
    keys[rows[is_known]] |= KNOWN_BIT
    keys[rows[is_writer_label & ~is_known]] |= WRITER_BIT
    # A known label longer than a label's five words ("You might also be interested in:
    # <title>": held-back-62, at its first run, missed 0.3 points of it).
    long_rows = np.flatnonzero(~valid & pc.match_substring_regex(head, _LONG_KNOWN).to_numpy(
        zero_copy_only=False))
    if len(long_rows):
        long_label = pc.struct_field(
            pc.extract_regex(head.take(pa.array(long_rows)), _LONG_KNOWN), "label")
        keys[long_rows] = (hash_strings(pc.utf8_lower(long_label), seed=_PREFIX_SEED)
                           & _LABEL_MASK) | KNOWN_BIT
        valid[long_rows] = True
    # A label ended by a spaced symbol or dot, after a symbol that opens the line, is the
    # first field of a card whose symbol is the fixed part ("📍 <place> · <address> ·
    # <phone>", "🥕 Serves <n> · Prep <n> min"): the symbol is the label (below). So is a
    # colon's label after a pictograph: the first field of a card may hold a colon ("📖
    # <book>: <subtitle> · <editor> · 256 pages"), and a publisher's captions may be
    # labelled or not ("📷 Cover image: <caption>", "📷 Cover design by <credit>"):
    # held-back-22 +3.2 at its first study (+0.03 to +0.14 on three other sets, content
    # unchanged). A known label stays ("➡️ Leia também: <title>"), and a colon's label
    # after a punctuation bullet or a table's bar ("» Analysis: <title>", "| Last
    # Updated: <date> |": big9's BBC pages).
    carded = np.zeros(len(lines), dtype=bool)
    carded[rows[~is_known]] = True
    symbol = pc.struct_field(pc.extract_regex(lines, _SYMBOL_LABEL), "label")
    # (Anchored at a pictograph, the pattern fails at the first character of most lines.)
    symbol = pc.coalesce(symbol, pc.struct_field(
        pc.extract_regex(lines, _PICTOGRAPH_UNSPACED), "label"))
    pictured = pc.match_substring_regex(symbol, r"^\p{So}").fill_null(
        False).to_numpy(zero_copy_only=False)
    carded &= pc.equal(pc.struct_field(parts, "colon"), "").fill_null(False).to_numpy(
        zero_copy_only=False) | pictured
    carded |= numbered
    # A breadcrumb trail's label is its first field ("Home" in "Home › News › <title>"):
    # its sections are a slot (held-back-26 +0.33, -29 +0.33, content unchanged). (The
    # anchored pattern fails within a few characters on most lines: cheaper than any
    # prefilter.)
    rows = np.flatnonzero(pc.match_substring_regex(lines, _TRAIL).to_numpy(
        zero_copy_only=False))
    if len(rows):
        trail = pc.struct_field(pc.extract_regex(lines.take(pa.array(rows)), _TRAIL), "label")
        trail = pc.utf8_lower(pc.replace_substring_regex(pc.utf8_trim_whitespace(trail),
                                                         r"\s+", " "))
        trail = pc.replace_substring_regex(trail, r" [\x{203A}\x{BB}>\x{2192}/] .*$", "")
        keys[rows] = (hash_strings(trail, seed=_PREFIX_SEED) & _LABEL_MASK) | TRAIL_BIT
        valid[rows] = True
        carded[rows] = False
    # Else a symbol that opens the line before its words ("» <title>", "▶ <title>"): a
    # label too. (A list's bullets open many lines a document, which the rule refuses.)
    marked = (~valid | carded) & symbol.is_valid().to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(marked)
    marks = symbol.take(pa.array(rows))
    keys[rows] = hash_strings(marks, seed=_PREFIX_SEED) & _LABEL_MASK
    keys[rows[pc.match_substring_regex(marks, _PICTOGRAPH).to_numpy(
        zero_copy_only=False)]] |= PICTURE_BIT
    valid |= marked
    # A symbol, then a known label and a space before its title, no colon ("▷ 추천기사
    # <title>", "▶ Read more <title>": held-back-63, at its first run, missed 0.6 points of
    # them): the known label, not the symbol. So too with no space after the symbol
    # ("▶関連記事 <title>": held-back-89, at its first run, missed 1.4 points of it), which
    # `_SYMBOL_LABEL` does not read.
    tight = ~valid & pc.match_substring_regex(lines, _SYMBOL_WORDS).to_numpy(
        zero_copy_only=False)
    rows = np.flatnonzero(marked | tight)
    if len(rows):
        words = pc.struct_field(pc.extract_regex(lines.take(pa.array(rows)), _SYMBOL_WORDS),
                                "words")
        found = np.zeros(len(rows), dtype=bool)
        for n in (3, 2, 1):
            first = pc.replace_substring_regex(words, rf"^((?:\S+ ){{{n - 1}}}\S+).*$", r"\1")
            hit = known(first).fill_null(False).to_numpy(zero_copy_only=False) & ~found
            at = rows[hit]
            keys[at] = (hash_strings(pc.utf8_lower(first.filter(pa.array(hit))),
                                     seed=_PREFIX_SEED) & _LABEL_MASK) | KNOWN_BIT
            valid[at] = True
            found |= hit
    # Else a short credit in parentheses ("(Foto d'archivio)", "(Foto Vigili del fuoco)"):
    # its first word is its label. (Two to four words: "(Reporting by <name>; Editing by
    # <name>)" is longer, and a wire story's credit inside gold bodies; and fewer than
    # `_SHORT_LEAD_MIN_WORDS` normalised: "(With inputs from PTI)" leads with its first
    # three, more telling than "with".)
    paren = pc.struct_field(pc.extract_regex(lines, _PAREN_LABEL), "label")
    rows = np.flatnonzero(~valid & paren.is_valid().to_numpy(zero_copy_only=False))
    if len(rows):
        counts = n_words[rows] if n_words is not None else pc.list_value_length(
            pc.split_pattern(normalize_array(lines.take(pa.array(rows))), " ")).to_numpy()
        rows = rows[counts < _SHORT_LEAD_MIN_WORDS]
        keys[rows] = hash_strings(pc.utf8_lower(paren.take(pa.array(rows))),
                                  seed=_PREFIX_SEED) & _LABEL_MASK
        valid[rows] = True
    # Else a photo's credit without a colon: the photo word is its label (held-back-101, at
    # its first run, missed 0.4 points of "Photo archives", "Photo lecteur", ...).
    photo = pc.struct_field(pc.extract_regex(lines, _PHOTO_CREDIT), "label")
    rows = np.flatnonzero(~valid & photo.is_valid().to_numpy(zero_copy_only=False))
    if len(rows):
        keys[rows] = hash_strings(pc.utf8_lower(photo.take(pa.array(rows))),
                                  seed=_PREFIX_SEED) & _LABEL_MASK
        valid[rows] = True
    if normalized is not None:
        words = pc.split_pattern(normalized, " ", max_splits=_LEAD_WORDS)
        if n_words is None:
            n_words = pc.list_value_length(pc.split_pattern(normalized, " ")).to_numpy(
                zero_copy_only=False)
        for lead_words, fewest, most, seed in (
            (_LEAD_WORDS, _LEAD_MIN_WORDS, None, _LEAD_SEED),
            (_SHORT_LEAD_WORDS, _SHORT_LEAD_MIN_WORDS, _LEAD_MIN_WORDS, _SHORT_LEAD_SEED),
        ):
            fits = (n_words >= fewest) & ~valid
            if most is not None:
                fits &= n_words < most
            rows = np.flatnonzero(fits)
            lead = pc.binary_join(pc.list_slice(words.take(pa.array(rows)), 0, lead_words), " ")
            keys[rows] = hash_strings(lead, seed=seed) | LEAD_BIT
    return keys


# A label that points at more of the site by its name ("Also on <Site>: <title>", "More
# from the <Site>: <title>", "Ook op <Site>:"): navigation wherever it stands, as a known
# label is, but only where the line names its own site ("Also in attendance: <names>" is
# a meeting's minutes). (held-back-54 and -61, at their first runs, missed 0.4 and 0.1
# points of them.)
_SITE_POINTER = (
    r"^[^\pL\pN]*(?i:also (?:on|in|at|from)|more (?:from|on|at)|elsewhere (?:on|in)"
    r"|more stories from|latest from|más de|más en|plus de|mehr von|mehr aus|meer van|ook op"
    r"|também n[oa]|mais d[oa]|anche su|altro da) "
)


def site_pointer_keys(lines: pa.Array, keys: np.ndarray, named: np.ndarray) -> np.ndarray:
    """`keys` (prefix keys) with the labels of `_SITE_POINTER` made known labels
    (`KNOWN_BIT`) on the lines that name their own site (`named`)."""
    rows = np.flatnonzero(named & (keys != 0) & ((keys & KIND_BITS) == 0))
    if len(rows) == 0:
        return keys
    pointer = pc.match_substring_regex(lines.take(pa.array(rows)), _SITE_POINTER).to_numpy(
        zero_copy_only=False)
    keys = keys.copy()
    keys[rows[pointer]] = (keys[rows[pointer]] & _LABEL_MASK) | KNOWN_BIT
    return keys


# A dated line's label: one to four words before a date (a day, maybe with its ordinal's
# letters, a word and a year; a day, month and year in digits; a day and a year after a
# word), the word before the date (a weekday or a month in any language: "Pibliye jedi
# 12 mas 2020, 06:23", "Updated March 5 2019") left out, in a short line holding a year.
_DATE = (r"(?:\d{1,2}\pL{0,2}[ .,/-]+[^\s\d]+[ .,]+(?:19|20)\d\d"
         r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}"
         r"|\d{1,2},? (?:19|20)\d\d)")
_DATED_LABEL = (
    rf"^(?P<label>[{LETTERS}]+(?: [{LETTERS}]+){{0,3}}?)[ \t]+(?:[^\s\d]+[ \t,.]+)?{_DATE}"
)
_YEAR = r"(?:^|\D)(?:19|20)\d\d(?:\D|$)"
_DATED_MAX_WORDS = 10


def _unlabelled(keys: np.ndarray) -> np.ndarray:
    """Whether each prefix key is no label: none, or a line's first words (`LEAD_BIT`)."""
    return (keys == 0) | ((keys & LEAD_BIT) != 0)


def dated_keys(lines: pa.Array, n_words: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """`keys` (prefix keys) with a label for the lines without one that hold a year and
    at most `_DATED_MAX_WORDS` words: the words before their date (`_DATED_LABEL`), so a
    date in a language whose calendar words no list holds still keys its line by what is
    fixed."""
    unlabelled = _unlabelled(keys)
    rows = np.flatnonzero(unlabelled & (n_words >= 3) & (n_words <= _DATED_MAX_WORDS))
    if len(rows) == 0:
        return keys
    candidates = lines.take(pa.array(rows))
    yeared = pc.match_substring_regex(candidates, _YEAR).to_numpy(zero_copy_only=False)
    rows, candidates = rows[yeared], candidates.filter(pa.array(yeared))
    if len(rows) == 0:
        return keys
    label = pc.struct_field(pc.extract_regex(candidates, _DATED_LABEL), "label")
    found = pc.is_valid(label).to_numpy(zero_copy_only=False)
    if not found.any():
        return keys
    keys = keys.copy()
    keys[rows[found]] = hash_strings(pc.utf8_lower(label.filter(pa.array(found))),
                                     seed=_PREFIX_SEED) & _LABEL_MASK
    return keys


def byline_keys(lines: pa.Array, index: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """`keys` (prefix keys) with `BYLINE_KEY` for the lines without a label that look like a
    bare name (two or three capitalised words, maybe ", <role>"; `CASELESS_BYLINE_KEY` for
    a short caseless script's name, `_CASELESS_BYLINE`) among the first
    `HEAD_DEPTH + 1` lines of their document, the first excepted (a headline)."""
    # A line's first words (a lead prefix) give way: a caseless name is not masked, so
    # "<name> <surname> संवाददाता, <city>" has four words, and a lead.
    # A caseless name's field ("<name> <surname> | <city>") is a label's form as well: it
    # gives way too.
    unlabelled = _unlabelled(keys)
    rows = np.flatnonzero((index >= 1) & (index <= HEAD_DEPTH))
    if len(rows) == 0:
        return keys
    candidates = lines.take(pa.array(rows))
    named = pc.match_substring_regex(candidates, _BYLINE).to_numpy(zero_copy_only=False)
    caseless = pc.and_(
        pc.less_equal(pc.utf8_length(candidates), _CASELESS_BYLINE_MAX_CHARS),
        pc.match_substring_regex(candidates, _CASELESS_BYLINE),
    ).to_numpy(zero_copy_only=False)
    fielded = pc.match_substring_regex(
        candidates, r" [|\x{B7}\x{2022}\x{2013}\x{2014}] ").to_numpy(zero_copy_only=False)
    named &= unlabelled[rows] | (fielded & ((keys[rows] & KNOWN_BIT) == 0))
    caseless &= unlabelled[rows] | fielded
    keys = keys.copy()
    keys[rows[named]] = BYLINE_KEY
    keys[rows[caseless & ~named]] = CASELESS_BYLINE_KEY
    return keys


def frame_keys(normalized: pa.Array, n_words: np.ndarray | None = None) -> np.ndarray:
    """Key of each normalised line's frame (its first 3 and last 4 words), 0 for lines of
    fewer than 10 or more than 40 words (`n_words`: the lines' word counts, when known).
    Lines sharing a frame are candidates for a frame template (`detect.frame`)."""
    if n_words is None:
        n_words = pc.list_value_length(pc.split_pattern(normalized, " ")).to_numpy(
            zero_copy_only=False
        )
    keys = np.zeros(len(normalized), dtype=np.uint64)
    rows = np.flatnonzero((n_words >= FRAME_MIN_WORDS) & (n_words <= _FRAME_MAX_WORDS))
    if len(rows) == 0:
        return keys
    parts = pc.extract_regex(normalized.take(pa.array(rows)), _FRAME)
    joined = pc.binary_join_element_wise(
        pc.struct_field(parts, "head"), pc.struct_field(parts, "tail"), " | "
    )
    keys[rows] = hash_strings(joined, seed=_FRAME_SEED)
    return keys


def slot_only_keys(max_masks: int = 12, numbered: bool = False) -> np.ndarray:
    """The keys (sorted) of normalised lines made of slot masks only, "0" and "X" in turn
    (runs of one mask fold to one): a price, a bare date, "<name>, <role>". Such a line
    shares nothing fixed with its look-alikes, so other publishers' templates of that
    shape say nothing about it. `numbered`: only those with a number ("0", "X 0": a date,
    a time, "<name> · <date>"), not a bare name ("X")."""
    forms = [
        " ".join((first, second)[i % 2] for i in range(n))
        for first, second in (("0", "X"), ("X", "0"))
        for n in range(1, max_masks + 1)
        if not (numbered and n == 1 and first == "X")
    ]
    return np.sort(hash_strings(pa.array(forms)))


def mask_only_keys(max_masks: int = 5) -> np.ndarray:
    """The keys (sorted) of normalised lines of up to `max_masks` masks of any kind and
    nothing else: a bare link ("url"), an embedded post's credit ("X handle 0"), "X url",
    a quoted title. Such a line varies in its slots only because it is nothing but slots:
    a link or a post quoted in an article, no credit with a fixed word."""
    tokens = (*_SLOT_WORDS.to_pylist(), "dateline")
    forms = [" ".join(masks) for n in range(1, max_masks + 1)
             for masks in itertools.product(tokens, repeat=n)]
    return np.sort(hash_strings(pa.array(forms)))


def suffix_keys(lines: pa.Array) -> np.ndarray:
    """Key of each line's closing label, 0 if none: one to four words after the line's
    last spaced dash, bar or arrow, with words before it ("<product> – check current
    price"). A short line's fixed part may come last; `segment` gives it as the line's
    frame when the line has none (`detect.frame`)."""
    suffix = pc.struct_field(pc.extract_regex(lines, _SUFFIX_LABEL), "label")
    keys = np.zeros(len(lines), dtype=np.uint64)
    rows = np.flatnonzero(suffix.is_valid().to_numpy(zero_copy_only=False))
    labels = pc.replace_substring_regex(suffix.take(pa.array(rows)), " {2,}", " ")
    labels = pc.replace_substring_regex(labels, r"\d+", "0")
    keys[rows] = hash_strings(pc.utf8_lower(labels), seed=_SUFFIX_SEED)
    return keys


# A short line that opens with a person's name (two capitalised words, then a lower-case
# word or a comma): "<Name> is on Twitter: @x", "<Name> skrifar", "<Name>, solving in pen
# since 1998". Its frame is the rest of the line, normalised.
_NAME_LEAD = r"^\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'\x{2019}-]+(?:,? \p{Ll}|,)"
_NAME_LEAD_MAX_WORDS = 12


def name_lead_keys(lines: pa.Array, normalized: pa.Array) -> np.ndarray:
    """Key of the rest of each short line that opens with a name (`_NAME_LEAD`), 0 for
    other lines. A line whose fixed words follow a name ("<Name> is on Twitter: <handle>")
    masks the name only when the rest reads as prose; this key holds without it."""
    keys = np.zeros(len(lines), dtype=np.uint64)
    lead = pc.match_substring_regex(lines, _NAME_LEAD).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(lead)
    if len(rows) == 0:
        return keys
    words = pc.split_pattern(normalized.take(pa.array(rows)), " ")
    # The name is one "X" once masked, else its first word and an "X".
    masked = pc.equal(pc.list_element(words, 0), "X").to_numpy(zero_copy_only=False)
    skip = np.where(masked, 1, 2)
    length = pc.list_value_length(words).to_numpy()
    ok = (length > skip) & (length <= _NAME_LEAD_MAX_WORDS)
    rest = [" ".join(w[k:]) for w, k in zip(words.to_pylist(), skip.tolist(), strict=True)]
    hashed = hash_strings(pa.array(rest, pa.string()), seed=_NAME_SEED)
    keys[rows[ok]] = hashed[ok]
    return keys


# A short line's fixed part may be its last word ("<source> nuotr.", "<credit> foto") or
# what follows its comma ("<name>, <site>" in a script without capitals).
_TAIL_MIN_WORDS, _TAIL_MAX_WORDS = 2, 6
# What masking puts for a slot: a line ending with one ends with no fixed word ("Project
# Megiddo: <url>", a source list's line, is no "<anything> url" template).
_SLOT_WORDS = pa.array(["0", "X", "url", "email", "handle", TITLE_WORD])
# (A comma in Latin script, Arabic's, or CJK's full-width and enumeration commas.)
_AFTER_COMMA = (
    rf"^[^{COMMAS}]*\S[^{COMMAS}]*[{COMMAS}]\s*(?P<rest>[^{COMMAS}]*\S[^{COMMAS}]*)$"
)


def tail_word_keys(
    lines: pa.Array, normalized: pa.Array, n_words: np.ndarray | None = None
) -> np.ndarray:
    """Key of the fixed end of each short line (2 to 6 normalised words), 0 if none: the
    normalised text after its one comma, or else its last normalised word, if not a
    slot (`n_words`: the lines' normalised word counts, when known)."""
    keys = np.zeros(len(lines), dtype=np.uint64)
    if n_words is None:
        n_words = pc.list_value_length(pc.split_pattern(normalized, " ")).to_numpy(
            zero_copy_only=False)
    # Not a question or an exclamation: prose, however short ("For whom is this game?").
    short = np.flatnonzero((n_words >= _TAIL_MIN_WORDS) & (n_words <= _TAIL_MAX_WORDS))
    prose = pc.match_substring_regex(
        lines.take(pa.array(short)), r"[?!\x{FF1F}\x{FF01}\x{61F}]\s*$").to_numpy(
        zero_copy_only=False)
    rows = short[~prose]
    if len(rows) == 0:
        return keys
    taken = lines.take(pa.array(rows))
    after = pc.struct_field(pc.extract_regex(taken, _AFTER_COMMA), "rest")
    comma = after.is_valid().to_numpy(zero_copy_only=False)
    # After the comma (normalised on those lines alone: normalisation is the costly part).
    at = np.flatnonzero(comma)
    rest = normalize_array(after.take(pa.array(at)))
    fixed_rest = pc.match_substring_regex(rest, r"[^0X ]").to_numpy(zero_copy_only=False)
    keys[rows[at[fixed_rest]]] = hash_strings(
        pc.binary_join_element_wise(",", rest.filter(pa.array(fixed_rest)), " "),
        seed=_TAIL_SEED)
    # Else the last word.
    at = np.flatnonzero(~comma)
    words = pc.split_pattern(normalized.take(pa.array(rows[at])), " ")
    offsets = words.offsets.to_numpy()
    last = pc.list_flatten(words).take(pa.array(offsets[1:] - 1 - offsets[0]))
    fixed_last = pc.invert(pc.is_in(last, _SLOT_WORDS)).to_numpy(zero_copy_only=False)
    keys[rows[at[fixed_last]]] = hash_strings(last.filter(pa.array(fixed_last)),
                                              seed=_TAIL_SEED)
    return keys


# A line may close with a short credit sentence after its text: "<caption>. Photo by
# <name>.", "<bio>. Reach them at <handle>." Its frame is that sentence, normalised, when
# it holds a slot (a name, a handle, a number): a stock ending ("He declined to comment.")
# holds none. A lower-case letter alone before the dot is an abbreviation, no sentence's
# end: "d." in a score ("Novak Djokovic d. David Goffin 6-4, 6-3"), "v." in a case.
_CREDIT = (r"(?:(?:\pL\pL|\p{Lu}|[\pN)])[.!?]|[.!?]?\x{201D})"
           r"\s+(?P<credit>\p{Lu}[^.!?]{2,60})\.?\s*$")
_CREDIT_MAX_WORDS = 4
# From two normalised words: masking may leave a caption with little else ("Calais,
# France. Photo: <name>/<agency>" -> "calais X"; six, as first set, missed held-back-207's
# captions, 1.5 points at its first run).
_CREDIT_MIN_LINE_WORDS = 2


def credit_keys(lines: pa.Array, n_words: np.ndarray) -> np.ndarray:
    """Key of each line's closing credit sentence (2 to 4 normalised words with a slot,
    after a sentence of its own), 0 if none."""
    keys = np.zeros(len(lines), dtype=np.uint64)
    rows = np.flatnonzero(n_words >= _CREDIT_MIN_LINE_WORDS)
    if len(rows) == 0:
        return keys
    credit = pc.struct_field(pc.extract_regex(lines.take(pa.array(rows)), _CREDIT), "credit")
    found = credit.is_valid().to_numpy(zero_copy_only=False)
    rows = rows[found]
    if len(rows) == 0:
        return keys
    normalized = normalize_array(credit.filter(pa.array(found)))
    words = pc.split_pattern(normalized, " ")
    count = pc.list_value_length(words).to_numpy()
    slots = pc.is_in(pc.list_flatten(words), _SLOT_WORDS).to_numpy(zero_copy_only=False)
    has_slot = np.bincount(pc.list_parent_indices(words).to_numpy()[slots],
                           minlength=len(count)) > 0
    ok = (count >= 2) & (count <= _CREDIT_MAX_WORDS) & has_slot
    keys[rows[ok]] = hash_strings(normalized.filter(pa.array(ok)), seed=_CREDIT_SEED)
    return keys


def prefix_key(line: str) -> int:
    return int(prefix_keys(pa.array([line], pa.string()))[0])
