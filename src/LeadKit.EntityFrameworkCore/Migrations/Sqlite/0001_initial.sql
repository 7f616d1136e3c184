-- LeadKit schema 1 for SQLite. Identifiers are upper-case GUID text ("D" format, so text order
-- is GUID order); instants are fixed-width ISO-8601 UTC text with nine fraction digits (text
-- order is time order, nanoseconds kept); dates are ISO yyyy-MM-dd text. Columns named *_key
-- hold text folded to upper case, which is how the filter language compares and sorts
-- ("ordinal, ignoring case"); the exact record is the JSON document.

CREATE TABLE workspaces (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    display_name TEXT NOT NULL,
    display_key TEXT NOT NULL,
    is_active INTEGER NOT NULL
);
CREATE INDEX ix_users_workspace ON users (workspace_id, display_key, id);

CREATE TABLE custom_fields (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    record_kind INTEGER NOT NULL,
    name_key TEXT NOT NULL,
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (workspace_id, record_kind, name_key)
);

CREATE TABLE leads (
    id TEXT NOT NULL PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    version INTEGER NOT NULL,
    name_key TEXT NOT NULL,
    first_key TEXT NULL,
    middle_key TEXT NULL,
    last_key TEXT NULL,
    file_as_key TEXT NULL,
    title_key TEXT NULL,
    company_key TEXT NULL,
    account_key TEXT NULL,
    assigned_to TEXT NULL,
    assigned_to_key TEXT NULL,
    source_key TEXT NULL,
    rating_key TEXT NULL,
    initiated_by_key TEXT NULL,
    area_of_interest_key TEXT NULL,
    web_page_key TEXT NULL,
    score_type_key TEXT NOT NULL,
    manual_stars INTEGER NULL,
    comments_key TEXT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    converted INTEGER NOT NULL,
    converted_to TEXT NULL,
    document TEXT NOT NULL
);
CREATE INDEX ix_leads_workspace ON leads (workspace_id, id);
CREATE INDEX ix_leads_name ON leads (workspace_id, name_key, id);
CREATE INDEX ix_leads_file_as ON leads (workspace_id, file_as_key, id);
CREATE INDEX ix_leads_company ON leads (workspace_id, company_key, id);
CREATE INDEX ix_leads_assigned_to ON leads (workspace_id, assigned_to);
CREATE INDEX ix_leads_source ON leads (workspace_id, source_key);
CREATE INDEX ix_leads_rating ON leads (workspace_id, rating_key);
CREATE INDEX ix_leads_created ON leads (workspace_id, created_at, id);
CREATE INDEX ix_leads_modified ON leads (workspace_id, modified_at, id);

CREATE TABLE contacts (
    id TEXT NOT NULL PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    version INTEGER NOT NULL,
    name_key TEXT NOT NULL,
    first_key TEXT NULL,
    middle_key TEXT NULL,
    last_key TEXT NULL,
    file_as_key TEXT NULL,
    title_key TEXT NULL,
    company_key TEXT NULL,
    account_key TEXT NULL,
    assigned_to TEXT NULL,
    assigned_to_key TEXT NULL,
    source_key TEXT NULL,
    rating_key TEXT NULL,
    initiated_by_key TEXT NULL,
    area_of_interest_key TEXT NULL,
    web_page_key TEXT NULL,
    score_type_key TEXT NOT NULL,
    manual_stars INTEGER NULL,
    comments_key TEXT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    converted INTEGER NOT NULL,
    converted_from TEXT NULL,
    document TEXT NOT NULL
);
CREATE INDEX ix_contacts_workspace ON contacts (workspace_id, id);
CREATE INDEX ix_contacts_name ON contacts (workspace_id, name_key, id);
CREATE INDEX ix_contacts_file_as ON contacts (workspace_id, file_as_key, id);
CREATE INDEX ix_contacts_company ON contacts (workspace_id, company_key, id);
CREATE INDEX ix_contacts_assigned_to ON contacts (workspace_id, assigned_to);
CREATE INDEX ix_contacts_modified ON contacts (workspace_id, modified_at, id);

-- Multi-valued, filterable parts of leads (record_kind 0) and contacts (record_kind 1).
CREATE TABLE record_emails (
    record_kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    address_key TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
);
CREATE INDEX ix_record_emails_address ON record_emails (address_key);

CREATE TABLE record_phones (
    record_kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    digits TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
);
CREATE INDEX ix_record_phones_digits ON record_phones (digits);

CREATE TABLE record_addresses (
    record_kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    city_key TEXT NULL,
    state_key TEXT NULL,
    postal_code_key TEXT NULL,
    country_key TEXT NULL,
    PRIMARY KEY (record_kind, record_id, position)
);
CREATE INDEX ix_record_addresses_city ON record_addresses (city_key);

CREATE TABLE record_criteria (
    record_kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    criterion_key TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
);
CREATE INDEX ix_record_criteria_criterion ON record_criteria (criterion_key);

-- type_rank orders values of different types as the filter language does: yes/no 0, number 1,
-- date 2, text 4. Numbers are REAL here (SQLite has no decimal type); the document is exact.
CREATE TABLE record_custom_values (
    record_kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    name_key TEXT NOT NULL,
    type_rank INTEGER NOT NULL,
    number_value REAL NULL,
    date_value TEXT NULL,
    text_key TEXT NULL,
    PRIMARY KEY (record_kind, record_id, name_key)
);
CREATE INDEX ix_record_custom_values_number ON record_custom_values (name_key, type_rank, number_value);
CREATE INDEX ix_record_custom_values_text ON record_custom_values (name_key, text_key);

CREATE TABLE history_items (
    id TEXT NOT NULL PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    record_kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    item_type TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX ix_history_items_record ON history_items (workspace_id, record_kind, record_id, occurred_at, id);

CREATE TABLE opportunities (
    id TEXT NOT NULL PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    record_kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    stage INTEGER NOT NULL,
    probability INTEGER NOT NULL,
    currency_code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX ix_opportunities_record ON opportunities (workspace_id, record_kind, record_id, created_at, id);
