-- The early warnings (GET /api/statistics/warnings) read the open deadlines of an agency's cases due by a day: without
-- this the due-day index gave every deadline ever met (three or four per case) to be filtered out one by one
-- (docs/performance.md, "Early warnings").
CREATE INDEX case_deadline_open_idx ON case_deadline (satisfied_on, due);
