package org.mingjing.catalogue.web;

import static org.mingjing.shared.web.FormFields.decimal;
import static org.mingjing.shared.web.FormFields.integer;
import static org.mingjing.shared.web.FormFields.lines;
import static org.mingjing.shared.web.FormFields.orEmpty;
import static org.mingjing.shared.web.FormFields.orNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.mingjing.catalogue.AvStage;
import org.mingjing.catalogue.FineBasis;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.LegalBasis;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterDraft;
import org.mingjing.catalogue.MatterDraft.FineBoundDraft;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.web.FormFields;

/**
 * The matter form as typed: the legal basis and the steps one per line, the statute's fine bounds as three
 * optional rows whose basis is fixed (yuan, multiples of illegal income, multiples of illegal turnover), numbers
 * as text so that a wrong one comes back as typed.
 */
record MatterForm(String agencyId, String code, String category, String name, String basis, String responsibility,
        String timeLimitDays, String timeLimitUnit, String timeLimitRule, String fees, String acceptingBody,
        String approvingBody, String conditions, String materials, String steps, List<String> penaltyKinds,
        String fixedMin, String fixedMax, String incomeMin, String incomeMax, String turnoverMin,
        String turnoverMax, List<String> avStages, String reason, Integer version) {

    /** One row of the fine bounds: its basis, the names of its two inputs and what they hold. */
    record FineRow(FineBasis basis, String minName, String maxName, String min, String max) {
    }

    MatterForm {
        penaltyKinds = penaltyKinds == null ? List.of() : penaltyKinds;
        avStages = avStages == null ? List.of() : avStages;
    }

    /** A new matter: the audio-video stages the checklist requires unless the agency decides otherwise. */
    static MatterForm empty(String agencyId) {
        return new MatterForm(agencyId, "", "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), "", "",
                "", "", "", "", AvStage.defaults().stream().map(Enum::name).sorted().toList(), "", null);
    }

    static MatterForm of(Matter m) {
        return new MatterForm(m.agencyId(), m.code(), m.category().name(), m.name(),
                m.basis().stream().map(LegalBasis::citation).collect(Collectors.joining("\n")), m.responsibility(),
                m.timeLimitDays() == null ? "" : String.valueOf(m.timeLimitDays()),
                m.timeLimitUnit() == null ? "" : m.timeLimitUnit().name(),
                m.timeLimitRule() == null ? "" : m.timeLimitRule().code(), m.fees(), m.acceptingBody(),
                m.approvingBody(), m.conditions(), m.materials(), String.join("\n", m.steps()),
                m.penaltyKinds().stream().map(Enum::name).toList(), min(m, FineBasis.FIXED), max(m, FineBasis.FIXED),
                min(m, FineBasis.ILLEGAL_INCOME), max(m, FineBasis.ILLEGAL_INCOME),
                min(m, FineBasis.ILLEGAL_TURNOVER), max(m, FineBasis.ILLEGAL_TURNOVER),
                m.avStages().stream().map(Enum::name).toList(), "", m.version());
    }

    public List<FineRow> fineRows() {
        return List.of(new FineRow(FineBasis.FIXED, "fixedMin", "fixedMax", orEmpty(fixedMin), orEmpty(fixedMax)),
                new FineRow(FineBasis.ILLEGAL_INCOME, "incomeMin", "incomeMax", orEmpty(incomeMin),
                        orEmpty(incomeMax)),
                new FineRow(FineBasis.ILLEGAL_TURNOVER, "turnoverMin", "turnoverMax", orEmpty(turnoverMin),
                        orEmpty(turnoverMax)));
    }

    /** The draft the catalogue checks; numbers that are not numbers go to {@code problems}. */
    MatterDraft draft(List<FieldProblem> problems) {
        Integer days = integer("timeLimitDays", timeLimitDays, problems);
        List<FineBoundDraft> bounds = new ArrayList<>();
        for (FineRow row : fineRows()) {
            if (!FormFields.blank(row.min()) || !FormFields.blank(row.max())) {
                bounds.add(new FineBoundDraft(row.basis().name(), decimal("fineBounds", row.min(), problems),
                        decimal("fineBounds", row.max(), problems)));
            }
        }
        return new MatterDraft(code, category, name, lines(basis), responsibility, days, orNull(timeLimitUnit),
                orNull(timeLimitRule), fees, acceptingBody, approvingBody, conditions, materials, lines(steps),
                penaltyKinds, bounds, avStages, orNull(reason), version);
    }

    private static String min(Matter m, FineBasis basis) {
        return m.fineBound(basis).map(FineBound::min).map(FormFields::plain).orElse("");
    }

    private static String max(Matter m, FineBasis basis) {
        return m.fineBound(basis).map(FineBound::max).map(FormFields::plain).orElse("");
    }
}
