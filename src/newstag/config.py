"""Paths and settings, anchored at the project root.

Importing this module only computes paths; it reads and writes nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]

SEEDS_DIR = PROJECT_ROOT / "seeds"
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
LABELS_DIR = PROJECT_ROOT / "labels"
MODELS_DIR = PROJECT_ROOT / "models"
REPORTS_DIR = PROJECT_ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"

FAKES_ENV_VAR = "NEWSTAG_FAKES_CSV"
DEFAULT_FAKES_PATH = RAW_DIR / "fakes.csv"
SEALED_IDS_ENV_VAR = "NEWSTAG_SEALED_IDS"

FAKES_ZENODO_RECORD = "2607278"
FAKES_ZENODO_DOI = "10.5281/zenodo.2607278"
FAKES_CITATION = (
    "Abu Salem, F. K., Al Feel, R., Elbassuoni, S., Jaber, M., Farah, M. (2019). "
    "FA-KES: A Fake News Dataset around the Syrian War. ICWSM 13(01), 573-582. "
    "doi:10.1609/icwsm.v13i01.3254. Data: doi:10.5281/zenodo.2607278 (CC BY 4.0)."
)

#: One seed feeds every random step unless the caller passes another.
DEFAULT_RANDOM_STATE = 42

TAGS = ("ceasefire", "airstrike", "humanitarian", "diplomacy")


def resolve_fakes_path(explicit: str | os.PathLike | None = None) -> Path | None:
    """Return the FA-KES csv to use, or None when none is configured.

    Order: the explicit path (``--fakes``), then ``$NEWSTAG_FAKES_CSV``, then
    ``data/raw/fakes.csv`` if it exists. An explicit path or env var is
    returned even if missing, so the caller can report it by name.
    """
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(FAKES_ENV_VAR)
    if from_env:
        return Path(from_env)
    if DEFAULT_FAKES_PATH.exists():
        return DEFAULT_FAKES_PATH
    return None
