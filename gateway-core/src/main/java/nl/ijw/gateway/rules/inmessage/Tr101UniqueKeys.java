package nl.ijw.gateway.rules.inmessage;

import static nl.ijw.gateway.message.MessageType.JW301;
import static nl.ijw.gateway.message.MessageType.JW305;
import static nl.ijw.gateway.message.MessageType.JW307;
import static nl.ijw.gateway.message.MessageType.JW317;
import static nl.ijw.gateway.message.MessageType.JW323;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.domain.ToewijzingNummer;
import nl.ijw.gateway.domain.VerzoekOmWijziging;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/**
 * TR101 (0001): two classes under the same parent may not share their logical key: 301
 * ToegewezenProduct (ToewijzingNummer); 305 StartProduct (ToewijzingNummer, Product, Begindatum);
 * 307 StopProduct (that plus RedenBeeindiging, Einddatum); 317 OngewijzigdProduct and
 * TeWijzigenProduct (ToewijzingNummer), NieuwProduct (Product, GewensteIngangsdatum); 323 Client
 * (Bsn) and Prestatie (ReferentieNummer, VorigReferentieNummer) within its client. The 315 key
 * (ReferentieAanbieder) is TR383's.
 */
public final class Tr101UniqueKeys extends BaseRule {

    public Tr101UniqueKeys() {
        super("TR101", Finding.TECHNICAL_REJECTION, RuleLevel.IN_MESSAGE, JW301, JW305, JW307, JW317, JW323);
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.message() instanceof Toewijzing t) {
            Set<ToewijzingNummer> seen = new HashSet<>();
            for (Toewijzing.ToegewezenProduct p : t.producten()) {
                if (!seen.add(p.nummer())) {
                    duplicate(ctx, p.path(), "ToewijzingNummer " + p.nummer(), Subjects.of(p.nummer(), null, t.bsn()));
                }
            }
        } else if (ctx.message() instanceof StartLevering s) {
            Set<List<Object>> seen = new HashSet<>();
            for (StartLevering.StartProduct p : s.producten()) {
                if (!seen.add(Arrays.asList(p.nummer(), p.product(), p.begindatum()))) {
                    duplicate(ctx, p.path(), "start key", Subjects.of(p.nummer(), null, s.bsn()));
                }
            }
        } else if (ctx.message() instanceof StopLevering s) {
            Set<List<Object>> seen = new HashSet<>();
            for (StopLevering.StopProduct p : s.producten()) {
                if (!seen.add(Arrays.asList(p.nummer(), p.product(), p.begindatum(), p.redenBeeindiging(),
                        p.einddatum()))) {
                    duplicate(ctx, p.path(), "stop key", Subjects.of(p.nummer(), null, s.bsn()));
                }
            }
        } else if (ctx.message() instanceof VerzoekOmWijziging v) {
            Set<ToewijzingNummer> same = new HashSet<>();
            for (ToewijzingNummer n : v.ongewijzigd()) {
                if (!same.add(n)) {
                    duplicate(ctx, v.verzoekPath(), "OngewijzigdProduct " + n, Subjects.of(n, v.referentieAanbieder(), v.bsn()));
                }
            }
            Set<ToewijzingNummer> change = new HashSet<>();
            for (VerzoekOmWijziging.TeWijzigenProduct p : v.teWijzigen()) {
                if (!change.add(p.nummer())) {
                    duplicate(ctx, p.path(), "TeWijzigenProduct " + p.nummer(),
                            Subjects.of(p.nummer(), v.referentieAanbieder(), v.bsn()));
                }
            }
            Set<List<Object>> added = new HashSet<>();
            for (VerzoekOmWijziging.NieuwProduct p : v.nieuw()) {
                if (!added.add(List.of(p.product(), p.gewensteIngangsdatum()))) {
                    duplicate(ctx, p.path(), "NieuwProduct", Subjects.of(null, v.referentieAanbieder(), v.bsn()));
                }
            }
        } else if (ctx.message() instanceof Declaratie d) {
            Map<String, String> clientOfBsn = new HashMap<>();
            Set<List<Object>> refs = new HashSet<>();
            for (Declaratie.Prestatie p : d.prestaties()) {
                String client = clientPath(p.path());
                String earlier = clientOfBsn.putIfAbsent(p.bsn().value(), client);
                if (earlier != null && !earlier.equals(client)) {
                    duplicate(ctx, client, "Client Bsn", Subjects.of(p.bsn()));
                    clientOfBsn.put(p.bsn().value(), client);
                }
                if (!refs.add(Arrays.asList(client, p.referentieNummer(), p.vorigReferentieNummer()))) {
                    duplicate(ctx, p.path(), "ProductReferentie " + p.referentieNummer(),
                            Subjects.of(p.nummer(), p.referentieNummer(), p.bsn()));
                }
            }
        }
    }

    static String clientPath(String prestatiePath) {
        int i = prestatiePath.indexOf("/Prestaties/");
        return i < 0 ? prestatiePath : prestatiePath.substring(0, i);
    }

    private void duplicate(RuleContext ctx, String path, String what, Finding.Subject subject) {
        ctx.reject(this, Subjects.HEADER, path + ": " + what + " occurs twice under the same parent", subject);
    }
}
