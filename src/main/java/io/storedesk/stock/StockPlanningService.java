package io.storedesk.stock;

import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the stock-warning pane and `storedesk stock plan` ask: the plan, its warnings, and putting them aside. */
public final class StockPlanningService {

    public static final int MAX_SNOOZE_DAYS = 365;

    private final PlanningInputs inputs;
    private final Function<PlanningInput, StockPlan> planner;
    private final PlanningPolicies policies;
    private final DismissalRepository dismissals;
    private final Transactions transactions;
    private final Clock clock;
    private volatile PlanningInput lastInput;
    private final Access access;
    private final AuditLog audit;

    public StockPlanningService(PlanningInputs inputs, Function<PlanningInput, StockPlan> planner,
                                PlanningPolicies policies, DismissalRepository dismissals, Transactions transactions,
                                Clock clock, AuditLog audit, Access access) {
        this.audit = audit;
        this.access = access;
        this.inputs = inputs;
        this.planner = planner;
        this.policies = policies;
        this.dismissals = dismissals;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Plans every position now; dismissals whose warning has cleared are removed on the way. */
    public StockOverview overview() {
        PlanningInput input = inputs.load(policies.current());
        lastInput = input;
        StockPlan plan = planner.apply(input);
        List<Dismissal> stored = dismissals.all();
        List<WarningKey> cleared = StockOverviews.cleared(plan, stored, input.today());
        if (!cleared.isEmpty()) {
            transactions.inTransaction(() -> dismissals.delete(cleared));
        }
        return StockOverviews.of(input, plan, stored.stream().filter(d -> !cleared.contains(d.warning())).toList());
    }

    /** Days of sales of a position from the last planning run (empty before the first run). */
    public Optional<SalesHistory> sales(PositionKey position) {
        PlanningInput input = lastInput;
        if (input == null) {
            return Optional.empty();
        }
        return input.positions().stream().filter(p -> p.key().equals(position)).findFirst()
                .map(PlanningPosition::sales);
    }

    /** Hides the warning until it clears; a reason is required, for whoever looks at it next. */
    public Dismissal dismiss(WarningKey warning, String reason, String user) {
        access.require(Permission.STOCK_EDIT);
        Dismissal dismissal = new Dismissal(warning, null, requireReason(reason), user, clock.instant());
        dismissals.put(dismissal);
        return dismissal;
    }

    /** Hides the warning for some days. */
    public Dismissal snooze(WarningKey warning, int days, String reason, String user) {
        access.require(Permission.STOCK_EDIT);
        if (days < 1 || days > MAX_SNOOZE_DAYS) {
            throw new RefusedInputException("stock.warning.error.snoozeDays", MAX_SNOOZE_DAYS);
        }
        LocalDate today = lastInput == null ? LocalDate.now(clock) : lastInput.today();
        Dismissal dismissal = new Dismissal(warning, today.plusDays(days), requireReason(reason), user,
                clock.instant());
        dismissals.put(dismissal);
        return dismissal;
    }

    /**
     * Undo of a dismiss or snooze: the warnings show again. A warning that someone put aside again since (another
     * person, or for other days) stays hidden: that later choice is theirs. Returns how many came back.
     */
    public int putBack(List<Dismissal> made, String user) {
        access.require(Permission.STOCK_EDIT);
        return transactions.inTransaction(() -> dismissals.deleteUnchanged(made));
    }

    public List<Dismissal> dismissals() {
        return dismissals.all();
    }

    public PlanningPolicy policy() {
        return policies.current();
    }

    /**
     * The warning thresholds belong to whoever plans stock ({@link Permission#STOCK_EDIT}), from the stock pane's
     * dialog or the Settings window alike; each change is in the audit log with the old and new values.
     */
    public void savePolicy(PlanningPolicy policy, String user) {
        access.require(Permission.STOCK_EDIT);
        transactions.inTransaction(() -> {
            PlanningPolicy before = policies.current();
            policies.save(policy, user);
            audit.record(user, StockDocumentAudit.policy(before, policies.current()));
        });
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RefusedInputException("stock.warning.error.reasonRequired");
        }
        return reason.strip();
    }
}
