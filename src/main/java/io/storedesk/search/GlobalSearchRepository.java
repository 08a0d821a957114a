package io.storedesk.search;

import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.TICKET;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The global search's reads, each capped. Codes and numbers match from their start, so the unique and the V29
 * indexes answer them; a SKU's title is matched anywhere in its search text; a phone by its last digits (decision
 * 0029 says why that one scans the customers).
 */
public final class GlobalSearchRepository {

    private final DSLContext dsl;

    public GlobalSearchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** SKUs whose code or barcode starts with the text first, then those whose code, title or tags contain it. */
    public List<SearchHit> skus(String text, int limit) {
        Condition byCode = SKU.CODE.like(LikePatterns.startingWith(text), LikePatterns.ESCAPE)
                .or(SKU.CODE.like(LikePatterns.startingWith(text.toUpperCase(Locale.ROOT)), LikePatterns.ESCAPE))
                .or(SKU.BARCODE.like(LikePatterns.startingWith(text), LikePatterns.ESCAPE));
        List<SearchHit> hits = new ArrayList<>(readSkus(byCode, limit));
        if (hits.size() < limit) {
            List<Long> found = hits.stream().map(SearchHit::id).toList();
            Condition inText = SKU.SEARCH_TEXT.like(LikePatterns.containing(text.toLowerCase(Locale.ROOT)),
                    LikePatterns.ESCAPE);
            if (!found.isEmpty()) {
                inText = inText.and(SKU.ID.notIn(found));
            }
            hits.addAll(readSkus(inText, limit - hits.size()));
        }
        return hits;
    }

    private List<SearchHit> readSkus(Condition where, int limit) {
        return dsl.select(SKU.ID, SKU.CODE, PRODUCT.TITLE, SKU.ATTRIBUTES, SKU.LISTED)
                .from(SKU).join(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .where(where).orderBy(SKU.CODE).limit(limit)
                .fetch(r -> new SearchHit(SearchHit.Kind.SKU, r.value1(), r.value2(), r.value2(),
                        r.value4() == null || r.value4().isBlank() ? r.value3() : r.value3() + " · " + r.value4(),
                        Boolean.TRUE.equals(r.value5()) ? "catalog.listed" : "catalog.delisted"));
    }

    /** Orders whose number (the channel's order number) starts with the text, newest first. */
    public List<SearchHit> orders(String text, int limit) {
        return dsl.select(ORDERS.ID, ORDERS.EXTERNAL_ID, CHANNEL.NAME, ORDERS.STATUS)
                .from(ORDERS).join(CHANNEL).on(CHANNEL.ID.eq(ORDERS.CHANNEL_ID))
                .where(ORDERS.EXTERNAL_ID.like(LikePatterns.startingWith(text), LikePatterns.ESCAPE))
                .orderBy(ORDERS.PLACED_AT.desc(), ORDERS.ID.desc()).limit(limit)
                .fetch(r -> new SearchHit(SearchHit.Kind.ORDER, r.value1(), r.value2(), r.value2(), r.value3(),
                        "orders.status." + r.value4()));
    }

    /** Tickets whose code starts with the text (codes are stored in capitals), newest first. */
    public List<SearchHit> tickets(String text, int limit) {
        return dsl.select(TICKET.ID, TICKET.CODE, TICKET.SUBJECT, TICKET.STATUS)
                .from(TICKET)
                .where(TICKET.CODE.like(LikePatterns.startingWith(text.toUpperCase(Locale.ROOT)), LikePatterns.ESCAPE))
                .orderBy(TICKET.CODE.desc()).limit(limit)
                .fetch(r -> new SearchHit(SearchHit.Kind.TICKET, r.value1(), r.value2(), r.value2(), r.value3(),
                        "aftersales.status." + r.value4()));
    }

    /**
     * Customers by their id (ours, or the channel's from its start) or, for four digits, the last four of their
     * phone; each with their latest order and how many they placed.
     */
    public List<FoundCustomer> customers(String text, int limit) {
        Condition where = CUSTOMER.EXTERNAL_ID.like(LikePatterns.startingWith(text), LikePatterns.ESCAPE);
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 18) {
            where = where.or(CUSTOMER.ID.eq(Long.parseLong(text)));
            if (text.length() == 4) {
                where = where.or(CUSTOMER.PHONE.like(LikePatterns.endingWith(text), LikePatterns.ESCAPE));
            }
        }
        var customers = dsl.select(CUSTOMER.ID, CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME, CUSTOMER.PHONE)
                .from(CUSTOMER).where(where).orderBy(CUSTOMER.ID).limit(limit).fetch();
        if (customers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = customers.map(r -> r.value1());
        Map<Long, String> latest = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        // Newest first: the first order seen per customer is their latest.
        dsl.select(ORDERS.CUSTOMER_ID, ORDERS.EXTERNAL_ID).from(ORDERS).where(ORDERS.CUSTOMER_ID.in(ids))
                .orderBy(ORDERS.PLACED_AT.desc(), ORDERS.ID.desc())
                .forEach(r -> {
                    latest.putIfAbsent(r.value1(), r.value2());
                    counts.merge(r.value1(), 1, Integer::sum);
                });
        return customers.map(r -> new FoundCustomer(r.value1(), r.value2(), r.value3(), r.value4(),
                latest.get(r.value1()), counts.getOrDefault(r.value1(), 0)));
    }
}
