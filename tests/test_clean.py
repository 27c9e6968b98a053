"""Cleaning rules: every rule's own test case, the seed boilerplate, and properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text, load_rules

SEEDS = Path(__file__).parent / "fixtures" / "extraction" / "seeds"
RULES = load_rules()


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_example(rule):
    assert clean_text(rule.example) == rule.expect


@pytest.mark.parametrize(
    "rule,text",
    [(r, k) for r in RULES for k in r.keep],
    ids=[f"{r.name}-keep{i}" for r in RULES for i, _ in enumerate(r.keep)],
)
def test_rule_keeps_counter_examples(rule, text):
    assert clean_text(text) == text


def test_rules_are_documented():
    assert len({r.name for r in RULES}) == len(RULES)
    for r in RULES:
        assert r.comment.strip(), r.name
        assert r.example != r.expect, f"{r.name}: its example shows no effect"


def test_fullwidth_policy():
    assert clean_text("ＧＤＰ增长５．２％，达到１２６万亿元。") == "GDP增长5．2％，达到126万亿元。"
    assert clean_text("\u3000\u3000他说：“好。”（见下图）") == "他说：“好。”（见下图）"


def test_seed_000_syndicator_boilerplate_and_pinyin():
    out = clean_text(seed("000"), language="zh-Hant")
    assert out.startswith("中新網北京11月29日電 (記者 陳杭)")
    assert "(w" not in out and "發(fā)" not in out
    assert out.endswith("持續提升中關村論壇的國際化、權威性和影響力。")
    for junk in ("(完)", "版權", "免責", "ICP", "公網安備", "bjwmaster", "15648148811", "All Rights Reserved", "許可證"):
        assert junk not in out, junk


def test_seed_001_widgets_and_lists():
    out = clean_text(seed("001"))
    for junk in ("点击右上角", "朋友圈", "分享", "正在阅读", "首页>", "加载中", "刷新本页面", "责编", "阅读剩余全文",
                 "相关阅读", "您此时的心情", "开心", "推荐阅读", "昆虫性信息素", "2025-12-24", "来源:光明网"):
        assert junk not in out, junk
    assert "光明网讯(记者 李汶键)" in out
    assert out.endswith("加快打造公平、公正、便利的创新环境。")
    assert "六是实施创新生态提升工程" in out


def test_seed_002_pinyin_mojibake_and_source_line():
    out = clean_text(seed("002"))
    assert "會議" in out and "(huì)" not in out
    assert "笆奈濉逼陂g" not in out and "。“" in out
    assert "(來源:科技部)" not in out
    assert out.endswith("開好局、起好步。")


def test_seed_003_english_end_mark():
    out = clean_text(seed("003"), language="en")
    assert "(over)" not in out
    assert out.startswith("Chinanews.com, Beijing, November 29 (Reporter Chen Hang)")
    assert out.endswith("influence of the Zhongguancun Forum.")


def test_mid_text_source_mention_kept():
    text = "记者从北京市科委获悉，据来源于中关村管委会的数据，示范区企业总收入增长。"
    assert clean_text(text) == text


def test_short_related_heading_at_top_only_drops_line():
    assert clean_text("相关新闻\n正文第一段，内容足够长。") == "正文第一段，内容足够长。"


_PARAS = [f"中关村示范区第{n}项任务将持续提升自主创新能力和国际影响力，加快建设世界领先科技园区，服务国家战略。"
          "示范区还将完善创新生态，吸引全球人才，推动科技成果转化和产业升级。" for n in "一二三四"]


def test_related_box_inside_the_article_drops_only_the_box():
    # a 相关阅读 box between two halves of a story: its heading and links go, the story stays
    a, b, c, d = _PARAS
    text = f"{a}\n相关阅读\n北京发布新政策\n中关村论坛开幕\n{b}\n{c}\n{d}"
    assert clean_text(text) == f"{a}\n{b}\n{c}\n{d}"


def test_related_list_at_the_end_is_cut_with_its_teasers():
    a, b, c, d = _PARAS
    text = f"{a}\n{b}\n相关阅读\n{c}\n2025-12-24 10:05\n{d}"
    assert clean_text(text) == f"{a}\n{b}"


_EN = ["The institutes backed a rapid switch to the new standards, saying it would ease trade and the transfer of skills.",
       "A protracted transfer could undermine the quality of global standards, the head of reporting warned on Monday.",
       "Investors want cross-border comparison, and the standards should make it possible even for purely domestic firms."]


def test_sidebar_headings_inside_and_after_an_english_story():
    # 'Further reading' above more of the story is a box: only the heading goes; 'Newsletters' after the
    # last paragraph opens the sidebar (job board, briefings), which goes with it
    a, b, c = _EN
    text = (f"{a}\nFurther reading\n{b}\n{c}\nNewsletters\nCareers\nSearch for jobs\n"
            "Briefings\nBy looking at why supplier statements became unfashionable, this paper shows the many benefits.")
    assert clean_text(text) == f"{a}\n{b}\n{c}"


_ALPHABET = st.sampled_from(
    list("中关村科技创新網會(wǎng)完over()（）[]【】:：责编来源首页>正文相关阅读版权声明 \n\u3000ＡＢ１２©")
    + ["\n相关阅读\n", "(完)", "版权所有", "责任编辑：张三", "网(wǎng)", "\u00e4\u00b8\u00ad", "?!笆奈濉逼陂g"]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_ALPHABET, max_size=60).map("".join)))
def test_clean_text_properties(text):
    once = clean_text(text)
    assert isinstance(once, str)
    assert clean_text(once) == once
    assert len(once) <= len(text)


def test_rules_see_a_list_items_own_text():
    # trafilatura writes <li> as "- item": an editor tag or original-headline line in a list is still furniture
    text = "正文第一段，内容很长很长。\n- 原标题：我国集成电路进口突破3000亿美元\n- 责任编辑: 刘响\n- 第一项措施：支持企业研发。"
    assert clean_text(text) == "正文第一段，内容很长很长。\n- 第一项措施：支持企业研发。"


NOTICE = "请有意向的单位于2025年4月30日前登录北京市科技计划管理系统填报，并将盖章版材料报送至中关村管委会场景处。"


@pytest.mark.parametrize("signature", [
    "中关村科技园区管理委员会\n2025年4月2日",
    "中关村科技园区管理委员会\n中关村科学城管理委员会\n2025年4月2日",
], ids=["issuer-and-date", "two-issuers"])
def test_a_notices_contact_line_before_its_signature_is_kept(signature):
    text = f"{NOTICE}\n联系电话：010-88827318\n{signature}"
    assert clean_text(text) == text


def test_a_contact_line_after_the_signature_is_still_footer():
    text = f"{NOTICE}\n中关村科技园区管理委员会\n2025年4月2日\n联系电话：010-88827318"
    assert clean_text(text) == f"{NOTICE}\n中关村科技园区管理委员会\n2025年4月2日"
    # and without a signature the tail rule applies as before; a date alone is no 落款
    assert clean_text(f"{NOTICE}\n联系电话：010-88827318") == NOTICE
    assert clean_text(f"{NOTICE}\n联系电话：010-88827318\n2025年4月2日") == f"{NOTICE}\n2025年4月2日"
