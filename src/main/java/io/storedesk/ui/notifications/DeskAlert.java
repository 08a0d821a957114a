package io.storedesk.ui.notifications;

import io.storedesk.ui.PaneId;
import java.util.List;

/**
 * Something new the desk should hear of: which pane opens it and the item there (PaneView.reveal), an identity that
 * stays the same while the condition lasts (so it is told once), and its text as a message key with arguments.
 */
public record DeskAlert(PaneId pane, String identity, String reference, String messageKey, List<Object> arguments) {

    public DeskAlert {
        arguments = List.copyOf(arguments);
    }
}
