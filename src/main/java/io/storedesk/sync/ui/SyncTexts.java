package io.storedesk.sync.ui;

import io.storedesk.sync.engine.ConnectionCheck;
import io.storedesk.sync.engine.ResourceCounts;
import io.storedesk.sync.engine.RunSummary;
import io.storedesk.sync.engine.SyncRunReport;
import io.storedesk.sync.outbox.OutboxCounts;
import io.storedesk.sync.outbox.PushCounts;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the Channels page words sync things in the person's language: sign-ins (masked), runs, logs, tests. */
final class SyncTexts {

    private SyncTexts() {
    }

    /** How the channel signs in, never the secret: "•••••••• (saved encrypted)", the variables' names, or none. */
    static String signIn(I18n i18n, String credentialSource) {
        if (credentialSource == null || credentialSource.isEmpty()) {
            return i18n.get("sync.ui.signInShown.none");
        }
        if (credentialSource.startsWith("env:")) {
            return i18n.get("sync.ui.signInShown.env", credentialSource.substring(4).replace(",", ", "));
        }
        return i18n.get("sync.ui.signInShown.vault");
    }

    static String lastRun(I18n i18n, Optional<RunSummary> run) {
        return run.map(r -> i18n.get("sync.ui.lastRun", i18n.formats().dateTime(r.startedAt()),
                i18n.get("sync.ui.runStatus." + r.status().name()))).orElse(i18n.get("sync.ui.neverSynced"));
    }

    static String outbox(I18n i18n, OutboxCounts counts) {
        Formats f = i18n.formats();
        return i18n.get("sync.ui.outboxCounts", f.integer(counts.pending()), f.integer(counts.held()),
                f.integer(counts.failed()));
    }

    /** "Connected." or what went wrong: the fault in the person's words, then the remote's own words as they are. */
    static String connection(I18n i18n, ConnectionCheck check) {
        if (check == null) {
            return "";
        }
        if (check.ok()) {
            return i18n.get("sync.ui.connection.ok");
        }
        if (check.problem() != null) {
            return i18n.get("sync.ui.connection.problem", i18n.describe(check.problem()));
        }
        String fault = i18n.get("sync.ui.fault." + check.fault().name());
        if (check.status() > 0) {
            fault = i18n.get("sync.ui.connection.withStatus", fault, String.valueOf(check.status()));
        }
        return check.remoteMessage() == null || check.remoteMessage().isBlank()
                ? i18n.get("sync.ui.connection.refused", fault)
                : i18n.get("sync.ui.connection.refusedSaying", fault, check.remoteMessage());
    }

    /** The run as the page shows it right after it: counts per resource and push kind, retries, 429s, errors. */
    static String report(I18n i18n, SyncRunReport report) {
        Formats f = i18n.formats();
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("sync.ui.log.header", i18n.get("sync.ui.runStatus." + report.status().name()),
                f.dateTime(report.startedAt()), duration(report.durationMillis())));
        report.pulled().forEach((resource, c) -> lines.add(pulledLine(i18n, resource.name(), c)));
        report.pushed().forEach((kind, c) -> lines.add(pushedLine(i18n, kind.name(), c)));
        if (report.stockHeld() > 0) {
            lines.add(i18n.get("sync.ui.log.held", report.stockHeld()));
        }
        lines.add(i18n.get("sync.ui.log.retries", f.integer(report.retries()), f.integer(report.rateLimited())));
        if (report.errors().isEmpty()) {
            lines.add(i18n.get("sync.ui.log.noErrors"));
        } else {
            lines.add(i18n.get("sync.ui.log.errors", report.errors().size()));
            report.errors().forEach(e -> lines.add("  " + e));
        }
        return String.join("\n", lines);
    }

    /** A stored run: its totals, then the engine's log of it (kept in English, as the CLI and the log file have it). */
    static String summary(I18n i18n, RunSummary run) {
        Formats f = i18n.formats();
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("sync.ui.log.header", i18n.get("sync.ui.runStatus." + run.status().name()),
                f.dateTime(run.startedAt()), run.finishedAt() == null ? "–"
                        : duration(Duration.between(run.startedAt(), run.finishedAt()).toMillis())));
        lines.add(i18n.get("sync.ui.log.totals", run.pulled(), run.pushed(), run.errors()));
        lines.add(i18n.get("sync.ui.log.retries", f.integer(run.retries()), f.integer(run.rateLimited())));
        if (run.log() != null && !run.log().isBlank()) {
            lines.add("");
            lines.add(run.log());
        }
        return String.join("\n", lines);
    }

    private static String pulledLine(I18n i18n, String resource, ResourceCounts c) {
        return i18n.get("sync.ui.log.pulled", i18n.get("sync.ui.resource." + resource), c.pulled(), c.pages(),
                c.created(), c.updated(), c.refused(), c.conflicts());
    }

    private static String pushedLine(I18n i18n, String kind, PushCounts c) {
        Formats f = i18n.formats();
        return i18n.get("sync.ui.log.pushed", i18n.get("sync.ui.push." + kind), f.integer(c.pushed()),
                f.integer(c.refused()), f.integer(c.deferred()), f.integer(c.held()));
    }

    /** 1.2 s, or 850 ms. */
    static String duration(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
