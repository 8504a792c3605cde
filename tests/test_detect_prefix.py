import numpy as np
import pyarrow as pa

from cleanpipe.config import DetectConfig, SegmentConfig
from cleanpipe.detect import OCCURRENCES, detect
from cleanpipe.segment import KIND_BITS, KNOWN_BIT, LEAD_BIT, TRAIL_BIT, prefix_key, segment
from cleanpipe.segment.keys import prefix_keys
from cleanpipe.segment.mask import normalize_array

# A label that is a template only where it recurs ("Related:" is known: see below).
RELATED, Q, ANALYSIS = prefix_key("Photos: a b"), prefix_key("Q: a b"), prefix_key("Analysis: a b")


def table(docs: list[list[tuple[int, int]]], words: dict[int, int] | None = None) -> pa.Table:
    """docs: per document, (cluster, prefix) per line; every cluster id unique but the
    ones given twice. words: normalised words per cluster, 10 for those not given."""
    rows = []
    for d, lines in enumerate(docs):
        for i, (c, prefix) in enumerate(lines):
            rows.append({"doc": d, "index": i, "publisher": 0, "cluster": c, "key": c,
                         "raw_key": c, "prefix": prefix, "frame": 0,
                         "n_words": (words or {}).get(c, 10)})
    return pa.Table.from_pylist(rows, schema=OCCURRENCES)


def body(d: int, n: int = 4) -> list[tuple[int, int]]:
    return [(10_000 + 100 * d + i, 0) for i in range(n)]


def test_prefix_key_needs_a_short_label_and_a_rest():
    assert prefix_key("Related: Ferry timetable changes") == prefix_key("related: Other  title")
    # One word after the label is enough ("Lees ook: 54885", a broken link's id); none is not.
    assert prefix_key("Photos: 54885") == RELATED
    assert prefix_key("Related:") == prefix_key("Related:   ") == 0
    assert prefix_key("At 10:45 the bus left") == 0
    assert prefix_key("See https://example.org/a b c") == 0
    assert prefix_key("The minister of the interior said: we will act") == 0  # long label


def test_a_labels_month_or_weekday_is_a_slot():
    # "Zaaikalender <month>: <what to sow>" is one label all year (held-back-223, at its
    # first run, missed 1.5 points of such lines); other labels keep their words.
    keys = prefix_keys(pa.array([
        "Zaaikalender augustus: groenbemesters en winteruien",
        "Zaaikalender januari: binnen paprika en peper zaaien",
        "Tip van de maand mei: dun de worteltjes uit",
        "Tip van de maand oktober: zet de dahliaknollen droog",
        "Related: Storm closes the harbour",
        "Read more: Storm closes the harbour",
    ])).tolist()
    assert keys[0] == keys[1] != 0 and keys[2] == keys[3] != 0
    assert len({keys[0], keys[2], keys[4], keys[5]}) == 4


def test_related_lines_with_different_titles_are_a_template():
    docs = [[*body(d)[:2], (500 + d, RELATED), *body(d)[2:]] for d in range(10)]
    result = detect(table(docs), np.array([10]), DetectConfig())
    (row,) = result.decisions.to_pylist()
    assert row["rule"] == "prefix-template" and row["cluster"] == RELATED
    assert row["n_docs"] == 10 and row["position"] == "middle"
    strip = result.strip.reshape(10, 5)
    assert strip[:, 2].all() and strip.sum() == 10
    assert (result.cluster.reshape(10, 5)[:, 2] == RELATED).all()


def test_a_label_mid_body_needs_less_share_than_a_sentences_first_words():
    # On 3 of 20 pages, mid-body: enough for a label (min_share_prefix), not for the same
    # first words of a sentence (LEAD_BIT: a stock phrase's or a quote's, min_share_middle).
    sentence = pa.array(["He said that the council would vote on the plan next week"])
    lead = int(prefix_keys(sentence, normalize_array(sentence))[0])
    assert lead & LEAD_BIT

    def cut(prefix: int, cfg: DetectConfig) -> int:
        docs = [[*body(d)[:2], *([(500 + d, prefix)] if d < 3 else []), *body(d)[2:]]
                for d in range(20)]
        return int(detect(table(docs), np.array([20]), cfg).strip.sum())

    assert cut(RELATED, DetectConfig()) == 3
    assert cut(RELATED, DetectConfig(min_share_prefix=0.2)) == 0
    assert cut(lead, DetectConfig()) == 0
    assert cut(lead, DetectConfig(min_share_middle=0.15)) == 3


def test_a_label_on_many_pages_needs_only_the_edge_share_mid_body():
    # "Watch: <title>" mid-body on 12 of 148 pages (8%, below `min_share_prefix`): an
    # insert, as a wordy line on `wordy_many_docs` pages is; not on 12 of 500 (below
    # `min_share`), on 5 of 60, or with the rule off.
    def cut(pages: int, n: int, cfg: DetectConfig | None = None) -> int:
        docs = [[*body(d)[:2], *([(500 + d, RELATED)] if d < pages else []), *body(d)[2:]]
                for d in range(n)]
        return int(detect(table(docs), np.array([n]), cfg or DetectConfig()).strip.sum())

    assert cut(12, 148) == 12
    assert cut(12, 500) == cut(5, 60) == 0
    assert cut(12, 148, DetectConfig(wordy_many_docs=0)) == 0


def test_a_label_of_short_lines_needs_min_docs_pages_whatever_their_share():
    # "Photos: <source>" on 3 of 40 pages, mid-body (7.5%, below `min_share_prefix`): a
    # credit's label when every line of it is short, not when one runs to a sentence.
    def cut(words: list[int], cfg: DetectConfig) -> int:
        docs = [[*body(d)[:2], *([(500 + d, RELATED)] if d < len(words) else []),
                 *body(d)[2:]] for d in range(40)]
        sizes = {500 + d: n for d, n in enumerate(words)}
        return int(detect(table(docs, sizes), np.array([40]), cfg).strip.sum())

    assert cut([3, 4, 8], DetectConfig()) == 3
    assert cut([3, 4, 9], DetectConfig()) == 0
    assert cut([3, 4], DetectConfig()) == 0  # two pages: too few
    assert cut([3, 4, 8], DetectConfig(short_label_max_words=0)) == 0
    # Held to the label rule's other bounds: not mostly at the top of pages.
    docs = [[(500 + d, RELATED), *body(d)] for d in range(3)] + [body(d) for d in range(3, 40)]
    result = detect(table(docs, {500 + d: 3 for d in range(3)}), np.array([40]), DetectConfig())
    assert result.strip.sum() == 0


def test_a_pictograph_label_needs_only_the_edge_share_and_may_stand_under_the_headline():
    # "💵 Rates: <rates>" on 3 of 40 pages (7.5%): below the label share, above the edge
    # share (`min_share`); two pages suffice. Under the headline (line 1), not only mid-body; a word
    # label there is a headline formula's place and stays.
    rates = prefix_key("💵 Rates: USD 2,1143")
    assert rates != prefix_key("Rates: USD 2,1143")

    def cut(prefix: int, at: int, pages: int = 3, n: int = 40) -> int:
        docs = [[*body(d)[:at], *([(500 + d, prefix)] if d < pages else []), *body(d)[at:]]
                for d in range(n)]
        return int(detect(table(docs), np.array([n]), DetectConfig()).strip.sum())

    assert cut(rates, 2) == 3 and cut(rates, 1) == 3
    assert cut(RELATED, 2) == 0
    # Opening the page it is the top, as any label.
    assert cut(rates, 0) == 0
    # Two pages are enough for it (with the share: 2 of 20), not for a word label.
    assert cut(rates, 2, pages=2, n=20) == 2
    assert cut(RELATED, 2, pages=2, n=10) == 0
    assert cut(rates, 2, pages=2, n=80) == 0  # 2.5%: below the edge share


def test_a_pictograph_label_another_publisher_templates_goes_on_one_page():
    """"🐋 Today: <sightings>" on 3 of 20 pages of one publisher (a template there) and on
    one page of a sister site: it goes there too; a word label on one page stays, and
    so does the pictograph's line once more than `max_network_publishers` print it."""
    whales = prefix_key("🐋 Today: 2 humpback whales")

    def cut_on_the_sister(prefix: int, others: int = 0) -> bool:
        docs, publisher = [], []
        for d in range(20):  # the publisher that templates it
            docs.append([*body(d)[:2], *([(500 + d, prefix)] if d < 3 else []),
                         *body(d)[2:]])
            publisher.append(0)
        for p in range(1, 2 + others):  # the sister (and others) on one page of five
            for d in range(5):
                n = len(docs)
                docs.append([*body(n)[:2], *([(500 + n, prefix)] if d == 0 else []),
                             *body(n)[2:]])
                publisher.append(p)
        rows = table(docs)
        rows = rows.set_column(2, "publisher", pa.array(
            [publisher[d] for d in rows.column("doc").to_pylist()], pa.int32()))
        result = detect(rows, np.bincount(publisher), DetectConfig())
        return bool(result.strip[np.asarray(rows.column("doc")) == 20].any())

    assert cut_on_the_sister(whales)
    assert not cut_on_the_sister(prefix_key("Photos: 2 humpback whales"))
    assert not cut_on_the_sister(whales, others=DetectConfig().max_network_publishers)


def test_a_writers_label_is_a_byline_even_above_the_headline():
    """"Reporter: <name>" lines opening 10 pages (above the headline) and second on 10
    more: no headline opens so, and they go; "Analysis: <title>" printed the same way
    is a headline formula and stays."""
    from cleanpipe.segment import is_writer, prefix_keys

    lines = pa.array(["Reporter: Ana Ruiz | Madrid", "প্ৰতিবেদক: নিৰ্মালী দাস | তেজপুৰ",
                      "Тэкст: Наталля Шыманская", "رپورٹ: Jamal Dalton، ساندل بار خبراں",
                      "Analysis: A title", "Photos: A title"])
    assert is_writer(prefix_keys(lines, normalize_array(lines))).tolist() == [
        True, True, True, True, False, False]
    reporter = prefix_key("Reporter: Ana Ruiz | Madrid")

    def cut(prefix: int) -> int:
        docs = [[(600 + d, prefix), *body(d)] if d < 10 else [(900 + d, 0), (600 + d, prefix),
                                                               *body(d)] for d in range(20)]
        rows = table(docs)
        strip = detect(rows, np.array([20]), DetectConfig()).strip
        return len(set(rows.column("cluster").to_numpy()[strip].tolist()) & set(
            range(600, 620)))

    assert cut(reporter) == 20
    assert cut(ANALYSIS) == 0


def test_interview_questions_and_headline_formulas_are_content():
    interviews = [[*body(d, 1), *[(700 + 10 * d + k, Q) for k in range(6)]] for d in range(10)]
    assert detect(table(interviews), np.array([10]), DetectConfig()).decisions.num_rows == 0
    headlines = [[(900 + d, ANALYSIS), *body(d)] for d in range(10)]
    assert detect(table(headlines), np.array([10]), DetectConfig()).decisions.num_rows == 0


def test_a_label_below_the_headline_in_the_head_block_is_no_headline_formula():
    # "Desk: <name>" under a date line on 30 pages: 24 pages name one of 3 frequent
    # authors (those lines recur: the head block), 6 a rare one each.
    author = prefix_key("Desk: Sara")

    def docs(titled: bool) -> list:
        pages = []
        for d in range(30):
            name = 70 + d % 3 if d < 24 else 800 + d
            head = [(60, 0), (name, author)]
            pages.append([*([(900 + d, 0)] if titled else []), *head, *body(d)])
        return pages
    result = detect(table(docs(titled=True)), np.array([30]), DetectConfig())
    rows = table(docs(titled=True))
    cut = set(rows.column("cluster").to_numpy()[result.strip].tolist())
    assert {800 + d for d in range(24, 30)} <= cut and 900 not in cut
    # With no headline kept above them, the label lines are the page's top: a headline
    # formula's place.
    result = detect(table(docs(titled=False)), np.array([30]), DetectConfig())
    cut = set(table(docs(titled=False)).column("cluster").to_numpy()[result.strip].tolist())
    assert not {800 + d for d in range(24, 30)} & cut


def test_a_tag_line_right_under_the_headline_is_a_template():
    # "Region: <regions>" on the second line of ten pages, each with other regions: only
    # the first line is a headline formula's place (held-back-41's "Region:"/"Theme:").
    region = prefix_key("Region: Europe")
    pages = [[(900 + d, 0), (700 + d, region), *body(d)] for d in range(10)]
    result = detect(table(pages), np.array([10]), DetectConfig())
    cut = set(table(pages).column("cluster").to_numpy()[result.strip].tolist())
    assert {700 + d for d in range(10)} <= cut
    assert not {900 + d for d in range(10)} & cut
    # A mid-body template's label opening a page, its first line, is a headline formula.
    pages = [[*body(d, 10)[:7], (700 + d, region), *body(d, 10)[7:]] for d in range(8)] + [
        [(700 + d, region), *body(d)] for d in range(8, 10)]
    result = detect(table(pages), np.array([10]), DetectConfig())
    cut = set(table(pages).column("cluster").to_numpy()[result.strip].tolist())
    assert {700 + d for d in range(8)} <= cut and not {708, 709} & cut


def test_rare_label_is_not_a_template():
    docs = [[*body(d)[:2], (500 + d, RELATED if d < 1 else 0), *body(d)[2:]] for d in range(10)]
    assert detect(table(docs), np.array([10]), DetectConfig()).decisions.num_rows == 0


def test_lines_the_main_rules_strip_count_for_their_label():
    # "Image: <credit>" in 11 of 40 documents: one credit recurs (a cluster in 9, 22%,
    # stripped by the publisher rule), two others once each. Alone, those two are 2 of 40
    # documents; with the stripped ones the label is in 11, so they go too.
    image = prefix_key("Image: a b")
    docs = []
    for d in range(40):
        credit = [(77, image)] if d < 9 else [(600 + d, image)] if d < 11 else []
        docs.append([*body(d)[:2], *credit, *body(d)[2:]])
    result = detect(table(docs), np.array([40]), DetectConfig())
    clusters = table(docs).column("cluster").to_numpy()
    assert result.strip[(clusters == 77) | (clusters == 609) | (clusters == 610)].all()
    assert result.strip.sum() == 11


def test_two_documents_suffice_for_a_small_publishers_closing_label():
    more = prefix_key("More from: a b")
    # A publisher of 6 documents: "More from <Site>: <title>" closes 2 of them.
    docs = [[*body(d), *([(500 + d, more)] if d < 2 else [])] for d in range(6)]
    result = detect(table(docs), np.array([6]), DetectConfig())
    assert result.strip.sum() == 2
    # Mid-body, or in a publisher where two documents are a small share, it stays.
    docs = [[*body(d)[:2], *([(500 + d, more)] if d < 2 else []), *body(d)[2:]]
            for d in range(6)]
    assert not detect(table(docs), np.array([6]), DetectConfig()).strip.any()
    docs = [[*body(d), *([(500 + d, more)] if d < 2 else [])] for d in range(24)]
    assert not detect(table(docs), np.array([24]), DetectConfig()).strip.any()


def test_a_label_whose_lines_are_all_stripped_already_makes_no_decision():
    image = prefix_key("Image: a b")
    docs = [[*body(d)[:2], *([(77, image)] if d < 12 else []), *body(d)[2:]] for d in range(40)]
    result = detect(table(docs), np.array([40]), DetectConfig())
    assert result.decisions.column("rule").to_pylist() == ["publisher"]
    assert result.strip.sum() == 12


def test_a_label_closing_its_documents_needs_only_the_edge_share():
    """"Originally published at: <title>" closing 3 of 30 documents (10%): below the
    mid-body share, enough at the end; mid-body the same lines stay."""
    tayang = prefix_key("Originally published at: a b")
    closing = [[*body(d), *([(500 + d, tayang)] if d < 3 else [])] for d in range(30)]
    result = detect(table(closing), np.array([30]), DetectConfig())
    (row,) = result.decisions.to_pylist()
    assert row["cluster"] == tayang and row["position"] == "tail"
    assert result.strip.sum() == 3
    middle = [[*body(d)[:2], *([(500 + d, tayang)] if d < 3 else []), *body(d)[2:]]
              for d in range(30)]
    assert detect(table(middle), np.array([30]), DetectConfig()).decisions.num_rows == 0


def test_a_label_may_end_with_a_no_break_space_before_its_colon():
    assert prefix_key("À lire aussi\xa0: Un titre ici") == prefix_key("À lire aussi : Autre titre")
    assert prefix_key("À lire aussi\u202f: Un titre ici") == prefix_key("à lire aussi: x y")


def test_a_label_may_follow_symbols_and_end_with_a_spaced_dash_bar_or_arrow():
    assert prefix_key("➡️ Leia também: Um título") == prefix_key("Leia também: Outro título aqui")
    assert prefix_key("» Read more: a b") == prefix_key("Read more: c d")
    assert prefix_key("See also — Jonathan Lethem") == prefix_key("See also – Another one")
    assert prefix_key("See also — 30279001.html") == prefix_key("See also – Another one")
    assert prefix_key("Well-known—and hyphenated words stay") == 0  # an unspaced dash
    assert prefix_key("Leggi anche › Un titolo") == prefix_key("Leggi anche › Altro titolo")
    assert prefix_key("Read more » Title here") == prefix_key("Read more: Other title")
    assert prefix_key("Also Read | A tour of it") == prefix_key("ALSO READ: Why it matters")
    assert prefix_key("ALSO READ >> #Tag: A tour") == prefix_key("Also read: Why it matters")
    assert prefix_key("Read more -> A tour") == prefix_key("Read more => Why it matters")
    # Any spaced symbol, bullet or middle dot ends a label; a spaced hyphen does not (a
    # sentence's aside), nor sentence punctuation.
    assert prefix_key("Foto • Ana Lopes") == prefix_key("Foto ★ Arquivo") == prefix_key("Foto: x")
    assert prefix_key("Foto · Ana Lopes") == prefix_key("Foto ~ Arquivo") != 0
    assert prefix_key("Well - that was a surprise") == prefix_key("Well , that was it") == 0
    # An emoji arrow, with its variation selector, ends a label as an arrow does.
    assert prefix_key("Читайте також ➡️ Назва") == prefix_key("Читайте також: Інша") != 0
    assert prefix_key("Read more ➡ A tour") == prefix_key("Read more: Why it matters")


def test_a_section_label_is_one_label_whatever_the_section_and_a_known_one():
    # "Also in <section>: <title>": each section's label alone is too rare to show.
    science = prefix_key("Also in Science: The vw id space vizzion is a weird wagon")
    assert science == prefix_key("Also in Comment: Skajrim skorost bega") == prefix_key(
        "ALSO IN Student Life: A title") != 0
    assert prefix_key("Más en Deportes: El club gana") == prefix_key("Más en Cultura: Otro")
    assert science & KIND_BITS == KNOWN_BIT
    # Not a known label's own words ("Also in this issue"), nor another label with a name.
    assert prefix_key("Also in this issue: A title") not in (0, science)
    assert prefix_key("Statement from Apple: We regret it") != prefix_key(
        "Statement from Google: We regret it")
    # A sentence with a comma is no label.
    assert prefix_key("Also in Paris, police said: more arrests") == 0


def test_a_photo_credit_without_a_colon_is_labelled_by_its_photo_word():
    assert prefix_key("Photo archives") == prefix_key("PHOTO SÛRETÉ DU QUÉBEC") == prefix_key(
        "Photo / Fiona Abbott") == prefix_key("Photo: AFP") != 0
    assert prefix_key("Foto Reuters") == prefix_key("Foto: Reuters") != 0
    # Not a sentence that opens with the word, nor the word alone.
    assert prefix_key("Photo") == 0
    assert prefix_key("Photos show the damage the storm did across the region, officials said") == 0


def test_a_short_credit_in_parentheses_is_labelled_by_its_first_word():
    assert prefix_key("(Foto d'archivio)") == prefix_key("(Foto Vigili del fuoco)") != 0
    assert prefix_key("[Foto Ansa]") == prefix_key("(Foto Ansa)")
    # A slash or colon may end the label, and the brackets may be full-width.
    assert prefix_key("（圖／民眾提供）") == prefix_key("（圖／台南市政府提供）") != 0
    assert prefix_key("(Photo/Reuters)") == prefix_key("(Photo / Getty Images)") != 0
    assert prefix_key("(1/2)") == 0
    # A wire credit is longer; one word is no label and its rest; "(With inputs from
    # PTI)" leads with its first three words instead; a line going on after it is prose.
    for line in ("(Reporting by Steve Holland; Editing by Dan Grebler)", "(Laughter)",
                 "(With inputs from PTI)", "(Foto Ansa) The mayor spoke."):
        assert prefix_key(line) == 0, line


def test_a_label_may_be_written_with_combining_marks():
    # Thai and the Indic scripts write vowels as combining marks, not letters.
    assert prefix_key("ขอบคุณภาพ: อบจ.น่าน") == prefix_key("ขอบคุณภาพ: เพจประชาสัมพันธ์") != 0
    assert prefix_key("यह भी पढ़ें: कुछ नया") & KIND_BITS == KNOWN_BIT
    assert prefix_key("अधिक जानकारी » विवरण") == prefix_key("अधिक जानकारी: और") != 0


def test_a_label_may_be_one_word_and_a_number():
    assert prefix_key("Figure 1: Plan view of the drill holes") == prefix_key(
        "Figure 3: Cross-section with assays") != 0
    assert prefix_key("Table 2: Results") == prefix_key("Table 10: More") != prefix_key(
        "Figure 1: Plan view")
    # Two words and a number are a title's ("Gran Turismo 6: <subtitle>"), and after an
    # opening symbol the symbol stays the label.
    assert prefix_key("Gran Turismo 6: The empire strikes back") == 0
    assert prefix_key("» Gran Turismo 6: The empire") == prefix_key("» Another title here")
    assert prefix_key("» Windows 10: a review") == prefix_key("» Another title here")


def test_a_spaced_hyphen_ends_a_caseless_or_known_label_only():
    assert prefix_key("ဆက်စပ်သတင်း - Apple unveils") == prefix_key("ဆက်စပ်သတင်း - iPad") != 0
    assert prefix_key("Read more - A title") == prefix_key("READ MORE: Another") != 0
    # In a cased script: a dateline's, an aside's.
    for line in ("WASHINGTON - FBI agents arrested a worker", "Reporting from Washington -- The",
                 "Photo - Ana Lopes", "Фото - Анна"):
        assert prefix_key(line) == 0, line
    # Dots or an ellipsis end a label likewise ("اقرأ أيضا.. <title>"), not a sentence's
    # first words ("Well... that was a surprise").
    assert prefix_key("اقرأ أيضا.. عنوان") == prefix_key("اقرأ أيضا: عنوان آخر") != 0
    assert prefix_key("Read more… A tour") == prefix_key("Read more... Why") == prefix_key(
        "Read more: Other") != 0
    assert prefix_key("Well... that was a surprise") == prefix_key("Oh… that") == 0
    # The hyphen may follow the label's last word unspaced ("ये भी पढ़ें- <title>").
    assert prefix_key("ये भी पढ़ें- EU Admits") == prefix_key("ये भी पढ़ें - Paul Ryan") != 0
    assert prefix_key("Also read- A title") & KIND_BITS == KNOWN_BIT
    assert prefix_key("WASHINGTON- FBI agents arrested") == prefix_key("Smith- the man") == 0


def test_a_credits_abbreviation_ends_a_label():
    """"fot. <credit>": the abbreviation's dot ends it; "사진=<source>": the equals sign ends
    a Korean credit's word. Only a credit's, not any word before a dot or an equals sign
    ("[<site>=<column>] <paragraph>")."""
    assert prefix_key("fot. archiwum") == prefix_key("Fot. Anna Nowak") != 0
    assert prefix_key("Dr. Ana Ruiz said the drug works") == prefix_key("St. Louis won") == 0
    assert prefix_key("/사진=연합뉴스") == prefix_key("[사진=광주시 제공]") == prefix_key(
        "사진 = 영산강신문 DB") != 0
    assert prefix_key("写真＝共同通信") == prefix_key("写真＝ロイター") != 0
    assert prefix_key("[Site=Column] A paragraph of the column") == 0
    # A known label's dot ends it too, as Flemish sites write it; not another word's.
    assert prefix_key("LEES OOK. ESM and banks") == prefix_key("Lees ook: Other") != 0
    assert prefix_key("LEES OOK. A title") & KIND_BITS == KNOWN_BIT
    assert prefix_key("Mr. Smith said the plan works") == prefix_key("Breaking. News") == 0
    assert prefix_key("… keep reading. I'm about to show you") == 0


def test_a_square_bracket_closes_a_label_and_a_dot_separates_a_credit():
    """"[관련기사] <title>" as the Korean press writes it; "（写真・<source>）" as the
    Japanese does."""
    assert prefix_key("[관련기사] Microsoft admits to it") == prefix_key("관련기사: 다른 제목") != 0
    assert prefix_key("[관련기사] 40651467") & KIND_BITS == KNOWN_BIT
    assert prefix_key("（写真・共同）") == prefix_key("（写真・本紙）") != 0
    assert prefix_key("[엔터미디어=정덕현의 이슈공감] 엘제이의 리벤지인가") == 0


def test_east_asian_closing_brackets_end_a_label_and_a_symbol_may_touch_one():
    """"［関連］<title>", "相關新聞》<title>", "〔関連〕<title>" as the Japanese and Chinese
    press write them; "《人民日报》<sentence>" names a paper, no label. A known label right
    after a symbol ("▶関連記事 <title>") is that label, even in a lead's long line."""
    assert prefix_key("［関連］Audi e-tron revealed") == prefix_key("関連: Other") != 0
    assert prefix_key("相關新聞》Lexus wants you") == prefix_key("相關新聞：別的") != 0
    assert prefix_key("〔関連〕Audi e-tron revealed") == prefix_key("関連: Other")
    assert prefix_key("《人民日报》报道说，今年经济增长") == 0
    related = prefix_key("関連記事：House Majority Leader Confirms")
    assert prefix_key("▶関連記事 Impeachment sham debunked") == related != 0
    assert related & KIND_BITS == KNOWN_BIT
    lines = pa.array(["▶関連記事 Impeachment sham completely debunked at the white house today"])
    assert list(prefix_keys(lines, normalize_array(lines))) == [related]
    assert prefix_key("▶日本の経済 Impeachment sham debunked") != related  # not a known label


def test_zero_width_joiners_are_letters_of_a_labels_word():
    tags = prefix_key("ట్యాగ్\u200cలు: అమరావతి, ప్రకాశం")
    assert tags == prefix_key("ట్యాగ్\u200cలు: విజయవాడ") != 0
    assert prefix_key("سرویس: بین\u200cالملل") == prefix_key("سرویس: اقتصادی") != 0
    assert prefix_key("(عکس\u200cها: ایرنا)") != 0
    # A zero-width space between Khmer words, a soft hyphen: a known label still.
    for line in ("អាន\u200bបន្ថែម៖ ចំណងជើង", "Le\u00adsen Sie auch: Ein Titel"):
        assert prefix_key(line) & KIND_BITS == KNOWN_BIT, line


def test_a_hyphen_or_dash_between_letters_joins_a_labels_word():
    assert prefix_key("L–R: Sarah Dunne, Kwame Asante") == prefix_key("L-R: Beth Ryland") != 0
    assert prefix_key("E-mail: desk@example.org") == prefix_key("E-mail: news@example.org") != 0
    assert prefix_key("Read more / Lees-ook: a") == prefix_key("Read more / Leesook: b") != 0
    # The pipeline's lines come in chunks.
    lines = ["E-mail: desk@example.org", "Paragraph.", "L–R: Beth Ryland", "Read more: x"]
    chunked = pa.chunked_array([lines[:2], lines[2:]])
    assert list(prefix_keys(chunked)) == list(prefix_keys(pa.array(lines)))
    assert list(prefix_keys(chunked)) == [prefix_key(line) for line in lines]
    # Not a spaced dash, and not in a long line's text beyond the label.
    assert prefix_key("Read more – A well-known title") == prefix_key("Read more: Other")


def test_a_label_may_be_spaced_twice():
    # A small edit; the key is the label's once spaced.
    assert prefix_key("Léigh  freisin: Teideal") == prefix_key("Léigh freisin: Eile") != 0
    assert prefix_key("» Value   of the week: A") == prefix_key("Value of the week: B")
    assert prefix_key("Read  more: a title") & KIND_BITS == KNOWN_BIT
    assert prefix_key("Home  ›  News › A title") == prefix_key("Home › News › Another")


def test_a_label_may_end_with_the_colon_of_its_script():
    # Armenian writes its comma where English writes the colon of "Photo: <credit>".
    assert prefix_key("Լուսանկարը՝ հեղինակի արխիվ") == prefix_key("Լուսանկարը՝ Արմեն Պետրոսյան")
    assert prefix_key("相关阅读：北京的新闻") == prefix_key("相关阅读：上海")
    assert prefix_key("【相关阅读】北京的新闻") == prefix_key("相关阅读：上海")
    assert prefix_key("Լուսանկարը, հեղինակի արխիվ") == 0  # a comma is no label's end
    # Ethiopic's preface colon and colon.
    assert prefix_key("ተዛማጅ ዜና፦ Carbon voting") == prefix_key("ተዛማጅ ዜና፥ New cars") != 0
    assert prefix_key("ተዛማጅ ዜና፦ Carbon voting") & KIND_BITS == KNOWN_BIT
    assert prefix_key("קראו עוד: כותרת") & KIND_BITS == KNOWN_BIT
    # Khmer's colon, Mongolian's, the small and the vertical forms (`segment.punct`).
    assert prefix_key("អានបន្ថែម៖ macOS update") == prefix_key("អានបន្ថែម៖ ព័ត៌មាន") != 0
    assert prefix_key("ᠮᠡᠳᠡᠭᠡ᠄ ᠭᠠᠷᠴᠠᠭ") == prefix_key("ᠮᠡᠳᠡᠭᠡ᠄ ᠪᠤᠰᠤᠳ") != 0
    small, vertical = prefix_key("相关阅读﹕北京"), prefix_key("相关阅读︓上海")
    assert small == vertical == prefix_key("相关阅读：上海")
    assert prefix_key("(Photo៖ Reuters)") == prefix_key("(Photo: AFP)") != 0
    # Japanese writes a full-width equals sign after a credit's label: "写真＝<source>".
    assert prefix_key("写真＝気仙沼市提供") == prefix_key("写真：読者提供") != 0
    # Tibetan writes a shad after a label, and a tsheg between the syllables of its words.
    related = prefix_key("འབྲེལ་ཡོད་གསར་འགྱུར། Auditors: GM can survive")
    assert related == prefix_key("འབྲེལ་ཡོད་གསར་འགྱུར། ཁ་བྱང་གཞན") != 0
    assert prefix_key("པར། ཡིག་ཚགས་པར") == prefix_key("པར། བཙན་བྱོལ་གསར་འགྱུར") not in (0, related)
    assert prefix_key("ཁོ་ཐོན་སོང་།") == 0  # a sentence's end, nothing after it
    # Khmer's full stop is no colon.
    assert prefix_key("អានបន្ថែម។ macOS update") != prefix_key("អានបន្ថែម៖ macOS update")


def test_a_label_confirmed_by_other_publishers_needs_two_documents():
    """"Related:" is a template for publishers 0 and 1; publisher 2 has it in 2 of 10
    documents, mid-body (below every share): a template there too. With one document, or
    without the confirming publishers, it stays."""
    rows = []
    d = 0

    def add(publisher: int, lines: list[tuple[int, int]]) -> None:
        nonlocal d
        for i, (c, prefix) in enumerate(lines):
            rows.append({"doc": d, "index": i, "publisher": publisher, "cluster": c,
                         "key": c, "raw_key": c, "prefix": prefix, "frame": 0, "n_words": 10})
        d += 1

    def corpus(confirming: bool, in_docs: int) -> pa.Table:
        nonlocal d
        rows.clear()
        d = 0
        for publisher in (0, 1):
            for _ in range(10):
                label = [(900_000 + d, RELATED)] if confirming else []
                add(publisher, [*body(d)[:2], *label, *body(d)[2:]])
        for k in range(10):
            label = [(900_000 + d, RELATED)] if k < in_docs else []
            add(2, [*body(d)[:2], *label, *body(d)[2:]])
        return pa.Table.from_pylist(rows, schema=OCCURRENCES)

    def cut(table: pa.Table) -> set[int]:
        result = detect(table, np.array([10, 10, 10]), DetectConfig())
        return set(result.decisions.column("publisher").to_pylist())

    assert cut(corpus(True, 2)) == {0, 1, 2}
    assert cut(corpus(True, 1)) == {0, 1}
    assert cut(corpus(False, 2)) == set()


def test_a_short_label_many_publishers_template_is_a_credit_on_one_page():
    """"Foto: <credit>" is a template for `min_publishers` publishers; one more prints it
    on one of its ten pages, below the headline: it goes there. It stays when one fewer
    publisher templates it, when the line is long (a sentence, not a credit) and when it
    opens the page (a headline formula)."""
    foto = prefix_key("Foto: Ana Ruiz")
    bar = DetectConfig().min_publishers

    def cut_on_one_page(templating: int, words: int = 3, at: int = 2) -> bool:
        docs, publisher, n_words = [], [], {}
        for p in range(templating + 1):
            for k in range(10):
                n = len(docs)
                credit = p < templating or k == 0
                line = [(900_000 + n, foto)] if credit else []
                docs.append([*body(n)[:at], *line, *body(n)[at:]])
                publisher.append(p)
                n_words[900_000 + n] = words if p == templating else 3
        rows = table(docs, n_words)
        rows = rows.set_column(2, "publisher", pa.array(
            [publisher[d] for d in rows.column("doc").to_pylist()], pa.int32()))
        result = detect(rows, np.bincount(publisher), DetectConfig())
        return bool(result.strip[np.asarray(rows.column("doc")) == 10 * templating].any())

    assert cut_on_one_page(bar)
    assert not cut_on_one_page(bar - 1)
    assert not cut_on_one_page(bar, words=DetectConfig().short_label_max_words + 1)
    assert not cut_on_one_page(bar, at=0)


def test_a_symbol_opening_a_line_is_a_label():
    assert prefix_key("» Ahmadinejad unveils a jet") == prefix_key("» How food network lost it")
    assert prefix_key("▶ Listen to the bulletin") not in (0, prefix_key("» Listen to it"))
    assert prefix_key("» 54885") == 0  # one word after it
    assert prefix_key("- a hyphen item") == prefix_key("“Quoted words here”") == 0


def test_a_card_is_labelled_by_the_symbol_opening_it():
    # Its first field, ended by a spaced dot, varies: the symbol is the fixed part.
    card = prefix_key("📍 Kettle Corn Cottage · 301 Main St. · (989) 555-0124")
    assert card == prefix_key("📍 Bayside Kayak Rentals · 9 Harbor Dr. · (989) 555-0167")
    assert card == prefix_key("📍 The harbour walk") != 0
    assert prefix_key("🥕 Serves 6 · Prep 10 min") == prefix_key("🥕 Serves 2 · Prep 15 min")
    assert prefix_key("🥕 Serves 6 · Prep 10 min") != prefix_key("Serves 6 · Prep 10 min")
    # So is it when a colon ends the first field: a book's title ("📖 Prairie Voices: Oral
    # Histories · <editor> · 256 pages"), a caption's own label ("📷 Cover image: <caption>"
    # beside "📷 Cover design by <credit>").
    book = prefix_key("📖 Prairie Days: Oral Histories · ed. by Ann Lee · 256 pages · $29")
    assert book == prefix_key("📖 Sod Houses: A History · Tom Ray · 180 pages · $25")
    assert prefix_key("📍 Map: the old pier") == card != prefix_key("Map: the new pier")
    # A known label, a label after a punctuation bullet and a trail keep theirs.
    assert prefix_key("➡️ Leia também: um título") == prefix_key("Leia também: outro")
    assert prefix_key("» Analysis: a title") == prefix_key("Analysis: another")
    assert prefix_key("| Last Updated: 2 May 2005 |") == prefix_key("Last Updated: 9 May")
    assert prefix_key("» Read more › a title") == prefix_key("Read more: another")
    assert prefix_key("» Home › News › A title") == prefix_key("Home › News › Another")


def test_a_pictograph_label_is_marked_as_one():
    """A pictograph's key has `PICTURE_BIT` (a publisher whose templates open so writes
    its one-off notices so: `strip.footer_block`); copyright signs, punctuation bullets,
    word labels, trails and lead prefixes have none."""
    from cleanpipe.segment import is_pictured, prefix_keys

    pictured = ["📺 Watch our news on our YouTube channel", "😷 COVID-19: wash your hands",
                "✈️ Vande Bharat Mission: register on the embassy website",
                "▶ Listen to the bulletin", "📍 Kettle Corn Cottage · 301 Main St."]
    others = ["© 2019 Associated Press. All rights reserved.", "® Registered trade mark here",
              "» Read this next story", "➡️ Leia também: um título", "Tags: one, two",
              "Home › News › A title", "(Foto Ansa)", "the company did not respond to a "
              "request for comment on the plan today", "Plain line"]
    lines = pa.array(pictured + others)
    keys = prefix_keys(lines, normalize_array(lines))
    assert is_pictured(keys).tolist() == [True] * len(pictured) + [False] * len(others)
    # The same pictograph, the same key: the bit is part of it.
    assert prefix_key("📺 Watch our news today") == prefix_key("📺 Our channel has more")


def test_a_pictograph_before_a_script_that_spaces_no_words_is_a_label():
    """Japanese and Chinese notices put no space between their words: "❄️ <notice>" is the
    pictograph's label as "📺 Watch our news ..." is (held-back-115, at its first run,
    missed 0.5 points of one site's seasonal notices so). Six letters of such a script
    make the notice; a pictograph before a short word or Latin words, and a punctuation
    bullet, stay as they were."""
    from cleanpipe.segment import is_pictured, prefix_keys

    notices = ["❄️ 山間部では路面凍結に注意してください", "📱 LINE公式アカウントで毎朝配信中",
               "🌀台風シーズン：進路予想は防災ページで", "☔ 梅雨入り：土砂災害に注意"]
    others = ["❄️ 雪", "» 背景と経緯について説明します", "❄️ Snow", "山間部では路面凍結に注意"]
    lines = pa.array(notices + others)
    keys = prefix_keys(lines, normalize_array(lines))
    assert is_pictured(keys).tolist() == [True] * len(notices) + [False] * len(others)
    assert prefix_key("❄️ 山間部では路面凍結に注意してください") == prefix_key(
        "❄️ 県北の道路は通行止めになっています")


def test_lead_prefixes_and_labels_are_told_apart():
    from cleanpipe.segment import LEAD_BIT, prefix_keys
    from cleanpipe.segment.mask import normalize_array
    lines = pa.array(["Related: a title here", "the company did not respond to a request for "
                      "comment on the plan today"])
    keys = prefix_keys(lines, normalize_array(lines))
    assert keys[0] & LEAD_BIT == 0 and keys[1] & LEAD_BIT == LEAD_BIT


def test_a_short_line_leads_with_its_first_three_words():
    from cleanpipe.segment import prefix_keys
    from cleanpipe.segment.mask import normalize_array
    lines = pa.array(["Special thanks to Pinecrest Athletics",
                      "Special thanks to the yearbook staff and friends",
                      "Special thanks to",  # three words: no rest
                      "special thanks to the team and the whole school staff as well",
                      "Photo courtesy of Pinecrest Athletics"])
    keys = prefix_keys(lines, normalize_array(lines)).tolist()
    assert keys[0] == keys[1] and keys[0] & LEAD_BIT
    assert keys[2] == 0
    assert keys[3] not in (0, keys[0])  # ten words: its first five
    # A photo's credit is labelled by its photo word before any lead.
    assert keys[4] == prefix_key("Photo: Pinecrest Athletics") and not keys[4] & LEAD_BIT


TRAIL = prefix_key("Home › News › a b")


def test_a_breadcrumb_trail_is_its_first_field_and_flagged():
    assert TRAIL == prefix_key("Home  ›  News › Panetta: Iranian threat spreads")
    assert TRAIL & TRAIL_BIT and not TRAIL & LEAD_BIT
    assert prefix_key("Home » Sport » Football » Ronaldo signs") == prefix_key(
        "home » sport » x y")
    # Another section is the same trail: its sections are a slot.
    assert prefix_key("Home › Sport › Ronaldo signs") == TRAIL
    assert prefix_key("Pagina principala › Grischun › Il titel") != TRAIL
    # After the first chevron a middle dot or a bar parts fields too; a byline's dots do
    # not make a trail.
    assert prefix_key("Home › Gnovis · Notizie › Native ad platform") == TRAIL
    assert not prefix_key("Ana Ruiz · Reporter · Madrid today") & TRAIL_BIT
    # Spaced slashes separate fields too, and a label may open the line.
    assert prefix_key("You are here: Home / News / A title") == prefix_key("Home / News / B c")
    assert prefix_key("Home / News / B c") & TRAIL_BIT
    assert prefix_key("12/05/2019 / 13/05/2019 / a") & TRAIL_BIT == 0  # no words, no trail
    # One chevron is a label, not a trail ("Leggi anche › <title>"); labels clear the bit.
    assert not prefix_key("Leggi anche › Il titolo di oggi") & TRAIL_BIT
    assert not RELATED & TRAIL_BIT


def test_a_breadcrumb_trail_with_the_title_is_cut_at_the_top():
    # "Home › News › <the article's own title>" as the first line of 4 of 10 pages: at the
    # top, where a headline formula ("Analysis: <title>") is content, a trail is not.
    docs = [[*([(900 + d, TRAIL)] if d < 4 else []), *body(d)] for d in range(10)]
    result = detect(table(docs), np.array([10]), DetectConfig())
    (row,) = result.decisions.to_pylist()
    assert row["rule"] == "prefix-template" and row["cluster"] == TRAIL
    assert result.strip.sum() == 4
    headlines = [[*([(900 + d, ANALYSIS)] if d < 4 else []), *body(d)] for d in range(10)]
    assert detect(table(headlines), np.array([10]), DetectConfig()).decisions.num_rows == 0


def test_labels_that_point_at_other_pages_are_known_in_many_languages():
    for line in ("Read more: The harbour plan", "Lees ook: 54885", "ЧИТАЙТЕ ТАКЖЕ: Новости",
                 "👉 Te puede interesar: Un título", "À LIRE AUSSI ► Un titre",
                 "Darllen mwy / Read more: A title", "Don’t miss: This one",
                 "Կարդացեք նաև՝ Մի վերնագիր", "ALSO READ >> A title", "Loe ka: Pealkiri",
                 "You may be interested in: A title", "ഇതുകൂടി വായിക്കൂ: ഒരു തലക്കെട്ട്",
                 "Akhri sidoo kale: Cinwaan", "អានបន្ថែម៖ ចំណងជើង", "По теме: Заголовок",
                 "આ પણ વાંચો: શીર્ષક", "Shuningdek o'qing: Sarlavha", "関連ニュース：見出し",
                 "Preporučujemo ➜ Naslov", "À lire : Un titre", "Polecamy: Tytuł",
                 "Lee además ➤ Un título", "← Previous post: A title",
                 "Bul da qızıqlı: Bir at", "தொடர்புடைய செய்தி ➤ தலைப்பு",
                 "» Ezt is ajánljuk: Egy cím", "Lisez aussi : Un titre", "Läs även: En rubrik",
                 "Bu da maraqlı ola bilər → Başlıq", "Meira um málið » Fyrirsögn",
                 "Przeczytaj również ➡ Tytuł"):
        assert prefix_key(line) & KIND_BITS == KNOWN_BIT, line
    # "Related" alone, in East Asian brackets (held-back-114's "【関連】<title>").
    for line in ("【関連】Google stadia and the ways to play", "［関連］見出し", "【相關】標題",
                 "[관련] 제목"):
        assert prefix_key(line) & KIND_BITS == KNOWN_BIT, line
    # A known label of six words.
    assert prefix_key("You might also be interested in: Target: Spitzer") == prefix_key(
        "You might also be interested in: A title") != 0
    assert prefix_key("You might also be interested in the history of the town.") & (
        KIND_BITS) != KNOWN_BIT
    # ... and a series' label, its series' name after it; not the sentence without a colon.
    assert prefix_key("This post is part of the series: Docker from scratch") == prefix_key(
        "This post is part of the series: Testing React apps") != 0
    assert prefix_key("This article is part of a series: Docker") & KIND_BITS == KNOWN_BIT
    assert prefix_key("This article is part of a series on poverty in Ohio.") == 0
    # After a symbol, a known label needs no colon: "▷ 추천기사 <title>".
    assert prefix_key("▷ 추천기사 NSA spied on the Pope") == prefix_key("추천기사: 제목") != 0
    assert prefix_key("▶ Read more The harbour plan") & KIND_BITS == KNOWN_BIT
    assert prefix_key("» A title here") & KIND_BITS != KNOWN_BIT
    # Written with or without accents, points and vowel signs: Greek capitals drop their
    # accents, a Romanian "ş" may have a cedilla, Arabic may mark its vowels.
    for line in ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Τίτλος", "Citeşte şi: Un titlu", "Citește și: Un titlu",
                 "اقرأ أيضًا: عنوان", "اقرا ايضا: عنوان", "Leia tambem: Um título"):
        assert prefix_key(line) & KIND_BITS == KNOWN_BIT, line
    for line in ("Analysis: The harbour plan", "Watch: The video", "Home › News › A title",
                 "» A title here", "Darllen / Read more: A title"):
        assert prefix_key(line) & KIND_BITS != KNOWN_BIT, line


def test_a_known_label_is_cut_on_one_page_below_the_top_only():
    read_more = prefix_key("Read more: a b")
    docs = [[*body(d)[:2], (500, read_more), *body(d)[2:]] if d == 3 else body(d)
            for d in range(40)]
    result = detect(table(docs), np.array([40]), DetectConfig())
    (row,) = result.decisions.to_pylist()
    assert row["rule"] == "prefix-template" and row["n_docs"] == 1
    assert result.strip.sum() == 1
    assert not detect(table(docs), np.array([40]), DetectConfig(known_labels=False)).strip.any()
    # At the top, as a headline would be, it stays; so does an unknown label on one page.
    top = [[(500, read_more), *body(d)] if d == 3 else body(d) for d in range(40)]
    assert not detect(table(top), np.array([40]), DetectConfig()).strip.any()
    other = [[*body(d)[:2], (500, RELATED & ~KIND_BITS), *body(d)[2:]] if d == 3 else body(d)
             for d in range(40)]
    assert not detect(table(other), np.array([40]), DetectConfig()).strip.any()


def test_a_head_credit_goes_where_a_page_without_a_headline_opens_with_it():
    """"Reporter: <name>" under the headline and the date line of 14 of 20 pages is a
    template; on the pages without a headline it opens the page (the top) and goes there
    too. A mid-body label's line that opens a page is a headline formula ("Analysis:
    <title>") and stays; under a cut date line, the second line, it goes with the
    template (only the first line and the head block are the top)."""
    reporter = prefix_key("Reporter: Ana Ruiz")
    date = (1, 0)  # one cluster on every page: cut at the head

    def cut(label: int, mid_body: bool) -> set[tuple[int, int]]:
        docs = []
        for d in range(20):
            line = (600 + d, label)
            if d < 14:
                placed = [*body(d, 8)[:6], line, *body(d, 8)[6:]] if mid_body else [
                    line, *body(d)]
                docs.append([(700 + d, 0), date, *placed])
            elif d < 18:
                docs.append([date, line, *body(d)])  # no headline: it opens the page
            else:
                docs.append([(700 + d, 0), date, *body(d)])
        rows = table(docs).to_pylist()
        strip = detect(table(docs), np.array([20]), DetectConfig()).strip
        return {(r["doc"], r["index"]) for r, s in zip(rows, strip, strict=True)
                if s and r["prefix"]}

    assert cut(reporter, False) == {(d, 2) for d in range(14)} | {
        (d, 1) for d in range(14, 18)}
    assert cut(ANALYSIS, True) == {(d, 8) for d in range(14)} | {(d, 1) for d in range(14, 18)}


def test_a_label_pointing_at_more_of_the_site_by_its_name_is_known_where_it_names_it():
    """"Also on <Site>: <title>" is a known label on the site's own pages; "Also in
    attendance: <names>" (minutes) and the same label on another site's page are not."""
    texts = ["A headline\n\nAlso on Harrowgate Courier: Microsoft sued for millions\n\n"
             "Also in attendance: Mayor Ruiz, Councillor Lee"] * 2
    out = segment(pa.table({"text": texts}), SegmentConfig(), ["harrowgatecourier", "other"])
    kinds = [int(k) & int(KIND_BITS) for k in out.column("prefix").to_numpy()]
    assert kinds == [0, int(KNOWN_BIT), 0, 0, 0, 0]


def test_a_dated_lines_label_is_the_words_before_its_date_in_any_calendar():
    """"Pibliye jedi 12 mas 2020, 06:23": no list holds Haitian Creole's weekdays and months,
    so the line's first words change with the date; the words before the date and the word
    that opens it are the label, whatever that word is."""
    lines = ["Pibliye jedi 12 mas 2020, 06:23", "Pibliye dimanch 8 out 2019, 11:28",
             "Pibliye 1e janvye 2021", "Mis en ligne le samedi 1er juin 2019 à 19:54",
             "Mis en ligne le jeudi 12 juin 2019 à 06h30", "Last updated 12.03.2020",
             "Last updated 30.12.2019", "Top 10 laptops of 2019", "The 2019 World Cup final",
             "Ten things to know about the council budget for 2019"]
    prefix = segment(pa.table({"text": ["Headline\n" + "\n".join(lines)]}),
                     SegmentConfig()).column("prefix").to_pylist()[1:]
    assert prefix[0] == prefix[1] == prefix[2] != 0
    assert prefix[3] == prefix[4] != 0
    assert prefix[5] == prefix[6] != 0
    assert len({*prefix[:7]}) == 3
    assert all(key & LEAD_BIT == 0 for key in prefix[:7])  # labels, not a sentence's words
    # A number that is no day, or a year alone, is no date: no label there.
    assert all(key == 0 or key & LEAD_BIT for key in prefix[7:])


def test_an_ad_markers_or_a_corrections_label_is_known():
    """A line an ad marker labels ("Publicidad · <the ad's text>") is an ad, and one a
    correction's label opens an erratum: known labels, cut wherever they stand below the
    top. An editor's note opens an editor's comment as often, and stays unknown; Uzbek's
    "oʻ" is an apostrophe, as the list writes it."""
    for line in ("Publicidad · Las apuestas son solo para mayores de 18 años.",
                 "Advertisement: The spring sale is on now", "Anzeige: Jetzt bestellen",
                 "CORRECTION: An earlier version of this story misspelled a name.",
                 "Fe de erratas: en la edición anterior se publicó mal la hora.",
                 "Ceartúchán: bhí an dáta mícheart", "Shuningdek oʻqing: Yangi bozor",
                 "Funda futhi ➜ Izindaba zanamuhla",
                 # Korean, Chinese and Mongolian errata, bracketed as their press writes them
                 "[바로잡습니다] 기사 중 기관의 명칭을 바로잡습니다.",
                 "【更正啟事】本報日前報導中，選區有誤，特此更正。",
                 "Залруулга: өмнөх дугаарт утасны дугаар буруу байсан.",
                 "Labojums: rakstā bija norādīts nepareizs datums."):
        assert prefix_key(line) & KIND_BITS == KNOWN_BIT, line
    for line in ("Editor's note: It was always a matter of time.",
                 "Advertising revenue: it fell by a third", "Corrections officers: the union"):
        assert prefix_key(line) & KIND_BITS != KNOWN_BIT, line
