package io.storedesk.security;

import io.storedesk.common.RefusedInputException;
import io.storedesk.security.PersonalDataAccess.Action;
import io.storedesk.security.PersonalDetailsRepository.Subject;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way to personal data in full. Lists and details show it masked ({@link PersonalData}) to everyone;
 * a person whose role holds {@link Permission#PERSONAL_DATA_VIEW} may reveal one customer at a time, and their
 * exports carry it unmasked. Every such look is written to the personal-data access log in the same unit of work
 * as the read, so the data leaves the store exactly when the log says it did.
 */
public final class PersonalDataGuard {

    private final Access access;
    private final PersonalDetailsRepository details;
    private final PersonalDataAccessRepository log;
    private final Transactions transactions;
    private final Clock clock;

    public PersonalDataGuard(Access access, PersonalDetailsRepository details, PersonalDataAccessRepository log,
                             Transactions transactions, Clock clock) {
        this.access = access;
        this.details = details;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether the signed-in role may see personal data in full (and so export it unmasked). */
    public boolean mayView() {
        return access.allows(Permission.PERSONAL_DATA_VIEW);
    }

    /** Refuses (AccessDeniedException) unless the signed-in role may see personal data in full. */
    public void requireView() {
        access.require(Permission.PERSONAL_DATA_VIEW);
    }

    /** The order's buyer in full; refused (AccessDeniedException) without the right, logged as a REVEAL. */
    public PersonalDetails revealOrder(long orderId) {
        return reveal(() -> details.ofOrder(orderId), "security.privacy.unknownOrder", orderId, "order ");
    }

    /** The ticket's customer in full; refused without the right, logged as a REVEAL. */
    public PersonalDetails revealTicket(long ticketId) {
        return reveal(() -> details.ofTicket(ticketId), "security.privacy.unknownTicket", ticketId, "ticket ");
    }

    /**
     * Logs an export that carried personal data unmasked (EXPORT, with what and how many rows). Refused without
     * the right: an exporter asks {@link #mayView()} first and masks when it says no.
     */
    public void exported(String what, int rows) {
        access.require(Permission.PERSONAL_DATA_VIEW);
        transactions.inTransaction(() -> log.insert(new PersonalDataAccess(0, clock.instant(),
                access.principal().username(), null, Action.EXPORT, what + ": " + rows + " rows")));
    }

    private PersonalDetails reveal(Supplier<Optional<Subject>> read, String unknownKey, long id, String kind) {
        access.require(Permission.PERSONAL_DATA_VIEW);
        return transactions.inTransaction(() -> {
            Subject subject = read.get().orElseThrow(() -> new RefusedInputException(unknownKey, id));
            log.insert(new PersonalDataAccess(0, clock.instant(), access.principal().username(),
                    subject.details().customerId(), Action.REVEAL, kind + subject.reference()));
            return subject.details();
        });
    }
}
