-- 执法主体与人员: enforcement agencies in their hierarchy, and their officers with certificates.
CREATE TABLE agency
(
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    name                 VARCHAR(100) NOT NULL UNIQUE,
    short_name           VARCHAR(20)  NOT NULL,
    parent_id            VARCHAR(36) REFERENCES agency (id),
    level                VARCHAR(10)  NOT NULL,
    credit_code          VARCHAR(18)  NOT NULL UNIQUE,
    region_code          VARCHAR(12)  NOT NULL,
    qualification_basis  VARCHAR(500) NOT NULL,
    address              VARCHAR(200) NOT NULL,
    phone                VARCHAR(40),
    reconsideration_body VARCHAR(200) NOT NULL,
    court                VARCHAR(200) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    version              INT          NOT NULL
);
CREATE INDEX agency_parent_idx ON agency (parent_id);

CREATE TABLE officer
(
    id                          VARCHAR(36)  NOT NULL PRIMARY KEY,
    agency_id                   VARCHAR(36)  NOT NULL REFERENCES agency (id),
    name                        VARCHAR(50)  NOT NULL,
    post                        VARCHAR(50)  NOT NULL,
    id_number                   VARCHAR(18)  NOT NULL UNIQUE,
    phone                       VARCHAR(30)  NOT NULL,
    certificate_number          VARCHAR(40)  NOT NULL UNIQUE,
    certificate_issuer          VARCHAR(100) NOT NULL,
    certificate_valid_from      DATE         NOT NULL,
    certificate_valid_until     DATE         NOT NULL,
    area                        VARCHAR(200) NOT NULL,
    fields                      VARCHAR(200) NOT NULL,
    status                      VARCHAR(12)  NOT NULL,
    legal_reviewer              BOOLEAN      NOT NULL,
    legal_qualification_number  VARCHAR(40),
    review_started_on           DATE,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by                  VARCHAR(64)  NOT NULL,
    version                     INT          NOT NULL
);
CREATE INDEX officer_agency_idx ON officer (agency_id);
CREATE INDEX officer_name_idx ON officer (name);
