"""v3.27's candidates: set AK items whose ceasefire decision changed, summed over the five gain fits.

    NEWSTAG_FAKES_CSV=... PYTHONPATH=src python docs/experiments/tagger_v3_27_2026-11-30/ak_changes.py --candidate 2
"""
import argparse
import pathlib
import sys

import numpy as np
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from candidates import BASE_DESIGN, BASE_FITS, GAIN_SEEDS
from newstag.tagging.snippets import read_snippets
parser = argparse.ArgumentParser()
parser.add_argument('--candidate', choices=['1', '2', '3', '4'], default='1')
candidate = parser.parse_args().candidate
sn = read_snippets().set_index('id')
base = sum(np.load(BASE_FITS / f'design{BASE_DESIGN}_seed{s}.npz')['ak'][:, 0] for s in GAIN_SEEDS)
new = sum(np.load(pathlib.Path(__file__).resolve().parent / 'gain_fits' / f'design{candidate}_seed{s}.npz')['ak'][:, 0] for s in GAIN_SEEDS)
ids = np.load(BASE_FITS / f'design{BASE_DESIGN}_seed121.npz')['ak_ids']
for i, b, n in zip(ids, base, new):
    if b != n:
        print(i, 'cf' if 'ceasefire' in sn.loc[i, 'tags'] else '--', b, '->', n, '|', sn.loc[i, 'title'], '|', sn.loc[i, 'text'][:200])
