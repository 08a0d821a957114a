package io.storedesk.importing;

import java.util.List;

/** Restores what imports wrote to one entity (SKUs, stock levels, orders...). */
public interface UndoHandler {

    String entity();

    /** The changes that can no longer be undone (something changed them since), with the reason for each. */
    List<UndoConflict> conflicts(List<ChangeRecord> changes);

    /** Puts the before-values back (or removes inserted rows); called only when there are no conflicts. */
    void undo(List<ChangeRecord> changes, String user);
}
