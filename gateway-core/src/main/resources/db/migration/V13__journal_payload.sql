-- Payloads in a table of their own, written once and read rarely (export, timeline, outbox relay).
-- In the journal rows they made every leaf page a few messages of XML: H2's page cache then held
-- little else, and the writer's index lookups (identities, state, expectations) missed it and read
-- pages from the file (replay of 100,000 generated messages: 120 s with them, 74 s without).
CREATE TABLE journal_payload (
    journal_id BIGINT    NOT NULL PRIMARY KEY,
    payload    ${binary} NOT NULL
);
INSERT INTO journal_payload (journal_id, payload) SELECT id, payload FROM journal;
ALTER TABLE journal DROP COLUMN payload;
