package io.storedesk.ui;

/** Work for a background thread: a database query, a load, an import. Never touches JavaFX. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(WorkProgress progress) throws Exception;
}
