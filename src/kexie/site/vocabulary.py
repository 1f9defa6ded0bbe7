"""The interface's fixed words that live in Python as plain Chinese (choice labels, flow steps, history actions),
listed here so makemessages puts them in the catalogue; templates translate them where they show them.

tests/ledger/test_ledger_english.py checks that every choice label and flow step has its English, so a new word
that is missing here fails there.
"""

# pgettext_lazy, not pgettext_noop: makemessages extracts only the former.
from django.utils.translation import gettext_noop as _, pgettext_lazy

WORDS = [
    # organisations: kind, level, member role
    _("科协"), _("学会/协会/研究会"), _("高校科协"), _("企业科协"), _("科技馆"), _("老科协"), _("其他"),
    _("全国"), _("省级"), _("市级"), _("县级"), _("乡镇"),
    _("管理员"), _("经办"), _("督办"), _("领导"),
    # documents
    _("通知"), _("方案/计划"), _("制度/办法"), _("报道/简报"), _("总结/报告"),
    # ledger: plan state, responsibility roles, match states, assignment role and status
    _("草稿"), _("已下发"),
    _("牵头领导"), _("责任领导"), _("责任科室"), _("牵头单位"), _("配合单位"),
    _("待确认"), _("已确认"), _("已新建"), _("已忽略"),
    _("牵头"), _("配合"),
    _("交办"), _("签收"), _("办理中"), _("申请办结"), _("办结"), _("退回"), _("延期申请"),
    # volunteers: service kinds
    _("技术服务"), _("民生服务"), _("科普服务"), _("应急服务"), _("专业服务"),
    # history: object kinds
    _("台账"), _("任务"), _("报送"), _("备案"), _("名称匹配"), _("主送单位"),
    # flow steps, as buttons ("step") and as what happened ("history", with the other actions)
    pgettext_lazy("step", "签收"), pgettext_lazy("step", "开始办理"), pgettext_lazy("step", "申请办结"),
    pgettext_lazy("step", "办结"), pgettext_lazy("step", "退回"), pgettext_lazy("step", "延期申请"),
    pgettext_lazy("step", "同意延期"), pgettext_lazy("step", "不同意延期"),
    pgettext_lazy("history", "签收"), pgettext_lazy("history", "开始办理"), pgettext_lazy("history", "申请办结"),
    pgettext_lazy("history", "办结"), pgettext_lazy("history", "退回"), pgettext_lazy("history", "延期申请"),
    pgettext_lazy("history", "同意延期"), pgettext_lazy("history", "不同意延期"), pgettext_lazy("history", "建立"),
    pgettext_lazy("history", "修改"), pgettext_lazy("history", "下发"), pgettext_lazy("history", "交办"),
    pgettext_lazy("history", "报送"), pgettext_lazy("history", "确认"), pgettext_lazy("history", "新建并确认"),
    pgettext_lazy("history", "忽略"), pgettext_lazy("history", "备案"), pgettext_lazy("history", "删除"),
    pgettext_lazy("history", "转办"), pgettext_lazy("history", "对应上级任务"), pgettext_lazy("history", "重新办理"),
    # ledger: rhythms of recurring reports (Rhythm), quota items' object kind
    _("不定期"), _("每周"), _("每月"), _("每季度"), _("每半年"), _("每年"), _("按指定日期"), _("定额登记"),
    # ledger: a reporting period's state (cycles.PeriodState; 逾期 below), setting a rhythm in the history
    _("已报"), _("迟报"), _("未报"), _("未开始"), _("无需报送"), pgettext_lazy("history", "设置报送周期"),
    # ledger table sort order
    _("序号"), _("完成时限"),
    # lights (ledger.lights.Light)
    _("绿"), _("黄"), _("红"), _("灰"),
    # working days: audit log objects and actions (workdays.apps)
    _("节假日调整"), _("已录入年度"), pgettext_lazy("history", "确认年度"), pgettext_lazy("history", "撤销确认"),
    # oversight: notice kinds, email states, 催办 in the history
    _("临期"), _("逾期"), _("催办"), _("待发送"), _("已发送"), _("本人已关闭邮件"), _("无邮箱地址"),
    pgettext_lazy("history", "催办"),
    # office: an export job's state
    _("排队中"), _("生成中"), _("已生成"), _("生成失败"),
    # registers: gender; volunteers' states and the five service kinds
    _("男"), _("女"),
    # 走访慰问's kinds (workers.ContactKind)
    _("走访"), _("慰问"), _("座谈"), _("电话"), _("调研"),
    _("待审核"), _("已注册"), _("未通过"), _("已退出"),
    _("技术服务"), _("民生服务"), _("科普服务"), _("应急服务"), _("专业服务"),
]
