package io.storedesk.dashboard.anomaly;

/** The daily figures watched for anomalies; money ones are amounts in the shop's currency, the rest counts. */
public enum Kpi {
    /** Σ quantity × unit price over sold lines of the orders placed that day. */
    GMV(true),
    /** Orders placed that day with at least one sold line. */
    ORDERS(false),
    /** Σ refunded amounts dated that day. */
    REFUNDS(true);

    private final boolean money;

    Kpi(boolean money) {
        this.money = money;
    }

    public boolean isMoney() {
        return money;
    }

    /** The message key of the KPI's name. */
    public String messageKey() {
        return "dashboard.anomaly.kpi." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
