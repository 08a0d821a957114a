package io.storedesk.demo;

import java.util.List;
import java.util.Random;

/**
 * A seeded random source for one part of the demo shop. java.util.Random's algorithm is fixed by its
 * specification, so the same seed gives the same shop on every JVM and machine. Each part draws from
 * its own stream, so changing one part does not reshuffle the others.
 */
final class DemoRandom {

    private final Random random;

    DemoRandom(long seed, String stream) {
        this.random = new Random(seed * 1_000_003L + stream.hashCode());
    }

    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from low to high, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String digits(int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
