package io.storedesk.orders.routing;

import io.storedesk.orders.CarrierExclusion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why each parcel goes with its carrier: the only one that can take it, the only one on time, or cheaper than
 * the runner-up (within the promise, or because the cheaper one would be late); then exclusions that ruled a
 * carrier out, parcels leaving tomorrow because of a cutoff, and parcels that will be late.
 */
final class CarrierReasons {

    private CarrierReasons() {
    }

    /**
     * The reasons parcel by parcel; each warehouse's parcels are preceded by its part of a split (parts),
     * so a reader sees which carrier takes what.
     */
    static void add(OrderProblem p, List<Parcel> parcels, Map<Integer, Reason> parts, boolean ignoreLate,
                    List<Reason> out) {
        List<Integer> sitesSeen = new ArrayList<>(2);
        List<Integer> cutoffCarriers = new ArrayList<>(0);
        for (Parcel parcel : parcels) {
            String site = parcel.site(p).name();
            boolean firstOfSite = !sitesSeen.contains(parcel.candidate);
            if (firstOfSite) {
                sitesSeen.add(parcel.candidate);
                if (parts.containsKey(parcel.candidate)) {
                    out.add(parts.get(parcel.candidate));
                }
            }
            if (parcel.parcelsFromSite > 1 && firstOfSite) {
                long weight = 0;
                for (Parcel other : parcels) {
                    weight += other.candidate == parcel.candidate ? other.weight : 0;
                }
                out.add(Reason.because("parcels", site, weight, parcel.parcelsFromSite));
            }
            choice(p, parcel, ignoreLate, out);
            if (parcel.shipDay(p) > p.clock.today && !cutoffCarriers.contains(parcel.lane.carrier)) {
                cutoffCarriers.add(parcel.lane.carrier);
                out.add(Reason.because("afterCutoff", parcel.lane.card.name(), parcel.lane.card.cutoffTime().toString(),
                        LocalDate.ofEpochDay(parcel.shipDay(p)).toString()));
            }
            if (parcel.late) {
                out.add(Reason.because("lateShipment", site, parcel.lane.card.name(),
                        LocalDate.ofEpochDay(parcel.deliveryDay(p)).toString(),
                        LocalDate.ofEpochDay(p.deadline).toString()));
            }
        }
    }

    private static void choice(OrderProblem p, Parcel parcel, boolean ignoreLate, List<Reason> out) {
        Lane chosen = parcel.lane;
        Lane runnerUp = null;
        long runnerCost = 0;
        for (Lane lane : p.lanes(parcel.candidate)) {
            if (lane.carrier == chosen.carrier || !p.usable(lane, parcel.weight)) {
                continue;
            }
            long cost = lane.price(parcel.weight);
            boolean late = !ignoreLate && p.late(lane);
            boolean runnerLate = runnerUp != null && !ignoreLate && p.late(runnerUp);
            if (runnerUp == null || (late != runnerLate ? !late : cost != runnerCost ? cost < runnerCost
                    : lane.card.id() < runnerUp.card.id())) {
                runnerUp = lane;
                runnerCost = cost;
            }
        }
        String name = chosen.card.name();
        String price = Amounts.plain(parcel.cost);
        if (runnerUp == null) {
            out.add(Reason.because("carrierOnly", name, parcel.weight, parcel.site(p).name(), p.order.province()));
            return;
        }
        String other = runnerUp.card.name();
        String otherPrice = Amounts.plain(runnerCost);
        Integer days = p.order.promisedDays();
        boolean judgedOnTime = !ignoreLate && p.promised() && !parcel.late;
        if (judgedOnTime && p.late(runnerUp)) {
            out.add(runnerCost < parcel.cost
                    ? Reason.because("carrierBeatsLate", name, price, other, otherPrice, days)
                    : Reason.because("carrierOnlyOnTime", name, price, parcel.site(p).name(), days));
        } else if (runnerCost == parcel.cost) {
            out.add(Reason.because("carrierSamePrice", name, other, price));
        } else if (judgedOnTime) {
            out.add(Reason.because("carrierBeats", name, price, other, otherPrice, days));
        } else {
            out.add(Reason.because("carrierCheaper", name, price, other, otherPrice));
        }
    }

    /** Carriers that have a lane from a used warehouse but do not deliver to this place. */
    static void exclusions(OrderProblem p, List<Parcel> parcels, List<Reason> out) {
        List<Integer> named = new ArrayList<>(0);
        for (Parcel parcel : parcels) {
            for (Lane lane : p.lanes(parcel.candidate)) {
                if (!p.excluded[lane.carrier] || named.contains(lane.carrier)) {
                    continue;
                }
                named.add(lane.carrier);
                CarrierExclusion exclusion = p.net.exclusion(lane.carrier, p.destination, p.order.city());
                String place = exclusion.city() == null ? p.order.province() : exclusion.city();
                out.add(exclusion.reason() == null || exclusion.reason().isBlank()
                        ? Reason.because("carrierExcluded", lane.card.name(), place)
                        : Reason.because("carrierExcludedBecause", lane.card.name(), place, exclusion.reason()));
            }
        }
    }
}
