package io.storedesk.aftersales;

import io.storedesk.common.Page;

/** What the after-sales pane and the CLI ask of tickets. */
public final class TicketService {

    private final TicketRepository repository;

    public TicketService(TicketRepository repository) {
        this.repository = repository;
    }

    public Page<TicketRow> search(String text, int limit) {
        return repository.search(text, limit);
    }

    public long openTickets() {
        return repository.countOpen();
    }
}
