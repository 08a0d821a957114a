package io.storedesk.aftersales.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer's rating: only 1–5, only on finished tickets, stored with the feedback time and on the timeline. */
class SatisfactionTest {

    private static final Instant NOW = TestStores.DEMO_CLOCK.instant();
    private static final Instant TOLD = NOW.minus(Duration.ofHours(3));

    private final Services services = TestStores.emptyInMemory();
    private final DSLContext dsl = services.store().dsl();
    private final TicketRepository tickets = new TicketRepository(dsl);
    private Map<String, Long> ids;

    @BeforeEach
    void tickets() {
        ids = tickets.insertTickets(List.of(
                ticket("AS-1", TicketStatus.PROCESSING, null, null),
                ticket("AS-2", TicketStatus.DONE, NOW.minus(Duration.ofHours(5)), null),
                ticket("AS-3", TicketStatus.CLOSED, NOW.minus(Duration.ofHours(5)), TOLD)));
    }

    private static Ticket ticket(String code, TicketStatus status, Instant resolved, Instant told) {
        Instant created = NOW.minus(Duration.ofDays(1));
        return new Ticket(0, code, TicketType.RETURN, status, TicketPriority.NORMAL, "SIZE", null, null, null, null,
                "退货：连体衣", "lina", null, null, null, created, created.plusSeconds(300), resolved, told,
                status == TicketStatus.CLOSED ? NOW.minus(Duration.ofHours(1)) : null, 0, null, null, 0);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aRatingOnADoneTicketIsStoredMeetsTheFeedbackTargetAndGoesOnTheTimeline() {
        services.satisfaction().record("AS-2", 4, "  尺码换好了，谢谢  ", "lina");

        Ticket t = tickets.findTicket("AS-2").orElseThrow();
        assertThat(t.satisfaction()).isEqualTo(4);
        assertThat(t.feedbackAt()).isEqualTo(NOW);
        assertThat(t.version()).isEqualTo(1);
        assertThat(dsl.fetchValue("SELECT satisfaction_comment FROM ticket WHERE code = 'AS-2'"))
                .isEqualTo("尺码换好了，谢谢");
        assertThat(tickets.events(ids.get("AS-2"))).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.SATISFACTION);
            assertThat(e.body()).isEqualTo("4 尺码换好了，谢谢");
            assertThat(e.actor()).isEqualTo("lina");
            assertThat(e.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aClosedTicketKeepsTheFeedbackTimeItAlreadyHad() {
        services.satisfaction().record("AS-3", 5, null, "lina");

        Ticket t = tickets.findTicket("AS-3").orElseThrow();
        assertThat(t.satisfaction()).isEqualTo(5);
        assertThat(t.feedbackAt()).isEqualTo(TOLD);
        assertThat(tickets.events(ids.get("AS-3"))).extracting(TicketEvent::body).containsExactly("5");
    }

    @Test
    void scoresOutsideOneToFiveAreRefusedAndNothingChanges() {
        for (int score : new int[] {0, 6, -1}) {
            assertThatThrownBy(() -> services.satisfaction().record("AS-2", score, null, "lina"))
                    .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("aftersales.satisfaction.scoreOutOfRange");
                        assertThat(new Messages(Messages.ENGLISH).describe(e)).contains("from 1 to 5");
                    });
        }
        assertThat(tickets.findTicket("AS-2").orElseThrow().satisfaction()).isNull();
        assertThat(tickets.events(ids.get("AS-2"))).isEmpty();
    }

    @Test
    void aTicketStillInProgressOrUnknownIsRefused() {
        assertThatThrownBy(() -> services.satisfaction().record("AS-1", 5, null, "lina"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Messages.CHINESE).describe(e)).contains("AS-1").contains("处理中"));
        assertThatThrownBy(() -> services.satisfaction().record("AS-404", 5, null, "lina"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.error.unknown"));
        Ticket t = tickets.findTicket("AS-1").orElseThrow();
        assertThat(t.satisfaction()).isNull();
        assertThat(t.feedbackAt()).isNull();
        assertThat(tickets.events(ids.get("AS-1"))).isEmpty();
    }

    @Test
    void aCommentLongerThanTheColumnIsRefused() {
        assertThatThrownBy(() -> services.satisfaction().record("AS-2", 3, "好".repeat(501), "lina"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.satisfaction.commentTooLong"));
        assertThat(tickets.findTicket("AS-2").orElseThrow().satisfaction()).isNull();
    }
}
