package io.storedesk.orders;

import io.storedesk.common.Page;
import io.storedesk.security.PersonalData;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the order-routing pane and the CLI ask of orders. */
public final class OrderService {

    private final OrderRepository repository;
    private final OrderInboxRepository inbox;

    public OrderService(OrderRepository repository) {
        this(repository, repository.inbox());
    }

    public OrderService(OrderRepository repository, OrderInboxRepository inbox) {
        this.repository = repository;
        this.inbox = inbox;
    }

    public Page<OrderRow> search(String text, int limit) {
        return repository.search(text, limit);
    }

    public long count() {
        return repository.countOrders();
    }

    /** The newest orders matching the filter (at most limit), how many match, and counts by status. */
    public OrderInbox inbox(OrderFilter filter, int limit) {
        return inbox.inbox(filter, limit);
    }

    /** Orders waiting for routing or for a person: PAID or ON_HOLD. */
    public int waiting() {
        return inbox.waiting();
    }

    public List<ChannelName> channels() {
        return inbox.channels();
    }

    public List<String> provinces() {
        return inbox.provinces();
    }

    /** The hold reasons of the orders on hold now. */
    public List<String> holdReasons() {
        return inbox.holdReasons();
    }

    /** Order numbers by id. */
    public Map<Long, String> numbers(Collection<Long> orderIds) {
        return inbox.numbers(orderIds);
    }

    /**
     * The order with its lines' stock per warehouse, its parcels and the explanation of its route or hold; the
     * buyer's name, phone and street masked (PersonalDataGuard.revealOrder shows them to who may see them).
     */
    public Optional<OrderDetail> detail(long orderId) {
        OrderInboxRepository.Header header = inbox.header(orderId);
        return repository.findOrder(orderId).filter(order -> header != null).map(order -> {
            Map<Long, OrderInboxRepository.ParcelNames> names = inbox.parcelNames(orderId);
            List<OrderParcel> parcels = repository.shipments(orderId).stream().map(s -> {
                OrderInboxRepository.ParcelNames n = names.get(s.id());
                return new OrderParcel(s, n.warehouseCode(), n.carrierName(), n.manual(),
                        RouteNotes.decode(s.explanation()));
            }).toList();
            // Shown, never routed from: masked for everyone; the reveal action shows one buyer in full.
            return new OrderDetail(MaskedOrders.masked(order), header.channelName(),
                    PersonalData.name(header.buyerName()), inbox.warehouseCodes(),
                    inbox.lineStock(orderId, order.lines()), parcels, RouteNotes.decode(header.routeNote()));
        });
    }
}
