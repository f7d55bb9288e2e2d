package nl.ijw.gateway.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ijw.gateway.engine.Channel;
import nl.ijw.gateway.intake.Delivery;

/** The folder channel: inbox to archive or rejected (with the error file), and the outbox folder. */
class FolderChannelTest {

    static LiveHarness live;

    @BeforeAll
    static void start() throws Exception {
        live = new LiveHarness("folder", Map.of("folder.stable.ms", "100", "folder.outbox.parties", "0599"));
    }

    @AfterAll
    static void stop() throws Exception {
        live.close();
    }

    private static Path day(String kind) {
        return live.data.resolve(kind).resolve(LocalDate.now(ZoneId.of("Europe/Amsterdam"))
                .format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
    }

    /** Written under a hidden name, then renamed in: the documented way to drop a file. */
    private static void drop(String relative, byte[] bytes) throws Exception {
        Path target = live.data.resolve("inbox").resolve(relative);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path await(Path p) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (!Files.exists(p)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not there within 20 s: " + p);
            }
            Thread.sleep(50);
        }
        return p;
    }

    @Test
    void acceptedFilesAreArchivedAndWrittenToThePartysOutboxFolder() throws Exception {
        byte[] jw315 = LiveHarness.sample("messages/jw315.xml");
        drop("provider-a/jw315.xml", jw315);
        Path archived = await(day("archive").resolve("provider-a/jw315.xml"));
        assertArrayEquals(jw315, Files.readAllBytes(archived));
        assertFalse(Files.exists(live.data.resolve("inbox/provider-a/jw315.xml")));
        live.awaitPublished(10_000);
        try (Stream<Path> s = Files.list(live.data.resolve("outbox/0599"))) {
            List<Path> files = s.toList();
            assertEquals(1, files.size(), "the forward for 0599 as a file: " + files);
            assertArrayEquals(jw315, Files.readAllBytes(files.get(0)));
        }
    }

    @Test
    void rejectedFilesGetAnErrorFileAndNamesAreNeverOverwritten() throws Exception {
        byte[] garbage = LiveHarness.sample("invalid/plain-text.xml");
        drop("garbage.xml", garbage);
        Path rejected = await(day("rejected").resolve("garbage.xml"));
        String error = Files.readString(await(rejected.resolveSibling("garbage.xml.error.json")));
        assertTrue(error.contains("\"rule\" : \"NOT_XML\""), error);
        assertTrue(error.contains("\"line 1: NOT_XML (retourcode 0001): "), error);

        byte[] bad = LiveHarness.sample("invalid/jw305-bsn-8-digits.xml");
        drop("garbage.xml", bad);
        Path second = await(day("rejected").resolve("garbage-1.xml"));
        assertArrayEquals(bad, Files.readAllBytes(second), "a second file of the same name is kept beside the first");
        assertArrayEquals(garbage, Files.readAllBytes(rejected));
        String error2 = Files.readString(await(second.resolveSibling("garbage-1.xml.error.json")));
        assertTrue(error2.contains("/Bericht/Client/Bsn: SCHEMA (retourcode 0001)"), error2);
        assertFalse(error2.contains("26481937"), "no BSN in the error file");

        drop("unknown-allocation.xml", LiveHarness.withId(LiveHarness.sample("messages/jw305.xml"), "AB2600102", "NOALLOC01"));
        String error3 = Files.readString(await(day("rejected").resolve("unknown-allocation.xml.error.json")));
        assertTrue(error3.contains("\"line 34, /Bericht/Client/StartProducten/StartProduct: TR019 (retourcode 9019): "),
                "a rule's finding has the line of its element: " + error3);
    }

    @Test
    void aCrashBetweenCommitAndMoveOnlyMovesTheFile() throws Exception {
        byte[] jw305 = LiveHarness.withId(LiveHarness.sample("messages/jw305.xml"), "AB2600102", "CRASH0001");
        // The commit happened, the move did not: the intake took the delivery, the file is still there.
        var first = live.gateway.intake().take(jw305,
                new Delivery(FolderIntake.key("crash.xml", jw305), Channel.FOLDER, "inbox/crash.xml", null));
        assertFalse(first.redelivered());
        drop("crash.xml", jw305);
        await(day("rejected").resolve("crash.xml"));
        String error = Files.readString(await(day("rejected").resolve("crash.xml.error.json")));
        assertTrue(error.contains("\"journalId\" : " + first.journalId() + ","), "the route did not decide it again: " + error);
        assertNotNull(live.receive("ijw.out.41836207", "IjwInReplyTo = 'CRASH0001'", 10_000));
        live.awaitPublished(10_000);
        assertEquals(null, live.receive("ijw.out.41836207", "IjwInReplyTo = 'CRASH0001'", 300), "one retour, not two");
    }

    /** Once a file is done, the same file dropped again is a resend, as on the queue: TR056, not "redelivered". */
    @Test
    void theSameFileDroppedAgainAfterItWasDoneIsJudgedAsAResend() throws Exception {
        // A JW305 of an allocation this store does not know: rejected (TR019), its Identificatie seen all the same.
        byte[] jw305 = LiveHarness.withId(LiveHarness.sample("messages/jw305.xml"), "AB2600102", "RESEND001");
        drop("again.xml", jw305);
        String first = Files.readString(await(day("rejected").resolve("again.xml.error.json")));
        assertFalse(first.contains("TR056"), first);
        drop("again.xml", jw305);
        String second = Files.readString(await(day("rejected").resolve("again-1.xml.error.json")));
        assertTrue(second.contains("TR056 (retourcode 9056)"), second);
        assertArrayEquals(jw305, Files.readAllBytes(day("rejected").resolve("again-1.xml")));
    }
}
