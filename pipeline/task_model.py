"""A learned second opinion on the plans' tasks (Z1-Z7, B1-B6), added to the rules' labels.

The rules of ``pipeline.classify`` label a task when its phrases occur in the plan's context.  The
annotators label a task when the text *is about* that task's work, and news often says so in words no
phrase list has (a story on returned scholars' start-ups is Z6 without 人才).  This model learns that
from the project's own labelled tune split (``tests/data/labelled/tune.jsonl``, relevant texts only):
one logistic regression per task over

* every character, every Latin word and every pair of adjacent non-ASCII characters of the text as the
  classifier normalises it (t2s, NFKC, lower case, pinyin annotations stripped),
* present or absent (binary), weighed by inverse document frequency and L2-normalised,

and, from taxonomy v15 on, beside them the token embeddings of the text's words and characters, summed
(``pipeline.embeddings``: 256 dimensions, unit length, times ``DENSE_SCALE``), which carry what news
says in words the tune split does not use.  In grouped 5-fold cross-validation on the 1,102 tune texts
they lifted label micro-F1 from 0.630 to 0.639 at thresholds where two of three added labels are right
(60 right, 29 wrong, against 41 and 18), English texts most (0.529 -> 0.558); random vectors of the
same size in their place gained less, with more wrong labels (``bench/task_model_cv.py``).

``pipeline.classify`` adds a task the model gives at least the taxonomy's threshold for that plan and
the rules do not label, in a relevant text of two sentences or more and where the rules' document-level
context allows that plan (the label's ``method`` is then ``"model"``); its evidence is the rules' best
sentence for the task where they found one, else the sentence whose features weigh most for it.
Measures stay with the rules (too few texts per measure to learn from).

Training uses scikit-learn (the ``train`` extra); the weights ship as a JSON file beside the taxonomy,
so scoring needs only numpy (and the ``wordllama`` package's files for the embeddings).  Rebuild the
file with::

    python -m pipeline.task_model --out pipeline/taxonomy/task_model.v15.json

The file records the SHA-256 of the data it was trained on and of the embeddings; ``tests/test_task_model.py``
retrains and checks the shipped file is what the training data gives.
"""

from __future__ import annotations

import math
import operator
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from pipeline.model_files import read_json, read_labelled, sig, trainer_main
from pipeline.relevance_model import features as relevance_features

__all__ = ["TaskModel", "TaskModelError", "features", "train", "train_rows", "FORMAT", "DENSE_SCALE"]

FORMAT = "zgc-task-model/2"  # /2: sparse features and the summed token embeddings; /1: sparse only
_FORMATS = ("zgc-task-model/1", FORMAT)
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")
# fixed training settings (chosen by grouped 5-fold cross-validation on the tune split)
C = 10.0
MIN_DF = 2
_ROUND = 5  # significant digits kept in the shipped weights
DENSE_SCALE = 1.0  # the embedding's length beside the unit-length sparse vector


class TaskModelError(ValueError):
    """A task-model file that cannot be used; the message names the file and the fault."""


def features(norm: str) -> set[str]:
    """Characters, Latin words (the relevance model's features) and adjacent non-ASCII character pairs
    of a normalised text.

    The pairs carry Chinese words (人才, 孵化) that single characters do not; in grouped 5-fold
    cross-validation on the tune split they made the added labels more precise (17 right / 7 wrong
    against 21 / 20 at the same thresholds)."""
    toks = relevance_features(norm)
    for run in _NON_ASCII_RUN.findall(norm):
        toks.update(map(operator.add, run, run[1:]))
    return toks


@dataclass(frozen=True)
class TaskModel:
    """Per-task logistic regressions over one shared vocabulary.

    ``index`` maps a feature to its row; ``coef`` holds coefficient x idf per row and task (rows x
    tasks), ``idf2`` the squared idf per row (for the L2 norm), ``intercepts`` one per task; ``dense``
    (embedding dimensions x tasks, the scale folded in) weighs the text's token embeddings, made by
    ``embedder`` (both None in a sparse-only model)."""

    codes: tuple[str, ...]
    index: dict[str, int]
    coef: np.ndarray
    idf2: np.ndarray
    intercepts: np.ndarray
    meta: dict[str, Any]
    dense: np.ndarray | None = None
    embedder: Any = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "_positive", np.maximum(self.coef, 0.0))

    def _rows(self, feats: set[str]) -> list[int]:
        return list(map(self.index.__getitem__, self.index.keys() & feats))

    def probabilities(self, norm: str) -> dict[str, float]:
        """P(task) for each task code, for a text normalised as ``Classifier._analyse`` does."""
        z = self.intercepts.copy()
        feats = features(norm)
        rows = self._rows(feats)
        if rows:
            z += self.coef[rows].sum(axis=0) / math.sqrt(float(self.idf2[rows].sum()))
        if self.dense is not None:
            z += self.embedder.embed(norm) @ self.dense
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -60.0, 60.0)))
        return dict(zip(self.codes, map(float, p)))

    def sentence_weights(self, sents: Sequence[str]) -> np.ndarray:
        """How much each normalised sentence's features speak for each task: the sum of their positive
        weights (sentences x codes), used to pick an evidence sentence."""
        out = np.zeros((len(sents), len(self.codes)))
        for i, sent in enumerate(sents):
            rows = self._rows(features(sent))
            if rows:
                out[i] = self._positive[rows].sum(axis=0)
        return out

    @classmethod
    def from_json(cls, raw: Any, source: str) -> "TaskModel":
        if not isinstance(raw, dict) or raw.get("format") not in _FORMATS:
            raise TaskModelError(f"{source}: not a task model (expected format {FORMAT!r})")
        codes = raw.get("codes")
        b = raw.get("intercepts")
        w = raw.get("weights")
        if not isinstance(codes, list) or not codes or not all(isinstance(c, str) and c for c in codes) \
                or len(set(codes)) != len(codes):
            raise TaskModelError(f"{source}: 'codes' must be a non-empty list of distinct task codes")
        n = len(codes)
        if not isinstance(b, list) or len(b) != n or not all(_finite(x) for x in b):
            raise TaskModelError(f"{source}: 'intercepts' must be {n} finite numbers, one per code")
        if not isinstance(w, dict) or not w:
            raise TaskModelError(f"{source}: 'weights' must be a non-empty object")
        index: dict[str, int] = {}
        coef = np.zeros((len(w), n))
        idf2 = np.zeros(len(w))
        for i, (k, v) in enumerate(w.items()):
            if not isinstance(v, list) or len(v) != n + 1 or not all(_finite(x) for x in v) or v[0] <= 0:
                raise TaskModelError(f"{source}: weights[{k!r}] must be [idf^2 > 0, then {n} coefficients x idf]")
            index[k] = i
            idf2[i] = v[0]
            coef[i] = v[1:]
        dense, embedder = _dense(raw, n, source) if raw["format"] == FORMAT else (None, None)
        meta = {k: v for k, v in raw.items() if k not in ("weights", "intercepts", "codes", "dense")}
        return cls(tuple(codes), index, coef, idf2, np.array(b, dtype=float), meta, dense, embedder)

    @classmethod
    def load(cls, path: str | Path) -> "TaskModel":
        return cls.from_json(read_json(path, "task model", TaskModelError), str(path))


def _dense(raw: dict[str, Any], n: int, source: str) -> tuple[np.ndarray, Any]:
    """The ``dense`` section of a format-2 model: its weights (scale folded in) and the packaged
    embeddings it was trained on, checked to be the same file."""
    from pipeline.embeddings import EmbeddingError, load as load_embeddings

    d = raw.get("dense")
    if not isinstance(d, dict):
        raise TaskModelError(f"{source}: 'dense' must be an object (embedding, sha256, scale, weights)")
    w, scale = d.get("weights"), d.get("scale")
    if not _finite(scale) or scale <= 0:
        raise TaskModelError(f"{source}: dense 'scale' must be a positive number")
    if not isinstance(w, list) or not w or not all(isinstance(r, list) and len(r) == n and all(map(_finite, r)) for r in w):
        raise TaskModelError(f"{source}: dense 'weights' must be one row of {n} finite numbers per embedding dimension")
    try:
        emb = load_embeddings()
    except EmbeddingError as exc:
        raise TaskModelError(f"{source}: {exc}") from None
    if d.get("embedding") != emb.name or d.get("sha256") != emb.sha256 or len(w) != emb.dims:
        raise TaskModelError(f"{source}: trained on embeddings {d.get('embedding')!r} (sha256 {d.get('sha256')}), "
                             f"but the installed ones are {emb.name!r} (sha256 {emb.sha256}, {emb.dims} dimensions): "
                             "install the wordllama version it was trained with, or retrain")
    return float(scale) * np.array(w, dtype=float), emb


def _finite(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def train(texts: Sequence[str], labels: Sequence[Iterable[str]], codes: Sequence[str], *,
          trained_on: dict[str, Any] | None = None, dense: bool = True) -> dict[str, Any]:
    """Fit one model per task code on normalised (relevant) texts; return the JSON document to ship
    (``dense=False``: the sparse features only, format 1)."""
    try:
        import sklearn
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - depends on the environment
        raise SystemExit("training needs scikit-learn: pip install -e '.[train]'") from None
    texts = list(texts)
    sets = [set(x) for x in labels]
    if len(texts) != len(sets) or not texts:
        raise ValueError("training needs texts and one label set per text")
    vec = TfidfVectorizer(analyzer=lambda s: list(features(s)), binary=True, min_df=MIN_DF)
    x = vec.fit_transform(texts)
    n_sparse = x.shape[1]
    if dense:
        from pipeline.embeddings import load as load_embeddings

        emb = load_embeddings()
        vecs = np.array([emb.embed(t) for t in texts], dtype=np.float32)
        x = sparse.hstack([x, sparse.csr_matrix(DENSE_SCALE * vecs)]).tocsr()
    vocab = sorted(vec.vocabulary_.items())
    cols: list[list[float]] = []
    dense_cols: list[list[float]] = []
    intercepts: list[float] = []
    for code in codes:
        y = [code in s for s in sets]
        if len(set(y)) < 2:
            raise ValueError(f"training needs texts with and without {code}")
        m = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, y)
        cols.append([sig(m.coef_[0][j] * vec.idf_[j], _ROUND) for _, j in vocab])
        dense_cols.append([sig(float(v), _ROUND) for v in m.coef_[0][n_sparse:]])
        intercepts.append(sig(float(m.intercept_[0]), _ROUND))
    weights = {tok: [sig(vec.idf_[j] ** 2, _ROUND)] + [col[n] for col in cols] for n, (tok, j) in enumerate(vocab)}
    doc: dict[str, Any] = {
        "format": FORMAT if dense else _FORMATS[0],
        "features": "characters, Latin words and non-ASCII character pairs of the normalised text; binary, idf, L2"
                    + ("; beside them the unit-length sum of its pieces' token embeddings x scale" if dense else ""),
        "training": {"model": "LogisticRegression per task", "C": C, "class_weight": "balanced",
                     "min_df": MIN_DF, "texts": "relevant texts only", "scikit_learn": sklearn.__version__},
        "trained_on": trained_on or {},
        "codes": list(codes),
        "intercepts": intercepts,
        "weights": weights,
    }
    if dense:
        doc["dense"] = {"embedding": emb.name, "sha256": emb.sha256, "scale": DENSE_SCALE,
                        "weights": [list(r) for r in zip(*dense_cols)]}
    return doc


def train_rows(rows: Sequence[dict[str, Any]], clf: Any = None, *,
               trained_on: dict[str, Any] | None = None, dense: bool = True) -> dict[str, Any]:
    """Train on labelled rows (``text``, ``title``, ``relevant``, ``labels``): their relevant texts as the
    classifier ``clf`` reads them (default: the packaged rules), for the packaged taxonomy's tasks."""
    from pipeline.classify import Classifier  # the classifier's own normalisation
    from pipeline.taxonomy import load_taxonomy

    if clf is None:
        clf = Classifier(load_taxonomy(model=False))
    rel = [r for r in rows if r["relevant"]]
    return train([clf.model_text(r["text"], r.get("title")) for r in rel], [r["labels"] for r in rel],
                 [e.code for e in clf.taxonomy.entries if e.parent is None], trained_on=trained_on, dense=dense)


def train_from_file(data: Path) -> dict[str, Any]:
    """Train on a labelled JSONL file (``text``, ``title``, ``relevant``, ``labels``), normalised by the
    packaged classifier; the task codes are the packaged taxonomy's."""
    rows, trained_on = read_labelled(data, {"text": str, "relevant": bool, "labels": list})
    return train_rows(rows, trained_on=trained_on)


def main(argv: list[str] | None = None) -> int:
    return trainer_main(argv, "python -m pipeline.task_model", __doc__.split("\n\n")[0], train_from_file,
                        lambda doc: f"{len(doc['weights'])} features x {len(doc['codes'])} tasks from "
                                    f"{doc['trained_on']['relevant']} relevant texts")


if __name__ == "__main__":
    sys.exit(main())
