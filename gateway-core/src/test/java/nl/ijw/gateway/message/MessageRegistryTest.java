package nl.ijw.gateway.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MessageRegistryTest {

    private final MessageRegistry registry = MessageRegistry.standard();

    @Test
    void identifiesEveryMessageOfRelease32ByNamespace() {
        for (MessageType t : MessageType.values()) {
            String ns = "http://www.istandaarden.nl/ijw/3_2/" + t.key() + "/schema";
            assertEquals(new MessageKind(Release.IJW_3_2, t), registry.identify(ns).orElseThrow());
        }
    }

    @Test
    void rejectsOtherReleasesAndStrangers() {
        assertFalse(registry.identify("http://www.istandaarden.nl/ijw/3_1/jw305/schema").isPresent());
        assertFalse(registry.identify("http://www.istandaarden.nl/ijw/3_2/basisschema/schema").isPresent());
        assertFalse(registry.identify(null).isPresent());
    }

    @Test
    void aLaterReleaseCanSitBesideIt() {
        MessageRegistry both = MessageRegistry.of(List.of(Release.IJW_3_2, new Release("3.3")));
        assertTrue(both.isKnown("http://www.istandaarden.nl/ijw/3_3/jw301/schema"));
        assertTrue(both.isKnown("http://www.istandaarden.nl/ijw/3_2/jw301/schema"));
    }

    @Test
    void knowsCodesDirectionsAndAnswers() {
        assertEquals(MessageType.JW305, MessageType.byBerichtCode("438").orElseThrow());
        assertEquals(MessageType.JW325, MessageType.byBerichtCode("491").orElseThrow());
        assertEquals(MessageType.JW302, MessageType.JW301.answeredBy().orElseThrow());
        assertEquals(MessageType.JW325, MessageType.JW323.answeredBy().orElseThrow());
        assertEquals(Direction.MUNICIPALITY_TO_PROVIDER, MessageType.JW301.direction());
        assertEquals(Direction.PROVIDER_TO_MUNICIPALITY, MessageType.JW302.direction());
        assertTrue(MessageType.JW316.isRetour());
        assertFalse(MessageType.JW325.isRetour());
        for (MessageType t : MessageType.values()) {
            t.answeredBy().ifPresent(a -> assertEquals(t.direction().reverse(), a.direction(), t.name()));
        }
    }
}
