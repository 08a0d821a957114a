package io.storedesk.orders;

import io.storedesk.common.MessageKey;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.UndoConflict;
import io.storedesk.importing.UndoHandler;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Undo of order imports: removes the refunds, orders, buyers and the default channel an import created.
 * Refused for an order that was edited since or that shipments, tickets or other refunds now refer to,
 * for a buyer with orders or tickets from elsewhere, and for a channel still in use.
 */
final class OrderUndo {

    static final String CHANNEL = "channel";
    static final String CUSTOMER = "customer";
    static final String ORDER = "order";
    static final String REFUND = "refund";

    private OrderUndo() {
    }

    static List<UndoHandler> handlers(OrderRepository orders, ChannelRepository channels) {
        return List.of(new RefundUndo(orders), new OrderRecordUndo(orders, channels),
                new CustomerUndo(orders, channels), new ChannelUndo(channels));
    }

    /** "IMPORTED:536365" → channel code and the channel's own id for the record. */
    private record ChannelKey(String channel, String externalId) {

        static ChannelKey parse(String key) {
            int colon = key.indexOf(':');
            return new ChannelKey(key.substring(0, colon), key.substring(colon + 1));
        }
    }

    /** What find says about each record the changes name (its id, its version), per channel; records gone are absent. */
    private static <V> Map<String, V> byKey(List<ChangeRecord> changes, ChannelRepository channels,
                                            BiFunction<Long, List<String>, Map<String, V>> find) {
        Map<String, List<String>> byChannel = new HashMap<>();
        changes.forEach(c -> {
            ChannelKey k = ChannelKey.parse(c.key());
            byChannel.computeIfAbsent(k.channel(), x -> new ArrayList<>()).add(k.externalId());
        });
        Map<String, V> found = new HashMap<>();
        byChannel.forEach((code, externalIds) -> channels.findByCode(code).map(Channel::id).ifPresent(channelId ->
                find.apply(channelId, externalIds).forEach((externalId, v) -> found.put(code + ":" + externalId, v))));
        return found;
    }

    private record RefundUndo(OrderRepository orders) implements UndoHandler {

        @Override
        public String entity() {
            return REFUND;
        }

        @Override
        public List<UndoConflict> conflicts(List<ChangeRecord> changes) {
            Map<String, Long> ids = orders.refundIds(changes.stream().map(ChangeRecord::key).toList());
            return changes.stream().filter(c -> !ids.containsKey(c.key()))
                    .map(c -> conflict(c, "import.reason.undoGone")).toList();
        }

        @Override
        public void undo(List<ChangeRecord> changes, String user) {
            orders.deleteRefunds(orders.refundIds(changes.stream().map(ChangeRecord::key).toList()).values());
        }
    }

    private record OrderRecordUndo(OrderRepository orders, ChannelRepository channels) implements UndoHandler {

        @Override
        public String entity() {
            return ORDER;
        }

        @Override
        public List<UndoConflict> conflicts(List<ChangeRecord> changes) {
            Map<String, Long> ids = byKey(changes, channels, orders::orderIds);
            Map<String, Integer> versions = byKey(changes, channels, orders::orderVersions);
            Set<Long> used = orders.ordersInUse(ids.values());
            List<UndoConflict> conflicts = new ArrayList<>();
            for (ChangeRecord c : changes) {
                Long id = ids.get(c.key());
                if (id == null) {
                    conflicts.add(conflict(c, "import.reason.undoGone"));
                } else if (!versions.get(c.key()).equals(c.versionAfter())) {
                    conflicts.add(conflict(c, "import.reason.undoChangedSince"));
                } else if (used.contains(id)) {
                    conflicts.add(conflict(c, "import.reason.undoInUse"));
                }
            }
            return conflicts;
        }

        @Override
        public void undo(List<ChangeRecord> changes, String user) {
            orders.deleteOrders(byKey(changes, channels, orders::orderIds).values());
        }
    }

    private record CustomerUndo(OrderRepository orders, ChannelRepository channels) implements UndoHandler {

        @Override
        public String entity() {
            return CUSTOMER;
        }

        @Override
        public List<UndoConflict> conflicts(List<ChangeRecord> changes) {
            Map<String, Long> ids = byKey(changes, channels, orders::customerIds);
            Set<Long> used = orders.customersInUse(ids.values());
            List<UndoConflict> conflicts = new ArrayList<>();
            for (ChangeRecord c : changes) {
                Long id = ids.get(c.key());
                if (id == null) {
                    conflicts.add(conflict(c, "import.reason.undoGone"));
                } else if (used.contains(id)) {
                    conflicts.add(conflict(c, "import.reason.undoInUse"));
                }
            }
            return conflicts;
        }

        @Override
        public void undo(List<ChangeRecord> changes, String user) {
            orders.deleteCustomers(byKey(changes, channels, orders::customerIds).values());
        }
    }

    private record ChannelUndo(ChannelRepository channels) implements UndoHandler {

        @Override
        public String entity() {
            return CHANNEL;
        }

        @Override
        public List<UndoConflict> conflicts(List<ChangeRecord> changes) {
            List<UndoConflict> conflicts = new ArrayList<>();
            for (ChangeRecord c : changes) {
                Optional<Channel> channel = channels.findByCode(c.key());
                if (channel.isEmpty()) {
                    conflicts.add(conflict(c, "import.reason.undoGone"));
                } else if (channels.inUse(channel.get().id())) {
                    conflicts.add(conflict(c, "import.reason.undoInUse"));
                }
            }
            return conflicts;
        }

        @Override
        public void undo(List<ChangeRecord> changes, String user) {
            changes.forEach(c -> channels.findByCode(c.key()).ifPresent(channel -> channels.delete(channel.id())));
        }
    }

    private static UndoConflict conflict(ChangeRecord change, String reasonKey) {
        return new UndoConflict(change.entity(), change.key(), new MessageKey(reasonKey));
    }
}
