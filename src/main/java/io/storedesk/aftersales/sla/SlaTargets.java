package io.storedesk.aftersales.sla;

import io.storedesk.aftersales.SlaPolicy;

/** A policy's targets in business minutes; null = the policy sets no such target. */
public record SlaTargets(Integer firstResponseMinutes, Integer resolutionMinutes, Integer feedbackMinutes) {

    public SlaTargets {
        for (Integer minutes : new Integer[] {firstResponseMinutes, resolutionMinutes, feedbackMinutes}) {
            // Mirrors ck_sla_targets: a zero target would be breached the moment a ticket is created.
            if (minutes != null && minutes <= 0) {
                throw new IllegalArgumentException("SLA targets must be positive minutes: " + minutes);
            }
        }
    }

    /** The seeds' DEFAULT policy: first response in 15 minutes, resolved in 24 hours, feedback in 48 hours. */
    public static SlaTargets defaults() {
        return new SlaTargets(15, 24 * 60, 48 * 60);
    }

    /** The seeds' COMPLAINT policy: as the default, but closed within 72 hours. */
    public static SlaTargets complaints() {
        return new SlaTargets(15, 72 * 60, 48 * 60);
    }

    public static SlaTargets of(SlaPolicy policy) {
        return new SlaTargets(policy.firstResponseMinutes(), policy.resolutionMinutes(), policy.feedbackMinutes());
    }

    /** The target's minutes, or null when the policy sets none. */
    public Integer minutes(SlaTarget target) {
        return switch (target) {
            case FIRST_RESPONSE -> firstResponseMinutes;
            case RESOLUTION -> resolutionMinutes;
            case FEEDBACK -> feedbackMinutes;
        };
    }
}
