-- The push sends a publication's messages in the order they were queued: a message waits while an earlier one of
-- its publication is undelivered. This index finds that earlier one without reading the whole outbox.
CREATE INDEX publication_outbox_publication_idx ON publication_outbox (publication_id, created_at);
