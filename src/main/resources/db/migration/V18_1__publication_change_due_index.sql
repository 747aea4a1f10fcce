-- The early warnings ask for the publications whose reported change (withdrawal or correction) falls due soon: few
-- publications have one, and this index finds them without reading the others (docs/performance.md, "Early
-- warnings"). The release deadlines use publication_agency_idx (agency_id, status, due_by).
CREATE INDEX publication_change_due_idx ON publication (change_due_by);
