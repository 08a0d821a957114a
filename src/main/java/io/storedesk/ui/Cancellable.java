package io.storedesk.ui;

/** A handle on started background work. */
@FunctionalInterface
public interface Cancellable {

    void cancel();
}
