"""v3.23 candidate 2, the mechanical half of its gain: how many names with an Arabic article leave the vocabulary.

Fits the vocabulary of both designs (v3.22, and v3.22 with ``article_names``)
on the sentences of v3.22's material less the lockbox and counts the terms
v3.22 keeps and the candidate drops.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_23_2026-11-30/article_names_count.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from candidates import shipped_material  # noqa: E402

from newstag.tagging.sentence_model import SentenceTagger, sentence_table  # noqa: E402

sentences, _ = sentence_table(shipped_material())
vocabularies = {}
for article_names in (False, True):
    model = SentenceTagger(article_names=article_names)
    model._fit_vectorizer(sentences)
    vocabularies[article_names] = set(model.vectorizer_.get_feature_names_out())
gone = sorted(vocabularies[False] - vocabularies[True])
names = sorted({word for term in gone for word in term.split() if "-" in word})
print(f"vocabulary: v3.22 {len(vocabularies[False])} terms, candidate {len(vocabularies[True])}; "
      f"{len(gone)} terms dropped, holding {len(names)} distinct names")
print("names: " + ", ".join(names[:80]) + (" ..." if len(names) > 80 else ""))
added = sorted(vocabularies[True] - vocabularies[False])
print(f"terms the candidate adds: {len(added)}")
print("at least 300 names leave the vocabulary: " + ("met" if len(names) >= 300 else "NOT met"))
