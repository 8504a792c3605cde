"""The planted-corpus data model: labelled lines and documents.

Label scheme (one label per line):

* ``"content"``: title and article paragraphs, to be kept.
* ``"boilerplate:<publisher>/<family>"``: a publisher template line, to be stripped, e.g.
  ``"boilerplate:harbourgazette.com/donation"``. ``<publisher>`` is the registered domain
  and ``<family>`` a stable, descriptive, lowercase hyphenated name of the template
  (byline, dateline, donation, copyright, fair-use, ...). All wordings and small edits of
  one notice share a family.
* ``"negative:<kind>"``: a legitimate repeat a good cleaner must keep; ``<kind>`` is
  ``quote`` (a statement quoted verbatim in 3-5 articles of one publisher), ``syndicated``
  (title and paragraphs of an article published by 2-3 publishers) or ``common`` (a stock
  sentence such as "He declined to comment.", on its own line or inside a paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass

CONTENT = "content"
BOILERPLATE = "boilerplate"
NEGATIVE = "negative"
NEGATIVE_KINDS = ("quote", "syndicated", "common")


def boilerplate_label(publisher: str, family: str) -> str:
    return f"{BOILERPLATE}:{publisher}/{family}"


def negative_label(kind: str) -> str:
    if kind not in NEGATIVE_KINDS:
        raise ValueError(f"unknown negative kind {kind!r}")
    return f"{NEGATIVE}:{kind}"


def label_family(label: str) -> str | None:
    """The family of a boilerplate label (``"donation"``), None for other labels."""
    if not label.startswith(BOILERPLATE + ":"):
        return None
    return label.rpartition("/")[2]


@dataclass(frozen=True)
class Line:
    text: str
    label: str  # "content" | "boilerplate:<publisher>/<family>" | "negative:<kind>"

    @property
    def is_boilerplate(self) -> bool:
        return self.label.startswith(BOILERPLATE + ":")


@dataclass(frozen=True)
class PlantedDoc:
    id: str
    url: str
    publisher: str  # the registered domain, e.g. "harbourgazette.com"
    lines: tuple[Line, ...]
    section: str = ""  # pass-through record field, not used to derive the publisher

    @property
    def text(self) -> str:
        return "\n\n".join(line.text for line in self.lines)

    @property
    def labels(self) -> list[str]:
        return [line.label for line in self.lines]
