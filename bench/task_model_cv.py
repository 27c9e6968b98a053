"""Grouped 5-fold cross-validation of the learned task model on the tune split.

    python bench/task_model_cv.py [--thresholds 0.5/0.45 0.6/0.45 ...]

For each fold a task model is trained (``pipeline.task_model.train_rows``) on the relevant tune texts of the
other folds and put into the packaged classifier, which then labels the fold's texts through its own
code path; the rules alone (the classifier without a task model) and the task model without its token
embeddings (the sparse features only, as in taxonomy v13-v14) are the baselines of the same run.
Texts are grouped by source (a plan paragraph and its traditional-script copy, the paragraphs of one
seed story) so that no group is split across folds.  Prints one JSON document: label micro/macro F1
(all texts and the non-plan ones) for the rules and for each pair of thresholds (Z / B), and the labels
the model added, right and wrong.  Needs scikit-learn (``pip install -e '.[train]'``).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.classify import Classifier  # noqa: E402
from pipeline.task_model import TaskModel, train_rows  # noqa: E402
from pipeline.taxonomy import load_taxonomy  # noqa: E402

DATA = ROOT / "tests" / "data" / "labelled" / "tune.jsonl"


def group_of(row_id: str) -> str:
    return re.sub(r"-para\d+$", "", re.sub(r"-s2t$", "", row_id))


def scores(rows: list[dict], preds: list[set[str]]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for r, got in zip(rows, preds):
        gold = set(r["labels"])
        tp.update(gold & got)
        fp.update(got - gold)
        fn.update(gold - got)
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    labels = set(tp) | set(fp) | set(fn)
    return {"micro_f1": round(2 * t / (2 * t + f + n), 4) if t else 0.0,
            "precision": round(t / (t + f), 4) if t + f else 0.0, "recall": round(t / (t + n), 4) if t + n else 0.0,
            "macro_f1": round(sum(2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) for c in labels) / len(labels), 4)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--thresholds", nargs="+", default=None,
                    help="Z/B threshold pairs to try (default: the taxonomy's own)")
    args = ap.parse_args()
    from sklearn.model_selection import GroupKFold

    tax = load_taxonomy()
    pairs = [tuple(float(x) for x in p.split("/")) for p in args.thresholds] if args.thresholds else \
        [(tax.task_model_thresholds["Z"], tax.task_model_thresholds["B"])]
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    rules = Classifier(dataclasses.replace(tax, task_model=None))
    base = [{lab.code for lab in rules.classify(r["text"], r.get("title")).labels} for r in rows]
    kinds = {"with_task_model": True, "sparse_only": False}
    preds = {(k, p): [set() for _ in rows] for k in kinds for p in pairs}
    for tr, te in GroupKFold(5).split(rows, groups=[group_of(r["id"]) for r in rows]):
        for kind, dense in kinds.items():
            model = TaskModel.from_json(train_rows([rows[i] for i in tr], rules, dense=dense), "fold")
            for p in pairs:
                clf = Classifier(dataclasses.replace(tax, task_model=model, task_model_thresholds={"Z": p[0], "B": p[1]}))
                for i in te:
                    preds[kind, p][i] = {lab.code for lab in clf.classify(rows[i]["text"], rows[i].get("title")).labels}
    non_plan = [i for i, r in enumerate(rows) if not r["id"].startswith("plan004")]
    out = {"rows": len(rows), "taxonomy": tax.version,
           "rules": {"all": scores(rows, base), "non_plan": scores([rows[i] for i in non_plan], [base[i] for i in non_plan])}}
    english = [i for i in non_plan if rows[i]["language"] == "en"]
    for (kind, p), got in preds.items():
        added = [(code, code in r["labels"]) for r, b, g in zip(rows, base, got) for code in g - b]
        out[f"{kind}_{p[0]}/{p[1]}"] = {
            "all": scores(rows, got),
            "non_plan": scores([rows[i] for i in non_plan], [got[i] for i in non_plan]),
            "english": scores([rows[i] for i in english], [got[i] for i in english]),
            "added_right": sum(ok for _, ok in added), "added_wrong": sum(not ok for _, ok in added),
            "removed": sum(len(b - g) for b, g in zip(base, got)),
        }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
