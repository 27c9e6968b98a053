"""The `zgc-monitor` command line.

Exit codes: 0 success; 1 a stage failed (or anything unforeseen); 2 bad usage or
bad input; 75 another refresh holds the warehouse (try again later); 130
interrupted by SIGINT or SIGTERM; 141 the reader of the output went away.  Every
failure prints one line on stderr that says what was wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import logging
import math
import os
import re
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.warehouse import (DONE_SQL, PROJECT_ROOT, Warehouse, WarehouseBusy, data_home, file_lock, first_line,
                                write_whole)
from spiders.limits import OPEN_FILES_NEEDED, names_out_of_files, raise_open_files   # (no Scrapy imported: the limits alone)

EXIT_FAILED, EXIT_USAGE, EXIT_BUSY = 1, 2, 75
EXIT_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader closed the pipe
EXIT_INTERRUPTED = 130  # 128 + SIGINT, for SIGTERM too: while Dagster runs the steps, it handles both alike

log = logging.getLogger(__name__)


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def _date(value: str) -> date:
    """An argparse type: a day written YYYY-MM-DD, nothing else (``date.fromisoformat`` also takes 20261120 and
    2026-W47-1, which a typo in a crontab should not turn into some other day)."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _keep_days(value: str) -> int:
    """An argparse type: a whole number of days, at least 1 (today is never pruned)."""
    try:
        days = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {value!r}") from None
    if days < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (today is always kept): {value!r}")
    from pipeline.retention import MAX_KEEP_DAYS

    if days > MAX_KEEP_DAYS:
        raise argparse.ArgumentTypeError(f"at most {MAX_KEEP_DAYS} (a century): {value!r}")
    return days


def _float_in(low: float, high: float, what: str):
    """An argparse type: a finite number in [low, high] (NaN, infinity and words are refused, naming ``what``)."""
    def parse(value: str) -> float:
        try:
            x = float(value)
        except ValueError:
            x = math.nan
        if not (low <= x <= high and math.isfinite(x)):
            raise argparse.ArgumentTypeError(f"not {what}: {value!r}")
        return x
    return parse


def _clock(value: str) -> time:
    """An argparse type: a time of day, HH:MM."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise argparse.ArgumentTypeError(f"not a time of day HH:MM: {value!r}")
    return time(int(m.group(1)), int(m.group(2)))


_seconds = _float_in(0.0, math.inf, "a number of seconds >= 0")
_timeout = _float_in(0.1, 3600.0, "a timeout in seconds from 0.1 to 3600")
_threshold = _float_in(0.0, 1.0, "a threshold in [0, 1]")


def _stdin_lines():
    """stdin's lines, decoded strictly as UTF-8 (a line that is not says so, with its number); a byte-order mark
    opening the input is read past (files saved by Notepad or Excel start with one)."""
    if sys.stdin is None:   # `<&-`: iterating over None said "unexpected error: TypeError"
        raise CliError("standard input is closed (<&-): give the input on stdin, from a file (< FILE) or a pipe")
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream put in place of stdin (tests)
        for lineno, line in enumerate(sys.stdin, 1):
            yield lineno, line.removeprefix("\ufeff") if lineno == 1 else line
        return
    for lineno, raw in enumerate(buffer, 1):
        try:
            yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise CliError(f"stdin line {lineno}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


def _json_constant(name: str):
    raise ValueError(f"{name} is not a JSON value")


def _unicode_string(value, what: str) -> None:
    """Raise ValueError when ``value`` holds a lone surrogate (``"\\udce9"`` in JSON): not text."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{what} holds a lone surrogate (\\ud800-\\udfff), not text") from None


def _today() -> date:
    from pipeline.metadata import beijing_today

    return beijing_today()


# the code location as the checkout's pyproject.toml names it ([tool.dagster]), for `dagster dev` run elsewhere
_WORKSPACE_MARK = "# written by zgc-monitor"
_WORKSPACE = f"""{_WORKSPACE_MARK}: `dagster dev` run in this folder loads the project's definitions
load_from:
  - python_module:
      module_name: pipeline.definitions
      location_name: zgc_monitor
"""


def _workspace() -> str:
    """The instance folder's workspace file. In a checkout it names the checkout as the working directory, as
    `dagster dev` run in the checkout has it: Dagster keys a schedule's state by the whole code location (module and
    working directory), so a schedule started one way was stopped the other way."""
    if not (PROJECT_ROOT / "pyproject.toml").is_file():   # (an installed package: one way only)
        return _WORKSPACE
    return _WORKSPACE + f"      working_directory: {json.dumps(str(PROJECT_ROOT))}\n"


def _ensure_dagster_home() -> Path:
    """$DAGSTER_HOME (default: dagster_home/ of the checkout, or of the data folder of an installed package) with
    the project's instance settings (one run at a time, no telemetry) and a workspace file naming its code
    location."""
    home = _dagster_home().resolve()
    _not_in_a_file(home)
    config = home / "dagster.yaml"
    try:
        home.mkdir(parents=True, exist_ok=True)
        if not config.exists():
            bundled = PROJECT_ROOT / "dagster_home" / "dagster.yaml"
            if not bundled.is_file():
                raise CliError(f"the Dagster instance settings {bundled} are missing: the installation is incomplete "
                               "(reinstall zgc-monitor)", EXIT_FAILED)
            write_whole(config, bundled.read_bytes())
    except PermissionError as exc:
        raise CliError(f"the Dagster instance folder (DAGSTER_HOME, {home}) cannot be written: "
                       f"{exc.strerror or exc}: {exc.filename}; set DAGSTER_HOME to a folder this user can write",
                       EXIT_FAILED) from None
    workspace, wanted = home / "workspace.yaml", _workspace()
    try:
        had = workspace.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        had = None
    # (a file of our own that an earlier version wrote is brought up to date; one someone wrote is theirs)
    if had is None and not workspace.exists() or had is not None and had.startswith(_WORKSPACE_MARK) and had != wanted:
        write_whole(workspace, wanted.encode("utf-8"))
        if had is not None:   # (Dagster keys a schedule's state by the code location the file names)
            log.warning("updated %s: it now names the checkout %s as the working directory, as dagster run in the "
                        "checkout does; schedules started with dagster run in %s before show as stopped now: start "
                        "them again (`dagster schedule start daily_refresh_schedule`, and weekly_prune_schedule if "
                        "it ran)", workspace, PROJECT_ROOT, home)
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def _not_in_a_file(home: Path) -> None:
    """Refuse a Dagster instance folder *home* (resolved) that is a file or lies under one: it was said as "[Errno
    17] File exists" (and a folder this user cannot write, by `paths`, as Python's PermissionError)."""
    if file := next((p for p in (home, *home.parents) if p.exists() and not p.is_dir()), None):
        raise CliError(f"the Dagster instance folder (DAGSTER_HOME, {home}) cannot be made: {file} is not a folder; "
                       "set DAGSTER_HOME to a folder this user can write", EXIT_FAILED)


def _dagster_instance():
    """The Dagster instance of $DAGSTER_HOME, its storage created by one process at a time: two refreshes of
    different warehouses sharing a new instance folder (the default when only ZGC_WAREHOUSE_DIR differs) both
    created its SQLite tables, and one failed ("table runs already exists")."""
    import sqlite3

    from dagster import DagsterInstance
    from sqlalchemy.exc import SQLAlchemyError

    try:
        home = _ensure_dagster_home()
        with file_lock(home / ".zgc-init.lock", wait=120.0, what="the Dagster instance's first set-up"):
            instance = DagsterInstance.get()
            instance.get_run_ids(limit=1)  # the run, event log and schedule storages, made now under the lock
            instance.all_asset_keys()
            list(instance.all_instigator_state())
    except PermissionError as exc:
        raise CliError(f"the Dagster instance folder (DAGSTER_HOME, {os.environ.get('DAGSTER_HOME') or 'the default'}) "
                       f"cannot be written: {exc.strerror or exc}: {exc.filename}; set DAGSTER_HOME to a folder this "
                       "user can write", EXIT_FAILED) from None
    except (sqlite3.DatabaseError, SQLAlchemyError) as exc:   # (a full disk or a power loss tore its SQLite files)
        home = Path(os.environ.get("DAGSTER_HOME") or ".")
        damaged = _damaged_sqlite(home)
        if not damaged and _SQLITE_NO_ROOM.search(str(exc)):   # nothing torn: a write refused (nothing to move aside)
            raise CliError(_dagster_no_room(exc), EXIT_FAILED) from None
        which = (", ".join(str(p) for p in damaged) if damaged else
                 f"the one among {home}/history/runs.db, {home}/history/runs/index.db and {home}/schedules/schedules.db "
                 "that `sqlite3 FILE 'PRAGMA quick_check'` finds damaged")
        raise CliError(f"the Dagster instance in {home} cannot be read ({first_line(exc, 160)}): move aside {which}, "
                       "and run again (Dagster makes it anew: the run history, or the schedule's state, starts "
                       "afresh); the warehouse is not touched", EXIT_FAILED) from None
    return instance


# what SQLite says of a write the disk refused: ENOSPC ("database or disk is full"), EFBIG and EIO ("disk I/O error")
_SQLITE_NO_ROOM = re.compile(r"database or disk is full|disk I/O error")


def _dagster_no_room(exc: Exception) -> str:
    home = os.environ.get("DAGSTER_HOME") or "DAGSTER_HOME"
    return (f"the Dagster instance's storage in {home} cannot be written ({type(exc).__name__}: {first_line(exc)}): "
            "a full disk or a file-size limit (ulimit -f) there? Make room, then run it again; what was stored is kept")


def _damaged_sqlite(home: Path) -> list[Path]:
    """The SQLite files of the Dagster instance in *home* that fail SQLite's own check."""
    import sqlite3

    out = []
    for path in sorted(home.rglob("*.db")):
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            finally:
                con.close()
        except sqlite3.Error:
            ok = False
        if not ok:
            out.append(path)
    return out


# -- refresh ---------------------------------------------------------------------


def _too_few_files(what: str, *, ran_out: bool = False) -> str:
    """The one line that says the open-files limit is too low for *what* (which *ran_out* of file descriptors, under a
    limit a refresh's check let pass), and what to raise it to."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    unlimited = soft == resource.RLIM_INFINITY
    target = max(OPEN_FILES_NEEDED, 2 * soft) if ran_out and not unlimited else OPEN_FILES_NEEDED
    said = (f"{what} ran out of file descriptors under the open-files limit (ulimit -n) of {soft}" if ran_out else
            f"the open-files limit (ulimit -n) is {soft}, too few for {what}")
    if hard != resource.RLIM_INFINITY and hard < target:
        # the hard limit first: `ulimit -n 1024`, the advice an operator reads first, cannot work under it (an
        # unprivileged shell cannot raise a hard limit), and was what a tester's message began with
        return (f"{said}, and its hard limit is {hard}: raise the hard limit to {target} or more as root (`ulimit -Hn "
                f"{max(target, 1024)}` in a root shell, LimitNOFILE={max(target, 1024)} in a systemd unit, "
                f"`--ulimit nofile={max(target, 1024)}` for a container), then the soft limit with it, and run it "
                "again; what was stored is kept")
    return (f"{said}: raise it to {target} or more (`ulimit -n {max(target, 1024)}` before the command, "
            f"LimitNOFILE={max(target, 1024)} in a systemd unit), and run it again; what was stored is kept")


def _check_open_files() -> None:
    """Raise the open-files soft limit to what a refresh needs where the hard limit allows it (as an unprivileged
    process may; the crawl's process inherits it), else refuse a refresh the limit would fail halfway (exit 2),
    before it opens or changes anything."""
    if not raise_open_files(OPEN_FILES_NEEDED):
        raise CliError(_too_few_files("a refresh"), EXIT_USAGE)


def _writable(store: Warehouse, day: date | None = None, *, command: str = "refresh") -> Warehouse:
    """*store*, or a one-line refusal naming the folder this process cannot write (before any lock is taken) and
    what *command* writes there; with *day*, that day's archive and crawl folders too (a refresh's)."""
    try:
        store.check_writable(day, command=command)
    except PermissionError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    return store


def _check_digest_language(lang: str | None = None) -> None:
    """A digest language (*lang*, else ``$ZGC_DIGEST_LANG``), caps (``ZGC_DIGEST_OVERVIEW_MAX``,
    ``ZGC_DIGEST_SECTION_MAX``) or mail settings (``ZGC_MAIL_TO``, ``ZGC_SMTP_*``) the digest would refuse are
    refused before anything is changed (exit 2, naming them)."""
    from pipeline.digest import digest_caps, digest_words
    from pipeline.mail import mail_settings

    try:
        digest_words(lang)
        digest_caps()
        mail_settings()
    except ValueError as exc:
        raise CliError(str(exc)) from None


def cmd_refresh(args) -> int:
    """One day's refresh; whatever ends it, a scheduler that reads the last line of standard output gets one: the
    summary, or ``{"date", "ok": false, "error", "exit"}`` when it was refused, failed or was interrupted."""
    if not (args.offline or args.live):   # (argparse's own refusal of a missing mode printed only its usage)
        message = "one of the arguments --offline --live is required (--live reads the sites, --offline the bundled archive)"
        _refuse_refresh(args, message, date_asked=args.date)
        raise CliError(message, EXIT_USAGE)
    if isinstance(args.date, str):
        try:
            args.date = _date(args.date)
        except argparse.ArgumentTypeError as exc:
            message = f"argument --date: {exc}"
            _refuse_refresh(args, message, date_asked=args.date)
            raise CliError(message, EXIT_USAGE) from None
    try:
        return _refresh(args)
    except CliError as exc:
        _said_failed(args, exc.code, **getattr(exc, "said", {"error": str(exc)}))
        if not hasattr(exc, "said"):   # refused before it started (a failure was recorded where it failed)
            _record_refused(args, str(exc), exc.code)
        raise
    except KeyboardInterrupt:
        _said_failed(args, 130, error=f"interrupted{_by_signal()}")
        raise
    except BrokenPipeError:   # (standard output gone: main() stops quietly)
        raise
    except Exception as exc:   # a full disk, a file-size limit, Dagster's storage failing: said as main() says it
        message, code = _error_line(exc)
        _said_failed(args, code, error=message)
        _record_refused(args, message, code, refused=False)
        raise


def _record_refused(args, error: str, code: int, *, refused: bool = True, mode: str | None = "",
                    date_asked: str | None = None) -> None:
    """A refused refresh (a bad setting or date, a held lock) goes into the attempts file too, so that ``status``
    says why the day was not refreshed; so does one that failed outside its steps (*refused* False: a full disk, its
    Dagster instance's storage failing); not where the warehouse has no state folder yet or it cannot be written
    (nothing is created for a refusal)."""
    with contextlib.suppress(Exception):
        store = Warehouse()
        if store.state_dir.is_dir() and os.access(store.state_dir, os.W_OK):
            now = datetime.now(timezone.utc)
            # (a refusal of the arguments themselves: its mode as given, if any, and a date that was no date
            # recorded as asked, under today's)
            day = args.date or _date_or_none(date_asked) or _today()
            _record_attempt(store, day, ("live" if args.live else "offline") if mode == "" else mode,
                            now, ok=False, **({"refused": True} if refused else {}),
                            **({"date_asked": date_asked} if date_asked not in (None, day.isoformat()) else {}),
                            error=error, exit=code)


def _said_failed(args, code: int, **said) -> None:
    with contextlib.suppress(Exception):   # (standard output gone: the message on standard error still tells)
        day = (args.date or _today()).isoformat()
        print(json.dumps({"date": day, "mode": "live" if args.live else "offline", "ok": False, **said, "exit": code},
                         ensure_ascii=False), flush=True)


def _refresh(args) -> int:
    from spiders.sources import SourceConfigError, load_sources, select_sources, sources_file

    from pipeline.defs.partitions import outside_partitions

    _check_open_files()
    day = args.date or _today()
    if span := outside_partitions(day.isoformat()):
        raise CliError(f"--date {day.isoformat()} is outside the daily partitions ({span}, today in Asia/Shanghai)")
    # fail fast with a clear message: the sources file (--sources, else $ZGC_SOURCES, else the bundled registry)
    # and the names --only picks from it
    try:
        sources = load_sources(sources_file(args.sources))
    except SourceConfigError as exc:   # (refused as the other bad settings are: its last line, the attempts file)
        raise CliError(f"bad sources file: {exc}", EXIT_USAGE) from None
    tax = None
    if os.environ.get("ZGC_TAXONOMY"):   # a deployed version checked before the crawl, as the sources file is
        from pipeline.taxonomy import TaxonomyError, check_model_files, load_taxonomy

        try:
            check_model_files(load_taxonomy(model=False))   # (a missing one would fail the run halfway)
            # and loaded (about 0.6 s): a task model trained on another task list is refused here, not in the run's
            # first step, and what it cannot speak for is warned of, as `classify --taxonomy` warns
            tax = load_taxonomy()
        except TaxonomyError as exc:
            raise CliError(f"bad taxonomy file (ZGC_TAXONOMY): {exc}", EXIT_USAGE) from None
        for warning in tax.warnings:
            print(f"zgc-monitor: taxonomy {tax.version} ({tax.path}): warning: {warning}", file=sys.stderr)
    _taxonomy_refused(tax)
    if args.only is not None:
        try:
            if not select_sources(sources, args.only):
                raise ValueError(f"no source named; known: {', '.join(sorted(s.name for s in sources))}")
        except ValueError as exc:
            raise CliError(f"--only: {exc}") from None
    elif not select_sources(sources, None):   # (a crawl of nothing would read as a day of no coverage)
        raise CliError(f"every source of the sources file ({sources_file(args.sources) or 'the bundled one'}) is "
                       "disabled (enabled = false): nothing to crawl")
    from pipeline.defs.assets import recheck_days

    from spiders.identity import crawl_contact
    from spiders.limits import time_limits

    try:
        recheck_days()
        crawl_contact()   # the crawl's contact ($ZGC_CRAWL_CONTACT): a typo is not sent to every site
        time_limits()     # ($ZGC_CRAWL_TIME_LIMIT …): refused before the crawl, not an hour into it
    except ValueError as exc:
        raise CliError(str(exc)) from None
    _check_digest_language()
    store = _writable(Warehouse(), day)
    instance = _dagster_instance()
    mode = "live" if args.live else "offline"
    from pipeline.defs.runs import fail_dead_runs

    started = datetime.now(timezone.utc)
    try:
        # (the run it executes holds it through this; a wait is said, as a waiting Dagster run's log says it)
        said_wait = None if args.quiet else (lambda said: print(f"zgc-monitor: {said}", file=sys.stderr, flush=True))
        with store.refresh_lock(wait=args.wait, for_runs=True, on_wait=said_wait):
            # runs a SIGKILLed refresh left STARTED would hold the one-at-a-time queue for ever
            for run_id in fail_dead_runs(instance):
                _said_dead_run(instance, run_id, store.root)
            try:
                with _quiet_interrupts(args.verbose):
                    result = _materialize(day, store, mode, args)
            except KeyboardInterrupt:
                _record_attempt(store, day, mode, started, ok=False, error=f"interrupted{_by_signal()}")
                raise
    except WarehouseBusy as exc:
        raise CliError(f"{BUSY}; not starting a second one ({exc})", EXIT_BUSY) from None
    meta: dict[str, dict] = {}  # asset -> its materialization's metadata
    for node in ("raw_pages", "articles", "article_labels", "source_health", "daily_digest"):
        for mat in result.asset_materializations_for_node(node):
            meta.setdefault(node, {}).update({k: v.value for k, v in mat.metadata.items()})
    failed_checks = [e.asset_check_evaluation_data.check_name for e in result.all_events
                     if e.event_type_value == "ASSET_CHECK_EVALUATION" and not e.asset_check_evaluation_data.passed]
    if not result.success:
        if _interrupted(result):  # Dagster turned the SIGINT / SIGTERM into a step failure
            _record_attempt(store, day, mode, started, ok=False, error=f"interrupted{_by_signal()}",
                            run_id=result.run_id)
            raise KeyboardInterrupt
        cause = _failure_cause(result)
        code = EXIT_FAILED
        if names_out_of_files(cause):   # (under a limit the check let pass: a larger sources file, a crawl's own limit)
            cause, code = f"{_too_few_files('the refresh', ran_out=True)} ({cause})", EXIT_USAGE
        _record_attempt(store, day, mode, started, ok=False, error=cause, run_id=result.run_id)
        failure = CliError(f"refresh of {day} failed: {cause}", code)
        failure.said = {"error": cause, "run_id": result.run_id}   # (the JSON line names the cause and the run)
        raise failure
    summary = {
        "date": day.isoformat(),
        "mode": mode,
        "ok": True,
        "pages_fetched": meta.get("raw_pages", {}).get("pages_fetched", 0),
        "pages_new": meta.get("raw_pages", {}).get("pages_new", 0),
        # {day: pages}: what the crawls of this day and the days before left unfinished (a full disk, a kill, the
        # time limit) and this one asked for, by the day that found them (this day's own too: a cron log sees the
        # `pages_left` of a run cut short dealt with by the next); not the pages of the sources a crawl of some
        # (--only) kept for later, nor those stored since (counted in pages_left while they wait)
        "pages_resumed": meta.get("raw_pages", {}).get("pages_resumed") or {},
        # pages the crawl found and did not fetch before its time limit, and those of the sources a crawl of some
        # (--only) did not ask: the next refresh that crawls their source asks for them
        "pages_left": meta.get("raw_pages", {}).get("pages_left", 0),
        "articles_new": meta.get("articles", {}).get("articles_new", 0),
        # this run's: the relevant ones among its new articles; the day's: every relevant article first seen on
        # it, as the digest; relabelled: stored articles an earlier taxonomy version had labelled
        "relevant_new": meta.get("article_labels", {}).get("relevant_new", 0),
        "relevant_today": _relevant_today(store, day),
        "relabelled": meta.get("article_labels", {}).get("relabelled", 0),
        # stored articles of the last ZGC_RECHECK_DAYS days asked for again: corrected (their text replaced, the
        # first kept in article_revisions; relabelled too), withdrawn (404, 410, a redirect to the front page, as
        # the crawl saw them; another page at the address, as the extraction found)
        "articles_revised": meta.get("articles", {}).get("articles_revised", 0),
        "withdrawn": meta.get("raw_pages", {}).get("withdrawn", 0) + meta.get("articles", {}).get("articles_replaced", 0),
        # archived pages whose WARC file is not there (tried again by the next refresh)
        "pages_archive_missing": meta.get("articles", {}).get("pages_archive_missing", 0),
        # pages not stored because they are a taken-down page again: {url, source, taken_down (the takedown's key),
        # why (a copy naming it as canonical, or its text), purged (its archived copy removed: --purge-archive)}
        "refused_taken_down": meta.get("articles", {}).get("refused_taken_down") or [],
        "warehouse": str(store.published_db),
        "digest": {"markdown": str(meta.get("daily_digest", {}).get("markdown")),
                   "html": str(meta.get("daily_digest", {}).get("html"))},
        # {} when ZGC_MAIL_TO is not set; {"sent_to": [...]} (and "unchanged": true when that digest went out
        # before); {"error": ...} when the mail server did not take it (the refresh itself succeeded)
        "mail": meta.get("daily_digest", {}).get("mail") or {},
        "failed_checks": failed_checks,
        # which sources the digest footer and the sources_healthy check flag, and why
        "sources_needing_attention": meta.get("source_health", {}).get("broken") or [],
        "run_id": result.run_id,
    }
    _record_attempt(store, day, mode, started, ok=True, run_id=result.run_id,
                    relevant_today=summary["relevant_today"], failed_checks=failed_checks,
                    **({"mail_error": summary["mail"]["error"]} if summary["mail"].get("error") else {}))
    print(json.dumps(summary, ensure_ascii=False))
    return 0


def _said_dead_run(instance, run_id: str, root: Path) -> None:
    """A run found killed and marked failed, named with its day and its warehouse: a run of this warehouse on
    standard error (-q too: the next refresh resumes its crawl), one of another warehouse sharing the Dagster instance
    only at -v (it went into another team's cron mail, naming neither)."""
    run = None
    with contextlib.suppress(Exception):
        run = instance.get_run_by_id(run_id)
    part = f" of {run.tags['dagster/partition']}" if run is not None and run.tags.get("dagster/partition") else ""
    if run is None or _of_warehouse(run, root):
        print(f"zgc-monitor: run {run_id}{part} had been killed; marked failed", file=sys.stderr)
    else:
        log.info("run %s%s of another warehouse (%s) had been killed; marked failed", run_id, part,
                 _run_folder(run) or data_home() / "warehouse")


ATTEMPTS_FILE = "refreshes.jsonl"   # under state/: one line per refresh the CLI ran, failed ones included


def _beijing_times(line: dict, keys: tuple[str, ...]) -> dict:
    """*line* with the ISO times under *keys* given in Beijing's time zone (a value that is no such time is kept)."""
    from pipeline.metadata import SHANGHAI

    out = dict(line)
    for key in keys:
        with contextlib.suppress(TypeError, ValueError):
            when = datetime.fromisoformat(out.get(key))
            if when.tzinfo is not None:
                spec = "milliseconds" if when.microsecond else "seconds"
                out[key] = when.astimezone(SHANGHAI).isoformat(timespec=spec)
    return out


def _record_attempt(store: Warehouse, day: date, mode: str, started: datetime, *, ok: bool, **fields) -> None:
    """Append the refresh's outcome to ``state/refreshes.jsonl`` (read by ``status``); a failure to write it is
    only reported, never the refresh's failure."""
    line = {"date": day.isoformat(), "mode": mode, "started_at": started.isoformat(timespec="seconds"),
            # (to the millisecond: a refresh that failed after its crawl finished, in the same second, is later)
            "finished_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"), "ok": ok, **fields}
    try:
        with open(store.state_dir / ATTEMPTS_FILE, "a+b") as fh:
            # after a line a full disk cut short, on a line of its own: glued to it, this one was unreadable too
            size = os.fstat(fh.fileno()).st_size
            torn = size > 0 and os.pread(fh.fileno(), 1, size - 1) != b"\n"
            fh.write(("\n" if torn else "").encode() + (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
    except OSError as exc:
        print(f"zgc-monitor: cannot record the refresh in {store.state_dir / ATTEMPTS_FILE}: {exc.strerror or exc}",
              file=sys.stderr)


def _log_watchers_apart() -> None:
    """Dagster mirrors each step's standard output and error to its compute-log files through a ``tail -F`` and a
    Python watcher process each (``dagster._core.execution.compute_logs``), in this command's process group: a SIGINT
    sent to the group (Ctrl-C, ``timeout -s INT``) printed each watcher's KeyboardInterrupt traceback. The watchers
    start in a session of their own: the step's end stops them as before, and one whose parent is gone ends itself
    (it watches for that). A Dagster without that module is left as it is."""
    import subprocess
    import types

    try:
        from dagster._core.execution import compute_logs
        from dagster._core.execution.scripts import watch_orphans
    except ImportError:
        return
    real = getattr(compute_logs, "subprocess", None)
    if real is not subprocess:   # (already set apart, or a Dagster that starts them otherwise)
        return
    watcher = os.path.abspath(watch_orphans.__file__)

    def popen(args, *a, **kw):
        if isinstance(args, (list, tuple)) and watcher in map(str, args):
            kw.setdefault("start_new_session", True)
        return subprocess.Popen(args, *a, **kw)

    shim = types.ModuleType("subprocess")
    shim.__dict__.update(subprocess.__dict__)
    shim.Popen = popen
    compute_logs.subprocess = shim


def _materialize(day: date, store: Warehouse, mode: str, args):
    """Every asset and check of the day's partition, in this process, with Dagster's console log on stderr."""
    from dagster import DagsterInstance, materialize

    from pipeline.defs.assets import ALL_ASSETS
    from pipeline.defs.checks import ALL_CHECKS
    from pipeline.defs.resources import CrawlerResource, WarehouseResource
    from pipeline.defs.runs import process_tags

    _log_watchers_apart()   # (a SIGINT to the process group: no traceback from Dagster's compute-log watchers)
    return materialize(
        [*ALL_ASSETS, *ALL_CHECKS],
        partition_key=day.isoformat(),
        instance=DagsterInstance.get(),
        resources={
            "warehouse": WarehouseResource(directory=str(store.root)),
            "crawler": CrawlerResource(mode=mode, sources_file=args.sources, only=args.only),
        },
        raise_on_error=False,
        # (the warehouse folder as a tag: the run has no run config naming it, and status of another warehouse
        # sharing the instance must leave this run out)
        tags={"zgc/trigger": "cli", "zgc/warehouse": str(store.root.resolve()), **process_tags()},
        # step events and crawl progress at INFO on stderr; -v for Dagster's DEBUG events
        run_config={"loggers": {"console": {"config": {
            "log_level": "DEBUG" if args.verbose else "WARNING" if args.quiet else "INFO"}}}},
    )


class _QuietInterrupts:
    """``sys.stderr`` while a refresh's steps run (not with -v): Dagster logs a failed step and the failed run
    with forty to ninety lines of traceback each, into a cron job's mail, before the CLI's own last line names
    the failed step and the cause. Such an event is written as its first line and the error's line; one caused
    by a signal as its first line only, marked "(interrupted)"; the steps skipped after a failed one, not at all. Dagster's console handler (coloredlogs) writes
    each event in one call and looks up ``sys.stderr`` at each write; everything else passes through."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        if " - Dependencies for step " in text and "Not executing." in text:
            return len(text)   # (each step after a failed one says so, ten lines a run: the failure is named; -v)
        if "Stack Trace:" in text:
            head, _, rest = text.partition("\n")
            if any(m in text for m in (*_INTERRUPT_ERRORS, _INTERRUPTED_QUERY)):
                text = head.rstrip() + " (interrupted)\n"
            else:
                text = head.rstrip() + (f" {c[:500]}" if (c := self._cause(rest)) else "") + " (traceback: -v)\n"
        return self._stream.write(text)

    @staticmethod
    def _cause(rest: str) -> str:
        """The error line that names the fault, as the CLI's last line chooses it: of the errors Dagster prints
        (its own wrapper, the step's error, each cause), the project's own error, else the innermost."""
        chain = [ln.strip() for ln in rest.splitlines()
                 if ln.strip() and not ln[0].isspace() and ln.strip() != "Stack Trace:"
                 and not ln.startswith("The above exception")]
        own = [c for c in chain if any(name in c.split(":", 1)[0] for name in _OWN_ERRORS)]
        return (own or chain or [""])[-1]

    def __getattr__(self, name):  # flush, fileno, isatty, encoding ...
        return getattr(self._stream, name)


@contextlib.contextmanager
def _quiet_interrupts(verbose: bool):
    if verbose:
        yield
        return
    stream = sys.stderr
    sys.stderr = _QuietInterrupts(stream)
    try:
        yield
    finally:
        sys.stderr = stream


def _error_chain(event):
    err = getattr(event.event_specific_data, "error", None)
    while err is not None:
        yield err
        err = err.cause


# what a SIGINT / SIGTERM turns into inside a step: Dagster's error, Python's, and DuckDB's own word for it
_INTERRUPT_ERRORS = ("DagsterExecutionInterruptedError", "KeyboardInterrupt")
_INTERRUPTED_QUERY = "Query interrupted"


def _interrupted(result) -> bool:
    """Dagster turned a SIGINT / SIGTERM into a step failure."""
    return any(err.cls_name in _INTERRUPT_ERRORS or (err.message or "").strip().endswith(_INTERRUPTED_QUERY)
               for e in result.all_events if e.event_type_value == "STEP_FAILURE" for err in _error_chain(e))


# the project's own errors say what to do; a cause beneath them (DuckDB's, warcio's) only says what broke
_OWN_ERRORS = ("DamagedDatabase", "DamagedRecord", "ExtractionError", "WarehouseBusy", "SourceConfigError",
               "TaxonomyError", "TaxonomyMismatch", "DigestNotWritten", "WarehouseRewound", "WarehouseTooNew")


def _failure_cause(result) -> str:
    """The first failed step and the error that failed it (its innermost cause, first line), for the one-line
    message: the run's own last failure only says which steps failed."""
    for e in result.all_events:
        if e.event_type_value == "STEP_FAILURE":
            chain = list(_error_chain(e))
            err = next((x for x in chain if x.cls_name in _OWN_ERRORS), chain[-1] if chain else None)
            text = (err.message if err is not None else e.message or "").strip().splitlines()
            # Dagster writes "module.ExceptionClass: message"; the message is what names the fault
            line = re.sub(r"^[A-Za-z_][\w.]*: ", "", text[0]) if text else "see the Dagster run log"
            return f"step {e.step_key}: {line}"
    failures = [e.message for e in result.all_events if e.is_failure and e.message]
    return failures[-1] if failures else "see the Dagster run log"


def _relevant_today(store: Warehouse, day: date) -> int:
    con = store.reader()
    try:
        return con.execute("SELECT count(*) FROM articles WHERE relevant AND first_seen = ?", [day]).fetchone()[0]
    finally:
        con.close()


# what exit 75 says: the refresh lock is held by a refresh, or by a command that takes it too
BUSY = "another refresh is running, or a reprocess, prune, takedown or backup holds its lock"


def _busy(exc: Exception, dry_run: str | None = None) -> CliError:
    """Exit 75 for a held lock: a command's own refusal (another refresh or holder of the lock), or a dry run's
    (*dry_run* names it), which takes no refresh lock, in its own words of what held it."""
    return CliError(f"{dry_run}: {exc}" if dry_run else f"{BUSY} ({exc})", EXIT_BUSY)


# -- reprocess -------------------------------------------------------------------
def _existing(store: Warehouse, command: str) -> Warehouse:
    """*store*, refused (exit 2, nothing made) when it holds no warehouse: a mistyped ZGC_WAREHOUSE_DIR made an
    empty one, and a weekly prune of it said it had nothing to remove, for ever."""
    if not (store.published_db.exists() or store.work_db.exists()):
        raise CliError(f"no warehouse at {store.root} (neither {store.published_db.name} nor "
                       f"state/{store.work_db.name} is there): {command} needs one a refresh made; check "
                       "ZGC_WAREHOUSE_DIR; nothing was done", EXIT_USAGE)
    return store


def cmd_reprocess(args) -> int:
    """Rebuild a day's articles and labels from the WARC archive, without crawling."""
    from pipeline import warehouse as wh
    from pipeline.classify import Classifier
    from pipeline.defs.assets import label_articles, load_page, purge_refused, write_digest
    from spiders.sources import load_sources, sources_file

    _check_digest_language()
    store = _writable(_existing(Warehouse(), "reprocess"), command="reprocess")
    registry = sources_file(args.sources)
    sources = {s.name: s for s in load_sources(registry)}
    clf = Classifier.load()
    # articles: rebuilt and relabelled; errors: pages that yield no article (recorded in extraction_errors);
    # kept: stored articles whose page no longer extracts, left as they were (nothing stored is lost); refused: pages
    # that are a taken-down page again (a copy naming it, its text): recorded with its takedown, as a refresh does
    counts = {"date": args.date.isoformat(), "articles": 0, "errors": 0, "kept": 0, "refused": 0, "relevant": 0}
    try:
        with store.refresh_lock(wait=args.wait):
            with store.writer() as con:
                store.check_not_rewound(con)
                _require_refreshed(con, args.date)
                pages = wh.pages_for_day(con, args.date)
                _require_archive(store, args.date, pages)
                # a page whose source the sources file in force lacks (renamed, removed, or the file the refreshes
                # used not passed) would be read without its hints and title: its comments back in, its outlet
                # NULL. Its article is kept as it was, and the source named; a file that has none of the day's
                # sources is the wrong file, refused before anything is written
                missing = _sources_not_found(pages, sources, registry, args.date)
                wh.check_taxonomy(con, clf.taxonomy.version, clf.taxonomy.sha256, clf.taxonomy.path)   # first
                wh.fill_text_keys(con)   # (articles stored before migration 020: looked up by their text)
                classified, refused = [], []
                if missing:
                    counts["sources_not_found"] = missing
                for page in pages:
                    if page.source and page.source not in sources:
                        continue
                    aid, _, art = load_page(con, store, page, sources, args.date, refused)
                    if art is None:
                        if len(refused) > counts["refused"]:   # (a taken-down page again: no error)
                            counts["refused"] = len(refused)
                        else:
                            counts["errors" if aid is None else "kept"] += 1
                        continue
                    classified.append((aid, clf.classify(art.text, title=art.title)))
                wh.store_classifications(con, classified)
                # under a new taxonomy version, the other days' articles too: a snapshot never mixes two versions
                counts["relabelled"] = label_articles(con, clf)["relabelled"]
                counts["articles"] = len(classified)
                counts["relevant"] = sum(r.relevant for _, r in classified)
                stories = wh.assign_stories(con, reset=[aid for aid, _ in classified])
                counts["republished_copies"], counts["translations"] = stories["copies"], stories["translations"]
            purge_refused(store, refused)
            store.publish()
            paths = write_digest(store, args.date, again=True)
    except WarehouseBusy as exc:
        raise _busy(exc) from None
    counts["digest"] = {"markdown": str(paths["markdown"]), "html": str(paths["html"])}
    print(json.dumps(counts, ensure_ascii=False))
    return 0


def _sources_not_found(pages, sources: dict, registry: str | None, day: date) -> dict[str, int]:
    """{source: pages} of the day's archived pages whose source the sources file in force does not name, each
    warned of (its articles are kept as they were: a source renamed or taken out of the file); CliError (exit 2)
    when the file names none of the day's sources (``--sources`` forgotten: the bundled registry instead of the
    file the refreshes used), so that a whole day is not "reprocessed" into nothing."""
    from spiders.sources import BUNDLED_SOURCES

    missing: dict[str, int] = {}
    for page in pages:
        if page.source and page.source not in sources:
            missing[page.source] = missing.get(page.source, 0) + 1
    missing = dict(sorted(missing.items()))
    where = registry or f"the bundled {BUNDLED_SOURCES} (no --sources, no $ZGC_SOURCES)"
    if missing and not any(p.source in sources for p in pages if p.source):
        raise CliError(f"the sources file in force, {where}, names none of the sources of {day}'s pages "
                       f"({', '.join(missing)}): pass the file the refreshes used with --sources (or set "
                       "ZGC_SOURCES; a source renamed or removed since keeps its articles under its old name, as they "
                       "are); nothing was reprocessed", EXIT_USAGE)
    for source, n in missing.items():
        log.warning(f"source {source} is not in the sources file in force, {where}: its {n} page(s) of {day} were "
                    "not reprocessed and its articles are kept as they were (read without its hints and title they "
                    "would lose both); if the refreshes used another file, pass it with --sources, and a source "
                    "renamed or removed keeps its stored articles under its old name")
    return missing


def _require_archive(store: Warehouse, day: date, pages) -> None:
    """Refuse to rebuild a day whose WARC files are gone (pruned or moved): every page would become an
    extraction error and the day's articles would be left as they are."""
    missing = sorted({p.warc_file for p in pages if not (store.root / p.warc_file).is_file()})
    if missing:
        raise CliError(f"the archive of {day.isoformat()} is gone ({len(missing)} WARC file(s) missing, e.g. "
                       f"{store.root / missing[0]}): it was pruned or moved; its articles stay in the warehouse as "
                       "they are, and reprocess needs the files back", EXIT_FAILED)


# -- prune -------------------------------------------------------------------------
def cmd_prune(args) -> int:
    """Remove the WARC archive, crawl resume folders and Dagster runs of the days before the last --keep-days."""
    from pipeline.retention import prune

    store = _existing(Warehouse(), "prune")
    store = store if args.dry_run else _writable(store, command="prune")
    try:
        with contextlib.ExitStack() as stack:
            # (a dry run only reads Dagster's runs: it was refused, exit 1, by a DAGSTER_HOME this user may only read)
            instance = None if args.keep_runs else stack.enter_context(_dagster_runs_read_only()) if args.dry_run \
                else _dagster_instance()
            plan = prune(store, args.keep_days, instance, today=_today(), wait=args.wait, dry_run=args.dry_run)
    except WarehouseBusy as exc:
        raise _busy(exc, "prune --dry-run" if args.dry_run else None) from None
    except OSError as exc:
        if args.dry_run:
            raise CliError(f"prune --dry-run stopped: {exc}; nothing was removed", EXIT_FAILED) from None
        raise CliError(f"prune stopped: {exc}; what was removed before it stays removed, the rest is as it was, "
                       "and the next prune goes on", EXIT_FAILED) from None
    print(json.dumps(plan.summary(dry_run=args.dry_run), ensure_ascii=False))
    return 0


class _RunsRead:
    """What a prune dry run and status read of a Dagster instance in *home* they may not open as Dagster does: the
    runs of its run *storage* (None: it holds no run history, so none), not their event logs (no launcher either:
    a run's pid is known by its own tag alone)."""

    run_launcher = None

    def __init__(self, home: Path, storage=None):
        self.root_directory, self.storage = str(home), storage

    def get_run_records(self, filters=None, **kw):
        return self.storage.get_run_records(filters=filters, **kw) if self.storage is not None else []

    def has_run(self, run_id: str) -> bool:
        return self.storage is not None and self.storage.has_run(run_id)

    def get_records_for_run(self, run_id: str, **kw):
        raise LookupError(f"the event log of run {run_id} is not read (the instance was opened read-only)")


@contextlib.contextmanager
def _dagster_runs_read_only():
    """The runs of the Dagster instance in force as a prune dry run reads them, writing nothing: none where it holds
    no run history (the folder is neither made nor set up: a prune would find none); the instance as status opens
    it (no set-up, no lock); and where that fails, as it does where this user may not write beside Dagster's SQLite
    files (WAL mode: a read-only DAGSTER_HOME, another user's), its run storage read-only (``_read_only_runs``)."""
    from dagster import DagsterInstance

    home = _dagster_home()
    _not_in_a_file(home.resolve())   # (as a prune would be refused)
    if "storage:" not in _read_or_empty(home / "dagster.yaml") and not (home / "history" / "runs.db").is_file():
        yield _RunsRead(home)
        return
    try:
        instance = DagsterInstance.from_config(str(home))
    except Exception as exc:  # noqa: BLE001
        if (runs := _read_only_runs(home)) is None:
            raise CliError(f"prune --dry-run: the Dagster instance in {home} ({_dagster_home_named()}) cannot be read "
                           f"({type(exc).__name__}: {first_line(exc, 160)}); nothing was removed", EXIT_FAILED) from None
        yield runs
        return
    with instance:
        yield instance


def _read_only_runs(home: Path) -> "_RunsRead | None":
    """The runs of the instance in *home* where Dagster cannot open it for this user: its run storage opened by
    SQLite read-only and immutable, which needs no file beside it.  None where it cannot be read so: another storage
    than the folder's SQLite files (Dagster's to open), no run storage, or a write-ahead log holding writes (whose
    runs it would not see)."""
    import sqlite3

    from dagster._core.storage.runs import SqliteRunStorage
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    runs_db = home / "history" / "runs.db"
    wal = runs_db.with_name(runs_db.name + "-wal")
    if "storage:" in _read_or_empty(home / "dagster.yaml") or not runs_db.is_file() or \
            (wal.exists() and wal.stat().st_size):
        return None
    uri = f"{runs_db.resolve().as_uri()}?mode=ro&immutable=1"

    class ReadOnly(SqliteRunStorage):
        def connect(self):   # (Dagster's own opens the file to write, WAL mode)
            engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool)
            return _begun(engine)

    return _RunsRead(home, ReadOnly(f"sqlite:///{runs_db}"))


@contextlib.contextmanager
def _begun(engine):
    with engine.connect() as conn:
        with conn.begin():
            yield conn


# -- takedown ----------------------------------------------------------------------
def _takedown_name(value: str) -> str:
    """An argparse type: an article's address (http or https) or its id (16 hex digits)."""
    from pipeline.warehouse import ARTICLE_ID

    value = value.strip()
    if ARTICLE_ID.fullmatch(value.lower()):
        return value
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"not an article's address (http or https) or id: {value!r}")
    return value


def cmd_takedown(args) -> int:
    """Remove stored articles wholly, on request, and keep them from coming back."""
    from pipeline.takedown import UnknownTarget, takedown, undo

    store = Warehouse() if args.dry_run else _writable(Warehouse(), command="takedown")
    reason = args.reason.strip() if args.reason and args.reason.strip() else None
    if args.undo:
        if args.purge_archive:
            raise CliError("--undo takes no --purge-archive: it only allows the pages again")
        try:
            said = undo(store, args.urls, reason=reason, dry_run=args.dry_run, wait=args.wait)
        except WarehouseBusy as exc:
            raise _busy(exc, "takedown --undo --dry-run" if args.dry_run else None) from None
        except UnknownTarget as exc:
            raise CliError(f"not taken down in the warehouse {store.root}: {', '.join(exc.names)}; nothing was "
                           "changed") from None
        print(json.dumps(said, ensure_ascii=False))
        return 0
    _check_digest_language()
    if reason is None and not args.dry_run:   # (a request from an outlet or a court wants its record)
        log.warning("takedown without --reason: the takedowns table and its log keep no reason for a page taken down "
                    "now (one taken down before keeps the reason it has)")
    try:
        result = takedown(store, args.urls, reason=reason, purge=args.purge_archive, dry_run=args.dry_run,
                          wait=args.wait)
    except WarehouseBusy as exc:
        raise _busy(exc, "takedown --dry-run" if args.dry_run else None) from None
    except UnknownTarget as exc:
        raise CliError(f"not in the warehouse {store.root} (no article, archived article page or takedown of it; "
                       f"a listing page is not an article, and takedown removes articles): {', '.join(exc.names)}; "
                       "nothing was changed") from None
    print(json.dumps(result.summary(), ensure_ascii=False))
    return 0


# -- extract / classify -------------------------------------------------------------
def _read_page(path: Path) -> bytes:
    """A saved page's bytes, gunzipped if it is gzipped (``page.html.gz``); no more than the extractor
    accepts plus one byte is read, so a huge file is refused as too large without filling memory."""
    from pipeline.decode import gunzip_capped
    from pipeline.extract import MAX_BODY_BYTES

    with open(path, "rb") as fh:
        body = fh.read(MAX_BODY_BYTES + 1)
    try:
        return gunzip_capped(body, MAX_BODY_BYTES + 1)
    except ValueError as exc:
        raise OSError(f"not a readable gzip file ({exc})") from None


def cmd_extract(args) -> int:
    from pipeline.extract import extract_article, unmatched_drops
    from pipeline.models import ExtractionError
    from spiders.sources import load_sources, source_for_url, sources_file

    # the hints of the source that owns --url, as a refresh would apply them (--sources, else $ZGC_SOURCES,
    # else the bundled registry)
    source = None
    if args.url:
        try:
            parts = urlsplit(args.url)
        except ValueError as exc:
            raise CliError(f"--url {args.url!r} is not a URL: {exc}") from None
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise CliError(f"--url {args.url!r} is not an http(s) URL (the address the page was fetched from)")
        registry = sources_file(args.sources)
        source = source_for_url(load_sources(registry), args.url)
        if source is None:   # (a typo in the host: the page is read without any source's hints, which is said)
            log.warning("no source in %s owns %s: the pages are read without hints or a charset",
                        registry or "the bundled sources file", args.url)
    elif args.sources:
        raise CliError("--sources needs --url: the page's URL picks the source whose hints apply")
    status = 0
    for name in args.files:
        try:
            body = _read_page(Path(name))
        except OSError as exc:
            print(json.dumps({"file": name, "error": f"cannot read: {exc.strerror or exc}"}, ensure_ascii=False))
            status = EXIT_FAILED
            continue
        try:
            art = extract_article(body, url=args.url, hints=source.hints if source else None,
                                  now=datetime.now(timezone.utc))
        except ExtractionError as exc:
            print(json.dumps({"file": name, "error": str(exc)}, ensure_ascii=False))
            status = EXIT_FAILED
            continue
        if art.body_selector_missed:
            log.warning("%s: the body_selector %r of source %s matched nothing; the whole page was read", name,
                        art.body_selector_missed, source.name)
        if source is not None and source.hints and (idle := unmatched_drops(body, source.hints)):
            # (a mistyped drop selector dropped nothing, without a word: this command is where hints are tried)
            log.warning("%s: the drop selector(s) %s of source %s matched nothing on this page", name,
                        ", ".join(map(repr, idle)), source.name)
        print(json.dumps({
            "file": name, "title": art.title, "text": art.text,
            "published_at": art.published_at.isoformat() if art.published_at else None,
            "author": art.author, "language": art.language, "outlet": art.outlet,
            "source": source.name if source else None,
        }, ensure_ascii=False))
    return status


def cmd_classify(args) -> int:
    from pipeline.classify import Classifier

    from pipeline.taxonomy import TaxonomyError

    kw = {"threshold": args.threshold} if args.threshold is not None else {}
    try:
        clf = Classifier.load(args.taxonomy, **kw)
    except TaxonomyError as exc:
        if args.taxonomy is None:
            raise   # the taxonomy in use is broken: exit 1, as for any command
        raise CliError(f"--taxonomy: {exc}") from None   # a candidate the user named: bad input, exit 2
    for warning in clf.taxonomy.warnings:   # what a maintainer trying a version should know before deploying it
        print(f"zgc-monitor: taxonomy {clf.taxonomy.version} ({clf.taxonomy.path}): warning: {warning}",
              file=sys.stderr)
    for lineno, line in _stdin_lines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line, parse_constant=_json_constant)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError("each line must be an object with a string 'text'")
            if obj.get("title") is not None and not isinstance(obj["title"], str):
                raise ValueError("'title' must be a string (or absent)")
            _unicode_string(obj["text"], "'text'")
            _unicode_string(obj.get("title") or "", "'title'")
        except ValueError as exc:
            raise CliError(f"stdin line {lineno}: {exc}") from None
        res = clf.classify(obj["text"], title=obj.get("title"))
        print(json.dumps({
            "id": obj.get("id"), "relevant": res.relevant, "relevance": round(res.relevance, 4),
            "labels": [{"code": l.code, "score": round(l.score, 4), "evidence": l.evidence, "method": l.method}
                       for l in res.labels],
            "taxonomy_version": res.taxonomy_version,
        }, ensure_ascii=False), flush=True)
    return 0


# -- digest / sql ----------------------------------------------------------------
def _open_published(store: Warehouse, *, current: bool = False):
    """A read-only connection to the published snapshot, or a one-line error saying why there is none (*current*: or
    why an older version's snapshot cannot be read by this one's views)."""
    import duckdb

    from pipeline.warehouse import DamagedDatabase, WarehouseTooNew, WarehouseTooOld

    try:
        return store.reader(current=current)
    except (FileNotFoundError, WarehouseTooOld, WarehouseTooNew, DamagedDatabase) as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    except duckdb.Error as exc:
        why = first_line(exc)
        if "lock" in why.lower():
            hint = "another process holds it open for writing: open the snapshot read-only"
        elif store.snapshot_wal.exists():
            hint = (f"a client that opened it read-write left the write-ahead log {store.snapshot_wal}; the next "
                    "refresh sets it aside, or move it away yourself")
        else:
            hint = "the next successful refresh publishes a new one"
        raise CliError(f"cannot open the published warehouse {store.published_db}: {why} ({hint})",
                       EXIT_FAILED) from None


def _require_refreshed(con, day: date) -> None:
    """A day no refresh looked at has nothing to rebuild or report: all zeros and "all sources healthy" would
    read as a quiet day. An error naming the latest refreshed day instead."""
    from pipeline import warehouse as wh

    state, last = wh.day_refreshed(con, day)
    if state != "refreshed":
        from pipeline.defs.partitions import outside_partitions
        from pipeline.metadata import beijing_today

        again = "again" if state == "unfinished" else "first"
        hint = ("" if outside_partitions(day.isoformat())
                else f": run `zgc-monitor refresh --live --date {day.isoformat()}` (or --offline) {again}")
        if hint and state == "never" and day < beijing_today():
            hint += (" (a live crawl run now reads today's pages: it finds that day's articles only where the sources "
                     "still list them, and the trend columns leave the day out)")
        latest = f"the latest refreshed day is {last.isoformat()}" if last else "no day has been refreshed yet"
        what = (f"the refresh of {day.isoformat()} did not finish (its crawl was interrupted or failed)"
                if state == "unfinished" else f"no refresh has run for {day.isoformat()}")
        raise CliError(f"{what} ({latest}){hint}", EXIT_USAGE)


def cmd_digest(args) -> int:
    from pipeline.defs.assets import DigestNotWritten, write_digest

    _check_digest_language(args.lang)
    store = Warehouse()
    con = _open_published(store, current=True)
    try:
        _require_refreshed(con, args.date)
    finally:
        con.close()
    if args.print and not args.mail:
        # read only: the digest files the team was sent stay as they are (another --lang, a later state of the
        # warehouse would otherwise replace them)
        from pipeline.defs.assets import render_digest
        from pipeline.digest import digest_words, render_markdown

        sys.stdout.write(render_markdown(render_digest(store, args.date), digest_words(args.lang)))
        return 0
    # (the files are named by whether --lang is the configured language: a configured one the digest cannot write
    # is refused here, before anything is written)
    _check_digest_language()
    try:
        paths = write_digest(store, args.date, args.lang, keep_other_language=True, again=True)
    except DigestNotWritten as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    mail = {}
    if args.mail:   # sent again, whatever was sent before
        from pipeline.defs.assets import send_digest

        from pipeline.mail import mail_settings

        if mail_settings() is None:
            raise CliError("--mail: ZGC_MAIL_TO is not set, or empty (the team's addresses; see README, Mailing the digest)")
        mail = send_digest(store, args.date, paths, force=True, lang=args.lang)
        if mail.get("error"):
            print(f"zgc-monitor: the digest of {args.date} was not mailed: {mail['error']}", file=sys.stderr)
    if args.print:  # the Markdown alone on standard output, to pipe into a mail
        sys.stdout.write(Path(paths["markdown"]).read_text(encoding="utf-8"))
        return EXIT_FAILED if mail.get("error") else 0
    print(json.dumps({"date": args.date.isoformat(), "markdown": str(paths["markdown"]),
                      "html": str(paths["html"]), "relevant": paths["relevant"],
                      **({"mail": mail} if args.mail else {})}, ensure_ascii=False))
    return EXIT_FAILED if mail.get("error") else 0


_TABLE_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _cell(v, *, table: bool) -> str:
    """A value as text: NULL (table) or empty (csv) for a missing value, true/false for booleans; in the table
    format tabs, line breaks and backslashes are escaped (\\t \\n \\\\) so that one row stays one line."""
    if v is None:
        return "NULL" if table else ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple, dict)):   # a LIST or STRUCT column (stories.source_array): JSON, not Python's repr
        v = json.dumps(_json_value(v), ensure_ascii=False, default=str)
    return str(v).translate(_TABLE_ESCAPES) if table else str(v)


# a text cell a spreadsheet would read as a formula (CSV injection, as OWASP names it): quoted with a leading '
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(cell: str, v) -> str:
    return "'" + cell if isinstance(v, str) and cell.startswith(_FORMULA_START) else cell


def _json_value(v):
    """A value as JSON has it: NaN and infinities as null, dates and times in ISO 8601 (``2026-11-23T08:30:00+08:00``,
    not Python's spaced form), anything else as it is (or its text, through ``default=str``)."""
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, (datetime, date, time)):
        return v.isoformat()
    if isinstance(v, dict):   # (inside a LIST or STRUCT too, as at the top; a MAP's keys may be dates or numbers)
        return {k if isinstance(k, str) else str(_json_value(k)): _json_value(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_json_value(x) for x in v]
    return v


def _search_functions(con) -> None:
    """``simplified(text)`` for the query: OpenCC's t2s conversion, the one ``analysis_text`` was made with
    (pipeline.metadata.to_simplified), so that ``analysis_text LIKE '%' || simplified('中關村') || '%'`` finds an
    article whichever script it and the term were written in (a Hong Kong analyst's 中關村 found 10 of 14, and
    nothing in analysis_text)."""
    from pipeline.metadata import to_simplified

    def simplified(text: str) -> str:
        if len(text) > SIMPLIFIED_MAX:   # (15 million characters took 38 s, deaf to Ctrl-C)
            raise ValueError(f"simplified() converts a value of up to {SIMPLIFIED_MAX:,} characters, "
                             f"not {len(text):,}")
        return to_simplified(text)

    con.create_function("simplified", simplified, ["VARCHAR"], "VARCHAR", side_effects=False)


# What `sql` runs: queries, and what an analyst does within the session (a temporary table, a variable, another time
# zone).  DuckDB's sandbox (no external access) still lets a statement write the database's own files: `COPY … TO
# 'zgc.duckdb' (USE_TMP_FILE false)` overwrote the snapshot, `COPY … TO 'zgc.duckdb.wal'` or `SET log_query_path` to
# it made every later reader refuse it, and `CALL enable_logging(storage='file')` aborted the process.  So a statement
# of another kind (COPY, EXPORT, ATTACH, DETACH, LOAD, CALL, …) is refused before anything runs, and a setting only of
# those below (none names a file).
_SQL_STATEMENTS = {"SELECT", "EXPLAIN", "CREATE", "INSERT", "UPDATE", "DELETE", "DROP", "ALTER", "TRANSACTION",
                   "MULTI", "PREPARE", "EXECUTE", "SET", "PRAGMA", "VARIABLE_SET"}
_SQL_SETTINGS = {"timezone", "calendar", "threads", "worker_threads", "memory_limit", "max_memory", "default_order",
                 "default_null_order", "null_order", "preserve_insertion_order", "enable_progress_bar",
                 "errors_as_json", "max_expression_depth", "schema", "search_path", "integer_division",
                 "order_by_non_integer_literal", "variable",
                 # PRAGMA's informational ones
                 "show_tables", "show_tables_expanded", "table_info", "show", "database_size", "storage_info",
                 "version", "platform", "database_list", "collations", "functions", "metadata_info"}
_SETTING_NAME = re.compile(r"\s*(?:SET|RESET|PRAGMA)\s+(?:(?:SESSION|GLOBAL|LOCAL)\s+)?([A-Za-z_][A-Za-z0-9_]*)", re.I)
# characters of one simplified() argument: a search term or a stored text (no page shows more than 500,000; the
# conversion is linear, about 0.25 s a million); 10,000 failed a query over the bundled plan article's 20,646
SIMPLIFIED_MAX = 1_000_000


def _check_sql(query: str) -> list:
    """The statements of *query* (none for a query DuckDB cannot parse, which is left for DuckDB to answer, with its
    caret under the place); a CliError (exit 2) naming the first that `sql` does not run."""
    import duckdb

    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error:
        return []
    for st in statements:
        kind = str(st.type).rsplit(".", 1)[-1]
        text = " ".join(st.query.split())[:80]
        if kind not in _SQL_STATEMENTS:
            raise CliError(f"query refused: `{text}` is a {kind} statement; `sql` runs queries (SELECT, WITH, "
                           "DESCRIBE, SHOW, SUMMARIZE, PIVOT, EXPLAIN) and temporary tables, and writes no file "
                           "(export with --format csv > file)")
        if kind in ("SET", "PRAGMA"):
            m = _SETTING_NAME.match(st.query)
            name = m.group(1).lower() if m else "?"
            if name not in _SQL_SETTINGS:
                raise CliError(f"query refused: `{text}` changes the setting {name!r}, which `sql` does not "
                               "change (TimeZone, threads, memory_limit and the like it does)")
    return statements


# Column types Python's values would misstate: an INTERVAL becomes a timedelta (a month 30 days, a year 360, and
# age()'s months lost), a BLOB a bytes repr nothing reads back.  DuckDB's own text and hex (unhex() reads it) instead.
_AS_TEXT = {"INTERVAL": "CAST(#{n} AS VARCHAR)", "BLOB": "hex(#{n})"}


_SYSTEM_SUGGESTION = re.compile(r'\s*Did you mean "(?:sqlite_|pg_|duckdb_|information_schema)[^"]*"\?')


def _exactly(con, statements) -> str | None:
    """The query with its INTERVAL and BLOB columns as text, when it is one SELECT with such a column (its result's
    types read from DuckDB's relation of it, which runs nothing); None otherwise (another statement as it is)."""
    if len(statements) != 1 or str(statements[0].type).rsplit(".", 1)[-1] != "SELECT":
        return None
    import duckdb

    query = statements[0].query.strip().rstrip(";")
    try:
        rel = con.sql(query)
    except duckdb.Error:
        return None   # (the query run as it is says what is wrong, with its caret under the place)
    kinds = [str(k) for k in rel.types]
    if not any(k in _AS_TEXT for k in kinds):
        return None
    cols = ", ".join((_AS_TEXT[k] if k in _AS_TEXT else "#{n}").format(n=n) + ' AS "' + c.replace('"', '""') + '"'
                     for n, (k, c) in enumerate(zip(kinds, rel.columns), 1))
    return f"SELECT {cols} FROM ({query})"


def cmd_sql(args) -> int:
    import duckdb

    if args.bom and args.format not in ("csv", "csv-raw"):   # (it was left out without a word)
        raise CliError(f"--bom starts a CSV file: give it with --format csv or csv-raw, not {args.format}", EXIT_USAGE)
    query = "".join(line for _, line in _stdin_lines()) if args.query == "-" else args.query
    try:
        _unicode_string(query, "the query")
    except ValueError:
        raise CliError("the query is not valid UTF-8 text", EXIT_USAGE) from None
    if not query.strip():
        raise CliError("empty query: give one SQL statement (or - to read it from stdin)", EXIT_USAGE)
    statements = _check_sql(query)
    store = Warehouse()
    con = _open_published(store)
    try:
        _search_functions(con)
        # (its intervals and blobs as DuckDB writes them, where Python's values would misstate them)
        cur = con.execute(_exactly(con, statements) or query)
        cols = [d[0] for d in cur.description] if cur.description else []
        rows = cur.fetchall() if cols else []
    except (duckdb.IOException, duckdb.InternalException) as exc:  # the snapshot, not the query: exit 1
        raise CliError(f"query failed reading {store.published_db}: {first_line(exc)} (the next successful "
                       "refresh publishes a new snapshot)", EXIT_FAILED) from None
    except duckdb.Error as exc:
        # the whole of DuckDB's answer to a query: its suggestion (Did you mean "articles"?, the candidate columns)
        # and the caret under the place it stopped are what an analyst fixes the query with
        lines = [first_line(ln) for ln in str(exc).splitlines()[:12]]
        # (not a suggestion of DuckDB's own catalog: "Did you mean "sqlite_temp_master"?" for a table of no such name)
        lines = [kept for ln in lines if (kept := _SYSTEM_SUGGESTION.sub("", ln)) or not ln]
        raise CliError("query failed: " + "\n".join(lines).rstrip()) from None
    finally:
        con.close()
    if args.format == "json":
        for r in rows:  # JSON has no NaN or infinity: such a value is null, as a missing one
            print(json.dumps(dict(zip(cols, map(_json_value, r))), ensure_ascii=False, default=str))
    elif args.format in ("csv", "csv-raw"):
        import csv

        safe = args.format == "csv"  # titles and authors are web text, and a CSV file is opened in a spreadsheet
        if args.bom:   # Excel reads a CSV file as the system's code page unless it opens with a UTF-8 mark
            sys.stdout.write("\ufeff")
        w = csv.writer(sys.stdout)
        w.writerow([_spreadsheet_safe(c, c) for c in cols] if safe else cols)
        w.writerows([_spreadsheet_safe(_cell(v, table=False), v) if safe else _cell(v, table=False) for v in r]
                    for r in rows)
    else:
        print("\t".join(_cell(c, table=True) for c in cols))
        for r in rows:
            print("\t".join(_cell(v, table=True) for v in r))
    return 0


# -- sources ---------------------------------------------------------------------
def cmd_paths(args) -> int:
    """Where this installation reads and writes, as JSON, or one path alone; the Dagster instance folder is
    made ready (its settings and workspace file) for `dagster dev` run in it."""
    from pipeline.taxonomy import taxonomy_path
    from spiders.sources import BUNDLED_SOURCES, sources_file

    store = Warehouse()
    paths = {"warehouse": store.root, "snapshot": store.published_db, "digests": store.digests_dir,
             "archive": store.raw_dir, "state": store.state_dir, "dagster_home": _ensure_dagster_home(),
             "sources": Path(sources_file() or BUNDLED_SOURCES), "taxonomy": taxonomy_path()}
    missing = not paths["taxonomy"].is_file()
    if missing:
        named = os.environ.get("ZGC_TAXONOMY") or ""
        relative = f" as {named!r}, from the current folder {Path.cwd()}" if named and not Path(named).is_absolute() else ""
        print(f"zgc-monitor: the taxonomy file {paths['taxonomy']} does not exist (ZGC_TAXONOMY names it{relative})",
              file=sys.stderr)
    if args.name:
        print(paths[args.name])
    else:
        print(json.dumps({k: str(v) for k, v in paths.items()}, ensure_ascii=False))
    # (`zgc-monitor paths taxonomy` asked for the file in use: a script reading it should not go on with one that is
    # not there)
    return EXIT_USAGE if missing and args.name == "taxonomy" else 0


# -- status ------------------------------------------------------------------------
# a monitoring plugin's exit codes (Nagios, Icinga, Sensu, and what cron wrappers understand)
STATUS_CODES = {"ok": 0, "warning": 1, "critical": 2, "unknown": 3}
MAX_AGE_HOURS = 36.0   # a daily refresh, its crawl of up to two hours and slack: older than this, the warehouse is stale
DUE = time(12, 0)      # Beijing time by which today's refresh (scheduled 07:30) should be done


def _attempts(store: Warehouse) -> list[dict]:
    """The refreshes the CLI recorded (``state/refreshes.jsonl``), oldest first; a damaged line is skipped."""
    try:
        lines = (store.state_dir / ATTEMPTS_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    out = []
    for line in lines[-200:]:
        with contextlib.suppress(ValueError):
            if isinstance(entry := json.loads(line), dict):
                out.append(entry)
    return out


def _instant(text) -> datetime:
    """An ISO 8601 time of the attempts file (the epoch for a damaged one)."""
    try:
        when = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return datetime.fromtimestamp(0, timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _bad_dagster_runs(root: Path | None = None, left_out: list | None = None, unseen: list | None = None) -> list[dict]:
    """What Dagster's instance knows and the attempts file does not: the newest refresh run (any job but the prune
    job) that failed, was canceled or whose process is gone while it shows STARTED (killed outright: SIGKILL, the OOM
    killer, a reboot), unless a refresh run succeeded after it; and the newest prune run, if it failed.  A failure of
    a refresh the CLI ran is left out (the attempts file has it, with its message), and so is a run of another
    warehouse (a run that names none is the default warehouse's: ``_of_warehouse``; the ids of those that ended
    badly go to *left_out*).  Read-only; [] when the instance cannot be read, and then why to *unseen*."""
    home = _dagster_home()
    try:
        from dagster import DagsterInstance

        if _dagster_history() is None:
            if unseen is not None:
                unseen.append(f"the Dagster instance folder {home} ({_dagster_home_named()}) holds no run history: "
                              "set DAGSTER_HOME to the instance folder the refreshes use (`zgc-monitor paths "
                              "dagster_home` in their environment)")
            return []
        with DagsterInstance.from_config(str(home)) as instance:
            return _judge_runs(instance, _run_records(instance), root, left_out)
    except Exception as exc:  # (a damaged instance, one this user may only read: status says what it could not see)
        # a user who may only read the instance (a monitoring user: Dagster opens its SQLite files to write) reads
        # its runs as a prune dry run does, without their event logs (warned of on every check before)
        with contextlib.suppress(Exception):
            if (runs := _read_only_runs(home)) is not None:
                return _judge_runs(runs, _run_records(runs), root, left_out)
        if unseen is not None:
            unseen.append(f"the run history of the Dagster instance in {home} ({_dagster_home_named()}) cannot be "
                          f"read ({type(exc).__name__}: {first_line(exc, 160)})")
        return []


def _dagster_home() -> Path:
    """The Dagster instance folder in force: $DAGSTER_HOME, else the data folder's ``dagster_home/``."""
    return Path(os.environ.get("DAGSTER_HOME") or data_home() / "dagster_home")


def _dagster_home_named() -> str:
    return "DAGSTER_HOME" if os.environ.get("DAGSTER_HOME") else "DAGSTER_HOME unset: the default"


def _dagster_history() -> Path | None:
    """The Dagster instance folder status reads, or None when no run was ever recorded there (opening the instance
    would create its databases; status writes nothing)."""
    home = _dagster_home()
    if (home / "storage").is_dir() or (home / "history").is_dir() or "storage:" in _read_or_empty(home / "dagster.yaml"):
        return home
    return None


def _run_records(instance, page: int = 100, most: int = 5000):
    """The instance's run records, newest first, a page at a time: runs of other warehouses sharing the instance, or
    a long backfill's, must not push this warehouse's newest refresh and prune runs out of sight (status read the
    newest 50 alone)."""
    cursor = None
    for _ in range(most // page):
        records = instance.get_run_records(limit=page, cursor=cursor)
        yield from records
        if len(records) < page:
            return
        cursor = records[-1].dagster_run.run_id


def _run_folder(run) -> str | None:
    """The warehouse folder a Dagster run names (its zgc/warehouse tag, else its run config), or None."""
    return run.tags.get("zgc/warehouse") or ((((run.run_config or {}).get("resources") or {}).get("warehouse")
                                              or {}).get("config", {}).get("directory")
                                             if isinstance(run.run_config, dict) else None)


def _of_warehouse(run, root: Path) -> bool:
    """Whether *run* is a run of the warehouse at *root*: the folder its tag or run config names; a run that names
    none (made before every run was tagged with its warehouse as it starts) is the default warehouse's, the data
    folder's ``warehouse/`` (the one a run whose environment names no ZGC_WAREHOUSE_DIR writes), and no other's:
    status of every warehouse sharing the instance took such a run's failure for its own."""
    return Path(_run_folder(run) or data_home() / "warehouse").resolve() == root.resolve()


def _publishes(run) -> bool:
    """Whether a refresh run, had it succeeded, got a refresh through: the whole job, a re-execution of one, a
    ``zgc-monitor refresh`` (every asset, though its run records an empty selection), or a selection that publishes
    the snapshot; not a run of the digest or a check alone."""
    selection = getattr(run, "asset_selection", None)
    return selection is None or run.tags.get("zgc/trigger") == "cli" or bool(getattr(run, "parent_run_id", None)) or \
        any(key.path[-1] == "warehouse_snapshot" for key in selection)


def _dagster_running(root: Path) -> str | None:
    """A Dagster run of the warehouse at *root* in progress (STARTING or STARTED, its process alive or on another
    host), as status names a refresh that holds the lock: Dagster's runs take the crawl and writer locks, not the
    refresh lock.  None when there is none or the instance cannot be read."""
    try:
        from dagster import DagsterInstance, DagsterRunStatus, RunsFilter

        from pipeline.defs.runs import run_process
        from pipeline.warehouse import process_alive

        home = _dagster_history()
        if home is None:
            return None
        with DagsterInstance.from_config(str(home)) as instance:
            for record in instance.get_run_records(RunsFilter(statuses=[DagsterRunStatus.STARTED,
                                                                        DagsterRunStatus.STARTING]), limit=50):
                run = record.dagster_run
                if not _of_warehouse(run, root):
                    continue
                pid = run_process(instance, run) or ""
                if pid.isdigit() and not process_alive(int(pid)):
                    continue   # (killed: the failure warnings name it)
                part = run.tags.get("dagster/partition")
                since = record.start_time or record.create_timestamp.timestamp()
                return (f"Dagster run {run.run_id[:8]} ({run.job_name}{f' of {part}' if part else ''}) since "
                        f"{datetime.fromtimestamp(since, timezone.utc):%Y-%m-%d %H:%M} UTC")
    except Exception:  # noqa: BLE001
        return None
    return None


def _judge_runs(instance, records, root: Path | None = None, left_out: list | None = None) -> list[dict]:
    """_bad_dagster_runs' reading of the instance's newest run *records* (those of another warehouse folder than
    *root* left out: one instance can serve several; ``_of_warehouse``).  The ids of the runs that ended badly and were
    left out because they name no warehouse are added to *left_out*."""
    from dagster import DagsterEventType, DagsterRunStatus

    from pipeline.defs.runs import run_process
    from pipeline.metadata import SHANGHAI
    from pipeline.warehouse import process_alive

    ended_badly = (DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED)
    out, seen = [], set()
    for record in records:   # newest first
        if {"refresh", "prune"} <= seen:
            break
        run = record.dagster_run
        if root is not None and not _of_warehouse(run, root):
            if left_out is not None and not _run_folder(run) and run.status in ended_badly:
                left_out.append(run.run_id)
            continue
        kind = "prune" if run.job_name == "prune_job" else "refresh"
        if kind in seen or run.status in (DagsterRunStatus.QUEUED, DagsterRunStatus.NOT_STARTED,
                                          DagsterRunStatus.STARTING):
            continue
        if run.status == DagsterRunStatus.CANCELED and not record.start_time:
            continue   # (canceled in the queue: it did nothing, and named no warehouse yet)
        if run.status == DagsterRunStatus.STARTED:
            pid = run_process(instance, run) or ""
            if not (pid.isdigit() and not process_alive(int(pid))):
                continue   # (running, or on another host)
            status, said = "killed", f"its process {pid} is gone (killed outright, without a chance to report)"
            when = record.update_timestamp
        elif run.status in ended_badly and not (run.tags.get("zgc/trigger") == "cli"
                                                and run.status == DagsterRunStatus.FAILURE):
            status = "failed" if run.status == DagsterRunStatus.FAILURE else "canceled"
            said = _run_failure(instance, run.run_id, DagsterEventType) or (
                f"{status} (its error is in the run's event log, which this user may not open)"
                if isinstance(instance, _RunsRead) else status)
            if "SIGKILL" in said:   # (a run worker the code server saw killed)
                status = "killed"
            when = datetime.fromtimestamp(record.end_time, timezone.utc) if record.end_time else record.update_timestamp
        elif run.status == DagsterRunStatus.SUCCESS and kind == "refresh" and not _publishes(run):
            continue   # (a digest rendered again, a check run alone: no refresh got through)
        else:   # a success, or a CLI refresh's failure (the attempts file has it): nothing before it is reported
            seen.add(kind)
            continue
        seen.add(kind)
        # (a run the CLI or `dagster asset materialize` made is Dagster's __ephemeral_asset_job__: named for what ran it)
        job = ("zgc-monitor refresh" if run.tags.get("zgc/trigger") == "cli" else
               "dagster asset materialize" if run.job_name == "__ephemeral_asset_job__" else run.job_name)
        out.append({"run_id": run.run_id, "job": job, "kind": kind, "status": status,
                    "partition": run.tags.get("dagster/partition"),
                    "at": when.astimezone(SHANGHAI).isoformat(timespec="seconds"), "error": said})
    return out


def _read_or_empty(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _run_failure(instance, run_id: str, kinds) -> str | None:
    """The failed steps of a run and the first line of the first one's error, or the run's own failure message."""
    try:
        steps = instance.get_records_for_run(run_id, of_type=kinds.STEP_FAILURE, limit=5).records
        if steps:
            event = steps[0].event_log_entry.dagster_event
            error = getattr(event.event_specific_data, "error", None)
            while error is not None and error.cause is not None:   # (Dagster's wrapper, then the step's own error)
                error = error.cause
            names = ", ".join(dict.fromkeys(r.event_log_entry.dagster_event.step_key for r in steps))
            said = re.sub(r"^(?:\w+\.)+(\w+: )", r"\1", first_line(error.message)) if error else ""
            return f"step {names} failed" + (f": {said}" if said else "")
        # a run that could not set up its resources: the warehouse's waits for the refresh lock (a backup's flock)
        inits = instance.get_records_for_run(run_id, of_type=kinds.RESOURCE_INIT_FAILURE, limit=1).records
        if inits:
            error = getattr(inits[0].event_log_entry.dagster_event.event_specific_data, "error", None)
            while error is not None and error.cause is not None:
                error = error.cause
            said = re.sub(r"^(?:\w+\.)+(\w+: )", r"\1", first_line(error.message)) if error else ""
            return "its resources could not be set up" + (f": {said}" if said else "")
        # a run worker killed outright is marked failed "from outside the execution context" by Dagster's code
        # server, which says how in an engine event ("terminated by signal 9 (SIGKILL)")
        engine = instance.get_records_for_run(run_id, of_type=kinds.ENGINE_EVENT, limit=20, ascending=False).records
        for record in engine:
            if "signal" in (message := record.event_log_entry.message or ""):
                return first_line(message)
        runs = instance.get_records_for_run(run_id, of_type=kinds.RUN_FAILURE, limit=1).records
        return first_line(runs[0].event_log_entry.dagster_event.message) if runs else None
    except Exception:
        return None


CLOCK_SLACK_HOURS = 0.1   # how far in the future the last refresh may lie (two clocks a few minutes apart) unflagged


def _last_finished(con) -> tuple | None:
    """(day, finished_at, mode) of the last crawl run whose refresh went on (finished, or stopped at its time limit)."""
    return con.execute(f"SELECT day, finished_at, mode FROM crawl_runs WHERE finish_reason IN {DONE_SQL} "
                       "ORDER BY finished_at DESC LIMIT 1").fetchone()


def _last_success(last: tuple | None, now: datetime) -> dict | None:
    """The last refresh that finished (``_last_finished``'s row), as status reports it."""
    if not last:
        return None
    return {"day": last[0].isoformat(), "finished_at": last[1].isoformat(timespec="seconds"), "mode": last[2],
            "age_hours": round((now - last[1]).total_seconds() / 3600, 2)}


def _unfinished_crawls(store: Warehouse) -> dict[str, int]:
    """{day: pages} that crawls found and did not finish (``state/crawl/<day>/``: a full disk, a kill, the time
    limit), which the next refresh resumes within RESUME_DAYS; read only."""
    crawl_dir = store.state_dir / "crawl"
    folders = sorted(p for p in crawl_dir.iterdir() if _is_day(p.name)) if crawl_dir.is_dir() else []
    if not folders:
        return {}
    from spiders.frontier import Frontier

    out = {}
    for folder in folders:
        with contextlib.suppress(OSError):
            if pages := len(Frontier.pending_lines(folder / "job")):
                out[folder.name] = pages
    return out


def status_report(store: Warehouse, day: date | None, max_age: float, now: datetime | None = None,
                  due: time = DUE) -> dict:
    """What a monitoring check needs, read-only: whether the warehouse is fresh, the day refreshed and its digest
    there, the last refresh's outcome, a refresh running now, and the sources the digest flags. ``status`` is the
    worst of ``problems`` (critical) and ``warnings``."""
    from pipeline import warehouse as wh
    from pipeline.digest import digest_files

    now = now or datetime.now(timezone.utc)
    today = _today()
    asked = day is not None
    day = day or today
    report: dict = {"status": "ok", "problems": [], "warnings": [], "today": today.isoformat(), "date": day.isoformat(),
                    "warehouse": str(store.published_db),
                    "running": None}
    lock = wh.lock_state(store.state_dir / "refresh.lock")
    holder = lock.pop("holder")
    # (whether an flock is held, and by the process the note names: a note is only text, and its pid alone is no
    # refresh running)
    report["refresh_lock"] = lock
    if holder and not lock["held_by_its_note"]:
        # (a backup's flock, or another program's: no refresh is running, and none can until it lets go; a stale
        # warehouse stays a problem, not a warning that "one is running")
        report["warnings"].append(f"the refresh lock {store.state_dir / 'refresh.lock'} is held {holder}: a refresh "
                                  "waits for it (or is refused, exit 75) until it is let go")
        holder = None
    report["running"] = holder or _dagster_running(store.root)
    if said := _taxonomy_refusal(store):   # (a scheduler's environment without $ZGC_TAXONOMY, say)
        report["warnings"].append(f"the next refresh in this environment would be refused: {said}")
    attempts = _attempts(store)
    # (its clock times in Beijing's, as every other time the report gives: the attempts file keeps UTC)
    report["last_attempt"] = _beijing_times(attempts[-1], ("started_at", "finished_at")) if attempts else None
    from pipeline.defs.assets import RESUME_DAYS

    # pages crawls left unfinished, which the next refresh resumes; a warning for days too far back for it (read
    # before the warehouse: they are there whether it can be read or not)
    report["pages_unfinished"] = unfinished_pages = _unfinished_crawls(store)
    too_old = [d for d in unfinished_pages if (today - date.fromisoformat(d)).days > RESUME_DAYS]
    if too_old:
        report["warnings"].append(
            f"crawls left pages unfetched longer ago than the next refresh resumes (the {RESUME_DAYS} days before "
            "its own): " + ", ".join(f"{d} ({unfinished_pages[d]})" for d in too_old)
            + f"; `zgc-monitor refresh --date {too_old[-1]}` fetches them; `prune` removes them once their day's "
            "archive is extracted (it keeps a day whose archived pages are not, as `kept_not_yet_extracted`)")
    try:
        con = store.reader(current=True)
    except (wh.WarehouseTooOld, wh.WarehouseTooNew) as exc:   # (an upgrade whose first refresh has not gone through,
        # or a newer release's warehouse: and why not)
        report["problems"].append(str(exc))
        with contextlib.suppress(Exception):
            # when the last refresh went through is still known from the snapshot as it is: without it a monitor's
            # time-since-success alert fired during every upgrade window
            old = store.reader()
            try:
                report["last_success"] = _last_success(_last_finished(old), now)
            finally:
                old.close()
        if report["running"]:
            report["problems"].append(f"a refresh is running ({report['running']})")
        _failure_warnings(report, store, None, through_dagster=bool(report.get("last_success")))
        report["status"] = "unknown"
        return report
    except Exception as exc:  # (no snapshot, or one that cannot be opened: nothing else can be judged)
        report["problems"].append(f"no published warehouse can be read: {first_line(exc)}")
        report["status"] = "unknown"
        return report
    try:
        last = _last_finished(con)
        last_success = _last_success(last, now)
        state, latest = wh.day_refreshed(con, day)
        looked = {d for (d,) in con.execute("SELECT day FROM refreshed_days WHERE day BETWEEN ?::DATE - 13 AND ?",
                                            [day, day]).fetchall()}
        first_day = con.execute("SELECT min(day) FROM refreshed_days").fetchone()[0]
        judged = latest if latest and latest <= day else day
        broken, muted = wh.source_problems(con, judged) if latest else ((), ())
        sources = con.execute("SELECT count(DISTINCT source) FROM source_health WHERE day = ?", [judged]).fetchone()[0]
        relevant = con.execute("SELECT count(*) FROM articles WHERE relevant AND first_seen = ?", [day]).fetchone()[0]
        crawled = con.execute("SELECT count(*) FROM crawl_runs").fetchone()[0]   # (each a step of a Dagster run)
    finally:
        con.close()
    age = (now - last[1]).total_seconds() / 3600 if last else None
    # of the 13 days before, those no refresh looked at, from the warehouse's first day on
    not_looked = [d for n in range(13, 0, -1) if first_day and first_day <= (d := day - timedelta(days=n))
                  and d not in looked]
    report.update({
        "last_success": last_success,
        "day_refreshed": state == "refreshed", "latest_refreshed_day": latest.isoformat() if latest else None,
        "relevant": relevant,
        "days_not_refreshed": [d.isoformat() for d in not_looked],
        "sources_checked": sources,
        "sources_needing_attention": wh.source_rows(broken),
        # muted in the sources file: not flagged, not a warning; what each would be flagged for (null: nothing)
        "sources_muted": [{"source": s, "until": until.isoformat(), "reason": reason,
                           "problem": str(why) if why else None, "kind": why.kind if why else None}
                          for s, until, reason, why in muted],
    })
    digest_day = day if state == "refreshed" else (latest if latest and latest < day else None)
    if digest_day:
        # (the configured language's files: the ones a refresh writes and mails)
        path, html = digest_files(store.digests_dir, digest_day)
        whole = all(p.is_file() and p.stat().st_size > 0 for p in (path, html))
        report["digest"] = {"day": digest_day.isoformat(), "path": str(path), "exists": whole}
        if not whole:
            report["warnings"].append(f"the digest of {digest_day} is missing or empty ({path}, .html): "
                                      f"`zgc-monitor digest --date {digest_day}` writes it")
    running = report["running"]
    if last is None:
        (report["warnings"] if running else report["problems"]).append("no refresh has finished yet")
    elif age > max_age:
        # (minutes under an hour, tenths under ten: "for 0 hours … allowed: 0.1" contradicted itself)
        took = f"{age * 60:.0f} minutes" if age < 1 else f"{age:.1f} hours" if age < 10 else f"{age:.0f} hours"
        said = (f"no refresh has finished for {took} (the last, of {last[0]}, at "
                f"{last[1].astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC; allowed: {max_age:g} hours)")
        (report["warnings"] if running else report["problems"]).append(said + (f"; one is running ({running})"
                                                                                 if running else ""))
    elif age < -CLOCK_SLACK_HOURS:
        # (a clock set back: a negative age passed every --max-age, and the due time is judged by that clock too)
        report["warnings"].append(
            f"the last refresh, of {last[0]}, finished at {last[1].astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC, "
            f"{-age:.1f} hours after this machine's clock says it is now ({now.astimezone(timezone.utc):%Y-%m-%d %H:%M} "
            "UTC): the clock is wrong (set back since, or it was ahead then); the age and due-time checks cannot be "
            "trusted until it is right")
    unfinished = " (its crawls were interrupted or failed)" if state == "unfinished" else ""
    if asked and state != "refreshed":
        report["problems"].append(f"{day} has not been refreshed{unfinished}")
    from pipeline.metadata import SHANGHAI

    beijing_now = now.astimezone(SHANGHAI)
    if (not asked and state != "refreshed" and first_day and first_day < day
            and beijing_now.time() >= due):
        # (a refresh running: a warning naming it, as the age check gives; a run that hangs stays in sight)
        (report["warnings"] if running else report["problems"]).append(
            f"today ({day}) has not been refreshed by {due:%H:%M} Beijing time{unfinished}"
            + (f"; one is running ({running})" if running else ""))
    # (every source failing to answer as it should; not every source quiet or with a hint to mend)
    # (muted or not: a mute acknowledges one site's fault, not a block page that every site answers)
    unreachable = [s for s, why in [*broken, *((s, why) for s, _, _, why in muted if why)]
                   if getattr(why, "kind", None) not in ("quiet", "hint_unmatched", "entry_point_failed")]
    if sources and len(unreachable) >= sources:
        report["problems"].append(f"none of the {sources} sources crawled on {judged} is healthy (a block page, a "
                                  "proxy or the network rather than the sites?)")
    failed = report["last_attempt"]
    _failure_warnings(report, store, last[1] if last else None, through_dagster=crawled > 0)
    # days a schedule should have refreshed and nothing did (a refresh that runs but skips days, or backfills that
    # keep the last success recent): the week before the day, from the warehouse's first day on
    missed = [d for d in not_looked if d >= day - timedelta(days=7)]
    fill = (" (a live backfill, `zgc-monitor refresh --live --date D`, makes one known only when it finds new "
            "articles: it reads the sites as they are now)")
    if missed and missed[-1] == day - timedelta(days=1):   # the day before: a scheduler that stopped
        report["problems"].append(f"the day before, {missed[-1]}, was not refreshed{fill}")
        missed = missed[:-1]
    if missed:
        report["warnings"].append(f"{len(missed)} of the 7 days before {day} {'was' if len(missed) == 1 else 'were'} "
                                  "not refreshed: "
                                  + ", ".join(d.isoformat() for d in missed) + fill)
    checks = [c for c in (failed or {}).get("failed_checks") or [] if c != "sources_healthy"]   # (named below)
    if failed and failed.get("ok") and checks:
        report["warnings"].append(f"the last refresh (of {failed.get('date')}) went through with data checks that "
                                  f"did not pass: {', '.join(checks)} (its run's check results in Dagster say why)")
    # whoever mailed it (a CLI refresh, a Dagster run, digest --mail): the day's record says the last outcome
    from pipeline.mail import day_record, resend_hint

    last_day = (failed or {}).get("date")
    for mail_day in sorted({day, *([date.fromisoformat(last_day)] if _is_day(last_day) else [])}):
        if (mailed := day_record(store.state_dir, mail_day)).get("error"):
            sent = sorted({a for lang in (mailed.get("sent") or {}).values() for a in (lang or {}).get("to") or []})
            report["warnings"].append(f"the digest of {mail_day} was not mailed{' to everyone' if sent else ''} "
                                      f"({mailed.get('error_at')}): {mailed['error']}; " + resend_hint(mail_day, sent))
    if broken:
        report["warnings"].append(f"{len(broken)} of {sources} sources need attention: "
                                  + "; ".join(f"{s} ({why})" for s, why in broken))
    report["status"] = "critical" if report["problems"] else "warning" if report["warnings"] else "ok"
    return report


def _is_day(text) -> bool:
    try:
        date.fromisoformat(text)
        return True
    except (TypeError, ValueError):
        return False


def _failure_warnings(report: dict, store: Warehouse, last_success: datetime | None, *,
                      through_dagster: bool = False) -> None:
    """The warnings of refreshes that did not get through since *last_success* (None: any): the last one the CLI
    ran that failed or was refused, and the Dagster runs that failed, were canceled or were killed.  Where the
    warehouse records refreshes (*through_dagster*: each crawl is a step of a Dagster run) and the Dagster instance
    in force holds no run history, or cannot be read, a warning names it: a DAGSTER_HOME other than the refreshes'
    (a cron or monitoring user's environment) let every failed, canceled or killed run pass unseen."""
    failed = report["last_attempt"]
    if failed and failed.get("exit") == EXIT_BUSY and report.get("running"):
        failed = None   # refused because the refresh running now held the lock: that one's outcome will tell
    if failed and not failed.get("ok") and (last_success is None or _instant(failed.get("finished_at")) > last_success):
        report["warnings"].append(
            f"the last refresh (of {failed.get('date')}) was refused at {failed.get('finished_at')}: {failed.get('error')}"
            if failed.get("refused") else
            f"the last refresh (of {failed.get('date')}, finished {failed.get('finished_at')}) failed: {failed.get('error')}")
    left_out: list[str] = []
    unseen: list[str] = []
    for bad in _bad_dagster_runs(store.root, left_out, unseen):
        what = f"the last {bad['kind']} run" + (f" (of {bad['partition']})" if bad["partition"] else "")
        report["warnings"].append(f"{what} in Dagster ({bad['job']}, run {bad['run_id'][:8]}, {bad['at']}) "
                                  f"{'was ' if bad['status'] != 'failed' else ''}{bad['status']}: {bad['error']}")
        report.setdefault("dagster_runs", []).append(bad)
    if unseen and through_dagster:
        report["warnings"].append(
            f"Dagster's runs could not be checked (the warehouse records refreshes, each made by a Dagster run: one "
            f"that failed, was canceled or was killed would go unseen): {unseen[0]}")
    if left_out:   # (said, not warned of: they are the default warehouse's, which its own status judges)
        report["dagster_runs_unattributed"] = {
            "runs": len(left_out), "newest": left_out[0],
            "note": "Dagster runs that failed or were canceled before runs named their warehouse are judged as the "
                    f"default warehouse's ({data_home() / 'warehouse'}), not this one's"}


def cmd_status(args) -> int:
    """A monitoring check: one line (JSON, a Nagios plugin's line, or Prometheus metrics) and a plugin's exit code."""
    report = status_report(Warehouse(), args.date, args.max_age, due=args.due)
    code = STATUS_CODES[report["status"]]
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False))
    elif args.format == "nagios":
        said = "; ".join(report["problems"] + report["warnings"]) or (
            f"{report['date']} refreshed, {report.get('relevant', 0)} relevant articles"
            if report.get("day_refreshed") else f"last refresh {report['last_success']['age_hours']:.1f} h ago")
        age = (report.get("last_success") or {}).get("age_hours")
        perf = f"age_hours={age} relevant={report.get('relevant', 0)} " \
               f"sources_flagged={len(report.get('sources_needing_attention', []))}" if age is not None else ""
        print(f"ZGC {report['status'].upper()} - {said}" + (f" | {perf}" if perf else ""))
    else:
        last = report.get("last_success")
        ts = datetime.fromisoformat(last["finished_at"]).timestamp() if last else 0
        print("\n".join([
            "# HELP zgc_status 0 ok, 1 warning, 2 critical, 3 unknown (zgc-monitor status)",
            "# TYPE zgc_status gauge", f"zgc_status {code}",
            "# HELP zgc_last_success_timestamp_seconds when the last refresh's crawl finished",
            "# TYPE zgc_last_success_timestamp_seconds gauge", f"zgc_last_success_timestamp_seconds {ts:.0f}",
            "# HELP zgc_relevant_articles relevant articles first seen on the day checked",
            "# TYPE zgc_relevant_articles gauge", f"zgc_relevant_articles {report.get('relevant', 0)}",
            "# HELP zgc_sources_flagged sources the digest footer flags",
            "# TYPE zgc_sources_flagged gauge",
            f"zgc_sources_flagged {len(report.get('sources_needing_attention', []))}",
            "# HELP zgc_refresh_running 1 while a refresh holds its lock or a Dagster run of this warehouse is in progress",
            "# TYPE zgc_refresh_running gauge", f"zgc_refresh_running {int(bool(report['running']))}",
        ]))
        return 0   # (a textfile collector's `status > tmp && mv tmp file` must move every reading; zgc_status has it)
    return code


def cmd_sources(args) -> int:
    from spiders.sources import load_sources, sources_file

    # (an option of the other action did nothing, said nothing)
    if args.action == "list" and (args.live or args.timeout is not None):
        raise CliError("sources list takes no --live or --timeout: they are for `sources check`")
    if args.action == "check" and args.json:
        raise CliError("sources check takes no --json: it prints one JSON line per entry point already")
    args.timeout = 20.0 if args.timeout is None else args.timeout
    sources = load_sources(sources_file(args.sources))
    if args.action == "list":
        if args.json:
            print(json.dumps([s.as_dict() for s in sources], ensure_ascii=False, indent=1))
        else:
            for s in sources:
                print(f"{s.name:16} {s.language}  {s.title}  ({len(s.entry_points)} entry point(s))"
                      + ("  disabled (enabled = false): not crawled" if not s.enabled else "")
                      + (f"  muted until {s.muted_until:%Y-%m-%d}" + (f" ({s.muted_reason})" if s.muted_reason else "")
                         if s.muted_until and s.muted_until >= _today() else ""))
        return 0
    # check: fetch each entry point once and report what it found
    from pipeline.sourcecheck import check_sources
    from spiders.identity import crawl_contact

    try:
        crawl_contact()   # asked with the crawl's contact: one no site should be sent is refused before any request
    except ValueError as exc:
        raise CliError(str(exc)) from None
    report = check_sources([s for s in sources if s.enabled], offline=not args.live, timeout=args.timeout)
    # a disabled source is not fetched: one row per entry point says so (and does not fail the check)
    report += [{"source": s.name, "entry_point": url, "ok": True, "skipped": "disabled in the sources file "
                "(enabled = false): not crawled, so not checked"} for s in sources if not s.enabled
               for url in s.entry_points]
    for row in report:
        print(json.dumps(row, ensure_ascii=False))
    failed = [r for r in report if not r["ok"]]
    if failed:   # the lines above are for a program; a person reading a terminal or a cron mail gets the gist
        print(f"zgc-monitor: sources check: {len(failed)} of {len(report)} entry points failed: "
              + "; ".join(f"{r['source']} {r['entry_point']}: {r.get('error', 'failed')}" for r in failed[:5])
              + (f"; and {len(failed) - 5} more" if len(failed) > 5 else ""), file=sys.stderr)
    return 0 if not failed else EXIT_FAILED


class _GivenParser(argparse.ArgumentParser):
    """A subcommand's parser that keeps the arguments it was given: what its refusal can still say of them."""

    _given: list[str] = []

    def parse_known_args(self, args=None, namespace=None):
        self._given = list(args or [])
        return super().parse_known_args(args, namespace)

    def _value(self, flag: str) -> str | None:
        given = self._given
        if flag in given and given.index(flag) + 1 < len(given):
            return given[given.index(flag) + 1]
        return next((a.split("=", 1)[1] for a in given if a.startswith(flag + "=")), None)


class _StatusParser(_GivenParser):
    """``status``'s parser: a refusal of its arguments is a monitoring plugin's UNKNOWN (exit 3), said in the format
    asked for, where argparse's exit 2 read as CRITICAL to Nagios and left a Prometheus textfile empty."""

    def error(self, message: str):
        said = f"bad arguments: {message} (see zgc-monitor status --help)"
        fmt = self._value("--format")
        if fmt == "nagios":
            print(f"ZGC UNKNOWN - {said}", flush=True)
        elif fmt == "prometheus":   # (exit 0, as every reading of this format: zgc_status says)
            print("# HELP zgc_status 0 ok, 1 warning, 2 critical, 3 unknown (zgc-monitor status)\n"
                  f"# TYPE zgc_status gauge\nzgc_status {STATUS_CODES['unknown']}", flush=True)
            self.exit(0, f"zgc-monitor: {said}\n")
        else:
            print(json.dumps({"status": "unknown", "problems": [said], "warnings": []}, ensure_ascii=False), flush=True)
        self.exit(STATUS_CODES["unknown"], f"zgc-monitor: {said}\n")


class _RefreshParser(_GivenParser):
    """``refresh``'s parser: a refusal of its arguments (``--wait -5``, an unknown option, both modes) ends as every
    other refused refresh does, for the scheduler that reads its last line and for ``status``: the JSON line
    ``{date, mode, ok: false, error, exit: 2}`` on standard output, one line on standard error, and a refused
    attempt in ``state/refreshes.jsonl``.  argparse printed its usage alone."""

    def error(self, message: str):
        live, offline = "--live" in self._given, "--offline" in self._given
        day = self._value("--date")
        _refuse_refresh(argparse.Namespace(date=None, live=live and not offline, offline=offline and not live),
                        message, date_asked=day)
        self.exit(EXIT_USAGE, f"zgc-monitor: {message} (see zgc-monitor refresh --help)\n")


def _date_or_none(text: str | None) -> date | None:
    try:
        return _date(text) if text else None
    except argparse.ArgumentTypeError:
        return None


def _taxonomy_refused(tax=None) -> None:
    """A taxonomy the warehouse would refuse (older than the one that labelled it, or its version's files changed
    since) refused before the run as a bad file is: recorded as refused (``status``: "refused"), exit 1 as the run's
    own check (its first step) says, where a Dagster run was made to fail.  *tax*: the taxonomy in use, if loaded."""
    if said := _taxonomy_refusal(Warehouse(), tax):
        raise CliError(said, EXIT_FAILED)


def _taxonomy_refusal(store: Warehouse, tax=None) -> str | None:
    """Why the warehouse would refuse the taxonomy in use (*tax*, else $ZGC_TAXONOMY's or the packaged one, read), or
    None: read from the published snapshot, which readers share; a taxonomy or snapshot that cannot be read leaves it
    to the checks that read them (None)."""
    import duckdb

    from pipeline import warehouse as wh
    from pipeline.taxonomy import TaxonomyError, load_taxonomy

    if not store.published_db.is_file():
        return None
    try:
        tax = tax or load_taxonomy(model=False)
        con = duckdb.connect(str(store.published_db), read_only=True)
    except (TaxonomyError, duckdb.Error, OSError):   # (said by the checks before, or by the run)
        return None
    try:
        wh.check_taxonomy(con, tax.version, tax.sha256, tax.path)
    except wh.TaxonomyMismatch as exc:
        return str(exc)
    except duckdb.Error:
        pass
    finally:
        con.close()
    return None


def _refuse_refresh(args, message: str, *, date_asked: str | None = None) -> None:
    """Say that a refresh was refused for its arguments, before it started: its JSON line, its attempts-file line."""
    mode = "live" if args.live else "offline" if args.offline else None
    print(json.dumps({"date": date_asked if date_asked is not None else args.date, "mode": mode, "ok": False,
                      "error": message, "exit": EXIT_USAGE}, ensure_ascii=False), flush=True)
    _record_refused(argparse.Namespace(date=None, live=args.live, offline=args.offline), message, EXIT_USAGE,
                    mode=mode, date_asked=date_asked)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zgc-monitor", description=__doc__.splitlines()[0])
    noise = p.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="store_true", help="debug logs, and a traceback for an unexpected error")
    noise.add_argument("-q", "--quiet", action="store_true", help="warnings and errors only on stderr (for cron)")
    # the same flags after the command name (`zgc-monitor refresh --offline -q`); SUPPRESS keeps the ones given first
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", required=True)

    def command(name: str, **kw) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], **kw)

    r = command("refresh", help="crawl, extract, classify, load and publish one day; render its digest")
    r.__class__ = _RefreshParser   # (its own error(): add_parser takes no parser class of its own before Python 3.14)
    p.refresh_parser = r
    # (read as text and checked by the refresh itself, so that a malformed one is refused with the last JSON line a
    # scheduler reads, as an out-of-range one is; argparse's own refusal printed only its usage)
    r.add_argument("--date", help="partition day, YYYY-MM-DD (default: today, Asia/Shanghai)")
    mode = r.add_mutually_exclusive_group()   # one of them is required: checked by the refresh (its last JSON line)
    mode.add_argument("--offline", action="store_true", help="crawl the bundled archive on 127.0.0.1")
    mode.add_argument("--live", action="store_true", help="crawl the real sites")
    r.add_argument("--sources", help="sources file (default: $ZGC_SOURCES or the bundled registry)")
    r.add_argument("--only", help="comma-separated source names")
    r.add_argument("--wait", type=_seconds, default=0.0, help="seconds to wait for a running refresh (default 0)")
    r.set_defaults(func=cmd_refresh)

    rp = command("reprocess", help="rebuild a day's articles from the WARC archive, without crawling")
    rp.add_argument("--date", type=_date, required=True, help="the day (YYYY-MM-DD) whose articles are rebuilt")
    rp.add_argument("--sources", help="sources file whose hints apply (default: $ZGC_SOURCES or the bundled registry)")
    rp.add_argument("--wait", type=_seconds, default=0.0,
                    help="seconds to wait for a refresh (or another command holding its lock) to finish (default 0: "
                         "exit 75 at once)")
    rp.set_defaults(func=cmd_reprocess)

    e = command("extract", help="extract article fields from saved pages (one JSON line per file)")
    e.add_argument("--url", help="the page's http(s) URL (helps metadata; the registry source that owns it lends its "
                                 "extraction hints)")
    e.add_argument("--sources", help="sources file whose hints apply (default: $ZGC_SOURCES or the bundled registry)")
    e.add_argument("files", nargs="+")
    e.set_defaults(func=cmd_extract)

    c = command("classify", help="classify JSON Lines {id, title?, text} from stdin")
    c.add_argument("--threshold", type=_threshold,
                   help="label score threshold in [0, 1] (default: pipeline.classify.DEFAULT_THRESHOLD, 0.5; the "
                        "taxonomy's task_model thresholds are the learned model's own; relevance keeps its own, 0.5)")
    c.add_argument("--taxonomy", type=Path, metavar="FILE",
                   help="a taxonomy file to classify with (a candidate version; default: $ZGC_TAXONOMY, else the "
                        "packaged one)")
    c.set_defaults(func=cmd_classify)

    d = command("digest", help="render the digest of a day from the published warehouse")
    d.add_argument("--date", type=_date, required=True)
    d.add_argument("--print", action="store_true",
                   help="print the Markdown instead of writing the files (read only; with --mail the files are written "
                        "and mailed as without --print)")
    d.add_argument("--lang", help="the digest's language: en (English) or zh (simplified Chinese); default "
                                  "$ZGC_DIGEST_LANG, else en (another than $ZGC_DIGEST_LANG's is written to "
                                  "<day>.<lang>.md and .html)")
    d.add_argument("--mail", action="store_true", help="also mail it to $ZGC_MAIL_TO (again, if it was sent)")
    d.set_defaults(func=cmd_digest)

    w = command("paths", help="where the warehouse, digests, archive, Dagster instance, sources and taxonomy are")
    w.add_argument("name", nargs="?", choices=("warehouse", "snapshot", "digests", "archive", "state", "dagster_home",
                                               "sources", "taxonomy"), help="print this one path alone")
    w.set_defaults(func=cmd_paths)

    pr = command("prune", help="remove the WARC archive, crawl resume folders and Dagster runs of old days "
                               "(articles, labels and digests stay)")
    pr.add_argument("--keep-days", type=_keep_days, required=True,
                    help="days to keep, today (Asia/Shanghai) included; older days lose their raw pages")
    pr.add_argument("--dry-run", action="store_true", help="say what would be removed, remove nothing")
    pr.add_argument("--keep-runs", action="store_true", help="leave Dagster's run history alone")
    pr.add_argument("--wait", type=_seconds, default=0.0, help="seconds to wait for a running refresh (default 0)")
    pr.set_defaults(func=cmd_prune)

    td = command("takedown", help="remove stored articles wholly (on request) and never fetch them again")
    td.add_argument("urls", nargs="+", type=_takedown_name, metavar="URL",
                    help="an article's address (any form of it the crawl folds to the same key) or its id")
    td.add_argument("--reason", help="why (kept in the takedowns table and, with --undo too, in takedown_log)")
    td.add_argument("--purge-archive", action="store_true",
                    help="also remove its records from the WARC archive (the other records stay readable)")
    td.add_argument("--dry-run", action="store_true", help="say what would be removed, remove nothing")
    td.add_argument("--undo", action="store_true",
                    help="allow taken-down pages again: the next crawl may fetch them (nothing removed comes back)")
    td.add_argument("--wait", type=_seconds, default=0.0, help="seconds to wait for a running refresh (default 0)")
    td.set_defaults(func=cmd_takedown)

    q = command("sql", help="run a read-only query on the published warehouse")
    q.add_argument("query", help="one SQL statement, or - to read it from stdin (of several statements only the "
                                 "last one's rows are printed)")
    q.add_argument("--format", choices=("table", "json", "csv", "csv-raw"), default="table",
                   help="table: tab-separated, NULL for a missing value, \\t \\n \\\\ escaped; json: one object "
                        "per line; csv: RFC 4180 with a header row, a text cell that a spreadsheet would take for a "
                        "formula (= + - @, a tab or a carriage return first) prefixed with '; csv-raw: the same without that prefix")
    q.add_argument("--bom", action="store_true",
                   help="csv: begin with a UTF-8 byte-order mark, without which Excel shows Chinese text as mojibake")
    q.set_defaults(func=cmd_sql)

    st = command("status", help="a monitoring check of the warehouse: fresh, the day refreshed, sources healthy "
                                "(exit 0 ok, 1 warning, 2 critical, 3 unknown)")
    st.__class__ = _StatusParser
    p.status_parser = st
    st.add_argument("--date", type=_date, help="the day to check (default: today in Asia/Shanghai, which is not "
                                               "required to be refreshed yet)")
    st.add_argument("--max-age", type=_float_in(0.1, 24 * 365, "a number of hours from 0.1"), default=MAX_AGE_HOURS,
                    help=f"hours since the last refresh finished before it is critical (default {MAX_AGE_HOURS:g})")
    st.add_argument("--due", type=_clock, default=DUE,
                    help=f"Beijing time by which today must be refreshed (default {DUE:%H:%M}; without --date)")
    st.add_argument("--format", choices=("json", "nagios", "prometheus"), default="json",
                    help="json (one line), nagios (a plugin's line), prometheus (gauges; exit 0, zgc_status says)")
    st.set_defaults(func=cmd_status)

    s = command("sources", help="list or check the source registry")
    s.add_argument("action", choices=("list", "check"))
    s.add_argument("--json", action="store_true", help="list: the registry as JSON (check always prints JSON lines)")
    s.add_argument("--sources", help="sources file (default: $ZGC_SOURCES or the bundled registry)")
    s.add_argument("--live", action="store_true", help="check: fetch the real sites (default: the offline archive)")
    s.add_argument("--timeout", type=_timeout, default=None,
                   help="check: seconds for each read of a request (a whole request gets three times that; default 20)")
    s.set_defaults(func=cmd_sources)
    return p


_SIGNALLED: list[int] = []
# the read end of the pipe main() hands signal.set_wakeup_fd, and the SIGINTs and SIGTERMs read from it
_WAKEUP: list[int] = []
_RECEIVED: list[int] = []


def _on_signal(signum, frame):
    """SIGTERM (what `timeout` and a scheduler's stop send) and SIGINT unwind the command like Ctrl-C: locks are
    released, the crawl process ends with its parent, and what was stored stays as the last commit left it."""
    _SIGNALLED.append(signum)
    raise KeyboardInterrupt


def _by_signal() -> str:
    """What "interrupted" is followed by: " by SIGTERM" (or SIGINT), the first of them this command received,
    whichever Python handler took it; "" when none is known.  While a refresh's steps run Dagster's own handler takes them (it turns them into a step's
    DagsterExecutionInterruptedError, recording no number, and maps SIGTERM to its SIGINT handler), so that the
    refresh's interruption was said without its signal: Python's C-level handler writes each signal's number to the
    wakeup pipe main() set before any Python handler runs, and that is read here."""
    import signal

    wanted = (signal.SIGINT, signal.SIGTERM)
    if _WAKEUP:
        with contextlib.suppress(OSError):   # (BlockingIOError: nothing more to read)
            while data := os.read(_WAKEUP[0], 512):
                _RECEIVED.extend(n for n in data if n in wanted)
    first = (_RECEIVED or _SIGNALLED or [None])[0]
    return f" by {signal.Signals(first).name}" if first else ""


# what an interruption's message adds for the commands that store something (extract, classify, sql, status: nothing)
_INTERRUPTED_SAYS = {"refresh": "; what was stored is kept (a refresh run again resumes its crawl)",
                     **dict.fromkeys(("reprocess", "takedown", "prune", "digest"), "; what was stored is kept")}


def _command_name(argv: list[str] | None) -> str | None:
    """The command of *argv* (the first word that is not an option), for messages."""
    return next((a for a in (sys.argv[1:] if argv is None else argv) if not a.startswith("-")), None)


# set in the environment of the copy of the command main() starts in Python's UTF-8 mode: it does not start another
_UTF8_RESTARTED = "ZGC_UTF8_RESTARTED"


def _is_utf8(encoding: str | None) -> bool:
    import codecs

    try:
        return codecs.lookup(encoding or "ascii").name == "utf-8"
    except LookupError:
        return False


def _restart_in_utf8_mode() -> None:
    """Under a locale whose encoding is not UTF-8 (zh_CN.GBK, en_US.ISO-8859-1), run this command again, the same
    command line, in Python's UTF-8 mode (PYTHONUTF8=1), so that its output, the file names it hands DuckDB and
    the files libraries open without naming an encoding are UTF-8, and so are the crawl's and every process it
    starts (they inherit the setting). Returns when there is nothing to do or it cannot be done."""
    import locale

    if sys.flags.utf8_mode or os.environ.get(_UTF8_RESTARTED):   # (PYTHONUTF8=1 refused: -X utf8=0, -E)
        return
    if _is_utf8(locale.getpreferredencoding(False)) and _is_utf8(sys.getfilesystemencoding()):
        return
    orig = getattr(sys, "orig_argv", None)
    if not sys.executable or not orig or len(orig) < 2 or sys.argv[0] in ("", "-"):   # no command line to run again
        return
    # the command line's own bytes: decoded in the locale's encoding and encoded again they can differ (GBK)
    try:
        with open("/proc/self/cmdline", "rb") as f:
            args = f.read().split(b"\0")[:-1]
    except OSError:
        args = []
    if len(args) != len(orig):
        args = [os.fsencode(a) for a in orig]
    env = {**os.environb, b"PYTHONUTF8": b"1", _UTF8_RESTARTED.encode(): b"1"}
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    with contextlib.suppress(OSError, ValueError):
        os.execve(sys.executable, [os.fsencode(sys.executable), *args[1:]], env)


def _utf8_streams() -> None:
    """Standard output and error write UTF-8 whatever the locale or PYTHONIOENCODING say (JSON is UTF-8, and
    classify reads only UTF-8): what the restart in UTF-8 mode does not settle."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure") and not _is_utf8(getattr(stream, "encoding", "")):
            with contextlib.suppress(Exception):
                stream.reconfigure(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import signal
    import threading

    if argv is None:   # the command itself (the console script, python -m pipeline.cli), not a caller in Python
        _restart_in_utf8_mode()
        _utf8_streams()
    handlers, pipe, wakeup = {}, (), -1
    _SIGNALLED.clear()
    _RECEIVED.clear()
    if threading.current_thread() is threading.main_thread():
        # (each signal's number, whichever handler takes it: Dagster's, during a refresh's steps, records none)
        with contextlib.suppress(OSError, ValueError):
            pipe = os.pipe()
            for fd in pipe:
                os.set_blocking(fd, False)
            wakeup = signal.set_wakeup_fd(pipe[1], warn_on_full_buffer=False)
            _WAKEUP[:] = pipe[:1]
        handlers = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        code = _main(argv)
    except KeyboardInterrupt:  # a signal that arrived while an error was being reported
        code = EXIT_INTERRUPTED
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        by = _by_signal()
        if _WAKEUP:
            with contextlib.suppress(OSError, ValueError):
                signal.set_wakeup_fd(wakeup)
            _WAKEUP.clear()
        for fd in pipe:
            os.close(fd)
    if code == EXIT_INTERRUPTED or _SIGNALLED:
        said = _INTERRUPTED_SAYS.get(_command_name(argv), "")
        print(f"zgc-monitor: interrupted{by}{said}", file=sys.stderr)
        return EXIT_INTERRUPTED
    return code


# the commands whose output is what they were run for: with standard output closed they refuse to run (the others
# act, and say so by their exit code too: a refresh, status's reading)
_OUTPUT_IS_THE_RESULT = frozenset({"extract", "classify", "digest", "paths", "sql", "sources"})   # digest: --print


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        if args.command == "refresh":   # (refused as the refresh's other bad arguments are: its JSON line)
            parser.refresh_parser.error(f"unrecognized arguments: {' '.join(extra)}")
        if args.command == "status":
            parser.status_parser.error(f"unrecognized arguments: {' '.join(extra)}")
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.verbose and args.quiet:
        parser.error("-v/--verbose and -q/--quiet contradict each other")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if not args.verbose:  # its "discarding data" notes are about its own internals, not the user's input
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
    name = _command_name(argv)
    if (sys.stdout is None and name in _OUTPUT_IS_THE_RESULT   # `>&-`: print() writes nowhere and exits 0
            and (name != "digest" or args.print)):   # (a digest written to files, or mailed, is not lost)
        print(f"zgc-monitor: standard output is closed (>&-): {name} has nowhere to write its result; send it to "
              "a file (> FILE) or a pipe", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except CliError as exc:
        if _SIGNALLED:  # a step that failed because it was interrupted: main() says so
            return EXIT_INTERRUPTED
        print(f"zgc-monitor: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (``zgc-monitor sql ... | head``): stop quietly, as a shell tool killed by SIGPIPE
        # does; what is left to flush goes nowhere instead of raising again at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE
    except Exception as exc:  # everything else still gets one line and an exit code (-v shows where it came from)
        if _SIGNALLED:   # (what the interruption made fail, e.g. DuckDB's "Query interrupted": main() says it once)
            return EXIT_INTERRUPTED
        message, code = _error_line(exc)
        if args.verbose and code == EXIT_FAILED:
            logging.getLogger(__name__).exception("the error's traceback")
        print(f"zgc-monitor: {message}", file=sys.stderr)
        return code


# what a write that failed for want of room says besides its error (the fix is the operator's, not the data's)
_NO_ROOM = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
            errno.EFBIG: "a file-size limit (ulimit -f) stops the file"}


def _error_line(exc: Exception) -> tuple[str, int]:
    """The one-line message (after ``zgc-monitor: ``) and the exit code of an error no command turned into a
    CliError; a refresh's last JSON line says the same."""
    from pipeline.taxonomy import TaxonomyError
    from pipeline.warehouse import (DamagedDatabase, TaxonomyMismatch, WarehouseRewound, WarehouseTooNew,
                                    WarehouseTooOld)
    from spiders.sources import SourceConfigError

    import duckdb

    if isinstance(exc, SourceConfigError):
        return f"bad sources file: {exc}", EXIT_USAGE
    if isinstance(exc, TaxonomyError):
        if os.environ.get("ZGC_TAXONOMY"):   # a version the user deployed: bad input, as --taxonomy's
            return f"bad taxonomy file (ZGC_TAXONOMY): {exc}", EXIT_USAGE
        return f"cannot load the taxonomy: {exc}", EXIT_FAILED   # the packaged one is damaged
    if isinstance(exc, WarehouseBusy):
        return str(exc), EXIT_BUSY
    if isinstance(exc, OSError) and exc.errno == errno.EMFILE:   # (a refresh checks the limit before it starts)
        return f"{_too_few_files('this command', ran_out=True)} ({exc})", EXIT_USAGE
    if isinstance(exc, OSError):  # a warehouse or state directory that cannot be written, a full disk ...
        room = _NO_ROOM.get(exc.errno)
        return (f"{exc}" + (f" ({room}: make room, then run it again; what was stored is kept)" if room else ""),
                EXIT_FAILED)
    if isinstance(exc, (DamagedDatabase, WarehouseRewound, WarehouseTooNew, WarehouseTooOld, TaxonomyMismatch)):
        return str(exc), EXIT_FAILED
    if isinstance(exc, duckdb.Error):  # a damaged or full database file
        return f"database error: {type(exc).__name__}: {first_line(exc)}", EXIT_FAILED
    if type(exc).__module__.split(".")[0] in ("sqlalchemy", "sqlite3") and _SQLITE_NO_ROOM.search(str(exc)):
        # the project's own data is DuckDB's: SQLite is the Dagster instance's run and event storage
        return _dagster_no_room(exc), EXIT_FAILED
    return (f"unexpected error: {type(exc).__name__}: {first_line(exc)} (run with -v for the traceback)",
            EXIT_FAILED)

if __name__ == "__main__":
    sys.exit(main())
