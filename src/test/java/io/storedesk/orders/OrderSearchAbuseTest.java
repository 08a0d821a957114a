package io.storedesk.orders;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Receiver names and order numbers with SQL metacharacters are stored as typed and searched literally. */
class OrderSearchAbuseTest {

    private static final Instant PLACED = Instant.parse("2026-11-11T00:05:00Z");

    private final Services services = TestStores.emptyInMemory();
    private final OrderRepository orders = new OrderRepository(services.store().dsl());
    private final Fixtures fixtures = new Fixtures(services.store().dsl());
    private long channel;
    private Map<String, Long> skus;

    @BeforeEach
    void setUp() {
        channel = fixtures.channel("TMALL");
        skus = fixtures.skus("P1", "纸尿裤", "x", "D-M");
        orders.insertOrders(List.of(order("PLAIN-1", "王婷")), done -> { });
    }

    @AfterEach
    void close() {
        services.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", ";", "--", "%", "_", "\\", "' OR '1'='1", "x'); DROP TABLE sku; --"})
    void aReceiverNameWithMetacharactersIsStoredAndFoundExactly(String typed) {
        long id = orders.insertOrders(List.of(order("ODD-1", "李" + typed)), done -> { })
                .get(new ExternalKey(channel, "ODD-1"));

        assertThat(orders.findOrder(id).orElseThrow().shipTo().name()).isEqualTo("李" + typed);
        assertThat(services.orders().search(typed, 10).rows()).extracting(OrderRow::externalId)
                .containsExactly("ODD-1");
        assertThat(services.orders().inbox(OrderFilter.ANY.withText(typed), 10).rows()).hasSize(1);
        assertThat(orders.countOrders()).isEqualTo(2);
        assertThat(services.catalog().skuCount()).isEqualTo(1);
    }

    @Test
    void aLoneSurrogateInTheSearchBoxFindsNothingAndDoesNotFail() {
        assertThat(services.orders().search("王\uD800", 10).rows()).isEmpty();
        assertThat(services.orders().search("王", 10).rows()).extracting(OrderRow::externalId).containsExactly("PLAIN-1");
    }

    private Order order(String number, String receiver) {
        Money unit = cny("10.00");
        OrderLine line = new OrderLine(0, 1, skus.get("D-M"), "D-M", "D-M", LineKind.SALE, 1, unit, unit, false, null);
        return new Order(0, channel, number, null, OrderStatus.PAID, false, PLACED, PLACED, 3, unit, cny("0"),
                cny("0"), unit, null, new Address(receiver, "138****5678", "中国", "广东省", "广州市", "天河区", "中山路1号"),
                null, null, 0, List.of(line));
    }
}
