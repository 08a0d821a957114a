package io.storedesk.security;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;

/** A person asked for something their role does not allow; the message names the right and the role. */
public final class AccessDeniedException extends RefusedInputException {

    private final Permission permission;

    public AccessDeniedException(Principal principal, Permission permission) {
        super("security.denied", principal.displayName(), new MessageKey("security.role." + principal.role().name()),
                new MessageKey("security.permission." + permission.name()));
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
