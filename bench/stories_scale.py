"""How a refresh's story pass (``warehouse.assign_stories``) grows with the warehouse it matches against.

    python bench/stories_scale.py [--sizes 2000 20000 40000] [--new 60] [--unshared] [--against CHECKOUT]

For each size N, in a process of its own: a synthetic warehouse of N stored articles (Chinese and English texts made
of the labelled tune texts' sentences, each with a made-up sentence of its own: a company, a date, a figure), about
100 a day, each its own story; then one day of ``--new`` articles (a third of them copies of articles stored in the
last three days, the rest new texts of both languages) is matched, as a refresh matches its day. Prints one JSON
document: per size the seconds of that pass, the memory it added to the process (its peak RSS during the pass
against its RSS before it, MB: the peak is reset before the pass, so building the warehouse does not hide it; the
dictionaries loaded before), its counts, how many texts it cut into shingles (the day's own and the LSH
candidates it checked) and how many Chinese texts it segmented (the day's own and translation candidates); and the
ratio of the largest size's seconds to the smallest's. What a day's pass costs should follow the day's articles, the
stored articles near it in time and the stored articles that share text with them (LSH candidates, of any age: these
texts share the tune texts' sentences, so their candidates grow with N), not N itself: with ``--unshared`` the stored
articles of more than a week before the day are texts of made-up words, which are nobody's candidates, so the
candidates, and what the pass should cost, stay the same whatever N. ``--against`` times another
checkout's code (a ``git worktree`` of an earlier commit) on the same warehouses in the same run, beside this one's.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LABELLED = ROOT / "tests" / "data" / "labelled" / "tune.jsonl"
PER_DAY = 100


def _sentences() -> dict[str, list[str]]:
    rows = [json.loads(line) for line in LABELLED.open(encoding="utf-8") if line.strip()]
    out: dict[str, list[str]] = {"zh": [], "en": []}
    for r in rows:
        side = "zh" if r["language"].startswith("zh") else "en"
        split = r"(?<=[。！？])" if side == "zh" else r"(?<=[.!?])\s+"
        out[side] += [s.strip() for s in re.split(split, r["text"]) if len(s.strip()) > 15]
    return out


def _text(rnd: random.Random, pool: dict[str, list[str]], side: str, n: int, day: date) -> str:
    body = rnd.sample(pool[side], rnd.randint(6, 10))
    if side == "zh":
        own = f"第{n}号科技公司{day.month}月{day.day}日宣布完成{rnd.randint(2, 900)}.{rnd.randint(1, 9)}亿元融资。"
    else:
        own = (f"Company No. {n} said on {day.strftime('%B')} {day.day} it raised "
               f"{rnd.randint(2, 900)}.{rnd.randint(1, 9)} million yuan.")
    body.insert(rnd.randrange(len(body) + 1), own)
    return ("" if side == "zh" else " ").join(body)


def _memory_kb() -> dict[str, int]:
    """The process's resident memory now and its peak (kB, Linux's /proc)."""
    status = Path("/proc/self/status").read_text()
    return {k: int(re.search(rf"{k}:\s+(\d+)", status).group(1)) for k in ("VmRSS", "VmHWM")}


def _reset_peak() -> None:
    """Start the peak resident memory afresh from the current one (Linux 4.0 on)."""
    Path("/proc/self/clear_refs").write_text("5")


def _made_up(rnd: random.Random, side: str) -> str:
    """A text of made-up words, which shares no shingle with the tune sentences nor (but by chance) with another."""
    if side == "zh":
        return "".join("".join(chr(rnd.randrange(0x4E00, 0x9FA5)) for _ in range(rnd.randint(20, 40))) + "。"
                       for _ in range(rnd.randint(6, 10)))
    return " ".join(" ".join("".join(chr(rnd.randrange(97, 123)) for _ in range(rnd.randint(3, 9)))
                             for _ in range(rnd.randint(12, 25))) + "." for _ in range(rnd.randint(6, 10)))


def one_size(stored: int, new: int, unshared: bool = False) -> dict:
    from datasketch import MinHashLSH

    from pipeline import stories as st
    from pipeline import translations as tl
    from pipeline import warehouse as wh
    from pipeline.models import ExtractedArticle

    rnd = random.Random(7)
    pool = _sentences()
    last = date(2026, 11, 1)
    days = max(1, stored // PER_DAY)
    rows, story_rows, recent = [], [], []
    band_rows: tuple[list, list, list] = ([], [], [])  # the stored stories' band keys, where the code keeps them
    t0 = time.perf_counter()
    for n in range(stored):
        day = last - timedelta(days=days - 1 - n * days // stored)
        side = "en" if rnd.random() < 0.2 else "zh"
        text = _made_up(rnd, side) if unshared and (last - day).days >= 7 else _text(rnd, pool, side, n, day)
        aid = f"s{n:07d}"
        url = f"https://o{n % 12}.example.cn/a/{n}.html"
        rows.append((aid, url, url, f"o{n % 12}", text, text, "en" if side == "en" else "zh-Hans", day))
        fp = st.fingerprint(text)
        story_rows.append((aid, aid, fp.size, fp.signature_bytes(), st.SCHEME))
        if hasattr(wh, "store_story_bands") and fp.size >= st.MIN_SHINGLES:
            keys = st.band_keys(fp.signature)
            band_rows[0].extend([aid] * len(keys))
            band_rows[1].extend(range(len(keys)))
            band_rows[2].extend(keys)
        if side == "zh" and (last - day).days < 3:
            recent.append(text)
    with tempfile.TemporaryDirectory() as tmp:
        store = wh.Warehouse(Path(tmp))
        with store.writer() as con:   # (the stored articles committed, as a refresh finds them)
            con.executemany("INSERT INTO articles (id, url, canonical_url, source, text, analysis_text, language, "
                            "first_seen, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())", rows)
            con.executemany("INSERT INTO article_stories (article_id, story_id, shingles, signature, scheme) "
                            "VALUES (?, ?, ?, ?, ?)", story_rows)
            if band_rows[0]:   # (what assign_stories writes with each story row, written at once)
                con.execute("INSERT INTO story_bands SELECT unnest(?::VARCHAR[]), unnest(?::UTINYINT[]), "
                            "unnest(?::UBIGINT[])", list(band_rows))
            build = time.perf_counter() - t0
            del rows, story_rows, band_rows
        with store.writer() as con:
            today = last + timedelta(days=1)
            for k in range(new):
                url = f"https://n{k % 12}.example.cn/a/{k}.html"
                if k % 3 == 0 and recent:
                    text, lang = "转载：" + rnd.choice(recent), "zh-Hans"
                else:
                    side = "en" if k % 3 == 1 else "zh"
                    text, lang = _text(rnd, pool, side, stored + k, today), "en" if side == "en" else "zh-Hans"
                art = ExtractedArticle(title="t", text=text, language=lang, analysis_text=text)
                wh.upsert_article(con, wh.PageRef(f"raw/{k}.warc.gz", k, url, url, f"n{k % 12}", "text/html"), art,
                                  day=today, source=f"n{k % 12}")
            # the dictionaries (jieba, CC-CEDICT: 200 MB, a second) and the LSH bands load once per process, whatever N
            tl.english_terms("Warm-up: the dictionaries load once.")
            tl.chinese_terms("词典只加载一次。")
            getattr(st, "_bands", lambda: MinHashLSH(threshold=st.LSH_THRESHOLD, num_perm=st.NUM_PERM))()
            # texts cut into shingles (the day's own, and the LSH candidates checked) and Chinese texts segmented
            # (the day's own, and translation candidates read)
            calls = {"shingled": 0, "segmented": 0}
            shingles, chinese_terms = st.shingles, tl.chinese_terms
            shingle_array = getattr(st, "shingle_array", None)   # (the code that holds shingles as arrays)

            def counted(name, fn):
                def call(*a, **k):
                    calls[name] += 1
                    return fn(*a, **k)
                return call
            st.shingles, tl.chinese_terms = counted("shingled", shingles), counted("segmented", chinese_terms)
            if shingle_array is not None:
                st.shingle_array = counted("shingled", shingle_array)
            _reset_peak()
            before = _memory_kb()["VmRSS"]
            t0 = time.perf_counter()
            counts = wh.assign_stories(con)
            secs = time.perf_counter() - t0
            peak = _memory_kb()["VmHWM"]
            st.shingles, tl.chinese_terms = shingles, chinese_terms
            if shingle_array is not None:
                st.shingle_array = shingle_array
    return {"stored": stored, "new": new, "seconds": round(secs, 2), "added_peak_mb": round((peak - before) / 1024, 1),
            "build_seconds": round(build, 1), **counts, **calls}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000, 40000])
    ap.add_argument("--new", type=int, default=60)
    ap.add_argument("--unshared", action="store_true",
                    help="stored articles of more than a week before the day are made-up texts, no one's candidates")
    ap.add_argument("--against", type=Path, help="another checkout whose code is timed too (e.g. a git worktree)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # (the child process of one size)
    ap.add_argument("--code", type=Path, help=argparse.SUPPRESS)  # (the checkout the child imports)
    args = ap.parse_args()
    if args.one is not None:
        if args.code:
            sys.path.insert(0, str(args.code.resolve()))
        print(json.dumps(one_size(args.one, args.new, args.unshared)))
        return
    out = {}
    for name, code in (("this", ROOT), ("against", args.against)):
        if code is None:
            continue
        runs = []
        for n in args.sizes:  # a process each: peak RSS is a process's
            proc = subprocess.run([sys.executable, __file__, "--one", str(n), "--new", str(args.new), "--code",
                                   str(code)] + ["--unshared"] * args.unshared,
                                  capture_output=True, text=True, check=True)
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        first, last = runs[0], runs[-1]
        out[name] = {"code": str(code), "sizes": runs,
                     "seconds_ratio": round(last["seconds"] / first["seconds"], 2) if first["seconds"] else None}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
