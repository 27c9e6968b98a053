"""Shared fixtures: every test writes under its own temp dir, never into the checkout."""

from __future__ import annotations

import contextlib

import pytest


@pytest.fixture
def isolated_env(tmp_path, monkeypatch):
    """Point the warehouse and Dagster at temp dirs; the environment is restored afterwards."""
    wh = tmp_path / "warehouse"
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("ZGC_WAREHOUSE_DIR", str(wh))
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.delenv("ZGC_SOURCES", raising=False)
    monkeypatch.delenv("ZGC_CRAWL_MODE", raising=False)
    return {"warehouse": wh, "dagster_home": home}


@contextlib.contextmanager
def module_env(root):
    """For a module-scoped fixture: the warehouse and Dagster under *root* while the module's tests run."""
    mp = pytest.MonkeyPatch()
    mp.setenv("ZGC_WAREHOUSE_DIR", str(root / "warehouse"))
    mp.setenv("DAGSTER_HOME", str(root / "dagster_home"))
    mp.delenv("ZGC_SOURCES", raising=False)
    try:
        yield root
    finally:
        mp.undo()
