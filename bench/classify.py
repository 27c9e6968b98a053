"""Benchmark the classifier on the labelled holdout (or tune) split against a keyword baseline.

    python bench/classify.py [--split holdout|tune] [--threshold 0.5] [--repeats 7] [--errors]

Prints one JSON document: relevance P/R/F1, per-label P/R/F1, micro/macro F1 and
articles/s for the classifier, for its rules without the learned relevance model
(``rules_only``) and for the baseline, measured in the same run; also
the same figures on the subset that is not the plan's own text (``non_plan``),
because the taxonomy's phrases are drawn from the plan paragraphs, and that subset's
relevance and label F1 by script (``non_plan_by_language``: zh-Hans, zh-Hant, en).

Speed (``articles_per_s_2000_chars``) is the median of ``--repeats`` timed passes over
400 single-core classifications of ~2,000-character articles cut from the split's texts,
the two models' passes interleaved so that machine load affects both alike.

``--errors`` (tune split only: the holdout is for measuring, not for reading errors) adds
the misclassified items: relevance errors with id, URL and score, and label errors.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.classify import Classifier  # noqa: E402
from pipeline.models import Classification, Label  # noqa: E402
from pipeline.taxonomy import load_taxonomy  # noqa: E402

DATA = ROOT / "tests" / "data" / "labelled"


class KeywordBaseline:
    """中关村/Zhongguancun/国际科技创新中心 present -> relevant; task-name substrings -> labels."""

    def __init__(self) -> None:
        import opencc

        self.t2s = opencc.OpenCC("t2s")
        self.tax = load_taxonomy()

    def classify(self, text: str, title: str | None = None) -> Classification:
        t = self.t2s.convert(text).lower()
        rel = any(k in t for k in ("中关村", "zhongguancun", "国际科技创新中心"))
        labels = []
        if rel:
            for e in self.tax.entries:
                names = [e.name_zh.lower(), *e.name_zh.replace("，", ",").split(","), e.name_en.lower()]
                if any(n and n.lower() in t for n in names):
                    labels.append(Label(e.code, 1.0, ""))
        return Classification(rel, float(rel), tuple(labels), self.tax.version)


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def evaluate(model, rows: list[dict]) -> tuple[dict, list]:
    """The figures of ``model`` on ``rows`` (with its articles/s), and its predictions."""
    t0 = time.perf_counter()
    preds = [model.classify(r["text"], r.get("title")) for r in rows]
    elapsed = time.perf_counter() - t0
    res = score(rows, preds)
    res["articles_per_s"] = round(len(rows) / elapsed, 1) if elapsed else None
    return res, preds


def score(rows: list[dict], preds: list) -> dict:
    rel = {"tp": 0, "fp": 0, "fn": 0}
    per: dict[str, dict[str, int]] = {}
    for r, c in zip(rows, preds):
        if c.relevant and r["relevant"]:
            rel["tp"] += 1
        elif c.relevant:
            rel["fp"] += 1
        elif r["relevant"]:
            rel["fn"] += 1
        gold, got = set(r["labels"]), {lab.code for lab in c.labels}
        for code in gold | got:
            d = per.setdefault(code, {"tp": 0, "fp": 0, "fn": 0})
            d["tp" if code in gold and code in got else "fp" if code in got else "fn"] += 1
    tot = {k: sum(d[k] for d in per.values()) for k in ("tp", "fp", "fn")}
    per_label = {k: prf(**per[k]) for k in sorted(per, key=lambda c: (c[0], [int(x) for x in c[1:].split(".")]))}
    return {
        "n": len(rows),
        "relevance": prf(**rel),
        "labels_micro": prf(**tot),
        "labels_macro_f1": round(sum(v["f1"] for v in per_label.values()) / len(per_label), 4) if per_label else 0.0,
        "per_label": per_label,
    }


def speed_docs(rows: list[dict], target_chars: int = 2000, n: int = 400) -> list[str]:
    """~2,000-char articles cut from the split's texts."""
    pool = "\n".join(r["text"] for r in rows)
    return [pool[(i * 997) % max(1, len(pool) - target_chars):][:target_chars] for i in range(n)]


def speed(models: dict, docs: list[str], repeats: int = 7) -> dict[str, dict]:
    """Articles/s per model on ``docs`` (single core): median of ``repeats`` interleaved passes."""
    for model in models.values():  # warm up (lazy imports, caches of the interpreter)
        for d in docs[:20]:
            model.classify(d)
    runs: dict[str, list[float]] = {name: [] for name in models}
    for _ in range(repeats):
        for name, model in models.items():
            t0 = time.perf_counter()
            for d in docs:
                model.classify(d)
            runs[name].append(len(docs) / (time.perf_counter() - t0))
    return {name: {"median": round(statistics.median(r), 1), "min": round(min(r), 1), "max": round(max(r), 1)}
            for name, r in runs.items()}


def errors(model, rows: list[dict]) -> dict:
    """Misclassified items: relevance errors (id, url, score) and label differences of relevant items."""
    rel, lab = [], []
    for r in rows:
        c = model.classify(r["text"], r.get("title"))
        if c.relevant != r["relevant"]:
            rel.append({"id": r["id"], "url": r.get("source_url"), "language": r.get("language"),
                        "gold": r["relevant"], "relevance": c.relevance})
        gold, got = set(r["labels"]), {x.code for x in c.labels}
        if gold != got:
            lab.append({"id": r["id"], "missing": sorted(gold - got), "extra": sorted(got - gold)})
    return {"relevance": rel, "labels": lab}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="holdout", choices=["holdout", "tune"])
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--per-label", action="store_true", help="include per-label figures")
    ap.add_argument("--repeats", type=int, default=7, help="timed passes for articles/s (median reported)")
    ap.add_argument("--errors", action="store_true", help="list misclassified items (tune split only)")
    args = ap.parse_args()
    if args.errors and args.split != "tune":
        ap.error("--errors is for the tune split only: the holdout is measured, not inspected")
    rows = [json.loads(line) for line in (DATA / f"{args.split}.jsonl").open(encoding="utf-8")]
    non_plan = [r for r in rows if not r["id"].startswith("plan004")]
    out = {"split": args.split, "n": len(rows), "n_non_plan": len(non_plan)}
    models = {"classifier": Classifier.load(threshold=args.threshold),
              # ablations: without the learned task model (pipeline.task_model), and the rules without
              # either learned model (pipeline.relevance_model too)
              "without_task_model": Classifier(dataclasses.replace(load_taxonomy(), task_model=None),
                                               threshold=args.threshold),
              "rules_only": Classifier.load(threshold=args.threshold, use_model=False),
              "keyword_baseline": KeywordBaseline()}
    for name, model in models.items():
        res, preds = evaluate(model, rows)
        non_plan_preds = [p for r, p in zip(rows, preds) if not r["id"].startswith("plan004")]
        sub = score(non_plan, non_plan_preds)
        if not args.per_label:
            res.pop("per_label")
            sub.pop("per_label")
        out[name] = {"all": res, "non_plan": sub, "non_plan_by_language": {}}
        for lang in sorted({r["language"] for r in non_plan}):
            part = score(*zip(*[(r, p) for r, p in zip(non_plan, non_plan_preds) if r["language"] == lang]))
            out[name]["non_plan_by_language"][lang] = {
                "n": part["n"], "relevance_f1": part["relevance"]["f1"],
                "labels_micro_f1": part["labels_micro"]["f1"], "labels_macro_f1": part["labels_macro_f1"]}
    for name, s in speed(models, speed_docs(rows), max(1, args.repeats)).items():
        out[name]["all"]["articles_per_s_2000_chars"] = s["median"]
        out[name]["all"]["articles_per_s_2000_chars_range"] = [s["min"], s["max"]]
    if args.errors:
        out["errors"] = errors(models["classifier"], rows)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
