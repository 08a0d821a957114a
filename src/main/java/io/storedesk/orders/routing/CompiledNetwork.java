package io.storedesk.orders.routing;

import io.storedesk.orders.Carrier;
import io.storedesk.orders.CarrierExclusion;
import io.storedesk.orders.CarrierRate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A RoutingNetwork turned into arrays once: the lanes of every (warehouse, destination province) pair, each
 * carrier's exclusions and each channel's warehouses, with provinces in the store's full-name form.
 */
final class CompiledNetwork {

    private static final Lane[] NO_LANES = new Lane[0];

    final RoutingNetwork source;
    /** Warehouses by (priority, id): enumeration in this order makes ties go to the preferred warehouse. */
    final Site[] sites;
    final Carrier[] carriers;
    /** Per destination: the exclusions naming that province, and the carrier index of each. */
    private CarrierExclusion[][] exclusions;
    private int[][] excludedCarriers;
    private final Map<String, Integer> destinations = new HashMap<>();
    private final Lane[][][] lanes;
    private final Map<Long, boolean[]> channelSites = new HashMap<>();
    private final boolean[] allSites;

    CompiledNetwork(RoutingNetwork network) {
        source = network;
        sites = network.sites().stream().sorted(Comparator.comparingInt(Site::priority).thenComparingLong(Site::id))
                .toArray(Site[]::new);
        carriers = new Carrier[network.carriers().size()];
        for (int c = 0; c < carriers.length; c++) {
            carriers[c] = network.carriers().get(c).carrier();
        }
        List<List<List<Lane>>> built = buildLanes(network);
        indexExclusions(network);
        lanes = new Lane[sites.length][destinations.size()][];
        for (int s = 0; s < sites.length; s++) {
            for (int d = 0; d < destinations.size(); d++) {
                List<Lane> list = built.get(s).size() > d ? built.get(s).get(d) : null;
                lanes[s][d] = list == null ? NO_LANES : list.toArray(Lane[]::new);
            }
        }
        allSites = new boolean[sites.length];
        Arrays.fill(allSites, true);
        for (Map.Entry<Long, Set<Long>> e : network.channelSites().entrySet()) {
            boolean[] allowed = new boolean[sites.length];
            for (int s = 0; s < sites.length; s++) {
                allowed[s] = e.getValue().contains(sites[s].id());
            }
            channelSites.put(e.getKey(), allowed);
        }
    }

    private List<List<List<Lane>>> buildLanes(RoutingNetwork network) {
        List<List<List<Lane>>> bySite = new ArrayList<>();
        for (int s = 0; s < sites.length; s++) {
            bySite.add(new ArrayList<>());
        }
        for (int c = 0; c < carriers.length; c++) {
            Carrier carrier = carriers[c];
            if (carrier == null || !carrier.active()) {
                continue;
            }
            for (CarrierRate rate : network.carriers().get(c).rates()) {
                if (!usable(rate)) {
                    continue; // a broken rate row is a gap in the card, not a reason to fail routing
                }
                String origin = ProvinceCapitals.canonical(rate.originProvince());
                int d = destinations.computeIfAbsent(ProvinceCapitals.canonical(rate.destinationProvince()),
                        k -> destinations.size());
                for (int s = 0; s < sites.length; s++) {
                    if (origin.equals(ProvinceCapitals.canonical(sites[s].province()))) {
                        List<List<Lane>> byDestination = bySite.get(s);
                        while (byDestination.size() <= d) {
                            byDestination.add(null);
                        }
                        if (byDestination.get(d) == null) {
                            byDestination.set(d, new ArrayList<>());
                        }
                        byDestination.get(d).add(new Lane(c, carrier, rate));
                    }
                }
            }
        }
        return bySite;
    }

    private static boolean usable(CarrierRate rate) {
        return rate.originProvince() != null && rate.destinationProvince() != null && rate.firstPrice() != null
                && rate.extraPricePerKg() != null && rate.transitDays() >= 0 && rate.firstWeightGrams() >= 0;
    }

    /** The destination index of a province as the order writes it, or -1 when no rate card serves it. */
    int destination(String province) {
        Integer d = destinations.get(province);
        if (d == null) {
            d = destinations.get(ProvinceCapitals.canonical(province));
        }
        return d == null ? -1 : d;
    }

    Lane[] lanes(int site, int destination) {
        return destination < 0 ? NO_LANES : lanes[site][destination];
    }

    /** The warehouses a channel may use (all of them for a channel without a list). */
    boolean[] sitesOf(long channelId) {
        return channelSites.getOrDefault(channelId, allSites);
    }

    /** Marks the carriers with an exclusion matching the destination (an index) and city; returns how many. */
    int markExcluded(int destination, String city, boolean[] excluded) {
        Arrays.fill(excluded, false);
        int count = 0;
        CarrierExclusion[] candidates = exclusions[destination];
        for (int i = 0; i < candidates.length; i++) {
            String excludedCity = candidates[i].city();
            if ((excludedCity == null || excludedCity.equals(city)) && !excluded[excludedCarriers[destination][i]]) {
                excluded[excludedCarriers[destination][i]] = true;
                count++;
            }
        }
        return count;
    }

    /** The exclusion that keeps a carrier from the destination, for the explanation; null if none. */
    CarrierExclusion exclusion(int carrier, int destination, String city) {
        CarrierExclusion[] candidates = exclusions[destination];
        for (int i = 0; i < candidates.length; i++) {
            if (excludedCarriers[destination][i] == carrier
                    && (candidates[i].city() == null || candidates[i].city().equals(city))) {
                return candidates[i];
            }
        }
        return null;
    }

    private void indexExclusions(RoutingNetwork network) {
        List<List<CarrierExclusion>> found = new ArrayList<>();
        List<List<Integer>> carrierOf = new ArrayList<>();
        for (int d = 0; d < destinations.size(); d++) {
            found.add(new ArrayList<>());
            carrierOf.add(new ArrayList<>());
        }
        for (int c = 0; c < carriers.length; c++) {
            for (CarrierExclusion e : network.carriers().get(c).exclusions()) {
                Integer d = e.province() == null ? null : destinations.get(ProvinceCapitals.canonical(e.province()));
                if (d != null) {
                    found.get(d).add(e);
                    carrierOf.get(d).add(c);
                }
            }
        }
        exclusions = new CarrierExclusion[destinations.size()][];
        excludedCarriers = new int[destinations.size()][];
        for (int d = 0; d < destinations.size(); d++) {
            exclusions[d] = found.get(d).toArray(CarrierExclusion[]::new);
            excludedCarriers[d] = carrierOf.get(d).stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
