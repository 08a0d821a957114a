package io.storedesk.orders;

import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.MissingSkuWriter;
import io.storedesk.importing.ColumnMapping;
import io.storedesk.importing.FieldSpec;
import io.storedesk.importing.FieldType;
import io.storedesk.importing.ImportCancelledException;
import io.storedesk.importing.ImportKind;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportPlan;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.RowReader;
import io.storedesk.importing.SourceRow;
import io.storedesk.importing.UndoHandler;
import io.storedesk.store.ShopSettings;
import io.storedesk.sync.ChannelRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order import: a marketplace or shop export with one row per order line. Cancellations (credit
 * notes such as C536379) become refunds of the buyer's earlier purchase; postage, fees, discounts and
 * adjustments are kept as such; rows without a buyer are guest orders; missing SKUs can be created from
 * the lines.
 */
public final class OrderImport implements ImportKind {

    /** The channel orders go to when the file does not name one. */
    public static final String DEFAULT_CHANNEL = "IMPORTED";
    static final long MAX_QUANTITY = 1_000_000;
    static final BigDecimal MAX_PRICE = new BigDecimal("10000000");

    static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.required("order", FieldType.CODE, 64, "Order ID", "Order number", "Order No", "InvoiceNo",
                    "订单号", "订单编号", "Name"),
            FieldSpec.required("placed_at", FieldType.DATE_TIME, 0, "Order time", "Placed at", "InvoiceDate",
                    "Created at", "下单时间", "创建时间", "订单创建时间"),
            FieldSpec.required("sku", FieldType.CODE, 64, "SKU", "StockCode", "商品编码", "商家编码", "Lineitem sku"),
            FieldSpec.optional("title", FieldType.TEXT, 200, "Title", "Description", "商品名称", "宝贝标题",
                    "Lineitem name"),
            FieldSpec.required("quantity", FieldType.INTEGER, 0, "Quantity", "数量", "购买数量", "Lineitem quantity"),
            FieldSpec.required("unit_price", FieldType.DECIMAL, 0, "Price", "UnitPrice", "Unit price", "单价",
                    "Lineitem price"),
            FieldSpec.optional("customer", FieldType.CODE, 64, "Customer", "CustomerID", "Customer ID", "客户ID",
                    "买家会员名", "Buyer"),
            FieldSpec.optional("country", FieldType.TEXT, 64, "Country", "国家", "Shipping Country"),
            FieldSpec.optional("province", FieldType.TEXT, 32, "Province", "省份", "省", "Shipping Province"),
            FieldSpec.optional("city", FieldType.TEXT, 32, "City", "城市", "市", "Shipping City"),
            FieldSpec.optional("channel", FieldType.CODE, 32, "Channel", "渠道", "店铺"),
            FieldSpec.optional("status", FieldType.TEXT, 0, "Status", "订单状态", "Financial Status"));

    private static final Map<String, OrderStatus> STATUSES = Map.ofEntries(
            Map.entry("delivered", OrderStatus.DELIVERED), Map.entry("completed", OrderStatus.DELIVERED),
            Map.entry("交易成功", OrderStatus.DELIVERED), Map.entry("已签收", OrderStatus.DELIVERED),
            Map.entry("shipped", OrderStatus.SHIPPED), Map.entry("已发货", OrderStatus.SHIPPED),
            Map.entry("paid", OrderStatus.PAID), Map.entry("已付款", OrderStatus.PAID),
            Map.entry("待发货", OrderStatus.PAID), Map.entry("pending", OrderStatus.PENDING_PAYMENT),
            Map.entry("待付款", OrderStatus.PENDING_PAYMENT), Map.entry("cancelled", OrderStatus.CANCELLED),
            Map.entry("交易关闭", OrderStatus.CANCELLED), Map.entry("已取消", OrderStatus.CANCELLED));

    private final OrderRepository orders;
    private final CatalogRepository catalog;
    private final ChannelRepository channels;
    private final ShopSettings shop;
    private final Clock clock;

    public OrderImport(OrderRepository orders, CatalogRepository catalog, ChannelRepository channels, ShopSettings shop,
                       Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.channels = channels;
        this.shop = shop;
        this.clock = clock;
    }

    @Override
    public ImportKindId id() {
        return ImportKindId.ORDERS;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public ImportPlan plan(Iterator<SourceRow> rows, ColumnMapping mapping, ImportOptions options,
                           ImportProgress progress) {
        Map<String, FieldSpec> specs = FIELDS.stream().collect(Collectors.toMap(FieldSpec::name, Function.identity()));
        ZoneId zone = shop.zone();
        List<OrderImportRow> parsed = new ArrayList<>();
        while (rows.hasNext()) {
            if (progress.isCancelled()) {
                throw new ImportCancelledException();
            }
            parsed.add(parse(new RowReader(rows.next(), mapping, specs), zone));
            if (parsed.size() % 10_000 == 0) {
                progress.rowsRead(parsed.size());
            }
        }
        progress.rowsRead(parsed.size());
        OrderImportContext context = new OrderImportContext(orders, catalog, channels, new MissingSkuWriter(catalog),
                shop.currency(), options.user(), options.createMissingSkus(), clock, mapping::headerOf);
        return new OrderImportPlan(parsed, context);
    }

    @Override
    public List<UndoHandler> undoHandlers() {
        return OrderUndo.handlers(orders, channels);
    }

    static OrderImportRow parse(RowReader r, ZoneId zone) {
        for (String field : List.of("order", "placed_at", "sku", "quantity", "unit_price")) {
            r.require(field);
        }
        Instant placedAt = r.dateTime("placed_at").map(t -> t.atZone(zone).toInstant()).orElse(null);
        Optional<Long> read = r.wholeNumber("quantity");
        long quantity = read.orElse(0L);
        if (read.isPresent() && quantity == 0) {
            r.problem("quantity", "0", "import.reason.zeroQuantity");
        } else if (Math.abs(quantity) > MAX_QUANTITY) {
            r.problem("quantity", String.valueOf(quantity), "import.reason.outOfRange", -MAX_QUANTITY, MAX_QUANTITY);
        }
        BigDecimal price = r.decimal("unit_price").orElse(null);
        if (price != null && price.abs().compareTo(MAX_PRICE) > 0) {
            r.problem("unit_price", price.toPlainString(), "import.reason.tooLarge", MAX_PRICE.toPlainString());
        }
        String province = r.text("province").map(p -> Province.parse(p).map(Province::fullName).orElse(p)).orElse(null);
        return new OrderImportRow(r.rowNumber(), r.text("order").orElse(""), r.text("channel").orElse(null), placedAt,
                r.text("sku").orElse(""), r.text("title").orElse(null), quantity, price,
                r.text("customer").map(OrderImport::customerId).orElse(null), r.text("country").orElse(null), province,
                r.text("city").orElse(null), r.choice("status", STATUSES).orElse(null), r.problems());
    }

    /** 17850.0, as spreadsheets write whole numbers, is customer 17850. */
    static String customerId(String text) {
        return text.matches("\\d+\\.0+") ? text.substring(0, text.indexOf('.')) : text;
    }
}
