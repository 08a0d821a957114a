package io.storedesk.sync.engine;

import io.storedesk.sync.PullPosition;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderStatus;
import io.storedesk.sync.remote.RemoteRecord;
import io.storedesk.sync.remote.RemoteStockLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * A remote the fake adapter talks to, found by the channel's base URL: its pages per resource, faults to throw
 * once at a given page or push, and what was pushed to it (every key received, and what it applied once).
 */
public final class FakeRemote {

    private static final Map<String, FakeRemote> BY_URL = new ConcurrentHashMap<>();

    public final String baseUrl = "http://fake.test/" + UUID.randomUUID();
    final Map<SyncResource, List<List<RemoteRecord>>> pages = new EnumMap<>(SyncResource.class);
    final Map<String, RuntimeException> pullFaults = new ConcurrentHashMap<>();
    final List<PullPosition> positions = new CopyOnWriteArrayList<>();
    final Set<PushKind> pushKinds = new HashSet<>();
    public final List<String> keysReceived = new CopyOnWriteArrayList<>();
    final Map<String, PushMessage> applied = new ConcurrentHashMap<>();
    final List<RuntimeException> pushFaults = new CopyOnWriteArrayList<>();
    Function<PushMessage, PushReceipt> answer = m -> PushReceipt.accepted(m.idempotencyKey(), "r-" + m.idempotencyKey());
    int maxBatch = 100;
    RemoteFault connectionFault;
    CountDownLatch pullStarted;
    CountDownLatch pullMayGoOn;

    public FakeRemote() {
        BY_URL.put(baseUrl, this);
    }

    static FakeRemote at(String baseUrl) {
        FakeRemote remote = BY_URL.get(baseUrl);
        if (remote == null) {
            throw new IllegalStateException("no fake remote at " + baseUrl);
        }
        return remote;
    }

    /** Orders o1.. in pages of pageSize, updated one minute apart from 2026-01-01T00:01Z. */
    public FakeRemote orders(int count, int pageSize) {
        List<List<RemoteRecord>> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if ((i - 1) % pageSize == 0) {
                list.add(new ArrayList<>());
            }
            list.get(list.size() - 1).add(order("o" + i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * i)));
        }
        pages.put(SyncResource.ORDERS, list);
        return this;
    }

    FakeRemote stock(List<RemoteStockLevel> levels) {
        pages.put(SyncResource.STOCK, List.of(List.copyOf(levels)));
        return this;
    }

    /** Throws fault when page (0-based) of the resource is asked for, once. */
    FakeRemote failOnce(SyncResource resource, int page, RuntimeException fault) {
        pullFaults.put(resource + "#" + page, fault);
        return this;
    }

    public FakeRemote pushing(PushKind... kinds) {
        pushKinds.addAll(List.of(kinds));
        return this;
    }

    static RemoteOrder order(String id, Instant updatedAt) {
        return new RemoteOrder(id, "#" + id, RemoteOrderStatus.PAID, "paid", updatedAt, updatedAt, updatedAt, "CNY",
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, null, null, null, List.of());
    }

    /** The keys applied once each, and the key → how many times it was received. */
    Map<String, Integer> receivedCounts() {
        Map<String, Integer> counts = new HashMap<>();
        keysReceived.forEach(k -> counts.merge(k, 1, Integer::sum));
        return counts;
    }
}
