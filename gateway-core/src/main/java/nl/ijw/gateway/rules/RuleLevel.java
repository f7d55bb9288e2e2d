package nl.ijw.gateway.rules;

/**
 * Where a technical rule's data comes from. It decides what a retour says (IV028): a message
 * that breaks an in-message rule gets a header-only retour with 0001; cross-message and
 * external-source rules put their own code on the class they concern.
 */
public enum RuleLevel {
    IN_MESSAGE, CROSS_MESSAGE, EXTERNAL
}
