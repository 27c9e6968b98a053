"""Decoding: BOM, header, meta and bytes must agree; mojibake repaired where reversible."""

from __future__ import annotations

import codecs

import pytest

from pipeline.decode import decode_html, normalise_encoding_name, plausibility, repair_mojibake

ZH = "中关村国家自主创新示范区发展建设规划。“十四五”期间，北京国际科技创新中心建设"
ZH_HANT = "中關村國家自主創新示範區發展建設規劃。「十四五」期間，北京國際科技創新中心建設"


def page(text: str, meta: str | None = None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    return f"<html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"


def test_utf8_declared_utf8():
    text, enc = decode_html(page(ZH, "utf-8").encode("utf-8"))
    assert ZH in text and enc == "utf-8"


def test_gb2312_declared_but_utf8_bytes():
    text, enc = decode_html(page(ZH, "gb2312").encode("utf-8"))
    assert ZH in text and enc == "utf-8"


def test_utf8_declared_but_gbk_bytes():
    text, enc = decode_html(page(ZH, "utf-8").encode("gbk"), "text/html; charset=utf-8")
    assert ZH in text and enc == "gb18030"


@pytest.mark.parametrize("label", ["gb2312", "GBK", "gb18030", "x-gbk"])
def test_gb_family_decoded_as_gb18030(label):
    # 镕 and 喆 are GBK but not GB2312: a page labelled gb2312 must still decode them.
    text, enc = decode_html(page(ZH + "朱镕基 陶喆", label).encode("gbk"))
    assert "朱镕基 陶喆" in text and enc == "gb18030" and "\ufffd" not in text


def test_big5():
    text, enc = decode_html(page(ZH_HANT, "big5").encode("big5"))
    assert ZH_HANT in text and enc == "big5hkscs"


@pytest.mark.parametrize("label", ["big5", "cp950", None])
def test_cp950_page_declared_big5(label):
    # Taiwanese sites write Microsoft's Big5 (cp950) and call it big5: its euro sign and kana are not in
    # Big5-HKSCS, and one of them used to tip the whole page into a GB18030 misreading
    body = page(ZH_HANT + "首期投資約3億€。", label).encode("cp950")
    text, enc = decode_html(body, "text/html; charset=big5" if label is None else None)
    assert ZH_HANT + "首期投資約3億€" in text and enc == "cp950"


def test_hkscs_page_declared_cp950_still_decodes():
    text, enc = decode_html(page(ZH_HANT + "綫路嘅", "cp950").encode("big5hkscs"))
    assert ZH_HANT + "綫路嘅" in text and enc == "big5hkscs"


def test_big5_page_with_a_stray_byte_that_gb18030_accepts():
    # 0x81 0x40 is no Big5 character but is GB18030's 丂: strictly, only GB18030 "decodes" the page (as
    # nonsense); the declared Big5 with one replacement character is the reading kept
    body = page(ZH_HANT, "big5").encode("big5").replace(ZH_HANT[:4].encode("big5"), ZH_HANT[:4].encode("big5") + b"\x81\x40")
    text, enc = decode_html(body)
    assert enc == "big5hkscs" and ZH_HANT[4:] in text and "\ufffd" in text


def test_big5_bytes_declared_gb2312():
    text, enc = decode_html(page(ZH_HANT, "gb2312").encode("big5"))
    assert ZH_HANT in text and enc == "big5hkscs"


def test_latin1_header_over_gbk_meta():
    body = page(ZH, "gbk").encode("gbk")
    text, enc = decode_html(body, "text/html; charset=ISO-8859-1")
    assert ZH in text and enc == "gb18030"


def test_header_gbk_without_meta():
    text, enc = decode_html(page(ZH).encode("gbk"), "text/html; charset=GBK")
    assert ZH in text and enc == "gb18030"


def test_no_declaration_gbk_bytes():
    text, _ = decode_html(page(ZH * 3).encode("gb18030"))
    assert ZH in text and "\ufffd" not in text


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_bom_wins_over_declaration(bom, codec):
    text, _ = decode_html(bom + page(ZH, "gbk").encode(codec), "text/html; charset=gbk")
    assert ZH in text


def test_ascii_page():
    assert decode_html(b"<html><body>hello</body></html>") == ("<html><body>hello</body></html>", "ascii")


def test_stray_bad_byte_in_gbk_page_keeps_the_rest():
    body = page(ZH, "gbk").encode("gbk").replace(b"</p>", b"\xff</p>")
    text, enc = decode_html(body)
    assert ZH in text and enc == "gb18030"


def test_normalise_encoding_name():
    assert normalise_encoding_name("GB2312") == "gb18030"
    assert normalise_encoding_name("big5") == "big5hkscs"
    assert normalise_encoding_name("cp950") == "cp950"
    assert normalise_encoding_name("iso-8859-1") == "cp1252"
    assert normalise_encoding_name("no-such-charset") is None


def test_plausibility_separates_right_and_wrong_decodings():
    assert plausibility(ZH) > 0.95 and plausibility(ZH_HANT) > 0.95
    assert plausibility(ZH.encode("utf-8").decode("gbk", errors="replace")) < 0.8


def test_repair_utf8_read_as_latin1():
    assert repair_mojibake("前 " + ZH.encode("utf-8").decode("latin-1") + " 后") == f"前 {ZH} 后"


def test_repair_gbk_read_as_latin1():
    assert repair_mojibake(ZH.encode("gbk").decode("latin-1")) == ZH


def test_repair_utf8_read_as_gbk():
    # A GBK decoder replaces the bytes it cannot pair; those characters are lost, the rest
    # comes back.
    mojibake = ZH.encode("utf-8").decode("gbk", errors="replace")
    fixed = repair_mojibake(f"据报道，{mojibake}，等等")
    assert "自主创新" in fixed and "北京国际科技创新" in fixed and fixed.startswith("据报道，")


def test_repair_misframed_gbk_fragment_of_seed_002():
    # Seed 002: a GBK stream read one byte out of step; the pair that held 十四 was dropped
    # by the first decoder, so the best round trip restores the punctuation and 五”期間.
    fixed = repair_mojibake("取得了重要進展?!笆奈濉逼陂g,北京要")
    assert fixed.startswith("取得了重要進展。“") and "五”期間,北京要" in fixed
    assert "笆奈濉" not in fixed


@pytest.mark.parametrize("text", [ZH, ZH_HANT, "Café déjà vu, naïve résumé", "Ünïcödé ½ ¾ ±", "你好吗?中关村"])
def test_repair_leaves_good_text_alone(text):
    assert repair_mojibake(text) == text


def test_a_sources_charset_decides_an_undeclared_short_page():
    """A short page with no declaration is misread by any guess; the source's declared charset reads it."""
    gbk = "<html><body>中关村</body></html>".encode("gbk")
    big5 = "<html><body>中關村園區</body></html>".encode("big5")
    assert decode_html(gbk, charset_hint="gbk")[0] == "<html><body>中关村</body></html>"
    assert decode_html(big5, charset_hint="big5")[0] == "<html><body>中關村園區</body></html>"
    # valid UTF-8 still wins over the hint (a site that moved to UTF-8)
    assert decode_html("<p>中关村</p>".encode("utf-8"), charset_hint="gbk") == ("<p>中关村</p>", "utf-8")
