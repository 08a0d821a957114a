package io.storedesk.catalog;

import java.math.BigDecimal;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * An in-memory index of every SKU for the catalog table: the search text and what the filters test, and
 * for every sort the SKUs' order, worked out once. A query is one pass over that order, so search as you
 * type stays instant on a large catalog (decision 0010). Built from rows ordered by SKU code, so a SKU's
 * position is its rank by code, which breaks every tie. Empty values (no cost, no category) sort last in
 * both directions; titles and category names sort as Chinese readers expect (pinyin), Latin letters
 * alphabetically. Otherwise immutable; a changed catalog gets a new index.
 */
final class SkuIndex {

    /** The ids of one page of matches, in order, and how many match in all. */
    record IdPage(List<Long> ids, long total) {
    }

    /** SKUs in ascending order of a key; positions from nullsFrom on have no value for it. */
    private record Order(int[] positions, int nullsFrom) {
    }

    /** The SKUs whose text contains a search text, kept to narrow the next, longer one as people type. */
    private record TextMatch(String text, BitSet positions) {
    }

    /** Never a category id, nor the query's {@link CatalogQuery#UNCATEGORISED}. */
    private static final long NO_PARENT = Long.MIN_VALUE;
    private static final BigDecimal SCALE = BigDecimal.valueOf(10_000);
    private static final long NO_VALUE = Long.MIN_VALUE;

    private final CatalogFingerprint fingerprint;
    private final long[] ids;
    private final String[] texts;
    private final long[] categories;
    private final long[] parents;
    private final LifecycleStage[] stages;
    private final boolean[] listed;
    private final MarginBand[] bands;
    private final Map<SkuSort, Order> orders = new EnumMap<>(SkuSort.class);
    private volatile TextMatch lastMatch;

    private SkuIndex(List<SkuIndexRow> rows, CatalogFingerprint fingerprint) {
        this.fingerprint = fingerprint;
        int n = rows.size();
        ids = new long[n];
        texts = new String[n];
        categories = new long[n];
        parents = new long[n];
        stages = new LifecycleStage[n];
        listed = new boolean[n];
        bands = new MarginBand[n];
        long[] price = new long[n];
        long[] cost = new long[n];
        long[] margin = new long[n];
        long[] stage = new long[n];
        long[] listing = new long[n];
        for (int i = 0; i < n; i++) {
            SkuIndexRow r = rows.get(i);
            ids[i] = r.id();
            texts[i] = r.searchText();
            categories[i] = r.categoryId() == null ? CatalogQuery.UNCATEGORISED : r.categoryId();
            parents[i] = r.parentCategoryId() == null ? NO_PARENT : r.parentCategoryId();
            stages[i] = r.stage();
            listed[i] = r.listed();
            bands[i] = MarginBand.of(r.price(), r.cost());
            price[i] = scaled(r.price().amount());
            cost[i] = r.cost() == null ? NO_VALUE : scaled(r.cost().amount());
            margin[i] = Margins.margin(r.price(), r.cost()).map(SkuIndex::scaled).orElse(NO_VALUE);
            stage[i] = r.stage().ordinal();
            listing[i] = r.listed() ? 1 : 0;
        }
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        long[] categoryOrder = new long[n];
        long[] productOrder = ranks(rows, SkuIndexRow::productCode, Comparator.naturalOrder());
        long[] categoryRanks = ranks(rows, SkuIndex::categoryPlace, Comparator.naturalOrder());
        for (int i = 0; i < n; i++) {
            categoryOrder[i] = rows.get(i).categoryId() == null ? NO_VALUE : categoryRanks[i] << 32 | productOrder[i];
        }
        orders.put(SkuSort.CODE, new Order(identity(n), n));
        // The tree's order: each top category, its own products first, then its sub-categories in turn.
        orders.put(SkuSort.CATALOG, order(categoryOrder, productOrder));
        orders.put(SkuSort.TITLE, order(textRanks(rows, SkuIndexRow::title, collator), null));
        orders.put(SkuSort.CATEGORY, order(textRanks(rows, SkuIndexRow::categoryName, collator), null));
        orders.put(SkuSort.PRICE, order(price, null));
        orders.put(SkuSort.COST, order(cost, null));
        orders.put(SkuSort.MARGIN, order(margin, null));
        orders.put(SkuSort.STAGE, order(stage, null));
        orders.put(SkuSort.LISTED, order(listing, null));
    }

    /** rows: every SKU, ordered by SKU code. */
    static SkuIndex build(List<SkuIndexRow> rows, CatalogFingerprint fingerprint) {
        return new SkuIndex(rows, fingerprint);
    }

    CatalogFingerprint fingerprint() {
        return fingerprint;
    }

    int size() {
        return ids.length;
    }

    /** One page of the query's matches. */
    IdPage find(CatalogQuery query) {
        List<Long> page = new ArrayList<>(Math.min(query.limit(), 1_000));
        long[] total = {0};
        walk(query, position -> {
            long index = total[0]++;
            if (index >= query.offset() && page.size() < query.limit()) {
                page.add(ids[position]);
            }
        });
        return new IdPage(page, total[0]);
    }

    /** Every match, in order (for exporting the current view). */
    List<Long> findAll(CatalogQuery query) {
        List<Long> all = new ArrayList<>();
        walk(query, position -> all.add(ids[position]));
        return all;
    }

    private void walk(CatalogQuery query, IntConsumer sink) {
        BitSet text = query.text().isEmpty() ? null : textMatches(query.text());
        Order order = orders.get(query.sort());
        int[] p = order.positions();
        if (query.descending()) {
            for (int k = order.nullsFrom() - 1; k >= 0; k--) {
                test(query, text, p[k], sink);
            }
        } else {
            for (int k = 0; k < order.nullsFrom(); k++) {
                test(query, text, p[k], sink);
            }
        }
        for (int k = order.nullsFrom(); k < p.length; k++) {
            test(query, text, p[k], sink);
        }
    }

    private void test(CatalogQuery q, BitSet text, int i, IntConsumer sink) {
        if ((text == null || text.get(i))
                && (q.stage() == null || stages[i] == q.stage())
                && (q.listed() == null || listed[i] == q.listed())
                && (q.marginBand() == null || bands[i] == q.marginBand())
                && (q.categoryId() == null || categories[i] == q.categoryId() || parents[i] == q.categoryId())) {
            sink.accept(i);
        }
    }

    /**
     * The SKUs whose text contains the search text. Typing adds letters, so the matches of the text typed
     * before (when the new text contains it) are the only candidates.
     */
    private BitSet textMatches(String text) {
        TextMatch last = lastMatch;
        BitSet matches = new BitSet(texts.length);
        if (last != null && text.contains(last.text())) {
            BitSet candidates = last.positions();
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                if (texts[i].contains(text)) {
                    matches.set(i);
                }
            }
        } else {
            for (int i = 0; i < texts.length; i++) {
                if (texts[i].contains(text)) {
                    matches.set(i);
                }
            }
        }
        lastMatch = new TextMatch(text, matches);
        return matches;
    }

    /** Where a SKU's category sits in the tree: top category, then (sub-categories after) its own place. */
    private static Long categoryPlace(SkuIndexRow r) {
        if (r.categoryId() == null) {
            return null;
        }
        long child = r.parentCategoryId() == null ? 0 : 1;
        return (long) r.topCategorySort() << 33 | child << 32 | (r.categorySort() - (long) Integer.MIN_VALUE);
    }

    private static long scaled(BigDecimal amount) {
        return amount.multiply(SCALE).longValue();
    }

    private static int[] identity(int n) {
        int[] positions = new int[n];
        Arrays.setAll(positions, i -> i);
        return positions;
    }

    /** Each row's rank among the distinct values (NO_VALUE where it has none). */
    private static <T> long[] ranks(List<SkuIndexRow> rows, Function<SkuIndexRow, T> value, Comparator<T> order) {
        TreeSet<T> distinct = new TreeSet<>(order);
        for (SkuIndexRow r : rows) {
            T v = value.apply(r);
            if (v != null) {
                distinct.add(v);
            }
        }
        Map<T, Long> rank = new HashMap<>();
        long next = 0;
        for (T v : distinct) {
            rank.put(v, next++);
        }
        long[] ranks = new long[rows.size()];
        for (int i = 0; i < ranks.length; i++) {
            T v = value.apply(rows.get(i));
            ranks[i] = v == null ? NO_VALUE : rank.get(v);
        }
        return ranks;
    }

    /** Like ranks, for text in the collator's order; each distinct text gets its collation key once. */
    private static long[] textRanks(List<SkuIndexRow> rows, Function<SkuIndexRow, String> value, Collator collator) {
        Map<String, CollationKey> keys = new HashMap<>();
        for (SkuIndexRow r : rows) {
            String v = value.apply(r);
            if (v != null) {
                keys.computeIfAbsent(v, collator::getCollationKey);
            }
        }
        Function<SkuIndexRow, CollationKey> key = r -> {
            String v = value.apply(r);
            return v == null ? null : keys.get(v);
        };
        return ranks(rows, key, Comparator.<CollationKey>naturalOrder());
    }

    /**
     * Positions ordered by key, ties by position (the SKU code); those without a key last, ordered by
     * whenNone (or position). Keys and positions are packed into one long and sorted as primitives: the
     * key's rank among the distinct keys in the high bits, the position in the low ones.
     */
    private static Order order(long[] key, long[] whenNone) {
        int n = key.length;
        long[] distinct = Arrays.stream(key).filter(k -> k != NO_VALUE).sorted().distinct().toArray();
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(n, 1));
        long[] packed = new long[n];
        int with = 0;
        for (int i = 0; i < n; i++) {
            if (key[i] != NO_VALUE) {
                packed[with++] = (long) Arrays.binarySearch(distinct, key[i]) << bits | i;
            }
        }
        Arrays.sort(packed, 0, with);
        int without = with;
        for (int i = 0; i < n; i++) {
            if (key[i] == NO_VALUE) {
                packed[without++] = (whenNone == null ? 0 : whenNone[i]) << bits | i;
            }
        }
        Arrays.sort(packed, with, n);
        long mask = (1L << bits) - 1;
        int[] positions = new int[n];
        for (int k = 0; k < n; k++) {
            positions[k] = (int) (packed[k] & mask);
        }
        return new Order(positions, with);
    }
}
