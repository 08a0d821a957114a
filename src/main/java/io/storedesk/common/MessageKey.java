package io.storedesk.common;

/** An argument of a message that is itself a message (a reason inside "row 5: {reason}"), translated too. */
public record MessageKey(String key, Object... arguments) {
}
