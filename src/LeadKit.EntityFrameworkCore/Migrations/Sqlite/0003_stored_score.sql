-- LeadKit schema 3 for SQLite: where each stored score comes from, so stale scores can be found by a
-- query (ContactRecord.IsScoreStale): the profile version it was computed with, the instant it was
-- computed for, the record version it describes and the instant the first check it counts lapses.
-- Rows scored before this migration have none of them and are stale until re-scored
-- (`leadkit score rescore --stale`). The stars column keeps the displayed stars LeadKit computed; from
-- here on SQL never recomputes them.

ALTER TABLE leads ADD COLUMN score_profile_version INTEGER NULL;
ALTER TABLE leads ADD COLUMN scored_at TEXT NULL;
ALTER TABLE leads ADD COLUMN scored_version INTEGER NULL;
ALTER TABLE leads ADD COLUMN score_expires_at TEXT NULL;
ALTER TABLE contacts ADD COLUMN score_profile_version INTEGER NULL;
ALTER TABLE contacts ADD COLUMN scored_at TEXT NULL;
ALTER TABLE contacts ADD COLUMN scored_version INTEGER NULL;
ALTER TABLE contacts ADD COLUMN score_expires_at TEXT NULL;
CREATE INDEX ix_leads_score_profile ON leads (workspace_id, score_profile_version, id);
CREATE INDEX ix_contacts_score_profile ON contacts (workspace_id, score_profile_version, id);
