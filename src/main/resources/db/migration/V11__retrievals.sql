-- 调阅 (seed §二(二)5-6): one log of every opening of a case's records — the case itself, its documents, its
-- evidence and its exports — with who, when, what and why. The product only ever inserts into it.
-- retrieved_local is the same instant as wall-clock time in Asia/Shanghai, so that supervision can ask for
-- openings outside working hours or on days off the same way on every database.
CREATE TABLE retrieval
(
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_id         VARCHAR(36)  NOT NULL REFERENCES case_file (id),
    agency_id       VARCHAR(36)  NOT NULL,
    subject_kind    VARCHAR(20)  NOT NULL,
    subject_id      VARCHAR(36)  NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(100),
    on_case         BOOLEAN      NOT NULL,
    reason          VARCHAR(300),
    range_header    VARCHAR(100),
    retrieved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    retrieved_local TIMESTAMP    NOT NULL,
    client_address  VARCHAR(64)
);
CREATE INDEX retrieval_case_idx ON retrieval (case_id, retrieved_at);
CREATE INDEX retrieval_agency_idx ON retrieval (agency_id, retrieved_local);
CREATE INDEX retrieval_user_idx ON retrieval (username, retrieved_at);
CREATE INDEX retrieval_subject_idx ON retrieval (subject_id, username, retrieved_at);

INSERT INTO retrieval (id, case_id, agency_id, subject_kind, subject_id, username, display_name, on_case, reason,
                       range_header, retrieved_at, retrieved_local, client_address)
SELECT r.id, r.case_id, c.agency_id, 'EVIDENCE', r.evidence_id, r.username, NULL, r.on_case, r.reason,
       r.range_header, r.retrieved_at, CAST(TO_CHAR(r.retrieved_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') AS TIMESTAMP), NULL
FROM evidence_retrieval r
         JOIN case_file c ON c.id = r.case_id;

-- (Through text: H2 casts a zoned timestamp to a plain one in the session's zone, PostgreSQL AT TIME ZONE does not.)

DROP TABLE evidence_retrieval;
