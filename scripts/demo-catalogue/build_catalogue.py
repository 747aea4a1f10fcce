#!/usr/bin/env python3
"""Build the demo enforcement catalogue (执法事项清单模板) of 明镜 Mingjing.

Reads civil-affairs-matters.csv beside this script (the 139 civil-affairs matters of the shared data set,
copied verbatim) and writes src/main/resources/demo/catalogue.json: every matter with its structured legal
basis, responsibility items (责任事项), time limit, fees, service-guide fields and flow-chart steps, and for
penalty matters the penalty kinds, the statute's fine bounds and the discretion standard (裁量基准); then the
random-inspection list (随机抽查事项清单), the legal-review catalogue of major decisions (重大执法决定法制审核目录
清单), the remedy and supervision channels and the service windows.

The JSON is a template that the product loads into each county bureau and the city bureau, so no agency is
named in it except through the placeholder {agency} (the agency's full name, e.g. 湖滨区民政局).

Run (Python 3.8 or later, standard library only):

    python3 scripts/demo-catalogue/build_catalogue.py

The output is the same on every run. The script checks its own output with assertions (enumerations, length
limits of the database columns, fine ranges inside the statute's bounds, the matters and review rules the
acceptance checks rely on) and fails loudly; at the end it prints a summary.
"""

import csv
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CSV_PATH = HERE / "civil-affairs-matters.csv"
OUT_PATH = HERE.parent.parent / "src" / "main" / "resources" / "demo" / "catalogue.json"

CATEGORIES = ("ADMINISTRATIVE_LICENSING", "ADMINISTRATIVE_PENALTY", "ADMINISTRATIVE_COERCION",
              "ADMINISTRATIVE_INSPECTION", "ADMINISTRATIVE_CONFIRMATION", "ADMINISTRATIVE_PAYMENT", "OTHER")
PENALTY_KINDS = ("WARNING", "CRITICISM", "FINE", "CONFISCATION", "SUSPENSION", "REVOCATION", "OTHER")
FINE_BASES = ("FIXED", "ILLEGAL_INCOME", "ILLEGAL_TURNOVER")
AV_STAGES = ("FILING", "ON_SITE_ENFORCEMENT", "INVESTIGATION", "HEARING", "DECISION", "DIRECT_SERVICE",
             "LIEN_SERVICE", "PUBLIC_NOTICE_SERVICE", "EXECUTION")
TIME_UNITS = ("CALENDAR_DAYS", "WORKING_DAYS")
# The period rules a matter may name, with the length the product's calendar gives them.
TIME_RULES = {"PENALTY_DECISION": (90, "CALENDAR_DAYS"), "LICENSING_DECISION": (20, "WORKING_DAYS"),
              "SEIZURE": (30, "CALENDAR_DAYS")}
LEVELS = {"MINOR": "轻微", "GENERAL": "一般", "SERIOUS": "较重", "SEVERE": "严重"}
CHANNEL_KINDS = ("COMPLAINT", "SUPERVISION", "HOTLINE", "ONLINE")

HOURS = "工作日 8:30-12:00，14:30-17:30"
NO_FEE = "不收费"
PENALTY_LAW = "《中华人民共和国行政处罚法》"


# ------------------------------------------------------------------------------------------ legal citations

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN = "零〇一二两三四五六七八九十百千"


def cn_int(text):
    """一百零三 → 103, 十九 → 19, also plain Arabic digits."""
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (digit or 1) * CN_UNITS[ch]
            digit = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text}")
    return total + digit


def basis_entry(law, article, paragraph=None, item=None):
    return {"law": law, "article": article, "paragraph": paragraph, "item": item}


PARAGRAPH_ITEM = re.compile(rf"(?:第(?P<p>[{CN}]+)款)?(?:第（(?P<i>[{CN}]+)）(?:至（(?P<j>[{CN}]+)）)?项)?")


def parse_paragraph_item(text):
    """'第一款第（一）项、第二款' → [(1, 1), (2, None)]. A run of items (第（一）至（八）项) cites its paragraph."""
    if not text:
        return [(None, None)]
    result = []
    for part in text.split("、"):
        m = PARAGRAPH_ITEM.fullmatch(part)
        assert m and (m["p"] or m["i"]), f"cannot read paragraph/item {part!r}"
        paragraph = cn_int(m["p"]) if m["p"] else None
        item = None if m["j"] or not m["i"] else cn_int(m["i"])
        result.append((paragraph, item))
    return result


NOTE_REFERENCE = re.compile(rf"第(?P<a>[{CN}]+)条(?:至第(?P<b>[{CN}]+)条)?(?:第(?P<p>[{CN}]+)款)?"
                            rf"(?:第（(?P<i>[{CN}]+)）项)?")


def note_references(note):
    """The articles of the same statute that the note gives as 依据 or 职责依据, e.g. '职责依据：第二十四条第（三）项'."""
    result = []
    for segment in note.split("；"):
        m = re.fullmatch(r"(?:职责)?依据：(.*)", segment)
        if not m:
            continue
        for piece in m.group(1).split("、"):
            r = NOTE_REFERENCE.fullmatch(piece)
            assert r, f"cannot read the reference {piece!r} in the note {note!r}"
            first = cn_int(r["a"])
            last = cn_int(r["b"]) if r["b"] else first
            for article in range(first, last + 1):
                result.append((article, cn_int(r["p"]) if r["p"] else None, cn_int(r["i"]) if r["i"] else None))
    return result


def add_basis(entries, entry):
    """Adds a citation unless it repeats one, or cites a whole article already cited more precisely."""
    same_article = [e for e in entries if e["law"] == entry["law"] and e["article"] == entry["article"]]
    if entry in entries or (same_article and entry["paragraph"] is None and entry["item"] is None):
        return
    entries.append(entry)


# Provisions of a second statute that the CSV notes name for a matter (Henan's implementing rules, the Civil
# Code's cooling-off period); they belong to the matter's basis too.
EXTRA_BASIS = {
    "MZ-XK-BZ-8-1": [basis_entry("河南省殡葬管理办法", 9, 1, 2)],
    "MZ-XK-BZ-8-2": [basis_entry("河南省殡葬管理办法", 9, 1, 3)],
    "MZ-XK-BZ-8-3": [basis_entry("河南省殡葬管理办法", 9, 1, 4)],
    "MZ-XK-BZ-8-4": [basis_entry("河南省殡葬管理办法", 9, 1, 5)],
    "MZ-XK-BZ-8-5": [basis_entry("河南省殡葬管理办法", 9, 1, 1)],
    "MZ-CF-BZ-19": [basis_entry("河南省殡葬管理办法", 11)],
    "MZ-QR-HY-10": [basis_entry("中华人民共和国民法典", 1076), basis_entry("中华人民共和国民法典", 1077)],
}


def build_basis(row, law):
    entries = []
    for paragraph, item in parse_paragraph_item(row["paragraph_item"]):
        add_basis(entries, basis_entry(law, int(row["article"]), paragraph, item))
    for article, paragraph, item in note_references(row["licensing_or_inspection_basis_note"]):
        add_basis(entries, basis_entry(law, article, paragraph, item))
    for entry in EXTRA_BASIS.get(row["code"], []):
        add_basis(entries, entry)
    return entries


# ------------------------------------------------------------------------------ penalty kinds and fine rules

# CSV kind → the product's penalty kind. 责令改正 is not a penalty (行政处罚法第二十八条): it is dropped and named
# in the matter's conditions instead. 取缔 and the other measures a regulation adds are OTHER.
KIND_MAP = {"WARNING": "WARNING", "CRITICISM": "CRITICISM", "FINE": "FINE", "CONFISCATION": "CONFISCATION",
            "SUSPENSION": "SUSPENSION", "REVOCATION": "REVOCATION", "BAN": "OTHER", "OTHER": "OTHER",
            "ORDER_CORRECTION": None}

# The product refuses a penalty matter without any penalty kind. Where the statute gives nothing but 责令限期改正
# (殡葬管理条例第二十条), the CSV still lists the matter as a penalty; it keeps 责令限期改正 as OTHER so that the
# matter loads, and its conditions say that the measure is not a penalty under 行政处罚法第九条.
ORDER_ONLY_KIND = "OTHER"

PENALTY_ITEM = re.compile(r"([A-Z_]+)\(([^()]*)\)")


def parse_penalties(text):
    """'WARNING(警告);FINE(可以并处罚款)' → [('WARNING', '警告'), ('FINE', '可以并处罚款')]."""
    if not text:
        return []
    items = [PENALTY_ITEM.fullmatch(part) for part in text.split(";")]
    assert all(items), f"cannot read penalties {text!r}"
    for m in items:
        assert m.group(1) in KIND_MAP, f"unknown penalty kind {m.group(1)} in {text!r}"
    return [(m.group(1), m.group(2)) for m in items]


# What a multiple is a multiple of, in the statute's words.
MULTIPLE_BASES = {"违法经营额": "ILLEGAL_TURNOVER", "制造、销售金额": "ILLEGAL_TURNOVER", "违法所得": "ILLEGAL_INCOME",
                  "所收取报酬": "ILLEGAL_INCOME"}
MULTIPLE = re.compile(r"(违法经营额|制造、销售金额|违法所得|所收取报酬)([0-9一二三四五六七八九十]+)倍以上"
                      r"([0-9一二三四五六七八九十]+)倍以下")
AMOUNT = re.compile(r"([0-9]+|[一二三四五六七八九十]+)(万)?元以上([0-9]+|[一二三四五六七八九十]+)(万)?元以下")


def yuan_of(number, wan):
    return cn_int(number) * (10000 if wan else 1)


def parse_fine_rule(rule):
    """The statute's fine bounds, one per basis, and the words the statute uses for each multiple's base.

    A rule with two tiers of fixed amounts (逾期不改正的一万元以上五万元以下；情节严重的五万元以上二十万元以下) becomes
    one FIXED bound over both tiers; the discretion levels keep the tiers apart.
    """
    bounds, nouns = {}, {}
    for noun, low, high in MULTIPLE.findall(rule):
        basis = MULTIPLE_BASES[noun]
        assert basis not in bounds, f"two multiples of the same basis in {rule!r}"
        bounds[basis] = (cn_int(low), cn_int(high))
        nouns[basis] = noun
    fixed = [(yuan_of(a, wa), yuan_of(b, wb)) for a, wa, b, wb in AMOUNT.findall(rule)]
    if fixed:
        bounds["FIXED"] = (min(low for low, _ in fixed), max(high for _, high in fixed))
    assert not rule or bounds, f"cannot read the fine rule {rule!r}"
    return [{"basis": basis, "min": low, "max": high} for basis, (low, high) in bounds.items()], nouns


# ------------------------------------------------------------------------------------ fields of enforcement

# By the code's third part: who the matters concern, the unit that handles them, the evidence typical of them.
DOMAINS = {
    "SHTT": {"subject": "社会团体", "unit": "社会组织管理科", "people": "会员",
             "evidence": "登记证书、章程、会议纪要、财务凭证和会计账簿等书证"},
    "MF": {"subject": "民办非企业单位", "unit": "社会组织管理科", "people": "服务对象",
           "evidence": "登记证书、章程、会议纪要、财务凭证和会计账簿等书证"},
    "JJH": {"subject": "基金会", "unit": None, "people": "捐赠人、受益人",
            "evidence": "登记证书、章程、理事会决议、财务会计报告和审计报告等书证"},
    "CS": {"subject": "慈善组织", "unit": "社会组织管理科", "people": "捐赠人、受益人",
           "evidence": "登记证书、章程、募捐方案、捐赠票据、银行账户流水和财务会计报告等书证"},
    "ZY": {"subject": "志愿服务组织", "unit": "社会组织管理科", "people": "志愿者、志愿服务对象",
           "evidence": "登记证书、志愿服务记录、服务协议和收费票据等书证"},
    "BZ": {"subject": "", "unit": "社会事务科", "people": "群众",
           "evidence": "现场勘验笔录、测量记录、照片、销售票据和账簿等证据"},
    "HNBZ": {"subject": "", "unit": "社会事务科", "people": "群众",
             "evidence": "现场勘验笔录、测量记录、照片、销售票据和账簿等证据"},
    "DM": {"subject": "", "unit": "区划地名科", "people": "群众",
           "evidence": "现场照片、地名使用情况记录、评估报告等证据"},
    "LN": {"subject": "养老机构", "unit": "养老服务科", "people": "老年人",
           "evidence": "服务协议、入住老年人名册、安全检查记录、照片和有关票据等证据"},
    "HNLN": {"subject": "养老机构", "unit": "养老服务科", "people": "老年人",
             "evidence": "服务协议、入住老年人名册、服务记录、照片和有关票据等证据"},
    "HY": {"subject": "", "unit": "婚姻登记处", "people": "当事人", "evidence": ""},
}

# 基金会 are registered by the State Council's and the provinces' civil-affairs departments (基金会管理条例第六条).
FOUNDATION_BODY = "基金会登记管理机关（国务院民政部门或者省级人民政府民政部门）"
FOUNDATION_NOTE = ("本事项由基金会登记管理机关（国务院民政部门和省、自治区、直辖市人民政府民政部门）实施，"
                   "县级民政部门无此职权。")

# Bodies that differ from "the agency, through its unit" (approving bodies of funeral facilities, place names).
BODIES = {
    "MZ-XK-BZ-8-1": ("{agency}社会事务科", "本级人民政府（由{agency}提出方案报批）"),
    "MZ-XK-BZ-8-3": ("{agency}社会事务科", "省人民政府民政部门（经{agency}和同级人民政府审核同意后报批）"),
    "MZ-XK-BZ-8-4": ("省人民政府民政部门", "国务院民政部门（经省人民政府民政部门审核同意后报批）"),
    "MZ-XK-DM-12": ("{agency}区划地名科", "有批准权的人民政府或者有关部门（按地名类别确定）"),
    "MZ-CF-CS-114-1": ("省级以上人民政府民政部门", "省级以上人民政府民政部门（取消指定由国务院民政部门作出）"),
    "MZ-QT-CS-24": ("{agency}慈善事业促进和社会工作科", "{agency}"),
    "MZ-QT-CS-45": ("{agency}慈善事业促进和社会工作科", "{agency}"),
}


def domain_key(code):
    return code.split("-")[2]


def self_reference(law):
    """How the statute calls itself: 本法, 本条例, 本办法."""
    if law.endswith("办法"):
        return "本办法"
    if law.endswith("法") or law.endswith("法典"):
        return "本法"
    return "本条例"


def strip_clauses(text):
    """Drops a leading condition ('情节严重的，') and a leading modal ('可以', '应当') from a penalty's words."""
    text = re.sub(r"^[^，]*的，", "", text)
    return re.sub(r"^(可以|应当)", "", text)


# The thing confiscated where the statute only says 予以没收.
CONFISCATION_PHRASES = {
    "MZ-CF-BZ-22-2": "没收违法制造、销售的封建迷信殡葬用品",
    "MZ-CF-HNBZ-39-1": "没收违法制造、销售的封建迷信殡葬用品",
    "MZ-CF-HNBZ-39-2": "没收在火葬区违法销售的棺材等土葬用品",
}


# Words that need a subject of their own when they stand in a sentence about a level.
OTHER_PHRASES = {"MZ-CF-CS-112": "禁止有关责任人员一年至五年内担任慈善组织的管理人员"}


def kind_phrase(code, kind, details):
    """The matter's own words for one kind of penalty, as a clause of a decision."""
    if kind == "OTHER" and code in OTHER_PHRASES:
        return OTHER_PHRASES[code]
    words = [strip_clauses(d) for d in details]
    if kind == "WARNING":
        return "给予警告"
    if kind == "CONFISCATION":
        if code in CONFISCATION_PHRASES:
            return CONFISCATION_PHRASES[code]
        if any("非法财产" in w for w in words):
            return "没收非法财产"
        return "没收违法所得"
    if kind == "SUSPENSION":
        word = words[0]
        return word if word.startswith("责令") else "责令" + word
    if kind == "REVOCATION":
        return words[0].replace("应当", "")
    return "，".join(dict.fromkeys(words))


class Matter:
    """One CSV row with what the catalogue derives from it."""

    def __init__(self, row):
        self.row = row
        self.code = row["code"]
        self.category = row["category"]
        self.name = row["name"]
        self.law = re.sub(r"\(\d{4}-\d{2}-\d{2}\)$", "", row["law"])
        self.note = row["licensing_or_inspection_basis_note"]
        self.domain = DOMAINS[domain_key(self.code)]
        self.subject = self.domain["subject"]
        penalties = parse_penalties(row["penalties"])
        self.order_texts = [d for k, d in penalties if k == "ORDER_CORRECTION"]
        details = {}
        for kind, detail in penalties:
            mapped = KIND_MAP[kind]
            if mapped:
                details.setdefault(mapped, []).append(detail)
        self.order_only = self.is_penalty and not details and bool(self.order_texts)
        if self.order_only:
            details[ORDER_ONLY_KIND] = list(self.order_texts)
        self.kinds = list(details)
        self.phrases = {k: kind_phrase(self.code, k, d) for k, d in details.items()}
        self.fine_bounds, self.fine_nouns = parse_fine_rule(row["fine_rule"])
        if "FINE" not in self.kinds:
            assert not self.fine_bounds, f"{self.code}: fine rule without FINE"

    @property
    def is_penalty(self):
        return self.category == "ADMINISTRATIVE_PENALTY"

    @property
    def provincial(self):
        return "县级民政部门无此职权" in self.note or domain_key(self.code) == "JJH"

    @property
    def act(self):
        """The case's subject matter (案由) from the matter's name: 对…的行政处罚 → …."""
        return re.sub(r"^对(.*?)(的行政处罚|的处理|的制止)$", r"\1", self.name)

    def bound(self, basis):
        return next(b for b in self.fine_bounds if b["basis"] == basis)

    def bodies(self):
        if self.code in BODIES:
            return BODIES[self.code]
        if self.provincial and domain_key(self.code) == "JJH":
            return FOUNDATION_BODY, FOUNDATION_BODY
        return "{agency}" + self.domain["unit"], "{agency}"


# ------------------------------------------------------------------------------------------ penalty matters

# Violations that name their own subject, which must not be prefixed with the field's usual one.
OWN_SUBJECT = re.compile(r"^(MZ-CF-CS-11[348]|MZ-CF-ZY-39)")
NUMBERS = "一二三四五六七八九十"


def violation_text(m):
    """The violation as the 适用情形 of the service guide, with the statute's cross-references spelled out."""
    ref = self_reference(m.law)
    text = re.sub(r"（(第[^）]*?[条款项])(?:禁止)?）", lambda r: f"（违反{ref}{r.group(1)}规定）", m.row["violation"])
    if "；" in text:
        parts = text.split("；")
        listed = "；".join(f"（{NUMBERS[i]}）{p}" for i, p in enumerate(parts))
        return f"{m.subject}有下列情形之一的：{listed}"
    if m.subject and m.subject not in text and not OWN_SUBJECT.match(m.code):
        return m.subject + text
    return text


# Further conditions of single matters, taken from the statute and the CSV notes.
CONDITION_NOTES = {
    "MZ-CF-SHTT-29-1": "被撤销登记的，由登记管理机关收缴《社会团体法人登记证书》和印章。",
    "MZ-CF-SHTT-29-2": "被撤销登记的，由登记管理机关收缴《社会团体法人登记证书》和印章。",
    "MZ-CF-SHTT-30": ("八项情形共用同一罚则。被责令限期停止活动的，由登记管理机关封存《社会团体法人登记证书》、"
                      "印章和财务凭证；被撤销登记的，收缴登记证书和印章（第三十三条）。"),
    "MZ-CF-SHTT-31": "违法行为由有关国家机关依法处理；有关国家机关认为应当撤销登记的，由登记管理机关撤销登记。",
    "MZ-CF-MF-24-1": "被撤销登记的，由登记管理机关收缴登记证书和印章。",
    "MZ-CF-MF-24-2": "本情形系业务主管单位撤销批准引起的法定撤销登记，不以民办非企业单位自身违法为前提。",
    "MZ-CF-MF-26": "违法行为由有关国家机关依法处理；有关国家机关认为应当撤销登记的，由登记管理机关撤销登记。",
    "MZ-CF-JJH-40-1": "没收的非法财产向社会公告。",
    "MZ-CF-JJH-40-2": "没收的非法财产向社会公告。",
    "MZ-CF-BZ-18": ("由民政部门会同建设、土地行政管理部门实施；《河南省殡葬管理办法》第三十六条规定，"
                    "法律、行政法规已有处罚规定的，依照其规定。"),
    "MZ-CF-BZ-19": ("河南省标准：安葬骨灰的单人或者双人合葬墓穴占地面积不超过1平方米，埋葬遗体的单人墓穴不超过"
                    "4平方米、双人合葬墓穴不超过6平方米（《河南省殡葬管理办法》第十一条）。"),
    "MZ-CF-BZ-20-1": ("本条仅规定责令限期改正，责令改正不属于《中华人民共和国行政处罚法》第九条规定的行政处罚种类，"
                      "本清单按其他类处理措施列示；当事人逾期不改正的，依法处理。"),
    "MZ-CF-BZ-20-2": ("本条仅规定责令限期改正，责令改正不属于《中华人民共和国行政处罚法》第九条规定的行政处罚种类，"
                      "本清单按其他类处理措施列示；当事人逾期不改正的，依法处理。"),
    "MZ-CF-BZ-22-1": "由民政部门会同工商行政管理部门（现为市场监督管理部门）实施。",
    "MZ-CF-BZ-22-2": "由民政部门会同工商行政管理部门（现为市场监督管理部门）实施。",
    "MZ-CF-HNBZ-39-1": "由民政部门会同工商行政管理部门（现为市场监督管理部门）实施。",
    "MZ-CF-HNBZ-39-2": "由民政部门会同工商行政管理部门（现为市场监督管理部门）实施；罚款以制造、销售金额为计算基数。",
    "MZ-CF-CS-112": "处罚对象为上述直接负责的主管人员和其他直接责任人员，与对慈善组织的处罚分别作出决定。",
    "MZ-CF-CS-113": "收缴的财产转给慈善组织用于慈善目的；假借慈善名义或者假冒慈善组织骗取财产的，移送公安机关依法查处。",
    "MZ-CF-CS-114-1": "责令限期改正由省级以上人民政府民政部门作出，取消指定由国务院民政部门作出，县级民政部门无此职权。",
    "MZ-CF-CS-114-2": "广播、电视、报刊以及网络服务提供者、电信运营商未履行验证义务的，由其主管部门依法处理。",
    "MZ-CF-CS-116": "骗取税收优惠的行为由税务机关依法查处；情节严重的，由民政部门吊销登记证书并予以公告。",
    "MZ-CF-CS-117": "违法行为由有关机关依法查处，由民政部门吊销登记证书并予以公告。",
    "MZ-CF-DM-36": "由对该地名有审批权的行政机关实施；不属于本机关审批权限的，移送有权机关处理。",
    "MZ-CF-DM-37": "罚款对象为违法单位的法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员。",
    "MZ-CF-DM-38": "由地名标志设置、维护和管理部门实施，罚款对象为责任人员；不属于本机关管理的地名标志，移送有关部门处理。",
    "MZ-CF-ZY-39": "由民政、市场监督管理等部门依照各自职责依法查处。",
    "MZ-CF-LN-45": ("责令停业整顿以民政部门责令限期改正后逾期不改正为前提；调查和处置应当遵守《中华人民共和国行政强制法》"
                    "等法律、行政法规的规定。"),
    "MZ-CF-HNBZ-42": "殡葬管理人员玩忽职守、滥用职权、徇私舞弊的，由其主管部门依法追究责任。",
}
# Notes shared by every item of one article.
CONDITION_NOTE_PREFIXES = {
    "MZ-CF-MF-25-": "被限期停止活动的，由登记管理机关封存登记证书、印章和财务凭证（第二十八条第一款）。",
    "MZ-CF-JJH-42-": ("基金会、境外基金会代表机构有本条所列行为的，登记管理机关应当提请税务机关责令补交违法行为存续期间"
                      "所享受的税收减免；被责令停止活动的，封存登记证书、印章和财务凭证（第四十二条第二款、第四十四条）。"),
    "MZ-CF-CS-109-": ("警告与责令限期停止活动择一适用，并没收违法所得；对直接负责的主管人员和其他直接责任人员，"
                      "依照第一百一十二条另行处罚。"),
    "MZ-CF-CS-110-": "对直接负责的主管人员和其他直接责任人员，依照第一百一十二条另行处罚。",
    "MZ-CF-CS-111-": ("收缴的财产转给其他慈善组织用于慈善目的；公开募捐资格证书被吊销的，五年内不得再次申请；"
                      "对直接负责的主管人员和其他直接责任人员，依照第一百一十二条另行处罚。"),
    "MZ-CF-CS-118-": "罚款的对象为直接负责的主管人员和其他直接责任人员。",
    "MZ-CF-HNBZ-37-": ("死者是国家机关工作人员或者企业事业单位职工的，其所在单位不得支付丧葬费和因丧事造成的困难补助费"
                       "（第三十七条第二款）。"),
    "MZ-CF-HNLN-58-": "罚款以责令改正后逾期不改正为前提；情节严重的，处五万元以上二十万元以下罚款。",
}


# Matters whose penalty presupposes an order to correct that was not obeyed: the order is not repeated.
CORRECTION_FIRST = {"MZ-CF-LN-45"}


def penalty_conditions(m):
    parts = [f"适用情形：{violation_text(m)}。"]
    if m.order_texts and not m.order_only and m.code not in CORRECTION_FIRST:
        parts.append(f"查处违法行为时，应当同时{'、'.join(m.order_texts)}（{PENALTY_LAW}第二十八条第一款）；"
                     "该措施不属于行政处罚种类。")
    if domain_key(m.code) == "JJH":
        parts.append(FOUNDATION_NOTE)
    parts.append(CONDITION_NOTES.get(m.code, ""))
    parts.extend(note for prefix, note in CONDITION_NOTE_PREFIXES.items() if m.code.startswith(prefix))
    if "治安管理处罚（公安机关" in m.note:
        parts.append("尚不构成犯罪、违反治安管理的，移送公安机关依法给予治安管理处罚。")
    if "构成犯罪" in m.note or "构成犯罪" in m.row["penalties"]:
        parts.append("涉嫌犯罪的，依法移送司法机关追究刑事责任。")
    return "".join(parts)


HEARING_TRIGGERS = {"FINE": "较大数额罚款", "CONFISCATION": "没收较大数额违法所得或者非法财物"}


def hearing_clause(m):
    """行政处罚法第六十三条: the penalties of this matter that give the party a right to a hearing."""
    triggers = [HEARING_TRIGGERS.get(k) or m.phrases[k] for k in m.kinds if k in ("FINE", "CONFISCATION",
                                                                                  "SUSPENSION", "REVOCATION")]
    other = m.phrases.get("OTHER", "")
    if "取缔" in other:
        triggers.append("予以取缔")
    if "禁止" in other:
        triggers.append("禁止从业")
    if not triggers:
        return ""
    return f"拟作出{'、'.join(triggers)}等行政处罚的，告知当事人有要求听证的权利；"


def execution_clause(m):
    parts = []
    if "FINE" in m.kinds:
        parts.append("罚款实行决定与收缴分离，当事人应当自收到行政处罚决定书之日起十五日内到指定银行或者通过电子支付"
                     "系统缴纳，到期不缴纳的，每日按罚款数额的百分之三加处罚款")
    if "CONFISCATION" in m.kinds:
        parts.append("没收的违法所得、非法财物依法上缴国库或者按照国家规定处置")
    if "SUSPENSION" in m.kinds:
        suspension = m.phrases["SUSPENSION"].replace("并进行整改", "")
        if "封存" in m.note or domain_key(m.code) in ("SHTT", "MF", "JJH"):
            parts.append(f"{suspension}期间依法封存登记证书、印章和财务凭证，期满组织复查")
        else:
            parts.append(f"{suspension}期间督促当事人整改，期满组织复查")
    if "REVOCATION" in m.kinds:
        announce = "并向社会公告" if "公告" in m.note or "公告" in m.row["penalties"] or m.code.startswith(
            ("MZ-CF-SHTT", "MZ-CF-MF", "MZ-CF-JJH")) else ""
        parts.append(f"{m.phrases['REVOCATION']}的，依法收缴有关证书和印章{announce}")
    if "OTHER" in m.kinds:
        parts.append(f"督促当事人履行{m.phrases['OTHER']}等决定事项")
    if not parts:
        parts.append("督促当事人履行行政处罚决定")
    return "；".join(parts) + "；当事人逾期不履行的，依法申请人民法院强制执行。"


def penalty_responsibility(m):
    return (
        f"1．立案责任：对监督检查中发现或者通过投诉、举报、其他机关移送等途径获得的{m.act}的违法线索进行核查，"
        "有证据初步证明存在违法行为、依法应当给予行政处罚的，报本机关负责人批准后立案，确定两名以上具有行政执法资格"
        "的承办人员。"
        "2．调查责任：执法人员不得少于两人，调查或者检查时主动出示执法证件，依法询问当事人和证人、进行现场检查，"
        f"收集、调取{m.domain['evidence']}，制作询问笔录和现场检查笔录；对现场执法、调查取证等环节依法进行音像记录；"
        "与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避。"
        "3．审查责任：对案件事实、证据、法律适用、裁量基准的运用和办案程序进行审查，提出处理意见；属于重大执法决定"
        "法制审核目录清单范围的，未经法制审核或者审核未通过的，不得作出决定。"
        "4．告知责任：作出行政处罚决定前，书面告知当事人拟作出的行政处罚内容及事实、理由、依据，以及依法享有的陈述、"
        f"申辩权利；{hearing_clause(m)}充分听取当事人意见，不得因当事人陈述、申辩而给予更重的处罚。"
        "5．决定责任：根据调查结果和法制审核意见，对照裁量基准作出给予行政处罚、不予行政处罚或者移送其他机关的决定；"
        "情节复杂或者重大违法行为给予行政处罚的，由本机关负责人集体讨论决定；制作行政处罚决定书，载明当事人申请行政"
        "复议、提起行政诉讼的途径和期限；自立案之日起九十日内作出决定，行政处罚决定信息自作出之日起七个工作日内依法"
        "公开。"
        "6．送达责任：行政处罚决定书在宣告后当场交付当事人；当事人不在场的，在七个工作日内依照《中华人民共和国民事"
        "诉讼法》的有关规定送达；留置送达、公告送达依法进行音像记录。"
        f"7．执行责任：{execution_clause(m)}"
        "8．其他法律法规规章文件规定应履行的责任。"
    )


def penalty_materials(m):
    return (f"立案审批表；现场检查笔录、询问笔录及音像记录；调查收集的{m.domain['evidence']}；行政处罚事先告知书；"
            "陈述申辩笔录或者听证笔录；法制审核意见书（属于重大执法决定的）；行政处罚决定书；送达回证；执行及结案材料。")


PENALTY_STEPS = ["立案", "调查取证", "审查", "告知", "陈述申辩/听证", "法制审核", "决定", "送达", "执行", "结案"]
PENALTY_AV = ["ON_SITE_ENFORCEMENT", "INVESTIGATION", "HEARING", "LIEN_SERVICE", "PUBLIC_NOTICE_SERVICE"]


# ------------------------------------------------------------------------- discretion standards (裁量基准)
#
# Each profile splits one kind of penalty provision into levels, lightest first. A level is
# (level, [circumstances], [penalty kinds], fine or None, summary, tail): the description is the summary, then
# what the level imposes in the matter's own words, then the tail. Fine ranges of successive levels partition
# the statute's range; a level without penalties means 不予行政处罚.

def lv(level, circumstances, kinds, fine=None, summary="", tail=""):
    return level, circumstances, kinds, fine, summary, tail


NOT_PUNISHED = (f"依照{PENALTY_LAW}第三十三条第一款，违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚；初次违法且"
                "危害后果轻微并及时改正的，可以不予行政处罚。对不予行政处罚的当事人，应当责令改正并进行教育。")
CORRECTED_IN_TIME = "当事人在责令改正期限内改正的，依照本条规定不予行政处罚，作出不予行政处罚决定并做好教育。"
FIRST_MINOR = "初次违法且违法行为轻微，在责令改正期限内改正，没有造成危害后果的"

# Who a fixed fine falls on, where the statute names someone other than the party.
FINE_TARGETS = {
    "MZ-CF-CS-112": "对直接负责的主管人员和其他直接责任人员",
    "MZ-CF-CS-113": "对有关组织或者个人",
    "MZ-CF-CS-118-": "对直接负责的主管人员和其他直接责任人员",
    "MZ-CF-DM-37": "对违法单位的法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员",
    "MZ-CF-DM-38": "对责任人员",
}


def revocation_only(m):
    """撤销登记 or 吊销 is the only penalty and the statute makes it mandatory: one level."""
    return [lv("SEVERE", REVOCATION_CIRCUMSTANCES[m.code], ["REVOCATION"],
               summary=f"本条规定的处罚种类仅有{m.phrases['REVOCATION']}，事实清楚、证据确凿的，依法作出决定。",
               tail="决定生效后依法收缴登记证书和印章，并向社会公告。")]


REVOCATION_CIRCUMSTANCES = {
    "MZ-CF-SHTT-29-1": ["申请登记时提交虚假的会员名册、验资报告、住所使用权证明或者负责人身份材料等，骗取登记的",
                        "隐瞒不符合登记条件的事实，骗取登记的"],
    "MZ-CF-SHTT-29-2": ["自取得《社会团体法人登记证书》之日起满1年，未召开会员（代表）大会、未开展任何业务活动的",
                        "经登记管理机关书面告知后，仍不能提供已实际开展活动的证明的"],
    "MZ-CF-SHTT-31": ["有关国家机关依法认定社会团体的活动违反其他法律、法规，并书面提出应当撤销登记意见的"],
    "MZ-CF-MF-24-1": ["申请登记时提交虚假的验资报告、场所使用权证明或者负责人身份材料等，骗取登记的",
                      "隐瞒举办者、出资来源等真实情况，骗取登记的"],
    "MZ-CF-MF-24-2": ["业务主管单位依法撤销对民办非企业单位的批准，并书面通知登记管理机关的"],
    "MZ-CF-MF-26": ["有关国家机关依法认定民办非企业单位的活动违反其他法律、法规，并书面提出应当撤销登记意见的"],
    "MZ-CF-JJH-41-1": ["申请登记时提交虚假的验资证明、住所证明、理事名单或者身份证明等材料，骗取登记的",
                       "隐瞒原始基金来源或者到账情况等重要事实，骗取登记的"],
    "MZ-CF-JJH-41-2": ["自取得登记证书之日起12个月内未按章程规定开展活动，且无正当理由的"],
    "MZ-CF-JJH-41-3": ["出现章程规定的终止情形或者无法按照章程规定的宗旨继续从事公益活动，未办理注销登记仍继续开展活动的"],
    "MZ-CF-CS-116": ["采取虚报、隐瞒等手段骗取税收优惠，经税务机关依法查处认定情节严重的",
                     "骗取税收优惠数额巨大或者多次骗取税收优惠的"],
    "MZ-CF-CS-117": ["经有关机关依法查处，认定慈善组织从事、资助危害国家安全或者社会公共利益活动的"],
}


def ban(m):
    """取缔 and 没收非法财产 of an unregistered organisation or one whose registration was revoked."""
    org = m.subject
    announce = "，并向社会公告" if domain_key(m.code) == "JJH" else ""
    return [
        lv("GENERAL", [f"以{org}名义开展活动的时间较短、规模较小，未取得任何财物的",
                       "发现后立即停止活动，如实说明情况并积极配合调查的"], ["OTHER"],
           summary="情节一般。", tail="未发现非法财产的，不适用没收。"),
        lv("SERIOUS", [f"以{org}名义收取会费、赞助费、捐赠或者其他财物，形成非法财产的",
                       "活动持续时间较长、涉及范围较广或者参与人员较多的"], ["OTHER", "CONFISCATION"],
           summary="情节较重。", tail=f"没收的非法财产依法上缴国库{announce}。"),
        lv("SEVERE", [f"以{org}名义骗取、敛取群众财物，或者造成恶劣社会影响的",
                      "被取缔后又以同一名义或者变换名义继续活动的",
                      "涉嫌违反治安管理或者构成犯罪，需要移送公安机关、司法机关的"], ["OTHER", "CONFISCATION"],
           summary="情节严重。", tail=f"涉嫌违反治安管理或者构成犯罪的，依法移送公安机关、司法机关{announce}。"),
    ]


# A circumstance that makes one of the registration violations of 民办非企业单位 (and 社会团体) severe.
REGISTRATION_SEVERE = {
    "MZ-CF-SHTT-30": "出租、出借的登记证书或者印章被用于违法活动，或者侵占、私分、挪用资产数额巨大的",
    "MZ-CF-MF-25-1": "出租、出借的登记证书或者印章被用于违法活动的",
    "MZ-CF-MF-25-2": "超出业务范围开展的活动危害服务对象人身、财产安全的",
    "MZ-CF-MF-25-3": "以暴力、威胁等方法阻碍监督检查，或者隐匿、销毁有关资料的",
    "MZ-CF-MF-25-4": "登记事项变更后逾期6个月以上未办理变更登记，经责令后仍不办理的",
    "MZ-CF-MF-25-5": "擅自设立多个分支机构，或者分支机构以单位名义从事违法活动的",
    "MZ-CF-MF-25-6": "营利性经营活动规模较大，或者将经营收益分配给举办者、管理人员的",
    "MZ-CF-MF-25-7": "侵占、私分、挪用的资产或者捐赠、资助数额巨大，造成资产严重流失的",
    "MZ-CF-MF-25-8": "违规收费、筹集资金涉及人数众多或者数额巨大的",
}


def registration(m):
    """社会团体登记管理条例第三十条 and 民办非企业单位登记管理暂行条例第二十五条: one penalty for eight violations."""
    serious = ["WARNING", "SUSPENSION", "OTHER", "CONFISCATION", "FINE"]
    return [
        lv("MINOR", [FIRST_MINOR], [], summary=NOT_PUNISHED),
        lv("GENERAL", ["初次违法，没有违法所得或者违法所得不足1万元，经责令后按期改正的",
                       f"违法行为持续时间较短，未对{m.domain['people']}或者社会公共利益造成损害的"],
           ["WARNING", "CONFISCATION", "FINE"], ("ILLEGAL_INCOME", 3, 3.5),
           summary="情节一般。", tail="没有违法经营额或者违法所得的，只给予警告；罚款系可以并处，情节较轻的可以不并处罚款。"),
        lv("SERIOUS", ["违法所得1万元以上不足5万元，或者违法行为持续3个月以上的",
                       f"经责令改正后拖延改正，或者对{m.domain['people']}合法权益造成损害的"],
           [k for k in serious if k in m.kinds], ("ILLEGAL_INCOME", 3.5, 4.5),
           summary="情节较重。", tail=("责令限期停止活动" + ("、责令撤换直接负责的主管人员" if "OTHER" in m.kinds else "")
                                  + "根据情节选择适用；责令限期停止活动期间，依法封存登记证书、印章和财务凭证。")),
        lv("SEVERE", ["违法所得5万元以上，或者拒不改正、一年内因同类违法行为再次受到行政处罚的",
                      "造成恶劣社会影响或者严重危害后果的", REGISTRATION_SEVERE[m.code]],
           ["REVOCATION", "CONFISCATION", "FINE"], ("ILLEGAL_INCOME", 4.5, 5),
           summary="情节严重。", tail="撤销登记的，依法收缴登记证书和印章；涉嫌犯罪的，移送司法机关。"),
    ]


def foundation(m):
    """基金会管理条例第四十二条: 警告、责令停止活动; 情节严重的, 可以撤销登记."""
    return [
        lv("MINOR", [FIRST_MINOR], [], summary=NOT_PUNISHED),
        lv("GENERAL", ["初次违法，情节较轻，经责令后按期改正的", "未对公益财产或者捐赠人、受益人合法权益造成损害的"],
           ["WARNING"], summary="情节一般。"),
        lv("SERIOUS", ["违法行为持续时间较长或者涉及资金数额较大的", "经责令改正后逾期未改正的"], ["SUSPENSION"],
           summary="情节较重。", tail="责令停止活动期间，依法封存登记证书、印章和财务凭证（第四十四条）。"),
        lv("SEVERE", ["拒不改正，或者一年内再次发生同类违法行为的", "造成公益财产重大损失或者恶劣社会影响的"],
           ["REVOCATION"], summary="情节严重。", tail="撤销登记的，依法收缴登记证书和印章并向社会公告。"),
    ]


def charity_109(m):
    tail = "警告与责令限期停止活动择一适用；对直接负责的主管人员和其他直接责任人员依照第一百一十二条另行处罚。"
    return [
        lv("GENERAL", ["涉及慈善财产数额较小、违法行为持续时间较短，经责令后在限期内改正的",
                       "主动消除或者减轻违法行为危害后果的"], ["WARNING", "CONFISCATION"], summary="情节一般。",
           tail=tail),
        lv("SERIOUS", ["涉及慈善财产数额较大或者违法行为持续时间较长的",
                       "经责令限期改正后拖延改正，或者对受益人、捐赠人合法权益造成损害的"],
           ["SUSPENSION", "CONFISCATION"], summary="情节较重。", tail=tail),
        lv("SEVERE", ["涉及慈善财产数额巨大，或者造成慈善财产重大损失的", "拒不改正，或者造成恶劣社会影响的"],
           ["REVOCATION", "CONFISCATION"], summary="情节严重。", tail="吊销登记证书的，予以公告。"),
    ]


def charity_110(m):
    levels = []
    if m.code not in ("MZ-CF-CS-110-1", "MZ-CF-CS-110-5"):  # 造成慈善财产损失 is never minor
        levels.append(lv("MINOR", [FIRST_MINOR], [], summary=NOT_PUNISHED))
    levels += [
        lv("GENERAL", ["初次违法，经责令后在限期内改正的", "涉及金额较小，未造成慈善财产损失或者其他危害后果的"],
           ["WARNING", "CONFISCATION"], summary="情节一般。", tail="同时责令限期改正。"),
        lv("SERIOUS", ["经责令限期改正，逾期不改正的", "涉及金额较大，或者对受益人、捐赠人合法权益造成损害的"],
           ["WARNING", "CONFISCATION", "SUSPENSION"], summary="情节较重。",
           tail="责令限期停止活动的，同时责令其进行整改，整改期满组织复查。"),
        lv("SEVERE", ["经依法处理后一年内再次出现《中华人民共和国慈善法》第一百一十条第一款规定情形的",
                      "造成慈善财产重大损失，或者严重损害受益人、捐赠人合法权益等其他情节严重情形的"],
           ["REVOCATION", "CONFISCATION"], summary="情节严重。", tail="吊销登记证书的，予以公告。"),
    ]
    return levels


def charity_111(m):
    tail = "同时责令停止募捐活动；收缴的财产转给其他慈善组织用于慈善目的。"
    return [
        lv("GENERAL", ["募捐活动规模较小、持续时间较短，尚未募得财产或者已主动全部退还的"], ["WARNING"],
           summary="情节一般。", tail="同时责令停止募捐活动。"),
        lv("SERIOUS", ["已实际募得财产，需要责令退还违法募集的财产的", "募捐对象人数较多或者募得财产数额较大的"],
           ["WARNING", "OTHER"], summary="情节较重。", tail=tail),
        lv("SEVERE", ["违法募集财产数额巨大，或者造成恶劣社会影响的", "拒不停止募捐活动或者拒不退还违法募集的财产的"],
           ["WARNING", "OTHER", "REVOCATION"], summary="情节严重。",
           tail=tail + "吊销的予以公告，公开募捐资格证书被吊销的，五年内不得再次申请。"),
    ]


def charity_112(m):
    return [
        lv("GENERAL", ["违法所得数额较小，在违法行为中起次要作用的", "主动配合调查，如实说明情况并积极挽回损失的"],
           ["FINE", "CONFISCATION"], ("FIXED", 20000, 60000), summary="情节一般。"),
        lv("SERIOUS", ["在违法行为中起主要作用，或者造成慈善财产较大损失的"], ["FINE", "CONFISCATION"],
           ("FIXED", 60000, 120000), summary="情节较重。"),
        lv("SEVERE", ["造成慈善财产重大损失或者恶劣社会影响的", "一年内再次因同类违法行为受到处罚，或者拒不配合调查的"],
           ["FINE", "CONFISCATION", "OTHER"], ("FIXED", 120000, 200000), summary="情节严重。"),
    ]


def unqualified_fundraising(m):
    tail = "同时责令停止募捐活动；收缴的财产转给慈善组织用于慈善目的。"
    return [
        lv("GENERAL", ["募捐活动规模较小、持续时间较短，尚未募得财产或者已主动全部退还的"], ["WARNING"],
           summary="情节一般。", tail="同时责令停止募捐活动。"),
        lv("SERIOUS", ["已实际募得财产，需要责令退还违法募集的财产的", "募捐对象人数较多或者持续时间较长的"],
           ["WARNING", "OTHER"], summary="情节较重。", tail=tail),
        lv("SEVERE", ["违法募集财产数额较大，或者造成恶劣社会影响的", "拒不停止募捐活动或者拒不退还违法募集的财产的"],
           ["WARNING", "OTHER", "FINE"], ("FIXED", 20000, 200000), summary="情节严重。", tail=tail),
    ]


def corrected_or_other(m):
    """Only a failure to correct in time is punished: 逾期不改正的, 取消指定 / 依法处理."""
    return [
        lv("MINOR", ["在责令限期改正期限内改正违法行为的"], [], summary=CORRECTED_IN_TIME),
        lv("SEVERE", ["经责令限期改正，逾期不改正的"], ["OTHER"], summary="逾期不改正。"),
    ]


def charity_115(m):
    return [
        lv("MINOR", [FIRST_MINOR], [], summary=NOT_PUNISHED),
        lv("GENERAL", ["涉及的捐赠人或者志愿者人数较多，或者因此引发投诉的", "违法行为持续时间较长，经责令后在限期内改正的"],
           ["WARNING"], summary="情节一般。", tail="同时责令限期改正。"),
        lv("SERIOUS", ["经责令限期改正，逾期不改正的"], ["SUSPENSION"], summary="情节较重。",
           tail="停止活动期满组织复查，仍不改正的依法处理。"),
    ]


def charity_trust(m):
    return [
        lv("GENERAL", ["初次违法，涉及信托财产数额较小，经责令后在限期内改正的", "主动消除或者减轻违法行为危害后果的"],
           ["WARNING", "CONFISCATION", "FINE"], ("FIXED", 20000, 60000), summary="情节一般。", tail="同时责令限期改正。"),
        lv("SERIOUS", ["涉及信托财产数额较大或者违法行为持续时间较长的", "经责令改正后拖延改正的"],
           ["WARNING", "CONFISCATION", "FINE"], ("FIXED", 60000, 120000), summary="情节较重。", tail="同时责令限期改正。"),
        lv("SEVERE", ["造成信托财产重大损失或者严重损害受益人合法权益的", "拒不改正，或者一年内再次发生同类违法行为的"],
           ["WARNING", "CONFISCATION", "FINE"], ("FIXED", 120000, 200000), summary="情节严重。"),
    ]


def place_name_36(m):
    return [
        lv("MINOR", ["在责令限期改正期限内改正的"], [], summary=CORRECTED_IN_TIME),
        lv("SERIOUS", ["经责令限期改正，逾期不改正的"], ["OTHER", "CRITICISM"], summary="逾期不改正。"),
    ]


def place_name_37(m):
    return [
        lv("MINOR", ["在责令限期改正期限内改正的"], [], summary=CORRECTED_IN_TIME),
        lv("GENERAL", ["逾期不改正，涉及的非标准地名使用范围较小、影响较轻的"], ["CRITICISM", "OTHER", "FINE"],
           ("FIXED", 2000, 5000), summary="逾期不改正，情节一般。"),
        lv("SERIOUS", ["逾期不改正，且在公共场所、标志、出版物或者公文中大范围使用非标准地名的",
                       "经通报批评后仍不改正，或者造成群众误解、社会不良影响的"], ["CRITICISM", "OTHER", "FINE"],
           ("FIXED", 5000, 10000), summary="逾期不改正，情节较重。"),
    ]


def place_name_38(m):
    return [
        lv("MINOR", ["初次违法且情节轻微，如临时遮挡地名标志并及时恢复，没有造成危害后果的"], [], summary=NOT_PUNISHED),
        lv("GENERAL", ["涂改、遮挡地名标志，经责令后及时改正的"], ["FINE"], ("FIXED", 1000, 2000),
           summary="情节一般。", tail="同时责令改正。"),
        lv("SERIOUS", ["擅自设置、拆除或者移动地名标志的", "造成地名标志损坏需要修复的"], ["FINE"], ("FIXED", 2000, 3500),
           summary="情节较重。", tail="同时责令改正，造成损坏的依法承担修复费用。"),
        lv("SEVERE", ["故意损毁地名标志，或者损毁多处地名标志的", "拒不改正，或者造成道路导向错误等严重后果的"], ["FINE"],
           ("FIXED", 3500, 5000), summary="情节严重。", tail="同时责令改正，造成损坏的依法承担修复费用。"),
    ]


def place_name_39(m):
    return [
        lv("GENERAL", ["初次出具虚假评估报告，影响范围较小，未被用于地名命名、更名决策的"], ["WARNING", "CONFISCATION"],
           summary="情节一般。", tail="没有违法所得的，只给予警告。"),
        lv("SEVERE", ["多次出具虚假评估报告，或者虚假评估报告被用于地名命名、更名决策的",
                      "造成具有重要历史文化价值的地名损毁、灭失等严重后果的"], ["WARNING", "CONFISCATION", "OTHER"],
           summary="情节严重。"),
    ]


def volunteer_privacy(m):
    return [
        lv("GENERAL", ["初次违法，涉及人数较少，经责令后在限期内改正的", "及时采取补救措施，未造成实际损害的"], ["WARNING"],
           summary="情节一般。", tail="同时责令限期改正。"),
        lv("SERIOUS", ["经责令限期改正，逾期不改正的"], ["SUSPENSION"], summary="情节较重。",
           tail="整改期满组织复查。"),
        lv("SEVERE", ["涉及人数众多，或者造成当事人人身、财产损害等严重后果的", "有关信息被用于违法犯罪活动或者造成恶劣社会影响的"],
           ["REVOCATION"], summary="情节严重。", tail="吊销登记证书的，予以公告。"),
    ]


def volunteer_fees(m):
    return [
        lv("GENERAL", ["初次收取或者变相收取报酬，数额较小的", "经责令后及时退还所收取报酬的"], ["WARNING", "OTHER"],
           summary="情节一般。"),
        lv("SERIOUS", ["多次收取报酬或者收取报酬数额较大的"], ["WARNING", "OTHER", "FINE"], ("ILLEGAL_INCOME", 1, 3),
           summary="属于第三十七条规定的情节严重情形，情节相对较轻。"),
        lv("SEVERE", ["以志愿服务名义长期、有组织地收取报酬，或者向困难群体收取报酬造成恶劣影响的", "拒不退还所收取报酬的"],
           ["WARNING", "OTHER", "FINE"], ("ILLEGAL_INCOME", 3, 5), summary="属于第三十七条规定的情节严重情形，情节恶劣。"),
    ]


def volunteer_records(m):
    return [
        lv("MINOR", [FIRST_MINOR], [], summary=NOT_PUNISHED),
        lv("GENERAL", ["涉及的志愿者人数较多或者持续时间较长，经责令后在限期内改正的",
                       "影响志愿者依法享受有关激励、保障的"], ["WARNING"], summary="情节一般。", tail="同时责令限期改正。"),
        lv("SERIOUS", ["经责令限期改正，逾期不改正的"], ["SUSPENSION", "OTHER"], summary="情节较重。"),
    ]


def volunteer_profit(m):
    return [
        lv("GENERAL", ["以志愿服务名义开展营利性活动，规模较小、获利较少的"], ["OTHER"], summary="情节一般。",
           tail="责令停止以志愿服务名义开展的营利性活动；属于市场监督管理等部门职责的，移送有关部门依法处理。"),
        lv("SEVERE", ["获利数额较大，或者骗取志愿者、服务对象财物造成恶劣影响的"], ["OTHER"], summary="情节严重。",
           tail="移送市场监督管理等部门依法处理；涉嫌犯罪的，移送司法机关。"),
    ]


def funeral_facility(m):
    return [
        lv("GENERAL", ["殡葬设施尚未建成或者尚未投入使用，未取得违法所得的", "主动停止建设并恢复原状的"], ["OTHER"],
           summary="情节一般。", tail="同时责令恢复原状；未取得违法所得的，不适用没收和罚款。"),
        lv("SERIOUS", ["已投入使用并取得违法所得，违法所得数额较小的", "建设规模较小，未占用耕地、林地的"],
           ["OTHER", "CONFISCATION", "FINE"], ("ILLEGAL_INCOME", 1, 2), summary="情节较重。", tail="同时责令恢复原状。"),
        lv("SEVERE", ["违法所得数额较大，或者擅自兴建的公墓、骨灰堂已对外销售墓穴、格位的",
                      "占用耕地、林地或者在禁止建造坟墓的区域兴建，或者拒不恢复原状的"],
           ["OTHER", "CONFISCATION", "FINE"], ("ILLEGAL_INCOME", 2, 3), summary="情节严重。", tail="同时责令恢复原状。"),
    ]


def oversized_graves(m):
    return [
        lv("MINOR", ["超标面积较小，在责令期限内改正，未取得违法所得的"], [], summary=NOT_PUNISHED),
        lv("GENERAL", ["超标面积较小并已按期改正，违法所得数额较小的"], ["CONFISCATION"], summary="情节一般。",
           tail="同时责令限期改正。"),
        lv("SERIOUS", ["超标面积较大或者超标墓穴数量较多的"], ["CONFISCATION", "FINE"], ("ILLEGAL_INCOME", 1, 2),
           summary="情节较重。", tail="同时责令限期改正。"),
        lv("SEVERE", ["公墓经营单位成批建造、销售超标墓穴的", "拒不改正或者造成恶劣社会影响的"], ["CONFISCATION", "FINE"],
           ("ILLEGAL_INCOME", 2, 3), summary="情节严重。", tail="同时责令限期改正。"),
    ]


def burial_correction(m):
    """殡葬管理条例第二十条 gives only 责令限期改正."""
    return [
        lv("GENERAL", ["当事人经说服教育，在责令期限内自行改正的"], ["OTHER"], summary="情节一般。",
           tail="按期改正的结案；坚持说服教育与依法处理相结合，尊重少数民族的丧葬习俗。"),
        lv("SERIOUS", ["经责令限期改正，逾期不改正的"], ["OTHER"], summary="情节较重。",
           tail="当事人逾期不改正的，依照有关法律法规的规定依法处理，必要时报请本级人民政府组织有关部门依法处置。"),
    ]


def funeral_equipment(m):
    return [
        lv("MINOR", ["初次违法，制造、销售数量少、金额小，并立即停止制造、销售的"], [], summary=NOT_PUNISHED),
        lv("GENERAL", ["制造、销售金额较小，经责令后立即停止制造、销售的"], ["FINE"], ("ILLEGAL_TURNOVER", 1, 1.5),
           summary="情节一般。", tail="同时责令停止制造、销售。"),
        lv("SERIOUS", ["制造、销售金额较大或者持续时间较长的"], ["FINE"], ("ILLEGAL_TURNOVER", 1.5, 2.5),
           summary="情节较重。", tail="同时责令停止制造、销售。"),
        lv("SEVERE", ["拒不停止制造、销售，或者不合格殡葬设备已造成安全事故的"], ["FINE"], ("ILLEGAL_TURNOVER", 2.5, 3),
           summary="情节严重。", tail="同时责令停止制造、销售。"),
    ]


def superstitious_goods(m):
    verb = "销售" if m.code == "MZ-CF-HNBZ-39-2" else "制造、销售"
    return [
        lv("GENERAL", [f"初次违法，{verb}数量少、金额小的"], ["CONFISCATION"], summary="情节一般。"),
        lv("SERIOUS", [f"{verb}金额较大或者持续时间较长的"], ["CONFISCATION", "FINE"], ("ILLEGAL_TURNOVER", 1, 2),
           summary="情节较重。"),
        lv("SEVERE", [f"经查处后再次违法，或者在殡仪馆、公墓周边等场所集中、批量{verb}的"], ["CONFISCATION", "FINE"],
           ("ILLEGAL_TURNOVER", 2, 3), summary="情节严重。"),
    ]


def extortion_refund(m):
    return [
        lv("GENERAL", ["索取财物数额较小，经责令后及时退赔的"], ["OTHER"], summary="情节一般。",
           tail="并建议所在单位依照有关规定对其进行处理。"),
        lv("SEVERE", ["多次索取或者索取财物数额较大，拒不退赔的", "涉嫌犯罪的"], ["OTHER"], summary="情节严重。",
           tail="涉嫌犯罪的，依法移送司法机关追究刑事责任。"),
    ]


def burial_stop(m):
    tail = "同时责令改正，逾期不改正的依法处理。"
    if m.code.startswith("MZ-CF-HNBZ-37-"):
        tail += "死者是国家机关工作人员或者企业事业单位职工的，通报其所在单位不得支付丧葬费和因丧事造成的困难补助费。"
    return [
        lv("GENERAL", ["违法行为正在进行或者尚未完成，经劝阻后当事人及时停止并改正的"], ["OTHER"], summary="情节一般。",
           tail="同时责令改正，做好政策宣传和说服教育。"),
        lv("SERIOUS", ["经制止后拒不停止，或者违法行为已经完成、经责令后拒不改正的"], ["OTHER"], summary="情节较重。",
           tail=tail),
    ]


def care_home_risk(m):
    return [
        lv("GENERAL", ["风险隐患尚未造成人身伤害或者财产损失，经责令限期改正逾期未改正的"], ["SUSPENSION"],
           summary="情节一般。", tail="停业整顿期间督促整改并保障在院老年人的服务，整改合格后恢复服务。"),
        lv("SEVERE", ["风险隐患已经造成老年人人身伤害或者财产损失的",
                      "存在重大火灾、食品安全等隐患逾期不改正，或者拒不执行停业整顿的"], ["SUSPENSION"],
           summary="情节严重。", tail="会同有关部门妥善安置在院老年人；涉及其他部门职责的，移送有关部门依法处理。"),
    ]


def care_home_58(m):
    return [
        lv("MINOR", ["在责令改正期限内改正的"], [], summary=CORRECTED_IN_TIME),
        lv("GENERAL", ["逾期不改正，涉及老年人人数较少、未造成损害后果的"], ["FINE"], ("FIXED", 10000, 30000),
           summary="逾期不改正，情节一般。"),
        lv("SERIOUS", ["逾期不改正，涉及老年人人数较多，或者拖延改正时间较长的"], ["FINE"], ("FIXED", 30000, 50000),
           summary="逾期不改正，情节较重。"),
        lv("SEVERE", ["逾期不改正，造成老年人人身伤害、财产损失或者恶劣社会影响的", "拒不改正，或者一年内再次发生同类违法行为的"],
           ["FINE"], ("FIXED", 50000, 200000), summary="属于《河南省老年人权益保障条例》第五十八条规定的情节严重情形。"),
    ]


# Which profile each penalty matter uses, by code prefix (the first that matches).
PROFILES = [
    ("MZ-CF-SHTT-29-", revocation_only), ("MZ-CF-SHTT-31", revocation_only), ("MZ-CF-MF-24-", revocation_only),
    ("MZ-CF-MF-26", revocation_only), ("MZ-CF-JJH-41-", revocation_only), ("MZ-CF-CS-116", revocation_only),
    ("MZ-CF-CS-117", revocation_only),
    ("MZ-CF-SHTT-30", registration), ("MZ-CF-MF-25-", registration),
    ("MZ-CF-SHTT-32-", ban), ("MZ-CF-MF-27-", ban), ("MZ-CF-JJH-40-", ban),
    ("MZ-CF-JJH-42-", foundation),
    ("MZ-CF-CS-109-", charity_109), ("MZ-CF-CS-110-", charity_110), ("MZ-CF-CS-111-", charity_111),
    ("MZ-CF-CS-112", charity_112), ("MZ-CF-CS-113", unqualified_fundraising), ("MZ-CF-CS-114-", corrected_or_other),
    ("MZ-CF-CS-115-", charity_115), ("MZ-CF-CS-118-", charity_trust),
    ("MZ-CF-DM-36", place_name_36), ("MZ-CF-DM-37", place_name_37), ("MZ-CF-DM-38", place_name_38),
    ("MZ-CF-DM-39", place_name_39),
    ("MZ-CF-ZY-36-", volunteer_privacy), ("MZ-CF-ZY-37", volunteer_fees), ("MZ-CF-ZY-38-", volunteer_records),
    ("MZ-CF-ZY-39", volunteer_profit),
    ("MZ-CF-BZ-18", funeral_facility), ("MZ-CF-BZ-19", oversized_graves), ("MZ-CF-BZ-20-", burial_correction),
    ("MZ-CF-BZ-22-1", funeral_equipment), ("MZ-CF-BZ-22-2", superstitious_goods), ("MZ-CF-BZ-23", extortion_refund),
    ("MZ-CF-HNBZ-37-", burial_stop), ("MZ-CF-HNBZ-39-", superstitious_goods), ("MZ-CF-HNBZ-40-", burial_stop),
    ("MZ-CF-HNBZ-42", extortion_refund),
    ("MZ-CF-LN-45", care_home_risk), ("MZ-CF-HNLN-58-", care_home_58),
]


def number(x):
    """3 → '3', 3.5 → '3.5'."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def yuan(x):
    return f"{number(x / 10000)}万元" if x >= 10000 and x % 10000 == 0 else f"{number(x)}元"


def fine_clause(m, fine):
    basis, low, high = fine
    if basis == "FIXED":
        target = next((t for prefix, t in FINE_TARGETS.items() if m.code.startswith(prefix)), "")
        return f"{target}处{yuan(low)}以上{yuan(high)}以下罚款"
    noun = m.fine_nouns[basis]
    text = f"处{noun}{number(low)}倍以上{number(high)}倍以下罚款"
    others = [b for b in m.fine_bounds if b["basis"] not in (basis, "FIXED")]
    if others:
        # 违法经营额1–3倍 or 违法所得3–5倍: the same position inside the other statutory range.
        own, other = m.bound(basis), others[0]
        scale = (other["max"] - other["min"]) / (own["max"] - own["min"])
        lo2 = round(other["min"] + (low - own["min"]) * scale, 2)
        hi2 = round(other["min"] + (high - own["min"]) * scale, 2)
        text += (f"（以{m.fine_nouns[other['basis']]}为计算基数的，为{m.fine_nouns[other['basis']]}"
                 f"{number(lo2)}倍以上{number(hi2)}倍以下）")
    return text


def discretion(m):
    profile = next((p for prefix, p in PROFILES if m.code.startswith(prefix)), None)
    assert profile, f"{m.code}: no discretion profile"
    levels, counter = [], 0
    for level, circumstances, kinds, fine, summary, tail in profile(m):
        assert set(kinds) <= set(m.kinds), f"{m.code} {level}: {kinds} not all in {m.kinds}"
        kinds = [k for k in m.kinds if k in kinds]
        clauses = []
        for k in sorted(kinds, key=lambda k: k in ("CONFISCATION", "FINE")):  # 没收 and 罚款 close the sentence
            clause = fine_clause(m, fine) if k == "FINE" else m.phrases[k]
            clauses.append(("并" if clauses and k == "FINE" else "") + clause)
        treatment = f"处理：{'，'.join(clauses)}。" if clauses else ""
        coded = []
        for text in circumstances:
            counter += 1
            coded.append({"code": f"C{counter}", "description": text})
        levels.append({
            "level": level,
            "label": LEVELS[level],
            "circumstances": coded,
            "penalties": kinds,
            "fine": None if fine is None else {"basis": fine[0], "min": fine[1], "max": fine[2]},
            "description": summary + treatment + tail,
        })
    return levels


# ---------------------------------------------------------------------------------------- other categories

LICENSING_STEPS = ["申请", "受理", "审查", "决定", "送达（制证）"]
ESTABLISHMENT_STEPS = ["申请", "受理", "审查", "实地核查", "决定", "送达（制证）"]
DEREGISTRATION_STEPS = ["申请", "受理", "审查", "决定", "收缴证章", "发给注销证明文件"]
ANNUAL_STEPS = ["报送年度工作报告", "业务主管单位初审", "登记管理机关审查", "作出检查结论", "结果公告"]
INSPECTION_STEPS = ["制定检查计划", "随机抽取对象和人员", "实施检查", "处理处置", "结果公开"]
SEAL_STEPS = ["报批", "通知当事人到场", "告知与听取陈述申辩", "实施封存", "制作现场笔录和清单", "送达封存决定书",
              "解除封存"]
COLLECT_STEPS = ["报批", "通知当事人到场", "告知与听取陈述申辩", "实施收缴", "制作现场笔录和清单", "登记造册保管"]
FILING_STEPS = ["提交备案材料", "材料核对", "出具备案回执", "信息公开"]
STOP_STEPS = ["发现或者受理举报", "现场核实", "劝阻制止", "移送或者结案"]

SOCIAL_ORG_AFTER = "通过年度检查、双随机抽查和投诉举报处理，对{subject}依照法律法规和章程开展活动的情况实施监督管理"
FUNERAL_AFTER = "对殡葬设施的建设和运营情况进行监督检查，未按批准内容建设或者违规经营的依法处理"


def licensing_responsibility(spec, m):
    if "responsibility" in spec:
        return spec["responsibility"]
    after = spec.get("after", SOCIAL_ORG_AFTER).format(subject=m.subject or "申请人")
    decision = spec.get("decision")
    decide = spec.get("decide") or (
        f"在办理期限内{spec.get('statutory', '')}作出准予或者不予{decision}的决定；不予{decision}的，书面说明理由，"
        "并告知申请人依法申请行政复议或者提起行政诉讼的权利。")
    deliver = spec.get("deliver") or f"准予{decision}的，{spec['issue']}"
    return (
        "1．受理责任：公示依法应当提交的材料目录和示范文本，一次性告知需要补正的全部内容；申请材料齐全、符合法定形式的"
        "予以受理，不予受理的书面说明理由。"
        "2．审查责任：对申请材料进行审查，需要对实质内容进行核实的，指派两名以上工作人员实地核查并依法记录；申请事项"
        "直接关系他人重大利益的，告知利害关系人并听取意见。"
        f"3．决定责任：{decide}"
        f"4．送达责任：{deliver}；决定信息自作出之日起七个工作日内依法公开。"
        f"5．事后监管责任：{after}。"
        "6．其他法律法规规章文件规定应履行的责任。"
    )


def inspection_responsibility(spec, m):
    if spec.get("annual"):
        return (
            f"1．受理责任：公示年度检查的时间、程序和需要提交的材料，接收{m.subject}报送的年度工作报告。"
            "2．审查责任：对年度工作报告、财务会计报告等材料进行审查，必要时进行实地核查，核查人员不少于两人并出示执法"
            "证件。"
            "3．结论责任：依法作出年度检查结论，对存在问题的提出整改要求。"
            "4．公开责任：依法向社会公布年度检查结果。"
            "5．处置责任：对未按规定接受年度检查或者在年度检查中发现违法行为的，依法责令改正或者立案查处。"
            "6．其他法律法规规章文件规定应履行的责任。"
        )
    return (
        "1．检查责任：制定年度检查计划，通过双随机方式确定检查对象和执法检查人员，对投诉举报和转办线索及时核查；检查"
        "人员不少于两人，检查时出示执法证件，制作检查笔录并依法进行音像记录。"
        "2．处置责任：对检查中发现的问题依法责令改正；涉嫌违法的，依法立案查处。"
        "3．移送责任：发现属于其他部门职责的违法行为，及时移送有关部门；涉嫌犯罪的，移送司法机关。"
        "4．公开责任：抽查检查结果自作出之日起二十个工作日内向社会公开。"
        "5．其他法律法规规章文件规定应履行的责任。"
    )


def coercion_responsibility(spec, m):
    sealing = spec["sealing"]
    measure = "封存" if sealing else "收缴"
    last = ("5．解除责任：限期停止活动期满、违法行为已经改正或者不再需要封存的，及时作出解除封存决定；封存期限不得超过"
            "三十日，情况复杂的，经本机关负责人批准可以延长，但延长期限不得超过三十日。" if sealing else
            "5．保管处置责任：收缴的登记证书和印章登记造册、妥善保管，按照档案和印章管理的规定处置；当事人拒不交出的，"
            "依法处理并向社会公告登记证书和印章作废。")
    return (
        "1．审批责任：实施前向本机关负责人报告并经批准；情况紧急需要当场实施的，在二十四小时内向负责人报告并补办批准"
        "手续。"
        f"2．告知责任：通知当事人到场，当场告知{measure}的理由、依据以及当事人依法享有的权利、救济途径，听取当事人的"
        "陈述和申辩。"
        "3．实施责任：由两名以上行政执法人员实施，出示执法身份证件；制作现场笔录和物品清单，由当事人和行政执法人员签名"
        "或者盖章，当事人拒绝的在笔录中予以注明；当事人不到场的，邀请见证人到场并签名或者盖章；全程进行音像记录。"
        f"4．决定送达责任：制作{measure}决定书，连同物品清单当场交付当事人。"
        f"{last}"
        "6．其他法律法规规章文件规定应履行的责任。"
    )


def confirmation_responsibility(spec, m):
    return (
        "1．受理责任：公示婚姻登记的条件、程序和需要提交的材料；当事人亲自到场申请，材料齐全的予以受理。"
        "2．审查责任：查验当事人的身份证件和有关证明材料，询问相关情况，告知有关法律规定和当事人的权利义务。"
        f"3．登记责任：{spec['decision']}"
        "4．档案责任：依照婚姻登记档案管理的规定建立和管理档案，依法保护当事人的个人信息。"
        "5．其他法律法规规章文件规定应履行的责任。"
    )


def other_responsibility(spec, m):
    if spec.get("stop"):
        return (
            f"1．发现责任：通过日常巡查、群众举报和有关部门通报等途径，及时发现{m.act}的行为。"
            "2．制止责任：执法人员不少于两人，到场后出示执法证件，告知有关法律规定，劝阻、制止违法行为，做好说服教育；"
            "现场执法全程进行音像记录。"
            "3．移送责任：违反治安管理的，移送公安机关处理；涉嫌犯罪的，移送司法机关追究刑事责任。"
            "4．记录责任：制作现场笔录，如实记录制止过程并归档。"
            "5．其他法律法规规章文件规定应履行的责任。"
        )
    return (
        "1．接收责任：公示备案需要提交的材料，接收备案材料；材料不齐全的，一次性告知需要补正的内容。"
        "2．核对责任：对备案材料的完整性和合规性进行核对，发现违反法律法规规定的，告知当事人并依法处理。"
        "3．备案责任：材料齐全的予以备案，出具备案回执。"
        "4．公开责任：依法公开备案信息。"
        f"5．监管责任：{spec['after']}。"
        "6．其他法律法规规章文件规定应履行的责任。"
    )


RESPONSIBILITY_BUILDERS = {
    "ADMINISTRATIVE_LICENSING": licensing_responsibility,
    "ADMINISTRATIVE_INSPECTION": inspection_responsibility,
    "ADMINISTRATIVE_COERCION": coercion_responsibility,
    "ADMINISTRATIVE_CONFIRMATION": confirmation_responsibility,
    "OTHER": other_responsibility,
}

APPROVAL_DECISION = ("在办理期限内作出批准或者不予批准的决定；不予批准的，书面说明理由，并告知申请人依法申请行政复议或者提起"
                     "行政诉讼的权利。")
APPROVAL_DELIVERY = "批准建设的，制发批准文件并送达申请人"
SEAL_MATERIALS = "行政强制措施审批表；责令停止活动的行政处罚决定书；现场笔录及音像记录；封存决定书；封存物品清单；送达回证；解除封存决定书。"
COLLECT_MATERIALS = "行政强制措施审批表；撤销登记的行政处罚决定书；现场笔录及音像记录；收缴决定书；收缴物品清单；送达回证。"
CHECK_MATERIALS = "检查通知书；现场检查笔录、询问笔录及音像记录；调取资料的复制件；责令改正通知书；检查结果告知书。"

# Everything a non-penalty matter's service guide says that the CSV does not. Keys: conditions, materials,
# steps, decision/issue/statutory/after (for the responsibility items), time (days, unit, rule) where the
# category's default does not fit.
DETAILS = {
    # ---- 行政强制
    "MZ-QZ-SHTT-33-1": {
        "sealing": True, "steps": SEAL_STEPS, "materials": SEAL_MATERIALS,
        "conditions": "社会团体被登记管理机关依照《社会团体登记管理条例》第三十条责令限期停止活动的，由登记管理机关封存其"
                      "《社会团体法人登记证书》、印章和财务凭证。封存期间不得以社会团体名义开展活动；限期停止活动期满或者"
                      "违法行为已经改正的，依法解除封存。"},
    "MZ-QZ-SHTT-33-2": {
        "sealing": False, "steps": COLLECT_STEPS, "materials": COLLECT_MATERIALS,
        "conditions": "社会团体被依法撤销登记的，由登记管理机关收缴其《社会团体法人登记证书》和印章。"},
    "MZ-QZ-MF-28-1": {
        "sealing": True, "steps": SEAL_STEPS, "materials": SEAL_MATERIALS,
        "conditions": "民办非企业单位被登记管理机关依照《民办非企业单位登记管理暂行条例》第二十五条限期停止活动的，由登记"
                      "管理机关封存其登记证书、印章和财务凭证；限期停止活动期满或者违法行为已经改正的，依法解除封存。"},
    "MZ-QZ-MF-28-2": {
        "sealing": False, "steps": COLLECT_STEPS, "materials": COLLECT_MATERIALS,
        "conditions": "民办非企业单位被依法撤销登记的，由登记管理机关收缴其登记证书和印章。"},
    "MZ-QZ-JJH-44": {
        "sealing": True, "steps": SEAL_STEPS, "materials": SEAL_MATERIALS,
        "conditions": "基金会、境外基金会代表机构被登记管理机关依照《基金会管理条例》第四十二条责令停止活动的，由登记管理"
                      "机关封存其登记证书、印章和财务凭证。" + FOUNDATION_NOTE},

    # ---- 行政许可: 社会团体
    "MZ-XK-SHTT-9": {
        "steps": ESTABLISHMENT_STEPS, "decision": "登记",
        "statutory": "（法定期限为自收到全部有效文件之日起60日，《社会团体登记管理条例》第十二条）",
        "issue": "自作出决定之日起十个工作日内发给《社会团体法人登记证书》",
        "conditions": "申请成立社会团体，应当经其业务主管单位审查同意（依照国家有关规定可以直接登记的除外），由发起人向"
                      "登记管理机关申请登记，并具备下列条件：（一）有50个以上的个人会员或者30个以上的单位会员；个人会员、"
                      "单位会员混合组成的，会员总数不得少于50个；（二）有规范的名称和相应的组织机构；（三）有固定的住所；"
                      "（四）有与其业务活动相适应的专职工作人员；（五）有合法的资产和经费来源，地方性的社会团体和跨行政"
                      "区域的社会团体有3万元以上活动资金；（六）有独立承担民事责任的能力。",
        "materials": "（一）登记申请书；（二）业务主管单位的批准文件（依照国家有关规定直接登记的除外）；（三）验资报告、"
                     "场所使用权证明；（四）发起人和拟任负责人的基本情况、身份证明；（五）章程草案。"},
    "MZ-XK-SHTT-18-1": {
        "decision": "变更登记", "issue": "登记证书载明事项发生变更的，换发《社会团体法人登记证书》",
        "conditions": "社会团体的登记事项（名称、住所、宗旨、业务范围、活动地域、法定代表人、活动资金和业务主管单位）需要"
                      "变更的，应当自业务主管单位审查同意之日起30日内，向登记管理机关申请变更登记。",
        "materials": "变更登记申请书；业务主管单位审查同意的文件；会员（代表）大会或者理事会关于变更事项的决议；与变更事项"
                     "相关的证明材料（如新住所使用权证明、拟任法定代表人的基本情况和身份证明、验资报告等）；《社会团体法人"
                     "登记证书》正本、副本。"},
    "MZ-XK-SHTT-18-2": {
        "decision": "核准", "issue": "出具章程核准文书，核准后的章程报登记管理机关存档",
        "conditions": "社会团体修改章程，应当经会员（代表）大会表决通过，并自业务主管单位审查同意之日起30日内，报登记管理"
                      "机关核准。修改后的章程内容应当符合法律法规和国家有关规定。",
        "materials": "章程核准申请书；业务主管单位审查同意的文件；会员（代表）大会审议通过章程修改的会议纪要和表决情况；"
                     "章程修改前后对照表及修改后的章程。"},
    "MZ-XK-SHTT-19": {
        "steps": DEREGISTRATION_STEPS, "decision": "注销登记",
        "issue": "发给注销证明文件，收缴《社会团体法人登记证书》、印章和财务凭证，并向社会公告",
        "conditions": "社会团体有下列情形之一的，应当在业务主管单位审查同意后，向登记管理机关申请注销登记：（一）完成"
                      "社会团体章程规定的宗旨的；（二）自行解散的；（三）分立、合并的；（四）由于其他原因终止的。办理注销"
                      "登记前，应当在业务主管单位及其他有关机关的指导下成立清算组织，完成清算工作；清算期间不得开展清算以外"
                      "的活动。应当自清算结束之日起15日内办理注销登记。",
        "materials": "注销登记申请书；业务主管单位审查同意的文件；会员（代表）大会关于注销的决议；清算组织出具的清算报告书；"
                     "《社会团体法人登记证书》正本、副本，印章和财务凭证。"},

    # ---- 行政许可: 民办非企业单位
    "MZ-XK-MF-9": {
        "steps": ESTABLISHMENT_STEPS, "decision": "登记",
        "statutory": "（法定期限为自收到全部有效文件之日起60日，《民办非企业单位登记管理暂行条例》第十一条）",
        "issue": "自作出决定之日起十个工作日内，根据其依法承担民事责任的不同方式，分别发给法人、合伙或者个体登记证书",
        "conditions": "申请登记民办非企业单位，应当具备下列条件：（一）经业务主管单位审查同意；（二）有规范的名称、必要的"
                      "组织机构；（三）有与其业务活动相适应的从业人员；（四）有与其业务活动相适应的合法财产；（五）有必要的"
                      "场所。已经取得有关行政主管部门颁发的执业许可证书的，简化登记手续。",
        "materials": "（一）登记申请书；（二）业务主管单位的批准文件；（三）场所使用权证明；（四）验资报告；（五）拟任负责人"
                     "的基本情况、身份证明；（六）章程草案。"},
    "MZ-XK-MF-15-1": {
        "decision": "变更登记", "issue": "登记证书载明事项发生变更的，换发登记证书",
        "conditions": "民办非企业单位的登记事项需要变更的，应当自业务主管单位审查同意之日起30日内，向登记管理机关申请变更"
                      "登记。",
        "materials": "变更登记申请书；业务主管单位审查同意的文件；理事会（董事会）关于变更事项的决议；与变更事项相关的证明"
                     "材料（如新场所使用权证明、拟任法定代表人或者负责人的基本情况和身份证明、验资报告等）；登记证书正本、"
                     "副本。"},
    "MZ-XK-MF-15-2": {
        "decision": "核准", "issue": "出具章程核准文书，核准后的章程报登记管理机关存档",
        "conditions": "民办非企业单位修改章程，应当自业务主管单位审查同意之日起30日内，报登记管理机关核准。",
        "materials": "章程核准申请书；业务主管单位审查同意的文件；理事会（董事会）审议通过章程修改的会议纪要；章程修改前后"
                     "对照表及修改后的章程。"},
    "MZ-XK-MF-16": {
        "steps": DEREGISTRATION_STEPS, "decision": "注销登记",
        "issue": "发给注销证明文件，收缴登记证书、印章和财务凭证，并向社会公告",
        "conditions": "民办非企业单位自行解散的，分立、合并的，或者由于其他原因需要注销登记的，应当向登记管理机关办理注销"
                      "登记。办理注销登记前，应当在业务主管单位和其他有关机关的指导下成立清算组织，完成清算工作；应当自完成"
                      "清算之日起15日内，由法定代表人或者负责人向登记管理机关办理注销登记。",
        "materials": "注销登记申请书；业务主管单位的审查文件；清算报告书；登记证书正本、副本，印章和财务凭证。"},

    # ---- 行政许可: 基金会
    "MZ-XK-JJH-9": {
        "steps": ESTABLISHMENT_STEPS, "decision": "登记",
        "statutory": "（法定期限为自收到全部有效文件之日起60日，《基金会管理条例》第十一条）",
        "issue": "自作出决定之日起十个工作日内发给《基金会法人登记证书》",
        "conditions": "申请设立基金会，应当具备下列条件：（一）为特定的公益目的而设立；（二）全国性公募基金会的原始基金不低于"
                      "800万元人民币，地方性公募基金会的原始基金不低于400万元人民币，非公募基金会的原始基金不低于200万元"
                      "人民币，原始基金必须为到账货币资金；（三）有规范的名称、章程、组织机构以及与其开展活动相适应的专职"
                      "工作人员；（四）有固定的住所；（五）能够独立承担民事责任。" + FOUNDATION_NOTE,
        "materials": "（一）申请书；（二）章程草案；（三）验资证明和住所证明；（四）理事名单、身份证明以及拟任理事长、副理事长、"
                     "秘书长简历；（五）业务主管单位同意设立的文件。"},
    "MZ-XK-JJH-15-1": {
        "decision": "变更登记", "issue": "登记证书载明事项发生变更的，换发登记证书",
        "conditions": "基金会、基金会分支机构、基金会代表机构和境外基金会代表机构的登记事项需要变更的，应当向登记管理机关"
                      "申请变更登记。" + FOUNDATION_NOTE,
        "materials": "变更登记申请书；业务主管单位同意变更的文件；理事会关于变更事项的决议；与变更事项相关的证明材料；登记"
                     "证书正本、副本。"},
    "MZ-XK-JJH-15-2": {
        "decision": "核准", "issue": "出具章程核准文书",
        "conditions": "基金会修改章程，应当征得其业务主管单位的同意，并报登记管理机关核准。" + FOUNDATION_NOTE,
        "materials": "章程核准申请书；业务主管单位同意的文件；理事会审议通过章程修改的会议纪要；章程修改前后对照表及修改后"
                     "的章程。"},
    "MZ-XK-JJH-16": {
        "steps": DEREGISTRATION_STEPS, "decision": "注销登记", "issue": "发给注销证明文件，收缴登记证书和印章，并向社会公告",
        "conditions": "基金会有下列情形之一的，应当向登记管理机关申请注销登记：（一）按照章程规定终止的；（二）无法按照章程"
                      "规定的宗旨继续从事公益活动的；（三）由于其他原因终止的。办理注销登记前，应当在登记管理机关、业务主管"
                      "单位的指导下成立清算组织，完成清算工作，并自清算结束之日起15日内办理注销登记。基金会注销的，其分支"
                      "机构、代表机构同时注销；剩余财产按照章程的规定用于公益目的。" + FOUNDATION_NOTE,
        "materials": "注销登记申请书；业务主管单位同意注销的文件；理事会关于注销的决议；清算报告书；登记证书正本、副本和印章。"},

    # ---- 行政许可: 殡葬设施
    "MZ-XK-BZ-8-1": {
        "steps": ["编制建设方案", "实地踏勘", "征求有关部门意见", "报本级人民政府审批", "批复", "报省民政部门备案"],
        "responsibility": (
            "1．方案编制责任：根据殡葬事业发展规划，会同有关部门编制殡仪馆、火葬场建设方案，开展选址论证。"
            "2．论证审核责任：组织实地踏勘，征求自然资源、生态环境、住房城乡建设等有关部门的意见，对建设方案的合法性、"
            "必要性和可行性进行审核。"
            "3．报批责任：将建设方案报本级人民政府审批；批准后报省民政部门备案。"
            "4．公开责任：审批结果自作出之日起七个工作日内依法公开。"
            f"5．事后监管责任：{FUNERAL_AFTER}。"
            "6．其他法律法规规章文件规定应履行的责任。"),
        "conditions": "建设殡仪馆、火葬场，由县级人民政府和设区的市人民政府的民政部门根据殡葬事业发展规划提出方案，报本级"
                      "人民政府审批；在河南省，由市、县（市）民政部门提出方案，报本级人民政府审批并报省民政部门备案。殡葬"
                      "设施建设应当依法办理用地审批手续，并按照基本建设程序办理有关手续；未经批准，不得擅自兴建殡葬设施。",
        "materials": "建设方案（含建设必要性、选址、规模、功能布局和投资估算）；与殡葬事业发展规划相符的说明；国土空间规划"
                     "和用地手续证明材料；环境影响评价文件；征求有关部门意见的情况。"},
    "MZ-XK-BZ-8-2": {
        "steps": ESTABLISHMENT_STEPS, "decide": APPROVAL_DECISION, "deliver": APPROVAL_DELIVERY,
        "after": FUNERAL_AFTER,
        "conditions": "建设殡仪服务站、骨灰堂，由县级人民政府和设区的市人民政府的民政部门审批；在河南省，由市、县（市）民政"
                      "部门审批。拟建设施应当符合殡葬事业发展规划，依法办理用地审批手续，并按照基本建设程序办理有关手续；"
                      "未经批准，不得擅自兴建殡葬设施。",
        "materials": "建设申请书；建设方案（含选址、规模、功能布局、服务范围和资金来源）；与殡葬事业发展规划相符的说明；用地"
                     "和规划手续证明材料；环境影响评价文件；运营管理制度。"},
    "MZ-XK-BZ-8-3": {
        "steps": ["申请", "受理", "实地核查", "民政部门审核", "同级人民政府审核", "报省民政部门审批", "批复送达"],
        "after": FUNERAL_AFTER,
        "decide": "在办理期限内提出审核意见；审核同意的，报同级人民政府审核后报省人民政府民政部门审批；审核不同意的，书面"
                  "说明理由，并告知申请人依法申请行政复议或者提起行政诉讼的权利。",
        "deliver": "省人民政府民政部门作出审批决定后，及时将批准文件送达申请人",
        "conditions": "建设公墓，经县级人民政府和设区的市人民政府的民政部门审核同意后，报省人民政府民政部门审批；在河南省，"
                      "新建、扩建公墓（包括塔陵园）经县级以上民政部门和同级人民政府审核同意后，报省民政部门审批。公墓选址"
                      "应当利用荒山瘠地，不得在耕地、林地，城市公园、风景名胜区和文物保护区，水库及河流堤坝附近和水源保护区，"
                      "铁路、公路主干线两侧等禁止建造坟墓的区域建设；应当依法办理用地审批手续。",
        "materials": "公墓建设申请书；可行性研究报告；公墓建设规划设计方案（含墓区布局、墓穴规格、绿化和配套设施）；土地使用"
                     "权证明或者用地手续证明材料；环境影响评价文件；公墓管理制度和收费方案；县级民政部门和同级人民政府的审核"
                     "意见。"},
    "MZ-XK-BZ-8-4": {
        "steps": ["申请", "受理", "审核", "报国务院民政部门审批", "批复送达"],
        "after": FUNERAL_AFTER,
        "decide": "省人民政府民政部门在办理期限内提出审核意见，审核同意的，报国务院民政部门审批；审核不同意的，书面说明理由，"
                  "并告知申请人依法申请行政复议或者提起行政诉讼的权利。",
        "deliver": "国务院民政部门作出审批决定后，及时将批准文件送达申请人",
        "conditions": "利用外资建设殡葬设施，经省人民政府民政部门审核同意后，报国务院民政部门审批，并应当符合国家外商投资"
                      "准入的有关规定。县级民政部门无此职权。",
        "materials": "申请书；可行性研究报告；投资各方的主体资格证明和资信证明；合资、合作合同和章程草案；建设规划设计方案和"
                     "用地证明材料；环境影响评价文件。"},
    "MZ-XK-BZ-8-5": {
        "steps": ["村民委员会申请", "乡级人民政府审核", "受理", "实地核查", "审批决定", "送达"],
        "decide": APPROVAL_DECISION, "deliver": APPROVAL_DELIVERY,
        "after": "对农村公益性墓地的建设和使用情况进行监督检查，对村民以外的人提供墓穴用地等违法行为依法处理",
        "conditions": "农村为村民设置公益性墓地，经乡级人民政府审核同意后，报县级人民政府民政部门审批；在河南省，报县（市、"
                      "区）民政部门审批。农村公益性墓地只为本村村民提供墓穴用地，不得对村民以外的人提供墓穴用地；选址应当"
                      "利用荒山瘠地，不得占用耕地。",
        "materials": "村民委员会的申请书；村民会议或者村民代表会议同意建设的决议；乡级人民政府的审核意见；墓地选址、用地性质"
                     "和权属证明；墓地规划平面图（含墓穴规格、数量）；墓地管理制度。"},

    # ---- 行政许可: 慈善
    "MZ-XK-CS-10-1": {
        "steps": ["申请", "受理", "审查", "决定", "公告并发证"], "decision": "登记",
        "statutory": "（法定期限为自受理申请之日起三十日，《中华人民共和国慈善法》第十条第一款）",
        "issue": "发给登记证书并向社会公告",
        "after": "对慈善组织开展慈善活动、财产管理和信息公开的情况实施监督管理",
        "time": (30, "CALENDAR_DAYS", None),
        "conditions": "设立慈善组织，应当向县级以上人民政府民政部门申请登记，并符合下列条件：（一）以开展慈善活动为宗旨；"
                      "（二）不以营利为目的；（三）有自己的名称和住所；（四）有组织章程；（五）有必要的财产；（六）有符合条件"
                      "的组织机构和负责人；（七）法律、行政法规规定的其他条件。有特殊情况需要延长登记期限的，报经国务院民政"
                      "部门批准，可以适当延长，但延长的期限不得超过六十日。",
        "materials": "登记申请书；章程草案（应当载明《中华人民共和国慈善法》规定的事项）；住所使用权证明；验资报告或者财产"
                     "证明；拟任负责人的基本情况、身份证明；业务主管单位的批准文件（依法需要的）。"},
    "MZ-XK-CS-10-2": {
        "steps": ["申请", "受理", "审查", "决定", "公告"], "decision": "认定",
        "statutory": "（法定期限为自受理申请之日起二十日，《中华人民共和国慈善法》第十条第二款）",
        "issue": "予以认定并向社会公告",
        "after": "对慈善组织开展慈善活动、财产管理和信息公开的情况实施监督管理",
        "time": (20, "CALENDAR_DAYS", None),
        "conditions": "已经设立的基金会、社会团体、社会服务机构等非营利性组织，可以向办理其登记的民政部门申请认定为慈善组织。"
                      "申请认定的组织应当以开展慈善活动为宗旨，不以营利为目的，收益和营运结余全部用于章程规定的慈善目的；"
                      "财产及其孳息不在发起人、捐赠人或者本组织成员中分配；章程中有关于剩余财产转给目的相同或者相近的其他"
                      "慈善组织的规定；有健全的财务制度和合理的薪酬制度。",
        "materials": "认定申请书；符合《中华人民共和国慈善法》规定的章程；决策机构关于申请认定为慈善组织的会议纪要；登记证书"
                     "副本；上一年度财务审计报告；业务主管单位同意的意见（有业务主管单位的）。"},
    "MZ-XK-CS-22": {
        "steps": ["申请", "受理", "审查", "决定", "发证并公告"],
        "decide": "在办理期限内（法定期限为自受理申请之日起二十日，《中华人民共和国慈善法》第二十二条第一款）作出发给"
                  "或者不发给公开募捐资格证书的决定；不发给的，书面说明理由，并告知申请人依法申请行政复议或者提起行政诉讼"
                  "的权利。",
        "deliver": "决定发给的，发给公开募捐资格证书并向社会公告",
        "after": "对慈善组织开展公开募捐、募捐方案备案和募得款物使用的情况实施监督管理",
        "time": (20, "CALENDAR_DAYS", None),
        "conditions": "依法登记满一年的慈善组织，可以向办理其登记的民政部门申请公开募捐资格；慈善组织内部治理结构健全、运作"
                      "规范的，发给公开募捐资格证书，不符合条件的，不发给并书面说明理由。其他法律、行政法规规定可以公开募捐"
                      "的非营利性组织，由县级以上人民政府民政部门直接发给公开募捐资格证书。",
        "materials": "公开募捐资格申请书；登记证书副本；理事会同意申请公开募捐资格的会议纪要；内部治理、财务管理、信息公开"
                     "等制度文本；上一年度工作报告和财务会计报告；开展公开募捐活动的初步方案。"},

    # ---- 行政许可: 地名
    "MZ-XK-DM-12": {
        "steps": ["申报", "受理", "综合评估与专家论证", "征求意见", "审核", "报请批准", "备案公告"],
        "decide": "对申报材料进行审核，组织综合评估、专家论证和征求意见；审核通过的，按照地名类别报有批准权的机关批准；"
                  "审核不通过的，书面说明理由。",
        "deliver": "地名经批准的，自批准之日起15日内报送备案，并由地名行政主管部门向社会公告",
        "after": "对标准地名的使用和地名标志的设置情况进行监督检查",
        "conditions": "地名的命名、更名应当符合《地名管理条例》规定的原则和要求：含义健康，反映当地人文或者自然地理特征，"
                      "使用国家通用语言文字，一般不以人名作地名，不以外国人名、地名和企业名称、商标名称作地名，并避免重名、"
                      "同音。申报时应当提交申报书，载明拟命名、更名的理由和拟采用地名的含义、来源等；依法开展综合评估、专家"
                      "论证和征求意见。地名按照其类别由有批准权的人民政府或者有关部门批准。",
        "materials": "地名命名、更名申报书（载明拟命名、更名的理由和拟采用地名的含义、来源等）；拟命名、更名地理实体的位置"
                     "和范围示意图；综合评估报告、专家论证意见和征求意见情况（依法应当开展的）；涉及相邻行政区域或者其他部门"
                     "的，征求意见的书面材料。"},

    # ---- 行政检查
    "MZ-JC-SHTT-24-1": {
        "annual": True, "steps": ANNUAL_STEPS,
        "conditions": "社会团体应当于每年3月31日前向业务主管单位报送上一年度的工作报告，经业务主管单位初审同意后，于5月31日"
                      "前报送登记管理机关，接受年度检查。工作报告的内容包括：遵守法律法规和国家政策的情况、依照《社会团体登记"
                      "管理条例》履行登记手续的情况、按照章程开展活动的情况、人员和机构变动的情况以及财务管理的情况。年度检查"
                      "不得收取费用。",
        "materials": "年度工作报告书；上一年度财务会计报告（按规定需要审计的，附审计报告）；业务主管单位初审意见；《社会团体"
                     "法人登记证书》副本；年度检查结论通知书。"},
    "MZ-JC-SHTT-24-2": {
        "conditions": "登记管理机关对社会团体违反《社会团体登记管理条例》的问题进行监督检查，采取双随机抽查、专项检查和对投诉"
                      "举报、转办线索的核查等方式。社会团体应当接受并配合监督检查，如实提供有关情况和资料；拒不接受或者不按照"
                      "规定接受监督检查的，依照该条例第三十条第一款第（三）项处理。",
        "materials": CHECK_MATERIALS},
    "MZ-JC-MF-19-1": {
        "annual": True, "steps": ANNUAL_STEPS,
        "conditions": "民办非企业单位应当于每年3月31日前向业务主管单位报送上一年度的工作报告，经业务主管单位初审同意后，于5月"
                      "31日前报送登记管理机关，接受年度检查。工作报告的内容包括：遵守法律法规和国家政策的情况、依照《民办非企业"
                      "单位登记管理暂行条例》履行登记手续的情况、按照章程开展活动的情况、人员和机构变动的情况以及财务管理的"
                      "情况。年度检查不得收取费用。",
        "materials": "年度工作报告书；上一年度财务会计报告（按规定需要审计的，附审计报告）；业务主管单位初审意见；登记证书副本；"
                     "年度检查结论通知书。"},
    "MZ-JC-MF-19-2": {
        "conditions": "登记管理机关对民办非企业单位违反《民办非企业单位登记管理暂行条例》的问题进行监督检查，采取双随机抽查、"
                      "专项检查和对投诉举报、转办线索的核查等方式。民办非企业单位应当接受并配合监督检查；拒不接受或者不按照"
                      "规定接受监督检查的，依照该条例第二十五条第一款第（三）项处理。",
        "materials": CHECK_MATERIALS},
    "MZ-JC-JJH-34-1": {
        "annual": True, "steps": ["报送年度工作报告", "登记管理机关审查", "作出检查结论", "年度工作报告公布"],
        "conditions": "基金会、境外基金会代表机构应当于每年3月31日前向登记管理机关报送上一年度工作报告，接受年度检查；年度"
                      "工作报告在报送登记管理机关前应当经业务主管单位审查同意。年度工作报告应当包括财务会计报告、注册会计师"
                      "审计报告，开展募捐、接受捐赠、提供资助等活动的情况以及人员和机构的变动情况等。通过年度检查的，应当将"
                      "年度工作报告在登记管理机关指定的媒体上公布。" + FOUNDATION_NOTE,
        "materials": "年度工作报告书；财务会计报告和注册会计师审计报告；业务主管单位审查同意的意见；登记证书副本；年度检查"
                     "结论通知书。"},
    "MZ-JC-JJH-34-2": {
        "conditions": "登记管理机关对基金会、境外基金会代表机构依照《基金会管理条例》及其章程开展活动的情况进行日常监督管理，"
                      "包括公益活动、财务管理、信息公布和内部治理等情况。" + FOUNDATION_NOTE,
        "materials": CHECK_MATERIALS},
    "MZ-JC-CS-104": {
        "conditions": "县级以上人民政府民政部门依法对慈善活动进行监督检查。对涉嫌违反《中华人民共和国慈善法》的慈善组织、慈善"
                      "信托的受托人，有权采取下列措施：（一）对其住所和慈善活动发生地进行现场检查；（二）要求其作出说明，查阅、"
                      "复制有关资料；（三）向与慈善活动有关的单位和个人调查与监督管理有关的情况；（四）经本级人民政府批准，"
                      "可以查询慈善组织的金融账户；（五）法律、行政法规规定的其他措施。可以对其有关负责人进行约谈。检查、调查"
                      "的人员不得少于二人，并应当出示合法证件和检查、调查通知书。",
        "materials": "检查、调查通知书；现场检查笔录、询问笔录及音像记录；查阅、复制的有关资料；金融账户查询审批材料（需要的）；"
                     "约谈记录；检查结果告知书。"},
    "MZ-JC-DM-30": {
        "conditions": "县级以上人民政府地名行政主管部门和其他有关部门依法对地名的命名、更名、使用、文化保护等情况进行监督检查，"
                      "可以询问当事人、调查有关情况，查阅、复制有关资料，对涉嫌地名违法的场所实施现场检查，检查与涉嫌地名违法"
                      "有关的物品；当事人应当予以协助配合。发现问题的，下达整改通知书，必要时约谈有关负责人并向社会通报。",
        "materials": "检查通知书；现场检查笔录、询问笔录及照片；查阅、复制的有关资料；整改通知书；约谈记录；检查结果告知书。"},
    "MZ-JC-HNBZ-12": {
        "conditions": "民政部门应当加强对公墓的管理，定期进行检查，重点检查：公墓是否经依法批准建设；墓穴占地面积是否符合规定"
                      "标准（安葬骨灰的单人或者双人合葬墓穴不超过1平方米，埋葬遗体的单人墓穴不超过4平方米、双人合葬墓穴不超过"
                      "6平方米）；是否一次性收取超过二十年的墓穴管理费，墓穴管理费是否挪作他用；服务项目和收费标准是否公示。",
        "materials": "检查通知书；现场检查笔录、测量记录及照片；公墓批准文件、销售台账和收费票据复制件；责令改正通知书；检查"
                     "结果告知书。"},
    "MZ-JC-HNBZ-30": {
        "conditions": "各级人民政府和民政部门对本行政区域内的丧事活动定期组织监督检查，重点检查应当火化的遗体土葬、骨灰装棺"
                      "土葬和乱埋乱葬，在城市街道、居民住宅区等公共场所停放遗体、搭设灵棚，制造、销售封建迷信殡葬用品，以及"
                      "殡仪服务是否规范等情况。",
        "materials": "检查记录；现场检查笔录及照片；群众举报登记；劝阻制止和责令改正通知书；移送函（需要移送的）。"},
    "MZ-JC-LN-45": {
        "conditions": "县级以上人民政府民政部门依法对养老机构实施监督检查，可以采取下列措施：（一）向养老机构和个人了解情况；"
                      "（二）进入涉嫌违法的养老机构进行现场检查；（三）查阅或者复制有关合同、票据、账簿及其他有关资料。检查"
                      "内容包括养老机构备案、服务协议签订、服务质量、安全管理、收费管理、人员配备和老年人权益保护等情况。",
        "materials": "检查通知书；现场检查笔录、询问笔录及音像记录；查阅、复制的合同、票据、账簿等资料；责令改正通知书；检查"
                     "结果告知书。"},

    # ---- 其他
    "MZ-QT-BZ-21": {
        "stop": True, "steps": STOP_STEPS, "av": ["ON_SITE_ENFORCEMENT"],
        "conditions": "办理丧事活动妨害公共秩序、危害公共安全、侵害他人合法权益的，由民政部门予以制止；构成违反治安管理行为"
                      "的，移送公安机关依法给予治安管理处罚；构成犯罪的，依法移送司法机关追究刑事责任。",
        "materials": "现场笔录及音像记录；劝阻制止通知书；移送函（需要移送的）。"},
    "MZ-QT-HNBZ-38": {
        "stop": True, "steps": STOP_STEPS, "av": ["ON_SITE_ENFORCEMENT"],
        "conditions": "在城市街道、居民住宅区等公共场所停放遗体、搭设灵棚，播放或者吹奏哀乐，抛撒、焚烧冥币、纸钱的，由民政"
                      "部门会同公安机关、城市市容环境卫生主管部门和街道办事处予以制止；违反治安管理规定的，由公安机关依法"
                      "给予治安处罚。",
        "materials": "现场笔录及音像记录；劝阻制止通知书；联合处置记录；移送函（需要移送的）。"},
    "MZ-QT-CS-24": {
        "steps": FILING_STEPS, "after": "对募捐活动的开展和募得款物的使用情况实施监督管理",
        "conditions": "慈善组织开展公开募捐，应当制定募捐方案，并在开展募捐活动前报慈善组织登记的民政部门备案。募捐方案包括"
                      "募捐目的、起止时间和地域、活动负责人姓名和办公地址、接受捐赠方式、银行账户、受益人、募得款物用途、募捐"
                      "成本、剩余财产的处理等。在其登记的民政部门管辖区域外以设置募捐箱或者举办义演、义赛、义卖、义展、义拍、"
                      "慈善晚会等方式开展公开募捐的，还应当报其开展募捐活动所在地的县级以上人民政府民政部门备案。为应对重大"
                      "突发事件无法在开展募捐活动前办理备案的，应当在活动开始后十日内补办备案手续。",
        "materials": "募捐方案；公开募捐资格证书；与其他组织或者个人合作开展公开募捐的，提交合作协议；在登记的民政部门管辖区域"
                     "外开展线下募捐的，提交活动所在地、时间和方式的说明。"},
    "MZ-QT-CS-45": {
        "steps": FILING_STEPS, "after": "对慈善信托的受托人处理信托事务和信息公开的情况实施监督管理",
        "conditions": "慈善信托的受托人应当在慈善信托文件签订之日起七日内，将相关文件向受托人所在地县级以上人民政府民政部门"
                      "备案；未按照规定备案的，不享受税收优惠。受托人变更的，应当自变更之日起七日内，将变更情况报原备案的民政"
                      "部门重新备案。",
        "materials": "备案申请书；委托人的身份证明或者登记证书；受托人的慈善组织登记证书或者信托公司金融许可证；信托合同、遗嘱"
                     "或者其他书面信托文件；信托财产交付的证明材料；设置监察人的，监察人的身份证明和同意担任监察人的书面意见。"},
    "MZ-QT-LN-43": {
        "steps": ["提交备案材料", "材料核对", "办理备案", "事中事后监管"],
        "after": "对已备案的养老机构依法实施监督检查",
        "conditions": "设立公益性养老机构，应当依法办理相应的登记；设立经营性养老机构，应当在市场监督管理部门办理登记。养老"
                      "机构登记后即可开展服务活动，并向县级以上人民政府民政部门备案。",
        "materials": "养老机构备案书；法人登记证书或者营业执照；服务场所的自有产权证明或者租赁合同；服务设施符合消防、卫生与"
                     "健康、环境保护、食品药品、建筑等方面法律法规和标准的承诺书；养老机构章程或者服务管理制度。"},

    # ---- 行政确认: 婚姻登记
    "MZ-QR-HY-4": {
        "steps": ["申请", "受理", "审查", "登记", "颁发结婚证"], "time": (1, "WORKING_DAYS", None),
        "decision": "符合条件的，当场予以登记，发给结婚证；不符合条件的，不予登记，并向当事人说明理由。",
        "conditions": "要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记，并符合下列条件：双方完全自愿；男不得早于二十二"
                      "周岁，女不得早于二十周岁；双方均无配偶；双方不是直系血亲或者三代以内的旁系血亲。内地居民结婚，由县级"
                      "人民政府民政部门或者乡（镇）人民政府办理；涉外及涉港澳台、华侨的婚姻登记，由省级人民政府民政部门或者"
                      "其确定的机关办理。补办结婚登记、复婚登记适用结婚登记的规定。",
        "materials": "本人有效的身份证件；本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明；双方近期"
                     "半身免冠合影照片。"},
    "MZ-QR-HY-10": {
        "steps": ["申请", "受理", "离婚冷静期", "审查", "登记", "颁发离婚证"],
        "decision": "冷静期届满后三十日内双方亲自申请发给离婚证，查明确属自愿离婚并对有关事项协商一致的，予以登记，发给"
                    "离婚证；不符合条件的，不予登记，并向当事人说明理由。",
        "conditions": "夫妻双方自愿离婚，并对子女抚养、财产以及债务处理等事项协商一致的，应当签订书面离婚协议，亲自到婚姻"
                      "登记机关申请离婚登记。自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻"
                      "登记机关撤回离婚登记申请；期限届满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证，未申请的，视为"
                      "撤回离婚登记申请（《中华人民共和国民法典》第一千零七十六条、第一千零七十七条）。",
        "materials": "本人有效的身份证件；本人的结婚证；双方当事人共同签署的离婚协议书；双方近期半身免冠照片。"},
    "MZ-QR-HY-17": {
        "steps": ["申请", "受理", "档案查证", "补发证件"], "time": (1, "WORKING_DAYS", None),
        "decision": "查证属实的，当场补发结婚证、离婚证；婚姻登记档案无法查证的，告知当事人提交能够证明婚姻关系的材料。",
        "conditions": "结婚证、离婚证遗失或者损毁的，当事人可以持有效身份证件，向原办理该婚姻登记的机关或者一方当事人常住户口"
                      "所在地的婚姻登记机关申请补领；婚姻登记机关对当事人的婚姻登记档案进行查证，确认属实的，为当事人补发结婚"
                      "证、离婚证。",
        "materials": "本人有效的身份证件；申请补领的书面声明；近期半身免冠照片；婚姻登记档案无法查证的，提交能够证明婚姻关系"
                     "的有关材料。"},
}

# Category defaults: time limit (days, unit, rule), steps and audio-video stages.
CATEGORY_DEFAULTS = {
    "ADMINISTRATIVE_PENALTY": {"time": (90, "CALENDAR_DAYS", "PENALTY_DECISION"), "steps": PENALTY_STEPS,
                               "av": PENALTY_AV},
    "ADMINISTRATIVE_LICENSING": {"time": (20, "WORKING_DAYS", "LICENSING_DECISION"), "steps": LICENSING_STEPS,
                                 "av": ["ON_SITE_ENFORCEMENT"]},
    "ADMINISTRATIVE_INSPECTION": {"time": (30, "CALENDAR_DAYS", None), "steps": INSPECTION_STEPS,
                                  "av": ["ON_SITE_ENFORCEMENT", "INVESTIGATION"]},
    "ADMINISTRATIVE_COERCION": {"time": (None, None, None), "steps": None, "av": PENALTY_AV + ["EXECUTION"]},
    "ADMINISTRATIVE_CONFIRMATION": {"time": (None, None, None), "steps": None, "av": []},
    "ADMINISTRATIVE_PAYMENT": {"time": (None, None, None), "steps": None, "av": []},
    "OTHER": {"time": (None, None, None), "steps": None, "av": []},
}


def time_limit(m, spec):
    if "time" in spec:
        return spec["time"]
    if m.category == "ADMINISTRATIVE_COERCION" and spec.get("sealing"):
        return 30, "CALENDAR_DAYS", "SEIZURE"  # 行政强制法第二十五条, the stricter rule for 封存
    if spec.get("annual"):
        return None, None, None  # 年度检查 follows the yearly cycle set by the regulation
    return CATEGORY_DEFAULTS[m.category]["time"]


def fees(m, spec):
    if spec.get("annual"):
        return "不收费（年度检查不得收取费用）"
    return NO_FEE


# ---------------------------------------------------------------------------------- the other public lists

DOUBLE_RANDOM = "双随机抽查，书面检查与实地检查相结合"
ONCE_A_YEAR = "每年不少于1次"


def inspection_item(code, name, basis, objects, ratio, content, frequency=ONCE_A_YEAR, method=DOUBLE_RANDOM,
                    body="{agency}"):
    return {"code": code, "name": name, "basis": basis, "inspectingBody": body, "objects": objects, "ratio": ratio,
            "frequency": frequency, "method": method, "content": content}


INSPECTION_ITEMS = [
    inspection_item(
        "MZ-JC-001", "社会团体登记事项和活动情况抽查", "《社会团体登记管理条例》第二十四条、第二十八条",
        "在{agency}登记的社会团体", 0.05,
        "登记事项（名称、住所、法定代表人、业务范围、活动资金）与实际情况是否一致；是否按照章程召开会员（代表）大会、理事"
        "会，是否按期换届；是否超出章程规定的宗旨和业务范围开展活动；分支机构、代表机构的设立和管理情况；是否从事营利性"
        "经营活动；年度工作报告报送和信息公开情况。"),
    inspection_item(
        "MZ-JC-002", "社会团体财务管理和收费行为抽查", "《社会团体登记管理条例》第二十四条、第三十条第一款",
        "在{agency}登记的社会团体，重点是行业协会商会", 0.05,
        "会费标准的制定程序和收取情况；是否违反国家有关规定收取费用、筹集资金或者接受、使用捐赠、资助；是否侵占、私分、"
        "挪用资产；财务会计制度执行、票据使用和银行账户管理情况；涉企收费是否规范。"),
    inspection_item(
        "MZ-JC-003", "民办非企业单位（社会服务机构）登记事项和活动情况抽查", "《民办非企业单位登记管理暂行条例》第十九条、第二十三条",
        "在{agency}登记的民办非企业单位（社会服务机构）", 0.05,
        "登记事项与实际情况是否一致；是否超出章程规定的宗旨和业务范围开展活动；是否设立分支机构；是否从事营利性经营活动或者"
        "分配收益；收费项目和标准是否公示；财务管理、资产使用和年度工作报告报送情况。"),
    inspection_item(
        "MZ-JC-004", "基金会活动和财务情况抽查", "《基金会管理条例》第三十四条、第三十六条",
        "由{agency}依法登记或者受委托监督管理的基金会、基金会分支机构和代表机构", 0.1,
        "是否按照章程规定的宗旨和公益活动的业务范围开展活动；公益事业支出和工作人员工资福利、行政办公支出是否符合规定；"
        "会计核算和财务会计报告是否真实；信息公布义务履行情况；登记事项变更和年度检查情况。"),
    inspection_item(
        "MZ-JC-005", "慈善组织活动和信息公开情况抽查", "《中华人民共和国慈善法》第一百零三条、第一百零四条",
        "在{agency}登记或者认定的慈善组织", 0.1,
        "是否按照慈善宗旨开展活动；年度慈善活动支出和管理费用是否符合规定；公开募捐资格、募捐方案备案和募得款物使用情况；"
        "捐赠票据开具和捐赠人反馈情况；关联交易和投资行为是否合规；是否依法履行信息公开义务。"),
    inspection_item(
        "MZ-JC-006", "慈善信托受托人履职情况抽查", "《中华人民共和国慈善法》第一百零三条、第一百零四条",
        "在{agency}备案的慈善信托的受托人", 0.2,
        "信托财产及其收益是否用于慈善目的；是否指定或者变相指定利害关系人作为受益人；年度支出和管理费用是否符合标准；"
        "信托事务处理情况和财务状况报告情况；信息公开情况。"),
    inspection_item(
        "MZ-JC-007", "公墓建设和经营管理检查", "《殡葬管理条例》第八条、第十九条；《河南省殡葬管理办法》第十一条、第十二条",
        "{agency}辖区内的经营性公墓和农村公益性墓地", 0.2,
        "是否经依法批准建设，建设范围是否与批准内容一致；墓穴占地面积是否符合河南省规定的标准；是否一次性收取超过二十年的"
        "墓穴管理费，管理费是否挪作他用；服务项目和收费标准是否公示；农村公益性墓地是否对村民以外的人提供墓穴用地；"
        "档案和台账管理情况。"),
    inspection_item(
        "MZ-JC-008", "殡仪服务机构服务和收费检查", "《殡葬管理条例》第十二条、第二十三条",
        "{agency}辖区内的殡仪馆、殡仪服务站和殡葬服务企业", 0.2,
        "服务项目和收费标准是否公示、是否执行政府定价或者指导价；是否强制或者捆绑服务；殡仪服务人员是否利用工作之便索取"
        "财物；遗体接运、存放、火化等操作规程和安全管理制度执行情况。"),
    inspection_item(
        "MZ-JC-009", "殡葬用品制造销售检查", "《殡葬管理条例》第十六条、第十七条、第二十二条；《河南省殡葬管理办法》第三十四条",
        "{agency}辖区内制造、销售殡葬设备和殡葬用品的单位和个人", 0.05,
        "是否制造、销售不符合国家技术标准的殡葬设备；是否制造、销售冥币、纸扎实物等封建迷信殡葬用品；火葬区内是否销售棺材等"
        "土葬用品。",
        method="双随机抽查，会同市场监督管理部门联合实地检查"),
    inspection_item(
        "MZ-JC-010", "养老机构服务安全和质量检查", "《中华人民共和国老年人权益保障法》第四十四条、第四十五条",
        "在{agency}备案的养老机构", 0.2,
        "备案情况；与老年人或者其代理人签订服务协议情况；是否擅自暂停或者终止服务，是否利用房屋、场地、设施开展与养老服务"
        "无关的活动；消防、食品、设施设备等安全管理；护理人员配备和服务质量；收费管理；是否存在歧视、虐待、遗弃老年人等"
        "侵害老年人权益的行为。",
        frequency="每年不少于2次"),
    inspection_item(
        "MZ-JC-011", "志愿服务组织规范运行检查", "《志愿服务条例》第十九条、第二十条、第二十一条",
        "在{agency}登记的志愿服务组织", 0.05,
        "是否如实记录志愿者个人基本信息、志愿服务情况、培训情况、表彰奖励情况和评价情况；是否依法出具志愿服务记录证明；"
        "是否泄露志愿者有关信息、侵害志愿服务对象个人隐私；是否向志愿服务对象收取或者变相收取报酬。"),
    inspection_item(
        "MZ-JC-012", "标准地名使用和地名标志设置检查", "《地名管理条例》第十八条、第十九条、第二十九条、第三十条",
        "{agency}辖区内使用地名的机关、企业事业单位和其他组织，以及地名标志", 0.05,
        "公文、证件、牌匾、广告、导航电子地图等是否使用标准地名；地名标志的设置是否规范，是否存在擅自设置、拆除、移动、"
        "涂改、遮挡、损毁地名标志的情况。"),
]

REVIEW_RULES = [
    {"actType": "ADMINISTRATIVE_PENALTY", "field": None, "penaltyKind": "REVOCATION", "minAmount": None,
     "hearingHeld": None, "description": "拟作出撤销登记、吊销登记证书或者吊销公开募捐资格证书决定的"},
    {"actType": "ADMINISTRATIVE_PENALTY", "field": None, "penaltyKind": "FINE", "minAmount": 50000,
     "hearingHeld": None, "description": "拟作出5万元以上罚款决定的"},
    {"actType": "ADMINISTRATIVE_PENALTY", "field": None, "penaltyKind": None, "minAmount": None,
     "hearingHeld": True, "description": "经过听证程序作出行政处罚决定的"},
    {"actType": "ADMINISTRATIVE_LICENSING", "field": None, "penaltyKind": None, "minAmount": None,
     "hearingHeld": True, "description": "经过听证程序作出行政许可决定的"},
    {"actType": "ADMINISTRATIVE_PENALTY", "field": None, "penaltyKind": "CONFISCATION", "minAmount": 50000,
     "hearingHeld": None, "description": "拟没收违法所得、非法财物或者非法财产价值5万元以上的"},
    {"actType": "ADMINISTRATIVE_PENALTY", "field": None, "penaltyKind": "SUSPENSION", "minAmount": None,
     "hearingHeld": None, "description": "拟责令限期停止活动、责令停止活动或者责令停业整顿的"},
    {"actType": "ADMINISTRATIVE_PENALTY", "field": "社会组织", "penaltyKind": "OTHER", "minAmount": None,
     "hearingHeld": None, "description": "拟对非法社会组织予以取缔，或者责令撤换社会组织直接负责的主管人员的"},
    {"actType": "ADMINISTRATIVE_COERCION", "field": None, "penaltyKind": None, "minAmount": None,
     "hearingHeld": None, "description": "拟封存、收缴登记证书、印章和财务凭证等实施行政强制措施的"},
    {"actType": "ADMINISTRATIVE_LICENSING", "field": "殡葬", "penaltyKind": None, "minAmount": None,
     "hearingHeld": None, "description": "公墓、殡仪馆、火葬场、骨灰堂和农村公益性墓地等殡葬设施建设的审批、审核决定"},
]

CHANNELS = [
    {"kind": "HOTLINE", "name": "12345政务服务便民热线", "address": None, "phone": "12345", "hours": "全天24小时",
     "note": "受理对{agency}行政执法行为的咨询、投诉、举报和意见建议，由热线转办并限时反馈办理结果。"},
    {"kind": "COMPLAINT", "name": "{agency}政策法规科（行政执法投诉举报）", "address": None, "phone": None, "hours": HOURS,
     "note": "公民、法人或者其他组织认为{agency}执法人员有不履行法定职责、违法或者不当执法、不出示执法证件、不文明执法等"
             "行为的，可以来信、来访或者来电投诉举报；对署名投诉举报的，依法答复处理结果，并为投诉举报人保密。"},
    {"kind": "SUPERVISION", "name": "三门峡市司法局行政执法监督", "address": None, "phone": None, "hours": HOURS,
     "note": "对{agency}的行政执法行为，可以向司法行政部门申请行政执法监督，反映违法或者不当执法问题。"},
    {"kind": "SUPERVISION", "name": "上级民政部门执法监督", "address": None, "phone": None, "hours": HOURS,
     "note": "对{agency}执法中存在的问题，可以向其上级民政部门反映，由上级民政部门依照层级监督职责调查处理。"},
    {"kind": "ONLINE", "name": "河南政务服务网（网上咨询投诉）", "address": None, "phone": None, "hours": "全天24小时",
     "note": "通过河南政务服务网查询办事指南和办理进度，在线提交咨询、投诉和评价。"},
]

WINDOWS = [
    {"name": "社会组织登记窗口", "post": "受理岗",
     "duties": "受理社会团体、民办非企业单位（社会服务机构）成立、变更、注销登记和章程核准申请，慈善组织登记、认定和公开募捐"
               "资格申请；提供申请材料示范文本和咨询服务，一次性告知需要补正的材料，出具受理凭证，提供办理进度查询。",
     "hours": HOURS, "location": "{agency}政务服务大厅民政窗口"},
    {"name": "殡葬管理窗口", "post": "受理岗",
     "duties": "受理殡仪服务站、骨灰堂和农村公益性墓地建设审批申请及公墓建设审核申请；提供殡葬政策咨询；登记殡葬违法行为的"
               "投诉举报并转交承办机构。",
     "hours": HOURS, "location": "{agency}政务服务大厅民政窗口"},
    {"name": "综合受理窗口", "post": "综合受理岗",
     "duties": "接收慈善信托备案、公开募捐方案备案和养老机构备案材料；提供申请材料示范文本、办事指南和咨询服务；提供办理进度"
               "查询；收集服务评价。",
     "hours": HOURS, "location": "{agency}政务服务大厅民政窗口"},
    {"name": "投诉举报窗口", "post": "投诉举报岗",
     "duties": "接收对民政领域违法行为和行政执法行为的投诉举报，登记、分办、督办并按期答复；为投诉举报人保密；公示监督电话"
               "和救济渠道。",
     "hours": HOURS, "location": "{agency}政务服务大厅民政窗口"},
]


# --------------------------------------------------------------------------------------------- assembling

def build_matter(m):
    row = m.row
    spec = {} if m.is_penalty else DETAILS[m.code]
    defaults = CATEGORY_DEFAULTS[m.category]
    days, unit, rule = time_limit(m, spec)
    accepting, approving = m.bodies()
    if m.is_penalty:
        responsibility, conditions, materials = penalty_responsibility(m), penalty_conditions(m), penalty_materials(m)
    else:
        responsibility = RESPONSIBILITY_BUILDERS[m.category](spec, m)
        conditions, materials = spec["conditions"], spec["materials"]
    return {
        "code": m.code,
        "category": m.category,
        "name": m.name,
        "basis": build_basis(row, m.law),
        "responsibility": responsibility,
        "timeLimitDays": days,
        "timeLimitUnit": unit,
        "timeLimitRule": rule,
        "fees": fees(m, spec),
        "acceptingBody": accepting,
        "approvingBody": approving,
        "conditions": conditions,
        "materials": materials,
        "steps": spec.get("steps") or defaults["steps"],
        "penaltyKinds": m.kinds if m.is_penalty else [],
        "fineBounds": m.fine_bounds if m.is_penalty else [],
        "avStages": spec.get("av", defaults["av"]),
        "discretion": discretion(m) if m.is_penalty else [],
    }


# ---------------------------------------------------------------------------------------------- validation

def check_text(value, limit, where, required=True):
    if value is None:
        assert not required, f"{where}: missing"
        return
    assert isinstance(value, str) and value.strip(), f"{where}: empty"
    assert len(value) <= limit, f"{where}: {len(value)} characters, at most {limit}"
    assert not re.search(r"[A-Za-z]", value.replace("{agency}", "")), f"{where}: Latin letters in {value!r}"


def check_placeholders(value, where):
    """The only placeholder is {agency}; no agency of the demo data set is named."""
    for name in re.findall(r"\{[^}]*\}", value):
        assert name == "{agency}", f"{where}: unknown placeholder {name}"
    for agency in ("湖滨区", "陕州区", "义马市", "灵宝市", "渑池县", "卢氏县", "三门峡市民政局", "河南省民政厅"):
        assert agency not in value, f"{where}: names an agency ({agency})"


def validate_matter(m):
    code = m["code"]
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}", code), code
    assert m["category"] in CATEGORIES, f"{code}: category {m['category']}"
    check_text(m["name"], 200, f"{code}.name")
    assert 1 <= len(m["basis"]) <= 20, f"{code}: {len(m['basis'])} basis entries"
    for b in m["basis"]:
        check_text(b["law"], 100, f"{code}.basis.law")
        assert "《" not in b["law"] and "(" not in b["law"], f"{code}: law {b['law']!r}"
        assert isinstance(b["article"], int) and b["article"] > 0, f"{code}: article {b['article']}"
        for part in ("paragraph", "item"):
            assert b[part] is None or (isinstance(b[part], int) and b[part] > 0), f"{code}: {part} {b[part]}"
    for field, limit in (("responsibility", 2000), ("fees", 200), ("acceptingBody", 100), ("approvingBody", 100),
                         ("conditions", 2000), ("materials", 2000)):
        check_text(m[field], limit, f"{code}.{field}")
        check_placeholders(m[field], f"{code}.{field}")
    days, unit, rule = m["timeLimitDays"], m["timeLimitUnit"], m["timeLimitRule"]
    assert (days is None) == (unit is None), f"{code}: time limit {days} {unit}"
    assert days is None or (isinstance(days, int) and 1 <= days <= 3650 and unit in TIME_UNITS), code
    assert rule is None or TIME_RULES[rule] == (days, unit), f"{code}: rule {rule} with {days} {unit}"
    assert 2 <= len(m["steps"]) <= 10, f"{code}: {len(m['steps'])} steps"
    assert all(0 < len(s) <= 20 and "\n" not in s for s in m["steps"]), f"{code}: steps {m['steps']}"
    assert len("\n".join(m["steps"])) <= 400, f"{code}: steps too long"
    assert all(s in AV_STAGES for s in m["avStages"]) and len(set(m["avStages"])) == len(m["avStages"]), code
    kinds = m["penaltyKinds"]
    assert all(k in PENALTY_KINDS for k in kinds) and len(set(kinds)) == len(kinds), f"{code}: kinds {kinds}"
    bases = [b["basis"] for b in m["fineBounds"]]
    assert len(set(bases)) == len(bases), f"{code}: a fine basis twice"
    for b in m["fineBounds"]:
        assert b["basis"] in FINE_BASES and 0 <= b["min"] <= b["max"], f"{code}: bound {b}"
    if m["category"] != "ADMINISTRATIVE_PENALTY":
        assert not kinds and not m["fineBounds"] and not m["discretion"], f"{code}: penalty data on a non-penalty"
        return
    assert kinds, f"{code}: a penalty matter without penalty kinds"
    assert m["fineBounds"] == [] or "FINE" in kinds, f"{code}: fine bounds without FINE"
    validate_discretion(m)


def validate_discretion(m):
    code, kinds = m["code"], m["penaltyKinds"]
    levels = m["discretion"]
    assert levels, f"{code}: no discretion standard"
    order = list(LEVELS)
    positions = [order.index(level["level"]) for level in levels]
    assert positions == sorted(set(positions)), f"{code}: levels out of order or repeated"
    assert len(levels) <= 4
    codes = []
    for level in levels:
        where = f"{code}.{level['level']}"
        assert level["label"] == LEVELS[level["level"]], where
        assert 1 <= len(level["circumstances"]) <= 3, f"{where}: {len(level['circumstances'])} circumstances"
        for c in level["circumstances"]:
            codes.append(c["code"])
            check_text(c["description"], 300, f"{where}.{c['code']}")
        assert set(level["penalties"]) <= set(kinds), f"{where}: {level['penalties']} not in {kinds}"
        assert len(set(level["penalties"])) == len(level["penalties"]), where
        if "REVOCATION" in level["penalties"]:
            assert level["level"] == "SEVERE", f"{where}: REVOCATION below SEVERE"
        fine = level["fine"]
        assert ("FINE" in level["penalties"]) == (fine is not None), f"{where}: fine range and FINE disagree"
        if fine:
            bound = next((b for b in m["fineBounds"] if b["basis"] == fine["basis"]), None)
            assert bound, f"{where}: fine basis {fine['basis']} not in the statute"
            assert bound["min"] <= fine["min"] <= fine["max"] <= bound["max"], f"{where}: {fine} outside {bound}"
            assert round(fine["min"], 2) == fine["min"] and round(fine["max"], 2) == fine["max"], where
        check_text(level["description"], 1000, f"{where}.description")
    assert codes == [f"C{i}" for i in range(1, len(codes) + 1)], f"{code}: circumstance codes {codes}"
    # Fine ranges of successive levels do not go backwards.
    fines = [level["fine"] for level in levels if level["fine"]]
    for a, b in zip(fines, fines[1:]):
        if a["basis"] == b["basis"]:
            assert a["max"] <= b["min"], f"{code}: fine ranges overlap {a} {b}"


def validate_lists(catalogue):
    items = catalogue["inspectionItems"]
    assert 8 <= len(items) <= 12
    assert len({i["code"] for i in items}) == len(items)
    for i in items:
        for field in ("code", "name", "basis", "inspectingBody", "objects", "frequency", "method"):
            limit = 40 if field == "code" else 200 if field == "name" else 500
            if field == "code":
                assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}", i["code"]), i["code"]
            else:
                check_text(i[field], limit, f"{i['code']}.{field}")
                check_placeholders(i[field], f"{i['code']}.{field}")
        check_text(i["content"], 2000, f"{i['code']}.content")
        assert 0.05 <= i["ratio"] <= 1, f"{i['code']}: ratio {i['ratio']}"
    rules = catalogue["reviewRules"]
    for r in rules:
        assert r["actType"] in CATEGORIES, r
        assert r["penaltyKind"] is None or r["penaltyKind"] in PENALTY_KINDS, r
        assert r["minAmount"] is None or r["minAmount"] > 0, r
        assert r["hearingHeld"] in (None, True, False), r
        assert r["field"] is None or len(r["field"]) <= 50, r
        check_text(r["description"], 300, "reviewRule.description")
    mandatory = {
        "any 撤销登记 or 吊销": lambda r: r["actType"] == "ADMINISTRATIVE_PENALTY" and r["penaltyKind"] == "REVOCATION"
        and r["field"] is None and r["minAmount"] is None and r["hearingHeld"] is None,
        "any fine of 50,000 yuan or more": lambda r: r["actType"] == "ADMINISTRATIVE_PENALTY"
        and r["penaltyKind"] == "FINE" and r["minAmount"] == 50000 and r["field"] is None and r["hearingHeld"] is None,
        "any decision after a hearing": lambda r: r["actType"] == "ADMINISTRATIVE_PENALTY" and r["hearingHeld"] is True
        and r["penaltyKind"] is None and r["field"] is None and r["minAmount"] is None,
    }
    for what, matches in mandatory.items():
        assert any(matches(r) for r in rules), f"the review catalogue lacks: {what}"
    channels = catalogue["channels"]
    assert 3 <= len(channels) <= 6
    for c in channels:
        assert c["kind"] in CHANNEL_KINDS, c
        check_text(c["name"], 100, "channel.name")
        check_text(c["address"], 200, "channel.address", required=False)
        assert c["phone"] is None or len(c["phone"]) <= 40
        check_text(c["hours"], 100, "channel.hours", required=False)
        check_text(c["note"], 500, "channel.note", required=False)
    assert any(c["kind"] == "HOTLINE" and c["phone"] == "12345" for c in channels)
    assert {"COMPLAINT", "SUPERVISION", "ONLINE"} <= {c["kind"] for c in channels}
    windows = catalogue["windows"]
    assert 3 <= len(windows) <= 5
    for w in windows:
        for field, limit in (("name", 100), ("post", 50), ("duties", 500), ("hours", 100), ("location", 200)):
            check_text(w[field], limit, f"window.{field}")
            check_placeholders(w[field], f"window.{field}")


def validate_acceptance_matters(by_code):
    """The two penalty matters the acceptance checks use (API.md, "Demo data")."""
    shtt = by_code["MZ-CF-SHTT-30"]
    assert shtt["penaltyKinds"] == ["WARNING", "SUSPENSION", "OTHER", "REVOCATION", "CONFISCATION", "FINE"], shtt
    assert shtt["fineBounds"] == [{"basis": "ILLEGAL_TURNOVER", "min": 1, "max": 3},
                                  {"basis": "ILLEGAL_INCOME", "min": 3, "max": 5}], shtt["fineBounds"]
    bz = by_code["MZ-CF-BZ-18"]
    assert bz["penaltyKinds"] == ["OTHER", "CONFISCATION", "FINE"], bz["penaltyKinds"]
    assert bz["fineBounds"] == [{"basis": "ILLEGAL_INCOME", "min": 1, "max": 3}], bz["fineBounds"]


# -------------------------------------------------------------------------------------------------- main

def main():
    with CSV_PATH.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 139, f"expected 139 matters, found {len(rows)}"
    sources = [Matter(row) for row in rows]
    matters = [build_matter(m) for m in sources]
    by_code = {m["code"]: m for m in matters}
    assert len(by_code) == len(matters), "matter codes are not unique"
    for m in matters:
        validate_matter(m)
    validate_acceptance_matters(by_code)
    catalogue = {"matters": matters, "inspectionItems": INSPECTION_ITEMS, "reviewRules": REVIEW_RULES,
                 "channels": CHANNELS, "windows": WINDOWS}
    validate_lists(catalogue)

    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_text(json.dumps(catalogue, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    penalties = [m for m in matters if m["category"] == "ADMINISTRATIVE_PENALTY"]
    print(f"wrote {OUT_PATH.relative_to(HERE.parent.parent)}: {len(matters)} matters")
    for category, count in sorted(Counter(m["category"] for m in matters).items()):
        print(f"  {category:<28} {count}")
    no_bounds = [m["code"] for m in penalties if not m["fineBounds"]]
    fine_without_bounds = [m["code"] for m in penalties if "FINE" in m["penaltyKinds"] and not m["fineBounds"]]
    print(f"penalty matters without fine bounds (no fine in the statute): {len(no_bounds)}")
    print("  " + ", ".join(no_bounds))
    print(f"penalty matters with FINE but no fine bounds: {len(fine_without_bounds)}"
          + (" — " + ", ".join(fine_without_bounds) if fine_without_bounds else ""))
    order_only = [m.code for m in sources if m.order_only]
    print(f"penalty matters whose only measure is 责令限期改正, kept as {ORDER_ONLY_KIND}: {', '.join(order_only)}")
    levels = sum(len(m["discretion"]) for m in penalties)
    circumstances = sum(len(level["circumstances"]) for m in penalties for level in m["discretion"])
    print(f"discretion: {levels} levels, {circumstances} circumstances over {len(penalties)} penalty matters")
    print(f"inspection items {len(INSPECTION_ITEMS)}, review rules {len(REVIEW_RULES)}, channels {len(CHANNELS)}, "
          f"windows {len(WINDOWS)}")


if __name__ == "__main__":
    main()
