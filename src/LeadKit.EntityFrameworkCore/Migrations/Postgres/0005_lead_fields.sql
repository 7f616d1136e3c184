-- LeadKit schema 5 for PostgreSQL: the rest of the field reference on leads and business contacts, and
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
    workspace_id uuid NOT NULL REFERENCES workspaces (id),
    kind integer NOT NULL,
    version bigint NOT NULL,
    document json NOT NULL,
    PRIMARY KEY (workspace_id, kind)
);

ALTER TABLE leads ADD COLUMN department_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN office_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN profession_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN manager_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN assistant_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN nickname_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN phonetic_first_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN phonetic_last_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN phonetic_company_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN spouse_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN im_address_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN territory_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN preferred_contact_key text COLLATE "C" NULL;
ALTER TABLE leads ADD COLUMN birthday date NULL;
ALTER TABLE leads ADD COLUMN anniversary date NULL;
ALTER TABLE leads ADD COLUMN do_not_call boolean NOT NULL DEFAULT FALSE;
ALTER TABLE leads ADD COLUMN do_not_email boolean NOT NULL DEFAULT FALSE;
ALTER TABLE leads ADD COLUMN do_not_fax boolean NOT NULL DEFAULT FALSE;
ALTER TABLE leads ADD COLUMN do_not_send_letter boolean NOT NULL DEFAULT FALSE;
ALTER TABLE leads ADD COLUMN active boolean NOT NULL DEFAULT TRUE;

ALTER TABLE contacts ADD COLUMN department_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN office_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN profession_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN manager_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN assistant_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN nickname_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN phonetic_first_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN phonetic_last_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN phonetic_company_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN spouse_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN im_address_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN territory_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN preferred_contact_key text COLLATE "C" NULL;
ALTER TABLE contacts ADD COLUMN birthday date NULL;
ALTER TABLE contacts ADD COLUMN anniversary date NULL;
ALTER TABLE contacts ADD COLUMN do_not_call boolean NOT NULL DEFAULT FALSE;
ALTER TABLE contacts ADD COLUMN do_not_email boolean NOT NULL DEFAULT FALSE;
ALTER TABLE contacts ADD COLUMN do_not_fax boolean NOT NULL DEFAULT FALSE;
ALTER TABLE contacts ADD COLUMN do_not_send_letter boolean NOT NULL DEFAULT FALSE;
ALTER TABLE contacts ADD COLUMN active boolean NOT NULL DEFAULT TRUE;

CREATE INDEX ix_leads_active ON leads (workspace_id, active, id);
CREATE INDEX ix_leads_territory ON leads (workspace_id, territory_key, id);
CREATE INDEX ix_contacts_active ON contacts (workspace_id, active, id);
CREATE INDEX ix_contacts_territory ON contacts (workspace_id, territory_key, id);
