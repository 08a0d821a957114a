package io.storedesk.search;

/**
 * LIKE patterns built from what a person typed: their % and _ are matched as themselves, not as wildcards.
 * The escape character is '!', which both H2 and PostgreSQL accept in {@code LIKE ... ESCAPE '!'}.
 */
public final class LikePatterns {

    public static final char ESCAPE = '!';

    private LikePatterns() {
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Text that starts with what was typed. */
    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    /** Text that contains what was typed. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    /** Text that ends with what was typed. */
    public static String endingWith(String text) {
        return "%" + escape(text);
    }
}
