-- The analysis dashboard (统计分析) reads the first service and the last payment of each case it counts; without this
-- each look-up walked every step of the case (docs/performance.md, "Analysis dashboard").
CREATE INDEX case_step_case_kind_idx ON case_step (case_id, kind, occurred_on);
