package io.storedesk.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The main window's state: which pane is shown, and what the status bar says about the store. */
public final class ShellViewModel {

    private final TaskRunner tasks;
    private final Callable<DeskSummary> summarySource;
    private final Path dataDirectory;
    private final ObjectProperty<PaneId> selectedPane = new SimpleObjectProperty<>(this, "selectedPane",
            PaneId.CATALOG);
    private final ReadOnlyObjectWrapper<DeskSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary",
            new DeskSummary("", 0, 0, 0));

    public ShellViewModel(TaskRunner tasks, Callable<DeskSummary> summarySource, Path dataDirectory) {
        this.tasks = tasks;
        this.summarySource = summarySource;
        this.dataDirectory = dataDirectory;
    }

    public void refreshSummary() {
        // A failed count is logged by the runner; the status bar keeps the figures it had.
        tasks.run("task.summary", progress -> summarySource.call(), summary::set, error -> { });
    }

    public ObjectProperty<PaneId> selectedPaneProperty() {
        return selectedPane;
    }

    public ReadOnlyObjectProperty<DeskSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
