package io.storedesk.sync.woocommerce;

import io.storedesk.sync.RemoteFault;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WooCommerce's value conventions: amounts as strings, GMT dates without a zone, HTML entities in names. */
final class WooValues {

    /** The shape of date_modified_gmt and of the modified_after parameter: "2017-03-22T19:28:08". */
    static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "times", "×", "hellip", "…");

    private WooValues() {
    }

    /** An amount string ("29.35", "-10.00", "" or null) as a number; blank = zero. */
    static BigDecimal amount(String text, String field) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200, field + " is not an amount: " + text, e);
        }
    }

    /** A *_gmt date as an instant; null or blank = null (e.g. date_paid_gmt of an unpaid order). */
    static Instant gmt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200, "not a WooCommerce date: " + text, e);
        }
    }

    static String formatGmt(Instant at) {
        return GMT.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Product and line names come HTML-escaped ("Ship Your Idea &ndash; Color: Black"); staff should read "–". */
    static String unescapeHtml(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(character(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String character(String entity, String asWritten) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return asWritten; // not a character (too large a number): leave the text as WooCommerce wrote it
        }
        return NAMED.getOrDefault(entity, asWritten);
    }

    static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!out.isEmpty()) {
                    out.append(separator);
                }
                out.append(part.strip());
            }
        }
        return out.isEmpty() ? null : out.toString();
    }
}
