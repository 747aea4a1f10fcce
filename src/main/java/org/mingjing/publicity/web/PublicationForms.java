package org.mingjing.publicity.web;

import static org.mingjing.shared.web.FormFields.blank;
import static org.mingjing.shared.web.FormFields.checked;
import static org.mingjing.shared.web.FormFields.choice;
import static org.mingjing.shared.web.FormFields.date;
import static org.mingjing.shared.web.FormFields.decimal;
import static org.mingjing.shared.web.FormFields.integer;
import static org.mingjing.shared.web.FormFields.orEmpty;
import static org.mingjing.shared.web.FormFields.plain;

import java.math.BigDecimal;
import java.util.List;

import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.publicity.Publication.ChangeKind;
import org.mingjing.publicity.PublicationSetting;
import org.mingjing.publicity.Publications;
import org.mingjing.shared.FieldProblem;

/**
 * The forms of the publication pages as typed. Each turns into what the service takes, reporting what is not a
 * date, number or choice against its own field, so the form comes back as typed instead of failing.
 */
final class PublicationForms {

    private PublicationForms() {
    }

    /** A reported change of the decision: withdraw or correct, since when, and why. */
    record ChangeForm(String kind, String on, String cause) {

        static ChangeForm empty() {
            return new ChangeForm(ChangeKind.WITHDRAW.name(), "", "");
        }

        Publications.ChangeDraft draft(List<FieldProblem> problems) {
            return new Publications.ChangeDraft(choice("kind", kind, ChangeKind.class, problems),
                    date("on", on, problems), cause);
        }
    }

    /** A correction: the note the public reads and the whole new text. */
    record CorrectionForm(String reason, String text) {
    }

    /**
     * An agency's publication rule for one act type as the head types it: a checkbox for publishing, one per
     * excluded penalty kind and per releaser, and the months and the fine limit as typed.
     */
    record SettingForm(String actType, boolean published, List<String> excludedPenaltyKinds, String retentionMonths,
            String smallRetentionMonths, String smallFineLimit, List<String> releaserOfficerIds) {

        static SettingForm of(PublicationSetting s) {
            return new SettingForm(s.actType(), s.published(), s.excludedPenaltyKinds(),
                    String.valueOf(s.retentionMonths()), String.valueOf(s.smallRetentionMonths()),
                    plain(s.smallFineLimit()), s.releaserOfficerIds());
        }

        static SettingForm read(String actType, String published, List<String> excluded, String retentionMonths,
                String smallRetentionMonths, String smallFineLimit, List<String> releasers) {
            return new SettingForm(orEmpty(actType).strip(), checked(published), excluded == null ? List.of()
                    : excluded, orEmpty(retentionMonths), orEmpty(smallRetentionMonths), orEmpty(smallFineLimit),
                    releasers == null ? List.of() : releasers);
        }

        public boolean excludes(PenaltyKind kind) {
            return excludedPenaltyKinds.contains(kind.name());
        }

        public boolean releaser(String officerId) {
            return releaserOfficerIds.contains(officerId);
        }

        /** The setting for the agency, or null with the problems of what could not be read. */
        PublicationSetting setting(String agencyId, List<FieldProblem> problems) {
            Integer months = required("retentionMonths", integer("retentionMonths", retentionMonths, problems),
                    retentionMonths, problems);
            Integer small = required("smallRetentionMonths",
                    integer("smallRetentionMonths", smallRetentionMonths, problems), smallRetentionMonths, problems);
            BigDecimal limit = required("smallFineLimit", decimal("smallFineLimit", smallFineLimit, problems),
                    smallFineLimit, problems);
            if (!problems.isEmpty()) {
                return null;
            }
            return new PublicationSetting(agencyId, actType, published, excludedPenaltyKinds, months, small, limit,
                    releaserOfficerIds);
        }

        private static <T> T required(String field, T value, String typed, List<FieldProblem> problems) {
            if (blank(typed)) {
                problems.add(FieldProblem.of(field, "validation.required"));
            }
            return value;
        }
    }
}
