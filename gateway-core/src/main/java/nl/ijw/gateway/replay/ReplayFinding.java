package nl.ijw.gateway.replay;

import java.util.Comparator;

/**
 * One line of a replay report. {@code kind} is REJECTED for rule and validation failures, FAILED
 * (rule SYSTEM) for a message the engine could not decide, NOT_JUDGED for a rule the gateway could
 * not judge for lack of state (the message was accepted; no retourcode); the SAP checks add LATE, OVERDUE and
 * WARNING, with {@code due}, {@code actual} (null unless LATE) and {@code workingDaysLate}, and for
 * a LATE the watch had reported overdue first {@code overdueSince} (one breach, one finding).
 * Optional fields are null when they do not apply.
 */
public record ReplayFinding(int seq, String rule, String kind, String retourCode, String messageType,
                            String messageId, String sender, String receiver, String file, String toewijzingNummer,
                            String referentie, String bsnMasked, String path, String text, String due,
                            String actual, Integer workingDaysLate, String overdueSince) {

    /** A REJECTED finding: no deadline fields. */
    public ReplayFinding(int seq, String rule, String kind, String retourCode, String messageType, String messageId,
                         String sender, String receiver, String file, String toewijzingNummer, String referentie,
                         String bsnMasked, String path, String text) {
        this(seq, rule, kind, retourCode, messageType, messageId, sender, receiver, file, toewijzingNummer, referentie,
                bsnMasked, path, text, null, null, null, null);
    }

    /** The same finding on the message at this manifest position, in this file. */
    ReplayFinding placed(int atSeq, String inFile) {
        return new ReplayFinding(atSeq, rule, kind, retourCode, messageType, messageId, sender, receiver, inFile,
                toewijzingNummer, referentie, bsnMasked, path, text, due, actual, workingDaysLate, overdueSince);
    }

    public boolean isSap() {
        return due != null;
    }

    /** Manifest order first, then rule and place: the same history always sorts the same way. */
    public static final Comparator<ReplayFinding> ORDER = Comparator.comparingInt(ReplayFinding::seq)
            .thenComparing(ReplayFinding::kind)
            .thenComparing(ReplayFinding::rule)
            .thenComparing(f -> f.path == null ? "" : f.path)
            .thenComparing(f -> f.toewijzingNummer == null ? "" : f.toewijzingNummer)
            .thenComparing(f -> f.referentie == null ? "" : f.referentie)
            .thenComparing(f -> f.text == null ? "" : f.text)
            .thenComparing(f -> f.due == null ? "" : f.due)
            .thenComparing(f -> f.messageId == null ? "" : f.messageId);
}
