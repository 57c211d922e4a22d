"""v3.27's candidates: the holdout and set-AK parts of a gain, without the nine CV runs.

Mean F1 over the five gain fits on the twelve opened holdouts, and set AK's
must-not cases given ceasefire and must cases found per fit, for v3.27's
saved fits and candidate 1's. Run when those two parts already decide the
gain, so that the CV runs are not needed for the verdict.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_27_2026-11-30/gain_part.py --candidate 2
"""
import argparse
import sys

import numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
from candidates import BASE_DESIGN, BASE_FITS, GAIN_SEEDS
from newstag.config import TAGS
from newstag.tagging.evaluate import scores_table
from newstag.tagging.labels import tags_to_matrix
from newstag.tagging.snippets import read_snippets
parser = argparse.ArgumentParser()
parser.add_argument('--candidate', choices=['1', '2', '3', '4', '5', '6', '7', '11'], default='1')
candidate = parser.parse_args().candidate
sn = read_snippets().set_index('id')
for label, path, d in (('v3.27', BASE_FITS, BASE_DESIGN), (f'candidate {candidate}', __import__('pathlib').Path(__file__).resolve().parent / 'gain_fits', candidate)):
    runs = [np.load(path / f'design{d}_seed{s}.npz') for s in GAIN_SEEDS]
    Y = tags_to_matrix(sn.loc[runs[0]['opened_ids'], 'tags'])
    t = [scores_table(Y, r['opened'], n_resamples=1) for r in runs]
    print(label, {row: round(float(np.mean([x.loc[row, 'f1'] for x in t])), 6) for row in (*TAGS, 'macro')})
    must = np.array(['ceasefire' in sn.loc[i, 'tags'] for i in runs[0]['ak_ids']])
    print('  AK false', [int(((r['ak'][:, 0] == 1) & ~must).sum()) for r in runs], 'found', [int(((r['ak'][:, 0] == 1) & must).sum()) for r in runs])
