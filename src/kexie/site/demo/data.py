"""The demo's organisations, people and sign-ins: every body and person the five seed documents name.

Bodies the seeds only imply are added where the demo needs them: 遵义's and 保定's county-level
associations, so that 各县（市、区）科协 can be expanded and a county user can sign in.
"""

from __future__ import annotations

DEMO_PASSWORD = "kexie-demo-2022"

# (name, short name, aliases, kind, level, departments, people, children)
# people: (name, [titles], department or None)


def org(name, short="", aliases=(), kind="association", level=None, departments=(), people=(), children=()):
    return {"name": name, "short_name": short, "aliases": list(aliases), "kind": kind, "level": level,
            "departments": list(departments), "people": list(people), "children": list(children)}


def county(name, short):
    return org(name, short, kind="association", level=4)


ZUNYI_COUNTIES = [
    county("红花岗区科学技术协会", "红花岗区科协"),
    county("汇川区科学技术协会", "汇川区科协"),
    county("播州区科学技术协会", "播州区科协"),
    county("桐梓县科学技术协会", "桐梓县科协"),
    county("绥阳县科学技术协会", "绥阳县科协"),
    county("正安县科学技术协会", "正安县科协"),
    county("道真仡佬族苗族自治县科学技术协会", "道真县科协"),
    county("务川仡佬族苗族自治县科学技术协会", "务川县科协"),
    county("凤冈县科学技术协会", "凤冈县科协"),
    county("湄潭县科学技术协会", "湄潭县科协"),
    county("余庆县科学技术协会", "余庆县科协"),
    county("习水县科学技术协会", "习水县科协"),
    county("赤水市科学技术协会", "赤水市科协"),
    county("仁怀市科学技术协会", "仁怀市科协"),
]

# 保定's districts and county-level cities, so that its plan's 各县（市、区）科协 expands too.
BAODING_COUNTIES = [
    county("保定市竞秀区科学技术协会", "竞秀区科协"),
    county("保定市莲池区科学技术协会", "莲池区科协"),
    county("保定市满城区科学技术协会", "满城区科协"),
    county("保定市清苑区科学技术协会", "清苑区科协"),
    county("保定市徐水区科学技术协会", "徐水区科协"),
    county("涿州市科学技术协会", "涿州市科协"),
    county("安国市科学技术协会", "安国市科协"),
    county("高碑店市科学技术协会", "高碑店市科协"),
]

ZUNYI = org(
    "遵义市科学技术协会", "遵义市科协", ["市科协", "遵义科协"], level=3,
    departments=[("办公室", ["市科协办公室"]), ("业务部", []), ("党支部", [])],
    people=[
        ("雷洪", ["党组书记"], None),
        ("史廷昌", ["主席"], None),
        ("杨新露", ["副主席", "领导小组办公室主任"], None),
        ("杨家瑾", ["三级调研员"], None),
        ("李光华", ["办公室主任"], "办公室"),
        ("陈艳", ["业务部部长"], "业务部"),
        ("马廷贵", ["业务部副部长"], "业务部"),
        ("魏爽", [], "办公室"),
    ],
    children=[
        org("遵义市科技馆", "", ["科技馆", "市科技馆"], kind="museum", level=3,
            people=[("邱会涛", ["副馆长"], None)]),
        *ZUNYI_COUNTIES,
        org("新蒲新区科技局", "", [], kind="other", level=4),
    ],
)

SICHUAN_CITIES = [
    ("成都市科学技术协会", "成都市科协"), ("自贡市科学技术协会", "自贡市科协"),
    ("攀枝花市科学技术协会", "攀枝花市科协"), ("泸州市科学技术协会", "泸州市科协"),
    ("德阳市科学技术协会", "德阳市科协"), ("绵阳市科学技术协会", "绵阳市科协"),
    ("广元市科学技术协会", "广元市科协"), ("遂宁市科学技术协会", "遂宁市科协"),
    ("内江市科学技术协会", "内江市科协"), ("乐山市科学技术协会", "乐山市科协"),
    ("南充市科学技术协会", "南充市科协"), ("眉山市科学技术协会", "眉山市科协"),
    ("宜宾市科学技术协会", "宜宾市科协"), ("广安市科学技术协会", "广安市科协"),
    ("达州市科学技术协会", "达州市科协"), ("雅安市科学技术协会", "雅安市科协"),
    ("巴中市科学技术协会", "巴中市科协"), ("资阳市科学技术协会", "资阳市科协"),
    ("阿坝藏族羌族自治州科学技术协会", "阿坝州科协"), ("甘孜藏族自治州科学技术协会", "甘孜州科协"),
    ("凉山彝族自治州科学技术协会", "凉山州科协"),
]


def sichuan_city(name, short):
    # The newspaper page writes the prefectures as 凉山州科学技术协会: keep that form as an alias.
    aliases = [short.replace("科协", "科学技术协会")] if short.replace("科协", "科学技术协会") != name else []
    people, children = [], []
    if short == "广元市科协":
        people = [("王文", ["党组书记"], None)]
    if short == "乐山市科协":
        children = [org("乐山市沙湾区老科学技术工作者协会", "沙湾区老科协", ["沙湾区老科协"], kind="senior", level=4)]
    if short == "内江市科协":
        children = [org("内江市老科学技术工作者协会", "内江市老科协", ["市老科协"], kind="senior", level=3)]
    return org(name, short, aliases, level=3, people=people, children=children)


TREE = org(
    "中国科学技术协会", "中国科协", [], level=1,
    children=[
        org("中国生物物理学会", "", [], kind="society", level=1),
        org("中国科学技术馆", "中国科技馆", [], kind="museum", level=1),
        org("贵州省科学技术协会", "贵州省科协", ["省科协", "贵州科协"], level=2,
            children=[org("贵州科技馆", "", ["贵州省科技馆"], kind="museum", level=2), ZUNYI]),
        org("陕西省科学技术协会", "陕西省科协", ["省科协", "陕科协"], level=2,
            children=[
                org("陕西科技馆", "", [], kind="museum", level=2),
                org("杨凌示范区科学技术协会", "杨凌示范区科协", [], level=3),
                org("韩城市科学技术协会", "韩城市科协", [], level=4),
                org("西安市科学技术协会", "西安市科协", [], level=3,
                    children=[county("西安市长安区科学技术协会", "长安区科协")]),
                org("宝鸡市科学技术协会", "宝鸡市科协", [], level=3,
                    children=[county("宝鸡市凤翔区科学技术协会", "凤翔区科协")]),
                org("咸阳市科学技术协会", "咸阳市科协", [], level=3,
                    children=[county("三原县科学技术协会", "三原县科协")]),
                org("陕西省机械工程学会", "", [], kind="society", level=2),
            ]),
        org("广东省科学技术协会", "广东省科协", ["省科协", "粤科协"], level=2,
            departments=[("直属机关党办", [])],
            people=[("刘泽周", [], None)],
            children=[org("中山市科学技术协会", "中山市科协", ["广东省中山市科协"], level=3)]),
        org("四川省科学技术协会", "四川省科协", ["省科协"], level=2,
            departments=[("机关党委", [])],
            people=[("陈文菊", ["党组成员", "机关党委书记"], "机关党委")],
            children=[sichuan_city(n, s) for n, s in SICHUAN_CITIES]),
        org("河北省科学技术协会", "河北省科协", ["省科协", "冀科协"], level=2,
            children=[org("保定市科学技术协会", "保定市科协", ["市科协"], level=3,
                          departments=[("办公室", []), ("学会部", []), ("科普部", [])],
                          people=[("孙增军", [], None)], children=BAODING_COUNTIES)]),
    ],
)

# (username, organisation, role, person or None, full name)
USERS = [
    ("cast-admin", "中国科学技术协会", "admin", None, "中国科协管理员"),
    ("zunyi-admin", "遵义市科学技术协会", "admin", None, "遵义市科协管理员"),
    ("zunyi-staff", "遵义市科学技术协会", "staff", "魏爽", "魏爽"),
    ("zunyi-supervisor", "遵义市科学技术协会", "supervisor", "杨新露", "杨新露"),
    ("zunyi-leader", "遵义市科学技术协会", "leader", "雷洪", "雷洪"),
    ("zhengan-staff", "正安县科学技术协会", "staff", None, "正安县科协经办"),
    ("sichuan-admin", "四川省科学技术协会", "admin", None, "四川省科协管理员"),
    ("shaanxi-admin", "陕西省科学技术协会", "admin", None, "陕西省科协管理员"),
    ("shaanxi-staff", "陕西省科学技术协会", "staff", None, "陕西省科协经办"),
    ("baoding-admin", "保定市科学技术协会", "admin", None, "保定市科协管理员"),
    ("baoding-staff", "保定市科学技术协会", "staff", None, "保定市科协经办"),
]

# Which organisation files each seed: its issuer, or for the newspaper page the province it covers.
SEED_OWNERS = {
    "zunyi-2022-6-implementation-plan.txt": "遵义市科学技术协会",
    "guangdong-2022-30-work-plan.txt": "广东省科学技术协会",
    "shaanxi-2021-action-plan.txt": "陕西省科学技术协会",
    "sichuan-newspaper-page.txt": "四川省科学技术协会",
    "baoding-2021-9-activity-plan.txt": "保定市科学技术协会",
}
