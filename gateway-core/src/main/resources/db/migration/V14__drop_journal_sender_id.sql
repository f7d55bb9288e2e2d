-- No query reads this index: the timeline's retour lookup and the monitor's rejected list ask for
-- sender OR something else, which H2 does not answer from it (EXPLAIN: the timeline scans the
-- journal by PRIMARY_KEY_1, the rejected list reads JOURNAL_RECEIVED), and nothing else looks the
-- journal up by sender and Identificatie (TR056 asks message_seen). Writing it was costly: a
-- gateway answer's Identificatie is random, so each answer changed a leaf of its own, and at every
-- commit H2 stores each changed page again (in a bench jms store after a run, 11% of the pages in
-- the file were this index's).
DROP INDEX journal_sender_id;
