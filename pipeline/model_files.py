"""What the learned models' files have in common (``pipeline.relevance_model``, ``pipeline.task_model``):
reading one with an error that names the file, rounding the shipped weights, reading the labelled
training file, and the command line that trains a model and writes its file."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Callable

__all__ = ["read_json", "sig", "read_labelled", "trainer_main"]


def read_json(path: str | Path, what: str, error: type[Exception]) -> Any:
    """The decoded JSON of a model file; ``error`` (naming the file and ``what`` it should be) if it is
    missing or not JSON."""
    path = Path(path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(f"{path}: {what} file not found") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise error(f"{path}: not valid JSON ({exc})") from None


def sig(x: float, digits: int) -> float:
    """``x`` to ``digits`` significant digits (the shipped files stay small and diff well)."""
    return float(f"{x:.{digits}g}")


def read_labelled(data: Path, fields: dict[str, type]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The rows of a labelled JSONL file, each checked to have ``fields`` of the given types, and the
    ``trained_on`` record of the file (name, SHA-256, rows, relevant rows)."""
    raw = data.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    for n, r in enumerate(rows, 1):
        bad = [k for k, t in fields.items() if not isinstance(r.get(k), t)]
        if bad:
            want = ", ".join(f"{t.__name__} {k!r}" for k, t in fields.items())
            raise ValueError(f"{data}:{n}: each row needs {want} (wrong or missing: {', '.join(bad)})")
    return rows, {"file": data.name, "sha256": hashlib.sha256(raw).hexdigest(), "rows": len(rows),
                  "relevant": sum(bool(r.get("relevant")) for r in rows)}


def trainer_main(argv: list[str] | None, prog: str, description: str,
                 train_from_file: Callable[[Path], dict[str, Any]],
                 summary: Callable[[dict[str, Any]], str]) -> int:
    """``--data`` (default: the tune split) and ``--out``: train, write the file atomically, print a line."""
    ap = argparse.ArgumentParser(prog=prog, description=description)
    ap.add_argument("--data", type=Path, default=Path("tests/data/labelled/tune.jsonl"),
                    help="labelled JSONL to train on (default: the tune split)")
    ap.add_argument("--out", type=Path, required=True, help="model JSON to write")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"error: training data {args.data} not found", file=sys.stderr)
        return 2
    doc = train_from_file(args.data)
    tmp = args.out.with_suffix(args.out.suffix + ".tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out}: {summary(doc)}")
    return 0
