"""Quality gate: extraction F1 on fourteen real pages must not fall below the recorded floor.

The Chinese set includes two feed pages (Yahoo HK with a "more stories" stream, 360kuai with
an inlined recommended article) where trafilatura alone scores F1 0.1-0.2."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.extract import extract_article

GATE = Path(__file__).parent / "fixtures" / "extraction" / "gate"
FLOORS = json.loads((GATE / "floors.json").read_text(encoding="utf-8"))

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_TOKEN_RE = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
# Same normalisation as bench/extraction.py: editor/byline lines dropped on both sides.
_EDITOR_LINE_RE = re.compile(
    r"^\s*[\[\(（【]?\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|审核|审校|校对|值班编辑|作者|记者|通讯员|来源|來源)"
    r"\s*[:：]?.{0,40}$|^\s*(本文来源|文章来源|原标题)[:：]|^\s*\(?(完|over|End)\)?\s*$|^\s*【纠错】",
    re.IGNORECASE,
)


def _shingles(text: str, n: int = 4) -> Counter:
    text = "\n".join(ln for ln in text.splitlines() if not _EDITOR_LINE_RE.search(ln))
    toks = _TOKEN_RE.findall(text.lower())
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def f1(pred: str, gold: str) -> float:
    p, g = _shingles(pred), _shingles(gold)
    if not p or not g:
        return float(p == g)
    tp = sum((p & g).values())
    if not tp:
        return 0.0
    precision, recall = tp / sum(p.values()), tp / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _pages(dataset: str):
    folder = GATE / dataset
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    for key, g in sorted(gold.items()):
        path = next(folder.glob(f"{key}.html*"))
        body = path.read_bytes()
        if path.suffix == ".gz":
            body = gzip.decompress(body)
        yield key, body, g["url"], g.get("content") or g.get("articleBody")


@pytest.mark.parametrize("dataset", ["magic-html-article-zh", "scrapinghub-article-extraction-benchmark"])
def test_f1_not_below_floor(dataset):
    scores = {key: f1(extract_article(body, url=url).text, gold) for key, body, url, gold in _pages(dataset)}
    assert len(scores) >= 6
    mean = sum(scores.values()) / len(scores)
    worst = sorted(scores.items(), key=lambda kv: kv[1])[:3]
    assert mean >= FLOORS[dataset], f"{dataset}: mean F1 {mean:.4f} < floor {FLOORS[dataset]}; worst {worst}"


def test_floors_are_sane():
    for key, value in FLOORS.items():
        if not key.startswith("_"):
            assert 0.0 < value <= 1.0
