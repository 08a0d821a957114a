package io.storedesk.sync.woocommerce;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a modified-ordered pull stands, as the text the engine stores: the boundary (a date_modified_gmt; the
 * query asks for everything modified at or after it), the page of that query, the ids already delivered that
 * were modified exactly at the boundary, and whether the current page is being asked a second time. The token
 * holds the whole query, so a run resumed from it asks exactly what the run that died would have asked.
 * Written as "after=2017-03-22T19:28:08;page=2;seen=727,728;retry=1" (after empty = from the beginning).
 */
record PageToken(String after, int page, Set<Long> seen, boolean retry) {

    /** The engine's page_token column holds 1000 characters; past this many ids we stop listing them. */
    static final int MAX_SEEN = 80;

    PageToken {
        seen = Set.copyOf(seen);
    }

    static PageToken first(String cursor) {
        return new PageToken(cursor == null || cursor.isBlank() ? null : cursor, 1, Set.of(), false);
    }

    /**
     * Reads a stored token; one this adapter cannot read (written by another version) starts over from the
     * cursor, which repeats records (harmless: the engine's upserts are idempotent) but loses none.
     */
    static PageToken parse(String token, String cursor) {
        if (token == null || token.isBlank()) {
            return first(cursor);
        }
        try {
            String after = null;
            int page = 1;
            Set<Long> seen = Set.of();
            boolean retry = false;
            for (String part : token.split(";")) {
                int eq = part.indexOf('=');
                String name = part.substring(0, eq);
                String value = part.substring(eq + 1);
                switch (name) {
                    case "after" -> after = value.isEmpty() ? null : value;
                    case "page" -> page = Integer.parseInt(value);
                    case "seen" -> seen = value.isEmpty() ? Set.of() : Arrays.stream(value.split(","))
                            .map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
                    case "retry" -> retry = "1".equals(value);
                    default -> throw new IllegalArgumentException(name);
                }
            }
            if (after != null) {
                WooValues.gmt(after);
            }
            return new PageToken(after, Math.max(1, page), seen, retry);
        } catch (RuntimeException e) {
            return first(cursor);
        }
    }

    /** The next page of the same query. */
    PageToken nextPage(Set<Long> alsoSeen) {
        Set<Long> all = new LinkedHashSet<>(seen);
        all.addAll(alsoSeen);
        return new PageToken(after, page + 1, capped(all), false);
    }

    /** A new query from a later boundary, starting at its first page. */
    static PageToken from(String after, Set<Long> seenAtAfter) {
        return new PageToken(after, 1, capped(seenAtAfter), false);
    }

    PageToken askedAgain() {
        return new PageToken(after, page, seen, true);
    }

    /**
     * Without the list, records modified in the same second as the boundary come again: a repeat, which the
     * idempotent upserts absorb, never a gap.
     */
    private static Set<Long> capped(Set<Long> ids) {
        return ids.size() > MAX_SEEN ? Set.of() : ids;
    }

    String encode() {
        return "after=" + (after == null ? "" : after) + ";page=" + page + ";seen="
                + seen.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")) + ";retry=" + (retry ? 1 : 0);
    }
}
