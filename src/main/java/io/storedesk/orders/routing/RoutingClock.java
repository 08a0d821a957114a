package io.storedesk.orders.routing;

import io.storedesk.orders.Carrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * "Now" in the network's zone, worked out once per batch: today's date and, per carrier, the day a parcel
 * handed over now leaves (today before the cutoff, tomorrow after it), all as epoch days.
 */
final class RoutingClock {

    final ZoneId zone;
    final long today;
    final LocalTime time;
    private final long[] shipDay;

    RoutingClock(CompiledNetwork network, Instant now) {
        zone = network.source.zone();
        LocalDate date = LocalDate.ofInstant(now, zone);
        today = date.toEpochDay();
        time = LocalTime.ofInstant(now, zone);
        shipDay = new long[network.carriers.length];
        for (int c = 0; c < shipDay.length; c++) {
            Carrier carrier = network.carriers[c];
            // No cutoff on the card: the carrier collects all day.
            boolean beforeCutoff = carrier == null || carrier.cutoffTime() == null
                    || time.isBefore(carrier.cutoffTime());
            shipDay[c] = beforeCutoff ? today : today + 1;
        }
    }

    long shipDay(int carrier) {
        return shipDay[carrier];
    }

    /** The local epoch day of an instant; today when it is null (an unpaid order counts from now). */
    long day(Instant instant) {
        return instant == null ? today : LocalDate.ofInstant(instant, zone).toEpochDay();
    }
}
