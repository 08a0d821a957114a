package io.storedesk.selftest;

import io.storedesk.Services;
import java.util.List;
import java.util.function.Function;

/**
 * `storedesk --self-test`: what an installer or CI asks of an installed StoreDesk before anyone opens the window.
 * The database answers, the jar's resources are whole, and Chinese can be shown.
 */
public final class SelfTest {

    private final List<SelfTestCheck> checks;

    public SelfTest(List<SelfTestCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The standard checks, on the store of dataDirectory opened by opener. */
    public static SelfTest standard(Function<String, Services> opener, String dataDirectory) {
        return new SelfTest(List.of(new DatabaseCheck(opener, dataDirectory), ResourcesCheck.ofClasspath(),
                FontsCheck.ofThisMachine(), WindowClassesCheck.ofClasspath()));
    }

    /** Runs every check, also after one failed, so the report names everything that is wrong at once. */
    public List<CheckResult> run() {
        return checks.stream().map(SelfTestCheck::run).toList();
    }
}
