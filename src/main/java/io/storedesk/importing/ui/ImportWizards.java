package io.storedesk.importing.ui;

import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportService;
import io.storedesk.ui.I18n;
import io.storedesk.ui.TaskRunner;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Opens the import wizard from any pane; one window, made when first needed and reused after. */
public final class ImportWizards {

    private final ImportService imports;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Supplier<String> user;
    private ImportWizardWindow window;
    private Runnable onChange = () -> { };

    public ImportWizards(ImportService imports, TaskRunner tasks, I18n i18n, Supplier<String> user) {
        this.imports = imports;
        this.tasks = tasks;
        this.i18n = i18n;
        this.user = user;
    }

    /** Shows the wizard for a kind of file; changed runs after an import there is applied or undone. */
    public void open(Window owner, ImportKindId kind, Runnable changed) {
        onChange = changed;
        if (window == null) {
            ImportWizardViewModel model = new ImportWizardViewModel(imports, tasks, i18n, user, kind, System::nanoTime);
            window = new ImportWizardWindow(model, i18n, owner, () -> onChange.run());
        }
        window.open(kind);
    }
}
