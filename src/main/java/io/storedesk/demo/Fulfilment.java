package io.storedesk.demo;

import io.storedesk.demo.DemoCatalog.Sku;
import io.storedesk.demo.DemoHistory.Line;
import io.storedesk.demo.DemoHistory.Shipment;
import io.storedesk.demo.DemoReference.Carrier;
import io.storedesk.demo.DemoReference.Channel;
import io.storedesk.demo.DemoReference.Warehouse;
import io.storedesk.orders.CarrierRate;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.Province;
import io.storedesk.orders.Region;
import io.storedesk.orders.ShipmentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides where a generated order stands at the demo's NOW: paid or not, cancelled, held, routed,
 * shipped (from which warehouses, with which carrier) or delivered.
 */
final class Fulfilment {

    record Outcome(LocalDateTime paidAt, OrderStatus status, String holdReason, boolean addressIncomplete,
                   LocalDateTime cancelledAt, List<Shipment> shipments) {
    }

    private static final int PACKAGING_GRAMS = 150;
    private static final List<String> ECONOMY = List.of("ZTO", "YTO", "YUNDA", "JT");
    private static final LocalDateTime DOUBLE_ELEVEN = LocalDate.of(2026, 11, 11).atStartOfDay();

    private final DemoRandom random;
    private final DemoRateCards rates;
    private final DemoAssortment assortment;
    private final Function<Carrier, String> trackingNumbers;

    Fulfilment(DemoRandom random, DemoRateCards rates, DemoAssortment assortment,
               Function<Carrier, String> trackingNumbers) {
        this.random = random;
        this.rates = rates;
        this.assortment = assortment;
        this.trackingNumbers = trackingNumbers;
    }

    Outcome settle(Channel channel, LocalDateTime placedAt, boolean doubleElevenPresale, Province province,
                   String city, List<Line> lines, BigDecimal total, String note) {
        LocalDateTime now = DemoShop.NOW;
        LocalDateTime paidAt = placedAt.plusSeconds(random.between(10, 900));
        // Buyers who ordered in the last two hours often have not paid yet; older unpaid orders closed themselves.
        boolean recent = placedAt.isAfter(now.minusHours(2));
        if (random.chance(recent ? 0.25 : 0.03) || paidAt.isAfter(now)) {
            return new Outcome(null, recent ? OrderStatus.PENDING_PAYMENT : OrderStatus.CANCELLED, null, false,
                    null, List.of());
        }
        if (random.chance(0.015)) {
            LocalDateTime cancelledAt = paidAt.plusMinutes(random.between(60, 480));
            if (!cancelledAt.isAfter(now)) {
                return new Outcome(paidAt, OrderStatus.CANCELLED, null, false, cancelledAt, List.of());
            }
        }
        boolean awaitsLaunch = lines.stream().anyMatch(l -> l.sku() != null && l.sku().presale());
        boolean doubleElevenPresaleOrder = doubleElevenPresale && lines.stream().anyMatch(Line::presale);
        LocalDateTime shipAt = awaitsLaunch ? null
                : doubleElevenPresaleOrder ? DOUBLE_ELEVEN.plusMinutes(random.between(120, 3600)) : shipTime(paidAt);
        if (shipAt == null || shipAt.isAfter(now)) {
            return unshipped(channel, paidAt, province, city, lines, total, note, awaitsLaunch);
        }
        List<Shipment> shipments = new ArrayList<>();
        for (Map.Entry<Warehouse, List<Line>> part : split(channel, province, lines).entrySet()) {
            shipments.add(shipped(channel, part.getKey(), part.getValue(), province, city, total, shipAt));
        }
        boolean delivered = shipments.stream().allMatch(s -> s.status() == ShipmentStatus.DELIVERED);
        return new Outcome(paidAt, delivered ? OrderStatus.DELIVERED : OrderStatus.SHIPPED, null, false, null,
                List.copyOf(shipments));
    }

    private Outcome unshipped(Channel channel, LocalDateTime paidAt, Province province, String city, List<Line> lines,
                              BigDecimal total, String note, boolean awaitsLaunch) {
        if (random.chance(0.07)) {
            return new Outcome(paidAt, OrderStatus.ON_HOLD, "ADDRESS_INCOMPLETE", true, null, List.of());
        }
        if (note != null && random.chance(0.6)) {
            return new Outcome(paidAt, OrderStatus.ON_HOLD, "BUYER_NOTE", false, null, List.of());
        }
        if (total.compareTo(new BigDecimal("1500")) >= 0) {
            return new Outcome(paidAt, OrderStatus.ON_HOLD, "HIGH_AMOUNT", false, null, List.of());
        }
        if (!awaitsLaunch && paidAt.isBefore(DemoShop.NOW.minusHours(3)) && random.chance(0.45)) {
            List<Shipment> planned = new ArrayList<>();
            for (Map.Entry<Warehouse, List<Line>> part : split(channel, province, lines).entrySet()) {
                Carrier carrier = carrierFor(channel, part.getKey(), province, city, weight(part.getValue()), total,
                        part.getValue());
                CarrierRate lane = rates.lane(carrier, part.getKey().province(), province).orElseThrow();
                planned.add(new Shipment(part.getKey().code(), carrier.code(), ShipmentStatus.PLANNED, null,
                        weight(part.getValue()), DemoRateCards.priceOf(lane, weight(part.getValue())), null, null,
                        part.getValue().stream().map(Line::lineNo).toList()));
            }
            return new Outcome(paidAt, OrderStatus.ROUTED, null, false, null, List.copyOf(planned));
        }
        return new Outcome(paidAt, OrderStatus.PAID, null, false, null, List.of());
    }

    private LocalDateTime shipTime(LocalDateTime paidAt) {
        LocalDateTime start = paidAt;
        if (paidAt.getHour() >= 17) {
            start = paidAt.toLocalDate().plusDays(1).atTime(9, 0);
        } else if (paidAt.getHour() < 8) {
            start = paidAt.toLocalDate().atTime(9, 0);
        }
        LocalDateTime shipAt = start.plusMinutes(random.between(180, 1500));
        return random.chance(0.1) ? shipAt.plusDays(1) : shipAt;
    }

    /** Sale lines by the warehouse that ships them: the buyer's regional warehouse where it carries the SKU. */
    Map<Warehouse, List<Line>> split(Channel channel, Province destination, List<Line> lines) {
        Warehouse home = homeWarehouse(channel, destination);
        Warehouse fallback = DemoReference.warehouse(home.code().equals("WH-SH") ? "WH-GZ" : "WH-SH");
        Map<Warehouse, List<Line>> parts = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line.kind() != LineKind.SALE) {
                continue;
            }
            Warehouse from = assortment.stocks(home.code(), line.sku()) ? home : fallback;
            parts.computeIfAbsent(from, w -> new ArrayList<>()).add(line);
        }
        return parts;
    }

    static Warehouse homeWarehouse(Channel channel, Province destination) {
        List<Warehouse> eligible = DemoReference.WAREHOUSES.stream()
                .filter(w -> channel.warehouses().isEmpty() || channel.warehouses().contains(w.code())).toList();
        Optional<Warehouse> same = eligible.stream().filter(w -> w.province() == destination).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        Optional<Warehouse> regional = eligible.stream().filter(w -> w.serves().contains(destination.region()))
                .findFirst();
        if (regional.isPresent()) {
            return regional.get();
        }
        Region region = destination.region();
        boolean south = region == Region.SOUTH || region == Region.SOUTHWEST;
        return eligible.stream().filter(w -> w.code().equals(south ? "WH-GZ" : "WH-SH")).findFirst()
                .orElse(eligible.get(0));
    }

    private Shipment shipped(Channel channel, Warehouse from, List<Line> lines, Province destination, String city,
                             BigDecimal total, LocalDateTime shipAt) {
        int weight = weight(lines);
        Carrier carrier = carrierFor(channel, from, destination, city, weight, total, lines);
        CarrierRate lane = rates.lane(carrier, from.province(), destination).orElseThrow();
        int days = lane.transitDays() + (random.chance(0.2) ? 1 : 0);
        LocalDateTime deliveredAt = shipAt.toLocalDate().plusDays(days)
                .atTime(LocalTime.of(random.between(9, 20), random.between(0, 59)));
        boolean delivered = !deliveredAt.isAfter(DemoShop.NOW);
        return new Shipment(from.code(), carrier.code(), delivered ? ShipmentStatus.DELIVERED : ShipmentStatus.SHIPPED,
                trackingNumbers.apply(carrier), weight, DemoRateCards.priceOf(lane, weight), shipAt,
                delivered ? deliveredAt : null, lines.stream().map(Line::lineNo).toList());
    }

    private Carrier carrierFor(Channel channel, Warehouse from, Province destination, String city, int weight,
                               BigDecimal total, List<Line> lines) {
        Carrier preferred;
        if (destination.remote()) {
            preferred = DemoReference.carrier(random.chance(0.7) ? "EMS" : "SF");
        } else if (channel.code().equals("JD") && random.chance(0.85)) {
            preferred = DemoReference.carrier("JDL");
        } else if (total.compareTo(new BigDecimal("800")) >= 0
                || lines.stream().anyMatch(l -> l.sku().product().topCode().equals("CX"))) {
            preferred = DemoReference.carrier("SF");
        } else {
            List<Carrier> economy = ECONOMY.stream().map(DemoReference::carrier)
                    .filter(c -> usable(c, from, destination, city, weight)).toList();
            if (economy.isEmpty()) {
                preferred = DemoReference.carrier("EMS");
            } else if (random.chance(0.7)) {
                preferred = economy.stream().min(Comparator.comparing((Carrier c) -> DemoRateCards.priceOf(
                        rates.lane(c, from.province(), destination).orElseThrow(), weight))).orElseThrow();
            } else {
                preferred = random.pick(economy);
            }
        }
        return usable(preferred, from, destination, city, weight) ? preferred : DemoReference.carrier("EMS");
    }

    private boolean usable(Carrier carrier, Warehouse from, Province destination, String city, int weight) {
        return carrier.serves(destination, city) && weight <= carrier.maxWeightGrams()
                && rates.lane(carrier, from.province(), destination).isPresent();
    }

    private static int weight(List<Line> lines) {
        int grams = PACKAGING_GRAMS;
        for (Line line : lines) {
            Sku sku = line.sku();
            grams += sku.weightGrams() * line.quantity();
        }
        return grams;
    }
}
