package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.catalog.BulkChange;
import io.storedesk.catalog.BulkResult;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Category;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.ProductEdit;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuEdit;
import io.storedesk.catalog.SkuField;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.returns.ItemCondition;
import io.storedesk.aftersales.returns.ReceivedLine;
import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.testing.PostgresStores;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two desks on one store (issue 9, decision 0026): two Services, each with its own connection pool, on the
 * same demo store — one H2 file in this process, or in the PostgreSQL pass one database on the server.
 * Whoever saves second over a version they did not see is refused with the conflict message and nothing of
 * theirs is written; the first desk's change stays (no lost update). Where a service reads the version itself
 * inside its unit of work, the other desk's save is slipped in between that read and the write: the second
 * desk's clock runs it when the service asks for the time, which is after the read and before the write.
 */
class TwoDesksTest {

    private final StoreConfig store = TestStores.demoStore();
    private final InterleavingClock clockB = new InterleavingClock(TestStores.DEMO_CLOCK);
    private final Services deskA = new Services(Store.open(store), TestStores.DEMO_CLOCK);
    private final Services deskB = new Services(Store.open(store), clockB);

    @AfterEach
    void close() {
        deskB.close();
        deskA.close();
    }

    @Test
    void bothDesksWorkOnTheSameStore() throws SQLException {
        new SettingsRepository(deskA.store().dsl()).put("shop.name", "两个工作台", "wang");

        assertThat(new SettingsRepository(deskB.store().dsl()).get("shop.name")).contains("两个工作台");
        assertThat(deskB.store().config().isServer()).isEqualTo(PostgresStores.enabled());
    }

    @Test
    void aStalePriceEditIsRefusedNamingWhoChangedItAndTheFirstPriceStays() throws SQLException {
        List<Object> sku = row("SELECT id, version, code FROM sku WHERE kind = 'GOODS' ORDER BY id");
        long id = ((Number) sku.get(0)).longValue();
        int seen = ((Number) sku.get(1)).intValue();

        deskA.catalogEditor().edit(new SkuEdit(id, seen, SkuField.PRICE, "120"), "wang");

        assertThatThrownBy(() -> deskB.catalogEditor().edit(new SkuEdit(id, seen, SkuField.PRICE, "90"), "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.error.editConflict");
                    assertThat(e.arguments()).startsWith(sku.get(2), "wang");
                });
        List<Object> after = row("SELECT price, version FROM sku WHERE id = " + id);
        assertThat((BigDecimal) after.get(0)).isEqualByComparingTo("120");
        assertThat(((Number) after.get(1)).intValue()).isEqualTo(seen + 1);
    }

    @Test
    void holdingAnOrderTheOtherDeskJustHeldIsRefusedAndTheFirstHoldStays() throws SQLException {
        long order = ((Number) row("SELECT id FROM orders WHERE status = 'PAID' AND merged_into_id IS NULL "
                + "ORDER BY id").get(0)).longValue();
        int before = version("orders", order);
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> deskA.orderReview().hold(order, "wang"), deskAFailed));

        assertThatThrownBy(() -> deskB.orderReview().hold(order, "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertOtherDesk(e, "orders.error.changedBy",
                        number(order), "orders.change.held"));
        assertThat(deskAFailed.get()).isNull();
        List<Object> after = row("SELECT status, route_note, version FROM orders WHERE id = " + order);
        assertThat(after.get(0)).isEqualTo("ON_HOLD");
        assertThat((String) after.get(1)).contains("wang").doesNotContain("lin");
        assertThat(((Number) after.get(2)).intValue()).isEqualTo(before + 1);
    }

    @Test
    void reassigningATicketTheOtherDeskJustReassignedIsRefusedAndTheFirstAssigneeStays() throws SQLException {
        String ticket = (String) row("SELECT code FROM ticket WHERE status IN ('PENDING_REVIEW', 'PROCESSING') "
                + "ORDER BY id").get(0);
        long id = ((Number) row("SELECT id FROM ticket WHERE code = '" + ticket + "'").get(0)).longValue();
        agent("agent_a");
        agent("agent_b");
        int before = version("ticket", id);
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> deskA.ticketAssignment().reassign(ticket, "agent_a", "wang"),
                deskAFailed));

        assertThatThrownBy(() -> deskB.ticketAssignment().reassign(ticket, "agent_b", "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertOtherDesk(e, "aftersales.error.changedBy", ticket, "aftersales.change.assigned");
                    assertThat((String) ((MessageKey) e.arguments()[3]).arguments()[0]).endsWith("→ agent_a");
                });
        assertThat(deskAFailed.get()).isNull();
        assertThat(row("SELECT assignee FROM ticket WHERE id = " + id).get(0)).isEqualTo("agent_a");
        assertThat(version("ticket", id)).isEqualTo(before + 1);
    }

    @Test
    void holdingAnOrderTheOtherDeskJustReleasedIsRefusedNamingTheReleaseAndTheOrderStaysReleased()
            throws SQLException {
        long order = waitingOrder();
        deskA.orderReview().hold(order, "chen");
        int before = version("orders", order);
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> deskA.orderReview().release(order, "wang"), deskAFailed));

        assertThatThrownBy(() -> deskB.orderReview().hold(order, "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertOtherDesk(e, "orders.error.changedBy",
                        number(order), "orders.change.released"));
        assertThat(deskAFailed.get()).isNull();
        List<Object> after = row("SELECT status, hold_reason, version FROM orders WHERE id = " + order);
        assertThat(after.get(0)).isEqualTo("PAID");
        assertThat(after.get(1)).isNull();
        assertThat(((Number) after.get(2)).intValue()).isEqualTo(before + 1);
    }

    @Test
    void overridingTheWarehouseOfAnOrderTheOtherDeskJustRoutedIsRefusedAndTheirRouteStays() throws SQLException {
        RouteDecision planned = deskA.orderRouting().route(waitingOrders(), true, "wang").decisions().stream()
                .filter(RouteDecision::routed).findFirst().orElseThrow();
        long order = planned.orderId();
        long warehouse = planned.shipments().get(0).siteId();
        int before = version("orders", order);
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        // Desk B's second reading of the time is when it saves the route it planned on the order it read.
        clockB.beforeReading(2, () -> run(() -> deskA.orderRouting().reroute(order, before, null, null, "wang"),
                deskAFailed));

        assertThatThrownBy(() -> deskB.orderRouting().reroute(order, before, warehouse, null, "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertOtherDesk(e, "orders.error.changedBy",
                        number(order), "orders.change.rerouted"));
        assertThat(deskAFailed.get()).isNull();
        List<Object> after = row("SELECT status, version FROM orders WHERE id = " + order);
        assertThat(after.get(0)).isEqualTo("ROUTED");
        assertThat(((Number) after.get(1)).intValue()).isEqualTo(before + 1);
        assertThat(((Number) row0("SELECT COUNT(*) FROM shipment WHERE order_id = " + order
                + " AND status = 'PLANNED' AND manual_override = FALSE")).intValue())
                .isEqualTo(planned.shipments().size());
        assertThat(((Number) row0("SELECT COUNT(*) FROM shipment WHERE order_id = " + order
                + " AND manual_override = TRUE")).intValue()).isZero();
    }

    @Test
    void choosingAWarehouseForAnOrderRoutedAtTheOtherDeskSinceItWasShownIsRefusedAndTheirRouteStays()
            throws SQLException {
        RouteDecision planned = deskA.orderRouting().route(waitingOrders(), true, "wang").decisions().stream()
                .filter(RouteDecision::routed).findFirst().orElseThrow();
        long order = planned.orderId();
        long warehouse = planned.shipments().get(0).siteId();
        int shown = version("orders", order);
        deskA.orderRouting().reroute(order, shown, null, null, "wang");
        List<Object> routed = row("SELECT COUNT(*) FROM shipment WHERE order_id = " + order
                + " AND status = 'PLANNED'");

        // Desk B still shows the order as it was before desk A routed it, and chooses a warehouse that can ship it.
        assertThatThrownBy(() -> deskB.orderRouting().reroute(order, shown, warehouse, null, "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertOtherDesk(e, "orders.error.changedBy",
                        number(order), "orders.change.rerouted"));
        assertThat(row0("SELECT status FROM orders WHERE id = " + order)).isEqualTo("ROUTED");
        assertThat(version("orders", order)).isEqualTo(shown + 1);
        assertThat(row("SELECT COUNT(*) FROM shipment WHERE order_id = " + order + " AND status = 'PLANNED'"))
                .isEqualTo(routed);
        assertThat(((Number) row0("SELECT COUNT(*) FROM shipment WHERE order_id = " + order
                + " AND (manual_override = TRUE OR status = 'CANCELLED')")).intValue()).isZero();
    }

    @Test
    void movingATicketTheOtherDeskJustReassignedIsRefusedNamingTheReassignmentAndTheStatusStays()
            throws SQLException {
        String ticket = (String) row0("SELECT code FROM ticket WHERE status = 'PENDING_REVIEW' ORDER BY id");
        long id = ((Number) row0("SELECT id FROM ticket WHERE code = '" + ticket + "'")).longValue();
        agent("agent_a");
        int before = version("ticket", id);
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> deskA.ticketAssignment().reassign(ticket, "agent_a", "wang"),
                deskAFailed));

        assertThatThrownBy(() -> deskB.ticketWorkflow().changeStatus(ticket, TicketStatus.PROCESSING, "on it",
                "lin")).isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertOtherDesk(e, "aftersales.error.changedBy", ticket, "aftersales.change.assigned"));
        assertThat(deskAFailed.get()).isNull();
        List<Object> after = row("SELECT status, assignee, version FROM ticket WHERE id = " + id);
        assertThat(after.subList(0, 2)).containsExactly("PENDING_REVIEW", "agent_a");
        assertThat(((Number) after.get(2)).intValue()).isEqualTo(before + 1);
        assertThat(((Number) row0("SELECT COUNT(*) FROM ticket_event WHERE ticket_id = " + id
                + " AND actor = 'lin'")).intValue()).isZero();
    }

    @Test
    void reassigningATicketTheOtherDeskJustMovedIsRefusedNamingTheNewStatus() throws SQLException {
        String ticket = (String) row0("SELECT code FROM ticket WHERE status = 'PENDING_REVIEW' ORDER BY id");
        long id = ((Number) row0("SELECT id FROM ticket WHERE code = '" + ticket + "'")).longValue();
        agent("agent_b");
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> deskA.ticketWorkflow().changeStatus(ticket,
                TicketStatus.PROCESSING, null, "wang"), deskAFailed));

        assertThatThrownBy(() -> deskB.ticketAssignment().reassign(ticket, "agent_b", "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertOtherDesk(e, "aftersales.error.changedBy", ticket, "aftersales.change.status");
                    MessageKey status = (MessageKey) ((MessageKey) e.arguments()[3]).arguments()[0];
                    assertThat(status.key()).isEqualTo("aftersales.status.PROCESSING");
                });
        assertThat(deskAFailed.get()).isNull();
        assertThat(row0("SELECT status FROM ticket WHERE id = " + id)).isEqualTo("PROCESSING");
        assertThat(row0("SELECT assignee FROM ticket WHERE id = " + id)).isNotEqualTo("agent_b");
    }

    @Test
    void checkingInAReturnTheOtherDeskJustCheckedInIsRefusedNamingTheirReceiptAndOnlyTheirUnitsAreBooked()
            throws SQLException {
        List<Object> line = row("SELECT t.code, t.id, l.id, l.received_quantity, w.id, w.code FROM ticket t "
                + "JOIN ticket_line l ON l.ticket_id = t.id JOIN stock_level s ON s.sku_id = l.sku_id "
                + "JOIN warehouse w ON w.id = s.warehouse_id WHERE t.ticket_type IN ('RETURN', 'EXCHANGE') "
                + "AND t.status IN ('PENDING_REVIEW', 'PROCESSING', 'WAITING_CUSTOMER') "
                + "AND l.received_quantity < l.quantity ORDER BY l.id, w.id");
        String ticket = (String) line.get(0);
        long ticketId = ((Number) line.get(1)).longValue();
        long lineId = ((Number) line.get(2)).longValue();
        int receivedBefore = ((Number) line.get(3)).intValue();
        long warehouse = ((Number) line.get(4)).longValue();
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> deskA.returnReceipt().receive(ticket, warehouse,
                List.of(new ReceivedLine(lineId, 1, ItemCondition.RESELLABLE)), "wang"), deskAFailed));

        assertThatThrownBy(() -> deskB.returnReceipt().receive(ticket, warehouse,
                List.of(new ReceivedLine(lineId, 1, ItemCondition.DAMAGED)), "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertOtherDesk(e, "aftersales.error.changedBy", ticket, "aftersales.change.received");
                    assertThat(((MessageKey) e.arguments()[3]).arguments()).containsExactly(line.get(5), "1", "0",
                            "0");
                    assertThat(new Messages(Messages.ENGLISH).describe(e)).startsWith("Ticket " + ticket
                            + " was checked in at " + line.get(5) + " (1 back on the shelf, 0 damaged, 0 missing) "
                            + "by wang at ");
                    assertThat(new Messages(Messages.CHINESE).describe(e)).startsWith("工单 " + ticket
                            + " 在您查看期间已被 wang 于 ")
                            .contains("在 " + line.get(5) + " 收货（1 件已上架，0 件破损，0 件缺失）");
                });
        assertThat(deskAFailed.get()).isNull();
        assertThat(row("SELECT received_quantity, condition_found FROM ticket_line WHERE id = " + lineId))
                .containsExactly(receivedBefore + 1, "RESELLABLE");
        assertThat(((Number) row0("SELECT COUNT(*) FROM stock_movement WHERE reference = '" + ticket
                + "' AND user_name = 'lin'")).intValue()).isZero();
        assertThat(((Number) row0("SELECT COUNT(*) FROM stock_movement WHERE reference = '" + ticket
                + "' AND user_name = 'wang'")).intValue()).isEqualTo(1);
        assertThat(((Number) row0("SELECT COUNT(*) FROM ticket_event WHERE ticket_id = " + ticketId
                + " AND actor = 'lin'")).intValue()).isZero();
    }

    @Test
    void twoDesksNotingOneTicketAtOnceKeepBothNotesAndLeaveItsVersionForTheNextChange() throws SQLException {
        String ticket = (String) row0("SELECT code FROM ticket WHERE status = 'PENDING_REVIEW' ORDER BY id");
        long id = ((Number) row0("SELECT id FROM ticket WHERE code = '" + ticket + "'")).longValue();
        int before = version("ticket", id);
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        // Desk A's note is saved after desk B read the ticket for its own note and before B saves it.
        clockB.beforeNextReading(() -> run(() -> deskA.ticketConversation().addNote(ticket, "买家来电，已核实地址",
                "wang"), deskAFailed));

        deskB.ticketConversation().addNote(ticket, "Parcel photo received", "lin");

        assertThat(deskAFailed.get()).isNull();
        assertThat(notes(id)).containsExactlyInAnyOrder("wang: 买家来电，已核实地址", "lin: Parcel photo received");
        assertThat(version("ticket", id)).isEqualTo(before);

        // Notes never make another desk's read stale: a move read before desk A's next note still saves.
        clockB.beforeNextReading(() -> run(() -> deskA.ticketConversation().addNote(ticket, "second note", "wang"),
                deskAFailed));
        deskB.ticketWorkflow().changeStatus(ticket, TicketStatus.PROCESSING, null, "lin");

        assertThat(deskAFailed.get()).isNull();
        assertThat(row("SELECT status, version FROM ticket WHERE id = " + id)).containsExactly("PROCESSING",
                before + 1);
        assertThat(notes(id)).hasSize(3).contains("wang: second note");
    }

    @Test
    void aChangeThatLostToTheOtherDesksMoveIsToldOfTheMoveEvenWhenTheyNotedTheTicketAfterwards()
            throws SQLException {
        String ticket = (String) row0("SELECT code FROM ticket WHERE status = 'PENDING_REVIEW' ORDER BY id");
        long id = ((Number) row0("SELECT id FROM ticket WHERE code = '" + ticket + "'")).longValue();
        agent("agent_b");
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> {
            deskA.ticketWorkflow().changeStatus(ticket, TicketStatus.PROCESSING, null, "wang");
            deskA.ticketConversation().addNote(ticket, "taking this one", "wang");
        }, deskAFailed));

        assertThatThrownBy(() -> deskB.ticketAssignment().reassign(ticket, "agent_b", "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertOtherDesk(e, "aftersales.error.changedBy", ticket, "aftersales.change.status");
                    MessageKey status = (MessageKey) ((MessageKey) e.arguments()[3]).arguments()[0];
                    assertThat(status.key()).isEqualTo("aftersales.status.PROCESSING");
                });
        assertThat(deskAFailed.get()).isNull();
        assertThat(notes(id)).contains("wang: taking this one");
        assertThat(row0("SELECT assignee FROM ticket WHERE id = " + id)).isNotEqualTo("agent_b");
    }

    @Test
    void aBulkPriceChangeOverASkuTheOtherDeskJustSavedIsRefusedNamingItAndTheirPriceStays() throws SQLException {
        List<Sku> skus = skusOfOneProduct();
        Sku theirs = skus.get(skus.size() - 1);
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> deskA.catalogEditor().edit(new SkuEdit(theirs.id(), theirs.version(),
                SkuField.PRICE, "120"), "wang"), deskAFailed));

        assertThatThrownBy(() -> deskB.catalogEditor().apply(versions(skus),
                new BulkChange.AdjustPrice(new BigDecimal("10"), true), "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.error.bulkConflict");
                    assertThat(e.arguments()).containsExactly(1, skus.size(), theirs.code());
                    assertThat(new Messages(Messages.ENGLISH).describe(e)).startsWith("1 of the " + skus.size()
                            + " selected SKUs was changed by someone else since you selected them (" + theirs.code()
                            + "); nothing was changed.");
                    assertThat(new Messages(Messages.CHINESE).describe(e)).contains("（" + theirs.code() + "）");
                });
        assertThat(deskAFailed.get()).isNull();
        for (Sku sku : skus) {
            assertThat((BigDecimal) row0("SELECT price FROM sku WHERE id = " + sku.id())).as(sku.code())
                    .isEqualByComparingTo(sku.id() == theirs.id() ? new BigDecimal("120") : sku.price().amount());
        }
    }

    @Test
    void aBulkTagChangeOverAProductTheOtherDeskJustSavedIsRefusedNamingItsSelectedSkus() throws SQLException {
        List<Sku> theirs = skusOfOneProduct();
        long anotherId = ((Number) row0("SELECT id FROM sku WHERE kind = 'GOODS' AND product_id <> "
                + theirs.get(0).productId() + " ORDER BY id")).longValue();
        Sku another = catalogA().skusById(List.of(anotherId)).get(anotherId);
        List<Sku> selected = new ArrayList<>(theirs);
        selected.add(another);
        Product product = catalogA().productsById(List.of(theirs.get(0).productId())).get(theirs.get(0).productId());
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> deskA.catalogEditor().save(new ProductEdit(product.id(),
                product.version(), product.title() + " 新款", product.brand(), String.join(",", product.tags()),
                product.categoryId()), "wang"), deskAFailed));

        assertThatThrownBy(() -> deskB.catalogEditor().apply(versions(selected),
                new BulkChange.AddTags(List.of("desk-b")), "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.error.bulkConflict");
                    assertThat(e.arguments()).containsExactly(theirs.size(), selected.size(),
                            String.join(", ", theirs.stream().map(Sku::code).sorted().toList()));
                    assertThat(new Messages(Messages.ENGLISH).describe(e)).doesNotContain("()");
                });
        assertThat(deskAFailed.get()).isNull();
        assertThat((String) row0("SELECT title FROM product WHERE id = " + product.id())).endsWith(" 新款");
        assertThat(catalogA().productsById(List.of(another.productId())).get(another.productId()).tags())
                .doesNotContain("desk-b");
    }

    @Test
    void undoingABulkChangeOverASkuTheOtherDeskJustSavedIsRefusedNamingWhoChangedIt() throws SQLException {
        List<Sku> skus = skusOfOneProduct();
        BulkResult raised = deskB.catalogEditor().apply(versions(skus),
                new BulkChange.AdjustPrice(new BigDecimal("10"), true), "lin");
        Sku theirs = catalogA().skusById(List.of(skus.get(0).id())).get(skus.get(0).id());
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        clockB.beforeNextReading(() -> run(() -> deskA.catalogEditor().edit(new SkuEdit(theirs.id(), theirs.version(),
                SkuField.PRICE, "120"), "wang"), deskAFailed));

        assertThatThrownBy(() -> deskB.catalogEditor().revert(raised.revert(), "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.error.undoConflict");
                    assertThat(e.arguments()).containsExactly(theirs.code(), "wang",
                            Date.from(TestStores.DEMO_CLOCK.instant()));
                });
        assertThat(deskAFailed.get()).isNull();
        assertThat((BigDecimal) row0("SELECT price FROM sku WHERE id = " + theirs.id())).isEqualByComparingTo("120");
        Sku untouched = skus.get(1);
        assertThat((BigDecimal) row0("SELECT price FROM sku WHERE id = " + untouched.id()))
                .as("all or nothing: the raise stays on the SKU nobody touched")
                .isNotEqualByComparingTo(untouched.price().amount());
    }

    @Test
    void undoingACategoryChangeOverAProductTheOtherDeskJustSavedIsRefusedNamingWhoChangedIt() throws SQLException {
        List<Sku> skus = skusOfOneProduct();
        long productId = skus.get(0).productId();
        Long categoryBefore = catalogA().productsById(List.of(productId)).get(productId).categoryId();
        long sale = catalogA().categories().stream().map(Category::id).filter(id -> !id.equals(categoryBefore))
                .findFirst().orElseThrow();
        BulkResult moved = deskB.catalogEditor().apply(versions(skus), new BulkChange.SetCategory(sale), "lin");
        Product product = catalogA().productsById(List.of(productId)).get(productId);
        AtomicReference<RuntimeException> deskAFailed = new AtomicReference<>();
        // The undo reads the time once for its SKUs (none here), then for its products: after the read.
        clockB.beforeReading(2, () -> run(() -> deskA.catalogEditor().save(new ProductEdit(product.id(),
                product.version(), product.title() + " 新款", product.brand(), String.join(",", product.tags()),
                product.categoryId()), "wang"), deskAFailed));

        assertThatThrownBy(() -> deskB.catalogEditor().revert(moved.revert(), "lin"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.error.undoConflict");
                    assertThat(e.arguments()).containsExactly(product.code(), "wang",
                            Date.from(TestStores.DEMO_CLOCK.instant()));
                });
        assertThat(deskAFailed.get()).isNull();
        assertThat(row("SELECT title, category_id FROM product WHERE id = " + productId))
                .containsExactly(product.title() + " 新款", sale);
    }

    private CatalogRepository catalogA() {
        return new CatalogRepository(deskA.store().dsl());
    }

    /** The goods SKUs of the first product that has two to five of them, by code. */
    private List<Sku> skusOfOneProduct() throws SQLException {
        long product = ((Number) row0("SELECT product_id FROM sku WHERE kind = 'GOODS' GROUP BY product_id "
                + "HAVING COUNT(*) BETWEEN 2 AND 5 ORDER BY product_id")).longValue();
        return catalogA().skusById(ids("SELECT id FROM sku WHERE kind = 'GOODS' AND product_id = " + product))
                .values().stream()
                .sorted(Comparator.comparing(Sku::code)).toList();
    }

    /** The selection as the catalog pane hands it over: id -> version shown. */
    private static Map<Long, Integer> versions(List<Sku> skus) {
        Map<Long, Integer> selected = new LinkedHashMap<>();
        skus.forEach(s -> selected.put(s.id(), s.version()));
        return selected;
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = deskA.store().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** The ticket's notes as "actor: text", read through desk A's pool. */
    private List<String> notes(long ticketId) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Connection c = deskA.store().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT actor, body FROM ticket_event WHERE ticket_id = ? "
                     + "AND kind = 'NOTE' ORDER BY id")) {
            s.setLong(1, ticketId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    notes.add(r.getString(1) + ": " + r.getString(2));
                }
            }
        }
        return notes;
    }

    /** The refusal names the record, the other desk's user (wang), the time and what wang did. */
    private static void assertOtherDesk(RefusedInputException e, String key, String record, String what) {
        assertThat(e.messageKey()).isEqualTo(key);
        assertThat(e.arguments()).hasSize(4);
        assertThat(e.arguments()[0]).isEqualTo(record);
        assertThat(e.arguments()[1]).isEqualTo("wang");
        assertThat(e.arguments()[2]).isEqualTo(Date.from(TestStores.DEMO_CLOCK.instant()));
        assertThat(e.arguments()[3]).isInstanceOfSatisfying(MessageKey.class, m -> assertThat(m.key()).isEqualTo(what));
    }

    private long waitingOrder() throws SQLException {
        return ((Number) row0("SELECT id FROM orders WHERE status = 'PAID' AND merged_into_id IS NULL ORDER BY id"))
                .longValue();
    }

    /** A few waiting orders, for a dry run that finds one the network can ship. */
    private List<Long> waitingOrders() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = deskA.store().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM orders WHERE status = 'PAID' "
                     + "AND merged_into_id IS NULL ORDER BY id"); ResultSet r = s.executeQuery()) {
            while (r.next() && ids.size() < 20) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private String number(long order) {
        return (String) row0("SELECT external_id FROM orders WHERE id = " + order);
    }

    private Object row0(String sql) {
        try {
            return row(sql).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the other desk's save on a thread of its own (as a second desk would) and waits for it. */
    private static void run(Runnable save, AtomicReference<RuntimeException> failure) {
        Thread desk = new Thread(() -> {
            try {
                save.run();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "desk-a");
        desk.start();
        try {
            desk.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void agent(String username) throws SQLException {
        try (Connection c = deskA.store().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO app_user (username, display_name, role_code) VALUES (?, ?, 'AGENT')")) {
            s.setString(1, username);
            s.setString(2, username);
            s.executeUpdate();
        }
    }

    private int version(String table, long id) throws SQLException {
        return ((Number) row("SELECT version FROM " + table + " WHERE id = " + id).get(0)).intValue();
    }

    /** The first row of a query, read through desk A's pool (what is committed, whoever wrote it). */
    private List<Object> row(String sql) throws SQLException {
        try (Connection c = deskA.store().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            assertThat(r.next()).as(sql).isTrue();
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                values.add(r.getObject(i));
            }
            return values;
        }
    }

    /** A fixed clock that, once armed, runs a piece of work the next time someone reads it. */
    private static final class InterleavingClock extends Clock {

        private final Clock fixed;
        private final AtomicReference<Runnable> next = new AtomicReference<>();
        private final AtomicInteger readingsLeft = new AtomicInteger();

        InterleavingClock(Clock fixed) {
            this.fixed = fixed;
        }

        void beforeNextReading(Runnable work) {
            beforeReading(1, work);
        }

        /** Runs the work at the n-th reading from now (1 = the next). */
        void beforeReading(int n, Runnable work) {
            readingsLeft.set(n);
            next.set(work);
        }

        @Override
        public Instant instant() {
            if (next.get() != null && readingsLeft.decrementAndGet() == 0) {
                next.getAndSet(null).run();
            }
            return fixed.instant();
        }

        @Override
        public ZoneId getZone() {
            return fixed.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return fixed.withZone(zone);
        }
    }
}
