"""Benchmark translation matching (``pipeline.translations``): is the other language's version of an article
found, and are different articles about the same event left apart?

    python bench/translations.py [--split tune|holdout|all] [--pairs]

Data (``tests/data/stories/``), each scored over every pair of an English and a Chinese row of one file
(a pair is a translation when both rows have the same ``story`` key):

* ``translations_tune.jsonl``: real articles in both languages (中新网 and ecns.cn, Xinhua's two services,
  China Daily's two editions, government sites), plus the other language's own reports of the same events
  (hard negatives) and of other events; the thresholds were chosen on it, its errors may be read.
* ``translations_holdout.jsonl``: a second set built the same way, split from the first before either was
  collected; only measured.
* ``republished.jsonl`` (held back): the story set's five translation pairs, which its notes name (its
  ``story`` keys call them different stories, since copy matching does not look for them), among its
  other cross-language pairs.

Prints one JSON document: per dataset pair precision / recall / F1 of ``is_translation`` and, in the same
run, of a baseline that needs no dictionary (the share of shared numbers, dates and pinyin-spelled names,
at the cut that scores best on the tune set), and how fast the sides are read (``sides_per_s``, the
dictionaries loaded) and compared (``pairs_per_s``), beside the copy matcher's fingerprints of the same texts
(``copy_fingerprints_per_s``) in the same run; and (full run only) articles/s of the warehouse's story pass over all
labelled texts spread over 30 days, with and without translation matching.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import stories as st  # noqa: E402
from pipeline.model_files import read_labelled  # noqa: E402
from pipeline import translations as tl  # noqa: E402

DATA = ROOT / "tests" / "data" / "stories"
SETS = {"tune": ["translations_tune.jsonl", "translations_tune_2.jsonl"],
        "holdout": ["translations_holdout.jsonl", "translations_holdout_2.jsonl", "republished.jsonl"]}
# republished.jsonl's translation pairs, as its NOTES.md names them (its story keys keep them apart)
REPUBLISHED_TRANSLATIONS = {"s01en": "s01", "s03": "s02", "s04zh": "s04", "s06en": "s06", "s28": "s13"}


LABELLED = ROOT / "tests" / "data" / "labelled"


def _labelled_texts() -> dict[str, str]:
    return {f"{split}/{r['id']}": r["text"] for split in ("tune", "holdout")
            for r in read_labelled(LABELLED / f"{split}.jsonl", {"id": str, "text": str})[0]}


def load(name: str) -> list[dict]:
    """The rows of one file; a row whose text is a labelled text (or its opening) names it in ``text_from``
    (``{"labelled": "<split>/<id>", "chars": N}``) instead of copying it."""
    rows = [json.loads(line) for line in (DATA / name).open(encoding="utf-8") if line.strip()]
    if any(r.get("text_from") for r in rows):
        texts = _labelled_texts()
        for r in rows:
            ref = r.get("text_from")
            if ref:
                r["text"] = texts[ref["labelled"]][: ref["chars"]]
    if name == "republished.jsonl":
        for r in rows:
            r["story"] = REPUBLISHED_TRANSLATIONS.get(r["story"], r["story"])
    return rows


def _baseline_key(units) -> set[str]:
    """What the baseline compares: numbers, dates and single-token names (no dictionary)."""
    return {k for k in units if k[0] in "#%@" or (k.isascii() and k.isalpha() and len(k) >= 6 and k not in tl._STOP)}


def pairs(rows: list[dict]) -> list[tuple[dict, dict]]:
    en = [r for r in rows if tl.language_side(r["language"]) == "en"]
    zh = [r for r in rows if tl.language_side(r["language"]) == "zh"]
    return [(a, b) for a in en for b in zh]


def prf(truth: list[bool], pred: list[bool]) -> dict:
    tp = sum(t and p for t, p in zip(truth, pred))
    fp = sum(p and not t for t, p in zip(truth, pred))
    fn = sum(t and not p for t, p in zip(truth, pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def score(rows: list[dict], cut: float | None, show: bool) -> dict:
    tl.english_terms("Warm-up: the dictionaries load once.")
    tl.chinese_terms("词典只加载一次。")
    f0 = time.perf_counter()
    for r in rows:
        st.fingerprint(r["text"])
    t0 = time.perf_counter()
    terms = {r["id"]: (tl.english_terms(r["text"]) if tl.language_side(r["language"]) == "en"
                       else tl.chinese_terms(r["text"])) for r in rows}
    t1 = time.perf_counter()
    ps = pairs(rows)
    truth = [a["story"] == b["story"] for a, b in ps]
    pred = [tl.is_translation(terms[a["id"]], terms[b["id"]]) for a, b in ps]
    t2 = time.perf_counter()
    base = []
    for a, b in ps:
        x = _baseline_key(terms[a["id"]].units)
        y = set()
        for g in terms[b["id"]].units.values():
            y |= _baseline_key(g)
        base.append(len(x & y) / min(len(x), len(y)) if x and y else 0.0)
    out = {"rows": len(rows), "pairs": len(ps), "translation_pairs": sum(truth),
           "ours": prf(truth, pred),
           "sides_per_s": round(len(rows) / (t1 - t0), 1), "pairs_per_s": round(len(ps) / (t2 - t1), 1),
           "copy_fingerprints_per_s": round(len(rows) / (t0 - f0), 1)}
    if cut is not None:
        out["baseline"] = {"cut": cut, **prf(truth, [s >= cut for s in base])}
    if show:
        out["pairs_detail"] = [
            {"en": a["id"], "zh": b["id"], "same_story": t, "same_event": a.get("event") == b.get("event"),
             "cover": [round(x, 3) for x in tl.cover(terms[a["id"]], terms[b["id"]])],
             "aligned": [round(x, 3) for x in tl.aligned_cover(terms[a["id"]], terms[b["id"]])], "baseline": round(s, 3)}
            for (a, b), t, s in zip(ps, truth, base) if t or a.get("event") == b.get("event") or s >= 0.3
            or max(tl.cover(terms[a["id"]], terms[b["id"]])) >= 0.4]
    out["_base"] = (truth, base)
    return out


def warehouse_pass(days: int = 30) -> dict:
    """Articles/s of the warehouse's story pass (``assign_stories``: copies and translations) over every labelled
    text (both splits, each its own article, spread over ``days`` days at random), against the same pass with
    translation matching switched off, in the same process."""
    import random
    import tempfile
    from datetime import date, timedelta

    from pipeline import warehouse as wh
    from pipeline.models import ExtractedArticle

    rows = [r for split in ("tune", "holdout")
            for r in read_labelled(LABELLED / f"{split}.jsonl", {"text": str, "language": str})[0]]
    rnd = random.Random(2)
    days_of = [date(2026, 1, 1) + timedelta(days=rnd.randrange(days)) for _ in rows]
    out = {"articles": len(rows), "days": days}
    window = tl.WINDOW_DAYS
    for name, w in (("with_translations", window), ("copies_only", -1)):
        tl.WINDOW_DAYS = w
        try:
            with tempfile.TemporaryDirectory() as tmp, wh.Warehouse(Path(tmp)).writer() as con:
                for n, (r, day) in enumerate(zip(rows, days_of)):
                    url = f"https://s{n % 7}.example.cn/a/{n}.html"
                    art = ExtractedArticle(title=r.get("title") or "t", text=r["text"], language=r["language"],
                                           analysis_text=r["text"])
                    wh.upsert_article(con, wh.PageRef(f"raw/{n}.warc.gz", n, url, url, f"s{n % 7}", "text/html"),
                                      art, day=day, source=f"s{n % 7}")
                t0 = time.perf_counter()
                counts = wh.assign_stories(con)
                dt = time.perf_counter() - t0
        finally:
            tl.WINDOW_DAYS = window
        out[name] = {"articles_per_s": round(len(rows) / dt, 1), "seconds": round(dt, 1), **counts}
    out["ratio"] = round(out["with_translations"]["articles_per_s"] / out["copies_only"]["articles_per_s"], 2)
    return out


def best_cut(truth: list[bool], base: list[float]) -> float:
    cuts = sorted(set(base))
    return max(cuts, key=lambda c: (prf(truth, [s >= c for s in base])["f1"], -c)) if cuts else 1.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("tune", "holdout", "all"), default="all")
    ap.add_argument("--pairs", action="store_true", help="per-pair coverages (tune only)")
    args = ap.parse_args()
    out = {"scheme": tl.SCHEME, "cover_min": tl.COVER_MIN, "aligned_min": tl.ALIGNED_MIN}
    # the baseline's cut: the best on all tune texts together
    truth: list[bool] = []
    base: list[float] = []
    tune = {}
    for name in SETS["tune"]:
        res = score(load(name), None, args.pairs)
        t, b = res.pop("_base")
        truth += t
        base += b
        tune[name] = (res, t, b)
    cut = best_cut(truth, base)
    if args.split in ("tune", "all"):
        for name, (res, t, b) in tune.items():
            res["baseline"] = {"cut": cut, **prf(t, [x >= cut for x in b])}
            out[name.removesuffix(".jsonl")] = res
    if args.split in ("holdout", "all"):
        for name in SETS["holdout"]:
            res = score(load(name), cut, False)
            res.pop("_base")
            out[name.removesuffix(".jsonl")] = res
    if args.split == "all":
        out["warehouse_story_pass"] = warehouse_pass()
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
