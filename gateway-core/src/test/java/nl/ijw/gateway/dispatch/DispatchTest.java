package nl.ijw.gateway.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.domain.Party;
import nl.ijw.gateway.engine.Outcome;
import nl.ijw.gateway.engine.Verdict;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.serve.Role;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.Layer;
import nl.ijw.gateway.validation.Location;
import nl.ijw.gateway.validation.Severity;

class DispatchTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Finding SCHEMA = new Finding("SCHEMA", Severity.ERROR, Layer.SCHEMA,
            new Location(20, 29, "/Bericht/Client/Bsn"), "0001", "cvc-pattern-valid");

    private static Outcome outcome(MessageType type, String from, String to, Verdict v, List<Finding> f,
                                   Optional<Outcome.Response> r) {
        return new Outcome(7, type, from, to, "AB1", v, f, r, Party.of(to));
    }

    private static List<Output.Kind> kinds(List<Output> out) {
        return out.stream().map(Output::kind).toList();
    }

    @Test
    void acceptedHeenToAServedPartyIsAnsweredAndForwarded() {
        var r = Optional.of(new Outcome.Response(MessageType.JW316, "R1", 8, new byte[] {1}));
        List<Output> out = Dispatch.of(outcome(MessageType.JW315, "41836207", "0599", Verdict.ACCEPTED, List.of(), r),
                Role.TO_SERVED, "ID:in", "[]", AT);
        assertEquals(List.of(Output.Kind.ANSWER, Output.Kind.FORWARD), kinds(out));
        Output answer = out.get(0);
        assertEquals("ijw.out.41836207", answer.destination());
        assertEquals(8L, answer.payloadJournalId());
        assertEquals("R1", answer.properties().get(Properties.MESSAGE_ID), "the gateway's retour: its IdentificatieRetour");
        assertEquals("AB1", answer.properties().get(Properties.IN_REPLY_TO));
        assertEquals("ID:in", answer.properties().get(Properties.CORRELATION));
        Output forward = out.get(1);
        assertEquals("ijw.out.0599", forward.destination());
        assertEquals(7L, forward.payloadJournalId(), "the original bytes, from the journal");
        assertEquals("JW315", forward.properties().get(Properties.TYPE));
    }

    /** A retour's own identity is its IdentificatieRetour; its Identificatie names the message answered. */
    private static Outcome retour(MessageType type, Verdict v, List<Finding> f) {
        return new Outcome(7, type, "41836207", "0599", "AB2600164", v, f, Optional.empty(), Party.of("0599"),
                List.of(), "G26R001590");
    }

    @Test
    void aForwardedRetourCarriesItsOwnIdentityAndNamesTheMessageItAnswers() {
        Output forward = Dispatch.of(retour(MessageType.JW318, Verdict.ACCEPTED, List.of()), Role.TO_SERVED, null, "[]", AT)
                .get(0);
        assertEquals(Output.Kind.FORWARD, forward.kind());
        assertEquals("ijw.out.41836207", forward.destination(), "back to the Afzender of the JW317 it answers");
        assertEquals("0599", forward.properties().get(Properties.SENDER), "from the municipality, as the gateway's own JW318");
        assertEquals("41836207", forward.properties().get(Properties.RECEIVER));
        assertEquals("G26R001590", forward.properties().get(Properties.MESSAGE_ID));
        assertEquals("AB2600164", forward.properties().get(Properties.IN_REPLY_TO));
    }

    @Test
    void aRejectedRetourCarriesItsOwnIdentityAndNamesTheMessageItAnswers() {
        Output copy = Dispatch.of(retour(MessageType.JW316, Verdict.REJECTED, List.of(SCHEMA)), Role.TO_SERVED, null, "[]",
                AT).get(0);
        assertEquals(Output.Kind.REJECTED, copy.kind());
        assertEquals("G26R001590", copy.properties().get(Properties.MESSAGE_ID));
        assertEquals("AB2600164", copy.properties().get(Properties.IN_REPLY_TO));
    }

    /** A JW325 is no retour: its Identificatie is its own, its DeclaratieIdentificatie names the claim answered. */
    private static Outcome claimAnswer(Verdict v, List<Finding> f) {
        return new Outcome(7, MessageType.JW325, "0599", "41836207", "G26D000219", v, f, Optional.empty(),
                Party.of("41836207"), List.of(), null, "AB2600231");
    }

    @Test
    void aForwardedJw325NamesTheClaimItAnswers() {
        Output forward = Dispatch.of(claimAnswer(Verdict.ACCEPTED, List.of()), Role.FROM_SERVED, null, "[]", AT).get(0);
        assertEquals(Output.Kind.FORWARD, forward.kind());
        assertEquals("G26D000219", forward.properties().get(Properties.MESSAGE_ID));
        assertEquals("AB2600231", forward.properties().get(Properties.IN_REPLY_TO));
    }

    @Test
    void aRejectedJw325NamesTheClaimItAnswersAndOneWithoutDeclaratieIdentificatieAnEmptyOne() {
        Output copy = Dispatch.of(claimAnswer(Verdict.REJECTED, List.of(SCHEMA)), Role.FROM_SERVED, null, "[]", AT).get(0);
        assertEquals(Output.Kind.REJECTED, copy.kind());
        assertEquals("AB2600231", copy.properties().get(Properties.IN_REPLY_TO));
        Outcome none = new Outcome(7, MessageType.JW325, "0599", "41836207", "G26D000219", Verdict.REJECTED,
                List.of(SCHEMA), Optional.empty(), Party.of("41836207"), List.of(), null, null);
        assertEquals("", Dispatch.of(none, Role.FROM_SERVED, null, "[]", AT).get(0).properties().get(Properties.IN_REPLY_TO));
    }

    @Test
    void aHeenMessageIsNamedByItsIdentificatieAndAnswersNothing() {
        Output forward = Dispatch.of(outcome(MessageType.JW315, "41836207", "0599", Verdict.ACCEPTED, List.of(),
                Optional.empty()), Role.TO_SERVED, null, "[]", AT).get(0);
        assertEquals("AB1", forward.properties().get(Properties.MESSAGE_ID));
        assertEquals(null, forward.properties().get(Properties.IN_REPLY_TO));
    }

    @Test
    void rejectedHeenGetsItsRetourAndACopyOnRejectedButNoForward() {
        var r = Optional.of(new Outcome.Response(MessageType.JW306, "R2", 9, new byte[] {1}));
        List<Output> out = Dispatch.of(outcome(MessageType.JW305, "41836207", "0599", Verdict.REJECTED, List.of(SCHEMA), r),
                Role.TO_SERVED, null, "[{\"rule\":\"SCHEMA\"}]", AT);
        assertEquals(List.of(Output.Kind.ANSWER, Output.Kind.REJECTED), kinds(out));
        assertEquals("ijw.rejected", out.get(1).destination());
        assertEquals("[{\"rule\":\"SCHEMA\"}]", out.get(1).properties().get(Properties.FINDINGS));
        assertTrue(out.get(1).properties().get(Properties.REASON).startsWith("rejected: SCHEMA 0001"));
    }

    @Test
    void invalidMessageOfAServedPartyIsNotForwarded() {
        List<Output> out = Dispatch.of(outcome(MessageType.JW301, "0599", "41836207", Verdict.REJECTED, List.of(SCHEMA),
                Optional.empty()), Role.FROM_SERVED, null, "[]", AT);
        assertEquals(List.of(Output.Kind.REJECTED), kinds(out));
        assertTrue(out.get(0).properties().get(Properties.REASON).startsWith("not forwarded:"));
    }

    @Test
    void aReceiverThatCannotNameAnAddressIsRejectedNotRouted() {
        List<Output> out = Dispatch.of(outcome(MessageType.JW315, "41836207", "05.9#", Verdict.ACCEPTED, List.of(),
                Optional.empty()), Role.TO_SERVED, null, "[]", AT);
        assertEquals(List.of(Output.Kind.REJECTED), kinds(out));
    }

    @Test
    void aSignalCarriesTheMaskedBsnOfTheOneClientItsMessageNames() throws Exception {
        byte[] one = "<jw301:Bericht><jw301:Client><jw301:Bsn>264819378</jw301:Bsn></jw301:Client></jw301:Bericht>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("******378", SignalJson.bsnMasked(one));
        assertEquals("******378", SignalJson.bsnMasked(
                "<Bsn>264819378</Bsn><x/><Bsn> 264819378 </Bsn>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "the same client twice is one client");
        assertEquals(null, SignalJson.bsnMasked(
                "<jw323:Bsn>264819378</jw323:Bsn><jw323:Bsn>999990019</jw323:Bsn>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "a claim for several clients names no single one: no guess");
        assertEquals(null, SignalJson.bsnMasked("<jw302:Bericht/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(null, SignalJson.bsnMasked(null));

        nl.ijw.gateway.sap.SapFinding late = new nl.ijw.gateway.sap.SapFinding("OP274",
                nl.ijw.gateway.sap.SapFinding.Kind.LATE, java.time.LocalDate.of(2026, 1, 26), java.time.LocalDate.of(2026, 3, 2),
                25, "JW301", "G1", "0599", "41836207", 7, "AB1", "123", "VOT-1", 3, null);
        Outcome o = new Outcome(7, MessageType.JW301, "0599", "41836207", "G1", Verdict.ACCEPTED, List.of(), Optional.empty(),
                Party.of("41836207"), List.of(late));
        Output signal = Dispatch.of(o, Role.FROM_SERVED, null, "[]", AT, SignalJson.bsnMasked(one)).get(1);
        assertEquals(Output.Kind.SIGNAL, signal.kind());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(signal.payload());
        assertEquals("******378", json.path("bsnMasked").asText());
        assertTrue(!new String(signal.payload(), java.nio.charset.StandardCharsets.UTF_8).contains("264819378"));
    }
}
