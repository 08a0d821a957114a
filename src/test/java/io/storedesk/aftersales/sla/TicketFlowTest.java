package io.storedesk.aftersales.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.aftersales.TicketStatus;
import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.common.UserFacingException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketFlowTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            PENDING_REVIEW,   PROCESSING REJECTED CANCELLED
            PROCESSING,       WAITING_CUSTOMER DONE CLOSED REJECTED CANCELLED
            WAITING_CUSTOMER, PROCESSING
            DONE,             PROCESSING CLOSED
            CLOSED,
            REJECTED,
            CANCELLED,
            """)
    void everyStatusAllowsExactlyTheListedNextStatuses(TicketStatus from, String allowed) {
        Set<TicketStatus> expected = EnumSet.noneOf(TicketStatus.class);
        if (allowed != null) {
            Arrays.stream(allowed.split(" ")).map(TicketStatus::valueOf).forEach(expected::add);
        }
        assertThat(TicketFlow.next(from)).isEqualTo(expected);
        for (TicketStatus to : TicketStatus.values()) {
            assertThat(TicketFlow.allowed(from, to)).as("%s -> %s", from, to).isEqualTo(expected.contains(to));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}: pauses {2}, resumes {3}, reopen {4}")
    @CsvSource(textBlock = """
            PENDING_REVIEW,   PROCESSING,       false, false, false
            PROCESSING,       WAITING_CUSTOMER, true,  false, false
            WAITING_CUSTOMER, PROCESSING,       false, true,  false
            PROCESSING,       DONE,             false, false, false
            DONE,             PROCESSING,       false, false, true
            DONE,             CLOSED,           false, false, false
            """)
    void waitingOnTheCustomerPausesTheClockAndReopeningADoneTicketIsCounted(TicketStatus from, TicketStatus to,
                                                                           boolean pauses, boolean resumes,
                                                                           boolean reopens) {
        TicketFlow.Transition transition = TicketFlow.check(from, to);
        assertThat(transition.pausesClock()).isEqualTo(pauses);
        assertThat(transition.resumesClock()).isEqualTo(resumes);
        assertThat(transition.countsReopen()).isEqualTo(reopens);
    }

    @Test
    void aForbiddenMoveIsRefusedWithBothStatusesNamedInTheUsersLanguage() {
        assertThatThrownBy(() -> TicketFlow.check(TicketStatus.CLOSED, TicketStatus.PROCESSING))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("sla.flow.notAllowed");
                    assertThat(e.arguments()).extracting(a -> ((MessageKey) a).key())
                            .containsExactly("aftersales.status.CLOSED", "aftersales.status.PROCESSING");
                    assertThat(new Messages(Locale.ENGLISH).describe(e))
                            .startsWith("A ticket can't go from \"Closed\" to \"Processing\".");
                    assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).describe(e)).startsWith("工单不能从“已关闭”");
                });
    }

    @Test
    void theTableIsReadOnly() {
        Set<TicketStatus> next = TicketFlow.next(TicketStatus.DONE);
        assertThatThrownBy(() -> next.add(TicketStatus.CANCELLED)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(TicketFlow.allowed(TicketStatus.DONE, TicketStatus.CANCELLED)).isFalse();
    }
}
