package io.storedesk.aftersales;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Response, resolution and feedback targets (minutes of business time) for the tickets the policy
 * matches. A null criterion matches anything; the policy with the lowest matchOrder that matches wins.
 */
public record SlaPolicy(long id, String code, String name, int matchOrder, TicketType ticketType,
                        TicketPriority priority, Long channelId, String customerTier, long calendarId,
                        Integer firstResponseMinutes, Integer resolutionMinutes, Integer feedbackMinutes) {

    public boolean matches(TicketType type, TicketPriority ticketPriority, Long ticketChannelId, String tier) {
        return (ticketType == null || ticketType == type)
                && (priority == null || priority == ticketPriority)
                && (channelId == null || channelId.equals(ticketChannelId))
                && (customerTier == null || customerTier.equals(tier));
    }

    public static Optional<SlaPolicy> choose(List<SlaPolicy> policies, TicketType type, TicketPriority priority,
                                             Long channelId, String tier) {
        return policies.stream()
                .filter(p -> p.matches(type, priority, channelId, tier))
                .min(Comparator.comparingInt(SlaPolicy::matchOrder));
    }

    /** The due times of a ticket created at the given instant, counted on the given business clock. */
    public SlaDue dueFrom(Instant createdAt, BusinessClock clock) {
        return new SlaDue(due(createdAt, firstResponseMinutes, clock), due(createdAt, resolutionMinutes, clock),
                due(createdAt, feedbackMinutes, clock));
    }

    private static Instant due(Instant start, Integer minutes, BusinessClock clock) {
        return minutes == null ? null : clock.plusBusinessMinutes(start, minutes);
    }
}
