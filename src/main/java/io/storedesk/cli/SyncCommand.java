package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.sync.engine.RunStatus;
import io.storedesk.sync.engine.SyncProgress;
import io.storedesk.sync.engine.SyncRunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `storedesk sync [--channel N] [--json]`: syncs one channel, or every channel with an API, now. Exit 0 when
 * every run went through without an error, 1 when one failed or was partial (the report says what), 2 refused.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Pull products, stock, orders and refunds from the channels and push the outbox, now.")
final class SyncCommand implements Callable<Integer> {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--channel", paramLabel = "NAME", description = "Only this channel (name or code).")
    String channel;

    @Option(names = "--json", description = "Print the runs' reports as JSON.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    SyncCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = sessions.open(dataDir.value())) {
            List<String> codes = channel != null ? List.of(services.sync().channels().find(channel).channel().code())
                    : services.sync().channels().list().stream()
                            .filter(c -> c.connected() && c.channel().active())
                            .map(c -> c.channel().code()).toList();
            if (codes.isEmpty()) {
                throw new RefusedInputException("sync.cli.noChannels");
            }
            List<SyncRunReport> reports = new ArrayList<>();
            for (String code : codes) {
                if (!json) {
                    console.progress("sync.cli.syncing", code);
                }
                reports.add(services.sync().engine().run(code, SyncProgress.NONE));
            }
            if (json) {
                ObjectNode root = JSON.createObjectNode();
                root.set("runs", JSON.valueToTree(reports));
                console.raw(JSON.writeValueAsString(root));
            } else {
                reports.forEach(this::print);
            }
            return reports.stream().allMatch(r -> r.status() == RunStatus.OK) ? ExitCodes.SUCCESS : ExitCodes.FAILURE;
        }
    }

    private void print(SyncRunReport report) {
        console.result("sync.cli.runSummary", report.channel(), report.status().name(), report.totalPulled(),
                report.totalPushed(), report.stockHeld(), report.errors().size(), report.durationMillis());
        report.pulled().forEach((resource, c) -> console.result("sync.cli.pulledLine", resource.name(), c.pulled(),
                c.created(), c.updated(), c.refused(), c.conflicts()));
        report.pushed().forEach((kind, c) -> console.result("sync.cli.pushedLine", kind.name(), c.pushed(),
                c.refused(), c.deferred()));
        report.errors().forEach(console::problem);
    }
}
