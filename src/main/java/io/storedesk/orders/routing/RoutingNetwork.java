package io.storedesk.orders.routing;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the router may ship through: warehouses, carriers, which warehouses each sales channel may use
 * (a channel absent from channelSites may use every warehouse) and the zone that cutoff times are read in.
 */
public record RoutingNetwork(List<Site> sites, List<CarrierCard> carriers, Map<Long, Set<Long>> channelSites,
                             ZoneId zone) {

    public RoutingNetwork {
        sites = sites == null ? List.of() : List.copyOf(sites);
        carriers = carriers == null ? List.of() : List.copyOf(carriers);
        channelSites = channelSites == null ? Map.of() : Map.copyOf(channelSites);
        Objects.requireNonNull(zone, "zone");
    }
}
