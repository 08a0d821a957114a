package io.storedesk.ui;

import io.storedesk.ui.RoleRights;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The main window's state: which pane is shown, and what the status bar says about the store. */
public final class ShellViewModel {

    private final TaskRunner tasks;
    private final Callable<DeskSummary> summarySource;
    private final Path dataDirectory;
    private final RoleRights rights = new RoleRights();
    private final ObjectProperty<PaneId> selectedPane = new SimpleObjectProperty<>(this, "selectedPane",
            PaneId.CATALOG);
    private final ReadOnlyObjectWrapper<DeskSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary",
            new DeskSummary("", 0, 0, 0));

    public ShellViewModel(TaskRunner tasks, Callable<DeskSummary> summarySource, Path dataDirectory) {
        this.tasks = tasks;
        this.summarySource = summarySource;
        this.dataDirectory = dataDirectory;
        // A pane the new role may not see is left for the first one it may (the window shows no hidden pane).
        rights.grantedProperty().addListener((obs, old, now) -> {
            if (!now.contains(selectedPane.get().viewPermission())) {
                Arrays.stream(PaneId.values()).filter(p -> now.contains(p.viewPermission())).findFirst()
                        .ifPresent(selectedPane::set);
            }
        });
    }

    /** Whether the signed-in role may see the pane (its view right); the navigation hides the others. */
    public BooleanExpression paneShown(PaneId pane) {
        return rights.allows(pane.viewPermission());
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

    /** What the signed-in role may do here; the window keeps it in step (RoleRights.follow). */
    public RoleRights rights() {
        return rights;
    }
}
