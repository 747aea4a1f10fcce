-- 案件: enforcement cases of every procedure, their parties, officers, steps, deadlines and documents.
-- A procedure (the penalty procedure now; licensing, coercion and inspection later) owns its stage codes and
-- the content of its steps, which are kept as JSON beside the columns every procedure shares.
CREATE TABLE case_file
(
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    agency_id        VARCHAR(36)    NOT NULL REFERENCES agency (id),
    number           VARCHAR(60)    NOT NULL UNIQUE,
    act_type         VARCHAR(30)    NOT NULL,
    procedure_kind   VARCHAR(20)    NOT NULL,
    matter_id        VARCHAR(36)    NOT NULL REFERENCES matter (id),
    matter_code      VARCHAR(40)    NOT NULL,
    matter_name      VARCHAR(200)   NOT NULL,
    source           VARCHAR(20)    NOT NULL,
    facts            VARCHAR(4000)  NOT NULL,
    occurred_on      DATE           NOT NULL,
    continuing_until DATE,
    serious_harm     BOOLEAN        NOT NULL,
    filed_on         DATE           NOT NULL,
    place            VARCHAR(200)   NOT NULL,
    illegal_income   DECIMAL(14, 2),
    illegal_turnover DECIMAL(14, 2),
    stage            VARCHAR(20)    NOT NULL,
    decided_on       DATE,
    decision_type    VARCHAR(30),
    fine_amount      DECIMAL(14, 2),
    closed_on        DATE,
    archived_on      DATE,
    evaluation_score INT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)    NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INT            NOT NULL
);
CREATE INDEX case_file_agency_idx ON case_file (agency_id, stage);
CREATE INDEX case_file_matter_idx ON case_file (matter_code, decided_on);

CREATE TABLE case_party
(
    case_id              VARCHAR(36)  NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position             INT          NOT NULL,
    role                 VARCHAR(10)  NOT NULL,
    party_type           VARCHAR(20)  NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    id_number            VARCHAR(18),
    credit_code          VARCHAR(18),
    legal_representative VARCHAR(50),
    birth_date           DATE,
    phone                VARCHAR(30),
    address              VARCHAR(200),
    bank_account         VARCHAR(40),
    PRIMARY KEY (case_id, position)
);
CREATE INDEX case_party_name_idx ON case_party (name);

CREATE TABLE case_officer
(
    case_id    VARCHAR(36) NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    officer_id VARCHAR(36) NOT NULL REFERENCES officer (id),
    position   INT         NOT NULL,
    PRIMARY KEY (case_id, officer_id)
);
CREATE INDEX case_officer_officer_idx ON case_officer (officer_id);

-- Every act of the case in order: records, notices, statements, hearings, decisions, service, payments...
CREATE TABLE case_step
(
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id     VARCHAR(36)   NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    seq         INT           NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    stage       VARCHAR(20)   NOT NULL,
    occurred_on DATE          NOT NULL,
    data        TEXT          NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    CONSTRAINT case_step_seq_uk UNIQUE (case_id, seq)
);

CREATE TABLE case_deadline
(
    case_id      VARCHAR(36) NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    code         VARCHAR(40) NOT NULL,
    due          DATE        NOT NULL,
    satisfied_on DATE,
    PRIMARY KEY (case_id, code)
);
CREATE INDEX case_deadline_due_idx ON case_deadline (due);

CREATE TABLE case_document
(
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_id    VARCHAR(36)  NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    kind       VARCHAR(30)  NOT NULL,
    number     VARCHAR(60),
    title      VARCHAR(100) NOT NULL,
    step_id    VARCHAR(36),
    issued_on  DATE         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_document_case_idx ON case_document (case_id);

-- Running numbers of an agency's documents per kind and year (湖民罚〔2026〕3号).
CREATE TABLE document_sequence
(
    agency_id VARCHAR(36) NOT NULL REFERENCES agency (id),
    kind      VARCHAR(20) NOT NULL,
    doc_year  INT         NOT NULL,
    last_number INT       NOT NULL,
    PRIMARY KEY (agency_id, kind, doc_year)
);

CREATE TABLE evidence
(
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id       VARCHAR(36)   NOT NULL REFERENCES case_file (id),
    kind          VARCHAR(30)   NOT NULL,
    stage         VARCHAR(20)   NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    filename      VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    sm3           VARCHAR(64)   NOT NULL,
    storage_key   VARCHAR(200)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL
);
CREATE INDEX evidence_case_idx ON evidence (case_id);
CREATE INDEX evidence_sha256_idx ON evidence (sha256);

-- 调阅: every opening of evidence, by whom, why.
CREATE TABLE evidence_retrieval
(
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    evidence_id  VARCHAR(36)  NOT NULL REFERENCES evidence (id),
    case_id      VARCHAR(36)  NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    on_case      BOOLEAN      NOT NULL,
    reason       VARCHAR(300),
    range_header VARCHAR(100),
    retrieved_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evidence_retrieval_case_idx ON evidence_retrieval (case_id);
