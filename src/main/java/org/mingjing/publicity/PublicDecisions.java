package org.mingjing.publicity;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.mingjing.shared.Paged;
import org.springframework.stereotype.Service;

/**
 * The decisions as the public reads them (事后公开, seed §二(一)4; API.md, Publicity): the lists and searches come
 * from this node's search index, a decision's own page and the feeds' texts from the database. Only publications in
 * force are ever listed; a withdrawn or expired one answers with its notice; one not released (pending, or blocked
 * because it concerns a minor, LAW.md §4) is not found.
 */
@Service
public class PublicDecisions {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DecisionIndex index;
    private final PublishedRows rows;

    PublicDecisions(DecisionIndex index, PublishedRows rows) {
        this.index = index;
        this.rows = rows;
    }

    /** One page of what {@code search} finds, newest decision first. */
    public Paged<PublicDecision> search(DecisionSearch search, int page, int size) {
        return index.search(search, Math.max(0, page), Math.max(1, size));
    }

    /** Everything {@code search} finds, newest decision first (the open-data CSV). */
    public void forEach(DecisionSearch search, Consumer<PublicDecision> each) {
        index.forEach(search, each);
    }

    /** A decision's page: published, or its withdrawal or expiry notice; empty if the public may not know of it. */
    public Optional<DecisionDetail> detail(String id) {
        return rows.find(id).flatMap(row -> switch (row.status()) {
            case PublishedRows.PUBLISHED -> Optional.of(published(row, rows.corrections(id)));
            case PublishedRows.WITHDRAWN -> Optional.of(removed(row, DecisionDetail.Status.WITHDRAWN));
            case PublishedRows.EXPIRED -> Optional.of(removed(row, DecisionDetail.Status.EXPIRED));
            default -> Optional.empty();
        });
    }

    /**
     * At most {@code limit} published decisions that {@code search} finds, with their texts, latest public change
     * first (the Atom feed). One that stopped being published since the index saw it is left out.
     */
    public List<DecisionDetail.Published> feed(DecisionSearch search, int limit) {
        List<String> ids = index.idsByChange(search, limit);
        Map<String, PublishedRows.Row> found = new HashMap<>();
        rows.findAll(ids).forEach(r -> found.put(r.id(), r));
        List<DecisionDetail.Published> feed = new ArrayList<>(ids.size());
        for (String id : ids) {
            PublishedRows.Row row = found.get(id);
            if (row != null && row.published()) {
                feed.add(published(row, List.of()));
            }
        }
        return feed;
    }

    private static DecisionDetail.Published published(PublishedRows.Row r, List<DecisionDetail.Correction> fixes) {
        return new DecisionDetail.Published(r.id(), r.title(), r.agencyId(), r.agencyName(), r.partyName(),
                r.number(), r.actType(), r.decisionType(), r.decidedOn(), r.publishedOn(), r.revision(),
                r.maskedText(), r.changedAt(), fixes);
    }

    private static DecisionDetail.Removed removed(PublishedRows.Row r, DecisionDetail.Status status) {
        java.time.LocalDate on = r.withdrawnOn() != null ? r.withdrawnOn()
                : r.changedAt() == null ? null : r.changedAt().atZone(CHINA).toLocalDate();
        return new DecisionDetail.Removed(r.id(), status, r.agencyName(), r.number(), r.reason(), on);
    }
}
