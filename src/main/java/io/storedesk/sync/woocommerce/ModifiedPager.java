package io.storedesk.sync.woocommerce;

import io.storedesk.sync.PullPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages a list WooCommerce can sort by modification date (orders, products) without skipping a change made
 * while the run pages through it.
 *
 * <p>Plain page numbers over "modified after the run's cursor, oldest first" can skip: when a record on a page
 * already read changes, it moves to the end of the list, every later record moves up one place, and the first
 * record of the next page slides onto the page already read; the run then ends with a cursor newer than the
 * record it never saw. So each page's query starts where the last page ended (keyset paging): the next query
 * asks for records modified at or after the newest one delivered, from page 1. A record that changes during
 * the run comes again later with its new state (a repeat, which the idempotent upserts absorb); none is skipped.
 * Page numbers are only stepped within one second's worth of records (more than a page modified in the same
 * second, e.g. a bulk edit), where the ids already delivered are carried in the token to avoid repeats.
 *
 * <p>An answer with nothing new where there should be (a cache serving an old page, an empty page although
 * X-WP-TotalPages says more) is asked once more, and if it stays so, the run ends there: the cursor only
 * advances to what was delivered, so the next run carries on from it and nothing is lost.
 */
final class ModifiedPager<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ModifiedPager.class);

    record Result<T>(List<T> records, String nextPageToken, String newestCursor) {
    }

    private final WooApi api;
    private final String path;
    private final Class<T> type;
    private final ToLongFunction<T> idOf;
    private final Function<T, String> modifiedOf;
    private final int perPage;

    ModifiedPager(WooApi api, String path, Class<T> type, ToLongFunction<T> idOf, Function<T, String> modifiedOf,
                  int perPage) {
        this.api = api;
        this.path = path;
        this.type = type;
        this.idOf = idOf;
        this.modifiedOf = modifiedOf;
        this.perPage = perPage;
    }

    Result<T> pull(PullPosition position) {
        PageToken token = PageToken.parse(position.pageToken(), position.cursor());
        Instant after = token.after() == null ? null : WooValues.gmt(token.after());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("orderby", "modified");
        query.put("order", "asc");
        query.put("per_page", String.valueOf(perPage));
        query.put("page", String.valueOf(token.page()));
        if (after != null) {
            // modified_after is strict and dates have whole seconds: one second earlier also brings the records
            // modified in the boundary's own second; those already delivered are dropped below by the seen list.
            query.put("modified_after", WooValues.formatGmt(after.minusSeconds(1)));
            query.put("dates_are_gmt", "true");
        }
        String what = path + " page " + token.page() + (after == null ? "" : " modified after " + token.after());
        WooApi.Page<T> page = api.list(path, query, type, what);

        Map<Long, T> fresh = new LinkedHashMap<>();
        for (T record : page.items()) {
            Instant modified = WooValues.gmt(modifiedOf.apply(record));
            long id = idOf.applyAsLong(record);
            if (after != null && modified != null && (modified.isBefore(after)
                    || modified.equals(after) && token.seen().contains(id))) {
                continue; // delivered earlier in this run, or not what the query asked for
            }
            T earlier = fresh.get(id);
            if (earlier == null || !newer(earlier, record)) {
                fresh.put(id, record); // the same record twice on one page: keep its newest state once
            }
        }
        List<T> records = new ArrayList<>(fresh.values());
        Instant newest = records.stream().map(r -> WooValues.gmt(modifiedOf.apply(r))).filter(d -> d != null)
                .max(Instant::compareTo).orElse(null);
        String newestCursor = newest == null ? null : WooValues.formatGmt(newest);
        int duplicates = page.items().size() - records.size();
        if (duplicates > 0) {
            LOG.info("{}: {} record(s) already delivered in this run were left out", what, duplicates);
        }

        if (page.isLast(token.page(), perPage)) {
            return new Result<>(records, null, newestCursor);
        }
        if (records.isEmpty()) {
            if (token.retry()) {
                LOG.warn("{}: still nothing new although WooCommerce says {} page(s); ending this run here, the next "
                        + "run carries on from the newest record delivered", what, page.totalPages());
                return new Result<>(records, null, null);
            }
            LOG.warn("{}: nothing new although WooCommerce says {} page(s); asking again", what, page.totalPages());
            return new Result<>(records, token.askedAgain().encode(), null);
        }
        if (newest == null) {
            return new Result<>(records, token.nextPage(Set.of()).encode(), null);
        }
        Set<Long> atNewest = new LinkedHashSet<>();
        for (T record : records) {
            if (newest.equals(WooValues.gmt(modifiedOf.apply(record)))) {
                atNewest.add(idOf.applyAsLong(record));
            }
        }
        String next = after == null || newest.isAfter(after)
                ? PageToken.from(newestCursor, atNewest).encode()
                : token.nextPage(atNewest).encode();
        return new Result<>(records, next, newestCursor);
    }

    private boolean newer(T earlier, T candidate) {
        Instant a = WooValues.gmt(modifiedOf.apply(earlier));
        Instant b = WooValues.gmt(modifiedOf.apply(candidate));
        return a != null && b != null && a.isAfter(b);
    }
}
