package io.storedesk.orders.review;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Whether orders {@link MergeFinder} groups are merged at once or only suggested, and how far apart they may be. */
public record MergePolicy(boolean automatic, Duration window) {

    static final String PREFIX = "orders.merge.";
    public static final String AUTOMATIC = PREFIX + "automatic";
    public static final String WINDOW_MINUTES = PREFIX + "windowMinutes";

    // Suggest only: merging rewrites orders a person may already have looked at.
    private static final MergePolicy DEFAULTS = new MergePolicy(false, Duration.ofHours(24));

    public MergePolicy {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative: " + window);
        }
    }

    /** Suggest only, orders within 24 hours of each other. */
    public static MergePolicy defaults() {
        return DEFAULTS;
    }

    /** The policy as settings rows; the window is kept in whole minutes. */
    public Map<String, String> toSettings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(AUTOMATIC, Boolean.toString(automatic));
        s.put(WINDOW_MINUTES, SettingValues.minutesText(window));
        return Collections.unmodifiableMap(s);
    }

    /** Reads the orders.merge.* settings; each missing or unreadable one takes its default. Never throws. */
    public static MergePolicy fromSettings(Map<String, String> settings) {
        return new MergePolicy(SettingValues.flag(settings, AUTOMATIC, DEFAULTS.automatic),
                SettingValues.minutes(settings, WINDOW_MINUTES, DEFAULTS.window));
    }
}
