package io.storedesk.aftersales;

import io.storedesk.Services;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.MovingClock;
import io.storedesk.testing.TestStores;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * A small shop for the intake, assignment and conversation tests: one channel, two warehouses, a buyer, order
 * TB1001 (line 1: 3 × SKU-A shipped from WH-SH; line 2: 1 × SKU-B not shipped yet; a shipping-fee line) and agents.
 * The clock starts on Friday 20 November 2026, 10:00 in Shanghai.
 */
public final class IntakeStore implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

    private final MovingClock clock = new MovingClock(START);
    private final Services services = new Services(Store.open(StoreConfig.inMemory(TestStores.newDirectory(),
            "in" + UUID.randomUUID().toString().replace("-", ""))), clock);
    private final DSLContext dsl = services.store().dsl();
    private final TicketRepository tickets = new TicketRepository(dsl);
    private final long channel;
    private final long shanghai;
    private final long guangzhou;
    private final long customer;
    private final long order;
    private final long lineA;
    private final long lineB;
    private final long shippingLine;
    private final Map<String, Long> skus;

    public IntakeStore() {
        Fixtures fixtures = new Fixtures(dsl);
        channel = fixtures.channel("TMALL");
        shanghai = fixtures.warehouse("WH-SH", "上海");
        guangzhou = fixtures.warehouse("WH-GZ", "广东");
        dsl.execute("UPDATE warehouse SET address = '松江区九亭镇 88 号' WHERE id = ?", shanghai);
        skus = fixtures.skus("P1", "连体衣", "婴儿", "SKU-A", "SKU-B");
        dsl.execute("INSERT INTO customer (channel_id, external_id, name, tier) VALUES (?, 'buyer-1', '王小明', 'VIP')",
                channel);
        customer = id("SELECT id FROM customer WHERE external_id = 'buyer-1'");
        dsl.execute("INSERT INTO orders (channel_id, external_id, customer_id, status, placed_at) "
                + "VALUES (?, 'TB1001', ?, 'SHIPPED', TIMESTAMP WITH TIME ZONE '2026-11-15 10:00:00+08')", channel,
                customer);
        order = id("SELECT id FROM orders WHERE external_id = 'TB1001'");
        lineA = orderLine(1, "SKU-A", "SALE", 3);
        lineB = orderLine(2, "SKU-B", "SALE", 1);
        shippingLine = orderLine(3, "SHIPPING", "SHIPPING", 1);
        dsl.execute("INSERT INTO shipment (order_id, warehouse_id, status) VALUES (?, ?, 'SHIPPED')", order,
                shanghai);
        dsl.execute("INSERT INTO shipment_line (shipment_id, order_line_id, quantity) "
                + "VALUES ((SELECT MAX(id) FROM shipment), ?, 3)", lineA);
    }

    public MovingClock clock() {
        return clock;
    }

    public Services services() {
        return services;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public TicketRepository tickets() {
        return tickets;
    }

    public long channel() {
        return channel;
    }

    public long shanghai() {
        return shanghai;
    }

    public long guangzhou() {
        return guangzhou;
    }

    public long customer() {
        return customer;
    }

    public long order() {
        return order;
    }

    public long lineA() {
        return lineA;
    }

    public long lineB() {
        return lineB;
    }

    public long shippingLine() {
        return shippingLine;
    }

    public long sku(String code) {
        return skus.get(code);
    }

    /** An agent with skills (comma-separated ticket types). */
    public void agent(String username, boolean onDuty, String skills) {
        dsl.execute("INSERT INTO app_user (username, display_name, role_code, on_duty) VALUES (?, ?, 'AGENT', ?)",
                username, username, onDuty);
        for (String skill : skills.split(",")) {
            dsl.execute("INSERT INTO user_skill (user_id, ticket_type) "
                    + "VALUES ((SELECT id FROM app_user WHERE username = ?), ?)", username, skill);
        }
    }

    public long ticketCount() {
        return count("SELECT COUNT(*) FROM ticket");
    }

    public long count(String sql, Object... bindings) {
        return id(sql, bindings);
    }

    private long id(String sql, Object... bindings) {
        return ((Number) dsl.fetchValue(sql, bindings)).longValue();
    }

    private long orderLine(int lineNo, String skuCode, String kind, int quantity) {
        dsl.execute("INSERT INTO order_line (order_id, line_no, sku_id, sku_code, kind, quantity, unit_price, amount) "
                + "VALUES (?, ?, ?, ?, ?, ?, 100, 100)", order, lineNo, skus.get(skuCode), skuCode, kind, quantity);
        return id("SELECT id FROM order_line WHERE order_id = ? AND line_no = ?", order, lineNo);
    }

    @Override
    public void close() {
        services.close();
    }
}
