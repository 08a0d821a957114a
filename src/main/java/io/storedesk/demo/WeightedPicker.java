package io.storedesk.demo;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Picks items with probability proportional to their weight (binary search over cumulative weights). */
final class WeightedPicker<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedPicker(List<T> items, ToDoubleFunction<T> weight) {
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            double w = weight.applyAsDouble(items.get(i));
            if (w < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += w;
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("no item has a positive weight");
        }
    }

    T pick(DemoRandom random) {
        double target = random.unit() * cumulative[cumulative.length - 1];
        // The first item whose cumulative weight exceeds the target (zero-weight items are never chosen).
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return items.get(low);
    }
}
