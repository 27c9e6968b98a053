"""How far apart two annotators are, next to how far the classifier is from the first.

    python bench/agreement.py

``tests/data/labelled/second_annotator.jsonl`` holds a second, independent labelling of 80
relevant news texts of the tune split (a random sample, seed 11, of the 252 relevant ``web*``
rows it had before round 12). The second annotator saw only the texts, the plan texts
(``seeds/004``, ``seeds/001``), the taxonomy's names and descriptions and the four labelling rules
of ``tests/data/labelled/README.md``; not the first annotator's labels, nor the README's per-round
readings, nor any classifier output. Printed: label micro/macro F1 of the second annotator and of
the classifier, both scored against the first annotator's labels on the same 80 texts (the
figures ``bench/classify.py`` prints, computed by its ``evaluate``).

The 80 texts are tune texts, so the shipped classifier's learned task model (taxonomy v13 on) was
trained on them: ``classifier`` is an in-sample figure.  ``classifier_task_model_unseen`` retrains that
model on the tune split without these 80 texts (scikit-learn needed) and is the figure to compare;
``classifier_without_task_model`` is the rules with the relevance model alone.
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from classify import DATA, evaluate  # noqa: E402

from pipeline.classify import Classifier  # noqa: E402
from pipeline.models import Classification, Label  # noqa: E402
from pipeline.taxonomy import load_taxonomy  # noqa: E402


class SecondAnnotator:
    def __init__(self, labels: dict[str, list[str]], texts: dict[str, str]) -> None:
        self.by_text = {texts[i]: codes for i, codes in labels.items()}
        if len(self.by_text) != len(labels):
            raise SystemExit("second_annotator.jsonl: two of its rows have the same text")

    def classify(self, text: str, title: str | None = None) -> Classification:
        return Classification(True, 1.0, tuple(Label(c, 1.0, "") for c in self.by_text[text]), "second-annotator")


def main() -> None:
    second = {}
    for line in (DATA / "second_annotator.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        second[row["id"]] = row["labels"]
    tune = {r["id"]: r for r in map(json.loads, (DATA / "tune.jsonl").open(encoding="utf-8"))}
    missing = sorted(set(second) - set(tune))
    if missing:
        raise SystemExit(f"second_annotator.jsonl names rows not in tune.jsonl: {missing[:5]}")
    rows = [tune[i] for i in sorted(second)]
    out = {}
    tax = load_taxonomy()
    models = [("second_annotator", SecondAnnotator(second, {i: tune[i]["text"] for i in second})),
              ("classifier", Classifier(tax)),
              ("classifier_without_task_model", Classifier(dataclasses.replace(tax, task_model=None)))]
    try:
        import sklearn  # noqa: F401
    except ImportError:
        out["classifier_task_model_unseen"] = "skipped: needs scikit-learn (pip install -e '.[train]')"
    else:
        from pipeline.task_model import TaskModel, train_rows

        doc = train_rows([r for i, r in tune.items() if i not in second])
        models.append(("classifier_task_model_unseen",
                       Classifier(dataclasses.replace(tax, task_model=TaskModel.from_json(doc, "retrained")))))
    for name, model in models:
        ev, _ = evaluate(model, rows)
        out[name] = {"labels_micro": ev["labels_micro"], "labels_macro_f1": ev["labels_macro_f1"]}
    out["n"] = len(rows)
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
