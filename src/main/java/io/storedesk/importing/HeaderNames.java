package io.storedesk.importing;

import java.util.Locale;

/** Headers compared the way people mean them: "Variant SKU", "variant_sku" and "ＶａｒｉａｎｔＳＫＵ" are one name. */
public final class HeaderNames {

    private HeaderNames() {
    }

    public static String normalize(String header) {
        String t = TextNormalizer.halfWidth(header == null ? "" : header).strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
