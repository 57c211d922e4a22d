"""Exploration (decides nothing): how often messier input moves the shipped tagger's tags.

Changes that real input carries (labels and site names on the headline, a credit line, a hard-wrapped text,
curly quotes, no-break spaces, an HTML entity, the headline given as the text's first line) are applied to every
opened wire holdout item and long report; prints the items whose tag set changes. No label is read.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_38_2026-12-03/probe_messy_input.py
"""
import re, textwrap, numpy as np
from newstag.tagging.predict import load_tagger
from newstag.tagging.snippets import LONG_REPORT_SETS, read_snippets
from newstag.config import TAGS
m = load_tagger()
h = read_snippets("holdout").fillna({"title": "", "text": ""})
sets = h["id"].str.extract(r"^w([A-Z]+)-", expand=False)
wire = h[~sets.isin(LONG_REPORT_SETS)]
longr = h[sets.isin(LONG_REPORT_SETS)]
def wrap(t, n=70): return "\n".join(textwrap.wrap(t, n)) if t else t
tx = {
 "headline upper": lambda ti, te: (ti.upper(), te),
 "UPDATE 2- prefix": lambda ti, te: ("UPDATE 2-" + ti if ti else ti, te),
 "BREAKING: prefix": lambda ti, te: ("BREAKING: " + ti if ti else ti, te),
 "credit line": lambda ti, te: (ti, te + " (Reporting by Tom Perry; Editing by Alison Williams)" if te else te),
 "hard wrap 70": lambda ti, te: (ti, wrap(te)),
 "curly quotes": lambda ti, te: (ti.replace('"', '\u201c'), te.replace("'", "\u2019").replace('"', '\u201d')),
 "nbsp": lambda ti, te: (ti, te.replace(" ", "\u00a0")),
 "double spaces": lambda ti, te: (ti, te.replace(". ", ".  ")),
 "html amp": lambda ti, te: (ti.replace(" and ", " &amp; "), te),
 "title in text": lambda ti, te: ("", (ti + "\n\n" + te).strip()),
}
for name, df in (("wire", wire), ("long", longr)):
    base = m.predict(list(zip(df.title, df.text))).astype(bool)
    for t, f in tx.items():
        P = m.predict([f(a, b) for a, b in zip(df.title, df.text)]).astype(bool)
        ch = (P != base)
        print(f"{name} {len(df)}: {t}: items changed {ch.any(1).sum()} (" + " ".join(f"{tg} +{(P & ~base)[:,k].sum()}/-{(~P & base)[:,k].sum()}" for k, tg in enumerate(TAGS)) + ")", flush=True)
