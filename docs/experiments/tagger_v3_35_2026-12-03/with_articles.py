"""An experiment design for the next candidate: sets BV and BW (300 written articles shaped like the FA-KES
articles, each scored once as a holdout) join the training material as the five earlier long-report sets did
(``snippets.LONG_TRAINING_SETS``: full training items, the corpus and the news outside war keeping their share).
"""

from contextlib import contextmanager

import pandas as pd

from newstag.tagging import snippets

ADDED = ("BV", "BW")


@contextmanager
def long_training_sets(names):
    kept = snippets.LONG_TRAINING_SETS
    snippets.LONG_TRAINING_SETS = tuple(names)
    try:
        yield
    finally:
        snippets.LONG_TRAINING_SETS = kept


def training_frame(fakes, added=ADDED) -> pd.DataFrame:
    """``labelled_training_data(fakes)``'s rows in its order, then the added sets' articles; weights for all."""
    from newstag.corpus.loading import load_corpus
    from newstag.tagging.labels import labelled_frame

    frame = snippets.with_dev_snippets(labelled_frame(load_corpus(fakes=fakes)))
    holdout = snippets.read_snippets("holdout")
    rows = holdout[holdout["id"].str.extract(r"^w([A-Z]+)-", expand=False).isin(added)]
    rows = rows.drop(columns=["set", "conflict"]).assign(source="wire snippets (labels/snippets)", note="")
    frame = pd.concat([frame, rows.reindex(columns=frame.columns)], ignore_index=True)
    with long_training_sets(snippets.LONG_TRAINING_SETS + tuple(added)):
        return snippets.training_weights(frame)
