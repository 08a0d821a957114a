package io.storedesk.aftersales.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.aftersales.TicketType;
import io.storedesk.security.AuditEntry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Refunds and compensation leave an audit entry in the unit of work that grants them; a refusal leaves none. */
class ReturnsAuditTest {

    private final ReturnsStore shop = new ReturnsStore();

    @AfterEach
    void close() {
        shop.close();
    }

    private List<AuditEntry> entries() {
        return shop.services.audit().history("ticket", "AS-1", 10);
    }

    @Test
    void aRefundRecordsWhoGaveHowMuchAndWhoApproved() {
        shop.ticket("AS-1", TicketType.RETURN, "SIZE", shop.line(shop.redLine, "RED", 2, 2));
        assertThatThrownBy(() -> shop.services.refundApproval().issueRefund("AS-1", new BigDecimal("250"), "agent",
                "agent"));
        assertThat(entries()).isEmpty();

        shop.services.refundApproval().issueRefund("AS-1", new BigDecimal("150"), "agent", "agent");

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ticket.refund");
            assertThat(e.user()).isEqualTo("agent");
            assertThat(e.before()).isEmpty();
            assertThat(e.after()).containsEntry("refund", "150.00 CNY").containsEntry("approvedBy", "agent");
        });
    }

    @Test
    void aCompensationRecordsItsKindAmountAndApprover() {
        shop.ticket("AS-1", TicketType.COMPLAINT, "LATE_DELIVERY");

        shop.services.compensations().recordCompensation("AS-1", CompensationKind.COUPON, new BigDecimal("20"),
                "agent", "agent");

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ticket.compensation");
            assertThat(e.after()).containsEntry("kind", "COUPON").containsEntry("amount", "20.00 CNY")
                    .containsEntry("approvedBy", "agent");
        });
    }
}
