package io.storedesk.common;

/** Input that StoreDesk will not act on (a bad option, a store that already has data, ...); exit code 2. */
public class RefusedInputException extends UserFacingException {

    public RefusedInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
