package io.storedesk.demo;

import io.storedesk.catalog.SkuKind;
import io.storedesk.demo.DemoCatalog.Sku;
import io.storedesk.demo.DemoHistory.Customer;
import io.storedesk.demo.DemoHistory.Line;
import io.storedesk.demo.DemoHistory.Order;
import io.storedesk.demo.DemoReference.Channel;
import io.storedesk.demo.DemoReference.Promotion;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Province;
import io.storedesk.orders.RefundKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the order history day by day: a weekly rhythm, slow growth, the 618 and 双11 peaks,
 * repeat and one-off buyers, coupons, presales, cancellations, and where each order stands at NOW.
 */
final class OrderHistoryGenerator {

    private static final int PRESALE_PROMISE_DAYS = 15;
    private static final int JD_PROMISE_DAYS = 3;
    private static final int STANDARD_PROMISE_DAYS = 5;
    private static final int REMOTE_EXTRA_DAYS = 3;
    private static final double BASE_ORDERS_PER_DAY = 118;
    private static final double[] WEEKDAY = {0.92, 0.95, 0.97, 1.0, 1.05, 1.18, 1.22};
    private static final double[] HOURS = {0.6, 0.3, 0.15, 0.1, 0.08, 0.1, 0.3, 0.7, 1.2, 1.8, 2.2, 2.0, 1.6, 1.7,
            1.9, 1.9, 1.7, 1.5, 1.6, 2.0, 2.6, 3.0, 2.8, 1.6};
    private static final List<String> NOTES = List.of("请尽快发货，谢谢", "不要放快递柜，放门卫室", "送人的，请不要放发货单",
            "周末在家，工作日请放驿站", "请帮忙检查一下生产日期", "麻烦包装结实一点", "宝宝急用，能发顺丰吗？");

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final DemoRandom random = new DemoRandom(DemoShop.SEED, "orders");
    private final DemoCatalog catalog;
    private final Map<String, WeightedPicker<Sku>> skuPickers = new LinkedHashMap<>();
    private final Map<String, List<Customer>> loyalBuyers = new HashMap<>();
    private final List<Customer> customers = new ArrayList<>();
    private final Set<String> usedNumbers = new HashSet<>();
    private final WeightedPicker<Geography.Place> places = new WeightedPicker<>(Geography.PLACES, Geography.Place::weight);
    private final WeightedPicker<Channel> channels = new WeightedPicker<>(DemoReference.CHANNELS, Channel::share);
    private final Fulfilment fulfilment;
    private int shopifySequence = 10_000;

    OrderHistoryGenerator(DemoCatalog catalog, DemoAssortment assortment, DemoRateCards rates) {
        this.catalog = catalog;
        this.fulfilment = new Fulfilment(random, rates, assortment, this::trackingNumber);
        for (Channel channel : DemoReference.CHANNELS) {
            List<Sku> listed = listedOn(channel);
            skuPickers.put(channel.code(), new WeightedPicker<>(listed,
                    s -> s.demand() * channel.affinity(s.product().topCode())));
        }
    }

    /** The SKUs a channel lists (written to channel_skus.csv as well). */
    List<Sku> listedOn(Channel channel) {
        DemoRandom listing = new DemoRandom(DemoShop.SEED, "listing-" + channel.code());
        return catalog.skus().stream()
                .filter(s -> s.kind() == SkuKind.GOODS)
                .filter(s -> s.presale() || listing.chance(channel.listedShare()))
                .toList();
    }

    DemoHistory generate() {
        List<Order> orders = new ArrayList<>();
        List<DemoHistory.Refund> cancellations = new ArrayList<>();
        for (LocalDate day = DemoShop.FIRST_DAY; !day.isAfter(DemoShop.LAST_DAY); day = day.plusDays(1)) {
            int count = ordersOn(day);
            for (int i = 0; i < count; i++) {
                LocalDateTime placedAt = day.atStartOfDay().plusSeconds(secondOfDay(day));
                if (placedAt.isAfter(DemoShop.NOW)) {
                    continue;
                }
                Order order = order(placedAt, cancellations);
                orders.add(order);
            }
        }
        orders.sort((a, b) -> a.placedAt().compareTo(b.placedAt()));
        DemoHistory history = new DemoHistory(customers, orders);
        cancellations.forEach(history::addRefund);
        return history;
    }

    private int ordersOn(LocalDate day) {
        long index = day.toEpochDay() - DemoShop.FIRST_DAY.toEpochDay();
        double trend = 1 + 0.15 * index / DemoShop.DAYS;
        double weekday = WEEKDAY[day.getDayOfWeek().getValue() - 1];
        double noise = 1 + 0.08 * random.gaussian();
        return (int) Math.round(BASE_ORDERS_PER_DAY * trend * weekday * promotionFactor(day) * noise);
    }

    static double promotionFactor(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        if (md.equals(MonthDay.of(6, 18))) {
            return 3.6;
        } else if (md.equals(MonthDay.of(6, 16)) || md.equals(MonthDay.of(6, 17))) {
            return 1.8;
        } else if (!md.isBefore(MonthDay.of(6, 1)) && md.isBefore(MonthDay.of(6, 16))) {
            return 1.25;
        } else if (md.equals(MonthDay.of(6, 19)) || md.equals(MonthDay.of(6, 20))) {
            return 0.85;
        } else if (md.equals(MonthDay.of(8, 8))) {
            return 1.7;
        } else if (md.equals(MonthDay.of(9, 9))) {
            return 1.5;
        } else if (md.equals(MonthDay.of(11, 11))) {
            return 5.0;
        } else if (!md.isBefore(MonthDay.of(11, 1)) && !md.isAfter(MonthDay.of(11, 3))) {
            return 1.9;
        } else if (!md.isBefore(MonthDay.of(10, 20)) && md.isBefore(MonthDay.of(11, 11))) {
            return 1.35;
        } else if (md.equals(MonthDay.of(11, 12)) || md.equals(MonthDay.of(11, 13))) {
            return 0.9;
        }
        return 1.0;
    }

    private long secondOfDay(LocalDate day) {
        double[] weights = HOURS.clone();
        if (MonthDay.from(day).equals(MonthDay.of(11, 11)) || MonthDay.from(day).equals(MonthDay.of(6, 18))) {
            weights[0] = 9; // the midnight rush when the big day opens
            weights[1] = 3;
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.unit() * total;
        int hour = 0;
        while (hour < 23 && target >= weights[hour]) {
            target -= weights[hour];
            hour++;
        }
        return hour * 3600L + random.between(0, 3599);
    }

    private Order order(LocalDateTime placedAt, List<DemoHistory.Refund> cancellations) {
        Channel channel = channels.pick(random);
        LocalDate day = placedAt.toLocalDate();
        Customer customer = channel.guestShare() > 0 && random.chance(channel.guestShare()) ? null
                : customerFor(channel, day);
        Geography.Place place = customer == null ? places.pick(random) : null;
        Province province = customer != null ? customer.province() : place.province();
        String city = customer != null ? customer.city() : random.pick(place.cities());
        boolean sameAddress = customer != null && random.chance(0.85);
        String district = sameAddress ? customer.district() : Geography.districtOf(city, random);
        String address = sameAddress ? customer.address() : Geography.streetAddress(random);
        String receiverName = customer != null && random.chance(0.9) ? customer.name() : Geography.personName(random);
        String receiverPhone = customer != null ? customer.phone() : Geography.maskedPhone(random);
        String promotion = promotionOn(day);
        boolean doubleElevenPresale = isDoubleElevenPresaleWindow(day) && random.chance(0.25);

        List<Line> lines = lines(channel, day, doubleElevenPresale);
        BigDecimal goods = sum(lines, LineKind.SALE);
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal coupon = coupon(goods);
        if (coupon.signum() > 0) {
            lines.add(new Line(lines.size() + 1, catalog.sku("COUPON"), "COUPON", "店铺优惠券", LineKind.DISCOUNT, 1,
                    coupon.negate(), coupon.negate(), false));
            discount = coupon;
        }
        BigDecimal shipping = BigDecimal.ZERO;
        if (channel.code().equals("SHOPIFY") && goods.compareTo(new BigDecimal("99")) < 0) {
            shipping = new BigDecimal("10.00");
            lines.add(new Line(lines.size() + 1, catalog.sku("POSTAGE"), "POSTAGE", "运费", LineKind.SHIPPING, 1,
                    shipping, shipping, false));
        }
        BigDecimal total = goods.subtract(discount).add(shipping);
        boolean presale = lines.stream().anyMatch(Line::presale);
        String note = random.chance(0.07) ? random.pick(NOTES) : null;
        int promisedDays = promisedDays(channel, province, presale);

        Fulfilment.Outcome outcome = fulfilment.settle(channel, placedAt, doubleElevenPresale, province, city, lines,
                total, note);
        if (outcome.addressIncomplete()) {
            address = "";
        }
        Order order = new Order(nextOrderNo(channel, placedAt), channel, customer, receiverName, receiverPhone, province,
                city, district, address, placedAt, outcome.paidAt(), outcome.status(), presale, promisedDays, goods,
                shipping, discount, total, note, outcome.holdReason(), promotion, List.copyOf(lines),
                outcome.shipments());
        if (outcome.cancelledAt() != null) {
            cancellations.add(new DemoHistory.Refund(order, null, RefundKind.CANCELLATION, 0, total, "BUYER_CANCELLED",
                    outcome.cancelledAt(), "RF" + order.orderNo(), null));
        }
        return order;
    }

    private List<Line> lines(Channel channel, LocalDate day, boolean doubleElevenPresale) {
        int count = lineCount();
        Set<String> chosen = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        BigDecimal priceFactor = priceFactor(day);
        for (int attempt = 0; lines.size() < count && attempt < count * 12; attempt++) {
            Sku sku = skuPickers.get(channel.code()).pick(random);
            if (!sku.sellsOn(day) || !chosen.add(sku.code())) {
                continue;
            }
            int quantity = quantity(sku);
            BigDecimal unitPrice = sku.price().multiply(priceFactor).setScale(2, RoundingMode.HALF_UP);
            boolean presaleLine = sku.presale()
                    || doubleElevenPresale && (sku.product().topCode().equals("NF") || sku.product().topCode().equals("ZNK"));
            lines.add(new Line(lines.size() + 1, sku, sku.code(), sku.title(), LineKind.SALE, quantity, unitPrice,
                    unitPrice.multiply(BigDecimal.valueOf(quantity)), presaleLine));
        }
        return lines;
    }

    private int lineCount() {
        double r = random.unit();
        return r < 0.58 ? 1 : r < 0.83 ? 2 : r < 0.94 ? 3 : r < 0.98 ? 4 : 5;
    }

    private int quantity(Sku sku) {
        double r = random.unit();
        String top = sku.product().topCode();
        if (top.equals("NF") || top.equals("ZNK")) {
            return r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : random.between(4, 6);
        }
        return r < 0.85 ? 1 : r < 0.97 ? 2 : 3;
    }

    private static BigDecimal priceFactor(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        if (md.equals(MonthDay.of(6, 18)) || md.equals(MonthDay.of(11, 11))
                || (!md.isBefore(MonthDay.of(6, 16)) && md.isBefore(MonthDay.of(6, 18)))
                || (!md.isBefore(MonthDay.of(11, 1)) && !md.isAfter(MonthDay.of(11, 3)))) {
            return new BigDecimal("0.85");
        }
        if (md.equals(MonthDay.of(8, 8)) || md.equals(MonthDay.of(9, 9))) {
            return new BigDecimal("0.90");
        }
        return BigDecimal.ONE;
    }

    private BigDecimal coupon(BigDecimal goods) {
        if (goods.compareTo(new BigDecimal("399")) >= 0 && random.chance(0.4)) {
            return new BigDecimal("40.00");
        } else if (goods.compareTo(new BigDecimal("199")) >= 0 && random.chance(0.35)) {
            return new BigDecimal("20.00");
        } else if (goods.compareTo(new BigDecimal("99")) >= 0 && random.chance(0.25)) {
            return new BigDecimal("10.00");
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal sum(List<Line> lines, LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean isDoubleElevenPresaleWindow(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        return !md.isBefore(MonthDay.of(10, 20)) && !md.isAfter(MonthDay.of(10, 31));
    }

    private static String promotionOn(LocalDate day) {
        return DemoReference.PROMOTIONS.stream()
                .filter(p -> !day.isBefore(p.startsOn()) && !day.isAfter(p.endsOn()))
                .map(Promotion::code).findFirst().orElse(null);
    }

    private Customer customerFor(Channel channel, LocalDate day) {
        List<Customer> loyal = loyalBuyers.computeIfAbsent(channel.code(), c -> new ArrayList<>());
        double dayIndex = day.toEpochDay() - DemoShop.FIRST_DAY.toEpochDay();
        double repeatChance = Math.min(0.45, 0.1 + 0.35 * dayIndex / DemoShop.DAYS);
        if (!loyal.isEmpty() && random.chance(repeatChance)) {
            return random.pick(loyal);
        }
        Geography.Place place = places.pick(random);
        String city = random.pick(place.cities());
        Customer customer = new Customer(customerId(channel), channel, Geography.personName(random),
                Geography.maskedPhone(random), place.province(), city, Geography.districtOf(city, random),
                Geography.streetAddress(random));
        customers.add(customer);
        // Loyalty follows a long tail: a few buyers come back often, most never.
        int loyalty = (int) Math.min(8, Math.floor(1 / StrictMath.pow(random.unit() + 0.01, 0.7)));
        for (int i = 0; i < loyalty; i++) {
            loyal.add(customer);
        }
        return customer;
    }

    private String customerId(Channel channel) {
        String id;
        do {
            id = switch (channel.code()) {
                case "TMALL" -> "tb" + random.digits(10);
                case "JD" -> "jd_" + random.digits(9);
                case "DOUYIN" -> "dy" + random.digits(11);
                default -> "7" + random.digits(12);
            };
        } while (!usedNumbers.add(id));
        return id;
    }

    /**
     * Delivery days promised from payment, as the marketplaces set them for a shop like this one (decision 0025):
     * JD three days, the others five (shipped within 48 hours, then standard transit), three more to the remote
     * provinces that marketplaces extend (偏远地区), presale fifteen.
     */
    static int promisedDays(Channel channel, Province province, boolean presale) {
        if (presale) {
            return PRESALE_PROMISE_DAYS;
        }
        int days = channel.code().equals("JD") ? JD_PROMISE_DAYS : STANDARD_PROMISE_DAYS;
        return province.remote() ? days + REMOTE_EXTRA_DAYS : days;
    }

    private String nextOrderNo(Channel channel, LocalDateTime placedAt) {
        if (channel.code().equals("SHOPIFY")) {
            return "#" + (++shopifySequence);
        }
        String number;
        do {
            number = switch (channel.code()) {
                case "TMALL" -> "3" + placedAt.format(YYMMDD)
                        + random.digits(12);
                case "JD" -> "3" + random.digits(11);
                default -> "69" + random.digits(17);
            };
        } while (!usedNumbers.add(number));
        return number;
    }

    String trackingNumber(DemoReference.Carrier carrier) {
        String number;
        do {
            number = carrier.trackingPrefix() + random.digits(carrier.trackingDigits());
        } while (!usedNumbers.add(number));
        return number;
    }
}
