"""`zgc-monitor takedown`: remove a stored article on request (an outlet, a court, an editor).

The article goes wholly: its ``articles``, ``article_labels`` and ``article_stories`` rows (the stories it was part
of keep their other articles, led by the earliest remaining one), the ``raw_pages`` rows of every archived copy of
its page, of its further pages (page 2, 3 ...) and of the AMP / print copies recorded as its copies, and their
``extraction_errors``.  ``takedowns`` records it (no text, no title): the crawl counts it as seen and never fetches
it again, the extraction never takes it from the archive again, analysts see what was removed and why.

Then the working database is rewritten without the deleted bytes (DuckDB leaves them in the file's blocks) and
published, and the digests of the days that showed the article are rendered again.  With ``purge=True`` the WARC
files that hold its records are rewritten without them.  Every step can be killed: the database delete is one
transaction, and what follows it (the archive rewrite, the compaction, the publish, the digests) is done again by
the next takedown of the same address, which reports it as taken down already.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from warcio.archiveiterator import ArchiveIterator

from pipeline import warehouse as wh
from pipeline.urls import canonical_url, declared_canonical, fold_canonical


class UnknownTarget(ValueError):
    """Addresses or ids the warehouse holds nothing for."""

    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


@dataclass
class TakedownResult:
    dry_run: bool
    reason: str | None
    taken_down: list[dict] = field(default_factory=list)
    rows_removed: dict[str, int] = field(default_factory=dict)
    stories: list[dict] = field(default_factory=list)
    days: list = field(default_factory=list)
    digests: list[str] = field(default_factory=list)
    digests_removed: list[str] = field(default_factory=list)
    archive: dict = field(default_factory=dict)
    snapshot: str | None = None
    snapshot_bytes: int | None = None
    compacted: bool = False
    same_text_stored: list[dict] = field(default_factory=list)   # (wh.stored_same_text: left, named)

    def summary(self) -> dict:
        return {"dry_run": self.dry_run, "reason": self.reason, "taken_down": self.taken_down,
                "rows_removed": self.rows_removed, "stories_reattached": self.stories,
                "days": [d.isoformat() for d in self.days], "digests_rendered": self.digests,
                "digests_removed": self.digests_removed, "archive": self.archive, "compacted": self.compacted,
                "snapshot": self.snapshot, "snapshot_bytes": self.snapshot_bytes,
                "same_text_stored": self.same_text_stored}


def takedown(store: wh.Warehouse, names: list[str], *, reason: str | None = None, purge: bool = False,
             dry_run: bool = False, wait: float = 0.0) -> TakedownResult:
    """Take down what *names* (addresses or article ids) name, holding the refresh and crawl locks (WarehouseBusy
    when a refresh holds them past *wait* seconds).  UnknownTarget, with nothing changed, when one of them names
    nothing in the warehouse.  A *dry_run* takes neither lock: it reads the working database between two writes
    (``Warehouse.peek``: WarehouseBusy when a writer holds it past *wait* seconds)."""
    if not store.work_db.exists() and not store.published_db.exists():
        raise UnknownTarget(names)   # (no warehouse at all: nothing is created for nothing)
    result = TakedownResult(dry_run=dry_run, reason=reason)
    if dry_run:   # (it changes nothing: neither the refresh lock nor the crawl's, so it answers while a refresh crawls)
        with store.peek(wait, writable=True) as con:   # (its transaction rolled back)
            _take_down(store, con, names, result, reason=reason, purge=purge, dry_run=True)
        return result
    with store.refresh_lock(wait=wait), wh.file_lock(store.state_dir / "crawl.lock", wait=wait, what="the crawler"):
        with store.writer() as con:
            keys = _take_down(store, con, names, result, reason=reason, purge=purge, dry_run=False)
        result.archive = purge_archive(store)
        with store.writer() as con:
            still = wh.takedown_archive(con, keys, store.root)
        result.archive["still_held_in"] = still
        if still:
            result.archive["note"] = ("the WARC archive still holds the page (reprocess and the crawl never take "
                                      "it again); run the takedown again with --purge-archive to remove it there")
        result.compacted = _needs_compaction(store)
        store.publish()   # (compacts the working database first: the takedowns are marked compacted in it)
        result.snapshot, result.snapshot_bytes = str(store.published_db), store.published_db.stat().st_size
        result.digests, result.digests_removed = _render_digests(store, result.days)
    return result


def _take_down(store: wh.Warehouse, con, names: list[str], result: TakedownResult, *, reason: str | None,
               purge: bool, dry_run: bool) -> list[str]:
    """The database part of a takedown, in *con*'s transaction (rolled back by the caller for a dry run), said in
    *result*; returns the keys of the pages taken down."""
    store.check_not_rewound(con)
    targets, unknown = [], []
    for name in names:
        t = wh.resolve_takedown(con, name)
        if t is None:
            unknown.append(name)
        elif t.canonical_url not in {x.canonical_url for x in targets}:
            targets.append(t)
    if unknown:
        raise UnknownTarget(unknown)
    done = wh.take_down(con, targets, reason=reason, purge=purge, part_text=_page_text(store))
    result.rows_removed, result.stories, result.days = done["rows_removed"], done["stories"], done["days"]
    for t in targets:
        pages = done["pages"][t.canonical_url]
        result.taken_down.append({
            "asked": t.asked, "canonical_url": t.canonical_url, "article_id": t.article_id,
            "already_taken_down": t.already,
            "copies": sorted(k for k, kind in pages.items() if kind == "copy"),
            "parts": sorted(k for k, kind in pages.items() if kind == "part"),
            **({"reason_replaced": done["reasons_was"][t.canonical_url]}
               if t.canonical_url in done["reasons_was"] else {})})
    keys = [k for t in targets for k in done["pages"][t.canonical_url]]
    # the source's other stored articles of the same text (under another address before the takedown): not removed,
    # named
    result.same_text_stored = wh.stored_same_text(con, [t.canonical_url for t in targets])
    if dry_run:
        result.archive = {"held_in": wh.takedown_archive(con, keys, store.root), "would_purge": purge}
    return keys


def _page_text(store: wh.Warehouse):
    """A reader of one archived page's own text (WARC file, offset, URL -> text; None when it has none or cannot be
    read): a further page of a taken-down article, whose text the takedown fingerprints on its own."""
    from pipeline.extract import extract_article
    from pipeline.models import ExtractionError

    def text(warc_file: str, offset: int, url: str) -> str | None:
        try:
            body, headers = wh.read_warc_record(store.root, warc_file, offset)
            return extract_article(body, url=url, headers=headers).text
        except (OSError, wh.DamagedRecord, ExtractionError, ValueError):
            return None
    return text


def undo(store: wh.Warehouse, names: list[str], *, reason: str | None = None, dry_run: bool = False,
         wait: float = 0.0) -> dict:
    """Allow taken-down pages again: their takedowns are deleted, so the next crawl fetches them when a listing links
    them and they become articles again (first seen that day); what the takedown removed is not brought back.
    UnknownTarget when one of *names* was not taken down."""
    if not store.work_db.exists() and not store.published_db.exists():
        raise UnknownTarget(names)
    if dry_run:   # (as a takedown's dry run: no refresh or crawl lock, the transaction rolled back)
        with store.peek(wait, writable=True) as con:
            return {"dry_run": True, "allowed_again": _allow_again(con, names, reason), "reason": reason}
    with store.refresh_lock(wait=wait), wh.file_lock(store.state_dir / "crawl.lock", wait=wait, what="the crawler"):
        with store.writer() as con:
            allowed = _allow_again(con, names, reason)
        store.publish()
        _forget_listing_validators(store)
    return {"dry_run": False, "allowed_again": allowed, "reason": reason}


def _allow_again(con, names: list[str], reason: str | None) -> list[str]:
    """The database part of ``undo`` in *con*'s transaction; the pages allowed again."""
    targets = [(n, wh.resolve_takedown(con, n)) for n in names]
    if unknown := [n for n, t in targets if t is None or not t.already]:
        raise UnknownTarget(unknown)
    allowed: list[str] = []
    for _, t in targets:
        allowed += wh.allow_again(con, t.canonical_url, reason)
    return allowed


def _forget_listing_validators(store: wh.Warehouse) -> None:
    """The next crawl reads every listing whole (the caller holds the crawl lock): a listing that answers 304 Not
    Modified is not read for its links, so a page allowed again that only such a listing links was never fetched."""
    from spiders.news import CrawlState

    state = CrawlState(store.state_dir / "crawl_state.json")
    if state.validators:
        state.validators = {}
        state.save()


def _needs_compaction(store: wh.Warehouse) -> bool:
    with store.writer() as con:
        return bool(con.execute("SELECT count(*) FROM takedowns WHERE compacted_at IS NULL").fetchone()[0])


def _render_digests(store: wh.Warehouse, days) -> tuple[list[str], list[str]]:
    """Render again the digests of *days* from the new snapshot, in the configured language and in any other one
    the day was rendered in (``digest --lang``: its files name the language, and would still show the article); a
    day that no longer counts as refreshed (its only article removed, its crawl unfinished) loses its digest files
    instead, which would still show the article."""
    from pipeline.defs.assets import write_digest
    from pipeline.digest import LANGUAGES, digest_files, digest_words

    configured = digest_words()
    rendered, removed = [], []
    for day in days:
        con = store.reader()
        try:
            state, _ = wh.day_refreshed(con, day)
        finally:
            con.close()
        if state == "refreshed":
            # (with the caps the day's digest was made with: its lists change only by what was taken down)
            write_digest(store, day, again=True)
            for lang, words in LANGUAGES.items():
                if words is not configured and any(p.exists() for p in digest_files(store.digests_dir, day, words)):
                    write_digest(store, day, lang, again=True)
            rendered.append(day.isoformat())
            continue
        for words in LANGUAGES.values():
            for path in digest_files(store.digests_dir, day, words):
                if path.exists():
                    path.unlink()
                    removed.append(str(path))
    return rendered, removed


# -- the WARC archive -------------------------------------------------------------
@dataclass(frozen=True)
class _Record:
    offset: int
    end: int
    rec_type: str
    target: str | None
    record_id: str | None
    refers_to: tuple[str, ...]
    canonical: str | None = None   # the address the page names as its canonical one (read for unindexed ones only)


def scan_warc(path: Path, unindexed: Callable[[int], bool] | None = None) -> tuple[list[_Record], int]:
    """The records of a WARC file with their byte ranges, and where the readable records end (a damaged or cut
    tail after it is kept as it is by a rewrite).  The response records *unindexed* accepts (by offset) carry the
    address their page names as its canonical one (``canonical``)."""
    records: list[_Record] = []
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        try:
            for record in it:
                h = record.rec_headers
                refers = tuple(v for k, v in h.headers if k.lower() in ("warc-concurrent-to", "warc-refers-to"))
                info = (record.rec_type, h.get_header("WARC-Target-URI"), h.get_header("WARC-Record-ID"), refers)
                head = None   # (read before the offset is asked for, which reads the record to its end)
                if unindexed is not None and record.rec_type == "response" and info[1]:
                    head = record.content_stream().read(262144)
                offset = it.get_record_offset()
                named = declared_canonical(head, info[1]) if head and unindexed(offset) else None
                it.read_to_end(record)
                records.append(_Record(offset, offset + it.get_record_length(), *info, named))
        except Exception as exc:  # a damaged record: the bytes from there on are kept as they are
            wh.log.warning("%s: stopped reading at a damaged record (%s); the rest of the file is kept as it is",
                           path, exc)
    return records, records[-1].end if records else 0


def rewrite_warc(path: Path, keys: set[str], temp: Path,
                 indexed: set[int] | None = None) -> tuple[list[tuple[int, int]], int, int] | None:
    """Write *temp*: the WARC file *path* without the records of the pages *keys* name (canonical URLs), nor those
    that refer to them (request, metadata, revisit records: WARC-Concurrent-To / WARC-Refers-To).  Given the
    offsets of the file's *indexed* records, a response record not among them whose page names one of *keys* as
    its canonical address goes too: a copy of a taken-down page whose index rows are gone (an earlier version
    deleted them without purging it), which nothing else would find.  Returns the (old, new) offsets of the records
    kept, the records removed and the bytes removed; None when the file holds none of them (nothing written)."""
    records, readable_end = scan_warc(path, None if indexed is None else (lambda offset: offset not in indexed))
    # (a key stored in an older form, //news/1.html, is the page today's key of its record names)
    folded = keys | {fold_canonical(k) for k in keys}

    def key(url: str | None) -> str | None:
        try:
            return canonical_url(url) if url else None
        except ValueError:
            return None

    def taken(r: _Record) -> bool:
        if indexed is not None and r.offset in indexed:
            return False   # (an indexed record is another page's: a taken-down page's index rows are gone first)
        return key(r.target) in folded or (r.canonical is not None and key(r.canonical) in folded)

    dropped_ids = {r.record_id for r in records if taken(r) and r.record_id}
    drop = [r for r in records if taken(r) or dropped_ids & set(r.refers_to)]
    if not drop:
        return None
    dropped = {r.offset for r in drop}
    moves, removed_bytes, new = [], 0, 0
    with open(path, "rb") as src, open(temp, "wb") as out:
        for r in records:
            if r.offset in dropped:
                removed_bytes += r.end - r.offset
                continue
            src.seek(r.offset)
            out.write(src.read(r.end - r.offset))
            moves.append((r.offset, new))
            new += r.end - r.offset
        src.seek(readable_end)
        while block := src.read(1 << 20):   # a damaged tail, as it was
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    return moves, len(drop), removed_bytes


def purge_archive(store: wh.Warehouse) -> dict:
    """Rewrite every WARC file that holds a record of a page taken down with --purge-archive (now or by a takedown
    a kill stopped), without those records; the offsets of the other records are updated in the same commit that
    records the rewrite, and the new file is renamed over the old one after it (a kill in between is finished by
    the next writer of the warehouse: ``warehouse.finish_archive_rewrites``)."""
    with store.writer() as con:
        plan = wh.takedowns_to_purge(con)
    files, records, removed_bytes, missing = [], 0, 0, []
    for warc_file, keys in plan.items():
        path = store.root / warc_file
        if not path.is_file():   # pruned or moved away: nothing left to purge there
            missing.append(warc_file)
            continue
        temp = path.with_name(path.name + ".purging")
        with store.writer() as con:
            indexed = {o for (o,) in con.execute("SELECT warc_offset FROM raw_pages WHERE warc_file = ?",
                                                 [warc_file]).fetchall()}
        done = rewrite_warc(path, set(keys), temp, indexed)
        if done is None:
            continue
        moves, n, nbytes = done
        try:
            with store.writer() as con:
                wh.record_warc_rewrite(con, warc_file, str(temp.relative_to(store.root)), wh.file_sha1(temp), moves)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        os.replace(temp, path)
        wh._fsync_dir(path.parent)
        files.append(warc_file)
        records += n
        removed_bytes += nbytes
    with store.writer() as con:   # (its opening deletes the rows of the rewrites just renamed)
        wh.mark_purged(con)
    return {"purged": bool(plan), "files_rewritten": files, "records_purged": records,
            "bytes_purged": removed_bytes, "files_missing": missing}
