"""The day's digest by mail: the HTML digest with its Markdown read as plain text as the plain-text part, over SMTP
(standard library).
The parts go 8bit to a server that advertises 8BITMIME, else base64 (``part_encoding``). The digest's lists are cut
so that the whole message stays under ``MESSAGE_MAX`` (pipeline.digest.fit_message): the files for an 8bit message,
and again for base64 as it is sent where the server takes only that (``mail_digest``); a day mailed so is written for
base64 after (``sent_base64``), its files staying what was mailed.

Configured in the environment of the process that refreshes (cron's, Dagster's), like the other settings:

``ZGC_MAIL_TO``        the team's addresses, comma-separated (one given twice is sent one message); mailing is off
                       when it is unset or empty (spaces or commas alone are refused: whoever set them meant to mail)
``ZGC_MAIL_FROM``      the sender (default ``zgc-monitor@<host name>``; a host name without a dot, which many servers
                       refuse as a sender's domain, is warned of)
``ZGC_SMTP_HOST``      the mail server (default ``localhost``), ``ZGC_SMTP_PORT`` (default 25, or 587 / 465 as
                       ``ZGC_SMTP_SECURITY`` implies)
``ZGC_SMTP_SECURITY``  ``none``, ``starttls`` or ``ssl`` (default: ``ssl`` on port 465, ``starttls`` on 587, else
                       none, but a login is never sent unencrypted unless ``none`` is set: STARTTLS is used when the
                       server offers it, and the mail is refused when it does not)
``ZGC_SMTP_USER``, ``ZGC_SMTP_PASSWORD``   a login, when the server asks for one (both, or neither)
``ZGC_MAIL_TIMEOUT``   seconds to wait for the mail server (to connect, and for each of its answers; default 60)

A refresh mails a day's digest once: a repeat of the day whose digest came out the same sends nothing (but to an
address added to ``ZGC_MAIL_TO`` since, or one the server refused then), one that found more sends the new digest.
``state/mailed.json`` keeps, per day, what was sent in each language and to whom, and the last error, which
``zgc-monitor status`` reads whichever process mailed (the CLI, a Dagster run).  ``zgc-monitor digest --date D
--mail`` sends it again whatever was sent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import smtplib
import socket
import ssl
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timezone
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid, parseaddr
from pathlib import Path

_log = logging.getLogger(__name__)

SECURITY = ("none", "starttls", "ssl")
TIMEOUT = 60.0   # seconds to wait for the mail server (ZGC_MAIL_TIMEOUT): to connect, and for each of its answers
# under the warehouse's state/: {day: {"sent": {lang: {"sha256", "to": [addresses], "at", "relevant"}}, "error",
# "error_at"}} ("relevant": the count of relevant articles of the digest sent)
# (an earlier version's {day: sha256} is read as sent to the addresses of now)
MAILED_FILE = "mailed.json"
_BARE_HOSTS_SAID: set[str] = set()   # the host names without a dot a warning has named (``mail_settings``)
_LIST_COMMA = re.compile(r',(?=(?:[^"]*"[^"]*")*[^"]*$)')   # a comma outside "quoted, names"


# The most a digest's message may weigh as sent (headers, both parts as encoded, and line ends included): Gmail clips a
# message past about 102 KB (104,448 bytes), and the servers it crosses add their headers (Received, DKIM, ARC: a few
# KB). The digest keeps its lists short enough for it (pipeline.digest.fit_message): a busy day's message was 231 KB,
# its HTML under 100 KB but the Markdown beside it as the plain-text part, each base64-encoded (4 bytes for 3).
MESSAGE_MAX = 96 * 1024
# what the message holds beside its two parts' bodies when no mail settings say what its headers are (a digest
# rendered with mailing off): its headers (an encoded Chinese subject, a score of addresses), the parts' headers and
# the MIME boundaries (a digest to three addresses: 0.8 KB). With them, the headers are measured (``header_bytes``):
# every address is in the one To header, and 60 of them took 5 KB, which passed the budget by 78 bytes.
MESSAGE_OVERHEAD = 3 * 1024
HEADER_SLACK = 64   # (a Message-ID or Date a few characters longer when the mail is sent than when it was measured)


def _base64_bytes(n: int) -> int:
    """The bytes *n* bytes take base64-encoded as a message body: 76 characters a line (57 bytes), CRLF after each."""
    return 4 * -(-n // 3) + 2 * -(-n // 57)


def _text_bytes(text: str) -> int:
    """The bytes of a text part's body before its encoding: UTF-8, each line ended by CRLF (``digest_message``)."""
    return len(text.encode("utf-8")) + text.count("\n") + (0 if text.endswith("\n") else 2)


def part_encoding(text: str, eight_bit: bool = True) -> str:
    """How a text part of the digest's message is sent: ``8bit``, UTF-8 as it is (RFC 6152), where the server takes
    it (*eight_bit*: it advertised 8BITMIME) and every line of *text* is at most ``digest.LINE_MAX`` (998) octets
    (RFC 5322: a relay may break a longer one) and it holds no NUL; else ``base64`` (4 bytes for 3)."""
    from pipeline.digest import LINE_MAX

    if not eight_bit or "\0" in text:
        return "base64"
    # (the lines as the message has them: email splits its body at CR, LF and CRLF)
    return "8bit" if all(len(line) <= LINE_MAX for line in text.encode("utf-8").splitlines()) else "base64"


def _part_bytes(text: str, eight_bit: bool) -> int:
    n = _text_bytes(text)
    return n if part_encoding(text, eight_bit) == "8bit" else _base64_bytes(n)


def header_bytes(settings: "MailSettings", subject: str, eight_bit: bool = True) -> int:
    """The bytes the digest's message takes beside its two parts' bodies, sent to every address of *settings* with
    *subject*: its headers, the parts' headers and the MIME boundaries, measured on the message itself (8bit
    or base64 as *eight_bit* says: the parts' Content-Transfer-Encoding)."""
    return len(digest_message(settings, subject, "", "", eight_bit=eight_bit).as_bytes()) + HEADER_SLACK


def message_bytes(markdown: str, html: str, headers: int | None = None, *, eight_bit: bool = True) -> int:
    """How many bytes the digest's message (``digest_message``) takes with this Markdown (its plain-text part is
    ``plain_text`` of it) and HTML, as sent to a server that takes 8bit (*eight_bit*, the default: each part 8bit
    where ``part_encoding`` allows, else base64) or one that does not (both base64), and *headers*
    (``header_bytes``; else MESSAGE_OVERHEAD, an estimate)."""
    from pipeline.digest import plain_text

    return (_part_bytes(plain_text(markdown), eight_bit) + _part_bytes(html, eight_bit)
            + (MESSAGE_OVERHEAD if headers is None else headers))


class MailError(RuntimeError):
    """The digest could not be sent; the message names the server and the cause."""


@dataclass(frozen=True)
class MailSettings:
    to: tuple[str, ...]
    sender: str
    host: str
    port: int
    security: str
    user: str | None = None
    password: str | None = None
    timeout: float = TIMEOUT


def _address(value: str, name: str) -> str:
    """*value* (``a@b.cn`` or ``Name <a@b.cn>``) as given, or a ValueError naming the variable it came from."""
    value = value.strip()
    # (a quoted display name can carry line breaks, \x85, U+2028 past parseaddr; a full-width space in a Chinese
    # name is fine)
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        raise ValueError(f"{name}: {value!r} is not a mail address (it holds a line break or control character)")
    _, addr = parseaddr(value)
    local, _, domain = addr.partition("@")
    if not local or not domain or " " in addr or not (value == addr or value.endswith(f"<{addr}>")):
        raise ValueError(f"{name}: {value!r} is not a mail address")
    ascii_domain = domain
    if not domain.isascii():   # an internationalised domain, in the ASCII form every mail server takes
        import idna

        try:   # (today's rules: straße.de is xn--strae-oqa.de, which the codec's 2003 rules made strasse.de)
            ascii_domain = idna.encode(domain, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            raise ValueError(f"{name}: {value!r} is not a mail address (its domain {domain!r} is no host name)") \
                from None
    # (judged in that form: 。 ． ｡ are full stops there, so 例子。中国。 ends in an empty label too)
    if ascii_domain.endswith(".") or ".." in ascii_domain or ascii_domain.startswith("."):
        raise ValueError(f"{name}: {value!r} is not a mail address (its domain {domain!r} has an empty label)")
    if ascii_domain != domain:
        value = value[:len(value) - len(domain) - (1 if value.endswith(">") else 0)] + ascii_domain + \
            (">" if value.endswith(">") else "")
    return value


def _without_repeats(addresses: tuple[str, ...]) -> tuple[str, ...]:
    """*addresses* (as ``_address`` gives them) with an address given again left out, the first kept, in their order:
    the same address under another name, or its domain in other letters' case (a domain is read the same in any case;
    the part before the @ is left as it is, which a server may read so), was sent the digest twice."""
    seen, kept = set(), []
    for value in addresses:
        if (key := address_of(value)) not in seen:
            seen.add(key)
            kept.append(value)
    return tuple(kept)


def address_of(value: str) -> str:
    """The address alone of ``Name <a@b.cn>``, its domain lower-cased and the part before the @ as given (a domain
    is read the same in any case; the part before it is the server's to read, and may name another mailbox): what
    tells one address from another, in removing repeats from ``ZGC_MAIL_TO``, in the record of who got a digest
    (``mailed.json``) and in the server's refusals."""
    local, at, domain = parseaddr(value)[1].rpartition("@")
    return f"{local}{at}{domain.lower()}"


# a record of who got a digest written so (its "to" as address_of gives them); an older one lower-cased the whole
# addresses, and is read so
CASE_KEPT = "local_part_case_kept"


def mail_settings(env: dict[str, str] | None = None) -> MailSettings | None:
    """The mail settings of the environment, or None when ``ZGC_MAIL_TO`` is not set (or empty); a bad one (a
    ``ZGC_MAIL_TO`` of spaces or commas alone too) is a ValueError
    naming the variable (checked before a refresh starts)."""
    env = os.environ if env is None else env
    raw_to = env.get("ZGC_MAIL_TO")
    if not raw_to:   # (unset, or set empty as a file of settings or a systemd unit clears a variable)
        return None
    # set to spaces or commas alone: whoever set it meant to mail (it read as mailing off, silently)
    to = tuple(_address(item, "ZGC_MAIL_TO") for item in _LIST_COMMA.split(raw_to.strip()) if item.strip())
    if not to:
        raise ValueError(f"ZGC_MAIL_TO: {raw_to!r} names no mail address (the team's addresses, comma-separated; "
                         "unset it to turn mailing off)")
    to = _without_repeats(to)
    if env.get("ZGC_MAIL_FROM"):
        sender = _address(env["ZGC_MAIL_FROM"], "ZGC_MAIL_FROM")
    else:
        host = _host_name()
        sender = _address(f"zgc-monitor@{host}", "ZGC_MAIL_FROM")
        # a host name without a dot (vm, localhost): many servers refuse a sender whose domain is no full name; said
        # once a process (the settings are read three or four times a refresh), the default kept (a relay on this
        # machine may take it)
        if "." not in host and host not in _BARE_HOSTS_SAID:
            _BARE_HOSTS_SAID.add(host)
            _log.warning("the digest's sender is zgc-monitor@%s (ZGC_MAIL_FROM is not set): this machine's name %r "
                         "has no dot, and many mail servers refuse such a sender; set ZGC_MAIL_FROM to an address "
                         "of the team's domain", host, host)
    security = (env.get("ZGC_SMTP_SECURITY") or "").strip().lower()
    port_raw = (env.get("ZGC_SMTP_PORT") or "").strip()
    if security and security not in SECURITY:
        raise ValueError(f"ZGC_SMTP_SECURITY must be one of {', '.join(SECURITY)}, not {security!r}")
    try:
        port = int(port_raw) if port_raw else {"ssl": 465, "starttls": 587}.get(security, 25)
        if not 0 < port < 65536:
            raise ValueError
    except ValueError:
        raise ValueError(f"ZGC_SMTP_PORT must be a port number from 1 to 65535, not {port_raw!r}") from None
    if not security:   # ("auto": none, but a login only over STARTTLS; ZGC_SMTP_SECURITY=none says plain is meant)
        security = {465: "ssl", 587: "starttls"}.get(port, "auto")
    user = env.get("ZGC_SMTP_USER") or None
    if user and not env.get("ZGC_SMTP_PASSWORD"):
        raise ValueError("ZGC_SMTP_USER is set without ZGC_SMTP_PASSWORD")
    if not user and env.get("ZGC_SMTP_PASSWORD"):   # (a login is sent only with a user: the password was unused)
        raise ValueError("ZGC_SMTP_PASSWORD is set without ZGC_SMTP_USER (a login needs both; without a user no "
                         "login is sent, and the password would be ignored)")
    timeout_raw = (env.get("ZGC_MAIL_TIMEOUT") or "").strip()
    try:
        timeout = float(timeout_raw) if timeout_raw else TIMEOUT
        if not 0 < timeout < float("inf"):   # (nan too)
            raise ValueError
    except ValueError:
        raise ValueError(f"ZGC_MAIL_TIMEOUT must be a positive number of seconds, not {timeout_raw!r}") from None
    return MailSettings(to=to, sender=sender, host=(env.get("ZGC_SMTP_HOST") or "localhost").strip(), port=port,
                        security=security, user=user, password=env.get("ZGC_SMTP_PASSWORD") or None,
                        timeout=timeout)


def _host_name() -> str:
    """This machine's name for the default sender: its fully qualified name, else its host name (``getfqdn`` says
    ``localhost`` where /etc/hosts maps the host name so), else ``localhost``."""
    for name in (socket.getfqdn(), socket.gethostname()):
        if name and name not in ("localhost", "localhost.localdomain") and not name.startswith("localhost."):
            return name
    return "localhost"


def digest_message(settings: MailSettings, subject: str, markdown: str, html: str,
                   to: tuple[str, ...] | None = None, *, eight_bit: bool = True) -> EmailMessage:
    """The digest as one message: the Markdown read as plain text (``pipeline.digest.plain_text``: what a text-only
    reader shows, without the Markdown's escapes and marks) as its plain-text part, the HTML as the part a mail
    client shows. Each part's lines end in CRLF before their encoding, as RFC 2045 and 2046 have a text part's
    canonical form (policy SMTP; the default policy's bare LF went into the base64). Each part is 8bit for a server
    that takes it (*eight_bit*) where its lines allow, else base64 (``part_encoding``)."""
    import email.policy

    from pipeline.digest import plain_text

    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = settings.sender
    msg["To"] = ", ".join(to or settings.to)
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2].rstrip(">") or None)
    # sent by a machine: no out-of-office or read replies back to it (RFC 3834; Exchange's own header)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    # 8bit: the text as it is, where the server takes it (RFC 6152: every server of note advertises 8BITMIME); else
    # base64: Chinese text takes a third more, where quoted-printable takes three times as much (a busy day's HTML
    # passed the 102 KB past which Gmail clips a message)
    text = plain_text(markdown)
    msg.set_content(text, subtype="plain", charset="utf-8", cte=part_encoding(text, eight_bit))
    msg.add_alternative(html, subtype="html", charset="utf-8", cte=part_encoding(html, eight_bit))
    return msg


def eight_bit_parts(msg: EmailMessage) -> bool:
    """Whether any part of *msg* is sent 8bit (the server must have said 8BITMIME)."""
    return any(str(p.get("Content-Transfer-Encoding", "")).lower() == "8bit" for p in msg.walk())


def send(settings: MailSettings, msg) -> dict:
    """Hand *msg* to the mail server: the addresses it refused while taking the others ({address: (code, reply)});
    a MailError names the server and what went wrong when it took the message for nobody. *msg* is the message, or
    what makes it once the server has said whether it takes 8bit (``make(eight_bit) -> EmailMessage``: 8BITMIME in
    its answer to EHLO); a message with an 8bit part is sent with ``BODY=8BITMIME``, and one to a server that does not
    take it is refused (a 7-bit relay would mangle it)."""
    where = f"{settings.host}:{settings.port}"
    try:
        if settings.security == "ssl":
            server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                      context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with server:
            if settings.security == "starttls" or (settings.security == "auto" and settings.user):
                server.ehlo()
                if settings.security == "auto" and not server.has_extn("starttls"):
                    raise MailError(f"the mail server {where} offers no STARTTLS, so the login of ZGC_SMTP_USER "
                                    "would cross the network unencrypted; nothing was sent. Set ZGC_SMTP_SECURITY to "
                                    "ssl or starttls for a server that has them, or to none to send the login "
                                    "unencrypted anyway (a server on this machine)")
                server.starttls(context=ssl.create_default_context())
            if settings.user:
                server.login(settings.user, settings.password or "")
            server.ehlo_or_helo_if_needed()
            eight_bit = server.has_extn("8bitmime")
            if callable(msg):
                msg = msg(eight_bit)
            has_8bit = eight_bit_parts(msg)
            if has_8bit and not eight_bit:
                raise MailError(f"the mail server {where} does not take 8bit mail (no 8BITMIME in its answer to "
                                "EHLO), and the message has an 8bit part; nothing was sent")
            to, skipped, international = _unless_smtputf8(server, msg, where)
            # (sent internationalised, smtplib adds SMTPUTF8 and BODY=8BITMIME itself: BODY twice, which a strict
            # server refuses)
            options = ["BODY=8BITMIME"] if has_8bit and not international else []
            refused = server.send_message(msg, to_addrs=to, mail_options=options)
            refused = {**(refused or {}), **skipped}
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"the mail server {where} refused the login of ZGC_SMTP_USER: {exc.smtp_code} "
                        f"{_said(exc.smtp_error)}") from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(f"the mail server {where} refused every address the digest was sent to: "
                        + "; ".join(f"{a} ({c} {_said(m)})" for a, (c, m) in exc.recipients.items())) from None
    except smtplib.SMTPException as exc:
        raise MailError(f"the mail server {where} did not take the digest: {exc}{_waited(exc, settings)}") from None
    except (OSError, ssl.SSLError) as exc:
        raise MailError(f"cannot reach the mail server {where}: {exc.strerror or exc}{_waited(exc, settings)}") from None
    return refused or {}


def _waited(exc: BaseException, settings: MailSettings) -> str:
    """What a failure that was the wait running out says of it (smtplib words one during an answer "Connection
    unexpectedly closed: timed out"): the seconds waited and the setting that sets them; else ""."""
    if isinstance(exc, TimeoutError) or "timed out" in str(exc):
        return f" (no answer in {settings.timeout:g} s; ZGC_MAIL_TIMEOUT sets how long to wait)"
    return ""


def _unless_smtputf8(server, msg: EmailMessage, where: str) -> tuple[list[str] | None, dict, bool]:
    """(the recipients to send to, or None for the message's own; the addresses set aside; whether smtplib sends it
    internationalised) where an address of *msg* is not ASCII (a mailbox name such as 张三@example.cn: its domain is
    sent in ASCII already): with a server that takes SMTPUTF8, every address as it is; with one that does not, the
    ASCII addresses alone, the others refused as the server would refuse them (one such address stopped the mail
    for everyone, in words naming none of them)."""
    sender = parseaddr(str(msg["From"] or ""))[1]
    rcpts = [a for _, a in getaddresses([str(v) for f in ("To", "Cc", "Bcc") for v in msg.get_all(f, [])])]
    if all(a.isascii() for a in (sender, *rcpts)):
        return None, {}, False
    if server.has_extn("smtputf8"):
        return None, {}, True
    no_utf8 = f"the mail server {where} does not take addresses that are not ASCII (no SMTPUTF8 in its answer to EHLO)"
    if not sender.isascii():
        raise MailError(f"{no_utf8}, and ZGC_MAIL_FROM {sender} is one; nothing was sent")
    ascii_ = [a for a in rcpts if a.isascii()]
    if not ascii_:
        raise MailError(f"{no_utf8}, and every address of ZGC_MAIL_TO is one ({', '.join(rcpts)}); nothing was sent")
    return ascii_, {a: (553, "not sent: the mail server does not take addresses that are not ASCII (no SMTPUTF8)")
                    for a in rcpts if not a.isascii()}, False


def resend_hint(day, sent: list) -> str:
    """How a digest that did not reach everyone is sent: `digest --mail` sends it again to every address, those who
    had it too; when some had it, the day's next refresh sends it to the others alone."""
    again = f"`zgc-monitor digest --date {day} --mail` sends it again"
    return (f"the day's next refresh sends it to those who did not get it; {again} to everyone, those who had it too"
            if sent else again)


def _sha256(markdown: str, html: str) -> str:
    return hashlib.sha256((markdown + "\0" + html).encode("utf-8")).hexdigest()


def _said(message) -> str:
    return message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)


def _record(state_dir: Path) -> dict:
    try:
        sent = json.loads((state_dir / MAILED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return sent if isinstance(sent, dict) else {}


def day_record(state_dir: Path, day: date) -> dict:
    """What was mailed of *day*: {"sent": {lang: {"sha256", "to", "at"}}, "error", "error_at"} (an earlier version's
    bare hash: sent, in the language of now, to addresses unknown); a part of another shape (a hand edit, a damaged
    file) is left out, as never sent."""
    entry = _record(state_dir).get(day.isoformat())
    if isinstance(entry, str):
        return {"sent": {"*": {"sha256": entry, "to": None, "at": None}}}
    if not isinstance(entry, dict):
        return {}
    sent = entry.get("sent") if isinstance(entry.get("sent"), dict) else {}
    sent = {lang: v for lang, v in sent.items() if isinstance(v, dict) and isinstance(v.get("sha256"), str)
            and (v.get("to") is None or isinstance(v.get("to"), list) and all(isinstance(a, str) for a in v["to"]))}
    out = {"sent": sent} if sent else {}
    if isinstance(entry.get("error"), str):
        out.update(error=entry["error"], error_at=entry.get("error_at") if isinstance(entry.get("error_at"), str)
                   else None)
    return out


def sent_base64(state_dir: Path, day: date, lang: str) -> bool:
    """Whether the day's digest in *lang* was last mailed with both parts base64 (a server without 8BITMIME): its
    files were fitted for that, and a day written again is fitted so (``write_digest``), so that they stay what was
    mailed."""
    sent = day_record(state_dir, day).get("sent") or {}
    encoding = (sent.get(lang) or sent.get("*") or {}).get("encoding")
    return isinstance(encoding, list) and bool(encoding) and all(e == "base64" for e in encoding)


def _keep(state_dir: Path, day: date, entry: dict) -> None:
    record = state_dir / MAILED_FILE
    sent = _record(state_dir)
    sent[day.isoformat()] = entry
    from pipeline.warehouse import write_whole

    with contextlib.suppress(OSError):   # (a record not kept means one more mail next time, nothing worse)
        write_whole(record, json.dumps(dict(sorted(sent.items())[-400:]), ensure_ascii=False, indent=0).encode("utf-8"))


def mail_digest(state_dir: Path, day: date, paths: dict, subject: str, *, force: bool = False,
                settings: MailSettings | None = None, lang: str = "en") -> dict | None:
    """Mail the day's digest files (*paths*: ``markdown``, ``html``, and ``relevant``, its count of relevant
    articles; in *lang*) to ``ZGC_MAIL_TO``: {"sent_to": [...]} (with "error" when the server refused some addresses
    and took the others), or {"unchanged": True, "sent_to": [...]} when that same digest went to every address
    already, or one with as many relevant articles (unless *force*: to them all again): a day rendered again later
    (a Dagster backfill, a re-materialised partition) shows corrections and withdrawals found since, which the
    digests of the days they were found on report; only more coverage of the day is news to mail. An address added
    since, or refused then, gets it now. None when mailing is off. A MailError when nobody got it; the day's
    record keeps the error, for ``status``."""
    settings = settings or mail_settings()
    if settings is None:
        return None
    from pipeline.warehouse import file_lock

    # one process at a time reads what was sent, sends and records it (two runs of one day both sent it to all)
    with file_lock(state_dir / "mail.lock", wait=120.0, what="the mail record", on_wait=_log.warning):
        return _mail_digest(state_dir, day, paths, subject, force=force, settings=settings, lang=lang)


def _mail_digest(state_dir: Path, day: date, paths: dict, subject: str, *, force: bool, settings: MailSettings,
                 lang: str) -> dict:
    markdown = Path(paths["markdown"]).read_text(encoding="utf-8")
    html = Path(paths["html"]).read_text(encoding="utf-8")
    digest = _sha256(markdown, html)
    relevant = paths.get("relevant")
    entry = day_record(state_dir, day)
    before = (entry.get("sent") or {}).get(lang) or (entry.get("sent") or {}).get("*") or {}
    same = before.get("sha256") == digest or (
        isinstance(relevant, int) and isinstance(before.get("relevant"), int) and relevant <= before["relevant"])
    # (an older record lower-cased whole addresses: read so, an address of ZGC_MAIL_TO it names in other case had it)
    kept_case = before.get("to") is None or before.get(CASE_KEPT) is True

    def key(address: str) -> str:
        return address_of(address) if kept_case else address_of(address).lower()

    had_to = list(settings.to if before.get("to") is None else before["to"]) if same else []
    had = {key(a) for a in had_to}
    to = settings.to if force else tuple(a for a in settings.to if key(a) not in had)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    if not to:
        entry = {k: v for k, v in entry.items() if k not in ("error", "error_at")}
        _keep(state_dir, day, entry)
        return {"unchanged": True, "sent_to": [a for a in settings.to]}
    sent: list[EmailMessage] = []

    def make(eight_bit: bool) -> EmailMessage:
        """The message for a server that takes 8bit or not: the digest was fitted to MESSAGE_MAX as 8bit (where its
        lines allow), or as base64 where the day was mailed so before (*paths*' "eight_bit"); a message too heavy as
        base64, or one fitted for base64 going to a server that takes 8bit, has it fitted again for the server
        (*paths*' "refit", which writes the files again: they stay the mail sent)."""
        nonlocal markdown, html, digest
        msg = digest_message(settings, subject, markdown, html, to, eight_bit=eight_bit)
        if (refit := paths.get("refit")) is not None and (len(msg.as_bytes()) > MESSAGE_MAX or (
                eight_bit and paths.get("eight_bit") is False)):
            markdown, html = refit(eight_bit)
            digest = _sha256(markdown, html)
            _log.info("the digest of %s was cut shorter to fit MESSAGE_MAX as the mail server %s:%s takes it (%s)",
                      day, settings.host, settings.port, "8bit" if eight_bit else "base64: no 8BITMIME")
            msg = digest_message(settings, subject, markdown, html, to, eight_bit=eight_bit)
        sent.append(msg)
        return msg

    try:
        refused = send(settings, make)
    except MailError as exc:
        _keep(state_dir, day, {**entry, "error": str(exc), "error_at": now})
        raise
    refused_keys = {address_of(r) for r in refused}
    got = [a for a in to if address_of(a) not in refused_keys]
    # (those who had it as ZGC_MAIL_TO names them now, where an older record lower-cased them; one no longer in
    # ZGC_MAIL_TO as the record had it)
    now_to = {key(a) for a in settings.to}
    reached = sorted({address_of(a) for a in settings.to if key(a) in had}
                     | {address_of(a) for a in had_to if key(a) not in now_to} | {address_of(a) for a in got})
    entry = {k: v for k, v in entry.items() if k not in ("error", "error_at")}
    # (an earlier version's record, "*", was this language's only when it holds this digest; else it is another's)
    entry["sent"] = {**{k: v for k, v in (entry.get("sent") or {}).items() if k != "*" or not same},
                     lang: {"sha256": digest, "to": reached, CASE_KEPT: True, "at": now,
                            **({"relevant": relevant} if isinstance(relevant, int) else {}),
                            # (how its parts went: 8bit where the server took it, else base64)
                            **({"encoding": [str(p["Content-Transfer-Encoding"]) for p in sent[-1].iter_parts()]}
                               if sent else {})}}
    said = {"sent_to": got}
    if refused:
        where = f"{settings.host}:{settings.port}"
        said["error"] = entry["error"] = (f"the mail server {where} refused " + "; ".join(
            f"{a} ({c} {_said(m)})" for a, (c, m) in refused.items()) + "; the digest went to the others")
        entry["error_at"] = now
    _keep(state_dir, day, entry)
    return said
