package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.Instant;

/** An order line with what the rollups need of its order, as read for a build (KpiRollupBuilder). */
record RolledLine(long orderId, Instant placedAt, long channelId, String province, Long customerId, String kind,
                  Long skuId, Long warehouseId, int quantity, BigDecimal unitPrice, BigDecimal amount) {

    /** A sale with a positive quantity and a positive unit price (gifts and postage are not): KpiRollupRepository.SOLD. */
    boolean sold() {
        return "SALE".equals(kind) && quantity > 0 && unitPrice.signum() > 0;
    }
}
