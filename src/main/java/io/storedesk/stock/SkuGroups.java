package io.storedesk.stock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The positions of each SKU, by index into the run's position list, grouped once per run: ABC, XYZ and
 * transfers all work per SKU. Groups are numbered in the order their SKU first appears; within a group the
 * positions keep the input order.
 */
final class SkuGroups {

    /** Group g holds members[start[g]] up to (not including) members[start[g + 1]]. */
    private final int[] start;
    private final int[] members;

    private SkuGroups(int[] start, int[] members) {
        this.start = start;
        this.members = members;
    }

    static SkuGroups of(List<PlanningPosition> positions) {
        int n = positions.size();
        Map<Long, Integer> groupOfSku = new HashMap<>();
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            Integer next = groupOfSku.size();
            Integer group = groupOfSku.putIfAbsent(positions.get(i).key().skuId(), next);
            groupOf[i] = group == null ? next : group;
        }
        int[] start = new int[groupOfSku.size() + 1];
        for (int g : groupOf) {
            start[g + 1]++;
        }
        for (int g = 0; g < groupOfSku.size(); g++) {
            start[g + 1] += start[g];
        }
        int[] filled = start.clone();
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            members[filled[groupOf[i]]++] = i;
        }
        return new SkuGroups(start, members);
    }

    int count() {
        return start.length - 1;
    }

    int size(int group) {
        return start[group + 1] - start[group];
    }

    /** The k-th position (index into the position list) of a group. */
    int member(int group, int k) {
        return members[start[group] + k];
    }
}
