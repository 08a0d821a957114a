package io.storedesk.aftersales.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketLine;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.stock.Movement;
import io.storedesk.stock.MovementKind;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.StockChange;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Returned goods checked in: the ledger, available stock, the ticket's lines and timeline follow, or nothing. */
class ReturnReceiptTest {

    private final ReturnsStore shop = new ReturnsStore();
    private final ReturnReceipt receipt = shop.services.returnReceipt();
    private long ticket;
    private long red;
    private long blue;

    @BeforeEach
    void returnOfTwoRedAndOneBlue() {
        shop.services.stockLedger().receive(StockChange.of(redPosition(), 5).forDocument("PO-1"), "test");
        ticket = shop.ticket("AS-1", TicketType.RETURN, "SIZE", shop.line(shop.redLine, "RED", 2, 0),
                shop.line(shop.blueLine, "BLUE", 1, 0));
        List<TicketLine> lines = shop.lines(ticket);
        red = lines.get(0).id();
        blue = lines.get(1).id();
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void resellableUnitsBecomeAvailableDamagedAreWrittenOffAndMissingBookNothing() {
        ReceiptSummary summary = receipt.receive("AS-1", shop.warehouse, List.of(
                new ReceivedLine(red, 1, ItemCondition.RESELLABLE), new ReceivedLine(red, 1, ItemCondition.DAMAGED),
                new ReceivedLine(blue, 1, ItemCondition.MISSING)), "clerk");

        // 5 on hand + 1 resellable; the damaged unit came in and went out again.
        assertThat(shop.stock("RED")).containsExactly(6, 6);
        assertThat(shop.stock("BLUE")).containsExactly(0, 0);
        assertThat(shop.services.stock().movements(redPosition()))
                .extracting(Movement::kind, Movement::quantity, Movement::onHandAfter, Movement::reason,
                        Movement::reference)
                .containsExactly(tuple(MovementKind.RECEIPT, 5, 5, null, "PO-1"),
                        tuple(MovementKind.RETURN, 1, 6, "RESELLABLE", "AS-1"),
                        tuple(MovementKind.RETURN, 1, 7, "DAMAGED", "AS-1"),
                        tuple(MovementKind.WRITE_OFF, -1, 6, "DAMAGED", "AS-1"));
        assertThat(shop.services.stock().movements(new PositionKey(shop.skus.get("BLUE"), shop.warehouse)))
                .isEmpty();
        assertThat(shop.lines(ticket)).extracting(TicketLine::receivedQuantity, TicketLine::conditionFound)
                .containsExactly(tuple(2, "DAMAGED"), tuple(0, "MISSING"));
        assertThat(summary).isEqualTo(new ReceiptSummary("AS-1", "SH", 1, 1, 1));
        assertThat(shop.tickets.events(ticket)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.RECEIPT);
            assertThat(e.actor()).isEqualTo("clerk");
            assertThat(e.body()).isEqualTo("warehouse=SH resellable=1 damaged=1 missing=1");
        });
    }

    @Test
    void receivingMoreThanIsStillExpectedIsRefusedAndChangesNothing() {
        // RED is booked first in the same unit of work; BLUE's refusal must take it back.
        assertThatThrownBy(() -> receipt.receive("AS-1", shop.warehouse, List.of(
                new ReceivedLine(red, 1, ItemCondition.RESELLABLE),
                new ReceivedLine(blue, 2, ItemCondition.RESELLABLE)), "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Messages.ENGLISH).describe(e)).contains("BLUE").contains("2 checked in")
                        .contains("only 1 is still expected"));

        assertThat(shop.stock("RED")).containsExactly(5, 5);
        assertThat(shop.services.stock().movements(redPosition())).hasSize(1);
        assertThat(shop.lines(ticket)).extracting(TicketLine::receivedQuantity).containsExactly(0, 0);
        assertThat(shop.tickets.events(ticket)).isEmpty();
    }

    @Test
    void whatWasReceivedBeforeCountsAgainstTheLineAndMissingUnitsStayExpected() {
        receipt.receive("AS-1", shop.warehouse, List.of(new ReceivedLine(red, 2, ItemCondition.RESELLABLE),
                new ReceivedLine(blue, 1, ItemCondition.MISSING)), "clerk");

        assertThatThrownBy(() -> receipt.receive("AS-1", shop.warehouse,
                List.of(new ReceivedLine(red, 1, ItemCondition.RESELLABLE)), "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Messages.CHINESE).describe(e)).contains("RED").contains("只剩 0 件"));
        // The blue unit announced missing turns up in a second parcel after all.
        receipt.receive("AS-1", shop.warehouse, List.of(new ReceivedLine(blue, 1, ItemCondition.RESELLABLE)), "clerk");

        assertThat(shop.stock("RED")).containsExactly(7, 7);
        assertThat(shop.stock("BLUE")).containsExactly(1, 1);
        assertThat(shop.lines(ticket)).extracting(TicketLine::receivedQuantity).containsExactly(2, 1);
        assertThat(shop.tickets.events(ticket)).hasSize(2);
    }

    @Test
    void unknownLinesNonPositiveQuantitiesAndTicketsWithoutGoodsAreRefused() {
        long complaint = shop.ticket("AS-2", TicketType.COMPLAINT, "LATE_DELIVERY");
        Messages english = new Messages(Messages.ENGLISH);

        assertThatThrownBy(() -> receipt.receive("AS-1", shop.warehouse,
                List.of(new ReceivedLine(999_999, 1, ItemCondition.RESELLABLE)), "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(english.describe(e)).contains("#999999").contains("AS-1"));
        assertThatThrownBy(() -> receipt.receive("AS-1", shop.warehouse,
                List.of(new ReceivedLine(red, 0, ItemCondition.RESELLABLE)), "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.returns.quantityNotPositive"));
        assertThatThrownBy(() -> receipt.receive("AS-2", shop.warehouse,
                List.of(new ReceivedLine(red, 1, ItemCondition.RESELLABLE)), "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.returns.notAReturn"));
        assertThat(shop.stock("RED")).containsExactly(5, 5);
        assertThat(shop.tickets.events(complaint)).isEmpty();
    }

    private PositionKey redPosition() {
        return new PositionKey(shop.skus.get("RED"), shop.warehouse);
    }
}
