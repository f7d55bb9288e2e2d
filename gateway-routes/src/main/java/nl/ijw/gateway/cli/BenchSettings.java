package nl.ijw.gateway.cli;

import picocli.CommandLine;

/**
 * Refuses benchmark settings that cannot give a figure (no messages, no threads, no time, rounds
 * that do not pair up for ABBA) before anything runs, naming the option, instead of printing NaN.
 */
final class BenchSettings {

    private final CommandLine cmd;

    BenchSettings(CommandLine cmd) {
        this.cmd = cmd;
    }

    BenchSettings atLeast(String option, long value, long min, String why) {
        if (value < min) {
            throw new CommandLine.ParameterException(cmd, option + " must be at least " + min + ", not " + value
                    + ": " + why);
        }
        return this;
    }

    BenchSettings positive(String option, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new CommandLine.ParameterException(cmd, option + " must be more than 0 seconds, not " + seconds
                    + ": nothing can be measured in no time");
        }
        return this;
    }

    BenchSettings notNegative(String option, double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new CommandLine.ParameterException(cmd, option + " must be 0 seconds or more, not " + seconds);
        }
        return this;
    }

    /** ABBA alternation weighs both contenders alike only over pairs of rounds. */
    BenchSettings pairs(String option, int rounds) {
        if (rounds < 2 || rounds % 2 != 0) {
            throw new CommandLine.ParameterException(cmd, option + " must be an even number of at least 2, not "
                    + rounds + ": the rounds alternate between the two contenders (ABBA) and need pairs");
        }
        return this;
    }
}
