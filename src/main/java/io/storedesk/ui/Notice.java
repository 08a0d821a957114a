package io.storedesk.ui;

import io.storedesk.common.MessageKey;

/** A line the pane shows after an action: what was done, or (problem) why it was not. */
public record Notice(MessageKey message, Throwable failure) {

    public static Notice done(String key, Object... arguments) {
        return new Notice(new MessageKey(key, arguments), null);
    }

    public static Notice problem(Throwable failure) {
        return new Notice(null, failure);
    }

    public boolean isProblem() {
        return failure != null;
    }
}
