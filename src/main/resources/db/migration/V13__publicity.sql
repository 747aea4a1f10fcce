-- 事后公开 (seed §二(一)4, 5, 7; 行政处罚法第四十八条). One row per decision document: what the public sees of it
-- (masked), what it was made from (original, staff only), where it stands, and who entered, reviewed and released
-- it (谁执法谁公示, 谁录入谁负责). Each act on it is also a step of its case, and so in the full-process record.
CREATE TABLE publication
(
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id             VARCHAR(36)   NOT NULL REFERENCES case_file (id),
    document_id         VARCHAR(36)   NOT NULL UNIQUE,
    agency_id           VARCHAR(36)   NOT NULL,
    agency_name         VARCHAR(100)  NOT NULL,
    act_type            VARCHAR(30)   NOT NULL,
    decision_type       VARCHAR(30)   NOT NULL,
    penalty_kinds       VARCHAR(200)  NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    -- Why it is BLOCKED, WITHDRAWN or EXPIRED, as the public (or, for BLOCKED, the staff) reads it.
    reason              VARCHAR(1000),
    reason_code         VARCHAR(40),
    decided_on          DATE          NOT NULL,
    due_by              DATE          NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    party_name          VARCHAR(300)  NOT NULL,
    number              VARCHAR(100)  NOT NULL,
    original_text       VARCHAR(60000) NOT NULL,
    masked_text         VARCHAR(60000) NOT NULL,
    findings            VARCHAR(60000) NOT NULL,
    manual_marks        VARCHAR(4000) NOT NULL,
    revision            INT           NOT NULL,
    entered_by          VARCHAR(64)   NOT NULL,
    reviewed_by         VARCHAR(64),
    released_by         VARCHAR(64),
    published_on        DATE,
    published_at        TIMESTAMP WITH TIME ZONE,
    expires_on          DATE,
    -- A change reported to the decision (revoked, changed, found wrong) that the publication must follow:
    -- WITHDRAW or CORRECT, since when, why, and by when (行政处罚法第四十八条; seed §二(一)5).
    change_kind         VARCHAR(12),
    change_cause        VARCHAR(1000),
    change_reported_on  DATE,
    change_due_by       DATE,
    withdrawn_on        DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- When what the public sees of it last changed (published, corrected, withdrawn, expired): search indexes
    -- catch up from here.
    public_changed_at   TIMESTAMP WITH TIME ZONE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INT           NOT NULL
);
CREATE INDEX publication_case_idx ON publication (case_id);
CREATE INDEX publication_agency_idx ON publication (agency_id, status, due_by);
CREATE INDEX publication_public_idx ON publication (status, published_on);
CREATE INDEX publication_changed_idx ON publication (public_changed_at);

-- Each text the public has seen of a publication, the first release included; a correction adds one.
CREATE TABLE publication_revision
(
    publication_id VARCHAR(36)    NOT NULL REFERENCES publication (id),
    revision       INT            NOT NULL,
    masked_text    VARCHAR(60000) NOT NULL,
    original_text  VARCHAR(60000) NOT NULL,
    note           VARCHAR(1000),
    recorded_by    VARCHAR(64)    NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (publication_id, revision)
);

-- Per agency and act type: whether its decisions are published, and for how long (LAW.md §4, retention).
CREATE TABLE publication_setting
(
    agency_id              VARCHAR(36)   NOT NULL,
    act_type               VARCHAR(30)   NOT NULL,
    published              BOOLEAN       NOT NULL,
    excluded_penalty_kinds VARCHAR(200)  NOT NULL,
    retention_months       INT           NOT NULL,
    small_retention_months INT           NOT NULL,
    small_fine_limit       DECIMAL(14, 2) NOT NULL,
    releaser_officer_ids   VARCHAR(1000) NOT NULL,
    updated_by             VARCHAR(64)   NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agency_id, act_type)
);

-- The nightly re-scan's hits on published text: private data the current rules find (an alert until resolved).
CREATE TABLE publication_alert
(
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    publication_id VARCHAR(36)   NOT NULL REFERENCES publication (id),
    agency_id      VARCHAR(36)   NOT NULL,
    found_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    findings       VARCHAR(4000) NOT NULL,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    resolved_by    VARCHAR(64)
);
CREATE INDEX publication_alert_open_idx ON publication_alert (agency_id, resolved_at);

-- The push to the province's enforcement-publicity platform (seed §二(一)7): written in the transaction of the act
-- it reports, sent afterwards with retries, so nothing is lost on a crash and the key makes a resend harmless.
CREATE TABLE publication_outbox
(
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    publication_id   VARCHAR(36)    NOT NULL,
    event            VARCHAR(20)    NOT NULL,
    idempotency_key  VARCHAR(120)   NOT NULL UNIQUE,
    payload          VARCHAR(60000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INT            NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    last_status      INT,
    last_error       VARCHAR(1000)
);
CREATE INDEX publication_outbox_due_idx ON publication_outbox (delivered_at, next_attempt_at);
