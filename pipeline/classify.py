"""Relevance and plan-task labels with evidence.

A transparent phrase-weight scorer over the data in ``pipeline/taxonomy``:

1. The text is cut into sentences/clauses (on 。！？；;!? and line breaks, and on
   ``. `` for English).  Each sentence is normalised for analysis: pinyin
   annotations such as ``網(wǎng)`` are stripped, traditional Chinese (any character
   that t2s changes) is converted with OpenCC's ``t2s`` character table, width is
   folded (NFKC) and Latin is lower-cased.  Evidence is always the *original*
   sentence, found again by index, so it is a verbatim substring of the input.
   All phrases of the taxonomy are located in one pass per text (``_Matcher``, an
   Aho-Corasick automaton), not phrase by phrase.
2. **Relevance**: anchor phrases (中关村, 北京国际科技创新中心, 怀柔科学城, Beijing's
   national labs and new-type R&D institutions, 亦庄, ...) are searched after masking
   trap names (中关村在线, 中关村电子卖场, ...; 南京/东京 for 京); each anchor sentence
   adds evidence by noisy-OR, and so does a sentence naming Beijing with a centre topic
   (国家实验室, 科学城, national laboratories, ...).  Plan phrases add a little.  The
   score is scaled down when anchors are a passing mention in a long text, when
   trap vocabulary (reviews, rents, restaurants) dominates by sentences or by distinct
   terms, when other parks (Shenzhen, Zhangjiang, Hsinchu, ...) are discussed more than
   Beijing's, or when a text without any anchor speaks to the whole country (国务院,
   各地, nationwide: national policy sharing the plans' vocabulary).  Where the rules found
   any evidence, the score is blended with the taxonomy's learned relevance model
   (``pipeline.relevance_model``): ``(1 - a) * rules + a * damping * P(relevant)``, the damping
   being the trap / other-park / national factors above, so the model cannot overrule them.
3. **Labels** (only for relevant texts): every task/measure scores
   ``1 - prod(1 - w)`` over its distinct matched phrases; strong phrases (names,
   headlines) weigh 0.8, key terms 0.4 and count only where the plan's context
   is present.  A measure above threshold also supports its task.  Short
   Chinese phrases (two characters or fewer) must be whole jieba tokens of the
   sentence, segmented with the plans' own terms added to jieba's dictionary.
4. **Document-level plan context** (the first plan of the taxonomy is the zone's, Z; every later one a plan of the
   city, read as B, the Beijing centre, is, each in its own context): a text with the Beijing-center context
   (国际科技创新中心, 六大工程, 怀柔科学城, ...) but no Zhongguancun context gets no Z codes; B codes need that
   context (or two B projects named); in a B-dominant text Z codes count only in sentences that
   name Zhongguancun; a B project named by its headline phrase as the topic (opening sentence, or two
   sentences) is labelled in a Zhongguancun text too; a Beijing text that names no plan's context is in the
   context of every later plan.  A text that opens with a measure's full
   headline is that measure's plan paragraph: only the measure and its task are labelled.  Headlines that open a sentence also
   add to relevance (plan paragraphs that never name 中关村).
5. **Learned task model** (``pipeline.task_model``, from taxonomy v13): a task the model gives at
   least its plan's threshold and the rules do not label is added, within the plan context of step 4
   and in texts of two sentences or more, never in a measure's plan paragraph.  Its probability is
   mapped so that the plan's threshold lands on ``DEFAULT_THRESHOLD``; its evidence is the rules' best
   sentence for the task where they found one, else the sentence whose features weigh most for it.

``classify()`` is pure: no I/O, no clock, no randomness.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pipeline.metadata import opencc_char_table
from pipeline.models import Classification, Label
from pipeline.taxonomy import Entry, Taxonomy, load_taxonomy

__all__ = ["Classifier", "DEFAULT_THRESHOLD", "DEFAULT_RELEVANCE_THRESHOLD", "split_sentences", "strip_pinyin"]

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.5
DEFAULT_RELEVANCE_THRESHOLD = 0.5
STRONG_WEIGHT = 0.8
KEY_WEIGHT = 0.4
ACT_WEIGHT = 0.6  # a key term in a sentence that states the work being done (see Entry.act_terms)
PLAN_PHRASE_RELEVANCE = 0.4  # per distinct strong plan phrase, towards relevance
MEASURE_TO_TASK = 0.9
# a key term that is only ever one item of a long list (集成电路、新材料、高端装备、新能源) names a
# field in passing -- a park's industries, a member list -- rather than stating work on it
ENUM_WEIGHT = 0.25
_ENUM_ITEMS = 3  # enumeration commas in the clause: four items or more
_CLAUSE_SPLIT = re.compile(r"[,，;；:：]")
OTHER_PARKS_TIE = 0.5  # the learned model's share where other parks are discussed as much as the anchors
# a key term in this many sentences or more weighs REPEAT_WEIGHT: one key term alone then labels
REPEAT_SENTENCES = 3
REPEAT_WEIGHT = 0.55
# the task model reads a text's vocabulary as a whole: a shorter text is too little to read a topic from
# (it was trained on excerpts of mostly three to ten sentences), so the rules alone label it
TASK_MODEL_MIN_SENTENCES = 2
# an evidence sentence should say something: a heading, caption or name alone ("中关村智造大街:", "BAAI") is
# quoted only when no sentence of the label has more words than this
EVIDENCE_MIN_CJK = 10
EVIDENCE_MIN_WORDS = 6
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# a photo caption's credit at its end: "[Photo/people.com.cn]", "(图片来源:…)", "…(记者 张三 摄)"
_CAPTION = re.compile(r"[\[(（【]\s*(?:photo|摄影|图|供图|图片)[^\])）】]*[\])）】]\s*$|摄\s*[\])）]?\s*$", re.I)
LISTED_ANCHOR = 0.5  # an anchor listed among other parks counts at this share
HEADLINE_RELEVANCE = 0.2  # extra, per distinct full task/measure headline (e.g. 支持颠覆性技术创新)
_NUMBERING = "0123456789.、()（）一二三四五六七八九十 "  # list numbering stripped before a headline
# a demonstration zone of another kind, named by its qualifier (not Zhongguancun's 示范区)
_OTHER_ZONE = re.compile(
    r"(?:自动驾驶|智能网联|未来产业|产业|应用|先行|综合|试验|实验|改革|开放|合作|生态|文明|绿色)示范区"
    r"|\b(?:autonomous[- ]driving|self-driving|intelligent connected vehicle|industr\w*|application|pilot|comprehensive"
    r"|integrated|reform|opening[- ]up|cooperation|ecological|green) demonstration zones?\b"
    r"|\bdemonstration zones? (?:for|of) (?:greater |further |the )?(?:openness|opening|expanding)")
SHORT_PHRASE = 2  # Chinese phrases this short must be whole jieba tokens
# event names (中关村论坛, ZGC Forum ...) and the wording that makes a mention of one a venue
_EVENT_NAME = re.compile(r"(论坛|大会|年会|峰会|博览会|forum|conference|summit|expo)$")
# A wire service's dateline at the head of a sentence (新华社北京3月5日电, 本报北京讯, BEIJING, Sept. 3 (Xinhua) --,
# BEIJING (Reuters) -): where the story was filed, which for national news is nearly always Beijing.  Its 北京 is
# no place the story speaks of, so it is masked before the Beijing-context rule reads the text (texts are
# normalised: lower case, NFKC).
_DATELINE = re.compile(
    r"(?:^|\n)[^\n。，,]{0,14}?(北京)\s*(?:(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*)?(?:专电|电|讯|消息)"
    r"|(?:^|\n)(beijing)(?=,?\s+(?:[a-z]{3,9}\.?\s+\d{1,2}\s*)?(?:\([^)\n]{2,40}\)\s*)?(?:--|[-—–]\s))")
_THIS_CITY = re.compile(r"(本市|我市|全市)|\bthe city(?= )")
_COMPARED = re.compile(r"(?:与|和|同|跟)[^，,。；;：:]{0,40}?(?:相比|相较|比较而言|比起来)")
_VENUE_AFTER = re.compile(r"^(\s*\d{4}\s*)?(?:(年会|全体会议|开幕式|平行论坛|分论坛)?\s*(上|期间|现场)"
                          r"|(年会)?系列活动|[^，。,;；“”]{0,10}?(会|坛|仪式|典礼|活动)(上|期间|现场))")
_VENUE_BEFORE = re.compile(r"\b(at|during|on the sidelines of) (the )?(ongoing |annual |recent |upcoming )?(\d{4} )?$")

_PINYIN = re.compile(
    r"(?<=[\u3400-\u9fff])\((?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+)\)"
)
# sentence/clause ends: CJK and ASCII terminators, semicolons, line breaks -- but not a line break
# right after an enumeration or clause comma (、，,), where the page broke a sentence in two;
# for English also ". " before a capital/quote/digit
_SPLIT = re.compile(r"[^。！？；;!?\n]*(?:(?<=[、，,])\n[^。！？；;!?\n]*)*(?:[。！？；;!?]+[”」』\"']?|\n|$)")
# ... except after a title or an abbreviation that a name or a number follows (Mr. Li, Nov. 23, No. 1)
_EN_SPLIT = re.compile(r"(?<=[a-z0-9\)”\"])"
                       r"(?<!\b(?:Mr|Ms|Dr|St|No|Jr|Sr|Lt|Mt|vs))(?<!\b(?:Mrs|Rep|Sen|Gov|Gen|Col|Sgt|Jan|Feb|Mar|Apr"
                       r"|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Nos|Fig|Vol))(?<!\b(?:Prof|Sept|Dept|Univ))"
                       r"\.\s+(?=[A-Z“\"(0-9])")

def strip_pinyin(text: str) -> str:
    """Remove pinyin annotations that follow CJK characters, e.g. ``網(wǎng)`` -> ``網``."""
    return _PINYIN.sub("", text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences/clauses of ``text``; spans cover non-blank text only."""
    spans: list[tuple[int, int]] = []
    # ". X" splits can only occur where the whole text has one; chunks without one skip the sub-split
    en_cuts = [mm.start() for mm in _EN_SPLIT.finditer(text)]
    for m in _SPLIT.finditer(text):
        s, e = m.span()
        if s == e:
            continue
        if not (en_cuts and en_cuts[-1] >= s and en_cuts[bisect.bisect_left(en_cuts, s)] < e):
            piece = m.group()
            stripped = piece.strip()
            if stripped:
                a = s + len(piece) - len(piece.lstrip())
                spans.append((a, a + len(stripped)))
            continue
        chunk = text[s:e]
        # further split English sentences on ". X"
        sub_starts = [0] + [mm.end() for mm in _EN_SPLIT.finditer(chunk)]
        sub_ends = sub_starts[1:] + [len(chunk)]
        for a, b in zip(sub_starts, sub_ends):
            piece = chunk[a:b]
            lstrip = len(piece) - len(piece.lstrip())
            rstrip = len(piece) - len(piece.rstrip())
            if b - a - lstrip - rstrip > 0:
                spans.append((s + a + lstrip, s + b - rstrip))
    return spans


_LAST_ITEM = re.compile(r"、[^、]*?(?:及|和|与|以及)")
_EN_LAST_ITEM = re.compile(r"\b(?:and|or)\b")
_EN_ITEM_WORDS = 5  # words of an item of an English list ("new energy and energy-saving technology")


# a numbered clause heading of a policy text, "（四）建设概念验证和中试平台。", "三、强化企业创新主体地位": it names the
# measure the next sentences state, and a reader would rather see one of them
_CLAUSE_HEADING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))"
                             r"[^，,；;：:]{2,24}[。.]?\s*$")


def _thin(sent: str) -> bool:
    """Not worth quoting as evidence: a photo caption, a numbered clause heading, or under EVIDENCE_MIN_CJK Chinese
    characters and EVIDENCE_MIN_WORDS Latin words."""
    if _CAPTION.search(sent) or _CLAUSE_HEADING.match(sent):
        return True
    return len(_CJK_CHAR.findall(sent)) < EVIDENCE_MIN_CJK and len(_LATIN_WORD.findall(sent)) < EVIDENCE_MIN_WORDS


def _in_english_list(sent: str, term: str) -> bool:
    """``term`` is one item of a comma list of four or more short items ("a, b, c and d")."""
    parts = [p.strip() for p in sent.split(",")]
    found = False
    for i, part in enumerate(parts):
        if term not in part:
            continue
        found = True
        lo = hi = i
        while lo > 0 and len(parts[lo - 1].split()) <= _EN_ITEM_WORDS:
            lo -= 1
        while hi < len(parts) - 1 and len(parts[hi + 1].split()) <= _EN_ITEM_WORDS + 2:
            hi += 1
        # the part before the run ends with the list's first item ("... come from a", "b", "c and d")
        items = hi - lo + 1 + (1 if lo > 0 else 0) + (1 if _EN_LAST_ITEM.search(parts[hi]) else 0)
        if items < _ENUM_ITEMS + 1 or len(part.split()) > _EN_ITEM_WORDS + 2:
            return False
    return found


def _in_enumeration(sent: str, term: str) -> bool:
    """Every occurrence of ``term`` in ``sent`` sits in a clause listing four or more items
    (甲、乙、丙、丁; 甲、乙、丙及丁; a, b, c and d)."""
    if term not in sent:
        return False
    if term.isascii():
        return _in_english_list(sent, term)
    return all(clause.count("、") + (1 if _LAST_ITEM.search(clause) else 0) >= _ENUM_ITEMS
               for clause in _CLAUSE_SPLIT.split(sent) if term in clause)


# a clause naming the country's strategies its items are (一带一路、大众创业、万众创新的国家战略; 京津冀协同发展等国家
# 战略), not 国家战略科技力量 (the centre's B1 work)
_NATIONAL_STRATEGIES = re.compile(r"(?:的|等|两大|三大|四大)国家战略(?!科技力量)")


def _among_national_strategies(sent: str, term: str) -> bool:
    """Every occurrence of ``term`` in ``sent`` is one item of a list the clause calls the country's strategies
    (随着…，一带一路、大众创业、万众创新的国家战略得以实施): the background a story opens with, not its subject (a
    Zhongguancun firms' share-price pledge was labelled the Belt and Road measure by it)."""
    if term not in sent or term.isascii():
        return False
    for clause in _CLAUSE_SPLIT.split(sent):
        at = clause.find(term)
        if at < 0:
            continue
        rest = clause[at + len(term):]
        if not ((rest.lstrip().startswith("、") or clause[:at].rstrip().endswith("、"))
                and _NATIONAL_STRATEGIES.search(rest)):
            return False
    return True


# Chinese quotation marks around a term (“高精尖”产业, “一区多园”) must not hide the phrase
# (a character class removed by one regex pass: str.translate with a table looks up every character)
_QUOTES = re.compile("[“”「」『』﹁﹂﹃﹄·・]")  # not ‘’: the English apostrophe; middle dots (科技·金融)


# the compatibility characters that news text is full of (full-width punctuation and letters, the
# ideographic and no-break spaces, the ellipsis), folded by one regex pass before NFKC is considered:
# NFKC of the folded text equals NFKC of the text (each is replaced by its own NFKC form), and a text
# that is then already normalised (nearly every one) skips the full normalisation
_FOLD_MAP = {c: unicodedata.normalize("NFKC", c)
             for c in (*map(chr, range(0xFF01, 0xFF5F)), "\u3000", "\xa0", "\u2026")}
_FOLD = re.compile("[" + "".join(re.escape(c) for c in _FOLD_MAP) + "]")


def _nfkc(s: str) -> str:
    s = _FOLD.sub(lambda m: _FOLD_MAP[m.group()], s)
    return s if unicodedata.is_normalized("NFKC", s) else unicodedata.normalize("NFKC", s)


def _norm(s: str) -> str:
    s = _QUOTES.sub("", _nfkc(s).lower())
    return s.replace(" & ", " and ") if " & " in s else s  # "science & technology park"


@dataclass(frozen=True)
class _Phrase:
    text: str  # normalised
    weight: float
    strong: bool
    lang: str
    short: bool  # needs a whole-token check
    # what decides where the phrase is found: its text, word boundaries (Latin lists), token check
    key: tuple[str, bool, bool] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", (self.text, self.lang == "en", self.short))


_Key = tuple[str, bool, bool]


@dataclass
class _Doc:
    """Per-call analysis state (never shared between calls)."""

    spans: list[tuple[int, int]]
    sents: list[str]  # normalised analysis sentences
    joined: str  # the sentences joined with "\n"
    starts: list[int]  # offset of each sentence in ``joined``
    tokens: dict = field(default_factory=dict)  # jieba block -> its token set
    thin_flags: list | None = None  # per sentence: too thin to quote as evidence (made on first use)

    def thin(self, i: int) -> bool:
        if self.thin_flags is None:
            self.thin_flags = [_thin(s) for s in self.sents]
        return self.thin_flags[i]


_HAN_BLOCK = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+")  # jieba's re_han_default: it cuts each block alone


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # characters the fast t2s class leaves out


class _Matcher:
    """All occurrences of a fixed set of phrases in one pass per text.

    An Aho-Corasick automaton (``ahocorasick_rs``, Rust's ``aho-corasick`` crate) over the distinct
    phrase texts reports every occurrence, overlapping ones included, in one scan of the text; each
    phrase key then keeps the occurrences that pass its checks (``Classifier._locate``).  Results are
    the sorted, distinct sentence indexes per phrase key, the same as searching each phrase on its own
    with ``str.find``.  (``pyahocorasick`` was tried first: its scan took five times as long.)
    """

    def __init__(self, keys) -> None:
        import ahocorasick_rs  # local import: keeps module import cheap

        self.keys: list[_Key] = [k for k in dict.fromkeys(keys) if k[0]]
        by_text: dict[str, list[_Key]] = {}
        for key in self.keys:
            by_text.setdefault(key[0], []).append(key)
        self._texts = list(by_text)
        self._keys_of = [tuple(by_text[t]) for t in self._texts]
        self._auto = ahocorasick_rs.AhoCorasick(self._texts) if self._texts else None

    def find_all(self, clf: "Classifier", doc: _Doc, hay: str) -> dict[_Key, list[int]]:
        if self._auto is None:
            return {}
        starts: dict[int, list[int]] = {}
        for n, start, _ in self._auto.find_matches_as_indexes(hay, overlapping=True):
            found = starts.get(n)
            if found is None:
                starts[n] = [start]
            else:
                found.append(start)
        out: dict[_Key, list[int]] = {}
        keys_of = self._keys_of
        for n, at in starts.items():
            for key in keys_of[n]:
                idx = clf._locate(doc, key, hay, at)
                if idx:
                    out[key] = idx
        return out


class Classifier:
    """Load once with :meth:`load`, then call :meth:`classify` per article."""

    def __init__(self, taxonomy: Taxonomy, threshold: float = DEFAULT_THRESHOLD,
                 relevance_threshold: float = DEFAULT_RELEVANCE_THRESHOLD, use_model: bool = True) -> None:
        if not 0.0 <= threshold <= 1.0 or not 0.0 <= relevance_threshold <= 1.0:
            raise ValueError("thresholds must be in [0, 1]")
        self.taxonomy = taxonomy
        # the learned relevance model the rule score is blended with (None: rules alone)
        rel_rules = taxonomy.relevance
        self._model = rel_rules.model if use_model and rel_rules.model_weight > 0 else None
        self._model_weight = rel_rules.model_weight if self._model is not None else 0.0
        # the learned second opinion on tasks (None: rules alone)
        self._task_model = taxonomy.task_model if use_model else None
        self._task_thresholds = dict(taxonomy.task_model_thresholds)
        self.threshold = threshold
        self.relevance_threshold = relevance_threshold
        import jieba  # local import: keeps module import cheap
        import opencc

        self._t2s = opencc.OpenCC("t2s")
        self._t2s_table = opencc_char_table("TSCharacters")
        # the characters that t2s changes; any of them marks text to convert (a traditional excerpt may be
        # one clause); BMP characters only in the class: one with astral characters is not compiled to a fast bitmap
        self._t2s_map = {chr(k): v for k, v in self._t2s_table.items() if v != chr(k)}
        self._trad_re = re.compile("[" + "".join(sorted(re.escape(c) for c in self._t2s_map if c <= "\uffff")) + "]")
        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()

        self._entries: list[Entry] = list(taxonomy.entries)
        self._phrases: dict[str, list[_Phrase]] = {}
        vocab: set[str] = set()
        for e in self._entries:
            ps: list[_Phrase] = []
            for lang in ("zh", "en"):
                for raw in e.phrases[lang]:
                    ps.append(self._mk(raw, STRONG_WEIGHT, True, lang))
                for raw in e.key_terms[lang]:
                    ps.append(self._mk(raw, KEY_WEIGHT, False, lang))
                if lang == "zh":
                    vocab.update(_norm(p) for p in (*e.phrases[lang], *e.key_terms[lang]))
            # dedupe by text keeping the strongest
            best: dict[str, _Phrase] = {}
            for p in ps:
                if p.text not in best or p.weight > best[p.text].weight:
                    best[p.text] = p
            self._phrases[e.code] = list(best.values())
        self._acts: dict[str, frozenset[_Key]] = {
            e.code: frozenset(self._mk(p, 1, True, lang).key
                              for lang in ("zh", "en") for p in e.act_terms[lang])
            for e in self._entries if any(e.act_terms.values())}
        rel = taxonomy.relevance
        self._anchors = [(w, [self._mk(p, w, True, lang) for lang in ("zh", "en") for p in g[lang]])
                         for w, g in rel.anchors]
        for _, ps in self._anchors:
            vocab.update(p.text for p in ps if p.lang == "zh")
        self._masks = sorted({_norm(p) for lang in ("zh", "en") for p in rel.masks[lang]}, key=len, reverse=True)
        self._bj_place = [self._mk(p, 1, True, lang) for lang in ("zh", "en") for p in rel.beijing_place[lang]]
        self._bj_topics = [self._mk(p, 1, True, lang) for lang in ("zh", "en") for p in rel.beijing_topics[lang]]
        self._traps = [self._mk(p, 1, True, lang, check=True) for lang in ("zh", "en") for p in rel.trap_terms[lang]]
        self._others = [self._mk(p, 1, True, lang, check=True) for lang in ("zh", "en") for p in rel.other_parks[lang]]
        self._national = [self._mk(p, 1, True, lang) for lang in ("zh", "en")
                          for p in (rel.national_terms or {}).get(lang, ())]
        for group in (self._bj_place, self._bj_topics, self._traps, self._others):
            vocab.update(p.text for p in group if p.lang == "zh")
        vocab.update(_norm(w) for w in rel.segmenter_words)
        # the plans' own terms, so jieba keeps 国际科技创新中心 etc. whole
        for w in sorted(vocab):
            if len(w) >= 2 and re.search(r"[\u4e00-\u9fff]", w):
                self._jieba.add_word(w, freq=2000)
        self._parents = {e.code: e.parent for e in self._entries}
        # a measure's fellow measures of its task (none for a task)
        self._siblings = {e.code: tuple(o.code for o in self._entries if e.parent and o.parent == e.parent
                                        and o.code != e.code) for e in self._entries}
        self._plan_of = {e.code: e.plan for e in self._entries}
        self._event_names = {p.text for ps in self._phrases.values() for p in ps
                             if p.strong and _EVENT_NAME.search(p.text)}
        # full measure headlines (the plan's own wording of a measure), normalised
        self._headlines = {e.code: _norm(self._to_simplified(e.name_zh)) for e in self._entries
                           if e.parent and len(e.name_zh) >= 6}
        # the plans in file order: the first is the zone's own plan (Z), each later one a plan of the city the
        # zone is in (B, the Beijing centre), whose key terms count in its own context (see classify)
        self._plans = tuple(dict.fromkeys([*taxonomy.contexts, *(e.plan for e in self._entries)]))
        ctx_phrases: list[_Phrase] = []
        self._ctx_keys: dict[str, frozenset[_Key]] = {}
        self._ctx_named: dict[str, frozenset[_Key]] = {}  # the context words that name the zone or centre itself
        generic_all: set[str] = set()
        for plan in self._plans:
            ps = [self._mk(p, 1, True, lang) for lang in ("zh", "en")
                  for p in taxonomy.contexts.get(plan, {}).get(lang, ())]
            ctx_phrases += ps
            # (not the taxonomy's generic ones, 示范区 / 分园, which any zone has)
            generic = {_norm(g) for gs in taxonomy.generic_contexts.get(plan, {}).values() for g in gs}
            generic_all |= generic
            self._ctx_keys[plan] = frozenset(p.key for p in ps)
            self._ctx_named[plan] = frozenset(p.key for p in ps if p.text not in generic)
        # every phrase searched in a text, located in one pass per text (see _Matcher)
        self._key_entries: dict[_Key, list[int]] = {}  # phrase key -> indexes of the entries that use it
        for n, e in enumerate(self._entries):
            for k in dict.fromkeys(p.key for p in self._phrases[e.code]):
                self._key_entries.setdefault(k, []).append(n)
        self._headline_keys = {c: (h, False, False) for c, h in self._headlines.items()}
        self._mask_keys = [(m, False, False) for m in self._masks]
        masked_phrases = [p for _, ps in self._anchors for p in ps] + self._bj_place + self._bj_topics
        (self._kbj_place, self._ktraps, self._kothers, self._knational) = (
            frozenset(p.key for p in ps) for ps in (self._bj_place, self._traps, self._others, self._national))
        self._other_names = tuple(p.text for p in self._others)
        self._generic_zone = frozenset(generic_all)
        self._anchor_names = tuple(p.text for _, ps in self._anchors for p in ps)
        self._benchmark_cues = tuple(dict.fromkeys(_norm(c) for lang in ("zh", "en")
                                                   for c in (rel.benchmark_cues or {}).get(lang, ())))
        self._masked_matcher = _Matcher(p.key for p in masked_phrases)
        self._matcher = _Matcher([p.key for p in (*ctx_phrases, *self._traps, *self._others,
                                                  *self._national, *masked_phrases)]
                                 + [k for ps in self._phrases.values() for k in (p.key for p in ps)]
                                 + list(self._headline_keys.values()) + self._mask_keys
                                 + [k for ks in self._acts.values() for k in ks])

    # ------------------------------------------------------------------ setup
    @classmethod
    def load(cls, taxonomy_path: str | Path | None = None, threshold: float = DEFAULT_THRESHOLD,
             relevance_threshold: float = DEFAULT_RELEVANCE_THRESHOLD, use_model: bool = True) -> "Classifier":
        """Build a classifier from a taxonomy file (default: the packaged one).

        ``use_model=False`` leaves out the taxonomy's learned relevance model (rules alone).
        """
        return cls(load_taxonomy(taxonomy_path), threshold=threshold, relevance_threshold=relevance_threshold,
                   use_model=use_model)

    def normalise(self, text: str) -> str:
        """The text as the classifier reads it (pinyin stripped, t2s, NFKC, lower case), sentence per line."""
        return self._analyse(text or "").joined

    def model_text(self, text: str, title: str | None = None) -> str:
        """What the learned models read: the normalised text, then the normalised title (their features
        are sets: order is moot)."""
        return self._model_text(self._analyse(text or ""), title)

    def _model_text(self, doc: "_Doc", title: str | None) -> str:
        return doc.joined + "\n" + self.normalise(title) if title else doc.joined

    @staticmethod
    def _mk(raw: str, weight: float, strong: bool, lang: str, check: bool = False) -> _Phrase:
        t = _norm(raw)
        return _Phrase(t, weight, strong, lang, check and lang == "zh" and len(t) <= SHORT_PHRASE)

    # ----------------------------------------------------------------- analysis
    def _to_simplified(self, s: str) -> str:
        """``s.translate(self._t2s_table)``, by one regex pass over the characters that change (a
        traditional text changes about one character in ten; ``str.translate`` looks up every one).
        Text with characters outside the BMP, which the fast class leaves out, is translated."""
        if _ASTRAL.search(s):
            return s.translate(self._t2s_table)
        return self._trad_re.sub(lambda m: self._t2s_map[m.group()], s)

    def _analyse(self, text: str) -> _Doc:
        spans = split_sentences(text)
        # normalise all sentences at once: none of the steps crosses the "\n" between sentences
        trad = self._trad_re.search(text) is not None
        # (a sentence the page broke after a comma is read as one line)
        pieces = [text[s:e].replace("\n", " ") for s, e in spans]
        a = strip_pinyin("\n".join(pieces))
        joined = _norm(self._to_simplified(a) if trad else a)
        sents = joined.split("\n") if spans else []
        if len(sents) != len(spans):  # a normalisation produced a line break: do it sentence by sentence
            sents = []
            for piece in pieces:
                a = strip_pinyin(piece)
                sents.append(_norm(self._to_simplified(a) if trad else a))
            joined = "\n".join(sents)
        starts = []
        pos = 0
        for a in sents:
            starts.append(pos)
            pos += len(a) + 1
        return _Doc(spans, sents, joined, starts)

    def _is_token(self, doc: _Doc, text: str, i: int) -> bool:
        """Whether ``text`` (Chinese) is a whole jieba token of sentence ``i``.

        jieba cuts each run of ``_HAN_BLOCK`` characters on its own, so only the runs that
        contain ``text`` are cut (the same tokens as cutting the whole sentence); each run is cut
        once per document.  (A window around each occurrence was cut before: a property test found
        a text where the window's cut and the whole run's differ.)
        """
        return any(text in self._tokens(doc, m.group())
                   for m in _HAN_BLOCK.finditer(doc.sents[i]) if text in m.group())

    def _tokens(self, doc: _Doc, run: str) -> frozenset[str]:
        """jieba's words of a run of Han characters, cut once per document."""
        toks = doc.tokens.get(run)
        if toks is None:
            toks = doc.tokens[run] = frozenset(self._jieba.lcut(run, HMM=False))
        return toks

    def _locate(self, doc: _Doc, key: _Key, hay: str, at: list[int]) -> list[int]:
        """Sorted distinct sentence indexes of the occurrences ``at`` (ascending offsets in ``hay``) of
        the phrase ``key`` that pass its checks: Latin phrases need a word start, short acronyms a word
        end too; short Chinese phrases must be jieba tokens."""
        text, boundary, short = key
        out: list[int] = []
        n = len(text)
        starts = doc.starts
        checked: dict[int, bool] = {}
        for k in at:
            if boundary and k > 0 and hay[k - 1].isalnum():
                continue
            if boundary and n <= 4 and k + n < len(hay) and hay[k + n].isalnum():
                continue  # short acronyms such as "zol", "5g" must be whole words
            i = bisect.bisect_right(starts, k) - 1
            if out and out[-1] == i:
                continue
            if short:
                ok = checked.get(i)
                if ok is None:
                    ok = checked[i] = self._is_token(doc, text, i)
                if not ok:
                    continue
            out.append(i)
        return out

    @staticmethod
    def _sents(hits: dict[_Key, list[int]], keys: frozenset[_Key]) -> set[int]:
        """Sentences where any phrase of ``keys`` was found."""
        out: set[int] = set()
        for k in keys.intersection(hits):
            out.update(hits[k])
        return out

    @staticmethod
    def _other_zone_only(sent: str, word: str) -> bool:
        """Every 示范区 (demonstration zone) of ``sent`` is another kind of zone's name (自动驾驶示范区)."""
        return sent.count(word) <= len(_OTHER_ZONE.findall(sent))

    def _listed_among_other_parks(self, sent: str) -> bool:
        """The zone named as one item of a 、-list that names another park too
        (北京中关村、武汉东湖、上海张江、深圳等19个示范区)."""
        return any(c.count("、") >= 2 and any(a in c for a in self._anchor_names) and any(o in c for o in self._other_names)
                   for c in _CLAUSE_SPLIT.split(sent))

    def _as_benchmark(self, sent: str) -> bool:
        """The zone named as a model or a contrast (学习借鉴北京中关村的经验, unlike Beijing's Zhongguancun): a cue
        before the zone's first mention in the sentence."""
        low = sent.lower()
        first = min((p for p in (low.find(a) for a in self._anchor_names) if p >= 0), default=-1)
        if first < 0:
            return False
        if any(0 <= low.find(c) < first for c in self._benchmark_cues):
            return True
        # the comparative frame 与/和/同/跟 … 相比 around the zone's first mention, within one clause (与北京中关村、
        # 上海张江等园区相比，东湖…): a comparison, whose subject is the other park
        m = _COMPARED.search(low, max(0, first - 12))
        return m is not None and m.start() <= first < m.end()

    @staticmethod
    def _as_venue(sent: str, name: str) -> bool:
        """Every mention of the event ``name`` in ``sent`` is a venue: 在…论坛(年会)上/期间, at/during the … forum."""
        pos = sent.find(name)
        if pos < 0:
            return False
        while pos >= 0:
            after = sent[pos + len(name):pos + len(name) + 16]
            before = sent[max(0, pos - 30):pos]
            if not (_VENUE_AFTER.match(after) or _VENUE_BEFORE.search(before)):
                return False
            pos = sent.find(name, pos + 1)
        return True

    # ---------------------------------------------------------------- relevance
    def _masked_hits(self, doc: _Doc, hits: dict[_Key, list[int]]) -> dict[_Key, list[int]]:
        """Hits of the relevance anchors and Beijing phrases once other places that contain them
        (南京, 东京, ...) are masked."""
        masked, dated = doc.joined, 0
        if "北京" in masked or "beijing" in masked:
            masked, dated = _DATELINE.subn(lambda mo: mo.group().replace(mo.group(1) or mo.group(2), "#" * 2
                                                                         if mo.group(1) else "#" * 7, 1), masked)
        if not dated and not any(k in hits for k in self._mask_keys):
            return hits  # nothing to mask: the anchors are found in the text itself
        if dated:
            # the city the dateline names is the one its story calls 本市 / "the city" (新华社北京…电 本市今年将…)
            masked = _THIS_CITY.sub(lambda mo: "北京" if mo.group(1) else "beijing ", masked)
        for m in self._masks:
            if m in masked:
                masked = re.sub(re.escape(m), lambda mo: "#" * len(mo.group()), masked)
        return self._masked_matcher.find_all(self, doc, masked)

    def _relevance(self, doc: _Doc, hits: dict[_Key, list[int]], mhits: dict[_Key, list[int]],
                   title: str | None, plan_hits: int, plan_sents: set[int], headline_hits: int = 0,
                   ) -> tuple[float, float]:
        """(rule score, damping): the damping is the product of the factors that the rules' knowledge of
        traps, other parks and national texts applied, which the learned model's share also takes."""
        others = self._sents(hits, self._kothers)  # sentences about other parks / provinces
        other_zone = None   # (found out only for a text whose anchors include the generic 示范区)
        anchor_w: dict[int, float] = {}  # sentence -> noisy-OR of its distinct anchors
        for w, ps in self._anchors:
            for p in ps:
                for i in mhits.get(p.key, ()):
                    if p.text in self._generic_zone:
                        if other_zone is None:
                            # a text naming another kind of zone (德清县自动驾驶示范区) that says nothing of Beijing: its
                            # bare 示范区 later on ("示范区已吸引…") is that zone
                            other_zone = self._kbj_place.isdisjoint(mhits) and _OTHER_ZONE.search(doc.joined) is not None
                        if other_zone or (others and self._other_zone_only(doc.sents[i], p.text)):
                            continue  # another place's 自动驾驶示范区: another kind of zone, not the demonstration zone
                    anchor_w[i] = 1.0 - (1.0 - anchor_w.get(i, 0.0)) * (1.0 - w)
        rel = self.taxonomy.relevance
        for i in anchor_w.keys() & others:
            if self._listed_among_other_parks(doc.sents[i]):
                anchor_w[i] *= LISTED_ANCHOR
        benchmarked = set()
        if others and rel.benchmark_weight > 0:
            benchmarked = {i for i in anchor_w if self._as_benchmark(doc.sents[i])}
            for i in benchmarked:
                anchor_w[i] *= rel.benchmark_weight
            if benchmarked and benchmarked == anchor_w.keys():
                # the zone is only the other park's model: the plans' vocabulary is then that park's plan's
                plan_hits = headline_hits = 0
        if rel.beijing_weight > 0:
            place = self._sents(mhits, self._kbj_place)
            if place:
                topical = {i for p in self._bj_topics for i in mhits.get(p.key, ())}
                for i in topical & place:
                    anchor_w[i] = max(anchor_w.get(i, 0.0), rel.beijing_weight)
                first = min(topical & place, default=None)
                if first is not None and rel.beijing_carry_weight > 0 and not others:
                    for i in topical:
                        if i > first:
                            anchor_w[i] = max(anchor_w.get(i, 0.0), rel.beijing_carry_weight)
        miss = 1.0
        for w in anchor_w.values():
            miss *= 1.0 - w
        miss *= (1.0 - PLAN_PHRASE_RELEVANCE) ** min(plan_hits, 4)
        miss *= (1.0 - HEADLINE_RELEVANCE) ** min(headline_hits, 2)
        evidence = 1.0 - miss
        n_sents = sum(1 for s in doc.sents if len(s) >= 6) or 1
        n_anchor = len(anchor_w)
        n_support = len(set(anchor_w) | plan_sents)
        damp = 1.0
        if rel.min_fraction > 0 and n_support:
            frac = n_support / n_sents
            if frac < rel.min_fraction:
                evidence *= frac / rel.min_fraction
        traps = self._sents(hits, self._ktraps)
        excess = len(traps) - n_anchor
        if rel.trap_terms_per_anchor > 0:
            # vocabulary too: a one-sentence restaurant tip naming 中关村 has many trap words in one sentence;
            # a term inside another found term (出租 in 写字楼出租) is not counted again
            found = {k[0] for k in self._ktraps.intersection(hits)}
            n_terms = sum(1 for t in found if not any(t != u and t in u for u in found))
            excess = max(excess, n_terms - rel.trap_terms_per_anchor * n_anchor)
        if excess > 0 and rel.trap_weight > 0:
            f = max(0.2, (1.0 - rel.trap_weight) ** excess)
            evidence *= f
            damp *= f
        if len(others) > n_anchor:
            f = n_anchor / len(others) if n_anchor else 0.0
            evidence *= f
            damp *= f
        elif len(others) == n_anchor and others - anchor_w.keys():
            # as many sentences on other parks as on the anchors, some of them on other parks alone:
            # the model cannot tell whose parks a text speaks of
            damp *= OTHER_PARKS_TIE
        if not n_anchor and rel.national_weight > 0 and not self._knational.isdisjoint(hits):
            # national policy sharing the plans' vocabulary, not the plan itself
            evidence *= 1.0 - rel.national_weight
            damp *= 1.0 - rel.national_weight
        if title:
            tn = _norm(strip_pinyin(title))
            if self._trad_re.search(title):
                tn = _norm(self._t2s.convert(strip_pinyin(title)))
            for m in self._masks:
                tn = tn.replace(m, "#")
            if any(p.text in tn for _, ps in self._anchors for p in ps if not p.short) and not (
                    others and rel.benchmark_weight > 0 and self._as_benchmark(tn)):
                # (a headline naming the zone as another park's model is that park's headline)
                evidence = 1.0 - (1.0 - evidence) * 0.4
        return min(1.0, max(0.0, evidence)), damp

    # ------------------------------------------------------------------- labels
    def _add_model_tasks(self, doc: "_Doc", model_text: str, final: dict[str, tuple[float, float, int]],
                         drop_plan: set[str]) -> set[str]:
        """Label each task the learned task model gives at least its plan's threshold and the rules do not.

        The model's probability is mapped onto the label scale so that the plan's threshold lands on
        ``DEFAULT_THRESHOLD`` (a classifier built with a higher label threshold asks the model for more
        too); a plan the rules' document-level context excludes (Z codes in a Beijing-centre text that
        never names Zhongguancun, B codes out of the centre's context) gets nothing from the model.  The
        evidence is the rules' best sentence for the task where they found one, else the sentence whose
        features weigh most for the task.  Returns the codes whose score the model set."""
        by_model: set[str] = set()
        if len(doc.sents) < TASK_MODEL_MIN_SENTENCES:
            return by_model
        model = self._task_model
        probs = model.probabilities(model_text)
        weights = thick = None  # per sentence (and task), made once if a task needs an evidence sentence
        for n, (code, p) in enumerate(probs.items()):
            plan = self._plan_of.get(code)
            t = self._task_thresholds.get(plan)
            if t is None or plan in drop_plan:
                continue
            score = DEFAULT_THRESHOLD * p / t if p < t else DEFAULT_THRESHOLD + (1.0 - DEFAULT_THRESHOLD) * (p - t) / (1.0 - t)
            old = final.get(code)
            if score < self.threshold or (old is not None and old[0] >= self.threshold):
                continue  # below the label threshold, or the rules label the task themselves
            by_model.add(code)
            if old is not None:
                final[code] = (score, old[1], old[2])
            else:
                if weights is None:
                    weights = model.sentence_weights(doc.sents)
                    thick = ~np.array([doc.thin(i) for i in range(len(doc.sents))], dtype=bool)
                col = weights[:, n]
                if thick.any() and col[thick].max() > 0:
                    col = np.where(thick, col, -1.0)
                final[code] = (score, 0.0, int(col.argmax()))  # the first of equals
        return by_model

    def classify(self, text: str, title: str | None = None) -> Classification:
        """Relevance and plan-task labels for one article (pure)."""
        doc = self._analyse(text or "")
        hits = self._matcher.find_all(self, doc, doc.joined)
        mhits = self._masked_hits(doc, hits)
        names_beijing = not self._kbj_place.isdisjoint(mhits)
        zone, later = self._plans[0], self._plans[1:]
        ctx: dict[str, set[int]] = {}  # plan -> the sentences that show its context
        for plan in self._plans:
            ctx[plan] = self._sents(hits, self._ctx_keys[plan])
            if ctx[plan] and self._ctx_named[plan].isdisjoint(hits) and _OTHER_ZONE.search(doc.joined):
                # a text that never names Zhongguancun but names another kind of demonstration zone
                # (自动驾驶示范区, 未来产业示范区): its 示范区 is that zone, later ones too ("示范区将…");
                # the plan's own bare 示范区 (no other zone named) stays the zone's context
                ctx[plan] = set()
        if names_beijing and not any(ctx.values()):
            # a (relevant) Beijing text that names no plan's context is a text of the city's plans: their projects
            # are its plan (a municipal blockchain or AI plan without 科创中心 wording)
            bj = self._sents(mhits, self._kbj_place)
            for plan in later:
                ctx[plan] = bj

        # (score, best weight, evidence sentence index) per code, from own phrases
        raw: dict[str, tuple[float, float, int]] = {}
        strong_codes: dict[str, int] = dict.fromkeys(self._plans, 0)
        plan_phrase_hits: set[str] = set()
        plan_sents: set[int] = set()
        hits_by_code: dict[str, list[tuple[_Phrase, list[int]]]] = {}
        key_entries = self._key_entries
        hit_entries = sorted({n for k in hits if k in key_entries for n in key_entries[k]})
        for n in hit_entries:
            e = self._entries[n]
            hs = []
            for p in self._phrases[e.code]:
                idx = hits.get(p.key)
                if idx:
                    hs.append((p, idx))
                    if p.strong:
                        plan_phrase_hits.add(p.text)
                        plan_sents.update(idx)
            hits_by_code[e.code] = hs
            if any(p.strong for p, _ in hs):
                strong_codes[e.plan] = strong_codes.get(e.plan, 0) + 1
        # a city-plan text (two or more of a later plan's entries named by phrase, more than the zone's): the zone's
        # tasks count only where it is named
        city_dominant = any(strong_codes[p] >= 2 and strong_codes[p] > strong_codes[zone] for p in later)
        # document-level plan context: a text in a city plan's context that never names Zhongguancun gets no
        # Z codes; a city plan's codes need its context or two of its entries named
        drop_plan = set()
        if not ctx[zone] and any(ctx[p] for p in later):
            drop_plan.add(zone)
        drop_plan.update(p for p in later if not ctx[p] and strong_codes[p] < 2)
        headline_codes = [c for c, k in self._headline_keys.items() if k in hits]
        # a text that opens with a measure headline is that measure's paragraph of the plan
        # headlines that open a sentence: the plan's own measure paragraphs ("支持颠覆性技术创新。…"),
        # not a circular that merely asks to "加强关键核心技术攻关"
        open_codes = [c for c in headline_codes
                      if any(s.lstrip(_NUMBERING).startswith(self._headlines[c]) for s in doc.sents)]
        opening = None
        if doc.sents:
            first = doc.sents[0].lstrip(_NUMBERING)
            opening = next((c for c in open_codes if first.startswith(self._headlines[c])), None)

        for e in self._entries:
            hs = hits_by_code.get(e.code)
            if not hs:
                continue
            acts = self._acts.get(e.code)
            act_sents = self._sents(hits, acts) if acts else set()
            # out of its plan's context, an entry still counts where a sentence states its work being
            # done (成立, 揭牌, established ...) in a text that names Beijing (for the center's projects)
            gated = e.plan in drop_plan
            # a centre project named by its headline phrase as the text's topic (in the opening sentence, or in two
            # sentences) counts in a Zhongguancun text too (京津冀协同创新 in a story on Zhongguancun firms in Tianjin)
            if gated and e.plan != zone and names_beijing and \
                    any(p.strong and (len(idx) > 1 or 0 in idx) for p, idx in hs):
                gated = False
            if gated and not (act_sents and e.plan != zone and names_beijing):
                continue
            if opening and e.code not in (opening, self._parents[opening]):
                continue
            miss = 1.0
            sent_w: dict[int, float] = {}
            sent_s: dict[int, float] = {}
            # event names mentioned only as the venue of something else ("在中关村论坛上发布…"):
            # a mention, not the event itself -- weighed as a key term, and the key terms inside
            # the name (论坛) are not counted again
            venues = {p.text for p, idx in hs if p.strong and p.text in self._event_names
                      and all(self._as_venue(doc.sents[i], p.text) for i in idx)}
            for p, idx in hs:
                if not p.strong and any(q is not p and p.text in q.text and set(idx) <= set(qi)
                                        and all(doc.sents[i].count(p.text) <= doc.sents[i].count(q.text) for i in idx)
                                        for q, qi in hs):
                    continue  # only ever inside a longer term of this entry (孵化 in 孵化器): one mention
                if not p.strong and any(
                        p.text in q.text and len(q.text) > len(p.text) and set(idx) <= set(qi)
                        and all(doc.sents[i].count(p.text) <= doc.sents[i].count(q.text) for i in idx)
                        for c2 in self._siblings[e.code] for q, qi in hits_by_code.get(c2, ())):
                    continue  # ... or of another measure of its task: "intellectual property" (Z2.1) inside
                    # "intellectual property pledge financing" (Z2.3) is that measure's word
                if venues and not p.strong and p.text not in venues and \
                        any(p.text in v for v in venues) and all(any(v in doc.sents[i] for v in venues) for i in idx):
                    continue
                if gated:
                    idx = [i for i in idx if i in act_sents]
                elif e.plan == zone and city_dominant:
                    # in a Beijing-center text, Zhongguancun's tasks count only where it is named
                    idx = [i for i in idx if i in ctx[zone]]
                elif not p.strong:
                    # a key term counts in a text in its plan's context (a city plan's also where its entries
                    # are named by phrase)
                    if not (ctx[e.plan] or (e.plan != zone and strong_codes[e.plan])):
                        idx = []
                if not idx:
                    continue
                w, strong = (KEY_WEIGHT, False) if p.text in venues else (p.weight, p.strong)
                if not strong and act_sents and not act_sents.isdisjoint(idx):
                    w = max(w, ACT_WEIGHT)
                elif not strong and all(_in_enumeration(doc.sents[i], p.text) for i in idx):
                    w = min(w, ENUM_WEIGHT)
                elif strong and all(_among_national_strategies(doc.sents[i], p.text) for i in idx):
                    w, strong = min(w, ENUM_WEIGHT), False
                elif not strong and len(idx) >= REPEAT_SENTENCES:
                    w = max(w, REPEAT_WEIGHT)  # the text keeps coming back to it: its topic, not a passing word
                miss *= 1.0 - w
                for i in idx:
                    sent_w[i] = sent_w.get(i, 0.0) + w
                    if strong:
                        sent_s[i] = sent_s.get(i, 0.0) + w
            if not sent_w:
                continue
            # evidence: a sentence that is not thin, then the most strong-phrase weight, then most weight,
            # then earliest
            best_i = min(sent_w, key=lambda i: (doc.thin(i), -sent_s.get(i, 0.0), -sent_w[i], i))
            raw[e.code] = (1.0 - miss, sent_w[best_i], best_i)

        relevance, damp = self._relevance(doc, hits, mhits, title, len(plan_phrase_hits), plan_sents, len(open_codes))
        model_text = None  # what the learned models read (text and title), made once for both
        if self._model is not None and relevance > 0:
            # a second opinion on what the rules found: a text with no evidence at all (no anchor, centre
            # topic or plan phrase) stays at 0, and where the rules' trap knowledge zeroed the model's share
            # it is not computed
            a = self._model_weight
            p = 0.0
            if damp > 0:
                # the model reads the title as part of the text (its features are a set: order is moot)
                model_text = self._model_text(doc, title)
                p = self._model.probability(model_text)
            relevance = (1.0 - a) * relevance + a * damp * p
        relevant = relevance >= self.relevance_threshold
        labels: list[Label] = []
        if relevant:
            final: dict[str, tuple[float, float, int]] = dict(raw)
            for code, (score, w, i) in raw.items():
                parent = self._parents.get(code)
                if parent and score >= self.threshold:
                    ps, pw, pi = final.get(parent, (0.0, 0.0, i))
                    new = 1.0 - (1.0 - ps) * (1.0 - MEASURE_TO_TASK * score)
                    if w > pw:
                        pw, pi = w, i
                    final[parent] = (new, pw, pi)
            by_model: set[str] = set()
            if self._task_model is not None and not opening:
                if model_text is None:
                    model_text = self._model_text(doc, title)
                by_model = self._add_model_tasks(doc, model_text, final, drop_plan)
            for e in self._entries:
                if e.code in final:
                    score, _, i = final[e.code]
                    parent = self._parents.get(e.code)
                    if parent and final.get(parent, (0.0,))[0] < self.threshold:
                        # a measure is part of its task: one whose task the text does not reach is not labelled
                        # (the labelled texts never have one; on the tune split all 15 such labels were wrong)
                        continue
                    if score >= self.threshold:
                        s, t = doc.spans[i]
                        labels.append(Label(code=e.code, score=round(min(1.0, score), 4), evidence=text[s:t],
                                            method="model" if e.code in by_model else "rules"))
        return Classification(
            relevant=relevant,
            relevance=round(relevance, 4),
            labels=tuple(labels),
            taxonomy_version=self.taxonomy.version,
        )
