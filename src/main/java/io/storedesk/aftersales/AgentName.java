package io.storedesk.aftersales;

/** Someone a ticket can be given to, as the reassign list shows them. */
public record AgentName(String username, String displayName, boolean onDuty) {
}
