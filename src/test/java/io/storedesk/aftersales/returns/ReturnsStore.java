package io.storedesk.aftersales.returns;

import static io.storedesk.testing.Fixtures.cny;

import io.storedesk.Services;
import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketLine;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.orders.Address;
import io.storedesk.orders.Customer;
import io.storedesk.orders.ExternalKey;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import io.storedesk.security.Role;
import io.storedesk.security.User;
import io.storedesk.security.UserRepository;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * A small shop for the returns tests: warehouse SH, SKUs RED and BLUE, and one order of a buyer in 上海:
 * 2 × RED at 100 (line 1, 200.00), 1 × BLUE (line 2, 100.00), a 30.00 coupon and 10.00 shipping, 280.00 paid
 * five days ago. People of every role: agent, operator, manager, admin, clerk (warehouse).
 */
final class ReturnsStore implements AutoCloseable {

    final Services services = TestStores.emptyInMemory();
    final DSLContext dsl = services.store().dsl();
    final TicketRepository tickets = new TicketRepository(dsl);
    final OrderRepository orders = new OrderRepository(dsl);
    final Instant now = services.clock().instant();
    final long warehouse;
    final long channel;
    final Map<String, Long> skus;
    final long customer;
    final long orderId;
    final long redLine;
    final long blueLine;

    ReturnsStore() {
        Fixtures fixtures = new Fixtures(dsl);
        warehouse = fixtures.warehouse("SH", "上海");
        channel = fixtures.channel("TM");
        skus = fixtures.skus("P1", "连体衣", "童装", "RED", "BLUE");
        customer = orders.insertCustomers(List.of(new Customer(0, channel, "buyer-1", "王小明", "13800000000", null,
                "上海", "上海市", "中国"))).get(new ExternalKey(channel, "buyer-1"));
        Instant paid = now.minus(Duration.ofDays(5));
        Order order = new Order(0, channel, "TM-1001", customer, OrderStatus.DELIVERED, false, paid, paid, 3,
                cny("300.00"), cny("10.00"), cny("30.00"), cny("280.00"), null,
                new Address("王小明", "13800000000", "中国", "上海", "上海市", "浦东新区", "世纪大道 100 号"), null, null,
                0, List.of(
                        new OrderLine(0, 1, skus.get("RED"), "RED", "连体衣 红", LineKind.SALE, 2, cny("100.00"),
                                cny("200.00"), false, null),
                        new OrderLine(0, 2, skus.get("BLUE"), "BLUE", "连体衣 蓝", LineKind.SALE, 1, cny("100.00"),
                                cny("100.00"), false, null),
                        new OrderLine(0, 3, null, "COUPON", "店铺优惠券", LineKind.DISCOUNT, 1, cny("-30.00"),
                                cny("-30.00"), false, null),
                        new OrderLine(0, 4, null, "POSTAGE", "运费", LineKind.SHIPPING, 1, cny("10.00"), cny("10.00"),
                                false, null)));
        orderId = orders.insertOrders(List.of(order), n -> { }).get(new ExternalKey(channel, "TM-1001"));
        Map<Integer, Long> lineIds = orders.lineIds(List.of(orderId)).get(orderId);
        redLine = lineIds.get(1);
        blueLine = lineIds.get(2);
        new UserRepository(dsl).insertUsers(List.of(user("agent", Role.AGENT), user("operator", Role.OPERATOR),
                user("manager", Role.MANAGER), user("admin", Role.ADMIN), user("clerk", Role.WAREHOUSE)));
    }

    private static User user(String name, Role role) {
        return new User(0, name, name + " 同学", role, null, null, true, true, Set.of());
    }

    /** An open ticket on the order with the given reason and lines; returns the ticket id. */
    long ticket(String code, TicketType type, String reason, TicketLine... lines) {
        long id = tickets.insertTickets(List.of(new Ticket(0, code, type, TicketStatus.PROCESSING,
                TicketPriority.NORMAL, reason, channel, null, customer, orderId, "售后 " + code, "agent", warehouse,
                null, null, now.minus(Duration.ofDays(1)), null, null, null, null, 0, null, null, 0))).get(code);
        tickets.insertLines(Arrays.stream(lines).map(l -> new TicketLine(0, id, l.orderLineId(), l.skuId(),
                l.quantity(), l.receivedQuantity(), l.conditionFound())).toList());
        return id;
    }

    /** A ticket line for some units of an order line (received as given). */
    TicketLine line(long orderLine, String sku, int quantity, int received) {
        return new TicketLine(0, 0, orderLine, skus.get(sku), quantity, received, null);
    }

    List<TicketLine> lines(long ticketId) {
        return tickets.lines(ticketId);
    }

    /** On hand and available of the SKU in SH, as the stock pane reads them; [0, 0] for no position yet. */
    int[] stock(String sku) {
        return services.stock().positions(sku, 10).rows().stream().filter(p -> p.skuCode().equals(sku))
                .findFirst().map(p -> new int[] {p.onHand(), p.available()}).orElse(new int[] {0, 0});
    }

    @Override
    public void close() {
        services.close();
    }
}
