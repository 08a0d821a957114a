package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The schedule sweeps again after a failed sweep, and sweeps no more once closed. */
class SlaScheduleTest {

    @Test
    void aFailedSweepDoesNotStopTheNextOnesAndClosingStopsThem() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        SlaSchedule schedule = new SlaSchedule(() -> {
            runs.incrementAndGet();
            three.countDown();
            if (runs.get() == 1) {
                throw new IllegalStateException("store busy");
            }
        }, Duration.ofMillis(5));

        assertThat(three.await(10, TimeUnit.SECONDS)).as("swept again after the failure").isTrue();
        schedule.close();
        int afterClose = runs.get();
        Thread.sleep(50);

        assertThat(runs.get()).isEqualTo(afterClose);
    }
}
