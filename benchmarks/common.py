"""What every benchmark shares: paths, the run's context, timing a fresh process, medians.

A benchmark module (``bench_*.py``) gets a :class:`Context` and measures
through it: :meth:`Context.measure` runs one command as a fresh process
(wall and CPU seconds, peak RSS), :meth:`Context.stage` runs one stage of
``benchmarks/stages.py`` that way, and the input helpers build the
RESAMPLED corpora on first use. :func:`summary` turns the runs of one
measure into median, min and max.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
WORK = BENCH / "work"
# `make benchmark` builds this venv (benchmarks/bertopic_venv.py); a --work folder does not move it.
BERTOPIC_PYTHON = WORK / "venv-bertopic" / "bin" / "python"
# 20k: the size of issue 9's whole-process target for `newstag tag` against the TF-IDF floor.
SIZES = {"10k": 10_000, "20k": 20_000, "100k": 100_000, "1M": 1_000_000}
# --quick keeps the corpus names (the report and the targets refer to them) but makes them tiny.
QUICK_SIZES = {"10k": 200, "20k": 300, "100k": 400, "1M": 800}
SEEDS = (42, 0, 1)
TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None  # GNU time, for peak RSS


def log(message: str) -> None:
    """Print a progress line on stderr (stdout stays free for the measured processes)."""
    print(message, file=sys.stderr, flush=True)


def loadavg() -> str:
    """The 1, 5 and 15-minute load averages, or ``n/a``."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def summary(values) -> dict | None:
    """Median, min, max and number of the runs of one measure (``None`` values left out)."""
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def fakes_csv() -> Path:
    """FA-KES, from ``$NEWSTAG_FAKES_CSV`` or data/raw; exits with one line when it is missing."""
    from newstag.config import resolve_fakes_path

    path = resolve_fakes_path(None)
    if path is None or not Path(path).exists():
        sys.exit("benchmarks need FA-KES: set NEWSTAG_FAKES_CSV=/path/to/fakes.csv or run `make data`")
    return Path(path)


@dataclass
class Context:
    """One run of the benchmarks: where inputs and scratch files go, how many runs, which corpora.

    Parameters
    ----------
    work : Path
        Scratch folder: resampled corpora, per-run files, results.json.
    runs : int
        Fresh-process runs per measure.
    runs_large : int
        Runs for the 100k and 1M streaming measures.
    sizes : dict
        Items in each RESAMPLED corpus, by name (``10k``, ``20k``, ``100k``, ``1M``).
    python : str
        The interpreter of the measured processes; ``newstag`` is its sibling.
    """

    work: Path = WORK
    runs: int = 3
    runs_large: int = 1
    sizes: dict = field(default_factory=lambda: dict(SIZES))
    python: str = sys.executable

    @property
    def newstag(self) -> str:
        return str(Path(self.python).with_name("newstag"))

    @property
    def stderr_path(self) -> Path:
        """Where the last measured process's stderr is kept (the main job reads its log from it)."""
        return self.work / f"stderr_{os.getpid()}.txt"

    # ------------------------------------------------------------ measuring
    def measure(self, cmd, *, env=None, stdout=None, first_line=False, cwd=ROOT) -> dict:
        """Run ``cmd`` as a fresh process and time it.

        Returns wall and CPU seconds, the peak RSS (MB) of the process and
        its stdout (empty when ``stdout`` names a file); with ``first_line``,
        also the seconds to its first line of output. Raises ``RuntimeError``
        with the end of its stderr when it fails.
        """
        full_env = {**os.environ, **(env or {})}
        err_path = self.stderr_path
        # Peak RSS through GNU time: the rusage of a child that this (larger) process
        # starts directly would count this process's own peak too (vfork + exec).
        rss_path = self.work / f"rss_{os.getpid()}.txt"
        if TIME:
            cmd = [TIME, "-f", "%M", "-o", str(rss_path), *map(str, cmd)]
        start = time.perf_counter()
        with open(err_path, "wb") as err:
            if first_line:
                proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=full_env, cwd=cwd)
                proc.stdout.readline()
                first = time.perf_counter() - start
                for _ in proc.stdout:
                    pass
                out_text = ""
            else:
                with open(stdout, "wb") if stdout else nullcontext(subprocess.PIPE) as out_handle:
                    proc = subprocess.Popen(cmd, stdout=out_handle, stderr=err, env=full_env, cwd=cwd)
                out_text = proc.stdout.read().decode("utf-8", "replace") if not stdout else ""
                first = None
            # os.wait4 rather than proc.wait: it also returns the child's CPU time (rusage).
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            tail = err_path.read_text(encoding="utf-8", errors="replace")[-3000:]
            raise RuntimeError(f"{' '.join(map(str, cmd))} exited {proc.returncode}:\n{tail}")
        rss_kb = int(rss_path.read_text().split()[-1]) if TIME else usage.ru_maxrss
        result = {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": rss_kb / 1024}
        if first is not None:
            result["first_output"] = first
        result["stdout"] = out_text
        return result

    def stage(self, name, runs=1, **kwargs) -> list[dict]:
        """Run ``benchmarks/stages.py name`` ``runs`` times; each run's own JSON plus process figures."""
        out = []
        for _ in range(runs):
            proc = self.measure([self.python, str(BENCH / "stages.py"), name, json.dumps(kwargs)])
            record = json.loads(proc.pop("stdout").strip().splitlines()[-1])
            record.update({f"process_{k}": v for k, v in proc.items()})
            out.append(record)
            log(f"    {name} {kwargs.get('path', '')}: " + ", ".join(
                f"{k}={v:.3g}" for k, v in record.items() if isinstance(v, float)))
        return out

    # --------------------------------------------------------------- inputs
    def fakes_items(self) -> Path:
        """FA-KES as JSONL items (``newstag corpus`` output): the same input for every side."""
        path = self.work / "fakes_items.jsonl"
        if not path.exists():
            subprocess.run([self.newstag, "corpus", str(fakes_csv()), "--output", str(path)], check=True,
                           stderr=subprocess.DEVNULL)
        return path

    def resampled(self, size: str) -> Path:
        """The RESAMPLED corpus ``size`` (``10k``, ``20k``, ``100k``, ``1M``), built on first use."""
        path = self.work / f"resampled_{size}.jsonl"
        if not path.exists():
            log(f"  building RESAMPLED corpus {size} -> {path}")
            subprocess.run([self.python, str(BENCH / "resample.py"), "--fakes", str(fakes_csv()),
                            "--n", str(self.sizes[size]), "--output", str(path), "--seed", "0"], check=True)
        return path

    def corpus_path(self, name: str) -> str:
        """``FA-KES`` (the CSV) or a RESAMPLED corpus, as a path string."""
        return str(fakes_csv()) if name == "FA-KES" else str(self.resampled(name))
