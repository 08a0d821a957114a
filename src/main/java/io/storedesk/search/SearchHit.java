package io.storedesk.search;

import io.storedesk.security.Permission;

/**
 * One thing the global search found: what kind it is, its id, the reference its pane finds it by (SKU code, order
 * number, ticket code; for a customer, the number of their latest order), two lines to show, and the message key of
 * its state (an order's or a ticket's status; null for none) for the window to say in the person's language. A
 * customer's name and phone arrive masked (PersonalData).
 */
public record SearchHit(Kind kind, long id, String reference, String title, String detail, String stateKey) {

    /** The kinds in the order the results list them, with the right a role needs to be shown them. */
    public enum Kind {
        SKU(Permission.CATALOG_VIEW),
        ORDER(Permission.ORDERS_VIEW),
        TICKET(Permission.AFTERSALES_VIEW),
        // Customers are seen through their orders: the hit opens the orders pane at their latest order.
        CUSTOMER(Permission.ORDERS_VIEW);

        private final Permission viewPermission;

        Kind(Permission viewPermission) {
            this.viewPermission = viewPermission;
        }

        public Permission viewPermission() {
            return viewPermission;
        }

        public String messageKey() {
            return "search.kind." + name();
        }
    }
}
