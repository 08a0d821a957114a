package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceLevelTest {

    /** Quantiles of the standard normal distribution as the tables (and Python's NormalDist) give them. */
    @ParameterizedTest(name = "z({0}) = {1}")
    @CsvSource(textBlock = """
            0.5,    0
            0.8,    0.841621
            0.9,    1.281552
            0.95,   1.644854
            0.975,  1.959964
            0.98,   2.053749
            0.99,   2.326348
            0.999,  3.090232
            0.01,  -2.326348
            0.001, -3.090232
            """)
    void safetyFactorIsTheNormalQuantile(double serviceLevel, double z) {
        assertThat(ServiceLevel.z(serviceLevel)).isCloseTo(z, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.5, 95, Double.NaN})
    void refusesALevelThatIsNotAProbability(double serviceLevel) {
        assertThatThrownBy(() -> ServiceLevel.z(serviceLevel)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service level");
    }
}
