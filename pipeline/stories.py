"""Stories: one article text republished by several outlets (转载, syndication), found and grouped.

Chinese portals carry the same Xinhua, People's Daily or 中新网 story under their own chrome, often the same
day, sometimes in traditional characters for Hong Kong and Taiwan readers, sometimes trimmed; English wire
stories go round the same way.  A monitoring team wants each story once, with the outlets that carried it;
an analyst counts stories as well as articles.  This module decides, for each new article, whether it is a
copy of one already stored, and so which *story* it belongs to.

* **Fingerprint.**  The article's text, read in simplified characters (so a Hong Kong reprint matches its
  mainland original), as tokens -- each CJK character and each Latin word or
  number, lower-cased, punctuation and spacing ignored -- cut into overlapping shingles of ``SHINGLE``
  tokens; each shingle hashed (CRC-32).  A MinHash signature (datasketch, ``NUM_PERM`` permutations, fixed
  seed) of that set is stored with the article.
* **Candidates.**  A MinHash LSH index over the stored signatures returns the articles whose estimated
  Jaccard similarity may reach ``LSH_THRESHOLD`` -- low enough that a copy trimmed to half the story is
  still found.  Every stored article is a candidate, however old (a piece republished months later is still
  a copy), so the index holds the whole warehouse's signatures (``StoryIndex``: 1.4 KB each).
* **Decision.**  For each candidate the exact *containment* of the smaller shingle set in the larger (the
  share of the shorter text that the longer one also has) is computed from the two texts; at
  ``CONTAINMENT`` or more the new article is a copy, and joins the story of the candidate most like it
  (Jaccard similarity) -- provided the shared shingles are also ``JACCARD`` of the two texts' shingles together, so that
  a short flash quoted whole inside a long round-up does not make the round-up its copy.  Texts under ``MIN_SHINGLES`` shingles are never matched (too little text to tell a copy from a
  shared formula).
* **Stable ids.**  A story's id is the id of its first article; a stored article keeps its story, and
  two stored stories are never merged after the fact, so a story id an analyst saw yesterday still means
  the same today.

Different reports of the same event (two outlets' own accounts of one press conference) share far less
text than copies do and stay separate stories.  Translations (the English and the Chinese version of one
story) share no shingles; ``pipeline.translations`` matches them, and ``warehouse.assign_stories`` puts them
in one story too.  The thresholds were chosen on variants of the labelled tune
texts and are measured on real republished copies by ``bench/stories.py``.
"""

from __future__ import annotations

import functools
import re
import zlib
from dataclasses import dataclass
from typing import Callable, Iterable

import numpy as np

from pipeline import translations
from pipeline.metadata import opencc_char_table

__all__ = ["Fingerprint", "Match", "StoryIndex", "fingerprint", "shingles", "overlap", "is_copy",
           "signature_from_bytes", "SCHEME"]

SHINGLE = 5  # tokens per shingle (CJK characters or Latin words)
NUM_PERM = 128
SEED = 1
LSH_THRESHOLD = 0.2
CONTAINMENT = 0.5
JACCARD = 0.2
MIN_SHINGLES = 30
# recorded with every stored story: a change of any of these (or of the translation matching's settings)
# means the stories must be rebuilt
SCHEME = (f"minhash-affine32/crc32/t2s characters/{SHINGLE}-token shingles/{NUM_PERM} perm/seed {SEED}; "
          + translations.SCHEME)
_CACHE_MAX = 20_000  # stored articles' shingle sets kept while matching (bounded: a backfill may add many)

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}_]+", re.UNICODE)


def _identity(x: int) -> int:
    return x


def shingles(text: str, k: int = SHINGLE) -> frozenset[int]:
    """The CRC-32 hashes of the text's shingles of ``k`` tokens (one shingle for a shorter text).

    Traditional characters are read as simplified (OpenCC's character table), so a traditional reprint
    has the shingles of its simplified original whichever text of the article is given."""
    toks = _TOKEN.findall((text or "").translate(opencc_char_table("TSCharacters")).lower())
    if not toks:
        return frozenset()
    if len(toks) < k:
        return frozenset((zlib.crc32(" ".join(toks).encode()),))
    return frozenset(zlib.crc32(" ".join(toks[i:i + k]).encode()) for i in range(len(toks) - k + 1))


def _minhash(hashes: Iterable[int]):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=_identity)
    hs = list(hashes)
    if hs:
        m.update_batch(hs)
    return m


@dataclass(frozen=True)
class Fingerprint:
    """A text's shingle hashes and their MinHash signature."""

    shingles: frozenset[int]
    signature: np.ndarray  # NUM_PERM unsigned 64-bit MinHash values

    @property
    def size(self) -> int:
        return len(self.shingles)

    def signature_bytes(self) -> bytes:
        return self.signature.astype("<u8").tobytes()


def fingerprint(text: str) -> Fingerprint:
    sh = shingles(text)
    return Fingerprint(sh, np.asarray(_minhash(sh).hashvalues, dtype=np.uint64))


def signature_from_bytes(raw: bytes) -> np.ndarray:
    sig = np.frombuffer(raw, dtype="<u8").astype(np.uint64)
    if sig.shape != (NUM_PERM,):
        raise ValueError(f"a stored story signature has {sig.size} values, expected {NUM_PERM}")
    return sig


def overlap(a: frozenset[int], b: frozenset[int]) -> tuple[float, float]:
    """(containment: the share of the smaller shingle set that the larger one also has, Jaccard similarity)
    of two shingle sets; (0, 0) when either is empty."""
    if not a or not b:
        return 0.0, 0.0
    shared = len(a & b)
    return shared / min(len(a), len(b)), shared / (len(a) + len(b) - shared)


def is_copy(containment: float, jaccard: float) -> bool:
    """The decision on a pair of texts' overlap (see the module docstring)."""
    return containment >= CONTAINMENT and jaccard >= JACCARD


@dataclass(frozen=True)
class Match:
    story_id: str
    article_id: str  # the stored article the new one copies (the one it shares most with)
    containment: float


@functools.lru_cache(maxsize=1)
def _bands() -> tuple[tuple[int, int], ...]:
    """The LSH bands (each a range of permutations) that datasketch's ``MinHashLSH`` picks for ``LSH_THRESHOLD``
    and ``NUM_PERM``: a stored article is a candidate when all its values of one band equal the new text's."""
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges)


def _band_keys(signatures: np.ndarray, start: int, end: int) -> np.ndarray:
    """One 64-bit key per row for the values ``start:end`` of each signature (rows with equal values have equal
    keys; rows with equal keys are compared value by value)."""
    keys = np.zeros(len(signatures), dtype=np.uint64)
    for col in range(start, end):
        keys = keys * np.uint64(0x9E3779B97F4A7C15) + signatures[:, col]  # (wraps round: arrays do not warn)
    return keys


class StoryIndex:
    """Stored articles' signatures in an LSH index, for finding the story a new article copies.

    ``shingles_of(article_ids)`` gives stored articles' shingle sets (computed from their texts, in the order
    asked) when candidates have to be checked; it is called only for candidates, all of one match at once, and
    its results are cached.

    The index answers as datasketch's ``MinHashLSH`` with the same bands would (``_bands``), but keeps the
    stored articles of ``load`` as one array of signatures and, per band, their keys sorted: a refresh loads
    a warehouse's every story, and an LSH table entry per article and band cost 2.5 s and 190 MB for 39.6k
    stored articles (0.1 s and 54 MB this way; a query takes 0.4 ms against 0.05, a few hundred a day).
    Articles ``add``-ed one by one (the run's new ones) go to per-band tables."""

    def __init__(self, shingles_of: Callable[[list[str]], list[frozenset[int]]]) -> None:
        self._bands = _bands()
        self._story: dict[str, str] = {}
        self._shingles_of = shingles_of
        self._cache: dict[str, frozenset[int]] = {}
        self._ids: list[str] = []  # loaded articles that are indexed, by row of _sigs
        self._sigs = np.empty((0, NUM_PERM), dtype=np.uint64)
        self._sorted: list[tuple[np.ndarray, np.ndarray]] = []  # per band: (keys sorted, their rows)
        self._tables: list[dict[bytes, list[str]]] = [{} for _ in self._bands]  # per band: values -> added articles

    def __len__(self) -> int:
        return len(self._story)

    def load(self, article_ids: list[str], story_ids: list[str], signatures: np.ndarray, sizes: list[int]) -> None:
        """Add many stored articles at once (``signatures``: one row of ``NUM_PERM`` values each)."""
        rows = []
        for i, (aid, story) in enumerate(zip(article_ids, story_ids)):
            if aid in self._story:
                continue
            self._story[aid] = story
            if sizes[i] >= MIN_SHINGLES:
                rows.append(i)
        if not rows:
            return
        sigs = np.asarray(signatures, dtype=np.uint64)
        if len(rows) < len(sigs):
            sigs = sigs[rows]
        self._ids += [article_ids[i] for i in rows]
        self._sigs = np.concatenate([self._sigs, sigs]) if len(self._sigs) else sigs
        self._sorted = []
        for start, end in self._bands:
            keys = _band_keys(self._sigs, start, end)
            order = np.argsort(keys, kind="stable").astype(np.int32)
            self._sorted.append((keys[order], order))

    def add(self, article_id: str, story_id: str, signature: np.ndarray, size: int,
            shingle_set: frozenset[int] | None = None) -> None:
        if article_id in self._story:
            return
        self._story[article_id] = story_id
        if shingle_set is not None:
            self._remember(article_id, shingle_set)
        if size >= MIN_SHINGLES:
            sig = np.asarray(signature, dtype=np.uint64)
            for (start, end), table in zip(self._bands, self._tables):
                table.setdefault(sig[start:end].tobytes(), []).append(article_id)

    def _remember(self, article_id: str, shingle_set: frozenset[int]) -> frozenset[int]:
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[article_id] = shingle_set
        return shingle_set

    def candidates(self, signature: np.ndarray) -> set[str]:
        """The indexed articles that share all values of at least one band with the signature."""
        sig = np.asarray(signature, dtype=np.uint64)
        out: set[str] = set()
        for b, (start, end) in enumerate(self._bands):
            out.update(self._tables[b].get(sig[start:end].tobytes(), ()))
            if self._sorted:
                keys, order = self._sorted[b]
                key = _band_keys(sig[None, :], start, end)[0]
                lo, hi = np.searchsorted(keys, key, "left"), np.searchsorted(keys, key, "right")
                if lo < hi:
                    rows = order[lo:hi]
                    rows = rows[(self._sigs[rows, start:end] == sig[start:end]).all(axis=1)]
                    out.update(self._ids[r] for r in rows)
        return out

    def match(self, fp: Fingerprint, allowed: Callable[[str], bool] | None = None) -> Match | None:
        """The stored story this fingerprint's text copies, or None; with *allowed*, only among the stored
        articles it accepts."""
        if fp.size < MIN_SHINGLES or not self._story:
            return None
        cands = [c for c in sorted(self.candidates(fp.signature)) if allowed is None or allowed(c)]
        # the cached first (remembering the others may empty the cache), then the others' texts at once
        known = {c: self._cache[c] for c in cands if c in self._cache}
        missing = [c for c in cands if c not in known]
        if missing:
            for c, sh in zip(missing, self._shingles_of(missing)):
                known[c] = self._remember(c, sh)
        best: Match | None = None
        best_j = 0.0
        for cand in cands:
            other = known[cand]
            if len(other) < MIN_SHINGLES:
                continue
            c, j = overlap(fp.shingles, other)
            if is_copy(c, j) and (best is None or j > best_j):
                best, best_j = Match(self._story[cand], cand, round(c, 4)), j
        return best
