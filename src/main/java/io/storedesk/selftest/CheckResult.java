package io.storedesk.selftest;

import java.util.List;

/**
 * What one check of the self-test found: its name (a message key), whether it passed, and a detail to print
 * (a message key with its arguments), so the report reads in the user's language.
 */
public record CheckResult(String checkKey, boolean passed, String detailKey, List<Object> arguments) {

    public CheckResult {
        arguments = List.copyOf(arguments);
    }

    static CheckResult passed(String checkKey, String detailKey, Object... arguments) {
        return new CheckResult(checkKey, true, detailKey, List.of(arguments));
    }

    static CheckResult failed(String checkKey, String detailKey, Object... arguments) {
        return new CheckResult(checkKey, false, detailKey, List.of(arguments));
    }
}
