"""Hand annotation of the holdout pages, written as compact records; run to (re)write ../gold/.
Each record is the analyst's reading of the raw page (not the program's output)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
PAGES = {}

def R(anchor, vt, val, unit, ind, subj, st="actual", cmp="=", pop=None, occ=1, imp=False, red=False):
    return ("rates", dict(anchor=anchor, occurrence=occ, value_text=vt, value=val, unit=unit, unit_implicit=imp,
            redacted=red, indicator=ind, subject=subj, population=pop, statement=st, comparator=cmp))

def Q(anchor, vt, val, cu, ind, subj, st="actual", cmp="=", pop=None, occ=1, red=False, imp=False):
    unit = "yuan" if cu == "元" else "count"
    return ("quantities", dict(anchor=anchor, occurrence=occ, value_text=vt, value=val, unit=unit, count_unit=cu,
            unit_implicit=imp, redacted=red, indicator=ind, subject=subj, population=pop, statement=st, comparator=cmp))

def D(anchor, title, dt, period, year, level, place, topic="general", occ=1):
    return ("docs", dict(anchor=anchor, occurrence=occ, title=title, doc_type=dt, period=period, year=year,
            admin_level=level, place=place, topic=topic))

def P(text, themes, anchor=None, occ=1):
    return ("problems", dict(anchor=anchor or text, occurrence=occ, text=text, themes=themes))

def page(name, *recs):
    PAGES[name] = recs

def write():
    for name, recs in PAGES.items():
        for kind in ("docs", "rates", "quantities", "problems"):
            with open(os.path.join(GOLD, f"{name}.{kind}.jsonl"), "w", encoding="utf-8") as fh:
                for k, r in recs:
                    if k == kind:
                        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

pct, pm, p100k, p10k = "percent", "per_mille", "per_100k", "per_10k"

page("001_yearbook_chongyi.txt",
    D("【概况】2019年，崇义县", None, "summary", "annual", 2019, "county", "崇义县"),
    Q("医疗卫生机构236个", "236个", 236, "个", "other:医疗卫生机构数", "各级各类医疗卫生机构"),
    Q("县级公立医院3所", "3所", 3, "所", "other:县级公立医院数", "县级公立医院"),
    Q("乡镇卫生院16所", "16所", 16, "所", "other:乡镇卫生院数", "乡镇卫生院"),
    Q("村卫生室197个", "197个", 197, "个", "other:村卫生室数", "村卫生室"),
    Q("卫生技术人员1 642人", "1 642人", 1642, "人", "other:卫生技术人员数", "卫生技术人员"),
    Q("执业（助理）医师573人", "573人", 573, "人", "other:执业（助理）医师数", "执业（助理）医师"),
    Q("注册护士689人", "689人", 689, "人", "other:注册护士数", "注册护士"),
    Q("实有病床1 318张", "1 318张", 1318, "张", "other:实有床位数", "实有病床"),
    Q("门急诊诊疗113.6万人次", "113.6万人次", 1136000, "人次", "other:门急诊诊疗人次", "门急诊诊疗人次"),
    R("比上年增长5.2%", "5.2%", 5.2, pct, "other:门急诊诊疗人次", "门急诊诊疗人次比上年增长", "change"),
    Q("出院病人4.07万人次", "4.07万人次", 40700, "人次", "other:出院人次", "出院病人"),
    R("病床使用率84.3%", "84.3%", 84.3, pct, "other:病床使用率", "病床使用率"),
    Q("活产数2 861人", "2 861人", 2861, "人", "other:活产数", "活产数"),
    R("孕产妇系统管理率93.7%", "93.7%", 93.7, pct, "maternal_systematic_management_rate", "孕产妇系统管理率"),
    R("3岁以下儿童系统管理率91.2%", "91.2%", 91.2, pct, "child_systematic_management_rate", "3岁以下儿童系统管理率"),
    R("住院分娩率99.96%", "99.96%", 99.96, pct, "hospital_delivery_rate", "住院分娩率"),
    R("孕产妇死亡率为0", "0", 0.0, p100k, "maternal_mortality_ratio", "孕产妇死亡率", imp=True),
    R("婴儿死亡率3.84‰", "3.84‰", 3.84, pm, "infant_mortality_rate", "婴儿死亡率"),
    R("5岁以下儿童死亡率5.59‰", "5.59‰", 5.59, pm, "under5_mortality_rate", "5岁以下儿童死亡率"),
    Q("为1 914名农村适龄妇女", "1 914名", 1914, "名", "other:两癌筛查人数", "农村适龄妇女“两癌”筛查", pop="农村适龄妇女"),
    R("发病率为214.37/10万", "214.37/10万", 214.37, p100k, "notifiable_disease_incidence", "法定传染病报告发病率"),
    R("比上年下降9.6%", "9.6%", -9.6, pct, "notifiable_disease_incidence", "法定传染病报告发病率比上年下降", "change"),
    R("报告接种率均保持在95%以上", "95%", 95.0, pct, "immunization_coverage_rate", "国家免疫规划疫苗报告接种率", cmp=">="),
    Q("接种各类疫苗5.3万剂次", "5.3万剂次", 53000, "剂次", "other:疫苗接种剂次", "接种各类疫苗"),
    Q("新登记肺结核患者87例", "87例", 87, "例", "other:新登记肺结核患者数", "新登记肺结核患者"),
    R("成功治疗率92.5%", "92.5%", 92.5, pct, "other:肺结核患者成功治疗率", "肺结核患者成功治疗率"),
    Q("补助标准提高到69元", "69元", 69, "元", "other:人均基本公共卫生服务经费补助标准", "人均基本公共卫生服务经费补助标准", "policy"),
    Q("项目资金1 427万元", "1 427万元", 14270000, "元", "other:基本公共卫生服务项目资金", "拨付基本公共卫生服务项目资金"),
    R("建档率86.4%", "86.4%", 86.4, pct, "electronic_health_record_rate", "居民电子健康档案建档率"),
    R("高血压患者规范管理率71.8%", "71.8%", 71.8, pct, "hypertension_management_rate", "高血压患者规范管理率"),
    R("糖尿病患者规范管理率68.5%", "68.5%", 68.5, pct, "diabetes_management_rate", "糖尿病患者规范管理率"),
    R("老年人健康管理率70.2%", "70.2%", 70.2, pct, "elderly_health_management_rate", "65岁以上老年人健康管理率", pop="65岁以上老年人"),
    Q("覆盖5.96万人", "5.96万人", 59600, "人", "other:家庭医生签约服务人数", "家庭医生签约服务覆盖人数"),
)

page("002_interview_weifang.txt",
    D("“让群众在家门口看好病”", None, "summary_and_plan", "annual", 2015, "district", "寒亭区"),
    Q("投入资金2 380万元", "2 380万元", 23800000, "元", "other:基层医疗卫生机构标准化建设投入", "基层医疗卫生机构标准化建设投入资金"),
    Q("新建改建村卫生室46所", "46所", 46, "所", "other:新建改建村卫生室数", "新建改建村卫生室"),
    Q("全区8处镇街卫生院", "8处", 8, "处", "other:镇街卫生院数", "达到省级标准的镇街卫生院"),
    Q("参合人数达到28.6万人", "28.6万人", 286000, "人", "other:新农合参合人数", "新农合参合人数"),
    R("参合率99.2%", "99.2%", 99.2, pct, "ncms_participation_rate", "新农合参合率"),
    R("住院报销比例提高到75%", "75%", 75.0, pct, "reimbursement_ratio", "新农合政策范围内住院报销比例", "policy"),
    Q("起付线降到200元", "200元", 200, "元", "other:起付线", "乡镇卫生院住院起付线", "policy", pop="乡镇卫生院"),
    R("建档率达到91.3%", "91.3%", 91.3, pct, "health_record_coverage_rate", "居民健康档案建档率"),
    R("比上年提高4.6个百分点", "4.6个百分点", 4.6, pct, "health_record_coverage_rate", "居民健康档案建档率比上年提高", "change"),
    Q("组建了63个家庭医生团队", "63个", 63, "个", "other:家庭医生团队数", "家庭医生团队"),
    Q("签约居民9.1万人", "9.1万人", 91000, "人", "other:家庭医生签约人数", "家庭医生签约居民"),
    R("重点人群签约率62.7%", "62.7%", 62.7, pct, "family_doctor_contract_rate", "家庭医生重点人群签约率", pop="重点人群"),
    R("占到38.5%", "38.5%", 38.5, pct, "other:60岁以上乡村医生占比", "乡村医生中60岁以上的占比", pop="乡村医生"),
    R("签约率提高到70%以上", "70%", 70.0, pct, "family_doctor_contract_rate", "家庭医生重点人群签约率", "target", ">=", pop="重点人群"),
    R("控制在10/10万以下", "10/10万", 10.0, p100k, "maternal_mortality_ratio", "孕产妇死亡率", "target", "<="),
    Q("总投资1.2亿元", "1.2亿元", 120000000, "元", "other:区人民医院新病房楼总投资", "区人民医院新病房楼建设计划总投资", "target"),
    P("签约以后的服务还跟不上，有的团队“签而不约”，群众获得感不强", ["service_capacity", "execution"]),
    P("镇街卫生院专业技术人员年龄偏大，年轻医生招不来、留不住", ["workforce"]),
    P("全区乡村医生中60岁以上的占到38.5%，人才青黄不接", ["workforce"]),
    P("区财力紧张，基层医疗机构的设备更新资金缺口比较大", ["funding", "infrastructure"]),
)

page("003_excerpt_midline_township.txt",
    D("石桥镇卫生院2013年上半年工作总结", "石桥镇卫生院2013年上半年工作总结", "summary_and_plan", "H1", 2013, "township", "石桥镇"),
    Q("门诊诊疗21 476人次", "21 476人次", 21476, "人次", "other:门诊人次", "门诊诊疗人次"),
    R("同比增长6.3%", "6.3%", 6.3, pct, "other:门诊人次", "门诊诊疗人次同比增长", "change"),
    Q("住院1 138人次", "1 138人次", 1138, "人次", "other:住院人次", "住院人次"),
    R("同比增长11.5%", "11.5%", 11.5, pct, "other:住院人次", "住院人次同比增长", "change"),
    Q("业务收入386.2万元", "386.2万元", 3862000, "元", "other:业务收入", "业务收入"),
    R("完成全年目标任务的52.8%", "52.8%", 52.8, pct, "task_completion_rate", "业务收入完成全年目标任务", "completion"),
    R("接种率均在96%以上", "96%", 96.0, pct, "immunization_coverage_rate", "适龄儿童国家免疫规划疫苗接种率", cmp=">="),
    R("首针及时接种率93.4%", "93.4%", 93.4, pct, "hepb_vaccination_rate", "乙肝疫苗首针及时接种率"),
    Q("全镇出生212人", "212人", 212, "人", "other:出生人数", "出生人数"),
    R("孕产妇系统管理率94.8%", "94.8%", 94.8, pct, "maternal_systematic_management_rate", "孕产妇系统管理率"),
    R("住院分娩率100%", "100%", 100.0, pct, "hospital_delivery_rate", "住院分娩率"),
    Q("新发现高血压患者86人", "86人", 86, "人", "other:新发现高血压患者数", "新发现高血压患者"),
    Q("累计管理高血压患者2 315人", "2 315人", 2315, "人", "other:管理高血压患者数", "累计管理高血压患者"),
    Q("糖尿病患者604人", "604人", 604, "人", "other:管理糖尿病患者数", "累计管理糖尿病患者"),
    R("分别为72.6%和65.9%", "72.6%", 72.6, pct, "hypertension_management_rate", "高血压患者规范管理率"),
    R("72.6%和65.9%", "65.9%", 65.9, pct, "diabetes_management_rate", "糖尿病患者规范管理率"),
    Q("全镇参合人数3.24万人", "3.24万人", 32400, "人", "other:新农合参合人数", "新农合参合人数"),
    R("参合率98.7%", "98.7%", 98.7, pct, "ncms_participation_rate", "新农合参合率"),
    R("实际报销比例为81.2%", "81.2%", 81.2, pct, "reimbursement_ratio", "参合农民在镇卫生院住院实际报销比例", pop="参合农民"),
    Q("病床40张", "40张", 40, "张", "other:住院部病床数", "住院部病床"),
    Q("公卫人员只有5人", "5人", 5, "人", "other:公共卫生人员数", "公卫人员"),
    Q("人均服务6 000多名群众", "6 000多名", 6000, "名", "other:公卫人员人均服务人口", "公卫人员人均服务群众", cmp=">="),
    Q("突破4.5万人次", "4.5万人次", 45000, "人次", "other:门诊人次", "门诊量", "target", ">="),
    R("规范管理率达到75%以上", "75%", 75.0, pct, "hypertension_management_rate", "高血压规范管理率", "target", ">="),
    P("业务用房紧张，住院部仅有病床40张，长期加床", ["infrastructure"]),
    P("检验设备陈旧，B超机已使用11年", ["infrastructure"]),
    P("公卫人员只有5人，人均服务6 000多名群众，工作量大", ["workforce"]),
    P("资料填报质量不高", ["informatization", "execution"]),
)

page("004_html_district_table.html",
    D("江北区卫生健康委2021年度重点指标完成情况", "江北区卫生健康委2021年度重点指标完成情况", "summary", "annual", 2021, "district", "江北区"),
    R("<td>≤12</td>", "12", 12.0, p100k, "maternal_mortality_ratio", "孕产妇死亡率", "target", "<="),
    R("<td>0</td>", "0", 0.0, p100k, "maternal_mortality_ratio", "孕产妇死亡率"),
    R("<td>≤4</td>", "4", 4.0, pm, "infant_mortality_rate", "婴儿死亡率", "target", "<="),
    R("<td>2.13</td>", "2.13", 2.13, pm, "infant_mortality_rate", "婴儿死亡率"),
    R("<td>≤5</td>", "5", 5.0, pm, "under5_mortality_rate", "5岁以下儿童死亡率", "target", "<="),
    R("<td>2.87</td>", "2.87", 2.87, pm, "under5_mortality_rate", "5岁以下儿童死亡率"),
    R("<td>≥95</td>", "95", 95.0, pct, "immunization_coverage_rate", "适龄儿童免疫规划疫苗接种率", "target", ">="),
    R("<td>98.4</td>", "98.4", 98.4, pct, "immunization_coverage_rate", "适龄儿童免疫规划疫苗接种率"),
    R("<td>≥65</td>", "65", 65.0, pct, "hypertension_management_rate", "高血压患者规范管理率", "target", ">="),
    R("<td>73.6</td>", "73.6", 73.6, pct, "hypertension_management_rate", "高血压患者规范管理率"),
    Q("<td>12</td>", "12", 120000, "人", "other:家庭医生签约服务人数", "家庭医生签约服务人数", "target"),
    Q("<td>13.47</td>", "13.47", 134700, "人", "other:家庭医生签约服务人数", "家庭医生签约服务人数"),
    Q("<span>3.68亿元</span>", "3.68亿元", 368000000, "元", "other:区级财政卫生健康投入", "区级财政投入卫生健康资金"),
    R("同比增长9.3%", "9.3%", 9.3, pct, "other:区级财政卫生健康投入", "区级财政投入卫生健康资金同比增长", "change"),
    Q("<span>187.2万剂次</span>", "187.2万剂次", 1872000, "剂次", "other:新冠病毒疫苗接种剂次", "新冠病毒疫苗累计接种"),
    R("占比仅为11.2%", "11.2%", 11.2, pct, "other:高级职称人员占比", "区属医院高级职称人员占比", pop="区属医院"),
    P("优质医疗资源总量不足，区属医院高级职称人员占比仅为11.2%", ["service_capacity", "workforce"]),
    P("公共卫生应急物资储备体系还不健全", ["emergency_capacity"]),
    P("基层医疗卫生机构信息系统互不联通，数据重复录入", ["informatization"]),
)

page("005_html_notice_plan_township.html",
    D("关于印发《龙泉镇2018年卫生计生工作要点》的通知", "关于印发《龙泉镇2018年卫生计生工作要点》的通知", "plan", "annual", 2018, "township", "龙泉镇"),
    R("参合率98以上", "98", 98.0, pct, "ncms_participation_rate", "新农合参合率", "target", ">=", imp=True),
    R("住院分娩率99以上", "99", 99.0, pct, "hospital_delivery_rate", "住院分娩率", "target", ">=", imp=True),
    R("孕产妇系统管理率90以上", "90", 90.0, pct, "maternal_systematic_management_rate", "孕产妇系统管理率", "target", ">=", imp=True),
    R("保健管理率92以上", "92", 92.0, pct, "child_systematic_management_rate", "7岁以下儿童保健管理率", "target", ">=", imp=True),
    R("接种率95以上", "95", 95.0, pct, "immunization_coverage_rate", "适龄儿童免疫规划疫苗接种率", "target", ">=", imp=True),
    R("政策生育率90以上", "90", 90.0, pct, "policy_compliant_birth_rate", "政策生育率", "target", ">=", imp=True),
    Q("参保人数不少于4.1万人", "4.1万人", 41000, "人", "other:城乡居民医保参保人数", "城乡居民医保参保人数", "target", ">="),
    R("报销比例不低于50%", "50%", 50.0, pct, "reimbursement_ratio", "大病保险合规医疗费用超过起付线部分报销比例", "policy", ">="),
    R("建档率保持在85%以上", "85%", 85.0, pct, "electronic_health_record_rate", "居民电子健康档案建档率", "target", ">="),
    R("健康管理率达到67%", "67%", 67.0, pct, "elderly_health_management_rate", "65岁以上老年人健康管理率", "target", pop="65岁以上老年人"),
    Q("为辖区1 200名贫困人口", "1 200名", 1200, "名", "other:贫困人口免费健康体检人数", "贫困人口免费健康体检", "target", pop="贫困人口"),
    Q("争取项目资金300万元", "300万元", 3000000, "元", "other:卫生院建设项目资金", "镇卫生院门诊楼改造项目资金", "target"),
    Q("医学毕业生3名", "3名", 3, "名", "other:招聘医学毕业生人数", "招聘本科以上医学毕业生", "target"),
    Q("全镇38名村医", "38名", 38, "名", "other:村医人数", "村医"),
    P("村医队伍老化、学历偏低，全镇38名村医中无一人取得执业医师资格", ["workforce"]),
    P("镇卫生院业务用房不足，群众就近看病的需求难以满足", ["infrastructure", "equity_access"]),
)

page("006_docshare_chunks_county.txt",
    D("盐亭县卫生局2010年工作总结及2011年工作打算", "盐亭县卫生局2010年工作总结及2011年工作打算", "summary_and_plan", "annual", 2010, "county", "盐亭县"),
    Q("参合农民48.93万人", "48.93万人", 489300, "人", "other:新农合参合人数", "新农合参合农民"),
    R("参合率达9\n6.4%", "9\n6.4%", 96.4, pct, "ncms_participation_rate", "新农合参合率"),
    R("比上年提高2.1个百分点", "2.1个百分点", 2.1, pct, "ncms_participation_rate", "新农合参合率比上年提高", "change"),
    Q("补偿参合农民32.6万人次", "32.6万人次", 326000, "人次", "other:新农合补偿人次", "补偿参合农民"),
    Q("8 127万元", "8 127万元", 81270000, "元", "other:新农合补偿资金支出", "新农合支出补偿资金"),
    R("基金使用率为91.7%", "91.7%", 91.7, pct, "ncms_fund_utilization_rate", "新农合基金使用率"),
    R("补偿比达到4\n------ 第 1 页 ------\n8.5%", "4\n------ 第 1 页 ------\n8.5%", 48.5, pct, "reimbursement_ratio", "新农合住院实际补偿比"),
    R("发病率为312.4/10万", "312.4/10万", 312.4, p100k, "notifiable_disease_incidence", "甲乙类传染病报告发病率"),
    R("比上年下降7.8%", "7.8%", -7.8, pct, "notifiable_disease_incidence", "甲乙类传染病报告发病率比上年下降", "change"),
    R("接种率保持在95%以上", "95%", 95.0, pct, "immunization_coverage_rate", "国家免疫规划疫苗接种率", cmp=">="),
    R("2009年的42.7/10万", "42.7/10万", 42.7, p100k, "maternal_mortality_ratio", "孕产妇死亡率(2009年)"),
    R("2010年的20.8/10万", "20.8/10万", 20.8, p100k, "maternal_mortality_ratio", "孕产妇死亡率"),
    R("婴儿死亡率为8.9‰", "8.9‰", 8.9, pm, "infant_mortality_rate", "婴儿死亡率"),
    Q("基础设施建设资金2 460万元", "2 460万元", 24600000, "元", "other:基础设施建设投入", "基础设施建设投入资金"),
    Q("完成12所乡镇卫生院", "12所", 12, "所", "other:乡镇卫生院改扩建数", "改扩建乡镇卫生院"),
    Q("新增业务用房1.86万平方米", "1.86万平方米", 18600, "平方米", "other:新增业务用房面积", "新增业务用房"),
    R("仅占18.6%", "18.6%", 18.6, pct, "other:大专以上学历人员占比", "乡镇卫生院大专以上学历人员占比", pop="乡镇卫生院"),
    R("参合率稳定在97%以上", "97%", 97.0, pct, "ncms_participation_rate", "新农合参合率", "target", ">="),
    R("住院分娩率达到98%以上", "98%", 98.0, pct, "hospital_delivery_rate", "住院分娩率", "target", ">="),
    R("制在30/10万以下", "30/10万", 30.0, p100k, "maternal_mortality_ratio", "孕产妇死亡率", "target", "<="),
    R("控制在12‰以下", "12‰", 12.0, pm, "infant_mortality_rate", "婴儿死亡率", "target", "<="),
    P("乡镇卫生院人才严重缺乏，全县乡镇卫生院有大专以上学历的仅占18.6%", ["workforce"]),
    P("部分乡镇卫生院管理松散，规章制度流于形式", ["execution"]),
    P("村级卫生室房屋简陋，\n多数无独立的诊断室和药房", ["infrastructure"], anchor="村级卫生室房屋简陋"),
)

page("007_traditional_pinyin_heshun.txt",
    D("衛(wèi)生(shēng)局(jú)：和順縣2012年", None, "summary", "annual", 2012, "county", "和順縣"),
    Q("全縣農業人口12.7萬人", "12.7萬人", 127000, "人", "other:農業人口", "農業人口"),
    Q("參合11.93萬人", "11.93萬人", 119300, "人", "other:新農合參合人數", "新農合參合人數"),
    R("參合率93.9%", "93.9%", 93.9, pct, "ncms_participation_rate", "新農合參合率"),
    R("較上年提高3.4個百分點", "3.4個百分點", 3.4, pct, "ncms_participation_rate", "參合率較上年提高", "change"),
    Q("由230元提高到290元", "230元", 230, "元", "other:新農合人均籌資標準", "新農合人均籌資標準(調整前)", "policy"),
    Q("提高到290元", "290元", 290, "元", "other:新農合人均籌資標準", "新農合人均籌資標準", "policy"),
    Q("住院補償1.16萬人次", "1.16萬人次", 11600, "人次", "other:新農合住院補償人次", "新農合住院補償"),
    R("住院實際補償比爲52.6%", "52.6%", 52.6, pct, "reimbursement_ratio", "新農合住院實際補償比"),
    Q("控(kòng)制在3 100元左右", "3 100元", 3100, "元", "other:次均住院費用", "次均住院費用", cmp="~"),
    R("住院分娩率達到97.8%", "97.8%", 97.8, pct, "hospital_delivery_rate", "住院分娩率"),
    R("孕產婦死亡率爲0", "0", 0.0, p100k, "maternal_mortality_ratio", "孕產婦死亡率", imp=True),
    R("分別爲9.6‰", "9.6‰", 9.6, pm, "infant_mortality_rate", "嬰兒死亡率"),
    R("9.6‰和11.2‰", "11.2‰", 11.2, pm, "under5_mortality_rate", "5歲以下兒童死亡率"),
    Q("執業醫師僅有43人", "43人", 43, "人", "other:鄉鎮衛生院執業醫師數", "鄉鎮衛生院執業醫師", pop="鄉鎮衛生院"),
    P("鄉鎮衛生院技術力量薄弱，全縣鄉鎮衛生院執業醫師僅有43人", ["workforce", "service_capacity"]),
    P("村衛生室藥品監管不到位，個別村醫超範圍用藥", ["execution"]),
    P("新農合基金監管手段單一，個別定點醫療機構存在誘導住院現象", ["execution", "integrity"]),
)
