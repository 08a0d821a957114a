package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.catalog.SkuEdit;
import io.storedesk.catalog.SkuField;
import io.storedesk.common.RefusedInputException;
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
import java.util.List;
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
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("orders.error.changedMeanwhile"));
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
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.error.changedMeanwhile"));
        assertThat(deskAFailed.get()).isNull();
        assertThat(row("SELECT assignee FROM ticket WHERE id = " + id).get(0)).isEqualTo("agent_a");
        assertThat(version("ticket", id)).isEqualTo(before + 1);
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

        InterleavingClock(Clock fixed) {
            this.fixed = fixed;
        }

        void beforeNextReading(Runnable work) {
            next.set(work);
        }

        @Override
        public Instant instant() {
            Runnable work = next.getAndSet(null);
            if (work != null) {
                work.run();
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
