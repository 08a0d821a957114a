package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.orders.OrderRouting.RoutingRun;
import io.storedesk.orders.RouteNotes;
import io.storedesk.orders.routing.CarrierCard;
import io.storedesk.orders.routing.PlannedShipment;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.orders.routing.RouteSummary;
import io.storedesk.orders.routing.Site;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `storedesk route`: gives waiting orders a warehouse and carrier (review first), or with --dry-run shows what it
 * would do; per order its parcels and the explanation in the console's language.
 */
@Command(name = "route", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Route waiting orders (review, warehouse, carrier); --dry-run changes nothing.")
final class RouteCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @ArgGroup(exclusive = true)
    Which which = new Which();

    @Option(names = "--dry-run", description = "Decide and print, but hold, reserve and change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    RouteCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    /** One order by number or store id, or every waiting order (the default). */
    static final class Which {
        @Option(names = "--order", paramLabel = "NUMBER", description = "The order's number (or its store id).")
        String order;

        @Option(names = "--all-pending", description = "Every order waiting for a warehouse (the default).")
        boolean allPending;
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = sessions.open(dataDir.value())) {
            List<Long> ids = null;
            if (which.order != null) {
                ids = services.orderRouting().orderIds(which.order);
                if (ids.isEmpty() && which.order.matches("\\d{1,18}")) {
                    ids = List.of(Long.parseLong(which.order));
                }
                if (ids.isEmpty()) {
                    console.problem(console.messages().get("cli.route.noSuchOrder", which.order));
                    return ExitCodes.REFUSED;
                }
            }
            RoutingRun run = services.orderRouting().route(ids, dryRun, services.userName());
            if (which.order != null && run.decisions().isEmpty()) {
                console.problem(console.messages().get("orders.error.notWaiting", which.order));
                return ExitCodes.REFUSED;
            }
            Names names = new Names(run);
            if (json) {
                console.raw(toJson(run, names, console.messages()));
            } else {
                print(run, names);
            }
        }
        return ExitCodes.SUCCESS;
    }

    private void print(RoutingRun run, Names names) {
        RouteSummary s = run.summary();
        console.result(run.dryRun() ? "cli.route.summaryDry" : "cli.route.summary", s.orders(), s.routed(),
                s.shipments(), s.splitOrders(), s.totalCost().amount().toPlainString(), s.lateShipments(),
                s.notRouted());
        for (RouteDecision d : run.decisions()) {
            String number = run.orderNumbers().getOrDefault(d.orderId(), String.valueOf(d.orderId()));
            String where = d.routed() ? d.shipments().stream().map(p -> names.site(p.siteId()) + "/"
                    + names.carrier(p.carrierId()) + " " + p.cost().amount().toPlainString()
                    + (p.late() ? " LATE" : "")).collect(Collectors.joining(", ")) : d.holdCode();
            console.raw(String.format("  %-22s %-9s %s", number, d.outcome(), where));
            for (String line : explanation(d, console.messages())) {
                console.raw("      " + line);
            }
        }
    }

    private static List<String> explanation(RouteDecision d, Messages messages) {
        return RouteNotes.render(messages, d.explanation().stream().map(RouteNotes::note).toList());
    }

    static String toJson(RoutingRun run, Names names, Messages messages) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        RouteSummary s = run.summary();
        root.put("dryRun", run.dryRun());
        root.put("orders", s.orders());
        root.put("ordersRouted", s.routed());
        root.put("shipments", s.shipments());
        root.put("splitOrders", s.splitOrders());
        root.put("estimatedCost", s.totalCost().amount());
        root.put("currency", s.totalCost().currency());
        root.put("lateShipments", s.lateShipments());
        root.put("changedMeanwhile", run.conflicts());
        root.set("holds", mapper.valueToTree(s.holds()));
        root.set("backorders", mapper.valueToTree(s.backorders()));
        ArrayNode orders = root.putArray("routes");
        for (RouteDecision d : run.decisions()) {
            ObjectNode order = orders.addObject();
            order.put("order", run.orderNumbers().getOrDefault(d.orderId(), String.valueOf(d.orderId())));
            order.put("outcome", d.outcome().name());
            order.put("reason", d.holdCode());
            ArrayNode parcels = order.putArray("shipments");
            for (PlannedShipment p : d.shipments()) {
                ObjectNode parcel = parcels.addObject();
                parcel.put("warehouse", names.site(p.siteId()));
                parcel.put("carrier", names.carrier(p.carrierId()));
                parcel.put("service", p.service());
                parcel.put("weightGrams", p.weightGrams());
                parcel.put("cost", p.cost().amount());
                parcel.put("shipDate", p.shipDate().toString());
                parcel.put("estimatedDelivery", p.estimatedDelivery().toString());
                parcel.put("late", p.late());
                ArrayNode lines = parcel.putArray("lines");
                p.lineQuantities().forEach((line, units) -> lines.addObject()
                        .put("sku", run.skuCodes().getOrDefault(line, String.valueOf(line))).put("quantity", units));
            }
            ArrayNode why = order.putArray("explanation");
            explanation(d, messages).forEach(why::add);
        }
        return mapper.writeValueAsString(root);
    }

    /** Warehouse and carrier codes by id, from the network the run routed over. */
    static final class Names {
        private final Map<Long, String> sites;
        private final Map<Long, String> carriers;

        Names(RoutingRun run) {
            sites = run.network().sites().stream().collect(Collectors.toMap(Site::id, Site::code));
            carriers = run.network().carriers().stream().map(CarrierCard::carrier)
                    .collect(Collectors.toMap(c -> c.id(), c -> c.code()));
        }

        String site(long id) {
            return sites.getOrDefault(id, "#" + id);
        }

        String carrier(long id) {
            return carriers.getOrDefault(id, "#" + id);
        }
    }
}
