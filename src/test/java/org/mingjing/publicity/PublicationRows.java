package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mingjing.shared.Ids;
import org.mingjing.testsupport.Api;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publication rows written straight into the table, as the core of the module would leave them, for the tests of
 * the public side: each names a case of 湖滨区民政局 (the foreign key needs one), filed once through the API.
 */
final class PublicationRows {

    static final String ORIGINAL_MARK = "ORIGINALONLY";

    private static String caseId;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    PublicationRows(Api api, JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        synchronized (PublicationRows.class) {
            if (caseId == null) {
                caseId = fileCase(api);
            }
        }
    }

    private static String fileCase(Api api) {
        String officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
        Api.Response r = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "该协会超出章程规定的宗旨和业务范围开展活动。",
                 "occurredOn": "2026-09-01", "filedOn": "2026-09-07", "place": "湖滨区黄河路18号",
                 "illegalIncome": 10000,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区晨光文化交流协会",
                   "creditCode": "51411202MJ1234567M", "legalRepresentative": "赵立新"}],
                 "officerIds": %s}""".formatted(Api.json(List.of(officer1, officer2))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    /** One publication to write: everything the table needs, with defaults a test overrides. */
    final class Row {
        final Map<String, Object> values = new HashMap<>();

        Row() {
            String id = Ids.newId();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            values.put("id", id);
            values.put("case_id", caseId);
            values.put("document_id", Ids.newId());
            values.put("agency_id", "agency-hubin");
            values.put("agency_name", "三门峡市湖滨区民政局");
            values.put("act_type", "ADMINISTRATIVE_PENALTY");
            values.put("decision_type", "PENALTY");
            values.put("penalty_kinds", "WARNING,FINE");
            values.put("status", "PUBLISHED");
            values.put("reason", null);
            values.put("decided_on", LocalDate.parse("2026-09-25"));
            values.put("due_by", LocalDate.parse("2026-10-09"));
            values.put("title", "行政处罚决定书");
            values.put("party_name", "三门峡市湖滨区晨光文化交流协会");
            values.put("number", "湖民罚〔2026〕1号");
            values.put("original_text", "原文 " + ORIGINAL_MARK + " 证人张三，电话13812345678。");
            values.put("masked_text", "公示文本：证人张某，电话***********。");
            values.put("findings", "[]");
            values.put("manual_marks", "[]");
            values.put("revision", 0);
            values.put("entered_by", "hubin.officer1");
            values.put("reviewed_by", "hubin.head");
            values.put("released_by", "hubin.head");
            values.put("published_on", LocalDate.parse("2026-09-28"));
            values.put("published_at", now);
            values.put("withdrawn_on", null);
            values.put("created_at", now);
            values.put("public_changed_at", now);
            values.put("updated_at", now);
            values.put("version", 0);
        }

        Row set(String column, Object value) {
            values.put(column, value);
            return this;
        }

        String id() {
            return (String) values.get("id");
        }

        /** Writes the row and tells this node's index after the commit, as the core does. */
        String publish() {
            transactions.executeWithoutResult(tx -> {
                insert();
                events.publishEvent(new PublicationChanged(id()));
            });
            return id();
        }

        /** Writes the row and tells no one: as another node's change, which only the catch-up finds. */
        String insertQuietly() {
            transactions.executeWithoutResult(tx -> insert());
            return id();
        }

        private void insert() {
            StringBuilder columns = new StringBuilder();
            StringBuilder params = new StringBuilder();
            Map<String, Object> present = new HashMap<>();
            values.forEach((c, v) -> {
                if (v != null) {
                    present.put(c, v);
                }
            });
            for (String c : present.keySet()) {
                columns.append(columns.isEmpty() ? "" : ", ").append(c);
                params.append(params.isEmpty() ? "" : ", ").append(':').append(c);
            }
            jdbc.sql("INSERT INTO publication (" + columns + ") VALUES (" + params + ")").params(present).update();
        }
    }

    Row row() {
        return new Row();
    }

    /** Changes a row's status and when the public content changed, with or without telling the index. */
    void change(String id, String status, String reason, LocalDate withdrawnOn, boolean tell) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("UPDATE publication SET status = :s, reason = :r, withdrawn_on = :w, public_changed_at = :t "
                    + "WHERE id = :id").param("s", status).param("r", reason).param("w", withdrawnOn)
                    .param("t", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
            if (tell) {
                events.publishEvent(new PublicationChanged(id));
            }
        });
    }

    /** A correction: the new masked text and the revision with its public note. */
    void correct(String id, String maskedText, String note) {
        transactions.executeWithoutResult(tx -> {
            int revision = jdbc.sql("SELECT revision FROM publication WHERE id = :id").param("id", id)
                    .query(Integer.class).single() + 1;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            jdbc.sql("INSERT INTO publication_revision (publication_id, revision, masked_text, original_text, note, "
                    + "recorded_by, recorded_at) VALUES (:id, :rev, :m, :o, :n, 'hubin.head', :at)").param("id", id)
                    .param("rev", revision).param("m", maskedText).param("o", "原文 " + ORIGINAL_MARK)
                    .param("n", note).param("at", now).update();
            jdbc.sql("UPDATE publication SET masked_text = :m, revision = :rev, public_changed_at = :at "
                    + "WHERE id = :id").param("m", maskedText).param("rev", revision).param("at", now)
                    .param("id", id).update();
            events.publishEvent(new PublicationChanged(id));
        });
    }
}
