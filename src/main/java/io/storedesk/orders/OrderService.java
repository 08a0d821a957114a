package io.storedesk.orders;

import io.storedesk.common.Page;

/** What the order-routing pane and the CLI ask of orders. */
public final class OrderService {

    private final OrderRepository repository;

    public OrderService(OrderRepository repository) {
        this.repository = repository;
    }

    public Page<OrderRow> search(String text, int limit) {
        return repository.search(text, limit);
    }

    public long count() {
        return repository.countOrders();
    }
}
