import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.classify import Classifier, split_sentences, strip_pinyin

HERE = Path(__file__).parent
SEEDS = HERE / "fixtures" / "seeds"
LABELLED = HERE / "data" / "labelled"
Z_ALL = {f"Z{i}" for i in range(1, 8)}
B_ALL = {f"B{i}" for i in range(1, 7)}

# Quality floors on the holdout split, set a little under the measured figures
# (see bench/classify.py). Raise them when the classifier improves; never lower them.
FLOOR_RELEVANCE_F1 = 0.95  # measured 0.975 (taxonomy v7 with the relevance model; 0.950 with v6)
FLOOR_LABEL_MICRO_F1 = 0.85  # measured 0.875 (159 texts, taxonomy v7; 0.865 at the start of session 7; 0.862 with v6, 0.854 in round 3, 0.770 on the earlier 129)
# The same gate on the holdout split through the round-3 web texts (196 texts): the floors
# above stay on the 159 texts they were recorded on; these are recorded on those 196.
FLOOR_ALL_RELEVANCE_F1 = 0.95  # measured 0.972 (v7; 0.952 with v6, 0.938 with v3)
FLOOR_ALL_LABEL_MICRO_F1 = 0.82  # measured 0.845 (v7; 0.837 earlier in session 7; 0.834 with v6, 0.818 with v3)
# All 226 held-back texts, with the round-4 web texts (taxonomy plan_tasks.v4)
FLOOR_R4_RELEVANCE_F1 = 0.95  # measured 0.972 (v7; 0.947 with v6, 0.931 with v4)
FLOOR_R4_LABEL_MICRO_F1 = 0.80  # measured 0.825 (v7; 0.811 earlier in session 7; 0.807 with v6, 0.783 with v4)
# All 257 held-back texts, with the round-5 web texts (taxonomy plan_tasks.v5; first scored after
# the v5 rules were written from the tune split: 0.933 / 0.760 before this session's round-5 rules)
FLOOR_R5_RELEVANCE_F1 = 0.95  # measured 0.975 (v7; 0.947 with v6, 0.937 with v5)
FLOOR_R5_LABEL_MICRO_F1 = 0.77  # measured 0.793 (v7; 0.781 earlier in session 7; 0.778 with v6, 0.763 with v5)
# All 288 held-back texts, with the round-6 web texts (first scored with taxonomy v5, before any
# rule was written from round 6: 0.938 / 0.742)
FLOOR_R6_RELEVANCE_F1 = 0.95  # measured 0.972 (v7; 0.947 with v6, 0.938 when round 6 was first scored)
FLOOR_R6_LABEL_MICRO_F1 = 0.76  # measured 0.779 (v7; 0.758 earlier in session 7; 0.756 with v6, 0.742 when round 6 was first scored)
# All 350 held-back texts, with round 9 (62 texts, a measure-only round: all holdout), first scored with
# taxonomy v7 after every v7 rule and the relevance model were fixed: round 9 alone 0.921 / 0.481
FLOOR_R9_RELEVANCE_F1 = 0.94  # measured 0.962 (v11; 0.962 with v7-v10, v7 when round 9 was first scored)
# Evidence: of the gold labels the classifier gives, the share whose evidence sentence a second reader marked as
# stating the label (bench/evidence.py; tests/data/labelled/evidence_*.jsonl)
FLOOR_EVIDENCE_HOLDOUT = 0.97  # measured 0.993 (134 of 135, v15)
FLOOR_EVIDENCE_TUNE = 0.92  # measured 0.941 (160 of 170, v15 with thin sentences passed over; 0.924 before)
FLOOR_R9_LABEL_MICRO_F1 = 0.75  # measured 0.763 (v15; 0.753 with v14; 0.757 with v13 and its task model; 0.738 with v12, 0.733 with v11, 0.732 with v10, 0.726 with v7-v9, 0.706 when round 9 was first scored)


@pytest.fixture(scope="module")
def clf():
    return Classifier.load()


def seed(name):
    return next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def codes(c):
    return {lab.code for lab in c.labels}


def check_evidence(c, text):
    for lab in c.labels:
        assert 0.0 <= lab.score <= 1.0
        assert lab.evidence and lab.evidence in text, lab


@pytest.mark.parametrize("name", ["000", "003"])
def test_cns_story_gets_all_seven_tasks(clf, name):
    text = seed(name)
    c = clf.classify(text)
    assert c.relevant
    assert Z_ALL <= codes(c)
    check_evidence(c, text)
    assert c.taxonomy_version == "plan_tasks.v22"


@pytest.mark.parametrize("name", ["001", "002"])
def test_press_conferences_get_all_six_projects(clf, name):
    text = seed(name)
    c = clf.classify(text)
    assert c.relevant
    assert B_ALL <= codes(c)
    check_evidence(c, text)


@pytest.mark.parametrize("mainland, taiwan, hong_kong", [
    ("北京中关村将在人工智能、量子信息、集成电路等前沿领域加快布局，力争实现关键核心技术突破。北京国际科技创新中心建设加快推进。",
     "北京中關村將在人工智慧、量子資訊、積體電路等前沿領域加快布局，力爭實現關鍵核心技術突破。北京國際科技創新中心建設加快推進。",
     "北京中關村將在人工智能、量子信息、集成電路等前沿領域加快布局，力爭實現關鍵核心技術突破。北京國際科技創新中心建設加快推進。"),
    ("中关村软件和信息服务业收入增长13%，北京将建设全球数字经济标杆城市，推动中关村数字经济引领发展。",
     "中關村軟體和資訊服務業營收成長13%，北京將建設全球數位經濟標竿城市，推動中關村數位經濟引領發展。",
     "中關村軟件和資訊科技服務業收入增長13%，北京將建設全球數碼經濟標杆城市，推動中關村數碼經濟引領發展。"),
])
def test_taiwan_and_hong_kong_wording_gets_the_mainland_labels(clf, mainland, taiwan, hong_kong):
    """人工智慧, 積體電路, 軟體, 數位經濟 / 數碼經濟: character conversion alone left them unmatched."""
    want = codes(clf.classify(mainland))
    assert want and codes(clf.classify(taiwan)) == want and codes(clf.classify(hong_kong)) == want


def test_the_digital_economy_task_in_english_news_wording(clf):
    """Z4's headline (强化数字经济引领) as English news words it: the Chinese sentence had Z4, the English none."""
    zh = "北京将建设全球数字经济标杆城市，推动中关村数字经济引领发展。"
    en = ("Beijing will build a global benchmark city for the digital economy, with Zhongguancun leading the "
          "development of the digital economy.")
    assert "Z4" in codes(clf.classify(zh)) and "Z4" in codes(clf.classify(en))


def test_traditional_evidence_is_original_script(clf):
    text = seed("000")
    c = clf.classify(text)
    ev = {lab.code: lab.evidence for lab in c.labels}
    assert "堅持自立自強" in ev["Z1"]  # the clause of the seven-task list, traditional, with pinyin kept
    assert "(chuàng)" in ev["Z1"]


def test_english_evidence(clf):
    c = clf.classify(seed("003"))
    ev = {lab.code: lab.evidence for lab in c.labels}
    assert "self-reliance" in ev["Z1"]
    assert "multiple parks in one district" in ev["Z5"]


def test_strip_pinyin():
    assert strip_pinyin("中新網(wǎng)北京") == "中新網北京"
    assert strip_pinyin("(記者 陳杭)") == "(記者 陳杭)"
    assert strip_pinyin("研究與試驗發展(R&D)經費") == "研究與試驗發展(R&D)經費"


# Traps: short constructed snippets in the style of real pages (no real trap pages were
# available offline; see tests/data/labelled/README.md).
TRAPS = [
    "中关村在线评测：这款手机续航表现出色，屏幕素质优秀，跑分成绩领先，售价2999元。",
    "中关村电子卖场今天促销，显卡和笔记本电脑优惠力度很大，柜台装机送鼠标。",
    "中关村写字楼出租，精装修，租金低至5元/平米/天，近地铁。",
    "深圳南山科技园和前海深港现代服务业合作区今年新增高新技术企业1200家，深圳将加快建设具有全球影响力的科技和产业创新高地。",
    "张江科学城今年集聚集成电路企业超过200家，张江将打造世界一流科学城，上海市表示将全力支持。",
    "ZOL (zol.com.cn) hands-on review: the new laptop has a bright screen and a fair price.",
    "国务院印发通知，要求各地加强关键核心技术攻关，强化企业科技创新主体地位，推动产业链供应链优化升级。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_are_not_relevant(clf, text):
    c = clf.classify(text)
    assert not c.relevant, c
    assert c.labels == ()


@pytest.mark.parametrize("text", [
    "怀柔科学城综合性国家科学中心建设加快推进，一批大科学装置投入运行。",
    "北京将加快建设全球数字经济标杆城市，北京国际大数据交易所交易规模持续扩大。",
    "Zhongguancun Forum opens in Beijing, with new policies for the Zhongguancun demonstration zone.",
    "中關村論壇今日開幕，發布多項中關村先行先試改革政策。",
])
def test_relevant_without_or_with_zgc_in_three_scripts(clf, text):
    c = clf.classify(text)
    assert c.relevant, c
    check_evidence(c, text)


def test_title_counts_for_relevance(clf):
    # the rules make a text relevant on its title's anchor alone; the blend with the learned relevance
    # model scores it as it scores the same headline written as the text's first line.  (For this
    # one-sentence text the blend sits at the threshold: 0.505 with taxonomy v12's model, 0.494-0.519 with
    # v13's as it was retrained on 29 to 200 more texts; the rules' part is what this test pins.)
    text = "协会今日发表倡议，呼吁上市公司稳定股价。"
    title = "中关村277家上市公司发表稳定股价行动倡议"
    rules = Classifier.load(use_model=False)
    assert not rules.classify(text).relevant
    assert rules.classify(text, title=title).relevant
    assert not clf.classify(text).relevant
    with_title = clf.classify(text, title=title).relevance
    assert with_title > clf.classify(text).relevance + 0.3
    assert with_title == pytest.approx(clf.classify(title + "\n" + text).relevance, abs=1e-4)


def test_threshold_is_configurable():
    text = seed("003")
    low = Classifier.load(threshold=0.3).classify(text)
    high = Classifier.load(threshold=0.99).classify(text)
    assert codes(high) < codes(low)
    with pytest.raises(ValueError):
        Classifier.load(threshold=1.5)


def test_empty_text(clf):
    c = clf.classify("")
    assert not c.relevant and c.labels == () and 0.0 <= c.relevance <= 1.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["中关村", "科技成果转化", "(wǎng)", "網", "。", ";", "\n", "Zhongguancun ", "talent. ",
                                 "一区多园", "国际科技创新中心", "x", " ", "北京"]), max_size=40))
def test_evidence_is_always_a_substring(clf, parts):
    text = "".join(parts)
    c = clf.classify(text)
    assert 0.0 <= c.relevance <= 1.0
    check_evidence(c, text)
    for s, e in split_sentences(text):
        assert text[s:e].strip() == text[s:e] and text[s:e]


def test_a_sentence_broken_after_a_comma_is_one_sentence(clf):
    # the page broke the sentence after an enumeration comma: one sentence, so the list is seen whole
    text = "随着改革不断深化,“一带一路”、\n“大众创业、万众创新”的国家战略得以实施。中关村企业迎来机遇。"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["随着改革不断深化,“一带一路”、\n“大众创业、万众创新”的国家战略得以实施。",
                                             "中关村企业迎来机遇。"]
    # a line that ends a sentence or a heading still ends it
    assert len(split_sentences("中关村论坛开幕\n北京发布新政策。")) == 2


def test_english_abbreviations_do_not_end_a_sentence():
    # a dateline (BEIJING, Nov. 23 (Xinhua) --), a title before a name, a number sign: the evidence quoted the
    # sentence from "23 (CNA) Beijing ..." on
    text = ("TAIPEI, Nov. 23 (CNA) Beijing released a plan for Zhongguancun. Dr. Wang Xi said so. Mr. Li agreed. "
            "It ranks No. 1 in China. The U.S. Government said. Sales rose in March. The firm grew.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "TAIPEI, Nov. 23 (CNA) Beijing released a plan for Zhongguancun.", "Dr. Wang Xi said so.", "Mr. Li agreed.",
        "It ranks No. 1 in China.", "The U.S. Government said.", "Sales rose in March.", "The firm grew."]


def load_rows(name):
    return [json.loads(line) for line in (LABELLED / f"{name}.jsonl").open(encoding="utf-8")]


def test_labelled_sets_are_well_formed():
    rows = load_rows("tune") + load_rows("holdout")
    assert len(rows) >= 300
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["language"] for r in rows} == {"zh-Hans", "zh-Hant", "en"}
    keys = {"id", "source_url", "language", "title", "text", "relevant", "labels"}
    assert all(set(r) == keys for r in rows)


def test_second_annotation_is_of_relevant_tune_rows_with_known_codes(clf):
    """bench/agreement.py compares a second labelling of 80 tune rows with the first."""
    tune = {r["id"]: r for r in load_rows("tune")}
    second = load_rows("second_annotator")
    known = {e.code for e in clf.taxonomy.entries}
    assert len(second) == len({r["id"] for r in second}) == 80
    for r in second:
        assert tune[r["id"]]["relevant"], r["id"]
        assert set(r["labels"]) <= known, r
        # a measure implies its task, as in the first labelling
        assert all(c.split(".")[0] in r["labels"] for c in r["labels"]), r


@pytest.mark.parametrize("later_rounds, n, floors", [
    (("web3-", "web4-", "web5-", "web6-", "web9-"), 159, (FLOOR_RELEVANCE_F1, FLOOR_LABEL_MICRO_F1)),
    (("web4-", "web5-", "web6-", "web9-"), 196, (FLOOR_ALL_RELEVANCE_F1, FLOOR_ALL_LABEL_MICRO_F1)),
    (("web5-", "web6-", "web9-"), 226, (FLOOR_R4_RELEVANCE_F1, FLOOR_R4_LABEL_MICRO_F1)),
    (("web6-", "web9-"), 257, (FLOOR_R5_RELEVANCE_F1, FLOOR_R5_LABEL_MICRO_F1)),
    (("web9-",), 288, (FLOOR_R6_RELEVANCE_F1, FLOOR_R6_LABEL_MICRO_F1)),
    ((), 350, (FLOOR_R9_RELEVANCE_F1, FLOOR_R9_LABEL_MICRO_F1)),
])
def test_quality_gate_on_holdout(clf, later_rounds, n, floors):
    """Each floor is checked on the texts it was recorded on (rows added later are left out)."""
    rows = [r for r in load_rows("holdout") if not (later_rounds and r["id"].startswith(later_rounds))]
    assert len(rows) == n
    tp = fp = fn = ltp = lfp = lfn = 0
    for r in rows:
        c = clf.classify(r["text"], r.get("title"))
        tp += c.relevant and r["relevant"]
        fp += c.relevant and not r["relevant"]
        fn += (not c.relevant) and r["relevant"]
        gold, got = set(r["labels"]), codes(c)
        ltp += len(gold & got)
        lfp += len(got - gold)
        lfn += len(gold - got)
    rel_f1 = 2 * tp / (2 * tp + fp + fn)
    micro = 2 * ltp / (2 * ltp + lfp + lfn)
    assert rel_f1 >= floors[0], rel_f1
    assert micro >= floors[1], micro


@pytest.mark.parametrize("split, n_pairs, floor", [("holdout", 208, FLOOR_EVIDENCE_HOLDOUT),
                                                  ("tune", 221, FLOOR_EVIDENCE_TUNE)])
def test_evidence_gate(clf, split, n_pairs, floor):
    """The quoted sentence is one a reader would quote, on both splits' second reading."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_evidence", HERE.parent / "bench" / "evidence.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    supported = bench.supported

    rows = {r["id"]: r for r in load_rows(split)}
    pairs = load_rows(f"evidence_{split}")
    assert len(pairs) == n_pairs and all(p["code"] in rows[p["id"]]["labels"] for p in pairs)
    hits = []
    for p in pairs:
        r = rows[p["id"]]
        # every supporting sentence is a sentence of the text as the classifier splits it
        sents = {r["text"][s:e] for s, e in split_sentences(r["text"])}
        assert set(p["support"]) <= sents, p
        lab = {x.code: x for x in clf.classify(r["text"], r.get("title")).labels}.get(p["code"])
        if lab is not None and p["support"]:
            hits.append(supported(lab.evidence, p["support"]))
    assert len(hits) >= n_pairs // 2
    assert sum(hits) / len(hits) >= floor, (sum(hits), len(hits))


def test_evidence_passes_over_a_bare_heading_and_a_photo_caption(clf):
    """A label's phrase in a heading or a photo caption is quoted only when no fuller sentence has it."""
    heading = ("Beijing Academy of Artificial Intelligence\nBeijing is building its international science and "
               "technology innovation center, and the Beijing Academy of Artificial Intelligence opened a new lab "
               "this year to train large models.")
    assert {x.code: x for x in clf.classify(heading).labels}["B1"].evidence.startswith("Beijing is building")
    lab = {x.code: x for x in clf.classify("中关村论坛\n2024中关村论坛年会将于4月25日在北京开幕，本届中关村论坛以“开放合作”为主题。").labels}
    assert lab["Z7.7"].evidence.startswith("2024中关村论坛年会"), lab["Z7.7"]
    caption = "中关村论坛年会开幕 (记者 张三 摄)\n本届中关村论坛年会以“开放合作”为主题，发布一批重大科技成果，中关村论坛年会吸引了众多嘉宾。"
    lab = {x.code: x for x in clf.classify(caption).labels}
    assert lab["Z7.7"].evidence.startswith("本届"), lab["Z7.7"]
    # with nothing fuller to quote, the heading is still the evidence
    lab = {x.code: x for x in clf.classify("中关村论坛\n中关村论坛开幕").labels}
    assert lab and all(x.evidence for x in lab.values()), lab


# ---------------------------------------------------------------------------------------------
# The fast paths (one pass for all phrases, whole-text normalisation, jieba on the blocks that
# hold a candidate) give the same answers as the plain per-phrase / per-sentence way.

def _reference_split(text):
    import re

    # a line break right after 、，, continues the sentence (the page broke it in two)
    split = re.compile(r"(?:[^。！？；;!?\n]|(?<=[、，,])\n)*(?:[。！？；;!?]+[”」』\"']?|\n|$)")
    en_split = re.compile(r"(?<=[a-z0-9\)”\"])\.\s+(?=[A-Z“\"(0-9])")
    spans = []
    for m in split.finditer(text):
        s, e = m.span()
        if s == e:
            continue
        chunk = text[s:e]
        starts = [0] + [mm.end() for mm in en_split.finditer(chunk)]
        for a, b in zip(starts, starts[1:] + [len(chunk)]):
            piece = chunk[a:b]
            ls, rs = len(piece) - len(piece.lstrip()), len(piece) - len(piece.rstrip())
            if b - a - ls - rs > 0:
                spans.append((s + a + ls, s + b - rs))
    return spans


_PIECES = ["中关村", "科技成果转化", "(wǎng)", "網", "。", "；", "\n", " ", "Zhongguancun ", "rent. ", "Beijing. The ",
           "e.g. X", "中科曙光", "中科", "上海", "评测", "南京", "北京", "國際科技創新中心", "ＡＢＣ", "Σ. ", "ǅ",
           "一区多园", "数字经济", "national laboratories", "zol", "中关村在线", "x", "。”", "!?", "、", "，", ","]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_fast_paths_match_reference(clf, parts):
    from pipeline.classify import _norm

    text = "".join(parts)
    assert split_sentences(text) == _reference_split(text)
    doc = clf._analyse(text)
    trad = clf._trad_re.search(text) is not None
    ref = [_norm(strip_pinyin(text[s:e].replace("\n", " ")).translate(clf._t2s_table) if trad
                 else strip_pinyin(text[s:e].replace("\n", " "))) for s, e in doc.spans]
    assert doc.sents == ref
    hits = clf._matcher.find_all(clf, doc, doc.joined)
    keys = set(clf._matcher.keys)
    for key in keys:
        text_, boundary, short = key
        # plain search, sentence by sentence, with the whole-sentence jieba cut
        want = []
        for i, s in enumerate(doc.sents):
            k = s.find(text_)
            while k >= 0:
                ok = not (boundary and k > 0 and s[k - 1].isalnum())
                ok = ok and not (boundary and len(text_) <= 4 and k + len(text_) < len(s)
                                 and s[k + len(text_)].isalnum())
                ok = ok and (not short or text_ in clf._jieba.lcut(s, HMM=False))
                if ok:
                    want.append(i)
                    break
                k = s.find(text_, k + 1)
        assert hits.get(key, []) == want, key


# characters where the fast normalisation paths could part from the plain ones: full-width forms,
# the ellipsis, combining marks after a full-width letter, traditional characters (BMP and astral:
# the fast t2s class leaves astral ones out), already simplified ones, compatibility ideographs
_NORM_CHARS = st.sampled_from(list("ＡＢａ，：（）…\u3000\xa0\u0301\u0308國際創新區中关村ⅢⅣ①㎡℃ｶﾞ⽂ ab.\n")
                              + ["\U0002005e", "\U00020325", "\U00020b9f", "\U00028c3e", "\U0002a6a5", "\U0001d400", "\U0002f800"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_NORM_CHARS, max_size=30).map("".join) | st.text(max_size=30))
def test_fast_normalisation_matches_plain(clf, text):
    import unicodedata

    from pipeline.classify import _nfkc

    assert _nfkc(text) == unicodedata.normalize("NFKC", text)
    assert clf._to_simplified(text) == text.translate(clf._t2s_table)


# ---------------------------------------------------------------------------------------------
# Relevance without 中关村: Beijing's institutions, facilities and areas, in the three scripts

@pytest.mark.parametrize("text", [
    "北京智源人工智能研究院今天发布新一代大模型，研究院表示将继续开放研究成果。",
    "怀柔国家实验室和昌平国家实验室今年启动多个重大项目。",
    "北京亦庄（北京经济技术开发区）今年新增高新技术企业300家。",
    "北京量子信息科學研究院發布長壽命超導量子比特芯片，相干時間突破500微秒。",
    "北京市科學技術委員會發布新政策，支持新型研發機構發展。",
    "懷柔科學城",  # one clause of traditional text is still converted
    "The Beijing Academy of Artificial Intelligence (BAAI) released its latest large model at its annual conference.",
    "Beijing E-Town, officially the Beijing Economic-Technological Development Area, added 50 high-tech firms this year.",
    "Construction of the High Energy Photon Source in Huairou is nearly complete.",
])
def test_relevant_beijing_institutions_and_areas(clf, text):
    c = clf.classify(text)
    assert c.relevant, c
    check_evidence(c, text)


def test_beijing_context_sentences_add_up(clf):
    # Beijing + a centre topic (national labs, science city, plan paragraphs' 科技成果转化) per sentence
    assert clf.classify("北京将加快建设国家实验室。北京怀柔科学城已建成多个大科学装置。").relevant
    assert clf.classify("Beijing is building national laboratories. Beijing's science city now hosts "
                        "five large scientific facilities.").relevant
    assert clf.classify("深入落实《北京市促进科技成果转化条例》，推进技术转移和科技成果商品化，"
                        "促进科技成果转移转化。").relevant
    # one such sentence in passing is not enough
    assert not clf.classify("Beijing has poured billions into its national laboratories to rival the US, trade "
                            "officials said on Tuesday, as talks with Washington stalled again.").relevant


def test_beijing_carries_to_later_topic_sentences(clf):
    # Beijing named once with a centre topic; the next sentences speak of new-type R&D
    # institutions and AI without repeating the place (a BAAI story that never names BAAI)
    text = ("这些成就折射出北京在人工智能原始创新领域的超前布局。"
            "新型研发机构打破院墙，以需求和问题导向布局重大科研项目。")
    assert clf.classify(text).relevant
    # the place must come first: a topic sentence before any Beijing sentence is not carried
    assert clf.classify(text).relevance > clf.classify("新型研发机构打破院墙，以需求和问题导向布局重大科研项目。"
                                                        "这些成就折射出北京在人工智能原始创新领域的超前布局。").relevance
    # not when another city's parks are discussed
    other = ("这些成就折射出北京在人工智能原始创新领域的超前布局。"
             "深圳的新型研发机构打破院墙，以需求和问题导向布局重大科研项目。")
    assert not clf.classify(other).relevant


def test_one_zone_many_parks_counts_with_plan_wording(clf):
    text = "一区多园统筹发展机制进一步完善，全国创新辐射和联动效应明显，国际人才往来高度活跃，企业国际化水平进一步提高。"
    assert clf.classify(text).relevant
    # the weak Beijing-specific terms alone are not enough
    assert not clf.classify("高精尖产业发展迅速。").relevant


# ---------------------------------------------------------------------------------------------
# Traps of every kind stay irrelevant, in the three scripts

@pytest.mark.parametrize("text", [
    # restaurant tips that name 中关村 in the same sentence as the food
    "中关村附近美食推荐：这家餐厅人均80元，菜品丰富。",
    "中關村附近美食推薦：這家餐廳人均80元，菜品豐富。",
    "A restaurant guide near Zhongguancun: the dishes are cheap, the chef is friendly and lunch is 40 yuan per person.",
    # office rentals, gadget reviews, electronics malls
    "Office space for rent in Zhongguancun: grade-A offices, rent from 8 yuan per square metre per day.",
    "Zhongguancun led the Grade A office market in Q1: new supply and weak take-up lifted the vacancy rate, "
    "and office rents fell 1.3% quarter-on-quarter.",
    "ZOL review: the Zhongguancun Online team tested the new phone's battery life and screen.",
    "中關村在線評測：這款筆記本電腦屏幕素質優秀，續航出色，售價5999元。",
    "中关村电子卖场今天促销，显卡和笔记本电脑优惠力度很大。",
    # other science parks
    "中科園區上半年營業額成長8%，中科管理局表示將持續招商。",
    "新竹科學園區上半年營業額創新高，竹科廠商持續擴大投資。",
    "Zhangjiang Science City in Shanghai now hosts more than 200 chip design firms, and Shanghai plans to expand it.",
    # national policy sharing the plans' vocabulary
    "国务院印发通知，要求各地加强关键核心技术攻关，提升自主创新能力，强化企业创新主体地位。",
    "國務院印發通知，要求各地加強關鍵核心技術攻關，提升自主創新能力，強化企業創新主體地位。",
    "The State Council called for breakthroughs in key core technologies and stronger enterprise-led innovation. "
    "It urged self-reliance in science and technology across all provinces.",
    # 京 inside another city's name is not Beijing
    "南京市数字经济规模突破万亿元，南京将建设数字经济名城。南京大力发展数字经济。",
])
def test_more_traps_are_not_relevant(clf, text):
    c = clf.classify(text)
    assert not c.relevant, c
    assert c.labels == ()


def test_zgc_firms_named_zhongke_are_not_taiwan_parks(clf):
    # 中科曙光, 龙芯中科 are Zhongguancun firms: their 中科 is not Taiwan's 中科 (Central Taiwan Science Park)
    text = "中科曙光在中关村发布新一代服务器。龙芯中科推出新款芯片。中科寒武纪发布新品。"
    assert clf.classify(text).relevant


@pytest.mark.parametrize("text, labelled", [
    ("2024中关村论坛年会在北京开幕，本届论坛以“创新：建设更加美好的世界”为主题。", True),
    ("在2021年中关村论坛上，北京量子信息科学研究院发布了超导量子芯片研究成果。", False),
    ("The Zhongguancun Forum opened in Beijing on Thursday, drawing 1,000 guests from 80 countries.", True),
    ("At the Zhongguancun Forum, a Beijing quantum institute released a new superconducting chip.", False),
    # a session of the forum, or an event of its series, is the venue too
    ("在2023中关村论坛重大成果发布会上,北京发布了20项重大科技成果。", False),
    ("2024中关村论坛系列活动——第三代半导体创新发展论坛在北京举办。", False),
    ("The project was released at a press conference during the ongoing 2020 Zhongguancun Forum in Beijing.", False),
    ("He spoke at the AI Open Source Frontier Forum during the 2026 Zhongguancun Forum Annual Meeting.", False),
])
def test_forum_named_as_a_venue_is_not_the_forum_task(clf, text, labelled):
    # Z7.7 is hosting the Zhongguancun Forum; news released "at the forum" is about something else
    assert ("Z7.7" in codes(clf.classify(text))) is labelled


@pytest.mark.parametrize("text, labelled", [
    # an institution's founding stated in a Beijing text that never names the centre
    ("3月22日，北京脑科学与类脑研究中心在北京正式宣告成立，建设工作全面启动。", True),
    ("BAAI, established in 2018 with the backing of the Beijing municipality, leads China's LLM research.", True),
    # the same institutions only reporting results or hosting: a key term alone stays below the threshold
    ("北京脑科学与类脑研究中心的研究人员在北京发表了一项关于记忆的新成果。", False),
    ("BAAI researchers in Beijing released a new open-source model on Tuesday.", False),
])
def test_founding_an_institution_states_b1(clf, text, labelled):
    res = clf.classify(text)
    assert res.relevant
    assert ("B1" in codes(res)) is labelled


def test_naming_a_new_type_institution_in_beijing_states_b1(clf):
    # taxonomy v6: "new-type R&D institution" in a Beijing sentence is the role B1 names
    text = "北京人工智能的创新活力,离不开新型研发机构的深度参与。位于海淀区的北京智源人工智能研究院就是典型代表。"
    assert "B1" in codes(clf.classify(text))
    assert "B1" not in codes(clf.classify("北京智源人工智能研究院今年推出最新大模型成果。"))


@pytest.mark.parametrize("text, labelled", [
    # 孵化 only inside 孵化器, in a list of park operators: one weak mention, no label
    ("中关村昌平园特色产业园成员单位覆盖31个产业园区,既有一级开发公司,也有市场化孵化器、社会组织。", False),
    # the incubator and, separately, its incubating: two mentions, Z3.4
    ("中关村昌平园的硬科技孵化器去年孵化企业120家。", True),
])
def test_a_term_inside_a_longer_term_counts_once(clf, text, labelled):
    assert ("Z3.4" in codes(clf.classify(text))) is labelled


@pytest.mark.parametrize("text, labelled", [
    # industries as items of a long list (a park's clusters, a member roster): named in passing
    ("中关村形成四大潜力产业集群,即集成电路、新材料、高端装备和通用航空、新能源和新能源汽车。", False),
    # the same industries in a clause of their own: stated as the park's work
    ("中关村重点发展新能源汽车和新材料产业集群。", True),
    # a list whose last item is joined by 及 / 和 is a list too (four items)
    ("中关村丰台园已聚集2700多家企业,形成了电子信息、生物医药、先进制造及新材料等产业格局。", False),
    # and so is an English comma list: the industries of a roster, in passing
    ("Zhongguancun firms come from information technology, biomedicine, advanced manufacturing and new materials.",
     False),
    # an English clause that states the work on them
    ("Zhongguancun will support advanced manufacturing with new funds. Its new materials firms will get subsidies.",
     True),
])
def test_industries_in_a_long_list_weigh_less(clf, text, labelled):
    assert ("Z4.7" in codes(clf.classify(text))) is labelled


@pytest.mark.parametrize("code, text, labelled", [
    # taxonomy v22: a plan phrase listed among the country's strategies is the background a story opens with (a
    # Zhongguancun listed firms' pledge to steady their share prices was labelled the Belt and Road measure)
    ("Z7.6", "中关村上市公司协会发表倡议。随着中国经济改革不断深化,“一带一路”、“大众创业、万众创新”的国家战略得以实施,"
     "为中关村上市公司发展带来难得的历史机遇。协会呼吁大股东增持、公司回购,稳定股价。", False),
    ("Z7.6", "中关村企业发表倡议。京津冀协同发展、“一带一路”等国家战略深入实施,为中关村企业带来新的机遇。协会呼吁稳定股价。",
     False),
    # the same phrase as the story's subject
    ("Z7.6", "中关村“一带一路”促进会成立,会员企业近100家,与25个国家和地区开展对接,推动中关村企业参与“一带一路”建设。",
     True),
    # and 国家战略科技力量 is the centre's own work, not a list of strategies
    ("Z7.6", "中关村企业积极参与“一带一路”、国家战略科技力量建设,与沿线国家开展科技合作。", True),
    # the words news uses for Z5.4's renewal of old factories beside the plan's 老旧厂房 / 低效产业园
    ("Z5.4", "中关村石景山园的虚拟现实产业园前身是压力容器厂,经过疏解腾退和重新定位,老旧厂区改造成了研发办公园区。", True),
    ("Z5.4", "Zhongguancun's old street will be renovated into an innovation community; firms are encouraged to "
     "renovate their buildings and join the urban renewal.", True),
    ("Z5.4", "中关村一家企业在天津新建了工厂,产能将提升一倍。", False),   # a new factory is no renewal
    # Z5.5's flagship parks by the shorter names news gives them, their building or opening
    ("Z5.5", "中关村(京西)人工智能科技园即将开园,由门头沟区与中关村发展集团联合打造。", True),
    ("Z5.5", "China opened a life sciences park in Zhongguancun, Beijing's Silicon Valley, to nurture biotech firms; "
     "the life science park covers 254 hectares.", True),
    ("Z5.5", "中关村一家人工智能企业在海淀开设了新的实验室。", False),   # a firm's new laboratory is no park
])
def test_v22_measure_signals(clf, code, text, labelled):
    assert (code in codes(clf.classify(text))) is labelled


def test_beijing_plan_to_lead_in_a_frontier_field_states_b2(clf):
    # taxonomy v6: B2's act terms (策源地, 制高点, global leader ...) lift a frontier-field key term
    plan = "北京市发布方案,加快建设具有全球影响力的人工智能创新策源地,有力支撑北京国际科技创新中心建设。"
    product = "北京一家人工智能企业发布了新款智能音箱,有力支撑北京国际科技创新中心建设。"
    assert "B2" in codes(clf.classify(plan))
    assert "B2" not in codes(clf.classify(product))


@pytest.mark.parametrize("text, relevant", [
    ("Beijing Future Science & Technology Park is a major science and technology engineering project.", True),
    ("北京未来科技城聚集了15家央企研发机构。", True),
    # Hangzhou's science city is the "Future Sci-Tech City" (杭州未来科技城): not an anchor
    ("Hangzhou Future Sci-Tech City attracted 200 startups this year.", False),
])
def test_future_science_city_names(clf, text, relevant):
    assert clf.classify(text).relevant is relevant


@pytest.mark.parametrize("text, labelled", [
    ("China decided to expand Zhongguancun's pilot policies to larger areas to boost innovation zones.", True),
    ("中关村先行先试政策将推广到全国其他国家自主创新示范区。", True),
    ("Zhongguancun hosted a pilot training course for engineers.", False),
])
def test_zgc_pilot_policies_state_z2(clf, text, labelled):
    assert ("Z2" in codes(clf.classify(text))) is labelled


@pytest.mark.parametrize("text", [
    # 首都 is Beijing as the place of a "Beijing + topic" sentence (taxonomy v6)
    "我委高度重视人工智能发展,立足首都城市战略定位,加快建设全球人工智能创新高地。首都将建设人工智能创新策源地。",
    # the Beijing-Tianjin-Hebei national technology innovation centre is one of the centre's projects (B5)
    "京津冀国家技术创新中心燕郊中心创建工作启动。",
    # English has the Chinese topics' words for Beijing-Tianjin-Hebei work and the "two zones" (taxonomy v11)
    "Hebei is building a regional collaborative innovation community to absorb the spillover of Beijing's science "
    "and technology resources, and Beijing firms set up 600 branches there last year.",
    "China's capital city Beijing has made strong progress in opening up and institutional reform over the past five "
    "years through its \"two zones\" initiative, city officials announced Monday. The \"two zones\" initiative refers "
    "to Beijing's initiative for building a demonstration zone.",
])
def test_more_beijing_centre_texts_are_relevant(clf, text):
    assert clf.classify(text).relevant


def test_collaborative_innovation_elsewhere_is_not_a_beijing_text(clf):
    assert not clf.classify("Shanghai and Zhejiang signed a collaborative innovation agreement for the Yangtze "
                            "River Delta on Monday.").relevant


@pytest.mark.parametrize("text", [
    # schools and streets named after the district (masks, taxonomy v6)
    "在六一国际儿童节来临之际,中关村第二小学五校区共同举行了主题活动,向中关村二小建校50周年献礼。",
    "Longhu Tangning One sits just south of Wudaokou station beside Zhongguancun No.2 Primary School.",
])
def test_district_as_a_place_is_a_trap(clf, text):
    assert not clf.classify(text).relevant


def test_hardware_buying_guide_is_a_trap(clf):
    # two anchor sentences, four distinct trap words (集散地, 电脑硬件, 琳琅满目, 选购): one per anchor
    # sentence is tolerated (a tune row of round 8)
    text = ("中关村,作为中国最大的电子产品集散地,其电脑硬件市场竞争激烈,产品琳琅满目,对于普通消费者来说,"
            "选择合适的电脑硬件往往是一项充满挑战的任务。本文将深入探讨中关村电脑硬件的相关知识,为读者提供选购指南"
            "及常见问题解答,帮助大家更好地了解和购买电脑硬件。")
    assert not clf.classify(text).relevant


def test_zone_listed_among_other_parks_is_a_passing_mention(clf):
    # a national text listing the demonstration zones: 中关村 is one item of a list with other parks
    listed = "2009年以来,国务院先后批复建设北京中关村、武汉东湖、上海张江、深圳等19个国家自主创新示范区。"
    compared = "北京中关村与上海张江相比,中关村的独角兽企业更多。"
    assert not clf.classify(listed).relevant
    # the same zone compared with one other park in its own clause is still about the zone: the rules make it
    # relevant.  (The blend with the learned relevance model puts this one-sentence text at the threshold --
    # 0.505 with the model of 976 tune texts, 0.497 with that of 1,056 -- as it does the one-sentence passing
    # mentions among the traps, most of which the model rightly pulls under; so the rules' part is pinned,
    # and the blend must still set it well apart from the listed zone.)
    rules = Classifier.load(use_model=False)
    assert rules.classify(compared).relevant and not rules.classify(listed).relevant
    assert clf.classify(compared).relevance > clf.classify(listed).relevance + 0.2


# taxonomy v17, from a monitoring tester's week of news: pages about another park that name the zone only as the
# model they learn from or as a contrast, and an office-rental advert
SHENZHEN_BENCHMARK = ("科技日报深圳11月12日电 记者12日从深圳市科技创新局获悉,河套深港科技创新合作区深圳园区今年新增国际科研平台12个。"
                      "河套合作区是粤港澳大湾区国际科技创新中心建设的重要平台。合作区在跨境科研资金使用、人才往来等方面开展了"
                      "一系列先行先试改革。深圳市科技创新局相关负责人表示,合作区将对标国际一流科技园区,学习借鉴北京中关村、"
                      "美国硅谷的经验,打造世界级科研枢纽。")
NANSHAN_UNLIKE = ("Shenzhen's Nanshan district wants to become the country's top hub for hard-tech start-ups. Officials said "
                  "Nanshan would build more proof-of-concept centers and pilot-scale testing bases to turn research into "
                  "products. Unlike Beijing's Zhongguancun, which relies heavily on universities, Nanshan's innovation is "
                  "driven by companies such as Huawei and Tencent. The district will offer subsidies to start-ups in Shenzhen.")
RENTAL = ("中关村软件园二期独栋写字楼出租,面积200-2000平米可分割,精装修带家具,拎包入住,距地铁16号线西北旺站步行8分钟。"
          "园区环境优美,配套成熟,周边聚集百度、联想、腾讯北京总部等知名企业,适合科技公司、研发中心、总部办公。"
          "租金:4.5-6.8元/平米/天,物业费另计,免租期最长3个月,可注册公司。"
          "另有中关村东升科技园、上地信息产业基地等多个园区房源可选,欢迎来电咨询预约看房。")


HEFEI_TITLE = ("澎湃新闻记者从合肥高新区获悉,今年以来,合肥高新区学习借鉴北京中关村经验,围绕“科大硅谷”建设,新引育科技型企业"
               "1200余家。合肥高新区管委会负责人介绍,园区依托中国科学技术大学等高校院所,建设了一批概念验证中心和中试平台。"
               "据了解,合肥高新区将继续深化与长三角高校院所合作,建设具有国际影响力的创新策源地。")
HSINCHU_TRAD = ("(中央社記者魯鋼駿新竹16日電)新竹科學園區管理局今天舉辦園區發展論壇,管理局長表示,竹科將對標美國矽谷和北京中關村,"
                "推動半導體與AI產業深度融合。管理局統計,竹科今年前3季營業額達新臺幣1.2兆元,創歷年同期新高。"
                "論壇中,多位學者建議竹科加強產學合作,吸引國際人才。")


@pytest.mark.parametrize("title, text", [
    ("深圳河套深港科技创新合作区新增一批国际科研平台", SHENZHEN_BENCHMARK),
    # the zone as the model in the headline too (a retest's pages): the headline is the other park's
    ("合肥高新区学习借鉴北京中关村经验，打造“科大硅谷”创新策源地", HEFEI_TITLE),
    ("竹科對標北京中關村 管理局：將打造臺灣矽谷2.0", HSINCHU_TRAD),
    ("Shenzhen's Nanshan eyes role as China's hard-tech hub", NANSHAN_UNLIKE),
    ("中关村软件园写字楼出租 200-2000平米 精装修 拎包入住 近地铁", RENTAL),
])
def test_another_parks_news_naming_the_zone_as_its_model_and_a_rental_advert_are_traps(clf, title, text):
    assert not clf.classify(text, title=title).relevant


def test_the_zone_as_a_model_is_still_the_zone_where_no_other_park_is_discussed(clf):
    """The benchmark cue weighs only in a text about other parks: the zone's own news of others learning from it,
    or of it measuring itself against the world, stays relevant."""
    own = ("中关村示范区将对标国际一流科技园区,加快建设世界领先科技园区。今年以来,中关村新增独角兽企业12家,"
           "示范区企业总收入同比增长10%。")
    assert clf.classify(own).relevant
    # and the other centres of the same name are theirs, not Beijing's
    gba = "粤港澳大湾区国际科技创新中心建设加快推进,广州、深圳、香港三地新增科研平台20个。"
    assert not clf.classify(gba).relevant


def test_national_centre_old_name_is_beijing(clf):
    # 全国科技创新中心 is Beijing's centre under its 2016 name
    assert clf.classify("应用场景建设是北京推动全国科技创新中心建设的重要举措。").relevant


def test_electronics_mall_nostalgia_is_a_trap(clf):
    text = ("几年前很难想象北京中关村的那些电子商贸城会有萧条的一天。直到三年前,“e世界”、“鼎好”等高楼内"
            "还商铺云集,人山人海。")
    assert not clf.classify(text).relevant


def test_founding_elsewhere_is_not_b1(clf):
    # act words do not lend Beijing's context to another city's institution
    res = clf.classify("合肥综合性国家科学中心人工智能研究院正式揭牌成立。")
    assert "B1" not in codes(res)


def test_quotation_marks_do_not_hide_a_phrase(clf):
    plain = "北京市着力构建高精尖产业结构。北京推动一区多园协同发展。"
    quoted = "北京市着力构建“高精尖”产业结构。北京推动「一区多园」协同发展。"
    a, b = clf.classify(plain), clf.classify(quoted)
    assert a.relevance == b.relevance and a.relevance > 0
    assert codes(a) == codes(b)
    # evidence is still the original sentence, quotes and all
    assert all(l.evidence in quoted for l in b.labels)


def test_normalisation_of_names():
    from pipeline.classify import _norm

    assert _norm("Beijing Future Science & Technology Park") == "beijing future science and technology park"
    assert _norm("「中关村科技·金融汇」") == "中关村科技金融汇"
    assert _norm("R&D") == "r&d"  # only a spaced ampersand is a word


def test_key_term_the_text_keeps_returning_to_labels(clf):
    # one key term (区块链, B3) in three sentences is the text's topic; in two it is not enough alone
    three = "北京国际科技创新中心建设持续推进。区块链技术研发取得新进展。区块链平台服务企业超过百家。区块链应用不断拓展。"
    two = "北京国际科技创新中心建设持续推进。区块链技术研发取得新进展。区块链平台服务企业超过百家。"
    assert "B3" in codes(clf.classify(three))
    assert "B3" not in codes(clf.classify(two))
    # an item of long lists stays a list item however often it is listed
    lists = ("北京国际科技创新中心建设持续推进。重点发展人工智能、区块链、集成电路、生物医药等产业。"
             "支持人工智能、区块链、集成电路、生物医药企业上市。人工智能、区块链、集成电路、生物医药人才加快集聚。")
    assert "B3" not in codes(clf.classify(lists))


def test_short_names_must_be_words_in_long_runs_too(clf):
    pad = "北京市海淀区人民政府组织召开专题会议研究部署" * 3  # one long run of Han characters
    doc = clf._analyse(pad + "上海张江科学城建设" + pad)
    assert clf._is_token(doc, "张江", 0)
    doc = clf._analyse(pad + "中科院的研究人员" + pad)
    assert not clf._is_token(doc, "中科", 0)  # 中科院 is one word: not Taiwan's 中科 park
    # the run is cut whole: a window around the occurrence cut 中科 as a word here, the whole run does not
    # (found by test_fast_paths_match_reference)
    doc = clf._analyse("中关村中关村中关村中科曙光中关村中科曙光")
    assert clf._is_token(doc, "中科", 0) == ("中科" in clf._jieba.lcut(doc.sents[0], HMM=False))


def test_beijing_text_without_zhongguancun_is_a_centre_text(clf):
    # a municipal blockchain plan that never says 国际科技创新中心: the centre's B3 project
    beijing = ("北京市人民政府印发《北京市区块链创新发展行动计划》。区块链技术将成为数字经济的基础设施。"
               "北京将建设区块链算力平台。力争形成区块链赋能经济社会发展的北京方案。")
    assert "B3" in codes(clf.classify(beijing))
    # the same wording about Zhongguancun is the zone's text, not the centre's project
    zone = beijing.replace("北京市人民政府", "中关村管委会").replace("北京方案", "中关村方案").replace("北京将", "中关村将")
    assert "B3" not in codes(clf.classify(zone))


def test_another_kind_of_demonstration_zone_is_not_the_zones_context(clf):
    # Beijing's autonomous-driving demonstration zone: its later bare 示范区 is that zone too
    other = ("北京市高级别自动驾驶示范区已聚集一批头部企业参与，实现智能网联乘用车、无人配送等多场景应用。"
             "下一阶段，示范区将规划扩区，面积约3000平方公里，支持自动驾驶技术创新。")
    assert not {c for c in codes(clf.classify(other)) if c.startswith("Z")}
    # the plan's own paragraphs say 示范区 for the zone without naming it
    plan = "支持示范区企业开展关键核心技术攻关。加强关键核心技术攻关，推动示范区企业突破卡脖子技术难题，加快实现产业自主可控。"
    assert "Z1" in codes(clf.classify(plan))


def test_another_kind_of_demonstration_zone_in_english(clf):
    # the services-opening zone by its English name is not Zhongguancun's "demonstration zone": the text is
    # the Beijing centre's B6 project (taxonomy v12; under v11 it got Zhongguancun's reform task instead)
    text = ("Beijing gives a five-year report card for its 'two zones' initiative. The initiative refers to the pilot "
            "free trade zone and the national comprehensive demonstration zone for opening up the services sector. "
            "The demonstration zone has introduced new rules for foreign investors.")
    got = codes(clf.classify(text))
    assert "B6" in got
    assert not {c for c in got if c.startswith("Z")}
    # Zhongguancun's own name keeps its context
    zgc = text.replace("new rules for foreign investors", "new rules for foreign investors in Zhongguancun, "
                       "deepening reform of the zone's innovation system")
    assert "Zhongguancun" in zgc and clf.classify(zgc).relevant


def test_centre_project_as_the_topic_of_a_zhongguancun_text(clf):
    # a Beijing-centre project named by its headline phrase as the text's topic counts beside Zhongguancun's task
    # (taxonomy v12); named once in passing it does not
    topic = ("京津冀协同创新向深而行。中关村企业累计在津冀设立分支机构8800多家,"
             "北京输出津冀技术合同成交额持续增长。")
    assert {"B5", "Z5.12"} <= codes(clf.classify(topic))
    passing = ("中关村企业累计在津冀设立分支机构8800多家,北京输出津冀技术合同成交额持续增长。"
               "各园区将继续推动京津冀协同创新。")
    assert "B5" not in codes(clf.classify(passing))


@pytest.mark.parametrize("text, code", [
    # taxonomy v10: the names news uses for a measure's subject
    ("中关村将在海淀新建两家留学人员创业园,吸引留学人员回国创业。", "Z6.9"),  # the 海创园's older name
    ("Zhongguancun will open two more pioneer parks for returned students this year.", "Z6.9"),
    ("房山区将筹建中法国际合作产业园,把它打造为北京中关村具有影响力的园区。", "Z7.1"),
    ("中关村密云园已聚集专精特新企业21家,支持科技型中小企业创新发展。", "Z1.4"),
    # taxonomy v11: the names of two Beijing-centre projects' programmes in the city's own news
    ("北京国际科技创新中心建设提速。今年北京将深化国家服务业扩大开放综合示范区建设,推进制度创新。", "B6"),
    ("北京国际科技创新中心建设提速。北京将加快培育数据要素市场,推动公共数据开放和流通。", "B4"),
    # and their English words, with the sci-tech finance measure's (taxonomy v11, tuning round 15)
    ("Beijing is building a global benchmark city for the digital economy. The focus is on cultivating the data "
     "element market.", "B4"),
    ("The Zhongguancun Management Committee announced 30 new credit products for small tech firms, from IP pledge "
     "loans to equity-linked loans.", "Z2.3"),
    # the centre's new-type institutions by their English names, and the free trade zone of its B6 project
    ("Beijing is building an international science and technology innovation center. The Chinese Institute for Brain "
     "Research and the Beijing Institute for General Artificial Intelligence are looking for scientists.", "B1"),
    ("Beijing is building an international science and technology innovation center. The central government will "
     "support Beijing in setting up a pilot free trade zone, and the city will foster an innovation culture.", "B6"),
    # taxonomy v12: application scenarios opened to firms (B4), in Chinese and in English
    ("北京国际科技创新中心建设提速。北京经开区宣布全部场景全域开放,推动场景开放,实施50个应用场景示范工程。", "B4"),
    ("Beijing is building an international science and technology innovation center. Yizhuang opens new application "
     "scenarios for robots, and each scenario is tested with local firms.", "B4"),
])
def test_news_names_of_measures(clf, text, code):
    assert code in codes(clf.classify(text))


def test_news_name_of_a_measure_elsewhere_is_not_relevant(clf):
    assert not clf.classify("上海张江将新建两家留学人员创业园。").relevant


@pytest.mark.parametrize("text, code", [
    # the names of the zone and of its operator are not the tasks whose English words they share
    ("The Zhongguancun Development Group signed an agreement with Beihang University on Monday.", "Z5.2"),
    ("A Japanese delegation visited Zhongguancun Science Park in Beijing. They toured an industrial park of robot makers.",
     "Z5"),
    # counts of unicorns and high-tech firms are statistics, not support for small firms (Z1.4)
    ("中关村示范区现有独角兽企业85家、国家高新技术企业1.7万家。", "Z1.4"),
    ("Zhongguancun is home to 92 unicorn companies and 19,600 high-tech enterprises.", "Z1.4"),
])
def test_names_and_statistics_do_not_state_a_task(clf, text, code):
    assert code not in codes(clf.classify(text))


def test_a_numbered_clause_heading_is_passed_over_for_the_clause_it_heads(clf):
    """A policy text's "（四）建设概念验证和中试平台。" names the measure; the sentence under it says what is done."""
    text = ("北京市关于加快中关村示范区科技成果转化的若干措施。\n（四）建设概念验证和中试平台。\n"
            "支持高校院所和龙头企业在中关村示范区建设概念验证中心和中试平台，加速科技成果转化和产业化。\n"
            "（六）推进中关村先行先试改革。\n在中关村示范区开展科技成果赋权改革试点，探索职务科技成果单列管理。")
    res = clf.classify(text, title="关于加快中关村示范区科技成果转化的若干措施")
    evidence = {l.code: l.evidence for l in res.labels}
    assert evidence["Z3"].startswith("支持高校院所") and evidence["Z2"].startswith("在中关村示范区开展")
    assert not any(e.startswith("（") for e in evidence.values())


# taxonomy v18, from a senior analyst's 56 articles: a wire dateline's 北京 is where the story was filed, not a place
# it speaks of; another city's news naming the zone as its model; a sub-park named as a place; a measure without its
# task; Taiwan wording of data and communities; the same talent measures in Chinese as in English
STATE_COUNCIL = ("新华社北京7月8日电 近日，国务院办公厅印发《关于深化科技成果转化改革的意见》。\n《意见》提出，要促进科技成果转移转化，"
                 "支持高校院所建设概念验证中心和中试基地，推动科研衍生创业。\n《意见》要求，各地区、各部门要结合实际抓好贯彻落实，"
                 "加强关键核心技术攻关，强化企业创新主体地位。")
MIIT_AI = ("新华社北京9月3日电（记者 张辛欣）工业和信息化部3日发布数据，截至今年7月底，我国人工智能核心产业规模已超过7000亿元，"
           "人工智能企业数量超过4500家。\n工业和信息化部有关负责人表示，我国已初步构建较为全面的人工智能产业体系，在智能芯片、"
           "开发框架、大模型等方面取得积极进展。")
MIIT_AI_EN = ("BEIJING, Sept. 3 (Xinhua) -- China's core artificial intelligence industry has exceeded 700 billion yuan, "
              "the Ministry of Industry and Information Technology said Wednesday. The country now has more than 4,500 "
              "artificial intelligence companies, with progress in chips, development frameworks and large models.")


@pytest.mark.parametrize("text", [STATE_COUNCIL, MIIT_AI, MIIT_AI_EN])
def test_a_beijing_dateline_does_not_make_national_news_beijings(clf, text):
    assert not clf.classify(text).relevant
    # the same story filed from Beijing about Beijing stays Beijing's: the place is in the text, not only the dateline
    local = text.replace("工业和信息化部3日发布数据，截至今年7月底，我国", "北京市经济和信息化局3日发布数据，截至今年7月底，北京").replace(
        "China's core", "Beijing's core")
    if local != text:
        assert clf.classify(local).relevant


def test_a_citys_news_naming_the_zone_as_its_model_is_that_citys(clf):
    nanjing = ("新华日报讯 南京江北新区新型研发机构数量日前突破100家，累计孵化引进科技企业1500余家。新区围绕集成电路、生命健康等"
               "产业，推动新型研发机构与企业共建联合实验室，加快科技成果转化。\n江北新区负责人表示，将借鉴北京中关村等地经验，完善新型"
               "研发机构绩效评价机制，推动更多高校院所成果在新区落地转化。")
    res = clf.classify(nanjing, title="南京江北新区新型研发机构突破百家")
    assert not res.relevant and not res.labels


def test_a_sub_park_named_as_a_place_is_not_the_sub_parks_task(clf):
    text = ("北京市地方金融管理局、中关村管委会近日联合发布《关于推进中关村科创金融改革试验区建设的若干措施》，推出知识产权质押融资"
            "风险补偿等18条举措。\n此次新政重点在先行先试改革上再发力：在海淀、昌平等分园开展监管沙箱试点，对人工智能医疗器械、"
            "自动驾驶等新业态实行包容审慎监管。")
    got = codes(clf.classify(text))
    assert "Z2" in got and "Z5" not in got


def test_no_measure_is_labelled_without_its_task(clf):
    text = ("中关村管委会近日公布2024年度中关村新型研发机构绩效评价结果，北京石墨烯研究院等8家机构获评优秀。\n据介绍，评价结果将"
            "作为财政资金支持的重要依据，优秀机构可获得最高3000万元支持。中关村示范区目前共有新型研发机构47家。\n管委会表示，将"
            "继续完善新型研发机构评价机制，推动机构与企业共建联合实验室。")
    got = codes(clf.classify(text))
    assert all(c.split(".")[0] in got for c in got if "." in c), got
    # (over the labelled tune texts too: the gold labels never have such a measure)
    rows = [json.loads(line) for line in (Path(__file__).parent / "data" / "labelled" / "tune.jsonl").open(encoding="utf-8")]
    for r in rows[::7]:
        got = codes(clf.classify(r["text"], r.get("title")))
        assert all(c.split(".")[0] in got for c in got if "." in c), (r["id"], got)


def test_taiwan_wording_of_data_and_the_same_talent_measures_in_both_languages(clf):
    simplified = ("北京朝阳区数据要素产业园正式开园，首批40家数据服务企业入驻。\n朝阳区正加快发展数字经济，推动数据要素市场化配置改革。"
                  "\n园区将联合北京国际大数据交易所开展数据产品挂牌交易。")
    taiwan = ("北京朝陽區資料要素產業園正式開園，首批40家資料服務企業入駐。\n朝陽區正加快發展數字經濟，推動資料要素市場化配置改革。"
              "\n園區將聯合北京國際大資料交易所開展資料產品掛牌交易。")
    a, b = clf.classify(simplified), clf.classify(taiwan)
    assert a.relevant and b.relevant and "B4" in codes(a) and codes(a) == codes(b)
    zh = ("中关村管委会发布国际人才高地建设行动方案。\n方案提出，支持中关村用人单位通过“人才飞地”等方式全球视野招才引智。"
          "\n中关村将建设国际人才社区，扩大人才公寓供给。")
    en = ("Zhongguancun unveiled an action plan to build an international talent hub. Employers in the Zhongguancun "
          "demonstration zone will be supported in setting up \"talent enclaves\" overseas to recruit talent. "
          "International talent communities will be built, along with more talent apartments.")
    # the same measures in both languages (the names of talent enclaves and apartments are weak signals in both: as
    # strong ones they made national and other cities' talent news relevant)
    measures = lambda res: {c for c in codes(res) if c.startswith("Z6.")}  # noqa: E731
    assert measures(clf.classify(zh)) == measures(clf.classify(en))


def test_another_citys_own_demonstration_zone_compared_with_the_zone_is_that_citys(clf):
    """An analyst's trap: a Wuhan autonomous-driving zone story that names 北京中关村 once, in a comparison (与…相比),
    was relevant every day it ran: its 自动驾驶示范区 counted as the zone's demonstration zone."""
    wuhan = ("武汉东湖高新区发布自动驾驶示范区建设方案，计划开放测试道路120公里。\n与北京中关村、上海张江等园区相比，东湖在光电子产业"
             "方面具有特色。\n该自动驾驶示范区将吸引8家车企入驻测试。")
    assert not clf.classify(wuhan, title="武汉东湖高新区发布自动驾驶示范区新政").relevant
    # Beijing's own autonomous-driving zone (no other place discussed) is still Beijing's news
    beijing = ("北京市高级别自动驾驶示范区工作办公室有关负责人透露，示范区已完成600平方公里路侧设施智能化部署。\n下一阶段，北京市高级别"
               "自动驾驶示范区将进行规划扩区，开放更多应用场景，推动数字经济发展。")
    assert clf.classify(beijing).relevant


def test_a_list_of_the_centres_projects_by_their_short_names_labels_each_one_named(clf):
    text = ("北京国际科技创新中心建设工作会议近日召开，会议总结了国家实验室建设进展。\n会议部署了创新范式优化、三链联动、"
            "京津冀产业驱动和创新生态提升等工程的年度任务，要求各区各部门抓好落实。")
    got = codes(clf.classify(text))
    assert {"B3", "B4", "B5", "B6"} <= got, got


@pytest.mark.parametrize("text", [
    "中关村西区新开了一家川菜馆，午饭时间门口总是排队。\n老板说，这家店是他在北京的第三家分店，一顿饭人均不到百元。",
    "A new noodle eatery near Zhongguancun draws a long queue at lunch. The landlord of the building said the shop's "
    "leasing terms were generous.",
])
def test_a_restaurant_tip_in_the_districts_everyday_words_is_a_trap(clf, text):
    """v18's trap words for eateries and the office market as news words them (川菜馆, 排队, 分店, 空置, 退租, eatery,
    queue, landlord, leasing), beside the listed ones (餐厅, 美食, restaurant)."""
    assert not clf.classify(text).relevant


def test_the_services_sector_named_in_passing_is_not_the_digital_economy_task(clf):
    """现代服务业 in a stock phrase (助力现代服务业与先进制造业融合发展) labelled Z4.8 and so Z4; it is a key term now."""
    text = ("中关村科技租赁公司今年前三季度为区内300余家科技企业提供融资租赁服务，金额超过80亿元。\n公司负责人表示，将继续聚焦中关村"
            "示范区硬科技企业，发挥金融服务实体经济作用，助力现代服务业与先进制造业融合发展。")
    assert not {"Z4", "Z4.8"} & codes(clf.classify(text))



@pytest.mark.parametrize("text", [
    "（中央社記者李雅雯北京3日專電）中國大陸國務院今天發布「人工智慧+」行動意見，提出到2027年人工智慧與六大重點領域廣泛深度融合。"
    "\n意見要求各地加快智慧算力基礎設施建設，推動大模型在製造、醫療等領域規模化應用。",
    "央广网北京8月3日消息（记者刘柏煊）国家发展改革委有关负责人表示，将加快推进人工智能+行动，推动大模型在制造、医疗、教育等领域"
    "规模化应用。\n到2027年，新一代智能终端、智能体等应用普及率超过70%。",
    "人社部日前印发通知，要求各地加快建设人才公寓，探索设立人才飞地，吸引高校毕业生到基层就业创业。\n通知提出，各省要完善"
    "人才住房保障政策。",
])
def test_more_wire_datelines_and_national_talent_news_are_not_beijings(clf, text):
    """A second analyst's cases: CNA's 北京3日專電 and CNR's 央广网北京…消息 datelines; a national talent circular
    whose 人才公寓 / 人才飞地 made it relevant while they were strong phrases."""
    assert not clf.classify(text).relevant


@pytest.mark.parametrize("text", [
    "新华社北京2月20日电（记者吉宁）记者20日从市政府新闻发布会获悉，本市今年将加快国家实验室建设，推进在京国家重点实验室"
    "体系化发展，培育一批新型研发机构。\n据介绍，本市将推动11个重大科技基础设施年底前向用户开放。",
    "BEIJING, Feb 20 (Xinhua) -- The city will accelerate the construction of national laboratories this year as it "
    "builds an international center for science and technology innovation, the municipal government said on Tuesday.",
])
def test_a_beijing_filed_story_calling_beijing_the_city_is_beijings(clf, text):
    """The dateline names the city a story calls 本市 / "the city": masking the dateline's 北京 left such a story with
    no place (0.0)."""
    assert clf.classify(text).relevant


def test_another_kind_of_zone_called_just_the_zone_later_is_not_the_zone(clf):
    text = ("德清日报讯 德清县智能网联汽车自动驾驶示范区日前扩容，开放测试道路增至1000公里，覆盖全县所有镇街。\n据介绍，示范区已"
            "吸引30余家自动驾驶企业入驻，累计测试里程超过600万公里。\n示范区将继续开放更多应用场景。")
    assert not clf.classify(text).relevant


@pytest.mark.parametrize("text", [
    "Traffic police said lanes near Zhongguancun Bridge will be closed from Monday for repairs, and temporary bus stops "
    "will be set up. Drivers are advised to take a detour during the morning rush hour.",
    "The hot pot restaurant near Zhongguancun serves a spicy broth, and diners queue for an hour at weekends.",
])
def test_english_names_and_trap_words_the_chinese_lists_have(clf, text):
    """An English analyst's cases (v19): 中关村桥 was masked and 火锅 / 汤底 were trap words, their English was not
    (relevance 0.47 and 0.37 before: a day's small traffic notice or one more restaurant word made them relevant)."""
    c = clf.classify(text)
    assert not c.relevant and c.relevance < 0.3


def test_a_sub_parks_one_or_two_leading_industries_are_not_the_plans_two(clf):
    text = ("Zhongguancun's sub-parks will each focus on one or two leading industries and one or two emerging industries, "
            "the Zhongguancun administrative committee said.")
    assert not {"Z4", "Z4.6"} & codes(clf.classify(text))


def test_a_measures_key_term_inside_another_measures_term_is_that_measures_word(clf):
    """An English analyst's case: "intellectual property" and "patent" (Z2.1, IP reform) inside "intellectual property
    financing" and "patent pledge" (Z2.3, sci-tech finance) labelled Z2.1 too; within one entry such a term already
    counted once."""
    text = ("BEIJING - Banks in Zhongguancun have expanded intellectual property financing and patent pledge loans for "
            "start-ups, the Zhongguancun administrative committee said on Monday. Sci-tech finance products now cover "
            "3,000 firms in the zone.")
    got = codes(clf.classify(text))
    assert {"Z2", "Z2.3"} <= got and "Z2.1" not in got


def test_beijings_list_and_lead_projects_are_the_centres_work(clf):
    """An English analyst's case: a Beijing text on the centre's project work without 科创中心 wording scored 0.0."""
    text = "北京市发布30项技术攻关榜单，面向全国实行“揭榜挂帅”。揭榜团队最高可获5000万元支持。市科委表示，这一机制让企业出题、能者破题。"
    assert clf.classify(text).relevant


@pytest.mark.parametrize("text, code", [
    ("2024世界机器人大会8月21日在北京经济技术开发区开幕。大会由北京市政府等单位主办，中关村多家机器人企业集中展示新品。大会期间还将举办世界机器人大赛。", "Z7.8"),
    ("中关村朝阳园国际创投集聚区日前正式揭牌。首批20家国际创投机构签约入驻。朝阳区将为入驻机构提供办公用房补贴。", "Z7.2"),
    ("中关村企业家顾问委员会日前召开全体会议。委员们就优化创新生态、支持民营科技企业发展提出建议。中关村管委会表示将认真研究吸收。", "Z2.5"),
])
def test_what_a_measures_paragraph_names_labels_the_measure(clf, text, code):
    """A Beijing analyst's cases: proper names the plan writes into a measure's paragraph were weak key terms (task 0.36,
    measure 0.40): the articles fell to 'relevant, no plan task matched'."""
    assert {code, code.split(".")[0]} <= codes(clf.classify(text))


@pytest.mark.parametrize("wording", ["產業叢集", "產業聚落", "產業集群"])
def test_hong_kong_and_taiwan_words_for_industrial_cluster_score_as_the_mainland_one(clf, wording):
    # Hong Kong writes 產業叢集 and Taiwan 產業聚落 for the plan's 产业集群 (Z4's 世界级创新型产业集群): each must reach
    # Z4 as surely as the mainland wording (taxonomy v20 gave the Hong Kong one 0.55 against 0.88)
    text = (f"中關村科技園區管委會表示，將以人工智慧、積體電路為重點，打造世界級創新型{wording}，推動數位經濟發展。"
            "海澱園今年新增高新技術企業三百家。")
    mainland = clf.classify(text.replace(wording, "产业集群"), title="中關村打造世界級产业集群")
    c = clf.classify(text, title="中關村打造世界級" + wording)
    assert c.relevant and "Z4" in codes(c)
    assert next(lab.score for lab in c.labels if lab.code == "Z4") == pytest.approx(
        next(lab.score for lab in mainland.labels if lab.code == "Z4"))
    check_evidence(c, text)


PLAN_C = {"code": "C", "name_zh": "北京市“十五五”时期科技创新规划", "name_en": "Beijing 15th Five-Year S&T innovation plan",
          "context": {"zh": ["十五五", "十五五时期"], "en": ["15th five-year"]},
          "tasks": [{"code": "C1", "name_zh": "培育新质生产力", "name_en": "Foster new quality productive forces",
                     "description": "x", "phrases": {"zh": ["新质生产力"], "en": ["new quality productive forces"]},
                     "key_terms": {"zh": ["未来产业"], "en": ["future industries"]}},
                    {"code": "C3", "name_zh": "推进教育科技人才一体化", "name_en": "Integrate education, S&T and talent",
                     "description": "x", "phrases": {"zh": ["教育科技人才一体化"], "en": ["integrated education and talent"]},
                     "key_terms": {"zh": ["卓越工程师"], "en": ["outstanding engineers"]}}]}


def taxonomy_copy(directory: Path, edit) -> Path:
    """The packaged taxonomy with its model files in ``directory``, ``edit`` applied to its decoded JSON: its path."""
    import shutil

    from pipeline.taxonomy import DEFAULT_TAXONOMY_PATH

    for f in DEFAULT_TAXONOMY_PATH.parent.glob("*model*.json"):
        shutil.copy(f, directory / f.name)
    raw = json.loads(DEFAULT_TAXONOMY_PATH.read_text(encoding="utf-8"))
    edit(raw)
    path = directory / DEFAULT_TAXONOMY_PATH.name
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clf_c(tmp_path_factory):
    """The packaged taxonomy with a third plan, C, whose context is 十五五."""
    return Classifier.load(taxonomy_copy(tmp_path_factory.mktemp("plan_c"), lambda raw: raw["plans"].append(PLAN_C)))


def test_a_third_plan_counts_its_key_terms_in_its_own_context_only(clf, clf_c):
    own = "中关村示范区发布“十五五”时期发展规划。中关村将培养卓越工程师。卓越工程师学院将在海淀建设。中关村计划培养一万名卓越工程师。"
    centre = "中关村示范区助力国际科技创新中心建设。中关村将培养卓越工程师。卓越工程师学院将在海淀建设。中关村计划培养一万名卓越工程师。"
    c = clf_c.classify(own)
    assert c.relevant and "C3" in codes(c)
    check_evidence(c, own)
    # plan B's context (国际科技创新中心) is not plan C's: C's key term does not count there
    c = clf_c.classify(centre)
    assert c.relevant and not {code for code in codes(c) if code.startswith("C")}
    # the packaged plans label both texts as they did without plan C (B is not dropped, Z keeps its labels)
    for text in (own, centre):
        assert codes(clf_c.classify(text)) - {"C1", "C3"} == codes(clf.classify(text))


def test_a_third_plans_context_drops_the_zones_tasks_as_the_centres_does(clf, clf_c):
    # a text in plan C's context that never names Zhongguancun gets no Z codes: its 技术转移 and 概念验证 are the
    # city's plan's (the packaged taxonomy, without plan C, reads them as the zone's)
    text = ("亦庄新城发布“十五五”时期科技创新规划，加快培育新质生产力。亦庄将推进技术转移和科技成果转化，建设概念验证平台。"
            "亦庄布局未来产业，培育新质生产力。")
    assert {"Z3", "Z4"} <= codes(clf.classify(text))
    c = clf_c.classify(text)
    assert c.relevant and codes(c) == {"C1"}, c
    # outside plan C's context its key term does not count, nor does one phrase alone in the zone's text
    plain = "中关村发布新规划。中关村将布局未来产业。中关村企业投资未来产业，培育新质生产力。"
    assert not {code for code in codes(clf_c.classify(plain)) if code.startswith("C")}


def test_a_third_plans_texts_are_relevant_through_a_beijing_topic_or_an_anchor(clf_c, tmp_path):
    # its context alone does not make a Beijing text on it relevant (README: a new plan needs anchors or topics) ...
    text = "北京市发布“十五五”时期科技创新规划。北京将培养卓越工程师。卓越工程师学院将在海淀建设。北京计划到2030年培养一万名卓越工程师。"
    assert not clf_c.classify(text).relevant

    def with_topic(raw):
        raw["plans"].append(PLAN_C)
        raw["relevance"]["beijing_context"]["topics"]["zh"].append("十五五")

    # ... its context words as Beijing topics do, and its key terms then count in its context
    c = Classifier.load(taxonomy_copy(tmp_path, with_topic)).classify(text)
    assert c.relevant and codes(c) == {"C3"}, c
