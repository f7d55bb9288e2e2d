-- Identity values come from sequences that H2 keeps 32 at a time by default; each time a block
-- runs out it writes the sequence back in a transaction of its own, and with WRITE_DELAY=0 (the
-- live gateway) that commit serialises every dirty page of the store, the open transaction's
-- included: a third of the writer's time under load. Blocks of 4096 make that rare. After a kill
-- the unused rest of a block is skipped (ids get a gap); ids are only ever compared, never counted.
ALTER TABLE journal ALTER COLUMN id SET CACHE 4096;
ALTER TABLE allocation_history ALTER COLUMN id SET CACHE 4096;
ALTER TABLE request_answer ALTER COLUMN id SET CACHE 4096;
ALTER TABLE sap_expectation ALTER COLUMN id SET CACHE 4096;
ALTER TABLE sap_watch_log ALTER COLUMN id SET CACHE 4096;
ALTER TABLE outbox ALTER COLUMN id SET CACHE 4096;
