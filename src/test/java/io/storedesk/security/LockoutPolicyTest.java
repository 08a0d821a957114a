package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockoutPolicyTest {

    @ParameterizedTest(name = "{0} wrong passwords in a row lock for {1} minutes")
    @CsvSource(textBlock = """
            0, 0
            4, 0
            5, 1
            6, 2
            7, 4
            8, 8
            9, 16
            10, 32
            11, 60
            12, 60
            40, 60
            """)
    void theFifthWrongPasswordLocksForAMinuteAndEachFurtherOneDoublesUpToAnHour(int failures, long minutes) {
        assertThat(LockoutPolicy.STANDARD.lockAfter(failures).orElse(Duration.ZERO))
                .isEqualTo(Duration.ofMinutes(minutes));
    }
}
