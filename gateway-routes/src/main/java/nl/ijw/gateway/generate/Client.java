package nl.ijw.gateway.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import nl.ijw.gateway.domain.Bsn;

/** One generated client with the parties of its care: all fictitious. */
record Client(int index, String bsn, LocalDate geboortedatum, int geslacht, String achternaam, String voorvoegsel,
              String voornamen, String voorletters, String straat, int huisnummer, String postcode, String plaats,
              String gemeente, String aanbieder, boolean taakgericht) {

    /** The first of the 9-digit numbers generated BSNs are taken from (99xxxxxxx), see {@link #bsn(int)}. */
    static final long BSN_BASE = 99_000_000L;
    /** Two candidate numbers per client, so the range holds this many clients. */
    static final int MAX_CLIENTS = 500_000;

    private static final String[] ACHTERNAMEN = {"Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos",
        "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Kok", "Jacobs", "Vermeulen"};
    private static final String[] VOORVOEGSELS = {null, null, null, "de", "van", "van der", "van den"};
    private static final String[] VOORNAMEN = {"Noah", "Emma", "Sem", "Julia", "Lucas", "Mila", "Finn", "Tess",
        "Daan", "Sophie", "Levi", "Zoë", "Milan", "Nora", "Jesse", "Saar"};
    private static final String[] STRATEN = {"Lindelaan", "Kerkstraat", "Molenweg", "Dorpsstraat", "Beukenlaan",
        "Schoolstraat", "Stationsweg", "Julianastraat"};

    static Client make(int index, SplittableRandom rnd, String gemeente, String plaats, String aanbieder,
                       boolean taakgericht) {
        String voornaam = VOORNAMEN[rnd.nextInt(VOORNAMEN.length)];
        String tweede = VOORNAMEN[rnd.nextInt(VOORNAMEN.length)];
        String voornamen = voornaam + " " + tweede;
        String initials = "" + voornaam.charAt(0) + tweede.charAt(0);
        LocalDate born = LocalDate.of(2008, 1, 1).plusDays(rnd.nextInt(14 * 365));
        String postcode = (1000 + rnd.nextInt(9000)) + "" + (char) ('A' + rnd.nextInt(26)) + (char) ('A' + rnd.nextInt(26));
        return new Client(index, bsn(index), born, 1 + rnd.nextInt(2), ACHTERNAMEN[rnd.nextInt(ACHTERNAMEN.length)],
                VOORVOEGSELS[rnd.nextInt(VOORVOEGSELS.length)], voornamen, initials,
                STRATEN[rnd.nextInt(STRATEN.length)], 1 + rnd.nextInt(200), postcode, plaats, gemeente, aanbieder, taakgericht);
    }

    /**
     * The client's BSN: from the range 99xxxxxxx (never a client's real number, see README), eight
     * digits from the client number and the ninth chosen so the elfproef holds; when no ninth digit
     * fits, the next candidate (each client has two of its own, so no two clients share one).
     */
    static String bsn(int index) {
        if (index < 0 || index >= MAX_CLIENTS) {
            throw new IllegalArgumentException("at most " + MAX_CLIENTS + " clients");
        }
        for (long first8 = BSN_BASE + 2L * index; ; first8++) {
            String s = Long.toString(first8);
            int check = Bsn.checkRemainder(s);
            if (check < 10) {
                return s + check;
            }
        }
    }
}
