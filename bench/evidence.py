"""How often a label's evidence sentence is one an analyst would quote for it.

    python bench/evidence.py [--split holdout|tune|all] [--errors]

Reads ``tests/data/labelled/evidence_{tune,holdout}.jsonl``: for a labelled text and one of its gold labels, the
sentences (the classifier's own sentence split of the text) that a second reader, blind to the classifier's
output, marked as stating the label's task, measure or project. For every gold label the classifier also gives
(a true positive), its evidence sentence counts as right when it is one of those sentences (or one contains the
other: a later change of the sentence split should not turn a right sentence wrong). Pairs the reader found no
single sentence for are left out of the rate and counted.

Prints one JSON document: the rate for the classifier, by how the label was made (``rules`` / ``model``), by
task or measure, and by script; beside it, in the same run and on the same pairs, two plain choices an analyst
could make without the classifier: the text's first sentence of ten characters or more (``lead``), and the first
sentence holding one of the label's own phrases or key terms from the taxonomy, else the lead (``phrase``); and
the rate a sentence picked at random would reach (``random``, the mean share of supporting sentences).
``--errors`` (tune split only) lists the true positives whose evidence is not a supporting sentence.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.classify import Classifier, split_sentences  # noqa: E402

DATA = ROOT / "tests" / "data" / "labelled"
LEAD_MIN_CHARS = 10


def _ws(s: str) -> str:
    return " ".join(s.split())


def supported(evidence: str, support: list[str]) -> bool:
    e = _ws(evidence)
    return bool(e) and any(e == s or (len(e) >= 8 and e in s) or (len(s) >= 8 and s in e)
                           for s in map(_ws, support))


def load(split: str) -> tuple[list[dict], dict[str, dict]]:
    """The evidence pairs of ``split`` and the labelled rows they refer to (by id)."""
    names = ["tune", "holdout"] if split == "all" else [split]
    pairs, rows = [], {}
    for name in names:
        for line in (DATA / f"evidence_{name}.jsonl").open(encoding="utf-8"):
            pairs.append(json.loads(line))
        for line in (DATA / f"{name}.jsonl").open(encoding="utf-8"):
            r = json.loads(line)
            rows[r["id"]] = r
    missing = sorted({p["id"] for p in pairs} - set(rows))
    if missing:
        raise SystemExit(f"evidence pairs refer to unknown labelled ids: {missing[:5]}")
    return pairs, rows


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def lead(text: str) -> str:
    sents = _sentences(text)
    return next((s for s in sents if len(s.strip()) >= LEAD_MIN_CHARS), sents[0] if sents else "")


def phrase_choice(clf: Classifier, text: str, code: str) -> str:
    """The first sentence holding one of ``code``'s own phrases or key terms (any language), else the lead."""
    e = clf.taxonomy.get(code)
    terms = [t for d in (e.phrases, e.key_terms) for ts in d.values() for t in ts]
    terms = [clf.normalise(t) for t in terms if t]
    for s in _sentences(text):
        n = clf.normalise(s)
        if any(t and t in n for t in terms):
            return s
    return lead(text)


def rate(hits: list[bool]) -> dict:
    return {"n": len(hits), "right": sum(hits), "rate": round(sum(hits) / len(hits), 4) if hits else None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="holdout", choices=["holdout", "tune", "all"])
    ap.add_argument("--errors", action="store_true", help="list wrong evidence (tune split only)")
    args = ap.parse_args()
    if args.errors and args.split != "tune":
        ap.error("--errors is for the tune split only: the holdout is measured, not inspected")
    pairs, rows = load(args.split)
    clf = Classifier.load()
    got = {i: {lab.code: lab for lab in clf.classify(rows[i]["text"], rows[i].get("title")).labels}
           for i in sorted({p["id"] for p in pairs})}
    groups: dict[str, list[bool]] = defaultdict(list)
    base: dict[str, list[bool]] = defaultdict(list)
    rand: list[float] = []
    counts = Counter()
    wrong = []
    for p in pairs:
        counts["pairs"] += 1
        if not p["support"]:
            counts["no_single_sentence"] += 1
            continue
        lab = got[p["id"]].get(p["code"])
        if lab is None:
            counts["label_not_given"] += 1
            continue
        r = rows[p["id"]]
        ok = supported(lab.evidence, p["support"])
        groups["all"].append(ok)
        groups[f"method_{lab.method}"].append(ok)
        groups["measure" if "." in p["code"] else "task"].append(ok)
        groups[f"script_{r['language']}"].append(ok)
        base["lead"].append(supported(lead(r["text"]), p["support"]))
        base["phrase"].append(supported(phrase_choice(clf, r["text"], p["code"]), p["support"]))
        sents = _sentences(r["text"])
        rand.append(sum(supported(s, p["support"]) for s in sents) / len(sents))
        if not ok:
            wrong.append({"id": p["id"], "code": p["code"], "method": lab.method, "evidence": lab.evidence,
                          "support": p["support"]})
    out = {"split": args.split, **counts,
           "classifier": {k: rate(v) for k, v in sorted(groups.items())},
           "lead": rate(base["lead"]), "phrase": rate(base["phrase"]),
           "random": round(sum(rand) / len(rand), 4) if rand else None}
    if args.errors:
        out["errors"] = wrong
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
