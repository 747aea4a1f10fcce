-- The analysis dashboard (统计分析) counts the cases of some agencies filed in a period, grouped several ways; this
-- index holds every column it reads of a case, so both databases count from the index alone instead of reading the
-- wide rows (the facts run to 4,000 characters). It also finds the first service and the last payment of each case
-- counted by kind and case. Measured in docs/performance.md, "Analysis dashboard".
CREATE INDEX case_file_analysis_idx ON case_file (agency_id, filed_on, matter_code, decision_type, decided_on,
    closed_on, fine_amount, created_at, place, id);
CREATE INDEX case_step_kind_case_idx ON case_step (kind, case_id, occurred_on);
-- Publication timeliness counts the publications of some agencies by the day of the decision, from the index alone
-- (a publication's row holds its texts).
CREATE INDEX publication_analysis_idx ON publication (agency_id, decided_on, act_type, status, published_on, due_by);
-- Review outcomes count the reviews of some agencies by their first submission, from the index alone (a review's row
-- holds the proposed decision's text).
CREATE INDEX legal_review_analysis_idx ON legal_review (agency_id, submitted_at, status, round, approved_on, case_id);
