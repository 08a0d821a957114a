package io.storedesk.orders.ui;

import io.storedesk.orders.OrderDetail;
import io.storedesk.ui.Notice;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * Opens an after-sales ticket on the focused order (the after-sales pane's dialog, given by the shell so that
 * orders do not depend on after-sales); done receives what happened for the orders pane's notice.
 */
@FunctionalInterface
public interface AfterSalesHook {

    AfterSalesHook NONE = (owner, order, done) -> { };

    void openTicket(Window owner, OrderDetail order, Consumer<Notice> done);
}
