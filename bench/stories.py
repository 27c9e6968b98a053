"""Benchmark the story grouping (``pipeline.stories``): is a republished copy found, is a different article left alone?

    python bench/stories.py [--split tune|holdout|all] [--repeats 3]

Two kinds of data, each scored as pairs through ``StoryIndex`` as the warehouse uses it (articles
added in order; each one either joins an earlier article's story or starts its own):

* ``real`` (held back: never used to choose a setting): ``tests/data/stories/republished.jsonl``, real
  excerpts of one story as several outlets carried it (title, chrome, script and trimming differ), and
  different outlets' own reports of the same event, which must stay apart.
* ``real_tune``: ``tests/data/stories/tune.jsonl``, a second, smaller set built the same way after the
  settings were chosen, richer in hard negatives (write-ups of one press release, template flashes);
  its errors may be read.
* ``variants_tune`` / ``variants_holdout``: the labelled classification texts of that split
  (``tests/data/labelled``; one text per source, 300 characters or more) as originals, each followed
  by republished versions made the way portals make them: converted to traditional characters, wrapped
  in another outlet's dateline, source line, editor tag and related-headline list, cut to its first
  60%, or with a paragraph dropped and another story's sentence put in.  The originals are topically
  close (hundreds of texts on the same parks and plans), so every pair of originals is a hard
  negative.  The settings were chosen on the tune variants only.

Prints one JSON document: per dataset pair precision / recall / F1 (a pair is "same story" when both
articles end in one story), and articles/s of the grouping against a baseline in the same run that
compares every new article's shingles with every stored article's (exact, quadratic), on the first 500,
1,000 and 2,000 tune variants.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import stories as st  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "labelled"
REAL = ROOT / "tests" / "data" / "stories" / "republished.jsonl"  # held back
REAL_TUNE = ROOT / "tests" / "data" / "stories" / "tune.jsonl"

_ZH_WRAP = ("来源：{outlet}  {date}", "{outlet}讯 ", "（责任编辑：{editor}）", "相关阅读：")
_EN_WRAP = ("Source: {outlet} | {date}", "BEIJING, {date} ({outlet}) -- ", "Editor: {editor}", "Related stories:")
_OUTLETS_ZH = ("千龙网", "北青网", "中国网", "搜狐", "网易新闻", "凤凰网", "新浪财经", "中华网")
_OUTLETS_EN = ("Xinhua", "China Daily", "CGTN", "ecns", "People's Daily Online", "Global Times")


def _group(row_id: str) -> str:
    return re.sub(r"-para\d+$", "", re.sub(r"-s2t$", "", row_id))


def originals(split: str) -> list[dict]:
    """One text per source group of the split (no plan paragraph twice, no seed paragraph beside its story)."""
    rows = [json.loads(line) for line in (LABELLED / f"{split}.jsonl").open(encoding="utf-8")]
    seen, out = set(), []
    for r in rows:
        g = _group(r["id"])
        if g in seen or len(r["text"]) < 300 or r["id"].endswith("-s2t") or re.search(r"-para\d+$", r["id"]):
            continue
        seen.add(g)
        out.append(r)
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？!?])|(?<=\.)\s+|\n", text) if s.strip()]


def variants(row: dict, others: list[dict], rnd: random.Random, t2s_inverse) -> list[str]:
    """Republished versions of one text, as portals make them."""
    text, zh = row["text"], row["language"] != "en"
    wrap, outlets = (_ZH_WRAP, _OUTLETS_ZH) if zh else (_EN_WRAP, _OUTLETS_EN)
    outlet = rnd.choice(outlets)
    other = rnd.choice(others)
    headlines = [(o.get("title") or _sentences(o["text"])[0])[:40] for o in rnd.sample(others, 3)]
    fill = {"outlet": outlet, "date": f"2025-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}", "editor": "王晓" if zh else "Li Wei"}
    wrapped = "\n".join([wrap[0].format(**fill), wrap[1].format(**fill) + text, wrap[2].format(**fill), wrap[3], *headlines])
    cut = text[: max(1, int(len(text) * 0.6))]
    sents = _sentences(text)
    edited = sents[:]
    if len(edited) > 3:
        del edited[len(edited) // 2]
    others_sents = [x for x in _sentences(other["text"]) if 20 <= len(x) <= 100]
    if others_sents:  # one sentence of another story (not a paragraph: a short text's one line is most of it)
        edited.insert(min(1, len(edited)), rnd.choice(others_sents))
    out = [wrapped, cut, ("" if zh else " ").join(edited)]
    if zh:
        out.append(t2s_inverse(text))
    return out


def cleaned(articles: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The texts as the warehouse stores them: through the extractor's cleaning (pinyin annotations,
    editor tags, source lines and mojibake go before a fingerprint is taken)."""
    from pipeline.clean import clean_text

    return [(aid, key, clean_text(text)) for aid, key, text in articles]


def group(articles: list[tuple[str, str, str]]) -> dict[str, str]:
    """Story id per article, the articles added in order as the warehouse adds them (the index reads a
    stored article's text only when it is a candidate)."""
    texts = {aid: t for aid, _, t in articles}
    index = st.StoryIndex(lambda ids: [st.shingles(texts[aid]) for aid in ids])
    got: dict[str, str] = {}
    for aid, _, text in articles:
        fp = st.fingerprint(text)
        m = index.match(fp)
        got[aid] = m.story_id if m else aid
        index.add(aid, got[aid], fp.signature, fp.size)
    return got


def score(articles: list[tuple[str, str, str]]) -> dict:
    """Run the grouping over (article id, story key, text) in order; pair precision/recall/F1."""
    got = group(articles)
    tp = fp_ = fn = 0
    for (a, ka, _), (b, kb, _) in combinations(articles, 2):
        same_gold, same_got = ka == kb, got[a] == got[b]
        tp += same_gold and same_got
        fp_ += same_got and not same_gold
        fn += same_gold and not same_got
    p = tp / (tp + fp_) if tp + fp_ else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"articles": len(articles), "stories": len({k for _, k, _ in articles}),
            "pairs_same": tp + fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "false_pairs": fp_, "missed_pairs": fn}


def variant_set(split: str) -> list[tuple[str, str, str]]:
    import opencc

    s2t = opencc.OpenCC("s2t").convert
    base = originals(split)
    rnd = random.Random(20261122)
    arts: list[tuple[str, str, str]] = []
    for r in base:
        arts.append((r["id"], r["id"], r["text"]))
    for r in base:
        for j, v in enumerate(variants(r, [o for o in base if o is not r], rnd, s2t)):
            arts.append((f"{r['id']}~{j}", r["id"], v))
    return cleaned(arts)


def real_set(path: Path = REAL) -> list[tuple[str, str, str]]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    return cleaned([(r["id"], r["story"], r["text"]) for r in rows])


def baseline_group(articles: list[tuple[str, str, str]]) -> dict[str, str]:
    """Exact containment against every stored article (what the index avoids)."""
    stored: list[tuple[str, frozenset[int]]] = []
    got: dict[str, str] = {}
    for aid, _, text in articles:
        sh = st.shingles(text)
        best, best_j = None, 0.0
        if len(sh) >= st.MIN_SHINGLES:
            for other, osh in stored:
                if len(osh) >= st.MIN_SHINGLES:
                    c, j = st.overlap(sh, osh)
                    if st.is_copy(c, j) and j > best_j:
                        best, best_j = other, j
        got[aid] = got[best] if best else aid
        stored.append((aid, sh))
    return got


def speed(articles: list[tuple[str, str, str]], repeats: int, sizes: tuple[int, ...] = (500, 1000, 2000)) -> dict:
    """Articles/s of the grouping and of the exact all-pairs baseline on the first N articles, median of
    ``repeats`` alternating passes: the index's cost grows with the articles, the baseline's with their square."""
    out = {}
    for n in sizes:
        arts = articles[:n]
        runs: dict[str, list[float]] = {"stories": [], "exact_all_pairs_baseline": []}
        for _ in range(repeats):
            for name, fn in (("stories", group), ("exact_all_pairs_baseline", baseline_group)):
                t0 = time.perf_counter()
                fn(arts)
                runs[name].append(time.perf_counter() - t0)
        rate = {k: round(len(arts) / statistics.median(v), 1) for k, v in runs.items()}
        out[str(len(arts))] = {**rate, "ratio": round(rate["stories"] / rate["exact_all_pairs_baseline"], 2)}
    return {"articles_per_s": out, "passes": repeats}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("tune", "holdout", "all"), default="all",
                    help="tune: variants of the tune texts only (where settings are chosen)")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    out: dict = {"scheme": st.SCHEME, "containment": st.CONTAINMENT, "jaccard": st.JACCARD,
                 "lsh_threshold": st.LSH_THRESHOLD}
    if args.split in ("tune", "all"):
        out["real_tune"] = score(real_set(REAL_TUNE))
        out["variants_tune"] = score(variant_set("tune"))
    if args.split in ("holdout", "all"):
        out["variants_holdout"] = score(variant_set("holdout"))
        if REAL.exists():
            out["real"] = score(real_set())
    out["speed"] = speed(variant_set("tune"), max(1, args.repeats))
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
