-- Clinic sessions are recoveries of the journal (V2) that have a client: join them to the client
-- table (V3). A client with sessions cannot be deleted. Sheets are printed for all sessions of a
-- day, so the start time is indexed. (3.1, not an edit of V3: V3 may already be applied.)

ALTER TABLE recovery ADD CONSTRAINT recovery_client_fk FOREIGN KEY (client_id) REFERENCES client (id);

CREATE INDEX recovery_started_at_idx ON recovery (started_at);
