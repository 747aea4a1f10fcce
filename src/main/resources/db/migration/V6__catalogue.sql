-- 执法事项与清单: what an agency publishes before it acts (seed §二(一)2, LAW.md §4).

-- 权责清单: one enforcement matter of one agency. Enumerated sets are kept as comma lists because they
-- are read and written whole; the legal basis and the fine bounds are rows because they are queried.
CREATE TABLE matter
(
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    agency_id       VARCHAR(36)   NOT NULL REFERENCES agency (id),
    code            VARCHAR(40)   NOT NULL,
    category        VARCHAR(30)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    responsibility  VARCHAR(2000) NOT NULL,
    time_limit_days INT,
    time_limit_unit VARCHAR(16),
    time_limit_rule VARCHAR(40),
    fees            VARCHAR(200)  NOT NULL,
    accepting_body  VARCHAR(100)  NOT NULL,
    approving_body  VARCHAR(100)  NOT NULL,
    conditions      VARCHAR(2000) NOT NULL,
    materials       VARCHAR(2000) NOT NULL,
    steps           VARCHAR(400)  NOT NULL,
    penalty_kinds   VARCHAR(200)  NOT NULL,
    av_stages       VARCHAR(300)  NOT NULL,
    update_due      DATE,
    update_cause    VARCHAR(300),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    version         INT           NOT NULL,
    CONSTRAINT matter_code_uk UNIQUE (agency_id, code)
);
CREATE INDEX matter_category_idx ON matter (agency_id, category);
CREATE INDEX matter_code_idx ON matter (code);

CREATE TABLE matter_basis
(
    matter_id VARCHAR(36)  NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
    position  INT          NOT NULL,
    law       VARCHAR(100) NOT NULL,
    article   INT          NOT NULL,
    paragraph INT,
    item      INT,
    PRIMARY KEY (matter_id, position)
);
CREATE INDEX matter_basis_law_idx ON matter_basis (law);

-- The statute's fine bounds: yuan for FIXED, multiples of illegal income or turnover otherwise.
CREATE TABLE matter_fine_bound
(
    matter_id VARCHAR(36)    NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
    basis     VARCHAR(20)    NOT NULL,
    min_value DECIMAL(14, 2) NOT NULL,
    max_value DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (matter_id, basis)
);

-- 裁量基准 (行政处罚法 Art. 34): circumstance levels of one penalty matter.
CREATE TABLE discretion_level
(
    matter_id   VARCHAR(36)    NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
    position    INT            NOT NULL,
    level       VARCHAR(10)    NOT NULL,
    label       VARCHAR(20)    NOT NULL,
    penalties   VARCHAR(200)   NOT NULL,
    fine_basis  VARCHAR(20),
    fine_min    DECIMAL(14, 2),
    fine_max    DECIMAL(14, 2),
    description VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (matter_id, position),
    CONSTRAINT discretion_level_uk UNIQUE (matter_id, level)
);

CREATE TABLE discretion_circumstance
(
    matter_id   VARCHAR(36)  NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
    code        VARCHAR(20)  NOT NULL,
    level       VARCHAR(10)  NOT NULL,
    position    INT          NOT NULL,
    description VARCHAR(300) NOT NULL,
    PRIMARY KEY (matter_id, code)
);

-- 随机抽查事项清单.
CREATE TABLE inspection_item
(
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    agency_id       VARCHAR(36)   NOT NULL REFERENCES agency (id),
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    basis           VARCHAR(500)  NOT NULL,
    inspecting_body VARCHAR(500)  NOT NULL,
    objects         VARCHAR(500)  NOT NULL,
    ratio           DECIMAL(5, 4) NOT NULL,
    frequency       VARCHAR(500)  NOT NULL,
    method          VARCHAR(500)  NOT NULL,
    content         VARCHAR(2000) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    version         INT           NOT NULL,
    CONSTRAINT inspection_item_code_uk UNIQUE (agency_id, code)
);

-- 重大执法决定法制审核目录清单: a decision matching any rule is major.
CREATE TABLE review_rule
(
    id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    agency_id    VARCHAR(36)    NOT NULL REFERENCES agency (id),
    act_type     VARCHAR(30)    NOT NULL,
    field        VARCHAR(50),
    penalty_kind VARCHAR(20),
    min_amount   DECIMAL(14, 2),
    hearing_held BOOLEAN,
    description  VARCHAR(300)   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(64)    NOT NULL,
    version      INT            NOT NULL
);
CREATE INDEX review_rule_agency_idx ON review_rule (agency_id);

-- 救济和监督渠道 besides reconsideration and litigation, which come from the agency itself.
CREATE TABLE remedy_channel
(
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    agency_id  VARCHAR(36)  NOT NULL REFERENCES agency (id),
    kind       VARCHAR(20)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    address    VARCHAR(200),
    phone      VARCHAR(40),
    hours      VARCHAR(100),
    note       VARCHAR(500),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    version    INT          NOT NULL
);
CREATE INDEX remedy_channel_agency_idx ON remedy_channel (agency_id);

-- 窗口岗位信息.
CREATE TABLE service_window
(
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    agency_id  VARCHAR(36)  NOT NULL REFERENCES agency (id),
    name       VARCHAR(100) NOT NULL,
    post       VARCHAR(50)  NOT NULL,
    duties     VARCHAR(500) NOT NULL,
    hours      VARCHAR(100) NOT NULL,
    location   VARCHAR(200) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    version    INT          NOT NULL
);
CREATE INDEX service_window_agency_idx ON service_window (agency_id);

-- Every change to any list: who, when, why, and the item as it then was.
CREATE TABLE catalogue_change
(
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    agency_id    VARCHAR(36)  NOT NULL REFERENCES agency (id),
    subject_type VARCHAR(20)  NOT NULL,
    subject_id   VARCHAR(36)  NOT NULL,
    subject_code VARCHAR(40),
    action       VARCHAR(10)  NOT NULL,
    version      INT          NOT NULL,
    reason       VARCHAR(300) NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    snapshot     TEXT         NOT NULL
);
CREATE INDEX catalogue_change_subject_idx ON catalogue_change (subject_id, changed_at);
CREATE INDEX catalogue_change_agency_idx ON catalogue_change (agency_id, changed_at);

-- A change of law or of the agency's functions that obliges it to update its public lists within
-- 20 working days (seed §二(一)5(1)).
CREATE TABLE catalogue_trigger
(
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    agency_id    VARCHAR(36)  NOT NULL REFERENCES agency (id),
    kind         VARCHAR(10)  NOT NULL,
    law          VARCHAR(100),
    effective_on DATE         NOT NULL,
    due          DATE         NOT NULL,
    description  VARCHAR(300) NOT NULL,
    affected     INT          NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL
);
CREATE INDEX catalogue_trigger_agency_idx ON catalogue_trigger (agency_id);
