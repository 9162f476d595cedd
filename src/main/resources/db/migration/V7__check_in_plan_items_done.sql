-- What helped (issue 15): the plan items a person says they did by a check-in (water, heat, stretching...),
-- as a JSON array of plan item ids like the other id lists. Existing check-ins noted none.
-- SQL that both H2 and PostgreSQL accept.

ALTER TABLE check_in ADD COLUMN plan_items_done VARCHAR(2000) DEFAULT '[]' NOT NULL;
