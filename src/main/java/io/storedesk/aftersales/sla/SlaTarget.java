package io.storedesk.aftersales.sla;

/** The three clocks an SLA policy sets: answer the customer, solve the case, tell the customer the outcome. */
public enum SlaTarget {
    FIRST_RESPONSE, RESOLUTION, FEEDBACK;

    public String messageKey() {
        return "sla.target." + name();
    }
}
