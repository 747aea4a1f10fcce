-- 防篡改账本: one append-only log for the whole product (seed §二(二)1, 5: 全过程留痕、可追溯).
-- An entry is written in the same transaction as the change it records; a single sequencer later gives it
-- its place (log_index) in the Merkle tree of RFC 6962. Entries hold hashes, never the personal data itself:
-- the content an entry covers is kept beside it in ledger_content, which can be erased without touching the log.
CREATE TABLE ledger_entry
(
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    -- the place in the log; until the sequencer gives it, a negative placeholder from ledger_pending (so the
    -- unique index holds no NULLs, which H2 checks one by one) in the order the entries were written
    log_index    BIGINT       NOT NULL,
    subject_type VARCHAR(20)  NOT NULL,
    subject_id   VARCHAR(36)  NOT NULL,
    record_ref   VARCHAR(36)  NOT NULL,
    stage        VARCHAR(30)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    leaf_hash    VARCHAR(64)  NOT NULL,
    sequenced_at TIMESTAMP WITH TIME ZONE,
    -- the database refuses a second entry at an index: concurrent sequencers cannot fork the log
    CONSTRAINT ledger_entry_index_unique UNIQUE (log_index)
);
CREATE INDEX ledger_entry_subject_idx ON ledger_entry (subject_type, subject_id);
CREATE SEQUENCE ledger_pending START WITH 1;

-- VARCHAR, not TEXT: H2 keeps TEXT as a large object outside the row, several times slower and larger for
-- contents of a few hundred bytes; a step's content is far below the limit.
CREATE TABLE ledger_content
(
    entry_id VARCHAR(36)       NOT NULL PRIMARY KEY REFERENCES ledger_entry (id),
    content  VARCHAR(1000000)  NOT NULL
);

-- Hashes of the complete subtrees above the leaves: level L, index i covers leaves [i*2^L, (i+1)*2^L).
CREATE TABLE ledger_node
(
    node_level INT         NOT NULL,
    node_index BIGINT      NOT NULL,
    hash       VARCHAR(64) NOT NULL,
    PRIMARY KEY (node_level, node_index)
);

-- The sequencer's position: one row, locked while entries are given their indices.
CREATE TABLE ledger_head
(
    id         INT         NOT NULL PRIMARY KEY,
    tree_size  BIGINT      NOT NULL,
    root_hash  VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO ledger_head (id, tree_size, root_hash, updated_at)
VALUES (1, 0, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', CURRENT_TIMESTAMP);

-- Signed checkpoints (size, root, time), published on the portal for anyone to keep.
CREATE TABLE ledger_checkpoint
(
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    tree_size  BIGINT       NOT NULL,
    root_hash  VARCHAR(64)  NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    algorithm  VARCHAR(20)  NOT NULL,
    signature  VARCHAR(400) NOT NULL,
    public_key VARCHAR(400) NOT NULL
);
CREATE INDEX ledger_checkpoint_size_idx ON ledger_checkpoint (tree_size);

-- Whole-log verifications run as jobs; their progress and findings are kept.
CREATE TABLE ledger_verification
(
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    requested_by VARCHAR(64) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    state        VARCHAR(20) NOT NULL,
    processed    BIGINT      NOT NULL,
    total        BIGINT      NOT NULL,
    valid        BOOLEAN,
    problems     TEXT
);

-- ShedLock: jobs that must run on one node of a cluster at a time.
CREATE TABLE shedlock
(
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
