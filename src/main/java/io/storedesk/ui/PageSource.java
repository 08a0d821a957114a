package io.storedesk.ui;

import io.storedesk.common.Page;

/** Where a searchable table's rows come from: a service query, called off the JavaFX thread. */
@FunctionalInterface
public interface PageSource<T> {

    Page<T> fetch(String query, int limit) throws Exception;
}
