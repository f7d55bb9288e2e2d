package nl.ijw.gateway.serve;

/** What the gateway is to a message, seen from the parties it serves. */
public enum Role {
    /** Addressed to a served party (its sender served too or not): checked and answered on its behalf, forwarded when accepted. */
    TO_SERVED,
    /** Sent by a served party: checked before it leaves, forwarded when valid, never answered by the gateway. */
    FROM_SERVED,
    /** Neither from nor to a served party: not the gateway's to decide, so rejected unprocessed. */
    FOREIGN,
    /** No sender or receiver could be read: nobody to answer or forward to. */
    UNIDENTIFIED
}
