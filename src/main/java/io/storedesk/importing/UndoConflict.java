package io.storedesk.importing;

import io.storedesk.common.MessageKey;

/** A change undo will not reverse: which record, and why (edited since, used by an order since...). */
public record UndoConflict(String entity, String key, MessageKey reason) {
}
