"""What the crawl tells the sites it asks about itself: the User-Agent of every request, with a contact.

A site's operator who wants the crawl slowed, stopped or explained needs to know whose it is.  The
User-Agent always starts with the product token ``zgc-monitor/<version>`` (what robots.txt groups match,
``User-agent: zgc-monitor``); ``$ZGC_CRAWL_CONTACT`` adds the operator's contact to it, an ``http(s)://``
page or an e-mail address, and an e-mail address is also sent as the ``From`` header (RFC 9110 §10.1.2,
the header meant for a crawler's operator).  A contact that is neither is refused, naming the variable,
before a crawl or check sends anything: a typo must not be broadcast to every site.

The value is read when a crawl or a ``sources check`` starts, not when this module is imported, so a
long-lived process (Dagster's code server) picks up a changed setting with its next run.
"""

from __future__ import annotations

import os
import re

from pipeline import __version__

__all__ = ["CONTACT_ENV", "PRODUCT", "crawl_contact", "user_agent", "request_headers"]

CONTACT_ENV = "ZGC_CRAWL_CONTACT"
PRODUCT = f"zgc-monitor/{__version__}"
_PURPOSE = "news monitoring of Zhongguancun coverage"
# an address a header can carry as it is: no white space, no comment delimiters, no control characters
_EMAIL = re.compile(r"[^@\s()<>\\\"\x00-\x1f\x7f]+@[^@\s()<>\\\"\x00-\x1f\x7f.]+(\.[^@\s()<>\\\"\x00-\x1f\x7f.]+)+")
_PAGE = re.compile(r"https?://[^/\s()<>\\\"\x00-\x1f\x7f]+\.[^/\s()<>\\\"\x00-\x1f\x7f]+(/[^\s()<>\\\"\x00-\x1f\x7f]*)?",
                   re.IGNORECASE)
_MAX = 200


def crawl_contact(value: str | None = None) -> str | None:
    """The operator's contact (*value*, else ``$ZGC_CRAWL_CONTACT``): an ``http(s)://`` address or an e-mail
    address (``mailto:`` allowed and dropped), or None when unset or blank.  Anything else raises ValueError
    naming the variable and what it holds."""
    raw = os.environ.get(CONTACT_ENV, "") if value is None else value
    contact = raw.strip()
    if not contact:
        return None
    if contact.lower().startswith("mailto:"):
        contact = contact[len("mailto:"):]
    if len(contact) <= _MAX and (_EMAIL.fullmatch(contact) or _PAGE.fullmatch(contact)):
        return contact
    raise ValueError(f"{CONTACT_ENV}={raw!r} is not a contact the crawl can send: give an http(s):// address of a page "
                     f"about the crawl, or an e-mail address (no spaces, parentheses or angle brackets, at most "
                     f"{_MAX} characters)")


def user_agent(contact: str | None = None) -> str:
    """``zgc-monitor/<version> (+<contact>; news monitoring of Zhongguancun coverage)``, or without a contact
    ``zgc-monitor/<version> (+news monitoring of Zhongguancun coverage; polite crawler)``."""
    if contact:
        return f"{PRODUCT} (+{contact}; {_PURPOSE})"
    return f"{PRODUCT} (+{_PURPOSE}; polite crawler)"


def request_headers(contact: str | None = None) -> dict[str, str]:
    """The headers that say who is asking: ``User-Agent``, and ``From`` when the contact is an e-mail address."""
    headers = {"User-Agent": user_agent(contact)}
    if contact and "@" in contact and not contact.lower().startswith(("http://", "https://")):
        headers["From"] = contact
    return headers
