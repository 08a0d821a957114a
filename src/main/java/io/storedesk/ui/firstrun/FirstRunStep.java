package io.storedesk.ui.firstrun;

/** The wizard's pages, in the order they are shown. */
public enum FirstRunStep {
    LANGUAGE, SHOP, ADMINISTRATOR, DATA_DIRECTORY, CHANNEL, BACKUPS;

    /** The message key of the page's title. */
    public String titleKey() {
        return "firstRun.step." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
