package io.storedesk.ui.notifications;

import io.storedesk.security.Permission;
import java.util.List;

/** Where alerts come from (stock warnings, SLA breaches): what holds now, read off the window's thread. */
public interface AlertSource {

    /** The right a role needs to hear of these alerts; without it the source is not read. */
    Permission permission();

    /** Every alert that holds now. */
    List<DeskAlert> current() throws Exception;
}
