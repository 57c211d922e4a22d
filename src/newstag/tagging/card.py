"""The model card of the shipped tagger: what it is, what it was trained on, how good it is where."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pandas as pd

from newstag.config import TAGS

__all__ = ["model_card", "scores_markdown"]


def scores_markdown(table: pd.DataFrame) -> str:
    """A scores table (precision, recall, F1 with interval, positives) as markdown."""
    lines = ["| tag | precision | recall | F1 | F1 95% CI | positives |", "|---|---|---|---|---|---|"]
    for tag, row in table.iterrows():
        lines.append(f"| {tag} | {row.precision:.3f} | {row.recall:.3f} | {row.f1:.3f} | "
                     f"{row.f1_low:.3f}–{row.f1_high:.3f} | {int(row.support)} |")
    return "\n".join(lines)


def _designs_table(tables: dict) -> str:
    """F1 with its interval per tag (rows) and design (columns)."""
    designs = list(tables)
    head = "| tag | " + " | ".join(designs) + " |\n|---|" + "---|" * len(designs)
    rows = []
    for tag in (*TAGS, "macro"):
        cells = [f"{t.loc[tag, 'f1']:.3f} ({t.loc[tag, 'f1_low']:.2f}–{t.loc[tag, 'f1_high']:.2f})"
                 for t in tables.values()]
        rows.append(f"| {tag} | " + " | ".join(cells) + " |")
    return head + "\n" + "\n".join(rows)


def _where_behind(tables: dict, differences: dict | None = None) -> str:
    """Where another design's F1 beats the first design's (the shipped one), said plainly.

    With ``differences`` (design name -> table of
    :func:`~newstag.tagging.evaluate.paired_f1_differences`, the first design
    minus that one), each such case carries its paired 95% interval and
    whether the items tell the two apart.
    """
    names = list(tables)
    shipped = tables[names[0]]
    behind = []
    for tag in (*TAGS, "macro"):
        for name, table in list(tables.items())[1:]:
            if table.loc[tag, "f1"] <= shipped.loc[tag, "f1"]:
                continue
            case = f"- {name} on {tag}: {table.loc[tag, 'f1']:.3f} vs {shipped.loc[tag, 'f1']:.3f}"
            if differences and name in differences:
                d = differences[name].loc[tag]
                apart = "told apart" if d.high < 0 else "not told apart"
                case += f"; difference {d.difference:+.3f}, paired 95% interval {d.low:+.3f} to {d.high:+.3f}: {apart}"
            behind.append(case)
    if not behind:
        return f"{names[0]} has the highest F1 on every tag here."
    # A Markdown list needs a blank line after it, or the next paragraph joins its last item.
    return f"Ahead of {names[0]} here:\n\n" + "\n".join(behind) + "\n"


def _clearly_ahead(differences: dict | None, first: str) -> str:
    """Where the first design's paired interval lies wholly above 0, against each other design."""
    if not differences:
        return ""
    wins = [f"{name} on {', '.join(tag for tag in table.index if table.loc[tag, 'low'] > 0)}"
            for name, table in differences.items() if (table["low"] > 0).any()]
    clear = "; ".join(wins) if wins else "no design on any tag"
    return (f"Where {first} is ahead and the paired 95% interval of the difference excludes 0 (items "
            f"resampled together for both designs): {clear}.")


def _lockbox_against_cv(lockbox_table: pd.DataFrame, cv_table: pd.DataFrame) -> str:
    """Lockbox F1 beside cross-validated F1 per tag, and whether their 95% intervals overlap, said plainly."""
    lines = ["| tag | lockbox F1 | cross-validated F1 (corpus items) | intervals overlap |", "|---|---|---|---|"]
    apart = []
    for tag in (*TAGS, "macro"):
        box, cv = lockbox_table.loc[tag], cv_table.loc[tag]
        overlap = box.f1_low <= cv.f1_high and cv.f1_low <= box.f1_high
        if not overlap:
            apart.append(tag)
        lines.append(f"| {tag} | {box.f1:.3f} ({box.f1_low:.2f}–{box.f1_high:.2f}) | "
                     f"{cv.f1:.3f} ({cv.f1_low:.2f}–{cv.f1_high:.2f}) | {'yes' if overlap else 'no'} |")
    if apart:
        verdict = (f"They do not agree within their intervals on {', '.join(apart)}. The lockbox keeps the "
                   "earlier, stricter reading of background (it is never re-read), so every design trained "
                   "on the current labels loses precision there; its items are also fewer, and its intervals "
                   "wider. Believe the lockbox: it is the held-out measure.")
    else:
        verdict = ("They agree within their intervals on every tag. Where they differ, believe the lockbox: "
                   "it is the held-out measure, and it keeps the earlier, stricter reading of background.")
    return "\n".join(lines) + "\n\n" + verdict


def _holdout_sections(lockbox: dict) -> str:
    out = []
    for holdout, tables in lockbox.get("holdouts", {}).items():
        what = ("long reports on the Syrian war" if holdout.startswith("long reports") else "short items about other wars")
        out.append(f"""**{holdout}** ({lockbox['n_holdout'][holdout]} {what}, by another
writer than the training snippets; same fits as above; F1 with 95% bootstrap interval):

{_designs_table(tables)}

{_where_behind(tables, lockbox.get('differences', {}).get(holdout))}

{_clearly_ahead(lockbox.get('differences', {}).get(holdout), next(iter(tables)))}
""")
    return "\n".join(out)


def _lockbox_section(lockbox: dict | None) -> str:
    if not lockbox:
        return "No lockbox in this training run (labels/lockbox_ids.txt names no labelled item).\n"
    sentences = lockbox["sentences"]
    sentence_rows = "\n".join(f"| {tag} | " + " | ".join(f"{sentences.loc[tag, d]:.3f}" for d in sentences.columns) + " |"
                              for tag in sentences.index)
    return f"""Every design trained on the same {lockbox['n_train']} non-lockbox items, scored on the
{lockbox['n_lockbox']} lockbox items (F1, 95% bootstrap interval over items):

{_designs_table(lockbox['items'])}

{_where_behind(lockbox['items'], lockbox.get('differences', {}).get('lockbox'))}

{_clearly_ahead(lockbox.get('differences', {}).get('lockbox'), next(iter(lockbox['items'])))}

**Evidence sentences alone** ({lockbox['n_sentences']} sentences the readers marked as carrying
a tag in lockbox items, each given as a one-sentence item with no headline):
share that gets its tag (recall).

| tag | {' | '.join(sentences.columns)} |
|---|{'---|' * len(sentences.columns)}
{sentence_rows}

{_holdout_sections(lockbox)}"""


def _lockbox_cv_section(evaluation: dict) -> str:
    lockbox = evaluation.get("lockbox")
    if not lockbox:
        return ""
    shipped = next(iter(lockbox["items"]))
    return f"""**Lockbox against cross-validation** ({shipped}: lockbox as above; cross-validation as below):

{_lockbox_against_cv(lockbox['items'][shipped], evaluation['tagger'])}
"""


def _older_wars_limit(evaluation: dict) -> str:
    """The limit set BF shows (truces in older wars' words), with its measured ceasefire figures; "" without it."""
    tables = (evaluation.get("lockbox") or {}).get("holdouts", {}).get("wire snippets, set BF")
    if not tables:
        return ""
    shipped = next(iter(tables))
    ceasefire = tables[shipped].loc["ceasefire"]
    earlier = [t[shipped].loc["macro", "f1"] for name, t in evaluation["lockbox"]["holdouts"].items()
               if name.startswith("wire snippets, set ") and name != "wire snippets, set BF"]
    across = f" (macro-F1 {tables[shipped].loc['macro', 'f1']:.3f}; {min(earlier):.3f}-{max(earlier):.3f} on the " \
             f"{len(earlier)} other holdout sets)" if earlier else ""
    return f"""- Truces told in the words of older wars (a flag of truce, an armistice
  arranged by two commanders, a suspension of arms) are often missed: on
  holdout set BF, 19th-century wars and Cold War insurgencies{across},
  {shipped}'s ceasefire recall is {ceasefire.recall:.2f} at precision {ceasefire.precision:.2f}.
"""


def _snippets_cv_section(evaluation: dict) -> str:
    if "snippets" not in evaluation:
        return ""
    tables = evaluation["snippets"]
    return f"""
**Dev wire snippets and reports** ({evaluation['n_snippets']} items, sets A-H, J-Q, V, X, Z, AB, AD, AH, AL, AO and BA; each of A-G, J, L and O scored once when it was the holdout; K, V and X are news from outside armed conflict; Z, AB, AD, AH, AL and BA are look-alikes beside the real thing)

This tagger:

{scores_markdown(tables['tagger'])}

Keyword baseline:

{scores_markdown(tables['baseline'])}
"""


def model_card(model, evaluation: dict, path: str | os.PathLike, *, n_train: int) -> Path:
    """Write the markdown model card of a :class:`~newstag.tagging.sentence_model.SentenceTagger`."""
    params = model.get_params()
    thresholds = ", ".join(f"{t} {v:.2f}" for t, v in zip(TAGS, model.thresholds_))
    agree = evaluation["agreement"]
    agreement_rows = "\n".join(
        f"| {tag} | {row.get('sentence_kappa', float('nan')):.3f} | {row.kappa:.3f} | {row.f1_between_readers:.3f} | "
        f"{row.raw_agreement:.3f} |" for tag, row in agree.iterrows())
    curve = evaluation.get("learning_curve")
    curve_rows = "" if curve is None else "\n".join(
        f"| {int(r.n_train)} | {r.macro_f1:.3f} | " + " | ".join(f"{r[f'f1_{t}']:.3f}" for t in TAGS) + " |"
        for _, r in curve.iterrows())
    n_design = evaluation.get("n_design", n_train)
    n_snippets = evaluation.get("n_snippets", 0)
    text = f"""# Model card: newstag tagger v3.38 (`models/tagger.skops`)

Generated by `newstag train --ship` on {date.today().isoformat()}; do not edit by hand
(the checklist section is rewritten by `make train`).

## What it does
Tags one news item (headline optional, text) with any of `ceasefire`,
`airstrike`, `humanitarian`, `diplomacy`, or none, as defined in
`docs/annotation.md`; gives a calibrated probability for each tag and, for
each predicted tag, the sentences that carry it (character offsets into the
item's title or text).

## Model
Decides per sentence, then per item (`newstag.tagging.sentence_model.SentenceTagger`).
Sentences come from the versioned splitter `newstag.corpus.sentences`
(version {model.splitter_version_}); the headline is sentence 0.
1. Per tag, a class-balanced logistic regression (C={params['C']}) over each sentence's
   TF-IDF terms (word 1–2-grams, sublinear tf, spelling variants folded), the
   lexicon's cue hits in it (`newstag.tagging.cues.CUES`) and its position
   (headline, lead). Trained on every sentence of the labelled items: positive
   when the readers marked it as carrying the tag; sentences marked as touching
   the tag only in passing are negatives with weight {params['passing_weight']}.
   Short items cut from every training item join the training set
   (`newstag.tagging.short_items`): its headline alone; per tag,
   {params['short_items']} sentence(s) carrying the tag alone and
   {params['short_items'] if params['short_negatives'] else 0} that look like it without carrying it (a lexicon cue
   of the tag, or a passing mention) alone, as hard negatives; and as many
   plain sentences alone. So a one-line wire item scores like the same
   sentence inside an article, and an excluded look-alike ("shelling", a
   truce mentioned in background) stays negative when it stands alone.
   The sentences of long items (at least {params['long_items_from']} sentences with the headline) get a
   second copy of every feature, so each classifier learns shared weights and how long items differ
   (`newstag.tagging.item_length`): what long reports teach about background stays with them.
   Words capitalised in at least {params['proper_noun_share']:.0%} of their mid-sentence uses (places, actors, outlets,
   days, months: {len(model.dropped_terms_)} words) are dropped, also inside longer words ("mid-May", "Aleppo's"),
   unless a tag's lexicon cue names them, so FA-KES's geography and outlets, and the date, carry no weight; nor
   does an agency dateline opening the body ("KHARTOUM, May 3 (Reuters) - ", `newstag.corpus.datelines`), nor a label or
   site name around the headline ("BREAKING: ", "FACTBOX-", " | Al Jazeera", `newstag.corpus.slugs`): they read as blank.
2. Per tag, a logistic regression (C={params['C_item']}) over the item's best sentence
   score, its headline's score, the mean of its two best and the log count of
   sentences scoring above {params['high']}, learned from out-of-fold sentence scores;
   calibrated by Platt scaling on out-of-fold item decisions (each item's
   decision the mean over {params['threshold_draws']} draws of the folds); each threshold maximises
   that cross-validated F1 averaged over the thresholds within
   {params['threshold_window']} of it, so a refit moves it less: {thresholds}.
3. Item weights (`newstag.tagging.snippets.training_weights`): the wire
   copy of sets R to AQ (3,000 short items about other wars, holdouts
   before v3.29) trains the sentence classifiers only: it weighs 0 in
   step 2. So that it takes no share of the losses from the FA-KES
   articles and from news outside armed conflict (`labels/snippets/settings.csv`,
   two blind readings of the look-alike sets' setting names), those weigh
   r = war snippets / (war snippets less the 3,000 and less the 750 long reports of sets BI, BK, BM, BO
   and BP, training material since v3.32) in both steps, every other item 1.
Saved with skops; loading refuses untrusted types. Random state {params['random_state']}.

## Training data
{n_train} items labelled by hand at sentence level against `docs/annotation.md`:
the seed items and every distinct FA-KES article (Abu Salem et al. 2019,
CC BY 4.0) that is not in the sealed test set (`labels/tags_*.csv`, evidence
in `labels/evidence_*.csv`; since the fourth reading a full sentence that
recalls the matter counts, as the spec says, except in lockbox items, which
were not re-read), and {n_snippets} wire items and reports written for the project
(`labels/snippets`, their surrender and amnesty deals read by the spec's
exclusion since v3.30: sets A-G, J, L and O about other wars; sets M, N and Q
in today's wire wording (2001-2025 conflicts, M weighted to diplomacy and
ceasefire); set P, 150 long reports (a headline and 7-10 sentences) on
other wars; set H written from the spec's exclusions; sets K, V and X
(1,000 items: set X without its 50 items on aviation that attacks nothing,
which v3.13's first candidate left out), news from outside armed conflict
that borrows its words; set Z, 200 truces outside war (labour, politics,
business, sport, families) beside 100 items on truces in war; set AB, 200
talks and deals that are not diplomacy (unions, coalitions, companies,
regions, briefings, NGO reports) beside 100 items of diplomacy; set AD,
200 items that borrow airstrike's words with no air attack (raids,
"strikes", flights that attack nothing, metaphors, ground attacks) beside
100 air attacks; set AH, 140 attacks not delivered from the air (car and
suicide bombs, IEDs, shelling, aircraft shot down) and 100 air attacks,
most with their toll and nothing on care or aid, beside 60 attacks
reported with their humanitarian toll, two fifths of them long reports;
set AL, 120 plain ceasefire look-alikes (pauses and calm with no
agreement, surrenders, a truce in a background clause, truces outside
war, deals on other matters) beside 80 plain ceasefire items; set AO,
150 evacuation and surrender deals with and without a truce (training
material since v3.22); sets BI, BK, BM, BO and BP, 750 long reports on the Syrian war (a headline and
8-16 sentences, written as the outlets of every side wrote; each a holdout scored once for an earlier
design), training material since v3.32; set BA, 120 ceasefire look-alikes inside war (pauses, stops with no agreement, surrenders and weapons handed over with no accord) beside 80 ceasefires (since v3.28);
sets R, U, W, Y, AA, AC, AE, AG, AI, AM, AP and AQ, 3,000 short items about
144 other conflicts, each a holdout scored once for an earlier design,
training material for the sentence classifiers since v3.29 (step 3); set I,
written from the ceasefire definition and its exclusions, was kept out by
v3.5's decision rule, and sets S and T, long reports on the Syrian war, by
v3.11's cross-validation). No sealed item was labelled,
trained, tuned or read to write cues. The shipped model is fitted on all
{n_train} items; the figures below come from designs fitted without the lockbox.

## Lockbox and holdout (held out of training)
`labels/lockbox_ids.txt`: 25% of the labelled FA-KES items (multi-label
stratified, seed 42), committed before v3 was modelled; scored for v3.0 to
v3.11, v3.14 to v3.17, v3.19 to v3.33 and v3.36 to v3.38. Up to v3.29 it decided nothing; since, a design it tells apart
below the shipped one is not shipped (v3.29's thirteenth candidate, v3.31's first), and v3.31's to v3.38's
own rules checked it, so it has judged designs and is no longer an untouched estimate. Its labels keep the earlier reading of
"background" (it is never re-read), so it now holds every design to a
stricter reading than the training labels. `labels/snippets` sets R, U, W, Y, AA, AC, AE, AG, AI, AM, AP and AQ:
250 short items each about twelve conflicts no training set then covered
(the Cyprus emergency to the Kokang conflict), each by writers of its
own, committed before the design it judged and scored once for that
design's rule, v3.11 to v3.22 (`docs/experiments/tagger_v3_11_2026-11-29/`
to `docs/experiments/tagger_v3_22_2026-11-30/`); training material for
the sentence classifiers since v3.29 (above). Set AR: 250 short items
about twelve more (the Bizerte crisis to the Tuareg rebellion in Mali),
by two more writers, scored once (five fits of each design) for the rule
of v3.23's third candidate, which shipped v3.23
(`docs/experiments/tagger_v3_23_2026-11-30/`; the two candidates before
it were stopped by their gains). Set AS: 250 short items about twelve
more (the Guatemalan coup of 1954 to the Kuwait crisis of 1961), by two
more writers, scored once (five fits of each design) for the rule of
v3.23's fifth candidate, which shipped v3.24 (the fourth was stopped
by its gain). Set AT: 250 short items about twelve more (the Chinese
civil war to the Sino-Soviet border conflict of 1969), scored once for
the rule of v3.24's third candidate, which kept v3.24. Set AU: 250 short
items about twelve more (the Manchurian incident to the Nicaraguan
revolution), scored once for the rule of v3.24's fifth candidate, which
shipped v3.25 (`docs/experiments/tagger_v3_24_2026-11-30/`). Set AW: 250
short items about twelve more (the Third Anglo-Afghan War of 1919 to US
strikes on boats in the Caribbean in 2025), scored once for the rule of
v3.25's third candidate, which shipped v3.26
(`docs/experiments/tagger_v3_25_2026-11-30/`; the two candidates before
it were stopped by their gains). Set AX: 250 short items about twelve
more (the Russian Civil War to the Costa Rican civil war of 1948), scored
once for the rule of v3.26's first candidate, which shipped v3.27
(`docs/experiments/tagger_v3_26_2026-11-30/`).
Sets AY to BP were each scored once (five fits of each design) for one candidate's rule, as
`labels/snippets/README.md` records: wire sets AY, AZ, BC, BE, BF, BG, BH, BJ and BL (250 short items
about twelve more wars each) and long-report sets BI, BK, BM, BO and BP (150 long reports on the Syrian
war each). Set AY's rule shipped v3.28, AZ's v3.29 and BF's v3.30 (the sixth reading); set BE's design
met its rule and did not ship, because `make train`'s lockbox told it apart below v3.29's design on
diplomacy (0.723 against 0.810; `docs/experiments/tagger_v3_29_2026-11-30/make_train_13.out`); the others
kept the shipped design. Since v3.32 the five long-report sets are training material. Set BQ: 150 more
long reports on the Syrian war of 2012-2024, scored once for the rule of v3.32's thirteenth candidate
(those five sets as training material), which shipped v3.32: 0.9214 against v3.31's 0.8902 (+0.003
asked). Sets BN (250 short items about twelve more wars, the Dogger Bank incident of 1904 to Okinawa in
1945) and BR (150 more long reports) were scored once together for v3.33's second candidate, whose model
shipped as v3.33 under the third candidate's rule (its `make train` timed against v3.32's in one sitting):
BN 0.8148 against v3.32's 0.8076 (+0.003 asked), BR 0.9000 against 0.9031 (-0.005 allowed). The
holdouts below are sets AR to BS (wire) and BQ, BR, BT, BV and BW (long reports; v3.34's and v3.35's
candidates, none shipped, opened BS, BT, BV and BW: `labels/snippets/README.md`); BU is unopened. v3.19 shipped on a
re-test: its first candidate missed its cross-validation gain (corpus airstrike rose, humanitarian did
not), and the same design was then judged on sets S and T (long reports no rule had read) and on set AG.
Set AK (`labels/snippets`, aside): 180 ceasefire cases written the way
the checklist's minimum-functionality cases are, from the spec alone
(120 that must not get ceasefire, 60 that must, one of which the sixth
reading reads as a surrender deal), never trained on: a
measure of the ceasefire exclusions outside `tests/`, scored below.
Designs: v3.38 is this model: v3.37's design reading each headline without the labels and site name around it (step 1; candidate 1 of v3.38 in `labels/snippets/README.md`, `docs/experiments/tagger_v3_38_2026-12-03/`).
"tagger v3.37" below reads them; v3.37 was v3.36's design reading each body without the agency datelines that open it, v3.36 v3.33's design with day and month names out of the vocabulary, v3.33 v3.32's with long
items learned apart, v3.32 v3.31's with sets BI, BK, BM, BO and BP (750 long Syrian-war reports) and step 3's weights.
v3.36 to v3.31 are no longer refitted here (figures: this card at commits 30be326, c9ac61e, e1a81cf, ee7be83). v3.31 was v3.29's design and options on the labels
after the sixth reading (label history 9 of `docs/annotation.md`: wire
surrender and amnesty deals lose ceasefire; v3.30) and the seventh (history
10: the stock line giving a war's toll with its displaced is background; 9
corpus items lose humanitarian, 1 gains it). v3.30 cannot be refitted from
today's labels: on the same non-lockbox items it scored 0.853 on the
lockbox against this design's 0.859 (humanitarian 0.822 against 0.870,
paired 95% interval +0.011 to +0.100; ceasefire 0.857 against 0.833, one
article, -0.086 to +0.000), and 0.8655 against 0.8687 on the corpus in
three CV runs in the same folds (`docs/experiments/seventh_reading_2026-12-01/`). v2 is the
whole-article design before v3 (TF-IDF + cue statistics), refitted on the same items with the same
labels and lexicon. v3.28 to v3.0 are no longer refitted, to keep training within minutes: v3.28's
figures stay in v3.32's model card (`models/MODEL_CARD.md` at commit ba550ef), the others in v3.29's
(commit a96e9e4). Sets B to G, J, L and O were the
holdouts of v3.1 to v3.6 and v3.8 to v3.10, each scored once; they are
training material since.

{_lockbox_section(evaluation.get('lockbox'))}
{_lockbox_cv_section(evaluation)}
## Cross-validated quality (design set)
5-fold multi-label stratified cross-validation over the {n_design} non-lockbox
corpus items and the {n_snippets} dev wire snippets (folds over both); every
choice (vocabulary, calibration, thresholds) made inside the training folds.
95% intervals: percentile bootstrap over items. One run (seed 42): over fold seeds 42, 1, 7 and 2026
v3.27's corpus macro-F1 ranged 0.844-0.870 (`docs/experiments/cv_drift_2026-11-30`). The design (C among 1.5, 3,
6; item C 0.3 or 1; passing weight 1.5, 3 or 6; proper-noun share 0.7 or
0.9; short items 0, 1 or 2 per tag, with or without short hard negatives)
was chosen on these folds.

**This tagger**, corpus items

{scores_markdown(evaluation['tagger'])}

**Keyword baseline** (`newstag.tagging.baseline.KeywordTagger`, any cue word present), corpus items

{scores_markdown(evaluation['baseline'])}
{_snippets_cv_section(evaluation)}
**Agreement of two independent readings** at sentence level
({int(agree['n_items'].iloc[0])} random labelled items, the second reading blind to the first):

| tag | sentence kappa | item kappa | item F1 between readers | raw item agreement |
|---|---|---|---|---|
{agreement_rows}

**Learning curve** (held-out F1 when trained on part of each training fold)

| training items | macro-F1 | {' | '.join(TAGS)} |
|---|---|{'---|' * len(TAGS)}
{curve_rows}

## Intended use and limits
- Reporting on armed conflict in English, from one-line wire items to long
  articles. Trained on the Syrian war; the behavioural checklist below tests
  other wars, but its templates are ours, not real reporting.
- The labels follow one set of guidelines read by careful readers; the
  agreement table shows how far two readings differ.
- Not a fact-checker: FA-KES's credibility label is not used.
- Short items that look like a tag without carrying it (a lull in fighting
  or a surrender for ceasefire; shelling for airstrike) are its most common
  error on one-line items: see the checklist's MFT- column below.
{_older_wars_limit(evaluation)}- The wire snippets it learns from and is scored on were written for the
  project by careful writers; real wire copy is terser and messier, so expect
  lower scores on it than on the holdout snippets.
- v3.32's 750 long Syrian-war reports raised long articles and cost wire copy (15 wire holdout sets
  0.896 to 0.884 against v3.31). v3.33 learns long items apart and wins back part of it (set BN +0.007
  against v3.32; this card at commit e1a81cf), not all: for short wire copy alone, v3.31 (`models/` at
  commit c725f5d; its wire figures in this card at commit ee7be83) may still fit it better.
- It is meant for reporting on armed conflict. Trained with 1,000 items
  from outside it (sets K, V and X), it still gives a tag they do not carry
  to about a fifth of such items when they borrow war words (coalition and
  labour talks as diplomacy, truces ending strikes or feuds as ceasefire):
  72 of sets K and V's 508 untagged items scored out of fold, a mean over
  nine cross-validation runs (111 for v3.14, 137 before set X). Before set X was trained on,
  v3.11 gave a false tag to 107 of set X's 309 untagged items, written to
  read like war reporting; expect more such errors on items like those
  than on ordinary news.
- Humanitarian on long articles: set AH (v3.19) taught that an attack's
  toll alone is not humanitarian, as the spec says. On the lockbox v3.19
  loses humanitarian against v3.17 fitted on the same items (0.849 to
  0.795, paired 95% interval -0.117 to -0.011) while it gains airstrike
  (0.913 to 0.938, +0.006 to +0.050); cross-validation and sets S and T
  saw no humanitarian change. Believe the lockbox: expect lower
  humanitarian recall on long Syrian-war reports of attacks than v3.17 had
  (`docs/experiments/tagger_v3_19_2026-11-30/lockbox_v3_17_v3_19.out`).
- A full sentence that recalls a ceasefire, aid or talks counts, as the spec
  says; readers who count only current events will find it generous (the
  lockbox, read that way before the fourth reading, shows it as lower
  precision).

## Behavioural checklist
Not yet run for this model: `make train` runs `tests/checklist` and writes its
pass rates here.
"""
    path = Path(path)
    path.write_text(text, encoding="utf-8")
    return path
