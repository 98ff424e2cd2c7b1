package dev.fivewhys.core;

import java.util.ResourceBundle;

/**
 * Reads a choice (an enum constant) by its exact name (blanks around it aside), as a form's select and the API send it.
 * Anything else, blank
 * included, is refused with the choice's own message: an unknown value never silently becomes a default. The
 * messages are those of ValidationMessages.properties ({@code choose.RiskLevel}), so a missing choice that a content
 * record refuses ({@code @NotNull(message = "{choose.RiskLevel}")}) reads the same.
 */
public final class Choices {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("ValidationMessages");

    private Choices() {
    }

    /**
     * @throws ValidationProblem with the choice's message when the text names no constant of the type
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (text != null && constant.name().equals(text.strip())) {
                return constant;
            }
        }
        throw new ValidationProblem(message(type));
    }

    /** As {@link #parse}, but nothing chosen (null or blank) is null, for a content record's own check to refuse. */
    public static <E extends Enum<E>> E parseChosen(Class<E> type, String text) {
        return text == null || text.isBlank() ? null : parse(type, text);
    }

    /** "Choose low, medium or high"; a generic message for a choice the messages do not name. */
    public static String message(Class<?> type) {
        String key = "choose." + type.getSimpleName();
        return MESSAGES.containsKey(key) ? MESSAGES.getString(key) : "Choose one of the list";
    }
}
