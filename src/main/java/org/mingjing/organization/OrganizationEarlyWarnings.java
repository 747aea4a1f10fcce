package org.mingjing.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mingjing.shared.EarlyWarnings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The early warnings of the organisation: an active officer's certificate expiring within {@value #CERTIFICATE_DAYS}
 * days (MEDIUM) or already expired (HIGH), since no officer acts without a valid one (行政处罚法第四十二条); and an
 * agency with fewer qualified legal reviewers than the rule asks (HIGH; seed §二(三)1: at least 5 % of its officers
 * and at least one; 行政处罚法第五十八条第二款).
 */
@Component
class OrganizationEarlyWarnings implements org.mingjing.shared.EarlyWarnings {

    static final int CERTIFICATE_DAYS = 30;

    private final Officers officers;
    private final Agencies agencies;
    private final MessageSource messages;

    OrganizationEarlyWarnings(Officers officers, Agencies agencies, MessageSource messages) {
        this.officers = officers;
        this.agencies = agencies;
        this.messages = messages;
    }

    @Override
    public List<EarlyWarning> earlyWarnings(Set<String> agencyIds, LocalDate today, Locale locale) {
        List<EarlyWarning> warnings = new ArrayList<>();
        for (Agency agency : agencies.all()) {
            if (!agencyIds.contains(agency.id())) {
                continue;
            }
            List<Officer> staff = officers.ofAgency(agency.id());
            for (Officer o : staff) {
                if (o.status() != OfficerStatus.ACTIVE
                        || o.certificateValidUntil().isAfter(today.plusDays(CERTIFICATE_DAYS))) {
                    continue;
                }
                boolean expired = o.certificateValidUntil().isBefore(today);
                warnings.add(new EarlyWarning(expired ? "CERTIFICATE_EXPIRED" : "CERTIFICATE_EXPIRING",
                        expired ? EarlyWarnings.Severity.HIGH : EarlyWarnings.Severity.MEDIUM,
                        o.name() + " " + o.certificateNumber(),
                        messages.getMessage(expired ? "officer.early-warning.expired" : "officer.early-warning.expiring",
                                new Object[] { agency.name(), o.certificateValidUntil().toString() }, locale),
                        o.certificateValidUntil(), agency.id(), "/officers/" + o.id()));
            }
            ReviewStaffing staffing = ReviewStaffingPolicy.assess(agency.id(), staff);
            if (!staffing.compliant()) {
                warnings.add(new EarlyWarning("REVIEWER_STAFFING", EarlyWarnings.Severity.HIGH, agency.name(),
                        messages.getMessage("officer.early-warning.reviewers", new Object[] { staffing.officers(),
                                staffing.required(), staffing.reviewers() }, locale),
                        today, agency.id(), "/agencies/" + agency.id()));
            }
        }
        return warnings;
    }
}
