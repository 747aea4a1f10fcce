package org.mingjing.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Cases;
import org.mingjing.cases.StepSummaries;
import org.mingjing.cases.Steps;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The steps of a case as its page lists them: what was done, on which day, by whom, in one line. */
@Component
class CaseTimeline {

    private static final int EXCERPT = 80;

    private final Cases cases;
    private final Organization organization;
    private final MessageSource messages;
    private final List<StepSummaries> others;

    CaseTimeline(Cases cases, Organization organization, MessageSource messages, List<StepSummaries> others) {
        this.cases = cases;
        this.others = others;
        this.organization = organization;
        this.messages = messages;
    }

    record StepRow(int seq, String kind, String label, LocalDate occurredOn, String recordedBy, String summary) {
    }

    List<StepRow> rows(List<CaseStep> steps, Locale locale) {
        return steps.stream().map(s -> new StepRow(s.seq(), s.kind(),
                messages.getMessage("cases.step." + s.kind(), null, s.kind(), locale), s.occurredOn(), s.recordedBy(),
                summary(s, locale))).toList();
    }

    private String summary(CaseStep s, Locale locale) {
        List<String> parts = new ArrayList<>();
        switch (s.kind()) {
            case Steps.RECORD -> {
                Steps.Record r = data(s, Steps.Record.class);
                parts.add(label(r.kind().messageKey(), locale));
                if (r.person() != null) {
                    parts.add(text("cases.summary.person", locale, r.person()));
                }
                parts.add(text("cases.summary.officers", locale, officerNames(r.officerIds(), locale)));
                parts.add(label(r.certificateShown() ? "cases.summary.certificate-shown"
                        : "cases.summary.certificate-not-shown", locale));
            }
            case Steps.NOTICE -> {
                Steps.Notice n = data(s, Steps.Notice.class);
                parts.add(text("cases.summary.proposed", locale, penalties(n.penalties(), locale)));
                parts.add(label(n.hearingRight() ? "cases.summary.hearing-right" : "cases.summary.no-hearing-right",
                        locale));
            }
            case Steps.STATEMENT -> {
                Steps.Statement st = data(s, Steps.Statement.class);
                if (st.waived()) {
                    parts.add(label("cases.summary.waived", locale));
                } else {
                    parts.add(excerpt(st.content()));
                }
                if (st.hearingRequested()) {
                    parts.add(label("cases.summary.hearing-requested", locale));
                }
            }
            case Steps.HEARING -> {
                Steps.Hearing h = data(s, Steps.Hearing.class);
                parts.add(text("cases.summary.hearing", locale, h.place(),
                        officerNames(List.of(h.presidingOfficerId()), locale), h.noticeServedOn().toString()));
            }
            case Steps.DELIBERATION -> {
                Steps.Deliberation d = data(s, Steps.Deliberation.class);
                parts.add(text("cases.summary.participants", locale, d.participants()));
                parts.add(excerpt(d.conclusion()));
            }
            case Steps.DECISION -> {
                Steps.Decision d = data(s, Steps.Decision.class);
                parts.add(label(d.type().messageKey(), locale));
                if (!d.penalties().isEmpty()) {
                    parts.add(penalties(d.penalties(), locale));
                }
            }
            case Steps.SERVICE -> {
                Steps.Service sv = data(s, Steps.Service.class);
                parts.add(label(sv.method().messageKey(), locale));
                parts.add(text("cases.summary.recipient", locale, sv.recipient()));
            }
            case Steps.PAYMENT -> parts.add(text("cases.summary.paid", locale,
                    data(s, Steps.Payment.class).amount().toPlainString()));
            case Steps.REMEDY -> {
                Steps.Remedy r = data(s, Steps.Remedy.class);
                parts.add(label("cases.remedy." + r.kind(), locale));
            }
            case Steps.REMEDY_OUTCOME -> {
                Steps.RemedyOutcome o = data(s, Steps.RemedyOutcome.class);
                parts.add(label("cases.remedy." + o.kind(), locale));
                parts.add(label(o.outcome().messageKey(), locale));
            }
            case Steps.ARCHIVE -> parts.add(text("cases.summary.score", locale,
                    data(s, Steps.Archive.class).score()));
            case Steps.EVIDENCE -> {
                org.mingjing.cases.EvidenceService.EvidenceStep e = data(s,
                        org.mingjing.cases.EvidenceService.EvidenceStep.class);
                parts.add(label(e.kind().messageKey(), locale));
                parts.add(excerpt(e.description()));
                if (e.avStage() != null) {
                    parts.add(label(e.avStage().messageKey(), locale));
                }
            }
            case Steps.AV_ABSENCE -> {
                Steps.AvAbsence a = data(s, Steps.AvAbsence.class);
                parts.add(label(a.avStage().messageKey(), locale));
                parts.add(excerpt(a.reason()));
            }
            default -> {
                for (StepSummaries other : others) {
                    other.summarize(s, locale).ifPresent(parts::add);
                }
            }
        }
        return String.join(label("cases.summary.separator", locale), parts);
    }

    /** 警告、罚款 30000.00 元 */
    String penalties(List<Steps.Penalty> penalties, Locale locale) {
        return penalties.stream().map(p -> p.amount() == null ? label(p.kind().messageKey(), locale)
                : text("cases.penalty.amount", locale, label(p.kind().messageKey(), locale), yuan(p.amount())))
                .collect(Collectors.joining(label("cases.list.separator", locale)));
    }

    private static String yuan(BigDecimal amount) {
        return amount.toPlainString();
    }

    private String officerNames(List<String> ids, Locale locale) {
        return ids.stream().map(id -> organization.officer(id).map(Officer::name).orElse(id))
                .collect(Collectors.joining(label("cases.list.separator", locale)));
    }

    private <T> T data(CaseStep s, Class<T> type) {
        return cases.stepsOf(List.of(s), s.kind(), type).get(0);
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "\u2026";
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
