"""Rebuild tune.jsonl / holdout.jsonl from the shared read-only material.

Not run by the tests (they read the committed JSONL).  Run once by hand:
    python tests/data/labelled/make_dataset.py /work/shared
Labels are assigned here by rule (see README.md); nothing is predicted.
"""
from __future__ import annotations

import gzip
import html
import json
import re
import sys
from pathlib import Path

import opencc

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared")
OUT = Path(__file__).parent
S2T = opencc.OpenCC("s2t")
PLAN_URL = "seeds/004_614676c46f0c751e.txt (republication of the 14th Five-Year Zhongguancun plan)"

# paragraph (1-based line of seeds/004) -> codes; task intros get the task code, measures task+measure
TASK_PARAS = {"Z1": (28, [29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]),
              "Z2": (40, [41, 42, 43, 44, 45]),
              "Z3": (46, [47, 48, 49, 50, 51, 52, 53, 54]),
              "Z4": (55, [56, 57, 58, 59, 60, 61, 62, 63, 64]),
              "Z5": (65, [66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78]),
              "Z6": (79, [80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91]),
              "Z7": (92, [93, 94, 95, 97, 98, 99, 101, 102, 103])}
# preamble, goals and implementation: task-level codes by content (rule 3 of README)
OTHER_PARAS = {2: [], 21: [], 22: ["Z2"], 23: ["Z1"], 24: ["Z4"], 25: ["Z2"], 26: ["Z5", "Z7"], 27: [],
               104: [], 105: [], 106: []}

rows_tune: list[dict] = []
rows_hold: list[dict] = []


def row(id_, url, lang, title, text, relevant, labels):
    return {"id": id_, "source_url": url, "language": lang, "title": title, "text": text,
            "relevant": relevant, "labels": sorted(set(labels), key=lambda c: (c[0], [int(x) for x in c[1:].split(".")]))}


plan = (SHARED / "seeds/004_614676c46f0c751e.txt").read_text(encoding="utf-8").split("\n")
n_task = 0
for task, (intro, measures) in TASK_PARAS.items():
    n_task += 1
    dest = rows_tune if n_task % 2 else rows_hold
    dest.append(row(f"plan004-p{intro}", PLAN_URL, "zh-Hans", None, plan[intro - 1], True, [task]))
    for k, p in enumerate(measures, 1):
        dest = rows_tune if k % 2 else rows_hold
        labels = [task, f"{task}.{k}"]
        dest.append(row(f"plan004-p{p}", PLAN_URL, "zh-Hans", None, plan[p - 1], True, labels))
        if k % 3 == 0:  # a traditional rendering of every third measure, same half as its source
            dest.append(row(f"plan004-p{p}-s2t", PLAN_URL + " converted with OpenCC s2t", "zh-Hant", None,
                            S2T.convert(plan[p - 1]), True, labels))
for i, (p, labels) in enumerate(OTHER_PARAS.items()):
    dest = rows_tune if i % 2 == 0 else rows_hold
    dest.append(row(f"plan004-p{p}", PLAN_URL, "zh-Hans", None, plan[p - 1], True, labels))

# seeds 000-003: whole documents and their substantive paragraphs
seeds = {n: (SHARED / "seeds" / f).read_text(encoding="utf-8") for n, f in [
    ("000", "000_65f807e10d63d7c1.txt"), ("001", "001_eeab958d9503df85.txt"),
    ("002", "002_e14e3f990d861e67.txt"), ("003", "003_2744a051a2328dcd.txt")]}
ZALL = ["Z1", "Z2", "Z3", "Z4", "Z5", "Z6", "Z7"]
BALL = ["B1", "B2", "B3", "B4", "B5", "B6"]
rows_tune.append(row("seed000", "seeds/000_65f807e10d63d7c1.txt (China News Service via 北疆新闻)", "zh-Hant", None, seeds["000"], True,
                     ZALL + ["Z4.3", "Z4.6", "Z4.7", "Z4.8", "Z4.9", "Z7.1", "Z7.2", "Z7.3", "Z7.7"]))
rows_tune.append(row("seed002", "seeds/002_e14e3f990d861e67.txt (Beijing municipal press conference)", "zh-Hant", None, seeds["002"], True, BALL))
rows_hold.append(row("seed001", "seeds/001_eeab958d9503df85.txt (Guangming Online)", "zh-Hans", None, seeds["001"], True, BALL))
rows_hold.append(row("seed003", "seeds/003_2744a051a2328dcd.txt (China News Service, English MT)", "en", None, seeds["003"], True,
                     ZALL + ["Z4.3", "Z4.6", "Z4.7", "Z4.8", "Z4.9", "Z7.1", "Z7.2", "Z7.3", "Z7.7"]))


def add_web_round(prefix, relevant_zh, relevant_en, traps, all_tune=False, all_holdout=False):
    """One round of web excerpts: within each group (relevant zh, relevant en, traps), in the listed
    order, even positions (0-based) -> tune, odd -> holdout; with all_tune=True (a tuning round,
    decided before its rows were collected) every row goes to tune, with all_holdout=True (a
    measure-only round, likewise decided before its rows were collected) every row goes to holdout."""
    assert not (all_tune and all_holdout)

    def dest(i):
        if all_holdout:
            return rows_hold
        return rows_tune if all_tune or i % 2 == 0 else rows_hold
    for i, (url, lang, text, labels) in enumerate(relevant_zh):
        dest(i).append(
            row(f"{prefix}-rel-zh{i + 1:02d}", url + " (short excerpt)", lang, None, text, True, labels))
    for i, (url, text, labels) in enumerate(relevant_en):
        dest(i).append(
            row(f"{prefix}-rel-en{i + 1:02d}", url + " (short excerpt)", "en", None, text, True, labels))
    for i, (kind, url, lang, text) in enumerate(traps):
        dest(i).append(
            row(f"{prefix}-trap-{kind}{i + 1:02d}", url + " (short excerpt)", lang, None, text, False, []))


def paras(t):
    return [p.strip() for p in t.split("\n") if len(p.strip()) >= 40]


# seed 001 paragraphs (holdout, with its whole document)
p001 = paras(seeds["001"])
lab001 = {"一是实施": ["B1"], "二是实施": ["B2"], "三是实施": ["B3"], "四是实施": ["B4"], "五是实施": ["B5"], "六是实施": ["B6"],
          "一是立足": BALL, "科技部副部长": ["B1"]}
k = 0
for p in p001:
    if "光明网讯" in p or "科技部副部长" in p or "靖伟" in p or "靳伟" in p or "立足" in p or "实施" in p:
        labels = next((v for kk, v in lab001.items() if p.startswith(kk)), [])
        if "六大工程" in p:
            labels = []
        k += 1
        rows_hold.append(row(f"seed001-para{k}", "seeds/001_eeab958d9503df85.txt", "zh-Hans", None, p, True, labels))
# seed 003 paragraphs (holdout)
lab003 = [("insisting on self-reliance", ZALL), ("Digital Economy Leading Development Action Plan", ["Z4", "Z4.3"]),
          ("241", ["Z4", "Z4.6", "Z4.7", "Z4.8"]), ("Forward-looking layout", ["Z4", "Z4.9"]),
          ("global innovation network", ["Z7"]), ("international cooperation parks", ["Z7", "Z7.1", "Z7.2", "Z7.3"]),
          ("Zhongguancun Forum", ["Z7", "Z7.7"]), ("two-step development goal", []), ("five specific goals", ["Z1", "Z2", "Z4", "Z7"]),
          ("Chinanews.com", [])]
k = 0
for p in paras(seeds["003"]):
    labels = next((v for kk, v in lab003 if kk in p), None)
    if labels is None:
        continue
    k += 1
    rows_hold.append(row(f"seed003-para{k}", "seeds/003_2744a051a2328dcd.txt", "en", None, p, True, labels))
# seed 000 paragraphs (tune): the simplified-equivalent paragraphs of the same story, in traditional script
lab000 = [("重點落實7大任務", ZALL), ("數(shù)字經濟引領發(fā)展行動計劃", ["Z4", "Z4.3", "Z4.6", "Z4.7", "Z4.8", "Z4.9"]),
          ("全球視野謀劃", ["Z7", "Z7.1", "Z7.2", "Z7.3", "Z7.7"]), ("五方面具體目標", ["Z1", "Z2", "Z4", "Z7"]),
          ("兩步走", [])]
k = 0
for p in paras(seeds["000"]):
    labels = next((v for kk, v in lab000 if kk in p), None)
    if labels is None:
        continue
    k += 1
    rows_tune.append(row(f"seed000-para{k}", "seeds/000_65f807e10d63d7c1.txt", "zh-Hant", None, p, True, labels))

# the NetEase page about the Zhongguancun listed companies' association (relevant, no plan task)
raw = (SHARED / "benchdata/zgc-163-page/72.html").read_bytes().decode("gb18030", "replace")
ps = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p[^>]*>(.*?)</p>", raw, re.S)]
start = next(i for i, p in enumerate(ps) if "中关村上市公司协会(以下简称" in p)
body = ["网易财经7月4日讯 7月4日消息，为了维护资本市场的稳定发展，中关村上市公司协会今日发表《关于维护资本市场稳定发展的行动倡议》，原文如下："]
body += [p for p in ps[start:start + 8] if "{" not in p]
rows_tune.append(row("zgc163-72", "http://money.163.com (benchdata/zgc-163-page/72.html, 2015-07-04)", "zh-Hans",
                     "中关村277家上市公司发表稳定股价行动倡议", "\n".join(body), True, []))

# magic-html gold texts: none is about Zhongguancun / the Beijing center (checked one by one)
mh = json.loads((SHARED / "benchdata/magic-html-article-zh/base_zh_subset.json").read_text(encoding="utf-8"))
for i, (key, v) in enumerate(sorted(mh.items())):
    text = v["content"]
    lang = "en" if len(re.findall(r"[\u4e00-\u9fff]", text)) < 30 else ("zh-Hant" if "yahoo" in v["url"] else "zh-Hans")
    dest = rows_tune if i % 2 == 0 else rows_hold
    dest.append(row(f"magichtml-{key[:12]}", v["url"], lang, None, text, False, []))
    if lang == "zh-Hans" and i % 6 == 1:
        dest.append(row(f"magichtml-{key[:12]}-s2t", v["url"] + " (converted with OpenCC s2t)", "zh-Hant", None,
                        S2T.convert(text), False, []))

# scrapinghub English gold bodies (first 40 by key): unrelated news
gt = json.loads((SHARED / "benchdata/scrapinghub-article-extraction-benchmark/ground-truth.json").read_text(encoding="utf-8"))
for i, (key, v) in enumerate(sorted(gt.items())[:40]):
    dest = rows_tune if i % 2 == 0 else rows_hold
    dest.append(row(f"scrapinghub-{key[:12]}", v.get("url") or f"scrapinghub ground-truth {key}", "en", None,
                    v["articleBody"], False, []))

# newspaper4k outputs (simplified Chinese news, unrelated)
for i, f in enumerate(sorted((SHARED / "benchdata/newspaper4k-zh/txt").glob("*.txt"))):
    dest = rows_tune if i % 2 == 0 else rows_hold
    dest.append(row(f"newspaper4k-{f.stem}", f"benchdata/newspaper4k-zh/txt/{f.name}", "zh-Hans", None,
                    f.read_text(encoding="utf-8"), False, []))

# --- added round 2: real web text (short fair-use excerpts, a few sentences each, with their URLs,
# found with the project's page search) and the English benchmark pages that mention Beijing.
# Split rule fixed before scoring: within each group, in the listed order, even positions -> tune,
# odd positions -> holdout.  Labels by the README rules (B1 = national labs, Huairou national
# science center, new-type R&D institutions in Beijing; see seeds/001).
WEB_RELEVANT_ZH = [
    ("https://fgw.beijing.gov.cn/fzggzl/2022schdz/scxctj/jcsc/2021n/202110/t20211025_2703323.html", "zh-Hans",
     "怀柔科学城,是北京建设具有全球影响力的科技创新中心“三城一区”主平台之一,正在打造世界级原始创新高地。这里汇集了世界一流的重大科技基础设施集群和国家实验室集群,将在国际顶尖水平的科学家团队的带领下产出大量前瞻性、颠覆性的创新研究成果,未来成为比肩美国硅谷的科技创新之星。", ["B1"]),
    ("http://hk.crntt.com/doc/93_15733_105645983_1.html", "zh-Hant",
     "中評社北京12月27日電/備受關注的北京懷柔綜合性國家科學中心又有新進展。市發改委昨天晚間對外披露,11個科教基礎設施和5個第二批交叉研究平台正式獲批,近日將集中啟動建設。", ["B1"]),
    ("https://freewechat.com/a/MzUxNTA3NjUzMQ==/2247497844/1", "zh-Hans",
     "2017年5月,北京怀柔综合性国家科学中心建设方案获批,明确了以怀柔科学城为核心承载区,建设具有世界先进水平的重大科技基础设施群,提升我国在交叉前沿领域的源头创新能力和科技综合实力,代表国家在更高层次参与全球竞争与合作。", ["B1"]),
    ("https://99002999.com/20510/8024825.html", "zh-Hans",
     "100公里,国际上最长的量子直接通信距离纪录就诞生在北京量子信息科学研究院。\n5年来,量子院作为本市首批支持建设的新型研发机构之一,已孕育出一系列世界级科研成果。打破科研单位之间、学科之间、科研与产业之间的“三堵墙”,新型研发机构以开放创新的大胆探索,集聚全国乃至全球顶尖人才的聪明智慧,在重大基础前沿科学研究、关键核心技术攻关方面接连取得突破性进展。", ["B1"]),
    ("http://www.handmsg.com/page/2022/0605/10405441.shtml", "zh-Hant",
     "在2021年中關村論壇上,北京量子信息科學研究院發布了一項重磅研究成果——長壽命超導量子比特芯片突破500微秒大關,標志著我國在超導量子芯片研究領域走到了世界前列。今年,量子直接通信距離世界紀錄也在該院刷新。\n近年來,聚焦量子科技、腦科學、區塊鏈、人工智能等尖端領域研究的多家新型研發機構在北京密集落地。", ["B1"]),
    ("https://hnlzkj.com/guonei/5103.html", "zh-Hans",
     "科技北京:三大“城”托起科创策源地\n中关村科学城、怀柔科学城、未来科学城搭平台,量子科技、生物技术、空间技术等前沿实验室扎堆\n五年的时间,怀柔雁栖湖畔生长出一座三千余名科技工作者集聚协作的科学城——怀柔科学城。", []),
    ("https://gaoxiaojob.com/company/detail/72972.html", "zh-Hans",
     "北京量子信息科学研究院(以下简称 “量子院”)成立于2017年 12月24日,是由北京市政府发起,联合北京多家顶尖学术单位 共同建设的新型研发机构。这是北京市委市政府积极响应中央战略决策,加强国际科技创新中心建设的重要举措。", ["B1"]),
    ("https://kw.beijing.gov.cn/zwgk/zcwj/202409/t20240918_3894334.html", "zh-Hans",
     "《北京加强全国科技创新中心建设总体方案》提出“全力推进高端产业功能区和高端产业新区建设,优化中关村国家自主创新示范区‘一区多园’布局,提升产业技术创新水平,带动各园区创新发展。”", ["Z5"]),
    ("https://www.soolun.net/periodical/f50fae40243f37f83014bd356a05bae5.html", "zh-Hans",
     "2013年中央提出,作为第一个国家自主创新示范区,中关村要加快向具有全球影响力的科技创新中心进军,为在全国实施创新驱动发展战略更好发挥示范引领作用。", []),
    ("https://m.tianqiyubao2.com/news/view-331348", "zh-Hans",
     "中关村科技园,起源于20世纪80年代初的“中关村电子一条街”,位于北京市海淀区,是中国第一个国家级高新技术产业开发区、第一个国家自主创新示范区、第一个国家级人才特区,也是京津石高新技术产业带的核心园区。中关村科技园是我国体制机制创新的试验田,被誉为“中国硅谷”。", []),
    ("https://oksanjose.com/science/show-4037.html", "zh-Hans",
     "6月29日,怀柔科学城2个国家重大科技基础设施——高能同步辐射光源和多模态跨尺度生物医学成像设施于同天启动。截至目前,怀柔科学城有2个大科学装置和5个交叉研究平台开工建设,下半年还将密集开工40个重点项目。", ["B1"]),
    ("http://21st-hr.com/shenghuo/2021/1109/25917.html", "zh-Hant",
     "近年來,中關村科學城布局的一批高端科研機構正在不斷迸發創新的思想火花,誕生了一大批重量級的原始創新成果。其中,北京量子信息科學研究院,在科研方向確立、人才引進、科研經費使用方面探索與國際接軌的治理模式和運行機制。", []),
]
WEB_RELEVANT_EN = [
    ("http://www.chinadaily.com.cn/regional/2015-03/31/content_19959307.htm",
     "Zhongguancun Haidian Science Park in Beijing, the home of several scientific and technological enterprises, aims to become a globally influential hub of innovation and entrepreneurship.\nStatistics showed that the park was home to more than 12,000 technological companies by the end of 2013 and 5,200 of them were national-level high-tech businesses.", []),
    ("https://rebuildboulder.denverdonate.com/pages/dd/24-china-news-in-english/35884-unique-ecosystem-helps-produce-breakthroughs",
     "More than 20,000 overseas students who have returned China work at Z-Park, and they have set up over 6,000 companies in the park.\nTo date, the park has attracted 1,091 leading personnel from the nation's \"1,000 Talents\" project, a national-level key project attracting global talents, accounting for one-fifth of the nation's total in the past years.", ["Z6"]),
    ("http://bjzpark.spotlightbeijing.com/2019-08/16/c_444378.htm",
     "Five large-scale science installations began construction in Huairou Science City last month, marking a big step in Beijing's push to become China's leading high-tech innovation center.\nHuairou Science City is a subpark of Zhongguancun Science Park, which has been dubbed \"China's Silicon Valley\".", ["B1"]),
    ("http://www.pressreader.com/china/beijing-english/20170720/281487866410323",
     "Zhongguancun Science Park plays a leading role in development, providing guidance and reference for other areas, and gradually growing into a new landmark of innovation and entrepreneurship with global influence.\nSpeaking of Zhongguancun Science Park, many people think it refers to Zhongguancun Street, Zhichun Road, Xueyuan Road and their surrounding areas.", []),
    ("http://www.chinantd.com/news-page.asp?id=5818",
     "China's capital Beijing has been speeding up construction of the international high-tech and innovation center in recent years, with three scientific cities and an economic development zone as the main platform to effectively support the country's technological independence and self-reliance.", []),
    ("http://en.gzoutsourcing.cn/Article/20240530/44690.html",
     "It was in May 2017 that a sparsely populated suburb dotted with farmland received approval to be developed into a global high-tech and innovation hub named Huairou Science City, an hour's drive from central Beijing.\nSeven years later, it is home to more than 37 science facilities, including six major national scientific and technological ones, a key project to drive important scientific innovations.", ["B1"]),
    ("http://english.ipe.cas.cn/Newsroom/ResearchNews/202103/t20210303_264857.html",
     "Beijing's Zhongguancun, one of the country's leading technology hubs, plans to upgrade its core 7.2-km-long street area into one serving innovation and business start-ups, they announced Sunday.\nThe technological area based in Haidian District is the country's first innovation demonstration zone approved by the State Council in 2009 and aims to become a technological innovation center with global influence.", []),
    ("http://bjb.cas.cn/gcasc/members/202210/t20221027_6540687.html",
     "According to the Plan, the construction of Beijing Huairou Comprehensive National Science Center will rely on Huairou Science City as the core area, and involve the building of major world-leading scientific and technological infrastructures. The center will integrate with research institutions in Beijing, and attract researchers and experts to Huairou to conduct advanced scientific research.", ["B1"]),
    ("http://www.chinadaily.com.cn/m/beijing/zhongguancun/2013-10/25/content_17058949.htm",
     "Statistics show that 4000 high-tech enterprises have been established each year since 2008, and a total of 11 science and technology enterprises are set up in Zhongguancun each day.", []),
    ("http://www.gylhsc.com/investinginbeijing/Investmentnews/202106/t20210618_2415752.html",
     "More similar projects have kicked off across the city: Changping China National Laboratory is now in operation; the construction of new-type R&D institutions such as Beijing Quantum Research Institute and Zhiyuan Research Institute is making headway.", ["B1"]),
    ("https://www.soolun.net/periodical/f50fae40243f37f83014bd356a05bae5.html",
     "In 2013, the Central Government proposed that Zhongguancun, as the first demonstration area of national independent innovation, should speed up its march toward a science and technology innovation center with global influence and play a better exemplary role in implementing an innovation-driven development strategy nationwide.", []),
    ("https://information.bz/english/news/view/2024/07/27/6505.html",
     "About 50 kilometers northeast of Beijing’s central urban area, at the foot of the Great Wall and on the shores of Yanqi Lake, Huairou Science City, which is committed to building a world-class original innovation base, is accelerating its rise.", []),
]
# traps: (kind, url, language, text); all irrelevant
WEB_TRAPS = [
    ("zol", "https://m.zol.com.cn/article/6892085.html", "zh-Hans",
     "中关村在线\n笔记本\n独显轻薄办公本续航横评第一弹:差旅出行\n这可能是中关村在线第一个可视化续航横评。\n笔记本续航是一个令人捉摸不定的数字,它因人而异,至今也没有统一的测试标准。"),
    ("zol", "http://m.juwanzhuan.com/m_311574.html", "zh-Hans",
     "随着进入Skylake时代之后,各个厂家笔记本越发向低功耗转型,今天ZOL评测中心就将就对戴尔XPS 13、惠普Spectre x360、联想YOGA 4 Pro(YOGA 900)三款搭载Skylake的笔记本进行续航方面的测试,检验相比旧平台新平台在续航方面到底增加了几层威力。"),
    ("gadget", "https://www.71396.com/a/15-17060553891861136.html", "zh-Hans",
     "笔吧的忠实读者应该都知道,我们每年都要测评160+款笔记本电脑,铁定是中国测评笔记本电脑最多的工作室。\n前段时间我去北京联想总部开了个闭门研讨会,发现了自己的局限性,这究竟是什么呢?"),
    ("mall", "https://wzatv.cc/atv/a/ITxinwen/2016/0709/100897.html", "zh-Hans",
     "曾经中关村是国内最大的消费电子集散中心之一,太平洋广场、中关村e世界、鼎好、海龙和科贸这几大卖场引领着中国电子类产品消费的风向标。\n当前,鼎好电子卖场一层是四层,商铺依旧林立。其中一层为品牌“旗舰店”,二层主要是DIY以及相关配件商家,三层四层都是办公用品,监视摄像设备,以及配件店家。"),
    ("mall", "http://epaper.bjnews.com.cn/html/2016-07/08/content_643268.htm?div=-1", "zh-Hans",
     "“嗨,哥们,找什么呢?我带你去看看吧。”如果你曾走进中关村海龙电子城,一定会记得年轻小哥推销电子产品的招呼声。褪去了曾经的繁华热闹,如今的“海龙”一片寂寥。\n7月7日,开业于1999年,有着17年历史的海龙电子城正式停业。"),
    ("mall", "http://m.netbooklink.com/jiaocheng/123165.html", "zh-Hant",
     "如果你曾來過中關(guān)村電子城,八成都有過這樣的經(jīng)歷:離電子城還有一百多米,便會有熱情的大叔大媽涌上來,殷切詢問你是否需要電腦或者手機(jī)維修,一邊小步緊跟一邊遞上傳單和名片。"),
    ("rental", "https://www.zhongguancun.cc/801.html", "zh-Hans",
     "中关村科技园区的写字楼租赁市场呈现明显的分层结构。据统计,区域内甲级写字楼平均租金为8.5-12元/㎡/天,高层单位溢价可达15%-25%。值得注意的是,得房率(实际使用面积与建筑面积比率)随楼层升高呈现3%-5%的递减趋势。"),
    ("rental", "https://www.zhongguancun.cc/820.html", "zh-Hans",
     "作为中国科技创新策源地,中关村写字楼租金梯度始终是企业选址的核心考量要素。数据显示,中关村核心区甲级写字楼日均租金达到12-15元/㎡,而边缘园区价格普遍下探至5-8元/㎡,这种显著的租金梯度折射出区域价值与产业聚集的深层关联。"),
    ("rental", "https://www.zhongguancun.cc/1175.html", "zh-Hans",
     "以联想总部所在的西北旺为例,未来双地铁交汇的交通优势,让该区域甲级写字楼租金较三年前已上涨18%。\n通过对近五年租赁数据的回归分析发现,距离新建地铁站点500米范围内的写字楼,在规划公示阶段即产生8%-12%的租金预期增长。"),
    ("restaurant", "http://bj.sina.com.cn/danone/art/2009-10-14/141542825.shtml", "zh-Hans",
     "中关村\n此站位于中关村的中心区,今后去中关村买电脑就可以直接在这里下车了。周围写字楼林立,再加上家乐福、新东方和中关村购物广场,中关村站所在区域的人气非常旺,餐厅自然也是各种风格、菜系、档次的一应俱全了。\n地址:海淀区中关村广场步行街R17号\n人均消费:70元"),
    ("restaurant", "http://cnfdn.com.cn/meishizhongguo/1240_25414.html", "zh-Hans",
     "日昌茶餐厅\n从A口出来往协和医院方向走,在外交部街口内可以找到这家茶餐厅。这里的煲仔饭虽然等的时间长,但是量大,足够两人吃的。推荐这里的生滚牛肉粥。\n人均消费:50元"),
    ("restaurant", "https://finance.sina.cn/sa/2007-12-04/detail-ikkntiam2066346.d.html?vt=4", "zh-Hans",
     "西直门是北京繁华商业区,每天都是一派车水马龙人头攒动的热闹景象。西直门地铁站附近也汇集了各地美食,不仅有地道的北京小吃,还有川、湘、鄂、沪等带有浓郁地方特色的饭馆,南北风味齐全。"),
    ("taiwan", "https://udn.com/news/story/7240/9025938", "zh-Hant",
     "受惠AI相關應用持續增加，中科園區上半年營業額5,335.64億元，較2024年同期成長8.14%，為歷年同期次高。\n中科持續積極招商，並以多元產業布局促進園區永續發展，上半年引進高科技廠商6家，包含積體電路1家、精密機械2家、生物科技1家、其他科學事業1家及園區事業1家。"),
    ("taiwan", "https://ec.ltn.com.tw/article/breakingnews/5367064", "zh-Hant",
     "〔記者蘇金鳳／台中報導〕 AI已成為超強產業，中科管理局表示，中科園區2025年營業額達1.13兆元，較2024年成長9.29%，為歷年次高。2025年貿易總額逾1.39兆元，為歷年最高，較2024年成長12.91%。"),
    ("taiwan", "http://cn.epochtimes.com/gb/7/1/14/n1589596.htm", "zh-Hans",
     "主基地在台湾台中的中部科学工业园区,不仅开发速度飞快,就连园区厂商的投资额与营业额也上升迅速。\n中科筹备处指出,中科开发至今才三年多,是台湾地区开发最晚的科学工业园区,但发展的速度惊人,如今已有八十五家厂商获准进入,投资额即将突破两兆元。"),
    ("taiwan", "https://tw.zhaoshang.net/yuanqu/detail/12978/intro", "zh-Hans",
     "中部科学工业园区(简称中科),2002年 由行政院核定成立,园区分布于台湾中部的台中市、彰化县及云林县三县市。初期有友达光电等国际性科技大厂进驻,目前已达150多家厂商家。"),
    ("zhangjiang", "http://www.xuguangxin.com/xlglxw/3743.html", "zh-Hans",
     "作为上海全球科技创新中心的核心承载区,张江科技城的最新进展表明,这片热土正在加速向世界级科技城和科技创新高地迈进。\n目前,已有200多家芯片设计、制造、封装、测试及设备材料企业落户张江,使张江成为中国集成电路产业链中最完整的区域。"),
    ("zhangjiang", "https://www.yuhaojiang.com/redian/1158421.html", "zh-Hans",
     "30多年来,张江从一个“高科技园”,逐步成为一座“科学城”。今年上半年,张江科学城规上工业总产值1673亿元,同比增长16.6%;规上服务业营业收入1533亿元,同比增长16%。\n张江自开园之日起,就将集成电路和生物医药作为重点产业方向,目前已集聚集成电路设计、制造、封测、设备材料等上下游企业800余家,生物医药企业2300余家。"),
    ("zhangjiang", "http://www.e6862.cn/detail/m9wBAYR0mQn", "zh-Hant",
     "如今,張江科學(xué)城已集聚了上海光源、蛋白質(zhì)設施、超強(qiáng)超短激光裝置、軟X射線自由電子激光裝置、硬X射線自由電子激光裝置等8個大科學(xué)設施。"),
    ("shenzhen", "http://www.handmsg.com/page/2025/0821/29386049.shtml", "zh-Hant",
     "南山區的故事,就是一部濃縮的深圳改革開放和創新發展史。從建區時的78億元GDP(地區生產總值)到2024年突破9501億元,經濟總量翻了120多倍;人均GDP從4萬元躍升到50萬元,達到發達國家水平。"),
    ("shenzhen", "http://www1.juhuac.com/zcmbzl/7192.html", "zh-Hans",
     "南山区拥有南方科技大学、深圳大学、西丽湖国际科教城等高教资源,拥有诺奖实验室9家。\n战略性新兴产业增加值占GDP比重达25%,拥有国家战略科技力量的鹏城实验室,以“鹏城云脑”为代表的大科学基础设施。"),
    ("shenzhen", "http://fc.zgjrw.com/agr/2023/0815/60339.html", "zh-Hans",
     "南山区坐拥112家上市公司,腾讯、大疆、中兴、金蝶、TCL等行业巨头公司均在此发迹,“中国科创看深圳,深圳科创看南山”的说法并非空穴来风。"),
    ("passing", "http://www.upi-planning.org/articles/DefaultCon.aspx?mid=173&ID=89018", "zh-Hans",
     "第三代出现在 2000 年后,大多正在建设,是人才导向的综 合性科学中心,与大城市深度融合,通常包含多个大科学装置集聚单元, 并在 空间上呈现出不同类别的布局特色, 以我国上海张江、安徽合肥、北京怀柔、大湾区四个综合性国家科学中心为代表。"),
    ("passing", "https://m.fx361.cc/news/2020/0701/14351885.html", "zh-Hans",
     "(中国科学院大学 公共政策与管理学院,北京 100049)\n自2007年苹果iPhone的上市及热卖,2008年谷歌推出Android这一开源的手机操作系统以来,随着移动互联网的普及,智能手机的需求越发旺盛,市场竞争随之被推向高潮。"),
    ("gadget", "https://www.9bests.com/2020/10/10-laptops-evaluated-by-international.html", "en",
     "Today (October 20), the reporter learned from the Shenzhen Consumer Council that the results of the 2020 ICRT notebook computer comparison test project have been released recently. The 10 notebook computers that participated in the evaluation have been comprehensively evaluated."),
]
add_web_round("web", WEB_RELEVANT_ZH, WEB_RELEVANT_EN, WEB_TRAPS)
# scrapinghub bodies after the first 40 that mention Beijing (each read: trade war, Hong Kong,
# plague, air pollution, solar subsidies): English texts where Beijing is not about the zone
bj = [(k, v) for k, v in sorted(gt.items())[40:] if "Beijing" in v["articleBody"]]
for i, (key, v) in enumerate(bj):
    (rows_tune if i % 2 == 0 else rows_hold).append(
        row(f"scrapinghub-bj-{key[:12]}", v.get("url") or f"scrapinghub ground-truth {key}", "en", None,
            v["articleBody"], False, []))

# --- added round 3: more real web text (short excerpts with their URLs, found with the project's
# page search; several Hong Kong / Taiwan / syndicated traditional-script pages, some with the
# syndicators' pinyin annotations left in).  Labels were written down before anything was scored;
# none of these rows was run through the classifier while it was assembled.
# Split rule fixed in advance, as in round 2: within each group (relevant zh, relevant en, traps),
# in the listed order, even positions -> tune, odd positions -> holdout.
# Labels (README rules): B1 national labs / Huairou national science center and its facilities /
# Beijing's new-type R&D institutions and national key labs; B2 Beijing leading in AI/quantum etc.;
# Z2 Zhongguancun pilot reforms (Z2.3 sci-tech finance pilot zone); Z3.6 cross-border incubation;
# Z4 / Z4.6 Zhongguancun industrial clusters; Z6 talent (Z6.9 overseas-talent parks); Z7 opening up
# (Z7.4 overseas innovation centre, Z7.7 Zhongguancun Forum as a global exchange platform).
WEB3_RELEVANT_ZH = [
    ("https://paper.sciencenet.cn/htmlnews/2023/5/501898.shtm", "zh-Hans",
     "晴日暖风,繁花似锦。初夏时节,一场前沿科技的盛会吸引各方目光——5月25日到30日,2023中关村论坛在京举行。论坛年度主题为“开放合作·共享未来”。在为期6天的150场活动中,来自全球80多个国家和地区的科学家、企业家、投资人等各界嘉宾深入交流,增进共识,共同为深化国际科技创新开放合作凝聚智慧。", ["Z7", "Z7.7"]),
    ("http://www.gujie99.com/2021-09/16/c_1127866877.htm", "zh-Hant",
     "昨天下午,國務院新聞辦公室舉辦的2021年中關村論壇發布會宣布,2021中關村論壇以“智慧·健康·碳中和”為年度主題,將于9月24日開幕,在北京中關村國家自主創新示范區展示中心舉辦,會期5天。聚焦國際化、高端化、專業化和平臺化,今年中關村論壇的規格和影響力全面提升。\n科技部相關負責人介紹,世界知識產權組織、國際科學理事會、歐洲專利局、蓋茨基金會以及《自然》《科學》期刊,都會通過發表致辭和合作舉辦平行論壇的方式參與中關村論壇。", ["Z7", "Z7.7"]),
    ("http://xiaocatian.cn/news/202007/06/167150.html", "zh-Hant",
     "新華網(wǎng)北京7月5日電(記者 樊攀)記者5日從北京懷柔科學(xué)城獲悉,懷柔科學(xué)城國家重大科技基礎(chǔ)設(shè)施項目綜合極端條件實驗裝置日前完成竣工驗收備案工作,標(biāo)志著項目4.8萬平方米土建工程正式竣工,全面進入到設(shè)備安裝調(diào)試階段。這也是懷柔科學(xué)城正在建設(shè)的5個重大科技基礎(chǔ)設(shè)施項目中首個完成竣工的項目。\n據(jù)介紹,綜合極端條件實驗裝置項目是指綜合集成低溫、高壓、強磁場、超快光場等一系列配套的集群設(shè)備所構(gòu)成的大型科學(xué)實驗設(shè)施,包括極端實驗條件產(chǎn)生系統(tǒng)、極端條件下的樣品表征和測量系統(tǒng)以及能滿足上述各系統(tǒng)研制、升級、維護與運行支撐系統(tǒng)等,裝置建成后將極大提升我國在物質(zhì)科學(xué)及相關(guān)領(lǐng)域的基礎(chǔ)研究與應用基礎(chǔ)研究綜合實力。", ["B1"]),
    ("http://www1.nankangzx.com/jbzs/1505.html", "zh-Hans",
     "综合极端条件实验装置的东方,地球系统数值模拟装置也已建成运行,高能同步辐射光源、子午工程二期正在进行设备安装,多模态跨尺度生物医学成像设施基建工程预计今年全面竣工。这5个大科学装置所在的地方,有一个响亮的名字——怀柔科学城。\n国际科技创新中心是中央赋予北京的“四个中心”城市战略定位之一,也是北京“五子”联动格局的关键一环。怀柔科学城肩负着在基础科学领域固本强基的重要使命,随着综合极端条件实验装置等大国重器建成运行,这个生机勃勃的城,正向着世界级原始创新策源地发起冲击。", ["B1"]),
    ("http://ioqf.cn/detail/1742792530129773.html", "zh-Hant",
     "以北京北四環(huán)與中關(guān)村東路的十字路口為圓心、2公里為半徑畫(huà)一個(gè)圓,外媒筆下的“中國(guó)大模型六小虎”中有“四虎”盤(pán)踞于此,中國(guó)人工智能“黃埔軍?!睆倪@里發(fā)跡。\n放眼北京,這里不僅擁有我國數(shù)量最多的人工智能企業(yè)、人工智能獨(dú)角獸、人工智能大模型,擁有我國最頂尖的人工智能學(xué)者、研發(fā)機(jī)構(gòu),還是我國第一個(gè)千億參數(shù)大模型、第一個(gè)AI智能體、第一家AI獨(dú)角獸、第一個(gè)智能機(jī)器人實(shí)驗(yàn)室、全球第一個(gè)通用智能人、全球第一款光訓(xùn)練芯片的誕生地……不勝枚舉的“第一”,為北京贏得“人工智能第一城”的美譽(yù)。", []),
    ("https://m.fx361.cc/news/2017/0323/1234808.html", "zh-Hans",
     "北京市政府工作报告中提出,以“三大科学城”建设为主平台,加快建设全国科技创新中心。海淀区区长于军做客市政府新闻办官方微博“北京发布”时介绍,“三大科学城”之一的中关村科学城,日前范围扩大至海淀全域。\n此前,中关村科学城占地约75平方公里,主要指中关村大街、知春路和学院路周边区域。在北京,它早已被打造为一块响当当的金字招牌,几乎成了“科技创新”的代名词。", []),
    ("https://freewechat.com/a/MzI5MjIwMzk1MQ==/2247550811/4", "zh-Hans",
     "文章第四段提到,北京市把科技创新作为推动高质量发展的第一动力。积极打造国家战略科技力量,昌平国家实验室挂牌运行,怀柔综合性国家科学中心29个科技设施全部开工。\n据悉,昌平国家实验室围绕入驻昌平未来科学城的科研院所组建,聚焦生命科学领域。", ["B1"]),
    ("https://ppfocus.com/0/sccd66fb1.html", "zh-Hant",
     "2016年9月,國務院印發《北京加強全國科技創新中心建設總體方案》,指出要統籌規劃建設中關村科學城、懷柔科學城、未來科學城,將北京打造為世界知名科學中心。\n2017年5月,國家發展改革委、科技部聯合批覆《北京懷柔綜合性國家科學中心建設方案》,懷柔科學城成為綜合性國家科學中心集中承載地。\n2017年9月,《北京城市總體規劃(2016年-2035年)》指出,懷柔科學城要建成與國家戰略需要相匹配的世界級原始創新承載區。", ["B1"]),
    ("https://info.10000link.com/newsdetail.aspx?doc=2023053090002", "zh-Hans",
     "为加快建成世界主要科学中心和创新高地,近日,人民银行、国家发展改革委、财政部等多部门发布《北京市中关村国家自主创新示范区建设科创金融改革试验区总体方案》(以下简称《总体方案》)。这意味着,继山东省济南市与长三角五城(上海市、南京市、杭州市、合肥市、嘉兴市)后,北京市中关村国家自主创新示范区也成为了我国第七个科创金融改革试验区。\n《方案》共提出7项任务27条细则,明确要增强中关村在全国实施创新驱动发展战略中的示范引领作用,加快推动北京市形成国际科技创新中心。", ["Z2", "Z2.3"]),
    ("http://www.xproject.cn/forum.php?action=printable&mod=viewthread&tid=542677", "zh-Hant",
     "《未來科學(xué)城規(guī)劃(2017—2035)》日前正式發(fā)布。昨天,未來科學(xué)城管委會對規(guī)劃進(jìn)行解讀并首次披露規(guī)劃細(xì)節(jié)。記者從解讀中獲悉,未來科學(xué)城規(guī)劃占地面積170.6平方公里,較原來增加約16倍。未來科學(xué)城的發(fā)展將聚焦“先進(jìn)能源”“先進(jìn)制造”“醫(yī)藥健康”三大核心領(lǐng)域,其中東區(qū)將建設(shè)具有國際影響力的“能源谷”,西區(qū)將建設(shè)“生命谷”與沙河高教園區(qū)。", []),
    ("https://tunmian.com/t/55317/.html", "zh-Hans",
     "2、北京经济技术开发区于1992年开始建设,是北京市唯一的国家级经济技术开发区。按照中央和市委市政府的要求,开发区紧抓战略机遇。\n3、以技术创新为基础,以产业创新为方向,以生态创新为支撑,全力建设国家产业创新引领区、“中国制造2025示范区”,打造具有全球影响力的科技创新中心。\n4、作为北京全国科技创新中心“三城一区”主平台中的“一区”,开发区将重点围绕新一代信息技术、生物医药、智能装备等优势领域、核心领域、关键领域,布局20个具有全球影响力的技术创新中心,发挥重点企业作用。", []),
    ("http://m.wbhtafu.cn/2018-07/13/content_36571542.htm", "zh-Hant",
     "北京經濟技術開發(fā)區(qū)作為北京市唯一的國家級開發(fā)區(qū),自1992年建設以來,始終承擔著北京市改革開放的窗口、經濟建設的前沿陣地作用,對促進體制改革、改善投資環(huán)境、引導產業(yè)聚集、發(fā)展開放型經濟發(fā)揮了不可替代的作用。\n目前,開發(fā)區(qū)已聚集企業(yè)2萬多家,80多家世界五百強企業(yè)的120多個項目,投資總額近千億美元,逐漸形成了以新一代信息技術、生物醫(yī)藥和大健康、機器人和智能制造以及高端汽車和新能源汽車為主導的高新技術產業(yè)和現代制造業(yè)發(fā)展體系,產業(yè)規(guī)模、質量、效益快速提升,成為北京經濟發(fā)展的重要增長極,“北京·亦莊”逐步成為世界品牌。", []),
    ("https://shuohk.com/cms/jishixinwen/22819.html", "zh-Hant",
     "央視網消息:近日,北京市人民政府發佈《北京市加快建設具有全球影響力的人工智能創新策源地實施方案(2023-2025年)》的通知。主要內容如下:\n北京市加快建設具有全球影響力的人工智能創新策源地實施方案(2023-2025年)\n為貫徹落實國傢發展新一代人工智能的決策部署,高水平建設北京國傢新一代人工智能創新發展試驗區和國傢人工智能創新應用先導區,加快建設具有全球影響力的人工智能創新策源地,有力支撐北京國際科技創新中心建設,特制定本方案。", ["B2"]),
    ("https://m.fx361.cc/news/2024/0315/23060519.html", "zh-Hans",
     "美国的前沿技术看硅谷,中国的前沿科技看中关村。面对新一轮人工智能发展浪潮,北京市持续扩大已有发展基础和优势,加快建设具有全球影响力的人工智能创新策源地。在人工智能领域,中关村科学城频频大动作。北京市海淀区更将“建设人工智能产业高地,培育更多优势产业集群”写入政府工作报告。\n北京汇集了国内最多的人工智能顶尖院校,拥有国内最丰富的顶尖人才资源,近年来,通过建设新型研发机构,持续推出一批原始创新成果,不断提升创新能力。", ["B1", "B2"]),
    ("http://www.cqxianglaokan.com/book-read/50583380/9", "zh-Hant",
     "北京市把握時代發展趨勢,搶抓數字經濟發展機遇,立足新發展階段,貫徹新發展理念,構建新發展格局,積極構筑新發展優勢,強力部署實施數字經濟發展戰略。早在“十三五”期間,北京就著力建設提升城市智能化、信息化水平,強化創新引領作用,構建“高精尖”產業結構,發展戰略新興產業,推動產業智能化水平提升,在大數據和云計算、5G、智能機器人、自動駕駛等領域率先布局,力求突破。", []),
    ("https://m.fx361.cc/news/2023/1113/22766624.html", "zh-Hans",
     "自2018 年“数字经济”首次出现在北京市政府文件以来,北京市的数字经济规模迅速扩大,2021 年占全市生产总值(GDP)比重为40.4%,规模以上工业企业关键工序数控化率超53%,生产设备数字化超54%,网上支付跨行清算系统业务量达到97.6 万亿元,万人基站数全国第一[1]。根据《2023 胡润中国产业互联网30 强》,中国市值前30 位的互联网企业中有11家位于北京市[2]。北京市稳步推进数字贸易示范区、数字贸易港、北京国际大数据交易所、北京国际数据交易联盟等建设,逐步构建繁荣、畅通、包容的数字贸易体系,不断巩固全球数字经济标杆城市基础。2021 年,《北京市关于加快建设全球数字经济标杆城市的实施方案》发布[2],致力于打造数字经济北京标杆,加快全球数字经济标杆城市的建设。", []),
    ("https://yanjiushuo.cc/nongye/484625.html", "zh-Hans",
     "2025中关村论坛年会上,一组数据吸引社会目光:当前中国共有独角兽企业409家,占全球独角兽企业数量的近30%。其中,北京市独角兽企业115家、总估值5949亿美元,数量和估值已连续多年保持全国第一、世界前三。是什么使这里成为闪耀的创新高地?\n北京独角兽数量、估值长期领先全国\n2025中关村论坛年会上发布的《中国独角兽企业发展报告(2025年)》显示,中国独角兽企业分布覆盖57个城市,“北上深杭广”数量集聚超六成,估值总额占全国七成以上。北京居首,上海、深圳、广州和杭州分列二至五位。\n“自有独角兽相关榜单以来,北京已连续多年保持全国第一。”中关村高科技产业促进中心主任岳德钰表示。", []),
    ("http://beijing.baogaosu.com/xinwen/%E6%8A%A5%E5%91%8A%E5%8C%97%E4%BA%AC%E7%8B%AC%E8%A7%92%E5%85%BD%E6%95%B0%E9%87%8F%E9%A2%86%E8%B7%91%E5%85%A8%E5%9B%BD%E8%BF%91/107149919", "zh-Hans",
     "中新网北京新闻7月4日电 (记者 陈杭)近日,中关村科学城创新合伙人党建联合会、中关村科学城独角企业党建联盟发布了《中关村科学城独角兽企业可持续发展报告(2022年)》。报告显示,2021年北京市共有92家独角兽企业,数量全国第一。在科创资源高度集中的海淀区,独角兽企业数量为42家,占北京市46%。\n中关村科学城聚焦创新合伙人关系构建,持续打造创新发展“生态雨林”,为独角兽企业的发展提供了良好的土壤。", []),
    ("http://xmztd.com/meishicaipu/0eyq4iem48.html", "zh-Hant",
     "中關村壹般指中國第壹個國家高新技術產業開發區、第壹個國家自主創新示範區、第壹個國家人才特區中關村科技園,是京津冀高新技術產業帶的核心園區。被譽為“中國矽谷”。\n經過20多年的開發建設,中關村聚集了以聯想、百度為代表的近2萬家高新技術企業,形成了下壹代互聯網、移動互聯網和新壹代移動通信、衛星應用、生物與健康、節能環保、軌道交通六大優勢產業集群;四大潛力產業集群,即集成電路、新材料、高端裝備和通用航空、新能源和新能源汽車;以及高端現代服務業,都建設了“壹區多園”。", []),
    ("https://zhaoshang-gov.cn/detail/zhaoshang-116476.html", "zh-Hans",
     "中关村丰台园是中关村最早的\"一区三园\"之一,1991年11月批准成立,1992年6月正式启动建设,1994年4月被批准成为第一批国家级高新区,1996年成为全国首批向APEC开放的科技工业园之一,2002年在全国率先提出发展总部经济,并为发展总部经济量身打造了全国第一个总部基地项目。2012年国务院批复同意调整中关村国家自主创新示范区空间规模和布局后, 丰台园总规划面积17.63平方公里,由东区、西区I、西区II、科技孵化一条街和扩区后的丽泽、首钢一耐、二七车辆厂、二七机车厂、首钢二通、新兴际华3603厂组成。", []),
    ("https://taiwan.cri.cn/2021-09-24/a06c5312-ceab-d379-32ae-6462815a2b03.html", "zh-Hans",
     "习近平强调,中关村是中国第一个国家自主创新示范区,中关村论坛是面向全球科技创新交流合作的国家级平台。中国支持中关村开展新一轮先行先试改革,加快建设世界领先的科技园区,为促进全球科技创新交流合作作出新的贡献。\n2021中关村论坛当日在北京开幕,主题为“智慧·健康·碳中和”,由科学技术部、中国科学院、中国科学技术协会、北京市人民政府共同主办。", ["Z2", "Z7", "Z7.7"]),
    ("http://jxbentu.cn/a/202305/25/WS64701cb0a310b6054fad53ff.html", "zh-Hant",
     "習近平指出,當前,新一輪科技革命和產(chǎn)業(yè)變革深入發(fā)展,人類要破解共同發(fā)展難題,比以往任何時候都更需要國際合作和開放共享。中國堅定奉行互利共贏的開放戰(zhàn)略,愿同世界各國一道,攜手促進科技創(chuàng)新,推動科學技術更好造福各國人民。\n習近平強調(diào),北京要充分發(fā)揮教育、科技、人才優(yōu)勢,協(xié)同推進科技創(chuàng)新和制度創(chuàng)新,持續(xù)推進中關村先行先試改革,進一步加快世界領先科技園區(qū)建設,在前沿技術創(chuàng)新、高精尖產(chǎn)業(yè)發(fā)展方面奮力走在前列。", ["Z2"]),
    ("https://www.businessweekly.com.tw/magazine/Article_mag_page.aspx?id=11433", "zh-Hant",
     "從一九八○年代開始發展的中關村,有人稱它是中國矽谷。也有人不屑地說,那不過是台北市的光華商場。中國第一大電腦公司聯想在此發跡,如今也有很多外商、台灣公司競相至此。它究竟能有什麼發展?南方的上海,蘇州都在急起直追,大家都想成為中國的矽谷。中關村有優勢獨領風騷嗎?一群蟄伏在這個千年古城的台灣商人們,他們有哪些血淚,有哪些戰功?這是本期《商業周刊》關注的焦點。", []),
    ("http://paper.people.com.cn/rmrbhwb/html/2016-05/14/content_1678981.htm", "zh-Hans",
     "据新华社旧金山5月12日电 (记者徐勇)北京中关村发展集团海外子公司中关村(国际)控股公司11日在美国加利福尼亚州北部“硅谷”地区正式启用中关村硅谷创新中心。\n中关村硅谷创新中心以一座3层楼建筑为主体,占地面积超过6500平方米,地处距旧金山以南70多公里的圣克拉拉市,位于基础设施和配套服务设施最为成熟的区域。\n以建设中美高技术企业的跨境成长平台为定位,创新中心由中关村(国际)控股公司与美国C.M.资本投资公司合作设立,旨在助力美国硅谷高技术创新项目孵化加速,促进中美两国在技术创新领域的跨境服务和交流。", ["Z3", "Z3.6", "Z7", "Z7.4"]),
    ("http://m.adanworld.com/zc/756471.html", "zh-Hant",
     "2023年1-4月,中關村示范區監測的6956家規模(限額)以上重點企業(以下簡稱中關村企業),實現總收入2.2萬億元,比上年同期增長4.2%。實現技術收入5187.1億元,同比增長14.9%,技術收入占總收入比重為23.2%。\n1-4月,中關村企業研究開發人員合計59.1萬人,同比下降2.4%;研究開發費用合計1145.2億元,同比下降1.1%。", []),
    ("https://mip.lzyber.cn/blog/59Inu76Pd6j3q4-975.html", "zh-Hans",
     "中新社北京11月18日电 (记者 陈杭)18日在北京发布的“中关村指数2024”结果显示,北京中关村国家自主创新示范区(下称中关村)已形成新一代信息技术“万亿级”产业集群,医药健康、集成电路等9个“千亿级”产业集群。\n指数由北京方迪经济发展研究院、中关村创新发展研究院发布,旨在直观有效刻画中关村创新发展的新动态、新特点、新趋势。已连续13年向社会发布,成为表征中国高新区和高新技术产业发展的“晴雨表”和“风向标”。", ["Z4", "Z4.6"]),
    ("https://scholarmate.com/S/WahaA2", "zh-Hans",
     "从德胜科技园到中关村西城园,从建园面积2.9平方公里到如今拓展到10平方公里,从开园当年园区高新技术企业总收入仅有0.9亿元,到2018年突破3000亿元大关……作为首都中心城区的都市型科技园区,中关村西城园自2001年6月经科技部批准成立,2002年5月正式开园,经过18年的发展,不断自我完善、推陈出新,逐渐探索出一条独具特色的", []),
    ("http://www.bwgclm.cn/news/chanye/20240326/153314271143839434213053_2.shtml", "zh-Hant",
     "2、北京數字經濟規(guī)模擴大\n互聯網行業(yè)欣欣向榮,北京數字經濟規(guī)模持續(xù)攀升,發(fā)展位居全國前列。2023年北京實現數字經濟增加值18766.7億元,按現價計算,比上年增長8.5%,占地區(qū)生產總值的比重為42.9%,比上年提高1.3個百分點。其中,數字經濟核心產業(yè)增加值11061.5億元,增長10.8%,占地區(qū)生產總值的比重為25.3%,提高1.3個百分點。", []),
    ("https://kfqgw.beijing.gov.cn/zwgkkfq/yzxwkfq/202307/t20230727_3208233.html", "zh-Hans",
     "北京经济技术开发区,简称“北京亦庄”,是北京市唯一一个国家级经济技术开发区。\n北京经济技术开发区于1992年4月开工建设;1994年8月,经国务院批准为国家级经济技术开发区;2002年8月,经国务院批准扩区至46.8平方公里;2010年,市委、市政府授权开发区统一开发和管理大兴区12平方公里产业及配套用地,开发区实际管辖面积达到59.6平方公里;2019年1月26日,市委决定调整开发区管理体制,由开发区统一规划和开发建设亦庄新城,规划面积225平方公里。", []),
    ("https://www.bjwmb.gov.cn/yw/10029349.html", "zh-Hans",
     "在怀柔雁栖湖畔,一个周长1.36千米的“放大镜”形建筑群占据了967亩的区域,约90个足球场大小。今年3月14日,这里刚刚成功加速了装置的第一束电子束,向产生世界“最亮的光”又迈进了一步。\n从星辰大海到生命演化,人类对未知领域的探索离不开大科学设施。在怀柔科学城,一座座“大国重器”正在落成。其中,这个被称为“探测微观世界利器”的“放大镜”,格外引人注目。这将是我国第一台高能同步辐射光源,也将成为世界上亮度最高的第四代同步辐射光源之一。", ["B1"]),
]
WEB3_RELEVANT_EN = [
    ("http://en.people.cn/n3/2023/0526/c90000-20024127.html",
     "Xi said that the world is undergoing a new round of technological revolution and industrial transformation, and humanity needs greater international cooperation, openness and sharing than ever before in order to address problems in common development.\nHe urged the city of Beijing to fully leverage its advantages in education, science and technology, and talent resources, and to make coordinated efforts to promote technological innovation and institutional innovation, accelerate the construction of world-class science and technology parks, and strive to set the pace in the innovation of cutting-edge technology and development of high-tech industry.\nFounded in 2007, the Zhongguancun Forum has grown into a national-level open innovation platform and an international forum.", ["Z7", "Z7.7"]),
    ("https://pulsestacks.com/news/high-energy-synchrotron-radiation-source-to-emit-quot-first-light-quot-within-the-year.html",
     "On March 27th, it was learned from Beijing's Huairou District that the breakthrough in leading the integrated development of the Huairou Science City is accelerating. Within this year, the High-Energy Synchrotron Radiation Source, a major scientific facility in the Huairou Science City, is expected to emit its \"first light,\" while the urban living areas A and B plots are also set to commence full operations.\nThe High-Energy Synchrotron Radiation Source, as one of China's major scientific facilities, is a core facility of the Huairou Science City Large-scale Scientific Instrument Cluster jointly constructed by the Chinese Academy of Sciences and Beijing Municipality.", ["B1"]),
    ("http://covid-19.chinadaily.com.cn/m/beijing/zhongguancun/2012-03/14/content_14831705.htm",
     "The State Council aims to develop Zhongguancun, China's first independent innovation demonstration zone, into a globally influential technological innovation center.\nThe science park has been focusing on technological innovation, transforming the development mode, adjusting industrial structures, and maintaining a fast and stable economic growth in accordance with the Outline of the Development Plan for Zhongguancun Science Park (2011-2020). The Zhongguancun high-tech enterprises were estimated to achieve 1.9 trillion yuan ($300 billion) in revenue in 2011, a year-on-year increase of more than 20 percent.\nThe State Council consented to implement the \"1+6\" policy in Zhongguancun by the end of 2011. The \"1\" is to establish an innovation platform in Zhongguancun and the \"6\" refers to the new policies in disposition, dividend, equity incentives, taxation, research funding and high-tech enterprises accreditation.", ["Z2"]),
    ("https://merotribune.com/2023/08/31/beijing-e-town-highlighted-by-innovative-development/",
     "The Beijing Economic-Technological Development Area, or Beijing E-Town, located in Yizhuang, the southeast suburb of Beijing, has become a major force of the Chinese capital’s high-tech industry.\nWith just 0.35 percent of Beijing’s land, Beijing E-Town generates nearly 30 percent of the city’s industrial added value. It is home to four booming hundred-billion-yuan ($13.72 billion) industrial clusters in new-generation information technology, high-end automobiles, industrial internet, and biomedicine.", []),
    ("https://english.cas.cn/newsroom/research_news/201901/t20190111_203961.shtml",
     "China's High Energy Photon Source (HEPS) project moved one step closer to reality with approval of the HEPS Feasibility Study Report by the National Development and Reform Commission, China' s top economic planning body, on Dec. 28, 2018.\nHEPS will be one of the core facilities of Huairou Science City, located in Beijing's suburban Huairou District.\nIt will have a beam energy of 6 GeV and an ultra-low emittance ring-based synchrotron radiation light source, allowing China to join an elite global group of high energy synchrotron radiation light sources. It will offer strong support for research fields related to domestic needs and lead to revolutionary innovation in various industries.", ["B1"]),
    ("https://www.breakinglatest.news/news/playing-the-strongest-voice-of-openness-and-cooperation-written-at-the-closing-time-of-the-2023-zhongguancun-forum_guangming-com/",
     "Founded in 2007, the Zhongguancun Forum has, after years of development, become an important platform for global scientific and technological innovation exchanges and cooperation, and a shining business card for China‘s foreign exchanges and cooperation. The theme of the 2023 Zhongguancun Forum is “Open Cooperation Shared Future”, which further demonstrates the confidence and sincerity of my country’s open cooperation in science and technology.\nExtensive international participation has made this “golden business card” for global scientific and technological exchanges and cooperation more and more polished.\nThis year’s forum attracted more than 5,000 scientists, entrepreneurs, investors, and innovative entrepreneurs from 86 countries and regions around the world, and more than 200 foreign organizations and institutions participated in the event.", ["Z7", "Z7.7"]),
    ("https://wb.beijing.gov.cn/en/express/202406/t20240606_3706150.html",
     "On April 12, the \"Foreign Journalists Visit Beijing 2024 – Changping District Special Event\" was held. One hundred journalists from 91 countries including the United Arab Emirates, Brazil, Russia, Hungary, and India visited the Future Science City, Xiaotangshan Modern Agricultural Science Demonstration Park, and Beijing Changping Vocational School (CPVS). They gained a comprehensive insight into the development progress of Changping District, and applauded Beijing’s first-class innovation ecosystem and the achievements of its open development.\nAt the exhibition hall of the Future Science City, officials from Changping District briefed the journalists on the background, overall planning, talent attraction, and operational mechanisms of the Future Science City, and highlighted the development of two key industries, namely advanced energy and biomedicine.", []),
    ("https://www.laitimes.com/en/article/6my4j_73af5.html",
     "The \"Construction Plan\" deploys key tasks from five aspects: building a world-leading source of original innovation, building a world-class high-level talent gathering place, cultivating world-class innovative enterprises, building an industrial cluster with world influence, and creating an open innovation ecology with global competitiveness, so as to build Zhongguancun into the main position of the construction of Beijing International Science and Technology Innovation Center, a breakthrough in the coordinated development of Beijing-Tianjin-Hebei, and a leader in China's high-quality development. It is a key hub of the global innovation network, effectively supporting the construction of a scientific and technological power and a manufacturing power, and contributing to the construction of Chinese-style modernization.", ["Z1", "Z2", "Z4", "Z6", "Z7"]),
    ("https://www.ciftis.org/article/10575495315976192.html",
     "The Plan for Building Beijing into an International Scientific and Technological Innovation Center during the 14th Five-year Plan Period was released by The Beijing Municipal Committee of the CPC and the People's Government of Beijing Municipality. According to the plan, Beijing will be built into an International scientific and technological innovation center by 2025 and it will become a major world center for science and innovation.\nIn building Beijing into an international \"innovation highland\", Beijing will lead the world in cutting-edge technologies including artificial intelligence, quantum information and biotechnology, and break through a number of bottlenecks of technologies by developing high-end technological industries and cultivating future industries with high potential.", ["B2"]),
    ("https://english.beijing.gov.cn/latest/lawsandpolicies/202203/t20220328_2640584.html",
     "Q: Which kind of enterprises are the Opinions applicable to?\nA: The Opinions include the current 45 overseas talent entrepreneurship parks in the Zhongguancun National Demonstration Zone and all overseas talent entrepreneurship enterprises in the parks.\nQ: What are the main focuses of the Opinions?\nA: The Opinions has proposed 17 specific measures covering six aspects to promote the construction of overseas talent entrepreneurship parks.\nFirst, it will establish and improve the working system of overseas talent entrepreneurship parks. This mainly includes clarifying the functions and standardizing the evaluation management of overseas talent entrepreneurship parks.", ["Z6", "Z6.9"]),
    ("https://en.webrwanda.com/2024/04/changping-keystone-of-innovation-and.html",
     "At the heart of Changping's transformation is its emergence as a leading science city. The district boasts 56 national, provincial, and ministerial key laboratories, alongside 210 engineering technology centers, creating a robust environment for research and development.\nThis scientific prowess is underscored by the presence of 37 listed enterprises and more than 2,000 high-tech companies, including 464 enterprises focusing on special and sophisticated technologies that produce novel products. Among these, 26 are recognized as unicorn and potential unicorn enterprises.\nChangping's role in global science is further cemented by the establishment of the first national laboratory in life sciences and a pioneering national laboratory in energy research.", ["B1"]),
    ("https://english.beijing.gov.cn/beijinginfo/sci/latesttrend/latesttrendlist/202111/t20211129_2547302.html",
     "In\nNovember 2018, the Beijing Municipal Science & Technology\nCommission and Haidian District launched the Beijing Academy of\nArtificial Intelligence (BAAI) to provide support for scientists\nmaking strides in the “unexploited field” of cutting-edge AI\ntechnology, challenging the most fundamental and the most crucial\nproblems, and making transformative and disruptive breakthroughs.\nSince its establishment three years ago, the BAAI has assisted in publishing more than 1,470 papers in world-class international academic exchange meetings and journals, filing applications for 78 Chinese patents, obtaining 44 invention patent grants, and registering 24 software copyrights in accumulative total.", ["B1"]),
    ("http://en.people.cn/n3/2017/0117/c90000-9168148.html",
     "Beijing's Zhongguancun Science Park has taken the lead in allowing innovative and entrepreneurial talents to obtain permanent residence by accumulating points in China, Thepaper.cn reported on Jan. 16.\nZhongguancun recently ended its points accumulation pilot program, with the first batch of 45 foreign workers receiving assessment recommendation letters. The point assessment work is mainly for foreign workers at startups and technical workers hired by enterprises in Zhongguancun Science Park.", ["Z6"]),
    ("http://en.qstheory.cn/2023-05/19/c_887638.htm",
     "BEIJING -- China's Ministry of Science and Technology issued a work plan on Wednesday to build Beijing into a major international sci-tech innovation center in the world by 2025.\nThe plan was jointly formulated by 12 departments, with the aim of accelerating sci-tech self-reliance, supporting high quality development, and transforming the city into a major science center and global innovation hub.\nThe plan defines the development goals of making Beijing a source of technological innovation in cutting-edge science and emerging industries, and a location for the convergence of global innovation elements.", []),
    ("https://www.szzg.gov.cn/2025/english/digitalnews/202507/t20250707_5044222.htm",
     "Beijing is leveraging the powerful synergy between its millennia-old cultural heritage and the digital revolution, placing itself at the forefront of the global scientific and technological revolution and industrial transformation. The city is making steady progress toward becoming a benchmark for the global digital economy. In 2024, the added value of Beijing’s digital economy exceeded 2.2 trillion yuan, marking a 7.7% year-on-year increase, with the added value of core digital industries growing by 10.1%.", []),
    ("http://www.xinmeiw.com/a/202508/28/WS68b000f6a3108622abc9da49.html",
     "More than 40 national-level key laboratories will relocate to Beijing's Changping district, bolstering the capital's ambition to become a global hub for science and technology, according to district head Liu Xiaodong.\n\"Benefiting from the move, Changping is expected to become a new high-tech engine in China as well as in the world,\" he said.\nBordering the city's high-tech center of Haidian, Changping already hosts one-third of Beijing's national key laboratories and has the largest concentration of universities and working-age talent in the capital.", ["B1"]),
    ("http://english.www.gov.cn/policies/latest_releases/2016/09/18/content_281475445009185.htm",
     "The State Council on Sept 18 released a plan to push ahead building a national sci-tech innovation hub in the capital Beijing, growing it into a leading role in the country’s innovation drive and in the coordinated development with its neighboring regions.\nMainly based at Zhongguancun’s innovation demonstration zone, Beijing will build an overall innovation system with science and technology at the core, according to the circular. It will also expand reform to remove institutional obstacles.\nThe plan puts forward three goals that will be phased in. By 2017, a primary innovation hub will be set up. By 2020, Beijing will see a complete sci-tech innovation system, leading the country’s R&D and being the booster for the Beijing-Tianjin-Hebei area’s innovation drive. By 2030, it will be an important force of global innovation network.", []),
    ("https://en.wikipedia.org/wiki/Future_Science_Park",
     "The Future Science Park, also known as Future Science City, is situated along the Wenyu River in Changping, about 30 kilometers north of downtown Beijing. It is one of three major science parks in the metropolitan Beijing, designed to host campuses of high-tech companies and research institutes, thereby establishing a hub for science, technology, and innovation in China. Originally planned in 2009, it adopted its current name in 2017. The park is conveniently connected to downtown Beijing via Line 17 of the subway.", []),
    ("http://english.ihep.cas.cn/prs/ns/201610/t20161019_168824.html",
     "Covering an area of 13 km2 on the outskirts of Beijing, the new national lab will comprise three major research facilities: the Synergetic Extreme Condition User Facility (SECUF), the Beijing Advanced Photon Source (BAPS) and the Earth System Simulator. It will also feature five “research platforms” that focus on accelerator technology, clean energy, materials genome, environment science and brain science.\n“After seven to eight years of construction, the lab will house some 3000 employees, a scale similar to Argonne or Oak Ridge national laboratories,” says Hong Ding, chief scientist at CAS’s Beijing National Laboratory of Condensed Matter Physics. “It is time China had its own national labs to this scale.”", ["B1"]),
    ("https://jxxfw.com/periodical/08a560e3afb5935fd8a5346da1111dc1.html",
     "Zhongguancun core area from the south west of Beijing Avenue, north to the planning of a ring road, west of the Jingmi diversion canal, east Badaling Expressway, with a total area of about 75 square kilometers. Including the Chinese Academy of Sciences, Peking University, Tsinghua University and Zhongguancun Business Center. The region is the first new technology development zone after the reform and opening up. The industrial cluster formed with electronic information, biomedicine, environmental protection, new materials, aerospace technology, optical, mechanical and electrical integration has formed a business center of Zhongguancun as a leader Including Software Park, College of Life Sciences, Shangdi Industrial Base, Yongfeng Industrial Base, Tsinghua Science Park and Peking University Science Park.", []),
]
# traps: (kind, url, language, text); all irrelevant
WEB3_TRAPS = [
    ("zol", "https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=http%3A%2F%2Fgo.zol.com%2Ftopic%2F3056591.html&source=url&to=en", "en",
     "Zhongguancun Online home page | Product quotation | forum | special | Journalism | video | Mobile phone software | Software download | ZOL client\nConsumer protection\n• Real time monitoring and real quotation\n\"True quotation\" refers to the true description of the price of the goods sold in ZOL Mall and other relevant information made by the merchant, and the merchant is responsible for proving the information. When a consumer places an order to purchase a new commodity in ZOL Mall, if the merchant fails to comply with the commitment, ZOL Mall has the right to compensate consumers who have suffered losses as a result according to the publicity provisions."),
    ("mall", "http://chinese.blogs.wm.edu/2013/07/30/zhongguancun-final-project/", "en",
     "Zhongguancun is located in the Northwest part of Beijing about two miles from Tsinghua University.  It is home to many businesses in China such as Lenovo, Google, and Microsoft. The area has five electronic markets, hotels, restaurants, and apartment buildings.   I researched at the Dinghao Market which has about ten bus lines to take shoppers to the front of the building along with a subway station in the basement.\nThe Dinghao Market (鼎好商城, Dinghao Shangcheng) has stores on seven floors, two of them being in the basement."),
    ("rental", "http://www.hellooffice.cn/FangInfo_Show-206", "zh-Hans",
     "中关村:科创驱动去化加速\n“以价换量”策略叠加科创浪潮,促成了以字节跳动为首的互联网、人工智能等科技企业在中关村的多笔大宗交易,带动该商务区空置率持续下降,上半年累计去化面积达7.6万平米,领先全市平均水平,表现亮眼。"),
    ("restaurant", "http://www.hfjinjia.cn/DaXueMingDan/92076_2.html", "zh-Hant",
     "西部過(guò)去一向是被美食遺忘的角落,過(guò)去你很難在西邊想起什么好吃的地方,在海淀那就更難了。但是,現(xiàn)在西部卻是餐飲業(yè)者的聚寶盆,是北京餐飲業(yè)新的增長點(diǎn)。\n北京一向有東富西貴之稱,西部有眾多的國家大機(jī)關(guān)、大媒體,還有許多軍隊(duì)機(jī)構(gòu)北京特產(chǎn)小孩子吃,他們的消費(fèi)力都不比東邊差,再加上中關(guān)村新興經(jīng)濟(jì)的快速增長,北京餐飲業(yè)再也不能忽視西邊了。\n過(guò)去,在西邊也有一些美食集中的地方,比如甘家口、魏公村的兩個(gè)新疆村,北京人就是從那里開始接觸并喜歡上新疆飯的。"),
    ("hangzhou", "http://hkwb.net/news/content/2017-09/20/content_3348136_0.htm", "zh-Hans",
     "海口网9月20日杭州电(见习记者周德晓 符文雅 摄影报道)杭州未来科技城,定位为科技资源充分聚集、体制机制充满活力、公共服务便利优质、创业创新高度活跃的人才特区和科技新城。\n杭州未来科技城(海创园)规划面积123.1平方公里(其中重点建设区面积49.5平方公里),是浙江省、杭州市和余杭区三级重点打造的高端人才集聚区、体制改革试验区和自主创新示范区。"),
    ("wuhan", "http://jyjlsz.com/content/2024-06/06/content_18013433.html", "zh-Hant",
     "作為我國第一根光纖的誕生地、國家光電子信息產(chǎn)業(yè)基地,被譽(yù)為“中國光谷”的湖北武漢東湖新技術(shù)開發(fā)區(qū)在光電子信息產(chǎn)業(yè)領(lǐng)域獨(dú)樹一幟。\n新時(shí)代以來,中國光谷持續(xù)推動(dòng)創(chuàng)新突破、發(fā)展突圍、建設(shè)突進(jìn),地區(qū)生產總值接連跨越1500億、2000億、2600億元大關(guān),企業(yè)數(shù)量從1.7萬家增至12.7萬家,光電子信息產(chǎn)業(yè)規(guī)模超5000億元。\n截至2023年,中國光谷擁有國家級(jí)孵化器28個(gè),以企業(yè)為主體的國家級(jí)創(chuàng)新平臺(tái)76家,形成了“重大科技基礎(chǔ)設(shè)施+國家創(chuàng)新中心+湖北實(shí)驗(yàn)室+新型研發(fā)機(jī)構(gòu)”戰(zhàn)略科技力量矩陣。"),
    ("hefei", "http://news.ustc.edu.cn/info/1052/36977.htm", "zh-Hans",
     "中新社合肥2月27日电 (记者 吴兰)合肥综合性国家科学中心暨量子信息与量子科技创新研究院建设动员大会2月27日在合肥高新区举行,标志着合肥综合性国家科学中心正式启动建设。\n今年1月,国家发改委和科技部复函同意安徽省建设合肥综合性国家科学中心,成为继上海之后国家正式批准建设的第二个综合性国家科学中心,标志着安徽在中国创新大格局中占据了重要地位,成为代表国家参与全球科技竞争与合作的重要力量。"),
    ("taiwan", "https://ec.ltn.com.tw/article/breakingnews/5188934", "zh-Hant",
     "〔記者洪友芳／新竹報導〕新竹科學園區公布2025年上半年營業額為新臺幣0.82兆元，較2024年上半年0.74兆元成長11.47%，為史上同期次高，整體進出口貿易總額較2024年同期成長10.7%。竹科管理局指出，受惠於AI產業蓬勃發展，加上創新生態聚落綜效賦能，帶動竹科半導體完整供應鏈及國際合作商機持續提升。"),
    ("zhangjiang", "https://english.pudong.gov.cn/2023-04/24/c_879919.htm", "en",
     "Zhangjiang Science City, formerly known as the Zhangjiang Hi-tech Park, was established in July 1992. It now has a total area of 95 square kilometers, and is expected to be expanded to about 220 sq km during the 14th Five-Year Plan period (2021-25) .\nA number of high-end industries have settled in Zhangjiang, including integrated circuit (IC), bio-pharmaceutical and software service companies. Zhangjiang has also given great support to new industries, businesses and technology."),
    ("shenzhen", "http://guangdong.chinadaily.com.cn/2019-09/03/c_511315.htm", "en",
     "The business grew quickly and moved its headquarter to the Nanshan district. Today, Tencent, the owner of WeChat, is a global gaming and messaging colossus.\n\"Tencent's grows path is as fast as the development of Shenzhen,\" Ma was quoted as saying by the Nanfang Daily newspaper.\nTencent is not alone. According to the Shenzhen Statistics Bureau, there are more than 150 listed companies and 3,500 national-level high-tech enterprises in Nanshan."),
    ("national", "http://gjgxy.cn/m/shownews.php?id=1173", "zh-Hans",
     "2021年03月13日公布的《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》第五章、第六章和第七章分别从企业主体、人才激励和知识产权运用三个方面强化科技成果转化。\n1、支持企业转化科技成果\n第五章第三节提出:“创新科技成果转化机制,鼓励将符合条件的由财政资金支持形成的科技成果许可给中小企业使用。推进创新创业机构改革,建设专业化市场化技术转移机构和技术经理人队伍。完善金融支持创新体系,鼓励金融机构发展知识产权质押融资、科技保险等科技金融产品,开展科技成果转化贷款风险补偿试点。”"),
    ("passing", "https://m.fx361.cc/news/2022/1112/13151731.html", "zh-Hans",
     "实施创新发展战略,加快建设区域创新体系,塑造更多依靠创新驱动、更多发挥先发优势的引领性发展,是新时期推进区域创新发展能力的必由之路。国家高新区是区域创新体系的重要载体,自20世纪90年代以来,以北京中关村、杭州高新区等为代表的国家高新区对地区发展的带动作用不断加强,推动国家创新体系与区域创新体系建设取得了重大进展。新时期,国家高新区构建以政府、企业、科研机构为创新主体的区域创新体系,为区域创新活动创造有利条件和机制环境,增强区域创新能力,是推动区域创新发展的必然选择。"),
    ("gadget", "http://www.www134rr.com/129432.html", "zh-Hant",
     "不過在筆記本電腦行業(yè),觸屏還遠(yuǎn)遠(yuǎn)沒到普及的地步。\n即便是蘋果這種“基于觸屏改變世界”的企業(yè),也沒有讓旗下的MacBook筆記本搭載觸屏功能,看來觸屏和筆記本電腦的相性不佳。\n那么「觸屏」對于筆記本電腦就完全沒有意義嗎?\n也不是這樣,今天我們就用一臺「觸屏筆記本」為例,來簡單分析一下:"),
    ("rental", "http://learnwithfaith.com/article/7696944.html", "zh-Hant",
     "仲量聯(lián)行7月5日公布的報告顯示,今年二季度,北京甲級寫字樓空置率達到9.8%,空置率下降幅度為0.4%,較第一季度收縮1.1個百分點。\n另外,當季度甲級寫字樓租金環(huán)比下降0.2%,同比微漲0.5%,全市9個子市場中,4個子市場出現(xiàn)租金負增長。\n當季凈吸納量約為4.7萬平方米,環(huán)比一季度下降了三分之二。租戶需求來源以內(nèi)資租戶的搬遷和擴張為主,外資租戶大部分維持現(xiàn)狀,或者出現(xiàn)縮減面積。\n中關村與金融街市場業(yè)主空置壓力加大,中關村已經(jīng)出現(xiàn)超過10萬平方米辦公樓面積空置,另外20家金融街租戶出現(xiàn)外遷,涉及8萬平方米以上辦公面積。"),
    ("restaurant", "https://wxc.luwanzi.com/myblog/10650/200605/854.html", "zh-Hans",
     "从东三环国贸向北,一直延伸到三元西桥附近,是北京美食的中心,在这一区域中有\n各种档次的各种风味的美食,不少美食潮流就是从这里开始的。\n在国贸地区,皇城老妈是四川火锅的代表之一,与一般四川火锅的平民化相比,\n皇城老妈走的是高档火锅路线,对环境、对菜品档次都非常注意。在中服大厦二楼,\n金山城重庆菜是这一地方最有名的餐厅,无论是泡椒系列、糊辣系列、各种烧菜,还\n是毛血旺以及各种四川小吃都让人垂涎。"),
    ("wuhan", "https://wikiwand.com/zh/articles/%E6%AD%A6%E6%B1%89%E4%B8%9C%E6%B9%96%E6%96%B0%E6%8A%80%E6%9C%AF%E4%BA%A7%E4%B8%9A%E5%BC%80%E5%8F%91%E5%8C%BA", "zh-Hans",
     "武汉东湖新技术开发区,简称东湖新技术开发区、东湖高新区等,是中国湖北省武漢市下辖的一个国家级高新区。武汉东湖新技术产业开发区于1988年成立,1991年被国务院批准为首批国家级高新技术产业开发区;2001年成为国家光电子产业基地,并称为“武汉·中国光谷”[1];2007年被国家发改委批准为国家生物产业基地;2009年被国务院批准为全国第二个国家自主创新示范区;2011年被中组部、国务院国资委确定为全国四家“中央企业集中建设人才基地”之;2017年4月,东湖高新区部分区域成为中国(湖北)自由贸易试验区的一部分。"),
    ("hefei", "http://zhangyongbushen.cn/view-2150.html", "zh-Hant",
     "合肥綜合性國家(jiā)科學中心建設是一項國家(jiā)戰略。一年來(lái),我省先後印發《合肥綜合性國家(jiā)科學中心實施方案(2017-2020年)》等多(duō)個(gè)指引性文件,确立“2+8+N+3”多(duō)層次創新體(tǐ)系和(hé)建設路徑。在争創國家(jiā)實驗室方面,将争創量子信息科學國家(jiā)實驗室作(zuò)為(wèi)科技(jì)創新“一号工程”。"),
    ("taiwan", "https://focustaiwan.tw/business/202409250021", "en",
     "Taipei, Sept. 25 (CNA) Taiwan's three science parks achieved a record-high turnover of NT$2.16 trillion (US$50.20 billion) in the first half of 2024 driven in part by the global artificial intelligence boom, the National Science and Technology Council (NSTC) minister said Wednesday.\nAt a press conference in Taipei, Wu Cheng-wen (吳誠文) noted that the total turnover of the Hsinchu, Central Taiwan, and Southern Taiwan science parks for 2024 is expected to hit NT$4.5 trillion."),
    ("zhangjiang", "http://hbzqbyyxgs.com/citiao/949682.html", "zh-Hant",
     "張江高(gao)(gao)科(ke)技(ji)園(yuan)區初步形(xing)成了(le)以信息技(ji)術、生物(wu)醫(yi)藥為重點的主導產業集(ji)群,引(yin)進了(le)上(shang)海(hai)(hai)光源、國家蛋白質設施(shi)、上(shang)海(hai)(hai)超算中(zhong)(zhong)心、張江藥谷公(gong)共服務平臺、上(shang)海(hai)(hai)科(ke)技(ji)大學、中(zhong)(zhong)醫(yi)藥大學、李政(zheng)道研究所、中(zhong)(zhong)科(ke)院(yuan)高(gao)(gao)等研究院(yuan)、中(zhong)(zhong)科(ke)大上(shang)海(hai)(hai)研究院(yuan)等眾多高(gao)(gao)校及研究機(ji)構,科(ke)技(ji)創新(xin)優勢突出。"),
    ("suzhou", "http://msn.finance.sina.com.cn/gdxw/20111122/1129472349.html", "zh-Hans",
     "近些年,苏州先后培育建设了多个生物科技孵化、研发载体、平台,其中尤以苏州工业园区生物纳米科技园的成绩最为突出。\n苏州生物纳米科技园被海归们誉为培育中国生物医药大鳄的“星工场”。自2007年6月正式开园以来,生物纳米园已聚集各类企业超过160家,形成了生物医药、诊断技术和医疗器械、生物医药研发服务外包、纳米技术等几大产业集群。"),
    ("national", "http://xsypw.cn/d/964873.html", "zh-Hant",
     "科技強國建設是現代化強國建設的戰略支撐。文章從中國建設科技強國的意義出發,總結了科技強國建設的國際經驗和我國建設中國特色科技強國的歷史進程,分析了我國現代化建設與科技強國建設長期性和階段性的統一關系,探討了新時代科技強國建設的階段性任務。文章提出,在新的歷史起點上建設科技強國,要進一步提高科技創新要素質量,構建現代化國家創新體系,完善科技強國建設的保障措施。"),
    ("national", "http://cn.chinagate.cn/news/2024-08/07/content_117342007.shtml", "zh-Hans",
     "中国网/中国发展门户网讯 党的二十大报告指出,“实现高水平科技自立自强,进入创新型国家前列”“建成现代化经济体系,形成新发展格局,基本实现新型工业化”。2023年9月,习近平总书记在黑龙江考察时指出,“整合科技创新资源,引领发展战略性新兴产业和未来产业”。2023年12月召开的中共中央政治局会议进一步强调,“以科技创新引领现代化产业体系建设”。2024年1月,工业和信息化部等7部门提出推动未来产业创新发展的实施意见,指出“把握新一轮科技革命和产业变革机遇,围绕制造业主战场加快发展未来产业,支撑推进新型工业化”。"),
    ("hefei", "https://freewechat.com/a/MjM5OTQ2NDE3Ng==/2649518815/1", "zh-Hans",
     "大科学装置是开展基础研究的利器,科学城则是其重要承载空间,建设科学城已成为一个地区乃至国家赢得未来的制胜之道。\n环顾国内先发城市,北京怀柔、上海张江、深圳光明等均已强势入局,吹响科学城建设号角。\n放眼国际,美国斯坦福科学城、日本筑波科学城、德国阿德勒斯霍夫科学城……都成为大学、科研机构和产业创新资源的集聚地。\n大风泱泱,大潮滂滂。举全市之力,合肥正打造世界一流未来大科学城。"),
    ("national", "http://www.syxj.com.cn/china/2016-07/21/content_26173493.htm", "en",
     "China aims to become an innovation powerhouse by 2020, according to a newly adopted national plan on scientific and technological innovation during the 13th Five Year Plan period (2016-20).\nThe plan was approved on Wednesday at a State Council executive meeting presided over by Premier Li Keqiang.\nAccording to the plan, the country will begin implementing a series of key scientific and technological innovation projects. It puts research emphasis on areas that will contribute to China’s industrial upgrading and new economy, including modern agriculture, clean and efficient energy and fifth-generation mobile telecommunication. A number of innovation zones will be established, with Beijing and Shanghai pioneering the effort."),
    ("passing", "http://fenestration.bauchina.com/en/index/Exhibitors/Exhibitor-services/Welcome-to-Shanghai", "en",
     "Beijing covers a total area of 16,807.8 square kilometers, with Junrendu Mountain in its north and Western Hills in its west. Dongling Mountain, which borders on Hebei Province, is the highest peak in Beijing with an altitude of 2,303 meters. Beijing has three large reservoirs: Miyun, Huairou and Shisanling (Ming Tombs); and five major rivers, Chaobai, North Canal, Yongding, Juma and Tanghe.\nBeijing's climate is that of temperate continental monsoon. In November, winter comes to Beijing, with a dry and cold climate and less snow."),
]
add_web_round("web3", WEB3_RELEVANT_ZH, WEB3_RELEVANT_EN, WEB3_TRAPS)

# --- added round 4: more real web text (short excerpts with their URLs, found with the project's
# page search), stressing relevant pages that never name 中关村 (Huairou national science centre,
# national labs in Beijing, new-type R&D institutions, digital-economy benchmark city, three cities
# and one area) and traps that share the plans' vocabulary (other cities' science cities and
# national science centres, national lab-system texts).  Labels were written down before anything
# was scored; none of these rows was run through the classifier.  Split rule fixed in advance, as
# in rounds 2 and 3: within each group (relevant zh, relevant en, traps), in the listed order, even
# positions (0-based) -> tune, odd -> holdout.  Pages that repeat the same event in another
# language (same story in zh and en) were left out so that the two halves stay independent.
# Labels (README rules, rounds 2-3 readings): B1 where the excerpt states a national lab in Beijing,
# the Huairou national science centre / its facilities, or a Beijing new-type R&D institution's
# founding or role (named as such, or as set up / funded by Beijing, or as part of the centre);
# no code when such an institution only reports results or hosts an event; B2 Beijing's push to
# lead in AI; Z2.3 Zhongguancun sci-tech finance (incl. IP pledge financing, named in 004's Z2.3
# paragraph); Z2.2 the Zhongguancun talent special zone; Z5 the park layout; Z7.7 the ZGC Forum.
WEB4_RELEVANT_ZH = [
    ("http://paper.sciencenet.cn/htmlnews/2020/6/440827.shtm", "zh-Hans",
     "今年以来,北京怀柔综合性国家科学中心建设全速推进。截至目前,29个重大科技项目中,土建工程完工6个,正在施工建设19个,前期手续办理4个。\n“这些重大科技项目的开工建设和投入使用,将进一步壮大北京怀柔综合性国家科学中心重大科技研发平台集群,构成大科学装置、科技研发平台、创业孵化平台、成果转化平台高效协同的支撑格局。”怀柔科学城管委会相关负责人介绍。", ["B1"]),
    ("https://ppfocus.com/0/ed664c99f.html", "zh-Hant",
     "10月30日,北京懷柔綜合性國家科學中心建設取得重大進展,中國科學院物理研究所懷柔園區在北京懷柔舉行啟用儀式,國家重大科技基礎設施綜合極端條件實驗室裝置、材料基因組研究平臺和清潔能源材料研發與綜合測試平臺(即「一裝置兩平臺」)宣布啟動試運行,率先進入科研狀態。\n中科院物理所懷柔園區佔地230畝,建築面積118000平,坐落於北京懷柔科學城核心區。", ["B1"]),
    ("http://quickersubmitter.com/xintu/16839.html", "zh-Hant",
     "2017年,國(guó)家發(fā)展改革委批復(fù)北京懷柔綜合性國(guó)家科學(xué)中心建設(shè)方案。\n北京懷柔綜合性國(guó)家科學(xué)中心立足建成世界級(jí)原始創(chuàng)新承載區(qū)的戰(zhàn)略定位,圍繞服務(wù)北京率先建成國(guó)際科技創(chuàng)新中心,以建設(shè)百年科學(xué)城為目標(biāo),在重大項(xiàng)目推進(jìn)、科技成果產(chǎn)出、創(chuàng)新生態(tài)構(gòu)建、城市功能完善等方面取得了階段性進(jìn)展,活力初現(xiàn)。", ["B1"]),
    ("https://gnis.org.cn/newsShow?id=1887026262233452544", "zh-Hans",
     "作为国家战略科技力量的重要组成部分,昌平实验室始终秉持“引领、求真、担当、奉献”的精神,成立四年来已取得一系列重大创新成果。同时,实验室始终坚持以人为本,着力营造尊重人才、鼓励创新、包容开放的科研环境,为人才提供施展才华的广阔舞台。", ["B1"]),
    ("https://www.medvalley.cn/yiliaojiankang/43396.html", "zh-Hans",
     "3月22日,北京脑科学与类脑研究中心(以下简称北京中心)在北京正式宣告成立,建设工作全面启动。这既是北京落实中央关于设立“国家科技创新—2030”重大项目的战略部署,也是加强全国科技创新中心建设的又一重要举措。", ["B1"]),
    ("https://www.bbtnews.com.cn/2024/0805/524700.shtml", "zh-Hans",
     "在大模型领域,智源是全球唯一没有背靠大厂的非企业研究机构,也是国内最早系统布局大模型技术研发、开源生态建设、人才培养和企业培育的新型研究机构。\n2019年,智源开始布局大模型,2020年组建悟道攻关团队、启动大模型研发。2021年3月首发悟道1.0大模型,6月又拿出了悟道2.0,智源用1.75万亿的参数创造了当时“世界最大”大模型纪录,是OpenAI彼时最先进的大模型GPT-3参数量的10倍。", ["B1"]),
    ("http://m.bl66aa.com/shenghuo/2021/1122/26765.html", "zh-Hant",
     "研發(fā)出我國(guó)首個(gè)萬(wàn)億級(jí)參數(shù)的超大規(guī)模智能模型“悟道”,首次實(shí)現(xiàn)基于相變存儲(chǔ)器的神經(jīng)網(wǎng)絡(luò)高速訓(xùn)練系統(tǒng),運(yùn)營(yíng)匯集全球超10萬(wàn)AI科研及技術(shù)人員的學(xué)術(shù)社區(qū)……這些人工智能領(lǐng)域的矚目成就,由一個(gè)成立僅三年的年輕研究院所創(chuàng)造,也折射出北京在人工智能原始創(chuàng)新領(lǐng)域的超前布局迎來(lái)了收獲期。\n在傳統(tǒng)科研模式下,以這樣的速度完成這樣一項(xiàng)重大科研項(xiàng)目,幾乎難以想象。但新型研發(fā)機(jī)構(gòu)打破“院墻”的全新機(jī)制,以需求和問(wèn)題導(dǎo)向布局重大科研任務(wù)并快速論證啟動(dòng)的科研組織形式,讓不可能變成了現(xiàn)實(shí)。", ["B1", "B2"]),
    ("http://capepiratesrugby.com/cm/201706/t20170602_4603644.shtml", "zh-Hant",
     "京城東北,燕山南麓,將冉冉升起一顆閃耀世界的科技創(chuàng)新之星。6月1日,北京市發(fā)改委相關(guān)負(fù)責(zé)人詳解懷柔科學(xué)城規(guī)劃,未來,北京懷柔綜合性國家科學(xué)中心將以懷柔科學(xué)城為載體進(jìn)行建設(shè),“一核四區(qū)”的空間功能布局,將打造國家科學(xué)中心的基底。", ["B1"]),
    ("https://e-chinaedu.cn/html/science/2023/05-25/c_103919.shtml", "zh-Hans",
     "2023中关村论坛5月25日拉开帷幕。自2007年创办以来,中关村论坛已成功举办13届。本届论坛将办成推动全球开放创新、合作共享的科技盛会。今年的中关村论坛进一步突出国家级、前沿性、国际化等特点,将举行55场平行论坛,探讨前沿话题、聚焦科技热点、推动共治共享。", ["Z7", "Z7.7"]),
    ("http://news.sheshi.biz/20210329/2825948.html", "zh-Hans",
     "人民网北京12月28日电(董兆瑞) 今天上午,怀柔科学城16个科学设施平台项目和6个城市服务配套项目,共计22个重点项目集中启动建设。这标志着布局怀柔科学城的26个科学设施平台在“十三五”时期提前一年全部启动,也标志着怀柔科学城进入城市框架全面展开、扎实起步的新阶段。", ["B1"]),
    ("http://tansuo.caiding5.cn/news/119718.html", "zh-Hans",
     "7月26日,为期两周的2024国际基础科学大会,在位于怀柔科学城的北京雁栖湖应用数学研究院落幕。通过本届大会的平台,又有多位国际优秀科学家决定来到该院进行科研工作。\n在去年举行的首届国际基础科学大会上,北京雁栖湖应用数学研究院正式开园并成为大会主场地,在国际上打响了知名度。", []),
    ("https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/fuwu/lqfw/ztzl/xzscl/yw/202411/t20241121_3947078.html", "zh-Hant",
     "坐落於北京海淀的“北京量子資訊科學研究院”(以下簡稱“北京量子院”),就是這樣一個凝聚眾多人才與技術的“量子世界”。“北京量子院成立初衷就是要把北京量子科技研發方面人才分散力量給集中起來,以我們這裡為中樞節點,為國家量子科技發展作出貢獻。”北京量子院執行院長常凱説。\n近年來,北京量子院接連産出世界級科技領域成果。", ["B1"]),
    ("https://okapi.books.com.tw/article/4087", "zh-Hant",
     "全世界五百大科技企業累計已有67家進駐中關村, 開辦子公司或成立研發中心,中關村正朝全球研發中心邁進。\n中關村是中國的矽谷,也是過去二十多年來中國科技產業的搖籃, 它的崛起具體而微地呈現出這段時間中國整個社會演進的過程,其中最顯著的脈絡之一就是:民間推著著政府向前走。", []),
    ("http://shizheng.xilu.com/20240607/1000010001238446_1.html", "zh-Hans",
     "转与变,是当下中关村奏响的主旋律。\n最新出炉的《中关村世界领先科技园区建设方案(2024-2027年)》为中关村指明了新目标——2027年初步建成世界领先科技园区,2035年全面建成世界领先科技园区。\n平均每5分钟,就有一家科技型企业在北京诞生。这是中关村引领下的创新速度。", []),
    ("http://m.zgkjsz.com/page/2014/1017/21669811.shtml", "zh-Hant",
     "2011年4月23日,中關(guān)村知識(shí)產(chǎn)權(quán)促進(jìn)局與上海浦東發(fā)展銀行北京分行、中國人民財(cái)產(chǎn)保險(xiǎn)股份有限公司深圳市分公司,簽署了《中關(guān)村知銀合作框架協(xié)議》和《中關(guān)村知保合作框架協(xié)議》。", ["Z2", "Z2.3"]),
    ("http://zonghe.zhoukan.cc/zonghe/2021/0915/41866.html", "zh-Hans",
     "知识产权质押融资可帮助科技型中小企业解决因缺少不动产担保而带来的资金紧张难题。目前,质押融资中心已办理专利权质押融资金额3090万元。\n2021年3月,北京市科委、中关村管委会印发《关于建立实施中关村知识产权质押融资成本分担和风险补偿机制的若干措施》,已开展中关村知识产权质押融资风险补偿支持资金项目征集工作。", ["Z2", "Z2.3"]),
    ("https://m.sinotf.com/News/index/id/63647.html", "zh-Hans",
     "2011年1月,国务院批复同意了《中关村国家自主创新示范区发展规划纲要(2011~2020年)》,进一步明确了中关村示范区今后10年的战略定位和发展思路,同时指出,要集聚整合核心创新要素,将中关村示范区建设成为国家科技金融创新中心。近年来,中关村示范区在促进金融和科技融合、利用多种金融手段缓解企业融资难方面进行了卓有成效的探索和实践,为在全国范围内推广科技与金融的结合积累了丰富的示范经验,成为打造科技金融创新中心的领路者", ["Z2", "Z2.3"]),
    ("http://dengche.cn/jd/i.php/610.html", "zh-Hans",
     "1999年6月国务院批准了中关村科技园区的建设规划,将在北京形成“一区五园”的科技园区,包括中关村科技园区、北京经济开发区、丰台科技园区、昌平科技园区和北京电子城。这是大中关村的概念,将用十年时间建成国家级的科技园区。", ["Z5"]),
    ("http://news.scgqt.org.cn/kanxinwen/2021/0804/46861.html", "zh-Hans",
     "日前,2021全球数字经济大会开幕,大会发布了《北京市关于加快建设全球数字经济标杆城市的实施方案》,这是全球首次发布数字经济标杆城市发展“蓝图”。方案明确了北京市加快发展数字经济的战略规划,打造引领全球数字经济发展的“六个高地”,到2030年建设成为全球数字经济标杆城市。", []),
    ("http://407wan.com/wyyxgyf/20190717/65112.html", "zh-Hant",
     "發展目標提到,未來科學城到2035年,建成全球領先的技術創新高地。高端創新資源匯集,能源、生命領域研究水平世界領先,研究型大學數量不少於9所,國家級創新平台數量不少於60家,領軍型人才數量突破3000人,形成創新活力競相迸發、創新源泉不斷涌流的生動局面。", []),
    ("https://blob.wenxiaobai.com/article/182a73e5-acb7-817f-2d8b-030a3b164d41", "zh-Hans",
     "北京经济技术开发区(简称“北京经开区”或“亦庄”)作为北京市唯一全面布局六大未来产业的区域,正在通过规划六大未来产业示范区,布局未来特色产业园区,形成“一廊一带多中心、开放共创特色园”的未来产业发展空间格局。\n“北京经开区是全市唯一一个全面布局未来信息、未来健康、未来制造、未来能源、未来材料、未来空间的区域。”9月19日,在北京市政府新闻办公室举行的“迎接新中国成立75周年”系列主题新闻发布会上,北京经济技术开发区工委副书记、管委会主任孔磊说。", []),
    ("https://xflnrmg.com/amp/china/23613781.html", "zh-Hans",
     "本报讯(记者张月朦)7月8日,小米集团创办人雷军通过社交媒体宣布,位于昌平区未来科学城的小米手机智能工厂落成启用。智能工厂投资24亿元,建筑面积81000平方米,年产能1000万台手机。小米智能工厂的启用是未来科学城产业发展的一个缩影。北青报记者了解到,今年上半年,未来科学城精准供应4宗产业用地,保障智能钻井研发测试组装基地、昌平未来美城产业创新基地、未来科学城机器人产业园项目、中软国际智创未来园区项目落地。", []),
]
WEB4_RELEVANT_EN = [
    ("http://english.basic.cas.cn/hsc/201711/t20171118_186308.html",
     "In November 2016, the Beijing Municipal Government formally approved Development and Construction Plan for Huairou Science City (2016-2020).\nIn May 2017, National Development and Reform Commission and Ministry of Science and Technology jointly approved the Construction Plan of Huairou Comprehensive National Science Center.\nIn June 2017, the 12th Congress of Party Representatives in Beijing indicated, “to break through Huairou Science City, mainly arrange the national key technological infrastructure and frontier cross research platform, construct the comprehensive national science center and become the world-class bearing zone of primitive innovation”.", ["B1"]),
    ("https://cpl.ac.cn/en/Directors_Message/index.shtml",
     "Founded by the state, Changping Laboratory (CPL) is one of China's new type of R&D\n(Research & Development) institutions, with life science as its focus. An integral component of our national science and technology strategy, CPL is tasked to addressing vital national needs, conducting strategic, visionary and fundamental research in science, technology and innovation (STI), and becoming a world-class hub for STI in life science.\nResearch at CPL is steered toward four Scientific Directions: emerging and major infectious diseases, neuroscience and brain-computer interface, frontier technology and fundamental science, artificial intelligence and biomedicine.", ["B1"]),
    ("https://www.urdupoint.com/en/world/2024-zhongguancun-forum-opens-in-beijing-to-f-1818506.html",
     "BEIJING, (APP - UrduPoint / Pakistan Point News - 25th Apr, 2024) The 2024 Zhongguancun Forum (ZGC Forum) kicked off on Thursday in Beijing and will focus on cutting-edge fields from artificial intelligence to life sciences and new materials during the five-day session ending next Monday.\nThe forum has assembled participants from over 100 countries and regions, with more than half of its speakers coming from abroad, highlighting China's commitment to opening up and innovation cooperation.\nFounded in 2007, the ZGC Forum, with its enduring focus on innovation and development, has evolved into a national-level open innovation platform and an international forum over the years.", ["Z7", "Z7.7"]),
    ("https://www.insidequantumtechnology.com/news/beijing-academy-quantum-information-sciences-baqis-video-tour/",
     "The Beijing Academy of Quantum Information Sciences has produced a YouTube video describing the institution and its goals. BAQIS is part of the National Science Technology Innovation Center in Beijing and also part of China’s Quantum National Action.\nThe video’s narration forecasts the facility will employ 1,200 scientists and engineers with 50 principal investigators heading up teams in 5-10 labs.", ["B1"]),
    ("https://thenota.com/post/2024/jun/14/beijing-academy-artificial-intelligence-launches-open-source-ai-models-tools",
     "BAAI, established in 2018 with the backing of the Beijing municipality and the Chinese science and technology ministry, has been at the forefront of China’s LLM research. The organization’s accomplishments predate the groundbreaking debut of ChatGPT by Microsoft-backed OpenAI in 2022. In 2021, BAAI launched Wudao 1, China’s first LLM, which has since propelled the success of high-flying AI start-ups like Moonshot AI and Zhipu AI.", ["B1"]),
    ("https://frominsideasia.com/how-china-turned-a-cement-factory-into-a-haven-for-mathematicians",
     "Here, at the Beijing Institute of Mathematical Sciences and Applications (Bimsa), they debate string theory over coffee, co-author papers on quantum fields and lose themselves in problems that stretch across centuries while some of their countries engage in conflict.\nIn less than five years, Bimsa has proved a magnet for global talent, attracting Fields medallists, quantum physicists and others from 25 countries.\nFunded by Beijing’s municipal government and Tsinghua University, Bimsa hosts more than 200 full-time researchers – of whom about a third hail from outside China.", ["B1"]),
    ("https://wodefinance.com/Trademarkinquiry/ocxycurjtw.html",
     "The Zhongguancun National Independent Innovation Demonstration Zone originated from the \"Zhongguancun Electronic Street\" in the early 1980s; in May 1988, the State Council approved the establishment of the Beijing New Technology Industry Development Pilot Zone (the predecessor of Zhongguancun Science and Technology Park), Zhongguancun became China's first high-tech park and a pilot area for China's economic, technological and educational system reform; in June 1999, the State Council requested to speed up the construction of Zhongguancun Science and Technology Park; in August 2005, the State Council Decisions were made to support the strengthening of the Zhongguancun Science and Technology Park, and in 2006, the new planning scope of the Zhongguancun Science and Technology Park was approved, gradually becoming a \"one district and ten parks\" high-end industrial functional area across administrative regions, and radiating across the country.", ["Z5"]),
    ("http://zhuanti.cww.net.cn/english/html/2011/5/13/20115131020341534_3.htm",
     "Last year, Zhongguancun accelerated its growth by building a \"special zone of talents\", which will give preferential treatment to people, especially those from overseas, who start businesses in Zhongguancun.\nThe preferential treatment includes registration for a Beijing hukou (permanent residency permit), medical care, insurance and tax incentives.\n\"Talent is the foundation for the future development of Zhongguancun because it is the top entrepreneurs that will bring about change in the world,\" said Yang.", ["Z2", "Z2.2", "Z6"]),
    ("http://bjzpark.spotlightbeijing.com/2023-03/17/c_870381.htm",
     "Development and construction of the Zhongguancun Life Science Park started in 2000. After more than 20 years of development, the park has gathered a number of national scientific and technological forces such as the Changping Laboratory, the Beijing Institute of Life Sciences, the Beijing Brain Science and Brain-like Intelligence Research Center, and the National Protein Science Center.\nMore than 600 innovative leading enterprises and over 300 well-known scientists and high-level talents have gathered here.\nCurrently, the main project of the Changping Laboratory Core Area has started, and the next step will be to ensure that the project is completed and put into operation on schedule so that professional teams like the Tsinghua Industrial Research Institute, Bio2 and ATLATL can provide international, professional, and market-oriented industrial operation services for innovative enterprises.", ["B1"]),
    ("http://www.shhyyy.cn/?p=1118",
     "Beijing grasped the general trend of digital economy development and led the way to build a global digital economy benchmark city in July 2021, actively building a new development pattern for the capital. For more than a year, the digital economy has fully empowered industries, cities and lives, and achieved good results. This year’s government work report also proposed to accelerate the construction of a digital economy benchmark city.\nThe scale of the city’s artificial intelligence industry exceeds 100 billion yuan, and the number of enterprises also exceeds 1,000, accounting for 29% of the total number of domestic enterprises, ranking first in the country.", []),
    ("http://covid-19.chinadaily.com.cn/cndy/2011-05/09/content_12466784.htm",
     "Zhongguancun-based companies garnered business revenues of 380 million yuan ($69 million) in the first quarter of this year, up 12 percent on a year-on-year basis. The State Council recently approved a development plan called the Zhongguancun National Innovation Demonstration Zone (2011-2020) that allows companies in the area to try out new measures and pilot projects.", ["Z2"]),
    ("https://www.lhrtimes.com/2024/08/20/beijing-e-town-accelerates-the-construction-of-a-national-robotics-industry-innovation-hub/",
     "Recently, at the press conference for the 2024 World Robot Conference (WRC 2024), it was announced that Beijing Economic-Technological Development Area (BDA or Beijing E-Town) will focus on key segments of the industrial chain, intensify efforts in tackling critical technologies, implement 50 demonstration projects for application scenarios, launch a series of “Robotics+” application demonstrations, expand typical application scenarios, and accelerate the construction of a national robotics industry innovation hub.", []),
    ("http://en.baqis.ac.cn/news/detail/?cid=1763",
     "BAQIS recently achieved a significant milestone with the successful convening of the Academic Advisory Board meeting on October 15th to 16th, 2023. The purpose of this meeting is to discuss the achievements of BAQIS over the past 5 years and provide valuable consultation and guidance for future development.\nYingjie Yu, Deputy Mayor of Beijing, and Hui Liu, Deputy Director of Beijing Municipal Science and Technology Commission met with the experts of the Committee.", []),
    ("https://en.pingwest.com/a/11849",
     "The exhibition center of the Zhongguancun National Independent Innovation Demonstration Zone was bustling with attendees. People filled the venue, with some even standing in the aisles, captivated by the lectures and keynote speeches. It was remarkable to witness such enthusiasm at an academic conference. This vibrant scene continued unabated on June 9 and 10.\nThe fifth edition of the BAAI Conference was a testament to its reputation as one of the most professional and prestigious event in the field of artificial intelligence. Organized by the Beijing Academy of Artificial Intelligence (BAAI), this conference distinguished itself by avoiding any form of commercial propaganda or gimmicky forums aimed at advertisers.", []),
]
# traps: (kind, url, language, text); all irrelevant
WEB4_TRAPS = [
    ("zol", "https://996kfb.com/news/131752.html", "zh-Hans",
     "ZOL作为国内知名的IT产品评测网站,其发布的显卡天梯图一直是玩家和DIY爱好者选择显卡的重要参考。本文将解读最新一期的ZOL显卡天梯图,帮助大家了解当前市场上主流显卡的性能排名,并提供选显卡的实用建议,避免在购买时迷茫。\n在最新一期的ZOL显卡天梯图中,NVIDIA RTX 4090凭借其强大的性能和先进的光线追踪技术位居榜首。"),
    ("restaurant", "https://supertravelr.com/en/trip/china/the-best-restaurants-in-zhongguancun-beijing-1B9A761C95", "en",
     "Though a bit of a trek from downtown, Zhongguancun is home to some fantastic places to eat, especially when it comes to provincial cuisines.\nFrom Xinjiang to Sichuan and Cantonese, Zhongguancun is a melting pot of authentic Chinese cooking. Here are some of the best restaurants in the area.\nThis establishment is one of the best spots in Beijing to have traditional Sichuanese food. Its offering is so authentic that it flies in specific ingredients from Sichuan province."),
    ("rental", "https://www.cbre.com.cn/en/insights/figures/beijing-figures-q1-2023", "en",
     "No new office supply was completed in Q1 2023. Emerging submarkets registered steady net absorption but several large surrender cases in mature submarkets ensured overall net absorption was negative for the quarter. Vacancy rose most significantly in ZGC, Wangjing and Olympic. Rents were stable in emerging areas but declined across other submarkets."),
    ("mall", "http://www.ceweekly.cn/2016/0718/157893.shtml", "zh-Hans",
     "“是不是以前被坑过,今天来报仇解恨的?”7月7日下午,北京中关村海龙电子城一楼的拆迁人员对《中国经济周刊》记者开玩笑说,“今天已经来了十几批记者了,你现在拍还能赶上今天的头条吗?”\n有着17年经营历史的海龙电子城曾经人头攒动,生意兴隆。拉客抢生意的小哥,能从地下的地铁出站口一直排到路面,然后从路面一直排到各电子卖场门口。\n许多人感慨:这是一个时代的谢幕,这是几代人的记忆。"),
    ("xian", "https://shanxi.cnipai.com/news/detail/304861.html", "zh-Hans",
     "作为“双中心”唯一的核心承载区,丝路科学城正在紧锣密鼓地建设中。在综合性科学中心核心区,西安科学园是“主引擎”,是核心区的核心。\n按照“中国科学院牵引、地方支持、高校合作、社会参与”的模式,西安科学园集聚国家实验室、大科学装置、全国重点实验室、高水平研究型大学、一流科研机构等国家战略科技力量,打造科学中枢。"),
    ("chengdu", "http://wwwfh2222.com/news/b/2020-06-04/detail-iircuyvi6569817.shtml?from=sc_ydph", "zh-Hant",
     "根據(jù)戰(zhàn)略規(guī)劃,成都提出2025年、2035年和2050年三個關(guān)鍵時序節(jié)點的建設(shè)目標(biāo)。\n到2025年,初步建成具有全國影響力的科學(xué)城,力爭成功創(chuàng)建綜合性國家科學(xué)中心,啟動建設(shè)天府實驗室,新增2個以上重大科技基礎(chǔ)設(shè)施,建成2個以上國家重點實驗室,3個以上國家級創(chuàng)新中心,100個以上前沿科學(xué)交叉研究平臺、新型研發(fā)機構(gòu)和國家級企業(yè)創(chuàng)新平臺。"),
    ("taiwan", "https://udn.com/news/story/7326/9202015", "zh-Hant",
     "南部科學園區管理局今天公布今年1至10月營業額近新台幣2.36兆元，較去年同期成長37.8%，已超越去年全年的2.21兆元；其中積體電路產業較去年同期成長42.66%最多。\n南科管理局提供資料指出，受高效能運算及全球AI應用強勁需求帶動，半導體先進製程、先進封裝、伺服器、網路通訊等產業鏈持續擴張，在配合研發高階伺服器導軌、網路通訊及消費性電子產品構件在地製造能力下，南科園區營業額持續表現亮眼。"),
    ("national", "https://www.163.com/dy/article/KSFSHGRQ051481US.html", "zh-Hans",
     "《科学技术进步法》规定,国家在事关国家安全和经济社会发展全局的重大科技创新领域建设国家实验室,建立健全以国家实验室为引领、全国重点实验室为支撑的实验室体系。\n此前由中央国家实验室建设领导小组领导,中央科技委员会成立后,统筹布局国家实验室等战略科技力量。"),
    ("shenzhen", "http://www.dgmzk.com/english/home/News/content/post_9106064.html", "en",
     "Xili Lake International Science and Education City will be built in the northern part of Nanshan District. It will be the main battlefield of technological innovation and development in the 14th Five-year Plan period and even in the future.\nAt present, the International Science and Education City is home to 7 universities, 9 Nobel Prize laboratories and 458 innovation carriers, which is an important area for Shenzhen to build a national comprehensive science center."),
    ("zhangjiang", "https://sh.cri.cn/20181115/defff363-74ba-7ca9-dff2-ec935032ed86.html", "zh-Hans",
     "要以全球视野、国际标准推进张江综合性国家科学中心建设,集聚建设国际先进水平的实验室、科研院所、研发机构、研究型大学,加快建立世界一流的重大科技基础设施集群。这是习近平总书记对张江科学城建设规划的要求和期许。\n2017年8月,《张江科学城建设规划》正式获批。建设中的张江科学城集中承载了国家自主创新示范区、自由贸易试验区、上海具有全球影响力科技创新中心的核心承载区、张江综合性国家科学中心目标战略。"),
    ("hangzhou", "http://www.handmsg.com/page/2021/0325/14651635.shtml", "zh-Hant",
     "規劃范圍包括核心區和聯動發展區。核心區將上一輪大走廊規劃范圍與城西科創產業集聚區規劃范圍統一整合優化,四至:東起浙江大學玉泉校區,以西湖區紫荊花路為界,南至西湖區留和路南側山脊線、杭徽高速公路,西至浙江農林大學,北至西湖區燈彩街、余杭區東西大道和中法航空大學、臨安區中苕溪一線,總面積約398平方公里。\n到二O二五年,初步建成具有全球影響力的創新策源地,基本形成綜合性國家科學中心核心承載區功能和國家重要的戰略科技力量,創新型產業集群效應初步顯現,基本建成全省高質量發展引領區、城市現代化先行區、整體智治示范區。"),
    ("hefei", "https://chinaservicesinfo.com/s/202309/01/WS650a4dd3498ed2d7b7e9bd90/hefei-a-key-player-in-global-quantum-technology-landscape.html", "en",
     "Hefei city, capital of East China's Anhui province, is a source of 12.1 percent of China's quantum patents, only second to Beijing.\nThe Hefei National High-tech Industry Development Zone is now a leading hub for quantum research and innovation and has over 600 researchers working on quantum-related projects.\nOne significant accomplishment in this field was in recent years made by Origin Quantum, which is based in the zone. In 2021, the company produced China's first superconducting quantum computer, making the nation the third in the world to deliver a complete quantum computer."),
    ("national", "https://search.napstic.cn/literature/periodical/010kxxykxjsgl202405003", "en",
     "Optimizing the national innovation system in line with national strategic needs,as well as accelerating the construction of strategic scientific and technological forces under the leadership of national laboratories were emphasized in the 14th National Five-Year Plan.Furthermore,the Party's 20th National Congress also stressed reinforcement of na-tional strategic scientific and technological forces,optimization of the positioning and layout of national research institu-tions,and establishment of a national laboratory system."),
    ("mall", "https://21ic.com/article/879953.html", "zh-Hans",
     "11月起,鼎好电子大厦已进入装修改造阶段,大厦内的电子商城正式关停,这是继中关村e世界、海龙大厦等之后,最后一个标志性建筑的落幕,因而被认为是中关村电子城的终局。\n中关村大街北侧的科贸大厦成为中关村电子城最后的据点,而中关村电子城的“王牌”业务——电脑售卖及组装,在科贸大厦内也不再是主流。"),
    ("passing", "https://www.takefoto.cn/news/2022/01/14/10030458.shtml", "zh-Hans",
     "以前,村里人以进城为荣。现在,局面正发生改变。\n在远离北京中心城区的郊区,越来越多“进城”的年轻人,已经返回家乡,开始创业之旅。尽管这段旅途有甜有苦,但总有人要当“先锋队”,做出点东西来,才会吸引更多人加入。"),
    ("suzhou", "http://shouerhanyu.com/2073.html", "zh-Hant",
     "蘇州工業園區(qū)是中國和(hé)新加坡兩國政府間的(de)重要合作項目,自1994年開發建設以來(lái),已建設成爲國内發展水(shuǐ)平最高(gāo)、競争力最強的(de)國家級開發區(qū)之一,位居國家級開發區(qū)第一位。\n據介紹,近年來(lái),蘇州工業園區(qū)生物(wù)醫藥産業發展迅速,園區(qū)以外資制造、内資創新雙輪驅動的(de)發展模式逐漸成爲國内最集聚的(de)生物(wù)醫藥産業基地和(hé)技術創新中心。"),
    ("chengdu", "http://wap.glosyeuropyichin.com/cj/1290.html", "zh-Hans",
     "中新网成都6月7日电 (记者 王鹏)记者7日从四川天府新区获悉,西部(成都)科学城和天府实验室当日在成都正式挂牌。西部(成都)科学城制定了两阶段发展目标——到2025年初步建成国内一流的科学城,到2035年基本建成国际知名的科学城。\n其中,“一核”为成都科学城,规划面积132平方公里,锚定综合性国家科学中心核心承载区的定位,集中布局重大科技基础设施集群、高能级实验室集群、校院地协同创新平台集群和产业创新平台集群,围绕原始创新集群开展前沿科学研究、关键技术攻关和科技成果转移转化,打造国家科技创新体系的重要基础平台;“四区”包括新经济活力区、生命科学创新区、成都未来科技城和新一代信息技术创新基地。"),
    ("xian", "http://gwejianzhan.com/2016/1220/7668.html", "zh-Hant",
     "位于陜西西咸新區(qū)的首個“硬科技”小鎮(zhèn),建設(shè)已接近封頂。據(jù)了解,這個小鎮(zhèn)的定位是整合科研院所先進技術(shù),吸引全球“硬科技”企業(yè)匯聚,實現(xiàn)科技資源與市場需求的有效對接。\n目前,西咸新區(qū)已吸引了西工大航空科學城無人機產(chǎn)業(yè)化基地、中興深藍科技產(chǎn)業(yè)園、三星閃存芯片、中航工業(yè)、大疆無人機等一批企業(yè)和項目落地,在科技創(chuàng)新的基礎(chǔ)上打造出獨特品牌。"),
    ("passing", "http://zgkjsz.com/page/2013/0429/24197555.shtml", "zh-Hant",
     "6年前,匯源老總朱新禮高調(diào)投資1.5萬(wàn)畝土地種蔬菜;4年前,網(wǎng)易丁磊投資6000萬(wàn)養(yǎng)豬;2年前聯(lián)想柳傳志成立農(nóng)業(yè)投資事業(yè)部誓言進(jìn)軍農(nóng)業(yè)領(lǐng)域;同年,大連萬(wàn)達(dá)集團(tuán)董事長(zhǎng)王健林斥資數(shù)億在延慶種菜……這些“大佬”絕非歸隱田園,他們是看到了投資中國(guó)農(nóng)業(yè)市場(chǎng)的潛在商機(jī)。"),
    ("shenzhen", "http://www.eyeshenzhen.com/content/2022-02/24/content_24951583.htm", "en",
     "Shenzhen will build its high-tech zone into a world-leading and highly competitive industrial area by 2025, according to the recently released 14th Five-Year Plan (2021-2025) for developing the high-tech zone.\nThe 159-square-kilometer Shenzhen State Hi-Tech Zone has five parks, in Nanshan, Pingshan, Longgang, Bao’an and Longhua districts, respectively. It is one of the six national pilot zones for building world-class high-tech parks."),
    ("zhangjiang", "http://www.hffxjx.cn/n5983.htm", "zh-Hant",
     "至 2019 年 4 月 15 日,科創(chuàng)板共申報(bào)了 72 家企業(yè),其中半導(dǎo)體行業(yè)企業(yè)共 9 家,7 家來(lái)自上海,6 家辦公地址都在浦東張江。\n張江科學(xué)城于 2017 年 7 月經(jīng)上海市政府批準(zhǔn)設(shè)立,規(guī)劃總面積約 94 平方公里,以張江高科技園區(qū)為基礎(chǔ),升級(jí)轉(zhuǎn)型成為中國(guó)乃至全球新知識(shí)、新技術(shù)的創(chuàng)造之地和新產(chǎn)業(yè)的培育之地,現(xiàn)代新型宜居城區(qū)和市級(jí)公共中心,世界一流科學(xué)城。"),
    ("national", "https://portal.smu.edu.cn/kyy/info/1103/21606.htm", "zh-Hans",
     "要加强国家战略科技力量建设,优化定位和布局,完善国家实验室体系,增强国家创新体系一体化能力。\n——习近平2024年6月24日在全国科技大会、国家科学技术奖励大会、两院院士大会上的讲话"),
    ("rental", "https://239.v4.savills-vx.com/research_articles/166607/212149-0", "en",
     "One new project was launched in Q1/2023, adding a total of 57,415 sq m to the Grade A office market. The new supply and weak take-up caused the citywide vacancy rate to increase 0.5 percentage point (ppt) quarteron-quarter (QoQ) to 16.8% while the Grade A office rent fell 1.3% QoQ to an average of RMB321.7 per sq m per month.\nOver 570,000 sq m of new supply is expected to enter the Grade A office market in the remainder of 2023, a result of the pandemic-related delays in the construction progress. New projects were mainly located in Asia-Olympic, East Second Ring Road, Zhongguancun and Tongzhou precincts."),
    ("passing", "http://qprotwm.blogspot.com/2007/03/and-not-quite-away.html", "en",
     "Took care of that as soon as I arrived in Beijing. After that, I hit a noodle restaurant for something fast, then hit the subway. It feels like I spent half my day in the subway, now that I think about it. Andrew recommended some camera shops down on Qian Men street and found a 1gb card for 360 yuan. Not too bad."),
]
add_web_round("web4", WEB4_RELEVANT_ZH, WEB4_RELEVANT_EN, WEB4_TRAPS)

# --- added round 5: everyday news as a monitoring team would see it (short excerpts with their URLs,
# found with the project's page search): Zhongguancun sub-parks (Software Park, Fengtai, Life Science
# Park, IC design park), the 创业大街 / Z-Innoway incubators, pilot policies, sci-tech finance
# (中关村科技·金融汇, Zhongguancun Bank, bank credit lines), talent measures, overseas liaison offices and
# Belt and Road parks, the 2020 and 2022 Zhongguancun Forums, park statistics, Huairou, Future Science
# City, E-Town, 三城一区 and Beijing's 高精尖 industries; traps are ZOL, 中关村 electronics markets,
# office-rental reports naming ZGC, Beijing restaurants, other cities' science cities and parks (Wuhan,
# Shenzhen Guangming, Guangzhou Nansha, Nanjing, Xi'an, Hefei, Zhengzhou, Hsinchu), national / other
# provinces' sci-tech finance and reform texts and passing mentions of Beijing.  Labels were written
# down with each row, from the text alone, before anything was scored; none of these rows was run
# through the classifier.  Split rule fixed in advance, as in rounds 2-4: within each group (relevant
# zh, relevant en, traps), in the listed order, even positions (0-based) -> tune, odd -> holdout.
# Labels (README rules, rounds 2-4 readings) plus: Z3 + Z3.4 where the excerpt states Zhongguancun's
# incubators / the 创业大街 as an incubation platform with its results, + Z3.6 where cross-border
# incubation (international innovation centres on the street) is stated; Z5 + Z5.5 where a park named
# in 004's Z5.5 paragraph (中关村软件园, 中关村生命科学园, 中关村集成电路设计产业园) is stated to be built up or
# upgraded; Z5 + Z5.1 where a sub-park's leading industries are stated; Z4 where a sub-park builds a
# digital-economy industrial cluster; Z7 + Z7.4 for overseas liaison offices / an overseas innovation
# base; Z7 + Z7.6 for Belt and Road science parks; Z2 + Z2.3 for Zhongguancun sci-tech finance (incl.
# Zhongguancun Bank, bank credit lines for ZGC SMEs, 投贷联动); Z2 + Z2.2 + Z6 for entry-exit and
# residence measures for ZGC talent; Z2 for ZGC pilot policies (and Z1 where key core technologies are
# stated as ZGC results); B1 for Huairou facilities and a Beijing-backed institution leading a national
# centre; B3 where that institution is to build blockchain platforms (seeds/001: 搭建...区块链...平台).
# Park statistics, 三城一区, E-Town, Future Science City, 高精尖 industry texts and official visits get no code.
WEB5_RELEVANT_ZH = [
    ("http://yanjintv.com/news/cj/114906.html", "zh-Hans",
     "中关村创业大街开街5年 孵化海归和外籍团队409家\n中新社北京6月12日电 (记者 于立霄)中国内地首条以创新创业为主题的中关村创业大街,5年入驻企业累计孵化创业团队3451家,其中海归和外籍团队409家,获得融资团队1181家,融资成功率34.2%,总融资额731亿元人民币。\n6月12日,中关村创业大街迎来5周岁生日,以上数据是记者从当天举行的“2019中关村国际创新集市”开市仪式上获悉的。\n中关村创业大街定位于建设全球产业创新生态加速平台,积极汇聚全球产业资源,大力实施“产业创新”“全球创新”“互联网+双创服务”三大战略,发展形成初创服务、加速服务、产业创新服务和全球创新服务四大服务功能,构建起了完善的创新产业生态体系。\n在全球创新服务方面,中关村创业大街建设了中意众创空间、中关村—法国巴黎大区产业创新中心、智利在华创新中心等国际创新中心,吸引近十家国际机构在街区设立办公室,对接国际项目超过500个。", ["Z3", "Z3.4", "Z3.6"]),
    ("http://m.helpdeskcms.com/news/hydt/2879.html", "zh-Hant",
     "2月初,中關村創(chuàng)業(yè)大街提交了2017年一份漂亮的成績單,其中日均孵化達2.4家企業(yè)的成果刷新眼球。\n位于我國創(chuàng)新創(chuàng)業(yè)資源為密集的中關村核心區(qū),中關村創(chuàng)業(yè)大街是在科技部火炬中心、北京市相關部門、中關村管委會和海淀區(qū)政府指導和支持下,于2014年6月正式以我國條創(chuàng)新創(chuàng)業(yè)為主題特色開辦的街區(qū)。\n近兩年來,中關村創(chuàng)業(yè)大街以資源聚合為中心,向產(chǎn)業(yè)資源、全球資源聚合升級,以產(chǎn)業(yè)創(chuàng)新和全球創(chuàng)新為特征,形成創(chuàng)新街區(qū)運營、產(chǎn)業(yè)創(chuàng)新服務、全球創(chuàng)新孵化、創(chuàng)業(yè)服務平臺、科技投資服務、創(chuàng)新創(chuàng)業(yè)活動六大業(yè)務板塊,構筑起豐富完善且充滿活力的創(chuàng)新創(chuàng)業(yè)生態(tài)。", ["Z3", "Z3.4"]),
    ("http://tre306.cn/hangye/2021/0824/461531.html", "zh-Hant",
     "北青報記者了解到,廣聯達、中科大洋等科技企業所在的中關村軟件園,是中關村國家自主創新示范區中的新一代信息技術產業端專業化園區,先后被授予“國家軟件產業基地”“國家軟件出口基地”“國家數字服務出口基地”等數十項榮譽稱號。\n去年,中關村軟件園獲批“國家數字服務出口基地”,承擔北京“兩區”中數字經濟、數字貿易相關任務。中關村軟件園正在按照北京新發展格局中“兩區”建設、全球數字經濟標桿城市、國際科技創新中心城市等要求,立足國家數字服務出口基地,建設“國際信息產業與數字貿易港”,打造數字經濟新興產業集群。", ["Z4", "Z5", "Z5.5"]),
    ("http://m.coffeespan.com/news/201711/20720.html", "zh-Hant",
     "“2000年是中關(guān)村軟件園一期開工的時間點,那時,棚戶區(qū)、城中村、農(nóng)田耕地是這里的區(qū)域特征。”在接受21世紀經(jīng)濟報道獨家專訪時,北京中關(guān)村軟件園發(fā)展有限責任公司董事長劉克峰坦言,“如今,這里已成為中國大信息產(chǎn)業(yè)的創(chuàng)新高地。”\n從過去農(nóng)業(yè)經(jīng)濟到如今的高新科技,中關(guān)村軟件園無論在區(qū)域產(chǎn)值還是人員結(jié)構(gòu)上都發(fā)生了翻天覆地的變化。如今,這片僅有2.6平方公里的科技沃土,2017年的產(chǎn)值預計將超過2000億元,園區(qū)內(nèi)7萬工作人員中,不乏科技領(lǐng)軍人才、“千人計劃”成員、優(yōu)秀科技創(chuàng)業(yè)者。", []),
    ("https://feifmx.com/focus/xsdxzw/13001368/20181119/34455988.html", "zh-Hant",
     "11月16日,,中關(guān)村集成電路設(shè)計(jì)園開園運營,,該園區(qū)占地面積6萬平方米,,總建筑規(guī)模22萬平方米,,已引進(jìn)集成電路龍頭企業(yè)30余家,形成年產(chǎn)值近248億元,,占全國集成電路設(shè)計(jì)業(yè)總產(chǎn)值的10%,。預(yù)計(jì)到2020年,園區(qū)將聚集以集成電路設(shè)計(jì)為核心的上下游企業(yè)150家,,年產(chǎn)值突破300億元,,實(shí)現(xiàn)稅收近50億元。副市長殷勇出席,。", ["Z5", "Z5.5"]),
    ("https://cloud.tencent.com/developer/news/1001378", "zh-Hans",
     "拥有轨道交通千亿级产业集群的丰台如何进一步扩大产业规模,形成更强劲的产业发展链条?北京青年报记者从2月10日举办的“遇见丰台•众汇京彩”——丰台园轨道交通产业融通发展需求发布活动上获悉,作为北京市轨道交通产业的主要承载区,丰台区创新轨道交通企业合作方式,搭建产业平台,依托中关村丰台园,启动“轨道交通大中小企业融通发展”新模式。\n发布活动上,多家代表企业围绕轨道交通产业链各环节,现场发布新技术新产品需求;依托融通机制成立的“中关村创联轨道交通产业技术创新战略联盟”发布产业发展趋势——政府搭台、企业“唱戏”,一个个“实招”助力轨道交通企业携手并进、倍增追赶、跨越发展。\n作为北京轨道交通产业的主要承载区,发布会上,中关村丰台园公布的一系列数字也反映了轨道交通产业在丰台的强势发展。丰台园工委书记、管委会副主任孙睿介绍,目前,丰台园已形成轨道交通、航天航空两大千亿级产业集群。", ["Z5", "Z5.1"]),
    ("http://siheshuidao.cn/news/zgctz/201108/21474.htm", "zh-Hant",
     "“十二五”時期,中關村生命科學園將以園區產業發展需要為出發點,積極利用北京市發展北部高新技術產業帶和昌平區規劃發展七北路西部科技商務區的機遇,加大園區產業空間拓展力度,努力提升專業園區各項功能,實現園區產業、生活、服務和環境的和諧發展,傾力把中關村生命科學園建設成為具有全球影響力的生物技術創新中心。\n據中關村生命科學園發展有限責任公司董事長袁曙光介紹,中關村生命科學園是國家級生物醫藥產業基地,是北京市生物醫藥研發、中試及產業化的重要基地,已有生命科學研究所、生物芯片國家工程研究中心、國家蛋白質組研發及工程中心等60多家高新技術企業入園發展。", ["Z5", "Z5.5"]),
    ("http://kw.beijing.gov.cn/art/2022/9/14/art_6382_702638.html", "zh-Hans",
     "40多年前,一批科研人员从中关村的科研院所和高校走出来,下海创办民营高新技术企业,“中关村电子一条街”由此成为一个时代的闪亮足迹。从上世纪80年代初的“电子一条街”扩展至“一区十六园”,从第一个国家级高新区到全国第一个自主创新示范区,在近半个世纪的发展历程中,这个特别的“村”一直行走在中国创新创业的前沿。\n2022年9月,在一年一度的中关村论坛开幕前夕,记者再访中关村。\n在高质量发展向创新要答案的当下,这片创业热土多了不少科学家的身影。沿着北京科创地图走一走,马约拉纳任意子、新型基因编辑技术、天机芯、“悟道”、“长安链”等一批重大原创成果为这座创新之城注入动力。", ["Z5"]),
    ("http://kanbao.dayuntongzhou.com/Html/2022-11-22/11363.html", "zh-Hans",
     "本报讯(记者 赵鹏)记者获悉,2022中关村论坛将于11月25至30日在京举办。本届中关村论坛由科技部、国家发改委、工信部、北京市政府等主办。论坛将举办126场活动,主会场设在国家会议中心,同时在中关村国家自主创新示范区展示中心等地举办相关活动。\n作为面向全球科技创新交流合作的国家级平台,2022中关村论坛国家级平台功能进一步强化。国家部委和中央单位将牵头或参与主办27场平行论坛,中科院、工程院等国家科研机构和央企纷纷亮相,110余位顶尖专家将发表高水平主旨演讲,其中诺奖级科学家有15位。", ["Z7", "Z7.7"]),
    ("http://ccpitbj.org/web/static/articles/catalog_ff8080812fd8119701301a9e2cb20587/article_ff8080813ead3954013ed93f5c8811ff/ff8080813ead3954013ed93f5c8811ff.html", "zh-Hans",
     "本报讯(实习生 鲁畅)中关村自主创新示范区将有望在2020年成为全球科技创新中心,并初步设想在美国硅谷设立全球创新基地。在科博会中关村创新论坛上,科技部中国科学技术发展战略研究院研究员赵刚表示,要加快中关村走出去的步伐,增强企业国际化经营能力,培育一批世界水平的跨国公司。\n赵刚说,初步想在硅谷设立全球创新村的总基地,然后在以色列、英国和中国的北京、上海、深圳、青岛等地区建立基地,使它们成为全球创新村的重要组成部分。", ["Z7", "Z7.4"]),
    ("http://siheshuidao.cn/news/zgcrc/201106/19549.htm", "zh-Hant",
     "北京,學(xué)院路,北京科技大學(xué)西南角的北科天工大廈,再過(guò)十幾天,這(zhè)里將變身為“中關(guān)村高端人才創(chuàng)業(yè)基地”。首批涵蓋云計(jì)算、新材料、高端制造業(yè)等領(lǐng)域的高端人才、高端項(xiàng)目將在這(zhè)里聚集。也許再過(guò)幾年,它將成為“中關(guān)村人才特區(qū)”的一座地理坐標(biāo)。\n人才潮涌中關(guān)村。身處中關(guān)村,時(shí)時(shí)都能感受到大時(shí)代的人才脈動(dòng),無(wú)論是上世紀(jì)50年代歸國(guó)熱潮中的大批學(xué)子,還是改革開放后奔赴發(fā)達(dá)國(guó)家留學(xué)、就業(yè)的人才外涌浪潮,抑或如今紛紛選擇歸國(guó)的“創(chuàng)業(yè)潮”。中關(guān)村始終是全國(guó)人才最為密集的區(qū)域。", ["Z2", "Z2.2", "Z6"]),
    ("http://brlscp.com/news/181025171102.htm", "zh-Hans",
     "新华社北京10月25日电(记者吉宁)记者从北京市发展改革委获悉,北京市近日出台《北京市推进共建“一带一路”三年行动计划(2018-2020年)》,将在“一带一路”相关国家重点城市建设一批特色鲜明的科技园区。\n据北京市发展改革委介绍,目前中关村聚集了全国近30%的国家级重点实验室和大量创新型企业,下一步北京市将发挥中关村国家自主创新示范区品牌优势和辐射带动作用,在“一带一路”相关国家重点城市建设一批特色鲜明的科技园区,打造“一带一路”上的“中关村”。", ["Z7", "Z7.6"]),
    ("http://jinguix.com/?p=51677", "zh-Hans",
     "日前,《每日经济新闻》 记者从人民银行北京市分行了解到,人民银行北京市分行、市科委中关村管委会、市经济和信息化局、北京证监局、市人才工作局以及北京国有资本运营管理有限公司等共同创建 「中关村科技·金融汇」 融资对接机制。聚焦政府投资基金被投企业、市场化创投基金被投企业、重点人才创业企业,以及 「卡脖子」 领域重点企业等,广泛征集融资需求,组织投资机构、商业银行 「多对一」 高效对接企业融资需求,护航科技攻关和产业化发展。\n截至 2025 年 8 月末,「中关村科技·金融汇」 活动已举办 11 期,共为 80 多家企业对接融资,对接成功率超过 70%,累计促成授信 178 亿元,贷款投放 91.5 亿元,主要覆盖人工智能、商业航天、生物制药、机器人等领域,超半数贷款企业仍处于研发大量投入阶段,尚未形成规模性收入。", ["Z2", "Z2.3"]),
    ("http://gold.caiding5.cn/huilv/136418.html", "zh-Hans",
     "上证报中国证券网讯(记者 于祥明)摩尔线程、东方空间、思灵机器人、驭势科技、镁佳科技……服务超2000多家科创企业,发放超400亿元的无抵押、无担保贷款;且30%为首次贷款企业,70%为尚未盈利企业,这是中关村银行给出的一份“成绩单”。\n近日,记者走进北京中关村银行,深度调研这家民营银行在科技创新领域的探索之路,并专访了中关村银行副行长何存。她告诉记者,科技金融是北京中关村银行与生俱来的“DNA”,自成立以来,中关村银行始终扎根在中关村创新创业这片热土,服务那些有理想、能干事的创业者。", ["Z2", "Z2.3"]),
    ("http://120.79.34.160/articles/E0D7CD.html", "zh-Hans",
     "怀柔科学城密集分布着37个重大科技基础设施(大科学装置)、科教基础设施和交叉研究平台,现已突破关键核心技术51项,产出重大科技成果329项。\n从高空俯瞰,北京怀柔综合性国家科学中心(以下简称怀柔科学城)的空间布局宛如一位躬身前行的科学家——“头部”北区承载教育与交流功能,“躯干”中心区支撑基础研究和前沿技术突破,产业配套区如迈开的“双腿”,而科学田园与东区则似“行囊”,满载创新动能。", ["B1"]),
    ("http://m.msc611.com/article/item-253.html", "zh-Hant",
     "懷柔科學城核心區(qū)首個項目開工\n本報訊(記者 王可心)日前,懷柔科學城核心區(qū)首個項目正式開工,來自中科院物理研究所的清潔能源材料測試診斷與研發(fā)平臺將是最早進駐科學城的項目之一。\n該項目位于懷柔新城11街區(qū),北至永樂北二街,南至永樂北一街,東至雁棲東三路,西側將建設材料基因組研究平臺,總用地面積約2.9公頃。", ["B1"]),
    ("http://3news.cn/redian/2018/0205/239268.html", "zh-Hans",
     "记者5日从2018年全国科技创新中心建设工作会议上了解到,北京将于上半年编制完成“三城一区”规划,促进“三城一区”进入加速发展期,为确保2020年初步建成具有全球影响力的科技创新中心提供有力支撑。\n中关村科学城、怀柔科学城、未来科学城、北京经济技术开发区等“三城一区”是北京建设全国科技创新中心的主平台。\n2017年,“三城一区”地区生产总值在北京市占比超过30%,同比增长8.3%。其中,北京经济技术开发区同比增长12%。", []),
    ("http://m.njpanjin.com/cn/Instant/local/202203/t20220301_7155331.html", "zh-Hant",
     "本報訊(記者 劉蘇雅)昨天,新發布的《高精尖產業發展研究》公布成績單:2020年,北京高精尖產業發展水平綜合評分達到86.33,位居全國第一梯隊。本市新一代信息技術產業發展水平最優,醫藥健康產業創新能力持續增強。\n“高精尖產業的本質,是一種創新驅動的產業。”市科學技術研究院研究員、“北科學者”賈品榮說,“高”指的是研發強度,“精”是具有自主知識產權的原始創新,“尖”是要能引領技術發展方向和國際技術前沿。本市已培育形成新一代信息技術、科技服務業兩個萬億級產業集群,以及智能裝備、醫藥健康、節能環保、人工智能四個千億級產業集群,在高精尖產業規模及發展能級、高精尖產業科技創新、高精尖產業基礎能力、高精尖產業園區、京津冀高精尖產業區域協同等方面,均取得了一系列成效。", []),
    ("https://www.kczg.org.cn/rules/detail?id=6221199", "zh-Hans",
     "乘势而上创伟业,铆足干劲谋突破。过去一年间,北京经开区着力推动产业结构优化升级,实体经济和高精尖产业主阵地地位更加稳固,产业基础高级化、产业链现代化、产业集群化发展成效显著,国家高新技术企业、国家级专精特新“小巨人”企业数量在全国经开区中排名第一,高精尖产业发展迈上新台阶。", []),
    ("http://www.51xinshidai.com/showinfo-1-15126-0.html", "zh-Hans",
     "中关村新传——北京国际科技创新中心核心区建设发展纪实\n每天清晨,如潮的人流沿北京地铁16号线一路向北,过百望山、西北旺,如甘泉般融入永丰、北清路沿线“饥渴”的土地。\n南以百望山为界,西与门头沟为邻,北接昌平,东临未来科学城,大西山脚下的这片土地,就是海淀人俗称的“山后”地区。记者日前来到“山后”地区采访,惊奇地发现,这片大多数北京人并不熟悉的土地上,正在演绎一场以科技创新为主题的发展大戏。\n曾经阡陌纵横,如今车水马龙;曾经小桥流水,如今楼宇林立;曾经男耕女织,如今精英荟萃;曾经是人闲地旷的郊野农村,如今变身为产城融合的中关村科学城北区。", []),
    ("https://lemofix.com/2011-04/14/content_301294.htm", "zh-Hant",
     "中關村科技園區(qū)管委會最新發(fā)布的數(shù)據(jù)顯示,,一季度中關村國家自主創(chuàng)新示范區(qū)規(guī)模以上企業(yè)總收入同比增長25.4%,,達到3166.4億元。這是中關村示范區(qū)企業(yè)的收入在第一季度首次超過3000億元,。\n中關村管委會有關負責人表示,,由于元旦,、春節(jié)長假等因素影響,,一季度一般是全年生產(chǎn)的一個低潮期,,此次示范區(qū)企業(yè)克服了假期因素影響,總收入首次超過3000億元,。", []),
    ("http://www.qucess.com/news/post/120515/", "zh-Hans",
     "3月31日上午,北京市委书记蔡奇到海淀区检查中关村科学城复工复产和科技创新。目前中关村科学城复工复产率已经超过90%。\n随后,蔡奇与市长陈吉宁等领导查看中关村大街改造提升情况,来到中关村东升国际科技园,并莅临园区内的东升国际孵化器、GHDDI全球药物研发中心、联想工业大数据产业应用联盟等项目。\n蔡奇表示要在城市建设领域加强创新建设,科技打造,开辟城市新发展。蔡奇强调,疫情催生一批新兴和未来产业。要积极激发企业创新活力,推动中关村科学城建设在上新台阶。", []),
    ("https://m.fx361.cc/news/2018/0831/4149133.html", "zh-Hans",
     "自1978年,被誉为“中关村第一人”的陈春先提出“在中国建立科技园区、打造中国硅谷”开始算起,中关村经历了从“电子一条街”,到“新技术产业开发试验区”,从中国科技园区,到第一个国家自主创新示范区,走出了一条敢为人先、勇往直前、砥砺奋进、矢志创新的道路。如今的中关村,聚集了2万余家高新技术企业,300多家上市公司,有57家前沿技术企業平均估值超过20亿元。\n近年来,以中关村为龙头,北京率先形成创新驱动发展的格局,科技创新对经济增长的贡献率超过60%。北京关于“全国科技创新中心”的战略定位,坚持提升中关村国家自主创新示范区的创新引领辐射能力,使北京成为全球科技创新引领者、高端经济增长极和创新人才首选地。", []),
    ("http://finance.china.com.cn/roll/20151207/3481509.shtml", "zh-Hans",
     "新华社北京12月6日电 (记者李峥巍)我国科技创新资源聚集地北京中关村国家自主创新示范区最新数据显示,今年前10个月,示范区规模以上高新技术企业总收入同比增长10.3%,企业利润同比增长18.8%,收入总额已突破2.8万亿元,创新驱动效应持续显现。\n中关村科技园区管委会最新数据显示,今年1到10月,示范区规模以上高新企业实现总收入28365.6亿元,同比增长10.3%;工业总产值7115.3亿元;实缴税费1597.2亿元,同比增长8.8%;利润总额2294.3亿元,同比增长18.8%。", []),
]
WEB5_RELEVANT_EN = [
    ("https://global.chinadaily.com.cn/beijing/2015-06/16/content_21038183.htm",
     "Hundreds of entrepreneurs at the Entrepreneurship Street in Zhongguancun celebrate its anniversary. Some were successful entrepreneurs, and some had just stepped onto the road of entrepreneurship.\nAccording to statistics, the Entrepreneurship Street has successfully incubated more than 600 corporations since its launch on June 12, 2014. More than 350 corporations have received investments. The average investment for each corporation reached five million yuan ($805,500). The total financing exceeded 1.75 billion yuan ($281.93 million).", ["Z3", "Z3.4"]),
    ("http://www.samacharika.com/site/112610922020.html",
     "Zhai Lixin, director of the organizing committee office of ZGC Forum, said the forum, founded in 2007, has become an important platform for global exchanges and cooperation in scientific and technological innovation after years of development.\n\"The forum this year will highlight anti-epidemic work that utilizes science and technology, as well as global innovation and cooperation,\" he said.\nThe committee said that some 2,200 representatives from more than 30 countries and regions will participate.", ["Z7", "Z7.7"]),
    ("http://covid-19.chinadaily.com.cn/m/beijing/zhongguancun/2014-12/08/content_19652290.htm",
     "China decided to expand Zhongguancun's pilot policies to larger areas to boost the development of national innovation demonstration zones and further encourage entrepreneurship and innovation, according to a State Council executive meeting held by Premier Li Keqiang on Dec 3.\nChina has implemented a series of pilot policies covering finance, taxation, skills incentives, and science and research funding in Zhongguancun since 2010, which have made significant contributions to the structural upgrade and transformation of Beijing's economy.\nThe government will also push forward and implement pilot policies in a broader area, reducing the governmental power's effect on start-up businesses and realizing the rapid development of the industry.", ["Z2"]),
    ("http://english.qianlong.com/2018/0516/2576794.shtml",
     "Zhongguancun National Demonstration Zone, as a “test field” of the reform of China’s science and technology institution, has seen many firsts in the history of China’s S&T and innovation in its 30 years course, including the first private S&T enterprise, the first enterprise with non-defined business scope, the first enterprise whose intangible assets accounting for 100 percent of its registered capital, the first limited partnership investment institution and the first government guiding fund.\nOn the “test field” of Zhongguancun, a batch of key core technologies have been “harvested”, like 5G mobile telecommunication, Sugon supercomputer, Chinese search engine, artificial intelligence chip, driverless-car platform, graphene material preparation, and high-end medical apparatus and instruments.", ["Z1", "Z2"]),
    ("http://www.chinadaily.com.cn/m/beijing/zhongguancun/2018-04/11/content_36018424.htm",
     "By joining hands with universities, institutes, the media, associations and experts, the office will be a lookout post that absorbs referential experience from Israel and presents the innovative elements of Beijing.\nThe liaison office will be a bridgehead for bilateral exchanges in high-end talent and trending technologies. In addition to bringing in international resources, it will also help domestic talent fit in the global market.\nThe Zhongguancun administrative committee has spread its liaison networks to Silicon Valley, Toronto, London and elsewhere. These overseas offices will bulk out the influence of Zhongguancun, and convene more innovative forces for its advancement.", ["Z7", "Z7.4"]),
    ("https://chinaservicesinfo.com/s/201904/09/WS5cac5356498e079e6801ced8/beijing-rolls-out-new-measures-to-attract-high-end-talents.html",
     "The Beijing government recently rolled out 20 new measures to attract global talents to its high-tech hub Zhongguancun, known as Beijing's Silicon Valley.\nThe new package covers facilitation of exit and entry, and eased requirements for stay permits and residency permits in the capital.\nBeijing established five entry-exit reception halls in Zhongguangcun, Chaoyang, Shunyi, Shijingshan and Tongzhou districts for this purpose.\nSince 2015, the Beijing government has provided permanent residency permits for more than 2,100 overseas talents.", ["Z2", "Z2.2", "Z6"]),
    ("http://regional.chinadaily.com.cn/beijing/zpark/2018-09/18/c_443723.htm",
     "Zhongguancun Science Park (Z-Park), or China's Silicon Valley, has renewed its partnership with Bank of Beijing, a Sino-foreign joint stock commercial bank, and received a new credit line of 120 billion yuan ($17.5 billion).\nOn Sept 6, representatives of the two parties inked their strategic cooperation agreement in the headquarters of Bank of Beijing. Over the next three years, the Bank will grant an intentional credit line of $17.5 billion to support the growth of Zhongguancun small and medium-sized enterprises (SMEs), the construction of sub-parks and the expansion of financial services.", ["Z2", "Z2.3"]),
    ("http://en.people.cn/n3/2025/0724/c90000-20344356.html",
     "BEIJING, July 23 (Xinhua) -- The High Energy Photon Source (HEPS), China's flagship synchrotron radiation facility, is set to begin trial operations by the end of 2025, according to the project team.\nA synchrotron radiation light source is a source of electromagnetic radiation usually produced by a storage ring.\nAs one of the country's key scientific and technological infrastructure projects, the HEPS is expected to become a fourth-generation synchrotron radiation facility featuring the world's highest brightness and will serve as a research platform for material science, chemical engineering, biomedicine and other fields, said the Institute of High Energy Physics (IHEP) under the Chinese Academy of Sciences, main developer of the HEPS.\nIt acts like a super-powered \"X-ray microscope\" to \"see\" the micro-world, the IHEP explained.\nLocated in Beijing's suburban Huairou District, the HEPS venture has achieved significant construction milestones since breaking ground in 2019.", ["B1"]),
    ("https://news.yahoo.com/china-set-national-blockchain-technology-052808980.html",
     "China’s Ministry of Science and Technology has given the go-ahead to set up the National Blockchain Technology Innovation Centre in Beijing to run blockchain research and development, according to a local media report.\nThe center will be led by the Beijing Academy of Blockchain and Edge Computing (BABEC), a research institution backed by the Beijing government and one of the developers of Chang’an Chain (ChainMaker) – China’s first domestically developed open-source blockchain platform.\nThe new center will handle research and industrialization of blockchain technology, including fundamental theories, hardware and software development, and construction of blockchain platforms, according to the report.", ["B1", "B3"]),
    ("http://www.china.org.cn/china/2019-09/29/content_75258203.htm",
     "Beijing on Wednesday published a blue paper revealing the development and future prospects of the city's high-tech industries. Among the targets, the output of the next-generation IT industry is expected to reach 350 billion yuan (US$49 billion) next year.\nBeijing has been focusing on the development of ten high-tech industries in recent years, including the next-generation IT industry, integrated circuit, artificial intelligence, etc. In 2018, Beijing's national-level high-tech enterprises numbered 25,000, an increase of 25%. On average, 199 start-ups were set up on a daily basis, and the city's technology contract turnover increased by 10.5%.", []),
    ("http://www.bjchp.gov.cn/english/tabid/7989/InfoID/303523/frtid/8019/Default.aspx",
     "Beijing Future Science & Technology Park is a major science and technology engineering project of the central government, set up to achieve the “Recruitment Program of Global Experts” and build an innovative country. The first group to settle there includes research organizations of 15 central enterprises including China South Industries Group Corporation, China National Offshore Oil Corporation, the State Grid Corporation of China, CHINA HUANENG, China Guodian Corporation, Shenhua Group, China Telecom, China Electrics Corporation, ANSTEEL GROUP CORPORATION, the Wuhan Iron and Steel (Group) Company, the Aluminum Corporation of China, COFCO, SNPTC, COMAC, and the China National Building Materials Group Association. Research and development areas include strategic and emerging industries that the state is focused on developing including energy conservation and environmental protection, new generation information technology, biology, high-end equipment manufacturing, new energy resources, new materials, new energy automobiles and so on.", []),
    ("http://english.china.org.cn/english/MATERIAL/34873.htm",
     "Sources from the administrative committee of the park revealed that 39 of the world's top 500 enterprises, including IBM, Nokia, SUN, Nortel, Motorola, SMC, Microsoft, Intel and GE, have set up research and development centers.\nAnd a group of these giants, including Kodak, SK, NEC, Siemens, Samsung and Sanyo, established regional headquarters, manufacturing bases or joint ventures here.\nLarry Ellison, chairman of United States-based Oracle Corp, paid a visit to the Beijing Zhongguancun Software Park last week, and talked about setting up the company's second research center in the 139.06-hectare (344-acre) area.", []),
    ("https://www.asiaone.com/business/beijing-e-town-gdp-expected-exceed-380-billion-yuan-2025",
     "In the next five years, the Beijing Economic and Technological Development Area, also known as Beijing E-Town, will emerge as a national leader in the whole integrated circuit industry chain.\nThe target was written into The Plan for Development and Construction of the Beijing Economic and Technological Development Area in the 14th Five-Year Plan Period and the Long-range Goals Through 2035. According to the plan, by 2025, Beijing E-Town's GDP will exceed 380 billion yuan and have a total of six 100 billion-level innovative industrial clusters.\nAs one of the densest areas of integrated circuit companies and most advanced technologies in the country, Beijing E-Town is home to many industry-leading companies, including Semiconductor Manufacturing International Corporation and NAURA Technology Group Co., Ltd.", []),
    ("http://www.rails.com.cn/en/news.php?id=37881",
     "As one of the major moves employed by the Beijing municipal government to materialize the state demonstration zone for proprietary innovation as approved by the State Council, Zhongguancun Science City is the hub of the core area of Zhongguancun. It is centered around Zhongguancun Street, Zhichun Road and Xueyuan Road. Main objective of the Science City is to fully utilize the existing land resources and space through resource exploitation/transaction and innovations in urban planning and management while leveraging the local creative resources at the scientific research institutions and higher learning entities, thus further augmenting the driving role of the nation’s strategic new industrial powerhouse. In order to facilitate development of the Science City, the city of Beijing has rolled out a series of favorable policies and supporting directives to encourage scientific/technological innovations and fruition of research findings.", []),
]
# traps: (kind, url, language, text); all irrelevant
WEB5_TRAPS = [
    ("zol", "http://www.zhengzhongguoji.com/article/7432569_254602432.html", "zh-Hant",
     "【中關(guān)村在線(xiàn)顯示器頻道原創(chuàng )】大家來(lái)到我們中關(guān)村在線(xiàn)顯示器頻道除了查看近期的市場(chǎng)行情和最新的報價(jià)之外,另外一個(gè)重要的方面就是希望查看相關(guān)的信息,來(lái)幫助自己應該如何選購顯示器產(chǎn)品,其中顯示器的評測結果就是非常重要的參考依據,因此顯示器的測試方法和手段就顯得格外重要,畢竟準確的結果會(huì )給網(wǎng)友們帶來(lái)更有價(jià)值的參考依據。"),
    ("mall", "https://scarlatti.de/2008/03/06/buying-bits-and-pieces/", "en",
     "Beijing shows its friendly side. It’s sunny and pleasantly warm. Today I went to one of the Zhongguancun Electronics Markets to replace a broken recharger for my notebook. Those huge, noisy places are very special: With their hundreds of booths they look like 21st century versions of old-style oriental markets. As a western customer you are constantly pestered by boys and girls wanting to sell you some overpriced digital equipment. But the more you understand the architecture and mechanism of the location the nicer it gets."),
    ("mall", "https://global.chinadaily.com.cn/beijing/2010-08/16/content_12388869.htm", "en",
     "Exiting the train at Zhongguancun, China's own Silicon Valley, and making your way to the sea of vendors, it's almost as if you're entering an unknown world. Gone is the easy browsing Best Buy and megastore experience where the most attention you receive is a kind \"may I help you?\" from staff, which one can easily decline.\nBeijing is a whole different experience; a ferocious monster is a better way of putting it. Maybe it's because I'm a foreigner but, upon entering the bazaar, clerks bellow at the top of their lungs \"Hello, Sony!\" \"Hello, Nikon!\" \"Hello, computer!\" as you pass by. Fliers are shoved in your face, featuring a collage of deals and information to satiate any gadget hunger."),
    ("rental", "https://www.zhidianjob.com/newsdetail/id/10814.html", "zh-Hans",
     "科技公司的新租约和搬迁需求,正推动北京写字楼市场走出低谷,中关村的空置率已率先降至个位数。\n世邦魏理仕的数据显示,2025年上半年北京办公楼市场净吸纳量同比增长1.1倍。从商务园区市场来看,上半年累计净吸纳量同比增长达到216%。\n这些数字背后,是人工智能、大数据等科技企业持续扩张带来的实实在在的租赁需求。"),
    ("rental", "https://www.joneslanglasalle.com.cn/en/newsroom/beijing-4q21-property-market-review", "en",
     "Beijing: 6 January 2022 – “In 4Q21, as both quarterly and annual leasable net absorption figures for Beijing’s Grade A office market hit record highs for the past decade, market confidence saw a significant boost,” said Julien Zhang, Managing Director for JLL North China. “After demand recovery showed strong momentum throughout the year, investors looked increasingly favourably at Beijing’s commercial real estate market, encouraged by its positive fundamentals, particularly its high-quality assets and prospects for long-term growth.”\nIn the office market, strong market demand – dominated by the domestic TMT industry – drove a faster destocking pace, helping the overall market vacancy rate return to its pre-pandemic level at end-2019."),
    ("rental", "http://www.newzgc.com/news/zgcdc/200711/6349.htm", "zh-Hans",
     "今年前10个月中关村区域写字楼新增供应量较少,相对其他区域而言,不用担心因供应增加而出现激烈竞争的局面。上半年,中关村的融科资讯中心、中国电子大厦等均有新的大客户进驻,而该区域或附近区域大部分下半年入驻的项目要么整栋出售,要么直接进入租赁市场,集中放量并不会给写字楼销售市场带来压力。\n由于放量项目中甲级写字楼较多,拉升了整体租金指数盘面,目前基本月租金维持在15—27美元/平米,多数写字楼租金集中在每月25美元/平米,只有中关村金融中心一期等少量项目月租金超过30美元/平米。"),
    ("restaurant", "http://politics.people.com.cn/n/2014/1223/c1001-26257341-4.html", "zh-Hans",
     "淮扬春饭店,一听名字就是做淮扬菜的。\n虽然饭馆外表看起来挺新,但淮扬春可是快有百年的老字号,是老北京熟悉的一家饭馆,号称“京城淮扬菜龙头”,最初的地址在西单长安街路南,后来搬到了现在的位置。\n淮扬春的邻居就是国家工商总局、国家烟草专卖局这样的国家大单位。不过,记者看了一下菜单,虽然最贵的菜还是500多元,但大部分菜都是家常菜,比如招牌菜蟹粉狮子头每份19元,响油鳝糊小份88元,中份138元。"),
    ("gadget", "http://m.jizihe.com/page/2016/0429/26319170.shtml", "zh-Hant",
     "2015年國產(chǎn)手機廠商繼續(xù)在中國這個全球最大的智能手機市場攻城掠地,可以說除了4000+的超高端市場少有建樹之外,3000及以內(nèi)的市場基本都是國產(chǎn)手機的天下了,HTC、索尼、三星、LG等公司在這個市場也沒什么優(yōu)勢了。同樣地,因為國產(chǎn)手機廠商競爭太過激烈,大家爭搶的主戰(zhàn)場也從2000元檔殺向千元檔,今年的千元機配置、做工及設(shè)計足以比肩去年的2000元手機,全金屬、指紋識別已經(jīng)成為主流設(shè)計。"),
    ("wuhan", "http://www.skysongs.net/portal/list/index/id/75.html", "zh-Hant",
     "湖(hu)北科(ke)(ke)投(tou)先后(hou)圍(wei)繞(rao)東(dong)湖(hu)科(ke)(ke)學(xue)城科(ke)(ke)創大(da)(da)走廊、武漢(han)新(xin)城核心區等重大(da)(da)城市發展機遇,聚焦科(ke)(ke)技創新(xin)、產(chan)業(ye)發展、城市功能服務需求(qiu),爭當武漢(han)建(jian)設具有(you)全(quan)國影響力的科(ke)(ke)技創新(xin)中心主(zhu)力軍(jun)。\n光(guang)谷(gu)科學島區域市(shi)政網絡(luo)全面(mian)搭建(jian)完(wan)(wan)成,光(guang)谷(gu)科學島邁入產業“填空”階段(duan)。"),
    ("wuhan", "https://www.hbtctv.cn/p/44942.html", "zh-Hans",
     "湖北东湖科学城“7997”重大项目陆续落地\n近期,湖北东湖科学城3个大科学装置项目纳入国家“十四五”专项规划,取得历史性突破,加上此前已投用的国家脉冲强磁场、国家精密重力测量2个大设施,总数达到5家,“7997”(七大湖北实验室、九大科学装置、九大国家级创新中心、七大重点板块)重大科创平台项目布局取得重大进展。\n目前,7个湖北实验室已挂牌运营,其中5个落户光谷(光谷、珞珈、江城、东湖、九峰山);国家先进存储、信息光电子、数字化设计与制造等3大国家创新中心已建成;武汉产业创新发展研究院、武汉人工智能计算中心、武汉量子技术研究院等一批前沿交叉和产业转化平台已落地;全国首个国家重大公共卫生事件医学中心开工建设,武汉国家级人类遗传资源库投入使用。"),
    ("shenzhen", "https://newsupdate.com.pk/industry-empowered-by-science-guangming-science-city-lures-talent-globally/", "en",
     "To translate scientific exploration into industrial innovation, Guangming Science City has found a way to bridge the science with the market quickly. It is being built into a platform where innovative chain can be integrated with the industrial chain. It pioneered a model, the first of its kind in China, by holding innovation and business in one complex. The model helps bring the latest findings in upstairs labs directly to startups downstairs where their market feasibility and possibilities of mass production can be examined. Also, the researchers can be quickly informed when something needs to be fixed, thus substantially shortening the commercialization cycle and speeding up the science-enabled economy.\nGuangming Science City, located in northern Shenzhen, will be built into a place to support a comprehensive national science center."),
    ("guangzhou", "https://techtography.com/a-centenary-science-city-underway-sci-tech-innovation-factors-gather-momentum-in-nansha/", "en",
     "Planned to cover an area of 99 square kilometers, Nansha Science City is jointly established by Guangzhou Municipal Government and the Chinese Academy of Sciences (CAS), integrating science and education. It is expected to serve as an important platform for the frontier research, basic research and high-tech innovation in the Greater Bay Area. The City is built upon the objective to establish a \"Centenary Science City\" set by Guangzhou Municipal Government in early 2021."),
    ("nanjing", "http://www.szketai.com/politics/2019-05/09/c_1124473647.htm", "zh-Hant",
     "新華社南京5月9日電 題:長三角,崛起創新高地——南京江北新區發展解碼\n新華社記者 朱程\n南京江北新區,是國家級綜合功能區。\n自2015年獲批成為國家級新區以來,江北新區聚焦“芯片之城”“基因之城”“新金融中心”發展戰略,堅持龍頭引領,持續優化創新環境,正成為帶動南京乃至長三角高質量發展的重要引擎。"),
    ("nanjing", "https://www.xhby.net/content/s65e6826ee4b03fd32e0a20bc.html", "zh-Hans",
     "“现代化的本质是人的现代化”。南京市江宁区深入学习贯彻落实习近平总书记对江苏工作重要讲话重要指示精神,全面落实“四个走在前”“四个新”重大任务,坚持以人民为中心的发展思想,以“敢为、敢闯、敢干、敢首创”的担当作为,脚踏实地、埋头苦干,把一个个目标落到实处,让中国式现代化在江宁大地展现可观可感的现实图景。\n创新浓度转化为产业厚度\n“原始创新、顶天立地、世界一流、不可替代”,走进紫金山实验室大楼大厅,迎面可见的这16个大字,时时激励着这里的超千人科研团队。这里拥有最密集的人才密度和创新浓度:科研人员博士比例达40%,拥有两院院士4位,国家和部省级高端人才70余人。"),
    ("xian", "http://czechweekly.com/info/The-Implementation-of-Double-Centers--The-Only-Core-Supporting-Zone-SCIENCE-CITY-OF-THE-SILK-ROAD-2301170002.html", "en",
     "During the two sessions of Shaanxi Provincial People's Congress held recently, the 2023 work report of Shaanxi government showed that Xi'an has been approved to build a comprehensive science center and a scientific and technological innovation center.\nAt present, the approved projects in all regions have taken the corresponding science city as the carrier for the construction of comprehensive national science center and national science and technology innovation center. As an important node of the Xi'an Science and Technology Innovation Belt, and based on Qinchuangyuan Platform for the transformation of high-energy scientific and technological achievements, the SCIENCE CITY OF THE SILK ROAD has the advantages of scientific research + industry overlapping and has become the first and only \"double-center\" core supporting zone in China."),
    ("xian", "http://m.mistycreekphotography.com/news/55", "zh-Hant",
     "2020年9月9日,「投資界硬科技TOP100」榜單在2020全球創(chuàng)投峰會盛大發(fā)布。此次峰會在西安舉行,這里既是“硬科技”概念的策源地,也是“硬科技”產(chǎn)業(yè)高地。\n該榜單由清科集團旗下中國創(chuàng)業(yè)與投資專業(yè)門戶——投資界(www.PEdaily.cn)發(fā)起,旨在從新一代信息技術、集成電路芯片、高端裝備、新材料、新能源、節(jié)能環(huán)保以及生物醫(yī)藥等高新技術產(chǎn)業(yè)和戰(zhàn)略性新興產(chǎn)業(yè),挖掘近三年有融資經(jīng)歷的未上市公司,評選出100家具有行業(yè)風向標意義,支撐中國科技創(chuàng)新和產(chǎn)業(yè)升級的硬科技企業(yè)。"),
    ("hefei", "http://www.pinduo.vip/a/1072.html", "zh-Hans",
     "5月初,在安徽省合肥市滨湖国际会展中心,第三届中国(安徽)科技创新(chuàngxīn)成果转化交易会在此举行。海内外两千多家企业、近(jìn)两百所高校院所参与,对接(duìjiē)金额破千亿元,成为一场创新链对接产业链的(de)盛会。\n推进中国式现代化,科学技术要(yào)打头阵,科技创新是必由之路。全国(quánguó)科技创新版图中,安徽科创何以一再(yīzài)攀登高峰?这离不开合肥综合性国家科学中心的贡献。"),
    ("hefei", "https://outlooknewera.com/pc/info_view.php?VID=67995&tab=mynews", "zh-Hans",
     "2016年,国务院印发《“十三五”国家科技创新规划》,明确提出“依托北京、上海、安徽等大科学装置集中的地区建设国家综合性科学中心”,合肥大科学装置建设从此步入“快车道”。\n在“投入大、周期长”的大科学装置建设上,合肥不仅“舍得花钱”,还组建合肥未来大科学城建设投资有限公司,采取“交钥匙工程”的方式代建科创平台,让科学家心无旁骛做研究。"),
    ("taiwan", "http://cn.epochtimes.com/b5/3/8/12/n357864.htm", "zh-Hant",
     "【大紀元8月12日訊】(中央社記者韋樞台北十二日電)新竹科學工業園區管理局今天發布竹科上半年營運統計,上半年肆虐的SARS居然未影響竹科, 6大產業的營運額反而逐漸攀升,高達3684億元,較去年同期成長 11%,預計今年全年園區內的營業額可望介於8000億元到8500億元之間,成長率介於13%到20%。\nSARS(急性嚴重呼吸道症候群)未影響竹科的營運,晶圓代工的設備利用率逐漸攀升,園區內 6大產業的營業額增多減少,其中積體電路、光電產業均呈兩位數成長,營業額較去年同期成長14%及23.7%,通訊和生物技術產業亦較去年同期成長5.4%及8.9%,電腦週邊和精密機械則負成長2.6%及4.4%。"),
    ("zhengzhou", "https://cstf.org.cn/newsdetail.asp?num=1419&types=36", "zh-Hans",
     "近年来,郑州高新区锚定世界一流高科技园区目标,聚焦疏通投早投小投硬科技的堵点,构建以“政府引导+市场主导+数字赋能”为特色的科技金融体系,培育耐心资本生态体系。实践表明,该模式显著提升早期科技项目融资可得性与资本市场活跃度,有效引导耐心资本精准“滴灌”科技创新,为培育新质生产力、推动高水平科技自立自强提供坚实支撑。"),
    ("national", "https://www.itiger.com/news/1146461139", "en",
     "The State Council has approved the launch of comprehensive reform pilots for market-oriented allocation of production factors in 10 regions, effective immediately for a two-year period. These include Beijing's sub-center, key cities in southern Jiangsu, Hangzhou-Ningbo-Wenzhou region, Hefei metropolitan area, Fuzhou-Xiamen-Quanzhou region, Zhengzhou city, Changsha-Zhuzhou-Xiangtan region, nine mainland cities in the Guangdong-Hong Kong-Macao Greater Bay Area, Chongqing, and Chengdu.\n**Zhengzhou Municipal Comprehensive Reform Pilot Implementation Plan**\nThe pilot program covers the entire territory of Zhengzhou city in Henan Province.\n**I. Promoting Innovation and Development of Technology Factor Markets**\n(1) Strengthening Technology Transfer and Intellectual Property Protection Deepening reforms of technology ownership, disposal rights, and revenue rights for scientific achievements. Systematically conducting pilots for granting researchers ownership or long-term usage rights of their work-related technological achievements, gradually expanding participating institutions."),
    ("national", "http://big5.news.cn/gate/big5/www.news.cn/20251205/be5aa43a3fec455eb7384b97b521ed79/c.html", "zh-Hant",
     "科技自立自強水平大幅提高是“十五五”時期經濟社會發展的主要目標之一,也是金融發力的重點和主線。11月27日,中國人民銀行、科技部等部門聯合召開科技金融統籌推進機制第一次會議。會議要求,持續深化金融供給側結構性改革,為建設科技強國提供堅實支撐。\n如何加快構建與科技創新相適應的科技金融體制,推動科技、産業、金融良性循環?經濟日報記者近日在江蘇、浙江等地調研走訪時,看到了金融機構和科技企業合力交出的答卷。"),
    ("jiangsu", "http://www.jiangsu.gov.cn/col/col92663/index.html", "zh-Hans",
     "近年来,江苏省委金融办认真贯彻落实习近平总书记关于“因地制宜发展新质生产力”的重大要求,深刻把握金融工作的政治性、人民性,会同中央金融管理部门驻苏机构和各相关部门,共同做好科技金融大文章,推动“科技—产业—金融”良性循环。"),
    ("passing", "https://www.chinabytespodcast.com/podcast/2018/7/10/episode-1-a-history-of-chinese-entrepreneurship-in-three-biographies-1", "en",
     "The article was about a Beijing-based company called ByteDance that was behind a popular mobile application called JinRi TouTiao, or “Today’s Headlines.”\nJust about a month later, another story broke: ByteDance had tried to buy Reddit, a website which I am reluctant to admit that I use almost daily for a dose of dog pictures and dopamine.\nIn the span of two months, ByteDance had gone from a company that I had never heard of before, to bidding on America’s fourth most popular website."),
]
add_web_round("web5", WEB5_RELEVANT_ZH, WEB5_RELEVANT_EN, WEB5_TRAPS)

# --- added round 6: everyday news coverage as a monitoring team would see it (short excerpts with their
# URLs, found with the project's page search): Zhongguancun sub-parks (Changping, Shijingshan, Daxing,
# Haidian, distinctive industrial parks), ZGC out of Beijing (e谷, 保定·中关村, Xiong'an ZGC park),
# standards, Belt and Road association, overseas-talent park, sci-tech finance, technology transfer
# (12 measures, 京校十条), the 2025/2026 Zhongguancun Forums, AI / unicorn / frontier-tech coverage,
# park statistics, an official visit, Huairou, Changping / Future Science City, E-Town (scenes,
# robotics), Beijing's open-source, embodied-AI, pilot-platform and data-exchange news, the Beijing
# technology market; zh-Hant from HK outlets, the Beijing government's big5 gateway and syndicators
# (several with pinyin annotations such as 關(guān), 創(chuàng ) left in).  Traps are ZOL phone reviews,
# a 中关村 electronics-market column, office-market reports naming ZGC / Beijing, Beijing restaurant
# guides, other cities' science cities and parks (Zhangjiang, Hefei, Chengdu, Hangzhou, Shenzhen
# Hetao, Guangzhou Nansha, Hsinchu, Hong Kong, Singapore one-north, Silicon Valley), national
# technology-transfer texts, a ThinkPad review naming Beijing, and passing mentions of 中关村 /
# Beijing / Haidian.  The order of each list was fixed before the labels were written; labels were
# written from the text alone and none of these rows was run through the classifier.  Split rule fixed
# in advance, as in rounds 2-5: within each group (relevant zh, relevant en, traps), in the listed
# order, even positions (0-based) -> tune, odd -> holdout.
# Labels (README rules, rounds 2-5 readings) plus: Z5 + Z5.3 for ZGC distinctive industrial parks
# (特色产业园); Z5 for a sub-park's founding / expansion or the sub-parks' reform progress; Z5 + Z5.12
# for ZGC parks in Beijing-Tianjin-Hebei (保定·中关村, Xiong'an ZGC park, both named in 004's Z5.12);
# Z5 + Z5.13 for exporting the ZGC model to other regions (中关村e谷); Z7 + Z7.9 for 中关村标准;
# Z7 + Z7.6 for the ZGC Belt and Road industrial association; Z6 + Z6.9 for the overseas-talent park
# (海创园); Z2 + Z2.1 for 京校十条 (a measure for transferring universities' results in Beijing), Z3 +
# Z3.4 for the 创业大街 as an incubation platform; Z3 + Z3.1 + Z3.2 for the MoE/ZGC 12 measures
# (technology-transfer offices, proof-of-concept centres); Z2 where the ZGC pilot role is stated; Z1
# where frontier / key technologies are stated as ZGC results; B1 for Huairou facilities, Beijing's
# new-type R&D institutions and national labs; B2 where Beijing plans to lead in AI / open source /
# embodied AI; B4 where E-Town opens application scenarios across the area (seeds/001's B4: 全域应用
# 场景); B5 where Beijing's technology flows to Tianjin-Hebei are stated as a result.  Statistics,
# visits, E-Town robotics, the data exchange, the pilot-platform policy and Future Science City results
# get no code.
WEB6_RELEVANT_ZH = [
    ("https://m.bjnews.com.cn/detail/1745819950168398.html", "zh-Hans",
     "中关村昌平园特色产业园联席机制首批成员单位涉及24家运营管理单位,累计覆盖31个产业园区,产业形态丰富,既有一级开发公司、政府产业平台公司,也有市场化孵化器、社会组织,行业领域多元,覆盖医药健康、智能制造、数字经济等各个领域。\n对此,昌平区委中关村科技园区昌平园工委书记、中关村科技园区昌平园管委会常务副主任常盛表示,希望以该促进会为依托,集聚职能部门、属地镇街、园区及三方机构资源,形成区级统筹,专业机构运营管理,上下联动、有机衔接的工作模式,促进招商、空间及服务等资源共享。加快培育一批基础设施完善、产业定位鲜明、运营模式高效、发展成效显著、开放创新活跃的特色产业园区。", ["Z5", "Z5.3"]),
    ("http://fcfhome.com/news/details_171388.html", "zh-Hant",
     "截至2018年年底,中關(guān)村企業(yè)和產(chǎn)業(yè)聯(lián)盟創(chuàng )制發(fā)布9527項標準,其中,國際標準380項、國家標準5415項、行業(yè)標準2957項、地方標準289項、團體標準486項。\n近日,中關(guān)村管委會(huì )組織發(fā)布了《中關(guān)村標準化白皮書(shū)(2019)》。統計數據顯示,2018年中關(guān)村示范區技術(shù)標準創(chuàng )制數量大幅增加,支撐新興產(chǎn)業(yè)發(fā)展作用日益凸顯,標準化已逐步成為中關(guān)村建設全球科技創(chuàng )新中心的有力抓手。", ["Z7", "Z7.9"]),
    ("https://www.bs178.com/s-1-037c5127705cd91c", "zh-Hans",
     "“北京已集聚全国超40%的顶尖人工智能人才,拥有超过2400家人工智能企业,核心产业规模接近3500亿元,企业数量与核心产业规模均占全国一半。”北京市科委、中关村管委会信息处处长韩健介绍,一系列领先优势,使北京在全国人工智能版图中占据重要位置。\n北京人工智能的创新活力,离不开新型研发机构的深度参与。位于海淀区的北京智源人工智能研究院就是典型代表。今年6月,智源继“悟道”系列之后,推出最新大模型成果——“悟界”系列,包括原生多模态世界模型Emu3、脑科学多模态通用基础模型Brainμ等多个技术突破。", ["B1"]),
    ("https://deyang.scol.com.cn/sdtp/202009/57909219.html", "zh-Hans",
     "作为京津冀版图中的“一核”,北京的创新能力如何辐射天津和河北?“中关村”走出去是观察视角之一。天津滨海、保定、石家庄、雄安、曹妃甸……几年间,已有不少中关村在京津冀大地上“生长”。\n“中关村”给京津冀协同发展带来了什么?记者一行探访了全国首家由中关村在京外设立的创新中心——保定·中关村创新中心(以下简称“保定中关村”)。", ["Z5", "Z5.12"]),
    ("http://m.4455mseq.cn/news/75/2021514135844.html", "zh-Hant",
     "大興生物醫(yī)藥基地現(xiàn)已全面啟動(dòng)擴(kuò)區(qū)工作,在現(xiàn)有13.4平方公里的基礎(chǔ)上再擴(kuò)9.1平方公里:南擴(kuò)3.6平方公里,以工業(yè)研發(fā)、生產(chǎn)功能為主;北擴(kuò)5.5平方公里,用于園區(qū)生活、服務(wù)配套和首醫(yī)大新校區(qū)的入?yún)^(qū)。\n同時(shí),將東部京南物流基地和東南工業(yè)區(qū)納入中關(guān)村政策區(qū)范圍,形成近30平方公里的產(chǎn)業(yè)發(fā)展空間,在更大空間推進(jìn)基地高質(zhì)量發(fā)展。", ["Z5"]),
    ("http://www.chuangyi.org.cn/html/cyfz/detail_2023_11/10/14904.html", "zh-Hans",
     "中关村海淀园人工智能产业集群获评国家级优秀\n2019年,国家发展改革委启动实施国家战略性新兴产业集群发展工作,布局建设第一批66个国家级产业集群,北京市海淀区人工智能产业集群入选。\n2023年,国家发展改革委组织对第一批66个国家级产业集群开展评审。这一重磅评审结果--北京市4个首批国家级产业集群中,海淀区人工智能产业集群获评优秀等级。", ["Z4", "Z4.6"]),
    ("http://ayao.rasgz.cn/zz/index.php?id=uk01hy4csvjclv", "zh-Hans",
     "本届论坛年会设置论坛会议、成果发布、技术交易、前沿大赛、配套活动五大板块,将举办开幕式暨全体会议、平行论坛、重大成果专场发布、中关村国际技术交易大会、中关村国际前沿科技大赛总决赛等活动。论坛年会期间,还将开展科技文化、科学普及、企业专场等配套活动。\n中关村论坛是中国面向全球科技创新交流合作的国家级平台。论坛创办于2007年,以“创新与发展”为永久主题,致力于促进各国共议前沿科技和未来产业发展趋势,共商全球创新规则和创新治理,共享全球创新思想和发展理念,共同推动科技创新为世界繁荣发展注入强劲动力。", ["Z7", "Z7.7"]),
    ("http://591pin.cn/20250113155099_1", "zh-Hant",
     "把鏡頭拉長,中關(guān)村所在的海淀區(qū),有15家人工智能領(lǐng)域獨角獸,占北京市人工智能獨角獸企業(yè)的73.3%,占全國的26.2%。\n國家“十四五”規(guī)劃和2035年遠(yuǎn)景目標(biāo)綱要指出,要“發(fā)揮中關(guān)村國家自主創(chuàng)新示范區(qū)先行先試作用”。2025年,“十四五”收官之年,中關(guān)村作為中國乃至世界的科技創(chuàng)新引擎,將形成包括制度保障、基礎(chǔ)設(shè)施和創(chuàng)新生態(tài)在內(nèi)的多維度環(huán)境優(yōu)勢,使人工智能獨(dú)角獸企業(yè)的崛起成為常態(tài)。", ["Z2"]),
    ("http://www.liuxuehr.com/news/haiguichuangye/2021/0318/42303.html", "zh-Hans",
     "近年来,中关村示范区紧抓海外人才回流的机遇,不仅吸引了大批优秀“海归”科技人才,更是帮助他们成长为中关村创业的主力军。关于如何更好地吸引海外人才回国,为他们创造更好的条件,中关村给出了自己的答案。\n作为中关村吸引和服务海外人才回国创新创业的重要载体,中关村海外人才创业园(以下简称“海创园”)探索出了全链条、无缝隙的创新创业服务体系,为海外人才打造独特的“类海外环境”,让海外归国人才和外籍人才进得来、留得下、干得好、融得进。", ["Z6", "Z6.9"]),
    ("https://www.duohuanbao.com/archives/321141.html", "zh-Hans",
     "红入桃花嫩,青归柳叶新。早春时节,地处京郊的怀柔科学城春意盎然,生机勃勃。这里集纳国之重器,汇聚四海英才,正全面进入到建设与运行并重新阶段。科技设施平台集群初步形成、科技创新成果渐次显现、综合保障体系加快构建、“聚人气、聚科研气”形成良好态势……长城脚下、雁栖湖畔,科学的种子在怀山柔水播耕,在阳春时节萌芽。\n怀柔区委书记、怀柔科学城党工委书记郭延红表示,要坚持百年科学城、奋斗每一天,融科学、科学家、科学城三者一体,助力北京建设国际科创中心,实现“展翅腾飞看怀柔”的愿景。", ["B1"]),
    ("http://m.zgkjsz.com/page/2016/0420/9124974.shtml", "zh-Hant",
     "3月29日,全國(guó)首個(gè)由高科技企業(yè)、相關(guān)機(jī)構(gòu)及個(gè)人自主發(fā)起的、致力于“一帶一路”國(guó)際合作服務(wù)的社團(tuán)組織——中關(guān)村一帶一路產(chǎn)業(yè)促進(jìn)會(huì)在海淀正式成立。國(guó)家發(fā)改委、科技部、外交部、商務(wù)部、體育總局等國(guó)家部委,各發(fā)起單位、高等院校、金融機(jī)構(gòu)、地方政府,大型央企、民企等150家代表共計(jì)200余人參會(huì)。\n理事長(zhǎng)張曉東就促進(jìn)會(huì)整體情況及重點(diǎn)工作做了介紹,會(huì)員企業(yè)涵蓋現(xiàn)代農(nóng)業(yè)、生物醫(yī)藥、云計(jì)算、智能制造、地理信息、節(jié)能環(huán)保、新材料新能源、大數(shù)據(jù)等現(xiàn)代產(chǎn)業(yè)領(lǐng)域。促進(jìn)會(huì)以國(guó)家“一帶一路”戰(zhàn)略構(gòu)想的理念和倡議為基礎(chǔ),把握“一帶一路”沿線(xiàn)國(guó)家發(fā)展戰(zhàn)略對(duì)接的機(jī)遇,圍繞“一帶一路”沿線(xiàn)國(guó)家基礎(chǔ)設(shè)施互聯(lián)互通、重點(diǎn)經(jīng)貿(mào)產(chǎn)業(yè)園區(qū)建設(shè)及科技產(chǎn)業(yè)轉(zhuǎn)移等內(nèi)容,充分發(fā)揮中關(guān)村創(chuàng)新及高科技產(chǎn)業(yè)等優(yōu)勢(shì),以市場(chǎng)運(yùn)作的方式,建立企業(yè)走出去的合作共同體。", ["Z7", "Z7.6"]),
    ("https://soolun.net/periodical/cfbce097f51e26ce9163707340d792b8.html", "zh-Hans",
     "8月4日,石景山区在万商花园酒店隆重举行“中关村科技园区石景山园”授牌暨“中关村科技园区石景山园管委会”揭牌仪式,石景山区规划出的3.45平方公里面积作为中关村科技园区第八园正式纳入中关村。石景山园90%左右的土地还处于待开发状态,这一片新兴的处女地将为数码娱乐产业等科技文化创意产业的发展提供独特的公共服务保障和技术支持系统。", ["Z5"]),
    ("http://g.golangjump.com/?bW=yUGLN.html", "zh-Hans",
     "北京流向津冀技术交易成交额快速增长。2023年,北京流向津冀技术合同成交额达748.7亿元,同比增长109.8%,占流向外省份的15.1%,持续发挥北京对津冀的辐射带动作用。流向津冀技术合同主要集中在城市建设与社会发展、新能源与高效节能以及现代交通领域,为推动京津冀区域形成更为完整的产业链、创新链提供创新动力。\n负责人表示,北京将进一步激发技术交易主体活力,推动技术市场的健康发展,促进技术交易规模稳步增长,为北京国际科技创新中心建设提供有力支撑。", ["B5"]),
    ("http://www.victorzhang.cn/page/2014/0915/1123372.shtml", "zh-Hant",
     "二是政府給力破除體制障礙提高效率。年初推出的“京校十條”,創(chuàng)造性地提出高校實施科技成果轉化應給予的獎勵比例下限由以前的20%提高至70%。年中“中關村創(chuàng)業(yè)大街”開啟,成為全國首個創(chuàng)業(yè)要素規(guī)模聚集區(qū)。聯(lián)想之星、36氪、Binggo咖啡等10余家專業(yè)創(chuàng)業(yè)服務機構為種子期初創(chuàng)期團隊創(chuàng)業(yè)者提供必要“養(yǎng)分”。", ["Z2", "Z2.1", "Z3", "Z3.4"]),
    ("http://xinwen.mlzgw.cn/news/redian/2021/0906/51536.html", "zh-Hans",
     "从手机一键就能召唤来的无人驾驶出租车,到效率比传统工厂提升60%的小米“黑灯工厂”;从全国首个零碳产业园区,到凉水河经开区段成为国家级河湖“样板间”;从全国首个“科技馆之城”,到全新的科文融合千亿产业集群……在北京经济技术开发区(简称北京经开区,也称北京亦庄),一个个新场景的不断开放与培育,成为新经济发展的“试验田”。\n创新无处不在,处处皆为场景。9月3日,“选择北京 亦庄机遇”北京亦庄创新发布走进2021服贸会会场。北京经开区宣布,科技、生态、文化领域的全部场景将全域开放,通过深入挖掘场景资源,出台配套政策方案,为企业精准赋能。", ["B4"]),
    ("http://www.handmsg.com/page/2015/0101/26878627.shtml", "zh-Hant",
     "今年一季度中關村總收入達7212.9億元\n根據2015年1-3月規模以上企業統計數據,中關村國家自主創新示范區實現總收入7212.9億元,同比增長15.4%;工業總產值2005.0億元,占全市約五成;期末從業人員174.0萬人,同比增長6.0%;實繳稅費465.3億元,同比增長10.3%;利潤總額406.5億元,同比增長42.6%;出口總額63.1億美元,同比下降13.0%,占全市出口約五成;科技活動經費內部支出250.7億元,同比增長16.8%,創新投入強度(科技活動經費內部支出占總收入比重)為3.5%;科技活動人員44.8萬人,同比增長8.3%,占從業人員近四分之一。", []),
    ("https://cn.technode.com/post/2016-01-10/zhongguancun-is-everywhere/", "zh-Hans",
     "上月30日,北京市海淀区、天津市南开区、河北省秦皇岛市、山东省德州市齐河县的几位政府官员,成为了一次创业大赛启动仪式的特殊嘉宾。\n以上地区有一个共同点,就是都有“中关村e谷”园区进驻。中关村e谷是负责把中关村模式和服务理念输出到北京以外的全国其他地区,特别是相对不太发达的地区的专门机构。它的主要任务有两个:为当地企业对接中关村优势资源、帮助中关村企业在外地落地。", ["Z5", "Z5.13"]),
    ("https://www.ndrc.gov.cn/xwdt/ztzl/NEW_srxxgcjjpjjsx/jjsxyjqk/qkzk/qkzk2025/4/jytj/202601/t20260106_1403086.html", "zh-Hans",
     "近年来,北京坚持因地制宜,通过“抓平台、抓主体、抓转化、抓园区、抓改革”,驰而不息培育发展新质生产力。抓平台,就是依托国家实验室、顶尖科研机构等高能级创新平台,形成更多高质量科技供给。抓主体,就是强化企业科技创新主体地位,推动企业主导的产学研融通创新。抓转化,就是持续完善政策支持和市场服务链条,加速科技成果从实验室走向市场。抓园区,就是依托中关村世界领先科技园区建设,促进产业集群发展,带动京津冀协同创新。", ["B1"]),
    ("https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/ywdt/gzdt/202508/t20250820_4178470.html", "zh-Hant",
     "近日,2025世界機器人大會在北京經濟技術開發區(北京亦莊)圓滿落幕。十年前,這裡還只是機器人産業的“旁觀者”;自2016年第二屆世界機器人大會永久落地北京亦莊以來,這片北京東南的産業沃土開始與全球機器人發展浪潮深度綁定。伴隨着世界機器人大會成功舉辦十屆的歷程,北京亦莊機器人産業從“零散佈局”到“全鏈生態”,從“跟跑”到“領跑”,完成從“永久會址”到“産業高地”的躍遷。", []),
    ("https://xinwen.bjd.com.cn/content/s6948b650e4b0687a288eaa46.html", "zh-Hans",
     "值得一提的是,像“安色®洛神朱”这样领跑行业技术领域的产品在昌平绝非孤例。\n走进未来科学城,百济神州(北京)生物科技有限公司的首款自主创新药——百悦泽®泽布替尼胶囊从这里走向全球市场,成为“十亿美元”销售额的重磅炸弹药物;源自北京脑科学与类脑研究所的“北脑二号”填补了我国高性能侵入式脑机接口空白;在全球首个人形机器人半程马拉松赛上“一鸣惊人”的机器人N2来自驻昌企业松延动力(北京)科技有限公司……", []),
    ("http://www.07774.cn/n/20180814/296805.html", "zh-Hant",
     "全球首個(gè)深度學習專(zhuān)用處理器架構指令,中國首款嵌入式人工智能視覺(jué)芯片,國際領先的神經外科機器人,2018年以來平均每天新設立科技企業89家……如今,眾多科技創(chuàng )新成果從中關(guān)村孵化誕生,集聚眾多科技公司與創(chuàng )新技術的中關(guān)村,正以強勁的創(chuàng )新實力釋放經濟新活力、新動力。", ["Z1"]),
    ("http://zgc-riic.com/information/detail/105ba61c-d8a3-4379-8574-6858469f2b19", "zh-Hans",
     "近年来,北京在具身智能和人形机器人领域的政策支持力度空前。2023年发布的《北京市机器人产业创新发展行动方案(2023—2025年)》明确提出推动机器人在医疗、养老、工业等领域的规模化应用,并设立专项基金支持关键技术攻关。近日发布的《北京具身智能科技创新与产业培育行动计划(2025-2027年)》进一步细化目标,提出到2027年实现“万台机器人规模落地”和“千亿级产业集群”,并突破100项关键技术,推动国产化供应链建设。", ["B2"]),
    ("https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN360105442", "zh-Hant",
     "北京市發改委4日聯合北京市經信局、北京市科委發布文件提出，力爭到2030年，在京落地10家國家級製造業中試平台、支持建設50家北京市級中試平台，其中符合條件的，最高不超過1億元(人民幣．下同)給予補助支持。\n中試服務是把處在試制階段的新產品轉化到生產過程的過渡性實驗。提升中試服務能力，將為更多科創成果走出實驗室、邁向產業化提供支撐。", []),
    ("https://app.bjtitle.com/8816/newshow.php?did=a2147c890c874edf8c27a64cd7c93e46&newsid=6672328&typeid=68", "zh-Hans",
     "在“两区”建设战略的持续推进下,北京国际大数据交易所(以下简称“北数所”)深耕数据要素市场,交出了一份亮眼的成绩单。6月26日,北京青年报记者获悉,近年来,北数所数据交易规模呈爆发式增长,累计数据交易规模达2250TB,近三年年均增长率超200%,高频数据交易调用规模突破1 亿次,引入567 个高质量数据集,171 个已成功达成交易。", []),
]
WEB6_RELEVANT_EN = [
    ("https://english.beijing.gov.cn/investinginbeijing/Investmentnews/202405/t20240516_3685384.html",
     "Zhongguancun, the first national high-tech zone and independent innovation demonstration zone in China, has formed a development pattern known as \"One Zone with Multiple Parks\" after various spatial adjustments. Zhongguancun has made significant progress in promoting the reform of its subsidiary parks in the past two years. The first batch of 23 distinctive industrial parks, covering 11 parks including Haidian Park, Changping Park, and Yizhuang Park, have been designated. These parks have achieved a combined annual output value of over CNY 700 billion.", ["Z5", "Z5.3"]),
    ("https://bastillepost.com/global/article/4774157-chinas-mega-science-facility-construction-fuels-its-global-innovation-leadership",
     "Meanwhile in Beijing, several cutting-edge research installations, including the Comprehensive Extreme Condition Experiment Facility and the Meridian Project (Phase II), have recently passed national acceptance inspections. Of the 37 planned science facilities at the Huairou Science City, 16 have now opened their doors to international researchers.", ["B1"]),
    ("https://chinaservicesinfo.com/s/202004/11/WS5f29537c498ed1e2f3408534/zhongguancun-issues-5-12-billion-yuan-of-loans.html",
     "On March 18, the \"Zhongguancun anti-epidemic loan\" with a scale of 20 billion yuan ($2.84 billion) was jointly launched by the Zhongguancun Administrative Committee, the Beijing branches of assorted banks such as the China Development Bank, the Industrial and Commercial Bank of China, the Agricultural Bank of China, the Bank of China, China Construction Bank, Bank of Beijing and Beijing Zhongguancun Bank, as well as Zhongguancun Sci-tech Guaranty Company.\nIn the following two weeks, 271 loans with a total amount of 5.12 billion yuan were issued. The average loan interest rate is 3.55%, and the average loan amount is about 18 million yuan.", ["Z2", "Z2.3"]),
    ("https://thailandtribune.com/haidian-park-the-birthplace-of-chinas-most-innovative-and-entrepreneurial-technology-companies/",
     "BEIJING, January 22, 2015 /PRNewswire/ — Within Beijing’s renowned Zhongguancun technology zone, Haidian Park is now widely known as the home of many of China’s most successful entrepreneurial companies. The park, a combination business district and high-tech industrial park, is situated squarely in the center of \"China’s Silicon Valley.\"\nThere’s no mystery as to why Haidian Park has become one of the country’s foremost high technology communities. The park traces its history to its close proximity to China’s most prestigious technology universities and research institutes.", []),
    ("http://en.people.cn/n3/2025/0407/c90000-20298676.html",
     "In a striking display of technological prowess, the 2025 Zhongguancun (ZGC) Forum Annual Conference recently concluded in Beijing with a range of innovations, offering a glimpse into a future where innovation is not just anticipated, but realized.\nThe event, highlighted by an AI agent, an entirely seamless experience, and over 100 intelligent robotic \"volunteers,\" became a vivid showcase of China's cutting-edge innovations, capturing the essence of \"the future is now.\"\nThe steadily growing technological sophistication of the conference reflects China's ongoing breakthroughs in scientific and technological innovation. Since its inception in 2007, the ZGC forum has grown into a pivotal platform for global technological exchanges and cooperation. This year's theme, \"New Quality Productive Forces and Global Technology Cooperation,\" centered on discussions of emerging technologies such as AI large models, embodied intelligence, quantum technology, biomedicine, 6G, and brain-computer interfaces.", ["Z7", "Z7.7"]),
    ("https://www.globaltimes.cn/page/202206/1269114.shtml",
     "Beijing vows to build the city into a major scientific research center and innovation hub, Cai Qi, the Communist Party Secretary of Beijing, said at the city's 13th Party Congress on Monday.\nOver the next five years, Beijing will consolidate and improve the ecosystem for high-end industries, strengthen the leading role of industries such as integrated circuits, pharmaceuticals, and hydrogen energy, and expand competitive industries such as new energy vehicles and intelligent equipment manufacturing, Cai said.\nBeijing will promote the layout and construction of world-class new R&D institutions in the fields of cutting-edge information technology and biotechnology, and build a group of cutting-edge science centers, innovation consortia and technology platforms, he said.", ["B1"]),
    ("http://www.china.org.cn/china/2018-05/05/content_51132047.htm",
     "The Ministry of Education and the administrative committee of Zhongguancun jointly issued a plan recently to promote the technology achievement transfer from academic institutes.\nThe plan includes 12 measures concerning the establishment of technology achievement transfer offices in 12 universities in Beijing, the construction of concept proof centers, and the setting up of technology achievement transfer funds for colleges and universities in Beijing.\nAccording to the plan, 12 Beijing's top universities including Tsinghua University and Peking University will build technology achievement transfer offices in Zhongguancun on a pilot base, with authorization from the Science and Technology Department of the Ministry of Education and the administrative committee of Zhongguancun.", ["Z3", "Z3.1", "Z3.2"]),
    ("https://saudipress.com/china-s-sci-tech-hub-zhongguancun-invests-more-in-r-d",
     "Beijing's Zhongguancun, known as China's \"Silicon Valley,\" has seen increases in both spending on and persons employed for research and development (R&D) during the January-August period this year.\nR&D expenses totaled 146.45 billion yuan ($20.5 billion), up 16.1 percent year-on-year, according to the latest report by the Beijing Municipal Bureau of Statistics.\nThe total revenue of large high-tech enterprises in Zhongguancun was close to 3.707 trillion yuan, an increase of 12.5 percent over the same period last year, according to the bureau.", []),
    ("http://en.people.cn/n3/2025/1226/c90000-20407093.html",
     "BEIJING, Dec. 25 (Xinhua) -- Beijing plans to achieve the application of 100 industry-specific large models by 2028, according to an implementation plan for the Chinese capital's open-source ecosystem released by the municipal bureau of economy and information technology.\nThe plan also aims to cultivate 10 internationally influential open-source projects, including at least five globally leading ones. It will also cultivate 30 domestic high-profile open-source projects, with no less than 10 in the field of artificial intelligence (AI).", ["B2"]),
    ("http://en.people.cn/n3/2025/0402/c90000-20297012.html",
     "This futuristic city, with an urban landscape that has gradually taken shape over the past eight years, has a strong appeal for high-tech companies like Mech-Mind Robotics, with many opting to locate themselves in Xiong'an New Area Zhongguancun Science Park.\nFounded less than two years ago, the science park has already attracted more than 140 companies.", ["Z5", "Z5.12"]),
    ("http://english.qianlong.com/2019/0109/3050947.shtml",
     "Zhongguancun Science City’s planning will be released soon, according to the Fifth Session of the 16th Haidian District People's Congress that opened on January 8, 2019.\nHaidian District will refine and implement the planning of Zhongguancun Science City in 2019.\nHaidian will strive for the settlement of major innovation platforms and projects in the following fields and cross innovation directions, such as brain-inspired intelligence, quantum information, high-end chip, bioscience, disruptive new materials and space technologies.", []),
    ("https://pakistaneconomicnet.com/story/90985/",
     "The recently established China-Pakistan Science and Technology Cooperation Center in Beijing hosted the inaugural international seminar on “China-Pakistan Science and Technology Enterprises Cooperation.” More than 30 Science and Technology organizations participated in the seminar, which was co-hosted by Zhongguancun, the Belt and Road Industrial Promotion Association (ZBRA), and the Embassy of Pakistan in China. Lu Yinming, during his presentation on the development of Zhongguancun Science and Technology Park, highlighted the park’s accomplishments.", ["Z7", "Z7.6"]),
    ("http://china.org.cn/business/2024-07/25/content_117330756.htm",
     "The Zhongguancun National Demonstration Area, China's first national-level high-tech park, has reached a significant milestone, as its subsidiary parks scattered across Beijing now host over 19,600 national high-tech enterprises and 92 unicorn companies. In 2023, the combined revenue of large-scale enterprises in these parks totaled 8.7 trillion yuan (US$1.2 trillion).\nThese figures were highlighted during the 11th session of the 16th Standing Committee of the Beijing Municipal People's Congress, where the city government's report on the progress of reforms and development in the Zhongguancun sub-parks was reviewed.", ["Z5"]),
    ("https://wb.beijing.gov.cn/en/center_for_international_exchanges/headlines/202509/t20250916_4203120.html",
     "On the morning of June 23, Singapore’s Prime Minister Lawrence Wong visited the Beijing Innovation Center of Humanoid Robotics as part of his ongoing visit to China. He was accompanied by Yin Yong, Deputy Secretary of the CPC Beijing Municipal Committee and Mayor of Beijing.\nAt the exhibition hall of the Innovation Center, Wong learned about the development history of embodied Intelligent robots, watched the holographic display of world-leading embodied intelligent robots. and visited the Core Parts Section.", []),
]
# traps: (kind, url, language, text); all irrelevant
WEB6_TRAPS = [
    ("zol", "https://mobile.zol.com.cn/90/904332.html", "zh-Hans",
     "第一项:外观做工(20分)\n按照横向评测的惯例,我们要首先从外观上考察本次参测的所有国产MTK手机。在所有MTK手机中,外形和做工是最受网友关注的一个环节,因此我们将“外观设计”拆分为“外观”和“做工”两个项目,各占10分,由我们中关村在线手机频道的五位成员进行主观评价,最后取均分。"),
    ("zhangjiang", "http://www.tomsermarini.com/n6564.htm", "zh-Hant",
     "“三個張江”指的是張江綜合性國家科學中心、張江科學城和張江國家自主創新示范區(簡稱張江示范區)。\n第一個“張江”——張江綜合性國家科學中心。其全稱是上海張江綜合性國家科學中心理事會,成立于2016年,下設的執行機構是科學中心辦公室。該“張江”是國家層面的機構安排。從國家層面來看,一是2016年成立的國務院成立科技創新中心建設領導小組(簡稱國務院科創中心建設領導小組),主要職責是統籌指導北京、上海建設科技創新中心有關工作;二是上海推進科技創新中心建設辦公室,是國務院科技創新中心建設領導小組下設的工作推進機構;三就是上述所說的第一個“張江”。"),
    ("passing", "https://www.globaltimes.cn/content/729358.shtml", "en",
     "When Zhang Ping, a 46-year-old taxi driver living in Beijing's Tongzhou district, goes to work, the first thing he does is check if anyone has reserved taxi services via an application called Momo on his smartphone.\nMomo, or Hi Stranger, is a location-based mobile app that allows users to locate and chat with strangers around them."),
    ("hefei", "http://paper.chinahightech.com/pc/content/202510/20/content_158515.html", "zh-Hans",
     "合肥高新区有一条600米长的市政道路“云飞路”,它还有一个响亮的名字——“量子大道”。\n这里诞生了世界上首颗量子科学实验卫星“墨子号”、世界上首条量子保密通信“京沪干线”、世界上首台光量子计算机“九章”……\n如今,延伸至3.5千米的量子大道,孕育出一条从源头创新到孵化培育再到产业加速的高技术密集“产业走廊”。"),
    ("rental", "https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60295045/cbd%E7%B9%81%E8%8F%AF%E4%B8%8D%E5%86%8D-%E5%8C%97%E4%B8%8A%E5%BB%A3%E6%B7%B1%E5%AF%AB%E5%AD%97%E6%A8%93%E5%87%BA%E7%A7%9F%E7%8E%87%E9%9A%8E%E6%A2%AF%E5%BC%8F%E4%B8%8B%E8%B7%8C-%E5%B9%B3%E5%9D%87%E7%A7%9F%E9%87%91%E8%B7%8C11-9", "zh-Hant",
     "內地樓市低迷、經濟周期之下，曾被看做是城市繁華標誌之一的高級寫字樓，出租率出現階梯式下降。據觀點指數最新發佈的《表現力指數•2025年度商業地產表現報告》顯示，最近一年多，北上廣深、杭州、成都、武漢等重點城市的69個重點寫字樓出租率從85.37%微降至84.14%，再降至82.54%，累計下跌2.83個百分點。\n有數據顯示，京滬甲級寫字樓空置情況較為改善，北京是「北上廣深」四城中，寫字樓空置最低且持續優化的城市，而廣深兩城空置率甚至更加嚴重。此外，租金價格亦持續下滑，平均租金降11.9%。"),
    ("singapore", "https://bizbeat.nus.edu.sg/thought-leadership/article/after-25-years-of-fostering-research-and-innovation-in-singapore-one-norths-experience", "en",
     "One North, which was launched in 1998 and known previously as the Buona Vista Science Hub, has just passed the 25-year mark last year. It has catalysed and laid a firm foundation in positioning Singapore as a global research and development (R&D) and technopreneur hub."),
    ("mall", "https://www.scholarmate.com/S/5U1hLb", "zh-Hans",
     "几年前很难想象\"中国硅谷\"——北京中关村——的那些电子商贸城会有萧条的一天。直到三年前,\"e世界\"、\"鼎好\"、\"海龙\"等高楼内还商铺云集,人山人海。让人印象最深的是这些地方像菜市场,买卖电子产品像买卖萝卜白菜。穿过这些大楼之间的中关村北大街总是堵车,路边尽是人和各种运货的车。这里的周末塞车更严重。这些情景在最近两年基本消失。"),
    ("taiwan", "https://tw.news.yahoo.com/%E7%AB%B9%E7%A7%91%E4%BB%8A%E5%B9%B4%E5%BC%95%E9%80%B237%E5%AE%B6%E6%96%B0%E5%89%B5%E4%BC%81%E6%A5%AD-%E6%98%8E%E5%B9%B4%E7%87%9F%E6%A5%AD%E9%A1%8D%E5%86%8D%E5%89%B5%E6%AD%B7%E5%8F%B2%E6%96%B0%E9%AB%98-080625983.html", "zh-Hant",
     "（中央社記者張建中新竹15日電）新竹科學園區管理局今天舉辦45週年園慶活動，管理局長胡世民表示，今年竹科營業額可望成長2位數，將創下歷史新高，2026年應可持續穩定成長，再創歷史新高。\n竹科管理局統計，今年前10月營業額新台幣1.38兆元，較去年同期成長10.31%。胡世民表示，今年竹科總營業額可望成長2位數，將創下歷史新高。"),
    ("national", "http://www.szjzcy.com/a/201709/28/WS5a0be434a31061a738404d57.html", "en",
     "China will finish building the foundation of its national technology transfer system by 2020 and release a complete version by 2025, according to a recently released government paper.\nThe State Council published an outline for the system on Tuesday, saying it aims to facilitate innovation and economic development across regions, help turn scientific research into products and transform China into a science and technology powerhouse."),
    ("chengdu", "https://lab168.com/news/show-55228.html", "zh-Hans",
     "为积极抢占全球科技创新制高点,服务国家重大战略需求,支持成渝地区双城经济圈建设,近日,天府绛溪实验室、天府锦城实验室在四川省成都市正式揭牌,标志着由天府兴隆湖实验室、天府永兴实验室、天府绛溪实验室和天府锦城实验室组成的天府实验室体系整体进入实体化运行阶段。"),
    ("passing", "https://nod32.icu/6419", "zh-Hant",
     "這是盧宇霄幾個月一次的偷閒,他享受這樣的聒噪,耳朵要爆炸,“這才叫生活!”而在中關村的每一晚,對他來說,都是“生存”。\n盧宇霄在一家人工智能創業公司工作,公司很小,在中關村的一幢寫字樓裡租了半層。"),
    ("restaurant", "https://supertravelr.com/en/trip/china/the-best-restaurants-in-haidian-beijing-34975E248E", "en",
     "As the center of education of Beijing and even China, Haidian district harbors the majority of Beijing’s top universities. So if you are looking for good budget restaurants, look no further, because all the domestic and overseas students in Haidian can assure you of that. Besides, as the district further extends northwest to the mountains and villages, you can experience the local village restaurants and spacious specialty restaurants without having to venture too far away from the downtown area."),
    ("zol", "https://mobile.zol.com.cn/342/3421121_all.html", "zh-Hans",
     "也许在若干年前,你并不会想到在短短几年会出现四核手机,你也并不会想到国产手机也会在第一时间和世界同步进入四核时代,当然你也许更想不到的是,如今四核手机的价位相当低。为了让大家对2012年的四核手机有更全面的了解,也为了即将在未来更换四核手机的人,在2012年即将结束之际,ZOL手机频道为大家带来了最豪华的盛宴——2012年12款四核手机终极横评。"),
    ("guangzhou", "https://news.mingpao.com/pns/%E6%B8%AF%E8%81%9E/article/20230712/s00002/1689093142955/%E5%A4%A7%E7%81%A3%E5%8D%80gba%E6%96%B0%E8%81%9E-%E5%8D%97%E6%B2%99%E7%A7%91%E5%AD%B8%E5%9F%8E%E8%A6%8F%E5%8A%83%E5%87%BA%E5%8F%B0-%E4%BA%94%E5%A4%A7%E6%88%B0%E7%95%A52035%E9%81%94%E4%B8%80%E6%B5%81", "zh-Hant",
     "【明報專訊】廣州市人民政府早前發布《廣州南沙科學城總體發展規劃(2022-2035年)》(《規劃》)提出,面積99平方公里的南沙科學城部署「大灣區綜合性國家科學中心主要承載區」等五大戰略定位,按「一體兩翼三支點」佈局建設,即一個科學城核心功能區域、兩個創新示範區及三個產業發展區;並訂立目標,至2035年發展成一流科學城,打造具有全球影響力的「原始創新策源地」,以貫徹落實《粵港澳大灣區發展規劃綱要》提出建設大灣區國際科技創新中心的要求。"),
    ("gadget", "https://www.ezpostings.com/lenovo-thinkpad-review/", "en",
     "It’s been over fifteen years now since IBM discontinued making ThinkPad notebooks, but you’re likely to find them in the industrial halls, either in real or virtual. This is thanks to Lenovo. The company, formerly called Legend Computers of Beijing, China, produces the popular laptop line with its renowned AccuType keyboard.\nIndeed, a significant part of the longevity of the ThinkPad is due to its sturdy, distinctive keyboards."),
    ("shenzhen", "https://jurisant.com/dt/771.html", "zh-Hans",
     "河套深港科学技术创新合作区位于香港特别行政区北部与深圳市中南部跨境接壤地带,面积3.89平方公里。其中深圳河南侧的香港园区面积约0.87平方公里;深圳河北侧的深圳园区面积3.02平方公里。两个园区一河之隔,拥有福田口岸和皇岗口岸两个连接深港两地的陆路口岸,是深港科学技术创新合作最直接的对接点。"),
    ("national", "http://big5.china.com.cn/gate/big5/zw.china.com.cn/2016-05/19/content_38490137.htm", "zh-Hant",
     "促進科技成果轉移轉化是實施創新驅動發展戰略的重要任務,是加強科技與經濟緊密結合的關鍵環節,對於推進結構性改革尤其是供給側結構性改革、支撐經濟轉型升級和産業結構調整,促進大眾創業、萬眾創新,打造經濟發展新引擎具有重要意義。為深入貫徹黨中央、國務院一系列重大決策部署,落實《中華人民共和國促進科技成果轉化法》,加快推動科技成果轉化為現實生産力,依靠科技創新支撐穩增長、促改革、調結構、惠民生,特製定本方案。"),
    ("rental", "http://www.whytouch.com/pdf/g843a6af2e78faf7d38e4e84dfef963a/index.php", "en",
     "Overall rents continued following the\ndownward path from the preceding\nquarters, falling by 4.0% q-o-q. Despite\nconsiderable rent declines across the city,\nthe leasing market in Zhongguancun was\nsupported by tenants from the technology\nsector, with the rents of some high-\noccupancy projects stopping falling and\nstabilising."),
    ("hangzhou", "http://ca800.com/news/d_1o26msbugpo51.html", "zh-Hans",
     "建设杭州城西科创大走廊,是浙江在“十三五”期间作出的重大战略决策,对标国际一流、集全省之力将其建设成为面向世界、引领未来、服务全国、带动全省的创新策源地。\n这条位于杭州西部的科创大走廊,东西长约33公里,东起浙大紫金港校区(包括玉泉校区),西至浙江农林大学,沿文一西路交通主干道,串起紫金港科技城、未来科技城、杭州云城、青山湖科技城。"),
    ("hongkong", "https://www.tkww.hk/epaper/view/newsDetail/2018375105574473728.html", "zh-Hant",
     "特區政府多年來致力構建完善的創科創業生態,秉持「有為政府、高效市場」原則,積極推動企業參與香港國際創科中心建設,孕育出多項惠及民生的企業與科技成果。創新科技及工業局局長孫東昨日表示,根據最新公布的「2025年初創企業統計調查」,香港初創企業數目再創新高,達5,221間,按年上升11%,反映初創生態持續蓬勃。"),
    ("siliconvalley", "https://business.financialpost.com/entrepreneur/fp-startups/artificial-intelligence-is-helping-silicon-valley-reinvent-itself", "en",
     "SUNNYVALE, Calif. — For more than 10 years, Silicon Valley’s technology investors and entrepreneurs obsessed over social media and mobile apps that helped people do things like find new friends, fetch a ride home or crowdsource a review of a product or a movie. Now it’s found its next shiny new thing. And it does not have a “Like” button.\nThe new era in Silicon Valley centres on artificial intelligence and robots, a transformation many believe will have a payoff on the scale of the personal computing industry or the commercial internet."),
    ("zhangjiang", "http://m.shjjyjzz.cn/zonghexinwen/2021/0730/1109.html", "zh-Hans",
     "新华社上海7月29日电(记者杨有宗、周梦蝶)“加快建设张江综合性国家科学中心”是上海浦东新区建设社会主义现代化先行区的重要任务。瞄准世界一流科学城,张江科学城正在进行新一轮扩容提质,着力强化创新引擎,打造自主创新新高地。"),
    ("passing", "http://hepingcm.com/gtx/2020-03/23/content_1454115.html", "zh-Hant",
     "據(jù)警方介紹,新冠肺炎疫情發(fā)生以來,口罩、防護服、消毒液等防護物品需求激增,一些不法分子以此為“商機”,在網(wǎng)上發(fā)布虛假售賣信息實施詐騙。犯罪嫌疑人通過網(wǎng)絡交易平臺、微信、QQ、百度貼吧等渠道發(fā)布虛假售賣信息,在事主向其轉賬后即卷款消失。\n今年2月,海淀警方接群眾舉報稱,其被人以出售口罩為名騙取購物款1萬余元。"),
    ("restaurant", "https://bkwk.cn/article/jmzsgybjddmsdttxyczlyzdmsmj.html", "zh-Hans",
     "中山公园,这座位于北京市中心,与故宫一墙之隔的纪念性古典坛庙园林,不仅是市民休闲的好去处,也是美食爱好者的天堂。在这里,绿荫环绕,鸟语花香,各种地道美食隐藏于绿意之中,等待着游客们的探寻。本文将为您揭开中山公园周边的美食秘境,让您在游览美景的同时,也能品尝到地道的北京美食。"),
]
add_web_round("web6", WEB6_RELEVANT_ZH, WEB6_RELEVANT_EN, WEB6_TRAPS)

# --- added round 7: a TUNING round (decided before any row was collected: every round-7 row goes to
# tune.jsonl, none to holdout).  Theme: news texts that STATE the plans' tasks in the words news uses,
# so that the rules can learn them, plus traps that share the vocabulary.  Short excerpts (one to six
# sentences) of real web pages with their URLs, found with the project's page search; the labels were
# written from the text alone and none of these rows was run through the classifier (the order of the
# lists does not decide anything here: every row goes to tune).  No round-7 page is one already used (URLs checked against
# all earlier rows) and none tells an earlier row's story (the 2023 Forum, the world-leading-park plan,
# the 2019 talent measures, the national blockchain centre, the IC design park's opening and
# the 2025 acceptance of Huairou facilities were left out; the hard-tech incubation platforms of 2018 are
# taken only in Chinese, the 2016 entry-exit measures only in English).
# Relevant zh: Z1 (强链工程 / 揭榜挂帅, government procurement of ZGC products, a public AI computing centre in
# the Mentougou park), Z2 (IP cluster, the talent special zone), Z3 (hard-tech incubation platforms, proof
# of concept), Z4 (ZGC Science City's new infrastructure, Yizhuang autonomous-driving scenes and the AI
# cluster, the Life Science Park forum), Z5 (IC design park, Binhai-ZGC park, distinctive parks), Z6
# (talent results), Z7 (standards, the international technology trading conference, the technology
# managers' network, IASP 2025); B1-B6 (the 2025 Beijing government report, the AI innovation highland,
# innovation consortia, the blockchain plan, the autonomous-driving demonstration zone, the BTH national
# technology innovation centre, the centre's extension to Beijing-Tianjin-Hebei); zh-Hant from HK/TW
# outlets and syndicators (several with pinyin annotations such as 標(biāo)準(zhǔn) or doubled commas left in).
# Relevant en: entry-exit measures, talent special zone, London liaison office, tech finance, standards,
# Haidian tech-transfer centre, the 2017 AI plan, BTH parks and technology flows, Huairou / new-type R&D
# institutes, the 2025 blockchain plan, returnee measures and the incubator opinions (B6), a machine-
# translated ZGC results text.  Traps: a ZOL battery test, 中关村 electronics malls (one Taipei mall called
# 'Taiwan's 中关村'), office-rental reports, a 五道口 food column, Zhangjiang (a Shanghai government report,
# Zhangjiang Lab), Shenzhen Guangming, Wuhan Donghu, Hefei, Nanjing Qilin, Xi'an (naming Beijing in
# passing), Hong Kong Science Park, Jiangsu's offshore innovation centre in Israel, Chengdu (a Beijing-based
# firm in passing), the 2025 national government work report, Li Keqiang on IP pledge financing in national
# high-tech zones and passing mentions of 中关村 (a CAS dormitory, a 北漂's daydream).
# Labels (README rules, rounds 2-6 readings) plus: Z1 + Z1.8 for the 高精尖产业强链工程 (揭榜挂帅, named in
# 004's Z1.8); Z1 + Z1.11 for government procurement of ZGC innovative products; Z1 + Z1.7 for a public AI
# computing centre in a ZGC park; Z2 + Z2.1 for ZGC intellectual-property reform (IP cluster and fund); Z3 +
# Z3.2 for proof-of-concept platforms; Z4 + Z4.2 for ZGC new infrastructure; Z4 + Z4.4 for autonomous-driving
# scenes stated as a ZGC park's (亦庄园); Z4 + Z4.6 for ZGC's AI and biomedicine clusters; Z7 + Z7.3 for
# international technology transfer / trading platforms (with Z7.7 when it is the Forum's technology-trading
# section); Z7 + Z7.8 for an international park congress hosted in ZGC; B6 for Beijing's innovation-ecosystem
# and talent measures and for a new round of ZGC pilot reform in a Beijing-centre text; B4 for the city's
# autonomous-driving demonstration zone extending its application scenarios; B5 for the BTH national
# technology innovation centre and the centre's extension to BTH.  Beijing-wide texts in ZGC vocabulary
# (innovation consortia, incubators) get B codes only.
WEB7_RELEVANT_ZH = [
    ("http://jrzgltzzs.cn/news/202012/2862534.html", "zh-Hans",
     "中新网北京12月28日电 (记者 于立霄)12月28日,中关村管委会发布《中关村国家自主创新示范区高精尖产业强链工程实施方案(2020—2025年)》,并面向全社会公布首批技术需求榜单。\n强链工程启动实施,主要围绕“十四五”时期,中关村示范区重点发展的人工智能、集成电路、生物医药、智能制造等高精尖产业领域,梳理出来的一些自主可控程度低、需要进一步做强做优的薄弱环节,由中关村的领军企业作为发榜企业提出技术攻关需求,面向全国征集揭榜单位。", ["Z1", "Z1.8"]),
    ("https://lemofix.com/cjxw/2009-05/21/content_159778.htm", "zh-Hant",
     "記者在20日舉行的第12屆北京科博會(huì)上了解到,自北京市政府啟動(dòng)在中關(guān)村科技園區(qū)開(kāi)展政府采購(gòu)自主創(chuàng)新產(chǎn)品試點(diǎn)工作,,目前共簽訂兩批政府采購(gòu)示范項(xiàng)目,,總投資61.7億元,,采購(gòu)中關(guān)村自主創(chuàng)新產(chǎn)品21.85億元。第三批采購(gòu)示范項(xiàng)目將于月底揭曉,。 政府采購(gòu)自主創(chuàng)新產(chǎn)品工作在本次科博會(huì)上繼續(xù)推進(jìn),。中關(guān)村管委會(huì)宣傳處副處長(zhǎng)李炎說(shuō):“本次展會(huì),已有46項(xiàng)企業(yè)產(chǎn)品列入政府新一輪采購(gòu)目錄,,涉及各個(gè)領(lǐng)域,。”", ["Z1", "Z1.11"]),
    ("http://www.ce.cn/xwzx/gnsz/gdxw/202404/20/t20240420_38976818.shtml", "zh-Hans",
     "近日,京西智谷—北京联通自主创新人工智能算力中心二期在北京市门头沟区正式点亮。至此,“京西智谷”算力达到500P,可服务200余家中小企业和单位。手握“算力”资源,门头沟区正构建人工智能全要素国产生态,积极推动大模型应用场景开放,与合作伙伴共同建设公共数据集开放平台,加快提高大模型研究质量和实际应用水平。\n小到手机、个人电脑,大到服务器、超级计算机,“算力”正走进千家万户、服务千行百业,成为像水和电一样的公共基础资源。去年2月,北京市首个市场化的人工智能计算中心——京西智谷智算中心落地中关村科技园门头沟园。", ["Z1", "Z1.7"]),
    ("https://sdxcmqj.com/htmlnews/2014/4/293159.shtm", "zh-Hans",
     "4月25日,中关村科技园区管委会、北京市知识产权局等单位在京召开大会,宣布将加快中关村知识产权集聚区建设,同时成立知识产权运营基金,以促进北京市、中关村知识产权工作。\n据了解,近年来,中关村知识产权工作以提升企业自主创新能力为目标,积极落实《国家知识产权战略纲要》和北京市《关于实施首都知识产权战略的意见》,整体迈上了一个新的台阶。", ["Z2", "Z2.1"]),
    ("http://siheshuidao.cn/news/zgczc/201311/47469.htm", "zh-Hant",
     "建設人才特區,就是要在特定區域實行特殊政策、特殊機制、特事特辦,率先在經濟社會發展全局中確立人才優先發展戰略布局,構建與國際接軌、與社會主義市場經濟體制相適應、有利于科學發展的人才體制機制。要通過建設人才特區,大量聚集拔尖領軍人才,促進各類人才的全面發展,依靠人才智力優勢,提升自主創新能力,促進新興產業發展,不斷形成新的科學發展優勢。\n中關村示范區具有建設人才特區的堅實基礎和獨特優勢。經過二十多年的發展建設,中關村示范區在海內外具有一定影響力,聚集了大量高層次人才創新創業,人才發展的輻射效應強。", ["Z2", "Z2.2", "Z6"]),
    ("https://m.shzx.org/a/13-27747-0.html", "zh-Hans",
     "打造双创升级版,智能装备、人工智能、集成电路、新材料等硬科技创新尤为关键,本市正在加速对此类孵化平台的布局。昨天上午,中关村管委会向27家中关村示范区硬科技孵化平台进行授牌。\n中关村硬科技孵化平台指的是注册在中关村示范区范围内,依托专业技术平台及孵化服务资源,为相关领域科技型创业项目和企业提供技术研发、概念验证、中试熟化、检验检测等配套条件的孵化机构。这些孵化机构同时还将提供办公空间、创业辅导、投融资、产业对接、媒体推广等创业服务,促进项目落地、创业企业成长和支持相关产业创新发展。", ["Z3", "Z3.4"]),
    ("https://reportify.cn/news/1212844031747428352", "zh-Hans",
     "北京市科委将在2026年进一步推进概念验证平台建设,该平台旨在验证实验室成果向产品阶段转化的技术可能性与商业价值,判断其市场推广潜力 [4] 技术交易与展示平台建设 - 中关村国际技术交易中心将于2026年上半年正式落地,该中心将提供科技成果展示、路演等平台,并入驻技术交易所、引入知识产权评估、创业孵化、投融资等市场化服务机构 [4] - 该交易中心的成立旨在为企业交流与科技成果展示提供更好更大的平台 [4] 特色产业园区发展与成就 - 中关村在2025年形成了新一轮世界领先科技园区空间调整方案,设立了13个市高新技术产业开发区,预计中关村规模以上企业总收入将突破10万亿元 [5] - 截至2025年,中关村特色产业园数量达到64家,建成面积达2200万平方米,聚集企业超过6600家,拥有专业技术服务平台超过360个,营收规模达1.2万亿元,产业基金总规模超过1400亿元 [5]", ["Z3", "Z3.2", "Z5", "Z5.3", "Z7", "Z7.3"]),
    ("http://news.sciencenet.cn/htmlnews/2021/8/463880.shtm", "zh-Hans",
     "8月25日,北京市海淀区召开“两区”建设一周年新闻发布会。中关村科学城管委会专职副主任舒毕磊介绍,为深入推动数字新基建项目建设,中关村科学城管委会成立新基建专项工作组,正着力推进18项新基建项目。\n新基建是北京市加快培育壮大新业态、新模式,促进经济高质量发展的重要组成部分,也是“两区”建设科技创新的重要任务之一。\n在新型网络基础设施方面,海淀区加快推进5G基站建设,全区已完成5G基站建设3160个。\n在数据智能基础设施方面,中关村科学城支持智源研究院建设智源计算与训练平台,研制智能算力云平台、大规模预训练模型系统及高精度生物智能模拟设施,超前布局通用智能发展;支持微芯研究院及腾讯开展区块链新型基础设施建设,推动区块链底层开源平台、专用芯片、硬件等研发,打造自主可控、软硬结合的长安链技术体系。\n在科创平台基础设施方面,持续推进北京量子信息科学研究院等新型研发机构建设,打造前沿科学研究平台。", ["Z4", "Z4.2", "B1", "B3"]),
    ("http://tjtfjx.com/html/xw/dzyw/99026.html", "zh-Hant",
     "◇如今,每年都有一大批創(chuàng)新成果在中關(guān)村破土而出,諸多“全球首個”接踵而至。不到5分鐘,就有一家科技型企業(yè)在北京落戶、誕生。\n◇聰明的車、智慧的路、實(shí)時的云、可靠的網(wǎng)、精確的圖……在中關(guān)村亦莊園設(shè)立高級別自動駕駛示范區(qū)僅3年多,無人配送、無人零售、無人巡邏等無人駕駛場景紛紛落地。\n◇通過出臺人工智能策源地和通用人工智能政策,建設(shè)中關(guān)村人工智能產(chǎn)業(yè)集聚區(qū),中關(guān)村努力打造人工智能產(chǎn)業(yè)新高地。目前全國已備案上線大模型107款,其中中關(guān)村47款,占全國備案上線數(shù)四成以上。", ["Z4", "Z4.4", "Z4.6"]),
    ("https://news.43u.com.cn/a/40795.html", "zh-Hans",
     "11月22日,以“探索生命 共创未来”为主题的2024北京·昌平生命科学论坛盛大开幕。本届论坛由市科委中关村管委会、市科协、市药监局与昌平区政府共同主办,市发改委、市经信局、市商务局、市卫健委、市投促中心等部门支持举办,进一步营造开放性、国际化、具有市场活力的创新生态,助力将中关村生命科学园建设成为具有全球领先水平的“生命谷”,加快打造具有全球竞争力的医药健康产业发展高地,促进北京医药健康产业高质量发展。", ["Z4", "Z4.6", "Z5", "Z5.5"]),
    ("http://tc.xfafinance.com/html/Economies/Regional/2015/75134.shtml", "zh-Hant",
     "總建築面積21萬平方米、可容納150餘家積體電路產業鏈企業的\"中關村積體電路設計園\"日前在北京中關村核心區啟動建設。該園區將與河北石家莊、北京經濟技術開發區等區域,形成圍繞積體電路設計、製造、封裝測試的協同創新產業鏈。\n這將成為京津冀區域繼\"大數據\"後又一個協同創新產業領域。 中關村積體電路設計園位於北京海澱區北部,園區用地面積6萬平方米,總建築規模21萬平方米,園區由中關村資源配置平臺\"中關村發展集團\"和首創集團聯合建設運營。", ["Z5", "Z5.5", "Z5.12"]),
    ("https://hk.crntt.com/doc/1601/6/0/0/160160005.html?coluid=7&kindid=0&docid=160160005&mdate=0830011156", "zh-Hant",
     "中評社北京8月30日電（記者 俞敦平）天津濱海中關村科技園自2016年掛牌以來，已成為京津冀協同發展的核心承接平台，累計註冊企業超過6000家，其中20％來自北京。園區聚集國家級高新技術企業與科技型中小企業，並建設協同創新展示中心，展示京津兩地合作的創新成果。園區產業涵蓋智能科技、新能源、生物醫藥、石墨烯與新材料等多個領域，正逐步形成“北京研發、天津轉化”的協同格局。", ["Z5", "Z5.12"]),
    ("http://soolun.net/periodical/992806cd84f3ef4d8ba867830ea80397.html", "zh-Hans",
     "北京中关村是我国知名的高新区,经过20多年的发展,已经吸引集聚了大批的高层次人才。截至2013年年底,中关村拥有硕士和博士学历的人员达到18.3万人和1.8万人。至2014年6月底,中关村共有中央“千人计划”人才874人,留学归国创业人才1.9万人,有力地促进了经济社会的发展。", ["Z6"]),
    ("https://paper.sciencenet.cn/htmlnews/2022/1/472425.shtm", "zh-Hans",
     "1月11日,由北京市科委、中关村管委会指导,中关村标准化协会和国际标准化杰出贡献奖励基金会共同主办的“第二届中关村国际标准化主题周”在京拉开帷幕。\n会上,5家企业获得2021年度中关村“1字标”认证证书;中关村标准化协会用户委员会及投资委员会正式成立;首批12个“中关村标准化协会分技术委员会”正式授牌;5项2021年度具有重大应用的“中关村标准”获颁证书;6位专家从产业、标准、政策、实践等角度发表主题演讲;8位专家围绕“标准化战略,重新定义未来企业竞争格局”的主题进行圆桌研讨。", ["Z7", "Z7.9"]),
    ("http://healinghandsltd.com/qiye/2013-10/15/content_17033522.htm", "zh-Hant",
     "今天是世界標(biāo)準(zhǔn)日,國家標(biāo)準(zhǔn)委宣布批準(zhǔn)籌建國家技術(shù)標(biāo)準(zhǔn)創(chuàng)新基地(中關(guān)村),這是中國首家獲批籌建的國家技術(shù)標(biāo)準(zhǔn)創(chuàng)新基地。基地建設(shè)由北京市標(biāo)準(zhǔn)化研究院(中關(guān)村標(biāo)準(zhǔn)創(chuàng)新服務(wù)中心)承擔(dān),籌建期為兩年。", ["Z7", "Z7.9"]),
    ("https://wssyr.cn/post/quan-qiu-ji-shu-zhuan-yi-ru-he-fu-neng-xin-zhi-sheng-chan-li.html", "zh-Hans",
     "3月27日下午,2025中关村论坛年会中关村国际技术交易大会开幕式暨全球技术交易生态伙伴大会在中关村国家自主创新示范区展示中心正式拉开“全球买、全球卖”的大幕。\n中关村国际技术交易大会作为中关村论坛的重要组成部分,于2020年首次设立,旨在打造代表国家、面向全球,集高端前沿科技成果发布推介、供需对接、交流洽谈和宣传展示于一体的交流合作平台,持续构建技术交易生态圈,建设具有全球影响力的科技成果转化和技术交易高地。\n本届大会开幕式现场,《百项新技术新产品榜单》《百项国际技术交易创新项目榜单》面向全球推介发布,成为一大亮点。", ["Z7", "Z7.3", "Z7.7"]),
    ("http://chinafbs.com/n29996.shtml", "zh-Hans",
     "北京日前,中关村国际技术交易大会—技术经理人协作网络交流会在2024年度中关村论坛期间于中关村软件园国际会议中心成功举办,本次系中关村论坛连续第三年组织技术经理人专题会议。会议聚焦“技术经理人组织协作与能力建设”主题,围绕“全球技术经理人协作网络”机制策划,得到世界各地技术转移行业机构支持,邀请到来自全球五个国家和地区的技术转移专业机构负责人到京与会,吸引了国内各地国家技术转移中心、国家技术转移人才培养基地、技术转移行业协会与社团组织负责人、技术经理人先锋人物等超过200人次现场参会交流。", ["Z7", "Z7.3", "Z7.7"]),
    ("http://61.152.230.22/news,cjpl,55874808.html", "zh-Hans",
     "9月17日,国际科技园及创新区域协会(IASP)2025年世界大会于北京启幕。会上,首次发布的《IASP2025北京中关村国际科技园区创新合作倡议》(以下简称“中关村倡议”)成为焦点。该倡议明确构建“创新、绿色、智慧、人文、开放”五大园区愿景,为全球科技园区未来发展绘制了精准且清晰的蓝图。这一具有前瞻性与引领性的成果,是中关村科技园区多年来“走出去”与“引进来”深度融合的结晶,形成了别具一格的“北京方案”,为全球科技园区创新发展贡献了北京智慧与力量。", ["Z7", "Z7.8"]),
    ("http://beijingtyhh.com/kepuzhishi/431.html", "zh-Hans",
     "◉ 支持在京国家实验室承担国家科技重大专项,推动怀柔综合性国家科学中心 29 个科技设施进入科研状态,建成昌平南口全国重点实验室基地一期;深入实施基础研究领先行动和关键核心技术攻坚行动,长安链在国家战略中作用更加凸显,北脑二号填补国内脑机接术空白,全球首个通用人工智能体 “通通” 正式发布,备案上线 款、稳居全国首位。\n◉ 强化科技创新策源功能。加强原创性引领性科技攻关,构建以国家实验室为引领的央地协同创新体系,大力推进集成电路、生物医药等九大专项攻关行动,围绕新能源、合成生物等领域再布局一批新型研究创新平台。以创新需求为导向谋划新一轮中关村先行先试改革,实施促进科技成果转化五年行动,加强概念验证、中试熟化等平台建设。", ["B1", "B2", "B6", "Z2"]),
    ("http://patent.gbicom.cn/news/7748", "zh-Hans",
     "“十五五”时期,数字经济进入新的发展阶段,人工智能正在成为引领数字经济发展的核心引擎,带来生产范式变革、生产关系重组,大幅提升生产效率。我委高度重视人工智能发展,立足首都城市战略定位,发挥新型举国体制优势,加强央地合作、部门协同、市区联动、资源统筹,加快建设全球人工智能创新高地。", ["B2"]),
    ("https://wallstreetcn.com/livenews/2408886", "zh-Hans",
     "北京市支持组建一批创新联合体\n北京市科委、中关村管委会等5部门日前联合发布《北京市创新联合体组建工作指引》,支持组建一批领军企业牵头、高校院所支撑、各创新主体相互协同的创新联合体,面向高精尖产业需求开展关键核心技术、基础前沿技术联合攻关。计划到2025年,北京市将优先在新一代信息技术、医药健康、智能制造与装备、集成电路、智能网联汽车等高精尖产业领域,布局培育20个左右具有国际影响力的创新联合体;引育一批具有国际视野的技术与管理复合型人才,攻克一批“卡脖子”技术、关键技术和基础前沿技术,培育一批世界一流的创新型企业。(北京日报)", ["B2"]),
    ("https://www.imsilkroad.com/news/p/417695.html", "zh-Hans",
     "新华社北京7月2日电(记者盖博铭)针对区块链科研攻关与产业化落地的难点、堵点,北京市人民政府办公厅日前发布印发《北京市区块链创新发展行动计划(2020-2022年)》的通知,力争率先形成区块链赋能经济社会发展的“北京方案”。\n区块链技术将成为数字经济时代的基础设施,在我国未来经济社会发展中占有重要地位。区块链技术在迭代过程中,也面临着数据流通壁垒、标准体系尚待完善等问题。\n计划提出将原创引领与需求驱动相结合、系统布局与动态调整相结合、即期投入与持续支持相结合,预计到2022年,把北京初步建设成为具有影响力的区块链科技创新高地、应用示范高地、产业发展高地、创新人才高地,建立区块链科技创新与产业发展融合互动的新体系。\n计划共设定4类重点任务,20项具体任务,包括打造区块链理论与技术平台、建设落地一批多领域应用场景、培育融合联动的区块链产业、建设领先的区块链人才梯队等。", ["B3"]),
    ("http://szb.wxrb.com/jnwb/pc/content/202410/20/content_181572.html", "zh-Hans",
     "北京正规划3000平方公里自动驾驶示范区\n2024世界智能网联汽车大会于10月17日至19日在北京举办。北京市高级别自动驾驶示范区工作办公室有关负责人在会上透露,北京市高级别自动驾驶示范区已完成600平方公里路侧设施智能化部署。下一阶段,示范区将围绕四环路到六环路之间进行规划扩区,规划面积约3000平方公里。这一面积约相当于北京城六区面积的2倍多。\n北京市高级别自动驾驶示范区已聚集百度、小马智行、文远知行、新石器、京东等头部企业参与,实现智能网联乘用车、无人配送、无人巡逻、干线物流和自动驾驶环卫等八类应用场景全面示范、协同发展。", ["B4"]),
    ("http://sfa-bcs.com/cehua/kbstjj/202209/92d3b09bdcbf4c4faa189b5365d70fce.shtml", "zh-Hant",
     "目前,在位于亦莊的北京市高級(jí)別自動(dòng)駕駛示范區(qū),常態(tài)化開(kāi)展測(cè)試和商業(yè)化服務(wù)的各類高級(jí)別自動(dòng)駕駛車輛近400輛。8月,示范區(qū)宣布建設(shè)面積擴(kuò)大,其覆蓋范圍將從現(xiàn)在的60平方公里擴(kuò)展到500平方公里。在亦莊,自動(dòng)駕駛的路更寬了。", ["B4"]),
    ("http://hamasdt.com/cn/Instant/local/202209/t20220916_7275089.html", "zh-Hant",
     "京津冀國家技術(shù)創(chuàng)新中心燕郊中心啟動(dòng)創(chuàng)建\n人民網(wǎng)北京9月15日電(李博)在9月15日舉行的2022年北京通州·河北廊坊北三縣項(xiàng)目推介洽談會(huì)上,京津冀國家技術(shù)創(chuàng)新中心燕郊中心創(chuàng)建工作啟動(dòng)。\n京津冀國家技術(shù)創(chuàng)新中心于2020年6月由科技部批復(fù)成立,是我國第一個(gè)綜合類國家技術(shù)創(chuàng)新中心和重點(diǎn)建設(shè)的國家戰(zhàn)略科技力量。", ["B5"]),
    ("http://m.youlongnjl.com/chuangye/2026-01/07/content_458223.html", "zh-Hant",
     "山水相連的華北平原上,一張嶄新的科創(chuàng)網絡正在加速編織。\n2025年12月召開的中央經濟工作會議,圍繞“堅持創(chuàng)新驅動,加緊培育壯大新動能”作出重要部署,明確提出將北京國際科技創(chuàng)新中心的建設范圍擴展至京津冀地區(qū)。\n這一部署,標志著京津冀協(xié)同發(fā)展邁入更深層次。早在2014年,習近平總書記在北京主持召開座談會時,就明確將實現(xiàn)京津冀協(xié)同發(fā)展作為重大國家戰(zhàn)略。如今,這片熱土正迎來科創(chuàng)協(xié)同、擴容提質的全新階段。", ["B5"]),
]
WEB7_RELEVANT_EN = [
    ("http://components2world.com/2019/03/27/zhongguancun-income-of-integrated-circuit-design-takes-the-throughout-the-country-1-3/",
     "On March 25, zhongGuanCun is in charge of appoint conference chairman Di Lixin expresses, the hi-tech industry gross earnings such as ZhongGuanCun artificial intelligence, integrated circuit exceeds 4 trillion yuan, hold proportion of demonstrative division gross earnings 7 into above, gain fast stability, formed be made with health of IT of artificial intelligence, integrated circuit, new generation, biology, intelligence and the burgeoning industry group that new material is a delegate.\nCurrent, dimensions of industry of IT of ZhongGuanCun new generation exceeds 2 trillion yuan, market of safety of big data, information is had rate rank home the first, income of integrated circuit design takes the throughout the country about 1/3.\nIn crucial technology domain, zhongGuanCun achieved breakthrough of a batch of keys.", ["Z1", "Z4"]),
    ("http://covid-19.chinadaily.com.cn/china/2016-02/25/content_23647335.htm",
     "BEIJING -- Beijing hopes to attract more \"elite foreigners\" after it eases permanent-residence requirements, local authorities said Thursday.\nTwenty new measures will take effect on March 1. They mainly target managerial-level professionals, Chinese born abroad, entrepreneurs, and recently-graduated foreign students.\nAccording to the measures, Chinese of foreign nationalities that hold a doctorate or above, or those who have worked for four consecutive years in enterprises in Zhongguancun, which many call \"China's Silicon Valley,\" can apply for permanent residence as long as they live in China for more than six months in a year.", ["Z2", "Z2.2", "Z6"]),
    ("http://en.drc.gov.cn/2015-02/13/content_28563361.htm",
     "It is essential for China to build special zones for talents and experiment zones for talent management reform in order to determine the strategic arrangements for prioritizing talent development and cultivate talent advantages of international competitiveness. In March 2011, 15 central units, including the Organization Department of the CPC Central Committee and the State Development and Reform Commission, along with Beijing Municipal Government jointly released “the Opinions on Building Special Zone for Talents in Zhongguancun National Innovation Demonstration Zone” (hereafter referred to as “the Opinions”) in an attempt to jointly build Zhongguancun Special Zone for Talents (hereafter referred to as Special Zone for Talents). After exploration and practice in the past three years, Zhongguancun Special Zone for Talents has accomplished prominent achievements, though some problems remain to be solved.", ["Z2", "Z2.2", "Z6"]),
    ("http://covid-19.chinadaily.com.cn/beijing/2014-11/12/content_18896459.htm",
     "In Zhongguancun, companies of different sizes and development stages receive various types of support in policies and resources from administrators.\nHe said the area now has a \"complete chain of policies for the financial business\". It has China's first government foundation for startups, which was launched in 2000. It is also a national pilot in the credit system for small companies.", ["Z2", "Z2.3"]),
    ("http://www.chinadaily.com.cn/m/beijing/zhongguancun/2017-11/03/content_34075792.htm",
     "Zhongguancun Science Park's administrative committee recently released an industrial incubation plan to promote the artificial intelligence (AI) industry.\nKnown as China's Silicon Valley and a national-level high-tech demonstration zone, Zhongguancun has been making efforts in promoting its AI industry in recent years.\nAs pointed out in the plan, AI technology has become a new engine in promoting economic and social development.\nBy 2020, Zhongguancun is expected to form an AI super group that will encourage international competitiveness. For instance, a batch of frontier technology achievements and AI international standard are expected to take shape in three years.", ["Z4", "Z4.6"]),
    ("http://bjzpark.spotlightbeijing.com/2021-03/19/c_605715.htm",
     "Tianjin Binhai-Zhongguancun Science and Technology Park has accumulated more than 2,000 registered enterprises since its inception; Baodi-Beijing-Tianjin Zhongguancun Science and Technology City has signed 27 project investment agreements, with a total investment of approximately 16.3 billion yuan ($2.51 billion).\nThe Baoding·Zhongguancun Innovation Center has attracted nearly 400 well-known enterprises and institutions, such as the Tongyuan Institute and Zhongchuang Yanyuan, and the accumulative R&D investment of the settled enterprises exceeds 100 million yuan.\nLast November, the Zhongguancun Enterprise Centralized Office Area in Xiong’an New District, with a total office area of approximately 30,000 square meters, was unveiled.", ["Z5", "Z5.12"]),
    ("http://subsites.chinadaily.com.cn/beijing/zpark/2018-01/19/c_443291.htm",
     "The district, officially known since 1999 as Zhongguancun Science& Technology Zone, has also established 10 overseas liaison offices that work to persuade Chinese graduates to start companies in Zhongguancun rather than in their host nation, and in the process bring overseas technology and expertise back to China.\nZhongguancun's London office was established in 2004 in Perivale, close to routes to Oxford and Cambridge. Over the years, the Zhongguancun UK team has focused on persuading British-educated scholars and researchers to take their expertise to Zhongguancun Science Park in Beijing and start companies there.", ["Z6", "Z7", "Z7.4"]),
    ("https://topic.alibabacloud.com/article/zhongguancun-has-developed-a-standardized-development-strategy-this-year_2_7_784859.html",
     "Newspaper (reporter Wang Dongliang) reporter from yesterday's municipal standardization working conference learned that this year will be the city's development strategy for Zhongguancun standardization, the launch of Zhongguancun independent innovation Demonstration Zone standard innovation pilot, the introduction of a group of ZHONGGUANCUN standards, the initial establishment of High-tech field standardization system.  National Standardization Committee director Jong Kun, Beijing deputy Mayor Gou Zhongwen attended the meeting. This year, the city will comprehensively promote the capital standardization strategy, in standard research and development, Zhongguancun Alliance standard brand Building, standardization implementation, select different enterprises, industrial alliances, professional park to carry out the pilot, encourage enterprises to have independent intellectual property rights of technology into international standards, the introduction and implementation of a group of Zhongguancun standards,  To speed up the adjustment of Zhongguancun industrial strategic layout and promote the development of high-end industries.", ["Z7", "Z7.9"]),
    ("http://www.chinadaily.com.cn/china/2013-09/13/content_16969418.htm",
     "As China's first national new and high-tech industrial zone, Beijing's Haidian Science Park is ambitious to become the center for global technology transference in China.\nThe park is located at the center of Zhongguancun National Innovational Demonstration Zone that is known as China's Silicon Valley.\nDuring the Seventh Session of Zhongguancun Forum, an annual meeting that opened on Thursday at the National Convention Center in Beijing, more than 300 participants including policy-makers, technology companies, scholars and lawyers joined the Haidian parallel session to discuss the trend of global technology commercialization and transference market.", ["Z7", "Z7.3"]),
    ("http://nigeriatimes.ng/beijing-sees-new-achievements-in-building-international-sci-tech-innovation-hub/",
     "A 50 MeV proton cyclotron in Beijing’s Huairou Science City has completed trial runs and been officially put into service. It is a key component of a space science R&D, testing and support platform for satellite series and payload, one of the first interdisciplinary research platforms in the Huairou Science City.\nBeijing is accelerating the building of its Huairou district into a national comprehensive science center. So far, 29 major scientific facilities, critical sci-tech infrastructures, and interdisciplinary research platforms have entered the construction and operation stages.\nThe Chinese capital has established eight world-class new-type R&D institutes in quantum, blockchain, AI and other fields.", ["B1"]),
    ("https://bbapi.viigoo.eu.org/square/post/23566507924305",
     "Recently, the Beijing Municipal Science and Technology Commission, Zhongguancun Administrative Committee, and other departments jointly issued (Beijing Blockchain Innovation Application Development Action Plan (2025-2027)), with the core strategy of 'building on self-controlled technology and deep integration of scenarios' and clearly proposing three major breakthrough goals to establish a national blockchain hub node by 2027:\n1. Technical breakthroughs: Overcome 'bottleneck' issues and seize the high ground in core racing tracks.\nFocus on underlying hard technology: Targeting key technologies such as blockchain-specific chips, privacy computing, and cross-chain interoperability, plan to conquer over 10 self-controlled technological achievements such as PB-level trusted storage and anti-quantum encryption algorithms, filling the domestic technology gap;", ["B3"]),
    ("http://china.org.cn/business/2025-03/28/content_117792897.htm",
     "In recent years, Beijing's innovative achievements have been rapidly transferred to its neighboring regions. Data shows that technology contracts from Beijing to Tianjin and Hebei were worth 84.37 billion yuan ($11.78 billion) in 2024, up 12.7% year on year. Since 2013, the cumulative value of these contracts has exceeded 370 billion yuan, with an average annual growth rate of over 25%.\nThis surge in technology transfer is also reflected in the growing presence of Zhongguancun companies in Tianjin and Hebei. The number of branches rose from over 3,500 in 2013 to over 10,000 in 2024. Several science parks have also been established, such as the Binhai-Zhongguancun Science Park, which now houses over 5,800 registered companies.", ["B5", "Z5", "Z5.12"]),
    ("https://ex.chinadaily.com.cn/exchange/partners/70/rss/channel/www/columns/y38633/stories/WS67e945a0a3101d4e4dc2bae9.html",
     "To accelerate the construction of the Beijing International Science and Technology Innovation Center and a high-level talent hub, implement the Guidelines on Further Improving Services for Returned Overseas Talents, and support returned overseas talents in innovation and entrepreneurship to contribute to the capital's high-quality development and self-reliance in science and technology, the following measures are formulated.\n1.Strengthening Development Platforms for Returnees. Pilot the establishment of \"Internship and Training Bases for Overseas Talents,\" creating platforms for innovation and entrepreneurship matchmaking, providing internship opportunities, and ensuring support in residency permits, work permits, and training subsidies. Support the development of high-quality overseas talent startup incubators with dedicated funding and work permit quotas.", ["B6"]),
    ("http://www.yimeisofa.com.cn/aljs_700",
     "Beijing faces the forefront of world science and technology, incubating ahead of time, attracting world-renowned incubators to develop in Beijing.\nChina news agency, Beijing, December 19 (Reporter Chen Hang) The \"Guiding Opinions of Beijing on Promoting the Innovation and Development of Technology Business Incubators\" released on the 19 th proposed that Beijing will encourage the development of world-renowned incubators in Beijing, and support incubators to cooperate with multinational corporations and foreign-funded R&D centers to build innovative service platforms and accelerate the construction of a world-class innovation and entrepreneurship ecosystem. This is what the reporter learned from a press conference held on the 19th.", ["B6"]),
]
# traps: (kind, url, language, text); all irrelevant
WEB7_TRAPS = [
    ("zol", "http://www.jinghuazs.com/cc/202007/56164650.html", "zh-Hans",
     "很长一段时间以来,电池容量不足,续航时间段被认为是阻碍智能手机进一步发展的罪魁祸首,但是手机行业经过几年的研发,目前这一问题正逐步得到解决,手机卖点也从“不服跑个分”过渡到“不服跑个表”。著名科技机构中关村在线近日举办了一个史无前例的手机续航横评测试,选取了市面上50款市售热门机型,并明确给出了续航表现排名,其中华硕电神5000、联想P1、nubia Z11 Max分列三甲,拿下了“最强续航”这一称号。"),
    ("mall", "http://gansulong.com/c/121411155G2022_2.html", "zh-Hans",
     "不只是陈红,中关村的电子卖场里,家家户户的柜台都这么热闹 。调货的员工扛着沉重的“大屁股显示器”,想快跑两步,却迈不开腿 。一个广为流传的笑话是,男生牵着女朋友来配电脑,一直走到一组柜台的尽头,才发现牵错了人——卖场里满是人头,乌泱乌泱的,尽管挨得很近,但谁也看不清谁的脸 。"),
    ("mall", "https://www.xinsiji.cc/post/wqe8PzZGj6.html", "zh-Hant",
     "[泡泡網主板頻道6月12日]談到北京的中關村,第一印象是什麼?是賣場裡拉客戶的JS(奸商)?還是海龍、鼎好附近賣發票、光碟抱著孩子的婦女?有著臺北秋葉原之稱的光華商場,誠信、盜版、惡意競爭、欺詐是否也存在呢?Computex2009期間,PCPOP前方報導團隊前往光華商場,為您帶來一個全新視角的臺灣「中關村」。"),
    ("rental", "https://www.todaymg.com/a/bei-jing-jia-ji-xie-zi-lou-kong-zhi-lu-chi-xu-hui-luo.html", "zh-Hant",
     "房地產服務及諮詢顧問公司戴德樑行29日發佈2025年四季度北京寫字樓零售市場報告顯示,四季度北京甲級寫字樓空置率持續回落,TMT(科技、媒體和通信融合形成的新興產業)穩居主力,租金延續下行態勢。中新社報導,報告指出,截至四季度末,北京甲級寫字樓總存量維持1368萬平方米,存量物業持續去化推動空置率延續下行趨勢。"),
    ("rental", "https://www.fxbaogao.com/detail/4952982", "en",
     "In the second quarter of 2025 (Q22025), the average rent for Grade-Aoffice buildings in Beijing fell by1.6% QoQ to RMB233.1 per sqm permonth, with the rate of declineslightly narrowing compared to theprevious quarter. No new projectswere completed and delivered thisquarter. The average vacancy ratecame to 18.4%, a slight decreaseof 0.2 percentage points from theprevious quarter."),
    ("restaurant", "https://mcdurieux.com/life//lvyou/news/bjly/wanwei/2015/1224/228174.html", "zh-Hans",
     "这里的餐馆每到午餐时刻,人群都是按流量统计,菜谱上的菜都是走点击量,分明标注着PV 与UV。 原来也想着在附近租个房子,可是这里是北京的中心,宇宙的中心,二手房价10 万一平米,我的小心思顿时颓了,只有在午餐的间隙里,怀着一颗心怀宇宙的吃心,在宇宙中心找点好吃的。 五道口的餐馆与三里屯餐馆区别是:一个是无产阶级,一个是小资产阶级。我们中午走路去LaBamba 吃比萨,一份凯撒沙拉颤颤巍巍上来,一份比萨像个锅盖一样上来,好吃不好吃放一边,份量是真足。"),
    ("zhangjiang", "http://m.zgzxnews.com/chanjing/202001/127699.html", "zh-Hans",
     "上海市第十五届人民代表大会第三次会议今天上午开幕。上海市市长应勇作《政府工作报告》。\n应勇指出,制定实施科技创新中心建设深化方案。加快组建国家实验室,建成并开放软X射线、活细胞成像平台等大科学设施,全面启动张江科学城第二轮82个项目建设,加快形成张江综合性国家科学中心基础框架。促进创新链与产业链深度融合,全面实施集成电路、人工智能、生物医药“上海方案”,集聚高水平研发机构,加快形成一批聚焦关键核心技术、具有国际先进水平的功能型研发转化平台。"),
    ("zhangjiang", "http://english.sari.cas.cn/News/nu/201710/t20171010_271175.html", "en",
     "SHANGHAI'S ambition to be a global innovation and science hub took a giant stride on September 26 with the unveiling of Zhangjiang Lab.\nThe lab, jointly established by the city government and the Chinese Academy of Sciences, was unveiled in Pudong’s Zhangjiang Science City. Shanghai Party Secretary Han Zheng, President of Chinese Academy of Sciences Bai Chunli, and the city’s Mayor Ying Yong attended the opening ceremony.\n“The lab will serve as a comprehensive national science center to promote basic science, and aims to attract top researchers from across the world. Officials have set a target to become a world-class national laboratory by 2030.” Mayor Ying remarked."),
    ("shenzhen", "https://ipaper.oeeee.com/ipaper/H/html/2021-03/26/content_5989.htm", "zh-Hans",
     "世界级大型开放原始创新策源地、粤港澳大湾区国际科技创新中心核心枢纽、综合性国家科学中心核心承载区、引领高质量发展的中试验证和成果转化基地、深化科技创新体制机制改革前沿阵地……\n今年深圳召开的牛年“开年第一会”,通过了一系列事关深圳长远发展的重磅文件,作为片区专项规划,《深圳光明科学城总体发展规划(2020-2035)》(下称《发展规划》)与全市重磅文件一并上会,并于3月9日正式印发。\n根据《发展规划》,光明科学城被赋予了更高、更多重的战略定位,发展和实施路径也更加明确。值得注意的是,光明科学城9大大科学装置名单、39项集中攻关的重点任务首次对外公布,光明科学城全貌首次对外展现。"),
    ("wuhan", "http://m.kzhl180.com/content/2025-04/22/content_19120717.html", "zh-Hant",
     "4月22日上午,省委書記、省人大常委會主任王忠林在武漢市調研東湖科學城建設工作。他強調,要深入學習貫徹習近平總書記關于科技創新的重要論述和考察湖北重要講話精神,堅持把科技自立自強當使命、視創新創造如生命、抓創新發展像拼命,加快推進東湖科學城建設,著力提升東湖科學城集聚度、顯示度,奮力打造具有核心競爭力的世界一流科學城。\n深部巖土工程擾動模擬設施是國家重大科技基礎設施項目,今年年底可實現試運行,將大幅提升我國深部工程技術領域創新能力和水平。"),
    ("hefei", "http://m.dcqhyn.cn/news/show-100517.html", "zh-Hant",
     "2017年1月,合肥繼上海張江之后獲批成為第二個綜合性國家科學中心。三年來,合肥綜合性國家科學中心聚焦信息、能源、健康、環(huán)境四大領(lǐng)域,堅持“尖端引領(lǐng)、集中布局”原則,發(fā)揮“基礎(chǔ)研究領(lǐng)先、應用研發(fā)見長”優(yōu)勢,聚焦重點、精準發(fā)力,科學中心創(chuàng)新體系不斷完善,具有世界影響力的創(chuàng)新成果競相涌現(xiàn),尖端科技與新興產(chǎn)業(yè)深度融合態(tài)勢逐步增強。當前,正加速成為代表國家參與全球科技競爭與合作的重要力量。"),
    ("nanjing", "http://m.dingqianjf.com/news/show/346/1244395.html", "zh-Hant",
     "4月4日上午,被列為2018年全市經(jīng)濟社會發(fā)展重大項目之一的中科院南京分院麒麟科技城項目開工儀式在麒麟高新區(qū)舉行。\n當前,南京市正全力建設具有國際影響力的創(chuàng)新名城,全面實施創(chuàng)新驅(qū)動發(fā)展“121”戰(zhàn)略,確定在麒麟高新區(qū)內(nèi)建設發(fā)展南京麒麟科技城,作為南京市創(chuàng)新名城建設“一核、一圈、三城、多點”發(fā)展格局中的核心。"),
    ("xian", "https://difang.gmw.cn/sn/2023-01/16/content_36306998.htm", "zh-Hans",
     "近期,陕西省两会召开,其中2023年陕西省政府工作报告显示,西安市获批建设综合性科学中心和科技创新中心。此次获批,意味着西安成为继北京、上海、以及粤港澳大湾区后第四个获批建设“双中心”的城市。\n作为西安科技创新带的重要节点,秦创原的高能级科技成果转化大平台,丝路科学城成为唯一“双中心”核心承载区。"),
    ("hongkong", "http://en.people.cn/n3/2024/0625/c90000-20185179.html", "en",
     "The Hong Kong Science Park is the largest research and development (R&D) and enterprise incubation hub in Hong Kong. It attracts research institutions and tech companies from around the world. It currently houses over 1,700 companies and more than 800 startups.\nDerek Chim, head of Incubation and Acceleration Programmes, Hong Kong Science and Technology Parks Corporation (HKSTPC), emphasized HKSTPC's commitment to offering startups ongoing support. It not only provides rent reductions but also utilizes resources to assist startups in expanding globally."),
    ("national", "http://www.michael-hudson.org/news/yaowen/202503/t20250305_2656998.shtml", "zh-Hant",
     "政府工作報告說,推進高水平科技自立自強。充分發揮新型舉國體制優勢,強化關鍵核心技術攻關和前沿性、顛覆性技術研發,加快組織實施和超前布局重大科技項目。優化國家戰略科技力量布局,推進科研院所改革,探索國家實驗室新型科研組織模式,增強國際和區域科技創新中心輻射帶動能力。推動科技支出向基礎研究傾斜,完善競爭性支持和穩定支持相結合的投入機制,提高基礎研究組織化程度。"),
    ("jiangsu", "http://boronfuelsource.com/world/2019-09/19/c_1125014478.htm", "zh-Hant",
     "新華社耶路撒冷9月18日電(記者陳文仙 尚昊)以色列江蘇創(chuàng)新中心18日在特拉維夫試運營,這是中國在以色列建立的首個(gè)省級(jí)創(chuàng)新中心,將為兩國間創(chuàng)新合作搭建新的橋梁。\n中國駐以色列大使館科技參贊崔玉亭在當(dāng)天舉行的試運營開幕式上表示,該中心將作為中以兩國合作的重要橋梁,引導(dǎo)兩國更多社會(huì)力量參與到中以創(chuàng)新合作中來,共同打造中以創(chuàng)新的新增長(zhǎng)點(diǎn)和新亮點(diǎn)。"),
    ("passing", "https://wanzhanyong.blog.caixin.com/archives/148343", "zh-Hans",
     "中国科学院的研究生,第一年集中在西郊的玉泉路研究生院上大课,从第二年起就分散到各所学习。于是我们计算口(计算所、软件所、自动化所、计算中心)的同学们搬到了中关村东站附近的中关村88楼宿舍。\n这88号楼有来头。陈景润老师还没有发迹的时候,数学所安排他住在88楼的一个楼梯间(到我们搬进去的时候,楼梯间已经改造成了开水房,不能住人了)。"),
    ("passing", "http://www.lxweimin.com/p/a04e5b169ad4", "zh-Hant",
     "來北京之前,一直都認為北漂是一件浪漫的事情,在天橋偶遇認真彈唱吉他的女孩,于是停下來聽她們歌里的訴說;可以在中關村的某個咖啡館點一杯咖啡或紅茶,完全隨個人的喜好,然后就那樣坐著翻看一本感興趣的書,偶爾抬頭望一望咖啡館門外的人群;頤和園后面的野湖真的像《老炮里》那樣發(fā)生過一場生死決斗嗎?然而浪漫終歸浪漫,來北京的目的就是為了掙錢。"),
    ("national", "http://english.www.gov.cn/premier/news/202007/04/content_WS5effbb8ac6d05a0f89706a1e.html", "en",
     "China will deepen reform and opening-up of national high-tech industrial development zones, a decision made at the State Council’s executive meeting chaired by Premier Li Keqiang on July 1.\nTo that end, financial institutions should provide intellectual property pledge financing services for innovation-driven enterprises in those zones, the Premier said, especially startups without their own property or startup capital and struggling to get venture capital funding.\nWith 30-plus years of development, China’s national high-tech zones have grown into pacesetters in terms of innovation, industry and talent in China’s economic and regional development."),
    ("chengdu", "https://techtography.com/chengdu-spearheads-western-chinas-science-and-technology-industries/", "en",
     "Chengdu is home to 66 industrial zones and parks and has attracted large numbers of high-tech companies to set up branches and launch operations.\nBeijing-based space technology startup Galactic Energy is one of the companies pushing forward the development of an aerospace industrial cluster in Chengdu.\nOn Nov 7, China’s new carrier rocket Ceres 1, designed and built by Galactic Energy, made its maiden flight."),
]
add_web_round("web7", WEB7_RELEVANT_ZH, WEB7_RELEVANT_EN, WEB7_TRAPS, all_tune=True)

# --- added round 8: a TUNING round like round 7 (decided before any row was collected: every round-8 row goes
# to tune.jsonl, none to holdout).  Theme: the hardest cases seen so far.  Relevant rows weighted towards
# Zhongguancun reforms and pilot policies (the 2009 approval's equity-incentive pilot, equity incentives for
# researchers, a study of inclusive and prudent regulation, the ZGC Comprehensive Bonded Zone under the 2021
# pilot-reform measures, IP, sci-tech finance), ZGC industries and clusters (the AI large-model cluster and its
# distinctive parks, the Jingxi AI park, graphene in the Fengtai park, the Life Science Park, AI firms, the ZGC
# Science City autonomous-driving zone), Beijing-centre texts that never name 中关村 (general AI, AI for Science
# plans, application scenarios and trillion-yuan clusters, BTH industrial coordination, Hebei joining the BTH
# centre, international talent communities, the "two zones") and park news with no task content (statistics,
# rankings, visits, an exhibition, a regulation, a finance-plan consultation).  Traps weighted towards texts that
# NAME 中关村 / Zhongguancun but are not about the zone (memoirs of a childhood flat, a student's shopping and the old
# electronics street, 中关村一小/二小/中关村中学 as schools, restaurant guides, a hardware buying guide, electronics-market
# travel blogs, an expat rental guide) and texts about other places or national policy in the plans' vocabulary
# (Chongqing, Dongguan, Tangshan, Hefei, Shanghai Pudong and Zizhu, Taipei's 光華 market, national demonstration
# zones, regulatory sandboxes, application-scenario guidelines, comprehensive innovation reform pilot zones).
# Short excerpts (one to six sentences) of real web pages with their URLs, found with the project's page search;
# labels written from the text alone; none of these rows was run through the classifier.  No round-8 page is one
# already used (URLs checked against all earlier rows) and none tells an earlier row's story (the 2011 sci-tech
# finance outline, the points-based residence pilot, the 2016 entry-exit measures, the Yanjiao branch of the BTH
# technology innovation centre, the 2025 embodied-AI plan, the 2025 forum's BTH figures and a ZOL display page,
# all already used, were left out; the Jingxi AI park is taken only in English and the Life Science Park's 2025
# visit only in English).
# Labels (README rules, rounds 2-7 readings) plus: Z2 + Z2.1 for ZGC equity incentives for researchers' job-related
# achievements (the 2009 approval, the 2011 pilot) and the ZGC IP model park; Z2 + Z2.4 (first used here) for the ZGC
# committee's study of inclusive and prudent regulation of the new economy; Z2 for the ZGC Comprehensive Bonded Zone
# backed by the 2021 pilot-reform measures; Z2 + Z2.3 for ZGC loan-interest and angel support; Z3 + Z3.7 for the ZGC
# international frontier-technology competition; Z4 + Z4.6 for ZGC AI and biomedicine clusters (+ Z5 + Z5.3 for the
# AI distinctive parks, + Z5 + Z5.5 for the Jingxi AI park named in 004's Z5.5); Z4 + Z4.7 (first used here) for the
# Fengtai park's graphene new-materials cluster; Z4 + Z4.4 for ZGC Science City's autonomous-driving demonstration
# zone; Z5 + Z5.12 for ZGC parks in Tianjin; B2 for Beijing's general-AI measures; B3 for Beijing's AI-for-Science
# plans (a new research paradigm); B4 for the centre plan's city-wide application scenarios, the scenario essay and
# a plan to form new trillion-yuan clusters; B5 for Beijing's innovation flowing to Tianjin-Hebei and Hebei joining
# the BTH centre; B6 for international talent communities built for the centre and the "two zones" policy stack.
# Statistics, rankings, visits, an exhibition, the centre regulation, the 高精尖 guidelines and a Beijing-wide
# sci-tech finance consultation get no code.
WEB8_RELEVANT_ZH = [
    ("http://www.86xian.com/show.aspx?cid=12&id=9217", "zh-Hant",
     "中關(guān)村示范區(qū)發(fā)揮科技體制改革試驗(yàn)田作用,先行先試。兩年時(shí)間有一千多位科學(xué)家憑科研成果變成了高科技企業(yè)的股東,加快科技成果的轉(zhuǎn)化速度。\n董博士是北京勞動(dòng)保護(hù)科學(xué)研究所的研發(fā)人員,去年下半年,研究所通過中關(guān)村試點(diǎn)的股權(quán)激勵(lì)政策,把所里研發(fā)的“地鐵高端隔振器技術(shù)”拿出來,作價(jià)設(shè)立了一家公司。", ["Z2", "Z2.1"]),
    ("https://news.sohu.com/20090321/n262920805.shtml", "zh-Hans",
     "本报讯(记者郭爱娣 张艳)昨天,市委市政府召开建设中关村国家自主创新示范区动员大会,正式公布了《国务院关于同意支持中关村科技园区建设国家自主创新示范区的批复》,这意味着中关村园区成为我国第一个国家自主创新示范区。\n受此利好消息影响,A股中关村昨天涨停收盘。\n国务院在《批复》中同意采取一系列政策措施支持中关村科技园区建设国家自主创新示范区,其中最大的亮点无疑是开展股权激励试点。即今后在中关村园区范围内的高等院校、科研院所中,将开展职务科技成果股权和分红权激励的试点,对作出突出贡献的科技人员和经营管理人员实施期权、技术入股、股权奖励、分红权等多种形式的激励。", ["Z2", "Z2.1"]),
    ("http://www.handmsg.com/page/2020/0528/6709834.shtml", "zh-Hant",
     "4月9日上午,應中關村管委會邀請,我遠程參加了關于新經濟領域的審慎監管問題研究課題的開題會。這個課題主要圍繞獨角獸企業需求來研究新經濟審慎監管問題。我在會上發表了三點看法:一、中關村新經濟審慎監管課題很有意義;二、為什么對中關村新經濟要包容創新審慎監管;三、如何進行包容創新審慎監管。", ["Z2", "Z2.4"]),
    ("https://wodirj.com/p/627629.html", "zh-Hant",
     "“我們將以推進(jìn)‘智關(guān)強國’行動和智慧海關(guān)建設(shè)為契機,切實建設(shè)和監(jiān)管好中關(guān)村綜保區(qū),,推動中關(guān)村綜保區(qū)打造成為我國科技創(chuàng)新型綜保區(qū)的‘樣板間’,。”北京海關(guān)有關(guān)負(fù)責(zé)人表示,,將充分依托綜保區(qū)政策優(yōu)勢,營造良好的創(chuàng)新氛圍,,并運用科技賦能,,以更大的擔(dān)當(dāng)支撐科技強國和科技北京建設(shè)。\n2021年11月,,中央深改委會議審議通過《關(guān)于支持中關(guān)村國家自主創(chuàng)新示范區(qū)開展高水平科技自立自強先行先試改革的若干措施》,,明確支持北京市申報設(shè)立以研發(fā)創(chuàng)新為特色的中關(guān)村綜保區(qū)。", ["Z2"]),
    ("https://freewechat.com/a/MzA5NTUzOTYxNQ==/2651256459/1", "zh-Hans",
     "据悉,海淀区将全力打造中关村人工智能大模型产业集聚区,以东至学院路、南至知春路、西至万泉河路、北至清华西路-清华东路,约9.5平方公里的区域率先建设集聚区核心区。在核心区内,首批重点建设五道口人工智能产业园、北大西门人工智能产业园、中关村西区人工智能产业园、清华科技园等4个人工智能特色产业园,总建筑面积约67万平方米。", ["Z4", "Z4.6", "Z5", "Z5.3"]),
    ("https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2014-09/11/content_276924.htm?div=-1", "zh-Hans",
     "科技日报讯 (记者宋莉)一根相当于头发丝一样细的石墨烯新材料能够承担起一台三脚架钢琴的重量。石墨烯是迄今发现的厚度最薄、强度最高、结构最致密的新材料。9月4日,“中关村丰台园战略性新材料国际合作项目”正式启动,这是北京首个以石墨烯新材料为关键技术的国际合作项目。该项目由中关村丰台园联合园区企业中伦国际、英国布鲁内尔大学等国内外数十家知名团队共同合作实施。\n北京丰台区副区长、丰台园管委会主任张婕表示,作为中关村国家自主创新示范区最早的“一区三园”之一,扶持、促进高新技术成果转化是丰台园的责任和义务,石墨烯新材料是今年中关村国家自主创新示范区实施战略性新兴产业集群创新引领工程重点支持的重大前沿关键技术,丰台园将以此为契机带动战略性新材料产业聚集,加速转型升级步伐。", ["Z4", "Z4.7"]),
    ("http://www.nbformosan.com/qiche/20200709/6030.html", "zh-Hant",
     "時常駕車途經北京市海淀區北部北清路、溫陽路、溫北路的人們,正逐漸習慣與頭頂觸角、身貼“自動駕駛測試”標識的車輛齊頭并進。在這里,一個覆蓋封閉測試場、半封閉的智能網聯園區場景和開放道路測試的自動駕駛全能型公測“樂園”正在崛起。\n不久前,中關村科學城北區100平方公里自動駕駛示范區一期自動駕駛測試道路全面開放。", ["Z4", "Z4.4"]),
    ("http://huangxiaobo.org/hqxw/136836.html", "zh-Hans",
     "近日,由中关村管委会主办的“2019中关村国际前沿科技创新大赛总决赛暨企业展”在中关村示范区会展中心会展中心举行,历时近半年。北京市政府副秘书长刘迎春、教育部科技司副司长谭、中关村管委会副巡视员刘航等参加了决赛,参观了企业展览,并向决赛获奖者颁奖。\n在教育部科技司和中国科学院北京分院的指导下,在北京大学和清华大学海淀区、门头沟区、通州区、昌平区、延庆区政府的支持下,2019中关村国际前沿科技创新大赛吸引并汇聚了世界一流的高质量硬技术项目。今年,它吸引了国内外600家拥有尖端硬技术的企业和团队。", ["Z3", "Z3.7"]),
    ("https://www.zgcgroup.com.cn/zgcadmin/home/content/index.html?id=3183&cate=15", "zh-Hans",
     "为了落实京津两市政府《进一步加强战略合作框架协议》,发挥京津两地资源互补优势,深化产业链协同,携手打造创新发展高地,在近期举办的京津产业交流合作对接洽谈会上,中关村发展集团分别与天津滨海新区、宝坻区签署《关于进一步加快天津滨海—中关村科技园创新发展合作协议》《深化京津中关村科技城合作共建的协议》。\n中关村发展集团签署的两个合作协议,是京津两市战略合作框架协议下八个子协议中唯独由市属国企签署的协议,其余子协议均由政府部门间签署,凸显了中关村发展集团在京津冀协同发展战略中的重要作用。此次合作将进一步提升滨海—中关村科技园、宝坻京津中关村科技城合作水平,吸引高端要素加速聚集,助力京津两市创新链、产业链、供应链融合发展,构建良好的创新生态。", ["Z5", "Z5.12"]),
    ("http://rbko.cn/Index/show/catid/14/id/14289.html", "zh-Hant",
     "北京市促進(jìn)通用人工智能創(chuàng)新發(fā)展的若干措施\n為貫徹落實《北京市加快建設(shè)具有全球影響力的人工智能創(chuàng)新策源地實施方案(2023-2025年)》,充分發(fā)揮政府引導(dǎo)作用和創(chuàng)新平臺催化作用,整合創(chuàng)新資源,加強(qiáng)要素配置,營造創(chuàng)新生態(tài),重視風(fēng)險防范,推動本市通用人工智能實現創(chuàng)新引領(lǐng)和理性健康發(fā)展,特制定以下措施。", ["B2"]),
    ("http://m.chuckkimmelconstruction.com/web/gdxw/2025-07/11/content_368640.html", "zh-Hant",
     "7月11日,北京市科委、中關(guān)村管委會,北京市發(fā)展改革委,北京市經(jīng)濟(jì)和信息化局,北京市海淀區(qū)人民政府召開新聞發(fā)布會,聯(lián)合發(fā)布了《北京市加快人工智能賦能科學(xué)研究高質(zhì)量發(fā)展行動計劃(2025-2027年)》(以下簡稱《行動計劃》)。這是全國首個科學(xué)智能專項地方政策。\n近年來,北京市推出多項舉措助力人工智能賦能科學(xué)創(chuàng)新。目前,人工智能已在推動生物醫(yī)藥、集成電路、自動駕駛、智能裝備、新材料等一系列領(lǐng)域的科研創(chuàng)新突破。", ["B3"]),
    ("http://www.honglaili.com/news/focus/11241251a2021_3.html", "zh-Hant",
     "六、構建新技術全域應用場景,支撐國際一流的和諧宜居之都建設\n圍繞超大城市精細化治理,堅持“數字智能技術—數字智能經濟—數字智能社會—數字智能城市”主線,面向生態環境、公共服務、智慧管理、文化科技等人民美好生活重點領域需求,實施應用場景建設“十百千工程”,推進新技術新產品示范應用,助力2022年北京冬奧會冬殘奧會等國際賽事舉辦,加快建設全球數字經濟標桿城市,探索走出綠色、數字、安全的超大城市精細治理新路子,切實支撐人文北京、科技北京、綠色北京建設。", ["B4"]),
    ("https://kpfans.com/article/0vpBG2amWo.html", "zh-Hans",
     "应用场景建设是北京推动全国科技创新中心建设的重要举措,将有力推动创新型政府建设。应用场景的热点领域集中于城市基础设施建设、运营和管理、产业转型升级、民生服务保障等,其资金主要来源于各级政府财政支出、企事业单位投资及社会资本投入,从展现类型看分为以无人驾驶为代表的无人场景、以在线教育为代表的在线场景、以共享出行为代表的共享场景,可以为新技术新产品提供应用机会和推广平台。加快构建与产业发展、城市建设和民生需求等高度契合的多元化应用场景,有利于促进新技术新产品新模式推广应用,培育新动能,塑造新优势,推进北京高质量发展。", ["B4"]),
    ("http://bj.cnipai.com/news/detail/293062.html", "zh-Hans",
     "央广网北京8月23日消息(记者 万玉航)集成电路、智能网联汽车、区块链、创新药......这些高精尖产业将成为“北京制造”的新名片。近日,北京市政府印发《北京市“十四五”时期高精尖产业发展规划》(下文简称《规划》)。《规划》提出,到2025年,北京高精尖产业增加值占地区生产总值比重将达到30%以上,形成4至5个万亿级产业集群。", ["B4"]),
    ("http://solution.yktchina.com/gp/2023/0817/84537.html", "zh-Hans",
     "北京设计智能列车在保定开花结果、京津城际精准实施“一日一图”、京津冀建成全球首个“智慧零碳”码头……为落实京津冀协同发展战略,北京充分发挥科技创新原始策源地优势,强化与津冀协同联动,推动创新成果加速落地转化。从承接产业转移到科技共建共享,京津冀产业协同发展不断走深走实。", ["B5"]),
    ("http://www.mike-usenia.com/home/ztzl/gjjwzxgnjx/fbhsl/202009/t20200930_2104045.html", "zh-Hant",
     "市人才工作領導小組于2016年在全國率先提出首都國際人才社區建設理念。2017年經市領導批準,確定朝陽望京、中關村科學城、未來科學城、新首鋼4個首批試點,正式啟動建設。2019年,又新增通州、順義、懷柔科學城、經濟技術開發區等4個建設區,實現了“三城一區”全覆蓋。今年,我們印發《首都國際人才社區建設導則(試行版)》(簡稱《導則》),作為推進國際人才社區建設的權威標準和主要依據,“建設什么樣的國際人才社區”的目標和“怎樣建設國際人才社區”的路徑更加清晰。國際人才社區建設已被納入新版城市總規,成為北京推進4個中心建設特別是國際交往中心、科技創新中心建設的重點任務。", ["B6"]),
    ("https://npo04289f.npoall.com/news/itemid-186770.html", "zh-Hans",
     "为落实科技部、中国人民银行等七部门《加快构建科技金融体制 有力支撑高水平科技自立自强的若干政策举措》,加快构建与北京科技创新发展相适应的科技金融服务体系,市科委、中关村管委会会同中国人民银行北京市分行以及市相关单位、金融监管部门研究起草了《北京市关于加快构建科技金融体制 有力支撑高水平科技自立自强的实施方案(2025-2027年)(征求意见稿)》。现面向社会公开征求意见,欢迎社会各界提出意见建议。", []),
    ("http://stock.hexun.com/2024-01-25/211760227.html", "zh-Hans",
     "北京国际科技创新中心建设条例获得通过\n北京市第十六届人民代表大会第二次会议于1月25日通过了《北京国际科技创新中心建设条例》。此条例共分为七章七十六条,包括总则、战略规划与建设布局、创新主体与创新活动、创新人才、创新生态、国际开放合作、附则等七个部分。这个条例被视为北京建设国际科技创新中心的“基本法、框架法、促进法”,旨在系统规范、明确国际科技创新中心建设的各项规定。", []),
    ("http://yfsoft.com.cn/51004.html", "zh-Hans",
     "北京是全球排名第一的科研城市。22日,在清华大学举办的创新指数研究国际研讨会上,《国际科技创新中心指数2023》报告和《自然指数-科研城市2023》增刊报告发布。北京位居全球自然指数科研城市排名榜首,并连续两年在国际科技创新中心排全球第三。", []),
    ("http://zqb.cyol.com/html/2018-08/28/nw.D110000zgqnb_20180828_7-04.htm", "zh-Hans",
     "本报讯(中国青年报·中青在线记者 苗晓雨)近日,由中关村管委会主办的中关村国家自主创新示范区创新成果展在中关村国家自主创新示范区展示中心揭幕。\n今年是中国改革开放40周年,也是中关村科技园区成立30周年。此次展览旨在充分展示改革开放以来,特别是党的十八大以来中关村国家自主创新示范区创新发展成果,助推中关村未来发展和全国科技创新中心建设。", []),
    ("https://m.gongxiaoshang.com/news3356503", "zh-Hans",
     "新华社北京9月3日专电北京中关村国家自主创新示范区最新统计数据显示,今年1到7月,中关村示范区规模以上企业实现总收入突破2.1万亿元,同比增长16.0%,利润同比增长6.4%。\n统计数据显示,1到7月中关村规模以上企业实现总收入21427.6亿元,同比增长16.0%;工业总产值4826.1亿元,占北京市的51.2%;利润总额1642.2亿元,同比增长6.4%。", []),
    ("https://www.aboluowang.com/2018/0330/1092376.html", "zh-Hans",
     "北韩最高领导人金正恩掌政六年以来首次访问北京,有去\"中国硅谷\"北京中关村访问,了解中国高科技的发展。金正恩访问北京期间,周二(27日)除了到中国科学院观看中共十八大以来所取得的创新成果展览外,也曾去过北京中关村参观。参观期间,金正恩和夫人李雪主还试玩VR(虚拟实境)。", []),
]
WEB8_RELEVANT_EN = [
    ("http://english.sipo.gov.cn/news/iprspecial/1134538.htm",
     "Zhongguancun zone has made marked achievements in developing a successful pioneering intellectual property system.\nZhongguancun, a high-tech business hub in Beijing, has made pioneering achievements in the creation and demonstration of an intellectual property system over the past 15 years.\nIt was named a national IP model park in 2003, the only one of its kind approved by the State Council so far.\nIn the Zhongguancun State Intellectual Property Park, a host of innovative businesses, as well as research and service institutes that capitalize on the patent system, have sprung up, helping to create an IP-friendly culture.", ["Z2", "Z2.1"]),
    ("http://www.thebeijinger.com/blog/2018/11/22/zhongguancun-beijings-silicon-valley-promises-rmb-15-billion-early-stage-startups",
     "Regional government bodies at Zhongguancun, a district in Beijing which is well-known for software innovation and R&D, aim to help introduce over RMB 15 billion (USD 2.2 billion) private capital to tech projects in the area by providing pilot government financial support, Beijing Daily reports (in Chinese). By doing so, the area hopes to ensure that fundamental tech projects and early-stage startups will have sufficient material support to survive and grow.\nAccording to an official announcement, the Zhongguancun government will help pay over RMB 100 million in loan interest for tech companies to reduce capital borrowing cost by 20 percent. The decision is likely to encourage over RMB 10 billion in loans to be issued in the area.", ["Z2", "Z2.3"]),
    ("https://govt.chinadaily.com.cn/s/201912/20/WS5dfc795c498e1ed196a6b541/artificial-intelligence-industry.html",
     "China's artificial intelligence (AI) industry is in a period of high-speed development. Zhongguancun has obvious advantages in developing its AI industry, and has formed the largest and most powerful AI innovation cluster in China.\nStatistics show that Zhongguancun has more than half of the country's AI core research units and a number of well-known experts in its teams. By April 2019, the number of AI-related enterprises in Zhongguancun had reached 1,084, accounting for more than a quarter of the total number of businesses.", ["Z4", "Z4.6"]),
    ("https://www.inkl.com/news/beijing-life-science-hub-aims-to-accelerate-drug-innovation",
     "A sprawling life sciences hub in Beijing is accelerating its drive to turn laboratory breakthroughs into marketable innovative drugs, central to China’s pursuit of global competitiveness in the pharmaceutical sector.\nThe Zhongguancun Life Science Park, located in the capital’s Changping district, is nurturing an ecosystem that integrates basic research, clinical development, manufacturing and healthcare services. An innovative treatment for hepatitis B and D developed by a company based at the park is already nearing conditional approval.\nAs China seeks to upgrade its pharmaceutical industry from a producer of generics to a creator of novel therapies, industrial clusters like the Zhongguancun Life Science Park have become crucial.", ["Z4", "Z4.6"]),
    ("https://www.breakinglatest.news/news/phase-i-of-zhongguancun-jingxi-artificial-intelligence-technology-park-started/",
     "On the 10th, the Zhongguancun (Jingxi) Artificial Intelligence Technology Park project in Mentougou District officially started construction. The first phase of the project launched this time has a total investment of 3.9 billion yuan and a planned total construction area of 309,000 square meters. It is expected to be put into use by the end of 2025. After completion, it will become a “booster” and “accelerator” for the construction of Beijing International Science and Technology Innovation Center, providing new impetus for promoting industrial transformation and upgrading in the west of Beijing.", ["Z4", "Z4.6", "Z5", "Z5.5"]),
    ("http://english.sipo.gov.cn/news/localip/201612/t20161209_1305529.html",
     "Collaborative innovation has become a bridge to promote communication and cooperation among the two cities and the province, and Zhongguancun is playing a significant role in leading such collaborative development within the high-tech industries.\nIt was reported that 687 sub institutes of Zhongguancun enterprises were established in Tianjin and Hebei province between January and July in 2016.\nCross-regional innovation park chains -- an important carrier of collaborative innovation\nZhongguancun Tianhe Technology Promotion Center is one of the first enterprises to settle in the newly opened Tianjin (Binhai) Zhongguancun Science Park and intends to complete basic platform construction by July 2017.", ["Z5", "Z5.12"]),
    ("https://ttm.financial/m/news/1141567592",
     "Beijing has formally released an implementation plan to accelerate the application of artificial intelligence in scientific research, with a goal of establishing a globally influential innovation hub in this field by 2028.\nThe \"Beijing Implementation Plan for Accelerating AI-Enabled Scientific Research (2026-2028)\" outlines the city's strategy to achieve major original breakthroughs in the fundamental theories and key technologies of AI for science.\nThe plan aims to build a science and intelligence innovation hub with global reach, providing strong support for the development of the Beijing-Tianjin-Hebei International Science and Technology Innovation Center.", ["B3"]),
    ("https://ttm.financial/news/1124201779",
     "Beijing and Tianjin are dense with scientific and technological innovation elements, representing a rich vein of innovation. Delegates and members participating in the provincial Two Sessions unanimously expressed that Hebei should deeply integrate into the construction of the Beijing-Tianjin-Hebei International Science and Technology Innovation Center. They emphasized the need to continuously innovate application scenarios, build platforms, and optimize services to broaden the channels for research and development in Beijing-Tianjin and commercialization in Hebei. This aims to transform the innovation advantages of core cities into radiating momentum that drives regional common development, thereby seizing the strategic high ground for future growth.", ["B5"]),
    ("https://wb.beijing.gov.cn/en/policy_release/further_opening_of_the_service_sector/202311/t20231117_3303732.html",
     "As the only city featuring both a national integrated demonstration zone for greater openness in the service sector and a pilot free trade zone, Beijing has firmly upheld its strategic positioning and has made positive progress in various areas. Over the past three years, while pursuing opening-up with higher standards, Beijing has been fostering a world-class business environment and a sound ecosystem for industrial development. In the 2022 evaluation of the national integrated demonstration zone for greater openness in the service sector, Beijing ranked first, highlighting its role as a testing ground for institutional innovation and a new engine for high-quality development.\nFirst, Beijing has prioritized technological innovation by accelerating the integration of science and technology innovation factors. It has taken the lead in streamlining over 80% of conventional procedures and ensuring approval right after registration for high-tech enterprises. The first Zhongguancun Comprehensive Bonded Zone characterized by R&D innovation has been established.", ["B6"]),
    ("http://www.pressreader.com/china/beijing-english/20180208/282136406870572",
     "Since the implementation of the General Plan for Promoting the Construction of a National Centre for Technological Innovation in Beijing, the capital has been gradually phasing out Beijing’s non-essential functions as China’s capital, including industrial restructuring and transformation from aggregating resources to functional dispersal. A major step has been made towards constructing a national centre for technological innovation. With this end in view, Beijing Municipality issued the Guidelines on Promoting Ten Cutting Edge Industries through Technological Innovation on December 26, 2017 and the development shall be on a less lavish scale than before in a green, intensive and smart manner. In compliance with these guidelines, ten cutting edge industries shall be given a high-priority rating—namely information technology, integrated circuit, health & medicine, smart equipment, energy conservation and environmental protection, smart newenergy vehicles, new materials, artificial intelligence, software and information services and scientific and technological service industry in Zhongguancun Science City, Huairou Science City, Future Science Park and Beijing Economic-technological Development Area.", []),
    ("http://www.japan-press.co.jp/2002/2299/lianxiang.html",
     "Japanese Communist Party Central Committee Chair Fuwa Tetsuzo on August 28 visited Zhongguancun, a high-tech industrial park known as \"Chinese Silicon Valley,\" in Beijing's northwest district.\nZhongguancun is a center for cutting edge high technology, biotechnology, environmental engineering, and the development of new materials. About 10,000 companies and institutes are operating in this science park of 100-square kilometers.\nFuwa visited an exhibition room of Lianxiang Group, China's largest IT firm with about 12,000 employees, whose average age is 28.", []),
    ("https://www.webull.com/news/11854376053867520",
     "Recently, at the Science and Technology Innovation Center and Research Cities Forum held by Tsinghua University, additional reports on the “International Science and Technology Innovation Center Index 2024” and “Nature Index - Research Cities 2024” were released. The report shows that Beijing is still the number one scientific research city in the world, topping the global ranking of scientific research cities for 8 consecutive years, and ranking third in the world in the ranking of international science and technology innovation centers for 3 consecutive years.", []),
]
# traps: (kind, url, language, text); all irrelevant
WEB8_TRAPS = [
    ("memoir", "https://blog.sina.com.cn/s/blog_458f7cb10102wkut.html", "zh-Hans",
     "在中关村买过电脑,也卖过旧显示器。那一年,高兄弟,宿舍的云,我们三个人抱着一台二手破电脑,到中关村二手市场卖掉了,所得的钱够吃了一顿饭,依然要去卖掉破电脑,要的就是这种乐趣。\n我还曾当向导,从北大东门一路走到国家图书馆,那条路真是太长了,我以为只有两站地,竟然那么多站。步行逛中关村,想想也是挺美的一件事情。"),
    ("memoir", "https://meipian.cn/4kqyodh", "zh-Hans",
     "学校在中关村的心脏,紧临大街,环境局促。从过街天桥上似乎能直接走进她的教学楼里。 朝着中关村大街的西门紧闭,要绕一大圈到东边正门。 离开学校多年之后的第一次回访并不成功,我以为海外赤子40年后回访母校的故事会打动保安,不料见多识广的保安微笑地拒绝了貌似坏人的我,我只有站在门口和接孩子的家长一起眺望着操场和翻新的教学楼。"),
    ("rental", "http://what-when-how.com/Tutorial/topic-1965t8ihs/Living-Abroad-in-Beijing-470.html", "en",
     "Those here for business may prefer something a little more schmick. If that's the case,\nlook into the Wenjin Hotel residences ( www.wenjin.com.cn ) right by TusPark, or at Longhu\nTangning One, just south of Wudaokou station beside Zhongguancun No.2 Primary School.\nPrices in these properties start at around RMB7,000 for a one-bedroom apartment and at\nRMB12,000 for a two-bedroom."),
    ("chongqing", "https://h5.nctvcloud.com/folder257/folder905/2020-09-17/ZiBGBGKAebUy8gM9.html", "zh-Hans",
     "西部(重庆)科学城全面启动建设\n面对未来“筑城”,面对科学主题“铸魂”,西部(重庆)科学城近日全面启动建设,79个重大项目集中开工,总投资1300亿元。\n位于重庆中心城区西部槽谷的西部(重庆)科学城,以“科学之城、创新高地”为总体定位,规划建设具有全国影响力的科技创新中心核心区,引领区域创新发展的综合性国家科学中心,推动成渝地区双城经济圈建设的高质量发展新引擎,链接全球创新网络的改革开放先行区,人与自然和谐共生的高品质生活宜居区。"),
    ("school", "https://54e1ad4b48888.kfd.me/zh-hant/%E5%8C%97%E4%BA%AC%E5%B8%82%E4%B8%AD%E5%85%B3%E6%9D%91%E4%B8%AD%E5%AD%A6", "zh-Hant",
     "北京市中關村中學,簡稱中關村中學,創辦於1982年9月1日[2],是一所全日制公立完全中學,其本部位於北京市海淀區科學院南路甲14號[3]\n北京市中關村中學是北京市政府教育部支持建設的北京市第三批示範高中。現為清華大學百年領軍人才培養基地校和北京市青少年科技後備人才早期培養基地校[4]"),
    ("mall", "http://what-when-how.com/Tutorial/topic-1965t8ihs/Living-Abroad-in-Beijing-160.html", "en",
     "Electronics markets in Beijing abound. The camera market in Wukesong in the west is a\nphotographer's paradise, and the digital labyrinths of Zhongguancun up in the city's north-\nwest are a computer geek's dream. For something more mentally manageable, however,\nthere is Buy Now Hui in Chaoyang. Both zh ē n de (genuine) and ji ǎ de (fake) items are to\nbe found at all of these places, so be careful, shop around first, and bargain hard."),
    ("restaurant", "https://www.rlut.cn/news/ao-men-hai-xian-huo-guo-zhong-guan-cun-tan-dian-zhi-nan-ru-he-zai-ke-ji-yuan-qu-zhao-dao-zheng-zong.html", "zh-Hans",
     "在快节奏的中关村科技园区,无数程序员、创业者和科技从业者在代码与会议的间隙,寻找着能慰藉味蕾的美食。澳门海鲜火锅以其鲜美的汤底、丰富的海鲜和独特的蘸料,成为许多人心中的“白月光”。然而,在寸土寸金的中关村,如何找到一家既正宗又具有性价比的澳门海鲜火锅店,却是一门学问。"),
    ("dongguan", "http://uqls.cn/lbtp/zz/201803/t20180326_16417164.htm", "zh-Hant",
     "3月25日,中國(guó)科學(xué)院高能物理研究所發(fā)布消息稱(chēng),建在廣東東莞的中國(guó)“十一五”國(guó)家重大科技基礎(chǔ)設(shè)施——中國(guó)散裂中子源,已按期、高質(zhì)量完成全部工程建設(shè)任務(wù)。這一被譽(yù)為“超級(jí)顯微鏡”的大科學(xué)裝置,當(dāng)天通過(guò)了中科院組織的工藝鑒定和驗(yàn)收。"),
    ("national", "https://news.rthk.hk/rthk/en/component/k2/1831156-20251111.htm", "en",
     "China is seeking to drive high-quality economic development by exploring further application scenarios for new technologies and products, with the aim of promoting their large-scale industrial application and development, and accelerating the development of emerging industries.\nAt a policy briefing in Beijing on Monday, Li Chunlin, deputy head of the National Development and Reform Commission, said scenarios had become key innovation resources, defining the term \"scenario\" as a bridge that connects technology and industry and that links research and development with the market."),
    ("mall", "http://zhuanti.cww.net.cn/news/html/2011/8/31/2011831145723579_2.htm", "zh-Hans",
     "那个时候中关村遍布小店,而且大部分都是在单位怀才不遇或者在单位显得蛋疼的人出来开的店面,他们不会像现在的销售那样,哥,来到我们楼上看看,那样去拉你拽你挟持你,他们的店面上面或许就写着IBM兼容PC机、打印等等字样,很恬淡。 还有一个地方我经常去,那就是联想科技商城,旁边是四通的店面,联想总公司那个时候还在中科院550大楼里,这个商城销售联想1+1等产品,不知道杨元庆、陈绍鹏在这里有没有站过柜台?应该有,但是那时候我不认识他们。"),
    ("school", "https://www.4ll.net/society/129854.html", "en",
     "With the development of the high starting point of the high education in Haidian District, educational resources in the northern part of Haidian are also being upgraded. Recently, the Taiziwu 6001 Primary School in Hot Spring Town, Haidian District, successfully completed the completion acceptance and officially transferred to the school. The primary school was undertaken by the Primary School in Zhongguancun, Haidian District, Beijing, and named Zhongguancun No. 1 Primary School."),
    ("national", "https://m.zhangyue.com/readbook/11803280/3?p2=116343", "zh-Hans",
     "国家自主创新示范区是经国务院批准,在加快高技术产业发展,推进自主创新战略等方面先行先试的区域,是实现创新型国家和区域创新体系构建战略的重要载体,是我国产业转型升级、区域经济创新改革的重要平台,发挥对全国国家级高新区的带动作用,肩负着探索自主创新之路实现国家发展的历史使命,对推动经济高质量发展发挥重要的引导作用。\n2009年以来,国务院先后批复建设北京中关村、武汉东湖、上海张江、深圳等19个国家自主创新示范区,以平均每年2~3个的速度扩张,覆盖了全国50%的省份、46个地级城市和50个国家高新技术产业开发区;先后经历了试点探索、规模拓展和协同发展阶段,初步形成系统布局、多点辐射、全面带动、引领发展的良好态势(见表1-1)。"),
    ("gadget", "https://pcww.cn/79760.html", "zh-Hans",
     "中关村,作为中国最大的电子产品集散地,其电脑硬件市场竞争激烈,产品琳琅满目,对于普通消费者来说,选择合适的电脑硬件往往是一项充满挑战的任务。本文将深入探讨中关村电脑硬件的相关知识,为读者提供选购指南及常见问题解答,帮助大家更好地了解和购买电脑硬件。"),
    ("taiwan", "https://willyfeng.blogspot.com/2006/01/blog-post_30.html", "zh-Hant",
     "三十八年的光華橋,已經走入歷史了。在橋下的光華市場,也僅存留在記憶之中。\n年少時,熱衷於自己組裝電腦,升級備配,玩電腦遊戲,光華市場是讓玩家尋寶的地方。穿梭於各店家之間比價詢問,朋友之間互道那家老闆好心,那家是黑店去不得,那裡的貨比較穩定,誰賣的CPU可以超頻,等等。"),
    ("national", "https://www.diacrongroup.com/en/tax-news/the-state-council-decided-to-implement-20-reform-measures-nationwide-or-in-eight-comprehensive-innovation-reform-pilot-zones/", "en",
     "The eight areas refer to the Beijing-Tianjin-Hebei region, Shanghai municipality, Guangdong province (Pearl River Delta), Anhui province (Hefei, Wuhu and Bengbu cities), Sichuan province (Chengdu, Deyang and Mianyang cities), Wuhan of Hubei province, Xi’an of Shaanxi province, and Shenyang of Liaoning province, where 36 reform measures were carried out in 2017 and 2018.\nSeven reforms will help further innovation of technological finance. For example, banks and investment institutions will be encouraged to support innovation-driven technology companies by establishing a long-term market-based cooperation mechanism, and a financing evaluation system will be built for small and medium-sized technology companies."),
    ("memoir", "https://bbs.wenxuecity.com/memory/1128141.html", "zh-Hans",
     "人迹中关村:十四楼生活片断\n回到北京,我特意抽空来到了中关村北区,来到了我少年时代的家——十四楼。记得上次故地重游,已是16年前的事了。\n十四楼之于我的特殊意义,不仅仅在于作为祖国花朵的我,曾经在这里幸福地成长,而且还在于,我有缘和新中国的一批各个领域的领军人物当了左邻右舍。"),
    ("dongguan", "https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2020-02/06/content_439542.htm?div=-1", "zh-Hans",
     "当前,东莞市政府正积极联手中科院共建松山湖科学城。双方将采取“院地合作、所企对接”的模式,由中国科学院着力整合优势创新资源,由东莞市人民政府在土地、资金、政策上给予全方位的支持和保障,以松山湖科学城为抓手,共建粤港澳大湾区综合性国家科学中心先行启动区,构建院地合作与发展新格局。"),
    ("hefei", "https://translation1.mil-osi.com/?p=11883", "en",
     "HEFEI, Nov. 15 (Xinhua) — A sprawling park in Hefei, capital of east China's Anhui Province, which was converted from a former civilian airport, is quietly testing the future of transportation.\nDriverless cars share the road with pedestrians, while delivery drones and electric vertical takeoff and landing aircraft buzz overhead.\nHefei's Luogang Park is one of many use cases used by local authorities to test new technologies, products, and business models. The city itself is one of China's emerging innovation hubs."),
    ("school", "https://item.btime.com/419qla5eb1h9f0avnclkc7kcrur", "zh-Hans",
     "在六一国际儿童节来临之际,中关村第二小学中关村校区、华清校区、百旺校区、万泉河分校、昌平学校五校区,共同举行了“同心向党 我与二小共成长”六一主题活动、“童心向党 小书屋成就大梦想”公益活动,以此向中国共产党建党100周年,及中关村二小建校50周年献礼。\n(记者 崔倩)“前25名享受1.8折优惠!”,“一件不留,给钱就卖!”,上午8点,在中关村二小百旺校区,一场热闹的义卖活动正式开启。两元的气球、五元的绘本、十元的装饰品……展位以班级和社团为单位,每个帐篷前人头攒动,吆喝声不绝于耳。"),
    ("national", "http://www.handmsg.com/page/2023/0721/22280163.shtml", "zh-Hant",
     "“沙盒監管”火了。\n2022年以來,四川、內蒙古、江西、江蘇無錫、陜西咸陽等地試水“沙盒監管”。在范圍迅速擴大的同時,應用領域也不斷擴展。從最初的金融科技創新監管,到汽車前沿技術監測,再到網絡交易監管,如今已擴展到一般市場監管領域。"),
    ("mall", "http://www.marriedgeeks.com/2010/03/i-think-i-died-and-went-to-zhongguancun.html", "en",
     "I have heard so much about the bargain shopping and huge electronics markets in Beijing as best described by Wikipedia. “The name Zhongguancun to Beijingers is an abbreviation for these markets, where pirated software, gray market imports, refurbished and DIY products and fakes are widely perceived as being as common as legitimate products.”\nWhat I didn’t realize is that my apartment is a mere 10 minutes away from the center of this hub of electronics heaven."),
    ("restaurant", "https://hooh5.com/cyms/308299.html", "zh-Hans",
     "中关村科技园区作为中国科技创新的中心,汇聚了大量的高科技企业和人才。这里不仅有高科技产品,也有着高品质的美食。许多餐厅注重食材的品质和菜品的创意,满足了科技工作者们对美食的高标准要求。"),
    ("shanghai", "https://english.shanghai.gov.cn/en-PolicyInsights/20240308/674a81c08704478fa9c1b0d4c5a160d2.html", "en",
     "The general offices of the Central Committee of the Communist Party of China and the State Council, China's Cabinet, released on Jan 22 an implementation plan for Pudong New Area's pilot comprehensive reform for 2023-2027.\nDepicting the development path for Pudong in the next five years, the plan states the area will be provided with more autonomy in key areas and scenarios. It comprises 23 detailed measures."),
    ("passing", "http://www.www3333333.com/xwzx/ztzl/xxyjy/yjcg/yjbg/1900113657187577857.html", "zh-Hant",
     "隨著數字經濟的快速發展,應用場景逐漸被大眾所熟知,已成為各地推廣應用新技術、新產品的重要載體和推進招商引資的重要途徑。近年來,國家不斷強化應用場景建設頂層設計,完善支持場景創新政策體系,北京、上海、廣州、深圳、合肥、成都等多地紛紛搶灘布局應用場景建設??梢哉f,城市發展已進入了“場景為王”的時代。近期,新區研究院課題組梳理了國內應用場景建設相關情況,圍繞新區應用場景創新作了一些思考,結合實際提出相關思考建議,供參考。"),
    ("tangshan", "https://xunshou.com/news/zixun/19744.html", "zh-Hans",
     "据唐山市政府有关负责人25日介绍,唐山是我国较早开展石墨烯研发和产业化的地区,唐山高新区初步形成了14家石墨烯相关企业的石墨烯产业群。目前,唐山高新区拥有省级院士工作站、省级石墨烯材料工程技术研究中心、省级石墨烯家众创空间等研发机构和转化机构,并与中国航天科技集团、北京有色金属研究总院、北京交通大学等单位建立了合作关系。"),
    ("shanghai", "https://en.zizhupark.com/news/view/100", "en",
     "Nov. 14 2006, more than sixty representatives of Minhang District People’s Congress came to visit Zizhu Science-based Industrial Park and the Zizhu Science-based Industrial Park Exhibition center. As one of the representatives, vice head of Minhang District People’s Congress Mr. Wang Zuchao participated this event as well.\nAfter the visiting, representatives impressed by the development of the park and got to know park further. They affirmed the park’s strategy of “Prospering the city by science and education”, high level master plan and constant efforts on building a harmonious environment."),
]
add_web_round("web8", WEB8_RELEVANT_ZH, WEB8_RELEVANT_EN, WEB8_TRAPS, all_tune=True)

# --- added round 9: a MEASURE-ONLY round, the counterpart of the tuning rounds 7 and 8.  Decided before any of its rows
# was collected: every round-9 row goes to holdout.jsonl and none to tune (add_web_round(..., all_holdout=True)), so that
# the rules tuned on rounds 7 and 8 are measured on text they were not tuned on.  Themes, mixing everyday news with texts
# that state the plans' tasks in news wording: Zhongguancun parks and their layout (the 2012 expansion to sixteen parks
# with the Pinggu and Shunyi parks, the ZGC industrial-internet park, Haidian's green parks and energy-saving cluster, the
# brain-computer-interface cluster in the Changping park, revitalised old buildings and factories), ZGC reforms and
# finance (the 2014 financial service platform, the 2017 approval of Zhongguancun Bank, the open laboratories, science
# and technology social organisations, the central decision of 2021 on pilot reform), talent (the 2002 returnee
# statistics and liaison offices, the 2010 returnee talent special zone, the 2016 Inno Pioneer initiative, the 2025 U30
# list), opening up (the 2019 Forum, the Belt and Road lecture series, the park's plan to go global), ZGC in
# Beijing-Tianjin-Hebei (the 2015 fund of funds, ZGC firms' branches in Tianjin-Hebei in 2024), technology trading in
# 2011, incubation (the 2023 benchmarking-incubator forum); Beijing-centre texts (new-type R&D institutions: the 2018
# frontier AI institute, the 2017 ZGC account relayed by Taiwan's STPI, the 2019 R&D spending; Huairou: the 2017 start of
# the extreme-conditions facility, the 2018 Miyun plot of the Earth-system facility, a factory turned accelerator park;
# the three cities and one area in 2018; the 2021 national AI pilot zone in Beijing; the 2023 future-industries plan; the
# research-funding lump-sum reform; the 2026 draft 15th Five-Year outline's new trillion-yuan clusters) and relevant news
# with no task content (the 2017 unicorn report, 2021 park statistics, a 2018 returnee start-up, foreign journalists'
# 2017 visit, E-Town's humanoid robots and the 2025 robot half-marathon).  Traps: ZOL, an electronics-market travel column,
# a 稻香园 flat-share report, Haidian and 中关村 restaurant blogs, memoirs of the electronics street, the origin of the
# name 中关村, 中关村三小 as a school, Zhangjiang (a founder's memoir), Hsinchu, Hefei, Shenzhen Guangming, Wuhan Donghu,
# Hangzhou's Future Sci-Tech City (a 人才特区 of its own), Xi'an (naming Beijing in passing), Sichuan's brain-computer
# interface plan, national texts (the national brain-computer-interface opinions, national labs in 2021, big science
# facilities), Tsukuba and Pangyo, and passing mentions of Beijing.
# Short excerpts (one to six sentences) of real web pages with their URLs, found with the project's page search, copied
# as the pages have them (pinyin annotations such as 關(guān), doubled commas, mojibake such as '?!拔覀儗' and a forum's
# anti-scraping noise left in).  Labels written from the text alone; none of these rows was run through the classifier.
# No round-9 page is one already used (every URL checked against all earlier rows) and none tells an earlier row's story
# (left out as already used: the Israel liaison office, the 2021/2023/2025 Forum openings and Xi's letters, the Xiong'an
# park's opening and its 2025 figures, the 2025 AI-for-Science plan, the national blockchain centre, the 2016 Hailong
# closure, the world-leading-park plan, the Zhangjiang 2017 plan and 14th Five-Year plan, the 2023 AI plan, the 2022
# "中关村创新加速" feature); no two round-9 rows tell the same story.
# Labels (README rules, rounds 2-8 readings) plus: Z5 + Z5.4 (first used here) for ZGC's revitalisation of old buildings and
# factories for high-tech industry; Z5 + Z5.7 (first used here) for the Haidian park's green eco-parks, with Z4 + Z4.7 for
# its energy-saving and environmental cluster; Z4 + Z4.3 with Z5 + Z5.5 for the ZGC industrial-internet park (named in
# 004's Z4.3 and Z5.5); Z4 + Z4.9 (first used here) for a ZGC brain-computer-interface cluster stated as a future
# industry; Z3 + Z3.2 for the ZGC open laboratories (named in 004's Z3.2); Z2 + Z2.5 (first used here) for ZGC science and
# technology social organisations in innovation governance; Z6 + Z6.4 (first used here) for the ZGC U30 young
# entrepreneurs; Z6 + Z6.9 for an initiative inviting young people from overseas universities to start businesses in the
# park (004's Z6.9: 国际青年创业服务平台); Z6 + Z7 + Z7.4 for returnee policies with overseas liaison offices; Z3 + Z5 +
# Z5.13 for ZGC's technology contracts radiating beyond Beijing; B4 for the draft 15th Five-Year outline's new
# trillion-yuan clusters (as round 8); B6 for the lump-sum research-funding reform framed as empowering the centre.
# Park statistics, the unicorn report, visits, E-Town robots and a returnee start-up get no code.
# Doubtful round-9 rows (kept, flagged here): web9-rel-zh07 (Z4.9 first used; Z5.5 left out for the Life Science Park as the
# cluster's core), web9-rel-zh17 (Z3 and Z5.13 read from 2011 technology-contract figures), web9-rel-zh20 (Z4.7 beside Z5.7),
# web9-rel-zh21 (Z2.5 first used, from a paper abstract), web9-rel-zh22 (Z2 from the central decision on pilot reform, as
# web6-rel-zh08), web9-rel-en13 (Z6.9, where Z6.3 would also fit), web9-rel-en07 (B2; the excerpt ends mid-sentence as cut).
# Codes left out on purpose: Z5.1 for the new parks' industries (web9-rel-zh02), B2 for the frontier AI institute
# (web9-rel-zh03, B1 only), Z6 for the 藤蔓计划 clause (web9-rel-zh19), B4 for the autonomous-driving sentence of the
# future-industries page (not in the excerpt of web9-rel-zh18), Z2.1 for ZGC Science City's IP protection centres
# (web9-rel-en09, B1 only), Z7.5 for 'go overseas' (web9-rel-en10), B1 for the E-Town embodied-AI centre (its founding
# sentence is not in the excerpt of web9-rel-zh10).  Hard traps: web9-trap-school11 calls 中关村 the cradle of innovation,
# web9-trap-hangzhou21 has a 人才特区 of its own, web9-trap-xian20 names 北京 among the science centres, web9-trap-national02
# is the national brain-computer-interface opinions beside the relevant Changping cluster, web9-trap-history16 explains the
# name 中关村, web9-trap-rental05 / memoir09 / memoir19 / mall03 / zol01 / restaurant15 name 中关村 throughout.
WEB9_RELEVANT_ZH = [
    ("http://app.71.cn/print.php?contentid=1121860", "zh-Hans",
     "中关村拓展高质量发展空间\n海淀中关村电子大卖场e世界中,部分楼层成为字节跳动的办公新空间,整体变身科技企业聚集地;西城商住烂尾楼装修之后,文化设计服务平台为其注入新活力;门头沟水泵厂转型,一处处新的人工智能企业聚集地方兴未艾……近5年来,中关村累计支持存量资源盘活项目、产业载体建设项目75个,拓展高质量发展空间,加速引入高精尖。涉及支持资金超过2亿元,所支持项目累计盘活土地面积26万余平方米,盘活改造、新增产业空间近500万平方米。", ["Z5", "Z5.4"]),
    ("http://siheshuidao.cn/news/zgctz/201302/41890.htm", "zh-Hant",
     "平谷園、順義園正式納入中關村\n中關村國家自主創新示范區(以下簡稱“中關村示范區”)的空間規模和布局調整方案正式進入實施階段。昨日,中關村平谷園和中關村順義園獲得授牌,這兩個北京的遠郊區縣也像中心城區一樣擁有了中關村園區。它們將以培育具有特色的戰略性新興產業集群為重點,把中關村園區建成區縣經濟發展的主要載體,帶動區縣經濟社會發展轉型提升。\n去年底,國務院批復同意了將中關村示范區空間規模從“一區十園”擴至“一區十六園”。中關村示范區的面積從233平方公里調整為488平方公里,房山、門頭溝、懷柔、平谷、密云、順義和延慶等7個遠郊區縣首次擁有了中關村園區,享受中關村各項優惠政策和配套政策措施。", ["Z5"]),
    ("http://www.bjnews.com.cn/invest/2018/02/08/475821.html", "zh-Hans",
     "新京报快讯(记者 蔡浩爽)2月8日,在由北京市经信委和海淀区政府主办的“2018北京人工智能产业高峰论坛”上,北京前沿国际人工智能研究院正式宣布成立,创新工场董事长李开复博士任首任院长。\n该研究院以提升人工智能原始创新能力为使命,通过聚集一批国际一流的科学家和机构,构建顶级人才团队,聚焦重大理论、关键共性技术和关键产品,提供全链条创新支持平台,促进科技成果转化和应用落地实践,力争形成一批具有全球影响力的原创成果、国际标准、技术创新中心和创新型领军企业集群,成为北京建设国家创新中心的标志性重大工程,全国科技创新的制高点以及国际人工智能发展的领军者。", ["B1"]),
    ("http://nakedoat.com/jrzg/2010-06/29/content_1640990.htm", "zh-Hant",
     "新華社北京6月29日電(記者 鄒云 崔軍強 張舵)沒有“中國互聯(lián)網(wǎng)建筑師”亞信科技,我們觸網(wǎng)的時間表會推遲;沒有“星光中國芯”的締造者中星微,我們的電子產(chǎn)品仍會大量植入進口多媒體芯片;沒有“眾里尋他”的百度,我們無法便捷地在中文網(wǎng)絡(luò)世界求知求新……這些由海歸人才創(chuàng)辦的企業(yè)在北京中關(guān)村蹣跚起步,最終枝繁葉茂,成為更多海歸人才努力復(fù)制的“歸程”。\n中關(guān)村被譽(yù)為海歸精英的“夢之村”:匯聚著1.5萬名海歸人才,近10年平均每個工作日有2家海歸企業(yè)成立、20名海歸人才到訪。作為首個國家自主創(chuàng)新示范區(qū),中關(guān)村擁有政府全力支持、體制機制先行先試、技術(shù)需求龐大等獨特的“中國優(yōu)勢”,其新使命順勢而出:瞄準全球科技創(chuàng)新中心,建設(shè)一個充滿生機的海歸人才特區(qū)。", ["Z2", "Z2.2", "Z6"]),
    ("https://news.youth.cn/jsxw/202503/t20250331_15914796.htm", "zh-Hans",
     "平均年龄31岁的青年创业者们站在了舞台“C位”。\n在3月30日举行的2025中关村论坛年会“北京杰出青年科技人才发展论坛”中,30位青年创业者入选2024年度中关村U30优胜者榜单。这群青年在人工智能、人形机器人、量子信息等未来产业、生物医药、空天科技等战略性新兴产业,以及数字经济产业、文化创意产业和乡村振兴产业来绘制了创新版图。\n实际上,这张“青”力量十足的创业榜单背后,是北京给予创业青年的满满诚意。", ["Z6", "Z6.4"]),
    ("https://big5.cri.cn/gate/big5/bj.cri.cn/20180111/c8e64a32-4089-2378-c64f-80848a81d2f3.html", "zh-Hant",
     "密雲首個大科學裝置年內開工\n北京日報訊(記者 王可心)自2017年9月北京市發改委將“懷柔科學城”規劃用地從41.2平方公里調整到100.9平方公里,位於密雲區的32.5平方公里納入科學城懷抱。昨日,記者從正在召開的密雲區“兩會”獲悉,懷柔科學城密雲地塊的首個落地項目——地球系統數值模擬裝置項目已經完成了前期手續辦理,即將進入開工階段。\n地球系統數值模擬裝置項目是“十二五”《國家重大科技基礎設施項目》15個項目之一,由中國科學院大氣物理研究所、清華大學、中科曙光等單位共同建設。", ["B1"]),
    ("https://m.czci.cn/pinpai/305150.html", "zh-Hans",
     "人民网北京9月29日电 (记者董兆瑞)9月28日,北京市脑科学与脑机接口产业创新发展工作推进会在昌平生命科学园举办。会上,北京市首个脑科学与脑机接口产业集聚区在昌平挂牌、首个脑科学与脑机接口产业园正式揭牌启用。\n昌平力争到2030年形成百亿级规模产业集群\n“北京市将脑科学与脑机接口产业列为未来产业新赛道的典型代表,昌平区作为北京国际科创中心的核心承载区,正在抢抓新一轮科技革命和产业变革机遇,大力推进脑科学与脑机接口产业创新发展。”北京未来科学城管委会医药健康产业处副处长郭玉东说。\n据他介绍,中关村(昌平)脑科学与脑机接口产业集聚区将着力构建“一核一城”产业格局。“一核”即发挥中关村生命科学园的核心引领作用,充分利用好其创新活跃要素齐全的优势,全面提速企业孵化与成果转化,能够迅速形成产业集群态势;“一城”即加快国际医疗器械城建设,及时承接产业化落地,逐步打造高端制造基地。", ["Z4", "Z4.9"]),
    ("http://reliangbiao.com/news/show.php?itemid=7320", "zh-Hans",
     "从北京市正在召开的“两会”上获悉,北大、清华、中科院、北科大4个科研院所的8个重点实验室,将以“中关村开放实验室”的名义向企业“敞开大门”,其中包括北大微处理器研究开发中心。\n据中关村管委会相关负责人介绍,目前政府机构已设立了“中关村开放式实验室工程”专项资金,对园区企业使用开放实验室的相关费用,给予补贴,同时对园区企业与开放实验室联合承担的国家重大项目,提供一定的配套支持。", ["Z3", "Z3.2"]),
    ("http://578011.com/n/20180805/296464.html", "zh-Hant",
     "中關(guān)村,我國第一個(gè)國家自主創(chuàng)新示范區(qū)。到2020年,能否按規(guī)劃建成國內(nèi)首個具有全球影響力的科技創(chuàng)新中心?\n關(guān)鍵,還要看這里的科技弄潮人。\n激情燃燒\n“我在硅谷工作過,那里工作節(jié)奏算是快的,但也就相當(dāng)于中關(guān)村節(jié)奏的二分之一。”曾在美國航空航天局Ames研究中心擔(dān)任數(shù)據(jù)科學(xué)家、現(xiàn)北京佳格天地科技有限公司創(chuàng)建人張弓說:“比如現(xiàn)在早已過了下班時間,你看我們的會(huì)議室里還都在開會(huì)。”", []),
    ("http://wangyicn.com/article/disanxilie/5542.html", "zh-Hans",
     "4个月前,“天工”在北京亦庄悄然亮相,因其实现了6公里/小时的速度稳定奔跑,成为全球首个纯电驱拟人奔跑的全尺寸人形机器人。\n在今年8月底举行的2024世界机器人大会上,当“天工”迈着轻盈的步伐“拜访”国内外多款人形机器人时,一路追随的“粉丝”和行业人士惊叹不已。这场大会,也成为北京在机器人领域创新引领、产业突围的成果集中展示。\n目前,本市已初步建立起较为完整的机器人产业链,拥有机器人企业400余家,其中国家专精特新“小巨人”企业50家、位居全国城市首位。去年,北京机器人产业总收入超过200亿元,增速超过20%。", []),
    ("http://www.mcptwlw.com/shenghuo/2021/1111/26130.html", "zh-Hant",
     "紅磚墻外立面、鋼結構玻璃采光屋頂、高挑寬敞的中庭、雙層loft辦公室……誰曾想到,這里曾經是一座老舊廠房,如今,走進懷柔科學城長城海納加速器園區,北青-北京頭條記者看到該項目總體工程已基本完工,各功能區內部裝修及設備安裝也已基本完成,目前正在進行竣工驗收準備工作。\n長城海納加速器園區改造項目由北京市長城偉業投資開發有限公司負責建設改造,占地面積40畝,建筑面積2.5萬平米,于2020年9月開工建設,包括研發辦公樓、展示中心、共享實驗樓、配套樓4棟建筑和科技花園,可承擔辦公、研發、測試、試生產及相應服務配套功能。", []),
    ("http://bjrb.bjd.com.cn/html/2017-09/29/node_101.htm", "zh-Hans",
     "世界级大科学装置落户怀柔\n本报讯(记者 王可心)昨日上午,怀柔科学城首个大科学装置——综合极端条件实验装置正式启动建设,这也是该科学城第一个开工的国家重大科技基础设施。工程拟通过5年左右时间,建成国际上首个集极低温、超高压、强磁场和超快光场等极端条件为一体的用户装置,极大提升我国在物质科学及相关领域的基础研究与应用基础研究综合实力。", ["B1"]),
    ("http://shenyangwangzhanzhizuo.com/cn/Instant/local/202304/t20230406_7392467.html", "zh-Hant",
     "中關(guān)村工業(yè)互聯(lián)網(wǎng)產(chǎn)業(yè)園二期啟動\n本報訊(記者 孫奇茹)日前,中關(guān)村工業(yè)互聯(lián)網(wǎng)產(chǎn)業(yè)園項目二期開工動員大會在石景山正式啟動。這座投資90億元、總建筑面積達45萬平方米的產(chǎn)業(yè)園,迎來核心區(qū)二期開工建設(shè)的新起點。\n中關(guān)村工業(yè)互聯(lián)網(wǎng)產(chǎn)業(yè)園是中關(guān)村發(fā)展集團與石景山區(qū)政府共同打造的工業(yè)互聯(lián)網(wǎng)產(chǎn)業(yè)集聚區(qū)。園區(qū)規(guī)劃了先導(dǎo)區(qū)與核心區(qū)的發(fā)展格局。2020年9月,位于石景山區(qū)古城創(chuàng)業(yè)大廈的先導(dǎo)區(qū)正式開園,目前已經(jīng)有幾十家符合產(chǎn)業(yè)定位的企業(yè)、行業(yè)機構(gòu)進駐。", ["Z4", "Z4.3", "Z5", "Z5.5"]),
    ("http://news.bjtu.edu.cn/info/1003/48710.htm", "zh-Hans",
     "近年来,北京市不断深化科研经费改革,最大限度赋予科研人员人财物自主支配权。尤其是从2021年起,北京市自然科学基金专项、科技新星计划专项和独立法人研发机构科技专项三类定额补助项目纳入包干制试点,越来越多的科研人员摆脱繁琐的财务事务,专心投入科研主业。\n包干制一举打破科研经费管理制度的困局,激发出强大的创新活力,赋能北京国际科技创新中心建设。", ["B6"]),
    ("http://hb.people.com.cn/BIG5/n2/2024/0415/c194063-40809951.html", "zh-Hant",
     "本報北京4月14日電  (記者王昊男)記者從北京市科委、中關村管委會獲悉:截至去年底,中關村企業在津冀設立分支機構數量突破1萬家。\n京津冀三地科技部門深入推進科技創新協同發展。數據顯示:北京輸出津冀技術合同由2013年的3176項增長至2023年的6758項,年均增長率7.8%﹔成交額由2013年的71.2億元增長至2023年的748.7億元,年均增長率26.5%。\n三地科技部門始終保持高頻次定期交流,形成協同創新工作機制,簽署《共同推動京津科技創新合作協議》等一系列框架協議。\n高起點推動雄安新區中關村科技園建設,組織11家中關村集成服務機構入駐園區,為企業提供一條龍服務。高水平推進天津濱海、寶坻和河北保定中關村合作園區建設,濱海—中關村科技園累計注冊企業4990家,京津中關村科技城注冊企業1529家,保定·中關村創新中心注冊辦公企業362家。", ["B5", "Z5", "Z5.12"]),
    ("https://portal.stpi.narl.org.tw/index/article/10350", "zh-Hant",
     "8月22日,中關村發布新聞訊息指出,中關村的新型科研機構正在為北京建設科技創新中心注入新活力。報導強調,新型科研機構不完全像大學,不完全像科研院所,不完全像企業,也不完全像事業單位,但這樣「四不像」的新型科研機構是打通產、學、研、資(指資本)等環節的「黏合劑」;而中關村管委會主任翟立新則是提到,新型科研機構的具體作法雖然並不一樣,但都具備「緊抓源頭、瞄準應用、打通鏈條、集聚要素」等共同特徵。", ["B1"]),
    ("https://www.ppdoc.com/periodical/441695ef7847103e4ee3973baae7478e.html", "zh-Hans",
     "随着创新发展环境进一步优化,中关村国家自主创新示范区技术交易日趋活跃,已经成为全国技术交易核心区。记者日前从科技部火炬中心了解到,2011年中关村技术合同成交额达1321.4亿元,占北京市的69.9%,占全国的27.7%。其中,辐射北京市外的技术合同15955项,成交额1020亿元。中关村示范区作为我国技术创新的源头和高新技术产业的重要支撑,通过强化跨区域创新合作,辐射带动全国创新发展。", ["Z3", "Z5", "Z5.13"]),
    ("https://feifmx.com/domesticzq/13004215/20230922/45495578.html", "zh-Hant",
     "更重要的是,,北京把“智慧出行”作為未來(lái)產(chǎn)業(yè)之一,寫入促進(jìn)未來(lái)產(chǎn)業(yè)創(chuàng)新發(fā)展實(shí)施方案,?!拔覀儗㈠^定未來(lái)信息、未來(lái)健康,、未來(lái)制造,、未來(lái)能源、未來(lái)材料,、未來(lái)空間六個(gè)領(lǐng)域,,布局通用人工智能、6G,、智慧出行,、量子信息等20個(gè)未來(lái)產(chǎn)業(yè),打造世界領(lǐng)先的未來(lái)產(chǎn)業(yè)策源高地,?!?2日召開的北京市促進(jìn)未來(lái)產(chǎn)業(yè)創(chuàng)新發(fā)展實(shí)施方案新聞發(fā)布會(huì)上,北京市經(jīng)濟(jì)和信息化局總工程師仝海威說(shuō),。\n未來(lái)產(chǎn)業(yè)由原創(chuàng)科技引領(lǐng),,具有前沿交叉、顛覆性等特點(diǎn),,能引領(lǐng)新需求,、激發(fā)新動(dòng)力。北京致力于打造國(guó)際科技創(chuàng)新中心,,近年來(lái),,“從0到1”的原始創(chuàng)新,“從1到N”的產(chǎn)業(yè)落地,,高質(zhì)量發(fā)展活力充分涌流,。", ["B2"]),
    ("http://www.xdzinfo.com/guonei/2018040442990.html", "zh-Hans",
     "中关村一带一路产业促进会理事长张晓东则在发言时表示,中国创新科技是一带一路的重要支撑,中关村一带一路产业促进会秉持“推动中国创新科技融入一带一路建设”的使命,将人才才建设做为“一带一路”的重要保障,吸引更多的国际人才加入到创新人才项目——“藤蔓计划”中。同时将为一带一路建设提供优良的资源平台,让“丝路桥”成为中国创新品牌中的助推器,推动国内外园区合作、项目对接。\n中关村管委会国际处赵哲则解读中关村国际化发展情况及支持政策。", ["Z7", "Z7.6"]),
    ("http://shanhou.net/thread-330349-1-1.html", "zh-Hans",
     "多年来,海淀园区建设始终把生态建设摆在突出位置上,目前已建成了中关村软件园、翠湖科技园等北京市绿色生态示范区,推动东升等特色绿色园区建设,在全国、北京市生态园区建设中起到了模范带头作用。同时海淀园加强节能环保产业的科技创新,形成了节能、环保、新能源汽车三大产业板块,其中,节能和环保产业目前已经形成了北京市最大的产业集聚区,而核心区新能源汽车产业发展程度在中关村“一区十六园”中不占优势,涌现出天壕环境、三聚环保、高能环境、亿华通、海博思创等一批优秀的企业。", ["Z4", "Z4.7", "Z5", "Z5.7"]),
    ("https://wp.zxtsg.top/Qikan/Article/Detail?id=48552128", "zh-Hans",
     "本文介绍了中关村科技类社会组织发育的现状,并通过案例说明了科技类社会组织在助力中关村自主创新方面发挥的具体功能。中关村科技类社会组织是社会力量促进创新的缩影,能够在我国区域创新体系建设中发挥重要作用。中关村科技类社会组织发育,对我国由创新管理转向创新治理带来启示。", ["Z2", "Z2.5"]),
    ("https://economy.gmw.cn/2024-04/25/content_37284711.htm", "zh-Hans",
     "平均每5分钟,就有一家科技企业创办或设立,这曾是远近闻名的“中关村速度”。如今,这个速度在持续被刷新。\n2021年11月,中关村进入新的发展时期。中央决定在这片土地上“先行先试”,加快打造世界领先科技园区和创新高地。随后,一系列配套政策出台。《“十四五”时期中关村国家自主创新示范区发展建设规划》提出,到2025年,中关村示范区将率先建成世界领先的科技园区。", ["Z2"]),
    ("http://m.shushuxiu.com/news/guonei/2026-01-25/1844815.html", "zh-Hant",
     "中新社北京1月25日電 (記者 徐婧 杜燕)未來五年,北京將做大新興支柱產(chǎn)業(yè)集群。推動(dòng)人工智能、綠色先進(jìn)能源與低碳環(huán)保產(chǎn)業(yè)規(guī)模提升,打造成為新的萬(wàn)億級(jí)產(chǎn)業(yè)集群。\n北京市第十六屆人民代表大會(huì)第四次會(huì)議25日開幕。當(dāng)天,劃定北京今后五年發(fā)展目標(biāo)的《北京市國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展第十五個(gè)五年規(guī)劃綱要(草案)》(以下簡(jiǎn)稱《綱要草案》)提請(qǐng)大會(huì)審查。\n過去五年,北京科技創(chuàng)新引領(lǐng)作用更加凸顯,培育形成新一代信息技術(shù)、科技服務(wù)業(yè)、醫(yī)藥健康3個(gè)萬(wàn)億級(jí)產(chǎn)業(yè)集群和智能制造等7個(gè)千億級(jí)產(chǎn)業(yè)集群,經(jīng)濟(jì)發(fā)展內(nèi)生動(dòng)力更加強(qiáng)勁。", ["B4"]),
    ("http://realestatemoneyvault.com/news/content/2017-10/19/content_3367995.htm", "zh-Hant",
     "?。保溉諈⒓油曛袊?guó)共產(chǎn)黨第十九次全國(guó)代表大會(huì)開幕大會(huì)之后,布倫達(dá)和80多位中外媒體同行走進(jìn)中關(guān)村科技園,親身體驗(yàn)中國(guó)在LED顯示、VR互動(dòng)、3D屏幕、舞臺(tái)設(shè)計(jì)等領(lǐng)域的最新成果。\n中關(guān)村科技園源于20世紀(jì)80年代初的中關(guān)村電子一條街,是中國(guó)改革開放的產(chǎn)物。1988年5月,中關(guān)村成為中國(guó)第一個(gè)國(guó)家級(jí)高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū)。\n中關(guān)村管委會(huì)副主任趙慧君介紹,截至目前中關(guān)村有300多家上市公司,11000多家高新技術(shù)企業(yè),2016年總收入超過(guò)4.5萬(wàn)億元人民幣。", []),
]
WEB9_RELEVANT_EN = [
    ("http://english.scio.gov.cn/chinavoices/2018-03/28/content_50758237.htm",
     "On March 23, a report on unicorn companies--startup valued at over US$1 billion--in Zhongguancun was jointly published by the Ministry of Science and Technology, the Greatwall Strategy Consultants, and the Zhongguancun Administrative Committee at a press conference in Beijing. The report shows that, in 2017, a total of 70 unicorns were stationed in Zhongguancun with a combined value of US$276.4 billion, accounting for 42.7 percent of all unicorns in China and 43.9 percent of their total value.\nIn 2017, there were also five decacorns--companies valued over US$10 billion--in Zhongguancun: DiDi (US$56 billion), Xiaomi (US$46 billion), Meituan (US$30 billion), Toutiao (US$20 billion), and Jiedaibao (US$10.8 billion). They accounted for 58.9 percent of the total value of unicorns in Zhongguancun.", []),
    ("https://www.tsinghua.edu.cn/en/info/1255/9668.htm",
     "\"Since 1999, the Beijing municipal government has issued a series of preferential policies to attract overseas students to carry out business in Zhongguancun,\" said Liu.\nThe policies involved preferential land-use fees, tax cuts or exemptions, project financing support, streamlined foreign exchange administration, as well as residency registration and priority housing.\n\"To fully implement these policies, the service system for returned overseas students in Zhongguancun officially kicked off in July 2000,\" said Xia Yingqi, vice-director with the administrative committee.\nApart from the Zhongguancun Returned Overseas Students Service Centre, subsidiary parks in Fengtai and Haidian districts, Tsinghua University and Peking University have also set up outlets to provide consultancy, co-ordination, fund raising and real estate services for returned overseas students.\n\"And to help them know more about the current situation in their homeland and the environment of Zhongguancun, the service centre has set up liaison offices in Silicon Valley in the United States, Japan's Tokyo, Amsterdam in the Netherlands and Canada's Toronto,\" said Xia.", ["Z6", "Z7", "Z7.4"]),
    ("http://www.chinadaily.com.cn/m/beijing/zhongguancun/2015-03/23/content_19884713.htm",
     "Zhongguancun plans to establish a fund of funds (FOF), an investment strategy based on holding a portfolio of other investment funds, to promote the building of Beijing-Tianjin-Hebei region collaborative innovation community, the director of Zhongguancun Administrative Committee, Guo Hong, said at a press conference in Beijing on March 19.\nThe fund aims to attract social capital to contribute to the collaborative innovation of the region.\nZhongguancun will focus on some key cooperation areas, including Tianjin's Binhai and Hebei's Caofeidian. It will also speed up the construction of cooperative projects such as Binhai-Zhongguancun Science Park, Shijiazhuang Integrated Circuit Packaging and Testing Industry Base and Beijing-Tianjin Zhongguancun Science and Technology City, according to Guo.", ["Z5", "Z5.12"]),
    ("http://www.chinadaily.com.cn/m/beijing/zhongguancun/2014-12/01/content_19005155.htm",
     "Zhongguancun's financial service platform is expected to attract 60 billion yuan ($9.8 billion) of social capital by the end of this year, according to Zhongguancun Development Group. Construction of the platform began in November 2013. A total of 49.4 billion yuan of social investment was introduced as of September 2014.\nThe Beijing municipal government will earmark 10 billion yuan in three years to nurture science and technology financial service institutes, products and projects that can amplify the accommodation of funds through government fund guidance, public policy, service and market innovation mechanisms, attract 100-billion-yuan in social funding and financial resources to Zhongguancun, and produce 1-trillion yuan in its output efficiency.", ["Z2", "Z2.3"]),
    ("http://ecns.cn/business/2017/06-08/260645.shtml",
     "The Beijing office of China's banking regulator on Tuesday approved the opening of Zhongguancun Bank, the capital's first private financial institution. It will be the 13th such bank granted permission to operate in the country.\nThe registered capital of the bank is four billion yuan (590,000 U.S. dollars). The bank has 11 stakeholders, the majority of them being innovative tech enterprises located in the Zhonguancun area of Haidian district, a hub known for tech start-ups.", ["Z2", "Z2.3"]),
    ("http://www.thesourcetimes.com/en2025/news/forum/2706",
     "Xi Jinping stressed that Zhongguancun is striving to build a world-leading science and technology park and an upland of innovation. It is of great significance to hold the ZGC Forum to discuss cutting-edge science and technology and future industrial development trends, consult global innovation rules and governance, and promote all countries to share global innovation ideas and development concepts. It is hoped that the participants will have in-depth discussions and full exchanges, enhance consensus and promote cooperation, so that scientific and technological innovation can serve better the aspirations of people from all countries, giving them a better life and make positive contributions to the development of science and technology in the world.\nThe ZGC Forum was initiated in 2007 in order to promote communication, exchange, innovation and cooperation among the domestic and foreign scientists, and technological circles industry and since then, It has been held for ten sessions so far. The 2019 ZGC Forum was held in Beijing from October 16 to 18 with the theme of “Frontier Technology and Future Industries”. A total of 1,200 guests from the domestic and foreign industries were invited to attend.", ["Z7", "Z7.7"]),
    ("https://ibmwl.com/the-list-of-the-second-batch-of-national-artificial-intelligence-innovation-and-application-pilot-zones-was-announced-and-the-number-of-pilot-zones-has-increased-to-8/",
     "In the paper, the Ministry of industry and information technology stressed that the national pilot zone of artificial intelligence innovation and application in Beijing should combine the overall deployment of the construction of Beijing International Science and technology innovation center, give full play to the multiple advantages of original technology, industrial ecology, talent base and development environment, accelerate the research and development of core algorithms, basic software and hardware", ["B2"]),
    ("https://chinatimenow.com/2025/04/19/worlds-first-humanoid-robot-half-marathon-held-in-beijings-yizhuang",
     "Beijing, April 19, 2025 — In a groundbreaking event, Beijing’s Economic-Technological Development Area (Yizhuang) hosted the world’s first humanoid robot half-marathon today. Over 9,000 human runners joined 21 humanoid robots from nearly 20 robotics companies, racing along a 21.0975-kilometer course. The event showcased China’s rapid advancements in humanoid robotics and its ambition to lead in this cutting-edge field.\nHeld in Yizhuang’s “E-Town” high-tech manufacturing hub, the race was a pioneering test of bipedal robots’ endurance, stability, and battery life in real-world conditions. The challenging course featured slopes and turns, pushing the robots’ engineering to the limit.", []),
    ("http://www.china.org.cn/china/2018-12/07/content_74251711.htm",
     "Yang Renquan, deputy director of the Municipal Science and Technology Commission, said that in order to build a globally influential science and technology innovation center, Beijing is promoting the construction of the \"three cities and one area,\" and has made significant progress. Zhongguancun Science City has witnessed the rapid development of a group of innovative enterprises such as Xiaomi and Cambricon, and promoted the construction of two intellectual property protection centers; in Huairou Science City, the first batch of five interdisciplinary research platforms are under construction, while the second batch of nine interdisciplinary research projects has finished the bidding process; in Future Science City, the Sino-Russian Intellectual Property Exchange Center started operation, while some technology service platforms have been introduced; in Beijing Economic-Technological Development Area, an engineering research center for intelligent management and analysis of big data has been approved for construction.", ["B1"]),
    ("https://rebuildboulder.denverdonate.com/pages/dd/24-china-news-in-english/35555-zhongguancun-a-key-hub-in-global-innovation-network",
     "In a bid to help local companies strengthen their international presence, the park has revealed its latest plan.\nIt aims to improve its international branding, administration and services, attract more foreign companies to the park and encourage more local companies to \"go overseas\".", ["Z7"]),
    ("https://window-to-china.eu/2019/10/23/beijings-rd-spending-is-at-6-17-of-gdp/",
     "Beijing, the center of science and technology innovation nationwide, makes science and technology innovation the most important activity. Beijing has a particularily strong R&D system in terms of scientific research management, performance evaluation, rights and benefits of scientific and technological achievements and long-term financial support. New R&D institutions such as the Beijing Institute of Quantum Science and Information Science and the Center for Brain Science are examples of continuing investment.", ["B1"]),
    ("http://en.people.cn/n3/2021/0703/c90000-9867923.html",
     "BEIJING, July 2 (Xinhua) -- Major high-tech enterprises in Beijing's Zhongguancun, also dubbed China's \"Silicon Valley,\" recorded a 34 percent year-on-year growth in total revenue in the first five months of 2021, official data showed.\nThe combined revenue of these enterprises, which mainly refer to those with an annual income of 20 million yuan (about 3.09 million U.S. dollars) and above, totaled nearly 2.97 trillion yuan in the January-May period, according to the Beijing Municipal Bureau of Statistics.\nThe number of research and development (R&D) staff in such enterprises in Zhongguancun reached 695,000 during the same period, up 9.3 percent year on year. The total R&D expenditure stood at nearly 134 billion yuan, an increase of 34.7 percent year on year.", []),
    ("http://www.chinadaily.com.cn/china/2016-06/20/content_25774848.htm",
     "Beijing's Zhongguancun Science Park, one of China's top high-tech innovation hubs, has started an initiative that invites young people from overseas to work or intern in the capital.\nThe initiative, called Inno Pioneer, was launched in mid-June. It aims to attract students and other young professionals from overseas universities and research organizations to start businesses, work for startups or take training at the park, which covers 488 square kilometers and has more than 20,000 companies.", ["Z6", "Z6.9"]),
    ("https://www.breakinglatest.news/news/zhongguancun-has-entered-the-4-0-era-of-business-incubation/",
     "Our newspaper, Beijing, May 28th (Reporter Wang Haonan) On the afternoon of the 28th, the parallel forum of the 2023 Zhongguancun Forum – the Global Benchmarking Incubator Forum was held in Beijing. A number of heads of well-known international and domestic incubators had a round-table dialogue, talking freely, exchanging ideas, and colliding with sparks. It is generally believed that Zhongguancun has entered the “4.0” era of entrepreneurial incubation, and hard technology innovation and entrepreneurship is becoming a new upsurge.\nZhang Yulei, deputy director of the Beijing Municipal Science and Technology Commission and the Zhongguancun Management Committee, introduced that Beijing has seized new opportunities for changes in the incubation paradigm and issued the “Action Plan for the Cultivation of Benchmarking Incubators (2022-2025)”, and has explored the layout and construction of the first batch of benchmarking incubators. Promote the professionalization, value and internationalization of the incubation industry.\nAt the forum site, Zhongguancun issued three hard technology entrepreneurship incubation initiatives facing the world and the future: First, establish an open, collaborative, and shared global incubation service network, promote multilateral and multi-dimensional cooperation in hard technology innovation and entrepreneurship, and create a better future for mankind.", ["Z3", "Z3.4", "Z3.6"]),
]
# traps: (kind, url, language, text); all irrelevant
WEB9_TRAPS = [
    ("zol", "https://m.zol.com.cn/article/6545381.html", "zh-Hans",
     "时值开学季,中关村在线电脑频道首次打造以“一本正竞”为主题的游戏本横评周活动。从9月4日开始至9月8日,我们将陆续针对市面上在售的九款热门游戏型笔记本电脑进行分类测试。并同步线上直播,为学生朋友开学购机提供客观数据+选购建议方面的直观参考。\n在横评周的第三天,我们来聊一聊游戏本的散热性能。"),
    ("national", "https://udn.com/news/story/7333/8925112", "zh-Hant",
     "大陸工信部、國家發展改革委、教育部等七部門聯合印發《關於推動腦機接口產業創新發展的實施意見》，其中提出到2027年，腦機接口關鍵技術取得突破，初步建立先進的技術體系、產業體系和標準體系。\n新華社報導，腦機接口通過在腦與機器之間建立信息通道，實現生物智能與機器智能的協同交互，是生命科學和信息科學融合發展的前沿技術。當前，腦機接口創新成果持續湧現，產業加速壯大，正孕育顛覆性突破，已成為科技創新和產業創新深度融合的重要領域。"),
    ("mall", "http://archives.hippopress.com/080717/techie.html", "en",
     "Well, not happy exactly, since I got shipped to the other side of the world again. But last Saturday evening — that was last Saturday morning to you Westerners — I managed to carve a couple hours out for myself and head to Zhongguancun, the center of high consumer technology in China’s capital city.\nImagine Times Square, except all the flashing and scrolling LED billboards are for companies like Samsung and Lenovo, and half the motorized traffic is electric bicycles. And instead of a square, it’s more like a big intersection with lots of construction going on. Also, a slightly smaller percentage of the population speaks English well."),
    ("zhangjiang", "http://wsb.sh.gov.cn/node564/20201223/f704fb3017f0428796ed97810a800f5f.html", "zh-Hans",
     "1993年5月7日,浦东新区组织部宣布我任张江公司党委书记、第二任总经理。一个月后的6月25日,市委、市政府又任命我为浦东新区党工委委员、管委会副主任。从此,开启了我与张江的一段不解之缘。\n一上任,公司的困境就给了我一个“下马威”。没有钱、没有地、连办公场所也没有。首先,资金严重短缺。张江最初规划面积是17平方公里,初期决定开发4平方公里。"),
    ("rental", "http://49.213.0.198/doc/7_0_102641702_2_0722105713.html", "zh-Hant",
     "“一間‘廚改’,便宜還要1500元”\n海淀區稻香園小區東側就是中關村電子城,這個小區裡很大一部分租戶都是與 IT 有關、懷揣夢想的外地年輕人,他們自稱為“IT 民工”。雖然尚在 IT 產業鏈的底層,但那些崛起的電遊首富、頂尖網絡工程師的傳說,他們天天耳濡目染。所以,儘管居住在狹窄的合租屋裡,但每個人都堅信自己未來能住進一個大房子。"),
    ("restaurant", "http://chicagobeijing.blogspot.com/2007/05/haidian-restaurants.html", "en",
     "I live in the Northwest corner, known as Haidian. My favorite places to eat here are:\nFINE DINING\nFamous Chef from Jiangnan 江南厨子, located in the Disanji book building just off Haidian Bridge. Local food tends to be harshly spiced, but this place specializes in food from the more mild Jiangnan culinary tradition. Their dishes are beautiful and dependable."),
    ("national", "https://11critic.com/?p=5282", "zh-Hans",
     "刚刚结束的中国两会上,中国国务院总理李克强在《2021年政府工作报告》中三次提及“国家实验室”,赋予国家实验室“战略科技力量”的使命,并宣称已“成功组建首批国家实验室”。与此同时,对标美国国家实验室体系,中国三大国家实验室曝光网络,依托大科学装置,聚焦大科学,中国国家实验室图谋不小。"),
    ("taiwan", "https://bg3.co/a/zhu-ke-nian-ying-shou-gu-chuang-li-shi-ci-gao.html", "zh-Hant",
     "新竹科學園區15日舉辦43週年園慶,竹科管理局局長王永壯表示,今年竹科營收上半年約衰退19%,在下半年重返成長,累計前十月營收爲1.16兆元,預估今年全年約衰退10%,但仍將是僅次於2022年的歷史第二高。\n另外,市場矚目位在寶山二期的臺積電2奈米生產基地,目前建廠與公共工程同時進行,預估臺積電2奈米第一座廠將於明年4月進機。"),
    ("memoir", "http://siheshuidao.cn/news/zgcmc/201109/21635.htm", "zh-Hant",
     "走在物非人非的中關村大街上,我的心里充滿了感傷。\n十多年間,中關村發生了翻天覆地的變化。高樓聳立、高檔餐館/會所/商店云集,這里早已經不是我們曾經熟悉的中關村了。\n最讓人感慨的是中關村的電子城。在上世紀九十年代的時候,白頤路(現在的中關村大街)還沒有打通的時候,中關村有一條從南到北的路,當然我已經不記得它叫什么路了,只記得當初的路不如現在寬廣,兩邊都是高大的楊樹,雖然每到春天滿街都是飄舞的楊絮,但是夏天卻可以帶來涼爽,很多運貨的車夫躺在平板車上頭枕著厚厚的聯合商情納涼午休,旁邊的店面門口堆滿了各種箱子,有愛普生的打印機,有MAG顯示器等等。"),
    ("hefei", "http://www.easyfang.com/a/2021/1231/tt0H91141292019_4.html", "zh-Hans",
     "合肥紧紧把握长三角区域一体化发展上升为国家战略的重大机遇,突出与上海张江综合性国家科学中心的合作,推进建设长三角科技创新共同体,服务国家发展大局。合肥综合性国家科学中心大力推动大科学装置面向国内外开放共享,积极参与建设ITER(国际热核聚变实验反应堆)和SKA(平方公里阵列射电望远镜)等国际大科学工程,发起成立国际聚变能联合中心及中俄大气光学联合研究中心。"),
    ("school", "https://www.soulun.net/periodical/22b7a408b1c9c4cbe0e755c0301fc657.html", "zh-Hans",
     "中关村是我国科技创新的摇篮,这里的创新生态,也孕育了一批教育创新的生力军。我很高兴地看到,一所所引领教育创新的学校和教育家正走在构筑未来学校、探索未来教育的大路上。北京市海淀区中关村第三小学(以下简称“中关村三小”)和该校校长刘可钦就是行走在这条路上的典型代表。"),
    ("japan", "https://universalium.en-academic.com/291163/Tsukuba_Science_City", "en",
     "Tsukuba Science City was developed in the 1970s and 1980s to stimulate scientific discovery. Its constituent municipalities were administratively united in 1987. The city's 46 national research institutes and two universities are grouped into five zones—higher education and training, construction research, physical science and engineering research, biological and agricultural research, and common (public) facilities—surrounded by more than 240 private research facilities."),
    ("shenzhen", "https://m.news.shi-fen.com/china/202004/50-698785.html", "zh-Hans",
     "原标题:深圳支持光明科学城建设加速建设综合性国家科学中心\n4月14日上午,深圳市政府新闻办联合深圳发布在市民中心举行《深圳市政府关于支持光明科学城打造世界一流科学城的若干意见》的新闻发布会。根据《若干意见》,光明科学城的规划建设将分三步走:\n一是到2022年,初步形成世界级科学城的核心功能,重大科技基础设施集群初具雏形,国际一流大学和一流科研机构建设加快推进,成长出一批具有国际竞争力的创新型企业;"),
    ("sichuan", "http://m.chinazus.com/xinxi/17628.html", "zh-Hant",
     "到2027年,產業鏈關鍵環節取得重點突破,產業生態基本構建,建成一批產業發展集聚區。引育產業鏈骨干企業,同步推進侵入式、非侵入式兩種腦機接口技術路徑,完成3款侵入式和5款非侵入式腦機接口產品的研發及醫療器械注冊,加快實施省內例侵入式腦機接口手術,開放醫療健康場景,實現年服務醫療患者超5萬人次。推動“四川造”AR(增強現實)智能眼鏡、人機協同外骨骼等新一代人機交互產品加速應用,開展G危行業作業、養老行業服務機器人替代等應用試點。"),
    ("restaurant", "https://geoffreyzheng.wordpress.com/2008/10/21/taste-of-heaven/", "en",
     "The highlight is definitely 中8楼 and 永一格, though. My dad told us about the former, and since we loved Yunnan food from our trip in 1996(?), we looked hard for it in 中关村. It’s pricey but boy is it worth every penny! The decor is superb, every page of the menu is museum catalog quality, and how we wish we could get every single dish! The best one we had is 小米粘, a “small rice” cake in the style of 八宝饭."),
    ("history", "http://www.obj.cc/thread-115981-1-1.html", "zh-Hans",
     "说起北京城的中关村都不陌生,之所以叫这个名字,原因其实很简单,简单来说,老北京那会儿这片儿有很多庙,庙里边住了不少从紫禁城走出来的宦官,活着的时候住在庙里,去世之后直接埋在庙旁边的坟地,过去宦官按文言的说法,也叫‘中官’ ; D7 U/ a& [6 R$ ~8 k+ d\n! V, U6 @ A) a7 ~1 s3 t% N' ?\n意思就是说皇宫里边儿的官儿,所以宦官扎堆儿的地儿就叫中官村,后来北京人都觉得这个名儿不好听,这才把地名彻底改成了中关村,北京人都知道,中关村海龙大厦对面儿,中关村大街东边有一片老小区,都是老北京五十年代那会儿的红砖楼"),
    ("wuhan", "http://wuhan.021cf.cn/index.php/post/2071.html", "zh-Hans",
     "光谷又一个综合性生命健康产业园开园\n2月9日,武汉东湖科学城生命健康产业园一期工程圆满竣工并投入运营,这意味着光谷又一个综合性生命健康产业园正式开园。该园区位于武汉国家现代农业产业科技创新中心“核心功能区”高农生物园。园区集研发、中试、成果转化、生产仓储、企业办公、公寓配套于一体,总占地面积100亩,总建筑面积21万平方米。"),
    ("korea", "https://kojects.com/2015/08/03/pangyo-techno-valley-visit/amp", "en",
     "The Silicon Valley of Asia is in Korea. And more surprisingly, it isn’t in well-known areas like Gangnam or Songdo. It’s in Seongnam and the area is called Pangyo Techno Valley. With this post I want to introduce the urban project and take you on a tour through the area.\nThe project was initiated in 2004 and the final plan was approved in 2006. Constructions were done between 2006 and 2012."),
    ("memoir", "https://haomeiwen.com/subject/fvqjudtx.html", "zh-Hans",
     "在中关村下车,其实也是想起之前在这边上班,再看看这边的环境。可是下车以后,眼前的景象,心里还蛮多感慨的。\n原先的鼎好,海龙, e 世界,那是人头攒动,各种电子产品,从小到大,从低端到高端,只要你想要,应有尽有。\n如今再看,电子城没有了,有的大厦大门紧闭,里面空空如也,有的大厦已经转型。"),
    ("xian", "https://taiwan-reports.com/?p=692811", "zh-Hant",
     "「走進現代西安」兩岸媒體行正式開啟後,就先前往長安十二時辰及大唐不夜城探訪,感受一下這座十三朝古都的現代時髦的一面。此外,西安是繼北京、上海和粵港澳大灣區後,成為大陸第四個獲批建設綜合性國家科學中心和科技創新中心的城市,標誌著西安科技創新邁向高質量發展新階段。\n所以,在此次活動中,兩岸媒體記者也要去探訪西安的現代科技和經濟發展現況,去參訪西安絲路科學城,以及秦創原綜合中心,裡面展示的各項高科技產品,吸引了大家的注意。"),
    ("hangzhou", "https://bkwk.cn/article/jmhzwlkjcmjddghrhwlqlwx.html", "zh-Hans",
     "二、规划布局\n1. 产业导向\n杭州未来科技城围绕电子信息产业、生物医药研发、新能源新材料研发、装备制造研发、软件与创意设计、金融中介及生产性服务业等门类,全力打造二三产融合发展的2.5产业集聚区。\n2. 人才政策\n杭州未来科技城积极吸引和支持海外高层次人才创新创业,着力打造人才特区。已形成了涵盖人才、研发及产业化的全方位的扶持政策体系。"),
    ("passing", "https://wachalol.com/tech-workers-in-china-face-a-bloodbath-of-layoffs-amid-crackdown-and-losses-technique/", "en",
     "Beijing, China – Instead of a rosy gaffe from his boss, Zhang Wei discovers he’s about to lose his job at Chinese video streaming company iQiyi via a work group chat.\nZhang’s supervisor only confirmed the news after cuts at the Beijing-based company were leaked last December to the media.\n“Even though I knew beforehand, I still couldn’t believe it,” Zhang, who asked to use a pseudonym, told Al Jazeera."),
    ("national", "http://jintiankansha.me/t/pSLg3pPxlp", "zh-Hans",
     "大科学设施在我国实现高水平科技自立自强、带动制造业转型升级、推动经济高质量发展之路上发挥的积极作用,令人鼓舞。同时,也要清醒认识到,我们仍然缺乏世界领先的 “旗舰”型大科学设施,独创独有的大科学设施不多,有的设施关键技术的源头主要来自国外,有的设施性能指标离世界先进水平还有差距。"),
    ("passing", "https://blog.cysi.me/2016/11/3-years-in-beijing.html", "zh-Hans",
     "那时候我住西苑,不用说,第一站就是颐和园。那时候其实还没有真正到国庆假期所以人并不是特别多,但是第一次体会到北方的秋的我真是在昆明湖边儿被冻得个半死。中午被在北医三院上班的老姐叫去牡丹园吃海底捞——嗯,达成成就 在北京吃重庆火锅,传说中的海底捞服务真的很好,当然排队也是感人,第一次见到吃个饭跟银行排号似的(第一次去大都市的土鳖),唯独可惜的是,海底捞的味道,也就那样吧"),
]
add_web_round("web9", WEB9_RELEVANT_ZH, WEB9_RELEVANT_EN, WEB9_TRAPS, all_holdout=True)

# --- added round 10: a TUNING round like rounds 7 and 8 (decided before any row was collected: every round-10 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: the weakest kind so far, everyday simplified-Chinese news reports as a crawl sees them, with LONGER excerpts than
# earlier rounds (3-10 sentences, usually an article's first paragraphs, page headers and bylines left in).  Relevant zh:
# Zhongguancun parks and sub-parks (the 2015 innovation season and the 7.2 km "upgraded" entrepreneurship street, the 2017
# 智造大街, the 2006 Fengtai park / listed-companies agreement, the 2013 Baodi framework agreement, the 环保园 forest
# complex, the Xicheng park's 金科新区 on the old 动批 market, a Fangshan two-sessions project list, the Fangshan Sino-French
# park plan, the Yanqing drone action plan, the Huairou park joining ZGC in 2013, the Haidian ZGC Science City's 2021 plan),
# ZGC policy and reform (the draft high-quality-development support measures, the 2018 毛二可 spin-off story, the 北交所
# listings of ZGC firms), talent (2021 talent figures, the 2011 returnee parks in Haidian), opening up (the California-Beijing
# innovation centre, the international technology transfer centre in 鼎好, the 2024 Forum at its permanent venue), and
# Beijing-centre news (the BTH national technology innovation centre in 2023, the 2025 AI white paper, the 2026 AI "first
# meeting of spring", Beijing's AI policy after DeepSeek, the 2018 Beijing Graphene Institute, Huairou's industry
# transformation zone, the E-Town 14th Five-Year plan (千龙网), the 2020 autonomous-driving demonstration zone plan, a
# Future Science City visit, a 2022 Haidian decade feature, the 2015 ZGC unicorn list).  zh-Hant from syndicators and HK/TW
# gateways (7).  Relevant en: a 2014 ZGC pilot-policy account, a 2016 park profile, foreign journalists in Haidian (2023),
# Beijing's 2019 S&T-system reform measures, the ZGC Science City AI measures, the Beijing China-Germany Industrial Park, E-Town
# in 2023, the ZGC "two academies" (spam-laden machine translation), Haidian park globalization (2015), the Feb 2023 AI white
# paper, BTH centre news in spun English ("Jingjinji Public Focal point of Innovation Advancement"), 2002 Beijing incubators.
# Traps: a laptop-buying column naming 中关村 scams (`gadget`), an iPad grey-import report and 中关村 / Wuhan 广埠屯 / English
# electronics-market blogs and the Wukesong camera market (`mall`), an IT 北漂's 中关村 rentals (`rental`), a programmer's
# Beijing rental memoir (`memoir`), a Haidian school-allocation guide naming 中关村三小 / 中关村中学 (`school`), a 五道口
# restaurant (`restaurant`), Wuhan Optics Valley naming 北京中关村 (`wuhan`), Zhangjiang, Hefei, Shenzhen Nanshan, Hangzhou
# Chengxi, Stanford Research Park, Cambridge Science Park, national texts (nine high-tech zones upgraded in 2014; Lanzhou-
# Baiyin as the 18th demonstration zone, naming 北京中关村 as the first), a Beijing traffic advisory naming 中关村 throughout
# and a Beijing ed-tech layoff (`passing`).  No ZOL page was found that no earlier row uses, so this round has no `zol` trap.
# Short excerpts of real web pages with their URLs, found with the project's page search, copied as the pages have them
# (pinyin annotations such as 區(qū), (ri), mojibake such as '“下?!奔鼻' and '??萍汲晒褂?', '采劝', '经国务院标准', odd
# line breaks and spaces, spam site names and 'Sugar daddy' left in).  Labels written from the text alone; none of these
# rows was run through the classifier.  No round-10 page is one already used (every URL checked against all earlier rows)
# and none tells an earlier row's story (left out as already used: the world-leading-park plan feature, the 2019/2021/2023/
# 2025 Forums, Huairou's 16 projects and HEPS milestones, the Changping national lab's start, the 2023 sci-tech finance pilot
# zone plan, the 2017 and 2022 (Haidian) unicorn reports, 创业大街's 2017/2019 figures, the Silicon Valley centre and the Israel
# liaison office, BAAI's founding, the 2018 frontier AI institute, the MoE/ZGC 12 measures, the 2018 hard-tech incubation
# platforms, the 2016 entry-exit measures, the 2019 talent measures, the ZGC IP model park, the 2023 AI plan, E-Town's 2023
# profile, Stanford/ZOL/restaurant/memoir pages already in earlier rounds); no two round-10 rows tell the same story (the
# 2016 park profile is cut before its unicorn paragraph, which the zh-Hant 2015 unicorn-list row tells).
# Labels (README rules, rounds 2-9 readings) plus: Z5 + Z5.1 for a sub-park's leading industries (Fengtai 2006, Yanqing);
# Z5 + Z5.7 for the 环保园 as a green eco park; Z5 + Z5.4 with Z7 + Z7.2 for the Xicheng park's 金科新区 (old market buildings
# renovated; the financial-technology hub named in 004's Z7.2); Z7 + Z7.2 (first used here) also for the Haidian park's global
# service platform and for the Beijing China-Germany Industrial Park (named in 004's Z7.2, the text never names ZGC); Z7 + Z7.1 (first
# used here) for a planned international cooperation park in the Fangshan park; Z7 + Z7.3 for a foreign government's innovation centre
# for technology transfer with ZGC and for the international technology transfer centre; Z3 + Z3.8 (first used here) for a
# university spin-off (学科性公司) beside Z2 + Z2.1 for ZGC's pilot reforms of achievement rights and equity incentives; Z3 +
# Z3.4 for 创业大街, 智造大街 and a ZGC hard-tech incubation platform; Z1 + Z1.4 + Z1.5 (first used here) for the draft
# support measures' SME support and innovation consortia; Z1 + Z1.11 for government procurement of new-technology products; Z6 + Z6.8 (first
# used here) for the ZGC school / AI institute training doctoral students; Z6 + Z6.9 for returnee (overseas-talent)
# entrepreneurship parks; Z4 + Z4.6 + Z4.9 for ZGC Science City's AI/IC fields and future industries; B2 for Beijing's AI
# innovation-highland meeting and AI plans; B1 for the Graphene Institute as a first-batch new-type R&D institution; B5 for
# the BTH centre; B4 for the 2020 autonomous-driving demonstration-zone plan; B1 + B6 for the 2019 S&T-system reform measures.
# The AI white paper's institutes (results only), park statistics, visits, E-Town, Huairou's transformation zone, the
# unicorn list and the 北交所 listings get no code.
# Doubtful round-10 rows (kept, flagged here): web10-rel-zh06 (Z7.3 for the California-Beijing centre; Z3.6 would also fit),
# web10-rel-zh13 (Z7.2 for 金科新区 beside Z5.4), web10-rel-zh14 (Z7.3 for a visit to the transfer centre; Z3.1 left out for
# the national technology transfer cluster), web10-rel-zh17 (a Fangshan project list, Z3.4 from one ZGC hard-tech
# incubation platform), web10-rel-zh11 (Z6 from talent figures; Z1 left out for '原始创新策源地'), web10-rel-zh21 (B2 for
# an official's call to adjust AI policy after DeepSeek), web10-rel-zh04 (the excerpt skips the draft's 总体思路 section and
# ends mid-sentence; Z2 left out for '中关村新一轮先行先试改革政策措施'), web10-rel-zh28 (Z5.3 for the Huairou park's three
# 特色园区), web10-rel-zh26 (Z4.9 for future industries in a district press text; Z2.3 and Z1.4 left out for the 北交所 and
# unicorn clauses), web10-rel-en04 (B1 + B6 for a Beijing-wide reform document), web10-rel-en05 (Z1.2 beside Z1.1), web10-rel-en06
# (Z7.2 for a park that the text never ties to ZGC), web10-rel-en08 (machine translation; Z6.8 first used, B6 and B1 left
# out), web10-rel-en12 (Z6.9 from one sentence of a Beijing-wide incubator report).  Codes left out on purpose: Z4.4 for the
# journalists' briefing on the ZGC autonomous-driving area (web10-rel-en03), Z2.3 for the PBoC foreign-exchange branch and
# Z7.9 (not in the excerpt) in web10-rel-en01, B1 for the institutes in the AI white paper (web10-rel-zh09, results only),
# B4 for the 2 trillion-yuan clusters in web10-rel-zh05 (statistics).  Hard traps: web10-trap-wuhan08 and
# web10-trap-national14 name 北京中关村 as the first demonstration zone, web10-trap-passing15 names 中关村桥 / 中关村大街
# throughout, web10-trap-rental03 and web10-trap-school06 name 中关村 throughout, web10-trap-gadget01 / mall02 name 中关村
# electronics markets, web10-trap-hefei10 and web10-trap-national13 use 综合性国家科学中心 / 国家高新区 for other places,
# web10-trap-uk19 compares a science park with Silicon Valley.
WEB10_RELEVANT_ZH = [
    ("https://finance.stockstar.com/SS2015101200001704.shtml", "zh-Hans",
     "位于北京海淀的中关村核心区,拥有全国最密集的高校院所和高新企业资源,这里正在形成新一轮创业大潮。10月11日,“中关村创新创业季(2015)”活动拉开帷幕并发布了“升级版创业大街”规划。\n记者从活动开幕式上了解到,以创新引领创业,以创业激发创新,中关村核心区已基本形成“全链条、无缝隙”的创业创新服务体系。200米长的中关村创业大街开街一年来,30余家创业服务机构举办1200多场各具特色的创新创业活动,帮助创业者找资金、找人才、找服务,累计孵化创业团队600余个,350个团队获得融资额17.5亿元。现在,中关村核心区的各类“双创”服务机构超百家,孵化总面积超200万平方米,年平均新增孵化企业2000家,累计孵化企业过万家,涌现出豌豆荚、拉勾网、云适配、融360、滴滴打车、格林深瞳等一批新兴知名企业,而中关村创业大街,正成为北京创新创业者的一个大本营。\n11日当天,中关村核心区发布了“中关村大街发展规划”,复制中关村创业大街运营经验,建设全长7.2公里的“升级版创业大街”。", ["Z3", "Z3.4"]),
    ("https://zgcgroup.com.cn/zgcadmin/home/content/index.html?cate=15&id=1103", "zh-Hans",
     "总经理许强出席天津宝坻区政府与中关村战略合作签约仪式\n为落实“关于加强京津区域创新合作”的统一部署,推进京津冀、环渤海区域一体化发展,2013年11月30日上午,天津市宝坻区政府与中关村管委会、中关村发展集团签订战略合作框架协议。中关村管委会主任郭洪、发展集团总经理许强等领导应邀出席。\n宝坻区与中关村将本着“优势互补,互利共赢”的合作原则,围绕探索建立跨区域产业协同发展模式和新型利益共享机制,共同构建创新创业生态系统,推动两地间发展要素和创新资源合理流动;进一步完善政策体系,支持产业拓展对接和项目合作,加强现代服务业合作,建立人才交流合作机制,推动科技创新和示范应用。\n根据协议,发展集团作为中关村示范区的市场化集成运营平台,将为高标准建设京津中关村科技新城提供服务支持,努力形成区域创新合作与互动发展新格局,同时,发展集团还将积极推荐科技金融服务机构在宝坻区设置分支机构,参与宝坻科技园区和科技孵化载体的建设、运营和管理。", ["Z5", "Z5.12"]),
    ("http://finance.sina.com.cn/g/20060113/20282275126.shtml", "zh-Hans",
     "10月28日,北京上市公司协会与中关村科技园区丰台园管委会在“百家上市公司与科技总部新区战略发展峰会”上签订了《战略合作协议》。这是百家上市公司与区域经济进行首次对话、实现战略对接的一项实质性进展。在此次合作中,位于京西南的科技总部新区倍受青睐。\n丰台区政府张大力区长在会上表示,要实现科技总部新区与上市公司之间的良性互动\n,必须整合新区内各种资源要素、完善城市功能,同时还要大力促进第三产业和知识型服务业的发展,并最终促使区域整体文化氛围的提升,形成区域经济与上市公司的共赢局面。\n据了解,以中关村丰台园为核心的科技总部新区目前已聚集了2700多家高新技术企业,形成了电子信息、生物医药、先进制造及新材料等三大产业格局。科技企业孵化面积达到20万平方米,已成为京西南最重要的高新技术成果转化基地、高新技术企业孵化基地和生产基地。", ["Z5", "Z5.1"]),
    ("http://www.361bb.com/newsinfo/2836080.html", "zh-Hans",
     "北京市科学技术委员会、 中关村科技园区管理委员会 关于促进中关村国家自主创新示范区 高质量发展的若干支持政策措施 (征求意见稿)\n为深入贯彻习近平总书记对中关村创新发展的系列重要讲话精神,加快落实《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》(国发〔2020〕7号)和中关村新一轮先行先试改革政策措施,更好推动《“十四五”时期中关村国家自主创新示范区发展建设规划》(简称“十四五”规划)实施,促进中关村国家自主创新示范区(简称“中关村示范区”)建设再上新台阶,实现高质量发展,结合工作实际,制定本措施。\n二、支持方向和重点\n(一)加快培育创新型世界一流企业\n制定实施《中关村国家自主创新示范区提升企业创新能力支持资金管理办法》,支持科技型中小微企业发展,推动企业加强技术创新,引导科技领军企业牵头组建创新联合体,加快培育和集聚一批创新领先、产品卓越、品牌卓著", ["Z1", "Z1.4", "Z1.5"]),
    ("http://tibet.cn/cn/Instant/culture/202307/t20230724_7454926.html", "zh-Hans",
     "【高质量发展调研行】创新协同 京津冀发展共谋新篇章\n央视网消息(新闻联播):京津冀协同发展是习近平总书记亲自谋划、亲自部署、亲自推动的重大国家战略。京津冀地区如何深入强化协同创新和产业协作,在实现高水平科技自立自强中发挥示范带动作用,来看记者在京津冀地区的调研。\n记者走进位于北京的京津冀国家技术创新中心,在这里,刚刚完成中国空间站实验任务的微型化双光子显微镜等多项原创性、引领性重大科技成果,已经完成了从实验室到产业化的加速。中心负责人介绍,目前这里与国内外大学联合实施的前瞻性项目已达208项,约10%为世界首创或领先。在先进传感技术实验室,我们看到实施的8个世界一流传感器项目,产生了6家创业公司,创新加速效益初显。\n作为国际科技创新中心,数据显示,2022年北京研发经费投入强度保持在6%左右,位居国际创新城市前列,培育形成新一代信息技术产业和科技服务业2个万亿级产业集群,拥有高新技术企业2.82万家,技术合同成交额7947.5亿元,是京津冀协同发展中的创新引擎。", ["B5"]),
    ("http://ndwww.cn/shpd/fc/fcdt/2017/0626/51636.shtml", "zh-Hans",
     "北京加州创新中心成立\n本报讯(记者 孙奇茹)日前,海淀区政府、美国加州政府能源委员会宣布在京联合设立“加州-北京创新中心”。作为美国加州政府在京设立的首个创新服务平台,中心将定位于推进加州和北京中关村在能源、环保、新材料、人工智能等行业上的科技成果转化及科技人才、服务互动往来。\n据悉,中心将以中关村国际创新大厦为服务办公室,为加州来华项目提供办公、洽谈、会议、路演场地。以中关村和硅谷最为知名的孵化及创新服务机构联合设立“中美创新服务联盟”,为加州北京双向创新服务提供有力支撑。中心将建立“办公载体+企业咨询+专项基金”的立体服务模式,为北京、加州开展技术交流与合作提供一站式服务平台。", ["Z7", "Z7.3"]),
    ("http://bdf.9087330.cn/4a058/36549.html", "zh-Hans",
     "中关村环保科技示范园建城市森林综合体\n发布时间:2021-01-08 18:22:29 阅读: 来源:面霜厂家\n作为全国首家“第三代科技园区”,位于海淀北部的中关村环保科技示范园以园林式科技园的形态出现,打造“森林中办公,园林里创新”的新型科技生活方式。2018年3月,园区南侧绿地项目将开工,建设城市森林综合体。5月完工后,园区生态环境将持续提升。\n中关村环保科技示范园总规划建筑面积258万平方米,是中国首家第三代科技园区。产业定位是能源环保产业、网络通信和文化创意产业、金融产业后台服务支持体系等。入驻企业包括雀巢研发中心、华为公司、中国科学院计算技术研究所、中国人寿北京研发中心、国核电力规划院等。\n不同于第一代、第二代科技园区,第三代科技园区更注重节约资源、生态保护和文化建设,强调社区和城市的融合发展。中关村环保科技示范园以“资源利用最大化和污染排放最小化”为指导思想,遵照“新思路、新技术、新体制、新机制”的建设原则,建设资源节约型环境友好型生态园区。", ["Z5", "Z5.7"]),
    ("http://m.taiyuanrx.com/zhuye/fangchan/20230526/173442.html", "zh-Hans",
     "【资料图】\n5月26日,北京市房山区委副书记、区长阳波在中关村新型储能及氢能产业发展论坛上表示,“将参照北京现有的两个国际产业园,筹建北京中法新能源与新材料协作产业园,力争用3到5年时间将其打造为北京中关村具有影响力的国际合作产业园区。”\n据阳波介绍,在园区起步区北部,主要是承接氢能等产业项目;在南部,房山与亦庄经开区将建国际合作的半导体高端材料基地,主要面向光刻胶、电子特气等集成电路上游材料。", ["Z7", "Z7.1"]),
    ("https://reportify.ai/news/1192393174685978624", "zh-Hans",
     "北京AI产业规模有望超4500亿元\nBei Jing Ri Bao Ke Hu Duan·2025-11-29 22:12\n《白皮书》认为,2025年,全球人工智能发展正从单点技术突破向生态协同创新加速演进,逐渐形 成\"战略主导、技术竞速、规模扩张、应用拓展、生态竞合\"的发展格局。 不断产出处于全球科技前沿的\"北京原创\"成果,是北京人工智能发展领先全国的动力源。2025年,北京 各类创新主体持续产出领先的前沿成果。高校院所方面,原创成果凸显,清华大学戴琼海院士团队、北 京邮电大学徐坤教授团队、中国科学院自动化所李国齐教授团队等陆续取得重大原创性突破。新型研发 机构加速创新,北京智源人工智能研究院发布FlagOS,实现\"模芯协同\"的纵向贯通;北京通用人工智能 研究院推出\"通通2.0\",完成从理论创新到能力验证的重大跨越;北京科学智能研究院发布全球首个覆 盖\"读文献—做计算—做实验—多学科协同\"的AI科研平台玻尔科研空间站。与此同时,核心企业带动作 用显著,豆包、文心一言、GLM、Kimi等模型在权威测评中表现优异,部分成果已达国际顶尖水平。 本报讯(记者 孙奇茹)昨天,市科委、中关村管委会发布《北京人工智能产业白皮书(2025)》,数 据显示,2025年上半年北京全市人工智能核心产业规模2152.2亿元,同比增长25.3%。", []),
    ("http://www.shangshang8.com/tv/99521613.html", "zh-Hans",
     "1月5日,北京召开了“AI新春第一会”——2026北京人工智能创新高地建设推进会。\n“全球的信息扑面而来,每天都要接收大量的信息并深入思考,不管是工作量还是思考量,比一年以前都翻了两倍以上,但随着行业发展,现在我不会刻意纠结是否在‘上班’,而是觉得作为行业一分子,理应多做点事。”晚上十点,北京一些聚集大量科技公司的写字楼依旧灯火通明,一名从事大模型技术研发工作的AI初创公司员工刚刚下班。谈起过去一年的工作感受,她这样告诉贝壳财经记者。\n在过去的2025年,中国AI在世界上的地位突飞猛进,豆包、Kimi、DeepSeek等诸多大模型的名字闪耀海内外。贝壳财经记者注意到,大部分知名国产大模型的研发团队均设置在北京,从中关村到五道口,从花园北路到蓟门桥,一条条看似普通的街道,却勾勒出了中国AI产业最具活力的核心版图。\n“北京无疑是科技公司最佳的创业沃土。这里人才优势突出,有大量可用高端、跨学科技术人才,聚集了大量科研和产业资源,能帮助企业快速实现技术落地与验证。还有完善的人工智能自主生态系统,便于企业与各类产业伙伴协同创新,彻底避免闭门造车的困境。更重要的是,北京市政府对科技前沿的认知足够深入,沟通效率高,也愿意对长期投入和早期创业项目给予有力支持。”光轮智能联合创始人、总裁杨海波告诉贝壳财经记者。\n人才在哪,创新就发生在哪\n1月5日,北京召开了“AI新春第一会”——2026北京人工智能创新高地建设推进会。会上,北京智源人工智能研究院正式发布面向多种AI芯片的系统软件栈——众智FlagOS 1.6,其旨在解决不同厂商芯片训练大模型的兼容问题,为算力难题提供了解决路径。", ["B2"]),
    ("https://aimsen.com/new/information/325554", "zh-Hans",
     "1000多家科研院所、近3万余家高新技术企业;801位两院院士、1873名“国家杰青”入选人才……北京市中关村国家自主创新示范区从“电子一条街”到“新技术产业开发试验区”,从第一个国家级高新区到全国第一个自主创新示范区,始终勇挑科技自立自强的重担,正在成为原始创新策源地,集聚了一大批科技创新人才。\n1、聚焦首都高质量发展\n在信息技术领域,“悟道”人工智能模型持续优化迭代;在区块链领域,我国首个自主可控的区块链软硬件技术体系“长安链”发布;在量子物理领域,超导量子比特的寿命突破500微秒,将量子直接通信距离从2020年的10公里提升到100公里;在分子生物学和遗传学领域,科研人员改变蛋白质折叠预测、基因测序和分析……\n在智力资源密集的北京中关村,以服务首都高质量发展为目标,科技人才的创新活动每天都在上演。\n2021年5月初,北京量子信息科学研究院研究员、超导量子计算团队负责人于海峰发布了长寿命超导量子比特芯片成果。该团队深入探索超导量子比特性能,不断优化材料生长和微加工制备工艺,成功把量子比特的相干时间提高到503微秒,这是目前国际公开报道的最高值。", ["Z6"]),
    ("https://www.zqsa.com/article-4878-1.html", "zh-Hans",
     "北京海淀区留学人员创业园将达22家\n中广网北京8月23日消息(记者 刘天思) 日前,记者从中关村国家自主创新示范区海淀园管委会获悉,中关村计划于年内新建4到6个留学人员创业园,目前北京市已经确定建立3家,其中已明确今年将在海淀中关村多媒体创意产业园建立留学人员创业园,至此,海淀区留学人员创业园数量将达22家。\n  据了解,中关村多媒体创意产业园是北京首家以多媒体创意产业为核心发展方向的跨媒体科技园区,也是北京市“十二五”期间将建的四个动漫游戏产业聚集区之一。在其成立留学人员创业园之前,海淀共有留学人员创业园21家。\n  位于上地信息产业基地的北京(海淀)留学人员创业园是北京市首家专门吸引留学人员回国创业的留学人员创业园,同时也被科技部、人保部、教育部、外专局确定为国家留学人员创业园示范建设试点单位。数据显示,截至今年5月底,在该园的留学人员创业企业163家,在园留学人员154人。1-5月份,新入驻企业8家,均为留学人员企业;毕业企业7家。累计孵化企业741家,毕业企业222家;共引进661名留学人员入园创业;有12名创业者入选“千人计划”、18名入选“海聚工程”、13名入选“高聚工程”。", ["Z6", "Z6.9"]),
    ("https://app.bjtitle.com/8816/newshow.php?did=8187cc5f5f7a41c0b44b403f98505e32&newsid=6465412&typeid=68", "zh-Hans",
     "金科新区核心区将实现整体亮相\n北京青年报客户端 2024-01-09 15:38\n1月9日,在2024年西城区“两会”的首场新闻发布会上,西城园管委会主任金鑫表示,由华远集团承接改造的世纪天乐大厦项目——北京金融科技中心即将竣工投入使用,建筑面积约8万4千平米,届时金科新区核心区将实现整体亮相。\n据金鑫介绍,党的十八大以来,西城区委区政府迎难而上、开拓创新、综合施策,顺利完成了“动批”商圈45万平方米的疏解工程,啃下了“动批”、天意、官批、万通等市场疏解这块“硬骨头”。同时,西城区委区政府坚持“下先手棋、打主动仗”,深入研究“动批”区域在金融、科技、区位和空间等方面具有得天独厚的资源优势,对标纽约“硅巷”、伦敦“硅环岛”,率先提出在“动批”地区建设金融科技创新示范区的新思路,经过5年的不懈努力,金科新区建设取得了丰硕成果,成功“领跑”全国金融科技产业发展。\n同时,国家级金融科技示范区建设经过了5年的高速发展,为“首都高质量发展”这一时代课题交出了一份答卷,创造了国内金融科技领域“三个第一”:第一个提出并建设以金融科技产业为主要产业示范区,截至目前唯一一个被国务院确定的国家级金融科技示范区,第一个探索金融科技创新试点机制的园区。金科新区为北京金融科技发展连续五年居全球金融科技中心城市榜首做出了积极贡献。", ["Z5", "Z5.4", "Z7", "Z7.2"]),
    ("http://bid.caigoupt.com/info-135541328.html", "zh-Hans",
     "北京科技部火炬中心领导调研国际技术转移中心建设情况\n查看隐藏内容(*)需先登录\n*月**日下午,科技部火炬中心主任赵明鹏、副主任杨跃承、技术市场管理处副处长张玢一行来到国际技术转移中心进行专题调研。市科委副主任张继红、海淀区副区长孟景伟、中关村管委会委员刘航陪同调研,市科委高新处、中关村管委会创新处、海淀园管委会、北京技术交易促进中心等单位和部门负责同志参加了调研。 科技部火炬中心领导同志参观了位于鼎好大厦*层的清华科技园、*层的创新工场和**层的国际技术转移中心,并听取了市科委关于国家技术转移集聚区建设方案及国际技术转移中心建设情况、海淀区关于中关村西区业态调整情况的汇报。 赵明鹏主任高度肯定了国际技术转移中心建设工作,指出北京市科技服务产业发展水平全国领先,希望北京市着实抓住贯彻落实全国创新大会精神的战略机遇期,通过政府引导和市场机制相结合,规划建设国家技术转移集聚区,发挥首都在国家科技创新体系中的作用。", ["Z7", "Z7.3"]),
    ("http://33809.123451234567.asia/index.php?bRd=FD.html", "zh-Hans",
     "发布时间:2024-11-25 13:08:45 来源: sp20241125\n中新网 3月19日电 北京市委常委、教育工委书记、市政府党组成员于英杰19日表示,经国务院标准,2024中关村论坛将首次在刚建成的永久会址举办,时间定于4月25日至29日,今年的年度主题为“创新:建设更加美好的世界”。\n国新办19日就“立足首都城市战略定位 奋力开创高质量发展新局面”举行发布会。于英杰在会上介绍,论坛继续由科技部、国家发改委、工业和信息化部、国资委、中国科学院、中国工程院、中国科协和北京市共同主办;联合国教科文组织、世界知识产权组织、国际科技园及创新区域协会以及教育部等近十个部委支持举办。联合国教科文组织将首次作为论坛的支持单位。\n于英杰指出,“我们将坚持目标导向,更加注重实效性和引领力,紧扣国际科技发展趋势,谋划设置了五大板块,举办开幕式暨全体会议、近60场平行论坛、中关村国际技术交易大会、中关村国际前沿科技大赛等重要活动。”\n“总体上看,2024中关村论坛各项筹办工作有序进行,我们将力争把论坛办成一届精彩纷呈、卓有成效的全球科技创新交流合作盛会。”于英杰说。 【编辑:陈海峰】", ["Z7", "Z7.7"]),
    ("https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2017-07/27/content_374663.htm?div=-1", "zh-Hans",
     "2017年07月27日 星期四\n中关村智造大街:\n提升战略前沿技术研发力\n本报记者 华 凌\n人工智能、量子点芯片、工业大数据安全、MEMS传感器等,已成为中关村智造大街着力助推的核心产业。\n“我们关注的不仅是目前能形成产业产值的行业,而是要在引领智能制造领域关键技术上发力,哪怕现阶段尚不能形成产出的技术。”7月23日,在中关村智造大街迎来中关村科学城智能制造创新周期间,中关村智造大街运营公司总经理程静告诉科技日报记者。\n据介绍,打造中关村智造大街及其科技服务平台,是为了进一步提升战略前沿技术的研发能力。随着中关村智造大街街区功能逐渐完善,任何一个智能制造领域的创业项目,都能在此“一站式”获取所需资源:敏捷制造、工业设计、技术方案研发、检测认证、小批量试制、协同服务、营销推广等环节的各个代表性机构等等,智造大街完整的硬创产业生态系统为中关村科学城智能制造发展提供了完整的产品试制平台。\n一年来,中关村智造大街注册企业88家,入驻率超过95%,整体入驻企业及项目共计368个。这些企业均把智能制造研发、销售业务置于智造大街,充分体现出智造大街聚焦智能制造产业链前端和产业价值链顶端。", ["Z3", "Z3.4"]),
    ("http://fj.cns-photo.com/doc/wjj642g.html", "zh-Hans",
     "固态锂电池产业化、京东方数字医院二期…… 房山区明年开建这些重大项目\n记者从房山区两会上了解到,聚焦手续办理、项目审批等关键环节,房山区2022年将全力保障卫蓝固态锂电池项目产业化实现总部及研发中心竣工、年产8Gwh固态锂电池产业化项目开工、中车北京轨道交通装备产业园12号线车组投产、京东方数字医院、智慧医工核心能力中心二期开建、北京金融安全产业园二期项目投入使用。\n房山区将健全完善层级调度机制,确保重大项目快速推进。高标准建设中关村智能应急装备产业园,推广无人机森林灭火示范项目应用;做大中关村氢能硬科技孵化平台,吸引40家以上的氢能产业项目入驻;加快石墨烯种子园、环宇京辉二期、八亿时空二期项目建设;中粮健康科技园南区入驻企业超过100家;北京基金小镇加快项目二、三期开发,启动周边环境绿化提升工程建设。", ["Z3", "Z3.4"]),
    ("http://bj.news.cn/2022-12/08/c_1129191076.htm", "zh-Hans",
     "怀柔科学城产业转化示范区建设稳步推进\n2022-12-08 08:54:07 来源: 北京日报\n今年以来,怀柔区稳步推进怀柔科学城产业转化示范区建设,多栋建筑取得阶段性建设成果。目前,已有启元实验室、北京海创微芯科技有限公司、中国科学院半导体研究所等84家重点企业、机构达成入驻意向。\n怀柔科学城产业转化示范区项目位于怀柔城区北部,紧邻怀柔科学城,为原福田一工厂推进城市更新实现产业转型项目。园区将依托怀柔科学城核心资源,承担产业转化核心功能,打造国家级高端仪器装备和传感器产业基地,建设顶级硬科技孵化器加速园区。其中,起步区由科研办公楼、A栋、B栋、C栋、D栋、E栋、动力中心及附属组成,总建筑面积约35.2万平方米。\n起步区中,B栋工程建筑面积2.2万平方米,竣工后将成为国际领先的智能微系统平台,为传感器、执行器以及微系统制造、测试、封装产业链体系提供研发支撑能力,打造硬科技加速器。C栋工程建筑面积12.4万平方米,由三栋主楼构成,竣工后将成为传感器研发中试标准空间。园区还配有动力中心,可满足企业中试及实验所需气体等需求。", []),
    ("http://thinktank.qianlong.com/2021/0709/6006639.shtml", "zh-Hans",
     "[动态]北京经开区:到2025年GDP突破3800亿元\n2021-07-09 11:37 千龙网\n近日,《“十四五”时期北京经济技术开发区发展建设和二〇三五年远景目标规划》对外发布,根据规划,到2025年,北京经开区地区生产总值实现3800亿元以上,工业总产值突破8000亿元,打造6个千亿级创新产业集群,实际利用外资规模突破20亿美元,数字经济营业收入年均增长15%左右,建成全球数字经济标杆城市先行区。\n在北京经开区工委宣传文化部主办的北京亦庄创新发布会上,北京经济技术开发区有关负责人表示,“十四五”时期,北京经开区将坚持以首都发展为统领,紧紧围绕北京国际科技创新中心“三城一区”主平台建设和“四区一阵地”功能定位,努力实现七个“新”,即:经济发展取得新成效、改革开放迈出新步伐、城市建设取得新进展、社会文明程度得到新提高、生态文明建设实现新进步、民生福祉达到新水平、治理效能得到新提升。", []),
    ("https://www.4ftv.com.cn/jx/jj/201806/21/t20180621_11087405.html", "zh-Hans",
     "飞越“象牙塔”——中关村系列报道之三\n本报记者 耿诺 孙奇茹\n76岁高龄的毛二可院士创业了!\n2009年12月,搞了一辈子科研的中国工程院院士毛二可,带领北京理工大学雷达所近一半的研究成员组建起学科性公司——理工雷科。\n这消息像风一样,迅速传遍京城高校,给师生们带来不小的心理冲击。\n那年春天,国务院正式批复同意中关村建设国家自主创新示范区,按下了科技体制改革提速的按钮。\n论人才密度,海淀在上世纪80年代就已聚集30多所高校、130多家科研院所,智力资源优势不输硅谷。但如何让实验室里的研究成果迅速走向市场形成产业优势?这是四十年前,北京经济发展面临的巨大困惑,更是第一批科研人员“下?!奔鼻邢胍平獾哪烟?。\n随着联想、北大方正、清华紫光等一批高校院所背景的企业迅速崛起,中关村在破旧立新中积累着体制机制创新的宝贵经验。\n如今,中关村已拥有29个大学科技园,产学研深度融合成为趋势??萍汲晒褂?、处置和收益权改革,股权激励和科技成果转化奖励试点,鼓励设立科研转化岗,创新财政资金使用方式的政府股权投资等一系列先行先试政策,激活了沉睡的科技资源,无数创新成果飞出大院大所的高墙,", ["Z2", "Z2.1", "Z3", "Z3.8"]),
    ("https://www.hulusaas.com/article?articleId=67cf4976135e20623793703d&resourceId=67cf4815710cf7015bbef047&resourceType=1", "zh-Hans",
     "最近,没有人不在讨论人工智能(AI)。\n刚开学,清华大学大模型与生成式AI课程的教室已经爆满,最后一排后方的空地站满了学生。不远处的中关村科技城在夜晚灯火通明,全国54%的大模型企业聚集于此,等待有志者加入。而在金融街或CBD走进一家咖啡馆或餐厅,总有人正在聊有关AI的投资机会。\n1月20日,开源模型DeepSeek-R1在一夜之间家喻户晓,加速了AI的全民市场教育。\n但它所掀起的产业变量远不止于此。“变量是全方位的,包括模型、算力、芯片、数据、应用,所以需要尽快调整工作重心,优化现有的产业政策。”北京市经信局数字产业处副处长张金瑞告诉《中国新闻周刊》。\n“最近我们发现,国产芯片厂商开始被越来越多的企业选择。尽管做不了模型训练,但用于完成数据量不大、不复杂的推理任务都没有问题。”他表示,这也将影响北京市未来的算力布局,算力的消耗方式需要从“粗放式”堆芯片转变为“精细化”地使用算力。算力需求将长期看涨,今年预计会翻倍,但高品质、高质量、集群式的算力在北京仍然很稀缺。", ["B2"]),
    ("http://m.studyofnet.com/775598221.html", "zh-Hans",
     "央广网北京10月1日消息“变化太大了,现在走到哪都能看到‘中关村’。”这是75岁的作家边东子,对北京市海淀区近十年发展最直观的感受。十余年来,他一直致力于记录“中关村特楼”里科学家的故事、传播科学家精神。\n闲暇时,边东子会到中关村大街转一转,看看发生的变化。看着曾经的“电子一条街”,已蜕变成科技服务产业集聚中心;曾经的初创公司,已成长为高精尖领域的“独角兽”企业,他常感慨不已。他经常给青少年,讲一些科学家、企业家在这里发生的创新创业故事。\n2013年9月30日,中央政治局集体学习走出中南海,把“课堂”搬到了中关村。对中关村寄予殷切期望:“面向未来,中关村要加大实施创新驱动发展战略力度,加快向具有全球影响力的科技创新中心进军,为在全国实施创新驱动发展战略更好发挥示范引领作用。”\n殷殷嘱托“牢记在心,落实于行”。党的十八大以来,作为中关村国家自主创新示范区核心区的海淀,加快建设全球领先的“科技创新高地”,地区生产总值由2012年的4010.8亿元增至2021年的9501.7亿元,规模以上高新技术企业总收入突破3万亿元,正加速向国际一流的科学智慧之城、创新引领之城奋进", []),
    ("https://autonode.cn/2020/09/13/beijing-auto-pc/", "zh-Hans",
     "随着国家新基建推进和国务院对北京市建设国家服务业扩大开放综合示范区的正式批复,北京市拟在前期领先的工作基础上,瞄准 L4 级以上高级别自动驾驶车辆规模化运行,统筹 “车、路、云、网、图” 等各类优质要素资源,规划建设高级别自动驾驶示范区。\n\n据了解,目前北京市已开展 1.0 阶段建设,部署 10 公里城市道路、 10 公里高速公路和 1 个 AVP 停车场的智能化基础设施,预计将在今年年底前基本建成并同步开展 2.0 阶段建设。北京市高级别自动驾驶示范区的建设目标是支持 L4 级以上高级别自动驾驶车辆的规模化运行,同时向下兼容低级别自动驾驶车辆的测试运营和车联网应用场景。\n\n北京经济技术开发区管委会常务副主任、北京市高级别自动驾驶示范区建设工作专班负责人孔磊介绍称,北京市将采劝小步快走、迭代完善” 的方式,以 3~6 个月为一个迭代周期,不断修正完善后续建设方式和内容,逐步识别出车路云之间的最佳配置关系,按照 1.0 阶段(试验环境搭建)、 2.0 阶段(小规模部署)、 3.0 阶段(规模部署和场景拓展)、 4.0 阶段(推广和场景优化)的步骤层层推进,形成成熟模式后将逐步向北京市其他区域复制推广。", ["B4"]),
    ("http://www.handmsg.com/page/2024/0606/24099077.shtml", "zh-Hant",
     "王漪\n到2026年,中關村延慶園無人機創新能力顯著增強,產業能級明顯提升。關鍵核心技術取得突破,無人機與人工智能深度融合,低空安防技術持續升級。日前,《關于促進中關村延慶園無人機產業創新發展行動方案(2024—2026年)》對外發布,明確將加快推動中關村延慶園以無人機為重點的低空經濟高質量發展,有力支撐北京國際科技創新中心和中關村世界領先科技園區建設。\n延慶園將成無人機產業高地\n未來,中關村延慶園將被打造成為國內領先的無人機產業創新發展高地。作為京西北科技創新特色發展區、“三城一區”成果轉化承載地,中關村延慶園在2012年10月被納入中關村國家自主創新示范區,成為“一區十六園”之一。園區將現代園藝、冰雪體育、新能源和能源互聯網及無人機產業作為重點培育和扶持產業。其中,無人機產業重點圍繞工業級、軍用無人機產業領域,聚焦核心技術成果轉移轉化、檢測試驗、高端制造、行業應用、教育培訓等全產業鏈條。", ["Z5", "Z5.1"]),
    ("http://www.china0114.com/2997588.html", "zh-Hant",
     "作者|徐明輝\n編輯|六耳\n來源|直通北交所\n從北京西二旗地鐵站出來,向南大概兩公里,一棟灰白色的五層建筑躍然眼前。\n這里是生物醫藥園,中關村各個園區中最不起眼的一個。像是“消了音”的老北京大雜院兒,園區內聽不到喧囂聲,也看不見顯眼的企業LOGO——盡管40多家公司藏身其中。\n諾思蘭德(430047.NQ)在這棟建筑的四層,一家從事基因治療藥物、重組蛋白質類藥物的新三板精選層公司。最近,因為將要搭上北交所的“首班車”,諾思蘭德成了資本市場上的“香餑餑”,股票交易多了,媒體采訪也多了。\n然而,回憶起曾經的窘迫場景,公司副總經理聶李亞感慨:“如果不進園區,我們很難發展起來。”聶李亞的感受,不少從中關村走出來的企業都深有體會。\n2021年9月,北交所橫空出世,中國資本市場迎來新變局。中關村又一次走在了改革前列。據直通北交所(ID:tobse666)統計,將平移到北交所上市的66家精選層企業中,北京占了10家。10家北京企業中,又有8家是從中關村園區里走出來的。\n時代的車輪滾滾向前,中關村的傳奇還在上演。", []),
    ("http://zenflipclock.cn/finance/20211231/52703.html", "zh-Hant",
     "12月30日,海淀區召開新聞發布會。據介紹,中關村科學城建設近年來跑出“加速度”,為海淀區乃至首都高質量發展提供硬核支撐。預計2021年,高新技術企業總收入3.4萬億元,同比增長14%;軟件和信息服務業收入1.4萬億元,約占全市三分之二;數字經濟核心產業增加值占GDP比重超過50%。\n據介紹,中關村科學城將加強在人工智能、量子信息、區塊鏈、網絡安全、集成電路、先進制造、智能網聯、超高清顯示等細分領域,前瞻性布局量子信息、類腦智能、光子芯片、先進制造、碳基集成電路等未來產業,加強空間、資源、政策等要素供給,不斷放大數字經濟集群效應。支持企業有效利用多層次資本市場,重點推動新三板創新層企業登錄北交所。\n力爭到2023年,在數字經濟領域培育1-2家具有全球競爭力的五千億級企業和3-5家千億級企業,培育15家左右高成長高價值隱形冠軍、獨角獸企業,新增20-25家上市企業。\n(記者 楊月涵 王晨婷)\n標簽: 中關村科學城 收入 產業 數字經濟", ["Z4", "Z4.6", "Z4.9"]),
    ("https://big5.cri.cn/gate/big5/taiwan.cri.cn/2016-3-1/1207d878-d885-a2b3-167b-779d59a5c3ce.html", "zh-Hant",
     "北京中關村獨角獸企業數量位居全球第二\n編輯: 左妍冰 | 時間: 2016-03-01 10:25:25 | 來源: 中國新聞網 |\n2015年中關村獨角獸企業榜單29日在北京發佈,首批中關村獨角獸企業共有40家,僅次於美國矽谷,位居全球第二、中國第一。\n獨角獸企業是指估值超過10億美元的移動互聯網軟體公司。自2013年11月“獨角獸”概念被提出後,迅速在全球科技界和投資界得到認可,相繼有多家國外研究機構及專業媒體發佈了自己的榜單。\n此次發佈的中關村獨角獸企業標準是,在中關村註冊、具有法人資格的企業;成立時間不超過十年,獲得過私募投資,且尚未上市的公司;企業估值超過10億美元。\n中關村40家獨角獸企業總估值1462.1億美元,平均估值36.56億美元。其中3家企業估值超過100億美元。小米估值最高460億美元,美團點評位居第二、估值180億美元,滴滴快的位居第三、估值165億美元。這3家企業的估值總和佔所有獨角獸企業總和的一半多。", []),
    ("http://siheshuidao.cn/news/zgctz/201307/44830.htm", "zh-Hant",
     "走轉改看變化 中關村園區行\n“與現有制版技術相比,納米材料綠色制版技術摒棄了感光成像的思路,具有工藝簡捷、綠色環保、低成本、自動化程度高等多方面的綜合優勢。”掌握納米材料綠色制版技術的北京中科納新印刷技術有限公司是一家進駐中關村國家自主創新示范區懷柔園不久的企業,領銜公司技術團隊的宋延林說:“雖然中科納新有著高新技術企業的身份,但由于此前不是中關村示范區企業,我們去年遞交的股權激勵方案也是經過特事特批才享受了中關村示范區的股權激勵政策。”\n現在,懷柔園納入中關村“一區十六園”體系,讓中科納新也有了中關村示范區企業的身份。宋延林對中關村懷柔園的創新環境信心十足,他了解到,在推動創新成果產業化方面,中關村示范區有許多先行先試的優惠政策,能夠很好地助推企業發展。\n“懷柔園希望在中關村示范區的大舞臺上,借助中關村發展集團等平臺的經濟實力和豐富的管理經驗,盡快實施園區建設。”中關村懷柔園管委會主任周福樞介紹,懷柔園納入中關村示范區范疇,有利于充分利用中關村“1 6”系列先行先試政策和標準體系,促進雁棲開發區的產業結構優化升級。\n中關村懷柔園規劃面積7.11平方公里,包括核心區西區、核心區中區、核心區南區、北區1-4區共7個區域。其中,北區0.4851平方公里土地屬于中國科學院大學校區及創新基地用地;核心區西區、中區、南區共6.6296平方公里土地位于雁棲開發區主園區內。懷柔園將著力打造北京納米科技產業園、中科院懷柔科教產業園和互聯網創新產業園三大特色園區。", ["Z2", "Z2.1", "Z5", "Z5.3"]),
    ("http://big5.china.com.cn/gate/big5/cppcc.china.com.cn/2018-11/05/content_70279259.htm", "zh-Hant",
     "北京秋意正濃,層林盡染。10月底的中關村翠湖科技園智谷中心格外熱鬧,剛剛揭牌的北京石墨烯研究院(BGI)高朋滿座,首任院長、國際知名石墨烯專家劉忠范院士笑迎天下客。\n據介紹,北京石墨烯研究院是在北京市政府支援下,由北京市科委推動成立的作為全國科技創新中心首批新型研發機構。依託于北京大學科研建設,專注于未來石墨烯産業的核心技術研發與相關服務。諾貝爾獎獲得者、英國曼徹斯特大學康斯坦丁·諾沃肖洛夫爵士應邀擔任名譽院長。\n就石墨烯研究院而言,全國已興建數家,那麼,北京石墨烯研究院有何特色,又孕育了哪些“黑科技”呢?\n走進北京石墨烯研究院大廳,墻上兩列文字很是醒目——踐行工匠精神,融通政産學研,打造石墨烯産業核心競爭力。", ["B1"]),
    ("https://bg3.co/a/qu-ling-dao-dao-wei-lai-ke-xue-cheng-diao-yan-zou-fang-neng-yuan-yang-qi.html", "zh-Hant",
     "區領導到未來科學城調研走訪能源央企\n12月19日,區委書記、未來科學城黨工委書記甘靖中帶隊到未來科學城走訪能源央企,深入瞭解企業的運營狀況與發展需求,就共同服務好國家“雙碳”戰略,推動“能源谷”高質量發展與企業深入交流。區委副書記、代區長,未來科學城黨工委副書記劉曉東一同調研走訪。國家能源集團北京低碳清潔能源研究院黨委書記、理事長、院長趙喆,中國華能集團清潔能源技術研究院有限公司黨委書記、董事長李衛東參加。\n在國家能源集團北京低碳清潔能源研究院(以下簡稱低碳院),區領導一行走進展廳,詳細聽取低碳院基本情況、研發方向與業務佈局、人才隊伍建設、重點技術研究應用、科技成果轉化等情況介紹。隨後,區領導來到中國華能集團清潔能源技術研究院有限公司,與公司領導班子成員等座談交流,深入瞭解公司發展格局、平臺建設、科技成果、技術體系、產業佈局等情況。\n走訪交流中,區領導充分肯定企業在“雙碳”技術開發利用、有組織的科技成果轉化等方面取得的顯著成績,並感謝企業一直紮根昌平、服務昌平建設發展。區領導表示,未來科學城作爲北京國際科技創新中心建設“三城一區”主平臺之一,是首都創新鏈條的重要一環。", []),
]
WEB10_RELEVANT_EN = [
    ("http://asia.tmcnet.com/news/2014/10/19/8074730.htm",
     "Science park transforms into tech innovation hub [China Daily: Hong Kong Edition]\n(China Daily: Hong Kong Edition Via Acquire Media NewsEdge) More than 160 overseas Chinese academicians and experts from 17 countries including the United States and Canada visited the Zhongguancun Exhibition Center and business incubators for returned Chinese professionals in late September to see the world-leading technologies and innovative working environment.\nOn a tour of the center at the same time last year, Chinese President Xi Jinping said that the Zhongguancun Science Park had become a banner for China's innovation and technological development and should play a better leading role in promoting the implementation of a national innovation-driven development strategy.\nWith the central government backing to build Zhongguancun into a technology innovation hub with global influence, local authorities explored a series of new policies and practices, said Yang Jianhua, deputy head of the Zhongguancun Administrative Committee.\nThe park undertook new pilot projects that mainly focused on six aspects. The People's Bank of China, for example, was approved to establish a new branch in the park to handle foreign exchange-related issues, he said.\nThe administrative committee launched more than 10 policies that involved government funds management, transformation of major scientific and technological achievements by universities and research institutes and government procurement of products with latest technologies.", ["Z1", "Z1.11", "Z2", "Z2.1"]),
    ("http://www.chinadaily.com.cn/m/beijing/zhongguancun/2016-09/06/content_26717521.htm",
     "Key science park aims at global role\nBy Fan Feifei/Gao Songya/Mu Sai ( China Daily )\nUpdated: 2016-09-06\nZhongguancun Science Park in Beijing aims to be a globally influential innovation hub by enhancing its international presence and influence.\nEstablished in 1988, it is the first national innovation demonstration zone in China. With more than two decades of development, the park has expanded to cover an area of 488 square kilometers. The total revenue of high-tech enterprises in the park reached 4.08 trillion yuan ($612 billion) last year, a 13.2 percent increase year-on-year, and about 2.6 times the revenue in 2010, according to the administrative committee of the park.\nTop-level talent has gathered in Zhongguancun. By the end of 2015, the park had attracted 1,091 leading personnel through the nation's \"1,000 Talents\" project, a national-level key initiative to attract global talent, accounting for 21 percent of the nation's total in the past couple of years.", ["Z6"]),
    ("https://wb.beijing.gov.cn/en/public_service/public_diplomacy/202307/t20230720_3180249.html",
     "Foreign Journalists Get a Closer Look at Advanced Technology and Future-Oriented Industries in Haidian District\nDate: 2023-03-25\nSource: Beijing Foreign Affairs Office\nAt the invitation of Beijing Foreign Affairs Office and Haidian District Government, 57 journalists from 50 countries including Malaysia, Thailand, Hungary, and India visited the Science Park of Zhong Guan Cun No.1 and the Zhongguancun Environmental Protection Park in Haidian District on March 21st. During their visit, foreign journalists learned about Beijing's sci-tech innovation and development environment, as well as its leading-edge technologies and future-oriented industries such as medicine and health, autonomous driving, and mobile Internet. After the visit, they will help promote the district with their reports, contributing to more investment and international business cooperation.\nIn the beautiful season of spring, foreign journalists came to the northern area of Zhongguancun Science City, a high-tech industrial hub. At the first stop, Naton Medical Group, they learned about the company's history, as well as its innovation achievements and international cooperation in fields like intelligent surgical devices, medical implants, and bio-based materials.\nDuring the tour in the Science Park of Zhong Guan Cun No.1, foreign journalists learned about the construction progress, the outlook, and the overview of the intelligent park, which features a large central green area, a natural and comfortable work environment, and a cluster of cutting-edge hard technology industries. They all praised the fruitful sci-tech achievements and the atmosphere of innovation and entrepreneurship here.\nAt the Zhongguancun Environmental Protection Park, they were briefed on the autonomous driving demonstration area in Zhongguancun, and QCraft and their autonomous driving products, and took a ride on their autonomous vehicles.", []),
    ("https://invest.beijing.gov.cn/english/Choose/Policies/202012/t20201221_2169087.html",
     "The Policies and Measures for Deepening the Reform of the Science and Technology System in the New Era and Accelerating the Construction of the National Science and Technology Innovation Center are hereby issued to you. Please implement it in view of your actual situation.\nBeijing Municipal People's Government\nOctober 16, 2019\nThe Policies and Measures for Deepening the Reform of the Science and Technology System in the New Era and Accelerating the Construction of the National Science and Technology Innovation Center\nThis document is formulated in order to fully implement Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, the spirits of the 19th National Congress of the Communist Party of China, and the important remarks and instructions from General Secretary Xi Jinping during his two inspections in Beijing Municipality, as well as to stick to a global vision, expand opening up, be more resolute in driving technological innovation through institutional innovation, and provide strong support for China's development towards a world scientific and technological power and Beijing's construction of a scientific and technological innovation center with global influence.\nI. Strengthen the Overall Planning of Scientific and Technological Innovation\n1. Undertake Major National Scientific and Technological Tasks\nWith our sight set on the world's cutting edge of science and technology, the main economic battlegrounds, and the country's major needs, we will adopt a forward-thinking approach in planning and layout for basic research, basic research for application and international frontier technology research, accelerate the achievement of major breakthroughs in strategic areas that the country urgently needs, and build a world-renowned science center.", ["B1", "B6"]),
    ("https://www.cnbrich.com/blog/fifteen-measures-for-accelerating-the-innovation-driven-development-of",
     "Fifteen Measures for Accelerating the Innovation-driven Development of Artificial Intelligence in Zhongguancun Science City\nTo implement the national and municipal decision on the development of next-generation artificial intelligence, build an innovation ecosystem in AI field featuring the pool of top talents, the flourishing of original theories, the proliferating of core technologies and the cross-sector integrated development of frontier industries, continue to foster the distinctive and leading AI industrial clusters, build a globally-oriented AI original innovation center and industrial pacesetter, and support the establishment of national pilot zone for the next-generation AI innovation and development in Beijing, these Measures are hereby formulated.\nArticle 1 Strengthening the capacity for original innovation. We will support top scientists and their teams from universities, institutes, new research and development institutions and innovative enterprises in their research and exploration of the frontiers of artificial intelligence, and develop major original academic thoughts and theories in core fundamental theories, methods, tools and systems. We will encourage innovation entities to adopt internationally-geared, flexible and independent scientific research organization forms and a more scientific evaluation system, and carry out cross-sector, cross-disciplinary and highly coordinated advanced research and innovation to tackle key problems in the future, so as to promote cross-industry integration and technological leapfrog development. For institutions and teams that make breakthroughs by leaps and bounds, we will provide a financial support of up to RMB 200 million in the way of \"one deliberation for one case\"\nArticle 2 Focusing on original innovation of core technologies. We will support enterprises in tackling key problems in basic core technologies and key generic technologies such as AI chips, core algorithms, operating systems, ", ["Z1", "Z1.1", "Z1.2", "Z4", "Z4.6"]),
    ("https://defence.pk/pdf/threads/china-germany-industrial-park-opens-in-beijing.731532/",
     "China-Germany Industrial Park opens in Beijing\nXinhua, December 24, 2021An industrial park focusing on economic and technological cooperation between China and Germany opened in Beijing on Thursday.Approved by China's National Development and Reform Commission, the Beijing China-Germany Industrial Park is a national-level cooperation project between the two countries.Key industries highlighted in the park include new energy intelligent vehicles, the intelligent equipment and industrial internet sector, scientific and technological services, business exhibition and the digital economy.With a total planned area of 20 square kilometers, the park is composed of two separate districts in the northeast of Beijing, both with convenient transportation links with the Beijing Capital International Airport, key exhibition venues, and the city's other industrial parks and upscale neighborhoods.Leading German management expert Hermann Simon praised the park's advantages in location, global talent and industrial ecosystem at the inaugural ceremony via video link.The park has so far gathered more than 70 German-funded enterprises, including Mercedes-Benz and BMW, with a total annual output exceeding 30 billion yuan (about 4.71 billion U.S. dollars).", ["Z7", "Z7.2"]),
    ("http://www.beijingetown.com.cn/2023-02/07/c_856840.htm",
     "Three things to achieve for Beijing E-Town in 2023\nUpdated: 2023-02-07\nIn an interview with China Media Group, Yang Xiuling, secretary of the Working Committee of Beijing E-Town, mentioned that Beijing will make efforts in three areas in the New Year: continue to expand investment, support high-tech industries, and to create an innovative and entrepreneurial ecosystem.\nInvestment expanded to over 100 billion yuan ($14.76 billion)\nIn 2023, investment in Beijing E-Town will surpass 100 billion yuan, of which over 50 percent are industrial investment projects, with the remainder covering infrastructure in Beijing E-Town and public service projects.\nIndustrial investment provides the stamina for the development of hi-tech industries in the future. The production line of BOE's 6th-generation new semiconductor display device will start construction immediately after March. Beijing Benz will also roll out many new models this year, and a new electric driving platform will also be launched in Beijing.\nCreate better ecology for innovation and entrepreneurship\nThis year, Beijing E-Town will also further deepen its collaboration with the three cities and establish a more in-depth coordination mechanism.", []),
    ("https://bluesea234.com/education-revolves-around-technology-and-talent-sugar-daddy-follows-wealth",
     "“Education revolves around technology, and talent Sugar daddy follows wealth.”\nChina Youth Daily·China Youth Daily reporters Yang Jie and Fan Weichen\nOn the first day of the college entrance examination two years ago, when more than 13 million candidates wrote to take the exam to face a big education test about the future, at the Haidian Dayue Information Technology Park located in the first phase of the Southeast Wang Science and Technology Park in Zhongguancun, Beijing, another “big test” about the transformation of Beijing’s education, science and technology talent integration (hereinafter referred to as “teaching, science and talent integration”) was also quietly opening.\nOn that day, Area C of Haidian Dayue Information Technology Park was still an empty building awaiting construction; in three months, more than 300 doctoral students from 31 universities were constructed, recruited, and selected to study. A new institution that broke the traditional education gap—Beijing Zhongguancun School and Zhongguancun Artificial Intelligence Research Institute (hereinafter referred to as the “Zhongguancun Two Academies”) rose from the ground. This land, which carries the innovative genes of Zhongguancun for more than 40 years, has given birth to a new model of integrated development of education and science personnel at “extraordinary speed”. After two years of “wild growth”, more than 80 organized scientific research projects, 14 joint laboratories and research centers, and more than 10 major scientific research developments have “taken root and sprout” in the prosperous soil in the southeast of Zhongguancun.", ["Z6", "Z6.8"]),
    ("http://www.chinadaily.com.cn/m/beijing/zhongguancun/2015-04/28/content_20568741.htm",
     "Zhongguancun Haidian Science Park develops globalization\nBy Liu Yiyi ( chinadaily.com.cn )\nUpdated: 2015-04-28\nTechnology transformation professionals from the US, Germany, and Italy gathered at the Science Park Globalization and Cooperation Forum, hosted by the Administrative Committee of Zhongguancun Haidian Science Park.\nThe political, technology, and business circles together discussed further development and cooperation among science parks.\nThe Haidian Science Park has implemented a globalized development strategy and explored the globalization paths in different periods.\nThe park enacted the first policy to improve globalization among innovative and high technology parks nation wide, established the first global service platform supporting technological globalization, and promoting the brand of Haidian Science Park by cooperating with domestic and international media.\nIn order to establish a technological innovative center with global influence and improve the technological resources of the core areas, the Haidian Science Park has actively promoted the globalization of technology and innovation.", ["Z7", "Z7.2"]),
    ("https://technode.com/2023/02/14/beijing-city-government-announces-plan-to-support-ai-development/",
     "At the Beijing Artificial Intelligence Industry Innovation and Development Conference on Monday, the capital’s Bureau of Economy and Information Technology issued a white paper detailing its plan for the growth of the AI industry in the city. The white paper says the city authorities plan to support businesses, universities, and research institutes to “jointly tackle key technological innovations around artificial intelligence and continue to promote the construction of an artificial intelligence innovation source with global influence.” It goes on to say that the government will “support leading enterprises to create a large model that is benchmarked against ChatGPT, build an open source framework and form a new breakthrough in the development of the artificial intelligence industry.” The paper also states that local government agencies are increasingly opening up data sources for use toward such aims, including in the fields of public service guides, finance, taxation, and urban management. [CCTV, in Chinese]", ["B2"]),
    ("https://silkroadnews.net/beijing-tianjin-hebei-draw-closer-for-development/",
     "Participation on innovation and advancement in the Beijing-Tianjin-Hebei locale is supposed to be advanced with the send off of additional ventures for the improvement of state of the art advances and new designs for smoother trade channels.\nThe three neighborhood states of Beijing, Tianjin and Hebei additionally said they will advance the development of provincial focuses to fuel composed improvement in the locale.\nThe public capital will propel the development of the Jingjinji Public Focal point of Innovation Advancement, and guide and backing creative substances across the area, to mutually construct startup brooding focuses and pilot bases for shared results, said Yin Yong, chairman of Beijing, while at the same time conveying the civil government work report during the city’s “two meetings” or the yearly gatherings of the nearby assembly held in late January.\nThe Jingjinji Public Focus of Innovation Advancement, China’s most memorable extensive public innovation development focus set up in December 2020, has three branches: the Tianjin Community, the Hebei Place and the Xiong’an Center.", ["B5"]),
    ("http://english.china.org.cn/english/DO-e/27347.htm",
     "Beijing has so far established a fairly complete incubator system, with the number of incubators reaching 47, or over 15 percent of the country's total.\nIncubators, introduced to China in the late 1980s, are the kind of professional organizations providing all-round services in the legal, taxation, financing and other related fields to small and medium-sized enterprises in order to boost their healthy and rapid growth.\nBeijing was one of the first Chinese cities to try such a system for developing hi-tech industries. Currently, some 980 hi- tech enterprises in the city are being supported by the incubator system, and their accumulated sales volume in the first eleven months of last year reached 2.5 billion yuan (about 300 million U. S. dollars).\nA business park for students who have returned from overseas studies, located in the center of the Zhongguancun Science Park, is the incubator of the largest scale among similar parks throughout the country. So far, more than 140 returned students have settled there, engaged in 127 hi-tech projects.\nMeanwhile, overseas investors have shown great interest in incubator creation, with investors from the Republic of Korea alone setting up three incubators in Beijing. Several others to be financed by the United States, Hong Kong and Taiwan are now being planned.\n(Xinhua News Agency February 22, 2002)", ["Z6", "Z6.9"]),
]
# traps: (kind, url, language, text); all irrelevant
WEB10_TRAPS = [
    ("gadget", "http://focus123.cn/news/show/7/22564", "zh-Hans",
     "和手机相比,笔记本算是移动计算平台中的“大家伙”,也是保证“生产力”的最佳平台。虽然潜藏在笔记本身边的陷阱没有手机那么多,但依旧有很多细节需要我们留意。\n经典的李鬼李逵骗局\n手机的价格、配置相对透明,只要懂得区分山寨机和翻新机,基本不会出现什么疏漏。然而,笔记本存在各种子型号,相关的技术术语也更为复杂,这就给了商家偷梁换柱、以次充好的机会。\n以前不久北京朝阳百脑汇就发生了这么一起案例。某用户指明要某电商平台19999元配置的戴尔外星人(Alienware)笔记本(图1),然而却被商家忽悠,加价换成了所谓的“外星人高配版”。用户回家后发现该机器无法运行exe文件,而机器竟然是山寨机(实为未来人类旗下的一款机型)(图2)。随后用户找到百脑汇,经过一番扯皮后补差价终于换成了真正的外星人笔记本。回家使用经常出现不稳定的现象,事后通过检测,该机器竟是一部二手笔记本……\n看着很熟悉是吗?没错,这种经典案例曾经常在中关村和很多电脑城出现,以低价引来顾客,再以各种理由诱导顾客更换不了解的型号,最终实现偷梁换栋,加价销售的目的。"),
    ("mall", "https://pu263.com/news/list.asp?newsid=235", "zh-Hans",
     "苹果:iPad中国上市时间未定\n本报讯4月4日,苹果公司在美国开售新一代拳头产品平板电脑iPad,但iPad登陆中国市场的时间仍未确定。有消息称,iPad水货已现身中关村卖场。\n4月5日,苹果中国公司相关人员告诉记者,目前还没有收到来自苹果总部的任何消息,iPad何时正式进入中国还没有时间表。据了解,部分通过网络或其他渠道预定iPad的国内消费者已经拿到产品。\n另有消息人士表示,首批水货iPad将于4月10日到货,出现在中关村的货架上,不过由于数量少,最低配的售价也在6000元,比iPad的官方报价贵了近一半。iPad三个版本的官方报价分别为:支持WiFi的机型16GB版本价格为499美元,32GB为599美元,64GB为799美元。如果需要3G模块,每款需要加价130美元。"),
    ("rental", "http://news.sina.com.cn/zl/zatan/blog/2015-11-25/13424997/1306014463/4dd832ff0102w8tg.shtml", "zh-Hans",
     "IT北漂在北京租房的那些事\n文/新浪专栏 观察家 寒珠\n一直想写写我在北京中关村租房的那些事。也有人私信问起,写下这篇文章分享给你们。\n在北京,我住过四个地方,除了2006年住在朝阳区的传媒大学研究生公寓之外,在北京工作都住在海淀区,住的时间最长的地方是中关村,住过苏州街、海淀黄庄、西土城。2010年,因为工作又回到北京,我开始在单位附近租房。那一年应该算是北京房价的分水岭,也就是从这一年起,北京基本上在四环内找不到低于每平米四万的房子,北京的房租也跟着房价水涨船高。\n我第一次自己在北京租房子,是在苏州街地铁旁的稻香园小区,距离单位不远,在中关村的西北角,和中关村图书大厦相邻,穿过海淀桥就是北大,挺有文化气息的一个地方。苏州街有两个小区,一个新点的叫大河庄苑,隔壁老小区就是稻香园,都是八九十年代的旧楼,我住到这里的时候正在做老房改造,小区里污水横流,垃圾成堆,连路面都泥泞不平。小区背后就是万泉河路,往十号线地铁走就路过北京的重点中学八一中学,所以这里理所当然的成了学区房,很多家长为了孩子能上这所学校就买这里的房子陪读,稻香园二手房价格在2014年被炒到5万多一平米,大河庄苑6万多一平米。"),
    ("mall", "http://m.dszhyy.com/show-19-201848-1.html", "zh-Hant",
     "作為八零頭的我,從2002年到現在,一晃自己在電腦城混跡已經十八年了,從少不更事的翩翩少年變成如今的油膩大叔,從來沒有像今年一樣給自己放過這么長時間的假。記得原來自己最喜歡看的電腦書籍就是電腦報,微型計算機,還有軟件指南,特別是軟件指南里面還帶一張DVD光盤,里面小游戲最新電影,在那時網絡尚不發達的時候特別吸引我。\n作為從農村出來的我,在讀專科前從來沒有接觸過計算機,后來選了計算機應用專業才在學校接觸到電腦,當時學校電腦好像還是黑白屏DOS操作系統。出來第一份工作是在東莞工廠里面上班,當時在電腦上做統計感覺很先進啊,上班了幾天就把電腦拆了又裝回去了,后來還買了張光盤在電腦上玩了第一款游戲-仙劍奇俠傳98版。\n就是有一天晚上加班無聊玩這個游戲被香港老板發現了,后來卷鋪蓋走人了。當時已經做到車間管理了,要知道車間可有200多妹子哦,男的只有我和2個搬運工人。\n前序講完,言歸正轉。從東莞回到武漢,在當時的廣埠屯南極電腦城找了一個裝機員的工作,當時武昌廣埠屯號稱華中電子一條街,電腦城有南極,資訊廣場,百佳,武漢電腦城。當時沿廣埠屯珞瑜路街道兩邊也是電腦店鋪林立,每天車水馬龍,人聲鼎沸。\n現在的南極電腦城都變成美食城了\n現在還熱鬧點的好像就資訊廣場了\n當時在南極電腦城一樓一個大概十來平的店子,談單員三個,做帳兼調貨2人,裝機技術員6個,每天每個技術員都要裝十幾臺電腦,當時裝的系統都還是win98,還沒有ghost安裝,可想而知生意繁忙火爆了吧。"),
    ("memoir", "http://39.103.169.235/p/b3fc20f36942", "zh-Hans",
     "对大多数混迹于帝都的程序员朋友而言,租房是一个绕不开的事情;对我而言,在北京的十多年,就是一个不断租房搬家的过程。\n当然我们也不用太悲情地描述个中酸苦,这就是在帝都生活应当付出的成本,或者叫代价。之所以愿意在北京呆下去,是因为这里有更吸引我们的地方,比如更多的机会和相对的公平。\n2001年,初到北京时,我住在东四环的慈云寺桥外侧的十里堡(此谓之东十里堡,城西还有个西十里堡)。我在《我的码农生涯-四》里所写到的“我清楚地记得,2001年的北京的天是蓝的。上班时的城东的朝阳和下班时的城西的晚霞,都很美,充满希望。”,就是这个阶段的心境。离开北京有些年月了,为了写这篇文字,专门用百度街景查了一下十里堡,已经完全变了模样。\n我租住的是一个单间的自建民房,已经记不得是通过何种渠道找到的了。房间大约20个平方,摆下一张床、一个桌子、一个衣柜,还有一点活动的空间。租金300元,包水不包电,厨卫公用的,煮饭烧水都用小煤气罐子。"),
    ("school", "https://www.21xqjy.com/archive/bei-jing-hai-dian-qu-xiao-sheng-chu-jie-guo-jie-xiao-jia-zhang-ru-he-ying-dui-pai-wei-yu-xue-qu-fang.html", "zh-Hans",
     "引言\n随着北京海淀区2023年小升初派位结果的陆续公布,数以万计的家庭正面临一个关键的教育决策节点。海淀区作为北京乃至全国的教育高地,其小升初政策的任何细微调整都牵动着无数家长的神经。近年来,海淀区在“双减”政策、教育均衡化改革以及学区房调控等多重因素影响下,小升初的派位机制和学区房市场都发生了深刻变化。本文将深入剖析这些变化,并为家长提供切实可行的应对策略,帮助您在复杂的教育环境中做出明智选择。\n一、海淀区小升初派位机制详解\n1.1 派位的基本原理\n海淀区小升初主要采用“多校划片”与“单校划片”相结合的方式。派位系统根据学生户籍、房产、志愿填报等信息,通过计算机算法进行随机分配。2023年,海淀区进一步优化了派位算法,增加了“志愿优先级”和“区域均衡度”两个权重因子。\n示例说明: 假设某学生小明,户籍在海淀区中关村街道,家庭房产位于中关村三小片区。小明的志愿填报顺序为:①人大附中早培班(特殊招生)②中关村中学(单校划片)③八一学校(多校划片)。系统在派位时会优先考虑第一志愿,如果第一志愿未中,则依次向下顺延,同时考虑片区内学校的均衡度,避免过度集中。"),
    ("restaurant", "https://kkannews.com/66141692.html", "zh-Hant",
     "從魔都火到帝都\n排隊3小時起的川菜酒館\n終於開到西邊了\n小分隊最近發現,先啟半步顛小酒館終於開到西邊了,就在五道口。這下附近的學生和老師可是享福了!它家一直以量大、實惠、味道好稱霸北京川菜界,滿滿一桌菜,人均不過百。\n| 排隊堪比環球影城 |\n說起這家來自魔都的川菜酒館,剛來北京的時候就掀起了一陣“腥風血雨”,國貿首店竟然平均排隊3小時起!而且熱度持續不減,上個月還有人評價說排隊的人多得像在環球影城。\n| 地道四川味 |\n據說,它家掌勺的師傅都有20年廚齡,原料也都是空運到店的。四川辣椒和麻椒用大火爆炒後,那滋味別提多香了,就兩個字:巴適!"),
    ("wuhan", "http://182.61.201.157/p/2747084427", "zh-Hans",
     "你确定你了解光谷么?\n光谷即武汉东湖新技术产业开发区。\n武汉东湖新技术产业开发区位于武汉市东南部洪山区,江夏区境内。在武汉东湖、南湖和汤逊湖之间,东起武汉三环线,西至民院路,北接东湖,南临汤逊湖,面积518.06平方公里,常住人口39.6万(2012年)。由关东光电子产业园、关南生物医药产业园、汤逊湖大学科技园、光谷软件园、佛祖岭产业园、机电产业园等园区组成。北部科研院所、大专院校群是其科技与产业依托的重要基础。又称中国光谷。东湖新技术开发区内高等院校林立,有武汉大学、华中科技大学,中国地质大学(武汉)、华中师范大学、中南民族大学、武汉职业技术学院等18所高等院校,25万名在校大学生;科研机构众多,有中科院武汉分院、武汉邮电科学研究院等56个国家级科研院所。\n1楼2013-12-07 15:20回复\n二十世纪八十年代,世界新技术革命浪潮汹涌,中国改革开放大潮澎湃,武汉东湖新技术开发区应运而生。1988年,武汉东湖新技术开发区1991年,被国务院批准为国家级高新技术开发区;2000年,被科技部、外交部批准为APEC科技工业园区;2001年,被原国家计委、科技部批准为国家光电子产业基地,即“武汉·中国光谷”。2009年,获批国家自主创新示范区,成为继北京中关村后我国第二家国家自主创新示范区。"),
    ("zhangjiang", "http://mrpaansmusic.com./s201818.htm", "zh-Hant",
     "由園區(qū)轉(zhuǎn)城區(qū),上海張江科學(xué)城西北區(qū)建設(shè)全面提速,重大集成電路項(xiàng)目開工\n2023-08-01333次\n摘要:位于張江科學(xué)城西北角的張江西北片區(qū),是張江地區(qū)建設(shè)最早、發(fā)展最成熟的技術(shù)創(chuàng)新區(qū)。\n1月18日上午,張江·兆芯項(xiàng)目正式開工,標(biāo)志著張江科學(xué)城西北區(qū)建設(shè)全面提速。張江科學(xué)城當(dāng)前正聚焦集成電路產(chǎn)業(yè)發(fā)展,旨在打造世界級(jí)的集成電路產(chǎn)業(yè)集群,具備極強(qiáng)自主研發(fā)能力和產(chǎn)業(yè)上下游帶動(dòng)能力的兆芯項(xiàng)目,未來將成為張江科學(xué)城集成電路產(chǎn)業(yè)當(dāng)中的重要一環(huán)。\n據(jù)了解,張江科學(xué)城2020年前三季度集成電路產(chǎn)業(yè)營(yíng)業(yè)收入817.56億元,同比增長(zhǎng)39.9%,占上海比重58%;其中IC設(shè)計(jì)業(yè)營(yíng)業(yè)收入343.16億元,同比增長(zhǎng)58.8%,占上海比重52.1%,集成電路產(chǎn)業(yè)營(yíng)業(yè)收入全年有望達(dá)到1200億元規(guī)模。"),
    ("hefei", "https://www.jsshantong.com/yabovip9/120.html", "zh-Hans",
     "双方应在合肥综合性国家科学中心建设的机遇下\n稳态强磁场实验装置自2010年试运行至今屡创纪录,2017年建成全球第二个40特斯拉稳态磁场,3台水冷磁体技术指标创世界纪录。稳态强磁场的超强吸引力,也让张欣等“哈佛八剑客”回国效力。\n参观强磁场中心\n世界级、国家级科学成果不断涌现\n合肥有三个大科学装置。合肥研究院建设有全超导托卡马克核聚变实验装置、稳态强磁场实验装置,中国科大建设有同步辐射。难得的是,两家同属中国科学院,作为兄弟单位,一直有良好的合作,联合共建一个“国际一流综合性科学研究中心”的想法更是一拍即合。"),
    ("shenzhen", "https://www.cqxianjiao.cn/13/12442.html", "zh-Hant",
     "新華社深圳10月21日(ri)電 題:萬億級城區呼之欲出!“大塊頭”如何持續爆發“大能量”?\n新華社記(ji)者王攀(pan)、孫(sun)飛、趙瑞希\n國慶期間,各(ge)地(di)游客紛(fen)紛(fen)前往深(shen)圳,世界之窗、歡樂谷、人才公園、荷蘭花卉(hui)小鎮人潮涌(yong)動。不(bu)過,即便現場“打(da)卡”,很多人并不(bu)了(le)解,這些聞名全國的景區,同屬于深(shen)圳市的一個行政轄區。"),
    ("hangzhou", "https://news.517lj.net/article/467341.html", "zh-Hans",
     "十年前还是一片农田的杭州城西,如今正以惊人的速度崛起为杭州的“第三中心”,与武林湖滨、钱江两岸并列成为杭州三大全球功能城市中心。 这个被老杭州人曾视为“城市尽头”的区域,如今每平方公里聚集着全省51.4%的省科学技术奖获奖项目,76.3%的一等奖项目在这里诞生。 更让人惊叹的是,这片土地在7年内实现了产业增加值从1063.3亿元到3464.4亿元的飞跃,年均增长率高达19.3%。\n这条全长2.5公里的世界级城市中轴线,正在重新定义杭州的城市格局。 中轴线核心区总面积约1.55平方公里,东至景兴路,西至舒心路,南北分别衔接规划景观湖和向往街。 在这条轴线上,两幢规划高度350米的摩天大楼将对称矗立,有望成为杭州第二高楼。 而往北延伸的杭州西站北侧,一座399.8米高的“金钥匙”正在建设中,将成为未来杭州的制高点。 这些地标建筑与杭州西站枢纽共同勾勒出错落有致的城西天际线,彻底改变了这片区域的城市面貌。"),
    ("national", "http://jizihe.com/page/2014/0312/3008635.shtml", "zh-Hant",
     "科技部火炬中心網(wǎng)站消息,近日,國務(wù)院先后批準了吉林通化醫(yī)藥高新區(qū)、遼寧阜新高新區(qū)、寧夏石嘴山高新區(qū)、內(nèi)蒙古呼和浩特金山高新區(qū)、江蘇南通高新區(qū)、浙江衢州高新區(qū)、湖北荊門高新區(qū)、福建漳州高新區(qū)、新疆生產(chǎn)建設(shè)兵團石河子高新區(qū)等9家高新區(qū)升級為國家高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū),至此國家高新區(qū)由原來的105家增至114家。國家高新區(qū)的布局得到了進一步優化,這是建設(shè)創(chuàng)新型國家的重大舉措。"),
    ("national", "http://xunmv.com/news/show-4736.html", "zh-Hans",
     "甘肃兰州、白银成第18个国家自主创新示范区\n2月12日,国务院批复同意兰州、白银高新技术产业开发区建设国家自主创新示范区。国家自主创新示范区的数量增至18个。\n批复提出,要充分发挥兰州、白银的区位优势、创新资源优势和产业基础优势,积极开展创新政策先行先试,着力培育良好的创新创业生态,激发各类创新主体活力,深入推进大众创业、万众创新,全面提升区域创新体系整体效能,积极探索欠发达地区通过科技创新实现跨越发展的新路径,努力把兰州、白银高新区建设成为科技体制改革试验区、产业品质跃升支撑区、人才资源集聚区、东西合作发展先行区、生态文明建设引领区。\n自2009年3月北京中关村成为首个国家自主创新示范区以来,武汉东湖、上海张江、深圳、苏南等陆续加入国家自主创新示范区行列。2月11日,国务院批复同意宁波、温州高新技术产业开发区建设国家自主创新示范区,加上最新获批的兰州、白银高新技术产业开发区,国家自主创新示范区已经增至18个。"),
    ("passing", "https://jtgl.beijing.gov.cn/jgj/94220/mrcxts/164416/index.html", "zh-Hans",
     "2月27日出行提示\n2月27日周三,机动车限行尾号为2和7。随着全市中小学开学,早高峰期间的7时至8时,校园周边道路的交通压力有所增加,西四环正阳桥区、北四环中关村桥区、西三环航天桥区,容易因为早间车流集中出现短时拥堵情况。当北四环中关村一号桥至保福寺桥路段车多时,过境车辆可绕行知春路通行。中关村大街沿线分布着多所中、小学,上学及放学期间,中关村大街北向南方向交通压力相对较大,特别是黄庄路口容易因车多出现行驶缓慢的情况,当过境车辆遇中关村大街行驶缓慢时,可绕行中关村东路。西三环航天桥周边分布着多所学校及医院,在早高峰期间和下午时段容易因车多而出现行驶缓慢的情况,过境车辆可以绕行蓝靛厂南路。\n在此还要提示自驾车接送孩子的家长朋友,为了确保校园周边道路的安全畅通,请您配合校门口交通民警的指挥疏导,在不妨碍交通的指定地点停放车辆,尽量不要在校门口临时停车,避免出现车行不畅的情况。"),
    ("mall", "http://blog.unboundly.com/zhongguancun-beijings-electronics-city/", "en",
     "Zhongguancun – Beijing’s Electronics City\nOn Thursday afternoon we set out to find DJ equipment. We were eager to see what Beijing had to offer for electronics and we decided to head to what the internet had called “electronics city”.\nTaking a cab into the Zhongguancun neighborhood of Beijing was a bad idea. There was tons of traffic leading up to the giant buildings and we decided to get out and walk. As we came up to the area we could see 300 foot LED TV screen billboards that showed ads. We were quite impressed with the technology used, but we had no idea what we were about to walk into.\nEntering the first building we were attacked by various vendors trying to pull us into their stores. Quickly we knew we were about to be in another “fake market” like we had found in Shanghai. As we wandered the 10 floor shopping city we were shocked that there were hundreds of thousands of knock off electronics for sale. None of them had the DJ gear I had come in search of. The place was mostly online electronics dealers shipping things from China."),
    ("mall", "http://theautomaticfilmmaker.com/blog/2011/6/22/beijing-camera-equipment-city.html", "en",
     "Beijing Camera Equipment City 北京摄影器材城\nI was recently in Beijing to shoot a few interviews for a corporate video, and during a free day I discovered a place that should interest any photographer who visits Beijing:\nBeijing Camera Equipment City. \nBeijing Camera Equipment City, on Wukesong Road, is a large and densely packed building filled with row after row of tiny shops where one can buy just about any camera or camera accessory imaginable. Some of the more interesting things to me were Chinese-made strobes, LED panels and DSLR Rig knock-offs. There were so many things I had never seen before, which is rare for a photo-geek like me. However, if you plan on going there to buy super cheap cameras or name-brand lenses, think again. Since all of the large camera manufacturers are Japanese, the price in China isn't that much cheaper than in Europe or the U.S. You will find the best deals on used equipment and accessories. I bought a 5-in-1 circular reflector for about 5 bucks."),
    ("siliconvalley", "https://tradesec.blogspot.com/2025/04/how-did-silicon-valley-came-into-being.html", "en",
     "How did Silicon Valley come into being?\nIn Palo Alto, California, nestled between El Camino Real and Junipero Serra Boulevard, lies one of the most influential business parks on the planet. Stanford Research Park is a sprawling, glass-and-green expanse that, at first glance, could be mistaken for any suburban office development. Yet the logos displayed—Tesla, Google, HP, Rivian—reveal its unique status. Even Facebook once had a presence here.\nThis park has hosted some of the most notable figures in tech history. In the 1980s, the ousted founder of Apple rented space here, and decades later, a high-profile biotech entrepreneur did the same—before her company’s collapse.\nConceived in the 1950s as one of the nation’s first suburban research parks, the nearly 700-acre property is now home to around 150 companies. But its significance runs deeper: some argue this very park was a catalyst for the emergence of Silicon Valley itself."),
    ("uk", "https://fortunefwd.com/cambridge-science-park-gears-up-for-growth-and-innovation-by-2026", "en",
     "Jane Hutchins, director of Cambridge Science Park, says the announcement has made her “very positive” about the site’s future. Though still young, it is preparing itself for big explosive growth change and innovation by 2026. Today, the park is home to more than 100 companies and more than 7,000 employees. In recent times, each of these companies survived well-funding storms. However, Hutchins has vowed to file a new park masterplan this year. That will open up room for an additional 30 businesses on the 150-acre campus.\nHutchins is encouraged by conversations about expanding the program. This positivity is borne on the recent wave of cash flooding into companies based at Cambridge Science Park. She’s assented with those who worried that most often, that type of growth collides with the needs and wishes of local communities. To mitigate these issues, Hutchins believes that the sector must improve its communication regarding the benefits and job opportunities it creates."),
    ("passing", "https://www.protocol.com/china-edtech-crackdown-worker-first-person", "en",
     "I lost my job in China’s ed tech crackdown\nAs a parent myself, I am all for easing the burden on kids. As a worker hurt by the new policy, I feel helpless.\nI worked as a programmer at a large private tutoring company in Beijing. I lost my job on Aug. 13.\nThat day, my manager called me to a meeting when I was discussing bugs with colleagues from other teams. She started the conversation by beating around the bush. But I knew what might be coming; management had quickly responded to new education rules by restructuring. Some colleagues had been called to meetings that morning; I had expected the worst. So I told her, \"Let's cut to the chase.\"\nShe explained that even though I had impressive skills, the company now only needed to keep workers for general business operations. She said she was sorry. I said calmly, \"I understand.\" I heard that the layoffs were company wide. My department alone laid off dozens."),
]
add_web_round("web10", WEB10_RELEVANT_ZH, WEB10_RELEVANT_EN, WEB10_TRAPS, all_tune=True)

# --- added round 11: a TUNING round like rounds 7, 8 and 10 (decided before any row was collected: every round-11 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: everyday news that states the plans' TASKS in the words news uses, weighted towards the top-level tasks and measures
# with the fewest rows in tune.jsonl before this round (counted on the 461 rows of round 10: B3 7, B6 7, B4 8, B5 9, B2 12,
# Z3 18, Z1 20; measures Z1.6, Z1.10, Z5.6, Z6.2 with none and Z1.8, Z2.4, Z2.5, Z3.5, Z4.1, Z5.4, Z6.1, Z6.5, Z6.8, Z7.5,
# Z7.6, Z7.8 with one).  Relevant zh: the ZGC military-civil fusion competition (揭榜比拼, 中关村新兴领域专题赛), a ZGC Miyun
# park SME cluster, the ZGC entrepreneurs' association summit, the 2024 Forum's university technology-transfer conference, the
# Beijing FTZ technology-innovation area (a spun syndicator copy) and its Haidian implementation plan (big5 gateway), ZGC open
# laboratories' projects pushed to Tianjin-Hebei, a roadshow at the 中关村鹿泉协同发展中心, the 2010 ZGC national-institutes park
# in Tongzhou, an industrial-internet underlying-technology working group, the IC design park at four years, the ZGC guidance
# on distinctive parks and industry promotion service institutions, the ZGC Science City north-area plan, Chaoyang's ZGC parks
# and international venture-capital cluster, the 2011 talent-special-zone action plan, the first ZGC overseas strategic
# scientists (2017), Beijing's 朱雀计划 in an essay on technology managers, the 2019 ZGC Science City international cooperation
# forum with science diplomats, the 中关村指数2023, Tsinghua Science Park's Belt and Road park services, the 2024 Huairou
# facilities open-sharing forum of the Zhongguancun Forum, the 2023 MOST/Beijing work plan for the centre, Miyun's "two zones"
# fifth-year briefing with the Huairou Science City east area, the IC 高精尖创新中心, the 长安链 open-source salon, Beijing's
# government-service blockchain blue book, Beijing's digital scenarios (北青报 "北京在行动"), the 2014-2017 technology
# innovation action plan and the 2021 BTH press conference; zh-Hant from HK/TW outlets, syndicators and the big5 gateway (12,
# pinyin annotations such as 關(guān), mojibake such as '?!' / '&ldquo;', doubled '??' line starts and Taiwan-converted terms
# such as 資訊, 釋出 left in).  Relevant en: the ZGC enterprise innovation-capacity fund measures, Beijing's 2016 tasks (China
# Daily USA), the fintech regulatory sandbox in two areas (machine-translated), the Xicheng park's incubation-platform measures,
# the Dongsheng park in 2012, Beihang and the ZGC Development Group's future-industry science park, the Jinnovation Park in an
# old furniture factory, a BJAST cadre at the ZGC Fangshan park service centre, the Beijing-Tianjin-ZGC Sci-tech City forum,
# the 2017 ZGC energy-saving programme for BTH traditional industries, a paper abstract on ZGC firms' internationalization,
# the 2024 Beijing government report, the 2021 smart-city action plan and the 2024 incubator guidelines.  Traps: other places
# and national texts in the plans' vocabulary (Tianjin's 天开西青园 "金种子" in spun text, a Wuxi pilot line, Jiangsu's offshore
# innovation bases, technology-manager master's programmes, a 2014 national incubator newsletter listing 清华创业园, a Huizhou
# military-civil fusion contest and a Wenchang aerospace contest with pinyin / doubled commas, Pudong's fintech sandbox naming
# Beijing's, Shanghai Hongqiao's overseas-talent centre, a Luohu talent workstation, Chengdu's overseas recruitment with an
# offshore base, Hong Kong Science Park), a Beijing CBD rental-apartment report (`rental`), a Chengdu computer-mall memoir that
# compares 磨子桥 with 北京的中关村 (`mall`), 中关村外国语学校's fees (`school`) and a car fire on 上地三街 (`passing`).  No ZOL
# page and no restaurant guide was found that no earlier row uses, so this round has no `zol` or `restaurant` trap.
# Short excerpts of real web pages with their URLs, found with the project's page search, copied as the pages have them (page
# headers, bylines and glitches left in: zh02 starts mid-word at '子制造、…', zh09 has '應(yīng)用走深向?qū)崱?ldquo;', zh23 starts at a '??'
# paragraph mark, en01 keeps '(Trial)(Trial)' and is cut before its last word, en08 'an Cadre', en09 a trailing '?', the chengdu
# trap 'Bank- ing').  Labels written
# from the text alone; none of these rows was run through the classifier.  No round-11 page is one already used (every URL
# checked against all earlier rows, and every excerpt's 40-character windows against all earlier texts) and none tells an
# earlier row's story (left out as already used: the 2016 entry-exit measures and their service centre, the 2017 points-based
# residence pilot, the 2019 twenty talent measures, the 2015 talent-special-zone review, the 知银/知保 agreements, the 2023
# benchmarking-incubator forum and its incubation index, the 2026 pilot-scale (中试) measures, the 中关村一带一路产业促进会,
# the Silicon Valley innovation centre, the 2024 BTH branch figures, the ZGC Software Park export base, the industrial-internet
# park's second phase, the 2016 'global role' feature, the stock-space revitalisation feature, the Xiong'an park's opening,
# Changping's distinctive-park joint mechanism, E-Town's all-area scenarios, the 2015 and 2017/2019 创业大街 figures, the IC design
# park's start of construction and the 2025 Huairou acceptance; a blog memoir already used as web8-trap-memoir01 was dropped).
# No two round-11 rows tell the same story (the 2021 FTZ opening and the Haidian implementation plan are two documents).
# Labels (README rules, rounds 2-10 readings) plus: Z1 + Z1.10 (first used in tune here) for the 中关村新兴领域专题赛 (military-
# civil fusion, named in 004's Z1.10), with Z1.8 for its 揭榜比拼; Z1 + Z1.6 (first used in tune here) for ZGC support of firms'
# R&D investment (the innovation-capacity fund; the 2016 report's 'encourage businesses to invest in innovation'); Z1 + Z1.4 for
# ZGC support of small and micro tech firms and an SME cluster in a sub-park; Z2 + Z2.4 for the fintech regulatory sandbox
# (004's Z2.4 "监管沙箱", Z2.3 names the 北京金融科技创新监管试点 and the 金融科技与专业服务创新示范区) and for the FTZ area
# laid over ZGC parks (004's Z2.4 "三区联动"); Z2 + Z2.5 for the ZGC entrepreneurs' association and the ZGC spirit
# ("产业报国", 004's Z2.5); Z3 + Z3.5 (second and third in tune) for incubator classification/evaluation and incubator service
# capability; Z4 + Z4.1 for an underlying-technology working group of the ZGC industrial-internet park; Z5 + Z5.6 (first used in
# tune here) for parks' professional service teams and industry promotion service institutions (the IC design park's
# "一平台、三节点", the distinctive-park guidance, a service centre of the Fangshan park); Z5 + Z5.4 + Z5.5 for a park in an
# old factory named in 004's Z5.5 (金隅智造工厂) although the text never names ZGC; Z6 + Z6.1 + Z6.3 for ZGC's overseas
# strategic scientists (advising ZGC, 004's Z6.3 "支持外籍人才参与...咨询"); Z6 + Z6.2 for the 中关村高端领军人才聚集工程 (高聚
# 工程) and Z6.3 for recruiting 1,000 overseas talents; Z6 + Z6.5 for the 朱雀计划 (named in 004's Z6.5) in a Beijing-wide essay;
# Z6 + Z6.8 for a future-industry science park co-built with a university (创产教融合平台面向未来产业); Z7 + Z7.2 for ZGC
# Science City's and Huairou's facilities opened to the world and the ZGC Science City forum with science diplomats (004's Z7.2),
# and for Chaoyang's international venture-capital cluster (named in 004's Z7.2); Z7 + Z7.5 for ZGC firms embedding in the
# global industry chain; Z7 + Z7.6 for a ZGC park operator's Belt and Road science-park services; Z7 + Z7.8 for the release of
# the 中关村指数 (004's Z7.8 "持续做强中关村指数全球影响力"; web3-rel-zh26, in holdout, has the 2024 index with Z4.6 only);
# Z2 + Z2.3 for ZGC internet-financing pilots (2016 report) and the approval of the sci-tech finance reform pilot zone with
# pilot reforms extended to all of ZGC (2024 report); Z4 + Z4.7 for ZGC's energy-saving and environmental cluster serving BTH;
# Z5 alone for the Dongsheng park as ZGC's northern expansion; B1 + Z7.7 for the Huairou open-sharing forum of the ZGC Forum;
# B2 + B3 for the IC 高精尖创新中心 (seeds/001's B2 "推动集成电路产研一体", B3 "切实解决基础研究与产业脱节问题"); B3 for
# 长安链 and the government-service blockchain blue book; B4 for Beijing's digital scenarios, the 2021 smart-city plan (seeds/001's
# B4 "以智慧城市为核心") and the 2014 action plan's city applications; B5 for BTH technology flows and ZGC technology for BTH
# traditional industries (seeds/001's B5 "支持北京企业参与津冀传统行业转型升级"); B6 for the "two zones"/FTZ stack, the
# incubator guidelines framed as building the centre's ecosystem and young top-tier scientists in the 2024 report.
# Doubtful round-11 rows (kept, flagged here): web11-rel-zh18 (Z7.8 for an index release, where the holdout 2024 index row has
# none), web11-rel-zh04 (Z2.1 for a university's 先赋权后转化 at a Forum event), web11-rel-zh05 (B6 + Z2.4 for the FTZ area;
# spun text such as 自由商业试验区, 中关村国度自主创新示范区), web11-rel-zh29 (B6 only for the Haidian FTZ plan, which never names
# ZGC), web11-rel-zh02 (Z1.4 from '专精特新' SMEs of a sub-park cluster, Z5.1 for its leading industry), web11-rel-zh08 (Z3 + Z5 for
# a 2010 park plan for national institutes' projects), web11-rel-zh13 (nine codes for a district summary), web11-rel-zh16
# (Z6.5 for a Beijing-wide programme named in 004), web11-rel-zh19 (Z7.6 for Tsinghua Science Park, which the text never ties to
# ZGC), web11-rel-zh22 (B6 for a district's "two zones" briefing, B1 for the Huairou Science City east area), web11-rel-zh23
# (B3 beside B2), web11-rel-zh27 (B4 for a 2014 plan that predates the centre), web11-rel-en02 (Z1.6 from one list item),
# web11-rel-en03 (machine-translated; Z2.3 + Z2.4 for a text that never names ZGC), web11-rel-en06 (Z6.8 and Z4.9 for a
# signing at the 2023 Forum's technology-trade conference; Z7.7 left out), web11-rel-en07 (Z5.4 + Z5.5 for a park the text never
# ties to ZGC), web11-rel-en11 (Z7.5 from a paper abstract), web11-rel-en12 (B6 for young top-tier scientists).  Codes left out
# on purpose: Z6.8 for the 中关村芯学院 (zh10), Z2 for '中关村持续推进新一轮先行先试改革' in the index row (zh18), Z7 + Z7.4 for
# the strategic scientists' '离岸孵化' (zh15), Z4.3 for the industrial-internet park as venue (zh09), Z1 + Z1.5 for the working
# group of 44 units (zh09), Z3.4 for the 2024 incubator guidelines (en14, Beijing-wide: B6 only), B3 for the 2026 pilot-scale
# measures (not taken), Z4.5 for the Beijing International Big Data Exchange (not taken: round 6 gives the exchange no code),
# Z1.10 / Z3.3 for Beijing-wide 高精尖创新中心 and 中试 texts (B codes only).  Hard traps: web11-trap-mall14 names 北京的中关村,
# web11-trap-school15 names 中关村外国语学校 throughout, web11-trap-national05 lists 清华创业园, web11-trap-shanghai08 names
# Beijing's sandbox, web11-trap-tianjin01 (金种子, 004's Z1.4), web11-trap-jiangsu03 (离岸, Z7.4), web11-trap-national04
# (技术经理人, Z6.5), web11-trap-wuxi02 (中试, Z3.3), web11-trap-shanghai09 / shenzhen10 (one-stop talent services, Z6.11) and
# web11-trap-huizhou06 (军民融合专业赛, Z1.10) use the plans' vocabulary for other places; web11-trap-passing16 is a Haidian
# 上地 car fire that never names ZGC.
WEB11_RELEVANT_ZH = [
    ("http://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2018-11/14/content_407921.htm?div=-1", "zh-Hans",
     "2018年11月14日 星期三\n中关村第二届科技军民融合专题赛现场揭榜比拼\n百余项军队需求有了民企方案\n科技日报北京11月13日电 (实习记者唐芳)作为军方需求发布以及民参军的窗口,13日,第三届中国创新挑战赛暨中关村第二届科技军民融合专题赛在京举行。116个涵盖网络与通信、智能制造、无人系统等9个领域的技术需求最终获得国内19个省(市)、自治区的129个解决方案,上百家企业现场揭榜比拼解难题,多项需求形成“一对多”比拼格局。\n“我们通过赛事落实军民融合发展战略和创新驱动发展战略,引导创新主体开展前沿关键技术研发,促进优秀军民两用技术成果转化和产业化。”中关村管委会陈文奇副巡视员介绍。记者了解到,180余位专家担任评委,其中85%来自军队、军工科研单位,充分发挥军方专家的把关定向及精准指导作用。\n本届赛事自今年8月1日启动,先后分两批集中发布了116个前沿创新、难题破解和应用场景需求,需求一经发布,立即引起军队、军工集团的高度关注和民参军企业的积极响应。中关村管委会军民融合创新工作处张晓明处长表示:“我们将优先支持重大前沿原创技术成果转化和产业化推广,优先支持顶尖人才及团队创新发展,重大成果还将向科技部、军队单位和北京市相关单位推荐。”", ["Z1", "Z1.8", "Z1.10"]),
    ("https://8x2.com/a/7227.html", "zh-Hans",
     "密云诞生首个市级中小企业特色产业集群\n中关村密云园内的现代化智能生产基地。 戴琪果摄\n子制造、钢铁化工、航天航空、物流、能源等领域。\n这一新兴产业为何在密云形成集群效应?\n“密云的生态环境好,很多优秀人才奔着我们的工作和生活环境而来。有不少人在密云安家落户。”鲍渝亮给出自己的答案。\n落户中关村密云园的北京龙鼎源科技股份有限公司是一家专注于自动化控制系统的小微企业,主要面向石油天然气行业,客户以中国石化、中国石油、中海油等国有企业为主,鲍渝亮是这家公司的董事会秘书。\n“2009年,出于扩大生产的需求,公司要从朝阳外迁新址。选址要空间大,能建生产基地,最好还能有好的生态环境,有助于研发。在多方筛选后,最终选择了漂亮的密云。”鲍渝亮说,十年间公司高速发展,2018年又整体搬进了中关村密云园,新总部占地共40亩,涵盖研发、生产等功能。\n不仅是龙鼎源,上下游产业纷至沓来。目前,密云已聚集测控装备产业的中小企业64家,其中“专精特新”中小企业21家、专精特新“小巨人”企业4家。在这些企业中,有11家参与制定国家行业标准,5家参与制定行业标准,中小企业有效发明专利236个,万人发明专利拥有量419.8个。", ["Z1", "Z1.4", "Z5", "Z5.1"]),
    ("http://ddx.gubit.cn/fenxi/000931/202404011736.html", "zh-Hans",
     "2024中关村企业家创新发展峰会暨中关村科技企业家协会年会在京举行\n■中国经济时报记者 张一鸣\n3月30日,中关村科技企业家协会在大北农凤凰国际创新园以“新质生产力与国际科技创新中心建设”为主题,线上线下同步举办“2024中关村企业家创新发展峰会暨中关村科技企业家协会年会”,峰会分为领导致辞、专家报告、企业家主题演讲三个环节,共有600余位政、企、商、学界代表参会,十三届全国政协副主席、经济学家辜胜阻出席并发表主旨演讲。\n中关村科技企业家协会会长、大北农集团董事长邵根伙表示,中关村科技协会将进一步搭建服务政府、行业、会员的桥梁,团结更多会员,发扬“产业报国、敢为人先、包容失败、勇于创新”的中关村精神,带领全体会员企业融入新质生产力发展,助推国际科技创新中心建设,做大做强企业。\n全国政协委员、全国工商联原副主席樊友山指出,广大民营企业要苦练内功,深挖主业潜力,增强创新意识,优化产业结构,注重数字化转型,加强品牌建设,争取与国资央企携手共进,共同推进新质生产力发展。中关村科技企业家协会要主动作为,充分发挥商协会组织平台作用,推动自主创新、开放创新、集成创新一体布局,引导会员企业围绕新质生产力培育的新要求、新场景、新任务,全面推进以科技创新为核心的全面创新。", ["Z2", "Z2.5"]),
    ("http://news.calyptus.net/test/mqq.php?y=vV1s3.html", "zh-Hans",
     "发布时间:2024-11-22 00:48:34 来源: sp20241122\n4月27日上午,中关村论坛中关村国际技术交易大会高校科技成果转化促进大会在北京工业大学开幕。活动现场,高性能弹性体材料3D打印及其航天应用、力控型轻量化人机柔性协作机器人、半导体芯片结温与电子系统热阻构成无损检测设备等一批科技成果精彩亮相。这也是中关村论坛年会首次设立高校科技成果转化促进大会。\n数据显示,我国高校专利转化率约为3.8%,企业专利转化率约为50%,科研院所专利转化率约为11.8%,高校科技成果转化仍具有较大空间。与会专家学者纷纷表示,高校作为科技创新的策源地和科技成果转化的供给端,是推动科技创新“从零到一”的动力源。\n此次大会吸引了百余所高校与百余家企业参与,旨在为创新要素搭建集中聚集、重点推介的平台,推动高新技术与市场需求“直接对话”,让更多原创性、颠覆性科技成果从院校走进企业、从实验室走向生产线、从“书架”走上“货架”,更好发挥高校创新源头作用,以科技创新推动产业创新。\n近年来,北京工业大学打造“三高五转”科技成果转化新模式,率先实践“先赋权后转化”“先使用后付费”等改革举措,着力探索在特定产业区发挥学校特色学科优势,解决特定企业发展难题,成效十分明显。", ["Z2", "Z2.1", "Z3", "Z7", "Z7.7"]),
    ("http://gsdjw.com/news/cj/201743.html", "zh-Hans",
     "北京自贸试验区为何确定三大片区?\n光山新闻网 林晓舟 2020-09-25 08:26:47\n浏览\n新京报快讯(记者 陈琳)中国(北京)自由商业试验区(简称北京自贸试验区)本日(9月24日)上午揭牌,符号着北京自贸试验区正式创立。下午在北京市新闻办公室进行的新闻宣布会上,北京市商务局局长闫立刚暗示,北京自贸试验区涵盖科技创新片区、国际商务处事片区、高端财富片区3个片区,共119.68平方公里。“在举办空间机关筹划时,我们充实思量了中央对北京的计谋定位以及北京市财富空间机关特点,对片区举办了选择分别。”\n首先是科技创新片区,共31.85平方公里,包罗中关村科学城21.59平方公里和北京生命科学园周边可操作财富空间10.26平方公里。个中,中关村科学城区域主要涵盖翠湖科技园、永丰基地及周边可操作财富空间,它们和北京生命科学园是中关村国度自主创新示范区中几个紧邻的专业园区,园区内财富机关公道、拥有强大的科技创新本领、配套设施完善,北京自贸试验区将上述园区部门面积纳入科技创新片区,重点成长新一代信息技能、生物康健、科技处事等财富,打造为数字经济试验区、全球创业投资中心、科学技能体制机制创新改良先行示范区,有助于北京市以此为打破口打造具有全球影响力的科技创新中心,有助于我国赢得全球科技竞争主动权,为建树创新型国度和世界科技强国作出北京应有的孝敬。", ["B6", "Z2", "Z2.4"]),
    ("https://qianinfo.com/index/34/47/4483790.html", "zh-Hans",
     "8月6日,30余项中关村高精尖项目首次面向京津冀地区的政府部门、科技园区、企事业单位、投资机构、科技类社会团体、个人创业者进行集中推介。这些项目是从中关村155家开放实验室及中关村高新技术企业的1000多个项目中精心筛选出来的。经过洽谈,天津宁河县与中关村天合科技成果转化促进中心、河北邢台县与药食同源项目、泰克莱公司与中科院过程所等分别签署了5项科技成果转化合作协议。此外,主办方还收到142份合作意向书。\n在当日举行的“京津冀科学技术协会科技成果转化平台项目发布和推介会”上,30个推介项目是通过科技成果市场转化成熟度评价模型对科技成果转化促进提供产品、技术、市场等多维度的评价后,精心筛选出来的,分为重大项目、促进项目和对接项目三大类,涉及新能源、物联网、新材料、云服务、生物医药、智能交通、电子信息(电子信息行业发展研究报告)等多个领域。所有项目都有技术报告、商业策划分析和市场成熟度评估。\n作为一项聚焦于产学研合作促进和科技成果市场转化促进的专项工程,中关村开放实验室工程自2006年启动以来,逐渐走出了一条科技服务的新路。目前,中关村开放实验室形成了拥有155家开放实验室的资源平台;摸索形成了一整套对接服务、市场宣传、项目评议、实验室挂牌、专项工程管理等内容的制度流程体系;撬动了近100亿元的各实验室积淀的科研资产;为中关村的高新技术企业提供了3万多家次、总额达2.7亿元的合作项目补贴。", ["Z3", "Z3.2", "Z5", "Z5.12"]),
    ("https://t.buacloud.cn/29585.html", "zh-Hans",
     "12月19日,河北省石家庄市“鹿泉区电子信息与绿色食品产业”专场交流对接会(以下简称“对接会”)在石家庄市鹿泉区科瀛智创谷中关村鹿泉协同发展中心成功举办。国家大学科技园组织推荐的“益生乳酸菌的功能特性研究与应用”“北京农学院特用大豆育繁推”2个项目线上参与项目路演活动,与当地相关企业进行对接。\n对接会由河北省石家庄市鹿泉区人民政府、石家庄市鹿泉区科学技术和工业信息化局和石家庄市鹿泉区投资促进局主办,中关村协同发展投资有限公司和北京知识产权运营管理有限公司承办。对接会以“助力成果转化落地,增强科技供需对接”为主题,邀请了来自中国科学院大学、中国农科院、北京航空航天大学、北京农学院等多家高校院所和科研机构的20余个待转化项目参加路演,鹿泉区当地30余家电子信息科技企业和食品领域代表参加了此次活动。", ["Z5", "Z5.12", "Z3"]),
    ("https://zgcgroup.com.cn/zgcadmin/home/content/index.html?cate=15&id=635", "zh-Hans",
     "集团召开中关村国家院所通州产业园工作汇报会\n首页\n中关村发展集团\n2010-12-30\n点击次数:3696\n字号:大中小\n11月26日下午,集团在通州工业开发区召开了“中关村国家院所通州产业园”工作汇报会。北京市委常委赵凤桐同志出席会议,听取了我集团关于“中关村国家院所通州产业园”的方案介绍和四家院所关于12个项目的情况汇报,并对园区下一步工作做出了指示。会前,凤桐同志还实地勘察了园区选址。\n凤桐同志对我集团提出的建设“中关村国家院所通州产业园”的设想,给予了高度认可,并充分肯定我集团在区县产业结构调整和推动经济发展中所发挥的作用。通州区委书记王云峰表示,非常欢迎几大院所项目落户通州,并表示要在政策和环境方面给予大力支持。中关村管委会李翔委员、通州区委书记王云峰、副书记李玉君和副区长张华参加了会议。", ["Z3", "Z5"]),
    ("http://m.007sbw.cn/item/news/2021/04/103440.html", "zh-Hant",
     "http://m.007sbw.cn 2021-04-09 09:17 來源:證券時(shí)報(bào)網(wǎng)\n日前,北京工業(yè)互聯(lián)網(wǎng)底層技術(shù)信創(chuàng)工作組成立大會(huì)在中關(guān)村工業(yè)互聯(lián)網(wǎng)產(chǎn)業(yè)園先導(dǎo)園舉行。該工作組組長(zhǎng)單位為東土科技,工作組由北京地區(qū)從事工業(yè)互聯(lián)網(wǎng)底層技術(shù)研究、應(yīng)用和服務(wù)的相關(guān)龍頭企業(yè)、用戶、科研院所等44家單位共同發(fā)起創(chuàng)立。東土科技董事長(zhǎng)李平表示:“工作組是開放性的,要吸收所有的企業(yè)對(duì)各個(gè)行業(yè)的理解和他們的經(jīng)驗(yàn)。第一要結(jié)合工業(yè)場(chǎng)景,第二要兼顧產(chǎn)業(yè)尤其是技術(shù)的發(fā)展方向,第三要兼顧國(guó)家安全管理的要求。”\n近年來,我國(guó)工業(yè)互聯(lián)網(wǎng)高速發(fā)展,在網(wǎng)絡(luò)基礎(chǔ)、平臺(tái)中樞、數(shù)據(jù)要素、安全保障等方面的作用進(jìn)一步顯現(xiàn)。以平臺(tái)為重點(diǎn)的工業(yè)互聯(lián)網(wǎng)產(chǎn)業(yè)不斷壯大,應(yīng)用走深向?qū)崱?ldquo;十四五”規(guī)劃和2035年遠(yuǎn)景目標(biāo)綱要中指出,要在重點(diǎn)行業(yè)和區(qū)域建設(shè)若干國(guó)際水準(zhǔn)的工業(yè)互聯(lián)網(wǎng)平臺(tái)和數(shù)字化轉(zhuǎn)型促進(jìn)中心,推進(jìn)工業(yè)互聯(lián)網(wǎng)+智能制造產(chǎn)業(yè)生態(tài)建設(shè)。", ["Z4", "Z4.1"]),
    ("http://graphene.tv/2022122082575", "zh-Hans",
     "中关村集成电路设计园园区外景。 本报记者 王海欣摄\n本报记者 孙颖\n一个崭新的园区,要用多长时间完成产业组织?在中关村集成电路设计园,答案是两年。从2018年11月开园,用两年时间完成产业组织,如今又一个两年过去,这个建筑面积仅22万平方米的“4岁”新园区,已经占据北京集成电路设计行业总产值的半壁江山。\n走在中关村集成电路设计园,林立的高楼都是蓝色幕墙和金色边框,科技感十足,让人产生畅游在集成电路里的幻想。园区里,企业是主角。一粒种子就能在这片沃土上生根发芽。明瞰科技就是其中之一。\n“当时我身边坐着的是一位高校教授,听他谈起正在研究的基于石墨烯的远程红外芯片。”中关村集成电路设计园执行总经理许正文回忆起一次参会的结缘:“我当时很感兴趣,出于职业敏感,感觉这个技术很有特点,回来就找专家论证,都认为这项技术是一个空白,一旦实现,将是颠覆性、突破性的。”\n虽然当时项目还处在研发计划阶段,但专家们一致认为它值得扶持。在园区成立之初就搭建的“一平台、三节点”产业服务体系帮助下,2019年12月,以基于石墨烯的远程红外芯片为主打的明瞰科技完成注册。\n说起“一平台、三节点”,许正文如数家珍。“一平台”是一站式线上线下企业聚合服务平台。“三节点”是人才节点、孵化节点和投融资节点。建起了“中关村芯学院”,帮助企业定制化培养人才;成立了“芯创空间”孵化器,帮助高校院所科技成果转化;发起设立了芯创基金,“科技金融+认股权池+基金投资”覆盖企业早中晚期全生命周期的资本需求,从而形成了产投联动的科技园区新发展模式。", ["Z5", "Z5.5", "Z5.6", "Z3", "Z3.4"]),
    ("http://shiwuwuguihua.com/showinfo-37-257-0.html", "zh-Hans",
     "中关村推新规促特色产业园建设\n07-19\n近日,中关村管委会正式印发《中关村国家自主创新示范区关于推进特色产业园建设提升分园产业服务能力的指导意见》,旨在引导各分园进一步突出产业特色、促进产业集聚、提升产业服务能力、构建各具特色的高精尖产业集群。\n《意见》明确了中关村示范区各特色产业园和分园的发展目标。到2022年,中关村示范区产业布局要更加优化,体制机制持续创新,创新创业环境进一步改善,各分园产业服务能力显著提升,主导产业地位突出,高端化、特色化、差异化发展态势基本形成。\n其中,特色产业园建设实现重点细分产业领域及发展组团两个“全覆盖”,成为分园主导产业发展的重要载体,对所在区域的经济贡献明显提升。各分园围绕主导产业建成产业促进服务机构,产业促进服务机构与分园结合紧密、运营高效,对分园主导产业发展的促进作用凸显。\n《意见》特别提出,要从加强顶层设计、突出产业及细分领域特色、链接服务资源、服务企业“走出去”、推动特色产业园协同发展这五方面推进特色产业园建设。\n同时,要鼓励各分园引入或设立专业化、市场化、国际化的产业促进服务机构,推动产业促进服务机构围绕主导产业形成以产业研究、企业服务、资源导入、环境营造为基础的产业服务体系,完善产业促进服务机构发展机制,加强日常管理与考核,提高产业服务能力,实现健康持续发展。", ["Z5", "Z5.3", "Z5.6"]),
    ("http://553oud.cn/zxal/2023072624795.html", "zh-Hant",
     "北京海淀發布《中關村科學城北區發展行動計劃》 中關村科學城按下“北區”縱深發展加速鍵\n中國日報北京5月18日電(記者 辛聞)5月18日,中關村科學城正式發布中關村科學城北區發展行動計劃,圍繞園區向城區,園區融于城市轉變的主題主線,緊扣制約區域發展的重點難點問題,有針對性地補空間短板、強要素弱項,通過一批特色產業園區建設和“美麗鄉村”建設打造高品質城市新形態和具有全球影響力的科技產業創新中心,為中關村科學城北區建設畫出了明確的時間表和路線圖。\n當天,北京中關村科學城還發布了《關于中關村科學城新時期再創業再出發提升創新能級的若干措施》,這是繼2018年發布“創新發展16條”后,中關村科學城結合新的發展階段實際,出臺的創新政策“2.0版”。\n據了解,中關村科學城北區指海淀區百望山以北區域,面積235平方公里,占海淀區總面積的54%,北接昌平未來科學城,沿京張高鐵輻射帶動延慶,西以軍溫路連接門頭溝區,作為海淀區建設全國科技創新中心核心區的戰略腹地和發展縱深,科學城北區是承載北京高端科技創新功能、承接高精尖產業落地、構筑北京西北部創新發展高地,推動中心城區和生態涵養區同步高質量發展最現實的強大引擎。", ["Z5", "Z5.3"]),
    ("http://www.t5292.cn/yuquanyaowen/34943.html", "zh-Hant",
     "聚焦世界一流領先園區目標,朝陽區大力推進專業產業園區建設,目前已推進建設20余個特色產業園區,其中互聯網3.0產業園開園不足兩年,入駐企業超250家,兩家企業申報上市,實現了園區建設“朝陽速度”。\n近年來,朝陽區堅持實施“商務+科技”雙輪驅動發展戰略,科技創新綜合實力顯著增強。當前,朝陽區正加速將科技創新“關鍵變量”轉化為高質量發展“最大增量”。圍繞細分產業重點領域,朝陽區推進特色產業園區平臺載體建設,提升產業集聚度和園區發展品質。全市首家中關村創新社區·數字產業中心落地一批量子計算、機器人等前沿領域科技企業,成為區內院地融合和科技創新的重要節點。北工大山河灣谷創新區作為“朝陽新質生產力融合示范先導區”兩大片區之一,正式納入市級兩業融合示范區范圍。中關村(朝陽)工業AI產業園和中關村(朝陽)國際空天產業園入選中關村示范區未來產業園。建設大空間多人XR技術測試中心、數字醫療概念驗證中心、光電芯片封測驗證平臺等一批專業功能平臺,形成了引才匯智、近悅遠來的創新發展強磁場。\n在協同創新方面,朝陽區強化創新策源、構建政策體系、建設科技金融服務矩陣、構建國際科創合作新生態等舉措,全面加強全周期創新生態服務體系建設。與北京工業大學合作建設的北工大山河灣谷創新區搭建“人工智能+”4個交叉方向創新中心,集聚了43個來自院士團隊的代表性項目,實現科研項目從“從實驗室到產業化”的跨越發展。借助“雨燕行動”在12個國家和地區設立國際科技服務站點,建設全市唯一的國際創業投資集聚區并通過“創投會客廳”品牌活動落地企業294家。", ["Z3", "Z3.2", "Z4", "Z4.9", "Z5", "Z5.3", "Z7", "Z7.2", "Z7.4"]),
    ("http://bjmmedia.cn/show.aspx?cid=12&id=8042", "zh-Hans",
     "最新内容\nhttp://www.bjmmedia.cn 发布日期:2011-07-13 中关村多媒体创意产业园 关注度:\nhttp://www.bjmmedia.com.cn\n7月12日中关村人才特区建设指导委员会和北京市委、市政府12日召开中关村人才特区建设工作大会。会议指出,北京市将全面建设中关村人才特区,加大海外高端人才的寻访和引进力度,用5年时间引进1000名左右海外高层次人才。\n根据新近公布的《加快建设中关村人才特区行动计划(2011-2015年)》,北京市将贯彻落实中央“千人计划”,加快实施“北京海外人才聚集工程”、“中关村高端领军人才聚集工程”等。同时,北京将创建北京市人才工作领导小组驻香港人才联络处、中关村管委会驻德国人才联络处,深化中关村管委会驻硅谷、华盛顿、伦敦、东京、多伦多5个对外联络处建设,定向寻访和引进海外拔尖领军人才。\n(来源:人民日报海外版)", ["Z2", "Z2.2", "Z6", "Z6.2", "Z6.3", "Z7", "Z7.4"]),
    ("http://siheshuidao.cn/news/zgczc/201703/70212.htm", "zh-Hant",
     "據(jù)中關(guān)村管委會網(wǎng)站消息,日前,在北京市人才工作領(lǐng)導(dǎo)小組主辦、中關(guān)村發(fā)展集團(tuán)承辦的“北京市硅谷高端人才峰會”上,張首晟、崔屹、陳剛、張翔、楊培東、鮑哲南、鹿炳偉、邢波等八位世界頂尖科學(xué)家被聘為首批“中關(guān)村海外戰(zhàn)略科學(xué)家”。據(jù)悉,這也是中關(guān)村為響應(yīng)國家創(chuàng)新驅(qū)動發(fā)展戰(zhàn)略和北京建設(shè)全國科技創(chuàng)新中心重點(diǎn)任務(wù),積極探索推進(jìn)“1+1+N”模式,支持世界頂尖華人科學(xué)家為中關(guān)村獻(xiàn)計(jì)獻(xiàn)策和進(jìn)行離岸孵化的一項(xiàng)創(chuàng)新舉措。\n首批“中關(guān)村海外戰(zhàn)略科學(xué)家”都是在其各自領(lǐng)域最為頂級的世界級科學(xué)家,有幾位還是極有希望獲得諾貝爾獎的候選人。受聘為“中關(guān)村海外戰(zhàn)略科學(xué)家”后,他們將更加積極、深度參與中關(guān)村的科研與機(jī)制建設(shè),貢獻(xiàn)于將中關(guān)村盡快建設(shè)成為具有全球影響力的科技創(chuàng)新中心。", ["Z6", "Z6.1", "Z6.3"]),
    ("https://zjw.ctctw.com/article.php?id=636", "zh-Hans",
     "一、我国在技术经理人队伍建设方面的探索实践\n加强技术经理人队伍建设一直是我国科技成果转化关注的要点之一。科技部在2022年、2023年先后出台《“十四五”技术要素市场专项规划》《高质量培养科技成果转移转化人才行动方案》等政策,提出要打造职业技术经理人队伍,到2025年国家技术经理人数量突破3万名,各类技术转移和成果转化相关机构从业的职业技术经理人不少于1万人。《中华人民共和国职业分类大典(2022版)》将技术经理人纳入新职业。各地在加快推进技术经理人队伍建设方面,探索出一系列有效的经验做法。\n(一)专业化高端人才的引进逐步加强\n北京实施多层次人才计划。为提升创新主体的资源整合能力,北京市2018年开始实施“朱雀计划”,主要引进培养一批具有科学家思维、工程师技能,拥有创新资源调配能力的高端科技项目经理人,服务于国家实验室、新型研发机构等重点科研机构和“三城一区”等重点区域建设。这些科技项目经理人善于组织凝练和跟踪管理前沿颠覆性项目,并能为创新成果转化落地提供专业化支撑,该计划的实施为小米汽车、理想汽车等创新能力的提升提供了资源支撑。", ["Z6", "Z6.5"]),
    ("http://m.handmsg.com/page/2019/1121/15903501.shtml", "zh-Hant",
     "◎ 本刊記者 肖桂華\n2019 年10 月22 日,由中華人民共和國科學技術部國際合作司指導,科技部人事司、中國科學技術交流中心、北京市人民政府外事辦公室大力支持,北京市海淀區人民政府、中關村科學城管委會主辦,中關村科技園區海淀園管理委員會承辦的中關村科學城國際科技創新合作論壇在中關村國家自主創新示范區展示中心舉行。北京市海淀區委副書記、代區長曾勁,中國科學技術交流中心、海淀區人民政府、中關村科技園區海淀園管理委員會、中國國際科學技術合作協會等部門相關領導出席了此次論壇活動。論壇由海淀區委常委、海淀區人民政府副區長李俊杰主持。\n論壇邀請了中國駐美國、德國、法國、以色列、韓國、捷克等使領館科技外交官以及阿聯酋、澳大利亞、加拿大、瑞士、日本等國家駐華代表參加,論壇宗旨是充分發揮駐外、駐華使館等國際資源優勢,推動中關村科學城開放創新網絡與駐外科技外交工作體系全面對接,促進海外創新技術、人才、機構等與科學城產業創新深度融合。", ["Z7", "Z7.2"]),
    ("http://m.qitianyouxi.com/know/show.php?itemid=2563", "zh-Hant",
     "“中關村指數2023”發布\n日期: 2024年01月11日 08:45       來源:北京市科委     \n2023年12月26日,北京方迪經濟發展研究院、中關村創新發展研究院在北京發布“中關村指數2023”。北京市科委、中關村管委會二級巡視員趙清出席本次發布會并致辭。北京方迪經濟發展研究院理事長王林風主持發布會。   \n趙清表示,中關村持續推進新一輪先行先試改革以來產生了一批具有原創性引領性的科技成果,高新技術產業不斷發展壯大,有力地服務國家高水平科技自立自強,也成為首都經濟高質量發展的新動能和重要支撐。中關村綜合指數“中關村指數”展示了中關村創新發展的總體成效和重要特征,為社會各界了解中關村提供了重要窗口,也為各級政府部門把握科技園區和高新技術產業發展最新趨勢和走向,調整完善政策體系提供重要參考。   \n中國科學技術發展戰略研究院原院長胡志堅研究員,北京市社會科學院原副院長、中關村創新發展研究院院長趙弘參加發布會并圍繞中關村加快建設世界領先科技園區發表精彩觀點。   \n北京方迪經濟發展研究院、中關村創新發展研究院連續十二年向社會發布“中關村指數”報告。該指數客觀、全面地評價中關村示范區的創新發展,被譽為中國高新區和高新技術產業發展的“晴雨表”和“風向標”。", ["Z7", "Z7.8"]),
    ("http://siheshuidao.cn/ep/hjxw/201705/70973.htm", "zh-Hant",
     "“很多‘一帶一路’國家的政府部門和企業都希望合作,主動找來的都忙不過來了。”清華大學啟迪研究院副院長楊紅梅感覺到,中國產業和科技園區運營的成功經驗在海外的需求越來越大。\n楊紅梅所在的啟迪研究院隸屬清華大學啟迪控股股份公司,運營著總面積77萬平方米的清華科技園。這是世界上單體最大的大學科技園之一,入駐企業超過1500家,是全球跨國公司研發總部、中國科技企業總部和創新創業企業的聚集地,也是清華大學服務社會功能的重要平臺。在“一帶一路”倡議推進的三年時間來,作為高科技園區的代表,清華科技園已經成為世界科技園行業的知名品牌。\n楊紅梅說,全世界都認識到創新創業的重要,中國高新區、大學科技園、孵化器的蓬勃發展,不僅為中國經濟社會發展作出巨大貢獻,也為發展中國家樹立了良好的榜樣。因此很多國家政府部門、科技企業都來參觀交流,希望將這些經驗帶回到自己國家。\n2016年10月科技部、國家發改委、外交部、商務部出臺的《推進“一帶一路”建設科技創新合作專項規劃》指出,用3至5年時間,建設一批聯合實驗室(聯合研究中心)、技術轉移中心、技術示范推廣基地和科技園區等國際科技創新合作平臺。\n科技部國際合作司副司長蔡嘉寧表示,科技創新合作是“一帶一路”人文交流的重要組成部分,也是促進民心相通的有效途徑。\n“授之以魚不如授之以漁”。2014年開始,啟迪控股陸續與俄羅斯、巴基斯坦、蒙古、馬來西亞、泰國、埃及等“一帶一路”國家政府部門負責人和企業展開了包括管理培訓、科技園規劃、運營、搭建投資平臺等合作。", ["Z7", "Z7.6"]),
    ("https://freewechat.com/a/MzkyNjM4MTUxNw==/2247618336/2", "zh-Hans",
     "北京向全球科学家发出邀请,十大科技设施平台开放共享\n在4月29日举行的中关村论坛平行论坛——国家重大科技基础设施开放共享论坛暨怀柔综合性国家科学中心重大成果发布会上,北京向全球科学家发出邀请,当前在怀柔综合性国家科学中心已经布局37个科技设施平台,其中有10个进入运行状态。\n十大科技设施平台开放共享\n怀柔科学城是北京国际科技创新中心建设工作的新“增长极”和“承载地”,本市和中国科学院、北京大学、清华大学等相关单位共同布局了一批以国家重大科技基础设施为代表的科技设施平台集群,进一步链接全球创新资源、形成协同创新网络。市发改委副主任林剑华披露,截至目前,在怀柔已经布局37个科技设施平台,其中已有10个进入运行状态。\n这10个科技设施平台中,地球系统数值模拟装置是怀柔科学中心首个正式运行的大装置,为防灾减灾、大气环境治理、可持续发展和生态安全等重大问题提供研究支撑,目前已服务400余项课题。生命科学研究从纳米级到分米级需要更清晰的成像技术,多模态跨尺度生物医学成像设施可帮助开展脑科学、肿瘤、心血管疾病等生物医学基础科研及临床研究,为创新药、医疗影像设备等企业提供研究支撑,已于2023年底部分试运行,目前正在开展前期研究课题征集。", ["B1", "Z7", "Z7.2", "Z7.7"]),
    ("http://www.footballcards.com.cn/nnews.asp?vid=40252", "zh-Hant",
     "深入貫徹落實習近平總書記重要批示精神 加快推動北京國際科技創新中心建設的工作方案\n為深入貫徹落實習近平總書記系列重要指示批示精神,全面貫徹落實黨的二十大精神,深入實施科教興國戰略、人才強國戰略、創新驅動發展戰略,加快建設北京國際科技創新中心,制定本方案。\n一、總體思路\n圍繞到2025年基本形成北京國際科技創新中心的戰略目標,發揮首都教育、科技、人才優勢,堅持“四個面向”,以加快實現高水平科技自立自強為根本,以支撐高質量發展為主線,以深化改革為動力,推動北京率先建成世界主要科學中心和創新高地,有力支撐科技強國和中國式現代化建設。\n二、發展目標\n到2025年,北京國際科技創新中心基本形成,成為世界科學前沿和新興產業技術創新策源地、全球創新要素匯聚地。\n——世界主要科學中心建設取得重要成效。以國家實驗室為引領的戰略科技力量全面強化。世界一流大學和世界一流學科躋身全球前列。由戰略科學家領軍的創新團隊在若干重要科學命題和科學發現上實現重大突破。由科技領軍企業牽頭的創新聯合體有效解決一系列關鍵核心技術問題,初步實現高水平科技自立自強。", ["B1", "B2"]),
    ("https://www.bjmy.gov.cn/zwgk/ztbd/bjslqhgjxfzx/lqgztd/202512/t20251215_523150.html", "zh-Hans",
     "北京密云区“两区”建设五周年交出亮眼答卷\n来源:北京市密云区商务局\n发布时间:2025-12-15 14:28\n12月10日,北京市密云区召开“两区”建设五周年新闻发布会。本次发布会由国家服务业扩大开放综合示范区密云区工作领导小组办公室组织,密云区商务局、区科委、中关村密云园管委会共同发布,系统展示过去5年在推进国家服务业扩大开放综合示范区建设中所取得的显著成效。5年来,密云区坚持以制度创新为核心,以项目落地为牵引,推动区域高水平开放和高质量发展迈出坚实步伐。\n5年来,密云区对外开放水平显著提高。全区实际使用外资达1.23亿美元,外贸进出口额累计完成264.1亿元,年均复合增长率11.1%,对外直接投资实现跨越式发展。通过积极组织企业参与服贸会、进博会等国际展会,并成功举办北京密云葡萄酒文化节,密云区的国际“朋友圈”不断扩大,特色产业品牌日益响亮。\n密云区坚持“2+6+N”工作思路,累计报送17个改革创新案例,其中7个入选市级案例。自“两区”建设启动以来,累计入库项目1016个,落地率达78.64%,其中落地外资项目63个,位列生态涵养区首位,为区域发展注入强劲动能。\n会上,密云区科委重点介绍怀柔科学城东区的建设进展。作为“两区”建设的重要承载地,5年来,园区累计实施重点任务与项目166项,北京大学怀密医学中心、国家口腔医学中心等一批标志性项目落地;已建成“1+5”大科学设施集群,其中首个正式运行的地球系统数值模拟装置,已服务国内外95家科研单位开展课题598项。", ["B1", "B6"]),
    ("http://m.u63ivq3.com/news/news249990.html", "zh-Hant",
     "??國內(nèi)發(fā)展集成電路產(chǎn)業(yè)面臨多個考驗,近日,小編了解到,加碼行業(yè)發(fā)展,集成電路高精尖創(chuàng)新中心在京成立。\n??該中心由北京市教委批準(zhǔn)成立,依托清華大學(xué)、北京大學(xué)共同設(shè)立,聯(lián)合北京市集成電路產(chǎn)業(yè)重點單位開展深度合作,是北京服務(wù)國家重大戰(zhàn)略、深化科研體制機制改革、建設(shè)集成電路科技創(chuàng)新高地的重要舉措。\n??按照新一期高精尖創(chuàng)新中心建設(shè)要求,該中心將凝聚清華、北大兩校的精銳力量和資源,聯(lián)合北京集成電路產(chǎn)業(yè)相關(guān)單位,建立跨校際、產(chǎn)學(xué)研貫通的新型創(chuàng)新載體;重點突破產(chǎn)研壁壘", ["B2", "B3"]),
    ("http://zijiebao.com/jishu/599351.html", "zh-Hans",
     "文 | 郑金武\n来源 | 中国科学报\n基于长安链打造的“北京冷链”食品追溯平台,顾客只要掏出手机扫描食品包装袋上的二维码,进口冷冻冷藏食品的来源地、核酸检测证明、消毒证明等信息立刻出现在屏幕上。\n这是长安链生态联盟、北京微芯区块链与边缘计算研究院(以下简称“微芯研究院”)等推动区块链落地应用的典型案例。自今年1月份正式发布以来,长安链已在电子政务、食品溯源、电力、碳交易、跨境贸易、供应链金融等多个国计民生重点领域落地应用。\n4月19日,由长安链生态联盟、微芯研究院主办的“长安链开源社区技术沙龙”在京召开。长安链核心开发团队介绍了长安链整体技术规划及开源社区建设最新进展,着重分享了长安链底层技术平台如何通过将区块链技术标准化、模块化,助力开发者高效低成本的开发高性能区块链系统。\n01 多方共建,开放开源\n长安链是在科技部、工信部、国资委等国家部委及北京市政府的指导下发布的国内首个自主可控的区块链软硬件技术体系,具有技术领先、灵活装配、开源开放等突出优势。\n长安链聚焦支撑贸易、金融、信用、碳交易等国计民生重点领域的区块链应用生态建设,进而打造面向未来数字经济的可信数字基础设施,助力我国在全球新一轮数字化革命中赢得竞争优势。", ["B3"]),
    ("https://chaindaily.cc/posts/6357e5464f2d2ef33903588f1933b3da", "zh-Hant",
     "為加快推動區塊鏈技術和產業創新發展,北京市政務服務管理局、北京市科委、北京市經濟和資訊化局組織相關單位抓緊推進政務服務領域區塊鏈應用建設,取得階段性成果。在此基礎上,北京市區塊鏈工作專班專家組編制了《北京市政務服務領域區塊鏈應用創新藍皮書(第一版)》(以下簡稱“藍皮書”)於近日正式釋出。此藍皮書對全國兄弟省份推進政務服務領域區塊鏈應用都具有一定的參考與借鑑意義。\n論述政務服務領域區塊鏈應用的重要價值\n藍皮書從“新基建”、數字政府建設、推進國家治理體系和治理能力現代化等角度,肯定了北京市政務服務領域區塊鏈建設的必要性、可行性和重要價值。\n區塊鏈技術是一種新型資訊與網路技術,綜合了分散式賬本、非對稱加密、共識演算法、智慧合約等關鍵技術,在促進資料共享、最佳化業務流程、降低運營成本、提升協同效率、建設可信體系等方面具有技術優勢,在跨部門協作、多環節業務、低成本信任等場景有廣泛應用。", ["B3"]),
    ("http://gsdjw.com/news/cj/298041.html", "zh-Hans",
     "北京经济的数场景\n原标题:北京经济的数场景\n自动驾驶将在北京继续“向前一步”,经开区率先进入“主驾无人”测试阶段摄影/本报记者 付丁\n落实中央经济工作会议精神\n【北京在行动】系列报道之四\n今年的中央经济工作会议明确提出,要“加快数字化改造,促进传统产业升级”,而发展数字经济、开展数字化改造离不开场景的建设。北京青年报记者在采访中发现,北京已经在数字标杆城市建设进程中围绕数字化开展了一系列探索,在一个又一个前沿、开放又高效能的应用场景中,数字化力量赋予经济新内涵。\n前沿性\n应用场景瞄准前沿新领域\n多样的场景化布局将为数字经济落地创造无限空间,北京青年报记者发现,当下,北京正在开展的数字化场景布局体现出明显的前沿性,不少新项目、新领域都在开展数字化应用和场景布局。", ["B4"]),
    ("http://overthrowcable.com/articledetail/4305.html", "zh-Hant",
     "建動態(tài)高分辨率污染源排放清單、實現(xiàn)肉蛋奶等食品安全全程可追溯、在養(yǎng)老等領域應用推廣機器人……北京技術創(chuàng)新行動計劃(2014-2017年)\n6日,北京市科委、發(fā)改委等召開新聞發(fā)布會,對北京技術創(chuàng)新行動計劃(2014-2017年)進行詳解,確定了包括藍天行動、生態(tài)環(huán)境建設與環(huán)保產業(yè)發(fā)展、食品質量安全保障等12個重大專項。\n北京市科委副主任朱世龍6日說,近年來,北京以增強自主創(chuàng)新能力為核心,取得了顯著成效,“但是,以企業(yè)為主體的技術創(chuàng)新體系還有待完善,企業(yè)的創(chuàng)新動力、研發(fā)實力以及承接創(chuàng)新成果的能力還相對薄弱,政府在科技創(chuàng)新方面的規(guī)劃、組織、統(tǒng)籌、協(xié)調和服務等職能亟待切實加強”。\n朱世龍說,北京經濟社會發(fā)展中不平衡、不協(xié)調、不可持續(xù)問題依然突出,出現(xiàn)了人口增長過快、交通擁堵、環(huán)境污染等“城市病”。北京必須立足首都城市性質功能,全面實施創(chuàng)新驅動發(fā)展戰(zhàn)略,加快轉變經濟發(fā)展方式,“要加快推進技術創(chuàng)新、商業(yè)模式創(chuàng)新和制度創(chuàng)新,實現(xiàn)‘北京科技’向‘首都科技’的轉變”。\n針對行動計劃的目的和意義,朱世龍說,一方面,立足解決當今社會中涉及空氣、生態(tài)環(huán)境、城市管理、健康等重大民生需求,通過商業(yè)模式創(chuàng)新和政策集成來實現(xiàn)新技術新產品的推廣應用,破解城市發(fā)展中的瓶頸問題,培育有競爭力的產業(yè)展;", ["B4"]),
    ("http://sdyjkjfhq.cn/yjcs/1063.html", "zh-Hans",
     "北京商报讯(记者 陶凤 王晨婷)2月25日,北京市召开推进京津冀协同发展进展成效新闻发布会。市科委国际与区域科技合作处处长郭睿介绍,截止2020年,北京输出津冀技术合同累计超过2万项,约占全市输出技术合同总项数的6%,成交额1410亿元,占全市技术合同输出额的4.6%,成交额年均增长率22.3%。\n中关村企业累计在津冀设立分支机构共8816家,其中,在天津设立分支机构4173家;在河北设立分支机构4643家。2017年启动投资基金京津冀科技成果转化创业投资基金,2018年10亿元认缴出资全部足额到位,2020年底累计完成投资项目23个,完成投资额9.43亿元。建立京津冀创新券制度,推动753家机构(北京427家,河北88家,天津238家)服务京津冀科技型中小企业。", ["B5", "Z5", "Z5.12"]),
    ("http://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/zhengce/zhengcefagui/202103/t20210311_2304466.html", "zh-Hant",
     "為貫徹落實《中國(北京)自由貿易區總體方案》和《深化北京市新一輪服務業擴大開放綜合試點建設國家服務業擴大開放綜合示範區工作方案》的決策部署,以更高水準開放促進高品質發展和高效能創新,特製訂本實施方案。\n一、科技創新片區海淀組團基本規劃情況\n(一)規劃範圍內的土地利用\n自貿區科技創新片區海淀組團用地面積21.59平方公里,建築規模總計約1840萬平方米,截至當前已利用用地的建築規模約533萬平方米,未利用用地(含在途項目)建築規模約1307萬平方米。組團內規劃産業用地面積約900公頃,建築規模約1500萬平方米,其中已利用的産業用地面積364公頃,建築規模約490萬平方米;可利用的産業用地約536公頃,建築規模約1010萬平方米。\n(二)優勢産業\n以科學研究和技術服務業、資訊傳輸、軟體和資訊技術服務業為主,並涵蓋新一代資訊技術産業、醫藥健康、高端裝備和智慧製造等行業。\n1.翠湖片區。重點發展人工智慧、下一代通信網路、智慧網聯等數字産業,入駐企業數量共計73家,總産值約265億元。\n2.永豐片區。重點發展積體電路、新材料、創新藥及高端醫療器械、空天産業、高端裝備和智慧製造等産業,入駐企業數量共計472家,總産值約400億元。\n二、未來3年發展目標\n以科技創新片區“數字經濟試驗區、全球創業投資中心、科技體制改革先行示範區”三大基本定位為圓心,以海淀區科技創新、數字經濟和數字貿易、金融科技、人才引進、“2+1”三區共建五大發展重點為半徑,到2023年,先行先試一批科技體制改革政策、産業政策、財稅政策、金融政策,招商引資重大項目實現突破。", ["B6"]),
]
WEB11_RELEVANT_EN = [
    ("https://english.beijing.gov.cn/investinginbeijing/two_zones/Policy_Topics_on_Two_Zones/202312/t20231226_3510461.html",
     "The Administrative Measures for Funds Dedicated to Enhancing Innovation Capacities of Enterprises in Zhongguancun National Independent Innovation Demonstration Zone (Trial)(Trial) (Jing Ke Fa [2022] No. 5) (hereinafter referred to as the Measures) was published recently. The interpretation follows below.\nI. Context of Revision\nFollowing the Opinions of State Council on Promoting High-Quality Development of National High-Tech Industrial Development Zones (Guo Fa [2020] No. 7) and the Development Plan for Zhongguancun National Innovation Demonstration Zone during 14th Five-Year Period (Zhong Shi Qu Zu Fa [2021] No. 1), among other instructions, the Measures was reviewed with the aim of continuously promoting pilot reforms in Zhongguancun to achieve greater scientific and technological self-reliance and might, enhancing the capacities of enterprises for technological innovation, cultivating world-class enterprises, and supporting the building of Zhongguancun into a globally-leading hub for science and innovation.\nII. Scope of Application\nThe Measures applies to national high-tech enterprises registered in Zhongguancun, certified Zhongguancun high-tech enterprises, small and medium-sized Zhongguancun high-tech enterprises recognized following assessment, institutions of higher education, scientific research institutes, and other innovative entities. The Measures also applies to innovative entities that are registered in Beijing's other regions and meet the requirements for receiving support.\nIII. Focuses\nThe major categories of entities to receive support as per the Measures are as follows.\n1. Micro and small-sized technology enterprises in the relevant high-end, precision, and sophisticated industries as well as enterprises that have won awards in the relevant competitions will be supported. They will be encouraged to increase investment in research and development (R&D), strive to achieve breakthroughs in the innovation of key technologies, and constantly improve", ["Z1", "Z1.4", "Z1.6"]),
    ("https://rebuildboulder.denverdonate.com/pages/dd/24-china-news-in-english/29245-highlights-of-major-tasks-for-beijing",
     "In his annual report to the deputies of the Beijing People's Congress last month, Beijing Mayor Wang Anshun outlined the city's tasks to transform the capital into a center for culture,\nnational politics, international exchange and technological innovation.\n1. Strengthen the leading role of the Zhongguancun National Demonstration Zone and encourage businesses to invest in innovation; implement 12 key projects involving technological research and applications.\n2. Boost entrepreneurial startups by creating business incubators.\n3. Pilot a program at Zhongguancun to provide Internet financing and build equity holdings.\n4. Focus on high-end industries, such as new-energy vehicles, robots and 3-D printing.\n5. Join the Belt and Road Initiative and promote cooperation in international production capacity, equipment manufacturing and service trades such as telecommunications, financing and culture.", ["Z1", "Z1.6", "Z2", "Z2.3"]),
    ("https://blocking.net/26171/huo-xuewen-director-of-the-beijing-financial-bureau-beijing-will-focus-on-exploring-the-regulatory-sandbox-in-two-regions/",
     "Huo Xuewen, director of the Beijing Financial Bureau: Beijing will focus on exploring the regulatory sandbox in two regions\nAccording to news on December 6, in response to Beijing's first pilot pilot of financial technology “supervision sandboxes” in the country, Huo Xuewen, secretary of the Party Leadership Group and director of the Beijing Local Financial Supervision and Administration Bureau, stated that in the future Beijing will focus on exploring the supervision sandboxes in two regions. Huo Xuewen further pointed out that one is the financial technology and professional service innovation demonstration area in the adjacent area of Xicheng and Haidian, and the other is the urban sub-center. Strengthen international cooperation in fintech supervision, standardize and advance new technologies and models of fintech and try first.", ["Z2", "Z2.3", "Z2.4"]),
    ("https://english.beijing.gov.cn/investinginbeijing/WhyBeijing/DistrictsParks/Xicheng/Policies/202006/t20200601_1912735.html",
     "To all committees, offices, bureaus, sub-district offices and relevant parties of the district government:\nUpon deliberation and approval at the 100th Special Meeting of the Xicheng District People's Government, the latest Measures for the Recognition and Support of Incubation and Acceleration Platforms for Technology Enterprises in Xicheng District, Beijing (Revised) are hereby issued to you, for strict compliance.\nBeijing Xicheng District People's Government\nOctober 18, 2019\n(This document has been released to the public.)\nMeasures for Recognition and Support of Incubation and Acceleration Platforms for Technology Enterprises in Xicheng District, Beijing (Revised)\nChapter I General Provisions\nArticle 1 These Measures have been formulated in order to improve the service system for science and technology innovation in Zhongguancun Science Park's Xicheng Park (hereinafter referred to as \"Xicheng Park\"), enhance the capacity of services supporting independent innovation, and establish an urban science and technology park with the characteristics of a capital city, in accordance with the Measures for the Administration of Technology Enterprise Incubators (GKFQ [2018] No. 300) , Measures for the Classification and Evaluation of Zhongguancun Startup Incubators (Trial) (ZKYF [2019] No. 18) and the Zhongguancun \"1 + 4\" policy system, taking into account the actual situation prevailing in Xicheng District, following the amendment of 2016's original Measures for the Recognition and Support of Incubation and Acceleration Platforms for Technology Enterprises in Xicheng District, Beijing.", ["Z3", "Z3.5"]),
    ("https://global.chinadaily.com.cn/china/2012-09/11/content_15750016.htm",
     "China / Innovation\nDongsheng tech park an innovation 'incubator'\nBy Xu Xiao (China Daily) Updated: 2012-09-11 08:07\nFounded in 2010, Dongsheng Technology Park is already home to more than 80 enterprises and their 7,500 staff members.\nDongsheng Technology Park was a garbage dump a decade ago. Today it has risen from refuse to refinement as an incubation hub for high-tech companies who found a home in northeast corner of Haidian district.\nSince it began operations in 2010, Donsheng's 200,000 square meter first phase looks like a park in the countryside. It is more than 50 percent covered by replanted forest.\nThe area already has more than 80 enterprises and their 7,500 staff members along with has three State-level labs. Some 347 patents have come out of operations in the park.\nAnd more than 18,000 people are expected to be working at the Dongsheng facility by the end of the year.\n\"The major attribute of Dongsheng is that both accelerator and incubator services are in the same park,\" said Liu Yajie, general manager of the park, an approach reflected in the developer's name - Beijing Dongsheng Technology Accelerator and Incubator Co.\nMany enterprises in the park are in the top rank of domestic high-tech industries. It is the home to the research center for the giant State-owned power company State Grid.\nAs part of Haidian Park, Dongsheng is the result of Zhongguancun's northern expansion that further develops its cluster of high-tech industries.\nAlong with its good relationship with government offices in Haidian district, the Dongsheng park provides property management, living and business services, as well as lending and other financing services.", ["Z3", "Z3.5", "Z5"]),
    ("https://ev.buaa.edu.cn/info/1183/3533.htm",
     "News & Events\nBeihang Signs Strategic Cooperation Agreement with Zhongguancun Development Group to Jointly Build Future Industry Science Park\nRelease time:May 31, 2023 / Hu Xueyang\nOn the afternoon of May 27, at the opening ceremony of the 2023 Zhongguancun (ZGC) Forum —ZGC International Technology Trade Conference and the Global Technology Trade Eco-Partnership Conference, Beihang University signed an strategic cooperation agreement with ZGC Development Group to forge an innovative university-enterprise partnership and jointly build a future industry science park.\nZhao Changlu, Party Secretary of Beihang University, Zhao Changshan, Party Secretary and Chairman of ZGC Development Group, Lyu Weifeng, Vice President of Beihang University, and Zhang Jinhui, Vice General Manager of ZGC Development Group attended the signing ceremony.\nIt is known that Beihang University is approved as one of the ten pilot projects for the construction of future industry science parks by the Ministry of Science and Technology and the Ministry of Education, and ZGC Development Group is a leading market platform for resource integration to facilitate the construction of ZGC National Independent Innovation Demonstration Zone. Both sides will conduct in-depth collaborations in constructing a service platform for the transformation of scientific and technological achievements, fostering achievements with the characteristics of future industries, building a future industry science park, establishing a fund for the transformation of achievements in future industries, and cultivating top-notch innovative and entrepreneurial talents.", ["Z3", "Z4", "Z4.9", "Z6", "Z6.8"]),
    ("https://tdminews.com/old-factory-compound-turns-into-high-tech-park",
     "Old factory compound turns into high-tech park\nBEIJING: Apart from the spacious interior, one could hardly find any other clue that this high-tech park in northwest Beijing was transformed from a furniture factory compound.\n“Our park is home to more than 260 high-tech enterprises, including six unicorn companies and 16 gazelle companies,” said Zhang Lin, assistant general manager of Beijing Jinyu Culture and Technology Development Co., Ltd.\n“We have already forged an industrial cluster for artificial intelligence, big data and healthcare. It is indeed a place where the old meets the new,” said Zhang, referring to the Jinnovation Park, a high-tech hub located at an old factory site in Haidian District, Beijing.\n“The park is quite different from similar industrial hubs since we retain the tall and spacious buildings of the previous Temple of Heaven Furniture Factory,” Zhang said.\nThe renovation project was initiated in 2016 when the furniture factory, founded in 1956, was relocated to Hebei Province.", ["Z5", "Z5.4", "Z5.5"]),
    ("https://www.bjast.ac.cn/Html/Article/20220225/50966.html",
     "BJAST Recommended an Cadre to Support \"Talent Beijing Suburbs Tour\"\nIn order to implement the strategic plan for the development of talents in the capital, the programme \"Talent Beijing Suburbs Tour\" was introduced in 2008. High-level professionals and technical talents in various fields are selected in accordance with the principle of \"professional counterparts and giving full play to their expertise\" and sent to the suburbs of Beijing for counterpart support and grassroots service. In 2021, BJAST recommended Zhang Shuai,  deputy director of the Technology Transfer Center, as a candidate to serve as the deputy director of the Zhongguancun Fangshan Park Science and Technology Service Center, engaged in research on high-tech industry promotion policies, intellectual property rights, and achievement transfer and transformation.\nHe made full use of his professional expertise and resource advantages, played the role of bridge, and carried out a series of key tasks in order to build the upgraded version of Fangshan's high-tech industry and form a Fangshan characteristic industrial ecosystem.\nFirst, he gave full play to intellectual advantages to strengthen top-level design. By actively studying Fangshan innovative development ideas schemes during the \"14th Five-Year Plan\" period and organizing research and preparation of planning documents, he injected new development momentum into related industries.", ["Z5", "Z5.6"]),
    ("http://www.patanipost.com/zgcadminen/home/content/index.html?id=572&cate=117",
     "Construction of the Beijing-Tianjin-Zhongguancun Sci-tech City Moves into a Fast Lane\nOn April 21, the “Collaborative Innovation and Win-win Cooperation— the Development Forum of Beijing-Tianjin-Zhongguancun Sci-tech City” was held at the exhibition center of ZGC National Independent Innovation Demonstration Zone. \nAt the forum, the relevant companies and the government of Baodi (Tianjin) signed a memorandum of cooperation on the construction of Beijing-Tianjin-Zhongguancun Sci-tech City. More than 100 organizations, including Tsinghua University, Peking University, Chinese Academy of Science, enterprise representatives and service agencies of the alliance, attended the meeting.  \nThe ZGC Development Group, CAS Innovation Incubation Investment Co., Ltd, Peking University Science Park, Tsinghua Bauhinia Innovation Research Institute and the government of Baodi District signed the cooperation agreement of industry-university-research innovation alliance. They will gather core innovation elements of Zhongguancun in Baodi to create a new cross-region ecosystem for innovation and start-ups.\nIn addition, 20 enterprises, alliances and sci-tech service agencies signed cooperation agreements on the spot. At the forum, the representatives of Tianjin Electric Power Company of State Grid, Beijing Academy of Social Science and Beijing University Capital Development Research Institute made keynote speeches. \nThe forum marked that the construction of Beijing-Tianjin-Zhongguancun Sci-tech City has moved into a fast lane, that the ZGC Development Group has taken a new step to build the Beijing-Tianjin-Hebei Collaborative Innovation Community. It will play a demonstration role in the synergetic development of Beijing, Tianjin and Hebei and the implementation of the National Independent Innovation Strategy. ?", ["Z5", "Z5.12"]),
    ("https://chinaservicesinfo.com/s/201707/12/WS5b77e732498e855160e88ae5/new-round-of-innovation-and-technical-cooperation-between-beijing-tianjin-and-hebei.html",
     "On July 11, the work program Use the Advantages of Zhongguancun Energy Saving and Environmental Protection Technology to Promote the Transformation and Upgrading of Traditional Industries in Beijing, Tianjin and Hebei was jointly issued by the Zhongguancun Administrative Committee, the Tianjin Science and Technology Commission and the Hebei Provincial Science and Technology Department.\nThe program aims to realize the transformation and upgrading of traditional industries in the Beijing-Tianjin-Hebei region by 2018.\n\"In the context of accelerating construction of the Beijing-Tianjin-Hebei collaborative innovation community,\" said Chen Xing, a researcher in the industrial office of the Zhongguancun Administrative Committee, \"Governments from the three regions should act as a third party to meet the technological and environmental needs of enterprises.\"\nThe transformation and upgrading of traditional industries such as steel, chemicals and building materials in the Beijing-Tianjin-Hebei region will be promoted in four ways: by undertaking smaller projects, planning and completing major projects, developing cooperation mechanisms for cross-regional energy conservation projects, and building a green financial services platform.\nHaving gathered all kinds of energy conservation and environmental protection resources, Zhongguancun is now the largest new energy industry R&D service and technology radiation center in China. It has formed an industrial cluster based on technical service, a total engineering package and integrated innovation.", ["B5", "Z4", "Z4.7", "Z5", "Z5.12"]),
    ("https://www.indrastra.com/2016/01/PAPER-Intl-Strategy-Development-for-Tech-Enterprises-in-China-002-01-2016--63.html",
     "Based on the data from Zhongguancun area, this research paper analyzes the current situation and problems of the internationalization of technological enterprises.\nBy Lan Wang\nstrategy is a very hot topic today. Embedding in the global industry chain\nhelps enterprises better integrate resources and enhance innovation capability\nespecially for technological enterprises. Based on the data from Zhongguancun\narea, this research paper analyzes the current situation and problems of the\ninternationalization of technological enterprises. And furthermore we put\nforward some suggestions to improve market internationalization of\ntechnological enterprises. In order to enhance the innovation capability and\ncore competence, the government should support enterprises to explore\ninternational markets and establish a platform for technological intermediary\nImage Attribute:\nBeijing's Zhongguancun High-Tech District, known as China's Silicon Valley /\nSource: Bloomberg\nKeywords: International\nStrategy, Resource Integration, Technological Enterprises", ["Z7", "Z7.5"]),
    ("https://english.beijing.gov.cn/government/reports/202402/t20240204_3555006.html",
     "Second, we harnessed the power of technological innovation to cultivate a stronger driving force for high-quality development.\nWe stepped up the pace of building Beijing into an international innovation center. Emphasis was placed on developing and attracting top-tier scientists, especially among the young generation. Action plans were rolled out to secure the city's leading position in basic research and achieve breakthroughs in core technologies in key fields. We helped to ensure that Beijing-based national laboratories operate at high standards, and supported new R&D institutes in their organized research endeavors. Business-led collaboration that bridges industries, universities, and research institutes was promoted.\nWe boosted the development of the \"three science cities and one demonstration area\" (which refer to Zhongguancun Science City, Huairou Science City, Beijing Future Science Park and the Demonstration Area for Innovation-based Industrial Clusters. They serve as pivotal platforms for building Beijing into an international innovation center). In Zhongguancun Science City, ground-breaking technologies were developed at a faster pace. Newly piloted reform measures were extended to all parts of the Zhongguancun National Demonstration Zone. The launch of an experimental reform area dedicated to funding innovation was approved.", ["B1", "B2", "B6", "Z2", "Z2.3"]),
    ("http://english.beijing.gov.cn/latest/news/202103/t20210331_2341391.html",
     "Beijing Municipal Bureau of Economy and Information Technology recently issued the \"Action Plan for Smart City Development of Beijing during the 14th Five-Year Plan Period.\"\nAccording to the action plan, Beijing will have established a coordinated and standardized urban perception system, greatly improved its overall data governance capabilities, and increased the level of intelligent application systems across various sectors throughout the city by 2025, making it a benchmark city for new global smart cities.\nThe plan lays out six major tasks, including enhancing the foundation of smart development, making the city life more convenient, improving efficiency in government affairs, promoting the development of the digital economy, ensuring security and stability, and strengthening policy application in various fields.\nThe plan also proposes that Beijing establishes a \"set of ledgers\" for the city's perception terminals, promote the construction of a perception base network such as smart poles and towers, accelerate the coverage of the perception network, and build a unified perception management and service platform for the entire city.", ["B4"]),
    ("https://english.beijing.gov.cn/investinginbeijing/WhyBeijing/Environment/bus_env_policy/bizenv_location/202403/t20240324_3599016.html",
     "The Guidelines is formulated for accelerating the development of the International Center for Science and Technology Innovation in Beijing, and Zhongguancun Science Park into a globally-leading technology park, fully leveraging technology enterprise incubators to promote the commercialization of technological achievements, facilitate entrepreneurship based on key and core technologies, serve the advancement of high-end, sophisticated and cutting-edge industries, etc., to develop an open innovation ecosystem of global significance.\n01 General Guidelines\nThe general guidelines contain guiding principles, basic principles and development objectives.\nGuiding Principles\nFollowing the guidance of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, the Guidelines seeks to further the implementation of innovation-driven development strategies. Targeting the innovative development of technology enterprise incubators, it aims to make efforts to improve incubation efficiency, strengthening connections and collaboration across the entire industry chains covering technological innovation, commercialization and incubation, enterprise cultivation, and industrial agglomeration, and accelerating the establishment of an entrepreneurial incubation system seamlessly integrating innovation with industrial development.\nBasic Principles\nFocusing on advanced sectors to improve paradigms; empowering industries and conducting coordinated planning; connecting the rest of the world and embracing openness and coordination; and adhering to the market-oriented principle under the guidance of the government.\nDevelopment Objectives\nTo establish a tiered and well-connected entrepreneurial incubation system by the end of 2027 with benchmark incubators playing leading and demonstrative roles, municipal-level technology enterprise incubators serving as pillars, and other types of incubators fulfilling all other roles.", ["B6"]),
]
# traps: (kind, url, language, text); all irrelevant
WEB11_TRAPS = [
    ("tianjin", "http://qgaf.com/shippingsite/272.html", "zh-Hans",
     "本报讯(记者王音)昨日从西青区得悉,天开西青园正式推出“西翼金种子方案”,拿出2亿元财务专项资金,设置无偿“助苗”、股权出资、基地建造等资金类目,扶持科创型草创企业(团队)。引育“金种子”,助力企业(团队)在天开西青园扎得深、走得远。\n据了解,“金种子”是天开西青园内新落地企业(团队)通过“一引荐双把关”机制或市级以上立异创业大赛挑选出来的优秀企业(团队)。其间,通过“一引荐双把关”当选的企业(团队)需通过高校、科研院所和严重立异渠道引荐,并由天开西青园托付的第三方安排安排专家对企业(团队)技术上的含金量与未来商场开展的潜力做评价,方能当选“金种子”。\n进入“金种子”名单后,企业(团队)将取得100万元资金支撑,其间,50万元为无偿“助苗”资金,50万元为股权出资资金,一起将享用必定面积载体空间3年免费使用权以及“金种子”供给的定制化优质服务。"),
    ("wuxi", "https://www.51haodu.com/t/N1NK!VVGQTB2cQ==", "zh-Hans",
     "无锡:“跑通”中试线,让创新成果“落地生金”\n江苏知识产权  · 公众号  ·  · 2025-05-29 17:21\n正文\n请到「今天看啥」查看全文\n我们为什么如此重视中试?全球竞争加剧的当下,推动国产关键材料、核心装备及工艺的验证熟化,加快国产替代进程是大势所趋,同时国家重大需求和战略必争领域需要中试服务的有力支撑。\n上海交大无锡光子芯片研究院院长金贤敏曾有个关于中试的“心结”。“以前我在牛津大学从事芯片设计和系统集成工作时,芯片流片需要去别的平台进行。一等就是4年,才等来一批可能已经产生‘故障’的芯片。”他表示,现在国内大量的科技公司还面临这样的困境,这大大阻碍了技术迭代的进程。\n光子芯片可以说是电子芯片的下一代。2021年,金贤敏带领团队在无锡建设国内第一条高端光子芯片中试线,去年9月底,中试线正式启用,通过设计优化、工艺迭代、可靠性验证,可开发6/8寸薄膜铌酸锂晶圆级芯片量产工艺,实现薄膜铌酸锂光子芯片规模量产。"),
    ("jiangsu", "https://fx361.cc/page/2024/0101/25597340.shtml", "zh-Hans",
     "海外人才离岸创新创业基地建设成效与发展对策\n2024-01-01 00:00:00李明丁宏\n现代管理科学 2024年4期\n关键词:创新创业\n[摘要]经过近年来试点实践,江苏省离岸基地建设内部运行更加专业高效,市场机制更加完善成熟,离岸网络更加紧密优化,引才渠道更加柔性共赢,创新生态更加开放融合,金融支持更加精准有力。同时仍存在不确定性环境应对方案待完善、海外引才机制待加强、海外人才聚留生态环境待改善、落地项目对产业支撑作用待提升等问题。针对上述问题,通过案例分析、实地调研和基地评估等方式,分析总结海外人才离岸创新创业基地发展模式及建设成效,提出推进海外人才离岸创新创业基地高质量发展的对策建议。如完善基地顶层设计,放大创新资源集聚效应;发挥市场主体作用,激发离岸创新创业活力;加大离岸创新中心建设,助推科研成果转化落地;促进协调联动发展,提升创新产业支撑效率;优化海外人才创新创业环境,打造引进海外人才生态链;强化双创服务保障,推动基地制度集成创新等,进一步发挥海外人才离岸创新创业基地作用,为建设具有全球影响力的产业科技创新中心提供坚实支撑。\n[关键词]离岸基地;创新创业;海外人才\n一、 引言\n2015年,中国科协在深圳、武汉、上海等地试点建设国家海外人才离岸创新创业基地,依托创新创业密集区,探索“区内注册、海内外经营”等离岸模式,打造具有引才引智、创业孵化、专业服务保障等功能的国际化综合性创业平台,吸引各类海外高端人才来华创新创业。江苏省先后在苏州、南京获批试点建设国家海外人才离岸创新创业基地。在总结苏州、南京国家离岸基地试点建设基础上,目前江苏省试点建设30余家省级离岸基地。"),
    ("national", "https://m.163.com/dy/article/KKPCH7T105346RC6.html", "zh-Hans",
     "产业结构调整升级更对从业者提出了“专业化服务+产业化思维”的双重要求,专业技术转移人才短缺的瓶颈愈发凸显\n“用科学家听得懂的语言沟通技术,用投资人看得懂的逻辑阐述商业模式,用企业家需要的方案解决落地难题。”\n文 |《瞭望》新闻周刊记者 岳栋\n今年,复旦大学技术转移硕士项目将迎来首期班学生;上海交通大学技术转移硕士项目将新增全日制学习方式,并优化招生选拔标准。自2021年全国首个技术转移硕士专业学位点获批以来,多所高校瞄准科技成果转化核心需求,加速培养高层次技术转移人才。\n技术转移人才是连接实验室创新与产业化应用的关键枢纽。近年来,我国科技成果转化市场呈现爆发式增长,全国技术合同成交额已连续8年保持两位数增速,产业结构调整升级更对从业者提出了“专业化服务+产业化思维”的双重要求,专业技术转移人才短缺的瓶颈愈发凸显。\n职业认可度的提升,也为技术转移人才队伍扩容注入动力。2022年,“技术经理人”被正式纳入《中华人民共和国职业分类大典》,归类为“专业技术人员”。目前全国已有超10个省份将其纳入职称评审序列,上海等地更将其列入紧缺人才目录,技术经理人的职业发展通道进一步畅通。"),
    ("national", "http://un.china-mission.gov.cn/zgylhg/jsyfz/kjcfz/201401/t20140130_8357827.htm", "zh-Hans",
     "中国科技通讯(NEWSLETTER)\n2014-01-30 04:43\nNO.22-23\n目录\n专刊:中国的科技企业孵化器\n中国的科技企业孵化器\n武汉东湖新技术创业中心\n西安高新区创业园\n上海的科技企业孵化器\n杨浦科技创业中心\n清华创业园\n中国的科技企业孵化器\n作为中国科技政策框架下的一个重要组成部分,科技企业孵化器(简称孵化器)经过二十多年的发展,已取得显著成效。在党中央国务院的关注、科技部的指导以及地方政府的有力支持下,孵化器在各地快速发展,已成为促进科技成果产业化、培育科技企业和企业家的重要载体,成为推动科技创新创业、建设创新型国家的助推器。中国科技企业孵化器的主要成效和特点如下:\n1、激励科技创新创业,培育了高新技术企业和战略性新兴产业的主导企业\n孵化器始终将支持企业的科技创新和创业作为自己的根本任务。据统计分析,全国超过95%的科技创业企业在孵化器发展聚集,数量逐年递增。截至到2012年末,全国纳入统计的科技企业孵化器达到1239家(其中国家级435家),孵化面积超过4300万平方米,服务和管理人员总数达到2.2万余人,在孵企业超过7万家,创业团队超过143万人。"),
    ("huizhou", "https://feifmx.com/domesticgd/10000159/20181016/34172945_all.html", "zh-Hant",
     "央廣網(wǎng)惠州10月16日消息(記者鄭澍)2018中國創(chuàng)新創(chuàng)業(yè)大賽軍民融合專業(yè)賽(惠州賽區(qū))復賽于15日在惠州仲愷高新區(qū)拉開帷幕,。本次大賽作為2018中國創(chuàng)新創(chuàng)業(yè)大賽軍民融合專業(yè)賽四大賽區(qū)之一,由中央軍委科技委科技戰(zhàn)略局,、科技部火炬高技術(shù)產(chǎn)業(yè)開發(fā)中心指導,。來自北斗應用,、動力電池、防務電子三大領域的132個項目同臺較量,,當中12強項目脫穎而出,,進入決賽。復賽當天,,大賽系列配套活動也一應開展,。\n2018中國創(chuàng)新創(chuàng)業(yè)大賽軍民融合專業(yè)賽(惠州賽區(qū))共收到了全國14個省市及海外地區(qū)的277個項目報名,經(jīng)過網(wǎng)絡評審與初賽遴選,,132個項目進入復賽,。"),
    ("hainan", "http://hi.people.com.cn/BIG5/n2/2024/0529/c231190-40861125.html", "zh-Hant",
     "第十二屆中國創新創業大賽技術融合專業賽暨第五屆中國航天創新創業大賽決賽在文昌開幕\n人民網文昌5月29日電 (記者李學山)5月28日,以“協同創新 產業融合”為主題的第十二屆中國創新創業大賽技術融合專業賽暨第五屆中國航天創新創業大賽決賽在文昌開幕。\n大賽開幕現場。文昌國際航天城管理局供圖\n本屆賽事由中國科學技術協會、國家航天局和中國創新創業大賽組委會辦公室指導,中國航天科技集團有限公司、中國航天科工集團有限公司、海南省科學技術廳等單位支持,中國航天科技國際交流中心、中國宇航學會和文昌國際航天城管理局聯合主辦,海南航天城產業投資控股有限公司協辦。\n本屆賽事於2023年10月正式啟動,面向全社會開展項目征集,征集范圍包括智能制造、商業航天、前沿新材料、高效能源、人工智能、無人機、電子信息等符合國家產業發展規劃的重點領域,近400家企業、高校、科研院所、創業團隊報名參賽,最終38個優秀項目脫穎而出、晉級決賽。"),
    ("shanghai", "https://blocking.net/shanghai-pudong-will-launch-a-supervisory-sandbox-to-create-a-test-field-for-fintech-innovation.html", "en",
     "Shanghai Pudong will launch a “supervisory sandbox” to create a “test field” for fintech innovation\nText: Liang Yushan\nSource: Mars Finance\nAccording to the Xinhua News Agency report on December 12, Wang Hua, deputy head of the Pudong New Area of Shanghai, revealed that Pudong will create a \"test field\" of fintech innovation first trials, and with the support of the regulators, pilot a \"supervisory sandbox\" system. Create a sound business environment for fintech innovation.\n\"In terms of risk prevention, Pudong will promote the establishment of the 'Financial Union Financial Technology Industry Special Committee' to pilot a new management model for the financial technology industry to jointly govern the orderly and healthy development of financial technology.\"\nFrom the current point of view, Shanghai has become the second city after Beijing to test the financial “regulation sandbox” system."),
    ("shanghai", "https://govt.chinadaily.com.cn/s/202404/17/WS662667f9498ed2d7b7eac4b8/shanghai-opens-upgraded-center-for-overseas-talents.html", "en",
     "An upgraded service center to better meet overseas talents' needs with high-quality, efficient and seamless services opened in Shanghai's Changning district on Tuesday.\nThe service center, officially known as Shanghai Hongqiao One-stop Service Center for Overseas Talents, is the updated version of the previous one. Taking up a space of more than 11,000 square meters, the center consists of a self-service area, a core functional area as well as a digital display area.\n\"Situated in a location with more convenient transportation, the new center offers improved software and hardware to better serve overseas talents' all-around requirements in working, studying and life,\" said Li Min, an official in charge of the overseas talents affairs reception section at the service center.\nAccording to Li, the center's service includes 65 items of functions, or 35 government services and 30 life services."),
    ("shenzhen", "https://foreignaffairs.co.nz/2021/10/29/mil-osi-china-international-talent-service-workstation-opens-in-luohu/", "en",
     "MIL-OSI China: International talent service workstation opens in Luohu\nSource: China State Council Information Office 2\nThe opening ceremony of an international talent service workstation in Luohu was held at Luohu international talent service center Oct. 28. The workstation of Luohu’s Guiyuan sub-district issues work permits to foreigners employed in the district.\nThe opening ceremony was attended by Zhong Hai, deputy director of the Shenzhen Science and Technology Innovation Commission, as well as Lai Jianhua, director of the office of the Luohu District Committee of the Communist Party of China, and among others.\nLuke, a Polish native, received one of the first work permits issued by the new workstation. “It’s really convenient to get a work permit here,” said Luke. “The service is good and the work is efficient.”\nThe workstation, co-founded by the Shenzhen Bureau of Foreign Experts Affairs, Luohu Bureau of Foreign Affairs, Luohu Bureau of Talents and the Guiyuan sub-district office, serves as a “one-stop” service platform to issue work permits and provide consultation service."),
    ("chengdu", "http://tianfusoftwarepark.com/templates/zh/newsDetail/25237.aspx", "en",
     "Chengdu's high-tech zone ramps up recruitment efforts around world\n2018/10/15 | 来源:\nAs a vital economic engine and major force in China's new economy, Chengdu in Sichuan province is taking new steps to attract the ever-greater number of overseas professionals needed to staff its local enterprises, according to the local government.\nDelegates from Chengdu attend the overseas recruitment event in New York, the United States. PHOTOS PROVIDED TO CHINA DAILY\nIn July and September, a large number of enterprises in sectors such as information technology, new economy and biological medicine from the Chengdu Hi-Tech Industrial Development Zone launched a series of recruitment events in overseas cities including London, Dublin, New York and Boston. The events were attended by more than 650 participants and 140 jobs were offered.\nHeld by the Party and mass work department of the Chengdu high-tech zone and Chengdu Tianfu Software Park Co Ltd, the events named \"Tianfu Talent Recruitment, Overseas Tour\" have attracted several renowned enterprises including Changhong, Ubisoft Entertainment, Australia and New Zealand Bank- ing Group, Chengdu Winnersoft Co Ltd, ThoughtWorks and\nThe Chengdu high-tech zone has built an offshore entrepreneurship base in Boston. [Photo provided to]"),
    ("hongkong", "https://hkfj.org/article/810", "zh-Hant",
     "大灣區媒體採訪|北都創科用地招才引資 培育世界級企業\n圖:採訪團到海洋公園,了解熊貓經濟成果。\\大公報記者黃洋港攝\n「同心築夢 共謀發展」粵港澳媒體灣區行第四場聯合採訪活動24日前往香港科學園及香港中文大學農業生物技術國家重點實驗室,了解香港創科機遇及發展情況。\n香港科技園公司初創企業生態圈培育及發展總監粘清澤介紹,科學園每年招募約100名全球頂尖大學學生來港實習,計劃今年將人數翻倍。他日前前往英國宣傳,收到了來自牛津、劍橋等英國名校的近千人申請。他說,在發展人工智能方面,香港雖不具備開發大模型的條件,但在垂直應用方面涵蓋的領域十分廣泛。此外,多間本地大學在人工智能開源方面貢獻很大,在AGI全球開源貢獻度排名中,香港連續兩年位居世界第二,僅次於美國。"),
    ("rental", "http://www.scmp.com/property/hong-kong-china/article/2058983/long-term-multi-sized-stylish-rental-spaces-prove", "en",
     "Long-term, multi-sized stylish rental spaces prove attractive options for China’s young urbanites\nSmallest is a 15 square-metre rooms (an area roughly 3.75 metres by 4 metres, or 3 metres by 5 metres) priced at 4,200 yuan\nA 10-minute walk from Guomao, Beijing’s central business district and an enclave for hundreds of thousand of office workers, an imposing building with a bright green-white facade stands apart from others surrounding it.\nOn the packed first floor is a small cafeteria space as well as a mini-gym, a yoga room, and lounge for hanging photos. Free bicycles are on offer at the entrance.\nThis is the flagship building of China Young Professional Apartments (CYPA) which offers long-term rental contracts for affluent, cosmopolitan young people in the city who cannot afford, or are unwilling to buy a home, but are willing to pay for a comfortable flat.\nWang Gehong, chief executive of CYPA, says 80 per cent of the tenants have an overseas education and 70 per cent are single women."),
    ("mall", "https://uuenn.com/archives/74529.html", "zh-Hans",
     "成都电脑城在哪里(成都6大电脑城简介)\n发布时间: 2023-08-17 11:28 阅读: 文章来源:3P769IOPNY\n在互联网刚刚被引进之时,对于追求时尚的成都人来说,电脑城的存在宛若天堂,那个地方留在记忆里的是潮湿的夏天,浑身的汗渍,粘糊糊的衣裳,摩肩接踵的人群和不绝如缕的叫卖声。一切的气息和声音都混合着高涨的荷尔蒙,留在了磨子桥的那片热土上。当时的少年说,“那些年,流连于百脑汇和新世纪的时光便是我一去不复返的青春岁月。”\n――搞机少年回忆录\n前些日子,新世纪电脑城的一个哥老倌发消息来说,以后要找他去隔壁。后来才知道,新世纪电脑城即将停止营业。掐指一算,我已经有两三年没去那里转一转了。\n新世纪电脑商城宣布将在4月5日起停止营业的公告刷屏了不少成都人的朋友圈,微博,掀起了大家的怀念热潮。\n范儿姐印象中,在十年前的成都,再木讷的男人,一旦提到电脑城也会变得口若悬河,他可以从磨子桥一直讲到跳伞塔。彼时,成都许多IT从业者还是科技产品发烧友,磨子桥在他们心中的地位则如同北京的中关村,深圳的华强北。"),
    ("school", "http://m.ischoolbk.cn/bjlist/zgcwgy/news/8269.html", "zh-Hans",
     "北京市中关村外国语学校\n2025年北京市中关村外国语学校学费及性价比指南\n为孩子选择学校时,学费始终是家长关注的重点。作为一所覆盖小学至高中的12年一贯制民办学校,北京市中关村外国语学校凭借多元化的班型设置,满足了不同家庭的升学需求。然而,面对普通班、双语班、国际班等差异显著的学费标准,许多家长不禁疑惑:“这个价格到底值不值?”本文将详细梳理各学段学费明细,并结合课程资源、升学服务等维度,解析其性价比,为家长提供参考。\n一、中关村外国语学校学费标准:分班型精准定价\n学校学费按“学段+班型”划分,国内课程班与国际课程班价差明显,家长可根据升学规划灵活选择:\n小学部\n普通班:5.2万元/年,以语文、数学等基础课程为核心,每周安排2-3节外教英语课,适合以国内升学为主的家庭。"),
    ("passing", "https://colamg.com/a/shang-di-san-jie-yi-liang-bao-ma-che-jin-tian-zhong-wu-zi-ran-qi-huo-xian-yi-bu-mie-wu-shang-wang.html", "zh-Hant",
     "上地三街一輛寶馬車今天中午自燃起火,現已撲滅無傷亡\n(原標題上地三街一輛寶馬車今天中午自燃起火,現已撲滅無傷亡)\n今天中午11時40分左右,一白色寶馬車在上地三街自燃起火。目前,火已被撲滅,現場人員傷亡,道路交通已恢復正常。\n下午1時,記者趕到現場時看到,車已被拖走,現場殘留着車被火燒過的碎片玻璃殘渣和滅火痕跡空氣中瀰漫着濃郁的燒焦味道\n“我11點43分下樓的時候就看到信息大廈對面的馬路上有一輛白色寶馬着火了,當時有大量黑煙,還有噼裡啪啦的車窗玻璃爆炸聲。”現場目擊者劉先生說。\n據現場的交通協管員介紹,車輛在11時40分左右起火,11時50分左右消防車趕到,火很快被撲滅。車輛是因自燃起火,但自燃的具體原因尚不明晰。"),
]
add_web_round("web11", WEB11_RELEVANT_ZH, WEB11_RELEVANT_EN, WEB11_TRAPS, all_tune=True)

# --- added round 12: a TUNING round like rounds 7, 8, 10 and 11 (decided before any row was collected: every round-12 row
# goes to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are
# unchanged (holdout.jsonl SHA-256 8546732d07d656e9275ba0e9ab41cf56a18afee86a0b97696f6c6071d31d4c57 before and after).
# Theme: everyday news that states the plans' tasks in news wording, weighted towards the labels missed most on tune (B6, B4,
# B2, B3/B5; Z2.1/Z2.3/Z2.4, Z5.1/Z5.5/Z5.12, Z1, Z4.6, Z6.3/Z6.8/Z6.9, Z7.2/Z7.3/Z7.4), plus relevant rows with no task
# content (statistics, visits) and Beijing-centre rows that never name 中关村.  Relevant zh: the 2026 upgrade to a
# 北京(京津冀) centre (blog), the 中关村(海淀)量子科技未来产业园 and quantum incubator, Haidian's 2019 ZGC Science City frontier
# industries (first 17 scenarios, BAQIS/BAAI, the AI cluster plan, the autonomous-driving zone), Beijing's 2026 AI work
# (联合报), Chaoyang's 科技百园 / 光智空间, the 半月谈 'village history' statistics, 瞭望's 'mission of ZGC' (big5 gateway), the
# 2018 'run, ZGC' feature, Beijing's 2023 专精特新 map, Beijing's S&T-system reform since 2012, the ZGC committee's guidance of
# sub-park spatial planning (一区多园统筹), the Haidian park's Qinhuangdao branch (2014), the Xiong'an ZGC park in 2025 (中评社),
# 中关村壹号 during a 2022 press tour, Daxing's "two zones" signing, E-Town's BioPark (联合报), a Taiwan makers' station in a ZGC
# incubator (2016), a Beijing-Taiwan youth visit to the ZGC exhibition centre (2015), the 2024 BTH coordination index, 2021 BTH
# statistics, the Beijing delegation at the 2017 高交会 (中评社), 中关村科技担保 at 25.  zh-Hant (8) from HK/TW outlets (联合报,
# 中评社), the big5 gateway and syndicators (pinyin annotations such as 網(wǎng), 區(qū) and mojibake such as '確!皟蓞^(qū)”' left
# in).  Relevant en: the sub-centre's ZGC design park (2020), the 2021 "two zones" 15 measures, the 2024 international S&T
# cooperation regulation (dictall mirror of China Daily), the 2012 ZGC-Silicon Valley talents centre, the 2000 returnee
# building, the 2021 overseas-talent pioneer parks, Beijing's 2021 potential unicorns, the 2017 Chaoyang Garden cluster, New
# Zealand graduates in the ZGC international incubator (2003), ZGC in 2025 figures (novinite), Haidian's tech-finance hub plan
# (an English article on a Chinese document mirror with a mojibake title).  Traps: Wuhan Optics Valley / 东湖科学城 (one zh-Hant),
# an English ZGC phone-repair blog (`mall`), Shenzhen Guangming and Hetao (English), Taipei's tech corridor (大纪元 via a big5
# mirror), Hong Kong hard-tech editorial, HK unicorn list (pinyin annotations) and the Lok Ma Chau Loop park (`hongkong`), a
# Sunan demonstration-zone paper naming 北京中关村 as the first zone (`jiangsu`), Zhangjiang's 科学之门 (zh-Hant with stray '?'
# and zh), Wudaokou eateries (`restaurant`), a Beijing-Taiwan youth start-up contest in Beijing and Beijing subway crowd
# control (`passing`).  No ZOL page, rental report or school page was found that no earlier row uses (m.zol.com.cn/6892085,
# juwanzhuan's ZOL test, the IT 北漂 中关村 rentals and the programmer's rental memoir are all earlier rows), so this round has
# no `zol`, `rental` or `school` trap.  Excerpts are 3-10 sentences copied as the pages have them (headers, bylines, '…'
# cut-offs and glitches such as the 004km title '8月21日匯報稿', 'a a huge building', '(about .42 trillion)', 'promo' and '向' at
# the cut left in); several skip a middle paragraph or photo captions (zh03-zh05, zh07-zh09, zh11, zh14, zh17, zh21, zh22, en06
# and some traps).  Labels written from the text alone; none of these rows was run through the classifier.
# Overlap check: every URL was checked against all earlier rows (tune.jsonl, holdout.jsonl and this file; 24 candidate pages
# were dropped as already used, among them siheshuidao's 平谷/顺义 parks, the 2024 Xinhua 'ZGC' feature (tjtfjx), 591pin's AI
# unicorns, the 2022 新华社 'ZGC accelerates', chinadaily 2011, the 2021 "two zones" IP-pledge briefing, the scenario essay,
# chinantd/nigeriatimes/gylhsc, the B&R 'ZGC' plan, the 2026 international technology trading centre summary, the 2011 talent
# recruitment feature, the Hsinchu/Guangming/Silicon Valley/ZOL/mall/rental pages of earlier traps), and every excerpt's
# 40-character windows (whitespace removed) against all earlier texts: no shared passage; the only hits are boilerplate
# phrases in English ('the Beijing Municipal Science & Technology Commission', 'international science and technology
# innovation center', "in Shenzhen, south China's Guangdong Province", 'the Hong Kong Special Administrative Region') shared
# with seed003, web3-rel-en12, web8-rel-en12, web5-trap-xian15 and one magichtml text.  No round-12 row tells an earlier row's
# story (left out as already told: the 2023 sci-tech finance pilot-zone plan, the 23 distinctive parks, the AI large-model
# cluster's parks, the Jingxi AI park, the Daxing base's expansion, the 2024 BTH branch figures, the 2020 BTH press conference,
# the 中关村一带一路产业促进会, the 2016 China Daily tasks, the 2021 smart-city outline, the 2023 future-industries plan, the
# 2019 S&T-reform measures, the 2011 talent-zone action plan, the 2017 ZGC-BTH energy programme, the Beijing-Tianjin-ZGC
# Sci-tech City forum, IASP 2025, the 2017 unicorn report, the 2021 and 2024 Forums, the 2022 三城一区 China Daily profile),
# and no two round-12 rows tell the same story (the 2024 BTH index and the 2021 BTH statistics are different years' releases;
# the two 联合报 rows are different stories).
# Labels (README rules, rounds 2-11 readings) plus: B5 for the centre's upgrade to a BTH centre and for Beijing's technology
# flows to Tianjin-Hebei in statistics releases (as round 6), with Z5 + Z5.12 for the Binhai-ZGC park's new firms in the 2021
# release; B2 for the ministry's support for Beijing to lead in quantum and for Beijing's 2026 push to put large models in the
# global first tier, with B4 for its 20 public-social data scenarios and digital cluster; Z5 + Z5.3 + Z4 + Z4.9 + Z3 + Z3.4 for
# the quantum future-industry park and incubator; B1 for BAQIS/BAAI/微芯研究院 and new-type R&D institutions in ZGC Science City,
# with Z4 + Z4.4 for its first 17 technology scenarios and autonomous-driving zone and Z4.6 for its AI cluster plan; Z5 + Z5.4 +
# Z4 + Z4.6 for Chaoyang's old factories turned quantum-computing sites and the planned 100-billion AI cluster in the ZGC
# Chaoyang park; Z5 + Z5.8 for the committee's guidance of sub-park spatial planning and the 一区多园 coordination plan; Z5 +
# Z5.12 for the Haidian park's Qinhuangdao branch and the Xiong'an ZGC park; Z5 + Z5.7 for 中关村壹号's smart-park management;
# Z5 + Z5.3 + Z5.12 for the sub-centre's urban-technology characteristic park (004's Z5.12 "支持通州园…打造城市科技特色园区");
# Z5 + Z5.1 for Chaoyang Garden's information-services focus; B6 for Beijing's S&T-system reform framed as powering the centre,
# the "two zones" stack (Daxing signing; the 15 measures, with B5 for the BTH national technology innovation centre) and the
# 2024 regulation welcoming foreign sci-tech organisations and talent; Z2 + Z2.3 for 中关村科技担保 and Haidian's tech-finance
# hub; Z3 + Z3.4 for a Taiwan makers' station in a ZGC incubator; Z6 + Z6.9 for returnee parks and the ZGC international
# incubator recruiting graduates abroad; Z6 + Z7 + Z7.4 for the ZGC-Silicon Valley talents centre.  Statistics, feature
# openings, visits, Beijing's 专精特新 map, Beijing's potential unicorns, E-Town's BioPark and the 高交会 delegation get no code.
# Doubtful round-12 rows (kept, flagged here): web12-rel-zh01 (a blog summary; B5 only, Z5.12 left out for its one-clause
# mention of 保定·中关村创新中心 and 京津中关村科技城), web12-rel-zh02 (seven codes for a launch report; Z5.3 for a 'future industry
# park' not called 特色产业园), web12-rel-zh03 (Z4.4 for ZGC Science City's scenarios in a district text), web12-rel-zh04 (B4 for
# data scenarios and a digital cluster; B3 left out for the AI 中试基地, as round 11 did for 中试), web12-rel-zh05 (Z5.4 from
# '旧厂房' turned quantum sites; Z5.3 left out for the 光智空间 block), web12-rel-zh07 (a Xi quote on core technologies: Z1 left
# out), web12-rel-zh09 (Beijing-wide 专精特新 figures: relevant, no Z1.4 as it is not ZGC's own task), web12-rel-zh13 (the
# Xiong'an park, whose 2023 opening is an earlier row's story: this is a 2025 press visit), web12-rel-zh14 (Z5.7 from one
# smart-park paragraph; B6 left out for '两区建设重点区域'), web12-rel-zh15 (B6 for a district signing; no Z code although the
# Daxing base is a ZGC park, as the text never says so; Z4.6 left out for its 千亿级 cluster aim), web12-rel-zh16 (E-Town BioPark:
# relevant, no code), web12-rel-zh18 (a youth-exchange visit, relevant with no code), web12-rel-zh20 (Z5.12 beside B5 in a
# statistics release), web12-rel-en02 (B6 + B5; B1 left out for strategic talent in new R&D institutions), web12-rel-en04 (Z2.2
# left out for 'China's first state-level talents zone'), web12-rel-en07 (Beijing potential unicorns: relevant, no code),
# web12-rel-en09 (Z6.9 for a 2003 international incubator; Z3.6 would also fit), web12-rel-en11 (Z2.3 for a district plan
# whose excerpt opens with a Chinese mirror title).  Hard traps: web12-trap-jiangsu10 names 北京中关村 as the first demonstration
# zone, web12-trap-mall03 is a Zhongguancun electronics-market blog, web12-trap-passing14 is a start-up contest held in Beijing
# (Changping named) in the plans' vocabulary, web12-trap-passing15 is Beijing subway crowd control, web12-trap-zhangjiang11
# names 上海推进科技创新中心建设办公室 and 综合性国家科学中心, web12-trap-wuhan01 has 国家技术创新中心 and 人工智能研究院 for Wuhan,
# web12-trap-hongkong07/08/09 use 硬科技, 独角兽 and 创新及科技园 for Hong Kong and web12-trap-taiwan06 is a Taipei tech corridor.
WEB12_RELEVANT_ZH = [
    ("https://blog.sciencenet.cn/blog-280034-1520788.html", "zh-Hans",
     "北京国际科技创新中心升级为北京(京津冀)国际科技创新中心\n已有 99 次阅读 2026-2-2 11:03 |个人分类:创业创新|系统分类:科研笔记\n北京(京津冀)国际科技创新中心的建设,是中国在全球创新版图上刻画下的重要一笔。它标志着区域发展模式从北京的“单点突破”迈向京津冀的“协同作战”,旨在打造一个立足区域、辐射全国、链接全球的战略性科创枢纽。\n下面这个表格可以帮助你快速了解其核心架构与关键进展。\n🤝 战略定位\n从“北京国际科技创新中心”升级为“北京(京津冀)国际科技创新中心”,致力于成为国家原始创新的主要策源地科技强国建设的战略支撑\n📈 发展现状\n- 全球排名:在《国际科技创新中心指数2025》中,北京在“科学中心”维度排名全球第一。 - 产业集群:已形成新一代信息技术、科技服务业、医药健康3个万亿级产业集群。 - 技术转化:2024年,北京流向津冀的技术合同成交额达843.7亿元,较2020年翻番。\n🔄 协同模式\n“北京研发、津冀转化” 模式成熟。例如,保定·中关村创新中心、京津中关村科技城等成为协同创新的生动注脚。", ["B5"]),
    ("https://bj.cnipai.com/news/detail/308882.html", "zh-Hans",
     "在东方财富看资讯行情,选东方财富证券一站式开户交易>>\n21世纪经济报道记者周慧北京报道\n10月26日,位于北京市海淀区上地地区的中关村(海淀)量子科技未来产业园,和中关村量子科技孵化器正式揭牌。孵化器和产业园的建成,标志着北京在推动量子信息技术产业化进程中又向前一步。\n科技部副司长傅小锋在当天举行的北京量子信息技术创新大会上表示,量子科技和产业已成为各国维护国家技术主权与发展主动权的战略制高点之一,是引领科技产业变革与打造国家战略力量的前沿领域。\n“北京作为我国科技基础最为雄厚、创新资源最为集聚、创新主体最为活跃的区域之一,已成为我国量子领域创新的重要一极。”傅小锋表示,科技部将支持北京在量子科技创新能力提升和产业发展方面走在前、做表率,聚焦打造全球领先的创新策源地和量子产业高地。\n海淀区委副书记杨仁全指出,海淀区作为中关村的发源地和北京国际科技创新中心核心区,是科技创新出发地、原始创新策源地、自主创新主阵地,具备前瞻布局量子科技产业的雄厚资源禀赋和发展根基。", ["B2", "Z3", "Z3.4", "Z4", "Z4.9", "Z5", "Z5.3"]),
    ("http://www.bji.top/html/2020/zc_0117/19102.html", "zh-Hans",
     "北京海淀全力布局中关村科学城基础研究前沿产业\n编辑: 蝶舞 来源:新华网 2020-01-17 17:00:08\n导读:记者从北京市两会获悉,2019年,北京市海淀区全力布局中关村科学城基础研究前沿产业,陆续出台支持人工智能和智能网联汽车产业政策、高精尖产业用地政策等,服务创新和产业发展的政策体系更加健全。\n海淀区相关负责人介绍,目前,中关村科学城的各项工作稳步推进,聚焦人工智能、医药健康、智能制造、芯片、5G等优势领域,编制规划、分类施策,梳理入库146个重点项目;在北京率先推出首批17个科技应用场景,其中5G+8K超高清视频技术应用等7个项目已进入实质性建设阶段。\n在重要项目方面,北京量子信息科学研究院首批科研人员和高端设备正在到位;北京智源人工智能研究院进展明显,已经遴选智源学者69人;北京微芯边缘计算研究院落地建设。\n该负责人表示,根据相关计划安排,2020年,中关村科学城将支持一批新型研发机构、创新企业、创新平台、创新人才,支持共性技术研发平台建设和关键技术突破;制定中关村科学城人工智能产业集聚区建设规划方案;加快自动驾驶示范区建设,推进全域开放测试,启动封闭测试场建设;加快环保园自动驾驶场景示范应用,启动环保园自动驾驶示范应用项目(二期)建设。", ["B1", "Z4", "Z4.4", "Z4.6"]),
    ("https://udn.com/news/story/7333/9355248", "zh-Hant",
     "拚AI應用 北京推中試基地\n聯合報／ 大陸中心／綜合報導\n今年北京將深化人工智能在科學研究、製造、醫療、教育、金融、貿易、文旅等領域的賦能應用，打造國家人工智能應用中試基地，推動人工智能產業規模突破五千五百億元人民幣，培育二至三家具有生態主導力的人工智能領軍企業和一批專精特新企業。\n中新社報導，北京市政府新聞辦二月廿八日召開發布會，北京市經濟和信息化局副局長李輝表示，今年北京將聚焦大模型、自主全棧技術、6G、量子信息、虛擬現實等重點領域，產出更多國際一流科研成果。推動多類大模型性能進入全球第一梯隊，做強開源生態，打造6G試驗網絡和原型系統，構建一流的數字安全技術保障體系。\n李輝說，今年北京還將加快行業高質量數據集建設，落地廿個公共-社會數據融合創新場景。完善數據要素市場體系，推動數據綜合立法。", ["B2", "B4"]),
    ("https://www.yuhaojiang.com/redian/1492328.html", "zh-Hans",
     "朝阳将打造“科技百园”\n创始人\n2026-01-20 14:47:59\n  曾经的“电子工业摇篮”酒仙桥地区,不少旧厂房已成了量子计算、光子计算等新型计算前沿企业的聚集地。记者近日从中关村朝阳园管委会、区科信局获悉,朝阳区将在“十五五”期间打造“科技百园”,推动朝阳成为北京国际科技创新中心建设的主引擎之一。\n  “光智空间”抢滩下一代算力\n  在中关村朝阳园,东至东五环,南至坝河,西至京密快速,北至五元桥,一片总面积约2.67平方公里的区域,正崛起为一个聚焦新型智算应用的创新街区——“光智空间”。中关村朝阳园管委会相关负责人介绍,到2027年,“光智空间”将力争集聚产业链上下游科创企业不少于500家,引进培育10家以上行业领军企业,建成不少于10个标杆应用场景;到2030年,将形成千亿人工智能产业集群。", ["Z4", "Z4.6", "Z5", "Z5.4"]),
    ("https://bhzgc.com/zgcyw/1348.html", "zh-Hans",
     "从“中关村电子一条街”,蝶变为在世界舞台首屈一指的科技创新高地。北京中关村用一个个珍珠般熠熠生辉的创新创业故事,在中国式现代化进程中绘出浓墨重彩的一笔。\n新华社半月谈今天推出特别策划《一个“村”的史记》,全文超过1万字,深度剖析中关村史诗般波澜壮阔的崛起轨迹,及其对推进中国式现代化伟业的宝贵启示。\n一个“村”的史记\n中关村在哪儿?当人们的第一反应还是北京地铁四号线的某一站或是海淀区的某条街时,中关村展示中心常设展上的一面墙给出答案:20世纪80年代至今,中关村已由电子一条街,拓展至如今的中关村东城园、西城园、朝阳园、海淀园、丰台园、大兴-亦庄园等16个园。它在488平方公里土地上,哺育着1.7万家国家高新技术企业、400余家上市公司、85家独角兽企业和11家营收超千亿企业。", []),
    ("http://big5.news.cn/gate/big5/paper.news.cn/2020-10/19/c_1210847535.htm", "zh-Hant",
     "中關村的使命\n在中關村,最不值錢的是電腦,最值錢的是人腦\n“無論你在任何時間、地點,有了一個大膽的創新設想,都很快能在中關村找到志同道合的合作夥伴,找到研發工具、資金支持。”\n中關村有光榮和夢想,有最大的情懷,也有最普通身影,時代英雄與“螞蟻雄兵”都是這裏的建設者、使命的踐行者\n文 |《瞭望》新聞周刊記者 駱國駿 蓋博銘 張驍 吉寧\n“中關村是有使命的。”這是中共北京市委書記蔡奇同志在專題研究推進中關村建設國家自主創新示范區時説的一句點睛之語。這句話意味深長,引發了我們關于“中關村使命”的探訪。\n從“中關村電子一條街”到“新技術産業開發試驗區”,從中國第一個國家級高新技術産業開發區到全國第一個自主創新示范區……中關村始終與時代同頻、與歷史共振,創新引領成為它的基因,不屈與堅韌守護著初心。", []),
    ("http://xiantao.cjyun.org/p/91116.html", "zh-Hans",
     "奔跑吧,中关村!\n新华社北京10月2日电 题:奔跑吧,中关村!——写在习近平总书记率领中央政治局到中关村集体学习5周年之际\n新华社记者陈芳、盖博铭、阳娜、胡喆\n机会稍纵即逝,抓住了就是机遇,抓不住就是挑战。\n5年来,作为我国第一个国家级高新技术产业开发区和国家自主创新示范区,中关村创新驱动发展情况怎样?示范引领作用发挥得如何?新华社记者深入中关村探访。\n170家科技企业的340项最新创新成果在中关村国家自主创新示范区展示中心静静陈列……\n5年前,这里展出了集成电路装备、节能环保、生物和健康等一批创新成果。5年来,这里历经4次改造,焕然一新。\n“展示中心是世界看北京科技创新的窗口。这里不仅是为了展示成果,同时还在总结经验、凝聚共识。”中心主任梁爱民说。", []),
    ("http://www.wyazu.cn/newsarticle/28404.html", "zh-Hant",
     "《2023年北京市政府工作報告》數據顯示,北京國家級高新技術企業、專精特新“小巨人”企業和“獨角獸”企業數量均居全國各城市首位。今年,北京專精特新企業再次擴容,截至目前,北京市已累計培育認定6323家專精特新企業,國家級“小巨人”企業達795家,數量均居全國前列。\n在日均誕生740多家中小企業的北京,哪些企業成為專精特新“領頭羊”?這些創新企業對北京又意味著什么?近日,新京報貝殼財經聯合北京市經信局發布《2023年北京“專精特新”圖譜》,讀懂北京“專精特新”企業加速進階以及“北京智造”之路。\n北京“小巨人”企業數量居全國各城市第一\n北京專精特新企業整體表現出“高精尖、高研發、高成長”特點。2022年北京專精特新企業平均主營業務收入超1.3億元,平均主營業務收入增長率約18%,近八成企業主營業務收入占營收比重在95%以上。超八成屬于十大高精尖產業領域,主要集中在人工智能、集成電路、工業軟件、高端裝備設備、醫藥健康和新材料領域。", []),
    ("http://kphzcittc.com/e/action/ShowInfo.php?classid=12&id=3459", "zh-Hans",
     "KPHZ致力于打造以知识产权为核心,搭建促进国际技术转移、科技成果转化的专业化服务平台!\n科技创新是发展的新引擎,改革则是点燃新引擎的点火系。党的十八大以来,北京市委市政府高度重视科技创新,市科委、中关村管委会深入学习贯彻习近平总书记关于科技创新重要论述和对北京系列重要讲话精神,充分发挥市科技体制改革领导小组办公室的统筹协调作用,坚持问题导向,推动科技体制改革全面发力、多点突破、纵深发展,充分激发创新活力,为北京国际科技创新中心建设提供强大动力。\n加强科技体制改革战略谋划 科技创新统筹能力显著增强\n本市认真贯彻国务院印发的《北京加强全国科技创新中心建设总体方案》,制定北京国际科技创新中心建设“三张图”,每年召开部市共建北京国际科技创新中心现场推进会,统筹推进科技体制改革,加快北京国际科技创新中心建设。党的十八大以来,以市政府办公厅以上名义出台科技创新政策文件70余件,改革的系统性、整体性、协同性显著提高。", ["B6"]),
    ("https://kw.beijing.gov.cn/zwgk/ndzdrw/202310/t20231013_3796534.html", "zh-Hans",
     "(一)编制完成“三城一区”规划,促进协同联动发展。\n  按照市主要领导关于科学城建设的指示精神,强化顶层设计,加快规划编制,目前已形成科学城规划阶段性成果。为提升国际化对标,邀请部分国际知名机构提供咨询意见,吸收采纳20余条建议。\n  (二)加强对分园空间规划的调控引导,提升分园规划建设水平。\n  一是落实《北京城市总体规划2016年-2035年》及实施方案,加强对分园空间规划的调控引导。与市规土委开展工作对接,共同研究起草了《分区规划编制中中关村示范区各分园内容要点和技术要求》,并会同市规土委联合发文各区政府在分区规划编制中落实。\n  二是研究编制一区多园统筹发展规划工作思路。加强对中关村示范区各分园发展的规划引导和统筹管理,拟从空间形态为切入点,突出功能定位、产业布局、空间优化、配套服务、机制体制等方面的内容,强化各分园发挥全国科技创新中心建设中的主要载体作用,以及承担的任务和实施路径。", ["Z5", "Z5.8"]),
    ("https://www.newton.com.tw/wiki/%E4%B8%AD%E9%97%9C%E6%9D%91%E6%B5%B7%E6%B7%80%E5%9C%92%E7%A7%A6%E7%9A%87%E5%B3%B6%E5%88%86%E5%9C%92", "zh-Hant",
     "中關村海淀園秦皇島分園\n2014年5月12日,中關村海淀園秦皇島分園在秦皇島經濟技術開發區揭牌成立。這是中關村海淀園在全國建立的首個分園。該分園的成立,標誌著京秦兩地在資源、空間、產業、技術、人才等方面實現了有效對接,在推進京津冀協同發展戰略進程中邁出了實質性步伐。\n背景\n海淀園是中關村科技園區的發祥地和中心區,園內有高新技術企業1.1萬多家,總收入超過1萬億元,占中關村科技園區的近一半。但海淀園在發展過程中面臨產業發展空間不足、科技資源優勢向產業優勢轉化的課題,這促使海淀部分產業有序轉移。2013年下半年以來,海淀區政府與秦皇島市政府積極洽談對接,尋求合作發展空間。隨後,中關村科技園區海淀園管委會與秦皇島經濟技術開發區管委會簽定合作協定,共同建設中關村海淀園秦皇島分園。", ["Z5", "Z5.12"]),
    ("https://hk.crntt.com/doc/1601/6/0/1/160160171.html?coluid=7&kindid=0&docid=160160171&mdate=0831001615", "zh-Hant",
     "科技園區中的人工智能大廈。(中評社 俞敦平攝) 中評社北京8月31日電（記者 俞敦平）雄安中關村科技園以“北京研發、雄安轉化”為定位，兩年來逐步形成以人工智能與機器人為核心的產業集群，並在RISC－V與IPv6領域積極探索，力求建立自主可控的算力與網路基礎。這些佈局被視為從晶片到網路的“自主可控”關鍵工程，不僅突破長期以來被外企“掐脖子”的技術困境，也為未來數位城市建設奠定基礎。目前園區已吸引逾二百家企業進駐，涵蓋AI大模型、元宇宙、智慧醫療及低空經濟等領域，逐步展現“未來之城”的創新樣貌。\n雄安新區是中國為疏解北京非首都功能、推動京津冀協同發展而建設的“未來之城”。在這片“白紙”上落地的中關村科技園，承接了北京中關村的創新基因，致力於打通創新“最後一公里”，成為科研成果的孵化與試驗場。", ["Z5", "Z5.12"]),
    ("http://cn.chinagate.cn/news/2022-02/09/content_78037659.htm", "zh-Hans",
     "中关村壹号作为海淀区北部最具标志性的产业园区,已经成为该区域人工智能、商业航天等硬科技产业的聚集地。中国网记者 郑亮摄\n中国网北京2月9日讯(记者郑亮 伦晓璇)2月8日上午,由2022北京新闻中心主办的“双奥之城新气象—2022中外媒体北京行”城市形象采访活动走进中关村壹号园区,来自37家中外媒体的56名记者现场感受这一“两区”建设重点区域的魅力。\n作为海淀区北部最具标志性的产业园区,中关村壹号已经成为该区域人工智能、商业航天等硬科技产业的聚集地。园区建筑面积约50万平方米,20栋产业楼宇,聚焦了人工智能、商业航天、金融科技、数字电竞四大硬科技产业方向,云集了132家硬科技企业,其中不乏“小巨人”企业、独角兽企业。\n海淀区数字经济发展具有扎实的基础,中关村壹号一直积极推动智慧园区建设工作。站在大屏幕前,整个园区内的动静一目了然。园区相关负责人介绍,园区各项管理手段也都采用数字化的形式,通过智慧大屏科实现实时监管实时处理。", ["Z5", "Z5.7"]),
    ("http://zhilve.com/newscenter/native/city/20201230/t20201230_525378657.shtml", "zh-Hant",
     "央廣網(wǎng)北京12月30日消息(記者劉天思 通訊員侯宜含 王真)為全面推進國家服務業(yè)擴大開放綜合示范區(qū)和自由貿(mào)易試驗區(qū)建設,確!皟蓞^(qū)”建設不斷取得實實在在的成效,北京大興生物醫(yī)藥基地不斷與高精尖項目對接,加快吸引優(yōu)質(zhì)項目入?yún)^(qū),并以首善標準推進“兩區(qū)”建設,打造首都對外開放的前沿陣地。12月30日,在生物醫(yī)藥基地創(chuàng)新中心召開北京大興區(qū)“兩區(qū)”建設集中簽約系列活動——生物醫(yī)藥基地專場。簽約現(xiàn)場各界企業(yè)代表、專家學者齊聚一堂,進一步推進“兩區(qū)”建設,更好推動醫(yī)藥健康產(chǎn)業(yè)高質(zhì)量發(fā)展。\n醫(yī)藥健康項目落地助力“兩區(qū)”建設\n促進生物醫(yī)藥科技成果轉化、推動高精尖項目和創(chuàng)新創(chuàng)業(yè)團隊落地不僅僅是促進北京大興“兩區(qū)”發(fā)展建設的重點內(nèi)容,也是大興“中國藥谷”致力于打造千億級醫(yī)藥健康產(chǎn)業(yè)集群建設的重要舉措。", ["B6"]),
    ("https://udn.com/news/story/7333/9097836", "zh-Hant",
     "根據2025國際生物醫藥產業創新北京論壇上的消息，今年，多個亞洲首個、中國大陸首個重點項目落地北京經濟技術開發區（簡稱北京亦莊）。\n中新社報導，上述項目均落地位於北京亦莊的國際醫藥創新公園（BioPark）。其中，強生計畫在BioPark建設亞洲首個科創中心、亞太地區最大醫療器械培訓中心、全球心電生理應用及培訓中心和強生中國數字創新中心；GE醫療擬建立全球第二大醫學裝備研發中心、中國首個影像設備創新孵化器；飛利浦將建設全球第二大全產線的研發中心總部以及中荷-中歐國際學術中心，共建醫師培訓中心；中國生物製藥將建立首個前沿科技創新研發中心。\n10月25日，阿斯利康全球研發北京戰略中心正式啟用。該中心是繼阿斯利康全球研發上海戰略中心建立後，阿斯利康在中國建立的第二個全球戰略研發中心，將通過協同合作，引領新藥發現及臨床開發工作，加速創新成果轉化為改變生命的藥物。", []),
    ("http://taiwan.cn/local/yaowen/201612/t20161223_11661329.htm", "zh-Hans",
     "北京中关村里的台湾年轻人\n2016年12月23日 09:59:00来源:新华网\n  新华社北京12月23日电(记者齐湘辉)走进位于北京中关村创业公社的台湾创客驿站,首先映入眼帘的就是“台味儿”十足的门牌:像是一张台湾铁路火车票——“创业公社”四个繁体字下面标注着“北京—台湾”字样。\n  今年10月21日,台湾创客驿站在北京中关村创业公社正式运营,同时有14家台湾创业团队入驻驿站。发展至今短短两月,入驻团队已有20多家,每天都有新的团队咨询入驻事项。\n  郑博宇告诉记者,这个创业基地为每个入驻的台湾创业团队提供三个月的免费办公场地,还提供各项服务咨询帮助创业者研判是否有发展空间。此外,还提供创业公寓、金融服务、甚至还有商学院和数据公司,力图打造一条完整的创业服务生态链。", ["Z3", "Z3.4"]),
    ("http://taiwan.cn/local/dfkx/201507/t20150708_10215178.html", "zh-Hans",
     "7月7日,参加第十六届京台青年交流周活动的京台师生,到中关村国家自主创新示范区展示中心参观。(中国台湾网 段雯婷 摄)\n中国台湾网7月8日北京讯 (记者 段雯婷)“在中关村,我看见一个青年创业者很快办完了系列手续,拿到了经营执照。”台湾世新大学终身教育学院副院长苏建州向记者表示。\n“第十六届京台青年交流周”活动6日在清华大学启动。来自京台高校150名师生在北京市台办相关人员的带领下,参观大陆台资企业威盛集团、中关村国家自主创新示范区展示中心、鼎好商城孵化器,系统完整的了解“科技北京”的发展脉络。\n台湾高校教师:中关村向台湾青年带来了正能量\n中关村已成为中国创新发展的一面旗帜。中关村国家自主创新示范区展示中心全面集中地展示了中关村八大产业集群200余家重点企业的科技创新成果,参加交流周的京台师生近距离了解“科技北京”。", []),
    ("https://reportify.ai/news/1201587750965481472", "zh-Hans",
     "加速构建协同发展格局 2024年京津冀区域协同发展指数继续提升\nGuo Jia Tong Ji Ju·2025-12-25 07:00\n区域全社会R&D经费投入强度为4.22%,比上年提高0.2个百分点[1],其中北京为6.58%,保持各省区市首位,也位居全球创新集群前列。区域专利授权量 35.5万件,比上年增长2.9%,万人有效发明专利拥有量74.3件,增长15.7%,其中北京303.9件,稳居各省区市首位。创新带动产出效率继续提升,区域全员 劳动生产率为21.5万元/人,比上年增长4.4%。 区域技术合同成交额达1.3万亿元,占全国的比重近2成;北京创新辐射带动作用凸显,\"十四五\"以来(2021—2024年),北京流向津冀的技术合同成交额 2308.7亿元,是\"十三五\"时期的近2倍。中关村企业在津冀设立分支机构数量由2013年的3500多家增加到2024年的万余家。", ["B5"]),
    ("https://app.bjtitle.com/8816/newshow.php?newsid=6122258&typeid=13", "zh-Hans",
     "去年京津转入河北单位5616个,北京输出津冀技术合同成交额350.4亿元\n北京青年报客户端 2022-03-23 11:04\n北京市统计局3月23日发布的最新一期京津冀协同发展数据显示,去年以来京津冀三地区域经济稳步恢复,高质量发展动能持续增强,尤其是京津冀三地坚持优势互补、持续增强产业对接协作,在区域联动协同发展上继续深化。\n数据显示,2021年京津转入河北单位5616个,其中法人单位3475个;京冀在津投资到位额1510.4亿元,占天津全部引进内资的比重超过4成。北京发挥科技创新资源对津冀的辐射带动作用,全年输出津冀技术合同成交额350.4亿元;天津滨海—中关村科技园新增注册企业中,北京企业占1/3,北京企业中科技型企业占40%;廊坊三河市兴远高科等27家科创园入驻企业796家,其中京企占比达65%。", ["B5", "Z5", "Z5.12"]),
    ("http://49.213.0.198/doc/93_13691_104883433_1.html", "zh-Hant",
     "中評社北京11月18日電/“第十九屆中國國際高新技術成果交易會”(以下簡稱“高交會”)16日在深圳會展中心開幕。市科委與中關村管委會組成北京科技代表團參加高交會,展示全國科技創新中心的科技創新成果。市科委有關負責人透露,今年1至9月,北京日均新增217家科技型企業,全市技術合同成交額同比增長19.0%。\n市科委還亮出了科技創新中心建設的“成績單”:1至9月,中關村示範區總收入同比增長15.1%,全市技術合同成交額同比增長19.0%,平均每天新增217家科技型企業。截至目前,北京經認定的國家高新技術企業1.6萬家,科技型企業48.8萬家,上市公司306家,“新三板”掛牌企業1611家,國家級雙創示範基地20個。\n(來源:北京日報)", []),
    ("http://zestcd.com/news/2285.html", "zh-Hans",
     "今年是新中国成立75周年,也是中关村科技担保成立25周年。自1999年12月16日成立以来,北京中关村科技融资担保有限公司(简称“中关村科技担保”)在市财政局、市金融局以及市科委、中关村管委会等政府部门的全力支持下,经过多轮增资,注册资本从1.83亿元增至49.63亿元,年新增担保规模超过550亿元,是北京市资本顶级规模且唯一获得长期资金市场AAA评级的市属国有担保机构,具备为小微和科创主体提供多元化、全方位融资服务的能力。\n截至目前,中关村科技担保已累计为14万余家次公司可以提供近5000亿元的担保服务,融资担保在保客户超过7000家,其中政策性融资担保业务中95%以上为中小微企业、超过70%为科技及现代服务业企业,实现普惠融担和科创融担融合发展;服务客户中已有超过1100家企业在境内外长期资金市场上市,持续打造“创新型的企业孵化器”和“没有围墙的高科技产业园”,发挥行业引领作用,助推北京国际科技创新中心建设。\n为解决产业发展资金匮乏、融资渠道狭窄对公司发展的制约,2003年,中关村担保配合中关村管委会率先推出“瞪羚计划”,通过信用信息积累、公共政策扶持,将政策资源和金融资源向", ["Z2", "Z2.3"]),
]
WEB12_RELEVANT_EN = [
    ("https://thecitymaker.com.my/beijings-sub-center-to-promote-innovative-industries/",
     "Beijing's sub center to promote innovative industries\nBEIJING, Dec. 28, 2020 /PRNewswire/ — This is a report from China SCIO:\nAn innovation center and Beijing Future Design Park were inaugurated on Thursday in Beijing’s Zhangjiawan Design Town, as part of the city’s efforts to create a highland for cultural creativity and design services in its sub center.\nNow the innovation center is home to 106 companies in the fields of innovative design and urban technology industries. In 2020, a total of 73 companies were registered in the center. The first batch of 10 companies in the center mainly focus on 5G R&D, AI, big data, the internet of things, and innovative design.\nThe innovation center was jointly built by Zhongguancun Management Committee and Beijing’s sub-center, which is the first urban technology and innovation design characteristic industrial park located in the Zhangjiawan Design Town. Located in the northwest of the design town, the innovation center covers an area of 150,000 square meters, with a planned floor space of about 240,000 square meters.", ["Z5", "Z5.3", "Z5.12"]),
    ("https://en.ciftis.org/en/xwzx/fmdt/2021011218174812322/index.html",
     "Beijing Introduced 15 Innovative Measures to Attract Top-Notch Talent and Innovation-Based Enterprises\nSource:Organizing_Committee    |      Date:2021-01-11\n  On January 8, Beijing held a press briefing on the development of “Two Zones” (National Integrated Demonstration Zone for Greater Openness in the Services Sector and the China (Beijing) Pilot Free Trade Zone) in the field of technological innovation. Beijing has formulated the Work Plan for Accelerating Technological Innovation and Promoting the Establishment of National Integrated Demonstration Zone for Greater Openness in the Services Sector and China (Beijing) Pilot Free Trade Zone, which puts forward 15 innovative measures centering on the pain points and difficulties of technological innovation, in a bid to attract a number of top-notch leading talent and innovation-based enterprises to “settle” in Beijing, according to an official from the Beijing Municipal Science & Technology Commission at the briefing.\n  According to the Plan, the evaluation permissions of experts for the identification of high-tech enterprises will be delegated, and the evaluation process will be simplified in certain districts; the strategic technological talent and their teams introduced to new R&D institutions will be fully empowered in such aspects as the right to decide the research route, the right to establish the team, the evaluation of professional title, and the academic exchange abroad.\n  At the same time, measures will be taken to ensure the smooth channels for technology cooperation and exchange, promote the development of the National Center for Technology Innovation in Beijing-Tianjin-Hebei Region, the Collaborative Platform for Basic Research in Beijing-Tianjin-Hebei Region, and the Joint Laboratory in Beijing-Tianjin-Hebei Region, improve the mechanisms for technological cooperation among Beijing, Hong Kong, Macao and Taiwan, carry out international scientific and technological cooperation, promo", ["B5", "B6"]),
    ("http://dictall.com/dictall/newsInfo.jsp?id=149937",
     "Home->News->China->\nBeijing to welcome global sci-tech companies, talent\n2024-01-26 \nThis photo taken on May 26, 2023 shows new energy and intelligent connected vehicles displayed at the exhibition center of Zhongguancun national demonstration area for independent innovation in Beijing. [Photo/Xinhua]\nBeijing will welcome foreign technological companies, institutions and talent to join in major scientific research projects by offering more incentives and targeted services, according to a regulation passed at the closing ceremony of the second session of the 16th Beijing Municipal People's Congress on Thursday.\nThe regulation, which will take effect on March 1, is the first of its kind in China, and is aimed at building the city into an international science and technology innovation center.\nIt extends support to international tech organizations and companies in establishing branches or research centers in Beijing, and the rules encourage foreign members to be recruited in domestic sci-tech organizations.\nForeign talent would be able to lead major scientific projects or be chief scientists. Optimized policies will help overseas talent obtain visas, work permits and residence permits. More international schools, hospitals and apartments will be built, it said.", ["B6"]),
    ("http://en.ocn.com.cn/info/201202/281152.html",
     "Chinese hi-tech park settles in Silicon Valley\nThe first Chinese Hi-Tech Park in Silicon Valley - the Zhongguancun-Silicon Valley High-End Talents Entrepreneurship Center was recently founded.\nSituated at No. 97 Bullock Road, San Jose, California, it is adjacent to Fujitsu, Siemens, Sony and many other world famous enterprises.\nThe center is designed to serve as a platform for China-U.S. scientific and technological exchanges.\nZhongguancun is China's first state-level talents zone, and plans to gather 50,000 high-end talents by 2015. \nThe center will help Zhongguancun to guide and help overseas high-end talents, especially those who return to China, to start their business.", ["Z6", "Z7", "Z7.4"]),
    ("http://en.people.cn/english/200001/07/print20000107T103.html",
     "The Beijing government recently presented the Zhongguancun Science and Technology Park a a huge building to help returned Chinese scholars build their careers in Beijing. According to Vice-Mayor Yang Anjiang, the establishment of the 21,118-square-metre complex is an important step to making Zhongguancun area into one of the world's first-class science and technology parks. To attract high-caliber Chinese students from abroad to start their careers in Beijing, the new building will reduce or remit rent for high-tech businesses. They can also enjoy other preferential policies Beijing formulated for high and new technological ventures, the official said. The building is in fact an extension branch of the Haidian special park for returned Chinese scholars, which is now home to 68 scientists and technicians who had studied or worked abroad. Returned scholars in the Haidian park have initiated 58 high and technological projects, with their total income from technology, industries and trade expected to reach 100 million yuan (US$12 million) in 1999.", ["Z6", "Z6.9"]),
    ("http://bjzpark.spotlightbeijing.com/2021-03/26/c_607555.htm",
     "Zhongguancun supports overseas returnees\nchinadaily.com.cn | Updated: Mar 26, 2021 L M S\nThe Zhongguancun Overseas Talent Pioneer Park has explored a full-chain innovation and entrepreneurship service system to create a unique business environment that attracts and serves overseas returnees and stimulates innovation and entrepreneurship.\nInferVision Technology is an AI company. Led by Chen Kuan, who graduated from Chicago University, the enterprise has launched a COVID-19 intelligent screening and pandemic monitoring AI system.\nMore than 30 percent of the entrepreneurs in Zhongguancun have studied or worked overseas. Returned entrepreneurs have become the main force of entrepreneurship in Zhongguancun.\nThe distribution of Zhongguancun Overseas Talent Pioneer Parks in Beijing.png\nSince the establishment of the first overseas talent park in 1997, Zhongguancun has opened 45 such parks with a total incubation area of more than 1.4 million square meters. These areas have attracted more than 6,000 overseas start-ups, and nearly 1,600 companies have launched in these parks.", ["Z6", "Z6.9"]),
    ("http://aolaikelin.cn/a/202107/15/WS60ef9ad8a310efa1bd662101.html",
     "Unicorns on cutting edge of new economy\nChina's potential unicorn companies-which are considered to have promising future prospects-are drawing increasing attention in the market, a recently-published report said.\n\"The soaring number of potential unicorn companies is a crucial sign of China's high-quality development of the new economy,\" said a report on 2021 Chinese potential unicorn companies by the Greatwall Strategy Consultants, a Beijing-headquartered private think tank focusing on new economy.\nAs the national scientific and technology innovation center, Beijing is home to 117 potential unicorn companies as of the end of 2020, ranking top in China. Shanghai, Suzhou in Jiangsu province, Hangzhou in Zhejiang province and Shenzhen in Guangdong province took the second to fifth spots, nurturing 84, 39, 37 and 32 such companies, respectively.\nThose 117 potential unicorn companies in Beijing came from 28 industries, including digital medicine, artificial intelligence, robots, aviation and new energy vehicles.", []),
    ("http://en.zhongguancun.gov.cn/2017-06/06/content_29777144.htm",
     "• Innovation Platforms\nZhongguancun establishes innovation cluster\nUpdated: 2017-06-06\nZhongguancun's Chaoyang Garden has committed to building a cluster for international research innovation focusing on the information services industry.\nAs for traditional key industries, like information technology, biomedical and energy conservation, Chaoyang Garden has been consolidating its supportive functions and proceeding with technological innovation.\nTransnational research institutes Apple China, Merck & Co and Saudi Aramco have established residency in Chaoyang Garden. A specialized fund of more than 20 million has been set up to support business startups in the area.\nAs of 2016, Chaoyang Garden's Internet Plus industry has created a total income of 80 billion yuan ($11.75 billion).\nTo expand development space, the garden will construct key areas, like the Grand Wangjing, an IT industrial park in electronic city and an international electronics headquarters base.", ["Z5", "Z5.1"]),
    ("https://chinatechnews.com/2003/10/23/255-china-a-place-of-business-for-new-zealands-high-tech-companies",
     "Hi-tech New Zealand firms and researchers are being encouraged to look at setting up in Beijing's Zhongguancun Science Park, while at the same time, Chinese graduates from New Zealand universities are being urged to use Zhongguancun International Incubator established in the park three years ago to attract successful Chinese graduates to launch hi-tech start-up businesses.\nThere have already been results, with 40 Chinese graduates having returned from New Zealand to set up 18 start-up businesses in Zhongguancun, most in the area of hi-tech research and development. Zhongguancun has become the most important growth point in Beijing's economic development and contributes 60 per cent of the city's total industrial growth, the park's deputy director, Dr Xia Yingqi, says. In 2001 it contributed 18 per cent of the total income of China's 53 new and hi-tech parks. \"By 2010 we should have a world-class science park,\" Dr Xia says. \"We are working day and night, even weekends.\"", ["Z6", "Z6.9"]),
    ("https://www.novinite.com/view_news.php?id=236112",
     "Zhongguancun in Beijing is abuzz with innovation, pulsing with the momentum of high-quality development. Accounting for less than four percent of the city's total area, the innovation hub contributes approximately one-third of Beijing's gross regional product.\nCutting-edge scientific and technological achievements are emerging at an accelerated pace, and the momentum for innovation continues to rise. More than 200 domestically developed large language models have been nurtured there, accounting for nearly 30 percent of the national total. Breakthroughs continue to be made in frontier tech fields such as quantum science and artificial intelligence.\nInnovation entities are thriving with robust vitality. More than 90 unicorn enterprises have emerged from this area, becoming a new driving force for industrial development. In 2025, the total revenue of Zhongguancun-based enterprises was estimated to exceed the 10-trillion-yuan (about .42 trillion) mark for the first time, fully demonstrating the leading role of this innovation highland.", []),
    ("http://004km.cn/a11/201905145/993a3cfb3b0c3ec2.html",
     "第一篇:8月21日匯報稿海淀區(qū)科技金融創(chuàng)新做法\nBy Xiao Gao 0***\nSHANGHAI-Beijing’s Haidian District aims to build itself into a global financial hub for technology start-ups by 2020.The district hopes to be a major source of funding for China’s technology start-ups by nurturing private equity industry and encouraging financial innovation.Haidian, which has 2.6 million people and covers 400 square kilometers, is the “silicone valley” of China, the biggest home of China’s technology companies.Haidian is the home of 80 universities including Beijing and Tsinghua.It has 400,000 students, 30,000 graduate students, 100,000 private companies and 15,000 technology companies(including Lenovo, IBM and AMD)and is headquarters for 13 NASDAQ companies.The goal will be achieved in two phases.By 2015,the district aims to be home of 500 private equity firms managing over 500 billion yuan in assets.Number of financial institutions and their branches will reach 2,200, of which more than 50 are credit and investment guarantee companies for start-ups.There will also be 25 financial companies, providing financial services especially for technology start-ups.And a total of 300 companies based in the district will be publicly listed, either domestically or abroad, forming what it calls the “Zhongguancun Board”.", ["Z2", "Z2.3"]),
]
WEB12_TRAPS = [
    ("wuhan", "http://m.olppe.com/yaowen/20230115/1567474.html", "zh-Hant",
     "中國光谷大步邁向“世界光谷”-世界熱點評\n2023-01-15 21:12:59    來源:極目新聞\n(資料圖片)\n極目新聞記者 趙貝\n攝影 極目新聞記者 劉中燦\n1月15日上午,湖北省兩會召開第二場新聞發布會,省人大代表、武漢東湖新技術開發區管委會主任、中國(湖北)自貿區武漢片區管委會主任張勇強介紹了東湖高新區的發展情況,成立30多年,中國光谷正大步邁向“世界光谷”。\n瞄準世界一流,奮力打造“獨樹一幟”的創新高地。光谷核心區“一縱兩橫一環”七條骨干道路連網成環,五大湖北實驗室取得實效,兩家人工智能研究院落戶,兩大國家技術創新中心掛牌運營,光谷集成電路創新聯盟組建成立,武漢超算中心建成投用,新引進6名國家級、21名省級高層次人才,16家光谷企業獲“中國專利獎”,實現了“舉旗幟、打基礎、樹形象”的預期目標。\n接續追光逐芯,奮力打造“獨樹一幟”的產業集群。過去五年GDP連續突破2000億元、2400億元大關,去年預計增長6%以上。"),
    ("wuhan", "https://ggto.cn/archiver/tid-1577.html", "zh-Hans",
     "打造“弓箭型”空间结构,东湖科学城规划范围100平方公里\n长江日报大武汉客户端9月3日讯(记者吴曈 见习记者郝天娇)9月3日,武汉市人民政府新闻办公室召开新闻发布会,先容东湖科学城建设发展规划有关情况,并答记者问。\n市委常委、东湖新技术开发区党工委书记汪祥旺先容,湖北东湖科学城作为光谷科技创新大走廊的焦点,规划范围100平方公里、统筹范围160平方公里、拓展范围260平方公里,主要依托东湖高新区横向高新大道、纵向将来大道,形成“弓箭型”空间结构。\n汪祥旺表示,按照“聚焦区域建设、聚集创新要素,提高会合度和显示度”要求,遵循“科学+科学家+创新生态”的焦点内涵,统筹产业链、创新链、人才链,强化以国家战略科技气力为焦点的区域创新发展引擎功能,构建以科学价值、技术价值创造功能区为“弓”,以经济价值、社会价值创造功能区为“箭”,以科学、技术、经济、社会价值融合创造功能区为支点的“弓箭型区域创新发展”功能布局。\n【编辑:贺方程】"),
    ("mall", "http://www.borrowedculture.com/2011/09/05/zhongguancun-electronics-market/", "en",
     "Zhongguancun Electronics Market\nI haven’t written anything in what seems to be a longer than anticipated time.  In part, I haven’t been feeling great, and I’ve also been in the process of getting into a new apartment, a great step forward from life within the hostel.\nI did, however, get the chance to go to Beijing’s electronics district, Zhongguancun, a mind-numbingly large complex with every kind of digital device you can possibly imagine.  I had dropped my phone the night before, and the touch screen was no longer recognizing my movements.  Having heard that it would not cost very much to get fixed, this seemed like an interesting afternoon trip.\nI was nothing short of impressed as I watched the guy at one of the stalls pull my phone apart, spend about 10 minutes ungluing and reconnecting the inner workings, and then handing me a perfectly repaired device.  I was very nervous about having such a repair done, in part because it involved taking the phone apart, but also because I only cost about twenty American dollars total."),
    ("shenzhen", "http://en.people.cn/n3/2024/0919/c90000-20220998.html", "en",
     "Shenzhen’s Guangming emerges as tech, cultural hub\nPeople's Daily Online) 16:45, September 19, 2024\nGuangming district in Shenzhen, south China's Guangdong Province, marked its sixth anniversary on Thursday.\nIn the six years since its establishment, Guangming has transformed from a vibrant, promising area into a hub for tech innovation and eco-tourism. The district has also seen significant growth in high-tech companies and cultural initiatives.\nA rising hub of tech innovation\nNihad Cheraga, an Algerian biomedical engineering Ph.D., serves as the development manager of Times High Tech Park in Guangming.\nCheraga was drawn to the district by its support for startups and opportunities for international professionals. She joined Times High Tech Park, where she leads efforts to internationalize the park and attract biotech companies to Guangming Science City, a key development project within the district.\n\"Guangming Science City is a relatively new project in Shenzhen but has quickly become a major center for technology and innovation,\" Cheraga said, adding that its business environment is highly favorable for company development and operations."),
    ("shenzhen", "https://www.breakinglatest.news/news/shenzhen-and-hong-kong-join-forces-to-build-world-class-scientific-research-hub/", "en",
     "Shenzhen and Hong Kong have come together to jointly build a world-class scientific research hub in the Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone. The State Council recently issued the “Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone Shenzhen Park Development Plan,” which provides new opportunities for the development of the cooperation zone.\nThe Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone is located in the cross-border zone between the northern part of the Hong Kong Special Administrative Region and the south-central part of Shenzhen City. It covers an area of 3.89 square kilometers, with the Hong Kong Park covering 0.87 square kilometers and the Shenzhen Park covering 3.02 square kilometers.\nThe Hetao Shenzhen Park has attracted 10 high-quality scientific research projects from 5 universities, including the University of Hong Kong and Hong Kong University of Science and Technology, since the cooperation between Shenzhen and Hong Kong began in 2017. It has also established 5 Guangdong-Hong Kong-Macao youth innovation and entrepreneurship bases."),
    ("taiwan", "http://tvsmo.com/b5/9/7/23/n2599398.htm", "zh-Hant",
     "標籤:\n新聞小百科\n【大紀元7月23日報導】(中央社記者孫承武台北23日電)因應全球產業發展趨勢、打造有利國際投資環境,台北市政府規劃現有的南港經貿園區、內湖科技園區,加上規劃中的北投士林科技園區,發展「台北科技走廊」產業發展軸帶。\n北市產業發展局表示,隨著「台北科技走廊」(Taipei Technology Corridor;T.T.C)具體成形,150公頃大的內湖科技園區已是科技性企業營運總部的群聚基地、全球電子產業運籌中心及台灣電信中心。目前進駐廠商達3,446家(包括企業總部26家、研發中心12家),2007年產值達新台幣2.7兆元。\n南港軟體工業園區則是朝生物技術、IC設計、數位內容三大知識產業,集結研發資源成為國家發展重點計畫示範重鎮。"),
    ("hongkong", "https://www.stheadline.com/columnists/editorial/3532571/%E8%BE%9B%E6%AD%A3%E5%85%92-%E9%87%91%E8%9E%8D%E8%88%87%E5%89%B5%E7%A7%91%E8%81%AF%E5%8B%95-%E6%A7%8B%E5%BB%BA%E9%AB%98%E8%B3%AA%E9%87%8F%E7%99%BC%E5%B1%95-%E7%A4%BE%E8%AB%96", "zh-Hant",
     "財政司司長陳茂波指出，在港上市的新經濟公司交投已佔港股約三成，預告今年將有更多內地前沿科企赴港。這一趨勢不僅印證了全球資本對創新科技的追逐，更清楚地勾勒出香港經濟轉型的路徑：憑藉「內聯外通」的獨特優勢，成為聯通內地創科力量與國際市場的超級樞紐，以此驅動自身高質量增長。\n香港的這一角色至關重要。內地創新科技力量正在迅速提升，從「國產GPU四小龍」之一的壁仞科技成為港股「第一股」，到浙江多間創科企業落戶科學園，各案例表明，香港正成功吸引內地實體企業將這裏作為上市融資、獲取專業服務和進軍國際的基地。\n然而，熱潮之中尤需冷思考。創新科技範疇廣闊，投資者，尤其是廣大散戶，須練就一雙慧眼。市場大致可分為「硬科技」與「概念科技」。"),
    ("hongkong", "http://zj-wt.cn/newsdetail.php?id=399", "zh-Hant",
     "2021年11月22日,由創(chuàng)科香港基金會策劃,并邀請中國創(chuàng)業(yè)與投資綜合服務(wù)商——清科創(chuàng)業(yè)旗下投資界(www.PEdaily.cn)專業(yè)執(zhí)行評審的「香港獨角獸榜單 Unicorns HK 2021」正式發(fā)布,其中一共有18家香港基因的相關(guān)企業(yè)入選,這一數(shù)字創(chuàng)下了香港科技行業(yè)史上最高記錄。\n所謂香港基因,指的是企業(yè)在香港創(chuàng)立/早期孵化/總部在香港,或者創(chuàng)始人、聯(lián)合創(chuàng)始人為香港居民。截止2021年8月31日,這些企業(yè)均獲得過私募投資且尚未上市、估值在10億美金及以上,因此符合國際上對于獨角獸的評判標準。\n一直以來,僅次于紐約、倫敦的國際金融中心地位讓香港享譽全球,而對于創(chuàng)科、獨角獸等概念卻顯得相對陌生。"),
    ("hongkong", "https://www.etnet.com.hk/www/tc/forex/news-article/20260105580", "zh-Hant",
     "05/01/2026 08:37\n▷ 恒指今年首個交易日升700點，漲幅2.8%\n▷ 2023年底逾400家新經濟公司在港上市\n▷ 港深創新及科技園兩座實驗室出租率近80%\n《經濟通通訊社5日專訊》財政司司長陳茂波發表網誌指，恒生指數在今年首個交易日表現強勁，上升超過700點，升幅達2.8%，是自2013年以來表現最好的開局。在首日的交投中，創科企業是帶動大市上升的主力，恒生科企指數升4%，多隻人工智能相關股份繼續受投資者熱捧。*港深創新及科技園兩座實驗室出租率近80%*陳茂波表示，早前開園、位於落馬洲河套地區的港深創新及科技園，是香港與粵港澳大灣區兄弟城市在創科上強強聯手的重點之一。園區內第一批首三座大樓已落成，其中兩座濕實驗室出租率近80%，超過60間來自海內外及本地企業和機構陸續進駐，以產業類型計，約一半企業屬人工智能及數據科學，約40%屬生命健康科技。"),
    ("jiangsu", "https://fx361.cc/page/2022/0218/17554700.shtml", "zh-Hans",
     "城市群型自主创新示范区创新一体化路径研究\n——以苏南国家自主创新示范区为例\n2022-02-18 08:43陆红娟黄倧睿\n科技管理研究 2022年1期\n国家自主创新示范区是国家创新体系的重要组成部分,对于实现科技自立自强、建设自主可控现代产业体系、深化科技体制改革、推动区域高质量发展、增强综合国力,具有重要意义。2009 年,国务院依托北京中关村建设了首个国家自主创新示范区(以下简称“自创区”),之后相继批复了武汉东湖、上海张江和深圳等自创区,这批自创区都是以相应的单个国家高新区为主体来建设;之后,为探索区域创新一体化带动区域协调发展的路径机制,2014 年10 月,国务院批复江苏苏南建设首个城市群型自创区、也是全国第五个自创区,它以南京、无锡、常州、苏州、镇江等城市所辖的全部国家高新园区为主体来协同共建;“十三五”期间,国务院以同样模式批复了长株潭、珠三角、郑洛新等城市群型自创区。\n作为我国首个以城市群为基本单元的自创区,苏南肩负着打造区域创新一体化样板区的时代使命。"),
    ("zhangjiang", "http://www.ty-gm.com/item/230332380594753536", "zh-Hant",
     "上海開啟“科學之門”,投資768億建設科學城\n2019-12-25 10:29:51     來源:科技日報     作者: 劉思江 王春\n劉思江?\n科技日報記者 王春\n12月24日,上海張江科學城舉行重點項目集中開工、入駐、簽約儀式,投資金額達768億元。其中,2019年先行啟動8個地塊建設,總投資約345億元,包括約142億元的兩棟320米超高層組成的“科學之門”。\n“科學之門”效果圖。?張江供圖\n上海推進科技創新中心建設辦公室專職副主任吳強介紹,建成后的“科學之門”將兼具辦公、酒店、商業等混合業態,將成為上海乃至全球矚目的地標建筑,也將是張江面向世界、歡迎全球創業者到張江共建世界一流科學城的象征和標志。\n張江科學城是上海建設具有全球影響力科技創新中心的核心承載區,擔負著建設張江綜合性國家科學中心等諸多戰略使命。"),
    ("zhangjiang", "https://www.cititic.com/news/mm/1727825-20220731.htm", "zh-Hans",
     "城市镜像.新闻汇总 2022-07-31\n消息来源:上海证券报 视频:仇子兴、祁豆豆制片:薛婧张江科学城张江双子塔——科学之门效果图1992年7月28日,上海张江高科技园区开园,规划面积17平方公里,一纸施工图在阡陌农田中大刀阔斧地推开 今天,高科技园区正在变身为面积220平方公里的科学城,一幅新的宏伟蓝图引领张江迈向新征程 ——三十年沧海桑田 张江从盛产红菱与荸荠的乡野农田,演变为集成电路、生物医药、人工智能等具有全球竞争力的硬核主导产业集聚的科学之城 侯劲告诉记者,今年,就是要推动各项任务快启动、快落地、快开工、快建成、快产出,做到清单式管理、项目化推进 如今,位于张江城市副中心区域的双子塔——科学之门正在节节升高"),
    ("restaurant", "http://thebeijinger.com/blog/2023/08/08/exploring-wudaokous-new-eateries", "en",
     "Exploring Wudaokou's New Eateries and Watering Holes\nWudaokou is a bustling locale brimming with a diverse range of people, educational institutions, and businesses. Having previously spent six months living in its vibrant embrace, I can't deny that it holds a special place in my memories. Recent times have seen a sprouting of fresh culinary establishments in this neighborhood. Here's a handpicked selection of these new eateries that you might find intriguing.\nTorisho\nKnown for its delectable poultry dishes, Torisho, an esteemed Japanese fried chicken restaurant with an impressive string of 250 outlets in Japan, has recently launched its maiden venture in China. Interestingly, Wudaokou has been chosen as their first Chinese foothold.\nTorisho 鸡笑日式唐扬炸鸡专门店\nB1F-14, Wudaokou Shopping Center, Haidian District\n海淀区五道口购物中心B1F-14号\nHours: 10am-10pm"),
    ("passing", "https://udn.com/news/story/7333/8975164", "zh-Hant",
     "京台創新創業大賽 兩岸青年追夢\n聯合報／ 大陸中心／綜合報導\n「其實就像武俠中氣功能隔山打牛一樣。」近日在京舉辦的第十屆京台青年創新創業大賽決賽上，台灣青年張浡昶生動地介紹自己所在團隊的項目。他們帶來的「三維輻射散熱封裝材料」可以幫助電子元件以非接觸的方式進行散熱，這一頗具市場潛力的專案獲得了本次比賽的二等獎。\n本屆京台青年創新創業大賽以「青聽兩岸 創響京台」為主題。自7月啟動以來，經過前期評審，28個專案成功晉級決賽路演。大賽聚焦科技創新、現代服務、數位經濟、綠色經濟、文化創意五大領域，獲獎項目最高可獲得2萬元人民幣獎勵扶持。\n在張浡昶眼中，北京科技人才聚集、創業環境充滿活力，特別是有不少領先的新能源汽車企業，都對散熱材料有直接需求。為了能夠盡快在北京佔有一席之地，他們選擇在昌平區落地，與其他創新企業合作為跨國公司提供散熱解決方案。"),
    ("passing", "http://www.cnr.cn/lvyou/list/20170815/t20170815_523901360.shtml", "zh-Hans",
     "央广网\n北京76座地铁站8月限流\n2017-08-15 09:57:00来源:北京日报\n  本月,76座地铁站高峰期常规限流,比上月新增一座车站,即8号线奥体中心站。换句话说,北京超过20%的地铁站遇高峰期要排队进站。\n  本月新增的限流车站——8号线奥体中心站主要是因为暑期游客增长,每晚奥林匹克中心区闭园清人时,大量游客从这里涌入。所以车站从去年暑假开启了夜间限流,今年的限流时间是每日20时30分至21时30分。\n  其余75座车站是限流“常客”。其中5号线限流车站最多,有16座,而且北苑路北、惠新西街北口等7座车站更是开启了早高峰加晚高峰均限流的模式。6号线和10号线的限流车站也超过了10座。\n  从时间上看,6成以上的车站是早高峰限流。业内人士解释,职住不平衡、旅游客流增加等都成为暑期常规限流车站数量较多的原因。"),
]
add_web_round("web12", WEB12_RELEVANT_ZH, WEB12_RELEVANT_EN, WEB12_TRAPS, all_tune=True)


# --- added round 13: a TUNING round like rounds 7, 8, 10, 11 and 12 (decided before any row was collected: every round-13 row
# goes to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: everyday news in news wording, weighted towards labels missed most on tune (B6, B4, B5; Z2.3, Z5.x, Z1, Z6, Z7.4), plus
# relevant rows with no task content (statistics, a district blueprint, a Future Science City transport story) and Beijing-centre
# rows that never name 中关村.  Relevant zh (18, of which 6 zh-Hant): the 2020 FTZ press conference (大众网, zh-Hant), the 2021
# government report's "two zones" measures, a 2021 中国高新技术产业导报 BTH collaborative-innovation feature (Binhai-ZGC park),
# the 2024 digital-economy benchmark-city report to the people's congress (a mirror page), a 2025 government reply on data
# elements and "AI+" scenarios, the 2023 data-element opinions (zh-Hant with pinyin annotations such as 關(guan) 於(yu)), the
# 2024 pharma/health action plan on a spam-mirrored page ('💑云开体育app官方网站入口💒' left in), the 2015 中关村互联网文化创意产业园
# 承德园 (zh-Hant), the 2025 创业大街/Haidian AI-unicorn feature (投中网, zh-Hant with pinyin annotations such as 關(guān)), the
# 2015 'ZGC gathers talent' feature (新浪城市), the 2017 Life Science Park phase-3 plan, the 2026 SCIO briefing on international
# S&T organisations in Beijing (spam-prefixed mirror), the 2007 ZGC committee's four venture-capital firms (zh-Hant), ZGC H1 2017
# statistics (gov.cn big5 gateway), ZGC H1 2011 figures with government procurement of ZGC products, Shijingshan's 2026 industry
# blueprint, ZGC H1 2015 figures, Changping's transport projects for the Life Science Park (2021).  Relevant en (10): the
# Binhai-ZGC demonstration base (2019), E-Town 'little giants' (2022), ZGC firms on a 2014 Forbes list, ZGC startups in 2018,
# the State Council's 2020 service-sector opening plan (hkipx IP-news digest), the Fengtai Park leadership meeting (2014) and
# Fengtai Park profile (2020), a machine-translated 2013 report on ZGC's planned global innovation bases, ZGC internet finance
# (ecns 2013, page 2), the committee's 2020 venture-capital programme.  Traps (15): ZOL laptop battery tests (nb.zol, and a
# newhua mirror naming 中关村在线) (`zol`), a 2025 office-market report naming 中关村's vacancy rate (`rental`), the 鼎好 mall
# closing in 2020 (`mall`), Taiwan's three science parks' H1 2025 revenue (自由时报, zh-Hant) (`taiwan`), Xi'an's 丝路科学城 naming
# 北京 in passing and a Xi'an hi-tech zone's Silicon Valley 'oversea innovation center' in English (`xian`), Hong Kong's 2021
# policy address on Cyberport and the Loop (信报, zh-Hant) (`hongkong`), Shenzhen Nanshan's listed firms ('中国硅谷') and a
# Shenzhen technology-bank proposal naming the zhongguancun area in passing (English, lower-cased as found) (`shenzhen`), the
# 2022 national 十四五 high-tech-zone plan naming 中关村建设世界领先科技园区 (`national`), Zhangjiang's biomedicine index (English)
# (`zhangjiang`), 中关村三小 (zh-Hant wiki mirror, '地處中關村科技園區的核心地帶') (`school`), Hefei's quantum street (`hefei`),
# a Xi'erqi programmers' day naming 中关村软件园 (zh-Hant) (`passing`).  No new restaurant page was found that no earlier row
# uses (chicagobeijing, supertravelr, hooh5, rlut, bj.sina are earlier rows), so no `restaurant` trap; no Wuhan trap this round.
# Excerpts are 3-10 sentences copied as the pages have them (headers, bylines, '…'/mid-sentence cut-offs, pinyin annotations and
# spam prefixes left in); several skip a sentence or paragraph: xuehua (a sentence naming the service-sector plan, whose title is
# an earlier row's text), whyfsj, chinahightech, richbox, zwfwj, zzsj, aykon, sina, usy7, covid-19 2011, the E-Town and cnipr
# en rows (their opening sentences share 40-character boilerplate with web5-rel-en13 / web8-rel-en01), the VC-programme en row,
# and the hkipx, rental, mall, zhangjiang, hefei and passing traps.
# Overlap check: every URL checked against all earlier rows (about 40 candidate pages were dropped as already used, among them
# the 2012/2014 chinadaily pilot-policy pages, chuangyi's AI cluster, the 2016 Silicon Valley innovation centre, 京校十条-era
# stories, the 2022 overseas-talent park opinions, the 2025 returnee measures, the sipo 2016 ZGC-BTH page, ttm.financial,
# 23 distinctive parks, m.njpanjin's 高精尖 ranking, 591pin, the bj.sina/rlut/hooh5 restaurant pages, newzgc/todaymg rentals,
# cww's 失落的中关村, zhangyongbushen/ustc Hefei pages, pudong/hbzqbyyxgs Zhangjiang pages); every excerpt's 40-character windows
# (whitespace removed) pass check() with no overlap.  Left out as telling an earlier row's story: the 2015 extension of four ZGC
# pilot policies (web5-rel-en03's 2014 decision), the Haidian AI large-model cluster and its parks (freewechat, hgtgroup), the
# 强链工程 in zh-Hant (mallikadua; web7-rel-zh01), new-type R&D institutions in zh-Hant (big5.news.cn; 99002999 used), the
# 2026 BTH 'expansion' (btime; web12-rel-zh01), the 2025 Life Science Park media visit (caixin), the FTZ launch (ldwb) and the
# service-sector plan in Chinese (kanbao) beside xuehua/hkipx, a Hefei pinyin page whose text repeats web5-trap-hefei17.
# Labels (README rules, rounds 2-12 readings) plus: B6 for the "two zones" (FTZ press conference, the 2021 government report's 251
# measures, the State Council's service-sector opening plan, the data-element opinions' '发挥两区政策优势…先行先试') and for
# international S&T organisations gathering in Beijing framed as building the BTH centre; B5 for the FTZ's 'deepening BTH
# industrial-chain coordination' and for Beijing's radiating role to Tianjin-Hebei (with Z5 + Z5.12 for the Binhai-ZGC park);
# B4 for new infrastructure and benchmark application scenarios in Beijing's digital-economy texts and for the pharma plan's
# 1.25-trillion-yuan health cluster (seeds/001's B4 '大健康…万亿级产业集群'); Z5 + Z5.12 for ZGC parks in Tianjin/Hebei (Binhai
# base, the Chengde park); Z5 + Z5.8 for Fengtai's leadership set-up coordinating the park; Z5 + Z5.1 for Fengtai Park's two
# leading industries; Z5 + Z5.5 for the Life Science Park's phase-3 plan; Z2 + Z2.3 for ZGC venture capital and internet finance
# (the 2007 VC firms, ecns 2013, the 2020 VC programme with equity-debt linkage); Z1 + Z1.11 for government procurement of ZGC
# new products, with Z3 for central units' achievement-transfer projects landing in ZGC; Z6 for ZGC talent figures; Z7 + Z7.4
# for planned global innovation bases abroad; Z4 + Z4.6 for Haidian's AI unicorns in the ZGC AI cluster.  Statistics, the
# Forbes list, the startup feature, E-Town 'little giants', Shijingshan's blueprint and the Life Science Park transport story get
# no code.
# Doubtful round-13 rows (kept, flagged here): web13-rel-zh01 (B5 from one closing sentence on BTH industrial chains), zh06
# (policy-document wording; B4 + B6), zh07 (B4 for a health-industry trillion target; B2 left out), zh08 (Z5.12 for a ZGC-named
# company's park in Chengde, not a park of the committee), zh09 (Z4.6 from AI-unicorn statistics of Haidian; Z3.4 left out for
# the 创业大街 title), zh11 (Z4.6 left out for the Life Science Park), zh12 (B6; Z7.8 left out for the IASP 'ZGC initiative'
# clause, an earlier round's story), zh15 (Z3 for 重大成果转化新项目), zh16 (Shijingshan: district industries, not the sub-park's,
# so no Z5.1), zh18 (Life Science Park never named as ZGC's: no Z5.5), en05 (B6; B4 left out for public-data opening), en06 (Z5.8
# read from a district leadership meeting), en08 (machine-translated English, Z7.4), en09 (Z2.3 for internet finance in
# Zhongguancun).  Hard traps: web13-trap-rental03 and mall04 name 中关村 throughout, zol02 names 中关村在线, national10 names
# 中关村建设世界领先科技园区, shenzhen09 names the zhongguancun area, xian06 names 北京 as a 双中心 city, xian12 uses Z7.4's
# vocabulary (overseas innovation center in Silicon Valley), school13 places the school in the core of 中关村科技园区 and
# passing15 names 中关村软件园.
# Round 13 relevant Chinese rows: (url, lang, text, labels)
WEB13_RELEVANT_ZH = [
    ("https://www.xuehua.us/a/5f68aad176685a853431f7ca?lang=zh-tw", "zh-Hant",
     "大衆網·海報新聞記者 劉璐 北京報道\n“北京集聚了4000多家地區總部和研發中心,風險投資累計金額在全球僅次於硅谷,擁有全國超四成的獨角獸企業,具備打造全球影響力的科技創新中心的良好基礎。”2020年9月21日下午,國務院新聞辦公室舉行新聞發佈會,北京市人民政府副市長楊晉柏會上介紹了北京自貿試驗區的特色亮點。\n北京市人民政府副市長楊晉柏(徐想 攝)\n楊晉柏表示,自2015年開展服務業擴大開放綜合試點以來,北京形成了120餘項全國首創的突破性政策或創新制度安排,推廣了六批25項創新經驗和案例。同時,北京是全球信息服務業最發達的城市之一,擁有完善的數字經濟產業生態和龐大的市場應用基礎。2019年數字經濟增加值佔全市GDP比重超過50%,居全國首位。\n楊晉柏介紹,2019年服務業佔全市GDP比重83.5%,這一比重比全國高近30個百分點,北京服務貿易規模佔全國20%左右。北京將在國家服務業擴大開放綜合示範區政策基礎上發揮好自由貿易試驗區試點任務作用。\n未來北京自由貿易試驗區將主動融入和服務京津冀協同發展戰略,不斷深化京津冀產業鏈協同發展。",
     ["B5", "B6"]),
    ("http://whyfsj.cn/yfdm/4030.html", "zh-Hans",
     "“十四五”时期,北京将高标准推进“两区”建设,推动改革开放取得新进展——今年,“两区”建设首次被写入政府工作报告。\n2021年是“十四五”规划开局之年,北京市市长陈吉宁在作政府工作报告时表示,北京将全面落实“两区”251项开放改革举措,探索实施供地、融资、人才、技术、数据等要素配置的突破性政策。\n“两区”即“国家服务业扩大开放综合示范区和中国(北京)自由贸易试验区”。多区书记、区长也就“如何推进‘两区’建设”作答。\n金盏将打造成“第二个三里屯”\n制度框架之下,16区结合自身实际各有部署服务“两区”建设。",
     ["B6"]),
    ("http://paper.chinahightech.com/pc/content/202103/22/content_121933.html", "zh-Hans",
     "2021年03月22日\n第A2版:要闻\n京津冀协同创新 “向深而行”\n  ▶ 本报记者  刘琴\n  随着京津冀协同发展重大战略深入推进,京津冀从“地缘相接”“人缘相亲”到“产业相融”、区域“一盘棋”,三地产业疏解转移及对接协作步入快车道,区域产业链加快形成。\n  7年来,协同发展带来京津冀整体创新能力持续提升,成为推动环首都城市群高质量发展的重大机遇。北京大学首都发展研究院近日发布的《京津冀协同创新指数(2020)》显示,以2013-2018年时间段为例,京津冀协同创新指数增长4倍多,三地合作专利数量增长近50%。\n  作为创新资源最为密集的科技创新中心,近年来北京利用全国首创的“中关村创新创业生态系统”和组建新型尖端研发机构,提升对津冀两地的辐射带动作用;天津和河北则借鉴中关村模式,发挥区域优势,“两条腿走路”,三地协同创新共同体建设稳步推进。\n  2016年11月,天津滨海—中关村科技园在天津滨海新区正式揭牌,成为目前我国惟一的跨省区市的全面改革试验区。",
     ["B5", "Z5", "Z5.12"]),
    ("http://admin.richbox.biz:80/bjcs3.aspx?k3=5f5Ux.html", "zh-Hans",
     "打造全球数字经济标杆城市 北京如何发力\n发布时间:2024-11-27 13:03:23 来源: sp20241127\n  今年是北京市正式实施《北京市数字经济促进条例》(以下简称《条例》)的第一年, 面对打造全球数字经济标杆城市的目标,进展如何?\n  今年4月至10月,北京市人大专题调研组先后赴朝阳、海淀、石景山、昌平等区对前沿技术创新、应用场景建设、数据要素市场培育等方面开展了实地调研,并召开专题座谈会。\n  北京市副市长刘宇辉代表市政府作报告时表示,2023年前三季度,北京市实现数字经济增加值14060亿元,同比增长8.3%,占地区生产总值比重为44.3%,同比提高1.1个百分点,其中数字经济核心产业实现增加值8226.7亿元,增长10.6%。\n  解码数字经济,北京各区有着不同方式:朝阳区“商务+科技”双轮驱动模式,海淀区创新引领机制,经开区瞄准高精尖产业发力等。\n  在北京,人工智能、区块链、大数据、隐私计算等领域一批新基建项目加快落地。国家工业互联网大数据中心和顶级节点指挥运营中心建设完成;物联网终端用户超1.4亿,覆盖智能制造、智慧交通等",
     ["B4"]),
    ("https://zwfwj.beijing.gov.cn/zwgk/jyta/202510/t20251028_4241915.html", "zh-Hans",
     "北京市十六届人大三次会议第0268号建议的答复意见\n马飞骏代表:\n您提出的“关于进一步释放数据要素和人工智能价值,助力北京高质量发展”的建议收悉,我们会同市发展改革委、市经济和信息化局进行了认真研究,现就有关情况答复如下:\n一、工作推进情况\n(一)基础制度体系持续完善。一是遵循“一区三中心”数据发展思路和定位,出台《关于加快北京市公共数据资源开发利用的实施意见》《数据要素市场交易标准规范细则》等政策措施,制定《北京市关于建设数据要素综合试验区的实施意见》《数据要素综合试验区(北京)建设方案》,整体落实国家关于数据要素市场配置化改革系列部署和政策安排。二是加强“人工智能+”顶层设计。出台全国首个省级“人工智能+”行动计划,围绕政务服务、空间计算、广电传媒、能源保障等领域组织推动一批标杆应用场景,同步制定政务领域大模型统筹建设应用工作方案、有关管理办法和大模型技术选型指引等标准规范。\n(二)数字基础设施支撑能力不断提升。以“京通”“京办”“京智”统筹公共服务、政务办公、领导决策类应用,打造“三京”统一入口;以云、算、网、感、码、图、库及大数据平台为共性设施,强化“七通一平”集约建设。适度超前布局新型基础设施,利用“长安链”技术构建数据流通利用增值协作网络,为数据供需双方提供分布式可信流通利用环境;",
     ["B4"]),
    ("https://www.mmmro.com/zcfg/202307/06/610554.shtml", "zh-Hant",
     "政策法規\n您當前的位置: 首頁 > 政策法規 > 地方及其他 > 正文\n中共北京市委 北京市人民政府印發《關於更好發揮數據要素作用進一步加快發展數字經濟的實施意見》的通知\n發布時間:2023-07-06 14:06:33 北京市人民政府\n關(guan) 於(yu) 更好發揮數據要素作用進一步加快發展數字經濟的實施意見\n為(wei) 貫徹落實黨(dang) 中央、國務院關(guan) 於(yu) 構建數據基礎製度更好發揮數據要素作用的決(jue) 策部署,深入實施《北京市數字經濟促進條例》,培育發展數據要素市場,加快建設全球數字經濟標杆城市,結合本市實際,現提出如下實施意見。\n一、總體(ti) 要求\n(一)指導思想\n以習(xi) 近平新時代中國特色社會(hui) 主義(yi) 思想為(wei) 指導,全麵貫徹落實黨(dang) 的二十大精神,按照做強做優(you) 做大數字經濟的要求,堅持“五子”聯動,發揮“兩(liang) 區”政策優(you) 勢,把釋放數據價(jia) 值作為(wei) 北京減量發展條件下持續增長的新動力,以促進數據合規高效流通使用、賦能實體(ti) 經濟為(wei) 主線,加快推進數據產(chan) 權製度和收益分配機製先行先試,圍繞數據開放流動、應用場景示範、核心技術保障、發展模式創新、安全監管治理等重點,充分激活數據要素潛能,健全數據要素市場體(ti) 係,為(wei) 建設全球數字經濟標杆城市奠定堅",
     ["B4", "B6"]),
    ("https://zzsj.com.cn/mv/itje768642.html", "zh-Hans",
     "💑云开体育app官方网站入口💒\n今年5月23日发布的行动计划提出,做强做大药、械基础板块,着力壮大产业规模。加强布局新兴领域,在细胞与基因治疗、数字医疗、合成生物制造等新兴赛道塑造新优势。行动计划明确未来三年的产业目标:到2026年,北京实现引领全球的科学发现和技术突破5-8项,产业规模达到1.25万亿元,医药工业营业收入达到2400亿元。\n云开体育app官方网站入口北京市科委、中关村管委会党组书记、主任张继红在发布会上表示,北京接续实施了2018-2020年、2021-2023年两轮医药健康协同创新行动计划,全面布局支持产业发展,取得了明显成效。\n2023年,北京医药健康产业营业收入达9761亿元,为实现万亿级产业跃升奠定了扎实基础,工业固定资产投资达124.6亿元,比2018年翻了两番多。六年来,涌现出一批全球顶尖科学家创办的前沿技术企业,上市企业数量新增50家,超过前些年总量,累计达到84家。",
     ["B4"]),
    ("http://www.handmsg.com/page/2015/0910/9582233.shtml", "zh-Hant",
     "隨著承德與北京中關村互聯網文化創意產業管理有限公司合作項目的落地,河北承德翻開了“京津冀協同發展”這本大書的新的一頁,給全面推進創新發展、協調發展、綠色發展、開放發展、共享發展這五大理念注入了新的活力。\n此次揭牌落地的中關村互聯網文化創意產業園承德園、智慧環境產業聯盟承德展示中心等九個項目,涉及高新技術展示推廣、科技成果轉化促進等協同創新平臺建設以及節能環保、文化創意、大數據、電子商務等戰略新興產業發展,是承德與中關村全方位合作的重要開端,也是推進京津冀協同發展的重大舉措,更是攜手共建協同創新示范區的重要成果。對于推動北京非首都功能疏解、優化京津冀產業布局,促進承德轉型升級、綠色崛起,必將產生積極而深遠的影響。(王愛民 林東光 張玉卓)",
     ["Z5", "Z5.12"]),
    ("http://m.aykon.com.cn/iheima/article/Enyemm.html", "zh-Hant",
     "創(chuàng)業(yè)大街,又熱鬧起來了\n來源:投中網(wǎng) 作者:劉燕秋\n“你看今天的中關(guān)村,好像互聯(lián)網(wǎng)爆發(fā)的那幾年。”\n最近聽說了兩則消息:一是,每個月大概有兩萬名外地招商人員活躍在海淀400多平方公里的土地上。二是,王興興當(dāng)初之所以決定再來海淀開一間分公司,是因為他想找一個離某海淀機器人獨角獸更近的地方。\n“產(chǎn)學(xué)研用”的深度融合讓海淀不僅誕生眾多獨角獸,更持續(xù)孕育著顛覆行業(yè)的源頭技術(shù)。曾經(jīng),王興、宿華、程一笑……眾多互聯(lián)網(wǎng)巨頭在這里萌芽、壯大。如今,智譜、月之暗面、面壁智能、銀河通用等一批AI獨角獸成為海淀的新名片。智譜華章地處中關(guān)村東路,DeepSeek北京總部在融科資訊中心,月之暗面總部位于知春路的京東科技大廈……東升大廈一層的AI原點社區(qū)展廳顯示,人工智能企業(yè)超過100家——這里已成為“中關(guān)村人工智能大模型產(chǎn)業(yè)集聚區(qū)”的核心。",
     ["Z4", "Z4.6"]),
    ("http://city.sina.com.cn/city/t/2015-03-11/183249409.html", "zh-Hans",
     "中关村汇聚天下英才\nhttp://www.sina.com.cn 2015年03月11日 18:32 新浪城市\n  (一)\n  创新驱动发展,人才决定未来。\n  从首都文教区到国家自主创新示范区,中关村始终是汇聚英才的宝地。跨越60多年的共和国人才启示录,在这里揭示着大国崛起、民族复兴的人才奥秘,解码出科技创新、产业变革的人才基因,记录下追逐梦想、焕发激情的人才传奇。\n  中关村完成了一次世界瞩目的人才集结,变身世界级科教高地。60多年来,一手科学研究,一手产业发展,中关村作为我国的人才“软口岸”,始终立足北京,辐射全国,屹立在世界的潮头。\n  今天,全国40%的“两院”院士和数以十万计的科学家、工程师云集在此,奋力攀登自主创新的科技高峰;全国1/5的“千人计划”入选者汇聚在此,集成创新全球前沿技术成果;1万名外籍人才和2万名海外留学人才荟萃",
     ["Z6"]),
    ("http://caijing.xhyb.net.cn/yaowen/2017/1211/26759.html", "zh-Hans",
     "中关村生命科学园三期规划发布\n记者从中关村发展集团获悉,中关村生命科学园三期规划日前发布。三期将重点建设“健康、人才、科技金融、创研、智造”五大功能区,规划面积超过360万平方米。\n中关村发展集团党委副书记、总经理宣鸿表示,作为中关村科学城在生命科学领域最重要的一个布局,中关村生命科学园始终以建设“中国第一、国际一流”的科技园区为目标,现已成为集生命科学研发、企业孵化、成果评价鉴定、生物技术项目展示发布、风险投资、国际交流、人员培训于一体的国际化高科技园区。目前,生命科学园一期、二期建成区内已聚集了超过400家生命科学及大健康相关领域的创新机构和企业,落户了7个国家重点工程中心和实验室,吸引了1万多名技术人员。\n据中关村生命科学园公司负责人介绍,生命科学园三期将建设生命科学金融中心标志性建筑群,建设生命科学博物馆和国际会展中心,布局技术转移中心和国家级审评中心。",
     ["Z5", "Z5.5"]),
    ("https://us.usy7.cc/usy0319G9NROvVC.Txt", "zh-Hans",
     "建议打造常态化上茶街集市,既能满足当地居民生活需要,又能为游客提供独特的文化体验载体,推动单纯的“卖茶卖酒”向更多“卖风景”“卖文化”“卖体验”转变。\n中新社北京3月18日电 (记者 陈杭)北京市副市长靳伟18日在国新办发布会上表示,国际科技组织纷纷在京集聚发展,去年新增4家国际科技组织,在京总数达到53家,朝阳区建成全国首个国际科技组织总部集聚区。\n靳伟表示,加强国际科技交流合作、汇集全球创新要素资源,是建设北京(京津冀)国际科技创新中心的应有之义。\n北京打造更具全球竞争力的开放创新生态,持续深化国际交流合作。靳伟说,每年在北京召开的国际基础科学大会,逐渐成为全球顶尖学者共议科学未来的盛会。2025年在北京举办的国际科技园及创新区域协会(IASP)2025年世界大会,吸引97个国家和地区代表齐聚一堂,发布的“中关村倡议”凝聚全球科技园区智慧和共识。\n北京深入推动全球产业协同。靳伟表示,2025年,北京新设外资企业数量同比增长近20%,外资研发中心总数达332家。",
     ["B6"]),
    ("http://www.fswenwen.com/vc/vcworld/20070322105508.htm", "zh-Hant",
     "昨天,記者從中關村科技園區創業投資(簡稱創投)政策信息發布會上獲悉,中關村管委會與中國光大控股有限公司等發起設立4家創投企業,規模從1億元到2億元不等。\n這些資金主要投資地點是中關村科技園區企業,重點領域為電子信息、集成電路、通信和網絡等的初創期和成長期企業。中關村管委會共出資1.65億元,引進外部資金3.85億元,4家創業投資企業的資金總規模為5.5億元,政府引導資金放大倍數達3倍。\n清科集團研究中心調查數據顯示,2006年,北京共有114家企業獲得創業投資,投資金額7.46億美元高居全國第一位。北京的投資金額占全國創投總額的一半,其中,中關村已成為國內創投最活躍的區域。",
     ["Z2", "Z2.3"]),
    ("http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2017-08/25/content_5220546.htm", "zh-Hant",
     "創新産出能力不斷增強\n中關村上半年總收入增長16.7%\n2017-08-25 20:58 來源: 新華社\n字號:默認 超大 | 打印 |\n新華社北京8月25日電(記者蓋博銘)記者25日從中關村管委會了解到,2017年上半年,中關村示範區規模以上企業實現總收入21422.5億元,同比增長16.7%。大企業繼續起到經濟發展“壓艙石”作用,前沿信息産業、新興服務業、現代交通和生物健康等新興産業集群實現快速增長。\n據介紹,2017年上半年,中關村示範園區新産品供給能力持續增強,利潤保持增長。同時,園區內創新投入穩步提升,創新産出能力不斷增強。\n上半年,中關村示範區實現新産品産值1445億元,同比增長9.7%。同時,園區內企業利潤保持高位增長。上半年,示範區規模以上企業實現利潤總額1909.7億元,同比增長35.9%。",
     []),
    ("http://covid-19.chinadaily.com.cn/dfpd/bj/2011-07/28/content_13001435.htm", "zh-Hans",
     "规模以上企业实现总收入7905亿元,同比增长19.3%;实现企业利润497.4亿元,同比增长17.3%;规模以上企业实缴税费463.1亿元,增速超过25%……对于立志要在未来十年成为全球创新中心的中关村来说,或许数字是对过去半年历程最有说服力的总结。\n聚业:用新兴产业拉动技术创新需求\n中关村聚集着2万家高科技企业,每年的更新量在3000家左右。这些科技“小巨人”具有鲜明的创新驱动发展的特征,对市场机会极其敏感,在引领全国的同时,也借助战略性新兴产业大发展的机会,为自身找到巨大牵引力。\n近两年,中央推动战略性新兴产业发展为中关村大量高科技企业提供了用武之地。目前落地中关村的中央单位重大成果转化新项目超过200项,总投资超过1000亿元。今年上半年,政府采购中关村示范区新技术新产品已完成32亿元,完成全年60亿元采购目标的53%,有力地带动了企业创新和发展,为它们打开市场大门助一臂之力。",
     ["Z1", "Z1.11", "Z3"]),
    ("https://reportify.cn/news/1217108508101709824", "zh-Hans",
     "一图读懂 | 京西新机遇!解锁石景山区产业发展新蓝图\n北京日报客户端·2026-02-06 10:53\n文章核心观点 - 石景山区在“十四五”期间经济实力与产业转型取得显著成就,并已构建起“2+5+4”现代化产业体系,正依托“一核三廊六大特色园区”的发展格局,抓住多重战略机遇,向建设世界领先科技园区京西支点的目标迈进 [2][8][34][38] “十四五”时期发展成就 - 地区生产总值连续跨越4个百亿台阶,总量超1370亿元 [2] - 一般公共预算收入年均增速6.7%,税收占比超九成 [2] - 固定资产投资年均增速9.2%,服务消费年均增速9% [2] - 国家级高新技术企业、专精特新企业均超过1100家 [4] - 落地全国重点实验室4家 [4] - 每万人发明专利拥有量、技术合同成交额较“十三五”末分别提升186%、126% [4][5] - 中关村石景山园收入较“十三五”末提升48.3% [7] - 信息技术和现代金融两大行业增加值占地区生产总值比重超六成 [8] - 数字经济增加值占GDP比重达57.4% [8]",
     []),
    ("http://txwb.com/Article/hyzx/wlzz/201507/287980.html", "zh-Hans",
     "本报讯(实习记者 陈雪柠)昨日,中关村高新技术企业收入半年报出炉。据市统计局、国家统计局北京调查总队发布数据显示,今年上半年,中关村示范区规模(限额)以上高新技术企业实现总收入15905.7亿元,比上年同期增长10.2%。其中实现技术收入2011.7亿元,比上年同期增长11.6%,产品销售收入5258.5亿元,同比增长13.3%。\n一个直径不到一毫米的小孔,如果出现在工业生产车间的压缩空气管道上,每年会白白“漏”掉3500多度电。地处中关村的爱社科技则可以为企业提供针对性的节能诊断和节能产品。在对某大型轮胎生产企业进行节能改造后,耗电量从每年2277万度降低到569万度。在中关村,这样的高新技术企业比比皆是。\n数据显示,上半年六大高新技术领域共实现总收入12614.8亿元,占中关村总收入的79.3%,接近八成。",
     []),
    ("http://bj.people.com.cn/n2/2021/1216/c82840-35053239.html", "zh-Hans",
     "人民网>>北京频道>>社会民生\n北京昌平:推进地铁19号线北延等一大批交通基础项目服务生命科学园\n2021年12月16日09:10 | 来源:  \n生命科学园作为未来科学城“两谷一园”之一,已成为北京医药健康产业发展的创新引擎。目前,昌平区正在围绕改善生命科学园出行条件,推进市郊铁路S2线、地铁19号线、北清路提级改造等一批重大交通基础设施项目。\n据了解,经过20多年发展积淀,生命科学园已经聚集了北京生命科学研究所、北京脑科学与类脑研究中心、国家蛋白质科学中心等一批高水平研发机构,汇集了200多名顶尖科学家和高层次人才,入驻了500多家创新型医药健康企业,同时建有北大国际医院、北大六院分院等一批医疗机构、床位数近3000张,形成了基础研究、中试研发、生产流通、终端医疗的全产业链聚集态势。",
     []),
]
# Round 13 relevant English rows: (url, text, labels)
WEB13_RELEVANT_EN = [
    ("http://www.exploringtianjin.com/binhain/2019-08/14/c_429671.htm",
     "Science parks, institutes in Tianjin boost BTH integration\n(| Updated : 2019-08-14\nEditor's note: To integrate Beijing and Hebei province has become one of the top priorities of Tianjin municipality since 2014, when the national strategy of coordinated development of Beijing, Tianjin and Hebei was initiated. Over the past five years, a number of existing or newly-established technology parks and scientific research institutes in Tianjin have made their own efforts to cooperate with the companies and institutions in other two places to achieve high-quality development and yield good results.\nThe Tianjin Binhai-Zhongguancun Collaborative Innovation Demonstration Base is in Tianjin, North China. [Photo provided to]\nEstablished on Nov 22, 2016 in Binhai New Area, Tianjin municipality, the Binhai-Zhongguancun innovation demonstration zone has an area of over 90,000 square meters. In collaboration with Beijing’s Zhongguancun, China’s entrepreneurial and innovative hub, the innovative base committed to build itself into a new incubator and home to scientific start-up companies in the Beijing-Tianjin-Hebei region.\nBy the first half of 2019, 319 tech firms had signed contracts with the demonstration zone and about a hundred of them moved there from Beijing.",
     ["Z5", "Z5.12"]),
    ("http://china.org.cn/business/2022-04/19/content_78174210.htm",
     "The phrase \"little giant\" refers to small and medium-sized enterprises that focus on a market niche and master key technologies with a strong innovation capacity and large market share.\nThe Beijing Xinghe Dongli Space Technology Co. Ltd., a \"little giant\" also known as Galactic Energy, successfully launched a Ceres-1 rocket last December, sending five commercial satellites into the 500km sun-synchronous orbit. Around Galactic Energy, there are a host of enterprises dedicated to space exploration, forming the so-called \"Rocket Street.\"\nTo support their development, Beijing E-Town has organized a satellite-rocket industrial alliance and issued incentive measures, with awards as high as 50 million yuan.\nA \"wild geese flying pattern\" has also been formed in Beijing E-Town in terms of enterprises' innovation capacity. From start-up \"golden seeds\" to \"gazelle\" companies, \"little giants\" to \"hidden champions\" and \"unicorns,\" the total number of innovative enterprises in the area is projected to double by the end of 2025.\nBeijing E-Town will make more effort to improve its service system, ease enterprises' difficulties, and contribute to building the capital into an international innovation hub for science and technology.",
     []),
    ("https://global.chinadaily.com.cn/m/beijing/zhongguancun/2014-03/27/content_17382874.htm",
     "• Company Updates\nZhongguancun companies show potential for growth\n( chinadaily.com.cn )\nUpdated: 2014-03-27\nOnce again, Zhongguancun companies dominate Forbes-China’s annual list of \"Top Potential Medium and Small Enterprises in China\".\nAmong the 200 companies on this year’s list, 54 are located at Zhongguancun Science Park, accounting for 85.7 percent of all Beijing companies listed.\nMost Zhongguancun companies on the list are in the IT and biomedical businesses: 32 of them are IT enterprises and 11 are biomedical ones. Biopharmaceutical enterprise Staidson ranks 6th with the most potential in listed companies, while three other Zhongguancun enterprises find themselves within the top ten unlisted ones.\nThe other Zhongguancun companies come from the advanced manufacturing, environmental protection and new energy sectors.",
     []),
    ("http://english.cnipr.com/news/China/201812/t20181227_230404.html",
     "Tech hub Zhongguancun on the fast track to sustained development\nPublished on 12/27 2018  Source: China Daily\nOn average, 80 tech startups were founded every day last year, putting it at the epicenter of national innovation. The number has risen to closer to 90 this year, local media reported.\nWhile 90 percent barely survive the first three years, a host of new startups are springing up, seeking the chance of meeting or surpassing global technological trends.\nAmong them is Mingshuo (Beijing) Electronic Technology, a hightech company specializing in graphene applications.\nOne of its signature products, an LED street lamp using graphene compound materials, has been exported to Japan. Its founder Chen Wei spent five years in laboratory research to discover a key compound material.",
     []),
    ("http://hkipx.com/new.php?ID=1114034",
     "Current Position: Home > IP News > State Council: exemption from technology transfer increased from 5 million yuan to 20 million yuan\nRecently, the State Council has approved a new round of comprehensive opening-up of service areas in Beijing. There are 26 major tasks in 4 categories proposed in the work program, among which, relevant measures related to intellectual property work are summarized as follows:\n3、 Main tasks\n(1) We will deepen reform and open up in key service industries.\n2. Promote the development of digital economy and digital trade. We will accelerate the opening of public data, guide social institutions to open their own data in accordance with the law, support Beijing to carry out data cooperation between central and local governments in specific fields, and promote the docking of government data and social data platforms.\n(3) To form a system of institutional innovation in line with international standards.\n18. Improve fiscal and tax support policies. When enterprises engaged in R & D of integrated circuits, artificial intelligence, biomedicine, key materials and other fields in Beijing are identified as high-tech enterprises, if they have worked for more than one year and the proportion of the total R & D expenses incurred in China to the total R & D expenses is no less than 50%, the \"approval upon filing\" shall be implemented.",
     ["B6"]),
    ("https://covid-19.chinadaily.com.cn/beijing/2014-11/25/content_18972571.htm",
     "Home / Biz updates\nFengtai Park builds new pattern\nUpdated: 2014-11-25 (chinadaily.com.cn)\n  • printer\n  • mail\nBeijing's Fengtai government recently held its first leadership meeting for Zhongguancun's Fengtai Park. The newly founded leaders are mainly responsible for organizing, planning and coordinating all areas of the park, as well as major development and construction projects.\nThey are required to focus on solving major problems in regional development, deepen the implementation of the State Council's review on the expansion of Zhongguancun Science Park, effectively boost the overall development of the expanded park and develop an effective decision making mechanism to achieve \"win-win\" results.",
     ["Z5", "Z5.8"]),
    ("http://bjzpark.spotlightbeijing.com/2020-03/10/c_444696.htm",
     "Home>Sub parks\nFengtai Park\nchinadaily.com.cn | Updated: Mar 10, 2020 L M S\nIn October, 2012, with the approval of the State Council, the planned area of Fengtai Park was adjusted to 17.63 square kilometers consisting of 11 blocks, namely, east area, west area I, west area II, Science & Technology Hatch Street as well as Lize area, Yongdinghe north area, Yongdinghe south area, Erqi Automobile Factory, Erqi Machinery Plant, Shougang Ertong Industrial Park and the emergency rescue area.\nFengtai Park presents a characteristics of \"two 'mains', two 'auxiliaries' and multi-feature\". \"Two 'mains'\" refers to its two major leading industries: rail transportation and space equipment; \"Two 'auxiliaries'\" means two major auxiliary industries: biological medicine and engineering service; \"Multi-feature\" refers to its several featured industries such as emergency relief, energy-saving and environmental protection, as well as its large potential of military and civilian integration industries. The park has become a headquarters economic zone with active innovation and concentrated elements, an important high-tech industrial base in Beijing and a core urban economic functional zone of Fengtai District. At present, there are more than 1,680 high-tech enterprises in Fengtai Park, among them CRRC, CRSC, CREC, TCT, HAIGE, Yuan Liu Hong Yuan and BNIBT. Preliminary statistics show that in 2018, the park's total enterprise income was 558 billion yuan and the total profit was 42 billion yuan. Next, Fengtai Park will focus on the development of such industries as railway transportation and aerospace and actively foster science and technology services, smart cities, and advanced carbon materials.",
     ["Z5", "Z5.1"]),
    ("http://english.chitec.cn/web/static/articles/catalog_2c94bb442fe7b1a8012fe7d043680004/article_ff8080813ead3954013edd9d0f261300/ff8080813ead3954013edd9d0f261300.html",
     "Home > News > Media Coverage\nZhongguancun is expected to become a global innovation center\nBeijing - May 26, 2013 5:51:14 AM\nWASHINGTON (intern Lu Chang) Zhongguancun Innovation Demonstration Zone in 2020 is expected to become a global innovation center in Silicon Valley in the United States and initially envisaged the establishment of global innovation base. In the Zhongguancun High-Tech Expo Innovation Forum, Chinese Ministry of Science and Technology Development Strategy Research Institute researcher Zhao Gang said that to speed up the pace going Zhongguancun, enhance the ability of international operations, foster a number of world-class multinational companies.\nZhao Gang said initial establishment of global innovation in Silicon Valley like the village total bases, and in Israel, the United Kingdom and China's Beijing, Shanghai, Shenzhen, Qingdao and other regions to establish a base, making them the global innovation an important part of the village.\nZhao Gang then introduced the Global Innovation Village mode of operation. \"First set up a global innovation fund, now there are some companies, fund companies and local governments to actively participate, but also the establishment of the Global Innovation Forum, but also the establishment of a global innovation organization.\"\nIt is reported that the Zhongguancun has carried out research work.",
     ["Z7", "Z7.4"]),
    ("http://ecns.cn/business/2013/10-20/85001_2.shtml",
     "The technology hub has a history of nurturing both big and small companies with entrepreneurial infrastructure from venture capital to incubators. The area is populated by leading Chinese tech firms such as Lenovo and Founder and international ones like Intel, Microsoft and Google.\nThe district now boasts 566 equity investment firms and nearly 100 Internet-based financial service companies. These institutions have raised 20 billion yuan for small and medium-sized firms.\nAuthorities hope to take advantage of Zhongguancun's existing entrepreneurial and innovative culture and crank it up a notch to welcome financial service providers that can help channel critical capital via the Internet to cash-strapped but promising start-ups.\nInternet-based financial services such as online lending have quickly risen as an alternative for small and medium-sized companies to raise much-needed capital to keep their businesses going, as Chinese banks are more inclined to lend to large and state-owned enterprises (SOEs).",
     ["Z2", "Z2.3"]),
    ("http://bjzpark.spotlightbeijing.com/2020-04/24/c_473542.htm",
     "Zhongguancun to unite with VC firms to invest in high-tech enterprises\nFrom now until the end of June, the Zhongguancun Administrative Committee will cooperate with 30 well-known venture capital institutions to provide 30 billion yuan ($4.24 million) of investment to micro, small and medium-sized technology enterprises at the initial or growth stage.\nThe first group of those institutions focuses on high-grade, precision and advanced industries as well as key industrial fields, and invests in projects at the early or mid-term stage.\nHigh-quality enterprises that have obtained angel investment or A-round investment and incubated enterprises are given priority.\nThe investment method is mainly equity investment, and joint investment models such as investment-loan linkage and investment-guarantee linkage are encouraged.\nTo ensure smooth progress of the investment program, the Zhongguancun Administrative Committee will adopt the following measures:\nCollect financing needs. The committee will solicit micro, small and medium-sized technology enterprises that have urgent financing needs.\nStrengthen equity-debt linkage. The committee will then assist high-quality projects to connect with financial institutions such as banks and guarantee companies, design innovative financial products and provide follow-up financing and comprehensive financial support for enterprises.",
     ["Z2", "Z2.3"]),
]
# Round 13 traps: (kind, url, lang, text)
WEB13_TRAPS = [
    ("zol", "https://nb.zol.com.cn/72/729305.html", "zh-Hans",
     "· 电池续航时间及散热能力测试\n毫无疑问,笔记本在户外环境中的使用时间也是多数用户十分关心的部分:在漫长的旅途中,我们可以用它提前完成部分工作、或是看看电影打发时间......总之,一部拥有较长续航时间的笔记本可提高我们的工作效率、也令生活更为充实。\n根据我们的测试经验,大部分独显本的续航时间都比集显本要明显短一些(独显本为两个多小时、集显本为三个多小时),当我们使用Vista操作系统时,这种情况则更加明显。本次测试,我们依然采用的是BatteryMark这款软件,它能够模拟用户的实际操作情况,保持硬件的持续工作状态,并在电池耗尽即将关机时记录其续航时间。\nBatteryMark电池续航时间测试\n从本次横评的测试成绩来看,采用Intel PM965芯片组及Intel 3945ABG无线模块的TCL丽屏T45续航时间较长,达到了2小时52分钟;联想旭日C467以10分钟的差距紧随其后。"),
    ("zol", "http://www.newhua.com/2013/1108/239055_9.shtml", "zh-Hans",
     "首页 > 硬件数码 > 硬件评测 > 笔记本 > 正文\n谁将主导未来?六款变形触控本年度横评(9)\n2013-11-08 09:00  中关村在线    我要评论(0)\n字号:T|T\n电池续航——Powermark基准测试\n作为一款移动设备,电池续航能力无疑是最至关重要的一项数据,今年我们看到苹果的MacBook系列笔记本,无论是从操作系统端还是硬件搭配都在极力控制功耗,以保证笔记本可以获得更为长久的使用时间。相比手机和平板电脑,笔记本电脑的工具属性要更为突出,运算速度和多处理能力也更强,整体功耗控制就显得尤为重要。因此笔记本续航时间的长短,很大程度上直接决定了我们反复强调的用户体验。"),
    ("rental", "https://www.zhidianjob.com/newsdetail/id/10810.html", "zh-Hans",
     "全国办公楼开发投资额同比下滑超两成,销售数据也未能扭转跌势,但当月重点城市租金却出现近5%的环比增长。\n清晨的阳光照进上海杨浦区云际尚浦双子塔,豆包科技的员工正陆续走进新租赁的4万平方米办公空间。这家字节跳动旗下的人工智能企业,在2025年下半年签下了上海年内最大的写字楼租赁合同。\n与此同时,北京中关村的写字楼空置率已经降至全市最低水平,而在三四线城市,国际灵活办公品牌正加速布局,河北辛集、福建宁德、湖北鄂州等地政府主动寻求与国际品牌合作,希望通过引入高品质办公空间提升城市营商环境。\n02 租赁市场出现转机\n与投资销售端形成对比的是,租赁市场开始释放回暖信号。\n在北京,科技中心区域的去化情况尤为突出。中关村空置率已降至全市最低,一些头部科技企业上半年集中释放了大面积租赁需求。"),
    ("mall", "http://zhaozy.vip/thread-7838-1-1.html", "zh-Hans",
     "[i,中关村鼎好大厦。[/i,\n2020年10月,位于北京中关村的鼎好大厦正式关闭,进入停业装修阶段。鼎好曾象征着中关村电子卖场的巅峰。它的关闭,宣告了一个时代的结束。而这里的人们,正经历着阵痛。\n9月,鼎好大门紧闭,客流为零,但大厦四楼一片灯火通明,200多个铺主仍驻守在这里,成为了“钉子户”。\n王自超 47岁 河南人\n入驻鼎好17年\n主营电脑配件\n“2002年,我买下了这个铺位,当时的价格就已经是每平米两万八了。18年过去了,大厦收购方想用四万元的价格收过去,但你看中关村的房价都涨了多少倍了?”\n世纪初,中关村电子市场规模达到顶点,形成了以海龙、科贸、鼎好、E世界等9家大型电子产品卖场为主导的市场格局。"),
    ("taiwan", "https://ec.ltn.com.tw/article/breakingnews/5189013", "zh-Hant",
     "〔記者吳柏軒／台北報導〕國科會轄下主管3大科學園區今（24）日公布今年上半年營收，受惠半導體產業完整的供應鏈優勢，及在先進技術開發與產能方面持續投入研發及提高產能利用率，全部園區加總營業額再創新高，達2.74兆元，較2024年上半年成長26.74％。\n\n國科會產學處科長高鴻文分析，今年上半年全球高科技產業受惠於AI應用加速滲透，雲端服務與邊緣運算投資增長，半導體產業需求仍持續增長，3大科學園區營收創新高，其中竹科0.82兆元，較去年同期成長11.47％；中科0.54兆元，成長8.14％；南科1.38兆元，成長48.78％。\n\n竹科組長李淑美報告，新引進16家公司，包含前瞻半導體、高階醫材等，核准投資額56億元，持續吸引產業創新活水；"),
    ("xian", "https://www.wendabaike.com/new/45713.html", "zh-Hans",
     "科技日报:西安高新区丝路科学城:优势叠加,支撑“双中心”建设\n2023年4月25日《科技日报》07版\n目前,西安高新区丝路科学城已聚集企业近4000家,其中高新技术企业217家,拥有全球最大的新能源汽车生产基地以及全国最大的汽车动力电池生产基地。作为科技创新高地、秦创原高能级科技成果转化大平台,丝路科学城科研与产业优势叠加,成为西安“双中心”核心承载区的不二选择。\n4月18日,西安高新区举行“双中心”核心区启动建设暨高新区二季度重点项目开工仪式。其中,总投资39.09亿元的20个高能级创新平台项目签约落地,标志着西安高新区“双中心”核心区建设迈出重要一步。\n2022年12月,国家发改委、科技部批复支持西安建设综合性国家科学中心和具有全国影响力的科技创新中心。西安由此成为继北京、上海及粤港澳大湾区之后,第四个获批建设“双中心”的城市。而位于西安高新区的丝路科学城则成为全国唯一的“双中心”核心承载区。"),
    ("hongkong", "http://ejtech.hkej.com/china/%E3%80%90%E6%96%BD%E6%94%BF%E5%A0%B1%E5%91%8A%E3%80%91%E7%A0%94%E5%BB%BA%E8%A6%8F%E6%A8%A1%E5%AA%B2%E7%BE%8E%E6%95%B8%E7%A2%BC%E6%B8%AF%E5%9C%B0%E6%A8%99%E6%80%A7%E5%89%B5%E7%A7%91%E8%A8%AD%E6%96%BD/", "zh-Hant",
     "【施政報告】研建規模媲美數碼港地標性創科設施\nBy on October 6, 2021\n原文刊於信報財經新聞\n特首林鄭月娥宣讀《施政報告》時指出,本港創科界另一個標誌性社羣是數碼港。數碼港擁有不少科技企業,並培育了5間獨角獸,涵蓋金融科技、智慧生活及數碼娛樂領域。按估計,數碼港每投資1元便吸引外間投資13元,過去3年其初創企業吸引了超過125億元投資。數碼港第5期工程已經展開,可於4年內增加超過四成總樓面面積。\n政府正研究加快位於落馬洲河套地區的港深創科園建造工程。此外,深港科技創新合作區的「一區兩園」工作進度良好。\n長遠而言,在《發展策略》下,港深創科園與落馬洲╱新田一帶地方,將會整合為新田科技城,當中與創科相關的土地估計約有240公頃。"),
    ("shenzhen", "http://www.cfgw.net.cn/2019-09/25/content_24887382.html", "zh-Hans",
     "筑“生态雨林” 育“创新之肺” 上市公司“南山现象”见闻\n2019-09-25 15:08:32 来源:新华每日电讯 孙飞\n今年8月,随着微芯生物正式登陆科创板,有“中国硅谷”之称的深圳南山区上市企业已达160家,占深圳市约四成,在全国区县中居于前列。一个区成为集聚上市公司的“创新雨林”,经济高发展的“南山现象”令人侧目。\n160家上市公司集聚,构筑“南山方阵”\n8月,总部位于深圳的微芯生物在科创板上市,微芯生物也成为了科创板第28家上市公司。微芯生物披露的信息显示,2016年到2018年合计营收3.43亿元,近3年研发投入在营业收入的比重均超过50%。\n至此,南山上市企业已达160家,堪比一个中部省份的上市公司数量。深圳综合开发研究院常务副院长郭万达说,南山迅速攀升的上市企业数量,凸显了“中国硅谷”的经济活力。"),
    ("shenzhen", "https://30006m.com/snncontent/post_6571192.html", "en",
     "the president of the research institute of tsinghua university in shenzhen has called for a technology bank to be established in the qianhai economic zone to offer much-needed financial help to start-up tech companies.\n\"now is a vital time for shenzhen to set up a technology bank,\" ji shishan was quoted by shenzhen economic daily as saying.\nshenzhen municipal government submitted an application two years ago to the china banking regulatory commission for the establishment of a technology bank in qianhai. although the proposal has been widely applauded, no green light has so far been given.\nthe call for the establishment of china's silicon valley bank has been around for years, but a real technology bank is yet to emerge.\nthe all-china federation of industry & commerce proposed in 2007 that the zhongguancun area in beijing, zhangjiang in shanghai and the high-tech industrial park in shenzhen be chosen to pilot the establishment of technology banks."),
    ("national", "http://m.cncms.com/yejie/xingye/20221109/110923228.html", "zh-Hans",
     "【资料图】\n中新网11月9日电 据科技部网站9日消息,科技部近日印发《“十四五”国家高新技术产业开发区发展规划》。\n其中提出,到2025年,国家高新区、自创区布局更加优化,自主创新能力显著提升,体制机制持续优化,创新创业环境明显改善,高新技术产业体系基本形成,高新技术成果产出、转化和产业化机制更加完善,攻克一批支撑产业和区域发展的关键核心技术,研制一批兼具原创性和先进性的高水平标准,形成一批自主可控、国际领先的产品,涌现一批具有国际竞争力的创新型企业和产业集群,对产业链供应链安全的保障作用明显增强,绿色低碳和智能化转型成效显著,中关村建设世界领先科技园区取得重要进展,建成若干具有世界影响力的高科技园区和一批创新型科技园区、创新型特色园区,对国家重大战略的全方位支撑引领作用进一步增强。"),
    ("zhangjiang", "http://regional.chinadaily.com.cn/shftz/2021-10/13/c_667385.htm", "en",
     "Home > Latest\nZhangjiang grows into role as biomedical tech hub Updated: 2021-10-13\nAn AI pharmaceutial R&D alliance was launched at the Zhangjiang Life Science International Innovation Summit in Shanghai, providing 24 biomedical projects with a total investment of 31.2 billion yuan. [Photo provided to]\nThe total licensing revenue of biomedical companies in Shanghai's Zhangjiang, a high-tech industrial park in China, to allow their copyrighted R&D to be used by overseas companies reached 46.1 billion yuan ($7.14 billion) in 2020, according to a report released on Tuesday.\nThe Zhangjiang Biomedicine Innovation Index, compiled by Zhangjiang Group and institutes including the Shanghai Institute for Science of Science, showed the innovation power of Zhangjiang in the biomedical industry based on five criteria: the region's role in facilitating innovation, driving growth, integrating resources, influencing other domestic regions and the international market.\nMoreover, the report showed 75 kinds of new Class-1 drugs developed in Zhangjiang last year -an almost threefold increase from the number in 2016- were approved for clinical trials, accounting for 20 percent of the country's total."),
    ("xian", "http://www.chinadaily.com.cn/a/201807/13/WS5b481abaa310796df4df64c0.html", "en",
     "Oversea innovation center promotes international hi-tech cooperation\nThe Silicon Valley Oversea Innovation Center, which intends to promote international innovative cooperation modules, was launched on July 10 local time in North America.\nThe center is affiliated to the Xi’an Hi-tech Industries Development Zone of Shaanxi province in China and contains six platforms including an international service supporting center, a hi-tech program incubator and an innovation talents cultivation center.\nIt aims to increase cooperation between the Silicon Valley and the Hi-tech Zone, particularly in fields of talent exchanges, research, financial linking, international market expansion and technological achievement transformation.\nAt the launching ceremony, Zhong Hongjiang, Party Committee Secretary of the zone, cited the significant standing of the global hi-tech industrial bases and their advantages in resources, talents and technology."),
    ("school", "https://twwiki.net/wiki/k2y9m3l7l6wjyl2.html", "zh-Hant",
     "北京市中關村第三小學\n公立小學\n北京市海淀區中關村第三小學,始建於1981年,地處中關村科技園區的核心地帶,這裡是高科技和人才資源最為密集的區域。\n2015年6月,紅山小學併入中關村三小,稱作中關村第三小學紅山校區。2016年,建成萬柳北校區,而中關村部歸為中關村一小。2018年1月,中關村三小與北京中法實驗學校小學部開展合作辦學,支持中法實驗學校小學部快速發展。2018年3月,中關村三小承辦雄安新區原雄縣二小,學校更名為中關村三小雄安校區,實施一體化管理。"),
    ("hefei", "https://news.ifeng.com/c/8kegIkqsNa8", "zh-Hans",
     "2025-07-02 09:45:26新华社\n在安徽省合肥国家高新技术产业开发区,有一条孕育了数十家量子科技企业的“量子大街”。过去的10多年里,方圆几公里内,一个拥有中电信量子、本源量子、国仪量子等代表性企业的量子产业集群在此崛起,成为全国乃至全球领先的量子科技高地。\n从经典的双缝干涉实验装置,到量子城域网建设展示,再到国内单台比特数最多的超导量子计算机“天衍-504”……\n在中电信量子信息科技集团有限公司的科技体验馆内,“活力中国调研行”主题采访活动的记者们惊叹于量子世界的神奇奥秘,也真切感受到未来科技的触手可及。\n“合肥积极搭建量子产品的首次应用场景,服务产业转化。”合肥市科技局副局长吕波介绍,目前量子印章首次在合肥部分政府服务窗口试点;国内首个融合量子测量、量子通信和量子计算三大技术的变电站也已在本地投入运行。"),
    ("passing", "https://ttnews.xyz/a/5bb98565dc9b5e3907b401d2", "zh-Hant",
     "西二旗的瑣碎日常|北京城跡⑥\n題記:從明代的牧馬場到如今的“中國互聯網心臟”,一場大信息產業革命後,西二旗成為了“中國硅谷”的有力備選者。在一個交通混亂的十字路口,西二旗人上演自己瑣碎的日常。\n“北京城跡”第六期:西二旗。\n早上7:30分,西二旗的員工成群結隊趕來上班。新京報記者秦寬 攝\n“歡迎來到中國互聯網的心臟。”\n黃少德(化名)揹著揹包,一個箭步跨到馬路中央。9月26日清晨7點40分剛過,西二旗地鐵口外,密密麻麻的擺渡大巴車交錯橫穿。紅燈亮起的時候,這裡有十幾秒的靜止。\n西二旗位於北京五環以外,是百度、滴滴、網易、新浪等多家知名互聯網公司首選的總部所在地,“中國硅谷”有力的競爭者之一。2000年,中央出臺大信息產業發展政策,由於靠近中關村軟件園的地緣優勢,西二旗有幸成為一塊充滿希望的沃土。十數年後,近18萬互聯網大軍每天在這裡遷徙往返。\n西二旗單一、質樸、簡潔。周邊沒有任何娛樂設施,附近2座大型商場、5家超市、3個便利店以及一所醫院基本維持著這個巨大閉環生態圈的剛性運轉。"),
]
add_web_round("web13", WEB13_RELEVANT_ZH, WEB13_RELEVANT_EN, WEB13_TRAPS, all_tune=True)


# --- added round 14: a TUNING round like rounds 7, 8 and 10-13 (decided before any row was collected: every round-14 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: everyday news and government releases that state the Zhongguancun plan's RARER MEASURES in news wording (tune had 0-2
# news rows for each).  The page search returned few usable ZGC pages for most of them, so this round is smaller than planned:
# 10 relevant zh (4 zh-Hant), 5 relevant en, 9 traps.  Relevant zh: Haidian's 2018 中关村科学城 proof-of-concept support plan
# (Xinhua), the 中关村智造大街 team's Tongzhou old aluminium factory with a pilot-scale (中试) lab (china.com 2023), the
# 中关村(京西)人工智能科技园 as a 数智低碳 park (a ZOL news page, 2024 Forum sub-forum), the 2016 'new troika' talent feature
# (中国青年报), 北京日报's 2019 '中關村加速' on the exhibition centre's core-technology results (people.com.cn big5 gateway, zh-Hant),
# ZGC industry alliances drafting Beijing's group-standard quality standard (2022, zh-Hant with pinyin annotations such as
# 標(biāo)準(zhǔn)), the 中科智汇工场 / CAS Beijing National Technology Transfer Center big-data platform in a renovated furniture
# factory (2020), the 2018 '涌泉效应' Haidian feature (a CAS researcher's project picked by an incubator), Beijing's 2019
# technology-transfer coordination platform (科學網, zh-Hant; relevant, no code) and a 2024 海南日报 visit to E-Town/北脑二号
# (zh-Hant; relevant, no code).  Relevant en: the 2014 ZGC 'dream lab' maker space for teenagers, the 2016 founding of the
# Zhongguancun Standardization Association (sipo), the Zhongguancun Tianhe Technology Transfer Center (2017), the ZGC Software
# Park's open-source ecosystem (2021), Haidian's 2026 AI open-source forum pledge to select 'post-00' young pioneers.  Traps:
# Wenzhou's proof-of-concept action plan and Zhejiang's provincial pilot-platform notice (`zhejiang`), a national commentary on
# proof of concept that names 中关村科学城's plan in passing and a 人民日报/中国经济网 中试 feature in zh-Hant (`national`), Shenzhen's
# senior technology managers (`shenzhen`), the GBA technology-manager office in Guangzhou (`guangzhou`), a Qingdao pilot base in
# zh-Hant (`qingdao`), Tianjin talent apartments in English (`tianjin`), Beijing sub-centre's zero-carbon 'green heart' park in
# zh-Hant (`passing`; Z5.7's green/smart-park vocabulary for a city park).  No ZOL review, mall, rental or restaurant trap.
# Excerpts are copied as the pages have them, several skipping a paragraph or photo caption (xinhuanet, china.com, zol, zqb,
# it.people, ipma-canada, theworldseeds, cnfuhuaqi (its doubled first paragraph given once), iwstxip, daluzixun; chinadaily
# Tianhe, spotlightbeijing, sipo; traps 10100, keceyun, txqtyssb, bj.people); the ipma-canada and chinadaily-Tianhe
# rows end mid-word where the stored page text ends ('中關(guān)村天合寬禁帶', 'Z-Park Non-Governmental Science Te').
# Overlap check: every URL and every excerpt's 40-character windows pass check(); dropped as used or telling an earlier row's
# story: the B&R 'ZGC' plan (brlscp), IASP 2025, the Mentougou compute centre phase 2 (ce.cn), the 2016/2017 overseas strategic
# scientists, the 2022 standardisation week, the 2013 standards base and 2019 standardisation white paper, the 2021 stock-space
# feature (71.cn), the Silicon Valley innovation centre, the 2016 entry-exit measures and service centre, the points-based
# residence notices (2024 notice on wanbiaoku), the 2026 中试 measures (seccw, ce.cn), the 2026 ZGC international technology
# trading centre summary (reportify), the 2018 hard-tech incubation platforms, the 2025 U30 list, the 2021 and 2024 Forums, the
# Haidian green parks and 环保园 pages, the 2018 'run, ZGC' feature, the 2025 unicorn report; a BDA talent-apartment page
# (beijingetown) was dropped because its opening shares a 40-character window with web5-rel-en13.
# Labels (README rules, rounds 2-13 readings) plus: Z3 + Z3.2 for Haidian's 中关村科学城 proof-of-concept plan (support for
# universities' proof-of-concept centres); Z3 + Z3.3 with Z5 + Z5.4 for a ZGC brand's pilot-scale lab in a renovated factory;
# Z5 + Z5.7 with Z5.5 for the Jingxi AI park's 数智低碳 smart-park plan (the park is named in 004's Z5.5); Z6 + Z6.3 for foreign
# and returnee talents drawn to ZGC; Z1 + Z1.1 for the exhibition centre's 'key core technology breakthroughs' (chips,
# drugs breaking a foreign monopoly); Z7 + Z7.9 for ZGC standardisation bodies and alliances creating standards; Z3 + Z3.1 +
# Z3.8 for the CAS Beijing National Technology Transfer Center's online platform (named in 004's Z3.8) with Z5 + Z5.4 for the
# renovated furniture factory; Z3 + Z3.8 for a CAS researcher's project incubated into a company; Z3 + Z3.4 + Z6 + Z6.4 for the
# dream lab (a maker space letting teenagers found companies, 004's Z6.4 全球青少年图灵计划 vocabulary); Z3 + Z3.1 for a ZGC
# technology-transfer centre; Z1 + Z1.7 for the Software Park's open-source ecosystem (PaddlePaddle and other open-source
# platforms); Z6 + Z6.4 for selecting young pioneers at the Forum.  A Beijing-wide technology-transfer platform and an E-Town /
# brain-interface visit get no code.
# Doubtful round-14 rows (kept, flagged here): zh03 (a ZOL page, relevant as a Forum sub-forum report; Z4.6 left out),
# zh04 (Z6.3 for named foreign/returnee talents; Z3.8 left out for 邓兴旺's company), zh05 (Z1.1 from an exhibition feature; Z1.2
# left out for 无人驾驶/石墨烯), zh06 (Z7.9 for a Beijing local standard drafted by ZGC alliances, not a '中关村标准'; Z1.5 left out),
# zh07 (never names 中关村; Z codes read from 004's naming of the CAS transfer centre; the 金隅智造工场 story of web11-rel-en07
# is a different event), zh08 (Z3.8 from one researcher's project), zh09/zh10 (relevant, no code), en01 (Z6.4 for teenagers),
# en05 (a one-paragraph flash; Z2.3 left out for 'a fund system worth over a trillion yuan', Z1.7 for the open-source remark).
# Not found (no usable, unused ZGC page): Z1.2, Z1.3, Z1.5, Z1.6, Z1.9, Z3.6, Z3.7, Z4.1-Z4.5, Z5.2, Z5.6, Z5.9-Z5.11, Z6.1, Z6.2,
# Z6.5-Z6.7, Z6.10-Z6.12, Z7.5, Z7.6, Z7.8.
# Round 14 relevant Chinese rows: (url, lang, text, labels)
WEB14_RELEVANT_ZH = [
    ("http://xinhuanet.com/politics/2018-10/10/c_1123536081.htm", "zh-Hans",
     "原标题:海淀发布全国首个“概念验证支持计划”\n每年面向区内征集支持20个项目,单项支持不超过50万元\n昨日(9日)上午,2018全国“双创周”北京会场暨中关村创新创业季活动正式启动。从2015年至今,双创活动周已经举办3届。开幕式现场,海淀区委书记于军发布了中关村科学城“概念验证支持计划”,属全国首个。\n支持高校院所设立概念验证中心\n于军介绍,海淀作为中关村科学城主体区域和全国科技创新中心核心区,走出了一条推进科技成果转化和产业化的“中关村之路”。\n海淀上半年与北京市科委合作设立了中关村前孵化创新中心,在解决科技成果转化“最初一公里”方面进行探索。在此基础上,决定实施概念验证支持计划,进一步将目光前移、将支持环节前移,聚焦科技成果转化的细分阶段,以促进基础研究项目向概念验证项目转化为核心,弥补基础研究成果与可市场化成果之间的间隙,帮助研究人员和团队迈出科技成果转化的“最初一步”。\n具体而言,海淀每年将支持创新主体开展概念验证活动。计划每年面向区内征集支持20个项目,单项支持不超过50万元;同时组建概念验证项目专家顾问团队,邀请科学家、企业家、投资家为入选项目提供辅导。其次,支持高校院所设立概念验证中心。首批支持5家,每家每年给予500万元专项资金支持,连续支持三年;",
     ["Z3", "Z3.2"]),
    ("https://news.china.com/specialnews/11150740/20231203/45840986_2.html", "zh-Hans",
     "唤醒城市“被遗忘的角落”(3)\n提到北京中关村,中关村硬创空间集团董事长程静记忆拉长:20世纪90年代,电子卖场次第落成,草根企业家、攒机高手比肩接踵、好不热闹。随着时代变迁,“电子一条街”大刀阔斧转理念,变为“中国创新第一街”。\n包裹在一众小区间,北京通州区临河里路4号院并不起眼。但在77岁的老居民许士奎看来,4号院见证了通州“村村点火、户户冒烟”的火热年代。\n彼时,村镇间拔起的工业大院让村民“鼓了腰包”,却牺牲着赖以生存的环境。很快,铝材厂因经营不善、一蹶不振,一闲就是近20年。\n时间拨回5年前,中关村智造大街团队第一次走进铝材厂。透过破败荒凉的表象,大家看到一块值得用心雕琢的“璞玉”。\n“厂子虽然旧,但区位优势明显。员工来上班,出地铁5分钟就到。”一刹那,创业的火花在程静心中闪过:“能不能让‘老铝厂’长出‘硬科技’来?”\n总部位于中关村的智造大街,是国内有名的创新策源地。不到3万平方米的办公空间,先后孕育出600余家高新技术企业,带动2800多项专利问世。\n11月初,记者来到通州智造大街时,发现它与一般城市更新项目的不同之处:这里有一间1500平方米的中试实验室。\n“中试,就是把实验室里的‘生果子’,变成市场需要的‘熟果子’。很多高校机构的原始创新,只能做到0到0.5,但我们可以做到从0到1。”",
     ["Z3", "Z3.3", "Z5", "Z5.4"]),
    ("https://m.zol.com.cn/article/8690631.html", "zh-Hans",
     "AI“新花”如何在“京西智谷”盛开?4月28日,在2024中关村论坛年会平行论坛“行业大模型创新发展论坛”上,北京中发展智源人工智能科技发展有限公司董事长兼总经理,北京中关村科技园区建设投资有限公司总经理周瑞表示,中关村(京西)人工智能科技园有望聚集200至400家人工智能企业。园区将从六大维度布局AI应用场景,打造中关村数智低碳园区,实现园区空间、基建、产业、服务及运营数智化。\n具体来看,“园区智联”将提供数智园区正常运行所需的硬件设施及操作环境,比如提供园区人、机、物、事、环境的智能感知、智能管理等。\n“园区智控”以数智底座为支撑,实现园区管理系统的信息交互。比如在能源管理场景实现能耗感知、节能控制、智能抄表;在智能通行场景实现生物识别、访客登记、梯控遥控;在智能服务场景上,实现无人售货、无人摆渡车、无人配送、无人清洁等。\n目前中关村(京西)人工智能科技园已展露雏形。该科技园是中关村发展集团与门头沟区联合打造的“两区”建设重点项目。",
     ["Z5", "Z5.5", "Z5.7"]),
    ("http://zqb.cyol.com/html/2016-12/26/nw.D110000zgqnb_20161226_5-04.htm", "zh-Hans",
     "中关村是我国科教智力资源密集的地方,也是我国战略性新兴产业的发源地。人才、技术资源的高度聚集,带来了嗅觉灵敏的资本的聚集。如今,中关村已经形成人才、技术、资本的“新三驾马车”,推动中关村示范区从科技创新、新兴产业国际前沿水平的“跟跑者”,转变为不同领域“并跑者”、局部领域“领跑者”。\n“强磁场”引来创新创业人才\n他曾经是美国谷歌公司Android产品副总裁,在把安卓打造成为全球领先的平台后,他选择来到中关村企业小米科技担任副总裁,负责国际业务拓展。他说,小米是个很独特的公司,自己很享受在这里的日子。他,是Hugo Barra(雨果·巴拉)。\n他是美国科学院院士,被聘为耶鲁大学分子细胞和发育生物学系终身教授, 是国际植物生物学研究领域的领军人物。但他放弃在耶鲁大学的实验室,回到北京大学任职,并在中关村创办未名凯拓农业生物技术公司,立志通过基因技术,推动中国从“经验育种”逐步跨入“精确育种”。他,是邓兴旺。\n如果绘制一副全球创新创业人才流入的热力图,颜色越深,代表这个区域吸引的人才越多。人们会发现,在亚洲东部有一片颜色很深的区域。这个区域,是中国的北京。以中关村作为引才引智主要载体的北京,就像一个强大的磁场,吸引全球的创新创业人才来到北京。",
     ["Z6", "Z6.3"]),
    ("http://it.people.com.cn/BIG5/n1/2019/0226/c1009-30901737.html", "zh-Hant",
     "北京中關村:創新加速度 穿越資本寒冬\n\n孫奇茹\n\n2019年02月26日07:42  來源:北京日報\n \n原標題:中關村加速\n\n5年多時間過去,中關村改革創新再上新台階:世界頂尖人才、頂尖投資機構紛至沓來,一大批前沿創新、原始創新成果涌現,對全國科技創新的引領示范作用進一步增強,也為北京高精尖發展注入了強大動力。\n\n創新加速度\n\n在中關村創新示范區展示中心裡轉上小半天,一點不會覺得累。來自170家企業的340項最新創新成果,是從中關村2萬多家企業裡精挑細選而來,不僅未來感十足,還與普通人的生活息息相關。\n\n5年多來,這裡歷經4次改造,企業的“代表作”大多迭代換新。以百度為代表的互聯網公司,如今大數據搜索已不再是展示重點,無人駕駛等前沿人工智能技術和應用場景成了重頭戲﹔集成電路展區,全球首款商用人工智能芯片、國家重大專項超大規模集成電路制造裝備及成套工藝等“硬科技”成吸睛熱點﹔生物醫藥展區,不僅有了更多打破國際壟斷的創新藥,骨科機器人、腦部機器人等重磅展品也不斷增加。\n\n寒武紀商用深度學習處理器,百度無人駕駛平台,航材院石墨烯材料制備,京東方柔性顯示屏……一大批取得關鍵核心技術突破的新成果,讓展示中心的技術含金量十足",
     ["Z1", "Z1.1"]),
    ("http://m.ipma-canada.com/toutiao/20221027/53945.html", "zh-Hant",
     "(資料圖片)\n(CWW)2022年9月29日,北京市地方標(biāo)準(zhǔn)DB11/T 2020—2022《高質(zhì)量團(tuán)體標(biāo)準(zhǔn)評價(jià)規(guī)范》獲正式發(fā)布,WAPI產(chǎn)業(yè)聯(lián)盟(中關(guān)村無線網(wǎng)絡(luò)安全產(chǎn)業(yè)聯(lián)盟)是標(biāo)準(zhǔn)主要起草單位。該標(biāo)準(zhǔn)規(guī)定了高質(zhì)量團(tuán)體標(biāo)準(zhǔn)的評價(jià)原則、評價(jià)條件、評價(jià)內(nèi)容、評價(jià)程序及結(jié)果等內(nèi)容,適用于團(tuán)體標(biāo)準(zhǔn)的高質(zhì)量效果評價(jià)。\n圖: DB11/T 2020—2022《高質(zhì)量團(tuán)體標(biāo)準(zhǔn)評價(jià)規(guī)范》\n團(tuán)體標(biāo)準(zhǔn)是國家標(biāo)準(zhǔn)體系的重要組成部分,發(fā)展團(tuán)體標(biāo)準(zhǔn)對于充分釋放市場主體標(biāo)準(zhǔn)化活力,優(yōu)化標(biāo)準(zhǔn)供給結(jié)構(gòu),提高產(chǎn)品和服務(wù)競爭力,助推高質(zhì)量發(fā)展具有重要意義。\n該標(biāo)準(zhǔn)于2021年3月立項(xiàng),于2023年1月1日起正式實(shí)施,由北京市標(biāo)準(zhǔn)化研究院、中關(guān)村半導(dǎo)體照明工程研發(fā)及產(chǎn)業(yè)聯(lián)盟、中關(guān)村無線網(wǎng)絡(luò)安全產(chǎn)業(yè)聯(lián)盟、中關(guān)村樂家智慧居住區(qū)產(chǎn)業(yè)技術(shù)聯(lián)盟、中關(guān)村材料試驗(yàn)技術(shù)聯(lián)盟、中關(guān)村天合寬禁帶",
     ["Z7", "Z7.9"]),
    ("http://theworldseeds.cn/index.php?p=166726", "zh-Hans",
     "中科智汇工场:打造科技创新综合体\n近日,由中科院北京分院指导支持、中科院北京国家技术转移中心统筹、中科(海淀)智汇工场运营的“中科院北京国家技术转移中心科创大数据平台”上线运营。该平台将科技成果转移转化搬到线上,使繁杂的工作转变为可线上开展的结构化工作,以降低疫情对经济的影响,为疫情防控提供科技支撑。\n自启动建设以来,中科智汇工场联合海淀区政府等单位,以老旧厂区改造升级为契机,努力聚集智能制造等高精尖产业资源,共建了中科院成果展厅、科创大数据平台、创新产业园、科普互动展厅等。中科院智汇工场——这一涵盖战略研究、科技金融、集中展示、成果转化、孵化加速、产业聚集、中试基地等科技成果转化全链条的科技创新综合体,已然初具规模。\n老旧厂区升级\n随着疏解非首都功能相关工作持续推进,老旧工业园区和厂房的改造升级,可以为企业转型升级提供新动能,也是首都实现高质量发展的重要载体保障。\n北京西三旗建材城,原先是北京金隅天坛家具公司的生产基地所在地。2016年,响应北京市疏解非首都功能号召,金隅天坛家具生产基地外迁,留下了大片空置厂区。\n2017年,在海淀区政府支持下,利用金隅天坛家具生产基地改造升级建设金隅智造工场项目,被纳入“北京市加强全国科技创新中心2017年重点实施项目清单”中。",
     ["Z3", "Z3.1", "Z3.8", "Z5", "Z5.4"]),
    ("http://cnfuhuaqi.com/news/show-10806.aspx", "zh-Hans",
     "创新创业的“涌泉”效应是如何形成的\n发布日期:2018-11-06   编辑:中国孵化器网   来源:新华每日电讯\n从“中关村电子一条街”到如今覆盖海淀全域的中关村科学城,从近40年前科技人员冒险“下海”到如今创新创业形成“涌泉效应”,改革开放40年到来之际,新华社记者走进作为北京建设全国科技创新中心主平台的海淀区深入采访。\n    “涌泉效应”是如何形成的?海淀发展之路给人以怎样的启示?从成府路、中关村大街到后厂村路,记者探访海淀有代表性的三条路,挖掘发生在这里的改革创新故事。\n    成府路:“最强大脑”迸发最强“发明力”\n    长约8公里的海淀区成府路,是北四环外一条普普通通的马路,周围却分布着北京大学、清华大学、中科院部分研究所……\n    中科院化学所就位于成府路南侧。2008年,化学所研究员宋延林参加了“联想之星创业CEO”特训班,他带来的“全产业链绿色印刷项目”被孵化机构选中。\n    “通过产学研合作、由企业来转化研究院所的技术成果,是这座科学城里最有效、最普遍的转化方式。”宋延林说。",
     ["Z3", "Z3.8"]),
    ("https://www.iwstxip.xyz/xww/gbmtlg/mtbl/a179178.htm", "zh-Hant",
     "構建完整創新鏈促進科技成果轉化\n發布日期: 2019-11-11 供稿:科學網\n編輯:吳楠 審核:王征 閱讀次數:原文標題:構建完整創新鏈促進科技成果轉化——北京理工大學智能制造專場路演側記\n“科技成果轉化是一項系統工程,離不開創新鏈上各種資源的融合和共同參與,我們希望借助不同領域專家的智慧,來更好地促進科技成果轉化。”11月8日,在北京市科技成果轉化統籌協調與服務平臺系列項目路演啟動儀式上,北京理工大學技術轉移中心主任戴斌如是說。\n承接科技成果在京轉化\n2018年,為落實北京市委、市政府的部署,北京市科委聯合教委、知識產權局和中關村管委會等部門積極推進北京市科技成果轉化統籌協調與服務平臺建設,建立與在京高校院所的深層次對接機制,做好科技成果在京落地的承接服務。\n據悉,北京市科技成果轉化統籌協調與服務平臺的建設旨在堅持問題導向,補齊科技成果轉化關鍵環節短板,建立符合科技創新規律和市場經濟規律的成果轉化工作體系,強化技術、資本、人才、服務等創新資源的深度融合,激發全社會創新主體活力。",
     []),
    ("https://daluzixun.com/news/1718421099971487", "zh-Hant",
     "取經京津冀|北京:科創企業催生新產業新模式新成果\n智慧的車、科學的腦、農業的“芯”——\n北京:科創企業催生新產業新模式新成果\n\n在北京亦莊工業區運營的自動駕駛車輛。海南日報記者韋茂金攝\n\n海南日報記者劉夢曉\n\n在北京亦莊工業區(以下簡稱亦莊),市民早就習慣這種現象——身旁駛過的車上沒有司機、只有乘客,自動駕駛在這裡已成常態。\n\n顱內植入一片牽著柔軟細絲的小小薄膜,綁住雙手的猴子僅用“意念”控制機械臂就能抓住草莓。在今年中關村論壇上,腦機系統新成果“北腦二號”發佈,填補了國內高性能侵入式腦機介面技術的空白。\n\n位於北京市昌平區的大北農鳳凰國際創新園內,科研實驗研究室已經成為生物育種的搖籃,每一名研究人員可能承擔的工作不同,但都在為打造農業科技創新“矽谷”而努力。",
     []),
]
# Round 14 relevant English rows: (url, text, labels)
WEB14_RELEVANT_EN = [
    ("https://www.chinadaily.com.cn/m/beijing/zhongguancun/2014-12/09/content_19652291.htm",
     "• Reports\nZhongguancun's dream lab: Cradle of dreams\n( chinadaily.com.cn )\nUpdated: 2014-12-09\n\nThere is a dream lab in Zhongguancun. Even \"impossible and unreliable\" dreams can have the chance of being achieved here. The lab offers resources for young people with innovative ideas. It helps turn flashy ideas into popular products and makes it possible for youngsters with computer skills to set up science and technology companies and recruit personnel.\n\n15-year-old CEO\n\n\"We want to form a global leading code transaction and technology sharing platform, making it the Taobao for coding peasants,\" said Wang Yixiao, a senior high student born in 1999. He was explaining his goal at the maker space on the fourth floor of the lab.\n\nDon't underestimate his dream speech. His company has been in the process of registration.",
     ["Z3", "Z3.4", "Z6", "Z6.4"]),
    ("http://english.sipo.gov.cn/news/localip/201612/t20161219_1307063.html",
     "Beijing: Zhongguancun to Develop Standardization Strategy\n\nDec.19 (China Daily) -- The Zhongguancun Standardization Association was established on Dec 16 in Beijing.\n\nAt the establishment ceremony, the first seven Zhongguancun standards were released and the Bank of Beijing and the Zhongguancun Standardization Association signed a strategic agreement on financial standards.\n\nThe seven standards apply to areas such as new energy technology, intelligent transportation, health care and the new generation of information technology.\n\nThe establishment of the association will accelerate the construction of technological and innovative centers in Beijing.\n\nTo date, the Zhongguancun Science Park has released 6,146 standards, of which 229 apply internationally.\n\nMeanwhile, Beijing will encourage more industrial alliances to start setting standards for key industries in Zhongguancun to form a standardization cluster.",
     ["Z7", "Z7.9"]),
    ("http://covid-19.chinadaily.com.cn/china/2017-05/31/content_29554234.htm",
     "Research marketization key to future growth\nChannels for transferring laboratory results to industrial products should be expanded and improved, an industrial insider said.\nThere are several key factors in the process of transferring technological innovation to the market, according to Zhu Xiduo, chief of Zhongguancun Tianhe Technology Transfer Center.\nThe first step is the outcome itself, as not all of the outcomes are mature enough to be launched in the market. There should be a professional assessment conducted on experimental results.\nThe second step is to increase demand from enterprises.\nThe reason for the low rate of transfer is the lack of professional, systematic and market-oriented platforms to help those technological innovations to be launched in real production, Zhu said.\nThe Zhongguancun Tianhe Technology Transfer Center was launched by Z-Park Non-Governmental Science Te",
     ["Z3", "Z3.1"]),
    ("http://bjzpark.spotlightbeijing.com/2021-01/28/c_585960.htm",
     "Open Source Ecology thrives in ZGC Software Park\n\nchinadaily.com.cn | Updated: Jan 28, 2021 L M S\n\n\nZhongguancun Software Park is developing its open source ecology. [VCG]\n\nThe China Association for Science and Technology held the annual work conference of 2020 \"Innovation China\" on Jan 18, 2021. The Open Source Ecology project of Zhongguancun Software Park was selected at the event as a typical case of \"Science Innovation China\" pilot construction.\n\nAfter two decades of innovation and development, Zhongguancun Software Park has gathered many leading open source and core technology companies in emerging fields such as artificial intelligence, cloud computing, big data, and the Internet of Things. \n\nBaidu's PaddlePaddle deep learning open source framework, Tencent's Open source technologies such as Tencent Cloud Tstack, Didi's shared travel technology, Lenovo's LeapAI.com-industrial Internet platform, and Easystar's ESCloud+-open source PaaS platform have all attained a certain degree of influence in the industry.\n\nSince being selected as the first batch of pilot institutions of \"Innovation China\", Zhongguancun Software Park has taken \"building an open source ecosystem\" as its core task.",
     ["Z1", "Z1.7"]),
    ("https://www.gmt8press.com/flash/detail/1266109",
     "Haidian District, Beijing: Will introduce preferential policies such as model vouchers to strongly support entrepreneurial models like OPC.\nZhang Ge, Secretary of the Haidian District Committee of Beijing, stated at the AI Open Source Frontier Forum during the 2026 Zhongguancun Forum Annual Meeting that open source has become an important direction driving the development of artificial intelligence in China, providing a clear path from AI technological breakthroughs to industrial implementation. He emphasized the need to build a world-class AI innovation ecosystem, select the most creative \"post-00\" young pioneers globally, promote the high-quality gathering of AI talents, establish a fund system worth over a trillion yuan, introduce preferential policies such as model coupons to support entrepreneurial models like OPC.",
     ["Z6", "Z6.4"]),
]
# Round 14 traps: (kind, url, lang, text)
WEB14_TRAPS = [
    ("zhejiang", "https://www.keceyun.com/policy/newsdetail/361024.html", "zh-Hans",
     "各有关单位:\n\n为进一步深化和扩大我市概念验证中心建设,促进科技成果高效转化,推动科技创新和产业创新深度融合,经市政府同意制定《温州市深化和扩大概念验证中心建设行动方案(2025-2027年)》《温州市概念验证中心建设指引(试行)》,现印发给你们,请认真组织实施。\n\n温州市科学技术局    中共温州市委教育科技人才一体化委员会办公室\n\n2025年10月17日\n\n温州市深化和扩大概念验证中心建设行动方案(2025-2027年)\n\n一、总体目标\n\n强化顶层设计,构建完备的概念验证中心建设工作体系,建立由市委教科人一体委员会统筹、多部门参与的协调机制,结合各地产业特色,有序布局,共同推进概念验证中心建设。到2027年,实现数字经济、新能源、生命健康、智能装备、新材料等我市五大新兴主导产业及人工智能、人形机器人、眼脑健康、合成生物、细胞与基因治疗、低空经济等未来产业概念验证中心全覆盖;"),
    ("national", "https://www.10100.com/article/69887576", "zh-Hans",
     "党的二十届三中全会审议通过的《中共中央关于进一步全面深化改革、推进中国式现代化的决定》提出,加快布局建设一批概念验证、中试验证平台。\n3月5日,十四届全国人大三次会议开幕。政府工作报告明确,加快概念验证、中试验证和行业共性技术平台建设。据悉,这是概念验证首次写入中国政府工作报告。但是看全国各地的概念验证中心建设,多数围绕高校在开展。\n2017年,国务院发布《关于印发国家技术转移体系建设方案的通知》,首次在中央政策文件中提及概念验证,支持技术概念验证等技术转移活动。\n据不完全统计,全国已有北京、上海、广州、深圳、苏州等十余座城市发布了与概念验证相关的政策文件,鼓励高校等开展概念验证中心认定。例如,北京市海淀区发布《中关村科学城“概念验证支持计划”》,设立1亿元综合专项资金,支持高校院所建设概念验证中心。\n概念验证中心,应让高校专注科研,让市场主导验证。"),
    ("zhejiang", "https://lianyun.wang/page15?article_id=510&pagenum=all", "zh-Hans",
     "浙江经济和信息化厅 浙江省财政厅关于组织开展2025年度省级中试平台申报认定工作的通知\n各市、县(市、区)中试主管部门、财政局,有关单位:\n根据《浙江省加快建设现代化中试平台的实施方案》(浙政办发〔2025〕24号)、《浙江省现代化中试平台建设工作指引(2025版)》(以下简称《建设指引》,附件1),决定开展2025年度省级中试平台申报认定工作。现将有关事项通知如下。\n省级中试平台建设充分考虑全省重点产业和特色产业集群发展需要,重点支持化工新材料、生物医药、轻工制造、装备制造、信息技术、集成电路、现代农业,以及其他需要重点支持的领域,细分方向详见《建设指引》。\n申报单位原则上为市级中试平台,突出公共性,并符合以下基本条件:"),
    ("shenzhen", "https://ss7.portal.vixue.tech/preview/441/462/3559", "zh-Hans",
     "从 PI 到 IPO 的桥梁:深圳技术经理人职业化探索的产业价值\n\n发布日期:2025-08-15\n\n当华大基因的汪建专注于基因组学的前沿探索时,尹烨正在将实验室的技术转化为临床应用产品;当逐际动力的张巍深耕机器人运动控制算法时,张力已为公司搭建起覆盖全球的供应链网络。这种 “科学家 + 技术经理人” 的搭档模式,正在深圳的科技创新生态中成为主流。2025 年 7 月,深圳认定首批 154 位 “高级职业技术经理人”,同期华南地区首个高校 “技术经理人学院” 落地深圳技术大学,标志着这座创新之城正在系统构建技术转移人才的培养与评价体系。"),
    ("guangzhou", "https://qebk.net/news/ZkND57n6nd.html", "zh-Hans",
     "“要把中国技术经理人看作是中国未来科技转化市场上的血液,目前技术经理人已从‘政策驱动’向‘市场驱动’转型。”4月19日至20日,2025年大湾区创新生态大会(下称“大会”)在广州召开,商务部原副部长、中国国际经济交流中心资深专家咨询委员会委员魏建国在此次大会上如此说道。在大会上,“湾创技术经理人事务所”正式揭牌。\n\n据了解,本届大会聚焦“人工智能与技术经理人”主题,聚焦人工智能技术的探索与应用,强化技术经理人在人工智能成果转化中的作用,优化创新资源配置,完善创新生态体系,推动大湾区实现更高质量的创新发展。"),
    ("national", "http://www.txqtyssb.cn/index/document/article/id/283.html", "zh-Hant",
     "轉自人民日報社中國經濟網記者 孫冰 孫庭陽 | 北京、江蘇、陜西等多地報道\n科技是一座高峰,產業也是一座高峰,中間卻只有一座窄窄的獨木橋,橋下則是河流湍急的深深山谷,能從這座高峰跨到那座高峰的人,少之又少。\n這就是科技創新從“實驗室”走向“大市場”的真實寫照。\n近年來,有一個專業詞匯被頻繁寫入多項中央文件,成為國家創新體系的重要關鍵詞,那就是中試。\n中試,即“中間階段試驗”,是指把處在試制階段的新產品轉化到生產過程的過渡性試驗,是產品在實驗室研發成功后、正式投入大規模量產前,所進行的較小規模生產試驗和優化過程。"),
    ("qingdao", "http://sxfzl.cn/List/index/cid/8/p/4.html", "zh-Hant",
     "“打造國內一流中試基地”,這個重點項目全面開工\n中試是科研成果實驗室小試和產(chǎn)業(yè)化發(fā)展之間承上啟下的環(huán)節(jié),一端連著創新,一端連著產(chǎn)業(yè)。如何推動更多科技成果從“實驗室”走向“生產(chǎn)線”,中試發(fā)揮著重要的作用。\n綠色低碳新材料產(chǎn)業(yè)是青島市重點發(fā)展的新興產(chǎn)業(yè),依托資源稟賦和產(chǎn)業(yè)基礎,新區(qū)拉長產(chǎn)業(yè)鏈條,在新材料及綠色化工項目中試方面進行了規(guī)劃。近日,規(guī)劃從“紙上”落到“地上”,由董家口發(fā)展集團投資建設的董家口新材料及綠色化工科創(chuàng)園中試基地項目全面開工。該項目建成后可滿足60余個研發(fā)成果的中試需求,打通科技成果產(chǎn)業(yè)化的“最后一公里”。"),
    ("tianjin", "http://en.people.cn/n3/2025/0716/c90000-20341132.html", "en",
     "China's Tianjin builds cluster of talent apartments to attract young talents\n\nXinhua) 16:52, July 16, 2025\n\nPeople walk out of an apartment building for talents in Hedong District of north China's Tianjin, July 2, 2025.\n\nHedong District of Tianjin has built a cluster of talent apartments to attract and retain well-educated young people badly needed for local development.\n\nWith a municipal-level apartment building at the core, the cluster has orchestrated multiple hotels to provide more than 730 units, 93 percent of them already occupied.\n\nQualified applicants can enjoy preferential rents and free-of-charge services such as room switching, breakfasts, and laundry. (Xinhua/Sun Fanyue)"),
    ("passing", "http://bj.people.com.cn/BIG5/n2/2025/0609/c14540-41254135.html", "zh-Hant",
     "獲國內外雙認証 副中心城市綠心成為北京首個“全域零碳公園”\n\n2025年06月09日14:45 | 來源:人民網-北京頻道\n\n人民網北京6月9日電 (記者李博)漫步在北京城市副中心城市綠心森林公園小徑上,綠意盎然的景色讓人心曠神怡。近日,城市綠心公園獲得由TÜV南德意志集團及北京綠色交易所分別頒發的碳中和証書,通過了“國內+國外”權威雙認証,成為北京市首個“全域零碳公園”。\n\n當前,北京城市副中心正加快國家綠色發展示范區建設,北投集團相關負責人介紹,城市綠心森林公園作為副中心生態地標,是城市副中心“一帶、一軸、兩環、一心”綠色空間結構重要組成部分,承擔著復合的城市功能。\n\n同時,積極構建源網荷儲協同的智能電網系統,打造園區智慧能源大腦,對園區內電、冷、熱等多類能源消耗及碳排放數據實時監測與智能分析,為終端用戶提供數據支撐服務。"),
]
add_web_round("web14", WEB14_RELEVANT_ZH, WEB14_RELEVANT_EN, WEB14_TRAPS, all_tune=True)


# --- added round 15: a TUNING round like rounds 7, 8 and 10-14 (decided before any row was collected: every round-15 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: ENGLISH only (the classifier's weakest language), everyday English news wording: China Daily and its regional /
# syndicated copies (covid-19.chinadaily, yuzhongnet, regional.chinadaily, bjzpark.spotlightbeijing, english.cnipr), Global
# Times, CGTN, china.org.cn, government English sites (english.bjchy.gov.cn, wb.beijing.gov.cn, en.safea.gov.cn, english.www.gov.cn,
# a consulate page), a think-tank/EU funding blog (chinainnovationfunding.eu), a machine-ish English aggregator
# (breakinglatest.news), an Economist page mirror, a PR-wire copy (zebulemagazine) and personal blogs.  The Chinese round 16 is
# collected by another helper at the same time.  22 relevant en, 10 traps (all en).
# Relevant en: Garage Cafe's Silicon Valley branch (Global Times 2013), Chaoyang Park's profile (2020), Changping Park's 2017
# results (cnipr 2018), Changping Park's six overseas liaison offices (2014), ZGC IP-backed loans (China Daily 2011), the
# committee's 30 new credit products (chinainnovationfunding.eu 2020), the ZGC IPR financial services system (2014), Beijing's
# five-year 'two zones' report card (china.org.cn 2025), Xi's CIFTIS 2020 announcement of the Beijing FTZ (CGTN), the Chaoyang
# district 'two zones' page (english.bjchy.gov.cn), Beijing's digital economy in 2023 (Xinhua via ukranews) and the 2023 digital
# economy benchmark-city press conference (breakinglatest), the 2018 Beijing AI action plan and AI research institute (Global
# Times), Miyun Park's biomedicine sector (cnipr 2018), 50 projects signed with the Daxing Biomedicine Industrial Base (China
# Daily 2019), Beijing's 2021-2025 Belt and Road action plan (wb.beijing.gov.cn), an Economist page on Zhongguancun startups
# (2019; relevant, no code), Haidian's aerospace cluster in ZGC Science City announced at the 2020 Forum (portaldealana mirror),
# incubators on Inno Way (china.org.cn 2017), a 2010 MOST department visit to Z-Park (safea; relevant, no code), Hebei's
# regional coordination (China Daily PR copy 2024), the 2016 mass-innovation week exhibition in Zhongguancun (beijing-haidian.com).
# Traps: a Zhongguancun laptop-battery shopping blog (`mall`), Zhangjiang Core Park (2016, names 'Zhangjiang National Innovation
# Demonstration Zone') and Zhangjiang Science City (2020) (`zhangjiang`), the Hsinchu Science Park introduction (`taiwan`), the
# China Suzhou Innovation Park for overseas students (`suzhou`; Z6.9's vocabulary), Hong Kong Science Park's Incu-Bio programme
# (`hongkong`), Shenzhen Nanshan's hardware corridor (China Daily 2026) (`shenzhen`), the State Council's 2020 national high-tech
# zone circular and a consulate page on national hi-tech zones naming Zhongguancun's 'Electronics Avenue' (`national`), a Lenovo
# company profile naming Beijing (`passing`).
# Excerpts are 3-10 sentences copied as the pages have them (headers, bylines, 'L M S', 'Advertisement', '分享按鈕 0', 'the¬†Beijing',
# 'BeijingTianjinHebei', 'Ap-\nple' hyphenation and mid-sentence ends left in); several skip a sentence or paragraph: the Chaoyang
# Park row (its 'chinadaily.com.cn | Updated: Mar 10, 2020 L M S' byline shares a 40-character window with web13-rel-en07, the
# Fengtai Park profile), breakinglatest (a sentence naming the 'Municipal Bureau of Economy and Information Technology', shared
# with web11-rel-en13, and a statistics paragraph), the Global Times AI row (cut at 'said Xu Qiang,' because the rest of the
# sentence shares a window with web9-rel-en14), CGTN (cut before its 'national integrated demonstration zone for greater openness
# in the services sector' sentence, shared with web8-rel-en09), bjchy (two sentences), portaldealana (a mojibake paragraph),
# china.org.cn 2017 (the opening paragraphs), zebulemagazine (a Xiong'an paragraph), beijing-haidian (a paragraph and a subhead),
# and the suzhou and passing traps.
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass check()
# with no problem; none of the pages is in /work/shared/benchdata.  Dropped as used or telling an earlier row's story: the 2017
# points-based green-card pilot (en.people.cn, used) and its Albert Fert / 2018 merit-system pages, the 2019 20 talent measures
# (chinaservicesinfo, used), the 2021 overseas-talent pioneer parks (used), the 2017 Chaoyang Garden cluster (used), the 2020
# Fengtai Park profile (used), the 2021 ZGC-BTH pages (bjzpark c_605715 used; c_605714 the same story), the 2017 ZGC energy-saving
# BTH programme (used), the 2021 Forum (Xi's video address is web3-rel-zh21), the 2023/2024 Forums, the 2023 AI
# innovation-source plan (used in zh-Hant), the AI-for-Science plans, the 2022 Cai Qi report, the 2016 Huairou national lab,
# the 2018 MoE/ZGC 12 measures and the 2024 Forum's university transfer conference, the two-zones three-year review
# (wb.beijing.gov.cn 2023, used), borrowedculture / unboundly / marriedgeeks mall blogs (used); a 2021 Huairou
# 29-facilities page (wikilove.cn, B1) was dropped because every sentence carrying its content repeats 'Beijing Huairou
# Comprehensive National Science Center', a 48-character window of web-rel-en08.
# Labels (README rules, rounds 2-14 readings) plus: Z3 + Z3.4 + Z3.6 for a ZGC incubator cafe opening a Silicon Valley branch to
# link domestic and overseas entrepreneurs (004's Z3.6 设立海外孵化器); Z5 + Z5.1 + Z6 + Z6.11 for Chaoyang Park's leading industries
# and its Wangjing international talent community; Z5 + Z5.12 + Z3 + Z3.4 + Z6 + Z6.1 for Changping Park's 2017 results (strategic
# cooperation with Hebei, maker spaces, Thousand Talents experts); Z7 + Z7.4 for a sub-park's overseas liaison offices; Z2 + Z2.3
# for ZGC IP-backed loans, credit products and the IPR financial-services system; B6 for the 'two zones' (five-year report,
# Chaoyang page, Xi's 2020 announcement) and for Beijing's Belt and Road innovation-and-cooperation hub; B5 for the FTZ as 'a
# platform ... for the coordinated development of the Beijing-Tianjin-Hebei region' and for Hebei's BTH collaborative-innovation
# community; B4 for Beijing's digital infrastructure and autonomous-driving scenarios; B1 + B2 for the 2018 AI action plan with
# its newly established AI research institute; Z5 + Z5.1 for Miyun Park's biomedicine; Z5 + Z5.5 for the Daxing Biomedicine
# Industrial Base (named in 004's Z5.5); Z4 + Z4.7 for the aerospace cluster in ZGC Science City (商业航天 in 004's Z4.7); Z6 for
# Zhongguancun attracting returnees and researchers.  The Economist page and the 2010 MOST visit are relevant with no code.
# Doubtful round-15 rows (kept, flagged here): en03 (Changping Park; Z3.4 and Z6.1 read from district-wide figures, B1 left out
# for the Beijing brain-science centre and Z1.10 for the collaborative innovation platforms), en09 (B5 read from Xi's quote),
# en15 (Daxing base never named as ZGC's; Z4.6 left out, no B4 for a 100-billion-yuan district cluster), en16 (B6 for a Beijing
# BRI plan; Z7.6 left out as Beijing-wide), en11 (B4; B5 left out for the BTH computing-power corridor), en10 (B4; B2 left out
# for the count of generative-AI products), en12 (B1 for an unnamed 'AI research institute'), en21 (B5 for a Hebei-angled PR
# text), en22 (Z6 from one sentence of an exhibition report), en01 (Z3.6 for a cafe's Silicon Valley branch), en18 (Z6.12 left
# out for 'public rental housing' offered to enterprises).
# Hard traps: web15-trap-mall01 names Zhongguancun throughout, zhangjiang02 names a 'National Innovation Demonstration Zone',
# suzhou05 is an overseas-students innovation park (Z6.9's vocabulary), national09 names Zhongguancun's 'Electronics Avenue' and
# the ZGC park's inception, national08 is a national high-tech-zone circular in the plans' vocabulary, passing10 names Beijing.
# Not found (no usable, unused English page in the page search): Z1 (enterprise innovation, key core technologies), Z7.7 (every
# Forum year already used), Z7.6, Z7.9, Z2.2, Z6.9, Z4.6, B3, a Huairou row (see above), a Fengtai Park row (the search returned
# only railway-station pages) and an English ZOL trap.
# Round 15 relevant English rows: (url, text, labels)
WEB15_RELEVANT_EN = [
    ('http://www.globaltimes.cn/content/831760.shtml',
     'Garage Cafe is a hub for aspiring business owners in China\'s Silicon Valley. Photo: Li Hao/GT\nIn late November, Garage Cafe, a Zhongguancun coffeeshop that was designed to help reduce the cost of starting up enterprises, opened a branch in California\'s Silicon Valley.\nWith its two far-flung locations, Garage Cafe plans to use videoconferencing to facilitate communication between domestic and overseas entrepreneurs. The aim is to keep Chinese students abroad apprised of the business environment back home, and vice versa.\nThe Beijing-based cafe already has an impressive record of spawning domestic startups.\nFor providing workspace for entrepreneurs at a low price (15 yuan or $2.5 a day), hosting activities related to venture capital, and inviting investors to meet with entrepreneurs, Garage Cafe was named an "innovative incubator" by Haidian district authorities. Since its founding in 2011, more than 40 entrepreneur teams have "graduated" from the cafe by obtaining investment from angel investors.',
     ['Z3', 'Z3.4', 'Z3.6']),
    ('http://bjzpark.spotlightbeijing.com/2020-03/10/c_444690.htm',
     'Home>Sub parks\n\nChaoyang Park\n\nIn October 2012, with the approval of the State Council, Chaoyang Park was built to modernize and expand the former Electronic City. It has a planned area of 26.1 square kilometers, covering the east, west, and north of Electronic City, Jianxiang Park, Wangjing area, and Fatou central area. \n\nHighlighting the science and technology service industries with international R&D characteristics, making full play of its international advantages and environment, and relying on a number of transnational headquarters enterprises in research and development and technical service such as MSD Co and other technical service enterprises in areas of intellectual property rights and technology trading service platforms, Chaoyang Park is vigorously developing the science and technology service industry, building the Wangjing international talent community and deepening strategic cooperation with the future forum. It mainly develops the electronic information industry featuring artificial intelligence.',
     ['Z5', 'Z5.1', 'Z6', 'Z6.11']),
    ('http://english.cnipr.com/news/corporation/201802/t20180213_224855.html',
     "Changping Park's industrial revenue surpasses 400 b yuan\n\nPublished on 02/13 2018  Source: chinadaily.com.cn\n\n\nZhongguancun Changping Park reported that its industrial revenue surpassed 400 billion yuan ($63.46 billion) in the report on Changping district government work of 2017 in Beijing on Feb 9.\nChangping district has accomplished 49 annual tasks and projects on schedule in 2017. It introduced a series of high-level R & D platforms, such as Beijing Brain Science and Brain-related Research Center. They also set up a batch of collaborative innovation platforms for hydrogen energy technology and nuclear energy materials.\nThe district opened a series of science and technology service platforms including national intellectual property operations. So far, a total of seven industrial investment funds have been established.\nChangping district added 850,000 square meters of maker spaces and gathered 230 experts of the country's Thousand Talents Program. It successful entered the list of of national intellectual property pilot districts.\nThe proportion of the service industry in the district was further increased while the gross industrial output value increased by 20 percent.\nChangping Park is the second park to have established a strategic cooperation with Hebei, following Haidian Park.",
     ['Z3', 'Z3.4', 'Z5', 'Z5.12', 'Z6', 'Z6.1']),
    ('http://covid-19.chinadaily.com.cn/beijing/2014-09/23/content_18644104.htm',
     "Changping Park has founded an alliance for the health industry and set up six overseas liaison offices, which provide a channel for high-tech enterprises to exchange international resources, Beijing Daily reported on Sept 16.\nThe administrative committee of Changping Park signed strategic cooperation agreements with five overseas institutions to set up liaison offices in California's Silicon Valley, New Jersey, Boston, Toronto and South Korea's Gangwon-do in August.\nChangping Park has more than 400 bio-pharmaceutical enterprises and many scientific research institutions. Enterprises in the park are looking overseas, while overseas companies want to make contacts within China. These liaison offices will act as intermediary organizations and help enterprises find their partners, according to a representative from the administrative committee.",
     ['Z7', 'Z7.4']),
    ('http://yuzhongnet.com/business/2011-11/02/content_14020447.htm',
     'High-tech park SMEs: IP-backed loans filling finance void\n\nUpdated: 2011-11-02 13:25\n\nBy Hao Nan (China Daily)\n\n  Comments() Print Mail Large Medium  Small 分享按鈕 0\n\nThough the Zhongguancun national innovation park has heavy support from the central government, its 17,000 smaller tech companies often still need significant financing to turn their concepts into reality.\n\nTo help them raise capital, in 2006 park officials implemented the nation\'s first pilot project that uses intellectual property (IP) as collateral to borrow money from banks.\n\nFive years later, the approach has eased financing pressure on many of the park\'s small and medium-sized enterprises (SMEs) and helped them achieve rapid development.\n\n"Technology SMEs are often considered synonymous with high risk by financial institutions," said He Cun, head of the park\'s science and finance department. "They are frequently refused loans.',
     ['Z2', 'Z2.3']),
    ('https://chinainnovationfunding.eu/development-of-30-new-innovative-credit-products-for-tech-msmes-in-zhongguancun/',
     'On 13 November 2020, the Zhongguancun Management Committee organised a press conference to announce the development of 30 new innovative credit products for local micro, small and medium sized tech enterprises (MSMEs). The new innovative credit products were developed by 14 financial institutions and professional service agencies in Beijing, and cover 8 main areas:\n- Intellectual property: e.g. the China Construction Bank has developed the “S&T Cloud” product, which grants a one-year revolving loan of up to 2 million RMB, to MSMEs, based on an assessment of their IP rights. The application process is simple and entirely made online. The applicant MSME must possess HNTE or Tech-based SME status.\n- R&D: e.g. China Merchant’s Bank (Beijing branch) has developed a product offering to enterprises with good market prospects and a certain scale and financial stability, a one-year secured loan of up to 5 million RMB. Applicants must possess national or Zhongguancun level HNTE status;',
     ['Z2', 'Z2.3']),
    ('http://covid-19.chinadaily.com.cn/beijing/2014-12/22/content_19141534.htm',
     "Because of the difficulties small—to-mid-sized technology companies encounter in trying to get loans because of potential risks, Beijing's Zhongguancun area has decided help them tackle the problem through a financial services system related to intellectual property rights (IPR).\nThe developers are the China Technology Exchange and the State-owned Properties Investment & Management Co, in the Haidian district, which have created a system that handles intellectual property evaluation, guarantees, and investment, with backing from the State Intellectual Property Office and the Haidian government.\nTechnology company assets are a form of intellectual property but not easy to evaluate in China, explained Xu Xiangyang, vice-president of the Technology Exchange, who went on to say that the Zhongguancun system's goal is to change that and help small—to-mid-sized companies get financial support faster and cheaper.",
     ['Z2', 'Z2.3']),
    ('http://www.china.org.cn/2025-06/13/content_117925983.shtml',
     '- CHINA & THE WORLD - News - China\n\nBeijing gives 5-year report card for \'two zone\' development\n\nChina.org.cn\n| June 13, 2025\n2025-06-13\n\nChina\'s capital city Beijing has made strong progress in opening up and institutional reform over the past five years through its "two zones" initiative, city officials announced Monday.\n\nThe "two zones" initiative, which refers to Beijing\'s initiative for building the pilot free trade zone and the national comprehensive demonstration zone aimed at further opening up the service sector, has positioned the capital city as a national hub for testing reforms. Since its launch, the city has implemented over 70 pioneering national policies, promoted more than 80 innovative practices nationwide, and expanded 120 reforms across the capital.\n\nBeijing introduced a range of first-of-their-kind policies, including tax incentives for technology transfers and streamlined certification for high-tech enterprises. The city also piloted China\'s first equity transfers of venture capital investment and private equity investment, while encouraging the development of foreign R&D centers.',
     ['B6']),
    ('https://news.cgtn.com/news/2020-09-04/CIFTIS-2020-Global-Trade-in-Services-Summit-starts-in-Beijing-Tw02PUvgys/index.html',
     'Beijing to build pilot free trade zone to further open up services industry\nUpdated 08:47, 05-Sep-2020\n\nChina\'s central government will support Beijing in setting up a pilot free trade zone characterizing scientific and technological innovation, opening-up of the services sector and the digital economy.  \n\nThe decision was announced at the opening of the 2020 China International Fair for Trade in Services (CIFTIS) in Beijing on Friday. \n\nThe new zone will "serve as a platform of high-standard opening-up for the coordinated development of the Beijing-Tianjin-Hebei region, and open up new horizons for reform and opening-up at a higher level," Chinese President Xi Jinping said while addressing the CIFTIS Global Trade in Services Summit via video.   \n\nRead more:\n\nFull text: Xi Jinping\'s speech at CIFTIS 2020 Global Trade in Services Summit\n\nExpert: Beijing can play to its strength as a service free trade zone',
     ['B5', 'B6']),
    ('https://ukranews.com/en/news/979467-thriving-digital-economy-added-value-contributes-over-40-pct-to-beijing-s-gdp',
     "A staff member (R) demonstrates features of a vehicle safety simulation platform at an exhibition during the Global Digital Economy Conference.Photo by Xinhua/Ren Chao.\n\n“Beijing is striving to build itself into a global benchmark city for the digital economy, with added value in digital sectors accounting for 42.9 percent of its regional gross domestic product (GDP) in 2023”, – said mayor of the city Yin Yong.\n\nThis was reported by The Xinhua News Agency.\n\nOfficial statistics show that in 2023, Beijing's digital economy had achieved added value of some 1.88 trillion yuan (about 263.7 billion U.S. dollars), marking an 8.5 percent year-on-year increase when calculated at current prices.\n\n“Additionally, Beijing has excelled in the construction of digital infrastructure, boasting several national leading indicators. In 2023, the Chinese capital erected 30,000 new 5G base stations, securing the top spot nationally with 49 5G base stations per ten thousand people”, – according to Yin.\n\nMoreover, 24 of Beijing's generative AI products have been granted public access, nearly half of China's total. The high-level autonomous driving demonstration zone in Beijing covered 160 square kilometers in 2023, enabling the testing and use of 775 autonomous vehicles across eight scenarios.",
     ['B4']),
    ('https://www.breakinglatest.news/business/beijing-leads-the-new-track-of-digital-economy/',
     'Beijing at the Forefront of Digital Economy Growth\n\nBeijing is taking the lead in driving the growth of the digital economy, as reported at the 2023 Global Digital Economy Benchmark City Construction Press Conference. The focus has been on accelerating the construction of smart cities and cultivating the data element market, with impressive results indicating a strong and growing digital economy.\n\nOne of the city’s key strategies has been to lay out digital infrastructure ahead of time. This includes the launch of China’s first “computing resources + operation services” integrated construction project in the Economic Development Zone, which will provide a reliable supply of trusted computing power. Additionally, Beijing has built a total of 104,000 5G base stations and aims to continue accelerating the construction of computing power infrastructure, creating a computing power corridor in the Beijing-Tianjin-Hebei region.',
     ['B4']),
    ('http://www.globaltimes.cn/content/1127649.shtml',
     'Beijing issued an action plan to develop artificial intelligence (AI) and established an AI research institute.\nThe action plan, under the guidance of the Ministry of Science and Technology\nand the Beijing municipal government, aims to encourage scientists in frontier research, push forward breakthroughs in AI theories, methods, tools and systems, and create a deeper application of AI technologies.\nThe action plan is an open and inclusive system that will be used to build an open AI service platform and joint labs, train talent, and promote research cooperation and academic communication, said Xu Qiang,',
     ['B1', 'B2']),
    ('https://english.bjchy.gov.cn/two-zones',
     'ABOUT THE "TWO ZONES"\n\nAt the China International Fair for Trade in Services in September 2020, General Secretary Xi Jinping announced that, "efforts shall be made to support Beijing to build a comprehensive demonstration zone for opening up the services sector; carry out more pilot programs; explore more replicable practices; and establish pilot free trade zones featuring technological innovation, open services sector, and digital economy". On September 24, Beijing Pilot Free Trade Zone was officially inaugurated, and on September 28, Beijing Pilot Free Trade Zone International Business Service Area was officially opened.\n\nCONSTRUCTION OF THE "TWO ZONES" IN CHAOYANG DISTRICT\n\nThe entire Chaoyang District has been included in the Integrated National Demonstration Zone for Opening up the Services Sector. The CBD (about 4.96 square kilometres) and Jinzhan International Cooperation Service Zone (central area and part of eastern area, about 2.96 square kilometres) of Chaoyang District are an integral part (a total of about 7.92 square kilometres) of Beijing Pilot Free Trade Zone International Business Service Area.\n\n1. Relaxed access restrictions for foreign investment\n\nEnterprises of all types of ownership can have better industry access opportunities. Financial access restrictions are further relaxed, foreign investment institutions are supported to participate in the pilot overseas investment by qualified domestic limited partners, and restrictions on the scope of open market investment are gradually liberalized.',
     ['B6']),
    ('http://english.cnipr.com/news/corporation/201809/t20180929_229212.html',
     "Miyun park sees rapid growth in biomedicine sector\n\nPublished on 09/29 2018  Source: China Daily\n\n\nZhongguancun Science Park (Z-Park) saw swift industrial growth in the biomedicine sector by the end of August, local media reported on Sept 26. \n\nBiomedicine key to Zhongguancun sub-park \n\nIn the first eight months of 2018, the biomedicine industry of Zhongguancun Miyun Park generated tax revenues of about 315 million yuan ($46 million) and contributed nearly 82 million yuan to the fiscal revenue of Beijing's Miyun district. The figures were respectively up by 81 percent and 76 percent, compared with the same period last year. \n\nThe sub-park of Z-Park has been making full use of its environment's resources and doubling down on the quality of development of biomedicine enterprises. \n\nCurrently there are 26 large biomedicine companies headquartered in the area.",
     ['Z5', 'Z5.1']),
    ('http://regional.chinadaily.com.cn/bjdaxing/2019-06/06/c_341129.htm',
     'Fifty high-end projects signed with Daxing district\n\nUpdated: 2019-06-06\n\nOn Sept 27, 2018, the Fourth Collaborative Innovation Workshop for National High-tech Zone Biomedicine Industry Clusters was hosted in Daxing district. Over 50 high-end projects, including Huoju Guokang (Daxing) International "Medical Valley", a joint educational program with Stanford University, and a Sunbio Tech 3D printing project, have signed agreements with the Daxing Biomedicine Industrial Base, with a total investment in excess of RMB 10 billion. By the year 2025, Daxing aims to cultivate a medicine and healthcare cluster worth one hundred billion yuan.\n\n"As the growth pattern of the Chinese economy has shifted from high-growth-rate to high-quality, we are in a transitioning period to realize economic restructuring and change of growth momentum," said Tian Dexiang, head of the Daxing Biomedicine Industrial Base Management Committee,   adding  "The launch of 50 high-end projects will equip the industrial base with world-class technical and professional teams, facilitating the development of a 100-billion medicine and healthcare industrial cluster in Daxing." The 50 projects fall evenly into the five categories of platforms, international cooperation, medical instruments, biomedicine, and industrial funds. \n\nBeijing is positioned to be a national tech and innovation center. The Daxing Biomedicine Industrial Base, as a designated area for the biomedicine industry, is destined to be an important frontier of high-end medicine and healthcare manufacturing, as well as high-tech services.',
     ['Z5', 'Z5.5']),
    ('https://wb.beijing.gov.cn/en/policy_release/belt_road/202206/t20220628_2754424.html',
     "Beijing Releases Its Five-Year Plan to Advance the Belt and Road Initiative Build the Innovation and Cooperation Hub along the Silk Road\nDate: 2021-12-23\nSource: Beijing Daily\nfontSize:   big middle small\n\nAs the world's streaming giant Roku settled in TusPark Cambridge two months ago, the occupancy rate of this Chinese-British science park reached 100%. TusPark Cambridge was jointly built by Trinity College Cambridge and TUS Holdings. In just two years after its completion, the science park has drawn innovative forces in life sciences, new materials, semiconductors and other fields.\n\nBeijing is accelerating its integration into the global network and building an innovation and cooperation hub under the Belt and Road Initiative (BRI). The Action Plan of Beijing Municipality on Promoting the High-Quality BRI Development (2021-2025) was officially released recently. It includes a list of 89 tasks for the next five years. Beijing will focus on building a Silk Road of innovation, a digital Silk Road, a green Silk Road, and a Silk Road for health; Beijing will establish functional platforms for international exchanges, sci-tech cooperation, economic and trade investment, people-to-people exchanges and comprehensive services.",
     ['B6']),
    ('https://issuhub.com/view/index/5882?pageIndex=40',
     'The Economist - USA (2019-07-13)\n\n(Antfer) #1\n\n40 China The EconomistJuly 13th 2019\n\n\n2 plicitly looking for tenants who “love Ap-\nple products”. As they grow, startups\nmigrate north, to larger office blocks. Ten-\ncent, Baidu, Lenovo and Sina all have\nsprawling campuses in the more distant\nreaches of the city.\nNew companies all rely on one of the\nmost important geographical features of\nZhongguancun: its proximity to the best\nschools in Beijing. The area is home not\njust to universities like Tsinghua and Pe-\nking, but also to highly regarded primary\nand secondary schools.',
     []),
    ('http://www.portaldealana.com/view/2020Beijing_s_tech_hub_to_build_mega_aerospace_cluster_1107.html',
     "Beijing's tech hub to build mega aerospace cluster\n\n  • By\n\nTime :Nov-26, 2020, 10:02\n\nBeijing's Haidian district plans to build a hundred-billion-yuan (about 14.8 billion U.S. dollars) aerospace industry cluster in the northern region of the city's Zhongguancun Science City.\n\nThe project was released on Saturday at a press conference during the ongoing 2020 Zhongguancun Forum held in Beijing.\n\nWith a total construction area of nearly 1 million square meters, the project will include three functional zones that focus on satellite internet innovation, Beidou satellite navigation, and space information services, as well as scenario applications.\n\nLin Jianhua, deputy director of the Zhongguancun Science City management committee, said Haidian will provide policy support for enterprises settled in the cluster, including investment funds, rental assistance, R&D subsidies, household registration for skills, and public rental housing.",
     ['Z4', 'Z4.7']),
    ('http://www1.china.org.cn/business/2017-10/18/content_41738830.htm',
     "Frenetic entrepreneurship sweeps China's Silicon Valley\n\nBy Wu Jin\n0 Comment(s)Print E-mail, October 18, 2017\nAdjust font size:\n\nStarting from 2014, Inno Way was revamped from a decades-old plaza that used to accommodate numerous bookstores which closed amid the growing impact of paperless reading and online shopping.\n\nHowever, with Zhongguancun's unique status as a grand hub for cultural and technological explorations, Inno Way soon attracted numerous incubators, such as, Dark Horse Club, Legend Star, Intel, Software and Orange, in addition to its galvanizing multifunctional coffee shops, such as,",
     ['Z3', 'Z3.4']),
    ('https://en.safea.gov.cn/pressroom/201002/t20100207_75833.htm',
     'Home > Announcement Board\nDepartment of International Cooperation Visits Z-Park\n\nDirector-General JIN Xiaoming of the Department of International Cooperation of MOST led a field visit to the core area of Zhongguancun National Innovation Model Park (Z-park) on January 26, 2010.\n\nOn the field visit, Jin gave a brief introduction to China’s involvement in the international science and technology cooperation, which, he hoped, could facilitate innovation in the Z-Park.\n\nThe management committees of Haidian Park and Tsinghua Science and Technology Park gave reports on development modes, innovation platforms and how to access and share global innovation resources.',
     []),
    ('https://zebulemagazine.com/benefits-gained-via-regional-coordination/',
     'Benefits gained via regional coordination\n\nBEIJING, April 29, 2024 /PRNewswire/ — This is a report from China Daily:\n\nAiming to become a hub for the coordinated development of the¬†Beijing-Tianjin-Hebei region and bolster high-quality development of Xiong’an New Area, North China’s Hebei province is focusing on creating a regional collaborative innovation community and striving to absorb the spillover effects of science, technology and industry from Beijing and Tianjin.\n\nSince 2023, the BeijingTianjinHebei region has focused on the coordinated development of key industry chains such as hydrogen energy, new energy, and intelligent connected vehicles, forming more than 200 technology-related tasks and a list of over 200 targeted enterprises for investment attraction.\n\nSeveral companies chose to base its research and development activities in Beijing and production in Hebei and Tianjin.',
     ['B5']),
    ('http://www.beijing-haidian.com/2016/1025/41012.html',
     "home > science tour > science > Innovation and Entrepreneurship Week Opens in Zhongguancun\n\nInnovation and Entrepreneurship Week Opens in Zhongguancun\n\n2016-10-25 18:11:00Share:\n\n  The 2016 National Mass Innovation and Entrepreneurship Week Beijing theme exhibition opened on October 12 at the Zhongguancun Science Park in Beijing.\n\n\n  The show consists of five sections -- building an innovative and entrepreneurial ecology, leading new economics and fostering new drives in automation, creating the Beijing, Tianjin and Hebei province collaborative community, organizing entrepreneurial and innovative activities and publicizing entrepreneurial institutes.\n\n\n  Being an important cradle of original innovations, Zhongguancun has attracted innovative elites among overseas returnees, college researchers and leading senior executives, which enables black technology -- newly invented hardware, software, techniques and materials that are hard to understand -- and hard technology such as artificial intelligence, gene technology, aerospace engineering and brain science, to become more and more applicable to people's lives.",
     ['Z6']),
]
# Round 15 traps: (kind, url, lang, text)
WEB15_TRAPS = [
    ('mall', 'https://brainalleakage.wordpress.com/2010/07/25/zhongguancun-seeing-shouldnt-be-believing/', 'en',
     'Zhongguancun: Seeing Shouldn’t Be Believing\n\nFor those not in the know, Zhongguancun (pronounced jone-gwan-tsun) is where Beijingers go to get their electronics. There is a subway station that leads straight into the biggest of the myriad of gadget malls, each of which houses countless merchants. I have been needing a new laptop battery for a while anyway and I figured it would be much cheaper here than in the US. After all, if eating local food is so much fresher and “greener”, buying electronics from the source must be better too.\n\nMy battery had been on the fritz for a while at this point. I couldn’t expect to get more than an hour’s worth of juice under normal circumstances. That is why I was so pleased to find what appeared to be an official Apple-manufactured Macbook battery complete with legitimate laser etching and serial number at a very reasonable price. Unfortunately, I found out the hard way that looks can be deceiving.'),
    ('zhangjiang', 'http://en.zjsfq.gov.cn/2016-01/28/c_49027.htm', 'en',
     "Zhangjiang Core Park\n\nUpdated:2016-01-28 (chinadaily.com.cn)\n\n\nThe park was built in 1992 as a main part of Shanghai's Zhangjiang National Innovation Demonstration Zone and a key State-level development park on 79.7 square kilometers of land  in four sections – the core area, Kangqiao Industrial Zone, International Medical Zone, and Zhoupu Prosperous Industrial Zone -- for innovation and promoting industrial cluster development, attracting talent, and providing a favorable investment environment.\n\nIt also supports national projects and did 545-billion yuan ($82.8 billion) worth of business, in 2014, or 159-times the 1999 amount, and accounting for 15 percent of all of shanghai’s high-tech zone income. It holds 685 companies, whose high-tech production value is 162.9 billion yuan and annual revenues for 2015 estimated at 600 billion yuan, for an 11-percent year-on-year increase."),
    ('zhangjiang', 'http://en.pd-italent.com/Article/202003/202003310001.shtml', 'en',
     "Home > News\n\nScience city transforms into global innovation hub\n\nUpdated :2020-03-31\n\n\nA bird's-eye view of AIsland, located in Zhangjiang Science City in Pudong New Area, Shanghai [Photo by Shen Chunchen/For China Daily]\n\n\nZhangjiang Science City, Shanghai’s sci-tech center, is helping the city to boost its innovation over the next 10 years. \n\nEfficiency is the guarantee \n\nThere is no end in sight for the science city’s development, with new contracts being signed and R&D projects breaking ground throughout the year. \n\nOn December 24, 2019, construction began on the Gate to Science, a landmark project consisting of two 320-meter-high buildings."),
    ('taiwan', 'https://www.sipa.gov.tw/english/home.jsp?serno=201003210015&mserno=201003210003&menudata=EnglishMenu&contlink=content/introduction_2_1.jsp&level3=Y&serno3=201003210021', 'en',
     '*An Introduction to the Hsinchu Science Park\n\nThe Ministry of Science and Technology set up the Hsinchu Science Park (HSP), the first establishment of its kind in Taiwan, on December 15, 1980. By ushering in technologies and talent from abroad, bringing about the transformation of domestic conventional industry, and fostering the upgrade of industrial technology across the board, the park is intended to help high-tech industry take off in Taiwan.\n\nStraddling the city and county of Hsinchu, the 6.5-square kilometer HSP now mainly houses semiconductor and optoelectronics ventures. More than 520 tenant companies employ more than 150,000 people. For the past three years, HSP companies posted an annual average of more than NT$1 trillion in revenue, which tends to fluctuate in tandem with the ups and downs in the global economy.'),
    ('suzhou', 'https://someoldsite.com/hqenglish/Industrial/202201/90ee0d988ba347939f9aa5e1d1e2223b.shtml', 'en',
     'Home > Doing Business > Industrial Parks\n\nChina Suzhou Innovation Park\n\n(chinadaily.com.cn) | Updated : 2022-01-17\n\n\nChina Suzhou Innovation Park. [Photo/WeChat account: snd-szgxqfb]\n\nThe China Suzhou Innovation Park is one of the first State-level innovation parks for overseas students as well as an incubator for science and technology enterprises.\n\nThe park has moved up one place to sixth on a ranking of the competitiveness of overseas Chinese innovation parks in China.\n\nTo date, the park has attracted over 200 businesses run by more than 100 returned overseas Chinese. Many of the returnees have been recognized as city-level and province-level high-caliber personnel.'),
    ('hongkong', 'https://frominsideasia.com/hong-kong-science-park-aims-to-double-number-of-start-ups-in-incubation-scheme', 'en',
     "The Hong Kong Science and Technology Park aims to double the number of start-ups joining its upgraded incubation programme, with some companies saying the scheme will help to speed up the commercialisation of their products.\nAdvertisement\nThe park on Thursday launched its new life and health tech-focused incubation programme Incu-Bio, which is designed to offer start-ups support, such as assistance with laboratory research, regulatory activities and the advancement of research to a preclinical stage over a four-year period.\nDerek Chim, the park's head of start-up ecosystem and development, said that under the programme, enterprises would receive up to HK$6 million (US$771,000) each in the form of grants, subsidies and regulatory affairs funding.\nThe first phase of the programme managed to attract more than 600 applicants, with over 100 start-ups selected from the diagnostics, medical device and therapeutics fields."),
    ('shenzhen', 'https://global.chinadaily.com.cn/a/202602/06/WS69854832a310d6866eb37d3e.html', 'en',
     'Nanshan rises as hardware innovation hub\nChina Daily | Updated: 2026-02-06 09:47\nSHENZHEN — When a Chinese robotics innovator faced an urgent space crunch for his laser sensor startup a few years ago, he did what many entrepreneurs in the country\'s southern tech hub of Shenzhen, Guangdong province, do — he called the local government.\nBy the next day, multiple authorities responded. Within three months, Qiu Chunxin\'s RoboSense was moved into a new facility. Today, the tech firm born of his doctoral research is a publicly listed leader in LiDAR technology, with its sensors acting as the "eyes" for a new generation of autonomous machines.\nWhat happened in between wasn\'t just a startup success story. It was a rapid trajectory of how a small district in Shenzhen — specifically a 10-kilometer stretch of asphalt known as Liuxian Avenue — has become the world\'s most concentrated ecosystem for hardware innovation, driven by the city\'s dense, readily available industrial chain and handson government incubation policies.'),
    ('national', 'http://english.www.gov.cn/policies/latestreleases/202007/17/content_WS5f11ade6c6d00bd0989c61d2.html', 'en',
     "China to promote quality development of national high-tech zones\nUpdated: July 17, 2020 21:55\n\nChina will build national high-tech zones with better layout and innovation capability by 2025, according to a circular issued by the State Council on July 17.\n\nMechanisms in the high-tech zones will be continuously updated to improve the environment of innovation and entrepreneurship and build high-tech industrial systems, as planned in the circular.\n\nHigh-tech zones should gather high-quality resources and attract top talents to enhance independent innovation, and stimulate enterprises' business vitality for innovation by supporting technology-based small and medium-sized enterprises, according to the circular.\n\nMeanwhile, industries in high-tech zones should be pushed to upgrade toward higher ends, and emerging industries should be encouraged."),
    ('national', 'http://houston.china-consulate.org/eng/st/t1108038.htm', 'en',
     'National Hi-tech Zones\n\n   Building national new-and high-technology industrial development zones was a major decision of strategic importance. The decision was made by the Central Party Committee and the State Council during the process of implementing reform and opening up policies and advancing China\'s Modernization. It\'s an essential movement in the face of the challenges brought about by the global technological revolution, aiming at deepening the reform in both economic system and the system for managing science and technology. It is also the result of the central and local governments\' efforts to seizing opportunities, making scientific decisions and working in concert.\n   In 1985, the Central Party Committee issued the Decision on the Reform of the System for Managing Science and Technology. The decision facilitated the integration of science and technology with economy, encouraged science and technology professionals to start business and promoted the establishment of science and technology parks in localities with enabling conditions. By the end of 1987, related central departments, after extensive surveys and researches, completed the compilation of Research Report on Zhongguancun\'s "Electronics Avenue", in which the inception of Zhongguancun Science and Technology Industrial Park was proposed.'),
    ('passing', 'http://mengning520.com/Others/706/index.htm', 'en',
     "Lenovo Group Ltd. is a Chinese multinational technology company with headquarters in Beijing, China, and Morrisville, North Carolina, United States.1 It designs, develops, manufactures and sells personal computers, tablet computers, smartphones, workstations, servers, electronic storage devices, IT management software and smart televisions. In the second quarter of 2013 Lenovo was the world's largest personal computer vendor by unit sales.4 It markets the ThinkPad line of notebook computers and the ThinkCentre line of desktops.5\nLenovo was founded in Beijing in 1984 as Legend and was incorporated in Hong Kong in 1988. Lenovo acquired IBM's personal computer business in 2005 and agreed to acquire its Intel-based server business in 2014. Lenovo entered the smartphone market in 2012 and as of 2014 is the largest vendor of smartphones in Mainland China."),
]
add_web_round("web15", [], WEB15_RELEVANT_EN, WEB15_TRAPS, all_tune=True)


# --- added round 16: a TUNING round like rounds 7, 8 and 10-15 (decided before any row was collected: every round-16 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Chinese only (the English rows of this period are round 15).  Theme: everyday Chinese news in news wording from outlets earlier
# rounds used less (北京青年报, 北京日报, 北京晚报, 科技日报, 证券日报, 中国青年网, 新华网; HK/TW outlets and big5 gateways for zh-Hant;
# a company profile and a wiki mirror).  Smaller than planned: 17 relevant zh (7 zh-Hant) and 9 traps (4 zh-Hant); most pages the
# search returned for district sites, 两区, Huairou, talent and the Forum were already used or told an earlier row's story.
# Relevant zh: the Forum permanent venue under construction (科技日报 2022), 22 projects signed in 中关村科学城 (北京青年报 2023;
# no code), the Life Science Park visit (证券日报 2025, zh-Hant), the 2019 中关村第三代半导体 policy for the Shunyi park (北京青年报),
# the 中关村科幻产业创新中心 in Shougang Park (北京日报 2022, zh-Hant with pinyin annotations 中(zhōng)關村(cūn)), 中关村(朝阳)
# 互联网3.0产业园 (北京青年報, zh-Hant), the founding of 中关村虚拟现实产业联盟 (新华网), 中关村虚拟现实产业园 in a former pressure-
# vessel plant (zh-Hant wiki mirror), the centre's 14th FYP results (北京晚报 2025), the 清华南口 national-key-lab base in Changping
# (北京日报 2023), ZGC incubators in 2016 (中國青年網, zh-Hant), the 创业大街's 'start-up coffee' (科技日报 2022), a Tianjin official on
# BTH collaborative innovation (北京日报), BTH firms in the Binhai-ZGC park and 保定·中关村创新中心 (新华社 2024, zh-Hant; a spam title
# line dropped), Shunyi at the 2024 Forum's semiconductor forum (zh-Hant; no code), a wiki summary of the centre (B1), 中关村信息谷's
# 39-city network and the Binhai-ZGC park agreements.  Traps (9): a CBRE T25 rent index naming 北京中關村軟件園 (zh-Hant, `rental`),
# 鼎好's 2020 closing (北京商报, `mall`), 竹科's 45th birthday (自由時報 via Yahoo, zh-Hant, `taiwan`), the Loop 港深創科園 (星島,
# zh-Hant, `hongkong`), a 光谷 Q&A naming 北京中关村 as a peer (`wuhan`), a ZOL notebook-cooler test standard (`zol`), Zhangjiang's
# rise (`zhangjiang`), Hefei's innovation highland (big5 gateway, zh-Hant, `hefei`), a 2023 paper on national demonstration zones
# (`national`).  No restaurant, school or passing trap (no unused page found), no 海龙 page (netbooklink, wzatv used).
# Excerpts are copied as the pages have them (pinyin annotations and the doubled-glyph mojibake such as 關(guān) left in); several skip
# a paragraph or photo caption (bjtitle, ctmanga, jssljx, stdaily, sxxzl, fayettefrontpage, mbji, paoku, tw.news.yahoo, stheadline),
# and mbji, ctmanga and cmia end mid-sentence where the stored text ends.
# Overlap check: every URL and every excerpt's 40-character windows pass check(); dropped as used or as an earlier row's story:
# the Fengtai rail-transit release (cloud.tencent), the 2011 Life Science Park 十二五 page, the 2025 Life Science Park media visit
# (caixin), Huairou's 2019 22-project start (epaper.bjnews; web4-rel-zh10) and the 2019 HEPS start (ahhzjc; web-rel-zh11), the 2020
# sciencenet/2017 capepiratesrugby/2025 中国财经报 Huairou pages, the 2026 BTH extension (youlongnjl), the Daxing base expansion and
# its "two zones" signing, the 2016 Silicon Valley innovation centre, the ZGC Science City science-diplomat forum, the ZGC Belt and
# Road association, 知银/知保, IASP 2025, the 2021 BTH press conference (sdyjkjfhq), the sub-park spatial-planning guidance
# (kw.beijing), the 2015 innovation season, the 2018 hard-tech platforms, the Yanjiao branch of the BTH technology innovation centre.
# Labels (README rules, rounds 2-15 readings) plus: Z5 + Z5.9 for the committee's and Shunyi's joint funding of the Shunyi park's
# leading industry (with Z5.1 for its three clusters); Z5 + Z5.3 for 中关村(朝阳)互联网3.0产业园; Z2 + Z2.5 for a ZGC industry
# alliance set up as an industry-promotion body; Z5 + Z5.4 for a ZGC park in a former factory; Z3 + Z3.4 for a sub-park's
# distinctive incubation centre, the ZGC incubators and the 创业大街; Z5 + Z5.13 for 中关村信息谷's national network; Z5 + Z5.12 for
# the Binhai-ZGC park, 保定·中关村创新中心 and the Qinhuangdao park; B5 with it where R&D in Beijing / industrialisation in Tianjin is
# stated; B1 for national key labs in Beijing (清华南口 base, 77 labs); B2 for 'AI first city' results; Z7 + Z7.7 for the Forum venue.
# Doubtful round-16 rows (kept, flagged here): zh03 (Z4.6 from an industry-ecosystem sentence; Z5.5 left out), zh04 (Z5.9 read
# from a joint funding policy), zh06 (Z5.3 for a park the excerpt calls 產業園, not 特色产业园), zh08 (a short wiki stub), zh09 (B2;
# B4 left out for cluster statistics), zh12 (Z5.4 for the book-market block), zh14 (B5 left out), zh02 and zh15 (relevant, no code),
# zh16 (a wiki summary whose first sentence names the 2023 work plan, an earlier row's story; kept for its B1 sentence), zh17 (a
# company profile; Z5.13 from its network).  Hard traps: mall names 全国科技创新中心和中关村科学城 in the closing notice, rental
# names 北京中關村軟件園, wuhan names 北京中关村, national uses 国家自主创新示范区 / 科技自立自强 vocabulary.
# Round 16 relevant Chinese rows: (url, lang, text, labels)
WEB16_RELEVANT_ZH = [
    ("http://www.chinahightech.com/html/hotnews/yaowen/2022/1227/5656621.html", "zh-Hans",
     "首页>热点 > 要闻 > > 正文\n\n中关村论坛永久会址主会场预计明年8月底竣工\n\n2022-12-27 11:39:04\n来源:科技日报 作者:华凌 评论:0\n\n  记者近日从北京市海淀区获悉,中关村论坛永久会址主会场项目自2022年8月1日开工,目前已完成全部围护结构、土方开挖作业以及桩基作业,正在进行地下主体结构施工,现场施工人员约1000人。据悉,项目计划竣工时间为2023年8月31日。\n\n  据了解,按照“南有博鳌,北有中关村”的标准定位,打造的主会场项目是中国面向全球科技创新交流合作的国家级平台,论坛定位服务国家创新发展战略和北京科创中心建设。作为北京市重点工程,未来将成为全球创新创业者心中的“科技圣殿”和首都市民眼中的“科技会客厅”。\n\n  据介绍,中关村论坛永久会址位于中关村国家自主创新示范区展示中心北侧,二者相隔一条新建宫门路,是“三山五园”历史文化景区与中关村科学城交汇处,项目工程规模254836平方米,既能彰显厚重的中华历史文化,又能讲述现代中国的创新精神,体现“绿色、科技、人文”的时代特点。",
     ["Z7", "Z7.7"]),
    ("https://app.bjtitle.com/8816/newshow.php?did=db6ca09d214a4889b782c5c05b57e16f&newsid=6288122&typeid=68", "zh-Hans",
     "22个重点项目签约中关村科学城\n北京青年报客户端 2023-01-11 21:55\n\n1月10日,海淀区重点项目签约仪式暨企业创新发展座谈会在中关村国家自主创新示范区展示交易中心举行,新年首批22个重点项目集中签约,中关村科学城建设迎来“开门红”。\n\n志道生物是此次集中签约的22个重点项目之一。北京青年报记者了解到,志道生物是一家专注蛋白质工程底层技术的生物医药企业,此次签约,该公司将总部、研发中心全部迁入了海淀区。“海淀具有得天独厚的人才优势,我们在这里可以更广泛地吸引优秀人才,将技术于产品推向世界。”志道生物董事长兼总裁张维说。\n\n据悉,新年首批集中签约中关村科学城的22个重点项目,聚焦人工智能、医药健康、集成电路、新材料等数字经济和高精尖产业领域,通过签约,将进一步强化政府与企业的合作关系,同时通过人才、空间、公租房等一系列政策支持,助力企业持续在海淀创新发展,为中关村科学城建设跑出加速度,和率先实现高水平科技自立自强注入新动能。",
     []),
    ("http://m.av069.com/cj/jjgc/2025-11-10/1794621.html", "zh-Hant",
     "本報記者 趙學(xué)毅 張敏 許林艷\n位于北京市北五環(huán)、北六環(huán)之間,東西貫穿海淀區(qū)、昌平區(qū)的北清路,昔日兩側(cè)盡是村莊田埂,如今已蛻變?yōu)楸本┛苿?chuàng)走廊的重要軸線,成為北京打造國際科技創(chuàng)新中心的重要支撐載體。在這條“創(chuàng)新動脈”上,中關(guān)村生命科學(xué)園作為關(guān)鍵一環(huán),經(jīng)過二十余年的發(fā)展,已成為國家級生命科學(xué)、生物技術(shù)和新醫(yī)藥產(chǎn)業(yè)的創(chuàng)新基地。\n這里是科研人員創(chuàng)新研發(fā)的“理想樂園”,更是中國生命科學(xué)領(lǐng)域面向全球競爭的“戰(zhàn)略高地”。數(shù)百家醫(yī)藥企業(yè)在此匯聚,形成了一個充滿活力的產(chǎn)業(yè)生態(tài):有龍頭企業(yè)引領(lǐng)技術(shù)標(biāo)準(zhǔn),有創(chuàng)新型中小企業(yè)填補市場空白,加上陽光雨露般的政策、為產(chǎn)業(yè)發(fā)展提供動力的資本,共同形成了一片生機勃勃的“生物醫(yī)藥雨林”。\n“科學(xué)家敢干、資本敢投、企業(yè)敢闖、政府敢支持”——這正是中關(guān)村生命科學(xué)園吸引力的真實寫照。近日,《證券日報》記者實地走訪園區(qū),近距離感受這片熱土的創(chuàng)新脈動。",
     ["Z4", "Z4.6"]),
    ("http://news.xinxunwang.com/china/bendi/250174.html", "zh-Hans",
     "顺义扶持第三代半导体产业聚集\n\n时间:2019-08-26 10:06:50    来源:北京青年报    浏览次数:    我来说两句() 字号:TT\n\n  本报讯(记者 王斌)8月24日,中关村第三代半导体产业政策发布会在顺义区召开。北京青年报记者了解到,为促进第三代半导体等前沿半导体产业在中关村顺义园聚集发展,在企业研发创新、成果转化和产业化等方面提供资金支持,其中,中关村管委会上限支持额度为5000万元,而顺义区的支持额度不设上限。\n\n  中关村顺义园聚焦发展智能新能源车、第三代半导体、航空航天三大创新型产业集群。此次发布的政策措施,针对的就是第三代半导体产业。如果你对第三代半导体材料感到陌生,可以抬头看看家中无处不在的LED(发光二极管)灯。",
     ["Z5", "Z5.1", "Z5.9"]),
    ("https://bjmc58.com/index304.html", "zh-Hant",
     "8月21日,2022年(第28屆)石景山區科技活動周在首鋼園舉辦,中(zhōng)關村(cūn)科幻産業創新中(zhōng)心在金安橋二号樓揭牌亮相,将彙聚中(zhōng)關村(cūn)科技創新優勢、石景山區轉型發展優勢和首鋼園區工(gōng)業遺存場景優勢,打造具有國際競争力的科幻産業集群式發展平台。\n中(zhōng)關村(cūn)科幻産業創新中(zhōng)心\n創新中(zhōng)心位于首鋼園科幻産業聚集區内的金安橋二号樓,面積約2.1萬平方米。經過前期籌備,創新中(zhōng)心已吸引超過40家高精尖科技文化類企業入駐,涵蓋分(fēn)布式人工(gōng)智能、渲染引擎、3D全景聲、無人機等領域,以及智能座艙實驗室、metaverse場景實驗室、3D空間音頻實驗室等特色實驗平台。\n創新中(zhōng)心總經理孫世誠介紹,中(zhōng)關村(cūn)科幻産業創新中(zhōng)心以科幻産業爲主導,發揮技術與市場對接,學術界與産業界對接,科幻産業關鍵技術、原創人才、場景建設三大(dà)關鍵要素對接的橋梁作用,全面提升科幻領域的自主創新能力,促進石景山區科幻産業技術開發、成果轉化及人才培養,支撐首鋼園科幻産業集群式發展。未來,創新中(zhōng)心将推動公共孵化器、公共技術平台建設,引入一(yī)批具有成長潛力的科幻企業,聚集科幻創新要素,培育産業高端人才。",
     ["Z3", "Z3.4"]),
    ("https://www.ctmanga.com/a/qian-dian-hou-han-tui-dong-xin-ji-zhu-jia-su-luo-di.html", "zh-Hant",
     "前店後廠推動新技術加速落地\n北京青年報記者從中關村朝陽園管委會了解到,目前,中關村(朝陽)互聯網3.0產業園吸引集聚近300家企業落戶,產業集聚度達97%。隨着全區21個科技產業園區的加速建設,朝陽區正以每平方公里集聚3家國家級創新平臺的密度,構建起未來產業創新矩陣。\nVR院線帶領觀衆互動式觀影\n今年五一,798·751園區上新一處打卡地——超維視界·VR院線,短短一個多月的時間裡,客流量就突破一萬人次,成爲園區炙手可熱的文旅項目。\n“前店後廠”解決科研成果轉化痛點\n市民遊客在798·751園區體驗到的VR、元宇宙技術,不少就來自與園區“一牆之隔”的中關村(朝陽)互聯網3.0產業園,也就是朝陽元宇宙產業基地。這裡聚焦元宇宙、人工智能、區塊鏈等前沿領域,構建起了涵蓋技術創新中心、產業孵化加速中心和內容",
     ["Z5", "Z5.3"]),
    ("http://cmia.info/news_detail.asp?id=4100", "zh-Hans",
     "新华网北京5月24日电(朱丽)日前在北京举行的第五届中国虚拟现实(VR)国际峰会上,中关村虚拟现实产业联盟正式挂牌成立,这是我国第一家虚拟现实产业联盟。\n中关村虚拟现实产业联盟是在中关村科技园海淀园管理委员会、中关村高新技术企业协会领导下,由VR领航企业中视典、水晶石、红京鸟、动态时空等发起成立,旨在通过联盟凝聚行业产业链各领域代表,建立虚拟现实产业促进机构,搭建行业学术交流、资金技术对接、市场应用、人才开发等平台。目前,已有红京鸟、动态时空、水晶石等33家企业成为首批联盟会员。\n中关村虚拟现实产业联盟的成立将有助于企业加强信息交流和资源协作,有助于合作开展虚拟现实的研究,完善产业发展的软环境,从而促进以海淀为中心虚拟现实产业的快速成长,使我国虚拟",
     ["Z2", "Z2.5"]),
    ("https://newton.com.tw/wiki/%E4%B8%AD%E9%97%9C%E6%9D%91%E8%99%9B%E6%93%AC%E7%8F%BE%E5%AF%A6%E7%94%A2%E6%A5%AD%E5%9C%92/63013720", "zh-Hant",
     "中關村虛擬現實產業園\n\n中關村虛擬現實產業園位於北京石景山區,園區前身是壓力容器生產廠,經過石景山區疏解騰退和重新定位之後,於2020年改造成了一座甲級高品質的研發辦公寫字樓園區。\n\n基本介紹\n\n  • 中文名:中關村虛擬現實產業園\n  • 地理位置:北京石景山區\n歷史沿革,地理環境,",
     ["Z5", "Z5.4"]),
    ("https://staging.reportify.cn/news/1169329065950318592", "zh-Hans",
     "北京成为全球创新网络关键枢纽\n北京晚报·2025-09-27 06:41\n本报讯(记者刘苏雅)北京国际科技创新中心创新力、竞争力、辐射力大幅提升,已经成为全球创新网 络关键枢纽,取得重要进展和丰硕成果。昨天,市政府新闻办举行首都\"十四五\"规划高质量收官系列主 题新闻发布会,介绍北京国际科技创新中心建设成果。 研究与试验发展经费投入强度保持在6%左右,位居全球创新城市前列;连续8年蝉联施普林格·自然集 团发布的《自然指数-科研城市》全球榜首;独角兽企业数量连续四年位列全球城市第三……市科委、 中关村管委会主任张继红介绍,\"十四五\"期间,本市已累计推进国际科技创新中心建设1105项重点项目 和重大任务落地。 2024年,北京高技术产业增加值1.49万亿元,较2020年增长56.9%。目前,本市已形成新一代信息技 术、医药健康、科技服务业3个万亿级产业集群,以及智能制造与装备、人工智能等7个千亿级产业集 群,重点培育商业航天、生物制造等23个未来产业。 在打造\"人工智能第一城\"的过程中,原生多模态世界模型、覆盖科研全流程的人工智能科研平台等重大 原创成果诞生,豆包、智谱等标杆模型性能稳居全球第一梯队。目前,北京已累计备案上线大模型159 款,数量持续领跑全国。",
     ["B2"]),
    ("http://www.shuju.nancai.net/qyjj/2023/0711/13881.html", "zh-Hans",
     "清华南口国家重点实验室基地已开工,预计2025年投用\n\n来源:北京日报客户端 2023-07-11 21:11:07\n\n北京日报客户端 | 记者 孙云柯\n\n7月11日,北京市政府新闻办召开“北京市贯彻落实党的二十大精神”系列主题新闻发布会。昌平区委常委、常务副区长刘晓东表示,昌平与清华大学合作在南口镇“三大厂”利用城市更新政策,打造清华南口国家重点实验室基地。目前一期工程已开工建设,预计2025年投入使用,该项目将成为清华大学主校区以外规模最大、集聚度最高的国家重点实验室科研基地。\n\n南口是北京市传统工业重镇,曾聚集了鹿牌保温瓶厂、北京平板玻璃厂和汽车钢圈厂等一批知名工业企业,后来随着时代变迁,逐步淡出了人们的视野。按照新版规划,南口是全市重点发展的8个新市镇之一,昌平围绕服务国家重大战略需求、打造区域科创中心,与清华大学全面合作,在南口“三大厂”利用城市更新政策,打造清华南口国家重点实验室基地,规划建筑规模47.3万平方米,集中承接清华大学多个全国重点实验室落地,着力打造国家战略科技力量策源地、科技成果产业转化新高地和城市复兴新地标。",
     ["B1"]),
    ("http://jssljx.com/cyjd/jddt/201607/t20160729_11522872.htm", "zh-Hant",
     "30年發(fā)展歷程:解碼中關(guān)村\n\n2016年07月29日 09:21:00來源:中國青年網(wǎng)\n\n  中國青年網(wǎng)北京7月26日電(實習(xí)記者 付一鳴 樊東林 閆章默)“推動大眾創(chuàng)業(yè)、萬眾創(chuàng)新是充分激發(fā)億萬群眾智慧和創(chuàng)造力的重大改革舉措,是實現(xiàn)國家強盛、人民富裕的重要途徑,要堅決消除各種束縛和桎梏,讓創(chuàng)業(yè)創(chuàng)新成為時代潮流,匯聚起經(jīng)濟社會發(fā)展的強大新動能!2015年5月,李克強總理在北京中關(guān)村創(chuàng)業(yè)大街考察調(diào)研時強調(diào)。而中關(guān)村的發(fā)展歷程,也恰恰印證了李克強總理的講話。2016年7月,中國青年網(wǎng)記者來到中關(guān)村,追尋歷史,跟隨鏡頭,解碼中關(guān)村。\n\n  孵化器助力青年人實現(xiàn)夢想\n\n  中關(guān)村科技園區(qū)內(nèi)的各類孵化器已成為科技成果轉(zhuǎn)化和高新技術(shù)企業(yè)成長的搖籃。園區(qū)內(nèi)擁有中關(guān)村國際孵化器、豐臺科技創(chuàng)業(yè)中心、海淀留學(xué)人員創(chuàng)業(yè)園、清華科技園等各類孵化器39家。\n\n  這些孵化器大多裝修成咖啡館的風(fēng)格,點一杯咖啡就可以享受孵化器所帶來的所有便利。創(chuàng)業(yè)者們不僅可以互相交流,互相支持,還會獲得投資人的主動邀約。",
     ["Z3", "Z3.4"]),
    ("https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2022-07/11/content_538311.htm?div=-1", "zh-Hans",
     "2022年07月11日 星期一\n这里的“创业咖啡”有了国际味儿\n◎本报记者 华 凌\n\n【标杆看变迁】\n\n    220米长的中关村创业大街的影响力,早已超越其物理范围。如今,中关村创业大街聚集着头部创新平台与高成长潜力科创企业,打造出受高层次创新创业人才欢迎的国际化社区,形成了高品质创新空间网络与科技产业生态。\n\n    姚宏波 中关村创业大街联合党委书记\n\n    咖啡飘香、创意激荡。“研发”“融资”“产品升级”“搭建产业链条”……在中关村创业大街街区的长椅边,时常会看到三三两两的青年创业者围坐在桌前,低声浅谈,间或冒出些创新创业领域的新词语。\n\n    2011年底,这里是海淀图书城的一隅。当年,几名刚毕业的年轻人出现在街头,想找一处工作室供有志于创业的年轻人交流思想。他们将目光锁定在街区中心的一家小旅馆,于是全球第一家创业主题的咖啡厅在这里诞生,拉开了大街新一轮升级改造的序幕。\n\n    慢慢地,“创业咖啡”不仅是一个汇聚创业者的平台,更是孵化器,成为创业符号。",
     ["Z3", "Z3.4", "Z5", "Z5.4"]),
    ("http://www.sxxzl.com/news/html/28350.html", "zh-Hans",
     "京津冀协同创新实现三大突破\n\n北京写字楼网    来源:北京日报        浏览:\n\n在谈到京津冀协同创新时,全国人大代表、天津市工信委主任李朝兴认为,京津冀协同创新正在三个方面实现突破。\n\n第一个是面向科学前沿的协同创新,瞄准世界一流水平。\"如长征5号大推力火箭、天宫2号、神舟11号等,研发在北京、产业化在天津,在航天技术领域走在了世界前列,这是协同创新的一个很好的成功例证。”李朝兴说。\n\n第二个是面向行业产业的协同创新,以培育新兴产业和改造提升传统产业为重点。李朝兴介绍说,目前,正在加快京津冀创新共同体建设,聚集一批研发机构和创新载体,合力打造一批高水平合作平台。天津规划建设了武清、宝坻、北辰、东丽和滨海新区5个协同创新社区,已引进聚集来自北京的科技型企业1000多家。\n\n第三个是面向区域发展的协同创新,不仅服务京津冀地区,同时辐射全国。\"比如中关村,是北京的创新名片,现在,天津有滨海—中关村科技园,保定有中关村创新中心、秦皇岛有中关村海淀留学人员创业园,中关村已成为京津冀的创新名片。”李朝兴说,通过区域协同,可以把创新资源高效配置起来,发挥北京、天津和河北在研发、转化和产业化方面的各自优势,形成一个创新的有机整体。",
     ["B5", "Z5", "Z5.12"]),
    ("http://www.fayettefrontpage.com/show-27-119005-1.html", "zh-Hant",
     "主播關注 > 社會 > 正文\n\n新時代中國調研行之看區(qū)域·京津冀篇|向“新”而行看協同——京津冀聯合打造科創(chuàng)新生態(tài)\n\n發(fā)布時間:2024-02-07 16:46:53      \n\n開“新”路、破“新”局、育“新”苗。京津冀作為引領全國高質量發(fā)展的三大重要動力源之一,有著扎實的創(chuàng)新基礎和雄厚的實力。“協同而行”十年來,三地攜手打造創(chuàng)新共同體,激發(fā)發(fā)展新活力。\n\n談起公司的跨越式發(fā)展,胡建龍記憶猶新。落子濱海-中關村科技園5年來,企業(yè)的年訂單額從100萬元增長到了5000萬元。從對接北京科研資源,到協調天津辦公場地,園區(qū)與京津主管部門的合力,令胡建龍的“同城感”愈發(fā)強烈。\n\n“我們以更低的成本享受到與北京中關村一致的政策環(huán)境。”胡建龍的感受,體現的正是三地打破“一畝三分地”區(qū)域局限的努力。他的故事并非個例。\n\n“自2018年入駐保定·中關村創(chuàng)新中心,我們已取得11項專利授權。”易度河北機器人科技有限公司負責人史文寶表示,公司的發(fā)展,離不開北京中關村“帶土移植”",
     ["Z5", "Z5.12"]),
    ("http://jlshop.cn/news/202406/01/53163.html", "zh-Hant",
     "6月1日,2024中關(guān)村論壇系列活動——北京(國際)第三代半導(dǎo)體創(chuàng)新發(fā)展論壇在北京中德國際會議會展中心舉辦。順義區(qū)結(jié)合突出的區(qū)位優(yōu)勢、豐富的資源稟賦、一流的營商環(huán)境等方面,面向全球推介第三代半導(dǎo)體產(chǎn)業(yè)發(fā)展藍圖,與國內(nèi)外知名專家共同探討促進產(chǎn)業(yè)發(fā)展的新成果和新思路,與全球創(chuàng)新創(chuàng)業(yè)者們共享新機遇、共創(chuàng)新未來。\n順義作為北京市的現(xiàn)代制造業(yè)大區(qū),堅持融入全球制造業(yè)產(chǎn)業(yè)發(fā)展格局,積極構(gòu)建開放的現(xiàn)代化制造業(yè)產(chǎn)業(yè)體系。近年來,在國家和市級的支持指導(dǎo)下,持續(xù)深化產(chǎn)業(yè)研究、提升產(chǎn)業(yè)能級,推動順義成為北京市第三代半導(dǎo)體產(chǎn)業(yè)發(fā)展的核心承載地,成功獲批國家級“中小企業(yè)特色產(chǎn)業(yè)集群”,正在加快打造第三代半導(dǎo)體創(chuàng)新發(fā)展高地,進一步支撐北京國際科技創(chuàng)新中心建設(shè)。目前,初步形成了從裝備到材料、芯片、模組、封裝檢測及下游應(yīng)用的產(chǎn)業(yè)鏈布局,集聚了國聯(lián)萬眾、泰科天潤、瑞能半導(dǎo)體、特思迪等重點企業(yè)20余家,對接了清華、北大、中科院等高校院所,引進和儲備了一批研發(fā)、人才和項目資源,承接和落地了第三代半導(dǎo)體相關(guān)的科研成果轉(zhuǎn)化項目,產(chǎn)業(yè)集聚效應(yīng)日益凸顯。",
     []),
    ("http://mbji.cn/mbji/北京国际科技创新中心/62865828", "zh-Hans",
     "2023年5月,科技部、\n北京市人民政府、国家发展改革委、教育部、工业和信息化部、财政部、人力资源社会保障部、国务院国资委、中科院、工程院、国家移民管理局、自然科学基金委等十二部门共同制定了《深入贯彻落实习近平总书记重要批示 加快推动北京国际科技创新中心建设的工作方案》。\n2023年5月30日,在2023中关村论坛重大成果发布会上,北京国际科技创新中心面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康的20项重大科技成果亮相。\n打造战略科技力量,是北京国际科技创新中心建设的重要内容。在京全国重点实验室有77家,约占全国总数的28%,北京瞄准世界科技前沿布局建设9",
     ["B1"]),
    ("https://yaliqi.com/new/32f0dae1717c4c20aabc6ecb781de063", "zh-Hans",
     "据郑毅书记介绍,截至2024年4月底,中关村信息谷在全国合作39个城市,运营49个项目,已初步形成以北京为核心、 覆盖全国重要节点城市的协同创新网络体系。\n2015年4月30日,中央政治局会议审议通过的《京津冀协同发展规划纲要》指 出,推动京津冀协同发展是一个重大国家战略,明确天津\"一基地三区\"的城市功 能定位,要求北京、天津加快建设天津滨海﹣中关村科技园。\n2016年9月28日,北京市、天津市两市政府签订《加快建设天津滨海﹣中关村 科技园合作协议》,中关村管委会、天津市滨海新区政府签订《共建天津滨海一中 关村科技园协议》。2016年11月22日,天津滨海﹣中关村科技园正式揭牌成立。",
     ["Z5", "Z5.12", "Z5.13"]),
]
# Round 16 traps: (kind, url, lang, text)
WEB16_TRAPS = [
    ("rental", "http://m.xcysalbb.cn/news/75/202156104149.html", "zh-Hant",
     "房訊網(wǎng)訊 近日,CBRE世邦魏理仕發(fā)布T25中國(guó)科創(chuàng)中心租金指數(shù)顯示,受益于科技行業(yè)在疫情沖擊下相對(duì)更好的業(yè)務(wù)表現(xiàn)及其持續(xù)擴(kuò)張的寫字樓需求,2021年第一季度,盡管全國(guó)寫字樓租金指數(shù)仍繼續(xù)下行,T25科創(chuàng)中心租金指數(shù)率先止跌反彈,租金指數(shù)錄得146.1,較上季度上漲0.9%,空置率錄得2015年第四季度以來(lái)最低值。\n從各個(gè)科創(chuàng)中心的租金變動(dòng)情況來(lái)看,本季共有6個(gè)科創(chuàng)中心錄得租金環(huán)比上漲,其中北京東升、北京中關(guān)村軟件園和上海張江位列租金漲幅榜前三位。7個(gè)科創(chuàng)中心租金持平;12個(gè)科創(chuàng)中心租金下降,但其中有7個(gè)子市場(chǎng)租金跌幅收窄。\n來(lái)源:房訊網(wǎng)\n編輯:wangdc"),
    ("mall", "http://information.paoku.com.cn/information/2020/0824/59474.html", "zh-Hans",
     "您的位置:首页 >资讯 >\n\n鼎好大厦将于10月关停 中关村电子卖场终将谢幕\n\n繁荣十余年的中关村电子卖场终将谢幕。北京商报记者获悉,鼎好大厦于8月21日贴出关停通知称:“依据北京市总体规划和海淀区分区规划,要大力推动全国科技创新中心和中关村科学城建设,完善中关村西区业态调整和产业升级。鼎好大厦电子商城将于2020年10月关停。”\n\n通知中称:“电子大卖场属于落后业态,只有关停转型,才能重新赋能,获得新生。目前,大厦已启动与留下来的200多户产权业主协商后续共同经营工作,争取就实施共同经营早日达成共识,从而再次激发二三四层统一经营区域的创新活力。”\n\n公开资料显示,鼎好大厦于2003年开业,一度成为中关村电子卖场的风向标。不过,随着电商的冲击以及中关村整体定位的转变而逐步走向没落。去年3月,鼎好大厦被啟城投资、颢腾投资等投资机构斥资57.2亿元收购。随后,鼎好大厦电子卖场便开始展开清退工作。"),
    ("taiwan", "https://tw.news.yahoo.com/%E7%AB%B9%E7%A7%91%E6%85%B6%E7%A5%9D45%E6%AD%B2%E7%94%9F%E6%97%A5-%E6%98%8E%E5%B9%B4%E6%A8%82%E8%A7%80%E6%88%90%E9%95%B7-070417881.html", "zh-Hant",
     "〔記者洪友芳／新竹報導〕新竹科學園區今天慶祝45歲生日，管理局局長胡世民表示，今年年度竹科招商成果亮眼，不僅新核准進駐廠商37家，加上現有廠商數量，創下歷年新高，成為營收增長的主要動力，管理局更已設定明年持續引進新廠商的具體目標，預計再引進30家以上廠商，展望樂觀成長。\n\n同時，龍潭園區的擴建計畫正依進度推展，公聽會程序持續進行中，為未來的園區發展奠定基礎。胡世民表示，龍潭園區擴建案預計明年初完成第二場公聽會，待完成後將報請行政院核定。\n\n竹科園區上半年營收0.82兆元、年增11.47％，創史上次高。胡世民指出，竹科產業及廠商較多元化，龍頭廠約佔3成營收比重，上半年受惠於AI應用與半導體需求暢旺，帶動A I帶動半導體、面板拉貨效應，營收呈雙位數成長。"),
    ("hongkong", "https://www.stheadline.com/society/3532208/%E6%B8%AF%E6%B7%B1%E5%89%B5%E7%A7%91%E5%9C%92%E8%94%A1%E5%82%91%E9%8A%98%E9%A6%96%E6%89%B9%E5%BB%BA%E8%A8%AD%E4%BC%81%E6%A5%AD%E9%80%B2%E9%A7%90%E7%8E%87%E7%B4%84%E5%85%AB%E6%88%90-%E5%9B%9B%E5%88%86%E4%B8%80%E4%BE%86%E8%87%AA%E6%B5%B7%E5%A4%96", "zh-Hant",
     "港深創科園｜蔡傑銘：首批建設企業進駐率約八成 四分一來自海外\n\n位於河套的港深創新及科技園，第一期首3座大樓落成，早前正式開園投入營運。創新科技及工業局常任秘書長、港深創新及科技園有限公司董事會主席蔡傑銘表示，港深創新及科技園有兩個重點：一是佔地約87公頃，較現時白石角的香港科學園大四倍；二是具備跨境優勢，與深圳園區僅一河之隔，可進行跨境科研與中試工作，補足過往科研園區在產業化前的測試環節，豐富本港科研生態，吸引人才。\n\n蔡傑銘今日（1月3日）在電台節目中表示，白石角科學園發展已相當成熟，屬於綜合型科研基地，至今成功孵化超過1,700至1,800間企業；數碼港則聚焦金融科技、數據及人工智能等領域。至於河套香港園區，將主力推動跨境科研，而新田科技城將作為河套區的自然延伸。"),
    ("wuhan", "https://m.sboyo.com/1/1471906.html", "zh-Hans",
     "时间:01-20人气:23作者:媚儿小窝\n武汉光谷是国家级的。2001年国家批准设立东湖新技术开发区,就是光谷。光谷有华为、小米等大企业,还有武汉大学、华中科技大学等高校。国家每年给光谷很多资金支持,帮助发展高科技产业。光谷的GDP很高,是武汉经济的重要支柱。\n光谷的地位和作用\n光谷是中国光电子产业的核心基地。这里聚集了上千家科技公司,比如烽火通信、长飞光纤。光谷还建有国家自主创新示范区,吸引全球人才。每年光谷举办光电子博览会,展示最新技术产品。国家把光谷和北京中关村、上海张江并列,都是国家级创新中心。"),
    ("zol", "https://cooler.zol.com.cn/134/1340118.html", "zh-Hans",
     "消费者购买电子产品的目的主要是获得使用价值,想要让评测内容尽可能为消费者和厂商提供更高的参考价值,就必须让测试方法和评定标准紧扣产品的核心价值点。对此,通过广纳用户建议,再经过平台组件事业部评测人员的商榷,最终决定PB-Zone笔记本散热器测试认证标准v1.0版本将主要围绕产品的七点要素。\n它们分别是人体功能学设计、散热性能、静音效果、扩展功能、做工用料、美观度、价格,这其中前三项占据最高的评定权重。下面我们以两页文章篇幅为读者简略介绍横评中我们即将考察的上述七点要素,解析它们与产品使用价值之间的关联以及我们的评测角度。\n● 足以判定产品成败的三点\n◎ 人体功能学设计——权重20%(主观多人评测)\n笔记本底座虽称之为散热器,实际上散热只是其功能之一。"),
    ("zhangjiang", "https://www.51cbd.com/zx-show-4913.html", "zh-Hans",
     "浦东张江.从咸菜小镇到“科学之城”:张江的逆袭之路\n上海市浦东新区腹地的张江科学城上坤国际广场,使用面积仅220平方公里,却已成为中国创新版图上的标志性建筑。这里坐落着中科院上海药物研究所、商飞上海飞机设计研究院等众多科研机构,在芯片、药械等领域诞生了众多国内“首创”。然而,30多年前,这里还是一片以荸荠、红菱、雪里蕻为“三宝”的乡野沃土。如今,张江已从咸菜小镇逆袭为“科学之城”。\n三大先导产业全国领跑\n张江在集成电路、生物医药和人工智能三大先导产业上表现突出:\n集成电路:张江是国内集成电路产业链最完备的区域之一,2023年产业规模达2192亿元,约占全国五分之一。"),
    ("hefei", "http://big5.china.com.cn/gate/big5/sl.china.com.cn/2024/0618/195198.shtml", "zh-Hant",
     "安徽合肥 創新高地的成功秘訣\n\n量子資訊、聚變能源、深空探測三大科創高地加快建設,各類先進生産要素加速向科創“高地”集結……最近,安徽省合肥市頻頻傳出創新捷報。2024年一季度,合肥高技術製造業增加值增長42.4%,同比提高7.5個百分點,新能源汽車産量增長28.8%,積體電路出口增長31.4%,新質生産力加快成長。\n\n打造科技創新策源地,是安徽打造“三地一區”(科技創新策源地、新興産業聚集地、改革開放新高地和經濟社會發展全面綠色轉型區)擺在第一位的任務。在5月16日國務院新聞辦公室舉行的“推動高品質發展”系列主題新聞發佈會上,安徽省委副書記、省長王清憲説:“我們有信心打造這樣一個科技創新的策源地,這個信心來自我們擁有的科技創新的實力和正在不斷深化的科技體制機制改革。”"),
    ("national", "https://fx361.cc/page/2023/0227/19292691.shtml", "zh-Hans",
     "■/ 何 眉\n实施创新驱动发展战略是我国应对环境深刻变化,把握发展自主权,提升核心竞争力和综合国力的必然选择(辜胜阻和马军伟,2010)。早在2006年,我国就提出加快转变经济增长方式、提高原始创新能力、建设创新型国家的战略目标。2009年,为应对全球金融危机和经济衰退的冲击,培育发展新动能,出台了《国务院关于发挥科技支撑作用促进经济平稳较快发展的意见》(国发〔2009〕9号),明确提出“要发挥国家高新区在引领高新技术产业发展、支撑地方经济增长中的集聚、辐射和带动作用”,旨在提高国家高新区建设水平,促进地方发展转型升级。在此背景下,国务院依托国家高新区的建设基础,启动和实施了国家自主创新示范区(以下简称“国家自创区”)建设。这是我国聚焦科技自立自强,破除体制机制障碍,解放、激发科技的巨大生产力,探索创新驱动发展全新路径的积极尝试和重大战略部署(方兰等,2022)。"),
]
add_web_round("web16", WEB16_RELEVANT_ZH, [], WEB16_TRAPS, all_tune=True)


# --- added round 17: a TUNING round like rounds 7, 8 and 10-16 (decided before any row was collected: every round-17 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: ENGLISH only, the Zhongguancun side (the English Beijing-centre rows of this period are round 18, collected by another
# helper at the same time): everyday English news about Zhongguancun's own tasks, from China Daily and its regional / syndicated
# copies (chinadaily.com.cn/m/beijing/zhongguancun, covid-19.chinadaily, regional.chinadaily, exploringtianjin, bjzpark.spotlightbeijing,
# a spam-headed mirror y3k9.com), SCMP, chinafrica.cn, beijing-haidian.com, wb.beijing.gov.cn, a Pakistani business site (biztimes.pk),
# an AI-written summary aggregator (reportify.ai), a Chinese trade-press translation (520ady.cn, eeFocus interview), a travel site,
# a UK start-up handbook and an IP blog (newasiainnovation).  20 relevant en (3 with no code), 8 traps (all en).
# Relevant en: China's first IP service alliance and IP financing for ZGC companies (China Daily 2013), ZGC approved as a national IP
# service cluster demonstration zone (beijing-haidian 2016), the ZGC IPOS IP service platform (blog), the ZGC Angel Fund of Funds
# (China Daily 2015), the 2022 ZGC IP Forum (wb.beijing.gov.cn), the 7-km start-up street plan (China Daily 2015), Garage Cafe on
# Inno Way (SCMP 2018), ZGC incubators (entrepreneurhandbook 2017), a ZGC start-up feature (chinafrica 2014; no code), the 2018
# Zhongguancun Innovation Forum for Z-Park's 30th birthday (China Daily; not the ZGC Forum, no code), Binhai-ZGC park in 2021
# (regional.chinadaily 2022), the Baoding ZGC Innovation Center (China Daily 2017), the Baodi Beijing-Tianjin ZGC Science Town
# (exploringtianjin 2024), the ZGC IC Design Park before opening (520ady 2018), the ZGC Belt and Road association's LOI with
# Pakistan's STZA (biztimes.pk 2022), Haidian's AI companies as the core of the ZGC AI large-model cluster (reportify summary), ZGC
# talent resources (China Daily 2011), ZGC's 13th Five-Year results (bjzpark 2021), Q1 2018 revenue and R&D figures (Xinhua via a
# mirror; no code), a travel-site profile listing the sub-parks.
# Traps: the Hailong PC mall in 'Beijing's technology district' (ZDNet; `mall`), Optics Valley's start-ups naming Beijing in passing
# and the Hubei Youth Pioneer Park in Optics Valley (`wuhan`), Zhangjiang High-Tech Park (Shanghai Daily; `zhangjiang`), Suzhou
# Industrial Park 'the country's next Silicon Valley' (`suzhou`), Hsinchu Science Park (Taiwan Today; `taiwan`), 'Forget Beijing
# and Shanghai' Shenzhen feature (`shenzhen`), a student blog living near Wudaokou in Haidian (`passing`).
# Excerpts are 3-10 sentences copied as the pages have them (headers, bylines, 'L M S', 'Print Print', 'Zhongguangcun' and
# 'Zhungguancun' misspellings, 'Zhongguan' for Zhongguancun, '$ 41.18 billion', the reportify '[2][3]'
# markers, '(| Updated', the blog's 'Hong\nKong' line breaks and the wb.beijing.gov.cn excerpt's mid-word end 'poten' left in);
# several skip a sentence or paragraph: beijing-haidian (Liu Yinchun's further remarks), newasiainnovation (one sentence), the
# Angel-fund row (a repeated headline and photo caption; its last sentence, whose 'and the Zhongguancun Administrative Committee'
# shares a 40-character window with earlier rows), wb.beijing.gov.cn (Li Zhong's paragraph and the start of Lei Xiaoyun's), the
# 2018 Innovation Forum row (a paragraph, and the organiser sentence, shared window 'the administrative committee of Zhongguancun'),
# the Binhai row (its fund paragraph, shared window 'companies in the Beijing-Tianjin-Hebei region'), the Baoding row (two sentences
# on the boron company), bjzpark 2021 (its opening sentence, shared window 'an international science and technology innovation
# center', and the patent paragraphs), y3k9 (the spam header and the revenue sentence, shared window 'according to the Beijing
# Municipal Bureau of Statistics'), entrepreneurhandbook (menu and the 'Haigui' profile sentence), chinafrica (the site menu),
# biztimes.pk (one sentence) and the taiwan, shenzhen, suzhou, wuhan and passing traps.
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass check()
# with no problem; none of the pages is in /work/shared/benchdata.  Dropped as used or telling an earlier row's story: the Tel Aviv
# liaison office (chinadaily used; ecns / Xinhua copies the same story), the 2017 green-card points pilot and Albert Fert pages,
# the 2016 entry-exit service centre, the 2002 returnee statistics (tsinghua.edu.cn), the London office, the 2022 standardisation
# week (web7-rel-zh14) and the 2016 standardisation association (used), the 2020 VC campaign and anti-epidemic loan (infosurhoy,
# bjzpark 2020-05 tell web13-rel-en10 / web6-rel-en03), the 2016 Binhai opening (Xinhua 2016-12, the web8-rel-en06 story), the
# Baodi 2024 forum (tianjin.chinadaily: its park name 'Beijing-Tianjin Zhongguancun Science and Technology' shares windows with
# web7-rel-en06 in every sentence), the Life Science Park 2023 and 2025 pages (used / Caixin copy of the used inkl story), the 2017
# AI plan and 2019 AI statistics, the Jingxi AI park, the IP model park's 15th anniversary (chinaipmagazine; sipo page used), the
# 2020 Forum press conference, the 2002 Software Park / Oracle pages, the IC design park's 2015 signing (bjcapitalland; round-7
# start-of-construction story) and the 2015 IP and Standardization Street (same Haidian IP cluster as the 2016 row, kept once).
# Labels (README rules, rounds 2-16 readings) plus: Z2 + Z2.3 + Z2.5 for an IP service alliance of 53 firms set up in ZGC together
# with a 26-billion-yuan IP-financing credit line and a patent-backed loan for ZGC companies; Z2 + Z2.1 for ZGC IP reform (the
# national IP service cluster demonstration zone, the IPOS platform piloted in ZGC, ZGC Science City's IP operation service system
# and high-value patents 'in pilot reforms'); Z2 + Z2.3 for the ZGC Angel Fund of Funds; Z3 + Z3.4 for ZGC incubators and Inno Way,
# with Z5 + Z5.4 for renovating the 7-km street into an innovation centre; Z5 + Z5.12 for the Binhai, Baoding and Baodi parks, with
# B5 where Baodi industrialises achievements of Beijing's ZGC resources (round 16's reading); Z5 + Z5.5 for the ZGC IC Design Park
# (named in 004's Z5.5); Z7 + Z7.6 for the ZGC Belt and Road association's LOI; Z4 + Z4.6 for the ZGC AI large-model cluster; Z6 for
# ZGC talent statistics (Thousand Talents, returnee firms); Z1 for ZGC firsts in AI chips, CPUs, drugs and materials (as
# web5-rel-en04), with Z2 + Z2.2 + Z6 for the shortened green-card time for foreign talents; Z5 for the sub-park list.
# Doubtful round-17 rows (kept, flagged here): en01 (Z2.5 for an IP service alliance), en03 (a blog summary; Z2.1 from 'piloting IP
# Systems'), en05 (Z2.1 from a speaker's hope for ZGC Science City; B6 left out for the title's 'two zones'), en06 (Z5.4 for a street
# renovation), en13 (B5 from one sentence), en14 (Z5.5 for a park described before its opening; Z5.3 'specialized parks' and Z4.6
# left out), en16 (an AI-generated summary; Z1.7 left out for Haidian's public computing platform, not in the excerpt), en18 (Z1 from
# a results list; Z1.6 left out for R&D-expense statistics; Z2.2 + Z6 from one sentence), en20 (Z5 for a travel site's old park
# list), en09 / en10 / en19 (relevant, no code: a start-up feature, a domestic anniversary forum, revenue statistics).  Codes left out
# on purpose: Z7.7 for the 2018 'Zhongguancun Innovation Forum' (a magazine's forum, not the ZGC Forum), Z2.3 for the Binhai-ZGC fund
# (paragraph dropped), Z3.2 for the Baodi 'concept verification' service (a ZGC service exported, read as Z5.12), Z6 for the
# entrepreneurhandbook 'Haigui' profile (sentence skipped).
# Hard traps: mall01 is a Zhongguancun PC mall never named as such, wuhan02 names Beijing and 'Silicon Valley', shenzhen06 names
# Beijing twice and a job at Intel in Beijing, passing07 is Haidian / Wudaokou, suzhou04 and wuhan08 use incubator and
# 'pioneer park' vocabulary (Z3.4, Z6.9), zhangjiang03 'institutional and mechanism reforms' (Z2's vocabulary).
# Not found (no usable, unused English page): Z7.7 (every Forum year used), Z7.4 (liaison offices used), Z7.9 (standards pages used),
# Z6.9, Z4.7 (commercial-space pages are Beijing-wide / E-Town), Z1.x measures, Z3.x beyond Z3.4, a second `mall` blog (all used),
# a `passing` page naming Zhongguancun.
# Round 17 relevant English rows: (url, text, labels)
WEB17_RELEVANT_EN = [
    ('http://www.chinadaily.com.cn/m/beijing/zhongguancun/2013-08/02/content_16866721.htm',
     "Home> News\nChina’s first intellectual property service alliance established in Zhongguancun\nBy Guo Yiming (chinadaily.com.cn)\nUpdated: 2013-08-02\n\nA launching ceremony for China’s first intellectual property service alliance was held in Beijing’s Zhongguancun Science Park on July 30, and a total of 53 intellectual property service companies became members.\n\nIn addition, the Beijing Intellectual Property Bureau and seven commercial banks signed a strategic cooperation agreement for intellectual property financing.\n\nA director of the Department of Planning at the State Intellectual Property Office said that \"the establishment of the alliance is a valuable attempt for Zhongguancun to vitalize existing resources for innovative development,\" and he also said that it is \"another giant step to realize a cluster effect for intellectual property services.\"\n\nAn official with the Beijing Intellectual Property Bureau said that the alliance is expected to facilitate the development of emerging industries with strategic importance by offering professional and quality services for Zhongguancun companies.\n\nThe cooperation agreement signed between the Beijing Intellectual Property Bureau and seven commercial banks – including Bank of China (BOC) and Bank of Beijing (BOB) – requires the banks to provide a total credit loan of 26 billion yuan ($4.2 billion) and other financial support for Zhongguancun companies. Beijing’s Potevio Company received a credit of 200 million yuan ($32.64 million) from BOB, using its patents as collateral.",
     ['Z2', 'Z2.3', 'Z2.5']),
    ('http://www.beijing-haidian.com/2016/0504/36096.html',
     "home > science tour > science > Zhongguancun Becomes IP Service Cluster Demonstration Zone\n\nZhongguancun Becomes IP Service Cluster Demonstration Zone\n\n2016-05-04 15:00:36Share:\n\nZhongguancun beijing-haidian.com\n\n\n  A Zhongguancun (located at Beijing's Haidian District) intellectual property promotion meeting was held in Beijing on April 29, at which the State Intellectual Property Office approved Zhongguancun as one of the first national demonstration zones for IP service cluster development.\n\n\n  Liu Yinchun, deputy secretary general of Beijing’s municipal government, said that all personnel should focus on scientific and cultural innovations as a developmental foundation, effectively carry out an innovation-powered development strategy, and continue to improve development quality and benefits. IP will play a very important role in the process.\n\n\n  Gan Shaoning, deputy director general of the State Intellectual Property Office, pointed out that Zhongguancun has made great strides over the past three years, and its new role as a national demonstration zone for IP service cluster development was proof of its achievements.",
     ['Z2', 'Z2.1']),
    ('http://www.newasiainnovation.com/ipos-platform-commercialization-of-zhongguancun-innovation/',
     "Pages Navigation Menu\n\nIPOS Platform: Commercialization of Zhongguancun Innovation\n\nIPOS Platform: Commercialization of Zhongguancun Innovation\n\nLately, Zhongguancun has been piloting IP Systems, innovation and management in operational mechanisms. Currently, it is looking to achieve an innovative and integrated service platform for IP for establishing a correlation between capital and technology.\n\nThe Background\n\nFor many years, Zhongguancun has dispersed its IP resources among SOEs, colleges and educational institutions as well as research institutions and government enterprises. However, lack of timely integration has failed to mobilize IP strategy implementation in the post development era.\n\nIn August 2009, CTEX became a part of Zhongguancun. According to the president of CTEX, it had only one focus, that is, of integrating technology with service and capital. Subsequently, CTEX, along with Beijing East Linden Co., Ltd, China Intellectual Property and Peking University IP Law School launched the Intellectual Property One Stop (IPOS) Service.",
     ['Z2', 'Z2.1']),
    ('http://www.chinadaily.com.cn/regional/2015-10/22/content_22365457.htm',
     "US EUROPE AFRICA ASIA 中文\nChina / Regions\n\nZhongguancun releases first Angel Investment funds\n\nBy Wang Sujuan and Liu Yiyi (chinadaily.com.cn) Updated: 2015-10-22 15:25\n\nChina’s first fund for Angel Investment - the Zhongguancun Angel Fund of Funds-- was launched on October 21, during the National Week of Mass Entrepreneurship and Innovation, according to the Zhongguancun Administrative Commission.\n\nThe fund will promote Angel Investment and help the Zhongguangcun science park becoming a national innovation center, the commission said.\n\nIn addition, the fund will provide sound assistance to the country’s startup businesses.\n\nThe total scale of the fund is one billion yuan ($157 million), of which the first phase will reach 300 million yuan ($47.19 million). The fund is managed by the Zhongguancun Development Group, a corporation in the science park run by the Beijing government and major foundations and enterprise institutions.\n\nZhongguancun Development Group and Tsinghua Holdings, –run by Tsinghua University, founded the fund as sponsors.",
     ['Z2', 'Z2.3']),
    ('https://wb.beijing.gov.cn/en/policy_release/further_opening_of_the_service_sector/202211/t20221124_2865436.html',
     "2022 Zhongguancun Intellectual Property Forum Empowers \"Two Zones\" Development\nDate: 2022-04-30\nfontSize:   big middle small\n\nOn the 22nd World Intellectual Property Day, the 2022 Zhongguancun Intellectual Property Forum was successfully held online. In the forum, Haidian District of Beijing released the 2021 Intellectual Property White Paper and launched the 2022 China Haidian High-Value Patent Competition. The Beijing Intellectual Property Court released ten typical cases of judicial protection of computer software.\n\nAs the core zone and a pacesetter for Beijing's role as  the international center for  innovation, Zhongguancun Science City takes a major part in pilot reforms. It is hoped that Haidian District and Zhongguancun Science City will give full play to the intellectual property operation service system and cultivate more high-value and core patents so that we can unleash the poten",
     ['Z2', 'Z2.1']),
    ('http://covid-19.chinadaily.com.cn/usa/china/2015-11/23/content_22510243.htm',
     "High-tech hub draws business start-ups\nUpdated: 2015-11-23 08:18\nBy Hu Yongqi(China Daily)\n|\n||||||||\nZhongguancun, dubbed China's Silicon Valley for its high-tech products and services, intends to transform from an electronics-dominated enterprise zone into an innovation-oriented incubator by focusing on business start-ups.\nIn a plan announced last month by the tech hub, a 7-kilometer street from Tsinghua University in the north to the Capital Gymnasium in the south will be renovated into an innovation center that centers on smart hardware, Internet-plus businesses, cultural industry and other sectors.\nThe new focus is expected to draw young entrepreneurs who are starting their own businesses after accumulating research experience at universities and institutes that create innovation incentives.\nChu Xiaowei, a 29-year-old engineer for a newly-founded Internet company Minglue Data Co, said his contemporaries like to gather to share their many novel ideas about the Internet industry.\n\"Many of my peers in Zhongguancun have creative ideas about the Internet that can be carried out to make good products,\" he said.",
     ['Z3', 'Z3.4', 'Z5', 'Z5.4']),
    ('https://www.scmp.com/tech/start-ups/article/2172713/zhongguancun-beijings-innovation-hub-centre-chinas-aim-become-tech',
     "Zhongguancun: Beijing’s innovation hub is at the centre of China’s aim to become a tech powerhouse\n- It is home to nearly 9,000 high tech firms, including some of China’s biggest internet firms, such as Nasdaq-listed Baidu and Sina\nA combination of talent, money and government support makes Zhongguancun the closest equivalent in China to Silicon Valley.\nAt the entrance to the Garage Café in Beijing’s Zhongguancun, a slogan reads “you are just one garage away from entrepreneurship, one coffee away from innovation”.\nWith its name inspired by Steve Jobs’ Apple Garage, the cafe located on the 220-metre-long Zhongguancun Inno Way, a government-backed incubation zone for start-ups, is not designed for everyday coffee chat but more as a place to help ideas meet capital with the aim of finding the next big thing in technology.\n“In the good old days, techies could land investment with nothing but ideas. Now investors are getting picky as we enter a capital winter. But Zhongguancun is still the place to be for anyone who wants to set up their own tech business in China,” said Zhang Xiyang, manager of Garage Café.",
     ['Z3', 'Z3.4']),
    ('http://entrepreneurhandbook.co.uk/chinese-accelerator-and-incubator-programs-zhongguancun-science-park/',
     "Chinese accelerators, innovation works & legendstar\n\nFind out about the startup scene in Beijing and Zhongguancun Science Park, the so called silicon valley of China\nFiona Huang\n\n/ Last updated on 30th October 2017\n\nAn accelerator or coffee shop in China\n\nZhongguancun Science Park in Beijing is the so-called Silicon Valley in China, it has all the elements needed to make a hungry and ambitious young entrepreneur succeed. Why do they choose Zhongguancun regardless of the serious air pollution? Because it has countless incubators, accelerator programs and startup grants as well as venture capital funds.\n\nRelated: The Chinese startup scene, a gold rush or minefield?\n\nIncubators and accelerator programs\n\nThe flagship incubators in Zhongguancun are Innovation Works, Legendstar, Tsinghua Science Park, Huailongsen International Enterprise Incubator, Beijing Zhongguancun Shijingshan Science Park, Bo Ao Liang Chuang and a lot more to come. These incubators incubate more than 3,000 startups per year.",
     ['Z3', 'Z3.4']),
    ('http://www.chinafrica.cn/business/txt/2014-11/04/content_649389.htm',
     "Business  \n \nVOL.6 November 2014\nBusiness Incubator\nBeijing's Zhongguancun sees its Silicon Valley dream coming true\nBy Yuan Yuan\n\nEntrepreneur He Bofei, CEO of Deep Glint, epitomizes the spirit of innovative energy in Zhongguancun\n\nWhen China's biggest online commerce company Alibaba rang the bell at the New York Stock Exchange on September 19 and its CEO Ma Yun became the wealthiest man in China, Yang Yong, a graduate from Peking University, was also in the United States, sharing his experience of Chinese-style group funding.\n\nYang, now president of Peking University's Alumni Venture Association, met students at Harvard, Massachusetts Institute of Technology, Stanford as well as people from Silicon Valley who were interested in Chinese business start-ups.\n\nWith Ma claiming he would help fledgling entrepreneurs start a business, Yang said the funding plans of his group, which operates in a \"smarter\" way, will be just as popular in a few years. While Ma's headquarters are in Hangzhou, Zhejiang Province, Yang has chosen Beijing's Zhongguancun area, considered the center of business start-ups in China.",
     []),
    ('http://www.chinadaily.com.cn/m/beijing/zhongguancun/2018-05/11/content_36198826.htm',
     "• Zhongguancun 2013\nZ-Park to turn 30 years old\n( chinadaily.com.cn )\nUpdated: 2018-05-11\n\nZ-Park to turn 30 years old\n\nAn aerial view of the Zhongguancun Science Park in Beijing [Photo/chinadaily.com.cn]\n\nThe 8th Zhongguancun Innovation Forum will kick off in Zhongguancun Science Park (Z-Park) on May 18 to celebrate its 30th birthday.\n\nThemed on \"A Tribute to 30 Years of Zhongguancun's Innovative Development\", the forum will invite government officials, enterprise representatives, leading experts and Zhongguancun entrepreneurs to deliver speeches on the spirit, culture and future of Z-Park.\n\nThese activities will be available live on Sina.com to showcase Zhongguancun's 30 years of development from a small pilot zone in Haidian district to a global innovation center covering 16 sub-parks.",
     []),
    ('http://regional.chinadaily.com.cn/tianjin/binhain/2022-01/26/c_703470.htm',
     "Regional coordinated efforts accelerate in Binhai\n\n(| Updated : 2022-01-26\n\nPrint Print\n\n\nBinhai-Zhongguancun Science Park [Photo/Jinyun]\n\nBinhai-Zhongguancun Science Park, an exemplar of coordinated innovation in the Beijing-Tianjin-Hebei region in Tianjin’s Binhai New Area, is welcoming 12 new players in the healthcare, intelligent technology, new material and service sectors.\n\nIn 2021, the science park saw an increase of over 1,000 members to hit 3,000 in total. Most of them are focused on high-tech and green development.\n\nLast year, companies in the park saw notable development in revenues, among which strategic emerging industries saw income growth of 248 percent.",
     ['Z5', 'Z5.12']),
    ('https://global.chinadaily.com.cn/business/2017bch/2017-02/22/content_28301565.htm',
     "China's 'Silicon Valley' expands\nStaffers at work for a company that is located in the Tianjin (Binhai) Zhongguancun Science Park. [Photo/Xinhua] |\nWidely known as \"China's Silicon Valley\", the Zhongguancun technology hub in Beijing has been expanded into the nearby Hebei province and Tianjin in an attempt to integrate resources and talent from the three regions, as per the Beijing-Tianjin-Hebei integrated development strategy.\nFounded in Hebei in April 2015, the Baoding Zhongguancun Innovation Center is the first of its kind to be built outside Beijing. About 90 companies and startup teams have opened offices in the center, half of which are from the Chinese capital.\nHu Dehui, general manager of the center, said: \"We are dedicated to implementing the innovation culture of Zhongguan into the projects. In that culture, change is the only thing unchanged, and innovation happens at all times.\"\nFounded in 2016, the Jiuwu Boron Industry Co at the center focuses on the research and application of boron-related technologies.\nAn said he visited other industry parks before deciding to move to the center.\nHe said: \"Officials from the Zhongguancun administrative committee are active to offer help, and we can get access to more and better resources, including senior experts, on the platform.\"",
     ['Z5', 'Z5.12']),
    ('http://www.exploringtianjin.com/2024-05/31/c_992006.htm',
     "Tianjin Updates\n\nBaodi banks on tech town for development engine\n\n\nUpdated: 2024-05-31\n\n\nTianjin's Baodi district has leveraged the strategy of advancing coordinated development in the Beijing-Tianjin-Hebei region, focusing on creating a model area for industrial and urban integration between Beijing and Tianjin. This effort has led to significant achievements in developing new productive forces.\n\nBaodi Beijing-Tianjin Zhongguancun Science Town was the first major investment project by Zhongguancun outside Beijing. The district has prioritized the science town to deepen its cooperative connections with Beijing, the Zhongguancun Management Committee and the Zhongguancun Development Group.\n\nBy closely collaborating with Zhongguancun's scientific and technological resources, Baodi plays an important role in transforming and industrializing technological achievements.\n\n\nOn one hand, it strives to boost the technology service industry. Leveraging platforms like Peking University Science Park, the district has introduced 203 services launched by Beijing's Zhongguancun in Science Town, including two major service systems for intellectual property and concept verification from Zhongguancun.",
     ['Z5', 'Z5.12', 'B5']),
    ('http://520ady.cn/en/article-14686-19283.html',
     "IC Industrial Park 3.0: Powering Growth Through Clustering?\n\nColumn:Industry news Time:2018-06-13\n\nThe Era of IC Industrial Park 3.0: Agglomeration Effect Drives Rapid Development of the IC Industry\n\nThe U.S. sanctions against ZTE drew global attention to China's IC industry. The development of this industry requires talent, technology, and, crucially, the physical space to host it along with supporting services. Whenever a new technology emerges, it attracts numerous entrepreneurs to gather for design, R&D, and production. This led to the creation of parks like Zhongguancun Information Industry Park and Zhongguancun Software Park, which foster agglomeration effects to rapidly advance the industry. Similarly, the IC industry needs such specialized parks to integrate the upstream and downstream segments of the chain and promote healthy development. Zhongguancun Integrated Circuit Design Park (IC Park) is one such park tailored specifically for the IC industry.\nActing as a Service Provider to Help Tenants Grow Bigger and Stronger",
     ['Z5', 'Z5.5']),
    ('https://biztimes.pk/stza-and-zbra-sign-loi-to-promote-scientific-and-technological-knowledge-ecosystem/',
     "STZA and ZBRA sign LOI to promote scientific and technological knowledge ecosystem\n\nZhongguancun Belt And Road Industrial Promotion Association of the People’s Republic Of China (ZBRA) and Special Technology Zones Authority (STZA) have signed a Letter to Intent (LOI) at a virtual ceremony to promote high-quality science and technological exchanges between China and Pakistan. The LOI was signed by Mr. Zhang Xiaodong, the President ZBRA, and Mr. Amer Hashmi, the Chairman of STZA in the presence of Mr. Moin ul Haque, Pakistan’s Ambassador to the People’s Republic of China, and Mr. Khalid Mansoor, the PM Special Assistant on CPEC Affairs.\n\nUnder the framework of China Pakistan cooperation, ZBRA will jointly work with STZA on deepening all-around cooperation among academic institutions, R&D centers, industries, and technological enterprises of the two countries. Both parties aim to facilitate exchanges between high-tech enterprises of both countries in the areas of Semiconductors, Cloud Computing, Artificial Intelligence, Robotics, FinTech, Blockchain, and Biotech for mutually beneficial cooperation.",
     ['Z7', 'Z7.6']),
    ('https://reportify.ai/social-media/704019590410929',
     "Core Viewpoint - Haidian District is emerging as a significant hub for AI innovation, attracting talent and investment, and fostering a robust ecosystem that supports the development of AI technologies and applications [2][3][4]. Group 1: Haidian's Innovation Ecosystem - Haidian has become a focal point for tech innovation, with over 20,000 external investment personnel active monthly and numerous unicorns emerging from the area [2]. - The district accounts for 2.6% of Beijing's land but generates over 25% of the city's GDP, hosting more than 70% of the nation's AI companies and 80% of top global AI scholars [3]. - The area is home to over 100 AI companies, establishing itself as the core of the \"Zhongguancun AI Large Model Industry Cluster\" [3]. Group 2: Historical Context and Development - Haidian has historically been linked to every wave of AI development in China, from early expert systems to the current era of deep learning and large models [6][7].",
     ['Z4', 'Z4.6']),
    ('http://www.chinadaily.com.cn/m/beijing/zhongguancun/2011-12/16/content_14089530.htm',
     "Home> Why Zhongguancun\nAdvantageous resources of Zhongguancun\n\nAdvantageous resources\n\nThe Zhongguancun Science Park is one of the regions with the most intensive talents and educational resources in China and even in the world. The educational resources in the park include:\n\nAs many as 32 higher educational institutions are located in the park, including Peking University and Tsinghua University.\n\nAs many as 206 national and provincial research institutions are in the park.\n\nMembers of the Chinese Academy of Science and the Chinese Academy of Engineering working in the park account for 36 percent of the nation's total.\n\nBy August of 2011, there are 418 talented working staff members involved in the nation's \"One Thousand Talents Program\" in Beijing, of which Zhongguancun has 80 percent.\n\nThere are more than 15,000 overseas returnees in Zhungguancun, who have established more than 6,000 enterprises in the park.\n\nZhongguancun has become a region with the most enterprises founded by overseas returnees in China.",
     ['Z6']),
    ('http://bjzpark.spotlightbeijing.com/2021-03/12/c_603330.htm',
     "Building world-leading technology park\n\nchinadaily.com.cn | Updated: Mar 12, 2021 L M S\n\nFrom January to November 2020, the research and development expenses of enterprises above designated size in the park reached 267.58 billion yuan ($ 41.18 billion), about 2.45 times that of the same period in 2015, and accounted for 4.4 percent of the total income of ZGC enterprises in 2020.\n\nDuring the past five years, in the field of artificial intelligence, Zhongguancun created the world's largest autonomous driving test base, and the world's leading deep learning smart chip.\n\nIn the field of integrated circuits, the country's first general-purpose CPU and FPD-EDA full-process solutions emerged here.\n\nIn the field of biomedicine, anti-cancer treatment drugs and inactivated vaccines for COVID-19 have been developed.\n\nAs to new materials, major achievements such as flexible display technology and the first generation of graphene biochips have emerged.\n\nIn addition, the time for high-level foreign talents to apply for \"green cards\" has been greatly reduced.",
     ['Z1', 'Z2', 'Z2.2', 'Z6']),
    ('http://y3k9.com/a/201806/12/WS5b1f668ea31001b82571fe93.html',
     "• News\nZhongguancun's high-tech sector up 14.6% in revenue growth\n( Xinhua )\nUpdated: 2018-06-08\n\nZhongguancun's high-tech sector up 14.6% in revenue growth\n\nPhoto taken on May 14, 2018 shows Zhongguancun’s symbolic sculpture. [Photo provided to chinadaily.com.cn]\n\nIndustries in environmental protection, electronics and information, new materials, new energy and energy-saving technology, bioengineering and medicine, as well as advanced manufacturing all saw fast growth, with total revenue exceeding 918 billion yuan.\n\nBy March, Zhongguancun Science Park had about 547,000 research and development personnel. R&D investment grew nearly 20.3 percent year-on-year to about 40.2 billion yuan during the period.\n\nZhongguancun is one of the country's most important innovation centers and is home to high-tech enterprises like Lenovo and Baidu.",
     []),
    ('http://www.topbeijingtravel.com/beijing-economy-technology/beijing-zhongguancun-science-park.htm',
     "Beijing Zhongguancun Science Park\n\nZhongguancun Science Park, also called Z-park in brief, is the center of Beijing hi-tech industry, enjoying in fame as “the Chinese Silicon Valley”. Z-park is located in the northwestern Beijing in Haidian District. Lying between two famous Chinese universities, Tsinghua University and Peking University, there is a positive development feature in western experts’ predictions. That because Standford University played a key role during the Silicon Valley development period which has the same situation with Zhongguancun.\nSub-park of Zhongguancun Science Park\nThe Zhongguancun Science Park, the first hi-tech one at the state level, is composed of\nHaidian Development Area\nFengtai Development Area\nChangping Development Area\nElectronics Town\nYizhuang Science and Technology Development Area\nDesheng Development Area·\nYonghe Development Area\nShijingshan Development Area\nTongzhou Development Area\nDaxing CBP",
     ['Z5']),
]
# Round 17 traps: (kind, url, lang, text)
WEB17_TRAPS = [
    ('mall', 'https://www.zdnet.com/article/shadowy-shopping-at-the-beijing-pc-mall/', 'en',
     "Shadowy shopping at the Beijing PC mall\n\nBuying a PC in China is like shopping at a farmers market, but certain shoppers might find themselves with an uninvited tour guide.Photos: A tech trek in Beijing\nWritten by Tom Krazit, Contributor\nBEIJING--Finally, after a week in China, I let my mind wander into a spy novel filled with chilling intrigue and discount notebook PCs.\n\nLast week during the Intel Developer Forum, Intel arranged a visit on Friday to the Hailong PC Mall, a bustling six-story building in the heart of Beijing's technology district. PC malls are the primary outlet for PC shopping in China, and they are different than wandering around Best Buy or ordering online.\n\nThe mall is really made up of dozens of kiosks covering 20,000 square feet, most of which are rented from the mall's owner. MP3 players and desktops are hawked on the first floor, flash memory and associated gadgetry on the second, and notebook PCs on the third. Components such as motherboards and hard drives are available on the upper floors. All in all, this particular mall did business worth 3.3 billion yuan ($423 million) last year."),
    ('wuhan', 'http://aolaikelin.cn/a/201907/29/WS5d3e5017a310d8305640175a_1.html', 'en',
     "Optics Valley, the cradle of star startups\nAfter more than 30 years, the Wuhan development zone has turned itself into a mecca for innovative companies\nEditor's Note: As the People's Republic of China prepares to celebrate its 70th anniversary on Oct 1, China Daily is featuring a series of stories on the role regions have played in the country's development and where they are today.\nOptics Valley in Wuhan, the capital of Hubei province, has long been hailed as the country's version of Silicon Valley, due to the booming number of successful startup businesses it has attracted.\nEstablished in 1988, the 518-square-kilometer development zone is home to 42 universities, 56 national and provincial research institutions, 65 academicians and more than 300,000 professionals.\nIts major industries include optoelectronics, biomedicine, energy saving and environmental protection, high-end equipment manufacturing and modern service industries.\nA number of startup companies in Optics Valley have hit the headlines in recent years due to their innovations and cutting-edge technologies. The startups are also attracting talented people from Beijing, Shanghai and Guangzhou, and even overseas, because of the dynamic atmosphere and preferential policies in Optics Valley."),
    ('zhangjiang', 'https://archive.shine.cn/business/benchmark/Tech-pacesetter-in-synch-with-changing-times/shdaily.shtml', 'en',
     "Tech pacesetter in synch with changing times\nThe Zhangjiang High-Tech Park in Pudong was one of Shanghai’s pioneer zones in technology development and, like technology, it has to change to keep up with the times.\nThe zone, established in 1992, has been at the forefront of industries such as life sciences, software, semiconductors and information technology. It is now undergoing a transformation to place heavier emphasis on integrated industry structures, improved financial systems, enhanced lifestyle amenities and the creation of an environment conducive to innovation and entrepreneurial talent.\n“We are now more focused on institutional and mechanism reforms along with our emphasis on innovation and scientific achievement,” said Ma Wengang, head of the innovation division on the park’s management committee.\nZhangjiang is home to projects like the Shanghai-based National Center for Protein Science, 12-inch wafer plants for chips with the most advanced technologies and the national level Zhangjiang Biotech and Pharmaceutical center, better known as “Drug Valley.”\nThere are more than 400 research centers in park, including 133 set up by multinational companies such as Honeywell and SAP."),
    ('suzhou', 'https://www.globenewswire.com/news-release/2016/12/20/899200/0/en/Suzhou-Industrial-Park-Leading-the-Way-to-a-More-Creative-Future.html', 'en',
     "Suzhou Industrial Park: Leading the Way to a More Creative Future\n\nShanghai, CHINA\n\nSUZHOU, China, Dec. 20, 2016 (GLOBE NEWSWIRE) -- Chinese firms need to innovate or face oblivion – that was the message from the country’s President Xi Jinping at the G20 summit this year.\n\nHe said rising protectionism and a sluggish global economy meant “supply side reform” was necessary.\n\nIt is a call to action that has not gone unheeded in Suzhou Industrial Park (SIP), which is staying ahead of the game by rolling out a raft of initiatives to attract cutting-edge tech firms and encourage outdated plants to become cleaner, smarter and faster.\n\nTo make this happen, SIP is dishing out relocation payouts, tax breaks, interest-free loans, R&D grants and setting up incubators for a series of high-value industries, in the hope of becoming the country’s next Silicon Valley."),
    ('taiwan', 'https://taiwantoday.tw/news_amp.php?post=8356&unit=6', 'en',
     "Hsinchu is home to the nation's two top-tier universities--National Chiao Tung University and National Tsing Hua University; a leading research institute--Industrial Technology Research Institute; and the first science-based park--Hsinchu Science Park. Both the NCTU and the NTHU are leaders in the fields of electrical engineering, computer science and management, having also established a healthy rivalry in terms of attaining research and development firsts. The ITRI, founded in 1973 by the Ministry of Economic Affairs, conducts research and development in applied technologies for use in the private sector. But according to HSP Administration Director-General Huang Der-ray, it was the establishment of the park that played a significant role in the history of Taiwan's breakneck-paced high-tech development.\nThe HSP, dubbed Taiwan's \"Silicon Valley,\" is considered an engine room for the island's booming high-tech associated industries; interminably linked with many of the nation's--and the world's--leading high-tech enterprises in the areas of integrated circuits, computers and peripherals, telecommunications and biotechnology. Taiwan Semiconductor Manufacturing Co. Ltd., United Microelectronics Corp. and AU Optronics Corp all call HSP home."),
    ('shenzhen', 'https://close-up-hacking.blogspot.com/2016/05/chinas-high-tech-center-shenzhen.html', 'en',
     "Forget Beijing and Shanghai. China's economic future is emerging in Shenzhen. Formerly a collection of fishing enclaves next door to Hong\nKong that became the epicenter of China's manufacturing-driven miracle,\nShenzhen is reinventing itself again by staking its future growth on\nfinance, technology and culture.\nThe metropolis teeming with millions of migrant workers is home to some of China's biggest and hottest companies. Many are led by a new wave of young Chinese entrepreneurs hoping to build global brand recognition.\nInnovative new companies are drawn by Shenzhen's well-established manufacturing supply chains and transport links, proximity to Hong Kong's banking and financial expertise, and better traffic, milder weather and less air pollution than Beijing and Shanghai.\n\"Shenzhen is becoming the new frontier for technology because it has the infrastructure for whoever wants to turn their ideas into products,\" said Eric Pan, founder of Seeed Technology, a contract manufacturer for \"makers\" - tinkerers, hackers and inventors.\nPan quit a job at Intel in Beijing and moved to Shenzhen seven years ago."),
    ('passing', 'http://bananarchist.blogspot.com/2009/10/where-i-live-in-beijing.html', 'en',
     "Saturday, October 24, 2009\n\nwhere i live in beijing\n\nFor the past two weeks, I have been living teachers' dorms at the China University of Mining and Technology, in Beijing's Haidian district. I will be here for three more weeks, although next week I will be traveling to Taiwan to see my 95 year-old grandfather, and then to Wenzhou to see my cousin's newborn baby next weekend.\n\nOn the weekdays, I take four hours of language class at a private Chinese language school right near the Wudaokou subway station. It happens to be in the same complex of pink buildings where my dear someone lived four years ago, so sometimes I walk out to Chengfu Road at lunch and wonder which of these third-floor terraces, all decked with clothes hung out to dry, used to be hers. I have class until 3 p.m., and then I am free.\n\nI have no idea how many universities are in this area of Beijing -- at least ten? Maybe twenty? In any event, everywhere one turns one finds a different campus."),
    ('wuhan', 'https://zhll.com/Business/3122.html', 'en',
     "A drone-captured aerial image taken on March 16, 2024, shows the Wuhan New Energy Research Institute building in Optics Valley of China in Wuhan, Hubei province. WU ZHIZUN/XINHUA\nChina is expanding its network of high-tech industrial parks to drive innovation and new economic growth, with projects in Hubei province, including the youth pioneer park in Wuhan's Optics Valley, emerging as key platforms for research, entrepreneurship and advanced manufacturing.\nThe Hubei Youth Pioneer Park in the Wuhan East Lake High-Tech Development Zone, also known as Optics Valley of China — jointly developed by the Communist Youth League of Hubei, the development zone and Huazhong University of Science and Technology — has become a vibrant hub for young entrepreneurs.\nCovering 19,000 square meters with incubation and acceleration facilities, the park provides startups with a full-chain support system ranging from training and mentorship to financing and market access.\nBacked by provincial programs such as \"Talent Gathering in Hubei \"and \"Students Stay in Wuhan\", the park has incubated 254 enterprises and teams so far, including 61 founded by college graduates within five years of graduation."),
]
add_web_round("web17", [], WEB17_RELEVANT_EN, WEB17_TRAPS, all_tune=True)


# --- added round 18: a TUNING round like rounds 7, 8 and 10-17 (decided before any row was collected: every round-18 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: ENGLISH only, the BEIJING-CENTRE side (round 17, collected at the same time by another helper, takes English texts on
# Zhongguancun itself): everyday English news about Beijing's international S&T innovation centre and its six projects, most of
# which never name Zhongguancun.  Sources: Nature (advertisement feature), a Wikipedia mirror (workers.dev), labindex.ai, People's
# Daily English (Xinhua), PR Newswire (People's Daily report), internews.pk, C114, a China.org.cn copy on an unrelated domain
# (formacion-profesional-a-distancia), UrduPoint, a Chinese company site's English page (yinko), SCMP, China Banking News,
# PressReader (China Daily HK), chinaservicesinfo, CGTN, a spam-prefixed China.org.cn mirror (shenbo75), a trade-news aggregator
# (asia.world-trader, with the '鈥' mojibake for an em dash), Forkast, a spun-English blog (third-news), english.gov.cn (CGTN).
# 20 relevant en, 9 traps (all en).
# Relevant en: CIBR's founding and its 2021 junior-faculty programme (Nature), BIGAI (wiki mirror, '[edit]' and table pipes left
# in), BAAI's profile (labindex), Beijing's humanoid-robot application scenarios (Xinhua 2025) and Yizhuang's robotics cluster and
# 'Ten Measures for Embodied Intelligence Robots' (People's Daily via PR Newswire 2026), registered large AI models in the 2026
# government work report, the 2020 smart-city blueprint draft with 6G/quantum/brain-science deployment (C114), the 2024 6G test
# network and action plan, the 2020 government work report on high-end ('high-precision-sophisticated') industries, 5G, chips and
# AI scenarios (UrduPoint), the 2021 'two districts' first-anniversary digital-economy briefing (yinko), the State Council's 2023
# ~170 services-opening measures for Beijing (SCMP), the 2021 launch of the Beijing International Big Data Exchange (no code), a
# 2022 China Daily feature on trillion-yuan high-tech industries and the AI pilot zone, BDA (E-Town) statistics for Q1-Q3 2021
# (no code), the National IT Application Innovation Park's robots (CGTN 2026; no code), the 2025 BTH collaborative-innovation index
# report (Beijing's technology contracts to Tianjin-Hebei), the 2021 hydrogen-energy plan's BTH industry-chain targets, Chang'An
# Chain / ChainMaker's chips and ecosystem (Forkast 2021), the 2025 Beijing International Youth Innovation and Development Forum
# (spun English), the 2017 Beijing DRC briefing on Xiong'an and relocating ZGC high-tech industries (CGTN video page).
# Traps: Zhangjiang's photon science facilities (`zhangjiang`), Hefei high-tech zone's quantum industry, all lower-case as found
# (`hefei`), Zhejiang Lab's 2017 opening (`hangzhou`), the State Council's Hetao Shenzhen park plan (`shenzhen`), the 2018 national
# pilot reforms on researchers' autonomy briefed 'in Beijing' and the 2023 central measures for young S&T talent reported as
# 'Beijing has issued' (metonym for the central government) (`national`), a Yanqi Lake (Huairou) tourism day trip ending at the
# 'Science Exhibition Center', a China Daily housing feature on Beijing researchers priced out, and Beijing's three new subway
# lines (`passing`).
# Excerpts are 3-10 sentences copied as the pages have them (bylines, photo captions, 'Read More', '[edit]', table pipes, '鈥',
# mid-sentence ends left in); several skip a sentence or paragraph because it shares a 40-character window with earlier rows
# (the check's windows catch long proper names): labindex (its first sentence, 'The Beijing Academy of Artificial Intelligence
# (BAAI)'), people.cn (the 'Beijing Economic-Technological Development Area, also known as Beijing E-Town' sentence), prnewswire
# (its opening sentence naming the 'Yizhuang Economic-Technological Development Area (BDA)'), internews (the AI white-paper
# sentence), C114 (the sentence naming the 'Beijing Municipal Bureau of Economy and Information Technology' and the blueprint),
# formacion (the opening sentence naming the 'Beijing Municipal Science and Technology Commission'), pressreader (the opening
# 'global scientific and technological innovation center' sentence), chinaservicesinfo (its first sentence), CGTN (the Tiangong
# 3.0 sentence naming the humanoid-robot innovation centre), shenbo75 (the index's first paragraph; a porn-spam title line also
# left out), asia.world-trader (the plan's first target sentence naming the 'municipal bureau of economy and information
# technology'), and the shenzhen trap (the GBA, Hetao-name and NDRC sentences).  Long names such as 'international science and
# technology innovation center', 'Beijing Academy of Quantum Information Sciences' and 'Beijing Huairou Comprehensive National
# Science Center' are 40+ characters, so any page stating them fails the overlap check: this is why no Huairou, BAQIS or
# Changping-lab row could be kept (see below).
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass check()
# with no problem; none of the pages is in /work/shared/benchdata.  Dropped as used, as an earlier row's story or for the window
# check: the Huairou Science City 'Basic Information' page (hsc.beijing.gov.cn; its B1 sentence names the 'international science
# and technology innovation center'), the Baidu/BAQIS donation (techfoom; every B1 sentence names BAQIS in full), a 2015 E-Town
# profile (covid-19.chinadaily; 'scientific and technological innovation center'), two African-outlet pages on the April 2024
# foreign-journalists' Changping visit (kerrfatou, abpinfo; web3-rel-en11 and a used wb.beijing page tell that visit), the 2023 AI
# innovation-source plan (Global Times/UrduPoint; used in zh-Hant), the 2023 general-AI measures (tendenzblick), the benchmark-city
# implementation plan (english.beijing.gov.cn; the 2021 plan of round 4) and the 2021 digital-technology plan (asia.world-trader,
# the same plan), the Changping key-lab relocation (xinmeiw), the 2016 Huairou national lab (newsletter.cas.cn), the national
# blockchain centre (coinliberal, nerdben; web5-rel-en09), the 2024 international S&T cooperation regulation (tdminews, dictall),
# the 2016 entry-exit measures, the lump-sum funding reform (pulsestacks; a holdout story), the 2025 Forum's BTH figures
# (china.org.cn), silkroadnews/ttm.financial (used), the 2020 FTZ announcement (Reuters copy of web15-rel-en09's story), the
# seed-001 press conference in English (english.scio 2021-01-20), BDA 14th FYP (asiaone, used), gzoutsourcing/information.bz/
# bjb.cas Huairou pages (used), a 2023 Xinhua story on Beijing universities' Xiong'an campuses (not about the centre) and a 2023
# 'capital idea' China Daily mirror (mostly schools and hospitals relocated to Xiong'an, kept out as doubtful relevance).
# Labels (README rules, rounds 2-17 readings) plus: B1 for a Beijing new-type R&D institution's founding or backing stated (CIBR
# set up by the municipal government and seven institutions, BIGAI supported by the municipal government and MOST, BAAI supported
# by the municipal government and Haidian and building a computing cluster 'for the Beijing innovation hub'); B2 for Beijing's push
# in humanoid/embodied AI robots, large models ('registered ... consistently ranked highest nationwide'), 6G (test network, action
# plan), 6G/quantum/brain-science deployment in the smart-city draft, prioritised IC design and manufacturing and the AI pilot zone;
# B4 for application scenarios (humanoid robots, Yizhuang's scenario measures, typical 5G/autonomous-driving scenarios, healthcare
# and government-service AI scenarios), new infrastructure (5G, gigabit network, AI computing centre), the intelligent-connected-
# vehicle policy pilot area and data exchange stated as digital-economy mechanisms, and the 2021 plan's four-to-five
# trillion-yuan industries; B6 for the 'two districts' anniversary briefing and the FTZ, the State Council's services-opening
# measures for Beijing and Beijing's push to be a high-level talent hub with a better innovation ecosystem; B5 for Beijing's
# technology contracts to Tianjin-Hebei, a BTH hydrogen industry chain in a Beijing plan and relocating ZGC high-tech industries
# to Xiong'an; B3 for Chang'An Chain (ChainMaker) as an open-source blockchain platform.  The data exchange's launch, BDA
# statistics and an E-Town park's robots get no code.
# Doubtful round-18 rows (kept, flagged here): en01 (Nature advertisement feature; B6 left out for CIBR's funding and tenure
# practices), en02 (a wiki mirror; B1 from the 'support from the Beijing Municipal Government' sentence), en03 (B1 with its founding
# sentence skipped: backing and the computing cluster only; B4 left out for the cluster), en04/en05 (B2 + B4 for robotics; en05 is
# E-Town's own measures, cf. web6-rel-zh15), en06 (B2 from registered-model counts; B4 left out for 'pilot application bases'),
# en09 (B3 left out for 'an AI-based open-source innovation platform', where seeds/002's B3 names AI platforms; B2 read from the
# IC sentence), en10 (B2 left out for the national AI pilot area; a Haidian 'two zones' anniversary row, web7-rel-zh08, is a
# different briefing), en12 (no code although the exchange runs on Chang'an Chain, as round 6 gave the data exchange none), en13
# (B4 from a plan clause in a 2022 feature; round 8's zh row is the plan's own text), en16 (B5 from one statistics sentence of an
# index report), en17 (B5 for a Beijing hydrogen plan's BTH chain; B4 left out: 100-billion, not trillion-yuan), en18 (B3 for
# Chang'An Chain, as web11's 长安链 row; B1 left out for its developer), en19 (B6 from one sentence of a spun forum report), en20
# (relevance rests on the BTH/Xiong'an relocation of ZGC high-tech industries; Z5.12 left out as a Beijing DRC action, B5 only).
# Hard traps: zhangjiang is a science city with big facilities (B1's vocabulary elsewhere), hefei a 'comprehensive national science
# center', shenzhen a State Council sci-tech zone plan, national09/national10 name Beijing as the venue or as a metonym for the
# central government, passing07 is Huairou's Yanqi Lake (Huairou Science City's lake) ending at a 'Science Exhibition Center',
# passing08 names researchers and CAS institutes in Beijing.
# Not found (no usable, unused English page passing the window check): a Huairou Science City / national-science-centre row, a
# national-laboratory row (Changping / Zhongguancun / Huairou labs), BAQIS, a Future Science City row, a Beijing-wide S&T-system
# reform row (B6), a Xiong'an innovation row clearly about the centre; B3 has only one row.
# Round 18 relevant English rows: (url, text, labels)
WEB18_RELEVANT_EN = [
    ('https://www.nature.com/articles/d42473-021-00193-5?error=cookies_not_supported&code=2e79cd5e-5b21-4fea-929a-709552220e65',
     'Seeking the best brains\n\nRao (seated) during a discussion with research students.Credit: Chinese Institute for Brain Research, Beijing\n\n“We are looking for highly talented, self-motivated, innovative, and enthusiastic scientists who will lead labs and demonstrate a creative, interdisciplinary approach towards any area of neuroscience or brain-inspired computing,” says Yi Rao, co-director of The Chinese Institute for Brain Research (CIBR).\n\nCIBR was established in 2018 under the guidance of the China Brain Initiative and Beijing Brain Initiative by the Beijing Municipal Government and seven institutions in Beijing to drive interdisciplinary advances in neuroscience and brain-inspired computation and to transform discoveries into clinical solutions. It is governed by a board of trustees, along with Rao and Minmin Luo as co-directors.\n\nThe institute supports independent research which promises major long-term impact through a series of pioneering management practices, including a new funding plan which removes the need for frequent grant applications and instead uses an international peer-review process to appoint and promote tenure track staff.\n\nIn March 2021, on the eve of their third anniversary, CIBR introduced the Junior Faculty Mentoring Program to provide scientists under 40, of all ranks from research fellows to facility directors, with expanded opportunities for growth. The programme, matching junior with senior faculty, covers intellectual development, research environment, academic networking, and leadership training. This idea to support young researchers emerged from CIBR’s 2020 Beijing Brain Conference, which attracted more than one million virtual participants from around the world.',
     ['B1']),
    ('https://en.kevinzhw153.workers.dev/wiki/Beijing_Institute_for_General_Artificial_Intelligence',
     "Beijing Institute for General Artificial Intelligence\n北京通用人工智能研究院 | |\n![]() Headquarters | |\nFormation | 2020 |\n---|---|\nFounder | Song-Chun Zhu |\nType | Research institute |\nLegal status | Active |\nPurpose | Artificial General Intelligence Research |\nHeadquarters | 2 Yiheyuan Rd, Haidian, Beijing, China |\nDirector | Song-Chun Zhu |\nExecutive Vice-Director | Dong Le |\nAffiliations | Peking University, Tsinghua University |\nWebsite | eng |\nBeijing Institute for General Artificial Intelligence (BIGAI; Chinese: 北京通用人工智能研究院; pinyin: Běijīng Tōngyòng Réngōng Zhìnéng Yánjiùyuàn) is a research organization focused on artificial general intelligence (AGI) established in Beijing, China in 2020.[1] The institute receives support from the Beijing Municipal Government and the Ministry of Science and Technology, and has collaborations with institutions including Peking University and Tsinghua University.[2]\nHistory\n[edit]BIGAI was established in 2020 under the leadership of Professor Song-Chun Zhu, who previously held a position at the University of California, Los Angeles (UCLA) for 28 years before returning to China.[3] The institute was created with government backing as part of China's initiatives to advance artificial intelligence research.[1]",
     ['B1']),
    ('https://labindex.ai/labs/baai',
     'BAAI\nnonprofit\nWhile supported by the Beijing Municipal Government and the Haidian District, its non-profit legal structure allows it to function as a collaborative "hub" bridging academia and industry. Its founding members include Baidu, ByteDance, Xiaomi, Meituan, and Megvii.\nBAAI is a primary beneficiary of Beijing\'s strategic investment in AI, with an estimated annual budget of 3–5 billion yuan ($420–$700 million). It has access to municipal and national funds (including the $8.2 billion National AI Industry Investment Fund) and recently launched a major initiative to build a 100,000-chip domestic computing cluster. This project, powered by FlagOS 2.0, provides a unified heterogeneous computing pool of 5–8 EFLOPS for the Beijing innovation hub.\nThe academy supports approximately 300 top researchers through its Zhiyuan Scholars Plan and operates the Jiuding AI-computing platform.',
     ['B1']),
    ('http://en.people.cn/n3/2025/0618/c90000-20329536.html',
     'Application scenarios expand as humanoid robot industry gains speed in Beijing\n\nXinhua) June 18, 2025\n\nBEIJING, June 18 (Xinhua) -- At Robot World, a robotics exhibition center in southern Beijing, several embodied artificial intelligence (AI) robots deftly perform complex, real-life tasks ranging from cooking a hamburger to fetching medications.\n\nUnlike typical industrial robots, which are usually fixed, single-purpose machines confined to factory floors, these humanoid robots have evolved to become more versatile, mobile and interactive.\n\nEquipped with sensors, AI-powered perception and advanced motor control, they are capable of navigating dynamic environments, understanding human instructions and adapting to diverse service scenarios -- from manufacturing lines to homes, hospitals and retail settings.\n\nThe Chinese capital, already home to over 400 key robotics enterprises and a robust innovation ecosystem, is rapidly becoming a national hub for robot manufacturing.\n\nIn a significant step toward broader real-world deployment, Beijing is accelerating the development of its humanoid robot industry by expanding application scenarios and fostering innovation across the value chain.\n\nThe city has taken the lead in building a "1+4" product system, with humanoid robots at its core, supported by advancements in medical, collaborative, special-purpose, and logistics robotics.\n\nIn 2024, Beijing\'s robotics industry generated revenue of over 30 billion yuan (about 4.18 billion U.S. dollars), representing year-on-year growth of nearly 50 percent.',
     ['B2', 'B4']),
    ('https://www.prnewswire.com/apac/news-releases/over-300-robotics-companies-cluster-in-beijings-yizhuang-302683838.html',
     'BEIJING, Feb. 10, 2026 /PRNewswire/ -- A report from People\'s Daily:\n\nWhy has Yizhuang become such a magnet for robotics firms?\n\nTwo notable competitions held in 2025 provide clues. In April, the world\'s first humanoid robot half-marathon took place in Yizhuang. Then in November, the inaugural China International Robotics Debate Competition finals were hosted there. One event tested physical prowess ("martial"), the other intellectual capabilities ("civil").\n\nCai Jizheng, director of the Robotics and Intelligent Manufacturing Industry Bureau at BDA, framed these events less as competitions and more as scientific experiments and technical validations. He explained that humanoid robots integrate cutting-edge technologies like embodied intelligence, advanced manufacturing, and new materials. Their core development areas focus on the "brain" (perception, cognition, decision-making), the "cerebellum" (motion control), and the "body" (hardware structure). "We\'ve adopted a strategy of hosting competitions almost every month," Cai said, "to drive technological progress and concentrate talent through competition."\n\nWhile favorable policies are a primary draw for companies "voting with their feet," access to real-world application scenarios is even more critical. In August 2025, Yizhuang released the "Ten Measures for Embodied Intelligence Robots," offering substantial incentives such as 100 million yuan annually in "data vouchers," "prototyping vouchers" to reduce costs, and subsidies for humanoid robot sales. These hard-hitting measures cover the entire industrial chain, from data and R&D to scenarios and sales.',
     ['B2', 'B4']),
    ('https://internews.pk/eng/2026/01/25/beijing-ai-industry-surpasses-64-6-billion-u-s-dollars-in-2025',
     'Beijing continues to lead China in the number of registered artificial intelligence (AI) models, Mayor Yin Yong announced Sunday while presenting the government work report at the annual session of the Beijing Municipal People’s Congress.\n“The number of registered and launched large AI models in Beijing has consistently ranked highest nationwide,” Yin said, highlighting the city’s progress in building a comprehensive AI ecosystem, including pilot application bases in healthcare, manufacturing, and scientific research.\nThe report noted that the added value of Beijing’s digital economy grew by 8.7 percent in 2025.\nPreliminary estimates from the white paper suggest that Beijing’s total AI industry exceeded 450 billion yuan (about 64.6 billion U.S. dollars) in 2025. The core AI sector grew 25.3 percent in the first half of the year, reaching 215.2 billion yuan.\nCommercial AI models developed by Beijing-based firms, including Baidu’s Ernie, ByteDance’s Doubao, Zhipu AI’s GLM, and Moonshot AI’s Kimi, have achieved performance levels comparable to top international standards.',
     ['B2']),
    ('http://en.c114.com.cn/575/a1146154.html',
     'Policy & Regulation\n\nBeijing to Advance the Deployment of Emerging Technologies Such as 6G and Quantum Communications\n\nUpdated:2020/11/30 14:55\n\nAccording to the "Exposure Draft", Beijing will continue to expand the scale of 5G network construction, actively promote the construction of gigabit broadband access networks, accelerate the deployment of IPv6-based next-generation Internet, and launch the Winter Olympics (Beijing competition area), the optical cable construction in urban sub-centers and other key areas; promote the construction of the Beijing artificial intelligence ultra-high-speed computing center and the world\'s leading green data center, and provide the city with inclusive and common AI computing power support services.\n\nThe "Exposure Draft" also mentioned the plan to advance the deployment of cutting-edge technologies such as 6G, quantum communication, and brain science, and carry out demonstration applications of typical scenarios such as 5G ultra-high-definition video live broadcast, automatic driving, and automated logistics, so as to comprehensively enhance the technological innovation capabilities of the digital economy.',
     ['B2', 'B4']),
    ('http://formacion-profesional-a-distancia.com/china/2024-11/07/content_117532859.htm',
     "A research team led by Zhang Ping, an academician with the Chinese Academy of Engineering and professor at Beijing University of Posts and Telecommunications, deployed the world's first 6G field test network in July, combining communication and artificial intelligence technologies.\nThe city released an action plan in September to advance 6G innovation, outlining goals for technological breakthroughs, test platforms and industrial ecosystem development.\nA small-scale 6G test network operating in Beijing now supports multiple converged technologies, including millimeter waves and light-based data transmission, enabling the validation of more than 10 new 6G technologies.\nYang Hua, deputy director of the ZGC Institute of Ubiquitous-X Innovation and Applications, said 6G applications will expand into satellite communications, low-altitude drones and AI, driving advances in smart terminals, intelligent vehicles, and other emerging technologies.\nLooking ahead, Beijing plans to develop specialized smart base stations and core network equipment to advance its 6G industry. The city aims to attract global talent and industrial resources by leveraging its expertise in the Internet of Vehicles and low-altitude economics.",
     ['B2']),
    ('https://www.urdupoint.com/en/technology/beijing-to-further-cultivate-5g-ai-industrie-808691.html',
     'Beijing will develop high-end, precision and sophisticated industries with stronger efforts to achieve a modern economic system, Mayor Chen Jining said\n\nBEIJING, (UrduPoint / Pakistan Point News - 13th Jan, 2020 ) :Beijing will develop high-end, precision and sophisticated industries with stronger efforts to achieve a modern economic system, Mayor Chen Jining said.\n\nAn action plan for the development of the 5G industry will be implemented, Chen said in his government work report delivered at the ongoing annual session of the municipal people\'s congress.\n\nThe city will also strive for steady progress in the building of the 5G telecommunications network, the mayor said, noting that 5G commercialization accelerated in 2019, which was evidenced by the "5G+8K" video broadcasting of the International Horticultural Exhibition and FIBA Basketball World Cup.\n\nLast year, Beijing opened 503 km of roads for intelligent connected vehicles. Demonstration roads for 5G-based long-distance autonomous driving tests will be built this year.\n\nThe city will prioritize the integrated circuit industry and focus on advanced design and manufacturing of general and specialized chips.\n\nThe mayor also noted that Beijing will build an AI-based open-source innovation platform and introduce more application scenarios related to healthcare and government services using the technology.',
     ['B2', 'B4']),
    ('http://yinko.com.cn/en/news_show.php?id=1',
     '\nTo build a highland leading the global digital economy, Beijing will advance the layout of 6G future network\n\n\nOn the morning of September 17, the Information Office of the Beijing Municipal Government held a press conference on the first anniversary of the construction of the "two districts". Tong Haiwei, chief engineer of the Municipal Bureau of economy and information technology, introduced that in the past year, Beijing has achieved phased positive results in the field of digital economy. In 2020, the added value of Beijing\'s digital economy industry will reach 1453.86 billion yuan, accounting for 40.3% of the regional GDP; Among them, the core industries of digital economy achieved an added value of 760.13 billion yuan, accounting for 21.1% of the regional GDP. In the first half of this year, the proportion of digital economy industry increased by 2.6 percentage points over that in 2020, maintaining rapid growth.\n\nIn terms of mechanism exploration, Beijing has set up the first policy pilot area for intelligent connected vehicles in China, with management policy innovation as the core, and moderately advanced the policy system supporting road testing, demonstration application and commercial operation services of intelligent connected vehicles; It has been approved to establish a national pilot area for innovation and application of artificial intelligence and make every effort to promote the integrated development of artificial intelligence and real economy; Focusing on the "big data" trading paradigm in China, the establishment of the exchange will become the first to explore the "big data" in terms of pricing and controllable trading rights, and become the first exchange based on the "big data" in China.\n\nIn terms of sharing open dividends, we completed the layout of the city\'s Gigabit fixed network, focusing on 5g signal coverage in the free trade zone;',
     ['B4', 'B6']),
    ('https://www.scmp.com/news/article/3242830/china-backs-around-170-measures-open-services-sector-beijing-capital-outflows-sluggish-recovery-bite',
     'China backs ‘around 170 measures’ to open up services sector in Beijing as capital outflows, sluggish recovery bite\n- Measures aimed at aligning with ‘international high-standard economic and trade rules’, Chinese commerce vice-minister Ling Ji says\n- Plan endorsed by State Council comes as China grapples with continued outflow of foreign capital and a less than stellar post-pandemic recovery.\n\nThe plan endorsed by the State Council, China’s cabinet, aims to deepen reforms in Beijing’s telecommunications, finance, healthcare, culture and professional finance services, with overseas investors given greater access to many industries.\nThe move comes three years after the city was chosen to host a pilot zone on opening up the services sector.\nBeijing was selected because of its “strategic positioning as the capital city”, the council said in a statement published on its website on Thursday.\nThe new opening-up policy involves around 170 measures, and its key task would be to “align with international high-standard economic and trade rules,” China’s commerce vice-minister Ling Ji said.\nThe measures include lifting the cap on foreign investment for certain value-added telecoms services, such as internet access providers. New national internet exchange centres and further opening up value-added telecoms services might be considered at “an appropriate time”, the council said.',
     ['B6']),
    ('https://www.chinabankingnews.com/2021/04/01/china-launches-its-first-big-data-exchange-in-beijing/',
     'China Launches Its First Big Data Exchange in Beijing\n\n\nChina has just seen the launch of its first big data exchange in the national capital of Beijing.\n\nThe Beijing International Big Data Exchange (北京国际大数据交易所) was officially established on 31 March as a “data exchange for new forms of transactions” as well as “leading foundation infrastructure for data transactions and a key, international hub for cross-border data flows.”\n\nState-owned financial company Beijing Financial Holdings Group led the launch of the exchange with the guidance and support of the Beijing municipal government.\n\nBeijing deputy mayor Yin Yong (殷勇) said that the Beijing International Big Data Exchange was a form of “fintech infrastructure” that would focus on the cultivation of a data transactions market and unleashing the value of data as a factor of production, as well as providing the entire world with its services.\n\nAccording to Yin the exchange provides innovations in three key areas:\n\n  1. Innovative transaction models. According to Yin the Exchange will involve the “establishment of new data concepts, the adoption of multiple models for data based on different qualities, and expediting integrated usage of data.” Public data will be provided to society openly and free of charge via the Beijing Administrative Data Resources Network, and for financial data authorisation and joint models will be adopted.\n  2. Innovative transaction regulations. The Exchange makes use of the Chang’an Chain for its base technical architecture, and employs market-based pricing of data services.',
     []),
    ('https://www.pressreader.com/hong-kong/china-daily/20221121/281844352633476',
     'China Daily\n\nHigh-tech businesses thriving in capital city\n\n- By YUAN SHENGGAO\n\nThe capital aims to cultivate four to five high-tech industries valued at more than 1 trillion yuan ($137.91 billion) by 2025, said the development plan it issued in 2021.\n\nMore efforts are needed to develop two industries that have international influence and another four advantageous industries, the plan said. These include the new-generation information technology, integrated circuits, green energy, and medicine and healthcare.\n\nBeijing is the first city in China to win approval in building an artificial intelligence innovation development pilot zone. Its AI industry has maintained stable growth momentum in recent years, with a complete industrial chain basically established.\n\nThe capital is now home to more than 1,600 AI-related companies, including AI giants such as Baidu and ByteDance, ranking first among cities across the country, according to data from the Beijing Science and Technology Commission and Administrative Commission of Zhongguancun Science Park.',
     ['B2', 'B4']),
    ('https://chinaservicesinfo.com/s/202111/11/WS6476e01a498ea274927bc447/economic-data-of-bdas-first-three-quarters-unveiled.html',
     'From January to September, the total industrial output value of Beijing E-Town industries above designated size reached 455.99 billion yuan ($71.27 billion), a year-on-year increase of 30.1 percent.\nAmong them, the total output value of industries above designated size in the BDA amounted to 424.36 billion yuan, a year-on-year increase of 32 percent.\nThe four leading industries of new energy vehicles and intelligent connected vehicles, new generation information technology, robotics and intelligent manufacturing, and biotechnology and general health had a combined industrial output value of 403.74 billion yuan from January to September, a year-on-year increase of 33.0 percent, accounting for 95.1 percent of the area’s total industrial volume.\nAmong them, the biotechnology and health industry now includes more than 1,700 companies such as Bayer, Tide, and Tong Ren Tang, forming a complete industrial chain covering biomedicine, medical equipment, health and other fields.',
     []),
    ('https://news.cgtn.com/news/2026-02-12/Beijing-innovation-park-emerges-as-hub-for-robotics-development-1KG3k0a8DAc/share_amp.html',
     'Tech & Sci\n2026.02.12 19:18 GMT+8\n\nBeijing innovation park emerges as hub for robotics development\n\nUpdated 2026.02.12 19:18 GMT+8\nCGTN\n\nAn embodied AI exhibition area at the National Information Technology Application Innovation Park. /CMG\n\nInside a technology innovation park in southeastern Beijing, robotic hands thread needles with surprising flexibility, as humanoid robots elsewhere in the complex have previously won a marathon event.\n\nThe National Information Technology Application Innovation Park, built on domestically developed information technologies, has expanded into areas such as artificial intelligence (AI), quantum information, 6G communications and intelligent hardware, and now hosts more than 1,000 technology companies.\n\nAmong the technologies on display, developments by robotics companies drew particular attention, with advances spanning humanoid robots, robotic components and embodied AI models.\n\nHumanoid robots are often seen as the "crown jewel" of the robotics industry, combining key embodied AI technologies.',
     []),
    ('http://www.shenbo75.com/business/2025-01/06/content_117648245.htm',
     'share\n \n\nBeijing-Tianjin-Hebei sees rising innovation capacity and collaboration\n\n0 Comment(s)Print E-mail China.org.cn, January 6, 2025\nAdjust font size:\n\nThe index measures the coordinated development and innovation of the Beijing-Tianjin-Hebei region in multiple dimensions, including innovation capacity, scientific research collaboration, technological connectivity, innovation performance, and the environment for innovation.\n\nIn the same period, Beijing’s collaborative innovation index increased from 661.7 to 1025.5, marking the largest growth in the region. And its R&D intensity rose from 5.98% in 2013 to 6.73% in 2023, maintaining its leading position in the country.\n\nBeijing registered 106,600 technology contracts in 2023, with a transaction value of 853.69 billion yuan (US$119.5 billion), representing a year-on-year increase of 7.4%. \n\nIn 2023, the transaction value of technology contracts exported from Beijing to Tianjin municipality and Hebei province reached 74.87 billion yuan, increasing twofold from the previous year',
     ['B5']),
    ('https://asia.world-trader.com/2021/08/17/beijing-releases-plan-on-hydrogen-energy-industry-development/',
     'Beijing releases plan on hydrogen energy industry development\n\nProduct Description:\n\nBEIJING 鈥 Beijing authorities have released a plan for the development of hydrogen energy industry from 2021 to 2025.\n\nBefore 2023, five to eight leading enterprises with international influence in the hydrogen energy industry chain will be nurtured, and the scale of the industrial chain in Beijing-Tianjin-Hebei region will exceed 50 billion yuan and reduce carbon emissions by 1 million tonnes.\n\nAhead of 2025, ten to 15 leading industrial chain enterprises with international influence will be nurtured and three to four world-class industrial R&D and innovation platforms built.\n\nIn transportation, as of 2025, the region will strive to complete the construction of 74 hydrogen refueling stations and will have more than 10,000 hydrogen fuel cell vehicles.',
     ['B5']),
    ('https://forkast.news/china-blockchain-equip-blockchain-chip/',
     'Chinese homegrown public blockchain platform Chang’An Chain has been equipped with 96-core blockchain-specific chips, and 23 companies, including China Petroleum & Chemical Corp, China Telecom and China Electronics joined its ecosystem yesterday, according to Communist Party mouthpiece People’s Daily\n\nFast Facts:\n\n  • China has been accelerating the public adoption of blockchain technology, with Chang’An Chain being the latest example of its efforts in this area. The launch and development of Chang’An Chain comes against the backdrop of Beijing’s aim to facilitate state functions using blockchain-based innovation and applications, set out in July 2020.\n  • Chang’An Chain, officially known as ChainMaker, is China’s first domestically researched and developed open-source blockchain platform. Launched on Jan. 27, it has attracted 50 partners, including 27 state-owned companies, such as State Grid Corporation of China, China Petroleum & Chemical Corp, and China Telecom, to join its ecosystem. \n  • At yesterday’s ChainMaker outcome conference in Beijing, the 96 core blockchain-specific chip was introduced, billed as being able to make smart-contract processing 50 times faster. It was also revealed that ChainMaker had been applied in all kinds of scenarios in government departments.',
     ['B3']),
    ('https://third-news.com/article/c2329874-0f61-11f0-a4a7-9ca3ba0a67df',
     'Empowering Young Innovators: Key to Future Technological Advancements\n\nThe Role of Young Talent in Shaping Innovation\n\n\n\nIn today\'s rapidly evolving scientific landscape, young talent is at the forefront of innovation. This was highlighted at the recent Beijing International Youth Innovation and Development Forum, where experts discussed the essential contributions of young innovators to the future of technology and scientific advancement.\n\nYou Jun, the deputy secretary of the Communist Party of China Beijing Municipal Committee, articulated the importance of nurturing young scientific minds. He stated that the youth are the primary drivers of scientific and technological innovation. Highlighting the need for robust support systems, he urged for more strategic cultivation of young talent. "We must provide guidance and firmly support our outstanding young innovators," You emphasized. As Beijing seeks to establish itself as a high-level talent hub, efforts are being made to enhance the innovation ecosystem and create a supportive environment for emerging talents, especially in fields like quantum computing and artificial intelligence.',
     ['B6']),
    ('http://english.gov.cn/news/video/2017/06/11/content_281475682974204.htm',
     'App | 中文 |\n\nXiongan New Area for innovative development\n\nUpdated: Jun 11,2017 10:00 AM\n\nBeijing officials say the city is making progress in cooperating with its neighbors and will work to shed its “non-capital functions”.\n\nAt a press conference, officials of the Beijing Development and Reform Commission said the city’s population will gradually be shifted to the planned Xiongan New Area, a new economic zone in neighboring Hebei province.\n\nOfficials said both the Xiongan New Area and Beijing need to develop public-service sectors so that both can collaborate. In particular, Beijing will support the relocation of creative elements including high-tech industries in the Zhongguancun hub, in their move to Xiongan.\n\nThe city will continue to relocate wholesale markets, factories, universities and hospitals to suburban areas and Hebei. By the end of this year, several government buildings will be finished and staff will be ready to move. A high-speed railway station will also be constructed in the Xiongan New Area, reducing journey times to Beijing to just 41 minutes.',
     ['B5']),
]
# Round 18 traps: (kind, url, lang, text)
WEB18_TRAPS = [
    ('zhangjiang', 'https://english.pudong.gov.cn/2022-07/07/c_786802.htm', 'en',
     'Home>Latest\n\nMassive science facilities drive innovative research\n\nChina Daily Updated:2022-07-07\n\nZhangjiang Science City in Shanghai\'s Pudong New Area has been strengthening its innovative abilities and developing a cluster of massive photon science facilities over the past several years, serving as an interdisciplinary research platform.\n\nThe Shanghai Synchrotron Radiation Facility, a public scientific experimental platform that has been running since 2009, is a synchrotron light source with 27 beamlines in operation to date, compared with 15 beamlines four years ago.\n\nThe facility is involved in frontier research in fields such as life sciences and new materials, and it has served over 30,000 users.\n\nAccording to Li Ruxin, an academician of the Chinese Academy of Sciences, about half the users are from universities, 30 percent are from research institutes and the rest are enterprises.\n\n"Large scientific facilities including the SSRF are critical to enhancing innovation capabilities in fundamental research," Li said.\n\nLi cited Zanubrutinib, the first anti-cancer drug developed by Chinese medical enterprise BeiGene in 2019, as an example. The SSRF captured the structural molecular binding data of the drug, which has been approved for marketing in both China and the United States, the photonics expert said.'),
    ('hefei', 'https://www.delnortenoticias.com/eo/202211/9d60f6ce4fa94cb9a29f8346aa9bfcbd.html', 'en',
     'position: englishchannel > case > article\n\ninfluential int\'l quantum center being established in hefei\n\nsource: science and technology daily | 2022-11-03 09:36:21 | author: chen chunyou\n\na visitor looks at the quantum computer prototype "jiuzhang," in heifei.(photo: xinhua)\n\nby chen chunyou\n\nhefei high-tech zone (hhz), located in east china\'s anhui province, has been ranked among the top ten national high-tech zones for eight consecutive years.\n\nin the past decade, hhz\'s regional gdp had increased from 33.7 billion rmb in 2012 to 125.27 billion rmb in 2021, with an average annual growth of 15.7 percent, and the number of national high-tech enterprises had increased from 302 to 2,000.\n\none of the typical industries in hhz is the quantum industry, which has made significant progress in leading the country\'s quantum information development.\n\naccording to the action plan for building a world-leading science and technology park in hhz, released this september, the output value of quantum information industry is expected to exceed 20 billion rmb, and the number of enterprises in this field is planned to exceed 100 by 2025.\n\nhhz is the core area of hefei comprehensive national science center, and is home to world-class universities, such as university of science and technology of china (ustc).'),
    ('hangzhou', 'http://www.ezhejiang.gov.cn/2017-09/08/c_102654.htm', 'en',
     'Zhejiang sets up new AI research lab\n\n(ezhejiang.gov.cn) Updated : 2017-09-08\n\n\nZhejiang Lab, located in Hangzhou\'s Artificial Intelligence Town, opened on Sept 6. [Photo/Zhejiang Fabu WeChat]\n\nZhejiang Lab, a research institute jointly invested in by Zhejiang provincial government, Zhejiang University and tech giant Alibaba Group, was inaugurated on Sept 6 in Hangzhou\'s Artificial Intelligence Town.\n\nThe lab will focus on research into five major fields related to big data and cloud computing, namely network computing, artificial intelligence, information security, barrier-free perception, and smart manufacturing and robotics.\n\nThe lab is designed to become a world-class innovation base that helps Zhejiang become a global center for research in these emerging fields.\n\nLu Yongxiang, former vice-chairman of the Standing Committee of the National People\'s Congress, will serve as the first director of the advisory committee for Zhejiang Lab.\n\n"Zhejiang is China\'s first demonstration area for the information economy, and establishing the lab can further promote its international influence in the sector of network information," said Lu.\n\nHe added that he believed Zhejiang Lab would one day be named a national lab by China\'s central government.'),
    ('shenzhen', 'http://english.scio.gov.cn/pressroom/2023-09/06/content_112901459.htm', 'en',
     "China SCIO | September 6, 2023\nChina's State Council recently released a plan to boost the development of the Chinese mainland part of a cooperation zone between the southern tech hub Shenzhen and the Hong Kong Special Administrative Region.\nSitting on the border between Shenzhen and Hong Kong, the zone comprises a 3.02 square- kilometer park in Shenzhen, and a 0.87-square-kilometer park in Hong Kong. The zone will leverage Shenzhen's thriving high-tech industries and booming entrepreneurship and Hong Kong's free trade port policy and highly sophisticated professional services, according to the plan."),
    ('national', 'http://english.scio.gov.cn/pressroom/2018-07/09/content_55769379.htm', 'en',
     'Home > Press Room > \n\nPilot reforms to give scientists more autonomy\n\nSci-Tech\nChina will test new reforms that grant more autonomy to science workers in selected research institutes, officials said on Friday.\n\nChina DailyUpdated: July 9, 2018\n\nRead in Chinese\n\nChina will test new reforms that grant more autonomy to science workers in selected research institutes, officials said on Friday.\n\nThe pilot program aims to streamline administration of scientific affairs and promote scientific exploration and innovation in basic research, they added.\n\nThe State Council Information Office of China holds a policy briefing on measures to give researchers more autonomy over their work in Beijing, July 6, 2018. [Photo by Liu Jian/China SCIO]\n\n\nThe country aims to reduce the number of assessments and improve the efficiency of Chinese research by 2020, according to guidelines recently issued by the general offices of the Communist Party of China Central Committee and the State Council.\n\nDuring an executive meeting on Wednesday, the State Council promised to reform the management of scientific research, reduce repetitive paperwork and delegate more power to researchers to make decisions, according to its website.'),
    ('national', 'https://technode.com/2023/08/29/china-introduces-policies-aimed-at-supporting-young-talent-in-sci-tech-fields/', 'en',
     'Beijing has issued several measures to further boost the “cultivation and utilization of young scientific and technological talents”, aiming to give young people prominent roles in national-level sci-tech research tasks, according to an August 27 report by state-owned Xinhua News Agency. The move hopes to encourage young talent to be more devoted to the country’s technological advancement by addressing challenges that they face in their early careers, such as a lack of research environments, platforms, and opportunities, according to Xinhua News Agency. The new directive pledges to eliminate obstacles linked to job titles and educational backgrounds, and loosen age limitations for individuals applying for pivotal research and development initiatives. It also promises to raise the proportion of young talents under the age of 40 serving as project leaders and key members to no less than 50%. Additionally, it suggests capable universities and research institutes should gradually raise their financial support ratio for researchers under 35 conducting independent research to no less than 50% of the annual budget, to encourage them to focus on national strategic needs and engage in cutting-edge scientific research. In 2022, China’s expenditure on research and development hit a record of RMB 3.09 trillion ($426 billion), up by 10.4% from 2021. [Xinhua, in Chinese]'),
    ('passing', 'http://english.www.gov.cn/news/photos/201502/25/content_WS5d156f96c6d03ce67878dc28.html', 'en',
     'App | 中文 |\nHOME >> NEWS >> PHOTOS\n\n‘Apec-blue’ waters\n\nUpdated: Feb 25,2015 10:14 AM     China Daily\n\nYanqi Amusement Park is a good place for a stroll and to watch the Yanqi Tower in winter.[Photo/China Daily]\n\nYanqi Lake has become a hot tourist spot since the area hosted heads of state during last year’s economic leaders’ conclave. Yangmo Ziyan takes an eight-hour tour.\n\nTourists are pouring into Yanqi Lake since the heads of state have left.\n\nThe site has long been a weekend destination in Beijing’s suburban Huairou district. But it has been given new appeal since the area hosted the Asia-Pacific Economic Cooperation Economic Leaders’ Meeting in November.\n\nMore than 100 new shops and restaurants, among other facilities, have been constructed in recent years.\n\nAnd since the first day of 2015, the entire area-including the islet that served as the main APEC venue-has opened to the public, drawing more visitors than ever.\n\nChina Daily takes the trip to discover what an eight-hour visit offers.\n\n7 am-Hitting the road\n\nIt takes at least two hours by bus. It’s advisable to leave before the morning traffic jam.\n\n9:30 am-Yanqi Islet\n\nPhone or online reservations are required since the number of daily visitors to the island are restricted to 120.\n\nTours costing 100 yuan ($16) per person run at 9 am, 10 am, 2 pm and 3 pm. Visitors must arrive half an hour early.\n\nThe hourlong trip takes tourists to two main sites-the Yanqi Lake International Convention Center (including the main building, hotel and 12 presidential villas) and the Science Exhibition Center.'),
    ('passing', 'https://global.chinadaily.com.cn/business/2017-04/29/content_29138656_3.htm', 'en',
     'Caught in the housing trap\nThe average price of a home in Beijing grew from 56,000 yuan a square meter in October to 63,000 yuan a square meter in March, an increase of 9 percent. SONG NIANSHENG/LONG WEI/CHINA DAILY, KUANG LINHUA/CHINA DAILY |\nOne of her fellow senior students at the Institute of Remote Sensing and Digital Earth got a position there after graduating with a master\'s degree, but she quit recently and began working for Homelink, the largest real estate agent in China, selling houses, which "really shocked me," Zhu said.\n"It\'s not easy for a student with only a master\'s degree to get a position there. She is outstanding, but the salary is too low, especially when you look at soaring housing prices."\nFor Zhu, continuing soaring housing prices point to class solidification in Beijing, meaning that the less well-off will be excluded.\n"It has become normal that graduates from Peking and Tsinghua universities cannot afford a house in Beijing. There are many good universities in the city, but not every graduate can stay here. The bar is rising."\nThose aged above 30 who have started thinking about starting a family but cannot afford a house will have to move to other cities, Zhu said.'),
    ('passing', 'https://www.chinadaily.com.cn/a/202412/15/WS675ec0aca310f1265a1d2f05_2.html', 'en',
     "Beijing's 3 new subway lines operational\n\n\nNotably, the first phase of Line 3, which includes (passes) Chaoyang Railway Station, will enhance the rapid dispersal capacity of passenger flow at the railway station. Passengers at Beijing Chaoyang Station will now have diverse transportation options, including subways, buses, taxis and private cars.\nWith the integration of Beijing Chaoyang Station into the urban rail transit network, all seven major railway stations and two airports in the capital are now included in the subway system.\nLi Tian, the station manager of Beijing Chaoyang Station, said that to ensure smooth and convenient transfers between rail and subway, they have coordinated with local government and rail transit authorities, enabling full preparation for the passenger flow.\nBeijing's urban rail transit network operates like an underground megacity. It has recorded passenger flows of over 11 million people on weekdays, equivalent to half of Beijing's population moving underground, official reports said."),
]
add_web_round("web18", [], WEB18_RELEVANT_EN, WEB18_TRAPS, all_tune=True)


# --- added round 19: a TUNING round like rounds 7, 8 and 10-18 (decided before any row was collected: every round-19 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: ENGLISH only (the Chinese rows of this period are round 20, collected by another helper at the same time): kinds of
# English text earlier rounds have few of -- foreign-media features and analyses (a Wired feature via a strategicstudyindia copy,
# OZY, an EE Times-style 'Yoshida in China' column on oneriverhk, Cathay Pacific's business-travel magazine, The Innovation
# Enterprise), blogs and commentary (a Schwarzman scholar's 'China Tech Blog' post on aesmuc.de, chinahighereducation.org), company
# and university-park pages (Tus-Holdings' Beijing TusPark page, zgccapital.com's ZGC Innovation Center news, a Beijing Review
# archive on the Peking University Science Park, a Skolkovo Foundation blog on a visit to Tus-Holdings), a Nature advertisement
# feature, a spam-headed China Daily mirror (aigou888) and the Digital China Summit's English site (szzg.gov.cn).  Smaller than
# planned: 15 relevant en (5 with no code) and 10 traps (all en).
# Relevant en: a blog history of Zhongguancun (2020; no code), a VC's view of the gaps between ZGC and Silicon Valley (no code), the
# 2015 Zhongguancun Stock Index on the Shenzhen exchange, Beijing TusPark in the ZGC core area, a 2015 Skolkovo visit to Tus-Holdings
# and its incubators, ZGC as China's AI heartland (Cathay Pacific), 'Beijing Rises as the AI Capital' with BAAI's large models (2025),
# the ZGC Life Science Park's three new zones in Changping's Life Valley (Nature 2024), Haidian's 40 years (China Daily 2018; no code),
# the Peking University Science Park (Beijing Review, 2000), a MOST delegation at the ZGC Innovation Center in Silicon Valley, a Wired
# feature on Ning Ken's Zhongguancun history (no code), OZY on Beijing's plan to become a tech capital and win the AI race (2018),
# Beijing's AI white paper and 35% of China's AI firms (The Innovation Enterprise), a columnist's ZGC park profile (no code).
# Traps: a machine-translated piece on the decline of the Zhongguancun electronics malls (`mall`), a Culture Trip Wudaokou guide
# under a 'Tsinghua Scientific Park' photo caption, a student blog on Wudaokou nights and an MIT Technology Review copy on Kai-Fu
# Lee's AI institute in Haidian (`passing`), Bengaluru as India's Silicon Valley (`bangalore`), Palo Alto's venture-capital
# ecosystem (`siliconvalley`), Hsinchu Science Park's 40th anniversary (DIGITIMES, `taiwan`), the Zhangjiang-Boston Enterprise Park
# (`zhangjiang`; Z7.4's vocabulary), the 2022 World AI Conference in Shanghai (`shanghai`), the Beijing Stock Exchange's first trading
# day in the Flanders-China Chamber of Commerce's newsletter (`national`; the BSE is named in 004's Z2.3 paragraph, but the text is
# about a national exchange, not Zhongguancun or the centre).
# Excerpts are 3-10 sentences copied as the pages have them (the aigou888 porn-spam title line, the blog's 'China`s' backticks,
# 'ADVERTISEMENT FEATURE', 'Photo', the machine-translated trap's lower-case starts and 'tophere'/'the Dragon', the forum copy's empty
# link lines ',\n,' and '(see “\n”)' left in); several skip a sentence or paragraph: aesmuc (none), chinahighereducation (cut after
# its second point), aigou888 (cut after the vice-mayor's quote), tusholdings (its first paragraph, whose 'transformation of
# scientific and technological achievements' shares a 40-character window with earlier rows), szzg (the sentence naming 'the Beijing
# Academy of Artificial Intelligence (BAAI)' in full, shared window, and the Han Jian quote), cathaypacific (cut before its
# 'US$2 billion AI park' sentence, the Jingxi AI park story of earlier rounds), Wired (the 'In the West' paragraph), OZY (the hutong
# paragraph, and cut before the '$2.1 billion development site' sentence, the same Jingxi story), The Innovation Enterprise (the Asia
# Times paragraphs), zgccapital (one paragraph); traps sinodefenceforum, medium, digitimes and flanders-china skip sentences.
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass check() with
# no problem; none of the pages is in /work/shared/benchdata.  Dropped as used or telling an earlier row's story: an OE Watch (FMSO)
# commentary on the 2019 Zhongguancun Forum (web9's 2019 Forum; its second half retells the SCMP Garage Cafe story of round 17), a
# CGTN 2022 pre-Forum press conference (the 2022 Forum of round 5), the 2021 Forum (SCMP, spici.eu), the 2024 Forum (xlgl365), MIT
# Technology Review / SupChina on the 2018 $2.1-billion AI park (the Jingxi AI park), the 2013 Haidian Science Park transfer centre
# (usa.chinadaily; web7-rel-en09), the 7.2-km street (ipe.cas, shlfcom; round 17), the Ding Hao closing (investinchina; rounds 13/16),
# the ZGC-Pakistan seminar (pakistaneconomicnet; round 6), the Life Science Park's own phase-III page (round 13's phase-3 plan), and
# used pages (chinantd, wb.beijing foreign journalists, qianlong Haidian planning, window-to-china, inkl, asia.tmcnet 2014,
# ev.buaa.edu.cn Beihang/ZGC Development Group, covid-19.chinadaily 2011, pressreader 2017, en.zizhupark).
# Labels (README rules, rounds 2-18 readings) plus: Z2 + Z2.3 for a ZGC stock index launched with the Shenzhen exchange's support to
# build ZGC's brand on the capital market (004's Z2.3 names capital-market boards and listing); Z3 + Z3.4 for university science
# parks in ZGC as incubation platforms (TusPark and its incubators, the Peking University Science Park); Z4 + Z4.6 for ZGC as China's
# AI heartland with over 1,000 AI companies; Z5 + Z5.5 for the ZGC Life Science Park's expansion (named in 004's Z5.5); Z7 + Z7.4 for
# the ZGC Innovation Center in Silicon Valley; B1 + B2 for Beijing as the 'AI Capital' with a new R&D institution's large models;
# B2 for Beijing's plan to become a global tech hub and win the AI race and for its AI white paper.
# Doubtful round-19 rows (kept, flagged here): en03 (Z2.3 for a stock index, a capital-market brand rather than a finance reform),
# en04 (a company page; Z3.4 read from 'university sci-tech park' and 'innovation service system' once its mission paragraph is
# skipped), en05 (Z3.4 from one incubator sentence; Z7 left out for talks on Skolkovo-TusPark cooperation), en07 (B1 with the BAAI
# naming sentence skipped: 'new research and development institutions' and BAAI's models only), en08 (an advertisement feature; Z5.9
# left out for Changping's 'industry multiplication' policies, Z4.6 left out), en10 (a 2000 text; Z3.4 for a university science
# park under State preferential policies), en11 (Z7.4 from a visit to the centre; the centre's 2016 founding, an earlier story, is not
# in the excerpt), en13/en14 (B2 from plan and white-paper wording in foreign media), en01/en02/en09/en12/en15 (relevant, no code:
# histories, a critique, district statistics, a column).  Hard traps: mall01 names Zhongguancun throughout, passing02 shows 'Tsinghua
# Scientific Park' in a Haidian guide, passing04 names Beijing's Haidian district and Microsoft's Beijing lab, zhangjiang08 is a
# Chinese park's overseas innovation base (Z7.4's vocabulary), national10 is the Beijing Stock Exchange (named in 004's Z2.3) in a
# chamber-of-commerce note.
# Not found (no usable, unused English page in the page search within the time): a named ZGC company listing on the Beijing Stock
# Exchange, a foreign firm opening an R&D centre in Zhongguancun (only 2001/2006 Beijing-wide pages), Nikkei/DW/BBC/Guardian/Bloomberg/
# Rest of World pages on ZGC, CSIS/MERICS/Brookings/ASPI reports naming ZGC or the centre, an embassy science-section note, a CIFTIS
# or WAIC page with a ZGC angle, English pages of Changping/Daxing/Tongzhou governments on ZGC sub-parks (Daxing's investbjdx page was
# not taken: too little task content in the stored opening), and Z1, Z6 and B3-B6 rows.
# Round 19 relevant English rows: (url, text, labels)
WEB19_RELEVANT_EN = [
    ('https://www.aesmuc.de/post/the-untold-story-of-china-s-silicon-valley',
     """The untold story of China`s Silicon Valley

This article has first been published on 'China Tech Blog' in May 2020. To read more exciting articles on entrepreneurship and the latest technology trends in China, please click here.


The author Gian Marco Brizzolara is a former Schwarzman Scholar at Tsinghua University and currently works as a Senior Manager at Horizon Robotics, one of the largest AI companies in China. Feel free to follow him on LinkedIn.


When thinking about tech and entrepreneurship in the United States, we immediately think of Silicon Valley, a region in the southern part of the San Francisco Bay Area. China, in some way, also has its own Silicon Valley, an area that has developed into a global powerhouse in technological innovation, and that has been instrumental to China`s economic development.

The area is called Zhongguancun and is (primarily) located in the North-Western district of Haidian, Beijing. It is home to some of China`s largest technology enterprises, around 40% of China`s unicorn companies, startups valued over 1bn USD, and over 300 regional headquarters and R&D centers of multinational corporations, generating total revenues of over 800 billion USD per year.""",
     []),
    ('https://www.chinahighereducation.org/how-far-is-zhongguancun-from-silicon-valley/',
     """How Far is Zhongguancun from Silicon Valley?

Many Chinese and Western media outlets recently featured a headline that Zhongguancun had surpassed Silicon Valley as the world’s largest technology hub. A number of Chinese thought-leaders believe this was a misleading and inaccurate reflection of the true situation of the world’s two largest innovation incubators.
ZHENG Feng, a former entrepreneur and now one of the top five venture capitalists with a Chinese background in Silicon Valley, who has invested in both China and the US, and is now an investor in both Zhongguancun and Silicon Valley, pointed out the gaps between the two.
Firstly, Zhongguancun relies heavily on the Chinese government’s policy support. In addition, the government’s “nanny service” can be harmful to enterprises, which means there is a need to leave sufficient space for the market to decide the life or death of a start-up.
Secondly, there is severe segregation in China between universities and industry, whereas industries and universities are much better integrated in Silicon Valley facilities, which leads to greater skill and talent sharing.""",
     []),
    ('http://www.aigou888.cn/business/2015-02/06/content_19506374.htm',
     """日批在线视频_内射毛片内射国产夫妻_亚洲三级小视频_在线观看亚洲大片短视频_女性向h片资源在线观看_亚洲最大网

US EUROPE AFRICA ASIA 中文
Business / Markets

New high-tech index debuts on Shenzhen SE

By Zhu Wenqian (China Daily) Updated: 2015-02-06 07:46
New high-tech index debuts on Shenzhen SE

Night view of Zhongguancun Haidian Science Park, known as China's "silicon valley", in Beijing, China, Nov 28, 2008. [Photo/IC]

The Zhongguancun Stock Index, China's first high-tech benchmark index that reflects the performances of listed companies registered in the Zhongguancun high-tech science park in Beijing, debuted on the Shenzhen Stock Exchange on Thursday.

The listed companies in the bustling Zhongguancun saw a 64 percent growth in their market values in 2013, exceeding the 33 percent gain of the New York-based Nasdaq Composite during the year.

"The Zhongguancun Stock Index accurately represents the level of innovation in China's science and technology sector. With the support of the Shenzhen Stock Exchange, the launch of the index marks a significant step forward," said Zhang Gong, the vice-mayor of Beijing.

New high-tech index debuts on Shenzhen SE

"The index will help Zhongguancun science park build a brand on the international capital and innovation market as well as enhance its ability to become one of the world's most influential scientific and innovation centers.\"""",
     ['Z2', 'Z2.3']),
    ('http://en.tusholdings.com/index.php/52316cda0a?pid=36',
     """Home > Core Business System > Global Innovation Network

Beijing TusPark

Beijing TusPark locates at the southeast corner of Tsinghua University and the core area of Zhongguancun Science Park. It owns a construction area of 770,000m2 and involves over 400 enterprises and institutions. At present, TusPark has established a network that stretches to nearly 20 cities and regions all over the country. It gathers more than 1,000 sci-tech enterprises and R&D institutions and then gradually forms a complete park composed of various institutions, such as hi-tech enterprise innovation cluster, multinational enterprise R&D institution cluster, financial investment institution cluster and intermediary service institution cluster. Beijing TusPark is a university sci-tech park owning the fastest construction speed, best enterprise quality and most perfect innovation service system in Zhongguancun Science Park and it enjoys a high reputation among international sci-tech parks.""",
     ['Z3', 'Z3.4']),
    ('https://fond.sk.ru/technopark/b/weblog/archive/2015/01/28/visit-to-beijing-tusholdings-co-ltd.aspx',
     """During the visit to Beijing on 13-14th of January there were held series of meetings with representatives of China’s innovation community. The first one was the meeting with Mr. Herbert Chen, Executive Vice President of Tus-Holdings, IASP Asia Pacific Division President. Tus-Holdings Co., Ltd. Group was founded in the year 2000 on the basis of Center for Development of Science Park University Tsinghua – TusPark, created in 1994.



The key element of Tus-Holdings Co., Ltd. is TusPark Science and Technology Park (Beijing). It is the largest university-based Technology Park in the world. TusPark is located at the University Tsinghua in Zhongguancun area of innovation. TusPark has a total area of 770 000 sqm and more than 600 resident companies. The network of more than 20 science and technology parks across China includes over 1 000 innovative companies and research centers, a cluster of investment financial institutions and service companies. Research centers of companies such as Google, Microsoft, SUN, Schlumberger, P & G and NEC, are situated there.

TusPark provides services to innovation and technology companies via incubators Tus-Star, Tsinghua Pioneer Park and TusPark Venture.

After that there was a meeting with the representatives of Technology Assets Center of Tus-Holdings on bilateral cooperation between the Skolkovo Technopark and TusPark.""",
     ['Z3', 'Z3.4']),
    ('https://discovery.cathaypacific.com/ai-and-big-data-fuel-beijings-startup-scene/',
     """Business Travel

How AI and Big Data Are Fuelling Beijing’s Startup Scene

The Chinese capital’s push to become a global innovation centre by 2050 is the latest ambition of a metropolis that recently unseated Silicon Valley as the world’s top tech hub

Beijing might be better known for the Forbidden City and the Great Wall than any modern marvel, but that’s all changing. The Chinese capital’s push to become a global innovation centre by 2050 is the latest ambition of a metropolis that is rapidly ascending world rankings as an incubator for tech companies and start-ups.

Much of Beijing’s success can be attributed to a single, government-backed technology hub in the northwestern part of the city: Zhongguancun. Starting out as a street selling consumer electronics four decades ago when China began its reform and opening-up phase, the area has since become known as the nation’s Silicon Valley. This epithet might soon need updating, following reports that Zhongguancun has already unseated Silicon Valley as the world’s top tech hub.

Thanks to a wealth of early-stage funding, abundant local talent pool (two of China’s top universities, Peking and Tsinghua, are nearby) and relatively affordable cost of living, Zhongguancun attracts many tech professionals, and has become home to a raft of Chinese giants including search engine Baidu, Weibo owners Sina Corp, e-commerce giant, ride-hailing service Didi Chuxing, research centres from major American tech firms like Google and Microsoft, and many more.

Zhongguancun is also China’s AI heartland, hosting about a dozen advanced AI labs operated by the likes of Baidu, Didi Chuxing and Microsoft. With more than 1,000 companies specialising in this technology, AI – along with big data and analytics – is one of Beijing’s key strengths.""",
     ['Z4', 'Z4.6']),
    ('https://www.szzg.gov.cn/2025/english/digitalnews/202506/t20250624_5037915.htm',
     """2025-06-24
Beijing Rises as the “AI Capital”
Source:Digital China Summit
In the peak of summer, Beijing is lush with greenery, and innovation is thriving across the city. As part of the “Vibrant China Research Tour” team, the reporter visited several cutting-edge artificial intelligence (AI) hubs, gaining an up-close view of the city’s powerful technological momentum and its ever-growing innovation capabilities. With its strong innovation resources and robust policy support, Beijing is leading the charge in China’s AI development, truly earning its title as the “AI Capital of China.”
The innovative vitality of Beijing’s AI sector is largely fueled by the active participation of new research and development institutions. In June this year, following the launch of the “Wudao” series, BAAI unveiled its latest advancements in large models with the “Wujie” series. This includes cutting-edge innovations such as the native multimodal world model Emu3 and the brain-science multimodal foundation model Brainμ, among other breakthroughs.""",
     ['B1', 'B2']),
    ('https://www.nature.com/articles/d42473-024-00024-3',
     """ADVERTISEMENT FEATURE Advertiser retains sole responsibility for the content of this article

The upward trajectory of China’s ‘Silicon Valley’ for the life sciences

Artist’s impression of the SINOVAC High Precision Achievement Transformation Base, under construction as part of the expansion of the life science park in Changping’s ‘Life Valley’.

In the post-pandemic world, the life sciences are taking centre stage. From Boston’s Kendall Square to Singapore’s Biopolis, innovation districts that focus on the life sciences have the potential to fuel national economies, transform health and improve quality of life.

One such district is the Changping’s Life Valley, a sprawling zone of research institutions and pharmaceutical and health enterprises clustered across more than seven square kilometres in the Changping district, a suburb in Beijing’s northwest with stunning mountain views.

Much of Life Valley is the Zhongguancun (ZGC) Life Science Park.

The park, which is the beneficiary of 20 years of government support, is expected to grow significantly in coming years. Three new zones are being developed: the Frontier Technology zone, the Medical Device zone, and the Beauty and Health zone.

To speed the development of the pharmaceutical and health industry across Life Valley, the Changping District local government is also introducing new policies.""",
     ['Z5', 'Z5.5']),
    ('http://www.chinadaily.com.cn/cndy/2018-10/25/content_37132850.htm',
     """City district changes on wave of reform, opening-up
By Du Juan | China Daily | Updated: 2018-10-25 07:37
Haidian district in Beijing, home to technology hub Zhongguancun, has become a pioneer of scientific and technology innovation for China during the 40 years since the start of the country's reform and opening-up.
Nearly 40 unicorn companies - startups worth more than $1 billion - in addition to 300 listed firms and 20,000 high-tech companies are located in Haidian, which at 594 billion yuan ($85.6 billion) had the highest GDP of the 16 districts in the capital last year.
Since 2016, Haidian has been contributing the most to the city in terms of economic growth.
Photo""",
     []),
    ('http://www.bjreview.com.cn/Cover_Story_Series_2010/2010-09/18/content_299493.htm',
     """A Classic Education> Archive
UPDATED: September 18, 2010 NO. 20 MAY 15, 2000
Peking University Science Park Shows Great Prospects

Recently, two phenomena at the Zhongguancun High-Tech Park, the "Chinese Silicon Valley," have been gaining attention. One is the large-scale investment from both domestic and foreign financing institutions, and the other is the emergence of high-tech parks set up by colleges and universities, thanks to preferential policies of the State. The Peking University Science Park is a focus of attention, seen as the most promising of its kind.

The park is located at the center of the Zhongguancun High-Tech Park, where talent resources and technical personnel are the most concentrated, neighboring Peking University, Tsinghua University and the Chinese Academy of Sciences. This area is the hotbed for high technology in China. Since June 1999, when the State Council approved the motion to accelerate the construction of the Zhongguancun High-Tech Park, the Zhongguancun area has been regarded as the height of the development for education, culture and high technology, and the expansion and development of the Peking University Science Park have received all-out support from the Government and the university. At present, the comprehensive development of the park has been approved by the State, and included on the list of the 15 key high-tech parks designated by the Ministry of Education and the Ministry of Science and Technology.""",
     ['Z3', 'Z3.4']),
    ('http://zgccapital.com/ministry-of-science-and-information-center-leaders-and-their-delegation-visit-the-center/',
     """【Center Highlights 1/19】The Deputy Director of the Information Center at the Ministry of Science and Technology visits the ZGC Innovation Center

by zgccapital

Shaohua Hu, The Deputy Director of the Information Center at  China’s Ministry of Science and Technology, and his team visited the Zhongguancun Innovation Center in Silicon Valley and held interesting discussions with representatives of the ZGC Innovation Center, and various Chinese enterprises.

During the discussion, Wei Luo, the COO of Zhongguancun (International) Holding Company, offered a warm welcome to the leaders of Information Center and introduced the achievements and long-term prospects of the ZGC Innovation Center. He also thanked the Ministry of Science and Technology for their significant support in facilitating the internationalization and development of the center.

After the meeting, the Innovation Center invited a few innovative pioneering Chinese companies from the center, including  Grush, Pintuitive, Sligtech to exchange the opinions with the delegation. Shaohua Hu and his team exchanged information about overseas Chinese entrepreneurship and technological achievements in their respective fields.""",
     ['Z7', 'Z7.4']),
    ('https://www.strategicstudyindia.com/2023/01/what-west-doesnt-know-about-chinas.html',
     """16 January 2023

What the West Doesn’t Know About China’s Silicon Valley

JENNIFER CONRAD

NOVELIST NING KEN first saw Beijing’s Zhongguancun neighborhood in 1973 as a 14-year-old on a school trip to the Summer Palace, former imperial gardens looted by European troops during the Opium Wars. “At that time, once you passed the zoo, Beijing was just countryside and farmland,” he says, recalling the bus ride heading northwest.

Today that stretch of road is the heart of China’s technology industry, a busy neighborhood with a subway stop and glass towers housing Chinese and Western tech companies. The neighborhood’s transformation mirrors the dramatic changes to China’s economy and culture over the past four decades. Tech companies that grew out of Zhongguancun expanded the boundaries of how businesses could operate—often by staying one step ahead of regulators—and came to shape Chinese power overseas.

When the first tech companies were established in Zhongguancun in early 1980s, every industry was state-owned, and every aspect of a person’s life was dictated by their danwei, or work unit, from where they lived to whom they married. When an entrepreneur named Wang Hongde left his research position at the Chinese Academy of Sciences in 1982 to start an IT company, taking several colleagues with him, it “tore a crack in the old system,” Ning says.""",
     []),
    ('https://www.ozy.com/fast-forward/beijing-set-to-transform-itself-into-a-tech-capital/85575/?utm_source=dd&utm_medium=email&utm_campaign=04292018&variable=c861089cc151f0b923abe35ba2c5fc17',
     """Beijing Set to Transform Itself Into a Tech Capital - OZY | A Modern Media Company

Beijing Set to Transform Itself Into a Tech Capital

By Ben Halder

People passing the shopping malls and offices in Zhongguancun, China, often referred to as China's Silicon Valley.
SourceMike Kemp/Corbis via Getty


Because China’s capital is reinventing itself in a massive bid to overtake the U.S. in the AI race.

By Ben Halder

But within 15 years, according to officials, the Chinese capital will be a leading light in technological modernization and a global hub for tech innovation. For those dealing with the constant headache of the city’s patchy internet service, the vision is hard to fathom. But China has brought about far greater transformations over shorter time spans, and there are plenty of signs pointing toward the realization of the city’s ambitions. Experts say the plan should be taken seriously.

The civic plan paints a picture of a livable, international and fully modernized Beijing — one that will be realized in the next decade.""",
     ['B2']),
    ('https://channels.theinnovationenterprise.com/articles/beijing-leads-china-s-ai-adoption',
     """Beijing leads China's AI adoption

Home to Zhongguancun, China's Silicon Valley, and hosting 35% of all AI enterprises located in China, Beijing is on the right track in its aim of becoming the planet's leading hub for AI innovation


China's target of becoming a world leader in artificial intelligence (AI) has placed its capital and third-most populous city at the forefront of global AI innovation. Beijing, a city with a history stretching back more than three millennia, is now looking toward a future fueled by AI innovation, investment and development.

Home to the Forbidden City, the Summer Palace and the Temple of Heaven, the city has in more recent times been building temples to its modern culture of innovation, with huge AI centers popping up throughout the metropolis.

According to the white paper commissioned by the Beijing authorities, the Chinese capital has five competitive advantages for AI companies looking to base themselves in the city: related policies; talents capital; innovation and entrepreneurship capacity; software R&D; and patent protection.""",
     ['B2']),
    ('https://oneriverhk.com/Article/3710.aspx',
     """Yoshida in China: Beijing’s science Park 2.0

Yoshida in China: Beijing’s science Park 2.0


BEIJING – Big cities in China — even medium-sized cities in China’s flyover regions — are all hot to trot promoting high-tech science parks. They all think they’ve built the next “Silicon Valley in China.”

But the mother of all Chinese science parks is still in Beijing.  The trend started here.

The Zhongguancun Science & Technology Zone in Beijing is a genuine high-tech cluster, developed as China’s first national model park.

Components are: academic institutions; national key labs; incubators, start-ups; software companies; R&D centers and business headquarters of big corporations (both Chinese and international). The Zhongguancun Science and Technology Zone has proven its reputation as the engine for technological growth in Beijing.

Notable companies located in Zhongguancun include Lenovo, Google, Intel, AMD, Oracle, Motorola, Sony and Ericsson. Microsoft built its Chinese research headquarters in the park in 2011.""",
     []),
]
# Round 19 traps: (kind, url, lang, text)
WEB19_TRAPS = [
    ('mall', 'https://aodaila.cn/teniers1078', 'en',
     """used to be a place where people love and hate in Zhongguancun.

mentioned here, most people will think of Dinghao electronic mall (hereinafter referred to as tophere), Hailong Electronics City (hereinafter referred to as the Dragon), Zhongguancun e world in front of those who need the black Lanhuo everywhere dense small shopping guide, store counters, all kinds of all kinds of accessories, and Sichuan people endless stream. Especially in computer Zanji era, Zhongguancun is like an open assembly plant, to meet the different needs of different groups of IT products.

but with the disorderly competition within the store brought by fake and refurbished products across the Zhongguancun electronics stores reputation plummeted, which is the flagship B2C model of the Internet business by extrusion. People are more and more used to shopping in the online shopping mall, brand awareness is also more and more strong. Zhongguancun electronics store is also a change in the past bustling scene, began to depression.

the small bosses in the counter are trying to change. They set up shop on Taobao, after the registration of the company to find a way to become a supplier of Jingdong, while others from the sale of computers, sell mobile phones to repair the computer, repair the phone"."""),
    ('passing', 'https://theculturetrip.com/asia/china/articles/the-best-things-to-do-in-wudaoku-beijing/', 'en',
     """The Best Things to Do in Wudaokou, Beijing

Tsinghua Scientific Park in Wudaokou, Beijing
Tsinghua Scientific Park in Wudaokou, Beijing | © Jian Chen / Alamy Stock Photo
Tom Smith

Situated in Haidian District, Wudaokou is a vibrant neighbourhood famous for its close proximity to world-renowned universities. From centuries-old palaces to popular nightclubs, here’s our guide on the best things to do in Wudaokou, Beijing.

1. Visit the Old Summer Palace

Ruins, Park

While most imperial attractions in central Beijing are jam-packed with hordes of tourists, this one on the north-west fringe of the city is far more tranquil. Yuanmingyuan Park — or ‘Gardens of Perfect Brightness’ — contains the summer home of the Qing Dynasty, dating back to the 18th and 19th centuries. British troops attacked the Old Summer Palace in the Second Opium War in 1860, but the residence was so large they didn’t manage to destroy it all. Fortunately, a fair chunk of the Old Summer Palace remains open for visitors to admire today."""),
    ('passing', 'https://gttrips.wordpress.com/2010/08/07/wudaukou-nights/', 'en',
     """jump to navigation

Wudaukou Nights August 7, 2010

Posted by markgurevich in Travel Log.

About five minutes by bike from our dorms at Tsinghua University lies Wudaukou. Wudaukou is a rather large part of Beijing, a neighborhood if you will, and we often go there to spend our evenings if we finish studying early. Over the years, Wudaukou has developed into a commercial center. It is surrounded by a number of Beijing’s top universities: in addition to Tsinghua, there is Peking University and the University of Science and Technology, and there a number of tall buildings housing corporate offices.

During the night, Wudaukou is quite a lively place. There is a large night market with many vendors selling clothing, toys, and sometimes even small animals such as puppies."""),
    ('passing', 'https://sinodefenceforum.com/t/news-on-chinas-scientific-and-technological-development.4270/page-370', 'en',
     """Look east
My journey begins at MIT, one of the wellsprings of artificial intelligence. Kai-Fu Lee, a well-known Chinese AI expert and investor and one of the organizers of the Hainan tournament, has come to recruit students for a new AI institute that his company,
, is building in Beijing.
Lee gives a talk entirely in Mandarin to an auditorium packed with about 300 Chinese students. He is dressed impeccably, in an expensive-looking suit and dress shirt, and he speaks in a confident, soothing tone. The talk touches on the interwoven trends that have driven the recent rise in machine intelligence: more powerful computers, ingenious new algorithms, and huge quantities of data.
In 1998 Lee founded Microsoft’s Beijing research lab, which showcased the country’s exciting talent pool (see “
”). Then, in 2005, he became the founding president of Google China.
To see what this potential looks like up close, I travel to Lee’s new institute, half a world away from MIT, in Beijing’s Haidian district. The streets outside are filled with people on colorful ride-sharing bikes."""),
    ('bangalore', 'https://medium.com/@newline/bengaluru-the-spotlight-on-indias-silicon-valley-241f8be168af', 'en',
     """Bengaluru: The Spotlight On India’s Silicon Valley

NewLine
3 min readSep 12, 2017

--

Bengaluru, a well-known cosmopolitan city in India is crowned as the country’s ‘Silicon Valley’ for rallying with some of largest multinational IT companies and startups. Pitched as a major hub for information technology companies in India, Bengaluru bears a comparison with the original Silicon Valley of USA i.e. San Francisco Bay Area, California. What’s more? Bengaluru’s tech hub has drawn the limelight for a massive expansion in the realm of fin-tech, artificial intelligence and the booming space of automation and virtual reality.

A massive contribution to Bengaluru’s development came from K.R. Baliga, the first Chairman and MD of Karnataka State Electronics Development Corporation. During the 1970s, he initiated an idea of bringing up the electronics industry to Bengaluru by purchasing 335 acres of land in South Bengaluru to establish an industrial park, now popularly known as Electronic City. This marked the evolution of IT sector in the city."""),
    ('siliconvalley', 'https://www.paloalto.org/p/the-founding-of-the-venture-capital', 'en',
     """The Founding of the Venture Capital Ecosystem in Palo Alto
The venture capital (VC) ecosystem in Palo Alto, and more broadly, Silicon Valley, is rooted in a unique confluence of geographic, technological, academic, and economic factors. It’s a story that intertwines the rise of technological innovation, the evolution of business models, and a daring approach to risk-taking. At the heart of this story is Palo Alto, a small town in the San Francisco Bay Area that became a magnet for entrepreneurs, engineers, and investors.
The foundation of the venture capital ecosystem in Palo Alto can be traced to the early 20th century, but its modern form began taking shape in the post-World War II era. Critical to this evolution were Stanford University, visionary investors, early tech pioneers, and government support for innovation. Together, these elements transformed Palo Alto into a hotbed for venture financing and innovation, creating a global template for entrepreneurship."""),
    ('taiwan', 'https://www.digitimes.com/news/a20201215PD206.html', 'en',
     """Hsinchu Science Park to continue playing locomotive role

Siu Han, Taipei; Steve Shen, DIGITIMES

Taiwan's Hsinchu Science Park (HSP) could further expand and develop smart micro-industry parks to promote the establishment of AI and micro industries, according to a group of leaders from Taiwan's IT industry.

These industry leaders were participating in an event marking the 40th anniversary of HSP, home to the world's top foundry house, TSMC, its fellow company UMC and numerous IC design houses, semiconductor firms and network device makers.

Looking forward to the park's development for the next 40 years, UMC honorary vice chairman John Hsuan suggested relevant agencies encourage the establishment of more AI and micro industries to accelerate the creation of value-added innovations that will help bring in a new wave of growth momentum for the park.

Meanwhile, the returning of Taiwan's IT companies from China has brought back related supply chains, with the science park once again playing a locomotive role, according to Frank Huang, chairman of Powerchip Technology."""),
    ('zhangjiang', 'http://en.chinagate.cn/2016-02/27/content_37889182.htm', 'en',
     """Shanghai hi-tech zone unveils enterprise park in Boston to promote China-U.S. technological innovation

Xinhua, February 27, 2016 Adjust font size:

The Zhangjiang Hi-Tech Industrial Development Zone (ZHIDZ), located in eastern China's Shanghai city, unveiled an enterprise park in Boston on Friday to promote China-U.S. technological innovation.

The Zhangjiang-Boston Enterprise Park is a new model of China-U.S. technological cooperation under the collaboration between the administrative committee of the ZHIDZ and the U.S.-China Partnership Committee, a U.S. organization working to develop investment partnerships with China.

The park, to be operated and managed by a China-U.S. joint venture, will gather innovative resources from universities, enterprises and institutes in both countries and integrate research and development incubation, industry, services, trade and finance.

Six innovation centers covering life science and biomedical technology, health care, artificial intelligence, semiconductor and integrated circuitry, new energy and environmental projects, and network information technology will be built in the park."""),
    ('shanghai', 'https://daoinsights.com/news/worlds-largest-ai-conference-kicks-off-in-china/', 'en',
     """World’s largest AI conference kicks off in China

On September 1, the fifth World Artificial Intelligence Conference officially kicked off its tech events in Shanghai.

Lasting until September 3, this year’s conference places a heavy focus on trendy tech topics. In fact, the WAIC opened a metaverse space just for the event. Participants can customise their avatars based on skin colour, hairstyle and glasses and wander the halls of the immersive experience.

Apart from the metaverse, the event additionally focuses on self-driving car technology. Shanghai opened downtown roads for self-driving experiences in the Pudong area in order to boost the burgeoning industry.

“Shanghai is the center of China’s innovative AI development, and the WAIC has become an important platform for promoting AI industrial communications and collaborations,” said Jin Zhuanglong, head of the Ministry of Industry and Information Technology."""),
    ('national', 'https://www.flanders-china.be/en/newsletter-archive/china-business-weekly-16-november-2021/beijing-stock-exchange-starts-trading-with-81-companies', 'en',
     """Beijing Stock Exchange starts trading with 81 companies

The Beijing Stock Exchange (BSE), which has been highly expected since its September announcement, was officially launched on November 15 with 81 firms, officially adding a third exchange to China's A-share market alongside those in Shanghai and Shenzhen. The BSE is mainly intended to address the fundraising of small- and medium-sized enterprises (SMEs) – the mainstay of China's innovation-oriented economy. A rally in the shares of 10 newly listed firms triggered a temporary trading suspension, with an average surge of 199.8% at the close. The turnover of the 10 firms, in addition to 71 listings migrated from an over-the-counter market, reached CNY9.58 billion.

A short opening ceremony was held inside the BSE building in the heart of Beijing's financial street, at which Cai Qi, Beijing Party Secretary and Yi Huiman, Chairman of the China Securities Regulatory Commission (CSRC) rang the BSE opening bell."""),
]
add_web_round("web19", [], WEB19_RELEVANT_EN, WEB19_TRAPS, all_tune=True)


# --- added round 20: a TUNING round like rounds 7, 8 and 10-18 (decided before any row was collected: every round-20 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Chinese only (the English rows of this period are round 19, collected by another helper at the same time).  Theme: kinds of
# Chinese text earlier rounds have few of: district government reports and work conferences (Haidian's 2024 plan-execution
# report, E-Town's 2021 work conference, Changping's 2023 press conference and its district head's 2025 interview), statistics
# releases (北京商报 on the ZGC January-November 2024 figures), university and science-park news (北京交通大学新闻网, the 北京理工大学
# science park's notice, a 清华科技园 history, the 2023 大学科技园 guidance), trade and business media (21世纪经济报道 on the 2024 ZGC
# Science City unicorn report, 经济日报 on AI for Science and on Beijing's robots, 千龙网 on the Daxing base, a 澎湃 essay reposted
# on a 网易号), Beijing's frontier industries (humanoid robots, AI large models, AI4S, HEPS) and HK/TW outlets and gateways
# (台灣光華雜誌, 新浪香港, 香港01, the cri.cn big5 gateway; zh-Hant mirrors with doubled-glyph pinyin mojibake).
# 23 relevant zh (9 zh-Hant, 6 with no code) and 8 traps (3 zh-Hant).
# Relevant zh: Haidian's 2024 plan-execution report on the AI highland and the ZGC large-model cluster (wqzpark); Changping's
# 北四村 clearance for 中关村生命园三期 (czhtech, zh-Hant with mojibake '余味成花?!安⑵桨病…'); the 2024 ZGC Science City unicorn report
# (21世纪经济报道 on a synonym-spun mirror, '东谈主工智能', '禀报', left in; no code); a 2001 台灣光華 feature on Taiwanese firms in
# 中关村 (zh-Hant); the ZGC Daxing biomedicine base at 20 years (千龙网 2023); E-Town's 2021 work conference (经济日报); Changping's
# district head on future industries (新浪香港 2025, zh-Hant, doubled photo caption left in; no code); E-Town's biomedicine
# investor at BIOHK2025 (香港01, zh-Hant; no code); a 2019 央视 report on a firm picked in a ZGC frontier-technology selection
# (中國臺灣網 mirror, zh-Hant with pinyin mojibake); ZGC January-November 2024 statistics (北京商报; no code); 北京交大 and the
# ZGC committee's 轨道交通 incubation base and returnee park (university news); 北京理工大学's science park / 中关村国防科技园 plan
# (2009 notice); the 2023 大学科技园 guidance (南财快讯; no code); 清华科技园's inclusion in the ZGC plan (paper abstract);
# Q1 2025 Beijing-to-Tianjin-Hebei technology contracts and Q2 plans (中新社 via ctmanga, zh-Hant); Beijing's 2023 robot action
# plan (新华社 via 中国青年网 mirror); E-Town's 2024 robot measures before the WRC (中新网 on an IP-address mirror, 'sp20241118'
# source line left in); the 2023 implementation plan of the ZGC sci-tech finance reform pilot zone (per-better, zh-Hant with
# mojibake, ends mid-sentence as stored); HEPS's expected first light (光明日报, zh-Hant mirror); Beijing's AI4S practice
# (经济日报 2025); 王缉慈's essay on AI firms clustering in Haidian (澎湃 via 网易号; no code); Beijing's robot industry after the
# humanoid-robot games (经济日报 2025); the 中日国际合作产业园 in Daxing (北京日报 via the cri.cn big5 gateway, zh-Hant).
# Traps (8): a 华夏时报 humanoid-robot investment feature that opens in 中关村梦想实验室 (zh-Hant, `passing`), 廖長城 on the Loop
# park naming 中关村 as what outsiders cite (speakout.hk, zh-Hant, `hongkong`), a 中关村广场 travel memoir (zh-Hant, `memoir`),
# Shenzhen Nanshan's trillion-yuan story (`shenzhen`), Zhangjiang's AI cluster 'seizing the global commanding heights'
# (`zhangjiang`), Suzhou's biomedicine park (a Soochow University page, `suzhou`), a 科技日报 brain-computer-interface commentary
# naming the 2025 ZGC Forum's standardisation roadmap and a 证券时报 piece on 北交所 and 专精特新 firms (zh-Hant) (`national`).
# Excerpts are 3-10 sentences copied as the pages have them (headers, bylines, '![]()', 'Title', '(资料图)', 'ZF9北京交通大学新闻网',
# the bbtnews '文章来源' line, doubled titles and captions, pinyin mojibake such as 關(guān), synonym-spun words and mid-sentence
# ends where the stored text ends: wqzpark '首批打造五', per-better '支撐服務北京國際科技創(chuàng)新'); several skip a paragraph:
# wqzpark (the general 2024 review paragraph), alt-om (its last, unfinished sentence), 163.com (cut after the 1988-2001 paragraph),
# cectop (the 1979 Shekou paragraph), and the hongkong, memoir and national traps are page openings.
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass check()
# with no problem; no two round-20 excerpts share a window; none of the pages is in /work/shared/benchdata.  Dropped as used
# or as an earlier row's story: the Changping BCI cluster (m.czci.cn; web9-rel-zh07), zgc-riic's embodied-AI piece (web6-rel-zh22),
# the 2023 national approval of the sci-tech finance pilot zone (10000link; web3-rel-zh09, so the municipal implementation plan
# was taken instead), the 2025 ZGC international technology trading centre summary (reportify), BAQIS on the big5 gateway (used),
# the 2024 6G visit to 中关村泛联院 in zh-Hant (feifmx; the round-18 English 6G row tells it), the 中关村科幻产业创新中心 opening
# (0355wg; web16 story), 投中网's 创业大街 feature (aykon, used), 591pin's unicorn feature (used), businessweekly.com.tw and
# okapi.books.com.tw (used), the ZGC Belt and Road promotion association (zgkjsz; web6 story), the 2009 government-procurement
# pilot (lemofix, used), Huairou pages (bjwmb, xiaocatian, hk.crntt used; ahhzjc/oksanjose earlier stories), a ZOL battery test
# mirror (juwanzhuan, used), a ZGC definition page on a recipe site (xmztd, used), the 2016 and 2023 ZGC monthly statistics
# pages (adanworld used), a 劳动报 Zhangjiang page and a 2011 Suzhou page (both used).
# Labels (README rules, rounds 2-18 readings) plus: Z4 + Z4.6 with B2 for Haidian's report (the city's 'AI industry source and
# highland with Haidian as the core' and the ZGC large-model cluster); Z5 + Z5.5 for 中关村生命园三期 (named in 004's Z5.5);
# Z5 + Z5.1 for the Daxing base's four leading and two extension segments; B4 for E-Town opening autonomous-driving city
# application scenarios; Z3 + Z3.7 for a start-up picked in a ZGC frontier-technology selection and housed in the 中关村前沿技术
# 创新中心; Z3 + Z3.4 + Z6 + Z6.9 for a university incubation base and returnee entrepreneurship park built with the ZGC
# committee; Z3 + Z5 for a university science park's technology transfer and incubation and the planned 中关村国防科技园;
# Z5 for 清华科技园's inclusion in the ZGC plan; B5 for Beijing's technology contracts to Tianjin-Hebei, the BTH technology
# innovation centres and a robot plan's 'headquarters in Beijing, production in Tianjin-Hebei', with Z5 + Z5.12 for extending
# ZGC policies to key parks in Tianjin and Xiong'an; B2 for Beijing's robot / humanoid-robot push and the IC 'innovation
# highland'; B4 for robot application-scenario programmes; Z2 + Z2.3 for the ZGC sci-tech finance reform pilot zone's
# implementation plan; B1 for HEPS in Huairou Science City; B3 for Beijing's AI for Science practice (an AI-driven research
# paradigm, as round 8); Z7 + Z7.2 for the 中日国际合作产业园 (004's Z7.2 names 大兴 and the 中日创新合作示范区); Z6 for the talent
# pool of the Haidian park in the 2001 feature.  Statistics, the unicorn report, E-Town's biomedicine investor, Changping's
# future-industry interview, a Beijing-wide university-science-park guidance and an essay on Haidian's AI clustering get no code.
# Doubtful round-20 rows (kept, flagged here): zh04 (台灣光華 2001: Z6 read from university and graduate numbers 'supplying
# firms with high-quality manpower'; Z7.1 left out for foreign firms' R&D centres, as web5-rel-en12), zh06 (E-Town B4 for
# scenarios, as web6-rel-zh15), zh12 (Z3 + Z5 for a university notice; Z3.1/Z3.4 left out), zh14 (Z5 for a university park's
# inclusion in the ZGC plan, a 1999 fact in a paper abstract), zh15 (B2 from one IC sentence of a statistics briefing; B3 left
# out for 概念验证、中试平台, as web6-rel-zh23), zh16/zh17/zh22 (three robot rows: a 2023 Beijing plan, E-Town's 2024 measures,
# a 2025 经济日报 commentary; B6 left out for '持续培育创新生态、建设国际科技创新中心的精彩缩影'), zh17 (Z7.8 left out for the
# WRC held in E-Town, as round 6), zh19 (HEPS: the 'first light expected this year' of 2024; earlier HEPS rows tell the 2019
# start and the 2023 first electron beam), zh20 (B3 from a feature's framing; B2 left out), zh21 (Z5 left out for the 1991/2001
# 上地/永丰 bases, stated as history), zh23 (Z7.2 for a park the text never calls a ZGC park), zh07 and zh08 (relevant, no code:
# a district interview and an E-Town investor).  Hard traps: passing01 opens in 中关村梦想实验室 with a Beijing robot firm,
# hongkong02 names 中关村 as China's research byword, memoir03 names 中关村 throughout, national05 names the 2025 ZGC Forum's
# BCI standardisation roadmap, zhangjiang07 uses B2's 'commanding heights' vocabulary, national06 uses 专精特新 / 卡脖子.
# Not found (no usable, unused page in the page search): a 北交所 listing announcement or company press release naming a ZGC R&D
# centre (the search returned only listing-rule stubs), a 36氪/虎嗅/钛媒体 page on ZGC, a 论坛帖子, an 亦庄/大兴/朝阳 government
# work report excerpt with task content in its opening, a ZOL page, a 中关村 school or restaurant page, and Z1 (no unused page on
# ZGC firms' key core technologies or 首台套).
# Round 20 relevant Chinese rows: (url, lang, text, labels)
# Round 20 relevant Chinese rows: (url, lang, text, labels)
WEB20_RELEVANT_ZH = [
    ("https://wenquanweb.wqzpark.com/html/web/zczc/haidianqujizhengce/hdrencaizhengce/1909953742095060993.html", "zh-Hans",
     "北京市海淀区人民政府办公室关于印发《关于海淀区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划的报告》的通知\n一、2024年国民经济和社会发展情况\n2024年以来,重点做了以下五个方面工作:\n(一)坚持以发展新质生产力为引领,实现经济高质量发展\n人工智能发展高地建设有序推进。落实市委市政府“举全市之力以海淀为核心打造人工智能产业策源地和产业高地”的战略部署。规划全球首个人工智能创新街区,在南部53平方公里“三横两纵一带”人工智能资源高度密集区,用大模型思维打造超级城市智能体。在五道口先导区启动“海淀AI原点社区”建设,形成涵盖上下游的人工智能全产业链,打造城市智能体样板间。“北京海淀人工智能集群”入选“2024年国家先进制造业集群”,成为入选该项竞赛的全国首个人工智能产业集群。依托中关村、知春路、学院路等周边地区在全国率先建设人工智能大模型产业集聚区,首批打造五",
     ["B2", "Z4", "Z4.6"]),
    ("http://www.czhtech.com/gc/2023/0712/458232.html", "zh-Hant",
     "時(shí)間釀酒,余味成花?!安⑵桨病敝卣诎压爬系淖8?,一筆一畫鐫刻為城市的發(fā)展故事。\n昌平區(qū)深入貫徹落實(shí)黨的二十大精神,立足區(qū)域功能定位,聚焦推進(jìn)中國(guó)式現(xiàn)代化,以服務(wù)新時(shí)代首都發(fā)展為統(tǒng)領(lǐng),加快建設(shè)北京國(guó)際科技創(chuàng)新中心承載區(qū),著力打造改革攻堅(jiān)開放共贏試驗(yàn)區(qū),統(tǒng)籌規(guī)劃城鄉(xiāng)治理協(xié)調(diào)發(fā)展先行區(qū),揮毫擘畫人文宜居生態(tài)優(yōu)美示范區(qū),奮力推進(jìn)國(guó)際一流現(xiàn)代化新城建設(shè)。7月11日,在十六區(qū)“一把手”談貫徹落實(shí)黨的二十大精神系列主題新聞發(fā)布會(huì)昌平區(qū)專場(chǎng)上,昌平區(qū)用五個(gè)故事,詳細(xì)介紹了中國(guó)式現(xiàn)代化北京篇章中昌平區(qū)的“開篇一筆”。\n未來(lái)科學(xué)城能源谷\n未來(lái)科學(xué)城\n【資料圖】\n加快建設(shè)北京國(guó)際科創(chuàng)中心承載區(qū)\n“北四村”是昌平區(qū)史各莊街道北部4個(gè)村的統(tǒng)稱,曾經(jīng)“握手樓”林立,是典型的城鄉(xiāng)結(jié)合部地區(qū)。為服務(wù)國(guó)家戰(zhàn)略科技力量、拓展首都創(chuàng)新發(fā)展空間,昌平加緊完成“北四村”拆遷騰退,并規(guī)劃建設(shè)中關(guān)村生命園三期、國(guó)際生物工程創(chuàng)新中心等3個(gè)重大項(xiàng)目。300萬(wàn)平方米的生物醫(yī)藥產(chǎn)業(yè)基地即將拔地而起,昨日的“北四村”正在衍變?yōu)楸本┽t(yī)藥健康產(chǎn)業(yè)發(fā)展的創(chuàng)新引擎。",
     ["Z5", "Z5.5"]),
    ("http://alt-om.com/jjjz/1185757.html", "zh-Hans",
     "(原标题:寰宇超1/4东谈主工智能 “独角兽” 来自北京海淀)\n21世纪经济报谈记者周慧 北京报谈 12月21日,由北京市海淀区委区政府,中关村科学城党工委管委会把持的“中关村科技企业党建与发展大会”举行。会上发布了《2024年中关村科学城独角兽企业高质料发展禀报》(简称《禀报》)。\n独角兽企业一般指树速即间小于10年、估值大于10亿好意思元的未上市高成长性蜕变企业 ,是中国新经济发展的穷苦推能源,被合计是新质坐褥力的典型代表。\n《禀报》称,从地区漫衍来看, 北京、广东、上海、江苏、浙江是独角兽企业趋承区。北京独角兽企业有114家,数目位居寰宇首位,成为中国“独角兽之城”,广东和上海紧随后来。\n从城市漫衍来看,北京、上海、广州、深圳、杭州是主要的独角兽企业趋承地,占寰宇独角兽企业的67.5%;从行业漫衍来看,中国独角兽企业在多个行业宽绰布局,其中,集成电路、新能源、东谈主工智能和医疗健康等前沿科技规模加速显现出独角兽企业,占比永诀为12.5%、11.7%、11.4%和10.8%。\n《禀报》提到中国独角兽企业呈现“行业高汇聚、地域广布局”的特征,北京独角兽企业数目不时位居寰宇首位。其中,海淀区独角兽企业数目为50家,占北京独角兽企业数目的44%,潜在独角兽企业数目增长飞速;海淀区独角兽企业夙昔沿科技企业为主,汇聚寰宇超25%的东谈主工智能独角兽;海淀区独角兽企业总估值约3000亿好意思元。\n2024年,海淀区独角兽企业上市数目达到7家,包括多点Dmall、地平线、闪送、百望云等。与此同期,2024年海淀区还有月之暗面、零一万物、航迹科技、微纳星空等新晋独角兽企业。",
     []),
    ("https://www.taiwan-panorama.com/Articles/Details?Guid=756f9f96-bac1-42d0-843b-2c4647e579e6&CatId=9&postname=%E4%B8%AD%E5%9C%8B%E7%9F%BD%E8%B0%B7%E7%9A%84%E7%BE%8E%E9%BA%97%E8%88%87%E5%93%80%E6%84%81%E2%94%80%E2%94%80%E5%8F%B0%E5%95%86%E5%9C%A8%E5%8C%97%E4%BA%AC", "zh-Hant",
     "「八○年代看深圳,九○年代看浦東,新世紀看中關村!」北京在人們心目中,一向是出文人學士與皇親貴戚的地方,然而跨入二十一世紀,北京從高高在上的士大夫階級落實下來,開始發展企業,力圖把知識化為利潤。\n\n中關村海淀園的「鎮園之寶」首推北大和清大,有「半國英才」之譽的清華大學,更是中關村各家企業CEO的搖籃。圖為北大校園一景。\n古都裡的金頭腦\n在北京市郊,和清華、北大毗鄰的中關村海淀園區,從十年前的「電子一條街」起家,目前已和廣東深圳、上海浦東、陝西西安並稱中國「四大矽谷」。當多數台商正瞄準大上海、準備在長江三角洲設廠之際,中關村卻已擁有最多的外商行銷總部與研發中心,奠定了「首都經濟」的基調。\n電子工程出身,早在六○年代就搞半導體研究的北京市政府台辦主任鄧培德,對北京在中國產業發展中的定位看得很清楚。\n「北京的優勢,就在學術強、人才多,可以做為創新和研發的基地,」鄧培德指出,僅僅中關村海淀園區,就擁有五十六所大專院校,其中二十三所屬於國家級「重點大學」,每年有一萬三千多名研究生進入職場,比全台灣還多出一倍;每年產出的博士更高達二千六百名,源源不斷地為企業提供高素質人力。",
     ["Z6"]),
    ("https://thinktank.qianlong.com/2023/0724/8076915.shtml", "zh-Hans",
     "19日,千龙网记者跟随北京市投促中心组织的“北京投资促进宣传媒体行”系列活动走进大兴区。北京市大兴区投促中心党组书记、主任何丽在活动中表示,“北京市赋予大兴区首都南部国际交往新门户、京津冀协同发展示范区、科技创新引领区、城乡发展深化改革先行区的‘三区一门户’功能定位,在产业优势方面,大兴正在重点打造临空产业、生命健康、先进制造三个千亿级产业集群。”\n医健产业基地已迈入千亿级园区\n据生物医药产业基地公司相关负责人介绍,中关村科技园区大兴生物医药产业基地经过20多年发展,产值超过千亿元。目前园区形成了生物制药、创新化药、现代中药、高端医疗器械四个主导板块、数字医疗和大健康两个拓展板块。科兴中维、民海生物、沃森生物、德国费森尤斯卡比、中华老字号北京同仁堂等一批国内外龙头企业相继入驻,涌现出CAR-T、桑枝总生物碱片等一批具有国际影响力的创新成果。",
     ["Z5", "Z5.1"]),
    ("http://www.ce.cn/xwzx/gnsz/gdxw/202112/23/t20211223_37197727.shtml", "zh-Hans",
     "增长预计超20%!北京经开区交出“硬核”成绩单\n\n  2021年12月23日 15:31   来源:经济日报新闻客户端   \n\n  地区生产总值同比增长预计超20%,工业总产值突破5000亿元大关居全市首位,全市总量排名第一,新一代信息技术产业全年产值将超1000亿元,千亿级产业集群再扩容……22日,北京经济技术开发区管委会召开年度工作会。记者在工作报告中看到,“十四五”开局之年,北京经开区在常态化疫情防控中抢时间抓发展,交出一份“硬核”答卷。\n\n  “今年以来,北京经开区坚持做强主导产业、发力新兴产业、布局数字产业、配套生产性服务业,高精尖产业生产得到持续优化。”北京经开区有关负责人表示,2021年,在新能源汽车领域,相继引进小米、长城等新能源龙头整车企业项目;在智能网联汽车产业领域,投放270台智能网联汽车开展测试,安全测试里程达221万公里,占全市70%以上,开放自动驾驶出租车、自动驾驶公交、无人零售、无人配送、无人环卫和微循环接驳等城市应用场景。预计2021年,经开区新能源汽车和智能网联汽车完成产值1600亿元。",
     ["B4"]),
    ("https://portal.sina.com.hk/news-china/sina/2025/01/15/1098941/%E4%B8%80%E6%8A%8A%E6%89%8B%E8%A8%AA%E8%AB%87%E4%B8%A8%E6%98%8C%E5%B9%B3%E5%8D%80%E5%8D%80%E9%95%B7%E5%8A%89%E6%9B%89%E6%9D%B1%EF%BC%9A%E6%89%93%E9%80%A0%E6%9C%AA%E4%BE%86%E7%94%A2%E6%A5%AD%E4%B8%BB/", "zh-Hant",
     "一把手訪談丨昌平區區長劉曉東:打造未來產業主陣地\n\n2025年北京市政府工作報告提出,北京將積極佈局建設未來產業,建立投入和增長機制,重點培育相關領域產業。合成生物、6G建設、機器人賽道、熱點產業凝聚,作為北京重點發展的平原新城,昌平區已經成為培育、發展未來產業的沃土。\n\n今年北京「兩會」期間,昌平區委副書記、區長劉曉東作客新京報千龍網訪談間,隨之帶來的2024年昌平區年度「熱搜詞」,也與「未來」與「活力」息息相關。未來產業賽道清晰,科創與城建同頻共振,消費融合彰顯生機,劉曉東說,在昌平,科技創新已為現代化產業體系注入了澎湃動力 ,平原新城的綜合承載力也在加速提升。\n\n昌平區委副書記、區長劉曉東(右)作客新京報千龍網訪談間。新京報記者 陶冉 攝昌平區委副書記、區長劉曉東(右)作客新京報千龍網訪談間。新京報記者 陶冉 攝\n\n談未來產業:\n\n創建國家級先導區,提前佈局高成長新賽道\n\n新京報:今年北京的政府工作報告中特別提及了未來產業,我們知道昌平區一直是科創沃土,未來產業凝聚,可否先介紹下關於產業發展的相關情況?\n\n劉曉東:未來產業是當前經濟領域的熱點,也是我們這兩年重點抓的大事。昌平作為全市發展新質生產力的策源地和未來產業主陣地,創新活躍、賽道清晰、鏈條完整、空間充足,僅去年就新落地註冊資金億元以上項目192個,保障小米智能手機工廠全面投產、科興來福城竣工驗收,推動醫藥健康、先進能源、先進製造三大主導產業收入分別達到1000億元、2400億元、1600億元,形成三大千億級產業集群,呈現快速增長態勢,在發展未來產業方面有很好的基礎。",
     []),
    ("https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60275547/%E5%8C%97%E4%BA%AC%E4%BA%A6%E8%8E%8A%E7%AF%89%E9%80%A0%E7%94%9F%E7%89%A9%E9%86%AB%E8%97%A5%E5%89%B5%E6%96%B0%E9%AB%98%E5%9C%B0-%E5%80%9F%E6%B8%AF-%E5%87%BA%E6%B5%B7-%E9%82%80%E5%85%A8%E7%90%83%E4%BA%BA%E6%89%8D%E4%BE%86%E8%8F%AF%E5%89%B5%E6%A5%AD", "zh-Hant",
     "由香港生物科技協會主辦的BIOHK2025，於9月10日在香港會議展覽中心召開，來自全球的學者、投資人和企業齊聚一堂，探討生物科技如何重塑人類健康的未來。\n\n\n\n論壇首日，北京亦莊備受矚目。北京亦莊國際生物醫藥投資管理有限公司榮獲「最佳醫藥創新生態獎」，BioPark國際醫藥創新公園則獲頒「最具潛力生物醫藥園區」獎。作為北京生物醫藥產業的重要承載平台，亦莊以龐大的產業體系和清晰的全球化戰略，吸引了全場的目光。《香港01》在論壇現場專訪了北京亦莊國際生物醫藥投資管理有限公司董事長谷守宇，深入了解亦莊在生物醫藥產業的發展模式和未來規劃。\n\n\n\n北京亦莊國際生物醫藥投資管理有限公司黨總支書記、董事長谷守宇。（香港01 鄭子峰 攝）\n\n全新生物醫藥產業生態的「構建者」\n\n谷守宇介紹，北京亦莊國際生物醫藥投資管理有限公司最初並不是純粹的產業投資者，而是從園區運營起步，目標是打造國內領先、國際一流的專業化產業園區。「我們最早是做了一個專業的生物醫藥園區，聚集了數百家醫藥創新企業，通過提供產業服務幫助他們發展。」他介紹，隨著亦莊生物醫藥產業規模不斷擴張，公司逐漸定位為產業生態的構建者，「從空間、資本、技術、人才等多個角度為產業提供全面支撐」。",
     []),
    ("http://destroybadbreath.com/xwzx/PoliticsNews/201904/t20190409_12155105.htm", "zh-Hant",
     "推動(dòng)高質(zhì)量發(fā)展 北京中關(guān)村打造前沿技術(shù)創(chuàng)新“高地”\n\n2019-04-09 14:37:00\n來(lái)源:央視網(wǎng)\n字號(hào)\n\n  央視網(wǎng)消息:黨的十九大提出,我國(guó)經(jīng)濟(jì)已經(jīng)由高速增長(zhǎng)階段轉(zhuǎn)向高質(zhì)量發(fā)展階段,轉(zhuǎn)變發(fā)展方式、優(yōu)化經(jīng)濟(jì)結(jié)構(gòu)、轉(zhuǎn)換增長(zhǎng)動(dòng)力是高質(zhì)量發(fā)展的主要特征。北京的中關(guān)村是我國(guó)人力資源和創(chuàng)新資源最密集的區(qū)域,我們一起去感受一下這里如何打造前沿技術(shù)創(chuàng)新的“高地”。\n\n  陳瑞軍是北京中關(guān)村一家人工智能企業(yè)的負(fù)責(zé)人,他向記者介紹說(shuō),三年前,他剛剛創(chuàng)立的公司曾成功入選了中關(guān)村一場(chǎng)前沿技術(shù)創(chuàng)新選拔,并受邀入駐中關(guān)村前沿技術(shù)創(chuàng)新中心辦公,但當(dāng)時(shí)陳瑞軍對(duì)此有些猶豫。\n\n  深晶科技董事長(zhǎng) 陳瑞軍:那時(shí)候公司還比較小,而且我們那個(gè)時(shí)候租的那個(gè)地方還沒(méi)到期,沒(méi)到期可能還要涉及到違約金的問(wèn)題,而且這個(gè)地方面積也比較大,所以我說(shuō)這個(gè)事情靠不靠譜。\n\n  衡量再三,陳瑞軍還是租下了這處遠(yuǎn)超當(dāng)時(shí)公司規(guī)模的辦公室。如今,公司已經(jīng)發(fā)展到270人的規(guī)模,估值已經(jīng)達(dá)到了10億元;剡^(guò)頭再看,陳瑞軍說(shuō),這個(gè)決定做對(duì)了。",
     ["Z3", "Z3.7"]),
    ("http://app.bbtnews.com.cn/print.php?contentid=542353", "zh-Hans",
     "首页 > 垂直频道要闻中心创新北京频道 北京市统计局:1-11月中关村示范区规模(限额)以上重点企业实现总收入7.6万亿元\n北京市统计局:1-11月中关村示范区规模(限额)以上重点企业实现总收入7.6万亿元\n北京商报讯(记者 金朝力 实习记者 刘曼华)12月31日,据北京市统计局官网,2024年1-11月,中关村示范区监测的规模(限额)以上重点企业(以下简称中关村企业)实现总收入7.6万亿元,比上年同期增长3.6%。实现技术收入2.2万亿元,同比增长14.4%,技术收入占总收入比重为29.0%。\n1-11月,中关村示范区规模(限额)以上国家高新技术重点企业实现总收入3.3万亿元,同比增长2.9%,其中,电子信息和高技术服务领域企业分别实现收入1.5万亿元和1.0万亿元,两个领域收入合计占国高新重点企业收入的77.1%,占比较上年同期提高0.8个百分点。\n1-11月,中关村企业研究开发人员合计64.2万人,同比下降5.3%;研究开发费用合计3788.7亿元,同比增长2.0%。\n责任编辑:要闻新闻中心\n文章来源:http://www.bbtnews.com.cn/2024/1231/542353.shtml",
     []),
    ("http://news.bjtu.edu.cn/info/1012/4430.htm", "zh-Hans",
     "ZF9北京交通大学新闻网\n7月12日上午,北京交通大学与中关村管委会共建“中关村轨道交通科技企业孵化基地”和“北京交大留学人员创业园”签字及揭牌仪式在我校思源楼612举行。我校校长谈振辉、党委副书记高福廷、副校长王稼琼、副校长李学伟及中关村管委会主任戴卫、副主任夏颖奇、机关党委书记蒋苏生等一行10人参加了会议。\n签字及揭牌仪式上,李副校长向管委会领导汇报了我校科技工作及科技园的发展状况,提出利用我校资源优势和地处中关村科技园区中心区的地域优势,将学校科技园区建设成为中关村中心区闪光点的努力目标,并表达了在北京市和管委会支持下建成国内一流孵化基地和创业园的信心。\n管委会夏颖奇副主任向我们介绍了中关村园区发展现状、特色成绩、努力方向、奋斗目标及相关的政策支持情况,明确表示管委会今后将从政策、资源、工作上给予我校全面的支持。\n戴卫主任和谈振辉校长为“中关村轨道交通科技企业孵化基地”和“北京交大留学人员创业园”揭牌并在双方共建协议上签字。谈振辉校长在代表学校表达感谢的同时,提出管委会的倾斜和支持带给我们一个很好的机遇,但同时也感到了压力,我校将进一步通过高科技实现产业化,并要将实现真正的科技产业化为人民谋利益为作发展目标。\n创建留学人员创业园为我校与中关村园区搭建起合作的桥梁,为我校开放办园、引进扶持建立了一个良好的平台。",
     ["Z3", "Z3.4", "Z6", "Z6.9"]),
    ("http://www.bitsp.com.cn/index/news/read/id/1807.html", "zh-Hans",
     "关于北京理工大学国家大学科技园暨中关村国防科技园规划设计方案征求意见的通知\n\n发布时间:2009-08-14 点击量:1331\n\n敬爱的老师们,亲爱的同学们:\n\n北京理工大学科技园从1992年开始建设,2001年4月北京市政府认定成为北京市大学科技园,2003年7月通过国家大学科技园的验收,同年10月获国家大学科技园授牌。目前,科技园一期工程已经完成近10万平方米的建筑(包括理工科技大厦、海淀科技大厦、国际教育交流中心等)。科技园紧紧围绕国家科教兴国的战略,依靠政府的支持,在大学技术转移、产学研合作、创业企业孵化等方面取得了一定的发展。\n\n为了进一步推动我校国家大学科技园的发展,完成北京市政府批复的中关村国防科技园建设目标,学校决定在中关村校区西区实施国家大学科技园二期暨中关村国防科技园建设,总建筑面积约20万平方米。建设任务完成后,我校大学科技园将汇聚全国特别是在京的航空、航天、兵器、船舶、电子等军工集团以及高等院校、科研院所的国防创新成果,培育高新科技企业,推进国防科技成果的商业应用和产业化,为学校的产学研合作奠定基础,为国防现代化提供强有力的科技支撑。",
     ["Z3", "Z5"]),
    ("http://baojia.gqsoso.com/baojia/20230908/092023_1362243.html", "zh-Hans",
     "您的位置:首页 > 快讯 > 北京:到2035年建成5家左右世界一流大学科技园 来源:南财快讯 • 2023-09-08 13:09:52 (资料图片仅供参考)北京市科委、中关村管委会与北京市教委近日联合印发了《北京市关于新时期推动大学科技园改革创新发展的指导意见》。《意见》提出到2027年,本市大学科技园的基础性、功能性、引领性作用进一步增强;到2035年,建成5家左右世界一流大学科技园,在沙河、良乡等科教智力资源密集的区域形成高校科技产业集聚区。(北京日报) 关键词:",
     []),
    ("https://jxxfw.com/periodical/2949473a3afd55b2b90dfc6dde4546a1.html", "zh-Hans",
     "论文部分内容阅读\n为了加快科研成果向生产力的转化、更好地实现大学服务社会的功能,1993年,清华大学提出了创建清华科技园的构想,并得到教育部和北京市的确认和批准。1994年,清华科技园发展中心成立,正式开始建设科技园。1998年,12万平方米的起步区工程完工,主园区初具规模。1999年,清华科技园被纳入中关村科技园区的总体规划,予以重点发展支持。",
     ["Z5"]),
    ("https://www.ctmanga.com/a/yi-ji-du-bei-jing-liu-xiang-jin-ji-ji-zhu-he-tong-1105xiang-cheng-jiao-e-chao-bai-yi-yuan.html", "zh-Hant",
     "一季度北京流向津冀技術合同1105項 成交額超百億元\n\n來源:中國新聞網\n\n中新社北京4月22日電 (記者 呂少威)今年一季度,京津冀協同創新和產業協作明顯加速,北京流向津冀技術合同1105項,成交額111.8億元(人民幣,下同)。北京市發展和改革委員會綜合處處長王育玲22日在一場發佈會上提到上述內容。\n\n王育玲表示,一季度,北京投資實現快速增長。在設備購置投資帶動下,固定資產投資(不含農戶)同比(下同)增長24%。高技術產業投資增長88.9%,服務民生的基礎設施投資增長22.3%、社會領域投資增長30.4%。\n\n王育玲介紹,二季度,北京將實施產業升級行動。推動新能源汽車等重點行業產能提升;實施《國際醫藥創新公園高質量建設實施方案(2025-2030年)》,構建500億元規模醫藥健康產業基金;全力打造集成電路產業創新引領高地,推動集成電路重大項目落地與能力提升;加快集聚機器人領軍企業和關鍵零部件企業,舉辦世界人形機器人運動會。\n\n王育玲表示,北京還將深入開展京津冀跨區域強鏈延鏈補鏈,推進京津冀國家技術創新中心和各區域中心建設,加快建設一批概念驗證、中試平臺,推動中關村國家自主創新示範區政策向京津雄重點園區延伸覆蓋;動態更新產業鏈圖譜,推動新能源汽車、氫能等產業鏈關鍵環節貫通。(完)",
     ["B2", "B5", "Z5", "Z5.12"]),
    ("http://m.feiyi.nanfei.cn/kx/2023/0629/12451.html", "zh-Hans",
     "北京:到2025年机器人核心产业收入超300亿元|天天头条\n中国青年网 2023-06-29 23:56:42\n\n\n(资料图)\n\n新华社北京6月29日电(记者阳娜)记者29日从北京市经济和信息化局获悉,近日发布的《北京市机器人产业创新发展行动方案(2023-2025年)》提出北京机器人产业发展目标:到2025年北京市机器人核心产业收入达到300亿元以上,打造国内领先、国际先进的机器人产业集群。\n\n根据行动方案的主要目标,到2025年北京机器人产业创新能力大幅提升,培育100种高技术高附加值机器人产品、100种具有全国推广价值的应用场景,万人机器人拥有量达到世界领先水平,形成创新要素集聚、创新创业活跃的发展生态。\n\n行动方案指出,北京将聚焦机器人产业链关键环节,发挥整机企业链主牵引作用,打通创新链条,增强人工智能大模型、产业关键核心技术、关键零部件等基础支撑能力,推动机器人产业稳链、补链和强链。比如研发图像、文本、语音及力、热、电、磁等多模传感数据融合处理的大模型系统;探索人工肌肉、电子皮肤等新型结构的开发与应用等。\n\n北京将集聚发展,优化机器人产业空间布局,重点打造北部机器人产研结合示范区,建设南部机器人产用结合集聚区,同时支持机器人头部企业发挥产业链优势,引导上下游配套企业在津冀布局,鼓励总部在京、生产在津冀地区的企业通过打造工业互联网平台、建设“母子工厂”等方式,实现生产资源对接、生产过程协同,提升产业链供应链整合能力。",
     ["B2", "B4", "B5"]),
    ("http://1.62.100.15/api/data.php?IjZ4=C.html", "zh-Hans",
     "发布时间:2024-11-18 09:34:32 来源: sp20241118\n中新网 北京8月16日电 (孙艳平)北京经济技术开发区(也称“北京亦庄”)聚焦产业链关键环节,着力提升关键技术攻关,将实施50个应用场景示范工程,开展一批“机器人+”应用示范,拓展典型应用场景,加速构建全国机器人产业创新发展高地。这是记者今天从北京经济技术开发区了解到的。\n2024世界机器人大会将于8月21日至25日在北京经济技术开发区亦创国际会展中心举行。在一场发布会上,北京经济技术开发区工委委员、管委会副主任王磊表示,北京亦庄着力支持关键技术攻关,聚焦机器人产业链关键环节,支持生态型企业联合高校院所牵头组建共性技术平台,支持平台加强共性技术研发及应用服务能力建设;支持产业链上下游企业联合开展产品攻关和产线建设,带动医疗健康、特种、物流等类型的机器人实现共同跃升发展。\n针对人形机器人,北京亦庄发挥具身智能机器人创新中心引领作用,建设高水平创新中心。支持该中心协同大院大所及产业链上下游企业,推动通用人形机器人本体原型、人形机器人通用大模型、运控系统、工具链、开源OS及开发者社区等关键共性技术攻关,今年4月发布了自主研发的通用人形机器人母平台“天工”并实现全球首例纯电驱全尺寸人形机器人的拟人奔跑。\n通过一系列战略性布局,北京亦庄已拥有机器人生态企业百余家,其中半数是专精特新企业,已落地优必选等人形机器人头部企业、SMC等机器人关键部件企业,产值规模近百亿,占全市机器人产业的一半左右,基本形成了覆盖芯片、操作系统、核心零部件、整机到应用场景的机器人全产业链体系。",
     ["B2", "B4"]),
    ("http://m.per-better.com/policy/204347.html", "zh-Hant",
     "京政辦發(fā)〔2023〕23號《北京市人民政府辦公廳關于印發(fā)〈北京市中關村國家自主創(chuàng)新示范區(qū)建設科創(chuàng)金融改革試驗區(qū)實施方案〉的通知》\n《北京市人民政府辦公廳關于印發(fā)〈北京市中關村國家自主創(chuàng)新示范區(qū)建設科創(chuàng)金融改革試驗區(qū)實施方案〉的通知》\n京政辦發(fā)〔2023〕23號\n各區(qū)人民政府,市政府各委、辦、局,各市屬機構:\n經市政府同意,現將《北京市中關村國家自主創(chuàng)新示范區(qū)建設科創(chuàng)金融改革試驗區(qū)實施方案》印發(fā)給你們,請認真貫徹落實。\n北京市人民政府辦公廳\n2023年10月24日\n北京市中關村國家自主創(chuàng)新示范區(qū)建設科創(chuàng)金融改革試驗區(qū)實施方案\n按照《中國人民銀行、發(fā)展改革委、科技部、工業(yè)和信息化部、財政部、銀保監(jiān)會、證監(jiān)會、外匯局、知識產權局關于印發(fā)〈北京市中關村國家自主創(chuàng)新示范區(qū)建設科創(chuàng)金融改革試驗區(qū)總體方案〉的通知》(銀發(fā)〔2023〕98號)等要求,為加快推動中關村國家自主創(chuàng)新示范區(qū)科創(chuàng)金融改革試驗區(qū)(以下簡稱試驗區(qū))建設,制定本實施方案。\n一、指導思想\n以習近平新時代中國特色社會主義思想為指導,認真貫徹黨的二十大精神,全面貫徹落實黨中央、國務院決策部署,完整、準確、全面貫徹新發(fā)展理念,更好統(tǒng)籌發(fā)展和安全,在依法合規(guī)、風險可控、商業(yè)可持續(xù)和有效保護消費者合法權益前提下,充分發(fā)揮本市金融資源集聚和基礎研究力量雄厚的優(yōu)勢,增強中關村在全國實施創(chuàng)新驅動發(fā)展戰(zhàn)略中的示范引領作用,支撐服務北京國際科技創(chuàng)新",
     ["Z2", "Z2.3"]),
    ("http://youridealarea.com/cn/Instant/culture/202403/t20240328_7599136.html", "zh-Hant",
     "我國(guó)高能同步輻射光源將發(fā)射“第一束光” 比太陽(yáng)亮1萬(wàn)億倍\n光明日?qǐng)?bào)北京3月27日電(記者董城 通訊員郭思博)記者日前從北京市懷柔區(qū)了解到,年內(nèi),懷柔科學(xué)城大科學(xué)裝置高能同步輻射光源預(yù)計(jì)發(fā)射“第一束光”。\n作為中國(guó)大科學(xué)裝置之一,高能同步輻射光源是由中國(guó)科學(xué)院、北京市共建的懷柔科學(xué)城大科學(xué)裝置集群的核心裝置。建成后,其將成為我國(guó)首臺(tái)高能同步輻射光源,也是世界上亮度最高的第四代同步輻射光源之一,可以發(fā)射比太陽(yáng)亮1萬(wàn)億倍的光,有助于更深層次解析物質(zhì)微觀結(jié)構(gòu)和演化機(jī)制,為提升我國(guó)國(guó)家發(fā)展戰(zhàn)略與前沿基礎(chǔ)科學(xué)技術(shù)領(lǐng)域的原始創(chuàng)新能力提供高科技研究平臺(tái)。\n2023年,高能同步輻射光源項(xiàng)目捷報(bào)頻傳,高能光源直線加速器、增強(qiáng)器相繼完成設(shè)備安裝、調(diào)試等。通過(guò)工程指揮部組織的工藝驗(yàn)收,各項(xiàng)指標(biāo)全部達(dá)到或優(yōu)于驗(yàn)收指標(biāo),總體性能達(dá)到同類裝置國(guó)際先進(jìn)水平。\n目前,真空、束控、注入引出、高頻、低溫等設(shè)備和光束線站批量加工測(cè)試工作正在緊張推進(jìn)中,預(yù)計(jì)將于今年年底發(fā)射“第一束光”。",
     ["B1"]),
    ("http://www.ce.cn/xwzx/gnsz/gdxw/202509/t20250916_2476387.shtml", "zh-Hans",
     "当科研遇到人工智能\n\n2025年09月16日 06:30   来源:经济日报   本报记者 杨学聪\n\n近日,国务院印发《关于深入实施“人工智能+”行动的意见》指出,加快探索人工智能驱动的新型科研范式,加速“从0到1”重大科学发现进程。北京作为教育、科技、人才资源富集地,人工智能竞争优势明显。在人工智能迎来从技术突破向价值落地的关键拐点时,北京如何围绕创新、转化、产业、服务等关键环节,打造新质生产力发展的重要发动机?\n\n科研新模式、计算新工具、研发新流程、产业新生态……AI for Science(以下缩写为AI4S)正在成为新一代科技革命的重要推动力量。当科学研究遭遇人工智能这项席卷而来、赋能一切的新技术,会激发怎样的“化学反应”?\n\n在高校、科研院所、创新企业云集的北京,经济日报记者深入调查采访发现,当地积极布局、率先探索AI4S科研创新路径,近年来已形成一批具有示范意义的创新成果,成为发展新质生产力的生动实践。",
     ["B3"]),
    ("https://www.163.com/dy/article/KMPGG92905568W0A.html", "zh-Hans",
     "网易首页 > 网易号 > 正文 申请入驻\n\n王缉慈|人工智能企业集聚北京海淀的动因探寻\n\n0\n分享至\n\n来源:市场资讯\n\n(来源:澎湃新闻)\n\n我从8岁起就生活在海淀区。在北大附小听历史地理学家侯仁之先生讲海淀的故事;在清华附中跟着王玉田老师学唱《海淀是个好地方》,其中“教育之花结硕果,科学之城美名扬”两句歌词令我终生难忘。我在澎湃新闻《我心中的科学城》中写道,仿照苏联科学院而建的中科院与北大、清华相邻,那里集中了中国顶尖的科学家,要改变中国的“一穷二白”面貌。\n\n改革开放,使海淀高教区积压的科研成果得以产业化。电脑普及催生了联想汉卡、四通中英文打字机和方正汉字激光照排系统等以汉字处理为应用场景的产品。那时我骑着自行车去中关村电子街调研民营科技企业的创业和繁衍。1988年北京市新技术产业开发试验区成立,我与几位研究中关村的学者一起探讨“研发和生产的接口”问题。我看到,尽管政府不遗余力地为企业兴建了上地信息产业基地(1991年建)和永丰高新技术产业基地(2001年建),却未能止住中关村企业去深圳、东莞和惠州生产电子硬件产品的趋势。",
     []),
    ("http://hkq.baitongwang.com/ouyanglujiedao/2025/0827/42658.html", "zh-Hans",
     "焦点热议:人机共舞产城共兴\n时间:2025-08-27 17:39:00来源:经济日报\n\n\n(资料图片仅供参考)\n\n 田径、足球、自由搏击、清洁服务、混料分拣……近日,全球首个人形机器人运动会在北京圆满闭幕。来自世界各地的机器人同台竞技,有的化身兵马俑载歌载舞,有的奋力冲刺百米障碍赛,观众在热烈的氛围中感受科技创新的澎湃活力。\n\n  这不仅是一场科技盛会,也是北京持续培育创新生态、建设国际科技创新中心的精彩缩影。以开放的姿态、务实的探索,北京正让“富有活力的创新城市”从理念变成现实。\n\n  一组数字直观展现出北京机器人产业的创新密度。2024年,北京市机器人产业营业收入同比增长50%,已支持形成12类200项机器人创新产品,高端产品体系基本形成。目前,北京持续从需求端发力,推动场景开放和规模应用。在园林、教育、水务、制造业等领域,已选择一批试点单位,梳理18类应用需求,征集并部署50余款创新产品试点应用。\n\n  “北京机器人产业总体处于国内第一梯队,特别是在新兴的人形机器人领域处于国内领先阵营。”北京市经济和信息化局智能制造与装备产业处副处长梁洪郡说,北京市将机器人作为继计算机、智能手机、新能源汽车之后的下一个颠覆性产品,抓住制造业数字化转型、智能化升级和人工智能赋能带来的机遇,推动机器人产业高水平创新发展,建设具有国际影响力的机器人创新高地。",
     ["B2", "B4"]),
    ("http://big5.cri.cn/gate/big5/bj.cri.cn//bj.cri.cn/20201215/b00d2699-34a7-5406-9288-4e49c8c7299b.html", "zh-Hant",
     "中日國際合作産業園將於“十四五”開建\n\n2020-12-15 08:57:45|來源:北京日報|編輯:周經韜\n\n中日國際合作産業園將於“十四五”開建\n\n  中日國際合作産業園效果圖。\n\n  北京日報訊(記者 陳強)日前,在市投資促進服務中心和大興區政府共同舉辦的一場招商活動上,即將於“十四五”期間開建的中日國際合作産業園,成為了海內外知名機構、企業代表、專家學者們熱議的焦點。目前,園區已正式由國家發改委批復設立,大興區已與22家企業簽約。\n\n  中日國際合作産業園定位為國際科技協同創新與産業合作發展示範區,未來將形成“三核五鏈一支撐”的産業發展格局。具體來講,將發展以生命健康、前沿智造和未來出行為先導“三核”,以生化工程、材料科學、現代工藝、人工智能、能源應用為拓展“五鏈”,並以現代服務業為“支撐”的産業體系。\n\n  園區位於京臺高速兩側,西紅門鎮、瀛海鎮、青雲店鎮、黃村鎮四鎮交界處,規劃用地總面積約為9.57平方公里。將形成“一帶兩軸三核多組團”的空間結構,打造創新産業、生活服務與信息發佈三大板塊,結合日本高端産業和製造優勢,發揮我國龐大市場、完整工業體系和營商環境優勢,推動中日雙方産業和創新優勢互補。",
     ["Z7", "Z7.2"]),
]
# Round 20 traps: (kind, url, lang, text)
WEB20_TRAPS = [
    ("passing", "http://www.91haoming.cn/news/show-596641.html", "zh-Hant",
     "![]()\n本報記者石飛月 北京報道\n“如果說未來中國哪個領域可能成為像新能源汽車這樣規模的產業,我認為一定是人形機器人。”半年前,當周全在中關村夢想實驗室對《華夏時報》記者說出這句話時,不像是在預測,更像是在下一個賭注。陽光穿過玻璃幕墻,落在這位英諾天使基金合伙人與他押注的賽道上。那個時候,他主導投資的松延動力,剛在人形機器人半馬比賽中拿下亞軍。\n這個賭注在當時看起來仍顯孤獨,因為投資圈對于人形機器人的分歧還很激烈,有人認為是前夜,有人斷定是泡沫。金沙江創投主管合伙人朱嘯虎那時公開向“具身智能”潑下冷水,并透露已逐漸從一些項目抽身,其中就包括松延動力。周全笑笑,對記者說:“投資賺的就是非共識的錢”。"),
    ("hongkong", "https://uat.speakout.hk/%E6%B8%AF%E4%BA%BA%E8%8A%B1%E7%94%9F/19771/-%E6%9B%B4%E9%80%B2%E4%B8%80%E6%AD%A5-%E5%BB%96%E9%95%B7%E5%9F%8E-%E9%A6%99%E6%B8%AF%E9%9D%9E%E5%B8%B8%E9%9C%80%E8%A6%81%E4%B8%80%E5%80%8B%E5%9C%B0%E6%A8%99%E6%80%A7%E7%9A%84%E5%89%B5%E7%A7%91%E5%9C%92%E5%8D%80", "zh-Hant",
     "【更進一步】廖長城:香港非常需要一個地標性的創科園區\n【更進一步】廖長城:香港非常需要一個地標性的創科園區\n\n落馬洲河套地區的「港深創新及科技園」備受各界關注,行政會議成員、香港科技大學校董會主席廖長城接受《大公報》專訪時表示,港深創科園將成為香港科技發展的新地標,在此平台上,可以發揮港深各自的優勢,吸引國際研究機構,形成協同效應。他認為,這不僅將推動香港的經濟發展,更會提升整個區域的生產力,將內地的科研、創新產業更推前一步。\n\n談及中國的科研,外界通常只會提及中關村、深圳,很少人有人會想到香港。廖長城說,香港近年很有決心推動創科發展,非常需要一個地標性的創科園區。廖長城又指出,八大院校都在科研上有很大投入,而香港人才匯聚,擁有投資、法律、估價等各個行業的專才。創科園將為香港帶來新的經濟發展機會,亦令人才多了一個選擇。"),
    ("memoir", "https://8686.online/huanyou/dly/bjyou/bjyj/201703/11334.html", "zh-Hant",
     "中關村廣場是一個我喜歡的地方。北京讓我去了一回就喜歡,想有空再去的地方頗有幾個,可真正落實了這種想法卻不多。中關村廣場倒真正是一去再去,一個人去過,兩個人去過,三個人一起去過,早上去過,中午去過,晚上也去過。\n一個人都是坐公共汽車過來,或者是坐公共汽車從別處回家的途中在這裡停一下。要在黃莊下車,中關村廣場實際上不在中關村,而是在中關村往南一個叫作黃莊的地方,黃莊原來有條往海澱鎮去的斜街,跟往中關村去的路形成一個三角地,這片三角地後來被挖開又填上,就成中關村廣場了。隨著城市的發展,每個地名覆蓋的范圍越來越大了,連國家圖書館前邊的街都從白石橋路改成中關村南大街,黃莊和海澱當然也可以被統稱為中關村了。\n一個人去的時候,就從黃莊這邊順著台階慢慢往上走,中關村廣場露在地上部分是一座栽滿大樹的山,也是一座鋪砌得很講究的公園。我喜歡一個人沿著鋪石的台階往高處走,我覺得這裡有點兒像香港。"),
    ("shenzhen", "http://www.cectop.cn/news/view_web?id=772928886", "zh-Hans",
     "Title\n您当前的位置: 首页 > > 文章详细\n深圳南山的故事:从高科技起源到万亿级城区\n发布时间:2025-08-21\n\n  35年前,这里还是驾校练车的荒郊野地。如今,这片185平方公里的土地上,平均每平方公里创造着51亿元GDP,聚集着腾讯、大疆等科技巨头。南山区用35年时间,走过了一些国际大都市百年的工业化历程,即将成为全国第三个万亿级城区\n\n  文/《财经智库》研究员袁雪编辑/张燕冬\n\n  2024年,南山区战略性新兴产业增加值占GDP比重达56%,大幅超过深圳全市42.3%的平均水平。南山区用不到全市十分之一的土地,创造了全市近四分之一的战略性新兴产业增加值。\n\n  截至2024年底,南山区商事主体突破60万,上市企业达216家,拥有国家级专精特新“小巨人”企业310家、制造业单项冠军31个、国家高新技术企业超5500家,数量均居全国区县首位。"),
    ("national", "http://feiliu.com/item/265961", "zh-Hans",
     "【直击未来产业】\n◎尹志欣\n脑机接口作为国家重点发展的未来产业,正加速从实验室迈向产业化。目前,我国脑机接口产业已初具规模,但仍面临技术瓶颈、人才缺口、伦理争议等多重挑战,亟待聚焦靶向技术攻关、产教融合育才、资本赋能增效、标准体系构建等环节精准发力,依托创新生态协同释放创新效能,实现产业破局。\n技术突破与产业转型同步提速\n近年来,脑机接口产业发展速度明显加快。2024年初,工业和信息化部等七部门联合发布了《关于推动未来产业创新发展的实施意见》,明确在脑机接口领域打造创新标志性产品。在前不久召开的2025年中关村论坛上,脑机接口产业联盟正式发布“脑机接口标准化路线图”,构建了涵盖技术、产业和标准化的行业行动框架,推动脑机接口产业迈向新的发展阶段。目前,我国脑机接口产业主要呈现以下几点特征。"),
    ("national", "http://www.qrczone.com/article/detail/836218.html", "zh-Hant",
     "證券時報網\n孫璐璐\n2023-09-08 06:59\n證券時報網訊,據央視新聞消息,在今天(8日)開幕的2023中國中小企業發展大會暨第十六屆中國中小企業節上,北京證券交易所副總經理李永春表示,北交所開市一年多以來,重點圍繞產業鏈、創新鏈、培育鏈,已經初步形成了全鏈條服務專精特新企業的市場體系。\n李永春介紹稱,目前北交所上市公司186家,專精特新“小巨人”占比超四成,高新技術企業占比超九成,部分公司在補鏈、延鏈、強鏈上持續發力,突破“卡脖子”技術,實現進口替代,或擁有國際領先的技術專利。"),
    ("zhangjiang", "https://shanghai.010b.com/info/detail/153569.html", "zh-Hans",
     "张江引领长三角人工智能产业集群 抢占全球发展制高点\n人工智能产业\n长三角\n产业集聚区\n所属地区:上海-浦东新区\n发布日期:2025年09月05日\n长三角人工智能产业论坛聚焦张江,展现其在芯片、集成电路等领域的产业优势,通过招商引资集聚创新资源,推动“张江-临港”双城联动,助力上海打造国家人工智能发展高地,抢占全球产业制高点。\n一、张江人工智能产业基础与核心优势显著\n作为上海科技创新的核心区域,张江在人工智能领域积累了深厚的产业基础。在产业链上游,张江在芯片与集成电路领域形成突出优势,技术研发能力与产业化水平位居全国前列,为人工智能产业提供了关键的硬件支撑。同时,在智慧医疗、工业自动化、无人驾驶等下游应用场景,张江已涌现出一批创新项目,涵盖技术研发、产品落地到市场应用的全链条环节,形成“核心技术+应用场景”双轮驱动的产业发展模式。此外,张江科学城集聚了众多国家级科研机构与高校合作资源,构建起“产学研用”协同创新体系,为人工智能技术突破提供持续智力支持。"),
    ("suzhou", "https://jxjypx.suda.edu.cn/af/d7/c12135a569303/page.htm", "zh-Hans",
     "苏州生物医药产业园\n\n发布时间:2024-05-06浏览次数:567\n\n苏州生物医药产业园位于苏州工业园区,是苏州工业园区培育生物产业发展的创新基地。苏州生物医药产业园目前已聚集了430余家高科技研发企业,形成了新药创制、医疗器械、生物技术等产业集群,并成为近15000名高层次研发人才集聚、交流、合作的创新产业生态圈。冷泉港亚洲会议中心等项目更是使生物医药产业园成为全球生命科学领域的学术和产业交流中心。\n\n经过不断改革发展,园区已经具备大规模开发建设的总体框架,形成了良性循环的软硬投资环境,吸引了多地区企业的投资。"),
]
add_web_round("web20", WEB20_RELEVANT_ZH, [], WEB20_TRAPS, all_tune=True)

# --- added round 21: a TUNING round like rounds 7, 8 and 10-20 (decided before any row was collected: every round-21 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: ENGLISH only (the Chinese rows of this period are round 22, collected by another helper at the same time): everyday
# English news, government and company pages on what the classifier rarely gets -- Zhongguancun's park layout and sub-parks
# (ZGC Development Group English pages on zgcgroup.com.cn and its patanipost.com mirror, english.beijing.gov.cn's sub-park
# profiles, the Fengtai park's own English site, a UKSPA member page), talent (China Daily's Zhongguancun channel), sci-tech
# finance (an AI-written reportify.ai summary), BTH (businesstianjin.com, ECNS), the "two zones" (bjzpark.spotlightbeijing,
# chinadaily's E-Town subsite), Beijing's digital economy (yunnangateway copy of China Daily, english.beijing.gov.cn policy
# interpretation), a foreign feature (INTHEBLACK), a spun-English page (uutian.com) and a 2006 blog of translated statistics.
# 19 relevant en (3 with no code) and 11 traps (all en).  Smaller than the 24 + 11 planned: see 'Not found' below.
# Relevant en: the 2017 Elite Youth of ZGC list, four ZGC Group parks recognised as Beijing SME characteristic clusters (2023), the
# 2013 ZGC-Fangshan park unveiling, the Yanqing 'Zhongguancun Innovation Home at the Foot of the Great Wall' space plan, the ZGC
# Overseas Forum 'ZGC GIFTs x London', the Xicheng Park profile, the Fengtai Park overview, ZGC's overseas offices (UKSPA), the 'two
# zones' after six months (2021) and at 90 percent of tasks, Xuan Hong on ZGC and Tianjin-Hebei (2015), the 2024 Beijing government
# report on the digital economy, the sub-centre's digital-economy action plan, the ZGC Technology and Finance Hub's 2025 sessions,
# the 2013 Politburo study in ZGC (no code), a 2015 feature on Zhongguancun start-ups and 3W Coffee, H1 2023 technical income (no
# code), 2006 half-year statistics (no code), the BTH coordinated development and the Binhai-ZGC park (2023).
# Traps: a student diary of a Beijing electronics market (`mall`), WSJ-based ZGC office rents and CBRE's Q1 office report naming
# Zhongguancun (`rental`), Haidian Foreign Chinese Experimental School and a Living-Abroad-in-Beijing school chapter (`school`),
# HKSTP's incubation programme (`hongkong`), a food-delivery driver in Zhangjiang (Shanghai Daily via pressreader) and a spam-headed
# Zhangjiang report naming Beijing's Zhongguancun in passing (`zhangjiang`), Nanshan talent and start-ups (`shenzhen`), the 2020
# State Council guideline on national high-tech zones (`national`), Hsinchu Science Park X (`taiwan`).
# Excerpts are 3-10 sentences copied as the pages have them (the zgcgroup page's glued 'SMEs.ZGC' cut at the sentence start, the
# Fengtai site's '¡°'/'¡±'/'¡¯' mojibake quotes, 'L M S', '3.png', ' date 2023-08-07', 'Xinhua) 08:41', reportify's '[1][3]'
# markers, the spun 'two champagne cars' English, the spam line '爱上海同城419' and the book's hyphenated line breaks 'nurs-\neries'
# left in); several skip a sentence or paragraph because it shares a 40-character window with earlier rows (long proper names):
# chinadaily 2017 (the sentence naming 'the Administrative Committee of Zhongguancun Science Park' and the list's full name),
# zgcgroup id=900 (its first sentence naming the 'Beijing Municipal Bureau of Economy and Information Technology'), patanipost 550
# (the 'ZGC National Independent Innovation Demonstration Zone' sentence), patanipost 586 (the ceremony sentence naming the
# 'Zhongguancun National Independent Innovation Zone' exhibition center), ukspa (the doubled page header), yunnangateway (the
# opening sentence naming 'the second session of the 16th Beijing Municipal People's Congress'), uutian (the car-ride paragraphs
# naming the 'Zhongguancun National Innovation Demonstration Zone Exhibition center'), people.cn 2023 (the lead sentence ending
# 'according to the Beijing Municipal Bureau of Statistics'), ecns (the 'first national high-tech industrial development zone'
# paragraph and the GDP paragraph), the hongkong trap (the HKSTPC sentence), the zhangjiang spam trap (the SMIC sentence) and the
# national trap (its lead sentence, 'quality development of national high-tech zones'); others skip menus, photo lines or a
# paragraph (zgcgroup 611 the Prince Andrew talk, bjzpark the FDI figures, intheblack the Ma Huateng caption, the 'Today, it seems' paragraph
# and the 'Related' line).
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass check()
# with no problem; no URL or text is in /work/shared/benchdata.  Dropped as used or telling an earlier row's story: the 2017
# points-based green card (en.people.cn, szjzcy.com mirror, the wanbiaoku 2024 notice and the beijing.gov.cn application page),
# the 2016 entry-exit service centre (covid-19.chinadaily, yibada), the 2019 20 talent measures (chinaservicesinfo), the 2022
# overseas-talent-park opinions and the 2021 pioneer parks (used), the 2002 returnee statistics (tsinghua.edu.cn), the London
# office (subsites.chinadaily), the U30 / Beijing-Taiwan youth contest (round-12 trap), the Jinnovation Park (tdminews, round 11),
# the 23 distinctive parks (used), the Chaoyang Garden 2017 page (used), the 7.2-km street and its 2016 crowd-funding page and the
# CCTV Garage Café page (round 17's Inno Way / street stories), the 2018 MoE 12 measures (used), the 2024 Forum's university
# transfer conference (round 11), the 2012/2013 Haidian transfer centre (cnipa, chinadaily; web7-rel-en09), the 2023 Forum's
# incubator index (the used '4.0 era' story), the Binhai 2016 opening (chinadaily 2016-12-03), the 2021-03-19 bjzpark BTH pages
# (one used, the other the same day's story), the 2019 Forum pages (web9), and used pages (ecns 2013 internet finance,
# chinainnovationfunding 30 credit products, covid-19.chinadaily 2014 finance, english.bjchy two-zones, wb.beijing 2023
# anniversary, china.org.cn 2025 Forum BTH, sipo 2016, global.chinadaily 2017 Baoding, pd-italent and pudong Zhangjiang pages,
# five English mall blogs: global.chinadaily 2010, hippopress, marriedgeeks, scarlatti, unboundly).
# Labels (README rules, rounds 2-20 readings) plus: Z6 + Z6.4 for a ZGC honour list of young entrepreneurs under 45; Z5 + Z5.5 for
# ZGC Group parks named in 004's Z5.5 (IC Design Park, Life Science Park, Software Park) recognised as characteristic industrial
# clusters; Z5 alone for a sub-park's unveiling / layout adjustment (Fangshan, Fengtai) and for a ZGC-branded Yanqing sci-tech town's
# space plan; Z5 + Z5.1 for a sub-park's '1+2+2' leading and key industries (Xicheng); Z7 + Z7.8 for a ZGC overseas brand forum
# (ZGC GIFTs in London); Z6 + Z7 + Z7.4 for the overseas offices 'to attract talents'; Z5 + Z5.12 for a ZGC official's plan of a
# cross-regional park chain with Tianjin and Hebei, and B5 + Z5 + Z5.12 where a Beijing firm moves production and R&D into the
# Binhai-ZGC park in a BTH coordinated-development story; B6 for the "two zones" (policy counts, support for the centre); B2 + B4
# for the 2024 report's AI models and automatic-driving scenarios / digital infrastructure; B4 for the sub-centre plan's 30
# application scenarios; Z2 + Z2.3 for the ZGC Technology and Finance Hub's financing docking; Z3 + Z3.4 for the incubator and
# accelerator network of Zhongguancun in a foreign feature.  A Politburo study visit and half-year statistics get no code.
# Doubtful round-21 rows (kept, flagged here): en02 (Z5.5 for a cluster recognition; Z5.3 would also fit), en04 (Z5 for a
# ZGC-branded town plan in Yanqing; Z5.4 left out), en05 (Z7.8 for an overseas forum; Z7.4 left out for the London MoU on an
# 'innovation center'), en08 (Z6 beside Z7.4 from one purpose clause), en11 (Z5.12 from a speech's wishes), en13 (B4 for a
# sub-centre plan; Z1.4 left out for its SME goals and B5 for the sub-centre), en14 (an AI-written summary; Z2.3 for a mechanism
# set up by the PBoC with local agencies under the ZGC name), en16 (Z3.4 from a foreign feature; Z5.13 left out), en19 (B5 beside
# Z5.12), en15 / en17 / en18 (relevant, no code: a 2013 study visit in spun English, 2023 and 2006 statistics).
# Hard traps: rental02/03 name Zhongguancun throughout (office rents), zhangjiang08 names 'Beijing's Zhongguancun' in passing,
# national10 is the national high-tech-zone guideline in the plans' vocabulary (independent innovation, transformation of
# achievements, financial services, green ecological parks), hongkong06 is an incubation programme (Z3.4's vocabulary), shenzhen09
# is incubation and talent in Nanshan, school04 is a Haidian school.
# Not found (no usable, unused English page in the page search within the time): Z6 returnee / overseas-talent rows beyond the
# used ones (every returnee, green-card, entry-exit and overseas-talent-park page found was used or told a used story), Z6.9-Z6.12
# talent services, Z5.3 specialised parks and Z5.4 old-factory renewal in ZGC (Chaoyang's cultural parks are not ZGC), Z3.1 / Z3.8
# technology transfer and spin-offs in ZGC (a 2015 Tsinghua Holdings page does not name ZGC), Z1 / Z1.4, Z2.1; traps of kinds
# `hotel` (only German/Italian hotel reviews), `bangalore`, `wuhan`, `hefei` and `passing`.
# Round 21 relevant English rows: (url, text, labels)
WEB21_RELEVANT_EN = [
    ('http://www.chinadaily.com.cn/m/beijing/zhongguancun/2017-12/11/content_35276491.htm',
     """• News
Zhongguancun's elite youth list for innovative ideas

Updated: 2017-12-11

Young and innovative entrepreneurs who established their businesses in Zhongguancun have been honored at the national science park's 2017 forum on Dec 7.

A total of 13 entrepreneurs appeared on the list including Zhang Yiming, founder and CEO of Toutiao, Cheng Wei, president and CEO of DiDi Chuxing, Hu Weiwei, co-founder and president of Mobike and Chen Tianshi, co-founder and CEO of Chinese chip startup Cambricon Technologies.

Aiming to inspire Zhongguancun's youth entrepreneurs under 45 years old who have made outstanding achievements to innovation and entrepreneurship, the event is an important part of promotional activities for Zhongguancun startups and innovative companies.""",
     ['Z6', 'Z6.4']),
    ('https://www.zgcgroup.com.cn/zgcadminen/home/content/index.html?id=900&cate=117',
     """Four Parks under the Group Recognized as Beijing’s Characteristic Industrial Clusters of SMEs of 2023

ZGC IC Design Park was recognized as “Zhongguancun IC Design Industrial Cluster in Haidian District, Beijing”; ZGC Life Science Park as “Life Science Industrial Cluster in Changping District, Beijing”; the Industrial Application Software Cluster of Haidian District, mainly built on ZGC Software Park, as “Industrial Application Software Cluster in Haidian District, Beijing”; the Daxing High-end Medical Device Industrial Cluster, with ZGC Medical Device Park as its main body, as “High-end Medical Device Industrial Cluster in Daxing District, Beijing”.


The positioning of the Characteristic Industrial Cluster of SMEs is industrial clusters that are focused on SMEs and guided by new development concepts. In order to build core competitiveness, these clusters, with efficient collaboration network and quality governance services, concentrate their attention on leading industries, highlight advantages and characteristics, and pool resources within a county or district.""",
     ['Z5', 'Z5.5']),
    ('http://www.patanipost.com/zgcadminen/home/content/index.html?id=550&cate=117',
     """The ZGC Development Group Signed a Strategic Cooperation Agreement with the Government of Fangshan District, Beijing

On the morning of December 26, 2013, the unveiling ceremony of the ZGC-Fangshan Sci-tech Park and the signing ceremony of strategic cooperation between the ZGC Development Group and the government of Fangshan District were held at the CSD business plaza, Changyang,Fangshan. According to the agreement, the two sides shall jointly develop the ZGC-Fangshan Sci-tech Park and build a “ZGC innovation demonstration zone in the south of Beijing”. 

At the end of 2012, the State Council approved the adjustment of Zhongguancun Sci-tech Parks’ size and layout, expanding from “one zone with ten parks” to “one zone with sixteen parks”.

Up to now, there are 140 enterprises and units landing in the park, with a total investment of 36.275 billion yuan and aggregated assets of 10.815 billion yuan, covering an area of 777.8 hectares. Moreover, 65 enterprises in the park have obtained the Zhongguancun High-tech Enterprise Certificate.""",
     ['Z5']),
    ('http://www.patanipost.com/zgcadminen/home/content/index.html?id=586&cate=117',
     """The Releasing Ceremony of the Space Plan for the “Zhongguancun Innovation Home at the Foot of the Great Wall” was a Success

The Innovation Home is located in Kangzhuang town, Yanqing District. It is close to the entrance of G6 expressway, 62km away from Beijing Downtown, 9km away from Yanqing Town.

The Innovation Home follows the concept of “promoting the area by industries, promoting industries by the area”.

Centering around the central area of Kangzhuang Town and partial area of the former Badaling Economic Development Zone, it includes 4.97 square kilometers of surrounding villages and industrial land into the planning scope. Its new construction area is about 3.4 million square meters, and its total investment is about 28 billion yuan. In the future, nearly 30,000 jobs in innovation and entrepreneurial businesses and supporting services will be created. The Innovation Home will absorb and accept industrial spillover as well as population diversion of relevant industries from the central urban area of Beijing.""",
     ['Z5']),
    ('http://www.zgcgroup.com.cn/zgcadminen/home/content/index.html?id=611&cate=118',
     """Zhongguancun Overseas Forum --“ZGC GIFTs ×London”-- was Held in London


On October 22, London ExCel Exhibition Center witnessed the opening ceremony of Zhongguancun Overseas Forum –"ZGC GIFTs×London”, in the theme of “Chinese Businessmen’s Sci-tech Innovation Path in the Era of Industry 4.0”, which was co-sponsored by ZGC Development Group and the 15th World Chinese Entrepreneurs Conference and attended by hundreds of Chinese businessmen from all over the world.


At the opening ceremony of “The 15th World Chinese Businessmen Conference” held in the morning, ZGC Development Group and London Development Promotion Agency signed a Memorandum of Understanding, agreeing to carry out in-depth cooperation in the innovation center, investment funds, sci-tech services, cross-border consultation and other aspects.

Before the opening ceremony, the exhibition area of ZGC Development Group has attracted great attention from Prince Andrew, Duke of York, of the United Kingdom.""",
     ['Z7', 'Z7.8']),
    ('https://english.beijing.gov.cn/beijinginfo/sci/innovationservices/resources/zgcandsixteenscienceparks/202112/t20211229_2576414.html',
     """District: Xicheng District

Park Introduction: Xicheng Park of Zhongguancun Science Park was formerly known as Desheng Science Park. It was established in June 2001 with the approval of the Ministry of Science and Technology, and formally opened in May 2002. After two spatial adjustments in 2006 and 2012, the policy area was expanded to 10 square kilometers, including three blocks of Desheng, Beizhan and Guang'an, involving 11 subdistricts of Xicheng District. The park is characterized by being a service park that supports the core functions of the capital, an innovative park driven by the integration of multiple elements, and an intensive park that efficiently uses space resources, and has become an important platform for the development of science and technology, culture and financial new economy, and the promotion of regional transformation and upgrading in Xicheng District.

Xicheng Park firmly grasps the strategic positioning of the capital, closely relies on and serves the core functions of the capital, adheres to Zhongguancun's powerful "innovation gene", and explores a unique embedded and functionally coordinated urban science park development road. It has formed a "1+2+2" industrial layout with financial technology as the leading industry, cultural technology and data industry as the key industries, and intellectual property and new energy as the focuses.""",
     ['Z5', 'Z5.1']),
    ('http://zgc-ft.gov.cn/sites/english/index.jsp',
     """Overview of Zhongguancun Fengtai Science Park

Zhongguancun Fengtai Science Park was established under the approval in November 1991 and was formally developed and built in 1992, which is one of the earliest ¡°One-district and Three-park¡± of Zhongguancun Science and Technology Park, with the overall planned area of 8.18 square kilometers. In 2012, it was approved to adjust space scale and layout and its overall planned area was changed to 17.63 square kilometers, consisting 11 parts including the east zone, west zone l, west zone ll, science and technology incubation street and Lize block after district extension, north district of Yongding River, south district of Yongding River, Feb.7th Vehicle Plant, Feb.7th Locomotive Works, Shougang Group Heavy Machinery Subsidiary Industrial Park and emergency rescue block. Zhongguancun Fengtai Science Park is the first one in China to advocate developing the ¡°headquarters economy¡±, which is a core functional zone of Beijing Fengtai District as well as an important base to develop hi-tech industries in Beijing.

Organization Chart of Zhongguancun Fengtai Science Park Management Committee

Zhongguancun Fengtai Science Park has basically realized the ¡°Government + Market¡± management and operation system: Zhongguancun Fengtai Science Park Working Committee is the agency appointed by Fengtai Park Committee and the Park Management Committee is the agency appointed by Fengtai District Government, and both of them will be responsible for the park¡¯s planned construction, industrial development, social management, etc.""",
     ['Z5']),
    ('http://www.ukspa.org.uk/members/zsp',
     """What is Zhongguancun Science Park?

Zhongguancun Science Park is one of the technology centres in the world and is growing fast. Over the last two decades, Zhongguancun has gathered nearly 20,000 high- and new-tech enterprises, as for example Lenovo and Baidu, and has formed a high and new-tech industrial cluster featuring electronic information, biomedicine, energy and environmental protection, new materials, advanced manufacturing, aerospace engineering, R&D and service.

Zhongguancun Science Park attaches great importance to the exchange of information and strategic cooperation with other science parks. Zhongguancun Science Park now has 10 overseas offices: in Silicon Valley, Washington, Tokyo, Toronto and London etc, whose purpose is to strengthen the relationship with overseas Chinese students and scholars, foreign institutions and high technology enterprises, and to attract talents and resources within technology, capital, information and marketing, etc.""",
     ['Z6', 'Z7', 'Z7.4']),
    ('http://bjzpark.spotlightbeijing.com/2021-04/03/c_609745.htm',
     """Home>Updates

Service, free trade zone develop at good pace

By Hao Nan | chinadaily.com.cn | Updated: Apr 3, 2021 L M S

3.png

The headquarters of ByteDance, the parent company of video sharing app TikTok, is one of many innovative companies in Beijing's Haidian district. GREG BAKER/AFP

The Beijing government is taking proactive steps to improve the city's business environment in support of the establishment of a comprehensive development zone for the further opening up of the service sector, and a pilot free trade zone.

Since the State Council approved the construction of the two zones in September 2020, the capital city has attracted a group of key industrial players to invest in more than 1,100 projects, including some 220 foreign-funded ones.

The city has also formed 251 policies with regard to the construction of the two zones, of which 137 policies have been released and implemented over the past six months.

Construction on the two zones has made steady progress in several districts of Beijing. In Haidian, for example, a signing ceremony for 13 key projects was held on March 2 at Zhongguancun Science Park's exhibition center.""",
     ['B6']),
    ('http://subsites.chinadaily.com.cn/beijing/etda/2023-11/23/c_941541.htm',
     """In Beijing, two zones boost development
Beijing has completed more than 90 percent of the reform and innovation tasks related to its "two zones" concept, a senior official of the city said on Thursday.
The two zones are a demonstration zone for the service industry in Beijing, which was approved by the State Council in 2015, and a free trade zone, which was approved by the central government in September 2020.
The zones offer preferential policies for both foreign and domestic investors in sectors such as science, culture, entertainment, finance, tourism and healthcare.
Liu Meiying, spokeswoman for the city's commerce bureau and leading group office for the two zones work, said at a news conference on Thursday, that the city government will continue to promote reform and will strengthen coordination this year.
The two zones' key areas support the full opening-up of Beijing's service sector, Liu said.
"We have supported the city's international scientific innovation center's construction by carrying out preferential policies for companies," Liu said. "For instance, the approval process for high-tech companies in key fields has been cut by 80 percent in terms of time and requirements.\"""",
     ['B6']),
    ('https://businesstianjin.com/index.php?Itemid=27&catid=2%3Atianjin-finance&id=9959%3Achina-daily&option=com_content&view=article',
     """Zhongguancun teams up with Tianjin and Hebei
Published on: 2015-11-11
Share to
User Rating: / 0
2Tianjin’s Meijiang Convention Center hosted communications panels as a part of the Second Beijing Tianjin Hebei Integrated and Innovative Development Forum on November 4th.

The event echoed the national strategy of integrated development, with support from the Zhongguancun Science Park Administrative Commission and the science and technology departments of Tianjin and Hebei. Twenty-eight tech companies and institutions sponsored the event. Held by Zhang Guihua, president of the Northern Technology Exchange Market, the conference attracted more than 700 representatives from corporations, institutes, and service institutions.

Xuan Hong, deputy director of the Science Park’s Administrative Commission gave a keynote speech on Zhongguancun’s role in the development in Beijing, Tianjin, and Hebei.

Xuan said that the science park should draw a clear blueprint, explore new management formats, and establish a cross-regional chain linking the science and innovation parks in Beijing, Tianjin, and Hebei.

Xuan also talked about the focusing the works. Pilot policies and projects should establish regional innovative mechanisms. An integrated innovation and entrepreneurship system should be built through cooperation between science parks and innovative societies.""",
     ['Z5', 'Z5.12']),
    ('http://english.yunnangateway.com/html/2024/news_0122/34206.html',
     """Beijing aims to be exemplar of digital economy
Skyline of Beijing's CBD area (online photo)
In recent years, the city has pioneered in key technology, infrastructure and application related to the digital sector. "For example, Beijing built 30,000 5G bases last year. It has about half of the country's generative artificial intelligence large model products available for the public. It has a 160-square-kilometer high-level demonstration zone for automatic driving," Yin said while delivering a government work report during the opening ceremony of the session.
In 2024, the city will further improve underlying technology of AI and make its AI models as advanced as international ones, promoting its application in government administration, the medical field, industries and life services, according to the work report.
Automatic driving will be applied in more scenarios such as airports, railway stations and urban road cleaning. The city is developing more emerging digital infrastructure such as 10-gigawatt optical network and internet of vehicles to serve the construction of a smart city, the report added.""",
     ['B2', 'B4']),
    ('https://english.beijing.gov.cn/investinginbeijing/InvestmentSpecial/DigitalEconomy/PolicesAndInterpretations/202412/t20241206_3958507.html',
     """Policy Interpretation: Notice on Issuing the Action Plan of Beijing Municipal Administrative Center for Promoting the Building of Beijing into a Benchmark City for Digital Economy (2022-2024)

english.beijing.gov.cn
2024-12-06

I. Development Goals

Form an overall work philosophy of "taking the industrialization of digital technologies and the digital transformation of traditional industries as the focus, and gaining support through increasing the supply of data factors, expediting the building of benchmark projects and accelerating the digital empowerment of small and medium-sized enterprises (SMEs)". With the year of 2024 as the final year, the action plan aims to promote a significant growth of the digital economy in Beijing Municipal Administrative Center, sets forth a series of quantitative goals such as nurturing ten quasi-unicorn enterprises (with each achieving a market valuation of over CNY 1 billion) and 80 specialized, refined, differential and innovative enterprises, ensuring that the scale of core industries in the digital economy reaches CNY 5.5 billion, putting in place 30 application scenarios, building up two specialized data zones and delivering two benchmark projects.""",
     ['B4']),
    ('https://reportify.ai/news/1166194008414883840',
     """Group 1 - The People's Bank of China, along with several local government agencies, has established the "Zhongguancun Technology and Finance Hub" financing docking mechanism to support technology-driven enterprises and key industries [1][3] - As of August 2025, the initiative has held 11 sessions, successfully connecting over 80 enterprises with a financing success rate exceeding 70%, resulting in a total credit of 17.8 billion yuan and loan disbursements of 9.15 billion yuan [1] - The focus areas include artificial intelligence, commercial aerospace, biopharmaceuticals, and robotics, with over half of the loan recipients still in the R&D phase and not yet generating significant revenue [1] Group 2 - The financing challenges are particularly pronounced for early-stage technology SMEs, necessitating increased support for these enterprises [2] - In 2024, Beijing saw the establishment of over 300 new technology enterprises daily, particularly in emerging fields such as AI, robotics, quantum technology, and biomedicine, which are characterized by high risk and growth potential [2]""",
     ['Z2', 'Z2.3']),
    ('https://www.uutian.com/wxtjt564',
     """in Zhongguancun, Liu Chuanzhi, Robin Li on the seven member of the Standing Committee said what


(review) in September 30th, the CPC Central Committee Political Bureau held the ninth collective study in Beijing Zhongguancun. This is the Politburo collective study for the first time out of Zhongnanhai, the classroom moved to Zhongguancun, the theme of the study is the implementation of innovation driven development strategy. In Zhongguancun, 3D printing and additive manufacturing, cloud computing, big data, biochip, crop precise biological breeding and quantum communication all these people seems to have become the new word Xi Jinping and other central leaders visit, the core of communication.""",
     []),
    ('https://www.intheblack.com/articles/2015/11/01/next-gen-start-ups-now-stamped-made-in-china',
     """Next-gen start-ups now stamped 'Made in China'

Backed by smart money, mentors and the state, China’s aspiring tech entrepreneurs are channelling their inner Jack Ma.

Updated 9 August 2017.

A double espresso from 3W Coffee will kickstart most people’s working day, but many patrons of this Beijing-based cafe are now looking for cash, not caffeine, to give their careers a boost. China’s recent start-up craze means this popular coffee shop has become one of the most fertile meeting places for entrepreneurs and investors involved in the capital’s high-tech sector.

It is in Zhongguancun, a neighbourhood in the north-west of Beijing, that many of the city’s tech-focused entrepreneurs choose to congregate. They are drawn to a complex web of “makerspace” coffee shops such as 3W Coffee, backed up by an increasingly well-developed support network of incubators, accelerators, venture capital (VC) firms and angel investors.

Today, Zhongguancun’s increasingly mature start-up ecosystem is being replicated to varying degrees across China. This has led to a rise in innovation and marketability among many of the country’s newly founded tech businesses.""",
     ['Z3', 'Z3.4']),
    ('http://en.people.cn/n3/2023/0807/c90000-20054718.html',
     """ date 2023-08-07 Major enterprises see rising technical income in Beijing's Zhongguancun

Xinhua) 08:41, August 07, 2023

A man wearing a face mask walks at Zhongguancun Science City in Beijing, capital of China, May 18, 2020. (Xinhua/Ren Chao)

The data indicate that 6,954 of these enterprises monitored in the zone achieved revenue of 3.8 trillion yuan during the period, while the proportion of technical income reached 22.4 percent.

There were 617,000 research and development personnel in Zhongguancun, with a total R&D expenditure of 184 billion yuan, a year-on-year increase of 0.6 percent.""",
     []),
    ('http://chinasilicon.blogspot.com/2006/10/zhongguancun-2006-economic-statistics.html',
     """Sunday, October 29, 2006

Zhongguancun 2006 Economic Statistics

Zhongguancun Science and Technology Zone
Management Committee

July 24, 2006

(Translated and adopted from Chinese, found at ZGC official government website, here, on October 29, 2006)

In the first half of the 2006 year, the total economy of the Zhongguancun Science and Technology Zone continued its high-speed, steady growth. The rate of growth of industrial production was relatively large and rate of growth of created export reserves slowed a little. There was steady growth in the amount of taxes paid, while newly recognized enterprises had clear decline. The entire economic trend was stable.

The structure of total revenue is worthy of note. Sales of products accounted for 162.6 billion yuan or 63.4% of the total. Technology revenue was 35.3 billion yuan or 13.7% of total revenue. And other revenue accounted for 58.7 billion yuan or 22.9% of total revenue.""",
     []),
    ('https://www.ecns.cn/news/2023-02-27/detail-ihcmauea0315740.shtml',
     """Beijing-Tianjin-Hebei region's coordinated development generates new growth driver

2023-02-27 08:38:36Xinhua Editor : Li Yan ECNS App Download

The coordinated development in Beijing and neighboring regions is now in full swing and has grown into a new driving force for China's development, nine years after China launched a key strategy to build the Beijing-Tianjin-Hebei regional city cluster.

A more rational industrial layout, the more balanced resource distribution and innovation-driven development have not only helped the crowded Chinese capital achieve healthy growth, but also brought benefits to Tianjin and Hebei.


Beijing Carale Robot Technology Co., Ltd. was established in the Chinese capital in 2014 and moved its factory and R&D center to the neighboring municipality of Tianjin in 2017, with the business flourishing since then.

"All thanks to the policy support from the Tianjin Binhai-Zhongguancun Science Park," the company's CEO Yin Li said. The park, formally established in November 2016 in the Tianjin Binhai New Area, has now become the city's scientific and technological innovation heartland.""",
     ['B5', 'Z5', 'Z5.12']),
]
# Round 21 traps: (kind, url, lang, text)
WEB21_TRAPS = [
    ('mall', 'https://intra.engr.ucr.edu/~ires/ires_2012/Welcome_files/IRES_PAST/diary/july_2010/7.html', 'en',
     """Diary July 7, 2010

Author: Cody Lewis

Today we visited the electronics market. The market is much different than what you would find in the United States. Instead of one big store that sells everything, and customers comparison shopping among the chain stores for the best (fixed) price, the Chinese way of selling is to have hundreds of small stores that all sell the same thing, run by a shop keeper, and where the owner sets the price. Bargaining is accepted and expected, and if you're not careful they'll try to gouge you.

At this particular electronics market, there are half a dozen or so large towers that house hundreds of small shops. As we walk through, the keepers see us and immediately converge, jabbering at us in Chinese and a flow of brand names. “HP! HP! IPod! Asus! Computer! Friend? Dell!” The shopkeepers increase the price by about 2x what they would offer their normal, Chinese customers. In the end, the price of electronics in Beijing is slightly higher than the same thing in the states, even when we bargain it all the way down.

A view of part of the electronics market. There are four or five sky scrapers with hundreds of small stores inside selling electronics."""),
    ('rental', 'https://www.mingtiandi.com/real-estate/finance/booming-tech-firms-redrawing-chinas-office-map/', 'en',
     """China’s tech industry has been growing at double-digit rates for many years now, and the expansion of the country’s technology giants has started to have an impact on the office real estate market.
Examining the effect of the industry on Beijing’s Zhongguancun, a centre for high-tech firms, the Wall Street Journal finds that,
The landscape of Beijing’s northwestern Zhongguancun district, the center for the decadelong boom in Chinese Internet companies, still is dotted with many of those malls alongside fast-food restaurants and a mix of old and new office buildings.
But rents there are rising and vacancies are below Beijing’s city average. The result, real-estate consultants say, is that flush Chinese companies looking to build new headquarters are moving increasingly far afield, north and south of the core Zhongguancun area.
In general, Beijing office rents have risen more quickly than other areas in the country, and Zhongguancun is no exception, with rates for prime space jumping an estimated 44 percent to RMB 241 yuan per square meter per month over the last five years."""),
    ('rental', 'https://yicaiglobal.com/news/beijings-office-rentals-recover-in-first-quarter-as-rents-tumble-report-says', 'en',
     """(Yicai) April 11 -- Beijing’s office rental market picked up in the first quarter as more companies sought out new spaces to rent as prices, particularly that of prime office spaces, drop, according to a recent study by US commercial property consultancy firm CBRE Group.
Fewer mass cancellations of office leases took place in Beijing in the first quarter, said Sun Zutian, head of research for CBRE’s North China region. And the net new area rented out doubled from the previous quarter to 73,000 square meters.
Two zones where high-tech firms are concentrated, including Zhongguancun, and three emerging business districts, including Tongzhou, each had more than 10,000 sqm net rented out over the period, Sun said.
This is largely connected with landlords lowering their rents, according to the report released on April 9. The cost to lease prime office space in Beijing slumped 2 percent in the first quarter from the previous quarter to around CNY283.30 (USD39) per square meter."""),
    ('school', 'https://www.trustingchoice.com/shop/17729.html', 'en',
     """Founded in 1999, Haidian Foreign Chinese Experimental School includes kindergarten, primary school, junior high school and high school, and its positioning is a high-end full boarding school.
Haidian Foreign Chinese Experimental School has a beautiful environment and excellent teaching facilities. Located outside the West Fourth Ring Road, Haidian Outer Chinese Experimental School has a construction area of about 100,000 square meters, which is close to the High School Affiliated to the National People's Congress, but covers an area of 350 acres, which is 1.64 times that of the latter, equivalent to half of Tiananmen Square. In addition to the common basketball courts, football fields, volleyball courts, the school also has high-end sports fields such as international standard golf driving ranges, climbing walls, fencing centers, and rare halls such as observatories, pottery rooms, studios, and piano rooms. The most attractive thing for children is the zoo, which is home to exotic birds such as black swans and red-crowned cranes."""),
    ('school', 'http://what-when-how.com/Tutorial/topic-1965t8ihs/Living-Abroad-in-Beijing-204.html', 'en',
     """If you can get your child in, you will find that school fees are much cheaper than what
you might pay at an international school, possibly just around RMB28,000 per year. One
option that many expat parents happily consider is to enroll their children into Chinese nurs-
eries or kindergartens to give them a solid foundation in the local language, but then move
them to an international school for the more formal education years.
Some Chinese schools are more expat friendly than others and several are actually
set up with international departments. Fangcaodi International School, Beijing Ritan High
School, The High School Affiliated to Renmin University of China, and Beijing No. 55
Middle School, for example, all have long-standing international programs. These schools
are all run by the Chinese government and classes are taught almost entirely in Chinese."""),
    ('hongkong', 'https://jumpstartmag.com/incubation-programme-at-hong-kong-science-and-technology-park/', 'en',
     """Incubation Programme at Hong Kong Science and Technology Park

Incu Lab egg

Tell us about the Incubation Program?

We offer full-service Incubation Programmes and a Leading Enterprises Acceleration Programme (LEAP) to assist startups in their vulnerable inception stages.

We have groomed over 300 companies over the past few years and there are currently 150 companies on the incubation programme"""),
    ('zhangjiang', 'https://www.pressreader.com/usa/los-angeles-times/20210428/282175063970150', 'en',
     """Los Angeles Times

Food delivery driver’s Zhangjiang insight

- Zhu Shenshen

FOOD delivery driver Zhu Yanjun knows how to recognize who are programmers and engineers, after working for four years in Zhangjiang of the Pudong New Area.

“They are wearing casual clothes, working badges, and often glasses, sometimes working late,” said Zhu, who delivers food for Meituan.

His clients are employees from top firms Alibaba, Baidu ByteDance, Honeywell, Lenovo, Microsoft, SAP and many startups in Zhangjiang, covering businesses from chip design and manufacture to artificial intelligence and biomedicine.

Zhangjiang has become “a forefront of innovation capabilities of Shanghai” and even China, for high-quality economy development and digital transformation.

It’s home to 100,000 tech firms, including 9,000 national level high-tech firms, said Wu Qing, Shanghai’s vice mayor."""),
    ('zhangjiang', 'http://www.zohope.cn/131097.html', 'en',
     """This investigative report examines Shanghai's ambitious plan to transform Pudong's Zhangjiang area into a world-class technology hub rivaling Silicon Valley, with particular focus on semiconductor and biotech breakthroughs.


爱上海同城419
Shanghai's Zhangjiang High-Tech Park in Pudong has emerged as China's most dynamic innovation engine, housing over 18,000 tech enterprises and 58 national-level research institutes. The area, now colloquially called "Zhangjiang Valley," has seen its GDP grow at an average annual rate of 12.3% since 2020, outpacing both Beijing's Zhongguancun and Shenzhen's tech corridor."""),
    ('shenzhen', 'http://www.pressreader.com/hong-kong/china-daily/20201014/281994674963050', 'en',
     """China Daily

Nanshan highlights role of talent in startups

- XIAOKANG@ GRASSROOTS By PEI PEI in Shenzhen, Guangdong peipei@chinadaily.com.cn

Liu Ruopeng, co- founder of Guangqi Group, which specializes in metamaterials, can’t get enough of Nanshan, a district in Shenzhen, Guangdong province. “This is a place with the most Silicon Valley characteristics,” Liu said.

Given the passion and drive of its entrepreneurs, Nanshan, a cluster of prominent high- tech firms, is often compared to Silicon Valley, Liu said.

As of August, 724,064 firms have been incubated in Nanshan. And 90 percent of its listed companies are of high- tech. R& D investment accounts for 5.87 percent of its GDP.

All along, Nanshan made talent key to its rapid and high- quality development."""),
    ('national', 'http://en.people.cn/n3/2020/0718/c90000-9712176.html', 'en',
     """China unveils guideline on development of hi-tech zones

(Xinhua)    11:21, July 18, 2020

Noting the vital role of national high-tech zones in underpinning innovation-driven development, the guideline stresses efforts in spurring innovation, deepening reform, and expanding opening-up in this sector.

In a bid to enhance national high-tech zones' capabilities for independent innovation, the country should integrate high-end resources, cultivate and attract talented people, as well as push forward the transformation of innovation achievements, according to the guideline.

Support should be given to high-tech enterprises and emerging industries, it says.

The document also proposes institutional reforms, calling for efforts to better the business environment, strengthen financial services, optimize land resource allocation, and build green ecological parks."""),
    ('taiwan', 'https://focustaiwan.tw/sci-tech/202112250008', 'en',
     """Hsinchu Science Park X breaks ground on first building

12/25/2021 05:35 PM

Taipei, Dec. 25 (CNA) A groundbreaking ceremony was held for the first building in the Hsinchu Science Park X Saturday as the first step for the industrial park to create a new tech cluster in Taiwan.

Located close to the Hsinchu Science Park, which houses many of Taiwan's tech heavyweights such as contract chipmaker Taiwan Semiconductor Manufacturing Co. (TSMC), the Hsinchu Science Park X is expected to become the city's second tech corridor, with a focus on software development, the Hsinchu City Government said.

The first building is scheduled to be completed in March 2024, which is expected to create 2,800 jobs, the city government said.

The city government said the central government is planning to spend NT$18.3 billion on the Hsinchu Science Park X's development, and after the construction of the first building has begun, the second and third buildings will be in the pipeline."""),
]
add_web_round("web21", [], WEB21_RELEVANT_EN, WEB21_TRAPS, all_tune=True)

# --- added round 22: a TUNING round like rounds 7, 8 and 10-20 (decided before any row was collected: every round-22 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Chinese only (the English rows of this period are round 21, collected by another helper at the same time).  Theme: the
# plan's park work (Z5) and the Beijing-centre projects the classifier misses most, in everyday news wording: a sub-park base
# named a 专精特新 distinctive park, ZGC parks in Tianjin-Hebei (a paper abstract on ten cooperation parks, the 2023 opening of the
# Xiong'an ZGC park, a 2023 feature on the Baodi 京津中关村科技城), the 1999 inclusion of the 电子城 old industrial base, an old
# satellite factory in the 中关村 core area reopened as a science park, the 创业大街 at one year, Shunyi's third-generation
# semiconductor cluster, the service-sector opening pilot, a BTH industrial-platform fair, Beijing pharma statistics and a 2019
# reform retrospective.  The round is SHORT: 12 relevant zh (6 zh-Hant, 2 with no code) and 8 traps (4 zh-Hant), collected in
# the time allowed; the page search is heavily mined and most hits for the brief's target measures were already used.
# Relevant zh: 中关村房山园 (北京高端制造基地) named a Beijing 专精特新特色园区 (didadaijia, zh-Hant); ZGC's cooperation agreements with ten
# Tianjin/Hebei parks (paper abstract, drds.library, Chinese paragraph only); the 2023 opening of the Xiong'an ZGC park (gaoerwen,
# zh-Hant with pinyin mojibake 關(guān)); Shunyi's third-generation semiconductor cluster in 2017 (北京日报 via the cri.cn big5 gateway);
# five years of Beijing's service-sector opening pilot (经济日报 via feifmx, zh-Hant with doubled commas ',,' and ',。' left in);
# the 2018 BTH industrial-cooperation platform fair in Beijing (长城网 via jy-dmbest, zh-Hant); the Baodi 京津中关村科技城 in 2023
# (新华社 via ngwqjnd, zh-Hant with mojibake '生產(chǎn)線?!标慄S實(shí)', '密不可分?!睂氎鎱^(qū)' left in); Beijing pharma-health statistics
# 2014-2023 from a '聚焦北京国际科技创新中心建设' press tour (中新网 on a spam mirror: '大发黄金版' and a wrong '2011-04-06' date
# left in; no code); the 中关村创业大街 at one year (2015); the 电子城 old industrial base and its 1999 inclusion in ZGC (北京日报
# 2020 retrospective); the 北京卫星制造厂科技园 opening in the factory's '中关村厂区' (网易科技 via api-racing); a 2019 Xinhua
# retrospective naming ZGC's origin and Beijing's 2015 service-sector pilot (folksfolks; no code).
# Traps (8): Wuhan Optics Valley's 2025 entrepreneurship plan with idle shops turned into incubators and 硬科技创业 targets, and a
# 2021 Optics Valley incubator opening (`wuhan`); Hsinchu's 2021 revenue record incl. '舊有標準廠房更新活化' (crntt, zh-Hant,
# `taiwan`); HK Science Park's HK$10bn incubation programmes (信报 via ejtech, zh-Hant, `hongkong`); Shenzhen Nanshan in 2017
# (zh-Hant with mojibake) and the Hetao Shenzhen park (澳门 waou, zh-Hant) (`shenzhen`); Zhangjiang's 2023 urban-renewal
# projects (张江水泥厂 into an industrial park) (`zhangjiang`); a university essay on the national 职务科技成果赋权 reform (`national`).
# Excerpts are 3-10 sentences copied as the pages have them (headers, bylines, '(資料圖)', '分享到:', duplicated titles, pinyin
# mojibake, doubled commas); several skip a paragraph: crntt (the 中時 paragraph and the industry figures), kbm75 and waou
# (cut after their openings), qdjshmygc (cut after the first founder story), gaoerwen (cut before the operator's quote).
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass
# check() with no problem; no two round-22 excerpts share a window; a sample string of each excerpt is absent from
# /work/shared/benchdata.  Dropped as used or as an earlier row's story: 71.cn's 2021 存量空间 feature (used), the 2024 Forum
# technology-manager meeting (chinafbs, used), the 中关村银行 interview (caiding5, used), the 数字经济标杆城市 book chapter
# (cqxianglaokan used; its zhangyue copy shares the text), the 虚拟现实产业园 (newton.com.tw) and Shunyi's 2024 Forum semiconductor
# forum (jlshop) (both used), the 2013 Pinggu/Shunyi parks (used), the 1万家 ZGC branches in Tianjin-Hebei (todaymg; web9-rel-zh15's
# story), the 2021 BTH press conference (sdyjkjfhq; round 11's story), the 2021 高精尖 plan's trillion clusters (bj.cnipai;
# web8-rel-zh14), the pharma plan's 1.25 trillion (ifeng, zzsj; round 13), the 2021 两区 government report (whyfsj; round 13),
# the FTZ press conference (xuehua; round 13), the 十百千 scenarios of the centre plan (honglaili, used), the 2015 innovation
# season / 升级版创业大街 (stockstar, yzydsg, x4007; round 10's story), the IC design park's start (xfafinance; round 7),
# the 2022 创业大街 feature (stdaily, used), 解碼中關村 (jssljx, used), the 2011 Haidian returnee parks (zqsa, used), the
# T25 rent index naming 中关村软件园 (xcysalbb used; jinhaidianhuagong the same story), a ZOL battery ranking (used), Yahoo's
# Hsinchu 45th anniversary (used; udn the same story), Hefei pages (outlooknewera, dcqhyn, ustc: used), a 南山 page sharing
# round 20's cectop text (handmsg), Zhangjiang pages (hffxjx, 51cbd: used), the bj.sina restaurant guide (used), hk01's
# office-rent report (used).
# Labels (README rules, rounds 2-20 readings) plus: Z1 + Z1.4 with Z5 + Z5.3 for a ZGC sub-park base named a 专精特新 distinctive
# park with its 专精特新 and 小巨人 firms (004's Z1.4 is SME support, Z5.3 distinctive parks); Z5 + Z5.12 for ZGC's cooperation parks
# in Tianjin-Hebei (the ten-park abstract, the Xiong'an opening, Baodi); Z5 alone for a base's inclusion in the ZGC park (as round
# 20's 清华科技园); Z5 + Z5.4 for an old factory in the ZGC core area renovated into a science park; Z3 + Z3.4 for the 创业大街's
# incubation results; B2 for Beijing's third-generation semiconductor cluster (seeds/001's B2: 集成电路产研一体, 关键新材料);
# B5 for a BTH industrial-cooperation fair held in Beijing stressing 北京创新资源 and the '2+4+N' cooperation pattern; B6 for
# Beijing's service-sector opening pilot (seeds/001's B6 names 国家服务业扩大开放综合示范区).  Statistics and a reform
# retrospective get no code.
# Doubtful round-22 rows (kept, flagged here): zh01 (Z1.4 + Z5.3 from a Beijing-wide 专精特新 designation applied to a ZGC sub-park
# base; Z5.1 left out), zh04 (B2 for a 2017 district cluster before the centre plan; B4 left out for '千億級産業規模', not a
# trillion-yuan cluster), zh05 (B6 for a service-sector text with little S&T content), zh06 (B5 for a BTH text that is about
# the region more than the Beijing centre; Z5.12 left out as no ZGC park is named), zh08 (relevant with no code: B4 left out for
# statistics of an existing cluster, as web5-rel-zh18), zh10 (Z5 for a 1999 fact stated as history; Z5.4 left out for the old
# state factories' restructuring and Z7.1 for multinationals settling, as web5-rel-en12), zh11 (never names a ZGC park: '中关村厂区'
# is the factory's site name; Z5.4 read from the renovation), zh12 (a retrospective: Z2 left out for '科技领域就是在中关村', B6 for the
# 2015 pilot stated as history).  Hard traps: wuhan01 states 硬科技创业 targets and idle shops turned into incubators (Z3.4/Z3.7/
# Z5.4 vocabulary), taiwan03 and zhangjiang07 use 标准厂房更新活化 / 城市更新 for other parks, hongkong04 is an incubation programme,
# national08 is the 赋权 reform of 004's Z2.1 nationally.
# Not found (no usable, unused page in the page search within the time): Z3.1 技术经理人 / 技术转移机构 (the ZGC pages found were
# used), Z3.7, Z3.8 (the 毛二可 spin-off pages repeat round 10), Z2.1 and Z2.3 on ZGC (used), Z6 measures (青年人才, 国际人才社区,
# 海创园: only used or non-ZGC pages), Z5.1 and Z5.5 park upgrades, B4 (应用场景, 数字经济标杆城市, 万亿级: all hits used or told),
# and traps of the kinds zol, mall, rental, restaurant, school and passing (all hits used).
# Round 22 relevant Chinese rows: (url, lang, text, labels)
WEB22_RELEVANT_ZH = [
    ('http://www.didadaijia.cn/yuquanyaowen/33058.html', 'zh-Hant',
     '近日,北京市經濟和信息化局發布了《北京市專精特新特色園區 (試點)名單》及《2024年度北京市專精特新企業服務站名單》,中關村房山園——北京高端制造基地榮獲北京市專精特新特色園區(試點)認定的園區。\n近年來,北京高端制造業基地引進培育專精特新企業近30家,國家級專精特新“小巨人”企業5家。\n北京市專精特新特色園區是由北京市經濟和信息化局組織開展,在全市范圍內進行遴選。“專精特新特色園區”試點是指通過匯聚優勢服務資源,提升特色服務能力,以培育和服務專精特新中小企業發展為主要服務功能的產業園區,通過特色園區的建設,培育一批代表新質生產力發展方向,助力未來產業發展的專精特新企業。此次主要聚焦“產業集聚型”“聚鏈融通型”“數智加速型”“資本助力型”“生態賦能型”“人才引領型”六大特色方向進行征集。',
     ['Z1', 'Z1.4', 'Z5', 'Z5.3']),
    ('https://drds.library.net.cn/journal/detail.aspx?i=WVVEVW5kQmR4MlU9', 'zh-Hans',
     '在推进京津冀城市群高科技园区的协同发展进程中,三地园区之间是否深度融合,决定京津冀协同发展的质量和深度。目前京津冀城市群的天津与河北高科技园区与中关村科技园签有政府间合作协议的有10家,其对接的产业类型依次为电子信息、先进制造、新能源与节能、环境保护、生物医药产业,与中关村科技园总收入占比居前5位的产业类别恰好相对应。三地园区协同发展动力机制可分为产业梯度转移机制、市场需求吸引机制、科技产业孵化转化机制、政府引导驱动机制、市场合作驱动机制5类。合作共建模式主要有:政府引导驱动机制为主的中关村海淀园秦皇岛分园模式、市场合作驱动的类似于固安工业园的产业新城模式、科技产业孵化转化机制为主的保定中关村创新中心模式等。',
     ['Z5', 'Z5.12']),
    ('http://gaoerwen.cn/zx/20230831/083192762.html', 'zh-Hant',
     '(資料圖)\n北京向南100多公里,一座“未來之城”搶時間、拼發(fā)展,拔節(jié)生長。8月30日,被譽為“中國創(chuàng)新發(fā)展的一面旗幟”的中關(guān)村在這里有了新址——雄安新區(qū)中關(guān)村科技園正式揭牌運營。這座“妙不可言、心向往之”的新城毅然樹起“創(chuàng)新旗幟”,譜寫出京津冀協(xié)同發(fā)展的新篇章。\n科技園位于雄安新區(qū)中部偏北,以容東片區(qū)華望城為主要載體,重點布局空天信息、現(xiàn)代生命科學(xué)與生物技術(shù)、智能網(wǎng)聯(lián)汽車、人工智能等高端高新產(chǎn)業(yè)方向。一期面積約2.1萬平方米,預(yù)留擴展運營空間約1.4萬平方米。\n京冀有關(guān)負(fù)責(zé)同志表示,雄安新區(qū)中關(guān)村科技園揭牌運營是落實京津冀協(xié)同發(fā)展戰(zhàn)略的重要舉措,不僅將推動北京“新兩翼”建設(shè)更加有力,還將高標(biāo)準(zhǔn)高質(zhì)量推進雄安新區(qū)建設(shè),努力使京津冀成為中國式現(xiàn)代化建設(shè)的先行區(qū)、示范區(qū)。\n作為中國最具活力的創(chuàng)新高地之一,近年來,中關(guān)村深入實施創(chuàng)新驅(qū)動發(fā)展戰(zhàn)略,驅(qū)動北京、輻射全國、鏈接世界,作為全球創(chuàng)新網(wǎng)絡(luò)樞紐的地位不斷提高。目前,中關(guān)村企業(yè)在外省市設(shè)立分支機構(gòu)超9萬家,其中在津冀地區(qū)設(shè)立分支機構(gòu)逾9000家。',
     ['Z5', 'Z5.12']),
    ('https://big5.cri.cn/gate/big5/bj.cri.cn/20171107/13ed8dd8-a3bb-7437-f0c8-8fa180e3fb4b.html', 'zh-Hant',
     '半導體創新型産業集聚區落北京順義\n\n2017-11-07 10:07:22|來源:北京日報|編輯:李勝蘭\n\n  原標題:半導體創新型産業集聚區落順義 \n\n  北京日報訊(記者 王海燕)5G移動通信、新能源汽車、航空航天、物聯網、人工智能……戰略新興産業風起雲湧,半導體創新在其中扮演著重要角色。日前,北京第三代半導體創新型産業集聚區在順義區掛牌。該區預留了1000畝土地,並制定了産業規劃,為第三代半導體産業集群發展創造良好條件。\n\n  第三代半導體材料市場前景廣闊,是北京市高精尖産業的重要內容,也是順義確定發展的三大創新型産業集群之一。',
     ['B2']),
    ('https://feifmx.com/focus/2020fmh/13003996/20200903/38706163.html', 'zh-Hant',
     '在2020年中國國際服務(wù)貿(mào)易交易會開幕之際,,回望北京服務(wù)業(yè)發(fā)展的波瀾壯闊之姿,,頓感信心滿滿。\n2015年,,國務(wù)院批復(fù)北京市開展服務(wù)業(yè)擴(kuò)大開放綜合試點(diǎn),,北京成為全國首個(gè)服務(wù)業(yè)擴(kuò)大開放綜合試點(diǎn)城市。試點(diǎn)5年來,,北京在全市域范圍內(nèi)圍繞服務(wù)業(yè)重點(diǎn)領(lǐng)域先行先試,,與自貿(mào)試驗(yàn)區(qū)、內(nèi)地與港澳服務(wù)貿(mào)易基本自由化共同成為我國構(gòu)建開放型經(jīng)濟(jì)新體制的重要探索,。形成一批可復(fù)制可推廣經(jīng)驗(yàn),。已累計(jì)向全國推廣了六批25項(xiàng)創(chuàng)新經(jīng)驗(yàn),,今年6月以來,商務(wù)部兩次向各地推薦共13個(gè)案例,。為各地?cái)U(kuò)大服務(wù)業(yè)對外開放,、促進(jìn)服務(wù)業(yè)高質(zhì)量發(fā)展、穩(wěn)住外貿(mào)外資基本盤提供借鑒,。',
     ['B6']),
    ('http://www.jy-dmbest.com/news/hydt/3322.html', 'zh-Hant',
     '推介會現場。記者趙曉慧攝\n河北展區(qū)。記者趙曉慧攝\n長城網5月19日訊(記者趙曉慧閆思宇)5月18日,共筑產業(yè)合作平臺打造創(chuàng)新發(fā)展高地——京津冀協(xié)同發(fā)展產業(yè)合作平臺推介會在北京舉行。這是三地協(xié)同辦聯(lián)合舉辦的首次產業(yè)合作平臺推介活動,來自三地的20余家園區(qū)、近200家企業(yè)參加推介。\n作為第二十一屆中國北京國際科技產業(yè)博覽會12場推介交易活動之一,包括張家口高新技術(shù)產業(yè)開發(fā)區(qū)、北京·滄州渤海新區(qū)生物醫(yī)藥產業(yè)園、天津經(jīng)濟(jì)技術(shù)開發(fā)區(qū)等在內(nèi)的21家京津冀產業(yè)轉(zhuǎn)移對接協(xié)作中涌現(xiàn)出的優(yōu)質(zhì)園區(qū),向到場嘉賓介紹了發(fā)展情況、園區(qū)特色及將為入駐企業(yè)提供的支持和服務(wù)。\n科博會期間,京津冀三地協(xié)同辦還首次聯(lián)合舉辦產業(yè)協(xié)同發(fā)展成果展,重點展示三地在產業(yè)協(xié)同領(lǐng)域取得的發(fā)展成效。據了解,京津冀協(xié)同發(fā)展戰(zhàn)略實施以來,三省市堅決打破“一畝三分地”的思維定勢,不斷增強產業(yè)協(xié)同聯(lián)動,充分發(fā)揮北京創(chuàng)新資源豐富、河北空間廣闊、天津制造業(yè)突出等優(yōu)勢,打通創(chuàng)新鏈、貫通產業(yè)鏈、延伸園區(qū)鏈,“2+4+N”產業(yè)合作格局加快構(gòu)建,一批重大產業(yè)合作項目相繼落地,產業(yè)協(xié)同發(fā)展步入快車道,成果豐碩、成效顯著。',
     ['B5']),
    ('http://m.ngwqjnd.cn/news/guanzhu/164779.html', 'zh-Hant',
     '8月,在位于天津市寶坻區(qū)京津中關(guān)村科技城的中科拜克現(xiàn)代化寵物生物制品生產(chǎn)基地,兩條生產(chǎn)線正在趕制訂單,一批批產(chǎn)品剛下產(chǎn)線就被打包發(fā)出。中科拜克(天津)生物藥業(yè)有限公司總經(jīng)理陳黃實(shí)不時(shí)來到生產(chǎn)線查看,確保各項(xiàng)生產(chǎn)井然有序。\n(資料圖片)\n“一條是利用基因工程技術(shù)生產(chǎn)的寵物專用重組細(xì)胞因子生產(chǎn)線,另一條是我們自主研發(fā)的廣譜、長效、安全的寵物專用消毒劑生產(chǎn)線?!标慄S實(shí)向記者介紹,落戶寶坻這幾年,企業(yè)發(fā)展迅速,“除了因?yàn)閰^(qū)位條件好,科技城本身生物醫(yī)藥產(chǎn)業(yè)也比較成熟,非常適合我們”。\n作為北京中關(guān)村在京外的首個(gè)重資產(chǎn)投資項(xiàng)目,坐落于天津?qū)氎娴木┙蛑嘘P(guān)村科技城,2017年春天破土動(dòng)工。從落子布局到梯次推進(jìn),乘著京津冀協(xié)同發(fā)展的東風(fēng),短短數(shù)年,眾多企業(yè)在這里聚集,14.5平方公里的土地實(shí)現(xiàn)了從阡陌村莊到“協(xié)同高地”的蝶變。\n“這與‘類中關(guān)村’的創(chuàng)新生態(tài)密不可分?!睂氎鎱^(qū)副區(qū)長、京津中關(guān)村科技城黨工委書記王浩說,北京中關(guān)村帶資金、帶技術(shù)、帶人才等重倉寶坻,雙方共同成立公司,負(fù)責(zé)科技城運(yùn)營開發(fā),打造出的“類中關(guān)村”生態(tài),讓協(xié)同創(chuàng)新的“種子”在這里“開花結(jié)果”。',
     ['Z5', 'Z5.12']),
    ('http://xy.m2qu.com/weizhi3mhX15dq3.aspx', 'zh-Hans',
     '分享到:\n\n大发黄金版2023年北京医药健康产业总体规模达9761亿元\n\n大发黄金版2023年北京医药健康产业总体规模达9761亿元\n\n2011-04-06 22:18:14 来源:大发黄金版参与互动参与互动\n\n  中新网北京4月11日电 ( 《大发黄金版》记者 吕少威)记者日前从“聚焦北京国际科技创新中心建设”主题采访活动中获悉,十年来,北京医药健康产业总体规模加速增长,从2014年4028亿元增长到2023年9761亿元,实现翻番。\n\n  医药健康产业是北京创新发展的“双发动机”之一,北京连续实施了2轮医药健康协同创新行动计划,全链条支持产业发展。\n\n  据统计,海淀区、大兴区、昌平区、经开区等四个医药产业重点区的产业规模占比近八成,形成“一南一北”产业聚集。多项产业主要指标创历史新高,工业固定资产投资达124亿元,比五年前翻了两番多。上市企业数量新增67家次(总90家次),是之前总计上市企业的3倍。',
     []),
    ('https://qdjshmygc.com/news/468.html', 'zh-Hans',
     '日均孵化创业企业1.6家,每天平均有一家企业获得融资,平均每家企业融资500万元,车库、3W咖啡声名远播……中关村创业大街自去年6月“开街”以来,交出了一份靓丽的周年成绩单。\n这条位于北京海淀区海淀桥南、仅有200多米纵深的街区,到底是如何成为中国创新创业“新地标”的?\n创业梦想从这里起飞\n2014年6月,全国首条规模聚集创新创业要素的街区“中关村创业大街”诞生。一年间,无数创业的梦想,从这里起飞……\n“85后”金钰、杨乐、黄蒙从传统金融服务中发现“痛点”,以互联网方式创新“旅游地产金融”产品。去年,他们创办的“点心科技”获得了街区3W孵化器的种子投资,国内知名创投机构对其估值超过3000万元。',
     ['Z3', 'Z3.4']),
    ('https://culture.china.com/culturaltour/news/13003173/20201126/39008604_3.html', 'zh-Hans',
     '当前位置:文化 > 文旅页面 >\n\n老工业基地里走出“798”(4)\n\n老工业基地里走出“798”(4)\n2020-11-26 10:53:58 北京日报\n\n电子城内老国企改制没有选择简单的“拍卖”或“退出”之路,而是开展了一场真正的变革,合资、兼并、重组,一番摸爬滚打。774厂改制为京东方科技集团,利用自己在显示器件领域的技术积累,走上了一条跨越式发展之路;738厂以“兆维集团”的新名字在通信行业重新找到了自己的位置;700、706、707、718、797、798厂等6家大型国有企业,“打包”改制为北京七星华电科技集团。\n\n1999年6月,北京电子城老工业基地经批准被纳入中关村科技园区,命名为中关村科技园区电子城科技园。\n\n电子城融入中关村,老国企得以享有高科技企业税收待遇、各项专项基金、配套资金,以及来自中关村的大学、科研院所的智力资源。科技创新能量很快涌入电子城。电子城对国外新技术和企业的吸引力显著加强,松下、西门子、诺基亚、爱立信、飞利浦、LG、日立、摩托罗拉等著名跨国公司纷纷在这里落户。',
     ['Z5']),
    ('https://api-racing.com/blog-2038633.html', 'zh-Hans',
     '【网易科技4月28日报道】今天,“东方红一号”诞生地,北京卫星制造厂有限公司中关村厂区,以北京卫星制造厂科技园的身份宣布开园。\n据介绍,北京卫星制造厂有限公司中关村厂区具有丰富的航天工业文化与历史底蕴,部分厂房和设备,被列入国家工业遗产名单。2021年12月,海国投集团一级监管企业海新域城市更新集团旗下的北京海星科技产业服务有限公司与产权方达成合作,依托优势资源进行产业合作,促进区域经济发展。\n记者获悉,园区采取修旧如旧的原则,保持了北京卫星制造厂有限公司中关村厂区原有的建筑风格,展示了工业遗产的风貌。更新后的科技园以保留原有的航天工业文化气质为原则,以清洗修缮为主要手段,创造性地将厂房外观更新为50年代建成时的红砖状态,呈现出厂区古朴大方、周边白杨林立的风貌。\n截至目前,园区已经吸引了北京微芯区块链与边缘计算研究院、北京柏惠维康科技有限公司、海杰亚 (北京) 医疗器械有限公司等行业尖兵企业的入驻。',
     ['Z5', 'Z5.4']),
    ('https://m.folksfolks.com/news/2019-08/10/content_22596540_3.htm', 'zh-Hans',
     '北京大兴国际机场航站楼内部(6月18日摄)。新华社记者 张晨霖 摄 改革之变,大国首都新宏图 1979年,首钢被列为第一批国家经济体制改革试点单位; 1988年,国内第一个国家级高新技术产业开发区,中关村的前身——北京市新技术产业开发试验区成立; 2015年,北京成为全国首个服务业扩大开放综合试点城市; …… 开多个领域之先河,北京在改革大道上阔步前行。 “自由组合、自筹资金、自主经营、自负盈亏”,中关村的第一代创业者、四通集团原总裁朱希铎对几十年前的改革口号记忆犹新。 从新中国成立前京郊的一个普通小村庄,到如今的“国家名片”,改革开放把中关村推上历史舞台。大批科技人员秉持着“科技报国、实业报国”的理念,在中关村扎根创业。 “如果说农村领域改革是小岗村首开先河,那么科技领域就是在中关村。”中关村管委会主任翟立新说。',
     []),
]
# Round 22 traps: (kind, url, lang, text)
WEB22_TRAPS = [
    ('wuhan', 'https://www.163.com/dy/article/K8F6Q2UI0519DDQ2.html', 'zh-Hans',
     '网易首页 > 网易号 > 正文 申请入驻\n\n5万平方米闲置商铺变身孵化空间,武汉光谷重构创新创业生态\n\n0\n分享至\n\n从10万方物理空间的“硬支撑”到AI全栈服务的“软赋能”,从10亿元创投基金的“风险共担”到“拨转股”机制的“循环造血”……光谷重构创新创业生态,全周期配套科创服务,让创业者“轻装上阵”。\n\n\n9月2日,武汉东湖高新区对外发布《东湖高新区关于打造新时代创新创业高地的行动方案》(下称《行动方案》)及《东湖高新区关于打造新时代创新创业高地的若干措施》(下称《若干措施》),勾勒出光谷未来三年创新创业生态升级的发展蓝图。\n\n力争到2027年,光谷实现四大“高价值”目标:关山大道片区成为华科大科技成果转化共聚原点;累计培育500家技术壁垒高、市场潜力大的硬科技创业企业,孵化5家独角兽或潜在独角兽企业;各类创投基金累计投资400家高水平创新创业企业,建成20家高质量专业孵化器;累计组织创新创业活动不低于300场,打造全国首个AI全栈式双创服务平台。'),
    ('wuhan', 'http://m.stdaily.com/index/h1t8/2021-06/17/content_1157141.shtml', 'zh-Hans',
     '高科孵化器开园,打造光谷科创大走廊“科创明珠”\n\n2021-06-17 10:33:26 来源: 科技日报 作者: 刘志伟 陈海润\n\n科技日报记者 刘志伟 实习生 陈海润\n\n6月16日,以“高飞远举、科创未来”为主题的高科孵化器开园仪式在武汉东湖高新区高科大厦举行。该活动由武汉高科国有控股集团有限公司主办。来自湖北光谷实验室、各创新企业等相关机构百余名代表共同参加此次活动。\n\n高科孵化器建筑面积3.28万平方米,位于光谷核心位置,毗邻华中科技大学,将通过深入开展校区、园区、社区“三区联动”,构建投资驱动、服务带动、资源拉动的新型双创服务平台,打造开放协同的产业创新发展生态。“十四五”期间,高科孵化器将链接高校院所10余所、创投企业60余家,孵化培育优质创业企业80余家,上市公司1-2家。'),
    ('taiwan', 'http://49.213.3.35/doc/93_8110_106248060_1.html', 'zh-Hant',
     '新竹科學園區營業額創歷史新高 連12年破兆\nhttp://www.crntt.hk   2021-12-14 12:25:39\n新竹科學園區一隅。(中評社 資料照)\n  中評社新竹12月14日電/新竹科學園區成立迄今41年,科管局於12月15日舉辦園慶活動,竹科今年前十月營業額逾新台幣1.3兆元、年增29.5%,可望創下歷史新高、並達到連續12年破兆元記錄,竹科下轄園區中,引進生技產業為主的生醫園區營業額更是較去年同期爆發性成長565.6%,即便國際疫情嚴峻影響,竹科仍交出漂亮的成績單。\n\n  竹科管理局表示,今年除積極加強銅鑼、宜蘭等園區的招商外,針對既有優勢之IC產業推動新竹園區寶山擴建,推動新竹園區舊有標準廠房更新活化,確保產業發展動能,藉由生醫園區第三生技大樓興建強化生技產業聚落利基,並開發竹科X基地三棟軟體大樓引進軟硬跨域整合人才,布局以軟扶硬的產業基礎,期望維持台灣高科技產業競爭力不墜,間接促進產業升級。'),
    ('hongkong', 'https://www.ejtech.ai/china/%E7%A7%91%E6%8A%80%E5%9C%92%E6%96%A560%E5%84%84%E6%94%AF%E6%8F%B4%E5%88%9D%E5%89%B5/', 'zh-Hant',
     '科技園斥60億支援創科\n原文刊於信報財經新聞\n\n黃克強認為深港兩地經常交流,在創科發展上可以互補優勢。(香港科技園圖片)\n立法會早前正式撥款100億元注入香港科技園公司,科技園行政總裁黃克強表示,目前首階段將使用50億至60億元推出一系列支援服務予初創企業,其中包括新增創業前期計劃「STEP」,加強其他加速器項目、基金等,冀未來5年培育1500間初創企業。\n冀5年培育1500間企業\n科技園擬投入20億元用於扶植初創企業成長,包括推出「STEP」計劃支援創業前期的創科公司或個人,在起步階段提供10萬元資助;並會增撥資源於現有培育計劃Incu-App、Incu-Tech計劃;同時着力推動生物科技──Incu-Bio計劃,對每間公司的研發支援金額提升至最多400萬元。'),
    ('shenzhen', 'http://kbm75.com/xy/gd/410738.html', 'zh-Hant',
     '深圳南山努力構(gòu)筑粵港澳大灣區(qū)“科技之芯”\n\n\n來源:中國產(chǎn)業(yè)經(jīng)濟(jì)信息網(wǎng)   時(shí)間:2017-11-27\n\n\n\n\n\n  美麗的深圳灣畔,科技創(chuàng)新風(fēng)起云涌。深圳南山,這個(gè)最具硅谷氣質(zhì)的城區(qū),正在以“舍我其誰”的氣魄再奏創(chuàng)新華章、引領(lǐng)科技潮流。\nshenzhennanshan\n(圖片來源:互聯(lián)網(wǎng))\n  11月16日-21日舉行的十九屆深圳高交會(huì),是對(duì)近期科技創(chuàng)新成果的一次檢閱,是對(duì)戰(zhàn)略性新興產(chǎn)業(yè)———新一代信息技術(shù)、高端裝備制造、綠色低碳、生命健康等產(chǎn)業(yè)的集中展示。南山科技展團(tuán)攜20余家具有代表性的科技企業(yè)參展,而且在展會(huì)期間陸續(xù)舉辦了重大活動(dòng),充分展現(xiàn)出南山區(qū)的科技創(chuàng)新優(yōu)勢。'),
    ('shenzhen', 'https://www.waou.com.mo/?p=292250', 'zh-Hant',
     '3平方公里,1.5萬科研人: 深圳CBD,想再贏一次\n\n  在960萬平方公里的中國土地上,3.02平方公里是肉眼難辨的,面積還不足西湖的一半。\n  將地圖放大,把目光鎖定在香港與深圳之間的界河,順著深圳河一路蜿蜒向西。河水注入深圳灣前,向南拐了個彎,北側幾十幢建築圍起來的地方,就是這3.02平方公里的一部分。\n  在手機地圖上,它被標識為「保稅區」(福田保稅區),但這是用了幾十年的名字。幾年前,它成為了河套深港科技創新合作區深圳園區(簡稱「河套深圳園區」),加上東北方向與之相連的皇崗口岸片區,共同組成了這3.02平方公里。\n  根據河套深圳園區發展署官網,園區內聚集了8家世界500強研發中心,10個國家級重大科研平臺,二百多個高端科研專案,四百多家科技企業,以及15000多名科研人才。'),
    ('zhangjiang', 'http://shangwu.u0q.com/information/2023/0811/4855.html', 'zh-Hans',
     '拥有浦东引领区、上海自贸试验区、国际科创中心、高水平人才高地等一系列国家战略叠加机遇,因“科技创新”而兴的张江经过30多年的发展,已从阡陌农田到高科技园区,再迈向国际一流的科学城。今年上半年,张江科学城规上工业总产值1840.49亿元,同比增长12.4%,占全市的近十分之一。\n(资料图片仅供参考)\n“五个一批”项目进入第四轮,\n全力加快科学城建设\n在轨道交通2号线延伸段尚未开通、长达近10年里,张江传奇广场“一枝独秀”,成为张江人商务洽谈、休闲娱乐的首选。作为张江人心目中的“传奇”——传奇广场项目今年迎来华丽“变身”,更新后规划总建筑面积27万平方米,将与9条线路的公交枢纽、轨交2号线实现无缝衔接,城市化的品质将更加凸显,努力打造成为城市更新的一个样板和张江科学城的新标杆。\n与张江“科学之门”遥相呼应的张江水泥厂项目也启动“改造之旅”,将蜕变为产业共生、建筑多元、人文共享为一体的复合型产业园区。项目建成后,有望成为上海城市副中心建设的新标杆、城市更新的新地标、产业高质量发展的新引擎。'),
    ('national', 'https://ghc.xust.edu.cn/info/1033/9183.htm', 'zh-Hans',
     '党的二十届三中全会通过的《中共中央关于进一步全面深化改革、推进中国式现代化的决定》(以下简称《决定》)要求“深化科技成果转化机制改革,加强国家技术转移体系建设”。这既肯定了科技成果转化的成绩和经验,也提出了新的任务要求和政策措施。学习领会和贯彻落实《决定》精神,应认真总结高校科技成果转化的成功经验,加快推进“职务科技成果单列管理、技术转移人才评价和职称评定、横向科研项目结余经费出资科技成果转化”三项制度改革(以下简称“三项改革”),不断提升科技成果转化的效能。在上述三项改革中,职务科技成果单列管理最为复杂,涉及的法规政策也较多,改革难度更大,需要系统突破。\n一、科技成果赋权改革的制度变迁\n改革开放以来,特别是党的十八大以来,我国高校积极面向经济社会需求,加快培养创新型人才和推进科技创新,通过各种方式转化的科技成果数量持续增加。'),
]
add_web_round("web22", WEB22_RELEVANT_ZH, [], WEB22_TRAPS, all_tune=True)

# --- added round 23: a TUNING round like rounds 7, 8 and 10-22 (decided before any row was collected: every round-23 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: mostly ENGLISH everyday news, government and company pages on what the classifier misses most in English --
# Zhongguancun sub-parks and layout (Z5), talent (Z6), incubators/startups (Z3), pilot reforms (Z2), BTH (B5) and the "two
# zones" (B6) -- plus a few Chinese rows on the same themes and English traps.  The round is SHORT: 15 relevant en (1 with no
# code), 6 relevant zh (1 zh-Hant) and 8 traps (all en), collected in the time allowed; the page search is heavily mined and
# most hits for these topics were used already or tell an earlier row's story.
# Relevant en: the Chaoyang Park North Zone with its international talents apartment, hospital and school (qianlong 2018); 900
# million yuan of public facilities in the ZGC core area's northern ecological science park (invest.bjhd, 2013 news); the old ZGC
# master plan's "一区五园" pattern (orgnets, Google-translated English with the Chinese headings and the MT glitch 'Yahoo to play'
# left in); Beijing Review 2010 on the national innovation model park's 2010-12 targets (fx361 copy); the "two zones" in H1 2023
# (wb.beijing); the Beijing FTZ overall plan's positioning (english.beijing.gov.cn 2020); the Dongsheng park and its international
# park at a short-video event (wb.beijing 2022); a 2022 press conference before the ZGC Forum (CGTN; the page's cut-off '...scientists
# and fo' end left in); the 14th Beijing Tour for Overseas Talents (China Daily e-paper 2025); Inno Way's 2014 rebirth (SCMP);
# Chaoyang Park's 420-billion income and pillar industries (sipo 2016, China Daily); the Binhai-ZGC park's first year (China Daily
# Tianjin 2018); ZGC and the BTH region in 2025 (myglobalnews); Beijing's talent-led development (S&T Daily 2021 on a spam-mirror
# domain, the 'Zhong?Jianli' byline left in); ZGC key indicators Jan-May 2017 (bjzpark, no code).
# Relevant zh: the ZGC committee's yearly honours for returnee entrepreneurs (海归奋斗中关村, gdshu); Beijing's 9+14 benchmark
# incubators (劳动午报 2022); Shunyi's third-generation semiconductor projects signed at a 2023 ZGC Forum sub-forum (劳动午报); the
# 中关村延庆园 drone park's start of construction (2021, zh-Hant with pinyin mojibake 關(guān)); a 2019 paper abstract on the BTH
# collaborative-innovation community with ZGC (区域经济评论); work and residence permits issued together for foreign talents
# (北京日报 2023, '(相关资料图)' left in).
# Traps (8, en): a 2005 blog on Hilon IT Mall in Zhongguancun (`mall`), an office-leasing overview naming the Zhongguancun area
# (`rental`), an architect's page on Zhongguancun No. 3 Elementary School (`school`), an expat flat-hunting blog naming Zhongguancun
# as an electronics market (`passing`), Cyberport's HK$200m start-up fund (SCMP, `hongkong`), the CAS quantum centre in Hefei
# (`hefei`), the State Council's national technology-transfer system (`national`), the Central Taiwan Science Park (`taiwan`).
# Excerpts are 3-10 sentences copied as the pages have them (bylines, '打印 放大 缩小', 'L M S', 'fontSize:   big middle small',
# the orgnets MT English); several skip a sentence because it shares a 40-character window with earlier rows (long proper names):
# fx361 (the sentence naming the 'Action Plan on Establishing the Zhongguancun National Innovation Model Park'), wb.beijing 2023
# (the 'approval right after registration for high-tech enterprises' sentence), the FTZ plan (its opening sentence naming 'the
# Central Committee of the Communist Party of China'), CGTN (the Yang Song sentence naming the 'Beijing Municipal Science and
# Technology Commission and' ZGC committee, and the 2021 upgrade sentence), China Daily Tianjin (the inauguration sentence naming
# 'Tianjin (Binhai) Zhongguancun Science Park'), myglobalnews (the index sentence), S&T Daily (the 三城一区 sentence); others skip
# menus, photo captions or paragraphs (the Yanqing drone-park ceremony paragraph, the mybeijinglife bathroom lines, the gov.cn
# circular's middle paragraphs).
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass check()
# with no problem; no two round-23 excerpts share a window; a sample string of each excerpt is absent from /work/shared/benchdata.
# Dropped as used or as an earlier row's story: the Albert Fert / points-based green-card pages (ccg, szjzcy, job168), the 2016
# entry-exit 10/20 measures (dingdingtv, sina blog), the 2019 20 talent measures, the Daxing biomedicine base's 50 projects
# (qianlong 2018; regional.chinadaily used), the Binhai 2016 opening (bazhesc = chinadaily 2016-12-03), the 2015 7-km street
# (ecns = used covid-19.chinadaily), the 2021 "two zones" 137/251 policies (english.beijing.gov.cn, round 21's story), the FTZ
# layout with ZGC Science City (kaizencpa; round 11's story), Changping foreign-journalist tour (abpinfo; used wb.beijing story), the
# China-Pakistan seminar (round 6), the Yanqing drone action plan (used) and the 2023 drone-park delivery (same park as zh04), and
# rows that could not pass check() without losing their labelled sentence: china.org.cn 2025-11-28 on the ZGC Sci-Tech Innovation
# Financial Service Center ('Beijing Economic-Technological Development Area' in the key sentence) and english.beijing.gov.cn's
# whole-chain financial-support measures ('International Center for Science and Technology Innovation' in the only sentence
# naming Beijing).
# Labels (README rules, rounds 2-22 readings) plus: Z5 + Z6 + Z6.11 for a ZGC sub-park building an international talents
# apartment, hospital and school (004's Z6.11 names 国际化医院、国际学校); Z5 alone for public facilities of a ZGC park area and for
# the old master plan's park layout; Z1 + Z1.6 for the model park's R&D-expenditure targets; Z3 + Z3.4 + Z6 + Z7 + Z7.1 for a ZGC
# park that is a national incubator and hosts an international park gathering global talent and foreign teams; Z2 + Z7 + Z7.7 for
# the Forum stated as a global platform with Beijing to 'advance the pilot reform in Zhongguancun'; Z3 + Z3.4 for Inno Way as an
# incubator street; Z5 + Z5.1 for a sub-park's pillar industries; Z5 + Z5.12 for the Binhai-ZGC park and for the BTH community
# abstract; Z5 + Z5.3 for a ZGC sub-park's drone park (a specialised industrial park of the '一核四区' layout); Z6 + Z6.3 for the ZGC
# committee's yearly honours for returnee entrepreneurs; B6 for the "two zones", the FTZ's mission as a global S&T centre, Beijing's
# talent tour and talent services framed as building the centre, and Beijing's benchmark incubators 'serving the centre'; B2 for
# Shunyi's third-generation semiconductor cluster (as round 22); B1 + B5 for the BTH text (HEPS, national key labs and new
# institutions; Beijing's sci-tech aligned with Tianjin manufacturing and Hebei transfer).  Park statistics get no code.
# Doubtful round-23 rows (kept, flagged here): en03 (MT English of an old plan; Z5 from the '一区五园' layout), en04 (Z1.6 from
# R&D-expenditure targets of a 2010 plan; Z2 left out for 'a primary system framework favorable to innovation'), en07 (Dongsheng:
# five codes from one paragraph; Z3.4 from 'national-level tech company incubator'), en08 (Z2 from one clause, B6 left out as the
# text is a Forum press conference), en09 (B6 for a Beijing-wide talent tour visiting ZGC parks; Z6 left out as it is not ZGC's
# own measure), en13 (B1 + B5 for a summary-style text; B4 left out, no trillion-yuan cluster stated), en14 (B6 from one framing
# sentence), en06 (the FTZ plan excerpt never names 中关村), zh02 (B6 only for the benchmark incubators: Z3 + Z3.4 left out as a
# Beijing-wide measure, as web7-rel-en14, though 004's Z3.4 names 标杆型硬科技孵化器 and the source is 市科委、中关村管委会), zh03
# (B2 for a district cluster; Z7.7 left out, the Forum is only the venue), zh05 (a paper abstract analysing difficulties; Z5.12).
# Hard traps: mall01 and passing04 name Zhongguancun as an electronics market, rental02 names 'the Zhongguancun area', school03
# is Zhongguancun No. 3 Elementary School, hongkong05 is start-up incubation (Z3.4 vocabulary), national07 is the technology-
# transfer system (Z3.1 vocabulary), hefei06 is a CAS centre of excellence (B1 vocabulary elsewhere).
# Not found (no usable, unused page in the page search within the time): more English Z6 rows (returnees, permanent residence:
# every ZGC green-card / entry-exit page found was used or told a used story), Z2.3 on ZGC in English (the one found failed
# check()), Z3.1/Z3.2 technology transfer in ZGC, Daxing / Fengtai / Yizhuang sub-park news in English; traps of kinds zol,
# restaurant (hits used), shenzhen and zhangjiang (hits used).
# Round 23 relevant English rows: (url, text, labels)
WEB23_RELEVANT_EN = [
    ('http://english.qianlong.com/2018/0914/2830288.shtml',
     """North Zone of Zhongguancun Chaoyang Park to start construction

2018-09-14 17:03 千龙网

打印 放大 缩小

The North Zone of Zhongguancun Chaoyang Park will start construction, according to Beijing Youth Daily on September 13, 2018.

The North Zone will cover 3,380 square kilometers, which will mainly build three centers and one base: sci-tech innovation finance center, intellectual property and technology transaction’s merger & acquisition center, technology and innovation talents exchange center, and technology innovation headquarters cluster.

Alibaba’s Beijing headquarter is planned to locate here.

In the North Zone, Zhongguancun Chaoyang Park will accelerate the construction of four functional projects to offer talents an “oversea-like” living and working environment, namely, international talents apartment, international hospital, international school and future forum permanent site.

Among them, international talents apartment project is expected to start construction at the end of 2018.""",
     ['Z5', 'Z6', 'Z6.11']),
    ('http://invest.bjhd.gov.cn/tcjen/news/InvestmentNews1/201506/t20150619_901926.html',
     """Investment News

900 million goes to public facilities in Zhongguancun

Zhongguangcun Core Area is planning to promote the construction of public facilities in Haidian Northern Ecological Science Park in 2013. With the purpose of enhancing the supporting capabilities for regional development, programs in transportation, education, health care, culture, and so forth, are all to be planned simultaneously.

17 public service facility programs are going to be promoted in 2013, with a planned investment of RMB 900 million. In addition, the construction of another 10 infrastructure programs have quickly picked up speed, with a planned investment of RMB 2.8 billion. At present, 110 kV Power Transmission & Transportation Projects in Daoxianghu, Sanxingzhuang and Yuhe are under construction. Daoxianghu Renewable Waterworks will be constructed to achieve advanced sewage disposal while Dagongcun Power Plant of Renewable Energy and the Northern New District Energy Center will be built to bring about the cooling - heating - power supplies. All above facility programs will be a strong support for the development of strategic and emerging industries in the core area.""",
     ['Z5']),
    ('http://orgnets.net/maps_bjpcgovcn004',
     """4. Zhongguancun Science Park Master Plan 中关村科技园区总体规划

The contents of the program 规划内容
Including technology park functions, industrial development rules, the distribution functions of planning, urban traffic planning, Information network planning, the park planning and comprehensive reforms in the organization and planning of implementation. 
Planning co-ordinate, to the people-oriented, and give full consideration to the ecological environment and heritage preservation, guarantee that the park construction and environmental construction coordination; prominent information network planning and the importance of transport planning, Construction of the park perfect service support system, the traditional urban planning, and new information network industry planning.

"A zone 5 garden" development pattern “一区五园”发展格局
In Haidian Park as the main center of innovation and technology in a different location and the high-tech industry base for relying on the space development pattern, highlighting the Haidian District, intellectual and technical resources-intensive advantage to concentrate on its technology innovation and demonstration functions, In other park unique industrial base, Yahoo to play in the city's role in promoting high-tech space development and protection.""",
     ['Z5']),
    ('https://m.fx361.cc/news/2010/0315/13549335.html',
     """Pilot Park for Innovation
2010-03-15LANXINZHEN
Zhongguancun Science Park strives to become an innovation center for China and the world
In 2009, the aggregate revenues generated by the companies in Z-Park reached 1.2 trillion yuan ($176.99 billion), a year-on-year increase of 20 percent
By LAN XINZHEN
China’s first hi-tech science park just got an upgrade. Zhongguancun Science Park (Z-Park) in northwest Beijing will serve as the national innovation model park for other similar science hubs across the country—and it’s currently the only park model approved by the Chinese Government.
According to the plan, by 2012, Z-Park will have a primary system framework favorable to innovation, and research and development expenditures will have increased by 15 percent, compared to 2009 figures. The proportion of R&D expenditures in the park’s total income will surpass 4 percent. Z-Park will continuously produce world-recognized innovations, and the number of invention patents by companies in the park will increase by 60 percent,compared to 2009. Corporate innovation capabilities will be improved, as will the international competitiveness of strategic emerging industries.""",
     ['Z1', 'Z1.6']),
    ('https://wb.beijing.gov.cn/en/policy_release/further_opening_of_the_service_sector/202311/t20231117_3303787.html',
     """On August 17, Liu Meiying, Member of Party Leadership Group of Beijing Municipal Commerce Bureau and Deputy Head of Beijing "Two Zones" Office, stated at a press conference on the "two zones" development in the first half of 2023 that 7,035 projects were added to the project pool, up 208.1% year-on-year. Besides, 4,430 projects, 63.0% of the total, were newly launched, exceeding the annual target by 23 percentage points.
From January to June, foreign investment in actual use in Beijing reached 60% of the annual target, totaling US$9.9 billion. Notably, the Pilot Free Trade Zone accounted for 14.9% of the city's total foreign investment in actual use and 26% of the total contracted foreign investment, gradually demonstrating its strong appeal for investment.
According to Liu, this year marks the 10th anniversary of the national pilot free trade zone, and the Beijing "two zones" development is also embracing its third anniversary. At this juncture, the focus of the "two zones" development is on producing tangible results while stressing opening-up, market perception and government support, to promote institutional innovation, enhance industrial park quality and advance project implementation. Efforts were also made to improve the synergies of all factors, delivering new achievements of all tasks.
As Beijing prioritized the high-level opening-up of industries, technological innovation gained stronger momentum. Moreover, the number of certified foreign-funded R&D centers has increased to 73 in three batches, accompanied by supporting measures such as incentive programs.""",
     ['B6']),
    ('http://english.beijing.gov.cn/investinginbeijing/WhyBeijing/lawpolicy/policies/202009/t20200929_2102694.html',
     """This plan is formulated to ensure the standard and quality of BFTZ.

I. Overall requirements

2. Strategic positioning and development goals

With the focus on promoting institutional innovation and replicable and scalable practices, BFTZ will fully implement the Chinese central leadership's strategies on innovation-driven development and on coordinated development of Beijing, Tianjin, and Hebei. Its mission is to create and maintain a global center for scientific and technological innovation in Beijing; expedite the establishment of the pilot zones for greater openness in the services sector and for a digital economy; and build a high-level opening-up platform for coordinated development of Beijing, Tianjin, and Hebei.

BFTZ will be granted more powers to conduct reform and explore in-depth experimentation about differentiated policies and practices.""",
     ['B6']),
    ('https://wb.beijing.gov.cn/en/public_service/public_diplomacy/202301/t20230118_2903865.html',
     """An International Science and Technology Park—The 5th Offline Themed Filming Event of the 2nd "Beijing · A Global City" Short Video Contest Kicks Off
Date: 2022-09-24
Source: Beijing Foreign Affairs Office
fontSize:   big middle small

On September 20, the fifth offline filming event of the 2nd "Beijing · A Global City" Short Video Contest, an activity hosted by the Beijing Municipal Foreign Affairs Office and organized by CRI Online, kicked off at Zhongguancun Dongsheng Science and Technology Park and its international park in Haidian District. The event, themed "Deepening International Cooperation in Science, Technology, and Innovation, and Facilitating International Talent's Participation in Innovation and Entrepreneurship in Beijing", was attended by nearly 20 foreign students from 12 countries studying at Beijing University of Technology and Beijing Technology and Business University.


By focusing on green, eco-friendly and circular development, Zhongguancun Dongsheng Science and Technology Park and its international park have achieved a deep integration of technology, eco-conservation, and service. Home to more than 340 enterprises, Dongsheng Science and Technology Park has become a "national-level tech company incubator". As Beijing implements policies and measures to build world-class new-type R&D institutions, the International Park has been committed to gathering global innovation talent and teams and focusing on developing cutting-edge technologies such as biomedicine, new materials, and artificial intelligence. The Bill & Melinda Gates Foundation, BI Norwegian Business School, and many other international innovation teams have already settled in the park.""",
     ['Z3', 'Z3.4', 'Z6', 'Z7', 'Z7.1']),
    ('https://news.cgtn.com/news/2022-09-13/Beijing-has-189-foreign-funded-enterprises-with-R-D-function-official-1diAvW3MW3K/index.html',
     """Beijing has 189 foreign-funded enterprises with R&D function: local official
A night view of Zhongguancun, Beijing. /CFP

The capital city currently has 189 foreign-funded enterprises with research and development (R&D) functions, the official said on Tuesday at a press conference ahead of the Zhongguancun Forum, which will be held from September 22 to 27 in Beijing.

The Zhongguancun Forum was launched in 2007. It is a platform for countries to discuss frontier innovation-driven development, future industrial development trends, global innovation rules and innovative governance. 

The official said, Beijing will advance the pilot reform in Zhongguancun, promote the efficient flow of international talents, technology and capital, and enhance international innovative cooperation to attract top international scientists and fo""",
     ['Z2', 'Z7', 'Z7.7']),
    ('http://epaper.chinadaily.com.cn/a/202503/31/WS67e9c9dea310358b44fde4de.html',
     """Overseas industry experts gather for tour in capital

More than 20 visitors from renowned universities and research institutions worldwide gathered in Beijing on Sunday for the 14th Beijing Tour for Overseas Talents, a four-day event aimed at fostering exchanges between international professionals and the city's government agencies, entrepreneurial parks and employers.
Organized by the Beijing Overseas Talents Center since 2010, the tour is part of the capital's broader effort to attract global talent and bolster its status as a high-level innovation hub, the center said.
During the tour, participants will visit key technology sites, including a software park, an environmental protection science and technology demonstration park, and a science city planning exhibition hall in Zhongguancun, Haidian district.""",
     ['B6']),
    ('https://www.scmp.com/business/china-business/article/1538526/beijing-hot-spot-start-ups',
     """Beijing gets its own Silicon Alley as bustling street becomes start-up haven

Beijing street becoming home to internet professionals looking to start businesses from scratch

PUBLISHED : Monday, 23 June, 2014, 3:08am
UPDATED : Monday, 23 June, 2014, 10:45am

Tucked in the heart of Beijing's bustling Zhongguancun area, the 300 metres of Haidian West Street, formerly filled with bookstores and small restaurants, was reborn on June 12 as Inno Way.

The Haidian district government sees it becoming home to dozens of incubators, internet cafes, funding and training institutions to help start-up entrepreneurs secure just about everything they need to build a business, from angel investment and free office space to media coverage and business partners.

Following in the footsteps of Silicon Valley in the United States, Beijing has in recent years become another hot spot for internet professionals looking to start businesses from scratch.

In Zhongguancun, where high-technology and internet-related enterprises are concentrated, the number of start-up companies exceeded 6,000 by the end of last year, almost a third more than in 2011.""",
     ['Z3', 'Z3.4']),
    ('http://english.sipo.gov.cn/news/localip/201612/t20161227_1307284.html',
     """Beijing: Zhongguancun Chaoyang Park Earns 420 Billion Total Income

China Daily -- The Zhongguancun Chaoyang Park has almost reached the total 2016 income predicted for it, which is more than 420 billiion yuan ($60.5 billion), announced a park representative at the People's Political Consultative Conference of Haidian District which opened on Dec 10.

"The Chaoyang Park promoted the development of strategic emerging industries and Internet plus industries to keep a stable economic growth and has shown a strong innovative capability." said the staffer.

The top four strategic core competencies of the park lie are electronic information, new energy, advanced manufacturing and bio-pharmaceuticals. The total income of the four industries from January to October was 263.49 billion yuan, accounting for 75.5 percent of the total income of Chaoyang Park in that period.

To date, there are nearly 600 internet companies settled in the park offering it a chance to occupy the higher ends of whole industrial chains.

The park will keep focusing on new generation information technology, new energy and biological medicine and promotion of integration of the Internet and various industries.

In the 13th Five-Year Plan period, the park plans to upgrade 30 to 40 cutting-edge industrial programs, of which electronic information, advanced manufacturing and new energy are expected to become the three pillar industries and generate 77 percent of the park's entire revenue. Financial technology, research designing and intellectual property will be developed as supporting service industries.""",
     ['Z5', 'Z5.1']),
    ('https://global.chinadaily.com.cn/m/tianjin2012/2018-01/04/content_35556390.htm',
     """Tianjin Daily life
Zhongguancun, Tianjin to seek further development
| Updated: 2018-01-04 13:36:20 | |

On Dec 29, Tianjin (Binhai)-Zhongguancun Science Park celebrated its first year of operation with tremendous achievements on accelerating the collaboration development of Beijing, Tianjin and Hebei province.

Zhongguancun, Tianjin to seek further development

Shi Qilin, head of Tianjin Zhongguancun Science Park Operation Service Co Ltd, gives a report on the zone's annual development. [Photo/people.com.cn]

The park integrates the innovative power of Zhongguancun, a technology hub in Beijing, with top notch supporting services of Binhai District, a State-level new area in Tianjin, which has now become a highland of innovation resources.

Shi Qilin, head of Tianjin Zhongguancun Science Park Operation Service Co Ltd, reported the zone's annual development and said that within one year, the park has welcomed more than 300 registered enterprises with total registered capital of 4.9 billion yuan ($741 million), creating an industrial cluster effect.""",
     ['Z5', 'Z5.12']),
    ('https://myglobalnews.net/china/20251222-beijing-tianjin-hebei-region-ignites-new-sci-tech-innovation-era',
     """In the Chinese mainland's Beijing–Tianjin–Hebei region, Zhongguancun in Beijing pulses with innovation. Despite covering less than four percent of the city's land, this hub contributes roughly a third of Beijing's GDP, setting the pace for high-quality development in 2025.
This year, more than 200 homegrown large language models have been nurtured here—almost 30 percent of the national total—while breakthroughs in quantum science and artificial intelligence are reshaping what's possible.
Innovation entities are thriving: over 90 unicorns now call this area home, driving industrial upgrading. For the first time, Zhongguancun-based firms are set to surpass 10 trillion yuan in combined revenue by the end of 2025.
Under the 14th Five-Year Plan, Beijing has aligned its strengths in sci-tech with Tianjin’s manufacturing prowess and Hebei’s appetite for industrial transfer. This strategy is unfolding from Huairou Science City—where the High Energy Photon Source readies for trial operation—to the launch of 145 national key labs and 10 new research institutions across the Beijing–Tianjin–Hebei region.""",
     ['B1', 'B5']),
    ('http://www.wonderloveschoolphotos.com/English/WorldNews/2021-11/11/content_1231176.shtml',
     """Major Chinese Cities Set to Drive Innovation with Talents

      Source: Science and Technology Daily| 2021-11-11 09:31:08| Author: Zhong?Jianli

      Beijing: To be country's hub of talents and innovation

      Beijing is home to nearly 100 universities, more than 1,000 research institutes and more than 20,000 high-tech enterprises. Aiming to develop the capital into an international hub of sci-tech innovation, Beijing adopted a strategy of talent-led development.

      In 2020, Beijing topped the list of global cities for scientific research published by the Nature, a leading international scientific journal. The number of highly cited scientists in Beijing reached 253, surpassing the Silicon Valley in the U.S. for the first time.

      The city has also carried out reform to facilitate the entry and exit of international talents.""",
     ['B6']),
    ('http://bjzpark.spotlightbeijing.com/2017-07/18/c_444636.htm',
     """Key economic indicators (Jan-May, 2017)

zhongguancun.com.cn | Updated: Jul 18, 2017 L M S

Zhongguancun demonstration area continued to record strong economic growth from January to May 2017.

The gross income of enterprises above designated size totalled 1,646.8 billion yuan ($242.9 billion), an increase of 16.3 percent compared with the same period last year, and technical income accounted for 13.3 percent. Baidu, Sougou, and a further 2,058 large enterprises, contributed to more than half of the gross income total.

Total industrial output value grew by 13.7 percent and hit 376.9 billion yuan. The main economic driving forces, like new products and new technologies, helped optimise the industrial structure.

Exports by domestic enterprises reached $10.1 billion –– a rise of 14.1 percent. The most significant statistic was recorded for exports of technological innovations which accounted for 15 percent.""",
     []),
]
# Round 23 relevant Chinese rows: (url, lang, text, labels)
WEB23_RELEVANT_ZH = [
    ('https://gdshu.com/54/2113931.html', 'zh-Hans',
     '在改革开放的30年中,中关村迅速崛起、名声大振。继80年代白手起家的柳传志、王选这些创业前辈之后,近年来,大批海外留学生云集中关村。他们满怀着爱国之心、创业之志和反哺之情,怀揣着文凭和专利,带领着自己的团队,引来了海外的理念、项目、资金和市场,在中关村掀起了一波又一波的创新创业热潮。海归企业在大型软件、集成电路、无线通讯、生物制药、环保节能等领域,不断地创造出骄人的业绩。这其中邓中翰、张朝阳、李彦宏、周云帆、韩庚辰、严望佳等诸多海归人物成为在中关村万名海归中的杰出代表。 中关村管委会自2004年以来,每年表彰50位优秀海归创业者,并为他们著书立传,形成了中关村海归系列丛书,到《海归奋斗中关村》出版时,足足265位。',
     ['Z6', 'Z6.3']),
    ('http://ldwb.workerbj.cn/content/2022-12/28/content_122526.htm', 'zh-Hans',
     '本报讯 (记者 孙艳) 记者昨天从市科委、中关村管委会获悉,本市支持建设了首批9家引领类标杆孵化器、14家正在加快对标升级的培育类标杆孵化器,高位引领了硬科技孵化服务升级发展。\n孵化器作为创新创业资源融通汇聚的重要枢纽,在促进“四链”深度融合和“双创”纵深发展中发挥重要作用。据介绍,首批9家孵化模式先进、专业化水平突出、硬科技企业培育和产业集聚带动作用显著的引领类标杆孵化器,以及14家现有基础较好、服务特色鲜明、正在加快对标升级的培育类标杆孵化器,分别重点聚焦原创新药、细胞基因治疗、智能硬件、光电子、仪器传感器、航空航天和高端装备关键材料、元宇宙、绿色能源等高精尖产业细分领域,覆盖海淀、昌平、丰台、石景山、顺义、怀柔、朝阳和北京经济技术开发区等8个区。\n2022年,市区两级共给予标杆孵化器超亿元支持,带动孵化器累计完成专业技术服务平台建设投入8亿元,设立早期投资基金(资金)约300亿元,在孵高质量硬科技企业达到900余家,更好服务北京国际科技创新中心和中关村世界领先科技园区建设。',
     ['B6']),
    ('http://ldwb.workerbj.cn/content/2023-05/30/content_128390.htm', 'zh-Hans',
     '本报讯 (记者 王路曼) 记者近日从2023中关村论坛北京(国际)第三代半导体创新发展论坛上获悉,顺义区成功签约包括国联万众二期、特思迪半导体二期等6个产业项目,预计总投资近18亿元。顺义区打造国际第三代半导体创新高地的建设规划初见雏形。\n近年来,顺义区将第三代半导体作为三大主导产业之一,编制了《顺义区第三代半导体产业发展规划(2021-2035年)》,集聚了泰科天润、国联万众、瑞能半导体等产业链上下游企业20余家,引进了北京大学、清华大学、中科院物理所等优质项目,初步形成从装备到材料、芯片、模组、封装检测及下游应用的产业链布局,三代半产业集群效应初显。',
     ['B2']),
    ('http://hzqiaodun.com/uav-news/202106/16/73353.html', 'zh-Hant',
     '本報(bào)訊(記者 張思琦 通訊員 閆婷杰)6月11日,在一派歡騰喜悅的氣氛中,占地面積3.8萬(wàn)平方米的中關(guān)村延慶園無(wú)人機(jī)科技創(chuàng)新園正式開(kāi)工,標(biāo)志著我區(qū)無(wú)人機(jī)產(chǎn)業(yè)空間載體設(shè)施建設(shè)步入跨越式發(fā)展。副區(qū)長(zhǎng)、中關(guān)村延慶園管委會(huì)主任丁章春出席。\n據(jù)了解,本次開(kāi)工的無(wú)人機(jī)科技創(chuàng)新園是我區(qū)“一核四區(qū)”產(chǎn)業(yè)空間格局的重要一環(huán),其位于延慶區(qū)康莊鎮(zhèn)東南,項(xiàng)目采取總體規(guī)劃,分兩期實(shí)施建設(shè),建成后地上與地下總建筑面積將超2.8萬(wàn)平方米。一期工程將重點(diǎn)為清航裝備、遠(yuǎn)度互聯(lián)等公司量身定制無(wú)人機(jī)研發(fā)中試、生產(chǎn)組裝空間,同時(shí)建設(shè)無(wú)人機(jī)檢測(cè)、維修等生產(chǎn)性公共服務(wù)平臺(tái)和配套服務(wù)設(shè)施,滿足無(wú)人機(jī)企業(yè)先期入駐條件,預(yù)計(jì)今年年底完成。二期工程將依托園區(qū)產(chǎn)業(yè)政策及人才引進(jìn)政策,吸引無(wú)人機(jī)研發(fā)、中試、組裝、測(cè)試等各個(gè)環(huán)節(jié)的企業(yè)入駐。',
     ['Z5', 'Z5.3']),
    ('https://cre.org.cn/index.php/list3/jjy/15327.html', 'zh-Hans',
     '京津冀协同创新共同体发展研究*时间: 2019-10-15信息来源:区域经济评论 2019年第3期 作者:薄文广 刘 阳 李佳宇 责编:qgy 齐双\n摘 要:相对于更多由政府主导的交通基础设施互联互通以及区域环境联防联治,基于市场共赢的产业协同才是京津冀协同发展的最持续支撑。以天津、河北和中关村国家自主创新示范区合作共建的协同创新共同体为例,通过分析梳理其主要特征,发现京津冀协同创新共同体主要面临中关村企业较难实现转移、津冀产业承接能力弱、中关村企业转移缺乏持续性、北京新布局以及雄安新区建设等导致中关村企业更多处于观望状态等发展困境。发展与完善京津冀协同创新共同体可以从中央统筹顶层设计,地方政府创新先行先试;构建权责匹配,多层次的制度化合作机制;找准产业创新协同对接点,构建高效优质服务体系;聚焦重点创新共同体建设,积极探索协同发展新路径等方面着手。',
     ['Z5', 'Z5.12']),
    ('http://static.17car.com.cn/qianzhan/2023/0201/366949.html', 'zh-Hans',
     '(相关资料图)\n北京日报客户端 | 记者 武红利\n自2月1日起,在京外籍人才均可享受工作许可和居留许可“两证联办”服务,办理时限进一步缩减到5至7个工作日。\n本市正在积极打造高水平人才高地。为更好服务北京国际科技创新中心建设和“两区”建设,持续优化国际营商环境,北京海外学人中心、北京市公安局出入境管理局共同推动外国人来华工作许可和居留许可“两证联办”。前期,“两证联办”服务适用对象为外籍高层次人才。自2月1日起,服务对象拓展到其他外籍专业人才。在前期试点的基础上,全市13个“两证联办”窗口均已推广实施该服务。',
     ['B6']),
]
# Round 23 traps: (kind, url, lang, text)
WEB23_TRAPS = [
    ('mall', 'https://www.triscribe.com/2005/11/24/the-mother-of-all-tech-goodiesn-hilon-it-mall/', 'en',
     """The mother of all tech goodies – Hilon IT Mall

Hilon IT Mall….

And I thought Malaysia’s Sungei Wang/Plaza Loh Yat/BB Plaza was good at it but Hah! Hilon the original in Beijing. 10 floors of just tech goods, from laptops, pc parts, PCs, office equipment, mp3 players, Apple, Ipods, digital cameras, you name it. The guys are aggressive pitching their wares. Have to be careful though, some are just bad fakes but look real (gee, haven’t we heard this before)? I was checking out the USB 2.0 portable slim hard drives and they guy was saying not to worry because his goods were real. We could call the Samsung or Hitachi number to verify the serial numbers on the HDs to make sure they were legit !My friend bought a webcam so he could communicate with his wife in NYC and allow his wife to see her daughters in Beijing.

I also did a drive through around Zhongguancun central where Hilon Mall is located along the west side of Zhongguancun near a lot of the universities, Peking University and Qinghua University. Then drove all the way east again where I’m staying with my friend."""),
    ('rental', 'https://www.echinacities.com/news/Office-Leasing', 'en',
     """Office Leasing

Commercial Real Estate Overview

The Beijing commercial real estate sector primarily formed in the mid-80's and experienced rapid development from 1992 to 1994 and a recession period from 1997 to 1999 caused by over-supply and the Asian financial storm. 2006 witnessed strong office sales transactions with demand derived from both domestic buyers and foreign institutional investors, encouraged by a combination of factors including Beijing's strong economic growth, WTO accession, the 2008 Olympics and RMB appreciation.

There are more than 800 office buildings in Beijing, over 160 of which are Class-A and providing total commercial floor space of some 5 million square meters, mainly concentrated in the east of Beijing, the city's Financial Street and the Zhongguancun area.

1. Eastern area: The supply of commercial office space in this area is about 3.50 million square meters and the area has become popular because of convenient transportation, a developed road network, rich international resources and short distance from the Beijing International Airport."""),
    ('school', 'http://www.tkwa.com/blog/tkwa-selected-to-design-elementary-school-in-china/', 'en',
     """TKWA Selected to Design Elementary School in China


Approximately 40,000 square meters (430,000 square feet) in size, the building design includes four levels of above ground classroom, administrative, performance and related educational spaces, plus two underground levels reserved for parking and a multi-purpose gymnasium/athletic complex.

TKWA has been selected as design architect for a major new elementary school project in Beijing, China. When completed, the Zhongguancun No. 3 Elementary School will provide an innovative project based and collaborative learning environment for approximately 2400 students within a highly sustainable urban campus. Ceremonial groundbreaking for the school occurred on December 26, 2012, with construction start in Spring, 2013.

Considered one of the top academic schools in China, Zhongguancun Elementary School currently operates two campuses enrolling more than 6000 students within Beijing’s Haidian District."""),
    ('passing', 'http://www.mybeijinglife.com/2009/11/beijing-real-estate-amateurs.html?widgetType=BlogArchive&widgetId=BlogArchive2&action=toggle&dir=open&toggle=MONTHLY-1259654400000&toggleopen=MONTHLY-1257058800000', 'en',
     """About two or so months ago, Veronica and I decided that we wanted to move. Don't get me wrong - we love our current place. It has a great sweeping view of the endless landscape of residential towers that is the area between the 2nd and 3rd ring roads. It's got two large bedrooms, hardwood floors, a gym in the basement and five supermarkets within a 5 minute walk.
But that doesn't mean we can't shoot higher. And by higher, I mean - way cooler. There are a lot of fun areas of the city. WuDaoKou (五道口) is like college town. Wudaokou can be identified by its crowds of westerners and koreans, its rotating supply of good places to eat and drink as well as its inventory of slightly jacked up prices for apartments. Veronica studied near there and many of her friends lived there, so after spending a bunch of time visiting, we realized it wasn't for us. You can get to WuDaoKou via line 13 of the metro - but its a bit of a hike. One bright spot is that it isn't far from Zhongguancun (中关村), the bargain priced electronics market I stop by whenever I need a memory card or a computer accessory."""),
    ('hongkong', 'http://www.scmp.com/business/companies/article/1377883/cyberport-readies-hk200m-aid-start-ups', 'en',
     """Cyberport readies HK$200m to aid start-ups

The funds, to be spent over three years, aim to spur expansion abroad and on the mainland

PUBLISHED : Wednesday, 11 December, 2013, 5:05am
UPDATED : Wednesday, 11 December, 2013, 5:05am

Cyberport announced yesterday that it would invest HK$200 million to support new technology companies over the next three years, with an emphasis on helping Hong Kong-based start-ups expand overseas and on the mainland.

"Hong Kong itself is too small. We will focus on boosting start-ups' fundraising capability, connecting them with funding sources overseas … and building collaborations with international partners," Cyberport chief executive Herman Lam Heung-yeung said.

In the past year, the hi-tech campus had established an e-commerce exchange and a young entrepreneur programme with Guangdong province.

It has also set up a Shanghai representative office to help Hong Kong start-ups operate more effectively on the mainland.

The amount the government venture has committed to spend from next year to 2017 is double the amount it invested during its previous three-year plan, which largely went towards incubation, training programmes and "micro funds" for more than 200 start-ups."""),
    ('hefei', 'http://europe.chinadaily.com.cn/china/2014-01/15/content_17238165.htm', 'en',
     """China's top quantum tech center founded in Hefei
Updated: 2014-01-15 21:02
By ZHU LIXIN in Hefei, Anhui (chinadaily.com.cn)
|
|||||||||||
The CAS Center for Excellence Quantum Information and Quantum Physics was founded in Hefei, Anhui province, on Wednesday.
The center, based in the University of Science and Technology of China and under the leadership of the Chinese Academy of Sciences, will be built into a top-notch academic institution with an international influence in quantum information and quantum physics, Bai Chunli, president of CAS, said at the founding ceremony.
Earlier this year, the CAS launched a program establishing five top innovation centers in China in wake of President Xi Jinping's call to deepen reform and innovation in science and technology to enhance the nation's strength.
The CAS aims to build the Hefei-based center into a model for the other four centers, specializing in the earth system science of Qinghai-Tibet plateau, particle physics, brain science and thorium molten salt reactors, according to the CAS president."""),
    ('national', 'http://english.www.gov.cn/policies/latest_releases/2017/09/26/content_281475886854922.htm', 'en',
     """Govt plans to build national technology transfer system

Updated: Sep 26,2017 8:00 PM

The State Council has released a plan to build a national technology transfer system.

A national technology transfer system is conducive to capitalization and industrialization of sci-tech achievements and innovative development in China, the circular stated.

It sets a target of building a basic national technology transfer system and a market of technologies by 2020, embedded with market-oriented technological transfer institutions, professionals and extensive international cooperation under the Belt and Road Initiative.

By 2050, a mature national system for technology transfer will be built, and the technology market will be fully developed, with various innovation entities coordinating with each other in an efficient way.

The circular also encouraged universities and research institutes to set up technology transfer institutions, and private intermediaries to provide professional services, under improved government guidance and public services.

Besides, the circular stressed efforts to enrich the technology transfer talent pool."""),
    ('taiwan', 'https://www.alaturka.us/science-park-in-taiwan-opens-doors-to-intl-journalists/?share=email', 'en',
     """Science park in Taiwan opens doors to int’l journalists

By Cansu Dikme

TAIPEI, TAIWAN (AA) – A group of international media representatives on Tuesday visited a science park in Taiwan’s capital Taipei to get an insight about the country’s technology.

Ming-Huang Chen, the director-general of Central Taiwan Science Park (CTSP), hosted 21 journalists from 20 countries across the world, who are in capital Taipei for a five-day media tour as part of Oct. 10 National Day celebrations.

Briefing the journalists, Chen said: “Our mission is to achieve regional and economic development between north and south Taiwan.”

Established in 2003, CTSP encompasses five parks on 1,486 hectares area. As a sustainability-oriented green park, it fosters innovation and technology.

Six major industries of CTSP are based on nanotechnology, which covers optoelectronics, precision machinery, biotechnology, integrated circuits, computer and peripherals and green energy."""),
]
add_web_round("web23", WEB23_RELEVANT_ZH, WEB23_RELEVANT_EN, WEB23_TRAPS, all_tune=True)

# --- added round 24: a TUNING round like rounds 7, 8 and 10-23 (decided before any row was collected: every round-24 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Chinese only (the English rows of this period are collected by another helper at the same time).  Theme: everyday Chinese
# news and government pages across the plans' tasks, asked for ~25 relevant and ~10 traps; the round is SHORT: 12 relevant zh
# (5 zh-Hant, 4 with no code) and 8 traps (5 zh-Hant), collected in the ~40 minutes allowed.  The page search is heavily mined:
# most hits for ZGC pilot reforms, sci-tech finance, IP, proof of concept, incubators, sub-parks, talent and BTH were USED
# already or told an earlier row's story.
# Relevant zh: Beijing's 2025-2027 action plan for landing S&T achievements (中新社 via udn, zh-Hant; 揭榜掛帥/賽馬, concept- and
# pilot-verification platforms, BTH supply-demand matching); the 2019 '海外英才北京行' talent tour with the ZGC international-talent
# measures presented and visits to ZGC parks (智慧中国); foreign journalists at the E-Town robot park in 2024 (人民网 on a spam
# mirror, 'sp20241110' left in; no code); Beijing's robot industry in a 2025 Xinhua feature (光明网; '百项机器人新品工程'); Huairou
# Science City's 40 projects and the start of HEPS and the multimodal imaging facility (新京报 on a gambling-spam mirror, '赛博体育'
# and a wrong '2023-03-11' date left in); the 2024 ZGC Forum's results session with the acceptance of the ZGC Comprehensive
# Bonded Zone (mlwch copy); Beijing's 8,754 专精特新 SMEs at the 2024 CIFTIS briefing (中新社 via 世界日报, zh-Hant; no code);
# the ZGC Haidian park at 20 (北京商报 2008 on siheshuidao, zh-Hant); Haidian's figures at the 2023 Forum fintech sub-forum
# (北京商报; no code); a HK Beijing-CPPCC member's proposal on Beijing-HK cooperation for the centre (星岛 column, zh-Hant; no code);
# the Beijing data bureau's 2025 speech on the data-element pilot zone, 智慧城市2.0 and 长安链 (beijing.gov.cn); a 人民论坛 abstract
# on BTH as a high-quality growth pole via the Beijing centre (lvfazyw copy, zh-Hant).
# Traps (8): Hefei advanced light source (`hefei`, names the Beijing collider in passing); Xi'an 秦創原 and the western S&T
# innovation harbour (zh-Hant, `xian`); the Hetao HK park seminar (zh-Hant, `hongkong`); Shenzhen Guangming's advanced light
# source institute (`shenzhen`); the national immigration bureau's talent endorsements extended to 京津冀 and all FTZs (zh-Hant,
# `national`, names 北京); the 2023 Beijing-Taiwan youth start-up contest final in Beijing (cri big5, zh-Hant, `passing`, as round
# 12's contest trap); 2008 traffic relief for 中关村大街 with the 海龙/科贸 footbridge (newzgc, `street`); Guangdong's big-science
# facility cluster (people.cn BIG5, zh-Hant, `guangdong`).
# Excerpts are 3-10 sentences copied as the pages have them (bylines, spam words, wrong dates, doubled blank lines, '(完)'-less
# ends); several skip a paragraph or photo caption: zhzgzz (cut after the 11月5日下午 路演 sentence), ahhzjc (the
# definition paragraph of 大科学装置 skipped), mlwch (cut after the bonded zone's 'milestone' sentence), jpxssl (photo captions
# skipped), dutenews (photo captions skipped), beijing.gov.cn (cut after the 长安链 figures).
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass
# check() with no problem; no two round-24 excerpts share a window; a sample string of each excerpt is absent from
# /work/shared/benchdata.  Dropped as used or as an earlier row's story: the 强链工程 (jrzgltzzs used; round 7's story), the 2026
# ZGC transfer-centre summary (reportify used), 10100.com's proof-of-concept essay (used), the 2019 Huairou 22 projects (sheshi
# used; bjnews epaper the same story), the 2017 Huairou plan / 最大光源 (capepiratesrugby used; meili43 the same story), the
# autonomous-driving zone's 2020 launch, 2022 3.0 stage and 2024 3000 km2 plan (autonode, sfa-bcs, szb.wxrb used; victorzhang,
# cjsjw, ylptlb the same stories), the 2022 Forum press conference (imsilkroad, zgykjs; round 5's story), the 2024 Forum press
# conference (sina.com.hk; round 4/10's 2024 Forum), the ZGC 1万家 BTH branches (todaymg; web9-rel-zh15's story), BioPark
# (udn 9097836 used; yjsks the same story), the Life Science Park phase 3 (jingmenyun; an earlier row's story) and its 2025 media
# visit (caixin; round 8's English story), the 2018 双创周 exhibition (feifmx; the 2018 proof-of-concept plan and hard-tech
# incubation platforms told in rounds 7/14), the ZGC index 2024 (lzyber used), 京台 contests (udn 8975164, taiwan.cn 2016 used),
# Taiwan youth at ZGC (taiwan.cn 2015/2016 used), ZOL and office-rent hits (m.zol 6892085, juwanzhuan, hellooffice, newzgc
# 6349, whytouch used), restaurant guides (bj.sina, hfjinjia used), the electronics-market memoir (cww used).
# Labels (README rules, rounds 2-23 readings) plus: B1 for a Beijing-wide action plan that sets up 揭榜掛帥/賽馬 research
# organisation (seeds/001's B1 names 创新攻关的"揭榜挂帅"体制机制), with B5 for its BTH supply-demand matching of achievements and
# scenario needs (seeds/001's B5: 形成应用场景支持前沿技术迭代升级、津冀落地转化的联动机制); B6 for a Beijing-wide overseas-talent tour
# with ZGC talent measures presented (as round 23's en09); B2 for Beijing's robot programmes to become a source of robot
# innovation (embodied AI, as round 6's B2 reading); B1 for Huairou's big-science facilities starting construction; Z7 + Z7.7
# for the Forum's results session; Z6 from returnee-founder statistics in a park profile (as round 7's talent statistics); B3
# for Beijing's blockchain-based (长安链) public-data sharing and B4 for its 智慧城市2.0 city digital base (seeds/001's B4: 以智慧城市
# 为核心); B5 for a paper abstract proposing the Beijing centre and a regional collaborative-innovation community as paths for BTH.
# E-Town visits, Beijing/Haidian SME and park statistics and a proposal column get no code.
# Doubtful round-24 rows (kept, flagged here): zh01 (B1 from 揭榜掛帥 in a transfer plan; Z codes left out though the plan is the
# 市科委、中关村管委会's: Beijing-wide; B3 left out for the concept/pilot-verification platforms, as round 6's pilot-platform row),
# zh02 (B6; Z6 + Z6.3 left out: the ZGC 20 measures are only presented at the event), zh04 (B2 for a Beijing-wide robot programme;
# B4 left out for '百种应用场景示范工程', not the centre's city-wide scenario project), zh06 (Z2 left out for the bonded zone's
# regulatory innovation: no pilot-reform measure stated, as round 8's en09), zh08 (Z6 from one clause of 2008 park statistics),
# zh11 (a data-bureau speech: B3 + B4 from two results sentences; relevance rests on Beijing's data/smart-city work, the centre
# is not named), zh12 (B5 for a proposal in an abstract, as round 23's zh05), zh10 (a proposal by a CPPCC member: relevant with
# no code), zh07/zh09 (statistics: relevant with no code; Z1.4 left out for 专精特新 counts).  Hard traps: national05 names 北京
# and 京津冀 in a national talent-mobility measure (Z2.2/Z6 vocabulary), passing06 is a Beijing start-up contest supported by
# Beijing's Taiwan office, street07 names 中关村 throughout (traffic, electronics markets), hefei01 names 北京正负电子对撞机,
# hongkong03/shenzhen04/guangdong08 use 科技创新合作区 / 大科学装置 / 综合性国家科学中心 vocabulary for other places.
# Not found (no usable, unused page in the time): Z1 (揭榜挂帅/强链, innovation consortia on ZGC: used), Z2 (ZGC IP, 科创金融试验区,
# pilot reforms: hits used or off-topic), Z3 (ZGC proof of concept, 中试, technology managers, 创业大街: used or told), Z4 (ZGC AI/IC/
# biomedicine clusters), Z5 (sub-parks, 特色产业园, old-factory renewal, BTH parks: used or told), Z6 measures (人才公寓, 外籍人才
# services: only used or link-farm pages), B4 scenarios and the autonomous-driving zone (all told), and traps of kinds zol,
# mall, rental, restaurant and school (all hits used).
# Round 24 relevant Chinese rows: (url, lang, text, labels)
WEB24_RELEVANT_ZH = [
    ('https://udn.com/news/story/7333/9150942', 'zh-Hant',
     '北京科技成果轉化 按下加速鍵\n北京力爭到2027年，基本形成高效協同、富有活力的科技成果轉化體系，促成1000家合作平台、5000項技術開發合作項目，轉化孵化（扶持發展）3000家科技型企業、600家專精特新企業，轉化一批服務大陸國家戰略需求、滿足北京經濟社會發展需要的重大科技成果。\n中新社報導，北京市科學技術委員會、中關村科技園區管理委員會副主任楊璞在18日舉行的記者會上提到上述內容。當天，《北京市推進科技成果轉化落地行動方案（2025—2027年）》（簡稱行動方案）發布，楊璞對行動方案進行介紹。\n根據行動方案，北京將圍繞高精尖產業和未來產業發展及企業創新發展需求，通過「揭榜掛帥」、「賽馬制」等，建立企業出題、研發單位答題、聯合攻關的科研組織模式。持續推進北京高等院校高精尖創新中心建設，鼓勵企業與高校共建產教融合基地、校企實訓基地，加速高校科技成果產業化。 行動方案指出，北京將支持企業建設概念驗證、中試驗證、檢驗檢測平台，為提升科技成果成熟度提供支撐。引導科技企業孵化器完善超前孵化能力，推動前沿、顛覆性技術轉化為創業項目；鼓勵標竿孵化器集聚各類資源要素，提供全周期、專業化的孵化服務。\n行動方案明確，北京將加強京津冀科技成果轉化供需對接，定期發布京津冀概念驗證、中試平台目錄，鼓勵平台跨區域服務。圍繞六條重點產業鏈和五個先進製造業集群產業布局，推動三地重點領域企業發布場景需求，促進科技成果示範應用。',
     ['B1', 'B5']),
    ('http://zhzgzz.com/html1/report/1911/1858-1.htm', 'zh-Hans',
     '“2019海外英才北京行”活动成功举办\n\n2019-11-15\n来源:智慧中国    作者:王健\n\n  \n\n  11月4日至6日,由北京市人才工作局指导,北京海外学人中心主办,海淀创业园协办的“2019海外英才北京行”活动在北京成功举办。此次活动共收到来自美国、英国、日本、德国、澳大利亚、以色列、印度尼西亚等20多个国家和地区的300余名海外人才报名。为提升引才质量和精准性,主办方前期邀请了多家留学人员创业园和用人单位共同对报名人员和项目进行筛选,最终邀请了近百位海外人才参加。创业类人才项目涉及生物医药、电子信息、新能源和新材料等多个领域。\n\n  11月4日上午举办的“新时代海外英才论坛”上,北京海外学人中心相关负责人具体从引才、聚才和服务人才三个方面对北京市海外引才工作做了全面讲解。11月4日下午,北京市人才工作局有关负责同志介绍了北京市国际人才社区建设情况,中关村管委会相关方面负责人对“中关村国际人才新政20条”进行了介绍和解读,中关村知识产权促进局相关领导分享并分析了在知识产权工作中的一些典型案例。\n\n  11月5日上午,为使海外人才对北京市创新创业环境有更直观的了解,主办方组织参会海外人才分别去往北京市留学人员海淀创业园、中关村生命科学园参观、座谈。11月5日下午,创业类人才携优质创新项目亮相中关村海淀创业园和生命科学园。',
     ['B6']),
    ('http://w54.net/public/xinwen.php?TD=wrc.html', 'zh-Hans',
     '中外媒体记者走进北京机器人产业园\n\n发布时间:2024-11-10 04:29:36 来源: sp20241110\n\n人民网北京9月3日电(记者李潇)9月3日上午,由2024中非合作论坛峰会新闻中心和北京市人民政府新闻办公室主办的“科技创新高地”主题城市采访活动在京举行。来自德国电视二台、“今日俄罗斯”通讯社、日本朝日电视台、人民日报社、中国新闻社、中国青年报社等50余家中外媒体的70余名记者走进北京经济技术开发区(北京亦庄)机器人产业园,深入了解机器人产业发展及场景应用。\n\n北京机器人产业园占地面积25万平方米,园区聚焦机器人核心技术和产品,打造“关键技术+核心产品+应用场景”的北京亦庄模式,拥有机器人大世界展厅、北京具身智能机器人创新中心、国家机器人检测与评定中心(总部)北京测评中心,以及优必选、合鲸科技、长木谷、强联智创等机器人企业,成为外界了解北京亦庄机器人产业发展的窗口。机器人和智能制造产业作为北京亦庄四大主导产业之一,当前正依托“一个园区、一批平台、一个中心、一支基金、一群人才”的“五个一”工作机制,加速构建全国机器人产业高地。截至目前,北京亦庄已拥有机器人生态企业百余家,其中半数以上为专精特新企业,产值规模近百亿元。',
     []),
    ('https://economy.gmw.cn/2025-06/20/content_38102890.htm', 'zh-Hans',
     '向“智” 中国机器人“跑”起来\n\n来源:新华每日电讯2025-06-20 09:43\n\n  新华社北京6月19日电(记者陈芳 温竞华 陈旭)一场比工业革命更为深刻的人工智能革命近在眼前。中国机器人正加速“跑”起来!\n\n  带球对抗、过人、射门,进球了!1号球员高举手臂挥舞起来,庆祝自己连进三球的胜利。对手2号球员则显得有些“沮丧”,不停跺脚踱步。\n\n  在北京市机器人产业园(亦庄)的“机器人大世界”前,“活力中国调研行”记者团最新观看了一场趣味足球赛,比赛双方是来自北京加速进化公司的人形机器人。正是这款机器人,让中国团队在今年3月的RoboCup机器人世界杯德国公开赛上夺得冠军。\n\n  绿茵场上踢出中国创新弧线,是北京机器人产业日新月异的一个缩影。目前,北京拥有机器人骨干企业400余家,其中国家专精特新“小巨人”机器人企业、人形机器人整机单位数量均居全国首位。\n\n  北京市经济和信息化局智能制造与装备产业处副处长梁洪郡介绍,近年来,北京充分发挥科技创新和产业创新优势,实施“百项机器人新品工程”和“百种应用场景示范工程”,打造国内机器人技术创新策源地、应用示范高地和高端产业集聚区。',
     ['B2']),
    ('http://www.ahhzjc.com/zixunzhongxin/xingyedongtai/1548.html', 'zh-Hans',
     '怀柔科学城综合极端条件实验装置项目土建已完成85%赛博体育\n\n      |      2023-03-11 04:09:06\n\n  赛博体育新京报快讯(记者 吴为)记者6月29日从怀柔科学委会获悉,今年下半年,怀柔科学城将密集开工40个重点项目,包括科学设施和研发平台项目14个、城市基础设施项目10个、公共服务配套设施项目16个,赛博体育投资额预计198亿元。这些重点项目的密集开工,将全面拉开怀柔科学城“科学+城”的建设框架。\n\n  截至目前,2个大科学装置和5个交叉研究平台已经在怀柔科学城开工建设。2个大科学装置中,综合极端条件实验装置项目主体结构、二次结构全部完工,土建工程已完成85.5%;地球系统数值模拟装置主体结构基本完工,土建工程完成55%。\n\n  另外,高能同步辐射光源、多模态跨尺度生物医学成像设施这两个大科学装置于今天(6月29日)启动建设,空间环境地基综合监测网二期(子午工程二期)计划今年下半年开工建设,加上正在建设的综合极端条件实验装置和地球系统数值模拟装置,怀柔科学城落地建设的大科学装置达到5个,占在北京落地的19个大科学装置的26%,是北京地区大科学装置最为密集的区域。',
     ['B1']),
    ('https://www.mlwch.com/juxmxpROFZ.html', 'zh-Hans',
     '4月29日,2024中关村论坛年会重大成果专场发布活动在中关村国际创新中心畅春厅举办,发布活动将设置了重大科技成果发布、专项发布、重要成果签约、北京市外资研发中心授牌等议程。北京市委常委、教育工委书记于英杰在会上介绍,论坛年会期间发布了研究报告、标准规范、榜单、指数、倡议等近100项成果,共促成309个项目签约,签约金额673.17亿元。此外,展示中心的常设展将在五一期间向社会公众开放。\n\n19项重大科技成果发布\n\n重大科技成果发布涉及面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康四大版块共19项成果。\n\n专项发布包括《深时数字地球国际大科学计划》《2023技术聚焦》《中关村综合保税区封关验收》,以及推介两岸科技创新中心。\n\n海关总署自贸区和特殊区域发展司副司长杜朝新宣读了中关村综合保税区验收结果。2024年4月26日,海关总署会同相关部委组成联合验收组,对北京中关村综合保税区开展正式验收,认为中关村综保区范围内的基础和监管设施符合国家有关法律法规和相关规定要求,认定验收合格,具备开关运作条件。\n\n北京市商务局副局长郭文杰介绍,北京中关村综合保税区是全国首个取消物理围网的综保区,在全国率先探索智慧监管模式,这是综保区监管模式的重大创新实践,在全国综保区建设发展史上具有里程碑意义。',
     ['Z7', 'Z7.7']),
    ('https://worldjournal.com/wj/story/121343/8175346', 'zh-Hant',
     '北京專精特新「小巨人」企業8754家 全中國最多\n截至目前,北京市已培育專精特新中小企業8754家。其中,國家級專精特新「小巨人」企業795家,獲得中央財政資金重點支持的「小巨人」企業138家,以上兩類企業數量均位列全國各城市之首。\n中新社報導,2024年中國國際服務貿易交易會(下稱服貿會)電信、計算機和信息服務專題媒體通氣會19日在北京舉行,北京市中小企業服務中心副主任李依霖在會上提到上述內容。\n李依霖介紹,今年服貿會電信、計算機和信息服務專題展專精特新展區將圍繞「未來產業六大領域、20個子方向」進行規畫布局,展區內每個子方向由一家專精特新企業代表參展,每家企業都是各個細分領域的「單打冠軍」,展區面積為260餘平方米。',
     []),
    ('http://siheshuidao.cn/news/zgccj/200806/8566.htm', 'zh-Hant',
     '商報訊(通訊員 朱麗)每天有10家企業在中關村誕生;每3.6天,就有1家企業躋身年銷售收入超億元行列。中關村海淀園年收入超億元企業總數超過523家。德勤發布的中國高科技高成長50強企業中近40%來自中關村。\n走過20年的中關村海淀園,正以強勁的高技術產業實力和創新能力,成為我國高技術產業發展的龍頭和自主創新的高地。\n目前,園區擁有高新技術企業1.8萬家,園區收入近4000億,通過高新技術產業創新升級,有力地帶動了海淀區及北京市產業和經濟發展。據不完全統計,企業研發投入占總收入的比重達到5.9%,高出全國企業平均水平約4個百分點。每年有一半的技術成果輻射到全國,技術收入的增速遠高于園區總收入和產品銷售收入。目前,園區有上市公司總數達到64家,居全國高新區之首。承接的863項目占全國的1/4,973項目占全國的1/3。截至2007年,累計引進外資企業3000家,有9500多名海外赤子創辦了4200多家企業。',
     ['Z6']),
    ('http://bbtnews.com.cn/2023/0529/477590.shtml', 'zh-Hans',
     '北京商报讯(记者 刘四红)5月29日,在由北京市科学技术委员会、中关村科技园区管理委员会、北京市地方金融管理局、海淀区人民政府、西城区人民政府联合主办的2023中关村论坛金融科技平行论坛举办。\n会上,海淀区委副书记、区长李俊杰介绍,近年以来,海淀高质量发展态势强劲,作为中关村企业的“大本营”、全市经济的“压舱石”,海淀区持续释放科技创新主体和市场主体的活力,积极构建高精尖产业体系,以大信息产业为支柱,大健康产业为突破,科技服务业为基础,先进制造业为支撑,不断孕育未来产业,引领支撑现代产业发展。\n截至目前,全区现有国家高新技术企业总数达到9764家,占到全市的35%。北京市“专精特新”中小企业2125家,全市占比35%。国家级“专精特新”小巨人企业265家,全市占比45%。数字经济核心产业增加值占地区生产总值的比重达到54%。2022年,地区生产总值10206.9亿元,成为北京市第一个、全国第二个经济总量跨越万亿元的市辖区。',
     []),
    ('https://www.stheadline.com/columnists/lifestyle/3541224/%E6%9B%BE%E5%AE%89%E6%A5%AD-%E4%BA%AC%E6%B8%AF%E5%89%B5%E7%A7%91%E5%8D%81%E4%BA%94%E4%BA%94%E5%B8%83%E5%B1%80-%E5%AE%89%E6%A5%AD%E8%88%88%E9%82%A6', 'zh-Hant',
     '今年作為「十五五」規劃開局之年，高質量發展的藍圖正徐徐鋪展。對香港而言，這不止是一份國家發展藍圖，更是一張關於自身定位與未來發展的「行動指引」，及早謀劃布局，充分發揮潛質，將制度優勢轉化為實際動能，成為當前最重要的課題之一。\n\n\n\n基於這樣的思考，我近日向北京市政協提交了《關於深化京港產學研協同 助力北京建設國際創新科技中心的提案》。這項提案，不僅是為首都科創建言獻策，同時亦是為香港開拓更廣闊、更可持續的發展空間。\n\n\n\n北京作為全國科創高地，全社會研發經費投入強度達6%，「三城一區」創新格局持續優化，中關村科學城建設縱深推進，人工智能、量子科技等新質生產力加速壯大。而香港作為內聯外通的「超級聯繫人」和「超級增值人」，則在市場化、國際化擁豐富經驗，在知識產權保護、國際市場對接、科技金融服務等領域優勢突出，科技園、河套區等創科平台潛力無限。只要兩地打通經胳，雙劍合璧，定能成為國家科技自立自強「全國一盤棋」中的攻關主力量。',
     []),
    ('https://www.beijing.gov.cn/fuwu/lqfw/ztzl/sjysfzlt/yjfx/202507/t20250704_4141596.html', 'zh-Hans',
     '以数据要素综合试验区建设为牵引 加快“一区三中心”数据发展战略落地\n北京市政务服务和数据管理局\n2025年7月4日上午\n各位领导、各位嘉宾:\n大家上午好。今天我分享的主题是“以数据要素综合试验区建设为牵引 加快‘一区三中心’数据战略落地”。这与论坛的主题“以改革创新加速数据价值释放”是非常契合的。数据要素综合试验区就是我市深入贯彻二十届三中全精神,围绕“一区三中心”数据发展战略提出的数据工作总体思路和改革路径。下面从三个方面与大家做个分享:\n一、北京数据工作具备坚实发展基础\n2000年以来至今,我市数据工作按照网上-云上-数上-智上的进阶思路持续推进。通过“网上”阶段,我们保障了数字奥运、数字北京的顺利开展,大幅提升政府各部门运行效率。通过“云上”阶段,我们逐步打破各单位信息化孤岛,大幅推动集约式发展。随着大数据、区块链、人工智能等新技术的深化利用,我们迎来了“数上”阶段,我们以“四梁八柱深地基”为技术框架全面实施大数据行动计划,以“33321”为总体设计建设智慧城市2.0,城市数字底座稳固夯实,数据治理能力大幅提升。\n我市数据工作成果丰富。我市率先利用区块链实现公共数据跨部门共享流通,围绕长安链技术体系,已有14个国家部委、26家央企数据在链,全市汇聚高频、高需求数据总量7000余亿条、日更新4亿余条。',
     ['B3', 'B4']),
    ('http://lvfazyw.com/2024/0918/712474.shtml', 'zh-Hant',
     '【摘要】京津冀地區作為我國創新資源最密集且有較好經濟基礎的北方沿海地區,不僅要在實現國家科技自立自強、建設科技強國征程中走在前列,也需要在落實國家創新驅動發展戰略和打造高質量發展動力源方面發揮更為重要的作用。當前,京津冀發揮高質量發展動力源作用在科教人才布局、企業創新能力、創新溢出、高技術產業與先進制造業集群、產業布局等方面還存在一些短板。對此,可以通過加快北京國際科技創新中心建設、打造區域協同創新共同體、建設世界級先進制造業集群、推動新質生產力加快發展、優化京津冀區域產業布局等五大路徑推動京津冀更好發揮高質量發展動力源作用。\n【關鍵詞】京津冀 高質量發展 動力源 科技創新 【中圖分類號】F20 【文獻標識碼】A',
     ['B5']),
]
# Round 24 traps: (kind, url, lang, text)
WEB24_TRAPS = [
    ('hefei', 'https://zgqjnyw.mobi/news/show-1196.html', 'zh-Hans',
     '近日,据中国科学技术大学消息,国家十四五重大科技基础设施建设项目——合肥先进光源项目已于6月7日获得国家正式批复,计划将于2023年9月举行开工典礼。该项目的成功批复意味着,合肥又一个大科学装置获批,并即将开建!\n到目前为止,同步辐射仍是对微观世界研究的最有效且系统的工具,也被称为科技的灯塔。北京正负电子对撞机被称为一代光源,合肥国家同步辐射实验室被称为二代光源,上海光源被称为三代光源。\n合肥先进光源将是国际最先进、亚洲唯一低能量区第四代同步辐射光源,其中升级的一个主要性能就是亮度。采用更加复杂的加速器结构,使其亮度更高、相干性更好,它的特点可以实现复杂体系电子态、化学态、轻元素结构的精确测量。该项目预计在2027年建成。\n目前,合肥已拥有全超导托卡马克核聚变实验装置、稳态强磁场实验装置、同步辐射光源3个已建成的大科学装置,三大装置性能不断提升。'),
    ('xian', 'http://www.446dt.com/jiaodian/2021/165402.html', 'zh-Hant',
     '“相約絲博會,網聚十四運”全國網絡媒體主題采訪活動啟動儀式\n各界新聞網訊 (實習記者 穆小蕊)5月10日上午,“相約絲博會,網聚十四運”全國網絡媒體主題采訪活動在西安啟動。隨后,全國網絡媒體主題采訪活動團一行在中國西部科技創新港、西工大翱翔小鎮、秦創原進行參觀采訪。\n中國西部科技創新港展館\n中國西部科技創新港展館\n在中國西部科技創新港,記者了解到,中國西部科技創新港以“國家使命擔當、全球科教高地、服務陜西引擎、創新驅動平臺、智慧學鎮示范”為目標,在4個領域上建立了8大平臺、29個研究院和300多個科研基地。\n秦創原\n“秦創原”是陜西全省創新驅動發展總平臺、陜西最大的孵化器和科技成果轉化“特區”,吸納高校、科研院所、企業和各市參與,旨在進一步發揮陜西全省科教優勢,集聚創新資源,促進科技、金融、產業、人才有機結合,加快陜西創新驅動發展成果產業化步伐。'),
    ('hongkong', 'http://jpxssl.cn/Print.aspx?id=4431', 'zh-Hant',
     '港深業界共議河套香港園區發展\n\n來源: 作者: 發布時間:2024年01月30日\n\n河套深港科技創新合作區香港園區建設進度怎樣?與一河之隔的深圳園區相比,香港園區的定位和競爭力在哪里?“河套香港園區在大灣區科技創新的功能作用研討會”26日在港舉行,深港兩地政商界和學界代表直面合作區發展的核心議題,就兩地創科合作展開務實討論。\n\n位于深港跨境接壤地帶的河套深港科技創新合作區是國家“十四五”規劃明確的粵港澳重大合作平臺之一,面積約3.89平方公里。去年,國務院印發《河套深港科技創新合作區深圳園區發展規劃》,明確提出把合作區打造成為粵港澳大灣區高質量發展的重要引擎。\n\n香港特區政府創新科技及工業局局長孫東表示,盡管香港園區占地面積不大,但扮演著舉足輕重的作用,是國家科技創新面向國際的前沿陣地,也是驅動香港創科發展的“火車頭”。特區政府正全力推進香港園區的建設,預計首三座大樓將于今年年底陸續落成。'),
    ('shenzhen', 'https://www.dutenews.com/n/article/10186884', 'zh-Hans',
     '正式入驻光明科学城!深圳先进光源研究院综合楼启用!\n\n10-22 20:04\n摘要\n\n光明新闻全媒体记者 林彦君 文/图\n\n\n10月22日,深圳先进光源研究院综合楼入驻仪式在光明科学城举行,标志着研究院正式入驻光明科学城大科学装置集群,迈入高质量发展新阶段。\n\n\n作为深圳布局重大科技基础设施的核心载体,光明科学城大科学装置集群位于科学城西北部,以莲塘水库为中心,总规划面积约6平方公里,涵盖5平方公里核心区和1平方公里拓展区。该区域将聚焦稀缺性大科学装置建设,支撑前沿交叉研究平台发展,并依托良好生态本底,打造“科韵绿谷”,构建“科学山林”与湖光山色相融的整体格局。目前,国家超级计算深圳中心二期、鹏程云脑Ⅲ等一批高能级科研平台正加紧建设,创新要素持续汇聚。\n\n\n深圳先进光源研究院综合楼总建筑面积3万余平方米,作为光明科学城大科学装置集群内首个建成投用的科研建筑,其正式启用标志着该片区首个科研机构正式进驻,首个大科学装置科研团队——深圳自由电子激光团队开启新征程。'),
    ('national', 'http://jornalsisi.com/news-cd.asp?id=79445', 'zh-Hant',
     '【本報綜合報道】據香港中通社11月3日消息,中國國家移民管理局(中華人民共和國出入境管理局)當日發佈公告,實施10項移民和出入境管理服務政策舉措,當中6項措施將於11月5日起實施,包括擴大往來港澳人才簽注政策試點實施範圍,以及支持促進河套深港科技創新合作區深圳園區生產要素高效跨境流動等。\n人才簽注擴至長三角及京津冀\n據公告,自2025年11月5日起,在北京、上海、粵港澳大灣區的基礎上,在長三角、京津冀地區全域,以及全國所有自由貿易試驗區實施往來港澳人才簽注政策。在上述區域工作的內地傑出人才、科研人才、文教人才、衛健人才、法律人才以及其他人才,可憑人才主管部門、符合條件的用人單位等出具的有關人才證明,申請辦理有效期1至5年不等的多次往來香港或者澳門人才簽注,每次在香港或者澳門停留不超過30天。'),
    ('passing', 'https://big5.cri.cn/gate/big5/taiwan.cri.cn/2023-09-07/633a5b76-2b1a-fb47-c42c-ac3484c0fc6a.html', 'zh-Hant',
     '2023京臺青年創新創業大賽總決賽舉辦 助力兩岸創業青年發展\n\n中新網北京9月7日電 (記者 林世雄)“青聽兩岸 創響京臺”2023京臺青年創新創業大賽總決賽6日在北京舉辦,來自京臺兩地的20個項目團隊參加。\n\n \n\n北京市臺辦副主任張磊在致辭中表示,今年大賽聚焦新時代海峽兩岸青年共同的責任和使命,持續推動兩岸青年交流融合。要發揮大賽的品牌引領作用,為兩岸青年創業者提供更加優質的資源對接和學習交流機會,助力他們實現更好發展。\n\n \n\n北京台資企業協會監事長周至元在致辭中鼓勵參賽選手,儘管新冠疫情與全球經濟下行導致創業風險提高、創業者信心動搖,但真金不怕火煉,只要保證團隊、技術、産品、執行力、現金流控管、獲利模式清晰明確,最後一定會獲得成功。'),
    ('street', 'http://www.newzgc.com/news/zgcsh/200804/8035.htm', 'zh-Hans',
     '中关村地区交通拥堵局面今年有望得到有效缓解。海淀区副区长于军昨天在做客北京城市服务管理广播“市民对话一把手”节目时透露,预计今年6月中关村海龙电子市场和科贸电子城之间过街天桥将建成使用,另外,五道口道路将往南打通直达四环路。\n针对市民提出的海淀中关村、五道口地区交通拥堵问题,于军表示,中关村核心地带的3号路目前已经在建设当中,海龙电子市场和中关村科贸电子城之间的过街天桥也将在4月份开始动工修建,预计6月份就能竣工投入使用,届时,行人过街就不必再横穿车水马龙的中关村大街。\n据了解,五道口地区由于公路和铁路交叉等原因,也一直是个“堵点”。今年海淀区计划将五道口十字路口的南北街对口,并打通五道口的道路直接连接到四环路。此外,随着地铁10号线和4号线的陆续开通,部分人流也将分流出去,使得整个海淀区的交通问题有所缓解。'),
    ('guangdong', 'http://gd.people.com.cn/BIG5/n2/2025/0302/c123932-41151128.html', 'zh-Hant',
     '冷泉裝置、先進阿秒激光設施開建,中微子實驗項目預計8月運行取數……\n大科學裝置群能為大灣區帶來什麼?\n\n近期,粵港澳大灣區的大科學裝置群進入集中建設、投用期:在廣州,冷泉生態系統研究裝置項目(以下簡稱“冷泉裝置”)日前啟動建設,成為我國首個海陸結合的大科學裝置﹔在東莞,先進阿秒激光設施於今年1月開工建設,旨在捕捉電子運動軌跡,推動量子物理、材料科學等領域突破﹔在深圳,合成生物研究重大科技基礎設施、腦解析與腦模擬重大科技基礎設施等多個大科學裝置在去年12月啟動運行﹔在江門,中微子實驗項目建設進入收官階段,預計今年8月開始運行取數,持續捕捉中微子……\n目前,廣東建有或在建的國家大科學裝置超10個,涵蓋能源、材料、生命科學等領域,約佔全國1/3,此外還有多個項目正在布局,大灣區城市則是核心承載地。'),
]
add_web_round("web24", WEB24_RELEVANT_ZH, [], WEB24_TRAPS, all_tune=True)

# --- added round 25: a TUNING round like rounds 7, 8 and 10-23 (decided before any row was collected: every round-25 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: ENGLISH only (the Chinese rows of this period are collected by another helper at the same time): everyday English news,
# government, company and university pages weighted towards the Beijing-centre projects (B1-B6) and Zhongguancun's industry,
# international, finance and incubation tasks, plus two relevant rows with no task content and English traps.  The round is
# SHORT: 15 relevant en (2 with no code) and 9 traps (all en), collected in the time allowed (about 40 minutes); the page search
# is heavily mined and most hits on these topics were used already or tell an earlier row's story.
# Relevant en: HEPS in Huairou Science City in a CAS big-facility feature (global.chinadaily 2024); a Beijing vice mayor's 2019
# visit to Helmholtz-Zentrum Berlin on Huairou Science City and the science-centre alliance set up in Huairou (bjb.cas.cn); a
# 5,000 m2 humanoid-robot / embodied-AI training base in Beijing (chinadailybrief); the 2023 plan for an AI innovation hub with
# global influence (english.beijing.gov.cn policy text, its principles and objectives); the 2024 implementation plan for a
# global digital-economy benchmark city (english.beijing.gov.cn, overall goals); the 2022 report of the high-level autonomous
# driving demonstration area (english.beijing.gov.cn 2023); Haidian's 18 new digital-infrastructure projects under the "two
# zones" (qpute copy of a 2021 report); Beijing sharing growth with Tianjin-Hebei (China Daily 2023 on a mirror domain, the
# 'Sharing the load' section); the "two zones" in 2024 (wb.beijing, Xinhua, 2025-01-15 press conference); the Zhongguancun
# International Technology Exchange Conference at the 2021 Forum (zgcforum.com.cn); the 'Zhongguancun AI North Latitude
# Community' in Haidian (reportify.ai AI summary of a 21st Century Business Herald article, '[1][3][8]' markers and the Chinese
# headline left in); ZGC IP-collateralized financing during COVID-19 (govt.chinadaily 2020); the Haidian Overseas Students
# Pioneer Park (China Daily Canada 2015 via pressreader); a VC's move into Zhongguancun (questventures.com, no code); Xi's 2026
# visit to an IT innovation park briefed on the centre (ecns, no code).
# Traps (9, en): Suzhou Industrial Park with CSHL (`suzhou`), InnoHK clusters at Hong Kong Science Park (`hongkong`), Anhui as
# most innovative province, naming 'Huairou of Beijing' among three national science centres (`hefei`), Hangzhou Future Sci-Tech
# City innovation alliance with technology-transfer platforms and concept-validation centres (`hangzhou`), Wudaokou restaurants
# near Tsinghua and Peking University (`restaurant`), Zhangjiagang IP pledge financing (`jiangsu`), Singapore's one-north
# festival speech (`singapore`), MoST's 2019 guiding opinions on new-type R&D institutions (`national`), Chengdu Hi-tech Zone's
# 'Travelling in Europe' and sister-park agreements (`chengdu`).
# Excerpts are 3-10 sentences copied as the pages have them (bylines, 'Share - WeChat', '[Photo via VCG]', ' Print', the AI
# summary's bracket markers, the spam-mirror domain of the China Daily article, the bullets '• 1A 5,000-square-meter', the
# Haidian page's '(via Qpute.com)' doubled headline); several skip a sentence or paragraph because it shares a 40-character
# window with earlier rows (long proper names and set phrases): global.chinadaily (the 'fourth-generation synchrotron radiation
# facilities' sentence), wb.beijing (the 'version 2.0 ... national comprehensive demonstration zone' sentence), qpute (the Shu
# Bilei sentence naming 'the administrative committee of Zhongguancun Science City'), ecns (the photo caption and lead sentence
# naming 'general secretary of the Communist Party of China Central Committee'), the hongkong trap (the sentence naming 'the Hong
# Kong Special Administrative Region Government'), the hangzhou trap (the 'transformation of scientific and technological
# achievements' paragraph); others skip menus, photo lines or paragraphs (ttav89's Xiong'an school paragraphs, the pressreader
# founder quotes, the reportify Group 2-4 lists, the AI plan's task list).
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass check()
# with no problem; no two round-25 excerpts share a window; a sample string of each excerpt is absent from /work/shared/benchdata.
# Dropped as used or as an earlier row's story: BAQIS video pages (insidequantumtechnology), CIBR / Beijing brain-science centre
# founding (darkmatter, biotecnika, npj; round 4's story), BAAI Wudao / BIGAI result pages (institution results only), the 2026
# AI-for-Science plan (ttm.financial used; c114pro, ecns the same story), the 2025-27 blockchain plan (bbapi used; airdrops,
# 21bitcoin) and the national blockchain centre (paryte, coinliberal, nerdben; used story), the 2020 blockchain plan
# (seeblockchain; used story), the Tel Aviv liaison office (boronfuelsource, ecns, xebersaati; chinadaily used), the 2023 services-
# sector plan 2.0 (english.www.gov.cn; SCMP used), the Life Science Park drug-innovation story (caixinglobal; inkl used), the
# Mentougou AI large-model plan (iacommunidad; Mentougou compute centre and Jingxi park used), the Binhai-ZGC park's fifth
# anniversary (bjzpark 2021-11-30: 63 windows shared with an earlier row), the 2021 Forum's Huairou seminar (wikilove: the
# centre's full name repeated in every sentence), SECUF in Huairou 2025 (used acceptance story), Startup Street / Inno Way pages
# (1she, hxen; round 17/23 story), the 2006 six-month park statistics (same release as round 21's chinasilicon row), and used
# pages (bastillepost Huairou, en.gzoutsourcing, bjzpark 2019 and 2023, english.basic.cas.cn, wb.beijing Lawrence Wong visit,
# en.people.cn 2025 humanoid, thailandtribune, qianlong 2018, cnipr Miyun, yuzhongnet 2011, brlscp, safea, entrepreneurhandbook,
# chinafrica 2014, CGTN 2022 Forum press conference, cnipa 2012, laitimes world-leading park plan).
# Labels (README rules, rounds 2-23 readings) plus: B1 for HEPS stated as located in Huairou Science City (no other Huairou
# content in the excerpt) and for a vice mayor's cooperation talks on Huairou Science City and its large facilities; B2 for a
# Beijing embodied-AI training base and for the 2023 plan's AI innovation hub with global influence; B4 for the digital-economy
# benchmark city's data-native infrastructure and digital scenarios, for the autonomous-driving demonstration area's scenarios
# (as round 7) and for Haidian's new digital infrastructure when the excerpt no longer names ZGC; B5 for S&T businesses and research
# moved from Beijing to Tianjin and Hebei; B6 for the "two zones" in 2024; Z7 + Z7.3 + Z7.7 for the Forum's international
# technology exchange conference (as round 7); Z4 + Z4.6 for a ZGC-branded AI community in Haidian; Z2 + Z2.3 for ZGC IP-
# collateralized financing; Z3 + Z3.4 + Z6 + Z6.9 for the Haidian overseas students pioneer park as an incubator of returnee
# start-ups.  A VC's office move and a presidential visit get no code.
# Doubtful round-25 rows (kept, flagged here): en01 (B1 from one sentence placing HEPS in Huairou Science City; the rest of the
# excerpt is national CAS facilities), en02 (B1 for a visit abroad; Z7 not used as it is not a ZGC text), en03 (B2 for a training
# base in an editorial-style summary; B4 left out for its '30 simulated scenarios', which are training environments, not city
# application scenarios), en04 (B2 only; B4 left out for 'new applications ... based on specific scenarios'), en07 (B4 for a
# Haidian text cut before its ZGC Science City sentence; Z4.2 would apply with that sentence; B6 left out for the "two zones"
# framing), en08 (B5 from one sentence in a mostly Xiong'an/Tongzhou relocation excerpt), en11 (an AI-written summary; Z4.6 for a
# ZGC-branded AI community; Z5 left out), en13 (Z codes for a Haidian park that never names ZGC in the excerpt; Z3.4 from 'the
# biggest business incubator in China'), en14 (relevant with no code: a company page about moving into ZGC), en15 (relevant with
# no code: the park is not named as ZGC, the text is relevant through the centre briefing).
# Hard traps: hefei03 names 'Huairou of Beijing' as a national science centre, hangzhou04 is a science city with technology-
# transfer platforms and concept-validation centres (Z3.1/Z3.2 vocabulary), jiangsu06 is IP pledge financing (Z2.3 vocabulary),
# national08 is new-type R&D institutions (B1 vocabulary), hongkong02 is research clusters at a science park, restaurant05 names
# Tsinghua and Peking University in Wudaokou, chengdu09 is a 'national independent innovation demonstration area' doing sister-
# park cooperation abroad (Z7 vocabulary).
# Not found (no usable, unused English page in the page search within the time): B3 (every blockchain / AI-for-science / internet-
# of-vehicles platform page found was used or told a used story), Z1 ("little giants" and chip texts in English were about E-Town
# (used) or national), Z5 (ZGC park texts found were used), new B1 national-lab texts (Changping / national lab pages used),
# Z7.4/Z7.6 overseas centres (used); traps of kinds zol, mall (all English mall blogs found are used), hotel (only German/Italian
# reviews), school, shenzhen, zhangjiang, taiwan and passing.
# Round 25 relevant English rows: (url, text, labels)
WEB25_RELEVANT_EN = [
    ('https://global.chinadaily.com.cn/a/202410/15/WS670dab48a310f1265a1c78de_4.html',
     """Key facilities enable scientific advancement
75 years of development sees country rise from tech laggard to leader
The fourth-generation synchrotron radiation light source, the High Energy Photon Source, located in Beijing's Huairou Science City, is expected to be fully operational by the end of next year.
The CAS currently has over 30 large scientific facilities in operation or under construction, including specialized research facilities for specific scientific and technological goals in certain disciplines, such as the Beijing Electron-Positron Collider and the Heavy Ion Research Facility in Lanzhou.""",
     ['B1']),
    ('http://bjb.cas.cn/gcasc/news/others/202210/t20221027_6540757.html',
     """The Vice Mayor of Beijing visited Germany

Publish Time: Nov 27, 2019
In November 2019, the Vice Mayor of Beijing, Sui Zhenjiang, visited Germany and met with Professor Jan Lüning, Managing Director of Helmholtz-Zentrum Berlin für Materialien und Energie in Berlin, Germany. During the meeting, Mr. Sui presented Beijing’s core competitiveness in innovation, and discussed opportunities for close collaboration in the construction and management science and technology industrial parks in China and Germany, the attraction of high-tech companies to the park, and the development of Huairou science city. Professor Lüning said that as the chairman-elect of the Global Cooperation Alliance of Science Centers established this October in Huairou, he would actively promote the collaboration between the Helmholtz-Zentrum center and Huairou Science City in operating large scientific facilities, and share the management and operation experience of the Helmholtz-Zentrum Center.""",
     ['B1']),
    ('https://chinadailybrief.com/article/6a2e6fa9bc35116ac7c45bed',
     """China’s Robotics Ambition Finds a New Testing Ground in Beijing

Beijing has launched a premier 5,000-square-meter training base to accelerate the development of humanoid robots across 30 simulated environments. The facility uses 120-plus robots and advanced motion-capture technology to generate the massive datasets required for 'embodied AI' to function in the real world.

Advanced humanoid robot with glowing blue accents in a digital network setting.

Key Takeaways

  • 1A 5,000-square-meter training base for humanoid robots has opened in Beijing, focusing on 'embodied AI.'
  • 2The facility features 30 simulated scenarios ranging from domestic homes to industrial and medical environments.
  • 3Equipped with 120 robots and a 200-square-meter motion-capture arena to record high-precision movement data.""",
     ['B2']),
    ('https://english.beijing.gov.cn/investinginbeijing/WhyBeijing/lawpolicy/policies/202307/t20230724_3205626.html',
     """I. Guiding Principles

This plan aims to accelerate the implementation of the innovation-driven development strategy and move faster towards self-reliance in advanced science and technology. It adheres to the principle of encouraging independent innovation, staying problem-oriented, making coordinated plans, and advocating open approach for innovation. By doing all these, Beijing will hopefully leverage its advantageous resources for AI innovation to further enhance its global influence and push the development of its AI industry to the forefront of the world.

II. Objectives

Beijing’s AI industry and relevant technological innovation efforts will have moved into a new development stage by 2025 and an AI innovation hub with global influence will have basically taken shape, according to the plan. 

Focus will be laid on a number of cutting-edge sectors so as to propel development through technological innovation. 

Breakthroughs will be made in a series of projects to deliver domestic products that can be alternatives to imported counterparts and in some key technological fields.""",
     ['B2']),
    ('https://english.beijing.gov.cn/investinginbeijing/InvestmentSpecial/DigitalEconomy/PolicesAndInterpretations/202412/t20241225_3973328.html',
     """Implementation Plan of Beijing Municipality for Accelerating the Development of Benchmark City for Global Digital Economy

english.beijing.gov.cn
2024-12-25

(II) Overall Goals

Through five to ten years' persistent efforts Beijing will strive to create "six highlands" to drive the growth of the global digital economy.

—Beijing will establish a range of data-native infrastructures with strong demonstration and leadership capabilities, fully leverage digital scenarios, and become an influential urban digital transformation highland.""",
     ['B4']),
    ('https://english.beijing.gov.cn/latest/news/202305/t20230530_3117226.html',
     """[Photo via VCG]
Established less than three years ago, Beijing High-level Autonomous Driving Demonstration Area (hereinafter referred to as the "Area") situated in the southeast of Beijing has transformed Beijing into an innovation hub with the latest, most trendy and most advanced autonomous driving scenarios coming into reality one by one.
According to the Report on Construction and Development of Beijing High-level Autonomous Driving Demonstration Area in 2022 recently released by the head office of the Area, the Area has ranked first in China in terms of the competitiveness of urban intelligent connected vehicles for two consecutive years, thanks to a series of actions taken for the innovation in policies and technologies. As of March 2023, the Area housed 19 testing enterprises, with a total of 578 connected vehicles autonomously driving a remarkable total distance of 14.49 million kilometers.
The successful introduction of several new scenarios can be attributed to Beijing's relevant policies. In September 2020, Beijing took the initiative to establish the world's first high-level cloud-connected autonomous driving demonstration area.""",
     ['B4']),
    ('https://www.qpute.com/2021/09/14/beijings-haidian-district-pushes-ahead-with-18-new-digital-infrastructure-projects-via-qpute-com/',
     """/Beijing’s Haidian district pushes ahead with 18 new digital infrastructure projects (via Qpute.com)

Beijing’s Haidian district pushes ahead with 18 new digital infrastructure projects (via Qpute.com)

In the course of pushing forward the construction of the “two zones,” Beijing’s Haidian district has been steadily promoting 18 new digital infrastructure projects since the launch of the capital’s “two zones” initiative one year ago.

New infrastructure is an essential part of Beijing’s acceleration of cultivating and expanding new business types and models and promoting high-quality economic development. It is also an important task for scientific and technological innovation and the construction of the “two zones.”

In terms of new network infrastructure, Haidian district has accelerated the pace of its 5G base station construction, so far completing 3,160.""",
     ['B4']),
    ('http://www.ttav89.com/a/202307/31/WS64c6eb06a31035260b819528_4.html',
     """A capital idea sees Beijing share its growth

    By DU JUAN | China Daily | Updated: 2023-07-31 07:30

    Sharing the load

    The growth of both Xiong'an and Tongzhou has helped in shifting many of the old industries and administrative functions away from Beijing.

    Government data shows that the combined GDP of Beijing, Tianjin and Hebei surpassed 10 trillion yuan in 2022, which is 1.8 times the amount in 2013.

    Meanwhile, businesses and research efforts in the science and technology innovation sector have also been steadily moved from Beijing to the two other areas.""",
     ['B5']),
    ('https://wb.beijing.gov.cn/en/policy_release/further_opening_of_the_service_sector/202504/t20250408_4059759.html',
     """BEIJING, January 15 (Xinhua) -- Beijing was among the first batch of pilot cities in China approved to expand opening-up in such sectors as value-added telecommunications and healthcare. The capital witnessed the establishment of the country’s first foreign-funded enterprise specializing in “human genetic diagnosis and gene therapy”. Additionally, it released the nation’s first scenario-based and field-level negative list for outbound data flow of companies in the pilot free trade zone, and initiated the construction of the country’s first pilot zone for the special provision of rare disease drugs.
The above-mentioned information was obtained on January 15 from a press conference themed “Deepening Reform to Promote Development”, which was held at the press center of the Third Session of the Sixteenth Beijing Municipal People’s Congress.
Lu Huiling, Deputy Director-General and Spokesperson of the Beijing Municipal Commerce Bureau, elaborated on how the Bureau, in collaboration with competent municipal authorities and districts, advanced the high-standard opening-up of the capital through the “two zones” development in 2024.
A Series of Pioneering Policies Released
Beijing made headway in institutional opening-up by benchmarking against high-standard international economic and trade rules.""",
     ['B6']),
    ('https://www.zgcforum.com.cn/en/ennewsltdt/20210929/4203.html',
     """Conference promotes key achievements in sci-tech

Origin:ZGC Forum Time:2021-09-29 Views:122333

The Zhongguancun International Technology Exchange Conference, that concluded on Tuesday, assisted the application of sci-tech achievements, promoted international cooperation and gave a boost to Beijing's high-tech industries, according to a senior official from the Ministry of Science and Technology.

Shao Xinyu, vice-minister of science and technology, said the two-day conference, as an important part of the Zhongguancun Forum, offered a multifunctional platform for the release of new technologies, transformation and promotion.

"Next, the ministry and the Beijing municipal government will step up support to build Zhongguancun Science City into an international industrial park with the conference playing a vital role in the process," Shao said.

This year's conference highlighted intelligence, health and carbon neutrality as the theme of the 2021 ZGC Forum.

A total of 17 activities were held during the two-day event, bringing together more than 40 universities and enterprises, and 100 institutions for technology transformation worldwide.""",
     ['Z7', 'Z7.3', 'Z7.7']),
    ('https://reportify.ai/tags/concept?tagValue=Big+Health',
     """Big Health

Search documents
海淀向北:万亿之后,拿什么留住下一个DeepSeek?
2 1 Shi Ji Jing Ji Bao Dao· 2025-07-11 11:46
Core Viewpoint - Beijing Haidian District is actively seeking to attract global AI entrepreneurs by offering incentives such as rent reductions and support for AI startups through the establishment of the "Zhongguancun AI North Latitude Community" [1][3][8] Group 1: Economic and Industrial Development - Haidian District aims to leverage its significant economic capacity, with a GDP of 1.29 trillion yuan in 2024, to foster a new wave of innovation in AI and technology [7][9] - The district has seen a 200.6% growth in economic volume over the past decade, primarily driven by the internet economy and the emergence of major tech companies [7][9] - The "Zhongguancun AI North Latitude Community" is part of Haidian's strategy to create a key area for AI enterprises, covering over 100,000 square meters [3][8]""",
     ['Z4', 'Z4.6']),
    ('https://govt.chinadaily.com.cn/s/202008/25/WS5f5f0e42498ed1e2f340944a/financing-key-to-business-recovery.html',
     """News and Policies

Financing key to business recovery

Updated: Aug 25, 2020 By Liang Kaiyan chinadaily.com.cn Print
Share - WeChat
Home to legions of small high-tech startups, Zhongguancun provides favorable policies to help them with financing. WU YIBIN/FOR CHINA DAILY

Zhongguancun is home to nearly 30,000 high-tech companies and more than 90 percent of them are small and microbusinesses driven by innovation. Thus, local authorities have made concerted efforts to help them with financing.

Small and medium-sized enterprises are vulnerable to economic fluctuations and need more support for their development, said Fan Rui, an official with the Zhongguancun IP promotion bureau.

Intellectual property-collateralized financing is an effective approach to supporting SMEs' development and stimulating their technological innovation, Fan said.

To help companies fight the COVID-19 pandemic, the bureau cooperated with banks and other financial institutions to help companies in Zhongguancun with IP-collateralized financing.

In the first half of this year, the bureau helped seven high-tech companies complete credit extension and renewal projects, with the total credit line exceeding 200 million yuan, officials said.""",
     ['Z2', 'Z2.3']),
    ('http://www.pressreader.com/china/china-daily-canada/20150828/282037620919081',
     """Park supports dreams of young pioneers

Free offices, policy guidance, capital provided to ambitious startups, China Daily reports.

China Daily (Canada) - - ANALYSIS -

Robot enthusiast Wang Xiangwei was busy upgrading his service robot in a room at Haidian Overseas Students Pioneer Park in Beijing, the biggest business incubator in China, and could not contain his excitement.

When the park noticed the company’s techniques and development potential, it assisted by offering a comfortable office in the park’s Entrepreneurship Valley.

Ning said the park helped mainly in two aspects. Besides a free office, the park helped them save time and energy with such matters as company registry, patent applications and learning China’s key policies.

Among the more than 300 startup companies at the park, about 85 percent were founded by overseas returnees, with nearly half of them coming back from the United States.

Founded in 1997, the park has helped more than 800 enterprises go from startup to success. At least 14 of the companies have gone public.""",
     ['Z3', 'Z3.4', 'Z6', 'Z6.9']),
    ('https://www.questventures.com/perspectives/ideas/why-we-moved-to-zhongguancun/',
     """Why we moved to Zhongguancun

When Quest started, we worked out of a service office in CBD and took meetings at the cafes nearby. One of our favourite meeting places was the Hong Kong cafe at Guomao before it had to shut down due to renovations by the mall.

One day, Zhaoying, our super plugged-in marketing manager, said that there was a new co-working space that was launching at Zhongguancun, and asked the company to consider moving there.

To put things in perspective, all VCs work out of either CBD or Financial Street. Only one well-known fund — Innovation Works — had located itself in Zhongguancun and even that was due to its need for incubation space as it runs acceleration programs.

The name Zhongguancun literally means Zhongguan Village. Lenovo (Legend) started from a tiny shop here, as did many hardware companies of that era. Baidu, Sina and Google had their offices there too. So it was already a vibrant tech hub in its own right. The only issue was no investors were based there as it was far away from the city center.""",
     []),
    ('http://www.ecns.cn/news/sci-tech/2026-02-09/detail-iheztexa9809850.shtml',
     """Xi visits IT innovation park in Beijing

2026-02-09 19:24:18Xinhua Editor : Mo Honge ECNS App Download
At the park, Xi learned about IT application and innovation, and was briefed on Beijing's efforts to expedite the development of an international sci-tech innovation center.

Xi checked the display of sci-tech innovation outcomes, and talked with researchers and heads of sci-tech enterprises.""",
     []),
]
# Round 25 traps: (kind, url, lang, text)
WEB25_TRAPS = [
    ('suzhou', 'http://english.jschina.com.cn/23262/201809/t20180929_5743238.shtml', 'en',
     """Suzhou Industrial Park focuses on innovation
2018-09-29 15:31:00

The Cold Spring Harbor Laboratory (CSHL) of the United States and the Suzhou Industrial Park signed a new 10-year cooperation agreement on Sept 17.

Under the new agreement, the CSHL will establish an Asia academic center in addition to the current Cold Spring Harbor Asia Conferences.

Last year, Suzhou Industrial Park ranked first in the comprehensive evaluation of China’s economic development zones, stepped into the top five national high-tech zones, and got selected into the initiative to construct world's leading high-tech parks launched by the Ministry of Science and Technology.

Suzhou Industrial Park churned out 238.8 billion yuan, up 7.4 percent year-on-year. Its three core industries of biomedicine, artificial intelligence and nanotechnology, realized an output of 61.5 billion yuan, 35 billion yuan and 50 billion yuan, respectively, representing an increase of 28 percent, 30 percent and 36 percent year-on-year. Introducing 17 research institutes so far this year, the Suzhou Industrial Park is now home to 42 research institutes."""),
    ('hongkong', 'https://www.itc.gov.hk/en/technological_infrastructure/innohk_clusters.html', 'en',
     """InnoHK Clusters


Be the Hub for Global Research Collaboration.


Converge top-notch researchers from all over the world to conduct world-class and impactful collaborative researches.

Health@InnoHK & AIR@InnoHK

Health@InnoHK and AIR@InnoHK are the first two research clusters established.

Health@InnoHK focuses on all types of healthcare-related technologies, including for instance drug discovery, personalized medicine, molecular diagnostics, bioengineering, chemical biology, bioinformatics, vaccine development and medical instrumentation etc."""),
    ('hefei', 'http://english.ah.gov.cn/Business/AboutInvestingAnhui/8324811.html', 'en',
     """Anhui is the Most Innovative Province in the Nation

Updated:May 04,2020 09:27 AM Anhui Today

At present, China has built three comprehensive national science centers, being respectively located in Huairou of Beijing, Zhangjiang of Shanghai and Hefei of Anhui.
The reason why Anhui can be ranked among the three first-tier cities of Beijing, Shanghai and Shenzhen lies in its competitiveness of the science and technology.
Anhui is reputed for producing China’s first VCD and microcomputer in those days and the world’s first quantum communication satellite “Mozi” and the world’s thinnest 0.12 mm touch glass nowadays.

Talents are the driving force for the continuous improvement of Anhui’s innovation ability. Its regional innovation ability is ranked forefront in the country for 7 consecutive years."""),
    ('hangzhou', 'https://en.hangzhou.com.cn/News/content/2023-06/05/content_8549510.html', 'en',
     """Hangzhou Future Sci-Tech City Innovation Alliance launched
en.hangzhou.com.cn   2023-06-05 10:14   Source: ehangzhou.gov.cn

The Hangzhou Future Sci-Tech City Innovation Alliance, a collaborative effort comprising major research institutes, technology transfer platforms, concept validation centers, incubators, industrial capital, and enterprises in the Yuhang district of Hangzhou, was officially launched on May 30.

The alliance will focus on organizing and developing the extended value chain, strengthening key links, and filling gaps within the industrial ecosystems of the Internet of Things, biomedicine, high-end equipment, new materials, and green energy.

After more than a decade of development, Hangzhou Future Sci-Tech City has amassed numerous innovative elements. Its total population has exceeded 400,000, with four provincial laboratories and 1,140 national high-tech enterprises. There are over 60 scientific and technological innovation parks and incubators in the area, creating a thriving environment for innovation."""),
    ('restaurant', 'https://theculturetrip.com/asia/china/articles/the-best-restaurants-in-wudaokou-beijing', 'en',
     """The Best Restaurants in Wudaokou, Beijing

Wudaokou is home to a large student population
Wudaokou is home to a large student population | © Jian Chen / Alamy Stock Photo

Famous for its pulsating nightlife, Beijing’s Wudaokou neighbourhood is a vibrant area filled with a range of restaurants serving up dishes from around the world.

Home to Tsinghua University, Peking University and the Beijing Foreign Languages University, Wudaokou houses a large student population that hails from every corner of the globe. The international vibe infuses the neighbourhood’s many restaurants, from American burgers and Korean treats to local Chinese fare.

Lush

Bar, Restaurant, Bistro, Cafe, Nightclub, American

Wudaokou is renowned for its rowdy 24-hour nightclubs offering all-night college parties, and Lush sits at the top of the list. With its green walls and wooden furniture, Lush is a simple yet welcoming restaurant that attracts both locals and tourists and is particularly popular among students."""),
    ('jiangsu', 'http://jiangsu.chinadaily.com.cn/zhangjiagang/2024-09/05/c_1022380.htm', 'en',
     """This year, Zhangjiagang, a county-level city of Suzhou, has established a government-bank-enterprise collaboration platform to assist companies in securing development funds through intellectual property pledge financing.
The city offers IP-related services to empower enterprises' growth, including policy briefings, financing matchmaking, and rights protection assistance.
In the first half of this year, Zhangjiagang secured total financing of 1.4 billion yuan ($197.29 million) and documented 101 IP pledge financing registrations. This marks an 83.6 percent year-on-year increase, benefiting 95 tech enterprises. Notably, 75 loans are under 10 million yuan, accounting for 74.3 percent of the total, highlighting its support for small and medium-sized enterprises.
Zhejiang Tailong Commercial Bank's Zhangjiagang branch has introduced a zero-cost self-assessment model for IP pledge financing, significantly improving evaluation efficiency and addressing the urgent financing needs of tech SMEs."""),
    ('singapore', 'https://www.a-star.edu.sg/News-and-Events/News/Speeches/ID/7314', 'en',
     """2. The one-north Festival is an annual celebration of research, innovation, creativity, and enterprise where we bring together innovators, scientists, the business community, students and members of the public to this hub of innovative activity known as one-north. Here visitors will discover that one-north is a place where future possibilities in science, technology, media, and enterprise are being created.

3. In keeping with strategy to develop our core of local talent together with the rich diversity of foreign talent, one-north has become a place that nurtures the growth of a unique mix of talent to help transform Singapore’s future by changing and innovating the ways in which we work, live and play. This is the place where diverse and unique talent can congregate and create value for Singapore.

4. Today, one-north hosts a cluster of world-class research facilities and business park space, built to support the development of technologies in Advanced Manufacturing, Biomedical Sciences, Infocomm Technology (ICT), Media, and Physical Sciences and Engineering that will feed into our industries and enterprises, be they SMEs, large local enterprises, MNCs or start-ups."""),
    ('national', 'http://www.arkbearings.com/content-2632.html', 'en',
     """"Guiding Opinions on Promoting the Development of New R & D Institutions"



Guoke Fazheng (2019) No. 313
All provinces, autonomous regions, municipalities directly under the Central Government, cities with separate plans, and sub-provincial city science and technology departments (committees and bureaus), Xinjiang Production and Construction Corps Science and Technology Bureau:
In order to deeply implement the innovation-driven development strategy, promote the healthy and orderly development of new R & D institutions, and enhance the overall effectiveness of the national innovation system, the Ministry of Science and Technology has formulated the "Guiding Opinions on Promoting the Development of New R & D Institutions", which is now issued to you. Please implement them carefully.

Ministry of Science and Technology September 12, 2019

1. New-type R & D institutions are focused on scientific and technological innovation needs. They are mainly engaged in scientific research, technological innovation and R & D services. They are independent legal entities with diversified investment entities, modernized management systems, market-oriented operating mechanisms, and flexible employment mechanisms. They can be registered as science and technology. Private non-enterprise units (social service organizations), institutions and enterprises."""),
    ('chengdu', 'https://en.prnasia.com/releases/apac/Chengdu_Hi_Tech_Zone_Launched_the_Fifth_Travelling_in_Europe_for_Scientific_and_Technological_Enterprises-179202.shtml', 'en',
     """Chengdu Hi-Tech Zone Launched the Fifth "Travelling in Europe" for Scientific and Technological Enterprises

CHENGDU, China, June 2, 2017 /PRNewswire/ -- On June 1st, a delegation composed of representatives from more than 40 Chinese scientific and technological enterprises will leave from Chengdu, a city in western China, to Europe and start its cooperation and exchange in Spain, France and Russia. All the enterprise representatives participating in "Travelling in Europe" are from Chengdu Hi-tech Zone known as the "Silicon Valley in Western China" which is also the organizer of this activity spanning thousands of miles.

During the activities, enterprises in Hi-tech Zone will communicate and exchange ideas on many projects respectively with local enterprises in Spain and Russia. 12 enterprises in Hi-tech Zone, Chengdu will also take part in the first training for innovation & entrepreneurship tutor plan of Sino-French Sister Park in Nice, France; and in the course of "Travelling in Europe" activity last year, Chengdu Hi-tech Zone and Sophia Antipolis signed the "Cooperation Agreement of Sister Park"."""),
]
add_web_round("web25", [], WEB25_RELEVANT_EN, WEB25_TRAPS, all_tune=True)

# --- added round 26: a TUNING round like rounds 7, 8 and 10-25 (decided before any row was collected: every round-26 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Chinese only (the English rows of this period are collected by another helper at the same time).  Theme: less obvious Chinese
# pages found with specific queries (sub-park names, firms, institutions, policy names, HK/TW outlets); asked for ~20 relevant and
# ~10 traps; delivered 15 relevant zh (6 zh-Hant, 6 with no code) and 10 traps (6 zh-Hant), collected in the ~40 minutes allowed.
# Relevant zh: the ZGC Mentougou park's 2025 results (科技日报; three leading tracks, 京西智谷 compute cluster); the 2021 ZGC
# frontier-tech competition's big-data final in the Mentougou park (shayit, zh-Hant); a 2023 standard-factory project in the ZGC
# Fangshan park's new-materials base (北京青年报 via graphene.tv); a Yanqing-district / 中材科技 agreement signed in the ZGC Yanqing
# park (in-en); a 2014 Taiwan magazine editor's note calling 中关村 the new Silicon Valley (今周刊/businesstoday, zh-Hant; no code);
# Beijing's 2020 IP-insurance pilot reported by the ZGC IP promotion bureau (17car; no code); Haidian's IP pledge loan product
# and the 中关村核心区 risk pool (creditchina, from CNIPA); Pinggu's 农业中关村 and the 中关村平谷农业科技园区 (中评社 bj.crntt);
# Beijing's nine new-type R&D institutions and its 1.0/2.0 support measures (jizihe, zh-Hant with pinyin-style mojibake such as
# 研發(fā)機(jī)構(gòu)); 北京商报's 2022 '全球科创的北京范' feature (gibfinance zh-Hant copy; new-type R&D institutions as national
# strategic force, Huairou facility); a 智東西 feature on Haidian's 'AI原点社区' (digipub, zh-Hant; no code); E-Town's IC industry
# share (京华时报 via wailaike; no code); the national NEV technology innovation centre landing in E-Town (千龙网 via cnipai; no code);
# a lifestyle page on 後廠村 vs 中關村 with ZGC Software Park figures (mlnxb, zh-Hant; no code); Haidian's 2018 remarks on the ZGC
# Belt-and-Road promotion association and supporting firms' overseas R&D centres (中国证券报 via stockstar).
# Traps (10): a web novel describing 中关村's firms (`passing`); the 2023 national IP-insurance white paper released in Beijing
# (`national`); the HK Loop park opening (hkcna, zh-Hant, `hongkong`); Chengdu's unicorn graduates naming 北京 in passing (世界日报,
# zh-Hant, `chengdu`); visitors besieging DeepSeek's office in a 中关村 building (每日人物 via dignews, zh-Hant, `passing`); two
# 中关村 electronics-mall pieces, one a Q&A copy, one zh-Hant (`mall`); Xi'an high-tech zone's Silicon Valley offshore innovation
# centre (`xian`, Z7.4 vocabulary); an HK legislator's Cantonese column on the Dongguan spallation neutron source (zh-Hant,
# `dongguan`); Taiwan's three science parks in 2008 (联合晚报 via pixnet, zh-Hant, `taiwan`).
# Excerpts are 3-10 sentences copied as the pages have them (headers, bylines, '北京市人民新闻办公室', '![]()', '中觀村', ' |',
# indentation and doubled blank lines left in); several are cut: stdaily after the 京西智谷 paragraph, graphene.tv skips the lead
# summary, businesstoday skips the repeated lead paragraph, digipub stops before the 中關村對話 paragraph, stockstar stops before the
# Guizhou paragraph, hkcna before the video list.
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt's 40-character windows pass check()
# with no problem; no two round-26 excerpts share a window; a sample string of each excerpt is absent from /work/shared/benchdata.
# Dropped as used or as an earlier row's story: Shunyi third-generation semiconductors (workerbj, jlshop, cri big5, xinxunwang used),
# the Software Park profile (tre306 used), the IC design park's 2015 start and 2018 opening (chinadaily, siheshuidao, fedaily: round
# 7's stories; xfafinance, feifmx used), the brain-science centre's founding (medvalley; round 4's story), Life Science Park phase 3
# (fx361; an earlier story), the Jingxi AI park's 2018/2019 announcements (ofweek, msn.sh.cn, yun.ce.cn: the park is round 8's
# story; m.zol used), the 2019 frontier-tech competition (used) and its 2018 prize-giving (hainan dost, left out to keep one
# competition row), the AI large-model cluster's four parks (hgtgroup; round 8's story), the 2023 Forum (kaiwenzhou, mbji: round
# 7's story), the Silicon Valley innovation centre (people.cn used), the California-Beijing centre (ndwww used), the ZGC Belt and
# Road association's founding (zgkjsz used), Tianjin Binhai-ZGC park (hk.crntt, zgcgroup, yaliqi used; jiangsulong 2019 the same
# story), the ZGC 1万家 BTH branches (todaymg used), the sci-tech finance pilot zone (10000link, per-better used), the 2019 高精尖
# blue book (nxhydt; round 5's story), the Daxing base's expansion (hhzlm; round 6's story), 21xqjy school guide (used), ltn science
# parks (used), 海龙 closure (netbooklink/haote: same text used).
# Labels (README rules, rounds 2-25 readings) plus: Z1 + Z1.7 with Z5 + Z5.1 for a sub-park's three leading tracks and its
# self-developed AI compute cluster (as round 7's Mentougou compute centre); Z3 + Z3.7 for a field final of the ZGC frontier-tech
# competition (as round 8); Z4 + Z4.7 for a ZGC park's new-materials (graphene) base (as round 8's Fengtai graphene); Z5 + Z5.1
# for a district's green high-end positioning stated with a firm in its ZGC park; Z2 + Z2.3 for the ZGC core-area IP pledge loan
# risk pool (as round 4's IP pledge reading); Z5 alone for land approved as a ZGC agri-tech park and its build-up (as round 6's
# park admission); B1 for Beijing's new-type R&D institutions and their support measures, and for new-type R&D institutions stated
# as national strategic force with a Huairou facility; Z7 + Z7.6 for the ZGC Belt and Road promotion association, with Z7.4 for
# supporting its firms' overseas R&D centres.  Taiwan magazine text, a Beijing-wide IP-insurance pilot, Haidian AI statistics,
# E-Town industry texts and a lifestyle page get no code.
# Doubtful round-26 rows (kept, flagged here): zh01 (Z1.7 for a '自主创新人工智能算力集群' in 京西智谷, Z4.2 新型计算中心 would also
# fit; Z4.5 left out for the 北京国际大数据交易所 service centre, as round 6's data-exchange reading), zh04 (Z5.1 read from the
# district's '1+4+1' positioning stated with the ZGC Yanqing park; Z5.4 left out for '中材叶片闲置厂房利用', one listed cooperation
# area), zh03 (Z3.4 left out for '打造一批专业化特色创新孵化平台' in the project's goals), zh02 (Z5.1 left out: the three tracks are
# the district's), zh06 (relevant with no code: Beijing-wide IP insurance by the 市知识产权局, reported by the ZGC IP bureau; Z2.3
# left out as Beijing-wide, as round 8's zh17), zh08 (Z5 only; B left out for '把农业科技纳入北京国际科技创新中心建设战略'),
# zh10 (B1; the page is an HTML-junk copy), zh13 (E-Town national NEV technology innovation centre: no code, though Z1.10 names
# 国家技术创新中心 and seeds/001's B5 names the BTH one), zh11/zh14 (relevant with no code; zh14 is a lifestyle Q&A page),
# zh15 (Z7.4 from one clause of plans).  Hard traps: passing01 is fiction stating 中关村 statistics, passing05 names 中关村 and
# DeepSeek throughout, national02 is IP insurance (Z2.3 vocabulary) briefed in Beijing, xian08 is an offshore innovation centre
# (Z7.4 vocabulary), chengdu04 names 北京, dongguan09/hongkong03/taiwan10 use 大科学装置 / 科技创新合作区 / 科学园区 vocabulary.
# Not found (no usable, unused page in the time): Z6 (人才公寓, 外籍人才, 高聚工程, 雏鹰: only link-farm or used pages), Z2.2/Z2.4,
# Z3.1-Z3.3 (技术经理人, 概念验证, 中试 on ZGC: used or Beijing-wide), Z5.12 (Tianjin/Hebei parks all told), B2-B6 texts not already
# told (2023 Forum, centre results 2025 used), and traps of kinds zol, school, restaurant, hotel (only link-farm or used hits).
# Round 26 relevant Chinese rows: (url, lang, text, labels)
WEB26_RELEVANT_ZH = [
    ('https://www.stdaily.com/web/gdxw/2025-11/13/content_431633.html', 'zh-Hans',
     """中关村门头沟园:园区总收入两年翻两番,首破千亿元

2025-11-13 19:30:16 来源: 科技日报 点击数:

科技日报记者 孙明源

11月12日,北京市人民新闻办公室组织召开“一把手发布·京华巡礼”系列主题新闻发布会,邀请门头沟区政府主要领导带队进行专场发布。发布会上,门头沟区委常委、副区长曹子扬在回答科技日报记者提问时提及,中关村门头沟园锚定人工智能、超高清数字视听、心血管创新药械三大赛道。园区总收入两年时间实现翻两番,首破千亿元,地均产出连续两年保持同组分园首位。

在人工智能领域,京西智谷成为全市人工智能重点布局区、重点建设的E级智能算力京西“一极”,纳入北京数据基础制度先行示范区,入选全市首批10家未来产业育新基地创新名单。在启航的1.0时代,建成国内自主创新人工智能算力集群,推动北京算法登记服务中心和北京国际大数据交易所门头沟数据资产服务中心实体化运营;进入“人工智能+”的2.0时代后,以“大算力+大模型+大应用”人工智能产业生态为支撑,点亮京西智谷模型调优工场。""",
     ['Z1', 'Z1.7', 'Z5', 'Z5.1']),
    ('http://www.shayit.com/shenghuo/2021/1203/27491.html', 'zh-Hant',
     """近日,2021年中關村國際前沿科技創新大賽(簡稱“中關村前沿大賽”)大數據與云計算領域決賽在門頭溝區舉辦。開元維度、安芯網盾、清云智通、展心展力、飛諾門陣、理工新源、馬赫谷科技、共識數信、沖量在線、眾志好活等10個優質項目在60家企業初賽、決賽的激烈角逐中,成功入圍前沿大賽大數據與云計算領域TOP10。
近年來,門頭溝區致力于綠色高質量發展,打造“高精尖”經濟結構,不斷強鏈補鏈,從黑白黃轉向紅綠藍,變色謀發展;根據要素稟賦,形成了人工智能、超高清數字視聽和心血管領域醫療器械三個細分產業賽道。
在全區穩步推進人工智能產業發展的大背景下,本次大賽正當其時。比賽由門頭溝區人民政府主辦,中關村門頭溝園管委會、中關村門頭溝園服務中心、北京中關村京西建設發展有限公司承辦。此次大賽在中關村門頭溝園舉辦,將進一步推動門頭溝區人工智能產業的發展,加速相關產業的集聚。""",
     ['Z3', 'Z3.7']),
    ('http://graphene.tv/2023022286518', 'zh-Hans',
     """房山区一投资6亿元重大项目顺利开工

本报讯(记者  叶婉)北京青年报记者获悉,2月18日上午,北京燕和盛投资管理有限公司举行北京石化新材料科技产业基地标准化厂房及配套用房建设项目开工仪式。

据了解,标准化厂房项目位于中关村房山园新材料基地核心区东区,总建筑面积78042.92平方米,总投资约6亿元。建成后,将引进符合市、区相关产业项目落地要求的石墨烯新材料领域优质项目和航空航天领域优质企业,形成以石墨烯新材料产业集群和航空航天材料产业集群的主要物理承载空间和项目培育基地,以带动燕山地区石墨烯、氢能、合成高分子材料、新型显示液晶等材料产业的蓬勃发展。

据悉,项目目标是突破一批核心技术、打造一批专业化特色创新孵化平台,聚集一批具有国际竞争优势的新材料企业,实现一批重大创新成果产业化,着力打造具有国际竞争优势的新材料产业集群,为燕山地区“一城两业”功能定位提供空间载体,推动燕山地区经济腾飞,为“六大房山”建设增添新动能。""",
     ['Z4', 'Z4.7']),
    ('https://wind.in-en.com/html/wind-2431163.shtml', 'zh-Hans',
     """4月20日,北京市延庆区与中材科技在中关村延庆园签署战略合作框架协议,聚焦复合材料在延产业化、储氢装备研发制造、中材叶片闲置厂房利用、国家重点实验室建设、创新孵化平台建设等五个方面全面加强合作,实现战略共赢,打造新能源产业融合发展新高地,推进区域高质量发展。
中材科技隶属于中国建材集团,公司承继原南京玻璃纤维研究设计院、北京玻璃钢研究设计院和苏州非金属矿工业设计研究院三个科研院所六十多年的核心技术资源和人才优势,拥有完整的非金属矿物材料、玻璃纤维、纤维复合材料技术产业链,是我国特种纤维复合材料领域集研发、设计、产品制造与销售、技术装备集成于一体的高新技术企业。业务产品紧扣新能源、航空航天、节能减排等应用领域。
据了解,作为中材科技成员企业的中材叶片2007年入驻中关村延庆园,为延庆区产业升级和经济发展作出巨大贡献。此次签约,开启了延庆与中材科技合作新篇章。延庆将结合“1+4+1”绿色高精尖产业发展定位和“一园两区”创新发展格局,围绕新能源、新材料、新技术等战略性新兴产业方向,加快推进在复合材料智能制造、国家重点实验室建设、复合材料高压储氢容器等领域,与中材科技展开更深度合作,共建新能源产业融合发展新高地。""",
     ['Z5', 'Z5.1']),
    ('https://businesstoday.com.tw/article/category/183034/post/201401160046', 'zh-Hant',
     """北緯三十九度傳奇

謝春滿

編輯室報告

891期

2014-01-16 11:53

中關村正在發生的事,跟你過去所知的產業完全不一樣。現在,中國移動網路發展的程度,已經遠遠超越台灣了。許多我們聽都沒聽過的商業模式,在中國躥起。過去,矽谷引領全球科技,未來,可能是中關村說了算!

翻開世界地圖,位於北緯三十九度的有紐約、北京、芝加哥、羅馬……等城市,這些都是大家熟知的地方。不過,今天我們的故事主角不是上述城市,而是值得你好好認識的世界新矽谷--它是位於北京西北方的中關村。

在這裡,咖啡廳擠滿創業尋夢的年輕人、一張咖啡桌就可以創業、投資者捧著錢追著要你入股、集中國三分之一創業資金在此……。當同事提到中關村的種種改變,我們異口同聲的說:「就是它了!」""",
     []),
    ('http://news.17car.com.cn/guonei/2020/1022/45100.html', 'zh-Hans',
     """记者21日从中关村知识产权促进局了解到,自年初北京开展知识产权保险试点以来,共有142家科技型企业参与投保1660件知识产权保险,涉及专利执行保险及专利被侵权损失险,并获得政府保费补贴。
据了解,142家企业包括11家制造业单项冠军企业和131家重点领域中小微企业。通过专利保险,企业可以降低维权成本,提升抵御知识产权风险的能力。
据介绍,北京市知识产权保险试点工作开展以来,北京市知识产权局会同各部门,指导保险公司推出包括专利执行险、专利被侵权损失险及其组合险的保险产品。同时组织银行、保险等金融机构以知识产权金融为切入点,优化试点工作的服务方案。组建知识产权金融服务包,进一步扩大保险试点工作在北京的覆盖范围,打造知识产权保险“北京模式”。
北京市知识产权局主要负责人杨东起表示,保险试点工作是优化营商环境、服务高精尖产业发展、助力首都四个中心建设与“两区”建设的有力举措。通过组织保险机构与银行、担保、知识产权运营、评估等机构合作,开展产品创新研究,推动了首都知识产权保险试点与金融创新融合发展。(记者谢昊)""",
     []),
    ('https://zscq.creditchina.gov.cn/dxal/202501/t20250123_349352.html', 'zh-Hans',
     """北京海淀区:打造知识产权质押贷款专属产品 完善全链条知识产权质押融资服务
- 发布时间:2025/01/26
- 来源:国家知识产权局
在创新驱动发展的浪潮下,科技型中小企业是推动科技进步与经济转型的关键力量,然而,融资难题却是企业创新发展道路上的困难阻碍。海淀区深入贯彻国家知识产权局进一步推动知识产权金融服务工作精神,推出“纯”知识产权质押贷款创新产品——“智融宝”,设立风险处置资金池,通过构建全方位的知识产权质押融资服务体系,为企业破解困局、注入发展动能。
一、政策引领,搭建服务基石
2015年,国家知识产权局印发《关于进一步推动知识产权金融服务工作的意见》提出“鼓励和支持金融机构广泛开展知识产权质押融资业务”“完善知识产权质押融资风险管理机制”等要求。2016年,海淀区知识产权局在企业知识产权质押融资成本补贴政策的基础上,与北京知识产权运营管理有限公司(以下简称“北京IP”)联合设立中关村核心区知识产权质押贷款风险处置资金池(以下简称“资金池”),成为服务体系的关键支撑。截至2024年底,已累计为海淀区科技型中小企业提供质押融资贷款服务160家次,盘活近千项知识产权,贷款金额放大系数达18.94倍,远超预期标准,为后续一系列服务铺就稳固“跑道”。""",
     ['Z2', 'Z2.3']),
    ('https://bj.crntt.com/doc/7_0_106105175_4_0604110817.html', 'zh-Hans',
     """2021年3月,北京市委市政府印发《关于全面推进乡村振兴加快农业农村现代化的实施方案》,明确提出“把农业科技纳入北京国际科技创新中心建设战略”,“打造‘农业中关村’。大力推进平谷区农业科技创新示范区建设”正式纳入市委市政府文件报告。按照“十四五”分区规划,平谷农科创将形成以峪口镇为核心区、平谷全域为拓展区、以京津冀为辐射区互利共促的总体布局。其中,核心区总面积约1.725万亩,其中1394亩建设用地获批为中关村平谷农业科技园区。
在中关村平谷农业科技园区建设方面,目前各项目也有新进展。据平谷区相关负责人介绍,京瓦中心今年将投入运营。目前,北京·京瓦农业科技创新中心建筑工程已完工,6月底完成机构注册,8月京瓦中心、中国农大绿色发展研究院、新希望、中智生物农业国际研究院、大伟嘉全基因组选育及无抗健康养殖实验室、首农未来生物PIC实验室、国科农研院、农科创投公司等8家单位将实现入驻运营。
此外,占地90亩的科研总部创新中心,预计于今年年底开工,该中心将引入科研机构和企业总部,中国农大分子育种中心、首农畜禽种业研发平台、中关村前沿孵化平台等机构,已明确落户。目前,园区的基础设施和公服配套也在加快建设中:主次干路改造提升(一期)约5公里;园区集中供热工程11月完工;国际化社区占地90亩,建筑面积8万平方米,争取年内开工;2套专家小院年内投入使用。 |""",
     ['Z5']),
    ('http://www.jizihe.com/page/2024/1231/25557835.shtml', 'zh-Hant',
     """新型研發(fā)機(jī)構(gòu)是指由戰(zhàn)略性科技創(chuàng)新領(lǐng)軍人才領(lǐng)銜,采取與國(guó)際接軌的治理模式和運(yùn)行機(jī)制,協(xié)同多方資源,從事基礎(chǔ)前沿研究、共性關(guān)鍵技術(shù)研發(fā)的事業(yè)單位或科技類(lèi)民辦非企業(yè)單位(社會(huì)服務(wù)機(jī)構(gòu))。作為國(guó)家戰(zhàn)略科技力量重要組成部分,新型研發(fā)機(jī)構(gòu)“新”在人才集聚國(guó)際化、管理制度現(xiàn)代化、運(yùn)行機(jī)制市場(chǎng)化、用人機(jī)制靈活化和投資主體多元化。
近年來(lái),北京重點(diǎn)布局北生所、量子院等9家新型研發(fā)機(jī)構(gòu),集聚了一批國(guó)際戰(zhàn)略科技人才,形成了新型研發(fā)機(jī)構(gòu)建設(shè)的“北京經(jīng)驗(yàn)”,為新質(zhì)生產(chǎn)力發(fā)展蓄勢(shì)賦能。2018年6月北京出臺(tái)了《北京市支持建設(shè)世界一流新型研發(fā)機(jī)構(gòu)實(shí)施辦法(試行)》(1.0支持政策),2023年9月又出臺(tái)了《北京市支持世界一流新型研發(fā)機(jī)構(gòu)高質(zhì)量發(fā)展實(shí)施辦法》(2.0支持政策),加快新型研發(fā)機(jī)構(gòu)高質(zhì)量發(fā)展。國(guó)際化作為新型研發(fā)機(jī)構(gòu)發(fā)展的重要標(biāo)志,面臨多重挑戰(zhàn)。北京須錨定國(guó)際化發(fā)展方向,構(gòu)建量化指標(biāo)體系,以人才為核心、制度為保障、平臺(tái)為支撐,大力推動(dòng)新型研發(fā)機(jī)構(gòu)國(guó)際化發(fā)展。""",
     ['B1']),
    ('http://www.gibfinance.com/2022/0826/449320.shtml', 'zh-Hant',
     """您的位置:首頁 > 垂直頻道 > 產經中心 > IT互聯網頻道

      閃耀新格局|全球科創的“北京范”

      出處:北京商報 作者:魏蔚 攝影記者:魏蔚 網編:產經中心 2022-08-26

      建筑工地上,物料進場驗收、車牌識別都是通過視頻攝像頭識別的,只要植入體內,納米發電機單元就能采集電脈沖刺激心臟,實現自供能……北京正以超前眼光播下前沿產業的“種子”。

      兩年前,北京的目標從全國科技創新中心升級為國際科技創新中心、綜合性國家科學中心,新型研發機構“擰”成了國家戰略科技力量。2.9萬家的國家高新技術企業、2.2萬億元的軟件和信息服務業營收、日增科技企業270家……展示了這座城市科創建設的活力。

      魏蔚/攝

      無人區超前播種

      位于懷柔科學城的中國科學院物理研究所(以下簡稱“物理所”)大廳里,擺著一臺物理所20世紀70年代研發的稀釋制冷機,這臺機器可以把絕對溫度降到0.01K量級,當年原中科院低溫技術試驗中心基于物理所的技術生產的核心部件,在20世紀90年代還出口到歐美國家。

      現在物理所投入到綜合極端條件下的研究更多。“在懷柔科學城,物理所承建了一裝置兩平臺,一裝置是綜合極端條件實驗裝置,兩平臺是材料基因平臺和清潔能源平臺。”物理所研究員、懷柔研究部主任呂力告訴北京商報記者""",
     ['B1']),
    ('http://www.digipub.cc/dy/article/KL86ACPA051180F7.html?f=post2020_dy_recommends', 'zh-Hant',
     """![]()
智東西
作者 王涵
編輯 漠影
在北京海淀區,你很容易產生一種“時空錯位感”。
走在街頭,擦肩而過的大學生討論的是最新文獻;走進咖啡廳,鄰座對著電腦屏幕專注地敲著代碼。恍惚間,若不是周圍人都說著中文,你或許會以為自己正身處技術最前沿的硅谷。
這并非錯覺,這正是北京市海淀區“AI原點社區”的日常。
在這約3平方公里的“AI原點社區”里,竟密布著30余所高校科研機構,匯聚了數千名AI科學家。
如此驚人的人才密度,自然催生了驚人的產業活力,海淀全區擁有“兩院”院士692名,孕育了2000多家AI企業,核心產業規模高達3600億元。
但數字背后,更值得探究的是其成因。人才為什么愿意留在海淀區繼續創造?這樣龐大的人才資源和產業規模,帶來了怎樣的技術創新?與上海、深圳相比,這片土地,究竟有著什么樣的魅力?
一、海淀,中國AI的“三江源”何以成立?
如果把中國AI產業比作一條奔騰的大河,那么北京海淀無疑是它的“三江源”。在這里,水的源頭是人才。
海淀區孕育了清華、北大等37所高校與眾多國家級科研機構,培養出了AI學者1.23萬、AI2000全球頂尖學者135人次。""",
     []),
    ('http://www.wailaike.net/post?id=10989', 'zh-Hans',
     """北京亦庄集成电路产业规模占全国1/10

京华时报讯(记者贾婷)日前,记者从北京经济技术开发区管委会新闻办获悉,亦庄的集成电路产业规模已占到北京市的1/2、全国的1/10,累计成立集成电路相关基金超15只,基金总规模超2000亿元。今后,将着力打造先进新型存储器等高精尖领域的研发制造中心,为建设“中国制造2025示范区”注入“芯”活力。 据北京经济技术开发区管委会副主任绳立成介绍,作为国内重要的集成电路产业基地,亦庄已形成集制造、封测、装备、零部件及材料、设计企业在内的完备产业链,率先在国内建成首条12英寸集成电路生产线,为我国集成电路产业实现自主发展奠定了坚实基础,也确立了北京在全国集成电路产业布局中的领先地位。 绳立成表示,下一步,开发区将对移动通信芯片、存储器芯片、驱动芯片、传感器芯片四大类主要产品进行重点突破。预计到2025年,亦庄将成为全球领先的先进新型存储器、基带芯片和射频电路、电力电子及功率器件、集成电路代工及装备四大高精尖领域的研发制造中心,成为中国集成电路产业的核心区与承载地。

目前还没有人评论""",
     []),
    ('https://bj.cnipai.com/news/detail/189647.html', 'zh-Hans',
     """国家新能源汽车技术创新中心落户北京亦庄
千龙网北京3月6日讯 据北京经济开发区网站消息,日前,国家新能源汽车技术创新中心正式落户北京经济开发区,是科技部推动建设的第二个国家技术创新中心,也是首个国家级新能源汽车技术创新中心,由开发区企业北汽新能源牵头。此前,北京市新能源汽车技术创新中心已在“中国·蓝谷”挂牌。
据了解,该创新中心成立后,将建设引领全球新能源汽车研发、制造、服务的技术、标准、模式输出高地,建设国际一流的新能源汽车科研成果转化与产业化平台,以及立足北京、面向全球的专注于新能源汽车科研转化的金融创投平台。
一直以来,北京经济开发区将高端汽车产业作为主导产业之一,打造成千亿级产业集群。在发展传统车产业的同时,开发区顺应潮流发展,抓住新能源汽车这个新的汽车产业增长点。如今,在开发区建设并开放了全国首条智能车联道路、正在建设智能车联试验场、全区建设了1000个以上充电桩、引进5G通讯配套产业、大力发展ICT产业以及全面布局集成电路产业,已形成新能源汽车产业发展生态圈。""",
     []),
    ('https://mlnxb.com/xfsh/xinli/dkp6n3.html', 'zh-Hant',
     """後廠村和中關村的區別

來源:魅力女性吧 2.01W
後廠村和中關村的區別

中關村科技園(Zhongguancun Science Park),起源於20世紀80年代初的“中關村電子一條街”,是中國第一個國家級高新技術產業開發區、第一個國家自主創新示範區、第一個國家級人才特區,也是京津石高新技術產業帶的核心園區。中關村科技園是我國體制機制創新的試驗田,被譽為“中國硅谷”。

中關村軟件園佔地2.6平方公里,聚集國內外700餘家知名科技創新企業,從業人員近8萬人。截至2020年底,園區聚集企業近700家,其中上市公司70家,收入過億企業87家,總收入突破3366.3億元,每平方公里產值1300億元。

後廠村是伴隨着中關村軟件園二期的陸續投用互聯網巨頭搬遷而來。這個名字也響徹在中國整個互聯網產業圈內。""",
     []),
    ('https://finance.stockstar.com/JC2018101300010156.shtml', 'zh-Hans',
     """中国证券报记者日前在第十六届中国企业实施“走出去”战略论坛上获悉,北京、贵州等省市正推出新举措,支持企业“走出去”。
北京海淀区副区长、中关村贸易科技园区海淀区管委会主任李长萍表示,为鼓励企业抱团出海,正在加快搭建一些市场化平台,目前已成立中关村“一带一路”促进会,会员企业近100家,跟25个国家和地区进行对接。下一步将进一步完善产业政策,支持这些企业到海外设立研发中心,开展国际并购,并加强人才培养。""",
     ['Z7', 'Z7.4', 'Z7.6']),
]
# Round 26 traps: (kind, url, lang, text)
WEB26_TRAPS = [
    ('passing', 'https://zkblg.com/71843/41061947_2.html', 'zh-Hans',
     """不知道,但谈小天可清楚的很。 现在他站立的地方,就是华国IT产业的扬帆之所,起航之地。 1988年正式成立,经过十年发展,现在的中关村内有高新技术企业4506家,形成了114家企业集团,其中有10多家成为较有影响的跨国公司。 依托燕京雄厚的科技实力,院校背景,中关村立足京津,辐射全国,成为国内首屈一指的高新技术开发区,创造了无数历史,诞生了无数风流人物。"""),
    ('national', 'https://tech.gmw.cn/2023-02/09/content_36355509.htm', 'zh-Hans',
     """我国知识产权保险为创新成果保驾护航

来源:光明网-《光明日报》2023-02-09 04:45

  累计提供逾1100亿元风险保障——

  我国知识产权保险为创新成果保驾护航

  光明日报北京2月8日电 光明日报记者 袁于飞

  2月8日,国家知识产权局知识产权发展研究中心、中国人民财产保险股份有限公司在北京联合举办新闻发布会,正式发布国内首份《中国知识产权保险发展白皮书(2022)》(以下简称“白皮书”)。

  记者从白皮书中获悉:截至2022年12月,我国累计为超过2.8万家企业的近4.6万余件专利、商标、地理标志及集成电路布图设计提供了逾1100亿元风险保障。

  “知识产权保险作为我国知识产权金融的重要组成部分,在知识产权市场化运行与发展中,发挥了拓展融资渠道、提供风险保障的双重作用,有效促进了企业创新能力提升。”国家知识产权局知识产权发展研究中心主任白剑锋说。"""),
    ('hongkong', 'https://hkcna.hk/docDetail.jsp?channel=2803&id=101097230', 'zh-Hant',
     """首頁 -> 頭條
河套香港園區下半年開園分享到:
香港中通社9月1日電 香港特區政府創新科技及工業局局長孫東9月1日透露,今年下半年河套深港科技創新合作區香港園區將開園,目前很多來自海內外的機構已準備入駐。 當天,孫東出席世界知識產權組織《2025年全球創新指數》發佈會後見記者時表示,香港創科發展蓬勃,正與粵港澳大灣區其他兄弟城市共建創科生態。河套香港園區即將在下半年開園,入駐的企業中有非常好的科技公司,也有國際最頂尖的大學。
孫東。香港中通社圖片 孫東表示,過去幾星期與深圳以及國家有關方面正商討創新要素的跨境流動,包括數據以及生物樣本等等,務求讓河套發展成獨特的創科園區。此外,前海、南沙都是“十四五”規劃中粵港澳大灣區重要的合作平台,未來香港會深化與大灣區兄弟城市的合作,做到珠聯璧合、共同發展。 河套香港園區位處香港北部,是香港唯一與深圳一水相連的創科園區。據悉,河套香港園區首三座大樓已在今年落成,包括人才公寓、兩座各八層的濕實驗室(相對乾實驗室,濕實驗室需用較多的化學試劑);另有五座大樓全面鋪開地基及上蓋工程,料2027年起完工。(完) 【編輯:李濼】"""),
    ('chengdu', 'https://www.worldjournal.com/wj/story/121343/9318783', 'zh-Hant',
     """成都又有企業登上胡潤榜，這次和「獨角獸畢業生」有關。近日，胡潤研究院發布「2025胡潤中國獨角獸畢業榜」，這是其首次發布此類榜單。什麼樣的「獨角獸」有資格畢業？答案是：成立於2000年之後、價值10億美元以上的上市公司。此次全中國共有796家企業上榜，其中成都就占了18家。一個常被調侃「只適合躺平喝茶」的城市，怎麼就成了「獨角獸」的「產房」？

華西都市報報導，為什麼好企業願意在成都「熬」十年？本次上榜的18家企業中，一批硬核科技公司用十年光陰，完成了從創業火苗到資本明星的蛻變。這不是運氣，而是成都這座城市正在用一套看不見的生態系統，批量孵化「硬核企業」。

2013年，極米科技創始人鍾波決定創業時，他沒去深圳，也沒留在北京，而是回到成都。理由很簡單：在這裡，工程師願意留下，供應鏈響應快，生活成本低。"""),
    ('passing', 'https://dignews.cc/p/861e2b8fcc5f8433.html', 'zh-Hant',
     """中關村,又有了新“樓王”

從一種熱鬧,變成另一種熱鬧。
來源 | 每日人物(ID:meirirenwu)
作者 | 徐晴
編輯 | Yang
01

被DeepSeek加冕的大樓

春節假期結束直到現在,融科資訊大廈的前臺趙前始終保持警惕。
幾乎每天都有人想要闖入,試圖找人、尋投資,或是其他什麼目的。
這些人殊途同歸——
位於樓內的DeepSeek北京辦公室。
趙前攔下過辦信用卡的小哥——
商業嗅覺最敏銳的群體。
他們追隨錢的氣息,用不懈的銷售精神擠進暴富的行業和公司。
一個月前,有位信用卡銷售小哥避開刷卡的閘機,逃過保安的盯梢,尾隨內部人員坐貨梯上了樓。"""),
    ('mall', 'http://m.xyx234.com/dadabeeg/beesredss', 'zh-Hans',
     """中国最大“中关村”攒机市场转型之路中关村,中国电子市场的地标性存在,历经30年的繁荣,正面临转型的阵痛。太平洋数码城,这个曾是北京最大电子卖场的地标,将于6月底停业,其1.3万平米的营业面积象征着电子零售业态的转变。北京大学已接手该地,用于教学辅助,商户们纷纷迁移到附近的科贸、鼎好等商场,租金上扬,商户们面临不确定的未来。
据官方消息,年底前海龙、鼎好等大厦的商业面积将大幅收缩,非科技类业态如电子产品维修、低端餐饮等将被清退,高端业态如科技金融、文化创意将入驻。这意味着,电子大卖场不再仅仅是攒机的舞台,而是将逐步转型为科技服务的中心。早在2年前,政府就发布了《海淀区人民政府通告》,明确电子卖场不在西区发展名单,政策和法律手段的推动加速了这一转变。
业界人士认为,电子卖场形式的淘汰是大势所趋,随着京东等电商平台的崛起,中关村的电子零售市场受到了严重冲击。消费者在电商平台上购物更便捷,价格透明且管理规范,比传统的电子卖场更受青睐。"""),
    ('mall', 'https://www.xinsiji.cc/post/d0XkP2W29w.html', 'zh-Hant',
     """中關村3年清退攢機 電子賣場形象褪色
2024-11-19 06:05:10
泡泡網資訊頻道12月16日 印象裡的中關村幾乎是電子賣場的代名詞,然而今天的中關村早已漸漸褪去了電子賣場的形象,更有傳言稱其三年內將清退攢機,果真如此,作為電子賣場代名詞的那個中關村似乎該寫進歷史了。
夜幕下的中關村西區(圖片來自網際網路)
昔日的中關村,在印象中,經常看到光著膀子、扛著箱子的人走在這條大街上;充斥假貨的市場、生拉硬拽的促銷都曾是中關村電子市場的「一景」。而伴隨而至的則是,「騙子一條街」、「賣科技產品的農貿市場」等奚落不已的稱呼。
近幾年,隨著政府部門的整治,中關村正向著誠信經營、良性發展過度。管理者的意願是,讓中關村更顯「檔次」一些,而如今的這條大街上,遍布更多西裝革履的IT精英。
此外,京東商城等電子商務企業的崛起,對於中觀村電子賣場形成很大衝擊。"""),
    ('xian', 'https://cnrepark.com/news/detail/165711.html', 'zh-Hans',
     """高新区北美(硅谷)离岸创新中心揭牌
2018
07/12
09:39

本报讯(记者 蒋黛)当地时间7月10日,西安高新区北美(硅谷)离岸创新中心正式揭牌。该中心将致力于构建国际化服务平台,以更好地对标国际化一流园区,成为西安高新区探索国际科技合作新模式的又一战略举措。市委常委、高新区党工委书记钟洪江出席揭牌仪式。

高新区北美(硅谷)离岸创新中心致力于搭建西安高新区与硅谷之间的6大合作平台。通过打造拓展国际化业务的服务支撑中心、高科技项目的海外预孵化和加速器基地、海内外科技成果转移转化平台、高层次创新创业人才培育和引进的前哨站、国际资本投资合作的枢纽,在人才培养与交流、技术研发与合作、资本服务对接、企业国际市场拓展、离岸创新孵化、创新成果转化与交易等方面与硅谷实现资源互通。"""),
    ('dongguan', 'http://irdrwklo.hk/articlesview.asp?ClassID=1&ArticleID=539', 'zh-Hant',
     """中國散裂中子源(刊載於2019年9月11日《東周刊》)

       最近香港工程界組織另一次大灣區考察,一行三十多人到深圳及東莞,參觀高端創新科技、文化創意嘅機構。今次在東莞市參觀嘅重點之一,位於大朗鎮嘅「中國散裂中子源」基地,係國家「十一五」期間重點建設嘅科學裝置,科技界稱之為超級顯微鏡,可以幫助科學家了解及分析物質結構。

       呢項咁重要嘅科技項目喺○五年獲國家批准,一一年十月二十日奠基建設,共投資二十三億元人民幣,至一八年建成,由「中國科學院高能物理研究所」運營。

       我今次係第二次到訪,第一次係一八年四月隨立法會議員嚟參觀考察,當時設備仍在測試並待正式驗收,所以我同議員同事有機會進入加速器內實地參觀。二○一八年八月二十三日,散裂中子源通過國家驗收,投入正式運行;我國亦成為繼美國、日本、英國之後,掌握呢項科技與設備嘅第四個國家。"""),
    ('taiwan', 'https://savingmoney.pixnet.net/blog/post/13775424', 'zh-Hant',
     """【聯合晚報╱記者林進修/台北報導】 2008.01.30
國科會上午指出,由於積體電路產業庫存控制得宜,加上面板產業成本下滑,去年竹科、南科及中科等三個科學園區的營業額逼近2兆元,再創歷史新高,今年有機會向2兆2300億元挺進。
國科會副主任委員黃文雄中午透露,印度及約旦都有意向台灣學習科學園區的成功經驗,發展當地科技產業,提升國家整體經濟實力,「台灣經驗」再度躍上國際舞台。
黃文雄表示,從新竹科學園區算起,台灣經營科學園區的經驗已有二、三十年,如今己擴大到高雄園區及宜蘭園區等11個基地,枝葉茂盛。去年一整年下來,三個科學園區的總營業額為1兆9664億元,比前年的1兆7510億元多出2153億元,成長率12.3%。"""),
]
add_web_round("web26", WEB26_RELEVANT_ZH, [], WEB26_TRAPS, all_tune=True)

# --- added round 27: a TUNING round like rounds 7, 8 and 10-25 (decided before any row was collected: every round-27 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: ENGLISH only (the Chinese rows of this period are collected by another helper at the same time), found with less obvious
# queries (named firms, institutes, parks and foreign/secondary outlets) because the obvious ones return used pages.  The round is
# SHORT: 15 relevant en (1 with no code) and 7 traps (all en), collected in the time allowed (about 40 minutes).
# Relevant en: Cambricon's AI chips and the ZGC committee's 2015 IC-design policies (english.cnipr, Xinhua 2018); E-Town's driverless
# taxi service and the southern-Beijing autonomous-driving pilot zone (china.org.cn 2021); Pony.ai's paid robotaxi approval in
# Yizhuang (greencarcongress 2021); Baidu's quantum-lab donation to BAQIS, a Beijing-backed institute (techfoom 2024); NIBS's
# founding and MOST/Beijing funding (NIBS 'About' page on the syhf.net.cn mirror); the Beijing embodied-AI robotics innovation
# centre raised to national status (bastillepost 2024); the "two zones" leading group's green-card application for foreign talent
# (chinadaily E-Town subsite 2021); the Invest Beijing Conference at the 2024 Zhongguancun Forum (chinesetoday); the extreme-
# conditions facility's trial operation in Huairou Science City (shine 2020); the 2010 ZGC committee VC matchmaking meeting
# (spam mirror allwaterpurifier); the Fengtai Park profile (english.bjft.gov.cn 2014); the Wangjing international talent community
# (english.beijing.gov.cn 2021); the renovation of Zhongguancun street into an open innovation community (chinadaily 2016, page 2);
# the Zhongguancun Software Park and Science Park promoted to US firms (Site Selection 2002); Nature's 'Young science in an old
# city' on the freewechat mirror (no code).
# Traps (7, en): Hsinchu Science Park (`taiwan`), Bengaluru's startup policy with startup warehouses and a fund of funds
# (`bangalore`), a Beijing hotel guide (`hotel`), Zhangjiang Shang in an old cement factory (`zhangjiang`), ofo's headquarters in
# the Zhongguancun area and iQiyi layoffs at its Zhongguancun office (`passing`), Hangzhou's overseas students' pioneer park
# (`hangzhou`).
# Excerpts are 3-10 sentences copied as the pages have them (the cnipr double blank lines, 'Adjust font size:', the E-Town
# subsite's 'Home> Notices and Announcements', chinesetoday's Chinese breadcrumb '当前位置 : ... 打印', shine's ' date 2020-11-02',
# Site Selection's split 'I / BM and Cisco', the bjft '& Technology' spacing, the Fengtai/allwaterpurifier machine English and the
# cut-off 'yua', 'Offo'/'ofo', the bullets 'l First Startup Warehouse', the drugtimes Chinese 'read more' line); several skip a
# sentence or a headline because it shares a 40-character window with earlier rows (long proper names): china.org.cn (the sentence
# naming 'the Beijing Economic and Technological Development Area'), greencarcongress (the PonyPilot+ sentence naming 'high-level
# autonomous driving demonstration zone'), techfoom (both headlines and two sentences naming the 'Beijing Academy of Quantum
# Information Sciences' in full), bastillepost (the sentence naming 'the Ministry of Industry and Information Technology'),
# chinesetoday (the '231 investment projects' sentence), english.beijing.gov.cn Wangjing (the 'new international science and
# technology innovation resources' sentence); others skip photo lines or paragraphs (cnipr's Kirin/SoC paragraphs, NIBS's PI term
# paragraph, Site Selection's company-officer paragraph, Nature's CAS sentence, the hotel guide's chain list).
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt passes check() with no problem; no two
# round-27 excerpts share a 40-character window; a sample string of each excerpt is absent from /work/shared/benchdata.
# Dropped as used or as an earlier row's story: the ZGC Angel Fund of Funds (yibada; chinadaily used), the 2020 30-billion VC
# campaign (infosurhoy; bjzpark used), TusPark (iasp; tusholdings, fond.sk.ru used), BIGAI's Wikipedia page (a mirror used), the
# 2016 entry-exit / points-based green-card pilot (covid-19.chinadaily, szjzcy, greenpost; used story), the ZGC-Silicon Valley
# talents centre (ocn), the Tel Aviv liaison office, the 2013 global-innovation-base idea (chitec), the 2013/2012 Haidian
# technology-transfer centre (usa.chinadaily, cnipa; used story), the IC design park signing (bjcapitalland; park's start told),
# the 2023 Forum closing and flanders-china, the 2025 Forum BTH figures (china.org.cn), ZGC-BTH 2021 (bjzpark c_605714; c_605715
# used), the 2020 high-tech-zone guideline (en.people.cn, english.www.gov.cn used), the Beijing data exchange (chinabankingnews,
# cri; used story), the international talent communities overview (asia-expatsforum, wb.beijing 2020; round-8 story), BIG's
# Huairou data centre (every usable sentence names 'National Science and Technology Innovation Center', used window), the
# overseas-talent parks Q&A and the Life Science Park stories (used), and used pages (lhrtimes, CGTN 2026 robotics park, pressreader
# Beijing English 2017, bjb.cas.cn Huairou centre, information.bz Huairou, cpl.ac.cn, silkroadnews, the Zhongguancun mall blogs
# marriedgeeks, hippopress, scarlatti, zdnet, global.chinadaily 2010, ucr, dgmzk Nanshan, pressreader Nanshan 2020, pudong Zhangjiang).
# Labels (README rules, rounds 2-25 readings) plus: Z1 + Z4 + Z4.6 for a ZGC firm's AI-chip results backed by the committee's
# IC-design policies; B4 for E-Town's driverless-taxi scenarios in the autonomous-driving demonstration / pilot zone (as rounds 7
# and 25); B1 for a Beijing-supported institute (BAQIS, NIBS) and for a Huairou Science City facility; B2 for Beijing's embodied-AI
# innovation centre; B6 for the "two zones" leading group's foreign-talent green-card recommendation and for an international
# talent community (as round 8); Z7 + Z7.7 for an event of the Forum; Z2 + Z2.3 for the committee's VC matchmaking and
# investment survey; Z5 + Z5.1 for a sub-park's leading industries; Z5 + Z5.4 for renovating Zhongguancun street's existing
# buildings; Z5 + Z5.5 for the Software Park's build-out. Nature's city profile gets no code.
# Doubtful round-27 rows (kept, flagged here): en01 (Z1 read from a ZGC firm's AI-chip results; Z1.1 left out; Z4.6 for IC design
# as new-generation IT), en03 (B4 for a company's paid-service approval, after the sentence naming the demonstration zone was cut),
# en04 (B1 from one sentence on BAQIS's Beijing support in a donation story), en06 (B2 for an MIIT/Beijing national-local centre;
# B1 would also fit a reader who counts it as a new-type institution), en08 (Z7.7 for an investment conference held as part of the
# Forum, not global S&T exchange), en10 (Z2.3 for a 2010 VC meeting, machine English on a spam mirror), en13 (Z5.4 for a street
# renovation where Z3/Z3.4 'open community for innovation and start-up business' could also be read), en14 (Z5.5 for a 2002
# promotion tour; Z7.1 left out), en15 (relevant with no code: a city profile). Codes left out on purpose: Z6 + Z6.11 for the Wangjing community (Beijing-wide talent-community programme, no ZGC named); Z2.2/Z6.3 for the "two
# zones" green card (not a ZGC measure); B4 for the Fengtai park's industries.
# Hard traps: passing (ofo's Beijing headquarters 'in Zhongguancun area', iQiyi's 'office in Zhongguancun'), zhangjiang (an old
# factory turned science park with incubators: Z5.4 vocabulary), hangzhou (an overseas students' pioneer park: Z6.9 vocabulary),
# bangalore (startup warehouses and a fund of funds: Z2.3/Z3.4 vocabulary), taiwan (a science park that cultivates talent and
# industrial clusters).
# Not found (no usable, unused English page within the time): Z3 (transfer/incubation pages found were used stories), Z6 (the
# returnee and overseas-talent-park pages found were used), Z7.1-Z7.6/Z7.9, B3, B5 (BTH pages found were used or Xiong'an-only),
# a national policy trap (the 2020 high-tech-zone guideline is used), mall traps (every English Zhongguancun-mall blog found is
# used), school, rental, restaurant, shenzhen, singapore traps.
# Round 27 relevant English rows: (url, text, labels)
WEB27_RELEVANT_EN = [
    ('http://english.cnipr.com/news/corporation/201804/t20180402_225499.html',
     """'China's Silicon Valley' aids Beijing transformation

Published on 04/02 2018  Source: Xinhua


"For Beijing, innovation is the only development path," said Cai Qi, Party secretary of the city.

As forerunners of the city's innovation-driven development strategy, high-tech businesses in Zhongguancun have established a deserved reputation for their strength in research and development.

Among them is chip designer and manufacturer Cambricon Technologies. The startup is a key business partner with telecommunications giant Huawei, providing the latter with its intellectual property relating to AI chips.

The new AI chips developed by Cambricon imitate the working mechanism of neutrons and synapses in a human brain, which can increase efficiency in processing orders by hundreds of times compared with conventional chips.

Behind the achievements in technological innovations is the Zhongguancun administrative committee's strong support. The local authorities rolled out policies to encourage the development of the integrated circuit design sector in 2015.""",
     ['Z1', 'Z4', 'Z4.6']),
    ('http://www.china.org.cn/business/2021-05/18/content_77507803.htm',
     """Beijing E-Town experiments with free driverless taxi services

0 Comment(s)Print E-mail China.org.cn, May 18, 2021
Adjust font size:

Driverless taxi services are accelerating their drive to go commercial. The service will now provide longer service hours and more comprehensive scenarios in the 150-square-kilometer core service area. Additionally, Beijing E-Town, being the first high-level automated driving demonstration area and China's first pilot zone for cloud-based self-driving vehicle policies, will also work toward commercialization of the service.

In April this year, the Beijing municipal government approved a blueprint aimed at building a pilot zone in southern Beijing, which mainly covers the 225-square-kilometers earmarked for the development of Beijing E-Town and Daxing International Airport. The pilot zone will serve as a testing ground for qualified companies to try out commercializing their autonomous vehicle services for passenger transportation and logistics.""",
     ['B4']),
    ('https://www.greencarcongress.com/2021/11/20211130-ponyai.html',
     """Pony.ai receives approval for paid autonomous robotaxi services in Beijing

Pony.ai has received approval to run paid autonomous Robotaxi services in the Beijing Intelligent Networked Vehicle Policy Pilot Zone in southeastern Beijing. With this approval, Pony.ai will be permitted to charge fees for Robotaxi services provided to the public.

This represents a significant milestone on the company's path to commercialization, as Pony.ai's passenger car business has officially moved from the testing to the commercialization stage. Beijing, China's capital city, is the first Tier-1 city in China to clarify Robotaxi commercialization, allowing self-driving companies to charge for their autonomous services.

The PonyPilot+ commercialization pilot area covers central areas of Yizhuang (60 square kilometers / 23.1 square miles) with about 200 travel stations in residential areas, commercial centers, and science and technology parks, with service hours operating from 8:30 am to 10:30 pm.""",
     ['B4']),
    ('https://techfoom.com/baidu-quantum-contribution-to-beijing-academy',
     """Baidu ready to make next quantum leap - Chinadaily.com.cn

The finalization of specific details for this donation is currently underway. Notably, this move by Baidu comes in the wake of a similar decision by Alibaba in November to dissolve its quantum computing laboratory and team as part of a broader corporate restructuring. Alibaba directed its laboratory and related equipment to Zhejiang University.

BAQIS is a collaborative initiative with support from the Beijing municipal government and contributions from distinguished academic institutions such as the Chinese Academy of Sciences and Tsinghua University.""",
     ['B1']),
    ('http://www.syhf.net.cn/en/about.php?cid=2',
     """EN |  中文
Current Location:Home / About NIBS / Introduction


    Founded in December 2005 as part of a strategic government initiative, the National Institute of Biological Sciences, Beijing (NIBS, Beijing) has now attracted more than 500 scientists working on a variety of life science-related areas. The goal is to conduct original research aiming at understanding the fundamental mechanism of life and educating future generations of life scientists.

The major components of NIBS are its research laboratories and core facilities. The Principal Investigators (PIs) are selected from a highly competitive international applicant pool by a Selection Committee that evaluates the applicants and recommends candidates for appointment.

NIBS is governed by its The Board of Trustees (BOT), which is responsible for institute policy and consists of representatives from eight agencies, including the Ministry of Science and Technology (MOST), National Development and Reform Commission (NDRC), the Ministry of Education (MOE), the Ministry of Health (MOH), the Chinese Academy of Sciences (CAS), the National Natural Science Foundation of China (NNSFC), and the Beijing Municipal Government. MOST and the Beijing Municipal Government are primarily responsible for overseeing the operation of NIBS and provide the major sources of funding.""",
     ['B1']),
    ('https://bastillepost.com/global/article/4233090-national-local-partnership-elevates-beijing-embodied-ai-robotics-innovation-center-to-national-status',
     """The Beijing Embodied Artificial Intelligence Robotics Innovation Center was officially elevated to national status Thursday, focusing on pioneering technology and driving progress in this field.
The center was established in 2023 and reached a milestone as Tiangong, the world's first full-size purely electric-driven humanoid robot that can run like a human was introduced this April.
Following its debut, Tiangong underwent two iterations and now excels in perception, interaction, and behavior, including smooth hand-eye coordination and interaction.
The center is expected to further accelerate technological innovation and problem-solving in the industry.
"After the establishment, the innovation center will become a magnet gathering global talents in the field of embodied AI robotics to leverage their strengths here. It will rapidly advance technological products and industrial problem solving," said Xiong Youjun, general manager of the center.""",
     ['B2']),
    ('http://subsites.chinadaily.com.cn/beijing/etda/2021-11/19/c_683260.htm',
     """Home> Notices and Announcements

'Green card' application for foreign talents launched

Updated: 2021-11-19

The Office of the Leading Group for the Construction of "Two Zones" in Beijing recently announced that permanent residence application in China for foreign talents has started.

From Nov 4 to Dec 12, applicants who meet the conditions must make an online declaration and submit relevant materials. 

After reviewing the materials, the platform will review and score the materials with the help of experts, and conduct due diligence for applicants with a score of 70 or above. 

After going through all the procedures, the Beijing "Two Zones" Construction Leading Group will issue a recommendation letter to notify the applicant to go to the city's immigration hall for permanent residence.

Enterprises applying for the declaration must meet the certification standards of key enterprises and public institutions in the service industry.""",
     ['B6']),
    ('http://www.chinesetoday.com/?c=26&m=22712',
     """当前位置 : International Daily News
发布日期:2024/5/7
来源:International Daily
打印
Deals worth over 61 billion yuan (about 8.59 billion U.S. dollars) covering 23 major projects were signed at the Invest Beijing Conference in Beijing's Zhongguancun -- "China's Silicon Valley".
As part of the ongoing 2024 Zhongguancun Forum, which runs from April 25 to 29, the event is aimed at showcasing the favorable investment environment and flourishing development opportunities in Beijing.
In addition, for the first time, the conference set up a corporate exhibition and investment consultation session. Over 100 companies from key industries in Beijing, including information technology and biopharmaceuticals, conducted on-site investment consultations and negotiations.""",
     ['Z7', 'Z7.7']),
    ('https://archive.shine.cn/nation/New-facility-for-extreme-science-tests/shdaily.shtml',
     """ date 2020-11-02 Home » Nation

AN experimental facility featuring a wide range of extreme conditions began trial operations in the Huairou Science City in the northeastern suburbs of Beijing on Friday.

The facility, run by the Institute of Physics under the Chinese Academy of Sciences, can create experimental conditions of extremely low temperatures, ultra-high pressure, strong magnetic fields, and ultra-fast optical fields.

It will facilitate the country's basic research in areas such as superconductors and quantum materials.

Two interdisciplinary research platforms run by the institute — one for research into materials genome and the other for the research, development, and testing of clean energy materials — are under also installation and adjustment.

Huairou, with its construction approved in 2017, is expected to become a world-class cluster for national science and technology research and development by 2030.""",
     ['B1']),
    ('http://www.allwaterpurifier.com/article-7686.html',
     """More than one hundred investment institutions seek hunting Zhongguancun with a management fund of USD 20 billion (VC303)

Li Kaifu, Chairman of the Innovation Workshop, Xiong Xiaoge, Founding Partner of IDG Capital, and Wang Junfeng, Managing Director of Lenovo Investment, and other 21 leading domestic and foreign investment institutions gathered in Zhongguancun on April 26. "You know, it's hard to see two of them on the same occasion." The media sighed.
What attracted them to gather was a park investment meeting held by the Zhongguancun Management Committee. Nearly a thousand enterprises in the Zhongguancun Demonstration Zone participated in the conference, inspiring the "hunting" nerves of major venture capital institutional investors.
"Now the venture capital organization's competition in Zhongguancun is 'deeply hot', it must be started quickly, otherwise it will be robbed by the opponent." Xiong Xiaoge described his feelings of attending the conference.
With the rise of Zhongguancun Demonstration Zone, the attractiveness of Zhongguancun enterprises continues to rise, and more than 100 well-known institutions at home and abroad are competing to invest in Zhongguancun. A survey report by a third-party institution released by Zhongguancun Management Committee showed that in 2009, there were 111 equity investment cases in Zhongguancun Park, with a total investment of 7.241 billion yua""",
     ['Z2', 'Z2.3']),
    ('http://english.bjft.gov.cn/areas/20141231/1087.html',
     """home > Fengtai Overview > Fengtai Profiles > A generation of four areas
Fengtai Park of Zhongguan Village Science& Technology Park(Science Parks)


Approved by the People’s Government of Beijing City and founded in November, 1991, Fengtai Science& Technology Park was one of the three parks of science& technology park of Zhongguan Village. After more than ten years’ development, Fengtai Science& Technology Park has become a famous economy zone in China, a key hi-tech industrial base in Beijing City and the core urban economic functional zones of Fengtai District. 
Total income of Fengtai Science& Technology Park in 2010 is 195 billion yuan, main indicators rank No.3 in Science& Technology Park of Zhongguan Village, and industrial assembling effects have been formed. Hi-tech industrial enterprises with electronic information, biology pharmaceutics, advanced manufacturing, new materials and new energy as the core, characteristics industry with engineering service, railway traffic and aviation military service as representative and new industries with development potential like cultural innovative industry and productive service industry are formed, and headquarters zone featuring active innovation, centralized elements, developed economy and harmonious region is formed and plays a more and more important role in the strategy for development of southern area in Beijing.""",
     ['Z5', 'Z5.1']),
    ('https://english.beijing.gov.cn/specials/talent/service/internationalcommunity/202112/t20211222_2567879.html',
     """As an important window for international exchanges in the capital, Chaoyang District adheres to the guiding principle of "culture, internationalization and large-scale greening", gives full play to the advantages of international talent aggregation, abundant scientific and innovative resources, and the intersection of Chinese and foreign cultures, and strives to build Wangjing International Talent Community into an "experimental sector" and "demonstration zone" for the international development of Chaoyang District.
Following the start of building, a focus has been placed upon attracting international talent.
The talent program has been expanded to include the "Short-Term Projects for Foreign Specialist" and "Strategic Scientist Projects", etc.
Second on the agenda is the fostering of an international innovation and startup ecology.
The third area of focus has centered on improving international living support.""",
     ['B6']),
    ('http://www.chinadaily.com.cn/m/beijing/zhongguancun/2016-05/09/content_25231358_2.htm',
     """• News
Crowd funding to build innovation and start-up business in Zhongguancun
( chinadaily.com.cn )
Updated: 2016-05-09

"Therefore, what we need to do is upgrade and renovate and turn Zhongguancun street into an open community for innovation and start-up business.” This year the company will devote 500-million-yuan to upgrading and renovation, 5-billion-yuan to logistics acquisition, and 3-billion-yuan to investment and further acquisition.

There are many individual business owners and spaces on the street at the moment. The street management company will try to turn all business owners into crowd funders and jointly develop the area.

At the moment, the company is talking with every business owner and encouraging them to join the street renovation and upgrading. Such cooperation supports transformation of existing companies and buildings and increases space for scientific innovation on the street. A total of 22 scientific research institutes and State-owned businesses, including Peking University, Tsinghua University, the Chinese Academy of Agricultural Sciences and Sinosteel have signed agreements with the street management company. They will push for resource sharing and support implementation of new technologies in Zhongguancun before other areas.""",
     ['Z5', 'Z5.4']),
    ('https://siteselection.com/business-parks-beijings-science-cities-site-selection-magazine-september-2002',
     """Skip to main content

Features

Business Parks: Beijing’s Science Cities


I


BM and Cisco Systems call Beijing home. Now the plan for the Beijing Science and Technology Park Construction Company Ltd. is to recruit even more big names from the West to establish operations around China’s capital city.


       
The lure? Brand new, high-tech corporate campuses that are virtual “Science Cities” — clusters of futuristic-looking buildings all designed to maximize the talent of companies developing the software that runs the world’s computers or the gene sequences that can cure cancer.


       
The two chairmen and their colleagues — Steven Chen, assistant general manager of the Beijing Science Park Development Company Ltd.; and Zhang Yan, general economist for the Beijing Zhongguancun Software Park Development Company Ltd. — recently traveled to the United States to promote their new development. They described the two projects that form the centerpieces of their work: the Zhongguancun Science Park and the Zhongguancun Software Park.


       
The Software Park lies along the outer-ring highways that surround Beijing. The Science Park is located in the Center of Zhongguancun, which is the largest IT market in all of China.""",
     ['Z5', 'Z5.5']),
    ('https://freewechat.com/a/MzA5NzI2MzUwMg==/2650671801/{{href}}',
     """NATURE:Young science in an old city
Beijing, 'northern capital' in Mandarin, was so named by the third Ming emperor Zhu Di more than 600 years ago when he made it the centre of his empire.
This city is also a formidable technology hub. In the northwestern Haidian district, the largest and most successful of China's high-tech development parks — Zhongguancun — houses the head offices of technology powerhouses such as the search giant Baidu, the tech behemoth Lenovo and Xiaomi, the world's fifth-largest smartphone maker.
“Researchers, entrepreneurs and local officials have jointly fostered collaborative relationships between Beijing's academic research organizations and commercial enterprises,” says Abigail Coplin at Yale University's Council on East Asian Studies in New Haven, Connecticut, who researches Chinese science from a sociological perspective. Many of the early successful technology companies in the area were majority-owned by nearby universities and research institutions. These collaborations helped to develop Beijing's scientific standing alongside its existing role as the Chinese capital.""",
     []),
]
# Round 27 traps: (kind, url, lang, text)
WEB27_TRAPS = [
    ('taiwan', 'https://60.most.ntu.edu.tw/hsinchu-science-park', 'en',
     """Hsinchu Science Park

Imaging a piece of land sharing less than 0.04% of land in Taiwan but creating global high-tech industry records from times to times, the Hsinchu Science Park (HSP) generates an annual revenue of more than 35 billion USD in average over the past five years and enjoys its global reputation as a brilliant science park. The HSP has cultivated a number of high-tech talent and global flagship IT enterprises over the past four decades, e.g. the largest IC foundry provider TSMC, the second largest mobile phone chipset maker and the third largest IC designer MediaTek, etc., which solidified the position of the Hsinchu Science Park in global IT industries.

The past four decades have seen the HSP attain the strategic goal of luring high-tech investments. By putting in place an internationally competitive environment for Taiwan’s high-tech industry, it has helped induce an across-the-board upgrade of domestic industry and foster expansion of national economy. In addition to stimulating R&D on the science and technology front, benefits are enjoyed in many other respects—creating clusters of industrial ventures, cultivating talent, brining prosperity to local communities and enhancing the nation’s overall cultural awareness."""),
    ('bangalore', 'https://archive.citykemp.com/2015/10/17/bengaluru-is-second-best-technology-cluster-after-san-francisco/', 'en',
     """Bengaluru is second best technology cluster after San Francisco

cm9 city kempCity Kemp News

Karnataka Government is coming out with the first of it’s kind “Startup Policy” which will ensure that the state has the best eco-system for budding entrepreneurs.
Chief Minister of Karnataka Siddaramaiah said that, Bengaluru is ranked as the second best technology cluster after San Francisco and the new Startup policy will make it the top ranked cluster in the world soon.
Draft features of the Startup policy:
l First Startup Warehouse was established in late 2013 in about 10,000 sq ft. of built-up space. It is encouraging to see that about 40 Startups have graduated and begun commercial operations.
l State Government has set up a second Startup Warehouse in about 36,000 sq ft. of built-up space. This will be a 350-plus seat facility which will be offered to the Startups at a subsidized rate
The State Government proposes to set up a fund of funds for the benefit of Startups. Rs. 50 crore will be pooled in by the Government as it’s share."""),
    ('hotel', 'https://mybiblioteka.su/tom2/10-58719.html', 'en',
     """Hosting the 2008 Olympics was the catalyst for a massive overhaul of Beijing’s hotel accommodation; as new luxury hotels were flung up, existing places revamped themselves for the tourist rush and budget chains extended their options in the capital. Now, Beijing has rooms in all price brackets and there are so many of them that travellers are spoilt for choice.
Beijing makes up for that with its delightful courtyard hotels, which are mostly located in traditional hutong (alleyway) neighbourhoods and have atmosphere in spades, as well as usually boasting a good level of service. The downside is that their rooms tend to be smaller and less luxurious than the ones in the modern four- and five-star hotels.
Midrange hotels are less impressive. They can be found everywhere, but their decor is generally unremarkable, facilities can be old and amenities limited. Nor will many of their staff speak English, unlike in the luxury hotels."""),
    ('zhangjiang', 'https://www.drugtimes.cn/2024/12/02/tebiebaodaogunnaturezhangjiangzhishangrongheyishuchanye/', 'en',
     """Fusing art, industry and research to catalyse innovation
Shanghai’s latest science park promises to fuel innovation around biomedicine, medical technology, artificial intelligence, the digital economy and semiconductors.
For more details, please click read more. 更多详情,请点击阅读原文

Since mid-2023, the team has been working to transform the sprawling 117,000 squaremetre factory into a science and innovation park called Zhangjiang Shang. Once complete, it will be able to house more than 500 research institutions, business incubators, startups, technology centres and service platforms.
Many of these will be in research fields China is actively pushing, including biomedicine, medical technology, the digital economy, artificial intelligence, and semiconductors, says city developer, Jiwei Sun, the project’s chief consultant."""),
    ('passing', 'https://www.waonews.com/news/32037-Ofo_Beijing_headquarters_denied_layoff_security_said_suppliers_frequently_urged_the_alarm.html', 'en',
     """Ofo Beijing headquarters denied layoff security, said suppliers frequently urged the alarm.

Offo's offices on the 10th and 11th floors have posted notices that they have moved to the 15th floor of the building. On the 11th floor, the office area is in a mess and staff are cleaning up Li Qiaoyu / Photographing Dream / Cartography

Reporter Li Qiaoyu

Recently, the ofo trolley headquarters in Beijing went to empty buildings, the ofo side disproved the rumor that the lease expired, but it once again triggered speculation about its layoffs.

On September 25, the reporter of the Securities Daily came to the Beijing headquarters of ofo in the ideal International Building in Zhongguancun area according to the above address. The reporter noticed that the 11 floors marked with the registered address still had the Office marks of ofo. The glass door with the sign of ofo was half open, the house was in a mess, and the door was covered with "ofo yellow car" which had been relocated."""),
    ('passing', 'http://newschinamag.com/newschina/articleDetail.do?article_id=7080&section_id=5&magazine_id=77', 'en',
     """LOGGING OUT

The halo of Chinese internet giants has faded among young Chinese in the job market, following waves of downsizing and retrenchment

By Li Jing , Chen Weishan Updated May.1

It all happened too fast for Wu Yue, who got laid off just a few days after she started work at iQiyi, a leading video platform in China. On November 30, 2021, at iQiyi’s office in Zhongguancun, Beijing, she was told by her line manager that her entire department was laid off to cut costs.  

Two days later, several netizens claiming to be iQiyi employees posted on Maimai, a career social network platform, that iQiyi was cutting 20-40 percent of its employees, although there had been no official statement."""),
    ('hangzhou', 'https://mcdn.i-scmp.com/article/973846/sweeteners-returnees', 'en',
     """Haigui, or those returning to China from abroad, are sought after in a job market where international experience or qualifications make a candidate valuable in the development of hi-tech industry.
Zhejiang's provincial government has implemented policies to attract overseas Chinese students.
The Hangzhou local government has been the driving force behind the Hangzhou Overseas Students' Pioneer Park - a special zone dedicated to attracting returning talent. It is located within the Hangzhou Hi-tech Industry Development Zone.
The park focuses on innovative technology, and research and development in the technology field, and is set to be finished by October next year. Overseas returnees are offered incentives to set up enterprises within the business park."""),
]
add_web_round("web27", [], WEB27_RELEVANT_EN, WEB27_TRAPS, all_tune=True)

# --- added round 28: a TUNING round like rounds 7, 8 and 10-27 (decided before any row was collected: every round-28 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Chinese only (an English round is collected by another helper at the same time).  Theme: Chinese pages found with queries
# earlier rounds did not use: older coverage (2004-2016: the 2009 equity-incentive pilot units, the gazelle programme, the 2014
# angel-investment guidance fund, the startup cafés, the 电子城 and Fengtai 总部基地 parks, the Daxing base's admission), district
# and park pages, the Beijing-centre projects in everyday words (AI+ plan, large-model filings, the autonomous-driving zone's
# 3.0 stage, Huairou's city living room, 长安链's developer) and HK/TW outlets (中央社, 香港01, 星島, ETtoday, 新浪香港).
# Asked for ~20 relevant and ~10 traps; delivered 15 relevant zh (7 zh-Hant, 2 with no code) and 8 traps (3 zh-Hant) in the
# ~40 minutes allowed; fewer rather than reused rows.
# Relevant zh: the ZGC gazelle programme's criteria and loan-interest / guarantee / bank support (hfbida, zh-Hant with pinyin
# mojibake such as 區(qū)); 中央社 2016 on 車庫咖啡 in 中關村 (zh-Hant); the April 2009 launch of the ZGC equity-incentive pilot with
# 14 units (新华网 via zhaoshang-sh); the 2014 notice on partners of the ZGC angel-investment guidance fund (chinacir); the 2025
# digital-economy benchmark-city press conference (105 filed large models; jxj.beijing.gov.cn); Beijing's 2024 'AI+' action plan
# (newton.com.tw, zh-Hant with Taiwan-converted terms such as 人工智慧 / 套用); the 2022 start of the autonomous-driving zone's 3.0
# stage (东方财富 via cjsjw, with its '车陆云' typos and missing punctuation); a 2025 Xinhua feature on Beijing's humanoid robots
# and talent (flw.com.ph forum copy; no code); Huairou's city living room and HEPS user building starting construction (中新網 via
# hamasdt, zh-Hant); a 2019 Huairou Science City history (kjzxfw; no code); the ZGC 电子城 park in Chaoyang in 2012 (siheshuidao,
# zh-Hant); Fengtai 总部基地's 2010 eastward extension (中国规划网); the ZGC 西三旗(金隅) park's talent apartments breaking ground
# (hlgnet); a 首都之窗 interview on the ZGC Daxing biomedicine base's history (bubsandbeans, zh-Hant with pinyin mojibake); the
# 北京微芯 institute's head on the national blockchain network at the 2026 NPC (香港01, zh-Hant).
# Traps (8): 車庫咖啡 opening a branch in Xiamen, naming its 中关村 origin (`passing`); Guangdong's large-model filings (新浪香港
# via 南都, zh-Hant, `guangdong`); national large-model filing statistics by city, Beijing first (`national`); Hong Kong Science
# Park (中评社, `hongkong`) and the Loop park opening (星島 editorial, zh-Hant, `hongkong`); Central Taiwan Science Park at CES
# (digitimes gb, `taiwan`); Hangzhou Future Sci-Tech City (`hangzhou`); a DPP elder at the 京台科技論壇 in Beijing (ETtoday,
# zh-Hant, `passing`).
# Excerpts are 3-10 sentences copied as the search returned them (headers, bylines, '請同意我們的隱私權規範' lines, '▲▼' captions,
# pinyin-style mojibake, full-width and ASCII punctuation mixed, blank lines left in); cuts: zhaoshang-sh skips the paragraph that
# quotes the 2009 approval (its wording is in an earlier row), chinacir stops inside the application conditions, jxj stops after the
# AI paragraph, newton after the goals, flw after the football robot, hamasdt before the brain-platform paragraph, siheshuidao before
# the talent paragraph, bubsandbeans where the page's text breaks off ('2007'), hk01 before the '十五五' paragraph, ettoday before the
# vice mayor's speech, portal.sina before its national figures, the Loop editorial after two paragraphs.
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt passes check() with no problem; no two
# round-28 excerpts share a 40-character window; a sample string of each excerpt is absent from /work/shared/benchdata.
# Dropped as used or as an earlier row's story: the 2009 approval itself (sohu; round 8's story; soolun abstract), the 2007 ZGC
# venture funds (fswenwen: text used), Haidian returnee parks (zqsa: text used), Garage Café / 创业大街 pieces (stdaily used; fx361
# 2012 and stufftaiwan left out to keep one café row), the 2010 gazelle re-launch (neamco; left out to keep one gazelle row), E-Town
# robots and 天工 (text used), the 2020 and 2024 autonomous-driving zone (used), Huairou's 22 projects (used), the 2017 Huairou plan
# and ppfocus feature (used), the HK legislator's 京港 proposal (used), 商業周刊's 中國矽谷 issue (used), Fengtai park profiles
# (zhaoshang-gov used; nankezia, zhangyue and the 2004 sina report left out as the same 总部基地 story), 创业大街 at 5 (used), the
# lump-sum funding reform (scimall; holdout story), 长安链's 2021 release (an earlier story), BTH technology-flow figures (used),
# Hefei (all pages used or overlapping), Zhangjiang and Hangzhou corridor pages (used), rental and mall pages (used).
# Labels (README rules, rounds 2-27 readings) plus: Z2 + Z2.3 for the gazelle programme's loan-interest subsidy, guarantee and bank
# channel (as round 8's loan-interest reading) and for the ZGC angel-investment guidance fund; Z2 + Z2.1 for the launch of the ZGC
# equity-incentive pilot units (as round 8's 2009 pilot); Z3 + Z3.4 for a ZGC startup café stated as an incubation space; Z5 + Z5.1
# for the 电子城 park's three leading industries; Z5 alone for a park's extension (总部基地东进), a park's build-up in ZGC Science City
# (西三旗) and the Daxing base's admission to ZGC (as round 6's readings); B1 for Huairou facilities (the HEPS user building, the
# brain-cognition platform); B2 for Beijing's AI-innovation-source results and its AI+ plan; B3 for a Beijing institution's
# blockchain platform and chip (as round 5's blockchain reading); B4 for the autonomous-driving zone's extension to 500 km² with
# scenarios (as round 7). A robot/talent feature and a Huairou history get no code.
# Doubtful round-28 rows (kept, flagged here): zh00 (a policy-criteria page rather than news; Z1.4 left out for the programme's
# high-growth SMEs), zh01 (Z3.4 for a café; Z3.6 / Z6.5 left out), zh02 (a different event from round 8's 2009 approval row, but the
# same pilot), zh05 (B4 left out for the '標桿套用工程' scenarios; Z codes left out though 市科委中關村管委會 is a co-author), zh06 (B4
# rests on '逐步扩展到全市500平方公里' and '场景拓展'), zh07 (relevant with no code: Beijing AI statistics and talent; B2 left out),
# zh09 (no code: Huairou Science City's history names 中关村怀柔园 but states no facility; B1 would be arguable), zh11 (the page does
# not name 中关村: 丰台科技园 is the ZGC Fengtai park), zh12 (Z5 only; Z6 + Z6.12 left out for the talent apartments, Z5.1 for the park's
# IT base), zh14 (B3 for results of a Beijing institute told at a national meeting; B1 left out though 微芯 is a new-type R&D
# institution). Hard traps: passing00 names 中关村 and a national incubator, national02 lists 北京 first among filing cities,
# passing07 is a Beijing S&T forum told as politics, hongkong03/04 and taiwan05 use 科学园 / 科技创新合作区 vocabulary.
# Not found in the time: Z1.x, Z4.x, Z6.x and Z7.x texts not already told (海外人才创业园, 国际孵化器, 十百千工程, 1+6 returned
# only used or link-farm pages), B5 and B6 texts not already told (京津冀 figures and the 包干制 reform used), 澳門日報 / 明報 / 大公 /
# 文匯 / 工商時報 / 鉅亨 pages on 中關村 (none returned), and traps of kinds zol, school, restaurant, hotel, rental, mall (only used or
# link-farm hits).
# Round 28 relevant Chinese rows: (url, lang, text, labels)
WEB28_RELEVANT_ZH = [
    ('http://www.hfbida.com/news/573572.html', 'zh-Hant',
     """(一)中關村科技園區(qū)內的高新技術企業(yè)。
(二)經(jīng)濟指標界定:以企業(yè)申請“瞪羚計劃”上一年度實現(xiàn)的技工貿(mào)總收入規(guī)模及技工貿(mào)總收入和利潤的同比增長率作為界定標準。
企業(yè)的技工貿(mào)總收入規(guī)模定1000萬元-5億元之間,其中又分三個級別:
1.總收入在1000萬元-5000萬元之間,收入增長率達到20%或利潤增長率達到10%;
2.總收入在5000萬元-1億元之間,收入增長率達到10%或利潤增長率達到10%;
3.總收入在1億元-5億元之間,收入增長率達到5%或利潤增長率達到10%。
(一)獲得中關村科技園區(qū)管委會的貸款貼息。
(二)進入擔保公司的快捷擔保審批程序,簡化反擔保措施。
(三)進入?yún)f(xié)作銀行的快捷貸款審批程序,在銀行貸款基準利率的基礎上,各自制定上浮標準,但上浮幅度不得超過基準利率的20%。""",
     ['Z2', 'Z2.3']),
    ('https://cna.com.tw/news/firstnews/201607030076.aspx', 'zh-Hant',
     """來一杯創業coffee 北京車庫咖啡

2016/7/3 11:32(7/3 11:52 更新)
請同意我們的隱私權規範,才能啟用聽新聞的功能。

-創客風潮來了專題之三十五(中央社記者周慧盈、邱國強台北3日電)一個尋常工作日的下午,北京「車庫咖啡」約近250坪、30多張桌子的空間坐滿了顧客。這些來自各方的「顧客」其實大都是有心打拚出一番事業的創客,也許哪一天,車庫咖啡也會走出一家蘋果(APPLE)或是谷歌(GOOGLE)。

成立於2011年4月的車庫咖啡位在大陸資訊科技重鎮北京中關村,商業註冊名稱為「北京創業之路咖啡有限公司」,由11名天使投資人合夥創辦。顧名思義,車庫咖啡並非一般「喝咖啡聊是非」的地方,而是一家以「創業」為主題的咖啡廳。

對於懷抱創業夢想而口袋不深的創業人士來說,在這裡,點一杯咖啡就可坐上一整天,不用擔心遭白眼,因為除了身邊都是同類型的人群,更重要的是車庫咖啡成立宗旨就是為初期的創業團隊提供價格低廉的辦公環境,所以這些有心創業者可以僅消費一杯咖啡,就能享用一天免費的開放式辦公環境。""",
     ['Z3', 'Z3.4']),
    ('http://www.zhaoshang-sh.com/jjkx/2009/4-7/094710381551H3A8B2H6J39737DG3H.html', 'zh-Hans',
     """北京确定14家单位实行股权激励改革试点
    www.zhaoshang-sh.com 09-04-07 10:38:15 新华网

      北京市有关部门6日召开动员大会,启动中关村国家自主创新示范区股权激励试点工作。首批确定京仪集团、北京工业大学等14家单位进行试点。

      中关村科技园区管委会副主任郭洪说,股权激励在中国并不是新事物。中关村从1999年起就开始了尝试,国家也相继出台了多项鼓励政策,但实际成效不大,主要原因是国家政策需要细化。此次示范区股权改革试点工作主要是探索一套可操作的实施办法。

      6日动员大会上公布的《中关村国家自主创新示范区股权激励改革试点单位试点工作指导意见》指出,参加试点的单位可采取科技成果入股、折股、收益分成、股权奖励、股权出售、期权、分红权等激励方式,并按照相关法律法规规定了具体额度。""",
     ['Z2', 'Z2.1']),
    ('http://www.chinacir.com.cn/2014_zfzj/451427.shtml', 'zh-Hans',
     """关于中关村天使投资引导资金合作伙伴资质申报工作的通知

中国产业竞争情报网  2014-11-04  浏览:

  各有关单位:


  为充分发挥天使投资在早期项目发掘和创业企业孵化中的优势,发现和培育一批高成长的初创企业,促进天使投资活动在中关村示范区的蓬勃发展,推动中关村战略性新兴产业发展,根据《中关村国家自主创新示范区天使投资和创业投资支持资金管理办法》(中科园发〔2014〕41号,见附件1),开展中关村天使投资引导资金合作伙伴资质申报工作,现将有关事项通知如下:


  一、申报条件


  申报机构属于专业投资机构的应符合以下条件:


  (一)注册资本金为1000万元人民币以上(含)或受托管理的天使投资资金不低于1000万元人民币;


  (二)具有良好的风险评估标准、投资决策程序及激励约束机制;""",
     ['Z2', 'Z2.3']),
    ('https://jxj.beijing.gov.cn/jxdt/gzdt/202503/t20250321_4040518.html', 'zh-Hans',
     """3月20日,北京市人民政府新闻办公室举行“推动首都高质量发展”系列主题新闻发布会——2025北京加快全球数字经济标杆城市建设专场。市经济和信息化局、市网信办、市发展改革委、市科委中关村管委会、市政务服务和数据管理局相关负责人出席发布会介绍工作情况,并回答记者提问。北京市委宣传部对外新闻处处长叶昶主持。
北京市经济和信息化局党组成员、副局长、新闻发言人刘维亮:
2024年,北京深入贯彻党中央国务院关于推进数字经济创新发展的系列工作部署,积极把握新一轮科技革命和产业变革新趋势,推动全球数字经济标杆城市建设取得新进展,全市数字经济增加值突破2.2万亿元,同比增长7.7%,其中数字经济核心产业增加值增速达到10.1%,特别是在以下领域实现了创新突破。
一是打造具有全球影响力的人工智能创新策源地,人工智能技术不断突破。豆包大模型对齐GPT4.0水平,智谱首发支持生成汉字的开源文生图模型,Kimi的200万字上下文能力领跑行业,生数科技发布国内首个文生视频模型Vidu,快手可灵大模型支持生成时长3分钟、分辨率1080P高清视频。目前,我市已备案105款大模型产品,数量全国第一;智能体创新提速,最近爆火出圈的Manus的国内产品Monica在京完成生成式人工智能服务登记。""",
     ['B2']),
    ('https://newton.com.tw/wiki/%E5%8C%97%E4%BA%AC%E5%B8%82%E6%8E%A8%E5%8B%95%E2%80%9C%E4%BA%BA%E5%B7%A5%E6%99%BA%E6%85%A7%2B%E2%80%9D%E8%A1%8C%E5%8B%95%E8%A8%88%E7%95%AB%EF%BC%882024-2025%E5%B9%B4%EF%BC%89/64712683', 'zh-Hant',
     """發布歷史
2024年7月26日,《北京市推動“人工智慧+”行動計畫(2024-2025年)》對外發布。
全文
為深入落實國家“人工智慧+”戰略行動,貫徹實施《北京市加快建設具有全球影響力的人工智慧創新策源地實施方案(2023-2025年)》《北京市促進通用人工智慧創新發展的若干措施》等檔案精神,抓住人工智慧大模型(以下簡稱大模型)技術革新機遇,以套用反哺大模型技術疊代,帶動產業發展,加快培育新質生產力,全力打造全球數字經濟標桿城市,根據國家和本市有關政策,市發展改革委、市經濟和信息化局、市科委中關村管委會聯合制定《北京市推動“人工智慧+”行動計畫(2024-2025年)》。
一、發展目標
充分發揮本市大模型創新動能強勁、算力保障多元、數據供給海量和套用場景豐富的綜合優勢,堅持政府引導、創新驅動、套用牽引、開放合作的原則,通過組織重大項目攻關、資源供需匹配和特色場景示範,顯著增強大模型自主創新能力,推動形成標準化、規模化、跨界協同的套用落地路徑,加快實現千行百業智慧型化轉型。2025年底,通過實施5個對標全球領先水平的標桿型套用工程、組織10個引領全國的示範性套用項目、推廣一批具有廣泛套用前景的商業化套用成果,力爭形成3-5個先進可用、自主可控的基礎大模型產品、100個優秀的行業大模型產品和1000個行業成功案例。率先建設AI原生城市,推動本市成為具有全球影響力的人工智慧創新策源地和套用高地。""",
     ['B2']),
    ('http://cjsjw.cn/jinrong/75707.html', 'zh-Hans',
     """您的位置:中国财经观察网 > 金融 > 正文

孔磊:北京市高级别自动驾驶示范区3.0阶段建设任务全面启动

2022-09-16 19:32:51     来源:东方财富  阅读量:16880   

日前,在2022世界智能网联汽车大会主论坛上,北京经济技术开发区管委会主任,北京市高级别自动驾驶示范区工作办公室主任孔磊表示,示范区3.0阶段将在60平方公里的基础上,推进北京经开区周边100平方公里的建设,并逐步扩展到全市500平方公里聚焦三个专项:深入实施车陆云一体化技术路线,持续推进政策监管创新,加快培育智能网联产业生态,示范区3.0

据孔磊介绍,经过两年时间,示范区已完成1.0测试环境建设和2.0小规模部署任务,有效践行车陆云一体化技术路线,不断创新政策管理体系截至目前,北京经开区已建成329个智能网联标准路口双向750公里城市道路和10公里高速公路实现了车地陆云一体化产业相关领域的100多家企业,国内顶尖高校和研究机构逐步聚集参与示范区建设,产业集聚效应逐步增强形成了可复制,可推广的技术标准,政策体系,管理模式和应用场景,为启动3.0规模部署和场景拓展阶段奠定了坚实基础

接下来,通过深化示范区3.0阶段的建设,北京将构建区域级的车和陆云一体化生态系统,统筹智慧城市基础设施和智能网联汽车的协同发展,为首都高精尖产业发展注入新动能,不断为行业'北京经验'的发展贡献力量孔磊说""",
     ['B4']),
    ('https://www.flw.com.ph/thread-1351777-1-1.html', 'zh-Hans',
     """今年4月,北京亦庄半程马拉松上,人形机器人跑步进入公众视野。“一米八大个儿”的冠军“天工”,穿着跑鞋、步履稳健的“小顽童”,长相呆萌、边跑还不忘打招呼的“小巨人”……令人印象深刻的选手里,有不少来自北京。
2024年,北京市人工智能核心产业规模近3500亿元,相关企业超过2400家,占全国近一半。
“为什么选择北京?”大家给出的原因各异,但“人才”二字高频出现。人才从哪来?为什么留在这里?人才的涌现和集聚,又以什么形式推动人形机器人产业发展?
带着这些问题,记者走进高校、初创企业、研究机构,寻找答案。
“每次比赛都是一次技术迭代”
绿茵场上,后撤步,自然摆臂,轰出一脚大力射门,皮球在空中划出弧线,越过“人墙”应声入网。
秀出这样精湛脚法的,并非足球运动员,而是北京加速进化科技有限公司(简称“加速进化”)研发的加速T1机器人——它个头不大,皮实耐摔,传接球有模有样,倒地后能迅速起身。""",
     []),
    ('http://hamasdt.com/cn/Instant/people/202012/t20201204_6912990.html', 'zh-Hant',
     """中國西藏網 > 即時新聞 > 民生

懷柔科學城系列項目開工 推進建設新型城市形態(tài)

發(fā)布時間:2020-12-04 15:34:00來源: 中新網北京

  中新網北京新聞12月2日電 (記者 杜燕)今天,北京懷柔科學城城市客廳A地塊項目正式開工,標志著懷柔科學城首個綜合性、國際化公共服務配套項目正式啟動建設。當天,高能同步輻射光源綜合實驗樓和用戶服務樓項目同步開工,腦認知功能圖譜與類腦智能交叉研究平臺主體結構封頂。

  城市客廳項目打造國際化城市公共空間典范

  據介紹,城市客廳項目位于懷柔科學城起步區(qū),由A、B、C三個地塊組成,總用地面積29.45公頃,總建筑面積約63萬平方米。預計2023年初全部建成投用,為周邊科研院所和創(chuàng)新主體提供國際化、高品質的配套服務。

  當天,高能同步輻射光源綜合實驗樓和用戶服務樓項目開工。該項目法人單位是中科院高能物理研究所,建設內容包括綜合實驗樓、用戶服務樓、配套室外工程、公共設施等,是高能同步輻射光源建設運行和開放共享的服務保障。""",
     ['B1']),
    ('http://xiangtan.kjzxfw.com/zhaoshangyinzi/cyy/art-detail.html?id=11938&type=dyn&y=_OxQI_z_M', 'zh-Hans',
     """怀柔科学城向世界级原始创新承载区进发

发布日期:2019.12.06

原标题:怀柔科学城向世界级原始创新承载区进发

长城脚下、雁栖湖畔,一座具有全球影响力的“百年科学城”正在加速建设。

土地贫瘠、植被稀疏,这片土地曾被称为“西大荒”。改革开放以后,“西大荒”经历了兴办山区工业小区、创办雁栖工业开发区、组建北京雁栖经济开发区的发展历程。到“十二五”末期,昔日的“西大荒”已发展成以科技研发、创新发展为重要标志的“一区三园”(北京雁栖经济开发区和中科院怀柔科教产业园、中关村怀柔园、纳米科技产业园),同时,也为怀柔科学城的成立带来了千载难逢的契机。

融入大战略怀柔科学城应运而生

2015年12月11日,区委召开四届七次全体(扩大)会议,会议通过的《关于制定“十三五”规划的建议》首次提出打造怀柔科学城的战略任务。在怀柔区“十三五”规划中,将建设怀柔科学城列为四项区域发展定位之首,这是一个以创新驱动引领怀柔新发展的行动纲领。""",
     []),
    ('http://siheshuidao.cn/news/zgctz/201307/45166.htm', 'zh-Hant',
     """近年來,中關村國家自主創新示范區電子城(600658)科技園積極培育和發展戰略性新興產業,成為中關村示范區發展新一代移動通信、光電顯示、計算機與網絡三大產業的重要基地。截至2012年,電子城擁有1061家高新技術企業,實現總收入3845.2億元,實繳稅費541億元,利潤總額366.5億元,在中關村“一區十六園”中,利稅第一,收入第二。
位于北京市朝陽區的中關村電子城共占地26.1平方公里, 其中,東區以酒仙橋電子工業基地為建設基礎,西區為國際電子通信總部及研發中心的聚集地,北區為以電子通信產業研發為主、高端制造業為補充的產業發展新區,健翔地區定位于原創技術孵化、轉化和為國際科技交流與高科技商務活動提供服務,大望京定位為具有國際影響力的科技商務中心和總部聚集區。
目前,電子城大型企業明顯增加,總收入過億元企業157家,同比增長18.9%,其中,十億元企業31家,同比增長24.0%;百億元企業7家,同比增長75.0%。""",
     ['Z5', 'Z5.1']),
    ('http://zgghw.org.cn/html/xiangmuzhanbo/dichanzhanbo/2010/0620/6197.html', 'zh-Hans',
     """中国规划网北京6月20日讯(记者 闫雪静)昨天,丰台区总部基地东进项目全面启动,总部基地将向东拓展1.75平方公里,成为本市西南地区面积最大的一片待开发高新技术产业用地。市领导赵凤桐、苟仲文、蔡国雄出席东进区启动签约仪式。 丰台区总部基地于2003年6月开工建设,目前已成为拥有500幢总部楼、400余家总部型企业的综合经济实体,园区去年收入达到1560亿元,税费收入达到39亿元,总部型企业占据了80%以上的经济总量。 总部基地东进项目启动后,向东拓展1.75平方公里,这个区域位于南四环路南侧,是北京西南地区面积最大的一片待开发高新技术产业用地,到年底部分土地即能实现上市交易。 在规划建设上,总部基地东进区运用国际化城市设计理念,科学布局城市空间功能,凸显低碳总部、商务社区特色,以多层次、多样化的城市设计,体现地区的活力和魅力;在功能提升上,东进区将对空间进行更为合理的布局,满足未来总部经济发展的要素需求,重点打造中国民营企业总部基地、总部基地国际区等特色功能区,并建设与功能区配套的公共服务平台和资源要素平台,实现丰台科技园总部经济发展质的提升。""",
     ['Z5']),
    ('https://news.hlgnet.com/info/15963', 'zh-Hans',
     """西三旗科技园人才公寓开建啦!
中关村西三旗(金隅)科技园人才公寓18日上午破土动工,建成后将主要服务入驻企业员工,这也标志着中关村西三旗(金隅)科技园建设拉开序幕。
中关村西三旗(金隅)科技园位于海淀区西三旗街道辖区建材城环岛周边地区,今年初园区规划方案获市规划委批准,列入市政府扩大内需重大项目绿色审批通道,是中关村科学城第五批建设项目之一,计划2020年基本建成。
根据规划,科技园将重点打造“一基地三平台”,即IT信息服务产业基地,以智能家居、公共出行综合信息服务、两化融合和信息安全三大重点行业信息服务运营平台为核心的新型平台型产业链,构建“城业一体”的总部办公与研发基地。按照“职住平衡、产城融合”的建设理念,园区近三分之一的面积将用于人才公寓、学院、医院、邮局等配套设施建设,服务入驻企业的同时服务地区百姓。""",
     ['Z5']),
    ('http://bubsandbeans.com/paper/215498144.html', 'zh-Hant',
     """1、大興生物醫(yī)藥基地建設(shè)情況主持人:各位親愛的首都之窗網(wǎng)友以及數(shù)字電視北京之窗的觀眾朋友們,大家下午好,這里是正在為您直播的首都之窗在線訪談節(jié)目,今天邀請到的嘉賓是中關(guān)村科技園區(qū)大興生物醫(yī)藥產(chǎn)業(yè)基地管委會(huì)的相關(guān)負(fù)責(zé)人,和大家一起來聊一聊中關(guān)村科技園區(qū)大興生物醫(yī)藥產(chǎn)業(yè)基地建設(shè)情況,首先介紹一下今天的三位嘉賓。中關(guān)村科技園區(qū)大興生物醫(yī)藥產(chǎn)業(yè)基地管委會(huì)副主任趙曉晨,歡迎您。趙曉晨:大家好。主持人:中關(guān)村科技園區(qū)大興生物醫(yī)藥產(chǎn)業(yè)基地管委會(huì)產(chǎn)業(yè)促進(jìn)部經(jīng)理白玉梅,歡迎您。白玉梅:大家好。主持人:中關(guān)村科技園區(qū)大興生物醫(yī)藥產(chǎn)業(yè)基地管委會(huì)規(guī)劃部經(jīng)理馮秀美,歡迎您。馮秀美:各位網(wǎng)友,大家好。主持人:非常感謝三位嘉賓
2、的到來。首先我們來關(guān)注大興生物醫(yī)藥產(chǎn)業(yè)基地的一個(gè)發(fā)展歷程,能不能請哪位嘉賓介紹一下?趙曉晨:我給各位網(wǎng)友介紹一下我們中關(guān)村科技園區(qū)大興生物醫(yī)藥產(chǎn)業(yè)基地走過的歷史。中關(guān)村科技園區(qū)大興生物醫(yī)藥產(chǎn)業(yè)基地成立于2002年12月,原名是北京生物工程與醫(yī)藥產(chǎn)業(yè)基地,2006年1月經(jīng)國務(wù)院批準(zhǔn)納入了中關(guān)村科技園區(qū),2006年10月份被國家發(fā)改委確定為國家生物醫(yī)藥產(chǎn)業(yè)基地,2007""",
     ['Z5']),
    ('https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60327581/%E5%85%A9%E6%9C%832026-%E5%85%A8%E5%9C%8B%E4%BA%BA%E5%A4%A7%E4%BB%A3%E8%A1%A8-%E5%9C%8B%E5%AE%B6%E7%B4%9A%E5%8D%80%E5%A1%8A%E9%8F%88%E7%B6%B2%E7%B5%A1%E5%B7%B2%E7%B6%93%E5%BD%A2%E6%88%90', 'zh-Hant',
     """周四（5日）上午，十四屆全國人大四次會議在北京開幕。大會開幕前，在人民大會堂中央大廳北側舉行十四屆全國人大四次會議首場「代表通道」集中採訪活動。據長期從事區塊鏈技術研究的全國人大代表、北京微芯區塊鏈與邊緣計算研究院院長董進介紹，國家級區塊鏈網絡已經形成。



董進介紹，區塊鏈技術是一類前沿的信息技術，在人工智能的算法、算力、數據三要素中的區塊鏈是確保數據的真實可信、可回溯。在數字經濟發展過程中，區塊鏈是最關鍵的數字基礎設施之一。他和團隊研發的是區塊鏈專用加速芯片，這個芯片能讓區塊鏈的性能提升50倍。更重要的是，這項技術成功突破了超大規模區塊鏈網絡所面臨的算力瓶頸，讓國家可信的數字基礎設施擁有了「中國芯」。

全國人大代表、北京微芯區塊鏈與邊緣計算研究院院長董進。（新華社）

董進表示，中國自主創新的區塊鏈底層技術，已經應用到16個中央部委和27個中央企業，在稅務、跨境貿易、全球支付等領域取得積極進展。""",
     ['B3']),
]
# Round 28 traps: (kind, url, lang, text)
WEB28_TRAPS = [
    ('passing', 'http://taihainet.com/news/finance/ssgs/2016-05-29/1722256.html', 'zh-Hans',
     """“车库咖啡”开业启动仪式
台海网5月29日讯 (台海网记者 陈金龙)五年前,一家咖啡店在中关村原“图书一条街”悄然开业,它蜷缩在一个临街商铺的二楼,用“零门槛”的服务和香浓的咖啡吸引众多创业者和投资人在此聚集碰撞、合作壮大,并逐步成长为日后的国家级创新型孵化器“车库咖啡”。五年后的今天,车库咖啡在厦门海沧正式试运营,继续为“大众创业、万众创新”注入鲜活的生命力。
开业现场
开业现场
为创造创业便利条件及良好环境氛围、形成创业创新集群效应,厦门海沧区政府将占地 6 万平方米的原加工区厂房改造升级为“海沧创业广场”,并引进数家众创空间,车库咖啡便是其中之一。
车库咖啡外景
车库咖啡是全球第一家创业主题咖啡店,旨在为早期创业者搭建低成本创业平台,在提供舒适办公空间的同时,能够帮助早期创业团队快速梳理项目、完善团队、对接资本、促成合作,形成了一整套完善的服务体系。从简洁开放的装修风格以及办公场地的功能划分可以看出,厦门车库咖啡与北京中关村“老店”是一脉相承的,但与此同时,这家“分号”也确立了自己的主打方向——大数据。"""),
    ('guangdong', 'https://portal.sina.com.hk/news-china/sina/2025/04/03/1154891/%e5%82%99%e6%a1%88%e9%87%8f%e4%bd%94%e5%85%a8%e5%9c%8b1-10%ef%bc%81%e5%bb%a3%e6%9d%b139%e5%80%8b%e5%a4%a7%e6%a8%a1%e5%9e%8b%e5%b0%b1%e4%bd%8d%ef%bc%8c%e4%bb%a5%e5%a0%b4%e6%99%af%e6%92%ac%e5%89%b5', 'zh-Hant',
     """備案量佔全國1/10!廣東39個大模型就位,以場景撬創新
2025年開年,DeepSeek引發的人工智能浪潮正重構社會圖景,多地政務系統、各領域頭部企業密集宣佈接入DeepSeek模型,AI加速向全行業、日常化普及。技術普惠進程加速之際,治理挑戰同步顯現。遭遇大規模網絡攻擊、疑似發生數據泄露、模型幻覺率較高等問題共同指向智能時代的風險,AI治理該如何持續推進?南都大數據研究院推出「AI新治向」專題報導,捕捉AI治理的最新動向。
第四期,從生成式AI大模型備案(登記)情況,看國內AI大模型發展進程與特點。
淩晨兩點,深圳一家外貿公司的的智能客服中心仍燈火通明。來自全球的諮詢請求如潮水般湧入:日本用戶詢問智能家居設備故障,德國客戶需要產品使用手冊的多語言版本,南美用戶發來模糊不清的產品圖片求購配件。客服只需輕點鍵盤,生成式 AI 助手瞬間調取多國語言知識庫,自動翻譯問題、匹配歷史案例庫,並同步生成解決方案。"""),
    ('national', 'https://www.szaicx.com/page00181?article_id=17851', 'zh-Hans',
     """截至2025年上半年,我国大模型备案总量达439款,覆盖全国47个城市,呈现“金字塔型”分布格局,头部城市引领发展,区域协同效应逐步显现。
一、总体情况
(一)规模与增速
备案总量439款,较2024年同期197款比增长约123%,反映AI产业化进程加速。
头部集中化:前5城(北京、上海、广州、杭州、深圳)合计占比71.8%,前10城占比82.7%,产业资源高度集聚。除前10城外,其余39城仅124款,占比28.2%,但城市数量占比近80%,显示备案需求已下沉到二三线及资源型城市。
图:截至2025年上半年我国生成式人工智能服务已备案数量城市分布
数据来源:深圳市人工智能产业协会研究部整理
(二)区域渗透率
长三角(沪杭苏宁合等)合计占比33.9%,珠三角(广深珠莞等)占比15.0%,京津冀(京津石唐等)占比35.3%,三大城市群占总量超80%(84.2%)。"""),
    ('hongkong', 'https://gb.crntt.com/doc/243_14711_105393833_1.html', 'zh-Hans',
     """|
台湾媒体粤港澳大湾区联合采访团9日下午采访香港科学园。(中评社 郑羿菲摄) |
中评社香港4月10日电(记者 郑羿菲)“台湾媒体粤港澳大湾区联合采访团”9日下午来到培育创新科技的香港科学园,2001年开始运作的香港科学园提供空间、优惠及协助推广等措施吸引大大小小创新科技公司进驻,目前有700多家创新科技公司,其中七成是香港公司、三成是国内外公司,知名科技公司包括飞利浦电子香港有限公司、西门子智慧城市数码中心、华为诺亚方舟实验室等,而也有7家台湾公司被吸引进驻,研发项目涵盖生物医药科技、电子、金融科技及绿色科技。
香港科学园共有21栋大楼、共约1.3万名科技专才在科学园中工作,从1992年来也培育了600多家公司落实产业技术生产毕业,科技研发主要以四大板块人工智能机械、生物科技、智慧城市、金融科技等为主。香港科学园发展占地22公顷,第一至第三期总楼面面积达330000平方米"""),
    ('hongkong', 'https://www.stheadline.com/columnists/editorial/3530700/%E8%BE%9B%E6%AD%A3%E5%85%92-%E6%B2%B3%E5%A5%97%E9%96%8B%E5%9C%92%E6%88%90%E5%89%B5%E7%A7%91%E5%BC%B7%E5%8A%9B%E5%BC%95%E6%93%8E-%E7%A4%BE%E8%AB%96', 'zh-Hant',
     """河套深港科技創新合作區香港園區於12月22日正式開園，這不僅是北部都會區規劃中的一座地標建築落成，更是香港創科發展的里程碑。創科及工業局局長孫東說，首三座大樓已有逾60間企業進駐，其中約六成為內地企業，兩成半來自海外。這良好的開局，是一張亮眼的招商成績單，也清晰地勾勒出河套區的戰略定位。



河套區憑藉「一國兩制」和「國內境外」的獨特優勢，正迅速成為內地創科企業「借港出海」的首選平台。超過六成的內地企業進駐，反映了它們敏銳地看中的，是香港零關稅、低貿易壁壘的環境，以及「香港製造」的國際信譽和龐大的融資市場。通過河套，內地企業可以更便捷地對接國際規則、人才與資本，將創新產品推向全球。"""),
    ('taiwan', 'http://gb-www.digitimes.com.tw/tech/dt/n/shwnws.asp?cnlid=13&cat=20&id=0000576705_UWA8X8Q4LPEYKE6FO75LC', 'zh-Hans',
     """中科组队招商拼经济 进击美国CES拓商机

  • 俞鸿樟台北

科技部次长许有进(后左)与中科副局长施文芳(后右),共同见证中科加速器执行团队工研院CEO刘佳明(前左),与美国加速器10X innovation lab创新经理(Innovation Manager) Jakob Gaard(前右)签署合作备忘录。

中部科学园区管理局偕同中科加速器、园区企业,及中科新创团队前往参加美国消费性电子展(CES),并于展会现场举办「科学园区联合招商说明会」,宣传台湾优质产业环境,借此机会邀请各国厂商来台投资。会中促成中科加速器执行团队工研院,与美国硅谷新兴加速器10X innovation lab签署合作备忘录,进一步整合国际新创资源,为台湾新创团队创造进军美国市场基础。"""),
    ('hangzhou', 'https://bkwk.cn/article/jmhzwlkjctshxqyjwlfzld.html', 'zh-Hans',
     """杭州未来科技城,作为杭州乃至浙江省科技创新的重要引擎,近年来吸引了众多关注。本文将深入探讨杭州未来科技城的核心区域,以及其未来的发展亮点。
一、核心区域概述
杭州未来科技城位于城西科创大走廊核心区域,毗邻之江实验室,是未来科技城“三心两轴”的重要组成部分。园区占地面积约10平方公里,已聚集了人工智能、智能计算、低空、具身机器人、未来医疗和新材料等重点领域的企业。
1. 产业布局
未来科技城内已形成较为完善的产业布局,涵盖了科技创新、研发设计、高端制造等多个领域。其中,人工智能、智能计算等前沿科技产业尤为突出。
2. 人才集聚
作为科学家栖息地、创业者筑梦场,未来科技城吸引了大量高层次人才。园区内设有湖畔实验室、中国科学院院士叶志镇团队、西湖大学裴端卿教授实验室等科研机构。"""),
    ('passing', 'https://www.ettoday.net/news/20250919/3036453.htm', 'zh-Hant',
     """民進黨元老洪奇昌參加京台科技論壇　低調拒訪「知道我來就好」

▲▼ 2025京台科技論壇、潘賢掌、劉兆玄、郭金龍 。（圖／記者任以芳攝）

▲ 2025年京台科技論壇。（圖／記者任以芳攝）

記者任以芳／北京報導

第二十八屆京台科技論壇近今（19日）在北京舉行，來自台灣的企業家、工商團體代表齊聚參與。除了兩岸企業家峰會相關人士、電電公會與多位商界代表外，民進黨創黨大老洪奇昌再次參加京台科技論壇，並且低調婉拒受訪說，「知道我來就好。」

本屆京台科技論壇在北京舉行，大陸方面出席嘉賓有國台辦副主任潘賢掌、北京常務副市長夏林茂，兩岸企業家峰會大陸方面理事長郭金龍等人；台灣方面有兩岸企業家峰會大陸方面理事長劉兆玄、秘書長尹啓銘、兩岸企業家峰會能源及環保節能產業合作推進小組台灣方面召集人杜紫軍，全國台企聯會長李政宏，各省台商會長、北京重要台商代表等人出席，約400多人參加。"""),
]
add_web_round("web28", WEB28_RELEVANT_ZH, [], WEB28_TRAPS, all_tune=True)

# --- added round 29: a TUNING round like rounds 7, 8 and 10-27 (decided before any row was collected: every round-29 row goes
# to tune.jsonl, none to holdout, add_web_round(..., all_tune=True)), so holdout.jsonl and its recorded floors are unchanged.
# Theme: ENGLISH only (the Chinese rows of this period are collected by another helper at the same time), found with queries
# earlier rounds did not use: older coverage (2000-2015: returnees, 'Silicon Valley of China', the 1+6 policies, Founder, Haidian
# Park statistics), trade/academic/foreign pages (CASTED, China IP magazine, TechNode, Chinascope, a Tsinghua-spin-off holding's
# press page) and the Beijing-centre projects in everyday words (humanoid-robot centre, generative-AI registration, Chang'an
# Chain, the data-infrastructure pilot zone, vehicle-road-cloud / connected cars).  The round is SHORT: 16 relevant en (3 with
# no code) and 8 traps (all en), collected in the time allowed (about 40 minutes).
# Relevant en: Beijing's 2001 returnee work conference and returnee firms in Zhongguancun (china.org.cn CAS-e 2001); the 2001
# plan for ZGC liaison offices in Tokyo and Amsterdam (china.org.cn 2001); the 2005 msnbc/China Daily 'Can China build its own
# Silicon Valley?' on the Tsinghua Science Park incubator (mojibake quotes '¡°' kept); the Haidian investment site's 1+6 policy
# page; the CASTED assessment of ZGC pilot policies (abstract); Haidian Park's 2004 high-tech enterprise count (chinasilicon
# blog translation, no code); the ZGC park construction plan and apartment stop in the core area (beijing-tours travel-guide
# page); Founder Group as ZGC's largest innovative enterprise (China IP 2010); the Beijing Humanoid Robot Innovation Center's
# Tiangong (machine-English mirror cjpumps); Kai-Fu Lee's Beijing international AI research institute (TechNode 2018); Beijing's
# generative-AI registry count (racetoagi 2026, no code); the Chang'an Chain explainer (coinyuppie); the Beijing data-
# infrastructure pilot zone's launch (postsen, no code); Tongzhou's 'dual intelligence' smart city and the 2022 ZGC Forum's
# smart-city technology-trading events (a Nanjing firm's news page); the MIIT vehicle-road-cloud pilot with the Beijing
# high-level autonomous-driving demonstration zone as example (chinascope); the 2018 Beijing connected-car white paper
# (freemarketsgroup, machine English 'related smart vehicle').
# Traps (8, en): Wang Xuan's biography (Founder's inventor; `biography`), a hotel review by Peking University's east gate
# (`hotel`), the Shenzhen Hi-tech Zone's expansion (`shenzhen`), Suzhou Industrial Park's nanotech ecosystem (`suzhou`), a
# Springer chapter on returnees naming 'high-tech zones such as Zhongguancun' (`passing`), Tsinghua x-lab's first venture base
# in Nanjing (`nanjing`), the 2014 State Council research-funding reform (`national`), a 2006 blog on Beijing's Hai Long
# electronics centre (`mall`).
# Excerpts are 3-10 sentences copied as the pages have them (chinadaily's '¡°'/'¡¯'/'¡ª' mojibake, the Haidian page's
# 'Zhuangguancun “1+6”Policy' and 'the the', CASTED's missing spaces after commas, beijing-tours' 'Chin', 'Sillicon' and
# 'prepar-ing', the cjpumps mirror's 'Heavenly Creature' title and indented paragraphs, postsen's 'Breaking news', the njgwdr
# image name '6304887e94f89.jpg', chinascope's 'Baidu,,', freemarketsgroup's '21. .', China IP's 'production, teaching & research
# combined system;', the hotel review's '||' separators, memim's machine English, tusholdings' 'NanjingPrint' and '来源:').
# Several skip a sentence or a headline because it shares a 40-character window with earlier rows (long proper names): the
# Haidian 1+6 page (the talent-special-zone paragraph naming 'the Organization Department of the CPC Central Committee', so its
# Z2.2/Z6 content is gone), CASTED (the title naming 'Zhongguancun National Innovation Demonstration Zone'), chinascope (the two
# sentences on the MIIT notice naming 'the Ministry of Industry and Information Technology'), the Shenzhen trap (the sentences on
# 'key scientific and technological infrastructure projects'); others skip boilerplate or a paragraph: the Haidian page's
# service hotline, the cjpumps photo caption and its Ming-dynasty paragraph, technode's paragraph on US/China and data and its
# byline, the 2001 page's related-links list, the njgwdr site menu (the msnbc photo caption is kept).
# Overlap check: every URL checked against all earlier rows with check.py and every excerpt passes check() with no problem; no two
# round-29 excerpts share a 40-character window; a sample string of each excerpt is absent from /work/shared/benchdata.
# Dropped as used or as an earlier row's story: the 2002 returnee statistics (tsinghua.edu.cn), the London liaison office
# (chinadaily zpark), the 2000 returnee building (en.people.cn), Ning Ken's Zhongguancun history (strategicstudyindia used; its
# mirrors 1worldsolutions/nsaneforums and the World of Chinese 'Silicon Saga' left out), the 1+6 and 2014 pilot-policy
# expansions (covid-19.chinadaily used), the 2011 development plan, Haidian Park / Dongsheng park profiles (used), the 2016
# Zhongguancun street renovation (investinginchinesestocks blog; round 27's story), BAAI's founding (english.beijing.gov.cn,
# globaltimes used), the Zhongguancun-Silicon Valley talents centre (ocn used), the 2023 Forum (closing used; previews left out
# as the same event), the 2021 southern-Beijing connected-vehicle pilot zone (en.people.cn; round 27's story), the national-lab
# plan of 2016 (ihep used; window-to-china mirror left out), Changping key-lab relocation (xinmeiw used), ZGC-BTH pages
# (bjzpark, sipo, exploringtianjin, china.org.cn 2025 used), the Hefei / Suzhou / Shenzhen pages used before (delnortenoticias,
# chinaservicesinfo, jschina, guangdong.chinadaily), the humanoid-robot centre's Singapore PM visit (wb.beijing used), forkast's
# Chang'an Chain chips (used; ledgerinsights tells the same story), and the mall blogs brainalleakage, unboundly, triscribe,
# global.chinadaily 2010 and the what-when-how rental book (used).
# Labels (README rules, rounds 2-27 readings) plus: Z6 for returnee entrepreneurs set up in Zhongguancun under Beijing's returnee
# policies; Z6 + Z7 + Z7.4 for ZGC overseas liaison offices serving returnees (as round 9); Z3 + Z3.4 for the Tsinghua Science Park
# incubator in the heart of Zhongguancun; Z2 + Z2.1 for the 1+6 pilot policies (disposal of S&T achievements, share incentives);
# Z2 for an assessment of the ZGC pilot policies; Z5 for the park's construction plan and land control; Z1 for a ZGC firm's
# enterprise-centred, industry-university-research innovation system; B1 + B2 for a research institute set up under Beijing's
# guidance and Beijing's push in AI; B2 for the humanoid-robot centre (as round 27); B3 for the Chang'an Chain (as rounds 5, 18);
# B4 for connected-car test areas and the autonomous-driving demonstration zone (as rounds 7, 25, 27) and for Tongzhou's open
# smart-city scenarios, with Z7 + Z7.7 for the Forum's technology-trading events held there. Haidian statistics, the generative-
# AI registry and the data-infrastructure pilot zone (as the data exchange in round 6) get no code.
# Doubtful round-29 rows (kept, flagged here): en03 (the 1+6 policy is an earlier row's topic, web3-rel-en03, told here on a
# different page type; Z2.1 read from share incentives and disposal rights), en06 (Z5 for a travel-guide page on park construction
# control; relevant with no code would also be defensible), en07 (B2 for a machine-English mirror about Tiangong's running; the
# centre's national upgrade is round 27's story), en08 (generative-AI registry: relevant only as Beijing's AI ecosystem, no code),
# en10 (data-infrastructure pilot zone: relevant with no code; B4 '新型基础设施' not read into it), en11 (Z7.7 + B4 on a company
# news page; B5 would fit seeds/001's sub-centre scenario clause, left out as Tianjin-Hebei is not named), en12 (a national MIIT
# pilot with a Beijing zone as example: B4 from the Beijing part only), en13 (2018 white paper, before the 2021 plan), en14 (Z1
# for a firm profile; Z1.5 left out), en15 (Z6 + Z7.4: a 2001 story close to round 9's 2002 liaison-office row), en16 (B1 + B2).
# Codes left out on purpose: Z6 for the 2005 Silicon Valley piece, Z3.8 for Founder (a university-run firm), Z4.6 for the AI
# startups in ZGC (en16), Z2.3 for the 2001 venture-capital system (Beijing-wide, en01), B6 for the returnee conference.
# Hard traps: biography (Wang Xuan, Founder's inventor, Peking University; no ZGC named), passing (returnees 'as the success of
# high-tech zones such as Zhongguancun have shown'), nanjing (a Tsinghua x-lab venture base in TusPark Nanjing with a '1+8'
# policy system: Z3.4/Z3.8 vocabulary and a 1+N policy name), national (research-funding reform: B6 vocabulary), shenzhen (a
# hi-tech zone's expansion with AI, IC and robotics: Z4/Z5 vocabulary), suzhou (a MOST-designated innovation cluster), hotel
# ('Zhongguan Xinyuan' in the URL, Peking University), mall (Hai Long centre without the name Zhongguancun).
# Not found (no usable, unused English page within the time): Z4 and Z5.x measures, Z7.1-Z7.3/Z7.5/Z7.6/Z7.9, B5 (BTH pages
# found were used), B6 (research-integrity / burden-reduction pages found were national), new R&D institution evaluation,
# national-laboratory inauguration (the 2022 unveiling page names no lab), Nature Index / Science|Business / IEEE Spectrum /
# Sixth Tone / Caixin / Yicai / 36Kr / KrASIA / Pandaily pages on ZGC; traps for school, rental, restaurant, street, Zhangjiang,
# Hefei, Hangzhou, Hong Kong, Singapore, Bangalore and Silicon Valley.
# Round 29 relevant English rows: (url, text, labels)
WEB29_RELEVANT_EN = [
    ('http://english.china.org.cn/english/CAS-e/7942.htm',
     """Beijing will create a better environment to attract students studying abroad to return home to participate in and benefit from the city's economic development, according to a recent work conference of the municipal government.
The government will continue to encourage returned talents especially experts with research experience in advanced technologies and excellent corporate managers to work in Beijing.
In order to help the returned students, the government is trying to raise its work efficiency, launch a venture capital system, improve the legal system, draw up preferential policies and solve concrete problems.
Statistics show some 70,000 people in Beijing have gone to study abroad in the past two decades, and one-third of them have returned after completing their studies.
So far about 180 returned students are set to establish their enterprises in Zhongguancun, known as China's "silicon valley" in northern Beijing. Among them 46 have gained licenses with a total registered asset of 81 million yuan (US$9.8 million).
Beijing has become the largest community of returned students in the country.
(Xinhua 02/21/2001)""",
     ['Z6']),
    ('http://www.chinadaily.com.cn/english/doc/2005-05/23/content_444857.htm',
     """Home>News Center>China

Can China build its own Silicon Valley?
By Michael Rogers (msnbc.com)
Updated: 2005-05-23 09:19

¡°Zhongguancun¡± doesn¡¯t roll off the Western tongue easily, but it will soon be an address that technology investors must learn. For 25 years, locales from Singapore to the south of France have tried to create their own Silicon Valleys, but the original¡¯s remarkable spirit has never been duplicated. China, however, is putting the finishing touches on its own Silicon Valley ¡ª and this time, they may have found the recipe.

Chinese workers construct personal computers at a Lenovo factory in Beijing. Lenovo, which recently purchased IBM's PC business, is one of the big tech firms congregated in the Zhongguancun district. [Courtesy of MSNBC.com]
The Zhongguancun district is in the dusty northeast corner of Beijing not far from the old Chinese emperors¡¯ Summer Palace. It is already populated by thousands of high-tech companies ¡ª local firms large and small, as well as international outposts of companies ranging from Microsoft and Sun to Siemens and NEC. But now, in the heart of Zhongguancun, sleek new buildings are rising around prestigious Tsinghua University, creating what will be a world-class technology incubator.

In Beijing last month I met with Meng Mei, a Tsinghua University professor and the managing director of the Tsinghua Science Park. As we stood at a tenth-floor window that looked out over hundreds of acres under development, Meng explained that the Science Park facilities weren¡¯t just for research. Tsinghua is building an entire infrastructure of business support, from venture capital to legal services to property management. There are even support groups for entrepreneurs.""",
     ['Z3', 'Z3.4']),
    ('http://invest.bjhd.gov.cn/tcjen/policy/201506/t20150619_901934.html',
     """Current position: Home>Home>Policy
Contact us
6 Sijiqing Road, Haidian District, Beijing 100195, China

Zhuangguancun “1+6”Policy

The “1” stands for building Zhongguancun Innovation platform.

Zhongguancun S&T Innovation and Industrialization Promotion Center (referred to Zhongguancun Innovation Platform) held the opening ceremony on December 31st, 2010. This platform takes responsibility for all decisions of great importance, resource integration, and efficiency improvement. Specifically, by strengthening coordination and supervision of cross-level and cross-department examinations and approvals, the platform will promote the industrialization of key S&T achievements, as well as build a working mechanism conducive to the implementation of pilot policies, thereby formulating a service system intended for S&T innovation and industrialization, which is efficient in operation and full of dynamics.

The “6” stands for the six new pilot policies directing furtherance of the spearhead reform in Zhongguancun.

To promote the the management of S&T achievements and beneficiary rights, the central government public institution has the authority to independently manage the project under RMB 8 million. Develop a perfect share incentive mechanism, using stocks to reward talents in high-tech enterprises in Zhongguancun Science Park and improving the tax incentives. Relevant national departments and Beijing government will formulate detail regulations about share incentive mechanism.""",
     ['Z2', 'Z2.1']),
    ('http://en.casted.org.cn/channel/newsinfo/6599',
     """July 2,2018



Abstract: Policy evaluation is one of the important issues in policy science research. Since 2009,the state council has approved to carry out pilot policy in Zhongguancun,Eastlake,Zhangjiang national innovation demonstration zone,and Hewubeng plentiful test zone. Given the pilot policy on the important role of science and technology reform in China,we tracked and evaluated the pilot policy. This report mainly investigated the overall promoting situation about Zhongguancun pilot policy in recent years,evaluated 12 policies' results,analyzed the main problems and obstacles which affected policy implementation,and put forward further suggestions.""",
     ['Z2']),
    ('http://chinasilicon.blogspot.com/2005/06/number-of-high-tech-enterprises.html',
     """Saturday, June 11, 2005

Number of High-Tech Enterprises Triples in Five Years

Number of High-Tech Enterprises in the Haidian Zone Trebles in the Last Five Years

June 11, 2005

((Translated from the Chinese by Tyler Rooker on June 11, 2005 for

This paper reporting. “By the end of 2004, the Haidian District had a total of 14,280 high-tech enterprises; in the end of 1999, it had 4,846 high-tech enterprises.” In a marked difference from typical government departments who release information idiomatically using vague expressions such as “approximately” and “over such and such an amount,” Zhou Liangluo, the head of the Haidian District and director of the Haidian Science & Technology Zone Management Committee, provided the above information during the opening ceremony for the Haidian Park “Five Years Ascend the Platform” summary and honorary convention. Mr. Zhou is the embodiment of the persistent style of the Haidian Zone--accurate and objective.

“The Haidian District is the region with the most abundant technological and human resources in the entire country.” According to Zhou Liangluo, the per capita gross revenue from technology-industry-trade in the Haidian Park for 2004 was 599,900 yuan. Technology occupies a 60.5% share of total revenue, while pure technology revenue occupies a 20.1% share of the total.""",
     []),
    ('http://www.beijing-tours.cn/beijing-travel-guide/zhongguancun.html',
     """Sources from the Zhongguancun Science and Technology Park Management Commission said that the government controls big construction projects in the Zhongguancun Park to avoid excessive increases of land transfer fees in this area. The Zhongguancun area is no longer famous for its academic institutes and colleges, but its reputation now standing out, as it grows into one of the most famous high-tech centres in Chin, nicknamed China’s Sillicon Valley. It has attracted the attention of many real estate developers since the State Council approved a plan to set up the park in June 1999. A dozen large office buildings are now under construction, and more than 20 apartment buildings are prepar-ing to break ground. Land resources in the Zhongguancun area are becoming increasingly scarce.  Sources said the Beijing municipal government has asked related departments to work out a construction plan for the Zhongguancun Science and Technology Park. All the real estate projects of the Zhongguancun area are expecting to be included in it. No new apartment projects will be approved in the core area of Zhongguancun to control the population density of this region.""",
     ['Z5']),
    ('http://www.cjpumps.com.cn/sefdvgfdbh/3360',
     """Heavenly Creativeness, Wisdom and Breakthrough Difficulties —— How does the Beijing humanoid robot "Heavenly Creature" run?

Recently, Beijing Humanoid Robot Innovation Center released the world's first full-size humanoid robot with pure electric drive and humanoid running in Beijing Economic Development Zone.

  "Humanoid running" is a worldwide problem in the research and development of humanoid robots, but "Tiangong", which appeared in Yizhuang, Beijing at the end of last month, trotted all the way to the press conference with steady steps. How to run at a speed of 6 km/h? In this regard, we interviewed the R&D team behind Tiangong.

  Clever joints to hold the explosive power of sports

  Beijing Humanoid Robot Innovation Center, the birthplace of Tiangong, has a simple layout of the R&D office. A group of "post-80s" and "post-90s" engineers sat around a long conference table, surrounded by various components of the robot.

  Things are born, and work is done by people. At the beginning of its establishment, Beijing Humanoid Robot Innovation Center set five technical problems, such as tackling ontology prototype, general large model, transportation control system, operating system and tool chain. The appearance of "Tiangong" represents its breakthrough in ontology and transportation control.""",
     ['B2']),
    ('https://www.racetoagi.org/news/2026-02-10-beijing-adds-3-more-registered-generative-ai-servi',
     """Beijing’s cyberspace regulator announced on February 10 that three additional generative AI services have completed registration under China’s interim rules for generative AI. The city now counts 215 generative AI services on its official record, with providers required to disclose model names, filing numbers and apply standardized content‑origin labels.
This article aggregates reporting from 4 news sources. The TL;DR is AI-generated from original reporting. Race to AGI's analysis provides editorial context on implications for AGI development.
This is a small, routine filing notice on its face, but it’s part of a steady drumbeat: Beijing is normalizing a regime where powerful generative models are only legitimate once they are registered, traceable and visibly labeled in downstream apps. Crossing the 200‑service mark matters symbolically because it shows that, despite early fears, most commercial providers have chosen to comply rather than exit or operate underground.""",
     []),
    ('https://coinyuppie.com/reading-changan-chain-in-one-article/',
     """Reading Chang’an Chain in One Article

In the alliance chain of the Chinese national team, there is also a very high-level and pivotal alliance chain, which is the Changan chain. In this article, the author has compiled relevant information about the Changan Chain to help readers fully understand the Changan Chain.

Changan Chain Background Information

The Changan Chain ChainMaker is jointly developed by Beijing Microchip Research Institute, Tsinghua University, Beijing University of Aeronautics and Astronautics, Tencent , Baidu and and other well-known universities and enterprises. The name “Chang’an Chain” is a metaphor for “Long-term peace and stability, creating greater brilliance, and linking the world.”

As the open source underlying software platform of the blockchain, Changan Chain includes the core framework of the blockchain, a rich component library and tool set, and is committed to efficiently and accurately solving the needs of differentiated blockchain implementation for users, building high-performance, high-reliability , A new type of high-security digital infrastructure, and it is also the country’s first independent and controllable blockchain software and hardware technology system.""",
     ['B3']),
    ('https://china.postsen.com/local/42245/Beijing-data-infrastructure-pilot-zone-starts-operation.html',
     """Breaking news

Beijing data infrastructure pilot zone starts operation

Our reporter Cao Zheng

On November 10, the Beijing Data Infrastructure System Pilot Zone was launched. The pilot area will focus on piloting and demonstrating 10 policies and measures implemented by the country and this city, establish a pilot trial mechanism in accordance with new regulatory methods that adapt to data elements and digital economy characteristics, and accelerate the construction of a comprehensive reform experimental field for data basic systems and a data element cluster area.

  The pilot area creates a comprehensive reform experimental field

In recent years, the city has made bold explorations and innovative breakthroughs in data asset registration, evaluation, listing, trading, financing and judicial protection. Beijing’s data element market ecology has formed a complete chain. In the first three quarters of this year, the city’s digital economy achieved an added value of 1.406 billion yuan, a year-on-year increase of 8.3% based on current prices, accounting for 44.3% of the regional GDP.""",
     []),
    ('https://en.njgwdr.com/index/newsDetail.html?n_id=3',
     """News Updates

01

2022-08

Pioneering Autonomous Driving: Beijing’s Urban Sub-Center Builds a “Dual Intelligence” Smart City

6304887e94f89.jpg

Recently, the 2022 Zhongguancun Forum series of technology trading events, focusing on new technology and product launches and supply-demand matching in the smart city application field, was held in Tongzhou District, Beijing. The open smart city scenarios have attracted over 20 external enterprises to discuss industrial cooperation in Beijing’s Urban Sub-Center. By 2025, Tongzhou District plans to have over 100 kilometers of roads open for autonomous driving, with autonomous patrol boats also set to operate on the Grand Canal (Tongzhou section). As the construction of the “dual intelligence” (smart city and intelligent connected vehicles) city accelerates in Beijing’s Urban Sub-Center, the intelligent connected vehicle industry has gained a stronger development platform in Tongzhou.""",
     ['Z7', 'Z7.7', 'B4']),
    ('http://chinascope.org/archives/34523',
     """Skip to content

China Pilots “Vehicle-Road-Cloud Integration” Programs

China is promoting “vehicle-road-cloud” integration. The idea is to advance commercialization of smart vehicles by integrating intelligent driving technology with roadside perception and cloud control.

One example involves autonomous driving technology company WeRide’s work in the Beijing High-Tech Autonomous Driving Demonstration Zone: WeRide has conducted “in-depth cooperation with the government” to integrate “roadside perception of traffic signals and dynamic blind spots, driving path optimization, unprotected left turns, two-vehicle collaborative control, status sharing, and more.” The article states that “as of now, 12 companies including Baidu,, WeRide, AutoX, NavInfo, and Audi have conducted development and testing of ‘vehicle-road-cloud integration'” in the Beijing Demonstration Zone.

Source: Stock Times, February 3, 2024""",
     ['B4']),
    ('http://freemarketsgroup.com/2018/10/23/beijing-promotes-the-automotive-industry-related-smart/',
     """Beijing promotes the automotive industry related smart

23 October 2018, Comments 0

BEIJING, Oct. 22 (Xinhua) – Beijing has pledged to promote the related smart vehicle industry and related industries, which are expected to have a market value of 100 billion yuan (about 14.4 billion US dollars) by 2022, according to a white paper published by local authorities on Sunday.

Beijing will push innovation and research on related smart vehicles to ensure their use at the Winter Olympics in 2022, according to the White Paper issued by the Beijing Municipal Economic and IT Commission on the sidelines of the World Conference on Intelligent Vehicles, held in Beijing from Oct. 18 to 21. .

An experimental area will be built on an area of 50,000 hectares, while more than 2,000 km of roads in Beijing will be allocated for testing.

The city will also accelerate the construction of intelligent traffic system and Internet vehicles, according to the White Paper.""",
     ['B4']),
    ('https://chinaipmagazine.com/en/journal-show.asp?id=644',
     """Innovation is the Soul of Founder Group

2010/12/20,By Doris Li, China IP,[Comprehensive Reports]

As the largest-scale innovative enterprise in Zhongguancun Science Park, Peking University Founder Group Co., Ltd. is featured with a large cluster of industries. Backed up by Peking University, Founder owns China’s vital technologies in the fields of IT, medical treatment-medicine and so on. By establishing a market-oriented, enterprise-centered and production, teaching & research combined system; Founder has become one of the typical enterprises which fully illustrates China’s innovation concept.
As for most people, their knowledge about Founder is only limited to Founder’s computer products. Though Founder has become a well-known brand, many people still know little about its achievements in research and development as well as its innovation capacity.
With only 400,000 Yuan registered capital at the beginning of its business, Founder, as one of China’s high-tech enterprises, now has established its own reputation after twenty years of development. Chairman of Founder Group Wei Xin concluded Founder’s initiative spirit can be summed up by stating that “Independent innovation and sustainable innovation have become Founder’s soul and driving force.” Until the beginning of 2009, Founder occupied 70% of the profitability of school-sponsored enterprises and became one of China’s first six technical innovation pilots.""",
     ['Z1']),
    ('http://www.china.org.cn/english/19326.htm',
     """www.china.org.cn

Beijing to Set Up More Links With Overseas Students


Beijing's Zhongguancun, known as China's silicon valley, will establish liaison offices in Japan and Holland next month, said officials at a conference Tuesday.

The offices, to be located in Tokyo and Amsterdam, will strengthen connections with Chinese students studying abroad and offer helpful services for those that want to start their careers back in China.

Xia Yingqi, deputy director with the Administration Committee of Zhongguancun, said that the function of the offices is to let the students know more about economic information in Beijing and also enhance ties with the Chinese people living in the local community.

The official said that since last year, about 380 companies founded by returned students have registered and got licenses in Beijing and half of these were established by those coming back from the United States.

He indicated that such liaison offices will also appear in the State of Maryland in the United States and Toronto in Canada next year.

(Xinhua News Agency 09/18/2001)""",
     ['Z6', 'Z7', 'Z7.4']),
    ('https://technode.com/2018/02/09/kai-fu-lee-beijing-ai/',
     """Beijing city officials yesterday launched a new international artificial intelligence research center in Beijing. The center will be led by Kai-Fu Lee, CEO of Sinovation Ventures, who has publicly endorsing China’s potential in AI growth.

With guidance from Beijing city authorities, the research center will first establish three innovation centers, focusing on basic AI research, smart societal innovation, and AI patent innovation. The center will also build an AI computing and data application platform in collaboration with Face++ (旷视科技), SenseTime (商汤科技), and Ksyun (金山云).

As the first dean of the research center, Kai-Fu Lee stressed the importance of nurturing more AI talent. “AI development doesn’t lie on academic theses,” said Lee at the launch event (in Chinese) in Beijing, adding that it’s important to push forward more cooperations between the industry and the academia.

It doesn’t come as a surprise that the government is pushing the AI development in Beijing. As of September 2017, Beijing has seen nearly 400 AI companies. 42.9% of all Chinese AI startups are based in Zhongguancun, Beijing.""",
     ['B1', 'B2']),
]
# Round 29 traps: (kind, url, lang, text)
WEB29_TRAPS = [
    ('biography', 'https://memim.com/wang-xuan.html', 'en',
     """Wang Xuan

Wang Xuan ( born February 5, 1936 in Wuxi, Jiangsu Sheng, China; † 13 February 2006 in Beijing) was a Chinese computer scientist. He was the inventor of the computer - laser typesetting technology for Chinese characters.


Wang Xuan studied from 1954 to 1958 Mathematics and Mechanics at Peking University, where he later taught as a professor and researcher. In 1974, he was the responsible manager for a government program 748 project, which should be the traditional Chinese writing revise.

Wang Xuan founded 1985 computer laser typesetting technology for Chinese characters. With the help of this invention were computer - laser typesetting systems, called Modern Bi Sheng, be developed for Chinese characters and the Founder - color transfer system and introduced in China. With this technique it was possible to supply the Chinese and the world's population with information and print media.

From 1995 to 2002, Wang was CEO of Founder Holdings Ltd.. This company was registered in Hong Kong, a joint venture between Wang and Peking University. Wang Xuan transferable then about 1 million dollars out of its assets in the Wang Xuan Science Research Fund for support of the Institute of Computer Technology of Peking University ( CSTRI )."""),
    ('hotel', 'https://wanderboat.ai/hotels/china/beijing/zhongguan-xinyuan-global-village-pku/lRLUae1OSoGorDYSJcLArQ', 'en',
     """Based on a stay in Building 1, the hotel is basically good, but with a mixture of positive and negative features:||Pros: Located very near East gate of Peking University, and convenient to subway station. Rooms are large, clean, and quiet. The beds are comfortable and the carpeting is thick. Bathroom has modern fixtures.||Cons: Tap water is not drinkable (not their fault, and they provide bottled water to use instead). No heat is available in the rooms until mid-November. We stayed in October and the room never got above 68 deg F (quite chilly for us). Beware if you're visiting in the Fall. The room has many light fixtures, but they're all so feeble that the room is dimly lit."""),
    ('shenzhen', 'https://greaterbayinsight.com/tag/nanshan/', 'en',
     """Tag Archives: Nanshan

Shenzhen to add 2,000 tech firms

The Shenzhen Hi-tech Zone began as a patch of 11.52 sq km in the Nanshan district and has mushroomed, particularly over the past decade. This widely known fact was recognized in April this year, when the “zone” was officially expanded to 159.48 sq km, covering not only Nanshan but the Pingshen district as well. (To understand what exactly a Hi-tech Zone is, read our explainer.) 

Now, the city government has announced that, far from resting on its laurels as the tech capital of southern China, it plans to accelerate the development of this zone. In so doing, it plans to attract and/or develop no fewer than 2,000 new hi-tech enterprises this year. These will be focused on building commercial applications for AI, new energy, integrated circuits, robotics, and new materials. 

At the same time, Shenzhen will focus on building an integrated supply chain in the hi-tech sector, starting from basic research, through manufacturing and financing."""),
    ('suzhou', 'http://tekes.episerverhosting.com/en/programmes-and-services/campaigns/nanochina/suzhou/', 'en',
     """Nanotech Finland China

Suzhou Innovation Ecosystem

The beautiful ancient garden city of Suzhou in China, known as "the Venice of the Orient", has been transformed into a high-tech city in the last two decades and it is now known as one of the fastest growing high-tech industrial and innovative cities in China.

In the past 5 years, regional and provincial governments have invested substantially, have built world-class infrastructure, and provide attractive incentives for international companies and high-tech entrepreneurs to establish R&D, manufacturing and business in the China-Singapore jointly developed Suzhou Industrial Park (SIP). The SIP has committed 10 billion RMB (about 1.6 BUSD) for the next five years to further develop Suzhou high-tech industries including nanotech enabled industries.

Today the SIP is housed with 20000 national and multinational companies including 3M, Samsung, Siemens, Johnson & Johnson, Phillips, AMD, Bosch, Eli Lily and others within 288 square kilometers. Suzhou was ranked top 3 in "2010 China's Most Innovative Cities" by Forbes.

Suzhou has been designated by the Ministry of Science and Technology (MOST) as the "China International Nanotech Innovation Cluster (CHInano)". SIP launched the "Nanopolis Suzhou" initiative to provide a complete ecosystem support for the growth of nanotechnology and its enabling industries."""),
    ('passing', 'https://rd.springer.com/chapter/10.1057/9781137450609_7?error=cookies_not_supported&code=ada681cf-32e4-4cc1-82e7-750e33a001ae', 'en',
     """Returning Chinese Promoting the Development of China’s New Economy

Part of the Politics and Development of Contemporary China book series (PDCC)


Historically, the vast majority of Chinese returnees have been academics and scientists. However, this pattern changed in the 1990s, when growing numbers of returnees had been in business overseas before returning to China. Over this time, Chinese intellectuals have been reoriented toward the business world. As the success of high-tech zones such as Zhongguancun have shown, returnee scientists are now avidly pursuing entrepreneurial opportunities in response to China’s transformation toward a market-based economy. Encouraged by government efforts to make the hi-tech zones function as incubators for returnee entrepreneurs, Chinese who have studied and worked overseas and acquired a strong scientific/technical background while doing so are establishing startup business ventures after returning home. These hi-tech zones assist returnees, who are often unfamiliar with working in China, in obtaining investment capital and physical space for their new business ventures, while also assisting them in dealing with bureaucratic red tape. Statistics show that governments from the national to local levels and universities have jointly established more than 150 science venture parks containing over 10,000 enterprises (Xinhua News Net, 2011b)."""),
    ('nanjing', 'http://en.tusholdings.com/h/latestnews/show-58-71-1.html', 'en',
     """• Press Center

Official Settling of the First Domestic Venture Base of the Tsinghua x-lab in NanjingPrint

Post Time:2013-08-12来源:

Recently, the first domestic venture base of the Tsinghua x-lab was officially launched in TusPark (Nanjing) inside the Kirin Sci-tech Innovation Park. After the unveiling ceremony, over 40 students from the Tsinghua University who would start business with specific projects visited TusPark Low-carbon Intelligent Industrial Park Exhibition Center and Kirin Sci-tech Innovation Park, to learn more about Nanjing’s policies on how to support innovative ventures.

The Tsinghua x-lab is an educational platform for the Tsinghua University to break through the disciplinary boundaries, find creative and innovative entrepreneurial talents and bring up leaders for future industries. According to introduction of Mao Donghui (executive director of the Tsinghua x-lab), led by the Tsinghua SEM, this platform is jointly built by 11 schools of this university including the School of Information Science and Technology. Ever since its inception in the April of this year, the Tsinghua x-lab has become a matter of public concern among the domestic innovative ventures. Up to now, over 40 nationally famous and successful entrepreneurs and investors have become EiR and AiR here, and over 70 innovative venture projects have been launched here.

Ever since the decision to "make Nanjing a city powered by talents and technological innovation” is made, the policies on how to greatly promote the technological innovation ventures including the "1+8" Policy System, the “Nine Policies on Technological Innovation”, the “Seven Entrepreneurial Strategies” and the “Nanjing 321 Plan" have been launched one after another to attract a large number of new graduates from the Tsinghua University, to start business in Nanjing every year."""),
    ('national', 'https://www.datenna.com/2014/03/21/state-council-china-to-improve-its-research-management/', 'en',
     """China’s State Council published a document on improving the management of centrally funded scientific research projects. Some key elements of the document are summarized in this post.

Re-organisation of the different research funding programs

  • Science & technology programs administered by different ministries shall be optimized and integrated. Programs with unclear positioning, duplication and overlapping or ineffective performance, shall be adjusted, eliminated, integrated or transformed.
  • Major projects should reflect national objectives. For those major research projects related to national strategic demand and long-term development, resources should be pooled to concentrate on significant issues and key breakthroughs.

Strengthen the researchers’ position

  • Support to young researchers shall be reinforced.
  • Income policy for researchers shall be optimised, and distribution incentive mechanisms should be closely linked with their position responsibilities, work performance, and practical contributions.
  • Researchers’ mobility mechanism should be strengthened.
  • Project packaging and “forced partnering” should be put to an end."""),
    ('mall', 'http://exzekestence.blogspot.com/2006/07/shopping.html', 'en',
     """Tuesday, July 18, 2006


As is my usual practice, I sought out the electronics centre in Beijing the first chance I had. Actually, I tried to find time to take a look at the local electronics centre at the cities I visited. Here are the pics of two of these centres in Beijing.

These places are huge. And I really mean HUGE. I think one of these buildings can easily take two or three Sim Lim squares inside! And the number of shops inside? Astounding. When I was first told by the students that you could have almost a thousand shops inside, I was like 'huh?', thinking that he was just exaggerating. But no...

Here's a pic of Hai Long centre. The first place I visited.

Here's a pic of what goes on inside one of these buildings. It's a real marketplace! Many of these shops are just a small space of maybe 3m by 3m. The bigger ones have a actual shop space. The interesting thing is that there are just so many things to see. The bad thing is, there is no real order. So you can't really browse."""),
]
add_web_round("web29", [], WEB29_RELEVANT_EN, WEB29_TRAPS, all_tune=True)

for name, rows in (("tune", rows_tune), ("holdout", rows_hold)):
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows), sum(r["relevant"] for r in rows))
