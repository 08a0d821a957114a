package io.storedesk.selftest;

/** One thing an installed StoreDesk needs, checked without a window. A check reports; it never throws. */
@FunctionalInterface
public interface SelfTestCheck {

    CheckResult run();
}
