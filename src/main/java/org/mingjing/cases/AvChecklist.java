package org.mingjing.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mingjing.cases.CaseEnums.RecordKind;
import org.mingjing.catalogue.AvStage;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.Matter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audio-video recording checklist applied to a case (音像记录清单, seed §二(二)3(2): 对查封扣押财产、强制拆除等
 * 直接涉及人身自由、生命健康、重大财产权益的现场执法活动和执法办案场所，要推行全程音像记录; §二(二)3(3): 现场执法、调查取证、
 * 举行听证、留置送达和公告送达等容易引发争议的行政执法过程，要根据实际情况进行音像记录). Each act of the case belongs
 * to a stage of enforcement — an on-site inspection to on-site enforcement, an inquiry or sampling to
 * investigation, a hearing to hearings, direct, lien and public-notice service to their kinds of service, the
 * decision to decisions, payments and disposals to execution, filing to filing — and where the matter's checklist
 * ({@link Matter#avStages()}) lists that stage, the act awaits its recording until the case holds an
 * {@code AUDIO_VISUAL} evidence item tagged with the stage (and, if the item names a step, with this step; an item
 * without a tag covers the checklist's stages of the case stage it was filed under), or a
 * written reason why there is none ({@link Steps#AV_ABSENCE}). A case cannot be closed while an act awaits; the
 * acts themselves are not refused, since the body-camera file is often uploaded back at the office.
 */
@Component
public class AvChecklist {

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final JsonMapper json = JsonMapper.builder().build();

    AvChecklist(JdbcClient jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /**
     * An act the checklist asks a recording of: its step (the case's own id for the filing, which is no step),
     * its kind ({@code FILING} for the filing), the stage of enforcement, the day, and whether it is covered.
     */
    public record AvItem(String stepId, String stepKind, AvStage avStage, LocalDate occurredOn, boolean recorded,
            boolean absenceExplained) {

        public boolean awaiting() {
            return !recorded && !absenceExplained;
        }
    }

    /** The stage of enforcement an act belongs to, if any. */
    public Optional<AvStage> stageOf(CaseStep s) {
        return switch (s.kind()) {
            case Steps.RECORD -> {
                RecordKind kind = json.readValue(s.data(), Steps.Record.class).kind();
                yield switch (kind) {
                    case ON_SITE_INSPECTION -> Optional.of(AvStage.ON_SITE_ENFORCEMENT);
                    case INQUIRY, SAMPLING -> Optional.of(AvStage.INVESTIGATION);
                    case OTHER -> Optional.empty();
                };
            }
            case Steps.HEARING -> Optional.of(AvStage.HEARING);
            case Steps.SERVICE -> switch (json.readValue(s.data(), Steps.Service.class).method()) {
                case DIRECT -> Optional.of(AvStage.DIRECT_SERVICE);
                case LIEN -> Optional.of(AvStage.LIEN_SERVICE);
                case PUBLIC_NOTICE -> Optional.of(AvStage.PUBLIC_NOTICE_SERVICE);
                case MAIL, ELECTRONIC -> Optional.empty();
            };
            case Steps.DECISION -> Optional.of(AvStage.DECISION);
            case Steps.PAYMENT, Steps.DISPOSAL -> Optional.of(AvStage.EXECUTION);
            default -> Optional.empty();
        };
    }

    /** Every act of the case the matter's checklist asks a recording of, covered or not, in order. */
    public List<AvItem> items(CaseFile c, List<CaseStep> steps) {
        Optional<Matter> matter = catalogue.matterOfAgency(c.agencyId(), c.matterCode());
        if (matter.isEmpty() || matter.get().avStages().isEmpty()) {
            return List.of();
        }
        Set<String> taggedStages = new HashSet<>();
        Set<String> taggedSteps = new HashSet<>();
        for (Map<String, Object> row : jdbc.sql("""
                SELECT av_stage, step_id, stage FROM evidence
                WHERE case_id = :c AND kind = 'AUDIO_VISUAL'""").param("c", c.id()).query()
                .listOfRows()) {
            String stage = (String) row.get("av_stage");
            Object step = row.get("step_id");
            if (stage == null) {
                // uploaded through the contract's fields only (kind, description, stage): the recording of the case
                // stage it was filed under covers the checklist's stages of that case stage
                avStagesOf(CaseStage.valueOf((String) row.get("stage"))).forEach(a -> taggedStages.add(a.name()));
            } else if (step == null) {
                taggedStages.add(stage);
            } else {
                taggedSteps.add(stage + "/" + step);
            }
        }
        Set<String> explained = new HashSet<>();
        for (CaseStep s : steps) {
            if (s.kind().equals(Steps.AV_ABSENCE)) {
                explained.add(json.readValue(s.data(), Steps.AvAbsence.class).stepId());
            }
        }
        List<AvItem> items = new ArrayList<>();
        if (matter.get().requiresAv(AvStage.FILING)) {
            items.add(item(c.id(), "FILING", AvStage.FILING, c.filedOn(), taggedStages, taggedSteps, explained));
        }
        for (CaseStep s : steps) {
            Optional<AvStage> stage = stageOf(s);
            if (stage.isPresent() && matter.get().requiresAv(stage.get())) {
                items.add(item(s.id(), s.kind(), stage.get(), s.occurredOn(), taggedStages, taggedSteps, explained));
            }
        }
        return items;
    }

    /** The checklist's stages of enforcement that happen within a stage of the case. */
    static Set<AvStage> avStagesOf(CaseStage stage) {
        return switch (stage) {
            case FILING -> Set.of(AvStage.FILING);
            case INVESTIGATION -> Set.of(AvStage.ON_SITE_ENFORCEMENT, AvStage.INVESTIGATION);
            case REVIEW -> Set.of(AvStage.HEARING);
            case DECISION -> Set.of(AvStage.DECISION);
            case SERVICE -> Set.of(AvStage.DIRECT_SERVICE, AvStage.LIEN_SERVICE, AvStage.PUBLIC_NOTICE_SERVICE);
            case EXECUTION -> Set.of(AvStage.EXECUTION);
            case CLOSED, ARCHIVED -> Set.of();
        };
    }

    /** The acts still awaiting their recording or a reason for its absence. */
    public List<AvItem> awaiting(CaseFile c, List<CaseStep> steps) {
        return items(c, steps).stream().filter(AvItem::awaiting).toList();
    }

    private static AvItem item(String stepId, String kind, AvStage stage, LocalDate on, Set<String> taggedStages,
            Set<String> taggedSteps, Set<String> explained) {
        boolean recorded = taggedStages.contains(stage.name()) || taggedSteps.contains(stage.name() + "/" + stepId);
        return new AvItem(stepId, kind, stage, on, recorded, explained.contains(stepId));
    }
}
