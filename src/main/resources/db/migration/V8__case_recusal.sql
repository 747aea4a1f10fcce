-- 回避 (行政处罚法 Art. 43): an officer who withdrew from a case stays on record but no longer acts on it.
ALTER TABLE case_officer ADD COLUMN recused_on DATE;
ALTER TABLE case_officer ADD COLUMN recusal_reason VARCHAR(300);
