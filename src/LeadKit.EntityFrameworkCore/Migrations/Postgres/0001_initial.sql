-- LeadKit schema 1 for PostgreSQL. Instants are timestamptz (microseconds; the JSON document keeps
-- nanoseconds), identifiers uuid, numbers numeric, documents json (kept as written). Columns named
-- *_key hold text folded to upper case and use the "C" collation, so comparisons and ORDER BY are
-- by code point, whatever the database locale: the filter language compares "ordinal, ignoring case".

CREATE TABLE workspaces (
    id uuid NOT NULL PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE users (
    id uuid NOT NULL PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces (id),
    display_name text NOT NULL,
    display_key text COLLATE "C" NOT NULL,
    is_active boolean NOT NULL
);
CREATE INDEX ix_users_workspace ON users (workspace_id, display_key, id);

CREATE TABLE custom_fields (
    workspace_id uuid NOT NULL REFERENCES workspaces (id),
    record_kind integer NOT NULL,
    name_key text COLLATE "C" NOT NULL,
    name text NOT NULL,
    document json NOT NULL,
    PRIMARY KEY (workspace_id, record_kind, name_key)
);

CREATE TABLE leads (
    id uuid NOT NULL PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces (id),
    version bigint NOT NULL,
    name_key text COLLATE "C" NOT NULL,
    first_key text COLLATE "C" NULL,
    middle_key text COLLATE "C" NULL,
    last_key text COLLATE "C" NULL,
    file_as_key text COLLATE "C" NULL,
    title_key text COLLATE "C" NULL,
    company_key text COLLATE "C" NULL,
    account_key text COLLATE "C" NULL,
    assigned_to uuid NULL,
    assigned_to_key text COLLATE "C" NULL,
    source_key text COLLATE "C" NULL,
    rating_key text COLLATE "C" NULL,
    initiated_by_key text COLLATE "C" NULL,
    area_of_interest_key text COLLATE "C" NULL,
    web_page_key text COLLATE "C" NULL,
    score_type_key text COLLATE "C" NOT NULL,
    manual_stars integer NULL,
    comments_key text COLLATE "C" NULL,
    created_at timestamptz NOT NULL,
    modified_at timestamptz NOT NULL,
    converted boolean NOT NULL,
    converted_to uuid NULL,
    document json NOT NULL
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
    id uuid NOT NULL PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces (id),
    version bigint NOT NULL,
    name_key text COLLATE "C" NOT NULL,
    first_key text COLLATE "C" NULL,
    middle_key text COLLATE "C" NULL,
    last_key text COLLATE "C" NULL,
    file_as_key text COLLATE "C" NULL,
    title_key text COLLATE "C" NULL,
    company_key text COLLATE "C" NULL,
    account_key text COLLATE "C" NULL,
    assigned_to uuid NULL,
    assigned_to_key text COLLATE "C" NULL,
    source_key text COLLATE "C" NULL,
    rating_key text COLLATE "C" NULL,
    initiated_by_key text COLLATE "C" NULL,
    area_of_interest_key text COLLATE "C" NULL,
    web_page_key text COLLATE "C" NULL,
    score_type_key text COLLATE "C" NOT NULL,
    manual_stars integer NULL,
    comments_key text COLLATE "C" NULL,
    created_at timestamptz NOT NULL,
    modified_at timestamptz NOT NULL,
    converted boolean NOT NULL,
    converted_from uuid NULL,
    document json NOT NULL
);
CREATE INDEX ix_contacts_workspace ON contacts (workspace_id, id);
CREATE INDEX ix_contacts_name ON contacts (workspace_id, name_key, id);
CREATE INDEX ix_contacts_file_as ON contacts (workspace_id, file_as_key, id);
CREATE INDEX ix_contacts_company ON contacts (workspace_id, company_key, id);
CREATE INDEX ix_contacts_assigned_to ON contacts (workspace_id, assigned_to);
CREATE INDEX ix_contacts_modified ON contacts (workspace_id, modified_at, id);

-- Multi-valued, filterable parts of leads (record_kind 0) and contacts (record_kind 1).
CREATE TABLE record_emails (
    record_kind integer NOT NULL,
    record_id uuid NOT NULL,
    position integer NOT NULL,
    address_key text COLLATE "C" NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
);
CREATE INDEX ix_record_emails_address ON record_emails (address_key);

CREATE TABLE record_phones (
    record_kind integer NOT NULL,
    record_id uuid NOT NULL,
    position integer NOT NULL,
    digits text COLLATE "C" NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
);
CREATE INDEX ix_record_phones_digits ON record_phones (digits);

CREATE TABLE record_addresses (
    record_kind integer NOT NULL,
    record_id uuid NOT NULL,
    position integer NOT NULL,
    city_key text COLLATE "C" NULL,
    state_key text COLLATE "C" NULL,
    postal_code_key text COLLATE "C" NULL,
    country_key text COLLATE "C" NULL,
    PRIMARY KEY (record_kind, record_id, position)
);
CREATE INDEX ix_record_addresses_city ON record_addresses (city_key);

CREATE TABLE record_criteria (
    record_kind integer NOT NULL,
    record_id uuid NOT NULL,
    position integer NOT NULL,
    criterion_key text COLLATE "C" NOT NULL,
    checked_at timestamptz NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
);
CREATE INDEX ix_record_criteria_criterion ON record_criteria (criterion_key);

-- type_rank orders values of different types as the filter language does: yes/no 0, number 1,
-- date 2, text 4.
CREATE TABLE record_custom_values (
    record_kind integer NOT NULL,
    record_id uuid NOT NULL,
    name_key text COLLATE "C" NOT NULL,
    type_rank integer NOT NULL,
    number_value numeric NULL,
    date_value date NULL,
    text_key text COLLATE "C" NULL,
    PRIMARY KEY (record_kind, record_id, name_key)
);
CREATE INDEX ix_record_custom_values_number ON record_custom_values (name_key, type_rank, number_value);
CREATE INDEX ix_record_custom_values_text ON record_custom_values (name_key, text_key);

CREATE TABLE history_items (
    id uuid NOT NULL PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces (id),
    record_kind integer NOT NULL,
    record_id uuid NOT NULL,
    item_type text NOT NULL,
    occurred_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    document json NOT NULL
);
CREATE INDEX ix_history_items_record ON history_items (workspace_id, record_kind, record_id, occurred_at, id);

CREATE TABLE opportunities (
    id uuid NOT NULL PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces (id),
    record_kind integer NOT NULL,
    record_id uuid NOT NULL,
    stage integer NOT NULL,
    probability integer NOT NULL,
    currency_code text NOT NULL,
    created_at timestamptz NOT NULL,
    document json NOT NULL
);
CREATE INDEX ix_opportunities_record ON opportunities (workspace_id, record_kind, record_id, created_at, id);
