"""An installed package (a wheel, not a checkout): it carries every file it reads, and writes its data under
the user's data folder, never into its own install folder."""

import fnmatch
import json
import shutil
import tomllib
from pathlib import Path

import pytest

import pipeline.cli as cli
import pipeline.warehouse as wh

ROOT = Path(__file__).resolve().parent.parent


def test_package_data_carries_the_schema_and_the_instance_settings():
    """Every SQL file the warehouse applies and the Dagster instance settings are in the wheel: each lies in a
    package the build includes and matches that package's data patterns (a new migration folder or file type
    that the build would leave out fails here)."""
    tool = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    packages, data = tool["packages"]["find"]["include"], tool["package-data"]
    needed = [*ROOT.glob("warehouse/*/*.sql"), ROOT / "dagster_home" / "dagster.yaml"]
    assert len(needed) > 5
    for path in needed:
        package = ".".join(path.parent.relative_to(ROOT).parts)
        assert any(fnmatch.fnmatchcase(package, p) for p in packages), f"{package} is not built into the wheel"
        assert any(fnmatch.fnmatchcase(path.name, p) for p in data.get(package, [])), f"{path} is not package data"


def test_the_package_says_what_licences_its_files_are_under():
    """The wheel carries the project's licence and NOTICE and the licence files of the material it ships that is
    not the project's (the offline archive's pages); its licence expression names the publishers' text the archive
    holds (a compliance reviewer found a bare Apache-2.0 over it, and no LICENSE at all)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    files = [f for pattern in project["license-files"] for f in ROOT.glob(pattern)]
    assert {ROOT / "LICENSE", ROOT / "NOTICE"} <= set(files)
    assert "Apache License" in (ROOT / "LICENSE").read_text(encoding="utf-8")[:200]
    entries = json.loads((ROOT / "spiders" / "archive" / "manifest.json").read_text(encoding="utf-8"))
    named = {e["licence"] for e in entries if e.get("licence")}
    assert named and all(ROOT / "spiders" / "archive" / "LICENSES" / n in files for n in named)
    # each licence a shipped page is under is in the expression (its file is named <project>-<SPDX id>.txt)
    spdx = {n: [i for i in ("Apache-2.0", "MIT", "BSD-3-Clause", "CC-BY-4.0") if n.removesuffix(".txt").endswith(f"-{i}")]
            for n in named}
    assert all(len(ids) == 1 and f" {ids[0]} " in f" {project['license']} " for ids in spdx.values()), spdx
    assert any(e["licence"] is None and e["kind"] == "article" for e in entries)   # the seed pages: publishers' text
    assert "LicenseRef-Publisher-Text-Test-Material" in project["license"]
    assert ROOT / "spiders" / "archive" / "LICENSES" / "SEEDS-NOTE.md" in files
    assert "LicenseRef-Publisher-Text-Test-Material" in (ROOT / "NOTICE").read_text(encoding="utf-8")


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """The package as pip lays it out: its folder has no pyproject.toml."""
    site = tmp_path / "site-packages"
    shutil.copytree(ROOT / "warehouse", site / "warehouse", ignore=shutil.ignore_patterns("*.duckdb*", "raw", "state",
                                                                                          "digests", "*.lock"))
    (site / "dagster_home").mkdir()
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", site / "dagster_home")
    for module in (wh, cli):
        monkeypatch.setattr(module, "PROJECT_ROOT", site)
    for var in ("ZGC_WAREHOUSE_DIR", "DAGSTER_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return site


def test_an_installed_package_writes_under_the_users_data_folder(installed, tmp_path, monkeypatch, capsys):
    assert not wh.in_checkout() and wh.data_home() == tmp_path / "home" / ".local" / "share" / "zgc-monitor"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/not/allowed")  # the XDG spec ignores a relative path
    assert wh.data_home() == tmp_path / "home" / ".local" / "share" / "zgc-monitor"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert cli.main(["paths"]) == 0
    paths = json.loads(capsys.readouterr().out)
    assert paths["warehouse"] == str(tmp_path / "xdg" / "zgc-monitor" / "warehouse")
    home = Path(paths["dagster_home"])
    assert home == tmp_path / "xdg" / "zgc-monitor" / "dagster_home"
    # the instance settings (no telemetry, one run at a time) and a workspace naming the code location
    assert (home / "dagster.yaml").read_text() == (installed / "dagster_home" / "dagster.yaml").read_text()
    assert "location_name: zgc_monitor" in (home / "workspace.yaml").read_text()
    assert not any(p.name in ("zgc.duckdb", "storage", "workspace.yaml") for p in installed.rglob("*"))
    # the warehouse is made there, from the packaged schema
    with wh.Warehouse(sql_dir=installed / "warehouse").writer() as con:
        assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] >= 5
    assert (tmp_path / "xdg" / "zgc-monitor" / "warehouse" / "state" / "work.duckdb").exists()


def test_an_incomplete_installation_is_named(installed, tmp_path, capsys):
    (installed / "dagster_home" / "dagster.yaml").unlink()
    assert cli.main(["paths"]) == 1
    assert "dagster.yaml are missing: the installation is incomplete" in capsys.readouterr().err
    shutil.rmtree(installed / "warehouse" / "migrations")
    with pytest.raises(FileNotFoundError, match="no schema migrations in .*migrations: the installation is incomplete"):
        with wh.Warehouse(tmp_path / "w", sql_dir=installed / "warehouse").writer():
            pass
