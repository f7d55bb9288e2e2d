package nl.ijw.gateway.cli;

import java.util.function.Function;

import picocli.CommandLine;

/**
 * Numbers on the command line, refused in words: picocli's own converters say "'abc' is not an
 * int", which is Java's word for it, not the user's.
 */
final class NumberWords {

    private NumberWords() {
    }

    static void register(CommandLine cl) {
        CommandLine.ITypeConverter<Integer> whole = v -> parse(v, Integer::valueOf, "a whole number");
        CommandLine.ITypeConverter<Long> wholeLong = v -> parse(v, Long::valueOf, "a whole number");
        CommandLine.ITypeConverter<Double> number = v -> parse(v, Double::valueOf, "a number (with a decimal point: 0.5)");
        cl.registerConverter(Integer.class, whole).registerConverter(int.class, whole)
                .registerConverter(Long.class, wholeLong).registerConverter(long.class, wholeLong)
                .registerConverter(Double.class, number).registerConverter(double.class, number);
    }

    private static <T> T parse(String value, Function<String, T> parser, String what) {
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not " + what);
        }
    }
}
