#!/usr/bin/env bash
# Prints the floor for "generate --cases 100000" as PostgreSQL SQL: the same number of rows per
# table as the generator's run with the default seed (100,000 cases, 124,863 parties, 209,287 case officers,
# 734,302 steps, 300,758 deadlines, 774,344 documents), of about the same widths, inserted by the database itself
# with INSERT ... SELECT in the generator's transactions (the rows of 1,000 cases each) — no Java, no JDBC round
# trips, no generation logic. Run on a new database with the schema and the demo data ("generate --cases 0").
# (On H2 the same statements take longer than the generator's JDBC batches — H2 builds each INSERT ... SELECT's
# rows before it inserts them — so the embedded database's floor is JdbcFloor.java.)
set -euo pipefail
id() { echo "'00000000-0000-700$1-8000-' || lpad(($2)::text, 12, '0')"; }
case_id=$(id 0 "i")
emit() {
  cat <<SQL
CREATE TEMPORARY TABLE floor_ref AS
SELECT a.id AS agency_id, m.id AS matter_id, m.code AS matter_code, m.name AS matter_name
FROM agency a JOIN matter m ON m.agency_id = a.id AND m.code = 'MZ-CF-SHTT-30' WHERE a.short_name = '湖民';
CREATE TEMPORARY TABLE floor_officer AS
SELECT id, ROW_NUMBER() OVER (ORDER BY certificate_number) - 1 AS n FROM officer
WHERE agency_id = (SELECT agency_id FROM floor_ref);
SQL
  for c in $(seq 0 99); do
    lo=$((c * 1000 + 1)); hi=$((c * 1000 + 1000))
    cat <<SQL
BEGIN;
INSERT INTO case_file (id, agency_id, number, act_type, procedure_kind, matter_id, matter_code, matter_name, source,
  facts, occurred_on, continuing_until, serious_harm, filed_on, place, illegal_income, illegal_turnover, stage,
  decided_on, decision_type, fine_amount, closed_on, archived_on, evaluation_score, created_at, created_by, updated_at,
  version)
SELECT $case_id, r.agency_id, '湖民立〔9999〕' || i || '号', 'ADMINISTRATIVE_PENALTY', 'GENERAL', r.matter_id,
  r.matter_code, r.matter_name, 'COMPLAINT', repeat('案件事实', 36), DATE '2024-01-01' + i % 1000, NULL, false,
  DATE '2024-01-02' + i % 1000, '湖滨区崤山路十八号', 5000, NULL, 'ARCHIVED', DATE '2024-03-01' + i % 1000, 'PENALTY',
  15000, DATE '2024-04-01' + i % 1000, DATE '2024-05-01' + i % 1000, 100, now(), 'floor', now(), 6
FROM SERIES($lo, $hi, i), floor_ref r;
INSERT INTO case_party (case_id, position, role, party_type, name, id_number, credit_code, legal_representative,
  birth_date, phone, address, bank_account)
SELECT $case_id, k, 'PARTY', 'NATURAL_PERSON', '王建国', '411202198503150017', NULL, NULL, DATE '1985-03-15',
  '13903981234', '湖滨区崤山路十八号', NULL
FROM SERIES($lo, $hi, i), SERIES(0, 1, k) WHERE k * 100000 + i <= 124863;
INSERT INTO case_officer (case_id, officer_id, position)
SELECT $case_id, o.id, k FROM SERIES($lo, $hi, i), SERIES(0, 2, k)
JOIN floor_officer o ON o.n = k WHERE k * 100000 + i <= 209287;
INSERT INTO case_step (id, case_id, seq, kind, stage, occurred_on, data, recorded_at, recorded_by)
SELECT $(id 1 "k * 100000 + i"), $case_id, k + 1, 'RECORD', 'INVESTIGATION', DATE '2024-01-03' + i % 1000,
  '{"content":"' || repeat('询问笔录', 35) || '"}', now(), 'floor'
FROM SERIES($lo, $hi, i), SERIES(0, 7, k) WHERE k * 100000 + i <= 734302;
INSERT INTO case_deadline (case_id, code, due, satisfied_on)
SELECT $case_id, 'RULE_' || k, DATE '2024-04-01' + i % 1000, DATE '2024-03-01' + i % 1000
FROM SERIES($lo, $hi, i), SERIES(0, 3, k) WHERE k * 100000 + i <= 300758;
INSERT INTO case_document (id, case_id, kind, number, title, step_id, issued_on, created_at)
SELECT $(id 2 "k * 100000 + i"), $case_id, 'INQUIRY_RECORD', NULL, '询问笔录', NULL, DATE '2024-01-03' + i % 1000, now()
FROM SERIES($lo, $hi, i), SERIES(0, 7, k) WHERE k * 100000 + i <= 774344;
COMMIT;
SQL
  done
}
emit | sed -E 's/SERIES\(([0-9]+), ([0-9]+), ([a-z])\)/generate_series(\1, \2) \3/g'
