package io.storedesk.sync.odoo;

import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteHttp;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.PurchaseOrderPush;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.RemoteRecord;
import io.storedesk.sync.remote.SalesOrderPush;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ERP: pulls Odoo's product master (product.product) and stock (stock.quant at internal locations), pushes
 * draft purchase orders and sales orders. Odoo does not sell, so it has no orders or refunds to pull.
 * Settings: "page_size" (records per page, default 200).
 */
final class OdooAdapter implements ChannelAdapter {

    static final int DEFAULT_PAGE_SIZE = 200;
    /** One create per order, but the lookups are per batch: 50 keeps a batch's search domains small. */
    static final int MAX_BATCH = 50;

    private final OdooRpc rpc;
    private final WriteDatePager pager;
    private final OdooLookups lookups;
    private final OdooOrderPusher orders;
    private final int pageSize;

    OdooAdapter(ChannelConnection connection, RemoteHttp http) {
        this.rpc = new OdooRpc(http, connection.baseUrl(), connection.credentials());
        this.pager = new WriteDatePager(rpc);
        this.lookups = new OdooLookups(rpc);
        this.orders = new OdooOrderPusher(rpc, lookups);
        this.pageSize = Integer.parseInt(connection.setting("page_size", String.valueOf(DEFAULT_PAGE_SIZE)));
        if (pageSize < 1) {
            throw new IllegalArgumentException("page_size must be at least 1: " + pageSize);
        }
    }

    @Override
    public Set<SyncResource> pulls() {
        return EnumSet.of(SyncResource.PRODUCTS, SyncResource.STOCK);
    }

    @Override
    public Set<PushKind> pushes() {
        return EnumSet.of(PushKind.PURCHASE_ORDER, PushKind.SALES_ORDER);
    }

    @Override
    public void checkConnection() {
        rpc.uid();
        rpc.execute(OdooProductRow.MODEL, "search_count", List.of(List.of()), Map.of(), true);
    }

    @Override
    public RemotePage pull(SyncResource resource, PullPosition position) {
        WriteDatePosition from = WriteDatePosition.parse(
                position.pageToken() != null ? position.pageToken() : position.cursor());
        return switch (resource) {
            case PRODUCTS -> products(from);
            case STOCK -> stock(from);
            case ORDERS, REFUNDS -> throw new IllegalArgumentException("Odoo is the ERP: it has no " + resource);
        };
    }

    private RemotePage products(WriteDatePosition from) {
        // active_test false: an archived product must reach us as archived, not silently stop appearing.
        WriteDatePager.Page page = pager.page(OdooProductRow.MODEL, List.of(), OdooProductRow.FIELDS,
                Map.of("active_test", false), from, pageSize);
        List<RemoteRecord> records = page.rows().stream()
                .map(row -> (RemoteRecord) OdooMapper.product(OdooProductRow.from(row))).toList();
        return remotePage(page, records);
    }

    private RemotePage stock(WriteDatePosition from) {
        WriteDatePager.Page page = pager.page(OdooQuantRow.MODEL, OdooQuantRow.DOMAIN, OdooQuantRow.FIELDS,
                Map.of(), from, pageSize);
        List<OdooQuantRow> quants = page.rows().stream().map(OdooQuantRow::from).toList();
        // A quant names its product as [id, "[SKU] Name"]; the SKU itself comes from one read for the page.
        Set<Long> productIds = new LinkedHashSet<>();
        quants.stream().map(OdooQuantRow::productId).filter(Objects::nonNull).forEach(productIds::add);
        Map<Long, String> skus = lookups.skusOf(productIds);
        List<RemoteRecord> records = quants.stream()
                .map(q -> (RemoteRecord) OdooMapper.stockLevel(q, q.productId() == null ? null : skus.get(q.productId())))
                .toList();
        return remotePage(page, records);
    }

    private static RemotePage remotePage(WriteDatePager.Page page, List<RemoteRecord> records) {
        String reached = page.next() == null ? null : page.next().format();
        return new RemotePage(records, page.last() ? null : reached, reached);
    }

    @Override
    public int maxBatch(PushKind kind) {
        return MAX_BATCH;
    }

    @Override
    public List<PushReceipt> push(PushKind kind, List<PushMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        return switch (kind) {
            case PURCHASE_ORDER -> orders.purchaseOrders(messages.stream().map(PurchaseOrderPush.class::cast).toList());
            case SALES_ORDER -> orders.salesOrders(messages.stream().map(SalesOrderPush.class::cast).toList());
            case STOCK_LEVEL, FULFILMENT ->
                    throw new IllegalArgumentException("Odoo keeps its own stock and shipments: cannot push " + kind);
        };
    }
}
