package io.storedesk.sync.http;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a Retry-After header: delta-seconds (Shopify sends fractions such as "2.0") or an HTTP-date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the remote asks for, from now; empty when there is no header or it cannot be read. */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            BigDecimal seconds = new BigDecimal(text);
            if (seconds.signum() <= 0) {
                return Optional.of(Duration.ZERO);
            }
            if (seconds.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L)) > 0) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
            }
            return Optional.of(Duration.ofNanos(seconds.movePointRight(9).setScale(0, java.math.RoundingMode.CEILING)
                    .longValueExact()));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
