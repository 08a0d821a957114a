package io.storedesk.security;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;

/**
 * A person asked for something their role does not allow; the message names the right and the role. At a locked
 * desk (nobody signed in) it just asks to sign in.
 */
public final class AccessDeniedException extends RefusedInputException {

    private final Permission permission;

    public AccessDeniedException(Principal principal, Permission permission) {
        super(SignIn.NOBODY.equals(principal) ? "security.deniedSignedOut" : "security.denied",
                SignIn.NOBODY.equals(principal) ? new Object[0] : new Object[] {principal.displayName(),
                        new MessageKey("security.role." + principal.role().name()),
                        new MessageKey("security.permission." + permission.name())});
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
