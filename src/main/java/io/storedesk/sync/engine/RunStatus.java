package io.storedesk.sync.engine;

/**
 * A sync run's outcome. RUNNING while it goes (a row left RUNNING by a run that died is marked FAILED when the
 * channel's next run starts); OK = no error; PARTIAL = some resource or push failed, the rest went through;
 * FAILED = the run stopped (wrong credentials, no adapter, a set-up problem).
 */
public enum RunStatus {
    RUNNING, OK, PARTIAL, FAILED
}
