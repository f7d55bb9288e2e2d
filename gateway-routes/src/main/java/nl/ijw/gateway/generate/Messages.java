package nl.ijw.gateway.generate;

import java.time.LocalDate;

/** The iJw 3.2 messages of a care story, one method per message type; retours repeat their heen-message's header. */
final class Messages {

    static final String CATEGORIE = "45";
    static final String CODE = "45A53";
    /** Cents an hour. */
    static final long TARIEF = 9874;

    private Messages() {
    }

    /** The heen-message a retour answers: its sender, receiver, Identificatie and Dagtekening. */
    record Heen(String type, String afzender, String ontvanger, String id, LocalDate dagtekening) {
    }

    static byte[] jw315(Client c, String id, LocalDate dag, String ref, LocalDate ingang, LocalDate eind, int volume) {
        Xml x = Xml.of("jw315").header("446", c.aanbieder(), c.gemeente(), id, dag).close("Header");
        client(x, c, false).el("GezagsdragerBekend", 1)
                .open("AangevraagdeProducten").open("AangevraagdProduct")
                .el("ReferentieAanbieder", ref).product("Product", CATEGORIE, CODE)
                .el("ToewijzingIngangsdatum", ingang).el("ToewijzingEinddatum", eind).omvang(volume)
                .open("Verwijzer").ijw("Type", "02").ijw("ZorgverlenerCode", "01094578").close("Verwijzer")
                .el("Raamcontract", 1)
                .close("AangevraagdProduct").close("AangevraagdeProducten").close("Client");
        return x.bytes();
    }

    /**
     * A JW301 with one ToegewezenProduct: a first allocation (reden null), a change (reden 12, the
     * request it honours in ref) or a withdrawal (reden 13, Einddatum equal to Ingangsdatum).
     */
    static byte[] jw301(Client c, String id, LocalDate dag, long nummer, String ref, LocalDate ingang, LocalDate eind,
                        String reden, int volume, String tijd) {
        Xml x = Xml.of("jw301").header("436", c.gemeente(), c.aanbieder(), id, dag).close("Header");
        client(x, c, true)
                .open("Contactgegevens").open("Contact").el("Soort", "01").open("Adres")
                .openIjw("Huis").ijw("Huisnummer", c.huisnummer()).closeIjw("Huis")
                .ijw("Postcode", c.postcode()).ijw("Straatnaam", c.straat()).ijw("Plaatsnaam", c.plaats())
                .ijw("LandCode", "NL").close("Adres").close("Contact").close("Contactgegevens")
                .open("ToegewezenProducten").open("ToegewezenProduct").el("ToewijzingNummer", nummer);
        if (ref != null) {
            x.el("ReferentieAanbieder", ref);
        }
        x.product("Product", CATEGORIE, CODE).el("Toewijzingsdatum", dag).el("Toewijzingstijd", tijd)
                .el("Ingangsdatum", ingang).el("Einddatum", eind);
        if (reden != null) {
            x.el("RedenWijziging", reden);
        }
        x.omvang(volume).close("ToegewezenProduct").close("ToegewezenProducten").close("Client");
        return x.bytes();
    }

    /** A start; nummer null for a taakgericht provider (no allocation per client). */
    static byte[] jw305(Client c, String id, LocalDate dag, Long nummer, LocalDate ingang, LocalDate begin, int status) {
        Xml x = Xml.of("jw305").header("438", c.aanbieder(), c.gemeente(), id, dag).close("Header");
        client(x, c, false).open("StartProducten").open("StartProduct");
        delivery(x, nummer, ingang, begin);
        x.el("StatusAanlevering", status).close("StartProduct").close("StartProducten").close("Client");
        return x.bytes();
    }

    static byte[] jw307(Client c, String id, LocalDate dag, Long nummer, LocalDate ingang, LocalDate begin,
                        LocalDate eind) {
        Xml x = Xml.of("jw307").header("440", c.aanbieder(), c.gemeente(), id, dag).close("Header");
        client(x, c, false).open("StopProducten").open("StopProduct");
        delivery(x, nummer, ingang, begin);
        x.el("RedenBeeindiging", "31").el("Einddatum", eind).el("StatusAanlevering", 1)
                .close("StopProduct").close("StopProducten").close("Client");
        return x.bytes();
    }

    /** A request to change (extend) an allocation. */
    static byte[] jw317(Client c, String id, LocalDate dag, String ref, long nummer, LocalDate gewenst, LocalDate eind,
                        int volume) {
        Xml x = Xml.of("jw317").header("486", c.aanbieder(), c.gemeente(), id, dag).close("Header");
        x.open("Client").el("Bsn", c.bsn()).open("Verzoek").el("ReferentieAanbieder", ref).el("RedenVerzoek", 2)
                .open("TeWijzigenProducten").open("TeWijzigenProduct").el("ToewijzingNummer", nummer)
                .el("GewensteIngangsdatum", gewenst).el("Einddatum", eind).omvang(volume)
                .close("TeWijzigenProduct").close("TeWijzigenProducten").close("Verzoek").close("Client");
        return x.bytes();
    }

    /** The municipality's answer rejecting a request (VerzoekAntwoord 1, reden 7). */
    static byte[] jw319(Client c, String id, LocalDate dag, String ref) {
        Xml x = Xml.of("jw319").header("488", c.gemeente(), c.aanbieder(), id, dag).close("Header");
        x.open("Antwoord").el("ReferentieAanbieder", ref).el("VerzoekAntwoord", 1).el("RedenAfwijzingVerzoek", 7)
                .close("Antwoord");
        return x.bytes();
    }

    /** A claim of one prestatie: the hours of one month of one allocation. */
    static byte[] jw323(Client c, String id, LocalDate dag, String declaratieNummer, LocalDate maandBegin,
                        LocalDate maandEind, String referentie, long nummer, LocalDate van, LocalDate tot, int uren) {
        long bedrag = TARIEF * uren;
        Xml x = Xml.of("jw323").header("490", c.aanbieder(), c.gemeente(), id, dag).close("Header");
        x.open("Declaratie").el("DeclaratieNummer", declaratieNummer)
                .open("DeclaratiePeriode").ijw("Begindatum", maandBegin).ijw("Einddatum", maandEind).close("DeclaratiePeriode")
                .el("DeclaratieDagtekening", dag).bedrag("TotaalIngediendBedrag", "TotaalBedrag", bedrag)
                .open("Clienten").open("Client").el("Bsn", c.bsn()).open("Prestaties").open("Prestatie")
                .open("ProductReferentie").ijw("ReferentieNummer", referentie).close("ProductReferentie")
                .el("ToewijzingNummer", nummer).el("ProductCategorie", CATEGORIE).el("ProductCode", CODE)
                .open("ProductPeriode").ijw("Begindatum", van).ijw("Einddatum", tot).close("ProductPeriode")
                .el("GeleverdVolume", uren).el("Eenheid", "04").el("ProductTarief", TARIEF)
                .bedrag("IngediendBedrag", "Bedrag", bedrag)
                .close("Prestatie").close("Prestaties").close("Client").close("Clienten").close("Declaratie");
        return x.bytes();
    }

    /** The claim answer approving every prestatie: header only (IV087). */
    static byte[] jw325(Heen claim, String id, LocalDate dag) {
        Xml x = Xml.of("jw325").header("491", claim.ontvanger(), claim.afzender(), id, dag);
        x.identificatie("DeclaratieIdentificatie", claim.id(), claim.dagtekening()).versie("XsdVersieDeclaratie")
                .open("RetourCodes").el("RetourCode", "0200").close("RetourCodes").close("Header");
        return x.bytes();
    }

    /** The header-only retour approving a heen-message (IV028). */
    static byte[] retour(Heen heen, String id, LocalDate dag) {
        String type = switch (heen.type()) {
            case "jw315" -> "jw316";
            case "jw301" -> "jw302";
            case "jw305" -> "jw306";
            case "jw307" -> "jw308";
            case "jw317" -> "jw318";
            case "jw319" -> "jw320";
            default -> throw new IllegalArgumentException("no retour for " + heen.type());
        };
        String code = switch (type) {
            case "jw316" -> "447";
            case "jw302" -> "437";
            case "jw306" -> "439";
            case "jw308" -> "441";
            case "jw318" -> "487";
            default -> "489";
        };
        Xml x = Xml.of(type).header(code, heen.afzender(), heen.ontvanger(), heen.id(), heen.dagtekening());
        x.el("IdentificatieRetour", id).el("DagtekeningRetour", dag).versie("XsdVersieRetour")
                .open("RetourCodes").el("RetourCode", "0200").close("RetourCodes").close("Header");
        return x.bytes();
    }

    private static Xml client(Xml x, Client c, boolean naamGebruik) {
        x.open("Client").el("Bsn", c.bsn()).open("Geboortedatum").ijw("Datum", c.geboortedatum()).close("Geboortedatum")
                .el("Geslacht", c.geslacht()).open("Naam").openIjw("Geslachtsnaam").ijw("Achternaam", c.achternaam());
        if (c.voorvoegsel() != null) {
            x.ijw("Voorvoegsel", c.voorvoegsel());
        }
        x.closeIjw("Geslachtsnaam").ijw("Voornamen", c.voornamen()).ijw("Voorletters", c.voorletters());
        if (naamGebruik) {
            x.ijw("NaamGebruik", 1);
        }
        return x.close("Naam");
    }

    private static void delivery(Xml x, Long nummer, LocalDate ingang, LocalDate begin) {
        if (nummer != null) {
            x.el("ToewijzingNummer", nummer);
        }
        x.product("Product", CATEGORIE, CODE);
        if (nummer != null) {
            x.el("ToewijzingIngangsdatum", ingang);
        }
        x.el("Begindatum", begin);
    }
}
