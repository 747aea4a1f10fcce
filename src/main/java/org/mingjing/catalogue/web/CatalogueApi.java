package org.mingjing.catalogue.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.CatalogueChange;
import org.mingjing.catalogue.CatalogueText;
import org.mingjing.catalogue.CatalogueTrigger;
import org.mingjing.catalogue.DiscretionDraft;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.InspectionItem;
import org.mingjing.catalogue.InspectionItemSheets;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.MatterDraft;
import org.mingjing.catalogue.MatterSheets;
import org.mingjing.catalogue.PowerListPdf;
import org.mingjing.catalogue.RemedyChannel;
import org.mingjing.catalogue.ReviewRule;
import org.mingjing.catalogue.ServiceWindow;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Catalogue section of the API contract: the public lists (no login) and the staff maintenance of them,
 * including spreadsheet import and export and the printable power list.
 */
@RestController
class CatalogueApi {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Catalogue catalogue;
    private final Organization organization;
    private final CatalogueText text;
    private final MatterSheets sheets;
    private final PowerListPdf pdf;
    private final InspectionItemSheets itemSheets;

    CatalogueApi(Catalogue catalogue, Organization organization, CatalogueText text, MatterSheets sheets,
            PowerListPdf pdf, InspectionItemSheets itemSheets) {
        this.itemSheets = itemSheets;
        this.catalogue = catalogue;
        this.organization = organization;
        this.text = text;
        this.sheets = sheets;
        this.pdf = pdf;
    }

    // ---------------------------------------------------------------- public

    @GetMapping("/api/public/matters")
    Paged<MatterView> publicMatters(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String category, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Map<String, String> names = agencyNames();
        Paged<Matter> found = catalogue.publicMatters(knownAgency(agencyId, names), category(category), q, page, size);
        Locale locale = LocaleContextHolder.getLocale();
        return found.map(m -> MatterView.of(m, names.get(m.agencyId()), text, locale, false));
    }

    @GetMapping("/api/public/matters/{agencyId}/{code}")
    MatterView publicMatter(@PathVariable String agencyId, @PathVariable String code) {
        Matter m = catalogue.publicMatter(agencyId, code)
                .orElseThrow(() -> ProblemException.notFound("catalogue.problem.matter-not-found"));
        return MatterView.of(m, agencyNames().get(m.agencyId()), text, LocaleContextHolder.getLocale(), false);
    }

    @GetMapping("/api/public/inspection-items")
    Paged<InspectionItemView> publicInspectionItems(@RequestParam(required = false) String agencyId) {
        Map<String, String> names = agencyNames();
        List<InspectionItemView> items = new ArrayList<>();
        for (String id : agencyId == null || agencyId.isBlank() ? names.keySet()
                : List.of(knownAgency(agencyId, names))) {
            catalogue.inspectionItems(id).forEach(i -> items.add(InspectionItemView.of(i, names.get(id))));
        }
        return new Paged<>(items, items.size());
    }

    @GetMapping("/api/public/discretion-standards")
    Paged<MatterView.LevelView> publicStandards(@RequestParam(required = false) String matterCode,
            @RequestParam(required = false) String agencyId) {
        if (matterCode == null || matterCode.isBlank()) {
            throw ProblemException.invalid("matterCode", "validation.required");
        }
        Map<String, String> names = agencyNames();
        Locale locale = LocaleContextHolder.getLocale();
        List<MatterView.LevelView> levels = new ArrayList<>();
        for (Catalogue.StandardOfMatter s : catalogue.publicStandards(matterCode, agencyId)) {
            Matter m = s.matter();
            String citation = text.basis(m.basis()).replace("\n", CatalogueTextSeparators.LIST);
            List<MatterView.BoundView> statute = m.fineBounds().stream()
                    .map(b -> MatterView.BoundView.of(b, text, locale)).toList();
            for (DiscretionLevel l : s.levels()) {
                levels.add(new MatterView.LevelView(m.agencyId(), names.get(m.agencyId()), m.code(), m.name(),
                        l.level().name(), l.label(), l.circumstances(),
                        l.penalties().stream().map(Enum::name).toList(),
                        l.fine() == null ? null : MatterView.BoundView.of(l.fine(), text, locale), l.description(),
                        citation, statute));
            }
        }
        return new Paged<>(levels, levels.size());
    }

    @GetMapping("/api/public/service-guides")
    Paged<GuideView> publicGuides(@RequestParam(required = false) String agencyId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Map<String, String> names = agencyNames();
        Paged<Matter> found = catalogue.publicMatters(knownAgency(agencyId, names), null, null, page, size);
        Locale locale = LocaleContextHolder.getLocale();
        return found.map(m -> GuideView.of(m, names.get(m.agencyId()), text, locale));
    }

    @GetMapping("/api/public/remedies")
    RemediesView publicRemedies(@RequestParam(required = false) String agencyId) {
        Agency agency = organization.agency(agencyId)
                .orElseThrow(() -> ProblemException.notFound("agency.problem.not-found"));
        return new RemediesView(agency.id(), agency.name(), agency.reconsiderationBody(), agency.court(),
                catalogue.channels(agency.id()), catalogue.windows(agency.id()));
    }

    @GetMapping(value = "/api/public/matters/power-list.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> powerList(@RequestParam(required = false) String agencyId) {
        Agency agency = organization.agency(agencyId)
                .orElseThrow(() -> ProblemException.notFound("agency.problem.not-found"));
        return download(pdf.render(agency, catalogue.mattersOf(agency.id())), MediaType.APPLICATION_PDF,
                agency.name() + ".pdf", true);
    }

    // ---------------------------------------------------------------- staff: matters

    @GetMapping("/api/matters")
    Paged<MatterView> matters(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String category, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Caller caller = Caller.require();
        Map<String, String> names = agencyNames();
        Locale locale = LocaleContextHolder.getLocale();
        return catalogue.searchMatters(caller, agencyId, category(category), q, page, size)
                .map(m -> MatterView.of(m, names.get(m.agencyId()), text, locale, true));
    }

    @GetMapping("/api/matters/{id}")
    MatterView matter(@PathVariable String id) {
        Matter m = catalogue.requireVisibleMatter(Caller.require(), id);
        return MatterView.of(m, agencyNames().get(m.agencyId()), text, LocaleContextHolder.getLocale(), true);
    }

    @PostMapping("/api/matters")
    @ResponseStatus(HttpStatus.CREATED)
    MatterView create(@RequestParam(required = false) String agencyId, @RequestBody MatterDraft draft) {
        Caller caller = Caller.require();
        Matter m = catalogue.createMatter(caller, agencyId == null ? caller.agencyId() : agencyId, draft);
        return MatterView.of(m, agencyNames().get(m.agencyId()), text, LocaleContextHolder.getLocale(), true);
    }

    @PutMapping("/api/matters/{id}")
    MatterView update(@PathVariable String id, @RequestBody MatterDraft draft) {
        Matter m = catalogue.updateMatter(Caller.require(), id, draft);
        return MatterView.of(m, agencyNames().get(m.agencyId()), text, LocaleContextHolder.getLocale(), true);
    }

    @GetMapping("/api/matters/{id}/history")
    List<ChangeView> history(@PathVariable String id) {
        Caller caller = Caller.require();
        catalogue.requireVisibleMatter(caller, id);
        Locale locale = LocaleContextHolder.getLocale();
        return catalogue.history(caller, id).stream().map(c -> ChangeView.of(c, text, locale)).toList();
    }

    record DiscretionRequest(List<DiscretionDraft> levels, String reason) {
    }

    @GetMapping("/api/matters/{id}/discretion")
    List<DiscretionLevel> discretion(@PathVariable String id) {
        return catalogue.discretionOf(catalogue.requireVisibleMatter(Caller.require(), id));
    }

    @PutMapping("/api/matters/{id}/discretion")
    List<DiscretionLevel> saveDiscretion(@PathVariable String id, @RequestBody DiscretionRequest request) {
        return catalogue.saveDiscretion(Caller.require(), id, request.levels(), request.reason());
    }

    @GetMapping("/api/matters/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String agencyId,
            @RequestParam(defaultValue = "xlsx") String format) {
        Agency agency = visibleOrOwn(agencyId);
        List<Matter> matters = catalogue.mattersOf(agency.id());
        return sheet(format, agency, () -> sheets.xlsx(matters, agency.name()), () -> sheets.csv(matters));
    }

    @PostMapping(value = "/api/matters/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Catalogue.ImportResult importMatters(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String reason)
            throws IOException {
        return upload(agencyId, file, (caller, agency, name, in) -> sheets.importInto(caller, agency, name, in, reason));
    }

    /** A list of the agency (the caller's when none is named) in the format asked for; 400 for another format. */
    private static ResponseEntity<byte[]> sheet(String format, Agency agency, Supplier<byte[]> xlsx,
            Supplier<byte[]> csv) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> download(xlsx.get(), XLSX, agency.name() + ".xlsx", false);
            case "csv" -> download(csv.get(), CSV, agency.name() + ".csv", false);
            default -> throw ProblemException.invalid("format", "catalogue.import.format");
        };
    }

    /** How a list's spreadsheet import is called once the file is there. */
    @FunctionalInterface
    interface SheetImport {
        Catalogue.ImportResult run(Caller caller, String agencyId, String filename, InputStream in);
    }

    /**
     * The largest spreadsheet an import reads (a power list of a few thousand rows is well under it); the
     * multipart limits themselves are set for evidence files of several GB.
     */
    static final long MAX_SHEET_BYTES = 20_000_000;

    private static Catalogue.ImportResult upload(String agencyId, MultipartFile file, SheetImport sheetImport)
            throws IOException {
        Caller caller = Caller.require();
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "catalogue.import.file-required");
        }
        if (file.getSize() > MAX_SHEET_BYTES) {
            throw ProblemException.invalid("file", "catalogue.import.file-too-large", MAX_SHEET_BYTES / 1_000_000);
        }
        try (InputStream in = file.getInputStream()) {
            return sheetImport.run(caller, agencyId == null ? caller.agencyId() : agencyId,
                    file.getOriginalFilename(), in);
        }
    }

    private Agency visibleOrOwn(String agencyId) {
        Caller caller = Caller.require();
        return organization.requireVisibleAgency(caller, agencyId == null ? caller.agencyId() : agencyId);
    }

    // ---------------------------------------------------------------- staff: changes of law or function

    record ChangeRequest(String agencyId, String kind, String law, LocalDate effectiveOn, String description) {
    }

    @PostMapping("/api/catalogue/changes")
    @ResponseStatus(HttpStatus.CREATED)
    CatalogueTrigger recordChange(@RequestBody ChangeRequest r) {
        Caller caller = Caller.require();
        return catalogue.recordChange(caller, r.agencyId() == null ? caller.agencyId() : r.agencyId(), r.kind(),
                r.law(), r.effectiveOn(), r.description());
    }

    @GetMapping("/api/catalogue/changes")
    List<CatalogueTrigger> changes(@RequestParam(required = false) String agencyId) {
        Caller caller = Caller.require();
        return catalogue.triggers(caller, agencyId == null ? caller.agencyId() : agencyId);
    }

    // ---------------------------------------------------------------- staff: other lists

    @GetMapping("/api/inspection-items")
    List<InspectionItem> inspectionItems(@RequestParam(required = false) String agencyId) {
        return catalogue.inspectionItems(visibleOrOwn(agencyId).id());
    }

    @GetMapping("/api/inspection-items/export")
    ResponseEntity<byte[]> exportInspectionItems(@RequestParam(required = false) String agencyId,
            @RequestParam(defaultValue = "xlsx") String format) {
        Agency agency = visibleOrOwn(agencyId);
        List<InspectionItem> items = catalogue.inspectionItems(agency.id());
        return sheet(format, agency, () -> itemSheets.xlsx(items, agency.name()), () -> itemSheets.csv(items));
    }

    @PostMapping(value = "/api/inspection-items/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Catalogue.ImportResult importInspectionItems(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String reason)
            throws IOException {
        return upload(agencyId, file,
                (caller, agency, name, in) -> itemSheets.importInto(caller, agency, name, in, reason));
    }

    @PostMapping("/api/inspection-items")
    @ResponseStatus(HttpStatus.CREATED)
    InspectionItem createInspectionItem(@RequestParam(required = false) String agencyId,
            @RequestBody Catalogue.InspectionItemDraft draft) {
        Caller caller = Caller.require();
        return catalogue.saveInspectionItem(caller, agencyId == null ? caller.agencyId() : agencyId, null, draft);
    }

    @PutMapping("/api/inspection-items/{id}")
    InspectionItem updateInspectionItem(@PathVariable String id, @RequestBody Catalogue.InspectionItemDraft draft) {
        Caller caller = Caller.require();
        return catalogue.saveInspectionItem(caller, caller.agencyId(), id, draft);
    }

    @GetMapping("/api/review-rules")
    List<ReviewRule> reviewRules(@RequestParam(required = false) String agencyId) {
        return catalogue.reviewRules(visibleOrOwn(agencyId).id());
    }

    @PostMapping("/api/review-rules")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewRule createReviewRule(@RequestParam(required = false) String agencyId,
            @RequestBody Catalogue.ReviewRuleDraft draft) {
        Caller caller = Caller.require();
        return catalogue.saveReviewRule(caller, agencyId == null ? caller.agencyId() : agencyId, null, draft);
    }

    @PutMapping("/api/review-rules/{id}")
    ReviewRule updateReviewRule(@PathVariable String id, @RequestBody Catalogue.ReviewRuleDraft draft) {
        Caller caller = Caller.require();
        return catalogue.saveReviewRule(caller, caller.agencyId(), id, draft);
    }

    @DeleteMapping("/api/review-rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteReviewRule(@PathVariable String id, @RequestParam(required = false) String reason) {
        catalogue.deleteReviewRule(Caller.require(), id, reason);
    }

    // ---------------------------------------------------------------- helpers

    private Map<String, String> agencyNames() {
        return organization.agencies().stream()
                .collect(Collectors.toMap(Agency::id, Agency::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The agency filter of a public list: blank means all; an unknown agency is not found. */
    private static String knownAgency(String agencyId, Map<String, String> names) {
        if (agencyId == null || agencyId.isBlank()) {
            return null;
        }
        if (!names.containsKey(agencyId)) {
            throw ProblemException.notFound("agency.problem.not-found");
        }
        return agencyId;
    }

    private static MatterCategory category(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        return MatterCategory.parse(category).orElseThrow(
                () -> ProblemException.invalid("category", "catalogue.validation.category", category));
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(filename, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    record InspectionItemView(String id, String agencyId, String agencyName, String code, String name, String basis,
            String inspectingBody, String objects, BigDecimal ratio, String frequency, String method,
            String content) {
        static InspectionItemView of(InspectionItem i, String agencyName) {
            return new InspectionItemView(i.id(), i.agencyId(), agencyName, i.code(), i.name(), i.basis(),
                    i.inspectingBody(), i.objects(), i.ratio(), i.frequency(), i.method(), i.content());
        }
    }

    record GuideView(String agencyId, String agencyName, String matterCode, String matterName, String category,
            List<MatterView.BasisView> legalBasis, String acceptingBody, String approvingBody, String conditions,
            String materials, String timeLimit, String fees, List<String> steps, String flowChartUrl,
            String pageUrl) {
        static GuideView of(Matter m, String agencyName, CatalogueText text, Locale locale) {
            String code = URLEncoder.encode(m.code(), StandardCharsets.UTF_8);
            return new GuideView(m.agencyId(), agencyName, m.code(), m.name(), m.category().name(),
                    m.basis().stream().map(MatterView.BasisView::of).toList(), m.acceptingBody(), m.approvingBody(),
                    m.conditions(), m.materials(), text.timeLimit(m, locale), m.fees(), m.steps(),
                    "/portal/agencies/" + m.agencyId() + "/matters/" + code + "/flow-chart.svg",
                    "/portal/agencies/" + m.agencyId() + "/matters/" + code);
        }
    }

    record RemediesView(String agencyId, String agencyName, String reconsiderationBody, String court,
            List<RemedyChannel> channels, List<ServiceWindow> windows) {
    }

    record ChangeView(String id, String subjectType, String subjectCode, String action, int version, String reason,
            String actor, java.time.OffsetDateTime changedAt) {
        static ChangeView of(CatalogueChange c, CatalogueText text, Locale locale) {
            return new ChangeView(c.id(), c.subjectType(), c.subjectCode(), c.action(), c.version(),
                    text.reason(c.reason(), locale), c.actor(), c.changedAt());
        }
    }

}
