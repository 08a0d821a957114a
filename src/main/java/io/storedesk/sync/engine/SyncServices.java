package io.storedesk.sync.engine;

import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.stock.ChannelStock;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Store;
import io.storedesk.sync.ChannelAdapters;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.sync.InboundStore;
import io.storedesk.sync.credentials.ChannelSecrets;
import io.storedesk.sync.outbox.FulfilmentRepository;
import io.storedesk.sync.outbox.Fulfilments;
import io.storedesk.sync.outbox.Outbox;
import io.storedesk.sync.outbox.OutboxPusher;
import io.storedesk.sync.outbox.OutboxRepository;
import io.storedesk.sync.outbox.PurchaseOrderOutbox;
import io.storedesk.sync.outbox.PurchaseOrderPushRepository;
import io.storedesk.sync.outbox.SalesOrderOutbox;
import io.storedesk.sync.outbox.StockConflicts;
import io.storedesk.sync.outbox.StockPushRepository;
import io.storedesk.sync.outbox.StockPushes;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** The sync feature's services, built on one store; the Services (composition root) owns one. */
public final class SyncServices implements AutoCloseable {

    private final ChannelEndpointRepository endpoints;
    private final ChannelSetup channels;
    private final Outbox outbox;
    private final SyncEngine engine;
    private final SyncStatus status;
    private final Fulfilments fulfilments;
    private final PurchaseOrderOutbox purchaseOrderOutbox;
    private SyncSchedule schedule;

    public SyncServices(Store store, Parts parts, ChannelStock channelStock, AuditLog audit, ShopSettings shop,
                        Clock clock, Access access) {
        this.endpoints = new ChannelEndpointRepository(store.dsl());
        ChannelRepository channelRepository = new ChannelRepository(store.dsl());
        ChannelConnector connector = new ChannelConnector(parts.adapters(), parts.secrets(), parts.http());
        this.channels = new ChannelSetup(endpoints, channelRepository, parts.secrets(), connector, store, audit, shop,
                clock, access);
        StockPushRepository stockState = new StockPushRepository(store.dsl());
        OutboxRepository outboxRows = new OutboxRepository(store.dsl());
        this.outbox = new Outbox(outboxRows, channelRepository, stockState, store, audit, clock, access);
        StockPushes stockPushes = new StockPushes(stockState, channelStock, outbox, clock);
        SyncRunRepository runs = new SyncRunRepository(store.dsl());
        PurchaseOrderPushRepository erpRows = new PurchaseOrderPushRepository(store.dsl());
        this.engine = new SyncEngine(endpoints, connector, new ResourcePullParts(parts.inbound(),
                new StockConflicts(stockState, stockPushes), new SyncCursorRepository(store.dsl()), runs,
                new SalesOrderOutbox(erpRows, outboxRows, outbox)),
                stockPushes, new OutboxPusher(outboxRows, store, clock), store, clock, access);
        this.status = new SyncStatus(endpoints, runs, outbox, engine);
        this.fulfilments = new Fulfilments(new FulfilmentRepository(store.dsl()), outbox, parts.adapters(), store,
                clock, access);
        this.purchaseOrderOutbox = new PurchaseOrderOutbox(erpRows, outbox, shop::zone);
    }

    /** What differs between the app and a test: the adapters found, where secrets come from, the transport, the upserts. */
    public record Parts(ChannelAdapters adapters, ChannelSecrets secrets, SyncHttp http, InboundStore inbound) {
    }

    public ChannelSetup channels() {
        return channels;
    }

    public SyncEngine engine() {
        return engine;
    }

    public Outbox outbox() {
        return outbox;
    }

    public SyncStatus status() {
        return status;
    }

    public Fulfilments fulfilments() {
        return fulfilments;
    }

    public PurchaseOrderOutbox purchaseOrderOutbox() {
        return purchaseOrderOutbox;
    }

    /** Syncs every connected channel every period until closed; each run's report goes to onRun. */
    public synchronized void startSchedule(Duration period, Consumer<SyncRunReport> onRun) {
        if (schedule == null) {
            schedule = SyncSchedule.every(period, engine, endpoints, onRun);
        }
    }

    @Override
    public void close() {
        SyncSchedule running;
        synchronized (this) {
            running = schedule;
            schedule = null;
        }
        if (running != null) {
            running.close();
        }
    }
}
