package io.storedesk.store;

import java.time.Duration;
import java.time.ZoneId;

/** The shop-wide settings other features read, with their defaults. */
public final class ShopSettings {

    public static final String SHOP_NAME = "shop.name";
    public static final String TIME_ZONE = "shop.timezone";
    public static final String CURRENCY = "shop.currency";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    /** Minutes stock stays held for an order that is not paid yet. */
    public static final String UNPAID_HOLD_MINUTES = "stock.unpaid_hold_minutes";
    public static final Duration DEFAULT_UNPAID_HOLD = Duration.ofMinutes(30);
    /** Set when the first-run wizard chose an empty shop, so the window does not load the demo into it later. */
    public static final String STARTED_EMPTY = "shop.started_empty";

    private final SettingsRepository settings;

    public ShopSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    public String shopName() {
        return settings.get(SHOP_NAME).orElse("");
    }

    public ZoneId zone() {
        return settings.get(TIME_ZONE).map(ZoneId::of).orElse(DEFAULT_ZONE);
    }

    public String currency() {
        return settings.get(CURRENCY).orElse("CNY");
    }

    /** How long an unpaid order holds its stock; the default for a missing, unreadable or negative value. */
    public Duration unpaidHold() {
        return settings.get(UNPAID_HOLD_MINUTES).map(String::strip).filter(v -> v.matches("\\d{1,6}"))
                .map(v -> Duration.ofMinutes(Long.parseLong(v))).orElse(DEFAULT_UNPAID_HOLD);
    }

    /** Whether the shop was started empty on purpose (the first-run wizard); the demo is then never loaded. */
    public boolean startedEmpty() {
        return settings.get(STARTED_EMPTY).map(String::strip).filter("true"::equals).isPresent();
    }

    /** Records the first-run wizard's choice of an empty shop. */
    public void markStartedEmpty(String user) {
        settings.put(STARTED_EMPTY, "true", user);
    }

    public boolean isEmpty() {
        return settings.get(SHOP_NAME).isEmpty();
    }
}
