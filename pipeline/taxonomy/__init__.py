"""The plans' tasks as versioned data, and the loader that validates them.

``plan_tasks.v18.json`` holds two plans:

* ``Z``: the Zhongguancun 14th Five-Year plan, seven main tasks ``Z1``-``Z7`` with
  their measures ``Z1.1``, ``Z1.2``, ... in the order of the plan text;
* ``B``: the Beijing international S&T innovation center plan, six engineering
  projects ``B1``-``B6``.

Each plan may list ``context`` phrases (a text naming one is in that plan's context), and among
them the ``generic_context`` ones that any zone of its kind has (示范区, 分园): those show the context
but do not name the zone.  The first plan is the zone's own; every later plan is read as ``B`` is, in its
own context (``pipeline.classify``, step 4).  Codes: a plan's is upper-case letters, a task's its plan's code and
a number, a measure's its task's code, ``.`` and a number; a plan code is used once.  Chinese phrases are converted
to simplified characters as they are read (texts are matched in simplified characters).
Every task and measure carries a Chinese and an English name, a description,
``phrases`` (strong signals: names and headlines that identify the entry on
their own) and ``key_terms`` (weak signals that count only where the plan's
context is present).  A ``relevance`` section holds the signals for deciding
whether a text is about Zhongguancun / the Beijing center at all.

:func:`load_taxonomy` reads and validates the file; a bad entry raises
:class:`TaxonomyError` whose message names it.

Versions (the version is stored with every label in the warehouse; a file whose
signals change gets a new version, so old and new labels stay distinguishable):

* ``plan_tasks.v1``: the first taxonomy.
* ``plan_tasks.v2``: relevance anchors for Beijing's national laboratories, new-type R&D
  institutions, Huairou facilities, the park's sub-parks and 亦庄 / 北京经开区 (with English
  equivalents); "Beijing + topic" anchors; city-name masks (南京, 东京, 京都); trap words
  counted per sentence; national-scope wording lowers an anchor-less text.
* ``plan_tasks.v3``: Beijing's districts as the place of "Beijing + topic" anchors; office-market
  trap words (空置率, 去化, vacancy rate); English variants of the digital-economy benchmark
  city; B1 key terms for the Huairou facilities (Chinese and English); English B2 key terms
  mirroring the Chinese ones (artificial intelligence, quantum); the official name of the
  sci-tech finance zone (科创金融改革试验区) for Z2.3. Event names mentioned only as a venue
  (在中关村论坛上发布…) weigh as key terms (a rule of ``pipeline.classify``, same version).
* ``plan_tasks.v4``: artificial intelligence and 原始创新 as centre topics of "Beijing + topic"
  anchors; ``beijing_context.carry_weight``: once a sentence has named Beijing with a topic, later
  topic sentences that do not repeat the place count a little (not when other parks are
  discussed); English office-market trap words (Grade A office, office market).
* ``plan_tasks.v5``: ``act_terms`` per entry (B1: 成立, 揭牌, 落地, established, founded ...): a key
  term in a sentence that states the work being done weighs more, and a B1 key term counts in a
  text that names Beijing but not the centre when such a sentence states it; English B1 key terms
  mirroring the Chinese institution names (Changping Laboratory, BAAI, BAQIS ...); Chinese Z2.3
  key terms for sci-tech finance (科技金融, 科技与金融, 融资对接, 授信, credit line ...); key terms for
  the Zhongguancun incubation street (Z3.4: 创业大街, 众创空间, Entrepreneurship Street), the parks
  named in Z5.5 (with act terms 开园, 投入运营, 提质增效 ...), overseas liaison offices (Z7.4), pilot
  policies (Z2); English anchors mirroring the Chinese names of Beijing's new-type R&D institutions
  (BABEC, BIMSA, BIGAI, BAQIS ...); English trap words of the electronics markets (vendors, bazaar).
* ``plan_tasks.v6``: "new-type R&D institution" (新型研发机构) is a B1 act term, so naming one in a
  sentence that names Beijing states B1; Z5 key terms for a sub-park's expansion (扩区, 政策区范围);
  Z5.13 key terms for exporting the Zhongguancun model (中关村e谷, 中关村模式, 北京以外); English
  phrases for Z5.3 (distinctive industrial park) and Z3.2 (concept proof), English Z3.1 key terms
  (technology transfer office); B2 key terms and Beijing topics for large models, embodied AI and
  open-source ecosystems; trap words of the electronics malls (电子商贸城, 商铺, 鼎好, e世界).  A key
  term that only ever occurs inside a longer term of the same entry (孵化 in 孵化器) counts once,
  and one that is only ever an item of a long list (、) weighs less (rules of ``pipeline.classify``,
  same version).  B2 act terms (策源地, 制高点, 引领, global leader ...).  Anchors for the Future
  Science City's older and English names (北京未来科技城, Beijing Future Science Park); "Future
  Sci-Tech City", Hangzhou's English name, is no longer an anchor.  Z2 phrases for the zone's pilot
  policies (pilot polic, 先行先试政策), which were key terms.  From the round-7 tune rows: 首都 as
  Beijing, 区块链 and 孵化器 as centre topics, the Beijing-Tianjin-Hebei national technology innovation
  centre as an anchor, Taiwan / Taipei as other places (Taipei's "中关村" 光华商场), 卖场 / 商场 as trap
  words; key terms from seeds/001's wording of B3 (区块链, 车联网 platforms), B4 (应用场景, 智慧城市),
  B5 (副中心, technology contracts) and B6 (人才梯队, 创新活力), Z6 talent terms (高层次人才, 千人计划,
  海归, returnees), Z5.12 parks (滨海中关村, 保定) and English Z2.2 phrases (special zones for talent).
  自主创新能力 / 提升自主创新能力 are Z1 key terms, no longer phrases: news uses them as a stock
  purpose clause (以提升企业自主创新能力为目标), not as the task's substance.  From the round-8 tune
  rows: masks for the schools and streets named after the district (中关村第二小学, 中关村中学,
  中关村大街, Zhongguancun No.2 Primary School ...); trap words of hardware shopping, food and memoirs
  (集散地, 选购, 火锅, 宿舍, 母校, bargain, pirated ...); 全国科技创新中心 (the centre's 2016 name) as
  an anchor; 京津冀协同 and 策源地 as centre topics; key terms for ZGC's AI industry clusters (Z4.6:
  人工智能产业, 产业集聚区, AI industry), equity incentives (Z2.1: 股权激励, 作价入股), AI for science
  (B3: 赋能科学研究, AI for science) and Beijing-Tianjin parks (Z5.12: 京津, 滨海新区).  One distinct
  trap word per anchor sentence is tolerated, not two (``trap_terms.per_anchor``: a hardware buying
  guide that names 中关村 twice); 中关村校区 (a school campus) is masked.  An anchor that is one item
  of a 、-list together with another park (北京中关村、武汉东湖、上海张江…) counts at half weight (a rule
  of ``pipeline.classify``, same version).
* ``plan_tasks.v7``: the same phrases and rules as v6, plus a learned relevance model
  (``relevance.model``: ``relevance_model.v7.json``, see ``pipeline.relevance_model``), trained on
  the tune split only.  The relevance score is ``0.65 x rules + 0.35 x damping x P(relevant)``,
  where the damping is the product of the factors the rules applied for trap vocabulary, other
  parks and national scope (and 0.5 where other parks are discussed in their own sentences as
  often as the anchors).  A retrained model is a new taxonomy version.  Z4.6 (the two leading
  industries) no longer takes the bare industry names 人工智能 / 集成电路 / 生物医药 (artificial
  intelligence, integrated circuit, biomedic) as key terms: every park text lists them, and on the
  tune split they gave 14 wrong Z4.6 labels (and parents) against 4 right ones (its industry-cluster terms stay).
  Rules of ``pipeline.classify`` that came with v7: a key term in three or more sentences weighs
  0.55; a relevant Beijing text that never names Zhongguancun is a Beijing-centre text (its Beijing
  sentences are the B context); in a text that never names Zhongguancun but names another kind of
  demonstration zone (自动驾驶示范区), 示范区 is not the Z context.
* ``plan_tasks.v8``: v7's phrases and rules with the relevance model retrained on the tune split
  after round 10 was added to it (``relevance_model.v8.json``, 461 texts; the blend weight 0.35 was
  re-checked by grouped cross-validation); the bridges named after the district (中关村桥,
  中关村一号桥 ...) are masked like its streets, and 租房 (renting a flat) and daily traffic notices
  (限行, 早高峰, 绕行) are trap words.  The Z plan declares its ``generic_context`` (示范区, 分园,
  demonstration zone), which ``pipeline.classify`` used to hard-code.
* ``plan_tasks.v9``: v8's phrases and rules with the relevance model retrained on the tune split
  after round 11 was added to it (``relevance_model.v9.json``, 520 texts; in grouped 5-fold
  cross-validation on the tune split the blend weight 0.35 still makes the fewest relevance errors:
  15 of 520, as 0.45 does, against 23 at 0.25 and 28 for the rules alone).
* ``plan_tasks.v10``: v9's rules, with the relevance model retrained on the tune split after round 12
  was added to it (``relevance_model.v10.json``, 568 texts; grouped 5-fold cross-validation errors
  by blend weight: 30 rules alone, 23 at 0.25, 19 at 0.35, 17 at 0.45, 14 at 0.5 and 0.55, 17 at
  0.7; 0.35 is kept because at 0.5 the model overrides three rule behaviours the tests pin down
  (中科 firms in a Zhongguancun text, a zone listed among other parks, BAAI named without a founding)),
  and with the names news uses for some measures' subjects, read off the tune split's rounds 10 and
  11 and kept only where the word means the measure: 留学人员创业园 / 留创园 and "pioneer park" (Z6.9, the 海创园's
  older name), 国际合作产业园 (Z7.1), 专精特新, 小微企业, 科技型中小企业 (Z1.4), 揭榜 (Z1.8),
  中关村精神 (Z2.5), 自贸试验区 / 自贸区 (Z2.4), the 高聚工程's full name (Z6.2), 海外高层次人才
  (Z6.3), 对外联络处 (Z7.4), 全球产业链 / global industry chain (Z7.5), 节能环保 / energy saving
  (Z4.7), 智造大街 (Z3.4), and 天津 / 河北 as places of Z5.12 in a Zhongguancun text.  Words that
  were wrong far more often than right on the tune split's news, because they name something else
  or count things, are dropped or weakened: "development group" (Z5.2; it is the Zhongguancun
  Development Group, 中关村发展集团, which is a Z2.5 key term and no longer its strong English
  phrase), "science park" (Z5; Zhongguancun Science Park is the zone's
  own name), 分园 as a Z5.1 key (any sub-park named), "sub-park(s)" and "overseas / foreign talent"
  from strong phrases to key terms (Z5.1, Z6.3: the Chinese strong phrases are the measures'
  headlines, 分园高端化, 海外优秀人才), and 高新技术企业, 独角兽 and their English names from Z1.4
  (in news they count firms: "85家独角兽企业" is a statistic, not support for small firms).
* ``plan_tasks.v11``: v10's rules with the relevance model retrained on the tune split after rounds 13-20
  were added to it (``relevance_model.v11.json``, 806 texts), and the names of two Beijing-centre
  programmes as they appear in the city's news, read off the tune split: 服务业扩大开放 (the national
  services-opening pilot zone, one of the "two zones", B6) and 数据要素 (data as a factor of
  production, the city's data-market work, B4), both as headline phrases; and English words for two
  of the Beijing-context topics the Chinese list already has (京津冀协同: "collaborative innovation",
  "coordinated development", "coordinated innovation"; the "two zones"), read off tuning round 15,
  on which English news scored relevance 0.79 and label micro 0.12 when first scored; English words
  for the sci-tech finance measure's key terms (知识产权质押 / 知识产权融资 / 科技信贷: "ip pledge",
  "intellectual property financing", "credit product", "sci-tech loan" ...; Z2.3) and for 数据要素
  ("data element", B4); and, read off tuning round 18 and the plan's own text (seeds/001), the centre's
  new-type institutions by their English names (CIBR, BIGAI, BAQIS; 北京通用人工智能研究院) and national key
  laboratories (全国重点实验室) for B1, and the pilot free trade zone (自由贸易试验区) that B6 names beside the
  services-opening zone.
* ``plan_tasks.v12``: v11's rules with the relevance model retrained on the tune split after rounds 21 and 22
  were added to it (``relevance_model.v12.json``, 856 texts), and with three changes
  read off the tune split's English and Beijing-centre news: the services-opening zone by its English
  names ("greater openness in the services sector", "opening up the service sector" ...) as B6 headline
  phrases and the "two zones" as a B6 key term; application scenarios opened to firms (场景开放, 场景示范,
  "scenario") and the digital-economy "benchmark city" as B4 key terms; and two rules of
  ``pipeline.classify``: an English "demonstration zone" of another kind (the integrated demonstration
  zone for opening up the services sector, an autonomous-driving demonstration zone) is not
  Zhongguancun's context, as the Chinese 综合示范区 / 自动驾驶示范区 already were; and a Beijing-centre
  project named by its headline phrase as a text's topic (in its opening sentence, or in two
  sentences) is labelled in a text that also names Zhongguancun (京津冀协同创新 in a story on
  Zhongguancun firms in Tianjin and Hebei).  A list of industries counts as a list when its last item
  is joined by 及 / 和 (电子信息、生物医药、先进制造及新材料) and, in English, when it is a comma list of four
  or more short items (a rule of ``pipeline.classify``, same version): its items weigh as named in passing.
  The Zhongguancun Forum as the venue of something else also covers its sessions and series
  (在…论坛重大成果发布会上, …论坛系列活动, during the ongoing … forum; same version).
* ``plan_tasks.v13``: v12's phrases and rules with the relevance model retrained on the tune split after
  rounds 23-31 were added to it (``relevance_model.v13.json``, 1,056 texts), and a learned second opinion
  on the tasks (``task_model``: ``task_model.v13.json``, see ``pipeline.task_model``; one logistic regression
  per task over characters, Latin words and Chinese character pairs, trained on the 673 relevant tune
  texts).  A task the model gives at least 0.5 (Z) / 0.45 (B) and the rules do not label is added within
  the rules' document-level plan context, in texts of two sentences or more.  In grouped 5-fold
  cross-validation on the 885 tune texts of round 23, where it was decided, this adds 25 right and 13
  wrong task labels (label micro-F1 0.641 -> 0.656); every pair of thresholds tried (0.4-0.65) gained
  0.004-0.019, the lower ones with almost as many wrong labels as right (0.4 / 0.35: 44 right, 39 wrong).
  On the 929 texts after rounds 24 and 25: 25 right, 16 wrong (0.631 -> 0.644); on the 976 after rounds
  26 and 27: 30 right, 16 wrong (0.623 -> 0.639); on the 1,023 after rounds 28 and 29: 37 right, 18
  wrong (0.617 -> 0.638); on the 1,056 after rounds 30 and 31: 42 right, 16 wrong (0.615 -> 0.639).
* ``plan_tasks.v14``: v13's phrases, rules and thresholds with both learned models retrained on the tune
  split after rounds 32 and 33 were added to it (``relevance_model.v14.json``, 1,102 texts;
  ``task_model.v14.json``, the 697 relevant ones).  Cross-validated on the 1,102 texts the task model adds
  41 right and 18 wrong task labels (0.608 -> 0.630); the other thresholds tried moved micro-F1 by at most
  +0.004, with at least as many wrong labels as right among the ones they add, so 0.5 / 0.45 stay.
* ``plan_tasks.v15``: v14's phrases, rules and relevance model (``relevance_model.v15.json`` is v14's file);
  the task model (``task_model.v15.json``, same 697 relevant tune texts) also reads the summed token
  embeddings of each text's words and characters (``pipeline.embeddings``: the ``wordllama`` package's
  256-dimensional vectors), and its thresholds are 0.6 (Z) / 0.55 (B).  Grouped 5-fold cross-validation
  on the 1,102 tune texts: label micro-F1 0.630 (v14's model, 41 labels added right and 18 wrong) ->
  0.639 (60 right, 29 wrong); at v14's thresholds the embeddings add more (0.647) but 51 of 134
  additions are wrong; thresholds of 0.55-0.65 gave 0.638-0.642.
* ``plan_tasks.v16``: v15's phrases, rules and models (the model files are v15's), and ``regional_variants``:
  Taiwan and Hong Kong wording of the plans' vocabulary (人工智慧, 積體電路, 晶片, 軟體, 數位經濟 / 數碼經濟,
  智慧財產權, 網際網路, ...), each a variant of a mainland form that every Chinese phrase and key term of a task
  or measure containing it also matches with (after character conversion, 人工智慧 stayed 人工智慧 and no
  phrase matched it); and Z4's headline (强化数字经济引领) in the English of news ("leading the development of the
  digital economy").  No label of the 1,102 tune texts changes (their traditional texts use mainland wording).
* ``plan_tasks.v17``: v16 and, from a monitoring tester's week of news, ``relevance.benchmark``: in a text that
  discusses other parks, a sentence that names the zone only after a cue (借鉴, 对标, unlike, modeled on, ...) counts
  at 0.3 of its weight, and when every anchor is such, the plans' vocabulary is the other park's plan's (no plan-phrase
  relevance), nor does a headline naming the zone that way lift the text; the other international S&T innovation
  centres (粤港澳大湾区, 上海) masked; office-rental words as traps (拎包入住, 免租期, 看房, 物业费, 直租, 佣金, ...).
  No relevance or label decision of the 1,452 labelled texts changes.
* ``plan_tasks.v18``: v17 and, from a senior analyst's 56 articles, 分园 and "sub-park" as Z5 key terms, not phrases
  (在海淀、昌平等分园开展… names a place, not the sub-parks' development; three tune texts lose a wrong Z5, none a right
  one); cities with parks of their own as other places (南京, 苏州, 宁波, 厦门, 长沙, 郑州, 青岛, 沈阳, ...; a Nanjing
  story that learns from 中关村 is Nanjing's); talent enclaves and apartments (人才飞地, 人才公寓) weak signals of Z6.6 /
  Z6.12 in English as in Chinese (as strong ones they made national and other cities' talent news relevant; the
  English phrases are now the measures' own wording); Taiwan wording of data and communities (資料要素, 大資料,
  資料交易, 人才社群, 高階化) and the data exchange's Taiwanese name as an anchor; the centre's projects by their short names as a list gives them
  (创新范式优化、三链联动、京津冀产业驱动和创新生态提升等工程: B3 and B6 were matched only whole); trap words of
  eateries and the office market as news words them (川菜馆, 排队, 分店, 一顿饭, 空置, 退租, 业主, 成交价; eatery, queue,
  landlord, leasing, vacancy); 现代服务业 a Z4.8 key term, not a phrase (news names the services sector in passing:
  7 wrong Z4 labels on tune, no right one lost).  Rules of ``pipeline.classify`` that came with v18: a wire dateline's 北京
  (新华社北京3月5日电, 北京3日專電, 央广网北京…消息, BEIJING, Sept. 3 (Xinhua) --) is masked before the Beijing-context rule
  reads the text (national news is filed from Beijing), and in such a text 本市 / "the city" is Beijing, and a
  measure whose task the text does not reach is not labelled (the labelled texts never have one; all 15 such labels
  on the tune split were wrong); in a text that discusses other places, a 示范区 /
  demonstration zone that is another kind of zone (自动驾驶示范区) is no anchor, nor, in a text that does not name
  Beijing, is any 示范区 once another kind of zone is named (德清县自动驾驶示范区 … 示范区已吸引…), and the comparative frame
  与 … 相比 around the zone's name is a benchmark cue (an analyst's Wuhan story).  Also Xinhua's English name of the
  centre ("international center for science and technology innovation") as an anchor and Taiwan's 高階晶片 for
  高端芯片.  Tune split: relevance F1 0.969 -> 0.970, label micro 0.759 -> 0.769; held back, counted after the
  choices: micro 0.763 -> 0.767 (P 0.781 -> 0.789), relevance 0.962 and macro 0.679 unchanged.
* ``plan_tasks.v19``: v18 and English key terms that are the English of Chinese key terms the entry already has
  (life science park, innovative drug, medical device and biotech for Z4.6; inno way and maker space for Z3.4; angel
  fund, venture investment and financing guarantee for Z2.3; technology transfer for Z3.1, as 技术转移 is; ... 72 in
  all over 33 entries; those of Z4.9, Z5.5, Z5.12 and Z7.1 were left out, as on the tune split they added more wrong
  labels than right); English masks and trap words the Chinese lists have (Zhongguancun Bridge and the named roads;
  hot pot, broth, dormitory, detour, ...); Z4.6's English phrase is "the two leading industries" (a sub-park's "one or
  two leading industries" is not the plan's two); the centre's project work as Beijing topics (揭榜挂帅, 试验线,
  关键核心技术攻关; pilot line, unveil the list), so a Beijing text on it is relevant without 科创中心 wording; the proper
  names a measure's own paragraph gives (世界机器人大会, 世界集成电路大会, 全球金融科技峰会 for Z7.8; 中德产业园, 中日创新合作示范区,
  中欧创新园, 国际创投集聚区 for Z7.2; 企业家顾问委员会 for Z2.5) are phrases, not key terms (named alone, a news story on
  them got no label).  Tune split: 9 labels right and 1 wrong added (micro 0.769 ->
  0.772); held back, counted after the choice: no decision changed; an English analyst's 60 texts, from whose report
  the masks and trap words came: relevance 0.940 -> 0.951, micro 0.789 -> 0.805.
* ``plan_tasks.v20``: v19's phrases, rules and models; the task model's threshold for the Zhongguancun plan is 0.5
  (B stays 0.55).  Grouped 5-fold cross-validation on the 1,102 tune texts (``bench/task_model_cv.py
  --thresholds 0.6/0.55 0.5/0.55``, each fold's model trained on the other folds): label micro-F1 0.648 -> 0.657
  (P 0.715 -> 0.712, R 0.593 -> 0.610); the model adds 82 labels right and 43 wrong, against 62 and 30 (the 20 more
  right for 13 more wrong keep two of three added labels right).  Lower still (0.45 / 0.4) added more wrong labels
  than right among the extra ones (14 right, 24 wrong) and a lower B threshold alone gained less (0.6 / 0.45:
  0.649).  A model that also drops a rules' task label it gives little (under 0.2) would lose 68 right labels for
  77 wrong ones (micro 0.657 -> 0.637): not done.  A learned second opinion on the measures (one logistic regression
  per measure with 5 or more tune texts, added under a task that is labelled) added 5 right and 8-10 wrong at
  0.5-0.6: measures stay with the rules.  On the two analysts' own sets, which the model never saw (tuned on by
  the rules only), the lower threshold added 6 labels, 1 right: micro 0.819 -> 0.816 (60 English texts) and
  0.849 -> 0.839 (100 simplified-Chinese texts); the tune split's real news, the held-back split's kind, decided.
* ``plan_tasks.v21``: v20 and Hong Kong's 產業叢集 (产业丛集) as a regional variant of 产业集群, beside Taiwan's 产业聚落: a
  Hong Kong analyst's Z4 story ("打造世界級創新型產業叢集") scored 0.55 where its mainland and Taiwan wordings score
  0.88.  No labelled text of either split uses it: the tune and held-back figures are unchanged.
* ``plan_tasks.v22``: v21's data; the classifier reads a plan phrase that is only ever one item of a list the clause
  calls the country's strategies (随着…，“一带一路”、“大众创业、万众创新”的国家战略得以实施; …等国家战略) as a
  listed key term (weight 0.25), the background a story opens with: the offline archive's 2015 pledge of Zhongguancun's
  listed firms to steady their share prices lost its Belt and Road labels (Z7, Z7.6).  Tune split: 2 wrong labels
  out, none right lost (micro 0.7727 -> 0.7734); grouped 5-fold cross-validation 0.6571 -> 0.6576, macro 0.5047 ->
  0.5059.  And Z5.4 (old factories and under-used parks renewed) by the words news uses for it beside the plan's own:
  旧厂房, 老旧厂区, 疏解腾退, 工业遗产, renovation / renovate, industrial heritage (key terms): the tune split's 11 Z5.4
  texts had none found; now 2, no wrong label added (micro 0.7734 -> 0.7744, macro 0.5605 -> 0.5645); cross-validated
  0.6576 -> 0.6595, macro 0.5059 -> 0.5099.  And Z5.5 (the parks managed by category: its flagship parks' building and
  opening) by the parks' shorter names, as news gives them: 生命科学园, 人工智能科技园 / 人工智能产业园 (the 京西 park), life
  science(s) park, IC design park, artificial intelligence technology park (key terms): tune Z5.5 5 -> 9 of 20 found, 1
  -> 2 wrong (micro 0.7744 -> 0.7759, macro 0.5645 -> 0.5670); cross-validated 0.6595 -> 0.6620, macro 0.5099 -> 0.5125.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

__all__ = [
    "DEFAULT_TAXONOMY_PATH",
    "Entry",
    "RelevanceRules",
    "Taxonomy",
    "TaxonomyError",
    "check_model_files",
    "load_taxonomy",
    "parse_taxonomy",
    "simplified",
    "taxonomy_path",
]

DEFAULT_TAXONOMY_PATH = Path(__file__).with_name("plan_tasks.v22.json")

_LANGS = ("zh", "en")
_ENTRY_KEYS = {"code", "name_zh", "name_en", "description", "phrases", "key_terms", "act_terms", "source", "note"}
# plan_tasks.v<N>: the number orders versions (pipeline.warehouse.version_key, the current_plan_tasks view)
VERSION_RE = re.compile(r"plan_tasks\.v([1-9]\d*)")   # (v018 and v18 would be one number under two names)


# a plan's code is upper-case letters; a task's, its plan's code and a number (Z1, B6); a measure's, its task's code,
# "." and a number (Z1.12): the digest and SQL tell tasks from measures by the dot, and order them by the numbers
PLAN_CODE_RE = re.compile(r"[A-Z]+")
_NUMBER = r"[1-9]\d*"


class TaxonomyError(ValueError):
    """The taxonomy file is malformed; the message names the offending entry."""


@dataclass(frozen=True)
class Entry:
    """One task or measure."""

    code: str
    plan: str
    parent: str | None  # the task code for a measure, None for a task
    name_zh: str
    name_en: str
    description: str
    phrases: dict[str, tuple[str, ...]]  # language -> strong phrases
    key_terms: dict[str, tuple[str, ...]]  # language -> weak phrases
    # words that state the entry's work being done (成立, 揭牌, established ...): a key term in a
    # sentence with one of them is stronger evidence than a key term alone
    act_terms: dict[str, tuple[str, ...]] = field(default_factory=lambda: {"zh": (), "en": ()})


@dataclass(frozen=True)
class RelevanceRules:
    anchors: tuple[tuple[float, dict[str, tuple[str, ...]]], ...]
    beijing_weight: float
    beijing_place: dict[str, tuple[str, ...]]
    beijing_topics: dict[str, tuple[str, ...]]
    masks: dict[str, tuple[str, ...]]
    trap_weight: float
    trap_terms: dict[str, tuple[str, ...]]
    other_parks: dict[str, tuple[str, ...]]
    min_fraction: float
    # trap terms also weigh by vocabulary: distinct trap terms beyond this many per anchor sentence
    # count as excess (0 = off)
    trap_terms_per_anchor: float = 0.0
    # national-scope wording (国务院, 各地, nationwide): a text with no anchor that uses it is national
    # policy sharing the plans' vocabulary; its evidence is multiplied by (1 - national_weight)
    national_weight: float = 0.0
    national_terms: dict[str, tuple[str, ...]] | None = None
    # words the segmenter must keep whole (中科曙光 is a firm, not Taiwan's 中科 park)
    segmenter_words: tuple[str, ...] = ()
    # once a sentence has named Beijing with a centre topic, later topic sentences that do not
    # repeat the place carry this weight (0 = off); not when other parks are discussed
    beijing_carry_weight: float = 0.0
    # the learned second opinion (``pipeline.relevance_model``): the relevance score is
    # ``(1 - model_weight) * rules + model_weight * damping * P(relevant)`` (see pipeline.classify);
    # a file next to the taxonomy
    model_file: str | None = None
    model_weight: float = 0.0
    model: Any = None  # RelevanceModel, loaded by load_taxonomy
    # a text that discusses other parks and names the zone only as the model it learns from or is unlike
    # (学习借鉴北京中关村的经验, "Unlike Beijing's Zhongguancun, ..."): such an anchor sentence counts at this share
    # (0 = off); the cues are words that, before the zone's name in its sentence, make it such a benchmark
    benchmark_weight: float = 0.0
    benchmark_cues: dict[str, tuple[str, ...]] | None = None


@dataclass(frozen=True)
class Taxonomy:
    version: str
    entries: tuple[Entry, ...]  # tasks and measures, in file order (their Chinese phrases with regional variants)
    relevance: RelevanceRules
    # plan code -> language -> phrases that show a text is in that plan's context (中关村 for Z,
    # 国际科技创新中心 / 怀柔科学城 for B); key terms count only there
    contexts: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # plan code -> language -> the context phrases any zone of that kind has (示范区, 分园): a text whose
    # only context is one of these may be speaking of another zone
    generic_contexts: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # the learned second opinion on tasks (``pipeline.task_model``): a task the model gives at least
    # ``task_model_thresholds[plan]`` is added to the rules' labels (see pipeline.classify); a file next to
    # the taxonomy
    task_model_file: str | None = None
    task_model_thresholds: dict[str, float] = field(default_factory=dict)
    task_model: Any = None  # TaskModel, loaded by load_taxonomy
    # mainland form -> its Taiwan / Hong Kong variants (simplified characters), already applied to the entries
    regional_variants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # SHA-256 of the taxonomy file's bytes and of the model files it names (set by load_taxonomy): the warehouse
    # keeps it per version, so that a file changed without a new version is refused instead of labelling quietly
    sha256: str | None = None
    path: str | None = None   # the file it was read from (set by load_taxonomy)
    # what the loader accepted but a maintainer should know (the same phrase under two entries, tasks the learned
    # task model was not trained on): shown by ``zgc-monitor classify --taxonomy`` and before a refresh
    warnings: tuple[str, ...] = ()

    def codes(self) -> tuple[str, ...]:
        return tuple(e.code for e in self.entries)

    def get(self, code: str) -> Entry:
        for e in self.entries:
            if e.code == code:
                return e
        raise KeyError(code)


def taxonomy_path() -> Path:
    """The taxonomy file in use: ``$ZGC_TAXONOMY`` when set (a maintainer's new version, tried or deployed without
    editing the installed package), else the packaged one."""
    return Path(os.environ["ZGC_TAXONOMY"]).absolute() if os.environ.get("ZGC_TAXONOMY") else DEFAULT_TAXONOMY_PATH


_VERSION_FILE = re.compile(r"(plan_tasks\.v\d+)\.json")   # a file named after a version must hold that version


def load_taxonomy(path: str | Path | None = None, *, model: bool = True) -> Taxonomy:
    """Read and validate a taxonomy file (default: :func:`taxonomy_path`, the packaged ``plan_tasks.v22.json``).

    ``model=False`` leaves the learned models unloaded (``relevance.model`` and ``task_model`` stay None):
    the trainers build those files and they need not exist yet."""
    p = Path(path) if path is not None else taxonomy_path()
    p = p.resolve() if p.is_symlink() else p   # (a link to a version: its model files are beside the file itself)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise TaxonomyError(f"{p}: cannot be read: {exc.strerror or exc}") from None
    try:
        raw = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TaxonomyError(f"{p}: not valid JSON: {exc}") from exc
    except TaxonomyError as exc:
        raise TaxonomyError(f"{p}: {exc}") from None
    try:
        tax = parse_taxonomy(raw, source=str(p))
    except TaxonomyError as exc:   # every message names the file: with several versions side by side, which one
        raise TaxonomyError(str(exc) if str(exc).startswith(str(p)) else f"{p}: {exc}") from None
    except (AttributeError, TypeError) as exc:   # a value of the wrong kind the checks above did not foresee
        raise TaxonomyError(f"{p}: malformed: a list, string or number where an object belongs, or the reverse "
                            f"({exc})") from None
    named = _VERSION_FILE.fullmatch(p.name)
    if named and named.group(1) != tax.version:
        # (a v23 file that says v24 relabelled the warehouse to v24, and every real v23 or v22 file was then refused
        # as older, the refusal naming a v24 file that did not exist)
        raise TaxonomyError(f"{p}: version {tax.version!r} is not the file's name: a version's file is named after it "
                            f"({tax.version}.json, or 'version': {named.group(1)!r} in this file); correct one of "
                            "the two")
    tax = replace(tax, sha256=_files_sha256(p, data, (tax.relevance.model_file, tax.task_model_file)), path=str(p))
    tax = replace(tax, warnings=tax.warnings + tuple(_packaged_version_reused(tax, p)))
    if not model:
        return tax
    from pipeline.relevance_model import RelevanceModel
    from pipeline.task_model import TaskModel

    rel = tax.relevance
    if rel.model_file:
        tax = replace(tax, relevance=replace(rel, model=_model_file(p, "relevance.model.file", rel.model_file,
                                                                    RelevanceModel.load)))
    if tax.task_model_file:
        tm = _model_file(p, "task_model.file", tax.task_model_file, TaskModel.load)
        tasks = {e.code for e in tax.entries if e.parent is None}
        stray = [c for c in tm.codes if c not in tasks]
        if stray:
            raise TaxonomyError(f"{p}: task_model.file: {p.with_name(tax.task_model_file)}: codes {stray} "
                                "are not tasks of this taxonomy (it was trained on another task list): retrain it on "
                                "this one (python -m pipeline.task_model, with ZGC_TAXONOMY naming this file) and name "
                                "the new file, or remove the 'task_model' section to label by the rules alone")
        tax = replace(tax, task_model=tm, warnings=tax.warnings + tuple(_untrained(tax, tm.codes)))
    return tax


def _files_sha256(p: Path, data: bytes, model_files: tuple[str | None, ...]) -> str:
    """The SHA-256 of a version's files: the taxonomy's bytes and those of the model files it names beside it (the
    warehouse's ``taxonomy_versions.sha256``)."""
    digest = hashlib.sha256(data)
    for name in model_files:
        if name and (p.with_name(name)).is_file():
            digest.update(b"\0" + name.encode() + b"\0" + p.with_name(name).read_bytes())
    return digest.hexdigest()


def _packaged_version_reused(tax: Taxonomy, p: Path) -> list[str]:
    """A file outside the package that carries a packaged version's number with other content: a maintainer who
    copied the packaged file and edited it without renumbering it (a warehouse labelled by the packaged version
    refuses it; one it labelled first would refuse the packaged one)."""
    shipped = DEFAULT_TAXONOMY_PATH.with_name(f"{tax.version}.json")
    try:
        if not shipped.is_file() or shipped.resolve() == p.resolve():
            return []
        data = shipped.read_bytes()
        raw = json.loads(data.decode("utf-8"))
        names = ((raw.get("relevance") or {}).get("model") or {}).get("file"), (raw.get("task_model") or {}).get("file")
        if _files_sha256(shipped, data, names) == tax.sha256:
            return []
    except (OSError, ValueError, AttributeError):
        return []
    numbers = [int(m.group(1)) for f in DEFAULT_TAXONOMY_PATH.parent.glob("plan_tasks.v*.json")
               if (m := re.fullmatch(r"plan_tasks\.v(\d+)\.json", f.name))]
    return [f"version {tax.version} is a packaged version ({shipped.name}) with other content: give a changed "
            f"taxonomy a new version number (plan_tasks.v{max(numbers) + 1}); a warehouse labelled by the packaged "
            f"{tax.version} refuses this file"]


def _untrained(tax: Taxonomy, trained: tuple[str, ...]) -> list[str]:
    """What the learned task model cannot speak for: tasks it was not trained on (the rules alone label them) and
    thresholds of plans it has no task of (they have no effect)."""
    where = f"task_model.file {tax.task_model_file}"
    out = []
    new = [e.code for e in tax.entries if e.parent is None and e.code not in trained]
    if new:
        out.append(f"{where} was not trained on tasks {new}: the rules alone label them (retrain it, python -m "
                   "pipeline.task_model, for a learned opinion on them)")
    plans = {e.plan for e in tax.entries if e.code in trained}
    for plan in tax.task_model_thresholds:
        if plan not in plans:
            out.append(f"task_model.thresholds.{plan}: {where} has no task of plan {plan!r}: the threshold has no "
                       "effect")
    return out


def check_model_files(tax: Taxonomy) -> None:
    """Refuse a taxonomy loaded with ``model=False`` whose model files are not beside it, as loading its models
    would, without loading them (a check before a refresh: the models take seconds to load, a missing one would
    otherwise fail the refresh halfway)."""
    p = Path(tax.path) if tax.path else DEFAULT_TAXONOMY_PATH
    for key, name in (("relevance.model.file", tax.relevance.model_file), ("task_model.file", tax.task_model_file)):
        if name and not p.with_name(name).is_file():
            raise _missing_model(p, key, name)


def _missing_model(taxonomy: Path, key: str, name: str) -> TaxonomyError:
    """A model file the taxonomy names (under *key*) that is not beside it."""
    what = "relevance model" if key.startswith("relevance") else "task model"
    return TaxonomyError(f"{taxonomy}: {key}: {taxonomy.with_name(name)}: {what} file not found (a taxonomy's model "
                         "files are beside it: copy them with it)")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object whose keys are all different (json keeps the last of two, and one list of phrases is lost)."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise TaxonomyError(f"duplicate key {key!r} in one object (the first one's value would be lost)")
        out[key] = value
    return out


def _model_file(taxonomy: Path, key: str, name: str, load: Any) -> Any:
    """A learned model's file beside the taxonomy, loaded; a bad one is a TaxonomyError naming both files (a missing
    one in the words of ``check_model_files``, which say to copy it with the taxonomy)."""
    if not taxonomy.with_name(name).is_file():
        raise _missing_model(taxonomy, key, name)
    try:
        return load(taxonomy.with_name(name))
    except ValueError as exc:  # ModelError, TaskModelError
        raise TaxonomyError(f"{taxonomy}: {key}: {exc}") from None


def _str(obj: dict, key: str, where: str) -> str:
    val = obj.get(key)
    if not isinstance(val, str) or not val.strip():
        raise TaxonomyError(f"{where}: '{key}' must be a non-empty string")
    return val


@functools.lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """The character table texts are converted with before matching (``pipeline.classify``): only the characters
    it changes."""
    from pipeline.metadata import opencc_char_table

    return {k: v for k, v in opencc_char_table("TSCharacters").items() if v != chr(k)}


def simplified(phrase: str) -> str:
    """``phrase`` in simplified characters, converted character by character as ``pipeline.classify`` converts texts
    before matching: a phrase written in traditional characters (園區數位轉型) would otherwise match nothing."""
    return phrase.translate(_t2s_table())


def _lang_lists(obj: Any, where: str, *, required: bool, extra: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    if obj is None and not required:
        return {lang: () for lang in _LANGS}
    if not isinstance(obj, dict):
        raise TaxonomyError(f"{where}: must be an object with 'zh' and 'en' lists")
    out: dict[str, tuple[str, ...]] = {}
    for lang in _LANGS:
        items = obj.get(lang, [] if not required else None)
        if not isinstance(items, list):
            raise TaxonomyError(f"{where}: '{lang}' must be a list of phrases")
        if required and not items:
            raise TaxonomyError(f"{where}: '{lang}' phrases must not be empty")
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise TaxonomyError(f"{where}: '{lang}'[{i}] must be a non-empty string")
            if item != item.strip():   # a phrase is matched as written: " 稳定股价行动 " would never match
                raise TaxonomyError(f"{where}: '{lang}'[{i}] {item!r} has spaces around it")
        # texts are matched in simplified characters: so are the Chinese phrases (two that become one count once)
        out[lang] = tuple(dict.fromkeys(simplified(x) for x in items)) if lang == "zh" else tuple(items)
    _known(obj, {*_LANGS, "note", "description", *extra}, where)
    return out


def _known(obj: Any, allowed: set[str], where: str) -> None:
    """Refuse keys the loader does not read: a misspelt "measure" or "keyterms" would drop what it holds quietly."""
    if isinstance(obj, dict) and (stray := sorted(k for k in obj if k not in allowed)):
        raise TaxonomyError(f"{where}: unknown key(s) {stray} (known: {sorted(allowed)})")


def _entry(obj: Any, plan: str, parent: str | None, where: str) -> Entry:
    if not isinstance(obj, dict):
        raise TaxonomyError(f"{where}: must be an object")
    code = _str(obj, "code", where)
    where = f"{where} ({code})"
    _known(obj, _ENTRY_KEYS | ({"measures"} if parent is None else {"parent"}), where)
    return Entry(
        code=code,
        plan=plan,
        parent=parent,
        name_zh=_str(obj, "name_zh", where),
        name_en=_str(obj, "name_en", where),
        description=_str(obj, "description", where),
        phrases=_lang_lists(obj.get("phrases"), f"{where} phrases", required=True),
        key_terms=_lang_lists(obj.get("key_terms"), f"{where} key_terms", required=False),
        act_terms=_lang_lists(obj.get("act_terms"), f"{where} act_terms", required=False),
    )


def _relevance(obj: Any) -> RelevanceRules:
    where = "relevance"
    if not isinstance(obj, dict):
        raise TaxonomyError(f"{where}: missing or not an object")
    anchors = []
    for i, group in enumerate(obj.get("anchors") or []):
        w = group.get("weight") if isinstance(group, dict) else None
        if not isinstance(w, (int, float)) or not 0 < w <= 1:
            raise TaxonomyError(f"{where}.anchors[{i}]: 'weight' must be in (0, 1]")
        anchors.append((float(w), _lang_lists(group, f"{where}.anchors[{i}]", required=True, extra=("weight",))))
    if not anchors:
        raise TaxonomyError(f"{where}.anchors: at least one anchor group is required")
    _known(obj, {"anchors", "beijing_context", "benchmark", "density", "masks", "model", "national_scope",
                 "other_parks", "segmenter_words", "trap_terms", "description", "note"}, where)
    for key in ("beijing_context", "benchmark", "trap_terms", "density", "national_scope"):
        if not isinstance(obj.get(key) or {}, dict):
            raise TaxonomyError(f"{where}.{key}: must be an object")
    bj = obj.get("beijing_context") or {}
    trap = obj.get("trap_terms") or {}
    dens = obj.get("density") or {}
    _known(bj, {"place", "topics", "weight", "carry_weight", "description", "note"}, f"{where}.beijing_context")
    _known(dens, {"min_fraction", "description", "note"}, f"{where}.density")
    _known(obj.get("model"), {"file", "weight", "description", "note"}, f"{where}.model")
    nat = obj.get("national_scope") or {}
    bench = obj.get("benchmark") or {}
    words = obj.get("segmenter_words") or []
    model = obj.get("model")
    model_file, model_weight = None, 0.0
    if model is not None:
        if not isinstance(model, dict) or not isinstance(model.get("file"), str) or not model["file"].strip() \
                or "/" in model["file"] or "\\" in model["file"]:
            raise TaxonomyError(f"{where}.model: must be an object with 'file' (a file name beside the taxonomy)")
        mw = model.get("weight")
        if not isinstance(mw, (int, float)) or not 0 <= mw <= 1:
            raise TaxonomyError(f"{where}.model.weight: must be a number in [0, 1]")
        model_file, model_weight = model["file"], float(mw)
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise TaxonomyError(f"{where}.segmenter_words: must be a list of non-empty strings")
    for key, val in (("trap_terms.per_anchor", trap.get("per_anchor", 0.0)),
                     ("national_scope.weight", nat.get("weight", 0.0)),
                     ("beijing_context.carry_weight", bj.get("carry_weight", 0.0)),
                     ("benchmark.weight", bench.get("weight", 0.0))):
        if not isinstance(val, (int, float)) or val < 0 or (key.endswith("weight") and val > 1):
            raise TaxonomyError(f"{where}.{key}: must be a number >= 0 (a weight at most 1)")
    return RelevanceRules(
        anchors=tuple(anchors),
        beijing_weight=float(bj.get("weight", 0.0)),
        beijing_place=_lang_lists(bj.get("place"), f"{where}.beijing_context.place", required=False),
        beijing_topics=_lang_lists(bj.get("topics"), f"{where}.beijing_context.topics", required=False),
        masks=_lang_lists(obj.get("masks"), f"{where}.masks", required=False),
        trap_weight=float(trap.get("weight", 0.0)),
        trap_terms=_lang_lists(trap, f"{where}.trap_terms", required=False, extra=("weight", "per_anchor")),
        other_parks=_lang_lists(obj.get("other_parks"), f"{where}.other_parks", required=False),
        min_fraction=float(dens.get("min_fraction", 0.0)),
        trap_terms_per_anchor=float(trap.get("per_anchor", 0.0)),
        national_weight=float(nat.get("weight", 0.0)),
        national_terms=_lang_lists(nat or None, f"{where}.national_scope", required=False, extra=("weight",)),
        beijing_carry_weight=float(bj.get("carry_weight", 0.0)),
        segmenter_words=tuple(words),
        model_file=model_file,
        model_weight=model_weight,
        benchmark_weight=float(bench.get("weight", 0.0)),
        benchmark_cues=_lang_lists(bench or None, f"{where}.benchmark", required=False, extra=("weight",)),
    )


def parse_taxonomy(raw: Any, source: str = "<taxonomy>") -> Taxonomy:
    """Validate a decoded taxonomy document and build a :class:`Taxonomy`."""
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{source}: top level must be an object")
    version = _str(raw, "version", source)
    if not VERSION_RE.fullmatch(version):
        raise TaxonomyError(f"{source}: version {version!r} must be 'plan_tasks.v<number>', the number without leading "
                            "zeros (the number orders versions)")
    _known(raw, {"version", "plans", "relevance", "task_model", "regional_variants", "description", "note"}, source)
    plans = raw.get("plans")
    if not isinstance(plans, list) or not plans:
        raise TaxonomyError(f"{source}: 'plans' must be a non-empty list")
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    contexts: dict[str, dict[str, tuple[str, ...]]] = {}
    generic_contexts: dict[str, dict[str, tuple[str, ...]]] = {}
    plan_where: dict[str, str] = {}

    def add(e: Entry, where: str) -> None:
        if e.code in seen:
            raise TaxonomyError(f"{where}: duplicate code {e.code!r} (first at {seen[e.code]})")
        seen[e.code] = where
        entries.append(e)

    for pi, plan in enumerate(plans):
        pwhere = f"plans[{pi}]"
        if not isinstance(plan, dict):
            raise TaxonomyError(f"{pwhere}: must be an object")
        pcode = _str(plan, "code", pwhere)
        if not PLAN_CODE_RE.fullmatch(pcode):
            raise TaxonomyError(f"{pwhere}: plan code {pcode!r} must be upper-case letters (Z, B): its tasks are the "
                                "plan code and a number")
        if pcode in plan_where:
            raise TaxonomyError(f"{pwhere}: duplicate plan code {pcode!r} (first at {plan_where[pcode]}): its context "
                                "would replace the first plan's")
        plan_where[pcode] = pwhere
        _known(plan, {"code", "name_zh", "name_en", "description", "context", "generic_context", "tasks", "measures",
                      "note", "source"}, f"{pwhere} ({pcode})")
        contexts[pcode] = _lang_lists(plan.get("context"), f"{pwhere} ({pcode}).context", required=False)
        generic = _lang_lists(plan.get("generic_context"), f"{pwhere} ({pcode}).generic_context", required=False)
        for lang, phrases in generic.items():
            stray = [x for x in phrases if x not in contexts[pcode].get(lang, ())]
            if stray:
                raise TaxonomyError(f"{pwhere} ({pcode}).generic_context.{lang}: {stray} must also be in its context")
        generic_contexts[pcode] = generic
        tasks = plan.get("tasks")
        if not isinstance(tasks, list) or not tasks:
            raise TaxonomyError(f"{pwhere} ({pcode}): 'tasks' must be a non-empty list")
        for ti, task in enumerate(tasks):
            twhere = f"{pwhere}.tasks[{ti}]"
            t = _entry(task, pcode, None, twhere)
            if not re.fullmatch(re.escape(pcode) + _NUMBER, t.code):
                raise TaxonomyError(f"{twhere} ({t.code}): a task code must be its plan code {pcode!r} and a number "
                                    f"({pcode}1, {pcode}2, ...)")
            add(t, twhere)
            for mi, measure in enumerate(task.get("measures") or []):
                mwhere = f"{twhere}.measures[{mi}]"
                if isinstance(measure, dict) and measure.get("parent", t.code) != t.code:
                    raise TaxonomyError(f"{mwhere}: 'parent' {measure['parent']!r} contradicts the task it is listed "
                                        f"under ({t.code})")
                m = _entry(measure, pcode, t.code, mwhere)
                add(m, mwhere)
        # measures may also be declared flat with an explicit parent
        for mi, measure in enumerate(plan.get("measures") or []):
            mwhere = f"{pwhere}.measures[{mi}]"
            parent = measure.get("parent") if isinstance(measure, dict) else None
            if parent not in seen or any(e.code == parent and (e.parent or e.plan != pcode) for e in entries):
                code = measure.get("code") if isinstance(measure, dict) else None
                raise TaxonomyError(f"{mwhere} ({code}): parent task {parent!r} does not exist in plan {pcode!r} "
                                    "(a flat measure's parent is a task of the same plan, declared before it)")
            add(_entry(measure, pcode, parent, mwhere), mwhere)
    for e in entries:
        if e.parent is not None and not re.fullmatch(re.escape(e.parent) + r"\." + _NUMBER, e.code):
            raise TaxonomyError(f"{seen[e.code]} ({e.code}): a measure code must be its task's code, '.' and a number "
                                f"(under task {e.parent}: {e.parent}.1, {e.parent}.2, ...)")
    warnings = _shared_phrases(entries, seen)
    tm_file, tm_thresholds = _task_model(raw.get("task_model"), set(contexts), source)
    variants = _regional_variants(raw.get("regional_variants"), source)
    if variants:
        entries = [replace(e, phrases={**e.phrases, "zh": _with_variants(e.phrases["zh"], variants)},
                           key_terms={**e.key_terms, "zh": _with_variants(e.key_terms["zh"], variants)})
                   for e in entries]
    return Taxonomy(version=version, entries=tuple(entries), relevance=_relevance(raw.get("relevance")),
                    contexts=contexts, generic_contexts=generic_contexts,
                    task_model_file=tm_file, task_model_thresholds=tm_thresholds, regional_variants=variants,
                    warnings=tuple(warnings))


def _shared_phrases(entries: list[Entry], where: dict[str, str]) -> list[str]:
    """A strong phrase listed under two entries (a copy-and-paste slip: every text with it is labelled twice, and both
    entries' trends count it).  Key terms are shared on purpose (算力 is a word of Z1.7 and Z4.2 alike), and the
    packaged taxonomy lists no strong phrase twice, so this is a warning, not a refusal."""
    first: dict[tuple[str, str], str] = {}
    out: list[str] = []
    for e in entries:
        for lang in _LANGS:
            for phrase in e.phrases[lang]:
                key = (lang, phrase.lower())
                other = first.setdefault(key, e.code)
                if other != e.code:
                    out.append(f"phrase {phrase!r} is listed under {other} ({where[other]}) and {e.code} "
                               f"({where[e.code]}): a text with it is labelled with both")
    return out


def _regional_variants(obj: Any, source: str) -> dict[str, tuple[str, ...]]:
    """The ``regional_variants`` section: ``{"description": ..., "zh": {mainland form: [variants]}}`` (optional)."""
    if obj is None:
        return {}
    where = f"{source}: regional_variants"
    _known(obj, {"zh", "description", "note"}, where)
    table = obj.get("zh") if isinstance(obj, dict) else None
    if not isinstance(table, dict):
        raise TaxonomyError(f"{where}: must be an object with a 'zh' object of mainland form -> list of variants")
    out: dict[str, tuple[str, ...]] = {}
    for form, variants in table.items():
        if not form.strip() or form != form.strip() or not isinstance(variants, list) or not variants \
                or not all(isinstance(v, str) and v.strip() and v == v.strip() and v != form for v in variants):
            raise TaxonomyError(f"{where}.zh[{form!r}]: must be a non-empty list of variants, each a non-empty "
                                "string other than the form itself, without spaces around it")
        out[simplified(form)] = tuple(dict.fromkeys(simplified(v) for v in variants))
    return out


def _with_variants(phrases: tuple[str, ...], variants: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """``phrases`` followed by each phrase with one mainland form replaced by each of its variants."""
    out = dict.fromkeys(phrases)
    for p in phrases:
        for form, alts in variants.items():
            if form in p:
                out.update(dict.fromkeys(p.replace(form, alt) for alt in alts))
    return tuple(out)


def _task_model(obj: Any, plans: set[str], source: str) -> tuple[str | None, dict[str, float]]:
    """The optional ``task_model`` section: ``{"file": name beside the taxonomy, "thresholds": {plan: P}}``."""
    if obj is None:
        return None, {}
    where = f"{source}: task_model"
    _known(obj, {"file", "thresholds", "description", "note"}, where)
    if not isinstance(obj, dict) or not isinstance(obj.get("file"), str) or not obj["file"].strip() \
            or "/" in obj["file"] or "\\" in obj["file"]:
        raise TaxonomyError(f"{where}: must be an object with 'file' (a file name beside the taxonomy)")
    th = obj.get("thresholds")
    if not isinstance(th, dict) or not th:
        raise TaxonomyError(f"{where}.thresholds: must be an object of plan code -> probability")
    out: dict[str, float] = {}
    for plan, t in th.items():
        if plan not in plans:
            raise TaxonomyError(f"{where}.thresholds: {plan!r} is not a plan of this taxonomy")
        if not isinstance(t, (int, float)) or isinstance(t, bool) or not 0 < t < 1:
            raise TaxonomyError(f"{where}.thresholds.{plan}: must be a number in (0, 1)")
        out[plan] = float(t)
    return obj["file"], out
