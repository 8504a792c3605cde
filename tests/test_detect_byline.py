"""Rule "byline" (`detect.prefix`): a bare name near the top of a publisher's pages, each
name too rare to recur (`segment.byline_keys`)."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig
from cleanpipe.detect import OCCURRENCES, detect
from cleanpipe.segment import (
    BYLINE_KEY,
    CASELESS_BYLINE_KEY,
    HEAD_DEPTH,
    byline_keys,
    prefix_key,
    slot_only_keys,
)

DATE = 50  # a date line under every headline: the head block
DATED = int(slot_only_keys(numbered=True)[0])  # a bare date's key ("0 0")


def byline_key(line: str, index: int = 1) -> int:
    return int(byline_keys(pa.array([line]), np.array([index]),
                           np.array([prefix_key(line)], dtype=np.uint64))[0])


def test_a_bare_name_near_the_top_gets_the_byline_key():
    for line in ("Kenji Moreau", "Emeka Castillo, toimetaja", "Caleb  Kowalski, reporter",
                 "By Malcolm Ramirez", "Grace McAllister", "Seán O’Neill", "Jean-Luc Martin",
                 "John F. Smith", "K. P. Menon Rao, correspondent",
                 "Yann Morvan – Gwengamp", "Irene Rasmussen | Cerdanyola del Vallès",
                 "Hiroshi Tanaka (Hungario)",
                 # A place after the comma in a script with combining marks, maybe its
                 # district in brackets.
                 "Kiran Rao, इगतपुरी", "Emma Larsen, কাহালু (বগুড়া)"):
        assert byline_key(line) == BYLINE_KEY, line
        assert byline_key(line, HEAD_DEPTH + 1) != BYLINE_KEY  # too low
        assert byline_key(line, 0) != BYLINE_KEY  # the headline
    for line in ("Overview", "BAAR, SWITZERLAND", "Story highlights", "Fort Worth 2019",
                 "Anna Maria de la Cruz", "Photo: Kenji Moreau", "Kenji Moreau said so.",
                 "J. Smith", "U.S. Army",  # initials are no name word of their own
                 # A known label's title; a headline after a bar.
                 "Also Read | North Korea watched intently",
                 "Kenji Moreau | How the city rebuilt its old harbour after the storm"):
        assert byline_key(line) != BYLINE_KEY, line


def test_a_short_name_in_a_caseless_script_gets_a_byline_key_of_its_own():
    for line in ("प्रिया श्रीवास्तव, जबलपुर", "मनोज यादव,  डिंडोरी", "കെ.പി. അനിൽകുമാർ, ദുബായ്",
                 "க. செல்வி", "കെ. പി. അനിൽകുമാർ", "తెనాలి ప్రతినిధి బి. అనురాధ",
                 "ఏలూరు ప్రతినిధి పి. లక్ష్మీ ప్రసన్న",
                 "วิไลวรรณ ศรีสุข ผู้สื่อข่าวจังหวัดน่าน", "南瀛新聞網記者陳建宏／高雄報導",
                 "〔記者陳建宏／永康報導〕", "【記者 黃雅婷／荃灣報道】", "محمد رضایی",
                 "لیلا مرادی، خبرنگار پیشگام",
                 "प्रिया श्रीवास्तव | जबलपुर", "मनोज  यादव · डिंडोरी",
                 "എം.എസ്. ഹരികൃഷ്ണൻ, ദുബായ്"):
        assert byline_key(line) == CASELESS_BYLINE_KEY, line
        assert byline_key(line, HEAD_DEPTH + 1) != CASELESS_BYLINE_KEY  # too low
    # Four words lead with their first three (unmasked); the byline key takes over.
    from cleanpipe.segment import prefix_keys
    from cleanpipe.segment.mask import normalize_array
    line = pa.array(["नर्मदा दर्पण संवाददाता, डिंडोरी"])
    assert prefix_keys(line, normalize_array(line))[0] != 0
    assert byline_keys(line, np.array([1]), prefix_keys(line, normalize_array(line)))[0] \
        == CASELESS_BYLINE_KEY
    # A sentence (its punctuation), one word (a section), a long line (a subheading).
    # Initials alone are no name.
    # A field after one word is a section's ("समाचार | राष्ट्रिय"); a credit in
    # parentheses keeps its label.
    for line in ("台南市政府今天宣布，明年起將擴大補助範圍。", "राष्ट्रीय", "記者陳建宏",
                 "【記者 黃雅婷 荃灣 今日 報道】",
                 "समाचार | राष्ट्रिय", "（圖／翻攝臉書）",
                 "ക.", "ക. പി.",
                 "प्रदेश सरकार ने किसानों के लिए नई योजना की घोषणा", "Kenji Moreau"):
        assert byline_key(line) != CASELESS_BYLINE_KEY, line


def pages(n: int, bylined: int, publisher: int = 0, above: int = 0,
          titled: bool = True, key: int = int(BYLINE_KEY), dated: bool = False,
          first: int = 0) -> list[dict]:
    """`n` pages of one publisher (numbered from `first`): a headline (unless not
    `titled`), a date line, `above` paragraphs, then a name of its own on the first
    `bylined` pages, then the body."""
    rows = []
    for d in range(first, first + n):
        doc = 1000 * publisher + d
        lines = [(100_000 + doc, 0)] if titled else []
        lines.append((DATE, 0))
        if dated:  # a date line, one cluster per two pages (a dated head label)
            lines.append((600_000 + doc // 2, 0))
        lines += [(200_000 + 10 * doc + i, 0) for i in range(above)]
        if d < first + bylined:
            lines.append((300_000 + doc, key))
        lines += [(400_000 + 10 * doc + i, 0) for i in range(4)]
        rows += [{"doc": doc, "index": i, "publisher": publisher, "cluster": c,
                  "key": DATED if 600_000 <= c < 700_000 else c, "raw_key": c, "prefix": p,
                  "frame": 0, "n_words": 2, "names_site": False}
                 for i, (c, p) in enumerate(lines)]
    return rows


def cut_names(rows: list[dict], sizes: list[int]) -> set[int]:
    table = pa.Table.from_pylist(rows, schema=OCCURRENCES)
    result = detect(table, np.array(sizes), DetectConfig())
    cut = set(table.column("cluster").to_numpy()[result.strip].tolist())
    return {c for c in cut if 300_000 <= c < 400_000}


def test_names_under_the_headline_of_enough_pages_are_cut():
    table = pa.Table.from_pylist(pages(10, 6), schema=OCCURRENCES)
    result = detect(table, np.array([10]), DetectConfig())
    assert cut_names(pages(10, 6), [10]) == {300_000 + d for d in range(6)}
    (row,) = [r for r in result.decisions.to_pylist() if r["rule"] == "byline"]
    assert (row["n_docs"], row["position"]) == (6, "head")
    # On too few pages (1 of 10 is below min_share_prefix), it is a story's own line.
    assert cut_names(pages(10, 1), [10]) == set()


def test_names_under_the_headline_of_many_pages_need_half_the_share():
    # 12 of 100 pages (0.12): below min_share_prefix, but from byline_many_docs pages on,
    # half of it is enough; 9 of 100 (fewer pages) stay, as 10 of 100 would not.
    table = pa.Table.from_pylist(pages(100, 12), schema=OCCURRENCES)
    cut = detect(table, np.array([100]), DetectConfig()).strip.sum()
    assert cut_names(pages(100, 12), [100]) == {300_000 + d for d in range(12)}
    assert cut_names(pages(100, 9), [100]) == set()
    assert cut_names(pages(100, 10), [100]) == {300_000 + d for d in range(10)}
    strict = detect(table, np.array([100]), DetectConfig(byline_many_docs=13))
    assert strict.strip.sum() == cut - 12


def test_a_name_below_lines_cut_by_any_rule_is_in_the_head():
    # Headline, date block, then a date line that recurs on two pages each (a dated head
    # label: too rare for the head block), then the name: still the head.
    assert cut_names(pages(30, 8, dated=True), [30]) == {300_000 + d for d in range(8)}


def test_a_name_below_a_paragraph_or_opening_the_page_stays():
    # Below two paragraphs, a short title-case line is a subheading.
    assert cut_names(pages(10, 6, above=2), [10]) == set()
    # The first line kept (no headline above it): where an extractor keeps a menu above
    # the headline, the headline itself may look like a name ("Bernie Behind Bars").
    assert cut_names(pages(10, 6, titled=False), [10]) == set()


def test_names_opening_pages_without_a_headline_count_but_stay():
    # 5 of 40 pages print the name under their headline (below min_share_prefix alone),
    # 3 others, without a headline, open with it: 8 of 40 print bylines. Those under a
    # headline go; those opening their page stay (it may be the headline).
    rows = pages(20, 5, key=int(CASELESS_BYLINE_KEY)) + pages(
        20, 3, titled=False, key=int(CASELESS_BYLINE_KEY), first=20)
    assert cut_names(rows, [40]) == {300_000 + d for d in range(5)}
    assert cut_names(pages(40, 5, key=int(CASELESS_BYLINE_KEY)), [40]) == set()


def test_a_line_many_publishers_print_there_is_no_byline():
    # "Story Highlights" opens a syndicated story under the dateline on each of 5 sites
    # (their first page), whose other pages carry bylines.
    rows = []
    for p in range(5):
        site = pages(10, 6, publisher=p)
        for r in site:
            if r["prefix"] and r["doc"] == 1000 * p:
                r["cluster"] = r["key"] = r["raw_key"] = 399_999
        rows += site
    names = cut_names(rows, [10] * 5)
    assert len(names) == 25 and 399_999 not in names
    assert 399_999 in cut_names([r for r in rows if r["publisher"] < 4], [10] * 4)


def test_a_caseless_byline_is_no_evidence_for_a_title_case_line():
    # A site prints bylines in Devanagari on 6 of 10 pages, and a title-case line in their
    # place on 2 others ("Story Highlights" opening a syndicated story): 6 of one kind and
    # 2 of the other, so only the Devanagari ones go.
    rows = pages(10, 8, key=int(CASELESS_BYLINE_KEY))
    for r in rows:
        if r["prefix"] and r["doc"] >= 6:
            r["prefix"] = int(BYLINE_KEY)
    assert cut_names(rows, [10]) == {300_000 + d for d in range(6)}
    # Had they one key, the 8 would go together.
    assert cut_names(pages(10, 8), [10]) == {300_000 + d for d in range(8)}
