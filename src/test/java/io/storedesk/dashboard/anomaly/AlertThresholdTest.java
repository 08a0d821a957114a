package io.storedesk.dashboard.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.store.SettingsRepository;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The dashboard's alert threshold as a shop setting: default 3, kept within 1.5 to 6, a hand edit ignored. */
class AlertThresholdTest {

    @Test
    void theThresholdDefaultsToThreeAndKeepsAChange() {
        try (Services services = TestStores.emptyInMemory()) {
            assertThat(services.alertThreshold().threshold()).isEqualByComparingTo("3");
            services.alertThreshold().change(new BigDecimal("2.0"));
            assertThat(services.alertThreshold().threshold()).isEqualByComparingTo("2");
        }
    }

    @Test
    void aThresholdOutsideTheRangeIsRefusedAndAnUnreadableOneReadsAsTheDefault() {
        try (Services services = TestStores.emptyInMemory()) {
            assertThatThrownBy(() -> services.alertThreshold().change(new BigDecimal("1.4")))
                    .isInstanceOf(RefusedInputException.class);
            assertThatThrownBy(() -> services.alertThreshold().change(new BigDecimal("6.5")))
                    .isInstanceOf(RefusedInputException.class);
            new SettingsRepository(services.store().dsl()).put(AlertThreshold.KEY, "lots", "hand");
            assertThat(services.alertThreshold().threshold()).isEqualByComparingTo("3");
        }
    }
}
