package io.storedesk.cli;

import io.storedesk.AppInfo;
import io.storedesk.selftest.CheckResult;
import io.storedesk.selftest.SelfTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Runs the self-test and prints its report; without --data-dir on a temporary store it removes afterwards. */
final class SelfTestRun {

    private final Console console;
    private final Function<String, SelfTest> selfTestOn;

    /** selfTestOn gives the self-test of the store in a data directory (SelfTest::standard in the app). */
    SelfTestRun(Console console, Function<String, SelfTest> selfTestOn) {
        this.console = console;
        this.selfTestOn = selfTestOn;
    }

    int run(String dataDirectory) {
        Path temporary = dataDirectory == null ? temporaryDirectory() : null;
        try {
            String directory = dataDirectory == null ? temporary.toString() : dataDirectory;
            List<CheckResult> results = selfTestOn.apply(directory).run();
            return report(results);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private int report(List<CheckResult> results) {
        console.result("selftest.header", AppInfo.NAME, AppInfo.version());
        for (CheckResult result : results) {
            console.result("selftest.line", console.messages().get(result.passed()
                            ? "selftest.status.passed" : "selftest.status.failed"),
                    console.messages().get(result.checkKey()),
                    console.messages().get(result.detailKey(), result.arguments().toArray()));
        }
        List<String> failed = results.stream().filter(r -> !r.passed())
                .map(r -> console.messages().get(r.checkKey())).toList();
        if (failed.isEmpty()) {
            console.result("selftest.summary.passed", results.size());
            return ExitCodes.SUCCESS;
        }
        console.problem(console.messages().get("selftest.summary.failed", failed.size(), results.size(),
                String.join(", ", failed)));
        return ExitCodes.FAILURE;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("storedesk-self-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Best effort: a file still held open (the log on Windows) stays behind in the temporary folder. */
    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // The temporary folder is the operating system's to clean.
        }
    }
}
