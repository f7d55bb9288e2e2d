package nl.ijw.gateway.rules.header;

import static nl.ijw.gateway.message.MessageType.JW301;
import static nl.ijw.gateway.message.MessageType.JW305;
import static nl.ijw.gateway.message.MessageType.JW307;
import static nl.ijw.gateway.message.MessageType.JW315;
import static nl.ijw.gateway.message.MessageType.JW317;
import static nl.ijw.gateway.message.MessageType.JW319;
import static nl.ijw.gateway.message.MessageType.JW323;
import static nl.ijw.gateway.message.MessageType.JW325;

import java.time.LocalDate;

import nl.ijw.gateway.rules.BaseRule;
import nl.ijw.gateway.rules.RuleContext;
import nl.ijw.gateway.rules.RuleLevel;
import nl.ijw.gateway.rules.Subjects;
import nl.ijw.gateway.validation.Finding;

/**
 * TR135 (8848): the message's Dagtekening may not lie after the day it was received. "Today" is
 * the receipt date in the Netherlands ({@link RuleContext#today()}), also in a replay; never the
 * wall clock.
 */
public final class Tr135DagtekeningNotInFuture extends BaseRule {

    public Tr135DagtekeningNotInFuture() {
        super("TR135", "8848", RuleLevel.EXTERNAL, JW301, JW305, JW307, JW315, JW317, JW319, JW323, JW325);
    }

    @Override
    public void check(RuleContext ctx) {
        LocalDate dagtekening = ctx.message().header().dagtekening();
        if (dagtekening != null && dagtekening.isAfter(ctx.today())) {
            ctx.reject(this, Subjects.HEADER, "Dagtekening " + dagtekening + " lies after the receipt date "
                    + ctx.today(), Finding.Subject.NONE);
        }
    }
}
