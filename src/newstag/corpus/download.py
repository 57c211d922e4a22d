"""``newstag data``: put the FA-KES corpus in ``data/raw/fakes.csv``.

From ``$NEWSTAG_FAKES_CSV`` when set (a copy), else from Zenodo record
2607278 (CC BY 4.0). Raw data is never edited, and never committed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import urllib.error
import urllib.request
from pathlib import Path

from newstag.config import (
    DEFAULT_FAKES_PATH,
    FAKES_CITATION,
    FAKES_ENV_VAR,
    FAKES_ZENODO_RECORD,
)

__all__ = ["fetch_fakes"]

ZENODO_API = f"https://zenodo.org/api/records/{FAKES_ZENODO_RECORD}"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch_fakes(*, destination: Path = DEFAULT_FAKES_PATH, force: bool = False, timeout: float = 30.0) -> int:
    """Copy or download FA-KES to ``destination``; return a process exit status."""
    destination = Path(destination)
    if destination.exists() and not force:
        print(f"{destination} already exists (sha256 {_sha256(destination)}); use --force to replace it", file=sys.stderr)
        return 0
    destination.parent.mkdir(parents=True, exist_ok=True)
    source = os.environ.get(FAKES_ENV_VAR)
    if source:
        if not Path(source).exists():
            print(f"newstag data: {FAKES_ENV_VAR}={source} does not exist; fix the path", file=sys.stderr)
            return 2
        shutil.copyfile(source, destination)
        print(f"copied {source} -> {destination} (sha256 {_sha256(destination)})", file=sys.stderr)
        return 0
    try:
        with urllib.request.urlopen(ZENODO_API, timeout=timeout) as response:
            record = json.load(response)
        files = [f for f in record.get("files", []) if f.get("key", "").lower().endswith(".csv")]
        if not files:
            raise ValueError("the Zenodo record lists no CSV file")
        url = files[0]["links"]["self"]
        with urllib.request.urlopen(url, timeout=timeout) as response, destination.open("wb") as out:
            shutil.copyfileobj(response, out)
    except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError) as error:
        print(
            f"newstag data: could not download FA-KES from Zenodo record {FAKES_ZENODO_RECORD} ({error}).\n"
            f"  Offline? Download it by hand from https://doi.org/10.5281/zenodo.{FAKES_ZENODO_RECORD} and either\n"
            f"  put the csv at {destination} or set {FAKES_ENV_VAR}=/path/to/fakes.csv",
            file=sys.stderr,
        )
        return 2
    print(f"downloaded FA-KES -> {destination} (sha256 {_sha256(destination)})\nPlease cite: {FAKES_CITATION}",
          file=sys.stderr)
    return 0
