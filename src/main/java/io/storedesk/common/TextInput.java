package io.storedesk.common;

/**
 * Checks of typed or imported text before it reaches a column: longer than the column, or broken UTF-16 (a
 * lone surrogate, which no database can store as UTF-8), is refused with the field's name and the limit
 * instead of failing in the database. Search boxes never refuse: a lone surrogate there becomes U+FFFD,
 * which nothing stored contains, so the search simply finds nothing.
 */
public final class TextInput {

    public static final char REPLACEMENT = '\uFFFD';

    private TextInput() {
    }

    /**
     * The text as given (null stays null), refused when longer than max characters or not valid UTF-16.
     * fieldKey is the message key of the field's name, so the refusal names it in the user's language.
     */
    public static String checked(String text, String fieldKey, int max) {
        if (text == null) {
            return null;
        }
        if (hasLoneSurrogate(text)) {
            throw new RefusedInputException("input.brokenText", new MessageKey(fieldKey));
        }
        if (text.length() > max) {
            throw new RefusedInputException("input.tooLong", new MessageKey(fieldKey), max);
        }
        return text;
    }

    /** Search text with lone surrogates replaced by U+FFFD (null stays null). */
    public static String forSearch(String text) {
        if (text == null || !hasLoneSurrogate(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    /** Whether the text has a high surrogate without its low half, or a low one without its high half. */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
