package org.mingjing.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.Steps.Penalty;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.documents.DocumentTemplates;
import org.mingjing.documents.OfficialDocument;
import org.mingjing.documents.OfficialDocumentOfd;
import org.mingjing.documents.OfficialDocumentPdf;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Renders a case's documents (执法文书) from the case as it stands: builds the model the templates read (keys in
 * {@code documents/templates/README.md}) and sets it as PDF to print and sign, or as OFD for the archive. The
 * documents are Chinese official texts in either locale (LAW.md §11).
 */
@Service
public class CaseDocuments {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final Cases cases;
    private final EvidenceService evidence;
    private final Organization organization;
    private final DocumentTemplates templates;
    private final OfficialDocumentPdf pdf;
    private final OfficialDocumentOfd ofd;
    private final MessageSource messages;
    private final List<DocumentModels> contributors;

    CaseDocuments(Cases cases, EvidenceService evidence, Organization organization, DocumentTemplates templates,
            OfficialDocumentPdf pdf, OfficialDocumentOfd ofd, MessageSource messages,
            List<DocumentModels> contributors) {
        this.contributors = contributors;
        this.cases = cases;
        this.evidence = evidence;
        this.organization = organization;
        this.templates = templates;
        this.pdf = pdf;
        this.ofd = ofd;
        this.messages = messages;
    }

    public record Rendered(CaseDocument document, byte[] content) {
    }

    public Rendered pdf(Caller caller, String documentId) {
        CaseDocument d = cases.requireVisibleDocument(caller, documentId);
        return new Rendered(d, pdf.render(document(caller, d)));
    }

    public Rendered ofd(Caller caller, String documentId) {
        CaseDocument d = cases.requireVisibleDocument(caller, documentId);
        return new Rendered(d, ofd.render(document(caller, d)));
    }

    /** The document with the case's data filled in. */
    public OfficialDocument document(Caller caller, CaseDocument d) {
        CaseFile c = cases.requireVisible(caller, d.caseId());
        return templates.render(d.kind(), model(c, d));
    }

    Map<String, Object> model(CaseFile c, CaseDocument d) {
        List<CaseStep> steps = cases.steps(c);
        Agency agency = organization.agency(c.agencyId()).orElseThrow();
        Map<String, Object> m = new HashMap<>();
        m.put("agency", map("name", agency.name(), "address", agency.address(), "phone", agency.phone(),
                "reconsiderationBody", agency.reconsiderationBody(), "court", agency.court()));
        m.put("caseFile", map("number", c.number(), "cause", cause(c.matterName()), "matterName", c.matterName(),
                "matterCode", c.matterCode(), "source", label(c.source().messageKey()), "facts", c.facts(),
                "place", c.place(), "occurredOn", date(c.occurredOn()), "filedOn", date(c.filedOn()),
                "illegalIncome", money(c.illegalIncome()), "stageLabel", label(c.stage().messageKey()),
                "closedOn", date(c.closedOn()), "retention", null));
        List<Map<String, Object>> parties = c.parties().stream().map(this::party).toList();
        m.put("parties", parties);
        m.put("party", c.party().map(this::party).orElse(null));
        List<Map<String, Object>> officers = c.officerIds().stream().map(organization::officer)
                .flatMap(Optional::stream).map(CaseDocuments::officer).toList();
        m.put("officers", officers);
        m.put("document", map("kind", d.kind(), "title", d.title(), "number", d.number(), "date",
                date(d.issuedOn())));
        CaseStep own = d.stepId() == null ? null
                : steps.stream().filter(s -> s.id().equals(d.stepId())).findFirst().orElse(null);
        if (own != null && own.kind().equals(Steps.RECORD)) {
            Steps.Record r = cases.stepsOf(List.of(own), Steps.RECORD, Steps.Record.class).get(0);
            m.put("record", map("kindLabel", label(r.kind().messageKey()), "date", date(own.occurredOn()), "place",
                    r.place() == null ? c.place() : r.place(), "officers", r.officerIds().stream()
                            .map(organization::officer).flatMap(Optional::stream).map(CaseDocuments::officer).toList(),
                    "certificateShown", r.certificateShown(), "rightsExplained", Boolean.TRUE, "person", r.person(),
                    "content", r.content()));
        }
        cases.lastOf(steps, Steps.NOTICE, Steps.Notice.class).ifPresent(n -> m.put("notice", map("servedOn",
                date(n.servedOn()), "proposedPenalties", penalties(n.penalties()), "facts", c.facts(), "reasons",
                n.basis(), "basis", n.basis(), "hearingRight", n.hearingRight(), "periodDays", "5", "contact",
                agency.phone())));
        Optional<Steps.Statement> request = cases.stepsOf(steps, Steps.STATEMENT, Steps.Statement.class).stream()
                .filter(Steps.Statement::hearingRequested).findFirst();
        cases.lastOf(steps, Steps.HEARING, Steps.Hearing.class).ifPresent(h -> m.put("hearing", map("date",
                date(h.heldOn()), "place", h.place(), "presidingOfficer",
                organization.officer(h.presidingOfficerId()).map(Officer::name).orElse(null), "requestedOn",
                request.map(s -> date(s.receivedOn())).orElse(null), "noticeDate", date(h.noticeServedOn()))));
        cases.lastOf(steps, Steps.DECISION, Steps.Decision.class).ifPresent(x -> {
            List<String> evidenceList = new ArrayList<>();
            for (Steps.Record r : cases.stepsOf(steps, Steps.RECORD, Steps.Record.class)) {
                evidenceList.add(label(r.kind().messageKey()));
            }
            evidence.ofCase(c).forEach(e -> evidenceList.add(label(e.kind().messageKey()) + "\uff1a" + e.description()));
            m.put("decision", map("typeLabel", label(x.type().messageKey()), "penalties", penalties(x.penalties()),
                    "fineAmount", PenaltyRules.fine(x.penalties()).map(CaseDocuments::money).orElse(null), "basis",
                    x.basis(), "facts", c.facts(), "evidence", evidenceList, "paymentDays", "15", "paymentPlace",
                    label("cases.document.payment-place"), "lateFeeRule", label("cases.document.late-fee-rule"),
                    "reconsiderationDays", "60", "litigationMonths", "6", "decidedOn", date(x.decidedOn())));
        });
        if (own != null && own.kind().equals(Steps.SERVICE)) {
            Steps.Service s = cases.stepsOf(List.of(own), Steps.SERVICE, Steps.Service.class).get(0);
            CaseDocument served = cases.documents(c).stream()
                    .filter(x -> x.kind().equals("PENALTY_DECISION") || x.kind().equals("OTHER_DECISION"))
                    .findFirst().orElse(null);
            m.put("service", map("documentTitle", served == null ? null : served.title(), "documentNumber",
                    served == null ? null : served.number(), "recipient", s.recipient(), "place", c.place(),
                    "methodLabel", label(s.method().messageKey()), "servedOn", date(s.servedOn()), "witnesses",
                    s.witnesses(), "reason", null));
        }
        if (c.closedOn() != null) {
            Cases.Account account = cases.account(c, steps, c.closedOn());
            String execution = c.fineAmount() == null ? label("cases.document.execution-none")
                    : messages.getMessage("cases.document.execution-paid", new Object[] { money(account.paid()) },
                            ZH);
            m.put("closing", map("course", steps.stream().map(s -> date(s.occurredOn()) + " "
                    + label("cases.step." + s.kind())).collect(Collectors.joining("\uff1b")), "execution", execution,
                    "closedOn", date(c.closedOn())));
        }
        m.put("index", d.kind().equals("FILE_INDEX") ? index(c, d) : List.of());
        for (DocumentModels contributor : contributors) {
            contributor.contribute(c, d, own, steps, m);
        }
        return m;
    }

    /**
     * The case file's index (卷内目录): every document in the statutory order of the file (立案 → 调查 → 审查 →
     * 决定 → 送达 → 执行 → 结案, LAW.md §8), with the pages it occupies in the bound file, counted by setting each
     * document as it is printed. The cover is page-less; the index itself comes first after it.
     */
    private List<Map<String, Object>> index(CaseFile c, CaseDocument indexDocument) {
        List<CaseDocument> documents = new ArrayList<>(cases.documents(c).stream()
                .filter(x -> !x.kind().equals("FILE_COVER") && !x.kind().equals("FILE_INDEX")).toList());
        documents.sort(java.util.Comparator.comparingInt((CaseDocument x) -> fileOrder(x.kind()))
                .thenComparing(CaseDocument::issuedOn));
        List<Map<String, Object>> index = new ArrayList<>();
        int seq = 1;
        int page = 1;
        for (CaseDocument doc : documents) {
            int pages = pageCount(templates.render(doc.kind(), model(c, doc)));
            String range = pages <= 1 ? String.valueOf(page) : page + "-" + (page + pages - 1);
            index.add(map("seq", String.valueOf(seq++), "title", doc.title(), "number", doc.number(), "date",
                    date(doc.issuedOn()), "pages", range));
            page += pages;
        }
        return index;
    }

    private int pageCount(OfficialDocument document) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.render(document))) {
            return doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a document of the case could not be counted", e);
        }
    }

    /** The place of a document kind in the bound file (LAW.md §8: 立案→调查→审查→决定→送达→执行→结案). */
    private static int fileOrder(String kind) {
        return switch (kind) {
            case "FILING_APPROVAL" -> 1;
            case "INQUIRY_RECORD", "INSPECTION_RECORD" -> 2;
            case "PRIOR_NOTICE", "HEARING_NOTICE" -> 3;
            case "LEGAL_REVIEW_OPINION" -> 3;
            case "PENALTY_DECISION", "OTHER_DECISION" -> 4;
            case "SERVICE_RECEIPT" -> 5;
            case "CLOSING_REPORT" -> 7;
            default -> 6;
        };
    }

    /**
     * 案由 from the matter's name as power lists write it: 对社会团体违反登记管理规定行为的行政处罚 becomes
     * 社会团体违反登记管理规定行为, which the documents use as "当事人涉嫌…一案".
     */
    static String cause(String matterName) {
        String cause = matterName;
        if (cause.startsWith("\u5bf9")) {
            cause = cause.substring(1);
        }
        String suffix = "\u7684\u884c\u653f\u5904\u7f5a";
        if (cause.endsWith(suffix)) {
            cause = cause.substring(0, cause.length() - suffix.length());
        }
        return cause.isBlank() ? matterName : cause;
    }

    private Map<String, Object> party(Party p) {
        return map("roleLabel", label(p.role().messageKey()), "typeLabel", label(p.type().messageKey()), "name",
                p.name(), "idNumber", p.role() == PartyRole.PARTY ? p.idNumber() : null, "creditCode", p.creditCode(),
                "legalRepresentative", p.legalRepresentative(), "address", p.address(), "phone", p.phone());
    }

    private static Map<String, Object> officer(Officer o) {
        return map("name", o.name(), "certificateNumber", o.certificateNumber());
    }

    private String penalties(List<Penalty> penalties) {
        return penaltiesText(messages, penalties);
    }

    /** 警告；罚款人民币30000.00元: penalties as the documents write them, for every document of a case. */
    public static String penaltiesText(MessageSource messages, List<Penalty> penalties) {
        return penalties.stream().map(p -> {
            String kind = messages.getMessage(p.kind().messageKey(), null, p.kind().name(), ZH);
            if (p.amount() == null) {
                return kind;
            }
            String key = p.kind() == PenaltyKind.FINE ? "cases.document.fine" : "cases.document.confiscation";
            return messages.getMessage(key, new Object[] { money(p.amount()) }, ZH);
        }).collect(Collectors.joining("\uff1b"));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, ZH);
    }

    /** 2026年11月27日: dates in documents are written in full with Arabic numerals (LAW.md §11). */
    public static String date(LocalDate d) {
        return d == null ? null : d.getYear() + "\u5e74" + d.getMonthValue() + "\u6708" + d.getDayOfMonth() + "\u65e5";
    }

    static String money(BigDecimal v) {
        return v == null ? null : PenaltyRules.money(v).toPlainString() + "\u5143";
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
