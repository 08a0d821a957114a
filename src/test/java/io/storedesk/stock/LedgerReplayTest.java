package io.storedesk.stock;

import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.STOCK_BATCH;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_MOVEMENT;
import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static io.storedesk.store.schema.Tables.SUPPLIER;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import io.storedesk.Services;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

/**
 * The ledger replays to the levels: after the demo shop and a day of every kind of booking, each position's
 * ledger entries chain from 0 to its on hand, no batch holds less than nothing, and reserved equals the
 * active reservations.
 */
class LedgerReplayTest {

    @Test
    void afterADayOfEveryKindOfBookingTheLedgerReplaysToEveryPosition() {
        try (Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
                TestStores.DEMO_CLOCK)) {
            DSLContext dsl = services.store().dsl();
            String user = "replay";
            StockLedger ledger = services.stockLedger();

            // A position with two batches still held: receive into a new batch, ship across batches, return, write off.
            Record batched = dsl.select(STOCK_BATCH.SKU_ID, STOCK_BATCH.WAREHOUSE_ID).from(STOCK_BATCH)
                    .join(STOCK_LEVEL).on(STOCK_LEVEL.SKU_ID.eq(STOCK_BATCH.SKU_ID),
                            STOCK_LEVEL.WAREHOUSE_ID.eq(STOCK_BATCH.WAREHOUSE_ID))
                    .where(STOCK_BATCH.QUANTITY.gt(0))
                    .groupBy(STOCK_BATCH.SKU_ID, STOCK_BATCH.WAREHOUSE_ID, STOCK_LEVEL.ON_HAND)
                    .having(count().ge(2))
                    .orderBy(STOCK_LEVEL.ON_HAND.desc(), STOCK_BATCH.SKU_ID)
                    .limit(1).fetchOne();
            PositionKey a = new PositionKey(batched.get(STOCK_BATCH.SKU_ID), batched.get(STOCK_BATCH.WAREHOUSE_ID));
            ledger.receive(StockChange.of(a, 40).inBatch("REPLAY-1", LocalDate.of(2027, 6, 30))
                    .forDocument("PO-REPLAY"), user);
            int onHand = level(services, a).onHand();
            ledger.ship(StockChange.of(a, onHand - 5).forDocument("SO-REPLAY-1"), user);
            ledger.returnToStock(StockChange.of(a, 2).inBatch("REPLAY-1", null).forDocument("SO-REPLAY-1"), user);
            ledger.writeOff(StockChange.of(a, 1).because("dented"), user);

            // Loose positions in other warehouses: receipts, shipments, returns and write-offs without batches.
            List<PositionKey> loose = dsl.select(STOCK_LEVEL.SKU_ID, STOCK_LEVEL.WAREHOUSE_ID).from(STOCK_LEVEL)
                    .where(STOCK_LEVEL.ON_HAND.ge(20), STOCK_LEVEL.WAREHOUSE_ID.ne(a.warehouseId()))
                    .orderBy(STOCK_LEVEL.SKU_ID, STOCK_LEVEL.WAREHOUSE_ID).limit(5)
                    .fetch(r -> new PositionKey(r.value1(), r.value2()));
            for (PositionKey p : loose) {
                ledger.receive(StockChange.of(p, 7), user);
                ledger.ship(StockChange.of(p, 10).forDocument("SO-" + p.skuId()), user);
                ledger.returnToStock(StockChange.of(p, 1), user);
                ledger.writeOff(StockChange.of(p, 1).because("lost in the warehouse"), user);
            }

            // A transfer from the batched position to another warehouse, received in two parts.
            long destination = dsl.select(WAREHOUSE.ID).from(WAREHOUSE).where(WAREHOUSE.ID.ne(a.warehouseId()))
                    .orderBy(WAREHOUSE.ID).limit(1).fetchOne(WAREHOUSE.ID);
            StockTransfer transfer = services.stockTransfers().ship(services.stockTransfers().create(
                    a.warehouseId(), destination, Map.of(a.skuId(), 4, loose.get(0).skuId(), 1), user).id(), user);
            Map<Long, Integer> firstPart = new HashMap<>();
            transfer.lines().forEach(l -> firstPart.put(l.id(), l.skuId() == a.skuId() ? 3 : 1));
            services.stockTransfers().receive(transfer.id(), firstPart, user);
            long rest = transfer.lines().stream().filter(l -> l.skuId() == a.skuId()).findFirst().orElseThrow().id();
            services.stockTransfers().receive(transfer.id(), Map.of(rest, 1), user);

            // A purchase order drafted, sent and received in part.
            long supplier = dsl.select(SUPPLIER.ID).from(SUPPLIER).orderBy(SUPPLIER.ID).limit(1).fetchOne(SUPPLIER.ID);
            String code = dsl.select(SKU.CODE).from(SKU).where(SKU.ID.eq(loose.get(1).skuId())).fetchOne(SKU.CODE);
            StoredPurchaseOrder po = services.purchaseOrders().send(services.purchaseOrders().createDrafts(List.of(
                    new ReorderSuggestion(loose.get(1), code, "?", supplier, 30, new BigDecimal("12.5"))), user)
                    .get(0).id(), user);
            services.purchaseOrders().receive(po.id(), Map.of(po.lines().get(0).id(), 18), user);

            // Holds on the way, and a stocktake of two positions.
            services.stockReservations().reserve(loose.get(2), 1L, 1L, 3, ReservationKind.UNPAID, user);
            Reservation paid = services.stockReservations().reserve(loose.get(3), 2L, 2L, 2, ReservationKind.PRESALE,
                    user);
            services.stockReservations().release(paid.id(), ReleaseReason.PAID, user);
            ImportResult counted = services.imports().run(ImportKindId.STOCK_COUNT, Sheets.csv("count.csv",
                    "Warehouse,SKU,Counted", countRow(dsl, a, 3), countRow(dsl, loose.get(4), -2)),
                    new ImportOptions(ImportMode.ALL_OR_NOTHING, false, false, Map.of(), user), ImportProgress.NONE);
            assertThat(counted.applied()).isTrue();

            assertThat(kindsBookedBy(dsl, user)).isEqualTo(EnumSet.complementOf(EnumSet.of(MovementKind.OPENING)));
            assertEveryPositionReplays(dsl);
        }
    }

    private static StockLevel level(Services services, PositionKey p) {
        return new StockLedgerRepository(services.store().dsl()).levels(List.of(p)).get(p);
    }

    private static String countRow(DSLContext dsl, PositionKey p, int change) {
        Record r = dsl.select(WAREHOUSE.CODE, SKU.CODE, STOCK_LEVEL.ON_HAND).from(STOCK_LEVEL)
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(STOCK_LEVEL.WAREHOUSE_ID))
                .join(SKU).on(SKU.ID.eq(STOCK_LEVEL.SKU_ID))
                .where(STOCK_LEVEL.SKU_ID.eq(p.skuId()), STOCK_LEVEL.WAREHOUSE_ID.eq(p.warehouseId())).fetchOne();
        return r.get(WAREHOUSE.CODE) + "," + r.get(SKU.CODE) + "," + (r.get(STOCK_LEVEL.ON_HAND) + change);
    }

    private static Set<MovementKind> kindsBookedBy(DSLContext dsl, String user) {
        return dsl.selectDistinct(STOCK_MOVEMENT.KIND).from(STOCK_MOVEMENT).where(STOCK_MOVEMENT.USER_NAME.eq(user))
                .fetch(STOCK_MOVEMENT.KIND).stream().map(MovementKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MovementKind.class)));
    }

    /** Every position's entries, in the order booked, chain from 0 to its on hand; batches and holds agree. */
    private static void assertEveryPositionReplays(DSLContext dsl) {
        Map<PositionKey, List<Record>> ledger = new HashMap<>();
        dsl.select(STOCK_MOVEMENT.SKU_ID, STOCK_MOVEMENT.WAREHOUSE_ID, STOCK_MOVEMENT.QUANTITY,
                        STOCK_MOVEMENT.ON_HAND_BEFORE, STOCK_MOVEMENT.ON_HAND_AFTER)
                .from(STOCK_MOVEMENT).orderBy(STOCK_MOVEMENT.ID)
                .forEach(m -> ledger.computeIfAbsent(new PositionKey(m.value1(), m.value2()), k -> new ArrayList<>())
                        .add(m));
        Map<PositionKey, Integer> held = new HashMap<>();
        dsl.select(STOCK_RESERVATION.SKU_ID, STOCK_RESERVATION.WAREHOUSE_ID, sum(STOCK_RESERVATION.QUANTITY))
                .from(STOCK_RESERVATION).where(STOCK_RESERVATION.RELEASED_AT.isNull())
                .groupBy(STOCK_RESERVATION.SKU_ID, STOCK_RESERVATION.WAREHOUSE_ID)
                .forEach(r -> held.put(new PositionKey(r.value1(), r.value2()), r.value3().intValueExact()));
        Set<PositionKey> positions = new HashSet<>();
        for (var level : dsl.selectFrom(STOCK_LEVEL).fetch()) {
            PositionKey key = new PositionKey(level.getSkuId(), level.getWarehouseId());
            positions.add(key);
            List<Record> entries = ledger.getOrDefault(key, List.of());
            int replayed = 0;
            for (Record m : entries) {
                assertThat(m.get(STOCK_MOVEMENT.ON_HAND_BEFORE)).as("%s chains", key).isEqualTo(replayed);
                replayed += m.get(STOCK_MOVEMENT.QUANTITY);
            }
            assertThat(replayed).as("%s replays to on hand", key).isEqualTo(level.getOnHand());
            assertThat(level.getReserved()).as("%s reserved", key).isEqualTo(held.getOrDefault(key, 0));
        }
        assertThat(positions).hasSizeGreaterThan(1_000);
        assertThat(positions).as("no entries without a position").containsAll(ledger.keySet());
        assertThat(dsl.fetchCount(STOCK_BATCH, STOCK_BATCH.QUANTITY.lt(0))).as("batches below nothing").isZero();
    }
}
