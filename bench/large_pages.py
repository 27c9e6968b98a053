"""Extraction time against page size: ours and trafilatura alone on the same synthetic pages, in one run.

    python bench/large_pages.py [--sizes 0.25,0.5,1,2,4,8]

Each page is one <article> of N paragraphs of Chinese prose, each paragraph with a link, a classed span and an
image (the elements the cleaning passes look at), up to the given size in MB (the extractor refuses pages over
10 MB, and pages of more than 30,000 elements: from about 1.5 MB of these paragraphs on, printed as refused).
Prints seconds per page for both and the time per MB, which stays flat when the cost grows linearly with the page; the sixteenth-to-eighteenth sessions' code took 31 s at 2 MB and 724 s at 9.5 MB (several XPath
selections were quadratic in the number of paragraphs).

    python bench/large_pages.py --long-line [--chars 25000,50000,100000,200000]

A page of five short paragraphs after one paragraph of N letters (Latin, Han, then ©) with no sentence punctuation (an
inline blob, a hostile page): the thirty-sixth session's check for list pages read such a line in time quadratic in
its length (40,000 letters 6.6 s, 200,000 nearly three minutes); time per 100,000 characters stays flat when linear.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from pipeline.extract import extract_article  # noqa: E402
from pipeline.models import ExtractionError  # noqa: E402

PARA = ('<p>中关村科技园区今天发布了<a href="/n/{i}.html">第{i}项新政策</a>，<span class="hl">支持</span>'
        '人工智能企业开展关键核心技术攻关，推动第{i}批项目落地。<img src="/img/{i}.jpg"></p>\n')


def page(mb: float) -> bytes:
    head = "<html><head><meta charset='utf-8'><title>大页面</title></head><body><article><h1>大页面</h1>"
    parts, size, i = [head], len(head.encode()), 0
    while size < mb * 1024 * 1024 - 200:
        p = PARA.format(i=i)
        parts.append(p)
        size += len(p.encode())
        i += 1
    parts.append("</article></body></html>")
    return "".join(parts).encode("utf-8")


def long_line(chars: int, letter: str) -> bytes:
    body = "".join(f"<p>第{i}段：专车的营销活动引发了舆论的讨论，大众与政府的诉求并不相同，这里分析其中的原因和各方的考虑。</p>"
                   for i in range(5))
    return f"<html><head><meta charset='utf-8'></head><body><p>{letter * chars}</p>{body}</body></html>".encode()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0.25,0.5,1,2,4,8")
    ap.add_argument("--long-line", action="store_true")
    ap.add_argument("--chars", default="25000,50000,100000,200000")
    args = ap.parse_args()
    if args.long_line:
        for letter in ("a", "中", "©"):
            for n in (int(x) for x in args.chars.split(",")):
                body = long_line(n, letter)
                t = time.perf_counter()
                extract_article(body, url="https://example.cn/a/1.html")
                ours = time.perf_counter() - t
                t = time.perf_counter()
                trafilatura.extract(body.decode("utf-8"), favor_precision=True)
                alone = time.perf_counter() - t
                print(json.dumps({"letter": letter, "chars": n, "ours_s": round(ours, 3),
                                  "trafilatura_alone_s": round(alone, 3),
                                  "ours_s_per_100k_chars": round(ours / n * 1e5, 3)}), flush=True)
        return
    rows = []
    for mb in (float(x) for x in args.sizes.split(",")):
        body = page(mb)
        t = time.perf_counter()
        try:
            art = extract_article(body, url="https://example.cn/a/1.html")
        except ExtractionError as exc:   # (over MAX_ELEMENTS: refused at once, as a hostile page is)
            print(json.dumps({"mb": round(len(body) / 1024 / 1024, 2), "refused": str(exc),
                              "ours_s": round(time.perf_counter() - t, 2)}), flush=True)
            continue
        ours = time.perf_counter() - t
        t = time.perf_counter()
        base = trafilatura.extract(body.decode("utf-8"), favor_precision=True) or ""
        alone = time.perf_counter() - t
        size = len(body) / 1024 / 1024
        rows.append({"mb": round(size, 2), "ours_s": round(ours, 2), "trafilatura_alone_s": round(alone, 2),
                     "ours_s_per_mb": round(ours / size, 2), "trafilatura_s_per_mb": round(alone / size, 2),
                     "ratio_ours_to_alone": round(ours / alone, 2) if alone else None,
                     "chars_out": len(art.text), "chars_out_alone": len(base)})
        print(json.dumps(rows[-1]), flush=True)


if __name__ == "__main__":
    main()
