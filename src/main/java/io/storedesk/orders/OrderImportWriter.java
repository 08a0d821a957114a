package io.storedesk.orders;

import io.storedesk.catalog.Sku;
import io.storedesk.common.Money;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.ImportCancelledException;
import io.storedesk.importing.ImportJobRecorder;
import io.storedesk.importing.ImportProgress;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an order import's accepted rows in the caller's transaction: the default channel when it is
 * first needed, the missing SKUs, new buyers, the orders with their lines, then the refunds, recording
 * each for undo.
 */
final class OrderImportWriter {

    private final OrderImportContext context;
    private final Map<String, Optional<Channel>> channels;
    private final Map<String, Sku> knownSkus;
    private final MissingSkus missingSkus;
    private final List<OrderDraft> drafts;
    private final List<RefundDraft> refunds;
    private final Map<String, Long> channelIds = new HashMap<>();

    OrderImportWriter(OrderImportContext context, Map<String, Optional<Channel>> channels, Map<String, Sku> knownSkus,
                      MissingSkus missingSkus, List<OrderDraft> drafts, List<RefundDraft> refunds) {
        this.context = context;
        this.channels = channels;
        this.knownSkus = knownSkus;
        this.missingSkus = missingSkus;
        this.drafts = drafts;
        this.refunds = refunds;
    }

    void write(ImportJobRecorder recorder, ImportProgress progress) {
        channels.forEach((code, channel) -> channel.ifPresent(c -> channelIds.put(code, c.id())));
        if (!drafts.isEmpty() && !channelIds.containsKey(OrderImport.DEFAULT_CHANNEL)
                && drafts.stream().anyMatch(d -> d.channel().equals(OrderImport.DEFAULT_CHANNEL))) {
            createDefaultChannel(recorder);
        }
        Map<String, Long> skuIds = skuIds(recorder);
        Map<ExternalKey, Long> customerIds = customers(recorder);
        Map<ExternalKey, Long> orderIds = orders(skuIds, customerIds, recorder, progress);
        refunds(orderIds, recorder);
    }

    private void createDefaultChannel(ImportJobRecorder recorder) {
        Channel channel = new Channel(0, OrderImport.DEFAULT_CHANNEL, "Imported orders", ChannelKind.MANUAL,
                context.currency(), BigDecimal.ONE, 0, true);
        channelIds.put(channel.code(), context.channels().insertChannels(List.of(channel)).get(channel.code()));
        recorder.record(new ChangeRecord(OrderUndo.CHANNEL, channel.code(), ChangeRecord.Operation.INSERT, Map.of(),
                Map.of("name", channel.name(), "currency", channel.currency()), 0));
    }

    private Map<String, Long> skuIds(ImportJobRecorder recorder) {
        Map<String, Long> ids = new HashMap<>();
        knownSkus.forEach((code, sku) -> ids.put(code, sku.id()));
        Set<String> missing = new LinkedHashSet<>();
        for (OrderDraft draft : drafts) {
            draft.lines().stream().map(DraftLine::skuCode).filter(c -> !ids.containsKey(c)).forEach(missing::add);
        }
        if (!missing.isEmpty()) {
            ids.putAll(context.missingSkus().create(missingSkus.newSkus(missing, context.currency()), context.user(),
                    recorder));
        }
        return ids;
    }

    private Map<ExternalKey, Long> customers(ImportJobRecorder recorder) {
        Map<String, Map<String, OrderDraft>> firstOrders = new HashMap<>();
        for (OrderDraft draft : drafts) {
            if (draft.customer() != null) {
                firstOrders.computeIfAbsent(draft.channel(), c -> new LinkedHashMap<>())
                        .putIfAbsent(draft.customer(), draft);
            }
        }
        Map<ExternalKey, Long> ids = new HashMap<>();
        List<Customer> created = new ArrayList<>();
        firstOrders.forEach((channel, buyers) -> {
            long channelId = channelIds.get(channel);
            context.orders().customerIds(channelId, buyers.keySet())
                    .forEach((customer, id) -> ids.put(new ExternalKey(channelId, customer), id));
            buyers.forEach((customer, order) -> {
                if (!ids.containsKey(new ExternalKey(channelId, customer))) {
                    created.add(new Customer(0, channelId, customer, null, null, null, order.province(), order.city(),
                            order.country()));
                }
            });
        });
        ids.putAll(context.orders().insertCustomers(created));
        Map<Long, String> codes = new HashMap<>();
        channelIds.forEach((code, id) -> codes.put(id, code));
        for (Customer c : created) {
            recorder.record(new ChangeRecord(OrderUndo.CUSTOMER, codes.get(c.channelId()) + ":" + c.externalId(),
                    ChangeRecord.Operation.INSERT, Map.of(), Map.of("country", String.valueOf(c.country())), 0));
        }
        return ids;
    }

    private Map<ExternalKey, Long> orders(Map<String, Long> skuIds, Map<ExternalKey, Long> customerIds,
                                          ImportJobRecorder recorder, ImportProgress progress) {
        List<Order> orders = new ArrayList<>(drafts.size());
        long[] linesUpTo = new long[drafts.size() + 1];
        for (int i = 0; i < drafts.size(); i++) {
            OrderDraft d = drafts.get(i);
            long channelId = channelIds.get(d.channel());
            Long customerId = d.customer() == null ? null : customerIds.get(new ExternalKey(channelId, d.customer()));
            orders.add(d.toOrder(channelId, customerId, context.currency(), skuIds));
            linesUpTo[i + 1] = linesUpTo[i] + d.lines().size();
        }
        Map<ExternalKey, Long> ids = context.orders().insertOrders(orders, stored -> {
            if (progress.isCancelled()) {
                throw new ImportCancelledException();
            }
            progress.rowsApplied(linesUpTo[stored]);
        });
        for (int i = 0; i < drafts.size(); i++) {
            Order o = orders.get(i);
            recorder.record(new ChangeRecord(OrderUndo.ORDER, drafts.get(i).key(), ChangeRecord.Operation.INSERT,
                    Map.of(), Map.of("lines", String.valueOf(o.lines().size()),
                    "total", o.totalAmount().amount().toPlainString()), 0));
        }
        return ids;
    }

    private void refunds(Map<ExternalKey, Long> orderIds, ImportJobRecorder recorder) {
        List<Long> draftedOrders = new ArrayList<>();
        for (RefundDraft r : refunds) {
            if (r.target().draft() != null) {
                draftedOrders.add(orderIds.get(keyOf(r.target().draft())));
            }
        }
        Map<Long, Map<Integer, Long>> lineIds = context.orders().lineIds(draftedOrders);
        List<Refund> stored = new ArrayList<>(refunds.size());
        for (RefundDraft r : refunds) {
            RefundTarget t = r.target();
            long orderId;
            long lineId;
            if (t.stored() != null) {
                orderId = t.stored().orderId();
                lineId = t.stored().lineId();
            } else {
                orderId = orderIds.get(keyOf(t.draft()));
                lineId = lineIds.get(orderId).get(t.draftLineNo());
            }
            stored.add(new Refund(0, orderId, r.sameLine() ? lineId : null, null, r.externalId(), r.kind(),
                    r.quantity(), new Money(r.amount(), context.currency()), r.reason(), r.refundedAt()));
            recorder.record(new ChangeRecord(OrderUndo.REFUND, r.externalId(), ChangeRecord.Operation.INSERT, Map.of(),
                    Map.of("order", t.orderNo(), "amount", r.amount().toPlainString()), 0));
        }
        context.orders().insertRefunds(stored);
    }

    private ExternalKey keyOf(OrderDraft draft) {
        return new ExternalKey(channelIds.get(draft.channel()), draft.orderNo());
    }
}
