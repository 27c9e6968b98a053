"""The day's digest by mail: the HTML digest with its Markdown as the plain-text part, over SMTP (standard library).

Configured in the environment of the process that refreshes (cron's, Dagster's), like the other settings:

``ZGC_MAIL_TO``        the team's addresses, comma-separated; mailing is off without it
``ZGC_MAIL_FROM``      the sender (default ``zgc-monitor@<host name>``)
``ZGC_SMTP_HOST``      the mail server (default ``localhost``), ``ZGC_SMTP_PORT`` (default 25, or 587 / 465 as
                       ``ZGC_SMTP_SECURITY`` implies)
``ZGC_SMTP_SECURITY``  ``none``, ``starttls`` or ``ssl`` (default: ``ssl`` on port 465, ``starttls`` on 587, else
                       none, but a login is never sent unencrypted unless ``none`` is set: STARTTLS is used when the
                       server offers it, and the mail is refused when it does not)
``ZGC_SMTP_USER``, ``ZGC_SMTP_PASSWORD``   a login, when the server asks for one

A refresh mails a day's digest once: a repeat of the day whose digest came out the same sends nothing, one that
found more sends the new digest (``state/mailed.json`` keeps what was sent).  ``zgc-monitor digest --date D --mail``
sends it again whatever was sent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import smtplib
import socket
import ssl
import unicodedata
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path

SECURITY = ("none", "starttls", "ssl")
MAILED_FILE = "mailed.json"   # under the warehouse's state/: {day: sha256 of the digest sent}


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
    timeout: float = 60.0


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
    return value


def mail_settings(env: dict[str, str] | None = None) -> MailSettings | None:
    """The mail settings of the environment, or None when ``ZGC_MAIL_TO`` is not set; a bad one is a ValueError
    naming the variable (checked before a refresh starts)."""
    env = os.environ if env is None else env
    raw_to = (env.get("ZGC_MAIL_TO") or "").strip()
    if not raw_to:
        return None
    to = tuple(_address(item, "ZGC_MAIL_TO") for item in raw_to.split(",") if item.strip())
    if not to:
        raise ValueError(f"ZGC_MAIL_TO: {raw_to!r} names no mail address")
    sender = _address(env.get("ZGC_MAIL_FROM") or f"zgc-monitor@{socket.getfqdn() or 'localhost'}", "ZGC_MAIL_FROM")
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
    return MailSettings(to=to, sender=sender, host=(env.get("ZGC_SMTP_HOST") or "localhost").strip(), port=port,
                        security=security, user=user, password=env.get("ZGC_SMTP_PASSWORD") or None)


def digest_message(settings: MailSettings, subject: str, markdown: str, html: str) -> EmailMessage:
    """The digest as one message: the Markdown as its plain-text part (what a text-only reader shows), the HTML as
    the part a mail client shows."""
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = ", ".join(settings.to)
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2].rstrip(">") or None)
    msg.set_content(markdown, subtype="plain", charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


def send(settings: MailSettings, msg: EmailMessage) -> None:
    """Hand *msg* to the mail server; a MailError names the server and what went wrong."""
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
            refused = server.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"the mail server {where} refused the login of ZGC_SMTP_USER: {exc.smtp_code} "
                        f"{_said(exc.smtp_error)}") from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(f"the mail server {where} refused every address of ZGC_MAIL_TO: "
                        + "; ".join(f"{a} ({c} {_said(m)})" for a, (c, m) in exc.recipients.items())) from None
    except smtplib.SMTPException as exc:
        raise MailError(f"the mail server {where} did not take the digest: {exc}") from None
    except (OSError, ssl.SSLError) as exc:
        raise MailError(f"cannot reach the mail server {where}: {exc.strerror or exc}") from None
    if refused:
        raise MailError(f"the mail server {where} refused " + "; ".join(f"{a} ({c} {_said(m)})"
                                                                         for a, (c, m) in refused.items())
                        + "; the digest went to the others")


def _said(message) -> str:
    return message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)


def mail_digest(state_dir: Path, day: date, paths: dict, subject: str, *, force: bool = False,
                settings: MailSettings | None = None) -> dict | None:
    """Mail the day's digest files (*paths*: ``markdown``, ``html``) to ``ZGC_MAIL_TO``: {"sent_to": [...]}, or
    {"unchanged": True} when that same digest was sent already (unless *force*); None when mailing is off."""
    settings = settings or mail_settings()
    if settings is None:
        return None
    markdown = Path(paths["markdown"]).read_text(encoding="utf-8")
    html = Path(paths["html"]).read_text(encoding="utf-8")
    digest = hashlib.sha256((markdown + "\0" + html).encode("utf-8")).hexdigest()
    record = state_dir / MAILED_FILE
    try:
        sent = json.loads(record.read_text(encoding="utf-8"))
        sent = sent if isinstance(sent, dict) else {}
    except (OSError, ValueError):
        sent = {}
    if not force and sent.get(day.isoformat()) == digest:
        return {"unchanged": True, "sent_to": list(settings.to)}
    send(settings, digest_message(settings, subject, markdown, html))
    sent[day.isoformat()] = digest
    with contextlib.suppress(OSError):   # (a record not kept means one more mail next time, nothing worse)
        tmp = record.with_name(record.name + ".tmp")
        tmp.write_text(json.dumps(dict(sorted(sent.items())[-400:]), indent=0), encoding="utf-8")
        tmp.replace(record)
    return {"sent_to": list(settings.to)}
