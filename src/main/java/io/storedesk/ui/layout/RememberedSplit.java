package io.storedesk.ui.layout;

import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;

/** One split bound to its remembered dividers: restored once, then saved (through the saver) as the person drags them. */
final class RememberedSplit {

    private RememberedSplit() {
    }

    /** Restores the split's dividers and answers the part to track: the dividers as they are. */
    static Supplier<Map<String, String>> follow(SplitPane split, String splitId, LayoutSaver saver) {
        saver.layout().dividers(splitId).filter(positions -> positions.size() == split.getDividers().size())
                .ifPresent(positions -> split.setDividerPositions(
                        positions.stream().mapToDouble(Double::doubleValue).toArray()));
        InvalidationListener moved = o -> saver.changed();
        split.getDividers().forEach(d -> d.positionProperty().addListener(moved));
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(d -> d.positionProperty().addListener(moved));
            }
        });
        return () -> saver.layout().entries(splitId,
                split.getDividers().stream().map(SplitPane.Divider::getPosition).toList());
    }
}
