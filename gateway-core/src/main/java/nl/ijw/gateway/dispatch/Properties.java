package nl.ijw.gateway.dispatch;

/** The message properties every output carries (docs/messaging.md). */
public final class Properties {

    public static final String TYPE = "IjwMessageType";
    public static final String SENDER = "IjwSender";
    public static final String RECEIVER = "IjwReceiver";
    public static final String MESSAGE_ID = "IjwMessageId";
    public static final String VERDICT = "IjwVerdict";
    public static final String JOURNAL_ID = "IjwJournalId";
    public static final String IN_REPLY_TO = "IjwInReplyTo";
    public static final String KIND = "IjwOutputKind";
    public static final String FINDINGS = "IjwFindings";
    public static final String REASON = "IjwReason";
    public static final String ERROR = "IjwError";
    /** Not a property on the wire: the relay sets it as the JMSCorrelationID (the input's JMSMessageID). */
    public static final String CORRELATION = "JMSCorrelationID";

    private Properties() {
    }
}
