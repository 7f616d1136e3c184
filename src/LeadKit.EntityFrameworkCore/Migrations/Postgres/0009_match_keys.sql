-- LeadKit schema 9 for PostgreSQL: the duplicate match keys of every record, so that finding
-- duplicates in a workspace is one GROUP BY in the database.
-- One row per key of a record (MatchKeys.For: its e-mail keys, then its phone keys, then its name-and-company
-- key), written with the record's other child rows. rule is the DuplicateRule (0 e-mail, 1 phone,
-- 2 name and company); key_value is the normalised key; workspace_id repeats the record's, so a
-- workspace's keys are grouped from the index alone (an index-only scan in key order, no join), compared by code point. The keys depend on
-- the store's DuplicateMatchOptions (the phone region, the rules turned on), recorded in
-- leadkit_match_key_options: when the store is opened with other options, or right after this
-- migration, the store rebuilds every record's keys before it is used.

CREATE TABLE record_match_keys (
    record_kind integer NOT NULL,
    record_id uuid NOT NULL,
    position integer NOT NULL,
    workspace_id uuid NOT NULL,
    rule integer NOT NULL,
    key_value text COLLATE "C" NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
);
CREATE INDEX ix_record_match_keys_key ON record_match_keys (workspace_id, record_kind, rule, key_value, record_id);

CREATE TABLE leadkit_match_key_options (
    id integer NOT NULL PRIMARY KEY CHECK (id = 1),
    options text NOT NULL
);
