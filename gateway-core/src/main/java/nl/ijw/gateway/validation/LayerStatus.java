package nl.ijw.gateway.validation;

public enum LayerStatus {
    PASSED, FAILED, SKIPPED
}
