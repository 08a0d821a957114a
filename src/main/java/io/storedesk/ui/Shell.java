package io.storedesk.ui;

import io.storedesk.Services;
import io.storedesk.aftersales.ui.OrderTickets;
import io.storedesk.aftersales.ui.TicketActionsViewModel;
import io.storedesk.aftersales.ui.TicketDesk;
import io.storedesk.aftersales.ui.TicketQueuePane;
import io.storedesk.aftersales.ui.TicketQueueViewModel;
import io.storedesk.catalog.ui.CatalogPane;
import io.storedesk.catalog.ui.CatalogViewModel;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ui.ImportWizards;
import io.storedesk.dashboard.snapshot.ui.DashboardSnapshotButton;
import io.storedesk.dashboard.ui.DashboardDesk;
import io.storedesk.dashboard.ui.DashboardView;
import io.storedesk.dashboard.ui.DashboardViewModel;
import io.storedesk.orders.picklist.ui.PickListButton;
import io.storedesk.orders.ui.OrderActionsViewModel;
import io.storedesk.orders.ui.OrderDesk;
import io.storedesk.orders.ui.AfterSalesHook;
import io.storedesk.orders.ui.OrderInboxPane;
import io.storedesk.orders.ui.OrderInboxViewModel;
import io.storedesk.search.ui.SearchDesk;
import io.storedesk.search.ui.SearchPopup;
import io.storedesk.security.Permission;
import io.storedesk.security.ui.AuditMenu;
import io.storedesk.security.ui.SecurityDesk;
import io.storedesk.ui.settings.SettingsMenu;
import io.storedesk.stock.StockTransfer;
import io.storedesk.store.backup.ui.BackupsDialog;
import io.storedesk.store.StoreLocation;
import io.storedesk.store.ui.DatabaseSettingsDialog;
import io.storedesk.stock.StoredPurchaseOrder;
import io.storedesk.stock.ui.ChannelStockViewModel;
import io.storedesk.stock.ui.PurchaseOrdersViewModel;
import io.storedesk.stock.ui.StockDesk;
import io.storedesk.stock.ui.StockWarningsPane;
import io.storedesk.stock.ui.StockWarningsViewModel;
import io.storedesk.sync.ChannelAdapters;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.engine.SyncServices;
import io.storedesk.sync.ui.AddChannelViewModel;
import io.storedesk.sync.ui.ChannelsPane;
import io.storedesk.sync.ui.ChannelsViewModel;
import io.storedesk.sync.ui.OutboxViewModel;
import io.storedesk.sync.ui.SyncRunViewModel;
import io.storedesk.sync.ui.SyncStatusItem;
import io.storedesk.sync.ui.SyncStatusViewModel;
import io.storedesk.stock.ui.ChannelStockDialog;
import io.storedesk.ui.notifications.NotificationDesk;
import io.storedesk.ui.shortcuts.ShortcutKeys;
import io.storedesk.ui.shortcuts.Shortcuts;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;

/** Builds the main window and its panes on the services of an open store. */
public final class Shell {

    private Shell() {
    }

    public static MainWindow create(Services services, I18n i18n, FxTaskRunner tasks) {
        Map<PaneId, PaneView> panes = new EnumMap<>(PaneId.class);
        // Panes read only for a signed-in person, and again after every sign-in or switch (the acting user is read
        // at each action too: services::userName follows the desk's access). Each pane's nodes are built the first
        // time it is shown or revealed into (decision 0035); the view models behind the navigation's counts exist
        // from the start.
        SignedInWork work = new SignedInWork(services.access(), Platform::runLater);
        ImportWizards wizards = new ImportWizards(services.imports(), tasks, i18n, services::userName);
        panes.put(PaneId.CATALOG, work.pane(new LazyPane(() -> catalogPane(services, i18n, tasks, wizards))));
        panes.put(PaneId.STOCK, stockPane(services, i18n, tasks, wizards, work));
        TicketDesk tickets = new TicketDesk(services);
        TicketQueueViewModel afterSales = afterSalesModel(services, tickets, tasks, work);
        panes.put(PaneId.ORDERS, ordersPane(services, i18n, tasks, work, afterSales::refresh));
        panes.put(PaneId.AFTERSALES, afterSalesPane(services, i18n, tasks, work, tickets, afterSales));
        panes.put(PaneId.DASHBOARD, work.pane(new LazyPane(() -> dashboardPane(services, i18n, tasks))));
        SyncStatusViewModel syncStatus = new SyncStatusViewModel(services.sync().status(), tasks);
        panes.put(PaneId.CHANNELS, channelsPane(services, i18n, tasks, syncStatus, work));
        ShellViewModel model = new ShellViewModel(tasks, () -> work.signedIn() ? new DeskSummary(
                services.shop().shopName(), services.catalog().skuCount(), services.orders().count(),
                services.tickets().openTickets()) : new DeskSummary("", 0, 0, 0),
                services.store().config().dataDirectory());
        follow(services, model.rights());
        work.load(model::refreshSummary);
        // Backups (decision 0023): the daily backup while the window is open, and the dialog in the status bar.
        services.startBackupSchedule(() -> tasks.outsideWorkStarted("backup.task.daily"));
        MainWindow window = new MainWindow(model, i18n, tasks, panes, List.of(new SyncStatusItem(syncStatus, i18n).node(),
                BackupsDialog.statusButton(services.backups(), model.rights().allows(Permission.BACKUP), i18n,
                        tasks, Platform::exit)));
        window.addMenuItems(List.of(AuditMenu.item(() -> window.node().getScene().getWindow(), services.auditTrail(),
                services.access(), tasks, i18n)));
        // Database connection for the next start (decision 0031): this computer's file or a PostgreSQL server.
        window.addMenuItems(List.of(DatabaseSettingsDialog.menuItem(() -> window.node().getScene().getWindow(),
                services.store().config(), StoreLocation.of(null).namesServer(System.getenv()), services.access(),
                tasks, i18n)));
        // Search (Ctrl+K), notifications and keyboard shortcuts (issue 10), before the lock screen covers them.
        SearchPopup search = SearchDesk.install(window, services, i18n, tasks);
        NotificationDesk.install(window, services, i18n, tasks, syncStatus.stateProperty());
        ShortcutKeys.install(window, Shortcuts.all(), search::show, i18n);
        // Settings: language, theme, alert thresholds, backups, links to channels and users (issue 10).
        window.addMenuItems(List.of(SettingsMenu.item(window, services, i18n, tasks)));
        // Sign-in, the person menu and the idle lock (decision 0022).
        SecurityDesk.install(window, services, i18n, tasks);
        // The pane on screen reads first; the counts beside the others once it has its data (decision 0035).
        tasks.whenIdle(work::startBadgeReads);
        return window;
    }

    /**
     * Reads the channels at each sign-in (the navigation counts held and refused outbox rows), and syncs every
     * channel with an API every quarter hour while the window is open; the status bar follows each run.
     */
    private static PaneView channelsPane(Services services, I18n i18n, FxTaskRunner tasks,
                                         SyncStatusViewModel status, SignedInWork work) {
        SyncServices sync = services.sync();
        ChannelsViewModel model = new ChannelsViewModel(sync, tasks);
        SyncRunViewModel runs = new SyncRunViewModel(sync, tasks, model);
        OutboxViewModel outbox = new OutboxViewModel(sync, tasks, services::userName, model);
        runs.onStarted(status::syncing);
        runs.onFinished(report -> status.refresh());
        model.onLoaded(status::refresh);
        outbox.onChanged(model::refresh);
        follow(services, model.rights());
        follow(services, outbox.rights());
        services.keepKpiRollupsUpToDate();
        services.startSyncSchedule(Duration.ofMinutes(15),
                report -> Platform.runLater(() -> work.ifSignedIn(model::refresh)));
        return work.pane(new LazyPane(() -> {
            Set<ChannelKind> kinds = ChannelAdapters.load().kinds();
            return new ChannelsPane(model, runs, outbox, i18n,
                    () -> new AddChannelViewModel(sync.channels(), tasks, services::userName, kinds),
                    owner -> ChannelStockDialog.open(owner, i18n, new ChannelStockViewModel(services.channelStock(),
                            tasks, services::userName)));
        }, model.needsAttention()), model::refresh);
    }

    /** Plans at each sign-in (SignedInWork), so the navigation shows how many warnings wait. */
    private static PaneView stockPane(Services services, I18n i18n, FxTaskRunner tasks, ImportWizards wizards,
                                      SignedInWork work) {
        StockDesk desk = new StockDesk(services.stockPlanning(), services.stock(), services.catalog()::categories,
                (suggestions, user) -> services.purchaseOrders().createDrafts(suggestions, user).stream()
                        .map(StoredPurchaseOrder::code).toList(),
                (moves, user) -> services.stockTransfers().createFromSuggestions(moves, user).stream()
                        .map(StockTransfer::code).toList(),
                services.clearanceMarkdowns()::markDown);
        StockWarningsViewModel model = new StockWarningsViewModel(desk, tasks, services::userName);
        follow(services, model.rights());
        PurchaseOrdersViewModel purchaseOrders = new PurchaseOrdersViewModel(services.purchaseOrders(),
                services.catalog()::codes, tasks, services::userName, model::refresh);
        follow(services, purchaseOrders.rights());
        return work.pane(new LazyPane(() -> new StockWarningsPane(model, purchaseOrders, new ChannelStockViewModel(
                services.channelStock(), tasks, services::userName), i18n, wizards::open), model.totalProperty()),
                model::refresh);
    }

    /**
     * Reads the inbox at each sign-in (SignedInWork), so the navigation shows how many orders wait. A ticket opened
     * on an order refreshes the after-sales queue (afterSalesChanged).
     */
    private static PaneView ordersPane(Services services, I18n i18n, FxTaskRunner tasks, SignedInWork work,
                                       Runnable afterSalesChanged) {
        OrderDesk desk = new OrderDesk(services.orders(), services.orderReview(), services.orderRouting(),
                services.clock(), services.shop()::zone, services.personalData()::revealOrder);
        OrderInboxViewModel model = new OrderInboxViewModel(desk, tasks);
        OrderActionsViewModel actions = new OrderActionsViewModel(model, desk, tasks, services::userName);
        follow(services, actions.rights());
        return work.pane(new LazyPane(() -> {
            OrderInboxPane orders = new OrderInboxPane(model, actions, i18n, new OrderTickets(services, tasks, i18n,
                    afterSalesChanged));
            // Pick list as PDF (issue 10, decision 0030).
            PickListButton.addTo(orders, services, i18n, tasks);
            return orders;
        }, model.waitingProperty()), model::refresh);
    }

    /**
     * The after-sales queue, read at each sign-in (SignedInWork), so the navigation shows how many tickets are
     * overdue; the SLA clocks are swept every minute while the window is open, and a sweep that escalates says so
     * in the pane.
     */
    private static TicketQueueViewModel afterSalesModel(Services services, TicketDesk desk, FxTaskRunner tasks,
                                                        SignedInWork work) {
        TicketQueueViewModel model = new TicketQueueViewModel(desk, tasks, services::userName);
        services.startSlaSchedule(result -> Platform.runLater(() -> work.ifSignedIn(() -> model.swept(result))));
        return model;
    }

    private static PaneView afterSalesPane(Services services, I18n i18n, FxTaskRunner tasks, SignedInWork work,
                                           TicketDesk desk, TicketQueueViewModel model) {
        TicketActionsViewModel actions = new TicketActionsViewModel(model, desk, tasks);
        follow(services, actions.rights());
        return work.pane(new LazyPane(() -> new TicketQueuePane(model, actions, i18n), model.overdueProperty()),
                model::refresh);
    }

    private static DashboardView dashboardPane(Services services, I18n i18n, FxTaskRunner tasks) {
        DashboardView dashboard = new DashboardView(new DashboardViewModel(new DashboardDesk(
                services.kpi(), services.kpiDrill(), services.kpiRollups(), services.customerSegments(),
                services.kpiAlerts(), services.clock(), services.shop()::zone, services.access(),
                services.segmentExport()), tasks, services::userName), i18n);
        // Dashboard snapshot as PDF (issue 10, decision 0030).
        DashboardSnapshotButton.addTo(dashboard, services, i18n, tasks);
        return dashboard;
    }

    private static CatalogPane catalogPane(Services services, I18n i18n, FxTaskRunner tasks, ImportWizards wizards) {
        CatalogViewModel model = new CatalogViewModel(services.catalog(), services.catalogEditor(),
                services.catalogExport(), tasks, services::userName, i18n::locale);
        follow(services, model.rights());
        return new CatalogPane(model, i18n, (owner, changed) -> wizards.open(owner, ImportKindId.CATALOG, changed));
    }

    /** Keeps a view model's rights in step with whoever is signed in; switches reach it on the window's thread. */
    private static void follow(Services services, RoleRights rights) {
        RoleRights.follow(services.access(), Platform::runLater, rights);
    }
}
