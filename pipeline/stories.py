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
* **Candidates.**  MinHash LSH (datasketch's bands for ``LSH_THRESHOLD``) returns the articles whose estimated
  Jaccard similarity may reach ``LSH_THRESHOLD`` -- low enough that a copy trimmed to half the story is
  still found.  Every stored article is a candidate, however old (a piece republished months later is still
  a copy): each stored article's band keys (``band_keys``) are kept in the warehouse (``story_bands``), and a
  new article's candidates are found by a join on them, so a refresh reads the candidates, not the whole
  warehouse's signatures; ``StoryIndex`` indexes the run's own articles.
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


def _shingle_hashes(text: str, k: int) -> list[int]:
    toks = _TOKEN.findall((text or "").translate(opencc_char_table("TSCharacters")).lower())
    if not toks:
        return []
    if len(toks) < k:
        return [zlib.crc32(" ".join(toks).encode())]
    return [zlib.crc32(" ".join(toks[i:i + k]).encode()) for i in range(len(toks) - k + 1)]


def shingles(text: str, k: int = SHINGLE) -> frozenset[int]:
    """The CRC-32 hashes of the text's shingles of ``k`` tokens (one shingle for a shorter text).

    Traditional characters are read as simplified (OpenCC's character table), so a traditional reprint
    has the shingles of its simplified original whichever text of the article is given."""
    return frozenset(_shingle_hashes(text, k))


def shingle_array(text: str, k: int = SHINGLE) -> np.ndarray:
    """``shingles(text)`` as a sorted array of unsigned 32-bit values: 4 bytes a shingle, where a set of Python
    integers takes about 70 (the candidates' shingles of a match are held at once, and cached)."""
    return np.unique(np.array(_shingle_hashes(text, k), dtype=np.uint32))


def _as_array(shingle_set) -> np.ndarray:
    if isinstance(shingle_set, np.ndarray):
        return shingle_set
    return np.array(sorted(shingle_set), dtype=np.uint32)


def _minhash(hashes: Iterable[int]):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=_identity)
    hs = list(hashes)
    if hs:
        m.update_batch(hs)
    return m


@dataclass(frozen=True)
class Fingerprint:
    """A text's shingle hashes (sorted, as ``shingle_array`` gives them) and their MinHash signature."""

    hashes: np.ndarray  # the shingles' CRC-32 values, sorted, each once
    signature: np.ndarray  # NUM_PERM unsigned 64-bit MinHash values

    @property
    def shingles(self) -> frozenset[int]:
        return frozenset(self.hashes.tolist())

    @property
    def size(self) -> int:
        return len(self.hashes)

    def signature_bytes(self) -> bytes:
        return self.signature.astype("<u8").tobytes()


def fingerprint(text: str) -> Fingerprint:
    sh = shingle_array(text)
    return Fingerprint(sh, np.asarray(_minhash(sh.tolist()).hashvalues, dtype=np.uint64))


def signature_from_bytes(raw: bytes) -> np.ndarray:
    sig = np.frombuffer(raw, dtype="<u8").astype(np.uint64)
    if sig.shape != (NUM_PERM,):
        raise ValueError(f"a stored story signature has {sig.size} values, expected {NUM_PERM}")
    return sig


def overlap(a: frozenset[int] | np.ndarray, b: frozenset[int] | np.ndarray) -> tuple[float, float]:
    """(containment: the share of the smaller shingle set that the larger one also has, Jaccard similarity)
    of two shingle sets (frozensets, or sorted arrays as ``shingle_array`` gives); (0, 0) when either is empty."""
    if not len(a) or not len(b):
        return 0.0, 0.0
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        shared = int(np.intersect1d(_as_array(a), _as_array(b), assume_unique=True).size)
    else:
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

    bands = tuple(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges)
    if any(end - start != 2 for start, end in bands):  # (a band key holds two 32-bit values exactly)
        raise RuntimeError(f"the LSH bands for threshold {LSH_THRESHOLD} and {NUM_PERM} permutations are not of two "
                           f"values each ({bands[:3]}...): band_keys and the story_bands migration assume they are")
    return bands


def band_keys(signature: np.ndarray) -> list[int]:
    """One key per LSH band of the signature: the band's two values (each under 2^32: the affine32 scheme's
    values are) as one 64-bit number, the first in the high half.  Two signatures share a band's key exactly when
    they share all its values, so the stored keys (``story_bands``, migration 019, which computes them the same
    way from stored signatures) find the candidates an LSH index would, by a join."""
    sig = np.asarray(signature, dtype=np.uint64)
    if sig.shape != (NUM_PERM,) or int(sig.max()) >= 1 << 32:
        raise ValueError(f"not a story signature of {NUM_PERM} 32-bit MinHash values: shape {sig.shape}, "
                         f"largest value {int(sig.max()) if sig.size else None}")
    return [(int(sig[start]) << 32) | int(sig[start + 1]) for start, _ in _bands()]


class StoryIndex:
    """The run's articles in an LSH index, for finding the story a new article copies; the stored articles'
    candidates come from the warehouse (``story_bands``, found by a join on ``band_keys``) and are given to ``match``.

    ``shingles_of(article_ids)`` gives stored articles' shingle sets (computed from their texts, in the order
    asked; frozensets or sorted arrays) when candidates have to be checked; it is called only for candidates, all
    of one match at once, and its results are cached as sorted arrays (4 bytes a shingle).

    The index answers as datasketch's ``MinHashLSH`` with the same bands would (``_bands``): an added article is a
    candidate when its key of at least one band equals the new text's.  A refresh no longer loads every stored
    signature (it did until the thirty-first session: 54 MB and 0.1 s for 39.6k stored articles, and before the
    thirtieth an LSH table entry per article and band, 190 MB and 2.5 s): what it reads follows the day's
    articles and their candidates."""

    def __init__(self, shingles_of: Callable[[list[str]], list]) -> None:
        self._bands = _bands()
        self._story: dict[str, str] = {}
        self._shingles_of = shingles_of
        self._cache: dict[str, np.ndarray] = {}
        self._tables: list[dict[int, list[str]]] = [{} for _ in self._bands]  # per band: key -> added articles

    def __len__(self) -> int:
        return len(self._story)

    def add(self, article_id: str, story_id: str, signature: np.ndarray, size: int,
            shingle_set: frozenset[int] | np.ndarray | None = None) -> None:
        if article_id in self._story:
            return
        self._story[article_id] = story_id
        if shingle_set is not None:
            self._remember(article_id, _as_array(shingle_set))
        if size >= MIN_SHINGLES:
            for key, table in zip(band_keys(signature), self._tables):
                table.setdefault(key, []).append(article_id)

    def _remember(self, article_id: str, shingle_set: np.ndarray) -> np.ndarray:
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[article_id] = shingle_set
        return shingle_set

    def candidates(self, signature: np.ndarray) -> set[str]:
        """The added articles that share all values of at least one band with the signature."""
        out: set[str] = set()
        for key, table in zip(band_keys(signature), self._tables):
            out.update(table.get(key, ()))
        return out

    def match(self, fp: Fingerprint, allowed: Callable[[str], bool] | None = None,
              stored: dict[str, str] | None = None) -> Match | None:
        """The story this fingerprint's text copies, or None: among the added articles that are its candidates
        and *stored* (the stored articles that are, article id -> story id: the warehouse's join on band keys);
        with *allowed*, only among the articles it accepts."""
        stored = stored or {}
        if fp.size < MIN_SHINGLES or not (self._story or stored):
            return None
        cands = [c for c in sorted(self.candidates(fp.signature) | stored.keys()) if allowed is None or allowed(c)]
        # the cached first (remembering the others may empty the cache), then the others' texts at once
        known = {c: self._cache[c] for c in cands if c in self._cache}
        missing = [c for c in cands if c not in known]
        if missing:
            for c, sh in zip(missing, self._shingles_of(missing)):
                known[c] = self._remember(c, _as_array(sh))
        mine = fp.hashes
        best: Match | None = None
        best_j = 0.0
        for cand in cands:
            other = known[cand]
            if len(other) < MIN_SHINGLES:
                continue
            c, j = overlap(mine, other)
            if is_copy(c, j) and (best is None or j > best_j):
                story = self._story[cand] if cand in self._story else stored[cand]
                best, best_j = Match(story, cand, round(c, 4)), j
        return best
