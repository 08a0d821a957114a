package io.storedesk.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * First expiry, first out: which lots units leave from. Lots are taken by expiry date, earliest first, lots
 * without an expiry after all dated ones; whatever the lots do not cover comes from stock outside any lot.
 */
final class Fefo {

    /** Units taken from one lot; lot null = stock outside any lot. */
    record Take<T>(T lot, int quantity) {
    }

    private Fefo() {
    }

    static <T> List<Take<T>> take(List<T> lots, Function<T, LocalDate> expiry, ToIntFunction<T> held, int quantity) {
        List<T> ordered = lots.stream().filter(lot -> held.applyAsInt(lot) > 0)
                .sorted(Comparator.comparing(expiry, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Take<T>> takes = new ArrayList<>();
        int left = quantity;
        for (T lot : ordered) {
            if (left == 0) {
                break;
            }
            int taken = Math.min(left, held.applyAsInt(lot));
            takes.add(new Take<>(Objects.requireNonNull(lot), taken));
            left -= taken;
        }
        if (left > 0) {
            takes.add(new Take<>(null, left));
        }
        return takes;
    }
}
