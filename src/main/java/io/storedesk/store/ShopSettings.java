package io.storedesk.store;

import java.time.ZoneId;

/** The shop-wide settings other features read, with their defaults. */
public final class ShopSettings {

    public static final String SHOP_NAME = "shop.name";
    public static final String TIME_ZONE = "shop.timezone";
    public static final String CURRENCY = "shop.currency";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

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

    public boolean isEmpty() {
        return settings.get(SHOP_NAME).isEmpty();
    }
}
