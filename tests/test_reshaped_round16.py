"""Pages reshaped the way sites and PDF copies reshape them still say the same (round 17; every page and sentence
here is written for these tests, places and numbers made up):

- a notice's request to the bodies it is sent to (请各县区…), run on after the last problem it found on a one-line
  page, is no words of the problem;
- the next year's plan named by a year in Chinese numerals (二〇三二年工作思路：…) ends the problems before it on a
  one-line page, as one named by a year in digits does;
- a problems heading glued to the look back it opens with (三、工作中的不足回顾全年工作，…) is cut from it;
- a problems label naming the period it looks back on (…。上半年存在的问题：…) opens a section inside a one-line page;
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
