"""Static token embeddings for the learned task model: one dense vector per text.

The task model's sparse features (``pipeline.task_model.features``) know only the words the tune split
uses; news says the same things in other words ("returnees" for 留学归国人员, "start-up" for 初创企业).
The token embeddings of a text's words carry that similarity.  They are WordLlama's ``l2_supercat``
(256 dimensions over the Llama 2 tokenizer's 32,000 tokens), which the ``wordllama`` package (MIT
licence) ships inside its wheel: they are read from the installed package's files, never downloaded,
and their SHA-256 is recorded in the task model that was trained on them and checked when it loads.
(The vectors were distilled from Llama 2's token embeddings; Meta's Llama 2 Community Licence applies
to them.)

A text's vector is made from its first ``MAX_CHARS`` characters cut into pieces: runs of Latin letters
and single other characters but white space.  Each piece is tokenised on its own, as if a space
preceded it, the embeddings of its tokens are summed, and the sum is remembered (an article's pieces
are mostly ones seen before); the text's vector is the sum over its pieces, each as often as it
occurs, scaled to unit length (zeros for a text with none).  The tokenizer splits a whole text at
nearly the same places (between words, and between almost all Chinese characters), at five times
the cost.  Each piece counted once instead of as often as it occurs was tried and not kept: in
cross-validation it gained half as much.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["EmbeddingError", "Embedder", "load", "NAME", "MAX_CHARS"]

NAME = "wordllama/l2_supercat_256"
_WEIGHTS = ("weights", "l2_supercat_256.safetensors")
_TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")
_WORD = re.compile(r"[A-Za-z]+")
MAX_CHARS = 6000
_CACHE_MAX = 200_000  # pieces remembered (200 MB at most; a year of news uses far fewer)


class EmbeddingError(RuntimeError):
    """The packaged embeddings cannot be used; the message names the package or file and the fault."""


@dataclass(eq=False)
class Embedder:
    name: str
    sha256: str
    matrix: np.ndarray  # tokens x dims, float32
    tokenizer: Any  # tokenizers.Tokenizer
    _index: dict[str, int] = field(default_factory=dict, repr=False)  # piece -> row of _sums
    _sums: np.ndarray | None = field(default=None, repr=False)  # rows: each remembered piece's summed tokens

    @property
    def dims(self) -> int:
        return int(self.matrix.shape[1])

    @functools.cached_property
    def _space(self) -> int | None:
        return self.tokenizer.token_to_id("\u2581")

    def _row(self, piece: str) -> int:
        """The row holding the sum of one piece's token embeddings (without the word-start marker the
        tokenizer puts before a piece that is not a word), made on first sight."""
        try:
            ids = self.tokenizer.encode(piece, add_special_tokens=False).ids
        except TypeError:  # a lone surrogate (not text the tokenizer takes): no tokens
            ids = []
        if len(ids) > 1 and ids[0] == self._space:
            ids = ids[1:]
        n = len(self._index)
        if self._sums is None or n == len(self._sums):
            grown = np.zeros((max(4096, 2 * n), self.dims), dtype=np.float32)
            if self._sums is not None:
                grown[:n] = self._sums[:n]
            self._sums = grown
        self._sums[n] = self.matrix[ids].sum(axis=0) if ids else 0.0
        self._index[piece] = n
        return n

    def embed(self, text: str) -> np.ndarray:
        """The unit-length sum of the token embeddings of ``text``'s pieces, each as often as it occurs
        (its first ``MAX_CHARS`` characters)."""
        text = text[:MAX_CHARS]
        cps, counts = np.unique(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32),
                                return_counts=True)
        keep = _PIECE_CHAR[cps]  # not Latin letters (their words are pieces), not white space
        pieces = [chr(c) for c in cps[keep].tolist()]
        weights = counts[keep].tolist()
        words = Counter(_WORD.findall(text))
        pieces += words.keys()
        weights += words.values()
        if not pieces:
            return np.zeros(self.dims, dtype=np.float32)
        index = self._index
        if len(index) >= _CACHE_MAX:  # forget at the start of a text, so that its rows stay valid
            index.clear()
        rows = [index[p] if p in index else self._row(p) for p in pieces]
        v = np.asarray(weights, dtype=np.float32) @ self._sums[rows]
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else v


# per code point: is the character a piece of its own (1.1 MB; white space is below U+3001)
_PIECE_CHAR = np.ones(0x110000, dtype=bool)
_PIECE_CHAR[[c for c in range(0x3001) if chr(c).isspace() or (c < 128 and chr(c).isalpha())]] = False


def _package_dir() -> Path | None:
    """Where the wordllama package is installed, found without importing it (its import costs half a
    second of libraries the embeddings do not need)."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache
def load() -> Embedder:
    """The packaged embeddings (read once per process)."""
    root = _package_dir()
    if root is None:
        raise EmbeddingError("the task model needs the 'wordllama' package (its packaged embeddings): "
                             "pip install wordllama")
    weights, tok_file = root.joinpath(*_WEIGHTS), root.joinpath(*_TOKENIZER)
    for f in (weights, tok_file):
        if not f.is_file():
            raise EmbeddingError(f"{f}: not found in the installed wordllama package (expected {NAME})")
    from safetensors.numpy import load as load_safetensors
    from tokenizers import Tokenizer

    raw = weights.read_bytes()
    try:
        matrix = next(iter(load_safetensors(raw).values())).astype(np.float32)
        tokenizer = Tokenizer.from_str(tok_file.read_text(encoding="utf-8"))
    except Exception as exc:  # a damaged file: say which
        raise EmbeddingError(f"{weights.parent.parent}: cannot read the packaged embeddings ({exc})") from None
    if matrix.ndim != 2 or matrix.shape[0] < tokenizer.get_vocab_size():
        raise EmbeddingError(f"{weights}: expected a tokens x dims matrix covering the tokenizer's "
                             f"{tokenizer.get_vocab_size()} tokens, got {matrix.shape}")
    return Embedder(NAME, hashlib.sha256(raw).hexdigest(), matrix, tokenizer)
