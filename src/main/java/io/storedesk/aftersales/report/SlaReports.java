package io.storedesk.aftersales.report;

import io.storedesk.aftersales.sla.PolicyClocks;
import io.storedesk.aftersales.SlaRepository;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.common.RefusedInputException;
import io.storedesk.store.ShopSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds the SLA report for a window of creation dates in the shop's zone. */
public final class SlaReports {

    private final SlaReportRepository repository;
    private final SlaRepository sla;
    private final TicketRepository tickets;
    private final ShopSettings shop;
    private final Clock clock;

    public SlaReports(SlaReportRepository repository, SlaRepository sla, TicketRepository tickets, ShopSettings shop,
                      Clock clock) {
        this.repository = repository;
        this.sla = sla;
        this.tickets = tickets;
        this.shop = shop;
        this.clock = clock;
    }

    /**
     * The report for tickets created from the start of from to the start of to (exclusive); the backlog is read
     * at the start of to, or now when that lies ahead. Refused when from is not before to.
     */
    public SlaReport report(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new RefusedInputException("aftersales.report.badRange", from, to);
        }
        ZoneId zone = shop.zone();
        Instant now = clock.instant();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        Instant backlogAt = end.isBefore(now) ? end : now;
        List<ReportedTicket> window = repository.createdBetween(start, end);
        List<ReportedTicket> open = repository.openAt(backlogAt);
        List<Long> ids = new ArrayList<>();
        window.forEach(t -> ids.add(t.id()));
        open.forEach(t -> ids.add(t.id()));
        PolicyClocks clocks = tickets.clocks(zone);
        return new SlaReportCalculation(clocks, sla.pauses(ids))
                .report(from, to, zone, window, open, backlogAt, now);
    }
}
