import copy
import re
import json

import pytest

from pipeline.taxonomy import DEFAULT_TAXONOMY_PATH, TaxonomyError, load_taxonomy, parse_taxonomy


@pytest.fixture(scope="module")
def raw():
    return json.loads(DEFAULT_TAXONOMY_PATH.read_text(encoding="utf-8"))


def test_packaged_taxonomy_loads():
    tax = load_taxonomy()
    codes = tax.codes()
    assert tax.version == "plan_tasks.v22"
    for code in [f"Z{i}" for i in range(1, 8)] + [f"B{i}" for i in range(1, 7)]:
        assert code in codes
    assert len(set(codes)) == len(codes)
    measures = [e for e in tax.entries if e.parent]
    assert len(measures) == 67
    assert all(e.code.startswith(e.parent + ".") for e in measures)
    assert tax.get("Z1.1").name_zh == "加强关键核心技术攻关"
    for e in tax.entries:
        assert e.phrases["zh"] and e.phrases["en"], e.code


def test_task_order_follows_the_plan():
    tax = load_taxonomy()
    names = [tax.get(f"Z{i}").name_zh for i in range(1, 8)]
    assert names[0].startswith("坚持自立自强") and names[6].startswith("深度融入全球创新网络")


def test_duplicate_code_is_named(raw):
    bad = copy.deepcopy(raw)
    bad["plans"][0]["tasks"][1]["code"] = "Z1"
    with pytest.raises(TaxonomyError, match="duplicate code 'Z1'"):
        parse_taxonomy(bad)


def test_empty_phrases_are_named(raw):
    bad = copy.deepcopy(raw)
    bad["plans"][0]["tasks"][2]["measures"][0]["phrases"]["en"] = []
    with pytest.raises(TaxonomyError, match=r"Z3\.1.*'en' phrases must not be empty"):
        parse_taxonomy(bad)


def _flat_measure(code: str, parent: str) -> dict:
    """A measure declared in a plan's flat ``measures`` list, under *parent*."""
    return {"code": code, "parent": parent, "name_zh": "x", "name_en": "x", "description": "x",
            "phrases": {"zh": ["x"], "en": ["x"]}}


def test_measure_under_missing_task_is_named(raw):
    bad = copy.deepcopy(raw)
    bad["plans"][0]["measures"] = [_flat_measure("Z9.1", "Z9")]
    with pytest.raises(TaxonomyError, match=r"Z9\.1.*parent task 'Z9' does not exist"):
        parse_taxonomy(bad)


def test_measure_code_must_sit_under_its_task(raw):
    bad = copy.deepcopy(raw)
    bad["plans"][0]["tasks"][0]["measures"][0]["code"] = "Z2.99"
    with pytest.raises(TaxonomyError, match=r"Z2\.99.*under task Z1"):
        parse_taxonomy(bad)


def test_missing_version_and_names(raw):
    bad = copy.deepcopy(raw)
    del bad["version"]
    with pytest.raises(TaxonomyError, match="'version'"):
        parse_taxonomy(bad)
    bad = copy.deepcopy(raw)
    bad["plans"][1]["tasks"][3]["name_en"] = ""
    with pytest.raises(TaxonomyError, match=r"\(B4\).*'name_en'"):
        parse_taxonomy(bad)


def test_bad_json_file(tmp_path):
    p = tmp_path / "t.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="not valid JSON"):
        load_taxonomy(p)


def test_relevance_extras_load_and_are_validated(raw):
    rel = load_taxonomy().relevance
    assert rel.trap_terms_per_anchor > 0 and 0 < rel.national_weight <= 1
    assert "国务院" in rel.national_terms["zh"] and "state council" in rel.national_terms["en"]
    assert "中科曙光" in rel.segmenter_words
    bad = copy.deepcopy(raw)
    bad["relevance"]["national_scope"]["weight"] = 2
    with pytest.raises(TaxonomyError, match="national_scope.weight"):
        parse_taxonomy(bad)
    bad = copy.deepcopy(raw)
    bad["relevance"]["segmenter_words"] = ["中科曙光", ""]
    with pytest.raises(TaxonomyError, match="segmenter_words"):
        parse_taxonomy(bad)
    # the extras are optional: an older file without them still loads, with them off
    old = copy.deepcopy(raw)
    for key in ("national_scope", "segmenter_words"):
        del old["relevance"][key]
    del old["relevance"]["trap_terms"]["per_anchor"]
    rel = parse_taxonomy(old).relevance
    assert rel.national_weight == 0 and rel.trap_terms_per_anchor == 0 and rel.segmenter_words == ()


def test_act_terms_are_optional_but_checked(raw):
    tax = parse_taxonomy(raw)
    assert "成立" in tax.get("B1").act_terms["zh"]
    assert tax.get("Z1").act_terms == {"zh": (), "en": ()}
    bad = copy.deepcopy(raw)
    bad["plans"][1]["tasks"][0]["act_terms"] = {"zh": "成立", "en": []}
    with pytest.raises(TaxonomyError, match=r"\(B1\) act_terms.*'zh' must be a list"):
        parse_taxonomy(bad)


def test_generic_context_must_be_part_of_the_context(raw):
    tax = parse_taxonomy(raw)
    assert tax.generic_contexts["Z"]["zh"] == ("示范区", "分园")
    assert "中关村" not in tax.generic_contexts["Z"]["zh"]
    bad = copy.deepcopy(raw)
    bad["plans"][0]["generic_context"]["zh"].append("高新区")
    with pytest.raises(TaxonomyError, match=r"generic_context\.zh: \['高新区'\] must also be in its context"):
        parse_taxonomy(bad)


def test_regional_variants_are_matched_like_their_mainland_forms(raw):
    tax = parse_taxonomy(raw)
    b2 = tax.get("B2")
    assert "人工智能" in b2.key_terms["zh"] + b2.phrases["zh"] and "人工智慧" in b2.key_terms["zh"] + b2.phrases["zh"]
    assert tax.regional_variants["数字经济"] == ("数位经济", "数码经济")
    # a phrase with a mainland form gets one variant per replacement, after its own phrases
    plain = copy.deepcopy(raw)
    del plain["regional_variants"]
    base = parse_taxonomy(plain)
    for e, f in zip(tax.entries, base.entries):
        assert e.phrases["zh"][:len(f.phrases["zh"])] == f.phrases["zh"] and e.phrases["en"] == f.phrases["en"]
    assert base.regional_variants == {}
    for bad_table in ([], {"人工智能": []}, {"人工智能": ["人工智能"]}, {"人工智能": [""]}):
        bad = copy.deepcopy(raw)
        bad["regional_variants"]["zh"] = bad_table
        with pytest.raises(TaxonomyError, match="regional_variants"):
            parse_taxonomy(bad)


@pytest.mark.parametrize("where, key", [
    (lambda t: t["plans"][0]["tasks"][1], "measure"),             # for "measures": Z2 would lose its six measures
    (lambda t: t["plans"][0]["tasks"][1], "keyterms"),
    (lambda t: t["plans"][0]["tasks"][1]["key_terms"], "cn"),     # for "zh"
    (lambda t: t["plans"][0], "task"),
    (lambda t: t, "regional_variant"),
    (lambda t: t["relevance"], "anchor"),
])
def test_a_misspelt_key_is_named_not_dropped(raw, where, key):
    bad = copy.deepcopy(raw)
    where(bad)[key] = where(bad).get(key.rstrip("s"), []) or ["x"]
    with pytest.raises(TaxonomyError, match=rf"unknown key\(s\) \['{key}'\]"):
        parse_taxonomy(bad)


def test_a_phrase_with_spaces_around_it_is_named(raw):
    bad = copy.deepcopy(raw)
    bad["plans"][0]["tasks"][1]["phrases"]["zh"].append(" 稳定股价行动 ")
    with pytest.raises(TaxonomyError, match=r"\(Z2\) phrases: 'zh'\[\d+\] ' 稳定股价行动 ' has spaces around it"):
        parse_taxonomy(bad)


@pytest.mark.parametrize("version", ["plan_tasks.v17-rc1", "v17", "plan_tasks.v", "plan_tasks.17", "plan_tasks.v018"])
def test_a_version_must_carry_the_number_that_orders_it(raw, version):
    bad = copy.deepcopy(raw)
    bad["version"] = version
    with pytest.raises(TaxonomyError, match="must be 'plan_tasks.v<number>'"):
        parse_taxonomy(bad)


def test_a_flat_measure_hangs_under_a_task_of_its_own_plan(raw):
    bad = copy.deepcopy(raw)
    bad["plans"][1]["measures"] = [_flat_measure("Z3.9", "Z3")]
    with pytest.raises(TaxonomyError, match=r"Z3\.9.*parent task 'Z3' does not exist in plan 'B'"):
        parse_taxonomy(bad)


@pytest.fixture
def copied(tmp_path):
    """A copy of the packaged taxonomy file and its model files, side by side: its path."""
    import shutil

    for f in DEFAULT_TAXONOMY_PATH.parent.glob("*.json"):
        shutil.copy(f, tmp_path / f.name)
    return tmp_path / DEFAULT_TAXONOMY_PATH.name


def test_every_error_of_a_file_names_the_file_and_its_fingerprint_covers_its_models(raw, copied, tmp_path):
    path = copied
    assert load_taxonomy(path).sha256 == load_taxonomy().sha256   # the same files, wherever they are
    model = tmp_path / raw["relevance"]["model"]["file"]
    model.write_bytes(model.read_bytes() + b"\n")   # a model retrained in place changes the fingerprint
    assert load_taxonomy(path).sha256 != load_taxonomy().sha256
    bad = copy.deepcopy(raw)
    bad["plans"][0]["tasks"][2]["code"] = "Z1"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TaxonomyError, match=rf"^{re.escape(str(path))}: plans\[0\]\.tasks\[2\].*duplicate code 'Z1'"):
        load_taxonomy(path)


def test_a_value_of_the_wrong_kind_a_duplicate_key_and_a_contradicting_parent_are_named(raw, copied):
    path = copied
    bad = copy.deepcopy(raw)
    bad["relevance"]["beijing_context"] = ["北京"]
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"relevance.beijing_context: must be an object"):
        load_taxonomy(path)
    text = json.dumps(raw, ensure_ascii=False)
    # the same key twice in one object: json would keep the second list of phrases and lose the first
    path.write_text(text.replace('"phrases": {', '"phrases": {"zh": ["重复"], ', 1), encoding="utf-8")
    with pytest.raises(TaxonomyError, match=rf"^{re.escape(str(path))}: duplicate key 'zh'"):
        load_taxonomy(path)
    bad = copy.deepcopy(raw)
    bad["plans"][0]["tasks"][1]["measures"][0]["parent"] = "Z3"
    with pytest.raises(TaxonomyError, match=r"'parent' 'Z3' contradicts the task it is listed under \(Z2\)"):
        parse_taxonomy(bad)
    bad = copy.deepcopy(raw)
    form = next(iter(bad["regional_variants"]["zh"]))
    bad["regional_variants"]["zh"][form] = [" 人工智慧 "]
    with pytest.raises(TaxonomyError, match="without spaces around it"):
        parse_taxonomy(bad)


def test_traditional_phrases_are_read_in_simplified_characters_and_count_once(raw):
    from pipeline.classify import Classifier

    t = copy.deepcopy(raw)
    z5 = t["plans"][0]["tasks"][4]
    z5["phrases"]["zh"] += ["園區數位轉型", "园区数位转型"]   # written both ways: one phrase
    z5["key_terms"]["zh"].append("積體電路園")
    t["plans"][0]["context"]["zh"].append("中關村園區")
    tax = parse_taxonomy(t)
    e = tax.get("Z5")
    assert e.phrases["zh"].count("园区数位转型") == 1 and "園區數位轉型" not in e.phrases["zh"]
    assert "积体电路园" in e.key_terms["zh"] and "中关村园区" in tax.contexts["Z"]["zh"]
    clf = Classifier(tax, use_model=False)
    for text in ("中關村示範區今日公布新措施。園區數位轉型正式啟動。北京市官員出席。",
                 "中关村示范区今日公布新措施。园区数位转型正式启动。北京市官员出席。"):
        labels = {lab.code: lab.score for lab in clf.classify(text).labels}
        assert labels.get("Z5") == 0.8, (text, labels)   # one strong phrase's weight: not counted twice


def test_a_duplicate_plan_code_is_refused_naming_both(raw):
    bad = copy.deepcopy(raw)
    bad["plans"].append({"code": "B", "name_zh": "北京十五五科技规划", "name_en": "Beijing 15th FYP S&T",
                         "context": {"zh": ["十五五"], "en": ["15th five-year"]},
                         "tasks": [{"code": "B7", "name_zh": "新任务", "name_en": "New task", "description": "x",
                                    "phrases": {"zh": ["新质生产力"], "en": ["new quality productive forces"]}}]})
    with pytest.raises(TaxonomyError, match=r"plans\[2\]: duplicate plan code 'B' \(first at plans\[1\]\)"):
        parse_taxonomy(bad)


@pytest.mark.parametrize("where, code, message", [
    ("task", "Z.8", r"plans\[0\]\.tasks\[7\] \(Z\.8\): a task code must be its plan code 'Z' and a number"),
    ("task", "Z 8", r"plans\[0\]\.tasks\[7\] \(Z 8\): a task code must be"),
    ("task", "Z08", r"\(Z08\): a task code must be"),
    ("measure", "Z1.1.1", r"plans\[0\]\.tasks\[0\]\.measures\[0\] \(Z1\.1\.1\): a measure code must be its task's "
                          r"code, '\.' and a number \(under task Z1: Z1\.1, Z1\.2"),
    ("measure", "Z1.x", r"\(Z1\.x\): a measure code must be"),
    ("plan", "C1", r"plans\[2\]: plan code 'C1' must be upper-case letters"),
])
def test_codes_follow_the_plan_task_measure_grammar(raw, where, code, message):
    bad = copy.deepcopy(raw)
    entry = {"code": code, "name_zh": "新任务", "name_en": "New", "description": "x",
             "phrases": {"zh": ["新质生产力"], "en": ["new quality productive forces"]}}
    if where == "task":
        bad["plans"][0]["tasks"].append(entry)
    elif where == "measure":
        bad["plans"][0]["tasks"][0]["measures"][0]["code"] = code
    else:
        bad["plans"].append({"code": code, "name_zh": "x", "name_en": "x", "tasks": [dict(entry, code=code + "1")]})
    with pytest.raises(TaxonomyError, match=message):
        parse_taxonomy(bad)
    ok = copy.deepcopy(raw)   # two-digit numbers are codes too
    ok["plans"][0]["tasks"].append(dict(entry, code="Z10"))
    assert "Z10" in parse_taxonomy(ok).codes()


def test_the_same_phrase_under_two_entries_is_a_warning_naming_both(raw):
    assert load_taxonomy(model=False).warnings == ()   # the packaged taxonomy lists no strong phrase twice
    t = copy.deepcopy(raw)
    t["plans"][0]["tasks"][1]["phrases"]["zh"].append(t["plans"][0]["tasks"][0]["phrases"]["zh"][0])
    t["plans"][0]["tasks"][2]["key_terms"]["zh"].append(t["plans"][0]["tasks"][0]["phrases"]["zh"][0])   # (not warned)
    (warning,) = parse_taxonomy(t).warnings
    assert f"{t['plans'][0]['tasks'][0]['phrases']['zh'][0]!r} is listed under Z1 (plans[0].tasks[0]) and Z2 " \
           "(plans[0].tasks[1])" in warning


def test_the_task_models_blind_spots_are_warnings_and_a_stray_code_says_what_to_do(raw, copied):
    assert load_taxonomy(copied).warnings == ()
    t = copy.deepcopy(raw)
    t["plans"].append({"code": "C", "name_zh": "北京市十五五科技创新规划", "name_en": "Beijing 15th FYP S&T",
                       "context": {"zh": ["十五五"], "en": ["15th five-year"]},
                       "tasks": [{"code": "C1", "name_zh": "培育新质生产力", "name_en": "New forces", "description": "x",
                                  "phrases": {"zh": ["新质生产力"], "en": ["new quality productive forces"]}}]})
    t["plans"][0]["tasks"][0]["measures"].append({"code": "Z1.12", "name_zh": "新措施", "name_en": "New measure",
                                                  "description": "x", "phrases": {"zh": ["概念验证平台网络"],
                                                                                  "en": ["poc platform network"]}})
    t["task_model"]["thresholds"]["C"] = 0.5
    t["version"] = "plan_tasks.v999"   # (a changed copy under the packaged number is warned of too)
    copied = copied.with_name("plan_tasks.v999.json")   # (a version's file is named after it)
    copied.write_text(json.dumps(t, ensure_ascii=False), encoding="utf-8")
    warnings = load_taxonomy(copied).warnings
    assert len(warnings) == 2, warnings   # (measures are the rules' alone in any case: Z1.12 is not named)
    assert "was not trained on tasks ['C1']: the rules alone label them" in warnings[0]
    assert "task_model.thresholds.C:" in warnings[1] and "no task of plan 'C'" in warnings[1]
    t["plans"][1]["tasks"][5]["code"] = "B7"
    copied.write_text(json.dumps(t, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"codes \['B6'\] are not tasks of this taxonomy .*retrain it on this one "
                                            r"\(python -m pipeline\.task_model.*remove the 'task_model' section"):
        load_taxonomy(copied)


def test_a_copy_edited_without_a_new_version_number_is_warned_of(raw, copied):
    """The README's steps once named the packaged version for the copy: `classify --taxonomy` then tried it without a
    word, and the warehouse's reprocess refused it (a version whose files changed)."""
    assert load_taxonomy(copied).warnings == ()   # an unchanged copy is the packaged version
    t = copy.deepcopy(raw)
    t["plans"][0]["tasks"][0]["phrases"]["zh"].append("自主创新能力提升行动")
    copied.write_text(json.dumps(t, ensure_ascii=False), encoding="utf-8")
    (warning,) = load_taxonomy(copied, model=False).warnings
    number = int(raw["version"].rsplit("v", 1)[1])
    assert f"version {raw['version']} is a packaged version" in warning
    assert f"new version number (plan_tasks.v{number + 1})" in warning
    t["version"] = f"plan_tasks.v{number + 1}"
    copied.write_text(json.dumps(t, ensure_ascii=False), encoding="utf-8")
    # a version's file is named after it: the copy that says v22 under v21's name is refused, named v22 it is taken
    with pytest.raises(TaxonomyError, match=rf"^{re.escape(str(copied))}: version 'plan_tasks\.v{number + 1}' is not "
                                            rf"the file's name: .*plan_tasks\.v{number + 1}\.json, or 'version': "
                                            rf"'plan_tasks\.v{number}' in this file\)"):
        load_taxonomy(copied, model=False)
    assert load_taxonomy(copied.rename(copied.with_name(f"plan_tasks.v{number + 1}.json")), model=False).warnings == ()


def test_a_missing_model_file_is_found_without_loading_the_models(copied, tmp_path):
    from pipeline.taxonomy import check_model_files

    check_model_files(load_taxonomy(copied, model=False))
    (tmp_path / "task_model.v15.json").unlink()
    tax = load_taxonomy(copied, model=False)
    with pytest.raises(TaxonomyError, match=rf"^{re.escape(str(copied))}: task_model\.file: .*task_model\.v15\.json: "
                                            "task model file not found"):
        check_model_files(tax)
