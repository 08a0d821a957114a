package io.storedesk.orders;

import java.time.LocalDate;

/** A sales event (618, 双11 ...) whose peak planning keeps out of the demand baseline. */
public record Promotion(long id, String code, String name, LocalDate startsOn, LocalDate endsOn) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
