package io.storedesk.orders.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One step of a routing explanation: a message key under routing.reason. with MessageFormat arguments that are
 * plain strings and numbers (warehouse and carrier names, amounts as plain decimals), so any UI can render it.
 */
public record Reason(String key, List<Object> args) {

    static final String PREFIX = "routing.reason.";

    public Reason {
        Objects.requireNonNull(key, "key");
        // A missing city or SKU code must not break the explanation: it shows as an empty string.
        List<Object> copy = new ArrayList<>(args == null ? List.of() : args);
        copy.replaceAll(a -> a == null ? "" : a);
        args = Collections.unmodifiableList(copy);
    }

    /** The reason routing.reason.{name} with the given arguments. */
    public static Reason because(String name, Object... args) {
        return new Reason(PREFIX + name, Arrays.asList(args));
    }
}
