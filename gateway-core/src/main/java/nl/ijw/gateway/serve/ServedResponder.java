package nl.ijw.gateway.serve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.ijw.gateway.domain.IjwMessage;
import nl.ijw.gateway.engine.Responder;
import nl.ijw.gateway.validation.Finding;
import nl.ijw.gateway.validation.ValidationReport;

/**
 * Answers only on behalf of a served party: a message a served party sends is the receiver's to
 * answer (no gateway-made JW302 for a back-office's JW301), and a foreign message is nobody's here.
 */
public final class ServedResponder implements Responder {

    private final Responder delegate;
    private final ServedParties serves;

    public ServedResponder(Responder delegate, ServedParties serves) {
        this.delegate = delegate;
        this.serves = serves;
    }

    @Override
    public Optional<Answer> answer(byte[] heen, ValidationReport report, IjwMessage message, List<Finding> findings,
                                   String identificatie, LocalDate date) {
        if (serves.roleFor(report.header()) != Role.TO_SERVED) {
            return Optional.empty();
        }
        return delegate.answer(heen, report, message, findings, identificatie, date);
    }
}
