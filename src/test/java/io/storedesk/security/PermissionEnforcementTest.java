package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.storedesk.Services;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.intake.NewTicket;
import io.storedesk.aftersales.returns.CompensationKind;
import io.storedesk.catalog.BulkChange;
import io.storedesk.catalog.CatalogRevert;
import io.storedesk.catalog.ProductEdit;
import io.storedesk.catalog.SkuEdit;
import io.storedesk.catalog.SkuField;
import io.storedesk.catalog.SkuRow;
import io.storedesk.dashboard.customers.CustomerTier;
import io.storedesk.dashboard.snapshot.DashboardPicture;
import io.storedesk.demo.DemoSource;
import io.storedesk.demo.LoadProgress;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportService;
import io.storedesk.orders.review.MergeGroup;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.StockChange;
import io.storedesk.stock.WarningKey;
import io.storedesk.stock.WarningKind;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.backup.BackupProgress;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.engine.NewChannel;
import io.storedesk.sync.engine.SyncProgress;
import io.storedesk.sync.engine.SyncServices;
import io.storedesk.testing.TestStores;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every method of the services that changes business data, called as every role of the default matrix: refused
 * (AccessDeniedException) exactly when the role lacks a permission the method needs. The table below is the
 * written mapping of methods to permissions; the completeness check makes a new public service method fail this
 * test until it is put in the table, or among the methods that change nothing, or among the desk's own upkeep.
 */
class PermissionEnforcementTest {

    private static final String USER = "tester";
    private static Services services;
    private static Map<Role, Set<Permission>> matrix;
    private static Path files;

    /** One method (name/arity, so overloads are told apart), what it needs, and a call of it. */
    private record Row(String method, Set<Permission> needs, Call call) {
    }

    @FunctionalInterface
    private interface Call {
        void run(Services s) throws Exception;
    }

    @BeforeAll
    static void openDemoCopy() throws Exception {
        services = new Services(Store.open(TestStores.demoStore()), TestStores.DEMO_CLOCK);
        matrix = new PermissionRepository(services.store().dsl()).matrix();
        files = Files.createTempDirectory(TestStores.newDirectory(), "exports");
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static Row row(String method, Call call, Permission... needs) {
        return new Row(method, needs.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(needs)), call);
    }

    private static SkuRow sku(Services s) {
        return s.catalog().search("", 1).rows().get(0);
    }

    /** A SKU's place in a warehouse of the demo, for bookings that succeed. */
    private static PositionKey position(Services s) {
        var p = s.stock().positions("", 1).rows().get(0);
        long warehouseId = s.stock().warehouses().stream().filter(w -> w.code().equals(p.warehouseCode()))
                .findFirst().orElseThrow().id();
        return new PositionKey(p.skuId(), warehouseId);
    }

    /**
     * Ends an allowed backup at its first step: the right was checked before it, and copying the whole demo store
     * (seconds each) would prove nothing more.
     */
    private static final BackupProgress STOP_AT_FIRST_STEP = (done, total) -> {
        throw new IllegalStateException("stopped after the permission check");
    };

    private static final PositionKey NOWHERE = new PositionKey(-1, -1);

    /** The mapping of issue 9: each mutating method and the permissions it needs. Unknown ids are fine here. */
    private static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        // Catalog: edits, bulk actions, lifecycle, listing; a price (inline or bulk) also needs PRICE_CHANGE.
        rows.add(row("CatalogEditor.edit/2", s -> {
            SkuRow r = sku(s);
            s.catalogEditor().edit(new SkuEdit(r.id(), r.version(), SkuField.LISTED, String.valueOf(r.listed())), USER);
        }, Permission.CATALOG_EDIT));
        rows.add(row("CatalogEditor.edit/2", s -> {
            SkuRow r = sku(s);
            s.catalogEditor().edit(new SkuEdit(r.id(), r.version(), SkuField.PRICE,
                    r.price().amount().toPlainString()), USER);
        }, Permission.CATALOG_EDIT, Permission.PRICE_CHANGE));
        rows.add(row("CatalogEditor.save/2", s -> s.catalogEditor().save(new ProductEdit(-1, 0, "Tea", null, null,
                null), USER), Permission.CATALOG_EDIT));
        rows.add(row("CatalogEditor.apply/3", s -> {
            SkuRow r = sku(s);
            s.catalogEditor().apply(Map.of(r.id(), r.version()), new BulkChange.SetListed(r.listed()), USER);
        }, Permission.CATALOG_EDIT));
        rows.add(row("CatalogEditor.apply/3", s -> {
            SkuRow r = sku(s);
            s.catalogEditor().apply(Map.of(r.id(), r.version()), new BulkChange.SetPrice(r.price().amount()), USER);
        }, Permission.CATALOG_EDIT, Permission.PRICE_CHANGE));
        rows.add(row("CatalogEditor.revert/2", s -> s.catalogEditor().revert(CatalogRevert.NOTHING, USER),
                Permission.CATALOG_EDIT));
        rows.add(row("CatalogEditor.revert/2", s -> s.catalogEditor().revert(new CatalogRevert(List.of(), List.of(),
                true), USER), Permission.CATALOG_EDIT, Permission.PRICE_CHANGE));
        rows.add(row("ClearanceMarkdowns.markDown/2", s -> s.clearanceMarkdowns().markDown(List.of(), USER),
                Permission.CATALOG_EDIT, Permission.PRICE_CHANGE));
        // Stock: settings, policies, purchase orders, dismissing warnings, channel stock policy.
        WarningKey warning = new WarningKey(WarningKind.OUT_OF_STOCK, NOWHERE, 0);
        rows.add(row("StockPlanningService.dismiss/3", s -> s.stockPlanning().dismiss(warning, " ", USER),
                Permission.STOCK_EDIT));
        rows.add(row("StockPlanningService.snooze/4", s -> s.stockPlanning().snooze(warning, 0, "later", USER),
                Permission.STOCK_EDIT));
        rows.add(row("StockPlanningService.putBack/2", s -> s.stockPlanning().putBack(List.of(), USER),
                Permission.STOCK_EDIT));
        rows.add(row("StockPlanningService.savePolicy/2", s -> s.stockPlanning().savePolicy(s.stockPlanning().policy(),
                USER), Permission.STOCK_EDIT));
        rows.add(row("ChannelStock.setPolicy/3", s -> {
            String code = s.channelStock().summaries().get(0).code();
            s.channelStock().setPolicy(code, s.channelStock().policy(code), USER);
        }, Permission.STOCK_EDIT));
        rows.add(row("ChannelStock.setPolicies/3", s -> s.channelStock().setPolicies(s.channelStock().summaries(),
                Map.of(), USER), Permission.STOCK_EDIT));
        rows.add(row("PurchaseOrders.createDrafts/2", s -> s.purchaseOrders().createDrafts(List.of(), USER),
                Permission.STOCK_EDIT));
        rows.add(row("PurchaseOrders.send/2", s -> s.purchaseOrders().send(-1, USER), Permission.STOCK_EDIT));
        rows.add(row("PurchaseOrders.cancel/2", s -> s.purchaseOrders().cancel(-1, USER), Permission.STOCK_EDIT));
        rows.add(row("StockTransfers.create/4", s -> s.stockTransfers().create(-1, -2, Map.of(), USER),
                Permission.STOCK_EDIT));
        rows.add(row("StockTransfers.createFromSuggestions/2", s -> s.stockTransfers().createFromSuggestions(List.of(),
                USER), Permission.STOCK_EDIT));
        rows.add(row("StockTransfers.cancel/2", s -> s.stockTransfers().cancel(-1, USER), Permission.STOCK_EDIT));
        // Stock adjustments: the ledger's bookings, receiving, transfers' booking.
        rows.add(row("StockLedger.receive/2", s -> s.stockLedger().receive(StockChange.of(position(s), 1), USER),
                Permission.STOCK_ADJUST));
        rows.add(row("StockLedger.ship/2", s -> s.stockLedger().ship(StockChange.of(position(s), 1), USER),
                Permission.STOCK_ADJUST));
        rows.add(row("StockLedger.returnToStock/2", s -> s.stockLedger().returnToStock(StockChange.of(position(s), 1),
                USER), Permission.STOCK_ADJUST));
        rows.add(row("StockLedger.writeOff/2", s -> s.stockLedger().writeOff(StockChange.of(position(s), 1), USER),
                Permission.STOCK_ADJUST));
        rows.add(row("PurchaseOrders.receive/3", s -> s.purchaseOrders().receive(-1, Map.of(-1L, 1), USER),
                Permission.STOCK_ADJUST));
        rows.add(row("PurchaseOrders.receiveAll/2", s -> s.purchaseOrders().receiveAll(-1, USER),
                Permission.STOCK_ADJUST));
        rows.add(row("StockTransfers.ship/2", s -> s.stockTransfers().ship(-1, USER), Permission.STOCK_ADJUST));
        rows.add(row("StockTransfers.receive/3", s -> s.stockTransfers().receive(-1, Map.of(-1L, 1), USER),
                Permission.STOCK_ADJUST));
        // Orders: review and its rules, hold/release, merge, route, override, ship. A dry run only needs to see.
        rows.add(row("OrderReview.savePolicy/2", s -> s.orderReview().savePolicy(s.orderReview().policy(), USER),
                Permission.ORDERS_EDIT));
        rows.add(row("OrderReview.saveMergePolicy/2", s -> s.orderReview().saveMergePolicy(
                s.orderReview().mergePolicy(), USER), Permission.ORDERS_EDIT));
        rows.add(row("OrderReview.reviewWaiting/2", s -> s.orderReview().reviewWaiting(List.of(-1L), USER),
                Permission.ORDERS_EDIT));
        rows.add(row("OrderReview.release/2", s -> s.orderReview().release(-1, USER), Permission.ORDERS_EDIT));
        rows.add(row("OrderReview.hold/2", s -> s.orderReview().hold(-1, USER), Permission.ORDERS_EDIT));
        rows.add(row("OrderReview.merge/2", s -> s.orderReview().merge(new MergeGroup(-1, List.of(-1L, -2L),
                "orders.merge.reason", List.of()), USER), Permission.ORDERS_EDIT));
        rows.add(row("OrderRouting.route/3", s -> s.orderRouting().route(List.of(-1L), true, USER),
                Permission.ORDERS_VIEW));
        rows.add(row("OrderRouting.route/3", s -> s.orderRouting().route(List.of(-1L), false, USER),
                Permission.ORDERS_EDIT));
        rows.add(row("OrderRouting.reroute/5", s -> s.orderRouting().reroute(-1, 0, null, null, USER),
                Permission.ORDERS_EDIT));
        rows.add(row("Fulfilments.markShipped/3", s -> s.sync().fulfilments().markShipped(-1, "SF1", USER),
                Permission.ORDERS_EDIT));
        // After-sales: tickets, replies, status, returns received (a stock booking too), refunds, goodwill.
        rows.add(row("TicketIntake.create/2", s -> s.ticketIntake().create(new NewTicket(TicketType.INQUIRY,
                TicketPriority.NORMAL, "other", "", null, null, null, List.of()), USER), Permission.AFTERSALES_EDIT));
        rows.add(row("TicketIntake.fromOrder/7", s -> s.ticketIntake().fromOrder(-1, TicketType.RETURN, "other",
                "", Map.of(), TicketPriority.NORMAL, USER), Permission.AFTERSALES_EDIT));
        rows.add(row("TicketAssignment.reassign/3", s -> s.ticketAssignment().reassign("NO-SUCH", "nobody", USER),
                Permission.AFTERSALES_EDIT));
        rows.add(row("TicketConversation.addNote/3", s -> s.ticketConversation().addNote("NO-SUCH", "note", USER),
                Permission.AFTERSALES_EDIT));
        rows.add(row("TicketConversation.reply/4", s -> s.ticketConversation().reply("NO-SUCH", "NONE", "en", USER),
                Permission.AFTERSALES_EDIT));
        rows.add(row("TicketConversation.reply/3", s -> s.ticketConversation().reply("NO-SUCH", "hello", USER),
                Permission.AFTERSALES_EDIT));
        rows.add(row("TicketWorkflow.changeStatus/4", s -> s.ticketWorkflow().changeStatus("NO-SUCH",
                TicketStatus.PROCESSING, "", USER), Permission.AFTERSALES_EDIT));
        rows.add(row("SlaSweep.sweep/1", s -> s.slaSweep().sweep(USER), Permission.AFTERSALES_EDIT));
        rows.add(row("Satisfaction.record/4", s -> s.satisfaction().record("NO-SUCH", 5, "", USER),
                Permission.AFTERSALES_EDIT));
        rows.add(row("ReturnReceipt.receive/4", s -> s.returnReceipt().receive("NO-SUCH", -1, List.of(), USER),
                Permission.AFTERSALES_EDIT, Permission.STOCK_ADJUST));
        rows.add(row("RefundApproval.issueRefund/4", s -> s.refundApproval().issueRefund("NO-SUCH", BigDecimal.ONE,
                null, USER), Permission.AFTERSALES_EDIT));
        rows.add(row("Compensations.recordCompensation/5", s -> s.compensations().recordCompensation("NO-SUCH",
                CompensationKind.COUPON, BigDecimal.ONE, null, USER), Permission.AFTERSALES_EDIT));
        rows.add(row("ExchangeShipping.shipExchange/3", s -> s.exchangeShipping().shipExchange("NO-SUCH", Map.of(),
                USER), Permission.AFTERSALES_EDIT));
        // Imports: the import right and the right to change what the kind writes.
        for (ImportKindId kind : ImportKindId.values()) {
            rows.add(new Row("ImportService.run/4", ImportService.requiredRights(kind), s -> s.imports().run(kind,
                    files.resolve("missing.csv"), ImportOptions.dryRun(USER), ImportProgress.NONE)));
        }
        // Undo checks the kind's right once the job is found; an unknown job gets as far as the import right.
        rows.add(row("ImportService.undo/2", s -> s.imports().undo(-1, USER), Permission.IMPORT));
        // Exports.
        rows.add(row("CatalogExport.export/4", s -> s.catalogExport().export(files.resolve("catalog.csv"),
                List.of(sku(s).id()), Locale.ENGLISH, done -> { }), Permission.EXPORT));
        rows.add(row("CarrierRateExport.export/2", s -> s.carrierRateExport().export(files.resolve("rates.csv"),
                Locale.ENGLISH), Permission.EXPORT));
        rows.add(row("SegmentExport.export/5", s -> s.segmentExport().export(files.resolve("tier.csv"),
                s.customerSegments().today(), CustomerTier.STRATEGIC, Locale.ENGLISH, false), Permission.EXPORT));
        // Pick lists and dashboard snapshots as PDF (decision 0030).
        rows.add(row("PickListExport.export/3", s -> s.pickLists().export(files.resolve("pick.pdf"), List.of(-1L),
                Locale.ENGLISH), Permission.EXPORT));
        rows.add(row("DashboardSnapshots.export/3", s -> s.dashboardSnapshots().export(files.resolve("dash.pdf"),
                new DashboardPicture("Dashboard", "p", "f", 1, 1, new int[1]), Locale.ENGLISH), Permission.EXPORT));
        // Channels: add, test, remove, sync now, the outbox's actions.
        rows.add(row("ChannelSetup.add/2", s -> s.sync().channels().add(new NewChannel(ChannelKind.SHOPIFY, "", "",
                "CNY", new NewChannel.NoSignIn(), Map.of()), USER), Permission.CHANNELS_EDIT));
        rows.add(row("ChannelSetup.test/1", s -> s.sync().channels().test("NO-SUCH"), Permission.CHANNELS_EDIT));
        rows.add(row("ChannelSetup.remove/2", s -> s.sync().channels().remove("NO-SUCH", USER),
                Permission.CHANNELS_EDIT));
        rows.add(row("SyncEngine.run/2", s -> s.sync().engine().run("NO-SUCH", SyncProgress.NONE),
                Permission.CHANNELS_EDIT));
        rows.add(row("SyncEngine.run/3", s -> s.sync().engine().run("NO-SUCH", EnumSet.of(SyncResource.ORDERS),
                SyncProgress.NONE), Permission.CHANNELS_EDIT));
        rows.add(row("Outbox.retryNow/2", s -> s.sync().outbox().retryNow(-1, USER), Permission.CHANNELS_EDIT));
        rows.add(row("Outbox.discard/2", s -> s.sync().outbox().discard(-1, USER), Permission.CHANNELS_EDIT));
        rows.add(row("Outbox.hold/2", s -> s.sync().outbox().hold(-1, USER), Permission.CHANNELS_EDIT));
        rows.add(row("Outbox.release/2", s -> s.sync().outbox().release(-1, USER), Permission.CHANNELS_EDIT));
        rows.add(row("Outbox.confirmHeld/2", s -> s.sync().outbox().confirmHeld("NO-SUCH", USER),
                Permission.CHANNELS_EDIT));
        rows.add(row("Outbox.discardHeld/2", s -> s.sync().outbox().discardHeld("NO-SUCH", USER),
                Permission.CHANNELS_EDIT));
        // Dashboard and shop: acknowledging a KPI alert is part of reading the dashboard; the demo is a shop setup.
        rows.add(row("KpiAlerts.acknowledge/2", s -> s.kpiAlerts().acknowledge(-1, USER), Permission.DASHBOARD_VIEW));
        rows.add(row("DemoShopLoader.load/2", s -> s.demoLoader().load(DemoSource.bundled(), LoadProgress.NONE),
                Permission.SETTINGS));
        // Issue 9's own services: backups, personal data, the audit trail.
        rows.add(row("Backups.list/0", s -> s.backups().list(), Permission.BACKUP));
        rows.add(row("Backups.backUpNow/1", s -> s.backups().backUpNow(STOP_AT_FIRST_STEP), Permission.BACKUP));
        rows.add(row("Backups.backUpTo/2", s -> s.backups().backUpTo(files.resolve("copy.sdbackup"),
                STOP_AT_FIRST_STEP), Permission.BACKUP));
        rows.add(row("Backups.verify/1", s -> s.backups().verify(files.resolve("missing.sdbackup")),
                Permission.BACKUP));
        rows.add(row("Backups.stage/1", s -> s.backups().stage(null), Permission.BACKUP));
        rows.add(row("PersonalDataGuard.requireView/0", s -> s.personalData().requireView(),
                Permission.PERSONAL_DATA_VIEW));
        rows.add(row("PersonalDataGuard.revealOrder/1", s -> s.personalData().revealOrder(-1),
                Permission.PERSONAL_DATA_VIEW));
        rows.add(row("PersonalDataGuard.revealTicket/1", s -> s.personalData().revealTicket(-1),
                Permission.PERSONAL_DATA_VIEW));
        AuditFilter everything = new AuditFilter(null, null, null, null, null, null);
        rows.add(row("AuditTrail.page/3", s -> s.auditTrail().page(everything, 0, 5), Permission.SETTINGS));
        rows.add(row("AuditTrail.all/1", s -> s.auditTrail().all(everything), Permission.SETTINGS));
        rows.add(row("AuditTrail.export/3", s -> s.auditTrail().export(everything, files.resolve("audit.csv"),
                Locale.ENGLISH), Permission.SETTINGS));
        rows.add(row("AuditTrail.choices/0", s -> s.auditTrail().choices(), Permission.SETTINGS));
        rows.add(row("AuditTrail.verify/0", s -> s.auditTrail().verify(), Permission.SETTINGS));
        rows.add(row("AuditTrail.entry/1", s -> s.auditTrail().entry(1), Permission.SETTINGS));
        // People and roles (decision 0022): managed by whoever holds USERS; claiming and one's own password are not.
        rows.add(row("UserAccounts.add/2", s -> s.users().add(null, null), Permission.USERS));
        rows.add(row("UserAccounts.list/0", s -> s.users().list(), Permission.USERS));
        rows.add(row("UserAccounts.find/1", s -> s.users().find("nobody"), Permission.USERS));
        rows.add(row("UserAccounts.changeRole/3", s -> s.users().changeRole("nobody", Role.AGENT, 0),
                Permission.USERS));
        rows.add(row("UserAccounts.deactivate/2", s -> s.users().deactivate("nobody", 0), Permission.USERS));
        rows.add(row("UserAccounts.changePlace/4", s -> s.users().changePlace("nobody", "", "", 0),
                Permission.USERS));
        rows.add(row("UserAccounts.resetPassword/3", s -> s.users().resetPassword("nobody", "long enough", 0),
                Permission.USERS));
        rows.add(row("PermissionMatrix.read/0", s -> s.permissionMatrix().read(), Permission.USERS));
        rows.add(row("PermissionMatrix.save/2", s -> s.permissionMatrix().save(List.of(), List.of()),
                Permission.USERS));
        rows.add(row("AlertThreshold.change/1", s -> s.alertThreshold().change(new BigDecimal("3")),
                Permission.SETTINGS));
        rows.add(row("SlaCalendars.save/1", s -> s.slaCalendars().save(io.storedesk.aftersales.sla.SlaCalendar
                .fresh(java.time.ZoneId.of("Asia/Shanghai"))), Permission.SETTINGS));
        rows.add(row("SlaCalendars.delete/2", s -> s.slaCalendars().delete(-1, 0), Permission.SETTINGS));
        rows.add(row("SlaCalendars.move/2", s -> s.slaCalendars().move(new io.storedesk.aftersales.sla
                .PolicyCalendar(-1, 0, "NONE", "none", true, -1, "NONE"), -1), Permission.SETTINGS));
        rows.add(row("BackupFrequencySetting.change/1", s -> s.backupFrequency().change(
                io.storedesk.store.backup.BackupFrequency.DAILY), Permission.SETTINGS));
        return rows;
    }

    /** Public methods that change nothing (reads, lookups, previews). By name: every overload. */
    private static final Set<String> READ_ONLY = Set.of(
            "CatalogService.search", "CatalogService.matchingIds", "CatalogService.categoryTree",
            "CatalogService.categories", "CatalogService.codes", "CatalogService.row", "CatalogService.detail",
            "CatalogService.skuCount", "CatalogEditor.changesPrice",
            "Backups.isAvailable", "Backups.folder", "UserAccounts.isClaimed", "UserAccounts.teamId",
            "UserAccounts.warehouseId", "SignIn.isSignedIn", "IdleLockSetting.idleLock", "PersonalDataGuard.mayView", "AuditTrail.filter",
            "StockService.positions", "StockService.warehouses", "StockService.suppliers", "StockService.movements",
            "StockPlanningService.sales", "StockPlanningService.dismissals", "StockPlanningService.policy",
            "ChannelStock.policy", "ChannelStock.summaries", "ChannelStock.published",
            "StockLedger.history", "StockReservations.activeForOrders", "StockReservations.activeForOrder",
            "StockReservations.active", "PurchaseOrders.find", "PurchaseOrders.open", "StockTransfers.find",
            "OrderService.search", "OrderService.count", "OrderService.inbox", "OrderService.waiting",
            "OrderService.channels", "OrderService.provinces", "OrderService.holdReasons", "OrderService.numbers",
            "OrderService.detail", "OrderReview.policy", "OrderReview.mergePolicy", "OrderReview.checkUnreviewed",
            "OrderReview.check", "OrderReview.mergeSuggestions", "OrderRouting.network", "OrderRouting.explanation",
            "OrderRouting.shipments", "OrderRouting.orderIds",
            "TicketService.search", "TicketService.openTickets", "TicketQueue.load", "TicketQueue.clocked",
            "TicketDetails.detail", "TicketDetails.agents", "TicketAssignment.chooseAgent",
            "TicketAssignment.warehouseQueue", "TicketConversation.templates", "RefundApproval.quote",
            "SlaReports.report", "OpenTicketClocks.open",
            "CustomerSegments.today", "CustomerSegments.report", "CustomerSegments.customers",
            "CustomerSegments.scored", "KpiService.report", "KpiService.breakdown", "KpiService.channelId",
            "KpiService.cohorts", "KpiService.buyers", "KpiService.rollupGeneration", "KpiService.refundReasons", "KpiService.topCategories", "KpiService.topSkus",
            "KpiDrill.orders", "KpiDrill.refunds", "KpiDrill.stockOuts", "KpiDrill.belowSafety", "KpiAlerts.open", "KpiAlerts.find",
            "ImportService.kinds", "ImportService.fields", "ImportService.inspect", "ImportService.recentJobs",
            "ImportService.requiredRights", "PickListExport.pickLists",
            "ShopSettings.shopName", "ShopSettings.zone", "ShopSettings.currency", "ShopSettings.unpaidHold",
            "ShopSettings.isEmpty", "ProductFieldPolicies.of",
            "ShopSettings.startedEmpty", "BackupFrequencySetting.frequency", "AlertThreshold.threshold",
            "SlaCalendars.list", "SlaCalendars.policies",
            "ChannelSetup.list", "ChannelSetup.find", "Outbox.list", "Outbox.counts", "SyncEngine.isRunning",
            "SyncStatus.channels", "SyncStatus.history", "SyncStatus.waiting", "GlobalSearch.search");

    /**
     * Public methods that write, but are not a person's action: the desk's own upkeep of derived figures, and steps
     * that only run inside an action checked at its entry. Each says why it needs no right of its own.
     */
    private static final Map<String, String> DESK_UPKEEP = Map.ofEntries(
            Map.entry("StockReservations.reserve", "a step of routing (ORDERS_EDIT) or a channel's order sync"),
            Map.entry("StockReservations.reserveAll", "a step of routing (ORDERS_EDIT, checked in OrderRouting)"),
            Map.entry("StockReservations.release", "a step of routing or of a channel's order sync"),
            Map.entry("StockReservations.releaseOrder", "a channel's cancelled or rerouted order, stored by a sync"),
            Map.entry("StockReservations.releaseExpired", "the desk lets unpaid holds lapse"),
            Map.entry("TicketIntake.fromChannelRefundRequest", "a channel's refund request, stored by a sync"),
            Map.entry("StockPlanningService.overview", "drops dismissals whose warning has cleared while planning"),
            Map.entry("KpiAlerts.scan", "raises alerts from the KPIs (derived figures)"),
            Map.entry("KpiAlerts.scanRecent", "raises alerts from the KPIs (derived figures)"),
            Map.entry("UserAccounts.claim", "the first administrator claims an unclaimed store (decision 0022)"),
            Map.entry("UserAccounts.changeOwnPassword", "anyone changes their own password, the old one given"),
            Map.entry("SignIn.signIn", "signing in is how a person gets permissions"),
            Map.entry("SignIn.confirmPassword", "checks one's own password (counting failures) before changing it"),
            Map.entry("SignIn.signOut", "signing out only takes permissions away"),
            Map.entry("SignIn.refreshPermissions", "re-reads the signed-in role's grants after a matrix change"),
            Map.entry("Backups.automatic", "the desk's own backups (daily, before migrations, imports, restores)"),
            Map.entry("Backups.dailyIfDue", "the desk's own daily backup"),
            Map.entry("Backups.beforeImport", "the desk's own backup before a large import (IMPORT checked)"),
            Map.entry("ImportService.beforeApplying", "wiring: what runs before an import writes"),
            Map.entry("ImportService.afterWriting", "wiring: what runs after an import or its undo has written"),
            Map.entry("SyncEngine.afterEachRun", "wiring: what runs after each sync run"),
            Map.entry("KpiService.followRollups", "re-reads the derived indexes the dashboard holds"),
            Map.entry("PersonalDataGuard.exported", "logs an export its exporter has already checked"),
            Map.entry("KpiRollups.rebuild", "the dashboard's rollups are derived from the orders"),
            Map.entry("KpiRollups.catchUp", "the dashboard's rollups are derived from the orders"),
            Map.entry("KpiRollups.rebuildIfMissing", "the dashboard's rollups are derived from the orders"),
            Map.entry("KpiRollups.refreshOrders", "the dashboard's rollups are derived from the orders"),
            Map.entry("KpiRollups.refreshDays", "the dashboard's rollups are derived from the orders"),
            Map.entry("PurchaseOrders.onDrafted", "wiring: who hears of new drafts"),
            Map.entry("PurchaseOrderOutbox.accept", "queues drafts made by createDrafts (STOCK_EDIT)"),
            Map.entry("Outbox.enqueue", "queues what the checked actions changed for the channels"),
            Map.entry("ShopSettings.markStartedEmpty", "the first-run wizard records its choice of an empty shop"));

    /** Composition-root parts that are not services of business data (the audit trail is written by the services). */
    private static final Set<Class<?>> NOT_SERVICES = Set.of(Store.class, Access.class, AuditLog.class,
            SyncServices.class, java.time.Clock.class);

    @TestFactory
    Stream<DynamicTest> everyMutatingMethodIsRefusedExactlyToTheRolesWithoutItsPermissions() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : table()) {
            for (Role role : Role.values()) {
                Set<Permission> grants = matrix.get(role);
                boolean allowed = grants.containsAll(row.needs());
                tests.add(dynamicTest(row.method() + " " + row.needs() + " as " + role, () -> {
                    services.access().switchTo(new Principal("t-" + role, "T " + role, role), grants);
                    Throwable thrown = catchThrowable(() -> row.call().run(services));
                    if (allowed) {
                        // Refused for its arguments (unknown ids) is fine: the right was checked before them.
                        assertThat(thrown instanceof AccessDeniedException).as("%s may %s, but: %s", role,
                                row.method(), thrown).isFalse();
                    } else {
                        assertThat(thrown).as("%s may not %s", role, row.method())
                                .isInstanceOf(AccessDeniedException.class);
                        assertThat(row.needs()).contains(((AccessDeniedException) thrown).permission());
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theMatrixDecidesEveryRowSomewhere() {
        // A row no role may call would test only refusals.
        for (Row row : table()) {
            assertThat(Arrays.stream(Role.values()).anyMatch(r -> matrix.get(r).containsAll(row.needs())))
                    .as(row.method()).isTrue();
        }
    }

    @Test
    void everyPublicServiceMethodIsEnforcedReadOnlyOrDeskUpkeep() {
        Set<String> enforced = new TreeSet<>();
        table().forEach(r -> enforced.add(r.method()));
        Set<String> unaccounted = new TreeSet<>();
        Set<String> seenNames = new TreeSet<>();
        for (Class<?> service : serviceClasses()) {
            for (Method m : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                String name = service.getSimpleName() + "." + m.getName();
                seenNames.add(name);
                String withArity = name + "/" + m.getParameterCount();
                if (!enforced.contains(withArity) && !READ_ONLY.contains(name) && !DESK_UPKEEP.containsKey(name)) {
                    unaccounted.add(withArity);
                }
            }
        }
        assertThat(unaccounted).as("public service methods in no list: put each in the table (with the permission"
                + " it requires first thing), in READ_ONLY or in DESK_UPKEEP").isEmpty();
        // The lists name only methods that exist, so a renamed method is not left behind unchecked.
        Set<String> listed = new TreeSet<>(READ_ONLY);
        listed.addAll(DESK_UPKEEP.keySet());
        enforced.forEach(e -> listed.add(e.substring(0, e.indexOf('/'))));
        listed.removeAll(seenNames);
        assertThat(listed).as("listed methods that no service has").isEmpty();
    }

    @Test
    void theDesksOwnSlaSweepAndSyncScheduleTakePathsNoPaneOrCommandCanReach() throws Exception {
        // The schedules call package-private paths (SlaSweep.sweepClocks, SyncEngine.runScheduled), so they keep
        // working while an agent or the lock screen is signed in.
        assertThat(io.storedesk.aftersales.SlaSweep.class.getDeclaredMethod("sweepClocks", String.class)
                .getModifiers() & (Modifier.PUBLIC | Modifier.PRIVATE)).isZero();
        assertThat(io.storedesk.sync.engine.SyncEngine.class.getDeclaredMethod("runScheduled", String.class)
                .getModifiers() & (Modifier.PUBLIC | Modifier.PRIVATE)).isZero();
        services.access().switchTo(new Principal("nobody", "Nobody", Role.AGENT), Set.of());
        assertThatThrownBy(() -> services.slaSweep().sweep(USER)).isInstanceOf(AccessDeniedException.class);
    }

    /** The services the composition roots hand out: the return types of Services' and SyncServices' accessors. */
    private static Set<Class<?>> serviceClasses() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> root : List.of(Services.class, SyncServices.class)) {
            for (Method m : root.getMethods()) {
                Class<?> type = m.getReturnType();
                if (m.getDeclaringClass() == root && m.getParameterCount() == 0 && type.getPackageName()
                        .startsWith("io.storedesk") && !type.isRecord() && !NOT_SERVICES.contains(type)) {
                    found.add(type);
                }
            }
        }
        assertThat(found).hasSizeGreaterThan(30);
        return found;
    }
}
