"""The bundled planted sample corpus: the demo corpus of `make run` and the test corpus.

Every line of every document carries a label (see `cleanpipe.sample.model` for the scheme):
``content``, ``boilerplate:<publisher>/<family>`` or ``negative:<quote|syndicated|common>``.

Publishers (documents out of the default 3000; `generate(n_publishers=k)` takes the first k,
and other sizes scale in proportion):

=========================  ====  ==========================================================
worldaffairsinquiry.org     600  research/aggregator site in the style of the seed article
harbourgazette.com         1000  local daily: bylines, photo credits, mid-body adverts
northvalepost.co.uk         450  UK regional: "Published ...", follow and tip-off appeals
dailycurrent.net            330  reader-funded politics site: support appeals, republished
plainsledger.com            250  business: datelines, "Story continues below advertisement"
truthlanternmedia.com       180  alternative-news site: share appeals, disclaimer
mountainechonews.com        140  small regional site: "Posted by", comment policy
metrobeat.com.au             50  tiny city site
=========================  ====  ==========================================================

URLs use several hosts per publisher (www., news., m., bare); the publisher is never a
record field, it is the URL's registered domain. A CMS share widget is shared by five
publishers. Generation is deterministic in `seed` and takes under a second for 3000 docs.
"""

from __future__ import annotations

from cleanpipe.sample.corpus import generate, write_sample
from cleanpipe.sample.model import Line, PlantedDoc

__all__ = ["Line", "PlantedDoc", "generate", "write_sample"]
