package org.mingjing.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingjing.documents.OfficialDocument.Align;
import org.mingjing.documents.OfficialDocument.Paragraph;
import org.mingjing.documents.OfficialDocument.Run;
import org.mingjing.documents.Typesetter.Mark;
import org.mingjing.documents.Typesetter.Ring;
import org.mingjing.documents.Typesetter.Rule;
import org.mingjing.documents.Typesetter.Sheet;
import org.mingjing.documents.Typesetter.Text;
import org.mingjing.shared.CreditCode;
import org.mingjing.shared.ProblemException;

/**
 * The enforcement documents: every default template fills from the cases module's model and prints as an A4 PDF
 * and an OFD carrying the elements the law requires (LAW.md §2, §11); an agency's adapted template replaces the
 * default; a broken one fails naming itself; and the layout keeps GB/T 9704-2012 (margins, 22 × 28 grid, page
 * numbers, no comma at a line's start).
 */
class OfficialDocumentTests {

    private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final Pattern TEXT_CODE = Pattern.compile("<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>");
    private static final Pattern PAGE_CONTENT = Pattern.compile("Doc_0/Pages/Page_(\\d+)/Content\\.xml");
    private static final double MM = 72 / 25.4;

    private final DocumentFonts fonts = new DocumentFonts(FONTS);
    private final DocumentTemplates templates = new DocumentTemplates("");
    private final OfficialDocumentPdf pdf = new OfficialDocumentPdf(fonts);
    private final OfficialDocumentOfd ofd = new OfficialDocumentOfd(fonts);

    /** What each document must say, beyond its title, for the sample case. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "FILING_APPROVAL", List.of("湖滨区民政局", "湖民立〔2026〕12号", "案由", "违反国家有关规定收取费用", "案件来源",
                    "投诉举报", "三门峡市某某协会", SampleModels.CREDIT_CODE, "简要案情", "承办人意见",
                    "王建国（执法证号：41120219001）", "李晓梅（执法证号：41120219002）", "负责人审批意见", "立案日期",
                    "2026年7月14日"),
            "INQUIRY_RECORD", List.of("2026年7月20日9时30分", "湖滨区民政局执法办案室", "41120219001", "41120219002",
                    "出示了行政执法证件", "申请执法人员回避", "钱某某", "问：你是否申请我们回避？", "答：不申请。",
                    "被询问人签名"),
            "INSPECTION_RECORD", List.of("检查时间", "检查地点", "41120219001", "出示了行政执法证件", "申请执法人员回避",
                    "被检查人（在场人）签名", "执法人员签名"),
            "PRIOR_NOTICE", List.of("湖滨区民政局", "三门峡市某某协会：", "陈述、申辩", "要求举行听证", "5个工作日内",
                    "《社会团体登记管理条例》第三十条第一款第（八）项", "罚款5000.00元", "王建国，0398-2812345",
                    "不因你（单位）陈述、申辩而给予更重的处罚", "（印章）"),
            "HEARING_NOTICE", List.of("2026年10月28日9时", "湖滨区民政局三楼听证室", "孙立新", "申请回避", "公开举行",
                    "视为放弃听证权利", "2026年10月16日"),
            "PENALTY_DECISION", List.of("湖民罚〔2026〕3号", "当事人：三门峡市某某协会",
                    "统一社会信用代码：" + SampleModels.CREDIT_CODE, "住所（住址）：三门峡市湖滨区六峰路18号某某大厦7层",
                    "经查明", "上述事实有下列证据证明", "收费收据存根32份", "罚款5000.00元", "15日内",
                    "中国工商银行三门峡湖滨支行", "电子支付系统", "百分之三", "60日内", "三门峡市湖滨区人民政府",
                    "6个月内", "三门峡市湖滨区人民法院", "申请人民法院强制执行", "2026年11月27日", "（印章）"),
            "SERVICE_RECEIPT", List.of("送达文书名称", "行政处罚决定书", "湖民罚〔2026〕3号", "受送达人", "送达地点",
                    "直接送达", "2026年11月28日10时20分", "受送达人签名或者盖章", "见证人", "送达人签名",
                    "王建国（执法证号：41120219001）"),
            "CLOSING_REPORT", List.of("案件办理经过", "执行情况", "处罚决定已执行完毕", "承办人意见", "负责人审批意见",
                    "2026年12月10日"),
            "FILE_COVER", List.of("湖滨区民政局", "违反国家有关规定收取费用", "三门峡市某某协会", "湖民立〔2026〕12号",
                    "2026年7月14日", "2026年12月10日", "保管期限", "长期"),
            "FILE_INDEX", List.of("序号", "文书（材料）名称", "行政处罚事先告知书", "湖民罚告〔2026〕3号",
                    "2026年11月27日", "10-11"));

    static List<String> kinds() {
        return DocumentTemplates.STANDARD_KINDS;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyDefaultTemplatePrintsAnA4PdfWithTheElementsTheLawRequires(String kind) throws IOException {
        OfficialDocument document = templates.render(kind, SampleModels.forKind(kind));
        byte[] bytes = pdf.render(document);

        try (PDDocument loaded = Loader.loadPDF(bytes)) {
            assertThat(loaded.getNumberOfPages()).isPositive();
            for (PDPage page : loaded.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
            String text = compact(new PDFTextStripper().getText(loaded));
            assertThat(text).contains(compact(document.title()));
            assertThat(text).contains(REQUIRED.get(kind).stream().map(OfficialDocumentTests::compact).toList());
            assertThat(text).doesNotContain("null");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyDefaultTemplatePrintsAnOfdPackageWithTheSameWords(String kind) throws IOException {
        OfficialDocument document = templates.render(kind, SampleModels.forKind(kind));
        Map<String, byte[]> entries = unzip(ofd.render(document));

        assertThat(entries).containsKeys("OFD.xml", "Doc_0/Document.xml");
        assertThat(new String(entries.get("OFD.xml"), StandardCharsets.UTF_8)).contains("Doc_0/Document.xml");
        assertThat(entries.keySet()).anyMatch(name -> name.startsWith("Doc_0/Res/") && name.endsWith(".ttf"));
        String text = compact(ofdText(entries));
        assertThat(text).contains(compact(document.title()));
        assertThat(text).contains(REQUIRED.get(kind).stream().map(OfficialDocumentTests::compact).toList());
    }

    @Test
    void theOfdEmbedsOnlyTheCharactersItUsesAndHasAsManyPagesAsThePdf() throws IOException {
        OfficialDocument document = templates.render("INQUIRY_RECORD", SampleModels.forKind("INQUIRY_RECORD"));
        Map<String, byte[]> entries = unzip(ofd.render(document));
        byte[] font = entries.entrySet().stream().filter(e -> e.getKey().endsWith(".ttf")).findFirst().orElseThrow()
                .getValue();
        long pages = entries.keySet().stream().filter(name -> PAGE_CONTENT.matcher(name).matches()).count();

        assertThat(font.length).isLessThan(500_000);
        try (PDDocument loaded = Loader.loadPDF(pdf.render(document))) {
            assertThat(pages).isEqualTo(loaded.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void theRecordNamesBothOfficersWithTheirCertificatesOnOneLine() {
        OfficialDocument document = templates.render("INQUIRY_RECORD", SampleModels.forKind("INQUIRY_RECORD"));

        assertThat(document.text()).contains("询问人：王建国（执法证号：41120219001）、李晓梅（执法证号：41120219002）\n");
        assertThat(document.pageSign()).containsExactly("被询问人签名", "执法人员签名");
    }

    @Test
    void theDecisionNamesTheRemediesWithTheirPeriodsAndTheLateFee() {
        OfficialDocument document = templates.render("PENALTY_DECISION", SampleModels.forKind("PENALTY_DECISION"));
        String text = compact(document.text());

        assertThat(text).contains("可以自收到本决定书之日起60日内向三门峡市湖滨区人民政府申请行政复议");
        assertThat(text).contains("自收到本决定书之日起6个月内依法向三门峡市湖滨区人民法院提起行政诉讼");
        assertThat(text).contains("每日按罚款数额的百分之三加处罚款");
        assertThat(text).contains("1．当事人的社会团体法人登记证书复印件");
        assertThat(document.blocks()).filteredOn(b -> b instanceof OfficialDocument.Signature)
                .singleElement()
                .satisfies(b -> {
                    OfficialDocument.Signature signature = (OfficialDocument.Signature) b;
                    assertThat(signature.agency()).isEqualTo("湖滨区民政局");
                    assertThat(signature.date()).isEqualTo("2026年11月27日");
                    assertThat(signature.seal()).isTrue();
                });
    }

    @Test
    void aDecisionWithoutAFineSaysNothingAboutPayingOne() {
        Map<String, Object> model = SampleModels.forKind("PENALTY_DECISION");
        decision(model).put("fineAmount", null);
        decision(model).put("penalties", "警告。");

        String text = compact(templates.render("PENALTY_DECISION", model).text());

        assertThat(text).contains("警告。").doesNotContain("缴纳").doesNotContain("加处罚款");
    }

    @Test
    void thePriorNoticeOffersAHearingOnlyWhereTheLawGivesOne() {
        Map<String, Object> model = SampleModels.forKind("PRIOR_NOTICE");
        notice(model).put("hearingRight", Boolean.FALSE);

        String text = compact(templates.render("PRIOR_NOTICE", model).text());

        assertThat(text).contains("陈述、申辩").contains("5个工作日内").doesNotContain("听证");
    }

    @Test
    void aPersonIsIdentifiedByIdNumberWhenThereIsNoCreditCode() {
        Map<String, Object> model = SampleModels.forKind("PENALTY_DECISION");
        party(model).put("creditCode", null);
        party(model).put("idNumber", SampleModels.ID_NUMBER);
        party(model).put("name", "钱某某");

        String text = compact(templates.render("PENALTY_DECISION", model).text());

        assertThat(text).contains("公民身份号码：" + SampleModels.ID_NUMBER).doesNotContain("统一社会信用代码");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyDefaultTemplateCopesWithAnAlmostEmptyModel(String kind) throws IOException {
        Map<String, Object> model = SampleModels.map("agency", SampleModels.map("name", "湖滨区民政局"),
                "party", SampleModels.map("name", "三门峡市某某协会"));

        OfficialDocument document = templates.render(kind, model);

        assertThat(document.title()).isNotBlank();
        assertThat(document.text()).doesNotContain("null");
        try (PDDocument loaded = Loader.loadPDF(pdf.render(document))) {
            assertThat(loaded.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void anAgencysAdaptedTemplateReplacesTheDefault(@TempDir Path dir) throws IOException {
        String adapted = new String(getClass().getResourceAsStream("/documents/templates/PENALTY_DECISION.xml")
                .readAllBytes(), StandardCharsets.UTF_8)
                .replace("<p>经查明：</p>", "<p>经本局调查核实，查明如下：</p>");
        Files.writeString(dir.resolve("PENALTY_DECISION.xml"), adapted);
        DocumentTemplates adaptedTemplates = new DocumentTemplates(dir.toString());

        String decision = compact(adaptedTemplates.render("PENALTY_DECISION", SampleModels.forKind("PENALTY_DECISION"))
                .text());
        String notice = compact(adaptedTemplates.render("PRIOR_NOTICE", SampleModels.forKind("PRIOR_NOTICE")).text());

        assertThat(decision).contains("经本局调查核实，查明如下：").doesNotContain("经查明：");
        assertThat(notice).contains("行政处罚事先告知书");
    }

    @Test
    void aMalformedTemplateFailsNamingItselfAndItsFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("PENALTY_DECISION.xml"),
                "<document title=\"行政处罚决定书\"><p>当事人：[[${party?.name}]]</document>");
        DocumentTemplates broken = new DocumentTemplates(dir.toString());

        assertThatThrownBy(() -> broken.render("PENALTY_DECISION", SampleModels.forKind("PENALTY_DECISION")))
                .isInstanceOf(DocumentTemplateException.class)
                .hasMessageContaining("PENALTY_DECISION")
                .hasMessageContaining(dir.resolve("PENALTY_DECISION.xml").toString())
                .satisfies(e -> assertThat(((DocumentTemplateException) e).kind()).isEqualTo("PENALTY_DECISION"));
    }

    @Test
    void aTemplateWithAnUnknownElementFailsRatherThanDroppingIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("PRIOR_NOTICE.xml"),
                "<document title=\"行政处罚事先告知书\"><p>正文</p><paragraph>丢失的段落</paragraph></document>");
        DocumentTemplates broken = new DocumentTemplates(dir.toString());

        assertThatThrownBy(() -> broken.render("PRIOR_NOTICE", SampleModels.forKind("PRIOR_NOTICE")))
                .isInstanceOf(DocumentTemplateException.class)
                .hasMessageContaining("PRIOR_NOTICE")
                .hasMessageContaining("<paragraph>");
    }

    @Test
    void aKindWithoutATemplateFailsNamingIt() {
        assertThatThrownBy(() -> templates.render("NO_SUCH_DOCUMENT", SampleModels.full()))
                .isInstanceOf(DocumentTemplateException.class)
                .hasMessageContaining("NO_SUCH_DOCUMENT");
        assertThatThrownBy(() -> templates.render("../secrets", SampleModels.full()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAreEscapedNotReadAsTemplateMarkup() {
        Map<String, Object> model = SampleModels.forKind("PENALTY_DECISION");
        party(model).put("name", "某某<b>协会</b> & [[${agency.court}]]");

        String text = templates.render("PENALTY_DECISION", model).text();

        assertThat(text).contains("当事人：某某<b>协会</b> & [[${agency.court}]]");
    }

    @Test
    void templateLinesBecomeParagraphsAndTheWhitespaceOfIndentationIsDropped() {
        List<Run> runs = TemplateXml.lines(List.of(new Run("\n    第一行  内容\n\n    ", false), new Run("加粗", true),
                new Run("　　全角空格留下\n  ", false)));

        assertThat(runs).containsExactly(new Run("第一行 内容", false), new Run("\n加粗", true),
                new Run("　　全角空格留下", false));
    }

    // ---- line breaking (避头尾) ----

    @Test
    void noLineStartsWithAClosingMarkTheCharacterBeforeItMovesDown() {
        int[] chars = "一二三四五，六七八九十。甲乙丙丁戊。".codePoints().toArray();
        double[] advances = new double[chars.length];
        Arrays.fill(advances, 1.0);

        List<LineBreaker.Line> lines = LineBreaker.wrap(chars, advances, 5, 5);
        List<String> texts = lines.stream().map(l -> new String(chars, l.start(), l.length())).toList();

        assertThat(texts).first().isEqualTo("一二三四");
        assertThat(texts.get(1)).startsWith("五，");
        assertThat(texts).noneMatch(t -> !t.isEmpty() && LineBreaker.noLineStart(t.codePointAt(0)));
        assertThat(String.join("", texts)).isEqualTo("一二三四五，六七八九十。甲乙丙丁戊。");
    }

    @Test
    void noLineEndsWithAnOpeningMarkAndCodesAndAmountsStayWhole() {
        int[] chars = "一二三四《条例》罚款5000.00元".codePoints().toArray();
        double[] advances = new double[chars.length];
        for (int i = 0; i < chars.length; i++) {
            advances[i] = chars[i] < 0x80 ? 0.5 : 1.0;
        }

        List<String> texts = LineBreaker.wrap(chars, advances, 5, 5).stream()
                .map(l -> new String(chars, l.start(), l.length())).toList();

        assertThat(texts).noneMatch(t -> LineBreaker.noLineEnd(t.codePointAt(t.length() - 1)));
        assertThat(texts).anyMatch(t -> t.contains("5000.00"));
    }

    @Test
    void aPrintedParagraphNeverStartsALineWithACommaOrFullStop() throws IOException {
        // 26 characters fill the first line after the two-character indent; the comma would start the second.
        String sentence = "本机关依法对当事人涉嫌违反国家有关规定收取费用一案进" + "，" + "经调查核实违法事实清楚证据确凿程序合法适用依据正确"
                + "。" + "依据相关规定本机关决定给予当事人警告并处罚款人民币五千元整";
        OfficialDocument document = new OfficialDocument("测试", null, null, List.of(), true,
                List.of(new Paragraph(List.of(new Run(sentence, false)), Align.JUSTIFY, 2)));

        try (PDDocument loaded = Loader.loadPDF(pdf.render(document))) {
            List<String> lines = new PDFTextStripper().getText(loaded).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            assertThat(lines).noneMatch(l -> l.startsWith("，") || l.startsWith("。"));
            assertThat(lines).anyMatch(l -> l.startsWith("进，"));
        }
    }

    // ---- GB/T 9704-2012 layout ----

    @Test
    void theBodyIsSetOnAGridOf22LinesOf28CharactersInsideTheMargins() throws IOException {
        String body = "国".repeat(28 * 60);
        OfficialDocument document = new OfficialDocument("版式", null, null, List.of(), true,
                List.of(new Paragraph(List.of(new Run(body, false)), Align.JUSTIFY, 0)));

        List<Sheet> sheets = typeset(document);

        assertThat(sheets).hasSizeGreaterThanOrEqualTo(2);
        Map<Double, String> secondPage = bodyLines(sheets.get(1));
        assertThat(secondPage).hasSize(Typesetter.LINES_PER_PAGE);
        assertThat(secondPage.values()).allMatch(line -> line.length() == Typesetter.CHARS_PER_LINE);
        List<Double> baselines = new ArrayList<>(secondPage.keySet());
        for (int i = 1; i < baselines.size(); i++) {
            assertThat(baselines.get(i) - baselines.get(i - 1)).isCloseTo(225.0 / 22, within(1e-6));
        }
        for (Sheet sheet : sheets) {
            for (Mark mark : sheet.marks()) {
                if (mark instanceof Text text && text.size() == Typesetter.BODY_SIZE) {
                    assertThat(text.x()).isGreaterThanOrEqualTo(Typesetter.LEFT - 1e-6);
                    assertThat(text.y()).isBetween(Typesetter.TOP, Typesetter.TOP + Typesetter.HEIGHT);
                    double end = text.x() + text.text().length() * (Typesetter.WIDTH / Typesetter.CHARS_PER_LINE);
                    assertThat(end).isLessThanOrEqualTo(Typesetter.LEFT + Typesetter.WIDTH + 1e-6);
                }
            }
        }
    }

    @Test
    void theFirstLineOfAParagraphIsIndentedTwoCharacters() throws IOException {
        OfficialDocument document = new OfficialDocument("版式", null, null, List.of(), true,
                List.of(new Paragraph(List.of(new Run("国".repeat(40), false)), Align.JUSTIFY, 2)));

        Map<Double, String> lines = bodyLines(typeset(document).get(0));
        List<Text> starts = typeset(document).get(0).marks().stream()
                .filter(m -> m instanceof Text t && t.size() == Typesetter.BODY_SIZE).map(m -> (Text) m).toList();

        assertThat(lines.values()).containsExactly("国".repeat(26), "国".repeat(14));
        assertThat(starts.get(0).x()).isCloseTo(Typesetter.LEFT + 2 * Typesetter.WIDTH / 28, within(1e-6));
        assertThat(starts.get(1).x()).isCloseTo(Typesetter.LEFT, within(1e-6));
    }

    @Test
    void pageNumbersSitUnderTheTextBlockOddOnTheRightEvenOnTheLeft() throws IOException {
        OfficialDocument document = new OfficialDocument("版式", null, null, List.of(), true,
                List.of(new Paragraph(List.of(new Run("国".repeat(28 * 30), false)), Align.JUSTIFY, 0)));
        List<Sheet> sheets = typeset(document);
        double em = Typesetter.FOLIO_SIZE * Typesetter.PT;

        Text first = folio(sheets.get(0));
        Text second = folio(sheets.get(1));

        assertThat(first.text()).isEqualTo("\u2014 1 \u2014");
        assertThat(second.text()).isEqualTo("\u2014 2 \u2014");
        assertThat(first.y() - 0.88 * em).isCloseTo(Typesetter.TOP + Typesetter.HEIGHT + 7, within(0.01));
        try (var font = fonts.openTrueType()) {
            GlyphMetrics metrics = new GlyphMetrics(font);
            double width = first.text().codePoints()
                    .mapToDouble(c -> metrics.width(c) * em + first.spacing()).sum();
            assertThat(first.x() + width).isCloseTo(Typesetter.LEFT + Typesetter.WIDTH - em, within(0.01));
        }
        assertThat(second.x()).isCloseTo(Typesetter.LEFT + em, within(0.01));
    }

    @Test
    void theSealIsARedCircleOverTheAgencyAndDateWithTheDateFourCharactersFromTheRight() throws IOException {
        OfficialDocument document = templates.render("PENALTY_DECISION", SampleModels.forKind("PENALTY_DECISION"));
        List<Sheet> sheets = typeset(document);
        Sheet last = sheets.get(sheets.size() - 1);

        Ring seal = last.marks().stream().filter(m -> m instanceof Ring).map(m -> (Ring) m).findFirst().orElseThrow();
        Text date = last.marks().stream().filter(m -> m instanceof Text t && t.text().equals("2026年11月27日"))
                .map(m -> (Text) m).reduce((a, b) -> b).orElseThrow();
        Text agency = last.marks().stream().filter(m -> m instanceof Text t && t.text().equals("湖滨区民政局")
                && t.size() == Typesetter.BODY_SIZE).map(m -> (Text) m).reduce((a, b) -> b).orElseThrow();
        double pitch = Typesetter.WIDTH / Typesetter.CHARS_PER_LINE;
        double right = Typesetter.LEFT + Typesetter.WIDTH - 4 * pitch;

        assertThat(seal.color()).isEqualTo(Typesetter.SEAL_RED);
        assertThat(seal.radius()).isEqualTo(21);
        assertThat(date.y()).isGreaterThan(agency.y());
        assertThat(seal.cy()).isLessThan(date.y()).isGreaterThan(agency.y() - Typesetter.LINE);
        assertThat(seal.cx()).isBetween(date.x(), right);
        assertThat(seal.cy() - seal.radius()).isGreaterThan(Typesetter.TOP);
        try (var font = fonts.openTrueType()) {
            GlyphMetrics metrics = new GlyphMetrics(font);
            double width = date.text().codePoints()
                    .mapToDouble(c -> metrics.width(c) * date.size() * Typesetter.PT + date.spacing()).sum();
            assertThat(date.x() + width).isCloseTo(right, within(0.01));
        }
    }

    @Test
    void theCoverAndTheIndexOfACaseFileCarryNoPageNumber() throws IOException {
        for (String kind : List.of("FILE_COVER", "FILE_INDEX")) {
            OfficialDocument document = templates.render(kind, SampleModels.forKind(kind));

            assertThat(document.folios()).isFalse();
            assertThat(typeset(document)).allSatisfy(sheet -> assertThat(sheet.marks())
                    .noneMatch(m -> m instanceof Text t && t.size() == Typesetter.FOLIO_SIZE));
        }
        assertThat(templates.render("PENALTY_DECISION", SampleModels.forKind("PENALTY_DECISION")).folios()).isTrue();
    }

    @Test
    void signatureLinesAreNeverSplitAcrossPages() throws IOException {
        // The title and the blank line under it take two of page 1's 22 lines; 19 more leave room for one.
        OfficialDocument document = new OfficialDocument("版式", null, null, List.of(), true, List.of(
                new Paragraph(List.of(new Run("国".repeat(28 * 19), false)), Align.JUSTIFY, 0),
                new OfficialDocument.SignLines(List.of("甲", "乙", "丙"), null)));

        List<Sheet> sheets = typeset(document);

        assertThat(sheets).hasSize(2);
        assertThat(sheets.get(1).marks()).filteredOn(m -> m instanceof Text t && t.text().length() == 2
                && t.size() == Typesetter.BODY_SIZE).extracting(m -> ((Text) m).text())
                .containsExactly("甲：", "乙：", "丙：");
    }

    @Test
    void aRecordCarriesItsSignatureLineOnEveryPage() throws IOException {
        Map<String, Object> model = SampleModels.forKind("INQUIRY_RECORD");
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) model.get("record");
        record.put("content", String.join("\n", Collections.nCopies(30,
                "问：请你详细说明协会收取资质评定费的经过？\n答：协会理事会商定后，向申请评定的会员单位收取。")));
        OfficialDocument document = templates.render("INQUIRY_RECORD", model);

        try (PDDocument loaded = Loader.loadPDF(pdf.render(document))) {
            assertThat(loaded.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= loaded.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(compact(stripper.getText(loaded))).as("page %d", page).contains("被询问人签名：")
                        .contains("执法人员签名：");
            }
        }
    }

    @Test
    void aTableNeverLeavesTheTextBlockAndKeepsItsRules() throws IOException {
        OfficialDocument document = templates.render("SERVICE_RECEIPT", SampleModels.forKind("SERVICE_RECEIPT"));

        for (Sheet sheet : typeset(document)) {
            for (Mark mark : sheet.marks()) {
                if (mark instanceof Rule rule) {
                    assertThat(rule.width()).isCloseTo(0.5 * Typesetter.PT, within(1e-9));
                    assertThat(Math.min(rule.x1(), rule.x2())).isGreaterThanOrEqualTo(Typesetter.LEFT - 1e-6);
                    assertThat(Math.max(rule.x1(), rule.x2()))
                            .isLessThanOrEqualTo(Typesetter.LEFT + Typesetter.WIDTH + 1e-6);
                    assertThat(Math.max(rule.y1(), rule.y2()))
                            .isLessThanOrEqualTo(Typesetter.TOP + Typesetter.HEIGHT + 1e-6);
                }
            }
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAWhiteSquareInsteadOfFailing() throws IOException {
        Map<String, Object> model = SampleModels.forKind("PENALTY_DECISION");
        party(model).put("name", "三门峡市\uD840\uDC00某某协会\uD83D\uDE00\u0007");
        OfficialDocument document = templates.render("PENALTY_DECISION", model);

        try (PDDocument loaded = Loader.loadPDF(pdf.render(document))) {
            assertThat(compact(new PDFTextStripper().getText(loaded))).contains("三门峡市").contains("某某协会");
        }
        assertThat(compact(ofdText(unzip(ofd.render(document))))).contains("某某协会");
    }

    @Test
    void withoutAnEmbeddableFontTheServerAnswers503() {
        DocumentFonts none = new DocumentFonts(List.of("/nonexistent/font.ttf"));
        OfficialDocument document = templates.render("FILE_COVER", SampleModels.forKind("FILE_COVER"));

        assertThatThrownBy(() -> new OfficialDocumentPdf(none).render(document)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("font-missing");
        assertThatThrownBy(() -> new OfficialDocumentOfd(none).render(document)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("font-missing");
    }

    @Test
    void theSampleIdentifiersAreValid() {
        assertThat(CreditCode.isValid(SampleModels.CREDIT_CODE)).isTrue();
    }

    // ---- helpers ----

    private List<Sheet> typeset(OfficialDocument document) throws IOException {
        try (var font = fonts.openTrueType()) {
            return Typesetter.typeset(new GlyphMetrics(font), document);
        }
    }

    /** The body lines of a page (16 pt text below the heading), by baseline, each line's text joined. */
    private static Map<Double, String> bodyLines(Sheet sheet) {
        Map<Double, String> lines = new TreeMap<>();
        for (Mark mark : sheet.marks()) {
            if (mark instanceof Text text && text.size() == Typesetter.BODY_SIZE) {
                lines.merge(Math.round(text.y() * 1e6) / 1e6, text.text(), String::concat);
            }
        }
        return lines;
    }

    private static Text folio(Sheet sheet) {
        return sheet.marks().stream().filter(m -> m instanceof Text t && t.size() == Typesetter.FOLIO_SIZE)
                .map(m -> (Text) m).findFirst().orElseThrow();
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The text of every page's content in page order. */
    private static String ofdText(Map<String, byte[]> entries) {
        Map<Integer, String> pages = new TreeMap<>();
        entries.forEach((name, bytes) -> {
            Matcher page = PAGE_CONTENT.matcher(name);
            if (page.matches()) {
                Matcher code = TEXT_CODE.matcher(new String(bytes, StandardCharsets.UTF_8));
                StringBuilder text = new StringBuilder();
                while (code.find()) {
                    text.append(code.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                            .replace("&apos;", "'").replace("&amp;", "&")).append('\n');
                }
                pages.put(Integer.parseInt(page.group(1)), text.toString());
            }
        });
        return pages.values().stream().collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decision(Map<String, Object> model) {
        return (Map<String, Object>) model.get("decision");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> notice(Map<String, Object> model) {
        return (Map<String, Object>) model.get("notice");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> party(Map<String, Object> model) {
        return (Map<String, Object>) model.get("party");
    }
}
