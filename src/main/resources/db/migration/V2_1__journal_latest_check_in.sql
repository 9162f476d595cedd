-- Status reads one row per open recovery: each recovery points at its latest check-in (by time),
-- kept by the journal in the same transaction as every check-in change. Without it, finding the
-- latest check-in of 10,000 open recoveries read all their check-ins (4 s; docs/BENCHMARKS-journal.md).
-- A point release of V2 (journal's own schema), so it runs before V3.

ALTER TABLE recovery ADD COLUMN latest_check_in_id BIGINT;

UPDATE recovery SET latest_check_in_id = (
    SELECT l.id FROM check_in l WHERE l.recovery_id = recovery.id
    ORDER BY l.checked_at DESC, l.id DESC FETCH FIRST 1 ROWS ONLY);
