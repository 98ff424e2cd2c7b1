package dev.fivewhys.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads a verdict as people write it ("CONDITIONAL GO", "conditional-go", "Conditional_Go"), for forms and imports. */
final class Labels {

    private Labels() {
    }

    static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> label, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normalize(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> normalize(label.apply(value)).equals(wanted) || normalize(value.name()).equals(wanted))
                .findFirst();
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("[\\s_-]+", " ").toUpperCase(Locale.ROOT);
    }
}
