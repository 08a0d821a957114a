package io.storedesk.security;

/**
 * What a role may do: see or change a pane's data, and the rights that cut across panes. The administrator edits
 * which role holds which (table role_permission); REFUND_APPROVE and COMPENSATION_APPROVE also carry a ceiling.
 */
public enum Permission {
    CATALOG_VIEW, CATALOG_EDIT, PRICE_CHANGE,
    STOCK_VIEW, STOCK_EDIT, STOCK_ADJUST,
    ORDERS_VIEW, ORDERS_EDIT,
    AFTERSALES_VIEW, AFTERSALES_EDIT, REFUND_APPROVE, COMPENSATION_APPROVE,
    DASHBOARD_VIEW,
    CHANNELS_VIEW, CHANNELS_EDIT,
    IMPORT, EXPORT, PERSONAL_DATA_VIEW, BACKUP, SETTINGS, USERS
}
