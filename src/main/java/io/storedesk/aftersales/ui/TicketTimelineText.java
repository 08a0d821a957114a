package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.ui.I18n;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One timeline entry in words: what happened (a status move, an SLA warning on a target...) and its text. */
final class TicketTimelineText {

    /** Kinds whose body is "name=value" pairs, written as codes so each desk can say them in its language. */
    private static final Set<TicketEventKind> RECORDED = EnumSet.of(TicketEventKind.RECEIPT, TicketEventKind.REFUND,
            TicketEventKind.COMPENSATION, TicketEventKind.EXCHANGE);
    private static final Pattern PAIR_START = Pattern.compile("\\s(?=\\w+=)");

    private TicketTimelineText() {
    }

    private static String recorded(I18n i18n, TicketEvent e) {
        Map<String, String> v = new HashMap<>();
        for (String pair : PAIR_START.split(e.body().strip())) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                v.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return switch (e.kind()) {
            case RECEIPT -> i18n.get("aftersales.timeline.receipt", v.getOrDefault("warehouse", ""),
                    v.getOrDefault("resellable", "0"), v.getOrDefault("damaged", "0"), v.getOrDefault("missing", "0"));
            case REFUND -> i18n.get("aftersales.timeline.refund", v.getOrDefault("refund", ""),
                    v.getOrDefault("approvedBy", ""));
            case COMPENSATION -> i18n.get("aftersales.timeline.compensation",
                    i18n.get("aftersales.compensation.kind." + v.getOrDefault("kind", "COUPON")),
                    v.getOrDefault("amount", ""), v.getOrDefault("approvedBy", ""));
            default -> i18n.get("aftersales.timeline.exchange", v.getOrDefault("exchangeOrder", ""));
        };
    }

    static String headline(I18n i18n, TicketEvent e) {
        String when = i18n.formats().dateTime(e.occurredAt());
        return i18n.get("aftersales.timeline.line", when, e.actor(), what(i18n, e));
    }

    static String what(I18n i18n, TicketEvent e) {
        if (e.kind() == TicketEventKind.STATUS && e.toStatus() != null) {
            return e.fromStatus() == null ? i18n.get("aftersales.status." + e.toStatus().name())
                    : i18n.get("aftersales.timeline.moved", i18n.get("aftersales.status." + e.fromStatus().name()),
                            i18n.get("aftersales.status." + e.toStatus().name()));
        }
        return i18n.get("aftersales.event." + e.kind().name());
    }

    /** The event's text: an SLA event names its target, others carry what the person wrote. */
    static String body(I18n i18n, TicketEvent e) {
        if (e.body() == null) {
            return "";
        }
        if (RECORDED.contains(e.kind())) {
            return recorded(i18n, e);
        }
        boolean sla = e.kind() == TicketEventKind.SLA_WARNING || e.kind() == TicketEventKind.SLA_BREACH;
        if (sla && i18n.has("sla.target." + e.body())) {
            return i18n.get("sla.target." + e.body());
        }
        // Some bodies are message keys (e.g. "no agent was available"), so each desk reads them in its language.
        return e.body().startsWith("aftersales.") && i18n.has(e.body()) ? i18n.get(e.body()) : e.body();
    }
}
