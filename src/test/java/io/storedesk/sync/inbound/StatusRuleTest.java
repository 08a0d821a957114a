package io.storedesk.sync.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.orders.OrderStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose order status stands when a newer version of an order arrives. */
class StatusRuleTest {

    @ParameterizedTest(name = "{0} (channel last said {1}), channel now {2} -> {3}, conflict {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # local,          last remote,     remote now,      stored,          conflict won by
            PENDING_PAYMENT,  PENDING_PAYMENT, PAID,            PAID,            -
            PAID,             PAID,            SHIPPED,         SHIPPED,         -
            ROUTED,           PAID,            PAID,            ROUTED,          -
            ON_HOLD,          PAID,            PAID,            ON_HOLD,         -
            ROUTED,           PAID,            CANCELLED,       CANCELLED,       REMOTE
            ROUTED,           PAID,            SHIPPED,         SHIPPED,         REMOTE
            SHIPPED,          PAID,            PAID,            SHIPPED,         -
            CANCELLED,        PAID,            PAID,            CANCELLED,       LOCAL
            CANCELLED,        CANCELLED,       PAID,            PAID,            -
            MERGED,           PAID,            CANCELLED,       MERGED,          -
            PAID,             PAID,            -,               PAID,            -
            DELIVERED,        -,               PAID,            DELIVERED,       -
            PENDING_PAYMENT,  -,               PAID,            PAID,            REMOTE
            """)
    void decides(OrderStatus local, String lastRemote, OrderStatus remote, OrderStatus stored, Conflict.Winner winner) {
        StatusRule.Decision decision = StatusRule.decide(local, lastRemote, remote);

        assertThat(decision.status()).isEqualTo(stored);
        assertThat(decision.conflict()).isEqualTo(winner);
    }
}
