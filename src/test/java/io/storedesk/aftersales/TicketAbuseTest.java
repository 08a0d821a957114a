package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ticket subjects, notes and the ticket search box with SQL metacharacters, over-long and broken text. */
class TicketAbuseTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final IntakeStore shop = new IntakeStore();
    private final TicketConversation conversation = shop.services().ticketConversation();
    private String plain;

    @BeforeEach
    void aPlainTicket() {
        shop.agent("wangfang", true, "RETURN,EXCHANGE");
        plain = shop.services().ticketIntake().fromOrder(shop.order(), TicketType.EXCHANGE, "SIZE", "Plain exchange",
                Map.of(shop.lineB(), 1), TicketPriority.NORMAL, "yangfan").ticketCode();
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", ";", "--", "%", "_", "\\", "' OR '1'='1", "x'); DROP TABLE sku; --"})
    void subjectsAndNotesWithMetacharactersAreStoredAsTypedAndSearchedLiterally(String typed) {
        String code = shop.services().ticketIntake().fromOrder(shop.order(), TicketType.RETURN, "SIZE",
                "Odd " + typed, Map.of(shop.lineA(), 1), TicketPriority.NORMAL, "yangfan").ticketCode();

        conversation.addNote(code, "note " + typed, "wangfang");

        Ticket ticket = shop.tickets().findTicket(code).orElseThrow();
        assertThat(ticket.subject()).isEqualTo("Odd " + typed);
        assertThat(shop.tickets().events(ticket.id())).last().satisfies(e -> assertThat(e.body())
                .isEqualTo("note " + typed));
        assertThat(shop.services().tickets().search(typed, 10).rows()).extracting(TicketRow::code)
                .containsExactly(code);
        assertThat(shop.ticketCount()).isEqualTo(2);
        assertThat(shop.count("SELECT COUNT(*) FROM sku")).isPositive();
    }

    @Test
    void anOverLongNoteIsRefusedWithTheLimitAndNothingIsAdded() {
        long before = shop.tickets().events(shop.tickets().findTicket(plain).orElseThrow().id()).size();

        assertThatThrownBy(() -> conversation.addNote(plain, "n".repeat(4001), "wangfang"))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e))
                        .isEqualTo("The text is too long; keep it to 4,000 characters."));
        assertThat(shop.tickets().events(shop.tickets().findTicket(plain).orElseThrow().id())).hasSize((int) before);
    }

    @Test
    void aNoteWithALoneSurrogateIsRefusedAndTheSearchBoxToleratesOne() {
        assertThatThrownBy(() -> conversation.addNote(plain, "half an emoji \uD83D", "wangfang"))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e)).startsWith(
                        "The text holds a broken character"));
        assertThat(shop.services().tickets().search("Plain\uDC00", 10).rows()).isEmpty();
        assertThat(shop.services().tickets().search("Plain", 10).rows()).extracting(TicketRow::code)
                .containsExactly(plain);
    }
}
