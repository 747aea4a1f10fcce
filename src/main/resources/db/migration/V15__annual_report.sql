-- 统计年报 (seed §二(一)6; LAW.md §5): each agency's report of a year, drafted from the data, edited, reviewed,
-- approved by its head and published on the portal by 31 January. The figures are kept as they were counted when
-- the report was last drafted or submitted, so that what the reviewer and the head read is what is published; the
-- published report's PDF is kept as it was printed, and every act on the report is an entry of the ledger.
CREATE TABLE annual_report
(
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    agency_id      VARCHAR(36)   NOT NULL REFERENCES agency (id),
    report_year    INT           NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    narrative      TEXT          NOT NULL,
    figures        TEXT          NOT NULL,
    counted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    drafted_by     VARCHAR(64)   NOT NULL,
    drafted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by   VARCHAR(64),
    submitted_at   TIMESTAMP WITH TIME ZONE,
    reviewed_by    VARCHAR(64),
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    returned_note  VARCHAR(1000),
    published_by   VARCHAR(64),
    published_at   TIMESTAMP WITH TIME ZONE,
    pdf            BYTEA,
    pdf_sha256     VARCHAR(64),
    version        INT           NOT NULL,
    CONSTRAINT annual_report_agency_year_uk UNIQUE (agency_id, report_year)
);
CREATE INDEX annual_report_year_idx ON annual_report (report_year, status);

-- What was done to a report, in order: drafted, edited, recounted, submitted, reviewed, returned, published.
CREATE TABLE annual_report_event
(
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    report_id   VARCHAR(36)   NOT NULL REFERENCES annual_report (id),
    seq         INT           NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    actor_name  VARCHAR(100),
    acted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(1000),
    CONSTRAINT annual_report_event_seq_uk UNIQUE (report_id, seq)
);
