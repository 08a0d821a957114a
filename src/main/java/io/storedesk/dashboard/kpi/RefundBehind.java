package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One refund behind the refund figures: the order, its channel, the day it was refunded, kind, reason, amount. */
public record RefundBehind(String orderNo, String channel, LocalDate day, String kind, String reason,
                           BigDecimal amount) {
}
