"""The first digest after a taxonomy change says that its earlier days' figures were recounted: real offline
refreshes through the CLI (Dagster, DuckDB), two days with the packaged taxonomy, then two with a new version of it
put in use by $ZGC_TAXONOMY (which relabels every stored article)."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from pipeline.cli import main
from pipeline.digest import EN, ZH, plain_text
from tests.conftest import module_env

DAYS = ("2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23")

pytestmark = pytest.mark.e2e


def _refresh(day: str) -> None:
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["-q", "refresh", "--offline", "--date", day]) == 0, day


def _files(root, day: str, lang: str = "") -> tuple[str, str]:
    folder = root / "warehouse" / "digests"
    stem = f"{day}.{lang}" if lang else day
    return ((folder / f"{stem}.md").read_text(encoding="utf-8"), (folder / f"{stem}.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory):
    from pipeline.taxonomy import DEFAULT_TAXONOMY_PATH, load_taxonomy

    root = tmp_path_factory.mktemp("taxonomy_digest")
    mp = pytest.MonkeyPatch()
    mp.delenv("ZGC_TAXONOMY", raising=False)
    mp.delenv("ZGC_DIGEST_LANG", raising=False)
    with module_env(root):
        packaged = load_taxonomy().version
        for day in DAYS[:2]:
            _refresh(day)
        # a new version as a maintainer makes one (README, "Changing the taxonomy"): the file copied with the model
        # files it names, its version bumped and a phrase added
        folder = root / "taxonomy"
        folder.mkdir()
        for f in DEFAULT_TAXONOMY_PATH.parent.glob("*.json"):
            shutil.copy(f, folder / f.name)
        raw = json.loads(DEFAULT_TAXONOMY_PATH.read_text(encoding="utf-8"))
        number = int(packaged.rpartition(".v")[2])
        raw["version"] = f"plan_tasks.v{number + 1}"
        raw["plans"][0]["tasks"][1]["measures"][0]["phrases"]["zh"].append("稳定股价行动倡议")
        candidate = folder / f"plan_tasks.v{number + 1}.json"
        candidate.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        mp.setenv("ZGC_TAXONOMY", str(candidate))
        for day in DAYS[2:]:
            _refresh(day)
        yield {"root": root, "old": packaged, "new": raw["version"], "old_number": f"v{number}"}
    mp.undo()


def test_the_first_digest_after_a_taxonomy_change_says_its_figures_were_recounted(upgraded):
    root, old, new = upgraded["root"], upgraded["old"], upgraded["new"]
    con = duckdb.connect(str(root / "warehouse" / "zgc.duckdb"), read_only=True)
    try:   # (the new version relabelled every stored article; the labels it replaced are kept with their version)
        assert con.execute("SELECT DISTINCT taxonomy_version FROM article_labels").fetchall() == [(new,)]
        assert (old,) in con.execute("SELECT DISTINCT taxonomy_version FROM label_history").fetchall()
    finally:
        con.close()
    note = EN.recounted.format(version=new, was=upgraded["old_number"])
    assert note == (f"Counts for earlier days were recounted with taxonomy {new} (was {upgraded['old_number']}): "
                    "they may differ from earlier digests.")
    md, page = _files(root, DAYS[2])
    assert "_" + note.replace("_", "\\_") + "_" in md
    assert f"<p><em>{note}</em></p>" in page
    # under the table, before the notes on it
    assert md.index("| Z1 ") < md.index(note.replace("_", "\\_")) < md.index(EN.counts_note)
    assert note in " ".join(plain_text(md).split())   # the mail's plain-text part (made from the .md file)
    assert f'<meta name="zgc-digest-taxonomy" content="{new}; previous={old}">' in page
    # the days before the change and the day after it say nothing of it (only the footer names the version)
    for day in (DAYS[0], DAYS[1], DAYS[3]):
        md, page = _files(root, day)
        assert "recounted" not in md and "recounted" not in page, day
    assert f"Labels by taxonomy {new}." in plain_text(_files(root, DAYS[3])[0])


def test_the_note_stays_when_the_day_is_rendered_again_in_either_language(upgraded):
    root, new, was = upgraded["root"], upgraded["new"], upgraded["old_number"]
    import contextlib
    import io

    for day in (DAYS[3], DAYS[2]):   # (the day after first: its previous digest's file is rendered again too)
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["digest", "--date", day]) == 0
            assert main(["digest", "--date", day, "--lang", "zh"]) == 0
    note = EN.recounted.format(version=new, was=was)
    assert note in _files(root, DAYS[2])[1] and "recounted" not in _files(root, DAYS[3])[1]
    zh = ZH.recounted.format(version=new, was=was)
    assert zh == f"此前各日的计数已按分类体系 {new} 重新统计（原为 {was}），可能与此前日报中的数字不同。"
    md, page = _files(root, DAYS[2], "zh")
    assert zh in page and zh.replace("_", "\\_") in md and "".join(zh.split()) in "".join(plain_text(md).split())
    md, page = _files(root, DAYS[3], "zh")
    assert "重新统计" not in md and "重新统计" not in page


def test_a_day_from_before_the_change_rendered_again_says_it_was_recounted(upgraded):
    # (after the tests above: it renders the days before the change again) the second day's file recorded only its
    # own version (the digest before it had the same): rendered again with the new one, its figures, the previous
    # day's among them, are recounted and it says so, and its file keeps the version the team was sent, rendered a
    # third time alike. The warehouse's first day has no earlier day in its table (every earlier figure unknown):
    # nothing of earlier days was recounted, and it says nothing of it, however often it is rendered again.
    root, new, was = upgraded["root"], upgraded["new"], upgraded["old_number"]
    import contextlib
    import io

    note = EN.recounted.format(version=new, was=was)
    for _ in range(2):
        for day in DAYS[:2]:
            with contextlib.redirect_stdout(io.StringIO()):
                assert main(["digest", "--date", day]) == 0
            md, page = _files(root, day)
            if day == DAYS[0]:
                assert "recounted" not in md and "recounted" not in page
                assert f'<meta name="zgc-digest-taxonomy" content="{new}">' in page
                continue
            assert note in page and note.replace("_", "\\_") in md, day
            assert f'<meta name="zgc-digest-taxonomy" content="{new}; previous={upgraded["old"]}">' in page, day
