package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.AuditEntry;
import io.storedesk.security.AuditLog;
import io.storedesk.security.AuditRepository;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.ShopSettings;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StockPlanningServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");

    private final Services services = TestStores.emptyInMemory();
    private final DSLContext dsl = services.store().dsl();
    /** What the stand-in planner answers: the warnings and suggestions a test sets up. */
    private final List<StockWarning> warnings = new ArrayList<>();
    private final List<ReorderSuggestion> reorders = new ArrayList<>();
    private final List<ClearanceSuggestion> clearances = new ArrayList<>();
    private PositionKey a1;
    private PositionKey a2;
    private Batch batch;

    @BeforeEach
    void shop() {
        Fixtures fixtures = new Fixtures(dsl);
        long warehouse = fixtures.warehouse("BJ", "北京");
        Map<String, Long> skus = fixtures.skus("P1", "奶瓶", "奶瓶", "A1", "A2");
        a1 = new PositionKey(skus.get("A1"), warehouse);
        a2 = new PositionKey(skus.get("A2"), warehouse);
        StockRepository stock = new StockRepository(dsl);
        new StockLedgerRepository(dsl).openPositions(List.of(new OpeningBalance(a1.skuId(), warehouse, 0, 0),
                new OpeningBalance(a2.skuId(), warehouse, 40, 0)), "test", NOW);
        new StockLedgerRepository(dsl).insertBatches(List.of(new Batch(0, a2.skuId(), warehouse, "B-1", 40, null, NOW)));
        batch = new StockLedgerRepository(dsl).batches(a2.skuId(), warehouse).get(0);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void warningsComeWithTheSuggestionThatAnswersThem() {
        warnings.add(warning(WarningKind.OUT_OF_STOCK, a1, null));
        warnings.add(warning(WarningKind.NEAR_EXPIRY, a2, batch));
        reorders.add(new ReorderSuggestion(a1, "A1", "BJ", 1, 24, new BigDecimal("60")));
        clearances.add(new ClearanceSuggestion(batch, "A2", 25, 30));

        StockOverview overview = service(NOW).overview();

        assertThat(overview.rows()).extracting(r -> r.warning().kind())
                .containsExactly(WarningKind.OUT_OF_STOCK, WarningKind.NEAR_EXPIRY);
        assertThat(overview.rows().get(0).reorder().quantity()).isEqualTo(24);
        assertThat(overview.rows().get(0).clearance()).isNull();
        assertThat(overview.rows().get(1).clearance().quantity()).isEqualTo(25);
        assertThat(overview.rows().get(1).reorder()).isNull();
        assertThat(overview.count(WarningKind.OUT_OF_STOCK)).isEqualTo(1);
    }

    @Test
    void aDismissedWarningStaysAwayWhileItLastsAndWarnsAgainWhenTroubleReturns() {
        warnings.add(warning(WarningKind.OUT_OF_STOCK, a1, null));
        StockPlanningService service = service(NOW);
        WarningKey key = service.overview().rows().get(0).key();

        service.dismiss(key, "供应商停产,等替代款", "desk");
        StockOverview dismissed = service.overview();
        assertThat(dismissed.rows()).isEmpty();
        assertThat(dismissed.putAside()).isEqualTo(1);
        assertThat(dismissed.count(WarningKind.OUT_OF_STOCK)).isZero();

        warnings.clear();
        assertThat(service.overview().putAside()).isZero();
        assertThat(service.dismissals()).as("the warning cleared, so its dismissal went").isEmpty();

        warnings.add(warning(WarningKind.OUT_OF_STOCK, a1, null));
        assertThat(service.overview().rows()).hasSize(1);
    }

    @Test
    void aSnoozedWarningShowsAgainOnTheDayTheSnoozeEnds() {
        warnings.add(warning(WarningKind.SLOW_MOVING, a2, null));
        StockPlanningService today = service(NOW);
        WarningKey key = today.overview().rows().get(0).key();

        today.snooze(key, 7, "双12 会清掉", "desk");

        assertThat(service(NOW.plus(Duration.ofDays(6))).overview().rows()).isEmpty();
        assertThat(service(NOW.plus(Duration.ofDays(7))).overview().rows()).hasSize(1);
    }

    @Test
    void puttingAsideNeedsAReasonAndASensibleNumberOfDays() {
        warnings.add(warning(WarningKind.OVERSTOCK, a2, null));
        StockPlanningService service = service(NOW);
        WarningKey key = service.overview().rows().get(0).key();

        assertThatThrownBy(() -> service.dismiss(key, "  ", "desk")).isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("stock.warning.error.reasonRequired");
        assertThatThrownBy(() -> service.snooze(key, 0, "later", "desk")).isInstanceOf(RefusedInputException.class);
        assertThatThrownBy(() -> service.snooze(key, 366, "later", "desk"))
                .isInstanceOf(RefusedInputException.class);
        assertThat(service.dismissals()).isEmpty();
    }

    @Test
    void thresholdsAreSavedAsSettingsAndABadSetChangesNothing() {
        StockPlanningService service = service(NOW);
        PlanningPolicy d = PlanningPolicy.DEFAULT;
        PlanningPolicy changed = new PlanningPolicy(d.historyDays(), d.halfLifeDays(), 45, 150, 40, 20, 10,
                new BigDecimal("0.98"), new BigDecimal("0.70"), new BigDecimal("0.20"), d.xyzX(), d.xyzY());

        service.savePolicy(changed, "desk");
        assertThat(service.policy()).isEqualTo(changed);
        AuditEntry saved = new AuditRepository(dsl).history("settings", "stock.planning", 5).get(0);
        assertThat(saved.user()).isEqualTo("desk");
        assertThat(saved.action()).isEqualTo("stock.policy");
        assertThat(saved.before()).containsEntry("targetCoverDays", "30").containsEntry("defaultLeadTimeDays", "7")
                .containsEntry("serviceLevel", "0.95");
        assertThat(saved.after()).containsEntry("targetCoverDays", "45").containsEntry("defaultLeadTimeDays", "10")
                .containsEntry("serviceLevel", "0.98");

        PlanningPolicy overstockBelowTarget = new PlanningPolicy(d.historyDays(), d.halfLifeDays(), 60, 30, 40, 20,
                10, new BigDecimal("0.98"), new BigDecimal("0.70"), new BigDecimal("0.20"), d.xyzX(), d.xyzY());
        assertThatThrownBy(() -> service.savePolicy(overstockBelowTarget, "desk"))
                .isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("stock.policy.error.overstockBelowTarget");
        assertThat(service.policy()).isEqualTo(changed);
        assertThat(new AuditRepository(dsl).history("settings", "stock.planning", 5)).hasSize(1);
    }

    @Test
    void anUnreadableStoredThresholdFallsBackToTheDefault() {
        new SettingsRepository(dsl).put(PlanningPolicies.PREFIX + "targetCoverDays", "thirty", "hand");

        assertThat(service(NOW).policy().targetCoverDays()).isEqualTo(PlanningPolicy.DEFAULT.targetCoverDays());
    }

    private StockPlanningService service(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new StockPlanningService(new PlanningInputs(new PlanningRepository(dsl), () -> ShopSettings.DEFAULT_ZONE,
                clock), input -> new StockPlan(List.of(), List.copyOf(reorders), List.of(), List.copyOf(clearances),
                List.copyOf(warnings)), new PlanningPolicies(new SettingsRepository(dsl)), new DismissalRepository(dsl),
                services.store(), clock, new AuditLog(new AuditRepository(dsl), clock), services.access());
    }

    private static StockWarning warning(WarningKind kind, PositionKey key, Batch batch) {
        return new StockWarning(kind, key, "A" + key.skuId(), "奶瓶", "BJ", 0, 1, false, batch);
    }
}
