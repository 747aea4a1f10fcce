-- 双随机一公开 (LAW.md §6): each agency's register of inspected subjects and its pool of inspectors, plans per item of
-- its random-inspection list, the verifiable draw (a secret seed committed to by its SHA-256 before the draw, the
-- register, inspectors and recusals frozen in the plan at commitment), the tasks the draw gives and their results.
CREATE TABLE inspection_subject
(
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    agency_id     VARCHAR(36)   NOT NULL REFERENCES agency (id),
    name          VARCHAR(200)  NOT NULL,
    credit_code   VARCHAR(18)   NOT NULL,
    address       VARCHAR(300)  NOT NULL,
    subject_type  VARCHAR(30)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT inspection_subject_code_uk UNIQUE (agency_id, credit_code)
);

-- The officers an agency puts in its pool of inspectors (执法检查人员名录库); eligibility on a day is the certificate's.
CREATE TABLE inspection_pool
(
    agency_id   VARCHAR(36) NOT NULL REFERENCES agency (id),
    officer_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (agency_id, officer_id)
);

CREATE TABLE inspection_plan
(
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    agency_id              VARCHAR(36)   NOT NULL REFERENCES agency (id),
    item_code              VARCHAR(64)   NOT NULL,
    item_name              VARCHAR(300)  NOT NULL,
    subject_type           VARCHAR(30),
    ratio                  NUMERIC(7, 6) NOT NULL,
    frequency              VARCHAR(20)   NOT NULL,
    inspectors_per_subject INT           NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    secret_seed            VARCHAR(64),
    commitment             VARCHAR(64),
    committed_by           VARCHAR(64),
    committed_at           TIMESTAMP WITH TIME ZONE,
    frozen                 TEXT,
    drawn_by               VARCHAR(64),
    drawn_at               TIMESTAMP WITH TIME ZONE,
    result                 TEXT
);
CREATE INDEX inspection_plan_agency_idx ON inspection_plan (agency_id, created_at);

-- A declared conflict (回避) of an inspector with a subject, for one plan; frozen with the plan at commitment.
CREATE TABLE inspection_recusal
(
    plan_id             VARCHAR(36)  NOT NULL REFERENCES inspection_plan (id),
    credit_code         VARCHAR(18)  NOT NULL,
    certificate_number  VARCHAR(64)  NOT NULL,
    reason              VARCHAR(300),
    PRIMARY KEY (plan_id, credit_code, certificate_number)
);

-- One drawn subject with its inspectors, and its result once recorded and published.
CREATE TABLE inspection_task
(
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    plan_id          VARCHAR(36)   NOT NULL REFERENCES inspection_plan (id),
    agency_id        VARCHAR(36)   NOT NULL REFERENCES agency (id),
    seq              INT           NOT NULL,
    subject_name     VARCHAR(200)  NOT NULL,
    credit_code      VARCHAR(18)   NOT NULL,
    inspectors       TEXT          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    inspected_on     DATE,
    findings         VARCHAR(4000),
    outcome          VARCHAR(30),
    recorded_by      VARCHAR(64),
    recorded_at      TIMESTAMP WITH TIME ZONE,
    publish_due      DATE,
    published_text   VARCHAR(4000),
    published_by     VARCHAR(64),
    published_at     TIMESTAMP WITH TIME ZONE,
    case_id          VARCHAR(36)
);
CREATE INDEX inspection_task_plan_idx ON inspection_task (plan_id, seq);
CREATE INDEX inspection_task_due_idx ON inspection_task (agency_id, status, publish_due);
CREATE INDEX inspection_task_subject_idx ON inspection_task (agency_id, credit_code);
