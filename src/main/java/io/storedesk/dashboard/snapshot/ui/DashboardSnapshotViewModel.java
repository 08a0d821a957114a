package io.storedesk.dashboard.snapshot.ui;

import io.storedesk.common.Messages;
import io.storedesk.common.pdf.PrintedFile;
import io.storedesk.dashboard.snapshot.DashboardPicture;
import io.storedesk.dashboard.snapshot.DashboardSnapshots;
import io.storedesk.security.Permission;
import io.storedesk.ui.Notice;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Prints the pixels the dashboard was drawn with, headed by its period and filters, in the background. */
public final class DashboardSnapshotViewModel {

    /** What the window drew: the header's words and the body's pixels (ARGB, row by row). */
    public record Drawn(String period, List<String> filters, int width, int height, int[] argb) {
    }

    private final DashboardSnapshots snapshots;
    private final Supplier<String> shopName;
    private final TaskRunner tasks;
    private final Consumer<Notice> report;
    private final RoleRights rights = new RoleRights();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** shopName is read in the background (it comes from the store); report: the pane's notice bar. */
    public DashboardSnapshotViewModel(DashboardSnapshots snapshots, Supplier<String> shopName, TaskRunner tasks,
                                      Consumer<Notice> report) {
        this.snapshots = snapshots;
        this.shopName = shopName;
        this.tasks = tasks;
        this.report = report;
    }

    public void print(Path file, Drawn drawn, Locale locale) {
        busy.set(true);
        tasks.run("snapshot.task", progress -> snapshots.export(file, picture(drawn, new Messages(locale)), locale),
                (PrintedFile printed) -> {
                    busy.set(false);
                    report.accept(Notice.done(printed.showsChinese() ? "snapshot.done" : "snapshot.doneWithoutChinese",
                            printed.file().getFileName().toString(), printed.pages()));
                }, error -> {
                    busy.set(false);
                    report.accept(Notice.problem(error));
                });
    }

    private DashboardPicture picture(Drawn drawn, Messages messages) {
        String filters = drawn.filters().isEmpty() ? messages.get("snapshot.filters.none")
                : String.join(" · ", drawn.filters());
        return new DashboardPicture(messages.get("snapshot.title", shopName.get()), drawn.period(), filters,
                drawn.width(), drawn.height(), drawn.argb());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canPrintProperty() {
        return rights.allows(Permission.EXPORT);
    }

    public RoleRights rights() {
        return rights;
    }
}
