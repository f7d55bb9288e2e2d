package nl.ijw.gateway.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.message.MessageType;
import nl.ijw.gateway.retour.DeclaratieAntwoordBuilder;
import nl.ijw.gateway.retour.DeclaratieAntwoordContent;
import nl.ijw.gateway.retour.RetourBuilder;
import nl.ijw.gateway.retour.RetourContent;
import nl.ijw.gateway.retour.RetourNotPossible;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.ValidationReport;

/**
 * Answers heen-messages with their retour (IV028) and claims with a JW325 (IV087). Retours and
 * JW325s themselves get no answer. Input whose header cannot be read gets none either: it stays
 * in the journal with its findings for an operator, as no schema-valid retour can exist for it.
 */
public final class RetourResponder implements Responder {

    private final RetourBuilder retours;
    private final DeclaratieAntwoordBuilder claims;

    public RetourResponder(RetourBuilder retours, DeclaratieAntwoordBuilder claims) {
        this.retours = retours;
        this.claims = claims;
    }

    public static RetourResponder standard() {
        return new RetourResponder(RetourBuilder.standard(), DeclaratieAntwoordBuilder.standard());
    }

    @Override
    public Optional<Answer> answer(byte[] heen, ValidationReport report, IjwMessage message, List<Finding> findings,
                                   String identificatie, LocalDate date) {
        Optional<MessageType> type = report.messageKind().map(k -> k.type());
        if (type.isEmpty() || type.get().answeredBy().isEmpty()) {
            return Optional.empty();
        }
        try {
            if (type.get() == MessageType.JW323) {
                return Optional.of(new Answer(MessageType.JW325, claims.build(heen, report,
                        DeclaratieAntwoordContent.fromFindings(identificatie, date, findings))));
            }
            return Optional.of(new Answer(RetourBuilder.retourType(type.get()), retours.build(heen, report,
                    RetourContent.fromFindings(identificatie, date, findings))));
        } catch (RetourNotPossible e) {
            return Optional.empty();
        }
    }
}
