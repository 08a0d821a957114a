package io.storedesk.aftersales.sla;

/** Where one SLA clock stands; MET_LATE keeps a late answer counted as a breach in reports. */
public enum SlaState {
    ON_TRACK, WARNING, BREACHED, MET, MET_LATE;

    /** True once the target was missed, whether or not the ticket has since been answered or closed. */
    public boolean breached() {
        return this == BREACHED || this == MET_LATE;
    }

    /** True while the clock still runs (the target is neither met nor missed-and-met). */
    public boolean running() {
        return this == ON_TRACK || this == WARNING || this == BREACHED;
    }

    public String messageKey() {
        return "sla.state." + name();
    }
}
