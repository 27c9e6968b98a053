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

for name, rows in (("tune", rows_tune), ("holdout", rows_hold)):
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows), sum(r["relevant"] for r in rows))
