package org.mingjing.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mingjing.shared.CreditCode;
import org.mingjing.shared.ResidentIdNumber;

/**
 * The model the cases module fills a document template with, for one realistic case of 湖滨区民政局: a social
 * organisation charged members an unauthorised fee (《社会团体登记管理条例》第三十条第一款第（八）项), fined after
 * notice and hearing.
 */
final class SampleModels {

    static final String CREDIT_CODE_FIRST_17 = "51411202MJ0123456";
    static final String CREDIT_CODE = CREDIT_CODE_FIRST_17 + CreditCode.checkCharacter(CREDIT_CODE_FIRST_17);
    static final String ID_FIRST_17 = "41120219800315201";
    static final String ID_NUMBER = ID_FIRST_17 + ResidentIdNumber.checkCharacter(ID_FIRST_17);

    private SampleModels() {
    }

    /** Every key of the model filled, as for a case about to be archived. */
    static Map<String, Object> full() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("agency", map(
                "name", "湖滨区民政局",
                "address", "三门峡市湖滨区崤山路中段128号",
                "phone", "0398-2812345",
                "reconsiderationBody", "三门峡市湖滨区人民政府",
                "court", "三门峡市湖滨区人民法院"));
        model.put("caseFile", map(
                "number", "湖民立〔2026〕12号",
                "cause", "违反国家有关规定收取费用",
                "matterName", "对社会团体违反国家有关规定收取费用的行政处罚",
                "matterCode", "411202-CF-0008",
                "source", "投诉举报",
                "facts", "2026年7月，本机关接到举报，反映三门峡市某某协会以“会员资质评定”为名向会员单位收取评定费。"
                        + "经初步核查，该协会于2026年3月至6月向32家会员单位每家收取评定费500元，收费事项未经会员大会审议，"
                        + "也无相关收费依据。",
                "place", "三门峡市湖滨区六峰路18号某某大厦7层",
                "occurredOn", "2026年3月2日",
                "filedOn", "2026年7月14日",
                "illegalIncome", "1500.00元",
                "stageLabel", "结案"));
        model.put("party", map(
                "typeLabel", "社会团体",
                "name", "三门峡市某某协会",
                "idNumber", null,
                "creditCode", CREDIT_CODE,
                "legalRepresentative", "赵某某",
                "address", "三门峡市湖滨区六峰路18号某某大厦7层",
                "phone", "13903981234"));
        model.put("parties", List.of(
                map("roleLabel", "当事人", "typeLabel", "社会团体", "name", "三门峡市某某协会", "idNumber", null,
                        "creditCode", CREDIT_CODE, "legalRepresentative", "赵某某",
                        "address", "三门峡市湖滨区六峰路18号某某大厦7层", "phone", "13903981234"),
                map("roleLabel", "被询问人", "typeLabel", "自然人", "name", "钱某某", "idNumber", ID_NUMBER,
                        "creditCode", null, "legalRepresentative", null, "address", "三门峡市湖滨区湖滨街道某小区3号楼",
                        "phone", "13703985678")));
        List<Map<String, Object>> officers = List.of(
                map("name", "王建国", "certificateNumber", "41120219001"),
                map("name", "李晓梅", "certificateNumber", "41120219002"));
        model.put("officers", officers);
        model.put("document", map(
                "kind", "PENALTY_DECISION",
                "title", "行政处罚决定书",
                "number", "湖民罚〔2026〕3号",
                "date", "2026年11月27日"));
        model.put("record", map(
                "kindLabel", "询问笔录",
                "date", "2026年7月20日9时30分至10时45分",
                "place", "湖滨区民政局执法办案室",
                "officers", officers,
                "certificateShown", Boolean.TRUE,
                "rightsExplained", Boolean.TRUE,
                "person", "钱某某（三门峡市某某协会秘书长）",
                "content", String.join("\n",
                        "问：我们是湖滨区民政局的执法人员，现依法向你了解三门峡市某某协会收取会员单位费用的有关情况，"
                                + "请你如实回答。你听清楚了吗？",
                        "答：听清楚了。",
                        "问：你是否申请我们回避？",
                        "答：不申请。",
                        "问：请你介绍一下你的身份和职务。",
                        "答：我叫钱某某，是三门峡市某某协会的秘书长，负责协会的日常工作，包括会员服务和财务管理。",
                        "问：协会2026年是否向会员单位收取过“资质评定费”？",
                        "答：收取过。2026年3月至6月，协会对申请资质评定的会员单位每家收取500元，一共收了32家，"
                                + "共计16000元，钱都进了协会的基本账户。",
                        "问：收取这项费用是否经过会员大会或者理事会审议？有没有收费依据？",
                        "答：没有经过会员大会，是理事会几位负责人商量后定的，没有文件依据。",
                        "问：以上所说是否属实？你还有什么需要补充的吗？",
                        "答：属实。没有补充的了，我们已经开始准备退费。")));
        model.put("notice", map(
                "servedOn", "2026年10月9日",
                "proposedPenalties", "1．警告；\n2．没收违法所得1500.00元；\n3．罚款5000.00元。",
                "facts", "当事人于2026年3月至6月，未经会员大会审议且无收费依据，以“会员资质评定”为名向32家会员单位"
                        + "每家收取评定费500元，共计16000元，其中14500元已于2026年8月退还，违法所得为1500.00元。",
                "reasons", "当事人的上述行为违反了《社会团体登记管理条例》第三十条第一款第（八）项的规定，"
                        + "属于违反国家有关规定收取费用的行为。",
                "basis", "《社会团体登记管理条例》第三十条第一款第（八）项、第二款",
                "hearingRight", Boolean.TRUE,
                "periodDays", "5",
                "contact", "王建国，0398-2812345"));
        model.put("hearing", map(
                "date", "2026年10月28日9时",
                "place", "湖滨区民政局三楼听证室",
                "presidingOfficer", "孙立新",
                "requestedOn", "2026年10月12日",
                "noticeDate", "2026年10月16日"));
        model.put("decision", map(
                "typeLabel", "警告、没收违法所得、罚款",
                "penalties", "1．警告；\n2．没收违法所得1500.00元；\n3．罚款5000.00元。",
                "fineAmount", "5000.00元",
                "basis", "《社会团体登记管理条例》第三十条第一款第（八）项、第二款",
                "facts", "当事人于2026年3月至6月，未经会员大会审议且无收费依据，以“会员资质评定”为名向32家会员单位"
                        + "每家收取评定费500元，共计16000元，其中14500元已于2026年8月退还，违法所得为1500.00元。",
                "evidence", List.of(
                        "当事人的社会团体法人登记证书复印件、法定代表人身份证明，证明当事人的主体资格；",
                        "2026年7月20日对钱某某的询问笔录，证明收费的决策过程、收费标准和金额；",
                        "现场检查笔录及现场照片8张，证明当事人办公场所和收费公示情况；",
                        "收费收据存根32份、银行账户流水，证明收费的时间和金额；",
                        "退费凭证，证明当事人已退还部分费用。"),
                "paymentDays", "15",
                "paymentPlace", "中国工商银行三门峡湖滨支行",
                "lateFeeRule", "每日按罚款数额的百分之三加处罚款",
                "reconsiderationDays", "60",
                "litigationMonths", "6",
                "decidedOn", "2026年11月27日"));
        model.put("service", map(
                "documentTitle", "行政处罚决定书",
                "documentNumber", "湖民罚〔2026〕3号",
                "recipient", "三门峡市某某协会",
                "place", "三门峡市湖滨区六峰路18号某某大厦7层",
                "methodLabel", "直接送达",
                "servedOn", "2026年11月28日10时20分",
                "witnesses", null,
                "reason", null));
        model.put("closing", map(
                "course", "2026年7月14日立案，7月20日询问当事人秘书长并制作笔录，7月22日现场检查；10月9日送达"
                        + "行政处罚事先告知书，当事人要求听证，10月28日举行听证；经法制审核和负责人集体讨论，11月27日作出"
                        + "行政处罚决定，11月28日直接送达。",
                "execution", "当事人于2026年12月5日缴纳罚款5000.00元，并上缴违法所得1500.00元，处罚决定已执行完毕。",
                "closedOn", "2026年12月10日"));
        List<Map<String, Object>> index = new ArrayList<>();
        String[][] rows = {
                {"立案审批表", "", "2026年7月14日", "1"},
                {"询问笔录", "", "2026年7月20日", "2-4"},
                {"现场检查笔录", "", "2026年7月22日", "5-6"},
                {"行政处罚事先告知书", "湖民罚告〔2026〕3号", "2026年10月9日", "7-8"},
                {"听证通知书", "湖民听通〔2026〕1号", "2026年10月16日", "9"},
                {"行政处罚决定书", "湖民罚〔2026〕3号", "2026年11月27日", "10-11"},
                {"送达回证", "", "2026年11月28日", "12"},
                {"结案报告", "", "2026年12月10日", "13"}};
        for (int i = 0; i < rows.length; i++) {
            index.add(map("seq", String.valueOf(i + 1), "title", rows[i][0],
                    "number", rows[i][1].isEmpty() ? null : rows[i][1], "date", rows[i][2], "pages", rows[i][3]));
        }
        model.put("index", index);
        return model;
    }

    /** The full model with the current document's kind, title and number, as the cases module gives each one. */
    static Map<String, Object> forKind(String kind) {
        Map<String, Object> model = full();
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) model.get("document");
        document.put("kind", kind);
        return model;
    }

    /** A map that, unlike Map.of, holds nulls, as the cases module's model does for missing optional values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
