package io.storedesk.stock;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.store.SettingsRepository;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The shop's planning thresholds, kept as settings. A value missing or unreadable in the store falls back to
 * the default, so a hand-edited setting never stops the warning pane from opening.
 */
public final class PlanningPolicies {

    static final String PREFIX = "stock.policy.";

    private final SettingsRepository settings;

    public PlanningPolicies(SettingsRepository settings) {
        this.settings = settings;
    }

    public PlanningPolicy current() {
        PlanningPolicy d = PlanningPolicy.DEFAULT;
        return new PlanningPolicy(d.historyDays(), d.halfLifeDays(),
                integer("targetCoverDays", d.targetCoverDays()), integer("overstockCoverDays", d.overstockCoverDays()),
                integer("slowMovingDays", d.slowMovingDays()), integer("nearExpiryDays", d.nearExpiryDays()),
                integer("defaultLeadTimeDays", d.defaultLeadTimeDays()),
                decimal("serviceLevel", d.defaultServiceLevel()), decimal("abcA", d.abcA()), decimal("abcB", d.abcB()),
                d.xyzX(), d.xyzY());
    }

    /** Stores the thresholds the user may change, after checking each; refuses all of them if one is off. */
    public void save(PlanningPolicy policy, String user) {
        requireDays("targetCoverDays", policy.targetCoverDays());
        requireDays("overstockCoverDays", policy.overstockCoverDays());
        requireDays("slowMovingDays", policy.slowMovingDays());
        requireDays("nearExpiryDays", policy.nearExpiryDays());
        requireDays("defaultLeadTimeDays", policy.defaultLeadTimeDays());
        if (policy.overstockCoverDays() <= policy.targetCoverDays()) {
            throw new RefusedInputException("stock.policy.error.overstockBelowTarget", policy.overstockCoverDays(),
                    policy.targetCoverDays());
        }
        requireShare("serviceLevel", policy.defaultServiceLevel(), new BigDecimal("0.5"), new BigDecimal("0.999"));
        requireShare("abcA", policy.abcA(), new BigDecimal("0.01"), new BigDecimal("0.99"));
        requireShare("abcB", policy.abcB(), BigDecimal.ZERO, BigDecimal.ONE.subtract(policy.abcA()));
        put("targetCoverDays", policy.targetCoverDays(), user);
        put("overstockCoverDays", policy.overstockCoverDays(), user);
        put("slowMovingDays", policy.slowMovingDays(), user);
        put("nearExpiryDays", policy.nearExpiryDays(), user);
        put("defaultLeadTimeDays", policy.defaultLeadTimeDays(), user);
        put("serviceLevel", policy.defaultServiceLevel().toPlainString(), user);
        put("abcA", policy.abcA().toPlainString(), user);
        put("abcB", policy.abcB().toPlainString(), user);
    }

    private static void requireDays(String name, int days) {
        if (days < 1 || days > 3650) {
            throw new RefusedInputException("stock.policy.error.days", new MessageKey(PREFIX + name), days);
        }
    }

    private static void requireShare(String name, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new RefusedInputException("stock.policy.error.share", new MessageKey(PREFIX + name),
                    value.toPlainString(), min.toPlainString(), max.toPlainString());
        }
    }

    private void put(String name, Object value, String user) {
        settings.put(PREFIX + name, String.valueOf(value), user);
    }

    private int integer(String name, int fallback) {
        return read(name).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(fallback);
    }

    private BigDecimal decimal(String name, BigDecimal fallback) {
        return read(name).flatMap(text -> {
            try {
                return Optional.of(new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(fallback);
    }

    private Optional<String> read(String name) {
        return settings.get(PREFIX + name);
    }
}
