package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ijw.gateway.intake.Taken;

/** A rejected file's error.json names who sent it and to whom, as ijw.rejected's IjwSender/IjwReceiver do. */
class FolderErrorJsonTest {

    @Test
    void aRejectedRetourNamesItsSenderNotItsHeenMessagesAfzender() throws Exception {
        // The provider's JW302 keeps its JW301's header: Afzender 0599, Ontvanger 41836207.
        Taken jw302 = new Taken(false, 5, "JW302", "0599", "41836207", "REJECTED", "[]", List.of());
        String json = new String(FolderIntake.errorJson("jw302.xml", jw302), StandardCharsets.UTF_8).replaceAll("\\s", "");
        assertTrue(json.contains("\"sender\":\"41836207\",\"receiver\":\"0599\""), json);

        Taken jw301 = new Taken(false, 6, "JW301", "0599", "41836207", "REJECTED", "[]", List.of());
        String heen = new String(FolderIntake.errorJson("jw301.xml", jw301), StandardCharsets.UTF_8).replaceAll("\\s", "");
        assertTrue(heen.contains("\"sender\":\"0599\",\"receiver\":\"41836207\""), heen);
    }
}
