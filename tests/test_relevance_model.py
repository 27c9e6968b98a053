"""The learned relevance model: shipped weights match their training data, scoring matches
scikit-learn's, the blend is what the taxonomy declares, and a bad model file is a clear error."""

import hashlib
import json
import math
import shutil

import pytest

from pipeline.classify import Classifier
from pipeline.relevance_model import ModelError, RelevanceModel, features, train_from_file
from pipeline.taxonomy import DEFAULT_TAXONOMY_PATH, TaxonomyError, load_taxonomy

from labelled import HOLDOUT, TUNE, rows



@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


@pytest.fixture(scope="module")
def shipped_raw(tax):
    return json.loads(DEFAULT_TAXONOMY_PATH.with_name(tax.relevance.model_file).read_text(encoding="utf-8"))


def test_shipped_model_was_trained_on_the_tune_split_only(shipped_raw):
    meta = shipped_raw["trained_on"]
    assert meta["file"] == "tune.jsonl"
    assert meta["sha256"] == hashlib.sha256(TUNE.read_bytes()).hexdigest(), \
        "tune.jsonl changed since the model was trained: python -m pipeline.relevance_model --out ..."
    assert meta["rows"] == len(rows(TUNE))
    # no held-back text is in the training data
    assert not {r["text"] for r in rows(TUNE)} & {r["text"] for r in rows(HOLDOUT)}


def test_retraining_gives_the_shipped_model(shipped_raw):
    pytest.importorskip("sklearn")
    fresh = RelevanceModel.from_json(train_from_file(TUNE), "retrained")
    shipped = RelevanceModel.from_json(shipped_raw, "shipped")
    assert set(fresh.weights) == set(shipped.weights)
    clf = Classifier.load(use_model=False)
    for r in rows(HOLDOUT)[:80]:
        n = clf.normalise(r["text"])
        assert fresh.probability(n) == pytest.approx(shipped.probability(n), abs=1e-4)


def test_scoring_matches_scikit_learn():
    sk = pytest.importorskip("sklearn.feature_extraction.text")
    from sklearn.linear_model import LogisticRegression

    texts = ["中关村科技园区发布新政策", "中关村在线评测手机", "zhongguancun science park policy",
             "zol phone review", "北京国际科技创新中心建设", "外卖 美食 餐厅 点评"] * 3
    y = [True, False, True, False, True, False] * 3
    from pipeline.relevance_model import train

    doc = train(texts, y)
    model = RelevanceModel.from_json(doc, "t")
    vec = sk.TfidfVectorizer(analyzer=lambda s: list(features(s)), binary=True, min_df=2)
    x = vec.fit_transform(texts)
    lr = LogisticRegression(C=10.0, max_iter=5000, class_weight="balanced").fit(x, y)
    for t in ["中关村新政策", "手机评测 zol", "science park", "无关的文字"]:
        assert model.probability(t) == pytest.approx(lr.predict_proba(vec.transform([t]))[0, 1], abs=1e-4)


def test_relevance_is_the_declared_blend(tax):
    a = tax.relevance.model_weight
    assert 0 < a < 1
    with_model, rules = Classifier.load(), Classifier.load(use_model=False)
    model = tax.relevance.model
    text = "中关村科学城今年新增一批硬科技孵化器，支持原始创新。"  # no trap, no other park: no damping
    p = model.probability(with_model.normalise(text))
    r = rules.classify(text).relevance
    assert with_model.classify(text).relevance == pytest.approx((1 - a) * r + a * p, abs=1e-4)


def test_model_reads_the_title(tax):
    clf = Classifier.load()
    text = "协会今日发表倡议，呼吁上市公司稳定股价。"
    assert clf.classify(text, title="中关村上市公司协会倡议").relevance > clf.classify(text).relevance


def test_trap_and_other_park_knowledge_damps_the_model_share():
    # Shenzhen's institutions after a Beijing sentence: the rules know another city is discussed,
    # and the model's share is damped, so the blend stays below the threshold
    clf = Classifier.load()
    other = ("这些成就折射出北京在人工智能原始创新领域的超前布局。"
             "深圳的新型研发机构打破院墙，以需求和问题导向布局重大科研项目。")
    p = clf.taxonomy.relevance.model.probability(clf.normalise(other))
    assert p > 0.5  # the model alone would call it relevant
    assert not clf.classify(other).relevant


@pytest.mark.parametrize("content, message", [
    (None, "relevance model file not found"),
    ("{not json", "not valid JSON"),
    ('{"format": "other"}', "not a relevance model"),
    ('{"format": "zgc-relevance-model/1", "intercept": 0.1, "weights": {}}', "'weights' must be a non-empty object"),
    ('{"format": "zgc-relevance-model/1", "intercept": 0.1, "weights": {"a": [1.0, -2]}}', r"weights\['a'\]"),
    ('{"format": "zgc-relevance-model/1", "intercept": "x", "weights": {"a": [1.0, 2]}}', "'intercept'"),
])
def test_bad_model_file_is_a_clear_error(tmp_path, tax, content, message):
    tpath = tmp_path / DEFAULT_TAXONOMY_PATH.name
    shutil.copy(DEFAULT_TAXONOMY_PATH, tpath)
    if content is not None:
        (tmp_path / tax.relevance.model_file).write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=message) as exc:
        load_taxonomy(tpath)
    assert tax.relevance.model_file in str(exc.value)  # the error names the file


@pytest.mark.parametrize("model, message", [
    ({"file": "m.json", "weight": 1.5}, "model.weight"),
    ({"file": "../m.json", "weight": 0.3}, "relevance.model"),
    ("m.json", "relevance.model"),
])
def test_bad_model_declaration_is_a_clear_error(tmp_path, model, message):
    raw = json.loads(DEFAULT_TAXONOMY_PATH.read_text(encoding="utf-8"))
    raw["relevance"]["model"] = model
    p = tmp_path / "t.json"
    p.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(p)


def test_probability_is_bounded_on_any_text(tax):
    m = tax.relevance.model
    for t in ["", "\n", "中" * 10000, "a " * 5000, "\x00\uffff"]:
        p = m.probability(t)
        assert 0.0 <= p <= 1.0 and not math.isnan(p)
    with pytest.raises(ModelError):
        RelevanceModel.from_json([], "x")
