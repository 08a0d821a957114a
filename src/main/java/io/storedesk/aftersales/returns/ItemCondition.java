package io.storedesk.aftersales.returns;

/** What the warehouse finds when it opens a returned parcel, from best to worst. */
public enum ItemCondition {
    RESELLABLE, DAMAGED, MISSING;

    /** The worse of the two; a line keeps the worst condition any of its units was found in. */
    public ItemCondition worse(ItemCondition other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }

    /** Whether the units physically arrived (missing ones were announced but not in the parcel). */
    public boolean arrived() {
        return this != MISSING;
    }
}
