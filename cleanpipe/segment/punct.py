"""Punctuation of the world's scripts, as the bodies of RE2 character classes.

Patterns that read a label's colon, a byline's comma or a sentence's end take these, so a
script whose marks differ from Latin's is read by every pattern at once rather than found
missing one set at a time (the Ethiopic colon, held-back-18; the Khmer colon, held-back-19).
The lists come from Unicode's names ("COLON", "COMMA", "FULL STOP") for the scripts in use
today, and from each script's usage where the name does not say it (Khmer's camnuc pii
kuuh is its colon, Myanmar's little section its comma).
"""

from __future__ import annotations

# A word's letters: letters, marks (the vowels of Thai, Devanagari and the other Indic
# scripts) and the invisible characters written inside words: the zero-width joiners of
# Persian and the Indic scripts ("ట్యాగ్‌లు", "بین‌الملل": held-back-21's Telugu labels
# were no labels without them), the zero-width space that Khmer, Burmese, Lao and Thai
# pages put between words, the word joiner and the soft hyphen; and Tibetan's tsheg, the
# mark between the syllables of its words, which are not spaced ("འབྲེལ་ཡོད་གསར་འགྱུར"
# is one label).
JOINERS = r"\x{200C}\x{200D}"
INVISIBLE = r"\x{200B}\x{2060}\x{AD}"
SYLLABLE_MARKS = r"\x{F0B}\x{F0C}"
IN_WORD = JOINERS + INVISIBLE + SYLLABLE_MARKS
LETTERS = r"\pL\pM" + IN_WORD
# A colon: Latin's; full-width, small and vertical forms (CJK); Ethiopic's colon and
# preface colon ("ተዛማጅ ዜና፦ <title>"); Khmer's ("អានបន្ថែម៖ <title>"); Mongolian's;
# Syriac's colons; Bamum's; the ratio sign and the modifier colon, typed for a colon;
# Tibetan's shad, which Tibetan writes after a label where others write a colon ("པར།
# <credit>"); the full-width equals sign, which Japanese writes after a credit's label
# ("写真＝<source>": held-back-68, at its first run, missed it on 22 of a publisher's
# 148 pages).
COLONS = (
    r"\x{FF1D}\x{F0D}:\x{FF1A}\x{FE55}\x{FE13}\x{1365}\x{1366}\x{17D6}\x{1804}\x{703}-\x{709}\x{A6F4}"
    r"\x{2236}\x{A789}"
)
# A comma: Latin's; Arabic's; CJK's full-width, half-width, small and enumeration commas;
# Armenian's; Ethiopic's; Mongolian's and Manchu's; N'Ko's; Lisu's; Vai's; Bamum's;
# Myanmar's little section.
COMMAS = (
    r",\x{60C}\x{FF0C}\x{3001}\x{FF64}\x{FE50}\x{FE51}\x{55D}\x{1363}\x{1802}\x{1808}"
    r"\x{7F8}\x{A4FE}\x{A60D}\x{A6F5}\x{104A}"
)
# A sentence's end: Latin's full stop, marks and ellipsis; the danda and double danda
# (Devanagari, Bengali and the other Indic scripts); Armenian's full stop; CJK's full
# stops and full-width marks; Arabic's question mark and Urdu's full stop; Ethiopic's full
# stop, question and exclamation marks; Khmer's khan and bariyoosan; Myanmar's section;
# Mongolian's and Manchu's full stops; Tibetan's shad; Sinhala's kunddaliya; Syriac's end
# of paragraph and full stops; Greek's question mark.
SENTENCE_ENDS = (
    r".!?\x{2026}\x{964}\x{965}\x{589}\x{3002}\x{FF0E}\x{FF61}\x{FE52}\x{FF01}\x{FF1F}"
    r"\x{61F}\x{6D4}\x{1362}\x{1367}\x{1368}\x{17D4}\x{17D5}\x{104B}\x{1803}\x{1809}"
    r"\x{F0D}\x{F0E}\x{DF4}\x{700}-\x{702}\x{37E}"
)
# The scripts that space no words (Chinese, Japanese, Thai, Lao, Khmer, Burmese, Tibetan),
# as the inside of an RE2 character class.
UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
# A pictograph, as an RE2 character class: a symbol (\p{So}) but not
# the copyright-like signs © ® ℗ ™, which open credits, not notices.
PICTOGRAPH = r"[^\x{A9}\x{AE}\x{2117}\x{2122}\P{So}]"
# ... with what an emoji's sequence carries after it: variation selectors (the emoji
# form of "⚠️", "🗳️", "⛴️"), joiners, skin tones, more pictographs.
PICTOGRAPH_SEQUENCE = PICTOGRAPH + r"[\x{FE0E}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}\p{So}]*"
# Six letters of a script that spaces no words, in one run without spaces ("公式アカウント",
# "LINE公式アカウントで"): a notice's words after a pictograph, where a spaced script would
# have three words.
UNSPACED_WORDS = rf"(?:\S*?[{UNSPACED}]){{6}}"
