package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.stock.LedgerEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk stock ledger --sku CODE`: every change of a SKU's on hand, oldest first, with why and who. */
@Command(name = "ledger", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a SKU's stock ledger: time, warehouse, kind, quantity, before -> after, reason, "
                + "user and reference of every change of its stock on hand.")
final class StockLedgerCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] COLUMNS = {"time", "warehouse", "kind", "quantity", "balance", "batch", "reason",
        "user", "reference"};

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--sku", paramLabel = "CODE", required = true, description = "The SKU's code.")
    String sku;

    @Option(names = "--warehouse", paramLabel = "CODE", description = "Only this warehouse (default: all).")
    String warehouse;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    StockLedgerCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = sessions.open(dataDir.value())) {
            List<LedgerEntry> entries = services.stockLedger().history(sku, warehouse);
            if (json) {
                console.raw(toJson(entries));
            } else {
                print(entries, services.shop().zone());
            }
            return ExitCodes.SUCCESS;
        }
    }

    private void print(List<LedgerEntry> entries, ZoneId zone) {
        Messages messages = console.messages();
        String where = warehouse != null ? warehouse : messages.get("cli.stock.ledger.allWarehouses");
        if (entries.isEmpty()) {
            console.result("cli.stock.ledger.empty", sku, where);
            return;
        }
        console.result("cli.stock.ledger.header", sku, where, entries.size());
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = messages.get("cli.stock.ledger.column." + COLUMNS[i]);
        }
        rows.add(header);
        for (LedgerEntry e : entries) {
            rows.add(new String[] {TIME.format(e.occurredAt().atZone(zone)), e.warehouseCode(),
                messages.get("stock.ledger.kind." + e.kind()), String.format(Locale.ROOT, "%+d", e.quantity()),
                e.onHandBefore() + " → " + e.onHandAfter(), text(e.batchNo()), text(e.reason()), text(e.userName()),
                text(e.reference())});
        }
        TextTable.print(rows, console::raw);
    }

    private String toJson(List<LedgerEntry> entries) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("sku", sku);
        root.put("warehouse", warehouse);
        ArrayNode array = root.putArray("entries");
        for (LedgerEntry e : entries) {
            array.addObject()
                    .put("time", e.occurredAt().toString())
                    .put("warehouse", e.warehouseCode())
                    .put("kind", e.kind().name())
                    .put("quantity", e.quantity())
                    .put("before", e.onHandBefore())
                    .put("after", e.onHandAfter())
                    .put("batch", e.batchNo())
                    .put("reason", e.reason())
                    .put("user", e.userName())
                    .put("reference", e.reference());
        }
        return mapper.writeValueAsString(root);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
