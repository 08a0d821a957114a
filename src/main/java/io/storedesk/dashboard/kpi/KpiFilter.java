package io.storedesk.dashboard.kpi;

/** Which sales count: null means any channel, warehouse, category or province. */
public record KpiFilter(Long channelId, Long warehouseId, Long categoryId, String province) {

    public static final KpiFilter NONE = new KpiFilter(null, null, null, null);

    public KpiFilter withChannel(Long channel) {
        return new KpiFilter(channel, warehouseId, categoryId, province);
    }

    /** Traffic is known per channel only, so conversion needs no finer filter. */
    boolean onlyByChannel() {
        return warehouseId == null && categoryId == null && province == null;
    }
}
