"""Main-text extraction of one HTML page with trafilatura.

What the body text looks like (trafilatura 2.x, `output_format="txt"`, formatting off):

- one line per block element of the main content: headings, paragraphs, list items,
  table rows, quotes; lines are joined by a single "\\n", with no blank lines between
  blocks and no leading or trailing newline;
- inside a line, runs of white space (including newlines in the HTML source) collapse to
  one space; a `<br>` starts a new line; `<pre>`/`<code>` blocks keep their white space
  and their own line breaks;
- list items start with "- "; table rows are rendered as "| cell | cell | " (note the
  trailing space; an empty row is "|  |  | "), a header row is followed by a "|---|---|"
  line; headings carry no "#" marker; links, images and inline formatting are dropped,
  their text kept;
- so lines are mostly, but not always, free of surrounding white space (table rows,
  `<pre>` content, tab-indented footers); the text as a whole has none at its ends;
- the result is NFC-normalised.

With `include_formatting=True` the output becomes Markdown instead: blocks are separated
by a blank line, headings get "#", bold becomes "**...**", and source line breaks inside
paragraphs are kept. The segment stage splits on lines either way.

Process-global state in trafilatura (checked against its source, 2.3):

- `deduplicate=True` consults `trafilatura.deduplication.LRU_TEST`, a process-global LRU
  of paragraph texts: a paragraph seen more than twice *in the process* is dropped, so the
  output would depend on which other pages the same worker extracted before. We always
  pass `deduplicate=False`, and nothing else touches that cache.
- The other caches (`functools.lru_cache` on `utils.trim`, `utils.line_processing`,
  `utils.return_printables_and_spaces`, `deduplication.is_similar_domain`,
  `deduplication._vector_to_add`, justext's `define_stoplist`, htmldate's and courlan's
  helpers) memoise pure functions: they change speed and memory, not results.
  `trafilatura.meta.reset_caches()` clears them all if memory matters in long runs.
- `external.JT_STOPLIST` is filled lazily once with a constant (all jusText stoplists).
- `settings.DEFAULT_CONFIG` is a module-level ConfigParser read from trafilatura's own
  `settings.cfg` at import; results depend on it (MIN_EXTRACTED_SIZE, MAX_TREE_SIZE, ...)
  but nothing here mutates it.
- The date bound `max_date` uses today's date, but only for metadata extraction, which
  is off (`with_metadata=False`).

So, given the same options, the text of a page depends on that page (and its URL) only.
"""

from __future__ import annotations

from cleanpipe.config import ExtractConfig


def extract_html(html: str, url: str | None, cfg: ExtractConfig) -> str | None:
    """The main text of `html`, or None when trafilatura finds none.

    Exceptions raised by trafilatura propagate; the caller turns them into rejects.
    """
    import trafilatura

    return trafilatura.extract(
        html,
        url=url,
        output_format="txt",
        deduplicate=False,
        favor_precision=cfg.favor_precision,
        favor_recall=cfg.favor_recall,
        include_comments=cfg.include_comments,
        include_tables=cfg.include_tables,
        include_links=cfg.include_links,
        include_formatting=cfg.include_formatting,
        with_metadata=False,
    )
