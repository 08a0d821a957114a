package io.storedesk.orders.picklist.ui;

import io.storedesk.common.pdf.PrintedFile;
import io.storedesk.orders.picklist.PickListExport;
import io.storedesk.security.Permission;
import io.storedesk.ui.Notice;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Prints the pick list of the chosen orders (all routed ones when none is chosen) in the background. */
public final class PickListViewModel {

    private final PickListExport export;
    private final TaskRunner tasks;
    private final Consumer<Notice> report;
    private final RoleRights rights = new RoleRights();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** report: where the pane shows what was printed, or why not. */
    public PickListViewModel(PickListExport export, TaskRunner tasks, Consumer<Notice> report) {
        this.export = export;
        this.tasks = tasks;
        this.report = report;
    }

    public void print(Path file, List<Long> orderIds, Locale locale) {
        busy.set(true);
        tasks.run("picklist.task", progress -> export.export(file, List.copyOf(orderIds), locale),
                (PrintedFile printed) -> {
                    busy.set(false);
                    report.accept(saved(printed));
                }, error -> {
                    busy.set(false);
                    report.accept(Notice.problem(error));
                });
    }

    /** "Saved: file (n pages)", with the advice to install a Chinese font when the file had to do without. */
    static Notice saved(PrintedFile printed) {
        return Notice.done(printed.showsChinese() ? "picklist.done" : "picklist.doneWithoutChinese",
                printed.file().getFileName().toString(), printed.pages());
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
