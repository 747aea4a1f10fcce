package org.mingjing.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.ChildApplication;

import tools.jackson.databind.JsonNode;

/**
 * The application killed (kill -9) while four officers record steps of a case as fast as they can: every step it
 * acknowledged is there with its ledger entry (they commit together or not at all), no step lacks its entry and no
 * entry lacks its step, and after a restart the entries get their indices and the case verifies.
 */
class CaseStepCrashTests {

    @TempDir
    Path work;

    @Test
    void acknowledgedStepsSurviveAKillWithTheirEntriesAndTheCaseVerifiesAfterRestart() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Path log = work.resolve("app.log");
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        String caseId;
        ChildApplication app = ChildApplication.start(data, log);
        try {
            Api api = new Api(app.port());
            String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
            String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
            Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                    {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "COMPLAINT",
                     "facts": "当事人未经批准擅自兴建骨灰堂。", "occurredOn": "2026-10-01", "filedOn": "2026-10-05",
                     "place": "湖滨区会兴街道", "parties": [{"role": "PARTY", "type": "NATURAL_PERSON", "name": "张某"}],
                     "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            caseId = filed.text("id");
            String path = "/api/cases/" + caseId + "/records";
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService officers = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                String user = t % 2 == 0 ? "hubin.officer1" : "hubin.officer2";
                officers.submit(() -> {
                    Api own = new Api(app.port());
                    for (int i = 0; running.get(); i++) {
                        try {
                            Api.Response r = own.post(path, user, """
                                    {"kind": "INQUIRY", "occurredOn": "2026-10-06", "officerIds": ["%s", "%s"],
                                     "certificateShown": true, "content": "问：第%d次询问。答：属实。"}""".formatted(o1, o2, i));
                            if (r.status() == 201) {
                                acknowledged.add(r.text("id"));
                            }
                        } catch (RuntimeException e) {
                            return; // the connection died with the process
                        }
                    }
                });
            }
            long until = System.currentTimeMillis() + 20_000;
            while (acknowledged.size() < 40 && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            app.kill();
            running.set(false);
            officers.shutdown();
            officers.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            app.kill();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);

        // on disk, with no application running
        Set<String> steps = new HashSet<>();
        Set<String> entryRecords = new HashSet<>();
        Set<String> records = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("mingjing")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "")) {
            for (String sql : List.of("SELECT id FROM case_step WHERE case_id = ?",
                    "SELECT record_ref FROM ledger_entry WHERE subject_id = ?",
                    "SELECT id FROM case_step WHERE case_id = ? UNION SELECT id FROM case_document WHERE case_id = ?"
                            + " UNION SELECT id FROM case_file WHERE id = ?")) {
                try (var ps = c.prepareStatement(sql)) {
                    for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                        ps.setString(i, caseId);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        Set<String> into = sql.startsWith("SELECT id FROM case_step WHERE case_id = ? UNION") ? records
                                : sql.contains("ledger_entry") ? entryRecords : steps;
                        while (rs.next()) {
                            into.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        assertThat(steps).as("every acknowledged step is on disk").containsAll(acknowledged);
        assertThat(entryRecords).as("every step, document and the filing has its entry").containsAll(records);
        assertThat(records).as("no entry without its record").containsAll(entryRecords);

        ChildApplication again = ChildApplication.start(data, log);
        try {
            Api api = new Api(again.port());
            JsonNode v = api.get("/api/cases/" + caseId + "/ledger/verify", "hubin.head").json();
            assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
            assertThat(v.get("entries").asInt()).isEqualTo(entryRecords.size());
            List<Long> indices = new ArrayList<>();
            api.get("/api/cases/" + caseId + "/ledger", "hubin.head").json()
                    .forEach(e -> indices.add(e.get("index").isNull() ? null : e.get("index").asLong()));
            assertThat(indices).doesNotContainNull();
        } finally {
            again.stop();
        }
    }
}
