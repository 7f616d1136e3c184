-- LeadKit schema 4 for SQLite: recorded operations (bulk edits, assignments, undos) and their undo
-- entries, so that an operation can be undone from another process. An operation is one row of
-- operations (its summary as a JSON document in LeadKit's format, plus the columns that list and
-- find it); its undo entries are stored a batch at a time in operation_entries, each row a JSON
-- array of {record, version, before} objects (see OperationUndoEntry), in the order written.

CREATE TABLE operations (
    id TEXT NOT NULL PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    at TEXT NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX ix_operations_recent ON operations (workspace_id, at, id);

CREATE TABLE operation_entries (
    operation_id TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    entries TEXT NOT NULL,
    PRIMARY KEY (operation_id, chunk)
);
