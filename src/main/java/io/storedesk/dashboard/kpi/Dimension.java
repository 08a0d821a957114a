package io.storedesk.dashboard.kpi;

/** What a breakdown groups by. WEEKDAY_HOUR keys read "1-09" (ISO weekday, Monday = 1, and hour). */
public enum Dimension {
    CHANNEL, WAREHOUSE, CATEGORY, PROVINCE, MONTH, DAY, WEEKDAY_HOUR
}
