package io.storedesk.importing;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** One kind of import (catalog, stock count, orders...): its fields, and how its rows meet the store. */
public interface ImportKind {

    ImportKindId id();

    List<FieldSpec> fields();

    /**
     * Rewrites a known foreign layout (Shopify's product template, say) into this kind's fields, or returns
     * the source unchanged.
     */
    default TabularSource adapt(TabularSource source) {
        return source;
    }

    /** Reads every row and decides, against the store, what each would do. Writes nothing. */
    ImportPlan plan(Iterator<SourceRow> rows, ColumnMapping mapping, ImportOptions options, ImportProgress progress);

    /**
     * A short text that changes whenever anything this kind's plans read from the store changes. While it
     * stays the same, the plan of a dry run is still right, and the apply that follows reuses it instead of
     * reading and deciding every row again. Empty (the default): plans of this kind are never reused.
     */
    default Optional<String> storeState() {
        return Optional.empty();
    }

    /** Where this kind's changes are undone, one handler per entity it writes. */
    List<UndoHandler> undoHandlers();
}
