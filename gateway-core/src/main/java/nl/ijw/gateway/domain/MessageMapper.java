package nl.ijw.gateway.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.model.v3_2.basis.CDTOmvang;
import nl.ijw.gateway.model.v3_2.basis.CDTProduct;
import nl.ijw.gateway.model.v3_2.basis.LDTDebetCredit;
import nl.ijw.gateway.model.v3_2.jw301.ToegewezenProduct;
import nl.ijw.gateway.model.v3_2.jw305.StartProduct;
import nl.ijw.gateway.model.v3_2.jw307.StopProduct;
import nl.ijw.gateway.model.v3_2.jw315.AangevraagdProduct;
import nl.ijw.gateway.validation.MessageHeader;
import nl.ijw.gateway.validation.ValidationReport;

/** Turns a valid, bound iJw 3.2 message into the domain view the rules and the state use. */
public final class MessageMapper {

    private static final String CLIENT = "/Bericht/Client";

    private MessageMapper() {
    }

    /** Empty when the report holds no bound model (invalid, or a release without a model). */
    public static Optional<IjwMessage> map(ValidationReport report) {
        if (report.boundModel().isEmpty() || report.messageKind().isEmpty()) {
            return Optional.empty();
        }
        MessageType type = report.messageKind().get().type();
        Header h = header(type, report.header());
        Object m = report.boundModel().get();
        return Optional.of(switch (type) {
            case JW301 -> toewijzing(h, (nl.ijw.gateway.model.v3_2.jw301.Root) m);
            case JW305 -> start(h, (nl.ijw.gateway.model.v3_2.jw305.Root) m);
            case JW307 -> stop(h, (nl.ijw.gateway.model.v3_2.jw307.Root) m);
            case JW315 -> vot(h, (nl.ijw.gateway.model.v3_2.jw315.Root) m);
            case JW317 -> vow(h, (nl.ijw.gateway.model.v3_2.jw317.Root) m);
            case JW319 -> antwoord(h, (nl.ijw.gateway.model.v3_2.jw319.Root) m);
            case JW323 -> declaratie(h, (nl.ijw.gateway.model.v3_2.jw323.Root) m);
            case JW325 -> declaratieAntwoord(h, (nl.ijw.gateway.model.v3_2.jw325.Root) m);
            case JW302, JW306, JW308, JW316, JW318, JW320 -> retour(h, report.header());
        });
    }

    static Header header(MessageType type, MessageHeader mh) {
        return new Header(type, Party.of(mh.afzender()), Party.of(mh.ontvanger()), mh.identificatie(),
                LocalDate.parse(mh.dagtekening()));
    }

    private static Toewijzing toewijzing(Header h, nl.ijw.gateway.model.v3_2.jw301.Root r) {
        var c = r.getClient();
        List<Toewijzing.ToegewezenProduct> list = new ArrayList<>();
        List<ToegewezenProduct> src = c.getToegewezenProducten().getToegewezenProduct();
        for (int i = 0; i < src.size(); i++) {
            ToegewezenProduct p = src.get(i);
            list.add(new Toewijzing.ToegewezenProduct(
                    IjwMessage.item(CLIENT + "/ToegewezenProducten", "ToegewezenProduct", i),
                    ToewijzingNummer.of(p.getToewijzingNummer()), p.getReferentieAanbieder(), product(p.getProduct()),
                    p.getToewijzingsdatum(), p.getIngangsdatum(), p.getEinddatum(),
                    p.getRedenWijziging(), omvang(p.getOmvang()), toLong(p.getBudget())));
        }
        return new Toewijzing(h, Bsn.of(c.getBsn()), CLIENT, list);
    }

    private static StartLevering start(Header h, nl.ijw.gateway.model.v3_2.jw305.Root r) {
        var c = r.getClient();
        List<StartLevering.StartProduct> list = new ArrayList<>();
        List<StartProduct> src = c.getStartProducten().getStartProduct();
        for (int i = 0; i < src.size(); i++) {
            StartProduct p = src.get(i);
            list.add(new StartLevering.StartProduct(IjwMessage.item(CLIENT + "/StartProducten", "StartProduct", i),
                    nummer(p.getToewijzingNummer()), product(p.getProduct()), p.getToewijzingIngangsdatum(),
                    p.getBegindatum(), StatusAanlevering.of(p.getStatusAanlevering())));
        }
        return new StartLevering(h, Bsn.of(c.getBsn()), CLIENT, list);
    }

    private static StopLevering stop(Header h, nl.ijw.gateway.model.v3_2.jw307.Root r) {
        var c = r.getClient();
        List<StopLevering.StopProduct> list = new ArrayList<>();
        List<StopProduct> src = c.getStopProducten().getStopProduct();
        for (int i = 0; i < src.size(); i++) {
            StopProduct p = src.get(i);
            list.add(new StopLevering.StopProduct(IjwMessage.item(CLIENT + "/StopProducten", "StopProduct", i),
                    nummer(p.getToewijzingNummer()), product(p.getProduct()), p.getToewijzingIngangsdatum(),
                    p.getBegindatum(), p.getRedenBeeindiging(), p.getEinddatum(),
                    StatusAanlevering.of(p.getStatusAanlevering())));
        }
        return new StopLevering(h, Bsn.of(c.getBsn()), CLIENT, list);
    }

    private static VerzoekOmToewijzing vot(Header h, nl.ijw.gateway.model.v3_2.jw315.Root r) {
        var c = r.getClient();
        List<VerzoekOmToewijzing.AangevraagdProduct> list = new ArrayList<>();
        List<AangevraagdProduct> src = c.getAangevraagdeProducten().getAangevraagdProduct();
        for (int i = 0; i < src.size(); i++) {
            AangevraagdProduct p = src.get(i);
            list.add(new VerzoekOmToewijzing.AangevraagdProduct(
                    IjwMessage.item(CLIENT + "/AangevraagdeProducten", "AangevraagdProduct", i),
                    p.getReferentieAanbieder(), product(p.getProduct()), p.getToewijzingIngangsdatum(),
                    p.getToewijzingEinddatum(), omvang(p.getOmvang()), toLong(p.getBudget())));
        }
        return new VerzoekOmToewijzing(h, Bsn.of(c.getBsn()), CLIENT, list);
    }

    private static VerzoekOmWijziging vow(Header h, nl.ijw.gateway.model.v3_2.jw317.Root r) {
        var c = r.getClient();
        var v = c.getVerzoek();
        String base = CLIENT + "/Verzoek";
        List<ToewijzingNummer> same = new ArrayList<>();
        if (v.getOngewijzigdeProducten() != null) {
            v.getOngewijzigdeProducten().getOngewijzigdProduct().forEach(p -> same.add(ToewijzingNummer.of(p.getToewijzingNummer())));
        }
        List<VerzoekOmWijziging.TeWijzigenProduct> change = new ArrayList<>();
        if (v.getTeWijzigenProducten() != null) {
            var src = v.getTeWijzigenProducten().getTeWijzigenProduct();
            for (int i = 0; i < src.size(); i++) {
                var p = src.get(i);
                change.add(new VerzoekOmWijziging.TeWijzigenProduct(
                        IjwMessage.item(base + "/TeWijzigenProducten", "TeWijzigenProduct", i),
                        ToewijzingNummer.of(p.getToewijzingNummer()), p.getGewensteIngangsdatum(),
                        p.getEinddatum(), omvang(p.getOmvang()), toLong(p.getBudget())));
            }
        }
        List<VerzoekOmWijziging.NieuwProduct> added = new ArrayList<>();
        if (v.getNieuweProducten() != null) {
            var src = v.getNieuweProducten().getNieuwProduct();
            for (int i = 0; i < src.size(); i++) {
                var p = src.get(i);
                added.add(new VerzoekOmWijziging.NieuwProduct(IjwMessage.item(base + "/NieuweProducten", "NieuwProduct", i),
                        product(p.getProduct()), p.getGewensteIngangsdatum(), p.getEinddatum(),
                        omvang(p.getOmvang()), toLong(p.getBudget())));
            }
        }
        return new VerzoekOmWijziging(h, Bsn.of(c.getBsn()), base, v.getReferentieAanbieder(), v.getRedenVerzoek(),
                same, change, added);
    }

    private static Antwoordbericht antwoord(Header h, nl.ijw.gateway.model.v3_2.jw319.Root r) {
        var a = r.getAntwoord();
        return new Antwoordbericht(h, "/Bericht/Antwoord", a.getReferentieAanbieder(), a.getVerzoekAntwoord(),
                a.getRedenAfwijzingVerzoek());
    }

    private static Declaratie declaratie(Header h, nl.ijw.gateway.model.v3_2.jw323.Root r) {
        var d = r.getDeclaratie();
        List<Declaratie.Prestatie> lines = new ArrayList<>();
        var clients = d.getClienten().getClient();
        for (int c = 0; c < clients.size(); c++) {
            var client = clients.get(c);
            String clientPath = IjwMessage.item("/Bericht/Declaratie/Clienten", "Client", c);
            var src = client.getPrestaties().getPrestatie();
            for (int i = 0; i < src.size(); i++) {
                var p = src.get(i);
                lines.add(new Declaratie.Prestatie(IjwMessage.item(clientPath + "/Prestaties", "Prestatie", i),
                        Bsn.of(client.getBsn()), p.getProductReferentie().getReferentieNummer(),
                        p.getProductReferentie().getVorigReferentieNummer(), ToewijzingNummer.of(p.getToewijzingNummer()),
                        new Product(p.getProductCategorie(), p.getProductCode()),
                        new Period(p.getProductPeriode().getBegindatum(), p.getProductPeriode().getEinddatum()),
                        p.getGeleverdVolume(), p.getEenheid(), toLong(p.getProductTarief()),
                        p.getIngediendBedrag().getBedrag(), p.getIngediendBedrag().getDebetCredit() == LDTDebetCredit.D));
            }
        }
        var total = d.getTotaalIngediendBedrag();
        return new Declaratie(h, d.getDeclaratieNummer(),
                new Period(d.getDeclaratiePeriode().getBegindatum(), d.getDeclaratiePeriode().getEinddatum()),
                total.getTotaalBedrag(), total.getDebetCredit() == LDTDebetCredit.D, lines);
    }

    /** Header only (no DeclaratieAntwoord) is valid: every prestatie approved; it still answers its claim. */
    private static DeclaratieAntwoord declaratieAntwoord(Header h, nl.ijw.gateway.model.v3_2.jw325.Root r) {
        var id = r.getHeader().getDeclaratieIdentificatie();
        var antwoord = r.getDeclaratieAntwoord();
        return new DeclaratieAntwoord(h, id.getIdentificatie(), antwoord == null ? null : antwoord.getDeclaratieNummer());
    }

    private static Retour retour(Header h, MessageHeader mh) {
        return new Retour(h, mh.identificatieRetour(),
                mh.dagtekeningRetour() == null ? null : LocalDate.parse(mh.dagtekeningRetour()), List.of());
    }

    private static Product product(CDTProduct p) {
        return p == null ? Product.NONE : new Product(p.getCategorie(), p.getCode());
    }

    private static Omvang omvang(CDTOmvang o) {
        return o == null ? null : new Omvang(o.getVolume(), o.getEenheid(), o.getFrequentie());
    }

    private static ToewijzingNummer nummer(Integer n) {
        return n == null ? null : ToewijzingNummer.of(n);
    }

    private static Long toLong(Integer n) {
        return n == null ? null : n.longValue();
    }
}
