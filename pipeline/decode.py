"""Bytes -> text for HTML pages, trusting no single declaration blindly.

Evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16) -- it is part of the bytes, so it wins;
2. the bytes themselves when they are valid UTF-8 and contain non-ASCII bytes: legacy
   Chinese encodings are practically never valid UTF-8 over more than a few characters,
   so a page saved as UTF-8 that still declares ``gb2312`` is read as UTF-8;
3. the declarations -- HTTP ``Content-Type`` charset, then ``<meta charset>`` /
   ``<meta http-equiv>`` -- each tried *strictly*: a declaration the bytes contradict
   (a decoding error) is skipped.  Latin-1 / ISO-8859-1 / ASCII / windows-1252 headers are
   server defaults, not statements about the page, so they are tried last;
4. charset-normalizer's guess;
5. GB18030 with replacement characters, as a last resort.

GB2312 and GBK declarations are decoded as GB18030 (a superset: pages labelled GB2312
routinely use GBK characters).  Big5 is decoded as Big5-HKSCS (a superset of cp950's
common part, and of the Hong Kong additions) and as cp950 (Microsoft's Big5, which Taiwanese sites
write and label ``big5``: its euro sign and kana are not in Big5-HKSCS), the more plausible reading kept.
"""

from __future__ import annotations

import codecs
import logging
import re
import zlib

logger = logging.getLogger(__name__)

__all__ = ["decode_html", "normalise_encoding_name", "declared_charsets", "plausibility", "gunzip_capped"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Declared names mapped to the codec we actually decode with.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "hz",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cp950": "cp950",
    "windows-950": "cp950",
    "x-x-big5": "big5hkscs",
    "utf8": "utf-8",
    "unicode": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
}

# Encodings that servers send by default; weak evidence, tried after everything else.
_UNRELIABLE = {"cp1252"}

_META_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""",
    re.IGNORECASE,
)
_HEADER_RE = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
# A replacement decoding is acceptable only if it contains at most this share of U+FFFD.
_MAX_BAD_SHARE = 0.001


def normalise_encoding_name(name: str | None) -> str | None:
    """Map a declared charset label to the codec used for it (``None`` if unknown, or not a text encoding:
    a page or a source that says ``base64`` or ``rot13`` names no charset)."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower().replace("_", "-")
    label = _SUPERSETS.get(label, label)
    if label in _SUPERSETS.values():
        return label
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def gunzip_capped(data: bytes, limit: int) -> bytes:
    """``data`` gunzipped when it is gzip (its magic bytes), else as it is; at most ``limit`` bytes come out, so a
    gzip bomb stops there.  ValueError when the gzip stream is damaged or cut short before any output."""
    if data[:2] != b"\x1f\x8b":
        return data
    gz = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = gz.decompress(data, limit)
    except zlib.error as exc:
        raise ValueError(f"damaged gzip data: {exc}") from None
    if not out and not gz.eof:
        raise ValueError("gzip data cut short or damaged")
    return out


def declared_charsets(body: bytes, header_content_type: str | None) -> tuple[str | None, str | None]:
    """(charset from the HTTP header, charset from the first ``<meta>`` in the first 4 KB)."""
    header = None
    if header_content_type:
        m = _HEADER_RE.search(header_content_type)
        header = normalise_encoding_name(m.group(1)) if m else None
    m = _META_RE.search(body[:4096]) or _META_RE.search(body[:65536])
    meta = normalise_encoding_name(m.group(1).decode("ascii", "ignore")) if m else None
    return header, meta


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _tolerant(body: bytes, encoding: str) -> str | None:
    """Decode with replacement; accept when bad bytes are a negligible share (stray bytes
    happen on real pages, e.g. a truncated character at a cut-off)."""
    try:
        text = body.decode(encoding, errors="replace")
    except LookupError:
        return None
    if text.count("\ufffd") <= max(2, int(len(text) * _MAX_BAD_SHARE)):
        return text
    return None


def decode_html(body: bytes, header_content_type: str | None = None,
                charset_hint: str | None = None) -> tuple[str, str]:
    """Decode an HTML page; returns ``(text, encoding used)``.

    ``header_content_type`` is the HTTP ``Content-Type`` header value, if any; ``charset_hint`` the
    encoding the source is declared to use (``charset`` in the sources file, for sites whose own
    declarations are unreliable), tried before the page's declarations; valid UTF-8 bytes still win.
    """
    for bom, enc in _BOMS:
        if body.startswith(bom):
            text = body.decode(enc, errors="replace")
            return text, "utf-8" if enc == "utf-8-sig" else enc

    if body.isascii():
        return body.decode("ascii"), "ascii"

    text = _strict(body, "utf-8")
    if text is not None:
        return text, "utf-8"

    header, meta = declared_charsets(body, header_content_type)
    hint = normalise_encoding_name(charset_hint) if charset_hint else None
    candidates: list[str] = []
    for enc in (hint, header, meta):
        if enc and enc not in _UNRELIABLE and enc not in candidates and enc != "utf-8":
            candidates.append(enc)
    # GB18030 decodes almost any byte string without error, and Big5 bytes mostly do too:
    # when a Chinese legacy encoding is in play, try the other family as well and keep the
    # most plausible reading (the declared one wins ties).
    n_declared = len(candidates)
    for enc in list(candidates):
        for other in _CHINESE_FAMILIES.get(enc, ()):
            if other not in candidates:
                candidates.append(other)
    decoded = [(enc, _strict(body, enc)) for enc in candidates]
    decoded = [(enc, text) for enc, text in decoded if text is not None]
    readable = {enc for enc, _ in decoded}
    declared = [enc for enc in candidates[:n_declared] if enc not in readable]
    if decoded and declared:
        # a declared encoding that failed on a stray byte may still be the right one: GB18030 reads a
        # Big5 page with one odd byte "without error", as nonsense.  Its tolerant reading competes.
        decoded += [(enc, text) for enc in declared if (text := _tolerant(body, enc)) is not None]
    if len(decoded) == 1:
        return decoded[0][1], decoded[0][0]
    if decoded:
        best = max(
            enumerate(decoded),
            key=lambda it: (plausibility(it[1][1]) - 0.02 * it[0]),
        )[1]
        return best[1], best[0]
    for enc in candidates:
        text = _tolerant(body, enc)
        if text is not None:
            return text, enc

    # The declarations are missing, unreliable or contradicted by the bytes.
    guess = _guess(body)
    if guess:
        text = _tolerant(body, guess)
        if text is not None:
            return text, guess
    # Mostly-valid UTF-8 with a few broken sequences beats a legacy misreading.
    text = _tolerant(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    for enc in ("gb18030", "big5hkscs"):
        text = _tolerant(body, enc)
        if text is not None:
            return text, enc
    for enc in (header, meta):
        if enc in _UNRELIABLE:
            return body.decode(enc, errors="replace"), enc
    logger.debug("no clean decoding found; falling back to gb18030 with replacement")
    return body.decode("gb18030", errors="replace"), "gb18030"


# the other readings tried beside a declared Chinese encoding, in order (the Big5 family's two codecs first)
_CHINESE_FAMILIES = {"gb18030": ("big5hkscs", "cp950"), "big5hkscs": ("cp950", "gb18030"),
                     "cp950": ("big5hkscs", "gb18030")}
_COMMON: frozenset[str] | None = None


def _common_hanzi() -> frozenset[str]:
    """GB2312 level-1 hanzi (the 3,755 most common simplified characters) plus their
    traditional forms: a plausibility yardstick that works for both scripts."""
    global _COMMON
    if _COMMON is None:
        chars = []
        for hi in range(0xB0, 0xD8):
            for lo in range(0xA1, 0xFF):
                try:
                    chars.append(bytes((hi, lo)).decode("gb2312"))
                except UnicodeDecodeError:
                    pass
        simplified = "".join(chars)
        try:
            import opencc

            traditional = opencc.OpenCC("s2t").convert(simplified)
        except Exception:  # pragma: no cover - opencc is a declared dependency
            traditional = ""
        _COMMON = frozenset(simplified) | frozenset(traditional)
    return _COMMON


# what is not a Han character, a run at a time: deleting the runs leaves the Han characters as one string (a findall
# of the Han characters made a string object of each, most of plausibility's time)
NOT_HAN_RUN = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")


def plausibility(text: str, sample: int = 20000) -> float:
    """Share of Han characters in ``text`` that are common (simplified or traditional).

    A correct decoding of Chinese scores ~0.95+; a wrong family (Big5 read as GBK or the
    reverse, UTF-8 read as GBK) scores far lower.  Text without Han characters scores 1.
    """
    common = _common_hanzi()
    han = NOT_HAN_RUN.sub("", text[:sample] if len(text) <= sample else text[: sample // 2] + text[-sample // 2 :])
    if not han:
        return 1.0
    return sum(map(common.__contains__, han)) / len(han)  # map: the membership test runs in C


def _guess(body: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        return None
    best = from_bytes(body[:200_000], cp_isolation=["gb18030", "big5hkscs", "utf_8", "cp1252", "shift_jis", "euc_kr", "utf_16"]).best()
    if best is None:
        return None
    return normalise_encoding_name(best.encoding)


# --------------------------------------------------------------------------- mojibake

_CP1252_SPECIALS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_LATIN_RUN_RE = re.compile("[\u0080-\u00ff" + re.escape(_CP1252_SPECIALS) + "]{2,}")
# Runs of characters a GBK decoder produces from foreign bytes: Han, CJK punctuation,
# full-width forms, the euro sign and replacement characters.
_GBK_RUN_RE = re.compile("[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\u2010-\u2027\u20ac\ue000-\uf8ff]{2,}")
_CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_CJK_OR_PUNCT_RE = re.compile("[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2010-\u2027]")


def _latin_bytes(run: str) -> bytes | None:
    out = bytearray()
    for ch in run:
        o = ord(ch)
        if o < 256:
            out.append(o)
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                return None
    return bytes(out)


def _fix_latin_run(m: re.Match) -> str:
    run = m.group(0)
    raw = _latin_bytes(run)
    if raw is None:
        return run
    for enc, min_len in (("utf-8", 2), ("gb18030", 6), ("big5hkscs", 6)):
        if len(run) < min_len:
            continue
        try:
            fixed = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        han = _CJK_RE.findall(fixed)
        if han and len(_CJK_OR_PUNCT_RE.findall(fixed)) >= 0.8 * len(fixed.strip()) and plausibility(fixed) >= 0.9:
            return fixed
    return run


def _fix_gbk_run(m: re.Match) -> str:
    """UTF-8 bytes that were decoded as GBK: re-encode, decode as UTF-8."""
    run = m.group(0)
    before = plausibility(run)
    if before >= 0.8:
        return run
    try:
        raw = run.encode("gb18030")
    except UnicodeEncodeError:
        return run
    fixed = raw.decode("utf-8", errors="replace")
    bad = fixed.count("\ufffd")
    if not _CJK_RE.search(fixed) or bad > 2 + len(fixed) // 10:
        return run
    fixed = fixed.replace("\ufffd", "")
    if plausibility(fixed) >= max(0.9, before + 0.3):
        return fixed
    return run


# A GBK byte stream read one byte out of step: a replacement mark where the decoder
# swallowed half of a character, then a run of rare characters made of the halves of
# neighbouring characters, ending on an ASCII byte that was a trail byte.
_MISFRAMED_RE = re.compile("[?\ufffd]([!！]?[\u3400-\u9fff\uf900-\ufaff]{3,}[@-~]?)")


def _fix_misframed(m: re.Match) -> str:
    run = m.group(1)
    before = plausibility(run)
    if before >= 0.9:
        return m.group(0)
    try:
        raw = run.replace("!", "！").encode("gb18030")
    except UnicodeEncodeError:
        return m.group(0)
    best, best_score = None, before + 0.2
    for lead in range(0x81, 0xFF):
        try:
            cand = (bytes((lead,)) + raw).decode("gbk")
        except UnicodeDecodeError:
            continue
        if not _CJK_RE.search(cand):
            continue
        # Sentence punctuation is the likeliest first character after a swallowed byte.
        score = plausibility(cand) + (0.01 if "\u3000" <= cand[0] <= "\u303f" else 0.0)
        if score > best_score:
            best, best_score = cand, score
    return best if best is not None and best_score >= 0.95 else m.group(0)


def repair_mojibake(text: str) -> str:
    """Repair runs of mis-decoded text where a re-encode/decode round trip gives clean CJK.

    * UTF-8 or GBK bytes read as Latin-1 / windows-1252 (``ä¸­å…³æ\x9d‘`` -> 中关村);
    * UTF-8 bytes read as GBK (``涓叧鏉`` -> 中关村);
    * a GBK stream read one byte out of step (``?!笆奈濉逼陂g``, seed 002): re-encoded and
      read with the missing lead byte restored.  Bytes the first decoder dropped cannot come
      back: in seed 002 the pair for 十四 was lost, so the best round trip is 。“誓五”期間.

    A run is replaced only when the round trip decodes strictly (or nearly so) and the
    result consists of common Chinese characters; anything else is left as it is.
    Pure and idempotent: repaired text contains no run that qualifies again.
    """
    if not text:
        return text
    if _LATIN_RUN_RE.search(text):
        text = _LATIN_RUN_RE.sub(_fix_latin_run, text)
    if _CJK_RE.search(text) and plausibility(text) < 0.995:
        text = _GBK_RUN_RE.sub(_fix_gbk_run, text)
        text = _MISFRAMED_RE.sub(_fix_misframed, text)
    return text
