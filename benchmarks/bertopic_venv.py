"""Create the BERTopic side's environment for `make benchmark`.

BERTopic needs torch, and torch must not go into .venv: skops (which loads
the tagger) imports every scikit-learn module when it loads, and with torch
installed that pulls torch in too, adding seconds to every `newstag tag`
start. So the benchmark's BERTopic side gets its own venv under
benchmarks/work/ (git-ignored) that sees .venv's packages through a .pth
file and adds only torch (the CPU build, first) and the [benchmark] extra.

    .venv/bin/python benchmarks/bertopic_venv.py benchmarks/work/venv-bertopic
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(target: str) -> int:
    venv = Path(target).resolve()
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([getattr(sys, "_base_executable", sys.executable), "-m", "venv", str(venv)], check=True)
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # .venv's site-packages after the overlay's own, with its .pth files (the editable newstag).
    (Path(purelib) / "zz_newstag_venv.pth").write_text(
        f"import site; site.addsitedir({sysconfig.get_paths()['purelib']!r})\n", encoding="utf-8")
    pip = [str(python), "-m", "pip", "install", "--quiet"]
    subprocess.run(pip + ["torch==2.13.0"], check=True)  # the CPU wheel; first, so nothing pulls a CUDA build
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    subprocess.run(pip + list(extra["benchmark"]), check=True)  # the [benchmark] extra; newstag itself comes from .venv
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "benchmarks" / "work" / "venv-bertopic")))
