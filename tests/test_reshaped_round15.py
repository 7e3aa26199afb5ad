"""Pages reshaped the way sites and PDF copies reshape them still say the same (round 15; every page and sentence
here is written for these tests, places and numbers made up):

- a report's sign-off run on after its last problem on a one-line page (the issuing body, with its date or not; a
  writer's credit in brackets) is no words of the problem;
- a font-size switch printed as three bracketed sizes (【大】【中】【小】) ends the site's line on a one-line page;
- a plan's horizon (到2036年，…) or its look back at the last year (上年度我院…) opening a section glued to its heading
  is cut from the heading;
- a question-and-answer page's labelled dates (回复时间：… 10:30) end the site's line, and a clock's minutes are no count;
- a labelled date before a name opening with 日 still ends the site's line;
- a half-year plan's title glued to its opening (…下半年工作计划下半年，我院将…) is a title;
- a PDF's running footer beside its page counter (…工作总结        第 1 页 共 2 页) is a page break, on a lined page and
  inside a one-line page;
- a counter labelled 点击数 ends the site's line before the report set off by a space;
- a space after a comma does not change how two clauses of a problem are read.
"""
from __future__ import annotations

from test_metamorphic import page_facts  # (observations and problem texts of a page, through the build's path)
from test_reshaped_round14 import joined, read, says_the_same  # (a page's values, flattened, compared)


def problems(page: str) -> list[str]:
    return sorted(page_facts(page)[1])


# ------------------------------------------------------------------ a sign-off after the last problem
SIGNED_PAGE = """云溪县卫生健康局2032年上半年工作总结
上半年，全县家庭医生签约率达到46.2%，儿童系统管理率为91.5%，各项工作有序推进。
三、存在的问题
一是乡村医生年龄偏大，后继乏人；二是部分村卫生室房屋破旧，诊疗设备简陋。
{sign}
"""


def test_a_signature_with_its_date_run_on_after_the_last_problem_is_no_part_of_it():
    page = SIGNED_PAGE.format(sign="云溪县卫生健康局\n2032年7月3日")
    for sep in ("", " "):
        flat = joined(page, sep)
        assert not any("2032年7月3日" in p or p.endswith("卫生健康局") for p in problems(flat))
        assert says_the_same(page, flat)


def test_a_signing_body_without_a_date_run_on_after_the_last_problem_is_no_part_of_it():
    page = SIGNED_PAGE.format(sign="云溪乡人民政府")
    flat = joined(page)
    assert not any("人民政府" in p for p in problems(flat))
    assert says_the_same(page, flat)


def test_a_writers_credit_in_brackets_run_on_after_the_last_problem_is_no_part_of_it():
    for credit in ("（县合管办供稿）", "（撰稿：县卫生局办公室　审稿：王　某）"):
        page = SIGNED_PAGE.format(sign=credit)
        flat = joined(page)
        assert not any("稿" in p for p in problems(flat))
        assert says_the_same(page, flat)


def test_a_last_sentence_naming_a_hospital_with_a_verb_stays_with_its_problem():
    """…。缺口最大的是中心卫生院 ends in an institution's name, but it says something: no sign-off."""
    page = SIGNED_PAGE.format(sign="").replace("诊疗设备简陋。", "诊疗设备简陋。缺口最大的是中心卫生院")
    assert any(p.endswith("缺口最大的是中心卫生院") for p in problems(joined(page)))


# ------------------------------------------------------------------ a bracketed font-size switch
SIZES_PAGE = """云溪县卫生健康局 >> 规划信息 >> 正文
云溪县卫生健康局“十五五”工作总结
来源：县卫健局规划科  发布时间：2036-12-20  【大】【中】【小】
一、“十五五”时期工作成效
五年来，全县孕产妇死亡率由16.4/10万下降到9.8/10万，住院分娩率达到99.6%。
二、存在的短板
一是基层人才流失较多，全县乡镇卫生院五年流失医生37名；二是县级医院学科建设滞后。
"""


def test_a_font_size_switch_of_bracketed_sizes_ends_the_sites_line():
    flat = SIZES_PAGE.split("\n", 1)[0] + "\n" + joined(SIZES_PAGE.split("\n", 1)[1])
    assert (99.6, "hospital_delivery_rate", "actual") in read(flat, "value", "indicator_id", "statement")
    assert says_the_same(SIZES_PAGE, flat)


# ------------------------------------------------------------------ a plan's horizon after its heading
HORIZON_PAGE = """云溪县卫生健康局“十五五”工作总结暨“十六五”工作思路
一、“十五五”时期工作成效
五年来，全县卫生健康事业投入累计达到21.6亿元，年均增长9.4%。全县孕产妇死亡率由16.4/10万下降到9.8/10万，住院分娩率达到99.6%，均提前实现规划目标。全县建档立卡贫困人口基本医疗保险参保率连续四年保持100%，县域内就诊率达到91.2%。
二、存在的短板
一是基层人才流失较多，全县乡镇卫生院五年流失医生37名；二是县级医院学科建设滞后，群众外出就医比例仍然较高。
三、“十六五”工作思路
到2040年，全县每千人口床位数达到6.5张，每千人口执业（助理）医师达到3.2人；孕产妇死亡率、婴儿死亡率分别控制在10/10万和4‰以下；每个乡镇至少建成1所标准化卫生院。
"""


def test_a_plans_horizon_opening_a_section_set_off_by_a_space_is_cut_from_its_heading():
    flat = joined(HORIZON_PAGE, " ")
    assert (4.0, "infant_mortality_rate", "target") in read(flat, "value", "indicator_id", "statement")
    assert says_the_same(HORIZON_PAGE, flat)


LOOK_BACK_PAGE = """云溪镇卫生院2032年工作计划
为做好我院2032年各项工作，结合实际，特制定本计划。
一、上年工作回顾及存在的薄弱环节
上年度我院门诊人次达3.6万人次，住院病人820人次。但是，我院仍存在不少薄弱环节：
（1）人员老化。全院在岗职工45岁以上的占六成以上，夜班难以排开。
（2）设备陈旧。化验室只能做血常规等简单项目，群众不得不到县城检查。
（3）公共卫生服务工作量大、人员少，健康档案更新不及时，数据真实性不高，考核排名靠后。
（4）院内管理制度执行不严，个别职工工作纪律松散，群众投诉时有发生。
二、2032年工作目标
1．住院分娩率达到99%以上。
2．居民健康档案建档率达到85%，其中电子建档率不低于75%。
"""


def test_a_look_back_at_the_last_year_glued_to_its_heading_opens_no_problem():
    for sep in ("", " "):
        flat = joined(LOOK_BACK_PAGE, sep)
        assert not any("上年度" in p for p in problems(flat))
        assert says_the_same(LOOK_BACK_PAGE, flat)


# ------------------------------------------------------------------ question-and-answer pages
QA_PAGE = """首页 > 互动交流 > 咨询回复
主题：乡村医生补助标准是多少？
留言人：李** 留言时间：2032-04-03 21:10
我是云溪县的乡村医生，想问一下今年补助标准有没有提高？
回复单位：云溪县卫生健康局 回复时间：2032-04-10 10:30
张先生您好！现答复如下：
2032年基本公共卫生服务人均补助标准提高到98元，其中不低于40%的任务由村卫生室承担。
"""


def test_a_clocks_minutes_before_a_surname_are_no_count():
    for sep in ("", " "):
        flat = QA_PAGE.split("\n", 1)[0] + "\n" + joined(QA_PAGE.split("\n", 1)[1], sep)
        assert 30.0 not in [v for (v,) in read(flat, "value")]
        assert says_the_same(QA_PAGE, flat)


# ------------------------------------------------------------------ a labelled date before a name in 日
SUN_PAGE = """日升县人民政府 政务公开
发文机关：日升县卫生健康局　　发布日期：2032年03月02日
日升县卫生健康局关于印发《2032年全县卫生健康工作要点》的通知
各乡镇卫生院，县直各医疗卫生单位：
现将《2032年全县卫生健康工作要点》印发给你们，请认真抓好落实。
2032年全县卫生健康工作要点
一、主要目标。全县住院分娩率稳定在98%以上，高血压患者规范管理率达到65%。
二、队伍建设。全年招录医学类毕业生45名。
"""


def test_a_date_before_a_name_opening_with_its_own_character_ends_the_sites_line():
    flat = SUN_PAGE.split("\n", 1)[0] + "\n" + joined(SUN_PAGE.split("\n", 1)[1])
    assert (98.0, "hospital_delivery_rate", "target") in read(flat, "value", "indicator_id", "statement")
    assert says_the_same(SUN_PAGE, flat)


# ------------------------------------------------------------------ a half-year plan's title glued to its opening
TWO_REPORTS_PAGE = """云溪镇卫生院2032年上半年工作总结
上半年，我院门急诊服务2.31万人次，同比增长6.2%；家庭医生签约服务1.12万人，各项工作稳步推进，群众满意度持续提升。
云溪镇卫生院2032年下半年工作计划
下半年，我院将重点做好以下工作：
一、力争老年人健康管理率提高到68%，高血压患者规范管理率达到62%以上。
二、争取县卫生健康局支持，招聘临床医生2名、中医师1名，全院人员补充到40人以上。
三、加强平安医院建设，完善院内视频监控和报警系统，确保全年不发生重大安全事故。
四、做好秋冬季呼吸道传染病防控，流感疫苗接种1200人次。
"""


def test_a_half_year_plans_title_glued_to_its_opening_is_a_title():
    reports = TWO_REPORTS_PAGE.split("云溪镇卫生院2032年下半年")
    for sep in ("", " "):
        flat = joined(reports[0], sep) + "\n" + joined("云溪镇卫生院2032年下半年" + reports[1], sep)
        assert (68.0, "elderly_health_management_rate", "target") in read(flat, "value", "indicator_id", "statement")
        assert says_the_same(TWO_REPORTS_PAGE, flat)


# ------------------------------------------------------------------ a PDF's running footer beside its page counter
FOOTER_PAGE = """云溪县卫生监督所2032年上半年
卫生监督工作总结
上半年，我所依法履行公共卫生、医疗卫生监督职
责，各项工作有序推进。现总结如下：
一、公共场所卫生监督。全县共有公共场所920家
，卫生许可证发证率98.1%，从业人员健康体检率
95.4%，培训率93.7%。
云溪县卫生监督所2032年上半年工作总结        第 1 页 共 2 页
二、医疗卫生监督。检查医疗机构312家次，立案
查处非法行医案件14起，罚没款合计9.2万元。
存在问题：一是监督执法力量不足，人均监管单位
近70家，日常监督覆盖率不足75%；二是快检设备
老化，部分设备已超过使用年限。
云溪县卫生监督所2032年上半年工作总结        第 2 页 共 2 页
"""


def test_a_running_footer_beside_its_page_counter_is_a_page_break_of_the_pdf():
    """On the lined page the footer is no line of the text, so the wraps of the PDF copy are found and joined (the
    problems read whole); on the one-line page the next page's text after the counter is read."""
    assert "监督执法力量不足,人均监管单位近70家,日常监督覆盖率不足75%" in problems(FOOTER_PAGE)
    for sep in ("", " "):
        flat = joined(FOOTER_PAGE, sep)
        assert (312.0, "actual") in read(flat, "value", "statement")
        assert says_the_same(FOOTER_PAGE, flat)


# ------------------------------------------------------------------ a 点击数 counter set off by a space
CLICKS_PAGE = """云溪县卫生局2032年卫生工作要点 发布时间：2032-02-25 点击数：1290

2032年全县卫生工作的总体要求是：着力解决群众看病难问题。
当前，我县卫生事业发展中的主要矛盾依然突出：卫生资源配置不合理，农村卫生服务能力薄弱；政府卫生投入总体偏低。
一、推进医疗保障制度建设
全县参保率稳定在95%以上，住院补偿比例提高到60%以上。
"""


def test_a_counter_labelled_by_its_number_ends_the_sites_line():
    flat = joined(CLICKS_PAGE, " ")
    assert (95.0, "target") in read(flat, "value", "statement")
    assert says_the_same(CLICKS_PAGE, flat)


# ------------------------------------------------------------------ a space after a comma
def test_a_space_after_a_comma_does_not_change_how_clauses_of_a_problem_are_read():
    page = ("云溪县卫生健康局2032年工作总结\n全年全县住院分娩率达到99.3%。\n一、面临的形势\n"
            "在充分肯定成绩的同时，必须清醒认识到，我县卫生健康事业发展还存在不少短板：人口形势发生深刻变化，"
            "出生人口连续五年下降，2031年全县出生人口2.1万人，人口出生率降至5.8‰，群众生育意愿持续走低，"
            "婴幼儿照护服务供给不足；优质医疗资源主要集中在县城，乡镇卫生院综合能力不强。\n")
    assert problems(page) == problems(page.replace("，", "， "))


# ------------------------------------------------------------------ the plan period ahead after the last problem
PERIOD_PAGE = """云溪县卫生健康事业“十五五”发展规划
一、发展基础
“十四五”期间，全县孕产妇死亡率由15.2/10万下降到10.6/10万，住院分娩率达到99.5%，居民健康素养水平提高到24.3%，基层医疗卫生服务能力明显增强，群众就医获得感不断提升。全县建成紧密型县域医共体2个，乡镇卫生院全部达到服务能力基本标准。
二、存在问题
一是县级医院学科建设滞后，外转病人比例较高；二是乡村医生年龄老化，后继乏人；三是财政投入增长与群众需求仍有差距，看病贵问题尚未根本解决。
“十五五”时期，全县将力争孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在4‰以下，每千人口执业（助理）医师达到3.1人，建成县域医共体信息平台，群众满意度稳步提升。
"""


def test_the_plan_period_ahead_after_the_last_problem_ends_the_problems():
    """…尚未根本解决。“十五五”时期，全县将力争… opens what the county will do: no words of the last problem, on a lined
    page or on one line."""
    title, body = PERIOD_PAGE.split("\n", 1)
    for sep in ("", " "):
        flat = title + "\n" + joined(body, sep)
        assert not any("十五五" in p for p in problems(flat))
        assert says_the_same(PERIOD_PAGE, flat)


# ------------------------------------------------------------------ where a finding comes from, after its heading
FINDING_PAGE = """云溪市卫生健康委员会关于印发2032年基本公共卫生服务项目工作要点的通知
各县（市、区）卫生健康局：
现将《2032年基本公共卫生服务项目工作要点》印发给你们，请认真贯彻落实。
一、主要目标
全市居民电子健康档案建档率达到90%以上，65岁以上老年人健康管理率达到70%，高血压、糖尿病患者规范管理率均达到65%以上。
二、重点任务
（一）提高家庭医生签约质量。重点人群签约率达到78%以上。
（二）加强健康教育。每个乡镇卫生院每年举办健康知识讲座不少于12期，居民健康素养水平达到27%。
（三）做好老年人健康管理。为辖区65岁以上老年人每年提供一次免费健康体检。
三、存在的薄弱环节及措施
从去年督导情况看，部分县区存在健康档案更新不及时、随访记录不真实等问题，基层公卫人员数量不足、流动性大。各地要加强培训和督导。
"""


def test_where_a_finding_comes_from_glued_to_its_heading_stays_with_the_problem():
    """三、存在的薄弱环节及措施从去年督导情况看，部分县区存在… on one line: the heading ends where 从…看 starts, and
    the problem keeps its opening as on the lined page."""
    lined = problems(FINDING_PAGE)
    assert any(p.startswith("从去年督导情况看") for p in lined)
    for sep in ("", " "):
        assert problems(joined(FINDING_PAGE, sep)) == lined


def test_a_sites_source_note_left_inside_a_rate_on_a_one_line_page_is_read_through():
    # a sharing site's note on where the text came from cut the rate; the page flattened to one line keeps it there
    page = ("青桐县2031年疾病预防控制工作总结\n"
            "全县传染病网络直报覆盖率达到100%，其中乡镇卫生院直报率达8（本文来源：某某范文网 转载请注明）7.5%，"
            "报告及时率为99.1%。\n")
    values = [v for v, unit in read(page, "value", "unit") if unit == "percent"]
    assert 87.5 in values and 8.0 not in values, values
