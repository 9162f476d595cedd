-- Versions of the rule set (issue 14). Every stored rule set is already kept in the tables of V1, one
-- rule_set row each; this numbers them as a history (1, 2, 3 ... in the order they were stored), says
-- who saved each, and adds the counter of changes to what is in use, so that of two desks saving at
-- once (the same folder or a clinic server) the second is refused instead of silently replacing the first.
-- Which version is in use stays rule_set.active, as before, so existing folders keep working.
-- SQL that both H2 and PostgreSQL accept.

ALTER TABLE rule_set ADD COLUMN version_no INTEGER;
ALTER TABLE rule_set ADD COLUMN saved_by VARCHAR(200);

-- the versions a folder already holds, numbered in the order they were stored
UPDATE rule_set SET version_no = (SELECT COUNT(*) FROM rule_set earlier WHERE earlier.id <= rule_set.id);

ALTER TABLE rule_set ALTER COLUMN version_no SET NOT NULL;
ALTER TABLE rule_set ADD CONSTRAINT rule_set_version_no_unique UNIQUE (version_no);

-- 'edited': saved from the window's Content screen
ALTER TABLE rule_set DROP CONSTRAINT rule_set_source_check;
ALTER TABLE rule_set ADD CONSTRAINT rule_set_source_check CHECK (source IN ('bundled', 'imported', 'edited'));

-- One row: how many times the rule set in use has changed. A save names the count it started from and
-- is refused when another one came first (UPDATE ... WHERE changes = ? touches no row).
CREATE TABLE rule_set_in_use (
    id      INTEGER PRIMARY KEY,
    changes BIGINT  NOT NULL,
    CONSTRAINT rule_set_in_use_one_row CHECK (id = 1)
);

INSERT INTO rule_set_in_use (id, changes) VALUES (1, 0);
