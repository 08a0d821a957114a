package io.storedesk.aftersales.returns;

/** The permissions (role_permission.permission) whose limit_amount caps what one person may approve. */
public enum ApprovalPermission {
    REFUND_APPROVE("aftersales.refund"),
    COMPENSATION_APPROVE("aftersales.compensation");

    private final String messagePrefix;

    ApprovalPermission(String messagePrefix) {
        this.messagePrefix = messagePrefix;
    }

    /** Where this permission's refusals live in the bundles (…notAllowed, …overLimit). */
    String messagePrefix() {
        return messagePrefix;
    }
}
