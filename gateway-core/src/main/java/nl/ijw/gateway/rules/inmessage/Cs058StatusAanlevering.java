package nl.ijw.gateway.rules.inmessage;

import static nl.ijw.gateway.message.MessageType.JW305;
import static nl.ijw.gateway.message.MessageType.JW307;

import nl.ijw.gateway.domain.StartLevering;
import nl.ijw.gateway.domain.StatusAanlevering;
import nl.ijw.gateway.domain.StopLevering;
import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/**
 * CS058 (0001): in iJw a start or stop is only added (StatusAanlevering 1) or deleted (3); a
 * correction is a delete plus a new line, never status 2.
 */
public final class Cs058StatusAanlevering extends BaseRule {

    public Cs058StatusAanlevering() {
        super("CS058", Finding.TECHNICAL_REJECTION, RuleLevel.IN_MESSAGE, JW305, JW307);
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.message() instanceof StartLevering s) {
            for (StartLevering.StartProduct p : s.producten()) {
                check(ctx, p.path(), p.status(), Subjects.of(p.nummer(), null, s.bsn()));
            }
        } else if (ctx.message() instanceof StopLevering s) {
            for (StopLevering.StopProduct p : s.producten()) {
                check(ctx, p.path(), p.status(), Subjects.of(p.nummer(), null, s.bsn()));
            }
        }
    }

    private void check(RuleContext ctx, String path, StatusAanlevering status, Finding.Subject subject) {
        if (status != StatusAanlevering.NEW && status != StatusAanlevering.DELETE) {
            ctx.reject(this, Subjects.HEADER, path + ": StatusAanlevering " + status.code()
                    + " is not allowed; use 1 (new) or 3 (delete)", subject);
        }
    }
}
