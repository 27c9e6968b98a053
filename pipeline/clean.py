"""Boilerplate and noise removal on extracted article text.

The rules are data (``pipeline/rules/boilerplate.toml``): every pattern carries a comment
and a test case, and ``tests/test_clean.py`` runs all of them.  The code here only knows
three kinds of rule (substitute, drop_line, cut_from), one check a substitution can ask for
(``pinyin_of_word``: the bracket it matches holds the pinyin of the Han characters just before
it, see :func:`_is_pinyin_of_word`), one a cut can ask for (``keep_after``: only the heading and
the short lines under it go, wherever they stand), plus the fixed normalisation steps:

1. mojibake repair (:func:`pipeline.decode.repair_mojibake`);
2. :func:`fold_width`: invisible characters (Unicode's default-ignorable ones) removed, NBSP and other odd
   spaces treated as spaces, full-width letters, digits and the signs of a number folded to half-width
   (８．５％ -> 8.5%; Chinese punctuation kept) -- the same fold titles, authors and outlets get;
3. substitutions, line drops and cuts from the rules file;
4. whitespace: each line stripped and inner runs of spaces collapsed, blank lines removed,
   a line identical to the one before it removed.

The whole pipeline is repeated until nothing changes, so ``clean_text`` is idempotent, and
every step only deletes or replaces one character by one, so it never grows the text.
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pipeline.decode import repair_mojibake

logger = logging.getLogger(__name__)

__all__ = ["clean_text", "clean_title", "fold_width", "load_rules", "Rule"]

_KINDS = ("substitute", "drop_line", "cut_from")


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: re.Pattern
    comment: str
    example: str
    expect: str
    replace: str = ""
    max_len: int | None = None
    min_before: int = 0
    keep: tuple[str, ...] = ()
    tail_only: bool = False
    last_lines: int | None = None
    pinyin_of_word: bool = False
    keep_after: bool = False
    titles: bool = False  # (substitute) applied to titles too (clean_title)
    # what every match of the pattern contains (worked out from the pattern, see _requires): a Han (CJK)
    # character, a Latin letter; a line without one is not searched with the rule
    needs_cjk: bool = False
    needs_latin: bool = False


_MAX_LAST_LINES = 3


# ------------------------------------------------------- what a pattern's every match contains (a pre-check)
# The rules are searched line by line, some 40 patterns per short line; a Chinese rule cannot match an English
# line and most English rules cannot match a Chinese one.  Which is which is read from the compiled pattern's
# parse tree, not declared, so a rule written later cannot be skipped wrongly: a pattern "needs" a kind of
# character when every way of matching it takes one (a literal or a class of only such characters, in a group,
# in every branch of an alternation, repeated at least once, or in a lookaround that must hold).
_CJK_RANGES = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))
_CJK_RE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES) + "]")
# under IGNORECASE a Latin letter also matches İ ı ſ and the Kelvin sign: they count as Latin here too
_LATIN_RE = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")


def _is_cjk(cp: int) -> bool:
    return any(a <= cp <= b for a, b in _CJK_RANGES)


def _is_latin(cp: int) -> bool:
    return 0x41 <= cp <= 0x5A or 0x61 <= cp <= 0x7A


def _requires(pattern: re.Pattern, kind) -> bool:
    """Whether every match of *pattern* holds a character that *kind* (a code-point test) accepts."""
    from re import _constants as c, _parser

    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}

    def item(op, av) -> bool:
        if op is c.LITERAL:
            return kind(av)
        if op is c.IN:  # a class: only literals and ranges of the kind (no negation, no \w)
            return bool(av) and all((o is c.LITERAL and kind(a)) or (o is c.RANGE and kind(a[0]) and kind(a[1])
                                    and all(kind(x) for x in range(a[0], a[1] + 1))) for o, a in av)
        if op is c.SUBPATTERN:
            return seq(av[-1])
        if op is c.BRANCH:
            return all(seq(b) for b in av[1])
        if op in repeats:
            return av[0] >= 1 and seq(av[2])
        if op is c.ASSERT:  # (?=…) / (?<=…): what it asserts is on the line
            return seq(av[1])
        if op is getattr(c, "ATOMIC_GROUP", None):
            return seq(av)
        return False

    def seq(nodes) -> bool:
        return any(item(op, av) for op, av in nodes)

    return seq(_parser.parse(pattern.pattern, pattern.flags))


_BY_SCRIPT: dict[int, tuple[tuple[Rule, ...], tuple[tuple[Rule, ...], dict]]] = {}


def _by_script(rules: tuple[Rule, ...]) -> tuple[tuple[Rule, ...], dict[tuple[bool, bool], tuple[Rule, ...]]]:
    """The substitutions of *rules*, and its ``drop_line`` rules that can match a line, by (the line has a Han
    character, it has a Latin letter); remembered for the tuple itself (hashing 90 rules per call costs more than
    the table saves)."""
    hit = _BY_SCRIPT.get(id(rules))
    if hit is None or hit[0] is not rules:
        if len(_BY_SCRIPT) > 32:
            _BY_SCRIPT.clear()
        lines = {(h, l): tuple(r for r in rules if r.kind == "drop_line" and (h or not r.needs_cjk)
                               and (l or not r.needs_latin))
                 for h in (False, True) for l in (False, True)}
        hit = _BY_SCRIPT[id(rules)] = (rules, (tuple(r for r in rules if r.kind == "substitute"), lines))
    return hit[1]


def _script(text: str) -> tuple[bool, bool]:
    return _CJK_RE.search(text) is not None, _LATIN_RE.search(text) is not None


def _parse_rules(data: dict, origin: str) -> tuple[Rule, ...]:
    rules = []
    seen = set()
    for i, raw in enumerate(data.get("rule", [])):
        where = f"{origin} rule #{i + 1}"
        for key in ("name", "kind", "pattern", "comment", "example", "expect"):
            if not isinstance(raw.get(key), str):
                raise ValueError(f"{where}: missing or non-string {key!r}")
        if raw["kind"] not in _KINDS:
            raise ValueError(f"{where}: kind must be one of {_KINDS}, not {raw['kind']!r}")
        if raw["name"] in seen:
            raise ValueError(f"{where}: duplicate name {raw['name']!r}")
        seen.add(raw["name"])
        last = raw.get("last_lines")
        if last is not None and (not isinstance(last, int) or not 1 <= last <= _MAX_LAST_LINES):
            raise ValueError(f"{where} ({raw['name']}): last_lines must be an integer from 1 to {_MAX_LAST_LINES}")
        try:
            pattern = re.compile(raw["pattern"], re.IGNORECASE | re.MULTILINE)
        except re.error as exc:
            raise ValueError(f"{where} ({raw['name']}): bad pattern: {exc}") from exc
        pinyin_of_word = raw.get("pinyin_of_word", False)
        if not isinstance(pinyin_of_word, bool):
            raise ValueError(f"{where} ({raw['name']}): pinyin_of_word must be true or false")
        if pinyin_of_word and (raw["kind"] != "substitute" or "pinyin" not in pattern.groupindex):
            raise ValueError(f"{where} ({raw['name']}): pinyin_of_word needs a substitute rule whose pattern "
                             "has a group named 'pinyin'")
        keep_after = raw.get("keep_after", False)
        if not isinstance(keep_after, bool):
            raise ValueError(f"{where} ({raw['name']}): keep_after must be true or false")
        if keep_after and raw["kind"] != "cut_from":
            raise ValueError(f"{where} ({raw['name']}): keep_after is a cut_from rule's")
        titles = raw.get("titles", False)
        if not isinstance(titles, bool):
            raise ValueError(f"{where} ({raw['name']}): titles must be true or false")
        if titles and raw["kind"] != "substitute":
            raise ValueError(f"{where} ({raw['name']}): titles is a substitute rule's (a title has no lines to drop)")
        rules.append(
            Rule(
                name=raw["name"],
                kind=raw["kind"],
                pattern=pattern,
                comment=raw["comment"],
                example=raw["example"],
                expect=raw["expect"],
                replace=raw.get("replace", ""),
                max_len=raw.get("max_len"),
                min_before=int(raw.get("min_before", 0)),
                keep=tuple(raw.get("keep", ())),
                tail_only=bool(raw.get("tail_only", False)),
                last_lines=last,
                pinyin_of_word=pinyin_of_word,
                keep_after=keep_after,
                titles=titles,
                needs_cjk=_requires(pattern, _is_cjk),
                needs_latin=_requires(pattern, _is_latin),
            )
        )
    return tuple(rules)


@functools.lru_cache(maxsize=8)
def load_rules(path: str | None = None) -> tuple[Rule, ...]:
    """Load and validate a rules file (default: the packaged ``boilerplate.toml``)."""
    if path is None:
        text = resources.files("pipeline").joinpath("rules", "boilerplate.toml").read_text(encoding="utf-8")
        origin = "boilerplate.toml"
    else:
        text = Path(path).read_text(encoding="utf-8")
        origin = str(path)
    return _parse_rules(tomllib.loads(text), origin)


# Characters removed outright: Unicode's Default_Ignorable_Code_Point set (DerivedCoreProperties.txt; the tests check
# this list against the `regex` module's), all of which show as nothing, or as a blank a reader cannot tell from a
# space, and which no Chinese or English text needs: zero-width spaces and joiners, the BOM, the soft hyphen, the bidi
# marks, embeddings, overrides and isolates (U+202A-202E, U+2066-2069, U+061C: a page can use them to show "gnp.exe"
# as "exe.png" and reverse what follows on the digest's line), the grapheme joiner (U+034F), the Hangul fillers
# (U+115F, U+1160, U+3164, U+FFA0), Khmer inherent vowels, variation selectors (256 of them can hide any bytes),
# invisible operators, and tag characters (U+E0000-E0FFF, which can spell hidden text).  A page used U+034F, U+3164
# and U+115F to hide words in a quote: the titles lost them (pipeline.extract._shown) but the text and the evidence
# quoted from it kept them.  Titles, authors and outlets lose this same set.
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
INVISIBLE_TABLE: dict[int, None] = {cp: None for a, b in _IGNORABLE_RANGES for cp in range(a, b + 1)}
# Spaces folded to " " (the Braille blank U+2800 too: it shows as one), and full-width ASCII letters and digits
# folded to half-width.
_FOLD = {ord(c): " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u2800\t\x0b\x0c"}
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)})  # ０-９
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_TABLE = {**INVISIBLE_TABLE, **_FOLD}
# The signs of a number, once its digits are half-width: a full-width decimal point, slash, colon or dash between two
# digits (８．５, ２０２６／１１／２４, １１：０５, 2026－11－24), a full-width comma before a group of exactly three
# digits (１，０００), a full-width percent sign after a digit (８％).  Folding the digits alone gave 8．5％ and
# 2．3萬: neither what the page wrote nor a number a search for 8.5% finds.  A comma or colon elsewhere is Chinese
# punctuation and stays (记者：, 一、二，三).
_NUMBER_SIGN = re.compile(r"[0-9](?:[．／：－](?=[0-9])|，(?=[0-9]{3}(?![0-9]))|％)")
_HALF = {ord(c): ord(c) - 0xFEE0 for c in "．／：－，％"}


def fold_width(text: str) -> str:
    """*text* as the project stores it (titles, authors and outlets as well as the text): no invisible characters
    (``INVISIBLE_TABLE``), odd spaces as spaces, full-width letters and digits half-width, and the signs of a
    number half-width with them (８．５％ -> 8.5%); Chinese punctuation (，。：；！？（）「」、) and the ideographic
    space stay as written.  Each character is replaced by one or none, so the text never grows."""
    text = text.translate(_TABLE)
    text = _NUMBER_SIGN.sub(lambda m: m.group().translate(_HALF), text)
    return text


_SPACES_RE = re.compile(r"[ \u3000]{2,}")


# a list mark alone on its line: trafilatura writes "-" and the item's text on the next line when the item holds a
# block (<li><p>…</p></li>: an archived White House post's 86 items), a page's own bullets come out as "•" (not the
# middle dot, which a Chinese page may set alone between paragraphs)
_LONE_MARKS = frozenset(("-", "•"))


def _normalise_lines(text: str) -> str:
    """Lines stripped, runs of spaces made one, empty lines and a line repeating the one before it dropped, and a
    list mark alone on its line joined to the item after it as trafilatura writes an item ("- item"; dropped when
    no line follows)."""
    out: list[str] = []
    mark = False
    for line in text.splitlines():
        line = line.strip(" \u3000\r")
        if not line:
            continue
        if line in _LONE_MARKS:
            mark = True
            continue
        if "  " in line or "\u3000" in line:  # (most lines have no run of spaces: no regex for them)
            line = _SPACES_RE.sub(" ", line)
        if mark:
            mark = False
            if not _LIST_MARK.match(line):
                line = "- " + line
        if out and out[-1] == line:
            continue
        out.append(line)
    return "\n".join(out)


_PROSE_LINE = re.compile(r"[。！？；.!?;]")
_INLINE_BOX_PROSE = 200  # characters of prose after a cut heading that make it a box inside the article


# trafilatura writes a list item as "- item": a rule is matched against the item's own text
_LIST_MARK = re.compile(r"^- +")


def _own_text(stripped: str) -> str:
    """A stripped line as the rules see it: a list item's text without trafilatura's "- " mark."""
    return _LIST_MARK.sub("", stripped, count=1)


def _is_prose(line: str) -> bool:
    line = line.strip()
    return len(line) >= 40 and bool(_PROSE_LINE.search(line))


# a notice's 落款: its issuer on a short line or two, then the full date, closing the text
_SIGNATURE_DATE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_SIGNATURE_ISSUER = re.compile(r"^[^\s。，；！？:：,;!?|]{2,30}$")


def _before_signature(lines: list[str]) -> int:
    """The index of the last line before a 落款 that closes the text (-1 when none): an issuer line or two
    (中关村科技园区管理委员会) and a date line (2025年4月2日).  A notice's short closing lines (联系电话：010-88827318)
    sit before its 落款, not in a footer: tail_only rules leave them."""
    end = len(lines) - 1
    if end < 1 or not _SIGNATURE_DATE.match(lines[end].strip()):
        return -1
    start = end
    while start > 0 and end - start < 2 and _SIGNATURE_ISSUER.match(lines[start - 1].strip()):
        start -= 1
    return start - 1 if start < end else -1


# ---------------------------------------------------------------- pinyin annotations (the pinyin_of_word check)

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CLOSING_QUOTE = "」』”’》〉\"'"
_MAX_WORD = 12  # Han characters one bracket may annotate
# tone-marked vowels (and ü) as pinyin writes them, folded to the bare letter (ü -> v, as pypinyin writes it)
_TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_FOLD_TONES = str.maketrans(_TONE_MARKED + "ü", "aaaaeeeeiiiioooouuuuvvvvv")
# one pinyin syllable by its shape (an initial, then a final): a syllable the dictionary does not give for its
# character (矽 read guī, a regional or wrong reading) must at least be a pinyin syllable
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er"
    r"|a|o|e|i|u|v)")
_SYLLABLE_MAX = 6


@functools.lru_cache(maxsize=4096)
def _readings(char: str) -> frozenset[str]:
    """Every toneless pinyin reading the dictionary (pypinyin) gives the character (ü written v)."""
    from pypinyin import Style, pinyin

    return frozenset(r for r in pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")[0] if r.isalpha())


def _best_match(roman: str, bounds: frozenset[int], word: str) -> int:
    """The most syllables of ``roman`` (toneless, no separators; a syllable may not span a position in
    ``bounds``, where the page put a space or an apostrophe) that are a reading of their own character of
    ``word``, when ``roman`` splits into exactly len(word) pinyin syllables; -1 when it does not."""
    n, k = len(roman), len(word)
    # best[i][j]: most readings matched when roman[:i] is read as the first j syllables
    best = [[-1] * (k + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i in range(n):
        for j in range(k):
            if best[i][j] < 0:
                continue
            for e in range(i + 1, min(n, i + _SYLLABLE_MAX) + 1):
                if any(b in bounds for b in range(i + 1, e)):
                    break
                piece = roman[i:e]
                if piece in _readings(word[j]):
                    score = best[i][j] + 1
                elif _SYLLABLE.fullmatch(piece):
                    score = best[i][j]
                else:
                    continue
                if score > best[e][j + 1]:
                    best[e][j + 1] = score
    return best[n][k]


def _is_pinyin_of_word(match: re.Match) -> bool:
    """Whether the bracket ``match`` holds the pinyin of the Han characters just before it (a closing quote
    between allowed: 「矽谷」（guī gǔ）): its romanisation (group ``pinyin``) splits into as many pinyin
    syllables as the word has characters, for some word ending there.  With a tone mark (中關村（zhōng guān
    cūn）, 中關村(zhōngguāncūn)) at least half the syllables must be readings of their characters; without one
    (中关村(zhongguancun)) every syllable must, and the romanisation must be lower case: a capitalised one
    (中关村（Zhongguancun）, 小米（Xiaomi）) is the name as English writes it, a gloss, and stays."""
    raw = unicodedata.normalize("NFC", match.group("pinyin"))
    toned = any(c in _TONE_MARKED for c in raw.lower())
    if not toned and raw != raw.lower():
        return False
    before = match.string[:match.start()]
    if before and before[-1] in _CLOSING_QUOTE:
        before = before[:-1]
    run = 0
    while run < min(_MAX_WORD, len(before)) and _HAN.match(before[-1 - run]):
        run += 1
    if not run:
        return False
    text = raw.lower().translate(_FOLD_TONES)
    roman, bounds = "", set()
    for part in re.split(r"[\s'’-]+", text):
        if roman:
            bounds.add(len(roman))
        roman += part
    if not roman.isascii() or not roman.isalpha() or len(roman) > _SYLLABLE_MAX * run:
        return False
    for k in range(max(1, -(-len(roman) // _SYLLABLE_MAX)), min(run, len(roman)) + 1):
        matched = _best_match(roman, frozenset(bounds), before[len(before) - k:])
        if matched >= 0 and (matched == k or (toned and 2 * matched >= k)):
            return True
    return False


def _substitute(rule: Rule, text: str) -> str:
    if not rule.pinyin_of_word:
        return rule.pattern.sub(rule.replace, text)
    return rule.pattern.sub(lambda m: m.expand(rule.replace) if _is_pinyin_of_word(m) else m.group(0), text)


def _apply_rules(text: str, rules: tuple[Rule, ...], seen: dict[tuple[str, bool], bool] | None = None) -> str:
    """``seen`` remembers each (line, in the tail) verdict across the passes of one text."""
    substitutes, line_rules = _by_script(rules)
    has = _script(text)
    for rule in substitutes:
        if (has[0] or not rule.needs_cjk) and (has[1] or not rule.needs_latin):
            new = _substitute(rule, text)
            if new != text:   # (looked at again: a replacement may bring in what the text had not)
                text, has = new, _script(new)
    lines = text.split("\n")
    # the tail: lines after the last line of prose (footer territory) -- or after the lines a notice's
    # 落款 closes, whatever their length
    last_prose = max((i for i, ln in enumerate(lines) if _is_prose(ln)), default=-1)
    last_prose = max(last_prose, _before_signature(lines))
    kept = []
    if seen is None:
        seen = {}
    n = len(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        # (the line, after the last prose?, how many lines follow it, up to _MAX_LAST_LINES)
        key = (stripped, i > last_prose, min(n - 1 - i, _MAX_LAST_LINES))
        drop = seen.get(key)
        if drop is None:
            probe = _own_text(stripped)
            drop = seen[key] = any(
                (r.max_len is None or len(probe) <= r.max_len)
                and (not r.tail_only or key[1])
                and (r.last_lines is None or key[2] < r.last_lines)
                and r.pattern.search(probe)
                for r in line_rules[_script(probe)]
            )
        if not drop:
            kept.append(line)
    cut_rules = [r for r in rules if r.kind == "cut_from"]
    if cut_rules:
        kept = _cut(kept, cut_rules)
    return "\n".join(kept)


def _cut(lines: list[str], cut_rules: list[Rule]) -> list[str]:
    """Cut from the first heading a ``cut_from`` rule matches (a related list, a disclaimer).

    A heading near the top only loses its own line.  A heading followed by more running prose
    (lines of 40+ characters with sentence punctuation) than all the text before it, and by at
    least ``_INLINE_BOX_PROSE`` characters of it, is a box inside the article (相关阅读 between two
    halves of the story): it loses its line and the short lines under it (the list), and the
    article goes on.  A ``keep_after`` rule's heading is always such a box (a press release's
    "Media Contact:" block of name, company and phone lines, before or after its About section)."""
    prose = [len(ln.strip()) if _is_prose(ln) else 0 for ln in lines]
    after = sum(prose)
    before = 0
    out: list[str] = []
    skipping = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        after -= prose[i]
        if skipping and not prose[i]:
            continue
        skipping = False
        probe = _own_text(stripped)
        hit = next((r for r in cut_rules if r.pattern.search(probe)), None)
        if hit is not None:
            if before < hit.min_before:
                continue
            if after <= max(_INLINE_BOX_PROSE, before) and not hit.keep_after:
                return out
            skipping = True
            continue
        out.append(line)
        before += len(stripped)
    return out


def _clean_once(text: str, rules: tuple[Rule, ...], seen: dict[tuple[str, bool], bool] | None = None) -> str:
    text = repair_mojibake(text)
    text = fold_width(text)
    text = _normalise_lines(text)
    text = _apply_rules(text, rules, seen)
    return _normalise_lines(text)


def clean_title(title: str, rules: tuple[Rule, ...] | None = None) -> str:
    """A headline cleaned as the text's lines are: :func:`fold_width`, then the substitutions marked ``titles``
    (the learner's pinyin after a word: 中關村（zhōng guān cūn）).  The text lost the pinyin but the title kept it, so
    the digest showed it, and the text's first line (the headline, cleaned) no longer matched the title and was
    kept as text.  Substitutions meant for a body (an end mark, an editor tag) are not applied to a headline."""
    if not title:
        return title
    rules = load_rules() if rules is None else rules
    title = fold_width(title)
    for rule in rules:
        if rule.titles:
            title = _substitute(rule, title)
    return title


def clean_text(text: str, *, language: str | None = None, rules: tuple[Rule, ...] | None = None) -> str:
    """Apply the boilerplate / noise rules to extracted text (see the module docstring).

    ``language`` is accepted for rules that differ by language; the current rules are
    written so that Chinese and English patterns cannot collide, so it is not needed yet.
    """
    if not text:
        return ""
    rules = load_rules() if rules is None else rules
    seen: dict[tuple[str, bool], bool] = {}  # a line's verdict, reused by the next pass
    for _ in range(10):
        new = _clean_once(text, rules, seen)
        if new == text:
            break
        text = new
    return text
