"""Rebuild tune.jsonl / holdout.jsonl from the shared read-only material.

Not run by the tests (they read the committed JSONL).  Run once by hand:
    python tests/data/labelled/make_dataset.py /work/shared
Labels are assigned here by rule (see README.md); nothing is predicted.
"""
from __future__ import annotations

import gzip
import html
import json
import re
import sys
from pathlib import Path

import opencc

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared")
OUT = Path(__file__).parent
S2T = opencc.OpenCC("s2t")
PLAN_URL = "seeds/004_614676c46f0c751e.txt (republication of the 14th Five-Year Zhongguancun plan)"

# paragraph (1-based line of seeds/004) -> codes; task intros get the task code, measures task+measure
TASK_PARAS = {"Z1": (28, [29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]),
              "Z2": (40, [41, 42, 43, 44, 45]),
              "Z3": (46, [47, 48, 49, 50, 51, 52, 53, 54]),
              "Z4": (55, [56, 57, 58, 59, 60, 61, 62, 63, 64]),
              "Z5": (65, [66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78]),
              "Z6": (79, [80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91]),
              "Z7": (92, [93, 94, 95, 97, 98, 99, 101, 102, 103])}
# preamble, goals and implementation: task-level codes by content (rule 3 of README)
OTHER_PARAS = {2: [], 21: [], 22: ["Z2"], 23: ["Z1"], 24: ["Z4"], 25: ["Z2"], 26: ["Z5", "Z7"], 27: [],
               104: [], 105: [], 106: []}

rows_tune: list[dict] = []
rows_hold: list[dict] = []


def row(id_, url, lang, title, text, relevant, labels):
    return {"id": id_, "source_url": url, "language": lang, "title": title, "text": text,
            "relevant": relevant, "labels": sorted(set(labels), key=lambda c: (c[0], [int(x) for x in c[1:].split(".")]))}


plan = (SHARED / "seeds/004_614676c46f0c751e.txt").read_text(encoding="utf-8").split("\n")
n_task = 0
for task, (intro, measures) in TASK_PARAS.items():
    n_task += 1
    dest = rows_tune if n_task % 2 else rows_hold
    dest.append(row(f"plan004-p{intro}", PLAN_URL, "zh-Hans", None, plan[intro - 1], True, [task]))
    for k, p in enumerate(measures, 1):
        dest = rows_tune if k % 2 else rows_hold
        labels = [task, f"{task}.{k}"]
        dest.append(row(f"plan004-p{p}", PLAN_URL, "zh-Hans", None, plan[p - 1], True, labels))
        if k % 3 == 0:  # a traditional rendering of every third measure, same half as its source
            dest.append(row(f"plan004-p{p}-s2t", PLAN_URL + " converted with OpenCC s2t", "zh-Hant", None,
                            S2T.convert(plan[p - 1]), True, labels))
for i, (p, labels) in enumerate(OTHER_PARAS.items()):
    dest = rows_tune if i % 2 == 0 else rows_hold
    dest.append(row(f"plan004-p{p}", PLAN_URL, "zh-Hans", None, plan[p - 1], True, labels))

# seeds 000-003: whole documents and their substantive paragraphs
seeds = {n: (SHARED / "seeds" / f).read_text(encoding="utf-8") for n, f in [
    ("000", "000_65f807e10d63d7c1.txt"), ("001", "001_eeab958d9503df85.txt"),
    ("002", "002_e14e3f990d861e67.txt"), ("003", "003_2744a051a2328dcd.txt")]}
ZALL = ["Z1", "Z2", "Z3", "Z4", "Z5", "Z6", "Z7"]
BALL = ["B1", "B2", "B3", "B4", "B5", "B6"]
rows_tune.append(row("seed000", "seeds/000_65f807e10d63d7c1.txt (China News Service via 北疆新闻)", "zh-Hant", None, seeds["000"], True,
                     ZALL + ["Z4.3", "Z4.6", "Z4.7", "Z4.8", "Z4.9", "Z7.1", "Z7.2", "Z7.3", "Z7.7"]))
rows_tune.append(row("seed002", "seeds/002_e14e3f990d861e67.txt (Beijing municipal press conference)", "zh-Hant", None, seeds["002"], True, BALL))
rows_hold.append(row("seed001", "seeds/001_eeab958d9503df85.txt (Guangming Online)", "zh-Hans", None, seeds["001"], True, BALL))
rows_hold.append(row("seed003", "seeds/003_2744a051a2328dcd.txt (China News Service, English MT)", "en", None, seeds["003"], True,
                     ZALL + ["Z4.3", "Z4.6", "Z4.7", "Z4.8", "Z4.9", "Z7.1", "Z7.2", "Z7.3", "Z7.7"]))


def paras(t):
    return [p.strip() for p in t.split("\n") if len(p.strip()) >= 40]


# seed 001 paragraphs (holdout, with its whole document)
p001 = paras(seeds["001"])
lab001 = {"一是实施": ["B1"], "二是实施": ["B2"], "三是实施": ["B3"], "四是实施": ["B4"], "五是实施": ["B5"], "六是实施": ["B6"],
          "一是立足": BALL, "科技部副部长": ["B1"]}
k = 0
for p in p001:
    if "光明网讯" in p or "科技部副部长" in p or "靖伟" in p or "靳伟" in p or "立足" in p or "实施" in p:
        labels = next((v for kk, v in lab001.items() if p.startswith(kk)), [])
        if "六大工程" in p:
            labels = []
        k += 1
        rows_hold.append(row(f"seed001-para{k}", "seeds/001_eeab958d9503df85.txt", "zh-Hans", None, p, True, labels))
# seed 003 paragraphs (holdout)
lab003 = [("insisting on self-reliance", ZALL), ("Digital Economy Leading Development Action Plan", ["Z4", "Z4.3"]),
          ("241", ["Z4", "Z4.6", "Z4.7", "Z4.8"]), ("Forward-looking layout", ["Z4", "Z4.9"]),
          ("global innovation network", ["Z7"]), ("international cooperation parks", ["Z7", "Z7.1", "Z7.2", "Z7.3"]),
          ("Zhongguancun Forum", ["Z7", "Z7.7"]), ("two-step development goal", []), ("five specific goals", ["Z1", "Z2", "Z4", "Z7"]),
          ("Chinanews.com", [])]
k = 0
for p in paras(seeds["003"]):
    labels = next((v for kk, v in lab003 if kk in p), None)
    if labels is None:
        continue
    k += 1
    rows_hold.append(row(f"seed003-para{k}", "seeds/003_2744a051a2328dcd.txt", "en", None, p, True, labels))
# seed 000 paragraphs (tune): the simplified-equivalent paragraphs of the same story, in traditional script
lab000 = [("重點落實7大任務", ZALL), ("數(shù)字經濟引領發(fā)展行動計劃", ["Z4", "Z4.3", "Z4.6", "Z4.7", "Z4.8", "Z4.9"]),
          ("全球視野謀劃", ["Z7", "Z7.1", "Z7.2", "Z7.3", "Z7.7"]), ("五方面具體目標", ["Z1", "Z2", "Z4", "Z7"]),
          ("兩步走", [])]
k = 0
for p in paras(seeds["000"]):
    labels = next((v for kk, v in lab000 if kk in p), None)
    if labels is None:
        continue
    k += 1
    rows_tune.append(row(f"seed000-para{k}", "seeds/000_65f807e10d63d7c1.txt", "zh-Hant", None, p, True, labels))

# the NetEase page about the Zhongguancun listed companies' association (relevant, no plan task)
raw = (SHARED / "benchdata/zgc-163-page/72.html").read_bytes().decode("gb18030", "replace")
ps = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p[^>]*>(.*?)</p>", raw, re.S)]
start = next(i for i, p in enumerate(ps) if "中关村上市公司协会(以下简称" in p)
body = ["网易财经7月4日讯 7月4日消息，为了维护资本市场的稳定发展，中关村上市公司协会今日发表《关于维护资本市场稳定发展的行动倡议》，原文如下："]
body += [p for p in ps[start:start + 8] if "{" not in p]
rows_tune.append(row("zgc163-72", "http://money.163.com (benchdata/zgc-163-page/72.html, 2015-07-04)", "zh-Hans",
                     "中关村277家上市公司发表稳定股价行动倡议", "\n".join(body), True, []))

# magic-html gold texts: none is about Zhongguancun / the Beijing center (checked one by one)
mh = json.loads((SHARED / "benchdata/magic-html-article-zh/base_zh_subset.json").read_text(encoding="utf-8"))
for i, (key, v) in enumerate(sorted(mh.items())):
    text = v["content"]
    lang = "en" if len(re.findall(r"[\u4e00-\u9fff]", text)) < 30 else ("zh-Hant" if "yahoo" in v["url"] else "zh-Hans")
    dest = rows_tune if i % 2 == 0 else rows_hold
    dest.append(row(f"magichtml-{key[:12]}", v["url"], lang, None, text, False, []))
    if lang == "zh-Hans" and i % 6 == 1:
        dest.append(row(f"magichtml-{key[:12]}-s2t", v["url"] + " (converted with OpenCC s2t)", "zh-Hant", None,
                        S2T.convert(text), False, []))

# scrapinghub English gold bodies (first 40 by key): unrelated news
gt = json.loads((SHARED / "benchdata/scrapinghub-article-extraction-benchmark/ground-truth.json").read_text(encoding="utf-8"))
for i, (key, v) in enumerate(sorted(gt.items())[:40]):
    dest = rows_tune if i % 2 == 0 else rows_hold
    dest.append(row(f"scrapinghub-{key[:12]}", v.get("url") or f"scrapinghub ground-truth {key}", "en", None,
                    v["articleBody"], False, []))

# newspaper4k outputs (simplified Chinese news, unrelated)
for i, f in enumerate(sorted((SHARED / "benchdata/newspaper4k-zh/txt").glob("*.txt"))):
    dest = rows_tune if i % 2 == 0 else rows_hold
    dest.append(row(f"newspaper4k-{f.stem}", f"benchdata/newspaper4k-zh/txt/{f.name}", "zh-Hans", None,
                    f.read_text(encoding="utf-8"), False, []))

for name, rows in (("tune", rows_tune), ("holdout", rows_hold)):
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows), sum(r["relevant"] for r in rows))
