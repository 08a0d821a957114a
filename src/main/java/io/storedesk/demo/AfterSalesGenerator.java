package io.storedesk.demo;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.demo.DemoHistory.Line;
import io.storedesk.demo.DemoHistory.Order;
import io.storedesk.demo.DemoReference.User;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.RefundKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates after-sales tickets from the order history (returns, exchanges, refund-only claims,
 * complaints, inquiries) with their timelines, and the refunds they lead to. Every ticket type
 * appears in every status.
 */
final class AfterSalesGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int MIN_PER_TYPE_AND_STATUS = 3;

    private final DemoRandom random = new DemoRandom(DemoShop.SEED, "aftersales");
    private final DemoHistory history;
    private final List<DemoTicket> tickets = new ArrayList<>();
    private final Map<String, Integer> codesPerDay = new HashMap<>();
    private final Map<TicketType, Integer> roundRobin = new EnumMap<>(TicketType.class);

    AfterSalesGenerator(DemoHistory history) {
        this.history = history;
    }

    List<DemoTicket> generate() {
        List<Order> delivered = history.orders().stream().filter(o -> o.status() == OrderStatus.DELIVERED).toList();
        for (Order order : delivered) {
            Line line = random.pick(order.saleLines());
            if (random.chance(line.sku().product().apparel() ? 0.045 : 0.015)) {
                boolean size = line.sku().product().apparel() && random.chance(0.6);
                TicketType type = size && random.chance(0.35) ? TicketType.EXCHANGE : TicketType.RETURN;
                String reason = size ? "SIZE" : random.pick(List.of("NO_LONGER_NEEDED", "QUALITY", "NOT_AS_DESCRIBED",
                        "WRONG_ITEM", "NO_LONGER_NEEDED"));
                create(type, null, order, line, reason, order.deliveredAt().plusHours(random.between(20, 140)));
            } else if (random.chance(0.012)) {
                create(TicketType.REFUND_ONLY, null, order, line, random.pick(List.of("QUALITY", "DAMAGED",
                        "MISSING_PART")), order.deliveredAt().plusHours(random.between(2, 72)));
            } else if (random.chance(0.005)) {
                create(TicketType.COMPLAINT, null, order, null, random.pick(List.of("LATE_DELIVERY", "DAMAGED_PARCEL",
                        "SERVICE")), order.deliveredAt().plusHours(random.between(1, 48)));
            }
        }
        for (Order order : history.orders()) {
            if (order.paidAt() != null && random.chance(0.012)) {
                create(TicketType.INQUIRY, null, order, null, random.pick(List.of("SHIPPING_TIME", "USAGE", "INVOICE")),
                        order.paidAt().plusMinutes(random.between(10, 2000)));
            }
        }
        ensureEveryTypeInEveryStatus(delivered);
        tickets.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return List.copyOf(tickets);
    }

    private void ensureEveryTypeInEveryStatus(List<Order> delivered) {
        List<Order> recent = delivered.stream()
                .filter(o -> o.deliveredAt().isAfter(DemoShop.NOW.minusDays(12))).toList();
        int next = 0;
        for (TicketType type : TicketType.values()) {
            for (TicketStatus status : TicketStatus.values()) {
                long have = tickets.stream().filter(t -> t.type() == type && t.status() == status).count();
                for (long i = have; i < MIN_PER_TYPE_AND_STATUS; i++) {
                    Order order = recent.get(next++ % recent.size());
                    Line line = type == TicketType.COMPLAINT || type == TicketType.INQUIRY ? null
                            : random.pick(order.saleLines());
                    LocalDateTime createdAt = status.isOpen()
                            ? DemoShop.NOW.minusMinutes(random.between(20, 60 * 60))
                            : order.deliveredAt().plusHours(random.between(2, 30));
                    if (!status.isOpen() && createdAt.isAfter(DemoShop.NOW.minusDays(3))) {
                        createdAt = DemoShop.NOW.minusDays(3).minusHours(random.between(1, 200));
                    }
                    create(type, status, order, line, defaultReason(type), createdAt);
                }
            }
        }
    }

    private static String defaultReason(TicketType type) {
        return switch (type) {
            case RETURN -> "NO_LONGER_NEEDED";
            case EXCHANGE -> "SIZE";
            case REFUND_ONLY -> "QUALITY";
            case COMPLAINT -> "LATE_DELIVERY";
            case INQUIRY -> "USAGE";
        };
    }

    private void create(TicketType type, TicketStatus forced, Order order, Line line, String reason,
                        LocalDateTime createdAt) {
        if (createdAt.isAfter(DemoShop.NOW)) {
            return;
        }
        TicketStatus status = forced != null ? forced : statusFor(type, createdAt);
        String code = nextCode(createdAt);
        String assignee = status == TicketStatus.PENDING_REVIEW && random.chance(0.5) ? null : assignee(type);
        TicketPriority priority = type == TicketType.COMPLAINT ? TicketPriority.HIGH
                : random.chance(0.1) ? TicketPriority.HIGH : random.chance(0.15) ? TicketPriority.LOW : TicketPriority.NORMAL;
        int quantity = line == null ? 0 : random.between(1, line.quantity());
        boolean fromChannel = (type == TicketType.RETURN || type == TicketType.REFUND_ONLY
                || type == TicketType.EXCHANGE) && !order.channel().code().equals("SHOPIFY");
        String channelReference = fromChannel ? "RS" + random.digits(14) : null;
        String warehouse = line == null ? null : order.shippedFrom(line.lineNo());
        TicketTimeline timeline = new TicketTimeline(random, type, status, createdAt, assignee, warehouse);
        BigDecimal refund = refundFor(type, status, line, quantity);
        DemoTicket ticket = new DemoTicket(code, type, status, priority, reason, order, channelReference, line,
                quantity, assignee, warehouse, createdAt, timeline, refund);
        tickets.add(ticket);
        if (refund != null) {
            history.addRefund(new DemoHistory.Refund(order, line == null ? null : line.lineNo(),
                    type == TicketType.REFUND_ONLY ? RefundKind.REFUND_ONLY : RefundKind.RETURN,
                    type == TicketType.REFUND_ONLY ? 0 : quantity, refund, reason, timeline.resolvedAt(),
                    channelReference != null ? channelReference : "RF" + code, code));
        }
    }

    private TicketStatus statusFor(TicketType type, LocalDateTime createdAt) {
        Duration age = Duration.between(createdAt, DemoShop.NOW);
        if (age.toHours() < 6) {
            return TicketStatus.PENDING_REVIEW;
        }
        boolean slow = type == TicketType.RETURN || type == TicketType.EXCHANGE;
        if (age.toHours() < (slow ? 96 : 20)) {
            return slow && random.chance(0.5) ? TicketStatus.WAITING_CUSTOMER : TicketStatus.PROCESSING;
        }
        double r = random.unit();
        if (r < 0.05) {
            return TicketStatus.REJECTED;
        } else if (r < 0.09) {
            return TicketStatus.CANCELLED;
        }
        return age.toDays() < 5 || random.chance(0.2) ? TicketStatus.DONE : TicketStatus.CLOSED;
    }

    /** Money goes back when a return or refund-only claim is resolved (not for rejected or open ones). */
    private BigDecimal refundFor(TicketType type, TicketStatus status, Line line, int quantity) {
        boolean resolved = status == TicketStatus.DONE || status == TicketStatus.CLOSED;
        if (!resolved || line == null) {
            return null;
        }
        if (type == TicketType.RETURN) {
            return line.unitPrice().multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        }
        if (type == TicketType.REFUND_ONLY) {
            BigDecimal share = BigDecimal.valueOf(random.between(10, 30)).movePointLeft(2);
            return line.amount().multiply(share).max(new BigDecimal("5")).min(line.amount())
                    .setScale(2, RoundingMode.HALF_UP);
        }
        return null;
    }

    private String assignee(TicketType type) {
        List<User> agents = DemoReference.USERS.stream()
                .filter(u -> u.role().equals("AGENT") && u.onDuty() && u.skills().contains(type.name())).toList();
        int turn = roundRobin.merge(type, 1, Integer::sum);
        return agents.get(turn % agents.size()).username();
    }

    private String nextCode(LocalDateTime createdAt) {
        String day = createdAt.format(DAY);
        int sequence = codesPerDay.merge(day, 1, Integer::sum);
        return "AS" + day + "-" + String.format(Locale.ROOT, "%04d", sequence);
    }
}
