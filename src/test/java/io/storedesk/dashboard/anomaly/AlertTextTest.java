package io.storedesk.dashboard.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertTextTest {

    private static final KpiAlert GMV_DROP = new KpiAlert(7, new Anomaly(Kpi.GMV, LocalDate.of(2026, 11, 18),
            new BigDecimal("12300.40"), new BigDecimal("23450.00"), new BigDecimal("20100.00"),
            new BigDecimal("26800.49"), Direction.DROP, Severity.CRITICAL),
            List.of(new Driver(Dimension.CHANNEL, "Tmall", new BigDecimal("0"), new BigDecimal("6100.00")),
                    new Driver(Dimension.CATEGORY, "纸尿裤", new BigDecimal("1000"), new BigDecimal("5900.00")),
                    new Driver(Dimension.WAREHOUSE, Driver.UNKNOWN, new BigDecimal("10"), new BigDecimal("510"))),
            Instant.parse("2026-11-19T01:00:00Z"), null, null);

    @Test
    void aGmvDropReadsWithItsRangeAndDriversInEnglish() {
        String text = new AlertText(new Messages(Messages.ENGLISH), "CNY").describe(GMV_DROP);

        assertThat(text).isEqualTo("GMV on 2026-11-18: ¥12,300, below the expected ¥20,100–¥26,800; most of the"
                + " drop: Tmall (−¥6,100), category 纸尿裤 (−¥4,900), warehouse unknown (−¥500)");
    }

    @Test
    void aGmvDropReadsInChinese() {
        String text = new AlertText(new Messages(Messages.CHINESE), "CNY").describe(GMV_DROP);

        assertThat(text).isEqualTo("成交额（GMV）在 2026-11-18 为 ¥12,300，低于预期的 ¥20,100–¥26,800（骤降）；"
                + "下降主要来自：Tmall（−¥6,100）、类目 纸尿裤（−¥4,900）、仓库 未知（−¥500）");
    }

    @Test
    void anOrderSpikeWithoutDriversIsCountedNotPriced() {
        KpiAlert spike = new KpiAlert(8, new Anomaly(Kpi.ORDERS, LocalDate.of(2026, 11, 11), new BigDecimal("1567"),
                new BigDecimal("179"), new BigDecimal("100.26"), new BigDecimal("257.74"), Direction.SPIKE,
                Severity.CRITICAL), List.of(), Instant.EPOCH, null, null);

        assertThat(new AlertText(new Messages(Messages.ENGLISH), "CNY").describe(spike))
                .isEqualTo("Orders on 2026-11-11: 1,567, above the expected 100–258");
    }
}
