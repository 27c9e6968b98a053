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
for i, (url, lang, text, labels) in enumerate(WEB_RELEVANT_ZH):
    (rows_tune if i % 2 == 0 else rows_hold).append(
        row(f"web-rel-zh{i + 1:02d}", url + " (short excerpt)", lang, None, text, True, labels))
for i, (url, text, labels) in enumerate(WEB_RELEVANT_EN):
    (rows_tune if i % 2 == 0 else rows_hold).append(
        row(f"web-rel-en{i + 1:02d}", url + " (short excerpt)", "en", None, text, True, labels))
for i, (kind, url, lang, text) in enumerate(WEB_TRAPS):
    (rows_tune if i % 2 == 0 else rows_hold).append(
        row(f"web-trap-{kind}{i + 1:02d}", url + " (short excerpt)", lang, None, text, False, []))
# scrapinghub bodies after the first 40 that mention Beijing (each read: trade war, Hong Kong,
# plague, air pollution, solar subsidies): English texts where Beijing is not about the zone
bj = [(k, v) for k, v in sorted(gt.items())[40:] if "Beijing" in v["articleBody"]]
for i, (key, v) in enumerate(bj):
    (rows_tune if i % 2 == 0 else rows_hold).append(
        row(f"scrapinghub-bj-{key[:12]}", v.get("url") or f"scrapinghub ground-truth {key}", "en", None,
            v["articleBody"], False, []))

for name, rows in (("tune", rows_tune), ("holdout", rows_hold)):
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows), sum(r["relevant"] for r in rows))
