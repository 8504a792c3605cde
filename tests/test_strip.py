import numpy as np
import pyarrow as pa

from cleanpipe.schema import BODIES, CLEAN_DOCUMENTS
from cleanpipe.segment import names_site, split_lines
from cleanpipe.strip import apply_spans, cut_spans, footer_block, pictograph_lines, strip

TEXT = "Head\n\nBody one\n\nAd\n\nBody two\n\nFoot one\n\nFoot two\n"


def spans_for(text: str, flags: list[str | None]):
    lines = split_lines(text)
    return cut_spans(text, [s for s, _ in lines], [e for _, e in lines], flags)


def test_cuts_leave_no_blank_lines_and_undo_exactly():
    flags = ["h", None, "a", None, "f", "f"]
    spans = spans_for(TEXT, flags)
    assert apply_spans(TEXT, spans) == "Body one\n\nBody two\n"
    # Every span is a boilerplate line plus separators; together with the kept text they
    # tile the body.
    kept = apply_spans(TEXT, spans)
    assert len(kept) + sum(e - s for s, e, _ in spans) == len(TEXT)
    assert [TEXT[s:e].strip() for s, e, _ in spans] == ["Head", "Ad", "Foot one", "Foot two"]


def test_nothing_flagged_changes_nothing():
    assert spans_for(TEXT, [None] * 6) == []


def test_everything_flagged_gives_empty_text():
    spans = spans_for(TEXT, ["x"] * 6)
    assert apply_spans(TEXT, spans) == ""
    assert spans[0][0] == 0 and spans[-1][1] == len(TEXT)


def test_strip_table_keeps_passthrough_and_counts():
    bodies = pa.table(
        {"id": ["a", "b"], "url": [None, "http://x.com"], "publisher": ["p", "p"],
         "text": ["Keep me\nDrop me", "Only"], "file": ["f", "f"], "record": ["1", "2"],
         "lang": ["en", "fr"]},
        schema=BODIES.append(pa.field("lang", pa.string())),
    )
    segments = pa.table({"doc": pa.array([0, 0, 1], pa.int32()), "start": [0, 8, 0],
                         "end": [7, 15, 4], "cluster": ["", "00ff", None]})
    segments = segments.set_column(3, "cluster", pa.array([None, "00ff", None], pa.string()))
    out = strip(bodies, segments)
    assert out.schema.names == [*CLEAN_DOCUMENTS.names, "lang"]
    rows = out.to_pylist()
    assert rows[0]["text"] == "Keep me"
    assert rows[0]["n_chars_in"] == 15 and rows[0]["n_chars_removed"] == 8
    assert rows[0]["removed"] == [{"start": 7, "end": 15, "cluster": "00ff"}]
    assert rows[1]["text"] == "Only" and rows[1]["removed"] == [] and rows[1]["lang"] == "fr"


def footer_lines(docs: list[list[tuple[str, bool | str]]], max_words: int = 12,
                 site: str | None = None) -> list[list[str]]:
    """The lines `footer_block` adds, per document, for documents of (line, cut) pairs
    (cut "footer": cut for a decision at the tail), every document of the `site`."""
    doc = np.array([d for d, lines in enumerate(docs) for _ in lines])
    text = pa.array([line for lines in docs for line, _ in lines])
    cut = np.array([bool(c) for lines in docs for _, c in lines])
    footer = np.array([c == "footer" for lines in docs for _, c in lines])
    names = None if site is None else (
        lambda rows: names_site(text.take(pa.array(rows)), doc[rows], [site] * len(docs)))
    found = footer_block(doc, text, cut, footer, max_words, names)
    return [[line for (line, _), f in zip(lines, found[doc == d], strict=True) if f]
            for d, lines in enumerate(docs)]


def test_footer_block_takes_short_lines_inside_the_footer_only():
    read_next = [("Paragraph one.", False), ("Paragraph two ends here.", False),
                 ("Read Next", True), ("Mayor opens the new harbour bridge", False),
                 ("© 2020 Harbour Media. All rights reserved.", True)]
    # Found lines count as cut for the lines above them: a credit between footer lines.
    credit = [("Paragraph.", False), ("Support us", True), ("Photo archive", False),
              ("Subscribe", True), ("Next: Council votes on budget", False)]
    # An article's last line ends as a sentence does; a quote or a long line is kept too.
    last_paragraph = [("Paragraph.", False), ("Advertisement", True), ("He left.", False)]
    quoted = [("Paragraph.", False), ("Advertisement", True), ("“We will win”", False)]
    # A quotation's attribution closes the quotation, not another article's title.
    attributed = [("“We will win.”", False), ("Photo: AP", True),
                  ("—Nick Childs, CCO of Society", False), ("Follow us", True)]
    tweet = [("Paragraph.", False), ("Advertisement", True),
             ("— Rep. Jane Doe (@JaneDoe) November 19, 2019", False), ("Share", True)]
    long_line = [("Paragraph.", False), ("Share this", True),
                 (" ".join(["word"] * 13), False), ("Follow us", True)]
    # No cut line above it: the body's last line; a document's first line never goes.
    not_below_a_cut = [("Paragraph.", False), ("Title like line", False), ("Footer", True)]
    first_line = [("A headline", False), ("Footer", True)]
    found = footer_lines([read_next, credit, last_paragraph, quoted, attributed, tweet,
                          long_line, not_below_a_cut, first_line])
    assert found == [["Mayor opens the new harbour bridge"],
                     ["Photo archive", "Next: Council votes on budget"], [], [], [], [], [],
                     [], []]
    assert footer_lines([read_next], max_words=0) == [[]]
    assert footer_lines([read_next], max_words=5) == [[]]  # the title has six words
    # Sentences end otherwise in other scripts: Devanagari's danda, the CJK full stop.
    hindi = [("अनुच्छेद।", False), ("विज्ञापन", True), ("वह चला गया।", False)]
    chinese = [("第一段。", False), ("广告", True), ("他走了。", False)]
    title = [("第一段。", False), ("广告", True), ("市长为新桥剪彩", False), ("版权所有", True)]
    assert footer_lines([hindi, chinese, title]) == [[], [], ["市长为新桥剪彩"]]
    # ... and Khmer's khan, Myanmar's section, Tibetan's shad (`segment.punct`).
    khmer = [("កថាខណ្ឌ។", False), ("ពាណិជ្ជកម្ម", True), ("គាត់បានចាកចេញ។", False)]
    burmese = [("စာပိုဒ်။", False), ("ကြော်ငြာ", True), ("သူထွက်သွားသည်။", False)]
    tibetan = [("ཚིག་རྐང་།", False), ("ཁྱབ་བསྒྲགས", True), ("ཁོ་ཐོན་སོང་།", False)]
    assert footer_lines([khmer, burmese, tibetan]) == [[], [], []]


def test_footer_block_takes_a_notice_under_a_footer_line():
    """A notice reworded in a year only two pages carry, between lines of a footer or
    closing the page under one: cut up to 5 x max_words words. Below a mid-body insert, or
    longer (a page flattened into one line), it stays."""
    notice = "Our lobbies are open by appointment only, and the drive-ups stay open as usual."
    between = [("Paragraph.", False), ("Rates as of today", "footer"), (notice, False),
               ("Member FDIC", "footer")]
    below_an_ad = [("Paragraph.", False), ("Advertisement", True), (notice, False),
                   ("Member FDIC", "footer")]
    closing = [("Paragraph.", False), ("Rates as of today", "footer"), (notice, False)]
    # Taken bottom up: the closing notice goes, then the one above it, under the footer.
    correction = "Correction: an earlier version gave the wrong date."
    two = [("Paragraph.", False), ("Rates as of today", "footer"), (notice, False),
           ("Member FDIC", "footer"), (correction, False)]
    # Under a kept line, not under the footer: the notice and the line under it stay.
    unframed = [("Paragraph.", False), ("Member FDIC", "footer"), (notice, False),
                (correction, False)]
    after_an_ad = [("Paragraph.", False), ("Advertisement", True), (notice, False)]
    page = " ".join(["word"] * 61)
    flattened = [("Paragraph.", False), ("Rates as of today", "footer"), (page, False)]
    assert footer_lines([between, below_an_ad, closing, two, unframed, after_an_ad,
                         flattened]) == [[notice], [], [notice], [notice, correction], [], [],
                                         []]


def test_footer_block_takes_a_short_notice_opening_a_footer():
    """A one-off notice right above a footer found on every page (a tail decision), with
    only cut lines below it: cut when short and not ending as a sentence does. Above a
    mid-body insert, as a sentence, longer, or as the page's first line, it stays."""
    notice = "Parcoursup 2020 : formulez vos vœux jusqu'au 12 mars"
    opening = [("Paragraph.", False), (notice, False), ("Mentions légales | Plan du site",
                                                        "footer"), ("© ULV", "footer")]
    above_an_ad = [("Paragraph.", False), (notice, False), ("Advertisement", True)]
    sentence = [("Paragraph.", False), ("He left the town.", False), ("Mentions", "footer")]
    longer = [("Paragraph.", False), (" ".join(["word"] * 13), False), ("Mentions", "footer")]
    first_line = [(notice, False), ("Mentions légales", "footer")]
    assert footer_lines([opening, above_an_ad, sentence, longer, first_line]) == [
        [notice], [], [], [], []]


def test_footer_block_takes_a_pictograph_notice_opening_the_footer_of_a_pictured_site():
    """A one-off notice opening with a pictograph, right above the footer: cut when its
    publisher's cut lines open with pictographs (`pictured`), else it stays. Nor does a
    pictograph line with a kept line under it, or a copyright sign's line."""
    covid = "😷 COVID-19: wash your hands and keep your distance. Helpline 1075."
    opening = [("Paragraph.", False), (covid, False), ("📺 Watch us on YouTube", True)]
    mid_body = [("Paragraph.", False), (covid, False), ("Paragraph two.", False),
                ("📺 Watch us on YouTube", True)]
    copyright_line = [("Paragraph.", False), ("© Reuters", False), ("Footer", True)]
    long_line = [("Paragraph.", False), ("📷 " + " ".join(["word"] * 60), False),
                 ("Footer", True)]
    docs = [opening, mid_body, copyright_line, long_line]
    doc = np.array([d for d, lines in enumerate(docs) for _ in lines])
    text = pa.array([line for lines in docs for line, _ in lines])
    cut = np.array([bool(c) for lines in docs for _, c in lines])
    footer = np.zeros(len(cut), dtype=bool)

    def found(pictured: np.ndarray | None) -> list[list[str]]:
        taken = footer_block(doc, text, cut, footer, 12, None, pictured)
        return [[line for (line, _), f in zip(lines, taken[doc == d], strict=True) if f]
                for d, lines in enumerate(docs)]

    assert found(np.ones(len(cut), dtype=bool)) == [[covid], [], [], []]
    assert found(np.zeros(len(cut), dtype=bool)) == [[], [], [], []]
    assert found(None) == [[], [], [], []]


def test_pictograph_lines_take_one_off_notices_anywhere_on_a_pictured_site():
    """A line opening with a pictograph and a notice's words goes wherever it stands below
    the first line, on a site whose cut lines open so; not the first line (a headline),
    not a row of arrows before a link, not a line already cut, not on another site. The
    pictograph may carry its emoji form's selector, a skin tone or a joined sequence, and
    the notice may be in a script that spaces no words, after a brand written in Latin
    letters ("📺 ohkニュースは…", as `segment.keys` reads such a label); two words are no
    notice."""
    docs = [["🔴 LIVE: Storm reaches the coast", "Paragraph one.",
             "🌊 River level at Kilgram: 1.62 m, falling", "Paragraph two.",
             "⬇️⬇️⬇️ https://t.co/hopPjqa95w", "🎃 Trick-or-treating is 5:30–8pm tonight",
             "⚠️ Hail damaged vineyards in three villages", "👨‍👩‍👧 Family day at the park",
             "🙋🏽 Volunteers wanted for Saturday", "💧 自來水公司公告：明日上午停水",
             "💧 停水", "👍🏽 Like us", "📱 LINE公式アカウントで配信中", "📱 LINE公式",
             "📺 Watch us on YouTube"]]
    doc = np.zeros(len(docs[0]), dtype=np.int64)
    text = pa.array(docs[0])
    cut = np.array([False] * 14 + [True])

    def found(pictured: bool) -> list[str]:
        taken = pictograph_lines(doc, text, cut, np.full(len(cut), pictured))
        return [line for line, f in zip(docs[0], taken, strict=True) if f]

    assert found(True) == ["🌊 River level at Kilgram: 1.62 m, falling",
                           "🎃 Trick-or-treating is 5:30–8pm tonight",
                           "⚠️ Hail damaged vineyards in three villages",
                           "👨‍👩‍👧 Family day at the park", "🙋🏽 Volunteers wanted for Saturday",
                           "💧 自來水公司公告：明日上午停水", "📱 LINE公式アカウントで配信中"]
    assert found(False) == []


def test_footer_block_takes_a_notice_naming_the_site_that_opens_the_footer():
    """Reworded in a year one page carries, right above the footer found on every page:
    cut when it names the page's own site. An article's last paragraph stays."""
    paywall = "Continue reading with a Highcliff Gazette subscription: ask us about a trial."
    opening = [("Paragraph.", False), (paywall, False), ("© Sternway Media", True)]
    unnamed = [("Paragraph.", False), ("Continue reading with a subscription.", False),
               ("© Sternway Media", True)]
    mid_body = [("Paragraph.", False), (paywall, False), ("Paragraph two.", False),
                ("© Sternway Media", True)]
    alone = [(paywall, False), ("© Sternway Media", True)]  # the first line never goes
    docs = [opening, unnamed, mid_body, alone]
    assert footer_lines(docs, site="highcliffgazette") == [[paywall], [], [], []]
    assert footer_lines(docs) == [[], [], [], []]
