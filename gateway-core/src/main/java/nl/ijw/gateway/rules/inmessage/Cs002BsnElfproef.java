package nl.ijw.gateway.rules.inmessage;

import static nl.ijw.gateway.message.MessageType.JW301;
import static nl.ijw.gateway.message.MessageType.JW305;
import static nl.ijw.gateway.message.MessageType.JW307;
import static nl.ijw.gateway.message.MessageType.JW315;
import static nl.ijw.gateway.message.MessageType.JW317;
import static nl.ijw.gateway.message.MessageType.JW323;

import java.util.LinkedHashSet;
import java.util.Set;

import nl.ijw.gateway.domain.Bsn;
import nl.ijw.gateway.domain.Declaratie;
import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.domain.Toewijzing;
import nl.ijw.gateway.domain.VerzoekOmToewijzing;
import nl.ijw.gateway.domain.VerzoekOmWijziging;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/** CS002 (0001): every BSN must pass the elfproef ({@link Bsn#passesElfproef()}); 000000000 never does. */
public final class Cs002BsnElfproef extends BaseRule {

    public Cs002BsnElfproef() {
        super("CS002", Finding.TECHNICAL_REJECTION, RuleLevel.IN_MESSAGE, JW301, JW305, JW307, JW315, JW317, JW323);
    }

    @Override
    public void check(RuleContext ctx) {
        for (Bsn bsn : bsns(ctx.message())) {
            if (!bsn.passesElfproef()) {
                ctx.reject(this, Subjects.HEADER, "BSN " + bsn.masked() + " fails the elfproef", Subjects.of(bsn));
            }
        }
    }

    static Set<Bsn> bsns(IjwMessage m) {
        Set<Bsn> out = new LinkedHashSet<>();
        if (m instanceof Toewijzing t) {
            out.add(t.bsn());
        } else if (m instanceof StartLevering s) {
            out.add(s.bsn());
        } else if (m instanceof StopLevering s) {
            out.add(s.bsn());
        } else if (m instanceof VerzoekOmToewijzing v) {
            out.add(v.bsn());
        } else if (m instanceof VerzoekOmWijziging v) {
            out.add(v.bsn());
        } else if (m instanceof Declaratie d) {
            d.prestaties().forEach(p -> out.add(p.bsn()));
        }
        return out;
    }
}
