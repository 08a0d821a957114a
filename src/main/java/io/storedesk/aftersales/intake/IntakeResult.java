package io.storedesk.aftersales.intake;

/**
 * The ticket an intake call opened, or (duplicate = true) the one a repeated channel request already opened.
 * assignee is null when no agent was available.
 */
public record IntakeResult(String ticketCode, String assignee, boolean duplicate) {
}
