package io.storedesk.orders.routing;

import io.storedesk.orders.Carrier;
import io.storedesk.orders.CarrierExclusion;
import io.storedesk.orders.CarrierRate;
import io.storedesk.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ExhaustiveRouter's parcels for one warehouse and a set of whole lines: the part in one parcel when a
 * carrier takes it (else packed like the engine packs), and for each parcel every carrier and rate tried.
 * Choosing per parcel is the same as trying every combination, because the objective adds up per parcel.
 * Memoised per (warehouse, lines): the enumeration meets the same part many times.
 */
final class ExhaustiveParts {

    private static final List<PlannedShipment> INFEASIBLE = List.of();

    private final RoutingNetwork network;
    private final RouteOrder order;
    private final List<RouteLine> lines;
    private final List<Site> sites;
    private final LocalDate today;
    private final LocalTime time;
    private final LocalDate deadline;
    private final String destination;
    private final Map<Long, List<PlannedShipment>> memo = new HashMap<>();

    ExhaustiveParts(RoutingNetwork network, RouteOrder order, List<RouteLine> lines, List<Site> sites, Instant now,
                    LocalDate deadline) {
        this.network = network;
        this.order = order;
        this.lines = lines;
        this.sites = sites;
        this.today = LocalDate.ofInstant(now, network.zone());
        this.time = LocalTime.ofInstant(now, network.zone());
        this.deadline = deadline;
        this.destination = ProvinceCapitals.canonical(order.province());
    }

    /** The parcels of the lines in mask shipped from sites[site]; null when no carrier can take them. */
    List<PlannedShipment> part(int site, int mask) {
        List<PlannedShipment> part = memo.computeIfAbsent((long) site << 32 | mask, k -> compute(site, mask));
        return part == INFEASIBLE ? null : part;
    }

    private List<PlannedShipment> compute(int siteIndex, int mask) {
        Site site = sites.get(siteIndex);
        List<Carrier> carriers = new ArrayList<>();
        List<CarrierRate> rates = new ArrayList<>();
        long capacity = 0;
        String origin = ProvinceCapitals.canonical(site.province());
        for (CarrierCard card : network.carriers()) {
            if (card.carrier() == null || !card.carrier().active() || excluded(card)) {
                continue;
            }
            for (CarrierRate rate : card.rates()) {
                if (rate.firstPrice() != null && rate.extraPricePerKg() != null && rate.transitDays() >= 0
                        && Objects.equals(ProvinceCapitals.canonical(rate.originProvince()), origin)
                        && Objects.equals(ProvinceCapitals.canonical(rate.destinationProvince()), destination)) {
                    carriers.add(card.carrier());
                    rates.add(rate);
                    capacity = Math.max(capacity, card.carrier().maxWeightGrams());
                }
            }
        }
        long[] unitWeight = new long[lines.size()];
        int[] units = new int[lines.size()];
        for (int l = 0; l < lines.size(); l++) {
            if ((mask & 1 << l) != 0) {
                unitWeight[l] = lines.get(l).unitWeightGrams();
                units[l] = lines.get(l).quantity();
                if (unitWeight[l] > capacity) {
                    return INFEASIBLE;
                }
            }
        }
        if (carriers.isEmpty()) {
            return INFEASIBLE;
        }
        List<PlannedShipment> parcels = new ArrayList<>();
        for (int[] parcel : ParcelPacker.pack(unitWeight, units, capacity)) {
            parcels.add(cheapest(site, parcel, unitWeight, carriers, rates));
        }
        return parcels;
    }

    private PlannedShipment cheapest(Site site, int[] parcel, long[] unitWeight, List<Carrier> carriers,
                                     List<CarrierRate> rates) {
        long weight = 0;
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (int l = 0; l < parcel.length; l++) {
            weight += parcel[l] * unitWeight[l];
            if (parcel[l] > 0) {
                quantities.put(lines.get(l).lineId(), parcel[l]);
            }
        }
        PlannedShipment best = null;
        for (int r = 0; r < rates.size(); r++) {
            Carrier carrier = carriers.get(r);
            if (weight > carrier.maxWeightGrams()) {
                continue;
            }
            LocalDate ship = carrier.cutoffTime() == null || time.isBefore(carrier.cutoffTime()) ? today
                    : today.plusDays(1);
            LocalDate delivery = ship.plusDays(rates.get(r).transitDays());
            boolean late = deadline != null && delivery.isAfter(deadline);
            Money cost = rates.get(r).priceFor((int) weight);
            PlannedShipment option = new PlannedShipment(site.id(), carrier.id(), carrier.service(), quantities,
                    (int) weight, cost, ship, delivery, late);
            if (best == null || (late != best.late() ? !late : cost.amount().compareTo(best.cost().amount()) != 0
                    ? cost.amount().compareTo(best.cost().amount()) < 0 : carrier.id() < best.carrierId())) {
                best = option;
            }
        }
        return best;
    }

    private boolean excluded(CarrierCard card) {
        for (CarrierExclusion e : card.exclusions()) {
            if (e.province() != null && ProvinceCapitals.canonical(e.province()).equals(destination)
                    && (e.city() == null || e.city().equals(order.city()))) {
                return true;
            }
        }
        return false;
    }
}
