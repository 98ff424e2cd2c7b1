package dev.fivewhys.core;

/** How typed text is kept: without surrounding blanks, and blank text as no text at all. */
public final class Text {

    /**
     * A length limit's message, for {@code @Size(max = …, message = Text.AT_MOST)}: the limit is stated once, in the
     * annotation, and the message reads it ("At most 20,000 characters").
     */
    public static final String AT_MOST = "At most ${formatter.format('%,d', max)} characters";

    private Text() {
    }

    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
