package io.storedesk.importing;

/** Full-width forms as Chinese input methods type them (１２.５０, Ａ) turned into their ASCII twins. */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String halfWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = c;
            if (c >= '\uFF01' && c <= '\uFF5E') {
                mapped = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                mapped = ' ';
            }
            if (mapped != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(mapped);
            }
        }
        return out == null ? text : out.toString();
    }
}
