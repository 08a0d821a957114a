package io.storedesk.orders.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the warehouses an order can ship from: those its channel may use, with a carrier serving the
 * destination, holding units of at least one item. Holds NOT_COVERED or backorders NO_STOCK when the
 * warehouses cannot cover every item, naming the SKU.
 */
final class Candidates {

    private Candidates() {
    }

    static OrderProblem find(OrderProblem p, AvailableStock stock) {
        CompiledNetwork net = p.net;
        int sites = net.sites.length;
        boolean[] allowed = net.sitesOf(p.order.channelId());
        long[] capacity = new long[sites];
        int[][] usable = new int[p.n][sites];
        long[] eligibleTotal = new long[p.n];
        long[] usableTotal = new long[p.n];
        boolean anyAllowed = false;
        boolean anyCovering = false;
        long heaviestParcel = 0;
        int candidates = 0;
        for (int s = 0; s < sites; s++) {
            if (!allowed[s]) {
                continue;
            }
            anyAllowed = true;
            for (Lane lane : net.lanes(s, p.destination)) {
                if (!p.excluded[lane.carrier]) {
                    capacity[s] = Math.max(capacity[s], lane.maxWeight);
                    anyCovering = true;
                }
            }
            boolean covering = net.lanes(s, p.destination).length > 0 && capacity[s] > 0;
            heaviestParcel = Math.max(heaviestParcel, capacity[s]);
            boolean holds = false;
            long siteId = net.sites[s].id();
            for (int i = 0; i < p.n; i++) {
                int units = stock.available(p.sku[i], siteId);
                eligibleTotal[i] += units;
                if (covering && p.unitWeight[i] <= capacity[s] && units > 0) {
                    usable[i][s] = units;
                    usableTotal[i] += units;
                    holds = true;
                }
            }
            if (holds) {
                candidates++;
            }
        }
        String place = p.order.city() == null || p.order.city().isBlank() ? p.order.province()
                : p.order.province() + " " + p.order.city();
        if (!anyAllowed) {
            return Preflight.held(p, HoldCodes.NOT_COVERED,
                    List.of(Reason.because("noSiteForChannel", String.valueOf(p.order.channelId()))));
        }
        if (!anyCovering) {
            return Preflight.held(p, HoldCodes.NOT_COVERED, List.of(Reason.because("notCovered", place)));
        }
        List<Reason> shortages = new ArrayList<>(0);
        for (int i = 0; i < p.n; i++) {
            if (eligibleTotal[i] < p.qty[i]) {
                shortages.add(Reason.because("noStock", p.code[i], p.qty[i], eligibleTotal[i]));
            }
        }
        if (!shortages.isEmpty()) {
            return Preflight.held(p, HoldCodes.NO_STOCK, shortages);
        }
        for (int i = 0; i < p.n; i++) {
            if (usableTotal[i] >= p.qty[i]) {
                continue;
            }
            shortages.add(p.unitWeight[i] > heaviestParcel
                    ? Reason.because("tooHeavy", p.code[i], p.unitWeight[i], place, heaviestParcel)
                    : Reason.because("notCoveredSku", p.code[i], place));
        }
        if (!shortages.isEmpty()) {
            return Preflight.held(p, HoldCodes.NOT_COVERED, shortages);
        }
        keep(p, usable, capacity, candidates);
        return p;
    }

    /** Keeps the warehouses holding any item, in the network's (priority, id) order. */
    private static void keep(OrderProblem p, int[][] usable, long[] capacity, int candidates) {
        p.m = candidates;
        p.site = new int[candidates];
        p.capacity = new long[candidates];
        p.stock = new int[p.n][candidates];
        int c = 0;
        for (int s = 0; s < capacity.length; s++) {
            boolean holds = false;
            for (int i = 0; i < p.n && !holds; i++) {
                holds = usable[i][s] > 0;
            }
            if (!holds) {
                continue;
            }
            p.site[c] = s;
            p.capacity[c] = capacity[s];
            for (int i = 0; i < p.n; i++) {
                p.stock[i][c] = usable[i][s];
            }
            c++;
        }
    }
}
