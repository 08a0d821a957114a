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
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;

/**
 * For the start-up benchmark: with -Dstoredesk.exitWhenShown=window the desk exits as soon as the main window is
 * laid out and its first pane has its data, printing the time since the process started; with =panes it first
 * opens every pane in turn (each until its data is in) and also prints the process's peak resident memory.
 * One line on standard output: "storedesk.probe shown_ms=… usable_ms=… panes_ms=… vmhwm_kb=… vmrss_kb=…".
 */
final class StartupProbe {

    static final String PROPERTY = "storedesk.exitWhenShown";

    private final Scene scene;
    private final FxTaskRunner tasks;
    private final boolean visitPanes;
    private final StringBuilder line = new StringBuilder("storedesk.probe");

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

    private void start() {
        Runnable[] firstLayout = new Runnable[1];
        firstLayout[0] = () -> {
            scene.removePostLayoutPulseListener(firstLayout[0]);
            record("shown_ms");
            whenIdle(() -> {
                record("usable_ms");
                if (visitPanes) {
                    visit(new ArrayDeque<>(List.of(PaneId.values())));
                } else {
                    finish();
                }
            });
        };
        scene.addPostLayoutPulseListener(firstLayout[0]);
    }

    private void visit(Deque<PaneId> panes) {
        if (panes.isEmpty()) {
            record("panes_ms");
            finish();
            return;
        }
        Node button = scene.lookup("#" + panes.removeFirst().navigationId());
        if (button instanceof ButtonBase navigation) {
            navigation.fire();
        }
        // The pane starts its reads in the next pulse at the latest; wait for that pulse, then for the reads.
        Platform.runLater(() -> whenIdle(() -> visit(panes)));
    }

    /** Runs next once no background work has run for a whole pulse (work started by finished work counts). */
    private void whenIdle(Runnable next) {
        if (tasks.runningProperty().get() > 0) {
            tasks.runningProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                    if (now.intValue() == 0) {
                        tasks.runningProperty().removeListener(this);
                        Platform.runLater(() -> whenIdle(next));
                    }
                }
            });
        } else {
            Platform.runLater(() -> {
                if (tasks.runningProperty().get() > 0) {
                    whenIdle(next);
                } else {
                    next.run();
                }
            });
        }
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
