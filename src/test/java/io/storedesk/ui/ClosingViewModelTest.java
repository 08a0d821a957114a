package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

class ClosingViewModelTest {

    private final SimpleIntegerProperty running = new SimpleIntegerProperty();
    private final AtomicInteger closes = new AtomicInteger();
    private final ClosingViewModel closing = new ClosingViewModel(running, closes::incrementAndGet);

    @Test
    void withNothingRunningTheWindowClosesAtOnce() {
        assertThat(closing.mayCloseNow()).isTrue();

        closing.closeWhenDone();

        assertThat(closes.get()).isEqualTo(1);
        assertThat(closing.waitingProperty().get()).isFalse();
    }

    @Test
    void whileWorkRunsTheWindowWaitsAndClosesOnceWhenTheLastTaskEnds() {
        running.set(2);
        assertThat(closing.mayCloseNow()).isFalse();

        closing.closeWhenDone();
        closing.closeWhenDone();
        assertThat(closing.waitingProperty().get()).isTrue();
        running.set(1);
        assertThat(closes.get()).as("one task still runs").isZero();
        running.set(0);

        assertThat(closes.get()).isEqualTo(1);
        assertThat(closing.waitingProperty().get()).isFalse();
        running.set(1);
        running.set(0);
        assertThat(closes.get()).as("closed once, not again after later work").isEqualTo(1);
    }

    @Test
    void keptOpenTheWindowStaysWhenTheWorkIsDone() {
        running.set(1);
        closing.closeWhenDone();

        closing.keepOpen();
        running.set(0);

        assertThat(closes.get()).isZero();
        assertThat(closing.waitingProperty().get()).isFalse();
    }

    @Test
    void closedNowTheWindowDoesNotWaitForTheWork() {
        running.set(1);
        closing.closeWhenDone();

        closing.closeNow();
        running.set(0);

        assertThat(closes.get()).isEqualTo(1);
    }
}
