package io.storedesk.importing.ui;

/**
 * Where the import wizard is: choosing a file, checking the columns, reading or writing (with progress),
 * looking at the preview, or done (applied, cancelled, undone).
 */
public enum WizardStep {
    FILE, MAPPING, WORKING, PREVIEW, DONE
}
