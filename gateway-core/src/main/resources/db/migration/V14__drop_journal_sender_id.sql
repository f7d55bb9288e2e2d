-- No query reads this index: the timeline's retour lookup and the monitor's rejected list ask for
-- sender OR something else, which H2 answers by scanning the journal (EXPLAIN shows
-- PRIMARY_KEY_1), and nothing else looks the journal up by sender and Identificatie (TR056 asks
-- message_seen). Writing it cost the most of any index: a gateway answer's Identificatie is
-- random, so each answer changed a leaf of its own, and at every commit H2 stores each changed
-- page again (in a bench jms store, 11% of all pages written were this index's).
DROP INDEX journal_sender_id;
