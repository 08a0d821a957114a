package io.storedesk.orders.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why these warehouses: the only one with everything, the cheapest (or the one meeting the promise) of those
 * with everything, or a split — which lines ship from where, and which items had to be divided.
 */
final class SiteReasons {

    private SiteReasons() {
    }

    /** Why these warehouses: the first step of the explanation. */
    static void summary(OrderProblem p, PlanSearch search, List<Parcel> parcels, List<Reason> out) {
        List<Integer> used = usedCandidates(parcels);
        Score chosen = total(parcels);
        if (used.size() == 1) {
            single(p, search, used.get(0), out);
            return;
        }
        int best = bestSingle(search, -1);
        if (best < 0) {
            out.add(Reason.because("splitNoSingleSite", used.size()));
        } else if (search.single[best].late > chosen.late) {
            out.add(Reason.because(chosen.late == 0 ? "splitMeetsPromise" : "splitFewerLate", used.size(),
                    p.order.promisedDays()));
        } else if (search.single[best].shipments > chosen.shipments) {
            out.add(Reason.because("splitFewerParcels", used.size(), chosen.shipments, search.single[best].shipments,
                    name(p, best)));
        } else {
            out.add(Reason.because("splitCheaper", used.size(), Amounts.plain(chosen.cost),
                    Amounts.plain(search.single[best].cost), name(p, best)));
        }
    }

    private static void single(OrderProblem p, PlanSearch search, int c, List<Reason> out) {
        String name = name(p, c);
        int full = search.fullSites;
        Score chosen = search.single[c];
        int runnerUp = bestSingle(search, c);
        if (chosen == null || runnerUp < 0) {
            out.add(Reason.because("onlySiteWithAll", name));
            return;
        }
        Score other = search.single[runnerUp];
        if (other.late > chosen.late) {
            int onTime = 0;
            for (Score s : search.single) {
                onTime += s != null && s.late == 0 ? 1 : 0;
            }
            out.add(Reason.because(onTime == 1 ? "onlyFastEnoughSite" : "fastEnoughSite", name, full,
                    p.order.promisedDays()));
        } else if (other.shipments > chosen.shipments) {
            out.add(Reason.because("fewerParcelsSite", name, full, chosen.shipments, other.shipments));
        } else if (other.cost > chosen.cost) {
            out.add(Reason.because("cheapestSite", name, full, Amounts.plain(chosen.cost), name(p, runnerUp),
                    Amounts.plain(other.cost)));
        } else {
            out.add(Reason.because("preferredSite", name, full, Amounts.plain(chosen.cost)));
        }
    }

    /** Per warehouse of a split, what it ships ("SKU-1 × 2, SKU-7 × 1"); empty when one warehouse ships all. */
    static Map<Integer, Reason> parts(OrderProblem p, List<Parcel> parcels) {
        List<Integer> used = usedCandidates(parcels);
        Map<Integer, Reason> parts = new HashMap<>();
        if (used.size() < 2) {
            return parts;
        }
        int[][] units = units(p, parcels);
        for (int c : used) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < p.n; i++) {
                if (units[i][c] > 0) {
                    lines.append(lines.length() == 0 ? "" : ", ").append(p.code[i]).append(" × ").append(units[i][c]);
                }
            }
            parts.put(c, Reason.because("splitPart", name(p, c), lines.toString()));
        }
        return parts;
    }

    /** For each item divided over warehouses, where its units come from. */
    static void quantitySplits(OrderProblem p, List<Parcel> parcels, List<Reason> out) {
        int[][] units = units(p, parcels);
        List<Integer> used = usedCandidates(parcels);
        for (int i = 0; i < p.n; i++) {
            StringBuilder from = new StringBuilder();
            int places = 0;
            for (int c : used) {
                if (units[i][c] > 0) {
                    from.append(places++ == 0 ? "" : ", ").append(name(p, c)).append(" × ").append(units[i][c]);
                }
            }
            if (places > 1) {
                out.add(Reason.because("quantitySplit", p.code[i], p.qty[i], from.toString()));
            }
        }
    }

    private static int[][] units(OrderProblem p, List<Parcel> parcels) {
        int[][] units = new int[p.n][p.m];
        for (Parcel parcel : parcels) {
            for (int i = 0; i < p.n; i++) {
                units[i][parcel.candidate] += parcel.units[i];
            }
        }
        return units;
    }

    static List<Integer> usedCandidates(List<Parcel> parcels) {
        List<Integer> used = new ArrayList<>(2);
        for (Parcel parcel : parcels) {
            if (!used.contains(parcel.candidate)) {
                used.add(parcel.candidate);
            }
        }
        return used;
    }

    private static Score total(List<Parcel> parcels) {
        Score score = new Score();
        score.reset();
        for (Parcel parcel : parcels) {
            score.shipments++;
            score.late += parcel.late ? 1 : 0;
            score.cost += parcel.cost;
        }
        return score;
    }

    /** The best single warehouse other than skip, -1 if there is none. */
    private static int bestSingle(PlanSearch search, int skip) {
        int best = -1;
        for (int c = 0; c < search.single.length; c++) {
            if (c != skip && search.single[c] != null && (best < 0 || search.single[c].betterThan(search.single[best]))) {
                best = c;
            }
        }
        return best;
    }

    static String name(OrderProblem p, int candidate) {
        return p.net.sites[p.site[candidate]].name();
    }
}
