-- Evidence: what the audio-video checklist (音像记录清单, seed §二(二)3) needs to know of each item — the stage
-- of enforcement it records and the step it documents — and the recording itself: device, officer, time, place.
ALTER TABLE evidence ADD COLUMN av_stage VARCHAR(30);
ALTER TABLE evidence ADD COLUMN step_id VARCHAR(36);
ALTER TABLE evidence ADD COLUMN device VARCHAR(100);
ALTER TABLE evidence ADD COLUMN officer_id VARCHAR(36);
ALTER TABLE evidence ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE evidence ADD COLUMN recorded_place VARCHAR(200);
ALTER TABLE evidence ADD COLUMN upload_id VARCHAR(36);
CREATE INDEX evidence_case_av_idx ON evidence (case_id, av_stage);

-- A resumable upload of one evidence file. The row is committed before any byte is stored and names the key the
-- object will have, so every stored object belongs to an evidence row or to an upload still OPEN or COMPLETING.
-- OPEN: chunks are coming (received_bytes so far, parts written, SHA-256 and SM3 states after them);
-- COMPLETING: every byte is in and fixed, the object is being made to appear and its evidence row written;
-- COMPLETED (evidence_id set), ABORTED, EXPIRED (staged data released once released is true).
CREATE TABLE evidence_upload
(
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id        VARCHAR(36)   NOT NULL REFERENCES case_file (id),
    state          VARCHAR(20)   NOT NULL,
    storage_key    VARCHAR(400)  NOT NULL,
    staging_id     VARCHAR(1024),
    filename       VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    received_bytes BIGINT        NOT NULL,
    parts          TEXT          NOT NULL,
    sha256_state   VARCHAR(1000) NOT NULL,
    sm3_state      VARCHAR(1000) NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    stage          VARCHAR(20)   NOT NULL,
    description    VARCHAR(500)  NOT NULL,
    av_stage       VARCHAR(30),
    step_id        VARCHAR(36),
    device         VARCHAR(100),
    officer_id     VARCHAR(36),
    recorded_at    TIMESTAMP WITH TIME ZONE,
    recorded_place VARCHAR(200),
    evidence_id    VARCHAR(36),
    released       BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evidence_upload_state_idx ON evidence_upload (state, updated_at);
CREATE INDEX evidence_upload_case_idx ON evidence_upload (case_id);

-- (ShedLock's table comes with the ledger, V9.)
