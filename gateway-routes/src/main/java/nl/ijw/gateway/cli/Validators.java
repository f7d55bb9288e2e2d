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
        if (schemaDir != null && !Files.isDirectory(schemaDir)) {
            throw new IOException("--schemas " + schemaDir + ": no such folder; give a folder holding the *.xsd files");
        }
        SchemaSet schemas = schemaDir == null ? SchemaSet.bundled() : SchemaSet.fromDirectory(schemaDir);
        return new MessageValidator(schemas, MessageRegistry.standard(), ModelBinding.ijw32(), ValidationSettings.DEFAULT);
    }
}
