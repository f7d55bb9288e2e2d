package nl.ijw.gateway.validation;

/** How much a finding weighs. Only {@link #ERROR} makes a message invalid. */
public enum Severity {
    ERROR, WARNING, INFO
}
