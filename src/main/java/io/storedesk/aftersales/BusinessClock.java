package io.storedesk.aftersales;

import java.time.Duration;
import java.time.Instant;

/** Counts SLA time on a business calendar. */
public interface BusinessClock {

    /** The instant that lies the given number of business minutes after start. */
    Instant plusBusinessMinutes(Instant start, long minutes);

    /** A calendar that never closes (24x7): business time is wall-clock time. */
    BusinessClock ALWAYS_OPEN = (start, minutes) -> start.plus(Duration.ofMinutes(minutes));
}
