-- 重大执法决定法制审核 (seed §二(三), 行政处罚法 Art. 58). One row per review of a case: its state now. Every act
-- of it (submission, opinion, resubmission, escalation, coordination, a reviewer's recusal) is a step of the case
-- in case_step, and so in the full-process record; this table is what the queue and the decision gate read.
CREATE TABLE legal_review
(
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    case_id             VARCHAR(36)    NOT NULL REFERENCES case_file (id),
    agency_id           VARCHAR(36)    NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    round               INT            NOT NULL,
    explanation         VARCHAR(4000)  NOT NULL,
    proposed_decision   VARCHAR(20000) NOT NULL,
    submitted_by        VARCHAR(64)    NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    round_submitted_on  DATE           NOT NULL,
    due_on              DATE           NOT NULL,
    reviewer_officer_id VARCHAR(36),
    approved_via        VARCHAR(20),
    approved_on         DATE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX legal_review_case_idx ON legal_review (case_id, submitted_at);
CREATE INDEX legal_review_agency_idx ON legal_review (agency_id, status, due_on);

-- Reviewers who stood aside from one review (回避): they may not give its opinion.
CREATE TABLE legal_review_recusal
(
    review_id  VARCHAR(36) NOT NULL REFERENCES legal_review (id),
    officer_id VARCHAR(36) NOT NULL,
    reason     VARCHAR(300) NOT NULL,
    PRIMARY KEY (review_id, officer_id)
);

-- The agency's time limit for a review round, in working days (seed §二(三)4: 审核方式、时限).
CREATE TABLE review_setting
(
    agency_id        VARCHAR(36) NOT NULL PRIMARY KEY,
    time_limit_days  INT         NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
