package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.dashboard.anomaly.AlertText;
import io.storedesk.dashboard.anomaly.Anomaly;
import io.storedesk.dashboard.anomaly.Driver;
import io.storedesk.dashboard.anomaly.KpiAlert;
import io.storedesk.dashboard.anomaly.KpiAlerts;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk alerts [--scan] [--json]`: the open KPI anomaly alerts, after an optional scan of the last week. */
@Command(name = "alerts", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the KPI anomaly alerts nobody has acknowledged yet, the latest day first.")
final class AlertsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--scan", description = "First check the last finished days (a week) and raise new alerts.")
    boolean scan;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    AlertsCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = sessions.open(dataDir.value())) {
            if (scan) {
                // The scan reads the rollups' daily sales: they catch up with the orders first, as for `kpi`.
                services.kpiRollups().catchUp();
            }
            int raised = scan ? services.kpiAlerts().scanRecent(KpiAlerts.DEFAULT_SCAN_DAYS).size() : 0;
            List<KpiAlert> open = services.kpiAlerts().open();
            if (json) {
                console.raw(toJson(open));
                return ExitCodes.SUCCESS;
            }
            if (scan) {
                console.result("dashboard.anomaly.cli.raised", raised);
            }
            console.result("dashboard.anomaly.cli.open", open.size());
            AlertText text = new AlertText(console.messages(), services.shop().currency());
            for (KpiAlert alert : open) {
                console.raw("#" + alert.id() + " [" + console.messages().get("dashboard.anomaly.severity."
                        + alert.anomaly().severity().name().toLowerCase(Locale.ROOT)) + "] "
                        + text.describe(alert));
            }
        }
        return ExitCodes.SUCCESS;
    }

    /** Amounts as exact decimal strings, as every StoreDesk JSON writes money. */
    static String toJson(List<KpiAlert> alerts) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode root = mapper.createArrayNode();
        for (KpiAlert alert : alerts) {
            Anomaly a = alert.anomaly();
            ObjectNode node = root.addObject()
                    .put("id", alert.id())
                    .put("kpi", a.kpi().name().toLowerCase(Locale.ROOT))
                    .put("day", a.day().toString())
                    .put("value", a.value().toPlainString())
                    .put("expected", a.expected().toPlainString())
                    .put("low", a.low().toPlainString())
                    .put("high", a.high().toPlainString())
                    .put("direction", a.direction().name().toLowerCase(Locale.ROOT))
                    .put("severity", a.severity().name().toLowerCase(Locale.ROOT))
                    .put("raisedAt", alert.raisedAt().toString());
            ArrayNode drivers = node.putArray("drivers");
            for (Driver d : alert.drivers()) {
                drivers.addObject()
                        .put("dimension", d.dimension().name().toLowerCase(Locale.ROOT))
                        .put("slice", d.slice())
                        .put("value", d.value().toPlainString())
                        .put("expected", d.expected().toPlainString())
                        .put("change", d.change().toPlainString());
            }
        }
        return mapper.writeValueAsString(root);
    }
}
