"""The demo's register: about 30 scientists of 保定市科协, its counties and 陕西省科协, visits and 联系对象."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from kexie.orgs.models import Organisation
from kexie.orgs.services import upsert_person

from .models import ContactPair, Scientist, ScientistTag, Visit, refresh_counts, refresh_visit_counts
from .services import due_date, refresh_pairs

BAODING, SHAANXI = "保定市科学技术协会", "陕西省科学技术协会"
# (keeper, name, gender, birth year, unit, field, 职称, honours, phone, tags)
SCIENTISTS = [
    (BAODING, "李建华", "男", 1962, "河北农业大学", "作物遗传育种", "教授", "河北省省管优秀专家", "13903120101", "院士"),
    (BAODING, "王淑芬", "女", 1975, "河北大学", "分析化学", "教授", "", "13903120102", ""),
    (BAODING, "张志刚", "男", 1988, "华北电力大学（保定）", "新能源电力系统", "副教授", "", "13903120103",
     "青年科技人才"),
    (BAODING, "刘海燕", "女", 1980, "保定市第一中心医院", "心血管内科", "主任医师", "", "13903120104", "三长"),
    (BAODING, "赵永胜", "男", 1970, "长城汽车股份有限公司", "汽车电子", "高级工程师", "全国劳动模范", "13903120105", ""),
    (BAODING, "陈晓东", "男", 1992, "保定市农林科学院", "蔬菜栽培", "助理研究员", "", "13903120106", "青年科技人才"),
    (BAODING, "孙丽娟", "女", 1978, "保定市第一中学", "物理教学", "正高级教师", "", "13903120107", "三长"),
    (BAODING, "周明", "男", 1985, "英利能源（中国）有限公司", "光伏材料", "高级工程师", "", "13903120108",
     "青年科技人才"),
    ("保定市竞秀区科学技术协会", "马国强", "男", 1968, "竞秀区农业农村局", "农业技术推广", "推广研究员", "",
     "13903120109", "乡土人才"),
    ("保定市竞秀区科学技术协会", "杨桂兰", "女", 1972, "竞秀区人民医院", "妇产科", "副主任医师", "", "13903120110",
     "三长"),
    ("保定市莲池区科学技术协会", "吴建军", "男", 1965, "莲池区科学技术局", "科技管理", "高级工程师", "",
     "13903120111", ""),
    ("保定市莲池区科学技术协会", "郑艳", "女", 1990, "河北软件职业技术学院", "软件工程", "讲师", "",
     "13903120112", "青年科技人才"),
    ("保定市满城区科学技术协会", "冯金山", "男", 1960, "满城区草莓种植合作社", "草莓种植", "农民技术员", "",
     "13903120113", "乡土人才"),
    ("保定市清苑区科学技术协会", "何秀云", "女", 1976, "清苑区农业技术推广中心", "植物保护", "高级农艺师", "",
     "13903120114", "乡土人才"),
    ("保定市徐水区科学技术协会", "许志强", "男", 1983, "徐水区人民医院", "骨科", "主治医师", "", "13903120115", ""),
    ("涿州市科学技术协会", "韩立新", "男", 1969, "中国农业大学涿州实验站", "玉米栽培", "研究员", "",
     "13903120116", ""),
    ("涿州市科学技术协会", "曹丽", "女", 1987, "涿州市中医医院", "中医内科", "主治医师", "", "13903120117",
     "青年科技人才"),
    ("安国市科学技术协会", "邓国华", "男", 1963, "安国市药材种植协会", "中药材种植", "高级农艺师",
     "全国农村致富带头人", "13903120118", "乡土人才"),
    ("安国市科学技术协会", "彭淑琴", "女", 1974, "安国市中药材检验所", "中药鉴定", "主任药师", "", "13903120119",
     ""),
    ("高碑店市科学技术协会", "曾凡军", "男", 1981, "高碑店市第一中学", "化学教学", "高级教师", "", "13903120120",
     "三长"),
    (SHAANXI, "王德明", "男", 1955, "西北农林科技大学", "小麦育种", "教授", "中国工程院院士", "13909180121",
     "院士"),
    (SHAANXI, "李秋霞", "女", 1979, "西安交通大学", "材料科学", "教授", "陕西青年科技奖", "13909180122", ""),
    (SHAANXI, "高建平", "男", 1991, "西北工业大学", "航空发动机", "副教授", "", "13909180123", "青年科技人才"),
    (SHAANXI, "田晓红", "女", 1983, "陕西省人民医院", "神经内科", "主任医师", "", "13909180124", "三长"),
    (SHAANXI, "薛军", "男", 1972, "中国西电集团有限公司", "高压电器", "正高级工程师", "", "13909180125", ""),
    (SHAANXI, "罗敏", "女", 1989, "西安电子科技大学", "集成电路", "副教授", "", "13909180126", "青年科技人才"),
    ("杨凌示范区科学技术协会", "任建国", "男", 1966, "杨凌现代农业示范园", "设施农业", "推广研究员", "",
     "13909180127", "乡土人才"),
    ("杨凌示范区科学技术协会", "闫丽萍", "女", 1986, "西北农林科技大学", "植物病理", "副研究员", "",
     "13909180128", "青年科技人才"),
    ("韩城市科学技术协会", "段红军", "男", 1970, "韩城市花椒研究所", "花椒栽培", "高级农艺师", "", "13909180129",
     "乡土人才"),
    ("韩城市科学技术协会", "姚静", "女", 1977, "韩城市人民医院", "儿科", "副主任医师", "", "13909180130", "三长"),
]
# (keeper, days ago, kind, people, scientists, notes, requests)
VISITS = [
    (BAODING, 20, "走访", ["孙增军", "王晓明"], ["李建华"], "走访河北农业大学李建华教授，了解育种基地建设进展。",
     "希望协调试验用地续租。"),
    (BAODING, 45, "慰问", ["孙增军"], ["赵永胜", "周明"], "春节前慰问企业一线科技工作者。", ""),
    (BAODING, 130, "座谈", ["王晓明", "刘静"], ["王淑芬", "张志刚", "陈晓东"], "青年科技人才座谈会，听取意见建议。",
     "建议增加青年人才项目申报培训。"),
    (BAODING, 200, "电话", ["刘静"], ["刘海燕"], "电话了解基层义诊活动安排。", ""),
    (SHAANXI, 30, "调研", ["陕西省科协联络员"], ["王德明", "李秋霞"], "调研院士专家工作站运行情况。",
     "希望简化工作站年度考核材料。"),
]
# (keeper, person, scientist, period, target, started days ago)
PAIRS = [
    (BAODING, "孙增军", "李建华", "quarter", 1, 300),
    (BAODING, "孙增军", "赵永胜", "quarter", 1, 300),
    (BAODING, "王晓明", "王淑芬", "quarter", 1, 300),
    (BAODING, "王晓明", "张志刚", "month", 1, 300),
    (BAODING, "刘静", "刘海燕", "quarter", 1, 300),
    (BAODING, "刘静", "孙丽娟", "half", 1, 400),
    (SHAANXI, "陕西省科协联络员", "王德明", "quarter", 1, 200),
    (SHAANXI, "陕西省科协联络员", "高建平", "quarter", 2, 200),
]


def build_demo_register() -> str:
    """Create what is missing; a second run changes nothing."""
    today = timezone.localdate()
    orgs = {o.name: o for o in Organisation.objects.filter(name__in={row[0] for row in SCIENTISTS})}
    if len(orgs) < len({row[0] for row in SCIENTISTS}):
        return "skipped (the demo organisations are missing)"
    tags = {t.name: t for t in ScientistTag.objects.all()}
    made = {"scientists": 0, "visits": 0, "pairs": 0}
    with transaction.atomic():
        people = {}
        for keeper, person in {(v[0], p) for v in VISITS for p in v[3]} | {(p[0], p[1]) for p in PAIRS}:
            found = orgs[keeper].people.filter(name=person).first()  # an existing person keeps their titles
            people[(keeper, person)] = found or upsert_person(orgs[keeper], person)[0]
        by_name = {}
        for keeper, name, gender, year, unit, field, title, honours, phone, tag in SCIENTISTS:
            s, created = Scientist.objects.get_or_create(
                organisation=orgs[keeper], name=name, work_unit=unit,
                defaults={"gender": gender, "birth_year": year, "field": field, "title": title, "honours": honours,
                          "phone": phone, "email": ""})
            if created:
                made["scientists"] += 1
                if tag:
                    s.tags.add(tags[tag])
            by_name[name] = s
        for keeper, days, kind, who, whom, notes, raised in VISITS:
            if Visit.objects.filter(organisation=orgs[keeper], notes=notes).exists():
                continue
            v = Visit.objects.create(organisation=orgs[keeper], date=today - datetime.timedelta(days=days), kind=kind,
                                     notes=notes, requests_raised=raised)
            v.people.set([people[(keeper, p)] for p in who])
            v.scientists.set([by_name[n] for n in whom])
            made["visits"] += 1
        for keeper, person, name, period, target, ago in PAIRS:
            if ContactPair.objects.filter(person=people[(keeper, person)], scientist=by_name[name]).exists():
                continue
            pair = ContactPair(organisation=orgs[keeper], person=people[(keeper, person)], scientist=by_name[name],
                               period=period, target=target, started_on=today - datetime.timedelta(days=ago))
            pair.due_on = due_date(pair)
            pair.save()
            made["pairs"] += 1
        refresh_pairs(ContactPair.objects.filter(organisation__in=orgs.values()))
        refresh_counts(o.pk for o in orgs.values())
        refresh_visit_counts(Visit.objects.filter(organisation__in=orgs.values()).order_by()
                             .values_list("organisation_id", "date__year").distinct())
    overdue = ContactPair.objects.filter(organisation__in=orgs.values(), due_on__lt=today).count()
    return (f"{made['scientists']} scientists, {made['visits']} visits, {made['pairs']} 联系对象 added "
            f"({overdue} overdue)")
