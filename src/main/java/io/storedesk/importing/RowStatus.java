package io.storedesk.importing;

/** What a row does: creates a record, changes one, changes nothing, or is refused. */
public enum RowStatus {
    NEW, CHANGED, UNCHANGED, REFUSED;

    public boolean isAccepted() {
        return this == NEW || this == CHANGED;
    }
}
