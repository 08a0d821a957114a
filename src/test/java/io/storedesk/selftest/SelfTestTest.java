package io.storedesk.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfTestTest {

    @Test
    void everyCheckRunsEvenAfterOneFailed() {
        List<String> ran = new ArrayList<>();
        SelfTest selfTest = new SelfTest(List.of(
                () -> {
                    ran.add("first");
                    return CheckResult.failed("selftest.check.database", "selftest.database.failed", "boom");
                },
                () -> {
                    ran.add("second");
                    return CheckResult.passed("selftest.check.fonts", "selftest.fonts.ok", "WenQuanYi Micro Hei");
                }));

        List<CheckResult> results = selfTest.run();

        assertThat(ran).containsExactly("first", "second");
        assertThat(results).extracting(CheckResult::passed).containsExactly(false, true);
    }
}
