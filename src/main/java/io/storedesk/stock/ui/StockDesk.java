package io.storedesk.stock.ui;

import io.storedesk.catalog.Category;
import io.storedesk.stock.ClearanceSuggestion;
import io.storedesk.stock.Movement;
import io.storedesk.stock.PlanningPolicy;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.ReorderSuggestion;
import io.storedesk.stock.SalesHistory;
import io.storedesk.stock.StockOverview;
import io.storedesk.stock.StockPlanningService;
import io.storedesk.stock.StockService;
import io.storedesk.stock.Supplier;
import io.storedesk.stock.TransferSuggestion;
import io.storedesk.stock.Warehouse;
import java.util.List;

/** The services the stock-warning pane calls, in one place; every call here runs off the JavaFX thread. */
public final class StockDesk {

    private final StockPlanningService planning;
    private final StockService stock;
    private final java.util.function.Supplier<List<Category>> categories;
    private final PurchaseOrderMaker purchaseOrders;
    private final TransferMaker transfers;
    private final Markdown markdown;

    public StockDesk(StockPlanningService planning, StockService stock,
                     java.util.function.Supplier<List<Category>> categories, PurchaseOrderMaker purchaseOrders,
                     TransferMaker transfers, Markdown markdown) {
        this.markdown = markdown;
        this.planning = planning;
        this.stock = stock;
        this.categories = categories;
        this.purchaseOrders = purchaseOrders;
        this.transfers = transfers;
    }

    Loaded load() {
        return new Loaded(planning.overview(), planning.policy(), stock.warehouses(), stock.suppliers(),
                categories.get());
    }

    List<Movement> ledger(PositionKey position) {
        return stock.movements(position);
    }

    SalesHistory sales(PositionKey position) {
        return planning.sales(position).orElse(null);
    }

    List<String> createPurchaseOrders(List<ReorderSuggestion> suggestions, String user) {
        return purchaseOrders.createDrafts(suggestions, user);
    }

    List<String> createTransfers(List<TransferSuggestion> suggestions, String user) {
        return transfers.createDrafts(suggestions, user);
    }

    int markDown(List<ClearanceSuggestion> clearances, String user) {
        return markdown.markDown(clearances, user);
    }

    StockPlanningService planning() {
        return planning;
    }

    /** Makes draft purchase orders from suggestions and answers their codes. */
    @FunctionalInterface
    public interface PurchaseOrderMaker {
        List<String> createDrafts(List<ReorderSuggestion> suggestions, String user);
    }

    /** Makes draft transfers from planned moves and answers their codes. */
    @FunctionalInterface
    public interface TransferMaker {
        List<String> createDrafts(List<TransferSuggestion> suggestions, String user);
    }

    /** Lowers the prices of SKUs to clear; answers how many changed. */
    @FunctionalInterface
    public interface Markdown {
        int markDown(List<ClearanceSuggestion> clearances, String user);
    }

    /** One planning run with the lists the filters choose from. */
    record Loaded(StockOverview overview, PlanningPolicy policy, List<Warehouse> warehouses,
                  List<Supplier> suppliers, List<Category> categories) {
    }
}
