"""Rebuild the bundled offline web archive (manifest.json, expected.json, pages/, LICENSES/).

Development tool, not imported by the crawler. It reads the seed documents and the benchmark
pages from the shared folder (``ZGC_SHARED``, default ``/work/shared``) and writes every file
below this folder with explicit bytes, so that each page is stored exactly in the encoding its
Content-Type header declares (except the pages whose manifest entry carries a ``note`` about a
deliberately misleading declaration).

    python spiders/archive/build.py

The output is committed; running the script again reproduces it byte for byte.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("ZGC_SHARED", "/work/shared"))
SEEDS = SHARED / "seeds"
BENCH = SHARED / "benchdata"

UTF8 = "text/html; charset=utf-8"

# Pinyin annotations as the syndicator's converter left them: 網(wǎng). Every annotation in
# the seeds carries a tone mark, which is what tells it apart from ordinary brackets.
PINYIN = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def strip_pinyin(text: str) -> str:
    return PINYIN.sub("", text)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def seed(num: str) -> str:
    (path,) = SEEDS.glob(f"{num}_*.txt")
    return path.read_text(encoding="utf-8")


def file_for(url: str) -> str:
    """pages/<host>/<path>, with 'index.html' for a directory and '.html' appended if missing."""
    parts = urlsplit(url)
    path = parts.path
    if path.endswith("/") or path == "":
        path += "index.html"
    if not path.endswith(".html") and not path.endswith(".txt"):
        path += ".html"
    return f"pages/{parts.hostname}{path}"


MANIFEST: list[dict] = []
EXPECTED: list[dict] = []


def add(url: str, data: bytes, *, kind: str, source: str, provenance: str,
        content_type: str = UTF8, licence: str | None = None, last_modified: str | None = None,
        **extra) -> None:
    rel = file_for(url)
    out = HERE / rel
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    headers = {"Content-Type": content_type}
    if last_modified:
        headers["Last-Modified"] = last_modified
    entry = {"url": url, "file": rel, "status": 200, "headers": headers, "kind": kind,
             "source": source, "provenance": provenance, "licence": licence}
    entry.update(extra)
    MANIFEST.append(entry)


def ul(items: list[tuple[str, str]], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    rows = "\n".join(f'    <li><a href="{h}" target="_blank">{esc(t)}</a></li>' for h, t in items)
    return f"<ul{attr}>\n{rows}\n  </ul>"


# --------------------------------------------------------------------------------------------
# Article URLs (seed pages: constructed in the outlet's scheme; benchdata pages: their real URL)
# --------------------------------------------------------------------------------------------
U_000 = "https://www.chinanews.com.cn/cj/2021/11-29/9618417.shtml"
U_003 = "https://www.ecns.cn/news/sci-tech/2021-11-29/detail-ihavwqtf4823690.shtml"
U_001 = "https://economy.gmw.cn/2021-01/20/content_34556478.htm"
U_002 = "https://kw.beijing.gov.cn/art/2021/1/24/art_736_614839.html"
U_004 = "https://www.beijing.gov.cn/zhengce/zhengcefagui/202111/t20211126_2545831.html"
U_163 = "http://money.163.com/15/0704/16/ATMOK8S100254IU1.html"  # constructed, see README
U_TRAP = "https://www.chinanews.com.cn/preview/2021/11-29/9618420.shtml"  # robots.txt disallows /preview/

BENCH_PAGES = {
    # sha256: (source, kind of misleading declaration or None)
    "1e20e0271231de85fba26cef6db2bedebf916402368a4602c5adb5b2acf722e1": ("people", "misleading-gb2312"),
    "a28ede747c822c44a927d649abc3073302cb1f6da099050f151f95dece6d42ae": ("gmw", "misleading-latin1"),
    "14b709df543c9c22a524bd7e4989c463a5613d7c7b402b19ffc2826156a73b72": ("xinhua", None),
    "00f02be72b94daeea50a3a9bbc3fd8e3d1b9f1d42a5ef808bc180f59d7b9c964": ("chinadaily", None),
    "fd0a94a0e3bc8c58f5f29464d9704583da51914abe528a14411de80ffffae785": ("netease", None),
}


def bench_url(sha: str) -> str:
    gold = json.loads((BENCH / "magic-html-article-zh" / "base_zh_subset.json").read_text("utf-8"))
    return gold[sha]["url"]


# --------------------------------------------------------------------------------------------
# 000: chinanews, traditional Chinese, republished by 北疆新聞 (syndicator block kept)
# --------------------------------------------------------------------------------------------
T_000 = "中關村示范區“十四五”規劃:2025年率先建成世界領先的科技園區"


def page_000() -> bytes:
    lines = [l.strip() for l in seed("000").splitlines() if l.strip()]
    body, block = lines[:8], lines[8:]
    assert block[0].startswith("北疆新聞版權與免責聲明"), block[0]
    subheads = {"成為全球科技創(chuàng)新的重要引擎", "建設世界級創(chuàng)新型產業(yè)集群"}
    ps = []
    for line in body:
        if line in subheads:
            ps.append(f'<p><strong>{esc(line)}</strong></p>')
        else:
            ps.append(f"<p>　　{esc(line)}</p>")
    # The disclaimer block sits inside the body container, as on the syndicator's template.
    disclaimer = block[:4]
    footer_lines = block[4:]
    ps.append('<p class="bjcopyright"><strong>' + esc(disclaimer[0]) + "</strong></p>")
    ps += [f'<p class="bjcopyright">{esc(l)}</p>' for l in disclaimer[1:]]
    body_html = "\n      ".join(ps)
    nav = [("https://www.chinanews.com.cn/", "首頁"), ("/scroll-news/news1.html", "滾動"),
           ("/china/", "時政"), ("/world/", "國際"), ("/society/", "社會"), ("/finance/", "財經"),
           ("/fortune/", "金融"), ("/business/", "產經"), ("/auto/", "汽車"), ("/gangao/", "港澳"),
           ("/taiwan/", "台灣"), ("/huaren/", "華人"), ("/wenhua/", "文化"), ("/sports/", "體育"),
           ("/health/", "健康"), ("/shipin/", "視頻"), ("/photo/", "圖片")]
    hot = [("/cj/2021/11-29/9618102.shtml", "國家統計局:11月份製造業採購經理指數回升"),
           ("/cj/2021/11-28/9617655.shtml", "多地出台措施穩定中小微企業預期"),
           ("/gn/2021/11-29/9618233.shtml", "全國碳市場上線交易滿百日"),
           ("/sh/2021/11-29/9618301.shtml", "北京初雪 故宮銀裝素裹"),
           ("/cj/2021/11-29/9618388.shtml", "前十月全國規模以上工業企業利潤同比增長"),
           ]
    html_doc = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(T_000)}-中新網</title>
<meta name="keywords" content="中關村,十四五,規劃,科技園區,國際科技創新中心">
<meta name="description" content="新近印發的《“十四五”時期中關村國家自主創新示範區發展建設規劃》提出,到2025年,中關村示範區將率先建成世界領先的科技園區。">
<meta name="author" content="陳杭">
<meta name="copyright" content="中國新聞網">
<link rel="stylesheet" href="//www.chinanews.com.cn/part/cns2020/css/2020_content.css">
<script src="//www.chinanews.com.cn/part/cns2020/js/jquery.min.js"></script>
</head>
<body>
<div class="top_header">
  <div class="w1000">
    <a class="logo" href="https://www.chinanews.com.cn/"><img src="//www.chinanews.com.cn/part/cns2020/images/logo.png" alt="中國新聞網"></a>
    <div class="top_link"><a href="https://www.chinanews.com.cn/m/">手機版</a> | <a href="https://www.chinanews.com.cn/app/">客戶端</a> | <a href="https://www.chinanews.com.cn/gsztc/">國際</a> | <a href="https://www.ecns.cn/">English</a></div>
  </div>
  <div class="nav">
  {ul(nav, "nav_list")}
  </div>
</div>
<div class="w1000 clearfix">
  <div class="con_left">
    <div class="crumbs"><a href="https://www.chinanews.com.cn/">首頁</a> &gt; <a href="/finance/">財經</a> &gt; <a href="/cj/gd.shtml">財經頻道</a> &gt; 正文</div>
    <div class="content_left_title">
      <h1 class="content_left_title">{esc(T_000)}</h1>
      <div class="content_left_time">2021年11月29日 12:18　來源：<a href="https://www.chinanews.com.cn/">中國新聞網</a>　<span id="fontsize">字號：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span></div>
      <div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">新浪微博</a> <a href="javascript:void(0)" class="qq">QQ空間</a></div>
    </div>
    <div class="left_zw" style="position:relative">
      {body_html}
    </div>
    <div class="adEditor">
      <div class="left_ph"><a href="https://www.chinanews.com.cn/"><img src="//i2.chinanews.com.cn/simg/ypt/2021/qr_app.jpg" alt="中新網客戶端"></a></div>
      <div class="fenxiang">關注中新網微信公眾號 ｜ 下載中新網客戶端</div>
    </div>
    <div class="xgxw">
      <h3>相關新聞</h3>
      <ul>
        <li><a href="/cj/2021/11-26/9616890.shtml">北京發布“十四五”時期國際科技創新中心建設規劃</a></li>
        <li><a href="/cj/2021/11-25/9616231.shtml">中關村論坛永久會址建設加快推進</a></li>
        <li><a href="/gn/2021/11-24/9615702.shtml">北京“兩區”建設一年來新設外資企業增長</a></li>
      </ul>
    </div>
  </div>
  <div class="con_right">
    <div class="rank"><h3>熱點排行</h3>
    {ul(hot)}
    </div>
    <div class="tj"><h3>圖片推薦</h3><p><a href="/tp/hd2011/2021/11-29/1012345.shtml"><img src="//i2.chinanews.com.cn/simg/hd/2021/11/29/1.jpg" alt="初雪"></a></p></div>
  </div>
</div>
<div class="bjfooter">
  <p>{esc(footer_lines[0])}</p>
  <p>{esc(footer_lines[1])}</p>
</div>
<div class="footer">
  <p><a href="https://www.chinanews.com.cn/common/footer/intro.shtml">關於我們</a> | <a href="https://www.chinanews.com.cn/common/footer/aboutus.shtml">About us</a> | <a href="https://www.chinanews.com.cn/common/footer/contact.shtml">聯繫我們</a> | <a href="https://www.chinanews.com.cn/common/footer/news-service.shtml">廣告服務</a> | <a href="https://www.chinanews.com.cn/common/footer/law.shtml">法律聲明</a> | <a href="https://www.chinanews.com.cn/common/footer/sitemap.shtml">網站地圖</a></p>
  <p>本網站所刊載信息，不代表中新社和中新網觀點。 刊用本網站稿件，務經書面授權。</p>
  <p>未經授權禁止轉載、摘編、複製及建立鏡像，違者將依法追究法律責任。</p>
</div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""
    return html_doc.encode("utf-8")


# --------------------------------------------------------------------------------------------
# 003: ecns, English
# --------------------------------------------------------------------------------------------
T_003 = "Zhongguancun to build world-leading science park by 2025"


def page_003() -> bytes:
    paras = [l.strip() for l in seed("003").splitlines() if l.strip()]
    subheads = {"Become an important engine of global technological innovation",
                "Build a world-class innovative industrial cluster"}
    ps = []
    for p in paras:
        if p in subheads:
            ps.append(f"<p><strong>{esc(p)}</strong></p>")
        else:
            ps.append(f"<p>{esc(p)}</p>")
    body_html = "\n      ".join(ps)
    nav = [("/", "Home"), ("/news/politics/", "Politics"), ("/business/", "Business"),
           ("/news/society/", "Society"), ("/news/cns-wire/", "CNS Wire"), ("/cns-wire/", "Culture"),
           ("/news/sci-tech/", "Sci-tech"), ("/video/", "Video"), ("/photo/", "Photo"),
           ("/travel/", "Travel"), ("/feature/", "Feature"), ("/experiencechina/", "Experience China")]
    related = [("/news/sci-tech/2021-11-26/detail-ihavurxs6342117.shtml", "Beijing unveils plan for international sci-tech innovation center"),
               ("/news/sci-tech/2021-09-24/detail-ihaucxrk5117094.shtml", "Zhongguancun Forum opens in Beijing"),
               ("/business/2021-11-25/detail-ihavuken2903841.shtml", "Beijing's digital economy accounts for over 40 pct of GDP")]
    popular = [("/news/2021-11-29/detail-ihavwpcz4823110.shtml", "Omicron variant: what we know so far"),
               ("/news/society/2021-11-29/detail-ihavwpdr4823302.shtml", "Beijing sees first snow of the winter"),
               ("/business/2021-11-29/detail-ihavwpeq4823512.shtml", "China's industrial profits up 42.2 pct in first 10 months"),
               ("/photo/2021-11-28/detail-ihavwmqs4822001.shtml", "Photos: Winter scenery of Forbidden City")]
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(T_003)}</title>
<meta name="keywords" content="Zhongguancun, science park, 14th Five-Year Plan, innovation">
<meta name="description" content="By 2025, the Zhongguancun Demonstration Zone will be the first to build a world-leading science and technology park.">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(T_003)}">
<meta property="og:site_name" content="ecns.cn">
<meta property="article:published_time" content="2021-11-29T16:02:00+08:00">
<link rel="canonical" href="{U_003}">
<link rel="stylesheet" href="/part/2019/css/content.css">
</head>
<body>
<div class="header">
  <div class="wrap"><a href="/" class="logo"><img src="/part/2019/images/logo.png" alt="ecns.cn"></a>
    <form class="search" action="https://search.ecns.cn/search" method="get"><input name="q" placeholder="Search"><button>Search</button></form>
    <div class="lang"><a href="https://www.chinanews.com.cn/">中文</a></div>
  </div>
  <div class="menu">{ul(nav)}</div>
</div>
<div class="wrap clearfix">
  <div class="content">
    <div class="position"><a href="/">Home</a> &gt; <a href="/news/sci-tech/">Sci-tech</a></div>
    <h1>{esc(T_003)}</h1>
    <div class="content_time">2021-11-29 16:02:00 | <span>ecns.cn</span></div>
    <div class="share">Share: <a href="https://www.facebook.com/sharer/sharer.php?u={U_003}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={U_003}">Twitter</a> <a href="https://www.linkedin.com/shareArticle?url={U_003}">LinkedIn</a> <a href="javascript:void(0)">Weibo</a></div>
    <div class="content" id="yanse">
      {body_html}
    </div>
    <div class="related">
      <h3>Related news</h3>
      {ul(related)}
    </div>
    <div class="share bottom">Share this story on <a href="https://www.facebook.com/sharer/sharer.php?u={U_003}">Facebook</a> | <a href="https://twitter.com/intent/tweet?url={U_003}">Twitter</a></div>
  </div>
  <div class="sidebar">
    <h3>Most popular in 24h</h3>
    {ul(popular)}
    <h3>Follow us</h3>
    <p><a href="https://www.facebook.com/ecns.cn">Facebook</a> <a href="https://twitter.com/ecns_wire">Twitter</a> <a href="https://www.instagram.com/ecns.cn">Instagram</a></p>
  </div>
</div>
<div class="footer">
  <p><a href="/about/">About Us</a> | <a href="/contact/">Contact Us</a> | <a href="/about/disclaimer.shtml">Disclaimer</a> | <a href="/sitemap/">Sitemap</a></p>
  <p>Copyright ©1999-2021 Chinanews.com. All rights reserved.</p>
  <p>Reproduction in whole or in part without permission is prohibited.</p>
</div>
</body>
</html>
"""
    return doc.encode("utf-8")


# --------------------------------------------------------------------------------------------
# 001: gmw (economy.gmw.cn), simplified, with the widget text the seed shows
# --------------------------------------------------------------------------------------------
T_001 = "北京国际科创中心建设如何走出新路子?科技部给出关键词"


def page_001() -> bytes:
    lines = seed("001").splitlines()
    start = next(i for i, l in enumerate(lines) if l.strip().startswith("光明网讯"))
    end = next(i for i, l in enumerate(lines) if l.strip().startswith("[ 责编"))
    paras = [l.strip() for l in lines[start:end] if l.strip()]
    body_html = "\n    ".join(f"<p>{esc(p)}</p>" for p in paras)
    rec_start = next(i for i, l in enumerate(lines) if l.strip() == "推荐阅读")
    rec_end = next(i for i, l in enumerate(lines) if l.strip() == "加载更多")
    rec = [l.strip() for l in lines[rec_start + 1:rec_end] if l.strip()]
    pairs = list(zip(rec[0::2], rec[1::2]))
    rec_items = []
    for n, (text, when) in enumerate(pairs):
        day = when[:10]
        y, m, d = day.split("-")
        cid = 38480000 + 1731 * (len(pairs) - n)
        rec_items.append(
            f'      <li><a href="https://tech.gmw.cn/{y}-{m}/{d}/content_{cid}.htm" target="_blank">'
            f'<p class="m-rec-text">{esc(text)}</p></a><span class="m-rec-time">{when}</span></li>')
    rec_html = "\n".join(rec_items)
    nav = [("https://www.gmw.cn/", "首页"), ("https://news.gmw.cn/", "时政"), ("https://world.gmw.cn/", "国际"),
           ("https://theory.gmw.cn/", "理论"), ("https://guancha.gmw.cn/", "时评"), ("https://economy.gmw.cn/", "经济"),
           ("https://tech.gmw.cn/", "科技"), ("https://culture.gmw.cn/", "文化"), ("https://edu.gmw.cn/", "教育"),
           ("https://health.gmw.cn/", "卫生"), ("https://legal.gmw.cn/", "法治"), ("https://mil.gmw.cn/", "军事"),
           ("https://e.gmw.cn/", "文娱"), ("https://photo.gmw.cn/", "图片"), ("https://v.gmw.cn/", "视频")]
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Type" content="text/html;charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(T_001)}_光明网</title>
<meta name="keywords" content="北京国际科技创新中心,科技部,新闻发布会">
<meta name="description" content="国务院新闻办公室举行新闻发布会，介绍了落实五中全会精神加快推进北京国际科技创新中心建设的有关情况。">
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="8971">
<meta name="contentid" content="34556478">
<meta name="publishdate" content="2021-01-20">
<meta name="author" content="李汶键">
<meta name="source" content="光明网">
<link rel="stylesheet" href="//img.gmw.cn/css/con_style.css">
<script src="//img.gmw.cn/js/jquery.js"></script>
</head>
<body>
<div class="g-shareMask">
  <div class="m-share-wx"><p>点击右上角<em>微信好友</em></p><p><img src="//img.gmw.cn/pic/share-friend.png" alt="">朋友圈</p></div>
  <div class="m-share-tip"><p>请使用浏览器分享功能进行分享</p></div>
</div>
<div class="g-readingBar"><span>正在阅读：</span><span class="m-reading-title">{esc(T_001)}</span></div>
<div class="g-header">
  <div class="m-logo"><a href="https://www.gmw.cn/"><img src="//img.gmw.cn/pic/gmwLogo.png" alt="光明网"></a></div>
  <div class="m-channel-nav">{ul(nav)}</div>
  <div class="m-top-link"><a href="https://www.gmw.cn/mobile/">手机版</a> <a href="https://epaper.gmw.cn/">光明日报</a> <a href="https://about.gmw.cn/">关于我们</a></div>
</div>
<div class="g-main">
  <div class="g-crumbs"><a href="https://www.gmw.cn/">首页</a><font>&gt; </font><a href="https://economy.gmw.cn/">经济频道</a><font> &gt; </font>正文</div>
  <h1 class="u-title">{esc(T_001)}</h1>
  <div class="m-con-info">
    <span class="m-con-source">来源：<a href="https://www.gmw.cn/" target="_blank">光明网</a></span>
    <span class="m-con-time">2021-01-20 12:23</span>
  </div>
  <div class="m-vote-loading"><p>调查问题加载中，请稍候。</p><p>若长时间无响应，请刷新本页面</p></div>
  <div class="u-mainText" id="articleBox">
    <!--enpcontent-->
    {body_html}
    <!--/enpcontent-->
    <div class="m-zbTool liability">
      <span id="contentLiability">[ 责编：张慕琛 ]</span>
    </div>
  </div>
  <div class="m-readMore"><a href="javascript:void(0)">阅读剩余全文(<span class="percent">52%</span>)</a></div>
  <div class="m-relNews"><h3>相关阅读</h3></div>
  <div class="m-mood">
    <h3>您此时的心情</h3>
    <div class="m-mood-brand">光明云投</div>
    <div class="m-mood-rank">新闻表情排行 /</div>
    <ul class="m-mood-list">
      <li><i class="kx"></i><span>开心</span> <em>0</em></li>
      <li><i class="ng"></i><span>难过</span> <em>0</em></li>
      <li><i class="dz"></i><span>点赞</span> <em>0</em></li>
      <li><i class="pg"></i><span>飘过</span> <em>0</em></li>
    </ul>
  </div>
  <div class="m-focus">
    <h3>视觉焦点</h3>
    <ul>
      <li><a href="https://photo.gmw.cn/2021-01/19/content_34554123.htm"><img src="//imgs.gmw.cn/res/1/1.jpg" alt=""><p>走进浙江宁波余姚井头山遗址</p></a></li>
      <li><a href="https://photo.gmw.cn/2021-01/19/content_34553980.htm"><img src="//imgs.gmw.cn/res/1/2.jpg" alt=""><p>浙江绍兴:年宵花卉迎新年</p></a></li>
    </ul>
  </div>
  <div class="m-special"><h3>独家策划</h3></div>
  <div class="m-recommend">
    <h3>推荐阅读</h3>
    <ul class="m-rec-list">
{rec_html}
    </ul>
    <div class="m-loadMore"><a href="javascript:void(0)">加载更多</a></div>
  </div>
</div>
<div class="g-footer">
  <p><a href="https://about.gmw.cn/node_21441.htm">光明日报社概况</a> | <a href="https://about.gmw.cn/node_46280.htm">关于光明网</a> | <a href="https://about.gmw.cn/node_21464.htm">报网动态</a> | <a href="https://about.gmw.cn/node_46279.htm">联系我们</a> | <a href="https://about.gmw.cn/node_46278.htm">法律声明</a> | <a href="https://mail.gmw.cn/">光明网邮箱</a> | <a href="https://www.gmw.cn/map.htm">网站地图</a></p>
  <p>光明网版权所有</p>
  <p>Copyright © 2021 光明网 All Rights Reserved</p>
</div>
</body>
</html>
"""
    return doc.encode("utf-8")


# --------------------------------------------------------------------------------------------
# 002: kw.beijing.gov.cn (Hanweb-style gov CMS), traditional with pinyin + mojibake, UTF-8
# --------------------------------------------------------------------------------------------
T_002 = "許強:北京“十四五”時期將精準實施六大工程 率先建成國際科技創新中心"


def gov_footer_kw() -> str:
    return """<div class="footer">
  <div class="flinks">
    <a href="https://www.gov.cn/" target="_blank">中国政府网</a> | <a href="https://www.most.gov.cn/" target="_blank">科学技术部</a> | <a href="https://www.beijing.gov.cn/" target="_blank">首都之窗</a> | <a href="https://zgcgw.beijing.gov.cn/" target="_blank">中关村示范区</a>
  </div>
  <p><a href="/col/col2352/index.html">网站地图</a> | <a href="/col/col2353/index.html">联系我们</a> | <a href="/col/col2354/index.html">使用帮助</a> | <a href="/col/col2355/index.html">隐私声明</a></p>
  <p>主办单位：北京市科学技术委员会、中关村科技园区管理委员会</p>
  <p>地址：北京市西城区西直门南大街16号　邮编：100035</p>
  <p>网站标识码：1100000000　京ICP备10000000号-1　<img src="/images/ga.png" alt="">京公网安备 11010200000000号</p>
</div>"""


def page_002() -> bytes:
    lines = [l.strip() for l in seed("002").splitlines() if l.strip()]
    body_html = "\n      ".join(f"<p style=\"text-indent:2em;\">{esc(l)}</p>" for l in lines)
    nav = [("/", "首页"), ("/col/col2381/index.html", "机构职能"), ("/col/col736/index.html", "新闻中心"),
           ("/col/col2384/index.html", "政务公开"), ("/col/col2385/index.html", "政务服务"),
           ("/col/col2386/index.html", "互动交流"), ("/col/col2387/index.html", "专题专栏")]
    side = [("/col/col736/index.html", "工作动态"), ("/col/col737/index.html", "媒体报道"),
            ("/col/col738/index.html", "图片新闻"), ("/col/col739/index.html", "通知公告")]
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="北京市科学技术委员会、中关村科技园区管理委员会" />
<meta name="SiteDomain" content="kw.beijing.gov.cn" />
<meta name="ColumnName" content="工作动态" />
<meta name="ColumnType" content="工作动态" />
<meta name="ArticleTitle" content="{esc(T_002)}" />
<title>{esc(T_002)} - 工作动态 - 北京市科学技术委员会、中关村科技园区管理委员会</title>
<link href="/images/20190715/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="top">
  <div class="topbar"><span>北京市科学技术委员会、中关村科技园区管理委员会</span> <a href="/">首页</a> | <a href="https://kw.beijing.gov.cn/english/">English</a> | <a href="javascript:void(0)">无障碍浏览</a></div>
  <div class="banner"><img src="/images/20190715/images/banner.jpg" alt="北京市科学技术委员会、中关村科技园区管理委员会" /></div>
  <div class="nav">{ul(nav)}</div>
</div>
<div class="main">
  <div class="left">
    <h3>新闻中心</h3>
    {ul(side)}
  </div>
  <div class="right">
    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col736/index.html">新闻中心</a> &gt; <a href="/col/col736/index.html">工作动态</a></div>
    <table class="article" width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td class="title" align="center"><h1>{esc(T_002)}</h1></td></tr>
      <tr><td class="info" align="center">发布日期：2021-01-24　来源：科技部　【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr>
      <tr><td class="bt_content">
      <div id="zoom">
      <!--ZJEG_RSS.content.begin--><meta name="ContentStart">
      {body_html}
      <meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
      </div>
      </td></tr>
      <tr><td class="tools" align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
    </table>
    <div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> <a href="javascript:void(0)">QQ空间</a></div>
  </div>
</div>
{gov_footer_kw()}
</body>
</html>
"""
    return doc.encode("utf-8")


# --------------------------------------------------------------------------------------------
# 004: www.beijing.gov.cn policy page, the whole plan
# --------------------------------------------------------------------------------------------
T_004 = "“十四五”时期中关村国家自主创新示范区发展建设规划"


def gov_footer_bj() -> str:
    return """<div class="footer">
  <div class="footer-links">
    <a href="https://www.beijing.gov.cn/so/s?tab=all">站内搜索</a> | <a href="https://www.beijing.gov.cn/wzdt/">网站地图</a> | <a href="https://www.beijing.gov.cn/lxwm/">联系我们</a> | <a href="https://www.beijing.gov.cn/wzsm/">网站声明</a> | <a href="https://www.beijing.gov.cn/sybz/">使用帮助</a>
  </div>
  <p>主办：北京市人民政府办公厅　承办：北京市政务服务和数据管理局　版权所有：北京市人民政府门户网站</p>
  <p>京ICP备05060933号　<img src="//www.beijing.gov.cn/images/ga.png" alt="">京公网安备 11010502000000号　网站标识码：1100000088</p>
</div>"""


def bj_header() -> str:
    nav = [("https://www.beijing.gov.cn/", "首页"), ("https://www.beijing.gov.cn/ywdt/", "要闻动态"),
           ("https://www.beijing.gov.cn/gongkai/", "政务公开"), ("https://www.beijing.gov.cn/zhengce/", "政策文件"),
           ("https://banshi.beijing.gov.cn/", "政务服务"), ("https://www.beijing.gov.cn/hudong/", "政民互动"),
           ("https://data.beijing.gov.cn/", "数据开放"), ("https://www.beijing.gov.cn/renwen/", "北京概况")]
    return f"""<div class="header">
  <div class="header-top"><a href="https://www.beijing.gov.cn/">北京市人民政府门户网站</a> <span>首都之窗</span> <a href="https://www.beijing.gov.cn/english/">English</a> | <a href="javascript:void(0)">无障碍</a> | <a href="javascript:void(0)">长者模式</a></div>
  <form class="search" action="https://www.beijing.gov.cn/so/s" method="get"><input type="text" name="qt"><input type="submit" value="搜索"></form>
  <div class="nav">{ul(nav)}</div>
</div>"""


def page_004() -> bytes:
    lines = [l.strip() for l in seed("004").splitlines() if l.strip()]
    # Line 1 is the republisher's headline ("…》全文来了"); the page's title is the plan's name.
    paras = lines[1:]
    body_html = "\n        ".join(f"<p>{esc(p)}</p>" for p in paras)
    related = [("https://www.beijing.gov.cn/zhengce/zhengcefagui/202111/t20211124_2543210.html", "北京市“十四五”时期国际科技创新中心建设规划"),
               ("https://www.beijing.gov.cn/zhengce/zcjd/202111/t20211126_2545902.html", "一图读懂《“十四五”时期中关村国家自主创新示范区发展建设规划》"),
               ("https://www.beijing.gov.cn/zhengce/zhengcefagui/202103/t20210331_2341232.html", "北京市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
               ("https://www.beijing.gov.cn/ywdt/gzdt/202111/t20211129_2546540.html", "中关村示范区“十四五”发展建设规划发布")]
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="首都之窗_北京市人民政府门户网站">
<meta name="SiteDomain" content="www.beijing.gov.cn">
<meta name="SiteIDCode" content="1100000088">
<meta name="ColumnName" content="政策法规">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{esc(T_004)}">
<meta name="PubDate" content="2021-11-26 18:05">
<meta name="ContentSource" content="中关村科技园区管理委员会">
<meta name="Keywords" content="中关村,示范区,十四五,规划">
<meta name="Description" content="“十四五”时期中关村国家自主创新示范区发展建设规划">
<title>{esc(T_004)}_政策法规_首都之窗_北京市人民政府门户网站</title>
<link rel="stylesheet" href="//www.beijing.gov.cn/images/zhengce/css/detail.css">
</head>
<body>
{bj_header()}
<div class="container">
  <div class="breadcrumb">当前位置：<a href="https://www.beijing.gov.cn/">首页</a> &gt; <a href="https://www.beijing.gov.cn/zhengce/">政策文件</a> &gt; <a href="https://www.beijing.gov.cn/zhengce/zhengcefagui/">政策法规</a></div>
  <div class="header-box">
    <table class="info-table">
      <tr><td>索引号：</td><td>000014348/2021-00462</td><td>主题分类：</td><td>科技、教育\\科技</td></tr>
      <tr><td>发文机构：</td><td>中关村科技园区管理委员会</td><td>联合发文单位：</td><td></td></tr>
      <tr><td>实施日期：</td><td>2021-11-26</td><td>成文日期：</td><td>2021-11-23</td></tr>
      <tr><td>发文字号：</td><td>—</td><td>发布日期：</td><td>2021-11-26</td></tr>
      <tr><td>有效性：</td><td>有效</td><td>政策类型：</td><td>规划</td></tr>
    </table>
  </div>
  <div class="article">
    <div class="header"><h1>{esc(T_004)}</h1></div>
    <div class="tools">【字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】　<a href="javascript:window.print()">打印</a>　<span class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a></span></div>
    <div class="view TRS_UEDITOR trs_paper_default trs_web" id="mainText">
      <div class="TRS_Editor">
        {body_html}
      </div>
    </div>
    <div class="attachment"><p>附件：<a href="./P020211126600123456789.pdf">“十四五”时期中关村国家自主创新示范区发展建设规划.pdf</a></p></div>
  </div>
  <div class="relevant">
    <h3>相关链接</h3>
    {ul(related)}
  </div>
  <div class="tools-bottom"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
{gov_footer_bj()}
</body>
</html>
"""
    return doc.encode("utf-8")


# --------------------------------------------------------------------------------------------
# robots.txt trap article (chinanews /preview/)
# --------------------------------------------------------------------------------------------
def page_trap() -> bytes:
    doc = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【内部预览稿 请勿抓取】中关村示范区预览测试页-中新网</title></head>
<body>
<div class="crumbs">首页 &gt; 预览</div>
<h1>【内部预览稿 请勿抓取】中关村示范区预览测试页</h1>
<div class="left_zw">
<p>　　本页位于 robots.txt 禁止抓取的 /preview/ 路径下。遵守 robots.txt 的爬虫不会请求本页；如果本句出现在数据库里，说明爬虫没有遵守 robots.txt。中关村 国际科技创新中心 十四五 规划。</p>
</div>
</body>
</html>
"""
    return doc.encode("utf-8")


# --------------------------------------------------------------------------------------------
# Listing pages
# --------------------------------------------------------------------------------------------
def listing(title: str, charset_meta: str, header: str, crumbs: str, items: list[tuple[str, str, str]],
            footer: str, extra: str = "", lang: str = "zh-CN") -> str:
    rows = "\n".join(
        f'      <li><span class="dd_lm">{esc(c)}</span><a href="{h}">{esc(t)}</a><span class="dd_time">{d}</span></li>'
        if c else f'      <li><a href="{h}">{esc(t)}</a> <span class="time">{d}</span></li>'
        for (h, t, d, *rest) in items for c in [rest[0] if rest else ""])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset_meta}">
<title>{esc(title)}</title>
</head>
<body>
{header}
<div class="main">
  <div class="crumbs">{crumbs}</div>
  <div class="list">
    <ul>
{rows}
    </ul>
  </div>
{extra}
</div>
{footer}
</body>
</html>
"""


def build_listings() -> None:
    lm = "Thu, 02 Dec 2021 08:00:00 GMT"

    # chinanews: two pages of the scroll list; the seed article is on page 2.
    cn_nav = ('<div class="nav"><a href="https://www.chinanews.com.cn/">首页</a> <a href="/china/">时政</a> '
              '<a href="/world/">国际</a> <a href="/society/">社会</a> <a href="/finance/">财经</a> '
              '<a href="/business/">产经</a> <a href="/auto/">汽车</a> <a href="/gangao/">港澳</a> '
              '<a href="/shipin/">视频</a> <a href="/photo/">图片</a> <a href="/importnews.html">要闻</a></div>')
    cn_foot = ('<div class="footer"><a href="https://www.chinanews.com.cn/common/footer/intro.shtml">关于我们</a> | '
               '<a href="https://www.chinanews.com.cn/common/footer/law.shtml">法律声明</a> | '
               '<a href="https://www.chinanews.com.cn/common/footer/sitemap.shtml">网站地图</a>'
               '<p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p></div>')
    page1 = [
        ("/preview/2021/11-29/9618420.shtml", "中关村示范区预览测试页", "11-29 12:30", "财经"),
        ("/gn/2021/11-29/9618399.shtml", "国务院常务会议部署进一步做好稳外资工作", "11-29 12:26", "国内"),
        ("/cj/2021/11-29/9618388.shtml", "前十月全国规模以上工业企业利润同比增长", "11-29 12:24", "财经"),
    ]
    extra1 = '  <div class="pagebox"><span>1</span> <a href="news2.html">2</a> <a href="news2.html">下一页</a></div>'
    add("https://www.chinanews.com.cn/scroll-news/news1.html",
        listing("滚动新闻-中国新闻网", "utf-8", cn_nav, '<a href="https://www.chinanews.com.cn/">首页</a> &gt; 滚动新闻',
                page1, cn_foot, extra1).encode("utf-8"),
        kind="listing", source="chinanews", provenance="constructed listing", last_modified=lm,
        note="page 1 of the scroll list: the robots.txt trap and two dead links (404); the seed article is on page 2")
    page2 = [
        ("/cj/2021/11-29/9618417.shtml", T_000, "11-29 12:18", "财经"),
        ("/gn/2021/11-29/9618233.shtml", "全国碳市场上线交易满百日", "11-29 10:02", "国内"),
    ]
    extra2 = '  <div class="pagebox"><a href="news1.html">上一页</a> <a href="news1.html">1</a> <span>2</span> <a href="news3.html">3</a> <a href="news3.html">下一页</a></div>'
    add("https://www.chinanews.com.cn/scroll-news/news2.html",
        listing("滚动新闻-中国新闻网", "utf-8", cn_nav, '<a href="https://www.chinanews.com.cn/">首页</a> &gt; 滚动新闻',
                page2, cn_foot, extra2).encode("utf-8"),
        kind="listing", source="chinanews", provenance="constructed listing", last_modified=lm,
        note="page 2 of the scroll list (linked as 下一页 from news1.html); links on to news3.html, which is not in the archive")

    # ecns
    en_head = ('<div class="header"><a href="/">ecns.cn</a> <a href="/news/politics/">Politics</a> <a href="/business/">Business</a> '
               '<a href="/news/society/">Society</a> <a href="/news/sci-tech/">Sci-tech</a> <a href="/video/">Video</a> '
               '<a href="/photo/">Photo</a></div>')
    en_foot = '<div class="footer"><p>Copyright ©1999-2021 Chinanews.com. All rights reserved.</p></div>'
    add("https://www.ecns.cn/news/",
        listing("News - ecns.cn", "utf-8", en_head, '<a href="/">Home</a> &gt; News',
                [("./sci-tech/2021-11-29/detail-ihavwqtf4823690.shtml", T_003, "2021-11-29")],
                en_foot, '  <div class="page"><a href="/news/index_2.shtml">Next</a></div>', lang="en").encode("utf-8"),
        kind="listing", source="ecns", provenance="constructed listing", last_modified=lm)

    # gmw economy channel: the seed page (relative) and the real politics.gmw.cn page (absolute)
    gmw_head = ('<div class="header"><a href="https://www.gmw.cn/">光明网</a> <a href="https://news.gmw.cn/">时政</a> '
                '<a href="https://economy.gmw.cn/">经济</a> <a href="https://tech.gmw.cn/">科技</a> '
                '<a href="https://economy.gmw.cn/node_12470.htm">财经观察</a> <a href="https://economy.gmw.cn/node_8973.htm">产业</a></div>')
    gmw_foot = '<div class="footer"><p>光明网版权所有</p></div>'
    add("https://economy.gmw.cn/node_8971.htm",
        listing("经济要闻_光明网", "utf-8", gmw_head, '<a href="https://www.gmw.cn/">首页</a> &gt; <a href="https://economy.gmw.cn/">经济频道</a> &gt; 经济要闻',
                [(bench_url("a28ede747c822c44a927d649abc3073302cb1f6da099050f151f95dece6d42ae"), "“产能过剩”论调是保护主义借口", "2024-05-13"),
                 ("2021-01/20/content_34556478.htm", T_001, "2021-01-20")],
                gmw_foot, '  <div id="displaypagenum"><a href="node_8971_2.htm">下一页</a></div>').encode("utf-8"),
        kind="listing", source="gmw", provenance="constructed listing", last_modified=lm)

    # most: no archive articles
    most_head = ('<div class="header"><a href="https://www.most.gov.cn/">中华人民共和国科学技术部</a> '
                 '<a href="https://www.most.gov.cn/zzjg/">机构</a> <a href="https://www.most.gov.cn/xxgk/">信息公开</a> '
                 '<a href="https://www.most.gov.cn/kjbgz/">科技部工作</a> <a href="https://www.most.gov.cn/dfkj/">地方科技</a></div>')
    most_foot = '<div class="footer"><p>主办单位：中华人民共和国科学技术部　京ICP备00000000号</p></div>'
    add("https://www.most.gov.cn/kjbgz/",
        listing("科技部工作_中华人民共和国科学技术部", "utf-8", most_head, '<a href="https://www.most.gov.cn/">首页</a> &gt; 科技部工作',
                [("https://www.most.gov.cn/xxgk/", "信息公开", ""), ("https://www.most.gov.cn/tztg/", "通知通告", ""),
                 ("https://www.most.gov.cn/dfkj/", "地方科技", "")], most_foot).encode("utf-8"),
        kind="listing", source="most", provenance="constructed listing", last_modified=lm,
        note="no archive articles: only section links, none matching the article pattern")

    # kw_beijing column 736
    kw_head = ('<div class="header"><a href="/">北京市科学技术委员会、中关村科技园区管理委员会</a> '
               '<a href="/col/col2381/index.html">机构职能</a> <a href="/col/col736/index.html">新闻中心</a> '
               '<a href="/col/col2384/index.html">政务公开</a> <a href="/col/col2385/index.html">政务服务</a></div>')
    add("https://kw.beijing.gov.cn/col/col736/index.html",
        listing("工作动态 - 北京市科学技术委员会、中关村科技园区管理委员会", "utf-8", kw_head,
                '当前位置：<a href="/">首页</a> &gt; <a href="/col/col736/index.html">新闻中心</a> &gt; 工作动态',
                [("/art/2021/1/24/art_736_614839.html", T_002, "2021-01-24")],
                gov_footer_kw(), '  <div class="page"><a href="/col/col736/index.html?uid=3411&amp;pageNum=2">下页</a></div>').encode("utf-8"),
        kind="listing", source="kw_beijing", provenance="constructed listing", last_modified=lm)

    # beijing_gov: two entry points
    add("https://www.beijing.gov.cn/ywdt/gzdt/",
        listing("工作动态_首都之窗_北京市人民政府门户网站", "utf-8", bj_header(),
                '当前位置：<a href="https://www.beijing.gov.cn/">首页</a> &gt; <a href="https://www.beijing.gov.cn/ywdt/">要闻动态</a> &gt; 工作动态',
                [("https://www.beijing.gov.cn/ywdt/yaowen/", "要闻", ""), ("https://www.beijing.gov.cn/ywdt/zwzt/", "专题", ""),
                 ("https://www.beijing.gov.cn/so/s?qt=%E4%B8%AD%E5%85%B3%E6%9D%91", "搜索：中关村", "")],
                gov_footer_bj()).encode("utf-8"),
        kind="listing", source="beijing_gov", provenance="constructed listing", last_modified=lm,
        note="no archive articles; links to /so/ which robots.txt disallows")
    add("https://www.beijing.gov.cn/zhengce/zhengcefagui/",
        listing("政策法规_首都之窗_北京市人民政府门户网站", "utf-8", bj_header(),
                '当前位置：<a href="https://www.beijing.gov.cn/">首页</a> &gt; <a href="https://www.beijing.gov.cn/zhengce/">政策文件</a> &gt; 政策法规',
                [("./202111/t20211126_2545831.html", T_004, "2021-11-26")],
                gov_footer_bj(), '  <div class="page"><a href="index_1.html">下一页</a></div>').encode("utf-8"),
        kind="listing", source="beijing_gov", provenance="constructed listing", last_modified=lm)

    # xinhua tech channel -> real politics page
    xh_head = ('<div class="nav"><a href="http://www.news.cn/">新华网</a> <a href="http://www.news.cn/politics/">时政</a> '
               '<a href="http://www.news.cn/local/">地方</a> <a href="http://www.news.cn/tech/">科技</a> '
               '<a href="http://www.news.cn/fortune/">财经</a> <a href="http://www.news.cn/world/">国际</a></div>')
    xh_foot = '<div class="footer"><p>Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司</p></div>'
    add("http://www.news.cn/tech/",
        listing("科技_新华网", "utf-8", xh_head, '<a href="http://www.news.cn/">首页</a> &gt; 科技',
                [("http://www.news.cn/politics/leaders/20240509/3dd6e33cc6d749fbaae01fea337ff400/c.html", "李强在新疆调研", "2024-05-09")],
                xh_foot).encode("utf-8"),
        kind="listing", source="xinhua", provenance="constructed listing", last_modified=lm)

    # people finance
    pp_head = ('<div class="nav"><a href="http://www.people.com.cn/">人民网</a> <a href="http://finance.people.com.cn/">财经</a> '
               '<a href="http://finance.people.com.cn/GB/414330/index.html">原创</a> <a href="http://finance.people.com.cn/GB/153179/index.html">产经</a></div>')
    pp_foot = '<div class="footer"><p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</p></div>'
    add("http://finance.people.com.cn/GB/70846/index.html",
        listing("滚动--财经--人民网", "utf-8", pp_head, '<a href="http://www.people.com.cn/">人民网</a> &gt;&gt; <a href="http://finance.people.com.cn/">财经</a> &gt;&gt; 滚动',
                [("/n1/2024/0510/c1004-40232587.html", "在新时代中部地区崛起中争先出彩", "2024年05月10日")],
                pp_foot, '  <div class="page_n"><a href="index2.html">下一页</a></div>').encode("utf-8"),
        kind="listing", source="people", provenance="constructed listing", last_modified=lm)

    # bjd: no archive articles
    bjd_head = ('<div class="nav"><a href="https://www.bjd.com.cn/">北京日报</a> <a href="https://news.bjd.com.cn/">新闻</a> '
                '<a href="https://ie.bjd.com.cn/">北京号</a> <a href="https://news.bjd.com.cn/yaowen/">要闻</a></div>')
    add("https://news.bjd.com.cn/",
        listing("京报网_北京日报", "utf-8", bjd_head, '<a href="https://www.bjd.com.cn/">首页</a> &gt; 新闻',
                [("https://news.bjd.com.cn/yaowen/", "要闻", ""), ("https://news.bjd.com.cn/kjjy/", "科技教育", "")],
                '<div class="footer"><p>北京日报客户端</p></div>').encode("utf-8"),
        kind="listing", source="bjd", provenance="constructed listing", last_modified=lm,
        note="no archive articles: only section links, none matching the article pattern")

    # chinadaily: protocol-relative link, as the real site writes them
    cd_head = ('<div class="topNav"><a href="//www.chinadaily.com.cn/">Home</a> <a href="//www.chinadaily.com.cn/china/">China</a> '
               '<a href="//www.chinadaily.com.cn/world/">World</a> <a href="//www.chinadaily.com.cn/business/">Business</a> '
               '<a href="//www.chinadaily.com.cn/culture/">Culture</a> <a href="//www.chinadaily.com.cn/travel/">Travel</a></div>')
    add("https://www.chinadaily.com.cn/china/",
        listing("China - Chinadaily.com.cn", "utf-8", cd_head, '<a href="//www.chinadaily.com.cn/">Home</a> / China',
                [("//www.chinadaily.com.cn/a/202405/20/WS664af0b2a31082fc043c814d.html", "Centuries-old golden nanmu add color to Chongqing village", "2024-05-20")],
                '<div class="footer"><p>Copyright 1995 - 2024. All rights reserved.</p></div>',
                '  <div class="page"><a href="//www.chinadaily.com.cn/china/page_2.html">Next</a></div>', lang="en").encode("utf-8"),
        kind="listing", source="chinadaily", provenance="constructed listing", last_modified=lm)

    # Sources registered in spiders/sources.toml beyond the brief's table: empty listings, so
    # that an offline crawl of every entry point gets a page rather than a 404.
    for source, url, title, sections in [
        ("zgcforum", "https://www.zgcforum.com.cn/news/", "新闻中心_中关村论坛",
         [("/", "首页"), ("/about/", "关于论坛"), ("/agenda/", "论坛议程")]),
        ("bjnews", "https://www.bjnews.com.cn/financial", "财经_新京报",
         [("/", "首页"), ("/news", "时事"), ("/financial", "财经")]),
        ("thepaper", "https://www.thepaper.cn/list_25434", "财经上下游_澎湃新闻",
         [("/", "首页"), ("/channel_25950", "时事"), ("/channel_25951", "财经")]),
        ("stdaily", "https://www.stdaily.com/index/kejixinwen/kejixinwen.shtml", "科技新闻_中国科技网",
         [("/", "首页"), ("/index/kejixinwen/kejixinwen.shtml", "科技新闻"), ("/index/difang/difang.shtml", "地方")]),
        ("beijing_gov_en", "https://english.beijing.gov.cn/latest/news/", "News - english.beijing.gov.cn",
         [("/", "Home"), ("/latest/", "Latest"), ("/government/", "Government")]),
    ]:
        add(url, listing(title, "utf-8", '<div class="nav">' + " ".join(f'<a href="{h}">{t}</a>' for h, t in sections) + "</div>",
                         f'<a href="/">{"Home" if source.endswith("_en") else "首页"}</a>',
                         [(h, t, "") for h, t in sections], '<div class="footer"></div>',
                         lang="en" if source.endswith("_en") else "zh-CN").encode("utf-8"),
            kind="listing", source=source, provenance="constructed listing", last_modified=lm,
            note="source registered in spiders/sources.toml; no archive articles, only section links")

    # netease money latest
    ne_head = ('<div class="ntes-nav"><a href="https://www.163.com/">网易首页</a> <a href="https://news.163.com/">新闻</a> '
               '<a href="https://money.163.com/">财经</a> <a href="https://money.163.com/stock/">股票</a> '
               '<a href="https://money.163.com/special/00252G50/macro.html">宏观</a></div>')
    add("https://money.163.com/latest/",
        listing("最新_网易财经", "utf-8", ne_head, '<a href="https://money.163.com/">网易财经</a> &gt; 最新',
                [("https://www.163.com/dy/article/J2PBDVUF0511A6N9.html", "苹果称美国反垄断诉讼应被驳回", "2024-05-22 07:16"),
                 ("http://money.163.com/15/0704/16/ATMOK8S100254IU1.html", "中关村277家上市公司发表稳定股价行动倡议", "2015-07-04 16:43"),
                 ("http://money.163.com/15/0704/19/ATN2UGL700252G50.html", "沪指三周跌近三成 救市组合拳出台", "2015-07-04 19:31")],
                '<div class="N-footer"><p>网易公司版权所有 ©1997-2024</p></div>').encode("utf-8"),
        kind="listing", source="netease", provenance="constructed listing", last_modified=lm,
        note="third link (money.163.com/15/0704/19/ATN2UGL700252G50.html) is a dead link (404)")


# --------------------------------------------------------------------------------------------
# expected.json helpers
# --------------------------------------------------------------------------------------------
def page_text(data: bytes, charset: str) -> str:
    """Visible text of a page (tags dropped, no separators added), pinyin annotations kept."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data.decode(charset), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.get_text()


def check_expected(entry: dict, data: bytes, charset: str) -> None:
    """must_contain phrases are in the text once annotations are gone; must_not_contain ones are in the page."""
    text = page_text(data, charset)
    clean = strip_pinyin(text)
    for p in entry["must_contain"]:
        assert p in clean, (entry["url"], p)
    for p in entry["must_not_contain"]:
        assert p in text or p in clean, (entry["url"], p)


def main() -> None:
    if (HERE / "pages").exists():
        shutil.rmtree(HERE / "pages")
    MANIFEST.clear()
    EXPECTED.clear()

    # ---- licences
    lic = HERE / "LICENSES"
    lic.mkdir(exist_ok=True)
    shutil.copyfile(BENCH / "magic-html-article-zh" / "LICENSE", lic / "magic-html-Apache-2.0.txt")
    shutil.copyfile(BENCH / "zgc-163-page" / "LICENSE", lic / "cx-extractor-python-MIT.txt")

    # ---- seed articles
    b000 = page_000()
    add(U_000, b000, kind="article", source="chinanews", provenance="seed 000",
        last_modified="Mon, 29 Nov 2021 04:18:00 GMT")
    EXPECTED.append({
        "url": U_000, "seed": "000", "source": "chinanews", "language": "zh-Hant", "title": T_000,
        "published": "2021-11-29", "author": "陳杭",
        "must_contain": ["中新網北京11月29日電", "中關村示范區將率先建成世界領先的科技園區",
                         "加快構建中關村“241”高精尖產業體系", "成為全球科技創新的重要引擎",
                         "持續提升中關村論壇的國際化、權威性和影響力"],
        "must_not_contain": ["(wǎng)", "(chuàng)", "(完)", "版權與免責聲明", "北疆新聞", "bjwmaster@163.com",
                             "15648148811", "ICP備", "公網安備", "All Rights Reserved", "未經授權禁止轉載",
                             "熱點排行", "相關新聞"],
    })

    b003 = page_003()
    add(U_003, b003, kind="article", source="ecns", provenance="seed 003", last_modified="Mon, 29 Nov 2021 08:02:00 GMT")
    EXPECTED.append({
        "url": U_003, "seed": "003", "source": "ecns", "language": "en", "title": T_003,
        "published": "2021-11-29", "author": "Chen Hang",
        "must_contain": ["Chinanews.com, Beijing, November 29 (Reporter Chen Hang)",
                         "the Zhongguancun Demonstration Zone will focus on implementing 7 tasks",
                         "Forward-looking layout of the future life and health industry",
                         "accelerate the construction of a permanent venue for the Zhongguancun Forum"],
        "must_not_contain": ["(over)", "All rights reserved", "Reproduction in whole or in part",
                             "Related news", "Most popular in 24h", "Share this story"],
    })

    b001 = page_001()
    add(U_001, b001, kind="article", source="gmw", provenance="seed 001")
    EXPECTED.append({
        "url": U_001, "seed": "001", "source": "gmw", "language": "zh-Hans", "title": T_001,
        "published": "2021-01-20", "author": "李汶键",
        "must_contain": ["国务院新闻办公室举行新闻发布会", "强调六个“立足”和六个“更加”",
                         "一是实施国家战略科技力量创建工程", "四是实施“创新链、产业链、供应链”三链联动工程",
                         "加快打造公平、公正、便利的创新环境"],
        "must_not_contain": ["点击右上角", "朋友圈", "请使用浏览器分享功能进行分享", "正在阅读", "首页>",
                             "经济频道", "加载中", "若长时间无响应", "责编", "张慕琛", "阅读剩余全文",
                             "您此时的心情", "光明云投", "新闻表情排行", "视觉焦点", "推荐阅读",
                             "昆虫性信息素", "2025-12-24", "加载更多", "光明网版权所有"],
    })

    b002 = page_002()
    add(U_002, b002, kind="article", source="kw_beijing", provenance="seed 002")
    EXPECTED.append({
        "url": U_002, "seed": "002", "source": "kw_beijing", "language": "zh-Hant", "title": T_002,
        "published": "2021-01-24", "author": None,
        "must_contain": ["北京市第十五屆人民代表大會第四次會議舉行新聞發布會",
                         "率先建成北京國際科技創新中心是北京“十四五”規劃的重要內容和目標",
                         "一是實施國家戰略科技力量創建工程", "六是實施創新生態提升工程",
                         "為“十四五”北京國際科技創新中心建設開好局、起好步"],
        "must_not_contain": ["(huì)", "(guó)", "笆奈濉", "來源:科技部", "字号", "打印本页", "关闭窗口",
                             "主办单位", "ICP备", "京公网安备", "当前位置"],
    })

    b004 = page_004()
    add(U_004, b004, kind="article", source="beijing_gov", provenance="seed 004", last_modified="Fri, 26 Nov 2021 10:05:00 GMT")
    EXPECTED.append({
        "url": U_004, "seed": "004", "source": "beijing_gov", "language": "zh-Hans", "title": T_004,
        "published": "2021-11-26", "author": None,
        "must_contain": ["是指导中关村示范区未来发展建设的行动纲领",
                         "诞生了国内首款通用CPU、国际领先的人工智能芯片",
                         "设立“金种子”企业培育基金",
                         "创建中关村科创金融试验区",
                         "塑造“中关村标准”国际品牌",
                         "鼓励创新创业主体及社会各界为规划实施建言献策"],
        "must_not_contain": ["索引号", "发文机构", "字号", "相关链接", "京ICP备", "京公网安备", "当前位置",
                             "首都之窗"],
    })

    # ---- robots trap
    add(U_TRAP, page_trap(), kind="article", source="chinanews", provenance="constructed robots trap",
        robots_disallowed=True,
        note="under /preview/, which https://www.chinanews.com.cn/robots.txt disallows; a polite crawler never requests it")

    # ---- robots.txt
    add("https://www.chinanews.com.cn/robots.txt",
        b"User-agent: *\nDisallow: /preview/\nDisallow: /private/\n",
        kind="robots", source="chinanews", provenance="constructed robots.txt", content_type="text/plain; charset=utf-8")
    add("https://www.beijing.gov.cn/robots.txt",
        b"User-agent: *\nDisallow: /so/\nDisallow: /images/\n",
        kind="robots", source="beijing_gov", provenance="constructed robots.txt", content_type="text/plain; charset=utf-8")

    # ---- real Zhongguancun page from NetEase (GB2312, byte-exact)
    b163 = (BENCH / "zgc-163-page" / "72.html").read_bytes()
    add(U_163, b163, kind="article", source="netease", provenance="benchdata zgc-163-page 72.html",
        content_type="text/html; charset=gb2312", licence="cx-extractor-python-MIT.txt",
        last_modified="Sat, 04 Jul 2015 08:43:50 GMT",
        note="real page, byte-exact GB2312; its own address is not in the page, so the URL is constructed in the money.163.com scheme from its publication time (2015-07-04 16:43)")
    EXPECTED.append({
        "url": U_163, "relevant": True, "source": "netease", "language": "zh-Hans",
        "title": "中关村277家上市公司发表稳定股价行动倡议", "published": "2015-07-04", "author": None,
        "must_contain": ["中关村上市公司协会今日发表《关于维护资本市场稳定发展的行动倡议》",
                         "作为中关村277家创新型上市公司的代表组织",
                         "此刻，我们在行动！"],
        "must_not_contain": ["责任编辑", "本文来源", "会赚钱的客户端", "重点推荐", "证券要闻", "分享到"],
    })

    # ---- unrelated real pages from magic-html (byte-exact, real URLs)
    notes = {
        "misleading-gb2312": ("text/html; charset=GB2312",
                              "MISLEADING DECLARATION: header and <meta> both say GB2312, but the stored bytes are UTF-8 "
                              "(the page was re-saved as UTF-8 by the benchmark without updating its meta tag). Strict "
                              "GB2312/GBK/GB18030 decoding fails; decode as actual_charset."),
        "misleading-latin1": ("text/html; charset=ISO-8859-1",
                              "MISLEADING HEADER: the header says ISO-8859-1 (a server default) over a UTF-8 page whose "
                              "<meta> says UTF-8. ISO-8859-1 decoding never fails but gives mojibake; trust the meta / sniff the bytes."),
    }
    for sha, (source, how) in BENCH_PAGES.items():
        url = bench_url(sha)
        data = (BENCH / "magic-html-article-zh" / "htmls" / f"{sha}.html").read_bytes()
        extra = {}
        ctype = UTF8
        if how:
            ctype, note = notes[how]
            extra = {"note": note, "actual_charset": "utf-8"}
        add(url, data, kind="article", source=source,
            provenance=f"benchdata magic-html-article-zh {sha}", content_type=ctype,
            licence="magic-html-Apache-2.0.txt", **extra)
        EXPECTED.append({"url": url, "relevant": False, "source": source})

    build_listings()

    # ---- sanity: phrases are present in the page text (after stripping pinyin)
    for e, data in [(EXPECTED[0], b000), (EXPECTED[1], b003), (EXPECTED[2], b001), (EXPECTED[3], b002),
                    (EXPECTED[4], b004)]:
        check_expected(e, data, "utf-8")
    check_expected(EXPECTED[5], b163, "gb2312")

    (HERE / "manifest.json").write_text(json.dumps(MANIFEST, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total = sum((HERE / e["file"]).stat().st_size for e in MANIFEST)
    print(f"{len(MANIFEST)} entries, {total} bytes of pages", file=sys.stderr)


if __name__ == "__main__":
    main()
