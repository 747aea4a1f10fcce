package org.mingjing.publicity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.organization.OfficerAccounts;
import org.mingjing.publicity.Masking;
import org.mingjing.publicity.Publication;
import org.mingjing.publicity.PublicationStatus;
import org.mingjing.publicity.Publications;
import org.mingjing.shared.Caller;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publications as the staff pages show them, with their labels in the caller's language and the people who entered,
 * reviewed and released them by name (谁执法谁公示, 谁录入谁负责: the publication keeps their usernames, the accounts
 * their names).
 */
@Component
class PublicationViews {

    private final Publications publications;
    private final OfficerAccounts accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicationViews(Publications publications, OfficerAccounts accounts, MessageSource messages, Clock clock) {
        this.publications = publications;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    /** One publication in a list: what it is, where it stands, when it is due and who released it. */
    record Row(String id, String caseId, String number, String title, String partyName, String agencyName,
            String actTypeName, String status, String statusName, LocalDate dueBy, boolean overdue,
            String changeKind, LocalDate changeDueBy, boolean changeOverdue, String releasedBy,
            LocalDate publishedOn, String alert) {
    }

    List<Row> rows(List<Publication> found, Locale locale) {
        Map<String, String> names = names(found.stream().map(Publication::releasedBy).toList());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(p -> new Row(p.id(), p.caseId(), p.number(), p.title(), p.partyName(),
                p.agencyName(), actTypeName(p.actType(), locale), p.status().name(),
                text(p.status().messageKey(), locale), p.dueBy(), p.overdue(today),
                p.changeKind() == null ? null : p.changeKind().name(), p.changeDueBy(), p.changeOverdue(today),
                person(p.releasedBy(), names, locale), p.publishedOn(),
                publications.openAlert(p).map(a -> alert(a, locale)).orElse(null))).toList();
    }

    /** The display names of the accounts among the usernames (who entered, reviewed, released, recorded). */
    Map<String, String> names(Collection<String> usernames) {
        List<String> known = usernames.stream().filter(u -> u != null).distinct().toList();
        return known.isEmpty() ? Map.of() : accounts.displayNamesOf(known);
    }

    /** A person as a publication names them: 张海峰（hubin.head）, or the username alone when it is no account. */
    String person(String username, Map<String, String> names, Locale locale) {
        if (username == null) {
            return null;
        }
        String name = names.get(username);
        return name == null || name.equals(username) ? username
                : text("publicity.page.person", locale, name, username);
    }

    /** The re-scan's open alert (its finding types, e.g. PHONE,ID_NUMBER) as the page says it. */
    String alert(String types, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (String t : types.split(",")) {
            if (!t.isBlank()) {
                labels.add(text("publicity.finding." + t.strip(), locale));
            }
        }
        return text("publicity.page.alert", locale, String.join(text("publicity.page.list-separator", locale),
                labels));
    }

    /** One kind of finding in the legend: its label, how many, and the class that colours it. */
    record Legend(String type, String label, long count) {
    }

    /**
     * The original and the masked text in pieces with every finding marked, and the legend. A pending publication
     * shows what a release would publish now (masked again with the case's current data and the marks); any other
     * shows what was stored at its last act.
     */
    record Texts(List<Highlights.Piece> original, List<Highlights.Piece> masked, List<Legend> legend, int findings,
            boolean maskedMarked) {
    }

    Texts texts(Caller caller, Publication p, Locale locale) {
        String original;
        String masked;
        List<Masking.Finding> findings;
        if (p.status() == PublicationStatus.PENDING) {
            Masking.Result r = publications.preview(caller, p.id()).result();
            original = r.original();
            masked = r.masked();
            findings = r.findings();
        } else {
            original = p.originalText();
            masked = p.maskedText();
            findings = stored(p.findings());
        }
        boolean consistent = Highlights.consistent(masked, findings);
        List<Legend> legend = new ArrayList<>();
        for (Masking.Type t : Masking.Type.values()) {
            long count = findings.stream().filter(f -> f.type() == t).count();
            if (count > 0) {
                legend.add(new Legend(t.name(), text("publicity.finding." + t.name(), locale), count));
            }
        }
        return new Texts(Highlights.pieces(original, Highlights.inOriginal(findings)),
                Highlights.pieces(masked, consistent ? Highlights.inMasked(findings) : List.of()), legend,
                findings.size(), consistent);
    }

    /** The findings a publication stored as JSON; what cannot be read is not shown rather than failing the page. */
    List<Masking.Finding> stored(String findings) {
        if (findings == null || findings.isBlank()) {
            return List.of();
        }
        List<Masking.Finding> out = new ArrayList<>();
        try {
            for (JsonNode f : json.readTree(findings)) {
                out.add(new Masking.Finding(Masking.Type.valueOf(f.get("type").asString()), f.get("start").asInt(),
                        f.get("end").asInt(), f.get("text").asString()));
            }
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return List.of();
        }
        return out;
    }

    String actTypeName(String actType, Locale locale) {
        return MatterCategory.parse(actType).map(c -> text(c.messageKey(), locale)).orElse(actType);
    }

    String decisionTypeName(String decisionType, Locale locale) {
        try {
            return text(DecisionType.valueOf(decisionType).messageKey(), locale);
        } catch (IllegalArgumentException | NullPointerException e) {
            return decisionType;
        }
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
