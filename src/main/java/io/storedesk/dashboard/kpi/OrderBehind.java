package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One order behind a sales figure: its number, channel, day (shop zone), customer (null = guest) and figures. */
public record OrderBehind(String orderNo, String channel, LocalDate day, String customer, BigDecimal gmv, long units,
                          BigDecimal net) {
}
