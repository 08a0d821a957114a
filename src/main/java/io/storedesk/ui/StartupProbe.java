package io.storedesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;

/**
 * For the start-up benchmark: with -Dstoredesk.exitWhenShown=window the desk prints the time since the process
 * started when the main window is laid out (shown), when its first pane has its data (usable) and when the counts
 * beside the other panes are in too (settled), then exits; with =panes it then opens every pane in turn (each until
 * its data is in, timed per pane). Both print the process's peak and current resident memory. One line on standard
 * output: "storedesk.probe shown_ms=… usable_ms=… settled_ms=… pane_catalog_ms=… … panes_ms=… vmhwm_kb=… vmrss_kb=…".
 */
final class StartupProbe {

    static final String PROPERTY = "storedesk.exitWhenShown";

    private final Scene scene;
    private final FxTaskRunner tasks;
    private final boolean visitPanes;
    private final StringBuilder line = new StringBuilder("storedesk.probe");
    private boolean laidOut;
    private boolean firstReadsDone;
    private PaneId visiting;
    private Instant visitedAt;

    private StartupProbe(Scene scene, FxTaskRunner tasks, boolean visitPanes) {
        this.scene = scene;
        this.tasks = tasks;
        this.visitPanes = visitPanes;
    }

    /** Call when the main window has replaced the start-up view; does nothing unless the property is set. */
    static void installIfAsked(Scene scene, FxTaskRunner tasks) {
        String mode = System.getProperty(PROPERTY, "");
        if (mode.equals("window") || mode.equals("panes")) {
            new StartupProbe(scene, tasks, mode.equals("panes")).start();
        }
    }

    /**
     * The pane on screen has its data when the background work first goes quiet; installed right after the window
     * was built, this waits for the same quiet moment as the counts beside the other panes, which are read from then
     * on (SignedInWork.startBadgeReads). "settled" is when those have been read too.
     */
    private void start() {
        tasks.whenIdle(() -> {
            firstReadsDone = true;
            usableOnceShown();
        });
        Runnable[] firstLayout = new Runnable[1];
        firstLayout[0] = () -> {
            scene.removePostLayoutPulseListener(firstLayout[0]);
            record("shown_ms");
            laidOut = true;
            usableOnceShown();
        };
        scene.addPostLayoutPulseListener(firstLayout[0]);
    }

    private void usableOnceShown() {
        if (!laidOut || !firstReadsDone) {
            return;
        }
        record("usable_ms");
        tasks.whenIdle(() -> {
            record("settled_ms");
            if (visitPanes) {
                visit(new ArrayDeque<>(List.of(PaneId.values())));
            } else {
                finish();
            }
        });
    }

    private void visit(Deque<PaneId> panes) {
        if (visiting != null) {
            // How long the pane took to show its data: a figure per pane beside the total.
            line.append(" pane_").append(visiting.name().toLowerCase(Locale.ROOT)).append("_ms=")
                    .append(Duration.between(visitedAt, Instant.now()).toMillis());
        }
        if (panes.isEmpty()) {
            record("panes_ms");
            finish();
            return;
        }
        visiting = panes.removeFirst();
        visitedAt = Instant.now();
        Node button = scene.lookup("#" + visiting.navigationId());
        if (button instanceof ButtonBase navigation) {
            navigation.fire();
        }
        // The pane starts its reads in the next pulse at the latest; wait for that pulse, then for the reads.
        Platform.runLater(() -> tasks.whenIdle(() -> visit(panes)));
    }

    private void record(String name) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        line.append(' ').append(name).append('=').append(Duration.between(started, Instant.now()).toMillis());
    }

    private void finish() {
        memory(status -> line.append(" vmhwm_kb=").append(status.get(0)).append(" vmrss_kb=").append(status.get(1)));
        System.out.println(line);
        System.out.flush();
        Platform.exit();
    }

    /** VmHWM and VmRSS from /proc/self/status (Linux only; elsewhere nothing is added). */
    private static void memory(Consumer<List<String>> use) {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(status);
            use.accept(List.of(field(lines, "VmHWM:"), field(lines, "VmRSS:")));
        } catch (IOException e) {
            // No figure then; the benchmark reports it missing.
        }
    }

    private static String field(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name)).findFirst()
                .map(l -> l.substring(name.length()).trim().split("\\s+")[0].toLowerCase(Locale.ROOT)).orElse("?");
    }
}
