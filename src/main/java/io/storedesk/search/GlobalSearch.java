package io.storedesk.search;

import io.storedesk.security.Access;
import io.storedesk.security.PersonalData;
import java.util.ArrayList;
import java.util.List;

/**
 * The search from anywhere: SKUs, orders, tickets and customers matching a few typed characters, grouped by kind
 * and capped per kind. A kind the signed-in role may not see (SearchHit.Kind.viewPermission) is not searched at
 * all, and customers come masked as everywhere else.
 */
public final class GlobalSearch {

    /** Fewer characters match too much to be of use (and would read whole indexes). */
    public static final int MIN_LENGTH = 2;

    private final GlobalSearchRepository repository;
    private final Access access;

    public GlobalSearch(GlobalSearchRepository repository, Access access) {
        this.repository = repository;
        this.access = access;
    }

    /** Hits in kind order (SKUs, orders, tickets, customers), at most perKind of each; none for short text. */
    public List<SearchHit> search(String text, int perKind) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() < MIN_LENGTH || perKind <= 0) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchHit.Kind kind : SearchHit.Kind.values()) {
            if (access.allows(kind.viewPermission())) {
                hits.addAll(find(kind, typed, perKind));
            }
        }
        return hits;
    }

    private List<SearchHit> find(SearchHit.Kind kind, String typed, int limit) {
        return switch (kind) {
            case SKU -> repository.skus(typed, limit);
            case ORDER -> repository.orders(typed, limit);
            case TICKET -> repository.tickets(typed, limit);
            case CUSTOMER -> repository.customers(typed, limit).stream()
                    // Without an order there is nothing to open.
                    .filter(c -> c.latestOrderNo() != null)
                    .map(GlobalSearch::masked).toList();
        };
    }

    private static SearchHit masked(FoundCustomer customer) {
        String name = PersonalData.name(customer.name());
        String phone = PersonalData.phone(customer.phone());
        String title = name == null || name.isBlank() ? customer.externalId() : name + " · " + customer.externalId();
        return new SearchHit(SearchHit.Kind.CUSTOMER, customer.id(), customer.latestOrderNo(), title,
                phone == null ? "" : phone, null);
    }
}
