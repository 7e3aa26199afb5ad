"""Pages reshaped the way sites and PDF copies reshape them still say the same (round 17; every page and sentence
here is written for these tests, places and numbers made up):

- a notice's request to the bodies it is sent to (请各县区…), run on after the last problem it found on a one-line
  page, is no words of the problem;
- the next year's plan named by a year in Chinese numerals (二〇三二年工作思路：…) ends the problems before it on a
  one-line page, as one named by a year in digits does;
- a problems heading glued to the look back it opens with (三、工作中的不足回顾全年工作，…) is cut from it;
- a problems label naming the period it looks back on (…。上半年存在的问题：…) opens a section inside a one-line page,
  and so does a label naming the difficulties the work now faces (…。当前全县卫生工作面临的突出困难：1）…), its items
  read whole as under it on a lined page;
- a year's plan headed 工作设想 glued to its first sentence (三、2032年工作设想力争…) is cut from it, so that what follows
  it is the plan's;
- a long plan's chapter heading glued to the sentence that opens its chapter (第三章　主要目标到2035年，…) is cut from
  it, and the items of a list set off by dashes (…。——基层人才短缺。…) start lines of their own, as on the lined page;
- a signature's date ends the report's text: a sharing site's page counter after it cuts no sentence, and the site's
  note after the counter is not joined to the report's last line;
- a PDF's running head printed beside its page number inside a one-line page (…困难。— 4 —某县卫生局2031年工作总结
  （三）…) is the page's, no words of the item after it;
- a sharing site's chunk numbers that count up among the page's own numbered items: the run that cuts sentences is
  the site's, so the chunk number cutting a rate's name from its value (…甲级病历 / 4、率达到90%) is removed.
"""
from __future__ import annotations

from test_metamorphic import page_facts  # (observations and problem texts of a page, through the build's path)
from test_reshaped_round14 import joined, read, says_the_same  # (a page's values, flattened, compared)

from healthdata.pageview import page_view


def problems(page: str) -> list[str]:
    return sorted(page_facts(page)[1])


# ------------------------------------------------------------------ a notice's request after the problems
NOTICE = """关于2032年度全市家庭医生签约服务考核情况的通报
各县（市、区）卫生健康局：
按照年度工作安排，市卫生健康委对各县（市、区）2032年度家庭医生签约服务进行了考核，全市常住人口签约率为41.3%。
三、存在问题
部分县签约服务流于形式，履约率偏低；个别乡镇家庭医生团队人员不足，随访记录填写不规范。
请各县（市、区）对照考核反馈意见，于5月20日前完成整改，并将整改报告报市卫生健康委。
云岭市卫生健康委员会
2033年4月2日
"""


def test_a_notices_request_run_on_after_the_last_problem_is_no_part_of_it():
    for sep in ("", " "):
        flat = joined(NOTICE, sep)
        assert not any("整改" in p for p in problems(flat))
        assert says_the_same(NOTICE, flat)


# ------------------------------------------------------------------ a year in Chinese numerals opens the plan
NUMERAL_YEAR = """青石县疾病预防控制中心二〇三一年工作总结及二〇三二年工作思路
今年以来，中心各项工作有序推进，全县适龄儿童免疫规划疫苗接种率98.2%，肺结核患者成功治疗率91.4%。
存在的主要问题：实验室检测设备老化，部分项目不能开展；专业技术人员不足，流调力量薄弱。
二〇三二年工作思路：适龄儿童免疫规划疫苗接种率保持在95%以上，建成县级生物安全二级实验室1个。
"""


def test_a_plan_heading_named_by_a_year_in_chinese_numerals_ends_the_problems_on_one_line():
    for sep in ("", " "):
        flat = joined(NUMERAL_YEAR, sep)
        assert not any("工作思路" in p or "实验室1个" in p for p in problems(flat))
        assert says_the_same(NUMERAL_YEAR, flat)


# ------------------------------------------------------------------ a problems heading glued to its look back
LOOK_BACK = """松岭乡卫生院2031年工作总结
我院承担着全乡5个行政村、常住人口约5 200人的基本医疗和公共卫生服务，一年来，全院职工克服人员少、任务重等困难，较好完成了年初确定的各项任务。
一、基本医疗。全年门诊接诊6 214人次，住院收治208人次，业务收入同比增长4.2%。夏季在景区设立临时医疗点，接诊游客430人次。
二、公共卫生。居民健康档案建档率86.5%，65岁以上老年人健康管理率66.3%，高血压患者规范管理率61%，糖尿病患者规范管理率58.7%。
适龄儿童各类疫苗接种率均在95%以上，建卡建证率100%。
三、工作中的不足
回顾全年工作，差距也很明显：全院仅有执业医师3人，缺少影像专业人员；业务用房年久失修，冬季取暖困难。
"""


def test_a_problems_heading_glued_to_the_look_back_it_opens_with_is_cut_from_it():
    for sep in ("", " "):
        flat = joined(LOOK_BACK, sep)
        assert not any("回顾" in p for p in problems(flat))
        assert says_the_same(LOOK_BACK, flat)


# ------------------------------------------------------------------ a problems label naming its period
PERIOD_LABEL = """石门街道社区卫生服务中心2031年上半年工作小结
上半年，中心统筹推进基本医疗和公共卫生工作，电子健康档案建档率87.6%，高血压患者规范管理率64%。
上半年存在的问题：随访进度明显滞后，部分任务完成不足四成。全科医生只有7名，医生长期身兼数职。业务用房建于上世纪八十年代，面积仅1 200平方米，无法设置独立的预防接种门诊。街道拨付的项目资金到位率只有41%，部分工作靠中心垫支。
下半年，中心将力争高血压患者规范管理率达到70%以上。
"""


def test_a_problems_label_naming_the_period_it_looks_back_on_opens_a_section_inside_a_line():
    assert len(problems(PERIOD_LABEL)) == 4  # (each sentence after the label states one)
    for sep in ("", " "):
        flat = joined(PERIOD_LABEL, sep)
        assert len(problems(flat)) == 4
        assert says_the_same(PERIOD_LABEL, flat)


# ------------------------------------------------------------------ a signature's date before a page counter
SIGNED_BEFORE_COUNTER = """北川省卫生厅2031年医德医风建设工作情况通报
各市、州卫生局，厅直各单位：
2031年，全省卫生系统深入开展医德医风专项整治，住院病人满意率93.1%，门诊病人满意率90.4%。
四、存在的问题。少数医疗机构收受“红包”问题屡禁不止；个别单位行风建设责任制落实不到位。
2032年，全省卫生系统群众满意率要力争达到95%以上。
北川省卫生厅办公室          2032年2月16日
--- 第 1 页 ---
（本文档由网友上传，仅供学习参考）
"""


def test_a_page_counter_after_a_signatures_date_cuts_no_sentence():
    """The line before the counter ends in the signature's date: the report ends there, and the site's note after
    the counter is not joined to it (which made the report's last line look like the site's)."""
    assert "2032年2月16日（本文档" not in page_view(joined(SIGNED_BEFORE_COUNTER.split("--- 第")[0]) + "\n--- 第 1 页 ---\n"
                                                  "（本文档由网友上传，仅供学习参考）\n").text
    flat = joined(SIGNED_BEFORE_COUNTER.split("--- 第")[0]) + "\n--- 第 1 页 ---\n（本文档由网友上传，仅供学习参考）\n"
    assert (95.0, "target") in read(flat, "value", "statement")
    assert says_the_same(SIGNED_BEFORE_COUNTER, flat)


# ------------------------------------------------------------------ a PDF's running head inside a line
RUNNING_HEAD = """白河县卫生健康局2031年工作总结
2031年，全县卫生健康系统扎实推进各项工作，孕产妇死亡率12.3/10万，婴儿死亡率3.9‰。
二、面临的困难
（一）基层人才短缺。乡镇卫生院编制空缺率达到18%，村医平均年龄超过55岁。
（二）财政投入不足。部分乡镇卫生院运转困难，欠发绩效工资。
— 4 —
白河县卫生健康局2031年工作总结
（三）信息化建设滞后。全县尚有9家卫生院未接入区域平台，检查结果不能互认。
"""


def test_a_pdf_running_head_beside_its_page_number_inside_a_line_is_no_part_of_the_item_after_it():
    flat = joined(RUNNING_HEAD)
    assert not any("工作总结" in p for p in problems(flat))
    assert says_the_same(RUNNING_HEAD, flat)


# ------------------------------------------------------------------ chunk numbers among the page's own items
CHUNKED_LIST = """1、范文中心 > 工作计划 > 卫生院工作计划
清泉镇卫生院2032年工作计划
为做好我院2032年各项卫生工作，根据县卫生健康局年度工作要点，结合我院
2、实际，特制定本计划。
一、工作目标
1、居民医保参保率达到96%以上，住院病人政策内报销比例达到75%；
2、孕产妇系统管理率达到92%，儿童系统管理率达到90%以上，住院分娩率达
3、100%；
3、居民健康档案建档率达到88%，65岁以上老年人健康管理率达到70%；
4、传染病报告率100%，报告及时率达到98%以上；
5、全年门诊人次达到3.1万人次，业务收入比上年增长8%。
二、主要措施
1、加强医疗质量管理，落实核心制度，处方合格率达到95%以上，甲级病历
4、率达到92%以上。
2、抓好公共卫生服务，每月召开一次村医例会，全年举办健康讲座不少于1
5、2期。
3、加强人才培养，选送3名医生到县医院进修。
"""


def test_chunk_numbers_counting_up_among_the_pages_own_items_are_told_by_the_sentences_they_cut():
    rows = read(CHUNKED_LIST, "value", "indicator_id", "quote")
    assert (92.0, "medical_record_grade_a_rate", "92%") in rows  # 甲级病历 / 4、率达到92%: the name and its value
    assert (100.0, "hospital_delivery_rate", "100%") in rows  # 住院分娩率达 / 3、100%


# ------------------------------------------------------------------ the difficulties the work faces, as a label
FACED = """柳河区卫生健康局2032年下半年工作打算
发布日期：2032-07-16　浏览：96次
上半年，全区居民医保参保率98.6%，家庭医生签约率41.2%；完成适龄儿童疫苗接种5.2万剂次。
当前全区卫生工作面临的突出困难：
1）村卫生室运行经费不足，而乡村医生补助迟迟没有提高，部分村医外出务工，村卫生室时开时关。
2）区人民医院发展相对滞后。重症医学科床位不足20张，胸痛中心建设进展缓慢，群众仍然习惯到市里就医。
下半年重点工作：
（一）力争家庭医生签约率达到45%以上；
（二）新建标准化村卫生室12所。
"""


def test_a_label_naming_the_difficulties_the_work_faces_opens_a_section_inside_a_line():
    lined = problems(FACED)
    assert len(lined) == 2 and any(p.endswith("时开时关") for p in lined)  # each item read whole, its consequence with it
    for sep in ("", " "):
        flat = joined(FACED, sep)
        assert problems(flat) == lined
        assert says_the_same(FACED, flat)


# ------------------------------------------------------------------ a year's 工作设想 glued to its first sentence
IDEAS = """平川县卫生局二〇三一年工作总结暨二〇三二年工作设想
2031年，全县新型农村合作医疗参合率96.3%，乡镇卫生院住院补偿比达到62%，孕产妇死亡率控制在0，婴儿死亡率降至7.6‰。
全年改造乡镇卫生院业务用房1.2万平方米，新增医疗设备投入640万元，查处非法行医案件19起，罚没款8.4万元。
免疫规划“四苗”全程接种率96.1%，乙肝疫苗接种率94.5%；结核病防治实行归口管理，新涂阳病人治愈率达到88%。
县人民医院新开设老年病科和康复科，全年门急诊人次同比增长9.3%，出院病人平均住院日缩短至8.1天。
二、存在的问题
乡村医生中持有执业助理医师资格的仅占24%；县财政人均公共卫生经费仅4.2元，离省定标准差距较大。
三、2032年工作设想
力争参合率达到97%以上，住院补偿比提高到65%；全县适龄儿童建卡率达到98%；全面推开乡村卫生服务一体化管理。
"""


def test_a_years_plan_headed_gongzuo_shexiang_glued_to_its_first_sentence_is_cut_from_it():
    assert (98.0, "target") in read(IDEAS, "value", "statement")
    flat = joined(IDEAS, " ")
    assert (98.0, "target") in read(flat, "value", "statement")
    assert says_the_same(IDEAS, flat)


# ------------------------------------------------------------------ a plan's chapters and its dash-led items
CHAPTERS = """清江市“十五五”卫生健康事业发展规划（摘要）
（2031—2035年）
第一章　发展基础
“十四五”期间，全市卫生健康事业稳步发展。居民人均预期寿命提高到78.1岁；孕产妇死亡率由2025年的11.6/10万下降到2030年的8.9/10万，婴儿死亡率由4.1‰下降到3.2‰；每千人口医疗卫生机构床位数达到6.8张。
第二章　形势与挑战
对照群众日益增长的健康需求，全市卫生健康发展不平衡不充分问题仍较突出。
——医疗资源分布不均。城区集中了全市七成的三级医疗资源，山区乡镇卫生院基础设施简陋，部分村卫生室无人值守。
——公共卫生体系仍有短板。疾控机构实验室检测能力弱，监测预警不够灵敏，医防协同机制不健全。
——信息化建设相对滞后。各级医疗机构信息系统标准不一，检查检验结果互认率偏低。
第三章　主要目标
到2035年，人均预期寿命达到79.5岁；孕产妇死亡率、婴儿死亡率分别控制在8/10万、3‰以下；每千人口执业（助理）医师数达到3.6人。
"""


def test_a_plans_chapter_headings_and_dash_led_items_read_on_one_line_as_on_the_lined_page():
    lined = read(CHAPTERS, "value", "statement")
    assert (8.0, "target") in lined and (3.6, "target") in lined  # (the targets under 主要目标)
    for sep in ("", " "):
        flat = joined(CHAPTERS, sep)
        assert (8.0, "target") in read(flat, "value", "statement")
        assert not any("形势与挑战" in p for p in problems(flat))
        assert says_the_same(CHAPTERS, flat)
