package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.testing.MovingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdleTimerTest {

    @Test
    void theDeskIsIdleOnceNoInputCameForTheWholeTimeoutAndInputStartsItAgain() {
        MovingClock clock = new MovingClock(Instant.parse("2025-03-01T02:00:00Z"));
        IdleTimer timer = new IdleTimer(clock, Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(timer.isIdle()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(timer.isIdle()).isTrue();

        timer.touch();
        clock.advance(Duration.ofMinutes(10));
        assertThat(timer.isIdle()).isFalse();
    }

    @Test
    void aZeroTimeoutNeverLocks() {
        MovingClock clock = new MovingClock(Instant.parse("2025-03-01T02:00:00Z"));
        IdleTimer timer = new IdleTimer(clock, Duration.ZERO);

        clock.advance(Duration.ofDays(3));
        assertThat(timer.isIdle()).isFalse();
    }
}
