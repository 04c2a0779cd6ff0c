"""Where compiled artefacts live, and stable keys for them.

Compiled forms (the gazetteer, automata, morphology analyses) are built once and stored under the user's cache
directory, keyed by a sha256 of their inputs and marsad's version: Python's ``hash()`` is salted per process and would
rebuild every time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from marsad import __version__


def cache_dir() -> Path:
    """The cache directory: ``$MARSAD_CACHE_DIR``, else ``$XDG_CACHE_HOME/marsad``, else ``~/.cache/marsad``."""
    env = os.environ.get("MARSAD_CACHE_DIR")
    if env:
        path = Path(env)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        path = Path(base) / "marsad"
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The data directory for the embedded store: ``$MARSAD_DATA_DIR``, else ``$XDG_DATA_HOME/marsad``."""
    env = os.environ.get("MARSAD_DATA_DIR")
    if env:
        path = Path(env)
    else:
        base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
        path = Path(base) / "marsad"
    path.mkdir(parents=True, exist_ok=True)
    return path


def stable_key(*parts: str | bytes) -> str:
    """A sha256 hex digest of ``parts`` and marsad's version, stable across processes and machines."""
    h = hashlib.sha256(__version__.encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()
