"""Near-duplicate articles: MinHash signatures over word shingles, banded LSH lookup.

Two articles whose word-shingle Jaccard similarity is at least the threshold (0.9) are
near duplicates; the later one is linked to the first and not analyzed again. Signatures
come from datasketch; the banding (number of bands and rows) is datasketch's optimum for
the threshold. The band index itself is pluggable (``BandIndex``): in memory for
``dateline extract``, in the store for ``dateline ingest`` so that memory stays bounded and
duplicates are found across runs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.9
NUM_PERM = 128
SHINGLE_WORDS = 3
SCHEME = "affine32"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Banding:
    """How a signature is cut into bands: ``bands`` bands of ``rows`` hash values each."""

    bands: int
    rows: int

    @classmethod
    def for_threshold(cls, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> Banding:
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        return cls(bands=lsh.b, rows=lsh.r)


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash of the text's lower-cased word shingles."""
    words = _WORD.findall(text.lower())
    if len(words) >= SHINGLE_WORDS:
        shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    else:
        shingles = {" ".join(words)}
    # The scheme is fixed so that signatures kept in a store stay comparable across versions.
    sig = MinHash(num_perm=num_perm, scheme=SCHEME)
    sig.update_batch([s.encode("utf-8") for s in shingles])
    return sig


def band_keys(sig: MinHash, banding: Banding) -> list[int]:
    """One signed 64-bit key per band (band number mixed in), ready for an indexed column."""
    values = sig.hashvalues
    keys = []
    for band in range(banding.bands):
        chunk = values[band * banding.rows : (band + 1) * banding.rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little") * 8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def signature_bytes(sig: MinHash) -> bytes:
    return np.asarray(sig.hashvalues, dtype=np.uint64).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal hash values."""
    left, right = np.frombuffer(a, dtype=np.uint64), np.frombuffer(b, dtype=np.uint64)
    if left.shape != right.shape:
        return 0.0
    return float(np.count_nonzero(left == right)) / len(left)


class BandIndex(Protocol):
    """Where band keys and signatures of already seen articles are kept."""

    def candidates(self, keys: list[int]) -> Iterable[tuple[str, bytes]]:
        """(article id, signature bytes) of articles sharing any of ``keys``."""

    def add(self, article_id: str, keys: list[int], sig: bytes) -> None: ...


class MemoryBandIndex:
    """A BandIndex in a dict, for one run of ``dateline extract``."""

    def __init__(self) -> None:
        self._by_key: dict[int, list[str]] = {}
        self._signatures: dict[str, bytes] = {}

    def candidates(self, keys: list[int]) -> Iterable[tuple[str, bytes]]:
        seen: set[str] = set()
        for key in keys:
            for article_id in self._by_key.get(key, ()):
                if article_id not in seen:
                    seen.add(article_id)
                    yield article_id, self._signatures[article_id]

    def add(self, article_id: str, keys: list[int], sig: bytes) -> None:
        self._signatures[article_id] = sig
        for key in keys:
            self._by_key.setdefault(key, []).append(article_id)

    def clear(self) -> None:
        self._by_key.clear()
        self._signatures.clear()


@dataclass(frozen=True)
class Fingerprint:
    """What the index needs of one article."""

    keys: list[int]
    sig: bytes


class NearDuplicates:
    """Finds the first-seen near duplicate of an article among those already indexed.

    ``indexes`` are searched in order (e.g. the current batch in memory, then the store).
    """

    def __init__(self, *indexes: BandIndex, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.indexes = indexes
        self.threshold = threshold
        self.num_perm = num_perm
        self.banding = Banding.for_threshold(threshold, num_perm)

    def fingerprint(self, text: str) -> Fingerprint:
        sig = signature(text, self.num_perm)
        return Fingerprint(band_keys(sig, self.banding), signature_bytes(sig))

    def find(self, fingerprint: Fingerprint) -> str | None:
        """The id of an indexed article at least ``threshold`` similar, or None."""
        for index in self.indexes:
            for article_id, other in index.candidates(fingerprint.keys):
                if similarity(fingerprint.sig, other) >= self.threshold:
                    return article_id
        return None
