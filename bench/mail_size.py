"""How big a busy day's digest mail is, as the mail server gets it.

    python bench/mail_size.py [--copies N] [--texts N] [--lang en|zh] [--out DIR]

Builds a busy day in a temp warehouse: every labelled text (tune and holdout splits, 1,452 texts, about 950 of them
relevant) as an article first seen that day, each relevant one carried again by up to N other outlets (default 2:
2,9xx articles), classified by the shipped classifier and grouped into stories by the refresh's own story pass; then
writes the day's digest as a refresh does (``write_digest``, in English and in Chinese, or in --lang alone) and builds
the mail a refresh sends (``mail.digest_message``) to a server that takes 8bit. Prints, as JSON, for each language:
the Markdown and HTML files' bytes, the whole message's bytes as sent (``as_bytes``, CRLF line ends), its longest line
and each part's encoding and encoded bytes, the caps the lists were cut at and the overview's stories listed, against
the mail's budget (``mail.MESSAGE_MAX``) and Gmail's 102 KB clipping point; and as the baselines, in the same run, the
same figures for the digest fitted for a base64 message (as every message was before 8bit; what a server without
8BITMIME still gets) and for the day's lists cut at the caps alone (as before the budget).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAY = date(2026, 11, 20)
OUTLETS = ("北京日报", "新京报", "人民网", "光明网", "中国新闻网", "新华网", "央视网", "澎湃新闻", "科技日报", "经济日报")


def texts(limit: int | None = None) -> list[dict]:
    """The labelled texts, or *limit* of them spread over both splits (an ordinary day's share)."""
    rows = []
    for name in ("tune.jsonl", "holdout.jsonl"):
        with open(ROOT / "tests" / "data" / "labelled" / name, encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh]
    return rows if limit is None else rows[::max(len(rows) // limit, 1)][:limit]


def build(tmp: Path, copies: int, limit: int | None = None) -> tuple:
    from pipeline import warehouse as wh
    from pipeline.classify import Classifier
    from pipeline.defs.assets import label_articles
    from pipeline.models import ExtractedArticle
    from pipeline.taxonomy import load_taxonomy

    store = wh.Warehouse(tmp)
    clf = Classifier(load_taxonomy())
    n = 0
    with store.writer() as con:
        for k, row in enumerate(texts(limit)):
            title = row.get("title") or row["text"][:28]
            # (the relevant texts carried again by other outlets, as a busy day's wire stories are)
            for c in range(1 + (copies if row.get("relevant") else 0) * (k % 2)):
                outlet = OUTLETS[(k + c) % len(OUTLETS)]
                url = f"https://news{(k + c) % len(OUTLETS)}.example.cn/2026/11/20/{k}_{c}.html"
                page = wh.PageRef(f"raw/{k}.warc.gz", c, url, url, f"s{(k + c) % len(OUTLETS)}", "text/html", DAY)
                art = ExtractedArticle(title=title, text=row["text"], language=row.get("language") or "zh-Hans",
                                       analysis_text=row["text"], outlet=outlet)
                wh.upsert_article(con, page, art, day=DAY, source=page.source)
                n += 1
        label_articles(con, clf)
        wh.assign_stories(con)
        relevant, stories = con.execute(
            "SELECT count(*), count(DISTINCT coalesce(s.story_id, a.id)) FROM articles a "
            "LEFT JOIN article_stories s ON s.article_id = a.id WHERE a.relevant").fetchone()
    store.publish()
    return store, n, relevant, stories


def _caps(html: str) -> str | None:
    """The caps the written digest records (None before they were recorded)."""
    import re

    m = re.search(r'<meta name="zgc-digest-caps" content="([^"]*)">', html)
    return m.group(1) if m else None


def _message(mail, settings, subject: str, md: str, html: str, eight_bit: bool) -> dict:
    """The figures of the message a refresh sends with these files, to a server that takes 8bit or one that does
    not: its bytes as sent (CRLF line ends), each part's encoding and encoded bytes, its longest line."""
    msg = mail.digest_message(settings, subject, md, html, eight_bit=eight_bit)
    raw = msg.as_bytes()
    return {"message_bytes": len(raw), "longest_line": max(len(x) for x in raw.split(b"\r\n")),
            "parts": {p.get_content_type(): [str(p["Content-Transfer-Encoding"]), len(p.as_bytes())]
                      for p in msg.iter_parts()}}


def one_language(store, lang: str, out: Path | None) -> dict:
    """The day's digest in *lang* as a refresh writes and mails it: fitted for a server that takes 8bit (now), and
    as the baseline in the same run, fitted for base64 (as every message was sent before: what a server without
    8BITMIME still gets) and at the caps alone (as before the budget)."""
    from pipeline import mail
    from pipeline.defs.assets import render_digest, write_digest
    from pipeline.digest import digest_caps, digest_words, fit_message, recorded_caps, render_html, render_markdown

    t0 = time.perf_counter()
    paths = write_digest(store, DAY, lang)
    rendered = time.perf_counter() - t0
    md, html = (Path(paths[k]).read_text(encoding="utf-8") for k in ("markdown", "html"))
    settings = mail.mail_settings({"ZGC_MAIL_TO": "team@example.cn", "ZGC_MAIL_FROM": "zgc@example.cn"})
    words = digest_words(lang)
    subject = words.subject(DAY.isoformat(), paths["relevant"])
    data, caps = render_digest(store, DAY), digest_caps()
    md64, html64, _ = fit_message(data, words, caps, eight_bit=False)
    md0, html0 = render_markdown(data, words, caps), render_html(data, words, caps)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        for k in ("markdown", "html"):
            (out / Path(paths[k]).name).write_text(Path(paths[k]).read_text(encoding="utf-8"), encoding="utf-8")
        (out / f"message.{lang}.eml").write_bytes(mail.digest_message(settings, subject, md, html).as_bytes())

    def fitted(md: str, html: str, eight_bit: bool) -> dict:
        c = recorded_caps(html)
        return {"caps_cut_at": _caps(html), "overview_stories": min(c.overview or len(data.stories), len(data.stories)),
                "section_entries": c.section, "markdown_bytes": len(md.encode("utf-8")),
                "html_bytes": len(html.encode("utf-8")), **_message(mail, settings, subject, md, html, eight_bit)}

    return {"lang": lang, "write_digest_s": round(rendered, 2),
            "8bit": fitted(md, html, True),
            "base64 (baseline: before; a server without 8BITMIME)": fitted(md64, html64, False),
            "at_the_caps_alone (base64)": {"markdown_bytes": len(md0.encode("utf-8")),
                                           "html_bytes": len(html0.encode("utf-8")),
                                           "message_bytes": _message(mail, settings, subject, md0, html0,
                                                                     False)["message_bytes"]}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--texts", type=int, default=None, help="this many of the texts (an ordinary day: 60)")
    ap.add_argument("--lang", default=None, help="en or zh (default: both)")
    ap.add_argument("--out", type=Path, help="a folder to copy the digest files and the message into")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="zgc-mail-size-") as tmp:
        t0 = time.perf_counter()
        store, articles, relevant, stories = build(Path(tmp), args.copies, args.texts)
        built = time.perf_counter() - t0
        from pipeline import mail

        print(json.dumps({
            "articles": articles, "relevant": relevant, "stories": stories,
            "languages": [one_language(store, lang, args.out) for lang in ([args.lang] if args.lang else ["en", "zh"])],
            "message_budget": getattr(mail, "MESSAGE_MAX", None), "gmail_clips_past": 102 * 1024,
            "build_s": round(built, 1),
            "caps_env": {k: os.environ.get(k) for k in ("ZGC_DIGEST_OVERVIEW_MAX", "ZGC_DIGEST_SECTION_MAX")},
        }, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
