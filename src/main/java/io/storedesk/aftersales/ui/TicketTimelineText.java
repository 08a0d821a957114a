package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.ui.I18n;

/** One timeline entry in words: what happened (a status move, an SLA warning on a target...) and its text. */
final class TicketTimelineText {

    private TicketTimelineText() {
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
        boolean sla = e.kind() == TicketEventKind.SLA_WARNING || e.kind() == TicketEventKind.SLA_BREACH;
        if (sla && i18n.has("sla.target." + e.body())) {
            return i18n.get("sla.target." + e.body());
        }
        // Some bodies are message keys (e.g. "no agent was available"), so each desk reads them in its language.
        return e.body().startsWith("aftersales.") && i18n.has(e.body()) ? i18n.get(e.body()) : e.body();
    }
}
