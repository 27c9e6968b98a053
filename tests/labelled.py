"""The labelled classification splits, for the tests of the learned models."""

import json
from pathlib import Path

DATA = Path(__file__).parent / "data" / "labelled"
TUNE = DATA / "tune.jsonl"
HOLDOUT = DATA / "holdout.jsonl"


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]
