"""The bundled planted sample corpus: the demo corpus of `make run` and the test corpus.

Every line of every document carries a label (see `cleanpipe.sample.model` for the scheme):
``content``, ``boilerplate:<publisher>/<family>`` or ``negative:<quote|syndicated|common>``.
"""

from __future__ import annotations

from cleanpipe.sample.corpus import generate, write_sample
from cleanpipe.sample.model import Line, PlantedDoc

__all__ = ["Line", "PlantedDoc", "generate", "write_sample"]
