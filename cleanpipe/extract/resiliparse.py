"""Main-text extraction of one HTML page with Resiliparse (faster than trafilatura).

Resiliparse's `extract_plain_text` (2.0.x, Rust; Lexbor parser) is called with
`main_content=True` (its heuristics drop navigation, headers, footers, sidebars) and
`preserve_formatting=True` (block elements on lines of their own). Every option is passed
explicitly, so a change of library default cannot change our output:

- `comments`  <- `include_comments` (off: the comment section is not the article);
- `links`     <- `include_links` (on: a link's target follows its text, "text (url)");
- `skip_elements=["table"]` when `include_tables` is off (Resiliparse has no table option);
- `alt_texts` <- `resiliparse_alt_texts`, `post_meta` <- `resiliparse_post_meta`;
- `list_bullets=True`, `noscript=False`, `form_fields=False`, `hidden_elements=False`;
- `favor_precision`, `favor_recall` and `include_formatting` are trafilatura's only and
  have no effect here.

What Resiliparse returns (checked on the 360 Big9 news pages): blocks (headings,
paragraphs) separated by a blank line, often two or three; list items on lines of their
own, indented two spaces per nesting level and marked "• " or "1. "; table cells
separated by two tabs, one row per line; `<br>` starts a new line; `<pre>` keeps its white
space. Inside a line, runs of white space collapse to one space, but `&nbsp;` stays a
U+00A0, so old table layouts leave lines of nothing but U+00A0 and tabs, and lines with
U+00A0 or tabs at either end; a leading U+FEFF is kept. Entities are decoded; the text is
not Unicode-normalised.

Its main-content heuristics are coarser than trafilatura's: on Big9 it keeps more
page furniture (captions, "Related:" links, sharing and newsletter lines, section
labels), and it drops some lists that are part of the article: in our tests a `<ul>`
standing between two paragraphs is dropped whatever its items say, an `<ol>` is kept.

The body we return is that text tidied to the shape of trafilatura's txt output: lines
whose only characters are white space (per `str.isspace`, so U+00A0 too) are dropped and
trailing white space is cut from every line, so

- there is one line per block or list item or table row, joined by a single "\\n", with
  no blank lines and no leading or trailing newline;
- a line keeps its leading white space (list indentation, `<pre>` indentation, the
  occasional tab or U+00A0 from layout tables) and has none at its end;
- lines are split on "\\n" only (Resiliparse emits no "\\r"), the characters inside a
  line are exactly Resiliparse's.

The segment stage ignores white space at both ends of a line, so the indentation and
list markers never split a boilerplate cluster ("• " and "1. " are punctuation and digits,
which the normalisation drops and masks).

Resiliparse wants `str` (it raises TypeError for bytes), which is what cleanpipe passes;
its strings come from Arrow, so they are valid UTF-8 (a lone surrogate, which Resiliparse
would refuse with a TypeError, cannot get this far).

State: `extract_plain_text` parses each page into its own DOM tree and has no option or
setting kept between calls; checked: three passes over the 360 Big9 pages give identical
text, a page's text does not depend on the other pages of its batch, and it runs in a
network namespace with no network at all. So the text of a page depends on that page and
the options only.
"""

from __future__ import annotations

from cleanpipe.config import ExtractConfig


def extract_html(html: str, url: str | None, cfg: ExtractConfig) -> str | None:
    """The main text of `html` (tidied, see the module docstring), or None when there is
    none. `url` is unused: Resiliparse does not look at it.

    Exceptions raised by Resiliparse propagate; the caller turns them into rejects.
    """
    del url
    from resiliparse.extract.html2text import extract_plain_text

    text = extract_plain_text(
        html,
        preserve_formatting=True,
        main_content=True,
        list_bullets=True,
        alt_texts=cfg.resiliparse_alt_texts,
        links=cfg.include_links,
        form_fields=False,
        noscript=False,
        comments=cfg.include_comments,
        post_meta=cfg.resiliparse_post_meta,
        hidden_elements=False,
        skip_elements=None if cfg.include_tables else ["table"],
    )
    return tidy(text) or None


def tidy(text: str) -> str:
    """Drop white-space-only lines and cut trailing white space from the others."""
    return "\n".join(line.rstrip() for line in text.split("\n") if line and not line.isspace())
