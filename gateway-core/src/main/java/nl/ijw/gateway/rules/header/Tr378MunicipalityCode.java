package nl.ijw.gateway.rules.header;

import static nl.ijw.gateway.message.MessageType.JW301;
import static nl.ijw.gateway.message.MessageType.JW305;
import static nl.ijw.gateway.message.MessageType.JW307;
import static nl.ijw.gateway.message.MessageType.JW315;
import static nl.ijw.gateway.message.MessageType.JW317;
import static nl.ijw.gateway.message.MessageType.JW319;
import static nl.ijw.gateway.message.MessageType.JW323;
import static nl.ijw.gateway.message.MessageType.JW325;

import java.util.Set;

import nl.ijw.gateway.domain.Header;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/**
 * TR378 (S300): the municipality in the header must be a code of the CBS municipality list
 * ({@link nl.ijw.gateway.rules.RulesConfig#gemeenteCodes()}): Afzender of the municipality's messages
 * (301, 319, 325), Ontvanger of the provider's (305, 307, 315, 317, 323). No list configured: no check.
 */
public final class Tr378MunicipalityCode extends BaseRule {

    private static final Set<MessageType> FROM_MUNICIPALITY = Set.of(JW301, JW319, JW325);

    public Tr378MunicipalityCode() {
        super("TR378", "S300", RuleLevel.EXTERNAL, JW301, JW305, JW307, JW315, JW317, JW319, JW323, JW325);
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> codes = ctx.config().gemeenteCodes();
        if (codes.isEmpty()) {
            return;
        }
        Header h = ctx.message().header();
        boolean fromMunicipality = FROM_MUNICIPALITY.contains(h.type());
        String code = (fromMunicipality ? h.afzender() : h.ontvanger()).code();
        if (!codes.contains(code)) {
            ctx.reject(this, Subjects.HEADER, (fromMunicipality ? "Afzender " : "Ontvanger ") + code
                    + " is not a municipality code of the CBS list", Finding.Subject.NONE);
        }
    }
}
