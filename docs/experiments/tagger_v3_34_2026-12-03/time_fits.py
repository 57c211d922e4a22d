"""Candidate 1 of v3.34, part (e), first half: four fits of the shipped model on every labelled item,
alternating v3.33, design 1, v3.33, design 1, each in a fresh process with its own source tree (nothing else
computing). Prints each fit's wall time (the fit alone, data read before the clock starts) and the means.

    NEWSTAG_FAKES_CSV=... python docs/experiments/tagger_v3_34_2026-12-03/time_fits.py
"""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rule_bs_bt import SOURCES  # noqa: E402

ORDER = ("v3.33", "design 1", "v3.33", "design 1")


def one_fit():
    from newstag.tagging.train import labelled_training_data, train_tagger

    frame = labelled_training_data(os.environ["NEWSTAG_FAKES_CSV"])
    start = time.perf_counter()
    train_tagger(frame, random_state=42)
    print(f"{time.perf_counter() - start:.1f}")


def main():
    if len(sys.argv) > 1:
        one_fit()
        return
    times = {name: [] for name in SOURCES}
    for name in ORDER:
        out = subprocess.run([sys.executable, __file__, "fit"], env={**os.environ, "PYTHONPATH": SOURCES[name]},
                             check=True, capture_output=True, text=True).stdout
        seconds = float(out.strip().splitlines()[-1])
        times[name].append(seconds)
        print(f"{time.strftime('%H:%M:%S')} {name}: {seconds:.1f} s", flush=True)
    means = {name: sum(t) / len(t) for name, t in times.items()}
    ratio = means["design 1"] / means["v3.33"]
    print(f"means: v3.33 {means['v3.33']:.1f} s, design 1 {means['design 1']:.1f} s; ratio {ratio:.3f} "
          f"(at most 1.05 asked): {'met' if ratio <= 1.05 else 'NOT met'}")


if __name__ == "__main__":
    main()
