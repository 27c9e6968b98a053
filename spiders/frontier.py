"""A crawl's resume log (``Frontier``) and the taking over of earlier days' unfinished crawls: read by the spider
and by the refresh before its crawl, which is why they live apart from ``spiders.news`` (importing Scrapy costs a
refresh's crawl step half a second)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path
from typing import Callable

from pipeline.urls import canonical_url


class Frontier:
    """Append-only, line-flushed log of one crawl's articles, for resuming after a kill.

    ``Q <source> <url>``: an article queued; ``P <source> <first page> <n> <url>``: page *n* of that article
    queued; ``F <url>``: finished (fetched and archived, or failed for good: never a page the archive could not
    keep, nor one a live crawl left that the offline archive does not hold).  A line cut short by a kill is ignored.
    A ``Q`` or ``P`` line an offline crawl wrote ends with a field ``offline``: a page of the offline archive's own
    it lacks (a link of its listings, a further page of its article) is finished by the offline crawl that resumes
    it, where a live crawl's is left for the next live crawl; kept pending, it would be asked for by every crawl.
    """

    def __init__(self, job_dir: Path | None):
        self.queued: dict[str, tuple[str, str]] = {}   # canonical -> (source, url)
        self.parts: dict[str, tuple[str, str, int, str]] = {}   # canonical -> (source, first page, n, url)
        self.finished: set[str] = set()   # (read from the log, and those this crawl finishes)
        self.offline: set[str] = set()    # canonical URLs an offline crawl queued last
        self._fh = None
        if not job_dir:
            return
        job_dir.mkdir(parents=True, exist_ok=True)
        path = job_dir / "frontier.log"
        self._read(path)
        self._fh = open(path, "a", encoding="utf-8")
        self._fh.write("\n")  # end a line a kill may have cut short

    def _read(self, path: Path) -> None:
        if not path.exists():
            return
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t")
            if parts[0] == "Q" and parts[3:] in ([], ["offline"]) and len(parts) >= 3 and parts[2].startswith("http"):
                self.queued[key := canonical_url(parts[2])] = (parts[1], parts[2])
                (self.offline.add if parts[3:] else self.offline.discard)(key)
            elif (parts[0] == "P" and parts[5:] in ([], ["offline"]) and len(parts) >= 5 and parts[2].startswith("http")
                  and parts[3].isdigit() and parts[4].startswith("http")):
                self.parts[key := canonical_url(parts[4])] = (parts[1], parts[2], int(parts[3]), parts[4])
                (self.offline.add if parts[5:] else self.offline.discard)(key)
            elif parts[0] == "F" and len(parts) == 2 and parts[1].startswith("http"):
                self.finished.add(canonical_url(parts[1]))

    @classmethod
    def pending_lines(cls, job_dir: Path) -> list[str]:
        """The lines of the frontier in *job_dir* a crawl resuming it would ask for (articles and further pages of
        articles queued and not finished), as written; read only, nothing created."""
        frontier = cls(None)
        frontier._read(job_dir / "frontier.log")
        tag = {True: "\toffline", False: ""}
        return ([f"Q\t{source}\t{url}{tag[canonical_url(url) in frontier.offline]}"
                 for source, url in frontier.pending()]
                + [f"P\t{source}\t{first}\t{n}\t{url}{tag[canonical_url(url) in frontier.offline]}"
                   for source, first, n, url in frontier.pending_parts()])

    @staticmethod
    def line_url(line: str) -> str:
        """The page a ``Q`` or ``P`` line asks for."""
        parts = line.split("\t")
        return parts[2] if parts[0] == "Q" else parts[4]

    @classmethod
    def keep_sources(cls, job_dir: Path, sources: set[str], urls: frozenset[str] | set[str] = frozenset()) -> int:
        """Rewrite the frontier in *job_dir* with only the pending lines of *sources*, and those of the pages of
        canonical URL in *urls* (the number kept; none: an empty log; no log: nothing written).

        For the refresh, after a crawl that finished: what it asked for is done, but a crawl of some sources
        (``--only``, or one leaving out the disabled ones) asks for no page of the others, which the frontier may
        hold (taken over from an earlier day, or left by a crawl of this day stopped halfway); removed with the
        folder, they were never asked for again.  Written beside and renamed over the log: a kill or a full disk
        leaves the whole old log (asked for again, as after a kill) or the new one, never half of either.  *urls*:
        the pages an offline crawl could not look up in its archive, left for the next live crawl."""
        path = job_dir / "frontier.log"
        if not path.exists():
            return 0
        lines = [line for line in cls.pending_lines(job_dir)
                 if line.split("\t")[1] in sources or canonical_url(cls.line_url(line)) in urls]
        tmp = path.with_name(path.name + ".tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write("".join(line + "\n" for line in lines))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return len(lines)

    def pending(self) -> list[tuple[str, str]]:
        return [v for k, v in self.queued.items() if k not in self.finished]

    def pending_parts(self) -> list[tuple[str, str, int, str]]:
        """Further pages of articles that a killed run had queued but not fetched: their first page is
        archived (finished), so no listing would lead the crawl to them again."""
        return [v for k, v in self.parts.items() if k not in self.finished]

    def _write(self, line: str) -> None:
        if self._fh is not None:
            self._fh.write(line + "\n")
            self._fh.flush()

    def queue(self, source: str, url: str, offline: bool = False) -> None:
        self._write(f"Q\t{source}\t{url}" + "\toffline" * offline)

    def queue_part(self, source: str, first: str, n: int, url: str, offline: bool = False) -> None:
        self._write(f"P\t{source}\t{first}\t{n}\t{url}" + "\toffline" * offline)

    def finish(self, url: str) -> None:
        self.finished.add(canonical_url(url))
        self._write(f"F\t{url}")

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def take_over_frontiers(crawl_dir: Path, day: date, days: int,
                        asked: Callable[[str], bool] | None = None) -> dict[str, int]:
    """Move what the crawls of the *days* days before *day* left unfinished into *day*'s frontier
    (``crawl_dir/<day>/job``), and remove their folders: {earlier day: pages} (with *asked*, a test of a pending
    line: only the pages the crawl will ask for, its own sources' not stored yet; a day with none is left out).

    A day's frontier was read only by a crawl of that same day, so what a crawl stopped halfway had found (a full
    disk, a kill, its time limit) waited for ``refresh --date`` that day, which a scheduler running the daily refresh
    never runs; the next day's listings had moved on by then.  The pages are appended (and on disk) before an
    earlier folder is removed: a crash between the two leaves them in both, read twice and asked for once.  Later
    days' folders, and days further back (older than the live crawl's window), are left as they are."""
    target = crawl_dir / day.isoformat() / "job"
    taken: dict[str, int] = {}
    if not crawl_dir.is_dir():
        return taken
    for folder in sorted(crawl_dir.iterdir()):
        try:
            earlier = date.fromisoformat(folder.name)
        except ValueError:
            continue
        if not folder.is_dir() or folder.is_symlink() or not 0 < (day - earlier).days <= days:
            continue
        lines = Frontier.pending_lines(folder / "job")
        if lines:
            target.mkdir(parents=True, exist_ok=True)
            with open(target / "frontier.log", "a", encoding="utf-8") as fh:
                fh.write("\n" + "".join(line + "\n" for line in lines))   # (after a line a kill may have cut short)
                fh.flush()
                os.fsync(fh.fileno())
            if pages := sum(map(asked, lines)) if asked else len(lines):
                taken[earlier.isoformat()] = pages
        shutil.rmtree(folder)
    return taken
