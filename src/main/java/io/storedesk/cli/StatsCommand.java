package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.store.StoreStats;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk stats`: rows per table and the span of the order history. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the number of rows of every kind in the store.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    StatsCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = sessions.open(dataDir.value())) {
            StoreStats stats = services.stats();
            if (json) {
                console.raw(toJson(services, stats));
            } else {
                console.result("cli.stats.header", services.store().config().dataDirectory(),
                        services.store().schemaVersion());
                for (Map.Entry<String, Long> count : stats.counts().entrySet()) {
                    console.raw(String.format("  %-24s %,12d", count.getKey(), count.getValue()));
                }
                if (stats.firstOrderDay() != null) {
                    console.result("cli.stats.orders", stats.firstOrderDay(), stats.lastOrderDay(), stats.orderDays());
                }
            }
        }
        return ExitCodes.SUCCESS;
    }

    private static String toJson(Services services, StoreStats stats) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("dataDirectory", services.store().config().dataDirectory().toString());
        root.put("schemaVersion", services.store().schemaVersion());
        root.put("shop", services.shop().shopName());
        ObjectNode counts = root.putObject("counts");
        stats.counts().forEach(counts::put);
        ObjectNode history = root.putObject("orderHistory");
        history.put("firstDay", stats.firstOrderDay() == null ? null : stats.firstOrderDay().toString());
        history.put("lastDay", stats.lastOrderDay() == null ? null : stats.lastOrderDay().toString());
        history.put("days", stats.orderDays());
        return mapper.writeValueAsString(root);
    }
}
