package io.storedesk.orders.review;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding shared by the address, phone and buyer-note checks, so all three compare text the same way. */
final class Text {

    // After NFKC the ideographic space is a plain space; zero-width ones survive it, so they are named here.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+");
    private static final Pattern NOT_KEY = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private Text() {
    }

    /** NFKC (full-width letters, digits, spaces and punctuation become plain), runs of blanks as one space, trimmed. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }

    /** The folded text without blanks, punctuation or symbols, lower case: what two spellings share. */
    static String key(String text) {
        return NOT_KEY.matcher(fold(text).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean allHan(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(Text::isHan);
    }

    static String nullIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
