package io.storedesk.aftersales.returns;

import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketChange;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketLine;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.StockChange;
import io.storedesk.stock.StockLedger;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.Warehouse;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The warehouse opens a returned parcel and checks each unit in against the ticket's lines. Resellable units go
 * back on the shelf; damaged units are booked in and then written off, so the ledger shows both what came back
 * and what was destroyed (booking nothing would hide the damage, and a write-off alone would take good stock off
 * the shelf); missing units book nothing and stay expected on the line. One unit of work: a refusal anywhere
 * (more than expected, an unknown line, a line another desk received on meanwhile, named with who, when and
 * what) leaves ledger, lines and timeline as they were. The
 * ledger's own units nest inside it as savepoints (see {@link Transactions}).
 */
public final class ReturnReceipt {

    private final Transactions transactions;
    private final TicketRepository tickets;
    private final ReturnsRepository repository;
    private final StockRepository stock;
    private final StockLedger ledger;
    private final Access access;
    private final Clock clock;

    public ReturnReceipt(Transactions transactions, TicketRepository tickets, ReturnsRepository repository,
                         StockRepository stock, StockLedger ledger, Clock clock, Access access) {
        this.access = access;
        this.transactions = transactions;
        this.tickets = tickets;
        this.repository = repository;
        this.stock = stock;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Checks the units in at the warehouse; refused (nothing changed) when they do not fit the ticket. */
    public ReceiptSummary receive(String ticketCode, long warehouseId, List<ReceivedLine> received, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        access.require(Permission.STOCK_ADJUST);
        return transactions.inTransaction(() -> {
            Ticket ticket = openReturn(ticketCode);
            Warehouse warehouse = stock.warehouses().stream().filter(w -> w.id() == warehouseId).findFirst()
                    .orElseThrow(() -> new RefusedInputException("aftersales.returns.unknownWarehouse",
                            String.valueOf(warehouseId)));
            if (received.isEmpty()) {
                throw new RefusedInputException("aftersales.returns.nothingReceived", ticketCode);
            }
            Map<Long, TicketLine> lines = tickets.lines(ticket.id()).stream()
                    .collect(Collectors.toMap(TicketLine::id, Function.identity()));
            Map<TicketLine, List<ReceivedLine>> byLine = new LinkedHashMap<>();
            for (ReceivedLine r : received) {
                TicketLine line = lines.get(r.ticketLineId());
                if (line == null) {
                    throw new RefusedInputException("aftersales.returns.unknownLine",
                            String.valueOf(r.ticketLineId()), ticketCode);
                }
                if (r.quantity() <= 0) {
                    throw new RefusedInputException("aftersales.returns.quantityNotPositive",
                            skuCode(line, warehouseId), r.quantity());
                }
                if (r.condition() == null) {
                    throw new RefusedInputException("aftersales.returns.conditionRequired",
                            skuCode(line, warehouseId));
                }
                byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(r);
            }
            Instant at = clock.instant();
            byLine.forEach((line, units) -> book(ticket, warehouse, line, units, user, at));
            ReceiptSummary summary = ReceiptSummary.of(ticketCode, warehouse.code(), received);
            tickets.appendEvents(List.of(new TicketEvent(0, ticket.id(), TicketEventKind.RECEIPT, null, null, user,
                    summary.eventBody(), at)));
            return summary;
        });
    }

    private Ticket openReturn(String ticketCode) {
        Ticket ticket = tickets.findTicket(ticketCode)
                .orElseThrow(() -> new RefusedInputException("aftersales.error.unknown", ticketCode));
        if (ticket.type() != TicketType.RETURN && ticket.type() != TicketType.EXCHANGE) {
            throw new RefusedInputException("aftersales.returns.notAReturn", ticketCode);
        }
        if (!ticket.status().isOpen()) {
            throw new RefusedInputException("aftersales.returns.ticketClosed", ticketCode);
        }
        return ticket;
    }

    private void book(Ticket ticket, Warehouse warehouse, TicketLine line, List<ReceivedLine> units, String user,
                      Instant at) {
        int reported = units.stream().mapToInt(ReceivedLine::quantity).sum();
        int left = line.quantity() - line.receivedQuantity();
        if (reported > left) {
            throw new RefusedInputException("aftersales.returns.moreThanExpected", skuCode(line, warehouse.id()),
                    reported, left);
        }
        int arrived = units.stream().filter(u -> u.condition().arrived()).mapToInt(ReceivedLine::quantity).sum();
        if (arrived > 0 && line.skuId() == null) {
            throw new RefusedInputException("aftersales.returns.lineWithoutSku", String.valueOf(line.id()),
                    ticket.code());
        }
        ItemCondition found = line.conditionFound() == null ? null : ItemCondition.valueOf(line.conditionFound());
        for (ReceivedLine unit : units) {
            found = unit.condition().worse(found);
            if (!unit.condition().arrived()) {
                continue;
            }
            StockChange change = StockChange.of(new PositionKey(line.skuId(), warehouse.id()), unit.quantity())
                    .forDocument(ticket.code()).because(unit.condition().name());
            ledger.returnToStock(change, user);
            if (unit.condition() == ItemCondition.DAMAGED) {
                ledger.writeOff(change, user);
            }
        }
        if (!repository.recordReceipt(line.id(), line.receivedQuantity(), arrived, found, at)) {
            // Another desk checked units in on this line since it was read: name their receipt (decision 0027).
            throw TicketChange.refusal(ticket.code(), tickets.lastReceipt(line.id()));
        }
    }

    private String skuCode(TicketLine line, long warehouseId) {
        return line.skuId() == null ? "#" + line.id()
                : stock.name(new PositionKey(line.skuId(), warehouseId)).skuCode();
    }
}
