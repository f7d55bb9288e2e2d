package nl.ijw.gateway.monitor;

/**
 * What an unmasked view showed, as a kind with its key, so a page can say it in its own language.
 * The access log stores it as {@link #stored()}: the English text it has always held, so rows
 * written before this type existed read back as the same kind and the CSV export is unchanged.
 */
public sealed interface Viewed {

    /** The client timeline, found by BSN (a POST: the BSN itself is the client's column). */
    record TimelineByBsn() implements Viewed {
        @Override
        public String stored() {
            return "client timeline, search by BSN";
        }
    }

    /** The client timeline, found by a ToewijzingNummer. */
    record TimelineByAllocation(String toewijzingNummer) implements Viewed {
        @Override
        public String stored() {
            return "client timeline, search by ToewijzingNummer " + toewijzingNummer;
        }
    }

    /** A row in no known form (written by another tool or by hand): shown as it is. */
    record Other(String text) implements Viewed {
        @Override
        public String stored() {
            return text;
        }
    }

    /** The text in the {@code viewed} column. */
    String stored();

    /** The kind a stored text names; {@link Other} when it is in no known form. */
    static Viewed parse(String stored) {
        String byAllocation = new TimelineByAllocation("").stored();
        if (new TimelineByBsn().stored().equals(stored)) {
            return new TimelineByBsn();
        }
        if (stored != null && stored.startsWith(byAllocation) && stored.length() > byAllocation.length()) {
            return new TimelineByAllocation(stored.substring(byAllocation.length()));
        }
        return new Other(stored);
    }
}
