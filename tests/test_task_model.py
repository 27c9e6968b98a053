"""The learned task model: shipped weights match their training data, scoring matches scikit-learn's,
the classifier adds what it says within the rules' document-level context and with evidence from the
text, and a bad model file is a clear error."""

import dataclasses
import hashlib
import json
import shutil

import numpy as np
import pytest

from pipeline.classify import Classifier
from pipeline.embeddings import load as load_embeddings
from pipeline.task_model import DENSE_SCALE, TaskModel, TaskModelError, features, train, train_from_file
from pipeline.taxonomy import DEFAULT_TAXONOMY_PATH, TaxonomyError, load_taxonomy

from labelled import HOLDOUT, TUNE, rows



@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


@pytest.fixture(scope="module")
def shipped_raw(tax):
    return json.loads(DEFAULT_TAXONOMY_PATH.with_name(tax.task_model_file).read_text(encoding="utf-8"))


def fake_model(codes, weights, intercepts=None):
    """A hand-made model: ``weights`` maps a feature to one coefficient per code (idf^2 = 1)."""
    raw = {"format": "zgc-task-model/1", "codes": list(codes),
           "intercepts": intercepts or [0.0] * len(codes),
           "weights": {f: [1.0, *ws] for f, ws in weights.items()}}
    return TaskModel.from_json(raw, "fake")


def classifier_with(tax, model, thresholds, **kw):
    return Classifier(dataclasses.replace(tax, task_model=model, task_model_thresholds=thresholds), **kw)


def test_shipped_model_was_trained_on_the_tune_split_only(tax, shipped_raw):
    meta = shipped_raw["trained_on"]
    assert meta["file"] == "tune.jsonl"
    assert meta["sha256"] == hashlib.sha256(TUNE.read_bytes()).hexdigest(), \
        "tune.jsonl changed since the model was trained: python -m pipeline.task_model --out ..."
    assert meta["relevant"] == sum(r["relevant"] for r in rows(TUNE))
    assert not {r["text"] for r in rows(TUNE)} & {r["text"] for r in rows(HOLDOUT)}
    assert set(tax.task_model.codes) == {e.code for e in tax.entries if e.parent is None}


def test_retraining_gives_the_shipped_model(shipped_raw):
    pytest.importorskip("sklearn")
    fresh = TaskModel.from_json(train_from_file(TUNE), "retrained")
    shipped = TaskModel.from_json(shipped_raw, "shipped")
    assert fresh.codes == shipped.codes and set(fresh.index) == set(shipped.index)
    clf = Classifier.load(use_model=False)
    for r in rows(HOLDOUT)[:60]:
        n = clf.model_text(r["text"], r.get("title"))
        a, b = fresh.probabilities(n), shipped.probabilities(n)
        assert all(a[c] == pytest.approx(b[c], abs=1e-3) for c in a)


@pytest.mark.parametrize("dense", [False, True])
def test_scoring_matches_scikit_learn(dense):
    sk = pytest.importorskip("sklearn.feature_extraction.text")
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    texts = ["中关村吸引海外人才回国创业", "中关村孵化器支持初创企业", "returnees talent zhongguancun",
             "incubator startups zhongguancun", "人才公寓 留学归国", "孵化 技术转移 成果转化"] * 3
    labels = [["Z6"], ["Z3"], ["Z6"], ["Z3"], ["Z6"], ["Z3"]] * 3
    raw = train(texts, labels, ["Z3", "Z6"], dense=dense)
    assert raw["format"] == ("zgc-task-model/2" if dense else "zgc-task-model/1") and ("dense" in raw) == dense
    model = TaskModel.from_json(raw, "t")
    vec = sk.TfidfVectorizer(analyzer=lambda s: list(features(s)), binary=True, min_df=2)
    emb = load_embeddings()

    def x(ts):
        m = vec.transform(ts)
        return sparse.hstack([m, sparse.csr_matrix(DENSE_SCALE * np.array([emb.embed(t) for t in ts]))]) if dense else m

    vec.fit(texts)
    for code in ("Z3", "Z6"):
        lr = LogisticRegression(C=10.0, max_iter=5000, class_weight="balanced").fit(x(texts), [code in ls for ls in labels])
        for t in ["海外人才", "孵化器 startups", "talent", "无关的文字"]:
            assert model.probabilities(t)[code] == pytest.approx(lr.predict_proba(x([t]))[0, 1], abs=1e-3)


def test_the_shipped_model_reads_the_packaged_embeddings(tax, shipped_raw):
    emb = load_embeddings()
    d = shipped_raw["dense"]
    assert d["embedding"] == emb.name and d["sha256"] == emb.sha256 and len(d["weights"]) == emb.dims == 256
    assert tax.task_model.embedder is emb and tax.task_model.dense.shape == (256, len(tax.task_model.codes))


def test_features_are_characters_words_and_character_pairs():
    f = features("中关村 talent g20")
    assert {"中", "关", "村", "中关", "关村", "talent", "g20"} <= f
    assert "村 " not in f and " t" not in f  # pairs are of non-ASCII characters only


def test_the_model_lifts_a_task_the_rules_leave_below_the_threshold(tax):
    text = "中关村今年新增留学归国创业人员两千人。园区还为他们提供公寓。"
    rules = Classifier(dataclasses.replace(tax, task_model=None))
    assert "Z6" not in {lab.code for lab in rules.classify(text).labels}  # one key term: 0.4
    clf = classifier_with(tax, fake_model(["Z6"], {"归国": [4.0]}), {"Z": 0.5})
    res = clf.classify(text)
    z6 = [lab for lab in res.labels if lab.code == "Z6"]
    assert z6 and z6[0].evidence == "中关村今年新增留学归国创业人员两千人。"  # the rules' own sentence
    assert 0.5 <= z6[0].score <= 1.0 and z6[0].method == "model"
    assert all(lab.method == "rules" for lab in res.labels if lab.code != "Z6")


def test_a_task_the_rules_never_saw_gets_the_sentence_that_weighs_most(tax):
    text = ("Zhongguancun Science Park held its annual meeting on Monday. "
            "Scholars who came back from Stanford started 40 firms there this year. The weather was fine.")
    clf = classifier_with(tax, fake_model(["Z6"], {"scholars": [3.0], "stanford": [3.0]}), {"Z": 0.5})
    res = clf.classify(text)
    assert res.relevant
    z6 = [lab for lab in res.labels if lab.code == "Z6"]
    assert z6 and z6[0].evidence == "Scholars who came back from Stanford started 40 firms there this year."
    assert z6[0].evidence in text


def test_the_label_threshold_asks_the_model_for_more(tax):
    text = "中关村今年新增留学归国创业人员两千人。园区还为他们提供公寓。"
    model = fake_model(["Z6"], {"归国": [1.2]})  # P(Z6) a little above 0.5 for this text
    p = model.probabilities(Classifier.load(use_model=False).model_text(text))["Z6"]
    assert 0.5 < p < 0.8  # on the label scale: 0.5 + 0.5 * (p - 0.5) / 0.5 < 0.8
    assert "Z6" in {lab.code for lab in classifier_with(tax, model, {"Z": 0.5}).classify(text).labels}
    assert "Z6" not in {lab.code for lab in classifier_with(tax, model, {"Z": 0.5}, threshold=0.8).classify(text).labels}
    assert "Z6" not in {lab.code for lab in classifier_with(tax, model, {"Z": 0.9}).classify(text).labels}


def test_the_model_keeps_to_the_plans_context(tax):
    # a Beijing-centre text that never names Zhongguancun gets no Z code, whatever the model says
    text = "北京国际科技创新中心建设加快推进。北京今年吸引留学归国人才两千人。"
    clf = classifier_with(tax, fake_model(["Z6", "B6"], {"归国": [6.0, 6.0]}), {"Z": 0.5, "B": 0.5})
    codes = {lab.code for lab in clf.classify(text).labels}
    assert "Z6" not in codes and "B6" in codes
    # a plan without a threshold gets nothing from the model
    clf = classifier_with(tax, fake_model(["Z6", "B6"], {"归国": [6.0, 6.0]}), {"Z": 0.5})
    assert "B6" not in {lab.code for lab in clf.classify(text).labels}


def test_no_model_labels_on_short_or_irrelevant_texts_or_plan_paragraphs(tax):
    clf = classifier_with(tax, fake_model(["Z6", "Z3"], {"归": [9.0, 9.0], "中": [9.0, 9.0]}), {"Z": 0.5})
    # one sentence: too little text to read a topic from
    assert "Z6" not in {lab.code for lab in clf.classify("中关村今年新增留学归国创业人员两千人。").labels}
    # not relevant: no labels at all
    res = clf.classify("中关村在线评测：这款手机的屏幕很好。归来的用户都说好。")
    assert not res.relevant and not res.labels
    # a measure's plan paragraph is that measure and its task only
    para = "支持颠覆性技术创新。围绕人工智能等领域,支持中关村企业开展颠覆性技术研发。归国人才积极参与。"
    assert {lab.code for lab in clf.classify(para).labels} <= {"Z1", "Z1.3"}


def test_the_shipped_model_only_adds_tasks(tax):
    rules = Classifier(dataclasses.replace(tax, task_model=None))
    clf = Classifier.load()
    for r in rows(HOLDOUT)[:120]:
        a = {lab.code: lab for lab in rules.classify(r["text"], r.get("title")).labels}
        b = {lab.code: lab for lab in clf.classify(r["text"], r.get("title")).labels}
        assert set(a) <= set(b)
        for code in set(b) - set(a):
            assert tax.get(code).parent is None
            assert b[code].evidence in r["text"]
            assert b[code].method == "model"
        assert all(b[code].method == "rules" for code in a if b[code].score == a[code].score)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(format="other"), "not a task model"),
    (lambda d: d.update(codes=[]), "'codes'"),
    (lambda d: d.update(intercepts=d["intercepts"][:-1]), "'intercepts'"),
    (lambda d: d["weights"].update({"中": [0.0] + [1.0] * len(d["codes"])}), "weights['中']"),
    (lambda d: d["weights"].update({"中": [1.0, float("nan")] + [1.0] * (len(d["codes"]) - 1)}), "weights['中']"),
    (lambda d: d.update(codes=["Z9"] + d["codes"][1:]), "not tasks of this taxonomy"),
    (lambda d: d.pop("dense"), "'dense' must be an object"),
    (lambda d: d["dense"].update(scale=0), "dense 'scale'"),
    (lambda d: d["dense"].update(weights=d["dense"]["weights"][:-1]), "256 dimensions"),
    (lambda d: d["dense"]["weights"][0].pop(), "dense 'weights'"),
    (lambda d: d["dense"].update(sha256="0" * 64), "install the wordllama version it was trained with"),
])
def test_a_bad_model_file_is_a_clear_error(tmp_path, shipped_raw, tax, mutate, message):
    tdir = tmp_path / "tax"
    tdir.mkdir()
    shutil.copy(DEFAULT_TAXONOMY_PATH, tdir / DEFAULT_TAXONOMY_PATH.name)
    shutil.copy(DEFAULT_TAXONOMY_PATH.with_name(tax.relevance.model_file), tdir / tax.relevance.model_file)
    raw = json.loads(json.dumps(shipped_raw))
    mutate(raw)
    (tdir / tax.task_model_file).write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(TaxonomyError) as exc:
        load_taxonomy(tdir / DEFAULT_TAXONOMY_PATH.name)
    assert tax.task_model_file in str(exc.value) and message in str(exc.value)


def test_a_missing_or_broken_model_file_is_a_clear_error(tmp_path, tax):
    tdir = tmp_path / "tax"
    tdir.mkdir()
    shutil.copy(DEFAULT_TAXONOMY_PATH, tdir / DEFAULT_TAXONOMY_PATH.name)
    shutil.copy(DEFAULT_TAXONOMY_PATH.with_name(tax.relevance.model_file), tdir / tax.relevance.model_file)
    with pytest.raises(TaxonomyError, match=r"task model file not found \(a taxonomy's model files are beside it: "
                                            r"copy them with it\)"):
        load_taxonomy(tdir / DEFAULT_TAXONOMY_PATH.name)
    (tdir / tax.task_model_file).write_text("{not json", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="not valid JSON"):
        load_taxonomy(tdir / DEFAULT_TAXONOMY_PATH.name)
    with pytest.raises(TaskModelError, match="not found"):
        TaskModel.load(tmp_path / "nowhere.json")


@pytest.mark.parametrize("section, message", [
    ({"file": "../x.json", "thresholds": {"Z": 0.5}}, "a file name beside the taxonomy"),
    ({"file": "x.json"}, "thresholds"),
    ({"file": "x.json", "thresholds": {"Q": 0.5}}, "'Q' is not a plan"),
    ({"file": "x.json", "thresholds": {"Z": 1.5}}, "in (0, 1)"),
])
def test_a_bad_task_model_section_is_a_clear_error(tmp_path, section, message):
    raw = json.loads(DEFAULT_TAXONOMY_PATH.read_text(encoding="utf-8"))
    raw["task_model"] = section
    p = tmp_path / "t.json"
    p.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TaxonomyError) as exc:
        load_taxonomy(p, model=False)
    assert "task_model" in str(exc.value) and message in str(exc.value)
