package io.storedesk.sync.inbound;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.common.Messages;
import io.storedesk.orders.OrderRepository;
import io.storedesk.store.Transactions;
import io.storedesk.sync.Channel;
import io.storedesk.sync.InboundStore;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteRecord;
import io.storedesk.sync.remote.RemoteRefund;
import io.storedesk.sync.remote.RemoteStockLevel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Stores pulled records: orders (with buyers and lines), listings mapped to our SKUs, refunds (and the tickets they
 * open) and the stock levels channels report. One page at a time, in the caller's transaction; a record that cannot
 * be stored is refused with a problem naming it, and the rest of the page is stored.
 */
public final class InboundUpserts implements InboundStore {

    private final Transactions transactions;
    private final Messages messages;
    private final InboundConflictRepository conflicts;
    private final OrderUpserts orders;
    private final ProductUpserts products;
    private final StockUpserts stock;
    private final RefundUpserts refunds;

    InboundUpserts(Transactions transactions, Messages messages, InboundConflictRepository conflicts,
                   OrderUpserts orders, ProductUpserts products, StockUpserts stock, RefundUpserts refunds) {
        this.transactions = transactions;
        this.messages = messages;
        this.conflicts = conflicts;
        this.orders = orders;
        this.products = products;
        this.stock = stock;
        this.refunds = refunds;
    }

    /** Called at the end of the Services constructor, so every service it needs already exists. */
    public static InboundUpserts create(Services services) {
        return create(services, new Messages(Locale.getDefault()));
    }

    /** As {@link #create(Services)}, with problems written in the given messages' language. */
    public static InboundUpserts create(Services services, Messages messages) {
        var dsl = services.store().dsl();
        InboundOrderRepository orders = new InboundOrderRepository(dsl);
        InboundCatalogRepository listings = new InboundCatalogRepository(dsl);
        return new InboundUpserts(services.store(), messages, new InboundConflictRepository(dsl),
                new OrderUpserts(orders, new CustomerUpserts(new InboundCustomerRepository(dsl)),
                        services.stockReservations()),
                new ProductUpserts(listings, new CatalogRepository(dsl)),
                new StockUpserts(new ChannelStockLevelRepository(dsl), listings, orders, services.channelStock()),
                new RefundUpserts(new InboundRefundRepository(dsl), new OrderRepository(dsl), services.ticketIntake()));
    }

    /** Who the store says changed what a channel's sync wrote: "sync:SHOPIFY". */
    static String user(Channel channel) {
        return "sync:" + channel.code();
    }

    @Override
    public InboundResult store(Channel channel, SyncResource resource, List<RemoteRecord> records, long runId,
                               Instant at) {
        return transactions.inTransaction(() -> {
            PageTally tally = new PageTally();
            ConflictLog log = new ConflictLog(conflicts, tally);
            switch (resource) {
                case ORDERS -> orders.store(channel, only(records, RemoteOrder.class), at, tally, log);
                case PRODUCTS -> products.store(channel, only(records, RemoteProduct.class), at, tally, log);
                case STOCK -> stock.store(channel, only(records, RemoteStockLevel.class), at, tally, log);
                case REFUNDS -> refunds.store(channel, only(records, RemoteRefund.class), at, tally);
            }
            log.write(channel.id(), runId, at);
            return tally.result(messages);
        });
    }

    /** The records of the resource's kind; any other kind on the page is a programming error of the adapter. */
    private static <T extends RemoteRecord> List<T> only(List<RemoteRecord> records, Class<T> kind) {
        for (RemoteRecord r : records) {
            if (!kind.isInstance(r)) {
                throw new IllegalArgumentException("a " + r.getClass().getSimpleName() + " on a page of "
                        + kind.getSimpleName() + "s");
            }
        }
        return records.stream().map(kind::cast).toList();
    }
}
