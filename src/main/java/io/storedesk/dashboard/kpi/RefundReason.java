package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;

/** Refunds of one kind and reason dated in the period (reason null when none was given). */
public record RefundReason(String kind, String reason, long refunds, BigDecimal amount) {
}
