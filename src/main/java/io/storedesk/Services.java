package io.storedesk;

import io.storedesk.search.GlobalSearch;
import io.storedesk.search.GlobalSearchRepository;
import io.storedesk.aftersales.AssignmentRepository;
import io.storedesk.aftersales.ConversationRepository;
import io.storedesk.aftersales.SlaCalendarRepository;
import io.storedesk.aftersales.SlaCalendars;
import io.storedesk.aftersales.SlaRepository;
import io.storedesk.aftersales.TicketAssignment;
import io.storedesk.aftersales.TicketConversation;
import io.storedesk.aftersales.intake.IntakeRepository;
import io.storedesk.aftersales.intake.TicketIntake;
import io.storedesk.aftersales.SlaSchedule;
import io.storedesk.aftersales.SlaSweep;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketService;
import io.storedesk.aftersales.TicketWorkflow;
import io.storedesk.aftersales.TicketDetailRepository;
import io.storedesk.aftersales.TicketDetails;
import io.storedesk.aftersales.queue.QueueRepository;
import io.storedesk.aftersales.queue.TicketQueue;
import io.storedesk.aftersales.report.OpenTicketClocks;
import io.storedesk.aftersales.report.Satisfaction;
import io.storedesk.aftersales.report.SatisfactionRepository;
import io.storedesk.aftersales.report.SlaReportRepository;
import io.storedesk.aftersales.report.SlaReports;
import io.storedesk.aftersales.returns.ApprovalLimits;
import io.storedesk.aftersales.returns.Compensations;
import io.storedesk.aftersales.returns.ExchangeShipping;
import io.storedesk.aftersales.returns.RefundApproval;
import io.storedesk.aftersales.returns.ReturnPolicy;
import io.storedesk.aftersales.returns.ReturnReceipt;
import io.storedesk.aftersales.returns.ReturnsRepository;
import io.storedesk.catalog.CatalogExport;
import io.storedesk.catalog.CatalogEditor;
import io.storedesk.catalog.CatalogImport;
import io.storedesk.catalog.CatalogSearchRepository;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.CatalogService;
import io.storedesk.dashboard.customers.CustomerRfmRepository;
import io.storedesk.dashboard.customers.CustomerSegments;
import io.storedesk.dashboard.customers.SegmentExport;
import io.storedesk.dashboard.kpi.KpiQueryRepository;
import io.storedesk.dashboard.kpi.KpiRollupRepository;
import io.storedesk.dashboard.kpi.KpiSliceRepository;
import io.storedesk.dashboard.kpi.KpiSliceIndex;
import io.storedesk.dashboard.kpi.RollupSnapshots;
import io.storedesk.dashboard.kpi.KpiSkuDayRepository;
import io.storedesk.dashboard.kpi.KpiSkuSalesIndex;
import io.storedesk.dashboard.kpi.KpiRollups;
import io.storedesk.dashboard.kpi.RollupUpkeep;
import io.storedesk.dashboard.kpi.KpiDrill;
import io.storedesk.dashboard.kpi.KpiDrillRepository;
import io.storedesk.dashboard.kpi.KpiService;
import io.storedesk.dashboard.kpi.StockKpiRepository;
import io.storedesk.dashboard.anomaly.AlertThreshold;
import io.storedesk.dashboard.anomaly.AnomalyRepository;
import io.storedesk.dashboard.anomaly.KpiAlertRepository;
import io.storedesk.dashboard.anomaly.KpiAlerts;
import io.storedesk.dashboard.anomaly.RollupDailySeries;
import io.storedesk.dashboard.snapshot.DashboardSnapshots;
import io.storedesk.demo.DemoShopLoader;
import io.storedesk.orders.picklist.PickListExport;
import io.storedesk.orders.picklist.PickListRepository;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportJobRepository;
import io.storedesk.importing.ImportLimits;
import io.storedesk.importing.ImportService;
import io.storedesk.orders.CarrierRateExport;
import io.storedesk.orders.CarrierRateImport;
import io.storedesk.orders.CarrierRepository;
import io.storedesk.orders.OrderImport;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.AuditRepository;
import io.storedesk.security.AuditQueryRepository;
import io.storedesk.security.AuditTrail;
import io.storedesk.security.PersonalDataAccessRepository;
import io.storedesk.security.PersonalDataGuard;
import io.storedesk.security.PersonalDetailsRepository;
import io.storedesk.stock.AvailabilityRepository;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderService;
import io.storedesk.security.UserRepository;
import io.storedesk.security.IdleLockSetting;
import io.storedesk.security.LockoutPolicy;
import io.storedesk.security.PasswordHasher;
import io.storedesk.security.PermissionMatrix;
import io.storedesk.security.PermissionRepository;
import io.storedesk.security.SignIn;
import io.storedesk.security.UserAccounts;
import io.storedesk.stock.PurchaseOrderRepository;
import io.storedesk.stock.PurchaseOrders;
import io.storedesk.stock.ReservationRepository;
import io.storedesk.stock.StockCountImport;
import io.storedesk.stock.StockLedger;
import io.storedesk.stock.StockLedgerRepository;
import io.storedesk.stock.StockRepositories;
import io.storedesk.stock.StockRepository;
import io.storedesk.orders.OrderReview;
import io.storedesk.orders.OrderRouting;
import io.storedesk.orders.ReviewRepository;
import io.storedesk.orders.RouteBooking;
import io.storedesk.orders.RoutingRepository;
import io.storedesk.orders.routing.RoutingEngine;
import io.storedesk.stock.ChannelStock;
import io.storedesk.stock.ClearanceMarkdowns;
import io.storedesk.stock.ChannelStockRepository;
import io.storedesk.stock.DismissalRepository;
import io.storedesk.stock.PlanningInputs;
import io.storedesk.stock.PlanningPolicies;
import io.storedesk.stock.PlanningRepository;
import io.storedesk.stock.ReplenishmentPlanner;
import io.storedesk.stock.StockPlanningService;
import io.storedesk.stock.StockReservations;
import io.storedesk.stock.StockService;
import io.storedesk.stock.StockSettingRepository;
import io.storedesk.stock.StockSettingsImport;
import io.storedesk.stock.StockTransferRepository;
import io.storedesk.stock.StockTransfers;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.StatsRepository;
import io.storedesk.store.Store;
import io.storedesk.store.StoreStats;
import io.storedesk.store.backup.BackupFrequencySetting;
import io.storedesk.store.backup.BackupSchedule;
import io.storedesk.store.backup.Backups;
import io.storedesk.sync.ChannelAdapters;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.sync.ChannelSettingsRepository;
import io.storedesk.sync.ProductFieldPolicies;
import io.storedesk.sync.credentials.ChannelSecrets;
import io.storedesk.sync.credentials.CredentialVault;
import io.storedesk.sync.engine.SyncHttp;
import io.storedesk.sync.engine.SyncRunReport;
import io.storedesk.sync.engine.SyncServices;
import io.storedesk.sync.inbound.InboundUpserts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The composition root: one store, its repositories and the services built on them. The window and
 * the CLI each build one of these and hand services to whoever needs them; nothing is a static singleton.
 */
public final class Services implements AutoCloseable {

    private final Store store;
    private final Clock clock;
    private final CatalogService catalog;
    private final StockService stock;
    private final StockPlanningService stockPlanning;
    private final ChannelStock channelStock;
    private final OrderService orders;
    private final TicketService tickets;
    private final CustomerSegments customerSegments;
    private final KpiService kpi;
    private final KpiRollups kpiRollups;
    private final RollupUpkeep kpiUpkeep;
    private final KpiAlerts kpiAlerts;
    private final AlertThreshold alertThreshold;
    private final ShopSettings shop;
    private final StatsRepository stats;
    private final DemoShopLoader demoLoader;
    private final ImportService imports;
    private final CatalogExport catalogExport;
    private final CatalogEditor catalogEditor;
    private final AuditLog audit;
    private final CarrierRateExport carrierRateExport;
    private final Access access;
    private final PersonalDataGuard personalData;
    private final AuditTrail auditTrail;
    private final StockLedger stockLedger;
    private final StockReservations stockReservations;
    private final PurchaseOrders purchaseOrders;
    private final StockTransfers stockTransfers;
    private final TicketWorkflow ticketWorkflow;
    private final SlaSweep slaSweep;
    private final SlaCalendars slaCalendars;
    private final TicketQueue ticketQueue;
    private SlaSchedule slaSchedule;
    private final TicketDetails ticketDetails;
    private final TicketAssignment ticketAssignment;
    private final TicketIntake ticketIntake;
    private final TicketConversation ticketConversation;
    private final OrderReview orderReview;
    private final OrderRouting orderRouting;
    private final Satisfaction satisfaction;
    private final SlaReports slaReports;
    private final OpenTicketClocks openTicketClocks;
    private final ReturnReceipt returnReceipt;
    private final RefundApproval refundApproval;
    private final Compensations compensations;
    private final ExchangeShipping exchangeShipping;
    private final ProductFieldPolicies productFieldPolicies;
    private final SyncServices sync;
    private final Backups backups;
    private final BackupFrequencySetting backupFrequency;
    private BackupSchedule backupSchedule;
    private final UserAccounts userAccounts;
    private final SignIn signIn;
    private final PermissionMatrix permissionMatrix;
    private final IdleLockSetting idleLock;
    private final GlobalSearch globalSearch;

    public Services(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        var dsl = store.dsl();
        // Until someone signs in, work is attributed to the operating system's user (decision 0022). First, because
        // every service that changes business data checks it (access.require) before it does anything.
        this.access = Access.localOwner(System.getProperty("user.name", "desk"));
        CatalogRepository catalogRepository = new CatalogRepository(dsl);
        StockRepositories stockRepos = new StockRepositories(new StockRepository(dsl),
                new StockSettingRepository(dsl), new StockLedgerRepository(dsl), new ReservationRepository(dsl),
                new PurchaseOrderRepository(dsl), new StockTransferRepository(dsl));
        OrderRepository orderRepository = new OrderRepository(dsl);
        TicketRepository ticketRepository = new TicketRepository(dsl);
        SettingsRepository settingsRepository = new SettingsRepository(dsl);
        this.audit = new AuditLog(new AuditRepository(dsl), clock);
        CatalogSearchRepository catalogSearch = new CatalogSearchRepository(dsl);
        this.catalog = new CatalogService(catalogRepository, catalogSearch, new AvailabilityRepository(dsl), audit);
        this.catalogEditor = new CatalogEditor(catalogRepository, catalogSearch, store, audit, clock, access);
        this.stock = new StockService(stockRepos.stock(), stockRepos.ledger());
        this.orders = new OrderService(orderRepository);
        this.tickets = new TicketService(ticketRepository);
        this.shop = new ShopSettings(settingsRepository);
        this.stockPlanning = new StockPlanningService(
                new PlanningInputs(new PlanningRepository(dsl), shop::zone, clock),
                new ReplenishmentPlanner()::plan,
                new PlanningPolicies(settingsRepository), new DismissalRepository(dsl), store, clock, audit, access);
        this.channelStock = new ChannelStock(new ChannelStockRepository(dsl), store, clock, audit, access);
        this.alertThreshold = new AlertThreshold(settingsRepository, access, audit, store);
        this.kpiAlerts = new KpiAlerts(new RollupDailySeries(new AnomalyRepository(dsl),
                new KpiQueryRepository(dsl)::dailySales, shop::zone),
                new KpiAlertRepository(dsl), store, shop::zone, clock, access,
                () -> alertThreshold.threshold().doubleValue());
        this.stockLedger = new StockLedger(store, stockRepos, clock, audit, access);
        this.stockReservations = new StockReservations(store, stockRepos, shop, clock);
        this.purchaseOrders = new PurchaseOrders(store, stockRepos, shop, clock, audit, access);
        this.stockTransfers = new StockTransfers(store, stockRepos, shop, clock, audit, access);
        this.ticketWorkflow = new TicketWorkflow(ticketRepository, store, shop, clock, audit, access);
        SlaRepository slaRepository = new SlaRepository(dsl);
        this.slaSweep = new SlaSweep(slaRepository, ticketRepository, store, shop, clock, access);
        this.slaCalendars = new SlaCalendars(new SlaCalendarRepository(dsl), store, audit, clock, access);
        this.ticketQueue = new TicketQueue(new QueueRepository(dsl), slaRepository, ticketRepository, shop, clock);
        this.ticketDetails = new TicketDetails(ticketRepository, new TicketDetailRepository(dsl), slaRepository, shop,
                clock);
        this.ticketAssignment = new TicketAssignment(new AssignmentRepository(dsl), ticketRepository, store, clock,
                access);
        this.ticketIntake = new TicketIntake(new IntakeRepository(dsl), ticketRepository, ticketAssignment, store,
                shop, clock, access);
        this.ticketConversation = new TicketConversation(new ConversationRepository(dsl), ticketRepository, store,
                clock, access);
        this.satisfaction = new Satisfaction(new SatisfactionRepository(dsl), ticketRepository, store, clock,
                access);
        SlaReportRepository slaReportRepository = new SlaReportRepository(dsl);
        this.slaReports = new SlaReports(slaReportRepository, slaRepository, ticketRepository, shop, clock);
        this.openTicketClocks = new OpenTicketClocks(ticketQueue);
        KpiSliceRepository kpiSlices = new KpiSliceRepository(dsl);
        RollupSnapshots kpiSnapshots = RollupSnapshots.inDataDirectory(store.config().dataDirectory());
        this.kpi = new KpiService(new KpiQueryRepository(dsl), new KpiSliceIndex(kpiSlices, kpiSnapshots),
                new KpiSkuSalesIndex(new KpiSkuDayRepository(dsl), kpiSlices, kpiSnapshots),
                new StockKpiRepository(dsl), slaReports, shop::zone, kpiSnapshots);
        this.kpiRollups = new KpiRollups(new KpiRollupRepository(dsl), shop, store, clock);
        this.kpiUpkeep = new RollupUpkeep(kpiRollups, kpi::followRollups);
        this.customerSegments = new CustomerSegments(new CustomerRfmRepository(dsl), kpi, shop, clock);
        this.orderReview = new OrderReview(new ReviewRepository(dsl), settingsRepository, store, clock, audit, access);
        RoutingRepository routingRepository = new RoutingRepository(dsl);
        this.orderRouting = new OrderRouting(routingRepository, orderRepository, new CarrierRepository(dsl), orderReview,
                new RouteBooking(routingRepository, orderRepository, stockReservations, store, clock), store, shop, clock,
                new RoutingEngine(), audit, access);
        ReturnsRepository returnsRepository = new ReturnsRepository(dsl);
        ApprovalLimits approvalLimits = new ApprovalLimits(returnsRepository, new UserRepository(dsl));
        this.returnReceipt = new ReturnReceipt(store, ticketRepository, returnsRepository, stockRepos.stock(),
                stockLedger, clock, access);
        this.refundApproval = new RefundApproval(store, ticketRepository, orderRepository, returnsRepository,
                approvalLimits, () -> ReturnPolicy.fromSettings(key -> settingsRepository.get(key).orElse(null)), shop,
                clock, audit, access);
        this.compensations = new Compensations(store, ticketRepository, orderRepository, returnsRepository,
                approvalLimits, shop, clock, audit, access);
        this.exchangeShipping = new ExchangeShipping(store, ticketRepository, orderRepository, stockRepos.stock(),
                clock, access);
        this.stats = new StatsRepository(dsl);
        this.personalData = new PersonalDataGuard(access, new PersonalDetailsRepository(dsl),
                new PersonalDataAccessRepository(dsl), store, clock);
        this.auditTrail = new AuditTrail(new AuditQueryRepository(dsl), audit, shop::zone, access);
        ChannelRepository channelRepository = new ChannelRepository(dsl);
        this.imports = new ImportService(List.of(new CatalogImport(catalogRepository, shop, clock),
                new StockCountImport(stockRepos.stock(), stockRepos.ledger(), catalogRepository, clock),
                new StockSettingsImport(stockRepos.stock(), stockRepos.settings(), catalogRepository,
                        clock),
                new OrderImport(orderRepository, catalogRepository, channelRepository, shop, clock),
                new CarrierRateImport(new CarrierRepository(dsl), shop, clock)),
                new ImportJobRepository(dsl), store, ImportLimits.DEFAULT, clock, audit, access);
        this.catalogExport = new CatalogExport(catalogRepository, access);
        this.carrierRateExport = new CarrierRateExport(new CarrierRepository(dsl), access);
        this.demoLoader = new DemoShopLoader(store, catalogRepository, stockRepos, orderRepository,
                new CarrierRepository(dsl), ticketRepository, channelRepository, new UserRepository(dsl),
                settingsRepository, stats, kpiRollups, clock, access);
        this.productFieldPolicies = new ProductFieldPolicies(new ChannelSettingsRepository(dsl));
        // Sign-in (decision 0022): a claimed store opens locked, with no permission, until someone signs in.
        UserRepository userRepository = new UserRepository(dsl);
        PermissionRepository permissionRepository = new PermissionRepository(dsl);
        PasswordHasher passwordHasher = PasswordHasher.standard();
        this.signIn = new SignIn(userRepository, permissionRepository, passwordHasher, LockoutPolicy.STANDARD, access,
                shop::zone, clock);
        this.userAccounts = new UserAccounts(userRepository, permissionRepository, passwordHasher, access, audit,
                store, clock);
        this.permissionMatrix = new PermissionMatrix(permissionRepository, access, signIn, audit, store, clock);
        this.idleLock = new IdleLockSetting(settingsRepository);
        this.globalSearch = new GlobalSearch(new GlobalSearchRepository(dsl), access);
        if (userAccounts.isClaimed()) {
            signIn.signOut();
        }
        // Last: the inbound upserts are built on the services above (see InboundUpserts.create).
        this.sync = new SyncServices(store, new SyncServices.Parts(ChannelAdapters.load(),
                ChannelSecrets.system(CredentialVault.forDataDirectory(store.config().dataDirectory())),
                SyncHttp.standard(), InboundUpserts.create(this)), channelStock, audit, shop, clock, access);
        purchaseOrders.onDrafted(sync.purchaseOrderOutbox());
        this.backupFrequency = new BackupFrequencySetting(settingsRepository, access, audit, store);
        this.backups = new Backups(store, access, clock, AppInfo.version(), () -> settingsRepository
                .get(Backups.LARGE_IMPORT_SETTING).map(Long::parseLong).orElse(Backups.LARGE_IMPORT_ROWS),
                backupFrequency::frequency);
        imports.beforeApplying((kind, rows) -> backups.beforeImport(rows));
        // The rollups follow what writes orders (issue 7): a sync run of any resource may bring orders or refunds.
        imports.afterWriting(kind -> {
            if (kind == ImportKindId.ORDERS) {
                kpiUpkeep.ordersWritten();
            }
        });
        sync.engine().afterEachRun(kpiUpkeep::ordersWritten);
    }

    /** Backups of the store, restores from them, and the backups folder (decision 0023). */
    public Backups backups() {
        return backups;
    }

    /** How often the automatic backup runs (daily, weekly or off), as the first-run wizard and the settings set it. */
    public BackupFrequencySetting backupFrequency() {
        return backupFrequency;
    }

    /**
     * Makes the daily backup when it is due, checked hourly until the services close (the window does); underWay is
     * told when a backup starts and, through what it returns, when it ends.
     */
    public synchronized void startBackupSchedule(Supplier<Runnable> underWay) {
        if (backupSchedule == null) {
            backupSchedule = BackupSchedule.hourly(backups, underWay);
        }
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public CatalogService catalog() {
        return catalog;
    }

    public StockService stock() {
        return stock;
    }

    public StockPlanningService stockPlanning() {
        return stockPlanning;
    }

    /** Price markdowns for batches that should clear before they expire. */
    public ClearanceMarkdowns clearanceMarkdowns() {
        return new ClearanceMarkdowns(catalog, catalogEditor, store, access);
    }

    /** What each channel may publish of every SKU, after its stock policy. */
    public SlaSweep slaSweep() {
        return slaSweep;
    }

    /** The after-sales business calendars, edited in Settings. */
    public SlaCalendars slaCalendars() {
        return slaCalendars;
    }

    /** The after-sales work queue with its SLA clocks. */
    public TicketQueue ticketQueue() {
        return ticketQueue;
    }

    public TicketDetails ticketDetails() {
        return ticketDetails;
    }

    public TicketWorkflow ticketWorkflow() {
        return ticketWorkflow;
    }

    /** Opening tickets by hand, from an order or from a channel's refund request. */
    public TicketIntake ticketIntake() {
        return ticketIntake;
    }

    /** Who owns a ticket, reassigning, and the warehouses' receipt queues. */
    public TicketAssignment ticketAssignment() {
        return ticketAssignment;
    }

    /** Notes and replies on a ticket, and the reply templates. */
    public TicketConversation ticketConversation() {
        return ticketConversation;
    }

    /** The customer's rating of a finished ticket. */
    public Satisfaction satisfaction() {
        return satisfaction;
    }

    /** The SLA report over a window of ticket creation dates. */
    public SlaReports slaReports() {
        return slaReports;
    }

    /** Open tickets by time to breach, as the command line lists them. */
    public OpenTicketClocks openTicketClocks() {
        return openTicketClocks;
    }

    public OrderReview orderReview() {
        return orderReview;
    }

    public OrderRouting orderRouting() {
        return orderRouting;
    }

    /** The warehouse's check-in of returned goods, booked in the stock ledger. */
    public ReturnReceipt returnReceipt() {
        return returnReceipt;
    }

    /** Refunds worked out by the return rules and approved within each role's ceiling. */
    public RefundApproval refundApproval() {
        return refundApproval;
    }

    public Compensations compensations() {
        return compensations;
    }

    /** Replacement orders for exchanges. */
    public ExchangeShipping exchangeShipping() {
        return exchangeShipping;
    }

    public ChannelStock channelStock() {
        return channelStock;
    }

    /** Receipts, shipments, returns, write-offs and the ledger's history. */
    public StockLedger stockLedger() {
        return stockLedger;
    }

    public StockReservations stockReservations() {
        return stockReservations;
    }

    public PurchaseOrders purchaseOrders() {
        return purchaseOrders;
    }

    public StockTransfers stockTransfers() {
        return stockTransfers;
    }

    public OrderService orders() {
        return orders;
    }

    public TicketService tickets() {
        return tickets;
    }


    /** RFM scores, segments and the four tiers of the customers who bought in the past year. */
    public CustomerSegments customerSegments() {
        return customerSegments;
    }

    /** A segment's or tier's customers to CSV, personal data masked unless the caller may see it. */
    public SegmentExport segmentExport() {
        return new SegmentExport(customerSegments, personalData, access);
    }

    /** The dashboard's KPIs, breakdowns, top SKUs and refund reasons, from the rollups. */
    /** The rows behind the dashboard's tiles. */
    public KpiDrill kpiDrill() {
        return new KpiDrill(new KpiDrillRepository(store.dsl()));
    }

    public KpiService kpi() {
        return kpi;
    }

    /** Upkeep of the KPI rollups: rebuild, rebuild when missing, refresh after orders change. */
    public KpiRollups kpiRollups() {
        return kpiRollups;
    }

    /** Daily KPIs checked against their own history: raised alerts, open ones, acknowledging. */
    public KpiAlerts kpiAlerts() {
        return kpiAlerts;
    }

    /** How far from normal a day's KPI must be before the dashboard alerts (the Settings window edits it). */
    public AlertThreshold alertThreshold() {
        return alertThreshold;
    }

    public ShopSettings shop() {
        return shop;
    }

    public ImportService imports() {
        return imports;
    }

    public CatalogEditor catalogEditor() {
        return catalogEditor;
    }

    public AuditLog audit() {
        return audit;
    }

    public CatalogExport catalogExport() {
        return catalogExport;
    }

    public CarrierRateExport carrierRateExport() {
        return carrierRateExport;
    }

    /** Who the work done through these services is attributed to. */
    public String userName() {
        return access.principal().username();
    }

    /** Who is signed in to this desk and what their role allows; services check it before they change things. */
    public Access access() {
        return access;
    }

    /** Personal data in full: one customer's reveal, unmasked exports; each logged, refused without the right. */
    public PersonalDataGuard personalData() {
        return personalData;
    }

    /** The audit log read with filters, a page at a time, and its chain checked (the viewer, `storedesk audit`). */
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** The people who work here: claiming the store, adding people, roles, passwords. */
    public UserAccounts users() {
        return userAccounts;
    }

    /** Signing in and out of this desk (a claimed store starts signed out). */
    public SignIn signIn() {
        return signIn;
    }

    /** Which role may do what, as the administrator edits it. */
    public PermissionMatrix permissionMatrix() {
        return permissionMatrix;
    }

    /** After how long without input the window locks. */
    public IdleLockSetting idleLock() {
        return idleLock;
    }

    /** Channels with an API, sync runs, the outbox, the sync status, fulfilments to push. */
    public SyncServices sync() {
        return sync;
    }

    /** The search from anywhere (Ctrl+K): SKUs, orders, tickets and customers the signed-in role may see. */
    public GlobalSearch globalSearch() {
        return globalSearch;
    }

    /** Which side wins each product field per channel, for the inbound upserts. */
    public ProductFieldPolicies productFieldPolicies() {
        return productFieldPolicies;
    }

    /**
     * Catches the KPI rollups up in the background after every sync run and order import or undo, until the services
     * close (the window does; commands don't: each that reads the rollups catches them up itself).
     */
    public void keepKpiRollupsUpToDate() {
        kpiUpkeep.start();
    }

    /** Syncs every connected channel every period until the services close (the window does; commands don't). */
    public void startSyncSchedule(Duration period, Consumer<SyncRunReport> onRun) {
        sync.startSchedule(period, onRun);
    }

    public DemoShopLoader demoLoader() {
        return demoLoader;
    }

    public StoreStats stats() {
        return stats.stats(shop.zone());
    }

    public boolean isStoreEmpty() {
        return stats.isEmpty();
    }

    /**
     * Sweeps the SLA clocks every minute until the services close (the window does; commands don't), handing
     * each sweep's result to onSweep on the sweeping thread.
     */
    public synchronized void startSlaSchedule(Consumer<SlaSweep.SweepResult> onSweep) {
        if (slaSchedule == null) {
            slaSchedule = SlaSchedule.everyMinute(slaSweep, onSweep);
        }
    }

    // Pick lists and dashboard snapshots as PDF (issue 10, decision 0030).
    /** Pick lists of routed, unshipped orders per warehouse, and their PDF. */
    public PickListExport pickLists() {
        return new PickListExport(new PickListRepository(store.dsl()), access, clock, shop::zone);
    }

    /** The dashboard as the window shows it, printed to PDF. */
    public DashboardSnapshots dashboardSnapshots() {
        return new DashboardSnapshots(access, clock, shop::zone);
    }

    @Override
    public void close() {
        SlaSchedule schedule;
        synchronized (this) {
            schedule = slaSchedule;
            slaSchedule = null;
        }
        // The sweep under way finishes before the store closes under it.
        if (schedule != null) {
            schedule.close();
        }
        sync.close();
        // After the sync, whose last run may have asked for a catch-up; before the store closes under it.
        kpiUpkeep.close();
        BackupSchedule backupsRunning;
        synchronized (this) {
            backupsRunning = backupSchedule;
            backupSchedule = null;
        }
        if (backupsRunning != null) {
            backupsRunning.close();
        }
        store.close();
    }
}
