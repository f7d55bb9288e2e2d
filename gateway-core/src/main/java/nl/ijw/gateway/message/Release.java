package nl.ijw.gateway.message;

/**
 * A release of the iStandaard iJw, identified by the version part of its namespaces
 * ({@code http://www.istandaarden.nl/ijw/3_2/jw301/schema}).
 */
public record Release(String version) {

    public static final Release IJW_3_2 = new Release("3.2");

    private static final String BASE = "http://www.istandaarden.nl/ijw/";

    public Release {
        if (!version.matches("\\d+\\.\\d+")) {
            throw new IllegalArgumentException("release must look like 3.2, was " + version);
        }
    }

    /** Namespace of a message of this release. */
    public String namespace(MessageType type) {
        return BASE + version.replace('.', '_') + "/" + type.key() + "/schema";
    }

    /** Namespace of this release's shared types (basisschema). */
    public String basisNamespace() {
        return BASE + version.replace('.', '_') + "/basisschema/schema";
    }

    @Override
    public String toString() {
        return "iJw " + version;
    }
}
