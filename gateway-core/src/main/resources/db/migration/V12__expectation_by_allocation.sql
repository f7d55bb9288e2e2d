-- A withdrawn allocation cancels its awaited start and stops: found by ToewijzingNummer (then
-- filtered by key prefix), not by a LIKE on match_key, which no index answers.
CREATE INDEX sap_expectation_toewijzing ON sap_expectation (toewijzing_nummer);
