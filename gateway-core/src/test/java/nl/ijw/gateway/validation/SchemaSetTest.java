package nl.ijw.gateway.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ijw.gateway.message.MessageRegistry;
import nl.ijw.gateway.message.MessageType;

class SchemaSetTest {

    @TempDir
    Path tmp;

    @Test
    void loadsSchemasFromAFolderAndStampsThem() throws IOException {
        Path dir = copyBundledSchemas(tmp.resolve("ijw-3.2"));
        SchemaSet fromDir = SchemaSet.fromDirectory(tmp);
        assertTrue(fromDir.version().startsWith("dir "), fromDir.version());
        assertEquals(SchemaSet.bundled().version().replaceAll(".*sha256:", ""),
                fromDir.version().replaceAll(".*sha256:", ""), "same bytes, same digest");

        MessageValidator v = new MessageValidator(fromDir, MessageRegistry.standard(), ModelBinding.ijw32(),
                ValidationSettings.DEFAULT);
        assertTrue(v.validate(Samples.MESSAGES.resolve("jw305.xml")).isValid());

        Files.writeString(dir.resolve("extra-comment.xsd"),
                "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:x'/>");
        assertNotEquals(fromDir.version(), SchemaSet.fromDirectory(tmp).version());
    }

    @Test
    void explainsAMissingOrEmptyFolder() throws IOException {
        IOException missing = assertThrows(IOException.class, () -> SchemaSet.fromDirectory(tmp.resolve("nope")));
        assertTrue(missing.getMessage().contains("not found"));
        Files.createDirectories(tmp.resolve("empty"));
        IOException empty = assertThrows(IOException.class, () -> SchemaSet.fromDirectory(tmp.resolve("empty")));
        assertTrue(empty.getMessage().contains("No .xsd"));
    }

    static Path copyBundledSchemas(Path dir) throws IOException {
        Files.createDirectories(dir);
        copy("basisschema.xsd", dir);
        for (MessageType t : MessageType.values()) {
            copy(t.key() + ".xsd", dir);
        }
        return dir;
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = SchemaSetTest.class.getClassLoader().getResourceAsStream("xsd/ijw-3.2/" + name)) {
            Files.copy(in, dir.resolve(name));
        }
    }
}
