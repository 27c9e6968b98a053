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
FLOOR_RELEVANCE_F1 = 0.90  # measured 0.918 (159 texts; 0.908 on the earlier 129)
FLOOR_LABEL_MICRO_F1 = 0.82  # measured 0.848 (159 texts; 0.770 on the earlier 129)


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
    assert c.taxonomy_version == "plan_tasks.v1"


@pytest.mark.parametrize("name", ["001", "002"])
def test_press_conferences_get_all_six_projects(clf, name):
    text = seed(name)
    c = clf.classify(text)
    assert c.relevant
    assert B_ALL <= codes(c)
    check_evidence(c, text)


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
    text = "协会今日发表倡议，呼吁上市公司稳定股价。"
    assert not clf.classify(text).relevant
    assert clf.classify(text, title="中关村277家上市公司发表稳定股价行动倡议").relevant


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


def load_rows(name):
    return [json.loads(line) for line in (LABELLED / f"{name}.jsonl").open(encoding="utf-8")]


def test_labelled_sets_are_well_formed():
    rows = load_rows("tune") + load_rows("holdout")
    assert len(rows) >= 300
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["language"] for r in rows} == {"zh-Hans", "zh-Hant", "en"}
    keys = {"id", "source_url", "language", "title", "text", "relevant", "labels"}
    assert all(set(r) == keys for r in rows)


def test_quality_gate_on_holdout(clf):
    rows = load_rows("holdout")
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
    assert rel_f1 >= FLOOR_RELEVANCE_F1, rel_f1
    assert micro >= FLOOR_LABEL_MICRO_F1, micro
