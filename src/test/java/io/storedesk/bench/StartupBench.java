package io.storedesk.bench;

import io.storedesk.testing.TestStores;
import io.storedesk.ui.PaneId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The installed app image (target/jpackage/StoreDesk, built by -Ppackage) started for real under Xvfb, as a
 * merchant starts it: the launcher, the trimmed runtime, the GTK window. The window's start-up probe
 * (-Dstoredesk.exitWhenShown) prints the time since the process started once the main window is shown (laid out),
 * usable (first pane's data in) and settled (the navigation's counts in too), and exits. Cold runs first push the image's and the store's files out of the
 * page cache (dd iflag=nocache); warm runs follow a warm-up. With and without the app's class-data archive.
 * Then the memory goal: the image on a store of 1,000,000 order lines, every pane opened, peak RSS (VmHWM).
 */
final class StartupBench {

    static final long START_GOAL_MILLIS = 1_500;
    static final long RSS_GOAL_KB = 400 * 1024;
    private static final int WARM_RUNS = 5;

    private final Path image;
    private final BiConsumer<String, String> report;

    private StartupBench(Path image, BiConsumer<String, String> report) {
        this.image = image;
        this.report = report;
    }

    /** The time to a usable window, cold and warm, with and without the class-data archive. */
    static void startup(BiConsumer<String, String> report) {
        Path image = image();
        if (!Files.isExecutable(image.resolve("bin/StoreDesk"))) {
            report.accept("startup", "skipped: no app image at " + image + " (./mvnw -B -Ppackage package first)");
            return;
        }
        StartupBench bench = new StartupBench(image, report);
        try (Display display = Display.open()) {
            Path store = TestStores.copyOfDemo();
            report.accept("startup: image size", String.format(Locale.ROOT, "%d MB (runtime %d MB)",
                    size(image) >> 20, size(image.resolve("lib/runtime")) >> 20));
            bench.timeToWindow("with CDS", display, store);
            bench.writeWindowClasses(display, store);
            Path archive = image.resolve("lib/app/storedesk.jsa");
            Path aside = image.resolve("lib/app/storedesk.jsa.aside");
            move(archive, aside);
            try {
                bench.timeToWindow("without CDS", display, store);
            } finally {
                move(aside, archive);
            }
        }
    }

    /** Peak resident memory with 1,000,000 order lines and every pane opened. */
    static void memory(BiConsumer<String, String> report) {
        Path image = image();
        if (!Files.isExecutable(image.resolve("bin/StoreDesk"))) {
            report.accept("memory", "skipped: no app image at " + image + " (./mvnw -B -Ppackage package first)");
            return;
        }
        Path store = TestStores.newDirectory();
        long lines = StockPlanStoreBench.create(store);
        report.accept("memory: store", String.format(Locale.ROOT, "%,d order lines", lines));
        try (Display display = Display.open()) {
            Map<String, Long> probe = new StartupBench(image, report).launch(display, store, "panes");
            long peak = probe.getOrDefault("vmhwm_kb", -1L);
            report.accept("memory: every pane opened after", probe.getOrDefault("panes_ms", -1L) + " ms");
            report.accept("memory: each pane's first open", paneTimes(probe));
            report.accept("memory: peak RSS (VmHWM) / 400 MB goal", String.format(Locale.ROOT,
                    "%d MB, %.2fx %s", peak / 1024, (double) peak / RSS_GOAL_KB, peak > 0 && peak <= RSS_GOAL_KB
                            ? "ok" : "TOO BIG"));
            report.accept("memory: RSS at exit", probe.getOrDefault("vmrss_kb", -1L) / 1024 + " MB");
        }
    }

    /** "stock 2398 ms, orders 764 ms, …" in the order the probe opened the panes (their order on the left). */
    static String paneTimes(Map<String, Long> probe) {
        StringBuilder times = new StringBuilder();
        for (PaneId pane : PaneId.values()) {
            Long millis = probe.get("pane_" + pane.name().toLowerCase(Locale.ROOT) + "_ms");
            if (millis != null) {
                times.append(times.length() == 0 ? "" : ", ").append(pane.name().toLowerCase(Locale.ROOT)).append(' ')
                        .append(millis).append(" ms");
            }
        }
        return times.length() == 0 ? "not reported" : times.toString();
    }

    private void timeToWindow(String variant, Display display, Path store) {
        evictFromPageCache(image);
        evictFromPageCache(store);
        Map<String, Long> cold = launch(display, store, "window");
        report.accept("startup " + variant + ": cold, shown / usable / settled", cold.get("shown_ms") + " / "
                + cold.get("usable_ms") + " / " + cold.get("settled_ms") + " ms");
        launch(display, store, "window");
        long[] usable = new long[WARM_RUNS];
        long[] shown = new long[WARM_RUNS];
        long[] settled = new long[WARM_RUNS];
        long[] peak = new long[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            Map<String, Long> warm = launch(display, store, "window");
            usable[i] = warm.get("usable_ms");
            shown[i] = warm.get("shown_ms");
            settled[i] = warm.getOrDefault("settled_ms", -1L);
            peak[i] = warm.getOrDefault("vmhwm_kb", -1L);
        }
        Arrays.sort(usable);
        Arrays.sort(shown);
        Arrays.sort(settled);
        Arrays.sort(peak);
        long median = usable[WARM_RUNS / 2];
        report.accept("startup " + variant + ": warm, shown / usable / settled", String.format(Locale.ROOT,
                "median %d / %d / %d ms (usable min %d, max %d, %d runs)", shown[WARM_RUNS / 2], median,
                settled[WARM_RUNS / 2], usable[0], usable[WARM_RUNS - 1], WARM_RUNS));
        report.accept("startup " + variant + ": warm, peak RSS when settled", String.format(Locale.ROOT,
                "median %d MB", peak[WARM_RUNS / 2] / 1024));
        report.accept("startup " + variant + ": warm usable / 1.5 s goal", String.format(Locale.ROOT, "%.2fx %s",
                (double) median / START_GOAL_MILLIS, median <= START_GOAL_MILLIS ? "ok" : "TOO SLOW"));
        report.accept("startup " + variant + ": cold usable / 1.5 s goal", String.format(Locale.ROOT, "%.2fx",
                (double) cold.get("usable_ms") / START_GOAL_MILLIS));
    }

    /**
     * One more window start with the JVM's class-loading log: the classes it loaded, as the self-test's list of the
     * window's classes (WindowClassesCheck) wants them, go to target/window-classes.txt, with how far the list in
     * the jar is from them. Copy the file over src/main/resources/io/storedesk/selftest/window-classes.txt when
     * start-up changed much.
     */
    private void writeWindowClasses(Display display, Path store) {
        Path log = TestStores.newDirectory().resolve("class-load.log");
        launch(display, store, "window", "-Xlog:class+load=info:file=" + log);
        try {
            List<String> loaded = windowClasses(Files.readAllLines(log));
            List<String> listed;
            try (var in = StartupBench.class.getResourceAsStream("/io/storedesk/selftest/window-classes.txt")) {
                listed = in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            }
            Path fresh = Path.of("target/window-classes.txt");
            List<String> text = new ArrayList<>(HEADER);
            text.addAll(loaded);
            Files.write(fresh, text, StandardCharsets.UTF_8);
            long missing = loaded.stream().filter(name -> !listed.contains(name)).count();
            long stale = listed.stream().filter(name -> !loaded.contains(name)).count();
            report.accept("startup: window classes", String.format(Locale.ROOT,
                    "%d loaded; the list in the jar lacks %d and has %d no longer loaded (fresh list: %s)",
                    loaded.size(), missing, stale, fresh.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> HEADER = List.of(
            "# The classes a start of the window loads, in the order it loads them: the self-test loads them so that"
                    + " the",
            "# class-data archive made from a self-test run holds them (WindowClassesCheck, decision 0035).",
            "# Made by the start-up benchmark (-Dbench.only=startup), which writes a fresh list to"
                    + " target/window-classes.txt.");

    /**
     * The classes named by a -Xlog:class+load log, in order, without the JVM's hidden and generated classes
     * (lambdas, proxies, method handles), which no one can load by name.
     */
    static List<String> windowClasses(List<String> logLines) {
        List<String> names = new ArrayList<>();
        for (String line : logLines) {
            int end = line.indexOf(" source: ");
            int start = line.lastIndexOf(' ', end - 1) + 1;
            if (end < 0 || line.startsWith("__", end + " source: ".length())) {
                continue;
            }
            String name = line.substring(start, end);
            if (!name.contains("/") && !name.contains("$$Lambda") && !name.contains("$Proxy")) {
                names.add(name);
            }
        }
        return names.stream().distinct().toList();
    }

    /** Starts the image's launcher on the store and returns the probe's figures. */
    private Map<String, Long> launch(Display display, Path store, String probe, String... jvmOptions) {
        ProcessBuilder builder = new ProcessBuilder(image.resolve("bin/StoreDesk").toString(), "--data-dir",
                store.toString()).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display.name());
        builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ",
                "-Dstoredesk.exitWhenShown=" + probe, String.join(" ", jvmOptions)).strip());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("The app image did not start and exit cleanly:\n" + output);
            }
            return output.lines().filter(l -> l.startsWith("storedesk.probe ")).findFirst()
                    .map(StartupBench::figures)
                    .orElseThrow(() -> new IllegalStateException("No probe line from the app image:\n" + output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> figures(String probeLine) {
        Map<String, Long> figures = new HashMap<>();
        for (String field : probeLine.substring("storedesk.probe ".length()).split(" ")) {
            String[] pair = field.split("=", 2);
            if (pair.length == 2 && pair[1].matches("\\d+")) {
                figures.put(pair[0], Long.parseLong(pair[1]));
            }
        }
        return figures;
    }

    /** Drops a tree's files from the page cache (posix_fadvise DONTNEED through dd), so the next read is cold. */
    private static void evictFromPageCache(Path tree) {
        List<String> command = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                command.clear();
                command.addAll(List.of("dd", "if=" + file, "iflag=nocache", "count=0", "status=none"));
                new ProcessBuilder(command).inheritIO().start().waitFor();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path image() {
        return Path.of(System.getProperty("bench.image", "target/jpackage/StoreDesk")).toAbsolutePath();
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The X display the window opens on: $DISPLAY when there is one, else an Xvfb of our own. */
    private static final class Display implements AutoCloseable {

        private final String name;
        private final Process xvfb;

        private Display(String name, Process xvfb) {
            this.name = name;
            this.xvfb = xvfb;
        }

        static Display open() {
            String existing = System.getenv("DISPLAY");
            if (existing != null && !existing.isBlank()) {
                return new Display(existing, null);
            }
            String name = ":" + (90 + (ProcessHandle.current().pid() % 9));
            try {
                Process xvfb = new ProcessBuilder("Xvfb", name, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Path socket = Path.of("/tmp/.X11-unix/X" + name.substring(1));
                for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                    Thread.sleep(50);
                }
                return new Display(name, xvfb);
            } catch (IOException e) {
                throw new UncheckedIOException("Xvfb is needed for the start-up figures (apt-get install xvfb)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String name() {
            return name;
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }
}
