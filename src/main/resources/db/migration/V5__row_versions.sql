-- No lost update (issue 13): several desks on one clinic server may open the same client, session or
-- clinic profile. Each row carries a version that every save checks and raises in the same UPDATE
-- (... WHERE id = ? AND row_version = ?): a save made on a stale copy changes no row and is refused,
-- saying who changed it and when (updated_by: the desk's user name; updated_at: UTC).
-- SQL that both H2 and PostgreSQL accept.

ALTER TABLE client ADD COLUMN row_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE client ADD COLUMN updated_by VARCHAR(200);
ALTER TABLE client ADD COLUMN updated_at TIMESTAMP;

ALTER TABLE clinic_session ADD COLUMN row_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE clinic_session ADD COLUMN updated_by VARCHAR(200);
ALTER TABLE clinic_session ADD COLUMN updated_at TIMESTAMP;

ALTER TABLE clinic_profile ADD COLUMN row_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE clinic_profile ADD COLUMN updated_by VARCHAR(200);
