"""The corpus stage: files in, clean items out, every record accounted for.

- :mod:`~newstag.corpus.readers`: one reader per input kind (text, folder, CSV/TSV, JSONL, stdin).
- :mod:`~newstag.corpus.textfile`: a text file split into items (article, listing page, dispatch).
- :mod:`~newstag.corpus.cleaning`: decoding, encoding repair, spacing, footers.
- :mod:`~newstag.corpus.loading`: the readers chained, duplicates collapsed, the load report.
- :mod:`~newstag.corpus.text`: title + text and spelling folding, shared by every later stage.
- :mod:`~newstag.corpus.download`: ``newstag data`` (FA-KES).
"""

from __future__ import annotations

from newstag.lazy import lazy_attributes

__all__ = ["load_corpus", "iter_corpus", "LoadReport", "ITEM_FIELDS"]


# Lazy, so that importing newstag.corpus.text (as the tagger does) does not
# import the readers and ftfy.
__getattr__ = lazy_attributes(__name__, dict.fromkeys(__all__, "loading"))
