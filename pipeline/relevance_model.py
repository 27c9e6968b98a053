"""A small learned relevance model that the rule score of ``pipeline.classify`` is blended with.

The rules of ``pipeline.classify`` judge relevance from named anchors, traps and context.  Where
they are unsure (an anchor in a long text, a trap word near the zone's name) this model adds a
second opinion learned from the project's own labelled tune split
(``tests/data/labelled/tune.jsonl``): a logistic regression over

* every character and every Latin word of the text as the classifier normalises it (t2s, NFKC,
  lower case, pinyin annotations stripped),
* present or absent (binary), weighed by inverse document frequency and L2-normalised.

Training uses scikit-learn (the ``train`` extra); the trained weights are shipped as a JSON file
beside the taxonomy, so scoring needs nothing but this module: one set intersection and two sums
per text.  Rebuild the file with::

    python -m pipeline.relevance_model --out pipeline/taxonomy/relevance_model.v15.json

The file records the SHA-256 of the data it was trained on; ``tests/test_relevance_model.py``
retrains and checks the shipped file is what the training data gives.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from pipeline.model_files import read_json, read_labelled, sig, trainer_main

__all__ = ["RelevanceModel", "ModelError", "features", "train", "FORMAT"]

FORMAT = "zgc-relevance-model/1"
_WORD = re.compile(r"[a-z][a-z0-9]+")
# fixed training settings (chosen by 5-fold grouped cross-validation on the tune split)
C = 10.0
MIN_DF = 2
_ROUND = 6  # significant digits kept in the shipped weights


class ModelError(ValueError):
    """A relevance-model file that cannot be used; the message names the file and the fault."""


def features(norm: str) -> set[str]:
    """The model's features of an already normalised text: its characters and Latin words.

    Character pairs were tried as well: in grouped 5-fold cross-validation on the tune split they
    gave the blend no fewer errors (10 vs 9-10 of 399) and cost four times as much per text.
    """
    toks = set(norm)
    toks.update(_WORD.findall(norm))
    return toks


@dataclass(frozen=True)
class RelevanceModel:
    """Scores a normalised text; ``weights`` maps a feature to coefficient x idf + i * idf^2 (one
    complex number, so that one sum over the features a text shares gives both the dot product
    and the squared norm)."""

    intercept: float
    weights: dict[str, complex]
    meta: dict[str, Any]

    def probability(self, norm: str) -> float:
        """P(relevant) for a text normalised as ``Classifier._analyse`` does."""
        common = self.weights.keys() & features(norm)
        z = self.intercept
        if common:
            both = sum(map(self.weights.__getitem__, common))
            z += both.real / math.sqrt(both.imag)
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def from_json(cls, raw: Any, source: str) -> "RelevanceModel":
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ModelError(f"{source}: not a relevance model (expected format {FORMAT!r})")
        b = raw.get("intercept")
        w = raw.get("weights")
        if not isinstance(b, (int, float)) or not math.isfinite(b):
            raise ModelError(f"{source}: 'intercept' must be a finite number")
        if not isinstance(w, dict) or not w:
            raise ModelError(f"{source}: 'weights' must be a non-empty object")
        weights: dict[str, complex] = {}
        for k, v in w.items():
            if (not isinstance(v, list) or len(v) != 2 or not all(isinstance(x, (int, float)) and math.isfinite(x) for x in v)
                    or v[1] <= 0):
                raise ModelError(f"{source}: weights[{k!r}] must be [coefficient x idf, idf^2 > 0]")
            weights[k] = complex(v[0], v[1])
        meta = {k: v for k, v in raw.items() if k not in ("weights", "intercept")}
        return cls(float(b), weights, meta)

    @classmethod
    def load(cls, path: str | Path) -> "RelevanceModel":
        return cls.from_json(read_json(path, "relevance model", ModelError), str(path))


def train(texts: Iterable[str], relevant: Iterable[bool], *, trained_on: dict[str, Any] | None = None) -> dict[str, Any]:
    """Fit the model on normalised texts; return the JSON document to ship."""
    try:
        import sklearn
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - depends on the environment
        raise SystemExit("training needs scikit-learn: pip install -e '.[train]'") from None
    texts = list(texts)
    y = [bool(r) for r in relevant]
    if len(texts) != len(y) or len(set(y)) < 2:
        raise ValueError("training needs texts of both classes, one label per text")
    vec = TfidfVectorizer(analyzer=lambda s: list(features(s)), binary=True, min_df=MIN_DF)
    x = vec.fit_transform(texts)
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, y)
    coef = model.coef_[0]
    weights = {tok: [sig(coef[j] * vec.idf_[j], _ROUND), sig(vec.idf_[j] ** 2, _ROUND)]
               for tok, j in sorted(vec.vocabulary_.items())}
    return {
        "format": FORMAT,
        "features": "characters and Latin words of the normalised text; binary, idf, L2",
        "training": {"model": "LogisticRegression", "C": C, "class_weight": "balanced", "min_df": MIN_DF,
                     "scikit_learn": sklearn.__version__},
        "trained_on": trained_on or {},
        "intercept": sig(float(model.intercept_[0]), _ROUND),
        "weights": weights,
    }


def train_from_file(data: Path) -> dict[str, Any]:
    """Train on a labelled JSONL file (``text``, ``relevant``), normalised by the packaged classifier."""
    from pipeline.classify import Classifier  # the classifier's own normalisation
    from pipeline.taxonomy import load_taxonomy

    clf = Classifier(load_taxonomy(model=False))  # rules alone: the model is what is being built
    rows, trained_on = read_labelled(data, {"text": str, "relevant": bool})
    return train([clf.normalise(r["text"]) for r in rows], [r["relevant"] for r in rows], trained_on=trained_on)


def main(argv: list[str] | None = None) -> int:
    return trainer_main(argv, "python -m pipeline.relevance_model", __doc__.split("\n\n")[0], train_from_file,
                        lambda doc: f"{len(doc['weights'])} features from {doc['trained_on']['rows']} texts")


if __name__ == "__main__":
    sys.exit(main())
