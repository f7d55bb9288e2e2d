package nl.ijw.gateway.sap;

import java.util.List;

/**
 * One SAP deadline rule as data: which message creates the expectation, which message fulfils it,
 * within how many working days after its start day, and whether it is checked at all.
 *
 * @param createdBy   what creates the expectation (for people reading the configuration and report)
 * @param fulfilledBy what meets it
 * @param kind        the finding kind when it is missed: OVERDUE (a breach) or WARNING (a monitoring signal)
 */
public record SapRule(String id, String createdBy, String fulfilledBy, int workingDays, boolean enabled,
                      SapFinding.Kind kind) {

    public static final String OP090 = "OP090";
    public static final String OP274 = "OP274";
    public static final String OP346 = "OP346";
    public static final String OP271 = "OP271";
    public static final String OP272 = "OP272";
    public static final String OP090X4 = "OP090x4";
    public static final String NO_START = "NO_START";

    public SapRule {
        if (workingDays < 0) {
            throw new IllegalArgumentException(id + ": working days must not be negative: " + workingDays);
        }
    }

    /** The rules of the SAP table in the brief, with its numbers of working days. */
    public static List<SapRule> defaults() {
        SapFinding.Kind overdue = SapFinding.Kind.OVERDUE;
        return List.of(
                new SapRule(OP090, "every heen-message (JW301, 305, 307, 315, 317, 319) on receipt",
                        "its retour (JW302, 306, 308, 316, 318, 320)", 3, true, overdue),
                new SapRule(OP274, "each AangevraagdProduct of an accepted JW315",
                        "a JW301 repeating its ReferentieAanbieder, or a JW319 with it", 5, true, overdue),
                new SapRule(OP346, "an accepted JW317",
                        "a JW301 repeating its ReferentieAanbieder, or a JW319 with it", 5, true, overdue),
                new SapRule(OP271, "an accepted JW301 allocation (judged on the JW305's arrival, from its Begindatum,"
                        + " or the allocation's receipt when later; never overdue: the start is unknown until then)",
                        "a JW305 for that ToewijzingNummer and BSN", 5, true, overdue),
                new SapRule(OP272, "a started delivery on an allocation with an Einddatum (from the Einddatum)",
                        "a JW307 for that start", 5, true, overdue),
                new SapRule(OP090X4, "a JW323 on receipt", "a JW325 whose DeclaratieIdentificatie is the claim's",
                        10, true, overdue),
                new SapRule(NO_START, "an accepted JW301 allocation (from Ingangsdatum)",
                        "any JW305 for it (monitoring signal, not an SAP deadline)", 20, true, SapFinding.Kind.WARNING));
    }

    /**
     * Whether the watch may report it overdue: only when its start moment is known before the
     * awaited message arrives. OP271 runs from the actual start of care, which only the JW305
     * itself tells; until then the allocation is signalled by NO_START, never as a breach.
     */
    public boolean watched() {
        return !id.equals(OP271);
    }

    public SapRule with(int days, boolean on) {
        return new SapRule(id, createdBy, fulfilledBy, days, on, kind);
    }
}
