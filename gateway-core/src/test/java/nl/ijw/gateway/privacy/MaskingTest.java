package nl.ijw.gateway.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksBsnKeepingTheLastThreeDigits() {
        assertEquals("******378", Masking.bsn("264819378"));
        assertEquals("****", Masking.bsn("1234"));
    }

    @Test
    void masksValuesInParserMessagesAboutPersonalElements() {
        String msg = "cvc-pattern-valid: Value '26481937' is not facet-valid with respect to pattern '[0-9]{9}'";
        String masked = Masking.parserMessage(msg, "/Bericht/Client/Bsn");
        assertFalse(masked.contains("26481937"), masked);
        assertTrue(masked.contains("pattern '[0-9]{9}'"), masked);

        String name = Masking.parserMessage("cvc-maxLength-valid: Value 'Velzen-Achterberg' with length", "/Bericht/Client/Naam/Geslachtsnaam/Achternaam");
        assertFalse(name.contains("Velzen"), name);
    }

    @Test
    void masksAnyNineDigitNumberButLeavesOtherValues() {
        assertEquals("value ******378 here", Masking.maskNineDigitNumbers("value 264819378 here"));
        String other = Masking.parserMessage("Value '4821' is not valid", "/Bericht/Client/ToewijzingNummer");
        assertTrue(other.contains("4821"), other);
    }
}
