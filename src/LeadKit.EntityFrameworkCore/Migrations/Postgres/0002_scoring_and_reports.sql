-- LeadKit schema 2 for PostgreSQL: the workspace's scoring profile and its saved reports (one JSON
-- document each, in LeadKit's JSON format), and the stored score of every record so that filters,
-- sorts and reports can use it: stars is the displayed star count (the manual stars, capped at
-- five, for a manual score; 0 until a record is first scored) and score_points the signed points
-- of the last automatic score (NULL until then).

CREATE TABLE scoring_profiles (
    workspace_id uuid NOT NULL PRIMARY KEY REFERENCES workspaces (id),
    version bigint NOT NULL,
    document json NOT NULL
);

CREATE TABLE saved_reports (
    workspace_id uuid NOT NULL REFERENCES workspaces (id),
    name_key text COLLATE "C" NOT NULL,
    name text NOT NULL,
    document json NOT NULL,
    PRIMARY KEY (workspace_id, name_key)
);

ALTER TABLE leads ADD COLUMN stars integer NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN score_points integer NULL;
ALTER TABLE contacts ADD COLUMN stars integer NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN score_points integer NULL;
UPDATE leads SET stars = LEAST(manual_stars, 5) WHERE score_type_key = 'MANUAL' AND manual_stars IS NOT NULL;
UPDATE contacts SET stars = LEAST(manual_stars, 5) WHERE score_type_key = 'MANUAL' AND manual_stars IS NOT NULL;
CREATE INDEX ix_leads_stars ON leads (workspace_id, stars, id);
CREATE INDEX ix_contacts_stars ON contacts (workspace_id, stars, id);
