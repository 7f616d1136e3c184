-- LeadKit schema 5 for SQLite: the rest of the field reference on leads and business contacts, and
-- the workspace's picklists.
-- picklists holds one row per workspace and list (kind 0 = lead sources, 1 = ratings) once the
-- workspace saved it (a list never saved reads as its defaults): its version (bumped by every
-- change, so concurrent "add a new source" writes retry instead of overwriting each other) and its
-- entries as a JSON array in LeadKit's format.
-- The new record columns are the filter and sort keys of the new fields (folded text, dates,
-- flags); the JSON document stays the source of truth. Rows written before this migration get the
-- defaults (no text, not flagged, active); business contacts whose document still holds an old
-- "details" member get their Details keys when next saved.

CREATE TABLE picklists (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    kind INTEGER NOT NULL,
    version INTEGER NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (workspace_id, kind)
);

ALTER TABLE leads ADD COLUMN department_key TEXT NULL;
ALTER TABLE leads ADD COLUMN office_key TEXT NULL;
ALTER TABLE leads ADD COLUMN profession_key TEXT NULL;
ALTER TABLE leads ADD COLUMN manager_key TEXT NULL;
ALTER TABLE leads ADD COLUMN assistant_key TEXT NULL;
ALTER TABLE leads ADD COLUMN nickname_key TEXT NULL;
ALTER TABLE leads ADD COLUMN phonetic_first_key TEXT NULL;
ALTER TABLE leads ADD COLUMN phonetic_last_key TEXT NULL;
ALTER TABLE leads ADD COLUMN phonetic_company_key TEXT NULL;
ALTER TABLE leads ADD COLUMN spouse_key TEXT NULL;
ALTER TABLE leads ADD COLUMN im_address_key TEXT NULL;
ALTER TABLE leads ADD COLUMN territory_key TEXT NULL;
ALTER TABLE leads ADD COLUMN preferred_contact_key TEXT NULL;
ALTER TABLE leads ADD COLUMN birthday TEXT NULL;
ALTER TABLE leads ADD COLUMN anniversary TEXT NULL;
ALTER TABLE leads ADD COLUMN do_not_call INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN do_not_email INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN do_not_fax INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN do_not_send_letter INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

ALTER TABLE contacts ADD COLUMN department_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN office_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN profession_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN manager_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN assistant_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN nickname_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN phonetic_first_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN phonetic_last_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN phonetic_company_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN spouse_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN im_address_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN territory_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN preferred_contact_key TEXT NULL;
ALTER TABLE contacts ADD COLUMN birthday TEXT NULL;
ALTER TABLE contacts ADD COLUMN anniversary TEXT NULL;
ALTER TABLE contacts ADD COLUMN do_not_call INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN do_not_email INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN do_not_fax INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN do_not_send_letter INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

CREATE INDEX ix_leads_active ON leads (workspace_id, active, id);
CREATE INDEX ix_leads_territory ON leads (workspace_id, territory_key, id);
CREATE INDEX ix_contacts_active ON contacts (workspace_id, active, id);
CREATE INDEX ix_contacts_territory ON contacts (workspace_id, territory_key, id);
