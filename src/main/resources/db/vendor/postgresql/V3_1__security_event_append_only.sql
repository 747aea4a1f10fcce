-- The audit log can only grow: the database itself refuses to change or remove a record.
CREATE FUNCTION security_event_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'security_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER security_event_append_only
    BEFORE UPDATE OR DELETE ON security_event
    FOR EACH ROW EXECUTE FUNCTION security_event_refuse_change();
