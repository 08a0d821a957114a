package io.storedesk.aftersales.returns;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.aftersales.TicketType;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.RoutingCandidate;
import io.storedesk.orders.RoutingRepository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An exchange's replacement ships as a new, paid, zero-price order that routing picks up like any other. */
class ExchangeShippingTest {

    private final ReturnsStore shop = new ReturnsStore();
    private final ExchangeShipping exchanges = shop.services.exchangeShipping();

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void theReplacementIsAPaidZeroPriceOrderToTheSameBuyerThatRoutingSees() {
        long ticket = shop.ticket("AS-1", TicketType.EXCHANGE, "SIZE", shop.line(shop.redLine, "RED", 1, 0));

        ExchangeOrder created = exchanges.shipExchange("AS-1", Map.of("BLUE", 1), "agent");

        Order order = shop.orders.findOrder(created.orderId()).orElseThrow();
        Order original = shop.orders.findOrder(shop.orderId).orElseThrow();
        assertThat(created.orderNumber()).isEqualTo("EX-AS-1");
        assertThat(order.externalId()).isEqualTo("EX-AS-1");
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.status().awaitsRouting()).isTrue();
        assertThat(order.customerId()).isEqualTo(shop.customer);
        assertThat(order.channelId()).isEqualTo(shop.channel);
        assertThat(order.shipTo()).isEqualTo(original.shipTo());
        assertThat(order.totalAmount()).isEqualTo(cny("0"));
        assertThat(order.lines()).extracting(OrderLine::skuCode, OrderLine::quantity, OrderLine::amount)
                .containsExactly(tuple("BLUE", 1, cny("0")));
        // What OrderRouting reads as waiting orders (the original is delivered, so only the replacement waits).
        assertThat(new RoutingRepository(shop.dsl).candidates(null, List.of()))
                .extracting(RoutingCandidate::orderId).containsExactly(created.orderId());
        assertThat(shop.tickets.events(ticket)).singleElement()
                .satisfies(e -> assertThat(e.body()).isEqualTo("exchangeOrder=EX-AS-1"));
    }

    @Test
    void aSecondReplacementUnknownSkusAndOtherTicketTypesAreRefused() {
        shop.ticket("AS-1", TicketType.EXCHANGE, "SIZE", shop.line(shop.redLine, "RED", 1, 0));
        shop.ticket("AS-2", TicketType.RETURN, "SIZE", shop.line(shop.redLine, "RED", 1, 0));

        assertThatThrownBy(() -> exchanges.shipExchange("AS-1", Map.of("NOPE", 1), "agent"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.exchange.unknownSku"));
        assertThatThrownBy(() -> exchanges.shipExchange("AS-1", Map.of("BLUE", 0), "agent"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.exchange.quantityNotPositive"));
        assertThatThrownBy(() -> exchanges.shipExchange("AS-2", Map.of("BLUE", 1), "agent"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.exchange.notAnExchange"));
        exchanges.shipExchange("AS-1", Map.of("BLUE", 1), "agent");
        assertThatThrownBy(() -> exchanges.shipExchange("AS-1", Map.of("BLUE", 1), "agent"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.exchange.alreadyShipped"));
        assertThat(shop.orders.findOrderId(shop.channel, "EX-AS-2")).isEmpty();
    }
}
