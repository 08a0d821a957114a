package io.storedesk.importing;

/** Called before an import writes its rows (the backups make one first when the import is large). */
@FunctionalInterface
public interface ImportGuard {

    ImportGuard NONE = (kind, rows) -> { };

    void beforeApplying(ImportKindId kind, long rows);
}
