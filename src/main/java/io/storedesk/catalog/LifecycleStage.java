package io.storedesk.catalog;

/** Where a SKU is in its life: it drives planning (no reorders in decline) and clearance. */
public enum LifecycleStage {
    INTRO, GROWTH, MATURE, DECLINE
}
