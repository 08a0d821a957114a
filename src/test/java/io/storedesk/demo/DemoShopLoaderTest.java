package io.storedesk.demo;

import static io.storedesk.store.schema.Tables.CATEGORY;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.STOCK_BATCH;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_MOVEMENT;
import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;

import io.storedesk.Services;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.RefusedInputException;
import io.storedesk.stock.StockPosition;
import io.storedesk.stock.StockStatus;
import io.storedesk.store.StoreStats;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;

/** The demo shop as the issue asks for it, checked on the loaded store. */
class DemoShopLoaderTest {

    private final Services demo = TestStores.sharedDemo();
    private final DSLContext dsl = demo.store().dsl();

    @Test
    void meetsTheDemoShopMinimums() {
        StoreStats stats = demo.stats();
        assertThat(stats.count("warehouse")).isGreaterThanOrEqualTo(5);
        assertThat(dsl.select(countDistinct(WAREHOUSE.PROVINCE)).from(WAREHOUSE).fetchOne(0, Integer.class))
                .isGreaterThanOrEqualTo(5);
        assertThat(stats.count("product")).isGreaterThanOrEqualTo(150);
        assertThat(stats.count("sku")).isGreaterThanOrEqualTo(800);
        assertThat(stats.count("channel")).isGreaterThanOrEqualTo(3);
        assertThat(stats.count("carrier")).isGreaterThanOrEqualTo(6);
        assertThat(stats.count("orders")).isGreaterThanOrEqualTo(25_000);
        assertThat(stats.orderDays()).isGreaterThanOrEqualTo(180);
        assertThat(stats.count("refund")).isPositive();
        assertThat(stats.count("ticket")).isPositive();
        assertThat(stats.count("supplier")).isPositive();
        assertThat(stats.count("carrier_exclusion")).isPositive();
    }

    @Test
    void categoriesHaveTwoLevels() {
        assertThat(dsl.fetchCount(CATEGORY, CATEGORY.PARENT_ID.isNull())).isGreaterThanOrEqualTo(5);
        assertThat(dsl.fetchCount(CATEGORY, CATEGORY.PARENT_ID.isNotNull())).isGreaterThanOrEqualTo(20);
    }

    @Test
    void buyersComeBackAndSomeBuyOnce() {
        Map<Long, Integer> ordersPerCustomer = dsl.select(ORDERS.CUSTOMER_ID, count()).from(ORDERS)
                .where(ORDERS.CUSTOMER_ID.isNotNull()).groupBy(ORDERS.CUSTOMER_ID).fetchMap(Record2::value1,
                        Record2::value2);
        long repeat = ordersPerCustomer.values().stream().filter(n -> n >= 2).count();
        long once = ordersPerCustomer.values().stream().filter(n -> n == 1).count();
        assertThat(repeat).isGreaterThan(1_000);
        assertThat(once).isGreaterThan(repeat);
        assertThat(dsl.fetchCount(ORDERS, ORDERS.CUSTOMER_ID.isNull())).as("guest orders").isPositive();
    }

    @Test
    void salesHaveAWeeklyRhythmAndPromotionPeaks() {
        Map<LocalDate, Integer> perDay = dsl.select(ORDERS.PLACED_AT).from(ORDERS).fetch(ORDERS.PLACED_AT).stream()
                .collect(Collectors.groupingBy(t -> LocalDate.ofInstant(t, DemoShop.ZONE),
                        Collectors.summingInt(t -> 1)));
        double typical = perDay.entrySet().stream()
                .filter(e -> e.getKey().getMonth() != Month.JUNE
                        && e.getKey().isBefore(LocalDate.of(2026, 10, 20)))
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
        assertThat(perDay.get(LocalDate.of(2026, 11, 11))).isGreaterThan((int) (3 * typical));
        assertThat(perDay.get(LocalDate.of(2026, 6, 18))).isGreaterThan((int) (2.5 * typical));
        double weekend = average(perDay, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        double midweek = average(perDay, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));
        assertThat(weekend).isGreaterThan(midweek * 1.1);
    }

    @Test
    void everyKindOfStockWarningAppears() {
        Set<StockStatus> statuses = demo.stock().positions("", 100_000).rows().stream().map(StockPosition::status)
                .collect(Collectors.toSet());
        assertThat(statuses).containsAll(EnumSet.allOf(StockStatus.class));
        LocalDate today = LocalDate.now(TestStores.DEMO_CLOCK);
        assertThat(dsl.fetchCount(STOCK_BATCH, STOCK_BATCH.QUANTITY.gt(0),
                STOCK_BATCH.EXPIRY_DATE.between(today, today.plusDays(45)))).as("near-expiry batches").isPositive();
    }

    @Test
    void theLedgerReplaysToEveryPositionAndReservedMatchesTheReservations() {
        Map<String, BigDecimal> ledger = dsl.select(STOCK_MOVEMENT.SKU_ID, STOCK_MOVEMENT.WAREHOUSE_ID,
                        sum(STOCK_MOVEMENT.QUANTITY))
                .from(STOCK_MOVEMENT).groupBy(STOCK_MOVEMENT.SKU_ID, STOCK_MOVEMENT.WAREHOUSE_ID)
                .fetchMap(r -> r.value1() + "@" + r.value2(), r -> r.value3());
        Map<String, BigDecimal> held = dsl.select(STOCK_RESERVATION.SKU_ID, STOCK_RESERVATION.WAREHOUSE_ID,
                        sum(STOCK_RESERVATION.QUANTITY))
                .from(STOCK_RESERVATION).where(STOCK_RESERVATION.RELEASED_AT.isNull())
                .groupBy(STOCK_RESERVATION.SKU_ID, STOCK_RESERVATION.WAREHOUSE_ID)
                .fetchMap(r -> r.value1() + "@" + r.value2(), r -> r.value3());
        dsl.selectFrom(STOCK_LEVEL).forEach(level -> {
            String key = level.getSkuId() + "@" + level.getWarehouseId();
            assertThat(ledger.get(key).intValueExact()).as(key).isEqualTo(level.getOnHand());
            assertThat(held.getOrDefault(key, BigDecimal.ZERO).intValueExact()).as(key).isEqualTo(level.getReserved());
        });
        assertThat(held).isNotEmpty();
    }

    @Test
    void ticketsOfEveryTypeExistInEveryStatus() {
        Set<String> seen = dsl.select(TICKET.TICKET_TYPE, TICKET.STATUS).from(TICKET).fetch()
                .map(r -> r.value1() + "/" + r.value2()).stream().collect(Collectors.toSet());
        for (TicketType type : TicketType.values()) {
            for (TicketStatus status : TicketStatus.values()) {
                assertThat(seen).contains(type + "/" + status);
            }
        }
    }

    @Test
    void aStoreWithAShopIsRefusedAndLeftAsItWas() {
        long before = demo.stats().count("orders");
        assertThatThrownBy(() -> demo.demoLoader().load(DemoSource.bundled(), LoadProgress.NONE))
                .isInstanceOf(RefusedInputException.class);
        assertThat(demo.stats().count("orders")).isEqualTo(before);
    }

    private static double average(Map<LocalDate, Integer> perDay, Set<DayOfWeek> days) {
        return perDay.entrySet().stream()
                .filter(e -> days.contains(e.getKey().getDayOfWeek()))
                .filter(e -> e.getKey().isBefore(LocalDate.of(2026, 10, 20)) && e.getKey().getMonthValue() != 6)
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
    }
}
