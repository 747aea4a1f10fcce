package org.mingjing.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Expiry and re-scan over all publications, each publication in its own transaction so one failure stops nothing
 * else and a crash loses nothing done.
 */
@Component
class PublicationMaintenance {

    private static final Logger log = LoggerFactory.getLogger(PublicationMaintenance.class);
    private static final int PAGE = 500;

    private final PublicationRepository repository;
    private final Publications publications;
    private final Clock clock;

    PublicationMaintenance(PublicationRepository repository, Publications publications, Clock clock) {
        this.repository = repository;
        this.publications = publications;
        this.clock = clock;
    }

    record Rescan(int scanned, int hits) {
    }

    /** Expires every publication whose retention ended before today; returns how many. */
    int expireDue() {
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        List<String> due;
        do {
            due = repository.expiring(today, PAGE);
            int before = expired;
            for (String id : due) {
                try {
                    if (publications.expire(id, today)) {
                        expired++;
                    }
                } catch (RuntimeException e) {
                    log.warn("publicity: publication {} not expired: {}", id, e.toString());
                }
            }
            if (expired == before) {
                break;
            }
        } while (due.size() == PAGE);
        return expired;
    }

    /** Scans every published text again; returns how many were scanned and how many had a hit. */
    Rescan rescanAll() {
        int scanned = 0;
        int hits = 0;
        String after = "";
        List<String> page;
        do {
            page = repository.publishedAfter(after, PAGE);
            for (String id : page) {
                try {
                    if (!publications.rescan(id).isEmpty()) {
                        hits++;
                    }
                    scanned++;
                } catch (RuntimeException e) {
                    log.warn("publicity: publication {} not scanned: {}", id, e.toString());
                }
                after = id;
            }
        } while (page.size() == PAGE);
        return new Rescan(scanned, hits);
    }
}
