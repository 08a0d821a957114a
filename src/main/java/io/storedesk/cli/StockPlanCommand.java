package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.StockOverview;
import io.storedesk.stock.StockWarning;
import io.storedesk.stock.Supplier;
import io.storedesk.stock.WarningKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk stock plan`: what to order, move and clear now, and how many warnings of each kind wait. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print replenishment, transfer and clearance suggestions and the warning counts by kind.")
final class StockPlanCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    StockPlanCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = sessions.open(dataDir.value())) {
            StockOverview overview = services.stockPlanning().overview();
            Map<Long, String> suppliers = services.stock().suppliers().stream()
                    .collect(Collectors.toMap(Supplier::id, Supplier::code));
            List<Suggestion> suggestions = suggestions(overview, suppliers);
            if (json) {
                console.raw(toJson(overview, suggestions));
            } else {
                print(overview, suggestions);
            }
        }
        return ExitCodes.SUCCESS;
    }

    /** One line of the answer; supplier is empty for moves and clearances. */
    record Suggestion(String action, String sku, String warehouse, String reason, int quantity, String supplier) {
    }

    static List<Suggestion> suggestions(StockOverview overview, Map<Long, String> suppliers) {
        Map<PositionKey, WarningKind> worst = new HashMap<>();
        for (StockWarning w : overview.plan().warnings()) {
            worst.merge(w.key(), w.kind(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        Function<PositionKey, String> reason = key -> {
            WarningKind kind = worst.get(key);
            return kind == null ? "REORDER_POINT" : kind.name();
        };
        List<Suggestion> result = new ArrayList<>();
        overview.plan().reorders().forEach(r -> result.add(new Suggestion("order", r.skuCode(), r.warehouseCode(),
                reason.apply(r.key()), r.quantity(), suppliers.getOrDefault(r.supplierId(), ""))));
        overview.plan().transfers().forEach(t -> result.add(new Suggestion("transfer", t.skuCode(),
                t.fromWarehouseCode() + "->" + t.toWarehouseCode(),
                reason.apply(new PositionKey(t.skuId(), t.toWarehouseId())), t.quantity(), "")));
        Map<PositionKey, String> warehouses = new HashMap<>();
        overview.plan().warnings().forEach(w -> warehouses.putIfAbsent(w.key(), w.warehouseCode()));
        overview.plan().clearances().forEach(c -> {
            PositionKey key = new PositionKey(c.batch().skuId(), c.batch().warehouseId());
            result.add(new Suggestion("clearance", c.skuCode(), warehouses.getOrDefault(key,
                    String.valueOf(key.warehouseId())), "NEAR_EXPIRY", c.quantity(), ""));
        });
        return result;
    }

    private void print(StockOverview overview, List<Suggestion> suggestions) {
        console.result("cli.stockPlan.header", suggestions.size(), overview.total(), overview.putAside());
        console.raw(String.format("  %-9s %-18s %-12s %-20s %8s  %s", "ACTION", "SKU", "WAREHOUSE", "REASON", "QTY",
                "SUPPLIER"));
        for (Suggestion s : suggestions) {
            console.raw(String.format("  %-9s %-18s %-12s %-20s %8d  %s", s.action(), s.sku(), s.warehouse(),
                    s.reason(), s.quantity(), s.supplier()));
        }
        console.result("cli.stockPlan.counts");
        for (WarningKind kind : WarningKind.values()) {
            console.raw(String.format("  %-20s %6d", kind.name(), overview.count(kind)));
        }
    }

    private static String toJson(StockOverview overview, List<Suggestion> suggestions) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode counts = root.putObject("warnings");
        for (WarningKind kind : WarningKind.values()) {
            counts.put(kind.name(), overview.count(kind));
        }
        root.put("putAside", overview.putAside());
        ArrayNode lines = root.putArray("suggestions");
        for (Suggestion s : suggestions) {
            ObjectNode line = lines.addObject();
            line.put("action", s.action());
            line.put("sku", s.sku());
            line.put("warehouse", s.warehouse());
            line.put("reason", s.reason());
            line.put("quantity", s.quantity());
            line.put("supplier", s.supplier());
        }
        return mapper.writeValueAsString(root);
    }
}
