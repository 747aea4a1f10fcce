-- The audit log can only grow: the database itself refuses to change or remove a record.
CREATE TRIGGER security_event_append_only BEFORE UPDATE, DELETE ON security_event
    FOR EACH ROW CALL 'org.mingjing.identity.AppendOnlyTrigger';
