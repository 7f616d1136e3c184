-- LeadKit schema 6 for PostgreSQL: the record index of history_items holds record_id alone, as on
-- SQLite (where this version also stores the table's GUIDs in 16 bytes, as uuid already is here).
-- history_items grows by one row per record and edit, and every insert maintains this index: the
-- old key (workspace_id, record_kind, record_id, occurred_at, id) took about three times the space.
-- Every query names the record's id; the workspace and kind are checked on the row, and a record's
-- few items are ordered by occurred_at, id after the lookup.

DROP INDEX ix_history_items_record;
CREATE INDEX ix_history_items_record ON history_items (record_id);
