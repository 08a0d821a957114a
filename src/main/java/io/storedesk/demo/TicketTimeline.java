package io.storedesk.demo;

import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When things happened on a generated ticket, and the timeline of events that tells it. Agents work
 * 09:00-22:00, so tickets raised at night wait for a first response; returns wait for the goods.
 */
final class TicketTimeline {

    record Event(LocalDateTime at, TicketEventKind kind, TicketStatus from, TicketStatus to, String actor,
                 String body) {
    }

    private final DemoRandom random;
    private final List<Event> events = new ArrayList<>();
    private LocalDateTime firstRespondedAt;
    private LocalDateTime resolvedAt;
    private LocalDateTime feedbackAt;
    private LocalDateTime closedAt;
    private LocalDateTime receivedAt;
    private int pausedMinutes;
    private Integer satisfaction;
    private String condition;

    TicketTimeline(DemoRandom random, TicketType type, TicketStatus status, LocalDateTime createdAt, String assignee,
                   String warehouse) {
        this.random = random;
        String agent = assignee == null ? "system" : assignee;
        events.add(new Event(createdAt, TicketEventKind.CREATED, null, TicketStatus.PENDING_REVIEW, "system",
                null));
        if (assignee != null) {
            events.add(new Event(createdAt.plusMinutes(1), TicketEventKind.ASSIGNED, null, null, "system", assignee));
        }
        if (status == TicketStatus.PENDING_REVIEW) {
            return;
        }
        firstRespondedAt = clamp(responseTime(createdAt), createdAt.plusMinutes(2));
        events.add(new Event(firstRespondedAt, TicketEventKind.REPLY, null, null, agent, "亲，您好！已收到您的申请，正在为您处理。"));
        events.add(new Event(firstRespondedAt, TicketEventKind.STATUS, TicketStatus.PENDING_REVIEW,
                TicketStatus.PROCESSING, agent, null));
        boolean goodsComeBack = type == TicketType.RETURN || type == TicketType.EXCHANGE;
        LocalDateTime working = firstRespondedAt;
        if (goodsComeBack || status == TicketStatus.WAITING_CUSTOMER) {
            LocalDateTime waitStart = clamp(firstRespondedAt.plusMinutes(5), firstRespondedAt);
            events.add(new Event(waitStart, TicketEventKind.STATUS, TicketStatus.PROCESSING,
                    TicketStatus.WAITING_CUSTOMER, agent, goodsComeBack ? "请将商品寄回，并填写退货单号。" : "请补充照片或说明。"));
            if (status == TicketStatus.WAITING_CUSTOMER) {
                return;
            }
            LocalDateTime back = clamp(waitStart.plusHours(random.between(30, 96)), waitStart.plusMinutes(1));
            pausedMinutes = (int) Duration.between(waitStart, back).toMinutes();
            events.add(new Event(back, TicketEventKind.STATUS, TicketStatus.WAITING_CUSTOMER, TicketStatus.PROCESSING,
                    agent, null));
            if (goodsComeBack && status != TicketStatus.PROCESSING && status != TicketStatus.CANCELLED) {
                receivedAt = back;
                double r = random.unit();
                condition = r < 0.85 ? "RESELLABLE" : r < 0.97 ? "DAMAGED" : "MISSING";
                events.add(new Event(back, TicketEventKind.RECEIPT, null, null,
                        warehouseUser(warehouse), "退货入库：" + condition));
            }
            working = back;
        }
        if (status == TicketStatus.PROCESSING) {
            return;
        }
        if (status == TicketStatus.CANCELLED) {
            closedAt = clamp(working.plusHours(random.between(1, 24)), working);
            events.add(new Event(closedAt, TicketEventKind.STATUS, TicketStatus.PROCESSING, TicketStatus.CANCELLED,
                    "system", "买家撤销申请"));
            return;
        }
        resolvedAt = clamp(working.plusMinutes(resolutionMinutes(type)), working);
        if (status == TicketStatus.REJECTED) {
            closedAt = resolvedAt;
            events.add(new Event(resolvedAt, TicketEventKind.STATUS, TicketStatus.PROCESSING, TicketStatus.REJECTED,
                    agent, "不符合售后条件：商品已使用或超出售后期"));
            return;
        }
        events.add(new Event(resolvedAt, TicketEventKind.STATUS, TicketStatus.PROCESSING, TicketStatus.DONE, agent,
                "已处理完成"));
        feedbackAt = clamp(resolvedAt.plusMinutes(random.between(10, 1800)), resolvedAt);
        events.add(new Event(feedbackAt, TicketEventKind.NOTE, null, null, agent, "已告知买家处理结果"));
        if (status == TicketStatus.CLOSED) {
            closedAt = clamp(feedbackAt.plusHours(random.between(1, 48)), feedbackAt);
            events.add(new Event(closedAt, TicketEventKind.STATUS, TicketStatus.DONE, TicketStatus.CLOSED, "system",
                    null));
            if (random.chance(0.6)) {
                double r = random.unit();
                satisfaction = r < 0.55 ? 5 : r < 0.8 ? 4 : r < 0.9 ? 3 : r < 0.95 ? 2 : 1;
                events.add(new Event(closedAt, TicketEventKind.SATISFACTION, null, null, "customer",
                        String.valueOf(satisfaction)));
            }
        }
    }

    private LocalDateTime responseTime(LocalDateTime createdAt) {
        int hour = createdAt.getHour();
        if (hour >= 9 && hour < 22) {
            return createdAt.plusMinutes(random.chance(0.85) ? random.between(2, 14) : random.between(16, 90));
        }
        LocalDateTime morning = (hour >= 22 ? createdAt.toLocalDate().plusDays(1) : createdAt.toLocalDate())
                .atTime(9, 0);
        return morning.plusMinutes(random.between(3, 40));
    }

    private long resolutionMinutes(TicketType type) {
        return switch (type) {
            case RETURN, EXCHANGE -> random.between(60, 20 * 60);
            case REFUND_ONLY -> random.between(30, 30 * 60);
            case COMPLAINT -> random.between(60, 80 * 60);
            case INQUIRY -> random.between(5, 6 * 60);
        };
    }

    /** Never after the demo's NOW, never before the previous step. */
    private LocalDateTime clamp(LocalDateTime at, LocalDateTime notBefore) {
        LocalDateTime latest = DemoShop.NOW.minusMinutes(1);
        LocalDateTime t = at.isAfter(latest) ? latest : at;
        return t.isBefore(notBefore) ? notBefore : t;
    }

    private static String warehouseUser(String warehouse) {
        return DemoReference.USERS.stream().filter(u -> u.warehouse().equals(warehouse)).map(DemoReference.User::username)
                .findFirst().orElse("system");
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    LocalDateTime firstRespondedAt() {
        return firstRespondedAt;
    }

    LocalDateTime resolvedAt() {
        return resolvedAt;
    }

    LocalDateTime feedbackAt() {
        return feedbackAt;
    }

    LocalDateTime closedAt() {
        return closedAt;
    }

    LocalDateTime receivedAt() {
        return receivedAt;
    }

    int pausedMinutes() {
        return pausedMinutes;
    }

    Integer satisfaction() {
        return satisfaction;
    }

    String condition() {
        return condition;
    }
}
