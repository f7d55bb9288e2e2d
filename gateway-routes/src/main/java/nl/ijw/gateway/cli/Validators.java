package nl.ijw.gateway.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.ijw.gateway.message.MessageRegistry;
import nl.ijw.gateway.validation.MessageValidator;
import nl.ijw.gateway.validation.ModelBinding;
import nl.ijw.gateway.validation.SchemaSet;
import nl.ijw.gateway.validation.ValidationSettings;

/** Builds the validator the commands share: bundled schemas unless a folder is given. */
final class Validators {

    private Validators() {
    }

    static MessageValidator create(Path schemaDir) throws IOException {
        if (schemaDir != null) {
            refuseNoSchemaFolder(schemaDir);
        }
        SchemaSet schemas = schemaDir == null ? SchemaSet.bundled() : SchemaSet.fromDirectory(schemaDir);
        return new MessageValidator(schemas, MessageRegistry.standard(), ModelBinding.ijw32(), ValidationSettings.DEFAULT);
    }

    /** --schemas replaces the bundled schemas: a path that holds none is a mistake, said with both ways out. */
    private static void refuseNoSchemaFolder(Path dir) throws IOException {
        String what = !Files.exists(dir) ? ": no such folder" : !Files.isDirectory(dir) ? " is a file, not a folder"
                : SchemaSet.xsdFiles(dir).isEmpty() ? " holds no .xsd file (subfolders searched too)" : null;
        if (what != null) {
            throw new IOException("--schemas " + dir + what + "; give the folder that holds the iJw 3.2 .xsd files"
                    + " (such as the official release's), or leave --schemas out to validate with the built-in schemas");
        }
    }
}
