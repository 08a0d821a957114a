package io.storedesk.sync.engine;

import static io.storedesk.store.schema.Tables.CARRIER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.SHIPMENT_LINE;
import static io.storedesk.store.schema.Tables.SUPPLIER;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.stock.PositionKey;
import io.storedesk.stock.ReorderSuggestion;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.outbox.OutboxEntry;
import io.storedesk.sync.outbox.PushPayloads;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PurchaseOrderPush;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where outbox rows come from: a shipment marked shipped, and draft purchase orders from replenishment. */
class OutboxSourcesTest {

    private final SyncFixture fixture = new SyncFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private long shipment(String channelCode) {
        var dsl = fixture.dsl();
        long warehouse = dsl.select(WAREHOUSE.ID).from(WAREHOUSE).fetchOne(WAREHOUSE.ID);
        long carrier = dsl.insertInto(CARRIER, CARRIER.CODE, CARRIER.NAME).values("SF", "SF Express")
                .returning(CARRIER.ID).fetchOne().getId();
        long order = dsl.insertInto(ORDERS, ORDERS.CHANNEL_ID, ORDERS.EXTERNAL_ID, ORDERS.STATUS, ORDERS.PLACED_AT)
                .values(fixture.channelId(channelCode), "450789469", "ROUTED", Instant.parse("2026-11-20T08:00:00Z"))
                .returning(ORDERS.ID).fetchOne().getId();
        long line = dsl.insertInto(ORDER_LINE, ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO, ORDER_LINE.SKU_CODE,
                        ORDER_LINE.QUANTITY, ORDER_LINE.UNIT_PRICE, ORDER_LINE.AMOUNT)
                .values(order, 1, "EXT-S01", 2, BigDecimal.TEN, new BigDecimal("20"))
                .returning(ORDER_LINE.ID).fetchOne().getId();
        long shipment = dsl.insertInto(SHIPMENT, SHIPMENT.ORDER_ID, SHIPMENT.WAREHOUSE_ID, SHIPMENT.CARRIER_ID,
                SHIPMENT.STATUS).values(order, warehouse, carrier, "PLANNED").returning(SHIPMENT.ID).fetchOne().getId();
        dsl.insertInto(SHIPMENT_LINE, SHIPMENT_LINE.SHIPMENT_ID, SHIPMENT_LINE.ORDER_LINE_ID, SHIPMENT_LINE.QUANTITY)
                .values(shipment, line, 2).execute();
        return shipment;
    }

    @Test
    void aShipmentMarkedShippedQueuesItsFulfilmentForTheChannel() {
        FakeRemote remote = new FakeRemote().pushing(PushKind.FULFILMENT);
        String code = fixture.channel("Shop A", remote);
        fixture.listedSkus(code, 1);
        long shipment = shipment(code);

        assertThat(fixture.sync.fulfilments().markShipped(shipment, " SF1234567890 ", "anna")).isTrue();

        assertThat(fixture.dsl().select(SHIPMENT.STATUS, SHIPMENT.TRACKING_NO).from(SHIPMENT)
                .where(SHIPMENT.ID.eq(shipment)).fetchOne().intoArray()).containsExactly("SHIPPED", "SF1234567890");
        OutboxEntry row = fixture.sync.outbox().list(code, Set.of(), 10).get(0);
        assertThat(row.kind()).isEqualTo(PushKind.FULFILMENT);
        assertThat(PushPayloads.read(row.kind(), row.payload())).isEqualTo(new FulfilmentPush("fulfilment-" + shipment,
                "450789469", "SF Express", "SF1234567890", List.of(new FulfilmentPush.Line(null, "EXT-S01", 2))));
        assertThatThrownBy(() -> fixture.sync.fulfilments().markShipped(shipment, "SF1", "anna"))
                .hasMessageContaining("sync.fulfilment.wrongStatus");

        fixture.sync.engine().run(code, SyncProgress.NONE);
        assertThat(remote.keysReceived).containsExactly("fulfilment-" + shipment);
    }

    @Test
    void draftPurchaseOrdersAreQueuedForEachConnectedErpInTheirTransaction() {
        FakeRemote erp = new FakeRemote();
        // The ERP kind needs an adapter to be added; write it as the adapters would leave it.
        String shop = fixture.channel("Shop A", new FakeRemote());
        List<Long> skus = fixture.listedSkus(shop, 2);
        fixture.dsl().execute("INSERT INTO channel (code, name, kind, base_url) VALUES ('ODOO', 'ERP', 'ODOO', '"
                + erp.baseUrl + "')");
        long supplier = fixture.dsl().insertInto(SUPPLIER, SUPPLIER.CODE, SUPPLIER.NAME).values("SUP1", "Supplier 1")
                .returning(SUPPLIER.ID).fetchOne().getId();
        long warehouse = fixture.dsl().select(WAREHOUSE.ID).from(WAREHOUSE).fetchOne(WAREHOUSE.ID);
        var purchaseOrders = fixture.services.purchaseOrders();
        purchaseOrders.onDrafted(fixture.sync.purchaseOrderOutbox());

        var drafts = purchaseOrders.createDrafts(List.of(
                new ReorderSuggestion(new PositionKey(skus.get(0), warehouse), "S01", "WH1", supplier, 12,
                        new BigDecimal("3.50")),
                new ReorderSuggestion(new PositionKey(skus.get(1), warehouse), "S02", "WH1", supplier, 5, null)), "anna");

        assertThat(drafts).hasSize(1);
        List<OutboxEntry> rows = fixture.sync.outbox().list("ODOO", Set.of(), 10);
        assertThat(rows).singleElement().extracting(OutboxEntry::kind).isEqualTo(PushKind.PURCHASE_ORDER);
        PurchaseOrderPush push = (PurchaseOrderPush) PushPayloads.read(PushKind.PURCHASE_ORDER, rows.get(0).payload());
        assertThat(push.code()).isEqualTo(drafts.get(0).code());
        assertThat(push.supplierCode()).isEqualTo("SUP1");
        assertThat(push.warehouseCode()).isEqualTo("WH1");
        assertThat(push.lines()).extracting(PurchaseOrderPush.Line::sku, PurchaseOrderPush.Line::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S01", 12L),
                        org.assertj.core.groups.Tuple.tuple("S02", 5L));
        assertThat(fixture.sync.outbox().list(shop, Set.of(), 10)).isEmpty();
    }
}
