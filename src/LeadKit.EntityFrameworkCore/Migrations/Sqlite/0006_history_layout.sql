-- LeadKit schema 6 for SQLite: a history layout that is cheaper to keep up to date.
-- history_items grows by one row per record and edit (a bulk edit of 100 000 leads adds 100 000),
-- and its record index, (workspace_id, record_kind, record_id, occurred_at, id) with every GUID as
-- 36 characters of text, took about 150 bytes an entry: an edit of every lead rewrote nearly every
-- page of it. From this version:
-- - id and record_id are 16-byte BLOBs, the GUID's bytes in RFC 4122 (big-endian) order, so byte
--   order is GUID order, the same order as the upper-case text form the other tables keep;
--   workspace_id stays text (it references workspaces.id);
-- - the record index holds record_id alone (about 20 bytes an entry with its rowid). Every query
--   names the record's id; the workspace and kind are checked on the row, and a record's few items
--   are ordered by occurred_at, id after the lookup.
-- The rows are copied in their order, converted with unhex (SQLite 3.41 or later, as bundled with
-- Microsoft.Data.Sqlite); an identifier that is not a GUID makes the migration fail (NOT NULL), so
-- nothing is lost silently.

CREATE TABLE history_items_v6 (
    id BLOB NOT NULL PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    record_kind INTEGER NOT NULL,
    record_id BLOB NOT NULL,
    item_type TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    document TEXT NOT NULL
);

INSERT INTO history_items_v6 (id, workspace_id, record_kind, record_id, item_type, occurred_at, created_at, document)
SELECT unhex(replace(id, '-', '')), workspace_id, record_kind, unhex(replace(record_id, '-', '')), item_type, occurred_at, created_at, document
FROM history_items
ORDER BY rowid;

DROP TABLE history_items;
ALTER TABLE history_items_v6 RENAME TO history_items;
CREATE INDEX ix_history_items_record ON history_items (record_id);
