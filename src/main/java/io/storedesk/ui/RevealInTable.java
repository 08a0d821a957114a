package io.storedesk.ui;

import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * How a pane reveals an item (PaneView.reveal): it reads its rows again for the item, and the row that matches is
 * selected and scrolled to once it arrives. A pane may read more than once for one reveal (a filter change and the
 * typing pause each read), and a read replaces the rows and so the selection: the match is selected again on each
 * of the next few reads.
 */
public final class RevealInTable {

    /** Reads answered for earlier filters may arrive first; past this many the reveal is over. */
    private static final int READS_AWAITED = 3;

    private RevealInTable() {
    }

    /** Call before asking the pane to read its rows again. */
    public static <T> void selectWhenRead(TableView<T> table, Predicate<T> match) {
        ListChangeListener<T> listener = new ListChangeListener<>() {
            private int reads;

            @Override
            public void onChanged(Change<? extends T> change) {
                if (++reads >= READS_AWAITED) {
                    table.getItems().removeListener(this);
                }
                T found = table.getItems().stream().filter(match).findFirst().orElse(null);
                if (found != null) {
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(found);
                    table.scrollTo(found);
                    table.requestFocus();
                }
            }
        };
        table.getItems().addListener(listener);
    }
}
