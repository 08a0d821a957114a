package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.selftest.CheckResult;
import io.storedesk.selftest.SelfTest;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.StoreLocation;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SelfTestRunTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private SelfTestRun selfTestRun(Locale locale, List<String> directories, CheckResult... results) {
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), new Messages(locale));
        return new SelfTestRun(console, dir -> {
            directories.add(dir);
            return new SelfTest(List.of(results).stream().map(r -> (io.storedesk.selftest.SelfTestCheck) () -> r)
                    .toList());
        });
    }

    private static CheckResult result(boolean passed, String check, String detail, Object... arguments) {
        return new CheckResult(check, passed, detail, List.of(arguments));
    }

    @Test
    void allChecksPassedExitsZeroAndSaysSo() {
        List<String> directories = new ArrayList<>();
        int exit = selfTestRun(Locale.ENGLISH, directories,
                result(true, "selftest.check.resources", "selftest.resources.ok", 1200, 6),
                result(true, "selftest.check.fonts", "selftest.fonts.ok", "WenQuanYi Micro Hei")).run("/data/shop");

        assertThat(exit).isEqualTo(ExitCodes.SUCCESS);
        assertThat(directories).containsExactly("/data/shop");
        assertThat(out.toString()).contains("ok  Resources: 1,200 message keys in English and Chinese, 6 window icons")
                .contains("ok  Fonts: Chinese text can be shown (WenQuanYi Micro Hei)")
                .contains("All 2 checks passed.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFailedCheckExitsNonZeroAndNamesTheCheckInTheUsersLanguage() {
        int exit = selfTestRun(Locale.SIMPLIFIED_CHINESE, new ArrayList<>(),
                result(true, "selftest.check.resources", "selftest.resources.ok", 1200, 6),
                result(false, "selftest.check.fonts", "selftest.fonts.none")).run("/data/shop");

        assertThat(exit).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("失败  字体：没有可显示中文的字体");
        assertThat(err.toString()).contains("2 项检查中有 1 项失败：字体");
    }

    @Test
    void withoutADataDirectoryATemporaryStoreIsUsedAndRemoved() {
        List<String> directories = new ArrayList<>();
        selfTestRun(Locale.ENGLISH, directories, result(true, "selftest.check.fonts", "selftest.fonts.ok", "X"))
                .run(null);

        assertThat(directories).hasSize(1);
        assertThat(Path.of(directories.get(0))).doesNotExist();
    }

    @Test
    void theOptionRunsTheChecksOnTheStoreInsteadOfOpeningTheWindow() throws Exception {
        Path store = TestStores.newDirectory();
        List<StoreLocation> windows = new ArrayList<>();
        StoreSessions sessions = dir -> new Services(Store.open(StoreConfig.embedded(Path.of(dir))),
                TestStores.DEMO_CLOCK);

        Cli.create(windows::add, sessions, new PrintWriter(out, true), new PrintWriter(err, true), Locale.ENGLISH)
                .execute("--self-test", "--data-dir", store.toString());

        assertThat(windows).isEmpty();
        assertThat(out.toString()).contains("ok  Database: schema version").contains("ok  Resources:")
                .contains("Fonts:");
        assertThat(Files.isDirectory(store)).isTrue();
    }
}
