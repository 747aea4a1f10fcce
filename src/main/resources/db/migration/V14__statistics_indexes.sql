-- The annual report (统计年报) reads an agency's cases of a year by the day they were decided, filed and closed, and
-- the remedies brought and ended in the year by the day of their step; without these every report scanned every case
-- and every step (docs/performance.md, "Annual report").
CREATE INDEX case_file_agency_decided_idx ON case_file (agency_id, decided_on);
CREATE INDEX case_file_agency_filed_idx ON case_file (agency_id, filed_on);
CREATE INDEX case_file_agency_closed_idx ON case_file (agency_id, closed_on);
CREATE INDEX case_step_kind_day_idx ON case_step (kind, occurred_on);
