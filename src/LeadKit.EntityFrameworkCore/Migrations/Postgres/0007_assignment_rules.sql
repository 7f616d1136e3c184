-- LeadKit schema 7 for PostgreSQL: the workspace's assignment rules, in order. A rule's position
-- is 1..n without gaps (renumbered by every change, so there is no unique index on it); its users
-- are their GUIDs separated by spaces, in order; mode is 0 (one user), 1 (round-robin) or 2 (by
-- load). last_assigned is the round-robin turn: the user the rule assigned last, NULL before its first.

CREATE TABLE assignment_rules (
    workspace_id uuid NOT NULL REFERENCES workspaces (id),
    id uuid NOT NULL,
    position integer NOT NULL,
    filter text NOT NULL,
    mode integer NOT NULL,
    users text NOT NULL,
    description text NULL,
    enabled boolean NOT NULL,
    last_assigned uuid NULL,
    PRIMARY KEY (workspace_id, id)
);

CREATE INDEX ix_assignment_rules_position ON assignment_rules (workspace_id, position);
