package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.UserFacingException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpeningAheadTest {

    @Test
    void whatWasOpenedOnItsOwnThreadIsHandedToWhoeverWaits() {
        OpeningAhead<Closing> opening = OpeningAhead.start("test-open",
                () -> new Closing(Thread.currentThread().getName()));

        Closing opened = opening.await();

        assertThat(opened.openedOn).isEqualTo("test-open");
        assertThat(opened.closes.get()).isZero();
    }

    @Test
    void aFailureReachesTheWaiterAsTheOpenerThrewIt() {
        UserFacingException locked = new UserFacingException("store.error.locked", "/tmp/shop");
        OpeningAhead<Closing> opening = OpeningAhead.start("test-open", () -> {
            throw locked;
        });

        assertThatThrownBy(opening::await).isSameAs(locked);
    }

    @Test
    void whatNobodyTookIsClosedOnceItIsOpen() throws InterruptedException {
        CountDownLatch mayOpen = new CountDownLatch(1);
        Closing store = new Closing("test-open");
        OpeningAhead<Closing> opening = OpeningAhead.start("test-open", () -> {
            awaitQuietly(mayOpen);
            return store;
        });

        opening.closeWhenOpened();
        assertThat(store.closes.get()).as("still opening").isZero();
        mayOpen.countDown();

        assertThat(store.closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(store.closes.get()).isEqualTo(1);
    }

    @Test
    void nothingOpenedOnAFirstRunIsNothingToClose() {
        OpeningAhead<Closing> opening = OpeningAhead.start("test-open", () -> null);

        opening.closeWhenOpened();

        assertThat(opening.await()).isNull();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Closing implements AutoCloseable {

        final String openedOn;
        final AtomicInteger closes = new AtomicInteger();
        final CountDownLatch closed = new CountDownLatch(1);

        Closing(String openedOn) {
            this.openedOn = openedOn;
        }

        @Override
        public void close() {
            closes.incrementAndGet();
            closed.countDown();
        }
    }
}
