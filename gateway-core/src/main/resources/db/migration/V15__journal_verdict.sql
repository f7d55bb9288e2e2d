-- What was not accepted, found without reading the journal: the monitor's last rejected inputs and
-- a client timeline's rejected messages asked for them by verdict, and with no index H2 read every
-- entry (10 s for the traffic page on a store of 994,702 messages, a quarter of a timeline there).
-- Cheap to write: an entry goes to the end of its verdict's and direction's range (ids grow), so
-- a commit changes the same few leaves however many entries it adds.
CREATE INDEX journal_verdict ON journal (verdict, direction);
